"""Language-neutral addresses: the API (both languages in every item), sitemap and robots."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path
from django.views.decorators.http import require_GET

from . import views
from .api import api
from .sitemaps import SITEMAPS

urlpatterns = [
    path("api/v1/", api.urls),
    path("sitemap.xml", require_GET(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
