"""News: the index with its filters, articles, categories and tags."""

from __future__ import annotations

import datetime

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.core.blocks import BodyStreamBlock
from cms.core.models import BasePage, localized_value
from cms.core.numbers import parse_int

from .listing import public_only, with_images

ARTICLES_PER_PAGE = 10


class ArticleCategory(models.Model):
    name = models.CharField(_("name"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("article category")
        verbose_name_plural = _("article categories")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return localized_value(self, "name")


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "pages.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsIndexPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ArticlePage"]

    class Meta:
        verbose_name = _("news index page")

    def get_articles(self):
        return public_only(ArticlePage.objects.child_of(self).live()).order_by(
            "-date", "-first_published_at"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        all_articles = self.get_articles()
        articles = all_articles
        filters: dict[str, object] = {}

        category_slug = request.GET.get("category", "")[:100]
        if category_slug:
            category = ArticleCategory.objects.filter(slug=category_slug).first()
            if category:
                articles = articles.filter(category=category)
                filters["category"] = category
        tag = request.GET.get("tag", "")[:100].strip()
        if tag:
            articles = articles.filter(tags__slug=tag).distinct()
            filters["tag"] = tag
        chosen = parse_int(request.GET.get("year", ""), minimum=1990, maximum=2100)
        if chosen is not None:
            articles = articles.filter(date__year=chosen)
            filters["year"] = chosen

        page = Paginator(
            with_images(articles, "lead_image", "category"), ARTICLES_PER_PAGE
        ).get_page(request.GET.get("page"))

        context.update(
            articles=page,
            filters=filters,
            categories=ArticleCategory.objects.filter(articlepage__in=all_articles)
            .annotate(count=Count("articlepage"))
            .order_by("name"),
            years=(
                all_articles.annotate(year=ExtractYear("date"))
                .values_list("year", flat=True)
                .distinct()
                .order_by("-year")
            ),
            query_without_page=_querystring_without(request, "page"),
        )
        return context


def _querystring_without(request, *names: str) -> str:
    params = request.GET.copy()
    for name in names:
        params.pop(name, None)
    return params.urlencode()


class ArticlePage(BasePage):
    date = models.DateField(_("publication date"), default=datetime.date.today)
    category = models.ForeignKey(
        ArticleCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("tags"))
    lead_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(
        _("lead image alternative text"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows. Empty: the image's own description."),
    )
    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("source address"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("category"), FieldPanel("tags")],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt")], heading=_("Lead image")
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("source_name"), FieldPanel("source_url")], heading=_("Source")),
        InlinePanel("related_articles", label=_("Related articles")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @property
    def lead_image_alt_text(self) -> str:
        if self.lead_image_alt:
            return self.lead_image_alt
        return self.lead_image.default_alt_text if self.lead_image else ""

    def get_related_articles(self, limit: int = 3) -> list[ArticlePage]:
        """The editor's choices first, topped up with the newest of the same category."""
        articles = with_images(
            public_only(ArticlePage.objects.live().filter(locale_id=self.locale_id)),
            "lead_image",
            "category",
        )
        chosen_ids = [link.page_id for link in self.related_articles.all()][:limit]
        chosen = (
            sorted(articles.filter(pk__in=chosen_ids), key=lambda page: chosen_ids.index(page.pk))
            if chosen_ids
            else []
        )
        if len(chosen) < limit and self.category_id:
            chosen.extend(
                articles.filter(category_id=self.category_id)
                .exclude(pk__in=[self.pk, *chosen_ids])
                .order_by("-date", "-first_published_at")[: limit - len(chosen)]
            )
        return chosen

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = self.get_related_articles()
        context["is_scheduled"] = bool(self.go_live_at and self.go_live_at > timezone.now())
        return context


class RelatedArticle(Orderable):
    source = ParentalKey(ArticlePage, related_name="related_articles", on_delete=models.CASCADE)
    page = models.ForeignKey(
        ArticlePage, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]
