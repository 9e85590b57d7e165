"""The DEPA staff group and what it may do with accounts. Domain apps extend it later."""

from django.db import migrations

from members.roles import DEPA_STAFF_GROUP, depa_staff_grant_permissions


def create_group(apps, schema_editor):
    depa_staff_grant_permissions(apps, ["members.view_user"])


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=DEPA_STAFF_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
