"""Property-based fuzz of every public page type and form (Hypothesis): random query strings
on each page, random POSTs with and without a CSRF token on each form. No answer is ≥ 500."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st
from lxml import html as lxml_html

from .conftest import FUZZ_SETTINGS, count

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

#: The parameters the pages read, so that generated values reach the code that parses them.
KNOWN_KEYS = [
    "page", "per_page", "page_size", "year", "round", "sector", "area", "top10", "valid",
    "q", "sort", "lang", "fdi", "type", "issuer", "category", "tag", "month", "campaign",
    "format", "export", "next", "utm_source", "kind",
]  # fmt: skip
#: Values that broke pages before: digits that are not ASCII, huge numbers, odd signs.
ODD_VALUES = [
    "²", "١٢", "２０２５", "5" * 5000, "1_000", "-1", "0", "1e308", "nan", "inf", " 7",
    "0x10", "9" * 20, "2021,2023", "", "'", '"><script>', "%00", "../", "\u202e", "null",
]  # fmt: skip
TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)
VALUES = st.one_of(TEXT, st.sampled_from(ODD_VALUES), st.integers().map(str), st.floats().map(str))
KEYS = st.one_of(st.sampled_from(KNOWN_KEYS), TEXT)
QUERIES = st.lists(st.tuples(KEYS, VALUES), max_size=8)

PAGES = [
    "home", "home_en", "standard", "news", "news_en", "article", "article_en", "library",
    "document", "events", "event", "contact", "catalogue", "catalogue_en", "product",
    "enterprise", "round", "statistics", "export_csv", "export_json", "search", "search_en",
    "apply", "personal_link", "unsubscribe", "news_rss", "news_atom", "sitemap", "robots",
    "api_root", "api_products", "api_product", "api_enterprises", "api_enterprise",
    "api_rounds", "api_round", "api_sectors", "api_openapi",
]  # fmt: skip


def page_url(name: str) -> str:
    """The address of one public page type in the demo."""
    from django.utils import translation

    from cms.catalogue.models import CatalogueIndexPage, Enterprise, Product, Round
    from cms.pages.models import LegalDocument
    from tests.conftest import demo_site_pages

    pages = demo_site_pages()
    if name in pages:
        return pages[name].url
    catalogue = CatalogueIndexPage.objects.get(locale__language_code="vi")
    product = Product.objects.filter(recognitions__isnull=False).first()
    enterprise = Enterprise.objects.filter(products__recognitions__isnull=False).first()
    year = Round.objects.order_by("-year").values_list("year", flat=True).first()
    api = "/api/catalogue/v1"
    sub = {
        "product": ("product", product.slug),
        "enterprise": ("enterprise", enterprise.slug),
        "round": ("round", year),
        "statistics": ("statistics",),
        "export_csv": ("export_csv",),
        "export_json": ("export_json",),
    }
    if name in sub:
        return catalogue.sub_url(*sub[name])
    if name == "catalogue":
        return catalogue.url
    if name == "catalogue_en":
        return CatalogueIndexPage.objects.get(locale__language_code="en").url
    if name == "document":
        return pages["library"].url + f"{LegalDocument.objects.first().pk}/"
    language = "en" if name.endswith("_en") else "vi"
    with translation.override(language):
        named = {
            "search": reverse("search"),
            "search_en": reverse("search"),
            "apply": reverse("invitations:apply"),
            "personal_link": reverse("invitations:personal", args=["khong-co-ma-nay"]),
            "unsubscribe": reverse("notices:unsubscribe", args=["khong-co-ma-nay"]),
            "news_rss": reverse("news_rss"),
            "news_atom": reverse("news_atom"),
            "sitemap": reverse("sitemap"),
            "robots": reverse("robots"),
            "api_root": f"{api}/",
            "api_products": f"{api}/products/",
            "api_product": f"{api}/products/{product.slug}/",
            "api_enterprises": f"{api}/enterprises/",
            "api_enterprise": f"{api}/enterprises/{enterprise.slug}/",
            "api_rounds": f"{api}/rounds/",
            "api_round": f"{api}/rounds/{year}/",
            "api_sectors": f"{api}/sectors/",
            "api_openapi": f"{api}/openapi.json",
        }
    return named[name]


def fresh_client() -> Client:
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "no-such-session"  # past the anonymous page cache
    return client


@pytest.mark.parametrize("name", PAGES)
def test_random_query_strings_on_every_page_type(demo_site, name):
    url = page_url(name)
    client = fresh_client()
    expected = 404 if name in UNKNOWN_TOKENS else 200
    assert client.get(url).status_code == expected, url

    @given(QUERIES)
    @FUZZ_SETTINGS
    def check(pairs):
        response = client.get(f"{url}?{urlencode(pairs)}")
        count(response.status_code)
        assert response.status_code < 500, (url, pairs)

    check()


FORMS = ["contact", "apply", "unsubscribe", "search"]
#: Pages of a personal token: the fuzz uses one that does not exist.
UNKNOWN_TOKENS = {"personal_link", "unsubscribe"}


def form_fields(client: Client, url: str) -> tuple[list[str], str]:
    """The field names of the page's main form and its CSRF token ("" when it has none)."""
    response = client.get(url)
    assert response.status_code == (404 if "khong-co-ma-nay" in url else 200), url
    doc = lxml_html.fromstring(response.content)
    names = sorted({e.get("name") for e in doc.cssselect("main form [name]") if e.get("name")})
    token = next((e.get("value") for e in doc.cssselect("input[name=csrfmiddlewaretoken]")), "")
    return [n for n in names if n != "csrfmiddlewaretoken"], token


@pytest.mark.parametrize("name", FORMS)
def test_random_posts_to_every_public_form(demo_site, name, settings):
    url = page_url(name)
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    fields, token = form_fields(client, url)
    keys = st.one_of(st.sampled_from(fields or KNOWN_KEYS), TEXT)
    posts = st.tuples(
        st.dictionaries(keys, st.one_of(VALUES, st.lists(VALUES, max_size=3)), max_size=12),
        st.booleans(),
    )

    @given(posts)
    @FUZZ_SETTINGS
    def check(post):
        data, with_token = post
        if with_token and token:
            data = {**data, "csrfmiddlewaretoken": token}
        response = client.post(url, data)
        count(response.status_code)
        assert response.status_code < 500, (url, data)

    check()
