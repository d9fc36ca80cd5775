"""The printable catalogue: one PDF of the products recognised in a span of rounds, for the
yearly printed edition (A4 with print margins, fonts embedded, a QR code to each product).

Laid out with reportlab's platypus. Images come from small JPEG renditions copied to a
temporary folder and read lazily, so memory does not grow with the number of products.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from portal.text import fold

from .links import absolute, catalogue_urls, record_url
from .models.pages import product_cards
from .models.records import Enterprise, Product, Recognition, Round, Sector

logger = logging.getLogger(__name__)

#: The programme's and the Department's names as they are printed: proper names, not labels.
PROGRAMME_TITLE = "Sản phẩm công nghiệp chủ lực thành phố Hà Nội"
PUBLISHER = "Sở Công Thương Hà Nội"
LANGUAGES = ("vi", "en")

FONT_DIR = Path(settings.THEME_DIR) / "static" / "fonts"
REGULAR = "BeVietnamPro"
BOLD = "BeVietnamPro-Bold"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm  # print margins: no ink outside them, header and footer included
HEADER = 8 * mm
FOOTER = 10 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

IMAGE_SPEC = "max-800x600|format-jpeg"
IMAGE_BOX = (50 * mm, 40 * mm)
QR_SYMBOL = 22 * mm  # the smallest the code itself may print, quiet zone excluded
QR_BOX = 29 * mm  # the drawing, quiet zone included
QR_QUIET_MODULES = 4
MAX_SPECIFICATIONS = 4
PRODUCT_TEXT_CHARS = 650
FIRM_TEXT_CHARS = 900

RED = colors.HexColor("#a3161b")
RED_DARK = colors.HexColor("#7a0f13")
GOLD = colors.HexColor("#f6c343")
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4f5560")
LINE = colors.HexColor("#d9dce1")
SOFT = colors.HexColor("#f5f1ea")


class PrintError(Exception):
    """A catalogue that cannot be printed, with a message a staff member can act on."""


@dataclass(frozen=True)
class PrintSummary:
    pages: int
    products: int
    enterprises: int


Progress = Callable[[int, str], None]


# ---- spans of rounds ---------------------------------------------------------------------


def span_label(years: Iterable[int]) -> str:
    """ "2019–2021" for a span, "2021" for one round (an en dash, as printed)."""
    years = sorted(years)
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def parse_span(value: str) -> tuple[int, int]:
    """The first and last year of "2021" or "2019-2021" (an en dash works too)."""
    match = re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?", value or "", re.ASCII)
    if not match:
        raise PrintError(gettext('Give a year or a span of years, such as "2021" or "2019-2021".'))
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if first > last:
        raise PrintError(
            gettext("The span starts after it ends: %(first)s-%(last)s.")
            % {"first": first, "last": last}
        )
    return first, last


def span_years(first: int, last: int) -> list[int]:
    """The years of the rounds held from `first` to `last`; both ends must be rounds."""
    if first > last:
        raise PrintError(
            gettext("The span starts after it ends: %(first)s-%(last)s.")
            % {"first": first, "last": last}
        )
    years = list(
        Round.objects.filter(year__gte=first, year__lte=last)
        .order_by("year")
        .values_list("year", flat=True)
    )
    for end in dict.fromkeys((first, last)):
        if end not in years:
            raise PrintError(gettext("There is no recognition round in %(year)s.") % {"year": end})
    return years


def products_in_span(years: Iterable[int]) -> QuerySet[Product]:
    """Products recognised in any of the rounds, without the joins a DISTINCT would need."""
    recognised = Recognition.objects.filter(round__year__in=list(years)).values("product_id")
    return Product.objects.filter(pk__in=recognised)


# ---- what the catalogue holds ---------------------------------------------------------------


@dataclass
class ProductEntry:
    product: Product
    recognitions: list[Recognition]
    url: str
    image_path: str | None = None
    image_size: tuple[int, int] | None = None


@dataclass
class FirmEntry:
    enterprise: Enterprise
    sector: Sector  # where the table of contents lists it: the sector of its first product
    products: list[ProductEntry] = field(default_factory=list)


@dataclass
class SectorEntry:
    sector: Sector
    firms: list[FirmEntry] = field(default_factory=list)


def collect(years: list[int], language: str) -> list[SectorEntry]:
    """Products of the span grouped by sector (programme order), then firm (alphabetical).

    A firm with products in several sectors is listed once, under the sector of its first
    product, and its page shows all of its products of the span.
    """
    products = (
        product_cards(products_in_span(years))
        .select_related("enterprise__ward", "enterprise__former_district")
        .prefetch_related("specifications")
        .order_by(
            "sector__sort_order",
            "sector__name",
            "enterprise__sort_name",
            "enterprise_id",
            "sort_name",
            "pk",
        )
    )
    chosen = set(years)
    sectors: dict[int, SectorEntry] = {}
    firms: dict[int, FirmEntry] = {}
    for product in products:
        firm = firms.get(product.enterprise_id)
        if firm is None:
            firm = firms[product.enterprise_id] = FirmEntry(product.enterprise, product.sector)
            sectors.setdefault(product.sector_id, SectorEntry(product.sector)).firms.append(firm)
        firm.products.append(
            ProductEntry(
                product=product,
                recognitions=sorted(
                    (r for r in product.recognitions.all() if r.round.year in chosen),
                    key=lambda recognition: recognition.round.year,
                ),
                url=absolute(record_url("product", product.slug, language)),
            )
        )
    return list(sectors.values())


def copy_renditions(
    entries: list[ProductEntry], folder: str, progress: Callable[[int, int], None]
) -> None:
    """Give each product its first gallery image as a small JPEG file in `folder`.

    A rendition, never the original: a print needs no more than 800 px at this size, and a
    file on disk lets reportlab read it when the page is drawn and reuse it when it repeats.
    """
    copied: dict[int, tuple[str, tuple[int, int]]] = {}
    for number, entry in enumerate(entries, start=1):
        image = entry.product.main_image
        if image is not None:
            try:
                if image.pk not in copied:
                    rendition = image.get_rendition(IMAGE_SPEC)
                    path = os.path.join(folder, f"image-{image.pk}.jpg")
                    with rendition.file.open("rb") as source, open(path, "wb") as target:
                        shutil.copyfileobj(source, target)
                    copied[image.pk] = (path, (rendition.width, rendition.height))
                entry.image_path, entry.image_size = copied[image.pk]
            except Exception:
                # One unreadable image should not stop 500 copies: the page prints without it.
                logger.warning(
                    "Catalogue PDF: image %s of product %s could not be read",
                    image.pk,
                    entry.product.slug,
                    exc_info=True,
                )
        progress(number, len(entries))


# ---- fonts and styles ------------------------------------------------------------------------


def register_fonts() -> None:
    """Be Vietnam Pro, the site's typeface; reportlab embeds the glyphs used as subsets."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "BeVietnamPro-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "BeVietnamPro-Bold.ttf")))
    # No italic face is shipped: <i> falls back to the upright one, never to Helvetica.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )


def make_styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK)

    def style(name: str, **kwargs) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kwargs)

    return {
        "body": style("body", spaceAfter=6),
        "h1": style(
            "h1", fontName=BOLD, fontSize=20, leading=25, textColor=RED_DARK, spaceAfter=12
        ),
        "band": style(
            "band",
            fontName=BOLD,
            fontSize=11,
            leading=14,
            textColor=colors.white,
            backColor=RED,
            borderPadding=(5, 6, 5, 6),
            spaceBefore=5,
            spaceAfter=14,
        ),
        "firm": style(
            "firm", fontName=BOLD, fontSize=15, leading=19, textColor=RED_DARK, spaceAfter=2
        ),
        "firm_en": style("firm_en", fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=2),
        "note": style("note", fontSize=7.5, leading=10, textColor=RED_DARK, spaceAfter=4),
        "label": style("label", fontName=BOLD, fontSize=8.5, leading=11.5, textColor=MUTED),
        "value": style("value", fontSize=8.5, leading=11.5),
        "h2": style(
            "h2",
            fontName=BOLD,
            fontSize=10,
            leading=13,
            textColor=RED_DARK,
            spaceBefore=6,
            spaceAfter=4,
        ),
        "product": style("product", fontName=BOLD, fontSize=11, leading=14, spaceAfter=2),
        "meta": style("meta", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=3),
        "text": style("text", fontSize=8.8, leading=12, spaceAfter=4),
        "spec": style("spec", fontSize=7.8, leading=10),
        "url": style("url", fontSize=5.6, leading=7, textColor=MUTED, alignment=TA_CENTER),
        "toc0": style(
            "toc0",
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            textColor=RED_DARK,
            spaceBefore=7,
            rightIndent=28,
        ),
        "toc1": style("toc1", fontSize=9, leading=12, leftIndent=12, rightIndent=28),
        "cover_issuer": style(
            "cover_issuer", fontName=BOLD, fontSize=11, leading=14, textColor=GOLD
        ),
        "cover_title": style(
            "cover_title", fontName=BOLD, fontSize=27, leading=33, textColor=colors.white
        ),
        "cover_sub": style("cover_sub", fontSize=12.5, leading=17, textColor=colors.white),
        "cover_span": style("cover_span", fontName=BOLD, fontSize=44, leading=50, textColor=GOLD),
        "cover_number": style(
            "cover_number",
            fontName=BOLD,
            fontSize=24,
            leading=28,
            textColor=RED,
            alignment=TA_CENTER,
        ),
        "cover_caption": style(
            "cover_caption", fontSize=9, leading=12, textColor=MUTED, alignment=TA_CENTER
        ),
        "cover_text": style("cover_text", fontSize=10, leading=14, alignment=TA_CENTER),
        "signature": style("signature", fontName=BOLD, alignment=TA_RIGHT, spaceBefore=10),
    }


def table_style(commands: list[tuple]) -> TableStyle:
    """A table style whose cells default to our font: reportlab sets each cell's font, and
    its default would put Helvetica (not embedded) into the file."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), *commands])


#: Characters of technical texts that Be Vietnam Pro has no glyph for, and what prints instead
#: (reportlab would leave a gap: "≥ 85%" would read " 85%").
SUBSTITUTES = {
    "≥": "&gt;=",
    "≤": "&lt;=",
    "≈": "~",
    "≠": "!=",
    "→": "-&gt;",
    "←": "&lt;-",
    "‰": "/1000",
    "μ": "µ",
    "Ω": "Ohm",
    "∙": "·",
    "⋅": "·",
    **{chr(0x2070 + digit): f"<super>{digit}</super>" for digit in (0, 4, 5, 6, 7, 8, 9)},
    **{chr(0x2080 + digit): f"<sub>{digit}</sub>" for digit in range(10)},
}
_warned: set[str] = set()


@functools.cache
def font_characters() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def text(value: str) -> str:
    """Record text as reportlab paragraph markup: escaped, line breaks kept, and characters
    the typeface lacks replaced by something that prints."""
    markup = escape(value or "").replace("\n", "<br/>")
    covered = font_characters()
    for char in {char for char in markup if ord(char) not in covered}:
        replacement = SUBSTITUTES.get(char)
        if replacement is None:
            if char not in _warned:
                _warned.add(char)
                logger.warning("Catalogue PDF: no glyph for %r (U+%04X)", char, ord(char))
            continue
        markup = markup.replace(char, replacement)
    return markup


# ---- flowables -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """Where a heading goes in the outline and the table of contents (level 0 sector, 1 firm)."""

    level: int
    title: str
    key: str
    in_contents: bool = True


def marked(flowable: Flowable, mark: Mark) -> Flowable:
    flowable.catalogue_mark = mark
    return flowable


class QrCode(Flowable):
    """The product's address as a QR code: at least 22 mm wide, with a four-module quiet zone.

    QrCodeWidget's encoder chooses the modules once; they are kept as ready PDF operators
    (one rectangle per run of dark modules, in module units) because the widget's drawing,
    hundreds of shapes formatted anew on each layout pass, took most of the build time.
    """

    def __init__(self, url: str):
        super().__init__()
        encoder = QrCodeWidget(url, barLevel="M").qr
        encoder.make()
        count = encoder.getModuleCount()
        modules = count + 2 * QR_QUIET_MODULES
        self.width = self.height = max(QR_BOX, QR_SYMBOL * modules / count)
        self.module = self.width / modules
        runs = []
        for row, cells in enumerate(encoder.modules):
            y = modules - QR_QUIET_MODULES - row - 1
            column = 0
            for dark, run in itertools.groupby(bool(cell) for cell in cells):
                length = len(list(run))
                if dark:
                    runs.append(f"{column + QR_QUIET_MODULES} {y} {length} 1 re")
                column += length
        self.operators = "\n".join(runs) + "\nf"
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.scale(self.module, self.module)
        canvas.addLiteral(self.operators)
        canvas.restoreState()


def fitted_image(entry: ProductEntry) -> Flowable | None:
    if not entry.image_path or not entry.image_size:
        return None
    width, height = entry.image_size
    scale = min(IMAGE_BOX[0] / width, IMAGE_BOX[1] / height)
    image = Image(entry.image_path, width * scale, height * scale)
    image.hAlign = "LEFT"
    return image


# ---- the document ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Edition:
    """What is printed on the cover and in the metadata, in the edition's language."""

    language: str
    span: str
    title: str
    products: int
    enterprises: int
    sectors: int
    rounds: int
    top10: int


class CatalogueDocument(BaseDocTemplate):
    """Cover, then body pages with a running header (the sector) and footer (title, page)."""

    def __init__(
        self,
        output: BinaryIO | str,
        edition: Edition,
        styles: dict[str, ParagraphStyle],
        on_firm: Callable[[int, int, str], None],
    ):
        self.edition = edition
        self.styles = styles
        self.on_firm = on_firm
        self.pass_number = 0
        self.firms_done = 0
        self.current_sector = ""
        super().__init__(
            output,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER,
            bottomMargin=MARGIN + FOOTER,
            title=f"{edition.title} {edition.span}",
            author=PUBLISHER,
            subject=gettext("Key industrial products recognised in %(span)s")
            % {"span": edition.span},
            creator=PUBLISHER,
            keywords=["SPCNCL", "Hà Nội", edition.span],
            lang="vi-VN" if edition.language == "vi" else "en",
            initialFontName=REGULAR,
            initialFontSize=9.5,
            displayDocTitle=1,
        )
        body = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover = Frame(
            MARGIN,
            MARGIN,
            CONTENT_WIDTH,
            PAGE_HEIGHT - 2 * MARGIN,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover], onPage=self.draw_cover),
                PageTemplate("body", [body], onPageEnd=self.draw_furniture),
            ]
        )

    def beforeDocument(self) -> None:
        self.pass_number += 1
        self.firms_done = 0
        self.current_sector = ""

    def afterFlowable(self, flowable: Flowable) -> None:
        mark = getattr(flowable, "catalogue_mark", None)
        if mark is None:
            return
        self.canv.bookmarkPage(mark.key)
        self.canv.addOutlineEntry(mark.title, mark.key, level=mark.level)
        if mark.in_contents:
            self.notify("TOCEntry", (mark.level, text(mark.title), self.page, mark.key))
        if mark.level == 0 and mark.in_contents:
            self.current_sector = mark.title
        elif mark.level == 1:
            self.firms_done += 1
            self.on_firm(self.pass_number, self.firms_done, mark.title)

    # ---- page furniture ------------------------------------------------------------------

    def draw_furniture(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.5)
        footer_rule = MARGIN + FOOTER - 4 * mm
        canvas.line(MARGIN, footer_rule, PAGE_WIDTH - MARGIN, footer_rule)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(MARGIN, MARGIN + 1 * mm, f"{self.edition.title} · {self.edition.span}")
        canvas.setFont(BOLD, 8)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN, MARGIN + 1 * mm, gettext("Page %(number)s") % {"number": doc.page}
        )
        if self.current_sector:
            top = PAGE_HEIGHT - MARGIN
            canvas.setFont(REGULAR, 7.5)
            canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 3 * mm, self.current_sector)
            canvas.setStrokeColor(RED)
            canvas.setLineWidth(1.2)
            canvas.line(MARGIN, top - 5 * mm, PAGE_WIDTH - MARGIN, top - 5 * mm)
        canvas.restoreState()

    def draw_cover(self, canvas, doc) -> None:
        edition, styles = self.edition, self.styles
        canvas.saveState()
        panel_height = 118 * mm
        panel_top = PAGE_HEIGHT - MARGIN
        canvas.setFillColor(RED)
        canvas.rect(MARGIN, panel_top - panel_height, CONTENT_WIDTH, panel_height, stroke=0, fill=1)
        canvas.setFillColor(GOLD)
        canvas.rect(
            MARGIN, panel_top - panel_height - 2.5 * mm, CONTENT_WIDTH, 2.5 * mm, stroke=0, fill=1
        )
        inner = CONTENT_WIDTH - 24 * mm
        y = panel_top - 12 * mm
        if edition.language == "vi":
            lines = [
                (PUBLISHER, "cover_issuer"),
                (edition.title, "cover_title"),
                (gettext("Catalogue of products and enterprises"), "cover_sub"),
            ]
        else:
            # Outside the f-string, where makemessages can find it.
            department = gettext("Hà Nội Department of Industry and Trade")
            lines = [
                (f"{department} · {PUBLISHER}", "cover_issuer"),
                (edition.title, "cover_title"),
                (PROGRAMME_TITLE, "cover_sub"),
                (gettext("Catalogue of products and enterprises"), "cover_sub"),
            ]
        lines.append((edition.span, "cover_span"))
        for value, style_name in lines:
            paragraph = Paragraph(text(value), styles[style_name])
            _width, height = paragraph.wrapOn(canvas, inner, panel_height)
            y -= height
            paragraph.drawOn(canvas, MARGIN + 12 * mm, y)
            y -= 5 * mm

        figures = [
            (edition.products, gettext("Products")),
            (edition.enterprises, gettext("Enterprises")),
            (edition.sectors, gettext("Sectors")),
            (edition.rounds, gettext("Recognition rounds")),
        ]
        table = Table(
            [
                [Paragraph(f"{number}", styles["cover_number"]) for number, _ in figures],
                [Paragraph(text(caption), styles["cover_caption"]) for _, caption in figures],
            ],
            colWidths=[CONTENT_WIDTH / len(figures)] * len(figures),
            style=table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEAFTER", (0, 0), (-2, -1), 0.5, LINE),
                ]
            ),
        )
        _width, height = table.wrapOn(canvas, CONTENT_WIDTH, 60 * mm)
        y = panel_top - panel_height - 18 * mm - height
        table.drawOn(canvas, MARGIN, y)

        blurb = Paragraph(
            text(
                gettext(
                    "Products recognised by the Hà Nội People's Committee as key industrial "
                    "products of the city in %(span)s, with the enterprises that "
                    "make them and a QR code to each product's page on the programme portal."
                )
                % {"span": edition.span}
            ),
            styles["cover_text"],
        )
        _width, height = blurb.wrapOn(canvas, CONTENT_WIDTH - 30 * mm, 60 * mm)
        blurb.drawOn(canvas, MARGIN + 15 * mm, y - 14 * mm - height)

        place = Paragraph(
            text(f"{PUBLISHER} · Hà Nội, {timezone.localdate().year}"), styles["cover_caption"]
        )
        _width, height = place.wrapOn(canvas, CONTENT_WIDTH, 20 * mm)
        place.drawOn(canvas, MARGIN, MARGIN + 6 * mm)
        portal = Paragraph(text(portal_host()), styles["cover_caption"])
        portal.wrapOn(canvas, CONTENT_WIDTH, 20 * mm)
        portal.drawOn(canvas, MARGIN, MARGIN)
        canvas.restoreState()


def portal_host() -> str:
    return urlsplit(settings.BASE_URL).netloc or settings.BASE_URL


# ---- the story -------------------------------------------------------------------------------


def foreword(edition: Edition, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Our own short introduction, with the counts of this edition."""
    counts = {
        "span": edition.span,
        "products": ngettext("%(count)s product", "%(count)s products", edition.products)
        % {"count": edition.products},
        "enterprises": ngettext(
            "%(count)s enterprise", "%(count)s enterprises", edition.enterprises
        )
        % {"count": edition.enterprises},
        "sectors": ngettext("%(count)s sector", "%(count)s sectors", edition.sectors)
        % {"count": edition.sectors},
        "top10": edition.top10,
        "portal": portal_host(),
    }
    paragraphs = [
        gettext(
            "Each year the Hà Nội People's Committee recognises, by decision, the key "
            "industrial products of the city: products of enterprises based in Hà Nội, "
            "chosen by a selection council for their output, revenue, exports and quality "
            "from the applications received by the Department of Industry and Trade. The "
            "products with the highest scores of a round form its TOP 10."
        ),
        gettext(
            "This catalogue gathers the %(products)s of %(enterprises)s recognised in "
            "%(span)s, in %(sectors)s. Sectors come in the programme's order and, within "
            "each, enterprises in alphabetical order; each enterprise has its own page with "
            "its address and contacts, followed by its products, the rounds in which they "
            "were recognised and their main specifications."
        ),
        gettext(
            "The QR code beside each product opens its page on %(portal)s, where its "
            "details are kept up to date in Vietnamese and English. We thank the "
            "enterprises, departments and districts that took part, and hope this "
            "catalogue helps buyers and partners find them."
        ),
    ]
    story: list[Flowable] = [
        marked(
            Paragraph(text(gettext("Foreword")), styles["h1"]),
            Mark(0, gettext("Foreword"), "foreword", in_contents=False),
        )
    ]
    if edition.top10:
        paragraphs[1] += " " + gettext("Products named in a TOP 10 in these rounds: %(top10)s.")
    story += [Paragraph(text(paragraph % counts), styles["body"]) for paragraph in paragraphs]
    story.append(Paragraph(text(PUBLISHER), styles["signature"]))
    return story


def contents(
    sectors: list[SectorEntry], language: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    table = TableOfContents(
        levelStyles=[styles["toc0"], styles["toc1"]],
        dotsMinLevel=1,
        tableStyle=table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    # The entries are known before the layout, only their pages are not: seeding them gives
    # the contents their final length in the first pass, so two passes settle the numbers.
    table.addEntries(
        entry
        for sector in sectors
        for entry in [
            (0, text(sector.sector.display_name), 0, f"sector-{sector.sector.pk}"),
            *(
                (1, text(firm_title(firm.enterprise, language)), 0, f"firm-{firm.enterprise.pk}")
                for firm in sector.firms
            ),
        ]
    )
    return [
        marked(
            Paragraph(text(gettext("Contents")), styles["h1"]),
            Mark(0, gettext("Contents"), "contents", in_contents=False),
        ),
        table,
    ]


def firm_title(enterprise: Enterprise, language: str) -> str:
    return (enterprise.name_en or enterprise.name) if language == "en" else enterprise.name


def address_line(enterprise: Enterprise) -> str:
    address = enterprise.address
    ward = str(enterprise.ward) if enterprise.ward_id else ""
    if ward and fold(enterprise.ward.name) not in fold(address):
        address = f"{address}, {ward}" if address else ward
    return address


def firm_page(
    firm: FirmEntry,
    sector_heading: SectorEntry | None,
    language: str,
    styles: dict[str, ParagraphStyle],
) -> list[Flowable]:
    enterprise = firm.enterprise
    story: list[Flowable] = [PageBreak()]
    if sector_heading is not None:
        sector = sector_heading.sector
        story.append(
            marked(
                Paragraph(text(sector.display_name), styles["band"]),
                Mark(0, sector.display_name, f"sector-{sector.pk}"),
            )
        )
    story.append(
        marked(
            Paragraph(text(enterprise.name), styles["firm"]),
            Mark(1, firm_title(enterprise, language), f"firm-{enterprise.pk}"),
        )
    )
    if language == "en" and enterprise.name_en and enterprise.name_en != enterprise.name:
        story.append(Paragraph(text(enterprise.name_en), styles["firm_en"]))
    if enterprise.illustrative:
        story.append(Paragraph(text(gettext("Demo data")), styles["note"]))

    rows = [
        (gettext("Address"), address_line(enterprise)),
        (
            gettext("Former district"),
            enterprise.former_district.full_name if enterprise.former_district_id else "",
        ),
        (gettext("Phone"), enterprise.phone),
        (gettext("E-mail"), enterprise.email),
        (gettext("Website"), enterprise.website),
        (gettext("Tax code"), enterprise.tax_code or ""),
    ]
    rows = [
        [Paragraph(text(label), styles["label"]), Paragraph(text(value), styles["value"])]
        for label, value in rows
        if value
    ]
    if rows:
        story.append(Spacer(1, 4))
        story.append(
            Table(
                rows,
                colWidths=[34 * mm, CONTENT_WIDTH - 34 * mm],
                hAlign="LEFT",
                style=table_style(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 1),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ]
                ),
            )
        )
    description = Truncator(enterprise.display_description).chars(FIRM_TEXT_CHARS)
    if description:
        story.append(Spacer(1, 6))
        story.append(Paragraph(text(description), styles["body"]))
    story.append(Paragraph(text(gettext("Recognised products")), styles["h2"]))
    for entry in firm.products:
        story.append(KeepTogether(product_block(entry, enterprise, styles)))
    return story


def product_block(
    entry: ProductEntry, enterprise: Enterprise, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    product = entry.product
    rounds = ", ".join(
        f"{r.round.year} (TOP 10)" if r.top10 else str(r.round.year) for r in entry.recognitions
    )
    details: list[Flowable] = [Paragraph(text(product.display_name), styles["product"])]
    if product.illustrative and not enterprise.illustrative:
        details.append(Paragraph(text(gettext("Demo data")), styles["note"]))
    sector_label, rounds_label = text(gettext("Sector")), text(gettext("Recognised in"))
    details.append(
        Paragraph(
            f"{sector_label}: {text(product.sector.display_name)}<br/>"
            f"{rounds_label}: <b>{text(rounds)}</b>",
            styles["meta"],
        )
    )
    description = Truncator(product.display_description).chars(PRODUCT_TEXT_CHARS)
    if description:
        details.append(Paragraph(text(description), styles["text"]))
    specifications = list(product.specifications.all())[:MAX_SPECIFICATIONS]
    if specifications:
        details.append(
            Table(
                [
                    [
                        Paragraph(text(spec.display_label), styles["spec"]),
                        Paragraph(text(spec.display_value), styles["spec"]),
                    ]
                    for spec in specifications
                ],
                colWidths=["42%", "58%"],
                style=table_style(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (0, -1), SOFT),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
                        ("LEFTPADDING", (0, 0), (-1, -1), 3),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ]
                ),
            )
        )
    code = [QrCode(entry.url), Spacer(1, 2), Paragraph(text(entry.url), styles["url"])]
    image = fitted_image(entry)
    image_width = IMAGE_BOX[0] + 4 * mm
    code_width = QR_BOX + 3 * mm
    block = Table(
        [[image or "", details, code]],
        colWidths=[image_width, CONTENT_WIDTH - image_width - code_width, code_width],
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, LINE),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (-1, 0), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        ),
    )
    return [block]


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Write images and pages as binary streams, not ASCII85 text: ASCII85 made the file a
    quarter larger and, in reportlab's pure-Python encoder, took a third of the build time.
    The setting is reportlab's global, so it is restored afterwards."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


class _Steps:
    """Reports whole percents, never going back, to whoever follows the build."""

    def __init__(self, progress: Progress | None):
        self.progress = progress
        self.percent = -1

    def __call__(self, percent: float, message: str) -> None:
        percent = max(self.percent, min(100, int(percent)))
        if self.progress is not None and percent != self.percent:
            self.progress(percent, message)
        self.percent = percent


# Shares of the progress bar: data and images, the first and the second layout pass.
PREPARE_END, FIRST_PASS_END, SECOND_PASS_END = 10, 55, 95
PASS_SHARES = {1: (PREPARE_END, FIRST_PASS_END), 2: (FIRST_PASS_END, SECOND_PASS_END)}


def build_catalogue_pdf(
    years: list[int],
    output: BinaryIO | str | os.PathLike,
    language: str = "vi",
    progress: Progress | None = None,
) -> PrintSummary:
    """Lay out the printable catalogue of the rounds `years` into `output` (a path or a
    binary file) in the edition's language; `progress(percent, message)` follows the work.

    Raises PrintError when there is nothing to print or no catalogue page to link to.
    """
    if language not in LANGUAGES:
        raise PrintError(gettext("Unknown language: %(language)s.") % {"language": language})
    years = sorted(set(years))
    steps = _Steps(progress)
    register_fonts()
    with translation.override(language):
        span = span_label(years)
        if not years or not products_in_span(years).exists():
            raise PrintError(
                gettext("No product was recognised in %(span)s: nothing to print.")
                % {"span": span or "—"}
            )
        if not catalogue_urls().get(language):
            raise PrintError(
                gettext(
                    "The catalogue page is not published in this language, so the QR codes "
                    "would lead nowhere. Publish it first."
                )
            )
        steps(0, gettext("Reading the catalogue"))
        sectors = collect(years, language)
        firms = [firm for sector in sectors for firm in sector.firms]
        entries = [entry for firm in firms for entry in firm.products]
        title = PROGRAMME_TITLE if language == "vi" else gettext("Hà Nội key industrial products")
        edition = Edition(
            language=language,
            span=span,
            title=title,
            products=len(entries),
            enterprises=len(firms),
            sectors=len({entry.product.sector_id for entry in entries}),
            rounds=len({r.round.year for entry in entries for r in entry.recognitions}),
            top10=sum(1 for entry in entries if any(r.top10 for r in entry.recognitions)),
        )
        styles = make_styles()

        def on_image(done: int, total: int) -> None:
            steps(2 + (PREPARE_END - 2) * done / total, gettext("Preparing images"))

        def on_firm(pass_number: int, done: int, name: str) -> None:
            # A third pass (rare: a heading moved by the numbers) keeps the bar where it is.
            start, end = PASS_SHARES.get(pass_number, (SECOND_PASS_END, SECOND_PASS_END))
            message = (
                gettext("Laying out %(done)s of %(total)s enterprises: %(name)s")
                if pass_number == 1
                else gettext("Numbering the pages, %(done)s of %(total)s enterprises: %(name)s")
            )
            steps(
                start + (end - start) * done / len(firms),
                message % {"done": done, "total": len(firms), "name": name},
            )

        with tempfile.TemporaryDirectory(prefix="catalogue-pdf-") as folder:
            copy_renditions(entries, folder, on_image)
            story: list[Flowable] = [
                marked(Spacer(1, 1), Mark(0, edition.title, "cover", in_contents=False)),
                NextPageTemplate("body"),
                PageBreak(),
                *foreword(edition, styles),
                PageBreak(),
                *contents(sectors, language, styles),
            ]
            for sector in sectors:
                for index, firm in enumerate(sector.firms):
                    story += firm_page(firm, sector if index == 0 else None, language, styles)
            if isinstance(output, os.PathLike):
                output = os.fspath(output)
            document = CatalogueDocument(output, edition, styles, on_firm)
            with binary_streams():
                document.multiBuild(story)
        summary = PrintSummary(pages=document.page, products=len(entries), enterprises=len(firms))
        steps(
            100,
            gettext("Done: %(pages)s pages, %(products)s products, %(firms)s enterprises.")
            % {"pages": summary.pages, "products": summary.products, "firms": summary.enterprises},
        )
    return summary
