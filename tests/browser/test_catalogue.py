"""A citizen browses the catalogue in headless Chromium: filters, searches without
diacritics, opens a product, downloads the list; axe-core checks every page."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from .conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def catalogue(live_server, live_demo):
    from cms.catalogue.models import CatalogueIndexPage

    return {
        language: CatalogueIndexPage.objects.get(locale__language_code=language)
        for language in ("vi", "en")
    }


def check(tab, name: str) -> None:
    violations = axe_violations(tab)
    assert violations == [], f"{name}: {violations}"
    width = tab.evaluate("document.documentElement.scrollWidth")
    viewport = tab.evaluate("document.documentElement.clientWidth")
    assert width <= viewport, f"{name}: horizontal scroll ({width} > {viewport})"
    assert tab.outside_requests == [], f"{name}: {tab.outside_requests}"


def test_citizen_filters_searches_opens_and_downloads(page, live_server, catalogue):
    tab = page
    tab.goto(live_server.url + catalogue["vi"].url)
    check(tab, "catalogue")
    total = tab.locator(".result-count").inner_text()

    tab.get_by_label("Cơ khí, chế tạo").check()
    tab.get_by_role("checkbox", name="2021").check()
    tab.get_by_role("button", name="Lọc").click()
    tab.wait_for_load_state()
    query = parse_qs(urlparse(tab.url).query)
    assert query["sector"] == ["co-khi"] and query["round"] == ["2021"]
    assert tab.locator(".result-count").inner_text() != total
    assert tab.get_by_label("Cơ khí, chế tạo").is_checked()
    check(tab, "catalogue-filtered")

    tab.get_by_role("link", name="Xóa bộ lọc").click()
    tab.get_by_label("Sản phẩm hoặc doanh nghiệp").fill("den led rang dong")
    tab.get_by_role("button", name="Lọc").click()
    tab.wait_for_load_state()
    tab.get_by_role("link", name="Đèn LED Rạng Đông").first.click()
    tab.wait_for_load_state()
    assert tab.locator("h1").inner_text() == "Đèn LED Rạng Đông"
    check(tab, "product")

    tab.go_back()
    tab.wait_for_load_state()
    with tab.expect_download() as info:
        tab.get_by_role("link", name="CSV").click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["Đèn LED Rạng Đông"]


@pytest.mark.parametrize(
    "kind",
    ["statistics", "round", "enterprise", "english", "english-product", "phone"],
)
def test_catalogue_pages_pass_axe(page, live_server, catalogue, kind):
    from cms.catalogue.models import Product

    product = Product.objects.get(name="Đèn LED Rạng Đông")
    urls = {
        "statistics": catalogue["vi"].sub_url("statistics"),
        "round": catalogue["vi"].sub_url("round", 2021),
        "enterprise": catalogue["vi"].sub_url("enterprise", product.enterprise.slug),
        "english": catalogue["en"].url + "?sector=cntt",
        "english-product": catalogue["en"].sub_url("product", product.slug),
        "phone": catalogue["vi"].url,
    }
    if kind == "phone":
        page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + urls[kind])
    check(page, kind)
    if kind.startswith("english"):
        assert page.locator("html").get_attribute("lang") == "en"
