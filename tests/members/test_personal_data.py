"""Account settings and personal data rights: consent, download my data, delete my account."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.db import connection

from members import signals
from members.legal import PRIVACY_VERSION, TERMS_VERSION
from members.models import Consent, Membership, MembershipEvent, Profile, User
from tests.factories import DepaStaffFactory, member
from tests.factories.members import PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP = {
    "display_name": "มาลี แก้วมณี",
    "email": "malee@example.com",
    "password1": PASSWORD,
    "password2": PASSWORD,
}


def test_signup_records_consent_to_the_current_terms_and_privacy_notice(client):
    client.post("/accounts/signup/", {**SIGNUP, "accept_terms": "on"})

    user = User.objects.get(email="malee@example.com")
    assert sorted(Consent.objects.filter(user=user).values_list("document", "version")) == [
        ("privacy", PRIVACY_VERSION),
        ("terms", TERMS_VERSION),
    ]
    assert all(c.accepted_at for c in Consent.objects.filter(user=user))


def test_signup_form_links_the_terms_and_privacy_notice_in_the_page_language(client):
    body = client.get("/en/accounts/signup/").content.decode()

    assert 'I accept the <a href="/en/terms/">terms of use</a>' in body
    assert '<a href="/en/privacy/">privacy notice</a>' in body


def test_signup_without_accepting_the_terms_is_refused(client):
    response = client.post("/en/accounts/signup/", SIGNUP)

    assert "Please accept the terms of use to create an account." in response.content.decode()
    assert not User.objects.filter(email="malee@example.com").exists()


@pytest.mark.parametrize(
    ("path", "heading", "text"),
    [
        ("/terms/", "ข้อกำหนดการใช้งาน", "สมาชิก Smart Udon Maker"),
        ("/en/terms/", "Terms of use", "Smart Udon Maker membership"),
        ("/privacy/", "ประกาศความเป็นส่วนตัว", "พ.ศ. 2562"),
        ("/en/privacy/", "Privacy notice", "Personal Data Protection Act"),
    ],
)
def test_terms_and_privacy_notice_are_real_pages_in_thai_and_english(client, path, heading, text):
    body = client.get(path).content.decode()

    assert f"<h1>{heading}</h1>" in body
    assert text in body
    assert TERMS_VERSION in body


def test_settings_save_language_and_notification_preferences(client, user):
    client.force_login(user)

    response = client.post(
        "/en/members/settings/",
        {"preferred_language": "en", "notify_event_reminders": "on", "notify_news": "on"},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.preferred_language == "en"
    assert (user.notify_event_reminders, user.notify_booking_reminders, user.notify_news) == (
        True,
        False,
        True,
    )


def test_settings_page_links_email_password_data_and_delete(client, user):
    client.force_login(user)
    body = client.get("/en/members/settings/").content.decode()

    for href in ("/en/accounts/email/", "/en/accounts/password/change/",
                 "/en/members/settings/my-data.json", "/en/members/settings/delete/"):  # fmt: skip
        assert f'href="{href}"' in body


def test_bad_language_is_refused_and_nothing_saved(client, user):
    client.force_login(user)
    response = client.post("/en/members/settings/", {"preferred_language": "fr"})

    assert "Select a valid choice" in response.content.decode()
    user.refresh_from_db()
    assert user.preferred_language == "th"


def test_download_my_data_holds_account_profile_membership_history_and_other_apps(client):
    person = member(skills=["iot"], email="dao@example.com", display_name="ดาว")
    staff = DepaStaffFactory()
    MembershipEvent.objects.create(membership=person.membership, by=staff,
                                   from_status="pending", to_status="approved")  # fmt: skip
    Consent.objects.create(user=person, document="terms", version=TERMS_VERSION)

    def startups_section(sender, user, **kwargs):
        return ("startup_roles", [{"startup": "Lotus Labs", "role": "founder", "user": user.pk}])

    signals.personal_data_export.connect(startups_section)
    client.force_login(person)
    try:
        response = client.get("/members/settings/my-data.json")
    finally:
        signals.personal_data_export.disconnect(startups_section)

    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="smart-udon-my-data-')
    data = json.loads(response.content)
    assert data["account"]["email"] == "dao@example.com"
    assert data["account"]["display_name"] == "ดาว"
    assert data["profile"]["skills"] == ["iot"]
    assert data["membership"]["status"] == "approved"
    assert data["membership"]["history"][0]["to"] == "approved"
    assert data["consents"][0]["version"] == TERMS_VERSION
    assert data["startup_roles"] == [{"startup": "Lotus Labs", "role": "founder",
                                      "user": person.pk}]  # fmt: skip


def test_staff_export_includes_review_decisions_they_took_part_in(client):
    staff = DepaStaffFactory()
    applicant = member(status="pending", display_name="ผู้สมัคร")
    MembershipEvent.objects.create(
        membership=applicant.membership,
        by=staff,
        from_status="pending",
        to_status="declined",
        reason="ยังไม่ครบ",
    )
    client.force_login(staff)

    data = json.loads(client.get("/members/settings/my-data.json").content)

    assert data["membership_decisions_made"][0]["to"] == "declined"
    assert data["membership_decisions_made"][0]["membership_of"] == "ผู้สมัคร"


def test_delete_with_a_wrong_password_changes_nothing(client):
    person = member()
    client.force_login(person)

    response = client.post("/en/members/settings/delete/", {"password": "wrong"})

    assert "That is not your password." in response.content.decode()
    person.refresh_from_db()
    assert person.is_active and Profile.objects.filter(user=person).exists()


def test_delete_account_erases_identity_keeps_history_and_tells_other_apps(client):
    person = member(email="gone@example.com", display_name="คนที่จากไป", skills=["iot"])
    MembershipEvent.objects.create(membership=person.membership, by=person,
                                   from_status="", to_status="pending")  # fmt: skip
    seen = []

    def free_bookings(sender, user, **kwargs):
        # Receivers still see who is leaving, inside the erasing transaction.
        seen.append((user.email, connection.in_atomic_block))

    signals.user_erasing.connect(free_bookings)
    client.force_login(person)
    try:
        response = client.post("/en/members/settings/delete/", {"password": PASSWORD})
    finally:
        signals.user_erasing.disconnect(free_bookings)

    assert response.status_code == 302
    assert seen == [("gone@example.com", True)]
    person.refresh_from_db()
    assert person.email == f"erased-{person.pk}@erased.invalid"
    assert person.display_name == "" and not person.is_active and not person.has_usable_password()
    assert not Profile.objects.filter(user=person).exists()
    assert not EmailAddress.objects.filter(user=person).exists()
    assert not Consent.objects.filter(user=person).exists()
    assert Membership.objects.get(user=person).motivation == ""
    assert MembershipEvent.objects.filter(membership__user=person).count() == 1
    # Signed out, cannot sign in again, and gone from the directory.
    assert "_auth_user_id" not in client.session
    login = client.post("/accounts/login/", {"login": "gone@example.com", "password": PASSWORD})
    assert login.status_code == 200
    assert "คนที่จากไป" not in client.get("/members/").content.decode()
    assert client.get(f"/members/{person.pk}/").status_code == 404


def test_delete_account_page_on_get_changes_nothing(client):
    person = member()
    client.force_login(person)

    assert client.get("/en/members/settings/delete/").status_code == 200
    person.refresh_from_db()
    assert person.is_active
