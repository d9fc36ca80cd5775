"""The home page: hero, figures, latest news, upcoming events and sections other apps add."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from cms.core.blocks import BodyStreamBlock
from cms.core.blocks.content import FigureBlock
from cms.core.models import BasePage, TreeRoutingMixin

from .listing import public_only, with_images

#: Wagtail hook other apps register to add a section to the home page (the catalogue does).
HOME_SECTIONS_HOOK = "register_home_page_section"


class HomePage(TreeRoutingMixin, BasePage):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_label = models.CharField(_("hero link label"), max_length=80, blank=True)
    figures_title = models.CharField(_("figures title"), max_length=120, blank=True)
    figures = StreamField(
        [("figure", FigureBlock())], verbose_name=_("programme figures"), blank=True
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("figures_title"),
        FieldPanel("figures"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.StandardPage",
        "pages.NewsIndexPage",
        "pages.DocumentLibraryPage",
        "pages.EventIndexPage",
        "pages.ContactPage",
        "catalogue.CatalogueIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .events import EventPage
        from .news import ArticlePage

        context = super().get_context(request, *args, **kwargs)
        context["latest_articles"] = list(
            with_images(
                public_only(ArticlePage.objects.live().filter(locale_id=self.locale_id)),
                "lead_image",
                "category",
            ).order_by("-date", "-first_published_at")[:6]
        )
        if context["latest_articles"]:
            # An article's parent is its news index: its address is the article's minus the slug.
            article_url = context["latest_articles"][0].get_url(request)
            context["news_index_url"] = article_url.rstrip("/").rsplit("/", 1)[0] + "/"
        context["upcoming_events"] = public_only(
            EventPage.objects.live().filter(locale_id=self.locale_id, end__gte=timezone.now())
        ).order_by("start")[:4]
        context["home_sections"] = [
            section for fn in hooks.get_hooks(HOME_SECTIONS_HOOK) if (section := fn(request, self))
        ]
        return context
