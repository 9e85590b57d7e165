from .members import DepaStaffFactory, UserFactory

__all__ = ["DepaStaffFactory", "UserFactory"]
