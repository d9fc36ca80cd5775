"""Reading a sheet: its header row matched to the layout's columns, then row by row, each
cell parsed by its column's kind and each problem logged once where it occurs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from .cells import PARSERS, CellError, Lookups
from .layout import MAX_ROWS, Column, Sheet, header_key
from .results import ErrorLog, shown
from .workbook import SheetRows


@dataclass
class Table:
    """A sheet's data rows keyed by column, for the columns its header row names."""

    sheet: Sheet
    #: Keys of the columns the header row has.
    present: set[str] = field(default_factory=set)
    #: (Excel row number, {column key: value}).
    records: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


def read_table(sheet: Sheet, rows: SheetRows | None, log: ErrorLog) -> Table:
    """Match the header row to the sheet's columns, reporting unknown and missing ones."""
    table = Table(sheet)
    if rows is None:
        log.add(sheet.title, None, "", "missing_sheet", value=sheet.title)
        return table
    if not rows.header and not rows.rows:
        return table  # an empty sheet: nothing to import from it
    if rows.too_many:
        log.add(sheet.title, None, "", "too_many_rows", limit=f"{MAX_ROWS:,}".replace(",", "."))
    columns = _match_header(sheet, rows, log)
    table.present = {column.key for column in columns.values()}
    for number, values in rows.rows:
        cells = {columns[i].key: value for i, value in values.items() if i in columns}
        if cells:  # a row with data in unknown columns only was reported with its column
            table.records.append((number, cells))
    return table


def _match_header(sheet: Sheet, rows: SheetRows, log: ErrorLog) -> dict[int, Column]:
    known = {header_key(column.title): column for column in sheet.columns}
    columns: dict[int, Column] = {}
    seen: dict[str, int] = {}
    for index, title in sorted(rows.header.items()):
        column = known.get(header_key(title))
        if column is None:
            log.add(sheet.title, 1, title, "unknown_column", value=title)
        elif column.key in seen:
            first = get_column_letter(seen[column.key])
            log.add(sheet.title, 1, title, "duplicate_column", value=title, first=first)
        else:
            seen[column.key] = index
            columns[index] = column
    untitled = {i for _number, values in rows.rows for i in values} - set(rows.header)
    for index in sorted(untitled):
        letter = get_column_letter(index)
        log.add(sheet.title, 1, letter, "untitled_column", value=letter)
    for column in sheet.columns:
        if column.required and column.key not in seen:
            log.add(sheet.title, 1, column.heading, "missing_column", value=column.heading)
    return columns


class RowReader:
    """Reads one row's cells; each problem is logged once and marks the row as invalid."""

    def __init__(
        self,
        table: Table,
        number: int,
        cells: dict[str, Any],
        log: ErrorLog,
        lookups: Lookups,
        parsers: Mapping[str, Callable[[Any, Column, Lookups], Any]] = PARSERS,
    ) -> None:
        self.table, self.number, self.cells = table, number, cells
        self.log, self.lookups, self.parsers = log, lookups, parsers
        self.ok = True
        self._values: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        """The parsed value; None when the cell is empty, its column absent, or it is invalid."""
        if key not in self._values:
            self._values[key] = self._parse(self.table.sheet.column(key))
        return self._values[key]

    def given(self, keys: Iterable[str]) -> dict[str, Any]:
        """The values of the non-empty, valid cells among these columns."""
        values = {key: self.get(key) for key in keys}
        return {key: value for key, value in values.items() if value is not None}

    def fail(self, key: str, code: str, **params: Any) -> None:
        """Log a problem of this row's cell in column `key`; the message quotes the value."""
        self.ok = False
        params["value"] = shown(params.get("value", self.cells.get(key)))
        title = self.table.sheet.column(key).title
        self.log.add(self.table.sheet.title, self.number, title, code, **params)

    def fail_row(self, code: str, **params: Any) -> None:
        """Log a problem of the row as a whole (no single column to blame)."""
        self.ok = False
        self.log.add(self.table.sheet.title, self.number, "", code, **params)

    def _parse(self, column: Column) -> Any:
        raw = self.cells.get(column.key)
        if raw is None:
            # A required column missing from the header is reported once, for the sheet.
            if column.required and column.key in self.table.present:
                self.fail(column.key, "missing")
            return None
        try:
            return self.parsers[column.kind](raw, column, self.lookups)
        except CellError as error:
            self.fail(column.key, error.code, **error.params)
            return None
