"""RSVPs: seats, the waitlist in order, promotion on cancel, and the emails that go with them."""

import datetime
import threading

import pytest
from django.core import mail
from django.db import connection, connections
from django.utils import timezone, translation
from icalendar import Calendar

from events import services
from events.enums import EventStatus, RSVPStatus
from events.errors import EventError
from events.models import RSVP
from tests.factories import UserFactory
from tests.factories.events import EventFactory

pytestmark = pytest.mark.django_db


def _rsvp(event, user, capture):
    with capture(execute=True):
        return services.rsvp_create(event=event, user=user)


def test_rsvp_confirms_and_emails_the_ticket_with_an_ics_in_the_users_language(
    django_capture_on_commit_callbacks,
):
    event = EventFactory(title_en="Pitch night", title_th="คืนพิชชิ่ง")
    person = UserFactory(preferred_language="en")

    rsvp = _rsvp(event, person, django_capture_on_commit_callbacks)

    assert rsvp.status == RSVPStatus.CONFIRMED
    assert [m.subject for m in mail.outbox] == ["You are confirmed: Pitch night"]
    filename, content, mimetype = mail.outbox[0].attachments[0]
    assert filename == f"{event.slug}.ics" and mimetype.startswith("text/calendar")
    vevent = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(vevent["SUMMARY"]) == "Pitch night"
    assert vevent.decoded("DTSTART") == event.starts_at


def test_thai_attendee_gets_the_confirmation_in_thai_with_the_buddhist_year(
    django_capture_on_commit_callbacks,
):
    event = EventFactory(
        title_th="คืนพิชชิ่ง",
        starts_at=timezone.make_aware(datetime.datetime(2030, 3, 5, 18, 0)),
        ends_at=timezone.make_aware(datetime.datetime(2030, 3, 5, 21, 0)),
    )

    _rsvp(event, UserFactory(preferred_language="th"), django_capture_on_commit_callbacks)

    assert mail.outbox[0].subject == "ยืนยันที่นั่งแล้ว: คืนพิชชิ่ง"
    assert "5 มีนาคม 2573 เวลา 18:00 น." in mail.outbox[0].body


def test_rsvp_twice_is_once(django_capture_on_commit_callbacks):
    event, person = EventFactory(), UserFactory()

    first = _rsvp(event, person, django_capture_on_commit_callbacks)
    second = _rsvp(event, person, django_capture_on_commit_callbacks)

    assert first.pk == second.pk
    assert RSVP.objects.filter(event=event).count() == 1
    assert len(mail.outbox) == 1


def test_beyond_capacity_people_are_waitlisted_in_order(django_capture_on_commit_callbacks):
    event = EventFactory(capacity=2)
    people = UserFactory.create_batch(4)

    statuses = [_rsvp(event, p, django_capture_on_commit_callbacks).status for p in people]

    assert statuses == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert mail.outbox[2].subject.startswith("อยู่ในรายชื่อสำรอง")


def test_cancelling_a_confirmed_rsvp_promotes_the_first_waitlisted_and_emails_them(
    django_capture_on_commit_callbacks,
):
    event = EventFactory(capacity=1)
    first, second, third = UserFactory.create_batch(3)
    second.preferred_language = "en"
    second.save()
    for person in (first, second, third):
        _rsvp(event, person, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.rsvp_cancel(event=event, user=first)

    statuses = dict(RSVP.objects.filter(event=event).values_list("user__email", "status"))
    assert statuses == {
        first.email: "cancelled",
        second.email: "confirmed",
        third.email: "waitlisted",
    }
    assert [m.to for m in mail.outbox] == [[second.email]]
    assert mail.outbox[0].subject.startswith("A seat is yours")
    assert mail.outbox[0].attachments[0][0].endswith(".ics")


def test_cancelling_a_waitlist_place_promotes_no_one(django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1)
    first, second = UserFactory.create_batch(2)
    _rsvp(event, first, django_capture_on_commit_callbacks)
    _rsvp(event, second, django_capture_on_commit_callbacks)

    services.rsvp_cancel(event=event, user=second)

    assert list(event.rsvps.values_list("status", flat=True).order_by("pk")) == [
        "confirmed",
        "cancelled",
    ]


def test_rsvp_again_after_cancelling_goes_to_the_back_of_the_waitlist(
    django_capture_on_commit_callbacks,
):
    event = EventFactory(capacity=1)
    first, second, third = UserFactory.create_batch(3)
    for person in (first, second, third):
        _rsvp(event, person, django_capture_on_commit_callbacks)
    services.rsvp_cancel(event=event, user=first)  # second is promoted

    again = _rsvp(event, first, django_capture_on_commit_callbacks)
    services.rsvp_cancel(event=event, user=second)  # third, who waited longer, is promoted

    assert again.status == "waitlisted"
    assert event.rsvps.get(user=third).status == "confirmed"
    assert event.rsvps.get(user=first).status == "waitlisted"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"status": EventStatus.CANCELLED}, "This event is not open for RSVPs."),
        ({"status": EventStatus.DRAFT}, "This event is not open for RSVPs."),
        ({"starts_at_delta": -1}, "RSVPs for this event are closed."),
    ],
)
def test_no_rsvp_for_cancelled_draft_or_started_events(changes, message):
    event = EventFactory()
    if "starts_at_delta" in changes:
        event.starts_at = timezone.now() - datetime.timedelta(minutes=1)
    else:
        event.status = changes["status"]
    event.save()

    with pytest.raises(EventError) as error:
        services.rsvp_create(event=event, user=UserFactory())

    with translation.override("en"):
        assert str(error.value.message) == message
    assert not RSVP.objects.exists()


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs row locks from concurrent connections: SQLite has one writer at a time anyway",
)
@pytest.mark.django_db(transaction=True)
def test_concurrent_rsvps_at_capacity_never_overbook():
    event = EventFactory(capacity=3)
    people = UserFactory.create_batch(12)
    barrier = threading.Barrier(len(people))
    failures = []

    def sign_up(person):
        try:
            barrier.wait()
            services.rsvp_create(event=event, user=person)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            failures.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sign_up, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert event.rsvps.filter(status="confirmed").count() == 3
    assert event.rsvps.filter(status="waitlisted").count() == 9
