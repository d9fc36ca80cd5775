"""The catalogue's filters, read from a query string: one definition for the page, the
downloads and the API, so a link copied from one works in the others.

Within a facet the values are alternatives (sector A or B); across facets all must hold.
Round, TOP 10 and "currently valid" describe one recognition: "TOP 10 in 2021" means a
recognition of 2021 with the TOP 10 flag, not any TOP 10 plus any 2021 recognition.
Values that do not exist are left out and reported, never an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Exists, Max, Min, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.core import generation
from cms.core.numbers import parse_int
from portal.text import fold

from .models.areas import FormerDistrict
from .models.records import Product, Recognition, Round, Sector

PER_PAGE_CHOICES = (12, 24, 48)
DEFAULT_PER_PAGE = 24
MAX_QUERY_LENGTH = 200
MAX_VALUES = 40  # per facet: more is a crafted URL, not a person


@dataclass(frozen=True)
class Option:
    """A facet value as the filter form lists it."""

    key: str
    name: str
    name_en: str
    pk: int
    short_name: str = ""
    short_name_en: str = ""


@dataclass(frozen=True)
class Reference:
    """The facet values that exist, cached per content generation."""

    sectors: tuple[Option, ...]
    areas: tuple[Option, ...]
    years: tuple[int, ...]

    def sector(self, key: str) -> Option | None:
        return next((option for option in self.sectors if option.key == key), None)

    def area(self, key: str) -> Option | None:
        return next((option for option in self.areas if option.key == key), None)


def reference(request=None) -> Reference:
    def build() -> Reference:
        return Reference(
            sectors=tuple(
                Option(s.slug, s.name, s.name_en, s.pk)
                for s in Sector.objects.order_by("sort_order")
            ),
            areas=tuple(Option(d.slug, d.name, d.name, d.pk) for d in FormerDistrict.objects.all()),
            years=tuple(Round.objects.order_by("-year").values_list("year", flat=True)),
        )

    return generation.cached("catalogue-reference", build, request)


SORTS: dict[str, tuple[str, ...]] = {
    "name": ("sort_name", "pk"),
    "-name": ("-sort_name", "-pk"),
    "newest": ("-latest_year", "sort_name", "pk"),
    "oldest": ("first_year", "sort_name", "pk"),
}
SORT_LABELS = {
    "name": _("Name A–Z"),
    "-name": _("Name Z–A"),
    "newest": _("Most recently recognised"),
    "oldest": _("First recognised"),
}


@dataclass
class CatalogueFilter:
    sectors: list[Option] = field(default_factory=list)
    areas: list[Option] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    top10: bool = False
    valid: bool = False
    query: str = ""
    sort: str = "name"
    per_page: int = DEFAULT_PER_PAGE
    #: (parameter, value) pairs that were left out because they mean nothing.
    ignored: list[tuple[str, str]] = field(default_factory=list)
    today: date = field(default_factory=timezone.localdate)

    # ---- reading ---------------------------------------------------------------------------

    @classmethod
    def from_params(cls, params: Mapping, ref: Reference | None = None) -> CatalogueFilter:
        ref = ref or reference()
        found = cls()

        def values(name: str) -> list[str]:
            getlist = getattr(params, "getlist", None)
            if getlist is not None:
                raw = getlist(name)
            else:
                value = params.get(name, [])
                raw = list(value) if isinstance(value, list | tuple) else [value]
            cleaned: list[str] = []
            for value in raw[:MAX_VALUES]:
                for part in str(value).split(","):
                    part = part.strip()
                    if part and part not in cleaned:
                        cleaned.append(part)
            if len(raw) > MAX_VALUES:
                found.ignored.append((name, "…"))
            return cleaned

        for key in values("sector"):
            option = ref.sector(key)
            found._keep(found.sectors, option, "sector", key)
        for key in values("area"):
            option = ref.area(key)
            found._keep(found.areas, option, "area", key)
        for value in values("round"):
            year = parse_int(value, max_digits=4)
            if year is not None and year in ref.years:
                if year not in found.years:
                    found.years.append(year)
            else:
                found.ignored.append(("round", value[:40]))
        found.top10 = found._flag(values("top10"), "top10")
        found.valid = found._flag(values("valid"), "valid")
        query = " ".join(values("q"))
        if len(query) > MAX_QUERY_LENGTH:
            found.ignored.append(("q", query[MAX_QUERY_LENGTH : MAX_QUERY_LENGTH + 20] + "…"))
        found.query = query[:MAX_QUERY_LENGTH].strip()
        sort = (values("sort") or ["name"])[0]
        if sort in SORTS:
            found.sort = sort
        else:
            found.ignored.append(("sort", sort[:40]))
        per_page = (values("per_page") or [str(DEFAULT_PER_PAGE)])[0]
        size = parse_int(per_page, max_digits=3)
        if size in PER_PAGE_CHOICES:
            found.per_page = size
        else:
            found.ignored.append(("per_page", per_page[:40]))
        return found

    def _keep(self, chosen: list[Option], option: Option | None, name: str, raw: str) -> None:
        if option is None:
            self.ignored.append((name, raw[:40]))
        elif option not in chosen:
            chosen.append(option)

    def _flag(self, raw: list[str], name: str) -> bool:
        if not raw:
            return False
        if raw[0] in ("1", "true", "yes", "on"):
            return True
        if raw[0] not in ("0", "false", "no", "off"):
            self.ignored.append((name, raw[0][:40]))
        return False

    # ---- writing back ----------------------------------------------------------------------

    @property
    def is_active(self) -> bool:
        return bool(
            self.sectors or self.areas or self.years or self.top10 or self.valid or self.query
        )

    def params(self, *, with_view: bool = True) -> list[tuple[str, str]]:
        """The query string of this filter without what was ignored (for links and exports)."""
        pairs: list[tuple[str, str]] = [("sector", option.key) for option in self.sectors]
        pairs += [("round", str(year)) for year in self.years]
        pairs += [("area", option.key) for option in self.areas]
        if self.top10:
            pairs.append(("top10", "1"))
        if self.valid:
            pairs.append(("valid", "1"))
        if self.query:
            pairs.append(("q", self.query))
        if with_view:
            if self.sort != "name":
                pairs.append(("sort", self.sort))
            if self.per_page != DEFAULT_PER_PAGE:
                pairs.append(("per_page", str(self.per_page)))
        return pairs

    # ---- querying --------------------------------------------------------------------------

    def _recognition_q(self, skip: str = "", **force: bool) -> Q | None:
        conditions = Q()
        active = False
        if self.years and skip != "round":
            conditions &= Q(round__year__in=self.years)
            active = True
        if (self.top10 or force.get("top10")) and skip != "top10":
            conditions &= Q(top10=True)
            active = True
        if (self.valid or force.get("valid")) and skip != "valid":
            conditions &= Q(valid_until__gte=self.today)
            active = True
        return conditions if active else None

    def _base(self, skip: str = "") -> QuerySet:
        """Products matching every filter except the named facet's and the recognition ones."""
        # Only recognised products are in the catalogue; a new import may add others first.
        products = Product.objects.filter(
            Exists(Recognition.objects.filter(product=OuterRef("pk")))
        )
        if self.sectors and skip != "sector":
            products = products.filter(sector_id__in=[option.pk for option in self.sectors])
        if self.areas and skip != "area":
            products = products.filter(
                enterprise__former_district_id__in=[option.pk for option in self.areas]
            )
        for word in fold(self.query).split():
            products = products.filter(search_text__contains=word)
        return products

    def _has_recognition(self, **force: bool) -> Exists:
        """A recognition of the product meeting the filter, with a flag forced on."""
        condition = self._recognition_q(**force) or Q()
        return Exists(Recognition.objects.filter(condition, product=OuterRef("pk")))

    def _with_recognition(self, products: QuerySet, condition: Q | None) -> QuerySet:
        if condition is None:
            return products
        return products.filter(
            Exists(Recognition.objects.filter(condition, product=OuterRef("pk")))
        )

    def products(self, skip: str = "") -> QuerySet:
        """The matching products, unordered and without related rows."""
        return self._with_recognition(self._base(skip), self._recognition_q(skip))

    def ordered_products(self) -> QuerySet:
        products = self.products()
        if self.sort == "newest":
            products = products.annotate(latest_year=Max("recognitions__round__year"))
        elif self.sort == "oldest":
            products = products.annotate(first_year=Min("recognitions__round__year"))
        return products.order_by(*SORTS[self.sort])

    def facet_counts(self) -> dict[str, dict]:
        """Per facet value, how many products the filter would find with that value chosen.

        Each facet is counted with every other filter applied (a constant five queries).
        """
        sectors = dict(
            self.products(skip="sector").order_by().values_list("sector_id").annotate(n=Count("pk"))
        )
        areas = dict(
            self.products(skip="area")
            .order_by()
            .values_list("enterprise__former_district_id")
            .annotate(n=Count("pk"))
        )
        round_condition = self._recognition_q(skip="round") or Q()
        years = dict(
            Recognition.objects.filter(round_condition, product__in=self._base())
            .order_by()
            .values_list("round__year")
            .annotate(n=Count("product_id", distinct=True))
        )
        flags = self._base().aggregate(
            **{
                flag: Count("pk", filter=Q(self._has_recognition(**{flag: True})))
                for flag in ("top10", "valid")
            }
        )
        return {"sector": sectors, "area": areas, "round": years, **flags}


#: The filter's query parameters as the OpenAPI document describes them.
PARAMETERS: list[dict] = [
    {
        "name": "sector",
        "description": "Sector slug; repeat or separate by commas for several (any of them).",
        "schema": {"type": "array", "items": {"type": "string"}},
        "explode": True,
    },
    {
        "name": "round",
        "description": "Recognition round (year); several years match any of them.",
        "schema": {"type": "array", "items": {"type": "integer"}},
        "explode": True,
    },
    {
        "name": "area",
        "description": "Former district slug (the 30 units before 1 July 2025); any of them.",
        "schema": {"type": "array", "items": {"type": "string"}},
        "explode": True,
    },
    {
        "name": "top10",
        "description": "1: only products with a TOP 10 recognition (in the chosen rounds).",
        "schema": {"type": "string", "enum": ["0", "1"]},
    },
    {
        "name": "valid",
        "description": "1: only products whose recognition is valid today.",
        "schema": {"type": "string", "enum": ["0", "1"]},
    },
    {
        "name": "q",
        "description": "Words of the product or firm name; diacritics optional.",
        "schema": {"type": "string", "maxLength": MAX_QUERY_LENGTH},
    },
    {
        "name": "sort",
        "description": "Order of the results.",
        "schema": {"type": "string", "enum": list(SORTS), "default": "name"},
    },
]
