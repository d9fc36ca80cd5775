"""The demo set of invitation form templates, written here as Word files with python-docx:
an invitation letter, a registration form, a product report and a commitment, each with the
placeholders the system fills in for every target firm."""

from __future__ import annotations

import io
from collections.abc import Callable

from django.core.files.base import ContentFile
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from outreach.invitations.models import FormKind, FormTemplate


def _document() -> Document:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    return document


def _heading(document, sender: bool = True) -> None:
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    if sender:
        left.text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSỞ CÔNG THƯƠNG"
    else:
        left.text = "{{ ten_doanh_nghiep }}"
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in paragraph.runs:
                run.bold = True


def _title(document, text: str, subtitle: str = "") -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(15)
    if subtitle:
        line = document.add_paragraph(subtitle)
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _footer(document) -> None:
    section = document.sections[0]
    section.footer.is_linked_to_previous = False
    section.footer.paragraphs[0].text = (
        "Chương trình sản phẩm công nghiệp chủ lực thành phố Hà Nội năm {{ nam }} · "
        "Cán bộ phụ trách: {{ can_bo_phu_trach }}"
    )


def invitation_letter() -> Document:
    document = _document()
    _heading(document)
    _title(document, "THƯ MỜI", "Tham gia bình chọn sản phẩm công nghiệp chủ lực năm {{ nam }}")
    document.add_paragraph("Kính gửi: {{ ten_doanh_nghiep }}")
    document.add_paragraph("Mã số thuế: {{ ma_so_thue }} · Địa chỉ: {{ dia_chi }}")
    for text in (
        "Sở Công Thương Hà Nội trân trọng mời Quý doanh nghiệp đăng ký sản phẩm tham gia "
        "bình chọn sản phẩm công nghiệp chủ lực thành phố Hà Nội năm {{ nam }}. Sản phẩm được "
        "công nhận được giới thiệu trên cổng thông tin của Chương trình, trong danh mục in và "
        "tại các hội chợ, triển lãm do Thành phố tổ chức.",
        "Các mốc thời gian chính: các sở, ngành và UBND phường, xã gửi văn bản giới thiệu "
        "trước ngày {{ han_gui_gioi_thieu }}; doanh nghiệp nộp hồ sơ trước ngày "
        "{{ han_nop_ho_so }}; Hội đồng bình chọn dự kiến họp ngày {{ ngay_hop_hoi_dong }}.",
        "Hồ sơ gồm: phiếu đăng ký, báo cáo thông tin sản phẩm và bản cam kết kèm theo thư "
        "này. Quý doanh nghiệp có thể nộp trực tiếp tại Sở hoặc đăng ký trực tuyến qua đường "
        "dẫn riêng dưới đây.",
        "Mọi thắc mắc xin liên hệ cán bộ phụ trách: {{ can_bo_phu_trach }}, điện thoại "
        "{{ dien_thoai_can_bo }}, thư điện tử {{ email_can_bo }}.",
    ):
        document.add_paragraph(text)
    document.add_paragraph("Đường dẫn đăng ký riêng của Quý doanh nghiệp: {{ duong_dan_ca_nhan }}")
    qr = document.add_paragraph("{{ ma_qr }}")
    qr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    closing = document.add_paragraph("SỞ CÔNG THƯƠNG HÀ NỘI")
    closing.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _footer(document)
    return document


def registration_form() -> Document:
    document = _document()
    _heading(document, sender=False)
    _title(document, "PHIẾU ĐĂNG KÝ", "Sản phẩm tham gia bình chọn năm {{ nam }}")
    document.add_paragraph("Kính gửi: Sở Công Thương Hà Nội")
    rows = [
        ("Tên doanh nghiệp", "{{ ten_doanh_nghiep }}"),
        ("Mã số thuế", "{{ ma_so_thue }}"),
        ("Địa chỉ trụ sở", "{{ dia_chi }}"),
        ("Người đại diện theo pháp luật", ""),
        ("Người liên hệ, điện thoại, thư điện tử", ""),
    ]
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("Sản phẩm đăng ký:")
    products = document.add_table(rows=1, cols=4)
    products.style = "Table Grid"
    for cell, text in zip(
        products.rows[0].cells,
        ("STT", "Tên sản phẩm", "Nhóm ngành", "Doanh thu năm trước (triệu đồng)"),
        strict=True,
    ):
        cell.text = text
    for number in range(1, 4):
        products.add_row().cells[0].text = str(number)
    document.add_paragraph(
        "Doanh nghiệp nộp phiếu này trước ngày {{ han_nop_ho_so }}, trực tiếp hoặc qua "
        "đường dẫn {{ duong_dan_ca_nhan }}."
    )
    signature = document.add_paragraph("ĐẠI DIỆN DOANH NGHIỆP\n(Ký, ghi rõ họ tên, đóng dấu)")
    signature.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _footer(document)
    return document


def product_report() -> Document:
    document = _document()
    _heading(document, sender=False)
    _title(document, "BÁO CÁO THÔNG TIN SẢN PHẨM", "Năm {{ nam }}")
    document.add_paragraph("Doanh nghiệp: {{ ten_doanh_nghiep }} · Mã số thuế: {{ ma_so_thue }}")
    for heading, prompt in (
        (
            "1. Giới thiệu sản phẩm",
            "Tên, công dụng, quy cách, nhãn hiệu và năm bắt đầu sản xuất.",
        ),
        (
            "2. Năng lực sản xuất",
            "Dây chuyền, công nghệ, công suất thiết kế và sản lượng ba năm gần nhất.",
        ),
        (
            "3. Chất lượng và tiêu chuẩn",
            "Tiêu chuẩn áp dụng, chứng nhận hệ thống quản lý, kết quả thử nghiệm.",
        ),
        (
            "4. Thị trường",
            "Doanh thu, thị phần trong nước, xuất khẩu và khách hàng chính.",
        ),
        (
            "5. Môi trường và lao động",
            "Việc chấp hành quy định về môi trường, an toàn lao động và chế độ cho người lao động.",
        ),
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(heading).bold = True
        document.add_paragraph(prompt)
        document.add_paragraph("…" * 60)
    _footer(document)
    return document


def commitment() -> Document:
    document = _document()
    _heading(document, sender=False)
    _title(document, "BẢN CAM KẾT")
    document.add_paragraph("Kính gửi: Sở Công Thương Hà Nội")
    document.add_paragraph(
        "{{ ten_doanh_nghiep }} (mã số thuế {{ ma_so_thue }}), địa chỉ {{ dia_chi }}, cam kết:"
    )
    for text in (
        "1. Thông tin trong hồ sơ đăng ký là trung thực và chính xác; doanh nghiệp chịu trách "
        "nhiệm trước pháp luật về nội dung đã kê khai.",
        "2. Chấp hành đầy đủ quy định về thuế, môi trường, lao động và an toàn thực phẩm (nếu "
        "có) trong quá trình sản xuất, kinh doanh.",
        "3. Nếu sản phẩm được công nhận, chỉ sử dụng danh hiệu sản phẩm công nghiệp chủ lực "
        "thành phố Hà Nội cho đúng sản phẩm, trong thời hạn công nhận.",
        "4. Phối hợp cung cấp thông tin khi Sở Công Thương Hà Nội đề nghị.",
    ):
        document.add_paragraph(text)
    signature = document.add_paragraph("ĐẠI DIỆN DOANH NGHIỆP\n(Ký, ghi rõ họ tên, đóng dấu)")
    signature.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _footer(document)
    return document


DEMO_TEMPLATES: list[tuple[str, str, Callable[[], Document]]] = [
    (FormKind.INVITATION_LETTER, "Thư mời tham gia", invitation_letter),
    (FormKind.REGISTRATION_FORM, "Phiếu đăng ký", registration_form),
    (FormKind.PRODUCT_REPORT, "Báo cáo thông tin sản phẩm", product_report),
    (FormKind.COMMITMENT, "Bản cam kết", commitment),
]


def docx_bytes(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_form_templates() -> int:
    """Create the four templates once; staff's own uploads are never overwritten."""
    created = 0
    for order, (kind, title, make) in enumerate(DEMO_TEMPLATES, start=1):
        if FormTemplate.objects.filter(kind=kind).exists():
            continue
        template = FormTemplate(kind=kind, title=title, sort_order=order)
        template.file.save(f"{kind}.docx", ContentFile(docx_bytes(make())), save=False)
        template.full_clean()
        template.save()
        created += 1
    return created
