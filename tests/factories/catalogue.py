"""Catalogue records: sectors, firms (with their public contacts), products, rounds."""

from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from cms.catalogue.models import Enterprise, Product, Recognition, Round, Sector
from cms.catalogue.taxcode import check_digit


def valid_tax_code(n: int) -> str:
    """The n-th valid firm tax code of a range no real firm uses (some nine-digit stems have
    no check digit: they are skipped)."""
    stem = 10_600_000 + n
    while check_digit(f"0{stem}") is None:
        stem += 100_000
    return f"0{stem}{check_digit(f'0{stem}')}"


class SectorFactory(DjangoModelFactory):
    class Meta:
        model = Sector

    name = factory.Sequence(lambda n: f"Ngành thử nghiệm {n}")
    slug = factory.Sequence(lambda n: f"nganh-thu-nghiem-{n}")


class EnterpriseFactory(DjangoModelFactory):
    class Meta:
        model = Enterprise

    name = factory.Sequence(lambda n: f"Công ty TNHH Nhà Máy Thử Nghiệm {n}")
    tax_code = factory.Sequence(valid_tax_code)


class ProductFactory(DjangoModelFactory):
    class Meta:
        model = Product

    name = factory.Sequence(lambda n: f"Sản phẩm thử nghiệm {n}")
    enterprise = factory.SubFactory(EnterpriseFactory)
    sector = factory.SubFactory(SectorFactory)


class RoundFactory(DjangoModelFactory):
    class Meta:
        model = Round
        django_get_or_create = ("year",)

    year = 2098


class RecognitionFactory(DjangoModelFactory):
    class Meta:
        model = Recognition

    product = factory.SubFactory(ProductFactory)
    round = factory.SubFactory(RoundFactory)
