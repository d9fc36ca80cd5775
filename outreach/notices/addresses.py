"""Where a contact can be reached on each channel, whether it may be, and the words that go
with a message there: the opt-out sentence every message ends with."""

from __future__ import annotations

from django.core import signing
from django.urls import reverse
from django.utils.translation import gettext

from bots.delivery import is_opted_out
from bots.inbound import opt_out_hint
from bots.linking import zns_phone
from bots.models import ChatIdentity
from outreach.campaigns.models import Contact, Purpose

#: The consent channel (campaigns' Channel choices) each sending channel needs.
CONSENT_CHANNEL = {"telegram": "telegram", "zalo": "zalo", "zalo_zns": "zalo", "email": "email"}
PURPOSE = Purpose.CAMPAIGN_NOTICES
#: Chats are linked to contacts under this subject (see bots.linking).
SUBJECT = "campaigns.contact:{pk}"
UNSUBSCRIBE_SALT = "notices.unsubscribe"


def contact_addresses(contact: Contact) -> dict[str, str]:
    """The contact's address on every channel it has one on: linked chats by their chat id,
    ZNS by the Zalo phone in 84… form, e-mail by address."""
    addresses: dict[str, str] = {}
    identities = ChatIdentity.objects.filter(
        subject=SUBJECT.format(pk=contact.pk), channel__in=("telegram", "zalo")
    ).order_by("-linked_at")
    for identity in identities:
        addresses.setdefault(identity.channel, identity.external_id)
    if phone := zns_phone(contact.zalo_phone):
        addresses["zalo_zns"] = phone
    if contact.email:
        addresses["email"] = contact.email
    return addresses


def has_opted_out(contact: Contact) -> bool:
    """True when any chat linked to the contact asked to stop (/stop, the Zalo keyword):
    the person said no more messages, so none goes on any channel."""
    return ChatIdentity.objects.filter(
        subject=SUBJECT.format(pk=contact.pk), opted_out_at__isnull=False
    ).exists()


def may_send(contact: Contact, channel: str, address: str) -> str:
    """ "" when a message may go to `address` on `channel`, else the skip reason."""
    if has_opted_out(contact) or (
        channel in ("telegram", "zalo") and is_opted_out(channel, address)
    ):
        return "opted_out"
    if not contact.has_consent(PURPOSE, CONSENT_CHANNEL[channel]):
        return "no_consent"
    return ""


def unsubscribe_url(contact: Contact) -> str:
    """The e-mail's opt-out link: signed, so it withdraws this contact's consent and no other."""
    from cms.catalogue.links import absolute

    token = signing.dumps(contact.pk, salt=UNSUBSCRIBE_SALT)
    return absolute(reverse("notices:unsubscribe", args=[token]))


def opt_out_line(channel: str, contact: Contact) -> str:
    """The sentence that ends a message on `channel`. ZNS templates carry their own, fixed by
    Zalo when it approves them, so nothing is added there."""
    if channel in ("telegram", "zalo"):
        return opt_out_hint(channel)
    if channel == "email":
        return gettext("To stop receiving these e-mails, open: %(url)s") % {
            "url": unsubscribe_url(contact)
        }
    return ""
