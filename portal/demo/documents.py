"""PDF files for the demo legal documents: a clearly labelled summary, with Vietnamese text."""

from __future__ import annotations

import io
from functools import cache
from xml.sax.saxutils import escape

from django.conf import settings
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

DEMO_LABEL = "Bản tóm tắt phục vụ trình diễn (không phải văn bản gốc)"


@cache
def _register_fonts() -> None:
    fonts = settings.THEME_DIR / "static" / "fonts"
    pdfmetrics.registerFont(TTFont("BeVietnamPro", str(fonts / "BeVietnamPro-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("BeVietnamPro-Bold", str(fonts / "BeVietnamPro-Bold.ttf")))


def summary_pdf(number: str, title: str, issuer: str, issued: str, paragraphs: list[str]) -> bytes:
    _register_fonts()
    body = ParagraphStyle("body", fontName="BeVietnamPro", fontSize=11, leading=16, spaceAfter=8)
    head = ParagraphStyle(
        "head", parent=body, fontName="BeVietnamPro-Bold", fontSize=14, leading=19
    )
    note = ParagraphStyle("note", parent=body, fontSize=9, textColor="#7a0f13")
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"{number} {title}",
        author=issuer,
    )
    story = [
        Paragraph(escape(issuer.upper()), body),
        Paragraph(escape(f"Số: {number} — ngày {issued}"), body),
        Spacer(1, 6 * mm),
        Paragraph(escape(title), head),
        Paragraph(escape(DEMO_LABEL), note),
        Spacer(1, 4 * mm),
        *[Paragraph(escape(text), body) for text in paragraphs],
    ]
    document.build(story)
    return out.getvalue()
