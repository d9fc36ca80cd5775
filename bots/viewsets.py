"""Admin screens of the chat channels, under one menu group."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup

from .zalo_connect import ZaloConnectViewSet


class ChatChannelsGroup(ViewSetGroup):
    menu_label = _("Chat channels")
    menu_icon = "comment"
    menu_order = 230
    items = (ZaloConnectViewSet,)
