"""The PostgreSQL-only exclusion constraint stays out of SQLite without leaving the migration
state out of step: `makemigrations --check` is clean on whichever database the suite runs."""

import pytest
from django.core.management import call_command
from django.db import connection

from coworking.models import Booking

pytestmark = pytest.mark.django_db


def test_models_and_migrations_agree_on_this_database():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_the_exclusion_constraint_exists_only_on_postgresql():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Booking._meta.db_table)
    names = set(constraints)
    meta_names = {constraint.name for constraint in Booking._meta.constraints}
    if connection.vendor == "postgresql":
        assert "coworking_booking_no_overlap" in names & meta_names
    else:
        assert "coworking_booking_no_overlap" not in names | meta_names
