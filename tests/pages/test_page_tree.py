"""The page tree editors cannot break: who may live under whom."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cms.catalogue.models import CatalogueIndexPage
from cms.pages.models import (
    ArticlePage,
    ContactPage,
    DocumentLibraryPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
    StandardPage,
)


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                NewsIndexPage,
                DocumentLibraryPage,
                EventIndexPage,
                ContactPage,
                CatalogueIndexPage,
            },
        )
        self.assertAllowedSubpageTypes(CatalogueIndexPage, set())

    def test_articles_live_only_in_a_news_index(self):
        self.assertAllowedParentPageTypes(ArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {ArticlePage})
        self.assertAllowedSubpageTypes(ArticlePage, set())

    def test_events_live_only_in_an_event_index(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_programme_pages_nest(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanNotCreateAt(NewsIndexPage, StandardPage)
        self.assertCanCreateAt(HomePage, ContactPage)
        self.assertCanNotCreateAt(StandardPage, ContactPage)
        self.assertAllowedSubpageTypes(ContactPage, set())
        self.assertAllowedSubpageTypes(DocumentLibraryPage, set())
