"""Open data: the products of any filter as CSV or JSON, and the record shape the API shares.

CSV is written for spreadsheets: UTF-8 with a BOM (Excel reads Vietnamese correctly only
with it), and cells that a spreadsheet would run as a formula are neutralised
(`cms.core.spreadsheets`).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.core.spreadsheets import neutralise

from .filters import CatalogueFilter
from .links import absolute, record_url
from .models import Enterprise, Product, Recognition


def recognition_data(recognition: Recognition, today: date) -> dict:
    return {
        "round": recognition.round.year,
        "top10": recognition.top10,
        "certificate_number": recognition.certificate_number,
        "valid_until": recognition.valid_until.isoformat(),
        "currently_valid": recognition.valid_until >= today,
    }


def enterprise_data(enterprise: Enterprise, language: str) -> dict:
    """The public profile of a firm: what its page shows, nothing more."""
    return {
        "id": enterprise.pk,
        "slug": enterprise.slug,
        "name": enterprise.name,
        "name_en": enterprise.name_en,
        "short_name": enterprise.short_name,
        "tax_code": enterprise.tax_code or "",
        "address": enterprise.address,
        "ward": str(enterprise.ward) if enterprise.ward_id else "",
        "former_district": (
            enterprise.former_district.name if enterprise.former_district_id else ""
        ),
        "website": enterprise.website,
        "fdi": enterprise.fdi,
        "illustrative": enterprise.illustrative,
        "url": absolute(record_url("enterprise", enterprise.slug, language)),
    }


def product_data(product: Product, language: str, today: date | None = None) -> dict:
    """One product with its firm, sector and recognitions (related rows prefetched)."""
    today = today or timezone.localdate()
    image = product.main_image
    return {
        "id": product.pk,
        "slug": product.slug,
        "name": product.name,
        "name_en": product.name_en,
        "description": product.description,
        "description_en": product.description_en,
        "sector": {
            "slug": product.sector.slug,
            "name": product.sector.name,
            "name_en": product.sector.name_en,
        },
        "enterprise": {
            "slug": product.enterprise.slug,
            "name": product.enterprise.name,
            "name_en": product.enterprise.name_en,
            "former_district": (
                product.enterprise.former_district.name
                if product.enterprise.former_district_id
                else ""
            ),
            "url": absolute(record_url("enterprise", product.enterprise.slug, language)),
        },
        "recognitions": [recognition_data(r, today) for r in product.recognitions.all()],
        "image": absolute(image.file.url) if image else None,
        "illustrative": product.illustrative,
        "url": absolute(record_url("product", product.slug, language)),
    }


def _rows(found: CatalogueFilter):
    from .models.pages import product_cards

    return product_cards(
        found.ordered_products().select_related("enterprise__former_district", "enterprise__ward")
    )


def csv_response(found: CatalogueFilter, page) -> HttpResponse:
    language = page.language
    header = [
        _("Product"),
        _("Product (English)"),
        _("Enterprise"),
        _("Tax code"),
        _("Sector"),
        _("Ward or commune"),
        _("Former district"),
        _("Recognition rounds"),
        _("TOP 10 rounds"),
        _("Valid until"),
        _("Page"),
    ]
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for product in _rows(found):
        recognitions = sorted(product.recognitions.all(), key=_year)
        firm = product.enterprise
        valid_until = max((r.valid_until for r in recognitions), default=None)
        writer.writerow(
            neutralise(value)
            for value in (
                product.name,
                product.name_en,
                firm.name,
                firm.tax_code or "",
                product.sector.display_name,
                str(firm.ward) if firm.ward_id else "",
                firm.former_district.name if firm.former_district_id else "",
                "; ".join(str(r.round.year) for r in recognitions),
                "; ".join(str(r.round.year) for r in recognitions if r.top10),
                valid_until.strftime("%d/%m/%Y") if valid_until else "",
                absolute(record_url("product", product.slug, language)),
            )
        )
    response = HttpResponse(
        buffer.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(language)}.csv"'
    return response


def _year(recognition: Recognition) -> int:
    return recognition.round.year


def _filename(language: str) -> str:
    stamp = timezone.localdate().strftime("%Y%m%d")
    name = "key-industrial-products" if language == "en" else "san-pham-cong-nghiep-chu-luc"
    return f"{name}-{stamp}"


def json_response(found: CatalogueFilter, page) -> HttpResponse:
    today = timezone.localdate()
    results = [product_data(product, page.language, today) for product in _rows(found)]
    body = {
        "filters": dict_of(found.params(with_view=False)),
        "count": len(results),
        "results": results,
    }
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(page.language)}.json"'
    return response


def dict_of(pairs: list[tuple[str, str]]) -> dict[str, list[str] | str]:
    grouped: dict[str, list[str]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    return {
        key: values if key in ("sector", "round", "area") else values[0]
        for key, values in grouped.items()
    }
