"""The occupancy report's charts, drawn by the portal's shared SVG bar chart."""

from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from udon_ecosystem.charts import bar_chart


def utilisation_bars(report):
    """Average utilisation per resource over the report's weeks."""
    items = [
        (row["resource"].name, round(sum(row["weeks"]) / len(row["weeks"])) if row["weeks"] else 0)
        for row in report["rows"]
    ]
    return bar_chart(items, _("Average utilisation per resource"), "%", maximum=100)


def peak_hours_bars(peak_hours):
    if not peak_hours:
        return mark_safe("")
    items = [(f"{hour:02d}:00", count) for hour, count in peak_hours]
    return bar_chart(items, _("Bookings running per hour of the day"))
