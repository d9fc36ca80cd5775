"""The year's communication report as an Excel workbook: the plan against its results, every
calendar item of the year, and where the work appeared in the media.

Written in the active language (the admin's); text cells that a spreadsheet would run as a
formula are neutralised, since titles and headlines are typed by staff or copied from the web.
"""

from __future__ import annotations

import io
from datetime import date, datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cms.core.spreadsheets import neutralise

from .links import item_admin_url, person_name
from .models import CalendarItem, CommunicationPlan, CoverageEntry, ItemStatus
from .progress import plan_progress

BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
WRAP = Alignment(wrap_text=True, vertical="top")
#: The board's colours, as spreadsheet fills.
PACE_FILLS = {
    "green": PatternFill("solid", fgColor="C6EFCE"),
    "amber": PatternFill("solid", fgColor="FFEB9C"),
    "red": PatternFill("solid", fgColor="FFC7CE"),
    "waiting": PatternFill("solid", fgColor="EDEDED"),
}
DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm"
DATE_FORMAT = "dd/mm/yyyy"


def report_filename(year: int) -> str:
    return f"bao-cao-truyen-thong-{year}.xlsx"


def _local(value: datetime | None) -> datetime | None:
    """Excel has no time zones: the local wall-clock time is what staff expect to read."""
    return timezone.localtime(value).replace(tzinfo=None) if value else None


def _text(value: object) -> str:
    return neutralise(value)


def _header(sheet: Worksheet, row: int, labels: list[str], widths: list[int]) -> None:
    for column, (label, width) in enumerate(zip(labels, widths, strict=True), start=1):
        cell = sheet.cell(row=row, column=column, value=label)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)


def _plan_sheet(sheet: Worksheet, year: int, today: date) -> None:
    sheet.title = _("Plan and results")[:31]
    plan = CommunicationPlan.objects.filter(year=year).prefetch_related("targets").first()
    if plan is None:
        sheet["A1"] = _("There is no communication plan for %(year)s.") % {"year": year}
        sheet["A1"].font = BOLD
        sheet.column_dimensions["A"].width = 60
        return
    heading = str(plan) + (f": {plan.title}" if plan.title else "")
    sheet["A1"] = _text(heading)
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = _("As of %(date)s") % {"date": today.strftime("%d/%m/%Y")}
    _header(
        sheet,
        4,
        [
            _("Target"),
            _("Minimum"),
            _("Maximum"),
            _("Done"),
            _("Expected by now"),
            _("Still scheduled"),
            _("Pace"),
            _("Counted from"),
        ],
        [34, 11, 11, 11, 14, 14, 34, 40],
    )
    for row, progress in enumerate(plan_progress(plan, today), start=5):
        values = [
            progress.label,
            progress.minimum,
            progress.maximum,
            progress.actual,
            progress.expected,
            progress.planned,
            progress.pace_label,
            progress.source,
        ]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column)
            cell.value = value if isinstance(value, int) else _text(value)
        sheet.cell(row=row, column=7).fill = PACE_FILLS[progress.pace]


def _items_sheet(sheet: Worksheet, year: int, now: datetime) -> None:
    sheet.title = _("Calendar items")[:31]
    _header(
        sheet,
        1,
        [
            _("Date"),
            _("Kind"),
            _("Title"),
            _("Status"),
            _("Date confirmed"),
            _("Outlet"),
            _("Officer"),
            _("Linked page"),
            _("Late"),
            _("Edit in the admin"),
        ],
        [17, 24, 50, 18, 12, 30, 24, 45, 10, 45],
    )
    items = (
        CalendarItem.objects.in_year(year)
        .select_related("outlet", "officer", "page")
        .order_by("starts_at", "pk")
    )
    yes = _("Yes")
    for row, item in enumerate(items, start=2):
        late = item.status in (ItemStatus.PLANNED, ItemStatus.CONFIRMED) and item.starts_at < now
        values = [
            _local(item.starts_at),
            _text(item.get_kind_display()),
            _text(item.title),
            _text(item.get_status_display()),
            yes if item.date_confirmed else "",
            _text(item.outlet or ""),
            _text(person_name(item.officer)),
            _text(item.page.get_full_url() or "") if item.page else "",
            yes if late else "",
            item_admin_url(item),
        ]
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
        sheet.cell(row=row, column=1).number_format = DATE_TIME_FORMAT
        if late:
            sheet.cell(row=row, column=9).fill = PACE_FILLS["red"]


def _coverage_sheet(sheet: Worksheet, year: int) -> None:
    sheet.title = _("Coverage")[:31]
    _header(
        sheet,
        1,
        [_("Published on"), _("Outlet"), _("Outlet kind"), _("Headline"), _("Address"), _("Item")],
        [14, 32, 18, 50, 45, 45],
    )
    entries = (
        CoverageEntry.objects.filter(published_on__year=year)
        .select_related("outlet", "item")
        .order_by("published_on", "pk")
    )
    for row, entry in enumerate(entries, start=2):
        values = [
            entry.published_on,
            _text(entry.outlet.name),
            _text(entry.outlet.get_kind_display()),
            _text(entry.title),
            _text(entry.url),
            _text(entry.item.title),
        ]
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
        sheet.cell(row=row, column=1).number_format = DATE_FORMAT


def build_report(year: int, now: datetime | None = None) -> bytes:
    """The workbook for `year` as .xlsx bytes."""
    now = now or timezone.now()
    book = Workbook()
    _plan_sheet(book.active, year, timezone.localdate(now))
    _items_sheet(book.create_sheet(), year, now)
    _coverage_sheet(book.create_sheet(), year)
    book.properties.title = _("Communication report %(year)s") % {"year": year}
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
