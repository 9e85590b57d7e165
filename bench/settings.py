"""Settings for the benchmark server: the portal as in production, plus a bare view."""

from udon_ecosystem.settings.base import *  # noqa: F403
from udon_ecosystem.settings.base import env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", default="bench-only-key-never-serves-the-public-0123456789")
ALLOWED_HOSTS = ["127.0.0.1"]
ROOT_URLCONF = "bench.urls"
# Static files are not what is measured; serve without the manifest so no collectstatic is needed.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
