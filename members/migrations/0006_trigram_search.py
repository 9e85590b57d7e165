"""Trigram indexes for the member directory's substring search (Thai included), PostgreSQL only.

The indexes are created by SQL that runs only on PostgreSQL, so SQLite (the quickstart and one
of the two test databases) migrates through this as a no-op; `icontains` works on both.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = [
    ("members_user_display_name_trgm", "members_user", "display_name"),
    ("members_tag_name_trgm", "members_tag", "name"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, column in INDEXES:
        # icontains compiles to UPPER(col) LIKE UPPER(...), so the index is on UPPER(col).
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" '
            f'USING gin (UPPER("{column}") gin_trgm_ops)'
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [("members", "0005_membership_profile_consent")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
