"""django-rules predicates for the roles, so templates and views ask the same question."""

import rules

from . import roles

is_signed_in = rules.predicate(roles.is_signed_in, name="is_signed_in")
is_depa_staff = rules.predicate(roles.is_depa_staff, name="is_depa_staff")

rules.add_perm("members.access_staff_area", is_depa_staff)
