"""The startup journey in real Chromium: a founder registers a Thai profile and submits it,
DEPA staff ask for changes, the founder fixes and resubmits, staff approve, the public finds
it by a Thai substring, and an edit stays private until staff approve it."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.factories import UserFactory
from tests.factories.members import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _serious_violations(page):
    results = Axe().run(page)
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def _signed_in_page(browser, live_server, user, viewport=None):
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("อีเมล").fill(user.email)
    page.get_by_label("รหัสผ่าน").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_label("รหัสผ่าน").press("Enter")
    return page


def _staff_decides(page, live_server, name, button, reason=""):
    page.goto(live_server.url + "/staff/startups/")
    page.get_by_role("link", name=name).click()
    if reason:
        page.get_by_label("เหตุผลถึงผู้ก่อตั้ง").first.fill(reason)
    page.get_by_role("button", name=button, exact=True).click()
    page.wait_for_url(live_server.url + "/staff/startups/")


def test_founder_submits_staff_review_public_finds_it_by_thai_substring(live_server, browser):
    founder = UserFactory(preferred_language="th")
    # Transactional tests flush the staff group made by a data migration; a superuser is staff.
    staff = UserFactory(is_superuser=True, is_staff=True)
    name = "ระบบจองคิวโรงพยาบาลอุดร"

    # The founder registers a Thai-only profile on a phone and sends it for review.
    founder_page = _signed_in_page(browser, live_server, founder, {"width": 360, "height": 800})
    founder_page.goto(live_server.url + "/startups/new/")
    founder_page.get_by_label("ชื่อภาษาไทย").fill(name)
    founder_page.get_by_label("คำโปรยภาษาไทย").fill("จองคิวตรวจโรคจากมือถือ ไม่ต้องรอที่โรงพยาบาล")
    founder_page.get_by_label("กลุ่มธุรกิจ").select_option("healthtech")
    founder_page.get_by_label("ระยะการเติบโต").select_option("seed")
    founder_page.get_by_label("ปีที่ก่อตั้ง").fill("2566")
    founder_page.get_by_role("button", name="บันทึก").click()
    assert "น่าจะเป็นปีพุทธศักราช" in founder_page.locator("#id_founded_year_error").inner_text()
    founder_page.get_by_label("ปีที่ก่อตั้ง").fill("2023")
    founder_page.get_by_role("button", name="บันทึก").click()
    founder_page.get_by_text("บันทึกสตาร์ทอัพเป็นฉบับร่างแล้ว").wait_for()
    assert founder_page.evaluate("document.documentElement.scrollWidth") <= 360
    founder_page.goto(live_server.url + "/startups/mine/")
    founder_page.get_by_role("button", name="ส่งให้ตรวจสอบ").click()
    founder_page.get_by_text("ส่งให้เจ้าหน้าที่ตรวจสอบแล้ว").wait_for()

    # Staff ask for changes with a reason; the founder sees it in My startups.
    staff_page = _signed_in_page(browser, live_server, staff)
    _staff_decides(staff_page, live_server, name, "ขอให้แก้ไข", "กรุณาเพิ่มรายละเอียดภาษาไทย")
    founder_page.goto(live_server.url + "/startups/mine/")
    assert "กรุณาเพิ่มรายละเอียดภาษาไทย" in founder_page.content()

    # The founder fixes and resubmits; staff approve.
    founder_page.get_by_role("link", name="แก้ไข", exact=True).click()
    founder_page.get_by_label("รายละเอียดภาษาไทย").fill("แอปจองคิวสำหรับโรงพยาบาลชุมชนในจังหวัดอุดรธานี")
    founder_page.get_by_role("button", name="บันทึก").click()
    founder_page.get_by_role("button", name="ส่งให้ตรวจสอบ").click()
    founder_page.get_by_text("ส่งให้เจ้าหน้าที่ตรวจสอบแล้ว").wait_for()
    _staff_decides(staff_page, live_server, name, "อนุมัติ")

    # The public finds it by a Thai substring from the middle of the name.
    public = browser.new_context().new_page()
    public.goto(live_server.url + "/startups/")
    public.get_by_label("ค้นหา", exact=True).fill("คิวโรงพยา")
    public.get_by_role("button", name="แสดงสตาร์ทอัพ").click()
    assert public.get_by_role("heading", name="สตาร์ทอัพ 1 ราย").is_visible()
    assert _serious_violations(public) == []
    public.get_by_role("link", name=name).click()
    assert public.get_by_role("heading", level=1).inner_text() == name
    assert _serious_violations(public) == []

    # An edit stays private until staff approve it.
    founder_page.goto(live_server.url + "/startups/mine/")
    founder_page.get_by_role("link", name="แก้ไข", exact=True).click()
    founder_page.get_by_label("คำโปรยภาษาไทย").fill("คำโปรยใหม่ที่ยังไม่อนุมัติ")
    founder_page.get_by_role("button", name="ส่งการแก้ไขให้ตรวจสอบ").click()
    public.reload()
    assert "จองคิวตรวจโรคจากมือถือ" in public.content()
    assert "คำโปรยใหม่ที่ยังไม่อนุมัติ" not in public.content()

    staff_page.goto(live_server.url + "/staff/startups/")
    staff_page.get_by_role("link", name=name).click()
    assert "คำโปรยใหม่ที่ยังไม่อนุมัติ" in staff_page.locator(".diff-table").inner_text()
    staff_page.get_by_role("button", name="อนุมัติการแก้ไข", exact=True).click()
    staff_page.wait_for_url(live_server.url + "/staff/startups/")
    public.reload()
    assert "คำโปรยใหม่ที่ยังไม่อนุมัติ" in public.content()
