"""Server-drawn SVG bar charts for the occupancy report: no JavaScript, readable as a table too."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

BAR_COLOUR = "#A61E4D"
AXIS_COLOUR = "#475569"


def _svg(width, height, title, body):
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}">'
        '<title id="{}">{}</title>{}</svg>',
        width, height, f"t-{abs(hash(title))}", f"t-{abs(hash(title))}", title, body,
    )  # fmt: skip


def _bars(items, title, suffix="", maximum=None):
    """items: [(label, value)] drawn as horizontal bars."""
    row, label_width, bar_width = 28, 170, 300
    maximum = maximum or max([value for _label, value in items] + [1])
    height = row * len(items) + 8
    parts = format_html_join(
        "",
        '<text x="0" y="{}" font-size="13" fill="{}">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="18" rx="3" fill="{}"></rect>'
        '<text x="{}" y="{}" font-size="13" fill="{}">{}{}</text>',
        (
            (
                i * row + 18,
                AXIS_COLOUR,
                label[:24],
                label_width,
                i * row + 5,
                round(bar_width * value / maximum),
                BAR_COLOUR,
                label_width + round(bar_width * value / maximum) + 6,
                i * row + 18,
                AXIS_COLOUR,
                value,
                suffix,
            )
            for i, (label, value) in enumerate(items)
        ),
    )
    return _svg(label_width + bar_width + 60, height, title, parts)


def utilisation_bars(report):
    """Average utilisation per resource over the report's weeks."""
    items = [
        (row["resource"].name, round(sum(row["weeks"]) / len(row["weeks"])) if row["weeks"] else 0)
        for row in report["rows"]
    ]
    return _bars(items, _("Average utilisation per resource"), "%", maximum=100)


def peak_hours_bars(peak_hours):
    if not peak_hours:
        return mark_safe("")
    items = [(f"{hour:02d}:00", count) for hour, count in peak_hours]
    return _bars(items, _("Bookings running per hour of the day"))
