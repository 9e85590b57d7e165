"""The home page brings the apps together: next events, newest startups, the Smart Hub today."""

import datetime as dt

import pytest
from django.utils import timezone

from coworking.models import ClosedDay, OpeningHours
from startups.enums import Status
from tests.factories.coworking import ResourceFactory, SpaceFactory
from tests.factories.events import EventFactory
from tests.factories.startups import StartupFactory

pytestmark = pytest.mark.django_db


def test_home_shows_todays_opening_hours_and_a_link_to_book(client):
    hub = SpaceFactory()
    OpeningHours.objects.filter(space=hub).update(opens_at=dt.time(9), closes_at=dt.time(18))

    html = client.get("/en/").content.decode()

    assert '<h2 id="smart-hub-today">' in html
    assert "Open today, 09:00-18:00" in html
    assert hub.address in html
    assert 'href="/en/smart-hub/">Book a desk or room' in html


def test_home_says_why_the_smart_hub_is_closed_today(client):
    hub = SpaceFactory()
    ClosedDay.objects.create(space=hub, date=timezone.localdate(), reason_th="วันสงกรานต์",
                             reason_en="Songkran")  # fmt: skip

    assert "Closed today: Songkran" in client.get("/en/").content.decode()
    assert "ปิดวันนี้: วันสงกรานต์" in client.get("/").content.decode()


def test_home_says_closed_on_a_weekday_without_opening_hours(client):
    hub = SpaceFactory()
    OpeningHours.objects.filter(space=hub, weekday=timezone.localdate().weekday()).delete()

    html = client.get("/en/").content.decode()

    assert "Closed today" in html
    assert "Open today" not in html


def test_home_has_no_smart_hub_section_before_the_space_exists(client):
    assert 'id="smart-hub-today"' not in client.get("/en/").content.decode()


@pytest.mark.parametrize("rows", [1, 8])
def test_home_query_count_with_every_section_filled_does_not_grow(
    client, django_assert_num_queries, rows
):
    hub = SpaceFactory()
    for _ in range(rows):
        ResourceFactory(space=hub)
        StartupFactory(status=Status.APPROVED)
        EventFactory()
    # newest startups, next events, the space, today's closed day, today's hours
    with django_assert_num_queries(5):
        html = client.get("/en/").content.decode()
    assert html.count('class="event-item"') == min(rows, 3)
