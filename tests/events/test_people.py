"""What events hold about a person: profile selectors, data export and account erasure."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from events import selectors, services
from events.models import RSVP, Idea, IdeaVote
from members.signals import personal_data_export, user_erasing
from tests.factories import UserFactory
from tests.factories.events import EventFactory, IdeaFactory, RSVPFactory

pytestmark = pytest.mark.django_db


def _past_event(**kwargs):
    start = timezone.now() - datetime.timedelta(days=7)
    return EventFactory(starts_at=start, ends_at=start + datetime.timedelta(hours=2), **kwargs)


def test_profile_selectors_list_events_attended_and_upcoming_rsvps(user):
    attended = _past_event(title_en="Attended")
    RSVPFactory(event=attended, user=user, checked_in_at=timezone.now())
    RSVPFactory(event=_past_event(title_en="No-show"), user=user)
    soon = EventFactory(title_en="Soon")
    RSVPFactory(event=soon, user=user, status="waitlisted")
    RSVPFactory(event=EventFactory(), user=user, status="cancelled")

    assert list(selectors.events_attended_by(user=user)) == [attended]
    assert [r.event for r in selectors.user_upcoming_rsvps(user=user)] == [soon]


def test_data_export_returns_rsvps_attendance_ideas_and_votes(user):
    event = _past_event(slug="past-brainstorm")
    RSVPFactory(event=event, user=user, checked_in_at=timezone.now())
    IdeaFactory(event=event, author=user, title="Farm app")
    IdeaVote.objects.create(idea=IdeaFactory(event=event), user=user)

    answers = dict(
        result for _receiver, result in personal_data_export.send(sender=None, user=user)
    )

    data = answers["events"]
    assert [r["event_slug"] for r in data["rsvps"]] == ["past-brainstorm"]
    assert data["attended"] == ["past-brainstorm"]
    assert [i["title"] for i in data["ideas"]] == ["Farm app"]
    assert len(data["votes"]) == 1


def test_erasing_a_user_cancels_future_rsvps_promotes_the_waitlist_and_keeps_turnout(
    django_capture_on_commit_callbacks,
):
    person, waiting_user = UserFactory(), UserFactory()
    future = EventFactory(capacity=1)
    RSVPFactory(event=future, user=person)
    waiting = RSVPFactory(event=future, user=waiting_user, status="waitlisted")
    past = _past_event()
    RSVPFactory(event=past, user=person, checked_in_at=timezone.now())
    idea = IdeaFactory(event=future, author=person)
    voted = IdeaFactory(event=future, vote_count=1)
    IdeaVote.objects.create(idea=voted, user=person)

    with django_capture_on_commit_callbacks(execute=True):
        user_erasing.send(sender=None, user=person)

    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert [m.to for m in mail.outbox] == [[waiting_user.email]]
    assert not RSVP.objects.filter(user=person).exists()
    assert past.rsvps.filter(checked_in_at__isnull=False, user__isnull=True).count() == 1
    assert Idea.objects.get(pk=idea.pk).author is None
    voted.refresh_from_db()
    assert voted.vote_count == 0


def test_attendees_post_ideas_and_vote_once_and_can_withdraw(client):
    event = EventFactory()
    author, voter = RSVPFactory(event=event).user, RSVPFactory(event=event).user
    client.force_login(author)
    client.post(
        f"/en/events/{event.slug}/ideas/", {"title": "Smart parking", "description": "Sensors."}
    )
    idea = Idea.objects.get()
    client.force_login(voter)

    client.post(f"/en/events/{event.slug}/ideas/{idea.pk}/vote/")
    client.post(f"/en/events/{event.slug}/ideas/{idea.pk}/vote/")
    idea.refresh_from_db()
    assert idea.vote_count == 1
    client.post(f"/en/events/{event.slug}/ideas/{idea.pk}/vote/", {"withdraw": "1"})
    idea.refresh_from_db()
    assert idea.vote_count == 0 and not IdeaVote.objects.exists()


def test_idea_with_a_missing_title_rerenders_with_errors_and_saves_nothing(client):
    rsvp = RSVPFactory()
    client.force_login(rsvp.user)

    response = client.post(
        f"/en/events/{rsvp.event.slug}/ideas/", {"title": "", "description": "x"}
    )

    assert response.status_code == 400
    assert response.context["idea_form"].errors["title"] == ["This field is required."]
    assert not Idea.objects.exists()


@pytest.mark.parametrize("case", ["not_signed_up", "workshop", "removed_vote", "own_idea"])
def test_idea_board_refuses_what_is_not_allowed(case):
    event = EventFactory(kind="workshop" if case == "workshop" else "brainstorm")
    person = RSVPFactory(event=event).user
    if case == "not_signed_up":
        with pytest.raises(services.EventError, match="Only people signed up"):
            services.idea_create(event=event, author=UserFactory(), title="t", description="d")
    elif case == "workshop":
        with pytest.raises(services.EventError, match="only for brainstorm"):
            services.idea_create(event=event, author=person, title="t", description="d")
    else:
        idea = IdeaFactory(
            event=event,
            author=person if case == "own_idea" else UserFactory(),
            status="removed" if case == "removed_vote" else "open",
        )
        with pytest.raises(services.EventError, match=r"You cannot vote on this idea\."):
            services.idea_vote(idea=idea, user=person)
    assert not IdeaVote.objects.exists()


def test_staff_select_an_idea(client, staff):
    idea = IdeaFactory()
    client.force_login(staff)

    client.post(
        f"/en/staff/events/{idea.event.slug}/ideas/{idea.pk}/status/", {"status": "selected"}
    )
    html = client.get(f"/en/events/{idea.event.slug}/").content.decode()

    idea.refresh_from_db()
    assert idea.status == "selected" and "Selected" in html
