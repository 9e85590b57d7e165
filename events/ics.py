"""iCalendar (RFC 5545) files for one event and for the subscribable feed."""

from django.utils import translation
from icalendar import Calendar
from icalendar import Event as ICalEvent

from udon_ecosystem.mail import absolute_url

from .enums import VenueKind

PRODID = "-//Smart Udon//Events//EN"


def _location(event, *, include_link: bool) -> str:
    from udon_ecosystem.context_processors import SMART_HUB_ADDRESS

    if event.venue_kind == VenueKind.SMART_HUB:
        room = f"{event.room}, " if event.room else ""
        return f"Smart Hub Udon Thani, {room}{SMART_HUB_ADDRESS}"
    if event.venue_kind == VenueKind.ONLINE:
        return event.online_url if include_link and event.online_url else "Online"
    return event.address


def _component(event, *, include_link: bool) -> ICalEvent:
    url = absolute_url(event.get_absolute_url())
    component = ICalEvent()
    component.add("uid", event.ical_uid)
    component.add("dtstamp", event.updated_at)
    component.add("last-modified", event.updated_at)
    component.add("sequence", event.sequence)
    component.add("dtstart", event.starts_at)
    component.add("dtend", event.ends_at)
    component.add("summary", event.title)
    component.add("description", f"{event.description}\n\n{url}")
    component.add("location", str(_location(event, include_link=include_link)))
    component.add("url", url)
    component.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    return component


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # PUBLISH even for a cancelled event: STATUS:CANCELLED with a higher SEQUENCE updates the
    # copy people imported, while iTIP's CANCEL would need ORGANIZER/ATTENDEE we do not send.
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Bangkok")
    return calendar


def event_ics(event, *, language: str = "th", include_link: bool = False) -> bytes:
    """One event; `include_link` puts the online link in for confirmed attendees only."""
    with translation.override(language):
        calendar = _calendar(event.title)
        calendar.add_component(_component(event, include_link=include_link))
        return calendar.to_ical()


def feed_ics(events, *, language: str = "th") -> bytes:
    with translation.override(language):
        calendar = _calendar("Smart Udon events")
        for event in events:
            calendar.add_component(_component(event, include_link=False))
        return calendar.to_ical()
