"""Content blocks: headings, images, quotes, figures, tables, documents, calls to action."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading; it also appears in the page outline.")
        preview_value = {"text": "Tiêu chí xét chọn", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=255,
        help_text=_(
            "What the image shows, for people who cannot see it. Empty: the image description."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)
    decorative = blocks.BooleanBlock(
        label=_("Decorative only"), required=False, help_text=_("Screen readers skip it.")
    )

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        label = _("Quote")
        description = _("A quotation with the person or document it comes from.")
        preview_value = {
            "quote": "Sản phẩm công nghiệp chủ lực là động lực tăng trưởng của công nghiệp Thủ đô.",
            "attribution": "Sở Công Thương Hà Nội",
        }


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=40)
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)


class FigureListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(FigureBlock(), label=_("Figures"))

    class Meta:
        icon = "list-ul"
        template = "components/blocks/figures.html"
        label = _("Key figures")
        description = _("A row of large numbers with what they count.")
        preview_value = {
            "title": "Chương trình qua các năm",
            "figures": [
                {"value": "300", "label": "sản phẩm được công nhận 2018–2025"},
                {"value": "8", "label": "nhóm ngành"},
            ],
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or address"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"
        label = _("Call to action")
        description = _("A highlighted box that sends the reader to one page.")
        preview_value = {
            "title": "Đăng ký tham gia xét chọn",
            "text": "Tải bộ hồ sơ mẫu và gửi về Sở Công Thương trước hạn.",
            "url": "https://congnghiepchuluc-hanoi.gov.vn/",
            "button_label": "Xem hướng dẫn",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document_link.html"
        label = _("Document")
        description = _("A download link that shows the file type and size.")


class TableBlock(WagtailTableBlock):
    class Meta:
        template = "components/blocks/table.html"
        label = _("Table")
        description = _("A simple table; the first row can be the header row.")
        preview_value = {
            "first_row_is_table_header": True,
            "data": [
                ["Năm", "Sản phẩm", "Doanh nghiệp"],
                ["2021", "46", "30"],
                ["2022", "33", "25"],
            ],
        }
