"""Background jobs of the invitations: generating a whole campaign's form sets."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.utils import timezone
from django.utils.translation import gettext

from .documents import DocumentError
from .generation import SetMaker, campaign_firm_ids, write_campaign_zip
from .models import FormSetBatch
from .models.formsets import BATCH_TIMEOUT

logger = logging.getLogger(__name__)

Status = FormSetBatch.Status


def enqueue_form_set_batch(batch: FormSetBatch) -> str:
    """Hand the job to the worker with a time limit fit for 400 firms.

    `Q_CLUSTER["sync"]` is read when called, so a test or a one-machine setup can run the job
    in-process.
    """
    from django_q.tasks import async_task

    options = {"timeout": BATCH_TIMEOUT, "task_name": f"form-sets-{batch.pk}"}
    if settings.Q_CLUSTER.get("sync"):
        options["sync"] = True
    return async_task(
        "outreach.invitations.tasks.build_form_set_batch", batch.pk, q_options=options
    )


def drop_older_bundles(batch: FormSetBatch) -> None:
    """Only the newest zip of a campaign is kept: each holds every set, 100 MB and more."""
    older = FormSetBatch.objects.filter(campaign_id=batch.campaign_id).exclude(pk=batch.pk)
    for old in older.exclude(file=""):
        old.file.delete(save=False)
        FormSetBatch.objects.filter(pk=old.pk).update(file="", size=0)


def build_form_set_batch(batch_id: int) -> str:
    """Make every target firm's set of the batch's campaign, then the zip of them all.

    The row always ends "done" or "failed": a problem staff can fix (no template, LibreOffice
    missing, a broken template) is its message; any other error too, raised again so the
    worker logs it.
    """
    rows = FormSetBatch.objects.filter(pk=batch_id)
    claimed = rows.filter(status=Status.QUEUED).update(
        status=Status.RUNNING, started_at=timezone.now(), progress=0, done_count=0, message=""
    )
    if not claimed:
        return "skipped: not queued"
    batch = rows.select_related("campaign").get()

    def progress(done: int, total: int) -> None:
        # One UPDATE per chunk of firms, not per firm.
        rows.update(
            done_count=done,
            total=total,
            progress=min(99, done * 100 // max(total, 1)),
            message=gettext("%(done)s of %(total)s sets made.") % {"done": done, "total": total},
        )

    try:
        firm_ids = campaign_firm_ids(batch.campaign)
        rows.update(total=len(firm_ids))
        made = SetMaker().make(firm_ids, progress)
        with tempfile.TemporaryDirectory(prefix="spcncl-batch-") as work:
            target = Path(work) / batch.download_name
            write_campaign_zip(batch.campaign, target)
            with target.open("rb") as handle:
                batch.file.save(batch.download_name, File(handle), save=False)
            size = target.stat().st_size
        rows.update(
            status=Status.DONE,
            progress=100,
            done_count=made,
            file=batch.file.name,
            size=size,
            message=gettext("%(count)s sets made.") % {"count": made},
            finished_at=timezone.now(),
        )
        drop_older_bundles(batch)
        return f"done: {made} sets"
    except DocumentError as error:
        rows.update(status=Status.FAILED, message=str(error)[:500], finished_at=timezone.now())
        return f"failed: {error}"
    except BaseException as error:
        logger.exception("Form sets of batch %s failed", batch_id)
        rows.update(
            status=Status.FAILED,
            message=(f"{type(error).__name__}: {error}")[:500],
            finished_at=timezone.now(),
        )
        raise
