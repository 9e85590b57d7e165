"""Who may open every members URL: a matrix over the six kinds of visitor."""

import pytest

from members.models import Membership, MembershipEvent
from tests.factories import DepaStaffFactory, UserFactory, member

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "non_member", "applicant", "member", "suspended", "staff"]


@pytest.fixture
def world():
    return {
        "public": member(display_name="Public Maker"),
        "private": member(display_name="Private Maker", public=False),
        "pending": member(status="pending", display_name="Waiting Maker"),
    }


def _visitor(role):
    if role == "anonymous":
        return None
    if role == "non_member":
        return UserFactory()
    if role == "staff":
        return DepaStaffFactory()
    return member(status={"applicant": "pending", "member": "approved",
                          "suspended": "suspended"}[role])  # fmt: skip


LOGIN = "login"
# URL template -> expected status per role, in ROLES order.
MATRIX = {
    "/members/": [200, 200, 200, 200, 200, 200],
    "/members/{public}/": [200, 200, 200, 200, 200, 200],
    "/members/{private}/": [404, 404, 404, 404, 404, 200],
    "/members/{pending}/": [404, 404, 404, 404, 404, 200],
    "/members/999999/": [404, 404, 404, 404, 404, 404],
    "/members/apply/": [LOGIN, 200, 200, 200, 200, 200],
    "/members/profile/": [LOGIN, 200, 200, 200, 200, 200],
    "/members/settings/": [LOGIN, 200, 200, 200, 200, 200],
    "/members/settings/my-data.json": [LOGIN, 200, 200, 200, 200, 200],
    "/members/settings/delete/": [LOGIN, 200, 200, 200, 200, 200],
    "/staff/members/": [LOGIN, 403, 403, 403, 403, 200],
    "/staff/members/{pending_membership}/": [LOGIN, 403, 403, 403, 403, 200],
    "/staff/members/999999/": [LOGIN, 403, 403, 403, 403, 404],
    "/terms/": [200, 200, 200, 200, 200, 200],
    "/privacy/": [200, 200, 200, 200, 200, 200],
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("url", list(MATRIX))
def test_get_permission_matrix(client, world, role, url):
    visitor = _visitor(role)
    if visitor:
        client.force_login(visitor)
    path = url.format(
        public=world["public"].pk, private=world["private"].pk, pending=world["pending"].pk,
        pending_membership=world["pending"].membership.pk,
    )  # fmt: skip
    expected = MATRIX[url][ROLES.index(role)]

    response = client.get(path)

    if expected == LOGIN:
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/?next=")
    else:
        assert response.status_code == expected
    # No GET changes anything.
    assert Membership.objects.filter(status="pending").count() == 1 + (role == "applicant")
    assert not MembershipEvent.objects.exists()


@pytest.mark.parametrize(
    ("role", "expected", "status_after"),
    [
        ("non_member", 302, "pending"),
        ("applicant", 409, "pending"),
        ("member", 409, "approved"),
        ("suspended", 409, "suspended"),
        ("staff", 302, "pending"),
    ],
)
def test_who_may_post_an_application(client, role, expected, status_after):
    visitor = _visitor(role)
    client.force_login(visitor)

    response = client.post("/members/apply/", {
        "motivation": "อยากเข้าร่วมชุมชนเมกเกอร์อุดรธานีเพื่อสร้างสรรค์", "skills": "iot",
        "district": "mueang",
    })  # fmt: skip

    assert response.status_code == expected
    assert Membership.objects.get(user=visitor).status == status_after


@pytest.mark.parametrize("role", ["anonymous", "non_member", "applicant", "member", "suspended"])
def test_only_staff_may_post_a_decision(client, world, role):
    visitor = _visitor(role)
    if visitor:
        client.force_login(visitor)
    membership = world["pending"].membership

    response = client.post(f"/staff/members/{membership.pk}/", {"action": "approve"})

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url.startswith("/accounts/login/")
    membership.refresh_from_db()
    assert membership.status == "pending"
    assert not MembershipEvent.objects.exists()


def test_staff_review_rejects_a_made_up_action(client, world):
    client.force_login(DepaStaffFactory())
    membership = world["pending"].membership

    response = client.post(f"/en/staff/members/{membership.pk}/", {"action": "delete"})

    assert "Select a valid choice" in response.content.decode()
    membership.refresh_from_db()
    assert membership.status == "pending"


def test_non_staff_do_not_see_the_staff_link_but_staff_do(client):
    client.force_login(member())
    assert "/staff/members/" not in client.get("/").content.decode()
    client.force_login(DepaStaffFactory())
    assert 'href="/staff/members/"' in client.get("/").content.decode()


def test_signed_in_menu_links_to_account_settings(client, user):
    client.force_login(user)

    assert 'href="/members/settings/"' in client.get("/").content.decode()


@pytest.mark.parametrize(
    ("role", "maker", "may_apply", "staff_area"),
    [
        ("anonymous", False, False, False),
        ("non_member", False, True, False),
        ("applicant", False, False, False),
        ("member", True, False, False),
        ("suspended", False, False, False),
        ("staff", False, True, True),
    ],
)
def test_roles_and_rules_agree_for_every_kind_of_visitor(role, maker, may_apply, staff_area):
    from django.contrib.auth.models import AnonymousUser

    from members import roles

    visitor = _visitor(role) or AnonymousUser()

    assert roles.is_maker_member(visitor) is maker
    assert visitor.has_perm("members.apply") is may_apply
    assert visitor.has_perm("members.access_staff_area") is staff_area


def test_view_person_rule_follows_profile_visibility(world):
    outsider = UserFactory()

    assert outsider.has_perm("members.view_person", world["public"])
    assert not outsider.has_perm("members.view_person", world["private"])
    assert world["private"].has_perm("members.view_person", world["private"])
    assert DepaStaffFactory().has_perm("members.view_person", world["private"])


def test_staff_suspend_and_reinstate_through_the_review_page(client, world):
    client.force_login(DepaStaffFactory())
    membership = world["public"].membership

    client.post(f"/staff/members/{membership.pk}/", {"action": "suspend", "reason": "ผิดกติกา"})
    membership.refresh_from_db()
    assert membership.status == "suspended"
    listed = client.get("/members/").context["page_obj"].object_list
    assert world["public"] not in listed

    client.post(f"/staff/members/{membership.pk}/", {"action": "reinstate"})
    membership.refresh_from_db()
    assert membership.status == "approved"
    assert list(membership.events.values_list("to_status", flat=True)) == [
        "suspended",
        "approved",
    ]
