"""Fixtures and builders shared by the online application tests: an open campaign, a firm with
its personal link, real sample files (PDF, DOCX, XLSX, PNG, JPG) and the form's POST data."""

from __future__ import annotations

import io
import time
import zipfile
from datetime import date, timedelta

import docx
import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from openpyxl import Workbook

from cms.catalogue.models import Enterprise, Sector, Ward
from cms.catalogue.taxcode import with_check_digit
from outreach.campaigns.models import Campaign, Stage, TargetFirm
from outreach.campaigns.pipeline import record_entry
from outreach.invitations.applying.forms import STARTED_SALT
from outreach.invitations.models import PersonalLink
from tests.factories.users import staff_user

OFFICERS = "Cán bộ vận động"
EDITORS = "Biên tập viên"
NEW_TAX_CODE = with_check_digit("010888888")


@pytest.fixture
def private_root(settings, tmp_path):
    """Application files go to a fresh folder, and partial uploads to another one we watch."""
    root = tmp_path / "applications"
    uploads = tmp_path / "upload-temp"
    uploads.mkdir()
    settings.APPLICATIONS_ROOT = root
    settings.FILE_UPLOAD_TEMP_DIR = str(uploads)
    return root


def make_open_campaign() -> Campaign:
    """A round whose dossier deadline is a month ahead: the one the public page applies to."""
    today = timezone.localdate()
    return Campaign.objects.create(
        year=2099,
        introductions_due=today,
        dossiers_due=today + timedelta(days=30),
        council_meeting=today + timedelta(days=60),
    )


def make_target(campaign: Campaign) -> TargetFirm:
    """An invited firm of the campaign, in the catalogue with its address and ward."""
    enterprise = Enterprise.objects.create(
        name="Công ty Cổ phần Cơ khí Thử Nghiệm",
        tax_code=with_check_digit("010777771"),
        address="12 phố Thử",
        ward=Ward.objects.order_by("pk").first(),
    )
    firm = TargetFirm.objects.create(campaign=campaign, enterprise=enterprise, stage=Stage.INVITED)
    record_entry(firm, source="system")
    return firm


@pytest.fixture
def open_campaign(db, private_root):
    return make_open_campaign()


@pytest.fixture
def target(open_campaign):
    return make_target(open_campaign)


@pytest.fixture
def link(target):
    return PersonalLink.for_firm(target)


@pytest.fixture
def officer(db):
    return staff_user("canbo.hoso", OFFICERS)


@pytest.fixture
def editor(db):
    return staff_user("bientap.hoso", EDITORS)


def started(seconds_ago: float = 60) -> str:
    return signing.dumps(time.time() - seconds_ago, salt=STARTED_SALT)


def pdf_bytes() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def png_bytes() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40


def jpeg_bytes() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 40 + b"\xff\xd9"


def xlsx_bytes() -> bytes:
    book = Workbook()
    book.active["A1"] = "Doanh thu 2025"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("Bản cam kết")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def good_files() -> dict:
    return {
        "files-registration_form": [upload("Phiếu đăng ký.pdf", pdf_bytes())],
        "files-financial_statements": [upload("bao-cao-tai-chinh.xlsx", xlsx_bytes())],
        "files-certificates": [upload("ISO 9001.png", png_bytes())],
    }


def form_data(tax_code: str | None = None, products: int = 1, **changes) -> dict:
    data = {
        "firm_name": "Công ty Cổ phần Cơ khí Thử Nghiệm",
        "tax_code": tax_code or with_check_digit("010777771"),
        "address": "12 phố Thử",
        "ward": str(Ward.objects.order_by("pk").values_list("pk", flat=True).first()),
        "representative": "Trần Văn Đại Diện",
        "contact_name": "Lê Thị Liên Hệ",
        "phone": "0912 345 678",
        "email": "lienhe@doanhnghiep.vi-du.vn",
        "consent_email": "on",
        "website": "",
        "form_started": started(),
        "products-TOTAL_FORMS": str(products),
        "products-INITIAL_FORMS": "0",
        "products-MIN_NUM_FORMS": "1",
        "products-MAX_NUM_FORMS": "10",
    }
    sector = str(Sector.objects.order_by("pk").values_list("pk", flat=True).first())
    for index in range(products):
        data[f"products-{index}-name"] = f"Máy thử nghiệm số {index + 1}"
        data[f"products-{index}-sector"] = sector
        data[f"products-{index}-description"] = "Máy dập thép tấm, tự động hoá."
    data.update(changes)
    return data


def zip_without(content: bytes, dropped: str) -> bytes:
    """The Office file with one part taken out."""
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            if item.filename != dropped:
                target.writestr(item, source.read(item.filename))
    return buffer.getvalue()


def stored_files(root) -> list:
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def far_past() -> date:
    return date(2000, 1, 1)
