"""List pages cost the same number of queries with one row as with many."""

import datetime as dt

import pytest
from django.utils import timezone

from coworking.models import ClosedDay
from tests.factories import BookingFactory, ResourceFactory
from tests.factories.coworking import at, tomorrow

pytestmark = pytest.mark.django_db


def fill(hub, booker, rows, offset=0):
    resources = ResourceFactory.create_batch(rows, space=hub)
    for index, resource in enumerate(resources):
        day = tomorrow() + dt.timedelta(days=index % 10)
        BookingFactory(resource=resource, member=booker, starts_at=at(day, 9))
        closed = timezone.localdate() + dt.timedelta(days=20 + offset + index)
        ClosedDay.objects.create(space=hub, date=closed, reason_th="ปิด")


def count_queries(client, django_assert_max_num_queries, url, limit):
    with django_assert_max_num_queries(limit) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    ("who", "url"),
    [
        ("booker", "/smart-hub/?date={day}"),
        ("booker", "/smart-hub/my-bookings/"),
        ("staff", "/staff/smart-hub/?date={day}"),
        ("staff", "/staff/smart-hub/resources/"),
        ("staff", "/staff/smart-hub/closed-days/"),
        ("staff", "/staff/smart-hub/report/"),
        ("staff", "/staff/smart-hub/report.csv"),
    ],
)
def test_query_count_does_not_grow_with_rows(
    client, hub, booker, staff, django_assert_max_num_queries, who, url
):
    client.force_login(booker if who == "booker" else staff)
    url = url.format(day=tomorrow().isoformat())
    fill(hub, booker, 1)
    one = count_queries(client, django_assert_max_num_queries, url, 20)
    fill(hub, booker, 30, offset=1)
    many = count_queries(client, django_assert_max_num_queries, url, 20)

    assert many == one
