"""Illustrations drawn locally for the demo content (no stock photos, nothing downloaded)."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw

PALETTES = {
    "ceremony": ("#7a0f13", "#a3161b", "#f6c343"),
    "exhibition": ("#0b4f8a", "#1f6fb2", "#f6c343"),
    "factory": ("#2d3a45", "#52606d", "#f0a202"),
    "press": ("#3b2f63", "#5b4a99", "#e8e2ff"),
    "training": ("#1d6b35", "#2f9e55", "#fff3b0"),
    "meeting": ("#6b3e1d", "#a05a2c", "#ffe0b2"),
    "products": ("#0f5257", "#1b8a8f", "#ffd166"),
}


def draw(keyword: str, width: int = 1600, height: int = 1000, seed: int = 0) -> bytes:
    """A flat, abstract scene for the keyword: a banded sky, shapes standing for the subject."""
    dark, mid, accent = PALETTES.get(keyword, PALETTES["products"])
    rng = random.Random(f"{keyword}-{seed}")
    image = Image.new("RGB", (width, height), dark)
    canvas = ImageDraw.Draw(image)
    for band in range(12):
        y = int(height * band / 12)
        shade = _mix(dark, mid, band / 11)
        canvas.rectangle([0, y, width, y + height // 12 + 1], fill=shade)
    ground = int(height * 0.72)
    canvas.rectangle([0, ground, width, height], fill=_mix(dark, "#000000", 0.35))
    if keyword == "factory":
        for i in range(5):
            x = 120 + i * 290
            h = rng.randint(180, 320)
            canvas.rectangle([x, ground - h, x + 220, ground], fill=_mix(mid, "#ffffff", 0.15))
            canvas.rectangle([x + 160, ground - h - 160, x + 195, ground - h], fill=mid)
            for row in range(3):
                canvas.rectangle(
                    [x + 25, ground - h + 30 + row * 60, x + 135, ground - h + 60 + row * 60],
                    fill=accent,
                )
    elif keyword in ("ceremony", "press", "meeting", "training"):
        canvas.rectangle(
            [width * 0.12, ground - 380, width * 0.88, ground - 120], fill=_mix(mid, "#ffffff", 0.2)
        )
        canvas.rectangle([width * 0.2, ground - 340, width * 0.8, ground - 200], fill=accent)
        seats = 9 if keyword != "press" else 6
        for i in range(seats):
            x = width * 0.1 + i * (width * 0.8 / seats)
            canvas.ellipse(
                [x + 20, ground + 40, x + 90, ground + 110], fill=_mix(accent, dark, 0.4)
            )
            canvas.rectangle(
                [x + 10, ground + 110, x + 100, ground + 200], fill=_mix(accent, dark, 0.55)
            )
        if keyword == "ceremony":
            for _ in range(40):
                x, y = rng.randint(0, width), rng.randint(0, ground - 420)
                canvas.ellipse([x, y, x + 12, y + 12], fill=accent)
    else:  # exhibition, products
        for i in range(6):
            x = 80 + i * 250
            canvas.rectangle([x, ground - 260, x + 200, ground], outline=accent, width=8)
            canvas.rectangle(
                [x + 30, ground - 200, x + 170, ground - 60],
                fill=_mix(accent, mid, 0.3 + 0.1 * (i % 3)),
            )
            canvas.polygon(
                [(x - 10, ground - 260), (x + 100, ground - 340), (x + 210, ground - 260)],
                fill=accent,
            )
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _mix(a: str, b: str, t: float) -> tuple[int, int, int]:
    ca = tuple(int(a[i : i + 2], 16) for i in (1, 3, 5))
    cb = tuple(int(b[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(round(x + (y - x) * t) for x, y in zip(ca, cb, strict=True))
