import datetime

import factory
from django.utils import timezone

from events.enums import EventKind, EventStatus, RSVPStatus, VenueKind
from events.models import RSVP, Event, Idea, Topic

from .members import UserFactory


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name_th = factory.Sequence(lambda n: f"หัวข้อ {n}")
    name_en = factory.Sequence(lambda n: f"Topic {n}")


class EventFactory(factory.django.DjangoModelFactory):
    """A published brainstorm at the Smart Hub, three days from now, for two hours."""

    class Meta:
        model = Event
        skip_postgeneration_save = True

    title_th = factory.Sequence(lambda n: f"ระดมสมองครั้งที่ {n}")
    title_en = factory.Sequence(lambda n: f"Brainstorm number {n}")
    description_th = "มาร่วมระดมความคิดเพื่ออุดรธานีเมืองอัจฉริยะ"
    description_en = "Come and brainstorm ideas for Udon Thani Smart City."
    slug = factory.Sequence(lambda n: f"brainstorm-{n}")
    kind = EventKind.BRAINSTORM
    starts_at = factory.LazyFunction(
        lambda: (timezone.now() + datetime.timedelta(days=3)).replace(second=0, microsecond=0)
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))
    venue_kind = VenueKind.SMART_HUB
    room = "Meeting room 1"
    status = EventStatus.PUBLISHED

    @factory.post_generation
    def organiser(self, create, extracted, **kwargs):
        if create and extracted:
            self.organisers.add(extracted)


class RSVPFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RSVP

    event = factory.SubFactory(EventFactory)
    user = factory.SubFactory(UserFactory)
    status = RSVPStatus.CONFIRMED


class IdeaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Idea

    event = factory.SubFactory(EventFactory)
    author = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Idea {n}")
    description = "A market app for Udon Thani's farmers."
