"""The Django admin shows startups read-only for decisions: staff decide in /staff/startups/,
which calls the services, so the history and emails are never skipped."""

from django.contrib import admin

from .models import ReviewEntry, Startup, StartupMembership


class MembershipInline(admin.TabularInline):
    model = StartupMembership
    extra = 0
    fields = ["email", "user", "role", "accepted_at"]
    readonly_fields = ["user", "accepted_at"]


class HistoryInline(admin.TabularInline):
    model = ReviewEntry
    extra = 0
    can_delete = False
    fields = ["created_at", "actor", "event", "from_status", "to_status", "reason"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Startup)
class StartupAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_th", "name_en", "status", "sector", "district", "approved_at"]
    list_filter = ["status", "sector", "stage", "district"]
    search_fields = ["slug", "name_th", "name_en"]
    readonly_fields = ["status", "slug", "submitted_at", "approved_at", "logo_thumbnail"]
    inlines = [MembershipInline, HistoryInline]
