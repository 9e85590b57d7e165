from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .enums import VenueKind
from .models import Event, Idea, Topic


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class EventForm(forms.ModelForm):
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.order_by("slug"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    online_url = forms.URLField(
        label=_("Online meeting link"),
        required=False,
        assume_scheme="https",
        help_text=_("Shown only to confirmed attendees."),
    )

    class Meta:
        model = Event
        fields = [
            "title_th", "title_en", "description_th", "description_en", "kind", "topics",
            "starts_at", "ends_at", "venue_kind", "room", "address", "online_url", "capacity",
            "cover",
        ]  # fmt: skip
        widgets = {"starts_at": DateTimeInput(), "ends_at": DateTimeInput()}

    def __init__(self, *args, confirmed_count=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.confirmed_count = confirmed_count
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        self.fields["room"].help_text = _("For example: Meeting room 1, Event hall.")

    def clean_starts_at(self):
        starts_at = self.cleaned_data["starts_at"]
        is_new = self.instance.pk is None
        moved = not is_new and starts_at != self.instance.starts_at
        if (is_new or moved) and starts_at <= timezone.now():
            raise forms.ValidationError(_("The start must be in the future."))
        return starts_at

    def clean_capacity(self):
        capacity = self.cleaned_data.get("capacity")
        if capacity is not None and capacity < self.confirmed_count:
            raise forms.ValidationError(
                _("The capacity cannot be lower than the %(count)s people already confirmed.")
                % {"count": self.confirmed_count}
            )
        if capacity == 0:
            raise forms.ValidationError(
                _("Leave the capacity empty for no limit, or give at least 1.")
            )
        return capacity

    def clean(self):
        cleaned = super().clean()
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", _("The end must be after the start."))
        venue = cleaned.get("venue_kind")
        if venue == VenueKind.ONLINE and not cleaned.get("online_url"):
            self.add_error("online_url", _("An online event needs a meeting link."))
        if venue == VenueKind.ADDRESS and not cleaned.get("address"):
            self.add_error("address", _("Please give the address."))
        return cleaned

    def service_data(self) -> dict:
        data = {name: self.cleaned_data[name] for name in self.Meta.fields if name != "topics"}
        if data["cover"] is False:  # the "clear" checkbox of the file input
            data["cover"] = ""
        return data


class CancelEventForm(forms.Form):
    message = forms.CharField(
        label=_("Message to attendees"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent with the cancellation email to everyone confirmed or waitlisted."),
        max_length=2000,
    )


class CoOrganiserForm(forms.Form):
    email = forms.EmailField(label=_("Email address of a signed-up user"))


class IdeaForm(forms.ModelForm):
    class Meta:
        model = Idea
        fields = ["title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}
