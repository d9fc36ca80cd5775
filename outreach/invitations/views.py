"""Public downloads of the invitation forms."""

from __future__ import annotations

from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from .applying.submission import accepting
from .blank_set import blank_set_path
from .documents import DocumentError
from .models import Application, PersonalLink


def blank_set_download(request: HttpRequest) -> HttpResponse:
    try:
        path = blank_set_path()
    except DocumentError:
        path = None
    if path is None:
        return render(
            request,
            "invitations/blank_set_unavailable.html",
            {"message": _("The blank forms are being prepared. Please try again later.")},
            status=503,
        )
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename="bo-mau-ho-so-spcncl-ha-noi.zip",
        content_type="application/zip",
    )
    response["Cache-Control"] = "public, max-age=300"
    return response


def personal_link(request: HttpRequest, token: str) -> HttpResponse:
    """The firm's own page, opened from its invitation: no login, the token is the key."""
    link = get_object_or_404(
        PersonalLink.objects.usable().select_related(
            "firm__campaign", "firm__enterprise", "firm__officer"
        ),
        token=token,
    )
    # Not recorded: opening the page is reading, and reads are not tracked without consent.
    firm = link.firm
    response = render(
        request,
        "invitations/personal_link.html",
        {
            "link": link,
            "firm": firm,
            "campaign": firm.campaign,
            "enterprise": firm.enterprise,
            "officer": firm.officer,
            "deadlines": firm.campaign.deadlines(),
            "accepting_applications": accepting(firm.campaign),
            "application": Application.objects.filter(firm=firm)
            .select_related("current_version")
            .first(),
        },
    )
    # A personal page: never cached for others, never indexed.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
