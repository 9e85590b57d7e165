import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from . import selectors, services
from .enums import District


class MemberDirectoryFilter(django_filters.FilterSet):
    """The directory's search and filters over `selectors.member_directory()`."""

    q = django_filters.CharFilter(
        label=_("Search by name or skill"),
        method="filter_search",
        widget=forms.TextInput(attrs={"type": "search", "maxlength": 100}),
    )
    skill = django_filters.CharFilter(
        label=_("Skill"), method="filter_skill", widget=forms.TextInput(attrs={"maxlength": 40})
    )
    district = django_filters.ChoiceFilter(
        label=_("District"), field_name="profile__district", choices=District.choices,
        empty_label=_("All districts"),
    )  # fmt: skip

    def filter_search(self, queryset, name, value):
        return selectors.members_search(queryset, q=value.strip()[:100])

    def filter_skill(self, queryset, name, value):
        names = services.tags_normalise(value)
        return queryset.filter(profile__skills__name=names[0]) if names else queryset
