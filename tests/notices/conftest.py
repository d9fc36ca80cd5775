"""Fixtures of the notices tests: a campaign far from the demo's, firms with contacts whose
consents and linked chats each test chooses, a template for every channel, and a clock inside
the send window."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from cms.catalogue.models import Enterprise
from cms.catalogue.taxcode import with_check_digit

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
_numbers = itertools.count(1)


def hanoi(*args: int) -> datetime:
    return datetime(*args, tzinfo=HANOI)


def daytime_zone() -> str:
    """Hà Nội while its send window may be open; at night a fixed-offset zone where it is now
    about midday, so a test on the real clock runs at any hour under the same window rules."""
    if 8 <= timezone.localtime(timezone.now(), HANOI).hour < 19:
        return "Asia/Ho_Chi_Minh"
    offset = 12 - timezone.now().hour  # hours east of UTC, -11 to 12
    return f"Etc/GMT{-offset:+d}"  # the Etc names count west: Etc/GMT-5 is UTC+5


@pytest.fixture
def now() -> datetime:
    """Monday 24/08/2099 at 09:00 in Hà Nội: a week before the dossier deadline."""
    return hanoi(2099, 8, 24, 9, 0)


@pytest.fixture
def campaign(db):
    from outreach.campaigns.models import Campaign

    return Campaign.objects.create(
        year=2099,
        introductions_due=date(2099, 3, 31),
        dossiers_due=date(2099, 8, 31),
        council_meeting=date(2099, 10, 20),
    )


@pytest.fixture
def template(db):
    from outreach.notices.models import NoticeTemplate

    return NoticeTemplate.objects.create(
        name="Nhắc hạn nộp hồ sơ (thử nghiệm)",
        telegram_text=(
            "Kính gửi {{ ten_doanh_nghiep }}: hạn nộp hồ sơ là {{ han_chot }}, còn "
            "{{ so_ngay_con_lai }} ngày. Hồ sơ của quý doanh nghiệp: {{ duong_dan_ca_nhan }}"
        ),
        zns_template_id="tpl1",
        zns_params="ten_doanh_nghiep = {{ ten_doanh_nghiep }}\nhan_nop = {{ han_chot }}",
        email_subject="Nhắc hạn nộp hồ sơ {{ nam }}",
        email_body="Kính gửi {{ ten_doanh_nghiep }},\nHạn nộp hồ sơ là {{ han_chot }}.",
    )


@pytest.fixture
def make_firm(campaign):
    from outreach.campaigns.models import TargetFirm

    def make(name: str = "", stage: str = "invited", **fields) -> TargetFirm:
        number = next(_numbers)
        enterprise = Enterprise.objects.create(
            name=name or f"Công ty TNHH Thử Nghiệm Thông Báo {number}",
            tax_code=with_check_digit(f"0109{number:05d}"),
        )
        return TargetFirm.objects.create(
            campaign=campaign, enterprise=enterprise, stage=stage, **fields
        )

    return make


def consent(
    contact,
    channel: str,
    text: str = "Đồng ý nhận thông báo của chương trình.",
    method: str = "form",
) -> None:
    """The contact's recorded agreement to campaign notices on one channel."""
    from outreach.campaigns.models import ConsentRecord

    ConsentRecord.objects.create(
        contact=contact,
        purpose="campaign_notices",
        channel=channel,
        granted=True,
        notice_text=text,
        method=method,
    )


def link_chat(contact, channel: str, external_id: str | int) -> None:
    """The contact's chat on a channel, linked as the bot links it."""
    from bots.models import ChatIdentity
    from outreach.campaigns.chat import contact_subject

    ChatIdentity.objects.create(
        channel=channel,
        external_id=str(external_id),
        subject=contact_subject(contact),
        linked_at=timezone.now(),
    )


@pytest.fixture
def make_contact():
    from outreach.campaigns.models import Contact

    def make(
        firm,
        consents: tuple[str, ...] = ("telegram", "zalo", "email"),
        telegram_chat: int | None = None,
        zalo_user: str = "",
        **fields,
    ) -> Contact:
        number = next(_numbers)
        fields.setdefault("name", f"Người liên hệ {number}")
        fields.setdefault("email", f"lienhe{number}@vi-du.vn")
        fields.setdefault("zalo_phone", f"09{number:08d}")
        contact = Contact.objects.create(firm=firm, **fields)
        for channel in consents:
            consent(contact, channel)
        if telegram_chat is not None:
            link_chat(contact, "telegram", telegram_chat)
        if zalo_user:
            link_chat(contact, "zalo", zalo_user)
        return contact

    return make


@pytest.fixture
def make_notice(campaign, template):
    from outreach.notices.models import Notice

    def make(**fields) -> Notice:
        fields.setdefault("title", "Thông báo thử nghiệm")
        firms = fields.pop("firms", None)
        notice = Notice.objects.create(campaign=campaign, template=template, **fields)
        if firms:
            notice.firms.set(firms)
            notice.save()
        return notice

    return make


@pytest.fixture
def officer_client(client, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        "canbo.thongbao", email="canbo.thongbao@so-congthuong.vi-du.vn", password="x"
    )
    user.groups.add(Group.objects.get(name="Cán bộ vận động"))
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(client, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("bientap.thongbao", password="x")
    user.groups.add(Group.objects.get(name="Biên tập viên"))
    client.force_login(user)
    return client
