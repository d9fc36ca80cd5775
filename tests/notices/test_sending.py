"""The worker: send window, one reminder a day, consent and opt-out at send time, firms that
moved on, backoff honouring retry_after, fallback after a permanent failure, a lost worker's
row claimed again, and the outbox (the embedded default) receiving each message once."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from bots.models import ChatIdentity, OutboxMessage
from outreach.campaigns.models import ConsentRecord
from outreach.campaigns.pipeline import advance
from outreach.notices.audience import queue_notice
from outreach.notices.models import Delivery
from outreach.notices.sending import (
    claim,
    next_window_start,
    retry_delay,
    retry_delivery,
    send_due_deliveries,
)

from .conftest import daytime_zone, hanoi


@pytest.fixture(autouse=True)
def _outbox(settings):
    """The embedded default: no provider credentials, every channel lands in the outbox."""
    settings.TELEGRAM_BOT_TOKEN = ""
    settings.ZALO_APP_ID = ""


def _outbox_for(address: str) -> list[OutboxMessage]:
    return list(OutboxMessage.objects.filter(recipient=address))


def test_every_channel_lands_in_the_outbox_once(
    make_firm, make_contact, make_notice, now, mailoutbox
):
    firm = make_firm()
    tg = make_contact(firm, telegram_chat=6001)
    zns = make_contact(firm, consents=("zalo",))
    mail = make_contact(firm, consents=("email",))
    notice = make_notice()
    queue_notice(notice, now=now)

    assert send_due_deliveries(now=now) == {"sent": 3}
    assert send_due_deliveries(now=now) == {}  # nothing left, nothing sent twice

    (telegram,) = _outbox_for("6001")
    assert telegram.channel == "telegram" and "/stop" in telegram.text
    assert firm.enterprise.name in telegram.text and "31/08/2099" in telegram.text
    (template,) = OutboxMessage.objects.filter(channel="zalo_zns")
    assert template.recipient == "84" + zns.zalo_phone.removeprefix("+84")
    assert template.template_id == "tpl1"
    assert template.template_data == {
        "ten_doanh_nghiep": firm.enterprise.name,
        "han_nop": "31/08/2099",
    }
    (email,) = mailoutbox  # e-mail goes through Django's mail backend
    assert email.to == [mail.email] and email.subject == "Nhắc hạn nộp hồ sơ 2099"
    assert "/thong-bao/huy-nhan/" in email.body or "/notices/unsubscribe/" in email.body
    for contact in (tg, zns, mail):
        row = Delivery.objects.get(contact=contact)
        assert row.state == "sent" and row.attempts == 1 and row.sent_at is not None
        (attempt,) = row.attempts_log.all()
        assert attempt.outcome == "sent"
        if row.channel != "email":
            assert attempt.raw["stands_in_for"] == row.channel


def test_nothing_leaves_outside_the_window(make_firm, make_contact, make_notice, now):
    make_contact(make_firm(), consents=("email",))
    notice = make_notice()
    evening = hanoi(2099, 8, 24, 21, 30)
    queue_notice(notice, now=evening)

    assert send_due_deliveries(now=evening) == {}
    assert send_due_deliveries(now=hanoi(2099, 8, 25, 6, 59)) == {}
    row = Delivery.objects.get(notice=notice)
    assert row.state == "queued" and row.attempts == 0
    assert send_due_deliveries(now=hanoi(2099, 8, 25, 8, 0)) == {"sent": 1}


def test_window_setting_may_not_reach_into_the_night(settings, now):
    settings.NOTICES_SEND_WINDOW = "06:30-20:00"
    with pytest.raises(ImproperlyConfigured):
        send_due_deliveries(now=now)
    settings.NOTICES_SEND_WINDOW = "08:00-20:00"
    assert next_window_start(hanoi(2099, 8, 24, 20, 0)) == hanoi(2099, 8, 25, 8, 0)
    assert next_window_start(hanoi(2099, 8, 24, 7, 0)) == hanoi(2099, 8, 24, 8, 0)


def test_one_reminder_per_contact_per_channel_per_day(
    make_firm, make_contact, make_notice, now, mailoutbox
):
    contact = make_contact(make_firm(), consents=("email",))
    first = make_notice(kind="reminder", title="Nhắc 1")
    second = make_notice(kind="reminder", title="Nhắc 2")
    queue_notice(first, now=now)
    queue_notice(second, now=now)

    assert send_due_deliveries(now=now) == {"sent": 1, "queued": 1}
    waiting = Delivery.objects.get(contact=contact, state="queued")
    assert waiting.next_attempt_at == hanoi(2099, 8, 25, 8, 0)
    assert waiting.attempts == 0
    assert send_due_deliveries(now=hanoi(2099, 8, 25, 8, 0)) == {"sent": 1}
    assert [m.to for m in mailoutbox] == [[contact.email], [contact.email]]


def test_consent_withdrawn_after_queueing_is_honoured_and_next_channel_used(
    make_firm, make_contact, make_notice, now
):
    contact = make_contact(make_firm(), telegram_chat=6002, consents=("telegram", "email"))
    notice = make_notice()
    queue_notice(notice, now=now)
    ConsentRecord.objects.create(
        contact=contact,
        purpose="campaign_notices",
        channel="telegram",
        granted=False,
        notice_text="Rút lại đồng ý qua Telegram.",
        method="phone_call",
    )

    send_due_deliveries(now=now)

    telegram = Delivery.objects.get(contact=contact, channel="telegram")
    assert (telegram.state, telegram.reason) == ("skipped", "no_consent")
    assert not _outbox_for("6002")
    email = Delivery.objects.get(contact=contact, channel="email")
    assert email.state == "sent" and email.fallback_of == telegram


def test_opted_out_contact_gets_nothing_on_any_channel(make_firm, make_contact, make_notice, now):
    contact = make_contact(make_firm(), telegram_chat=6003)
    notice = make_notice()
    queue_notice(notice, now=now)
    ChatIdentity.objects.filter(external_id="6003").update(opted_out_at=timezone.now())

    assert send_due_deliveries(now=now) == {"skipped": 1}
    assert Delivery.objects.get(contact=contact).reason == "opted_out"
    assert Delivery.objects.filter(contact=contact).count() == 1
    assert not OutboxMessage.objects.filter(recipient__in=["6003", contact.email]).exists()


def test_firm_that_moved_on_is_skipped_at_send_time(make_firm, make_contact, make_notice, now):
    firm = make_firm(stage="session_held")
    make_contact(firm, consents=("email",))
    notice = make_notice(kind="reminder", skip_from_stage="dossier_submitted")
    queue_notice(notice, now=now)
    advance(firm, "dossier_submitted", source="firm")

    assert send_due_deliveries(now=now) == {"skipped": 1}
    assert Delivery.objects.get(notice=notice).reason == "moved_on"


def test_retry_after_is_honoured(fake_telegram, make_firm, make_contact, make_notice, now):
    fake_telegram.add_chat(6004)
    fake_telegram.fail_next("retry_after", retry_after=7, methods=("sendMessage",))
    contact = make_contact(make_firm(), telegram_chat=6004, consents=("telegram",))
    queue_notice(make_notice(), now=now)

    assert send_due_deliveries(now=now) == {"retrying": 1}
    row = Delivery.objects.get(contact=contact)
    assert row.next_attempt_at >= now + timedelta(seconds=7)
    (attempt,) = row.attempts_log.all()
    assert (attempt.error_kind, attempt.code, attempt.retry_after) == ("retryable", "429", 7)
    assert send_due_deliveries(now=now + timedelta(seconds=5)) == {}
    assert send_due_deliveries(now=now + timedelta(seconds=9)) == {"sent": 1}
    assert len(fake_telegram.messages_to(6004)) == 1


def test_a_refused_send_does_not_spend_the_rate_limit(
    settings, fake_telegram, make_firm, make_contact, make_notice, now
):
    """With room for one Telegram message a minute, a send answered 429 leaves that room to
    the next row, which goes at once instead of waiting for the next minute."""
    settings.NOTICES_RATE_LIMITS = "telegram=1/m"
    cache.delete_many([f"notices:rate:telegram:{int(time.time() // 60) + n}" for n in (0, 1)])
    firm = make_firm()
    for chat in (6101, 6102):
        fake_telegram.add_chat(chat)
        make_contact(firm, telegram_chat=chat, consents=("telegram",))
    fake_telegram.fail_next("retry_after", retry_after=30, methods=("sendMessage",))
    queue_notice(make_notice(), now=now)

    started = time.monotonic()
    assert send_due_deliveries(now=now) == {"retrying": 1, "sent": 1}
    assert time.monotonic() - started < 20
    assert len(fake_telegram.sent) == 1


def test_a_short_retry_is_waited_for_within_the_run(
    settings, fake_telegram, make_firm, make_contact, make_notice
):
    """A row asked to wait two seconds is sent by the same run, not left to the next
    minute's; on the real clock, with the window's zone one where it is day now."""
    settings.NOTICES_TIME_ZONE = daytime_zone()
    settings.NOTICES_SEND_WINDOW = "07:00-21:00"
    fake_telegram.add_chat(6201)
    make_contact(make_firm(), telegram_chat=6201, consents=("telegram",))
    fake_telegram.fail_next("retry_after", retry_after=2, methods=("sendMessage",))
    queue_notice(make_notice())

    started = time.monotonic()
    assert send_due_deliveries() == {"retrying": 1, "sent": 1}
    assert 2 <= time.monotonic() - started < 9
    assert len(fake_telegram.messages_to(6201)) == 1


def test_backoff_grows_and_is_jittered():
    delays = [retry_delay(attempt, None) for attempt in (1, 2, 3, 4)]
    assert 7 <= delays[0] <= 15 and 60 <= delays[3] <= 120
    assert 7 <= retry_delay(1, 7) <= 8.4


def test_blocked_chat_falls_back_to_the_next_channel(
    fake_telegram, make_firm, make_contact, make_notice, now
):
    fake_telegram.block(6005)
    contact = make_contact(make_firm(), telegram_chat=6005, consents=("telegram", "zalo"))
    queue_notice(make_notice(), now=now)

    assert send_due_deliveries(now=now) == {"failed": 1, "sent": 1}
    failed = Delivery.objects.get(contact=contact, channel="telegram")
    assert failed.state == "failed" and failed.error
    assert failed.attempts_log.get().code == "403"
    zns = Delivery.objects.get(contact=contact, channel="zalo_zns")
    assert zns.state == "sent" and zns.fallback_of == failed

    assert retry_delivery(failed, now=now).state == "queued"  # the admin's retry button
    assert retry_delivery(zns, now=now) is None  # only failed rows


def test_a_dead_workers_row_is_claimed_again_and_sent_once(
    settings, make_firm, make_contact, make_notice, now
):
    settings.NOTICES_LEASE_SECONDS = 60
    contact = make_contact(make_firm(), consents=("zalo",))
    queue_notice(make_notice(), now=now)
    (lost,) = claim(now, 10)  # a worker claims the row, sends it and dies before recording
    row = Delivery.objects.get(contact=contact)
    assert row.state == "sending"
    OutboxMessage.objects.create(
        channel="zalo_zns", recipient=row.address, idempotency_key=row.idempotency_key
    )

    assert claim(now + timedelta(seconds=30), 10) == []  # still leased
    assert send_due_deliveries(now=now + timedelta(seconds=61)) == {"sent": 1}
    row.refresh_from_db()
    assert row.state == "sent" and row.attempts == 2 and row.lease_token != lost[1]
    # The same idempotency key: the provider (here the outbox) keeps the message once.
    assert OutboxMessage.objects.filter(idempotency_key=row.idempotency_key).count() == 1
    assert row.attempts_log.get().raw["repeat"] is True
