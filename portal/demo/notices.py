"""Demo notices for the 2026 campaign: three templates in Vietnamese, the reminder rules
(7, 3 and 1 days before the dossier deadline; the day before each working session), one
draft notice an officer can review and send, and three working sessions in the coming week
(counted from the day the demo is built), so the session rule's reminders appear on their
days for whoever tries it. Idempotent: found again by name."""

from __future__ import annotations

import datetime

from django.utils import timezone

from outreach.campaigns.chat import contact_addresses
from outreach.campaigns.models import Campaign, Contact, Stage, TargetFirm, WorkingSession
from outreach.notices.addresses import may_send
from outreach.notices.models import Notice, NoticeTemplate, ReminderRule

from .campaigns import DEMO_MARK, YEAR

TEMPLATES = {
    "Nhắc hạn nộp hồ sơ (minh họa)": {
        "telegram_text": (
            "Kính gửi {{ ten_doanh_nghiep }},\n"
            "Sở Công Thương Hà Nội xin nhắc: hạn nộp hồ sơ xét chọn sản phẩm công nghiệp chủ "
            "lực năm {{ nam }} là ngày {{ han_chot }} (còn {{ so_ngay_con_lai }} ngày). Quý "
            "doanh nghiệp xem hồ sơ và tải biểu mẫu tại {{ duong_dan_ca_nhan }}.\n"
            "Cán bộ phụ trách: {{ can_bo_phu_trach }} {{ dien_thoai_can_bo }}."
        ),
        "zalo_text": (
            "Kính gửi {{ ten_doanh_nghiep }}: hạn nộp hồ sơ xét chọn SPCNCL năm {{ nam }} là "
            "{{ han_chot }}. Biểu mẫu và hướng dẫn: {{ duong_dan_ca_nhan }}."
        ),
        "zns_template_id": "demo-nhac-han",
        "zns_params": "ten_doanh_nghiep = {{ ten_doanh_nghiep }}\nhan_nop = {{ han_chot }}",
        "email_subject": "Nhắc hạn nộp hồ sơ xét chọn SPCNCL năm {{ nam }}",
        "email_body": (
            "Kính gửi {{ ten_doanh_nghiep }},\n\n"
            "Hạn nộp hồ sơ xét chọn sản phẩm công nghiệp chủ lực năm {{ nam }} là ngày "
            "{{ han_chot }}. Quý doanh nghiệp xem hồ sơ của mình tại {{ duong_dan_ca_nhan }}.\n\n"
            "Mọi vướng mắc xin liên hệ {{ can_bo_phu_trach }} ({{ email_can_bo }})."
        ),
    },
    "Nhắc buổi làm việc (minh họa)": {
        "telegram_text": (
            "Kính gửi {{ ten_doanh_nghiep }}: Sở Công Thương Hà Nội xin nhắc buổi làm việc lúc "
            "{{ thoi_gian_lam_viec }} tại {{ dia_diem_lam_viec }}."
        ),
        "email_subject": "Nhắc lịch làm việc với Sở Công Thương Hà Nội",
        "email_body": (
            "Kính gửi {{ ten_doanh_nghiep }},\n\nXin nhắc buổi làm việc lúc "
            "{{ thoi_gian_lam_viec }} tại {{ dia_diem_lam_viec }}.\n\n{{ can_bo_phu_trach }}"
        ),
    },
    "Mời dự hội nghị phổ biến (minh họa)": {
        "telegram_text": (
            "Kính gửi {{ ten_doanh_nghiep }}: Sở Công Thương Hà Nội trân trọng mời quý doanh "
            "nghiệp dự hội nghị phổ biến tiêu chí xét chọn sản phẩm công nghiệp chủ lực năm "
            "{{ nam }}. Thông tin chi tiết: {{ duong_dan_ca_nhan }}."
        ),
        "zns_template_id": "demo-moi-hoi-nghi",
        "zns_params": (
            "ten_doanh_nghiep = {{ ten_doanh_nghiep }}\nduong_dan = {{ duong_dan_ca_nhan }}"
        ),
        "email_subject": "Mời dự hội nghị phổ biến tiêu chí xét chọn SPCNCL năm {{ nam }}",
        "email_body": (
            "Kính gửi {{ ten_doanh_nghiep }},\n\nSở Công Thương Hà Nội trân trọng mời quý "
            "doanh nghiệp dự hội nghị phổ biến tiêu chí xét chọn. Thông tin chi tiết tại "
            "{{ duong_dan_ca_nhan }}.\n\n{{ can_bo_phu_trach }}"
        ),
    },
}
DEADLINE_RULE = "Nhắc hạn nộp hồ sơ 7, 3 và 1 ngày trước (minh họa)"
SESSION_RULE = "Nhắc buổi làm việc một ngày trước (minh họa)"
NOTICE_TITLE = "Mời các doanh nghiệp đã nhận thư mời dự hội nghị phổ biến (minh họa)"


def _reachable(contact: Contact) -> bool:
    """A contact with a channel it has consented to and has not opted out of."""
    addresses = contact_addresses(contact)
    return any(not may_send(contact, channel, address) for channel, address in addresses.items())


class NoticesDemo:
    def __init__(self, log=None):
        self.log = log or (lambda message: None)

    def build(self) -> int:
        """Create what is missing; returns how many objects it added (0 on a second run)."""
        campaign = Campaign.objects.filter(year=YEAR, notes__startswith=DEMO_MARK).first()
        if campaign is None:
            return 0
        created = 0
        templates = {}
        for name, fields in TEMPLATES.items():
            templates[name], made = NoticeTemplate.objects.get_or_create(name=name, defaults=fields)
            created += made
        names = list(TEMPLATES)
        for name, defaults in (
            (DEADLINE_RULE, {"template": templates[names[0]], "days_before": "7, 3, 1"}),
            (
                SESSION_RULE,
                {
                    "template": templates[names[1]],
                    "kind": ReminderRule.Kind.SESSION,
                    "deadline_field": "",
                    "days_before": "1",
                    "skip_from_stage": Stage.WITHDREW,
                },
            ),
        ):
            _rule, made = ReminderRule.objects.get_or_create(
                campaign=campaign, name=name, defaults=defaults
            )
            created += made
        _notice, made = Notice.objects.get_or_create(
            campaign=campaign,
            title=NOTICE_TITLE,
            defaults={"template": templates[names[2]], "stages": [Stage.INVITED]},
        )
        created += made
        created += self._coming_sessions(campaign)
        if created:
            self.log(f"Demo notices: {created} templates, rules, notices and sessions added.")
        return created

    @staticmethod
    def _coming_sessions(campaign: Campaign) -> int:
        """Three working sessions about two, four and six days ahead (off weekends) at firms
        invited, with their forms or met once, whose contacts can be reached, so the reminders have
        someone to go to; none when the campaign already has a session to come."""
        now = timezone.now()
        if WorkingSession.objects.filter(firm__campaign=campaign, starts_at__gt=now).exists():
            return 0
        firms = []
        candidates = TargetFirm.objects.filter(
            campaign=campaign,
            stage__in=[Stage.FORM_DOWNLOADED, Stage.INVITED, Stage.SESSION_HELD],
        ).order_by("stage", "enterprise__sort_name")
        for firm in candidates:
            reachable = [contact for contact in firm.contacts.all() if _reachable(contact)]
            if reachable:
                firms.append((firm, reachable[:2]))
            if len(firms) == 3:
                break
        day = timezone.localdate(now)
        made = 0
        for (firm, contacts), hour in zip(firms, (9, 14, 9), strict=False):
            day += datetime.timedelta(days=2)
            while day.weekday() >= 5:  # the department works Monday to Friday
                day += datetime.timedelta(days=1)
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))
            session = WorkingSession.objects.create(
                firm=firm,
                starts_at=start,
                ends_at=start + datetime.timedelta(hours=2),
                place="Phòng họp Sở Công Thương Hà Nội",
                notes="Hướng dẫn hoàn thiện hồ sơ, trả lời câu hỏi của doanh nghiệp (minh họa).",
            )
            session.contacts.set(contacts)
            if firm.officer_id:
                session.officers.set([firm.officer_id])
            session.save()  # writes the parental relations set above
            made += 1
        return made

    @staticmethod
    def remove() -> None:
        """Remove the demo's notices, rules and templates (their ledger rows go with them)."""
        Notice.objects.filter(template__name__in=TEMPLATES).delete()
        ReminderRule.objects.filter(name__in=[DEADLINE_RULE, SESSION_RULE]).delete()
        NoticeTemplate.objects.filter(name__in=TEMPLATES).delete()
