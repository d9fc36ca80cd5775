"""The layout of the catalogue import workbook: its three sheets, their columns and what each
column accepts. The importer, the downloadable template and its guide sheet all read it here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from portal.text import fold

from ..models import Enterprise, Product, ProductSpecification, Recognition

#: A sheet may hold at most this many rows of data (the header row not counted).
MAX_ROWS = 20_000


class Kind:
    """How a column's cells are read; each kind has one parser in `cells.py`."""

    TEXT = "text"  # one line: surrounding and repeated spaces removed
    LONG_TEXT = "long_text"  # several lines kept
    TAX_CODE = "tax_code"
    BOOLEAN = "boolean"
    YEAR = "year"
    DATE = "date"
    EMAIL = "email"
    URL = "url"
    PHONE = "phone"
    WARD = "ward"
    DISTRICT = "district"
    SECTOR = "sector"
    SPECIFICATIONS = "specifications"


@dataclass(frozen=True)
class Column:
    """One column of a sheet: the title in row 1 and how its cells are read."""

    key: str
    title: str
    kind: str
    help: Promise
    required: bool = False
    #: The model and field whose max_length bounds the cell, when there is one.
    model: type[models.Model] | None = None
    field: str = ""

    @property
    def heading(self) -> str:
        """The title as the template writes it: required columns end with *."""
        return f"{self.title}*" if self.required else self.title

    @property
    def max_length(self) -> int | None:
        if self.model is None or not self.field:
            return None
        return self.model._meta.get_field(self.field).max_length


@dataclass(frozen=True)
class Sheet:
    """One sheet of the workbook: the kind of record each of its rows describes."""

    key: str
    title: str
    columns: tuple[Column, ...]
    help: Promise
    by_key: dict[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_key", {column.key: column for column in self.columns})

    def column(self, key: str) -> Column:
        return self.by_key[key]


def header_key(title: str) -> str:
    """What a header is matched on: folded, without the * mark, a note in brackets or spaces
    around a slash, so "FDI", "fdi (có/không)" and "FDI (co/khong) *" are the same column."""
    text = fold(title).replace("*", " ")
    text = re.sub(r"\(.*?\)", " ", text)
    text = re.sub(r"\s*/\s*", "/", text)
    return " ".join(text.split())


def sheet_key(title: str) -> str:
    return " ".join(fold(title).split())


ENTERPRISES = Sheet(
    key="enterprises",
    title="Doanh nghiệp",
    help=_("One row per enterprise, found again by its tax code."),
    columns=(
        Column(
            "tax_code",
            "Mã số thuế",
            Kind.TAX_CODE,
            _(
                "10 digits, or 13 for a branch (0100109106-001); the check digit must match. "
                "Identifies the enterprise: a row with a known tax code updates that enterprise."
            ),
            required=True,
            model=Enterprise,
            field="tax_code",
        ),
        Column(
            "name",
            "Tên doanh nghiệp",
            Kind.TEXT,
            _("Full registered name."),
            required=True,
            model=Enterprise,
            field="name",
        ),
        Column(
            "name_en",
            "Tên tiếng Anh",
            Kind.TEXT,
            _("Name in English, shown on the English catalogue."),
            model=Enterprise,
            field="name_en",
        ),
        Column(
            "short_name",
            "Tên viết tắt",
            Kind.TEXT,
            _("Short name or brand people know the enterprise by."),
            model=Enterprise,
            field="short_name",
        ),
        Column(
            "address",
            "Địa chỉ",
            Kind.TEXT,
            _("Street address."),
            model=Enterprise,
            field="address",
        ),
        Column(
            "ward",
            "Phường/xã",
            Kind.WARD,
            _(
                "One of Hà Nội's 126 wards and communes since 1 July 2025: “Phường Hoàn Kiếm”, "
                "“Xã Sóc Sơn” or just the name when only one unit has it."
            ),
        ),
        Column(
            "former_district",
            "Quận/huyện cũ",
            Kind.DISTRICT,
            _(
                "The former district before 1 July 2025, with or without “Quận”, “Huyện” or "
                "“Thị xã”. Empty with a ward given: the ward's former district."
            ),
        ),
        Column(
            "phone",
            "Điện thoại",
            Kind.PHONE,
            _("Phone number, written as text so the leading 0 stays."),
            model=Enterprise,
            field="phone",
        ),
        Column(
            "email",
            "Email",
            Kind.EMAIL,
            _("E-mail address."),
            model=Enterprise,
            field="email",
        ),
        Column(
            "website",
            "Website",
            Kind.URL,
            _("Web address; https:// is added when it is left out."),
            model=Enterprise,
            field="website",
        ),
        Column(
            "fdi",
            "FDI (có/không)",
            Kind.BOOLEAN,
            _("Foreign-invested enterprise: “có” (yes) or “không” (no); empty: no for a new one."),
        ),
        Column(
            "description",
            "Mô tả",
            Kind.LONG_TEXT,
            _("Description; several lines allowed (Alt+Enter)."),
            model=Enterprise,
            field="description",
        ),
        Column(
            "description_en",
            "Mô tả tiếng Anh",
            Kind.LONG_TEXT,
            _("Description in English."),
            model=Enterprise,
            field="description_en",
        ),
    ),
)

PRODUCTS = Sheet(
    key="products",
    title="Sản phẩm",
    help=_("One row per product, found again by its enterprise's tax code and its name."),
    columns=(
        Column(
            "tax_code",
            "Mã số thuế doanh nghiệp",
            Kind.TAX_CODE,
            _(
                "Tax code of the enterprise making the product: one already in the catalogue "
                "or one in the “Doanh nghiệp” sheet."
            ),
            required=True,
        ),
        Column(
            "name",
            "Tên sản phẩm",
            Kind.TEXT,
            _(
                "Product name. With the tax code it identifies the product (capitals and "
                "diacritics aside): a known name updates that product."
            ),
            required=True,
            model=Product,
            field="name",
        ),
        Column(
            "name_en",
            "Tên tiếng Anh",
            Kind.TEXT,
            _("Product name in English."),
            model=Product,
            field="name_en",
        ),
        Column(
            "sector",
            "Nhóm ngành",
            Kind.SECTOR,
            _("Sector: its name, short name or code, as listed below."),
            required=True,
        ),
        Column(
            "description",
            "Mô tả",
            Kind.LONG_TEXT,
            _("Description; several lines allowed (Alt+Enter)."),
            model=Product,
            field="description",
        ),
        Column(
            "description_en",
            "Mô tả tiếng Anh",
            Kind.LONG_TEXT,
            _("Description in English."),
            model=Product,
            field="description_en",
        ),
        Column(
            "specifications",
            "Thông số kỹ thuật",
            Kind.SPECIFICATIONS,
            _(
                "One specification per line (Alt+Enter between lines), written “label: value”, "
                "e.g. “Công suất: 9 W”. When given, the list replaces the product's current one."
            ),
        ),
    ),
)

RECOGNITIONS = Sheet(
    key="recognitions",
    title="Công nhận",
    help=_("One row per product recognised in a round, found again by product and year."),
    columns=(
        Column(
            "tax_code",
            "Mã số thuế doanh nghiệp",
            Kind.TAX_CODE,
            _("Tax code of the enterprise making the product."),
            required=True,
        ),
        Column(
            "product",
            "Tên sản phẩm",
            Kind.TEXT,
            _(
                "Name of the product: one already in the catalogue or one in the “Sản phẩm” "
                "sheet (capitals and diacritics aside)."
            ),
            required=True,
        ),
        Column(
            "year",
            "Năm",
            Kind.YEAR,
            _("Year of the recognition round, 2005 to 2100; a missing round is created."),
            required=True,
        ),
        Column(
            "top10",
            "TOP 10 (có/không)",
            Kind.BOOLEAN,
            _("Named in the round's TOP 10: “có” (yes) or “không” (no); empty: no for a new one."),
        ),
        Column(
            "certificate_number",
            "Số giấy chứng nhận",
            Kind.TEXT,
            _("Number of the recognition certificate."),
            model=Recognition,
            field="certificate_number",
        ),
        Column(
            "valid_until",
            "Hiệu lực đến",
            Kind.DATE,
            _(
                "Date the recognition expires: a date cell or dd/mm/yyyy text. Empty: three "
                "years from the round's decision for a new recognition, unchanged otherwise."
            ),
        ),
    ),
)

SHEETS: tuple[Sheet, ...] = (ENTERPRISES, PRODUCTS, RECOGNITIONS)

#: Specification lines are bounded by the specification model's fields.
SPECIFICATION_LABEL_MAX = ProductSpecification._meta.get_field("label").max_length
SPECIFICATION_VALUE_MAX = ProductSpecification._meta.get_field("value").max_length

#: The values the template's drop-down lists offer for yes/no columns.
YES, NO = "có", "không"
