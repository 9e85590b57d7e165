"""Demo Smart Hub: the real address, 12 hot desks, 4 dedicated desks, 2 meeting rooms, a phone
booth, opening hours, Thai public holidays and a week of bookings around today."""

import datetime as dt

from django.utils import timezone

from members.demo import DEMO_USERS
from members.models import User

from . import selectors, services
from .enums import BookingStatus, ResourceKind
from .models import Booking, OpeningHours, Resource, Space
from .rules import may_book

HOURS = {weekday: (dt.time(9), dt.time(18)) for weekday in range(5)} | {
    5: (dt.time(10), dt.time(16))
}


def _resources(space):
    plan = [
        *[(ResourceKind.HOT_DESK, f"โต๊ะ {n}", f"Hot desk {n}", 1, "") for n in range(1, 13)],
        *[
            (ResourceKind.DEDICATED_DESK, f"โต๊ะประจำ {c}", f"Dedicated desk {c}", 1, "จอภาพ, ตู้ล็อก")
            for c in "ABCD"
        ],
        (
            ResourceKind.MEETING_ROOM,
            "ห้องประชุมทะเลบัวแดง",
            "Red Lotus meeting room",
            8,
            "จอทีวี, ไวต์บอร์ด",
        ),
        (ResourceKind.MEETING_ROOM, "ห้องประชุมหนองประจักษ์", "Nong Prajak meeting room", 4, "ไวต์บอร์ด"),
        (ResourceKind.PHONE_BOOTH, "ห้องโทรศัพท์", "Phone booth", 1, "ปลั๊กไฟ"),
    ]
    for position, (kind, name_th, name_en, capacity, amenities) in enumerate(plan):
        Resource.objects.get_or_create(
            space=space,
            name_en=name_en,
            defaults={
                "kind": kind,
                "name_th": name_th,
                "capacity": capacity,
                "amenities": amenities,
                "position": position,
            },
        )


def _bookings(space, members):
    """Written directly: past days cannot be booked through the rules, which is the point."""
    if Booking.objects.filter(resource__space=space).exists() or not members:
        return
    desks = list(space.resources.filter(kind=ResourceKind.HOT_DESK))
    today = timezone.localdate()
    now = timezone.now()
    for offset in range(-5, 3):
        day = today + dt.timedelta(days=offset)
        window = selectors.day_window(space=space, date=day)
        if not window.is_open:
            continue
        for index, member in enumerate(members):
            morning = (index + offset) % 2 == 0
            starts = window.opens_at if morning else window.opens_at + dt.timedelta(hours=4)
            ends = starts + dt.timedelta(hours=3)
            if offset < 0:
                status = (
                    BookingStatus.NO_SHOW
                    if index == 3 and offset == -2
                    else BookingStatus.CHECKED_IN
                )
            elif starts < now:
                continue
            else:
                status = BookingStatus.CONFIRMED
            Booking.objects.create(
                resource=desks[index],
                member=member,
                starts_at=starts,
                ends_at=ends,
                status=status,
                created_by=member,
                checked_in_at=starts if status == BookingStatus.CHECKED_IN else None,
            )


def seed(command):
    space, _created = Space.objects.get_or_create(
        slug="smart-hub",
        defaults={
            "name_th": "สมาร์ทฮับ อุดรธานี",
            "name_en": "Smart Hub Udon Thani",
            "address": "322/19 ถนนประจักษ์ศิลปาคม ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000",
        },
    )
    for weekday, (opens, closes) in HOURS.items():
        OpeningHours.objects.get_or_create(
            space=space, weekday=weekday, defaults={"opens_at": opens, "closes_at": closes}
        )
    year = timezone.localdate().year
    services.closed_days_load_public_holidays(space=space, years=[year, year + 1])
    _resources(space)
    demo_people = User.objects.filter(email__endswith="@smartudon.example").order_by("email")
    # The accounts the seed command prints (somchai first) get bookings to look at.
    printed = {email for email, *_rest in DEMO_USERS}
    bookers = sorted(
        (person for person in demo_people if may_book(person)),
        key=lambda person: (person.email not in printed, person.email != DEMO_USERS[1][0]),
    )
    _bookings(space, bookers[:6])
    return []
