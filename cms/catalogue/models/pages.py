"""The public catalogue: one routable page per language that lists, filters and presents the
records, with their detail pages, statistics and downloads as sub-routes.

Records are snippets, so a product needs no page of its own in the tree: staff keep them in
lists and imports, and both language versions of the catalogue show the same rows.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.core.models import BasePage

from ..filters import PER_PAGE_CHOICES, SORT_LABELS, CatalogueFilter, reference
from ..links import route_name
from ..structured import organization_ld, product_ld
from .records import Enterprise, Product, ProductImage, Recognition, Round, Sector


def product_cards(products):
    """What a product card shows, in a constant number of queries whatever the page size."""
    return products.select_related("enterprise__former_district", "sector").prefetch_related(
        Prefetch(
            "recognitions",
            queryset=Recognition.objects.select_related("round").order_by("-round__year"),
        ),
        Prefetch(
            "gallery",
            queryset=ProductImage.objects.select_related("image").order_by("sort_order"),
        ),
    )


class CatalogueIndexPage(RoutablePageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    demo_notice = models.TextField(
        _("demo data notice"),
        blank=True,
        help_text=_("Shown on every record marked as illustrative demo data."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("demo_notice")]
    parent_page_types = ["pages.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("product catalogue")

    # ---- helpers ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return "en" if self.locale.language_code == "en" else "vi"

    def sub_url(self, kind: str, *args) -> str:
        # A listing links every card: work the page's own address out once per instance.
        if "_own_url" not in self.__dict__:
            self.__dict__["_own_url"] = self.url
        return self.__dict__["_own_url"] + self.reverse_subpage(
            route_name(kind, self.language), args=args
        )

    def alternates(self, kind: str, *args) -> dict[str, str]:
        """The same record's sub-route in each language, for the language switcher."""
        return {
            language: self.reverse_subpage(route_name(kind, language), args=args)
            for language in ("vi", "en")
        }

    def render_catalogue(self, request, template: str, **context) -> HttpResponse:
        return self.render(
            request,
            context_overrides={"catalogue": self, **context},
            template=f"catalogue/{template}",
        )

    # ---- listing ---------------------------------------------------------------------------

    @path("")
    def index(self, request):
        ref = reference(request)
        found = CatalogueFilter.from_params(request.GET, ref)
        paginator = Paginator(product_cards(found.ordered_products()), found.per_page)
        products = paginator.get_page(request.GET.get("page"))
        counts = found.facet_counts()
        chosen_years = set(found.years)
        chosen_sectors = {option.key for option in found.sectors}
        chosen_areas = {option.key for option in found.areas}
        params = found.params()
        return self.render_catalogue(
            request,
            "catalogue_index_page.html",
            filter=found,
            products=products,
            sector_facet=[
                (option, counts["sector"].get(option.pk, 0), option.key in chosen_sectors)
                for option in ref.sectors
            ],
            round_facet=[
                (year, counts["round"].get(year, 0), year in chosen_years) for year in ref.years
            ],
            area_facet=[
                (option, counts["area"].get(option.pk, 0), option.key in chosen_areas)
                for option in ref.areas
            ],
            top10_count=counts["top10"],
            valid_count=counts["valid"],
            sort_choices=list(SORT_LABELS.items()),
            per_page_choices=PER_PAGE_CHOICES,
            query_without_page=urlencode(params),
            export_query=urlencode(found.params(with_view=False)),
            areas_open=bool(chosen_areas),
        )

    # ---- records ---------------------------------------------------------------------------

    @path("san-pham/<slug:slug>/", name="product")
    @path("products/<slug:slug>/", name="product_en")
    def product(self, request, slug: str):
        product = (
            product_cards(Product.objects.filter(slug=slug))
            .select_related("enterprise__ward", "enterprise__former_district", "brochure")
            .prefetch_related("specifications")
            .first()
        )
        if product is None or not product.recognitions.all():
            raise Http404
        related = list(
            product_cards(
                Product.objects.filter(
                    Q(sector_id=product.sector_id) | Q(enterprise_id=product.enterprise_id),
                    recognitions__isnull=False,
                )
                .exclude(pk=product.pk)
                .distinct()
                .order_by("-featured", "sort_name")
            )[:4]
        )
        url = self.sub_url("product", product.slug)
        return self.render_catalogue(
            request,
            "product.html",
            product=product,
            related_products=related,
            trail=[
                (
                    product.sector.display_short_name,
                    f"{self.url}?{urlencode({'sector': product.sector.slug})}",
                )
            ],
            trail_current=product.display_name,
            structured_data=product_ld(
                product, url, self.sub_url("enterprise", product.enterprise.slug)
            ),
            alternate_subpaths=self.alternates("product", product.slug),
        )

    @path("doanh-nghiep/<slug:slug>/", name="enterprise")
    @path("enterprises/<slug:slug>/", name="enterprise_en")
    def enterprise(self, request, slug: str):
        enterprise = (
            Enterprise.objects.select_related("ward", "former_district", "logo")
            .filter(slug=slug)
            .first()
        )
        if enterprise is None:
            raise Http404
        products = list(
            product_cards(enterprise.products.filter(recognitions__isnull=False).distinct())
        )
        if not products:
            raise Http404
        history = (
            Recognition.objects.filter(product__enterprise=enterprise)
            .select_related("round", "product")
            .order_by("-round__year", "product__sort_name")
        )
        return self.render_catalogue(
            request,
            "enterprise.html",
            enterprise=enterprise,
            products=products,
            history=history,
            trail_current=enterprise.label,
            structured_data=organization_ld(
                enterprise, self.sub_url("enterprise", enterprise.slug)
            ),
            alternate_subpaths=self.alternates("enterprise", enterprise.slug),
        )

    @path("dot/<int:year>/", name="round")
    @path("rounds/<int:year>/", name="round_en")
    def round(self, request, year: int):
        round_ = Round.objects.select_related("decision_file").filter(year=year).first()
        if round_ is None:
            raise Http404
        recognised = list(
            product_cards(
                Product.objects.filter(recognitions__round=round_).order_by(
                    "sector__sort_order", "sort_name"
                )
            ).annotate(top10_here=Count("recognitions", filter=Q(recognitions__top10=True)))
        )
        by_sector: dict[Sector, list[Product]] = {}
        for product in recognised:
            by_sector.setdefault(product.sector, []).append(product)
        return self.render_catalogue(
            request,
            "round.html",
            round=round_,
            products=recognised,
            top10=[product for product in recognised if product.top10_here],
            by_sector=list(by_sector.items()),
            enterprise_count=len({product.enterprise_id for product in recognised}),
            other_years=[y for y in reference(request).years if y != year],
            alternate_subpaths=self.alternates("round", year),
            trail_current=_("Round %(year)s") % {"year": year},
        )

    @path("thong-ke/", name="statistics")
    @path("statistics/", name="statistics_en")
    def statistics(self, request):
        from ..statistics import catalogue_statistics

        return self.render_catalogue(
            request,
            "statistics.html",
            stats=catalogue_statistics(request),
            alternate_subpaths=self.alternates("statistics"),
            trail_current=_("Statistics"),
        )

    # ---- downloads -------------------------------------------------------------------------

    @path("xuat/csv/", name="export_csv")
    @path("export/csv/", name="export_csv_en")
    def export_csv(self, request):
        from ..exports import csv_response

        return csv_response(CatalogueFilter.from_params(request.GET, reference(request)), self)

    @path("xuat/json/", name="export_json")
    @path("export/json/", name="export_json_en")
    def export_json(self, request):
        from ..exports import json_response

        return json_response(CatalogueFilter.from_params(request.GET, reference(request)), self)
