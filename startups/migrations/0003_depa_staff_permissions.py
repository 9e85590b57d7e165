"""DEPA staff may view and review startups (decisions go through /staff/startups/)."""

from django.db import migrations

from members.roles import depa_staff_grant_permissions


def grant(apps, schema_editor):
    depa_staff_grant_permissions(
        apps,
        [
            "startups.view_startup",
            "startups.review_startup",
            "startups.view_startupmembership",
            "startups.view_reviewentry",
        ],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("startups", "0002_trigram_search"),
        ("members", "0002_depa_staff_group"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
