"""The test suite: same database and broker choice as base (from the environment)."""

import os

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-key"  # noqa: S105 - never used outside the test suite
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tasks queued by request code run in-process so a view test can read mail.outbox; the
# tests that prove the real worker path start a worker on a real broker instead.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
CELERY_TASK_EAGER_PROPAGATES = True

# SQLite tests use a file, not shared-cache memory: shared-cache memory databases fail
# concurrent writers at once ("table is locked") instead of queueing them, so threaded tests
# could not prove what IMMEDIATE transactions guarantee in the real quickstart database.
if not DATABASE_IS_POSTGRES:  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}  # noqa: F405
