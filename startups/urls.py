from django.urls import path

from . import views

app_name = "startups"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("mine/", views.mine, name="mine"),
    path("new/", views.create, name="create"),
    path("invitations/<int:pk>/accept/", views.invitation_respond, {"answer": "accept"},
         name="invitation_accept"),
    path("invitations/<int:pk>/decline/", views.invitation_respond, {"answer": "decline"},
         name="invitation_decline"),
    path("<str:slug>/", views.detail, name="detail"),
    path("<str:slug>/edit/", views.edit, name="edit"),
    path("<str:slug>/submit/", views.transition, {"to": "submitted"}, name="submit"),
    path("<str:slug>/archive/", views.transition, {"to": "archived"}, name="archive"),
    path("<str:slug>/restore/", views.transition, {"to": "draft"}, name="restore"),
    path("<str:slug>/team/", views.team, name="team"),
    path("<str:slug>/leave/", views.leave, name="leave"),
    path("<str:slug>/team/<int:pk>/remove/", views.member_remove, name="member_remove"),
]  # fmt: skip
