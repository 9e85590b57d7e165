"""Every email the portal sends: a plain-text and an HTML part, in the recipient's language.

Templates live in templates/emails/: `<name>_subject.txt`, `<name>.txt` and `<name>.html`.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def absolute_url(path: str) -> str:
    """Mail is read outside the site, so links need the scheme and host."""
    return settings.SITE_URL.rstrip("/") + path


def build_templated_mail(*, template, to, language, context=None, attachments=()):
    context = {"site_url": settings.SITE_URL, **(context or {})}
    with translation.override(language):
        context["language"] = language
        subject = " ".join(render_to_string(f"emails/{template}_subject.txt", context).split())
        text = render_to_string(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to] if isinstance(to, str) else list(to),
    )
    message.attach_alternative(html, "text/html")
    for attachment in attachments:
        message.attach(*attachment)
    return message


def send_templated_mail(*, connection=None, **kwargs) -> None:
    message = build_templated_mail(**kwargs)
    message.connection = connection
    message.send()
