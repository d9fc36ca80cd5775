"""QR codes as PNG images (for Word documents) and SVG (for pages), from reportlab's
encoder and Pillow, both already needed elsewhere, so no extra library."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw
from reportlab.graphics.barcode.qr import QrCodeWidget

QUIET_MODULES = 4


def qr_modules(data: str, level: str = "M") -> list[list[bool]]:
    """The dark (True) and light modules of the symbol, row by row, without quiet zone."""
    encoder = QrCodeWidget(data, barLevel=level).qr
    encoder.make()
    return [[bool(cell) for cell in row] for row in encoder.modules]


def qr_png(data: str, module_pixels: int = 10) -> bytes:
    """A black-on-white PNG with the four-module quiet zone scanners need."""
    modules = qr_modules(data)
    size = (len(modules) + 2 * QUIET_MODULES) * module_pixels
    image = Image.new("1", (size, size), 1)
    draw = ImageDraw.Draw(image)
    for row, cells in enumerate(modules):
        for column, dark in enumerate(cells):
            if dark:
                x = (column + QUIET_MODULES) * module_pixels
                y = (row + QUIET_MODULES) * module_pixels
                draw.rectangle([x, y, x + module_pixels - 1, y + module_pixels - 1], fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def qr_svg(data: str, title: str = "") -> str:
    """An inline SVG that scales with its container; `title` is its accessible name."""
    from django.utils.html import escape

    modules = qr_modules(data)
    size = len(modules) + 2 * QUIET_MODULES
    path = []
    for row, cells in enumerate(modules):
        for column, dark in enumerate(cells):
            if dark:
                path.append(f"M{column + QUIET_MODULES} {row + QUIET_MODULES}h1v1h-1z")
    label = f"<title>{escape(title)}</title>" if title else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" '
        f'shape-rendering="crispEdges">{label}<rect width="{size}" height="{size}" '
        f'fill="#fff"/><path d="{"".join(path)}" fill="#000"/></svg>'
    )
