"""Who may do what in the Smart Hub. The one "who may book" decision lives in may_book()."""

import rules

from members.roles import is_depa_staff, is_maker_member, is_signed_in


def may_book(user) -> bool:
    """Approved Smart Udon Maker members (not applicants, not suspended) and DEPA staff."""
    return is_depa_staff(user) or is_maker_member(user)


def may_manage_smart_hub(user) -> bool:
    return is_depa_staff(user)


@rules.predicate
def owns_booking(user, booking) -> bool:
    return is_signed_in(user) and booking is not None and booking.member_id == user.pk


rules.add_perm("coworking.book", rules.predicate(may_book))
rules.add_perm("coworking.manage", rules.predicate(may_manage_smart_hub))
