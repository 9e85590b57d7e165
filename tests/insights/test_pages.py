"""/ecosystem/ for everyone, /staff/ for DEPA staff: figures, SVG charts with tables."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from coworking.enums import BookingStatus
from members.enums import District
from startups.enums import Sector, Stage, Status
from tests.factories import (
    BookingFactory,
    DepaStaffFactory,
    MembershipFactory,
    ResourceFactory,
    SpaceFactory,
    StartupFactory,
    UserFactory,
    member,
)
from tests.factories.events import EventFactory, RSVPFactory

pytestmark = pytest.mark.django_db


def _charts(html):
    return re.findall(
        r'<svg class="chart"[^>]*role="img" aria-labelledby="([^"]+)">'
        r'<title id="\1">([^<]+)</title>',
        html,
    )


def test_ecosystem_page_shows_counts_and_accessible_charts_with_tables(client):
    StartupFactory.create_batch(3, sector=Sector.AGRITECH, status=Status.APPROVED)
    StartupFactory(sector=Sector.EDTECH, stage=Stage.IDEA, district=District.BAN_DUNG,
                   status=Status.APPROVED)  # fmt: skip
    StartupFactory(sector=Sector.FINTECH, status=Status.DRAFT)

    response = client.get("/en/ecosystem/")
    html = response.content.decode()

    assert response.context["totals"]["startups"] == 4
    assert response.context["by_sector"] == [("Agritech", 3), ("Edtech", 1)]
    assert [title for _id, title in _charts(html)][:4] == [
        "Startups by sector", "Startups by stage", "Startups by district", "New startups per month",
    ]  # fmt: skip
    assert '<th scope="row">Agritech</th><td>3</td>' in html
    assert "Fintech" not in html  # drafts are not counted
    assert "style=" not in html and "<script" not in html


def test_ecosystem_page_holds_no_personal_data(client):
    person = member(display_name="Secret Person", email="secret@person.example")
    StartupFactory(status=Status.APPROVED, founder=person)
    past = timezone.now() - dt.timedelta(days=3)
    event = EventFactory(
        title_en="Past pitch", starts_at=past, ends_at=past + dt.timedelta(hours=2)
    )
    RSVPFactory(event=event, user=person, checked_in_at=past)

    html = client.get("/en/ecosystem/").content.decode()

    assert "Past pitch" in html  # the turnout chart names events, never people
    assert "Secret Person" not in html and "secret@" not in html


def test_ecosystem_page_speaks_thai_by_default_with_the_buddhist_era(client):
    StartupFactory(status=Status.APPROVED)

    html = client.get("/ecosystem/").content.decode()

    assert '<html lang="th">' in html
    assert str(timezone.localdate().year + 543) in html


def test_footer_links_to_the_ecosystem_page(client):
    assert 'href="/en/ecosystem/"' in client.get("/en/").content.decode()


@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", 302), ("user", 404), ("member", 404), ("founder", 404), ("staff", 200)],
)
@pytest.mark.parametrize("url", ["/staff/", "/en/staff/"])
def test_staff_dashboard_permission_matrix(client, who, expected, url):
    people = {
        "user": UserFactory,
        "member": lambda: member(),
        "founder": lambda: StartupFactory(status=Status.APPROVED).founder_user,
        "staff": DepaStaffFactory,
    }
    if who != "anonymous":
        client.force_login(people[who]())

    response = client.get(url)

    assert response.status_code == expected
    if expected == 302:
        assert "/accounts/login/?next=" in response["Location"]


def test_public_pages_of_insights_answer_everyone(client):
    urls = ["/ecosystem/", "/en/ecosystem/", "/api/", "/startups.csv", "/feeds/events/",
            "/feeds/startups/", "/sitemap.xml", "/robots.txt", "/api/v1/startups/"]  # fmt: skip
    for url in urls:
        assert client.get(url).status_code == 200, url
        assert client.post(url).status_code == 405, url


def test_staff_see_queues_upcoming_events_today_and_recent_decisions(client):
    staff = DepaStaffFactory(display_name="Officer Dao")
    old = timezone.now() - dt.timedelta(days=5)
    StartupFactory(status=Status.SUBMITTED, submitted_at=old)
    StartupFactory(status=Status.SUBMITTED)
    MembershipFactory(status="pending")
    EventFactory(title_en="Pitch night", capacity=10)
    space = SpaceFactory()
    desk = ResourceFactory(space=space)
    ResourceFactory(space=space)
    now = timezone.localtime()
    BookingFactory(resource=desk, starts_at=now.replace(hour=9, minute=0, second=0, microsecond=0),
                   ends_at=now.replace(hour=10, minute=0, second=0, microsecond=0),
                   status=BookingStatus.CHECKED_IN)  # fmt: skip
    from startups import services

    decided = StartupFactory(name_en="Decided Co", status=Status.SUBMITTED)
    services.startup_transition(startup=decided, to=Status.APPROVED, by=staff)
    client.force_login(staff)

    response = client.get("/en/staff/")
    html = response.content.decode()

    assert response.context["queues"]["startups"]["count"] == 2
    assert response.context["queues"]["startups"]["oldest"] == old
    assert response.context["queues"]["memberships"]["count"] == 1
    assert "1 of 2 desks and rooms booked today, 1 check-ins so far." in html
    assert "Pitch night" in html and "0 of 10" in html
    assert "Decided Co" in html and "Officer Dao" in html
    assert len(_charts(html)) == 5  # no event has ended yet: turnout says so in words
    assert "No figures yet." in html


def test_staff_account_menu_links_to_the_dashboard(client):
    client.force_login(DepaStaffFactory())
    assert 'href="/en/staff/"' in client.get("/en/").content.decode()
    client.force_login(UserFactory())
    assert 'href="/en/staff/"' not in client.get("/en/").content.decode()


def _rows(n):
    space = SpaceFactory()
    for i in range(n):
        StartupFactory(status=Status.APPROVED, sector=list(Sector)[i % 10])
        StartupFactory(status=Status.SUBMITTED)
        MembershipFactory(status="pending")
        past = timezone.now() - dt.timedelta(days=i + 1)
        event = EventFactory(starts_at=past, ends_at=past + dt.timedelta(hours=1))
        RSVPFactory(event=event, checked_in_at=past)
        EventFactory()
        ResourceFactory(space=space)


@pytest.mark.parametrize("rows", [1, 12])
def test_ecosystem_query_count_does_not_grow_with_rows(client, django_assert_max_num_queries, rows):
    _rows(rows)
    with django_assert_max_num_queries(15):
        assert client.get("/ecosystem/").status_code == 200


@pytest.mark.parametrize("rows", [1, 12])
def test_staff_dashboard_query_count_does_not_grow_with_rows(
    client, django_assert_max_num_queries, rows
):
    _rows(rows)
    client.force_login(DepaStaffFactory())
    with django_assert_max_num_queries(27):
        assert client.get("/staff/").status_code == 200
