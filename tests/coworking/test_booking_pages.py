"""The member's journey through the pages: grid, book, my bookings, cancel, check-in."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone

from coworking.enums import BookingStatus
from coworking.models import Booking
from tests.factories import BookingFactory
from tests.factories.coworking import at, tomorrow

pytestmark = pytest.mark.django_db


def grid_url(day):
    return f"/en/smart-hub/?date={day.isoformat()}"


def post_booking(client, resource, day, start="09:00", end="12:00"):
    return client.post(
        "/en/smart-hub/book/",
        {"resource": resource.pk, "date": day.isoformat(), "start": start, "end": end},
    )


def test_grid_shows_free_slots_as_labelled_links_for_someone_who_may_book(client, booker, desk):
    client.force_login(booker)
    html = client.get(f"/smart-hub/?date={tomorrow().isoformat()}").content.decode()

    assert 'aria-label="จองโต๊ะ 3 เวลา 09:00-09:30"' in html
    assert "start=09:00" in html


def test_grid_shows_taken_slots_without_the_members_name(client, desk):
    booking = BookingFactory(resource=desk, starts_at=at(tomorrow(), 9))
    html = client.get(grid_url(tomorrow())).content.decode()

    assert "Taken" in html
    assert booking.member.name not in html
    assert booking.member.email not in html


def test_anonymous_visitors_see_availability_and_an_invitation_to_sign_in(client, desk):
    html = client.get(grid_url(tomorrow())).content.decode()

    assert "Free" in html
    assert "/en/smart-hub/book/" not in html
    assert "Sign in" in html


def test_date_picker_is_limited_to_the_booking_window(client, desk):
    far = timezone.localdate() + dt.timedelta(days=40)
    response = client.get(grid_url(far))
    last = timezone.localdate() + dt.timedelta(days=14)

    assert response.context["date"] == last
    assert f'max="{last.isoformat()}"' in response.content.decode()
    assert response.context["next_date"] is None


def test_book_from_the_grid_then_see_it_in_my_bookings_with_a_confirmation_mail(
    client, booker, desk, django_capture_on_commit_callbacks
):
    client.force_login(booker)
    form = client.get(f"/en/smart-hub/book/?resource={desk.pk}&date={tomorrow()}&start=09:00")
    assert form.context["form"].initial["end"] == "10:00"

    with django_capture_on_commit_callbacks(execute=True):
        response = post_booking(client, desk, tomorrow())

    booking = Booking.objects.get()
    assert response.status_code == 302
    assert response.url == f"/en/smart-hub/my-bookings/#booking-{booking.pk}"
    assert (booking.starts_at, booking.ends_at) == (at(tomorrow(), 9), at(tomorrow(), 12))
    page = client.get("/en/smart-hub/my-bookings/").content.decode()
    assert "Desk 3" in page and "09:00-12:00" in page
    [message] = mail.outbox
    assert message.to == [booker.email]
    [(filename, ics, mimetype)] = message.attachments
    assert (filename, mimetype) == ("smart-hub-booking.ics", "text/calendar")
    ics = ics if isinstance(ics, str) else ics.decode()
    assert "BEGIN:VEVENT" in ics and "DTSTART;TZID=Asia/Bangkok:" in ics


def test_a_second_member_gets_a_friendly_message_for_a_taken_slot(
    client, booker, other_booker, desk
):
    BookingFactory(resource=desk, member=other_booker, starts_at=at(tomorrow(), 9))
    client.force_login(booker)

    response = post_booking(client, desk, tomorrow(), "09:00", "10:00")

    assert response.status_code == 400
    html = response.content.decode()
    assert "Sorry, Desk 3 was just taken for this time." in html
    assert "Nearest free slots" in html
    assert "11:00-12:00" in html
    assert Booking.objects.count() == 1


def test_bad_input_re_renders_the_form_and_saves_nothing(client, booker, desk):
    client.force_login(booker)
    for data in (
        {"resource": desk.pk, "date": "not-a-date", "start": "09:00", "end": "10:00"},
        {"resource": desk.pk, "date": tomorrow().isoformat(), "start": "10:00", "end": "09:00"},
        {"resource": desk.pk, "date": tomorrow().isoformat(), "start": "09:07", "end": "10:00"},
        {"resource": 999999, "date": tomorrow().isoformat(), "start": "09:00", "end": "10:00"},
        {"resource": desk.pk, "date": "2569-11-25", "start": "09:00", "end": "10:00"},
    ):
        response = client.post("/en/smart-hub/book/", data)
        assert response.status_code == 400
        assert "Please correct the following" in response.content.decode()
    assert Booking.objects.count() == 0


def test_booking_outside_hours_is_refused_on_the_page(client, booker, desk):
    client.force_login(booker)
    response = post_booking(client, desk, tomorrow(), "06:00", "09:00")
    assert "The Smart Hub is open from 08:00 to 20:00 on that day." in response.content.decode()
    assert Booking.objects.count() == 0


def test_cancel_frees_the_slot_on_the_grid(client, booker, desk):
    booking = BookingFactory(resource=desk, member=booker, starts_at=at(tomorrow(), 9))
    client.force_login(booker)

    response = client.post(f"/en/smart-hub/bookings/{booking.pk}/cancel/", follow=True)

    assert "Booking cancelled." in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    html = client.get(f"/smart-hub/?date={tomorrow()}").content.decode()
    assert 'aria-label="จองโต๊ะ 3 เวลา 09:00-09:30"' in html


def test_another_members_booking_is_404(client, booker, other_booker, desk):
    booking = BookingFactory(resource=desk, member=other_booker)
    client.force_login(booker)

    assert client.post(f"/en/smart-hub/bookings/{booking.pk}/cancel/").status_code == 404
    assert client.post(f"/en/smart-hub/bookings/{booking.pk}/check-in/").status_code == 404
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED


def test_get_never_cancels_or_checks_in(client, booker, desk):
    booking = BookingFactory(resource=desk, member=booker)
    client.force_login(booker)

    assert client.get(f"/en/smart-hub/bookings/{booking.pk}/cancel/").status_code == 405
    assert client.get(f"/en/smart-hub/bookings/{booking.pk}/check-in/").status_code == 405
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED


def test_check_in_from_my_bookings_inside_the_window(client, booker, desk):
    start = timezone.now().replace(second=0, microsecond=0) + dt.timedelta(minutes=10)
    booking = BookingFactory(resource=desk, member=booker, starts_at=start)
    client.force_login(booker)

    response = client.post(f"/en/smart-hub/bookings/{booking.pk}/check-in/", follow=True)

    assert "Checked in." in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CHECKED_IN


def test_my_bookings_offers_check_in_only_inside_the_window(client, booker, desk):
    soon = timezone.now().replace(second=0, microsecond=0) + dt.timedelta(minutes=10)
    now_booking = BookingFactory(resource=desk, member=booker, starts_at=soon)
    later = BookingFactory(resource=desk, member=booker, starts_at=at(tomorrow(), 15))
    client.force_login(booker)

    html = client.get("/en/smart-hub/my-bookings/").content.decode()

    assert f"/en/smart-hub/bookings/{now_booking.pk}/check-in/" in html
    assert f"/en/smart-hub/bookings/{later.pk}/check-in/" not in html
    assert "Check in from 14:45 on the day." in html


def test_check_in_too_early_is_refused_with_the_window(client, booker, desk):
    booking = BookingFactory(resource=desk, member=booker, starts_at=at(tomorrow(), 9))
    client.force_login(booker)

    response = client.post(f"/en/smart-hub/bookings/{booking.pk}/check-in/", follow=True)

    assert "Check-in is open from 08:45 to 09:30." in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED


def test_my_bookings_lists_upcoming_and_past(client, booker, desk):
    BookingFactory(resource=desk, member=booker, starts_at=at(tomorrow(), 9))
    BookingFactory(
        resource=desk,
        member=booker,
        starts_at=at(timezone.localdate() - dt.timedelta(days=3), 9),
        status=BookingStatus.CHECKED_IN,
    )
    client.force_login(booker)
    response = client.get("/en/smart-hub/my-bookings/")

    assert len(response.context["upcoming"]) == 1
    assert len(response.context["past"]) == 1
    assert re.search(r"Checked in", response.content.decode())
