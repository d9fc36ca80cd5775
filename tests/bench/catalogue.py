"""Catalogue benchmark: the index with three facets, a product page and the API, next to a
bare Django view in the same run, and the index's query count at page sizes 12 and 48.

Run with `bin/bench` (after `manage.py generate_catalogue` has topped the catalogue up to
2,000 products of 1,000 firms).
"""

from __future__ import annotations

import shutil
import sys
from urllib.parse import urlencode

from tests.bench.pages import arguments, measure, print_table, query_counts

FACETS = [
    ("sector", "co-khi"),
    ("sector", "dien-dien-tu"),
    ("round", "2021"),
    ("round", "2024"),
    ("valid", "1"),
]


def pick_paths() -> tuple[dict[str, str], dict[str, int]]:
    import django

    django.setup()
    from cms.catalogue.models import CatalogueIndexPage, Enterprise, Product

    catalogue = CatalogueIndexPage.objects.get(locale__language_code="vi")
    product = Product.objects.filter(gallery__isnull=False, recognitions__isnull=False).first()
    sizes = {
        "products": Product.objects.count(),
        "firms": Enterprise.objects.count(),
    }
    return {
        "bare view": "/bench/bare/",
        "catalogue, 3 facets": f"{catalogue.url}?{urlencode(FACETS)}",
        "product page": catalogue.sub_url("product", product.slug),
        "API, 3 facets": f"/api/catalogue/v1/products/?{urlencode(FACETS)}",
    }, sizes


def main() -> int:
    args = arguments(__doc__)
    if not shutil.which("wrk"):
        print("wrk is needed: bin/bench installs it with apt-get when run as root", file=sys.stderr)
        return 2
    paths, sizes = pick_paths()
    rows = measure(paths, args)
    counts = query_counts({name: path for name, path, *_ in rows if name != "bare view"})
    index = paths["catalogue, 3 facets"]
    per_page = query_counts({size: f"{index}&per_page={size}" for size in ("12", "48")})
    print_table(
        f"Catalogue benchmark ({sizes['products']:,} products of {sizes['firms']:,} firms)",
        rows,
        counts,
        args,
    )
    print(
        f"\nCatalogue index with three facets (sector, round, currently valid): "
        f"{per_page['12']} queries at 12 per page, {per_page['48']} at 48 per page"
    )
    return 0 if per_page["12"] == per_page["48"] else 1


if __name__ == "__main__":
    sys.exit(main())
