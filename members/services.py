"""Writes on accounts. Views, allauth's adapter, admin and tasks all call these."""

from django.db import transaction
from django.utils import timezone

from udon_ecosystem.mail import absolute_url, send_templated_mail

from .models import User


def user_welcome_email_schedule(*, user: User) -> None:
    """Queue the welcome email for after the confirming transaction commits."""
    from .tasks import send_welcome_email

    transaction.on_commit(lambda: send_welcome_email.delay(user.pk))


def user_send_welcome_email(*, user_id: int) -> bool:
    """Send the welcome email once per user, whatever number of times the task runs.

    The user row is locked and `welcome_email_sent_at` checked and set in one transaction, so
    a task redelivered by the broker or run twice sends nothing the second time. Returns
    whether this call sent it.
    """
    from django.urls import reverse
    from django.utils import translation

    with transaction.atomic():
        user = User.objects.select_for_update().filter(pk=user_id, is_active=True).first()
        if user is None or user.welcome_email_sent_at is not None:
            return False
        with translation.override(user.preferred_language):
            home_url = absolute_url(reverse("home"))
        send_templated_mail(
            template="welcome",
            to=user.email,
            language=user.preferred_language,
            context={"user": user, "home_url": home_url},
        )
        user.welcome_email_sent_at = timezone.now()
        user.save(update_fields=["welcome_email_sent_at"])
    return True
