"""The emails of the events app, each in the recipient's language with the ICS attached
where a calendar should update."""

from django.core.mail import get_connection
from django.urls import reverse
from django.utils import translation

from udon_ecosystem.mail import absolute_url, build_templated_mail

from .enums import RSVPStatus
from .ics import event_ics
from .models import RSVP, Event


def _message(rsvp: RSVP, template: str, *, attach_ics: bool, extra=None):
    user, event = rsvp.user, rsvp.event
    language = user.preferred_language
    with translation.override(language):
        context = {
            "user": user,
            "event": event,
            "rsvp": rsvp,
            "event_url": absolute_url(event.get_absolute_url()),
            "ticket_url": absolute_url(reverse("events:ticket", kwargs={"slug": event.slug})),
            "show_link": rsvp.status == RSVPStatus.CONFIRMED,
            **(extra or {}),
        }
    attachments = ()
    if attach_ics:
        ics = event_ics(event, language=language, include_link=context["show_link"])
        attachments = [(f"{event.slug}.ics", ics, "text/calendar; charset=utf-8")]
    return build_templated_mail(
        template=template, to=user.email, language=language, context=context,
        attachments=attachments,
    )  # fmt: skip


def send_rsvp_email(rsvp_id: int, template: str) -> bool:
    rsvp = RSVP.objects.select_related("event", "user").filter(pk=rsvp_id).first()
    if rsvp is None or rsvp.user is None or rsvp.status == RSVPStatus.CANCELLED:
        return False
    attach = template in ("event_rsvp_confirmed", "event_rsvp_promoted")
    _message(rsvp, template, attach_ics=attach).send()
    return True


def notify_attendees(event_id: int, template: str) -> int:
    """A change or cancellation notice to everyone confirmed or waitlisted, over one connection."""
    event = Event.objects.filter(pk=event_id).first()
    if event is None:
        return 0
    rsvps = (
        RSVP.objects.active()
        .filter(event=event, user__isnull=False)
        .select_related("event", "user")
    )
    messages = [_message(rsvp, template, attach_ics=True) for rsvp in rsvps]
    if messages:
        with get_connection() as connection:
            connection.send_messages(messages)
    return len(messages)


def reminder_message(rsvp: RSVP, marker: str):
    kind = "day" if marker == "reminder_day_sent_at" else "hour"
    return _message(rsvp, "event_reminder", attach_ics=False, extra={"reminder_kind": kind})
