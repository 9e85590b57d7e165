from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StartupsConfig(AppConfig):
    name = "startups"
    verbose_name = _("Startup directory")

    def ready(self):
        from . import receivers  # noqa: F401 - connects the members/ signal receivers
