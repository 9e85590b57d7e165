"""Writes on accounts. Views, allauth's adapter, admin and tasks all call these."""

import json

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from udon_ecosystem.mail import absolute_url, send_templated_mail

from . import legal, signals
from .enums import LegalDocument, MembershipStatus
from .models import Consent, Membership, MembershipEvent, Profile, Tag, User


def user_welcome_email_schedule(*, user: User) -> None:
    """Queue the welcome email for after the confirming transaction commits."""
    from .tasks import send_welcome_email

    transaction.on_commit(lambda: send_welcome_email.delay(user.pk))


def user_send_welcome_email(*, user_id: int) -> bool:
    """Send the welcome email once per user, whatever number of times the task runs.

    The user row is locked and `welcome_email_sent_at` checked and set in one transaction, so
    a task redelivered by the broker or run twice sends nothing the second time. Returns
    whether this call sent it.
    """
    from django.urls import reverse
    from django.utils import translation

    with transaction.atomic():
        user = User.objects.select_for_update().filter(pk=user_id, is_active=True).first()
        if user is None or user.welcome_email_sent_at is not None:
            return False
        with translation.override(user.preferred_language):
            home_url = absolute_url(reverse("home"))
        send_templated_mail(
            template="welcome",
            to=user.email,
            language=user.preferred_language,
            context={"user": user, "home_url": home_url},
        )
        user.welcome_email_sent_at = timezone.now()
        user.save(update_fields=["welcome_email_sent_at"])
    return True


# --- Membership, profile and personal data ---------------------------------------------------

MAX_TAGS = 10
MAX_TAG_LENGTH = 40


class MembershipError(ValidationError):
    """A membership step that is not allowed now; the message is shown to the user."""


def tags_normalise(raw) -> list[str]:
    """Free tags to stored names: lower case, inner spaces collapsed, duplicates dropped.

    Accepts a comma-separated string or a list; order of first appearance is kept.
    """
    parts = raw.split(",") if isinstance(raw, str) else list(raw)
    names: list[str] = []
    for part in parts:
        name = " ".join(str(part).split()).casefold()
        if name and name not in names:
            names.append(name)
    return names


def tags_validate(names: list[str]) -> None:
    if len(names) > MAX_TAGS:
        raise ValidationError(
            _("At most %(limit)s tags, please; you gave %(count)s."),
            code="too_many_tags",
            params={"limit": MAX_TAGS, "count": len(names)},
        )
    for name in names:
        if len(name) > MAX_TAG_LENGTH:
            raise ValidationError(
                _("“%(tag)s” is too long: a tag has at most %(limit)s characters."),
                code="tag_too_long",
                params={"tag": name, "limit": MAX_TAG_LENGTH},
            )


def _tags(names: list[str]) -> list[Tag]:
    return [Tag.objects.get_or_create(name=name)[0] for name in names]


def profile_for(*, user: User) -> Profile:
    return Profile.objects.get_or_create(user=user)[0]


def membership_apply(*, user: User, motivation: str, skills: list[str], district: str):
    """Open (or reopen after a decline) a membership application and record it in the history.

    Skills and district go to the person's profile, where they edit them later.
    """
    with transaction.atomic():
        User.objects.select_for_update().filter(pk=user.pk).first()
        membership = Membership.objects.filter(user=user).first()
        if membership is not None:
            if membership.status == MembershipStatus.PENDING:
                raise MembershipError(
                    _("Your application is already waiting for review."), code="pending"
                )
            if membership.status == MembershipStatus.APPROVED:
                raise MembershipError(_("You are already a member."), code="approved")
            if membership.status == MembershipStatus.SUSPENDED:
                raise MembershipError(
                    _("Your membership is suspended. Please contact DEPA staff."),
                    code="suspended",
                )
        tags_validate(skills)
        previous = membership.status if membership else ""
        if membership is None:
            membership = Membership(user=user)
        membership.status = MembershipStatus.PENDING
        membership.motivation = motivation
        membership.applied_at = timezone.now()
        membership.decided_at = None
        membership.save()
        profile = profile_for(user=user)
        profile.district = district
        profile.save(update_fields=["district", "updated_at"])
        profile.skills.set(_tags(skills))
        MembershipEvent.objects.create(
            membership=membership, by=user, from_status=previous, to_status=MembershipStatus.PENDING
        )
    return membership


_ALLOWED_MOVES = {
    MembershipStatus.APPROVED: {MembershipStatus.PENDING, MembershipStatus.SUSPENDED},
    MembershipStatus.DECLINED: {MembershipStatus.PENDING},
    MembershipStatus.SUSPENDED: {MembershipStatus.APPROVED},
}


def membership_decide(*, membership: Membership, by: User, to: str, reason: str = ""):
    """Staff move a membership: approve, decline (reason), suspend (reason) or reinstate.

    Locks the row, checks the move is allowed from the current status, records the history
    entry, sends `membership_suspended` on suspension (the co-working app cancels future
    bookings) and queues the decision email in the member's language after commit.
    """
    from .tasks import send_membership_decision_email

    reason = (reason or "").strip()
    if to in (MembershipStatus.DECLINED, MembershipStatus.SUSPENDED) and not reason:
        raise MembershipError(_("Please give a reason; the applicant will read it."), code="reason")
    with transaction.atomic():
        locked = Membership.objects.select_for_update().get(pk=membership.pk)
        if locked.status not in _ALLOWED_MOVES.get(to, set()):
            raise MembershipError(
                _("This membership is now “%(status)s”; the page was out of date."),
                code="stale",
                params={"status": locked.get_status_display()},
            )
        event = MembershipEvent.objects.create(
            membership=locked, by=by, from_status=locked.status, to_status=to, reason=reason
        )
        locked.status = to
        locked.decided_at = event.at
        locked.save(update_fields=["status", "decided_at"])
        if to == MembershipStatus.SUSPENDED:
            signals.membership_suspended.send(
                sender=Membership, user=locked.user, by=by, reason=reason
            )
        transaction.on_commit(lambda: send_membership_decision_email.delay(event.pk))
    membership.status, membership.decided_at = locked.status, locked.decided_at
    return event


def membership_send_decision_email(*, event_id: int) -> bool:
    """Send the email for one decision once, however many times the task runs."""
    from django.urls import reverse
    from django.utils import translation

    with transaction.atomic():
        event = (
            MembershipEvent.objects.select_for_update()
            .select_related("membership__user")
            .filter(pk=event_id, email_sent_at__isnull=True)
            .first()
        )
        if event is None or not event.membership.user.is_active:
            return False
        user = event.membership.user
        with translation.override(user.preferred_language):
            profile_url = absolute_url(reverse("members:profile_edit"))
            apply_url = absolute_url(reverse("members:apply"))
        send_templated_mail(
            template="membership_decision",
            to=user.email,
            language=user.preferred_language,
            context={
                "user": user,
                "event": event,
                "status": event.to_status,
                "profile_url": profile_url,
                "apply_url": apply_url,
            },
        )
        event.email_sent_at = timezone.now()
        event.save(update_fields=["email_sent_at"])
    return True


def profile_update(*, user: User, data: dict, skills: list[str], interests: list[str]):
    """Save the profile fields, tags and, when a new avatar came, its thumbnail."""
    from udon_ecosystem.images import image_thumbnail

    tags_validate(skills)
    tags_validate(interests)
    with transaction.atomic():
        profile = profile_for(user=user)
        display_name = data.pop("display_name", None)
        if display_name is not None:
            user.display_name = display_name
            user.save(update_fields=["display_name"])
        avatar = data.pop("avatar", None)
        for field, value in data.items():
            setattr(profile, field, value)
        if avatar is False:
            profile.avatar.delete(save=False)
            profile.avatar_thumbnail.delete(save=False)
        elif avatar:
            profile.avatar = avatar
            profile.avatar_thumbnail.save("thumb.webp", image_thumbnail(avatar), save=False)
        profile.save()
        profile.skills.set(_tags(skills))
        profile.interests.set(_tags(interests))
    return profile


def consent_record(*, user: User) -> None:
    """Record that the person accepted the current terms and privacy notice, now."""
    now = timezone.now()
    Consent.objects.bulk_create(
        [
            Consent(user=user, document=LegalDocument.TERMS, version=legal.TERMS_VERSION,
                    accepted_at=now),
            Consent(user=user, document=LegalDocument.PRIVACY, version=legal.PRIVACY_VERSION,
                    accepted_at=now),
        ]
    )  # fmt: skip


def _iso(value):
    return value.isoformat() if value else None


def user_export_data(*, user: User) -> dict:
    """Everything the portal holds about a person, as JSON-ready data.

    members/ writes its own sections; other apps answer `personal_data_export` with
    (section name, data) pairs for what they hold (startup roles, RSVPs, bookings).
    """
    profile = Profile.objects.filter(user=user).prefetch_related("skills", "interests").first()
    membership = Membership.objects.filter(user=user).first()
    data = {
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "preferred_language": user.preferred_language,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "notify_event_reminders": user.notify_event_reminders,
            "notify_booking_reminders": user.notify_booking_reminders,
            "notify_news": user.notify_news,
            "email_addresses": [
                {"email": a.email, "verified": a.verified, "primary": a.primary}
                for a in user.emailaddress_set.all()
            ],
        },
        "consents": [
            {"document": c.document, "version": c.version, "accepted_at": _iso(c.accepted_at)}
            for c in user.consents.all()
        ],
        "profile": None,
        "membership": None,
        "membership_decisions_made": [
            {
                "membership_of": e.membership.user.name,
                "at": _iso(e.at),
                "from": e.from_status,
                "to": e.to_status,
                "reason": e.reason,
            }
            for e in user.membership_decisions.exclude(membership__user=user).select_related(
                "membership__user"
            )
        ],
    }
    if profile is not None:
        data["profile"] = {
            "bio": profile.bio,
            "district": profile.district,
            "skills": [t.name for t in profile.skills.all()],
            "interests": [t.name for t in profile.interests.all()],
            "website": profile.website,
            "github": profile.github,
            "linkedin": profile.linkedin,
            "facebook": profile.facebook,
            "avatar": profile.avatar.name or None,
            "is_public": profile.is_public,
            "updated_at": _iso(profile.updated_at),
        }
    if membership is not None:
        data["membership"] = {
            "status": membership.status,
            "motivation": membership.motivation,
            "applied_at": _iso(membership.applied_at),
            "decided_at": _iso(membership.decided_at),
            "history": [
                {"at": _iso(e.at), "from": e.from_status, "to": e.to_status, "reason": e.reason}
                for e in membership.events.order_by("at", "pk")
            ],
        }
    for _receiver, response in signals.personal_data_export.send(sender=User, user=user):
        if response:
            section, section_data = response
            data[section] = section_data
    # Fails here, not in the browser, if a receiver returned something JSON cannot hold.
    json.dumps(data)
    return data


def user_delete_account(*, user: User) -> None:
    """Erase a person: other apps free what they held, then identity is removed for good.

    Inside one transaction: `user_erasing` is sent first (receivers cancel future RSVPs and
    bookings and hand over or archive startups), then the profile, avatar files, email
    addresses and consents are deleted and the account row is anonymised and deactivated,
    so aggregate records (history entries, past bookings) stay without a name.
    """
    with transaction.atomic():
        signals.user_erasing.send(sender=User, user=user)
        profile = Profile.objects.filter(user=user).first()
        if profile is not None:
            files = [profile.avatar, profile.avatar_thumbnail]
            profile.delete()
            for file in files:
                if file:
                    transaction.on_commit(lambda f=file: f.storage.delete(f.name))
        Membership.objects.filter(user=user).update(motivation="")
        # Erasure is the one exception to the append-only history: the entries stay (who
        # decided, when, from, to) but free text about the person goes.
        MembershipEvent.objects.filter(membership__user=user).update(reason="")
        user.emailaddress_set.all().delete()
        user.consents.all().delete()
        user.email = f"erased-{user.pk}@erased.invalid"
        user.display_name = ""
        user.is_active = False
        user.is_staff = False
        user.is_superuser = False
        user.notify_event_reminders = user.notify_booking_reminders = user.notify_news = False
        user.set_unusable_password()
        user.save()
        user.groups.clear()
