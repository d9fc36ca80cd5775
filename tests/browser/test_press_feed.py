"""A communications officer in headless Chromium makes, copies and revokes their private
calendar address; axe-core checks the page in both states."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from django.urls import reverse

from .conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_makes_copies_and_revokes_the_feed_address(page, live_server, live_demo, client):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("lichcanhan", "lcn@example.vn", "x")
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    tab = page
    tab.goto(live_server.url + reverse("press_feed:index"))
    assert axe_violations(tab) == []

    tab.locator('button[value="issue"]').click()
    field = tab.locator("#press-feed-url")
    address = field.input_value()
    assert address.endswith(".ics")
    # The confirmation fades in; axe would read its colours mid-fade. (Functions, not bare
    # expressions: Playwright evaluates an expression with eval, which the admin's CSP refuses.)
    tab.wait_for_function("() => document.getAnimations().every(a => a.playState === 'finished')")
    assert axe_violations(tab) == []
    tab.get_by_role("button", name="Sao chép").click()
    tab.wait_for_function("() => navigator.clipboard.readText().then(t => t.endsWith('.ics'))")
    assert tab.evaluate("navigator.clipboard.readText()") == address

    feed = live_server.url + urlparse(address).path
    response = tab.request.get(feed)
    assert response.status == 200
    assert response.text().startswith("BEGIN:VCALENDAR")

    tab.locator('button[value="revoke"]').click()
    assert tab.locator("#press-feed-url").count() == 0
    assert tab.request.get(feed).status == 404
    assert tab.outside_requests == []
