from .coworking import BookingFactory, ResourceFactory, SpaceFactory
from .members import (
    DepaStaffFactory,
    MembershipFactory,
    ProfileFactory,
    UserFactory,
    member,
)
from .startups import StartupFactory, TeamMembershipFactory

__all__ = [
    "BookingFactory",
    "DepaStaffFactory",
    "MembershipFactory",
    "ProfileFactory",
    "ResourceFactory",
    "SpaceFactory",
    "StartupFactory",
    "TeamMembershipFactory",
    "UserFactory",
    "member",
]
