"""StreamField blocks shared by every page type; each has a template, preview and description."""

from .content import (
    CallToActionBlock,
    DocumentLinkBlock,
    FigureListBlock,
    HeadingBlock,
    ImageBlock,
    QuoteBlock,
    TableBlock,
)
from .streams import BodyStreamBlock

__all__ = [
    "BodyStreamBlock",
    "CallToActionBlock",
    "DocumentLinkBlock",
    "FigureListBlock",
    "HeadingBlock",
    "ImageBlock",
    "QuoteBlock",
    "TableBlock",
]
