"""Content-Security-Policy and Permissions-Policy on every public and admin response.

Public pages get the strict policy (no inline script or style, nothing from other origins, no
nonce, so the page cache can keep them); signed-in staff on the admin get the relaxations
Wagtail's admin needs; frame-ancestors follows X-Frame-Options (Wagtail's previews: 'self').
"""

from __future__ import annotations

import json
import logging

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from lxml import html as lxml_html
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from tests.factories.users import staff_user

pytestmark = pytest.mark.django_db

# Script types browsers treat as data, never run (and CSP does not govern).
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_public_policy(response) -> None:
    directives = policy(response)
    path = response.request["PATH_INFO"]
    assert directives["script-src"] == ["'self'"], path
    assert directives["style-src"] == ["'self'"], path
    assert directives["object-src"] == ["'none'"], path
    assert directives["base-uri"] == ["'self'"], path
    assert directives["form-action"] == ["'self'"], path
    assert directives["frame-ancestors"] == ["'none'"], path
    assert directives["img-src"] == ["'self'"], path
    assert "nonce-" not in response["Content-Security-Policy"], path
    assert_permissions_policy(response)


def assert_permissions_policy(response) -> None:
    header = response.get("Permissions-Policy", "")
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert f"{feature}=()" in header, (response.request["PATH_INFO"], header)


def assert_runs_under_public_policy(response) -> None:
    """Nothing on the page the strict policy would block: no inline script, no on* handler,
    no javascript: link, no <style> element or style attribute."""
    path = response.request["PATH_INFO"]
    doc = lxml_html.fromstring(response.content)
    for script in doc.iter("script"):
        if script.get("type") in DATA_SCRIPT_TYPES:
            continue
        assert script.get("src"), f"{path}: inline script {lxml_html.tostring(script)[:120]!r}"
    assert not doc.xpath("//style"), f"{path}: <style> element"
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"{path}: {name}= on <{element.tag}>"
            assert name != "style", f"{path}: style= on <{element.tag}>"
            if name in ("href", "src", "action"):
                assert not value.strip().lower().startswith("javascript:"), path


@pytest.fixture
def fresh_client(client):
    """A client the anonymous page cache does not answer (a session cookie bypasses it)."""
    client.cookies["sessionid"] = "no-such-session"
    return client


def public_urls() -> list[str]:
    """One live page of every page type in both languages, every catalogue view, the open
    application form, the search, and the error pages."""
    from cms.catalogue.models import CatalogueIndexPage, Enterprise, Product, Round

    urls = set()
    seen = set()
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        key = (type(page), page.locale.language_code)
        if key not in seen:
            seen.add(key)
            urls.add(page.url)
    catalogue = CatalogueIndexPage.objects.get(locale__language_code="vi")
    product = Product.objects.first()
    urls |= {
        catalogue.sub_url("product", product.slug),
        catalogue.sub_url("enterprise", Enterprise.objects.first().slug),
        catalogue.sub_url("round", Round.objects.order_by("-year").first().year),
        catalogue.sub_url("statistics"),
        catalogue.url + "?round=2023&per_page=12",
        reverse("invitations:apply"),
        reverse("search") + "?q=c%C6%A1+kh%C3%AD",
        "/khong-co-trang-nay/",  # 404 in the theme
    }
    return sorted(urls)


def test_every_public_page_type_answers_with_the_strict_policy(demo_site, fresh_client):
    urls = public_urls()
    assert len(urls) >= 15
    for url in urls:
        response = fresh_client.get(url)
        assert response.status_code in (200, 404), (url, response.status_code)
        assert_public_policy(response)
        assert_runs_under_public_policy(response)


def test_error_pages_and_other_responses_carry_the_headers(demo_site, client):
    bad = client.get("/?q=%ff")  # undecodable query string: the guard's 400 page
    assert bad.status_code == 400
    assert_public_policy(bad)
    assert_runs_under_public_policy(bad)
    for url in ("/sitemap.xml", "/robots.txt", "/api/catalogue/v1/products/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_public_policy(response)


def test_the_server_error_page_needs_no_inline_style(rf):
    from portal.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    doc = lxml_html.fromstring(response.content)
    assert not doc.xpath("//style | //*[@style] | //script[not(@src)]")


def test_a_cached_page_gets_the_same_policy_and_never_a_nonce(demo_site, client):
    url = demo_site["home"].url
    first = client.get(url)
    second = client.get(url)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
    assert_public_policy(second)


@pytest.fixture
def superuser_client(client):
    user = get_user_model().objects.create_superuser("quantri", "quantri@example.vn", "x")
    client.force_login(user)
    return client


def assert_admin_policy(response) -> None:
    directives = policy(response)
    path = response.request["PATH_INFO"]
    # Wagtail 8 renders inline scripts and style attributes from Python (see settings).
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"], path
    assert "'unsafe-eval'" not in response["Content-Security-Policy"], path
    assert directives["object-src"] == ["'none'"], path
    assert directives["base-uri"] == ["'self'"], path
    assert directives["form-action"] == ["'self'"], path
    assert directives["img-src"] == ["'self'", "data:", "blob:"], path
    assert_permissions_policy(response)


def admin_urls() -> list[str]:
    """The admin's main views: dashboard, page explorer and the editor of one page of each type,
    every snippet's listing, add form and the edit form of its first record, images, documents
    and the project's own admin views (catalogue, campaigns, press, notices)."""
    names = [
        "wagtailadmin_home",
        "wagtailadmin_explore_root",
        "wagtailimages:index",
        "wagtaildocs:index",
        "wagtailusers_users:index",
        "wagtailusers_groups:index",
        "wagtailsites:index",
        "wagtaillocales:index",
        "catalogue_import:upload",
        "catalogue_print:index",
        "press_calendar:month",
        "press_calendar:week",
        "press_board:index",
        "press_feed:index",
        "campaign_board:board",
        "campaign_overdue:list",
        "campaign_import:upload",
        "applications:list",
        "form_sets:index",
        "outbox:index",
        "chat_identities:index",
        "link_tokens:index",
        "inbound_updates:index",
        "zalo_connect:index",
    ]
    urls = {reverse(name) for name in names}
    seen = set()
    for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        if type(page) not in seen:
            seen.add(type(page))
            urls.add(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        urls.add(reverse(viewset.get_url_name("list")))
        urls.add(reverse(viewset.get_url_name("add")))
        first = model.objects.first()
        if first is not None:
            urls.add(reverse(viewset.get_url_name("edit"), args=[first.pk]))
    return sorted(urls)


def test_every_admin_page_type_answers_with_the_admin_policy(demo_site, superuser_client):
    urls = admin_urls()
    assert len(urls) >= 30
    answered = 0
    for url in urls:
        response = superuser_client.get(url)
        # Append-only records (consent, deliveries) send their edit view back to a listing.
        assert response.status_code in (200, 302), (url, response.status_code)
        answered += response.status_code == 200
        assert_admin_policy(response)
        assert policy(response)["frame-ancestors"] == ["'none'"], url
    assert answered >= len(urls) - 5


def test_our_admin_templates_have_no_inline_script(demo_site, superuser_client):
    """Wagtail's own inline scripts need 'unsafe-inline' for now; ours never add to them."""
    for name in ("press_calendar:month", "campaign_board:board", "catalogue_print:index"):
        url = reverse(name)
        doc = lxml_html.fromstring(superuser_client.get(url).content)
        for script in doc.xpath("//main//script[not(@src)]"):
            assert script.get("type") in DATA_SCRIPT_TYPES, (url, lxml_html.tostring(script))


def test_the_admin_login_page_keeps_the_strict_policy(demo_site, client):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert_public_policy(response)
    assert_runs_under_public_policy(response)
    assert_public_policy(client.get(reverse("wagtailadmin_home")))  # the redirect to login


def test_page_previews_may_be_framed_by_the_admin_only(demo_site, superuser_client):
    article = demo_site["article"]
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
    edit = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert policy(edit)["frame-ancestors"] == ["'none'"]
    assert policy(edit).get("frame-src", policy(edit)["default-src"]) == ["'self'"]
    # The browser test renders a real preview in the panel; here the headers are enough.
    preview = superuser_client.get(preview_url)
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(preview)["frame-ancestors"] == ["'self'"]
    assert_admin_policy(preview)


def test_a_preview_rendering_leaves_the_header_to_the_admin_view(demo_site, rf):
    """Wagtail runs a dummy request for the page's public address through the middleware; a
    header set there would win over the admin view's (and forbid the preview panel's frame)."""
    request = rf.get("/admin/")
    request.user = get_user_model().objects.create_superuser("xem", "xem@example.vn", "x")
    response = demo_site["article"].make_preview_request(request)
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def test_an_editor_gets_the_admin_policy_too(demo_site, client):
    client.force_login(staff_user("bientap", "Biên tập viên"))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert_admin_policy(response)


def report(**fields) -> bytes:
    body = {
        "document-uri": "http://testserver/san-pham/?q=secret-token",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "line-number": 12,
    }
    return json.dumps({"csp-report": {**body, **fields}}).encode()


class Lines(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.text = ""

    def emit(self, record):
        self.text += record.getMessage() + "\n"


@pytest.fixture
def csp_log():
    """What the report endpoint logs (the suite runs without pytest's log capture)."""
    handler = Lines()
    logger = logging.getLogger("portal.csp")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


def test_violation_reports_are_logged_without_query_strings(client, csp_log):
    response = client.post(reverse("csp_report"), report(), content_type="application/csp-report")
    assert response.status_code == 204
    assert "CSP violation on /san-pham/" in csp_log.text
    assert "blocked-uri=inline" in csp_log.text and "secret-token" not in csp_log.text


def test_reporting_api_reports_are_read_too(client, csp_log):
    body = [
        {
            "type": "csp-violation",
            "body": {"documentURL": "http://testserver/", "effectiveDirective": "img-src"},
        }
    ]
    response = client.post(
        reverse("csp_report"), json.dumps(body), content_type="application/reports+json"
    )
    assert response.status_code == 204
    assert "effective-directive=img-src" in csp_log.text


def test_the_report_endpoint_refuses_junk_and_floods(client, settings):
    settings.CSP_REPORT_RATE_LIMIT = 3
    url = reverse("csp_report")
    assert client.get(url).status_code == 405
    assert client.post(url, b"not json", content_type="application/csp-report").status_code == 400
    assert client.post(url, b"[]", content_type="application/csp-report").status_code == 400
    too_big = report(**{"blocked-uri": "x" * 20_000})
    assert client.post(url, too_big, content_type="application/csp-report").status_code == 400
    assert client.post(url, report(), content_type="application/csp-report").status_code == 429
