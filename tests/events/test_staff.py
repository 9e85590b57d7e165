"""The staff area: create, edit, publish, cancel, duplicate, attendees, check-in, co-organisers."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from events.models import RSVP, Event
from tests.factories import UserFactory
from tests.factories.events import EventFactory, RSVPFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _form(**overrides):
    start = timezone.localtime() + datetime.timedelta(days=10)
    data = {
        "title_th": "เวิร์กช็อปออกแบบ",
        "title_en": "Design workshop",
        "description_th": "เรียนรู้การออกแบบ",
        "description_en": "Learn design.",
        "kind": "workshop",
        "starts_at": f"{start:%Y-%m-%dT18:00}",
        "ends_at": f"{start:%Y-%m-%dT20:00}",
        "venue_kind": "smart_hub",
        "room": "Room 1",
        "address": "",
        "online_url": "",
        "capacity": "20",
    }
    data.update(overrides)
    return data


def test_staff_create_a_draft_then_publish_it(client, staff):
    topic = TopicFactory()
    client.force_login(staff)

    response = client.post("/en/staff/events/new/", _form(topics=[topic.pk]))

    event = Event.objects.get()
    assert response.url == f"/en/staff/events/{event.slug}/"
    assert (event.slug, event.status, event.capacity) == ("design-workshop", "draft", 20)
    assert list(event.organisers.all()) == [staff] and list(event.topics.all()) == [topic]
    client.post(f"/en/staff/events/{event.slug}/publish/")
    event.refresh_from_db()
    assert event.status == "published"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"ends_at": "2020-01-01T10:00", "starts_at": "2020-01-01T12:00"},
            "starts_at",
            "The start must be in the future.",
        ),
        ({"ends_at": "__start__"}, "ends_at", "The end must be after the start."),
        ({"venue_kind": "online"}, "online_url", "An online event needs a meeting link."),
        ({"venue_kind": "address"}, "address", "Please give the address."),
        (
            {"capacity": "0"},
            "capacity",
            "Leave the capacity empty for no limit, or give at least 1.",
        ),
        ({"title_th": ""}, "title_th", "This field is required."),
    ],
)
def test_bad_event_input_rerenders_with_errors_and_saves_nothing(
    client, staff, overrides, field, message
):
    client.force_login(staff)
    data = _form(**overrides)
    if data["ends_at"] == "__start__":
        data["ends_at"] = data["starts_at"]

    response = client.post("/en/staff/events/new/", data)

    assert response.status_code == 400
    assert message in response.context["form"].errors[field]
    assert not Event.objects.exists()


def test_capacity_below_the_confirmed_count_is_refused(client, staff):
    event = EventFactory(capacity=5)
    RSVPFactory.create_batch(3, event=event)
    client.force_login(staff)
    start = timezone.localtime(event.starts_at)

    response = client.post(
        f"/en/staff/events/{event.slug}/edit/",
        _form(
            capacity="2",
            starts_at=f"{start:%Y-%m-%dT%H:%M}",
            ends_at=f"{timezone.localtime(event.ends_at):%Y-%m-%dT%H:%M}",
        ),
    )

    assert response.status_code == 400
    assert response.context["form"].errors["capacity"] == [
        "The capacity cannot be lower than the 3 people already confirmed."
    ]
    event.refresh_from_db()
    assert event.capacity == 5


def test_raising_the_capacity_promotes_the_waitlist(
    client, staff, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=1)
    RSVPFactory(event=event)
    waiting = RSVPFactory(event=event, status="waitlisted")
    client.force_login(staff)
    start, end = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/staff/events/{event.slug}/edit/",
            _form(
                capacity="2",
                starts_at=f"{start:%Y-%m-%dT%H:%M}",
                ends_at=f"{end:%Y-%m-%dT%H:%M}",
                room=event.room,
            ),
        )

    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert [m.to for m in mail.outbox] == [[waiting.user.email]]


def test_cancel_asks_for_a_message_and_emails_attendees(
    client, staff, django_capture_on_commit_callbacks
):
    event = EventFactory()
    rsvp = RSVPFactory(event=event)
    client.force_login(staff)

    assert client.post(f"/en/staff/events/{event.slug}/cancel/", {"message": ""}).status_code == 400
    event.refresh_from_db()
    assert event.status == "published"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/staff/events/{event.slug}/cancel/", {"message": "Sorry, the hall is closed."}
        )

    event.refresh_from_db()
    assert event.status == "cancelled" and event.sequence == 1
    assert [m.to for m in mail.outbox] == [[rsvp.user.email]]


def test_duplicate_makes_a_draft_one_week_later_without_rsvps(client, staff):
    event = EventFactory(slug="monthly-brainstorm", capacity=30)
    event.topics.add(TopicFactory())
    RSVPFactory(event=event)
    client.force_login(staff)

    client.post(f"/en/staff/events/{event.slug}/duplicate/")

    copy = Event.objects.exclude(pk=event.pk).get()
    assert copy.slug == "monthly-brainstorm-2" and copy.status == "draft"
    assert copy.starts_at == event.starts_at + datetime.timedelta(days=7)
    assert copy.capacity == 30 and list(copy.topics.all()) == list(event.topics.all())
    assert not copy.rsvps.exists()


def test_attendee_csv_export_lists_confirmed_and_waitlisted(client, staff):
    event = EventFactory()
    confirmed = RSVPFactory(event=event, user=UserFactory(display_name="สมหญิง ดีใจ"))
    RSVPFactory(event=event, status="waitlisted")
    RSVPFactory(event=event, status="cancelled")
    client.force_login(staff)

    response = client.get(f"/en/staff/events/{event.slug}/attendees/?format=csv")

    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0] == "Name,Email,Status,Signed up,Checked in"
    assert len(lines) == 3 and lines[1].startswith(f"สมหญิง ดีใจ,{confirmed.user.email},Confirmed")


def test_door_staff_search_a_name_and_check_them_in(client, staff):
    event = EventFactory()
    rsvp = RSVPFactory(event=event, user=UserFactory(display_name="Malee Kaew"))
    RSVPFactory(event=event, user=UserFactory(display_name="Somchai Jaidee"))
    client.force_login(staff)

    html = client.get(f"/en/staff/events/{event.slug}/attendees/?q=malee").content.decode()
    assert "Malee Kaew" in html and "Somchai" not in html
    client.post(f"/en/staff/events/{event.slug}/attendees/{rsvp.pk}/check-in/")

    rsvp.refresh_from_db()
    assert rsvp.checked_in_at is not None


def test_scanning_a_ticket_shows_the_person_and_checks_in_only_on_post(client, staff):
    rsvp = RSVPFactory(user=UserFactory(display_name="Nok Phromma"))
    url = f"/en/staff/events/{rsvp.event.slug}/check-in/{rsvp.ticket_token}/"
    client.force_login(staff)

    assert "Nok Phromma" in client.get(url).content.decode()
    rsvp.refresh_from_db()
    assert rsvp.checked_in_at is None
    client.post(url)
    client.post(url)

    rsvp.refresh_from_db()
    assert rsvp.checked_in_at is not None


def test_waitlisted_ticket_cannot_be_checked_in(client, staff):
    rsvp = RSVPFactory(status="waitlisted")
    client.force_login(staff)

    client.post(f"/en/staff/events/{rsvp.event.slug}/check-in/{rsvp.ticket_token}/")

    rsvp.refresh_from_db()
    assert rsvp.checked_in_at is None


def test_staff_add_a_signed_in_user_as_co_organiser(client, staff):
    event, member = EventFactory(), UserFactory(email="maker@example.com")
    client.force_login(staff)

    client.post(f"/en/staff/events/{event.slug}/co-organisers/", {"email": "MAKER@example.com"})
    response = client.post(
        f"/en/staff/events/{event.slug}/co-organisers/",
        {"email": "nobody@example.com"},
        follow=True,
    )

    assert list(event.co_organisers.all()) == [member]
    assert "No signed-up user has this email address." in response.content.decode()


@pytest.mark.parametrize("rows", [1, 25])
def test_staff_list_and_attendees_query_counts_do_not_grow(
    client, staff, django_assert_max_num_queries, rows
):
    event = EventFactory()
    for _ in range(rows):
        EventFactory()
        RSVPFactory(event=event)
    client.force_login(staff)

    with django_assert_max_num_queries(8):
        assert client.get("/staff/events/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(f"/staff/events/{event.slug}/attendees/").status_code == 200
    assert RSVP.objects.count() == rows


def _png(size=64):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (size * 2, size), "#A61E4D").save(buffer, format="PNG")
    return SimpleUploadedFile("My Cover.png", buffer.getvalue(), content_type="image/png")


def test_cover_image_is_stored_under_a_random_name(client, staff):
    client.force_login(staff)

    client.post("/en/staff/events/new/", _form(cover=_png()))

    name = Event.objects.get().cover.name
    assert name.startswith("events/covers/") and name.endswith(".png") and "My Cover" not in name


def test_a_text_file_posing_as_a_cover_is_refused(client, staff):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(staff)

    response = client.post(
        "/en/staff/events/new/",
        _form(cover=SimpleUploadedFile("cover.png", b"not an image", content_type="image/png")),
    )

    assert response.status_code == 400 and "cover" in response.context["form"].errors
    assert not Event.objects.exists()


def test_attendee_csv_neutralises_names_that_look_like_formulas(client, staff):
    rsvp = RSVPFactory(user=UserFactory(display_name='=HYPERLINK("http://x.example")'))
    client.force_login(staff)

    response = client.get(f"/en/staff/events/{rsvp.event.slug}/attendees/?format=csv")

    assert response.content.decode("utf-8-sig").splitlines()[1].startswith("\"'=HYPERLINK(")
