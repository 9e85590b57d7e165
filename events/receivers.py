"""Listeners to members' signals (loose coupling: members never imports events)."""

from django.utils.translation import gettext_lazy as _

from members.person_page import person_section
from members.roles import is_depa_staff
from members.signals import personal_data_export, user_erasing

from . import selectors, services
from .models import RSVP, Idea, IdeaVote


def on_user_erasing(sender, user, **kwargs):
    services.user_erase_event_data(user=user)


def on_personal_data_export(sender, user, **kwargs):
    rsvps = RSVP.objects.filter(user=user).select_related("event").order_by("requested_at")
    return (
        "events",
        {
            "rsvps": [
                {
                    "event": rsvp.event.title_en,
                    "event_slug": rsvp.event.slug,
                    "starts_at": rsvp.event.starts_at.isoformat(),
                    "status": rsvp.status,
                    "requested_at": rsvp.requested_at.isoformat(),
                    "checked_in_at": rsvp.checked_in_at.isoformat() if rsvp.checked_in_at else None,
                }
                for rsvp in rsvps
            ],
            "attended": [rsvp.event.slug for rsvp in rsvps if rsvp.checked_in_at],
            "ideas": [
                {
                    "event_slug": idea.event.slug,
                    "title": idea.title,
                    "description": idea.description,
                    "status": idea.status,
                    "created_at": idea.created_at.isoformat(),
                }
                for idea in Idea.objects.filter(author=user).select_related("event")
            ],
            "votes": [
                {
                    "idea": vote.idea.title,
                    "event_slug": vote.idea.event.slug,
                    "created_at": vote.created_at.isoformat(),
                }
                for vote in IdeaVote.objects.filter(user=user).select_related("idea__event")
            ],
        },
    )


def connect():
    user_erasing.connect(on_user_erasing, dispatch_uid="events.user_erasing")
    personal_data_export.connect(on_personal_data_export, dispatch_uid="events.data_export")


# --- The person page (members/) --------------------------------------------------------------
# Attendance is public to whoever may see the page; RSVPs only to the person and DEPA staff.
PERSON_PAGE_LIMIT = 12


def person_attended(person, viewer):
    events = list(selectors.events_attended_by(user=person)[:PERSON_PAGE_LIMIT])
    return {"events": events} if events else None


def person_upcoming_rsvps(person, viewer):
    if viewer.pk != person.pk and not is_depa_staff(viewer):
        return None
    rsvps = list(selectors.user_upcoming_rsvps(user=person)[:PERSON_PAGE_LIMIT])
    return {"rsvps": rsvps} if rsvps else None


person_section(
    key="events-attended",
    title=_("Events attended"),
    template="events/_person_attended.html",
    context=person_attended,
    order=50,
)
person_section(
    key="events-upcoming",
    title=_("Upcoming events"),
    template="events/_person_rsvps.html",
    context=person_upcoming_rsvps,
    order=60,
)
