from celery import shared_task

from . import services


@shared_task(name="members.send_welcome_email")
def send_welcome_email(user_id: int) -> bool:
    return services.user_send_welcome_email(user_id=user_id)


@shared_task(name="members.send_membership_decision_email")
def send_membership_decision_email(event_id: int) -> bool:
    return services.membership_send_decision_email(event_id=event_id)
