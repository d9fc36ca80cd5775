"""Every recurring job of the project, declared here and upserted into Django-Q by name.

`sync_schedules` (run after every migrate and by the start command) makes the database match
this list: it creates missing schedules, updates changed ones and never duplicates a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone


@dataclass(frozen=True)
class Recurring:
    name: str
    func: str
    minutes: int
    description: str


# Schedules whose names start with these are ours to remove when no longer declared.
PREFIXES = ("publish-", "portal-", "bots-", "press-", "notices-")

SCHEDULES: list[Recurring] = [
    Recurring(
        name="publish-scheduled-pages",
        func="portal.tasks.publish_scheduled_pages",
        minutes=1,
        description="Publish pages whose go-live time has come; unpublish expired ones.",
    ),
    Recurring(
        name="bots-inbound-sweep",
        func="bots.tasks.sweep_inbound_updates",
        minutes=5,
        description="Answer chat updates whose task was lost; delete those past retention.",
    ),
    Recurring(
        name="bots-zalo-refresh-token",
        func="bots.tasks.refresh_zalo_token",
        minutes=30,
        description="Renew the Zalo OA access token before it expires (single-flight).",
    ),
    Recurring(
        name="press-item-reminders",
        func="outreach.press.reminders.send_item_reminders",
        minutes=15,
        description="E-mail officers the press calendar items due within their reminder days.",
    ),
    Recurring(
        name="press-held-events",
        func="outreach.press.scheduling.refresh_held_events",
        minutes=60,
        description="Mark press calendar items held once their linked event page has ended.",
    ),
    Recurring(
        name="notices-plan-reminders",
        func="outreach.notices.tasks.plan_due_reminders",
        minutes=10,
        description="Make and queue the reminders due today from each campaign's rules.",
    ),
    Recurring(
        name="notices-send-deliveries",
        func="outreach.notices.tasks.send_deliveries",
        minutes=1,
        description="Send due notice and reminder deliveries within the send window.",
    ),
]


def _next_whole_minute(now: datetime) -> datetime:
    # Aligned to :00 so a page due at 10:05 is picked up by the 10:05 run, not the 10:06 one.
    return now.replace(second=0, microsecond=0) + timedelta(minutes=1)


def sync_schedules() -> list[str]:
    """Upsert the declared schedules; remove ours that are no longer declared."""
    from django_q.models import Schedule

    declared = {recurring.name for recurring in SCHEDULES}
    changed = []
    with transaction.atomic():
        for recurring in SCHEDULES:
            existing = Schedule.objects.filter(name=recurring.name).order_by("pk")
            first = existing.first()
            if first is not None:
                existing.exclude(pk=first.pk).delete()  # duplicates from older start-up code
            defaults = {
                "func": recurring.func,
                "schedule_type": Schedule.MINUTES,
                "minutes": recurring.minutes,
                "repeats": -1,
            }
            if first is None:
                Schedule.objects.create(
                    name=recurring.name, next_run=_next_whole_minute(timezone.now()), **defaults
                )
                changed.append(recurring.name)
            elif any(getattr(first, field) != value for field, value in defaults.items()):
                for field, value in defaults.items():
                    setattr(first, field, value)
                first.save()
                changed.append(recurring.name)
        Schedule.objects.filter(name__startswith=PREFIXES).exclude(name__in=declared).delete()
    return changed


def sync_after_migrate(sender, **kwargs) -> None:
    """post_migrate hook: schedules exist as soon as the database does."""
    from django.db import connections

    if getattr(sender, "label", "") != "django_q":
        return  # post_migrate is sent once per app; django_q's is the one that owns the table
    connection = connections[kwargs.get("using") or "default"]
    if "django_q_schedule" in connection.introspection.table_names():
        sync_schedules()
