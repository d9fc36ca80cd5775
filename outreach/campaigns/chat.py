"""Where campaigns meet the chat channels: a contact's chats (linked through bots' one-time
tokens with the subject "campaigns.contact:<pk>"), the addresses notices are sent to, and the
commands firms send the bot: /status and /deadlines (invitations adds /forms). bots never
imports this; it is registered from CampaignsConfig.ready through bots' public registry."""

from __future__ import annotations

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from bots.inbound import InboundMessage, register_command
from bots.linking import issue_link_token, telegram_deep_link, unlink_subjects, zns_phone
from bots.models import ChatIdentity, LinkToken
from cms.core.numbers import parse_int

from .models import Contact, TargetFirm

SUBJECT_PREFIX = "campaigns.contact:"


def contact_subject(contact: Contact) -> str:
    return f"{SUBJECT_PREFIX}{contact.pk}"


def contact_for_subject(subject: str) -> Contact | None:
    if not subject.startswith(SUBJECT_PREFIX):
        return None
    pk = parse_int(subject.removeprefix(SUBJECT_PREFIX))
    if pk is None:
        return None
    return (
        Contact.objects.select_related("firm__campaign", "firm__enterprise").filter(pk=pk).first()
    )


def linked_chats(contact: Contact) -> list[ChatIdentity]:
    """The chats linked to the contact that still take messages."""
    return list(
        ChatIdentity.objects.filter(
            subject=contact_subject(contact), linked_at__isnull=False, opted_out_at__isnull=True
        ).order_by("channel", "-linked_at")
    )


def contact_addresses(contact: Contact) -> dict[str, str]:
    """Where each channel reaches the contact, in the order notices try them: a linked
    Telegram chat, a linked Zalo follower, ZNS by the Zalo phone, then e-mail."""
    addresses: dict[str, str] = {}
    for chat in linked_chats(contact):
        addresses.setdefault(chat.channel, chat.external_id)
    phone = zns_phone(contact.zalo_phone or "")
    if phone:
        addresses["zalo_zns"] = phone
    if contact.email:
        addresses["email"] = contact.email
    return addresses


def current_link_token(contact: Contact) -> LinkToken:
    """An unused, unexpired token for the contact, issued when there is none, so the admin and
    the invitation show the same link until it is used."""
    now = timezone.now()
    token = (
        LinkToken.objects.filter(
            subject=contact_subject(contact), used_at__isnull=True, expires_at__gt=now
        )
        .order_by("-created_at")
        .first()
    )
    if token is None:
        token = issue_link_token(contact_subject(contact), str(contact.firm.enterprise.name))
    return token


def telegram_link(contact: Contact) -> str:
    return telegram_deep_link(current_link_token(contact))


def unlink_firm_chats(firm: TargetFirm) -> int:
    """Unlink the chats of all the firm's contacts and void their unused chat codes. Called
    when the firm's personal link is revoked: the invitation that went astray with the link
    carried the chat QR code and Zalo code too. Returns how many chats were unlinked."""
    pks = firm.contacts.values_list("pk", flat=True)
    return unlink_subjects(f"{SUBJECT_PREFIX}{pk}" for pk in pks)


# --- commands firms send the bot ------------------------------------------------------------


def firm_of(message: InboundMessage) -> TargetFirm | None:
    """The target firm whose contact linked this chat, if any."""
    identity = message.identity
    if identity is None or not identity.is_linked:
        return None
    contact = contact_for_subject(identity.subject)
    return contact.firm if contact else None


def not_linked() -> str:
    return gettext(
        "This chat is not linked to a firm yet. Open the link or scan the QR code on your "
        "invitation first."
    )


def _day(value) -> str:
    return date_format(value, "d/m/Y")


def status_command(message: InboundMessage) -> str:
    firm = firm_of(message)
    if firm is None:
        return not_linked()
    lines = [
        gettext("%(firm)s, round %(year)s: %(stage)s.")
        % {
            "firm": firm.enterprise.name,
            "year": firm.campaign.year,
            "stage": firm.get_stage_display().lower(),
        }
    ]
    upcoming = firm.campaign.next_deadline(timezone.localdate())
    if upcoming:
        label, day = upcoming
        lines.append(gettext("Next date: %(label)s, %(day)s.") % {"label": label, "day": _day(day)})
    return "\n".join(lines)


def deadlines_command(message: InboundMessage) -> str:
    firm = firm_of(message)
    if firm is None:
        return not_linked()
    deadlines = firm.campaign.deadlines()
    if not deadlines:
        return gettext("The dates of the %(year)s round are not published yet.") % {
            "year": firm.campaign.year
        }
    lines = [gettext("Dates of the %(year)s round:") % {"year": firm.campaign.year}]
    lines += [f"- {label}: {_day(day)}" for label, day in deadlines]
    return "\n".join(lines)


def register_commands() -> None:
    register_command(
        "status",
        status_command,
        _("where your application stands"),
        keywords=("TRANGTHAI",),
    )
    register_command(
        "deadlines",
        deadlines_command,
        _("the dates of this year's round"),
        keywords=("HAN", "LICH"),
    )
