"""People at the target firms, their consent to be contacted, and the working sessions held.

This is personal data (Law 91/2025): it is shown only to outreach officers in the admin and
never reaches the public catalogue, its exports or its API. Consent is an append-only log read
from its latest record per purpose and channel, so a withdrawal counts from the moment it is
written down.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from ..phones import display_phone, normalize_phone
from .firms import TargetFirm


class Purpose(models.TextChoices):
    CAMPAIGN_NOTICES = "campaign_notices", _("Campaign notices and deadline reminders")
    PROGRAMME_NEWS = "programme_news", _("Programme news and events")


class Channel(models.TextChoices):
    ZALO = "zalo", _("Zalo")
    TELEGRAM = "telegram", _("Telegram")
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Phone call")


class ContactQuerySet(models.QuerySet):
    def consenting(self, purpose: str, channel: str) -> ContactQuerySet:
        """Contacts whose latest record for this purpose and channel grants it: what a sender
        asks for in one query, with the same answer as `has_consent` for each contact."""
        latest = (
            ConsentRecord.objects.filter(
                contact=models.OuterRef("pk"), purpose=purpose, channel=channel
            )
            .order_by("-at", "-pk")
            .values("granted")[:1]
        )
        return self.annotate(latest_consent=models.Subquery(latest)).filter(latest_consent=True)


class Contact(models.Model):
    firm = models.ForeignKey(
        TargetFirm, verbose_name=_("firm"), on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    phone = models.CharField(
        _("phone"),
        max_length=16,
        blank=True,
        help_text=_("Any usual form: 0912 345 678, +84 912 345 678, 024 3825 1234."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    zalo_phone = models.CharField(
        _("Zalo phone"),
        max_length=16,
        blank=True,
        help_text=_("The mobile number the person's Zalo account uses."),
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    objects = ContactQuerySet.as_manager()

    panels = [
        FieldPanel("firm"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("zalo_phone")]),
        FieldPanel("email"),
    ]

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["firm", "name"]

    def __str__(self) -> str:
        return f"{self.name} – {self.firm.enterprise}"

    def save(self, *args, **kwargs) -> None:
        # Every way in (admin, import, online form) stores the canonical form or nothing.
        for name in ("phone", "zalo_phone"):
            if value := getattr(self, name):
                setattr(self, name, normalize_phone(value, mobile_only=name == "zalo_phone"))
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        errors = {}
        for name, mobile_only in (("phone", False), ("zalo_phone", True)):
            value = getattr(self, name)
            if value:
                try:
                    setattr(self, name, normalize_phone(value, mobile_only=mobile_only))
                except ValidationError as error:
                    errors[name] = error
        if errors:
            raise ValidationError(errors)

    @property
    def phone_display(self) -> str:
        return display_phone(self.phone)

    def latest_consent(self, purpose: str, channel: str) -> ConsentRecord | None:
        return self.consents.filter(purpose=purpose, channel=channel).order_by("-at", "-pk").first()

    def consent_states(self) -> list[ConsentRecord]:
        """The latest record per purpose and channel (reads prefetched consents when there)."""
        latest: dict[tuple[str, str], ConsentRecord] = {}
        for record in sorted(self.consents.all(), key=lambda r: (r.at, r.pk), reverse=True):
            latest.setdefault((record.purpose, record.channel), record)
        return sorted(latest.values(), key=lambda r: (r.purpose, r.channel))

    def has_consent(self, purpose: str, channel: str) -> bool:
        """True only when the latest record for this purpose and channel grants it: silence is
        never consent, and a withdrawal counts at once."""
        record = self.latest_consent(purpose, channel)
        return record is not None and record.granted


class AppendOnlyQuerySet(models.QuerySet):
    """Bulk updates and deletes are refused: the consent log is evidence (Decree 356/2025)."""

    def update(self, **kwargs):
        raise ValidationError(_("Consent records cannot be changed; record a new one instead."))

    def delete(self):
        raise ValidationError(_("Consent records cannot be deleted."))

    def erase(self) -> tuple[int, dict[str, int]]:
        """Delete for good: only where the law ends the duty to keep them (retention period
        over, a data subject's erasure request) or for demo data. Never part of daily work."""
        return models.QuerySet.delete(self)


class ConsentRecord(models.Model):
    """A consent given or withdrawn, with the notice the person was shown. Never edited."""

    class Method(models.TextChoices):
        FORM = "form", _("Web or paper form")
        PHONE_CALL = "phone_call", _("Phone call")
        CHAT = "chat", _("Chat message")
        IN_PERSON = "in_person", _("In person")
        EMAIL = "email", _("E-mail")

    contact = models.ForeignKey(
        Contact, verbose_name=_("contact"), on_delete=models.PROTECT, related_name="consents"
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    granted = models.BooleanField(
        _("decision"),
        choices=[(True, _("Granted")), (False, _("Withdrawn"))],
        help_text=_("Granted, or withdrawn: a withdrawal stops messages before the next send."),
    )
    notice_text = models.TextField(
        _("notice shown"),
        help_text=_("The exact notice the person agreed to (or withdrew from)."),
    )
    notice_hash = models.CharField(_("notice fingerprint"), max_length=64, editable=False)
    method = models.CharField(_("how"), max_length=12, choices=Method.choices)
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=255, blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    panels = [
        FieldPanel("contact"),
        FieldRowPanel([FieldPanel("purpose"), FieldPanel("channel")]),
        FieldRowPanel([FieldPanel("granted"), FieldPanel("method"), FieldPanel("at")]),
        FieldPanel("notice_text"),
    ]

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        decision = _("granted") if self.granted else _("withdrawn")
        purpose, channel = self.get_purpose_display(), self.get_channel_display()
        return f"{self.contact.name}: {purpose} / {channel} ({decision})"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise ValidationError(_("Consent records cannot be changed; record a new one instead."))
        self.notice_hash = hashlib.sha256(self.notice_text.encode("utf-8")).hexdigest()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError(_("Consent records cannot be deleted."))

    def clean(self) -> None:
        super().clean()
        if self.at and self.at > timezone.now() + timezone.timedelta(minutes=5):
            raise ValidationError({"at": _("A consent cannot be recorded in the future.")})
        if not (self.granted and self.contact_id):
            return
        contact = self.contact
        if self.channel == Channel.ZALO and not (contact.zalo_phone or contact.phone):
            raise ValidationError(
                {"channel": _("The contact has no phone number for Zalo; add it first.")}
            )
        if self.channel == Channel.EMAIL and not contact.email:
            raise ValidationError(
                {"channel": _("The contact has no e-mail address; add it first.")}
            )


class WorkingSession(ClusterableModel):
    """A meeting with a firm: who came, where, when, and what was agreed."""

    firm = models.ForeignKey(
        TargetFirm, verbose_name=_("firm"), on_delete=models.CASCADE, related_name="sessions"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=255)
    contacts = ParentalManyToManyField(
        Contact, verbose_name=_("firm's attendees"), blank=True, related_name="sessions"
    )
    officers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officers attending"),
        blank=True,
        related_name="campaign_sessions",
        limit_choices_to={"is_active": True},
    )
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("working session")
        verbose_name_plural = _("working sessions")
        ordering = ["-starts_at"]

    def __str__(self) -> str:
        when = timezone.localtime(self.starts_at).strftime("%d/%m/%Y %H:%M")
        return f"{self.firm.enterprise} – {when}"

    def clean(self) -> None:
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The session must end after it starts.")})
