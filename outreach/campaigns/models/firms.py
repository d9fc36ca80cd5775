"""The firms a campaign works with and the pipeline each one moves through.

A firm's stage is changed only by `outreach.campaigns.pipeline.advance`, which writes a
StageChange row for every move: the timeline staff read, and what the overdue list measures.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from cms.catalogue.models import Enterprise, Sector, Ward

from .campaign import Campaign


class Stage(models.TextChoices):
    IDENTIFIED = "identified", _("Identified")
    INVITED = "invited", _("Invited")
    FORM_DOWNLOADED = "form_downloaded", _("Form downloaded")
    SESSION_HELD = "session_held", _("Working session held")
    DOSSIER_SUBMITTED = "dossier_submitted", _("Dossier submitted")
    DOSSIER_COMPLETE = "dossier_complete", _("Dossier complete")
    EVALUATED = "evaluated", _("Evaluated")
    RECOGNISED = "recognised", _("Recognised")
    NOT_RECOGNISED = "not_recognised", _("Not recognised")
    WITHDREW = "withdrew", _("Withdrew")


#: How far along each stage is. The two outcomes share a rank (one may be corrected into the
#: other by staff); a withdrawal ranks above all, so no automatic move ever reopens it.
STAGE_RANK = {
    Stage.IDENTIFIED: 0,
    Stage.INVITED: 1,
    Stage.FORM_DOWNLOADED: 2,
    Stage.SESSION_HELD: 3,
    Stage.DOSSIER_SUBMITTED: 4,
    Stage.DOSSIER_COMPLETE: 5,
    Stage.EVALUATED: 6,
    Stage.RECOGNISED: 7,
    Stage.NOT_RECOGNISED: 7,
    Stage.WITHDREW: 8,
}
CLOSED_STAGES = (Stage.RECOGNISED, Stage.NOT_RECOGNISED, Stage.WITHDREW)
#: Stages in which the firm or staff still have work to do before the council.
ACTIVE_STAGES = (
    Stage.IDENTIFIED,
    Stage.INVITED,
    Stage.FORM_DOWNLOADED,
    Stage.SESSION_HELD,
    Stage.DOSSIER_SUBMITTED,
)


class IntroducerKind(models.TextChoices):
    DEPARTMENT = "department", _("Department or agency")
    WARD = "ward", _("Ward or commune")
    ASSOCIATION = "association", _("Association")
    OTHER = "other", _("Other")


class TargetFirm(models.Model):
    """A firm the campaign works with: a catalogue enterprise, once per campaign."""

    campaign = models.ForeignKey(
        Campaign, verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="firms"
    )
    enterprise = models.ForeignKey(
        Enterprise,
        verbose_name=_("enterprise"),
        on_delete=models.PROTECT,
        related_name="campaign_entries",
    )
    sector = models.ForeignKey(
        Sector,
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The sector of the products the firm may put forward."),
    )
    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.IDENTIFIED
    )
    #: When the stage last changed: what the overdue list compares with.
    stage_changed_at = models.DateTimeField(_("last move"), default=timezone.now, db_index=True)
    introduced_by_kind = models.CharField(
        _("introduced by (kind)"), max_length=20, choices=IntroducerKind.choices, blank=True
    )
    introduced_by_ward = models.ForeignKey(
        Ward,
        verbose_name=_("introducing ward or commune"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    introduced_by_name = models.CharField(
        _("introduced by (name)"),
        max_length=200,
        blank=True,
        help_text=_("The department or association, e.g. Sở Khoa học và Công nghệ."),
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer in charge"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="campaign_firms",
        limit_choices_to={"is_active": True},
    )
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    panels = [
        FieldRowPanel([FieldPanel("campaign"), FieldPanel("enterprise")]),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("officer")]),
        MultiFieldPanel(
            [
                FieldPanel("introduced_by_kind"),
                FieldRowPanel([FieldPanel("introduced_by_ward"), FieldPanel("introduced_by_name")]),
            ],
            heading=_("Introduced by"),
        ),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("target firm")
        verbose_name_plural = _("target firms")
        ordering = ["campaign", "enterprise__sort_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "enterprise"], name="unique_campaign_enterprise"
            )
        ]

    def __str__(self) -> str:
        return f"{self.enterprise} ({self.campaign.year})"

    def clean(self) -> None:
        super().clean()
        kind = self.introduced_by_kind
        if kind == IntroducerKind.WARD and not self.introduced_by_ward_id:
            raise ValidationError(
                {"introduced_by_ward": _("Choose the ward or commune that introduced the firm.")}
            )
        if kind and kind != IntroducerKind.WARD and not self.introduced_by_name.strip():
            raise ValidationError(
                {"introduced_by_name": _("Write the name of who introduced the firm.")}
            )
        same = TargetFirm.objects.filter(
            campaign_id=self.campaign_id, enterprise_id=self.enterprise_id
        ).exclude(pk=self.pk)
        if self.campaign_id and self.enterprise_id and same.exists():
            raise ValidationError(
                {"enterprise": _("This enterprise is already a target firm of the campaign.")}
            )

    @property
    def introducer(self) -> str:
        """Who introduced the firm, as one line."""
        if self.introduced_by_kind == IntroducerKind.WARD and self.introduced_by_ward_id:
            return str(self.introduced_by_ward)
        return self.introduced_by_name


class StageChange(models.Model):
    """One move of a firm in the pipeline: the firm's timeline, never edited."""

    class Source(models.TextChoices):
        STAFF = "staff", _("Staff")
        SYSTEM = "system", _("The system")
        FIRM = "firm", _("The firm")

    firm = models.ForeignKey(
        TargetFirm, verbose_name=_("firm"), on_delete=models.CASCADE, related_name="stage_changes"
    )
    from_stage = models.CharField(_("from"), max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(_("to"), max_length=20, choices=Stage.choices)
    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.firm}: {self.get_to_stage_display()}"

    @property
    def actor(self) -> str:
        """Who made the move, as the timeline shows it."""
        if self.by_id:
            return self.by.get_full_name() or self.by.get_username()
        return self.get_source_display()
