"""Reading one cell: each kind of column has a parser that returns the value to store, or
raises CellError with the code of what is wrong. Names are matched folded, so capitals and
diacritics typed differently still find the sector, ward or district."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email

from cms.core.numbers import parse_int
from portal.text import fold

from ..models import FormerDistrict, Round, Sector, Ward
from ..taxcode import normalize_tax_code
from .layout import NO, SPECIFICATION_LABEL_MAX, SPECIFICATION_VALUE_MAX, YES, Column, Kind

_TRUE = {"co", "x", "yes", "y", "true", "1", "dung", "phai"}
_FALSE = {"khong", "no", "n", "false", "0", "sai"}
_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", re.ASCII)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_WARD_PREFIXES = (("phuong ", Ward.Kind.WARD), ("xa ", Ward.Kind.COMMUNE))
_DISTRICT_PREFIXES = ("thi xa ", "quan ", "huyen ")


class CellError(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def as_text(value: Any) -> str:
    """A cell's value as staff typed it: 2024 not 2024.0, dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def name_key(text: str) -> str:
    """Identity of a name: folded, spaces collapsed ("Đèn  LED" and "den led" are one)."""
    return " ".join(fold(text).split())


def _is_number(raw: Any) -> bool:
    return isinstance(raw, int | float) and not isinstance(raw, bool)


class Lookups:
    """The reference records cells name, loaded once per import."""

    def __init__(self) -> None:
        self.sectors: dict[str, set[Sector]] = defaultdict(set)
        for sector in Sector.objects.all():
            for name in (sector.slug, sector.name, sector.short_name):
                if name:
                    self.sectors[name_key(name)].add(sector)
        self.wards: dict[tuple[str, str], Ward] = {}
        self.wards_by_name: dict[str, list[Ward]] = defaultdict(list)
        for ward in Ward.objects.select_related("former_district"):
            self.wards[(ward.kind, name_key(ward.name))] = ward
            self.wards_by_name[name_key(ward.name)].append(ward)
        self.districts = {name_key(d.name): d for d in FormerDistrict.objects.all()}
        self.rounds = {r.year: r for r in Round.objects.all()}

    def sector(self, text: str) -> Sector:
        """By slug, name or short name."""
        found = self.sectors.get(name_key(text), set())
        if len(found) > 1:
            raise CellError("ambiguous_sector")
        if not found:
            raise CellError("unknown_sector")
        return next(iter(found))

    def ward(self, text: str) -> Ward:
        """ "Phường X", "Xã X", or "X" alone when only one unit has that name."""
        key = name_key(text)
        for prefix, kind in _WARD_PREFIXES:
            if key.startswith(prefix) and (kind, key.removeprefix(prefix)) in self.wards:
                return self.wards[(kind, key.removeprefix(prefix))]
        found = self.wards_by_name.get(key, [])
        if len(found) > 1:
            raise CellError("ambiguous_ward", value=text)
        if not found:
            raise CellError("unknown_ward")
        return found[0]

    def district(self, text: str) -> FormerDistrict:
        """By name, with or without "Quận", "Huyện" or "Thị xã"."""
        key = name_key(text)
        if key in self.districts:
            return self.districts[key]
        for prefix in _DISTRICT_PREFIXES:
            if key.startswith(prefix) and key.removeprefix(prefix) in self.districts:
                return self.districts[key.removeprefix(prefix)]
        raise CellError("unknown_district")


def _checked_length(text: str, limit: int | None) -> str:
    if limit and len(text) > limit:
        raise CellError("too_long", limit=limit, length=len(text))
    return text


def parse_text(raw: Any, column: Column, lookups: Lookups) -> str:
    return _checked_length(" ".join(as_text(raw).split()), column.max_length)


def parse_long_text(raw: Any, column: Column, lookups: Lookups) -> str:
    lines = [line.rstrip() for line in as_text(raw).split("\n")]
    return _checked_length("\n".join(lines).strip(), column.max_length)


def parse_tax_code(raw: Any, column: Column | None = None, lookups: Lookups | None = None) -> str:
    text = as_text(raw)
    if _is_number(raw) and len(text) < 10:
        # Typed as a number, the code lost its leading zero (Hà Nội's codes start with 01).
        text = text.zfill(10)
    try:
        return normalize_tax_code(text)
    except ValidationError as error:
        raise CellError("tax_code") from error


def parse_boolean(raw: Any, column: Column, lookups: Lookups) -> bool:
    if isinstance(raw, bool):
        return raw
    key = name_key(as_text(raw))
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError("bad_boolean")


def year_bounds() -> tuple[int, int]:
    """The years a round may have, as the Round model's validators say."""
    limits = {type(v).__name__: v.limit_value for v in Round._meta.get_field("year").validators}
    return limits["MinValueValidator"], limits["MaxValueValidator"]


def parse_year(raw: Any, column: Column, lookups: Lookups) -> int:
    low, high = year_bounds()
    text = as_text(raw).strip()
    year = None if isinstance(raw, bool) else parse_int(text, minimum=low, maximum=high)
    if year is None:
        raise CellError("bad_year", low=low, high=high)
    return year


def parse_date(raw: Any, column: Column, lookups: Lookups) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    # A bare number is refused: it is a date cell that lost its format, or no date at all.
    text = raw if isinstance(raw, str) else ""
    try:
        if match := _DATE.match(text):
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        if match := _ISO_DATE.match(text):
            return date(*(int(part) for part in match.groups()))
    except ValueError as error:  # 31/02/2027
        raise CellError("bad_date") from error
    raise CellError("bad_date")


def parse_email(raw: Any, column: Column, lookups: Lookups) -> str:
    text = parse_text(raw, column, lookups)
    try:
        validate_email(text)
    except ValidationError as error:
        raise CellError("bad_email") from error
    return text


def parse_url(raw: Any, column: Column, lookups: Lookups) -> str:
    text = parse_text(raw, column, lookups)
    if not _SCHEME.match(text):
        text = f"https://{text}"  # as the admin's URL field does
    try:
        URLValidator(schemes=["http", "https"])(text)
    except ValidationError as error:
        raise CellError("bad_url") from error
    return _checked_length(text, column.max_length)


def parse_phone(raw: Any, column: Column, lookups: Lookups) -> str:
    text = as_text(raw)
    if _is_number(raw) and not text.startswith("0"):
        text = f"0{text}"  # typed as a number, the leading 0 of the area code was lost
    return parse_text(text, column, lookups)


def parse_specifications(raw: Any, column: Column, lookups: Lookups) -> list[tuple[str, str]]:
    """One "label: value" per line; a bullet in front of a line is dropped."""
    specifications = []
    for line in as_text(raw).split("\n"):
        line = line.strip().lstrip("-•").strip()
        if not line:
            continue
        label, colon, value = line.partition(":")
        label, value = " ".join(label.split()), " ".join(value.split())
        if not colon or not label or not value:
            raise CellError("bad_specification", value=line)
        _checked_length(label, SPECIFICATION_LABEL_MAX)
        _checked_length(value, SPECIFICATION_VALUE_MAX)
        specifications.append((label, value))
    return specifications


PARSERS: dict[str, Callable[[Any, Column, Lookups], Any]] = {
    Kind.TEXT: parse_text,
    Kind.LONG_TEXT: parse_long_text,
    Kind.TAX_CODE: parse_tax_code,
    Kind.BOOLEAN: parse_boolean,
    Kind.YEAR: parse_year,
    Kind.DATE: parse_date,
    Kind.EMAIL: parse_email,
    Kind.URL: parse_url,
    Kind.PHONE: parse_phone,
    Kind.WARD: lambda raw, column, lookups: lookups.ward(as_text(raw)),
    Kind.DISTRICT: lambda raw, column, lookups: lookups.district(as_text(raw)),
    Kind.SECTOR: lambda raw, column, lookups: lookups.sector(as_text(raw)),
    Kind.SPECIFICATIONS: parse_specifications,
}
