"""The one place that answers "is this user X?" for the portal's roles.

Roles: anonymous public, signed-in user, approved Smart Udon Maker member, startup founder and
DEPA staff. DEPA staff is a Django group (created by a data migration) holding the model
permissions staff need; the other roles are derived from data the domain apps own.
"""

from django.contrib.auth.models import AnonymousUser

DEPA_STAFF_GROUP = "DEPA staff"


def is_signed_in(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def is_depa_staff(user) -> bool:
    """Superusers count as staff; the answer is cached on the user object per request."""
    if not is_signed_in(user) or isinstance(user, AnonymousUser):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_depa_staff", None)
    if cached is None:
        cached = user.groups.filter(name=DEPA_STAFF_GROUP).exists()
        user._is_depa_staff = cached
    return cached


def depa_staff_grant_permissions(apps, permissions: list[str]) -> None:
    """For data migrations: give the DEPA staff group these "app_label.codename" permissions.

    Django creates permissions after all migrations have run, so they are created here first;
    later apps call this from their own migrations to extend what staff may do.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group, _ = group_model.objects.get_or_create(name=DEPA_STAFF_GROUP)
    for permission in permissions:
        app_label, codename = permission.split(".")
        group.permissions.add(
            permission_model.objects.get(content_type__app_label=app_label, codename=codename)
        )


def _membership_status(user):
    """The user's membership status or None, read once per request object."""
    if not is_signed_in(user):
        return None
    if not hasattr(user, "_membership_status"):
        from .models import Membership

        user._membership_status = (
            Membership.objects.filter(user_id=user.pk).values_list("status", flat=True).first()
        )
    return user._membership_status


def is_maker_member(user) -> bool:
    """An approved Smart Udon Maker member (not suspended): may book Smart Hub desks."""
    return _membership_status(user) == "approved"


def is_membership_applicant(user) -> bool:
    return _membership_status(user) == "pending"


def is_suspended_member(user) -> bool:
    return _membership_status(user) == "suspended"


# --- Startup founders (startups/) -------------------------------------------------------------
def is_founder(user) -> bool:
    """Founder or co-founder of at least one startup, having accepted the invitation."""
    if not is_signed_in(user) or isinstance(user, AnonymousUser):
        return False
    cached = getattr(user, "_is_founder", None)
    if cached is None:
        from startups.enums import FOUNDER_ROLES

        cached = user.startup_memberships.filter(
            role__in=FOUNDER_ROLES, accepted_at__isnull=False
        ).exists()
        user._is_founder = cached
    return cached


def is_event_co_organiser(user, event) -> bool:
    """A member DEPA staff added as co-organiser of this event."""
    return is_signed_in(user) and event.co_organisers.filter(pk=user.pk).exists()
