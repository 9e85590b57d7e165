"""The ecosystem's charts: each a title, an SVG and the rows of its text table."""

from django.utils.translation import gettext as _

from udon_ecosystem.charts import bar_chart
from udon_ecosystem.templatetags.portal import format_date, local_month_year


def _chart(title, rows, suffix="", maximum=None, headers=None):
    return {
        "title": title,
        "svg": bar_chart(rows, title, suffix, maximum) if rows else "",
        "rows": rows,
        "suffix": suffix,
        "headers": headers or (_("Group"), _("Number")),
    }


def ecosystem_charts(figures) -> list[dict]:
    return [
        _chart(_("Startups by sector"), figures["by_sector"], headers=(_("Sector"), _("Startups"))),
        _chart(_("Startups by stage"), figures["by_stage"], headers=(_("Stage"), _("Startups"))),
        _chart(
            _("Startups by district"),
            figures["by_district"],
            headers=(_("District"), _("Startups")),
        ),
        _chart(
            _("New startups per month"),
            [(local_month_year(month), n) for month, n in figures["per_month"]],
            headers=(_("Month"), _("Startups")),
        ),
        _chart(
            _("Event turnout (people checked in)"),
            [(event.title, event.attended_count) for event in figures["turnout"]],
            headers=(_("Event"), _("Checked in")),
        ),
        _chart(
            _("Smart Hub desk utilisation per week"),
            [
                (_("Week of %(date)s") % {"date": format_date(week)}, value)
                for week, value in figures["desk_utilisation"]
            ],
            suffix="%",
            maximum=100,
            headers=(_("Week"), _("Utilisation")),
        ),
    ]
