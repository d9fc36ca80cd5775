"""An outreach officer in headless Chromium works with notices the way the department does:
writes one for the demo campaign, reviews who gets it on which channel, queues it, reads what
went out in the test outbox, on the notice's dashboard and on the firm's page; is refused,
with a Vietnamese reason and nothing queued, for an empty audience, a past send time and a
template with an unknown placeholder; retries a failed message and cancels a scheduled
notice. axe-core checks every page."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from .conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OFFICERS = "Cán bộ vận động"
#: The demo template with a Telegram, a ZNS and an e-mail version.
INVITATION = "Mời dự hội nghị phổ biến (minh họa)"
#: The sentence every Telegram message ends with, as the firm reads it.
OPT_OUT = "Gửi /stop để ngừng nhận các tin nhắn này."
#: Wagtail fades its messages in (half a second); axe measures colours as they are at that
#: instant. Long decorations (the help badge pings for 25 s) are not waited for.
TRANSITIONS_DONE = """() => document.getAnimations().every(
    (a) => a.playState !== "running" || a.effect.getComputedTiming().activeDuration > 2000)"""


def look(page, name: str) -> None:
    """axe-core on the page once it has settled; the name says which page failed."""
    page.wait_for_load_state()
    page.wait_for_function(TRANSITIONS_DONE)
    violations = axe_violations(page)
    assert violations == [], f"{name}: {violations}"


def log_in(page, client, live_server, username: str) -> None:
    """An officer of the outreach group, logged into the live server's admin."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=OFFICERS))
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def demo_firms(stage: str) -> list:
    """The demo campaign's firms at `stage`, by name."""
    from outreach.campaigns.models import TargetFirm
    from portal.demo.campaigns import DEMO_MARK, YEAR

    return list(
        TargetFirm.objects.filter(
            campaign__year=YEAR, campaign__notes__startswith=DEMO_MARK, stage=stage
        )
        .select_related("enterprise", "campaign")
        .order_by("enterprise__sort_name")
    )


def link_telegram(contact, chat_id: int) -> None:
    """The contact linked a Telegram chat and agreed to notices there (what the bot records)."""
    from tests.notices.conftest import consent, link_chat

    link_chat(contact, "telegram", chat_id)
    text = "Đồng ý nhận thông báo của chương trình qua Telegram."
    consent(contact, "telegram", text, method="chat")


def in_window(days: int, hour: int) -> datetime:
    """A Hà Nội moment `days` ahead, inside the send window and after anything the live server
    queues now, so sending does not depend on the wall clock."""
    from tests.notices.conftest import hanoi

    day = timezone.localdate() + timedelta(days=days)
    return hanoi(day.year, day.month, day.day, hour, 0)


def choose(page, button: str, name: str) -> None:
    """Pick an item in a chooser's modal."""
    page.get_by_role("button", name=button, exact=True).click()
    modal = page.locator(".modal.in")
    modal.get_by_role("link", name=name).click()
    modal.wait_for(state="hidden")


def compose(
    page,
    live_server,
    *,
    campaign,
    title: str,
    stage: str = "",
    firms: tuple = (),
    send_at: datetime | None = None,
) -> None:
    """Open the composer from the notices list, fill it in and save it."""
    page.goto(live_server.url + reverse("wagtailsnippets_notices_notice:list"))
    look(page, "notices list")
    page.get_by_role("link", name="Thêm thông báo").first.click()
    page.wait_for_url("**/notices/notice/add/")
    choose(page, "Chọn đợt vận động", str(campaign))
    choose(page, "Chọn mẫu thông báo", INVITATION)
    page.get_by_role("textbox", name="Tiêu đề").fill(title)
    if stage:
        page.locator("input[name=stages]").and_(page.get_by_label(stage, exact=True)).check()
    for firm in firms:
        page.get_by_label(str(firm), exact=True).check()
    if send_at:
        page.locator("input[name=send_at]").fill(f"{send_at:%d/%m/%Y %H:%M}")
        picker = page.locator(".xdsoft_datetimepicker")
        picker.wait_for(state="visible")
        page.keyboard.press("Tab")  # on to the next field: the date picker closes
        picker.wait_for(state="hidden")
    look(page, "composer")
    page.get_by_role("button", name="Lưu").first.click()


def open_inspect(page, list_url: str, name: str, pk: int) -> None:
    """From a snippet list, the row's "more" menu, then its inspect page."""
    page.goto(list_url)
    row = page.locator("tr", has=page.get_by_role("link", name=name, exact=True))
    row.get_by_role("button").first.click()
    row.locator(f"a[href$='/inspect/{pk}/']").click()
    page.wait_for_url(f"**/inspect/{pk}/")


def recipients(page) -> dict[str, int]:
    """The review page's table: contacts per channel (and per reason not sent)."""
    rows = page.locator("section[aria-labelledby=recipients-heading] tbody tr")
    return {
        row.locator("td").first.inner_text(): int(row.locator("td").nth(1).inner_text())
        for row in rows.all()
        if row.locator("td").count() == 2
    }


def test_officer_sends_a_notice_and_reads_it_everywhere(
    page, live_server, live_demo, client, settings
):
    from bots.models import OutboxMessage
    from outreach.campaigns.models import Contact, Stage
    from outreach.notices.models import Delivery, Notice
    from outreach.notices.sending import send_due_deliveries

    settings.TELEGRAM_BOT_TOKEN = ""
    settings.ZALO_APP_ID = ""
    log_in(page, client, live_server, "canbo.soanthu")
    invited = demo_firms(Stage.INVITED)
    assert len(invited) == 2
    firm = invited[0]
    name = firm.enterprise.name
    link_telegram(firm.contacts.order_by("pk").first(), 7_100_001)
    title = "Mời dự hội nghị phổ biến tiêu chí (kiểm thử)"

    # Compose for the firms at "invited"; the review page counts the contacts per channel.
    compose(page, live_server, campaign=firm.campaign, title=title, stage="Đã mời")
    notice = Notice.objects.get(title=title)
    page.wait_for_url(f"**/review/{notice.pk}/")
    look(page, "review")
    counts = recipients(page)
    assert counts["Telegram"] == 1
    assert sum(counts.values()) == Contact.objects.filter(firm__in=invited).count()
    assert name in page.locator("#sample-heading").inner_text()
    assert not Delivery.objects.filter(notice=notice).exists()  # looking queues nothing

    page.get_by_role("button", name="Đưa vào hàng đợi gửi").click()
    page.wait_for_url(f"**/inspect/{notice.pk}/")
    assert "Thông báo đã vào hàng đợi" in page.locator(".messages").inner_text()
    look(page, "dashboard queued")
    notice.refresh_from_db()
    assert notice.state == "queued"
    queued = Delivery.objects.filter(notice=notice, state="queued").count()
    assert queued == sum(n for label, n in counts.items() if not label.startswith("Không gửi"))

    sent = send_due_deliveries(now=in_window(1, 9))
    assert sent == {"sent": queued}

    # The test outbox, from the menu: the Telegram message with the firm's name and the
    # opt-out sentence.
    page.goto(live_server.url + reverse("wagtailadmin_home"))
    page.get_by_role("button", name="Kênh nhắn tin").click()
    page.get_by_role("link", name="Hộp thư thử nghiệm").click()
    page.wait_for_url("**/outbox/")
    look(page, "outbox")
    telegram = OutboxMessage.objects.get(channel="telegram", recipient="7100001")
    page.locator(f"a[href$='/outbox/inspect/{telegram.pk}/']").first.click()
    page.wait_for_url(f"**/outbox/inspect/{telegram.pk}/")
    look(page, "outbox message")
    text = page.locator("main").inner_text()
    assert f"Kính gửi {name}: Sở Công Thương Hà Nội trân trọng mời" in text
    assert OPT_OUT in text

    # The notice's dashboard, from the notices list: everything sent.
    notices = live_server.url + reverse("wagtailsnippets_notices_notice:list")
    open_inspect(page, notices, title, notice.pk)
    look(page, "dashboard sent")
    total = page.locator("section[aria-labelledby=dashboard-heading] tfoot tr")
    headers = page.locator("section[aria-labelledby=dashboard-heading] thead th").all_inner_texts()
    cells = total.locator("td").all_inner_texts()
    assert dict(zip(headers[1:], cells, strict=True))["Đã gửi"] == str(queued)
    assert "Telegram" in page.locator("section[aria-labelledby=dashboard-heading]").inner_text()

    # The firm's page lists the message among those sent and received.
    page.goto(
        live_server.url + reverse("wagtailsnippets_campaigns_targetfirm:inspect", args=[firm.pk])
    )
    look(page, "firm")
    messages = page.locator("section[aria-labelledby=messages-heading]")
    line = messages.locator("tr", has=page.get_by_role("link", name=title)).first
    assert "Đã gửi" in line.inner_text()
    assert page.outside_requests == []


def test_mistakes_are_refused_with_a_clear_message(page, live_server, live_demo, client):
    from outreach.campaigns.models import Stage
    from outreach.notices.models import Delivery, Notice, NoticeTemplate

    log_in(page, client, live_server, "canbo.loi")
    assert demo_firms(Stage.RECOGNISED) == []  # the demo's council has not decided yet
    invited = demo_firms(Stage.INVITED)
    campaign = invited[0].campaign
    before = Delivery.objects.count()

    # A send time in the past: the composer keeps the notice back and says why.
    compose(
        page,
        live_server,
        campaign=campaign,
        title="Gửi nhầm ngày (kiểm thử)",
        stage="Đã mời",
        send_at=timezone.localtime() - timedelta(days=2),
    )
    error = page.locator("[data-field-errors]", has_text="Thời điểm gửi đã qua")
    assert error.inner_text().strip() == (
        "Thời điểm gửi đã qua; hãy chọn thời điểm muộn hơn hoặc để trống."
    )
    assert page.locator("input[name=send_at]").get_attribute("aria-invalid") == "true"
    look(page, "composer refused")
    assert not Notice.objects.filter(title="Gửi nhầm ngày (kiểm thử)").exists()

    # Nobody in the audience: saved as a draft, but the review says why it cannot go.
    compose(
        page, live_server, campaign=campaign, title="Chưa ai (kiểm thử)", stage="Được công nhận"
    )
    empty = Notice.objects.get(title="Chưa ai (kiểm thử)")
    page.wait_for_url(f"**/review/{empty.pk}/")
    look(page, "review empty")
    assert page.get_by_role("alert").inner_text().startswith("Thông báo này không đến được ai")
    assert page.get_by_role("button", name="Đưa vào hàng đợi gửi").is_disabled()

    # A scheduled notice whose time passes while the review page is open: refused on queuing.
    compose(
        page,
        live_server,
        campaign=campaign,
        title="Hẹn giờ quá hạn (kiểm thử)",
        stage="Đã mời",
        send_at=in_window(1, 10),
    )
    late = Notice.objects.get(title="Hẹn giờ quá hạn (kiểm thử)")
    page.wait_for_url(f"**/review/{late.pk}/")
    assert f"{in_window(1, 10):%H:%M %d/%m/%Y}" in page.locator("main").inner_text()
    Notice.objects.filter(pk=late.pk).update(send_at=timezone.now() - timedelta(hours=1))
    page.get_by_role("button", name="Đưa vào hàng đợi gửi").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").inner_text() == (
        "Thời điểm gửi đã qua; hãy chọn thời điểm muộn hơn hoặc để trống."
    )
    assert page.get_by_role("button", name="Đưa vào hàng đợi gửi").is_disabled()
    look(page, "review too late")
    assert Notice.objects.filter(pk__in=[empty.pk, late.pk], state="draft").count() == 2
    assert Delivery.objects.count() == before

    # A template with a placeholder the system cannot fill: refused, naming it.
    page.goto(live_server.url + reverse("wagtailsnippets_notices_noticetemplate:list"))
    look(page, "templates list")
    page.get_by_role("link", name="Thêm mẫu thông báo").first.click()
    page.wait_for_url("**/noticetemplate/add/")
    look(page, "template form")
    name = "Mời hoàn thiện hồ sơ (kiểm thử)"
    page.get_by_role("textbox", name="Tên").fill(name)
    telegram = page.get_by_role("textbox", name="Nội dung Telegram")
    telegram.fill("Kính gửi {{ ten_cong_ty }}: xin mời hoàn thiện hồ sơ năm {{ nam }}.")
    page.get_by_role("button", name="Lưu").first.click()
    page.wait_for_load_state()
    error = page.locator("[data-field-errors]", has_text="Trường thay thế")
    assert (
        error.inner_text()
        .strip()
        .startswith(
            "Trường thay thế không có trong hệ thống: ten_cong_ty. Các trường dùng được: "
            "ten_doanh_nghiep, nam,"
        )
    )
    assert telegram.get_attribute("aria-invalid") == "true"
    look(page, "template refused")
    assert not NoticeTemplate.objects.filter(name=name).exists()

    telegram.fill("Kính gửi {{ ten_doanh_nghiep }}: xin mời hoàn thiện hồ sơ năm {{ nam }}.")
    page.get_by_role("button", name="Lưu").first.click()
    page.wait_for_url("**/noticetemplate/")
    template = NoticeTemplate.objects.get(name=name)
    assert template.channels() == ["telegram"]

    # Its preview, as one real firm would read it.
    firm = invited[1]
    templates = live_server.url + reverse("wagtailsnippets_notices_noticetemplate:list")
    open_inspect(page, templates, name, template.pk)
    preview = page.locator("section[aria-labelledby=preview-heading]")
    preview.get_by_label("Doanh nghiệp").select_option(label=str(firm))
    preview.get_by_role("button", name="Xem").click()
    page.wait_for_url(f"**/inspect/{template.pk}/?firm={firm.pk}")
    look(page, "template preview")
    text = preview.locator("pre").inner_text()
    assert text.startswith(
        f"Kính gửi {firm.enterprise.name}: xin mời hoàn thiện hồ sơ năm {campaign.year}."
    )
    assert text.endswith(OPT_OUT)
    assert page.outside_requests == []


def test_officer_retries_a_failed_message_and_cancels_a_scheduled_notice(
    page, live_server, live_demo, client, settings, fake_telegram
):
    from outreach.campaigns.models import Stage
    from outreach.notices.models import Delivery, Notice
    from outreach.notices.sending import send_due_deliveries

    settings.ZALO_APP_ID = ""
    log_in(page, client, live_server, "canbo.guilai")
    firm = demo_firms(Stage.INVITED)[1]
    contact = firm.contacts.order_by("pk").first()
    link_telegram(contact, 7_100_002)
    fake_telegram.block(7_100_002)  # the contact blocked the bot: Telegram refuses for good

    # A notice to one firm picked by hand; its Telegram message fails.
    title = "Nhắc bổ sung giấy tờ (kiểm thử)"
    compose(page, live_server, campaign=firm.campaign, title=title, firms=(firm,))
    notice = Notice.objects.get(title=title)
    page.wait_for_url(f"**/review/{notice.pk}/")
    assert recipients(page)["Telegram"] == 1
    page.get_by_role("button", name="Đưa vào hàng đợi gửi").click()
    page.wait_for_url(f"**/inspect/{notice.pk}/")
    send_due_deliveries(now=in_window(1, 9))
    failed = Delivery.objects.get(notice=notice, contact=contact, channel="telegram")
    assert failed.state == "failed"

    page.reload()
    look(page, "dashboard failed")
    rows = page.locator("section[aria-labelledby=deliveries-heading] tbody tr")
    assert rows.filter(has_text="Gửi lỗi").count() == 1
    # Each retry button names its row for a screen reader: firm, contact, channel.
    retry = f"Gửi lại: {firm.enterprise.name}, {contact.name}, Telegram"
    page.get_by_role("button", name=retry, exact=True).click()
    page.wait_for_url(f"**/inspect/{notice.pk}/")
    assert "Tin nhắn đã vào hàng đợi để gửi lại." in page.locator(".messages").inner_text()
    look(page, "dashboard retried")
    failed.refresh_from_db()
    assert (failed.state, failed.attempts, failed.error) == ("queued", 0, "")
    assert page.get_by_role("button", name="Gửi lại").count() == 0

    # A notice scheduled for later, cancelled before it goes: its queued rows are cancelled.
    title = "Mời dự hội thảo (kiểm thử, hẹn giờ)"
    later = in_window(2, 10)
    compose(page, live_server, campaign=firm.campaign, title=title, stage="Đã mời", send_at=later)
    scheduled = Notice.objects.get(title=title)
    page.wait_for_url(f"**/review/{scheduled.pk}/")
    page.get_by_role("button", name="Đưa vào hàng đợi gửi").click()
    page.wait_for_url(f"**/inspect/{scheduled.pk}/")
    rows = Delivery.objects.filter(notice=scheduled)
    waiting = rows.filter(state="queued").count()
    assert waiting and all(row.next_attempt_at == later for row in rows.filter(state="queued"))
    look(page, "dashboard scheduled")
    page.locator("summary", has_text="Hủy các tin nhắn chưa gửi").click()
    confirm = page.get_by_role("button", name="Có, hủy các tin nhắn này")
    assert f"{waiting} tin nhắn chưa gửi sẽ không được gửi" in page.locator("details").inner_text()
    look(page, "dashboard cancel confirmation")
    confirm.click()
    page.wait_for_url(f"**/inspect/{scheduled.pk}/")
    look(page, "dashboard cancelled")
    scheduled.refresh_from_db()
    assert scheduled.state == "cancelled"
    assert rows.filter(state="cancelled").count() == waiting
    assert not rows.filter(state="queued").exists()
    assert page.locator("summary", has_text="Hủy các tin nhắn chưa gửi").count() == 0
    send_due_deliveries(now=later + timedelta(hours=1))
    assert not rows.filter(state="sent").exists()
    assert page.outside_requests == []
