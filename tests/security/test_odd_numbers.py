"""Odd numbers in query strings: "²" passes `str.isdigit()` and fails `int()`, and a
5,000-digit number passes both. Every page and API answer reads them as "not a number"."""

from __future__ import annotations

import pytest

from cms.core.numbers import parse_int

pytestmark = pytest.mark.django_db

API = "/api/catalogue/v1"
ODD = ["²", "١٢", "²⁰²⁵", "5" * 5000, "1_000", " 7", "-1", "1e3", "0x10", "２０２５", "\u0660"]


@pytest.mark.parametrize("text", ODD)
def test_parse_int_reads_ascii_digits_only(text):
    assert parse_int(text) is None


def test_parse_int_bounds():
    assert parse_int("2025", minimum=1990, maximum=2100) == 2025
    assert parse_int("1989", minimum=1990) is None
    assert parse_int("2101", maximum=2100) is None
    assert parse_int("0" * 18) == 0 and parse_int("1" * 19) is None
    assert parse_int(True) is None and parse_int(None) is None and parse_int(12) == 12


@pytest.fixture
def fresh_client(client):
    client.cookies["sessionid"] = "no-such-session"  # past the anonymous page cache
    return client


def _public_urls() -> list[tuple[str, str]]:
    from cms.catalogue.models import CatalogueIndexPage
    from cms.pages.models import DocumentLibraryPage, NewsIndexPage

    catalogue_vi = CatalogueIndexPage.objects.get(locale__language_code="vi").url
    catalogue_en = CatalogueIndexPage.objects.get(locale__language_code="en").url
    news = NewsIndexPage.objects.live().first().url
    library = DocumentLibraryPage.objects.live().first().url
    return [
        (catalogue_vi, "round"),
        (catalogue_vi, "per_page"),
        (catalogue_vi, "page"),
        (catalogue_en, "round"),
        (news, "year"),
        (news, "page"),
        (library, "year"),
        (f"{API}/products/", "page"),
        (f"{API}/products/", "page_size"),
        (f"{API}/products/", "round"),
        (f"{API}/enterprises/", "page"),
        (f"{API}/enterprises/", "page_size"),
    ]


@pytest.mark.parametrize("value", ODD)
def test_odd_numbers_in_query_strings_never_fail(demo_site, fresh_client, value):
    for url, name in _public_urls():
        response = fresh_client.get(url, {name: value})
        assert response.status_code == 200, (url, name, response.status_code)


def test_the_api_lists_an_odd_page_size_as_ignored(demo_site, fresh_client):
    data = fresh_client.get(f"{API}/products/", {"page_size": "²", "page": "9" * 5000}).json()
    assert data["page"] == 1 and data["page_size"] == 24
    assert {item["parameter"] for item in data["ignored"]} == {"page", "page_size"}


@pytest.mark.parametrize(
    "path",
    ["/nothing/", "/products/no-such-product/", "/rounds/1999/", "/rounds/" + "9" * 300 + "/"],
)
def test_api_not_found_is_json(demo_site, fresh_client, path):
    response = fresh_client.get(API + path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["status"] == 404


def test_api_bad_query_string_is_json(demo_site, fresh_client):
    response = fresh_client.get(f"{API}/products/?q=%FF%FE")
    assert response.status_code == 400
    assert response.json()["error"]["status"] == 400


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_api_refuses_writes_with_405_and_allow(demo_site, client, method):
    """Not the CSRF page: the API only reads, and says so in JSON."""
    client.handler.enforce_csrf_checks = True
    response = getattr(client, method)(
        f"{API}/products/", data="{}", content_type="application/json"
    )
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response.json()["error"]["status"] == 405


def test_api_answers_head_and_options(demo_site, fresh_client):
    assert fresh_client.head(f"{API}/sectors/").status_code == 200
    response = fresh_client.options(f"{API}/sectors/")
    assert response.status_code == 204 and response["Allow"] == "GET, HEAD, OPTIONS"


def test_the_document_lists_every_status_and_says_what_is_ignored(demo_site, fresh_client):
    from cms.catalogue.openapi import IGNORED_NOTE

    document = fresh_client.get(f"{API}/openapi.json").json()
    for path, item in document["paths"].items():
        responses = item["get"]["responses"]
        assert "400" in responses, path
        assert ("404" in responses) == ("{" in path), path
        for parameter in item["get"].get("parameters", []):
            schema = parameter["schema"]
            constrained = {"enum", "minimum", "maximum", "maxLength"} & set(schema)
            if parameter["in"] == "query" and constrained and parameter["name"] != "lang":
                assert parameter["description"].endswith(IGNORED_NOTE), parameter["name"]
    assert "405" in document["info"]["description"]


def test_huge_numbers_in_public_paths_are_not_found(demo_site, fresh_client):
    """`<int:…>` takes any run of digits; Django (≥ 5.0) answers a lookup past the database
    integer's range with no rows, so these stay 404 (a regression guard, not a fix)."""
    from cms.catalogue.models import CatalogueIndexPage

    catalogue = CatalogueIndexPage.objects.get(locale__language_code="vi")
    huge = "9" * 40
    for url in (
        f"{catalogue.url}dot/{huge}/",
        f"{demo_site['library'].url}{huge}/",
        f"{API}/rounds/{huge}/",
    ):
        assert fresh_client.get(url).status_code == 404, url
