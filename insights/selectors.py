"""Aggregate figures of the ecosystem, read through each app's own selectors and querysets.

Public figures (`ecosystem_figures`) hold counts only, never a person; the staff dashboard
adds queues and decisions (`staff_dashboard_data`). Every function runs a fixed number of
queries whatever the number of rows.
"""

import datetime as dt

from django.db.models import Count, F, Min, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from coworking import selectors as coworking_selectors
from coworking.enums import HOLDING_STATUSES, BookingStatus
from coworking.models import Booking, Resource
from events import selectors as event_selectors
from events.enums import EventStatus
from events.models import Event
from members import selectors as member_selectors
from members.enums import District
from members.models import Membership, MembershipEvent
from startups.enums import Sector, Stage, Status
from startups.models import ReviewEntry, Startup, StartupRevision

MONTHS = 12
WEEKS = 4
TURNOUT_EVENTS = 6


def _counts_by(field, choices) -> list[tuple[str, int]]:
    """Approved startups per choice, largest first; choices nobody picked are left out."""
    labels = dict(choices)
    rows = Startup.objects.approved().values(field).annotate(n=Count("pk")).order_by("-n", field)
    return [(labels.get(row[field], row[field]), row["n"]) for row in rows]


def _month_starts(today: dt.date, months: int) -> list[dt.date]:
    starts, year, month = [], today.year, today.month
    for _ in range(months):
        starts.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def new_startups_per_month(*, months: int = MONTHS) -> list[tuple[dt.date, int]]:
    starts = _month_starts(timezone.localdate(), months)
    first = timezone.make_aware(dt.datetime.combine(starts[0], dt.time.min))
    rows = (
        Startup.objects.approved()
        .filter(approved_at__gte=first)
        .annotate(month=TruncMonth("approved_at"))
        .values("month")
        .annotate(n=Count("pk"))
    )
    counts = {timezone.localtime(row["month"]).date(): row["n"] for row in rows}
    return [(start, counts.get(start, 0)) for start in starts]


def event_turnout(*, limit: int = TURNOUT_EVENTS) -> list:
    """The last published events that have ended, with confirmed and checked-in counts."""
    events = event_selectors.calendar_events(past=True).filter(status=EventStatus.PUBLISHED)
    return list(events[:limit])


def desk_utilisation_per_week(*, weeks: int = WEEKS) -> list[tuple[dt.date, int]]:
    """Average desk utilisation (booked / open hours) of the Smart Hub, per past week."""
    space = coworking_selectors.smart_hub()
    if space is None:
        return []
    today = coworking_selectors.local_today()
    start = today - dt.timedelta(days=today.weekday() + 7 * (weeks - 1))
    report = coworking_selectors.occupancy_report(space=space, start=start, weeks=weeks)
    desks = [row for row in report["rows"] if row["resource"].is_desk]
    return [
        (week, round(sum(row["weeks"][i] for row in desks) / len(desks)) if desks else 0)
        for i, week in enumerate(report["week_starts"])
    ]


def ecosystem_figures() -> dict:
    """Everything /ecosystem/ shows: totals and the series behind its charts."""
    now = timezone.now()
    totals = Startup.objects.aggregate(
        startups=Count("pk", filter=Q(status=Status.APPROVED)),
        hiring=Count("pk", filter=Q(status=Status.APPROVED, hiring=True)),
    )
    totals.update(
        Event.objects.aggregate(
            upcoming_events=Count("pk", filter=Q(status=EventStatus.PUBLISHED, ends_at__gte=now)),
            past_events=Count("pk", filter=Q(status=EventStatus.PUBLISHED, ends_at__lt=now)),
        )
    )
    totals["members"] = member_selectors.member_directory().count()
    return {
        "totals": totals,
        "by_sector": _counts_by("sector", Sector.choices),
        "by_stage": _counts_by("stage", Stage.choices),
        "by_district": _counts_by("district", District.choices),
        "per_month": new_startups_per_month(),
        "turnout": event_turnout(),
        "desk_utilisation": desk_utilisation_per_week(),
    }


def _queue(queryset, field) -> dict:
    return queryset.aggregate(count=Count("pk"), oldest=Min(field))


def moderation_queues() -> dict:
    return {
        "startups": _queue(Startup.objects.filter(status=Status.SUBMITTED), "submitted_at"),
        "startup_edits": _queue(StartupRevision.objects.filter(status="pending"), "created_at"),
        "memberships": _queue(
            Membership.objects.filter(status="pending", user__is_active=True), "applied_at"
        ),
    }


def smart_hub_today() -> dict:
    """Today's bookings of the Smart Hub against its active resources."""
    space = coworking_selectors.smart_hub()
    if space is None:
        return {"resources": 0, "booked": 0, "checked_in": 0}
    today = coworking_selectors.local_today()
    start = coworking_selectors.aware(today, dt.time.min)
    bookings = Booking.objects.filter(resource__space=space).overlapping(
        start, start + dt.timedelta(days=1)
    )
    figures = bookings.aggregate(
        booked=Count("resource", filter=Q(status__in=HOLDING_STATUSES), distinct=True),
        checked_in=Count("pk", filter=Q(status=BookingStatus.CHECKED_IN)),
    )
    figures["resources"] = Resource.objects.filter(space=space, is_active=True).count()
    return figures


def recent_decisions(*, limit: int = 8) -> list[dict]:
    """The latest staff decisions on startups and memberships, newest first."""
    startups = [
        {
            "at": entry.created_at,
            "kind": "startup",
            "subject": entry.startup,
            "to": entry.get_to_status_display(),
            "event": entry.get_event_display(),
            "by": entry.actor,
        }
        for entry in ReviewEntry.objects.filter(actor_was_staff=True)
        .select_related("startup", "actor")
        .order_by("-created_at", "-pk")[:limit]
    ]
    memberships = [
        {
            "at": entry.at,
            "kind": "membership",
            "subject": entry.membership.user,
            "to": entry.get_to_status_display(),
            "event": "",
            "by": entry.by,
        }
        for entry in MembershipEvent.objects.exclude(by__isnull=True)
        .exclude(by=F("membership__user"))
        .select_related("membership__user", "by")
        .order_by("-at", "-pk")[:limit]
    ]
    return sorted(startups + memberships, key=lambda row: row["at"], reverse=True)[:limit]


def staff_dashboard_data() -> dict:
    return {
        "queues": moderation_queues(),
        "upcoming": event_selectors.next_events(limit=5),
        "smart_hub_today": smart_hub_today(),
        "decisions": recent_decisions(),
    }
