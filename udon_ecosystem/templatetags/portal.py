"""Filters and tags every template gets (registered as builtins in settings).

Dates: Thai readers see Thai month names and the Buddhist era (Gregorian year + 543), English
readers the Gregorian year. Values are always stored Gregorian; this is display only.
"""

import datetime

from django import template
from django.templatetags.static import static
from django.utils import timezone, translation
from django.utils.html import format_html

register = template.Library()

THAI_MONTHS_SHORT = [
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
]  # fmt: skip
THAI_MONTHS_LONG = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
]  # fmt: skip
ENGLISH_MONTHS_SHORT = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
]  # fmt: skip
ENGLISH_MONTHS_LONG = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
BUDDHIST_ERA_OFFSET = 543


def _as_local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def format_date(value, style="short", language=None) -> str:
    """'24 พ.ย. 2569' / '24 Nov 2026'; style 'long': '24 พฤศจิกายน 2569' / '24 November 2026'."""
    if not value:
        return ""
    value = _as_local(value)
    language = (language or translation.get_language() or "th")[:2]
    if language == "th":
        months = THAI_MONTHS_LONG if style == "long" else THAI_MONTHS_SHORT
        return f"{value.day} {months[value.month - 1]} {value.year + BUDDHIST_ERA_OFFSET}"
    months = ENGLISH_MONTHS_LONG if style == "long" else ENGLISH_MONTHS_SHORT
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_datetime(value, style="short", language=None) -> str:
    if not value:
        return ""
    value = _as_local(value)
    language = (language or translation.get_language() or "th")[:2]
    date_part = format_date(value, style, language)
    if language == "th":
        return f"{date_part} เวลา {value:%H:%M} น."
    return f"{date_part}, {value:%H:%M}"


@register.filter
def local_date(value, style="short"):
    return format_date(value, style)


@register.filter
def local_datetime(value, style="short"):
    return format_datetime(value, style)


@register.filter
def local_month_year(value):
    """'พฤศจิกายน 2569' / 'November 2026', for month headings."""
    if not value:
        return ""
    value = _as_local(value)
    if (translation.get_language() or "th")[:2] == "th":
        return f"{THAI_MONTHS_LONG[value.month - 1]} {value.year + BUDDHIST_ERA_OFFSET}"
    return f"{ENGLISH_MONTHS_LONG[value.month - 1]} {value.year}"


@register.simple_tag
def icon(name, css_class="icon"):
    """An icon from the Lucide sprite; decorative, so hidden from screen readers."""
    return format_html(
        '<svg class="{}" aria-hidden="true" focusable="false"><use href="{}#i-{}"></use></svg>',
        css_class,
        static("icons/sprite.svg"),
        name,
    )


@register.filter
def initials(text):
    """Up to two initials for a placeholder avatar or logo (Thai: first character)."""
    words = str(text or "").split()
    return "".join(word[0] for word in words[:2]).upper() or "?"
