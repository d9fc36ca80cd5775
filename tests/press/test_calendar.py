"""Calendar items: dates checked, moves logged, linked articles kept in step both ways, the
board counting what was done."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from cms.pages.models import ArticlePage
from outreach.press.models import (
    CalendarItem,
    CommunicationPlan,
    CoverageEntry,
    ItemStatus,
    Outlet,
    OutletKind,
    PlanTarget,
    TargetKind,
)
from outreach.press.progress import pace_of, plan_progress

pytestmark = pytest.mark.django_db

ZONE = timezone.get_fixed_timezone(7 * 60)


def at(year, month, day, hour=9, minute=0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ZONE)


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("lich", "lich@e.vn", "x")


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def draft_article(demo_site):
    article = ArticlePage(
        title="Bài viết về lễ tôn vinh",
        slug="bai-viet-ton-vinh-lich",
        summary="Tóm tắt",
        body="[]",
        live=False,
    )
    demo_site["news"].add_child(instance=article)
    article.save_revision()
    return article


def test_an_end_before_the_start_is_refused_everywhere(staff_client):
    item = CalendarItem(
        kind=TargetKind.PRESS_CONFERENCE,
        title="Họp báo",
        starts_at=at(2031, 7, 11, 9),
        ends_at=at(2031, 7, 11, 8),
    )
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "ends_at" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        item.save()

    response = staff_client.post(
        reverse("wagtailsnippets_press_calendaritem:add"),
        {
            "kind": TargetKind.PRESS_CONFERENCE,
            "status": ItemStatus.PLANNED,
            "title": "Họp báo",
            "starts_at": "2031-07-11 09:00",
            "ends_at": "2031-07-11 08:00",
            "quantity": 1,
            "reminder_days": 2,
            "coverage-TOTAL_FORMS": 0,
            "coverage-INITIAL_FORMS": 0,
            "coverage-MIN_NUM_FORMS": 0,
            "coverage-MAX_NUM_FORMS": 1000,
        },
    )
    assert response.status_code == 200
    assert not CalendarItem.objects.filter(title="Họp báo").exists()
    errors = response.context["form"].errors
    assert list(errors) == ["ends_at"], errors


def test_only_an_idea_may_be_undated():
    item = CalendarItem(kind=TargetKind.TV_REPORT, title="Phóng sự", status=ItemStatus.PLANNED)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "starts_at" in error.value.message_dict
    item.status = ItemStatus.IDEA
    item.full_clean()


def test_dragging_an_item_moves_the_linked_article_and_logs_it(staff_client, draft_article):
    item = CalendarItem.objects.create(
        kind=TargetKind.WEBSITE_POSTS,
        title="Bài viết về lễ tôn vinh",
        starts_at=at(2031, 3, 10, 8, 30),
        page=draft_article,
    )
    response = staff_client.post(
        reverse("press_calendar:move", args=[item.pk]), {"date": "2031-03-14"}
    )
    assert response.status_code == 200, response.content
    item.refresh_from_db()
    assert item.starts_at == at(2031, 3, 14, 8, 30)
    article = ArticlePage.objects.get(pk=draft_article.pk)
    assert article.go_live_at == at(2031, 3, 14, 8, 30)
    # The editor opening the article sees the same time in its draft.
    assert article.get_latest_revision_as_object().go_live_at == at(2031, 3, 14, 8, 30)
    change = item.changes.get(field="starts_at")
    assert change.source == "calendar"
    assert change.old_value == "10/03/2031 08:30"
    assert change.new_value == "14/03/2031 08:30"


def test_scheduling_the_article_moves_the_item(draft_article, staff):
    item = CalendarItem.objects.create(
        kind=TargetKind.WEBSITE_POSTS,
        title="Bài viết",
        starts_at=at(2031, 3, 10),
        page=draft_article,
    )
    article = ArticlePage.objects.get(pk=draft_article.pk)
    article.go_live_at = at(2031, 4, 2, 7, 45)
    article.save_revision(user=staff).publish(user=staff)
    item.refresh_from_db()
    assert item.starts_at == at(2031, 4, 2, 7, 45)
    assert item.status == ItemStatus.PLANNED
    assert item.changes.filter(field="starts_at", source="page").exists()

    # Moving the item again re-times the approved (scheduled) revision too.
    from outreach.press.scheduling import reschedule

    reschedule(item, datetime.date(2031, 4, 5), user=staff)
    revision = article.revisions.get(approved_go_live_at__isnull=False)
    assert revision.approved_go_live_at == at(2031, 4, 5, 7, 45)


def test_the_article_going_live_marks_the_item_published_and_the_board_counts_it(
    draft_article, staff
):
    now = timezone.now()
    plan = CommunicationPlan.objects.get_or_create(year=now.year)[0]  # the demo has one
    PlanTarget.objects.update_or_create(
        plan=plan, kind=TargetKind.WEBSITE_POSTS, defaults={"minimum": 1, "maximum": 2}
    )
    before = {row.kind: row.actual for row in plan_progress(plan)}[TargetKind.WEBSITE_POSTS]
    item = CalendarItem.objects.create(
        kind=TargetKind.WEBSITE_POSTS, title="Bài viết", starts_at=now, page=draft_article
    )
    article = ArticlePage.objects.get(pk=draft_article.pk)
    article.go_live_at = now - datetime.timedelta(minutes=1)
    revision = article.save_revision(user=staff)
    revision.approved_go_live_at = article.go_live_at
    revision.save()
    call_command("publish_scheduled", verbosity=0)
    assert Page.objects.get(pk=article.pk).live
    item.refresh_from_db()
    assert item.status == ItemStatus.DONE
    assert item.completed_at is not None
    after = {row.kind: row.actual for row in plan_progress(plan)}[TargetKind.WEBSITE_POSTS]
    assert after == before + 1
    response = item.is_movable
    assert response is False


def test_a_published_item_cannot_be_dragged(staff_client):
    item = CalendarItem.objects.create(
        kind=TargetKind.TV_REPORT,
        title="Phóng sự đã phát",
        starts_at=at(2031, 5, 5),
        status=ItemStatus.DONE,
    )
    response = staff_client.post(
        reverse("press_calendar:move", args=[item.pk]), {"date": "2031-05-09"}
    )
    assert response.status_code == 409
    assert "Phóng sự đã phát" in response.json()["error"]
    item.refresh_from_db()
    assert item.starts_at == at(2031, 5, 5)
    bad = staff_client.post(reverse("press_calendar:move", args=[item.pk]), {"date": "9/5"})
    assert bad.status_code == 400


def test_media_count_takes_coverage_entries_and_bare_finished_items():
    outlet = Outlet.objects.get_or_create(  # the demo has it too
        name="Báo Kinh tế & Đô thị", defaults={"kind": OutletKind.NEWSPAPER}
    )[0]
    covered = CalendarItem.objects.create(
        kind=TargetKind.PRESS_ARTICLE,
        title="Bài báo có hai lần đăng",
        starts_at=at(2031, 2, 1),
        status=ItemStatus.DONE,
    )
    for day in (2, 3):
        CoverageEntry.objects.create(
            item=covered, outlet=outlet, published_on=datetime.date(2031, 2, day)
        )
    CalendarItem.objects.create(
        kind=TargetKind.PRESS_ARTICLE,
        title="Bài báo chưa ghi nơi đăng",
        starts_at=at(2031, 3, 1),
        status=ItemStatus.DONE,
    )
    CalendarItem.objects.create(
        kind=TargetKind.PRESS_ARTICLE, title="Bài báo sắp đăng", starts_at=at(2031, 9, 1)
    )
    plan = CommunicationPlan.objects.create(year=2031)
    PlanTarget.objects.create(plan=plan, kind=TargetKind.PRESS_ARTICLE, minimum=10, maximum=12)
    (row,) = plan_progress(plan, today=datetime.date(2031, 7, 1))
    assert row.actual == 3
    assert row.planned == 1
    assert row.expected == 4
    assert row.pace == "red"


@pytest.mark.parametrize(
    ("got", "expected", "planned", "elapsed", "pace"),
    [
        (3, 1, 0, 0.5, "green"),
        (1, 2, 2, 0.5, "amber"),
        (1, 2, 1, 0.5, "red"),
        (0, 0, 0, 0.1, "green"),
        (2, 3, 5, 1.0, "red"),
        (0, 0, 0, 0.0, "waiting"),
    ],
)
def test_pace(got, expected, planned, elapsed, pace):
    assert pace_of(3, got, expected, planned, elapsed) == pace


def test_calendar_board_and_dashboard_render(staff_client):
    today = timezone.localdate()
    CalendarItem.objects.create(
        kind=TargetKind.TV_REPORT,
        title="Phóng sự <script>alert(1)</script>",
        starts_at=timezone.now() + datetime.timedelta(days=3),
    )
    month = staff_client.get(reverse("press_calendar:month"))
    assert month.status_code == 200
    html = month.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'draggable="true"' in html
    week = staff_client.get(
        reverse("press_calendar:week"),
        {"week": (today + datetime.timedelta(days=3)).isoformat()},
    )
    assert "Phóng sự" in week.content.decode()
    bad_month = staff_client.get(reverse("press_calendar:month"), {"month": "2031-13"})
    assert bad_month.status_code == 200
    assert staff_client.get(reverse("press_board:index"), {"year": "x"}).status_code == 200
    dashboard = staff_client.get(reverse("wagtailadmin_home"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dashboard.content.decode()


def test_the_calendar_needs_the_permission(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("bientap", "b@e.vn", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("press_calendar:month")).status_code == 403
    item = CalendarItem.objects.create(
        kind=TargetKind.TV_REPORT, title="Phóng sự", starts_at=at(2031, 5, 5)
    )
    move = client.post(reverse("press_calendar:move", args=[item.pk]), {"date": "2031-05-09"})
    assert move.status_code == 403


def test_an_item_linked_to_an_event_takes_its_dates_and_is_held_when_it_ends(demo_site):
    from cms.pages.models import EventPage
    from outreach.press.scheduling import RescheduleError, refresh_held_events, reschedule

    event = EventPage.objects.get(pk=demo_site["event"].pk)
    item = CalendarItem.objects.create(
        kind=TargetKind.DISSEMINATION_CONFERENCE,
        title="Hội nghị phổ biến",
        starts_at=at(2031, 1, 1),
        page=event,
    )
    event.start = timezone.now() - datetime.timedelta(days=2)
    event.end = timezone.now() - datetime.timedelta(days=1)
    event.save_revision().publish()
    item.refresh_from_db()
    assert item.starts_at == event.start
    assert item.status == ItemStatus.DONE

    item.status = ItemStatus.CONFIRMED
    item.save()
    with pytest.raises(RescheduleError):
        reschedule(item, datetime.date(2031, 2, 2))
    assert refresh_held_events() == 1
    item.refresh_from_db()
    assert item.status == ItemStatus.DONE
    assert refresh_held_events() == 0
