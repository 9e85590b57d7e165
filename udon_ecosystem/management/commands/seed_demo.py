"""`manage.py seed_demo`: a believable Smart Udon world for trying the portal.

Each domain app contributes a `demo.py` module with a `seed(command)` function; they run in
dependency order. Every seed function is idempotent, so running this twice changes nothing.
"""

import importlib
import importlib.util

from django.core.management.base import BaseCommand
from django.db import transaction

DEMO_APPS = ["members", "startups", "events", "coworking"]


class Command(BaseCommand):
    help = "Create (or leave as is) the demo accounts and data, in Thai and English."

    def handle(self, *args, **options):
        logins = []
        with transaction.atomic():
            for app in DEMO_APPS:
                if importlib.util.find_spec(f"{app}.demo") is None:
                    continue
                module = importlib.import_module(f"{app}.demo")
                logins.extend(module.seed(self) or [])
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Sign in with:"))
        for role, email, password in logins:
            self.stdout.write(f"  {role:<28} {email:<36} {password}")
