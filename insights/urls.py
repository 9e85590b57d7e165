from django.urls import path
from django.views.decorators.http import require_GET

from . import feeds, views

app_name = "insights"

urlpatterns = [
    path("ecosystem/", views.ecosystem, name="ecosystem"),
    path("staff/", views.staff_dashboard, name="staff_dashboard"),
    path("startups.csv", views.startups_csv, name="startups_csv"),
    path("feeds/startups/", require_GET(feeds.NewStartupsFeed()), name="startups_feed"),
    path("feeds/events/", require_GET(feeds.UpcomingEventsFeed()), name="events_feed"),
    path("api/", views.api_docs, name="api_docs"),
]
