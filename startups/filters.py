"""The public directory's filters; their state lives in the URL so a search can be shared."""

import django_filters
from django import forms
from django.db.models import Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from members.enums import District

from .enums import LookingFor, Sector, Stage
from .fields import ChoiceSetField
from .models import Startup
from .selectors import startup_search


def _english() -> bool:
    return (translation.get_language() or "th").startswith("en")


class StartupFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_search",
        widget=forms.TextInput(attrs={"type": "search", "maxlength": 100}),
    )
    sector = django_filters.ChoiceFilter(label=_("Sector"), choices=Sector.choices,
                                         empty_label=_("All sectors"))  # fmt: skip
    stage = django_filters.ChoiceFilter(label=_("Stage"), choices=Stage.choices,
                                        empty_label=_("All stages"))  # fmt: skip
    district = django_filters.ChoiceFilter(label=_("District"), choices=District.choices,
                                           empty_label=_("All districts"))  # fmt: skip
    looking_for = django_filters.ChoiceFilter(
        label=_("Looking for"),
        choices=LookingFor.choices,
        method="filter_looking_for",
        empty_label=pgettext_lazy("looking for", "Anything"),
    )
    hiring = django_filters.BooleanFilter(
        label=_("Hiring now"),
        widget=forms.CheckboxInput,
        method="filter_hiring",
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[("newest", _("Newest")), ("name", _("Name"))],
        method="filter_sort",
        empty_label=None,
        null_label=None,
    )

    class Meta:
        model = Startup
        fields = ["q", "sector", "stage", "district", "looking_for", "hiring", "sort"]

    @property
    def form(self):
        form = super().form
        form.label_suffix = ""  # labels stand above their fields (DESIGN.md): no colon
        return form

    def filter_search(self, queryset, name, value):
        return startup_search(queryset, value[:100])

    def filter_looking_for(self, queryset, name, value):
        return queryset.filter(looking_for__contains=ChoiceSetField.lookup_value(value))

    def filter_hiring(self, queryset, name, value):
        return queryset.filter(hiring=True) if value else queryset

    def filter_sort(self, queryset, name, value):
        if value == "name":
            # Sort by the name the reader sees: Thai first in Thai, English first in English.
            first, second = ("name_en", "name_th") if _english() else ("name_th", "name_en")
            shown = Coalesce(NullIf(first, Value("")), second)
            return queryset.order_by(Lower(shown), "pk")
        if self.form.cleaned_data.get("q"):
            return queryset  # ranked by relevance
        return queryset.order_by("-approved_at", "-pk")

    @property
    def qs(self):
        queryset = super().qs
        if not self.form.cleaned_data.get("sort") and not self.form.cleaned_data.get("q"):
            queryset = queryset.order_by("-approved_at", "-pk")
        return queryset
