"""Printable catalogues requested in the admin and built by the worker: one row per request,
holding its progress while it runs and the PDF when it is done."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.jobs import BackgroundJobQuerySet

#: How long the worker may take over one catalogue before django-q stops it (seconds).
PRINT_TIMEOUT = 15 * 60


class CataloguePrintQuerySet(BackgroundJobQuerySet):
    timeout_seconds = PRINT_TIMEOUT
    stale_message = _("The worker stopped before the catalogue was finished. Try again.")


class CataloguePrint(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    first_year = models.PositiveSmallIntegerField(_("first round"))
    last_year = models.PositiveSmallIntegerField(_("last round"))
    language = models.CharField(
        _("language"), max_length=2, choices=settings.LANGUAGES, default="vi"
    )
    status = models.CharField(
        _("print status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress"), default=0, validators=[MaxValueValidator(100)]
    )
    message = models.CharField(_("message"), max_length=500, blank=True)
    file = models.FileField(_("file"), upload_to="catalogue-pdf/", blank=True)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    product_count = models.PositiveIntegerField(_("products"), null=True, blank=True)
    enterprise_count = models.PositiveIntegerField(_("enterprises"), null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("requested at"), default=timezone.now, db_index=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    objects = CataloguePrintQuerySet.as_manager()

    class Meta:
        verbose_name = _("printable catalogue")
        verbose_name_plural = _("printable catalogues")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.span} ({self.language})"

    @property
    def span(self) -> str:
        from ..printing import span_label  # the printing module needs the models first

        return span_label([self.first_year, self.last_year])

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)

    @property
    def download_name(self) -> str:
        """What the saved file is called: san-pham-cong-nghiep-chu-luc-2019-2021.pdf."""
        years = self.span.replace("–", "-")
        suffix = "" if self.language == "vi" else f"-{self.language}"
        return f"san-pham-cong-nghiep-chu-luc-{years}{suffix}.pdf"
