"""Demo events at the Smart Hub: past and upcoming, with RSVPs, a waitlist and ideas.

Rows are written directly (not through the services) so seeding sends no email; times are
relative to today, so the calendar always has something coming up.
"""

import datetime

from django.utils import timezone

from members.demo import DEMO_USERS, demo_user
from members.models import User

from .enums import EventKind, EventStatus, IdeaStatus, RSVPStatus, VenueKind
from .models import RSVP, Event, Idea, IdeaVote, Topic

TOPICS = [
    ("smart-city", "เมืองอัจฉริยะ", "Smart city"),
    ("agritech", "เทคโนโลยีการเกษตร", "Agritech"),
    ("ai", "ปัญญาประดิษฐ์", "AI"),
    ("design", "การออกแบบ", "Design"),
]

# slug, kind, days from today, hour, hours long, capacity, venue, topics, th, en
EVENTS = [
    (
        "smart-udon-brainstorm-past",
        EventKind.BRAINSTORM,
        -14,
        18,
        3,
        30,
        VenueKind.SMART_HUB,
        ["smart-city"],
        "ระดมสมอง Smart Udon: เมืองน่าอยู่",
        "Smart Udon brainstorm: a liveable city",
    ),
    (
        "agritech-workshop-past",
        EventKind.WORKSHOP,
        -7,
        13,
        4,
        20,
        VenueKind.SMART_HUB,
        ["agritech"],
        "เวิร์กช็อปเทคโนโลยีเพื่อเกษตรกรอุดรธานี",
        "Agritech workshop for Udon Thani farmers",
    ),
    (
        "smart-udon-brainstorm",
        EventKind.BRAINSTORM,
        5,
        18,
        3,
        5,
        VenueKind.SMART_HUB,
        ["smart-city", "ai"],
        "ระดมสมอง Smart Udon: ข้อมูลเปิดของเมือง",
        "Smart Udon brainstorm: open city data",
    ),
    (
        "ux-design-workshop",
        EventKind.WORKSHOP,
        12,
        9,
        6,
        25,
        VenueKind.SMART_HUB,
        ["design"],
        "เวิร์กช็อปออกแบบประสบการณ์ผู้ใช้",
        "UX design workshop",
    ),
    (
        "udon-pitch-night",
        EventKind.PITCH_NIGHT,
        19,
        18,
        3,
        60,
        VenueKind.ADDRESS,
        ["smart-city"],
        "คืนพิชชิ่งสตาร์ทอัพอุดรธานี",
        "Udon Thani startup pitch night",
    ),
    (
        "ai-for-sme-training",
        EventKind.TRAINING,
        26,
        14,
        2,
        None,
        VenueKind.ONLINE,
        ["ai"],
        "อบรม AI สำหรับธุรกิจขนาดเล็ก (ออนไลน์)",
        "AI for small businesses (online)",
    ),
]


def _at(days, hour):
    day = timezone.localtime() + datetime.timedelta(days=days)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


def seed(command):
    staff = User.objects.get(email=DEMO_USERS[0][0])
    people = [demo_user(*row) for row in DEMO_USERS[1:]]
    people += [demo_user(f"maker{n}@smartudon.example", f"Maker {n}", "th") for n in range(1, 5)]
    topics = {}
    for slug, name_th, name_en in TOPICS:
        topics[slug], _ = Topic.objects.get_or_create(
            slug=slug, defaults={"name_th": name_th, "name_en": name_en}
        )
    for slug, kind, days, hour, hours, capacity, venue, topic_slugs, th, en in EVENTS:
        starts_at = _at(days, hour)
        event, created = Event.objects.get_or_create(
            slug=slug,
            defaults={
                "title_th": th,
                "title_en": en,
                "kind": kind,
                "capacity": capacity,
                "description_th": f"{th} ที่ Smart Hub อุดรธานี "
                "มาร่วมแลกเปลี่ยนความคิดกับชุมชน Smart Udon Maker",
                "description_en": f"{en}, with the Smart Udon Maker community.",
                "starts_at": starts_at,
                "ends_at": starts_at + datetime.timedelta(hours=hours),
                "venue_kind": venue,
                "room": "ห้องประชุมใหญ่" if venue == VenueKind.SMART_HUB else "",
                "address": "Centara Hotel, Udon Thani" if venue == VenueKind.ADDRESS else "",
                "online_url": "https://meet.example.org/smart-udon-ai"
                if venue == VenueKind.ONLINE
                else "",
                "status": EventStatus.PUBLISHED,
            },
        )
        if not created:
            continue
        event.organisers.add(staff)
        event.topics.set([topics[t] for t in topic_slugs])
        _seed_rsvps(event, people, past=days < 0)
    return []


def _seed_rsvps(event, people, *, past):
    now = timezone.now()
    for index, person in enumerate(people):
        confirmed = event.capacity is None or index < event.capacity
        RSVP.objects.create(
            event=event,
            user=person,
            status=RSVPStatus.CONFIRMED if confirmed else RSVPStatus.WAITLISTED,
            requested_at=now - datetime.timedelta(hours=len(people) - index),
            confirmed_at=now if confirmed else None,
            checked_in_at=event.starts_at if past and confirmed and index % 3 else None,
        )
    if event.kind == EventKind.BRAINSTORM:
        ideas = [
            Idea.objects.create(
                event=event,
                author=people[0],
                title="แอปจองคิวตลาดเช้า",
                description="ให้ผู้ซื้อจองคิวซื้อของสดที่ตลาดปรีชาล่วงหน้า",
                # Selected at a past session, so its author can try turning it into a startup.
                status=IdeaStatus.SELECTED if past else IdeaStatus.OPEN,
            ),
            Idea.objects.create(
                event=event,
                author=people[1],
                title="Open data for bus stops",
                description="Publish Udon Thani's bus stops and timetables.",
            ),
        ]
        for idea, voters in ((ideas[0], people[1:4]), (ideas[1], people[2:3])):
            for voter in voters:
                IdeaVote.objects.create(idea=idea, user=voter)
            idea.vote_count = len(voters)
            idea.save(update_fields=["vote_count"])
