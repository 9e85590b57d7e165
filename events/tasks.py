"""Celery tasks of the events app: they take IDs and call one function each."""

from celery import shared_task

from . import notifications, services


@shared_task(name="events.send_due_reminders")
def send_due_reminders() -> int:
    """Woken by beat; what is due lives in the database, so a missed run loses nothing."""
    return services.event_reminders_send_due().sent


@shared_task(name="events.send_rsvp_email")
def send_rsvp_email(rsvp_id: int, template: str) -> bool:
    return notifications.send_rsvp_email(rsvp_id, template)


@shared_task(name="events.notify_attendees")
def notify_attendees(event_id: int, template: str) -> int:
    return notifications.notify_attendees(event_id, template)
