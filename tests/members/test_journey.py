"""The issue's "done when", as a new user would do it, through the real views and allauth."""

import json
import re

import pytest
from django.core import mail

from members.models import Membership, User
from tests.factories import DepaStaffFactory
from tests.factories.members import PASSWORD

pytestmark = pytest.mark.django_db


def test_sign_up_apply_approve_publish_find_download_and_delete(
    client, django_capture_on_commit_callbacks
):
    client.post("/accounts/signup/", {
        "display_name": "เมฆ ฟ้าใส", "email": "mek@example.com", "password1": PASSWORD,
        "password2": PASSWORD, "accept_terms": "on",
    })  # fmt: skip
    confirm = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[-1].body).group(1)
    client.post(client.get(confirm).request["PATH_INFO"])
    mek = User.objects.get(email="mek@example.com")
    client.force_login(mek)

    application = {"motivation": "อยากทำแอปจองคิวคลินิกให้คนอุดร", "district": "mueang",
                   "skills": "แอปพลิเคชันมือถือ, Kotlin"}  # fmt: skip
    client.post("/members/apply/", application)
    client.force_login(DepaStaffFactory())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/staff/members/{mek.membership.pk}/", {"action": "approve"})
    assert Membership.objects.get(user=mek).status == "approved"
    assert "ได้รับอนุมัติ" in mail.outbox[-1].subject

    client.force_login(mek)
    profile = {"display_name": "เมฆ ฟ้าใส", "skills": "แอปพลิเคชันมือถือ", "interests": "",
               "district": "mueang", "is_public": "on"}  # fmt: skip
    client.post("/members/profile/", profile)
    found = client.get("/members/", {"q": "พลิเคชัน"}).context["page_obj"].object_list
    assert [p.email for p in found] == ["mek@example.com"]

    data = json.loads(client.get("/members/settings/my-data.json").content)
    assert data["account"]["email"] == "mek@example.com"
    assert {c["document"] for c in data["consents"]} == {"terms", "privacy"}

    client.post("/members/settings/delete/", {"password": PASSWORD})
    assert list(client.get("/members/", {"q": "พลิเคชัน"}).context["page_obj"].object_list) == []
    assert not User.objects.filter(email="mek@example.com").exists()
