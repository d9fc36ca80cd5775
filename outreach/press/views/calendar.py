"""The press calendar in the Wagtail admin: a month and a week view of the items, and the
endpoint the calendar's drag and drop posts to."""

from __future__ import annotations

import calendar as pycalendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.core.numbers import parse_int

from ..models import CalendarItem, ItemStatus, TargetKind
from ..scheduling import RescheduleError, reschedule

VIEW_PERMISSION = "press.view_calendaritem"
CHANGE_PERMISSION = "press.change_calendaritem"
URL_NAMESPACE = "press_calendar"


class CalendarPermissionMixin:
    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.has_perm(VIEW_PERMISSION):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)


@dataclass
class Day:
    date: date
    items: list[CalendarItem]
    in_period: bool
    is_today: bool

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def _local_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    zone = timezone.get_current_timezone()
    start = timezone.make_aware(datetime.combine(first, datetime.min.time()), zone)
    end = timezone.make_aware(datetime.combine(last + timedelta(days=1), datetime.min.time()), zone)
    return start, end


def items_by_day(first: date, last: date, params) -> dict[date, list[CalendarItem]]:
    start, end = _local_bounds(first, last)
    items = (
        CalendarItem.objects.between(start, end)
        .select_related("outlet", "officer", "page__content_type")
        .order_by("starts_at", "pk")
    )
    kind = params.get("kind")
    if kind in TargetKind.values:
        items = items.filter(kind=kind)
    if params.get("mine"):
        items = items.filter(officer=params["user"])
    if not params.get("cancelled"):
        items = items.exclude(status=ItemStatus.CANCELLED)
    days: dict[date, list[CalendarItem]] = {}
    for item in items:
        days.setdefault(timezone.localdate(item.starts_at), []).append(item)
    return days


class BaseCalendarView(CalendarPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "press/admin/calendar.html"
    header_icon = "date"
    mode = "month"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def filters(self) -> dict:
        query = self.request.GET
        return {
            "kind": query.get("kind", ""),
            "mine": query.get("mine") == "1",
            "cancelled": query.get("cancelled") == "1",
            "user": self.request.user,
        }

    def url(self, mode: str, **period) -> str:
        """The calendar URL in `mode` for `period`, keeping the filters in use."""
        params = {k: v for k, v in self.request.GET.items() if k in ("kind", "mine", "cancelled")}
        params.update(period)
        query = urlencode(params)
        return reverse(f"{URL_NAMESPACE}:{mode}") + (f"?{query}" if query else "")

    def get_context_data(self, **kwargs) -> dict:
        period = self.period()
        today = timezone.localdate()
        days_items = items_by_day(period["first"], period["last"], self.filters())
        days = []
        cursor = period["grid_first"]
        while cursor <= period["grid_last"]:
            days.append(
                Day(
                    date=cursor,
                    items=days_items.get(cursor, []),
                    in_period=period["first"] <= cursor <= period["last"],
                    is_today=cursor == today,
                )
            )
            cursor += timedelta(days=1)
        weeks = [days[index : index + 7] for index in range(0, len(days), 7)]
        weekdays = [date_format(day.date, "l") for day in days[:7]]
        undated = CalendarItem.objects.filter(starts_at__isnull=True).exclude(
            status=ItemStatus.CANCELLED
        )
        return super().get_context_data(
            mode=self.mode,
            weeks=weeks,
            weekdays=weekdays,
            period_label=period["label"],
            previous_url=self.url(self.mode, **period["previous"]),
            next_url=self.url(self.mode, **period["next"]),
            today_url=self.url(self.mode),
            month_url=self.url("month", month=f"{period['first']:%Y-%m}"),
            week_url=self.url("week", week=period["first"].isoformat()),
            list_url=reverse("wagtailsnippets_press_calendaritem:list"),
            add_url=reverse("wagtailsnippets_press_calendaritem:add"),
            move_url_template=reverse(f"{URL_NAMESPACE}:move", args=[0]),
            can_move=self.request.user.has_perm(CHANGE_PERMISSION),
            kinds=TargetKind.choices,
            filters=self.filters(),
            undated_count=undated.count(),
            **kwargs,
        )


def _month_from(request: HttpRequest) -> date:
    year, _dash, month = request.GET.get("month", "").partition("-")
    try:
        return date(parse_int(year, maximum=9999) or 0, parse_int(month, maximum=12) or 0, 1)
    except ValueError:  # a part missing or out of range
        return timezone.localdate().replace(day=1)


class MonthView(BaseCalendarView):
    mode = "month"
    page_title = gettext_lazy("Press calendar")

    def get_page_title(self) -> str:
        return str(self.page_title)

    def period(self) -> dict:
        first = _month_from(self.request)
        last = first.replace(day=pycalendar.monthrange(first.year, first.month)[1])
        previous = (first - timedelta(days=1)).replace(day=1)
        following = last + timedelta(days=1)
        return {
            "first": first,
            "last": last,
            "grid_first": first - timedelta(days=first.weekday()),
            "grid_last": last + timedelta(days=6 - last.weekday()),
            "label": _("%(month)s %(year)s")
            % {"month": date_format(first, "F"), "year": first.year},
            "previous": {"month": f"{previous:%Y-%m}"},
            "next": {"month": f"{following:%Y-%m}"},
        }


class WeekView(BaseCalendarView):
    mode = "week"
    page_title = gettext_lazy("Press calendar: week")

    def get_page_title(self) -> str:
        return str(self.page_title)

    def period(self) -> dict:
        day = parse_date(self.request.GET.get("week", "") or "") or timezone.localdate()
        first = day - timedelta(days=day.weekday())
        last = first + timedelta(days=6)
        return {
            "first": first,
            "last": last,
            "grid_first": first,
            "grid_last": last,
            "label": _("Week %(number)s: %(first)s – %(last)s")
            % {
                "number": first.isocalendar().week,
                "first": date_format(first, "d/m"),
                "last": date_format(last, "d/m/Y"),
            },
            "previous": {"week": (first - timedelta(days=7)).isoformat()},
            "next": {"week": (first + timedelta(days=7)).isoformat()},
        }


class MoveItemView(View):
    """POST date=YYYY-MM-DD: move an item to that day (the calendar's drag and drop)."""

    def post(self, request: HttpRequest, pk: int) -> JsonResponse:
        if not request.user.has_perm(CHANGE_PERMISSION):
            return JsonResponse({"error": _("You may not reschedule calendar items.")}, status=403)
        item = get_object_or_404(CalendarItem.objects.select_related("page"), pk=pk)
        day = parse_date(request.POST.get("date", "") or "")
        if day is None:
            return JsonResponse({"error": _("Give the new date as YYYY-MM-DD.")}, status=400)
        try:
            item = reschedule(item, day, user=request.user)
        except RescheduleError as error:
            return JsonResponse({"error": str(error)}, status=409)
        local = timezone.localtime(item.starts_at)
        return JsonResponse(
            {
                "id": item.pk,
                "date": local.date().isoformat(),
                "starts_at": local.isoformat(),
                "message": _("“%(title)s” moved to %(when)s.")
                % {"title": item.title, "when": date_format(local, "l d/m/Y H:i")},
            }
        )


move_item = require_POST(MoveItemView.as_view())
