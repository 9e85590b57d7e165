"""Every events URL for anonymous, user, attendee, co-organiser and staff."""

import pytest

from tests.factories import DepaStaffFactory, UserFactory
from tests.factories.events import EventFactory, IdeaFactory, RSVPFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "user", "attendee", "co_organiser", "staff"]


@pytest.fixture
def world():
    event = EventFactory(slug="open-brainstorm")
    attendee = RSVPFactory(event=event).user
    co_organiser = UserFactory()
    event.co_organisers.add(co_organiser)
    idea = IdeaFactory(event=event)
    rsvp = event.rsvps.get(user=attendee)
    return {
        "event": event,
        "idea": idea,
        "rsvp": rsvp,
        "people": {
            "anonymous": None,
            "user": UserFactory(),
            "attendee": attendee,
            "co_organiser": co_organiser,
            "staff": DepaStaffFactory(),
        },
    }


def _status(client, world, role, method, path):
    person = world["people"][role]
    if person:
        client.force_login(person)
    path = path.format(
        slug=world["event"].slug,
        token=world["rsvp"].ticket_token,
        rsvp=world["rsvp"].pk,
        idea=world["idea"].pk,
        co=world["people"]["co_organiser"].pk,
    )
    response = getattr(client, method)(path)
    if response.status_code == 302 and "/accounts/login/" in response.url:
        return "login"
    return response.status_code


# (method, path, expected per role in ROLES order)
MATRIX = [
    ("get", "/events/", [200, 200, 200, 200, 200]),
    ("get", "/events/feed.ics", [200, 200, 200, 200, 200]),
    ("get", "/events/{slug}/", [200, 200, 200, 200, 200]),
    ("get", "/events/{slug}/calendar.ics", [200, 200, 200, 200, 200]),
    ("get", "/events/{slug}/ticket/", ["login", 404, 200, 404, 404]),
    ("post", "/events/{slug}/rsvp/", ["login", 302, 302, 302, 302]),
    ("post", "/events/{slug}/rsvp/cancel/", ["login", 302, 302, 302, 302]),
    ("post", "/events/{slug}/ideas/{idea}/vote/", ["login", 302, 302, 302, 302]),
    # Only the idea's author (none of these roles) may start a startup from it; POST only.
    ("post", "/events/{slug}/ideas/{idea}/startup/", ["login", 404, 404, 404, 404]),
    ("get", "/events/{slug}/ideas/{idea}/startup/", ["login", 405, 405, 405, 405]),
    # An empty idea: the form comes back with errors for everyone signed in.
    ("post", "/events/{slug}/ideas/", ["login", 400, 400, 400, 400]),
    ("get", "/staff/events/", ["login", 403, 403, 403, 200]),
    ("get", "/staff/events/new/", ["login", 403, 403, 403, 200]),
    ("get", "/staff/events/{slug}/", ["login", 403, 403, 200, 200]),
    ("get", "/staff/events/{slug}/edit/", ["login", 403, 403, 403, 200]),
    ("post", "/staff/events/{slug}/publish/", ["login", 403, 403, 403, 302]),
    ("get", "/staff/events/{slug}/cancel/", ["login", 403, 403, 403, 200]),
    ("post", "/staff/events/{slug}/duplicate/", ["login", 403, 403, 403, 302]),
    ("post", "/staff/events/{slug}/co-organisers/", ["login", 403, 403, 403, 302]),
    ("post", "/staff/events/{slug}/co-organisers/{co}/remove/", ["login", 403, 403, 403, 302]),
    ("get", "/staff/events/{slug}/attendees/", ["login", 403, 403, 200, 200]),
    ("post", "/staff/events/{slug}/attendees/{rsvp}/check-in/", ["login", 403, 403, 302, 302]),
    ("get", "/staff/events/{slug}/check-in/{token}/", ["login", 403, 403, 200, 200]),
    ("post", "/staff/events/{slug}/ideas/{idea}/status/", ["login", 403, 403, 302, 302]),
]


@pytest.mark.parametrize(("method", "path", "expected"), MATRIX)
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, world, role, method, path, expected):
    assert _status(client, world, role, method, path) == expected[ROLES.index(role)]


def test_staff_pages_of_a_missing_event_are_not_found(client, staff):
    client.force_login(staff)

    assert client.get("/staff/events/no-such-event/").status_code == 404
    assert client.get("/staff/events/no-such-event/edit/").status_code == 404


def test_co_organiser_of_another_event_cannot_open_this_ones_attendees(client):
    other = EventFactory()
    person = UserFactory()
    other.co_organisers.add(person)
    client.force_login(person)

    assert client.get(f"/staff/events/{EventFactory().slug}/attendees/").status_code == 403
