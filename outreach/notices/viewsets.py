"""Admin of notices under their own menu group: the composer (write, review the recipients per
channel, queue), the delivery dashboard with the retry button, templates with a preview for a
real firm, and reminder rules."""

from __future__ import annotations

from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from .forms import NoticeForm
from .models import DeliveryState, Notice, NoticeTemplate, ReminderRule
from .views.admin import (
    CancelView,
    NoticeInspectView,
    ReminderRuleInspectView,
    RetryView,
    ReviewView,
    TemplatePreviewView,
)


class NoticeCreateView(CreateView):
    """After saving a new notice the officer lands on its review page, not the list."""

    def get_success_url(self):
        return reverse("wagtailsnippets_notices_notice:review", args=[self.object.pk])


class NoticeFilterSet(WagtailFilterSet):
    class Meta:
        model = Notice
        fields = ["campaign", "kind", "state"]


def _count(state: str) -> Count:
    return Count("deliveries", filter=Q(deliveries__state=state))


class NoticeViewSet(SnippetViewSet):
    model = Notice
    icon = "mail"
    menu_label = _("Notices")
    add_view_class = NoticeCreateView
    create_template_name = "admin/create_with_heading.html"
    edit_template_name = "admin/edit_with_heading.html"
    inspect_view_enabled = True
    inspect_view_class = NoticeInspectView
    inspect_view_fields = ["campaign", "title", "template", "kind", "state", "send_at", "queued_at"]
    list_display = [
        "title",
        "campaign",
        "kind",
        "state",
        "send_at",
        Column("sent_count", label=_("Sent")),
        Column("failed_count", label=_("Failed")),
        Column("skipped_count", label=_("Skipped")),
        Column("open_count", label=_("Waiting")),
    ]
    list_per_page = 50
    filterset_class = NoticeFilterSet
    search_fields = ["title"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("campaign"), FieldPanel("template")]),
            FieldPanel("title"),
            MultiFieldPanel(
                [
                    FieldPanel("stages"),
                    FieldRowPanel([FieldPanel("sector"), FieldPanel("former_district")]),
                    FieldPanel("firms"),
                ],
                heading=_("Audience"),
            ),
            FieldPanel("send_at"),
        ],
        base_form_class=NoticeForm,
    )

    def get_queryset(self, request):
        return Notice.objects.select_related("campaign", "template").annotate(
            sent_count=_count(DeliveryState.SENT),
            failed_count=_count(DeliveryState.FAILED),
            skipped_count=_count(DeliveryState.SKIPPED),
            open_count=Count(
                "deliveries",
                filter=Q(
                    deliveries__state__in=(
                        DeliveryState.QUEUED,
                        DeliveryState.RETRYING,
                        DeliveryState.SENDING,
                    )
                ),
            ),
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("review/<int:pk>/", ReviewView.as_view(), name="review"),
            path("cancel/<int:pk>/", CancelView.as_view(), name="cancel"),
            path("retry/<int:pk>/", RetryView.as_view(), name="retry"),
        ]


class NoticeTemplateViewSet(SnippetViewSet):
    model = NoticeTemplate
    icon = "doc-full"
    menu_label = _("Notice templates")
    create_template_name = "admin/create_with_heading.html"
    edit_template_name = "admin/edit_with_heading.html"
    inspect_view_enabled = True
    inspect_view_class = TemplatePreviewView
    list_display = ["name", "zns_template_id", "updated_at"]
    search_fields = ["name", "telegram_text", "email_subject"]


class ReminderRuleViewSet(SnippetViewSet):
    model = ReminderRule
    icon = "time"
    menu_label = _("Reminder rules")
    create_template_name = "admin/create_with_heading.html"
    edit_template_name = "admin/edit_with_heading.html"
    inspect_view_enabled = True
    inspect_view_class = ReminderRuleInspectView
    list_display = ["name", "campaign", "kind", "deadline_field", "days_before", "active"]
    list_filter = ["campaign", "kind", "active"]


class NoticesGroup(SnippetViewSetGroup):
    menu_label = _("Notices to firms")
    menu_icon = "mail"
    menu_order = 216
    items = (NoticeViewSet, NoticeTemplateViewSet, ReminderRuleViewSet)
