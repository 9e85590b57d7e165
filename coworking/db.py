"""Migration operations that only act on PostgreSQL, so the same migrations run on SQLite."""

from django.conf import settings
from django.db import migrations


class PostgresOnlyAddConstraint(migrations.AddConstraint):
    """AddConstraint in state and schema on PostgreSQL, nothing at all on SQLite.

    The model adds the same constraint to Meta only on PostgreSQL, so `makemigrations --check`
    sees matching states on both databases.
    """

    def state_forwards(self, app_label, state):
        if settings.DATABASE_IS_POSTGRES:
            super().state_forwards(app_label, state)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
