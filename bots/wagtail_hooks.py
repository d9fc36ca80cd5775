"""The chat channels' admin menu group, permission policies of the rows chats write, the
Zalo permission for groups and the dashboard warning about a broken Zalo grant."""

from __future__ import annotations

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from .channels import zalo_tokens
from .models import ChatIdentity, InboundUpdate, LinkToken
from .viewsets import ChatChannelsGroup, NoEditingPolicy
from .zalo_connect import can_manage

register_permission_policy(ChatIdentity, NoEditingPolicy(ChatIdentity, denied=("add", "change")))
register_permission_policy(LinkToken, NoEditingPolicy(LinkToken, denied=("change",)))
register_permission_policy(InboundUpdate, NoEditingPolicy(InboundUpdate, denied=("add", "change")))


@hooks.register("register_admin_viewset")
def register_chat_channels_viewsets():
    return ChatChannelsGroup()


@hooks.register("register_permissions")
def register_zalo_permission():
    """Offered in Settings → Groups, so connecting Zalo can be given without superuser rights."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="bots", codename="change_zalogrant")


class ZaloGrantWarningPanel(Component):
    """Shown on the dashboard while Zalo refuses to renew the token: nothing goes out on Zalo
    until someone reconnects, and a mail is easy to miss."""

    name = "zalo_grant_warning"
    order = 10
    template_name = "bots/admin/zalo_warning_panel.html"

    def __init__(self, grant) -> None:
        self.grant = grant

    def get_context_data(self, parent_context=None) -> dict:
        return {"grant": self.grant, "connect_url": reverse("zalo_connect:index")}


@hooks.register("construct_homepage_panels")
def warn_about_zalo_grant(request, panels) -> None:
    if not can_manage(request.user):
        return
    grant = zalo_tokens.get_grant()
    if grant is not None and grant.last_error and grant.alerted_at:
        panels.insert(0, ZaloGrantWarningPanel(grant))
