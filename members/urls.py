from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:pk>/", views.person, name="person"),
    path("apply/", views.apply, name="apply"),
    path("profile/", views.profile_edit, name="profile_edit"),
    path("settings/", views.account_settings, name="settings"),
    path("settings/my-data.json", views.data_export, name="data_export"),
    path("settings/delete/", views.delete_account, name="delete_account"),
]
