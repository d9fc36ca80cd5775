"""Invitation form set benchmark: wall time and peak memory of generating every personalised
set (DOCX + PDF per template, zipped) of a campaign of 100, 200 and 400 target firms.

Run by `bin/bench` after the catalogue's, or alone on a migrated database with the demo:
    DJANGO_SETTINGS_MODULE=tests.bench.settings .venv/bin/python -m tests.bench.form_sets

It adds a campaign of its own (2099) and grows it to each size with illustrative firms, then
runs the worker's job (`build_form_set_batch`: every set, then the one zip of them all) in a
child process. Wall time is measured around the child; peak memory is the Python process's
own maximum resident set, which must stay flat as the count grows (firms go through in chunks
written to disk). LibreOffice runs in processes of its own, one per chunk, so its memory
depends on the chunk size, not the count (the kernel's figure for them starts from the
parent's size at fork, so it is not printed). The campaign, its firms and their files are
removed afterwards (--keep to leave them).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_YEAR = 2099
PREFIX = "bench-sets-"
SIZES = (100, 200, 400)
GOAL_SECONDS = 5 * 60

KINDS = (
    "Cơ khí chính xác",
    "Thiết bị điện",
    "Dệt may",
    "Thực phẩm chế biến",
    "Nhựa kỹ thuật",
    "Gốm sứ",
    "Phần mềm",
    "Vật liệu xây dựng",
)
PLACES = ("Đông Anh", "Gia Lâm", "Thạch Thất", "Hoàng Mai", "Long Biên", "Sóc Sơn", "Mê Linh")


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")
    import django

    django.setup()


def remove_bench_data() -> None:
    from cms.catalogue.models import Enterprise
    from outreach.campaigns.models import Campaign

    # The sets and the bundles go with the campaign, their files with them.
    Campaign.objects.filter(year=BENCH_YEAR).delete()
    Enterprise.objects.filter(slug__startswith=PREFIX).delete()


def grow_campaign(count: int) -> int:
    """Add bench firms until the bench campaign has `count`; returns the campaign's id."""
    from datetime import date

    from django.contrib.auth import get_user_model
    from django.db import transaction

    from cms.catalogue.models import Enterprise
    from outreach.campaigns.models import Campaign, TargetFirm

    campaign, _created = Campaign.objects.get_or_create(
        year=BENCH_YEAR,
        defaults={
            "title": "Đợt đo hiệu năng",
            "introductions_due": date(BENCH_YEAR, 3, 31),
            "dossiers_due": date(BENCH_YEAR, 8, 31),
            "council_meeting": date(BENCH_YEAR, 10, 20),
        },
    )
    officers = [None, *get_user_model().objects.filter(campaign_firms__isnull=False).distinct()]
    have = campaign.firms.count()
    with transaction.atomic():
        for number in range(have + 1, count + 1):
            place = PLACES[number % len(PLACES)]
            enterprise = Enterprise.objects.create(
                slug=f"{PREFIX}{number}",
                name=f"Công ty Cổ phần {KINDS[number % len(KINDS)]} {place} số {number}",
                address=f"Số {number} đường Công Nghiệp, {place}, Hà Nội",
                illustrative=True,
            )
            TargetFirm.objects.create(
                campaign=campaign, enterprise=enterprise, officer=officers[number % len(officers)]
            )
    return campaign.pk


def child(campaign_id: int) -> int:
    """One generation job, as the worker runs it; prints its figures as JSON."""
    setup_django()
    from outreach.invitations.models import FormSetBatch
    from outreach.invitations.tasks import build_form_set_batch

    batch = FormSetBatch.objects.create(campaign_id=campaign_id)
    started = time.monotonic()
    build_form_set_batch(batch.pk)
    seconds = time.monotonic() - started
    batch.refresh_from_db()
    print(
        json.dumps(
            {
                "status": batch.status,
                "message": batch.message,
                "sets": batch.done_count,
                "seconds": seconds,
                "bundle_mb": batch.size / 1024 / 1024,
                # kilobytes on Linux
                "python_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )
    return 0 if batch.status == FormSetBatch.Status.DONE else 1


def measure(campaign_id: int) -> dict:
    started = time.monotonic()
    process = subprocess.run(
        [sys.executable, "-m", "tests.bench.form_sets", "--child", str(campaign_id)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    result = json.loads(process.stdout.strip().splitlines()[-1])
    if process.returncode:
        raise RuntimeError(f"the generation failed: {result['message']}")
    result["wall"] = time.monotonic() - started
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default=",".join(map(str, SIZES)), help="campaign sizes, e.g. 100,200,400"
    )
    parser.add_argument("--keep", action="store_true", help="leave the bench campaign in place")
    parser.add_argument("--child", type=int, metavar="CAMPAIGN", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)

    setup_django()
    from django.conf import settings

    sizes = sorted(int(size) for size in args.sizes.split(","))
    remove_bench_data()
    print(
        f"\nInvitation form set benchmark: campaign {BENCH_YEAR}, 4 templates (DOCX + PDF each), "
        f"{settings.FORM_SETS_CHUNK_SIZE} firms per LibreOffice run, "
        f"{settings.FORM_SETS_CONVERTERS} runs side by side, "
        f"database {os.environ.get('DATABASE_URL', 'sqlite')}\n"
    )
    header = (
        f"{'firms':>6} {'job s':>7} {'process s':>9} {'s/firm':>7} {'peak RSS MB':>11} "
        f"{'all-sets zip MB':>15}"
    )
    print(header)
    print("-" * len(header))
    results = []
    try:
        for size in sizes:
            result = measure(grow_campaign(size))
            results.append(result)
            print(
                f"{result['sets']:>6} {result['seconds']:>7.1f} {result['wall']:>9.1f} "
                f"{result['seconds'] / max(result['sets'], 1):>7.2f} "
                f"{result['python_rss_mb']:>11.0f} {result['bundle_mb']:>15.1f}",
                flush=True,
            )
    finally:
        if not args.keep:
            remove_bench_data()
    largest = results[-1]
    verdict = "met" if largest["seconds"] < GOAL_SECONDS else "MISSED"
    growth = largest["python_rss_mb"] - results[0]["python_rss_mb"]
    print(
        f"\nGoal: {largest['sets']} sets in under {GOAL_SECONDS // 60} minutes: {verdict} "
        f"({largest['seconds']:.0f} s). Python's peak memory from {results[0]['sets']} to "
        f"{largest['sets']} firms: {growth:+.0f} MB."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
