"""The officer's way through the admin: compose, review the recipients per channel, queue,
watch the dashboard, retry a failed row, preview a template with a real firm, read the firm's
messages on its page."""

from __future__ import annotations

from django.urls import reverse

from outreach.notices.audience import queue_notice
from outreach.notices.models import Delivery, Notice
from outreach.notices.sending import send_due_deliveries


def test_compose_review_and_queue(officer_client, campaign, template, make_firm, make_contact):
    firm = make_firm(stage="invited")
    make_contact(firm, telegram_chat=7001)
    make_contact(firm, consents=("email",))
    make_contact(make_firm(stage="form_downloaded"), consents=("email",))

    response = officer_client.post(
        reverse("wagtailsnippets_notices_notice:add"),
        {
            "campaign": campaign.pk,
            "template": template.pk,
            "title": "Mời dự hội nghị phổ biến",
            "stages": ["invited"],
            "send_at": "",
        },
    )
    notice = Notice.objects.get(title="Mời dự hội nghị phổ biến")
    review = reverse("wagtailsnippets_notices_notice:review", args=[notice.pk])
    assert response.status_code == 302 and response["Location"] == review
    assert notice.stages == ["invited"] and notice.state == "draft"

    page = officer_client.get(review).content.decode()
    assert "Telegram" in page and "E-mail" in page
    assert firm.enterprise.name in page  # the sample is a real firm's message
    assert not Delivery.objects.filter(notice=notice).exists()  # nothing queued by looking

    response = officer_client.post(review)
    assert response.status_code == 302
    notice.refresh_from_db()
    assert notice.state == "queued"
    assert sorted(Delivery.objects.filter(notice=notice).values_list("channel", flat=True)) == [
        "email",
        "telegram",
    ]


def test_send_time_in_the_past_refused_by_the_form(officer_client, campaign, template):
    response = officer_client.post(
        reverse("wagtailsnippets_notices_notice:add"),
        {
            "campaign": campaign.pk,
            "template": template.pk,
            "title": "Quá hạn",
            "send_at": "2020-01-01 09:00",
        },
    )
    assert response.status_code == 200
    assert not Notice.objects.filter(title="Quá hạn").exists()


def test_review_refuses_an_empty_audience(officer_client, make_notice, make_firm):
    make_firm()
    notice = make_notice()
    review = reverse("wagtailsnippets_notices_notice:review", args=[notice.pk])
    response = officer_client.post(review)
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    notice.refresh_from_db()
    assert notice.state == "draft"


def test_dashboard_and_retry(
    officer_client, fake_telegram, settings, make_firm, make_contact, make_notice, now
):
    settings.ZALO_APP_ID = ""
    fake_telegram.block(7002)
    contact = make_contact(make_firm(), telegram_chat=7002, consents=("telegram", "zalo"))
    notice = make_notice()
    queue_notice(notice, now=now)
    send_due_deliveries(now=now)

    page = officer_client.get(
        reverse("wagtailsnippets_notices_notice:inspect", args=[notice.pk])
    ).content.decode()
    assert "Zalo ZNS" in page and "Telegram" in page
    failed = Delivery.objects.get(contact=contact, channel="telegram")
    retry = reverse("wagtailsnippets_notices_notice:retry", args=[failed.pk])
    assert retry in page
    assert officer_client.post(retry).status_code == 302
    failed.refresh_from_db()
    assert failed.state == "queued"


def test_template_preview_with_a_real_firm(officer_client, template, make_firm, make_contact):
    firm = make_firm(name="Công ty Cổ phần Xem Trước Mẫu")
    make_contact(firm)
    page = officer_client.get(
        reverse("wagtailsnippets_notices_noticetemplate:inspect", args=[template.pk]),
        {"firm": firm.pk},
    ).content.decode()
    assert "Kính gửi Công ty Cổ phần Xem Trước Mẫu" in page
    assert "/stop" in page


def test_firm_page_shows_messages_sent(
    officer_client, settings, make_firm, make_contact, make_notice, now
):
    settings.TELEGRAM_BOT_TOKEN = ""
    firm = make_firm()
    make_contact(firm, telegram_chat=7003)
    notice = make_notice(title="Thông báo xem trên trang doanh nghiệp")
    queue_notice(notice, now=now)
    send_due_deliveries(now=now)
    page = officer_client.get(
        reverse("wagtailsnippets_campaigns_targetfirm:inspect", args=[firm.pk])
    ).content.decode()
    assert "Thông báo xem trên trang doanh nghiệp" in page


def test_editors_see_no_notices(editor_client, make_notice):
    notice = make_notice()
    assert editor_client.get(reverse("wagtailsnippets_notices_notice:list")).status_code in (
        302,
        403,
    )
    review = reverse("wagtailsnippets_notices_notice:review", args=[notice.pk])
    assert editor_client.post(review).status_code == 403
