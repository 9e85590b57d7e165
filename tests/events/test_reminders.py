"""Reminders: a sweep on the beat schedule sends each due reminder exactly once."""

import datetime
import smtplib
import threading
import time

import pytest
from django.core import mail
from django.db import connections
from django.test import override_settings
from django.utils import timezone
from kombu.exceptions import OperationalError

from events import services
from events.models import RSVP
from events.tasks import send_due_reminders
from tests.factories import UserFactory
from tests.factories.events import EventFactory, RSVPFactory
from udon_ecosystem.templatetags.portal import THAI_MONTHS_LONG


def _event_in(minutes, **kwargs):
    starts_at = (timezone.now() + datetime.timedelta(minutes=minutes)).replace(microsecond=0)
    return EventFactory(
        starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=2), **kwargs
    )


def _subjects():
    return sorted(m.subject for m in mail.outbox)


@pytest.mark.django_db
def test_day_reminder_goes_out_once_when_the_sweep_runs_twice():
    event = _event_in(23 * 60, title_en="Workshop")
    people = [RSVPFactory(event=event, user=UserFactory(preferred_language="en")) for _ in range(3)]

    first = services.event_reminders_send_due()
    second = services.event_reminders_send_due()

    assert (first.sent, second.sent) == (3, 0)
    assert _subjects() == ["Tomorrow: Workshop"] * 3
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.user.email for r in people)
    assert RSVP.objects.filter(reminder_day_sent_at__isnull=True).count() == 0


@pytest.mark.django_db
def test_hour_reminder_after_the_day_reminder_and_nothing_before_it_is_due():
    soon = _event_in(50, title_en="Pitch night")
    later = _event_in(3 * 24 * 60)
    RSVPFactory(event=soon, user=UserFactory(preferred_language="en"))
    RSVPFactory(event=later)

    services.event_reminders_send_due()

    # Signed up within the last hour: only the nearer reminder, never both at once.
    assert _subjects() == ["Starting soon: Pitch night"]


@pytest.mark.django_db
def test_no_reminders_for_opted_out_waitlisted_cancelled_rsvps_or_cancelled_events():
    event = _event_in(60 * 20)
    RSVPFactory(event=event, user=UserFactory(notify_event_reminders=False))
    RSVPFactory(event=event, status="waitlisted")
    RSVPFactory(event=event, status="cancelled")
    RSVPFactory(event=_event_in(60 * 20, status="cancelled"))

    assert services.event_reminders_send_due().sent == 0
    assert mail.outbox == []


@pytest.mark.django_db
@override_settings(EVENTS_REMINDER_DAY_MINUTES=30, EVENTS_REMINDER_HOUR_MINUTES=5)
def test_lead_times_are_settings_a_developer_can_shorten():
    RSVPFactory(event=_event_in(20))
    RSVPFactory(event=_event_in(40))

    assert services.event_reminders_send_due().sent == 1


@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_send_each_reminder_exactly_once():
    event = _event_in(20 * 60)
    RSVPFactory.create_batch(40, event=event)
    barrier = threading.Barrier(4)
    results, failures = [], []

    def sweep():
        try:
            barrier.wait()
            results.append(services.event_reminders_send_due(batch_size=5).sent)
        except Exception as error:  # noqa: BLE001 - asserted below
            failures.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sweep) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert sum(results) == 40
    assert len(mail.outbox) == 40
    assert len({m.to[0] for m in mail.outbox}) == 40


@pytest.mark.django_db
def test_rescheduled_event_moves_unsent_reminders_and_sends_a_change_notice_with_new_ics(
    django_capture_on_commit_callbacks,
):
    event = _event_in(20 * 60, title_en="Design sprint")
    rsvp = RSVPFactory(event=event, user=UserFactory(preferred_language="en"))
    services.event_reminders_send_due()  # the day reminder for the old time
    mail.outbox.clear()
    new_start = event.starts_at + datetime.timedelta(days=2)

    with django_capture_on_commit_callbacks(execute=True):
        updated = services.event_update(
            event=event,
            data={"starts_at": new_start, "ends_at": new_start + datetime.timedelta(hours=2)},
        )

    assert updated.sequence == 1
    assert [m.subject for m in mail.outbox] == ["Changed: Design sprint"]
    from icalendar import Calendar

    vevent = Calendar.from_ical(mail.outbox[0].attachments[0][1]).walk("VEVENT")[0]
    assert vevent.decoded("DTSTART") == new_start and vevent["SEQUENCE"] == 1
    rsvp.refresh_from_db()
    assert rsvp.reminder_day_sent_at is None  # due again, at the new time
    mail.outbox.clear()
    assert services.event_reminders_send_due().sent == 0


@pytest.mark.django_db
def test_cancelled_event_emails_confirmed_and_waitlisted_and_sends_no_reminders(
    django_capture_on_commit_callbacks,
):
    event = _event_in(20 * 60, capacity=1)
    confirmed = RSVPFactory(event=event)
    waiting = RSVPFactory(event=event, status="waitlisted")
    RSVPFactory(event=event, status="cancelled")

    with django_capture_on_commit_callbacks(execute=True):
        services.event_cancel(event=event, message="ฝนตกหนัก")

    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [confirmed.user.email, waiting.user.email]
    )
    assert all("ฝนตกหนัก" in m.body for m in mail.outbox)
    from icalendar import Calendar

    vevent = Calendar.from_ical(mail.outbox[0].attachments[0][1]).walk("VEVENT")[0]
    assert vevent["STATUS"] == "CANCELLED"
    mail.outbox.clear()
    assert services.event_reminders_send_due().sent == 0


# --- A real worker over the configured broker ----------------------------------------------
def _wait_for_mail(count, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(mail.outbox) >= count:
            return
        time.sleep(0.1)
    raise AssertionError(f"the worker sent {len(mail.outbox)} mails, expected {count}")


def _wait_until(condition, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("the condition did not become true in time")


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_real_worker_sends_a_due_reminder_through_the_broker(celery_app, celery_worker):
    rsvp = RSVPFactory(
        event=_event_in(30, title_en="Meetup"), user=UserFactory(preferred_language="en")
    )
    assert celery_app.conf.task_always_eager is False

    send_due_reminders.delay()
    _wait_for_mail(1)
    # The mail leaves inside the claiming transaction; the marker is visible once it commits.
    _wait_until(
        lambda: RSVP.objects.filter(pk=rsvp.pk, reminder_hour_sent_at__isnull=False).exists()
    )

    assert [m.subject for m in mail.outbox] == ["Starting soon: Meetup"]


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_broker_down_while_the_sweep_is_due_then_up_sends_every_reminder_once(
    celery_app, celery_worker
):
    event = _event_in(20 * 60)
    RSVPFactory.create_batch(5, event=event)

    # Beat fires while the broker is unreachable: the publish fails and nothing is sent.
    with (
        celery_app.connection_for_write("redis://127.0.0.1:1/0") as down,
        pytest.raises(OperationalError),
    ):
        send_due_reminders.apply_async(connection=down, retry=False)
    assert mail.outbox == []

    # The broker is back: the next beat tick sends everything that was due, once.
    send_due_reminders.delay()
    _wait_for_mail(5)
    send_due_reminders.delay()
    time.sleep(1.5)

    _wait_until(lambda: not RSVP.objects.filter(reminder_day_sent_at__isnull=True).exists())
    assert len(mail.outbox) == 5
    assert len({m.to[0] for m in mail.outbox}) == 5


@pytest.mark.django_db
def test_reminders_stay_due_when_the_mail_server_is_down_and_go_out_once_it_is_back():
    RSVPFactory.create_batch(3, event=_event_in(20 * 60))

    with (
        override_settings(EMAIL_BACKEND="tests.events.mail_backends.UnreachableSMTPBackend"),
        pytest.raises(smtplib.SMTPServerDisconnected),
    ):
        services.event_reminders_send_due()
    assert RSVP.objects.filter(reminder_day_sent_at__isnull=True).count() == 3

    assert services.event_reminders_send_due().sent == 3
    assert len(mail.outbox) == 3


@pytest.mark.django_db
def test_reminder_is_written_in_the_attendees_language_with_the_buddhist_year():
    event = _event_in(20 * 60, title_th="อบรม AI")
    RSVPFactory(event=event, user=UserFactory(preferred_language="th"))

    services.event_reminders_send_due()

    start = timezone.localtime(event.starts_at)
    assert mail.outbox[0].subject == "พรุ่งนี้: อบรม AI"
    assert (
        f"{start.day} {THAI_MONTHS_LONG[start.month - 1]} {start.year + 543}" in mail.outbox[0].body
    )
    assert f"เวลา {start:%H:%M} น." in mail.outbox[0].body


def test_the_sweep_is_on_the_beat_schedule_every_minute_by_default():
    from django.conf import settings

    from udon_ecosystem.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["events-send-due-reminders"]
    assert entry["task"] == "events.send_due_reminders" == send_due_reminders.name
    assert entry["schedule"] == 60
    assert "events.send_due_reminders" in app.tasks
