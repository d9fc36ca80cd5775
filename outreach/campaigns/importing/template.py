"""The downloadable template of the target-firm import: the sheet with its headers, one example
row, the sector drop-down, and a guide sheet in Vietnamese. Built from the layout and the live
reference data, so the example imports as it is."""

from __future__ import annotations

import io

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from cms.catalogue.importing.template import BOLD, HEADER_FILL, add_lists, fill_sheet
from cms.catalogue.models import Sector, Ward
from cms.catalogue.taxcode import with_check_digit

from .layout import FIRMS

GUIDE_TITLE = "Hướng dẫn"
FILENAME = "mau-nhap-doanh-nghiep-muc-tieu.xlsx"


def build_template() -> bytes:
    with translation.override("vi"):
        book = Workbook()
        sheet = book.active
        guide = book.create_sheet(GUIDE_TITLE)
        sector_range = _fill_guide(guide)
        fill_sheet(sheet, FIRMS, _example())
        add_lists(sheet, FIRMS, sector_range)
        buffer = io.BytesIO()
        book.save(buffer)
    return buffer.getvalue()


def _example() -> dict[str, object]:
    ward = Ward.objects.order_by("sort_order").first()
    sector = Sector.objects.order_by("sort_order").first()
    return {
        "name": "Công ty TNHH Ví Dụ Cơ Khí Chính Xác",
        "tax_code": with_check_digit("010999998"),
        "ward": str(ward) if ward else "",
        "sector": sector.name if sector else "",
        "contact_name": "Nguyễn Văn Ví Dụ",
        "contact_role": "Giám đốc",
        "contact_phone": "0912 345 678",
        "contact_email": "lienhe@vi-du.vn",
        "introducer": "Sở Khoa học và Công nghệ",
    }


def _fill_guide(guide) -> str:
    rows: list[tuple[object, ...]] = [(_("How to fill in the target firms workbook"),), ()]
    notes = [
        _("One row per firm; row 1 holds the column titles: keep them as they are."),
        _("Columns marked * are required; the others may be left empty or removed."),
        _(
            "Firms are found again by their tax code and contacts by their name: importing "
            "the same file again changes nothing. An empty cell erases nothing."
        ),
        _(
            "An enterprise not yet in the catalogue is created from the row; one already there "
            "keeps the catalogue's details."
        ),
        _("Write values, not formulas; at most %(size)s per file.")
        % {"size": filesizeformat(settings.CAMPAIGN_IMPORT_MAX_BYTES)},
        _("Delete the example row before entering your data, and check with a dry run first."),
    ]
    rows += [(f"• {note}",) for note in notes]
    rows += [(), (_("Column"), _("What to write"))]
    header_rows = [len(rows)]
    for column in FIRMS.columns:
        rows.append((column.heading, str(column.help)))
    rows += [(), (_("Sector names (column “Nhóm ngành”)"),)]
    header_rows.append(len(rows))
    first = len(rows) + 1
    for sector in Sector.objects.order_by("sort_order", "name"):
        rows.append((sector.name,))
    last = max(len(rows), first)
    for row in rows:
        guide.append(row)
    guide["A1"].font = Font(bold=True, size=14)
    for number in header_rows:
        for cell in guide[number]:
            cell.font, cell.fill = BOLD, HEADER_FILL
    guide.column_dimensions["A"].width = 44
    guide.column_dimensions["B"].width = 90
    return f"'{GUIDE_TITLE}'!$A${first}:$A${last}"
