"""Who may open the foundation's pages: anonymous, signed-in user and DEPA staff."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/en/", "/accounts/login/", "/accounts/signup/"])
def test_public_pages_open_to_anonymous_visitors(client, path):
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("path", ["/accounts/email/", "/accounts/password/change/"])
def test_account_pages_send_anonymous_visitors_to_sign_in(client, path):
    response = client.get(path)

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/accounts/email/", "อีเมล"), ("/en/accounts/password/change/", "Change Password")],
)
def test_account_pages_open_for_a_signed_in_user(client, user, path, expected):
    client.force_login(user)
    response = client.get(path)

    assert response.status_code == 200
    assert expected in response.content.decode()


def test_admin_is_closed_to_anonymous_and_plain_users(client, user):
    assert client.get("/admin/").status_code == 302
    client.force_login(user)
    assert client.get("/admin/").status_code == 302


def test_admin_opens_for_depa_staff_who_see_users_but_cannot_change_them(client, staff):
    client.force_login(staff)

    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/members/user/").status_code == 200
    assert client.get(f"/admin/members/user/{staff.pk}/change/").status_code == 200
    response = client.post(f"/admin/members/user/{staff.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403


def test_staff_menu_link_only_for_depa_staff(client, user, staff):
    client.force_login(user)
    assert "/admin/" not in client.get("/").content.decode()
    client.force_login(staff)
    assert 'href="/admin/"' in client.get("/").content.decode()
