"""Cells for spreadsheets that anonymous or typed-in text reaches: one rule for every export.

A cell whose text starts like a formula (=, +, -, @, a tab or a carriage return, and their
full-width forms) is run by Excel or LibreOffice when the file is opened: a firm's name typed on
the public application page could then fetch a URL or run a command on an officer's machine
(CSV/formula injection). Such text gets a leading apostrophe, which spreadsheets show as text.
Numbers, dates and booleans are written as they are: they carry no formula.

`bots` keeps its own copy of this rule (`bots/spreadsheets.py`), since it imports nothing of cms.
"""

from __future__ import annotations

from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def neutralise(value: object) -> str:
    """The value as cell text; text that starts like a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def safe_cell(value: Any) -> Any:
    """A value ready for a cell: text neutralised, other values (numbers, dates) untouched."""
    return neutralise(value) if isinstance(value, str) else value


class NeutralisedExportMixin:
    """For Wagtail index views (SpreadsheetExportMixin): every exported text cell, CSV and
    XLSX, goes through `safe_cell` after Wagtail's own preprocessing (which turns model
    instances and choices into text)."""

    def preprocess_field_value(self, field: str, value: Any, export_format: str) -> Any:
        return safe_cell(super().preprocess_field_value(field, value, export_format))


class NeutralisedExportsViewSet:
    """For SnippetViewSet and ModelViewSet subclasses with `list_export`: their index view
    (a custom one too) exports through `NeutralisedExportMixin`.

    Put it first in the bases: `class FirmViewSet(NeutralisedExportsViewSet, SnippetViewSet)`.
    A test walks every registered viewset with exports and fails on one without it.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        view_class = self.index_view_class
        if not issubclass(view_class, NeutralisedExportMixin):
            self.index_view_class = type(
                view_class.__name__, (NeutralisedExportMixin, view_class), {}
            )
