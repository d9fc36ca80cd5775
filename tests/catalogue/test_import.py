"""The Excel import of the catalogue: the command, the admin page and the template.

Workbooks are built here with openpyxl. Errors are checked by code, sheet, row and column (the
Vietnamese wording comes from the catalogue of translations).
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.formula import ArrayFormula
from wagtail.admin.menu import SubmenuMenuItem, admin_menu
from wagtail.models import ReferenceIndex

from cms.catalogue.importing import import_catalogue
from cms.catalogue.importing.template import build_template, example_tax_code
from cms.catalogue.models import (
    Enterprise,
    FormerDistrict,
    Product,
    ProductSpecification,
    Recognition,
    Round,
    Sector,
    Ward,
)
from cms.catalogue.taxcode import with_check_digit
from cms.catalogue.viewsets import CatalogueGroup
from portal.search.models import SearchEntry

pytestmark = pytest.mark.django_db

FIRMS, PRODUCTS, RECOGNITIONS = "Doanh nghiệp", "Sản phẩm", "Công nhận"
FIRM_HEADER = ["Mã số thuế*", "Tên doanh nghiệp*", "Phường/xã", "Quận/huyện cũ", "FDI (có/không)"]
PRODUCT_HEADER = ["Mã số thuế doanh nghiệp*", "Tên sản phẩm*", "Nhóm ngành*", "Thông số kỹ thuật"]
RECOGNITION_HEADER = [
    "Mã số thuế doanh nghiệp*",
    "Tên sản phẩm*",
    "Năm*",
    "TOP 10 (có/không)",
    "Số giấy chứng nhận",
    "Hiệu lực đến",
]
NEW_YEAR = 2026  # the demo has rounds 2018-2025


def tax_code(number: int) -> str:
    """A valid tax code no demo firm has: the first stem from `number` that has a check digit."""
    while not (code := with_check_digit(f"0107{number:05d}")):
        number += 1
    return code


FIRM_A, FIRM_B = tax_code(11), tax_code(22)


def xlsx(sheets: dict[str, list[list]]) -> bytes:
    """A workbook with one sheet per entry: the rows as given, header first."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        worksheet = book.create_sheet(title)
        for row in rows:
            worksheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def catalogue_file(firms=(), products=(), recognitions=(), **headers) -> bytes:
    return xlsx(
        {
            FIRMS: [headers.get("firms", FIRM_HEADER), *firms],
            PRODUCTS: [headers.get("products", PRODUCT_HEADER), *products],
            RECOGNITIONS: [headers.get("recognitions", RECOGNITION_HEADER), *recognitions],
        }
    )


def good_file() -> bytes:
    return catalogue_file(
        firms=[
            [FIRM_A, "Công ty TNHH Đèn Thử Nhập", "Phường Hoàn Kiếm", None, "không"],
            [FIRM_B, "Công ty CP Gốm Thử Nhập", "Bát Tràng", "Huyện Gia Lâm", "có"],
        ],
        products=[
            [FIRM_A, "Đèn LED nhập thử", "Điện, điện tử", "Công suất: 9 W\nTuổi thọ: 25.000 giờ"],
            [FIRM_A, "Bộ đèn ống nhập thử", "dien-dien-tu", None],
            [FIRM_B, "Bình gốm nhập thử", "Thủ công mỹ nghệ", "Chiều cao: 40 cm"],
        ],
        recognitions=[
            [FIRM_A, "Đèn LED nhập thử", 2025, "có", "01/2025/GCN", "31/12/2028"],
            [FIRM_A, "den led nhap thu", NEW_YEAR, "không", None, None],
            [FIRM_A, "Bộ đèn ống nhập thử", 2025, None, None, date(2029, 6, 30)],
            [FIRM_B, "Bình gốm nhập thử", "2025", "x", None, None],
        ],
    )


def codes(result) -> set[tuple]:
    return {(e.sheet, e.row, e.column, e.code) for e in result.errors}


def catalogue_dump() -> dict[str, list[dict]]:
    """Every catalogue row, every field, updated_at included: equal dumps, untouched tables."""
    dump = {}
    for model in (Enterprise, Product, ProductSpecification, Recognition, Round):
        fields = [field.attname for field in model._meta.concrete_fields]
        dump[model.__name__] = list(model.objects.order_by("pk").values(*fields))
    return dump


def counts() -> dict[str, int]:
    return {name: len(rows) for name, rows in catalogue_dump().items()}


# --- Importing -----------------------------------------------------------------------------------


def test_a_good_file_imports_firms_products_and_recognitions(demo_site):
    result = import_catalogue(good_file())

    assert result.errors == []
    assert (result.enterprises.created, result.products.created) == (2, 3)
    assert result.recognitions.created == 4
    assert result.rounds_created == [NEW_YEAR]
    lamp_firm = Enterprise.objects.get(tax_code=FIRM_A)
    assert lamp_firm.ward == Ward.objects.get(kind="phường", name="Hoàn Kiếm")
    assert lamp_firm.former_district.name == "Hoàn Kiếm"  # filled from the ward
    assert lamp_firm.fdi is False
    pottery = Enterprise.objects.get(tax_code=FIRM_B)
    assert (pottery.ward.name, pottery.former_district.name, pottery.fdi) == (
        "Bát Tràng",
        "Gia Lâm",
        True,
    )
    lamp = Product.objects.get(enterprise=lamp_firm, name="Đèn LED nhập thử")
    assert lamp.sector.slug == "dien-dien-tu"
    assert [(s.label, s.value) for s in lamp.specifications.order_by("sort_order")] == [
        ("Công suất", "9 W"),
        ("Tuổi thọ", "25.000 giờ"),
    ]
    first, second = lamp.recognitions.order_by("round__year")
    assert (first.round.year, first.top10, first.certificate_number) == (2025, True, "01/2025/GCN")
    assert first.valid_until == date(2028, 12, 31)
    assert (second.round.year, second.top10) == (NEW_YEAR, False)
    assert second.valid_until == second.round.default_valid_until()  # the model's default
    tube = Recognition.objects.get(product__name="Bộ đèn ống nhập thử")
    assert tube.valid_until == date(2029, 6, 30)
    assert Recognition.objects.get(product__name="Bình gốm nhập thử").top10 is True


def test_rows_may_name_firms_and_products_already_in_the_catalogue(demo_site):
    product = Product.objects.filter(enterprise__tax_code__isnull=False).first()
    firm = product.enterprise
    data = catalogue_file(
        products=[[firm.tax_code, "Sản phẩm mới nhập thử", "cntt", None]],
        recognitions=[
            [firm.tax_code, product.name.upper(), NEW_YEAR, "không", None, None],
            [firm.tax_code, "Sản phẩm mới nhập thử", NEW_YEAR, "có", None, None],
        ],
    )
    result = import_catalogue(data)

    assert result.errors == []
    assert (result.enterprises.created, result.products.created) == (0, 1)
    assert result.recognitions.created == 2
    assert product.recognitions.filter(round__year=NEW_YEAR).exists()
    assert firm.products.filter(name="Sản phẩm mới nhập thử").exists()


def test_a_file_with_every_kind_of_error_reports_them_all_and_writes_nothing(demo_site):
    before = counts()
    long_name = "Đ" * 81
    data = catalogue_file(
        firms=[
            [FIRM_A, "Công ty Đúng", "Phường Hoàn Kiếm", None, "không"],  # row 2: valid
            ["0100109107", "Công ty Sai Mã", None, None, None],  # row 3: check digit
            [FIRM_B, None, "Phường Không Có", "Quận Không Có", "có lẽ"],  # row 4
            [FIRM_A, "Công ty Trùng", None, None, None],  # row 5: duplicate of row 2
        ],
        products=[
            [FIRM_A, "Đèn đúng", "Điện, điện tử", None],  # row 2: valid
            [FIRM_A, "Đèn sai ngành", "Ngành không có", None],  # row 3
            [tax_code(33), "Sản phẩm của ai", "cntt", None],  # row 4: unknown firm
            [FIRM_A, "ĐÈN ĐÚNG", "cntt", None],  # row 5: duplicate of row 2
            [FIRM_A, "Đèn thông số", "cntt", "không có dấu hai chấm"],  # row 6
        ],
        recognitions=[
            [FIRM_A, "Đèn đúng", 2025, "có", None, None],  # row 2: valid
            [FIRM_A, "Đèn không có", 2025, None, None, None],  # row 3: unknown product
            [FIRM_A, "Đèn đúng", 1999, None, None, None],  # row 4: bad year
            [FIRM_A, "Đèn đúng", 2024, None, None, "32/13/2027"],  # row 5: bad date
            [FIRM_A, "đèn đúng", 2025, None, None, None],  # row 6: duplicate of row 2
            [None, "Đèn đúng", 2023, None, None, None],  # row 7: missing tax code
            [FIRM_A, "Đèn không có", 1999, None, None, None],  # row 8: two problems
        ],
    )
    # Columns every test file does not need: add them to the firms sheet.
    book = load_workbook(io.BytesIO(data))
    sheet = book[FIRMS]
    for column, title in enumerate(
        ["Email", "Website", "Tên viết tắt", "Màu sắc yêu thích"], start=6
    ):
        sheet.cell(row=1, column=column, value=title)
    sheet.cell(row=3, column=6, value="khong-phai-email")
    sheet.cell(row=3, column=7, value="http://")
    sheet.cell(row=3, column=8, value=long_name)
    buffer = io.BytesIO()
    book.save(buffer)

    result = import_catalogue(buffer.getvalue())

    assert codes(result) == {
        (FIRMS, 1, "Màu sắc yêu thích", "unknown_column"),
        (FIRMS, 3, "Mã số thuế", "tax_code"),
        (FIRMS, 3, "Email", "bad_email"),
        (FIRMS, 3, "Website", "bad_url"),
        (FIRMS, 3, "Tên viết tắt", "too_long"),
        (FIRMS, 4, "Tên doanh nghiệp", "missing"),
        (FIRMS, 4, "Phường/xã", "unknown_ward"),
        (FIRMS, 4, "Quận/huyện cũ", "unknown_district"),
        (FIRMS, 4, "FDI (có/không)", "bad_boolean"),
        (FIRMS, 5, "Mã số thuế", "duplicate"),
        (PRODUCTS, 3, "Nhóm ngành", "unknown_sector"),
        (PRODUCTS, 4, "Mã số thuế doanh nghiệp", "unknown_enterprise"),
        (PRODUCTS, 5, "Tên sản phẩm", "duplicate"),
        (PRODUCTS, 6, "Thông số kỹ thuật", "bad_specification"),
        (RECOGNITIONS, 3, "Tên sản phẩm", "unknown_product"),
        (RECOGNITIONS, 4, "Năm", "bad_year"),
        (RECOGNITIONS, 5, "Hiệu lực đến", "bad_date"),
        (RECOGNITIONS, 6, "Năm", "duplicate"),
        (RECOGNITIONS, 7, "Mã số thuế doanh nghiệp", "missing"),
        (RECOGNITIONS, 8, "Tên sản phẩm", "unknown_product"),
        (RECOGNITIONS, 8, "Năm", "bad_year"),
    }
    assert len(result.errors) == 21  # each problem once
    duplicate = next(e for e in result.errors if e.code == "duplicate" and e.sheet == FIRMS)
    assert FIRM_A in duplicate.message and "2" in duplicate.message  # names the earlier row
    too_long = next(e for e in result.errors if e.code == "too_long")
    assert "80" in too_long.message and "81" in too_long.message
    assert all(error.message for error in result.errors)
    assert counts() == before


def test_a_bare_ward_name_shared_by_a_ward_and_a_commune_needs_its_prefix(demo_site):
    district = FormerDistrict.objects.get(name="Hoàn Kiếm")
    Ward.objects.create(
        kind="xã", name="Hoàn Kiếm", slug="xa-hoan-kiem-thu", former_district=district
    )
    data = catalogue_file(
        firms=[
            [FIRM_A, "Công ty Một", "hoan kiem", None, None],
            [FIRM_B, "Công ty Hai", "PHƯỜNG HOÀN KIẾM", None, None],
        ]
    )
    result = import_catalogue(data, dry_run=True)
    assert codes(result) == {(FIRMS, 2, "Phường/xã", "ambiguous_ward")}


def test_two_catalogue_products_with_the_same_name_cannot_be_told_apart(demo_site):
    firm = Enterprise.objects.exclude(tax_code=None).first()
    sector = Sector.objects.first()
    for name in ("Ấm trà men lam", "ẤM TRÀ MEN LAM"):
        Product.objects.create(enterprise=firm, sector=sector, name=name)
    data = catalogue_file(
        products=[[firm.tax_code, "am tra men lam", "cntt", None]],
        recognitions=[[firm.tax_code, "Ấm trà men lam", "năm nay", None, None, None]],
    )
    result = import_catalogue(data, dry_run=True)
    assert codes(result) == {
        (PRODUCTS, 2, "Tên sản phẩm", "ambiguous_product"),
        (RECOGNITIONS, 2, "Năm", "bad_year"),
    }


def test_a_dry_run_counts_what_it_would_do_and_writes_nothing(demo_site):
    before = catalogue_dump()
    result = import_catalogue(good_file(), dry_run=True)

    assert result.errors == []
    assert (result.enterprises.created, result.products.created) == (2, 3)
    assert result.recognitions.created == 4
    assert result.rounds_created == [NEW_YEAR]
    assert catalogue_dump() == before


def test_importing_the_same_file_twice_changes_nothing(demo_site):
    import_catalogue(good_file())
    before = catalogue_dump()

    again = import_catalogue(good_file())

    assert again.errors == []
    for tally in (again.enterprises, again.products, again.recognitions):
        assert (tally.created, tally.updated) == (0, 0)
    assert (again.enterprises.unchanged, again.products.unchanged) == (2, 3)
    assert again.recognitions.unchanged == 4
    assert again.rounds_created == []
    assert catalogue_dump() == before


def test_a_changed_row_updates_only_its_record(demo_site):
    import_catalogue(good_file())
    lamp_firm = Enterprise.objects.get(tax_code=FIRM_A)
    pottery_before = Enterprise.objects.get(tax_code=FIRM_B)
    data = catalogue_file(
        firms=[
            [FIRM_A, "Công ty TNHH Đèn Thử Nhập Mới", "Phường Hoàn Kiếm", None, "có"],
            [FIRM_B, "Công ty CP Gốm Thử Nhập", "Bát Tràng", "Huyện Gia Lâm", "có"],
        ],
        products=[[FIRM_A, "Đèn LED nhập thử", "Điện, điện tử", "Công suất: 12 W"]],
    )
    result = import_catalogue(data)

    assert (result.enterprises.updated, result.enterprises.unchanged) == (1, 1)
    assert result.products.updated == 1
    lamp_firm.refresh_from_db()
    assert (lamp_firm.name, lamp_firm.fdi) == ("Công ty TNHH Đèn Thử Nhập Mới", True)
    lamp = lamp_firm.products.get(name="Đèn LED nhập thử")
    assert [(s.label, s.value) for s in lamp.specifications.all()] == [("Công suất", "12 W")]
    assert lamp.recognitions.count() == 2  # rows left out of the file are not deleted
    assert Enterprise.objects.get(tax_code=FIRM_B).updated_at == pottery_before.updated_at


def test_an_error_in_the_last_row_of_the_last_sheet_keeps_everything_out(demo_site):
    before = catalogue_dump()
    data = catalogue_file(
        firms=[[FIRM_A, "Công ty TNHH Đèn Thử Nhập", "Phường Hoàn Kiếm", None, None]],
        products=[[FIRM_A, "Đèn LED nhập thử", "Điện, điện tử", None]],
        recognitions=[
            [FIRM_A, "Đèn LED nhập thử", 2025, "có", None, None],
            [FIRM_A, "Đèn LED nhập thử", 2024, "có", None, "ngày mai"],
        ],
    )
    result = import_catalogue(data)

    assert codes(result) == {(RECOGNITIONS, 3, "Hiệu lực đến", "bad_date")}
    assert not result.written
    assert catalogue_dump() == before


def test_sheets_are_found_without_case_or_diacritics_and_may_be_empty(demo_site):
    data = xlsx(
        {
            "DOANH NGHIEP": [FIRM_HEADER, [FIRM_A, "Công ty Một", None, None, None]],
            "san pham": [],
            " Cong Nhan ": [RECOGNITION_HEADER],
        }
    )
    result = import_catalogue(data)
    assert result.errors == []
    assert result.enterprises.created == 1


def test_a_missing_sheet_is_an_error(demo_site):
    result = import_catalogue(xlsx({FIRMS: [FIRM_HEADER], PRODUCTS: [PRODUCT_HEADER]}))
    assert codes(result) == {(RECOGNITIONS, None, "", "missing_sheet")}


def test_header_problems_are_reported_on_row_1(demo_site):
    data = xlsx(
        {
            FIRMS: [
                ["Tên doanh nghiệp", "Ghi chú", "ten doanh nghiep *"],
                ["Công ty Một", "x", "Công ty Một", None, "lạc cột"],
            ],
            PRODUCTS: [PRODUCT_HEADER],
            RECOGNITIONS: [RECOGNITION_HEADER],
        }
    )
    result = import_catalogue(data)
    assert codes(result) == {
        (FIRMS, 1, "Ghi chú", "unknown_column"),
        (FIRMS, 1, "ten doanh nghiep *", "duplicate_column"),
        (FIRMS, 1, "Mã số thuế*", "missing_column"),
        (FIRMS, 1, "E", "untitled_column"),
    }


def test_a_tax_code_typed_as_a_number_gets_its_leading_zero_back(demo_site):
    result = import_catalogue(catalogue_file(firms=[[int(FIRM_A), "Công ty Số", None, None, None]]))
    assert result.errors == []
    assert Enterprise.objects.filter(tax_code=FIRM_A).exists()


def test_the_import_indexes_what_it_wrote_once_committed(
    demo_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_catalogue(good_file())
    lamp = Product.objects.get(name="Đèn LED nhập thử")
    assert SearchEntry.objects.filter(object_id=str(lamp.pk), kind="product").exists()
    firm = lamp.enterprise
    assert SearchEntry.objects.filter(object_id=str(firm.pk), kind="enterprise").exists()
    new_round = Round.objects.get(year=NEW_YEAR)
    assert SearchEntry.objects.filter(object_id=str(new_round.pk), kind="round").exists()
    # Wagtail's reference index ("usage" in the admin) knows the product uses its firm.
    references = ReferenceIndex.get_references_for_object(lamp)
    assert firm.pk in {
        int(r.to_object_id) for r in references if r.to_content_type.model == "enterprise"
    }


# --- Bad files -----------------------------------------------------------------------------------


def _zip_without_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("readme.txt", "không phải bảng tính")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        "Mã số thuế;Tên doanh nghiệp\n0100109106;Công ty\n".encode(),  # a CSV renamed .xlsx
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),  # the old .xls format
        _zip_without_workbook(),
        b"PK\x03\x04" + bytes(100),  # a broken zip
        b"",
    ],
    ids=["csv", "pdf", "xls", "zip", "broken-zip", "empty"],
)
def test_a_file_that_is_not_an_xlsx_is_refused(demo_site, data):
    result = import_catalogue(data)
    assert [(e.code, e.sheet, e.row) for e in result.errors] == [("not_xlsx", "", None)]


def test_a_file_over_the_size_limit_is_refused(demo_site, settings):
    settings.CATALOGUE_IMPORT_MAX_BYTES = 1000
    result = import_catalogue(good_file())
    assert [e.code for e in result.errors] == ["too_large"]
    assert not Enterprise.objects.filter(tax_code=FIRM_A).exists()


def test_formulas_are_refused_and_listed(demo_site):
    book = load_workbook(io.BytesIO(good_file()))
    book[FIRMS]["B2"] = "=1+1"
    book[PRODUCTS]["D3"] = '=HYPERLINK("https://example.com", "xem")'
    book[RECOGNITIONS]["F5"] = ArrayFormula("F5:F5", "=SUM(C2:C3)")
    buffer = io.BytesIO()
    book.save(buffer)

    result = import_catalogue(buffer.getvalue())

    assert [e.code for e in result.errors] == ["formula"]
    message = result.errors[0].message
    for cell in ("Doanh nghiệp!B2", "Sản phẩm!D3", "Công nhận!F5"):
        assert cell in message
    assert not Enterprise.objects.filter(tax_code=FIRM_A).exists()


def test_a_sheet_may_hold_at_most_20000_rows(demo_site):
    rows = [[FIRM_A, f"Công ty {n}"] for n in range(20_001)]
    data = xlsx({FIRMS: [FIRM_HEADER[:2], *rows], PRODUCTS: [], RECOGNITIONS: []})
    result = import_catalogue(data, dry_run=True)
    assert (FIRMS, None, "", "too_many_rows") in codes(result)


# --- The command ---------------------------------------------------------------------------------


def test_the_command_dry_run_prints_the_counts_and_writes_nothing(demo_site, tmp_path):
    path = tmp_path / "danh-muc.xlsx"
    path.write_bytes(good_file())
    out = io.StringIO()

    call_command("import_catalogue", str(path), "--dry-run", stdout=out)

    assert not Enterprise.objects.filter(tax_code=FIRM_A).exists()
    lines = out.getvalue().splitlines()
    assert len(lines) >= 5  # a title, the table header and one line per kind of record
    assert any(line.split()[-3:] == ["2", "0", "0"] for line in lines)
    assert str(NEW_YEAR) in out.getvalue()


def test_the_command_imports(demo_site, tmp_path):
    path = tmp_path / "danh-muc.xlsx"
    path.write_bytes(good_file())
    call_command("import_catalogue", str(path), stdout=io.StringIO())
    assert Product.objects.filter(enterprise__tax_code=FIRM_A).count() == 2


def test_the_command_prints_every_error_and_fails(demo_site, tmp_path):
    path = tmp_path / "loi.xlsx"
    path.write_bytes(
        catalogue_file(firms=[["0100109107", "Công ty Sai", "Phường Không Có", None, None]])
    )
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_catalogue", str(path), stdout=out)
    table = [line for line in out.getvalue().splitlines() if line.startswith(FIRMS)]
    assert len(table) == 2
    assert all(" 2 " in line for line in table)
    assert "0100109107" in table[0]


def test_the_command_refuses_a_missing_file(demo_site, tmp_path):
    with pytest.raises(CommandError):
        call_command("import_catalogue", str(tmp_path / "khong-co.xlsx"))


# --- The admin page ------------------------------------------------------------------------------


@pytest.fixture
def staff_client(client, django_user_model, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    user = django_user_model.objects.create_superuser("nhaplieu", "nl@example.vn", "x")
    client.force_login(user)
    return client


def upload(client, data: bytes, dry_run: bool = True, name: str = "danh-muc.xlsx"):
    file = io.BytesIO(data)
    file.name = name
    form = {"file": file}
    if dry_run:
        form["dry_run"] = "on"
    return client.post(reverse("catalogue_import:upload"), form)


def test_the_admin_page_checks_then_imports_the_same_upload(staff_client, tmp_path):
    page = staff_client.get(reverse("catalogue_import:upload"))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'accept=".xlsx"' in html
    assert 'name="dry_run"' in html and "checked" in html
    assert reverse("catalogue_import:template") in html

    report = upload(staff_client, good_file())

    assert report.status_code == 200
    assert not Enterprise.objects.filter(tax_code=FIRM_A).exists()
    token = report.context["token"]
    assert token and report.context["result"].enterprises.created == 2
    assert reverse("catalogue_import:confirm") in report.content.decode()
    kept = list((tmp_path / "imports").glob("*.xlsx"))
    assert len(kept) == 1

    done = staff_client.post(reverse("catalogue_import:confirm"), {"token": token})

    assert done.status_code == 200
    assert done.context["result"].written
    assert Product.objects.filter(enterprise__tax_code=FIRM_A).count() == 2
    assert not kept[0].exists()  # deleted once used
    again = staff_client.post(reverse("catalogue_import:confirm"), {"token": token})
    assert again.status_code == 400


def test_the_admin_report_lists_the_errors_in_a_table(staff_client):
    data = catalogue_file(firms=[["0100109107", "Công ty Sai", "Phường Không Có", None, None]])
    report = upload(staff_client, data)
    assert report.status_code == 200
    assert report.context["token"] == ""
    html = report.content.decode()
    assert '<th scope="col">' in html
    assert 'data-code="tax_code"' in html and 'data-code="unknown_ward"' in html
    assert reverse("catalogue_import:confirm") not in html


def test_the_admin_page_refuses_a_file_that_is_not_an_xlsx(staff_client):
    response = upload(staff_client, b"%PDF-1.7\n", name="gia-mao.xlsx")
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert Enterprise.objects.filter(tax_code=FIRM_A).count() == 0


def test_the_admin_page_refuses_a_file_over_the_limit(staff_client, settings):
    settings.CATALOGUE_IMPORT_MAX_BYTES = 1000
    response = upload(staff_client, good_file())
    assert response.context["form"].errors["file"]


def test_a_tampered_token_imports_nothing(staff_client, tmp_path):
    token = upload(staff_client, good_file()).context["token"]
    for forged in (token[:-2] + "xx", "../../portal.sqlite3", ""):
        response = staff_client.post(reverse("catalogue_import:confirm"), {"token": forged})
        assert response.status_code == 400
    assert not Enterprise.objects.filter(tax_code=FIRM_A).exists()


def test_a_token_is_good_only_for_the_user_it_was_given_to(
    staff_client, client, django_user_model, settings
):
    token = upload(staff_client, good_file()).context["token"]
    other = django_user_model.objects.create_superuser("khac", "khac@example.vn", "x")
    client.force_login(other)
    response = client.post(reverse("catalogue_import:confirm"), {"token": token})
    assert response.status_code == 400
    assert not Enterprise.objects.filter(tax_code=FIRM_A).exists()


def test_staff_without_the_add_product_permission_get_403(client, django_user_model):
    user = django_user_model.objects.create_user("bientap", "bt@example.vn", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for name in ("upload", "template"):
        assert client.get(reverse(f"catalogue_import:{name}")).status_code == 403
    response = client.post(reverse("catalogue_import:confirm"), {"token": "x"})
    assert response.status_code == 403
    user.user_permissions.add(Permission.objects.get(codename="add_product"))
    user = django_user_model.objects.get(pk=user.pk)  # a fresh permission cache
    client.force_login(user)
    assert client.get(reverse("catalogue_import:upload")).status_code == 200


def test_the_import_page_is_in_the_catalogue_menu_once(rf, django_user_model, demo_site):
    request = rf.get("/admin/")
    request.user = django_user_model.objects.create_superuser("menu", "menu@example.vn", "x")
    top = admin_menu.menu_items_for_request(request)
    assert "catalogue-import" not in [item.name for item in top]
    groups = [item for item in top if isinstance(item, SubmenuMenuItem)]
    holding = [
        group
        for group in groups
        if "catalogue-import" in [item.name for item in group.menu.menu_items_for_request(request)]
    ]
    assert len(holding) == 1
    names = [item.name for item in holding[0].menu.menu_items_for_request(request)]
    assert names.count("catalogue-import") == 1
    assert str(holding[0].label) == str(CatalogueGroup.menu_label)


# --- The template --------------------------------------------------------------------------------


def test_the_template_passes_a_dry_run(staff_client):
    response = staff_client.get(reverse("catalogue_import:template"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")

    result = import_catalogue(response.content, dry_run=True)

    assert result.errors == []
    assert (result.enterprises.created, result.products.created) == (1, 1)
    assert result.recognitions.created == 1


def test_the_template_has_headers_lists_and_a_guide(demo_site):
    book = load_workbook(io.BytesIO(build_template()))
    assert book.sheetnames == [FIRMS, PRODUCTS, RECOGNITIONS, "Hướng dẫn"]
    firms = book[FIRMS]
    assert firms["A1"].value == "Mã số thuế*" and firms["A1"].font.b
    assert firms.freeze_panes == "A2"
    assert firms["A2"].value == example_tax_code()
    assert firms["F2"].value == "Phường Hoàn Kiếm"
    products = book[PRODUCTS]
    assert products["D2"].value in set(Sector.objects.values_list("name", flat=True))
    lists = {str(rule.sqref).split(":")[0] for rule in products.data_validations.dataValidation}
    assert "D2" in lists
    guide = [cell for row in book["Hướng dẫn"].iter_rows(values_only=True) for cell in row]
    assert "Thông số kỹ thuật" in guide


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_template_and_its_copy_imports(demo_site, tmp_path):
    template = tmp_path / "mau.xlsx"
    template.write_bytes(build_template())
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"

    def convert(target: str, out: str) -> None:
        subprocess.run(
            ["soffice", profile, "--headless", "--convert-to", target, "--outdir", out, template],
            check=True,
            capture_output=True,
            timeout=180,
            env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin:/usr/local/bin"},
        )

    convert("csv:Text - txt - csv (StarCalc):44,34,76,1", str(tmp_path / "csv"))
    with (tmp_path / "csv" / "mau.csv").open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header[:2] == ["Mã số thuế*", "Tên doanh nghiệp*"]

    convert("xlsx", str(tmp_path / "copy"))
    result = import_catalogue(tmp_path / "copy" / "mau.xlsx", dry_run=True)
    assert result.errors == []
    assert result.enterprises.created == 1
