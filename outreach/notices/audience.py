"""Who a notice reaches and what each one reads: the audience filter turned into contacts and
channels, the text filled in for each firm, and `queue_notice`, which writes the ledger rows.

The composer's count and the queued rows come from the same `plan_notice`, so what staff
confirm is what is queued.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from outreach.campaigns.chat import contact_addresses
from outreach.campaigns.models import CLOSED_STAGES, STAGE_RANK, Contact, Stage, TargetFirm

from .addresses import may_send, opt_out_line
from .models import CHANNEL_LIMITS, Delivery, DeliveryState, Notice, NoticeState, SkipReason
from .placeholders import fill

#: A send time this far in the past is still "now" (the form took a while to submit).
PAST_TOLERANCE = timedelta(minutes=5)


class NoticeError(ValidationError):
    """A notice that cannot be queued; the message says why, for the officer."""


def _date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def audience_firms(notice: Notice) -> QuerySet[TargetFirm]:
    """The firms the notice's filter selects (before the stage check made at send time)."""
    if notice.session_id:
        return TargetFirm.objects.filter(pk=notice.session.firm_id)
    firms = TargetFirm.objects.filter(campaign_id=notice.campaign_id)
    if notice.stages:
        firms = firms.filter(stage__in=notice.stages)
    else:
        firms = firms.exclude(stage__in=CLOSED_STAGES)
    if notice.sector_id:
        firms = firms.filter(sector_id=notice.sector_id)
    if notice.former_district_id:
        firms = firms.filter(enterprise__former_district_id=notice.former_district_id)
    picked = [firm.pk for firm in notice.firms.all()] if notice.pk else []
    if picked:
        firms = firms.filter(pk__in=picked)
    if notice.skip_from_stage:
        rank = STAGE_RANK[notice.skip_from_stage]
        firms = firms.filter(stage__in=[s for s in Stage.values if STAGE_RANK[s] < rank])
    return firms.select_related("enterprise", "campaign", "officer").order_by(
        "enterprise__sort_name", "pk"
    )


def firm_moved_on(notice: Notice, firm: TargetFirm) -> bool:
    """True when the firm reached the stage that ends the notice (checked again at send time)."""
    if not notice.skip_from_stage:
        return False
    return STAGE_RANK[firm.stage] >= STAGE_RANK[notice.skip_from_stage]


def values_for(notice: Notice, firm: TargetFirm, when: datetime | None = None) -> dict[str, str]:
    """Every placeholder's value for one firm."""
    from outreach.invitations.models import PersonalLink

    campaign = notice.campaign
    when = timezone.localdate(when or notice.send_at or timezone.now())
    deadline = notice.deadline or campaign.dossiers_due
    officer = firm.officer
    values = {
        "ten_doanh_nghiep": firm.enterprise.name,
        "nam": str(campaign.year),
        "han_chot": _date(deadline),
        "so_ngay_con_lai": str(max((deadline - when).days, 0)) if deadline else "",
        "han_nop_ho_so": _date(campaign.dossiers_due),
        "duong_dan_ca_nhan": PersonalLink.for_firm(firm).full_url,
        "can_bo_phu_trach": (officer.get_full_name() or officer.get_username()) if officer else "",
        "dien_thoai_can_bo": officer.phone if officer else "",
        "email_can_bo": officer.email if officer else "",
        "thoi_gian_lam_viec": "",
        "dia_diem_lam_viec": "",
    }
    if notice.session_id:
        session = notice.session
        values["thoi_gian_lam_viec"] = timezone.localtime(session.starts_at).strftime(
            "%H:%M %d/%m/%Y"
        )
        values["dia_diem_lam_viec"] = session.place
        values["han_chot"] = _date(timezone.localdate(session.starts_at))
    return values


@dataclass
class Rendered:
    text: str = ""
    subject: str = ""
    template_id: str = ""
    template_data: dict[str, str] = field(default_factory=dict)


def render(notice: Notice, channel: str, values: dict[str, str], contact: Contact) -> Rendered:
    """The message for one channel, opt-out sentence included."""
    template = notice.template
    if channel == "zalo_zns":
        return Rendered(
            template_id=template.zns_template_id.strip(), template_data=template.zns_data(values)
        )
    body = {
        "telegram": template.telegram_text,
        "zalo": template.zalo_text,
        "email": template.email_body,
    }[channel]
    text = fill(body, values).strip() + "\n\n" + opt_out_line(channel, contact)
    subject = fill(template.email_subject, values).strip() if channel == "email" else ""
    return Rendered(text=text, subject=subject)


@dataclass
class PlannedDelivery:
    firm: TargetFirm
    contact: Contact
    channel: str  # "" when the contact cannot be reached: a skipped row
    address: str = ""
    reason: str = ""
    fallbacks: list[str] = field(default_factory=list)


def reachable_channels(notice: Notice, contact: Contact) -> tuple[list[tuple[str, str]], str]:
    """(channel, address) pairs the contact may get this notice on, in order; and, when there
    is none, why."""
    addresses = contact_addresses(contact)
    usable, reasons = [], []
    for channel in notice.template.channels():
        if channel not in addresses:
            continue
        reason = may_send(contact, channel, addresses[channel])
        if reason == SkipReason.OPTED_OUT:
            return [], SkipReason.OPTED_OUT
        if reason:
            reasons.append(reason)
            continue
        usable.append((channel, addresses[channel]))
    if usable:
        return usable, ""
    return [], SkipReason.NO_CONSENT if reasons else SkipReason.NO_CHANNEL


def plan_notice(notice: Notice) -> list[PlannedDelivery]:
    """One entry per contact of the audience: the first channel to try, or why none."""
    plans = []
    for firm in audience_firms(notice):
        contacts = firm.contacts.all()
        if notice.session_id:
            contacts = notice.session.contacts.all()
        for contact in contacts.order_by("pk"):
            usable, reason = reachable_channels(notice, contact)
            if usable:
                (channel, address), rest = usable[0], usable[1:]
                plans.append(
                    PlannedDelivery(firm, contact, channel, address, fallbacks=[c for c, _ in rest])
                )
            else:
                plans.append(PlannedDelivery(firm, contact, "", reason=reason))
    return plans


def recipient_counts(plans: list[PlannedDelivery]) -> dict[str, Counter]:
    """What the composer shows: contacts per first channel, and skipped ones per reason."""
    return {
        "channels": Counter(plan.channel for plan in plans if plan.channel),
        "skipped": Counter(plan.reason for plan in plans if not plan.channel),
        "firms": Counter(plan.firm.pk for plan in plans if plan.channel),
    }


def delivery_key(notice: Notice, contact_pk: int | None, channel: str) -> str:
    return f"notice-{notice.pk}-contact-{contact_pk or 0}-{channel or 'none'}"


def check_can_queue(notice: Notice, plans: list[PlannedDelivery], now: datetime) -> None:
    """Refuse, before anything is written: a send time in the past, an empty audience, a text
    over its channel's limit for any firm."""
    if notice.send_at and notice.send_at < now - PAST_TOLERANCE:
        raise NoticeError(gettext("The send time is in the past; choose a later time or none."))
    if notice.kind == Notice.Kind.MANUAL and not any(plan.channel for plan in plans):
        raise NoticeError(
            gettext(
                "Nobody would receive this notice: no firm matches the audience, or none of "
                "their contacts can be reached on a channel they consented to."
            )
        )
    for plan in plans:
        for channel in [plan.channel, *plan.fallbacks]:
            if channel not in CHANNEL_LIMITS:
                continue
            text = render(notice, channel, values_for(notice, plan.firm), plan.contact).text
            if len(text) > CHANNEL_LIMITS[channel]:
                raise NoticeError(
                    gettext(
                        "For %(firm)s the %(channel)s text is %(length)s characters long; the "
                        "channel takes at most %(limit)s. Shorten the template."
                    )
                    % {
                        "firm": plan.firm.enterprise.name,
                        "channel": channel,
                        "length": len(text),
                        "limit": CHANNEL_LIMITS[channel],
                    }
                )


def new_delivery(
    notice: Notice,
    firm: TargetFirm,
    contact: Contact | None,
    channel: str,
    address: str,
    *,
    now: datetime,
    due: datetime,
) -> Delivery:
    """An unsaved ledger row with its message filled in."""
    row = Delivery(
        notice=notice,
        firm=firm,
        contact=contact,
        channel=channel or "none",
        address=address,
        idempotency_key=delivery_key(notice, contact.pk if contact else None, channel),
        next_attempt_at=due,
        created_at=now,
        updated_at=now,
    )
    if channel and contact is not None:
        rendered = render(notice, channel, values_for(notice, firm, due), contact)
        row.text, row.subject = rendered.text, rendered.subject[:255]
        row.template_id, row.template_data = rendered.template_id, rendered.template_data
    return row


def queue_notice(notice: Notice, *, now: datetime | None = None) -> int:
    """Write the notice's ledger rows and mark it queued; returns how many rows are due to be
    sent. Queuing twice writes nothing more (each row's key is unique)."""
    now = now or timezone.now()
    with transaction.atomic():
        notice = Notice.objects.select_for_update().get(pk=notice.pk)
        if notice.state != NoticeState.DRAFT:
            return 0
        plans = plan_notice(notice)
        check_can_queue(notice, plans, now)
        due = max(notice.send_at or now, now)
        rows = []
        for plan in plans:
            row = new_delivery(
                notice, plan.firm, plan.contact, plan.channel, plan.address, now=now, due=due
            )
            if not plan.channel:
                row.state, row.reason = DeliveryState.SKIPPED, plan.reason
            rows.append(row)
        Delivery.objects.bulk_create(rows, ignore_conflicts=True)
        Notice.objects.filter(pk=notice.pk).update(state=NoticeState.QUEUED, queued_at=now)
        transaction.on_commit(kick_worker)
    return sum(1 for row in rows if row.state == DeliveryState.QUEUED)


def kick_worker() -> None:
    """Ask a worker to send now rather than at the next minute's run."""
    from django_q.tasks import async_task

    async_task("outreach.notices.tasks.send_deliveries", task_name="notices-kick")
