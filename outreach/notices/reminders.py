"""Reminders the campaign sends by itself: `plan_reminders` (every 10 minutes) turns each
active rule's due days into reminder notices and queues them. A reminder is made once per
rule, date and offset (a unique plan key), however often the planner runs or how many workers
run it; moving a deadline makes reminders for the new date."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from outreach.campaigns.models import WorkingSession

from .audience import queue_notice
from .models import Notice, ReminderRule


def _send_at(rule: ReminderRule, day: date, now: datetime) -> datetime:
    at = timezone.make_aware(datetime.combine(day, rule.send_time))
    return max(at, now)


def _make(rule: ReminderRule, key: str, title: str, now: datetime, **fields) -> Notice | None:
    if Notice.objects.filter(plan_key=key).exists():
        return None
    try:
        with transaction.atomic():
            notice = Notice.objects.create(
                campaign=rule.campaign,
                template=rule.template,
                kind=Notice.Kind.REMINDER,
                title=title[:200],
                rule=rule,
                skip_from_stage=rule.skip_from_stage,
                plan_key=key,
                created_at=now,
                **fields,
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
        offsets = rule.day_offsets()
        if rule.kind == ReminderRule.Kind.DEADLINE:
            deadline = getattr(rule.campaign, rule.deadline_field or "", None)
            if deadline is None:
                continue
            for days in offsets:
                if deadline - timedelta(days=days) != today:
                    continue
                title = gettext("%(rule)s: %(days)s day(s) before %(date)s") % {
                    "rule": rule.name,
                    "days": days,
                    "date": deadline.strftime("%d/%m/%Y"),
                }
                key = f"rule-{rule.pk}-{deadline.isoformat()}-{days}"
                notice = _make(
                    rule, key, title, now, deadline=deadline, send_at=_send_at(rule, today, now)
                )
                if notice:
                    made.append(notice)
            continue
        horizon = now + timedelta(days=max(offsets) + 1)
        sessions = WorkingSession.objects.filter(
            firm__campaign=rule.campaign, starts_at__gt=now, starts_at__lte=horizon
        ).select_related("firm__enterprise")
        for session in sessions:
            day = timezone.localdate(session.starts_at)
            for days in offsets:
                if day - timedelta(days=days) != today:
                    continue
                title = gettext("%(rule)s: %(firm)s, %(date)s") % {
                    "rule": rule.name,
                    "firm": session.firm.enterprise.name,
                    "date": day.strftime("%d/%m/%Y"),
                }
                key = f"rule-{rule.pk}-session-{session.pk}-{day.isoformat()}-{days}"
                send_at = min(_send_at(rule, today, now), session.starts_at)
                notice = _make(rule, key, title, now, session=session, send_at=send_at)
                if notice:
                    made.append(notice)
    return made
