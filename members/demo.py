"""Demo accounts: DEPA staff, an administrator and community members with verified emails."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from .enums import Language
from .models import User
from .roles import DEPA_STAFF_GROUP

DEMO_PASSWORD = "smart-udon-demo"  # noqa: S105 - demo data only, printed for the developer

DEMO_USERS = [
    # email, display name, language
    ("staff@smartudon.example", "คุณพิมพ์ชนก ศรีสุข (DEPA)", Language.THAI),
    ("somchai@smartudon.example", "สมชาย ใจดี", Language.THAI),
    ("nok@smartudon.example", "Nok Phromma", Language.ENGLISH),
    ("anan@smartudon.example", "อนันต์ วงศ์ประเสริฐ", Language.THAI),
    ("malee@smartudon.example", "มาลี แก้วมณี", Language.THAI),
    ("james@smartudon.example", "James Carter", Language.ENGLISH),
]


def demo_user(email, display_name, language, **extra):
    """Create a demo user with a verified primary email, or return the existing one."""
    user, created = User.objects.get_or_create(
        email=email,
        defaults={"display_name": display_name, "preferred_language": language, **extra},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def seed(command):
    staff_group = Group.objects.get(name=DEPA_STAFF_GROUP)
    email, name, language = DEMO_USERS[0]
    staff = demo_user(email, name, language, is_staff=True)
    staff.groups.add(staff_group)
    admin = demo_user(
        "admin@smartudon.example", "Portal admin", Language.ENGLISH, is_staff=True,
        is_superuser=True,
    )  # fmt: skip
    for email, name, language in DEMO_USERS[1:]:
        demo_user(email, name, language)
    return [
        ("DEPA staff", staff.email, DEMO_PASSWORD),
        ("Administrator", admin.email, DEMO_PASSWORD),
        ("Community member", DEMO_USERS[1][0], DEMO_PASSWORD),
    ]
