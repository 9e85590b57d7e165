"""The home page in real Chromium: Thai first, the language switch works, axe finds nothing
serious. Later issues add their journeys next to this one."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _serious_violations(page):
    results = Axe().run(page)
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def test_home_renders_in_thai_and_switches_to_english(live_server, page):
    page.goto(live_server.url + "/")

    assert page.locator("html").get_attribute("lang") == "th"
    assert page.get_by_role("heading", level=1).inner_text() == ("ระบบนิเวศสตาร์ทอัพอุดรธานี ครบในที่เดียว")
    assert _serious_violations(page) == []

    page.get_by_role("link", name="English").click()
    page.wait_for_url(live_server.url + "/en/")

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == (
        "The startup ecosystem of Udon Thani, in one place"
    )
    assert _serious_violations(page) == []


def test_sign_in_page_on_a_phone_has_no_serious_accessibility_problems(live_server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + "/accounts/login/")

    assert page.get_by_label("อีเมล").is_visible()
    assert _serious_violations(page) == []
    # Nothing may stick out sideways on a 360 px phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()
