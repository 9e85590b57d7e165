import pytest
from django.core.management import call_command

from coworking.enums import ResourceKind
from coworking.models import Booking, ClosedDay, Space

pytestmark = pytest.mark.django_db


def test_seed_demo_builds_the_smart_hub_at_its_real_address_once():
    call_command("seed_demo")
    call_command("seed_demo")

    hub = Space.objects.get()
    assert hub.address.startswith("322/19 ถนนประจักษ์ศิลปาคม ตำบลหมากแข้ง")
    kinds = {kind: hub.resources.filter(kind=kind).count() for kind in ResourceKind.values}
    assert kinds == {"hot_desk": 12, "dedicated_desk": 4, "meeting_room": 2, "phone_booth": 1}
    assert hub.opening_hours.count() == 6
    assert ClosedDay.objects.filter(is_public_holiday=True).count() >= 40
    assert Booking.objects.filter(resource__space=hub).count() >= 10
