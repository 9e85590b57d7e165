"""sitemap.xml: public pages only, in Thai (unprefixed) and English (/en/), with alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from events import selectors as event_selectors
from members import selectors as member_selectors
from startups import selectors as startup_selectors


class _Bilingual(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PagesSitemap(_Bilingual):
    changefreq = "daily"
    priority = 0.8
    names = [
        "home",
        "startups:directory",
        "events:calendar",
        "coworking:grid",
        "members:directory",
        "insights:ecosystem",
        "insights:api_docs",
    ]

    def items(self):
        return self.names

    def location(self, item):
        return reverse(item)


class StartupsSitemap(_Bilingual):
    changefreq = "weekly"

    def items(self):
        return startup_selectors.startup_directory().order_by("-approved_at", "-pk")

    def lastmod(self, item):
        return item.approved_at


class EventsSitemap(_Bilingual):
    changefreq = "weekly"

    def items(self):
        return event_selectors.feed_events().only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class MembersSitemap(_Bilingual):
    """Public profiles only: the same filter the member directory uses."""

    changefreq = "monthly"
    priority = 0.3

    def items(self):
        return member_selectors.member_directory().prefetch_related(None).order_by("pk")

    def location(self, item):
        return reverse("members:person", kwargs={"pk": item.pk})


SITEMAPS = {
    "pages": PagesSitemap,
    "startups": StartupsSitemap,
    "events": EventsSitemap,
    "members": MembersSitemap,
}
