"""Reads about people that the domain apps share."""

from django.db.models import Q


def public_profile_q(*, path: str = "") -> Q:
    """A filter for users whose profile the public may see, over a relation named by `path`.

    Use it wherever people are listed to the public, e.g. a startup's team:
    `memberships.filter(public_profile_q(path="user__"))`. Profiles are private by default, so
    until a person makes theirs public this matches no one.
    """
    return Q(**{f"{path}pk__in": []})
