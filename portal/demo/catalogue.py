"""Loads the demo catalogue (`catalogue_data.py`) into the catalogue's records.

Every round 2018–2025 with its published counts; real firms and product names only where
the programme's public record names them, the rest illustrative and marked so on the page.
"""

from __future__ import annotations

import datetime
import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from cms.catalogue.models import (
    Enterprise,
    FormerDistrict,
    Product,
    ProductImage,
    ProductSpecification,
    Recognition,
    Round,
    Sector,
    Ward,
)
from cms.catalogue.taxcode import check_digit, with_check_digit

from . import catalogue_data as data
from .illustrations import draw

DEMO_TAG = "demo"
#: Which drawing stands for each sector's products.
SECTOR_SCENES = {
    "co-khi": "factory",
    "dien-dien-tu": "products",
    "cntt": "press",
    "det-may": "training",
    "che-bien": "meeting",
    "hoa-chat": "exhibition",
    "vat-lieu": "factory",
    "thu-cong": "ceremony",
}
FEATURED_PER_SECTOR = 1


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _tax_code(code: str) -> str | None:
    """The demo's invented codes, completed with a valid check digit when they lack one."""
    digits = (code or "").replace(" ", "")
    if not digits:
        return None
    main, _dash, branch = digits.partition("-")
    if len(main) == 10 and check_digit(main[:9]) == int(main[9]):
        return digits
    fixed = with_check_digit(main[:9])
    if not fixed:
        return None
    return f"{fixed}-{branch}" if branch else fixed


class CatalogueDemo:
    def __init__(self, log=None):
        self.log = log or (lambda message: None)
        self.images: dict[str, object] = {}

    def sector_image(self, sector: str) -> object:
        Image = get_image_model()
        title = f"Minh hoạ sản phẩm: {sector}"
        if sector not in self.images:
            image = Image.objects.filter(title=title, tags__name=DEMO_TAG).first()
            if image is None:
                scene = SECTOR_SCENES.get(sector, "products")
                seed = list(SECTOR_SCENES).index(sector) if sector in SECTOR_SCENES else 0
                image = Image(
                    title=title,
                    description=title,
                    credit="Minh hoạ SPCNCL",
                    file=ImageFile(
                        io.BytesIO(draw(scene, 1200, 800, seed=seed)),
                        name=f"demo-san-pham-{sector}.png",
                    ),
                )
                image.save()
                image.tags.add(DEMO_TAG)
            self.images[sector] = image
        return self.images[sector]

    def build(self) -> int:
        """Load rounds, firms, products and recognitions; returns how many products it made."""
        rounds = self.build_rounds()
        sectors = {sector.slug: sector for sector in Sector.objects.all()}
        districts = {district.name: district for district in FormerDistrict.objects.all()}
        wards = {(ward.kind, ward.name): ward for ward in Ward.objects.all()}
        wards_by_name = {ward.name: ward for ward in wards.values()}
        made = 0
        featured_sectors: set[str] = set()
        latest_top10 = max(
            (year for firm in data.ENTERPRISES for p in firm["products"] for year in p["top10"]),
            default=None,
        )
        for firm in data.ENTERPRISES:
            ward = wards.get(
                (firm.get("ward_kind", ""), firm.get("ward", ""))
            ) or wards_by_name.get(firm.get("ward", ""))
            enterprise = Enterprise.objects.filter(slug=firm["key"]).first()
            if enterprise is None:
                enterprise = Enterprise.objects.create(
                    slug=firm["key"],
                    name=firm["name"],
                    name_en=firm.get("name_en", ""),
                    short_name=firm.get("short_name", ""),
                    tax_code=_tax_code(firm.get("tax_code", "")),
                    address=firm.get("address", ""),
                    ward=ward,
                    former_district=districts.get(firm.get("former_district", "")),
                    website=firm.get("website", ""),
                    phone=firm.get("phone", ""),
                    email=firm.get("email", ""),
                    description=firm.get("description", ""),
                    description_en=firm.get("description_en", ""),
                    fdi=firm.get("fdi", False),
                    illustrative=firm.get("illustrative", True),
                )
            for item in firm["products"]:
                if Product.objects.filter(slug=item["key"]).exists():
                    continue
                featured = (
                    latest_top10 in item["top10"]
                    and item["sector"] not in featured_sectors
                    and len(featured_sectors) < 8
                )
                if featured:
                    featured_sectors.add(item["sector"])
                product = Product(
                    slug=item["key"],
                    name=item["name"],
                    name_en=item.get("name_en", ""),
                    enterprise=enterprise,
                    sector=sectors[item["sector"]],
                    description=item.get("description", ""),
                    description_en=item.get("description_en", ""),
                    illustrative=firm.get("illustrative", True),
                    featured=featured,
                )
                product.specifications = [
                    ProductSpecification(label=label, label_en=label_en, value=value)
                    for label, label_en, value in item.get("specs", [])
                ]
                product.gallery = [
                    ProductImage(
                        image=self.sector_image(item["sector"]),
                        caption="Ảnh minh họa",
                        caption_en="Illustration",
                    )
                ]
                product.recognitions = [
                    Recognition(
                        round=rounds[year],
                        top10=year in item["top10"],
                        certificate_number=(
                            f"{len(item['key']) % 90 + 10:02d}/{year}/GCN-SCT"
                            if firm.get("illustrative", True)
                            else ""
                        ),
                        valid_until=rounds[year].default_valid_until(),
                    )
                    for year in sorted(item["rounds"])
                ]
                product.save()
                made += 1
        self.log(f"Catalogue: {made} products of {len(data.ENTERPRISES)} firms.")
        return made

    def build_rounds(self) -> dict[int, Round]:
        rounds = {}
        for year, fields in data.ROUNDS.items():
            rounds[year], _created = Round.objects.get_or_create(
                year=year,
                defaults={
                    "decision_number": fields.get("decision_number") or "",
                    "decision_date": _date(fields.get("decision_date")),
                    "council": fields.get("council") or "",
                    "council_en": fields.get("council_en") or "",
                    "ceremony_date": _date(fields.get("ceremony_date")),
                    "summary": fields.get("summary") or "",
                    "summary_en": fields.get("summary_en") or "",
                },
            )
        return rounds
