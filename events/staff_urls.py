from django.urls import path

from . import staff_views as views

app_name = "staff_events"

urlpatterns = [
    path("", views.event_list, name="list"),
    path("new/", views.event_create, name="create"),
    path("<slug:slug>/", views.event_manage, name="manage"),
    path("<slug:slug>/edit/", views.event_edit, name="edit"),
    path("<slug:slug>/publish/", views.event_publish, name="publish"),
    path("<slug:slug>/cancel/", views.event_cancel, name="cancel"),
    path("<slug:slug>/duplicate/", views.event_duplicate, name="duplicate"),
    path("<slug:slug>/co-organisers/", views.co_organiser_add, name="co_organiser_add"),
    path(
        "<slug:slug>/co-organisers/<int:user_id>/remove/",
        views.co_organiser_remove,
        name="co_organiser_remove",
    ),
    path("<slug:slug>/attendees/", views.attendees, name="attendees"),
    path("<slug:slug>/attendees/<int:rsvp_id>/check-in/", views.check_in, name="check_in"),
    path("<slug:slug>/check-in/<uuid:token>/", views.check_in_ticket, name="check_in_ticket"),
    path("<slug:slug>/ideas/<int:idea_id>/status/", views.idea_status, name="idea_status"),
]
