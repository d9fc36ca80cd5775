"""The admin page "Connect Zalo OA": an OA administrator grants the portal's Zalo app access
once (OAuth v4 with PKCE), then staff follow the grant's health here and can refresh it.

The PKCE verifier and the state travel only in the session; the callback accepts a code only
for the state this browser was sent out with, and only within the code's ten minutes.
"""

from __future__ import annotations

import hmac
import secrets
import time

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from .channels import zalo_oauth, zalo_tokens
from .channels.base import ChannelError

URL_NAMESPACE = "zalo_connect"
SESSION_KEY = "zalo_oauth_pending"
#: Zalo's authorization code lives ten minutes; a consent started earlier cannot finish.
PENDING_SECONDS = 600


def can_manage(user) -> bool:
    return user.has_perm(zalo_tokens.PERMISSION)


def callback_url() -> str:
    """The redirect URI to save in the Zalo console: the admin's public address + callback."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{reverse(f'{URL_NAMESPACE}:callback')}"


class ManagePermissionMixin:
    """Only staff who may change the grant see it (403 here: Wagtail would turn a raised
    PermissionDenied into a redirect to the dashboard)."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not can_manage(request.user):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)


class ZaloConnectionView(ManagePermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """The grant's status; POST is "refresh now"."""

    page_title = _("Connect Zalo OA")
    header_icon = "link"
    template_name = "bots/admin/zalo_connection.html"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        grant = zalo_tokens.get_grant()
        configured = bool(settings.ZALO_APP_ID and settings.ZALO_APP_SECRET)
        if grant is None:
            status = "missing"
        elif grant.last_error and grant.alerted_at:
            status = "broken"
        elif grant.is_expired:
            status = "expired"
        else:
            status = "connected"
        context.update(
            grant=grant,
            configured=configured,
            status=status,
            app_id=settings.ZALO_APP_ID,
            callback_url=callback_url(),
            start_url=reverse(f"{URL_NAMESPACE}:start"),
            refresh_url=reverse(f"{URL_NAMESPACE}:index"),
        )
        return context

    def post(self, request: HttpRequest) -> HttpResponse:
        try:
            grant = zalo_tokens.refresh_grant()
        except ChannelError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                gettext("The Zalo access token was renewed; it is valid until %(time)s.")
                % {"time": _local(grant.access_expires_at)},
            )
        return redirect(f"{URL_NAMESPACE}:index")


class ZaloStartView(ManagePermissionMixin, View):
    """Sends the administrator to Zalo's consent page with a fresh PKCE challenge."""

    def post(self, request: HttpRequest) -> HttpResponse:
        if not (settings.ZALO_APP_ID and settings.ZALO_APP_SECRET):
            messages.error(
                request,
                gettext(
                    "Set ZALO_APP_ID and ZALO_APP_SECRET in the server's environment before "
                    "connecting the Official Account."
                ),
            )
            return redirect(f"{URL_NAMESPACE}:index")
        verifier = zalo_oauth.new_code_verifier()
        state = secrets.token_urlsafe(24)
        request.session[SESSION_KEY] = {
            "state": state,
            "verifier": verifier,
            "started": time.time(),
        }
        url = zalo_oauth.authorization_url(
            callback_url(), zalo_oauth.code_challenge(verifier), state
        )
        return HttpResponseRedirect(url)


class ZaloCallbackView(ManagePermissionMixin, View):
    """Zalo's redirect after consent: check the state, trade the code, keep the grant."""

    def get(self, request: HttpRequest) -> HttpResponse:
        pending = request.session.pop(SESSION_KEY, None)
        code = request.GET.get("code", "")
        state = request.GET.get("state", "")
        if not code:
            messages.error(
                request,
                gettext("Zalo did not grant access to the Official Account (%(reason)s).")
                % {
                    "reason": request.GET.get("error_description")
                    or request.GET.get("error")
                    or gettext("no code in the answer")
                },
            )
        elif not isinstance(pending, dict) or not hmac.compare_digest(
            str(pending.get("state", "")), state
        ):
            messages.error(
                request,
                gettext(
                    "This answer from Zalo does not belong to a connection started from this "
                    "browser. Press “Connect” again."
                ),
            )
        elif time.time() - float(pending.get("started", 0)) > PENDING_SECONDS:
            messages.error(
                request,
                gettext("The connection took longer than ten minutes. Press “Connect” again."),
            )
        else:
            self._exchange(request, code, str(pending["verifier"]))
        return redirect(f"{URL_NAMESPACE}:index")

    def _exchange(self, request: HttpRequest, code: str, verifier: str) -> None:
        try:
            answer = zalo_oauth.exchange_code(code, verifier)
        except zalo_oauth.OAuthError as error:
            messages.error(
                request,
                gettext("Zalo refused the connection: %(error)s") % {"error": error},
            )
            return
        grant = zalo_tokens.store_authorization(
            answer, oa_id=request.GET.get("oa_id", ""), user=request.user
        )
        messages.success(
            request,
            gettext("The Official Account %(oa)s is connected; Zalo messages will be sent.")
            % {"oa": grant.oa_id or grant.app_id},
        )


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M")


class ZaloMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return can_manage(request.user)


class ZaloConnectViewSet(ViewSet):
    """The connection page, listed in the chat channels' menu group."""

    name = URL_NAMESPACE
    url_prefix = "zalo"
    icon = "link"
    menu_label = _("Connect Zalo OA")
    menu_name = "zalo-connect"
    menu_url = reverse_lazy(f"{URL_NAMESPACE}:index")
    menu_item_class = ZaloMenuItem
    add_to_admin_menu = False

    def get_urlpatterns(self) -> list:
        return [
            path("", ZaloConnectionView.as_view(), name="index"),
            path("start/", ZaloStartView.as_view(), name="start"),
            path("callback/", ZaloCallbackView.as_view(), name="callback"),
        ]
