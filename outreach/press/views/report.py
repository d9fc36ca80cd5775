"""Download of the year's communication report (Excel)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views import View

from cms.core.numbers import parse_int

from ..report import build_report, report_filename
from .calendar import CalendarPermissionMixin

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FIRST_YEAR, LAST_YEAR = 2018, 2100


class ReportDownloadView(CalendarPermissionMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        raw = request.GET.get("year", "")
        year = parse_int(raw, minimum=FIRST_YEAR, maximum=LAST_YEAR)
        if year is None:
            messages.error(
                request,
                _(
                    "“%(year)s” is not a year the report can cover: give a year from %(first)s to "
                    "%(last)s."
                )
                % {"year": raw, "first": FIRST_YEAR, "last": LAST_YEAR},
            )
            return redirect("press_board:index")
        response = HttpResponse(build_report(year), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{report_filename(year)}"'
        response["Cache-Control"] = "private, no-store"
        return response
