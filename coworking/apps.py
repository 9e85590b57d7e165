from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoworkingConfig(AppConfig):
    name = "coworking"
    verbose_name = _("Smart Hub co-working")

    def ready(self):
        from . import receivers  # noqa: F401 - connects the members/ signal receivers
