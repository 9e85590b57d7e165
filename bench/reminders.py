"""Reminder sweep benchmark: 10,000 due RSVPs, a real Redis broker, two worker processes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/udon_events \
    REDIS_URL=redis://127.0.0.1:6379/5 .venv/bin/python bench/reminders.py [--rsvps 10000]

Workers use the file mail backend in a fresh folder; afterwards every message in it is
counted by recipient, so duplicates and missing reminders are measured, not assumed.
Only local services (127.0.0.1) are used. The bench data is removed before and after.
"""

import argparse
import collections
import datetime
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rsvps", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sweeps", type=int, default=4, help="sweep tasks queued at once")
    args = parser.parse_args()
    for name in ("DATABASE_URL", "REDIS_URL"):
        if "127.0.0.1" not in os.environ.get(name, ""):
            sys.exit(f"{name} must point at a local PostgreSQL/Redis on 127.0.0.1")

    mail_dir = Path(tempfile.mkdtemp(prefix="udon-bench-mail-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="udon_ecosystem.settings.local",
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(mail_dir),
        DJANGO_DEBUG="false",
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from events.models import RSVP, Event
    from members.models import User

    call_command("migrate", verbosity=0)
    _cleanup(Event, User)
    starts_at = timezone.now() + datetime.timedelta(minutes=30)
    event = Event.objects.create(
        title_th="ทดสอบประสิทธิภาพ",
        title_en="Benchmark",
        description_th="-",
        description_en="-",
        slug="bench-reminders",
        kind="meetup",
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=1),
        status="published",
    )
    users = User.objects.bulk_create(
        User(
            email=f"bench{n}@bench.example",
            display_name=f"Bench {n}",
            preferred_language="th" if n % 2 else "en",
        )
        for n in range(args.rsvps)
    )
    RSVP.objects.bulk_create(RSVP(event=event, user=user, status="confirmed") for user in users)
    print(f"{args.rsvps} due RSVPs created; starting {args.workers} workers")

    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "udon_ecosystem",
                "worker",
                "--pool=solo",
                f"--hostname=bench{n}@%h",
                "--without-gossip",
                "--without-mingle",
                "--loglevel=WARNING",
            ],
            cwd=ROOT,
        )
        for n in range(args.workers)
    ]
    try:
        from events.tasks import send_due_reminders

        time.sleep(4)  # let both workers connect
        started = time.monotonic()
        for _ in range(args.sweeps):
            send_due_reminders.delay()
        pending = RSVP.objects.filter(event=event, reminder_hour_sent_at__isnull=True)
        while pending.exists():
            if time.monotonic() - started > 600:
                sys.exit("timed out after 600 s")
            time.sleep(0.2)
        elapsed = time.monotonic() - started
        time.sleep(2)  # a sweep that found nothing must also have finished writing
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(timeout=30)

    counts = collections.Counter()
    for path in mail_dir.iterdir():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("To: bench"):
                counts[line[4:].strip()] += 1
    expected = {f"bench{n}@bench.example" for n in range(args.rsvps)}
    duplicates = sum(count - 1 for count in counts.values() if count > 1)
    missing = len(expected - set(counts))
    print(
        f"sent {sum(counts.values())} reminders in {elapsed:.1f} s "
        f"({sum(counts.values()) / elapsed:.0f}/s); duplicates {duplicates}; missing {missing}"
    )
    _cleanup(Event, User)
    return 0 if duplicates == missing == 0 else 1


def _cleanup(event_model, user_model):
    event_model.objects.filter(slug="bench-reminders").delete()
    user_model.objects.filter(email__endswith="@bench.example").delete()


if __name__ == "__main__":
    sys.exit(main())
