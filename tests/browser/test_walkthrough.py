"""A visitor's walk through the portal in headless Chromium, with axe-core on every page."""

import pytest

from .conftest import axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def site(live_server, live_demo):
    return live_demo


def check_page(tab, name: str, screenshots, updated: bool = True):
    violations = axe_violations(tab)
    assert violations == [], f"{name}: {violations}"
    width = tab.evaluate("document.documentElement.scrollWidth")
    viewport = tab.evaluate("document.documentElement.clientWidth")
    assert width <= viewport, f"{name}: horizontal scroll ({width} > {viewport})"
    if updated:
        assert "Cập nhật lần cuối" in tab.content() or "Last updated" in tab.content()
    if screenshots is not None:
        tab.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)


@pytest.fixture
def screenshots(tmp_path):
    """Full-page screenshots of the walk, kept under var/screenshots for a person to look at."""
    from django.conf import settings

    folder = settings.VAR_DIR / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_visitor_walks_home_news_article_search_documents_event(
    page, live_server, site, screenshots
):
    tab = page
    tab.goto(live_server.url + "/")
    assert tab.locator("html").get_attribute("lang") == "vi"
    check_page(tab, "home", screenshots)

    tab.get_by_role("navigation", name="Menu chính").get_by_role("link", name="Tin tức").click()
    tab.wait_for_load_state()
    assert tab.locator("h1").inner_text() == site["news"].title
    check_page(tab, "news", screenshots)

    tab.locator(".card__title a").first.click()
    tab.wait_for_load_state()
    check_page(tab, "article", screenshots)
    assert tab.locator(".share").is_visible()

    tab.locator("#site-search").fill("rang dong")
    tab.locator("#site-search").press("Enter")
    tab.wait_for_load_state()
    assert tab.locator("mark").count() >= 2
    assert "Rạng" in tab.locator("mark").first.inner_text()
    check_page(tab, "search", screenshots)

    tab.goto(live_server.url + site["library"].url)
    check_page(tab, "documents", screenshots)
    tab.get_by_label("Số, ký hiệu, trích yếu hoặc tóm tắt").fill("ke hoach 60")
    tab.get_by_role("button", name="Tìm kiếm").last.click()
    tab.wait_for_load_state()
    assert "60/KH-UBND" in tab.content()
    tab.get_by_role("link", name="60/KH-UBND").first.click()
    tab.wait_for_load_state()
    check_page(tab, "legal-document", screenshots)

    tab.goto(live_server.url + site["events"].url)
    check_page(tab, "events", screenshots)
    tab.locator(".event-card .card__title a").first.click()
    tab.wait_for_load_state()
    check_page(tab, "event", screenshots)

    tab.goto(live_server.url + site["standard"].url)
    check_page(tab, "programme-page", screenshots)
    tab.goto(live_server.url + site["contact"].url)
    check_page(tab, "contact", screenshots)
    tab.goto(live_server.url + "/en/")
    assert tab.locator("html").get_attribute("lang") == "en"
    check_page(tab, "home-en", screenshots)
    tab.goto(live_server.url + "/khong-ton-tai/")
    check_page(tab, "not-found", screenshots, updated=False)

    assert tab.outside_requests == [], "the site must make no outside request"


def test_pages_fit_a_360px_phone_and_keyboard_users_can_skip(browser, live_server, site):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    tab = context.new_page()
    for url in ("/", site["article"].url, site["library"].url, site["events"].url):
        tab.goto(live_server.url + url)
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"{url} scrolls sideways at 360 px ({width})"
    tab.goto(live_server.url + "/")
    tab.keyboard.press("Tab")
    focused = tab.evaluate("document.activeElement.textContent")
    assert "Bỏ qua" in focused  # the skip link comes first
    tab.keyboard.press("Enter")
    assert tab.evaluate("location.hash") == "#main"
    toggle = tab.get_by_role("button", name="Menu")
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    context.close()


def test_articles_print_without_navigation(browser, live_server, site):
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(live_server.url + site["article"].url)
    tab.emulate_media(media="print")
    assert not tab.locator(".main-nav").is_visible()
    assert not tab.locator(".share").is_visible()
    assert tab.locator("h1").is_visible()
    pdf = tab.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    context.close()
