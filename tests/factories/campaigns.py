"""The recruitment campaign's records: a campaign, target firms, their contacts (personal
data), consent records and working sessions."""

from __future__ import annotations

from datetime import date, timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from outreach.campaigns.models import (
    Campaign,
    ConsentRecord,
    Contact,
    TargetFirm,
    WorkingSession,
)

from .catalogue import EnterpriseFactory


class CampaignFactory(DjangoModelFactory):
    class Meta:
        model = Campaign
        django_get_or_create = ("year",)

    year = 2097
    introductions_due = date(2097, 3, 31)
    dossiers_due = date(2097, 8, 31)
    council_meeting = date(2097, 10, 20)


class TargetFirmFactory(DjangoModelFactory):
    class Meta:
        model = TargetFirm

    campaign = factory.SubFactory(CampaignFactory)
    enterprise = factory.SubFactory(EnterpriseFactory)


class ContactFactory(DjangoModelFactory):
    class Meta:
        model = Contact

    firm = factory.SubFactory(TargetFirmFactory)
    name = factory.Sequence(lambda n: f"Trần Thị Bảo Mật {n}")
    role = "Phó giám đốc"
    phone = factory.Sequence(lambda n: f"0977 {n:03d} 468")
    email = factory.Sequence(lambda n: f"bao.mat.{n}@lien-he.vi-du.vn")


class ConsentRecordFactory(DjangoModelFactory):
    class Meta:
        model = ConsentRecord

    contact = factory.SubFactory(ContactFactory)
    purpose = "campaign_notices"
    channel = "email"
    granted = True
    notice_text = "Thông báo xử lý dữ liệu cá nhân (thử nghiệm)."
    notice_hash = "0" * 64
    method = "form"


class WorkingSessionFactory(DjangoModelFactory):
    class Meta:
        model = WorkingSession

    firm = factory.SubFactory(TargetFirmFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=3))
    ends_at = factory.LazyAttribute(lambda session: session.starts_at + timedelta(hours=2))
    place = "Phòng họp tầng 3"
