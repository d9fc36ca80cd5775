"""RSS and Atom feeds of the news, in the language of the address they are asked at."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from cms.pages.models import ArticlePage

FEED_LENGTH = 30


class NewsRssFeed(Feed):
    description = _("News of the Hanoi key industrial products programme")

    def title(self):
        return _("SPCNCL Hà Nội: news")

    def link(self):
        return reverse("search").rsplit("/", 2)[0] + "/"

    def feed_url(self):
        return reverse("news_rss")

    def items(self):
        language = translation.get_language() or "vi"
        return (
            ArticlePage.objects.live()
            .public()
            .filter(locale__language_code=language)
            .select_related("category")
            .order_by("-date", "-first_published_at")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url()

    def item_pubdate(self, item):
        return item.first_published_at or timezone.now()

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item):
        return [item.category.display_name] if item.category else []

    def item_guid(self, item):
        return f"article-{item.translation_key}-{item.locale.language_code}"

    item_guid_is_permalink = False


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description

    def feed_url(self):
        return reverse("news_atom")
