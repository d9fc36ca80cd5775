"""Headless Chromium (Debian's package) driven by Playwright, against the live test server."""

from __future__ import annotations

import os
import shutil
from urllib.parse import urlparse

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test
# itself are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: run bin/services (installs Debian's chromium)"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


# Runs in every document and frame before the page's own scripts (Playwright injects it, so the
# Content-Security-Policy does not apply to it): hands each violation to the test. A violation
# without a source file comes from code the test itself evaluates (axe-core adds a <style> while
# it measures); everything the portal sends, markup or static script, names its file.
REPORT_CSP_VIOLATIONS = """document.addEventListener("securitypolicyviolation", (event) => {
    if (!event.sourceFile) return;
    window.__cspViolation({
        page: event.documentURI, directive: event.effectiveDirective,
        blocked: event.blockedURI, source: event.sourceFile, line: event.lineNumber,
        sample: event.sample, disposition: event.disposition,
    });
});"""


@pytest.fixture
def page(browser, live_server):
    """A fresh page that records every request going anywhere but the live server, and fails
    the test on any Content-Security-Policy violation the portal's own markup or scripts cause."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    csp_violations: list = []
    context.expose_binding(
        "__cspViolation", lambda source, violation: csp_violations.append(violation)
    )
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    tab = context.new_page()
    tab.csp_violations = csp_violations
    own = urlparse(live_server.url).netloc
    tab.outside_requests = []

    def guard(route):
        netloc = urlparse(route.request.url).netloc
        if netloc and netloc != own and not route.request.url.startswith("data:"):
            tab.outside_requests.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    tab.route("**/*", guard)
    yield tab
    context.close()
    assert csp_violations == [], f"Content-Security-Policy violations: {csp_violations}"


def axe_violations(tab) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(tab)
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in results.response["violations"]
    ]
