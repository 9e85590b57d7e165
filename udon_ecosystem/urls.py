from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import views

admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = _("Smart Udon portal administration")
admin.site.site_title = _("Smart Udon admin")

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("", include("insights.urls_root")),
]

# Thai is the default language and lives unprefixed at /; English lives under /en/.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("accounts/", include("allauth.urls")),
    path("members/", include("members.urls")),
    path("staff/members/", include("members.urls_staff")),
    path("", include("members.urls_legal")),
    path("startups/", include("startups.urls")),
    path("staff/startups/", include("startups.staff_urls")),
    path("smart-hub/", include("coworking.urls")),
    path("staff/smart-hub/", include("coworking.urls_staff")),
    path("events/", include("events.urls")),
    path("staff/events/", include("events.staff_urls")),
    path("", include("insights.urls")),
    prefix_default_language=False,
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
