"""The body stream used by standard pages, articles and events."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .content import (
    CallToActionBlock,
    DocumentLinkBlock,
    FigureListBlock,
    HeadingBlock,
    ImageBlock,
    QuoteBlock,
    TableBlock,
)


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        template="components/blocks/paragraph.html",
        description=_("Running text with links, lists and bold."),
        preview_value="<p>Doanh nghiệp có trụ sở tại Hà Nội được đăng ký xét chọn.</p>",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    figures = FigureListBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    table = TableBlock()

    class Meta:
        template = "components/blocks/stream.html"
