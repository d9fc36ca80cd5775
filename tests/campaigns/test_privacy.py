"""Contacts' personal data stays in the admin: the public catalogue, its downloads, its API and
the site search never show it, even for a firm that is a target of the campaign."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.catalogue.models import CatalogueIndexPage, Product
from outreach.campaigns.models import Channel, ConsentRecord, Contact, Purpose, TargetFirm

pytestmark = pytest.mark.django_db

API = "/api/catalogue/v1"
NAME, PHONE, EMAIL = "Phạm Bí Mật Riêng", "0987 654 321", "bi.mat.rieng@vi-du.vn"


@pytest.fixture
def public_firm_with_contact(demo_site, campaign):
    enterprise = Product.objects.filter(recognitions__isnull=False).first().enterprise
    firm = TargetFirm.objects.create(campaign=campaign, enterprise=enterprise)
    contact = Contact.objects.create(
        firm=firm, name=NAME, role="Giám đốc", phone=PHONE, email=EMAIL, zalo_phone=PHONE
    )
    ConsentRecord.objects.create(
        contact=contact,
        purpose=Purpose.CAMPAIGN_NOTICES,
        channel=Channel.ZALO,
        granted=True,
        notice_text="Đồng ý nhận nhắc hạn.",
        method=ConsentRecord.Method.FORM,
        at=timezone.now(),
    )
    return enterprise


def leaks(body: str) -> list[str]:
    return [v for v in (NAME, "987654321", "987 654 321", EMAIL) if v in body]


def test_public_pages_downloads_and_api_hold_no_contact_data(public_firm_with_contact, client):
    enterprise = public_firm_with_contact
    client.cookies["sessionid"] = "no-such-session"  # past the anonymous page cache
    catalogue = CatalogueIndexPage.objects.get(locale__language_code="vi")
    urls = [
        catalogue.sub_url("enterprise", enterprise.slug),
        catalogue.sub_url("export_csv"),
        catalogue.sub_url("export_json"),
        f"{API}/enterprises/",
        f"{API}/enterprises/{enterprise.slug}/",
        f"{API}/products/?q={enterprise.name}",
        f"{reverse('search')}?q={enterprise.name}",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = (
            b"".join(response.streaming_content) if response.streaming else response.content
        ).decode("utf-8", "replace")
        assert leaks(body) == [], url
    page = client.get(catalogue.sub_url("enterprise", enterprise.slug)).content.decode()
    assert enterprise.name in page
