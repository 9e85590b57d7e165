from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.db import models
from django.urls import reverse_lazy
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from udon_ecosystem.images import ImageUploadField

from . import services
from .enums import District, MembershipStatus
from .models import Profile, User


def _consent_label():
    return format_html(
        _(
            'I accept the <a href="{}">terms of use</a> and have read the '
            '<a href="{}">privacy notice</a>.'
        ),
        reverse_lazy("legal:terms"),
        reverse_lazy("legal:privacy"),
    )


class SignupForm(AllauthSignupForm):
    display_name = forms.CharField(
        label=_("Display name"),
        max_length=100,
        help_text=_("How other people on the portal see you, in Thai or English."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    accept_terms = forms.BooleanField(
        label=lazy(_consent_label, str)(),
        required=True,
        label_suffix="",
        error_messages={"required": _("Please accept the terms of use to create an account.")},
    )
    field_order = ["display_name", "email", "password1", "password2", "accept_terms"]


class TagsField(forms.CharField):
    """Comma-separated free tags, cleaned to a normalised list within the limits."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 600)
        kwargs.setdefault(
            "help_text",
            _("Separate with commas, e.g. Python, ออกแบบ UX, IoT. At most 10."),
        )
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return value

    def clean(self, value):
        value = super().clean(value)
        names = services.tags_normalise(value or "")
        if self.required and not names:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        services.tags_validate(names)
        return names


class MembershipApplicationForm(forms.Form):
    motivation = forms.CharField(
        label=_("Why do you want to join Smart Udon Maker?"),
        help_text=_("A few sentences: what you make or want to make, and how you would take part."),
        min_length=20,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    skills = TagsField(label=_("Skills"), required=True)
    district = forms.ChoiceField(
        label=_("District in Udon Thani"),
        choices=[("", _("Choose a district")), *District.choices],
    )


def _https_urls(db_field, **kwargs):
    # People paste "github.com/name"; read that as https, as Django 6 will by default.
    if isinstance(db_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return db_field.formfield(**kwargs)


class ProfileForm(forms.ModelForm):
    display_name = forms.CharField(label=_("Display name"), max_length=100)
    skills = TagsField(label=_("Skills"))
    interests = TagsField(label=_("Interests"))
    avatar = ImageUploadField(label=_("Avatar"), help_text=_("PNG, JPEG or WebP, at most 2 MB."))

    class Meta:
        model = Profile
        formfield_callback = _https_urls
        fields = [
            "display_name", "bio", "district", "skills", "interests", "website", "github",
            "linkedin", "facebook", "avatar", "is_public",
        ]  # fmt: skip
        widgets = {"bio": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"bio": _("In Thai, English or both. At most 600 characters.")}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].initial = user.display_name
        if self.instance.pk:
            self.fields["skills"].initial = [t.name for t in self.instance.skills.all()]
            self.fields["interests"].initial = [t.name for t in self.instance.interests.all()]


class AccountSettingsForm(forms.ModelForm):
    class Meta:
        model = User
        fields = [
            "preferred_language", "notify_event_reminders", "notify_booking_reminders",
            "notify_news",
        ]  # fmt: skip


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        help_text=_("To confirm it is you. This cannot be undone."),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."), code="wrong_password")
        return password


class MembershipDecisionForm(forms.Form):
    ACTIONS = {
        "approve": MembershipStatus.APPROVED,
        "decline": MembershipStatus.DECLINED,
        "suspend": MembershipStatus.SUSPENDED,
        "reinstate": MembershipStatus.APPROVED,
    }
    action = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("approve", _("Approve")),
            ("decline", _("Decline")),
            ("suspend", _("Suspend")),
            ("reinstate", _("Reinstate")),
        ],
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=1000,
        help_text=_("Required to decline or suspend. The member reads it in the email."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        if data.get("action") in ("decline", "suspend") and not (data.get("reason") or "").strip():
            self.add_error("reason", _("Please give a reason; the applicant will read it."))
        return data

    @property
    def target_status(self):
        return self.ACTIONS[self.cleaned_data["action"]]
