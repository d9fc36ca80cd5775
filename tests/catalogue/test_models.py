"""The catalogue's records: tax codes, areas, slugs, validity and the folded search text."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from cms.catalogue.models import (
    Enterprise,
    FormerDistrict,
    Product,
    Recognition,
    Round,
    Sector,
    Ward,
)
from cms.catalogue.taxcode import normalize_tax_code, with_check_digit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["0300588569", "0100109106", "0101248141"])
def test_real_tax_codes_pass_the_check_digit(code):
    assert normalize_tax_code(code) == code


def test_branch_codes_and_spacing_are_normalised():
    assert normalize_tax_code("0100109106 001") == "0100109106-001"
    assert normalize_tax_code("0100.109.106-001") == "0100109106-001"


@pytest.mark.parametrize("code", ["0100109107", "010010910", "01001091061", "abc", "0100109106-01"])
def test_bad_tax_codes_are_refused(code):
    with pytest.raises(ValidationError):
        normalize_tax_code(code)


def test_with_check_digit_completes_nine_digits():
    assert with_check_digit("010010910") == "0100109106"


def test_hanoi_has_30_former_districts_and_126_wards_and_communes():
    assert FormerDistrict.objects.count() == 30
    assert FormerDistrict.objects.filter(kind="quận").count() == 12
    assert Ward.objects.filter(kind="phường").count() == 51
    assert Ward.objects.filter(kind="xã").count() == 75
    # Every former district is the principal predecessor of some ward or commune.
    assert FormerDistrict.objects.filter(wards__isnull=True).count() == 0


def test_enterprise_takes_its_former_district_from_its_ward_and_gets_a_slug():
    ward = Ward.objects.get(kind="xã", name="Bát Tràng")
    firm = Enterprise.objects.create(name="Công ty Gốm Thử Nghiệm", short_name="Gốm Thử", ward=ward)
    assert firm.former_district.name == "Gia Lâm"
    assert firm.slug == "gom-thu"
    twin = Enterprise.objects.create(name="Công ty Gốm Thử Nghiệm 2", short_name="Gốm Thử")
    assert twin.slug == "gom-thu-2"


def test_invalid_tax_code_fails_model_validation():
    firm = Enterprise(name="Công ty Sai Mã", tax_code="0100109107")
    with pytest.raises(ValidationError) as error:
        firm.full_clean()
    assert "tax_code" in error.value.message_dict


def test_products_are_found_by_folded_names_of_product_and_firm():
    firm = Enterprise.objects.create(name="Công ty Đèn Sáng Thử")
    sector = Sector.objects.get(slug="dien-dien-tu")
    product = Product.objects.create(name="Đèn LED Thử Nghiệm", enterprise=firm, sector=sector)
    assert "den led thu nghiem" in product.search_text
    assert "cong ty den sang thu" in product.search_text
    firm.name = "Công ty Ánh Dương Thử"
    firm.save()
    product.refresh_from_db()
    assert "anh duong" in product.search_text


def test_recognition_is_valid_three_years_from_the_decision_by_default():
    round_ = Round.objects.create(year=2030, decision_date=date(2030, 11, 26))
    firm = Enterprise.objects.create(name="Công ty Hiệu Lực Thử")
    product = Product.objects.create(
        name="Sản phẩm hiệu lực", enterprise=firm, sector=Sector.objects.first()
    )
    recognition = Recognition.objects.create(product=product, round=round_)
    assert recognition.valid_until == date(2033, 11, 26)
    undated = Round.objects.create(year=2031)
    assert undated.default_valid_until() == date(2034, 12, 31)
