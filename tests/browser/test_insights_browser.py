"""/ecosystem/ in real Chromium on a 360 px phone: charts drawn, numbers one tap away, axe
finds nothing serious and nothing sticks out sideways; the API docs page too."""

import datetime as dt

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from startups.enums import Sector, Status
from tests.factories import StartupFactory
from tests.factories.events import EventFactory, RSVPFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _serious_violations(page):
    results = Axe().run(page)
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", ["/ecosystem/", "/en/ecosystem/"])
def test_ecosystem_page_on_a_phone_is_accessible_and_fits(live_server, phone, path):
    for sector in (Sector.AGRITECH, Sector.AGRITECH, Sector.EDTECH, Sector.TOURISM):
        StartupFactory(sector=sector, status=Status.APPROVED)
    past = timezone.now() - dt.timedelta(days=2)
    event = EventFactory(starts_at=past, ends_at=past + dt.timedelta(hours=2))
    RSVPFactory(event=event, checked_in_at=past)

    phone.goto(live_server.url + path)

    charts = phone.get_by_role("img")
    assert charts.count() >= 5
    assert phone.locator("svg.chart title").first.text_content() in (
        "Startups by sector",
        "สตาร์ทอัพตามกลุ่มธุรกิจ",
    )
    phone.locator(".chart-data summary").first.click()
    assert phone.locator(".chart-data table").first.is_visible()
    assert _serious_violations(phone) == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360


def test_api_docs_page_on_a_phone_is_accessible_and_fits(live_server, phone):
    phone.goto(live_server.url + "/en/api/")

    assert phone.get_by_role("heading", level=1).inner_text() == "Open data API"
    assert _serious_violations(phone) == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
