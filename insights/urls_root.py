"""Language-neutral addresses: the API (both languages in every item), sitemap and robots."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from . import views
from .api import api
from .sitemaps import SITEMAPS

urlpatterns = [
    path("api/v1/", api.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
