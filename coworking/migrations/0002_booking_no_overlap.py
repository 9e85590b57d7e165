from django.contrib.postgres.operations import BtreeGistExtension
from django.db import migrations

from coworking.db import PostgresOnlyAddConstraint
from coworking.models import booking_exclusion_constraint


class Migration(migrations.Migration):
    dependencies = [("coworking", "0001_initial")]

    operations = [
        # btree_gist lets the GiST exclusion constraint compare the resource id with `=`.
        BtreeGistExtension(),
        PostgresOnlyAddConstraint(model_name="booking", constraint=booking_exclusion_constraint()),
    ]
