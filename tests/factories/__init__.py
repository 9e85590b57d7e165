from .coworking import BookingFactory, ResourceFactory, SpaceFactory
from .members import (
    DepaStaffFactory,
    MembershipFactory,
    ProfileFactory,
    UserFactory,
    member,
)

__all__ = [
    "BookingFactory",
    "DepaStaffFactory",
    "MembershipFactory",
    "ProfileFactory",
    "ResourceFactory",
    "SpaceFactory",
    "UserFactory",
    "member",
]
