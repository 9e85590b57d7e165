"""A person's page links what they do in the ecosystem: startups, events and the Smart Hub."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from coworking.enums import BookingStatus
from events.enums import RSVPStatus
from startups.enums import Status
from tests.factories import DepaStaffFactory, UserFactory, member
from tests.factories.coworking import BookingFactory, ResourceFactory, SpaceFactory, at, tomorrow
from tests.factories.events import EventFactory, RSVPFactory
from tests.factories.startups import StartupFactory

pytestmark = pytest.mark.django_db


def _past_event(days=7, **kwargs):
    start = timezone.now() - dt.timedelta(days=days)
    return EventFactory(starts_at=start, ends_at=start + dt.timedelta(hours=2), **kwargs)


def _page(client, person):
    return client.get(f"/en/members/{person.pk}/").content.decode()


@pytest.fixture
def person():
    """A public approved member who went to one brainstorm and has plans at the hub."""
    person = member(display_name="Somchai Maker")
    RSVPFactory(user=person, event=_past_event(title_en="Smart farming brainstorm"),
                checked_in_at=timezone.now() - dt.timedelta(days=7))  # fmt: skip
    RSVPFactory(user=person, event=_past_event(title_en="Skipped workshop"))
    RSVPFactory(user=person, event=EventFactory(title_en="Pitch night"))
    RSVPFactory(user=person, event=EventFactory(title_en="Full meetup"),
                status=RSVPStatus.WAITLISTED)  # fmt: skip
    RSVPFactory(user=person, event=EventFactory(title_en="Cancelled RSVP"),
                status=RSVPStatus.CANCELLED)  # fmt: skip
    desk = ResourceFactory(space=SpaceFactory(), name_en="Hot desk 7")
    BookingFactory(member=person, resource=desk, starts_at=at(tomorrow(), 9),
                   ends_at=at(tomorrow(), 12))  # fmt: skip
    BookingFactory(member=person, resource=desk, starts_at=at(tomorrow(), 14),
                   ends_at=at(tomorrow(), 15), status=BookingStatus.CANCELLED)  # fmt: skip
    return person


def test_everyone_who_may_see_the_page_sees_the_events_attended(client, person):
    html = _page(client, person)

    assert "Events attended" in html
    assert "Smart farming brainstorm" in html
    assert "Skipped workshop" not in html


def test_the_public_does_not_see_upcoming_rsvps_or_bookings(client, person):
    client.force_login(member())
    html = _page(client, person)

    assert "Upcoming events" not in html
    assert "Pitch night" not in html
    assert "Upcoming Smart Hub bookings" not in html
    assert "Hot desk 7" not in html


def test_the_person_sees_their_upcoming_rsvps_with_status_and_their_bookings(client, person):
    client.force_login(person)
    html = _page(client, person)

    assert "Upcoming events" in html
    assert html.index("Pitch night") < html.index("Full meetup")
    assert "On the waitlist" in html
    assert "Cancelled RSVP" not in html
    assert "Upcoming Smart Hub bookings" in html
    assert html.count("Hot desk 7") == 1  # the cancelled booking is not listed
    assert "09:00-12:00" in html
    assert 'href="/en/smart-hub/my-bookings/"' in html


def test_staff_see_the_persons_plans_but_no_link_to_their_own_bookings(client, person):
    client.force_login(DepaStaffFactory())
    html = _page(client, person)

    assert "Pitch night" in html
    assert "Hot desk 7" in html
    assert 'href="/en/smart-hub/my-bookings/"' not in html


def test_sections_without_data_are_left_out(client):
    newcomer = member()
    client.force_login(newcomer)
    html = _page(client, newcomer)

    for title in ("Events attended", "Upcoming events", "Upcoming Smart Hub bookings", "Startups"):
        assert f">{title}</h2>" not in html


def test_startups_section_shows_only_approved_startups_to_the_public(client, person):
    StartupFactory(name_en="Mekong Farm", status=Status.APPROVED, founder=person)
    StartupFactory(name_en="Secret Draft", status=Status.DRAFT, founder=person)

    html = _page(client, person)

    assert ">Startups</h2>" in html
    assert "Mekong Farm" in html
    assert "Secret Draft" not in html


def _add_rows(person, n):
    desk = ResourceFactory(space=SpaceFactory())
    for i in range(n):
        RSVPFactory(user=person, event=_past_event(days=10 + i), checked_in_at=timezone.now())
        RSVPFactory(user=person, event=EventFactory())
        day = tomorrow() + dt.timedelta(days=i)
        BookingFactory(member=person, resource=desk, starts_at=at(day, 8), ends_at=at(day, 9))
        StartupFactory(status=Status.APPROVED, founder=person)


def test_person_page_query_count_is_the_same_for_one_and_many_rows(client):
    person = member()
    _add_rows(person, 1)
    client.force_login(person)
    client.get(f"/en/members/{person.pk}/")
    with CaptureQueriesContext(connection) as one:
        assert client.get(f"/en/members/{person.pk}/").status_code == 200
    _add_rows(person, 8)
    with CaptureQueriesContext(connection) as many:
        html = _page(client, person)
    for key in ("startups", "events-attended", "events-upcoming", "bookings-upcoming"):
        assert f'id="section-{key}"' in html
    assert len(many.captured_queries) == len(one.captured_queries)


def test_a_private_profile_stays_hidden_whatever_it_holds(client, person):
    person.profile.is_public = False
    person.profile.save()
    client.force_login(UserFactory())

    assert client.get(f"/en/members/{person.pk}/").status_code == 404
