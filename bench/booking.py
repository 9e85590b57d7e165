"""Booking under fire: 100 concurrent HTTP booking attempts for ONE slot at a gunicorn server
on PostgreSQL, then throughput for non-conflicting bookings.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/udon_coworking \
    REDIS_URL=redis://127.0.0.1:6379/6 .venv/bin/python bench/booking.py [--attempts 100]

The bench uses its own database (`<name>_bench`, created if missing) so the grid's Smart Hub
is the bench space. Every attempt is a real signed-in member (a session row per member) that
first GETs the booking form for its CSRF token, then all POST at once behind a barrier.
Expected: 1 success, N-1 refusals ("just taken"), 0 server errors. Only 127.0.0.1 is used.
"""

import argparse
import datetime
import http.client
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _bench_database(url: str) -> str:
    """postgres://.../udon_coworking -> postgres://.../udon_coworking_bench, created if missing."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/") + "_bench"
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    return parts._replace(path="/" + name).geturl()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _setup(members: int):
    """A bench Smart Hub open every day, `members` approved members with sessions, and one
    desk per member (for the non-conflicting round) plus the contested desk."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command

    from coworking.models import Booking, OpeningHours, Resource, Space
    from members.models import Membership, User

    call_command("migrate", verbosity=0)
    Booking.objects.all().delete()
    Resource.objects.all().delete()
    Space.objects.all().delete()
    User.objects.filter(email__endswith="@bench.example").delete()
    space = Space.objects.create(
        name_th="ฮับทดสอบ", name_en="Bench hub", slug="bench-hub", address="127.0.0.1"
    )
    for weekday in range(7):
        OpeningHours.objects.create(
            space=space, weekday=weekday, opens_at=datetime.time(6), closes_at=datetime.time(22)
        )
    contested = Resource.objects.create(
        space=space, kind="hot_desk", name_th="โต๊ะ 1", name_en="Desk 1"
    )
    desks = [
        Resource.objects.create(
            space=space, kind="hot_desk", name_th=f"โต๊ะ {n}", name_en=f"Desk {n}"
        )
        for n in range(2, members + 2)
    ]
    sessions = []
    for n in range(members):
        user = User.objects.create_user(f"bench{n}@bench.example", "bench-password-not-used")
        Membership.objects.create(user=user, status="approved", motivation="bench")
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[1]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        sessions.append(session.session_key)
    return contested, desks, sessions


class Member:
    """One signed-in browser: session cookie, CSRF cookie and token from the form."""

    def __init__(self, port, session_key):
        self.port = port
        self.cookies = {"sessionid": session_key}

    def _request(self, method, path, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read().decode()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        connection.close()
        return response.status, content

    def prepare(self):
        status, html = self._request("GET", "/en/smart-hub/book/")
        if status != 200:
            raise RuntimeError(f"booking form answered {status}")
        self.token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    def book(self, resource_id, day, start, end):
        body = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": self.token, "resource": resource_id, "date": day.isoformat(),
             "start": start, "end": end}
        )  # fmt: skip
        status, html = self._request("POST", "/en/smart-hub/book/", body)
        if status == 302:
            return "success"
        if status == 400 and "was just taken" in html:
            return "refusal"
        if status >= 500:
            return "server error"
        return f"other ({status})"


def _fire(members, attempt):
    barrier = threading.Barrier(len(members))

    def run(index):
        barrier.wait()
        return attempt(index)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(members)) as pool:
        outcomes = list(pool.map(run, range(len(members))))
    return Counter(outcomes), time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--attempts", type=int, default=100)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    args = parser.parse_args()
    for name in ("DATABASE_URL", "REDIS_URL"):
        if "127.0.0.1" not in os.environ.get(name, ""):
            sys.exit(f"{name} must point at a local PostgreSQL/Redis on 127.0.0.1")
    os.environ["DATABASE_URL"] = _bench_database(os.environ["DATABASE_URL"])
    os.environ.update(DJANGO_SETTINGS_MODULE="udon_ecosystem.settings.local", DJANGO_DEBUG="false")
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from coworking.models import Booking
    from udon_ecosystem.celery import app as celery_app

    call_command("collectstatic", interactive=False, verbosity=0)
    contested, desks, sessions = _setup(args.attempts)
    day = timezone.localdate() + datetime.timedelta(days=1)

    port = _free_port()
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "udon_ecosystem.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(args.workers), "--no-control-socket", "--log-level", "warning"],
        cwd=ROOT, env=os.environ.copy(),
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        members = [Member(port, key) for key in sessions]
        for member in members:
            member.prepare()

        contested_outcomes, contested_seconds = _fire(
            members, lambda i: members[i].book(contested.pk, day, "09:00", "10:00")
        )
        free_outcomes, free_seconds = _fire(
            members, lambda i: members[i].book(desks[i].pk, day, "11:00", "12:00")
        )
        held = Booking.objects.filter(resource=contested, status="confirmed").count()
    finally:
        server.terminate()
        server.wait(timeout=30)
        celery_app.control.purge()  # the confirmation mails queued for the bench members

    print(f"gunicorn workers: {args.workers}, attempts: {args.attempts}, slot {day} 09:00-10:00")
    print(
        "one slot:       success {success}, refusals {refusal}, server errors {errors}, "
        "other {other}; {seconds:.2f} s; bookings held in the database: {held}".format(
            success=contested_outcomes["success"],
            refusal=contested_outcomes["refusal"],
            errors=contested_outcomes["server error"],
            other=sum(v for k, v in contested_outcomes.items() if k.startswith("other")),
            seconds=contested_seconds,
            held=held,
        )
    )
    print(
        f"free slots:     success {free_outcomes['success']} of {args.attempts}, server errors "
        f"{free_outcomes['server error']}; {free_seconds:.2f} s = "
        f"{free_outcomes['success'] / free_seconds:.0f} bookings/s"
    )
    ok = (contested_outcomes["success"], contested_outcomes["refusal"], held) == (
        1,
        args.attempts - 1,
        1,
    )
    sys.exit(0 if ok and not contested_outcomes["server error"] else 1)


if __name__ == "__main__":
    main()
