"""Every error a startup service can raise, with its message in the user's language."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _


class StartupError(Exception):
    """A rule of the workflow stops the action; the message tells the user why."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class StartupPermissionDenied(PermissionDenied):
    pass


MESSAGES = {
    "transition": _("This action is not possible while the startup is “%(status)s”."),
    "reason_required": _("Please give a reason, so the founders know what to change."),
    "not_editable": _("This profile cannot be edited while it is “%(status)s”."),
    "already_on_team": _("%(email)s is already on the team or invited."),
    "last_founder": _(
        "The last founder cannot leave. Invite a co-founder first, or archive the startup."
    ),
    "not_pending": _("This edit has already been decided."),
    "invitation_not_yours": _("This invitation was sent to another email address."),
    "idea_not_selected": _(
        "Only ideas that the organisers marked as selected can become a startup profile."
    ),
}
