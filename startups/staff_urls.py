from django.urls import path

from . import staff_views

app_name = "startups_staff"

urlpatterns = [
    path("", staff_views.queue, name="queue"),
    path("<str:slug>/", staff_views.review, name="review"),
    path("<str:slug>/decide/", staff_views.decide, name="decide"),
    path("<str:slug>/edits/<int:pk>/decide/", staff_views.decide_revision, name="decide_revision"),
]
