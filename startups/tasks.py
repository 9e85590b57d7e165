from celery import shared_task

from . import services


@shared_task(name="startups.send_decision_email")
def send_decision_email(entry_id: int) -> int:
    return services.review_entry_send_email(entry_id=entry_id)


@shared_task(name="startups.send_invitation_email")
def send_invitation_email(membership_id: int) -> bool:
    return services.membership_send_invitation(membership_id=membership_id)
