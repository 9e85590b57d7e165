"""Reactions to members/ signals: suspension and erasure free the person's future slots."""

from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from members.person_page import person_section
from members.roles import is_depa_staff
from members.signals import membership_suspended, personal_data_export, user_erasing

from . import selectors, services


@receiver(membership_suspended, dispatch_uid="coworking_membership_suspended")
def cancel_bookings_of_suspended_member(sender, user, **kwargs):
    services.bookings_cancel_future(member=user)


@receiver(user_erasing, dispatch_uid="coworking_user_erasing")
def free_bookings_of_erased_user(sender, user, **kwargs):
    services.bookings_cancel_future(member=user)
    services.bookings_anonymise(member=user)


@receiver(personal_data_export, dispatch_uid="coworking_personal_data_export")
def export_bookings(sender, user, **kwargs):
    return ("bookings", services.bookings_export(member=user))


def person_upcoming_bookings(person, viewer):
    """For the person page: their coming desk and room bookings, to them and DEPA staff only."""
    if viewer.pk != person.pk and not is_depa_staff(viewer):
        return None
    bookings = selectors.member_upcoming_bookings(member=person)
    return {"bookings": bookings} if bookings else None


person_section(
    key="bookings-upcoming",
    title=_("Upcoming Smart Hub bookings"),
    template="coworking/_person_bookings.html",
    context=person_upcoming_bookings,
    order=70,
)
