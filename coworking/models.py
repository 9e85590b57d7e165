from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import DateTimeRangeField, RangeBoundary, RangeOperators
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .enums import HOLDING_STATUSES, BookingStatus, ResourceKind


def _in_language(thai, english):
    return english if (get_language() or "th").startswith("en") and english else thai


class Space(models.Model):
    """A co-working space; the portal runs one, the Smart Hub, but nothing assumes it."""

    name_th = models.CharField(_("name in Thai"), max_length=120)
    name_en = models.CharField(_("name in English"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True)
    address = models.CharField(_("address"), max_length=255)

    class Meta:
        verbose_name = _("co-working space")
        verbose_name_plural = _("co-working spaces")
        ordering = ["pk"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return _in_language(self.name_th, self.name_en)


class OpeningHours(models.Model):
    """Opening hours for one weekday; a weekday without a row is closed."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(
        _("weekday"),
        choices=[
            (0, _("Monday")), (1, _("Tuesday")), (2, _("Wednesday")), (3, _("Thursday")),
            (4, _("Friday")), (5, _("Saturday")), (6, _("Sunday")),
        ],
    )  # fmt: skip
    opens_at = models.TimeField(_("opens at"))
    closes_at = models.TimeField(_("closes at"))

    class Meta:
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        ordering = ["space", "weekday"]
        constraints = [
            models.UniqueConstraint(
                fields=["space", "weekday"], name="coworking_hours_one_per_day"
            ),
            models.CheckConstraint(
                condition=Q(closes_at__gt=models.F("opens_at")),
                name="coworking_hours_close_after_open",
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens_at:%H:%M}-{self.closes_at:%H:%M}"


class ClosedDay(models.Model):
    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="closed_days")
    date = models.DateField(_("date"))
    reason_th = models.CharField(_("reason in Thai"), max_length=160)
    reason_en = models.CharField(_("reason in English"), max_length=160, blank=True)
    is_public_holiday = models.BooleanField(_("public holiday"), default=False, editable=False)

    class Meta:
        verbose_name = _("closed day")
        verbose_name_plural = _("closed days")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["space", "date"], name="coworking_closed_day_unique"),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.reason}"

    @property
    def reason(self):
        return _in_language(self.reason_th, self.reason_en)


class Resource(models.Model):
    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="resources")
    kind = models.CharField(_("kind"), max_length=20, choices=ResourceKind.choices)
    name_th = models.CharField(_("name in Thai"), max_length=80)
    name_en = models.CharField(_("name in English"), max_length=80)
    capacity = models.PositiveSmallIntegerField(_("capacity"), default=1)
    amenities = models.CharField(
        _("amenities"), max_length=255, blank=True, help_text=_("For example: monitor, whiteboard.")
    )
    is_active = models.BooleanField(_("active"), default=True)
    position = models.PositiveSmallIntegerField(_("order on the grid"), default=0)

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(capacity__gte=1), name="coworking_capacity_positive"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return _in_language(self.name_th, self.name_en)

    @property
    def is_desk(self):
        return self.kind in (ResourceKind.HOT_DESK, ResourceKind.DEDICATED_DESK)


class TsTzRange(models.Func):
    function = "TSTZRANGE"
    output_field = DateTimeRangeField()


def booking_exclusion_constraint():
    """No two slot-holding bookings of one resource overlap; `[)` lets adjacent slots touch."""
    return ExclusionConstraint(
        name="coworking_booking_no_overlap",
        expressions=[
            (TsTzRange("starts_at", "ends_at", RangeBoundary()), RangeOperators.OVERLAPS),
            ("resource", RangeOperators.EQUAL),
        ],
        condition=Q(status__in=HOLDING_STATUSES),
    )


class BookingQuerySet(models.QuerySet):
    def holding(self):
        return self.filter(status__in=HOLDING_STATUSES)

    def overlapping(self, starts_at, ends_at):
        return self.filter(starts_at__lt=ends_at, ends_at__gt=starts_at)


class Booking(models.Model):
    resource = models.ForeignKey(Resource, on_delete=models.PROTECT, related_name="bookings")
    # Empty once the person erased their account: the row stays for occupancy figures.
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="bookings",
        verbose_name=_("member"),
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    status = models.CharField(
        _("status"), max_length=16, choices=BookingStatus.choices, default=BookingStatus.CONFIRMED
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("booked by"),
    )
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    released_at = models.DateTimeField(_("released as no-show at"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["starts_at", "resource"]
        indexes = [
            models.Index(fields=["resource", "starts_at"]),
            models.Index(fields=["member", "starts_at"]),
            models.Index(fields=["status", "starts_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="coworking_booking_ends_after_start",
            ),
            # PostgreSQL only: SQLite cannot run EXCLUDE; there the IMMEDIATE write transaction
            # with the overlap check inside it (services.booking_create) gives the guarantee.
            *([booking_exclusion_constraint()] if settings.DATABASE_IS_POSTGRES else []),
        ]

    def __str__(self):
        return f"{self.resource} {self.starts_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("coworking:my_bookings") + f"#booking-{self.pk}"

    @property
    def is_active(self):
        return self.status in HOLDING_STATUSES

    @property
    def check_in_opens_at(self):
        return self.starts_at - timedelta(minutes=settings.COWORKING_CHECK_IN_BEFORE_MINUTES)

    @property
    def check_in_closes_at(self):
        return self.starts_at + timedelta(minutes=settings.COWORKING_CHECK_IN_AFTER_MINUTES)
