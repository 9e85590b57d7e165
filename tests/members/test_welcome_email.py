"""The welcome email goes through a real Celery worker on the configured broker, exactly once."""

import pytest
from django.core import mail

from members import services
from members.tasks import send_welcome_email
from tests.factories import UserFactory
from tests.waiting import wait_until


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_real_worker_sends_the_welcome_email_through_the_broker(celery_app, celery_worker):
    user = UserFactory(preferred_language="en")
    assert celery_app.conf.task_always_eager is False

    send_welcome_email.delay(user.pk)
    # The mail leaves inside the worker's transaction; wait for its commit before reading.
    wait_until(
        lambda: type(user).objects.filter(pk=user.pk, welcome_email_sent_at__isnull=False).exists(),
        what="the worker to commit the welcome email",
    )

    assert [m.subject for m in mail.outbox] == ["Welcome to Smart Udon"]
    assert mail.outbox[0].to == [user.email]
    user.refresh_from_db()
    assert user.welcome_email_sent_at is not None


@pytest.mark.django_db
def test_welcome_email_is_sent_once_when_the_task_runs_twice():
    user = UserFactory(preferred_language="th")

    assert services.user_send_welcome_email(user_id=user.pk) is True
    assert services.user_send_welcome_email(user_id=user.pk) is False

    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "ยินดีต้อนรับสู่ Smart Udon"
    html, mimetype = mail.outbox[0].alternatives[0]
    assert mimetype == "text/html" and "ทีมงาน Smart Udon" in html


@pytest.mark.django_db
def test_welcome_email_for_a_deleted_user_is_skipped_quietly():
    assert services.user_send_welcome_email(user_id=987654) is False
    assert mail.outbox == []
