from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    """Accounts (the custom user), roles and, later, Smart Udon Maker profiles."""

    name = "members"
    verbose_name = _("Members and accounts")
