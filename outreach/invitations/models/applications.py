"""Online applications: what a firm sent for the round, every version of it, and staff review.

A resubmission adds a version and never touches the earlier ones, so staff can always see what
arrived when. Files live in private storage (outside the public media folder, mode 0600) under
random names.
"""

from __future__ import annotations

import posixpath
import uuid

from django.conf import settings
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.catalogue.models import Sector, Ward
from outreach.campaigns.models import Campaign, Channel, TargetFirm

from ..storage import PrivateStorage as _PrivateStorage
from ..storage import application_storage

# The storage class lives in ..storage; this name stays for migration 0003, which refers to it.
PrivateStorage = _PrivateStorage
private_storage = application_storage


def stored_file_name(instance: ApplicationFile, filename: str) -> str:
    """A random name under the month: the original name is kept in the row, never on disk."""
    extension = posixpath.splitext(filename)[1].lower()[:6]
    return timezone.now().strftime("%Y/%m/") + uuid.uuid4().hex + extension


class FileKind(models.TextChoices):
    REGISTRATION_FORM = "registration_form", _("Registration form")
    PRODUCT_REPORT = "product_report", _("Product report")
    COMMITMENT = "commitment", _("Commitment")
    BUSINESS_REGISTRATION = "business_registration", _("Business registration certificate")
    FINANCIAL_STATEMENTS = "financial_statements", _("Financial statements")
    CERTIFICATES = "certificates", _("Certificates (quality, standards, awards)")
    OTHER = "other", _("Other documents")


class ReviewStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Awaiting review")
    MISSING_REQUESTED = "missing_requested", _("Missing items requested")
    COMPLETE = "complete", _("Dossier complete")


class Application(models.Model):
    """One firm's application in a campaign; its versions are what the firm sent each time."""

    # Goes with its firm, as the firm's contacts, sessions and timeline do (files included).
    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="applications",
    )
    # Empty while the application is unverified: it came from the open page with the tax code
    # of a firm the portal already knows, so it reaches that firm only when an officer links it.
    firm = models.OneToOneField(
        TargetFirm,
        verbose_name=_("target firm"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="application",
    )
    linked_at = models.DateTimeField(_("linked to the firm"), null=True, blank=True)
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("linked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("first submitted"), default=timezone.now)
    current_version = models.ForeignKey(
        "ApplicationVersion",
        verbose_name=_("current version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("review"), max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.SUBMITTED
    )

    class Meta:
        verbose_name = _("online application")
        verbose_name_plural = _("online applications")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.reference} – {self.firm_label}"

    @property
    def is_unverified(self) -> bool:
        """Sent from the open page for a firm the portal knows, and not yet linked to it."""
        return self.firm_id is None

    @property
    def firm_label(self) -> str:
        """The firm's name as staff see it: the record's, or the name typed when unverified."""
        if self.firm_id is not None:
            return str(self.firm.enterprise)
        return self.current_version.firm_name if self.current_version_id else ""

    @property
    def reference(self) -> str:
        """What the firm quotes when it calls: the round's year and the application's number."""
        return f"HS{self.campaign.year}-{self.pk:04d}"


class ApplicationVersion(models.Model):
    """What the firm sent once: its details as typed, its products and files. Never edited,
    except for the staff's completeness ticks."""

    class Via(models.TextChoices):
        PERSONAL_LINK = "personal_link", _("Personal link")
        PUBLIC_PAGE = "public_page", _("Public application page")

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="versions",
    )
    number = models.PositiveSmallIntegerField(_("version"))
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    via = models.CharField(_("sent through"), max_length=20, choices=Via.choices)
    firm_name = models.CharField(_("firm name"), max_length=255)
    tax_code = models.CharField(_("tax code"), max_length=14)
    address = models.CharField(_("address"), max_length=255)
    ward = models.ForeignKey(
        Ward,
        verbose_name=_("ward or commune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    representative = models.CharField(_("legal representative"), max_length=120)
    contact_name = models.CharField(_("contact person"), max_length=120)
    phone = models.CharField(_("phone"), max_length=16)
    email = models.EmailField(_("e-mail"))
    #: The channels whose consent box was ticked, kept with the version: an unverified
    #: application records consent only once an officer links it to the firm.
    consented_channels = models.JSONField(_("consent given for"), default=list, blank=True)
    #: While unverified: the notice shown and the client's address and browser, so the consent
    #: recorded at linking carries the evidence of when it was given. Emptied once linked.
    consent_evidence = models.JSONField(default=dict, blank=True, editable=False)
    #: FileKind values staff ticked as present and acceptable in this version.
    checked_kinds = models.JSONField(_("checklist"), default=list, blank=True)
    checked_at = models.DateTimeField(_("checklist saved"), null=True, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checklist saved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("application version")
        verbose_name_plural = _("application versions")
        ordering = ["application", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "number"], name="unique_application_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.reference}"

    @property
    def reference(self) -> str:
        return f"{self.application.reference}/{self.number}"

    def consent_labels(self) -> list[str]:
        labels = dict(Channel.choices)
        return [str(labels.get(channel, channel)) for channel in self.consented_channels]


class ApplicationProduct(models.Model):
    version = models.ForeignKey(
        ApplicationVersion,
        verbose_name=_("application version"),
        on_delete=models.CASCADE,
        related_name="products",
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("product name"), max_length=255)
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), on_delete=models.PROTECT, related_name="+"
    )
    description = models.TextField(_("short description"), max_length=1000)

    class Meta:
        verbose_name = _("applied product")
        verbose_name_plural = _("applied products")
        ordering = ["version", "position"]

    def __str__(self) -> str:
        return self.name


class ApplicationFile(models.Model):
    version = models.ForeignKey(
        ApplicationVersion,
        verbose_name=_("application version"),
        on_delete=models.CASCADE,
        related_name="files",
    )
    kind = models.CharField(_("kind"), max_length=30, choices=FileKind.choices)
    original_name = models.CharField(_("file name"), max_length=160)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=stored_file_name, max_length=200
    )
    size = models.PositiveBigIntegerField(_("size (bytes)"))
    detected_type = models.CharField(_("type found in the content"), max_length=10)
    sha256 = models.CharField(_("SHA-256"), max_length=64)

    class Meta:
        verbose_name = _("application file")
        verbose_name_plural = _("application files")
        ordering = ["version", "kind", "pk"]

    def __str__(self) -> str:
        return self.original_name


@receiver(post_delete, sender=ApplicationFile, dispatch_uid="application-file-deleted")
def _delete_stored_file(sender, instance: ApplicationFile, **kwargs) -> None:
    """A deleted row (an application erased on request, say) takes its file with it, once the
    deletion is committed: a rolled-back delete keeps the file its row still points to."""
    name = instance.file.name
    if name:
        transaction.on_commit(lambda: private_storage.delete(name))


class ApplicationReview(models.Model):
    """The review log: each request for missing items and the final "complete", with who and
    what, so the firm's history with the dossier reads in one place."""

    class Action(models.TextChoices):
        MISSING_REQUESTED = "missing_requested", _("Missing items requested")
        MARKED_COMPLETE = "marked_complete", _("Marked dossier complete")

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="reviews",
    )
    version = models.ForeignKey(
        ApplicationVersion,
        verbose_name=_("application version"),
        on_delete=models.CASCADE,
        related_name="reviews",
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    missing_kinds = models.JSONField(_("missing items"), default=list, blank=True)
    note = models.TextField(_("note"), blank=True)
    emailed_to = models.EmailField(_("e-mailed to"), blank=True)
    at = models.DateTimeField(_("time"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("application review")
        verbose_name_plural = _("application reviews")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.application.reference}: {self.get_action_display()}"

    def missing_labels(self) -> list[str]:
        labels = dict(FileKind.choices)
        return [str(labels.get(kind, kind)) for kind in self.missing_kinds]
