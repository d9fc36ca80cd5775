"""Personalised Word documents: placeholders filled across Word's runs, unknown ones refused,
and the result read back by real readers (LibreOffice makes the PDF, pdftotext reads it,
zbarimg decodes the QR code)."""

from __future__ import annotations

import io
import subprocess

import pytest
from docx import Document

from outreach.invitations.documents import (
    DocumentError,
    check_template,
    convert_to_pdf,
    placeholders_in,
    render_docx,
)
from portal.qr import qr_png

LINK = "https://congnghiepchuluc-hanoi.gov.vn/moi/abcDEF123/"


def template_bytes() -> bytes:
    document = Document()
    section = document.sections[0]
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "Cán bộ phụ trách: {{ can_bo_phu_trach }}"
    paragraph = document.add_paragraph("Kính gửi: ")
    # Word often splits a placeholder over runs with different formatting.
    paragraph.add_run("{{ ten_")
    paragraph.add_run("doanh_nghiep }}").bold = True
    paragraph.add_run(" (mã số thuế {{ ma_so_thue }}).")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Hạn nộp hồ sơ"
    table.cell(0, 1).text = "{{ han_nop_ho_so }}"
    document.add_paragraph("Đường dẫn riêng: {{ duong_dan_ca_nhan }}")
    document.add_paragraph("{{ ma_qr }}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


KNOWN = {
    "can_bo_phu_trach",
    "ten_doanh_nghiep",
    "ma_so_thue",
    "han_nop_ho_so",
    "duong_dan_ca_nhan",
    "ma_qr",
}


def test_placeholders_are_found_across_runs_tables_and_headers():
    assert placeholders_in(template_bytes()) == KNOWN
    assert check_template(template_bytes(), KNOWN) == KNOWN


def test_unknown_and_malformed_placeholders_are_refused():
    with pytest.raises(DocumentError) as error:
        check_template(template_bytes(), KNOWN - {"ma_so_thue"})
    assert "{{ ma_so_thue }}" in str(error.value)

    document = Document()
    document.add_paragraph("Kính gửi {{Tên doanh nghiệp}}")
    buffer = io.BytesIO()
    document.save(buffer)
    with pytest.raises(DocumentError) as error:
        placeholders_in(buffer.getvalue())
    assert "{{Tên doanh nghiệp}}" in str(error.value)


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4 not a docx", b"PK\x03\x04broken"])
def test_a_file_that_is_not_a_docx_is_refused(content):
    with pytest.raises(DocumentError):
        placeholders_in(content)


def test_filled_document_reads_back_in_libreoffice_and_poppler(tmp_path):
    values = {
        "can_bo_phu_trach": "Nguyễn Thị Hồng Nhung",
        "ten_doanh_nghiep": 'Công ty Cổ phần <script>alert("x")</script> & Đồng Xuân',
        "ma_so_thue": "0101234567",
        "han_nop_ho_so": "30/06/2026",
        "duong_dan_ca_nhan": LINK,
    }
    filled = render_docx(template_bytes(), values, images={"ma_qr": qr_png(LINK)})
    assert placeholders_in(filled) == set()
    document = Document(io.BytesIO(filled))
    first = document.paragraphs[0]
    assert first.text == (
        'Kính gửi: Công ty Cổ phần <script>alert("x")</script> & Đồng Xuân (mã số thuế 0101234567).'
    )
    # The filled name keeps the formatting of the run where the placeholder began.
    assert [run.bold for run in first.runs if "Đồng Xuân" in run.text] == [None]

    source = tmp_path / "thu-moi.docx"
    source.write_bytes(filled)
    (pdf,) = convert_to_pdf([source], tmp_path / "pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode()
    for expected in (
        'Kính gửi: Công ty Cổ phần <script>alert("x")</script> & Đồng Xuân',
        "Nguyễn Thị Hồng Nhung",
        "Hạn nộp hồ sơ",
        "30/06/2026",
        LINK,
    ):
        assert expected in text, text

    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    image = next(tmp_path.glob("p*.png"))
    decoded = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, check=False
    ).stdout.decode()
    assert LINK in decoded
