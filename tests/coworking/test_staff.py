"""DEPA staff at /staff/smart-hub/: the day, walk-ins, resources, hours, closed days, report."""

import datetime as dt

import pytest
from django.utils import timezone

from coworking.enums import BookingStatus, ResourceKind
from coworking.models import Booking, ClosedDay, OpeningHours, Resource
from tests.factories import BookingFactory, UserFactory
from tests.factories.coworking import at, tomorrow

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def staff_client(client, staff, hub):
    client.force_login(staff)
    return client


def test_day_view_shows_every_booking_with_names_and_a_check_in_button(staff_client, desk):
    booking = BookingFactory(resource=desk, starts_at=at(TODAY, 9))

    html = staff_client.get(f"/en/staff/smart-hub/?date={TODAY}").content.decode()

    assert booking.member.name in html and booking.member.email in html
    assert f"/en/staff/smart-hub/bookings/{booking.pk}/check-in/" in html


def test_staff_check_a_member_in_from_the_day_view(staff_client, desk):
    start = timezone.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=45)
    booking = BookingFactory(resource=desk, starts_at=start, ends_at=start + dt.timedelta(hours=2))

    response = staff_client.post(f"/en/staff/smart-hub/bookings/{booking.pk}/check-in/")

    assert response.status_code == 302
    assert response.url.startswith("/en/staff/smart-hub/?date=")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CHECKED_IN


def test_walk_in_booking_for_a_member(staff_client, staff, desk, other_booker):
    response = staff_client.post(
        "/en/staff/smart-hub/walk-in/",
        {
            "member_email": other_booker.email.upper(),
            "resource": desk.pk,
            "date": tomorrow().isoformat(),
            "start": "10:00",
            "end": "12:00",
        },
    )

    assert response.status_code == 302
    booking = Booking.objects.get()
    assert (booking.member, booking.created_by) == (other_booker, staff)


def test_walk_in_for_someone_who_may_not_book_is_refused(staff_client, desk):
    outsider = UserFactory()
    response = staff_client.post(
        "/en/staff/smart-hub/walk-in/",
        {
            "member_email": outsider.email,
            "resource": desk.pk,
            "date": tomorrow().isoformat(),
            "start": "10:00",
            "end": "12:00",
        },
    )
    assert response.status_code == 400
    assert "Only approved Smart Udon Maker members" in response.content.decode()
    assert not Booking.objects.exists()


def test_walk_in_with_an_unknown_email_saves_nothing(staff_client, desk):
    response = staff_client.post(
        "/en/staff/smart-hub/walk-in/",
        {"member_email": "nobody@example.com", "resource": desk.pk, "date": tomorrow()},
    )
    assert response.status_code == 400
    assert "No account uses this email address." in response.content.decode()
    assert not Booking.objects.exists()


def test_staff_add_and_edit_a_resource(staff_client, hub):
    response = staff_client.post(
        "/en/staff/smart-hub/resources/new/",
        {
            "kind": ResourceKind.PHONE_BOOTH,
            "name_th": "ห้องโทรศัพท์ 2",
            "name_en": "Phone booth 2",
            "capacity": 1,
            "position": 5,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    resource = Resource.objects.get(name_en="Phone booth 2")
    assert resource.space == hub

    staff_client.post(
        f"/en/staff/smart-hub/resources/{resource.pk}/",
        {"kind": resource.kind, "name_th": "ห้องโทรศัพท์ 2", "name_en": "Booth 2", "capacity": 1,
         "position": 5},
    )  # fmt: skip
    resource.refresh_from_db()
    assert (resource.name_en, resource.is_active) == ("Booth 2", False)


def test_resource_form_with_bad_input_saves_nothing(staff_client):
    response = staff_client.post(
        "/en/staff/smart-hub/resources/new/", {"kind": "spaceship", "capacity": 0}
    )
    assert response.status_code == 400
    assert not Resource.objects.exists()


def test_staff_change_opening_hours(staff_client, hub):
    rows = list(OpeningHours.objects.filter(space=hub).order_by("weekday"))
    data = {"form-TOTAL_FORMS": 8, "form-INITIAL_FORMS": 7, "form-MIN_NUM_FORMS": 0,
            "form-MAX_NUM_FORMS": 7}  # fmt: skip
    for i, row in enumerate(rows):
        data |= {f"form-{i}-id": row.pk, f"form-{i}-weekday": row.weekday,
                 f"form-{i}-opens_at": "09:00", f"form-{i}-closes_at": "17:00"}  # fmt: skip
    data["form-6-DELETE"] = "on"

    response = staff_client.post("/en/staff/smart-hub/hours/", data)

    assert response.status_code == 302
    assert list(OpeningHours.objects.values_list("weekday", "opens_at")) == [
        (d, dt.time(9)) for d in range(6)
    ]


def test_opening_hours_closing_before_opening_saves_nothing(staff_client, hub):
    row = OpeningHours.objects.get(space=hub, weekday=0)
    data = {"form-TOTAL_FORMS": 1, "form-INITIAL_FORMS": 1, "form-MIN_NUM_FORMS": 0,
            "form-MAX_NUM_FORMS": 7, "form-0-id": row.pk, "form-0-weekday": 0,
            "form-0-opens_at": "18:00", "form-0-closes_at": "09:00"}  # fmt: skip

    response = staff_client.post("/en/staff/smart-hub/hours/", data)

    assert response.status_code == 400
    assert "Closing time must be after opening time." in response.content.decode()
    row.refresh_from_db()
    assert row.opens_at == dt.time(8)


def test_staff_add_edit_and_remove_a_closed_day(staff_client, hub):
    staff_client.post(
        "/en/staff/smart-hub/closed-days/",
        {"date": tomorrow().isoformat(), "reason_th": "ปิดปรับปรุง", "reason_en": "Maintenance"},
    )
    closed = ClosedDay.objects.get()
    assert (closed.date, closed.reason_en) == (tomorrow(), "Maintenance")

    duplicate = staff_client.post(
        "/en/staff/smart-hub/closed-days/", {"date": tomorrow().isoformat(), "reason_th": "ซ้ำ"}
    )
    assert "This day is already closed." in duplicate.content.decode()

    staff_client.post(
        f"/en/staff/smart-hub/closed-days/{closed.pk}/",
        {"date": tomorrow().isoformat(), "reason_th": "ปิดซ่อมแอร์", "reason_en": "Air con repair"},
    )
    closed.refresh_from_db()
    assert closed.reason_en == "Air con repair"

    staff_client.post(f"/en/staff/smart-hub/closed-days/{closed.pk}/delete/")
    assert not ClosedDay.objects.exists()


def test_thai_public_holidays_load_as_editable_closed_days_once(staff_client, hub):
    staff_client.post("/en/staff/smart-hub/closed-days/load-holidays/")
    count = ClosedDay.objects.count()
    songkran = ClosedDay.objects.get(date=dt.date(TODAY.year, 4, 13))

    assert count >= 40
    assert songkran.is_public_holiday and "สงกรานต์" in songkran.reason_th
    assert "Songkran" in songkran.reason_en

    songkran.reason_en = "Songkran (edited)"
    songkran.save()
    staff_client.post("/en/staff/smart-hub/closed-days/load-holidays/")
    assert ClosedDay.objects.count() == count
    songkran.refresh_from_db()
    assert songkran.reason_en == "Songkran (edited)"


def test_occupancy_report_gives_utilisation_peak_hours_and_no_show_rate(staff_client, desk):
    monday = TODAY - dt.timedelta(days=TODAY.weekday() + 7)
    BookingFactory(resource=desk, starts_at=at(monday, 8), ends_at=at(monday, 20),
                   status=BookingStatus.CHECKED_IN)  # fmt: skip
    BookingFactory(resource=desk, starts_at=at(monday + dt.timedelta(days=1), 9),
                   status=BookingStatus.NO_SHOW)  # fmt: skip

    response = staff_client.get(f"/en/staff/smart-hub/report/?start={monday}")

    report = response.context
    # 12 booked hours of 7 x 12 open hours in that week.
    assert report["rows"][0]["weeks"][0] == round(100 * 12 / 84)
    assert report["no_show_rate"] == 50
    assert dict(report["peak_hours"])[8] == 1
    html = response.content.decode()
    assert '<svg class="chart"' in html and "<title" in html


def test_occupancy_csv_export(staff_client, desk):
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    BookingFactory(resource=desk, starts_at=at(monday, 8), ends_at=at(monday, 20))

    response = staff_client.get(f"/en/staff/smart-hub/report.csv?start={monday}")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Resource,Week of")
    assert lines[1] == f"Desk 3,{round(100 * 12 / 84)}%,0%,0%,0%"


def test_staff_edit_the_smart_hub_name_and_address(staff_client, hub):
    response = staff_client.post(
        "/en/staff/smart-hub/space/",
        {"name_th": "สมาร์ทฮับ", "name_en": "Smart Hub", "address": "322/19 Prachak Sinlapakhom Rd."},
    )
    assert response.status_code == 302
    hub.refresh_from_db()
    assert hub.address == "322/19 Prachak Sinlapakhom Rd."


def test_space_form_without_a_name_saves_nothing(staff_client, hub):
    response = staff_client.post("/en/staff/smart-hub/space/", {"name_th": "", "address": ""})
    assert response.status_code == 400
    hub.refresh_from_db()
    assert hub.name_en == "Smart Hub Udon Thani"
