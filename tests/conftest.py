"""Fixtures shared by the whole suite."""

from __future__ import annotations

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo portal once into the fresh test database; each test rolls back its own
    changes. Transactional tests empty the tables afterwards and rebuild what they need."""
    from portal.demo.builder import DemoBuilder
    from portal.search.indexing import rebuild

    with django_db_blocker.unblock():
        DemoBuilder().build()
        rebuild()


@pytest.fixture
def demo_site(db):
    """The full demo portal, as `manage.py demo_content` builds it."""
    return demo_site_pages()


def demo_site_pages():
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

    def first(model, language="vi", **filters):
        return model.objects.filter(locale__language_code=language, **filters).first()

    return {
        "home": first(HomePage),
        "home_en": first(HomePage, "en"),
        "standard": first(StandardPage),
        "news": first(NewsIndexPage),
        "news_en": first(NewsIndexPage, "en"),
        "article": first(ArticlePage, live=True),
        "article_en": first(ArticlePage, "en", live=True),
        "library": first(DocumentLibraryPage),
        "events": first(EventIndexPage),
        "event": first(EventPage),
        "contact": first(ContactPage),
    }
