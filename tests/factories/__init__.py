from .coworking import BookingFactory, ResourceFactory, SpaceFactory
from .members import DepaStaffFactory, UserFactory

__all__ = [
    "BookingFactory",
    "DepaStaffFactory",
    "ResourceFactory",
    "SpaceFactory",
    "UserFactory",
]
