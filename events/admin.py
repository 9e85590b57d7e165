from django.contrib import admin

from .models import RSVP, Event, Idea, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_th", "name_en"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title_en", "kind", "starts_at", "status", "capacity"]
    list_filter = ["status", "kind"]
    search_fields = ["title_th", "title_en", "slug"]
    # Changes that notify attendees go through the staff area's services, not the admin.
    filter_horizontal = ["topics", "organisers", "co_organisers"]

    def get_readonly_fields(self, request, obj=None):
        return ["status", "sequence", "starts_at", "ends_at"] if obj else ["status", "sequence"]


@admin.register(RSVP)
class RSVPAdmin(admin.ModelAdmin):
    list_display = ["event", "user", "status", "requested_at", "checked_in_at"]
    list_filter = ["status"]
    list_select_related = ["event", "user"]
    raw_id_fields = ["event", "user"]


@admin.register(Idea)
class IdeaAdmin(admin.ModelAdmin):
    list_display = ["title", "event", "status", "vote_count"]
    list_select_related = ["event"]
