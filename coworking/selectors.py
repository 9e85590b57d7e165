"""Reads for the Smart Hub: opening windows, the availability grid, bookings and occupancy."""

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from .enums import BookingStatus
from .models import Booking, ClosedDay, OpeningHours, Resource, Space


def slot_delta() -> dt.timedelta:
    return dt.timedelta(minutes=settings.COWORKING_SLOT_MINUTES)


def local_today(now=None) -> dt.date:
    return timezone.localdate(now or timezone.now())


def booking_window(now=None) -> tuple[dt.date, dt.date]:
    today = local_today(now)
    return today, today + dt.timedelta(days=settings.COWORKING_BOOKING_WINDOW_DAYS)


def smart_hub() -> Space | None:
    return Space.objects.order_by("pk").first()


def smart_hub_today(now=None) -> dict | None:
    """For the home page: the space and whether and when it is open today (None: no space)."""
    space = smart_hub()
    if space is None:
        return None
    return {"space": space, "window": day_window(space=space, date=local_today(now))}


def aware(day: dt.date, time: dt.time) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, time))


@dataclass
class DayWindow:
    """When a space is open on one date; `closed_reason` is set when it is not open."""

    date: dt.date
    opens_at: dt.datetime | None = None
    closes_at: dt.datetime | None = None
    closed_day: ClosedDay | None = None

    @property
    def is_open(self):
        return self.opens_at is not None and self.closed_day is None


def day_window(*, space, date) -> DayWindow:
    window = DayWindow(date=date)
    window.closed_day = ClosedDay.objects.filter(space=space, date=date).first()
    hours = OpeningHours.objects.filter(space=space, weekday=date.weekday()).first()
    if hours:
        window.opens_at = aware(date, hours.opens_at)
        window.closes_at = aware(date, hours.closes_at)
    return window


def slots_between(start, end) -> list[tuple[dt.datetime, dt.datetime]]:
    step, slots = slot_delta(), []
    while start + step <= end:
        slots.append((start, start + step))
        start += step
    return slots


@dataclass
class GridRow:
    resource: Resource
    cells: list = field(default_factory=list)


def availability_grid(*, space, date, now=None) -> dict:
    """Resources by slots for one day: each cell free, taken or past. No names: the grid
    only knows that a slot is held, never by whom."""
    now = now or timezone.now()
    window = day_window(space=space, date=date)
    resources = list(Resource.objects.filter(space=space, is_active=True))
    rows = [GridRow(resource=r) for r in resources]
    if not window.is_open:
        return {"window": window, "slots": [], "rows": rows}
    slots = slots_between(window.opens_at, window.closes_at)
    taken = defaultdict(list)
    for booking in (
        Booking.objects.holding()
        .overlapping(window.opens_at, window.closes_at)
        .filter(resource__space=space)
        .only("resource_id", "starts_at", "ends_at")
    ):
        taken[booking.resource_id].append((booking.starts_at, booking.ends_at))
    for row in rows:
        held = taken[row.resource.pk]
        for start, end in slots:
            if any(s < end and e > start for s, e in held):
                state = "taken"
            elif start < now:
                state = "past"
            else:
                state = "free"
            row.cells.append({"starts_at": start, "ends_at": end, "state": state})
    return {"window": window, "slots": slots, "rows": rows}


def resource_is_free(*, resource, starts_at, ends_at, exclude_pk=None) -> bool:
    qs = Booking.objects.holding().overlapping(starts_at, ends_at).filter(resource=resource)
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    return not qs.exists()


def nearest_free_slots(*, resource, starts_at, ends_at, now=None, limit=4) -> list[dict]:
    """Offer instead: the same times on another resource of the same kind, then the same
    resource at the nearest free times that day, with the same length."""
    now = now or timezone.now()
    length = ends_at - starts_at
    date = timezone.localdate(starts_at)
    window = day_window(space=resource.space, date=date)
    if not window.is_open:
        return []
    held = defaultdict(list)
    for b in (
        Booking.objects.holding()
        .overlapping(window.opens_at, window.closes_at)
        .filter(resource__space=resource.space)
    ):
        held[b.resource_id].append((b.starts_at, b.ends_at))

    def free(res_pk, s, e):
        return s >= now and not any(hs < e and he > s for hs, he in held[res_pk])

    offers = []
    same_kind = Resource.objects.filter(
        space=resource.space, kind=resource.kind, is_active=True
    ).exclude(pk=resource.pk)
    for other in same_kind:
        if free(other.pk, starts_at, ends_at):
            offers.append({"resource": other, "starts_at": starts_at, "ends_at": ends_at})
        if len(offers) >= limit // 2:
            break
    candidates = []
    for s, _e in slots_between(window.opens_at, window.closes_at):
        e = s + length
        if e <= window.closes_at and s != starts_at and free(resource.pk, s, e):
            candidates.append((abs(s - starts_at), s, e))
    for _distance, s, e in sorted(candidates)[: limit - len(offers)]:
        offers.append({"resource": resource, "starts_at": s, "ends_at": e})
    return offers


def member_blocked_until(*, member, now=None) -> dt.datetime | None:
    """3 no-shows within 30 days block booking for 7 days after the latest one (settings)."""
    now = now or timezone.now()
    since = now - dt.timedelta(days=settings.COWORKING_NO_SHOW_PERIOD_DAYS)
    recent = list(
        Booking.objects.filter(member=member, status=BookingStatus.NO_SHOW, starts_at__gte=since)
        .order_by("-starts_at")
        .values_list("starts_at", flat=True)[: settings.COWORKING_NO_SHOW_LIMIT]
    )
    if len(recent) < settings.COWORKING_NO_SHOW_LIMIT:
        return None
    until = recent[0] + dt.timedelta(days=settings.COWORKING_NO_SHOW_BLOCK_DAYS)
    return until if until > now else None


def member_bookings(*, member, now=None) -> dict:
    now = now or timezone.now()
    qs = Booking.objects.filter(member=member).select_related("resource", "resource__space")
    return {
        "upcoming": list(qs.filter(ends_at__gt=now).order_by("starts_at")),
        "past": list(qs.filter(ends_at__lte=now).order_by("-starts_at")[:50]),
    }


def member_upcoming_bookings(*, member, now=None, limit=12) -> list[Booking]:
    """Bookings that still hold a slot and have not ended, soonest first."""
    return list(
        Booking.objects.holding()
        .filter(member=member, ends_at__gt=now or timezone.now())
        .select_related("resource")
        .order_by("starts_at", "pk")[:limit]
    )


def member_booking_or_none(*, member, pk):
    return Booking.objects.select_related("resource").filter(member=member, pk=pk).first()


def staff_day_bookings(*, space, date):
    start = aware(date, dt.time.min)
    return (
        Booking.objects.filter(resource__space=space)
        .overlapping(start, start + dt.timedelta(days=1))
        .select_related("resource", "member")
        .order_by("starts_at", "resource__position", "resource__pk")
    )


def occupancy_report(*, space, start: dt.date, weeks: int = 4) -> dict:
    """Utilisation per resource per week (booked hours / open hours), peak hours and the
    no-show rate, from held and no-show bookings (no identities needed)."""
    end = start + dt.timedelta(weeks=weeks)
    week_starts = [start + dt.timedelta(weeks=i) for i in range(weeks)]
    hours = {h.weekday: h for h in OpeningHours.objects.filter(space=space)}
    closed = set(
        ClosedDay.objects.filter(space=space, date__gte=start, date__lt=end).values_list(
            "date", flat=True
        )
    )
    open_hours = []
    for week in week_starts:
        total = 0.0
        for i in range(7):
            day = week + dt.timedelta(days=i)
            h = hours.get(day.weekday())
            if h and day not in closed:
                total += (aware(day, h.closes_at) - aware(day, h.opens_at)).total_seconds() / 3600
        open_hours.append(total)
    resources = list(Resource.objects.filter(space=space))
    booked = defaultdict(float)
    peak = Counter()
    bookings = Booking.objects.filter(
        resource__space=space,
        starts_at__gte=aware(start, dt.time.min),
        starts_at__lt=aware(end, dt.time.min),
    ).values("resource_id", "starts_at", "ends_at", "status")
    for b in bookings:
        if b["status"] not in (BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN):
            continue
        local_start = timezone.localtime(b["starts_at"])
        week_index = (local_start.date() - start).days // 7
        booked[(b["resource_id"], week_index)] += (
            b["ends_at"] - b["starts_at"]
        ).total_seconds() / 3600
        cursor = b["starts_at"]
        while cursor < b["ends_at"]:
            peak[timezone.localtime(cursor).hour] += 1
            cursor += dt.timedelta(hours=1)
    rows = []
    for resource in resources:
        cells = []
        for i, available in enumerate(open_hours):
            hours_booked = booked[(resource.pk, i)]
            cells.append(round(100 * hours_booked / available) if available else 0)
        rows.append({"resource": resource, "weeks": cells})
    status_counts = Booking.objects.filter(
        resource__space=space,
        starts_at__gte=aware(start, dt.time.min),
        starts_at__lt=aware(end, dt.time.min),
    ).aggregate(
        attended=Count("pk", filter=Q(status=BookingStatus.CHECKED_IN)),
        no_shows=Count("pk", filter=Q(status=BookingStatus.NO_SHOW)),
    )
    decided = status_counts["attended"] + status_counts["no_shows"]
    return {
        "week_starts": week_starts,
        "rows": rows,
        "peak_hours": sorted(peak.items()),
        "no_shows": status_counts["no_shows"],
        "attended": status_counts["attended"],
        "no_show_rate": round(100 * status_counts["no_shows"] / decided) if decided else 0,
    }
