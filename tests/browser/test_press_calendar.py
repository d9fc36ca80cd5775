"""A communications officer in headless Chromium: plans the year, schedules an article from
the calendar, drags it to today, watches the scheduled publishing put it live and the board
count it. axe-core checks every admin page the press calendar adds."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from .conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def officer_tab(page, live_server, live_demo, client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "truyenthong", "truyenthong@example.vn", "x", first_name="Lan", last_name="Nguyễn"
    )
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.user = user
    return page


def no_violations(tab, name: str) -> None:
    violations = axe_violations(tab)
    assert violations == [], f"{name}: {violations}"


def visible_days(today: datetime.date) -> tuple[str, datetime.date]:
    """A view that shows today and another day after it (or before, on the rare Sunday that
    ends a month), so the item can be dragged onto today."""
    tomorrow = today + datetime.timedelta(days=1)
    if tomorrow.month == today.month:
        return "month", tomorrow
    if tomorrow.isocalendar().week == today.isocalendar().week:
        return "week", tomorrow
    return "week", today - datetime.timedelta(days=1)


def test_officer_plans_schedules_drags_and_sees_the_board_count(officer_tab, live_server):
    from cms.pages.models import ArticlePage, NewsIndexPage
    from outreach.press.models import CalendarItem, CommunicationPlan, ItemStatus
    from portal.tasks import publish_scheduled_pages

    tab = officer_tab
    now = timezone.localtime()
    today = now.date()
    CommunicationPlan.objects.filter(year=today.year).delete()

    # An editor wrote the article and scheduled it for next week.
    news = NewsIndexPage.objects.filter(locale__language_code="vi").first()
    article = ArticlePage(
        title="Doanh nghiệp chủ lực mở rộng thị trường",
        slug="doanh-nghiep-chu-luc-mo-rong-thi-truong",
        summary="Bài viết thử lịch truyền thông.",
        body="[]",
        live=False,
    )
    news.add_child(instance=article)
    clock = (now - datetime.timedelta(minutes=5)).time().replace(second=0, microsecond=0)
    article.go_live_at = timezone.make_aware(
        datetime.datetime.combine(today + datetime.timedelta(days=7), clock)
    )
    article.save_revision(user=tab.user).publish(user=tab.user)
    assert not ArticlePage.objects.get(pk=article.pk).live

    # 1. Plan the year.
    tab.goto(live_server.url + reverse("wagtailsnippets_press_communicationplan:add"))
    no_violations(tab, "plan form")
    tab.fill("#id_year", str(today.year))
    tab.fill("#id_title", "Kế hoạch truyền thông thử")
    tab.click("#id_targets-ADD")
    tab.select_option("#id_targets-0-kind", "website_posts")
    tab.fill("#id_targets-0-minimum", "1")
    tab.fill("#id_targets-0-maximum", "40")
    tab.get_by_role("button", name="Lưu").first.click()
    tab.wait_for_url("**/press/communicationplan/")
    plan = CommunicationPlan.objects.get(year=today.year)
    assert plan.targets.get().maximum == 40

    # 2. Schedule the article from the calendar.
    mode, other_day = visible_days(today)
    tab.goto(live_server.url + reverse("press_calendar:month"))
    no_violations(tab, "calendar month")
    tab.get_by_role("link", name="Thêm mục").click()
    tab.wait_for_url("**/press/calendaritem/add/")
    no_violations(tab, "item form")
    tab.select_option("#id_kind", "website_posts")
    tab.select_option("#id_status", "confirmed")
    tab.fill("#id_title", "Bài viết: doanh nghiệp chủ lực mở rộng thị trường")
    tab.fill("#id_starts_at", f"{other_day:%d/%m/%Y} {clock:%H:%M}")
    tab.keyboard.press("Escape")
    tab.get_by_role("button", name="Chọn một trang").click()
    modal = tab.locator(".modal-dialog")
    modal.get_by_role("textbox").first.fill("mở rộng thị trường")
    modal.get_by_role("link", name="Doanh nghiệp chủ lực mở rộng thị trường").first.click()
    tab.get_by_role("button", name="Lưu").first.click()
    tab.wait_for_url("**/press/calendaritem/")
    item = CalendarItem.objects.get(page=article)
    wanted = timezone.make_aware(datetime.datetime.combine(other_day, clock))
    assert item.starts_at == wanted
    revision = article.revisions.get(approved_go_live_at__isnull=False)
    assert revision.approved_go_live_at == wanted

    # 3. Drag it onto today; the article's publication moves with it.
    tab.goto(
        live_server.url
        + reverse(f"press_calendar:{mode}")
        + (f"?week={today.isoformat()}" if mode == "week" else "")
    )
    no_violations(tab, f"calendar {mode}")
    card = tab.locator(f'[data-item-id="{item.pk}"]')
    target = tab.locator(f'td[data-date="{today.isoformat()}"]')
    card.drag_to(target)
    announcer = tab.locator("[data-press-announcer]")
    announcer.filter(has_text="Đã chuyển").wait_for(state="attached")
    assert target.locator(f'[data-item-id="{item.pk}"]').count() == 1
    due = timezone.make_aware(datetime.datetime.combine(today, clock))
    item.refresh_from_db()
    assert item.starts_at == due
    assert ArticlePage.objects.get(pk=article.pk).go_live_at == due
    assert article.revisions.get(approved_go_live_at__isnull=False).approved_go_live_at == due

    # 4. The foundation's scheduled publishing puts it live; the item is done.
    publish_scheduled_pages()
    assert ArticlePage.objects.get(pk=article.pk).live
    item.refresh_from_db()
    assert item.status == ItemStatus.DONE

    # 5. The board counts it; a published item can no longer be dragged.
    from outreach.press.progress import count_portal_posts

    tab.goto(live_server.url + reverse("press_board:index"))
    no_violations(tab, "board")
    row = tab.locator('tr[data-kind="website_posts"]')
    assert row.locator('[data-field="actual"]').inner_text() == str(count_portal_posts(today.year))
    tab.goto(live_server.url + reverse(f"press_calendar:{mode}"))
    assert tab.locator(f'[data-item-id="{item.pk}"][draggable="true"]').count() == 0

    tab.goto(live_server.url + reverse("wagtailsnippets_press_calendaritem:edit", args=[item.pk]))
    no_violations(tab, "item edit with change log")
    assert "Lịch (kéo thả)" in tab.content()
    tab.goto(live_server.url + reverse("wagtailadmin_home"))
    no_violations(tab, "dashboard with the next 14 days")
    assert tab.outside_requests == []
