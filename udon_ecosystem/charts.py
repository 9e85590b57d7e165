"""Server-drawn SVG bar charts: no JavaScript, no inline style, readable as a table too.

Moved here from coworking's occupancy report so the Smart Hub report, the staff dashboard and
the public /ecosystem/ page draw charts one way. Each chart is an `<svg role="img">` with a
`<title>`; pages put the same numbers in a table next to it (components/chart.html).
"""

import hashlib

from django.utils.html import format_html, format_html_join

BAR_COLOUR = "#A61E4D"
AXIS_COLOUR = "#475569"


def _chart_id(title) -> str:
    # Stable across processes (hash() is salted), so pages and their tests see the same id.
    return "chart-" + hashlib.blake2s(str(title).encode(), digest_size=4).hexdigest()


def svg(width, height, title, body):
    chart_id = _chart_id(title)
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}">'
        '<title id="{}">{}</title>{}</svg>',
        width, height, chart_id, chart_id, title, body,
    )  # fmt: skip


def bar_chart(items, title, suffix="", maximum=None):
    """items: [(label, value)] drawn as horizontal bars, each with its value written after it."""
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
                str(label)[:24],
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
    return svg(label_width + bar_width + 60, height, title, parts)
