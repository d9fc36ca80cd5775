"""Admin screens of the chat channels, under one menu group."""

from __future__ import annotations

import json

import django_filters
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import OutboxMessage

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


class ChatChannelsGroup(ModelViewSetGroup):
    menu_label = _("Chat channels")
    menu_icon = "mail"
    menu_order = 240
    items = (OutboxViewSet,)
