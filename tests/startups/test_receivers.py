"""Erasing an account and exporting personal data, as the startup directory answers them."""

import pytest

from members.signals import personal_data_export, user_erasing
from startups import services
from startups.enums import Status
from startups.models import ReviewEntry, StartupMembership
from tests.factories import StartupFactory, TeamMembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_erasing_a_sole_founder_hands_the_startup_to_the_next_team_member(approved, founder):
    member = TeamMembershipFactory(startup=approved).user

    user_erasing.send(sender=None, user=founder)

    approved.refresh_from_db()
    assert approved.status == Status.APPROVED
    assert list(approved.memberships.values_list("user", "role")) == [(member.pk, "founder")]


def test_erasing_a_sole_founder_with_no_team_archives_the_startup_and_keeps_its_data(
    approved, founder
):
    user_erasing.send(sender=None, user=founder)

    approved.refresh_from_db()
    assert approved.status == Status.ARCHIVED
    assert approved.name_th.startswith("สตาร์ทอัพทดสอบ")
    assert not StartupMembership.objects.filter(user=founder).exists()
    entry = approved.history.get()
    assert (entry.from_status, entry.to_status, entry.actor) == ("approved", "archived", None)


def test_erasing_one_of_two_founders_leaves_the_startup_with_the_other(approved, founder):
    cofounder = TeamMembershipFactory(startup=approved, role="co_founder").user

    user_erasing.send(sender=None, user=founder)

    approved.refresh_from_db()
    assert approved.status == Status.APPROVED
    assert list(approved.memberships.values_list("user", flat=True)) == [cofounder.pk]


def test_erasing_staff_keeps_their_decisions_without_their_identity(submitted, staff):
    services.startup_approve(startup=submitted, by=staff)

    user_erasing.send(sender=None, user=staff)

    entry = ReviewEntry.objects.get(startup=submitted)
    assert entry.actor is None and entry.actor_was_staff is True
    assert (entry.from_status, entry.to_status) == ("submitted", "approved")


def test_erasing_removes_open_invitations_to_the_persons_address(approved, founder):
    invitee = UserFactory()
    services.member_invite(startup=approved, email=invitee.email, role="member", by=founder)

    user_erasing.send(sender=None, user=invitee)

    assert not approved.memberships.filter(email=invitee.email).exists()


def test_personal_data_export_lists_roles_startups_and_review_decisions(founder, staff):
    startup = StartupFactory(founder=founder, slug="khao-hom", status=Status.SUBMITTED)
    services.startup_request_changes(startup=startup, by=staff, reason="เพิ่มโลโก้")
    StartupFactory(slug="joined").memberships.create(
        user=founder, email=founder.email, role="member", accepted_at=startup.created_at
    )

    responses = dict(result for _receiver, result in personal_data_export.send(None, user=founder))
    data = responses["startups"]
    assert sorted(role["slug"] for role in data["roles"]) == ["joined", "khao-hom"]
    assert [s["slug"] for s in data["startups"]] == ["khao-hom"]
    assert data["review_decisions"] == []

    staff_data = dict(r for _rcv, r in personal_data_export.send(None, user=staff))["startups"]
    assert [(d["startup"], d["to"], d["reason"]) for d in staff_data["review_decisions"]] == [
        ("khao-hom", "changes_requested", "เพิ่มโลโก้")
    ]
    import json

    json.dumps(data)  # JSON-serialisable as promised by the signal


def test_public_team_and_person_page_show_a_member_with_a_public_profile(client, approved):
    from tests.factories import member

    person = member(display_name="อนุชา มีสุข")
    TeamMembershipFactory(startup=approved, user=person, role="co_founder")

    profile = client.get(f"/startups/{approved.slug}/")
    assert [m.user for m in profile.context["team"]] == [person]
    page = client.get(f"/en/members/{person.pk}/").content.decode()
    assert f'href="/en/startups/{approved.slug}/"' in page and "Co-founder" in page


def test_person_page_lists_no_unapproved_startups(client, draft):
    from tests.factories import member

    person = member()
    TeamMembershipFactory(startup=draft, user=person)

    assert draft.slug not in client.get(f"/en/members/{person.pk}/").content.decode()


def test_is_founder_counts_accepted_founder_roles_only(approved, founder, team_member):
    from django.contrib.auth.models import AnonymousUser

    from members.roles import is_founder

    invited = UserFactory()
    approved.memberships.create(email=invited.email, role="co_founder")  # not accepted yet

    assert is_founder(founder) is True
    assert is_founder(team_member) is False
    assert is_founder(invited) is False
    assert is_founder(AnonymousUser()) is False
