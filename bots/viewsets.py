"""Admin screens of the chat channels, under one menu group: the test outbox, who is linked
on Telegram and Zalo (read only: chats link and opt out themselves), the link tokens with their
deep link and QR code, and the inbound updates."""

from __future__ import annotations

import json

import django_filters
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from .channels.base import ConfigurationError
from .linking import qr_png, qr_svg, telegram_deep_link, zalo_oa_link
from .models import ChatIdentity, InboundUpdate, LinkToken, OutboxMessage
from .spreadsheets import NeutralisedExportsViewSet
from .zalo_connect import ZaloConnectViewSet

# How staff see the channel names the outbox stands in for.
CHANNEL_LABELS = {
    "telegram": "Telegram",
    "zalo": "Zalo OA",
    "zalo_zns": "Zalo ZNS",
    "email": _("E-mail"),
    "outbox": _("Test outbox"),
}


def channel_label(name: str) -> str:
    return str(CHANNEL_LABELS.get(name, name))


def channel_choices() -> list[tuple[str, str]]:
    """The channels that have messages in the outbox, read when the filter form is built."""
    names = OutboxMessage.objects.order_by("channel").values_list("channel", flat=True)
    return [(name, channel_label(name)) for name in names.distinct()]


class OutboxFilterSet(WagtailFilterSet):
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=channel_choices)
    created = django_filters.DateFromToRangeFilter(label=_("Created"), widget=DateRangePickerWidget)

    class Meta:
        model = OutboxMessage
        fields = ["channel", "created"]


class ChannelColumn(Column):
    def get_value(self, instance):
        return channel_label(instance.channel)


class OutboxInspectView(InspectView):
    def get_field_display_value(self, field_name, field):
        if field_name == "channel":
            return channel_label(self.object.channel)
        if field_name in {"template_data", "metadata"}:
            value = getattr(self.object, field_name)
            if not value:
                return "-"
            text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
            return format_html("<pre>{}</pre>", text)
        return super().get_field_display_value(field_name, field)


class OutboxViewSet(ModelViewSet):
    """What the channels without credentials would have sent: read only, for checking
    notices before real accounts are connected."""

    model = OutboxMessage
    name = "outbox"  # admin/outbox/, URL names outbox:index, outbox:inspect
    icon = "mail"
    menu_label = _("Test outbox")
    add_to_admin_menu = False
    inspect_view_enabled = True
    inspect_view_class = OutboxInspectView
    copy_view_enabled = False
    list_per_page = 50
    filterset_class = OutboxFilterSet
    search_fields = ["recipient", "subject", "text", "template_id", "idempotency_key"]
    ordering = ["-created", "-id"]
    list_display = [
        "summary",
        ChannelColumn("channel", label=_("Channel")),
        "recipient",
        DateColumn("created", label=_("Created")),
    ]
    inspect_view_fields = [
        "channel",
        "recipient",
        "subject",
        "text",
        "template_id",
        "template_data",
        "idempotency_key",
        "metadata",
        "created",
    ]

    def get_common_view_kwargs(self, **kwargs):
        # Nothing here is written by hand: no add, edit, delete, history or usage views.
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add", "edit", "delete", "history", "usage", "copy"):
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<str:pk>/", self.inspect_view, name="inspect"),
        ]

    def get_permissions_to_register(self):
        # Only "view" is offered in the group permissions screen: the rest means nothing here.
        return super().get_permissions_to_register().filter(codename="view_outboxmessage")


class NoEditingPolicy(ModelPermissionPolicy):
    """Model permissions, minus the actions the chats do themselves: staff never type a chat
    id in (a chat links itself), nor alter a token once issued."""

    def __init__(self, model, denied: tuple[str, ...]) -> None:
        super().__init__(model)
        self.denied = denied

    def user_has_permission(self, user, action: str) -> bool:
        return action not in self.denied and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)


class RecordedByChatsViewSet(ModelViewSet):
    """Rows written by the chats and the providers: staff list, inspect and delete them; the
    permission policy (wagtail_hooks) refuses add and edit, so no form is ever shown."""

    form_fields = []
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 50


class ChatIdentityFilterSet(WagtailFilterSet):
    opted_out = django_filters.BooleanFilter(
        label=_("Opted out"), field_name="opted_out_at", lookup_expr="isnull", exclude=True
    )
    linked = django_filters.BooleanFilter(
        label=_("Linked"), field_name="linked_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = ChatIdentity
        fields = ["channel"]


class ChatIdentityViewSet(NeutralisedExportsViewSet, RecordedByChatsViewSet):
    model = ChatIdentity
    name = "chat_identities"
    icon = "user"
    menu_label = _("Chat identities")
    list_display = [
        "display_name",
        "channel",
        "external_id",
        "linked_at",
        "opted_out_at",
        "last_inbound_at",
    ]
    list_export = [*list_display, "subject", "followed_at", "unfollowed_at"]
    export_filename = "danh-tinh-tro-chuyen"
    search_fields = ["display_name", "subject", "external_id"]
    filterset_class = ChatIdentityFilterSet
    ordering = ["-linked_at", "-created_at"]


class LinkTokenInspectView(InspectView):
    """The token's details with what goes on an invitation: deep link, QR code, Zalo code."""

    EXTRA_LABELS = {
        "telegram_link": _("Telegram link"),
        "qr_code": _("QR code"),
        "zalo_link": _("Zalo Official Account"),
    }

    def get_field_label(self, field_name, field):
        if field_name in self.EXTRA_LABELS:
            return self.EXTRA_LABELS[field_name]
        return super().get_field_label(field_name, field)

    def _deep_link(self) -> str:
        try:
            return telegram_deep_link(self.object)
        except ConfigurationError:
            return ""

    def get_telegram_link_display_value(self):
        url = self._deep_link()
        if not url:
            return _("Set TELEGRAM_BOT_USERNAME to make Telegram links.")
        return format_html('<a href="{}">{}</a>', url, url)

    def get_qr_code_display_value(self):
        url = self._deep_link()
        if not url:
            return "-"
        download = reverse("link_tokens:qr_png", args=[self.object.pk])
        return format_html(
            '{}<p><a class="button button-small button-secondary" href="{}" download>{}</a></p>',
            mark_safe(qr_svg(url)),  # built from our own escaped text, see qr_svg
            download,
            _("Download PNG"),
        )

    def get_zalo_link_display_value(self):
        link = zalo_oa_link()
        text = _("After following, the firm sends LIENKET %(code)s in the chat.") % {
            "code": self.object.code
        }
        if not link:
            return text
        return format_html('<a href="{}">{}</a> {}', link, link, text)


class LinkTokenViewSet(ModelViewSet):
    model = LinkToken
    name = "link_tokens"
    icon = "link"
    menu_label = _("Link tokens")
    list_display = ["display_name", "subject", "code", "created_at", "expires_at", "used_at"]
    list_per_page = 50
    search_fields = ["display_name", "subject", "code"]
    panels = [
        FieldPanel("subject"),
        FieldPanel("display_name"),
        FieldPanel(
            "expires_at",
            help_text=_(
                "Leave empty for the usual validity (30 days unless configured otherwise)."
            ),
        ),
    ]
    inspect_view_enabled = True
    inspect_view_class = LinkTokenInspectView
    inspect_view_fields = [
        "display_name",
        "subject",
        "telegram_link",
        "qr_code",
        "zalo_link",
        "code",
        "created_at",
        "expires_at",
        "used_at",
        "used_by",
    ]
    ordering = ["-created_at"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("qr/<int:pk>.png", self.qr_png_view, name="qr_png"),
        ]

    def qr_png_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        """The deep link's QR code as a PNG, for invitations printed outside the portal."""
        if not self.permission_policy.user_has_any_permission(
            request.user, ["view", "add", "delete"]
        ):
            raise Http404
        token = get_object_or_404(LinkToken, pk=pk)
        try:
            url = telegram_deep_link(token)
        except ConfigurationError as error:
            raise Http404 from error
        response = HttpResponse(qr_png(url), content_type="image/png")
        response["Content-Disposition"] = f'attachment; filename="qr-{token.code}.png"'
        return response


class InboundUpdateViewSet(RecordedByChatsViewSet):
    """What the providers sent and how it was answered: a failed reply shows its reason."""

    model = InboundUpdate
    name = "inbound_updates"
    icon = "download"
    menu_label = _("Inbound updates")
    list_display = ["received_at", "channel", "event", "status", "error"]
    list_filter = ["channel", "status"]
    search_fields = ["external_id", "error"]
    ordering = ["-received_at"]


class ChatChannelsGroup(ModelViewSetGroup):
    menu_label = _("Chat channels")
    menu_icon = "comment"
    menu_order = 230
    items = (
        OutboxViewSet,
        ChatIdentityViewSet,
        LinkTokenViewSet,
        InboundUpdateViewSet,
        ZaloConnectViewSet,
    )
