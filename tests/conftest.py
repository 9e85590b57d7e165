"""Fixtures for the whole suite: real database, real broker, real browser."""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

from tests.factories import DepaStaffFactory, UserFactory

pytest_plugins = ("celery.contrib.pytest",)

# pytest-django's live_server runs in a thread next to sync Playwright's event loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(autouse=True)
def _clear_cache():
    """allauth keeps its rate limits in the cache: each test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def staff(db):
    return DepaStaffFactory()


# --- Celery: a real worker on the broker the environment names -------------------------------
@pytest.fixture(scope="session")
def celery_config(tmp_path_factory):
    if settings.REDIS_URL:
        return {"broker_url": settings.REDIS_URL, "result_backend": None}
    folder = tmp_path_factory.mktemp("broker")
    for name in ("queue", "control"):
        (folder / name).mkdir()
    return {
        "broker_url": "filesystem://",
        "broker_transport_options": {
            "data_folder_in": str(folder / "queue"),
            "data_folder_out": str(folder / "queue"),
            "control_folder": str(folder / "control"),
        },
    }


@pytest.fixture(scope="session")
def celery_includes():
    return ["members.tasks", "startups.tasks", "events.tasks", "coworking.tasks"]


@pytest.fixture(scope="session")
def celery_worker_parameters():
    return {"perform_ping_check": False, "shutdown_timeout": 10}


# --- Browser: Debian's Chromium, never a downloaded build -------------------------------------
def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    if os.environ.get("CI"):
        raise pytest.UsageError("CI must run the browser tests, but /usr/bin/chromium is missing.")
    skip = pytest.mark.skip(reason="Debian's Chromium (/usr/bin/chromium) is not installed")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": shutil.which("chromium") or str(CHROMIUM),
        "args": [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }
