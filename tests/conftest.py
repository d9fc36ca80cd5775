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
    from django.db import connection

    from portal.demo.builder import DemoBuilder
    from portal.search.indexing import rebuild

    with django_db_blocker.unblock():
        DemoBuilder().build()
        rebuild()
        # Transactional tests (marked serialized_rollback) start again from this state.
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()


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

    def newest(model, language="vi"):
        pages = model.objects.live().filter(locale__language_code=language)
        return pages.order_by("-date", "-first_published_at").first()

    return {
        "home": first(HomePage),
        "home_en": first(HomePage, "en"),
        "standard": first(StandardPage),
        "news": first(NewsIndexPage),
        "news_en": first(NewsIndexPage, "en"),
        "article": newest(ArticlePage),
        "article_en": newest(ArticlePage, "en"),
        "library": first(DocumentLibraryPage),
        "events": first(EventIndexPage),
        "event": first(EventPage),
        "contact": first(ContactPage),
    }
