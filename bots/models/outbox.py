"""Messages kept by the outbox channel instead of being sent, for staff to read in the admin."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """One message a channel without credentials would have sent.

    `channel` is the channel the outbox stands in for ("telegram", "zalo", "email" or "outbox"
    itself), so staff see what each provider would have received.
    """

    channel = models.CharField(_("channel"), max_length=32, db_index=True)
    recipient = models.CharField(_("recipient"), max_length=255)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    text = models.TextField(_("text"), blank=True)
    template_id = models.CharField(_("template"), max_length=100, blank=True)
    template_data = models.JSONField(_("template data"), default=dict, blank=True)
    idempotency_key = models.CharField(_("idempotency key"), max_length=200, blank=True)
    metadata = models.JSONField(_("metadata"), default=dict, blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("test outbox message")
        verbose_name_plural = _("Test outbox")
        ordering = ["-created", "-id"]
        constraints = [
            # A repeated send (a retried task) must not store the message twice.
            models.UniqueConstraint(
                fields=["channel", "idempotency_key"],
                condition=~Q(idempotency_key=""),
                name="bots_outbox_one_row_per_key",
            )
        ]

    def __str__(self) -> str:
        return f"{self.recipient}: {self.summary()}"

    def summary(self) -> str:
        """The subject, or the start of the text, or the template: one line for the list."""
        summary = " ".join((self.subject or self.text or self.template_id).split())
        return summary if len(summary) <= 80 else summary[:79] + "…"

    summary.short_description = _("Message")
    summary.admin_order_field = "text"
