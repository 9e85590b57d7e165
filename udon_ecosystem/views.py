from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from coworking.selectors import smart_hub_today
from events.selectors import next_events
from startups.selectors import startup_newest_approved

from .celery import app as celery_app


@require_GET
def home(request):
    context = {
        "newest_startups": startup_newest_approved(),
        "next_events": next_events(limit=3),
        "smart_hub": smart_hub_today(),
    }
    return render(request, "home.html", context)


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # noqa: BLE001 - any failure means "not answering"
        return False


def _broker_ok() -> bool:
    try:
        with celery_app.connection_for_write() as broker:
            broker.ensure_connection(max_retries=1, interval_start=0, timeout=2)
        return True
    except Exception:  # noqa: BLE001 - reported, never raised: the page must still answer
        return False


@never_cache
@require_GET
def healthz(request):
    """For load balancers: 200 while the database answers; the broker is reported, not fatal."""
    database = _database_ok()
    broker = _broker_ok()
    body = {
        "status": "ok" if database else "error",
        "database": "ok" if database else "unavailable",
        "broker": "ok" if broker else "unavailable",
    }
    return JsonResponse(body, status=200 if database else 503)
