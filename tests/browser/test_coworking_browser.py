"""The Smart Hub journey in real Chromium, on a desktop and on a 360 px phone: an approved
member books a desk for tomorrow morning from the grid, sees it in My bookings with a
confirmation mail; a second member who opened the same slot gets a friendly message; the
first member cancels and the slot is free again."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail

from coworking.models import Booking
from tests.factories import ResourceFactory, SpaceFactory, member
from tests.factories.coworking import tomorrow
from tests.factories.members import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SLOT_LABEL = "จองโต๊ะ 3 เวลา 09:00-09:30"


def _serious_violations(page):
    results = Axe().run(page)
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def _sign_in(page, base, email):
    page.goto(base + "/accounts/login/")
    page.get_by_label("อีเมล").fill(email)
    page.get_by_label("รหัสผ่าน").fill(PASSWORD)
    page.locator("form").get_by_role("button").last.click()
    page.wait_for_url(base + "/")


@pytest.mark.parametrize("width", [1280, 360])
def test_member_books_a_desk_a_second_member_is_told_it_was_just_taken_and_cancel_frees_it(
    live_server, browser, width
):
    hub = SpaceFactory()
    ResourceFactory(space=hub, name_th="โต๊ะ 3", name_en="Desk 3")
    ResourceFactory(space=hub, name_th="โต๊ะ 4", name_en="Desk 4")
    first, second = member(), member()
    base = live_server.url
    grid = f"{base}/smart-hub/?date={tomorrow().isoformat()}"
    viewport = {"width": width, "height": 800}

    # The second member opens the booking form for the same slot first, then waits.
    second_context = browser.new_context(viewport=viewport)
    second_page = second_context.new_page()
    _sign_in(second_page, base, second.email)
    second_page.goto(grid)
    second_page.get_by_role("link", name=SLOT_LABEL).click()

    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    _sign_in(page, base, first.email)
    page.goto(grid)
    assert _serious_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.get_by_role("link", name=SLOT_LABEL).click()
    page.get_by_label("ถึง").select_option("12:00")
    page.get_by_role("button", name="ยืนยันการจอง").click()

    page.wait_for_url(f"{base}/smart-hub/my-bookings/**")
    assert page.get_by_text("จองเรียบร้อย").is_visible()
    assert page.get_by_text("09:00-12:00").is_visible()
    assert _serious_violations(page) == []
    assert [m.to for m in mail.outbox] == [[first.email]]

    second_page.get_by_role("button", name="ยืนยันการจอง").click()
    assert second_page.get_by_text("เพิ่งถูกจองในช่วงเวลานี้").is_visible()
    assert second_page.get_by_role("link", name="โต๊ะ 4, 09:00-10:00").is_visible()
    assert _serious_violations(second_page) == []
    assert Booking.objects.count() == 1

    page.get_by_role("button", name="ยกเลิก โต๊ะ 3 เวลา 09:00").click()
    assert page.get_by_text("ยกเลิกการจองแล้ว").is_visible()
    page.goto(grid)
    assert page.get_by_role("link", name=SLOT_LABEL).is_visible()
    context.close()
    second_context.close()


def test_staff_check_a_member_in_and_read_the_report_on_a_phone(live_server, browser):
    import datetime as dt

    from django.utils import timezone

    from coworking.enums import BookingStatus
    from tests.factories import BookingFactory, DepaStaffFactory

    hub = SpaceFactory()
    desk = ResourceFactory(space=hub, name_th="โต๊ะ 3", name_en="Desk 3")
    start = timezone.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=20)
    booking = BookingFactory(resource=desk, starts_at=start, member=member(display_name="มานี ใจดี"))
    staff = DepaStaffFactory()
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    base = live_server.url
    _sign_in(page, base, staff.email)

    page.goto(base + "/staff/smart-hub/")
    assert _serious_violations(page) == []
    page.get_by_role("button", name="เช็กอิน มานี ใจดี").click()
    assert page.get_by_text("เช็กอิน มานี ใจดี แล้ว").is_visible()
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CHECKED_IN
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.goto(base + "/staff/smart-hub/report/")
    assert page.locator("svg.chart").first.is_visible()
    assert _serious_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()
