"""The founders' email through a real Celery worker, and Thai search on the real database."""

import pytest
from django.core import mail
from django.db import connection

from startups import services
from startups.enums import Status
from startups.models import ReviewEntry, Startup
from startups.selectors import startup_directory, startup_search
from tests.factories import StartupFactory, UserFactory
from tests.waiting import wait_until


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_real_worker_emails_the_founder_about_approval_in_english(celery_app, celery_worker):
    # Transactional tests flush the data migration's staff group; a superuser counts as staff.
    staff = UserFactory(is_superuser=True)
    founder = UserFactory(preferred_language="en")
    startup = StartupFactory(founder=founder, name_en="Khao Hom", status=Status.SUBMITTED)
    assert celery_app.conf.task_always_eager is False

    services.startup_approve(startup=startup, by=staff)  # queued on commit, run by the worker

    # The mail leaves inside the worker's transaction; wait for its commit before reading.
    entry = ReviewEntry.objects.get(startup=startup)
    wait_until(
        lambda: ReviewEntry.objects.filter(pk=entry.pk, emailed_at__isnull=False).exists(),
        what="the worker to commit the decision email",
    )
    assert [m.subject for m in mail.outbox] == ["Khao Hom: Approved"]
    assert "/en/startups/" in mail.outbox[0].body


@pytest.mark.django_db
def test_thai_substring_search_finds_the_startup_on_this_database():
    StartupFactory(name_th="ระบบจองคิวโรงพยาบาลอุดร", status=Status.APPROVED)
    StartupFactory(name_th="ตลาดผ้าทอมือ", status=Status.APPROVED)

    found = startup_search(startup_directory(), "คิวโรงพยา")
    assert [s.name_th for s in found] == ["ระบบจองคิวโรงพยาบาลอุดร"]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is PostgreSQL only")
def test_postgres_has_thai_trigrams_and_the_gin_index_serves_the_search():
    with connection.cursor() as cursor:
        cursor.execute("SELECT array_length(show_trgm(%s), 1)", ["โรงพยาบาล"])
        assert cursor.fetchone()[0] > 3  # a C-locale database would give none for Thai
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'startups_search_trgm'")
        assert "gin_trgm_ops" in cursor.fetchone()[0]
        cursor.execute("SET enable_seqscan = off")
        # The index serves the substring filter itself (the status filter has its own index).
        query = Startup.objects.filter(search_text__contains="คิวโรงพยา").order_by().query
        sql, params = query.sql_with_params()
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "startups_search_trgm" in plan
