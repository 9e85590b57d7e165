from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ResourceKind(models.TextChoices):
    HOT_DESK = "hot_desk", _("Hot desk")
    DEDICATED_DESK = "dedicated_desk", _("Dedicated desk")
    MEETING_ROOM = "meeting_room", _("Meeting room")
    PHONE_BOOTH = "phone_booth", _("Phone booth")


class BookingStatus(models.TextChoices):
    CONFIRMED = "confirmed", pgettext_lazy("booking", "Confirmed")
    CHECKED_IN = "checked_in", pgettext_lazy("booking", "Checked in")
    CANCELLED = "cancelled", pgettext_lazy("booking", "Cancelled")
    NO_SHOW = "no_show", pgettext_lazy("booking", "No-show")


# Bookings in these states hold their slot; cancelled and released (no-show) ones free it.
HOLDING_STATUSES = (BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)
