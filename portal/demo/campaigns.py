"""The demo's recruitment campaign 2026: its deadlines, 36 target firms (illustrative catalogue
firms only) at every stage with their timelines, invented contacts with consents, working
sessions, and a few firms silent long enough to show on the overdue list."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms.catalogue.models import Enterprise, Sector
from outreach.campaigns.models import (
    Campaign,
    Channel,
    ConsentRecord,
    Contact,
    IntroducerKind,
    Purpose,
    Stage,
    StageChange,
    TargetFirm,
    WorkingSession,
)

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
YEAR = 2026
#: The campaign's notes start with this: what `reset` recognises as the demo's own campaign.
DEMO_MARK = "Dữ liệu minh họa"
OFFICERS_GROUP = "Cán bộ vận động"
#: (username, first name, last name): invented officers, without a password.
OFFICERS = (
    ("demo.canbo.ha", "Thu Hà", "Nguyễn"),
    ("demo.canbo.quang", "Minh Quang", "Trần"),
    ("demo.canbo.lan", "Phương Lan", "Đỗ"),
)
#: How many of the 36 firms stop at each stage (the council has met; the decision is awaited).
STAGE_COUNTS = (
    (Stage.EVALUATED, 22),
    (Stage.NOT_RECOGNISED, 3),
    (Stage.DOSSIER_COMPLETE, 2),
    (Stage.DOSSIER_SUBMITTED, 1),
    (Stage.SESSION_HELD, 2),
    (Stage.FORM_DOWNLOADED, 1),
    (Stage.INVITED, 2),
    (Stage.IDENTIFIED, 1),
    (Stage.WITHDREW, 2),
)
PATH = (
    Stage.IDENTIFIED,
    Stage.INVITED,
    Stage.FORM_DOWNLOADED,
    Stage.SESSION_HELD,
    Stage.DOSSIER_SUBMITTED,
    Stage.DOSSIER_COMPLETE,
    Stage.EVALUATED,
)
#: The day each stage was reached (plus a few days per firm), and who moved the firm there.
STAGE_DAYS = {
    Stage.IDENTIFIED: (datetime.date(YEAR, 3, 2), "system"),
    Stage.INVITED: (datetime.date(YEAR, 4, 6), "staff"),
    Stage.FORM_DOWNLOADED: (datetime.date(YEAR, 5, 4), "firm"),
    Stage.SESSION_HELD: (datetime.date(YEAR, 6, 8), "staff"),
    Stage.DOSSIER_SUBMITTED: (datetime.date(YEAR, 8, 17), "firm"),
    Stage.DOSSIER_COMPLETE: (datetime.date(YEAR, 10, 5), "staff"),
    Stage.EVALUATED: (datetime.date(YEAR, 11, 5), "staff"),
    Stage.NOT_RECOGNISED: (datetime.date(YEAR, 11, 5), "staff"),
    Stage.WITHDREW: (datetime.date(YEAR, 7, 13), "staff"),
}
INTRODUCERS = (
    (IntroducerKind.DEPARTMENT, "Sở Khoa học và Công nghệ Hà Nội"),
    (IntroducerKind.ASSOCIATION, "Hiệp hội Doanh nghiệp nhỏ và vừa TP Hà Nội"),
    (IntroducerKind.WARD, ""),
    (IntroducerKind.DEPARTMENT, "Ban Quản lý các Khu công nghiệp và chế xuất Hà Nội"),
    (IntroducerKind.ASSOCIATION, "Hội Cơ khí Hà Nội"),
)
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô")
GIVEN = (
    "Văn An",
    "Thị Bích",
    "Minh Châu",
    "Quốc Dũng",
    "Thu Giang",
    "Hải Long",
    "Ngọc Mai",
    "Đức Nam",
    "Thanh Phương",
    "Xuân Sơn",
    "Hồng Vân",
    "Tiến Thành",
)
ROLES = ("Giám đốc", "Phó giám đốc", "Trưởng phòng kinh doanh", "Trưởng phòng kỹ thuật")
NOTICE = (
    "Sở Công Thương Hà Nội (bên kiểm soát dữ liệu) dùng họ tên, chức vụ và số điện thoại/địa chỉ "
    "thư của ông/bà để gửi thông báo và nhắc hạn của đợt xét chọn sản phẩm công nghiệp chủ lực "
    "{year} qua kênh {channel}. Ông/bà có thể rút lại sự đồng ý bất cứ lúc nào (nhắn /stop, "
    "bấm hủy đăng ký hoặc báo cán bộ phụ trách). (Dữ liệu minh họa.)"
)


def _at(day: datetime.date, hour: int = 9) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=LOCAL_TZ)


class CampaignDemo:
    def __init__(self, log=None):
        self.log = log or (lambda message: None)

    def build(self) -> int:
        """Create what is missing; returns how many firms it added (0 on a second run)."""
        campaign, _created = Campaign.objects.get_or_create(
            year=YEAR,
            defaults={
                "title": "Kế hoạch xét chọn sản phẩm công nghiệp chủ lực năm 2026 (minh họa)",
                "introductions_due": datetime.date(YEAR, 3, 31),
                "dossiers_due": datetime.date(YEAR, 9, 30),
                "council_meeting": datetime.date(YEAR, 11, 5),
                "comments_open": datetime.date(YEAR, 11, 12),
                "comments_close": datetime.date(YEAR, 11, 23),
                "ceremony": datetime.date(YEAR, 12, 15),
                "firms_min": 30,
                "firms_max": 40,
                "recognised_firms_min": 20,
                "recognised_firms_max": 25,
                "recognised_products_min": 25,
                "recognised_products_max": 30,
                "notes": f"{DEMO_MARK}: đợt vận động, doanh nghiệp mục tiêu và người liên hệ "
                "được dựng ra để trình diễn hệ thống.",
            },
        )
        officers = self._officers()
        firms = Enterprise.objects.filter(illustrative=True).order_by("slug")[:36]
        stages = [stage for stage, count in STAGE_COUNTS for _n in range(count)]
        sectors = list(Sector.objects.order_by("sort_order"))
        made = 0
        for index, (enterprise, stage) in enumerate(zip(firms, stages, strict=False)):
            if TargetFirm.objects.filter(campaign=campaign, enterprise=enterprise).exists():
                continue
            self._firm(campaign, enterprise, stage, index, officers, sectors)
            made += 1
        if made:
            self.log(f"Campaign {YEAR}: {made} target firms.")
        return made

    def _officers(self) -> list:
        User = get_user_model()
        group = Group.objects.filter(name=OFFICERS_GROUP).first()
        officers = []
        for username, first, last in OFFICERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@example.com",
                },
            )
            if created:
                user.set_unusable_password()
                user.save()
                if group:
                    user.groups.add(group)
            officers.append(user)
        return officers

    def _firm(self, campaign, enterprise, stage, index, officers, sectors) -> None:
        kind, name = INTRODUCERS[index % len(INTRODUCERS)]
        if kind == IntroducerKind.WARD and enterprise.ward is None:
            kind, name = IntroducerKind.DEPARTMENT, "Sở Công Thương Hà Nội"
        officer = officers[index % len(officers)]
        firm = TargetFirm.objects.create(
            campaign=campaign,
            enterprise=enterprise,
            sector=sectors[index % len(sectors)] if sectors else None,
            officer=officer,
            introduced_by_kind=kind,
            introduced_by_ward=enterprise.ward if kind == IntroducerKind.WARD else None,
            introduced_by_name=name,
        )
        path = self._path(stage)
        previous = ""
        for step in path:
            day, source = STAGE_DAYS[step]
            at = _at(day + datetime.timedelta(days=index % 9), 9 + index % 7)
            StageChange.objects.create(
                firm=firm,
                from_stage=previous,
                to_stage=step,
                at=at,
                by=officer if source == "staff" else None,
                source=source,
                note="Doanh nghiệp xin dừng vì chưa đủ doanh thu năm nay."
                if step == Stage.WITHDREW
                else "",
            )
            previous = step
        firm.stage, firm.stage_changed_at = previous, at
        firm.save()
        contacts = self._contacts(firm, index)
        if Stage.SESSION_HELD in path:
            day, _source = STAGE_DAYS[Stage.SESSION_HELD]
            start = _at(day + datetime.timedelta(days=index % 9), 9)
            session = WorkingSession.objects.create(
                firm=firm,
                starts_at=start,
                ends_at=start + datetime.timedelta(hours=2),
                place="Trụ sở doanh nghiệp" if index % 2 else "Phòng họp Sở Công Thương Hà Nội",
                notes="Hướng dẫn hồ sơ xét chọn và tiêu chí; doanh nghiệp hẹn nộp hồ sơ đúng hạn.",
            )
            # Parental relations are written by the save that follows.
            session.contacts.set(contacts)
            session.officers.set([officer])
            session.save()

    @staticmethod
    def _path(stage: str) -> list[str]:
        if stage == Stage.WITHDREW:
            return [*PATH[:3], Stage.WITHDREW]
        if stage == Stage.NOT_RECOGNISED:
            return [*PATH[:6], Stage.NOT_RECOGNISED]
        return list(PATH[: PATH.index(stage) + 1])

    def _contacts(self, firm: TargetFirm, index: int) -> list[Contact]:
        contacts = []
        for number in range(1 + index % 2):
            seed = index * 2 + number
            contact = Contact.objects.create(
                firm=firm,
                name=f"{FAMILY[seed % len(FAMILY)]} {GIVEN[seed % len(GIVEN)]}",
                role=ROLES[seed % len(ROLES)],
                phone=f"0399 {seed:03d} {100 + index:03d}",
                email=f"lienhe{seed:02d}@example.com",
                zalo_phone=f"0399 {seed:03d} {100 + index:03d}" if seed % 3 else "",
            )
            contacts.append(contact)
            self._consents(contact, firm, seed)
        return contacts

    def _consents(self, contact: Contact, firm: TargetFirm, seed: int) -> None:
        """Most contacts agreed on the invitation form; some said no to Zalo or withdrew."""
        if seed % 5 == 4:
            return  # never asked yet: no consent is assumed
        given = _at(STAGE_DAYS[Stage.INVITED][0] + datetime.timedelta(days=seed % 11), 10)
        channels = [Channel.EMAIL] + ([Channel.ZALO] if contact.zalo_phone else [])
        for channel in channels:
            ConsentRecord.objects.create(
                contact=contact,
                purpose=Purpose.CAMPAIGN_NOTICES,
                channel=channel,
                granted=True,
                notice_text=NOTICE.format(year=YEAR, channel=channel.label),
                method=ConsentRecord.Method.FORM,
                at=given,
            )
        if seed % 7 == 3 and contact.zalo_phone:
            ConsentRecord.objects.create(
                contact=contact,
                purpose=Purpose.CAMPAIGN_NOTICES,
                channel=Channel.ZALO,
                granted=False,
                notice_text=NOTICE.format(year=YEAR, channel=Channel.ZALO.label),
                method=ConsentRecord.Method.CHAT,
                at=given + datetime.timedelta(days=40),
            )


def remove_demo_campaign() -> None:
    """Remove the demo's campaign with its firms, contacts, consents and sessions; a campaign
    staff made themselves is left alone."""
    campaign = Campaign.objects.filter(year=YEAR, notes__startswith=DEMO_MARK).first()
    if campaign is None:
        return
    ConsentRecord.objects.filter(contact__firm__campaign=campaign).erase()
    campaign.delete()
    get_user_model().objects.filter(username__in=[o[0] for o in OFFICERS]).delete()
