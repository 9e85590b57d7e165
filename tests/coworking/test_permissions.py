"""Every co-working URL for every kind of visitor: anonymous, user, applicant, approved member,
suspended member, blocked member (3 no-shows) and DEPA staff."""

import datetime as dt

import pytest
from django.utils import timezone

from coworking.enums import BookingStatus
from coworking.models import Booking, ClosedDay
from tests.factories import BookingFactory, DepaStaffFactory, UserFactory, member
from tests.factories.coworking import at, tomorrow

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "user", "applicant", "member", "suspended", "blocked", "staff"]


def make(role, desk):
    if role == "anonymous":
        return None
    if role == "user":
        return UserFactory()
    if role == "staff":
        return DepaStaffFactory()
    person = member(
        status={"applicant": "pending"}.get(
            role, "approved" if role in ("member", "blocked") else role
        )
    )
    if role == "blocked":
        for days_ago in (9, 5, 1):
            day = timezone.localdate() - dt.timedelta(days=days_ago)
            BookingFactory(resource=desk, member=person, starts_at=at(day, 9),
                           status=BookingStatus.NO_SHOW)  # fmt: skip
    return person


@pytest.fixture
def scene(hub, desk):
    someone_elses = BookingFactory(resource=desk, starts_at=at(tomorrow(), 15))
    closed = ClosedDay.objects.create(
        space=hub, date=tomorrow() + dt.timedelta(days=5), reason_th="ปิด", reason_en="Closed"
    )
    return {"desk": desk, "booking": someone_elses, "closed": closed}


MEMBER_PAGES = {"member", "blocked", "staff"}
SIGNED_IN = set(ROLES) - {"anonymous"}


def expected_for(role, audience, allowed=200):
    if role == "anonymous":
        return 302
    if audience == "signed_in":
        return allowed
    if audience == "bookers":
        return allowed if role in MEMBER_PAGES else 403
    return allowed if role == "staff" else 403


GETS = [
    ("/smart-hub/", "public"),
    ("/smart-hub/book/", "bookers"),
    ("/smart-hub/my-bookings/", "signed_in"),
    ("/staff/smart-hub/", "staff"),
    ("/staff/smart-hub/walk-in/", "staff"),
    ("/staff/smart-hub/space/", "staff"),
    ("/staff/smart-hub/resources/", "staff"),
    ("/staff/smart-hub/resources/new/", "staff"),
    ("/staff/smart-hub/resources/{desk}/", "staff"),
    ("/staff/smart-hub/hours/", "staff"),
    ("/staff/smart-hub/closed-days/", "staff"),
    ("/staff/smart-hub/closed-days/{closed}/", "staff"),
    ("/staff/smart-hub/report/", "staff"),
    ("/staff/smart-hub/report.csv", "staff"),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("path", "audience"), GETS)
def test_get_matrix(client, scene, role, path, audience):
    person = make(role, scene["desk"])
    if person:
        client.force_login(person)
    url = path.format(desk=scene["desk"].pk, closed=scene["closed"].pk)

    response = client.get(url)

    expected = 200 if audience == "public" else expected_for(role, audience)
    assert response.status_code == expected
    if expected == 302:
        assert response.url.startswith("/accounts/login/?next=")


POSTS_ONLY = [
    "/smart-hub/bookings/{booking}/cancel/",
    "/smart-hub/bookings/{booking}/check-in/",
    "/staff/smart-hub/bookings/{booking}/check-in/",
    "/staff/smart-hub/closed-days/{closed}/delete/",
    "/staff/smart-hub/closed-days/load-holidays/",
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path", POSTS_ONLY)
def test_post_only_urls_change_nothing_on_get(client, scene, role, path):
    person = make(role, scene["desk"])
    if person:
        client.force_login(person)
    url = path.format(booking=scene["booking"].pk, closed=scene["closed"].pk)

    response = client.get(url)

    if role == "anonymous":
        assert response.status_code == 302
    elif path.startswith("/staff/"):
        assert response.status_code == (405 if role == "staff" else 403)
    else:
        assert response.status_code == 405
    scene["booking"].refresh_from_db()
    assert scene["booking"].status == BookingStatus.CONFIRMED
    assert ClosedDay.objects.count() == 1


@pytest.mark.parametrize("role", ROLES)
def test_someone_elses_booking_is_404_even_for_staff_on_member_urls(client, scene, role):
    person = make(role, scene["desk"])
    if person:
        client.force_login(person)
    response = client.post(f"/smart-hub/bookings/{scene['booking'].pk}/cancel/")

    assert response.status_code == (302 if role == "anonymous" else 404)
    scene["booking"].refresh_from_db()
    assert scene["booking"].status == BookingStatus.CONFIRMED


@pytest.mark.parametrize("role", ROLES)
def test_posting_a_booking_per_role(client, scene, role):
    person = make(role, scene["desk"])
    if person:
        client.force_login(person)
    before = Booking.objects.count()

    response = client.post(
        "/en/smart-hub/book/",
        {"resource": scene["desk"].pk, "date": tomorrow().isoformat(), "start": "09:00",
         "end": "10:00"},
    )  # fmt: skip

    booked = Booking.objects.count() - before
    if role in ("member", "staff"):
        assert (response.status_code, booked) == (302, 1)
    elif role == "blocked":
        assert (response.status_code, booked) == (400, 0)
        assert "you can book again from" in response.content.decode()
    elif role == "anonymous":
        assert (response.status_code, booked) == (302, 0)
    else:
        assert (response.status_code, booked) == (403, 0)
        assert "Booking is for Smart Udon Maker members" in response.content.decode()


@pytest.mark.parametrize("role", ["user", "applicant", "member", "suspended"])
def test_non_staff_cannot_post_to_staff_urls(client, scene, role):
    client.force_login(make(role, scene["desk"]))

    responses = [
        client.post(f"/staff/smart-hub/bookings/{scene['booking'].pk}/check-in/"),
        client.post(f"/staff/smart-hub/closed-days/{scene['closed'].pk}/delete/"),
        client.post("/staff/smart-hub/resources/new/", {"kind": "hot_desk", "name_th": "x",
                                                       "name_en": "x", "capacity": 1,
                                                       "position": 1}),
    ]  # fmt: skip

    assert [r.status_code for r in responses] == [403, 403, 403]
    scene["booking"].refresh_from_db()
    assert scene["booking"].status == BookingStatus.CONFIRMED
    assert ClosedDay.objects.count() == 1
