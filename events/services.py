"""Writes on events, RSVPs, check-in and ideas. Views, admin, tasks and commands call these.

Every RSVP change locks the event row first (`select_for_update`), so capacity checks and
waitlist promotion see a consistent count even under concurrent requests. Mail is queued
with `transaction.on_commit`, so nothing is sent for a change that rolled back.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from members.models import User
from udon_ecosystem.sweeps import SweepResult, sweep_run

from . import errors, notifications
from .enums import EventKind, EventStatus, IdeaStatus, RSVPStatus
from .errors import EventError
from .models import RSVP, Event, Idea, IdeaVote

# Changing these changes what attendees have put in their calendars.
SCHEDULE_FIELDS = ("starts_at", "ends_at", "venue_kind", "room", "address", "online_url")


def _locked(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def _queue(task_name: str, *args):
    from . import tasks  # tasks import this module

    task = getattr(tasks, task_name)
    transaction.on_commit(lambda: task.delay(*args))


def _unique_slug(base: str) -> str:
    base = (slugify(base) or "event")[:160]
    slug, n = base, 2
    while Event.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


# --- Events ------------------------------------------------------------------------------
def event_create(*, by: User, data: dict, topics=()) -> Event:
    """Create a draft event organised by `by`. The form has validated the fields."""
    if data["starts_at"] <= timezone.now():
        raise EventError(errors.PAST_EVENT)
    with transaction.atomic():
        event = Event(**data)
        event.slug = event.slug or _unique_slug(data.get("title_en") or data["title_th"])
        event.full_clean()
        event.save()
        event.topics.set(topics)
        event.organisers.add(by)
    return event


def event_update(*, event: Event, data: dict, topics=None) -> Event:
    """Save edits. A new time or place bumps the calendar SEQUENCE, lets unsent reminders
    follow the new start and emails everyone confirmed or waitlisted a change notice with
    the updated ICS; a higher capacity promotes people from the waitlist."""
    with transaction.atomic():
        locked = _locked(event)
        confirmed = locked.rsvps.confirmed().count()
        capacity = data.get("capacity", locked.capacity)
        if capacity is not None and capacity < confirmed:
            raise EventError(errors.CAPACITY_BELOW_CONFIRMED % {"count": confirmed})
        changed = [
            name for name in SCHEDULE_FIELDS if name in data and getattr(locked, name) != data[name]
        ]
        for name, value in data.items():
            setattr(locked, name, value)
        if changed:
            locked.sequence = F("sequence") + 1
        locked.full_clean(exclude=["sequence"])
        locked.save()
        locked.refresh_from_db()
        if topics is not None:
            locked.topics.set(topics)
        if "starts_at" in changed:
            _reschedule_reminders(locked)
        if changed and locked.is_published:
            _queue("notify_attendees", locked.pk, "event_changed")
        if locked.is_published:
            _promote_waitlist(locked)
    return locked


def _reschedule_reminders(event: Event) -> None:
    """A reminder already sent for the old time goes out again only if it would be due later."""
    now = timezone.now()
    for marker, lead in reminder_leads().items():
        if event.starts_at - lead > now:
            event.rsvps.update(**{marker: None})


def event_publish(*, event: Event) -> Event:
    with transaction.atomic():
        locked = _locked(event)
        if locked.status != EventStatus.DRAFT:
            raise EventError(errors.ONLY_DRAFTS_PUBLISH)
        if locked.starts_at <= timezone.now():
            raise EventError(errors.PAST_EVENT)
        locked.status = EventStatus.PUBLISHED
        locked.save(update_fields=["status", "updated_at"])
    return locked


def event_cancel(*, event: Event, message: str = "") -> Event:
    """Cancel the event: everyone confirmed or waitlisted gets a cancellation email with the
    cancelled ICS, and the reminder sweep skips it from now on (it sends only for published
    events)."""
    with transaction.atomic():
        locked = _locked(event)
        if locked.is_cancelled:
            raise EventError(errors.ALREADY_CANCELLED)
        was_published = locked.is_published
        locked.status = EventStatus.CANCELLED
        locked.cancellation_message = message
        locked.sequence += 1
        locked.save(update_fields=["status", "cancellation_message", "sequence", "updated_at"])
        if was_published:
            _queue("notify_attendees", locked.pk, "event_cancelled")
    return locked


def event_duplicate(*, event: Event, by: User, days: int = 7) -> Event:
    """A draft copy for the next session, `days` later, without RSVPs or ideas."""
    with transaction.atomic():
        shift = datetime.timedelta(days=days)
        copy = Event(
            **{
                field.name: getattr(event, field.name)
                for field in Event._meta.concrete_fields
                if field.name
                not in (
                    "id",
                    "slug",
                    "status",
                    "sequence",
                    "created_at",
                    "updated_at",
                    "cancellation_message",
                )
            }
        )
        copy.starts_at, copy.ends_at = event.starts_at + shift, event.ends_at + shift
        copy.slug = _unique_slug(
            event.slug.rsplit("-", 1)[0] if event.slug[-1].isdigit() else event.slug
        )
        copy.status = EventStatus.DRAFT
        copy.save()
        copy.topics.set(event.topics.all())
        copy.organisers.add(by)
    return copy


def event_add_co_organiser(*, event: Event, email: str) -> User:
    user = User.objects.filter(email__iexact=email.strip(), is_active=True).first()
    if user is None:
        raise EventError(errors.NOT_A_USER)
    event.co_organisers.add(user)
    return user


def event_remove_co_organiser(*, event: Event, user_id: int) -> None:
    event.co_organisers.remove(user_id)


# --- RSVPs -------------------------------------------------------------------------------
def rsvp_create(*, event: Event, user: User) -> RSVP:
    """Sign `user` up: confirmed while seats are left, else waitlisted in order of asking.

    Idempotent: a second call returns the existing RSVP and sends nothing. The event row is
    locked, so concurrent requests cannot overbook. Emails the confirmation (with the ICS)
    or the waitlist notice after commit.
    """
    with transaction.atomic():
        locked = _locked(event)
        if not locked.is_published:
            raise EventError(errors.EVENT_NOT_OPEN)
        if locked.has_started:
            raise EventError(errors.RSVP_CLOSED)
        rsvp = RSVP.objects.filter(event=locked, user=user).first()
        if rsvp is not None and rsvp.status != RSVPStatus.CANCELLED:
            return rsvp
        confirmed = locked.rsvps.confirmed().count()
        has_seat = locked.capacity is None or confirmed < locked.capacity
        now = timezone.now()
        rsvp = rsvp or RSVP(event=locked, user=user)
        rsvp.status = RSVPStatus.CONFIRMED if has_seat else RSVPStatus.WAITLISTED
        rsvp.requested_at = now
        rsvp.confirmed_at = now if has_seat else None
        rsvp.cancelled_at = None
        rsvp.reminder_day_sent_at = rsvp.reminder_hour_sent_at = None
        rsvp.save()
        template = "event_rsvp_confirmed" if has_seat else "event_rsvp_waitlisted"
        _queue("send_rsvp_email", rsvp.pk, template)
    return rsvp


def rsvp_cancel(*, event: Event, user: User) -> RSVP | None:
    """Give the seat (or waitlist place) back; the first waitlisted person is promoted and
    emailed. Returns the cancelled RSVP, or None if there was nothing to cancel."""
    with transaction.atomic():
        locked = _locked(event)
        if locked.has_started:
            raise EventError(errors.RSVP_CLOSED)
        rsvp = RSVP.objects.active().filter(event=locked, user=user).first()
        if rsvp is None:
            return None
        _cancel_rsvp(rsvp)
        if locked.is_published:
            _promote_waitlist(locked)
    return rsvp


def _cancel_rsvp(rsvp: RSVP) -> None:
    rsvp.status = RSVPStatus.CANCELLED
    rsvp.cancelled_at = timezone.now()
    rsvp.save(update_fields=["status", "cancelled_at"])


def _promote_waitlist(event: Event) -> list[RSVP]:
    """Fill free seats from the waitlist, in order; the caller holds the event lock."""
    if event.capacity is None:
        free = None
    else:
        free = event.capacity - event.rsvps.confirmed().count()
        if free <= 0:
            return []
    waiting = event.rsvps.waitlisted().order_by("requested_at", "pk")
    promoted = list(waiting if free is None else waiting[:free])
    now = timezone.now()
    for rsvp in promoted:
        rsvp.status = RSVPStatus.CONFIRMED
        rsvp.confirmed_at = now
        rsvp.save(update_fields=["status", "confirmed_at"])
        _queue("send_rsvp_email", rsvp.pk, "event_rsvp_promoted")
    return promoted


def rsvp_check_in(*, rsvp: RSVP) -> bool:
    """Mark a confirmed attendee as present; returns False if they already were."""
    with transaction.atomic():
        locked = RSVP.objects.select_for_update().get(pk=rsvp.pk)
        if locked.status != RSVPStatus.CONFIRMED:
            raise EventError(errors.TICKET_NOT_CONFIRMED)
        if locked.checked_in_at is not None:
            return False
        locked.checked_in_at = timezone.now()
        locked.save(update_fields=["checked_in_at"])
    rsvp.checked_in_at = locked.checked_in_at
    return True


def user_erase_event_data(*, user: User) -> None:
    """For account erasure: future RSVPs are cancelled (promoting the waitlist), past ones
    keep counting for turnout but lose the name; ideas stay without author, votes go."""
    now = timezone.now()
    for rsvp in RSVP.objects.active().filter(user=user, event__starts_at__gt=now):
        with transaction.atomic():
            event = _locked(rsvp.event)
            _cancel_rsvp(rsvp)
            if event.is_published:
                _promote_waitlist(event)
    RSVP.objects.filter(user=user).update(user=None)
    for vote in IdeaVote.objects.filter(user=user).select_related("idea"):
        idea_unvote(idea=vote.idea, user=user)
    Idea.objects.filter(author=user).update(author=None)


# --- Reminders ---------------------------------------------------------------------------
def reminder_leads() -> dict[str, datetime.timedelta]:
    return {
        "reminder_day_sent_at": datetime.timedelta(minutes=settings.EVENTS_REMINDER_DAY_MINUTES),
        "reminder_hour_sent_at": datetime.timedelta(minutes=settings.EVENTS_REMINDER_HOUR_MINUTES),
    }


def _due_reminders(marker: str):
    """RSVPs whose reminder `marker` is due now. The day reminder's window ends where the hour
    reminder's begins, so someone who signs up late gets only the nearer one."""
    leads = reminder_leads()
    day, hour = leads["reminder_day_sent_at"], leads["reminder_hour_sent_at"]

    def due():
        now = timezone.now()
        window = (
            {"event__starts_at__gt": now + hour}
            if marker == "reminder_day_sent_at"
            else {"event__starts_at__gt": now}
        )
        return (
            RSVP.objects.filter(
                status=RSVPStatus.CONFIRMED,
                event__status=EventStatus.PUBLISHED,
                event__starts_at__lte=now + (day if marker == "reminder_day_sent_at" else hour),
                user__is_active=True,
                user__notify_event_reminders=True,
                **window,
            )
            .select_related("event", "user")
            .order_by("pk")
        )

    return due


def event_reminders_send_due(*, batch_size: int | None = None) -> SweepResult:
    """Send every due reminder exactly once (see udon_ecosystem.sweeps)."""
    total = SweepResult()
    for marker in reminder_leads():
        result = sweep_run(
            due=_due_reminders(marker),
            marker=marker,
            build_message=lambda rsvp, marker=marker: notifications.reminder_message(rsvp, marker),
            batch_size=batch_size or settings.EVENTS_REMINDER_BATCH_SIZE,
        )
        total.sent += result.sent
        total.skipped += result.skipped
        total.batches += result.batches
    return total


# --- Idea board --------------------------------------------------------------------------
def idea_create(*, event: Event, author: User, title: str, description: str) -> Idea:
    if event.kind != EventKind.BRAINSTORM:
        raise EventError(errors.IDEAS_ONLY_BRAINSTORM)
    if event.has_ended or not event.is_published:
        raise EventError(errors.IDEAS_CLOSED)
    if not RSVP.objects.confirmed().filter(event=event, user=author).exists():
        raise EventError(errors.IDEA_NOT_ALLOWED)
    return Idea.objects.create(event=event, author=author, title=title, description=description)


def idea_vote(*, idea: Idea, user: User) -> bool:
    """One vote per person per idea; voting twice counts once. Returns whether it counted."""
    if idea.status == IdeaStatus.REMOVED or idea.author_id == user.pk:
        raise EventError(errors.VOTE_NOT_ALLOWED)
    if not RSVP.objects.confirmed().filter(event_id=idea.event_id, user=user).exists():
        raise EventError(errors.VOTE_NOT_ALLOWED)
    with transaction.atomic():
        Idea.objects.select_for_update().filter(pk=idea.pk).first()
        _, created = IdeaVote.objects.get_or_create(idea=idea, user=user)
        if created:
            Idea.objects.filter(pk=idea.pk).update(vote_count=F("vote_count") + 1)
    return created


def idea_unvote(*, idea: Idea, user: User) -> bool:
    with transaction.atomic():
        Idea.objects.select_for_update().filter(pk=idea.pk).first()
        deleted, _ = IdeaVote.objects.filter(idea=idea, user=user).delete()
        if deleted:
            Idea.objects.filter(pk=idea.pk).update(vote_count=F("vote_count") - 1)
    return bool(deleted)


def idea_set_status(*, idea: Idea, status: str) -> Idea:
    idea.status = status
    idea.save(update_fields=["status"])
    return idea
