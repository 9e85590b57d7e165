"""The shell every page shares: languages, switcher, navigation, health check, date filter."""

import datetime
import json
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_home_page_is_thai_at_the_root(client):
    response = client.get("/")
    body = response.content.decode()

    assert response.status_code == 200
    assert '<html lang="th">' in body
    assert "ระบบนิเวศสตาร์ทอัพอุดรธานี ครบในที่เดียว" in body
    assert "322/19 ถนนประจักษ์ศิลปาคม" in body


def test_home_page_is_english_under_en(client):
    body = client.get("/en/").content.decode()

    assert '<html lang="en">' in body
    assert "The startup ecosystem of Udon Thani, in one place" in body
    assert "322/19 Prachak Sinlapakhom Rd." in body


def test_language_switcher_keeps_the_reader_on_the_same_page(client):
    thai_login = client.get("/accounts/login/?next=/").content.decode()
    english_login = client.get("/en/accounts/login/").content.decode()

    assert 'href="/en/accounts/login/?next=/" lang="en" hreflang="en">English</a>' in thai_login
    assert 'href="/accounts/login/" lang="th" hreflang="th">ภาษาไทย</a>' in english_login


def test_signed_in_header_offers_sign_out_as_a_post_form(client, user):
    client.force_login(user)
    body = client.get("/").content.decode()

    assert '<form method="post" action="/accounts/logout/">' in body
    assert user.display_name in body


def test_anonymous_header_offers_sign_in_and_sign_up(client):
    body = client.get("/en/").content.decode()

    assert 'href="/en/accounts/signup/"' in body
    assert 'href="/en/accounts/login/?next=/en/"' in body


def test_healthz_reports_database_and_broker(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "broker": "ok"}


def test_healthz_stays_up_when_the_broker_is_down(client, settings):
    from udon_ecosystem.celery import app

    original = app.conf.broker_url
    app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    try:
        response = client.get("/healthz")
    finally:
        app.conf.broker_url = original

    assert response.status_code == 200
    assert json.loads(response.content)["broker"] == "unavailable"


def _render(template, language, **context):
    with translation.override(language):
        return Template(template).render(Context(context))


@pytest.mark.parametrize(
    ("language", "expected"),
    [("th", "24 พ.ย. 2569"), ("en", "24 Nov 2026")],
)
def test_local_date_shows_the_buddhist_era_in_thai_only(language, expected):
    assert _render("{{ d|local_date }}", language, d=datetime.date(2026, 11, 24)) == expected


def test_local_date_long_style_and_datetime_in_bangkok_time():
    moment = datetime.datetime(2026, 11, 24, 11, 30, tzinfo=ZoneInfo("UTC"))

    assert _render('{{ d|local_date:"long" }}', "th", d=moment) == "24 พฤศจิกายน 2569"
    assert _render("{{ d|local_datetime }}", "th", d=moment) == "24 พ.ย. 2569 เวลา 18:30 น."
    assert _render("{{ d|local_datetime }}", "en", d=moment) == "24 Nov 2026, 18:30"


def test_local_date_keeps_new_year_in_the_right_era():
    new_year = datetime.date(2027, 1, 1)

    assert _render("{{ d|local_date }}", "th", d=new_year) == "1 ม.ค. 2570"
    assert _render("{{ d|local_month_year }}", "en", d=new_year) == "January 2027"
