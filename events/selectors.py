"""Reads of the events app; each declares its own joins so page query counts stay flat."""

from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from .enums import EventStatus, IdeaStatus, RSVPStatus
from .models import RSVP, Event, Idea, IdeaVote, Topic


def _with_counts(queryset):
    return queryset.annotate(
        confirmed_count=Count("rsvps", filter=Q(rsvps__status=RSVPStatus.CONFIRMED)),
        waitlist_count=Count("rsvps", filter=Q(rsvps__status=RSVPStatus.WAITLISTED)),
        attended_count=Count("rsvps", filter=Q(rsvps__checked_in_at__isnull=False)),
    )


def calendar_events(*, past: bool = False):
    """Published and cancelled events, soonest first; past ones most recent first."""
    now = timezone.now()
    events = Event.objects.public()
    # Meta.ordering is ignored once counts add a GROUP BY, so each list orders explicitly.
    if past:
        events = events.past(now).order_by("-starts_at", "-pk")
    else:
        events = events.upcoming(now).order_by("starts_at", "pk")
    return _with_counts(events).prefetch_related(
        Prefetch("topics", queryset=Topic.objects.order_by("slug"))
    )


def next_events(*, limit: int = 3):
    """For the home page: the next published events that have not started."""
    return list(
        _with_counts(Event.objects.published().filter(starts_at__gt=timezone.now())).order_by(
            "starts_at", "pk"
        )[:limit]
    )


def event_for_public(*, slug: str):
    """An event page anyone may see (not drafts), with its counts and topics."""
    return _with_counts(Event.objects.public().filter(slug=slug)).prefetch_related("topics").first()


def event_for_staff(*, slug: str):
    return _with_counts(Event.objects.filter(slug=slug)).prefetch_related("topics").first()


def staff_events():
    return _with_counts(Event.objects.all()).order_by("-starts_at", "-pk")


def rsvp_for(*, event, user):
    if not user.is_authenticated:
        return None
    return RSVP.objects.filter(event=event, user=user).first()


def seats_left(event) -> int | None:
    if event.capacity is None:
        return None
    return max(event.capacity - event.confirmed_count, 0)


def event_attendees(*, event, query: str = ""):
    rsvps = (
        RSVP.objects.active()
        .filter(event=event, user__isnull=False)
        .select_related("user")
        .order_by("status", "requested_at", "pk")
    )
    if query:
        rsvps = rsvps.filter(
            Q(user__display_name__icontains=query) | Q(user__email__icontains=query)
        )
    return rsvps


def event_ideas(*, event, user=None):
    ideas = (
        Idea.objects.filter(event=event)
        .exclude(status=IdeaStatus.REMOVED)
        .select_related("author")
        .order_by("-vote_count", "created_at", "pk")
    )
    if user is not None and user.is_authenticated:
        ideas = ideas.annotate(
            has_voted=Exists(IdeaVote.objects.filter(idea=OuterRef("pk"), user=user))
        )
    return ideas


def events_attended_by(*, user):
    """Events the person was checked in at, most recent first (for their profile)."""
    return (
        Event.objects.filter(rsvps__user=user, rsvps__checked_in_at__isnull=False)
        .exclude(status=EventStatus.DRAFT)
        .order_by("-starts_at", "-pk")
        .distinct()
    )


def user_upcoming_rsvps(*, user):
    """The person's confirmed and waitlisted RSVPs for events still to come, soonest first."""
    return (
        RSVP.objects.active()
        .filter(user=user, event__status=EventStatus.PUBLISHED, event__ends_at__gte=timezone.now())
        .select_related("event")
        .order_by("event__starts_at", "pk")
    )


def feed_events(*, kind: str = ""):
    events = Event.objects.public().upcoming()
    if kind:
        events = events.filter(kind=kind)
    return events.order_by("starts_at", "pk")
