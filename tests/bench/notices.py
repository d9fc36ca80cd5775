"""Notices benchmark: 1,000 messages to the fake Telegram (50 ms per answer, its flood limit
at 30 messages a second) sent by the ledger's workers; throughput as a share of that limit
(goal ≥ 90 %), then the same with 10 % of sends answered 429 with retry_after.

Run on a migrated database (PostgreSQL is the production case):
    DJANGO_SETTINGS_MODULE=tests.bench.settings .venv/bin/python -m tests.bench.notices

Workers are threads of this process (each with its own database connection), so they share
the Telegram adapter's per-process pacer, as the workers of one qcluster do. Everything the
benchmark adds (a campaign of year 2098, its firm, contacts and ledger) is removed at the end.
"""

from __future__ import annotations

import argparse
import os
import threading
import time

from django.utils import timezone

BENCH_YEAR = 2098
LIMIT_PER_SECOND = 30
GOAL = 0.9


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")
    import django

    django.setup()


def remove_bench_data() -> None:
    from outreach.campaigns.models import Campaign, ConsentRecord
    from outreach.notices.models import NoticeTemplate

    campaign = Campaign.objects.filter(year=BENCH_YEAR).first()
    if campaign is not None:
        ConsentRecord.objects.filter(contact__firm__campaign=campaign).erase()
        from bots.models import ChatIdentity

        ChatIdentity.objects.filter(subject__startswith="campaigns.contact:").filter(
            external_id__startswith="77"
        ).delete()
        firms = list(campaign.firms.values_list("enterprise_id", flat=True))
        campaign.delete()
        from cms.catalogue.models import Enterprise

        Enterprise.objects.filter(pk__in=firms).delete()
    NoticeTemplate.objects.filter(name__startswith="Bench ").delete()


def build(count: int, fake) -> object:
    """A campaign with one firm and `count` contacts, each with a linked Telegram chat."""
    from bots.models import ChatIdentity
    from cms.catalogue.models import Enterprise
    from cms.catalogue.taxcode import with_check_digit
    from outreach.campaigns.models import Campaign, ConsentRecord, Contact, TargetFirm
    from outreach.notices.models import Notice, NoticeTemplate

    campaign = Campaign.objects.create(year=BENCH_YEAR, title="Bench")
    enterprise = Enterprise.objects.create(
        name="Công ty Đo Tải Thông Báo", tax_code=with_check_digit("010999888")
    )
    firm = TargetFirm.objects.create(campaign=campaign, enterprise=enterprise, stage="invited")
    contacts = Contact.objects.bulk_create(
        Contact(firm=firm, name=f"Người nhận {n}") for n in range(count)
    )
    ConsentRecord.objects.bulk_create(
        ConsentRecord(
            contact=contact,
            purpose="campaign_notices",
            channel="telegram",
            granted=True,
            notice_text="Bench",
            method="form",
        )
        for contact in contacts
    )
    chats = []
    for n, contact in enumerate(contacts):
        chat = 770_000_000 + n
        fake.add_chat(chat)
        chats.append(
            ChatIdentity(
                channel="telegram",
                external_id=str(chat),
                subject=f"campaigns.contact:{contact.pk}",
                linked_at=timezone.now(),
            )
        )
    ChatIdentity.objects.bulk_create(chats)
    template, _created = NoticeTemplate.objects.get_or_create(
        name="Bench notice", defaults={"telegram_text": "Kính gửi {{ ten_doanh_nghiep }}."}
    )
    return Notice.objects.create(campaign=campaign, template=template, title="Bench")


def run(count: int, workers: int, fake, label: str) -> float:
    from django.db import connection

    from outreach.notices.audience import queue_notice
    from outreach.notices.models import Delivery, DeliveryAttempt
    from outreach.notices.sending import send_due_deliveries

    remove_bench_data()
    notice = build(count, fake)
    queue_notice(notice)
    rows = Delivery.objects.filter(notice=notice)
    assert rows.filter(state="queued").count() == count

    def worker() -> None:
        try:
            while rows.exclude(state__in=("sent", "failed", "skipped")).exists():
                if not send_due_deliveries():
                    time.sleep(0.05)  # only rows waiting for their retry_after
        finally:
            connection.close()

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    sent = rows.filter(state="sent").count()
    refused = DeliveryAttempt.objects.filter(delivery__notice=notice, code="429").count()
    delivered = len(fake.sent)
    rate = sent / elapsed
    print(
        f"{label}: {sent}/{count} sent ({delivered} at the fake), {refused} answered 429, "
        f"{elapsed:.1f} s, {rate:.1f} msg/s = {rate / LIMIT_PER_SECOND:.0%} of "
        f"{LIMIT_PER_SECOND}/s (goal ≥ {GOAL:.0%})",
        flush=True,
    )
    remove_bench_data()
    return rate / LIMIT_PER_SECOND


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--latency-ms", type=int, default=50)
    args = parser.parse_args()
    setup_django()
    from django.conf import settings

    from tests.fakes.telegram import FakeTelegram

    settings.NOTICES_SEND_WINDOW = "07:00-21:00"
    settings.NOTICES_RUN_SECONDS = 3600
    for label, fault in (("Telegram", 0.0), ("Telegram, 10 % answered 429", 0.1)):
        with FakeTelegram() as fake:
            fake.latency_ms = args.latency_ms
            fake.rate_limits = True
            fake.overall_per_second = LIMIT_PER_SECOND
            if fault:
                fake.fail_randomly(fault, "retry_after", retry_after=1, methods=("sendMessage",))
            settings.TELEGRAM_BOT_TOKEN = fake.token
            settings.TELEGRAM_API_URL = fake.url
            run(args.messages, args.workers, fake, label)


if __name__ == "__main__":
    main()
