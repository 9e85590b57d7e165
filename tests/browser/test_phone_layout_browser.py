"""On a 360 px phone, with every app's data in place, nothing sticks out sideways and the home
page shows the next events, the newest startups and the Smart Hub today."""

import datetime as dt

import pytest
from axe_playwright_python.sync_playwright import Axe

from coworking.models import OpeningHours
from startups.enums import Status
from tests.factories.coworking import ResourceFactory, SpaceFactory
from tests.factories.events import EventFactory, RSVPFactory
from tests.factories.startups import StartupFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def ecosystem():
    """A Smart Hub open around the clock today (so the grid has passed slots), events with a
    long Thai venue, and approved startups with long Thai names."""
    hub = SpaceFactory()
    OpeningHours.objects.filter(space=hub).update(opens_at=dt.time(0), closes_at=dt.time(23, 30))
    for number in range(6):
        ResourceFactory(space=hub, name_th=f"โต๊ะทำงานร่วมริมหน้าต่าง {number}")
    for number in range(3):
        event = EventFactory(
            title_th=f"ระดมสมองเมืองอัจฉริยะอุดรธานีเพื่อเกษตรกรรุ่นใหม่ ครั้งที่ {number}",
            room="ห้องประชุมใหญ่ชั้นสองอาคารสมาร์ทฮับตลาดประชา",
            capacity=1,
        )
        RSVPFactory(event=event)
    for number in range(4):
        StartupFactory(
            status=Status.APPROVED,
            name_th=f"ระบบจองคิวตรวจสุขภาพโรงพยาบาลส่งเสริมสุขภาพตำบล {number}",
        )


def _sideways_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth")


@pytest.mark.parametrize("path", ["/", "/en/", "/events/", "/smart-hub/", "/startups/"])
def test_pages_fit_a_360_px_phone_with_real_data(live_server, browser, ecosystem, path):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + path)

    assert _sideways_overflow(page) <= 360
    # All four sections of the main navigation are on screen, none hidden off to the side.
    links = page.locator(".main-nav a")
    assert links.count() == 4
    for index in range(4):
        box = links.nth(index).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    context.close()


def test_home_on_a_phone_shows_events_startups_and_the_smart_hub_today(
    live_server, browser, ecosystem
):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + "/en/")

    assert page.locator(".event-item").count() == 3
    assert page.get_by_text("Full: waitlist open").first.is_visible()
    assert page.get_by_role("heading", name="Newest startups").is_visible()
    hub = page.locator(".hub-today")
    assert "Open today, 00:00-23:30" in hub.inner_text()
    hub.get_by_role("link", name="Book a desk or room").click()
    page.wait_for_url(live_server.url + "/en/smart-hub/")
    results = Axe().run(page)
    serious = [
        v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    context.close()
