"""The plan-vs-actual board: each target's progress and pace for a year."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.core.numbers import parse_int

from ..models import CalendarItem, CommunicationPlan
from ..progress import plan_progress, year_elapsed
from ..scheduling import refresh_held_events
from .calendar import CalendarPermissionMixin


class BoardView(CalendarPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "press/admin/board.html"
    page_title = _("Plan and results")
    header_icon = "tasks"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs) -> dict:
        today = timezone.localdate()
        refresh_held_events()
        years = list(CommunicationPlan.objects.values_list("year", flat=True))
        year = parse_int(self.request.GET.get("year", ""), maximum=9999) or today.year
        plan = CommunicationPlan.objects.filter(year=year).prefetch_related("targets").first()
        late = (
            CalendarItem.objects.late()
            .filter(starts_at__year=year)
            .select_related("officer", "outlet")
            .order_by("starts_at")
        )
        return super().get_context_data(
            year=year,
            years=years,
            plan=plan,
            rows=plan_progress(plan, today) if plan else [],
            elapsed_percent=round(100 * year_elapsed(year, today)),
            late_items=late,
            add_plan_url=reverse("wagtailsnippets_press_communicationplan:add"),
            report_url=reverse("press_board:report"),
            **kwargs,
        )
