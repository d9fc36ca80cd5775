"""The demo's 2026 campaign: 36 illustrative firms at every stage, timelines that end where the
firm stands, invented contacts with and without consent, and some firms overdue."""

from __future__ import annotations

import pytest

from outreach.campaigns.models import Campaign, ConsentRecord, Contact, Stage, WorkingSession
from outreach.campaigns.progress import overdue
from portal.demo.campaigns import CampaignDemo

pytestmark = pytest.mark.django_db


def test_demo_campaign_has_36_firms_at_varied_stages(demo_site):
    campaign = Campaign.objects.get(year=2026)
    campaign.full_clean()
    firms = list(campaign.firms.select_related("enterprise"))
    assert len(firms) == 36 and all(f.enterprise.illustrative for f in firms)
    assert len({f.stage for f in firms}) >= 8
    for firm in firms:
        timeline = list(firm.stage_changes.order_by("at", "pk"))
        assert timeline[0].from_stage == "" and timeline[-1].to_stage == firm.stage
        assert firm.stage_changed_at == timeline[-1].at
        assert firm.officer is not None
    assert len(overdue(campaign, 14)) >= 3
    sessions = WorkingSession.objects.filter(firm__campaign=campaign)
    assert sessions.exists()
    assert all(s.contacts.exists() and s.officers.exists() for s in sessions)


def test_demo_contacts_are_invented_and_consent_is_not_assumed(demo_site):
    contacts = Contact.objects.filter(firm__campaign__year=2026)
    assert contacts.count() >= 36
    assert all(c.email.endswith("@example.com") for c in contacts)
    asked = set(ConsentRecord.objects.values_list("contact_id", flat=True))
    assert asked and set(contacts.values_list("pk", flat=True)) - asked
    withdrawn = [c for c in contacts if c.consents.filter(granted=False).exists()]
    assert withdrawn and not any(c.has_consent("campaign_notices", "zalo") for c in withdrawn)


def test_building_again_adds_nothing(demo_site):
    before = Contact.objects.count(), ConsentRecord.objects.count()
    assert CampaignDemo().build() == 0
    assert (Contact.objects.count(), ConsentRecord.objects.count()) == before
    assert Campaign.objects.get(year=2026).firms.filter(stage=Stage.EVALUATED).count() == 22


def test_consenting_query_agrees_with_has_consent_for_every_demo_contact(demo_site):
    contacts = Contact.objects.filter(firm__campaign__year=2026)
    for channel in ("zalo", "email", "telegram"):
        found = set(contacts.consenting("campaign_notices", channel))
        assert found == {c for c in contacts if c.has_consent("campaign_notices", channel)}
