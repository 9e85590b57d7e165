"""Atom feeds of newly approved startups and upcoming events, in the reader's language."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from events import selectors as event_selectors
from startups import selectors as startup_selectors

FEED_LENGTH = 30


class NewStartupsFeed(Feed):
    feed_type = Atom1Feed
    title = _("New startups in Udon Thani")
    subtitle = _("Startups newly approved for the Smart Udon directory.")

    def link(self):
        return reverse("startups:directory")

    def items(self):
        return startup_selectors.startup_newest_approved(limit=FEED_LENGTH)

    def item_title(self, item):
        return item.name

    def item_description(self, item):
        return item.tagline

    def item_pubdate(self, item):
        return item.approved_at

    def item_updateddate(self, item):
        return item.approved_at

    def item_categories(self, item):
        return [item.get_sector_display()]


class UpcomingEventsFeed(Feed):
    feed_type = Atom1Feed
    title = _("Upcoming events in the Smart Udon ecosystem")
    subtitle = _("Brainstorms, workshops and meetups that have not ended yet.")

    def link(self):
        return reverse("events:calendar")

    def items(self):
        return event_selectors.feed_events()[:FEED_LENGTH]

    def item_title(self, item):
        if item.is_cancelled:  # the calendar keeps cancelled events, marked; so does the feed
            return f"{item.title} ({item.get_status_display()})"
        return item.title

    def item_description(self, item):
        return item.description[:500]

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.get_kind_display()]
