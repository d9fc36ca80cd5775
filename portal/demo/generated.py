"""A large synthetic catalogue for benchmarks: thousands of illustrative firms and products.

Rows are written with bulk inserts (no per-row signals) and the search index is rebuilt once
at the end, so two thousand products load in seconds. Everything is marked illustrative and
named "Bench …", and `remove()` takes it away again.
"""

from __future__ import annotations

import random
from datetime import date

from django.db import transaction

from cms.catalogue.models import (
    Enterprise,
    Product,
    ProductImage,
    ProductSpecification,
    Recognition,
    Round,
    Sector,
    Ward,
)
from cms.catalogue.taxcode import with_check_digit
from portal.text import fold

PREFIX = "bench"
KINDS = [
    ("Máy", "machine"),
    ("Thiết bị", "equipment"),
    ("Linh kiện", "component"),
    ("Vật liệu", "material"),
    ("Phần mềm", "software"),
    ("Sản phẩm", "product"),
]
QUALITIES = ["chính xác", "tiết kiệm điện", "cao cấp", "thông minh", "bền bỉ", "an toàn"]
NAMES = ["An Khang", "Bình Minh", "Đông Đô", "Hồng Lĩnh", "Kim Ngân", "Phú Thịnh", "Tân Việt"]


def _tax_code(index: int) -> str:
    """A valid, made-up tax code for the index-th generated firm."""
    number = 800_000_000 + index * 7
    while True:
        code = with_check_digit(f"{number:09d}")
        if code:
            return code
        number += 1


def generate(products: int = 2000, firms: int = 1000, seed: int = 2026) -> dict[str, int]:
    """Top the catalogue up to `products` products of `firms` firms, recognised over the
    existing rounds (nothing is added when it already holds that many)."""
    rng = random.Random(seed)
    firms = max(0, firms - Enterprise.objects.count())
    products = max(0, products - Product.objects.count())
    if products == 0:
        return {"firms": 0, "products": 0, "recognitions": 0}
    firms = max(firms, 1)
    sectors = list(Sector.objects.all())
    wards = list(Ward.objects.select_related("former_district"))
    rounds = list(Round.objects.order_by("year")) or [
        Round.objects.create(year=2025, decision_date=date(2025, 11, 15))
    ]
    start = Enterprise.objects.filter(slug__startswith=f"{PREFIX}-").count()
    gallery = list(ProductImage.objects.values_list("image_id", flat=True).distinct()[:8])
    with transaction.atomic():
        new_firms = []
        for number in range(start, start + firms):
            ward = rng.choice(wards)
            name = f"Công ty Cổ phần Bench {rng.choice(NAMES)} {number + 1}"
            new_firms.append(
                Enterprise(
                    slug=f"{PREFIX}-dn-{number + 1}",
                    name=name,
                    name_en=f"Bench {number + 1} Joint Stock Company",
                    short_name=f"Bench {number + 1}",
                    tax_code=_tax_code(number),
                    address=f"Số {rng.randint(1, 300)}, {ward}, Hà Nội",
                    ward=ward,
                    former_district=ward.former_district,
                    fdi=rng.random() < 0.05,
                    illustrative=True,
                    search_text=fold(name),
                    sort_name=fold(name),
                )
            )
        Enterprise.objects.bulk_create(new_firms, batch_size=500)
        firm_rows = list(
            Enterprise.objects.filter(slug__startswith=f"{PREFIX}-dn-").order_by("-pk")[:firms]
        )
        made = Product.objects.filter(slug__startswith=f"{PREFIX}-sp-").count()
        new_products = []
        for number in range(made, made + products):
            firm = firm_rows[number % len(firm_rows)]
            kind, kind_en = rng.choice(KINDS)
            name = f"{kind} {rng.choice(QUALITIES)} Bench {number + 1}"
            new_products.append(
                Product(
                    slug=f"{PREFIX}-sp-{number + 1}",
                    name=name,
                    name_en=f"Bench {kind_en} {number + 1}",
                    enterprise=firm,
                    sector=rng.choice(sectors),
                    description=f"{name} do {firm.name} sản xuất tại Hà Nội.",
                    illustrative=True,
                    search_text=fold(f"{name} {firm.name}"),
                    sort_name=fold(name),
                )
            )
        Product.objects.bulk_create(new_products, batch_size=500)
        product_rows = list(
            Product.objects.filter(slug__in=[p.slug for p in new_products]).only("pk")
        )
        specs, images, recognitions = [], [], []
        for product in product_rows:
            specs.append(
                ProductSpecification(
                    product_id=product.pk,
                    sort_order=0,
                    label="Công suất",
                    label_en="Power",
                    value=f"{rng.randint(1, 90)} kW",
                )
            )
            if gallery:
                images.append(
                    ProductImage(product_id=product.pk, sort_order=0, image_id=rng.choice(gallery))
                )
            for round_ in rng.sample(rounds, k=min(len(rounds), rng.choice((1, 1, 2)))):
                recognitions.append(
                    Recognition(
                        product_id=product.pk,
                        round=round_,
                        top10=rng.random() < 0.03,
                        valid_until=round_.default_valid_until(),
                    )
                )
        ProductSpecification.objects.bulk_create(specs, batch_size=1000)
        ProductImage.objects.bulk_create(images, batch_size=1000)
        Recognition.objects.bulk_create(recognitions, batch_size=1000)
    from cms.core import generation
    from portal.search.indexing import rebuild

    rebuild()
    generation.bump()
    return {
        "firms": len(new_firms),
        "products": len(product_rows),
        "recognitions": len(recognitions),
    }


def remove() -> int:
    """Delete what `generate()` made; returns how many products went."""
    with transaction.atomic():
        products = Product.objects.filter(slug__startswith=f"{PREFIX}-sp-")
        count = products.count()
        products.delete()
        Enterprise.objects.filter(slug__startswith=f"{PREFIX}-dn-").delete()
    from portal.search.indexing import rebuild

    rebuild()
    return count
