"""The plan-vs-actual board: what each target has reached, counted from the work itself.

Counts come from published portal articles, held events, coverage entries and finished
items, never typed in. Other apps (the invitation form sets) register their own counter for
a kind with `register_counter`, so press never imports them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import CalendarItem, CommunicationPlan, CoverageEntry, ItemStatus, TargetKind

Counter = Callable[[int], int]

_counters: dict[str, Counter] = {}
_counter_sources: dict[str, str] = {}

MEDIA_KINDS = (TargetKind.TV_REPORT, TargetKind.PRESS_ARTICLE, TargetKind.ONLINE_ARTICLE)
HELD_KINDS = (
    TargetKind.PRESS_CONFERENCE,
    TargetKind.DISSEMINATION_CONFERENCE,
    TargetKind.TRAINING_CLASS,
)
QUANTITY_KINDS = (TargetKind.FORM_SETS, TargetKind.PRINTED_CATALOGUES)


def register_counter(kind: str, counter: Counter, source: str) -> None:
    """Count `kind` with `counter(year)` instead of finished calendar items."""
    _counters[kind] = counter
    _counter_sources[kind] = source


def _finished(kind: str, year: int):
    return CalendarItem.objects.filter(kind=kind, status=ItemStatus.DONE).filter(
        Q(completed_at__year=year) | Q(completed_at__isnull=True, starts_at__year=year)
    )


def count_media(kind: str, year: int) -> int:
    """Each coverage entry counts once; a finished item without any entry counts once."""
    entries = CoverageEntry.objects.filter(item__kind=kind, published_on__year=year).count()
    bare = _finished(kind, year).annotate(entries=Count("coverage")).filter(entries=0).count()
    return entries + bare


def count_held(kind: str, year: int) -> int:
    return _finished(kind, year).count()


def count_quantity(kind: str, year: int) -> int:
    return _finished(kind, year).aggregate(total=Sum("quantity"))["total"] or 0


def count_portal_posts(year: int) -> int:
    from wagtail.models import Locale

    from cms.pages.models import ArticlePage

    return (
        ArticlePage.objects.live()
        .filter(locale=Locale.get_default(), first_published_at__year=year)
        .count()
    )


SOURCES = {
    **{kind: _("coverage entries and finished items") for kind in MEDIA_KINDS},
    **{kind: _("items held") for kind in HELD_KINDS},
    **{kind: _("quantities of finished print runs") for kind in QUANTITY_KINDS},
    TargetKind.WEBSITE_POSTS: _("news articles published on the portal"),
}


def actual(kind: str, year: int) -> int:
    if kind in _counters:
        return _counters[kind](year)
    if kind == TargetKind.WEBSITE_POSTS:
        return count_portal_posts(year)
    if kind in MEDIA_KINDS:
        return count_media(kind, year)
    if kind in QUANTITY_KINDS:
        return count_quantity(kind, year)
    return count_held(kind, year)


def still_planned(kind: str, year: int, today: date) -> int:
    """Open items of the kind dated between today and the end of the year."""
    items = CalendarItem.objects.open().filter(
        kind=kind, starts_at__year=year, starts_at__date__gte=today
    )
    if kind in QUANTITY_KINDS:
        return items.aggregate(total=Sum("quantity"))["total"] or 0
    return items.exclude(status=ItemStatus.IDEA).count()


def year_elapsed(year: int, today: date) -> float:
    if today.year < year:
        return 0.0
    if today.year > year:
        return 1.0
    start = date(year, 1, 1)
    return ((today - start).days + 1) / ((date(year + 1, 1, 1) - start).days)


@dataclass
class TargetProgress:
    kind: str
    label: str
    minimum: int
    maximum: int
    actual: int
    expected: int
    planned: int
    pace: str
    source: str
    notes: list[str] = field(default_factory=list)

    @property
    def percent(self) -> int:
        """Share of the maximum reached, for the bar (capped at 100)."""
        return min(100, round(100 * self.actual / self.maximum)) if self.maximum else 100

    @property
    def minimum_percent(self) -> int:
        return min(100, round(100 * self.minimum / self.maximum)) if self.maximum else 100

    @property
    def pace_label(self) -> str:
        return str(PACE_LABELS[self.pace])


PACE_LABELS = {
    "green": _("On pace"),
    "amber": _("Behind pace, covered by scheduled items"),
    "red": _("Behind pace"),
    "waiting": _("Not started"),
}


def pace_of(minimum: int, got: int, expected: int, planned: int, elapsed: float) -> str:
    """Green on pace (or met); amber behind it but the scheduled items would still reach the
    minimum; red when even they would not. A year not begun is only waiting."""
    if elapsed == 0:
        return "waiting"
    if got >= minimum or got >= expected:
        return "green"
    if elapsed < 1 and got + planned >= minimum:
        return "amber"
    return "red"


def plan_progress(plan: CommunicationPlan, today: date | None = None) -> list[TargetProgress]:
    today = today or timezone.localdate()
    elapsed = year_elapsed(plan.year, today)
    rows = []
    for target in plan.targets.all():
        got = actual(target.kind, plan.year)
        expected = math.floor(target.minimum * elapsed)
        planned = still_planned(target.kind, plan.year, today)
        rows.append(
            TargetProgress(
                kind=target.kind,
                label=target.get_kind_display(),
                minimum=target.minimum,
                maximum=target.maximum,
                actual=got,
                expected=expected,
                planned=planned,
                pace=pace_of(target.minimum, got, expected, planned, elapsed),
                source=str(_counter_sources.get(target.kind) or SOURCES.get(target.kind, "")),
            )
        )
    return rows
