"""Whether a contact may be reached on a channel (campaigns.chat says where it can be), and
the words that go with a message there: the opt-out sentence every message ends with."""

from __future__ import annotations

from django.core import signing
from django.urls import reverse
from django.utils.translation import gettext

from bots.delivery import is_opted_out
from bots.inbound import opt_out_hint
from bots.models import ChatIdentity
from outreach.campaigns.chat import contact_subject
from outreach.campaigns.models import Contact, Purpose

#: The consent channel (campaigns' Channel choices) each sending channel needs.
CONSENT_CHANNEL = {"telegram": "telegram", "zalo": "zalo", "zalo_zns": "zalo", "email": "email"}
PURPOSE = Purpose.CAMPAIGN_NOTICES
UNSUBSCRIBE_SALT = "notices.unsubscribe"


def has_opted_out(contact: Contact) -> bool:
    """True when any chat linked to the contact asked to stop (/stop, the Zalo keyword):
    the person said no more messages, so none goes on any channel."""
    return ChatIdentity.objects.filter(
        subject=contact_subject(contact), opted_out_at__isnull=False
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
