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


@pytest.mark.parametrize(
    "path", ["/accounts/login/", "/accounts/signup/", "/en/accounts/password/reset/"]
)
def test_account_pages_on_a_phone_have_no_serious_accessibility_problems(
    live_server, browser, path
):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + path)

    assert page.locator("input[type=email]").is_visible()
    assert _serious_violations(page) == []
    # Nothing may stick out sideways on a 360 px phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


def test_signup_errors_are_announced_next_to_the_field(live_server, page):
    page.goto(live_server.url + "/en/accounts/signup/")
    page.get_by_label("Display name").fill("Nok")
    page.get_by_label("Email").fill("not-an-email")
    page.get_by_role("button", name="Sign Up").click()

    email = page.get_by_label("Email")
    assert email.get_attribute("aria-invalid") == "true"
    error_id = email.get_attribute("aria-describedby").split()[-1]
    assert page.locator(f"#{error_id}").inner_text() == "Enter a valid email address."
    assert page.get_by_role("alert").is_visible()
    assert email.input_value() == "not-an-email", "what the person typed is kept"
