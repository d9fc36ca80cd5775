"""Cells for spreadsheets that anonymous or typed-in text reaches: one rule for every export.

A cell whose text starts like a formula (=, +, -, @, a tab or a carriage return, and their
full-width forms) is run by Excel or LibreOffice when the file is opened: a firm's name typed on
the public application page could then fetch a URL or run a command on an officer's machine
(CSV/formula injection). Such text gets a leading apostrophe, which spreadsheets show as text.
Numbers, dates and booleans are written as they are: they carry no formula.

Every admin export is also written to Wagtail's audit log (`record_export`): roles.md asks that
each export of personal data says who took it, when and with which filter.

`bots` keeps its own copy of this rule (`bots/spreadsheets.py`), since it imports nothing of cms.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from wagtail.models import ModelLogEntry

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def neutralise(value: object) -> str:
    """The value as cell text; text that starts like a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def safe_cell(value: Any) -> Any:
    """A value ready for a cell: text neutralised, other values (numbers, dates) untouched."""
    return neutralise(value) if isinstance(value, str) else value


#: The audit log's action for an export (its label is registered in cms/core/wagtail_hooks.py).
EXPORT_ACTION = "spcncl.export"


def record_export(request: HttpRequest, what: str, export_format: str, rows: int) -> None:
    """Write who exported what, in which format and with which filter, to Wagtail's audit log.

    The entry hangs on the exporting user, so the superuser finds it in the site history
    (filtered by the action or by the user) and nobody else can read it.
    """
    user = request.user
    if not getattr(user, "pk", None):
        return
    query = request.GET.copy()
    query.pop("export", None)
    # Straight to the model: Wagtail's `log()` skips models (like the user) it has no viewset for.
    ModelLogEntry.objects.log_action(
        user,
        EXPORT_ACTION,
        user=user,
        data={
            "what": what,
            "format": export_format,
            "filter": "&".join(
                f"{key}={value}" for key, values in query.lists() for value in values
            ),
            "rows": rows,
            "path": request.path,
        },
    )


class NeutralisedExportMixin:
    """For Wagtail index views (SpreadsheetExportMixin): every exported text cell, CSV and
    XLSX, goes through `safe_cell` after Wagtail's own preprocessing (which turns model
    instances and choices into text), and every export is written to the audit log."""

    def preprocess_field_value(self, field: str, value: Any, export_format: str) -> Any:
        return safe_cell(super().preprocess_field_value(field, value, export_format))

    def as_spreadsheet(self, queryset, spreadsheet_format: str):
        what = str(self.model._meta.verbose_name_plural) if self.model else self.get_filename()
        record_export(self.request, what, spreadsheet_format, queryset.count())
        return super().as_spreadsheet(queryset, spreadsheet_format)


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
