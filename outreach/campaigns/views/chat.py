"""A contact's chat link in the admin: the Telegram deep link and its QR code, the Zalo code,
and the chats already linked, for an officer to send or read out to the firm."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from bots.channels.base import ConfigurationError
from bots.linking import qr_svg, zalo_oa_link

from ..chat import current_link_token, linked_chats, telegram_link
from ..models import Contact


class ContactChatView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "campaigns/admin/contact_chat.html"
    page_title = _("Chat link")
    header_icon = "comment"

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.has_perm("campaigns.view_contact"):
            return permission_denied(request, PermissionDenied())
        self.contact = get_object_or_404(
            Contact.objects.select_related("firm__enterprise", "firm__campaign"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return str(self.contact)

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs) -> dict:
        token = current_link_token(self.contact)
        try:
            link = telegram_link(self.contact)
        except ConfigurationError:
            # No bot configured (the embedded default): the page says what to set.
            link = ""
        return super().get_context_data(
            contact=self.contact,
            token=token,
            telegram_url=link,
            telegram_qr=mark_safe(qr_svg(link)) if link else "",
            zalo_url=zalo_oa_link(),
            chats=linked_chats(self.contact),
            **kwargs,
        )
