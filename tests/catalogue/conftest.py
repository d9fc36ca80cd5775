"""Shared helpers for the catalogue tests: the demo catalogue pages and uncached requests."""

from __future__ import annotations

import pytest


@pytest.fixture
def catalogue(demo_site):
    from cms.catalogue.models import CatalogueIndexPage

    return CatalogueIndexPage.objects.get(locale__language_code="vi")


@pytest.fixture
def catalogue_en(demo_site):
    from cms.catalogue.models import CatalogueIndexPage

    return CatalogueIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def fresh_client(client):
    """A client the anonymous page cache does not answer (a session cookie bypasses it)."""
    client.cookies["sessionid"] = "no-such-session"
    return client
