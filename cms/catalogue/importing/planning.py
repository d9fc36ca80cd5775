"""Planning: every row checked against the layout, the reference data, the rest of the file and
the database, and for each valid row the record it creates, updates or leaves unchanged.

Identity: an enterprise is its normalized tax code; a product its enterprise and folded name;
a recognition its product and round year. Only the cells a row fills are compared and applied:
an empty cell never erases what the catalogue holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import models

from ..models import Enterprise, Product, ProductSpecification, Recognition, Round
from .cells import CellError, Lookups, name_key, parse_tax_code
from .layout import ENTERPRISES, PRODUCTS, SHEETS, sheet_key
from .results import CREATED, UNCHANGED, UPDATED, ErrorLog, ImportResult
from .sheets import RowReader, Table, read_table
from .workbook import SheetRows

ENTERPRISE_FIELDS = [c.key for c in ENTERPRISES.columns if c.key != "tax_code"]
PRODUCT_FIELDS = ["name", "name_en", "sector", "description", "description_en"]
RECOGNITION_FIELDS = ["top10", "certificate_number", "valid_until"]
#: Values per IN (...) query: well under every database's limit on query parameters.
BATCH = 500

T = TypeVar("T")


@dataclass
class Change:
    """One record a row describes: new (unsaved), or existing with the row's values set."""

    row: int
    instance: models.Model
    status: str
    #: Products only: the specification list to write instead of the current one.
    specifications: list[tuple[str, str]] | None = None


@dataclass
class Plan:
    enterprises: list[Change] = field(default_factory=list)
    products: list[Change] = field(default_factory=list)
    recognitions: list[Change] = field(default_factory=list)
    new_rounds: dict[int, Round] = field(default_factory=dict)

    def tally(self, result: ImportResult) -> None:
        for changes, tally in (
            (self.enterprises, result.enterprises),
            (self.products, result.products),
            (self.recognitions, result.recognitions),
        ):
            for change in changes:
                tally.count(change.status)
        result.rounds_created = sorted(self.new_rounds)

    def changed(self) -> list[Change]:
        """What must be saved, in an order where what a record points at is saved first."""
        changes = (*self.enterprises, *self.products, *self.recognitions)
        return [change for change in changes if change.status != UNCHANGED]


def in_batches(values: Iterable, query: Callable[[list], Iterable[T]]) -> Iterator[T]:
    values = list(values)
    for start in range(0, len(values), BATCH):
        yield from query(values[start : start + BATCH])


class Planner:
    """Reads the three sheets in order: products may name enterprises of the first sheet,
    recognitions products of the second, as well as records already in the catalogue."""

    def __init__(self, book: dict[str, SheetRows], log: ErrorLog) -> None:
        self.book, self.log = book, log
        self.lookups = Lookups()
        self.plan = Plan()
        #: Tax code → the enterprise a row of the file describes (None: that row is invalid).
        self.file_enterprises: dict[str, Enterprise | None] = {}
        #: (tax code, product key) → the product a row of the file describes.
        self.file_products: dict[tuple[str, str], Product | None] = {}

    def run(self) -> Plan:
        tables = [read_table(s, self.book.get(sheet_key(s.title)), self.log) for s in SHEETS]
        self._load_database(tables)
        enterprises, products, recognitions = tables
        self._plan_enterprises(enterprises)
        self._plan_products(products)
        self._plan_recognitions(recognitions)
        return self.plan

    def _reader(self, table: Table, number: int, cells: dict[str, Any]) -> RowReader:
        return RowReader(table, number, cells, self.log, self.lookups)

    # --- The database: the records of every tax code the file names, in a few queries.

    def _load_database(self, tables: list[Table]) -> None:
        codes = set()
        for table in tables:
            for _number, cells in table.records:
                with suppress(CellError):
                    codes.add(parse_tax_code(cells.get("tax_code")))
        self.enterprises = {
            e.tax_code: e
            for e in in_batches(codes, lambda part: Enterprise.objects.filter(tax_code__in=part))
        }
        by_id = {e.pk: e for e in self.enterprises.values()}
        self.products: dict[tuple[int, str], list[Product]] = defaultdict(list)
        found = in_batches(by_id, lambda part: Product.objects.filter(enterprise__in=part))
        for product in sorted(found, key=lambda p: p.pk):
            product.enterprise = by_id[product.enterprise_id]  # one instance per firm
            self.products[(product.enterprise_id, name_key(product.name))].append(product)
        product_ids = [p.pk for same in self.products.values() for p in same]
        self.specifications: dict[int, list[ProductSpecification]] = defaultdict(list)
        specs = in_batches(
            product_ids, lambda part: ProductSpecification.objects.filter(product__in=part)
        )
        for spec in sorted(specs, key=lambda s: (s.sort_order or 0, s.pk)):
            self.specifications[spec.product_id].append(spec)
        recognitions = in_batches(
            product_ids, lambda part: Recognition.objects.filter(product__in=part)
        )
        self.recognitions = {(r.product_id, r.round_id): r for r in recognitions}

    # --- Enterprises.

    def _plan_enterprises(self, table: Table) -> None:
        first: dict[str, int] = {}
        for number, cells in table.records:
            row = self._reader(table, number, cells)
            tax_code = row.get("tax_code")
            values = row.given(ENTERPRISE_FIELDS)
            if tax_code is not None:
                if tax_code in first:
                    row.fail("tax_code", "duplicate", value=tax_code, first=first[tax_code])
                    continue
                first[tax_code] = number
                self.file_enterprises[tax_code] = None
            if row.ok:
                change = self._enterprise_change(row, tax_code, values)
                if change is not None:
                    self.file_enterprises[tax_code] = change.instance
                    self.plan.enterprises.append(change)

    def _enterprise_change(self, row: RowReader, tax_code: str, values: dict) -> Change | None:
        ward = values.get("ward")
        if ward is not None and "former_district" not in values:
            # As the model does on save; set here so that an unchanged row compares equal.
            values["former_district"] = ward.former_district
        existing = self.enterprises.get(tax_code)
        if existing is None:
            enterprise = Enterprise(tax_code=tax_code, **values)
            return self._checked(row, Change(row.number, enterprise, CREATED))
        return self._checked(row, apply(row.number, existing, values))

    # --- Products.

    def _plan_products(self, table: Table) -> None:
        first: dict[tuple[str, str], int] = {}
        for number, cells in table.records:
            row = self._reader(table, number, cells)
            tax_code, name = row.get("tax_code"), row.get("name")
            values = row.given(PRODUCT_FIELDS)
            specifications = row.get("specifications")
            enterprise = self._enterprise(row, tax_code)
            if tax_code is None or name is None:
                continue
            key = (tax_code, name_key(name))
            if key in first:
                row.fail("name", "duplicate", value=name, first=first[key])
                continue
            first[key] = number
            self.file_products[key] = None
            found = self._matches(enterprise, name) if enterprise is not None else []
            if len(found) > 1:
                row.fail("name", "ambiguous_product", value=name, tax_code=tax_code)
            if row.ok and enterprise is not None:
                existing = found[0] if found else None
                change = self._product_change(row, enterprise, existing, values, specifications)
                if change is not None:
                    self.file_products[key] = change.instance
                    self.plan.products.append(change)

    def _enterprise(self, row: RowReader, tax_code: str | None) -> Enterprise | None:
        """The enterprise a product or recognition row names, from the file or the database."""
        if tax_code is None:
            return None
        if tax_code in self.file_enterprises:
            return self.file_enterprises[tax_code]
        if tax_code in self.enterprises:
            return self.enterprises[tax_code]
        row.fail("tax_code", "unknown_enterprise", value=tax_code, sheet=ENTERPRISES.title)
        return None

    def _matches(self, enterprise: Enterprise, name: str) -> list[Product]:
        """The enterprise's products in the catalogue with this name (one, unless staff made
        two with the same name)."""
        if enterprise.pk is None:
            return []
        return self.products.get((enterprise.pk, name_key(name)), [])

    def _product_change(
        self,
        row: RowReader,
        enterprise: Enterprise,
        existing: Product | None,
        values: dict,
        specifications: list[tuple[str, str]] | None,
    ) -> Change | None:
        if existing is None:
            product = Product(enterprise=enterprise, **values)
            return self._checked(row, Change(row.number, product, CREATED, specifications))
        change = apply(row.number, existing, values)
        current = [(s.label, s.value) for s in self.specifications.get(existing.pk, [])]
        if specifications is not None and specifications != current:
            change.specifications = specifications
            change.status = UPDATED
        return self._checked(row, change)

    # --- Recognitions.

    def _plan_recognitions(self, table: Table) -> None:
        first: dict[tuple[str, str, int], int] = {}
        for number, cells in table.records:
            row = self._reader(table, number, cells)
            tax_code, name, year = row.get("tax_code"), row.get("product"), row.get("year")
            values = row.given(RECOGNITION_FIELDS)
            product = self._product(row, tax_code, name)
            if tax_code is None or name is None or year is None:
                continue
            key = (tax_code, name_key(name), year)
            if key in first:
                row.fail("year", "duplicate", value=f"{name} ({year})", first=first[key])
                continue
            first[key] = number
            if row.ok and product is not None:
                change = self._recognition_change(row, product, self._round(year), values)
                if change is not None:
                    self.plan.recognitions.append(change)

    def _product(self, row: RowReader, tax_code: str | None, name: str | None) -> Product | None:
        """The product a recognition row names, from the file or the database."""
        if tax_code is None or name is None:
            return None
        if (tax_code, name_key(name)) in self.file_products:
            return self.file_products[(tax_code, name_key(name))]
        enterprise = self._enterprise(row, tax_code)
        if enterprise is None:
            return None
        found = self._matches(enterprise, name)
        if len(found) == 1:
            return found[0]
        code = "ambiguous_product" if found else "unknown_product"
        row.fail("product", code, value=name, tax_code=tax_code, sheet=PRODUCTS.title)
        return None

    def _round(self, year: int) -> Round:
        """The round of that year; a new one (saved with the import) when there is none."""
        if year not in self.lookups.rounds:
            self.lookups.rounds[year] = self.plan.new_rounds[year] = Round(year=year)
        return self.lookups.rounds[year]

    def _recognition_change(
        self, row: RowReader, product: Product, round_: Round, values: dict
    ) -> Change | None:
        existing = None
        if product.pk and round_.pk:
            existing = self.recognitions.get((product.pk, round_.pk))
        if existing is None:
            recognition = Recognition(product=product, round=round_, **values)
            return self._checked(row, Change(row.number, recognition, CREATED))
        return self._checked(row, apply(row.number, existing, values))

    # --- The model's own validation, so nothing the admin would refuse gets in.

    def _checked(self, row: RowReader, change: Change) -> Change | None:
        if change.status == UNCHANGED:
            return change
        instance = change.instance
        # Relations were resolved by the import itself and may point at records not saved
        # yet; identity (tax code, product and round) is what keeps rows unique.
        relations = [f.name for f in instance._meta.concrete_fields if f.is_relation]
        try:
            instance.full_clean(
                exclude=relations, validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            for name, reasons in error.message_dict.items():
                self._log_model_error(row, name, reasons)
            return None
        return change

    def _log_model_error(self, row: RowReader, name: str, reasons: list[str]) -> None:
        column = next((c for c in row.table.sheet.columns if name in (c.field, c.key)), None)
        for reason in reasons:
            if column is None:
                row.fail_row("invalid", value="", reason=reason)
            else:
                row.fail(column.key, "invalid", reason=reason)


def apply(number: int, instance: models.Model, values: dict[str, Any]) -> Change:
    """The existing record with the values that differ set on it; unchanged when none do."""
    changed = False
    for name, value in values.items():
        model_field = instance._meta.get_field(name)
        if model_field.is_relation:
            differs = getattr(instance, model_field.attname) != value.pk
        else:
            differs = getattr(instance, name) != value
        if differs:
            setattr(instance, name, value)
            changed = True
    return Change(number, instance, UPDATED if changed else UNCHANGED)
