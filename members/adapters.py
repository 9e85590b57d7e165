"""allauth hooks: language-aware mail with an HTML part, and the welcome email on confirmation."""

from allauth.account.adapter import DefaultAccountAdapter
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from . import services
from .models import User


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user.display_name = form.cleaned_data.get("display_name", "")
        user.preferred_language = translation.get_language() or "th"
        user = super().save_user(request, user, form, commit=commit)
        if commit and form.cleaned_data.get("accept_terms"):
            services.consent_record(user=user)
        return user

    def send_mail(self, template_prefix, email, context):
        # The recipient's preferred language wins over the language of the page that sent it.
        user = User.objects.filter(email__iexact=email).only("preferred_language").first()
        language = user.preferred_language if user else translation.get_language()
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def render_mail(self, template_prefix, email, context, headers=None):
        message = super().render_mail(template_prefix, email, context, headers=headers)
        if getattr(message, "alternatives", None):
            return message
        # allauth's stock messages are text only; every portal email also has an HTML part.
        multipart = EmailMultiAlternatives(
            subject=message.subject,
            body=message.body,
            from_email=message.from_email,
            to=message.to,
            headers=message.extra_headers,
        )
        multipart.attach_alternative(
            render_to_string("emails/from_text.html", {"body": message.body}), "text/html"
        )
        return multipart

    def confirm_email(self, request, email_address):
        super().confirm_email(request, email_address)
        services.user_welcome_email_schedule(user=email_address.user)
