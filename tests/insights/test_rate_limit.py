"""Anonymous API clients are limited per IP address, counted in the cache, with a clear 429."""

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_limit(settings):
    settings.API_ANON_RATE = "3/m"


def test_an_anonymous_client_past_the_limit_gets_a_429_with_retry_after(client, low_limit):
    statuses = [client.get("/api/v1/smart-hub/").status_code for _ in range(4)]
    response = client.get("/api/v1/startups/")

    assert statuses == [200, 200, 200, 429]
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert response.json() == {
        "detail": "Too many requests from your address. Please wait and try again.",
        "detail_th": "มีคำขอจากที่อยู่ของคุณมากเกินไป โปรดรอสักครู่แล้วลองอีกครั้ง",
    }


def test_the_limit_counts_each_ip_address_on_its_own(client, low_limit):
    for _ in range(3):
        client.get("/api/v1/smart-hub/", REMOTE_ADDR="10.0.0.1")

    assert client.get("/api/v1/smart-hub/", REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.get("/api/v1/smart-hub/", REMOTE_ADDR="10.0.0.2").status_code == 200


def test_a_forged_forwarded_for_header_does_not_dodge_the_limit(client, low_limit):
    for i in range(3):
        client.get("/api/v1/smart-hub/", HTTP_X_FORWARDED_FOR=f"192.0.2.{i}")

    response = client.get("/api/v1/smart-hub/", HTTP_X_FORWARDED_FOR="192.0.2.99")

    assert response.status_code == 429


def test_signed_in_people_are_not_limited_as_anonymous_clients(client, low_limit):
    client.force_login(UserFactory())

    assert {client.get("/api/v1/smart-hub/").status_code for _ in range(5)} == {200}
