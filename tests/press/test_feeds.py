"""The private iCal feed: valid RFC 5545 with the scheduled work in it, and a plain 404 for
every address that should not serve, whatever the reason."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from cms.pages.models import ArticlePage
from outreach.press.models import (
    CalendarFeedToken,
    CalendarItem,
    ItemStatus,
    Outlet,
    OutletKind,
    TargetKind,
)
from outreach.press.scheduling import reschedule
from tests.press.helpers import in_vietnamese

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(django_user_model):
    """A communications officer with just the admin and calendar permissions."""
    user = django_user_model.objects.create_user(
        "phongvien", "pv@e.vn", "x", first_name="Lan", last_name="Nguyễn"
    )
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_calendaritem"),
    )
    return user


@pytest.fixture
def officer_client(officer):
    client = Client()
    client.force_login(officer)
    return client


@pytest.fixture
def scheduled_article(demo_site):
    """A draft article approved to go live next month, and the calendar item that carries it."""
    go_live = timezone.now().replace(microsecond=0) + datetime.timedelta(days=35)
    article = ArticlePage(
        title="Bài viết hẹn giờ tháng sau",
        slug="bai-viet-hen-gio-lich-ical",
        summary="Tóm tắt",
        body="[]",
        live=False,
        go_live_at=go_live,
    )
    demo_site["news"].add_child(instance=article)
    article.save_revision(approved_go_live_at=go_live)
    outlet = Outlet.objects.create(name="Báo thử nghiệm iCal", kind=OutletKind.NEWSPAPER)
    item = CalendarItem.objects.create(
        kind=TargetKind.WEBSITE_POSTS,
        title="Đăng bài hẹn giờ <tháng sau>",
        starts_at=go_live,
        page=article,
        outlet=outlet,
        notes="Ghi chú; có dấu phẩy, và xuống dòng\nthứ hai",
    )
    return article, item


def feed_path(token: CalendarFeedToken) -> str:
    return reverse("press_calendar_feed", args=[token.token])


def events_by_uid(content: bytes) -> dict:
    calendar = Calendar.from_ical(content)
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def uid_of(item: CalendarItem) -> str:
    return f"press-item-{item.pk}@"


def find_event(events: dict, item: CalendarItem):
    matches = [event for uid, event in events.items() if uid.startswith(uid_of(item))]
    assert len(matches) <= 1
    return matches[0] if matches else None


def test_the_feed_carries_scheduled_items_as_valid_icalendar(client, officer, scheduled_article):
    article, item = scheduled_article
    token = CalendarFeedToken.issue(officer)
    response = client.get(feed_path(token))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, no-store"
    assert client.head(feed_path(token)).status_code == 200  # some calendar apps ask first
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["version"]) == "2.0"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    event = find_event(events_by_uid(response.content), item)
    assert event is not None, "the item of the scheduled article is missing"
    assert str(event["summary"]) == "Đăng bài hẹn giờ <tháng sau>"
    assert event.decoded("dtstart") == item.starts_at
    assert event["dtstart"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert event.decoded("dtend") - event.decoded("dtstart") == datetime.timedelta(hours=1)
    assert str(event["status"]) == "TENTATIVE"
    assert int(event["sequence"]) == 0
    assert "dtstamp" in event and "last-modified" in event
    description = str(event["description"])
    assert "Báo thử nghiệm iCal" in description
    assert in_vietnamese("Date provisional") in description
    assert "xuống dòng\nthứ hai" in description
    edit = reverse("wagtailsnippets_press_calendaritem:edit", args=[item.pk])
    assert str(event["url"]).endswith(edit)
    assert ArticlePage.objects.get(pk=article.pk).live is False
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_move_raises_the_sequence_and_keeps_the_uid(client, officer, scheduled_article):
    _article, item = scheduled_article
    token = CalendarFeedToken.issue(officer)
    before = find_event(events_by_uid(client.get(feed_path(token)).content), item)
    moved = reschedule(item, timezone.localdate(item.starts_at) + datetime.timedelta(days=2))
    moved.date_confirmed = True
    moved.save()
    after = find_event(events_by_uid(client.get(feed_path(token)).content), item)
    assert str(after["uid"]) == str(before["uid"])
    assert int(after["sequence"]) > int(before["sequence"])
    assert after.decoded("dtstart") == moved.starts_at
    assert str(after["status"]) == "CONFIRMED"


def test_the_feed_window_and_cancelled_items(client, officer):
    now = timezone.now()
    old = CalendarItem.objects.create(
        kind=TargetKind.TV_REPORT, title="Phóng sự cũ", starts_at=now - datetime.timedelta(days=91)
    )
    recent = CalendarItem.objects.create(
        kind=TargetKind.TV_REPORT,
        title="Phóng sự gần đây",
        starts_at=now - datetime.timedelta(days=80),
        ends_at=now - datetime.timedelta(days=80, hours=-2),
        status=ItemStatus.DONE,
    )
    cancelled = CalendarItem.objects.create(
        kind=TargetKind.PRESS_CONFERENCE,
        title="Họp báo bị hủy",
        starts_at=now + datetime.timedelta(days=10),
        status=ItemStatus.CANCELLED,
    )
    undated = CalendarItem.objects.create(
        kind=TargetKind.PRESS_ARTICLE, title="Ý tưởng chưa có ngày", status=ItemStatus.IDEA
    )
    events = events_by_uid(client.get(feed_path(CalendarFeedToken.issue(officer))).content)
    assert find_event(events, old) is None
    assert find_event(events, undated) is None
    kept = find_event(events, recent)
    assert kept.decoded("dtend") - kept.decoded("dtstart") == datetime.timedelta(hours=2)
    assert str(kept["status"]) == "CONFIRMED"
    assert str(find_event(events, cancelled)["status"]) == "CANCELLED"


def test_every_refused_address_is_the_same_plain_404(client, officer, django_user_model):
    token = CalendarFeedToken.issue(officer)
    assert client.get(feed_path(token)).status_code == 200
    unknown = client.get(reverse("press_calendar_feed", args=["x" * 43]))
    assert unknown.status_code == 404
    malformed = client.get("/lich-truyen-thong/abc%00def.ics")
    assert malformed.status_code in (400, 404)
    short = client.get("/lich-truyen-thong/abc.ics")
    assert short.status_code == 404

    def body(response) -> bytes:
        return response.content.replace(response.wsgi_request.path.encode(), b"")

    CalendarFeedToken.revoke_all(officer)
    revoked = client.get(feed_path(token))
    assert revoked.status_code == 404
    assert body(revoked) == body(unknown)
    assert "Cache-Control" not in revoked or "private" not in revoked["Cache-Control"]

    renewed = CalendarFeedToken.issue(officer)
    assert client.get(feed_path(renewed)).status_code == 200
    officer.is_active = False
    officer.save()
    inactive = client.get(feed_path(renewed))
    assert inactive.status_code == 404
    assert body(inactive) == body(unknown)

    officer.is_active = True
    officer.save()
    officer.user_permissions.remove(Permission.objects.get(codename="view_calendaritem"))
    officer = django_user_model.objects.get(pk=officer.pk)  # drop the permission cache
    no_permission = client.get(feed_path(renewed))
    assert no_permission.status_code == 404
    assert body(no_permission) == body(unknown)
    for response in (unknown, revoked, inactive, no_permission):
        assert b"BEGIN:VCALENDAR" not in response.content


def test_staff_make_copy_and_revoke_their_address(officer, officer_client, client):
    page = reverse("press_feed:index")
    empty = officer_client.get(page)
    assert empty.status_code == 200
    assert in_vietnamese("You have no feed address yet.") in empty.content.decode()

    officer_client.post(page, {"action": "issue"})
    first = CalendarFeedToken.objects.active().get(user=officer)
    shown = officer_client.get(page).content.decode()
    assert feed_path(first) in shown
    assert 'data-controller="w-clipboard"' in shown
    assert client.get(feed_path(first)).status_code == 200

    officer_client.post(page, {"action": "issue"})
    second = CalendarFeedToken.objects.active().get(user=officer)
    assert second.token != first.token
    assert client.get(feed_path(first)).status_code == 404
    assert client.get(feed_path(second)).status_code == 200

    officer_client.post(page, {"action": "revoke"})
    assert not CalendarFeedToken.objects.active().filter(user=officer).exists()
    assert client.get(feed_path(second)).status_code == 404
    nothing = officer_client.post(page, {"action": "revoke"}, follow=True)
    assert in_vietnamese("You have no active address to revoke.") in nothing.content.decode()


def test_the_feed_page_needs_csrf_and_the_permission(officer, django_user_model):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(officer)
    refused = csrf_client.post(reverse("press_feed:index"), {"action": "issue"})
    assert refused.status_code == 403
    assert not CalendarFeedToken.objects.filter(user=officer).exists()

    editor = django_user_model.objects.create_user("bientapvien", "btv@e.vn", "x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(editor)
    assert client.get(reverse("press_feed:index")).status_code == 403
    assert client.post(reverse("press_feed:index"), {"action": "issue"}).status_code == 403
    assert not CalendarFeedToken.objects.filter(user=editor).exists()


def test_tokens_are_random_and_only_their_digest_is_matched(officer):
    token = CalendarFeedToken.issue(officer)
    assert len(token.token) >= 43
    assert token.digest != token.token
    assert CalendarFeedToken.find(token.token) == token
    assert CalendarFeedToken.find(token.token[:-1]) is None
    assert CalendarFeedToken.find("") is None
