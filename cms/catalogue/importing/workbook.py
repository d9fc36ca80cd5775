"""Reading the uploaded file: size and format checks, then every sheet's non-empty cells.

An upload is refused as a whole when it is too large, is not an .xlsx package (a .xls, a
.csv, a renamed PDF, a broken zip) or holds a formula in any cell of any sheet: a formula's
value depends on Excel having computed it, and an import must store what staff can see.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from portal.text import normalize

from .cells import as_text
from .layout import MAX_ROWS, sheet_key
from .results import ImportFileError

#: Parts every .xlsx package has; a .xls, .csv, .ods or a renamed file lacks them.
XLSX_PARTS = ("[Content_Types].xml", "xl/workbook.xml")
#: How much larger than the upload limit its unzipped parts may be (a zip bomb is far larger).
MAX_EXPANSION = 20
#: Formula cells named in the message before "(+N)".
SHOWN_FORMULAS = 20


@dataclass
class SheetRows:
    """A worksheet's cells as read: titles of row 1 and the non-empty cells of the rows below."""

    title: str
    header: dict[int, str] = field(default_factory=dict)
    #: (Excel row number, {column number: value}).
    rows: list[tuple[int, dict[int, Any]]] = field(default_factory=list)
    too_many: bool = False


def read_source(source: bytes | BinaryIO | str | Path, limit: int | None = None) -> bytes:
    """The upload's bytes, refused past `limit` (settings.CATALOGUE_IMPORT_MAX_BYTES unless
    another import gives its own)."""
    limit = limit or settings.CATALOGUE_IMPORT_MAX_BYTES
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, str | Path):
        with open(source, "rb") as handle:
            data = handle.read(limit + 1)
    else:
        data = source.read(limit + 1)
    if len(data) > limit:
        if isinstance(source, str | Path):
            size = Path(source).stat().st_size
        else:
            size = getattr(source, "size", None) or len(data)
        raise ImportFileError("too_large", size=filesizeformat(size), limit=filesizeformat(limit))
    return data


def read_workbook(data: bytes, limit: int | None = None) -> dict[str, SheetRows]:
    """The sheets by folded title; raises ImportFileError for a file that is not a plain .xlsx
    or that has a formula in any cell of any sheet."""
    _check_package(data, limit or settings.CATALOGUE_IMPORT_MAX_BYTES)
    formulas: list[str] = []
    sheets: dict[str, SheetRows] = {}
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a foreign or damaged file
        raise ImportFileError("not_xlsx") from error
    try:
        for worksheet in book.worksheets:
            sheets.setdefault(sheet_key(worksheet.title), _read_sheet(worksheet, formulas))
    except Exception as error:  # a damaged sheet inside a sound package
        raise ImportFileError("not_xlsx") from error
    finally:
        book.close()
    if formulas:
        raise ImportFileError("formula", cells=_cell_list(formulas))
    return sheets


def _check_package(data: bytes, limit: int) -> None:
    if not data.startswith(b"PK\x03\x04"):
        raise ImportFileError("not_xlsx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            expanded = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ImportFileError("not_xlsx") from error
    # A macro-enabled workbook (.xlsm) is not what the import asks for either.
    if not all(part in names for part in XLSX_PARTS) or "xl/vbaProject.bin" in names:
        raise ImportFileError("not_xlsx")
    ceiling = MAX_EXPANSION * limit
    if expanded > ceiling:
        raise ImportFileError(
            "too_large", size=filesizeformat(expanded), limit=filesizeformat(ceiling)
        )


def _read_sheet(worksheet, formulas: list[str]) -> SheetRows:
    sheet = SheetRows(title=worksheet.title)
    # The stored dimensions may be wrong (some tools write none): read what is there.
    worksheet.reset_dimensions()
    for cells in worksheet.iter_rows():
        number, values = _read_row(worksheet.title, cells, formulas)
        if not values:
            continue
        if number == 1:
            sheet.header = {index: as_text(value) for index, value in values.items()}
        elif len(sheet.rows) < MAX_ROWS:
            sheet.rows.append((number, values))
        else:
            sheet.too_many = True  # but read on: a formula further down must still be found
    return sheet


def _read_row(title: str, cells, formulas: list[str]) -> tuple[int, dict[int, Any]]:
    number, values = 0, {}
    for cell in cells:
        if getattr(cell, "row", None) is None:
            continue  # padding between the cells the file holds
        number = cell.row
        if cell.data_type == "f":  # array formulas too (their value is an ArrayFormula)
            formulas.append(f"{title}!{get_column_letter(cell.column)}{cell.row}")
            continue
        value = clean(cell.value)
        if value is not None:
            values[cell.column] = value
    return number, values


def clean(value: Any) -> Any:
    """Strings in NFC without surrounding spaces; an empty string is an empty cell."""
    if isinstance(value, str):
        value = normalize(value).replace("\r\n", "\n").replace("\r", "\n").strip()
        return value or None
    return value


def _cell_list(cells: list[str]) -> str:
    listed = ", ".join(cells[:SHOWN_FORMULAS])
    if len(cells) > SHOWN_FORMULAS:
        listed += f" (+{len(cells) - SHOWN_FORMULAS})"
    return listed
