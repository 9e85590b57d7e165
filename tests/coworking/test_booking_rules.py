"""Every rule a booking must meet, each refused with a clear message and nothing saved."""

import datetime as dt

import pytest
from django.test import override_settings
from django.utils import timezone, translation

from coworking import services
from coworking.enums import BookingStatus
from coworking.models import Booking, ClosedDay
from tests.factories import BookingFactory, ResourceFactory, UserFactory, member
from tests.factories.coworking import at

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


TODAY = timezone.localdate()
DAY = TODAY + dt.timedelta(days=1)
NOW = at(TODAY, 10)


def book(member, resource, start, end, **kwargs):
    return services.booking_create(
        member=member, resource=resource, starts_at=start, ends_at=end, now=NOW, **kwargs
    )


def refused(member, resource, start, end, **kwargs):
    with pytest.raises(services.BookingError) as error:
        book(member, resource, start, end, **kwargs)
    assert Booking.objects.count() == 0 or kwargs.get("existing")
    return str(error.value)


def test_a_member_books_a_desk_for_tomorrow_morning(booker, desk):
    booking = book(booker, desk, at(DAY, 9), at(DAY, 12))

    assert booking.status == BookingStatus.CONFIRMED
    assert Booking.objects.get().member == booker


def test_staff_may_book_too(staff_booker, desk):
    assert book(staff_booker, desk, at(DAY, 9), at(DAY, 12)).member == staff_booker


@pytest.mark.parametrize("status", ["pending", "suspended", "rejected"])
def test_applicants_and_suspended_members_cannot_book(desk, status):
    message = refused(member(status=status), desk, at(DAY, 9), at(DAY, 10))
    assert message == "Only approved Smart Udon Maker members can book the Smart Hub."


def test_a_signed_in_user_without_membership_cannot_book(desk):
    message = refused(UserFactory(), desk, at(DAY, 9), at(DAY, 10))
    assert message == "Only approved Smart Udon Maker members can book the Smart Hub."


def test_end_before_start_is_refused(booker, desk):
    assert refused(booker, desk, at(DAY, 10), at(DAY, 9)) == "The end must be after the start."


def test_times_off_the_slot_steps_are_refused(booker, desk):
    message = refused(booker, desk, at(DAY, 9, 10), at(DAY, 10))
    assert message.startswith("Bookings start and end on 30-minute steps")


def test_times_outside_opening_hours_are_refused(booker, desk):
    message = refused(booker, desk, at(DAY, 7), at(DAY, 9))
    assert message == "The Smart Hub is open from 08:00 to 20:00 on that day."


def test_a_closed_day_is_refused_with_its_reason(booker, desk):
    ClosedDay.objects.create(space=desk.space, date=DAY, reason_th="วันหยุด", reason_en="Holiday")
    message = refused(booker, desk, at(DAY, 9), at(DAY, 10))
    assert message.endswith("(Holiday).")


def test_a_weekday_without_hours_is_closed(booker, desk):
    desk.space.opening_hours.filter(weekday=DAY.weekday()).delete()
    assert refused(booker, desk, at(DAY, 9), at(DAY, 10)).startswith("The Smart Hub is closed on")


def test_the_past_is_refused(booker, desk):
    message = refused(booker, desk, at(TODAY, 9), at(TODAY, 11))
    assert message == "This time has already passed. Please choose a later slot."


def test_beyond_the_booking_window_is_refused(booker, desk):
    far = TODAY + dt.timedelta(days=15)
    assert refused(booker, desk, at(far, 9), at(far, 10)).startswith("You can book at most 14 days")


def test_the_last_day_of_the_window_is_allowed(booker, desk):
    last = TODAY + dt.timedelta(days=14)
    assert book(booker, desk, at(last, 9), at(last, 10)).pk


def test_a_meeting_room_is_limited_to_four_hours(booker, room):
    message = refused(booker, room, at(DAY, 9), at(DAY, 13, 30))
    assert message == "A meeting room can be booked for at most 4 hours at a time."
    assert book(booker, room, at(DAY, 9), at(DAY, 13)).pk


def test_a_desk_may_be_booked_for_the_whole_opening_day(booker, desk):
    assert book(booker, desk, at(DAY, 8), at(DAY, 20)).pk


def test_over_the_per_member_limit_is_refused(booker, hub):
    desks = ResourceFactory.create_batch(4, space=hub)
    for hour, desk in zip((8, 10, 12), desks, strict=False):
        book(booker, desk, at(DAY, hour), at(DAY, hour + 1))
    with pytest.raises(services.BookingError) as error:
        book(booker, desks[3], at(DAY, 15), at(DAY, 16))
    assert str(error.value).startswith("You already have 3 upcoming bookings")
    assert Booking.objects.count() == 3


@override_settings(COWORKING_MAX_ACTIVE_BOOKINGS=1)
def test_the_per_member_limit_is_a_setting(booker, hub):
    first, second = ResourceFactory.create_batch(2, space=hub)
    book(booker, first, at(DAY, 8), at(DAY, 9))
    with pytest.raises(services.BookingError):
        book(booker, second, at(DAY, 10), at(DAY, 11))


def test_overlapping_the_members_own_booking_is_refused(booker, desk, room):
    book(booker, desk, at(DAY, 9), at(DAY, 11))
    with pytest.raises(services.BookingError) as error:
        book(booker, room, at(DAY, 10), at(DAY, 11))
    assert str(error.value) == "You already have a booking at this time."
    assert Booking.objects.count() == 1


def test_an_inactive_resource_cannot_be_booked(booker, desk):
    desk.is_active = False
    desk.save()
    assert refused(booker, desk, at(DAY, 9), at(DAY, 10)).startswith("This resource cannot")


def test_a_taken_slot_is_a_friendly_conflict_with_the_nearest_free_slots(
    booker, other_booker, desk, hub
):
    other_desk = ResourceFactory(space=hub, name_en="Desk 4")
    book(other_booker, desk, at(DAY, 9), at(DAY, 10))

    with pytest.raises(services.BookingConflict) as conflict:
        book(booker, desk, at(DAY, 9), at(DAY, 10))

    assert str(conflict.value) == (
        "Sorry, Desk 3 was just taken for this time. Here are the nearest free slots."
    )
    offers = [(o["resource"], o["starts_at"]) for o in conflict.value.suggestions]
    assert offers[0] == (other_desk, at(DAY, 9))
    assert (desk, at(DAY, 10)) in offers
    assert (desk, at(DAY, 9)) not in offers
    assert Booking.objects.count() == 1


def test_adjacent_slots_do_not_conflict(booker, other_booker, desk):
    book(other_booker, desk, at(DAY, 9), at(DAY, 10))
    assert book(booker, desk, at(DAY, 10), at(DAY, 11)).pk


def test_a_cancelled_booking_frees_its_slot(booker, other_booker, desk):
    first = book(other_booker, desk, at(DAY, 9), at(DAY, 10))
    services.booking_cancel(booking=first, by=other_booker, now=NOW)
    assert book(booker, desk, at(DAY, 9), at(DAY, 10)).pk


def test_refusals_are_in_the_users_language(booker, desk):
    with translation.override("th"):
        message = refused(booker, desk, at(DAY, 10), at(DAY, 9))
    assert message == "เวลาสิ้นสุดต้องอยู่หลังเวลาเริ่ม"


def test_three_no_shows_in_thirty_days_block_booking_for_seven_days(booker, desk):
    for days_ago in (20, 10, 2):
        day = TODAY - dt.timedelta(days=days_ago)
        BookingFactory(
            resource=desk, member=booker, starts_at=at(day, 9), status=BookingStatus.NO_SHOW
        )

    with pytest.raises(services.BookingError) as error:
        book(booker, desk, at(DAY, 9), at(DAY, 10))

    assert "you can book again from" in str(error.value)
    blocked_until = services.selectors.member_blocked_until
    assert blocked_until(member=booker, now=NOW + dt.timedelta(days=4)) == (
        at(TODAY - dt.timedelta(days=2), 9) + dt.timedelta(days=7)
    )
    assert blocked_until(member=booker, now=NOW + dt.timedelta(days=6)) is None


def test_two_no_shows_do_not_block(booker, desk):
    for days_ago in (10, 2):
        day = TODAY - dt.timedelta(days=days_ago)
        BookingFactory(
            resource=desk, member=booker, starts_at=at(day, 9), status=BookingStatus.NO_SHOW
        )
    assert book(booker, desk, at(DAY, 9), at(DAY, 10)).pk


def test_staff_walk_in_may_start_in_the_running_slot(booker, staff_booker, desk):
    running = at(TODAY, 10)
    booking = services.booking_create(
        member=booker,
        resource=desk,
        starts_at=running,
        ends_at=at(TODAY, 12),
        by=staff_booker,
        now=running + dt.timedelta(minutes=10),
    )
    assert booking.created_by == staff_booker


def test_a_member_alone_may_not_start_in_the_running_slot(booker, desk):
    with pytest.raises(services.BookingError, match="already passed"):
        services.booking_create(
            member=booker,
            resource=desk,
            starts_at=at(TODAY, 10),
            ends_at=at(TODAY, 12),
            by=booker,
            now=at(TODAY, 10, 10),
        )
