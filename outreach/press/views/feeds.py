"""The private iCal feed (public URL, secret token) and the admin page that hands it out."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal import ical

from ..feeds import build_feed
from ..links import admin_url, preferred_language
from ..models import CalendarFeedToken
from .calendar import VIEW_PERMISSION, CalendarPermissionMixin

FEED_URL_NAME = "press_calendar_feed"


def feed_url(token: CalendarFeedToken) -> str:
    return admin_url(reverse(FEED_URL_NAME, args=[token.token]))


@require_safe
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """Every refusal is the site's ordinary 404, so a guess learns nothing about the token."""
    row = CalendarFeedToken.find(token)
    if row is None or not row.user.is_active or not row.user.has_perm(VIEW_PERMISSION):
        raise Http404
    CalendarFeedToken.objects.filter(pk=row.pk).update(last_used_at=timezone.now())
    with translation.override(preferred_language(row.user)):
        calendar = build_feed(row.user)
    return ical.calendar_response(calendar, private=True)


class MyFeedView(CalendarPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "press/admin/my_feed.html"
    page_title = gettext_lazy("My calendar feed")
    header_icon = "date"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs) -> dict:
        token = CalendarFeedToken.objects.active().filter(user=self.request.user).first()
        return super().get_context_data(
            token=token,
            feed_url=feed_url(token) if token else "",
            action_url=reverse("press_feed:index"),
            **kwargs,
        )

    def post(self, request: HttpRequest) -> HttpResponse:
        action = request.POST.get("action")
        if action == "issue":
            had_one = CalendarFeedToken.objects.active().filter(user=request.user).exists()
            CalendarFeedToken.issue(request.user)
            if had_one:
                messages.success(request, _("A new address is ready; the old one no longer works."))
            else:
                messages.success(request, _("Your calendar feed address is ready."))
        elif action == "revoke":
            if CalendarFeedToken.revoke_all(request.user):
                messages.success(request, _("The address is revoked and no longer works."))
            else:
                messages.error(request, _("You have no active address to revoke."))
        else:
            messages.error(request, _("Choose whether to make a new address or revoke it."))
        return redirect("press_feed:index")
