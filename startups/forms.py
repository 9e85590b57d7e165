from django import forms
from django.utils.translation import gettext_lazy as _

from udon_ecosystem.images import ImageUploadField

from .enums import TeamRole
from .models import PUBLIC_FIELDS, Startup


class StartupForm(forms.ModelForm):
    logo = ImageUploadField(
        label=_("logo"), help_text=_("PNG, JPEG or WebP, at most 2 MB, ideally square.")
    )

    class Meta:
        model = Startup
        fields = PUBLIC_FIELDS
        widgets = {
            "description_th": forms.Textarea(attrs={"rows": 6}),
            "description_en": forms.Textarea(attrs={"rows": 6}),
            "founded_year": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "registration_number": forms.TextInput(attrs={"inputmode": "numeric"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name_th"].help_text = _("Give the name in Thai, in English, or both.")
        for name in ("line_id",):
            self.fields[name].widget.attrs["autocomplete"] = "off"

    def clean_line_id(self):
        value = self.cleaned_data["line_id"].strip().lower()
        return f"@{value.lstrip('@')}" if value else ""

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("name_th", "").strip() or cleaned.get("name_en", "").strip()):
            self.add_error("name_th", _("Please give the startup's name in Thai or in English."))
        return cleaned

    def changed_data_for_service(self) -> dict:
        return {field: self.cleaned_data[field] for field in self.Meta.fields}


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254)
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[
            (TeamRole.CO_FOUNDER, TeamRole.CO_FOUNDER.label),
            (TeamRole.MEMBER, TeamRole.MEMBER.label),
        ],
        initial=TeamRole.MEMBER,
    )

    def __init__(self, *args, startup=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.startup = startup

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if self.startup and self.startup.memberships.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("%(email)s is already on the team or invited."), params={"email": email}
            )
        return email


class _ReasonRequiredMixin:
    """Refusals must say why: the founders read the reason in their email."""

    needs_reason: tuple[str, ...] = ()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") in self.needs_reason and not cleaned.get("reason", "").strip():
            self.add_error(
                "reason", _("Please give a reason, so the founders know what to change.")
            )
        return cleaned


class DecisionForm(_ReasonRequiredMixin, forms.Form):
    ACTIONS = [
        ("approve", _("Approve")),
        ("request_changes", _("Ask for changes")),
        ("reject", _("Reject")),
        ("archive", _("Archive")),
    ]
    needs_reason = ("reject", "request_changes")
    action = forms.ChoiceField(choices=ACTIONS, widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Reason for the founders"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when you reject or ask for changes. The founders see it."),
    )


class RevisionDecisionForm(_ReasonRequiredMixin, forms.Form):
    needs_reason = ("reject",)
    action = forms.ChoiceField(
        choices=[("approve", _("Approve the edit")), ("reject", _("Reject the edit"))],
        widget=forms.HiddenInput,
    )
    reason = forms.CharField(
        label=_("Reason for the founders"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when you reject the edit."),
    )
