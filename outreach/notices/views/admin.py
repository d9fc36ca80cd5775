"""Admin pages of a notice beyond the generic views: review (the recipient count per channel,
then queue), the delivery dashboard with the retry button, cancel, a template's preview with a
real firm, and a reminder rule's coming and past reminders."""

from __future__ import annotations

from collections import Counter

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin.views.generic import InspectView

from cms.core.numbers import parse_int
from outreach.campaigns.models import TargetFirm

from ..audience import (
    NoticeError,
    check_can_queue,
    plan_notice,
    queue_notice,
    recipient_counts,
    render,
    values_for,
)
from ..models import (
    CHANNEL_LABELS,
    Delivery,
    DeliveryState,
    Notice,
    NoticeState,
    NoticeTemplate,
    SkipReason,
)
from ..reminders import upcoming_reminders
from ..sending import retry_delivery


def _forbidden(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "campaigns/admin/forbidden.html", status=403)


def inspect_url(notice: Notice) -> str:
    return reverse("wagtailsnippets_notices_notice:inspect", args=[notice.pk])


class ReviewView(View):
    """Before anything is queued: who would receive the notice, on which channel, and one
    firm's message on each channel. Posting queues it."""

    template_name = "notices/admin/review.html"

    def dispatch(self, request: HttpRequest, pk: int) -> HttpResponse:
        if not request.user.has_perm("notices.add_notice"):
            return _forbidden(request)
        self.notice = get_object_or_404(
            Notice.objects.select_related("campaign", "template"), pk=pk
        )
        if self.notice.state != NoticeState.DRAFT:
            return HttpResponseRedirect(inspect_url(self.notice))
        return super().dispatch(request, pk)

    def get(self, request: HttpRequest, pk: int, error: str = "") -> HttpResponse:
        plans = plan_notice(self.notice)
        counts = recipient_counts(plans)
        if not error:
            # Say why it cannot be queued before the officer tries (an empty audience, a send
            # time that passed while the draft waited), not only after a refused post.
            try:
                check_can_queue(self.notice, plans, timezone.now())
            except NoticeError as refusal:
                error = " ".join(refusal.messages)
        samples = []
        first = next((plan for plan in plans if plan.channel), None)
        if first is not None:
            values = values_for(self.notice, first.firm)
            for channel in self.notice.template.channels():
                samples.append(
                    (CHANNEL_LABELS[channel], render(self.notice, channel, values, first.contact))
                )
        context = {
            "notice": self.notice,
            "channels": [
                (CHANNEL_LABELS[channel], count) for channel, count in counts["channels"].items()
            ],
            "skipped": [
                (SkipReason(reason).label, count) for reason, count in counts["skipped"].items()
            ],
            "firm_count": len(counts["firms"]),
            "contact_count": sum(counts["channels"].values()),
            "sample_firm": first.firm if first else None,
            "samples": samples,
            "error": error,
            "edit_url": reverse("wagtailsnippets_notices_notice:edit", args=[self.notice.pk]),
        }
        return TemplateResponse(request, self.template_name, context)

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        try:
            queued = queue_notice(self.notice)
        except NoticeError as error:
            return self.get(request, pk, error=" ".join(error.messages))
        messages.success(
            request, _("The notice is queued: %(count)s message(s) to send.") % {"count": queued}
        )
        return HttpResponseRedirect(inspect_url(self.notice))


class RetryView(View):
    """The retry button of a failed delivery."""

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        if not request.user.has_perm("notices.change_notice"):
            return _forbidden(request)
        row = get_object_or_404(Delivery, pk=pk)
        if retry_delivery(row):
            messages.success(request, _("The message is queued to be sent again."))
        else:
            messages.error(request, _("Only a failed message can be sent again."))
        return HttpResponseRedirect(inspect_url(row.notice))


class CancelView(View):
    """Stop a queued notice: rows not yet sent are cancelled (the worker checks, too)."""

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        if not request.user.has_perm("notices.change_notice"):
            return _forbidden(request)
        notice = get_object_or_404(Notice, pk=pk)
        with transaction.atomic():
            Notice.objects.filter(pk=pk).update(state=NoticeState.CANCELLED)
            cancelled = Delivery.objects.filter(
                notice=notice, state__in=(DeliveryState.QUEUED, DeliveryState.RETRYING)
            ).update(state=DeliveryState.CANCELLED)
        messages.success(
            request,
            _("The notice is cancelled; %(count)s message(s) will not be sent.")
            % {"count": cancelled},
        )
        return HttpResponseRedirect(inspect_url(notice))


def dashboard(deliveries) -> dict:
    """Rows by channel and state, for one notice or many."""
    table: dict[str, Counter] = {}
    for row in deliveries.values("channel", "state").annotate(n=Count("pk")):
        table.setdefault(row["channel"], Counter())[row["state"]] = row["n"]
    states = [DeliveryState(state) for state in DeliveryState.values]
    return {
        "states": [(state.value, state.label) for state in states],
        "rows": [
            (CHANNEL_LABELS.get(channel, channel), [counts.get(s.value, 0) for s in states])
            for channel, counts in sorted(table.items())
        ],
        "totals": [sum(c.get(s.value, 0) for c in table.values()) for s in states],
    }


class NoticeInspectView(InspectView):
    """The notice's page: what it is, its delivery dashboard by channel, and every row."""

    template_name = "notices/admin/notice_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        notice = self.object
        deliveries = Delivery.objects.filter(notice=notice)
        context["dashboard"] = board = dashboard(deliveries)
        context["deliveries"] = deliveries.select_related("firm__enterprise", "contact").order_by(
            "firm__enterprise__sort_name", "contact__name", "created_at"
        )
        context["channel_labels"] = CHANNEL_LABELS
        context["is_draft"] = notice.state == NoticeState.DRAFT
        context["is_queued"] = notice.state == NoticeState.QUEUED
        states = [value for value, _label in board["states"]]
        totals = dict(zip(states, board["totals"], strict=True))
        context["waiting"] = totals[DeliveryState.QUEUED] + totals[DeliveryState.RETRYING]
        context["can_change"] = self.request.user.has_perm("notices.change_notice")
        return context


class TemplatePreviewView(InspectView):
    """A template as one real firm would read it on each channel (?firm=<id>)."""

    template_name = "notices/admin/template_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        template: NoticeTemplate = self.object
        firms = TargetFirm.objects.select_related("enterprise", "campaign").order_by(
            "-campaign__year", "enterprise__sort_name"
        )
        chosen = parse_int(self.request.GET.get("firm", ""))
        firm = firms.filter(pk=chosen).first() if chosen is not None else None
        firm = firm or firms.filter(contacts__isnull=False).first()
        previews = []
        if firm is not None:
            notice = Notice(campaign=firm.campaign, template=template, title=template.name)
            values = values_for(notice, firm)
            contact = firm.contacts.first()
            for channel in template.channels():
                if contact is None and channel == "email":
                    continue
                previews.append((CHANNEL_LABELS[channel], render(notice, channel, values, contact)))
        context.update(firms=firms, firm=firm, previews=previews)
        return context


class ReminderRuleInspectView(InspectView):
    """A rule's page: the reminders it will send and when, and the ones it has sent."""

    template_name = "notices/admin/rule_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rule = self.object
        context["upcoming"] = upcoming_reminders(rule) if rule.active else []
        context["made"] = (
            rule.notices.annotate(
                sent=Count("deliveries", filter=Q(deliveries__state=DeliveryState.SENT)),
                skipped=Count("deliveries", filter=Q(deliveries__state=DeliveryState.SKIPPED)),
                failed=Count("deliveries", filter=Q(deliveries__state=DeliveryState.FAILED)),
            )
            .select_related("session")
            .order_by("-created_at")[:20]
        )
        return context
