from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from udon_ecosystem.images import RandomImagePath, validate_image

from .enums import District, Language, LegalDocument, MembershipStatus


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person with an account. The email address is the login; there is no username."""

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(_("display name"), max_length=100, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=Language.choices,
        default=Language.THAI,
        help_text=_("Emails from the portal are written in this language."),
    )
    # Notification preferences, read by the reminder sweeps before they send anything.
    notify_event_reminders = models.BooleanField(
        _("event reminders"),
        default=True,
        help_text=_("Reminders before events you have signed up for."),
    )
    notify_booking_reminders = models.BooleanField(
        _("booking reminders"),
        default=True,
        help_text=_("Reminders before your Smart Hub desk and room bookings."),
    )
    notify_news = models.BooleanField(
        _("news from DEPA"),
        default=False,
        help_text=_("Occasional news about the Smart Udon ecosystem."),
    )
    is_staff = models.BooleanField(
        _("admin site access"),
        default=False,
        help_text=_("Whether the user can log into the Django admin."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    welcome_email_sent_at = models.DateTimeField(_("welcome email sent at"), null=True, blank=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="members_user_email_ci_unique"),
        ]

    def __str__(self):
        return self.display_name or self.email

    @property
    def name(self):
        """What other people see: the display name, else the part of the email before the @."""
        return self.display_name or self.email.split("@", 1)[0]

    def clean(self):
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()


class Tag(models.Model):
    """A free skill or interest tag, stored normalised (lower case, single spaces)."""

    name = models.CharField(_("name"), max_length=40, unique=True)

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Profile(models.Model):
    """What a person shows about themselves. Private until they choose to make it public."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    bio = models.TextField(_("short bio"), max_length=600, blank=True)
    district = models.CharField(_("district"), max_length=32, choices=District.choices, blank=True)
    skills = models.ManyToManyField(
        Tag, verbose_name=_("skills"), related_name="skilled_profiles", blank=True
    )
    interests = models.ManyToManyField(
        Tag, verbose_name=_("interests"), related_name="interested_profiles", blank=True
    )
    website = models.URLField(_("website"), blank=True)
    github = models.URLField(_("GitHub"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)
    facebook = models.URLField(_("Facebook"), blank=True)
    avatar = models.ImageField(
        _("avatar"),
        upload_to=RandomImagePath("avatars"),
        validators=[validate_image],
        blank=True,
    )
    avatar_thumbnail = models.ImageField(
        _("avatar thumbnail"), upload_to=RandomImagePath("avatars/thumbs"), blank=True
    )
    is_public = models.BooleanField(
        _("public profile"),
        default=False,
        help_text=_("Show my profile in the member directory and on startup team lists."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return str(self.user)

    @property
    def links(self):
        return [
            (label, url)
            for label, url in (
                (_("Website"), self.website),
                ("GitHub", self.github),
                ("LinkedIn", self.linkedin),
                ("Facebook", self.facebook),
            )
            if url
        ]


class Membership(models.Model):
    """A person's Smart Udon Maker membership: one row per person, its status moved by services."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="membership")
    status = models.CharField(
        _("status"), max_length=16, choices=MembershipStatus.choices, default="pending"
    )
    motivation = models.TextField(_("motivation"), max_length=1000)
    applied_at = models.DateTimeField(_("applied at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["applied_at", "pk"]
        indexes = [models.Index(fields=["status", "applied_at"])]

    def __str__(self):
        return f"{self.user} ({self.get_status_display()})"

    @property
    def waiting_days(self):
        """Whole days since the application, for the staff queue."""
        return (timezone.now() - self.applied_at).days

    @property
    def is_pending(self):
        return self.status == MembershipStatus.PENDING

    @property
    def is_approved(self):
        return self.status == MembershipStatus.APPROVED

    @property
    def is_suspended(self):
        return self.status == MembershipStatus.SUSPENDED


class AppendOnlyError(Exception):
    pass


class MembershipEvent(models.Model):
    """One line of the append-only membership history: who moved it, when, from what, to what, why.

    Rows are never changed or deleted; only the mail marker is filled in once the decision
    email has gone out.
    """

    membership = models.ForeignKey(
        Membership, on_delete=models.CASCADE, related_name="events", verbose_name=_("membership")
    )
    by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="membership_decisions",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    from_status = models.CharField(
        _("from"), max_length=16, choices=MembershipStatus.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=16, choices=MembershipStatus.choices)
    reason = models.TextField(_("reason"), max_length=1000, blank=True)
    email_sent_at = models.DateTimeField(_("email sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("membership history entry")
        verbose_name_plural = _("membership history")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.membership_id}: {self.from_status or '-'} -> {self.to_status}"

    def save(self, *args, **kwargs):
        if self.pk is not None and set(kwargs.get("update_fields") or ()) != {"email_sent_at"}:
            raise AppendOnlyError("Membership history is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Membership history is append-only.")


class Consent(models.Model):
    """A person accepted a version of the terms or the privacy notice at a moment in time."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="consents", verbose_name=_("user")
    )
    document = models.CharField(_("document"), max_length=16, choices=LegalDocument.choices)
    version = models.CharField(_("version"), max_length=20)
    accepted_at = models.DateTimeField(_("accepted at"), default=timezone.now)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["accepted_at", "pk"]

    def __str__(self):
        return f"{self.user} {self.document} {self.version}"
