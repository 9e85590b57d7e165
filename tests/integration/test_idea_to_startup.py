"""A selected brainstorm idea grows into a draft startup profile, linked both ways."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.encoding import iri_to_uri

from events.enums import IdeaStatus
from startups.enums import Stage, Status, TeamRole
from startups.models import Startup
from tests.factories import DepaStaffFactory, UserFactory
from tests.factories.events import IdeaFactory, RSVPFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def selected_idea():
    idea = IdeaFactory(
        title="Farm to table Udon",
        description="Farmers sell vegetables straight to restaurants.",
        status=IdeaStatus.SELECTED,
    )
    RSVPFactory(event=idea.event, user=idea.author)
    return idea


def _url(idea):
    return f"/en/events/{idea.event.slug}/ideas/{idea.pk}/startup/"


def test_author_turns_selected_idea_into_draft_startup_and_lands_on_its_edit_page(
    client, selected_idea
):
    client.force_login(selected_idea.author)

    response = client.post(_url(selected_idea))

    startup = Startup.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/startups/{startup.slug}/edit/"
    assert startup.status == Status.DRAFT
    assert startup.name_en == "Farm to table Udon"
    assert startup.description_en == "Farmers sell vegetables straight to restaurants."
    assert startup.stage == Stage.IDEA
    assert startup.origin_idea == selected_idea
    assert startup.origin_event == selected_idea.event
    founder = startup.memberships.get()
    assert (founder.user, founder.role) == (selected_idea.author, TeamRole.FOUNDER)
    edit_page = client.get(response["Location"])
    assert edit_page.status_code == 200
    assert "Farm to table Udon" in edit_page.content.decode()


def test_thai_idea_fills_the_thai_name_and_description(client, selected_idea):
    selected_idea.title, selected_idea.description = "ตลาดผักอุดร", "ขายผักจากสวนถึงร้านอาหาร"
    selected_idea.save()
    client.force_login(selected_idea.author)

    client.post(_url(selected_idea))

    startup = Startup.objects.get()
    assert (startup.name_th, startup.name_en) == ("ตลาดผักอุดร", "")
    assert startup.description_th == "ขายผักจากสวนถึงร้านอาหาร"


def test_asking_twice_opens_the_same_startup_instead_of_a_second_one(client, selected_idea):
    client.force_login(selected_idea.author)

    first = client.post(_url(selected_idea))
    second = client.post(_url(selected_idea), follow=True)

    assert Startup.objects.count() == 1
    assert second.redirect_chain[-1][0] == first["Location"]
    assert "already has a startup profile" in second.content.decode()


def test_someone_else_cannot_turn_the_idea_into_their_startup(client, selected_idea):
    other = UserFactory()
    RSVPFactory(event=selected_idea.event, user=other)
    client.force_login(other)

    response = client.post(_url(selected_idea))

    assert response.status_code == 404
    assert not Startup.objects.exists()


def test_staff_cannot_take_an_idea_that_is_not_theirs_either(client, selected_idea):
    client.force_login(DepaStaffFactory())

    assert client.post(_url(selected_idea)).status_code == 404
    assert not Startup.objects.exists()


@pytest.mark.parametrize("status", [IdeaStatus.OPEN, IdeaStatus.REMOVED])
def test_an_idea_that_is_not_selected_stays_an_idea(client, selected_idea, status):
    selected_idea.status = status
    selected_idea.save()
    client.force_login(selected_idea.author)

    response = client.post(_url(selected_idea), follow=True)

    assert not Startup.objects.exists()
    assert "marked as selected can become a startup profile" in response.content.decode()


def test_get_changes_nothing_and_anonymous_is_sent_to_sign_in(client, selected_idea):
    client.force_login(selected_idea.author)
    assert client.get(_url(selected_idea)).status_code == 405
    client.logout()
    response = client.post(_url(selected_idea))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Startup.objects.exists()


def test_idea_board_offers_the_button_only_to_the_author_of_a_selected_idea(client, selected_idea):
    open_idea = IdeaFactory(event=selected_idea.event, author=selected_idea.author)
    page = f"/en/events/{selected_idea.event.slug}/"
    client.force_login(selected_idea.author)

    html = client.get(page).content.decode()

    assert html.count("Turn it into a startup profile") == 1
    assert _url(selected_idea) in html
    assert _url(open_idea) not in html
    client.force_login(UserFactory())
    assert "Turn it into a startup profile" not in client.get(page).content.decode()


def test_idea_shows_what_it_became_to_those_who_may_see_the_startup(client, selected_idea):
    client.force_login(selected_idea.author)
    client.post(_url(selected_idea))
    startup = Startup.objects.get()
    page = f"/en/events/{selected_idea.event.slug}/"
    became = f'Became <a href="/en/startups/{startup.slug}/">Farm to table Udon</a>'

    # The founder sees the link to their draft, and no second button.
    html = client.get(page).content.decode()
    assert became in html
    assert "Turn it into a startup profile" not in html
    # DEPA staff see it too; the public does not, until the profile is approved.
    client.force_login(DepaStaffFactory())
    assert became in client.get(page).content.decode()
    client.logout()
    assert "Became" not in client.get(page).content.decode()
    Startup.objects.filter(pk=startup.pk).update(status=Status.APPROVED)
    assert became in client.get(page).content.decode()


def test_staff_review_page_says_which_idea_and_event_the_startup_came_from(client, selected_idea):
    client.force_login(selected_idea.author)
    client.post(_url(selected_idea))
    startup = Startup.objects.get()
    event = selected_idea.event
    client.force_login(DepaStaffFactory())

    html = client.get(f"/en/staff/startups/{startup.slug}/").content.decode()

    assert "Grew out of the idea “Farm to table Udon”" in html
    assert f'<a href="/en/events/{event.slug}/#ideas">{event.title_en}</a>' in html


def test_idea_board_query_count_does_not_grow_with_grown_startups(
    client, selected_idea, django_assert_num_queries
):
    from startups import services

    event = selected_idea.event
    services.startup_create_from_idea(idea=selected_idea, by=selected_idea.author)
    viewer = DepaStaffFactory()
    client.force_login(viewer)
    page = f"/en/events/{event.slug}/"
    client.get(page)
    with CaptureQueriesContext(connection) as one:
        client.get(page)
    for _ in range(4):
        idea = IdeaFactory(event=event, status=IdeaStatus.SELECTED)
        services.startup_create_from_idea(idea=idea, by=idea.author)
    with django_assert_num_queries(len(one.captured_queries)):
        client.get(page)


def test_with_demo_data_somchai_turns_his_selected_idea_into_a_startup(client):
    from django.core.management import call_command

    from members.models import User

    call_command("seed_demo", stdout=io.StringIO())
    somchai = User.objects.get(email="somchai@smartudon.example")
    idea = IdeaFactory._meta.model.objects.get(
        event__slug="smart-udon-brainstorm-past", status=IdeaStatus.SELECTED
    )
    assert idea.author == somchai
    client.force_login(somchai)

    response = client.post(_url(idea))

    startup = Startup.objects.get(origin_idea=idea)
    assert response["Location"] == iri_to_uri(f"/en/startups/{startup.slug}/edit/")
    assert startup.name_th == "แอปจองคิวตลาดเช้า"
