"""Writes on startups: the approval workflow, pending edits and the team.

Each service checks permission and state, writes inside one transaction, appends a
`ReviewEntry` when a decision is involved, and queues the founders' email after commit. Views,
the admin and management commands all call these functions.
"""

import re
import unicodedata

from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from udon_ecosystem.images import image_thumbnail

from . import rules as startup_rules
from .enums import FOUNDER_ROLES, ReviewEvent, RevisionStatus, Stage, Status, TeamRole
from .errors import MESSAGES, StartupError, StartupPermissionDenied
from .models import PUBLIC_FIELDS, ReviewEntry, Startup, StartupMembership, StartupRevision

RESERVED_SLUGS = {"mine", "new", "invitations", "edit"}

# (from, to): who may make the move.
FOUNDER_TRANSITIONS = {
    (Status.DRAFT, Status.SUBMITTED),
    (Status.CHANGES_REQUESTED, Status.SUBMITTED),
    (Status.DRAFT, Status.ARCHIVED),
    (Status.CHANGES_REQUESTED, Status.ARCHIVED),
    (Status.APPROVED, Status.ARCHIVED),
    (Status.REJECTED, Status.ARCHIVED),
    (Status.ARCHIVED, Status.DRAFT),
}
STAFF_TRANSITIONS = {
    (Status.SUBMITTED, Status.APPROVED),
    (Status.SUBMITTED, Status.REJECTED),
    (Status.SUBMITTED, Status.CHANGES_REQUESTED),
    (Status.APPROVED, Status.ARCHIVED),
    (Status.SUBMITTED, Status.ARCHIVED),
}
REASON_REQUIRED = {Status.REJECTED, Status.CHANGES_REQUESTED}
# Decisions the founders hear about by email.
EMAILED = {Status.APPROVED, Status.REJECTED, Status.CHANGES_REQUESTED}
EDITABLE = {Status.DRAFT, Status.CHANGES_REQUESTED}


def _thai_slugify(value: str) -> str:
    """Like slugify(allow_unicode=True), but keeps Thai vowel and tone marks (ข้าว, not ขาว)."""
    value = unicodedata.normalize("NFKC", value).lower()
    value = re.sub(r"[^\w\u0e00-\u0e7f\s-]", "", value)
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def _unique_slug(name: str) -> str:
    base = (slugify(name) or _thai_slugify(name) or "startup")[:120]
    if base in RESERVED_SLUGS:
        base = f"{base}-startup"
    slug, number = base, 2
    while Startup.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _refresh_thumbnail(startup: Startup) -> None:
    if startup.logo:
        startup.logo_thumbnail.save("thumb.webp", image_thumbnail(startup.logo), save=False)
    else:
        startup.logo_thumbnail = ""


def _record(*, startup, by, from_status, to_status, reason="", event=ReviewEvent.STATUS,
            revision=None) -> ReviewEntry:  # fmt: skip
    from members.roles import is_depa_staff

    entry = ReviewEntry.objects.create(
        startup=startup,
        actor=by,
        actor_was_staff=is_depa_staff(by),
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        event=event,
        revision=revision,
    )
    return entry


def _email_founders_on_commit(entry: ReviewEntry) -> None:
    from .tasks import send_decision_email

    transaction.on_commit(lambda: send_decision_email.delay(entry.pk))


def startup_create(*, data: dict, by) -> Startup:
    """Create a draft startup with its creator as the founder."""
    with transaction.atomic():
        data = {field: value for field, value in data.items() if field in PUBLIC_FIELDS}
        if not data.get("logo"):
            data.pop("logo", None)
        startup = Startup(**data)
        startup.slug = _unique_slug(startup.name_en or startup.name_th)
        startup.save()
        if startup.logo:
            _refresh_thumbnail(startup)
            startup.save(update_fields=["logo_thumbnail"])
        StartupMembership.objects.create(
            startup=startup,
            user=by,
            email=by.email,
            role=TeamRole.FOUNDER,
            accepted_at=timezone.now(),
        )
        _record(startup=startup, by=by, from_status="", to_status=Status.DRAFT)
    return startup


_THAI = re.compile(r"[\u0e00-\u0e7f]")


def startup_create_from_idea(*, idea, by) -> tuple[Startup, bool]:
    """Turn a selected brainstorm idea into a draft profile founded by the idea's author.

    The draft keeps a link to the idea and its event. The idea row is locked while we look
    for an earlier startup, so asking twice (or twice at once) returns the first one; the
    boolean says whether this call created it.
    """
    from events.enums import IdeaStatus
    from events.models import Idea

    with transaction.atomic():
        idea = Idea.objects.select_for_update().get(pk=idea.pk)
        if by is None or idea.author_id != by.pk:
            raise StartupPermissionDenied
        existing = Startup.objects.filter(origin_idea=idea).first()
        if existing is not None:
            return existing, False
        if idea.status != IdeaStatus.SELECTED:
            raise StartupError(MESSAGES["idea_not_selected"])
        language = "th" if _THAI.search(idea.title + idea.description) else "en"
        startup = startup_create(
            data={
                f"name_{language}": idea.title[: Startup._meta.get_field("name_th").max_length],
                f"description_{language}": idea.description,
                "stage": Stage.IDEA,
            },
            by=by,
        )
        startup.origin_idea = idea
        startup.origin_event_id = idea.event_id
        startup.save(update_fields=["origin_idea", "origin_event"])
    return startup, True


def startup_update(*, startup: Startup, data: dict, by) -> StartupRevision | None:
    """Save a founder's edit.

    Drafts and profiles sent back for changes change in place. An approved profile stays as
    it is: the edit becomes (or replaces) its one pending revision for staff to review.
    Returns the revision, or None when the profile itself changed.
    """
    if not startup_rules.can_edit(by, startup):
        raise StartupPermissionDenied
    changed = {field: value for field, value in data.items() if field in PUBLIC_FIELDS}
    with transaction.atomic():
        startup = Startup.objects.select_for_update().get(pk=startup.pk)
        if startup.status in EDITABLE:
            logo = changed.pop("logo", None)
            for field, value in changed.items():
                setattr(startup, field, value)
            logo_field = Startup._meta.get_field("logo")
            if isinstance(logo, UploadedFile) or logo is False:
                logo_field.save_form_data(startup, logo)
                startup.save()
                _refresh_thumbnail(startup)
            startup.save()
            return None
        if startup.status != Status.APPROVED:
            raise StartupError(MESSAGES["not_editable"] % {"status": startup.get_status_display()})
        return _revision_save(startup=startup, changed=changed, by=by)


def _serialise(field: str, value):
    if field != "logo":
        return value
    if isinstance(value, UploadedFile):
        # A new upload is stored now; only its path goes into the revision.
        logo_field = Startup._meta.get_field("logo")
        return default_storage.save(logo_field.generate_filename(None, value.name), value)
    return value.name if value else ""


def _revision_save(*, startup, changed, by) -> StartupRevision | None:
    current = {field: _serialise(field, getattr(startup, field)) for field in PUBLIC_FIELDS}
    proposed = {**current}
    for field, value in changed.items():
        proposed[field] = _serialise(field, value)
    pending = (
        StartupRevision.objects.select_for_update()
        .filter(startup=startup, status=RevisionStatus.PENDING)
        .first()
    )
    if proposed == current:
        if pending:
            pending.status = RevisionStatus.WITHDRAWN
            pending.decided_at = timezone.now()
            pending.save(update_fields=["status", "decided_at"])
        return None
    now = timezone.now()
    if pending:
        pending.data = proposed
        pending.updated_at = now
        pending.created_by = by
        pending.save(update_fields=["data", "updated_at", "created_by"])
        return pending
    revision = StartupRevision.objects.create(
        startup=startup, data=proposed, created_by=by, created_at=now, updated_at=now
    )
    _record(
        startup=startup,
        by=by,
        from_status=startup.status,
        to_status=startup.status,
        event=ReviewEvent.REVISION_SUBMITTED,
        revision=revision,
    )
    return revision


def startup_transition(*, startup: Startup, to: str, by, reason: str = "") -> Startup:
    """Move a startup to another state, if the actor may make that move from its current state.

    Appends a history entry; approvals, rejections and change requests email the founders
    (through Celery, after commit) in their own language.
    """
    from members.roles import is_depa_staff

    reason = (reason or "").strip()
    with transaction.atomic():
        startup = Startup.objects.select_for_update().get(pk=startup.pk)
        move = (startup.status, to)
        staff_may = is_depa_staff(by) and move in STAFF_TRANSITIONS
        founder_may = startup_rules.is_founder_of(by, startup) and move in FOUNDER_TRANSITIONS
        if not (staff_may or founder_may):
            if not (is_depa_staff(by) or startup_rules.is_founder_of(by, startup)):
                raise StartupPermissionDenied
            raise StartupError(MESSAGES["transition"] % {"status": startup.get_status_display()})
        if to in REASON_REQUIRED and not reason:
            raise StartupError(MESSAGES["reason_required"])
        from_status = startup.status
        startup.status = to
        now = timezone.now()
        if to == Status.SUBMITTED:
            startup.submitted_at = now
        if to == Status.APPROVED and startup.approved_at is None:
            startup.approved_at = now
        startup.save(update_fields=["status", "submitted_at", "approved_at"])
        entry = _record(
            startup=startup, by=by, from_status=from_status, to_status=to, reason=reason
        )
        if to == Status.ARCHIVED:
            _withdraw_pending(startup)
        if to in EMAILED and staff_may:
            _email_founders_on_commit(entry)
    return startup


def _withdraw_pending(startup):
    StartupRevision.objects.filter(startup=startup, status=RevisionStatus.PENDING).update(
        status=RevisionStatus.WITHDRAWN, decided_at=timezone.now()
    )


def startup_submit(*, startup, by):
    return startup_transition(startup=startup, to=Status.SUBMITTED, by=by)


def startup_approve(*, startup, by):
    return startup_transition(startup=startup, to=Status.APPROVED, by=by)


def startup_reject(*, startup, by, reason):
    return startup_transition(startup=startup, to=Status.REJECTED, by=by, reason=reason)


def startup_request_changes(*, startup, by, reason):
    return startup_transition(startup=startup, to=Status.CHANGES_REQUESTED, by=by, reason=reason)


def startup_archive(*, startup, by, reason=""):
    return startup_transition(startup=startup, to=Status.ARCHIVED, by=by, reason=reason)


def revision_decide(*, revision: StartupRevision, approve: bool, by, reason: str = "") -> None:
    """Staff accept or refuse a pending edit; accepting copies it onto the public profile.

    Appends a history entry and emails the founders after commit.
    """
    from members.roles import is_depa_staff

    if not is_depa_staff(by):
        raise StartupPermissionDenied
    reason = (reason or "").strip()
    if not approve and not reason:
        raise StartupError(MESSAGES["reason_required"])
    with transaction.atomic():
        revision = StartupRevision.objects.select_for_update().get(pk=revision.pk)
        if revision.status != RevisionStatus.PENDING:
            raise StartupError(MESSAGES["not_pending"])
        startup = Startup.objects.select_for_update().get(pk=revision.startup_id)
        if approve:
            old_logo = startup.logo.name
            for field in PUBLIC_FIELDS:
                if field in revision.data:
                    setattr(startup, field, revision.data[field])
            if startup.logo.name != old_logo:
                _refresh_thumbnail(startup)
            startup.save()
        revision.status = RevisionStatus.APPROVED if approve else RevisionStatus.REJECTED
        revision.decided_at = timezone.now()
        revision.save(update_fields=["status", "decided_at"])
        entry = _record(
            startup=startup,
            by=by,
            from_status=startup.status,
            to_status=startup.status,
            reason=reason,
            event=ReviewEvent.REVISION_APPROVED if approve else ReviewEvent.REVISION_REJECTED,
            revision=revision,
        )
        _email_founders_on_commit(entry)


# --- Team -------------------------------------------------------------------------------------
def member_invite(*, startup, email: str, role: str, by) -> StartupMembership:
    """Invite someone by email; they appear on the team once they accept."""
    if not startup_rules.is_founder_of(by, startup):
        raise StartupPermissionDenied
    email = email.strip().lower()
    with transaction.atomic():
        if StartupMembership.objects.filter(startup=startup, email__iexact=email).exists():
            raise StartupError(MESSAGES["already_on_team"] % {"email": email})
        membership = StartupMembership.objects.create(
            startup=startup, email=email, role=role, invited_by=by
        )
    from .tasks import send_invitation_email

    transaction.on_commit(lambda: send_invitation_email.delay(membership.pk))
    return membership


def invitation_accept(*, membership: StartupMembership, user) -> StartupMembership:
    if membership.email.lower() != user.email.lower():
        raise StartupError(MESSAGES["invitation_not_yours"])
    with transaction.atomic():
        membership.user = user
        membership.accepted_at = timezone.now()
        membership.save(update_fields=["user", "accepted_at"])
    return membership


def invitation_decline(*, membership: StartupMembership, user) -> None:
    if membership.email.lower() != user.email.lower():
        raise StartupError(MESSAGES["invitation_not_yours"])
    membership.delete()


def member_remove(*, membership: StartupMembership, by) -> None:
    """A founder removes someone, or a person leaves; the last founder must stay."""
    startup = membership.startup
    leaving_self = membership.user_id is not None and membership.user_id == by.pk
    if not (leaving_self or startup_rules.is_founder_of(by, startup)):
        raise StartupPermissionDenied
    with transaction.atomic():
        founders = list(
            StartupMembership.objects.select_for_update()
            .founders()
            .filter(startup=startup)
            .values_list("pk", flat=True)
        )
        if membership.role in FOUNDER_ROLES and founders == [membership.pk]:
            raise StartupError(MESSAGES["last_founder"])
        membership.delete()


# --- Email ------------------------------------------------------------------------------------
def review_entry_send_email(*, entry_id: int) -> int:
    """Email every founder about a decision, once: the entry is locked and marked when sent.

    Returns how many emails went out (0 when already sent or the entry is gone).
    """
    from django.urls import reverse
    from django.utils import translation

    from udon_ecosystem.mail import absolute_url, send_templated_mail

    with transaction.atomic():
        entry = (
            ReviewEntry.objects.select_for_update(of=("self",))
            .select_related("startup")
            .filter(pk=entry_id, emailed_at__isnull=True)
            .first()
        )
        if entry is None:
            return 0
        founders = (
            StartupMembership.objects.founders()
            .filter(startup=entry.startup, user__is_active=True)
            .select_related("user")
        )
        sent = 0
        for membership in founders:
            language = membership.user.preferred_language
            with translation.override(language):
                link = absolute_url(reverse("startups:mine"))
                public_link = absolute_url(entry.startup.get_absolute_url())
                decision = (
                    entry.get_event_display()
                    if entry.event != ReviewEvent.STATUS
                    else entry.get_to_status_display()
                )
                send_templated_mail(
                    template="startup_decision",
                    to=membership.user.email,
                    language=language,
                    context={
                        "user": membership.user,
                        "startup": entry.startup,
                        "startup_name": entry.startup.name,
                        "entry": entry,
                        "decision": str(decision),
                        "is_public": entry.startup.is_public,
                        "link": link,
                        "public_link": public_link,
                    },
                )
            sent += 1
        entry.emailed_at = timezone.now()
        entry.save(update_fields=["emailed_at"])
    return sent


def membership_send_invitation(*, membership_id: int) -> bool:
    """Email an invitation once: the row is locked and marked, so a rerun sends nothing."""
    from django.conf import settings
    from django.urls import reverse
    from django.utils import translation

    from members.models import User
    from udon_ecosystem.mail import absolute_url, send_templated_mail

    with transaction.atomic():
        membership = (
            # Lock only the membership row: PostgreSQL cannot lock the outer-joined inviter.
            StartupMembership.objects.select_for_update(of=("self",))
            .select_related("startup", "invited_by")
            .filter(pk=membership_id, accepted_at__isnull=True, invitation_sent_at__isnull=True)
            .first()
        )
        if membership is None:
            return False
        invitee = User.objects.filter(email__iexact=membership.email).first()
        language = invitee.preferred_language if invitee else settings.LANGUAGE_CODE
        with translation.override(language):
            send_templated_mail(
                template="startup_invitation",
                to=membership.email,
                language=language,
                context={
                    "membership": membership,
                    "startup_name": membership.startup.name,
                    "inviter": membership.invited_by.name if membership.invited_by else "",
                    "role": str(membership.get_role_display()),
                    "link": absolute_url(reverse("startups:mine")),
                },
            )
        membership.invitation_sent_at = timezone.now()
        membership.save(update_fields=["invitation_sent_at"])
    return True


def allowed_staff_actions(startup: Startup) -> list[str]:
    """The decision buttons the review page offers for the startup's current state."""
    names = {
        Status.APPROVED: "approve",
        Status.CHANGES_REQUESTED: "request_changes",
        Status.REJECTED: "reject",
        Status.ARCHIVED: "archive",
    }
    return [names[to] for (frm, to) in sorted(STAFF_TRANSITIONS) if frm == startup.status]
