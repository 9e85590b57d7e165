from celery import shared_task

from . import services


@shared_task(name="coworking.send_booking_confirmation")
def send_booking_confirmation(booking_id: int) -> bool:
    return services.booking_send_confirmation(booking_id=booking_id)


@shared_task(name="coworking.release_no_shows")
def release_no_shows() -> int:
    return services.bookings_release_no_shows()


@shared_task(name="coworking.send_due_reminders")
def send_due_reminders() -> int:
    """Woken by beat; what is due lives in the database, so a missed run loses nothing."""
    return services.booking_reminders_send_due().sent
