from .members import (
    DepaStaffFactory,
    MembershipFactory,
    ProfileFactory,
    UserFactory,
    member,
)
from .startups import StartupFactory, TeamMembershipFactory

__all__ = [
    "DepaStaffFactory",
    "MembershipFactory",
    "ProfileFactory",
    "StartupFactory",
    "TeamMembershipFactory",
    "UserFactory",
    "member",
]
