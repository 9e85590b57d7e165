"""Every error an events service can raise, with its message in the user's language."""

from django.utils.translation import gettext_lazy as _


class EventError(Exception):
    """A rule of the events domain said no; `message` is safe to show to the user."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


RSVP_CLOSED = _("RSVPs for this event are closed.")
EVENT_NOT_OPEN = _("This event is not open for RSVPs.")
CAPACITY_BELOW_CONFIRMED = _(
    "The capacity cannot be lower than the %(count)s people already confirmed."
)
ALREADY_CANCELLED = _("This event is already cancelled.")
ONLY_DRAFTS_PUBLISH = _("Only a draft can be published.")
PAST_EVENT = _("A new event cannot start in the past.")
IDEA_NOT_ALLOWED = _("Only people signed up for this brainstorm can post ideas.")
IDEAS_ONLY_BRAINSTORM = _("Ideas are collected only for brainstorm events.")
IDEAS_CLOSED = _("The idea board is closed once the event has ended.")
VOTE_NOT_ALLOWED = _("You cannot vote on this idea.")
NOT_A_USER = _("No signed-up user has this email address.")
TICKET_NOT_CONFIRMED = _("This ticket is not for a confirmed attendee.")
