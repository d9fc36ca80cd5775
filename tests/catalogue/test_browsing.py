"""The public catalogue: facets and their counts, bad filter values, detail pages, English."""

from __future__ import annotations

import itertools
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import html as lxml_html

from cms.catalogue.filters import CatalogueFilter, reference
from cms.catalogue.models import Product, Recognition

pytestmark = pytest.mark.django_db

PUBLISHED_COUNTS = {  # products / enterprises per round, ../shared/data/spcncl-facts.md
    2018: (61, 36),
    2019: (30, 22),
    2020: (26, 19),
    2021: (46, 30),
    2022: (33, 25),
    2023: (33, 24),
    2024: (36, 25),
    2025: (35, 28),
}
TOP10_2021 = {
    "Đèn LED Rạng Đông",
    "Dây và cáp điện Cadisun",
    "Ống thép inox Sơn Hà",
    "Khóa thông minh Innoviti-s",
    "Phần mềm quản trị doanh nghiệp hợp nhất MISA AMIS",
    "Đá thạch anh cao cấp Vicostone",
    "Bình nước nóng ROSSI",
    "Dây cáp điện SINO-VANLOCK",
    "Cửa nhôm Eurowindow",
    "Tôn mạ VNSTELL Thăng Long",
}


def brute_force(sectors=(), years=(), areas=(), top10=False, valid=False) -> set[int]:
    """The products a filter should find, computed in Python from every recognition."""
    today = timezone.localdate()
    found = set()
    for product in Product.objects.select_related("enterprise").prefetch_related(
        "recognitions__round"
    ):
        if sectors and product.sector.slug not in sectors:
            continue
        if areas and (
            product.enterprise.former_district is None
            or product.enterprise.former_district.slug not in areas
        ):
            continue
        if any(
            (not years or r.round.year in years)
            and (not top10 or r.top10)
            and (not valid or r.valid_until >= today)
            for r in product.recognitions.all()
        ):
            found.add(product.pk)
    return found


def test_demo_rounds_have_the_published_counts(catalogue):
    for year, (products, firms) in PUBLISHED_COUNTS.items():
        rows = Recognition.objects.filter(round__year=year)
        assert rows.values("product").distinct().count() == products, year
        assert rows.values("product__enterprise").distinct().count() == firms, year
    top10 = Recognition.objects.filter(round__year=2021, top10=True)
    assert {r.product.name for r in top10} == TOP10_2021


@pytest.mark.parametrize(
    "chosen",
    [
        {},
        {"sector": ["co-khi", "dien-dien-tu"]},
        {"round": ["2021"], "top10": ["1"]},
        {"round": ["2019", "2022"], "area": ["dong-anh", "thach-that", "hoang-mai"]},
        {"sector": ["det-may"], "valid": ["1"], "round": ["2024", "2025"]},
        {"top10": ["1"], "valid": ["1"]},
    ],
)
def test_facet_counts_match_what_choosing_the_value_finds(catalogue, chosen):
    ref = reference()
    found = CatalogueFilter.from_params(chosen, ref)
    assert not found.ignored
    counts = found.facet_counts()
    base = {
        "sectors": set(chosen.get("sector", [])),
        "years": {int(y) for y in chosen.get("round", [])},
        "areas": set(chosen.get("area", [])),
        "top10": bool(chosen.get("top10")),
        "valid": bool(chosen.get("valid")),
    }
    assert set(found.products().values_list("pk", flat=True)) == brute_force(**base)
    for option in ref.sectors:
        expected = brute_force(**{**base, "sectors": {option.key}})
        assert counts["sector"].get(option.pk, 0) == len(expected), option.key
    for year in ref.years:
        expected = brute_force(**{**base, "years": {year}})
        assert counts["round"].get(year, 0) == len(expected), year
    for option in ref.areas[:10]:
        expected = brute_force(**{**base, "areas": {option.key}})
        assert counts["area"].get(option.pk, 0) == len(expected), option.key
    assert counts["top10"] == len(brute_force(**{**base, "top10": True}))
    assert counts["valid"] == len(brute_force(**{**base, "valid": True}))


def test_round_and_top10_describe_one_recognition(catalogue, fresh_client):
    response = fresh_client.get(catalogue.url, {"round": "2021", "top10": "1", "per_page": "48"})
    doc = lxml_html.fromstring(response.content)
    names = {a.text_content().strip() for a in doc.cssselect(".product-card .card__title a")}
    assert names == TOP10_2021


def test_index_lists_filters_and_keeps_state_in_the_url(catalogue, fresh_client):
    response = fresh_client.get(catalogue.url, {"sector": "co-khi", "round": "2023"})
    assert response.status_code == 200
    doc = lxml_html.fromstring(response.content)
    assert doc.cssselect('input[name="sector"][value="co-khi"][checked]')
    assert doc.cssselect('input[name="round"][value="2023"][checked]')
    status = doc.cssselect(".result-count")[0].text_content()
    assert re.search(r"\b10 sản phẩm\b", status), status  # ten cơ khí products in 2023
    export = doc.cssselect(".downloads a")[0].get("href")
    assert "sector=co-khi" in export and "round=2023" in export


@pytest.mark.parametrize(
    "query",
    [
        {"sector": "khong-co", "round": "19x9"},
        {"round": "1999", "per_page": "100000", "sort": "drop table"},
        {"area": "<script>", "top10": "maybe", "page": "-3"},
        {"page": "99999"},
        {"q": "x" * 5000},
        {"sector": ["co-khi"] * 100},
    ],
)
def test_malformed_filter_values_are_ignored_with_a_notice(catalogue, fresh_client, query):
    response = fresh_client.get(catalogue.url, query)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>" not in body.split("<main", 1)[-1]
    if "page" not in query or len(query) > 1:
        assert "đã được bỏ qua" in body


def test_index_query_count_does_not_grow_with_page_size(catalogue, fresh_client):
    filters = {"sector": ["co-khi", "dien-dien-tu"], "round": "2021", "valid": "1"}

    def queries(per_page: int) -> int:
        fresh_client.get(catalogue.url, {**filters, "per_page": per_page})
        with CaptureQueriesContext(connection) as captured:
            response = fresh_client.get(catalogue.url, {**filters, "per_page": per_page})
        assert response.status_code == 200
        return len(captured)

    assert queries(12) == queries(48) <= 20


def test_product_page_shows_gallery_history_firm_and_json_ld(catalogue, fresh_client):
    product = Product.objects.get(name="Đèn LED Rạng Đông")
    url = catalogue.sub_url("product", product.slug)
    response = fresh_client.get(url)
    assert response.status_code == 200
    doc = lxml_html.fromstring(response.content)
    assert doc.cssselect("h1")[0].text_content().strip() == "Đèn LED Rạng Đông"
    assert "TOP 10" in doc.cssselect(".badges")[0].text_content()
    ld = next(
        json.loads(s.text)
        for s in doc.cssselect('script[type="application/ld+json"]')
        if '"Product"' in s.text
    )
    assert ld["@type"] == "Product" and ld["name"] == "Đèn LED Rạng Đông"
    assert ld["manufacturer"]["@type"] == "Organization"
    assert any("2021" in award for award in ld["award"])
    assert not product.illustrative and not doc.cssselect(".notice--demo")
    firm_link = doc.cssselect(".lead a")[0].get("href")
    assert fresh_client.get(firm_link).status_code == 200
    canonical = doc.cssselect('link[rel="canonical"]')[0].get("href")
    assert canonical.endswith(url)


def test_illustrative_records_say_so(catalogue, fresh_client):
    product = Product.objects.filter(illustrative=True).first()
    body = fresh_client.get(catalogue.sub_url("product", product.slug)).content.decode()
    assert "notice--demo" in body and "không có thật" in body


def test_enterprise_page_lists_products_history_and_organization(catalogue, fresh_client):
    firm = Product.objects.filter(illustrative=True).first().enterprise
    response = fresh_client.get(catalogue.sub_url("enterprise", firm.slug))
    doc = lxml_html.fromstring(response.content)
    ld = json.loads(doc.cssselect('script[type="application/ld+json"]')[0].text)
    assert ld["@type"] == "Organization" and ld["name"] == firm.name
    cards = doc.cssselect(".product-card")
    assert len(cards) == firm.products.filter(recognitions__isnull=False).distinct().count()
    if firm.phone:
        assert doc.cssselect('a[href^="tel:"]')


def test_round_page_shows_decision_and_top10(catalogue, fresh_client):
    response = fresh_client.get(catalogue.sub_url("round", 2021))
    doc = lxml_html.fromstring(response.content)
    text = doc.text_content()
    assert "5012/QĐ-UBND" in text and "26/11/2021" in text
    top10 = [li.cssselect("a")[0].text_content() for li in doc.cssselect(".top10-list li")]
    assert set(top10) == TOP10_2021
    assert "46 sản phẩm của 30 doanh nghiệp" in text
    assert fresh_client.get(catalogue.sub_url("round", 1990)).status_code == 404


def test_statistics_draws_charts_from_the_table_without_scripts(catalogue, fresh_client):
    response = fresh_client.get(catalogue.sub_url("statistics"))
    doc = lxml_html.fromstring(response.content)
    rows = {
        int(tr.cssselect("th")[0].text_content()): [
            int(td.text_content()) for td in tr.cssselect("td")
        ]
        for tr in doc.cssselect(".stats-block")[0].cssselect("tbody tr")
    }
    for year, (products, firms) in PUBLISHED_COUNTS.items():
        assert rows[year][:2] == [products, firms]
    svg = doc.cssselect("svg[role=img]")[0]
    values = [int(t.text) for t in svg.cssselect("text.chart__value")]
    assert values[:2] == [61, 36]
    assert not [s for s in doc.cssselect("script[src]") if "//" in s.get("src", "")]


def test_english_catalogue_uses_english_fields_and_addresses(catalogue_en, fresh_client):
    product = Product.objects.exclude(name_en="").filter(recognitions__isnull=False).first()
    url = catalogue_en.sub_url("product", product.slug)
    assert "/products/" in url and "/san-pham/" not in url
    response = fresh_client.get(url)
    body = response.content.decode()
    assert product.name_en in body
    assert "Recognition history" in body
    listing = fresh_client.get(catalogue_en.url).content.decode()
    assert "Apply filters" in listing and "Mechanical engineering" in listing


def test_language_switcher_points_at_the_same_record(catalogue, fresh_client):
    product = Product.objects.filter(recognitions__isnull=False).first()
    doc = lxml_html.fromstring(fresh_client.get(catalogue.sub_url("product", product.slug)).content)
    english = doc.cssselect('.language-switcher a[hreflang="en"]')[0].get("href")
    assert english.endswith(f"/products/{product.slug}/")


def test_unknown_records_are_404(catalogue, fresh_client):
    for kind in ("product", "enterprise"):
        assert fresh_client.get(catalogue.sub_url(kind, "khong-ton-tai")).status_code == 404


def test_home_page_shows_featured_and_top10(demo_site, fresh_client):
    doc = lxml_html.fromstring(fresh_client.get(demo_site["home"].url).content)
    section = doc.cssselect(".home-catalogue")[0]
    assert section.cssselect(".product-card")
    assert len(section.cssselect(".top10-list li")) == 10


def test_catalogue_in_site_search_and_sitemap(catalogue, fresh_client):
    from portal.search.query import parse_query, search

    for query in ("den led rang dong", "Đèn LED Rạng Đông", "DEN LED RANG DONG"):
        hits = search(parse_query(query), "vi")
        assert hits and hits[0].entry.title == "Đèn LED Rạng Đông", query
    product = Product.objects.get(name="Đèn LED Rạng Đông")
    sitemap = fresh_client.get("/sitemap.xml").content.decode()
    assert catalogue.sub_url("product", product.slug) in sitemap
    assert catalogue.sub_url("enterprise", product.enterprise.slug) in sitemap


def test_every_combination_of_two_facets_renders(catalogue, fresh_client):
    samples = {
        "sector": "vat-lieu",
        "round": "2020",
        "area": "gia-lam",
        "top10": "1",
        "valid": "1",
        "q": "may",
    }
    for first, second in itertools.combinations(samples, 2):
        params = {first: samples[first], second: samples[second]}
        assert fresh_client.get(catalogue.url, params).status_code == 200, params
