import datetime as dt

import factory
from django.utils import timezone

from coworking.enums import ResourceKind
from coworking.models import Booking, OpeningHours, Resource, Space


class SpaceFactory(factory.django.DjangoModelFactory):
    """A space open every day 08:00-20:00, so tests never land on a closed weekday."""

    class Meta:
        model = Space
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    name_th = "สมาร์ทฮับ อุดรธานี"
    name_en = "Smart Hub Udon Thani"
    slug = "smart-hub"
    address = "322/19 ถนนประจักษ์ศิลปาคม ตำบลหมากแข้ง อำเภอเมืองอุดรธานี"

    @factory.post_generation
    def hours(self, create, extracted, **kwargs):
        if create:
            for weekday in range(7):
                OpeningHours.objects.get_or_create(
                    space=self,
                    weekday=weekday,
                    defaults={"opens_at": dt.time(8), "closes_at": dt.time(20)},
                )


class ResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resource

    space = factory.SubFactory(SpaceFactory)
    kind = ResourceKind.HOT_DESK
    name_th = factory.Sequence(lambda n: f"โต๊ะ {n + 1}")
    name_en = factory.Sequence(lambda n: f"Desk {n + 1}")
    position = factory.Sequence(lambda n: n)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def tomorrow() -> dt.date:
    return timezone.localdate() + dt.timedelta(days=1)


class BookingFactory(factory.django.DjangoModelFactory):
    """A booking written straight to the table (no rules): for setting up a scene."""

    class Meta:
        model = Booking

    resource = factory.SubFactory(ResourceFactory)
    member = factory.SubFactory("tests.factories.members.UserFactory")
    starts_at = factory.LazyFunction(lambda: at(tomorrow(), 9))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + dt.timedelta(hours=2))
