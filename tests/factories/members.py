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
            self.groups.add(Group.objects.get(name=DEPA_STAFF_GROUP))
