"""A recruitment round: the year's deadlines and what it aims for."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

#: The deadlines in the order the round runs through them (model field names).
DEADLINE_FIELDS = (
    "introductions_due",
    "dossiers_due",
    "council_meeting",
    "comments_open",
    "comments_close",
    "ceremony",
)
#: Target ranges: (minimum field, maximum field).
TARGET_FIELDS = (
    ("firms_min", "firms_max"),
    ("recognised_firms_min", "recognised_firms_max"),
    ("recognised_products_min", "recognised_products_max"),
)


def _count(label) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(label, null=True, blank=True)


class Campaign(models.Model):
    """One year's round. Target firms, working sessions and notices hang on it."""

    year = models.PositiveSmallIntegerField(
        _("year"),
        unique=True,
        validators=[MinValueValidator(2018), MaxValueValidator(2100)],
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        blank=True,
        help_text=_("For example the plan it carries out: Kế hoạch 60/KH-UBND."),
    )
    introductions_due = models.DateField(
        _("introduction letters due"),
        null=True,
        blank=True,
        help_text=_("Departments, wards and communes send the firms they introduce by this day."),
    )
    dossiers_due = models.DateField(_("dossier deadline"), null=True, blank=True)
    council_meeting = models.DateField(_("council meeting"), null=True, blank=True)
    comments_open = models.DateField(_("public comments open"), null=True, blank=True)
    comments_close = models.DateField(_("public comments close"), null=True, blank=True)
    ceremony = models.DateField(_("honouring ceremony"), null=True, blank=True)
    firms_min = _count(_("firms to work with (from)"))
    firms_max = _count(_("firms to work with (up to)"))
    recognised_firms_min = _count(_("firms to recognise (from)"))
    recognised_firms_max = _count(_("firms to recognise (up to)"))
    recognised_products_min = _count(_("products to recognise (from)"))
    recognised_products_max = _count(_("products to recognise (up to)"))
    notes = models.TextField(_("notes"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("title")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("introductions_due"), FieldPanel("dossiers_due")]),
                FieldPanel("council_meeting"),
                FieldRowPanel([FieldPanel("comments_open"), FieldPanel("comments_close")]),
                FieldPanel("ceremony"),
            ],
            heading=_("Deadlines"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("firms_min"), FieldPanel("firms_max")]),
                FieldRowPanel(
                    [FieldPanel("recognised_firms_min"), FieldPanel("recognised_firms_max")]
                ),
                FieldRowPanel(
                    [FieldPanel("recognised_products_min"), FieldPanel("recognised_products_max")]
                ),
            ],
            heading=_("Targets"),
        ),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-year"]

    def __str__(self) -> str:
        return str(_("Campaign %(year)s") % {"year": self.year})

    def clean(self) -> None:
        super().clean()
        errors: dict[str, list] = {}
        given = [(name, getattr(self, name)) for name in DEADLINE_FIELDS]
        given = [(name, value) for name, value in given if value is not None]
        # Each date must not come before any earlier deadline that is filled in.
        for index, (name, value) in enumerate(given):
            for earlier, earlier_value in given[:index]:
                if value < earlier_value:
                    errors.setdefault(name, []).append(
                        ValidationError(
                            _("%(this)s (%(date)s) cannot be before %(earlier)s (%(other)s)."),
                            code="deadline_order",
                            params={
                                "this": self._label(name),
                                "date": value.strftime("%d/%m/%Y"),
                                "earlier": self._label(earlier),
                                "other": earlier_value.strftime("%d/%m/%Y"),
                            },
                        )
                    )
                    break
        for name, value in given:
            if self.year and value.year not in (self.year, self.year + 1) and name not in errors:
                errors.setdefault(name, []).append(
                    ValidationError(
                        _("%(this)s should fall in %(year)s (or early the next year)."),
                        code="deadline_year",
                        params={"this": self._label(name), "year": self.year},
                    )
                )
        for low, high in TARGET_FIELDS:
            low_value, high_value = getattr(self, low), getattr(self, high)
            if low_value is not None and high_value is not None and low_value > high_value:
                errors.setdefault(high, []).append(
                    ValidationError(
                        _("The upper target (%(high)s) cannot be below the lower one (%(low)s)."),
                        code="target_order",
                        params={"high": high_value, "low": low_value},
                    )
                )
        if errors:
            raise ValidationError(errors)

    @classmethod
    def _label(cls, name: str) -> str:
        return str(cls._meta.get_field(name).verbose_name).capitalize()

    def deadlines(self) -> list[tuple[str, date]]:
        """(label, date) of every deadline set, in the order of the round."""
        return [
            (self._label(name), getattr(self, name))
            for name in DEADLINE_FIELDS
            if getattr(self, name) is not None
        ]

    def next_deadline(self, today: date) -> tuple[str, date] | None:
        """The first deadline on or after `today`."""
        return next(((label, day) for label, day in self.deadlines() if day >= today), None)

    @staticmethod
    def range_label(low: int | None, high: int | None) -> str:
        if low is None and high is None:
            return ""
        if low is None or high is None or low == high:
            return str(low if high is None else high)
        return f"{low}–{high}"

    def targets(self) -> list[tuple[str, str, int | None]]:
        """(key, range label, minimum) of each target set, for the board and the report."""
        return [
            (
                low.removesuffix("_min"),
                self.range_label(getattr(self, low), getattr(self, high)),
                getattr(self, low),
            )
            for low, high in TARGET_FIELDS
        ]
