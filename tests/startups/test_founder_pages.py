"""Founders register, edit, submit and manage their team through the pages."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from startups.enums import RevisionStatus, Status
from startups.models import Startup
from tests.factories import StartupFactory
from tests.startups.conftest import VALID_FORM, png_upload

pytestmark = pytest.mark.django_db


def test_registering_a_startup_saves_a_draft_with_a_thumbnail(client, founder):
    client.force_login(founder)
    response = client.post("/startups/new/", {**VALID_FORM, "logo": png_upload()})

    startup = Startup.objects.get()
    assert response.status_code == 302 and response.url == "/startups/khao-hom-digital/"
    assert startup.status == Status.DRAFT
    assert startup.looking_for == ["funding", "partners"] and startup.sdgs == [2, 8]
    assert startup.line_id == "@khaohom" and startup.hiring is True
    assert startup.logo.name.startswith("startups/logos/") and startup.logo.name.endswith(".png")
    assert "logo" not in startup.logo.name.rsplit("/", 1)[1]
    assert startup.logo_thumbnail.name.endswith(".webp")


def test_a_startup_with_only_an_english_name_falls_back_in_thai(client, founder):
    client.force_login(founder)
    client.post("/startups/new/", {**VALID_FORM, "name_th": "", "tagline_th": ""})

    page = client.get("/startups/khao-hom-digital/").content.decode()
    assert '<h1 lang="en">Khao Hom Digital</h1>' in page


def _too_large_png():
    return SimpleUploadedFile("big.png", b"\x89PNG" + b"0" * (2 * 1024 * 1024 + 10))


BAD_INPUT = [
    ({"name_th": "", "name_en": ""}, "name_th", "กรุณาระบุชื่อ"),
    ({"logo": SimpleUploadedFile("logo.png", b"not an image")}, "logo", "ไม่ใช่ภาพที่อ่านได้"),
    ({"logo": "big"}, "logo", "2 MB"),
    ({"logo": "wide"}, "logo", "4096"),
    ({"logo": "gif"}, "logo", "PNG, JPEG"),
    ({"website": "not a url"}, "website", "URL"),
    ({"contact_email": "hello@"}, "contact_email", "อีเมล"),
    ({"name_th": "ก" * 121}, "name_th", "121"),
    ({"founded_year": "2569"}, "founded_year", "2026"),
    ({"founded_year": "2099"}, "founded_year", "อนาคต"),
    ({"founded_year": "1900"}, "founded_year", "1950"),
    ({"registration_number": "0105556012342"}, "registration_number", "ตรวจสอบ"),
    ({"registration_number": "12345"}, "registration_number", "13"),
    ({"line_id": "line id with spaces"}, "line_id", "@smartudon"),
    ({"sector": "mining"}, "sector", "mining"),
]


@pytest.mark.parametrize(("override", "field", "message"), BAD_INPUT)
def test_bad_input_is_shown_next_to_the_field_in_thai_and_saves_nothing(
    client, founder, override, field, message
):
    if override.get("logo") == "big":
        override = {"logo": _too_large_png()}
    elif override.get("logo") == "wide":
        override = {"logo": png_upload(size=(4100, 40))}
    elif override.get("logo") == "gif":
        override = {"logo": png_upload(name="logo.png", fmt="GIF")}
    client.force_login(founder)
    response = client.post("/startups/new/", {**VALID_FORM, **override})

    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    assert any(message in error for error in form.errors[field]), form.errors[field]
    assert f'id="id_{field}_error"' in response.content.decode()
    assert Startup.objects.count() == 0


def test_a_buddhist_era_year_gets_a_message_saying_so_in_english(client, founder):
    client.force_login(founder)
    response = client.post("/en/startups/new/", {**VALID_FORM, "founded_year": "2566"})

    assert response.context["form"].errors["founded_year"] == [
        "2566 looks like a Buddhist-era year. Please enter the year in the Gregorian calendar: "
        "2023."
    ]


def test_a_valid_registration_number_is_accepted(client, founder):
    client.force_login(founder)
    client.post("/startups/new/", {**VALID_FORM, "registration_number": "0105556012341"})
    assert Startup.objects.get().registration_number == "0105556012341"


def test_submitting_from_my_startups_sends_it_for_review(client, founder, draft):
    client.force_login(founder)
    response = client.post(f"/startups/{draft.slug}/submit/", follow=True)

    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED
    assert "ส่งให้เจ้าหน้าที่ตรวจสอบแล้ว" in response.content.decode()


def test_my_startups_shows_state_next_step_and_the_staff_reason(client, founder, staff):
    from startups import services

    startup = StartupFactory(founder=founder, status=Status.SUBMITTED)
    services.startup_request_changes(startup=startup, by=staff, reason="กรุณาเพิ่มโลโก้")
    client.force_login(founder)

    page = client.get("/en/startups/mine/").content.decode()
    assert "Changes requested" in page
    assert "make the changes DEPA staff ask for" in page
    assert "กรุณาเพิ่มโลโก้" in page


def test_editing_an_approved_profile_through_the_form_creates_a_pending_edit(
    client, founder, approved
):
    client.force_login(founder)
    data = {**VALID_FORM, "name_th": approved.name_th, "name_en": approved.name_en}
    response = client.post(f"/startups/{approved.slug}/edit/", data)

    assert response.status_code == 302
    approved.refresh_from_db()
    assert approved.tagline_th == "แพลตฟอร์มดิจิทัลเพื่อชุมชนอุดรธานี"
    revision = approved.revisions.get()
    assert revision.status == RevisionStatus.PENDING
    assert revision.data["tagline_th"] == VALID_FORM["tagline_th"]
    public = client.get(f"/startups/{approved.slug}/").content.decode()
    assert "แพลตฟอร์มดิจิทัลเพื่อชุมชนอุดรธานี" in public
    # The founder reopens the form and sees what is waiting, not the public version.
    form = client.get(f"/startups/{approved.slug}/edit/").context["form"]
    assert form.initial["tagline_th"] == VALID_FORM["tagline_th"]


def test_bad_input_on_edit_changes_nothing(client, founder, draft):
    client.force_login(founder)
    response = client.post(f"/startups/{draft.slug}/edit/", {**VALID_FORM, "website": "nope"})

    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.name_en.startswith("Test Startup")


def test_inviting_an_address_already_on_the_team_shows_an_error(client, founder, approved):
    client.force_login(founder)
    response = client.post(
        f"/startups/{approved.slug}/team/", {"email": founder.email.upper(), "role": "member"}
    )

    assert response.status_code == 200
    assert "อยู่ในทีมหรือได้รับเชิญแล้ว" in str(response.context["form"].errors["email"])
    assert approved.memberships.count() == 1


def test_invitee_accepts_from_my_startups_and_then_appears_to_the_team(
    client, founder, approved, django_capture_on_commit_callbacks
):
    from tests.factories import UserFactory

    invitee = UserFactory(email="malee@example.com")
    client.force_login(founder)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/startups/{approved.slug}/team/", {"email": invitee.email, "role": "member"})

    client.force_login(invitee)
    mine = client.get("/startups/mine/")
    invitation = mine.context["invitations"][0]
    client.post(f"/startups/invitations/{invitation.pk}/accept/")

    page = client.get(f"/startups/{approved.slug}/").content.decode()
    assert invitee.name in page


def test_last_founder_trying_to_leave_is_told_why(client, founder, approved):
    client.force_login(founder)
    response = client.post(f"/startups/{approved.slug}/leave/", follow=True)

    assert "ผู้ก่อตั้งคนสุดท้าย" in response.content.decode()
    assert approved.memberships.filter(user=founder).exists()


def test_a_website_typed_without_a_scheme_is_saved_with_https(client, founder):
    client.force_login(founder)
    client.post("/startups/new/", {**VALID_FORM, "website": "khaohom.example"})
    assert Startup.objects.get().website == "https://khaohom.example"


def test_a_thai_only_name_gets_a_readable_thai_address_that_works(client, founder):
    client.force_login(founder)
    response = client.post("/startups/new/", {**VALID_FORM, "name_en": "", "name_th": "ข้าวหอม"})

    startup = Startup.objects.get()
    assert startup.slug == "ข้าวหอม"
    assert (
        response.url
        == startup.get_absolute_url()
        == "/startups/%E0%B8%82%E0%B9%89%E0%B8%B2%E0%B8%A7%E0%B8%AB%E0%B8%AD%E0%B8%A1/"
    )
    assert client.get(response.url).context["startup"] == startup
