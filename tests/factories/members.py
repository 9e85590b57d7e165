import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from members.models import User
from members.roles import DEPA_STAFF_GROUP

PASSWORD = "a-long-test-password-42"


class UserFactory(factory.django.DjangoModelFactory):
    """A signed-up user whose email address is verified, so they can sign in."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    display_name = factory.Faker("name")
    preferred_language = "th"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class DepaStaffFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def staff_group(self, create, extracted, **kwargs):
        if create:
            # get_or_create: a transactional test before this one may have flushed the group
            # that the data migration made (with its admin permissions).
            self.groups.add(Group.objects.get_or_create(name=DEPA_STAFF_GROUP)[0])


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "members.Profile"
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    district = "mueang"
    bio = "ช่างทำ IoT จากอุดรธานี"

    @factory.post_generation
    def skills(self, create, extracted, **kwargs):
        if create and extracted:
            from members.models import Tag

            self.skills.set([Tag.objects.get_or_create(name=name)[0] for name in extracted])


class MembershipFactory(factory.django.DjangoModelFactory):
    """A membership in a given status; `status="approved"` etc. The history is not written."""

    class Meta:
        model = "members.Membership"

    user = factory.SubFactory(UserFactory)
    status = "pending"
    motivation = "อยากร่วมสร้างอุปกรณ์ IoT ให้เกษตรกรในอุดรธานี"


def member(*, status="approved", public=True, skills=(), district="mueang", **user_fields):
    """A user with a profile and a membership in `status`: the usual test person."""
    user = UserFactory(**user_fields)
    ProfileFactory(user=user, is_public=public, skills=list(skills), district=district)
    MembershipFactory(user=user, status=status)
    return user
