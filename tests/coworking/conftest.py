import pytest

from tests.factories import DepaStaffFactory, ResourceFactory, SpaceFactory, member
from tests.factories.coworking import ResourceKind


@pytest.fixture
def hub(db):
    return SpaceFactory()


@pytest.fixture
def desk(hub):
    return ResourceFactory(space=hub, name_th="โต๊ะ 3", name_en="Desk 3")


@pytest.fixture
def room(hub):
    return ResourceFactory(
        space=hub, kind=ResourceKind.MEETING_ROOM, name_th="ห้องประชุม 1", name_en="Meeting room 1"
    )


@pytest.fixture
def booker(db):
    """An approved Smart Udon Maker member: the person who books."""
    return member(status="approved")


@pytest.fixture
def other_booker(db):
    return member(status="approved")


@pytest.fixture
def staff_booker(db):
    return DepaStaffFactory()
