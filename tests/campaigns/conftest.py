"""Fixtures of the campaign tests: a campaign with a firm, and staff users in their real groups."""

from __future__ import annotations

from datetime import date

import pytest

from cms.catalogue.models import Enterprise
from cms.catalogue.taxcode import with_check_digit
from tests.factories.users import staff_user

OFFICERS = "Cán bộ vận động"
EDITORS = "Biên tập viên"


@pytest.fixture
def campaign(db):
    from outreach.campaigns.models import Campaign

    return Campaign.objects.create(
        year=2099,
        introductions_due=date(2099, 3, 31),
        dossiers_due=date(2099, 8, 31),
        council_meeting=date(2099, 10, 20),
        comments_open=date(2099, 10, 27),
        comments_close=date(2099, 11, 6),
        ceremony=date(2099, 12, 10),
        firms_min=30,
        firms_max=40,
        recognised_firms_min=20,
        recognised_firms_max=25,
    )


@pytest.fixture
def enterprise(db):
    return Enterprise.objects.create(
        name="Công ty Cổ phần Thử Nghiệm Vận Động", tax_code=with_check_digit("010777777")
    )


@pytest.fixture
def firm(campaign, enterprise):
    from outreach.campaigns.models import TargetFirm
    from outreach.campaigns.pipeline import record_entry

    firm = TargetFirm.objects.create(campaign=campaign, enterprise=enterprise)
    record_entry(firm, source="system")
    return firm


@pytest.fixture
def contact(firm):
    from outreach.campaigns.models import Contact

    return Contact.objects.create(
        firm=firm,
        name="Nguyễn Thị Minh Hoạ",
        role="Trưởng phòng kinh doanh",
        phone="0912 345 678",
        email="minh.hoa@vi-du.vn",
        zalo_phone="0912345678",
    )


@pytest.fixture
def officer(db):
    return staff_user("canbo", OFFICERS)


@pytest.fixture
def editor(db):
    return staff_user("bientap", EDITORS)


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
