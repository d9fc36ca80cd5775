"""The catalogue's read-only JSON API (open data), described by the OpenAPI document it serves.

Plain Django views: the API reads the same filters as the catalogue page, so a query string
copied from the page works here. Malformed values are listed under `ignored`, never an error.
The views only read: GET and HEAD answer, OPTIONS lists them, any other method gets a JSON 405
with `Allow` (no CSRF check: nothing is written). Errors are JSON (`portal.views` for 400, 404
and 500 outside these views).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from cms.core.numbers import parse_int

from .exports import enterprise_data, product_data, recognition_data
from .filters import MAX_QUERY_LENGTH, PARAMETERS, CatalogueFilter, reference
from .links import absolute, record_url
from .models import Enterprise, Product, Recognition, Round, Sector
from .models.pages import product_cards

DEFAULT_PAGE_SIZE = 24
MAX_PAGE_SIZE = 100
API_VERSION = "1.0.0"
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
#: The highest page number read: more is a crafted request, answered as page 1.
MAX_PAGE = 999_999


def _json(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=300"
    return response


def _error(status: int, message: str) -> JsonResponse:
    return _json({"error": {"status": status, "message": message}}, status=status)


def read_only(view: Callable[..., JsonResponse]) -> Callable[..., HttpResponse]:
    """GET and HEAD reach the view; OPTIONS answers with the methods; others get a JSON 405.

    CSRF-exempt on purpose: the views change nothing, and a POST must read "method not
    allowed" in JSON, not the site's HTML CSRF page.
    """

    @csrf_exempt
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        allow = ", ".join(ALLOWED_METHODS)
        if request.method in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Methods"] = allow
        else:
            response = _error(405, f"Method not allowed: this API only reads ({allow}).")
            response["Cache-Control"] = "no-store"
        response["Allow"] = allow
        return response

    return wrapper


def _language(request: HttpRequest) -> str:
    return "en" if request.GET.get("lang") == "en" else "vi"


def _paginate(request: HttpRequest, items, ignored: list[tuple[str, str]], extra: list):
    size_raw = request.GET.get("page_size", str(DEFAULT_PAGE_SIZE))
    size = parse_int(size_raw, minimum=1, maximum=MAX_PAGE_SIZE)
    if size is None:
        ignored.append(("page_size", size_raw[:40]))
        size = DEFAULT_PAGE_SIZE
    page_raw = request.GET.get("page", "1")
    number = parse_int(page_raw, minimum=1, maximum=MAX_PAGE)
    if number is None:
        ignored.append(("page", page_raw[:40]))
        number = 1
    paginator = Paginator(items, size)
    try:
        page = paginator.page(number)
    except EmptyPage:
        page = None

    def link(target: int) -> str:
        params = [*extra, ("page", str(target))]
        if size != DEFAULT_PAGE_SIZE:
            params.append(("page_size", str(size)))
        if _language(request) == "en":
            params.append(("lang", "en"))
        return absolute(f"{request.path}?{urlencode(params)}")

    meta = {
        "count": paginator.count,
        "page": number,
        "page_size": size,
        "pages": paginator.num_pages,
        "next": link(number + 1) if page is not None and page.has_next() else None,
        "previous": link(number - 1) if 1 < number <= paginator.num_pages + 1 else None,
        "ignored": [{"parameter": name, "value": value} for name, value in ignored],
    }
    return meta, (list(page.object_list) if page is not None else [])


@read_only
def api_root(request: HttpRequest) -> JsonResponse:
    return _json(
        {
            "name": "SPCNCL Hà Nội catalogue API",
            "version": API_VERSION,
            "openapi": absolute(reverse("catalogue_api:openapi")),
            "products": absolute(reverse("catalogue_api:products")),
            "enterprises": absolute(reverse("catalogue_api:enterprises")),
            "rounds": absolute(reverse("catalogue_api:rounds")),
            "sectors": absolute(reverse("catalogue_api:sectors")),
        }
    )


@read_only
def product_list(request: HttpRequest) -> JsonResponse:
    found = CatalogueFilter.from_params(request.GET, reference(request))
    # The page's view settings mean nothing here: pages are sized by page_size.
    ignored = [pair for pair in found.ignored if pair[0] != "per_page"]
    meta, rows = _paginate(
        request, product_cards(found.ordered_products()), ignored, found.params(with_view=False)
    )
    language, today = _language(request), timezone.localdate()
    return _json({**meta, "results": [product_data(p, language, today) for p in rows]})


@read_only
def product_detail(request: HttpRequest, slug: str) -> JsonResponse:
    product = (
        product_cards(Product.objects.filter(slug=slug, recognitions__isnull=False).distinct())
        .prefetch_related("specifications")
        .first()
    )
    if product is None:
        return _error(404, "No recognised product has this slug.")
    data = product_data(product, _language(request))
    data["specifications"] = [
        {"label": s.label, "label_en": s.label_en, "value": s.value, "value_en": s.value_en}
        for s in product.specifications.all()
    ]
    data["images"] = [absolute(item.image.file.url) for item in product.gallery.all()]
    return _json(data)


def _public_enterprises():
    return Enterprise.objects.filter(products__recognitions__isnull=False).distinct()


@read_only
def enterprise_list(request: HttpRequest) -> JsonResponse:
    from portal.text import fold

    enterprises = _public_enterprises().select_related("ward", "former_district")
    ignored: list[tuple[str, str]] = []
    extra: list[tuple[str, str]] = []
    ref = reference(request)
    areas = []
    for key in request.GET.getlist("area"):
        option = ref.area(key)
        if option is None:
            ignored.append(("area", key[:40]))
        else:
            areas.append(option.pk)
            extra.append(("area", key))
    if areas:
        enterprises = enterprises.filter(former_district_id__in=areas)
    fdi = request.GET.get("fdi")
    if fdi in ("0", "1"):
        enterprises = enterprises.filter(fdi=fdi == "1")
        extra.append(("fdi", fdi))
    elif fdi is not None:
        ignored.append(("fdi", fdi[:40]))
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    for word in fold(query).split():
        enterprises = enterprises.filter(search_text__contains=word)
    if query:
        extra.append(("q", query))
    enterprises = enterprises.annotate(
        product_count=Count(
            "products", filter=Q(products__recognitions__isnull=False), distinct=True
        )
    ).order_by("sort_name", "pk")
    meta, rows = _paginate(request, enterprises, ignored, extra)
    language = _language(request)
    results = []
    for enterprise in rows:
        data = enterprise_data(enterprise, language)
        data["product_count"] = enterprise.product_count
        results.append(data)
    return _json({**meta, "results": results})


@read_only
def enterprise_detail(request: HttpRequest, slug: str) -> JsonResponse:
    enterprise = _public_enterprises().select_related("ward", "former_district").filter(slug=slug)
    enterprise = enterprise.first()
    if enterprise is None:
        return _error(404, "No enterprise with a recognised product has this slug.")
    language = _language(request)
    data = enterprise_data(enterprise, language)
    data["phone"] = enterprise.phone
    data["email"] = enterprise.email
    data["description"] = enterprise.description
    data["description_en"] = enterprise.description_en
    products = product_cards(
        enterprise.products.filter(recognitions__isnull=False).distinct().order_by("sort_name")
    )
    today = timezone.localdate()
    data["products"] = [product_data(p, language, today) for p in products]
    return _json(data)


def _round_data(round_: Round, language: str) -> dict:
    return {
        "year": round_.year,
        "decision_number": round_.decision_number,
        "decision_date": round_.decision_date.isoformat() if round_.decision_date else None,
        "council": round_.council,
        "ceremony_date": round_.ceremony_date.isoformat() if round_.ceremony_date else None,
        "product_count": round_.product_count,
        "enterprise_count": round_.enterprise_count,
        "top10_count": round_.top10_count,
        "url": absolute(record_url("round", round_.year, language)),
    }


def _rounds():
    return Round.objects.with_counts().order_by("-year")


@read_only
def round_list(request: HttpRequest) -> JsonResponse:
    language = _language(request)
    results = [_round_data(r, language) for r in _rounds()]
    return _json({"count": len(results), "results": results})


@read_only
def round_detail(request: HttpRequest, year: int) -> JsonResponse:
    round_ = _rounds().filter(year=year).first()
    if round_ is None:
        return _error(404, "No round for this year.")
    language, today = _language(request), timezone.localdate()
    data = _round_data(round_, language)
    products = product_cards(
        Product.objects.filter(recognitions__round=round_).order_by("sort_name")
    ).prefetch_related(
        Prefetch(
            "recognitions",
            queryset=Recognition.objects.select_related("round").order_by("-round__year"),
            to_attr="all_recognitions",
        )
    )
    data["products"] = []
    for product in products:
        here = next(r for r in product.all_recognitions if r.round_id == round_.pk)
        data["products"].append(
            {
                **product_data(product, language, today),
                "recognition": recognition_data(here, today),
            }
        )
    return _json(data)


@read_only
def sector_list(request: HttpRequest) -> JsonResponse:
    sectors = Sector.objects.annotate(
        product_count=Count(
            "products", filter=Q(products__recognitions__isnull=False), distinct=True
        )
    ).order_by("sort_order")
    results = [
        {
            "slug": s.slug,
            "name": s.name,
            "name_en": s.name_en,
            "short_name": s.short_name,
            "short_name_en": s.short_name_en,
            "product_count": s.product_count,
        }
        for s in sectors
    ]
    return _json({"count": len(results), "results": results})


@read_only
def openapi_document(request: HttpRequest) -> JsonResponse:
    from .openapi import build_document

    return _json(build_document(absolute(reverse("catalogue_api:root")).rstrip("/"), PARAMETERS))
