"""django-rules predicates for the roles, so templates and views ask the same question."""

import rules

from . import roles

is_signed_in = rules.predicate(roles.is_signed_in, name="is_signed_in")
is_depa_staff = rules.predicate(roles.is_depa_staff, name="is_depa_staff")
is_maker_member = rules.predicate(roles.is_maker_member, name="is_maker_member")
is_suspended_member = rules.predicate(roles.is_suspended_member, name="is_suspended_member")
is_membership_applicant = rules.predicate(
    roles.is_membership_applicant, name="is_membership_applicant"
)


@rules.predicate
def is_profile_owner(user, person):
    return person is not None and is_signed_in(user) and user.pk == person.pk


@rules.predicate
def is_public_member(user, person):
    """The person is an approved member whose profile is public."""
    from .models import User
    from .selectors import public_profile_q

    return person is not None and User.objects.filter(public_profile_q(), pk=person.pk).exists()


rules.add_perm("members.access_staff_area", is_depa_staff)
rules.add_perm("members.review_membership", is_depa_staff)
may_apply = is_signed_in & ~is_maker_member & ~is_suspended_member & ~is_membership_applicant
rules.add_perm("members.apply", may_apply)
rules.add_perm("members.view_person", is_profile_owner | is_depa_staff | is_public_member)
