"""Reminders to the officer responsible for a calendar item, N days before it.

The e-mail is the delivery for now. When the notices app exists it registers its own
delivery with `register_sender` and staff reminders join its ledger and channels; choosing
which items are due, and claiming each one once, stays here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .links import item_admin_url, person_name, preferred_language
from .models import CalendarItem

logger = logging.getLogger(__name__)

Sender = Callable[[CalendarItem], None]


def email_reminder(item: CalendarItem) -> None:
    """Mail the officer, in their admin language (Vietnamese unless they chose another)."""
    officer = item.officer
    with translation.override(preferred_language(officer)):
        when = date_format(timezone.localtime(item.starts_at), "l d/m/Y H:i")
        subject = _("Reminder: “%(title)s” on %(when)s") % {"title": item.title, "when": when}
        lines = [
            _("Hello %(name)s,") % {"name": person_name(officer)},
            "",
            _("A press calendar item you are responsible for is coming up:"),
            "",
            _("Item: %(title)s") % {"title": item.title},
            _("When: %(when)s") % {"when": when},
            _("Date confirmed") if item.date_confirmed else _("Date provisional"),
            _("Kind: %(kind)s") % {"kind": item.get_kind_display()},
            _("Status: %(status)s") % {"status": item.get_status_display()},
        ]
        if item.outlet:
            lines.append(_("Outlet: %(outlet)s") % {"outlet": item.outlet})
        lines += [
            "",
            _("Open the item: %(url)s") % {"url": item_admin_url(item)},
            "",
            _(
                "You receive this because you are the item's responsible officer. To stop "
                "reminders for it, set “remind the officer (days before)” to 0."
            ),
        ]
    send_mail(subject, "\n".join(lines), settings.DEFAULT_FROM_EMAIL, [officer.email])


_sender: Sender = email_reminder


def register_sender(sender: Sender) -> None:
    """Deliver staff reminders with `sender(item)` instead of e-mail (the notices app)."""
    global _sender
    _sender = sender


def due_items(now: datetime) -> list[CalendarItem]:
    """Open items whose reminder time has come, whose start is still ahead, and whose current
    date has not been reminded yet (a moved item is due again)."""
    candidates = (
        CalendarItem.objects.open()
        .filter(
            starts_at__gt=now,
            reminder_days__gt=0,
            officer__is_active=True,
        )
        .exclude(officer__email="")
        .select_related("officer", "outlet")
        .order_by("starts_at", "pk")
    )
    return [
        item
        for item in candidates
        if item.reminded_for != item.starts_at
        and item.starts_at - timedelta(days=item.reminder_days) <= now
    ]


def claim(item: CalendarItem) -> bool:
    """Mark the item reminded for its date, unless another run just did: one UPDATE whose
    WHERE clause sees the other run's commit, so two workers never both send."""
    claimed = (
        CalendarItem.objects.filter(pk=item.pk, starts_at=item.starts_at)
        .exclude(reminded_for=item.starts_at)
        .update(reminded_for=item.starts_at)
    )
    return claimed == 1


def send_item_reminders(now: datetime | None = None) -> int:
    """The recurring job: remind each due item's officer once; returns how many were sent."""
    now = now or timezone.now()
    sent = 0
    for item in due_items(now):
        previous = item.reminded_for
        if not claim(item):
            continue
        try:
            _sender(item)
        except Exception:
            # Give the claim back so the next run tries again; one bad address must not
            # stop the other officers' reminders.
            CalendarItem.objects.filter(pk=item.pk, reminded_for=item.starts_at).update(
                reminded_for=previous
            )
            logger.exception("Reminder for calendar item %s could not be sent", item.pk)
            continue
        sent += 1
    return sent
