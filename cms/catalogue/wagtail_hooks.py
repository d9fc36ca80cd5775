"""The catalogue's admin menu group and its section on the home page."""

from __future__ import annotations

from django.template.loader import render_to_string
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from cms.core import generation
from cms.pages.models.home import HOME_SECTIONS_HOOK

from .models import CatalogueIndexPage, Product, Round
from .models.pages import product_cards
from .viewsets import CatalogueGroup

register_snippet(CatalogueGroup)

HOME_FEATURED = 4


@hooks.register(HOME_SECTIONS_HOOK)
def catalogue_home_section(request, home_page) -> str:
    """Featured products and the latest TOP 10, linked to the catalogue in the page's language.

    The section changes only with content, so it is kept per content generation.
    """
    return generation.cached(
        f"home-catalogue-section:{home_page.locale_id}",
        lambda: _render_home_section(request, home_page),
        request,
    )


def _render_home_section(request, home_page) -> str:
    catalogue = (
        CatalogueIndexPage.objects.live().public().filter(locale_id=home_page.locale_id).first()
    )
    if catalogue is None:
        return ""
    featured = list(
        product_cards(Product.objects.filter(featured=True, recognitions__isnull=False))
        .distinct()
        .order_by("sort_name")[:HOME_FEATURED]
    )
    latest_top10 = Round.objects.filter(recognitions__top10=True).order_by("-year").first()
    top10 = []
    if latest_top10 is not None:
        top10 = list(
            Product.objects.filter(recognitions__round=latest_top10, recognitions__top10=True)
            .select_related("enterprise")
            .order_by("sort_name")
        )
    if not featured and not top10:
        return ""
    return render_to_string(
        "catalogue/home_section.html",
        {
            "catalogue": catalogue,
            "featured": featured,
            "top10": top10,
            "top10_round": latest_top10,
        },
        request=request,
    )
