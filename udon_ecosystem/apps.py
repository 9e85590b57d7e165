from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UdonEcosystemConfig(AppConfig):
    """Cross-cutting pieces: template filters, health check, the demo-data command."""

    name = "udon_ecosystem"
    verbose_name = _("Smart Udon portal")
