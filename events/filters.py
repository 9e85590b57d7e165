import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from .enums import EventKind
from .models import Topic


class CalendarFilter(django_filters.FilterSet):
    """Kind, topic and month filters of the public calendar; invalid values are ignored."""

    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=EventKind.choices, empty_label=_("All kinds")
    )
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        field_name="topics",
        queryset=Topic.objects.order_by("slug"),
        to_field_name="slug",
        empty_label=_("All topics"),
    )
    month = django_filters.CharFilter(
        label=_("Month"),
        method="filter_month",
        widget=forms.DateInput(attrs={"type": "month"}),
        # Years 1900-2999 only: year 0 or 1 overflows once shifted to UTC (a 500 before).
        validators=[RegexValidator(r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])$")],
    )

    def filter_month(self, queryset, name, value):
        year, month = (int(part) for part in value.split("-"))
        return queryset.filter(starts_at__year=year, starts_at__month=month)
