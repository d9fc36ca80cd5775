"""Addresses of catalogue records, for everything that links to them from outside the page:
search entries, the sitemap, the API, the printed catalogue's QR codes and the home page."""

from __future__ import annotations

from django.conf import settings

from cms.core import generation

#: Route names per language: Vietnamese addresses on the Vietnamese tree, English on English.
ROUTES = {
    "vi": {
        "product": "product",
        "enterprise": "enterprise",
        "round": "round",
        "statistics": "statistics",
        "export_csv": "export_csv",
        "export_json": "export_json",
    },
    "en": {
        "product": "product_en",
        "enterprise": "enterprise_en",
        "round": "round_en",
        "statistics": "statistics_en",
        "export_csv": "export_csv_en",
        "export_json": "export_json_en",
    },
}


def route_name(kind: str, language: str) -> str:
    return ROUTES.get(language, ROUTES["vi"])[kind]


def catalogue_urls(request=None) -> dict[str, str]:
    """The address of the live, public catalogue page in each language that has one."""
    from .models import CatalogueIndexPage

    def build() -> dict[str, str]:
        urls = {}
        pages = CatalogueIndexPage.objects.live().public().select_related("locale")
        for page in pages.order_by("path"):
            language = page.locale.language_code
            if language not in urls:
                urls[language] = page.get_url()
        return urls

    return generation.cached("catalogue-page-urls", build, request)


def record_url(kind: str, key: str | int, language: str = "vi", request=None) -> str:
    """The path of a product, enterprise or round page, or '' when there is no catalogue."""
    base = catalogue_urls(request).get(language)
    if not base:
        return ""
    prefix = {
        ("product", "vi"): "san-pham",
        ("product", "en"): "products",
        ("enterprise", "vi"): "doanh-nghiep",
        ("enterprise", "en"): "enterprises",
        ("round", "vi"): "dot",
        ("round", "en"): "rounds",
    }[(kind, "en" if language == "en" else "vi")]
    return f"{base}{prefix}/{key}/"


def absolute(path: str) -> str:
    """A full address for places read outside the site (QR codes, API, JSON-LD)."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.BASE_URL.rstrip("/") + path
