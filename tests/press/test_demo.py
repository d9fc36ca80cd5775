"""The demo's 2026 plan and calendar: the programme's targets, a year of items with done,
late and upcoming ones, one following a scheduled article, and a build that repeats safely."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from cms.pages.models import ArticlePage, EventPage
from outreach.press.models import (
    CalendarItem,
    CommunicationPlan,
    CoverageEntry,
    ItemStatus,
    Outlet,
    TargetKind,
)
from outreach.press.progress import plan_progress
from portal.demo.builder import DemoBuilder
from portal.demo.press import ITEMS, PLAN_TITLE

pytestmark = pytest.mark.django_db

ZONE = timezone.get_fixed_timezone(7 * 60)
DEMO_TODAY = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=ZONE)


def demo_items():
    return CalendarItem.objects.filter(title__in=[row[1] for row in ITEMS])


def test_the_2026_plan_has_the_programme_targets(demo_site):
    plan = CommunicationPlan.objects.get(year=2026)
    assert plan.title == PLAN_TITLE
    targets = {target.kind: (target.minimum, target.maximum) for target in plan.targets.all()}
    assert targets[TargetKind.TV_REPORT] == (3, 5)
    assert targets[TargetKind.PRESS_ARTICLE] == (10, 12)
    assert targets[TargetKind.PRESS_CONFERENCE] == (1, 1)
    assert targets[TargetKind.DISSEMINATION_CONFERENCE] == (2, 2)
    assert targets[TargetKind.FORM_SETS] == (400, 400)
    assert targets[TargetKind.PRINTED_CATALOGUES] == (500, 500)
    assert {TargetKind.ONLINE_ARTICLE, TargetKind.TRAINING_CLASS, TargetKind.WEBSITE_POSTS} <= set(
        targets
    )
    rows = {row.kind: row for row in plan_progress(plan, DEMO_TODAY.date())}
    assert rows[TargetKind.FORM_SETS].actual == 400
    assert rows[TargetKind.PRESS_CONFERENCE].pace == "green"
    assert rows[TargetKind.PRINTED_CATALOGUES].planned == 500
    assert {row.pace for row in rows.values()} >= {"green", "red"}


def test_the_calendar_has_a_year_of_items(demo_site):
    items = demo_items()
    assert 25 <= items.count() <= 35
    months = {item.starts_at.astimezone(ZONE).month for item in items.filter(starts_at__year=2026)}
    assert len(months) >= 10
    done = items.filter(status=ItemStatus.DONE).annotate(entries=Count("coverage"))
    assert done.filter(entries__gt=0).count() >= 5
    assert CoverageEntry.objects.filter(outlet__name__startswith="Đài Phát thanh").exists()
    assert Outlet.objects.filter(name="Báo Hànộimới").exists()
    assert items.late(DEMO_TODAY).count() >= 3
    fortnight = items.open().between(DEMO_TODAY, DEMO_TODAY + datetime.timedelta(days=14))
    assert fortnight.count() >= 3
    assert items.filter(starts_at__year=2027).count() >= 2
    assert items.filter(status=ItemStatus.IDEA, starts_at__isnull=True).exists()
    assert items.filter(status=ItemStatus.CANCELLED).exists()


def test_items_follow_their_pages(demo_site):
    article_item = demo_items().get(page__slug="moi-dang-ky-xet-chon-2026")
    article = ArticlePage.objects.get(pk=article_item.page_id)
    if article.live:
        assert article_item.status == ItemStatus.DONE
    else:
        assert article_item.starts_at == article.go_live_at
        assert article_item.status == ItemStatus.PLANNED
    event_item = demo_items().get(page__slug="hoi-nghi-doi-thoai-doanh-nghiep-spcncl-2026")
    event = EventPage.objects.get(pk=event_item.page_id)
    assert (event_item.starts_at, event_item.ends_at) == (event.start, event.end)


def test_building_again_changes_nothing_and_gives_the_items_an_officer(
    demo_site, django_user_model
):
    assert DemoBuilder().build() == 0
    assert not demo_items().filter(officer__isnull=False).exists()
    admin = django_user_model.objects.create_superuser("quantri", "qt@e.vn", "x")
    assert DemoBuilder().build() == 0
    dated = demo_items().values_list("pk", "starts_at", "status", "officer_id")
    snapshot = sorted(dated)
    assert {officer for *_rest, officer in snapshot} == {admin.pk}
    assert DemoBuilder().build() == 0
    assert sorted(dated) == snapshot
    assert CommunicationPlan.objects.filter(year=2026).count() == 1


def test_reset_removes_and_rebuilds_the_press_demo(demo_site):
    demo_items().filter(status=ItemStatus.DONE).first().delete()
    call_command("demo_content", "--reset", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert demo_items().count() == len(ITEMS)
    assert CommunicationPlan.objects.filter(year=2026).count() == 1
