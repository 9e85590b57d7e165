"""Who may do what with a startup: plain functions for services, predicates for templates."""

import rules

from members import roles

from .enums import FOUNDER_ROLES, Status


def _memberships(user, startup):
    if not roles.is_signed_in(user) or startup is None:
        return {}
    # Views load the team once; reuse it rather than query per check.
    cache = getattr(startup, "_member_roles", None)
    if cache is None:
        cache = dict(
            startup.memberships.filter(accepted_at__isnull=False, user__isnull=False).values_list(
                "user_id", "role"
            )
        )
        startup._member_roles = cache
    return cache


def is_founder_of(user, startup) -> bool:
    return _memberships(user, startup).get(getattr(user, "pk", None)) in FOUNDER_ROLES


def is_member_of(user, startup) -> bool:
    return getattr(user, "pk", None) in _memberships(user, startup)


def can_view(user, startup) -> bool:
    """Approved profiles are public; the rest only for their team and DEPA staff."""
    return (
        startup.status == Status.APPROVED
        or is_member_of(user, startup)
        or roles.is_depa_staff(user)
    )


def can_edit(user, startup) -> bool:
    return is_founder_of(user, startup) and startup.status != Status.ARCHIVED


def can_review(user) -> bool:
    return roles.is_depa_staff(user) and user.has_perm("startups.review_startup")


is_startup_founder = rules.predicate(is_founder_of, name="is_startup_founder")
is_startup_member = rules.predicate(is_member_of, name="is_startup_member")
can_view_startup = rules.predicate(can_view, name="can_view_startup")
can_edit_startup = rules.predicate(can_edit, name="can_edit_startup")

rules.add_perm("startups.view_startup_profile", can_view_startup)
rules.add_perm("startups.edit_startup_profile", can_edit_startup)
rules.add_perm("startups.manage_startup_team", is_startup_founder)
