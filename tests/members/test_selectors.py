import pytest

from members.models import User
from members.selectors import public_profile_q


@pytest.mark.django_db
def test_profiles_are_private_by_default(user):
    assert list(User.objects.filter(public_profile_q())) == []
