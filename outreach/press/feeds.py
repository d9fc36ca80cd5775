"""The press calendar as an RFC 5545 feed that staff subscribe to in their own calendar app."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from portal import ical

from .links import item_admin_url, person_name
from .models import CalendarItem, ItemStatus

#: How far back the feed reaches: enough to look up last quarter's work, not the archive.
PAST_DAYS = 90
#: An item without an end (an article, a broadcast) still takes a visible slot.
DEFAULT_LENGTH = timedelta(hours=1)


def feed_items(now: datetime | None = None):
    """Dated items from 90 days ago onwards, cancelled ones included so a subscribed calendar
    marks them cancelled instead of silently dropping them."""
    now = now or timezone.now()
    return (
        CalendarItem.objects.filter(starts_at__gte=now - timedelta(days=PAST_DAYS))
        .select_related("outlet", "officer", "page")
        .annotate(change_count=Count("changes"))
        .order_by("starts_at", "pk")
    )


def describe(item: CalendarItem) -> str:
    lines = [
        _("Kind: %(kind)s") % {"kind": item.get_kind_display()},
        _("Status: %(status)s") % {"status": item.get_status_display()},
        _("Date confirmed") if item.date_confirmed else _("Date provisional"),
    ]
    if item.outlet:
        lines.append(_("Outlet: %(outlet)s") % {"outlet": item.outlet})
    if item.officer:
        lines.append(_("Officer: %(name)s") % {"name": person_name(item.officer)})
    if item.notes:
        lines.extend(["", item.notes])
    return "\n".join(lines)


def item_event(item: CalendarItem, host: str, stamp: datetime) -> Event:
    zone = ZoneInfo(settings.TIME_ZONE)
    start = item.starts_at.astimezone(zone)
    end = (item.ends_at or item.starts_at + DEFAULT_LENGTH).astimezone(zone)
    event = Event()
    event.add("uid", f"press-item-{item.pk}@{host}")
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", item.title)
    event.add("description", describe(item))
    event.add("url", item_admin_url(item))
    event.add("categories", [item.get_kind_display()])
    if item.status == ItemStatus.CANCELLED:
        status = "CANCELLED"
    elif item.date_confirmed or item.status in (ItemStatus.CONFIRMED, ItemStatus.DONE):
        status = "CONFIRMED"
    else:
        status = "TENTATIVE"
    event.add("status", status)
    event.add("last-modified", item.updated_at)
    event.add("sequence", getattr(item, "change_count", None) or item.changes.count())
    return event


def build_feed(user, now: datetime | None = None) -> Calendar:
    """The calendar `user` subscribes to: every item the press calendar shows them."""
    stamp = now or timezone.now()
    host = settings.WAGTAILADMIN_BASE_URL.split("://", 1)[-1].split("/", 1)[0] or "portal"
    calendar = ical.new_calendar(_("Press calendar"))
    for item in feed_items(stamp):
        calendar.add_component(item_event(item, host, stamp))
    calendar.add_missing_timezones()
    return calendar
