import datetime as dt

from django import forms
from django.conf import settings
from django.forms import modelformset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.models import User

from .models import ClosedDay, OpeningHours, Resource, Space
from .selectors import booking_window


def slot_choices():
    step = settings.COWORKING_SLOT_MINUTES
    return [(f"{m // 60:02d}:{m % 60:02d}",) * 2 for m in range(6 * 60, 22 * 60 + 1, step)]


class BookingForm(forms.Form):
    """A resource, a day and a start and end time on slot steps; the service checks the rest."""

    resource = forms.ModelChoiceField(label=_("Desk or room"), queryset=Resource.objects.none())
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    start = forms.ChoiceField(label=_("From"), choices=slot_choices)
    end = forms.ChoiceField(label=_("Until"), choices=slot_choices)

    def __init__(self, *args, space=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resource"].queryset = Resource.objects.filter(
            space=space, is_active=True
        ).select_related("space")
        first, last = booking_window()
        self.fields["date"].widget.attrs.update(min=first.isoformat(), max=last.isoformat())

    def clean_date(self):
        date = self.cleaned_data["date"]
        # A Thai reader may type the Buddhist-era year; never read 2569 as a Gregorian year.
        if not 2000 <= date.year <= 2100:
            raise forms.ValidationError(_("Please enter the date with the Gregorian year."))
        return date

    def clean(self):
        data = super().clean()
        if {"date", "start", "end"} <= data.keys():
            starts = dt.time.fromisoformat(data["start"])
            ends = dt.time.fromisoformat(data["end"])
            data["starts_at"] = timezone.make_aware(dt.datetime.combine(data["date"], starts))
            data["ends_at"] = timezone.make_aware(dt.datetime.combine(data["date"], ends))
            if data["ends_at"] <= data["starts_at"]:
                self.add_error("end", _("The end must be after the start."))
        return data


class WalkInForm(BookingForm):
    member_email = forms.EmailField(
        label=_("Member's email address"), help_text=_("The member the booking is for.")
    )

    field_order = ["member_email", "resource", "date", "start", "end"]

    def clean_member_email(self):
        email = self.cleaned_data["member_email"].lower()
        member = User.objects.filter(email__iexact=email, is_active=True).first()
        if member is None:
            raise forms.ValidationError(_("No account uses this email address."))
        self.cleaned_data["member"] = member
        return email


class SpaceForm(forms.ModelForm):
    class Meta:
        model = Space
        fields = ["name_th", "name_en", "address"]


class ResourceForm(forms.ModelForm):
    class Meta:
        model = Resource
        fields = ["kind", "name_th", "name_en", "capacity", "amenities", "is_active", "position"]


class ClosedDayForm(forms.ModelForm):
    class Meta:
        model = ClosedDay
        fields = ["date", "reason_th", "reason_en"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, space=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.space = space

    def clean_date(self):
        date = self.cleaned_data["date"]
        if not 2000 <= date.year <= 2100:
            raise forms.ValidationError(_("Please enter the date with the Gregorian year."))
        exists = ClosedDay.objects.filter(space=self.instance.space, date=date).exclude(
            pk=self.instance.pk
        )
        if exists.exists():
            raise forms.ValidationError(_("This day is already closed."))
        return date


class OpeningHoursForm(forms.ModelForm):
    class Meta:
        model = OpeningHours
        fields = ["weekday", "opens_at", "closes_at"]
        widgets = {
            "opens_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "closes_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }

    def clean(self):
        data = super().clean()
        opens, closes = data.get("opens_at"), data.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", _("Closing time must be after opening time."))
        return data


class BaseOpeningHoursFormSet(forms.BaseModelFormSet):
    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if not form.cleaned_data or form.cleaned_data.get("DELETE"):
                continue
            weekday = form.cleaned_data.get("weekday")
            if weekday in seen:
                form.add_error("weekday", _("Each weekday can have one row of hours."))
            seen.add(weekday)


OpeningHoursFormSet = modelformset_factory(
    OpeningHours,
    form=OpeningHoursForm,
    formset=BaseOpeningHoursFormSet,
    extra=1,
    can_delete=True,
    max_num=7,
)
