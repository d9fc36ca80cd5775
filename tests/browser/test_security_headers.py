"""The Content-Security-Policy in a real browser: every public page type and the admin's main
pages (page editor with its live preview, snippet listings, catalogue admin, press calendar,
notices composer) run without a single violation, and axe-core stays clean on the public pages
and our own admin pages. The `page` fixture fails the test on any violation it hears of."""

from __future__ import annotations

import pytest
from django.urls import reverse

from .conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

#: Wagtail fades its messages in; axe measures colours as they are at that instant.
TRANSITIONS_DONE = """() => document.getAnimations().every(
    (a) => a.playState !== "running" || a.effect.getComputedTiming().activeDuration > 2000)"""


def settle(tab) -> None:
    tab.wait_for_load_state("load")
    tab.wait_for_function(TRANSITIONS_DONE)


def check(tab, name: str, axe: bool = True) -> None:
    settle(tab)
    assert tab.csp_violations == [], f"{name}: {tab.csp_violations}"
    if axe:
        violations = axe_violations(tab)
        assert violations == [], f"{name}: {violations}"


def test_public_pages_run_under_the_strict_policy(page, live_server, live_demo):
    from cms.catalogue.models import CatalogueIndexPage, Enterprise, Product, Round

    site = live_demo
    catalogue = CatalogueIndexPage.objects.get(locale__language_code="vi")
    urls = {
        "home": "/",
        "home_en": "/en/",
        "standard": site["standard"].url,
        "news": site["news"].url,
        "article": site["article"].url,
        "library": site["library"].url,
        "events": site["events"].url,
        "event": site["event"].url,
        "contact": site["contact"].url,
        "catalogue": catalogue.url,
        "product": catalogue.sub_url("product", Product.objects.first().slug),
        "enterprise": catalogue.sub_url("enterprise", Enterprise.objects.first().slug),
        "round": catalogue.sub_url("round", Round.objects.order_by("-year").first().year),
        "statistics": catalogue.sub_url("statistics"),  # inline SVG charts
        "search": reverse("search") + "?q=c%C6%A1+kh%C3%AD",
        "application": reverse("invitations:apply"),
        "not found": "/khong-ton-tai/",
    }
    for name, url in urls.items():
        response = page.goto(live_server.url + url)
        assert "script-src 'self';" in response.headers["content-security-policy"], name
        check(page, name)
    # The scripts still work: the menu toggle (site.js) opens the menu on a narrow screen.
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(live_server.url + "/")
    toggle = page.locator(".main-nav__toggle")
    if toggle.is_visible():
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true"
    check(page, "home, narrow", axe=False)


@pytest.fixture
def admin_tab(page, live_server, live_demo, client, django_user_model):
    user = django_user_model.objects.create_superuser("quantri", "quantri@example.vn", "x")
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.demo = live_demo
    return page


def test_admin_login_page_runs_under_the_strict_policy(page, live_server, live_demo):
    response = page.goto(live_server.url + reverse("wagtailadmin_login"))
    assert "script-src 'self';" in response.headers["content-security-policy"]
    check(page, "login", axe=False)
    page.fill("#id_username", "nobody")
    page.fill("#id_password", "wrong")
    page.click("button[type=submit]")
    check(page, "login refused", axe=False)


def test_admin_main_pages_run_under_the_admin_policy(admin_tab, live_server):
    from cms.catalogue.models import Product
    from outreach.press.models import CalendarItem

    tab = admin_tab
    article = tab.demo["article"]

    tab.goto(live_server.url + reverse("wagtailadmin_home"))
    check(tab, "dashboard", axe=False)

    # The page editor, with the live preview rendered by the public templates in its iframe.
    tab.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[article.pk]))
    check(tab, "page editor", axe=False)
    tab.click("button[data-side-panel-toggle='preview']")
    frame = tab.frame_locator("#w-preview-iframe")
    frame.locator("main h1").wait_for()
    assert article.title in frame.locator("main h1").inner_text()
    check(tab, "page preview", axe=False)

    for name, url in {
        "snippet list": reverse("wagtailsnippets_catalogue_product:list"),
        "product editor": reverse(
            "wagtailsnippets_catalogue_product:edit", args=[Product.objects.first().pk]
        ),
        "enterprise list": reverse("wagtailsnippets_catalogue_enterprise:list"),
        "images": reverse("wagtailimages:index"),
        "campaign board": reverse("campaign_board:board"),
        "press calendar item": reverse(
            "wagtailsnippets_press_calendaritem:edit", args=[CalendarItem.objects.first().pk]
        ),
    }.items():
        tab.goto(live_server.url + url)
        check(tab, name, axe=False)

    # Our own admin pages, where axe must stay clean as well.
    for name, url in {
        "catalogue import": reverse("catalogue_import:upload"),
        "printable catalogue": reverse("catalogue_print:index"),
        "press calendar": reverse("press_calendar:month"),
        "press board": reverse("press_board:index"),
        "notices composer": reverse("wagtailsnippets_notices_notice:add"),
    }.items():
        tab.goto(live_server.url + url)
        check(tab, name)
    # Dragging an item on the calendar runs under the same guard in test_press_calendar.py.


def test_the_guard_hears_inline_script_and_style(page, live_server):
    """The `page` fixture's recorder catches what the policy blocks in served markup (a page the
    test serves itself under the public policy), so a clean run above means something."""
    from django.conf import settings

    from portal.middleware import ContentSecurityPolicyMiddleware  # noqa: F401 (the policy)

    header = "; ".join(
        f"{name} {' '.join(sources) if isinstance(sources, list) else sources}"
        for name, sources in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].items()
    )
    markup = (
        "<!DOCTYPE html><html lang='vi'><head><title>x</title>\n"
        "<style>body { color: red }</style></head>\n"
        "<body><p style='color: blue'>x</p>\n<script>document.title = 'ran';</script></body></html>"
    )
    url = live_server.url + "/csp-guard-self-test/"
    page.route(
        url,
        lambda route: route.fulfill(
            status=200,
            body=markup,
            headers={"Content-Type": "text/html", "Content-Security-Policy": header},
        ),
    )
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert page.title() == "x"
    directives = {violation["directive"] for violation in page.csp_violations}
    assert {"script-src-elem", "style-src-elem", "style-src-attr"} <= directives
    assert all(violation["source"] for violation in page.csp_violations)
    page.csp_violations.clear()  # heard; the fixture would fail the test otherwise
