"""Notices (what is sent to whom, and when) and the reminder rules that make notices by
themselves before a campaign's deadlines and working sessions."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from cms.catalogue.models import FormerDistrict, Sector
from cms.core.numbers import parse_int
from outreach.campaigns.models import Campaign, Stage, TargetFirm, WorkingSession
from outreach.campaigns.models.campaign import DEADLINE_FIELDS

from .templates import NoticeTemplate


class NoticeState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    QUEUED = "queued", _("Queued")
    CANCELLED = "cancelled", _("Cancelled")


class Notice(ClusterableModel):
    """One message to a campaign's firms: written by an officer, or made by a reminder rule.

    The audience is kept as the filter staff chose (stages, sector, former district, or firms
    picked by hand); `queue_notice` turns it into delivery rows once, when it is sent.
    """

    class Kind(models.TextChoices):
        MANUAL = "manual", _("Notice")
        REMINDER = "reminder", _("Reminder")

    campaign = models.ForeignKey(
        Campaign, verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="notices"
    )
    title = models.CharField(
        _("title"), max_length=200, help_text=_("For staff: what the notice is about.")
    )
    template = models.ForeignKey(
        NoticeTemplate,
        verbose_name=_("template"),
        on_delete=models.PROTECT,
        related_name="notices",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.MANUAL)
    stages = models.JSONField(
        _("stages"),
        default=list,
        blank=True,
        help_text=_("Only firms at these stages; none chosen: every firm still in the campaign."),
    )
    sector = models.ForeignKey(
        Sector,
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    former_district = models.ForeignKey(
        FormerDistrict,
        verbose_name=_("former district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    firms = ParentalManyToManyField(
        TargetFirm,
        verbose_name=_("firms picked by hand"),
        blank=True,
        related_name="+",
        help_text=_("When firms are picked, only they receive it (the filters above narrow them)."),
    )
    send_at = models.DateTimeField(
        _("send at"),
        null=True,
        blank=True,
        help_text=_("Empty: as soon as it is queued (within the send window)."),
    )
    state = models.CharField(
        _("state"), max_length=10, choices=NoticeState.choices, default=NoticeState.DRAFT
    )
    # Reminders: the rule, the deadline or session it is about, and the stage that ends it.
    rule = models.ForeignKey(
        "ReminderRule",
        verbose_name=_("reminder rule"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="notices",
    )
    session = models.ForeignKey(
        WorkingSession,
        verbose_name=_("working session"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notices",
    )
    deadline = models.DateField(_("deadline it is about"), null=True, blank=True)
    skip_from_stage = models.CharField(
        _("skip firms from stage"),
        max_length=20,
        choices=Stage.choices,
        blank=True,
        help_text=_("Checked again just before each message: a firm that got there is skipped."),
    )
    plan_key = models.CharField(max_length=120, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    queued_at = models.DateTimeField(_("queued"), null=True, blank=True)

    # The composer's panels and form are in viewsets.py (NoticeViewSet.edit_handler).

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # A rule makes each of its reminders once, however often the planner runs.
            models.UniqueConstraint(
                fields=["plan_key"], condition=~Q(plan_key=""), name="notices_one_per_plan_key"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        unknown = [stage for stage in self.stages or [] if stage not in Stage.values]
        if unknown:
            raise ValidationError({"stages": _("Unknown stage(s): %s") % ", ".join(unknown)})


class ReminderRule(models.Model):
    """Reminders a campaign sends by itself: N days before one of its deadlines to the firms
    not yet at a stage, or N days before each working session to its attendees."""

    class Kind(models.TextChoices):
        DEADLINE = "deadline", _("Before a campaign deadline")
        SESSION = "session", _("Before each working session")

    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="reminder_rules",
    )
    name = models.CharField(_("name"), max_length=150)
    template = models.ForeignKey(
        NoticeTemplate,
        verbose_name=_("template"),
        on_delete=models.PROTECT,
        related_name="reminder_rules",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.DEADLINE)
    deadline_field = models.CharField(
        _("deadline"),
        max_length=30,
        choices=[(name, Campaign._meta.get_field(name).verbose_name) for name in DEADLINE_FIELDS],
        default="dossiers_due",
        blank=True,
    )
    days_before = models.CharField(
        _("days before"),
        max_length=60,
        default="7, 3, 1",
        help_text=_("Whole days, separated by commas: 7, 3, 1."),
    )
    send_time = models.TimeField(
        _("time of day"),
        default="09:00",
        help_text=_("Hà Nội time; moved into the send window when outside it."),
    )
    skip_from_stage = models.CharField(
        _("skip firms from stage"),
        max_length=20,
        choices=Stage.choices,
        default=Stage.DOSSIER_SUBMITTED,
        blank=True,
        help_text=_("Firms at this stage or further on get no reminder."),
    )
    active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("campaign"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("deadline_field")]),
        FieldRowPanel([FieldPanel("days_before"), FieldPanel("send_time")]),
        FieldRowPanel([FieldPanel("skip_from_stage"), FieldPanel("template")]),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("reminder rule")
        verbose_name_plural = _("reminder rules")
        ordering = ["campaign", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.campaign.year})"

    def day_offsets(self) -> list[int]:
        """The days before, largest first; ValidationError for anything but whole days."""
        days = []
        for part in self.days_before.replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            day = parse_int(part, maximum=365)
            if day is None:
                raise ValidationError(
                    {"days_before": _("Write whole days from 0 to 365, separated by commas.")}
                )
            days.append(day)
        if not days:
            raise ValidationError({"days_before": _("Write at least one number of days.")})
        return sorted(set(days), reverse=True)

    def clean(self) -> None:
        super().clean()
        self.day_offsets()
        if self.kind == self.Kind.DEADLINE and not self.deadline_field:
            raise ValidationError({"deadline_field": _("Choose the deadline to remind of.")})
