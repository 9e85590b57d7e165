"""What the public API publishes: every field here is public by design.

These schemas are the privacy boundary of the open data. They list fields explicitly (no
`fields="__all__"`), so a new model field never reaches the API unnoticed; the tests check the
OpenAPI document for e-mail, phone and other private names.
"""

import datetime as dt

from django.utils import translation
from ninja import Field, Schema


class Label(Schema):
    """A fixed choice: its stable code and its label in both languages."""

    code: str
    th: str
    en: str


def label(choices, code) -> Label | None:
    if code in (None, ""):
        return None
    text = dict(choices).get(code, code)
    with translation.override("th"):
        thai = str(text)
    with translation.override("en"):
        english = str(text)
    return Label(code=str(code), th=thai, en=english)


class Error(Schema):
    detail: str
    errors: dict[str, list[str]] | None = None


class Page(Schema):
    count: int
    page: int
    pages: int
    next: str | None
    previous: str | None


class StartupItem(Schema):
    slug: str
    name_th: str
    name_en: str
    tagline_th: str
    tagline_en: str
    sector: Label
    stage: Label
    district: Label
    hiring: bool
    approved_at: dt.datetime | None
    logo_url: str | None
    url: str


class TeamMember(Schema):
    name: str
    role: Label
    title: str
    profile_url: str


class StartupDetail(StartupItem):
    description_th: str
    description_en: str
    website: str
    facebook_url: str
    linkedin_url: str
    founded_year: int | None
    team_size: Label
    looking_for: list[Label]
    sdgs: list[Label]
    team: list[TeamMember]


class StartupPage(Page):
    results: list[StartupItem]


class Topic(Schema):
    slug: str
    name_th: str
    name_en: str


class EventItem(Schema):
    slug: str
    title_th: str
    title_en: str
    kind: Label
    starts_at: dt.datetime
    ends_at: dt.datetime
    cancelled: bool
    venue: Label
    room: str
    address: str
    capacity: int | None
    seats_left: int | None
    topics: list[Topic]
    url: str


class EventDetail(EventItem):
    description_th: str
    description_en: str


class EventPage(Page):
    results: list[EventItem]


class Link(Schema):
    label: str
    url: str


class MemberItem(Schema):
    id: int
    name: str
    district: Label | None
    skills: list[str]
    avatar_url: str | None
    url: str


class MemberDetail(MemberItem):
    bio: str
    interests: list[str]
    links: list[Link]


class MemberPage(Page):
    results: list[MemberItem]


class OpeningHours(Schema):
    """Local times in Asia/Bangkok, "HH:MM" (a JSON Schema `time` would need an offset)."""

    weekday: Label
    opens_at: str = Field(pattern=r"^\d{2}:\d{2}$")
    closes_at: str = Field(pattern=r"^\d{2}:\d{2}$")


class ClosedDay(Schema):
    date: dt.date
    reason_th: str
    reason_en: str


class Resource(Schema):
    id: int
    kind: Label
    name_th: str
    name_en: str
    capacity: int
    amenities: str


class Space(Schema):
    slug: str
    name_th: str
    name_en: str
    address: str
    opening_hours: list[OpeningHours]
    closed_days: list[ClosedDay]
    resources: list[Resource]
    url: str
