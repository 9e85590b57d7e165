from django.conf import settings
from django.db import models
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from members.enums import District
from udon_ecosystem.images import RandomImagePath, validate_image

from .enums import (
    FOUNDER_ROLES,
    SDG_CHOICES,
    STATUS_TONES,
    LookingFor,
    ReviewEvent,
    RevisionStatus,
    Sector,
    Stage,
    Status,
    TeamRole,
    TeamSize,
)
from .fields import ChoiceSetField
from .validators import validate_founded_year, validate_line_id, validate_registration_number

# The fields the public sees. Editing them on an approved startup makes a pending revision.
PUBLIC_FIELDS = [
    "name_th",
    "name_en",
    "tagline_th",
    "tagline_en",
    "description_th",
    "description_en",
    "logo",
    "website",
    "contact_email",
    "facebook_url",
    "line_id",
    "linkedin_url",
    "founded_year",
    "team_size",
    "sector",
    "stage",
    "district",
    "looking_for",
    "hiring",
    "sdgs",
    "registration_number",
]


class StartupQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Status.APPROVED)

    def for_member(self, user):
        return self.filter(memberships__user=user, memberships__accepted_at__isnull=False)


class Startup(models.Model):
    name_th = models.CharField(_("name in Thai"), max_length=120, blank=True)
    name_en = models.CharField(_("name in English"), max_length=120, blank=True)
    tagline_th = models.CharField(_("tagline in Thai"), max_length=160, blank=True)
    tagline_en = models.CharField(_("tagline in English"), max_length=160, blank=True)
    description_th = models.TextField(_("description in Thai"), max_length=5000, blank=True)
    description_en = models.TextField(_("description in English"), max_length=5000, blank=True)
    slug = models.SlugField(_("web address"), max_length=140, unique=True, allow_unicode=True)
    logo = models.ImageField(
        _("logo"),
        upload_to=RandomImagePath("startups/logos"),
        validators=[validate_image],
        blank=True,
        help_text=_("PNG, JPEG or WebP, at most 2 MB, ideally square."),
    )
    logo_thumbnail = models.ImageField(
        _("logo thumbnail"), upload_to=RandomImagePath("startups/thumbnails"), blank=True
    )
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    line_id = models.CharField(
        _("LINE Official Account ID"),
        max_length=41,
        blank=True,
        validators=[validate_line_id],
        help_text=_("For example @smartudon"),
    )
    linkedin_url = models.URLField(_("LinkedIn page"), blank=True)
    founded_year = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        validators=[validate_founded_year],
        help_text=_("In the Gregorian calendar, for example 2023."),
    )
    team_size = models.CharField(
        _("team size"), max_length=8, choices=TeamSize.choices, default=TeamSize.SMALL
    )
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices)
    district = models.CharField(
        _("district"), max_length=30, choices=District.choices, default=District.MUEANG_UDON_THANI
    )
    looking_for = ChoiceSetField(_("looking for"), item_choices=LookingFor.choices, max_length=100)
    hiring = models.BooleanField(_("hiring now"), default=False)
    sdgs = ChoiceSetField(
        _("UN Sustainable Development Goals"),
        item_choices=SDG_CHOICES,
        coerce=int,
        max_length=60,
    )
    registration_number = models.CharField(
        _("company registration number"),
        max_length=13,
        blank=True,
        validators=[validate_registration_number],
        help_text=_("Optional: the 13-digit number from the Department of Business Development."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    # Lower-cased names, taglines and descriptions in both languages: one trigram index on
    # PostgreSQL serves every search, including Thai, which has no spaces between words.
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    approved_at = models.DateTimeField(_("first approved"), null=True, blank=True, db_index=True)
    # Set when the profile grew out of a selected idea on a brainstorm's idea board. One
    # startup per idea, enforced by the database, so asking twice cannot make a second one.
    origin_idea = models.OneToOneField(
        "events.Idea",
        verbose_name=_("from the idea"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="startup",
    )
    origin_event = models.ForeignKey(
        "events.Event",
        verbose_name=_("from the event"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="startups",
    )

    objects = StartupQuerySet.as_manager()

    class Meta:
        verbose_name = _("startup")
        verbose_name_plural = _("startups")
        ordering = ["-approved_at", "-created_at"]
        permissions = [("review_startup", _("Can approve, reject and archive startups"))]
        indexes = [
            # The directory's default order, read straight off an index of approved rows only.
            models.Index(
                F("approved_at").desc(),
                F("id").desc(),
                condition=models.Q(status="approved"),
                name="startups_directory_newest",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(name_th="", name_en=""),
                name="startups_startup_has_a_name",
                violation_error_message=_("Please give the startup's name in Thai or in English."),
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = self.build_search_text()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text", "updated_at"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("startups:detail", kwargs={"slug": self.slug})

    def _localized(self, field):
        thai, english = getattr(self, f"{field}_th"), getattr(self, f"{field}_en")
        if (translation.get_language() or "th").startswith("en"):
            return english or thai
        return thai or english

    def _localized_language(self, field):
        """The language the shown text is in, for a `lang` attribute when it falls back."""
        thai = getattr(self, f"{field}_th")
        english = getattr(self, f"{field}_en")
        if (translation.get_language() or "th").startswith("en"):
            return "en" if english else "th"
        return "th" if thai else "en"

    @property
    def name(self):
        return self._localized("name")

    @property
    def name_lang(self):
        return self._localized_language("name")

    @property
    def tagline(self):
        return self._localized("tagline")

    @property
    def tagline_lang(self):
        return self._localized_language("tagline")

    @property
    def description(self):
        return self._localized("description")

    @property
    def description_lang(self):
        return self._localized_language("description")

    @property
    def initials(self):
        return (self.name_en or self.name_th or "?")[:2].upper()

    @property
    def status_tone(self):
        return STATUS_TONES.get(self.status, "neutral")

    @property
    def is_public(self):
        return self.status == Status.APPROVED

    def looking_for_labels(self):
        labels = dict(LookingFor.choices)
        return [labels[item] for item in self.looking_for if item in labels]

    def sdg_labels(self):
        labels = dict(SDG_CHOICES)
        return [(number, labels[number]) for number in self.sdgs if number in labels]

    def build_search_text(self) -> str:
        parts = [
            self.name_th,
            self.name_en,
            self.tagline_th,
            self.tagline_en,
            self.description_th,
            self.description_en,
        ]
        return "\n".join(part for part in parts if part).lower()


class MembershipQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(accepted_at__isnull=False, user__isnull=False)

    def founders(self):
        return self.accepted().filter(role__in=FOUNDER_ROLES)


class StartupMembership(models.Model):
    """A person on a startup's team. An invitation is a membership not yet accepted."""

    startup = models.ForeignKey(
        Startup, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("startup")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="startup_memberships",
        verbose_name=_("person"),
    )
    email = models.EmailField(_("email address"))
    role = models.CharField(_("role"), max_length=20, choices=TeamRole.choices)
    title = models.CharField(_("job title"), max_length=80, blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    invited_at = models.DateTimeField(_("invited"), default=timezone.now)
    accepted_at = models.DateTimeField(_("joined"), null=True, blank=True)
    invitation_sent_at = models.DateTimeField(_("invitation emailed"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("team membership")
        verbose_name_plural = _("team memberships")
        ordering = ["invited_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["startup", "email"], name="startups_member_once"),
        ]

    def __str__(self):
        return f"{self.email} ({self.get_role_display()})"

    @property
    def is_founder(self):
        return self.role in FOUNDER_ROLES

    @property
    def is_pending(self):
        return self.accepted_at is None


class StartupRevision(models.Model):
    """Changes to an approved startup, waiting for staff while the approved version stays up."""

    startup = models.ForeignKey(
        Startup, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("startup")
    )
    data = models.JSONField(_("proposed values"), default=dict)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RevisionStatus.choices,
        default=RevisionStatus.PENDING,
        db_index=True,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("proposed by"),
    )
    created_at = models.DateTimeField(_("proposed"), default=timezone.now)
    updated_at = models.DateTimeField(_("last changed"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        verbose_name = _("pending edit")
        verbose_name_plural = _("pending edits")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["startup"],
                condition=models.Q(status="pending"),
                name="startups_one_pending_revision",
            ),
        ]

    def __str__(self):
        return f"{self.startup} ({self.get_status_display()})"


class ReviewEntry(models.Model):
    """Append-only history of a startup's workflow: who, when, from, to and why."""

    startup = models.ForeignKey(
        Startup, on_delete=models.CASCADE, related_name="history", verbose_name=_("startup")
    )
    event = models.CharField(
        _("event"), max_length=24, choices=ReviewEvent.choices, default=ReviewEvent.STATUS
    )
    # Set to NULL when the person's account is erased: the decision stays, the identity goes.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="startup_review_entries",
        verbose_name=_("by"),
    )
    actor_was_staff = models.BooleanField(_("by DEPA staff"), default=False)
    from_status = models.CharField(_("from"), max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=Status.choices)
    reason = models.TextField(_("reason"), max_length=2000, blank=True)
    revision = models.ForeignKey(
        StartupRevision,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="history",
        verbose_name=_("edit"),
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    emailed_at = models.DateTimeField(_("founders emailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("review history entry")
        verbose_name_plural = _("review history")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.startup_id}: {self.from_status} → {self.to_status}"

    def save(self, *args, **kwargs):
        # Only the email marker may change once written (erasure clears `actor` by an update).
        update_fields = kwargs.get("update_fields")
        if self.pk and (update_fields is None or not set(update_fields) <= {"emailed_at"}):
            raise ValueError("Review history is append-only.")
        super().save(*args, **kwargs)


__all__ = [
    "PUBLIC_FIELDS",
    "ReviewEntry",
    "Startup",
    "StartupMembership",
    "StartupRevision",
]
