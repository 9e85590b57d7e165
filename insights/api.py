"""The public, read-only API at /api/v1/ (django-ninja).

Every list reuses the FilterSet and selector of the HTML page it mirrors, so a filter means
the same on the page and in the API. People appear only through members' public directory
(`public_profile_q`), whoever is signed in: the API never shows more to a session.
"""

from typing import Literal

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from ninja import Field, NinjaAPI, Path, Query, Schema
from ninja.errors import HttpError, Throttled, ValidationError
from ninja.openapi.docs import Swagger
from ninja.throttling import AnonRateThrottle

from coworking.enums import ResourceKind
from coworking.models import ClosedDay, OpeningHours, Resource, Space
from events import selectors as event_selectors
from events.enums import EventKind, EventStatus, VenueKind
from events.filters import CalendarFilter
from members import selectors as member_selectors
from members.enums import District
from members.filters import MemberDirectoryFilter
from startups import selectors as startup_selectors
from startups.enums import SDG_CHOICES, LookingFor, Sector, Stage, TeamRole, TeamSize
from startups.filters import StartupFilter
from startups.models import Startup

from . import schemas
from .schemas import label

PAGE_SIZE = 20
SLUG = r"^[-\w]{1,180}$"
WEEKDAYS = OpeningHours._meta.get_field("weekday").choices


class AnonymousPerIp(AnonRateThrottle):
    """Anonymous clients, per IP address, at the rate `API_ANON_RATE` (read on each request,
    so it can be changed without rebuilding the API)."""

    def __init__(self):
        super().__init__(rate=settings.API_ANON_RATE)

    def allow_request(self, request):
        if request.user.is_authenticated:
            return True
        self.rate = settings.API_ANON_RATE
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)


api = NinjaAPI(
    title="Smart Udon open data API",
    version="1",
    description=(
        "Public data of Udon Thani's startup ecosystem: approved startups, published events, "
        "public member profiles and the Smart Hub. Read only, no key needed; every item "
        "carries its Thai and English text. Anonymous clients are limited per IP address."
    ),
    urls_namespace="api_v1",
    docs=Swagger(),
    docs_url="/docs/",
    openapi_url="/openapi.json",
    throttle=[AnonymousPerIp()],
)


@api.exception_handler(Throttled)
def too_many_requests(request, exc):
    # The API sits outside the language prefixes, so it answers in both languages.
    message = _("Too many requests from your address. Please wait and try again.")
    with translation.override("en"):
        english = str(message)
    with translation.override("th"):
        thai = str(message)
    return api.create_response(request, {"detail": english, "detail_th": thai}, status=429)


@api.exception_handler(ValidationError)
def invalid_input(request, exc):
    errors = {}
    for error in exc.errors:
        field = ".".join(str(part) for part in error.get("loc", [])[1:]) or "request"
        errors.setdefault(field, []).append(error.get("msg", "invalid"))
    return api.create_response(request, {"detail": "Invalid input.", "errors": errors}, status=422)


def _absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


def _in_default_language(func):
    """Links in the API point at the default-language (unprefixed) pages."""
    with translation.override(settings.LANGUAGE_CODE):
        return func()


def _paginate(request, queryset, page: int, serialise) -> dict:
    paginator = Paginator(queryset, PAGE_SIZE)
    pages = max(paginator.num_pages, 1)
    if page > pages:
        raise HttpError(404, f"Page {page} does not exist; there are {pages}.")
    items = paginator.page(page).object_list if paginator.count else []
    query = request.GET.copy()

    def link(number):
        query["page"] = number
        return _absolute(request, f"{request.path}?{query.urlencode()}")

    return {
        "count": paginator.count,
        "page": page,
        "pages": pages,
        "next": link(page + 1) if page < pages else None,
        "previous": link(page - 1) if page > 1 else None,
        "results": [serialise(request, item) for item in items],
    }


class InvalidFilter(Exception):
    def __init__(self, errors):
        self.errors = {field: [str(message) for message in messages]
                       for field, messages in errors.items()}  # fmt: skip


def _filtered(filterset_class, data: dict, queryset):
    """The page's own FilterSet over the page's own selector: one meaning for each filter."""
    filterset = filterset_class(data, queryset=queryset)
    if not filterset.is_valid():
        raise InvalidFilter(filterset.errors)
    return filterset.qs


@api.exception_handler(InvalidFilter)
def invalid_filter(request, exc):
    return api.create_response(
        request, {"detail": "Invalid filter value.", "errors": exc.errors}, status=400
    )


def _image_url(request, image) -> str | None:
    return _absolute(request, image.url) if image else None


# --- Startups ---------------------------------------------------------------------------------
class StartupQuery(Schema):
    q: str | None = None
    sector: Sector | None = None
    stage: Stage | None = None
    district: District | None = None
    looking_for: LookingFor | None = None
    hiring: bool | None = None
    sort: Literal["newest", "name"] | None = None
    page: int = Field(1, ge=1)


def _startup_item(request, startup) -> dict:
    return {
        "slug": startup.slug,
        "name_th": startup.name_th,
        "name_en": startup.name_en,
        "tagline_th": startup.tagline_th,
        "tagline_en": startup.tagline_en,
        "sector": label(Sector.choices, startup.sector),
        "stage": label(Stage.choices, startup.stage),
        "district": label(District.choices, startup.district),
        "hiring": startup.hiring,
        "approved_at": startup.approved_at,
        "logo_url": _image_url(request, startup.logo_thumbnail),
        "url": _absolute(request, _in_default_language(startup.get_absolute_url)),
    }


def startup_filter_data(params) -> dict:
    """The FilterSet's input from validated query parameters (enums back to their codes)."""
    data = {}
    for key, value in params.items():
        if value is None or key == "page":
            continue
        data[key] = getattr(value, "value", value)
        if isinstance(value, bool):
            data[key] = "true" if value else ""
    return {key: value for key, value in data.items() if value != ""}


@api.get(
    "/startups/",
    response={200: schemas.StartupPage, 400: schemas.Error, 404: schemas.Error},
    tags=["startups"],
    summary="Approved startups, filtered like the directory page",
)
def startups(request, filters: Query[StartupQuery]):
    queryset = _filtered(
        StartupFilter,
        startup_filter_data(filters.dict()),
        startup_selectors.startup_directory(),
    )
    return _paginate(request, queryset, filters.page, _startup_item)


@api.get(
    "/startups/{slug}/",
    response={200: schemas.StartupDetail, 404: schemas.Error},
    tags=["startups"],
    summary="One approved startup with its public team",
)
def startup(request, slug: str = Path(..., pattern=SLUG)):
    found = Startup.objects.approved().filter(slug=slug).first()
    if found is None:
        raise HttpError(404, "No approved startup has this slug.")
    team = startup_selectors.startup_public_team(found)
    return {
        **_startup_item(request, found),
        "description_th": found.description_th,
        "description_en": found.description_en,
        "website": found.website,
        "facebook_url": found.facebook_url,
        "linkedin_url": found.linkedin_url,
        "founded_year": found.founded_year,
        "team_size": label(TeamSize.choices, found.team_size),
        "looking_for": [label(LookingFor.choices, item) for item in found.looking_for],
        "sdgs": [label(SDG_CHOICES, number) for number in found.sdgs],
        "team": [
            {
                "name": membership.user.display_name,
                "role": label(TeamRole.choices, membership.role),
                "title": membership.title,
                "profile_url": _absolute(
                    request,
                    _in_default_language(lambda m=membership: _person_path(m.user_id)),
                ),
            }
            for membership in team
        ],
    }


def _person_path(pk):
    return reverse("members:person", kwargs={"pk": pk})


# --- Events -----------------------------------------------------------------------------------
class EventQuery(Schema):
    when: Literal["upcoming", "past"] = "upcoming"
    kind: EventKind | None = None
    topic: str | None = None
    month: str | None = Field(None, pattern=r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])$")
    page: int = Field(1, ge=1)


def _event_item(request, event) -> dict:
    return {
        "slug": event.slug,
        "title_th": event.title_th,
        "title_en": event.title_en,
        "kind": label(EventKind.choices, event.kind),
        "starts_at": event.starts_at,
        "ends_at": event.ends_at,
        "cancelled": event.status == EventStatus.CANCELLED,
        "venue": label(VenueKind.choices, event.venue_kind),
        "room": event.room,
        "address": event.address,
        "capacity": event.capacity,
        "seats_left": event_selectors.seats_left(event),
        "topics": [
            {"slug": topic.slug, "name_th": topic.name_th, "name_en": topic.name_en}
            for topic in event.topics.all()
        ],
        "url": _absolute(request, _in_default_language(event.get_absolute_url)),
    }


@api.get(
    "/events/",
    response={200: schemas.EventPage, 400: schemas.Error, 404: schemas.Error},
    tags=["events"],
    summary="Published events (upcoming, or past with when=past), filtered like the calendar",
)
def events(request, filters: Query[EventQuery]):
    data = {
        k: getattr(v, "value", v)
        for k, v in filters.dict().items()
        if v not in (None, "") and k in ("kind", "topic", "month")
    }
    queryset = _filtered(
        CalendarFilter, data, event_selectors.calendar_events(past=filters.when == "past")
    )
    return _paginate(request, queryset, filters.page, _event_item)


@api.get(
    "/events/{slug}/",
    response={200: schemas.EventDetail, 404: schemas.Error},
    tags=["events"],
    summary="One published or cancelled event",
)
def event(request, slug: str = Path(..., pattern=SLUG)):
    found = event_selectors.event_for_public(slug=slug)
    if found is None:
        raise HttpError(404, "No published event has this slug.")
    return {
        **_event_item(request, found),
        "description_th": found.description_th,
        "description_en": found.description_en,
    }


# --- Members ----------------------------------------------------------------------------------
class MemberQuery(Schema):
    q: str | None = None
    skill: str | None = None
    district: District | None = None
    page: int = Field(1, ge=1)


def _member_item(request, user) -> dict:
    profile = user.profile
    return {
        "id": user.pk,
        "name": user.display_name,
        "district": label(District.choices, profile.district),
        "skills": [tag.name for tag in profile.skills.all()],
        "avatar_url": _image_url(request, profile.avatar_thumbnail),
        "url": _absolute(request, _in_default_language(lambda: _person_path(user.pk))),
    }


@api.get(
    "/members/",
    response={200: schemas.MemberPage, 400: schemas.Error, 404: schemas.Error},
    tags=["members"],
    summary="Public profiles of approved Smart Udon Maker members",
)
def members(request, filters: Query[MemberQuery]):
    data = {
        k: getattr(v, "value", v)
        for k, v in filters.dict().items()
        if v not in (None, "") and k != "page"
    }
    queryset = _filtered(MemberDirectoryFilter, data, member_selectors.member_directory())
    return _paginate(request, queryset, filters.page, _member_item)


@api.get(
    "/members/{member_id}/",
    response={200: schemas.MemberDetail, 404: schemas.Error},
    tags=["members"],
    summary="One public member profile",
)
def member(request, member_id: int = Path(..., ge=1, le=2**62)):
    person = member_selectors.person_for_viewer(pk=member_id, viewer=AnonymousUser())
    if person is None:
        raise HttpError(404, "No public profile has this id.")
    profile = person.profile
    return {
        **_member_item(request, person),
        "bio": profile.bio,
        "interests": [tag.name for tag in profile.interests.all()],
        "links": [{"label": str(text), "url": url} for text, url in profile.links],
    }


# --- Smart Hub --------------------------------------------------------------------------------
def _spaces():
    return Space.objects.order_by("pk").prefetch_related(
        Prefetch("opening_hours", queryset=OpeningHours.objects.order_by("weekday")),
        Prefetch(
            "closed_days",
            queryset=ClosedDay.objects.filter(date__gte=timezone.localdate()).order_by("date"),
        ),
        Prefetch("resources", queryset=Resource.objects.filter(is_active=True)),
    )


def _space_item(request, space) -> dict:
    return {
        "slug": space.slug,
        "name_th": space.name_th,
        "name_en": space.name_en,
        "address": space.address,
        "opening_hours": [
            {
                "weekday": label(WEEKDAYS, hours.weekday),
                "opens_at": f"{hours.opens_at:%H:%M}",
                "closes_at": f"{hours.closes_at:%H:%M}",
            }
            for hours in space.opening_hours.all()
        ],
        "closed_days": [
            {"date": day.date, "reason_th": day.reason_th, "reason_en": day.reason_en}
            for day in space.closed_days.all()
        ],
        "resources": [
            {
                "id": res.pk,
                "kind": label(ResourceKind.choices, res.kind),
                "name_th": res.name_th,
                "name_en": res.name_en,
                "capacity": res.capacity,
                "amenities": res.amenities,
            }
            for res in space.resources.all()
        ],
        "url": _absolute(request, _in_default_language(lambda: reverse("coworking:grid"))),
    }


@api.get(
    "/smart-hub/",
    response=list[schemas.Space],
    tags=["smart hub"],
    summary="Co-working spaces with opening hours, coming closed days and bookable resources",
)
def spaces(request):
    return [_space_item(request, space) for space in _spaces()]


@api.get(
    "/smart-hub/{slug}/",
    response={200: schemas.Space, 404: schemas.Error},
    tags=["smart hub"],
    summary="One co-working space",
)
def space(request, slug: str = Path(..., pattern=SLUG)):
    found = _spaces().filter(slug=slug).first()
    if found is None:
        raise HttpError(404, "No space has this slug.")
    return _space_item(request, found)


@api.exception_handler(HttpError)
def http_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)
