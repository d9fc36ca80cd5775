"""Admin pages of the campaign's progress: the pipeline board, the overdue list, the Excel
report, and a working session's .ics invitation. Outreach officers only (view target firms)."""

from __future__ import annotations

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from cms.core.numbers import parse_int
from cms.core.spreadsheets import record_export
from portal.admin_menu import menu_item_requiring

from .. import ical
from ..models import Campaign, WorkingSession
from ..progress import (
    DEFAULT_OVERDUE_DAYS,
    REPORT_CONTENT_TYPE,
    board,
    build_report,
    days_since,
    overdue,
    report_filename,
    targets,
)

PERMISSION = "campaigns.view_targetfirm"


class OfficersOnlyMixin:
    """Answers 403 itself: a PermissionDenied would become Wagtail's redirect to the dashboard."""

    permission = PERMISSION

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.has_perm(self.permission):
            return TemplateResponse(request, "campaigns/admin/forbidden.html", status=403)
        return super().dispatch(request, *args, **kwargs)


def chosen_campaign(request: HttpRequest) -> Campaign | None:
    """The campaign named by ?campaign=YEAR, else the latest one."""
    raw = request.GET.get("campaign", "")
    if raw:
        year = parse_int(raw, maximum=9999)
        if year is None:
            raise Http404
        return get_object_or_404(Campaign, year=year)
    return Campaign.objects.order_by("-year").first()


class OverdueForm(forms.Form):
    days = forms.IntegerField(
        label=_("No move for at least (days)"),
        min_value=1,
        max_value=365,
        initial=DEFAULT_OVERDUE_DAYS,
        error_messages={"invalid": _("Write a whole number of days, e.g. 14.")},
    )


class OfficerPageMixin(OfficersOnlyMixin, WagtailAdminTemplateMixin):
    """An admin page of the campaign, titled in its header and breadcrumbs."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]


class CampaignPageMixin(OfficerPageMixin):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        campaign = chosen_campaign(self.request)
        today = timezone.localdate()
        context.update(
            campaign=campaign,
            campaigns=Campaign.objects.order_by("-year"),
            next_deadline=campaign.next_deadline(today) if campaign else None,
            today=today,
        )
        if context["next_deadline"]:
            context["days_left"] = (context["next_deadline"][1] - today).days
        return context


class BoardView(CampaignPageMixin, TemplateView):
    page_title = _("Pipeline board")
    header_icon = "table"
    template_name = "campaigns/admin/board.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        campaign = context["campaign"]
        if campaign is not None:
            now = timezone.now()
            columns = board(campaign)
            for column in columns:
                for firm in column.firms:
                    firm.days_still = days_since(firm.stage_changed_at, now)
            context.update(columns=columns, targets=targets(campaign))
        return context


class OverdueView(CampaignPageMixin, TemplateView):
    page_title = _("Overdue firms")
    header_icon = "warning"
    template_name = "campaigns/admin/overdue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = OverdueForm(self.request.GET or None)
        days = form.cleaned_data["days"] if form.is_valid() else DEFAULT_OVERDUE_DAYS
        context.update(form=form, days=days)
        if context["campaign"] is not None:
            now = timezone.now()
            firms = overdue(context["campaign"], days, now)
            for firm in firms:
                firm.days_still = days_since(firm.stage_changed_at, now)
            context["firms"] = firms
        return context


class ReportView(OfficersOnlyMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        campaign = chosen_campaign(request)
        if campaign is None:
            raise Http404
        response = HttpResponse(build_report(campaign), content_type=REPORT_CONTENT_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{report_filename(campaign)}"'
        record_export(request, str(campaign), "xlsx", campaign.firms.count())
        return response


class SessionCalendarView(OfficersOnlyMixin, View):
    permission = "campaigns.view_workingsession"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        session = get_object_or_404(
            WorkingSession.objects.select_related("firm__enterprise", "firm__campaign"), pk=pk
        )
        body = ical.session_calendar(session, request.get_host())
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{ical.filename(session)}"'
        return response


OfficerMenuItem = menu_item_requiring(PERMISSION)


class BoardViewSet(ViewSet):
    name = "campaign_board"
    url_prefix = "campaigns/board"
    icon = "table"
    menu_label = _("Pipeline board")
    menu_name = "campaign-board"
    add_to_admin_menu = False
    menu_item_class = OfficerMenuItem

    def get_urlpatterns(self):
        return [
            path("", BoardView.as_view(), name="board"),
            path("report.xlsx", ReportView.as_view(), name="report"),
            path("sessions/<int:pk>/invitation.ics", SessionCalendarView.as_view(), name="ics"),
        ]


class OverdueViewSet(ViewSet):
    name = "campaign_overdue"
    url_prefix = "campaigns/overdue"
    icon = "warning"
    menu_label = _("Overdue firms")
    menu_name = "campaign-overdue"
    add_to_admin_menu = False
    menu_item_class = OfficerMenuItem

    def get_urlpatterns(self):
        return [path("", OverdueView.as_view(), name="list")]
