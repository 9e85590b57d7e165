import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from udon_ecosystem.images import RandomImagePath, validate_image

from .enums import EventKind, EventStatus, IdeaStatus, RSVPStatus, VenueKind


def _in_language(thai, english):
    """Thai readers get the Thai text, everyone else the English one, each falling back."""
    if (translation.get_language() or "th")[:2] == "th":
        return thai or english
    return english or thai


class Topic(models.Model):
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=60)
    name_en = models.CharField(_("name (English)"), max_length=60)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["slug"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return _in_language(self.name_th, self.name_en)


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=EventStatus.PUBLISHED)

    def public(self):
        """What the calendar lists: published events and cancelled ones (marked as such)."""
        return self.filter(status__in=[EventStatus.PUBLISHED, EventStatus.CANCELLED])

    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now())


class Event(models.Model):
    title_th = models.CharField(_("title (Thai)"), max_length=160)
    title_en = models.CharField(_("title (English)"), max_length=160)
    description_th = models.TextField(_("description (Thai)"))
    description_en = models.TextField(_("description (English)"))
    slug = models.SlugField(_("slug"), max_length=180, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"))
    venue_kind = models.CharField(
        _("venue"), max_length=20, choices=VenueKind.choices, default=VenueKind.SMART_HUB
    )
    room = models.CharField(_("Smart Hub room"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    online_url = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_("Shown only to confirmed attendees."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    cover = models.ImageField(
        _("cover image"),
        upload_to=RandomImagePath("events/covers"),
        validators=[validate_image],
        blank=True,
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.DRAFT
    )
    organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("organisers"), related_name="organised_events"
    )
    co_organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("co-organisers"),
        related_name="co_organised_events",
        blank=True,
    )
    # RFC 5545 SEQUENCE: bumped whenever the time, place or status changes.
    sequence = models.PositiveIntegerField(_("calendar sequence"), default=0)
    cancellation_message = models.TextField(_("cancellation message"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="events_event_ends_after_start"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def title(self):
        return _in_language(self.title_th, self.title_en)

    @property
    def description(self):
        return _in_language(self.description_th, self.description_en)

    @property
    def is_published(self):
        return self.status == EventStatus.PUBLISHED

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def has_started(self):
        return self.starts_at <= timezone.now()

    @property
    def has_ended(self):
        return self.ends_at < timezone.now()

    @property
    def rsvp_open(self):
        return self.is_published and not self.has_started

    @property
    def seats_left(self):
        """Free seats, or None without a limit. Uses the selectors' annotation when present."""
        if self.capacity is None:
            return None
        confirmed = getattr(self, "confirmed_count", None)
        if confirmed is None:
            confirmed = self.rsvps.confirmed().count()
        return max(self.capacity - confirmed, 0)

    @property
    def ical_uid(self):
        return f"event-{self.pk}@smartudon.example"


class RSVPQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=RSVPStatus.CONFIRMED)

    def waitlisted(self):
        return self.filter(status=RSVPStatus.WAITLISTED)

    def active(self):
        return self.filter(status__in=[RSVPStatus.CONFIRMED, RSVPStatus.WAITLISTED])


class RSVP(models.Model):
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="rsvps"
    )
    # Null once the person erased their account: turnout figures keep the row, not the name.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="rsvps",
    )
    status = models.CharField(_("status"), max_length=20, choices=RSVPStatus.choices)
    # The waitlist order: when the person (last) asked for a seat.
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    ticket_token = models.UUIDField(_("ticket code"), default=uuid.uuid4, unique=True)
    # Sent-at markers claimed by the reminder sweep (udon_ecosystem.sweeps).
    reminder_day_sent_at = models.DateTimeField(_("day-before reminder sent at"), null=True)
    reminder_hour_sent_at = models.DateTimeField(_("hour-before reminder sent at"), null=True)

    objects = RSVPQuerySet.as_manager()

    class Meta:
        verbose_name = _("RSVP")
        verbose_name_plural = _("RSVPs")
        ordering = ["requested_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=Q(user__isnull=False),
                name="events_rsvp_one_per_person",
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "requested_at"])]

    def __str__(self):
        return f"{self.user} → {self.event} ({self.status})"

    def get_ticket_url(self):
        return reverse("events:ticket", kwargs={"slug": self.event.slug})

    @property
    def is_confirmed(self):
        return self.status == RSVPStatus.CONFIRMED

    @property
    def is_waitlisted(self):
        return self.status == RSVPStatus.WAITLISTED


class Idea(models.Model):
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="ideas"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="event_ideas",
    )
    title = models.CharField(_("title"), max_length=140)
    description = models.TextField(_("description"), max_length=2000)
    status = models.CharField(
        _("status"), max_length=20, choices=IdeaStatus.choices, default=IdeaStatus.OPEN
    )
    vote_count = models.PositiveIntegerField(_("votes"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("idea")
        verbose_name_plural = _("ideas")
        ordering = ["-vote_count", "created_at", "pk"]

    def __str__(self):
        return self.title

    @property
    def is_selected(self):
        return self.status == IdeaStatus.SELECTED


class IdeaVote(models.Model):
    idea = models.ForeignKey(
        Idea, verbose_name=_("idea"), on_delete=models.CASCADE, related_name="votes"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="idea_votes",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["idea", "user"], name="events_ideavote_one_per_person")
        ]

    def __str__(self):
        return f"{self.user} → {self.idea}"
