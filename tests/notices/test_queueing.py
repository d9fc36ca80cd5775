"""Audiences, the composer's counts and queueing: what staff confirm is what is queued, once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from outreach.notices.audience import NoticeError, plan_notice, queue_notice, recipient_counts
from outreach.notices.models import Delivery, NoticeTemplate


def test_counts_per_channel_follow_links_consent_and_addresses(
    make_firm, make_contact, make_notice, now
):
    firm = make_firm()
    make_contact(firm, telegram_chat=5001)  # linked chat: Telegram first
    make_contact(firm, consents=("zalo",))  # Zalo consent, phone: ZNS
    make_contact(firm, consents=("email",))  # e-mail only
    make_contact(firm, consents=())  # never asked: nothing
    make_contact(firm, consents=("email",), email="", zalo_phone="")  # nowhere to write
    notice = make_notice()

    counts = recipient_counts(plan_notice(notice))

    assert counts["channels"] == {"telegram": 1, "zalo_zns": 1, "email": 1}
    assert counts["skipped"] == {"no_consent": 1, "no_channel": 1}


def test_audience_by_stage_sector_and_hand(make_firm, make_contact, make_notice, campaign):
    from cms.catalogue.models import Sector

    sector = Sector.objects.first()
    invited = make_firm(stage="invited", sector=sector)
    downloaded = make_firm(stage="form_downloaded")
    withdrew = make_firm(stage="withdrew")
    for firm in (invited, downloaded, withdrew):
        make_contact(firm, consents=("email",))

    def firms(notice):
        return {plan.firm for plan in plan_notice(notice)}

    assert firms(make_notice()) == {invited, downloaded}  # closed stages left out
    assert firms(make_notice(stages=["withdrew"])) == {withdrew}
    assert firms(make_notice(sector=sector)) == {invited}
    assert firms(make_notice(firms=[downloaded, withdrew])) == {downloaded}


def test_queue_writes_one_row_per_contact_once(make_firm, make_contact, make_notice, now):
    firm = make_firm()
    first = make_contact(firm, telegram_chat=5002)
    make_contact(firm, consents=())
    notice = make_notice()

    assert queue_notice(notice, now=now) == 1
    assert queue_notice(notice, now=now) == 0
    rows = Delivery.objects.filter(notice=notice)
    assert rows.count() == 2
    sent_row = rows.get(contact=first)
    assert (sent_row.channel, sent_row.state, sent_row.address) == ("telegram", "queued", "5002")
    assert sent_row.idempotency_key == f"notice-{notice.pk}-contact-{first.pk}-telegram"
    assert firm.enterprise.name in sent_row.text
    assert "/stop" in sent_row.text  # how to opt out, on every message
    assert rows.exclude(pk=sent_row.pk).get().state == "skipped"
    notice.refresh_from_db()
    assert notice.state == "queued"


def test_empty_audience_refused_before_anything_is_queued(make_firm, make_notice, now):
    make_firm()  # a firm with no contact
    notice = make_notice()
    with pytest.raises(NoticeError, match="không đến được ai"):
        queue_notice(notice, now=now)
    assert not Delivery.objects.filter(notice=notice).exists()
    notice.refresh_from_db()
    assert notice.state == "draft"


def test_send_time_in_the_past_refused(make_firm, make_contact, make_notice, now):
    make_contact(make_firm(), consents=("email",))
    notice = make_notice(send_at=now - timedelta(hours=1))
    with pytest.raises(NoticeError, match="Thời điểm gửi đã qua"):
        queue_notice(notice, now=now)
    assert not Delivery.objects.filter(notice=notice).exists()


def test_text_over_the_limit_for_a_firm_refused(
    make_firm, make_contact, make_notice, template, now
):
    make_contact(make_firm(), telegram_chat=5003)
    # Written around the save-time check (a raw update), so only the queue-time check stands.
    NoticeTemplate.objects.filter(pk=template.pk).update(telegram_text="x" * 4090)
    notice = make_notice()
    with pytest.raises(NoticeError, match="4096"):
        queue_notice(notice, now=now)
    assert not Delivery.objects.filter(notice=notice).exists()
