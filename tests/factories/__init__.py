from .members import (
    DepaStaffFactory,
    MembershipFactory,
    ProfileFactory,
    UserFactory,
    member,
)

__all__ = ["DepaStaffFactory", "MembershipFactory", "ProfileFactory", "UserFactory", "member"]
