"""Reactions to members/ signals: suspension and erasure free the person's future slots."""

from django.dispatch import receiver

from members.signals import membership_suspended, personal_data_export, user_erasing

from . import services


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
