"""The public API: same answers as the pages, nothing private, 4xx with reasons, flat queries."""

import datetime as dt

import pytest
from django.utils import timezone

from events.enums import EventStatus
from startups.enums import Sector, Status
from tests.factories import (
    ResourceFactory,
    SpaceFactory,
    StartupFactory,
    TeamMembershipFactory,
    member,
)
from tests.factories.events import EventFactory, RSVPFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_startups_filtered_by_sector_match_the_directory_page(client):
    for i in range(23):
        StartupFactory(name_en=f"Farm {i}", sector=Sector.AGRITECH, status=Status.APPROVED)
    StartupFactory(name_en="School", sector=Sector.EDTECH, status=Status.APPROVED)
    StartupFactory(name_en="Draft farm", sector=Sector.AGRITECH, status=Status.DRAFT)

    for page in (1, 2):
        html = client.get(f"/startups/?sector=agritech&page={page}")
        api = client.get(f"/api/v1/startups/?sector=agritech&page={page}").json()
        assert [s["slug"] for s in api["results"]] == [s.slug for s in html.context["startups"]]
    assert api["count"] == html.context["page_obj"].paginator.count == 23
    assert api["pages"] == 2 and api["next"] is None and "page=1" in api["previous"]


def test_startup_items_carry_thai_and_english_text(client):
    StartupFactory(
        name_th="ข้าวหอมดิจิทัล", name_en="Khao Hom Digital", slug="khao-hom",
        sector=Sector.AGRITECH, status=Status.APPROVED,
    )  # fmt: skip

    item = client.get("/api/v1/startups/").json()["results"][0]

    assert item["name_th"] == "ข้าวหอมดิจิทัล" and item["name_en"] == "Khao Hom Digital"
    assert item["sector"] == {"code": "agritech", "th": "เทคโนโลยีการเกษตร", "en": "Agritech"}
    assert item["url"] == "http://testserver/startups/khao-hom/"


def test_unapproved_startups_never_appear_in_the_api(client):
    StartupFactory(slug="public-one", status=Status.APPROVED)
    for status in (Status.DRAFT, Status.SUBMITTED, Status.CHANGES_REQUESTED, Status.REJECTED,
                   Status.ARCHIVED):  # fmt: skip
        StartupFactory(slug=f"hidden-{status}", status=status)
        assert client.get(f"/api/v1/startups/hidden-{status}/").status_code == 404

    listed = client.get("/api/v1/startups/?page=1").json()["results"]
    assert [s["slug"] for s in listed] == ["public-one"]


def test_startup_detail_lists_only_public_team_members_and_no_contact_email(client):
    startup = StartupFactory(
        slug="team-test", status=Status.APPROVED, contact_email="hello@team.example",
        founder=member(display_name="Public Founder", email="founder@secret.example"),
    )  # fmt: skip
    TeamMembershipFactory(startup=startup, user=member(display_name="Private", public=False))
    TeamMembershipFactory(startup=startup, user=member(display_name="Pending", status="pending"))

    response = client.get("/api/v1/startups/team-test/")

    assert [m["name"] for m in response.json()["team"]] == ["Public Founder"]
    assert "@" not in response.content.decode()


def test_events_api_lists_published_upcoming_and_past_but_never_drafts(client):
    EventFactory(slug="soon")
    EventFactory(slug="draft", status=EventStatus.DRAFT)
    past_start = timezone.now() - dt.timedelta(days=10)
    EventFactory(
        slug="last-month", starts_at=past_start, ends_at=past_start + dt.timedelta(hours=2)
    )

    upcoming = client.get("/api/v1/events/").json()["results"]
    past = client.get("/api/v1/events/?when=past").json()["results"]

    assert [e["slug"] for e in upcoming] == ["soon"]
    assert [e["slug"] for e in past] == ["last-month"]
    assert client.get("/api/v1/events/draft/").status_code == 404


def test_event_filters_match_the_calendar_and_hide_the_online_link(client):
    topic = TopicFactory(slug="iot")
    tagged = EventFactory(slug="iot-night", online_url="https://meet.example/secret")
    tagged.topics.add(topic)
    EventFactory(slug="other")

    html = client.get("/events/?topic=iot")
    api = client.get("/api/v1/events/?topic=iot")

    assert [e["slug"] for e in api.json()["results"]] == [e.slug for e in html.context["events"]]
    assert [e["slug"] for e in api.json()["results"]] == ["iot-night"]
    assert "meet.example" not in client.get("/api/v1/events/iot-night/").content.decode()


def test_members_api_shows_only_public_profiles_of_approved_members(client):
    shown = member(display_name="Nok Public", skills=["iot"], email="nok@secret.example")
    member(display_name="Private Person", public=False)
    member(display_name="Applicant", status="pending")
    member(display_name="Suspended", status="suspended")
    inactive = member(display_name="Gone")
    inactive.is_active = False
    inactive.save()

    response = client.get("/api/v1/members/")

    assert [m["name"] for m in response.json()["results"]] == ["Nok Public"]
    assert response.json()["results"][0]["skills"] == ["iot"]
    assert "secret.example" not in response.content.decode()
    assert client.get(f"/api/v1/members/{shown.pk}/").status_code == 200
    assert client.get(f"/api/v1/members/{inactive.pk}/").status_code == 404


def test_a_signed_in_person_sees_no_more_people_through_the_api(client):
    private = member(display_name="Private Self", public=False)
    client.force_login(private)

    assert client.get(f"/api/v1/members/{private.pk}/").status_code == 404
    assert client.get("/api/v1/members/").json()["count"] == 0


def test_member_filters_match_the_member_directory(client):
    member(display_name="Aom", skills=["python"], district="kumphawapi")
    member(display_name="Bee", skills=["design"])

    html = client.get("/members/?district=kumphawapi")
    api = client.get("/api/v1/members/?district=kumphawapi").json()

    assert [m["id"] for m in api["results"]] == [p.pk for p in html.context["page_obj"]]
    assert [m["name"] for m in api["results"]] == ["Aom"]


def test_smart_hub_api_gives_hours_and_active_resources(client):
    space = SpaceFactory()
    ResourceFactory(space=space, name_en="Desk A")
    ResourceFactory(space=space, name_en="Old desk", is_active=False)

    spaces = client.get("/api/v1/smart-hub/").json()

    assert spaces[0]["slug"] == "smart-hub"
    assert len(spaces[0]["opening_hours"]) == 7
    assert spaces[0]["opening_hours"][0]["weekday"]["en"] == "Monday"
    assert [r["name_en"] for r in spaces[0]["resources"]] == ["Desk A"]
    assert client.get("/api/v1/smart-hub/smart-hub/").json()["name_th"] == "สมาร์ทฮับ อุดรธานี"


@pytest.mark.parametrize(
    ("url", "status", "reason"),
    [
        ("/api/v1/startups/?sector=space-mining", 422, "sector"),
        ("/api/v1/startups/?page=0", 422, "page"),
        ("/api/v1/startups/?page=99999999999", 404, "does not exist"),
        ("/api/v1/startups/?sort=random", 422, "sort"),
        ("/api/v1/startups/no%20such%20slug!/", 422, "slug"),
        ("/api/v1/startups/unknown/", 404, "No approved startup"),
        ("/api/v1/events/?when=someday", 422, "when"),
        ("/api/v1/events/?month=2026-13", 422, "month"),
        ("/api/v1/events/?month=0000-01", 422, "month"),
        ("/api/v1/events/?topic=no-such-topic", 400, "topic"),
        ("/api/v1/members/abc/", 422, "member_id"),
    ],
)
def test_bad_input_gets_a_4xx_with_a_reason(client, url, status, reason):
    response = client.get(url)

    assert response.status_code == status
    assert reason in response.content.decode()


@pytest.mark.parametrize("rows", [1, 30])
def test_startup_list_query_count_does_not_grow_with_rows(
    client, django_assert_max_num_queries, rows
):
    StartupFactory.create_batch(rows, status=Status.APPROVED)
    with django_assert_max_num_queries(2):
        assert client.get("/api/v1/startups/").status_code == 200


@pytest.mark.parametrize("rows", [1, 30])
def test_event_list_query_count_does_not_grow_with_rows(
    client, django_assert_max_num_queries, rows
):
    topic = TopicFactory(slug="ai")
    for event in EventFactory.create_batch(rows):
        event.topics.add(topic)
        RSVPFactory(event=event)
    with django_assert_max_num_queries(3):
        assert client.get("/api/v1/events/").status_code == 200


@pytest.mark.parametrize("rows", [1, 30])
def test_member_list_query_count_does_not_grow_with_rows(
    client, django_assert_max_num_queries, rows
):
    for _ in range(rows):
        member(skills=["iot", "python"])
    with django_assert_max_num_queries(3):
        assert client.get("/api/v1/members/").status_code == 200


@pytest.mark.parametrize("rows", [1, 10])
def test_smart_hub_query_count_does_not_grow_with_rows(client, django_assert_max_num_queries, rows):
    ResourceFactory.create_batch(rows, space=SpaceFactory())
    with django_assert_max_num_queries(4):
        assert client.get("/api/v1/smart-hub/").status_code == 200


@pytest.mark.parametrize("month", ["0000-01", "0001-01"])
def test_calendar_page_ignores_a_month_before_1900_instead_of_failing(client, month):
    # Found by the schemathesis run: year 0 or 1 overflowed when shifted to UTC.
    EventFactory(slug="shown")

    response = client.get(f"/events/?month={month}")

    assert response.status_code == 200
