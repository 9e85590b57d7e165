"""DEPA staff suspend a membership: the member's future bookings go, and they are told why."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from coworking.enums import BookingStatus
from coworking.models import Booking
from members.models import Membership
from tests.factories import DepaStaffFactory, member
from tests.factories.coworking import BookingFactory, ResourceFactory, SpaceFactory, at, tomorrow

pytestmark = pytest.mark.django_db

REASON = "Left the Smart Hub without paying for a room twice."


@pytest.fixture
def desk():
    return ResourceFactory(space=SpaceFactory(), name_en="Hot desk 7")


def _suspend(staff_client, person, reason=REASON):
    return staff_client.post(
        f"/en/staff/members/{person.membership.pk}/", {"action": "suspend", "reason": reason}
    )


def test_suspending_from_the_staff_page_cancels_future_bookings_and_keeps_past_ones(
    desk, django_capture_on_commit_callbacks
):
    person = member(display_name="Somsak")
    now = timezone.now()
    past = BookingFactory(member=person, resource=desk, status=BookingStatus.CHECKED_IN,
                          starts_at=now - dt.timedelta(days=2, hours=3),
                          ends_at=now - dt.timedelta(days=2))  # fmt: skip
    tomorrow_morning = BookingFactory(member=person, resource=desk)
    next_week = BookingFactory(
        member=person,
        resource=desk,
        starts_at=at(tomorrow() + dt.timedelta(days=6), 13),
        ends_at=at(tomorrow() + dt.timedelta(days=6), 15),
    )
    someone_else = BookingFactory(resource=desk, starts_at=at(tomorrow(), 14),
                                  ends_at=at(tomorrow(), 15))  # fmt: skip
    staff = Client()
    staff.force_login(DepaStaffFactory())

    with django_capture_on_commit_callbacks(execute=True):
        response = _suspend(staff, person)

    assert response.status_code == 302
    assert Membership.objects.get(user=person).status == "suspended"
    statuses = dict(Booking.objects.values_list("pk", "status"))
    assert statuses == {
        past.pk: BookingStatus.CHECKED_IN,
        tomorrow_morning.pk: BookingStatus.CANCELLED,
        next_week.pk: BookingStatus.CANCELLED,
        someone_else.pk: BookingStatus.CONFIRMED,
    }
    # The freed slot shows as free on the day's grid.
    other = Client()
    other.force_login(member())
    grid = other.get(f"/en/smart-hub/?date={tomorrow()}").content.decode()
    assert "start=09:00" in grid


def test_suspension_without_a_reason_is_refused_and_bookings_stay(desk):
    person = member()
    booking = BookingFactory(member=person, resource=desk)
    staff = Client()
    staff.force_login(DepaStaffFactory())

    response = _suspend(staff, person, reason="")

    assert response.status_code == 200
    assert Membership.objects.get(user=person).status == "approved"
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED


def test_suspended_member_trying_to_book_sees_why_and_since_when(client, desk):
    person = member()
    staff = Client()
    staff.force_login(DepaStaffFactory())
    _suspend(staff, person)
    client.force_login(person)

    page = client.get(f"/en/smart-hub/book/?resource={desk.pk}&date={tomorrow()}&start=09:00")
    attempt = client.post(
        "/en/smart-hub/book/",
        {"resource": desk.pk, "date": tomorrow().isoformat(), "start": "09:00", "end": "10:00"},
    )
    grid = client.get("/en/smart-hub/").content.decode()

    for response in (page, attempt):
        html = response.content.decode()
        assert response.status_code == 403
        assert "Your Smart Udon Maker membership has been suspended since" in html
        assert REASON in html
        assert "Apply for membership" not in html
    assert not Booking.objects.exists()
    assert REASON in grid
    assert "/en/smart-hub/book/?resource=" not in grid


def test_an_applicant_is_still_invited_to_apply_rather_than_told_about_a_suspension(client, desk):
    client.force_login(member(status="pending"))

    html = client.get("/en/smart-hub/book/").content.decode()

    assert "suspended since" not in html
    assert "Approved Smart Udon Maker members can book desks and rooms" in html


def test_reinstated_member_books_again_without_the_suspension_notice(client, desk):
    person = member()
    staff = Client()
    staff.force_login(DepaStaffFactory())
    _suspend(staff, person)
    staff.post(f"/en/staff/members/{person.membership.pk}/", {"action": "reinstate"})
    client.force_login(person)

    html = client.get("/en/smart-hub/").content.decode()

    assert "suspended since" not in html
    assert "/en/smart-hub/book/?resource=" in html
