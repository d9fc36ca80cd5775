"""Admin screens of the recruitment campaign, under one menu group: campaigns, target firms
(with their timeline), contacts, the consent log, working sessions, the board and the report.

Contacts and consent are personal data: only groups given their permissions see them (the
outreach officers), never the portal's editors.
"""

from __future__ import annotations

from datetime import datetime

import django_filters
from django import forms
from django.contrib import messages
from django.db import transaction
from django.db.models import Count, ProtectedError, QuerySet
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    InspectView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from cms.catalogue.viewsets import FoldedSearchIndexView
from cms.core.spreadsheets import NeutralisedExportsViewSet
from portal.text import fold

from .forms import ConsentRecordForm, TargetFirmForm, WorkingSessionForm
from .models import Campaign, ConsentRecord, Contact, TargetFirm, WorkingSession
from .views.importing import FirmImportViewSet
from .views.progress import BoardViewSet, OverdueViewSet


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "date"
    menu_label = _("Campaigns")
    list_display = [
        "year",
        "title",
        "dossiers_due",
        "ceremony",
        Column("firm_count", label=_("Target firms")),
    ]
    search_fields = ["title", "notes"]
    ordering = ["-year"]

    def get_queryset(self, request):
        return Campaign.objects.annotate(firm_count=Count("firms"))


class TargetFirmFilterSet(WagtailFilterSet):
    class Meta:
        model = TargetFirm
        fields = ["campaign", "stage", "officer", "introduced_by_kind", "sector"]


class TargetFirmIndexView(FoldedSearchIndexView):
    """Searches the enterprise's folded names and tax code, as the catalogue does."""

    def search_queryset(self, queryset: QuerySet) -> QuerySet:
        if not self.is_searching:
            return queryset
        return queryset.filter(enterprise__search_text__contains=fold(self.search_query).strip())


class LocalTimeInspectView(InspectView):
    """Times in Hà Nội time, as everywhere else in the admin (the generic view shows UTC)."""

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime) and timezone.is_aware(value):
            return timezone.localtime(value).strftime("%d/%m/%Y %H:%M")
        return value


class TargetFirmInspectView(LocalTimeInspectView):
    """The firm's page: its details, timeline, contacts with their consent, and sessions."""

    template_name = "campaigns/admin/firm_inspect.html"

    def get_field_label(self, field_name, field):
        if field_name == "introduced_by_kind":
            return capfirst(_("Introduced by"))
        return super().get_field_label(field_name, field)

    def get_introduced_by_kind_display_value(self) -> str:
        firm = self.object
        if not firm.introduced_by_kind:
            return "—"
        return f"{firm.get_introduced_by_kind_display()}: {firm.introducer}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        firm = self.object
        user = self.request.user
        context["timeline"] = firm.stage_changes.select_related("by").order_by("-at", "-pk")
        if user.has_perm("campaigns.view_contact"):
            context["contacts"] = firm.contacts.prefetch_related("consents")
        context["sessions"] = firm.sessions.prefetch_related("contacts", "officers")
        context["can_view_sessions"] = user.has_perm("campaigns.view_workingsession")
        return context


class TargetFirmDeleteView(DeleteView):
    """A firm whose contacts gave or withdrew consent keeps those records (the law asks for
    the proof), so it cannot be deleted: say so instead of failing."""

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                gettext(
                    "%(firm)s cannot be deleted: its contacts' consent records must be kept. "
                    "Move the firm to “withdrew” instead."
                )
                % {"firm": self.object},
            )
            return redirect(
                reverse("wagtailsnippets_campaigns_targetfirm:edit", args=[self.object.pk])
            )


class TargetFirmViewSet(NeutralisedExportsViewSet, SnippetViewSet):
    model = TargetFirm
    icon = "group"
    menu_label = _("Target firms")
    delete_view_class = TargetFirmDeleteView
    index_view_class = TargetFirmIndexView
    inspect_view_enabled = True
    inspect_view_class = TargetFirmInspectView
    inspect_view_fields = [
        "campaign",
        "enterprise",
        "sector",
        "stage",
        "stage_changed_at",
        "officer",
        "introduced_by_kind",
        "notes",
    ]
    list_display = [
        "enterprise",
        "campaign",
        "stage",
        "officer",
        "stage_changed_at",
    ]
    list_per_page = 50
    list_export = ["enterprise", "campaign", "sector", "stage", "officer", "stage_changed_at"]
    export_filename = "doanh-nghiep-muc-tieu"
    filterset_class = TargetFirmFilterSet
    ordering = ["enterprise__sort_name"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("campaign"), FieldPanel("enterprise")]),
            FieldRowPanel([FieldPanel("sector"), FieldPanel("officer")]),
            MultiFieldPanel(
                [
                    FieldPanel("new_stage"),
                    FieldPanel("stage_note"),
                    FieldPanel("stage_seen", classname="w-hidden"),
                ],
                heading=_("Pipeline"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("introduced_by_kind"),
                    FieldRowPanel(
                        [FieldPanel("introduced_by_ward"), FieldPanel("introduced_by_name")]
                    ),
                ],
                heading=_("Introduced by"),
            ),
            FieldPanel("notes"),
        ],
        base_form_class=TargetFirmForm,
    )

    def get_queryset(self, request):
        return TargetFirm.objects.select_related("enterprise", "campaign", "officer")


class ContactFilterSet(WagtailFilterSet):
    firm__campaign = django_filters.ModelChoiceFilter(
        label=_("Campaign"), queryset=Campaign.objects.all()
    )

    class Meta:
        model = Contact
        fields = ["firm"]


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contacts")
    list_display = ["name", "role", "firm", "phone_display", "email"]
    list_per_page = 50
    search_fields = ["name", "role", "email", "phone", "firm__enterprise__name"]
    filterset_class = ContactFilterSet
    ordering = ["name"]

    def get_queryset(self, request):
        return Contact.objects.select_related("firm__enterprise", "firm__campaign")


class AppendOnlyPolicy(ModelPermissionPolicy):
    """Records can be added and read, never changed or deleted, whoever asks."""

    def user_has_permission(self, user, action):
        return action not in ("change", "delete") and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class ConsentCreateView(CreateView):
    """No "Edit" button in the message after saving: a record is never edited."""

    def get_success_buttons(self):
        return []


class ConsentFilterSet(WagtailFilterSet):
    class Meta:
        model = ConsentRecord
        fields = ["purpose", "channel", "granted", "method"]


class ConsentRecordViewSet(NeutralisedExportsViewSet, SnippetViewSet):
    model = ConsentRecord
    icon = "tick-inverse"
    menu_label = _("Consent log")
    add_view_class = ConsentCreateView
    inspect_view_enabled = True
    inspect_view_class = LocalTimeInspectView
    list_display = ["contact", "purpose", "channel", "granted", "method", "at", "recorded_by"]
    list_per_page = 50
    list_export = [
        "contact",
        "purpose",
        "channel",
        "granted",
        "method",
        "at",
        "recorded_by",
        "notice_hash",
        "notice_text",
    ]
    export_filename = "nhat-ky-dong-y"
    search_fields = ["contact__name"]
    filterset_class = ConsentFilterSet
    ordering = ["-at"]
    edit_handler = ObjectList(ConsentRecord.panels, base_form_class=ConsentRecordForm)

    def get_queryset(self, request):
        return ConsentRecord.objects.select_related("contact__firm__enterprise", "recorded_by")


class WorkingSessionInspectView(LocalTimeInspectView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            HeaderButton(
                _("Download invitation (.ics)"),
                url=reverse("campaign_board:ics", args=[self.object.pk]),
                icon_name="calendar",
            )
        )
        return buttons


class WorkingSessionViewSet(SnippetViewSet):
    model = WorkingSession
    icon = "calendar"
    menu_label = _("Working sessions")
    inspect_view_enabled = True
    inspect_view_class = WorkingSessionInspectView
    inspect_view_fields = ["firm", "starts_at", "ends_at", "place", "contacts", "officers", "notes"]
    list_display = ["firm", "starts_at", "place"]
    list_per_page = 50
    search_fields = ["place", "notes", "firm__enterprise__name"]
    ordering = ["-starts_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("firm"),
            FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
            FieldPanel("place"),
            FieldPanel("contacts", widget=forms.CheckboxSelectMultiple),
            FieldPanel("officers", widget=forms.CheckboxSelectMultiple),
            FieldPanel("notes"),
        ],
        base_form_class=WorkingSessionForm,
    )

    def get_queryset(self, request):
        return WorkingSession.objects.select_related("firm__enterprise", "firm__campaign")


class RecruitmentGroup(SnippetViewSetGroup):
    menu_label = _("Recruitment")
    menu_icon = "group"
    menu_order = 215
    # Other outreach apps add their pages here (the invitations' form sets) without campaigns
    # importing them: a ViewSet whose menu_hook is this name joins the group.
    submenu_hook = "register_recruitment_menu_item"
    items = (
        CampaignViewSet,
        TargetFirmViewSet,
        BoardViewSet,
        OverdueViewSet,
        ContactViewSet,
        ConsentRecordViewSet,
        WorkingSessionViewSet,
        FirmImportViewSet,
    )
