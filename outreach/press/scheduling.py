"""Moving calendar items in time, with the change log and the linked page kept in step.

One place decides what a move means, whether it comes from the edit form, a drag on the
calendar or the linked article's own scheduling, so the three can never disagree.
"""

from __future__ import annotations

from datetime import date, datetime, time

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import CalendarItem, ItemChange, ItemStatus
from .models.calendar import ChangeSource

TRACKED_FIELDS = ("starts_at", "ends_at", "status")


class RescheduleError(Exception):
    """A move staff asked for that cannot be made; the message says why."""


def _label(item: CalendarItem, field: str) -> str:
    value = getattr(item, field)
    if value is None:
        return ""
    if field == "status":
        return item.get_status_display()
    return date_format(timezone.localtime(value), "d/m/Y H:i")


def log_changes(
    before: CalendarItem | None,
    after: CalendarItem,
    *,
    user=None,
    source: str = ChangeSource.FORM,
) -> list[ItemChange]:
    """Record each tracked field that differs between two states of the same item."""
    if before is None:
        return []
    rows = [
        ItemChange(
            item=after,
            user=user if getattr(user, "is_authenticated", False) else None,
            source=source,
            field=field,
            old_value=_label(before, field),
            new_value=_label(after, field),
        )
        for field in TRACKED_FIELDS
        if getattr(before, field) != getattr(after, field)
    ]
    return ItemChange.objects.bulk_create(rows)


def _linked_article(item: CalendarItem):
    if not item.page_id:
        return None
    page = item.page.specific
    return page if page._meta.label == "pages.ArticlePage" else None


def push_to_page(item: CalendarItem) -> bool:
    """Give a linked article, not yet live, the item's date as its go-live time.

    The page row, its latest draft and (when it is scheduled) the approved revision all carry
    the time, so the editor, the page's status and `publish_scheduled` agree. Written with
    queryset updates so the page's own signals do not echo the change back to the item.
    """
    page = _linked_article(item)
    if page is None or page.live or item.starts_at is None:
        return False
    if page.go_live_at == item.starts_at:
        return False
    from wagtail.models import Page, Revision

    Page.objects.filter(pk=page.pk).update(go_live_at=item.starts_at)
    stamp = item.starts_at.isoformat()
    revisions = Revision.page_revisions.filter(object_id=str(page.pk))
    latest = page.latest_revision
    if latest is not None:
        latest.content["go_live_at"] = stamp
        Revision.objects.filter(pk=latest.pk).update(content=latest.content)
    for revision in revisions.filter(approved_go_live_at__isnull=False):
        revision.content["go_live_at"] = stamp
        Revision.objects.filter(pk=revision.pk).update(
            approved_go_live_at=item.starts_at, content=revision.content
        )
    return True


def reschedule(
    item: CalendarItem,
    day: date,
    *,
    user=None,
    source: str = ChangeSource.CALENDAR,
) -> CalendarItem:
    """Move an item to another day, keeping its time of day and its length."""
    if not item.is_movable:
        if item.status in (ItemStatus.DONE, ItemStatus.CANCELLED):
            raise RescheduleError(
                _("“%(title)s” is %(status)s: its date can no longer change.")
                % {"title": item.title, "status": item.get_status_display().lower()}
            )
        raise RescheduleError(
            _("“%(title)s” follows its event page: change the date on the event page.")
            % {"title": item.title}
        )
    zone = timezone.get_current_timezone()
    # An idea dropped on a day gets a working-morning time until staff set the real one.
    clock = timezone.localtime(item.starts_at).time() if item.starts_at else time(9, 0)
    new_start = timezone.make_aware(datetime.combine(day, clock), zone)
    with transaction.atomic():
        locked = CalendarItem.objects.select_for_update().get(pk=item.pk)
        before = CalendarItem.objects.get(pk=item.pk)
        if locked.ends_at and locked.starts_at:
            locked.ends_at = new_start + (locked.ends_at - locked.starts_at)
        locked.starts_at = new_start
        if locked.status == ItemStatus.IDEA:
            locked.status = ItemStatus.PLANNED
        locked.save()
        log_changes(before, locked, user=user, source=source)
        push_to_page(locked)
    return locked


def follow_page(page, *, user=None) -> int:
    """Bring the items linked to `page` in line with it after the page changed.

    An article gives its go-live time (from the scheduled revision or the draft) and, once
    live, marks its items published; an event gives its start and end.
    """
    items = list(CalendarItem.objects.filter(page_id=page.pk))
    if not items:
        return 0
    page = page.specific
    changed = 0
    for item in items:
        before = CalendarItem.objects.get(pk=item.pk)
        if page._meta.label == "pages.EventPage":
            item.starts_at, item.ends_at = page.start, page.end
            if page.live and page.end and page.end < timezone.now():
                _mark_done(item, page.end)
        elif page.live:
            _mark_done(item, page.first_published_at or timezone.now())
            item.starts_at = page.first_published_at or item.starts_at
        else:
            wanted = _draft_go_live_at(page)
            if wanted is not None and item.status != ItemStatus.DONE:
                item.starts_at = wanted
                if item.ends_at and item.ends_at < wanted:
                    item.ends_at = None
        if any(getattr(before, field) != getattr(item, field) for field in TRACKED_FIELDS):
            item.save()
            log_changes(before, item, user=user, source=ChangeSource.PAGE)
            changed += 1
    return changed


def _mark_done(item: CalendarItem, when: datetime) -> None:
    if item.status != ItemStatus.CANCELLED:
        item.status = ItemStatus.DONE
        item.completed_at = item.completed_at or when


def _draft_go_live_at(page) -> datetime | None:
    from django.utils.dateparse import parse_datetime
    from wagtail.models import Revision

    scheduled = (
        Revision.page_revisions.filter(object_id=str(page.pk), approved_go_live_at__isnull=False)
        .order_by("-created_at")
        .first()
    )
    if scheduled is not None:
        return scheduled.approved_go_live_at
    latest = page.latest_revision
    raw = latest.content.get("go_live_at") if latest else None
    if raw:
        return parse_datetime(raw)
    return page.go_live_at


def refresh_held_events(now: datetime | None = None) -> int:
    """Mark items done whose linked, published event page has ended.

    An event is held when its end passes, long after its page was published, so this runs on
    a schedule (and before the board counts) rather than on a page signal.
    """
    from cms.pages.models import EventPage

    now = now or timezone.now()
    ended = EventPage.objects.live().filter(end__lt=now).values("pk")
    items = CalendarItem.objects.open().filter(page_id__in=ended).select_related("page")
    changed = 0
    for item in items:
        changed += follow_page(item.page)
    return changed
