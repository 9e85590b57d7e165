"""Who may open each startup URL or take each action: the permission matrix.

Hidden objects answer 404 (their existence stays secret), public ones 403, and anonymous
visitors are sent to sign in. GET never changes anything.
"""

import pytest

from startups.enums import Status
from startups.models import ReviewEntry, Startup
from tests.factories import DepaStaffFactory, StartupFactory, TeamMembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "user", "founder", "member", "other_founder", "staff"]
LOGIN = "login"


@pytest.fixture
def world():
    founder = UserFactory()
    approved = StartupFactory(founder=founder, status=Status.APPROVED, slug="live")
    draft = StartupFactory(founder=founder, status=Status.DRAFT, slug="hidden")
    member = UserFactory()
    for startup in (approved, draft):
        TeamMembershipFactory(startup=startup, user=member)
    other = StartupFactory(slug="other").founder_user
    return {
        "anonymous": None,
        "user": UserFactory(),
        "founder": founder,
        "member": member,
        "other_founder": other,
        "staff": DepaStaffFactory(),
    }


def _as(client, world, role):
    if world[role] is not None:
        client.force_login(world[role])
    return client


def _outcome(response):
    if response.status_code == 302 and "/accounts/login/" in response.url:
        return LOGIN
    return response.status_code


GET_MATRIX = {
    # path: expected per role, in ROLES order
    "/startups/": [200, 200, 200, 200, 200, 200],
    "/startups/mine/": [LOGIN, 200, 200, 200, 200, 200],
    "/startups/new/": [LOGIN, 200, 200, 200, 200, 200],
    "/startups/live/": [200, 200, 200, 200, 200, 200],
    "/startups/hidden/": [404, 404, 200, 200, 404, 200],
    "/startups/live/edit/": [LOGIN, 403, 200, 403, 403, 403],
    "/startups/hidden/edit/": [LOGIN, 404, 200, 404, 404, 404],
    "/startups/live/team/": [LOGIN, 403, 200, 403, 403, 403],
    "/startups/hidden/team/": [LOGIN, 404, 200, 404, 404, 404],
    "/startups/missing/": [404, 404, 404, 404, 404, 404],
    "/staff/startups/": [LOGIN, 403, 403, 403, 403, 200],
    "/staff/startups/hidden/": [LOGIN, 403, 403, 403, 403, 200],
    "/staff/startups/live/": [LOGIN, 403, 403, 403, 403, 200],
}


@pytest.mark.parametrize("path", GET_MATRIX)
@pytest.mark.parametrize("role", ROLES)
def test_get_matrix(client, world, path, role):
    expected = GET_MATRIX[path][ROLES.index(role)]
    assert _outcome(_as(client, world, role).get(path)) == expected


POST_ONLY = [
    "/startups/hidden/submit/",
    "/startups/live/archive/",
    "/startups/hidden/restore/",
    "/startups/live/leave/",
    "/staff/startups/hidden/decide/",
]


@pytest.mark.parametrize("path", POST_ONLY)
def test_actions_refuse_get_and_change_nothing(client, world, path):
    client.force_login(world["staff"] if "staff" in path else world["founder"])
    before = list(Startup.objects.order_by("pk").values_list("status", flat=True))

    assert client.get(path).status_code == 405
    assert list(Startup.objects.order_by("pk").values_list("status", flat=True)) == before
    assert ReviewEntry.objects.count() == 0


# Action, the startup's slug and status before, and who succeeds (status after) or what the
# others get.
ACTIONS = [
    ("/startups/hidden/submit/", {}, Status.SUBMITTED,
     [LOGIN, 404, 302, 404, 404, 404], "founder"),
    ("/startups/live/archive/", {}, Status.ARCHIVED,
     [LOGIN, 403, 302, 403, 403, 403], "founder"),
    ("/staff/startups/hidden/decide/", {"action": "archive"}, Status.ARCHIVED,
     [LOGIN, 403, 403, 403, 403, 302], "staff"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "data", "after", "expected", "winner"), ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_post_matrix_only_the_right_role_changes_state(
    client, world, role, path, data, after, expected, winner
):
    slug = path.split("/")[-3]
    if "staff" in path:
        Startup.objects.filter(slug=slug).update(status=Status.SUBMITTED)
    before = Startup.objects.get(slug=slug).status

    response = _as(client, world, role).post(path, data)

    assert _outcome(response) == expected[ROLES.index(role)]
    status = Startup.objects.get(slug=slug).status
    assert status == (after if role == winner else before)


@pytest.mark.parametrize("role", ROLES)
def test_only_founders_invite_and_remove_team_members(client, world, role):
    live = Startup.objects.get(slug="live")
    member_row = live.memberships.get(user=world["member"])
    _as(client, world, role)

    invite = client.post("/startups/live/team/", {"email": "new@example.com", "role": "member"})
    remove = client.post(f"/startups/live/team/{member_row.pk}/remove/")

    expected_invite = {"anonymous": LOGIN, "founder": 302}.get(role, 403)
    assert _outcome(invite) == expected_invite
    invited = live.memberships.filter(email="new@example.com").exists()
    assert invited is (role == "founder")
    still_there = live.memberships.filter(pk=member_row.pk).exists()
    # A member may remove themselves (leaving); only founders remove others.
    assert still_there is (role not in ("founder", "member"))
    assert _outcome(remove) == {"anonymous": LOGIN, "founder": 302, "member": 302}.get(role, 404)


@pytest.mark.parametrize("role", ["user", "founder", "other_founder", "staff"])
def test_invitations_are_answered_only_by_the_invited_address(client, world, role):
    live = Startup.objects.get(slug="live")
    invitation = live.memberships.create(email="nok@example.com", role="member")
    client.force_login(world[role])

    response = client.post(f"/startups/invitations/{invitation.pk}/accept/")

    assert response.status_code == 404
    invitation.refresh_from_db()
    assert invitation.accepted_at is None
