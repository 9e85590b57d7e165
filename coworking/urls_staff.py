from django.urls import path

from . import views_staff

app_name = "coworking_staff"

urlpatterns = [
    path("", views_staff.day, name="day"),
    path("bookings/<int:pk>/check-in/", views_staff.check_in, name="check_in"),
    path("walk-in/", views_staff.walk_in, name="walk_in"),
    path("space/", views_staff.space_edit, name="space"),
    path("resources/", views_staff.resources, name="resources"),
    path("resources/new/", views_staff.resource_edit, name="resource_create"),
    path("resources/<int:pk>/", views_staff.resource_edit, name="resource_edit"),
    path("hours/", views_staff.hours, name="hours"),
    path("closed-days/", views_staff.closed_days, name="closed_days"),
    path(
        "closed-days/load-holidays/",
        views_staff.closed_days_load_holidays,
        name="closed_days_load_holidays",
    ),
    path("closed-days/<int:pk>/", views_staff.closed_day_edit, name="closed_day_edit"),
    path("closed-days/<int:pk>/delete/", views_staff.closed_day_delete, name="closed_day_delete"),
    path("report/", views_staff.report, name="report"),
    path("report.csv", views_staff.report_csv, name="report_csv"),
]
