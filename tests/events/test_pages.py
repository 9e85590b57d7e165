"""The public calendar, the event page, ICS files and the home page's next events."""

import datetime
import json
import re

import pytest
from django.utils import timezone
from icalendar import Calendar

from events.enums import EventKind, EventStatus
from tests.factories import UserFactory
from tests.factories.events import EventFactory, IdeaFactory, RSVPFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _at(days, hour=18):
    day = timezone.localtime() + datetime.timedelta(days=days)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


def test_calendar_lists_upcoming_published_events_soonest_first(client):
    later = EventFactory(title_en="Later", starts_at=_at(10), ends_at=_at(10, 20))
    sooner = EventFactory(title_en="Sooner", starts_at=_at(2), ends_at=_at(2, 20))
    EventFactory(title_en="Draft", status=EventStatus.DRAFT)
    EventFactory(title_en="Past", starts_at=_at(-5), ends_at=_at(-5, 20))

    html = client.get("/en/events/").content.decode()

    titles = re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)
    assert titles == [sooner.title_en, later.title_en]


def test_past_tab_shows_past_events_most_recent_first(client):
    EventFactory(title_en="Long ago", starts_at=_at(-30), ends_at=_at(-30, 20))
    EventFactory(title_en="Last week", starts_at=_at(-7), ends_at=_at(-7, 20))
    EventFactory(title_en="Next week")

    html = client.get("/en/events/?when=past").content.decode()

    assert re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html) == ["Last week", "Long ago"]


def test_calendar_filters_by_kind_topic_and_month(client):
    ai = TopicFactory(slug="ai", name_en="AI")
    workshop = EventFactory(
        title_en="AI workshop", kind=EventKind.WORKSHOP, starts_at=_at(40), ends_at=_at(40, 20)
    )
    workshop.topics.add(ai)
    EventFactory(title_en="Idea jam", starts_at=_at(40), ends_at=_at(40, 20))
    EventFactory(
        title_en="Other month workshop",
        kind=EventKind.WORKSHOP,
        starts_at=_at(80),
        ends_at=_at(80, 20),
    )
    month = f"{_at(40):%Y-%m}"

    by_kind = client.get(f"/en/events/?kind=workshop&month={month}").content.decode()
    by_topic = client.get("/en/events/?topic=ai").content.decode()

    assert "AI workshop" in by_kind and "Idea jam" not in by_kind and "Other month" not in by_kind
    assert "AI workshop" in by_topic and "Idea jam" not in by_topic


def test_calendar_with_bad_filters_shows_all_events_and_no_error_page(client):
    EventFactory(title_en="Still listed")

    response = client.get("/en/events/?kind=nonsense&month=2026-13&page=abc")

    assert response.status_code == 200
    assert "Still listed" in response.content.decode()


def test_calendar_paginates_twenty_per_page(client):
    for day in range(1, 23):
        EventFactory(starts_at=_at(day), ends_at=_at(day, 20))

    first = client.get("/en/events/").content.decode()
    second = client.get("/en/events/?page=2").content.decode()

    assert first.count('class="event-item"') == 20
    assert second.count('class="event-item"') == 2


@pytest.mark.parametrize("rows", [1, 25])
def test_calendar_query_count_does_not_grow_with_rows(client, django_assert_max_num_queries, rows):
    topic = TopicFactory()
    for day in range(rows):
        EventFactory(starts_at=_at(day + 1), ends_at=_at(day + 1, 20)).topics.add(topic)

    with django_assert_max_num_queries(5):
        response = client.get("/events/")
    assert response.status_code == 200


def test_empty_calendar_says_what_to_do_next(client):
    html = client.get("/en/events/").content.decode()

    assert "No upcoming events match these filters yet." in html
    assert 'href="/en/events/feed.ics"' in html


def test_event_page_in_thai_shows_buddhist_era_dates_and_seats_left(client):
    event = EventFactory(
        title_th="ระดมสมองเมืองอัจฉริยะ",
        capacity=10,
        starts_at=timezone.make_aware(datetime.datetime(2030, 11, 24, 18, 0)),
        ends_at=timezone.make_aware(datetime.datetime(2030, 11, 24, 21, 0)),
    )
    RSVPFactory.create_batch(3, event=event)

    html = client.get(f"/events/{event.slug}/").content.decode()

    assert "<h1>ระดมสมองเมืองอัจฉริยะ</h1>" in html
    assert "24 พฤศจิกายน 2573 เวลา 18:00 น." in html
    assert "เหลือ 7 ที่นั่ง" in html


def test_event_page_has_schema_org_event_json_ld_and_open_graph(client):
    event = EventFactory(title_en="Pitch night </script>")

    html = client.get(f"/en/events/{event.slug}/").content.decode()

    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "Event" and data["name"] == "Pitch night </script>"
    assert data["startDate"] == timezone.localtime(event.starts_at).isoformat()
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert '<meta property="og:title" content="Pitch night &lt;/script&gt;">' in html


def test_online_link_is_shown_only_to_confirmed_attendees(client):
    event = EventFactory(venue_kind="online", online_url="https://meet.example/secret-room")
    attendee, waiting = RSVPFactory(event=event), RSVPFactory(event=event, status="waitlisted")

    assert "secret-room" not in client.get(event.get_absolute_url()).content.decode()
    client.force_login(waiting.user)
    assert "secret-room" not in client.get(event.get_absolute_url()).content.decode()
    assert "secret-room" not in client.get(f"/events/{event.slug}/calendar.ics").content.decode()
    client.force_login(attendee.user)
    assert "secret-room" in client.get(event.get_absolute_url()).content.decode()
    assert "secret-room" in client.get(f"/events/{event.slug}/calendar.ics").content.decode()


def test_draft_event_page_is_not_found(client):
    assert client.get(f"/events/{EventFactory(status='draft').slug}/").status_code == 404


def test_cancelled_event_page_says_so_and_offers_no_rsvp(client, user):
    event = EventFactory(status="cancelled", cancellation_message="Venue flooded")
    client.force_login(user)

    html = client.get(f"/en/events/{event.slug}/").content.decode()

    assert "This event is cancelled." in html and "Venue flooded" in html
    assert "Reserve a seat" not in html


def test_event_ics_parses_back_with_a_stable_uid_and_the_sequence(client):
    event = EventFactory(title_en="Workshop", sequence=2)

    response = client.get(f"/en/events/{event.slug}/calendar.ics")
    again = client.get(f"/en/events/{event.slug}/calendar.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["UID"] == f"event-{event.pk}@smartudon.example"
    assert vevent["SEQUENCE"] == 2 and vevent["STATUS"] == "CONFIRMED"
    assert vevent.decoded("DTSTART") == event.starts_at and vevent.decoded("DTEND") == event.ends_at
    assert str(vevent["SUMMARY"]) == "Workshop"
    assert Calendar.from_ical(again.content).walk("VEVENT")[0]["UID"] == vevent["UID"]


def test_feed_lists_upcoming_public_events_marks_cancelled_and_filters_by_kind(client):
    brainstorm = EventFactory()
    cancelled = EventFactory(status="cancelled", kind=EventKind.WORKSHOP)
    EventFactory(status="draft")
    EventFactory(starts_at=_at(-3), ends_at=_at(-3, 20))

    everything = Calendar.from_ical(client.get("/events/feed.ics").content).walk("VEVENT")
    workshops = Calendar.from_ical(client.get("/events/feed.ics?kind=workshop").content).walk(
        "VEVENT"
    )

    statuses = {str(v["UID"]): str(v["STATUS"]) for v in everything}
    assert statuses == {brainstorm.ical_uid: "CONFIRMED", cancelled.ical_uid: "CANCELLED"}
    assert [str(v["UID"]) for v in workshops] == [cancelled.ical_uid]


def test_google_calendar_link_carries_the_utc_times(client):
    event = EventFactory(
        starts_at=timezone.make_aware(datetime.datetime(2030, 1, 5, 18, 0)),
        ends_at=timezone.make_aware(datetime.datetime(2030, 1, 5, 20, 0)),
    )

    html = client.get(f"/en/events/{event.slug}/").content.decode()

    assert "dates=20300105T110000Z%2F20300105T130000Z" in html


def test_home_shows_next_events_only_when_there_are_some(client):
    assert "Next events" not in client.get("/en/").content.decode()
    EventFactory(title_en="Open brainstorm")

    html = client.get("/en/").content.decode()

    assert "Next events" in html and "Open brainstorm" in html


def test_rsvp_from_the_event_page_confirms_and_shows_the_status(client, user):
    event = EventFactory(capacity=1)
    client.force_login(user)

    response = client.post(f"/en/events/{event.slug}/rsvp/", follow=True)

    html = response.content.decode()
    assert "You are confirmed." in html and "Show my ticket" in html
    assert event.rsvps.get().user == user


def test_rsvp_to_a_full_event_offers_the_waitlist(client, user):
    event = EventFactory(capacity=1)
    RSVPFactory(event=event)
    client.force_login(user)

    assert "Join the waitlist" in client.get(f"/en/events/{event.slug}/").content.decode()
    html = client.post(f"/en/events/{event.slug}/rsvp/", follow=True).content.decode()

    assert "you are on the waitlist" in html


def test_rsvp_pages_change_nothing_on_get(client, user):
    event = EventFactory()
    RSVPFactory(event=event, user=user)
    client.force_login(user)

    assert client.get(f"/events/{event.slug}/rsvp/").status_code == 405
    assert client.get(f"/events/{event.slug}/rsvp/cancel/").status_code == 405
    assert event.rsvps.get().status == "confirmed"


def test_ticket_shows_a_qr_code_svg_without_inline_style(client):
    rsvp = RSVPFactory()
    client.force_login(rsvp.user)

    html = client.get(f"/events/{rsvp.event.slug}/ticket/").content.decode()

    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html and 'class="ticket-qr"' in html
    assert "style=" not in html


def test_brainstorm_ideas_sort_by_votes(client):
    event = EventFactory()
    IdeaFactory(event=event, title="Few votes", vote_count=1)
    IdeaFactory(event=event, title="Most votes", vote_count=5)
    IdeaFactory(event=event, title="Removed", vote_count=9, status="removed")

    html = client.get(f"/en/events/{event.slug}/").content.decode()

    assert re.findall(r"<h3>(Few votes|Most votes|Removed)", html) == ["Most votes", "Few votes"]


def test_my_status_shows_on_the_event_page_for_a_waitlisted_person(client):
    rsvp = RSVPFactory(status="waitlisted", user=UserFactory())
    client.force_login(rsvp.user)

    html = client.get(f"/en/events/{rsvp.event.slug}/").content.decode()

    assert "You are on the waitlist." in html and "Cancel my RSVP" in html


@pytest.mark.parametrize("rows", [1, 20])
def test_event_page_query_count_does_not_grow_with_ideas_and_topics(
    client, django_assert_max_num_queries, rows
):
    event = EventFactory()
    rsvp = RSVPFactory(event=event)
    for _ in range(rows):
        event.topics.add(TopicFactory())
        IdeaFactory(event=event)
    client.force_login(rsvp.user)

    with django_assert_max_num_queries(9):
        response = client.get(f"/en/events/{event.slug}/")
    assert response.content.decode().count('class="card idea"') == rows


def test_past_event_page_shows_the_turnout(client):
    start = timezone.now() - datetime.timedelta(days=3)
    event = EventFactory(starts_at=start, ends_at=start + datetime.timedelta(hours=2), capacity=10)
    RSVPFactory.create_batch(2, event=event, checked_in_at=start)
    RSVPFactory(event=event)

    html = client.get(f"/en/events/{event.slug}/").content.decode()

    assert "2 people attended" in html and "RSVPs are closed for this event." in html
    assert "seats left" not in html


def test_staff_see_a_manage_link_on_the_calendar_and_others_do_not(client, user, staff):
    client.force_login(user)
    assert "/staff/events/" not in client.get("/en/events/").content.decode()
    client.force_login(staff)
    assert 'href="/en/staff/events/"' in client.get("/en/events/").content.decode()


def test_rsvp_after_the_start_is_refused_with_a_message_and_saves_nothing(client, user):
    start = timezone.now() - datetime.timedelta(minutes=5)
    event = EventFactory(starts_at=start, ends_at=start + datetime.timedelta(hours=2))
    client.force_login(user)

    html = client.post(f"/en/events/{event.slug}/rsvp/", follow=True).content.decode()

    assert "RSVPs for this event are closed." in html
    assert not event.rsvps.exists()


@pytest.mark.parametrize("rows", [1, 10])
def test_home_next_events_query_count_does_not_grow(client, django_assert_max_num_queries, rows):
    for day in range(rows):
        EventFactory(starts_at=_at(day + 1), ends_at=_at(day + 1, 20))

    # newest startups, next events, the Smart Hub (none here)
    with django_assert_max_num_queries(3):
        html = client.get("/en/").content.decode()
    assert html.count('class="event-item"') == min(rows, 3)
