"""Proof that a slot can never be double-booked: 20 real threads race for the same slot.

On PostgreSQL the exclusion constraint decides; on SQLite the IMMEDIATE write transaction
with the overlap check inside it. Either way: exactly one booking, 19 clean refusals.
"""

import datetime as dt
import threading
from collections import Counter

import pytest
from django.db import connection, connections

from coworking import services
from coworking.models import Booking
from tests.factories import ResourceFactory, SpaceFactory, member
from tests.factories.coworking import at, tomorrow

pytestmark = pytest.mark.django_db(transaction=True)

THREADS = 20


def race(bookers, attempt):
    barrier = threading.Barrier(len(bookers))
    outcomes = Counter()
    lock = threading.Lock()

    def run(member):
        try:
            barrier.wait()
            attempt(member)
            outcome = "booked"
        except services.BookingConflict:
            outcome = "refused"
        except Exception as error:  # noqa: BLE001 - any other failure is what we count
            outcome = f"error: {type(error).__name__}: {error}"
        finally:
            connections.close_all()
        with lock:
            outcomes[outcome] += 1

    threads = [threading.Thread(target=run, args=(m,)) for m in bookers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_twenty_concurrent_attempts_for_one_slot_give_one_booking_and_nineteen_refusals():
    desk = ResourceFactory(space=SpaceFactory())
    bookers = [member(status="approved") for _ in range(THREADS)]
    start, end = at(tomorrow(), 9), at(tomorrow(), 11)

    outcomes = race(
        bookers,
        lambda member: services.booking_create(
            member=member, resource=desk, starts_at=start, ends_at=end
        ),
    )

    assert outcomes == Counter({"booked": 1, "refused": THREADS - 1}), (connection.vendor, outcomes)
    assert Booking.objects.count() == 1


def test_concurrent_overlapping_but_different_ranges_still_give_one_booking():
    desk = ResourceFactory(space=SpaceFactory())
    bookers = [member(status="approved") for _ in range(10)]
    # 09:00-11:00, 09:30-11:30, ... all overlap 10:30-11:00.
    nine = at(tomorrow(), 9)
    ranges = [
        (nine + dt.timedelta(minutes=30 * (i % 4)), nine + dt.timedelta(minutes=120 + 30 * (i % 2)))
        for i in range(10)
    ]
    slots = dict(zip((b.pk for b in bookers), ranges, strict=True))

    outcomes = race(
        bookers,
        lambda member: services.booking_create(
            member=member, resource=desk, starts_at=slots[member.pk][0], ends_at=slots[member.pk][1]
        ),
    )

    assert outcomes == Counter({"booked": 1, "refused": 9}), outcomes


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the EXCLUDE constraint is PostgreSQL's"
)
def test_the_database_itself_refuses_an_overlapping_booking_of_the_same_resource():
    from django.db import IntegrityError, transaction

    from tests.factories import BookingFactory

    desk = ResourceFactory(space=SpaceFactory())
    other_desk = ResourceFactory(space=desk.space)
    BookingFactory(resource=desk, starts_at=at(tomorrow(), 9), ends_at=at(tomorrow(), 11))

    with pytest.raises(IntegrityError) as error, transaction.atomic():
        BookingFactory(resource=desk, starts_at=at(tomorrow(), 10), ends_at=at(tomorrow(), 12))
    assert type(error.value.__cause__).__name__ == "ExclusionViolation"

    # Adjacent, another resource, or a cancelled row: all allowed.
    BookingFactory(resource=desk, starts_at=at(tomorrow(), 11), ends_at=at(tomorrow(), 12))
    BookingFactory(resource=other_desk, starts_at=at(tomorrow(), 9), ends_at=at(tomorrow(), 11))
    BookingFactory(resource=desk, starts_at=at(tomorrow(), 9), ends_at=at(tomorrow(), 10),
                   status="cancelled")  # fmt: skip
    assert Booking.objects.count() == 4
