"""Demo startups: 32 believable Udon Thani companies across sectors, stages, districts and
states, in Thai and English. Idempotent: a startup whose slug exists is left alone."""

import csv
from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from members.demo import DEMO_PASSWORD, DEMO_USERS, demo_user
from members.enums import Language

from .enums import Status, TeamRole
from .models import ReviewEntry, Startup, StartupMembership

A, S, C, R, D, X = (Status.APPROVED, Status.SUBMITTED, Status.CHANGES_REQUESTED,
                    Status.REJECTED, Status.DRAFT, Status.ARCHIVED)  # fmt: skip
DATA = Path(__file__).with_name("demo_startups.csv")


def _rows():
    """One startup a row of demo_startups.csv; lists are ";"-separated."""
    with DATA.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            row["looking_for"] = [item for item in row["looking_for"].split(";") if item]
            row["sdgs"] = [int(item) for item in row["sdgs"].split(";") if item]
            row["hiring"] = row["hiring"] == "yes"
            row["founded_year"] = int(row["founded_year"])
            yield row


def seed(command):
    staff = demo_user(*DEMO_USERS[0], is_staff=True)
    founders = [demo_user(*row) for row in DEMO_USERS[1:]]
    extra = demo_user("founder@smartudon.example", "ปิยะ ศรีอุดร", Language.THAI)
    founders.append(extra)
    now = timezone.now()
    rows = list(_rows())
    created = 0
    for index, row in enumerate(rows):
        if Startup.objects.filter(slug=row["slug"]).exists():
            continue
        status = row["status"]
        submitted_at = now - timedelta(days=60 - index)
        startup = Startup.objects.create(
            **row,
            description_th=(
                f"{row['name_th']} เริ่มต้นที่อุดรธานี {row['tagline_th']} "
                "ทีมงานทำงานร่วมกับชุมชนและ Smart Hub อุดรธานี"
            ),
            description_en=(
                f"{row['name_en']} started in Udon Thani. {row['tagline_en']}. "
                "The team works with local communities and the Smart Hub."
            ),
            team_size=["1", "2-5", "6-10", "11-50"][index % 4],
            website=f"https://{row['slug']}.example",
            created_at=submitted_at - timedelta(days=2),
            submitted_at=submitted_at if status != D else None,
            approved_at=submitted_at + timedelta(days=2) if status in (A, X) else None,
        )
        founder = founders[index % len(founders)]
        StartupMembership.objects.create(
            startup=startup,
            user=founder,
            email=founder.email,
            role=TeamRole.FOUNDER,
            accepted_at=startup.created_at,
        )
        _history(startup, founder, staff, status)
        created += 1
    command.stdout.write(f"Startups: {created} created, {len(rows) - created} already there.")
    return [("Founder (startups)", extra.email, DEMO_PASSWORD)]


REASONS = {
    C: "กรุณาเพิ่มรายละเอียดเรื่องอัตราดอกเบี้ยและใบอนุญาตจาก ธปท.",
    R: "ไม่อยู่ในขอบเขตของทำเนียบสตาร์ทอัพ: โครงการเก็งกำไรเหรียญดิจิทัล",
}


def _history(startup, founder, staff, status):
    steps = [("", D, founder, "")]
    if status != D:
        steps.append((D, S, founder, ""))
    if status in (A, X, C, R):
        steps.append((S, A if status == X else status, staff, REASONS.get(status, "")))
    if status == X:
        steps.append((A, X, founder, ""))
    for from_status, to_status, actor, reason in steps:
        ReviewEntry.objects.create(
            startup=startup, actor=actor, actor_was_staff=actor == staff,
            from_status=from_status, to_status=to_status, reason=reason,
            created_at=startup.submitted_at or startup.created_at, emailed_at=timezone.now(),
        )  # fmt: skip
