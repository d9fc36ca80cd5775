"""An outreach officer in headless Chromium opens the demo's session reminder rule: the
reminders to come are listed with their days; once the first day comes, the reminder made
that day is linked from the rule and its messages are on the notice's page. axe-core checks
both pages."""

from __future__ import annotations

import pytest
from django.urls import reverse

from .conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_sees_reminders_to_come_and_the_one_made(
    page, live_server, live_demo, client, settings
):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from outreach.notices.models import ReminderRule
    from outreach.notices.reminders import plan_reminders, upcoming_reminders
    from outreach.notices.sending import send_due_deliveries
    from portal.demo.notices import SESSION_RULE
    from tests.notices.conftest import hanoi

    settings.TELEGRAM_BOT_TOKEN = ""
    settings.ZALO_APP_ID = ""
    user = get_user_model().objects.create_user("canbo.nhachen", password="x")
    user.groups.add(Group.objects.get(name="Cán bộ vận động"))
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    rule = ReminderRule.objects.get(name=SESSION_RULE)
    coming = upcoming_reminders(rule)
    assert len(coming) == 3

    page.goto(live_server.url + reverse("wagtailsnippets_notices_reminderrule:list"))
    row = page.locator("tr", has=page.get_by_role("link", name=SESSION_RULE))
    row.get_by_role("button").first.click()  # the row's "more" menu
    row.locator(f"a[href$='/inspect/{rule.pk}/']").click()
    page.wait_for_url(f"**/inspect/{rule.pk}/")
    table = page.locator("section[aria-labelledby=upcoming-heading] tbody tr")
    assert table.count() == 3
    assert coming[0].day.strftime("%d/%m/%Y") in table.first.inner_text()
    assert "Được tạo vào ngày gửi" in table.first.inner_text()
    assert axe_violations(page) == []

    first = coming[0]
    moment = hanoi(first.day.year, first.day.month, first.day.day, 9, 0)
    (made,) = [notice for notice in plan_reminders(moment) if notice.rule_id == rule.pk]
    assert send_due_deliveries(now=moment).get("sent")

    page.reload()
    page.locator("section[aria-labelledby=made-heading]").get_by_role(
        "link", name=made.title
    ).click()
    page.wait_for_url(f"**/{made.pk}/**")
    dashboard = page.locator("section[aria-labelledby=dashboard-heading]").inner_text()
    assert "Tổng" in dashboard
    assert axe_violations(page) == []
    assert page.outside_requests == []
