"""The chat admin's exports neutralise cells that a spreadsheet would run as a formula.

A copy of the rule in `cms/core/spreadsheets.py` (bots imports nothing of cms): chat display
names come from Telegram and Zalo users, so `=HYPERLINK(...)` as a name must stay text. A test
checks that both copies treat the same samples alike.
"""

from __future__ import annotations

from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def neutralise(value: object) -> str:
    """The value as cell text; text that starts like a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


class NeutralisedExportMixin:
    """For Wagtail index views: exported text cells (CSV and XLSX) are neutralised."""

    def preprocess_field_value(self, field: str, value: Any, export_format: str) -> Any:
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise(value) if isinstance(value, str) else value


class NeutralisedExportsViewSet:
    """A ModelViewSet whose index view (a custom one too) exports through the mixin above."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        view_class = self.index_view_class
        if not issubclass(view_class, NeutralisedExportMixin):
            self.index_view_class = type(
                view_class.__name__, (NeutralisedExportMixin, view_class), {}
            )
