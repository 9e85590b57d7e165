"""allauth and the mail links use the Sites framework: name the site after the portal."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import migrations


def name_site(apps, schema_editor):
    site_model = apps.get_model("sites", "Site")
    site_model.objects.update_or_create(
        pk=1, defaults={"domain": urlsplit(settings.SITE_URL).netloc, "name": "Smart Udon"}
    )


class Migration(migrations.Migration):
    dependencies = [("members", "0002_depa_staff_group"), ("sites", "0002_alter_domain_unique")]

    operations = [migrations.RunPython(name_site, migrations.RunPython.noop)]
