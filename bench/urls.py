from django.http import HttpResponse
from django.urls import path

from udon_ecosystem.urls import urlpatterns as portal_urlpatterns


def bare(request):
    """The floor: Django's request cycle and middleware with no database and no template."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare), *portal_urlpatterns]
