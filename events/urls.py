from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("", views.calendar, name="calendar"),
    path("feed.ics", views.feed, name="feed"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/calendar.ics", views.event_calendar_file, name="ics"),
    path("<slug:slug>/rsvp/", views.rsvp, name="rsvp"),
    path("<slug:slug>/rsvp/cancel/", views.rsvp_cancel, name="rsvp_cancel"),
    path("<slug:slug>/ticket/", views.ticket, name="ticket"),
    path("<slug:slug>/ideas/", views.idea_create, name="idea_create"),
    path("<slug:slug>/ideas/<int:idea_id>/vote/", views.idea_vote, name="idea_vote"),
    path("<slug:slug>/ideas/<int:idea_id>/startup/", views.idea_to_startup,
         name="idea_to_startup"),
]  # fmt: skip
