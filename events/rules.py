"""Who may do what with events. Views and templates ask these, never the roles directly."""

from members.roles import is_depa_staff, is_event_co_organiser


def can_manage_events(user) -> bool:
    """Create, edit, publish, cancel and duplicate events: DEPA staff."""
    return is_depa_staff(user)


def can_run_event(user, event) -> bool:
    """Attendee list, check-in and the idea board's selection: staff and co-organisers."""
    return is_depa_staff(user) or is_event_co_organiser(user, event)
