"""The membership journey in real Chromium: a maker applies, DEPA staff approve, and the
approved member finds themself by a Thai skill once their profile is public."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.factories import DepaStaffFactory, UserFactory
from tests.factories.members import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _serious_violations(page):
    results = Axe().run(page)
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def _sign_in(page, base, email):
    page.goto(base + "/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(base + "/en/")


def test_maker_applies_staff_approve_and_the_member_is_found_in_the_directory(live_server, browser):
    maker = UserFactory(display_name="ดารา ช่างฝัน", preferred_language="en")
    staff = DepaStaffFactory()
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    base = live_server.url

    _sign_in(page, base, maker.email)
    page.goto(base + "/en/members/apply/")
    page.get_by_label("Why do you want to join Smart Udon Maker?").fill(
        "ผมสร้างเซนเซอร์คุณภาพน้ำให้บ่อปลาในหนองหาน อยากใช้ Smart Hub ทำงานต่อ"
    )
    page.get_by_label("Skills").fill("เซนเซอร์คุณภาพน้ำ, Arduino")
    page.get_by_label("District in Udon Thani").select_option("nong_han")
    assert _serious_violations(page) == []
    page.get_by_role("button", name="Send application").click()
    assert page.get_by_text("Application sent to DEPA staff").is_visible()
    assert page.get_by_text("Waiting for review").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()

    staff_context = browser.new_context()
    staff_page = staff_context.new_page()
    _sign_in(staff_page, base, staff.email)
    staff_page.goto(base + "/en/staff/members/")
    assert _serious_violations(staff_page) == []
    staff_page.get_by_role("link", name="ดารา ช่างฝัน").click()
    staff_page.get_by_label("Approve").check()
    staff_page.get_by_role("button", name="Save decision").click()
    assert staff_page.get_by_text("Decision saved").is_visible()
    assert staff_page.get_by_text("No applications are waiting").is_visible()
    staff_context.close()

    member_context = browser.new_context()
    member_page = member_context.new_page()
    _sign_in(member_page, base, maker.email)
    member_page.goto(base + "/en/members/profile/")
    member_page.get_by_label("Public profile").check()
    member_page.get_by_role("button", name="Save profile").click()
    member_page.goto(base + "/en/members/")
    member_page.get_by_label("Search by name or skill").fill("คุณภาพน้ำ")
    member_page.get_by_role("button", name="Search").click()
    assert member_page.get_by_role("link", name="ดารา ช่างฝัน").is_visible()
    assert _serious_violations(member_page) == []
    member_context.close()
