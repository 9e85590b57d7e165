"""The approval workflow: who may move a startup where, the history, the emails."""

import pytest
from django.core import mail

from startups import services
from startups.enums import ReviewEvent, RevisionStatus, Status
from startups.errors import StartupError, StartupPermissionDenied
from startups.models import ReviewEntry, Startup
from tests.factories import StartupFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_create_makes_a_draft_with_the_creator_as_founder_and_a_history_entry(founder):
    startup = services.startup_create(
        data={"name_th": "ข้าวหอมดิจิทัล", "sector": "agritech", "stage": "idea"}, by=founder
    )

    assert startup.status == Status.DRAFT
    assert list(startup.memberships.values_list("user", "role")) == [(founder.pk, "founder")]
    assert list(startup.history.values_list("from_status", "to_status")) == [("", "draft")]
    assert "ข้าวหอม" in startup.search_text


def test_slug_is_readable_unique_and_avoids_reserved_words(founder):
    first = services.startup_create(
        data={"name_en": "Khao Hom", "sector": "agritech", "stage": "idea"}, by=founder
    )
    second = services.startup_create(
        data={"name_en": "Khao Hom", "sector": "agritech", "stage": "idea"}, by=founder
    )
    thai_only = services.startup_create(
        data={"name_th": "ข้าวหอม", "sector": "agritech", "stage": "idea"}, by=founder
    )
    reserved = services.startup_create(
        data={"name_en": "Mine", "sector": "other", "stage": "idea"}, by=founder
    )

    assert (first.slug, second.slug) == ("khao-hom", "khao-hom-2")
    assert thai_only.slug == "ข้าวหอม"
    assert reserved.slug == "mine-startup"


def test_full_journey_submit_changes_resubmit_approve_records_every_step(draft, founder, staff):
    services.startup_submit(startup=draft, by=founder)
    services.startup_request_changes(startup=draft, by=staff, reason="เพิ่มคำอธิบายภาษาไทย")
    services.startup_submit(startup=draft, by=founder)
    services.startup_approve(startup=draft, by=staff)

    draft.refresh_from_db()
    assert draft.status == Status.APPROVED and draft.approved_at is not None
    steps = list(
        ReviewEntry.objects.filter(startup=draft)
        .order_by("pk")
        .values_list("from_status", "to_status", "actor", "reason")
    )
    assert steps == [
        ("draft", "submitted", founder.pk, ""),
        ("submitted", "changes_requested", staff.pk, "เพิ่มคำอธิบายภาษาไทย"),
        ("changes_requested", "submitted", founder.pk, ""),
        ("submitted", "approved", staff.pk, ""),
    ]


@pytest.mark.parametrize("decide", [services.startup_reject, services.startup_request_changes])
def test_reject_and_request_changes_need_a_reason(submitted, staff, decide):
    with pytest.raises(StartupError):
        decide(startup=submitted, by=staff, reason="   ")

    submitted.refresh_from_db()
    assert submitted.status == Status.SUBMITTED
    assert submitted.history.count() == 0


def test_founder_cannot_approve_their_own_startup(submitted, founder):
    with pytest.raises(StartupError):
        services.startup_approve(startup=submitted, by=founder)
    assert Startup.objects.get(pk=submitted.pk).status == Status.SUBMITTED


def test_a_stranger_cannot_submit_someone_elses_startup(draft):
    with pytest.raises(StartupPermissionDenied):
        services.startup_submit(startup=draft, by=UserFactory())


@pytest.mark.parametrize(
    ("status", "to"),
    [
        (Status.DRAFT, Status.APPROVED),
        (Status.APPROVED, Status.APPROVED),
        (Status.REJECTED, Status.APPROVED),
        (Status.ARCHIVED, Status.APPROVED),
        (Status.APPROVED, Status.SUBMITTED),
    ],
)
def test_staff_cannot_make_moves_that_make_no_sense(staff, status, to):
    startup = StartupFactory(status=status)
    with pytest.raises(StartupError):
        services.startup_transition(startup=startup, to=to, by=staff, reason="x")


def test_history_entries_cannot_be_rewritten(submitted, staff):
    services.startup_approve(startup=submitted, by=staff)
    entry = submitted.history.get()
    entry.reason = "changed"
    with pytest.raises(ValueError, match="append-only"):
        entry.save()


def test_decision_email_goes_to_each_founder_in_their_language_after_commit(
    submitted, founder, staff, django_capture_on_commit_callbacks
):
    english_cofounder = UserFactory(preferred_language="en")
    submitted.memberships.create(
        user=english_cofounder, email=english_cofounder.email, role="co_founder",
        accepted_at=submitted.created_at,
    )  # fmt: skip

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.startup_request_changes(startup=submitted, by=staff, reason="Add a logo")
    assert mail.outbox == []  # nothing leaves before the transaction commits

    for callback in callbacks:
        callback()
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {founder.email, english_cofounder.email}
    assert "ขอให้แก้ไข" in by_recipient[founder.email].subject
    assert "Changes requested" in by_recipient[english_cofounder.email].subject
    assert "Add a logo" in by_recipient[english_cofounder.email].body
    assert "/en/startups/mine/" in by_recipient[english_cofounder.email].body


def test_decision_email_is_sent_once_when_the_task_runs_twice(submitted, staff):
    services.startup_approve(startup=submitted, by=staff)
    entry = submitted.history.get()

    assert services.review_entry_send_email(entry_id=entry.pk) == 1
    assert services.review_entry_send_email(entry_id=entry.pk) == 0
    assert len(mail.outbox) == 1
    entry.refresh_from_db()
    assert entry.emailed_at is not None
    assert services.review_entry_send_email(entry_id=987654) == 0


# --- Pending revisions -------------------------------------------------------------------------
def test_editing_an_approved_startup_keeps_the_public_version_until_staff_approve(
    approved, founder, staff
):
    services.startup_update(
        startup=approved, data={"tagline_th": "สโลแกนใหม่", "hiring": True}, by=founder
    )

    approved.refresh_from_db()
    assert approved.tagline_th == "แพลตฟอร์มดิจิทัลเพื่อชุมชนอุดรธานี"
    revision = approved.revisions.get()
    assert revision.status == RevisionStatus.PENDING
    assert revision.data["tagline_th"] == "สโลแกนใหม่"

    services.revision_decide(revision=revision, approve=True, by=staff)

    approved.refresh_from_db()
    assert approved.tagline_th == "สโลแกนใหม่" and approved.hiring is True
    assert "สโลแกนใหม่" in approved.search_text
    assert approved.status == Status.APPROVED
    assert list(approved.history.values_list("event", flat=True).order_by("pk"))[-2:] == [
        ReviewEvent.REVISION_SUBMITTED,
        ReviewEvent.REVISION_APPROVED,
    ]


def test_a_second_edit_replaces_the_pending_one_rather_than_piling_up(approved, founder):
    services.startup_update(startup=approved, data={"tagline_th": "หนึ่ง"}, by=founder)
    services.startup_update(startup=approved, data={"tagline_th": "สอง"}, by=founder)

    assert approved.revisions.count() == 1
    assert approved.revisions.get().data["tagline_th"] == "สอง"


def test_rejecting_an_edit_needs_a_reason_and_leaves_the_profile_alone(approved, founder, staff):
    revision = services.startup_update(startup=approved, data={"name_en": "New"}, by=founder)

    with pytest.raises(StartupError):
        services.revision_decide(revision=revision, approve=False, by=staff, reason="")
    services.revision_decide(revision=revision, approve=False, by=staff, reason="ชื่อไม่ตรงกับบริษัท")

    approved.refresh_from_db()
    revision.refresh_from_db()
    assert approved.name_en.startswith("Test Startup")
    assert revision.status == RevisionStatus.REJECTED
    with pytest.raises(StartupError):
        services.revision_decide(revision=revision, approve=True, by=staff)


def test_only_staff_decide_on_edits(approved, founder):
    revision = services.startup_update(startup=approved, data={"name_en": "New"}, by=founder)
    with pytest.raises(StartupPermissionDenied):
        services.revision_decide(revision=revision, approve=True, by=founder)


def test_draft_edits_change_the_profile_in_place(draft, founder):
    assert services.startup_update(startup=draft, data={"name_en": "Renamed"}, by=founder) is None
    draft.refresh_from_db()
    assert draft.name_en == "Renamed" and draft.revisions.count() == 0


def test_a_submitted_profile_cannot_be_edited(submitted, founder):
    with pytest.raises(StartupError):
        services.startup_update(startup=submitted, data={"name_en": "x"}, by=founder)


def test_archiving_hides_the_profile_keeps_data_and_withdraws_pending_edits(approved, founder):
    services.startup_update(startup=approved, data={"name_en": "New"}, by=founder)
    services.startup_archive(startup=approved, by=founder)

    approved.refresh_from_db()
    assert approved.status == Status.ARCHIVED
    assert approved.name_th.startswith("สตาร์ทอัพทดสอบ")
    assert approved.revisions.get().status == RevisionStatus.WITHDRAWN
    assert not Startup.objects.approved().filter(pk=approved.pk).exists()


# --- Team --------------------------------------------------------------------------------------
def test_invitee_appears_on_the_team_only_after_accepting(
    approved, founder, django_capture_on_commit_callbacks
):
    invitee = UserFactory(email="nok@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        membership = services.member_invite(
            startup=approved, email="NOK@example.com", role="co_founder", by=founder
        )
    assert not approved.memberships.accepted().filter(user=invitee).exists()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["nok@example.com"]

    services.invitation_accept(membership=membership, user=invitee)

    assert approved.memberships.founders().filter(user=invitee).exists()


def test_inviting_someone_already_on_the_team_is_refused(approved, founder):
    with pytest.raises(StartupError):
        services.member_invite(startup=approved, email=founder.email, role="member", by=founder)


def test_an_invitation_cannot_be_accepted_by_someone_else(approved, founder):
    membership = services.member_invite(
        startup=approved, email="a@example.com", role="member", by=founder
    )
    with pytest.raises(StartupError):
        services.invitation_accept(membership=membership, user=UserFactory())


def test_the_last_founder_cannot_leave_but_can_once_there_is_a_cofounder(approved, founder):
    own = approved.memberships.get(user=founder)
    with pytest.raises(StartupError):
        services.member_remove(membership=own, by=founder)

    cofounder = UserFactory()
    approved.memberships.create(
        user=cofounder, email=cofounder.email, role="co_founder", accepted_at=own.accepted_at
    )
    services.member_remove(membership=own, by=founder)
    assert not approved.memberships.filter(user=founder).exists()


def test_a_team_member_cannot_remove_others(approved, team_member, founder):
    with pytest.raises(StartupPermissionDenied):
        services.member_remove(membership=approved.memberships.get(user=founder), by=team_member)


def test_invitation_email_is_sent_once_when_the_task_runs_twice(approved, founder):
    membership = approved.memberships.create(email="nok@example.com", role="member")

    assert services.membership_send_invitation(membership_id=membership.pk) is True
    assert services.membership_send_invitation(membership_id=membership.pk) is False
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith("เข้าร่วมทีม")
