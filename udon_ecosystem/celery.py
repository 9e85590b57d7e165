"""The Celery app. Tasks are found in each app's tasks.py; settings use the CELERY_ prefix."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "udon_ecosystem.settings.local")

app = Celery("udon_ecosystem")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
