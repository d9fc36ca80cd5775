"""The year's communication plan: how many reports, articles, conferences and printed sets
the programme aims for (KH 60/KH-UBND gives them as ranges, e.g. 3–5 TV reports)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable


class TargetKind(models.TextChoices):
    TV_REPORT = "tv_report", _("TV report")
    PRESS_ARTICLE = "press_article", _("Press article")
    ONLINE_ARTICLE = "online_article", _("Online article")
    PRESS_CONFERENCE = "press_conference", _("Press conference")
    DISSEMINATION_CONFERENCE = "dissemination_conference", _("Dissemination conference")
    TRAINING_CLASS = "training_class", _("Training class")
    FORM_SETS = "form_sets", _("Invitation form sets")
    PRINTED_CATALOGUES = "printed_catalogues", _("Printed catalogues")
    WEBSITE_POSTS = "website_posts", _("Portal news posts")


class CommunicationPlan(ClusterableModel):
    year = models.PositiveSmallIntegerField(
        _("year"), unique=True, validators=[MinValueValidator(2018), MaxValueValidator(2100)]
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        blank=True,
        help_text=_("For example the plan it implements: Kế hoạch 60/KH-UBND."),
    )
    notes = models.TextField(_("notes"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("title")]),
        FieldPanel("notes"),
        InlinePanel("targets", heading=_("Targets"), label=_("Target")),
    ]

    class Meta:
        verbose_name = _("communication plan")
        verbose_name_plural = _("communication plans")
        ordering = ["-year"]

    def __str__(self) -> str:
        return str(_("Communication plan %(year)s") % {"year": self.year})


class PlanTarget(Orderable):
    """A target as a range: reaching the minimum is on plan, the maximum is the ambition."""

    plan = ParentalKey(CommunicationPlan, on_delete=models.CASCADE, related_name="targets")
    kind = models.CharField(_("kind"), max_length=40, choices=TargetKind.choices)
    minimum = models.PositiveIntegerField(_("minimum"))
    maximum = models.PositiveIntegerField(_("maximum"))

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("minimum"), FieldPanel("maximum")])]

    class Meta(Orderable.Meta):
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        constraints = [
            models.UniqueConstraint(fields=["plan", "kind"], name="unique_plan_target_kind"),
            models.CheckConstraint(
                condition=models.Q(minimum__lte=models.F("maximum")),
                name="plan_target_minimum_within_maximum",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.range_label}"

    @property
    def range_label(self) -> str:
        if self.minimum == self.maximum:
            return str(self.minimum)
        return f"{self.minimum}–{self.maximum}"

    def clean(self) -> None:
        super().clean()
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValidationError(
                {
                    "maximum": _(
                        "The maximum (%(maximum)s) cannot be below the minimum (%(minimum)s)."
                    )
                    % {"maximum": self.maximum, "minimum": self.minimum}
                }
            )
