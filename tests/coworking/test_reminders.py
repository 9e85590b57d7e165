"""Booking reminders go through the shared sweep (udon_ecosystem.sweeps): each once."""

import datetime as dt
import threading

import pytest
from django.core import mail
from django.db import connections
from django.utils import timezone

from coworking import services
from coworking.enums import BookingStatus
from coworking.models import Booking
from coworking.tasks import send_due_reminders
from tests.factories import BookingFactory, ResourceFactory, SpaceFactory, member
from tests.waiting import wait_until


def _booking_in(minutes, **kwargs):
    starts = timezone.now().replace(second=0, microsecond=0) + dt.timedelta(minutes=minutes)
    kwargs.setdefault("created_at", starts - dt.timedelta(days=1))
    return BookingFactory(starts_at=starts, **kwargs)


@pytest.mark.django_db
def test_a_reminder_goes_out_once_two_hours_before_in_the_members_language(desk):
    english = member(preferred_language="en")
    booking = _booking_in(90, resource=desk, member=english)
    _booking_in(60 * 5, resource=desk)  # not due yet

    assert services.booking_reminders_send_due().sent == 1
    assert services.booking_reminders_send_due().sent == 0

    [message] = mail.outbox
    assert message.to == [english.email]
    assert message.subject.startswith(
        f"Reminder: Desk 3 at {timezone.localtime(booking.starts_at):%H:%M}"
    )
    booking.refresh_from_db()
    assert booking.reminder_sent_at is not None


@pytest.mark.django_db
def test_no_reminder_for_cancelled_bookings_or_people_who_turned_reminders_off(desk):
    _booking_in(60, resource=desk, status=BookingStatus.CANCELLED)
    quiet = member()
    quiet.notify_booking_reminders = False
    quiet.save()
    _booking_in(90, resource=desk, member=quiet)

    assert services.booking_reminders_send_due().sent == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_booking_made_inside_the_reminder_window_gets_only_its_confirmation(desk):
    starts = timezone.now() + dt.timedelta(minutes=60)
    _booking_in(60, resource=desk, created_at=starts - dt.timedelta(minutes=30))

    assert services.booking_reminders_send_due().sent == 0


@pytest.mark.django_db(transaction=True)
def test_four_concurrent_sweeps_send_each_reminder_exactly_once():
    desks = ResourceFactory.create_batch(40, space=SpaceFactory())
    for desk in desks:
        _booking_in(60, resource=desk)
    barrier = threading.Barrier(4)

    def sweep():
        barrier.wait()
        try:
            services.booking_reminders_send_due(batch_size=5)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sweep) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert len(mail.outbox) == 40
    assert len({m.to[0] for m in mail.outbox}) == 40
    assert Booking.objects.filter(reminder_sent_at__isnull=True).count() == 0


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_real_worker_sends_a_due_booking_reminder_through_the_broker(celery_app, celery_worker):
    booking = _booking_in(60, resource=ResourceFactory(space=SpaceFactory()))
    assert celery_app.conf.task_always_eager is False

    send_due_reminders.delay()
    # The mail leaves inside the worker's transaction; the marker is visible once it commits.
    wait_until(
        lambda: Booking.objects.filter(pk=booking.pk, reminder_sent_at__isnull=False).exists(),
        what="the worker to commit the reminder",
    )

    assert [m.to for m in mail.outbox] == [[booking.member.email]]
