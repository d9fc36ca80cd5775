"""The e-mail opt-out link's page: a firm's contact withdraws consent to e-mailed notices.

The link only shows a button; the withdrawal is a POST, so mail scanners that open every link
in a message withdraw nobody."""

from __future__ import annotations

from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from cms.core.clients import client_address
from outreach.campaigns.models import Channel, ConsentRecord, Contact

from ..addresses import PURPOSE, UNSUBSCRIBE_SALT

#: How long an opt-out link works: longer than any campaign, so old e-mails still stop mail.
MAX_AGE = 60 * 60 * 24 * 400


def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=MAX_AGE)
        contact = Contact.objects.select_related("firm__enterprise").get(pk=pk)
    except (signing.BadSignature, Contact.DoesNotExist):
        response = render(
            request,
            "notices/unsubscribe.html",
            {"invalid": True, "message": _("This opt-out link is not valid or has expired.")},
            status=404,
        )
        response["Cache-Control"] = "private, no-store"
        return response
    done = False
    if request.method == "POST":
        if contact.has_consent(PURPOSE, Channel.EMAIL):
            ConsentRecord.objects.create(
                contact=contact,
                purpose=PURPOSE,
                channel=Channel.EMAIL,
                granted=False,
                notice_text=_(
                    "Withdrawn with the opt-out link of a notice e-mail: no more campaign "
                    "notices and reminders by e-mail."
                ),
                method=ConsentRecord.Method.EMAIL,
                ip_address=client_address(request) or None,
                user_agent=request.headers.get("User-Agent", "")[:255],
            )
        done = True
    response = render(
        request,
        "notices/unsubscribe.html",
        {"contact": contact, "firm": contact.firm.enterprise, "done": done},
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
