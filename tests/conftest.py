"""Fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.cache import cache

pytest_plugins = ["tests.fakes.fixtures"]


def pytest_configure(config):
    """An interrupted run can leave the SQLite test database's WAL files behind; a new test
    database next to stale -wal/-shm files fails with "disk I/O error"."""
    from django.conf import settings

    name = settings.DATABASES["default"].get("TEST", {}).get("NAME")
    if name and settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{name}{suffix}").unlink(missing_ok=True)


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _force_login_passes_two_factor(monkeypatch):
    """`client.force_login(user)` signs a staff member in as far as the admin: for users who
    must use two factors the session is also verified (tests/signin.py), so tests of other
    features need not type codes. Two-factor itself is tested through the real forms."""
    from django.test import Client

    from tests.signin import pass_two_factor

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        pass_two_factor(self, user)

    monkeypatch.setattr(Client, "force_login", force_login)


_SNAPSHOT: dict[str, str] = {}


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
        # Transactional tests empty every table when they end; `live_demo` restores this.
        _SNAPSHOT["data"] = _contenttypes_first(connection.creation.serialize_db_to_string())


def _contenttypes_first(data: str) -> str:
    """Signal handlers of raw saves look content types up (and create them when missing), so
    content types and permissions must be loaded before everything else."""
    import json

    rows = json.loads(data)
    order = {"contenttypes.contenttype": 0, "auth.permission": 1}
    rows.sort(key=lambda row: order.get(row["model"], 2))
    return json.dumps(rows)


@pytest.fixture
def live_demo(transactional_db):
    """The demo portal for tests whose data must be committed (live server, worker process).

    An earlier transactional test may have emptied the tables; then the snapshot taken after
    the demo was built is loaded again (sequences reset so new rows get fresh ids).
    """
    from django.apps import apps
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection
    from wagtail.models import Page

    if not Page.objects.filter(depth=1).exists():
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(_SNAPSHOT["data"])
        models = [m for config in apps.get_app_configs() for m in config.get_models()]
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)
        cache.clear()
    return demo_site_pages()


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
