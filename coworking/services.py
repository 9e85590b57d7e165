"""Writes for the Smart Hub. Every rule a booking must meet is checked here, once, for the
grid, the staff walk-in form, management commands and tasks alike."""

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import User
from members.roles import is_depa_staff
from udon_ecosystem.sweeps import SweepResult, sweep_run
from udon_ecosystem.templatetags.portal import format_date, format_datetime

from . import selectors
from .enums import HOLDING_STATUSES, BookingStatus
from .models import Booking, ClosedDay
from .rules import may_book


class BookingError(Exception):
    """A refusal the person can act on; str() is the translated message."""


class BookingConflict(BookingError):
    """Someone else holds (part of) the slot; `suggestions` are the nearest free ones."""

    def __init__(self, message, suggestions=()):
        super().__init__(message)
        self.suggestions = list(suggestions)


def _local(value):
    return timezone.localtime(value)


def _on_slot_step(value) -> bool:
    local = _local(value)
    minutes = local.hour * 60 + local.minute
    return (
        local.second == 0
        and local.microsecond == 0
        and minutes % settings.COWORKING_SLOT_MINUTES == 0
    )


def _is_exclusion_violation(error: IntegrityError) -> bool:
    cause = error.__cause__
    return cause is not None and type(cause).__name__ == "ExclusionViolation"


def booking_check_rules(*, member, resource, starts_at, ends_at, by=None, now=None) -> None:
    """The rules that need no lock: who, when, how long. Raises BookingError."""
    now = now or timezone.now()
    if not may_book(member):
        raise BookingError(_("Only approved Smart Udon Maker members can book the Smart Hub."))
    blocked_until = selectors.member_blocked_until(member=member, now=now)
    if blocked_until:
        raise BookingError(
            _(
                "You missed %(count)s bookings in %(days)s days without checking in, so you can "
                "book again from %(until)s."
            )
            % {
                "count": settings.COWORKING_NO_SHOW_LIMIT,
                "days": settings.COWORKING_NO_SHOW_PERIOD_DAYS,
                "until": format_datetime(blocked_until),
            }
        )
    if not resource.is_active:
        raise BookingError(_("This resource cannot be booked at the moment."))
    if ends_at <= starts_at:
        raise BookingError(_("The end must be after the start."))
    if not (_on_slot_step(starts_at) and _on_slot_step(ends_at)):
        raise BookingError(
            _("Bookings start and end on %(minutes)s-minute steps, for example 09:00 or 09:30.")
            % {"minutes": settings.COWORKING_SLOT_MINUTES}
        )
    # Staff entering a walk-in may start the booking in the slot that is running now.
    earliest = now
    if by is not None and is_depa_staff(by) and by.pk != member.pk:
        local_now = _local(now)
        minutes = (local_now.hour * 60 + local_now.minute) % settings.COWORKING_SLOT_MINUTES
        earliest = local_now.replace(second=0, microsecond=0) - dt.timedelta(minutes=minutes)
    if starts_at < earliest:
        raise BookingError(_("This time has already passed. Please choose a later slot."))
    date = _local(starts_at).date()
    _first, last = selectors.booking_window(now)
    if date > last:
        raise BookingError(
            _("You can book at most %(days)s days ahead, until %(date)s.")
            % {
                "days": settings.COWORKING_BOOKING_WINDOW_DAYS,
                "date": format_date(last),
            }
        )
    window = selectors.day_window(space=resource.space, date=date)
    if window.closed_day:
        raise BookingError(
            _("The Smart Hub is closed on %(date)s (%(reason)s).")
            % {"date": format_date(date), "reason": window.closed_day.reason}
        )
    if window.opens_at is None:
        raise BookingError(_("The Smart Hub is closed on %(date)s.") % {"date": format_date(date)})
    if starts_at < window.opens_at or ends_at > window.closes_at:
        raise BookingError(
            _("The Smart Hub is open from %(opens)s to %(closes)s on that day.")
            % {
                "opens": f"{_local(window.opens_at):%H:%M}",
                "closes": f"{_local(window.closes_at):%H:%M}",
            }
        )
    limit = settings.COWORKING_MAX_MINUTES.get(resource.kind)
    if limit and ends_at - starts_at > dt.timedelta(minutes=limit):
        raise BookingError(
            _("A %(kind)s can be booked for at most %(hours)s hours at a time.")
            % {"kind": resource.get_kind_display().lower(), "hours": f"{limit / 60:g}"}
        )


def booking_create(*, member, resource, starts_at, ends_at, by=None, now=None) -> Booking:
    """Book `resource` for `member`, or raise BookingError / BookingConflict.

    The per-member checks and the overlap check run inside one write transaction: on SQLite
    it is IMMEDIATE (writers are serialised); on PostgreSQL the member's row is locked and the
    exclusion constraint refuses a racing overlap, which becomes a BookingConflict. Queues the
    confirmation email (with an ICS) after commit.
    """
    now = now or timezone.now()
    booking_check_rules(
        member=member, resource=resource, starts_at=starts_at, ends_at=ends_at, by=by, now=now
    )
    try:
        with transaction.atomic():
            User.objects.select_for_update().filter(pk=member.pk).first()
            mine = Booking.objects.holding().filter(member=member)
            if mine.filter(ends_at__gt=now).count() >= settings.COWORKING_MAX_ACTIVE_BOOKINGS:
                raise BookingError(
                    _(
                        "You already have %(count)s upcoming bookings, the most allowed. Cancel "
                        "one to book another."
                    )
                    % {"count": settings.COWORKING_MAX_ACTIVE_BOOKINGS}
                )
            if mine.overlapping(starts_at, ends_at).exists():
                raise BookingError(_("You already have a booking at this time."))
            if not selectors.resource_is_free(
                resource=resource, starts_at=starts_at, ends_at=ends_at
            ):
                raise BookingConflict("")
            try:
                with transaction.atomic():
                    booking = Booking.objects.create(
                        resource=resource,
                        member=member,
                        starts_at=starts_at,
                        ends_at=ends_at,
                        created_by=by or member,
                        created_at=now,
                    )
            except IntegrityError as error:
                if _is_exclusion_violation(error):
                    raise BookingConflict("") from error
                raise
            transaction.on_commit(lambda: _queue_confirmation(booking.pk))
    except BookingConflict:
        raise BookingConflict(
            _("Sorry, %(resource)s was just taken for this time. Here are the nearest free slots.")
            % {"resource": resource.name},
            selectors.nearest_free_slots(
                resource=resource, starts_at=starts_at, ends_at=ends_at, now=now
            ),
        ) from None
    return booking


def _queue_confirmation(booking_id):
    from .tasks import send_booking_confirmation

    send_booking_confirmation.delay(booking_id)


def booking_send_confirmation(*, booking_id) -> bool:
    from .emails import send_booking_confirmation_mail

    booking = (
        Booking.objects.select_related("resource__space", "member").filter(pk=booking_id).first()
    )
    if booking is None or booking.member is None or not booking.is_active:
        return False
    send_booking_confirmation_mail(booking)
    return True


def _due_booking_reminders():
    """Confirmed bookings starting within the reminder lead time, for members who want
    reminders. A booking made inside that lead time already got its confirmation: no reminder."""
    lead = dt.timedelta(minutes=settings.COWORKING_REMINDER_MINUTES)
    now = timezone.now()
    return (
        Booking.objects.filter(
            status=BookingStatus.CONFIRMED,
            member__isnull=False,
            member__notify_booking_reminders=True,
            starts_at__gt=now,
            starts_at__lte=now + lead,
            created_at__lte=F("starts_at") - lead,
        )
        .select_related("resource__space", "member")
        .order_by("starts_at")
    )


def booking_reminders_send_due(*, batch_size: int = 100) -> SweepResult:
    """Send every due booking reminder exactly once through the shared sweep (sweeps.py)."""
    from .emails import booking_reminder_message

    return sweep_run(
        due=_due_booking_reminders,
        marker="reminder_sent_at",
        build_message=booking_reminder_message,
        batch_size=batch_size,
    )


def booking_cancel(*, booking, by, now=None) -> Booking:
    now = now or timezone.now()
    staff = is_depa_staff(by)
    if booking.member_id != by.pk and not staff:
        raise BookingError(_("You can only cancel your own bookings."))
    if booking.status not in HOLDING_STATUSES:
        raise BookingError(_("This booking is no longer active."))
    if booking.starts_at <= now and not staff:
        raise BookingError(_("A booking can be cancelled until it starts."))
    with transaction.atomic():
        updated = Booking.objects.filter(pk=booking.pk, status__in=HOLDING_STATUSES).update(
            status=BookingStatus.CANCELLED, cancelled_at=now
        )
    if not updated:
        raise BookingError(_("This booking is no longer active."))
    booking.refresh_from_db()
    return booking


def booking_check_in(*, booking, by, now=None) -> Booking:
    """Members check in from 15 minutes before to 30 after the start; staff until the end."""
    now = now or timezone.now()
    staff = is_depa_staff(by)
    if booking.member_id != by.pk and not staff:
        raise BookingError(_("You can only check in to your own bookings."))
    if booking.status != BookingStatus.CONFIRMED:
        raise BookingError(_("This booking cannot be checked in any more."))
    opens, closes = booking.check_in_opens_at, booking.check_in_closes_at
    if staff and booking.member_id != by.pk:
        closes = booking.ends_at
    if not opens <= now <= closes:
        raise BookingError(
            _("Check-in is open from %(opens)s to %(closes)s.")
            % {"opens": f"{_local(opens):%H:%M}", "closes": f"{_local(closes):%H:%M}"}
        )
    updated = Booking.objects.filter(pk=booking.pk, status=BookingStatus.CONFIRMED).update(
        status=BookingStatus.CHECKED_IN, checked_in_at=now
    )
    if not updated:
        raise BookingError(_("This booking cannot be checked in any more."))
    booking.refresh_from_db()
    return booking


def bookings_release_no_shows(*, now=None) -> int:
    """Release bookings nobody checked in to 30 minutes after the start: the slot is free
    again and the no-show counts. Safe to run twice or concurrently (rows are claimed)."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(minutes=settings.COWORKING_CHECK_IN_AFTER_MINUTES)
    with transaction.atomic():
        due = (
            Booking.objects.select_for_update(skip_locked=True)
            .filter(status=BookingStatus.CONFIRMED, starts_at__lt=cutoff)
            .values_list("pk", flat=True)
        )
        return Booking.objects.filter(pk__in=list(due), status=BookingStatus.CONFIRMED).update(
            status=BookingStatus.NO_SHOW, released_at=now
        )


def bookings_cancel_future(*, member, now=None) -> int:
    """Cancel everything the member holds that has not started (suspension, erasure)."""
    now = now or timezone.now()
    with transaction.atomic():
        return (
            Booking.objects.holding()
            .filter(member=member, starts_at__gt=now)
            .update(status=BookingStatus.CANCELLED, cancelled_at=now)
        )


def bookings_anonymise(*, member) -> int:
    """Keep past bookings for occupancy figures, without the person."""
    return Booking.objects.filter(member=member).update(member=None, created_by=None)


def bookings_export(*, member) -> list[dict]:
    return [
        {
            "resource": b.resource.name,
            "starts_at": _local(b.starts_at).isoformat(),
            "ends_at": _local(b.ends_at).isoformat(),
            "status": b.status,
            "checked_in_at": _local(b.checked_in_at).isoformat() if b.checked_in_at else None,
        }
        for b in Booking.objects.filter(member=member).select_related("resource")
    ]


def closed_days_load_public_holidays(*, space, years) -> int:
    """Thai public holidays (PyPI `holidays`) become closed days; existing dates, including
    ones staff edited, are left alone."""
    import holidays

    created = 0
    thai = holidays.country_holidays("TH", years=years, language="th")
    english = holidays.country_holidays("TH", years=years, language="en_US")
    for date, name in sorted(thai.items()):
        _day, was_created = ClosedDay.objects.get_or_create(
            space=space,
            date=date,
            defaults={
                "reason_th": name[:160],
                "reason_en": english.get(date, "")[:160],
                "is_public_holiday": True,
            },
        )
        created += was_created
    return created
