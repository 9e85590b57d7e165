"""The member directory: public profiles of approved members, filters, Thai search, paging."""

import pytest

from members.models import User
from members.selectors import public_profile_q
from tests.factories import member

pytestmark = pytest.mark.django_db


def _names(response):
    return [person.display_name for person in response.context["page_obj"].object_list]


def test_only_public_profiles_of_approved_members_are_listed(client):
    member(display_name="Public Approved")
    member(display_name="Private Approved", public=False)
    member(display_name="Public Pending", status="pending")
    member(display_name="Public Suspended", status="suspended")
    member(display_name="Public Declined", status="declined")
    gone = member(display_name="Public Deactivated")
    User.objects.filter(pk=gone.pk).update(is_active=False)

    response = client.get("/en/members/")

    assert _names(response) == ["Public Approved"]
    body = response.content.decode()
    assert "Private Approved" not in body and "Public Pending" not in body


def test_public_profile_q_composes_over_a_relation():
    from members.models import Membership

    shown = member(display_name="Shown")
    member(display_name="Hidden", public=False)

    assert list(Membership.objects.filter(public_profile_q(path="user__"))) == [shown.membership]


def test_search_finds_a_thai_substring_of_a_skill(client):
    member(display_name="Nok", skills=["ออกแบบประสบการณ์ผู้ใช้"])
    member(display_name="Somchai", skills=["python"])

    response = client.get("/members/", {"q": "ประสบการณ์"})

    assert _names(response) == ["Nok"]


def test_search_finds_a_thai_substring_of_a_name_once_even_with_many_skills(client):
    member(display_name="สมชาย ใจดี", skills=["ใจดี", "python", "iot"])
    member(display_name="Malee", skills=["python"])

    assert _names(client.get("/members/", {"q": "ใจดี"})) == ["สมชาย ใจดี"]


def test_private_profiles_never_turn_up_in_search(client):
    member(display_name="ซ่อนตัว", public=False, skills=["หุ่นยนต์"])

    assert _names(client.get("/members/", {"q": "หุ่นยนต์"})) == []
    assert "ซ่อนตัว" not in client.get("/members/", {"q": "ซ่อน"}).content.decode()


def test_filter_by_skill_and_district(client):
    member(display_name="A", skills=["arduino"], district="ban_dung")
    member(display_name="B", skills=["arduino"], district="mueang")
    member(display_name="C", skills=["figma"], district="ban_dung")

    assert _names(client.get("/members/", {"skill": " Arduino "})) == ["A", "B"]
    assert _names(client.get("/members/", {"skill": "arduino", "district": "ban_dung"})) == ["A"]


def test_no_results_say_what_to_do_next(client):
    body = client.get("/en/members/", {"q": "nobody-has-this"}).content.decode()

    assert "No members match these filters" in body
    assert "Show all members" in body
    assert "All districts</option>" in body


def test_invalid_district_filter_is_ignored_not_an_error(client):
    member(display_name="A")

    member(display_name="B")

    response = client.get("/members/", {"district": "bangkok", "q": "A"})

    assert response.status_code == 200
    assert _names(response) == ["A"]


def test_twenty_per_page_and_filters_kept_across_pages(client):
    for i in range(23):
        member(display_name=f"Maker {i:02d}", skills=["iot"])

    first = client.get("/members/", {"skill": "iot"})
    second = client.get("/members/", {"skill": "iot", "page": 2})

    assert len(_names(first)) == 20
    assert _names(second) == ["Maker 20", "Maker 21", "Maker 22"]
    assert "?skill=iot&amp;page=2" in first.content.decode()


@pytest.mark.parametrize("count", [1, 20])
def test_directory_query_count_does_not_grow_with_rows(client, count, django_assert_num_queries):
    for i in range(count):
        member(display_name=f"Maker {i}", skills=["iot", "python", f"skill {i}"])

    with django_assert_num_queries(4):
        response = client.get("/members/", {"q": "maker"})
    assert len(_names(response)) == count
