"""Every export of personal data says who took it, when and with which filter (roles.md): the
entry lands in Wagtail's audit log on the exporting officer, readable by the superuser only."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from cms.core.spreadsheets import EXPORT_ACTION
from outreach.campaigns.models import ConsentRecord
from outreach.campaigns.models.contacts import Channel, Purpose

pytestmark = pytest.mark.django_db


def exports_by(user):
    return ModelLogEntry.objects.filter(action=EXPORT_ACTION, user=user).order_by("timestamp")


def test_an_officers_export_of_consent_records_is_logged_with_its_filter(
    officer_client, officer, contact
):
    ConsentRecord.objects.create(
        contact=contact,
        purpose=Purpose.CAMPAIGN_NOTICES,
        channel=Channel.EMAIL,
        granted=True,
        notice_text="Đồng ý nhận thông báo",
        method=ConsentRecord.Method.EMAIL,
    )
    url = reverse("wagtailsnippets_campaigns_consentrecord:list")
    response = officer_client.get(url, {"export": "csv", "q": contact.name})
    assert response.status_code == 200
    b"".join(response.streaming_content)

    [entry] = exports_by(officer)
    assert entry.data["format"] == "csv"
    assert entry.data["filter"] == f"q={contact.name}"
    assert entry.data["rows"] == 1
    assert entry.object_id == str(officer.pk)
    assert "CSV" in entry.message


def test_the_campaign_report_is_logged(officer_client, officer, campaign, firm):
    response = officer_client.get(reverse("campaign_board:report"), {"campaign": campaign.year})
    assert response.status_code == 200
    [entry] = exports_by(officer)
    assert entry.data["format"] == "xlsx"
    assert entry.data["rows"] == 1


def test_only_the_superuser_reads_the_export_log(client, officer, editor, admin_user, contact):
    client.force_login(officer)
    client.get(reverse("wagtailsnippets_campaigns_consentrecord:list"), {"export": "xlsx"})
    assert exports_by(officer).count() == 1
    history = reverse("wagtailadmin_reports:site_history")
    for user, sees in ((admin_user, True), (officer, False), (editor, False)):
        client.force_login(user)
        page = client.get(history, {"action": EXPORT_ACTION})
        assert page.status_code == 200
        listed = [e for e in page.context_data["object_list"] if e.action == EXPORT_ACTION]
        assert bool(listed) is sees, user
