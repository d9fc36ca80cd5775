"""Updates received from the chat providers: one row per provider update, so a replayed or
re-delivered update is recognised and processed once."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .linking import ChatChannel


class InboundUpdate(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", _("received")
        PROCESSING = "processing", _("processing")
        DONE = "done", _("done")
        IGNORED = "ignored", _("ignored")
        FAILED = "failed", _("failed")

    channel = models.CharField(_("channel"), max_length=20, choices=ChatChannel.choices)
    external_id = models.CharField(
        _("update id"),
        max_length=128,
        help_text=_("Telegram update_id, Zalo msg_id, or the event's name, user and time."),
    )
    event = models.CharField(_("event"), max_length=40)
    payload = models.JSONField(_("payload"), default=dict)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED
    )
    error = models.CharField(_("error"), max_length=500, blank=True)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    processed_at = models.DateTimeField(_("processed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("inbound update")
        verbose_name_plural = _("inbound updates")
        ordering = ["-received_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "external_id"], name="bots_inbound_update_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.channel} {self.event} {self.external_id}"


class PollingOffset(models.Model):
    """Where `telegram_polling` resumes: the next update id to ask for."""

    channel = models.CharField(_("channel"), max_length=20, unique=True)
    offset = models.BigIntegerField(_("offset"), default=0)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("polling offset")
        verbose_name_plural = _("polling offsets")

    def __str__(self) -> str:
        return f"{self.channel}: {self.offset}"
