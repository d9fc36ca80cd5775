"""The catalogue's admin screens: one menu group, lists that filter, search folded, export."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from cms.catalogue.models import Enterprise, Product, Sector

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("quantri", "qt@example.vn", "x")
    client.force_login(user)
    return client


@pytest.fixture
def lamp(db):
    firm = Enterprise.objects.create(name="Công ty Chiếu Sáng Thử", short_name="Chiếu Sáng Thử")
    return Product.objects.create(
        name="Đèn LED Thử Nghiệm Ánh Dương",
        enterprise=firm,
        sector=Sector.objects.get(slug="dien-dien-tu"),
    )


@pytest.mark.parametrize(
    "model", ["product", "enterprise", "recognition", "round", "sector", "ward"]
)
def test_every_list_opens(staff_client, model):
    response = staff_client.get(reverse(f"wagtailsnippets_catalogue_{model}:list"))
    assert response.status_code == 200


def test_menu_group_holds_the_catalogue(staff_client):
    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    # The sidebar is drawn from JSON props, with non-ASCII escaped.
    assert json.dumps("Danh mục sản phẩm") in html
    assert "/admin/snippets/catalogue/product/" in html


def test_product_search_ignores_diacritics(staff_client, lamp):
    url = reverse("wagtailsnippets_catalogue_product:list")
    html = staff_client.get(url, {"q": "den led thu nghiem anh duong"}).content.decode()
    assert "Đèn LED Thử Nghiệm Ánh Dương" in html
    html = staff_client.get(url, {"q": "chiếu sáng thử"}).content.decode()
    assert "Đèn LED Thử Nghiệm Ánh Dương" in html
    html = staff_client.get(url, {"q": "khong co san pham nay"}).content.decode()
    assert "Đèn LED Thử Nghiệm Ánh Dương" not in html


def test_enterprise_chooser_searches_folded(staff_client, lamp):
    url = reverse("wagtailsnippetchoosers_catalogue_enterprise:choose_results")
    html = staff_client.get(url, {"q": "chieu sang"}).content.decode()
    assert "Công ty Chiếu Sáng Thử" in html


def test_products_export_as_csv(staff_client, lamp):
    url = reverse("wagtailsnippets_catalogue_product:list")
    response = staff_client.get(url, {"q": "anh duong", "export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8")
    assert "Đèn LED Thử Nghiệm Ánh Dương" in body


def test_editing_a_product_shows_its_recognitions_inline(staff_client, lamp):
    url = reverse("wagtailsnippets_catalogue_product:edit", args=[lamp.pk])
    html = staff_client.get(url).content.decode()
    assert "recognitions-TOTAL_FORMS" in html
