"""Public downloads of the invitation forms."""

from __future__ import annotations

from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from .blank_set import blank_set_path
from .documents import DocumentError


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
