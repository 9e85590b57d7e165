from django.urls import path

from . import views

app_name = "coworking"

urlpatterns = [
    path("", views.grid, name="grid"),
    path("book/", views.book, name="book"),
    path("my-bookings/", views.my_bookings, name="my_bookings"),
    path("bookings/<int:pk>/cancel/", views.booking_cancel, name="booking_cancel"),
    path("bookings/<int:pk>/check-in/", views.booking_check_in, name="booking_check_in"),
]
