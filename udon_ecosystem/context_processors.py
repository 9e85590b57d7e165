from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from members.roles import is_depa_staff

# Main navigation. An entry appears once its app provides the page, so the header never
# links to something that does not exist.
MAIN_NAVIGATION = [
    ("startups:directory", pgettext_lazy("navigation", "Startups"), "rocket"),
    ("events:calendar", pgettext_lazy("navigation", "Events"), "calendar-days"),
    ("coworking:grid", pgettext_lazy("navigation", "Smart Hub"), "building-2"),
    ("members:directory", pgettext_lazy("navigation", "Members"), "users"),
]

SMART_HUB_ADDRESS = _("322/19 Prachak Sinlapakhom Rd., Mak Khaeng, Mueang Udon Thani 41000")


def _navigation(request):
    items = []
    for url_name, label, icon in MAIN_NAVIGATION:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        items.append({"url": url, "label": label, "icon": icon,
                      "active": request.path.startswith(url)})  # fmt: skip
    return items


def portal(request):
    current = request.get_full_path()
    return {
        "main_navigation": _navigation(request),
        "language_links": [
            # Each language is named in itself ("ไทย", "English") so a lost reader finds theirs.
            {
                "code": code,
                "name": LANG_INFO[code]["name_local"],
                "url": translate_url(current, code),
            }
            for code, _name in settings.LANGUAGES
        ],
        "smart_hub_address": SMART_HUB_ADDRESS,
        "user_is_depa_staff": is_depa_staff(getattr(request, "user", None)),
    }
