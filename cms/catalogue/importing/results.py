"""What an import reports: every error with its place in the workbook, and the counts of records
created, updated and left unchanged. Error messages are English msgids, shown translated."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from ..models import Enterprise, Product, Recognition
from .cells import as_text
from .layout import SHEETS

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"

#: Every error code and its message; a message names the value it is about.
MESSAGES: dict[str, Promise] = {
    # The file as a whole.
    "too_large": _("The file is %(size)s; an import file may be at most %(limit)s."),
    "not_xlsx": _(
        "The file is not an Excel workbook (.xlsx). Save it in Excel as “Excel Workbook "
        "(*.xlsx)” and upload it again; .xls, .csv and .ods files are not accepted."
    ),
    "formula": _(
        "The workbook has formulas in cells %(cells)s. Replace them by their values (copy, then "
        "Paste Special → Values) and import again; nothing was imported."
    ),
    "conflict": _(
        "The catalogue was changed by someone else during the import; nothing was imported. "
        "Run the import again."
    ),
    "missing_sheet": _("The workbook has no sheet named “%(value)s”."),
    "too_many_rows": _(
        "The sheet has more than %(limit)s rows of data; split it into several files."
    ),
    # Row 1: the column titles.
    "unknown_column": _(
        "“%(value)s” is not a column of this sheet; the guide sheet of the template lists them."
    ),
    "untitled_column": _("Column %(value)s holds data but has no title in row 1."),
    "duplicate_column": _("The column “%(value)s” appears twice (also in column %(first)s)."),
    "missing_column": _("The required column “%(value)s” is missing from row 1."),
    # One cell.
    "missing": _("“%(column)s” is required."),
    "tax_code": _(
        "“%(value)s” is not a valid tax code: 10 digits, or 13 for a branch "
        "(0100109106-001), with a matching check digit."
    ),
    "unknown_sector": _(
        "“%(value)s” is not a sector: write its name, short name or code as the guide lists them."
    ),
    "ambiguous_sector": _("“%(value)s” matches several sectors: write the sector's full name."),
    "unknown_ward": _("“%(value)s” is not one of Hà Nội's wards and communes."),
    "ambiguous_ward": _(
        "“%(value)s” is the name of both a ward and a commune: write “Phường %(value)s” or "
        "“Xã %(value)s”."
    ),
    "unknown_district": _("“%(value)s” is not one of Hà Nội's former districts."),
    "duplicate": _("“%(value)s” is already in row %(first)s of this sheet."),
    "unknown_enterprise": _(
        "No enterprise has the tax code %(value)s, neither in the catalogue nor in the "
        "“%(sheet)s” sheet."
    ),
    "unknown_product": _(
        "The enterprise with tax code %(tax_code)s has no product “%(value)s”, neither in the "
        "catalogue nor in the “%(sheet)s” sheet."
    ),
    "ambiguous_product": _(
        "The enterprise with tax code %(tax_code)s has several products named “%(value)s” in "
        "the catalogue; rename them in the admin first."
    ),
    "bad_year": _("“%(value)s” is not a round year: write a year from %(low)s to %(high)s."),
    "bad_date": _("“%(value)s” is not a date: use a date cell or dd/mm/yyyy, e.g. 31/12/2027."),
    "bad_email": _("“%(value)s” is not an e-mail address."),
    "bad_url": _("“%(value)s” is not a web address."),
    "bad_boolean": _("“%(value)s” is neither “có” (yes) nor “không” (no)."),
    "bad_specification": _("The line “%(value)s” is not written “label: value”."),
    "too_long": _("“%(value)s” is too long: %(length)s characters, at most %(limit)s."),
    "invalid": _("“%(value)s”: %(reason)s"),
}


@dataclass(frozen=True)
class RowError:
    """One problem, placed where staff can find it: sheet, Excel row number and column title.
    File-wide problems have no sheet; problems of a whole sheet have no row."""

    sheet: str
    row: int | None
    column: str
    code: str
    message: str


@dataclass
class Tally:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def count(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)


@dataclass
class ImportResult:
    """What an import did (or, in a dry run, would do), and every error found."""

    dry_run: bool
    errors: list[RowError] = field(default_factory=list)
    enterprises: Tally = field(default_factory=Tally)
    products: Tally = field(default_factory=Tally)
    recognitions: Tally = field(default_factory=Tally)
    #: Years of the rounds the import created (or would create).
    rounds_created: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def written(self) -> bool:
        return self.ok and not self.dry_run

    @property
    def tallies(self) -> list[tuple[Any, Tally]]:
        """(plural label, tally) per kind of record, in the order of the sheets."""
        return [
            (Enterprise._meta.verbose_name_plural, self.enterprises),
            (Product._meta.verbose_name_plural, self.products),
            (Recognition._meta.verbose_name_plural, self.recognitions),
        ]


def message(code: str, **params: Any) -> str:
    """The code's message in the active language (formatting the lazy msgid translates it)."""
    return str(MESSAGES[code] % params)


def file_error(code: str, **params: Any) -> RowError:
    return RowError("", None, "", code, message(code, **params))


def shown(value: Any, limit: int = 80) -> str:
    """A cell's value as a message quotes it: long texts cut short."""
    text = as_text(value)
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


class ImportFileError(Exception):
    """The upload cannot be read as a catalogue workbook at all."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.error = file_error(code, **params)


class ErrorLog:
    """Collects every error of a run; nothing stops at the first one.

    Another import (outreach's target firms) passes its own sheets and its messages added to
    these."""

    def __init__(self, messages: dict[str, Promise] | None = None, sheets: tuple = SHEETS) -> None:
        self.errors: list[RowError] = []
        self.messages = messages or MESSAGES
        self.sheets = sheets

    def add(self, sheet: str, row: int | None, column: str, code: str, /, **params: Any) -> None:
        params.setdefault("column", column)
        text = str(self.messages[code] % params)
        self.errors.append(RowError(sheet, row, column, code, text))

    def sorted(self) -> list[RowError]:
        """In the order of the workbook: sheet by sheet, row by row."""
        order = {sheet.title: index for index, sheet in enumerate(self.sheets)}
        return sorted(self.errors, key=lambda e: (order.get(e.sheet, -1), e.row or 0))
