from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventKind(models.TextChoices):
    BRAINSTORM = "brainstorm", _("Brainstorm")
    WORKSHOP = "workshop", _("Workshop")
    PITCH_NIGHT = "pitch_night", _("Pitch night")
    MEETUP = "meetup", _("Meetup")
    TRAINING = "training", _("Training")


class EventStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("event status", "Draft")
    PUBLISHED = "published", pgettext_lazy("event status", "Published")
    CANCELLED = "cancelled", pgettext_lazy("event status", "Cancelled")


class VenueKind(models.TextChoices):
    SMART_HUB = "smart_hub", _("Smart Hub room")
    ADDRESS = "address", _("Another address")
    ONLINE = "online", _("Online")


class RSVPStatus(models.TextChoices):
    CONFIRMED = "confirmed", pgettext_lazy("RSVP status", "Confirmed")
    WAITLISTED = "waitlisted", pgettext_lazy("RSVP status", "Waitlisted")
    CANCELLED = "cancelled", pgettext_lazy("RSVP status", "Cancelled")


class IdeaStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("idea status", "Open")
    SELECTED = "selected", pgettext_lazy("idea status", "Selected")
    REMOVED = "removed", pgettext_lazy("idea status", "Removed")
