"""Fixed, translated choice lists of the startup directory."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("startup status", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("startup status", "Waiting for review")
    CHANGES_REQUESTED = "changes_requested", pgettext_lazy("startup status", "Changes requested")
    APPROVED = "approved", pgettext_lazy("startup status", "Approved")
    REJECTED = "rejected", pgettext_lazy("startup status", "Rejected")
    ARCHIVED = "archived", pgettext_lazy("startup status", "Archived")


STATUS_TONES = {
    Status.DRAFT: "neutral",
    Status.SUBMITTED: "warning",
    Status.CHANGES_REQUESTED: "warning",
    Status.APPROVED: "success",
    Status.REJECTED: "danger",
    Status.ARCHIVED: "neutral",
}


class Sector(models.TextChoices):
    AGRITECH = "agritech", _("Agritech")
    EDTECH = "edtech", _("Edtech")
    HEALTHTECH = "healthtech", _("Healthtech")
    FINTECH = "fintech", _("Fintech")
    TOURISM = "tourism", _("Tourism and hospitality")
    LOGISTICS = "logistics", _("Logistics")
    SMART_CITY = "smart_city", _("Smart city and govtech")
    ECOMMERCE = "ecommerce", _("E-commerce")
    CREATIVE = "creative", _("Creative and media")
    OTHER = "other", pgettext_lazy("sector", "Other")


class Stage(models.TextChoices):
    IDEA = "idea", _("Idea")
    PRE_SEED = "pre_seed", _("Pre-seed")
    SEED = "seed", _("Seed")
    SERIES_A = "series_a", _("Series A or later")
    GROWTH = "growth", _("Growth")


class TeamSize(models.TextChoices):
    SOLO = "1", _("Just the founder")
    SMALL = "2-5", _("2 to 5 people")
    MEDIUM = "6-10", _("6 to 10 people")
    LARGE = "11-50", _("11 to 50 people")
    XLARGE = "51+", _("More than 50 people")


class LookingFor(models.TextChoices):
    FUNDING = "funding", _("Funding")
    TALENT = "talent", _("Talent")
    PARTNERS = "partners", _("Partners")
    CUSTOMERS = "customers", _("Customers")
    MENTORS = "mentors", _("Mentors")


SDG_CHOICES = [
    (1, _("1 No poverty")),
    (2, _("2 Zero hunger")),
    (3, _("3 Good health and well-being")),
    (4, _("4 Quality education")),
    (5, _("5 Gender equality")),
    (6, _("6 Clean water and sanitation")),
    (7, _("7 Affordable and clean energy")),
    (8, _("8 Decent work and economic growth")),
    (9, _("9 Industry, innovation and infrastructure")),
    (10, _("10 Reduced inequalities")),
    (11, _("11 Sustainable cities and communities")),
    (12, _("12 Responsible consumption and production")),
    (13, _("13 Climate action")),
    (14, _("14 Life below water")),
    (15, _("15 Life on land")),
    (16, _("16 Peace, justice and strong institutions")),
    (17, _("17 Partnerships for the goals")),
]


class TeamRole(models.TextChoices):
    FOUNDER = "founder", _("Founder")
    CO_FOUNDER = "co_founder", _("Co-founder")
    MEMBER = "member", _("Team member")


FOUNDER_ROLES = (TeamRole.FOUNDER, TeamRole.CO_FOUNDER)


class RevisionStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("revision status", "Waiting for review")
    APPROVED = "approved", pgettext_lazy("revision status", "Approved")
    REJECTED = "rejected", pgettext_lazy("revision status", "Rejected")
    WITHDRAWN = "withdrawn", pgettext_lazy("revision status", "Replaced")


class ReviewEvent(models.TextChoices):
    """What a history entry records: a state change or a decision on an edit."""

    STATUS = "status", _("Status change")
    REVISION_SUBMITTED = "revision_submitted", _("Edit sent for review")
    REVISION_APPROVED = "revision_approved", _("Edit approved")
    REVISION_REJECTED = "revision_rejected", _("Edit rejected")
