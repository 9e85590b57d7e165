"""Read-mostly admin for support work; everyday management is at /staff/smart-hub/."""

from django.contrib import admin

from .models import Booking, ClosedDay, OpeningHours, Resource, Space


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


@admin.register(Space)
class SpaceAdmin(admin.ModelAdmin):
    list_display = ["name_th", "name_en", "address"]
    inlines = [OpeningHoursInline]


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    list_display = ["name_th", "name_en", "kind", "capacity", "is_active", "position"]
    list_filter = ["kind", "is_active", "space"]


@admin.register(ClosedDay)
class ClosedDayAdmin(admin.ModelAdmin):
    list_display = ["date", "reason_th", "reason_en", "is_public_holiday"]
    list_filter = ["is_public_holiday"]
    date_hierarchy = "date"


@admin.register(Booking)
class BookingAdmin(admin.ModelAdmin):
    list_display = ["resource", "member", "starts_at", "ends_at", "status"]
    list_filter = ["status", "resource__kind"]
    list_select_related = ["resource", "member"]
    search_fields = ["member__email", "member__display_name"]
    date_hierarchy = "starts_at"
    raw_id_fields = ["member", "created_by"]
    # Bookings change only through the service, which enforces every rule.
    readonly_fields = [f.name for f in Booking._meta.fields]

    def has_add_permission(self, request):
        return False
