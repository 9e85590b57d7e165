"""The events journey in real Chromium: browse, sign in, RSVP, see the confirmation."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.factories import UserFactory
from tests.factories.events import EventFactory
from tests.factories.members import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _serious_violations(page):
    results = Axe().run(page)
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def test_visitor_browses_signs_in_and_reserves_a_seat(live_server, browser):
    event = EventFactory(title_th="ระดมสมองข้อมูลเปิด", title_en="Open data brainstorm", capacity=10)
    person = UserFactory(email="nok@example.com")
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()

    page.goto(live_server.url + "/events/")
    assert _serious_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("link", name="ระดมสมองข้อมูลเปิด").click()
    page.wait_for_url(f"{live_server.url}/events/{event.slug}/")
    assert page.get_by_text("เหลือ 10 ที่นั่ง").first.is_visible()
    assert _serious_violations(page) == []

    page.get_by_role("link", name="เข้าสู่ระบบเพื่อจองที่นั่ง").click()
    page.locator('input[name="login"]').fill(person.email)
    page.locator('input[name="password"]').fill(PASSWORD)
    page.locator('form button[type="submit"]').last.click()
    page.wait_for_url(f"{live_server.url}/events/{event.slug}/")

    page.get_by_role("button", name="จองที่นั่ง").click()

    assert page.get_by_role("status").get_by_text("ยืนยันที่นั่งแล้ว").is_visible()
    assert page.get_by_role("link", name="แสดงบัตรของฉัน").is_visible()
    assert page.get_by_text("เหลือ 9 ที่นั่ง").first.is_visible()
    assert _serious_violations(page) == []
    page.get_by_role("link", name="แสดงบัตรของฉัน").click()
    assert page.locator("svg.ticket-qr").is_visible()
    context.close()
