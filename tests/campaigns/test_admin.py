"""The Recruitment admin as its users meet it: officers see and edit everything of the
campaign, editors see none of the contacts; stage edits go through the timeline; the consent
log cannot be edited; text is escaped; board, overdue list, report and .ics work."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from openpyxl import load_workbook

from outreach.campaigns.models import (
    Channel,
    ConsentRecord,
    Purpose,
    Stage,
    StageChange,
    TargetFirm,
    WorkingSession,
)
from outreach.campaigns.pipeline import advance

pytestmark = pytest.mark.django_db

MODELS = ["campaign", "targetfirm", "contact", "consentrecord", "workingsession"]


def snippet_url(model: str, view: str, *args) -> str:
    return reverse(f"wagtailsnippets_campaigns_{model}:{view}", args=args)


@pytest.mark.parametrize("model", MODELS)
def test_officers_open_every_list(officer_client, contact, model):
    assert officer_client.get(snippet_url(model, "list")).status_code == 200


def test_officers_menu_holds_the_recruitment_group(officer_client):
    html = officer_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/snippets/campaigns/contact/" in html
    assert "/admin/campaigns/board/" in html


@pytest.mark.parametrize("model", ["contact", "consentrecord", "targetfirm", "workingsession"])
def test_editors_cannot_open_personal_data(editor_client, contact, model):
    response = editor_client.get(snippet_url(model, "list"))
    assert response.status_code in (302, 403)
    response = editor_client.get(snippet_url("contact", "edit", contact.pk))
    assert response.status_code in (302, 403)
    assert contact.name not in response.content.decode()


def test_editors_menu_and_progress_pages_hide_the_campaign(editor_client, contact):
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/snippets/campaigns/" not in html and "/admin/campaigns/" not in html
    for url in (reverse("campaign_board:board"), reverse("campaign_overdue:list")):
        assert editor_client.get(url).status_code == 403
    assert editor_client.get(reverse("campaign_board:report")).status_code == 403


def firm_form(firm: TargetFirm, **changes) -> dict:
    data = {
        "campaign": firm.campaign_id,
        "enterprise": firm.enterprise_id,
        "sector": "",
        "officer": "",
        "new_stage": firm.stage,
        "stage_seen": firm.stage,
        "stage_note": "",
        "introduced_by_kind": "",
        "introduced_by_ward": "",
        "introduced_by_name": "",
        "notes": "",
    }
    data.update(changes)
    return data


def test_changing_the_stage_in_the_form_writes_the_timeline(officer_client, officer, firm):
    data = firm_form(firm, new_stage=Stage.INVITED, stage_note="Đã gửi giấy mời")
    response = officer_client.post(snippet_url("targetfirm", "edit", firm.pk), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    change = firm.stage_changes.latest("at")
    assert (change.to_stage, change.by, change.note) == (Stage.INVITED, officer, "Đã gửi giấy mời")
    # Saving again without touching the stage adds nothing to the timeline.
    officer_client.post(
        snippet_url("targetfirm", "edit", firm.pk),
        firm_form(TargetFirm.objects.get(pk=firm.pk), notes="Ghi chú mới"),
    )
    assert firm.stage_changes.count() == 2


def test_adding_a_firm_starts_its_timeline(officer_client, officer, campaign, enterprise):
    data = firm_form(TargetFirm(campaign=campaign, enterprise=enterprise), new_stage="invited")
    response = officer_client.post(snippet_url("targetfirm", "add"), data)
    assert response.status_code == 302
    firm = TargetFirm.objects.get(campaign=campaign, enterprise=enterprise)
    assert firm.stage == Stage.INVITED
    entry = firm.stage_changes.get()
    assert (entry.from_stage, entry.to_stage, entry.by) == ("", Stage.INVITED, officer)


def test_a_firm_twice_in_a_campaign_is_refused_in_the_form(officer_client, firm):
    data = firm_form(TargetFirm(campaign=firm.campaign, enterprise=firm.enterprise))
    response = officer_client.post(snippet_url("targetfirm", "add"), data)
    assert response.status_code == 200
    assert TargetFirm.objects.filter(enterprise=firm.enterprise).count() == 1


def test_firm_page_shows_timeline_contacts_and_escapes_text(officer_client, officer, firm, contact):
    advance(firm, Stage.INVITED, by=officer, note="<script>alert('x')</script>")
    TargetFirm.objects.filter(pk=firm.pk).update(notes="<b>đậm</b>")
    contact.name = "<img src=x onerror=alert(1)>"
    contact.save()
    html = officer_client.get(snippet_url("targetfirm", "inspect", firm.pk)).content.decode()
    assert "<script>alert(" not in html and "&lt;script&gt;alert(" in html
    assert "<img src=x" not in html and "&lt;img src=x" in html
    assert "<b>đậm</b>" not in html
    assert "0912 345 678" in html


def test_invalid_phone_is_refused_at_entry(officer_client, firm):
    data = {
        "firm": firm.pk,
        "name": "Trần Văn Thử",
        "role": "",
        "phone": "0912",
        "email": "",
        "zalo_phone": "",
    }
    response = officer_client.post(snippet_url("contact", "add"), data)
    assert response.status_code == 200
    assert not firm.contacts.filter(name="Trần Văn Thử").exists()
    data["phone"] = "+84 912.345.679"
    assert officer_client.post(snippet_url("contact", "add"), data).status_code == 302
    assert firm.contacts.get(name="Trần Văn Thử").phone == "+84912345679"


def test_consent_is_recorded_by_the_officer_and_never_edited(officer_client, officer, contact):
    data = {
        "contact": contact.pk,
        "purpose": Purpose.CAMPAIGN_NOTICES,
        "channel": Channel.ZALO,
        "granted": "True",
        "method": ConsentRecord.Method.PHONE_CALL,
        "at_0": timezone.localtime().strftime("%Y-%m-%d"),
        "at_1": "09:00",
        "notice_text": "Đồng ý nhận nhắc hạn qua Zalo.",
    }
    data["at"] = timezone.localtime().replace(hour=0, minute=0).strftime("%Y-%m-%d %H:%M")
    response = officer_client.post(snippet_url("consentrecord", "add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    record = ConsentRecord.objects.get(contact=contact)
    assert record.recorded_by == officer and contact.has_consent("campaign_notices", "zalo")
    for view in ("edit", "delete"):
        response = officer_client.get(snippet_url("consentrecord", view, record.pk))
        assert response.status_code in (302, 403)
    response = officer_client.post(snippet_url("consentrecord", "delete", record.pk))
    assert ConsentRecord.objects.filter(pk=record.pk).exists()
    listing = officer_client.get(snippet_url("consentrecord", "list")).content.decode()
    assert snippet_url("consentrecord", "edit", record.pk) not in listing


@pytest.fixture
def busy_campaign(campaign, firm, officer):
    """Three firms: one silent for 30 days, one moved yesterday, one recognised long ago."""
    from cms.catalogue.models import Enterprise

    advance(firm, Stage.INVITED, by=officer)
    TargetFirm.objects.filter(pk=firm.pk).update(
        stage_changed_at=timezone.now() - timedelta(days=30), officer=officer
    )
    fresh = TargetFirm.objects.create(
        campaign=campaign, enterprise=Enterprise.objects.create(name="Công ty Mới Di Chuyển")
    )
    advance(fresh, Stage.SESSION_HELD, by=officer)
    done = TargetFirm.objects.create(
        campaign=campaign,
        enterprise=Enterprise.objects.create(name="Công ty Đã Công Nhận"),
        stage=Stage.RECOGNISED,
        stage_changed_at=timezone.now() - timedelta(days=90),
    )
    return firm, fresh, done


def test_board_shows_every_stage_and_the_targets(officer_client, busy_campaign):
    firm, _fresh, done = busy_campaign
    response = officer_client.get(reverse("campaign_board:board"), {"campaign": 2099})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="campaign-board__column"') == len(Stage.values)
    assert "30–40" in html and "20–25" in html
    assert firm.enterprise.label in html and done.enterprise.label in html


def test_overdue_list_follows_the_days_chosen(officer_client, busy_campaign):
    firm, fresh, done = busy_campaign
    url = reverse("campaign_overdue:list")
    html = officer_client.get(url, {"campaign": 2099}).content.decode()
    assert f'data-firm="{firm.pk}"' in html
    assert f'data-firm="{fresh.pk}"' not in html and f'data-firm="{done.pk}"' not in html
    html = officer_client.get(url, {"campaign": 2099, "days": "31"}).content.decode()
    assert f'data-firm="{firm.pk}"' not in html
    # Nonsense falls back to the default of 14 days, with the form's message.
    response = officer_client.get(url, {"campaign": 2099, "days": "mười"})
    assert response.status_code == 200 and f'data-firm="{firm.pk}"' in response.content.decode()
    assert 'role="alert"' in response.content.decode()
    assert officer_client.get(url, {"campaign": "abc"}).status_code == 404


def test_report_counts_stages_and_keeps_contacts_out(officer_client, busy_campaign, contact):
    response = officer_client.get(reverse("campaign_board:report"), {"campaign": 2099})
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-van-dong-2099.xlsx"'
    book = load_workbook(io.BytesIO(response.content))
    summary, firms = book.worksheets
    stage_counts = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row[0]}
    total = next(v for k, v in stage_counts.items() if k in ("Total", "Tổng cộng"))
    assert total == 3
    names = [row[1] for row in firms.iter_rows(min_row=2, values_only=True)]
    assert sorted(names) == sorted(f.enterprise.name for f in busy_campaign)
    text = json.dumps(
        [list(r) for s in book.worksheets for r in s.iter_rows(values_only=True)],
        default=str,
        ensure_ascii=False,
    )
    assert contact.name not in text and "912" not in text and contact.email not in text


def test_session_invitation_is_a_valid_calendar_in_hanoi_time(officer_client, officer, contact):
    start = timezone.now().replace(microsecond=0) + timedelta(days=3)
    session = WorkingSession.objects.create(
        firm=contact.firm,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        place="Phòng họp tầng 3, Sở Công Thương, 331 Cầu Giấy",
        notes="Hướng dẫn hồ sơ",
    )
    session.contacts.add(contact)
    session.officers.add(officer)
    session.save()
    response = officer_client.get(reverse("campaign_board:ics", args=[session.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert [c.name for c in calendar.subcomponents] == ["VTIMEZONE", "VEVENT"]
    event = calendar.walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert event.decoded("DTSTART") == start
    assert str(event["LOCATION"]).startswith("Phòng họp tầng 3")
    attendees = [str(a) for a in event.get("ATTENDEE")]
    assert "mailto:minh.hoa@vi-du.vn" in attendees and f"mailto:{officer.email}" in attendees
    assert b"\r\n" in response.content and b"BEGIN:VCALENDAR" in response.content


def test_session_form_offers_only_the_firms_contacts(officer_client, officer, contact, campaign):
    from cms.catalogue.models import Enterprise
    from outreach.campaigns.models import Contact

    other = TargetFirm.objects.create(
        campaign=campaign, enterprise=Enterprise.objects.create(name="Công ty Khác")
    )
    stranger = Contact.objects.create(firm=other, name="Người Ngoài")
    when = timezone.localtime() + timedelta(days=1)
    data = {
        "firm": contact.firm_id,
        "starts_at": when.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (when + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
        "place": "Tại doanh nghiệp",
        "contacts": [contact.pk, stranger.pk],
        "officers": [officer.pk],
        "notes": "",
    }
    response = officer_client.post(snippet_url("workingsession", "add"), data)
    assert (
        response.status_code == 200
        and not WorkingSession.objects.filter(firm=contact.firm).exists()
    )
    data["contacts"] = [contact.pk]
    response = officer_client.post(snippet_url("workingsession", "add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    session = WorkingSession.objects.get(firm=contact.firm)
    assert list(session.contacts.all()) == [contact]
    html = officer_client.get(snippet_url("workingsession", "inspect", session.pk)).content.decode()
    assert reverse("campaign_board:ics", args=[session.pk]) in html


def test_stage_changes_have_no_admin_of_their_own(officer_client, firm):
    assert StageChange.objects.filter(firm=firm).exists()
    assert not any("stagechange" in url for url in [snippet_url(m, "list") for m in MODELS])


@pytest.mark.parametrize(
    "chooser", ["catalogue_enterprise", "catalogue_ward", "catalogue_sector", "campaigns_campaign"]
)
def test_officers_can_choose_what_the_firm_form_links(officer_client, chooser):
    response = officer_client.get(reverse(f"wagtailsnippetchoosers_{chooser}:choose"))
    assert response.status_code == 200


def test_contacts_search_by_name_and_firm(officer_client, contact):
    url = snippet_url("contact", "list")
    assert contact.name in officer_client.get(url, {"q": "Minh Hoạ"}).content.decode()
    assert contact.name not in officer_client.get(url, {"q": "Không Ai"}).content.decode()


def test_a_contact_with_consent_history_is_kept_when_deletion_is_asked(officer_client, contact):
    ConsentRecord.objects.create(
        contact=contact,
        purpose=Purpose.CAMPAIGN_NOTICES,
        channel=Channel.EMAIL,
        granted=True,
        notice_text="Đồng ý nhận thư.",
        method=ConsentRecord.Method.EMAIL,
    )
    response = officer_client.post(snippet_url("contact", "delete", contact.pk))
    assert response.status_code in (200, 302, 403)
    assert type(contact).objects.filter(pk=contact.pk).exists()


def test_a_move_made_while_the_form_was_open_is_kept(officer_client, officer, firm):
    data = firm_form(firm, notes="Cập nhật ghi chú")  # the form as opened: stage identified
    advance(firm, Stage.FORM_DOWNLOADED, source="firm")  # the firm downloads meanwhile
    response = officer_client.post(snippet_url("targetfirm", "edit", firm.pk), data)
    assert response.status_code == 302
    firm.refresh_from_db()
    assert firm.stage == Stage.FORM_DOWNLOADED and firm.notes == "Cập nhật ghi chú"
    assert firm.stage_changes.latest("at").to_stage == Stage.FORM_DOWNLOADED


def test_campaign_form_refuses_a_comment_window_ending_before_it_opens(officer_client):
    data = {
        "year": "2098",
        "title": "<script>alert(1)</script>",
        "introductions_due": "2098-03-31",
        "dossiers_due": "2098-09-30",
        "council_meeting": "2098-11-05",
        "comments_open": "2098-11-12",
        "comments_close": "2098-11-02",
        "ceremony": "2098-12-15",
        "notes": "",
    }
    for field in ("firms", "recognised_firms", "recognised_products"):
        data[f"{field}_min"] = data[f"{field}_max"] = ""
    response = officer_client.post(snippet_url("campaign", "add"), data)
    assert response.status_code == 200
    assert "02/11/2098" in response.content.decode()
    data["comments_close"] = "2098-11-22"
    assert officer_client.post(snippet_url("campaign", "add"), data).status_code == 302
    html = officer_client.get(snippet_url("campaign", "list")).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_a_firm_with_consent_records_is_kept_with_a_message(officer_client, contact, firm):
    from django.utils import timezone

    from outreach.campaigns.models import Channel, ConsentRecord, Purpose, TargetFirm

    ConsentRecord.objects.create(
        contact=contact,
        purpose=Purpose.CAMPAIGN_NOTICES,
        channel=Channel.EMAIL,
        granted=True,
        notice_text="Sở Công Thương Hà Nội gửi nhắc hạn hồ sơ qua thư điện tử.",
        method=ConsentRecord.Method.FORM,
        at=timezone.now(),
    )
    url = reverse("wagtailsnippets_campaigns_targetfirm:delete", args=[firm.pk])
    response = officer_client.post(url, follow=True)
    assert response.status_code == 200
    assert TargetFirm.objects.filter(pk=firm.pk).exists()
    assert contact.consents.count() == 1
    shown = [str(message) for message in response.context["messages"]]
    assert any("phải được lưu giữ" in message for message in shown), shown


def test_a_firm_without_consent_records_can_be_deleted(officer_client, firm):
    from outreach.campaigns.models import TargetFirm

    url = reverse("wagtailsnippets_campaigns_targetfirm:delete", args=[firm.pk])
    officer_client.post(url)
    assert not TargetFirm.objects.filter(pk=firm.pk).exists()
