import factory
from django.utils import timezone

from members.enums import District
from startups.enums import Sector, Stage, Status, TeamRole
from startups.models import Startup, StartupMembership

from .members import UserFactory


class StartupFactory(factory.django.DjangoModelFactory):
    """A startup with an accepted founder; `founder=` picks who, `status=` its state."""

    class Meta:
        model = Startup
        skip_postgeneration_save = True

    name_th = factory.Sequence(lambda n: f"สตาร์ทอัพทดสอบ {n}")
    name_en = factory.Sequence(lambda n: f"Test Startup {n}")
    slug = factory.Sequence(lambda n: f"test-startup-{n}")
    tagline_th = "แพลตฟอร์มดิจิทัลเพื่อชุมชนอุดรธานี"
    tagline_en = "A digital platform for Udon Thani communities"
    sector = Sector.AGRITECH
    stage = Stage.SEED
    district = District.MUEANG_UDON_THANI
    status = Status.DRAFT

    @factory.lazy_attribute
    def approved_at(self):
        return timezone.now() if self.status == Status.APPROVED else None

    @factory.lazy_attribute
    def submitted_at(self):
        return timezone.now() if self.status != Status.DRAFT else None

    @factory.post_generation
    def founder(self, create, extracted, **kwargs):
        if not create:
            return
        user = extracted or UserFactory()
        StartupMembership.objects.create(
            startup=self,
            user=user,
            email=user.email,
            role=TeamRole.FOUNDER,
            accepted_at=timezone.now(),
        )
        self.founder_user = user


class TeamMembershipFactory(factory.django.DjangoModelFactory):
    """Someone on a startup's team (not a Smart Udon Maker membership)."""

    class Meta:
        model = StartupMembership

    startup = factory.SubFactory(StartupFactory)
    user = factory.SubFactory(UserFactory)
    email = factory.LazyAttribute(lambda m: m.user.email if m.user else "invitee@example.com")
    role = TeamRole.MEMBER
    accepted_at = factory.LazyFunction(timezone.now)
