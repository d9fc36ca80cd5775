"""The downloadable template of the catalogue import: the three sheets with their headers and one
example row each, drop-down lists where a column takes set values, and a guide sheet.

It is built from the layout and the live reference data (sector names, a real ward), so it
always imports cleanly and its lists follow what staff have renamed.
"""

from __future__ import annotations

import io
from datetime import date

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..models import Round, Sector, Ward
from ..taxcode import with_check_digit
from .layout import ENTERPRISES, MAX_ROWS, NO, PRODUCTS, RECOGNITIONS, SHEETS, YES, Kind, Sheet

GUIDE_TITLE = "Hướng dẫn"
FILENAME = "mau-nhap-danh-muc-spcncl.xlsx"
#: Nine digits the example tax code is completed from (an invented code, with its check digit).
EXAMPLE_TAX_CODE_STEM = "010888888"
EXAMPLE_PRODUCT = "Đèn LED ví dụ 9 W"

WIDTHS = {
    Kind.TEXT: 32,
    Kind.LONG_TEXT: 48,
    Kind.TAX_CODE: 20,
    Kind.BOOLEAN: 14,
    Kind.YEAR: 8,
    Kind.DATE: 14,
    Kind.EMAIL: 28,
    Kind.URL: 30,
    Kind.PHONE: 18,
    Kind.WARD: 24,
    Kind.DISTRICT: 20,
    Kind.SECTOR: 40,
    Kind.SPECIFICATIONS: 44,
}
#: Kept as text so Excel does not drop leading zeros or turn codes into numbers.
TEXT_KINDS = {Kind.TAX_CODE, Kind.PHONE, Kind.TEXT, Kind.LONG_TEXT, Kind.SPECIFICATIONS}
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
REQUIRED_FILL = PatternFill("solid", fgColor="FCE4B6")
WRAP = Alignment(wrap_text=True, vertical="top")


def build_template() -> bytes:
    """The template as .xlsx bytes; its guide is in Vietnamese, the workbook's language."""
    with translation.override("vi"):
        book = Workbook()
        sheets = [book.active, *(book.create_sheet() for _sheet in SHEETS[1:])]
        guide = book.create_sheet(GUIDE_TITLE)
        sector_range = _fill_guide(guide)
        examples = _examples()
        for worksheet, sheet in zip(sheets, SHEETS, strict=True):
            fill_sheet(worksheet, sheet, examples[sheet.key])
            add_lists(worksheet, sheet, sector_range)
        buffer = io.BytesIO()
        book.save(buffer)
    return buffer.getvalue()


def example_tax_code() -> str:
    return with_check_digit(EXAMPLE_TAX_CODE_STEM)


def _examples() -> dict[str, dict[str, object]]:
    """One illustrative row per sheet, using a real sector and ward so it imports as it is."""
    tax_code = example_tax_code()
    sector = Sector.objects.filter(slug="dien-dien-tu").first() or Sector.objects.first()
    ward = (
        Ward.objects.filter(kind=Ward.Kind.WARD, name="Hoàn Kiếm").first() or Ward.objects.first()
    )
    year = Round.objects.order_by("-year").values_list("year", flat=True).first()
    year = year or timezone.localdate().year
    return {
        ENTERPRISES.key: {
            "tax_code": tax_code,
            "name": "Công ty TNHH Ví dụ Nhập liệu",
            "name_en": "Example Data Entry Co., Ltd.",
            "short_name": "Ví dụ Nhập liệu",
            "address": "Số 1 phố Tràng Tiền",
            "ward": str(ward) if ward else "",
            "former_district": ward.former_district.full_name if ward else "",
            "phone": "024 3826 0000",
            "email": "lienhe@example.com",
            "website": "https://www.example.com",
            "fdi": NO,
            "description": "Doanh nghiệp ví dụ: xoá dòng này trước khi nhập dữ liệu thật.",
            "description_en": "An example enterprise: delete this row before importing.",
        },
        PRODUCTS.key: {
            "tax_code": tax_code,
            "name": EXAMPLE_PRODUCT,
            "name_en": "Example 9 W LED bulb",
            "sector": sector.name if sector else "",
            "description": "Sản phẩm ví dụ: xoá dòng này trước khi nhập dữ liệu thật.",
            "description_en": "An example product: delete this row before importing.",
            "specifications": "Công suất: 9 W\nTuổi thọ: 25.000 giờ",
        },
        RECOGNITIONS.key: {
            "tax_code": tax_code,
            "product": EXAMPLE_PRODUCT,
            "year": year,
            "top10": NO,
            "certificate_number": "VD-001",
            "valid_until": date(year + 3, 12, 31),
        },
    }


def fill_sheet(worksheet: Worksheet, sheet: Sheet, example: dict[str, object]) -> None:
    """Headers (required ones marked and coloured, each with its help as a comment), one
    example row, column widths and text formats; also used by other imports' templates."""
    worksheet.title = sheet.title
    for index, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(index)
        header = worksheet.cell(row=1, column=index, value=column.heading)
        header.font = BOLD
        header.fill = REQUIRED_FILL if column.required else HEADER_FILL
        header.alignment = WRAP
        header.comment = Comment(str(column.help), "SPCNCL", width=320, height=120)
        dimension = worksheet.column_dimensions[letter]
        dimension.width = WIDTHS.get(column.kind, 32)
        if column.kind in TEXT_KINDS:
            dimension.number_format = "@"
        cell = worksheet.cell(row=2, column=index, value=example.get(column.key) or None)
        cell.alignment = WRAP
        if column.kind in TEXT_KINDS:
            cell.number_format = "@"
        elif column.kind == Kind.DATE:
            cell.number_format = "DD/MM/YYYY"
            dimension.number_format = "DD/MM/YYYY"
    worksheet.freeze_panes = "A2"
    worksheet.row_dimensions[1].height = 32


def add_lists(worksheet: Worksheet, sheet: Sheet, sector_range: str) -> None:
    """Drop-down lists for the columns that take set values. Other values the import accepts
    (x or 1 for yes, a sector's short name or code) stay possible: Excel warns, not refuses."""
    for index, column in enumerate(sheet.columns, start=1):
        if column.kind == Kind.BOOLEAN:
            rule = DataValidation(type="list", formula1=f'"{YES},{NO}"', allow_blank=True)
        elif column.kind == Kind.SECTOR:
            rule = DataValidation(type="list", formula1=sector_range, allow_blank=True)
            rule.error = _("Choose a sector from the list.")
            rule.errorStyle = "warning"
            rule.showErrorMessage = True
        else:
            continue
        letter = get_column_letter(index)
        rule.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
        worksheet.add_data_validation(rule)


def _fill_guide(guide: Worksheet) -> str:
    """The guide: general rules, every column explained, and the sector names. Returns the
    range of the sector names, which the sector drop-down list points at."""
    rows: list[tuple[object, ...]] = [(_("How to fill in the catalogue import workbook"),), ()]
    rows += [(f"• {note}",) for note in _notes()]
    rows += [
        (),
        (
            pgettext("catalogue import", "Sheet"),
            pgettext("catalogue import", "Column"),
            pgettext("catalogue import", "Required"),
            _("What to write"),
        ),
    ]
    header_rows = [len(rows)]
    for sheet in SHEETS:
        rows.append((sheet.title, "", "", str(sheet.help)))
        for column in sheet.columns:
            required = pgettext("catalogue import", "yes") if column.required else ""
            rows.append(("", column.heading, required, str(column.help)))
    rows += [
        (),
        (
            _("Sector names (column “Nhóm ngành”)"),
            _("Short name"),
            pgettext("catalogue import", "Code"),
        ),
    ]
    header_rows.append(len(rows))
    first_sector = len(rows) + 1
    for sector in Sector.objects.order_by("sort_order", "name"):
        rows.append((sector.name, sector.short_name, sector.slug))
    last_sector = max(len(rows), first_sector)
    for row in rows:
        guide.append(row)
    guide["A1"].font = Font(bold=True, size=14)
    for number in header_rows:
        for cell in guide[number]:
            cell.font = BOLD
            cell.fill = HEADER_FILL
    for width, letter in zip((42, 28, 12, 90), "ABCD", strict=True):
        guide.column_dimensions[letter].width = width
    for row in guide.iter_rows(min_row=header_rows[0] + 1, max_row=header_rows[1] - 2):
        row[3].alignment = WRAP
    return f"'{GUIDE_TITLE}'!$A${first_sector}:$A${last_sector}"


def _notes() -> list[str]:
    limits = {
        "rows": f"{MAX_ROWS:,}".replace(",", "."),
        "size": filesizeformat(settings.CATALOGUE_IMPORT_MAX_BYTES),
    }
    return [
        _(
            "Each of the sheets “Doanh nghiệp”, “Sản phẩm” and “Công nhận” must be present; "
            "a sheet may be left empty. Row 1 holds the column titles: keep them as they are."
        ),
        _("Columns marked * are required; the other columns may be left empty or removed."),
        _(
            "An empty cell erases nothing: a record already in the catalogue keeps its current "
            "value."
        ),
        _(
            "Enterprises are found again by their tax code, products by tax code and name, "
            "recognitions by product and year: importing the same file again changes nothing."
        ),
        _("Write values, not formulas: a file with a formula in any cell is refused."),
        _("At most %(rows)s rows per sheet and %(size)s per file.") % limits,
        _("Delete the example rows before entering your data."),
        _(
            "Check the file with a dry run first: it lists every error by sheet, row and "
            "column, and nothing is written until the whole file is valid."
        ),
    ]
