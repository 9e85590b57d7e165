"""Sign-up, verification, sign-in, sign-out and password reset through allauth's real views."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils import translation

from members.models import User
from tests.factories.members import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "another-long-password-77"


def _signup(client, url, email="nok@example.com"):
    return client.post(
        url,
        {
            "display_name": "นก พรหมมา",
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "accept_terms": "on",
        },
    )


def _link_in(message):
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def test_signup_in_thai_sends_a_thai_verification_mail_with_html_part(client):
    response = _signup(client, "/accounts/signup/")

    assert response.status_code == 302
    user = User.objects.get(email="nok@example.com")
    assert user.display_name == "นก พรหมมา"
    assert user.preferred_language == "th"
    assert EmailAddress.objects.get(user=user).verified is False
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nok@example.com"]
    assert "ยืนยัน" in message.subject
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert "/accounts/confirm-email/" in html


def test_signup_in_english_sends_an_english_verification_mail(client):
    _signup(client, "/en/accounts/signup/", email="james@example.com")

    assert User.objects.get(email="james@example.com").preferred_language == "en"
    assert mail.outbox[0].subject == "[Smart Udon] Please Confirm Your Email Address"


def test_unverified_user_cannot_sign_in_until_confirmed(client, django_capture_on_commit_callbacks):
    _signup(client, "/accounts/signup/")
    client.logout()
    confirm_path = _link_in(mail.outbox[0])

    response = client.post("/accounts/login/", {"login": "nok@example.com", "password": PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(confirm_path)

    assert EmailAddress.objects.get(email="nok@example.com").verified is True
    client.post("/accounts/login/", {"login": "nok@example.com", "password": PASSWORD})
    assert int(client.session["_auth_user_id"]) == User.objects.get(email="nok@example.com").pk
    welcome = mail.outbox[-1]
    assert welcome.subject == "ยินดีต้อนรับสู่ Smart Udon"
    assert [mimetype for _content, mimetype in welcome.alternatives] == ["text/html"]


def test_confirmation_link_does_not_confirm_on_get(client):
    _signup(client, "/accounts/signup/")
    response = client.get(_link_in(mail.outbox[0]))

    assert response.status_code == 200
    assert EmailAddress.objects.get(email="nok@example.com").verified is False


def test_sign_in_and_sign_out_with_post(client, user):
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk

    client.get("/accounts/logout/")
    assert "_auth_user_id" in client.session, "GET must never sign anyone out"

    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_wrong_password_rerenders_the_form_in_thai(client, user):
    response = client.post("/accounts/login/", {"login": user.email, "password": "nope"})

    assert response.status_code == 200
    assert "อีเมลและ/หรือรหัสผ่านที่ระบุมาไม่ถูกต้อง" in response.content.decode()


def test_password_reset_from_mail_link_to_new_password(client, user):
    client.post("/accounts/password/reset/", {"email": user.email})
    assert len(mail.outbox) == 1
    reset_path = _link_in(mail.outbox[0])

    # allauth moves the key out of the URL into the session, then shows the form.
    response = client.get(reset_path, follow=True)
    form_path = response.redirect_chain[-1][0] if response.redirect_chain else reset_path
    response = client.post(form_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302

    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_password_change_for_signed_in_user(client, user):
    client.force_login(user)
    response = client.post(
        "/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_allauth_pages_are_in_thai_inside_the_portal_layout(client):
    with translation.override("th"):
        body = client.get("/accounts/login/").content.decode()

    assert '<html lang="th">' in body
    assert "เข้าสู่ระบบ" in body
    assert "322/19" in body  # the portal's footer: allauth's pages use the site layout


def test_sign_in_is_rate_limited_after_repeated_failures(client, user):
    for _ in range(5):
        client.post("/accounts/login/", {"login": user.email, "password": "wrong"})

    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})

    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)
