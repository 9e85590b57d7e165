import io

import pytest
from django.core.management import call_command

from startups.enums import Status
from startups.models import ReviewEntry, Startup

pytestmark = pytest.mark.django_db


def test_seed_demo_adds_thirty_startups_in_every_state_and_is_idempotent():
    call_command("seed_demo", stdout=io.StringIO())
    counts = (Startup.objects.count(), ReviewEntry.objects.count())
    call_command("seed_demo", stdout=io.StringIO())

    assert (Startup.objects.count(), ReviewEntry.objects.count()) == counts
    assert counts[0] >= 30
    assert set(Startup.objects.values_list("status", flat=True)) == set(Status.values)
    assert Startup.objects.values("district").distinct().count() >= 15
    assert Startup.objects.values("sector").distinct().count() == 10
    approved = Startup.objects.approved()
    assert approved.count() >= 25
    assert all(s.name_th and s.name_en and s.memberships.exists() for s in approved)
