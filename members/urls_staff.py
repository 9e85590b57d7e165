from django.urls import path

from . import views

app_name = "members_staff"

urlpatterns = [
    path("", views.staff_queue, name="queue"),
    path("<int:pk>/", views.staff_review, name="review"),
]
