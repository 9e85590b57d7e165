"""Reads about people that the domain apps share."""

from django.db.models import Q


def public_profile_q(*, path: str = "") -> Q:
    """A filter for users whose profile the public may see, over a relation named by `path`.

    Use it wherever people are listed to the public, e.g. a startup's team:
    `memberships.filter(public_profile_q(path="user__"))`. It matches approved (not suspended)
    Smart Udon Maker members of active accounts whose profile is public; profiles are private
    by default.
    """
    return Q(
        **{
            f"{path}is_active": True,
            f"{path}membership__status": "approved",
            f"{path}profile__is_public": True,
        }
    )


def _users():
    from .models import User

    return User.objects.select_related("profile", "membership")


def member_directory():
    """Public profiles of approved members, by name, with their skills prefetched.

    The directory's FilterSet narrows this with `members_search` and the skill and district
    filters; the query count stays the same whatever the page shows.
    """
    from django.db.models import Prefetch

    from .models import Tag

    return (
        _users()
        .filter(public_profile_q())
        .prefetch_related(Prefetch("profile__skills", queryset=Tag.objects.order_by("name")))
        .order_by("display_name", "pk")
    )


def members_search(users, *, q: str):
    """Case-insensitive substring match over display names and skill tags.

    Works for Thai (no word boundaries needed); on PostgreSQL trigram indexes back it. The
    skill match is a subquery so a person with several matching skills is listed once.
    """
    if not q:
        return users
    return users.filter(
        Q(display_name__icontains=q)
        | Q(pk__in=_users().filter(profile__skills__name__icontains=q).values("pk"))
    )


def member_directory_skills(*, limit: int = 40):
    """The skills most used on public profiles, for the directory's filter."""
    from django.db.models import Count

    from .models import Tag

    return (
        Tag.objects.filter(skilled_profiles__user__in=_users().filter(public_profile_q()))
        .annotate(uses=Count("skilled_profiles"))
        .order_by("-uses", "name")
        .values_list("name", flat=True)[:limit]
    )


def person_for_viewer(*, pk: int, viewer):
    """The person whose page `viewer` may open, else None (a private profile stays hidden)."""
    from . import roles

    users = _users().prefetch_related("profile__skills", "profile__interests")
    if roles.is_depa_staff(viewer):
        return users.filter(pk=pk, is_active=True).first()
    visible = public_profile_q()
    if roles.is_signed_in(viewer):
        visible |= Q(pk=viewer.pk)
    return users.filter(visible, pk=pk).first()


def membership_for(*, user):
    from .models import Membership

    return Membership.objects.filter(user=user).first()


def membership_review_queue():
    """Pending applications, the one that has waited longest first."""
    from .models import Membership

    return (
        Membership.objects.filter(status="pending", user__is_active=True)
        .select_related("user", "user__profile")
        .prefetch_related("user__profile__skills")
        .order_by("applied_at", "pk")
    )


def memberships_decided(*, status: str = ""):
    from .models import Membership

    memberships = Membership.objects.exclude(status="pending").filter(user__is_active=True)
    if status:
        memberships = memberships.filter(status=status)
    return memberships.select_related("user").order_by("-decided_at", "-pk")


def membership_history(*, membership):
    return membership.events.select_related("by").order_by("at", "pk")


def membership_suspension(*, user):
    """The decision that suspended the person's membership, if it is suspended now.

    Other apps show it (when, and the staff's reason) to explain what the person cannot do.
    """
    from .models import MembershipEvent

    if not user.is_authenticated:
        return None
    return (
        MembershipEvent.objects.filter(
            membership__user=user, membership__status="suspended", to_status="suspended"
        )
        .order_by("-at", "-pk")
        .first()
    )
