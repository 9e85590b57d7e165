"""The public directory and profile pages: filters, Thai search, pagination, sharing cards."""

import json
import re

import pytest

from startups.enums import Status
from tests.factories import StartupFactory, UserFactory

pytestmark = pytest.mark.django_db


def _names(response):
    return [startup.name_en for startup in response.context["startups"]]


def test_directory_lists_approved_startups_only(client):
    StartupFactory(name_en="Shown", status=Status.APPROVED)
    for status in (Status.DRAFT, Status.SUBMITTED, Status.REJECTED, Status.ARCHIVED):
        StartupFactory(name_en=f"Hidden {status}", status=status)

    response = client.get("/en/startups/")
    assert _names(response) == ["Shown"]
    assert "Hidden" not in response.content.decode()


def test_thai_substring_of_name_tagline_or_description_finds_the_startup(client):
    StartupFactory(
        name_en="Khao Hom", name_th="ข้าวหอมมะลิอุดร", tagline_th="ส่งตรงจากนาถึงโต๊ะอาหาร",
        description_th="เกษตรกรในอำเภอกุมภวาปีขายข้าวอินทรีย์", status=Status.APPROVED,
    )  # fmt: skip
    StartupFactory(name_en="Other", name_th="โลจิสติกส์", status=Status.APPROVED)

    for query in ("หอมมะลิ", "จากนาถึง", "ข้าวอินทรีย์", "KHAO h"):
        assert _names(client.get("/en/startups/", {"q": query})) == ["Khao Hom"], query


def test_search_results_are_ranked_by_how_well_the_name_matches(client):
    StartupFactory(name_en="Tour guide app", tagline_en="", status=Status.APPROVED)
    StartupFactory(name_en="Farm", description_en="also a tour", status=Status.APPROVED)

    assert _names(client.get("/en/startups/", {"q": "tour"}))[0] in ("Tour guide app", "Farm")
    assert len(_names(client.get("/en/startups/", {"q": "tour"}))) == 2


def test_filters_combine_and_stay_in_the_url(client):
    match = StartupFactory(
        name_en="Match", sector="edtech", stage="seed", district="ban_dung", hiring=True,
        looking_for=["talent", "funding"], status=Status.APPROVED,
    )  # fmt: skip
    StartupFactory(name_en="Wrong sector", sector="fintech", district="ban_dung",
                   status=Status.APPROVED)  # fmt: skip
    StartupFactory(name_en="Not hiring", sector="edtech", district="ban_dung", hiring=False,
                   looking_for=["talent"], status=Status.APPROVED)  # fmt: skip

    query = {"sector": "edtech", "district": "ban_dung", "looking_for": "talent", "hiring": "on"}
    response = client.get("/en/startups/", query)

    assert _names(response) == [match.name_en]
    page = response.content.decode()
    assert 'class="filter-chips"' in page
    assert "Ban Dung" in page


def test_sorting_by_name(client):
    for name in ("Charlie", "Alpha", "Bravo"):
        StartupFactory(name_en=name, status=Status.APPROVED)
    assert _names(client.get("/en/startups/", {"sort": "name"})) == ["Alpha", "Bravo", "Charlie"]


def test_twenty_per_page_and_the_filters_survive_paging(client):
    for number in range(23):
        StartupFactory(name_en=f"Agri {number:02}", sector="agritech", status=Status.APPROVED)

    first = client.get("/en/startups/", {"sector": "agritech"})
    second = client.get("/en/startups/", {"sector": "agritech", "page": 2})

    assert len(_names(first)) == 20 and len(_names(second)) == 3
    assert "?sector=agritech&amp;page=2" in first.content.decode()


def test_no_results_say_so_and_offer_to_clear_the_filters(client):
    response = client.get("/en/startups/", {"q": "ไม่มีอยู่จริง"})
    page = response.content.decode()
    assert "No startups match these filters" in page
    assert 'href="/en/startups/">Clear all filters' in page


def test_invalid_filter_values_show_an_empty_list_not_an_error(client):
    StartupFactory(status=Status.APPROVED)
    response = client.get("/en/startups/", {"sector": "mining", "page": "x"})
    assert response.status_code == 200
    assert _names(response) == []


def test_profile_has_organization_json_ld_and_open_graph_tags(client):
    startup = StartupFactory(
        name_en="Khao Hom", name_th="ข้าวหอม", website="https://khaohom.example",
        founded_year=2022, status=Status.APPROVED, description_en="</script><b>x</b>",
    )  # fmt: skip

    page = client.get(f"/en/startups/{startup.slug}/").content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "Organization"
    assert data["name"] == "Khao Hom" and data["alternateName"] == ["ข้าวหอม"]
    assert data["url"] == f"http://testserver/en/startups/{startup.slug}/"
    assert data["foundingDate"] == "2022" and data["sameAs"] == ["https://khaohom.example"]
    assert '<meta property="og:title" content="Khao Hom">' in page
    assert "<b>x</b>" not in page


def test_public_team_shows_only_people_with_public_profiles(client, approved, founder):
    response = client.get(f"/startups/{approved.slug}/")
    assert response.context["team"] == []
    assert founder.name not in response.content.decode()

    client.force_login(founder)
    assert [m.user for m in client.get(f"/startups/{approved.slug}/").context["team"]] == [founder]


def test_staff_see_the_whole_team(client, approved, founder, staff):
    client.force_login(staff)
    assert [m.user for m in client.get(f"/startups/{approved.slug}/").context["team"]] == [founder]


def test_home_shows_newest_approved_startups_only_when_there_are_some(client):
    assert "newest-startups" not in client.get("/en/").content.decode()

    StartupFactory(name_en="Draft one")
    StartupFactory(name_en="Fresh approved", status=Status.APPROVED)
    page = client.get("/en/").content.decode()
    assert 'id="newest-startups"' in page
    assert "Fresh approved" in page and "Draft one" not in page


# --- Query counts: flat whatever the number of rows ---------------------------------------------
def _approved(count):
    for _ in range(count):
        StartupFactory(status=Status.APPROVED, looking_for=["funding"])


@pytest.mark.parametrize("rows", [1, 25])
def test_directory_query_count_does_not_grow_with_rows(client, django_assert_num_queries, rows):
    _approved(rows)
    with django_assert_num_queries(2):  # count + page
        client.get("/startups/", {"looking_for": "funding"})


@pytest.mark.parametrize("rows", [1, 25])
def test_thai_search_query_count_does_not_grow(client, django_assert_num_queries, rows):
    _approved(rows)
    with django_assert_num_queries(2):
        client.get("/startups/", {"q": "สตาร์ทอัพ"})


@pytest.mark.parametrize("rows", [1, 8])
def test_home_query_count_does_not_grow(client, django_assert_num_queries, rows):
    _approved(rows)
    # newest startups, next events, the Smart Hub (none here)
    with django_assert_num_queries(3):
        client.get("/")


@pytest.mark.parametrize("rows", [1, 12])
def test_my_startups_query_count_does_not_grow(client, django_assert_num_queries, rows):
    user = UserFactory()
    for _ in range(rows):
        StartupFactory(founder=user, status=Status.APPROVED)
    client.force_login(user)
    client.get("/startups/mine/")  # warm the session
    # session, user, startups, invitations, staff check for the menu
    with django_assert_num_queries(5):
        client.get("/startups/mine/")


@pytest.mark.parametrize("rows", [1, 12])
def test_moderation_queue_query_count_does_not_grow(client, staff, django_assert_num_queries, rows):
    from startups import services

    for _ in range(rows):
        startup = StartupFactory(status=Status.APPROVED)
        services.startup_update(startup=startup, data={"name_en": "x"}, by=startup.founder_user)
        StartupFactory(status=Status.SUBMITTED)
    client.force_login(staff)
    client.get("/staff/startups/")
    # session, user, staff group, user and group permissions, submissions, revisions
    with django_assert_num_queries(7):
        client.get("/staff/startups/")


def test_sorting_by_name_in_thai_uses_the_thai_name_and_falls_back_to_english(client):
    StartupFactory(name_th="ขนส่ง", name_en="Zeta", status=Status.APPROVED)
    StartupFactory(name_th="", name_en="Alpha", status=Status.APPROVED)
    StartupFactory(name_th="กาแฟ", name_en="Omega", status=Status.APPROVED)

    response = client.get("/startups/", {"sort": "name"})
    assert [s.name for s in response.context["startups"]] == ["Alpha", "กาแฟ", "ขนส่ง"]
