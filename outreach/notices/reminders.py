"""Reminders the campaign sends by itself: `plan_reminders` (every 10 minutes) turns each
active rule's due days into reminder notices and queues them. A reminder is made once per
rule, date and offset (a unique plan key), however often the planner runs or how many workers
run it; moving a deadline makes reminders for the new date. `upcoming_reminders` lists the
same days ahead of time, so staff see what will go out and when."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from outreach.campaigns.models import WorkingSession

from .audience import audience_firms, queue_notice
from .models import Notice, ReminderRule


@dataclass
class Occasion:
    """One reminder a rule makes: the day it goes out and what it is about."""

    day: date
    key: str
    title: str
    fields: dict = field(default_factory=dict)

    @property
    def session(self) -> WorkingSession | None:
        return self.fields.get("session")


def _occasions(rule: ReminderRule, now: datetime, until: date) -> Iterator[Occasion]:
    """Every reminder `rule` makes from today (Hà Nội date) to `until`, in no set order."""
    today = timezone.localdate(now)
    offsets = rule.day_offsets()
    if not offsets:
        return
    if rule.kind == ReminderRule.Kind.DEADLINE:
        deadline = getattr(rule.campaign, rule.deadline_field or "", None)
        if deadline is None:
            return
        for days in offsets:
            day = deadline - timedelta(days=days)
            if today <= day <= until:
                title = gettext("%(rule)s: %(days)s day(s) before %(date)s") % {
                    "rule": rule.name,
                    "days": days,
                    "date": deadline.strftime("%d/%m/%Y"),
                }
                key = f"rule-{rule.pk}-{deadline.isoformat()}-{days}"
                yield Occasion(day, key, title, {"deadline": deadline})
        return
    last = until + timedelta(days=max(offsets) + 1)
    sessions = WorkingSession.objects.filter(
        firm__campaign=rule.campaign,
        starts_at__gt=now,
        starts_at__lt=timezone.make_aware(datetime.combine(last, clock.min)),
    ).select_related("firm__enterprise")
    for session in sessions:
        session_day = timezone.localdate(session.starts_at)
        for days in offsets:
            day = session_day - timedelta(days=days)
            if today <= day <= until:
                title = gettext("%(rule)s: %(firm)s, %(date)s") % {
                    "rule": rule.name,
                    "firm": session.firm.enterprise.name,
                    "date": session_day.strftime("%d/%m/%Y"),
                }
                key = f"rule-{rule.pk}-session-{session.pk}-{session_day.isoformat()}-{days}"
                yield Occasion(day, key, title, {"session": session})


def _send_at(rule: ReminderRule, occasion: Occasion, now: datetime) -> datetime:
    send_time = rule.send_time  # a string until a new rule is read back from the database
    if isinstance(send_time, str):
        send_time = clock.fromisoformat(send_time)
    at = max(timezone.make_aware(datetime.combine(occasion.day, send_time)), now)
    if occasion.session is not None:
        at = min(at, occasion.session.starts_at)
    return at


def _make(rule: ReminderRule, occasion: Occasion, now: datetime) -> Notice | None:
    if Notice.objects.filter(plan_key=occasion.key).exists():
        return None
    try:
        with transaction.atomic():
            notice = Notice.objects.create(
                campaign=rule.campaign,
                template=rule.template,
                kind=Notice.Kind.REMINDER,
                title=occasion.title[:200],
                rule=rule,
                skip_from_stage=rule.skip_from_stage,
                plan_key=occasion.key,
                created_at=now,
                send_at=_send_at(rule, occasion, now),
                **occasion.fields,
            )
            queue_notice(notice, now=now)
    except IntegrityError:
        return None  # another worker planned it first
    return notice


def plan_reminders(now: datetime | None = None) -> list[Notice]:
    """Make and queue the reminders due today (Hà Nội date); returns the new ones."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    made = []
    rules = ReminderRule.objects.filter(active=True).select_related("campaign", "template")
    for rule in rules:
        for occasion in _occasions(rule, now, today):
            if notice := _make(rule, occasion, now):
                made.append(notice)
    return made


@dataclass
class PlannedReminder:
    """A reminder still to come (or made today), as the rule's page lists it."""

    day: date
    send_at: datetime
    title: str
    firms: int
    session: WorkingSession | None = None
    notice: Notice | None = None


def upcoming_reminders(
    rule: ReminderRule, now: datetime | None = None, days: int = 90
) -> list[PlannedReminder]:
    """The reminders `rule` will make over the next `days` days, soonest first, with the
    number of firms each would reach as things stand now (the stage is checked again when it
    is sent). Those already made today carry their notice."""
    now = now or timezone.now()
    occasions = sorted(
        _occasions(rule, now, timezone.localdate(now) + timedelta(days=days)),
        key=lambda occasion: (occasion.day, occasion.key),
    )
    made = {
        notice.plan_key: notice
        for notice in Notice.objects.filter(plan_key__in=[o.key for o in occasions])
    }
    reached = None
    planned = []
    for occasion in occasions:
        if occasion.session is not None:
            firms = 1
        else:
            if reached is None:
                probe = Notice(campaign=rule.campaign, skip_from_stage=rule.skip_from_stage)
                reached = audience_firms(probe).count()
            firms = reached
        planned.append(
            PlannedReminder(
                day=occasion.day,
                send_at=_send_at(rule, occasion, now),
                title=occasion.title,
                firms=firms,
                session=occasion.session,
                notice=made.get(occasion.key),
            )
        )
    return planned
