"""Django-Q entry points of the notices app (declared in portal/schedules.py)."""

from __future__ import annotations

from .reminders import plan_reminders
from .sending import send_due_deliveries


def plan_due_reminders() -> int:
    """Every 10 minutes: make today's reminders; returns how many notices were made."""
    return len(plan_reminders())


def send_deliveries() -> dict[str, int]:
    """Every minute (and when a notice is queued): send what is due."""
    return send_due_deliveries()
