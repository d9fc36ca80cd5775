"""Target firms from Excel: dry run, all or nothing, idempotent, errors by row and column in
Vietnamese, bad files refused; from the command line and the admin page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from cms.catalogue.models import Enterprise, Sector
from cms.catalogue.taxcode import with_check_digit
from outreach.campaigns.importing import import_firms
from outreach.campaigns.importing.layout import FIRMS
from outreach.campaigns.models import Contact, IntroducerKind, Stage, TargetFirm

pytestmark = pytest.mark.django_db

NEW_CODE = with_check_digit("010555555")
SECOND_CODE = with_check_digit("010555557")


def workbook(rows: list[dict], title: str = FIRMS.title) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append([column.heading for column in FIRMS.columns])
    for row in rows:
        sheet.append([row.get(column.key) for column in FIRMS.columns])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def row(**values) -> dict:
    base = {
        "name": "Công ty TNHH Cơ Khí Thử Nhập",
        "tax_code": NEW_CODE,
        "ward": "Phường Long Biên",
        "sector": "co-khi",
        "contact_name": "Lê Thị Nhập",
        "contact_role": "Phó giám đốc",
        "contact_phone": "0912.000.111",
        "contact_email": "nhap@vi-du.vn",
        "introducer": "UBND phường Long Biên",
    }
    base.update(values)
    return base


def test_dry_run_writes_nothing_then_import_then_again_changes_nothing(campaign, officer):
    data = workbook(
        [
            row(),
            row(
                tax_code=SECOND_CODE,
                name="Công ty Hai",
                contact_name=None,
                contact_phone=None,
                contact_email=None,
                contact_role=None,
                introducer="Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội",
            ),
        ]
    )
    dry = import_firms(data, campaign, dry_run=True)
    assert dry.ok and (dry.firms.created, dry.enterprises.created, dry.contacts.created) == (
        2,
        2,
        1,
    )
    assert not TargetFirm.objects.filter(campaign=campaign).exists()
    assert not Enterprise.objects.filter(tax_code=NEW_CODE).exists()

    done = import_firms(data, campaign, by=officer)
    assert done.ok and done.firms.created == 2
    firm = TargetFirm.objects.get(campaign=campaign, enterprise__tax_code=NEW_CODE)
    assert firm.enterprise.ward.name == "Long Biên" and firm.enterprise.former_district
    assert firm.sector == Sector.objects.get(slug="co-khi")
    assert firm.introduced_by_kind == IntroducerKind.WARD and firm.introducer == "Phường Long Biên"
    assert firm.stage == Stage.IDENTIFIED
    entry = firm.stage_changes.get()
    assert entry.by == officer and entry.source == "staff"
    contact = firm.contacts.get()
    assert (contact.name, contact.phone, contact.email) == (
        "Lê Thị Nhập",
        "+84912000111",
        "nhap@vi-du.vn",
    )
    second = TargetFirm.objects.get(campaign=campaign, enterprise__tax_code=SECOND_CODE)
    assert second.introduced_by_kind == IntroducerKind.ASSOCIATION

    again = import_firms(data, campaign, by=officer)
    assert again.ok and again.firms.created == again.firms.updated == 0
    assert again.firms.unchanged == 2 and again.contacts.unchanged == 1
    assert firm.stage_changes.count() == 1 and Contact.objects.filter(firm=firm).count() == 1


def test_known_enterprise_is_found_by_tax_code_and_left_alone(campaign, firm):
    code = firm.enterprise.tax_code
    data = workbook(
        [
            row(
                tax_code=code,
                name="Tên Khác Trong File",
                introducer="Sở Công Thương",
                contact_phone="024 3825 1234",
            )
        ]
    )
    result = import_firms(data, campaign)
    assert result.ok and result.enterprises.unchanged == 1 and result.firms.updated == 1
    firm.refresh_from_db()
    assert firm.enterprise.name == "Công ty Cổ phần Thử Nghiệm Vận Động"
    assert firm.introduced_by_kind == IntroducerKind.DEPARTMENT
    assert firm.introducer == "Sở Công Thương"
    assert firm.contacts.get().phone == "+842438251234"


def test_every_error_is_reported_and_nothing_written(campaign):
    data = workbook(
        [
            row(),
            row(tax_code="0101234567", name="Sai Mã"),
            row(
                tax_code=SECOND_CODE,
                name="Sai Điện Thoại",
                contact_phone="12345",
                ward="Phường Không Có",
            ),
            row(tax_code=NEW_CODE, name="Trùng Mã"),
            row(
                tax_code=with_check_digit("010555558"),
                contact_name=None,
            ),
            row(tax_code=None, name=None),
        ]
    )
    result = import_firms(data, campaign)
    found = {(error.row, error.column, error.code) for error in result.errors}
    assert (3, "Mã số thuế", "tax_code") in found
    assert (4, "Điện thoại", "bad_phone") in found
    assert (4, "Phường/xã", "unknown_ward") in found
    assert (5, "Mã số thuế", "duplicate") in found
    assert (6, "Người liên hệ", "contact_without_name") in found
    assert {(7, "Tên doanh nghiệp", "missing"), (7, "Mã số thuế", "missing")} <= found
    assert all(error.sheet == FIRMS.title for error in result.errors)
    assert not TargetFirm.objects.filter(campaign=campaign).exists()
    assert not Enterprise.objects.filter(tax_code=NEW_CODE).exists()


def test_errors_are_in_vietnamese(campaign, settings):
    settings.LANGUAGE_CODE = "vi"
    result = import_firms(workbook([row(contact_phone="12345")]), campaign)
    assert "12345" in result.errors[0].message


def test_bad_files_are_refused_as_a_whole(campaign, settings):
    assert import_firms(b"ten,ma so thue\nA,1", campaign).errors[0].code == "not_xlsx"
    broken = workbook([row()])[:600]
    assert import_firms(broken, campaign).errors[0].code == "not_xlsx"
    settings.CAMPAIGN_IMPORT_MAX_BYTES = 1000
    assert import_firms(workbook([row()]), campaign).errors[0].code == "too_large"
    settings.CAMPAIGN_IMPORT_MAX_BYTES = 5 * 1024 * 1024
    missing = import_firms(workbook([row()], title="Sheet1"), campaign)
    assert missing.errors[0].code == "missing_sheet"


def test_the_template_imports_as_it_is(campaign, officer_client):
    response = officer_client.get(reverse("campaign_import:template"))
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == [FIRMS.title, "Hướng dẫn"]
    result = import_firms(response.content, campaign, dry_run=True)
    assert result.ok and result.firms.created == 1


def test_command_checks_then_imports(campaign, tmp_path: Path, capsys):
    path = tmp_path / "doanh-nghiep.xlsx"
    path.write_bytes(workbook([row()]))
    call_command("import_firms", str(path), "--campaign", "2099", "--dry-run")
    assert not TargetFirm.objects.filter(campaign=campaign).exists()
    call_command("import_firms", str(path), "--campaign", "2099")
    firm = TargetFirm.objects.get(campaign=campaign)
    assert firm.stage_changes.get().source == "system"
    path.write_bytes(workbook([row(contact_phone="1")]))
    with pytest.raises(CommandError):
        call_command("import_firms", str(path), "--campaign", "2099")
    assert "Điện thoại" in capsys.readouterr().out
    with pytest.raises(CommandError):
        call_command("import_firms", str(path), "--campaign", "1999")


def test_admin_dry_run_then_import_the_checked_file(campaign, officer_client, officer):
    upload = io.BytesIO(workbook([row()]))
    upload.name = "doanh-nghiep.xlsx"
    url = reverse("campaign_import:upload")
    response = officer_client.post(url, {"campaign": campaign.pk, "file": upload, "dry_run": "on"})
    assert response.status_code == 200
    token = response.context["token"]
    assert token and not TargetFirm.objects.filter(campaign=campaign).exists()
    response = officer_client.post(reverse("campaign_import:confirm"), {"token": token})
    assert response.status_code == 200 and response.context["result"].firms.created == 1
    assert TargetFirm.objects.get(campaign=campaign).stage_changes.get().by == officer
    # The token was used up with the file.
    response = officer_client.post(reverse("campaign_import:confirm"), {"token": token})
    assert response.status_code == 400


def test_admin_refuses_a_bad_file_next_to_the_field(campaign, officer_client):
    upload = io.BytesIO(b"not a workbook")
    upload.name = "doanh-nghiep.xlsx"
    response = officer_client.post(
        reverse("campaign_import:upload"),
        {"campaign": campaign.pk, "file": upload, "dry_run": "on"},
    )
    assert response.status_code == 200 and response.context["form"].errors["file"]


def test_editors_cannot_import(campaign, editor_client):
    assert editor_client.get(reverse("campaign_import:upload")).status_code == 403
    assert editor_client.get(reverse("campaign_import:template")).status_code == 403
