"""A person downloads everything the portal holds about them, then deletes their account.

One journey through the real views, across members, startups, events and the Smart Hub.
"""

import datetime as dt
import json

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from coworking.enums import BookingStatus
from coworking.models import Booking
from events.enums import RSVPStatus
from events.models import RSVP
from startups.enums import FOUNDER_ROLES, Status, TeamRole
from startups.models import StartupMembership
from tests.factories import member
from tests.factories.coworking import ResourceFactory, SpaceFactory, at, tomorrow
from tests.factories.events import EventFactory, RSVPFactory
from tests.factories.members import PASSWORD
from tests.factories.startups import StartupFactory, TeamMembershipFactory

pytestmark = pytest.mark.django_db


def _sign_in(client, email):
    return client.post("/en/accounts/login/", {"login": email, "password": PASSWORD})


def _book(client, desk, start="09:00", end="12:00"):
    return client.post(
        "/en/smart-hub/book/",
        {"resource": desk.pk, "date": tomorrow().isoformat(), "start": start, "end": end},
    )


def test_person_downloads_their_data_then_deletes_the_account_and_every_app_lets_go(
    client, django_capture_on_commit_callbacks
):
    # Ploy founded one startup alone and co-founded another with Niran.
    ploy = member(email="ploy@example.com", display_name="Ploy Leaving", skills=["iot"])
    solo = StartupFactory(name_en="Solo Labs", status=Status.APPROVED, founder=ploy)
    niran = member(display_name="Niran Stays")
    shared = StartupFactory(name_en="Twin Labs", status=Status.APPROVED, founder=niran)
    TeamMembershipFactory(startup=shared, user=ploy, role=TeamRole.CO_FOUNDER)
    # She went to last month's brainstorm; one other person did too.
    past = EventFactory(
        title_en="Last month's brainstorm",
        starts_at=timezone.now() - dt.timedelta(days=30),
        ends_at=timezone.now() - dt.timedelta(days=30, hours=-2),
    )
    RSVPFactory(event=past, user=ploy, checked_in_at=timezone.now() - dt.timedelta(days=30))
    RSVPFactory(event=past, checked_in_at=timezone.now() - dt.timedelta(days=30))
    # A one-seat pitch night: Ploy takes the seat, Kwan waits behind her.
    pitch = EventFactory(title_en="Pitch night", capacity=1)
    kwan = member(email="kwan@example.com", display_name="Kwan Waiting")
    desk = ResourceFactory(space=SpaceFactory(), name_en="Hot desk 7")

    assert _sign_in(client, "ploy@example.com").status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/events/{pitch.slug}/rsvp/")
        assert _book(client, desk).status_code == 302
    kwan_client = Client()
    kwan_client.force_login(kwan)
    kwan_client.post(f"/en/events/{pitch.slug}/rsvp/")
    assert RSVP.objects.get(event=pitch, user=ploy).status == RSVPStatus.CONFIRMED
    assert RSVP.objects.get(event=pitch, user=kwan).status == RSVPStatus.WAITLISTED
    booking = Booking.objects.get(member=ploy)

    # Download my data: one JSON file with a section from every app.
    response = client.get("/en/members/settings/my-data.json")
    data = json.loads(response.content)
    assert response["Content-Type"] == "application/json"
    assert data["account"]["email"] == "ploy@example.com"
    assert data["profile"]["skills"] == ["iot"]
    assert data["membership"]["status"] == "approved"
    assert {r["slug"]: r["role"] for r in data["startups"]["roles"]} == {
        solo.slug: TeamRole.FOUNDER,
        shared.slug: TeamRole.CO_FOUNDER,
    }
    assert {r["event_slug"]: r["status"] for r in data["events"]["rsvps"]} == {
        past.slug: RSVPStatus.CONFIRMED,
        pitch.slug: RSVPStatus.CONFIRMED,
    }
    assert data["events"]["attended"] == [past.slug]
    [exported_booking] = data["bookings"]
    assert (exported_booking["resource"], exported_booking["status"]) == ("Hot desk 7", "confirmed")

    # Delete my account, confirmed with the password.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/members/settings/delete/", {"password": PASSWORD})
    assert response.status_code == 302

    # Kwan moves up from the waitlist and hears about it.
    assert RSVP.objects.get(event=pitch, user=kwan).status == RSVPStatus.CONFIRMED
    assert [m.to for m in mail.outbox] == [["kwan@example.com"]]
    # The desk is free again: another member books the very same slot.
    booking.refresh_from_db()
    assert (booking.status, booking.member_id) == (BookingStatus.CANCELLED, None)
    with django_capture_on_commit_callbacks(execute=True):
        assert _book(kwan_client, desk).status_code == 302
    assert Booking.objects.get(member=kwan).starts_at == at(tomorrow(), 9)
    # Her own startup is archived; the shared one stays public with Niran as its founder.
    solo.refresh_from_db()
    shared.refresh_from_db()
    assert solo.status == Status.ARCHIVED
    assert shared.status == Status.APPROVED
    assert list(
        StartupMembership.objects.filter(startup=shared, role__in=FOUNDER_ROLES).values_list(
            "user", flat=True
        )
    ) == [niran.pk]
    assert not StartupMembership.objects.filter(email="ploy@example.com").exists()
    # Last month's turnout still counts her, without her name.
    assert RSVP.objects.filter(event=past, checked_in_at__isnull=False).count() == 2
    assert not RSVP.objects.filter(user=ploy).exists()
    assert "2 people attended" in Client().get(f"/en/events/{past.slug}/").content.decode()
    # Signed out, and her password no longer opens the account.
    assert "_auth_user_id" not in client.session
    fresh = Client()
    assert _sign_in(fresh, "ploy@example.com").status_code == 200
    assert "_auth_user_id" not in fresh.session
    assert client.get(f"/en/members/{ploy.pk}/").status_code == 404
