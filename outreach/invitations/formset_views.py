"""The personalised form sets: the firm's download through its personal link (its first day is
kept, and it moves the firm to "form downloaded"), and the officers' admin pages: generate a
campaign's sets in the background with its progress, one firm's set now, and every set in one
zip."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView
from wagtail.admin.viewsets.base import ViewSet

from cms.core.numbers import parse_int
from outreach.campaigns.chat import unlink_firm_chats
from outreach.campaigns.models import Campaign, Stage, TargetFirm
from outreach.campaigns.pipeline import advance
from outreach.campaigns.views.progress import (
    CampaignPageMixin,
    OfficerPageMixin,
    OfficersOnlyMixin,
)
from portal.admin_menu import menu_item_requiring

from .documents import DocumentError
from .generation import (
    carries_revoked_link,
    differs_from_firm,
    generate_firm_set,
    is_stale,
    templates_fingerprint,
    zip_name,
)
from .models import FormSet, FormSetBatch, FormTemplate, PersonalLink
from .tasks import enqueue_form_set_batch

VIEW_PERMISSION = "campaigns.view_targetfirm"
GENERATE_PERMISSION = "campaigns.change_targetfirm"
URL_NAMESPACE = "form_sets"
RECENT_BATCHES = 10
ZIP_TYPE = "application/zip"


# ---- the firm's download -----------------------------------------------------------------


def current_set(firm: TargetFirm) -> FormSet:
    """The firm's set, made now when there is none yet, its file is gone, or it was made
    from other templates or details than today's (the firm must get the dates in force)."""
    form_set = FormSet.objects.filter(firm=firm).first()
    if form_set is not None and form_set.file and form_set.file.storage.exists(form_set.file.name):
        current = templates_fingerprint(FormTemplate.objects.active())
        if not is_stale(form_set, current) and not differs_from_firm(form_set):
            return form_set
    return generate_firm_set(firm)


@require_GET
def form_set_download(request: HttpRequest, token: str) -> HttpResponse:
    """The firm's own set from its personal page: moves the firm forward to "form downloaded"
    (never back). Only the day of its first download is kept, never how often, when exactly
    or from what device."""
    link = get_object_or_404(
        PersonalLink.objects.usable().select_related(
            "firm__campaign", "firm__enterprise", "firm__officer"
        ),
        token=token,
    )
    firm = link.firm
    try:
        form_set = current_set(firm)
    except DocumentError:
        response = render(
            request,
            "invitations/blank_set_unavailable.html",
            {"message": gettext("Your forms are being prepared. Please try again later.")},
            status=503,
        )
        response["Cache-Control"] = "private, no-store"
        return response
    FormSet.objects.filter(pk=form_set.pk, downloaded_on__isnull=True).update(
        downloaded_on=timezone.localdate()
    )
    advance(
        firm,
        Stage.FORM_DOWNLOADED,
        source="firm",
        note=gettext("Downloaded the invitation form set through the personal link."),
    )
    response = FileResponse(
        form_set.file.open("rb"), as_attachment=True, filename=zip_name(firm), content_type=ZIP_TYPE
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


# ---- admin -------------------------------------------------------------------------------


def batch_status(batch: FormSetBatch) -> dict:
    return {
        "id": batch.pk,
        "status": batch.status,
        "status_label": batch.get_status_display(),
        "active": batch.is_active,
        "progress": batch.progress,
        "done_count": batch.done_count,
        "total": batch.total,
        "message": batch.message,
        "download_url": (
            reverse(f"{URL_NAMESPACE}:batch_download", args=[batch.pk])
            if batch.status == FormSetBatch.Status.DONE and batch.file
            else None
        ),
    }


class FormSetIndexView(CampaignPageMixin, TemplateView):
    """The campaign's sets: generate them all, follow the job, each firm's set and downloads."""

    permission = VIEW_PERMISSION
    page_title = _("Personalised form sets")
    header_icon = "doc-full"
    template_name = "invitations/admin/form_sets.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        campaign = context["campaign"]
        if campaign is None:
            return context
        FormSetBatch.objects.fail_stale()
        batches = list(
            FormSetBatch.objects.filter(campaign=campaign).select_related("requested_by")[
                :RECENT_BATCHES
            ]
        )
        templates = list(FormTemplate.objects.active())
        current = templates_fingerprint(templates)
        firms = list(
            TargetFirm.objects.filter(campaign=campaign)
            .select_related("enterprise", "officer", "form_set")
            .order_by("enterprise__sort_name", "pk")
        )
        for firm in firms:
            form_set = getattr(firm, "form_set", None)
            firm.set_stale = form_set is not None and is_stale(form_set, current)
        context.update(
            batches=batches,
            any_active=any(batch.is_active for batch in batches),
            bundle=next(
                (b for b in batches if b.status == FormSetBatch.Status.DONE and b.file), None
            ),
            firms=firms,
            made_count=sum(1 for firm in firms if getattr(firm, "form_set", None)),
            templates=templates,
            can_generate=self.request.user.has_perm(GENERATE_PERMISSION),
            status_url=reverse(f"{URL_NAMESPACE}:status") + f"?campaign={campaign.year}",
        )
        return context


class BatchCreateView(OfficersOnlyMixin, View):
    """ "Generate every set": one job per campaign at a time, started once the row is saved."""

    permission = GENERATE_PERMISSION

    def post(self, request: HttpRequest) -> HttpResponse:
        campaign_id = parse_int(request.POST.get("campaign", ""))
        if campaign_id is None:
            raise Http404
        campaign = get_object_or_404(Campaign, pk=campaign_id)
        target = reverse(f"{URL_NAMESPACE}:index") + f"?campaign={campaign.year}"
        FormSetBatch.objects.fail_stale()
        if not FormTemplate.objects.active().exists():
            messages.error(
                request,
                gettext("There is no active invitation form template: upload the templates first."),
            )
            return redirect(target)
        if not campaign.firms.exists():
            messages.error(
                request,
                gettext("The campaign %(year)s has no target firm yet.") % {"year": campaign.year},
            )
            return redirect(target)
        running = FormSetBatch.objects.filter(
            campaign=campaign,
            status__in=[FormSetBatch.Status.QUEUED, FormSetBatch.Status.RUNNING],
        )
        if running.exists():
            messages.warning(
                request, gettext("The sets of this campaign are already being generated.")
            )
            return redirect(target)
        batch = FormSetBatch.objects.create(
            campaign=campaign, requested_by=request.user, total=campaign.firms.count()
        )
        # Once the row is committed, or a worker on another connection could miss it.
        transaction.on_commit(lambda: enqueue_form_set_batch(batch))
        messages.success(
            request,
            gettext("The sets are being generated; this page shows their progress."),
        )
        return redirect(target)


class BatchStatusView(OfficersOnlyMixin, View):
    """The campaign's recent jobs as JSON, polled while one is queued or running."""

    permission = VIEW_PERMISSION

    def get(self, request: HttpRequest) -> JsonResponse:
        year = parse_int(request.GET.get("campaign", ""), maximum=9999)
        if year is None:
            raise Http404
        FormSetBatch.objects.fail_stale()
        batches = [
            batch_status(batch)
            for batch in FormSetBatch.objects.filter(campaign__year=year)[:RECENT_BATCHES]
        ]
        return JsonResponse(
            {"batches": batches, "active": any(batch["active"] for batch in batches)},
            headers={"Cache-Control": "no-store"},
        )


def stored_file_response(field_file, filename: str) -> FileResponse:
    if not field_file:
        raise Http404
    try:
        handle = field_file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(handle, as_attachment=True, filename=filename, content_type=ZIP_TYPE)
    response["Cache-Control"] = "private, no-store"
    return response


class BatchDownloadView(OfficersOnlyMixin, View):
    permission = VIEW_PERMISSION

    def get(self, request: HttpRequest, pk: int) -> FileResponse:
        batch = get_object_or_404(
            FormSetBatch.objects.select_related("campaign"),
            pk=pk,
            status=FormSetBatch.Status.DONE,
        )
        return stored_file_response(batch.file, batch.download_name)


class FirmSetView(OfficerPageMixin, TemplateView):
    """One firm's set: when it was made, whether it is out of date, whether the firm has
    downloaded it."""

    permission = VIEW_PERMISSION
    header_icon = "doc-full"
    template_name = "invitations/admin/firm_form_set.html"

    @property
    def page_title(self) -> str:
        return gettext("Invitation form set")

    def get_page_subtitle(self) -> str:
        return str(self.firm.enterprise)

    @cached_property
    def firm(self) -> TargetFirm:
        # Looked up after the permission check: others learn nothing, not even that it exists.
        return get_object_or_404(
            TargetFirm.objects.select_related("enterprise", "campaign", "officer"),
            pk=self.kwargs["pk"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form_set = FormSet.objects.filter(firm=self.firm).first()
        current = templates_fingerprint(FormTemplate.objects.active())
        link_revoked = form_set is not None and carries_revoked_link(form_set)
        context.update(
            firm=self.firm,
            form_set=form_set,
            templates_changed=form_set is not None and is_stale(form_set, current),
            link_revoked=link_revoked,
            details_changed=form_set is not None
            and not link_revoked
            and differs_from_firm(form_set),
            link=PersonalLink.objects.filter(firm=self.firm).first(),
            can_generate=self.request.user.has_perm(GENERATE_PERMISSION),
            index_url=reverse(f"{URL_NAMESPACE}:index") + f"?campaign={self.firm.campaign.year}",
        )
        return context


class FirmGenerateView(OfficersOnlyMixin, View):
    """Make one firm's set now: a few seconds, so no background job."""

    permission = GENERATE_PERMISSION

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        firm = get_object_or_404(TargetFirm.objects.select_related("enterprise"), pk=pk)
        try:
            generate_firm_set(firm)
        except DocumentError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                gettext("The form set of %(firm)s was generated.") % {"firm": firm.enterprise},
            )
        target = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            target = reverse(f"{URL_NAMESPACE}:firm", args=[pk])
        return redirect(target)


class FirmRevokeLinkView(OfficersOnlyMixin, View):
    """Stop a personal link that went astray (a wrong address, a forwarded e-mail): its
    token never opens again, and the next set or notice carrying the link issues a new one."""

    permission = GENERATE_PERMISSION

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        firm = get_object_or_404(TargetFirm.objects.select_related("enterprise"), pk=pk)
        with transaction.atomic():
            revoked = PersonalLink.objects.filter(firm=firm, revoked_at__isnull=True).update(
                revoked_at=timezone.now()
            )
            unlinked = unlink_firm_chats(firm) if revoked else 0
        if unlinked:
            messages.info(
                request,
                ngettext(
                    "%(count)s chat linked to the firm was unlinked: it gets no more notices "
                    "until it links again with the code of a new invitation.",
                    "%(count)s chats linked to the firm were unlinked: they get no more notices "
                    "until they link again with the code of a new invitation.",
                    unlinked,
                )
                % {"count": unlinked},
            )
        if revoked:
            messages.success(
                request,
                gettext(
                    "The personal link of %(firm)s is revoked: it no longer opens. Generate "
                    "the set again to give the firm a new link."
                )
                % {"firm": firm.enterprise},
            )
        else:
            messages.warning(request, gettext("This firm has no personal link to revoke."))
        return redirect(reverse(f"{URL_NAMESPACE}:firm", args=[pk]))


class FirmDownloadView(OfficersOnlyMixin, View):
    """Staff download: not recorded as the firm's, and the stage does not move."""

    permission = VIEW_PERMISSION

    def get(self, request: HttpRequest, pk: int) -> FileResponse:
        form_set = get_object_or_404(
            FormSet.objects.select_related("firm__enterprise", "firm__campaign"), firm_id=pk
        )
        return stored_file_response(form_set.file, zip_name(form_set.firm))


FormSetMenuItem = menu_item_requiring(VIEW_PERMISSION)


class FormSetViewSet(ViewSet):
    """The sets' admin pages, listed in the Recruitment menu group through its submenu hook
    (campaigns does not import invitations)."""

    name = URL_NAMESPACE
    url_prefix = "campaigns/form-sets"
    icon = "doc-full"
    menu_label = _("Personalised form sets")
    menu_name = "campaign-form-sets"
    menu_hook = "register_recruitment_menu_item"
    menu_order = 2  # next to the target firms
    menu_item_class = FormSetMenuItem

    @property
    def menu_url(self) -> str:
        return reverse(f"{URL_NAMESPACE}:index")

    def get_urlpatterns(self) -> list:
        return [
            path("", FormSetIndexView.as_view(), name="index"),
            path("generate/", BatchCreateView.as_view(), name="generate"),
            path("status/", BatchStatusView.as_view(), name="status"),
            path("batches/<int:pk>/download/", BatchDownloadView.as_view(), name="batch_download"),
            path("firms/<int:pk>/", FirmSetView.as_view(), name="firm"),
            path("firms/<int:pk>/generate/", FirmGenerateView.as_view(), name="firm_generate"),
            path("firms/<int:pk>/download/", FirmDownloadView.as_view(), name="firm_download"),
            path(
                "firms/<int:pk>/revoke-link/",
                FirmRevokeLinkView.as_view(),
                name="firm_revoke_link",
            ),
        ]
