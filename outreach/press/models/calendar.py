"""Calendar items: each report, article, conference or print run the plan counts, with when it
happens, who answers for it, where it appeared and how its date moved."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import Orderable

from .plan import TargetKind


class OutletKind(models.TextChoices):
    TV = "tv", _("Television")
    RADIO = "radio", _("Radio")
    NEWSPAPER = "newspaper", _("Newspaper")
    ONLINE = "online", _("Online newspaper")
    OTHER = "other", _("Other")


class Outlet(models.Model):
    """A channel or newspaper the programme works with, e.g. Hà Nội TV channel 1."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OutletKind.choices)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]), FieldPanel("website")]

    class Meta:
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ItemStatus(models.TextChoices):
    IDEA = "idea", _("Idea")
    PLANNED = "planned", _("Planned")
    CONFIRMED = "confirmed", _("Confirmed")
    DONE = "done", _("Published / held")
    CANCELLED = "cancelled", _("Cancelled")


class CalendarItemQuerySet(models.QuerySet):
    def in_year(self, year: int) -> CalendarItemQuerySet:
        return self.filter(starts_at__year=year)

    def open(self) -> CalendarItemQuerySet:
        """Items still to happen: not done, not cancelled."""
        return self.exclude(status__in=[ItemStatus.DONE, ItemStatus.CANCELLED])

    def late(self, now: datetime | None = None) -> CalendarItemQuerySet:
        return (
            self.open().exclude(status=ItemStatus.IDEA).filter(starts_at__lt=now or timezone.now())
        )

    def between(self, start: datetime, end: datetime) -> CalendarItemQuerySet:
        return self.filter(starts_at__gte=start, starts_at__lt=end)


class CalendarItem(ClusterableModel):
    kind = models.CharField(_("kind"), max_length=40, choices=TargetKind.choices)
    title = models.CharField(_("title"), max_length=255)
    status = models.CharField(
        _("status"), max_length=20, choices=ItemStatus.choices, default=ItemStatus.PLANNED
    )
    starts_at = models.DateTimeField(
        _("starts at"),
        null=True,
        blank=True,
        help_text=_("An idea may wait without a date; anything planned needs one."),
    )
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    date_confirmed = models.BooleanField(
        _("date confirmed"),
        default=False,
        help_text=_("Leave unticked while the date is provisional."),
    )
    outlet = models.ForeignKey(
        Outlet,
        verbose_name=_("outlet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="items",
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible officer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="press_items",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("article or event page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="press_items",
        help_text=_(
            "An article's scheduled publication follows this item's date and the other way "
            "round; an event page gives the item its dates."
        ),
    )
    quantity = models.PositiveIntegerField(
        _("quantity"),
        default=1,
        help_text=_("Copies or sets for a print run; 1 for anything else."),
    )
    notes = models.TextField(_("notes"), blank=True)
    reminder_days = models.PositiveSmallIntegerField(
        _("remind the officer (days before)"),
        default=2,
        help_text=_("0 sends no reminder."),
    )
    reminded_for = models.DateTimeField(null=True, blank=True, editable=False)
    completed_at = models.DateTimeField(_("published or held at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CalendarItemQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldPanel("title"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("date_confirmed"),
            ],
            heading=_("When"),
        ),
        FieldRowPanel([FieldPanel("outlet"), FieldPanel("officer")]),
        PageChooserPanel("page", ["pages.ArticlePage", "pages.EventPage"]),
        FieldRowPanel([FieldPanel("quantity"), FieldPanel("reminder_days")]),
        FieldPanel("notes"),
        InlinePanel("coverage", heading=_("Coverage elsewhere"), label=_("Coverage")),
    ]

    class Meta:
        verbose_name = _("calendar item")
        verbose_name_plural = _("calendar items")
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["starts_at", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__isnull=True)
                | models.Q(starts_at__isnull=False, ends_at__gte=models.F("starts_at")),
                name="press_item_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.ends_at and not self.starts_at:
            errors["starts_at"] = _("Give the start before the end.")
        elif self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The end cannot be before the start.")
        if not self.starts_at and self.status != ItemStatus.IDEA:
            errors["starts_at"] = _("Only an idea may be without a date.")
        if self.page_id:
            page = self.page.specific_deferred
            if page._meta.label not in ("pages.ArticlePage", "pages.EventPage"):
                errors["page"] = _("Link an article or an event page.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_movable(self) -> bool:
        """Published or cancelled items keep their date; event-linked ones follow the event."""
        if self.status in (ItemStatus.DONE, ItemStatus.CANCELLED):
            return False
        return not (self.page_id and self.page.content_type.model == "eventpage")

    @property
    def is_late(self) -> bool:
        return bool(
            self.starts_at
            and self.starts_at < timezone.now()
            and self.status in (ItemStatus.PLANNED, ItemStatus.CONFIRMED)
        )


class CoverageEntry(Orderable):
    """Where an item appeared outside the portal: a newspaper's article, a TV broadcast."""

    item = ParentalKey(CalendarItem, on_delete=models.CASCADE, related_name="coverage")
    outlet = models.ForeignKey(
        Outlet, verbose_name=_("outlet"), on_delete=models.PROTECT, related_name="coverage"
    )
    url = models.URLField(_("address"), max_length=500, blank=True)
    published_on = models.DateField(_("published on"))
    title = models.CharField(_("headline"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("outlet"), FieldPanel("published_on")]),
        FieldPanel("url"),
        FieldPanel("title"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("coverage entry")
        verbose_name_plural = _("coverage entries")

    def __str__(self) -> str:
        return f"{self.outlet} {self.published_on:%d/%m/%Y}"


class ChangeSource(models.TextChoices):
    FORM = "form", _("Edit form")
    CALENDAR = "calendar", _("Calendar (drag)")
    PAGE = "page", _("Linked page")


class ItemChange(models.Model):
    """One move of an item's date or status, kept so staff can see how the plan slipped."""

    item = models.ForeignKey(CalendarItem, on_delete=models.CASCADE, related_name="changes")
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField(_("through"), max_length=20, choices=ChangeSource.choices)
    field = models.CharField(_("field"), max_length=40)
    old_value = models.CharField(_("before"), max_length=100, blank=True)
    new_value = models.CharField(_("after"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("calendar change")
        verbose_name_plural = _("calendar changes")
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.item}: {self.field} {self.old_value} → {self.new_value}"

    @property
    def field_label(self) -> str:
        try:
            return str(CalendarItem._meta.get_field(self.field).verbose_name)
        except FieldDoesNotExist:
            return self.field
