"""Reference data every installation starts with: the 8 sector groups of the 2022 round.

A data migration loads them (and the administrative units); staff may rename or add sectors
later, the slugs stay as the links to them.
"""

from __future__ import annotations

from django.db import models

#: (slug, name, English name, short name, English short name), in the programme's order.
SECTORS: list[tuple[str, str, str, str, str]] = [
    (
        "co-khi",
        "Công nghiệp cơ khí, chế tạo",
        "Mechanical engineering and manufacturing",
        "Cơ khí, chế tạo",
        "Mechanical engineering",
    ),
    (
        "dien-dien-tu",
        "Công nghiệp điện, điện tử",
        "Electrical and electronics industry",
        "Điện, điện tử",
        "Electrical, electronics",
    ),
    (
        "cntt",
        "Công nghệ thông tin",
        "Information technology",
        "Công nghệ thông tin",
        "Information technology",
    ),
    (
        "det-may",
        "Công nghiệp dệt may, da giày",
        "Textiles, garments, leather and footwear",
        "Dệt may, da giày",
        "Textiles and footwear",
    ),
    (
        "che-bien",
        "Công nghiệp chế biến nông sản, thực phẩm",
        "Agricultural and food processing",
        "Chế biến nông sản, thực phẩm",
        "Food processing",
    ),
    (
        "hoa-chat",
        "Công nghiệp hóa chất, cao su, nhựa, dược phẩm",
        "Chemicals, rubber, plastics and pharmaceuticals",
        "Hóa chất, cao su, nhựa, dược",
        "Chemicals and plastics",
    ),
    (
        "vat-lieu",
        "Công nghiệp vật liệu xây dựng",
        "Building materials",
        "Vật liệu xây dựng",
        "Building materials",
    ),
    (
        "thu-cong",
        "Thủ công mỹ nghệ",
        "Handicrafts",
        "Thủ công mỹ nghệ",
        "Handicrafts",
    ),
]


def load_sectors(sector_model: type[models.Model]) -> None:
    """Create the sectors that are missing; never overwrite what staff have edited."""
    for order, (slug, name, name_en, short_name, short_name_en) in enumerate(SECTORS):
        sector_model.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_en": name_en,
                "short_name": short_name,
                "short_name_en": short_name_en,
                "sort_order": order,
            },
        )
