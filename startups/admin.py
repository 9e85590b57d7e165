"""The Django admin shows startups read-only: staff decide in /staff/startups/, which calls
the services, so the history, pending edits and emails are never skipped."""

from django.contrib import admin

from .models import ReviewEntry, Startup, StartupMembership


class MembershipInline(admin.TabularInline):
    model = StartupMembership
    extra = 0
    fields = ["email", "user", "role", "accepted_at"]
    readonly_fields = fields


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
    inlines = [MembershipInline, HistoryInline]

    # Read-only: every change goes through the services (pending edits, history, emails).
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
