from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Consent, Membership, MembershipEvent, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "preferred_language", "is_active", "date_joined"]
    list_filter = ["is_active", "is_staff", "groups", "preferred_language"]
    search_fields = ["email", "display_name"]
    readonly_fields = ["date_joined", "last_login", "welcome_email_sent_at"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Profile"), {"fields": ["display_name", "preferred_language"]}),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Dates"), {"fields": ["date_joined", "last_login", "welcome_email_sent_at"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]}),
    ]


class MembershipEventInline(admin.TabularInline):
    model = MembershipEvent
    fields = ["at", "by", "from_status", "to_status", "reason", "email_sent_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    """Read-only here: decisions go through the staff area so history and emails follow."""

    list_display = ["user", "status", "applied_at", "decided_at"]
    list_filter = ["status"]
    search_fields = ["user__email", "user__display_name"]
    readonly_fields = ["user", "status", "motivation", "applied_at", "decided_at"]
    inlines = [MembershipEventInline]

    def has_add_permission(self, request):
        return False


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    list_display = ["user", "document", "version", "accepted_at"]
    list_filter = ["document", "version"]
    readonly_fields = ["user", "document", "version", "accepted_at"]

    def has_add_permission(self, request):
        return False
