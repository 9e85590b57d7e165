from django import template
from django.utils import timezone, translation

from udon_ecosystem.templatetags.portal import ENGLISH_MONTHS_SHORT, THAI_MONTHS_SHORT

register = template.Library()


@register.filter
def short_month(value):
    """The month of the date block on event lists: 'พ.ย.' / 'Nov'."""
    if not value:
        return ""
    value = timezone.localtime(value)
    months = (
        THAI_MONTHS_SHORT
        if (translation.get_language() or "th")[:2] == "th"
        else ENGLISH_MONTHS_SHORT
    )
    return months[value.month - 1]


@register.filter
def local_time(value):
    return f"{timezone.localtime(value):%H:%M}" if value else ""
