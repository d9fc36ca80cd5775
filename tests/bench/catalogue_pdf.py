"""Printable catalogue benchmark: time and peak memory to build the PDF of 300 products.

Run by `bin/bench` after the page benchmark, or alone on a migrated database with the demo:
    DJANGO_SETTINGS_MODULE=tests.bench.settings .venv/bin/python -m tests.bench.catalogue_pdf

The demo holds fewer products than a printed edition and shares eight images among them, so
the benchmark adds a round of its own (2099) with exactly --products illustrative products,
each with its own image, specifications and firm, like a real edition. It builds that
round's catalogue twice in a child process each: "cold" makes every image rendition, as the
first print after an import would; "warm" finds them made. Wall time is measured in the
child; peak memory is the child's maximum resident set size, reported by the kernel when it
ends. The round and everything in it is removed afterwards (--keep to leave them).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_YEAR = 2099
PREFIX = "bench-pdf-"
GOAL_SECONDS = 60

#: What bench products are made of, per sector slug: kinds of product and a scene to draw.
KINDS = {
    "co-khi": ("Máy phay CNC", "Hộp giảm tốc", "Bơm ly tâm", "Kết cấu thép"),
    "dien-dien-tu": ("Tủ điện hạ thế", "Đèn LED nhà xưởng", "Cáp điện lực", "Biến tần"),
    "cntt": ("Phần mềm quản lý kho", "Nền tảng hóa đơn điện tử", "Hệ thống camera AI"),
    "det-may": ("Áo sơ mi công sở", "Vải kỹ thuật", "Giày bảo hộ", "Đồng phục học sinh"),
    "che-bien": ("Sữa chua men sống", "Bánh quy yến mạch", "Nước khoáng", "Gạo hữu cơ"),
    "hoa-chat": ("Sơn nước ngoại thất", "Ống nhựa HDPE", "Thuốc nhỏ mắt", "Keo dán gạch"),
    "vat-lieu": ("Gạch ốp lát", "Kính cường lực", "Tấm thạch cao", "Bê tông nhẹ"),
    "thu-cong": ("Gốm men rạn", "Mây tre đan", "Sơn mài", "Khảm trai"),
}
SCENES = ("factory", "products", "press", "training", "meeting", "exhibition", "ceremony")
BRANDS = (
    "An Khánh", "Bảo Minh", "Cát Linh", "Đông Anh", "Gia Lâm", "Hoàng Mai", "Kim Liên",
    "Long Biên", "Mỹ Đình", "Ngọc Hà", "Phú Thượng", "Quảng An", "Sóc Sơn", "Tây Hồ",
    "Thanh Trì", "Văn Miếu", "Xuân Đỉnh", "Yên Phụ", "Đại Mỗ", "Linh Đàm",
)  # fmt: skip
PRODUCTS_PER_FIRM = (3, 2, 4, 1, 2, 3)


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")
    import django

    django.setup()


def remove_bench_data() -> None:
    from wagtail.images import get_image_model

    from cms.catalogue.models import Enterprise, Product, Recognition, Round

    Recognition.objects.filter(round__year=BENCH_YEAR).delete()
    Product.objects.filter(slug__startswith=PREFIX).delete()
    Enterprise.objects.filter(slug__startswith=PREFIX).delete()
    Round.objects.filter(year=BENCH_YEAR).delete()
    for image in get_image_model().objects.filter(title__startswith=PREFIX):
        image.delete()  # its file and renditions too


def make_bench_data(count: int) -> tuple[int, int]:
    """The bench round with exactly `count` products; returns (products, firms)."""
    from django.core.files.images import ImageFile
    from django.db import transaction
    from wagtail.images import get_image_model

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
    from portal.demo.illustrations import draw

    remove_bench_data()
    Image = get_image_model()
    sectors = list(Sector.objects.order_by("sort_order"))
    wards = list(Ward.objects.select_related("former_district").order_by("sort_order"))
    made = firms = 0
    with transaction.atomic():
        bench_round = Round.objects.create(year=BENCH_YEAR, decision_number="9999/QĐ-UBND")
        while made < count:
            sector = sectors[firms % len(sectors)]
            ward = wards[(firms * 7) % len(wards)]
            brand = f"{BRANDS[firms % len(BRANDS)]} {firms + 1}"
            firm = Enterprise.objects.create(
                slug=f"{PREFIX}{firms + 1}",
                name=f"Công ty Cổ phần Sản xuất {sector.short_name or sector.name} {brand}",
                name_en=f"{brand} Manufacturing JSC",
                address=f"Số {firms + 12} đường Công Nghiệp, {ward}, Hà Nội",
                ward=ward,
                phone=f"024 3{firms:03d} {firms * 37 % 10000:04d}",
                email=f"lienhe@bench-{firms + 1}.example",
                website=f"https://bench-{firms + 1}.example",
                description=(
                    f"Doanh nghiệp sản xuất tại {ward}, Hà Nội, với nhà xưởng rộng "
                    f"{2 + firms % 9} ha và {120 + firms * 3} lao động; sản phẩm bán trong nước "
                    "và xuất khẩu sang Nhật Bản, Hàn Quốc và châu Âu. Dữ liệu minh họa cho "
                    "phép đo hiệu năng."
                ),
                illustrative=True,
            )
            firms += 1
            for _ in range(PRODUCTS_PER_FIRM[firms % len(PRODUCTS_PER_FIRM)]):
                if made >= count:
                    break
                kinds = KINDS.get(sector.slug, KINDS["co-khi"])
                name = f"{kinds[made % len(kinds)]} {brand} M{made + 1}"
                image = Image(
                    title=f"{PREFIX}{made + 1}",
                    file=ImageFile(
                        io.BytesIO(draw(SCENES[made % len(SCENES)], 1200, 800, seed=made)),
                        name=f"{PREFIX}{made + 1}.png",
                    ),
                )
                image.save()
                product = Product(
                    slug=f"{PREFIX}{made + 1}",
                    name=name,
                    name_en=f"{brand} product M{made + 1}",
                    enterprise=firm,
                    sector=sector,
                    description=(
                        f"{name} được thiết kế và sản xuất tại Hà Nội theo tiêu chuẩn ISO "
                        "9001:2015, kiểm tra từng lô trước khi xuất xưởng; sản phẩm thay thế "
                        "hàng nhập khẩu, được bảo hành 24 tháng và có mạng lưới dịch vụ kỹ "
                        "thuật tại các tỉnh phía Bắc."
                    ),
                    illustrative=True,
                )
                product.specifications = [
                    ProductSpecification(label="Công suất", value=f"{5 + made % 40} kW"),
                    ProductSpecification(label="Khối lượng", value=f"{20 + made % 300} kg"),
                    ProductSpecification(label="Tiêu chuẩn", value="TCVN 7447, IEC 60364"),
                    ProductSpecification(label="Bảo hành", value="24 tháng"),
                ]
                product.gallery = [ProductImage(image=image, caption="Ảnh minh họa")]
                product.save()
                Recognition.objects.create(product=product, round=bench_round, top10=made % 30 == 0)
                made += 1
    return made, firms


def child(output: str, language: str) -> int:
    """One build, as the worker runs it; prints its figures as JSON."""
    setup_django()
    from cms.catalogue.printing import build_catalogue_pdf

    started = time.monotonic()
    summary = build_catalogue_pdf([BENCH_YEAR], output, language)
    seconds = time.monotonic() - started
    print(
        json.dumps(
            {
                "pages": summary.pages,
                "products": summary.products,
                "firms": summary.enterprises,
                "seconds": seconds,
            }
        )
    )
    return 0


def measure(output: str, language: str) -> dict:
    """Run one build in a child process; its peak memory comes from wait4's resource usage
    (the same figure as getrusage(RUSAGE_CHILDREN), but for this child alone)."""
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.catalogue_pdf", "--child", output, "--lang", language],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    out = process.stdout.read()
    process.stdout.close()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"the catalogue build failed (exit {process.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    result["wall"] = time.monotonic() - started
    result["rss_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    result["file_mb"] = os.path.getsize(output) / 1024 / 1024
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=300)
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--keep", action="store_true", help="leave the bench round in place")
    parser.add_argument("--child", metavar="OUTPUT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.lang)

    setup_django()
    started = time.monotonic()
    products, firms = make_bench_data(args.products)
    print(
        f"\nPrintable catalogue benchmark: round {BENCH_YEAR}, {products} products of {firms} "
        f"firms, each with its own image ({time.monotonic() - started:.0f} s to create), "
        f"database {os.environ.get('DATABASE_URL', 'sqlite')}\n"
    )
    header = (
        f"{'run':<6} {'products':>8} {'firms':>6} {'pages':>6} {'build s':>8} "
        f"{'process s':>9} {'peak RSS MB':>11} {'file MB':>8}"
    )
    print(header)
    print("-" * len(header))
    results = {}
    try:
        with tempfile.TemporaryDirectory(prefix="catalogue-bench-") as folder:
            for run in ("cold", "warm"):
                output = os.path.join(folder, f"{run}.pdf")
                result = results[run] = measure(output, args.lang)
                print(
                    f"{run:<6} {result['products']:>8} {result['firms']:>6} "
                    f"{result['pages']:>6} {result['seconds']:>8.1f} {result['wall']:>9.1f} "
                    f"{result['rss_mb']:>11.0f} {result['file_mb']:>8.1f}"
                )
    finally:
        if not args.keep:
            remove_bench_data()
    worst = max(result["seconds"] for result in results.values())
    verdict = "met" if worst < GOAL_SECONDS else "MISSED"
    print(f"\nGoal: {products} products in under {GOAL_SECONDS} s: {verdict} ({worst:.1f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
