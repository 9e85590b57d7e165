from .members import DepaStaffFactory, UserFactory
from .startups import MembershipFactory, StartupFactory

__all__ = ["DepaStaffFactory", "MembershipFactory", "StartupFactory", "UserFactory"]
