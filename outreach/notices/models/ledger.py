"""The delivery ledger: one row per notice × contact × channel, and every attempt to send it.

A row's `idempotency_key` is unique and travels with every send of that row (the outbox keeps
one message per key, ZNS gets it as `tracking_id`), so a row sent again after a worker died is
recognised by the provider where the provider can.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from outreach.campaigns.models import Contact, TargetFirm

from .notices import Notice
from .templates import CHANNEL_LABELS


class DeliveryState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    RETRYING = "retrying", _("Retrying")
    FAILED = "failed", _("Failed")
    SKIPPED = "skipped", _("Skipped")
    CANCELLED = "cancelled", _("Cancelled")


#: States a worker may still pick up.
OPEN_STATES = (DeliveryState.QUEUED, DeliveryState.RETRYING, DeliveryState.SENDING)
#: States that end a row.
FINAL_STATES = (
    DeliveryState.SENT,
    DeliveryState.FAILED,
    DeliveryState.SKIPPED,
    DeliveryState.CANCELLED,
)


class SkipReason(models.TextChoices):
    OPTED_OUT = "opted_out", _("Opted out")
    NO_CONSENT = "no_consent", _("No consent for this channel")
    NO_CHANNEL = "no_channel", _("No channel to reach the contact")
    MOVED_ON = "moved_on", _("The firm has moved on")
    SESSION_GONE = "session_gone", _("The working session was cancelled or has passed")


class Delivery(models.Model):
    notice = models.ForeignKey(
        Notice, verbose_name=_("notice"), on_delete=models.CASCADE, related_name="deliveries"
    )
    firm = models.ForeignKey(
        TargetFirm, verbose_name=_("firm"), on_delete=models.CASCADE, related_name="deliveries"
    )
    contact = models.ForeignKey(
        Contact,
        verbose_name=_("contact"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="deliveries",
    )
    channel = models.CharField(_("channel"), max_length=20)
    address = models.CharField(_("address"), max_length=255, blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    text = models.TextField(_("text"), blank=True)
    template_id = models.CharField(_("ZNS template"), max_length=64, blank=True)
    template_data = models.JSONField(_("ZNS parameters"), default=dict, blank=True)
    idempotency_key = models.CharField(_("idempotency key"), max_length=120, unique=True)
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=DeliveryState.choices,
        default=DeliveryState.QUEUED,
        db_index=True,
    )
    reason = models.CharField(_("reason"), max_length=20, choices=SkipReason.choices, blank=True)
    error = models.CharField(_("last error"), max_length=500, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now, db_index=True)
    # A worker holds a row in "sending" until `lease_until`; past it the row is claimed again.
    lease_until = models.DateTimeField(_("lease until"), null=True, blank=True)
    lease_token = models.CharField(max_length=32, blank=True, editable=False)
    # The Hà Nội day a reminder goes out on: at most one per contact, channel and day.
    cap_day = models.DateField(null=True, blank=True, editable=False)
    fallback_of = models.ForeignKey(
        "self",
        verbose_name=_("instead of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="fallbacks",
    )
    provider_message_id = models.CharField(_("provider's message id"), max_length=100, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="notices_due_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["contact", "channel", "cap_day"],
                condition=Q(cap_day__isnull=False),
                name="notices_one_reminder_per_day",
            )
        ]

    def __str__(self) -> str:
        return f"{self.notice} → {self.address or '—'} ({self.channel})"

    @property
    def channel_label(self) -> str:
        return CHANNEL_LABELS.get(self.channel, self.channel)

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


class DeliveryAttempt(models.Model):
    """One call to a provider for a delivery row, with what the provider answered."""

    delivery = models.ForeignKey(
        Delivery, verbose_name=_("delivery"), on_delete=models.CASCADE, related_name="attempts_log"
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    started_at = models.DateTimeField(_("started"))
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)
    outcome = models.CharField(_("outcome"), max_length=20)
    error_kind = models.CharField(_("error kind"), max_length=20, blank=True)
    code = models.CharField(_("code"), max_length=40, blank=True)
    message = models.CharField(_("message"), max_length=500, blank=True)
    retry_after = models.FloatField(_("retry after (s)"), null=True, blank=True)
    provider_message_id = models.CharField(_("provider's message id"), max_length=100, blank=True)
    raw = models.JSONField(_("provider's answer"), default=dict, blank=True)

    class Meta:
        verbose_name = _("delivery attempt")
        verbose_name_plural = _("delivery attempts")
        ordering = ["started_at", "pk"]

    def __str__(self) -> str:
        return f"{self.delivery_id} #{self.number}: {self.outcome}"
