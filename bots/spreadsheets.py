"""The chat admin's exports neutralise cells that a spreadsheet would run as a formula.

A copy of the rule in `cms/core/spreadsheets.py` (bots imports nothing of cms): chat display
names come from Telegram and Zalo users, so `=HYPERLINK(...)` as a name must stay text. A test
checks that both copies treat the same samples alike.
"""

from __future__ import annotations

from typing import Any

from wagtail.models import ModelLogEntry

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def neutralise(value: object) -> str:
    """The value as cell text; text that starts like a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


#: The audit log action every admin export is written under (the same as cms/core/spreadsheets.py
#: uses; the portal registers its label).
EXPORT_ACTION = "spcncl.export"


class NeutralisedExportMixin:
    """For Wagtail index views: exported text cells (CSV and XLSX) are neutralised, and each
    export is written to the audit log on the exporting user (chat identities are personal)."""

    def preprocess_field_value(self, field: str, value: Any, export_format: str) -> Any:
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise(value) if isinstance(value, str) else value

    def as_spreadsheet(self, queryset, spreadsheet_format: str):
        user = self.request.user
        query = self.request.GET.copy()
        query.pop("export", None)
        ModelLogEntry.objects.log_action(
            user,
            EXPORT_ACTION,
            user=user,
            data={
                "what": str(self.model._meta.verbose_name_plural),
                "format": spreadsheet_format,
                "filter": "&".join(
                    f"{key}={value}" for key, values in query.lists() for value in values
                ),
                "rows": queryset.count(),
                "path": self.request.path,
            },
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)


class NeutralisedExportsViewSet:
    """A ModelViewSet whose index view (a custom one too) exports through the mixin above."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        view_class = self.index_view_class
        if not issubclass(view_class, NeutralisedExportMixin):
            self.index_view_class = type(
                view_class.__name__, (NeutralisedExportMixin, view_class), {}
            )
