"""The demo: reminder rules, a draft notice and working sessions to come for the 2026
campaign, built once; the reminders appear on their days and land in the outbox (the embedded
default)."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from bots.models import OutboxMessage
from outreach.notices.models import Delivery, Notice, ReminderRule
from outreach.notices.reminders import plan_reminders, upcoming_reminders
from outreach.notices.sending import next_window_start, send_due_deliveries
from portal.demo.notices import DEADLINE_RULE, NOTICE_TITLE, SESSION_RULE, NoticesDemo

from .conftest import hanoi


def test_demo_rules_and_notice_built_once(db):
    rule = ReminderRule.objects.get(name=DEADLINE_RULE)
    assert rule.campaign.year == 2026 and rule.day_offsets() == [7, 3, 1]
    notice = Notice.objects.get(title=NOTICE_TITLE)
    assert notice.state == "draft" and notice.stages == ["invited"]
    assert NoticesDemo().build() == 0


def test_demo_reminders_appear_on_their_days(db, settings, mailoutbox):
    settings.TELEGRAM_BOT_TOKEN = ""
    settings.ZALO_APP_ID = ""
    rule = ReminderRule.objects.get(name=DEADLINE_RULE)
    assert plan_reminders(hanoi(2026, 9, 22, 9, 0)) == [] or not Notice.objects.filter(rule=rule)

    made = [n for n in plan_reminders(hanoi(2026, 9, 23, 9, 0)) if n.rule == rule]
    assert len(made) == 1  # 7 days before 30/09/2026
    rows = Delivery.objects.filter(notice=made[0])
    assert rows.filter(state="queued").exists()
    assert not rows.filter(firm__stage__in=["dossier_submitted", "dossier_complete"]).exists()

    send_due_deliveries(now=hanoi(2026, 9, 23, 9, 5))
    sent = rows.filter(state="sent")
    assert sent.exists() and not rows.filter(state__in=["queued", "sending"]).exists()
    outbox = OutboxMessage.objects.filter(idempotency_key__in=sent.values("idempotency_key"))
    assert outbox.count() == sent.exclude(channel="email").count()
    assert len(mailoutbox) == sent.filter(channel="email").count()


def test_officer_sends_the_demo_notice_to_the_outbox(officer_client, settings):
    settings.TELEGRAM_BOT_TOKEN = ""
    settings.ZALO_APP_ID = ""
    notice = Notice.objects.get(title=NOTICE_TITLE)
    review = reverse("wagtailsnippets_notices_notice:review", args=[notice.pk])
    assert officer_client.get(review).status_code == 200
    assert officer_client.post(review).status_code == 302
    # Queued now: sent at the first moment after it that the send window allows.
    send_due_deliveries(now=next_window_start(timezone.now() + timedelta(seconds=1)))
    sent = Delivery.objects.filter(notice=notice, state="sent")
    assert sent.exists()
    assert OutboxMessage.objects.filter(
        idempotency_key__in=sent.exclude(channel="email").values("idempotency_key")
    ).exists()


def test_demo_sessions_to_come_give_reminders_within_the_week(db, settings):
    """Whoever tries the demo sees the session rule's reminders made on their days: the
    demo's working sessions are dated from the day it was built."""
    settings.TELEGRAM_BOT_TOKEN = ""
    settings.ZALO_APP_ID = ""
    rule = ReminderRule.objects.get(name=SESSION_RULE)
    coming = upcoming_reminders(rule)
    assert len(coming) == 3
    assert coming[0].day <= timezone.localdate() + timedelta(days=5)
    first = coming[0]
    made = plan_reminders(hanoi(first.day.year, first.day.month, first.day.day, 9, 0))
    assert [notice.session for notice in made if notice.rule == rule] == [first.session]
    assert Delivery.objects.filter(notice__rule=rule, notice__session=first.session).exists()
