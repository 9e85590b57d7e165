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
    _seed_members(staff)
    return [
        ("DEPA staff", staff.email, DEMO_PASSWORD),
        ("Administrator", admin.email, DEMO_PASSWORD),
        ("Maker member (public)", DEMO_USERS[1][0], DEMO_PASSWORD),
        ("Membership applicant", "ploy@smartudon.example", DEMO_PASSWORD),
    ]


# email, display name, language, membership status (or None), public, district, skills, bio
DEMO_MEMBERS = [
    ("somchai@smartudon.example", "สมชาย ใจดี", "th", "approved", True, "mueang",
     ["python", "django", "iot"], "นักพัฒนาเว็บและอุปกรณ์ IoT สำหรับฟาร์มในอุดรธานี"),
    ("nok@smartudon.example", "Nok Phromma", "en", "approved", True, "ban_dung",
     ["ux design", "figma", "ออกแบบประสบการณ์ผู้ใช้"], "UX designer helping local shops go online."),
    ("anan@smartudon.example", "อนันต์ วงศ์ประเสริฐ", "th", "approved", True, "kumphawapi",
     ["arduino", "เกษตรอัจฉริยะ", "โซลาร์เซลล์"], "ทำระบบรดน้ำอัตโนมัติสำหรับนาข้าว"),
    ("malee@smartudon.example", "มาลี แก้วมณี", "th", "approved", False, "nong_han",
     ["การตลาดออนไลน์", "ผ้าทอ"], "ขายผ้าทอมือหนองหานผ่านช่องทางออนไลน์"),
    ("james@smartudon.example", "James Carter", "en", "pending", False, "mueang",
     ["react", "typescript"], "Front-end developer who moved to Udon Thani."),
    ("ploy@smartudon.example", "พลอย สุวรรณศรี", "th", "pending", False, "phen",
     ["ถ่ายภาพ", "ตัดต่อวิดีโอ"], "ช่างภาพและครีเอเตอร์สายท่องเที่ยว"),
    ("kittipong@smartudon.example", "กิตติพงษ์ ศรีวงศ์", "th", "approved", True, "mueang",
     ["flutter", "mobile app", "firebase"], "พัฒนาแอปมือถือสำหรับร้านอาหารในตัวเมือง"),
    ("siriporn@smartudon.example", "ศิริพร บุญมา", "th", "approved", True, "nong_wua_so",
     ["data science", "python", "วิเคราะห์ข้อมูล"], "อาจารย์และนักวิเคราะห์ข้อมูลการเกษตร"),
    ("tanawat@smartudon.example", "ธนวัฒน์ ภูมิดี", "th", "approved", True, "kut_chap",
     ["3d printing", "cad", "หุ่นยนต์"], "สร้างหุ่นยนต์การศึกษาให้โรงเรียนในอำเภอ"),
    ("ariya@smartudon.example", "Ariya Chanthong", "en", "approved", True, "mueang",
     ["product management", "startup", "pitching"], "Runs pitch practice nights at the Smart Hub."),
    ("wichai@smartudon.example", "วิชัย คำภูเงิน", "th", "approved", False, "ban_phue",
     ["งานไม้", "cnc"], "ช่างไม้ที่เริ่มใช้เครื่อง CNC"),
    ("emma@smartudon.example", "Emma Lindqvist", "en", "approved", True, "mueang",
     ["content writing", "english teaching", "seo"], "Writer and English teacher in Udon Thani."),
    ("preecha@smartudon.example", "ปรีชา แสนสุข", "th", "suspended", True, "si_that",
     ["ขายของออนไลน์"], "พ่อค้าออนไลน์"),
    ("nattaya@smartudon.example", "ณัฐธยา จันทร์หอม", "th", "declined", False, "wang_sam_mo",
     ["บัญชี"], "สนใจเปิดร้านกาแฟ"),
    ("boonmee@smartudon.example", "บุญมี ทองดี", "th", "approved", True, "nong_saeng",
     ["blockchain", "fintech", "python"], "ทำระบบบัญชีสหกรณ์ออมทรัพย์บนคลาวด์"),
    ("lisa@smartudon.example", "Lisa Nguyen", "en", "pending", False, "mueang",
     ["machine learning", "computer vision"], "Computer vision for counting lotus visitors."),
    ("sakda@smartudon.example", "ศักดา พรมโคตร", "th", "approved", True, "phibun_rak",
     ["โดรน", "ถ่ายภาพทางอากาศ", "gis"], "บินโดรนสำรวจแปลงเกษตร"),
    ("jintana@smartudon.example", "จินตนา อินทร์แก้ว", "th", "approved", True, "na_yung",
     ["ออกแบบกราฟิก", "canva", "branding"], "นักออกแบบกราฟิกให้ผลิตภัณฑ์ชุมชน OTOP"),
    ("tom@smartudon.example", "Tom Hughes", "en", None, False, "", [], ""),
    ("pimchanok@smartudon.example", "พิมพ์ชนก ดวงดี", "th", "approved", True, "mueang",
     ["cybersecurity", "linux", "devops"], "ดูแลระบบและความปลอดภัยให้ธุรกิจท้องถิ่น"),
]  # fmt: skip

DEMO_MOTIVATION = {
    "th": "อยากเข้าร่วมกิจกรรมระดมสมองและใช้พื้นที่ Smart Hub เพื่อพัฒนาโปรเจกต์ของตัวเอง",
    "en": "I want to join the brainstorming meetups and work on my project at the Smart Hub.",
}
DEMO_REASONS = {
    "declined": "ยังไม่มีโปรเจกต์ด้านดิจิทัล ลองเข้าร่วมกิจกรรมก่อนแล้วสมัครใหม่",
    "suspended": "จองโต๊ะแล้วไม่มาใช้หลายครั้งติดต่อกัน",
}


def _seed_members(staff):
    from django.utils import timezone

    from .legal import PRIVACY_VERSION, TERMS_VERSION
    from .models import Consent, Membership, MembershipEvent, Profile, Tag

    now = timezone.now()
    for index, row in enumerate(DEMO_MEMBERS):
        email, name, language, status, public, district, skills, bio = row
        user = demo_user(email, name, language)
        for document, version in (("terms", TERMS_VERSION), ("privacy", PRIVACY_VERSION)):
            Consent.objects.get_or_create(user=user, document=document,
                                          defaults={"version": version})  # fmt: skip
        profile, created = Profile.objects.get_or_create(
            user=user, defaults={"district": district, "bio": bio, "is_public": public}
        )
        if created:
            profile.skills.set([Tag.objects.get_or_create(name=s)[0] for s in skills])
        if status is None:
            continue
        applied_at = now - timezone.timedelta(days=30 - index, hours=index)
        membership, created = Membership.objects.get_or_create(
            user=user,
            defaults={"status": status, "motivation": DEMO_MOTIVATION[language],
                      "applied_at": applied_at,
                      "decided_at": None if status == "pending" else applied_at
                      + timezone.timedelta(days=2)},
        )  # fmt: skip
        if not created:
            continue
        MembershipEvent.objects.create(membership=membership, by=user, at=applied_at,
                                       from_status="", to_status="pending")  # fmt: skip
        if status in ("approved", "declined", "suspended"):
            first = "declined" if status == "declined" else "approved"
            MembershipEvent.objects.create(
                membership=membership, by=staff, at=membership.decided_at, from_status="pending",
                to_status=first, reason=DEMO_REASONS.get(first, ""),
                email_sent_at=membership.decided_at,
            )  # fmt: skip
        if status == "suspended":
            MembershipEvent.objects.create(
                membership=membership, by=staff, at=now, from_status="approved",
                to_status="suspended", reason=DEMO_REASONS["suspended"], email_sent_at=now,
            )  # fmt: skip
