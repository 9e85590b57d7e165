"""CSV export, Atom feeds, sitemap.xml and robots.txt: public data only, Thai intact."""

import csv
import io
import re

import pytest

from events.enums import EventStatus
from startups.enums import Sector, Status
from tests.factories import StartupFactory, member
from tests.factories.events import EventFactory

pytestmark = pytest.mark.django_db


def _csv_rows(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark, for Excel
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_csv_has_a_bom_and_thai_survives_the_round_trip(client):
    StartupFactory(
        name_th="ข้าวหอมดิจิทัล", name_en="Khao Hom", tagline_th="ตลาดข้าว, ออนไลน์ \"สด\"",
        slug="khao-hom", status=Status.APPROVED,
    )  # fmt: skip

    response = client.get("/startups.csv")
    rows = _csv_rows(response)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert rows[0][:3] == ["slug", "name_th", "name_en"]
    assert rows[1][:4] == ["khao-hom", "ข้าวหอมดิจิทัล", "Khao Hom", 'ตลาดข้าว, ออนไลน์ "สด"']
    assert rows[1][5] == "เทคโนโลยีการเกษตร"


def test_csv_applies_the_directory_filters_and_lists_approved_startups_only(client):
    StartupFactory(slug="farm", sector=Sector.AGRITECH, status=Status.APPROVED)
    StartupFactory(slug="school", sector=Sector.EDTECH, status=Status.APPROVED)
    StartupFactory(slug="draft-farm", sector=Sector.AGRITECH, status=Status.DRAFT)
    StartupFactory(slug="archived-farm", sector=Sector.AGRITECH, status=Status.ARCHIVED)

    rows = _csv_rows(client.get("/en/startups.csv?sector=agritech"))
    html = client.get("/en/startups/?sector=agritech")

    assert [row[0] for row in rows[1:]] == [s.slug for s in html.context["startups"]] == ["farm"]
    assert rows[1][5] == "Agritech"
    assert 'href="/en/startups.csv?sector=agritech"' in html.content.decode()


def test_csv_with_an_unknown_filter_value_is_a_400_with_the_reason(client):
    response = client.get("/startups.csv?sector=space")

    assert response.status_code == 400
    assert "sector" in response.content.decode()


def test_startup_feed_lists_new_approved_startups_only(client):
    StartupFactory(name_en="Approved One", status=Status.APPROVED)
    StartupFactory(name_en="Draft One", status=Status.DRAFT)

    body = client.get("/en/feeds/startups/").content.decode()

    assert 'xmlns="http://www.w3.org/2005/Atom"' in body
    assert "Approved One" in body and "Draft One" not in body


def test_event_feed_lists_upcoming_public_events_in_thai(client):
    EventFactory(title_th="ระดมสมองเกษตร", status=EventStatus.PUBLISHED)
    EventFactory(title_th="ร่างกิจกรรม", status=EventStatus.DRAFT)

    body = client.get("/feeds/events/").content.decode()

    assert "ระดมสมองเกษตร" in body and "ร่างกิจกรรม" not in body


def test_event_feed_marks_a_cancelled_event(client):
    EventFactory(title_en="Rainy meetup", status=EventStatus.CANCELLED)

    body = client.get("/en/feeds/events/").content.decode()

    assert "<title>Rainy meetup (Cancelled)</title>" in body


def test_no_feed_carries_a_private_profile_or_an_email(client):
    hidden = member(display_name="Hidden Founder", public=False, email="hidden@secret.example")
    StartupFactory(status=Status.APPROVED, founder=hidden)
    EventFactory(organiser=hidden)

    for url in ("/feeds/startups/", "/feeds/events/", "/en/feeds/startups/"):
        body = client.get(url).content.decode()
        assert "Hidden Founder" not in body and "secret.example" not in body


def test_sitemap_lists_public_pages_in_both_languages_with_alternates(client):
    StartupFactory(slug="shown", status=Status.APPROVED)
    StartupFactory(slug="draft-one", status=Status.DRAFT)
    EventFactory(slug="open-event")
    EventFactory(slug="draft-event", status=EventStatus.DRAFT)
    public = member(display_name="Public")
    private = member(display_name="Private", public=False)
    pending = member(display_name="Pending", status="pending")

    body = client.get("/sitemap.xml").content.decode()

    assert "/startups/shown/</loc>" in body and "/en/startups/shown/</loc>" in body
    assert re.search(r'hreflang="en" href="https?://[^"/]+/en/startups/shown/"', body)
    assert 'hreflang="x-default"' in body
    assert "/events/open-event/" in body and "/ecosystem/" in body
    assert f"/members/{public.pk}/" in body
    for hidden in ("draft-one", "draft-event", f"/members/{private.pk}/",
                   f"/members/{pending.pk}/", "/staff/"):  # fmt: skip
        assert hidden not in body


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_staff_pages(client):
    body = client.get("/robots.txt").content.decode()

    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /staff/" in body
