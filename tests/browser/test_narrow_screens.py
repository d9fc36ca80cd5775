"""The public pages on the narrowest phones (320, 360 and 390 px) in headless Chromium: nothing
scrolls sideways and the header's search box stays on screen and usable; at 1280 px the box
keeps its place beside the emblem."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE_WIDTHS = (320, 360, 390)


@pytest.fixture
def public_urls(live_server, live_demo) -> dict[str, str]:
    """The main public pages of the demo site, one of each kind."""
    from cms.catalogue.models import CatalogueIndexPage, Product

    catalogue = CatalogueIndexPage.objects.get(locale__language_code="vi")
    product = Product.objects.get(name="Đèn LED Rạng Đông")
    with translation.override("vi"):
        search = reverse("search") + "?q=rang+dong"
    return {
        "home": live_demo["home"].url,
        "news": live_demo["news"].url,
        "article": live_demo["article"].url,
        "catalogue": catalogue.url,
        "product": catalogue.sub_url("product", product.slug),
        "enterprise": catalogue.sub_url("enterprise", product.enterprise.slug),
        "documents": live_demo["library"].url,
        "events": live_demo["events"].url,
        "contact": live_demo["contact"].url,
        "search": search,
        "home-en": live_demo["home_en"].url,
    }


def box(tab, selector: str) -> dict:
    return tab.locator(selector).bounding_box()


def assert_fits(tab, name: str, width: int) -> None:
    scroll_width = tab.evaluate("document.documentElement.scrollWidth")
    inner_width = tab.evaluate("window.innerWidth")
    assert scroll_width <= inner_width, f"{name} scrolls sideways at {width} px ({scroll_width})"
    for selector in ("#site-search", ".site-header .search-form button"):
        assert tab.locator(selector).is_visible(), f"{name} at {width} px: {selector} hidden"
        found = box(tab, selector)
        assert found["x"] >= 0 and found["x"] + found["width"] <= inner_width, (
            f"{name} at {width} px: {selector} sticks out ({found})"
        )
    # Wide enough to read what one types, not squeezed to a sliver.
    assert box(tab, "#site-search")["width"] >= 120, f"{name} at {width} px: search too narrow"


def test_public_pages_fit_narrow_phones_with_a_usable_search_box(browser, live_server, public_urls):
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="vi-VN")
    tab = context.new_page()
    try:
        for width in PHONE_WIDTHS:
            tab.set_viewport_size({"width": width, "height": 640})
            for name, url in public_urls.items():
                response = tab.goto(live_server.url + url)
                assert response.status == 200, f"{name}: {response.status}"
                assert_fits(tab, name, width)

        # At the narrowest the box takes keyboard focus and its button sends the search.
        tab.set_viewport_size({"width": 320, "height": 640})
        tab.goto(live_server.url + public_urls["home"])
        search = tab.locator("#site-search")
        search.focus()
        assert tab.evaluate("document.activeElement.id") == "site-search"
        search.fill("rang dong")
        tab.locator(".site-header .search-form button").click()
        tab.wait_for_load_state()
        assert "q=rang+dong" in tab.url
        assert "Rạng" in tab.locator("mark").first.inner_text()
        assert_fits(tab, "search after typing", 320)
    finally:
        context.close()


def test_on_a_desktop_the_search_box_stays_beside_the_emblem(browser, live_server, public_urls):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    tab = context.new_page()
    try:
        for name in ("home", "catalogue", "home-en"):
            tab.goto(live_server.url + public_urls[name])
            brand, search = box(tab, ".brand"), box(tab, "#site-search")
            middle = search["y"] + search["height"] / 2
            assert brand["y"] <= middle <= brand["y"] + brand["height"], f"{name}: {search}"
            assert search["x"] > brand["x"] + brand["width"], f"{name}: not beside the emblem"
            assert search["width"] >= 200, f"{name}: search box shrank on a desktop"
    finally:
        context.close()
