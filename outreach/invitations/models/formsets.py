"""Personalised invitation form sets: the current zip of each target firm (with the day the
firm first downloaded it) and the background jobs that generate a whole campaign's sets."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from outreach.campaigns.models import Campaign, TargetFirm
from portal.jobs import BackgroundJobQuerySet

from ..storage import form_set_storage

#: How long the worker may take over one campaign's sets before django-q stops it (seconds).
BATCH_TIMEOUT = 15 * 60


def set_upload_to(instance: FormSet, filename: str) -> str:
    # The zip holds the firm's personal link: kept in private storage (FORM_SETS_ROOT, never
    # served by the web server), and in a random folder besides.
    return f"invitations/sets/{instance.firm.campaign.year}/{new_folder()}/{filename}"


def batch_upload_to(instance: FormSetBatch, filename: str) -> str:
    return f"invitations/batches/{instance.campaign.year}/{new_folder()}/{filename}"


def new_folder() -> str:
    import secrets

    return secrets.token_urlsafe(12)


class FormSet(models.Model):
    """The firm's current set (one per firm): regenerating replaces the file. The fingerprints
    say what it was made from, so staff see a set made before a template or the firm's
    details changed."""

    firm = models.OneToOneField(
        TargetFirm, verbose_name=_("target firm"), on_delete=models.CASCADE, related_name="form_set"
    )
    file = models.FileField(
        _("file"), storage=form_set_storage, upload_to=set_upload_to, max_length=255
    )
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    generated_at = models.DateTimeField(_("generated"), default=timezone.now)
    templates_fingerprint = models.CharField(max_length=64, editable=False)
    values_fingerprint = models.CharField(max_length=64, editable=False)
    document_count = models.PositiveSmallIntegerField(_("documents"), default=0)
    #: The day the firm first downloaded its set through its personal link: the one fact kept
    #: about downloads (no count, time of day, browser or address: no tracking without consent).
    downloaded_on = models.DateField(_("downloaded by the firm"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation form set")
        verbose_name_plural = _("invitation form sets")

    def __str__(self) -> str:
        return str(self.firm)


def delete_stored_file(sender, instance, **kwargs) -> None:
    """A set or bundle deleted (its firm or campaign too) takes its file with it: the file
    holds the firm's personal link."""
    if instance.file:
        instance.file.delete(save=False)


class FormSetBatchQuerySet(BackgroundJobQuerySet):
    timeout_seconds = BATCH_TIMEOUT
    stale_message = _("The worker stopped before every set was made. Try again.")


class FormSetBatch(models.Model):
    """Generating every target firm's set of a campaign in the background, with its progress;
    when done it also holds all the sets in one zip for printing."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="form_set_batches",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress"), default=0, validators=[MaxValueValidator(100)]
    )
    total = models.PositiveIntegerField(_("firms"), default=0)
    done_count = models.PositiveIntegerField(_("sets made"), default=0)
    message = models.CharField(_("message"), max_length=500, blank=True)
    file = models.FileField(
        _("all sets"),
        storage=form_set_storage,
        upload_to=batch_upload_to,
        max_length=255,
        blank=True,
    )
    size = models.PositiveBigIntegerField(_("size (bytes)"), default=0)
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

    objects = FormSetBatchQuerySet.as_manager()

    class Meta:
        verbose_name = _("form set generation")
        verbose_name_plural = _("form set generations")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.campaign} {self.created_at:%d/%m/%Y %H:%M}"

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)

    @property
    def download_name(self) -> str:
        return f"bo-phieu-moi-{self.campaign.year}-tat-ca.zip"
