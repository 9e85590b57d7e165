"""The booking confirmation mail, with an iCalendar file so the slot lands in a calendar."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar, Event

from udon_ecosystem.mail import absolute_url, build_templated_mail, send_templated_mail


def booking_ics(booking) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Smart Udon//Smart Hub//TH")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"booking-{booking.pk}@{settings.SITE_URL.split('//')[-1].split('/')[0]}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", timezone.localtime(booking.starts_at))
    event.add("dtend", timezone.localtime(booking.ends_at))
    event.add("summary", f"{booking.resource.space.name}: {booking.resource.name}")
    event.add("location", booking.resource.space.address)
    event.add("url", absolute_url(reverse("coworking:my_bookings")))
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def send_booking_confirmation_mail(booking, connection=None):
    member = booking.member
    with translation.override(member.preferred_language):
        context = {
            "booking": booking,
            "member": member,
            "my_bookings_url": absolute_url(reverse("coworking:my_bookings")),
        }
        ics = booking_ics(booking)
    send_templated_mail(
        template="booking_confirmation",
        to=member.email,
        language=member.preferred_language,
        context=context,
        attachments=[("smart-hub-booking.ics", ics, "text/calendar")],
        connection=connection,
    )


def booking_reminder_message(booking):
    """The reminder before a booking starts, built for the shared sweep to send."""
    member = booking.member
    return build_templated_mail(
        template="booking_reminder",
        to=member.email,
        language=member.preferred_language,
        context={
            "booking": booking,
            "member": member,
            "my_bookings_url": absolute_url(reverse("coworking:my_bookings")),
        },
    )
