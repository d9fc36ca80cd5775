"""Admin screens of the communication work, under one menu group: the plan, the calendar
(month, week and list), outlets and the plan-vs-actual board."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from cms.core.spreadsheets import NeutralisedExportsViewSet
from portal.admin_menu import menu_item_requiring

from .models import CalendarItem, CommunicationPlan, Outlet
from .models.calendar import ChangeSource
from .scheduling import log_changes, push_to_page
from .views.board import BoardView
from .views.calendar import VIEW_PERMISSION, MonthView, WeekView, move_item
from .views.feeds import MyFeedView
from .views.report import ReportDownloadView


class CommunicationPlanViewSet(SnippetViewSet):
    model = CommunicationPlan
    icon = "list-ol"
    menu_label = _("Communication plans")
    list_display = ["year", "title"]
    search_fields = ["title", "notes"]
    ordering = ["-year"]
    create_template_name = "admin/create_with_heading.html"
    edit_template_name = "admin/edit_with_heading.html"


class CalendarItemSaveMixin:
    """Log date and status changes made in the form and carry the date to a linked article."""

    def save_instance(self):
        before = None
        if self.form.instance.pk:
            before = CalendarItem.objects.filter(pk=self.form.instance.pk).first()
        instance = super().save_instance()
        log_changes(before, instance, user=self.request.user, source=ChangeSource.FORM)
        push_to_page(instance)
        return instance


class CalendarItemCreateView(CalendarItemSaveMixin, CreateView):
    pass


class CalendarItemEditView(CalendarItemSaveMixin, EditView):
    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["changes"] = self.object.changes.select_related("user")[:50]
        return context


class CalendarItemViewSet(NeutralisedExportsViewSet, SnippetViewSet):
    model = CalendarItem
    icon = "date"
    menu_label = _("Calendar items (list)")
    add_view_class = CalendarItemCreateView
    create_template_name = "admin/create_with_heading.html"
    edit_template_name = "press/admin/item_edit.html"
    edit_view_class = CalendarItemEditView
    list_display = [
        "title",
        Column("kind", label=_("kind"), accessor="get_kind_display"),
        "starts_at",
        Column("status", label=_("status"), accessor="get_status_display"),
        "outlet",
        "officer",
    ]
    list_filter = ["kind", "status", "outlet", "officer", "date_confirmed"]
    search_fields = ["title", "notes"]
    ordering = ["starts_at"]
    list_export = ["title", "kind", "status", "starts_at", "ends_at", "outlet", "officer"]


class OutletViewSet(SnippetViewSet):
    model = Outlet
    icon = "globe"
    menu_label = _("Outlets")
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name"]
    create_template_name = "admin/create_with_heading.html"
    edit_template_name = "admin/edit_with_heading.html"


CalendarMenuItem = menu_item_requiring(VIEW_PERMISSION)


class PressCalendarViewSet(ViewSet):
    """Month and week views; drawn in the group's menu, not the main one."""

    name = "press_calendar"
    url_prefix = "press-calendar"
    icon = "date"
    menu_label = _("Press calendar")
    menu_name = "press-calendar"
    menu_url = reverse_lazy("press_calendar:month")
    menu_item_class = CalendarMenuItem

    def get_urlpatterns(self) -> list:
        return [
            path("", MonthView.as_view(), name="month"),
            path("week/", WeekView.as_view(), name="week"),
            path("items/<int:pk>/move/", move_item, name="move"),
        ]


class SinglePageViewSet(ViewSet):
    """One admin page of the group, listed for whoever may view the calendar."""

    menu_item_class = CalendarMenuItem
    view_class: type

    @property
    def menu_name(self) -> str:
        return self.url_prefix

    def get_urlpatterns(self) -> list:
        return [path("", self.view_class.as_view(), name="index")]


class PressBoardViewSet(SinglePageViewSet):
    name = "press_board"
    url_prefix = "press-board"
    icon = "tasks"
    menu_label = _("Plan and results")
    view_class = BoardView

    def get_urlpatterns(self) -> list:
        return [
            *super().get_urlpatterns(),
            path("report/", ReportDownloadView.as_view(), name="report"),
        ]


class PressFeedViewSet(SinglePageViewSet):
    """Each staff member's private iCal address: show, copy, revoke, renew."""

    name = "press_feed"
    url_prefix = "press-feed"
    icon = "link"
    menu_label = _("My calendar feed")
    view_class = MyFeedView


class CommunicationGroup(SnippetViewSetGroup):
    menu_label = _("Communication")
    menu_icon = "mail"
    menu_order = 220
    items = (
        PressCalendarViewSet,
        CalendarItemViewSet,
        PressBoardViewSet,
        PressFeedViewSet,
        CommunicationPlanViewSet,
        OutletViewSet,
    )
