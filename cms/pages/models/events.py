"""Events (ceremonies, fairs, press conferences, conferences, training) with iCalendar."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from cms.core.blocks import BodyStreamBlock
from cms.core.models import BasePage

from .ical import calendar_response
from .listing import public_only

PAST_EVENTS_PER_PAGE = 12


class EventIndexPage(RoutablePageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.EventPage"]

    class Meta:
        verbose_name = _("event index page")

    def get_events(self):
        return public_only(EventPage.objects.child_of(self).live())

    @path("")
    def event_list(self, request):
        now = timezone.now()
        events = self.get_events()
        kind = request.GET.get("kind", "")[:30]
        if kind in EventPage.Kind.values:
            events = events.filter(kind=kind)
        past = Paginator(events.filter(end__lt=now).order_by("-start"), PAST_EVENTS_PER_PAGE)
        return self.render(
            request,
            context_overrides={
                "upcoming_events": events.filter(end__gte=now).order_by("start"),
                "past_events": past.get_page(request.GET.get("page")),
                "kinds": EventPage.Kind.choices,
                "selected_kind": kind if kind in EventPage.Kind.values else "",
            },
        )

    @path("ical/", name="calendar_feed")
    def calendar_feed(self, request) -> HttpResponse:
        events = self.get_events().order_by("start")
        return calendar_response(
            request, list(events), filename="su-kien-spcncl.ics", name=self.title
        )


class EventPage(RoutablePageMixin, BasePage):
    class Kind(models.TextChoices):
        CEREMONY = "ceremony", _("Honouring ceremony")
        EXHIBITION = "exhibition", _("Exhibition or fair")
        PRESS_CONFERENCE = "press_conference", _("Press conference")
        CONFERENCE = "conference", _("Conference")
        TRAINING = "training", _("Training class")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    start = models.DateTimeField(_("starts at"))
    end = models.DateTimeField(_("ends at"))
    location_name = models.CharField(_("place"), max_length=255)
    address = models.CharField(_("address"), max_length=255, blank=True)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    lead_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("location_name"), FieldPanel("address"), FieldPanel("organiser")],
            heading=_("Where and who"),
        ),
        FieldPanel("lead_image"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("location_name"),
        index.SearchField("body"),
    ]

    parent_page_types = ["pages.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end cannot be before the start.")})

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def lead_image_alt_text(self) -> str:
        return self.lead_image.default_alt_text if self.lead_image else ""

    @path("ical/", name="event_ics")
    def event_ics(self, request) -> HttpResponse:
        return calendar_response(request, [self], filename=f"{self.slug}.ics", name=self.title)
