"""How the startup directory answers members/: account signals and the person-page section."""

from django.db import transaction
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from members.person_page import person_section
from members.signals import personal_data_export, user_erasing

from .enums import FOUNDER_ROLES, Status, TeamRole
from .models import ReviewEntry, Startup, StartupMembership, StartupRevision


def person_page_section(person, viewer):
    """For members' person pages: the approved startups the person is on."""
    memberships = list(
        StartupMembership.objects.accepted()
        .filter(user=person, startup__status=Status.APPROVED)
        .select_related("startup")
        .order_by("startup__name_th", "startup__name_en")
    )
    return {"memberships": memberships} if memberships else None


person_section(
    key="startups",
    title=_("Startups"),
    template="startups/_person_section.html",
    context=person_page_section,
    order=40,
)


@receiver(user_erasing, dispatch_uid="startups_user_erasing")
def hand_over_or_archive_startups(sender, user, **kwargs):
    """Startups the person alone founded go to a co-founder, else to the archive.

    Their memberships and invitations go; review decisions stay, without their identity.
    """
    with transaction.atomic():
        memberships = StartupMembership.objects.filter(user=user, role__in=FOUNDER_ROLES)
        for membership in memberships.select_related("startup"):
            startup = membership.startup
            other_founders = (
                StartupMembership.objects.founders().filter(startup=startup).exclude(user=user)
            )
            if other_founders.exists():
                continue
            heir = (
                StartupMembership.objects.accepted()
                .filter(startup=startup)
                .exclude(user=user)
                .order_by("accepted_at", "pk")
                .first()
            )
            if heir is not None:
                heir.role = TeamRole.FOUNDER
                heir.save(update_fields=["role"])
            elif startup.status != Status.ARCHIVED:
                previous = startup.status
                Startup.objects.filter(pk=startup.pk).update(status=Status.ARCHIVED)
                ReviewEntry.objects.create(
                    startup=startup, from_status=previous, to_status=Status.ARCHIVED,
                    reason="Archived automatically: the founder's account was erased.",
                )  # fmt: skip
        StartupMembership.objects.filter(user=user).delete()
        StartupMembership.objects.filter(email__iexact=user.email).delete()
        StartupMembership.objects.filter(invited_by=user).update(invited_by=None)
        ReviewEntry.objects.filter(actor=user).update(actor=None)
        StartupRevision.objects.filter(created_by=user).update(created_by=None)


@receiver(personal_data_export, dispatch_uid="startups_personal_data_export")
def export_startup_data(sender, user, **kwargs):
    memberships = StartupMembership.objects.filter(user=user).select_related("startup")
    decisions = ReviewEntry.objects.filter(actor=user).select_related("startup")
    return (
        "startups",
        {
            "roles": [
                {
                    "startup": m.startup.name,
                    "slug": m.startup.slug,
                    "role": m.role,
                    "title": m.title,
                    "joined": m.accepted_at.isoformat() if m.accepted_at else None,
                }
                for m in memberships
            ],
            "startups": [
                {
                    "slug": m.startup.slug,
                    "name_th": m.startup.name_th,
                    "name_en": m.startup.name_en,
                    "status": m.startup.status,
                    "contact_email": m.startup.contact_email,
                }
                for m in memberships
                if m.role in FOUNDER_ROLES
            ],
            "invitations": list(
                StartupMembership.objects.filter(
                    email__iexact=user.email, accepted_at__isnull=True
                ).values_list("startup__slug", flat=True)
            ),
            "review_decisions": [
                {
                    "startup": entry.startup.slug,
                    "event": entry.event,
                    "from": entry.from_status,
                    "to": entry.to_status,
                    "reason": entry.reason,
                    "when": entry.created_at.isoformat(),
                }
                for entry in decisions
            ],
        },
    )
