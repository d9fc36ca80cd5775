"""Background jobs of the catalogue: building a printable catalogue requested in the admin."""

from __future__ import annotations

import logging
import tempfile

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.translation import gettext, override

from .models.printing import PRINT_TIMEOUT, CataloguePrint
from .printing import PrintError, build_catalogue_pdf, span_years

logger = logging.getLogger(__name__)

#: Progress is written to the row at most every this many percent: a plain UPDATE each time.
PROGRESS_STEP = 5

Status = CataloguePrint.Status


def enqueue_catalogue_print(job: CataloguePrint) -> str:
    """Hand the job to the worker, with a time limit fit for a catalogue of every round.

    `Q_CLUSTER["sync"]` is read when called (not when django-q was imported) so that a test
    or a one-machine setup can run the job in-process.
    """
    from django_q.tasks import async_task

    options = {"timeout": PRINT_TIMEOUT, "task_name": f"catalogue-pdf-{job.pk}"}
    if settings.Q_CLUSTER.get("sync"):
        options["sync"] = True
    return async_task("cms.catalogue.tasks.build_catalogue_print", job.pk, q_options=options)


def build_catalogue_print(print_id: int) -> str:
    """Build the PDF of a queued CataloguePrint and record the outcome on its row.

    Whatever happens the row ends "done" or "failed": an error the staff can act on (no
    products in the span, no published catalogue) is recorded as its message; any other
    error too, and is raised again so that the worker logs it as a failed task.
    """
    rows = CataloguePrint.objects.filter(pk=print_id)
    claimed = rows.filter(status=Status.QUEUED).update(
        status=Status.RUNNING, started_at=timezone.now(), progress=0, message=""
    )
    if not claimed:
        return "skipped: not queued"
    job = rows.get()
    reported = {"percent": 0}

    def progress(percent: int, message: str) -> None:
        if percent - reported["percent"] >= PROGRESS_STEP and percent < 100:
            rows.update(progress=percent, message=message[:500])
            reported["percent"] = percent

    try:
        with override(job.language):
            years = span_years(job.first_year, job.last_year)
        with tempfile.TemporaryFile(suffix=".pdf") as output:
            summary = build_catalogue_pdf(years, output, job.language, progress)
            output.seek(0)
            name = default_storage.save(f"catalogue-pdf/{job.download_name}", File(output))
        with override(job.language):
            message = gettext("%(pages)s pages, %(products)s products, %(firms)s enterprises.") % {
                "pages": summary.pages,
                "products": summary.products,
                "firms": summary.enterprises,
            }
        rows.update(
            status=Status.DONE,
            progress=100,
            message=message,
            file=name,
            page_count=summary.pages,
            product_count=summary.products,
            enterprise_count=summary.enterprises,
            finished_at=timezone.now(),
        )
        return f"done: {name}"
    except PrintError as error:
        rows.update(status=Status.FAILED, message=str(error)[:500], finished_at=timezone.now())
        return f"failed: {error}"
    except BaseException as error:
        logger.exception("Catalogue PDF %s failed", print_id)
        rows.update(
            status=Status.FAILED,
            message=(f"{type(error).__name__}: {error}")[:500],
            finished_at=timezone.now(),
        )
        raise
