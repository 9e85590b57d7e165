"""No-show release, check-in windows, and what suspension, erasure and export do to bookings."""

import datetime as dt

import pytest
from django.utils import timezone

from coworking import services
from coworking.enums import BookingStatus
from coworking.models import Booking
from coworking.tasks import release_no_shows
from members.signals import membership_suspended, personal_data_export, user_erasing
from tests.factories import BookingFactory
from tests.factories.coworking import at, tomorrow

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def test_a_booking_nobody_checked_in_to_is_released_thirty_minutes_after_the_start(desk, booker):
    booking = BookingFactory(resource=desk, member=booker, starts_at=at(TODAY, 9))
    checked_in = BookingFactory(
        resource=desk, starts_at=at(TODAY, 12), status=BookingStatus.CHECKED_IN
    )

    assert services.bookings_release_no_shows(now=at(TODAY, 9, 29)) == 0
    assert services.bookings_release_no_shows(now=at(TODAY, 9, 31)) == 1

    booking.refresh_from_db()
    assert (booking.status, booking.released_at) == (BookingStatus.NO_SHOW, at(TODAY, 9, 31))
    checked_in.refresh_from_db()
    assert checked_in.status == BookingStatus.CHECKED_IN


def test_releasing_twice_changes_nothing_the_second_time(desk):
    BookingFactory(resource=desk, starts_at=at(TODAY, 9))
    now = at(TODAY, 10)
    assert services.bookings_release_no_shows(now=now) == 1
    assert services.bookings_release_no_shows(now=now) == 0


def test_a_released_slot_is_free_for_the_rest_of_the_booking(desk, booker, other_booker):
    BookingFactory(
        resource=desk, member=other_booker, starts_at=at(TODAY, 9), ends_at=at(TODAY, 12)
    )
    services.bookings_release_no_shows(now=at(TODAY, 9, 45))

    booking = services.booking_create(
        member=booker,
        resource=desk,
        starts_at=at(TODAY, 10),
        ends_at=at(TODAY, 11),
        now=at(TODAY, 9, 45),
    )
    assert booking.pk


def test_the_periodic_task_releases_past_due_bookings(desk):
    booking = BookingFactory(resource=desk, starts_at=timezone.now() - dt.timedelta(hours=1))
    assert release_no_shows.delay().get() == 1
    booking.refresh_from_db()
    assert booking.status == BookingStatus.NO_SHOW


def test_the_release_task_is_on_the_beat_schedule(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["coworking-release-no-shows"]
    assert entry["task"] == release_no_shows.name


@pytest.mark.parametrize(
    ("minutes_from_start", "allowed"), [(-16, False), (-15, True), (30, True), (31, False)]
)
def test_member_check_in_window_is_fifteen_before_to_thirty_after(
    desk, booker, minutes_from_start, allowed
):
    booking = BookingFactory(resource=desk, member=booker, starts_at=at(tomorrow(), 9))
    now = at(tomorrow(), 9) + dt.timedelta(minutes=minutes_from_start)
    if allowed:
        services.booking_check_in(booking=booking, by=booker, now=now)
        assert booking.status == BookingStatus.CHECKED_IN
    else:
        with pytest.raises(services.BookingError):
            services.booking_check_in(booking=booking, by=booker, now=now)
        assert Booking.objects.get().status == BookingStatus.CONFIRMED


def test_a_member_cannot_cancel_after_the_start(desk, booker):
    booking = BookingFactory(resource=desk, member=booker, starts_at=at(tomorrow(), 9))
    with pytest.raises(services.BookingError, match="until it starts"):
        services.booking_cancel(booking=booking, by=booker, now=at(tomorrow(), 9, 1))
    assert Booking.objects.get().status == BookingStatus.CONFIRMED


def test_suspending_a_membership_cancels_the_members_future_bookings(desk, booker, staff):
    future = BookingFactory(resource=desk, member=booker, starts_at=at(tomorrow(), 9))
    past = BookingFactory(
        resource=desk,
        member=booker,
        starts_at=at(TODAY - dt.timedelta(days=2), 9),
        status=BookingStatus.CHECKED_IN,
    )
    someone_else = BookingFactory(resource=desk, starts_at=at(tomorrow(), 13))

    membership_suspended.send(sender=None, user=booker, by=staff, reason="rules")

    future.refresh_from_db()
    past.refresh_from_db()
    someone_else.refresh_from_db()
    assert future.status == BookingStatus.CANCELLED
    assert past.status == BookingStatus.CHECKED_IN
    assert someone_else.status == BookingStatus.CONFIRMED


def test_erasing_an_account_frees_future_bookings_and_keeps_past_ones_without_identity(
    desk, booker
):
    future = BookingFactory(resource=desk, member=booker, starts_at=at(tomorrow(), 9))
    past = BookingFactory(
        resource=desk,
        member=booker,
        starts_at=at(TODAY - dt.timedelta(days=2), 9),
        status=BookingStatus.CHECKED_IN,
    )

    user_erasing.send(sender=None, user=booker)

    future.refresh_from_db()
    past.refresh_from_db()
    assert (future.status, future.member) == (BookingStatus.CANCELLED, None)
    assert (past.status, past.member, past.created_by) == (BookingStatus.CHECKED_IN, None, None)


def test_personal_data_export_lists_the_persons_bookings(desk, booker):
    BookingFactory(resource=desk, member=booker, starts_at=at(tomorrow(), 9))
    BookingFactory(resource=desk, starts_at=at(tomorrow(), 13))

    responses = dict(result for _receiver, result in personal_data_export.send(None, user=booker))

    [entry] = responses["bookings"]
    assert entry["starts_at"] == at(tomorrow(), 9).isoformat()
    assert entry["status"] == "confirmed"


def test_staff_suspending_a_member_through_the_membership_service_cancels_bookings(
    desk, booker, staff
):
    from members.models import Membership
    from members.services import membership_decide

    future = BookingFactory(resource=desk, member=booker, starts_at=at(tomorrow(), 9))

    membership_decide(
        membership=Membership.objects.get(user=booker), by=staff, to="suspended", reason="rules"
    )

    future.refresh_from_db()
    assert future.status == BookingStatus.CANCELLED


def test_deleting_an_account_keeps_its_past_bookings_without_identity(desk, booker):
    from members.services import user_delete_account

    past = BookingFactory(
        resource=desk,
        member=booker,
        starts_at=at(TODAY - dt.timedelta(days=1), 9),
        status=BookingStatus.CHECKED_IN,
    )

    user_delete_account(user=booker)

    past.refresh_from_db()
    assert (past.member, past.status) == (None, BookingStatus.CHECKED_IN)
