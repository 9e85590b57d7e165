"""Editing a profile (tags, avatar, visibility) and the person's page."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from members import services
from members.models import Profile
from members.person_page import _SECTIONS, person_section
from tests.factories import DepaStaffFactory, UserFactory, member

pytestmark = pytest.mark.django_db

PROFILE = {
    "display_name": "สมศรี ช่างคิด",
    "bio": "นักพัฒนา IoT / IoT developer",
    "district": "ban_dung",
    "skills": "Arduino, arduino ,  Machine   Learning",
    "interests": "เกษตรอัจฉริยะ",
    "website": "https://somsri.example",
    "github": "github.com/somsri",
    "linkedin": "",
    "facebook": "",
    "is_public": "on",
}


def _png(size=(64, 64)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#A61E4D").save(buffer, format="PNG")
    return SimpleUploadedFile("my face.png", buffer.getvalue(), content_type="image/png")


def test_tags_are_normalised_for_case_spaces_and_duplicates():
    assert services.tags_normalise(" Python ,python,  Data   Science, ,ไอโอที") == [
        "python", "data science", "ไอโอที",
    ]  # fmt: skip


def test_profile_is_private_by_default(user):
    assert services.profile_for(user=user).is_public is False


def test_member_edits_profile_with_avatar_and_makes_it_public(client):
    person = member(public=False)
    client.force_login(person)

    response = client.post("/en/members/profile/", {**PROFILE, "avatar": _png()})

    assert response.status_code == 302
    assert response.url == f"/en/members/{person.pk}/"
    profile = Profile.objects.get(user=person)
    person.refresh_from_db()
    assert person.display_name == "สมศรี ช่างคิด"
    assert [t.name for t in profile.skills.order_by("name")] == ["arduino", "machine learning"]
    assert [t.name for t in profile.interests.all()] == ["เกษตรอัจฉริยะ"]
    assert profile.github == "https://github.com/somsri"
    assert profile.is_public is True
    assert profile.avatar.name.startswith("avatars/") and "my face" not in profile.avatar.name
    assert profile.avatar_thumbnail.name.endswith(".webp")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"avatar": SimpleUploadedFile("a.png", b"not an image", content_type="image/png")},
         "not an image we can read"),
        ({"skills": ",".join(f"t{i}" for i in range(11))}, "At most 10 tags"),
        ({"website": "not a url"}, "Enter a valid URL"),
        ({"display_name": ""}, "This field is required"),
        ({"district": "bangkok"}, "is not one of the available choices"),
    ],
)  # fmt: skip
def test_bad_profile_input_shows_errors_and_saves_nothing(client, change, message):
    person = member(public=False)
    client.force_login(person)
    before = person.display_name

    response = client.post("/en/members/profile/", {**PROFILE, **change})

    assert response.status_code == 200
    assert message in response.content.decode()
    person.refresh_from_db()
    assert person.display_name == before
    assert Profile.objects.get(user=person).is_public is False


def test_person_page_shows_profile_skills_links_and_membership_and_no_empty_sections(client):
    person = member(skills=["python", "iot"], display_name="อนุชา มีสุข")
    Profile.objects.filter(user=person).update(website="https://anucha.example")

    body = client.get(f"/en/members/{person.pk}/").content.decode()

    assert "อนุชา มีสุข" in body
    assert "Skills and interests" in body and "python" in body
    assert 'href="https://anucha.example"' in body
    assert "Smart Udon Maker membership" in body and "Approved" in body
    assert "Startups" not in body and "RSVP" not in body and "booking" not in body.lower()


def test_person_page_without_links_has_no_links_section(client):
    person = member(skills=["python"])

    assert "Links</h2>" not in client.get(f"/en/members/{person.pk}/").content.decode()


def test_an_app_adds_a_section_that_shows_only_when_it_has_data(client):
    person = member()
    person_section(key="test-startups", title="Startups on the team",
                   template="members/sections/_links.html",
                   context=lambda p, v: {"links": [("Lotus Labs", "https://lotus.example")]}
                   if p.pk == person.pk else None)  # fmt: skip
    try:
        body = client.get(f"/en/members/{person.pk}/").content.decode()
        other = client.get(f"/en/members/{member().pk}/").content.decode()
    finally:
        _SECTIONS.pop("test-startups")

    assert "Startups on the team" in body and "Lotus Labs" in body
    assert "Startups on the team" not in other


@pytest.mark.parametrize(
    ("status", "public"), [("approved", False), ("pending", True), ("suspended", True)]
)
def test_private_or_non_member_page_is_hidden_from_others_but_open_to_owner_and_staff(
    client, status, public
):
    person = member(status=status, public=public)
    url = f"/en/members/{person.pk}/"

    assert client.get(url).status_code == 404
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(person)
    assert client.get(url).status_code == 200
    client.force_login(DepaStaffFactory())
    assert client.get(url).status_code == 200


def test_member_removes_their_avatar(client):
    person = member()
    client.force_login(person)
    client.post("/members/profile/", {**PROFILE, "avatar": _png()})

    client.post("/members/profile/", {**PROFILE, "avatar-clear": "on"})

    profile = Profile.objects.get(user=person)
    assert not profile.avatar and not profile.avatar_thumbnail
