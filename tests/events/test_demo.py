import pytest
from django.core.management import call_command

from events.models import RSVP, Event, Idea


@pytest.mark.django_db
def test_seed_demo_adds_past_and_upcoming_events_with_a_waitlist_and_ideas(client):
    call_command("seed_demo")
    call_command("seed_demo")

    assert Event.objects.past().count() == 2 and Event.objects.upcoming().count() == 4
    brainstorm = Event.objects.get(slug="smart-udon-brainstorm")
    assert brainstorm.rsvps.filter(status="confirmed").count() == 5
    assert brainstorm.rsvps.filter(status="waitlisted").count() == 4
    assert RSVP.objects.filter(checked_in_at__isnull=False).exists()
    assert Idea.objects.filter(event=brainstorm).order_by("-vote_count").first().vote_count == 3
    html = client.get("/events/").content.decode()
    assert "ระดมสมอง Smart Udon: ข้อมูลเปิดของเมือง" in html
