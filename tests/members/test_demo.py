import pytest
from django.core.management import call_command

from members.models import Membership, User
from members.selectors import public_profile_q


@pytest.mark.django_db
def test_seed_demo_adds_about_twenty_members_in_mixed_states_some_public():
    call_command("seed_demo")

    statuses = set(Membership.objects.values_list("status", flat=True))
    assert statuses == {"pending", "approved", "declined", "suspended"}
    assert User.objects.filter(profile__isnull=False).count() >= 20
    public = User.objects.filter(public_profile_q())
    assert 8 <= public.count() < Membership.objects.count()
    assert public.filter(profile__skills__name="ออกแบบประสบการณ์ผู้ใช้").exists()
