"""pg_trgm and a GIN trigram index on the search text, on PostgreSQL only.

Thai has no spaces between words, so search is a substring match; the trigram index makes
`LIKE '%…%'` fast. SQLite has neither and scans, which is fine for a development database.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEX = "startups_search_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON startups_startup "
            "USING gin (search_text gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("startups", "0001_initial")]

    # TrigramExtension is itself a no-op unless the database is PostgreSQL.
    operations = [
        TrigramExtension(),
        migrations.RunPython(create_index, drop_index, elidable=False),
    ]
