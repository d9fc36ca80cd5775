"""The /forms command: a linked firm gets the address of its own page, with its set and the
online application."""

from __future__ import annotations

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from bots.inbound import InboundMessage, register_command
from outreach.campaigns.chat import firm_of, not_linked

from .models import PersonalLink


def forms_command(message: InboundMessage) -> str:
    firm = firm_of(message)
    if firm is None:
        return not_linked()
    link = PersonalLink.for_firm(firm)
    return gettext("Your forms and the online application are on your firm's own page: %(url)s") % {
        "url": link.full_url
    }


def register_commands() -> None:
    register_command(
        "forms", forms_command, _("your forms and the online application"), keywords=("BIEUMAU",)
    )
