"""Reads of the startup directory. Each declares its own joins, so page query counts are flat."""

from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Greatest

from members.selectors import public_profile_q

from .enums import RevisionStatus, Status
from .models import ReviewEntry, Startup, StartupMembership, StartupRevision

CARD_FIELDS = [
    "pk", "slug", "name_th", "name_en", "tagline_th", "tagline_en", "logo_thumbnail",
    "sector", "stage", "district", "hiring", "status", "approved_at", "created_at",
]  # fmt: skip


def startup_directory() -> QuerySet[Startup]:
    return Startup.objects.approved().only(*CARD_FIELDS)


def startup_search(queryset: QuerySet[Startup], text: str) -> QuerySet[Startup]:
    """Substring search over both languages; Thai works because no word splitting is needed.

    On PostgreSQL the `LIKE` is served by a pg_trgm GIN index and matches are ranked by
    trigram word similarity; SQLite does a plain substring scan.
    """
    text = " ".join(text.split()).lower()
    if not text:
        return queryset
    queryset = queryset.filter(search_text__contains=text)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramWordSimilarity

        queryset = queryset.annotate(
            rank=Greatest(
                TrigramWordSimilarity(text, "name_th"), TrigramWordSimilarity(text, "name_en")
            )
        ).order_by("-rank", "-approved_at")
    return queryset


def startup_newest_approved(*, limit: int = 6) -> list[Startup]:
    return list(startup_directory().order_by("-approved_at", "-pk")[:limit])


def startup_public_team(startup: Startup) -> list[StartupMembership]:
    return list(
        startup.memberships.accepted()
        .filter(public_profile_q(path="user__"))
        .select_related("user")
    )


def startup_full_team(startup: Startup) -> list[StartupMembership]:
    return list(startup.memberships.select_related("user").order_by("accepted_at", "pk"))


def startup_pending_revision(startup: Startup) -> StartupRevision | None:
    return startup.revisions.filter(status=RevisionStatus.PENDING).first()


def startup_history(startup: Startup) -> list[ReviewEntry]:
    return list(startup.history.select_related("actor").order_by("-created_at", "-pk"))


def startups_of_member(user) -> list[Startup]:
    """ "My startups": each with the user's role, a pending edit flag and the latest reason."""
    latest_reason = (
        ReviewEntry.objects.filter(startup=OuterRef("pk")).exclude(reason="").order_by("-pk")
    )
    return list(
        Startup.objects.filter(memberships__user=user, memberships__accepted_at__isnull=False)
        .annotate(
            has_pending_revision=Exists(
                StartupRevision.objects.filter(
                    startup=OuterRef("pk"), status=RevisionStatus.PENDING
                )
            ),
            my_role=StartupMembership.objects.filter(startup=OuterRef("pk"), user=user).values(
                "role"
            )[:1],
            latest_reason=latest_reason.values("reason")[:1],
        )
        .order_by("-updated_at")
    )


def invitations_for(user) -> list[StartupMembership]:
    return list(
        StartupMembership.objects.filter(email__iexact=user.email, accepted_at__isnull=True)
        .select_related("startup", "invited_by")
        .order_by("invited_at")
    )


def moderation_queue() -> dict[str, list]:
    """Submissions and pending edits, oldest first."""
    submissions = list(
        Startup.objects.filter(status=Status.SUBMITTED)
        .only(*CARD_FIELDS, "submitted_at")
        .order_by("submitted_at", "pk")
    )
    revisions = list(
        StartupRevision.objects.filter(status=RevisionStatus.PENDING)
        .select_related("startup", "created_by")
        .order_by("updated_at", "pk")
    )
    return {"submissions": submissions, "revisions": revisions}


def startups_from_ideas(*, idea_ids, user) -> dict[int, Startup]:
    """The startups grown from these ideas that `user` may see, keyed by idea id.

    Same rule as the profile page (approved, or on the team, or DEPA staff) in one query.
    """
    from members.roles import is_depa_staff

    startups = Startup.objects.filter(origin_idea_id__in=list(idea_ids)).only(
        *CARD_FIELDS, "origin_idea"
    )
    if not is_depa_staff(user):
        visible = Q(status=Status.APPROVED)
        if user.is_authenticated:
            visible |= Q(memberships__user=user, memberships__accepted_at__isnull=False)
        startups = startups.filter(visible).distinct()
    return {startup.origin_idea_id: startup for startup in startups}
