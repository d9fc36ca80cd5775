"""The personal link of a target firm: its own page, private, counted when opened."""

from __future__ import annotations

import pytest
from django.utils import timezone

from outreach.campaigns.models import TargetFirm
from outreach.invitations.models import PersonalLink

pytestmark = pytest.mark.django_db


@pytest.fixture
def firm():
    return TargetFirm.objects.select_related("enterprise", "campaign").first()


def test_the_firm_opens_its_own_page(client, firm):
    link = PersonalLink.for_firm(firm)
    assert PersonalLink.for_firm(firm) == link
    assert len(link.token) >= 20
    assert link.full_url.endswith(link.get_absolute_url())
    response = client.get(link.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert firm.enterprise.name in html or str(firm.enterprise.name) in html
    assert str(firm.campaign.year) in html
    assert 'name="robots" content="noindex, nofollow"' in html
    assert response["Cache-Control"] == "private, no-store"
    # No read tracking: opening the page records nothing about the visit.
    assert not {"open_count", "first_opened_at", "last_opened_at"} & {
        field.name for field in PersonalLink._meta.get_fields()
    }


def test_markup_in_the_firm_name_is_shown_as_text(client, firm):
    firm.enterprise.name = "Công ty <script>alert(1)</script>"
    firm.enterprise.save()
    html = client.get(PersonalLink.for_firm(firm).get_absolute_url()).content.decode()
    assert "Công ty &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html


def test_unknown_and_revoked_links_are_not_found(client, firm):
    link = PersonalLink.for_firm(firm)
    assert client.get(f"/moi-tham-gia/{'x' * 22}/").status_code == 404
    link.revoked_at = timezone.now()
    link.save()
    assert client.get(link.get_absolute_url()).status_code == 404


def test_a_revoked_link_is_issued_anew_when_asked_for_again(client, firm):
    old = PersonalLink.for_firm(firm)
    client.get(old.get_absolute_url())
    old.revoked_at = timezone.now()
    old.save()
    fresh = PersonalLink.for_firm(firm)
    assert fresh.pk == old.pk and fresh.token != old.token
    assert fresh.revoked_at is None
    assert PersonalLink.for_firm(firm).token == fresh.token, "an active link is reused"
    assert client.get(fresh.get_absolute_url()).status_code == 200
    assert client.get(old.get_absolute_url()).status_code == 404
