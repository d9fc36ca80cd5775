"""Staff review of online applications in the admin: the list per campaign, one application
with all its versions and files, the completeness checklist, "request missing items" and
"mark dossier complete". Outreach officers only: everyone else gets a 403 page."""

from __future__ import annotations

import mimetypes

from django import forms
from django.contrib import messages
from django.core.mail import send_mail
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Max, Q, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.viewsets.base import ViewSet

from outreach.campaigns.models import STAGE_RANK, Campaign, Stage
from outreach.campaigns.pipeline import advance
from outreach.campaigns.views.progress import (
    OfficerPageMixin,
    OfficersOnlyMixin,
    chosen_campaign,
)
from portal.admin_menu import menu_item_requiring
from portal.text import fold

from ..models import (
    Application,
    ApplicationFile,
    ApplicationReview,
    ApplicationVersion,
    FileKind,
    ReviewStatus,
)

VIEW_PERMISSION = "invitations.view_application"
CHANGE_PERMISSION = "invitations.change_application"
#: The items a dossier cannot be complete without; certificates and others are optional.
REQUIRED_KINDS = (
    FileKind.REGISTRATION_FORM,
    FileKind.PRODUCT_REPORT,
    FileKind.COMMITMENT,
    FileKind.BUSINESS_REGISTRATION,
    FileKind.FINANCIAL_STATEMENTS,
)
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "jpeg": "image/jpeg",
    "png": "image/png",
}


class ApplicationFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Review"), required=False, choices=[("", _("All")), *ReviewStatus.choices]
    )
    q = forms.CharField(label=_("Firm or tax code"), required=False, max_length=100)


class ChecklistForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("Present and acceptable"),
        choices=FileKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class MissingItemsForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("Missing or to be corrected"),
        choices=FileKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    note = forms.CharField(
        label=_("Note to the firm"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent in the e-mail as written, e.g. what to correct in the product report."),
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("kinds") and not (cleaned.get("note") or "").strip():
            raise forms.ValidationError(
                _("Tick what is missing or write a note: the e-mail would say nothing.")
            )
        return cleaned


class ReviewPageMixin(OfficerPageMixin):
    permission = VIEW_PERMISSION
    breadcrumbs_items = [{"url": "", "label": _("Online applications")}]


class ApplicationListView(ReviewPageMixin, TemplateView):
    page_title = _("Online applications")
    header_icon = "doc-full-inverse"
    template_name = "invitations/admin/application_list.html"

    def get_breadcrumbs_items(self):
        return [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        campaign = chosen_campaign(self.request)
        form = ApplicationFilterForm(self.request.GET or None)
        applications = Application.objects.none()
        if campaign is not None:
            applications = self.filtered(campaign, form)
        page = Paginator(applications, 50).get_page(self.request.GET.get("p"))
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            campaign=campaign,
            campaigns=Campaign.objects.order_by("-year"),
            filter_form=form,
            page_obj=page,
            applications=page.object_list,
            query=query.urlencode(),
        )
        return context

    def filtered(self, campaign: Campaign, form: ApplicationFilterForm) -> QuerySet:
        applications = (
            Application.objects.filter(campaign=campaign)
            .select_related("campaign", "firm__enterprise", "current_version")
            .annotate(version_count=Count("versions"), last_sent=Max("versions__submitted_at"))
            .order_by("-last_sent")
        )
        if form.is_valid():
            if form.cleaned_data["status"]:
                applications = applications.filter(status=form.cleaned_data["status"])
            text = form.cleaned_data["q"].strip()
            if text:
                applications = applications.filter(
                    Q(firm__enterprise__search_text__contains=fold(text))
                    | Q(versions__tax_code__contains=text.replace(" ", ""))
                ).distinct()
        return applications


class ApplicationDetailView(ReviewPageMixin, TemplateView):
    header_icon = "doc-full-inverse"
    template_name = "invitations/admin/application_detail.html"

    @property
    def page_title(self):
        return self.application.reference

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("applications:list"), "label": _("Online applications")},
            {"url": "", "label": self.application.reference},
        ]

    def dispatch(self, request, *args, **kwargs):
        # Looked up only for officers: others get the same refusal whether it exists or not.
        if request.user.has_perm(self.permission):
            self.application = get_object_or_404(
                Application.objects.select_related(
                    "campaign", "firm__enterprise", "firm__officer", "current_version"
                ),
                pk=kwargs["pk"],
            )
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.application
        versions = application.versions.select_related("ward", "checked_by").prefetch_related(
            "products__sector", "files"
        )
        current = application.current_version
        present = set(current.files.values_list("kind", flat=True)) if current else set()
        checked = set(current.checked_kinds) if current else set()
        context.update(
            application=application,
            firm=application.firm,
            versions=versions,
            current=current,
            present_kinds=present,
            checklist=[
                (kind, label, kind in present, kind in checked, kind in REQUIRED_KINDS)
                for kind, label in FileKind.choices
            ],
            missing_form=kwargs.get("missing_form")
            or MissingItemsForm(initial={"kinds": [k for k in REQUIRED_KINDS if k not in checked]}),
            reviews=application.reviews.select_related("by", "version"),
            can_change=self.request.user.has_perm(CHANGE_PERMISSION),
            stage_rank_complete=STAGE_RANK[Stage.DOSSIER_COMPLETE],
        )
        return context


class ReviewActionView(OfficersOnlyMixin, View):
    """POST-only actions on an application; each ends on the application's page."""

    permission = CHANGE_PERMISSION

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        application = get_object_or_404(
            Application.objects.select_related("campaign", "firm", "current_version"), pk=pk
        )
        if application.current_version is None:
            raise Http404
        return self.act(request, application, application.current_version)

    def back(self, application: Application) -> HttpResponse:
        return redirect("applications:detail", application.pk)


class ChecklistView(ReviewActionView):
    def act(self, request, application, version) -> HttpResponse:
        form = ChecklistForm(request.POST)
        if not form.is_valid():
            messages.error(request, gettext("The checklist could not be read; nothing changed."))
            return self.back(application)
        kinds = [kind for kind in FileKind.values if kind in form.cleaned_data["kinds"]]
        with transaction.atomic():
            ApplicationVersion.objects.filter(pk=version.pk).update(
                checked_kinds=kinds, checked_at=timezone.now(), checked_by=request.user
            )
            if "complete" not in request.POST:
                messages.success(request, gettext("Checklist saved."))
                return self.back(application)
            missing = [str(FileKind(kind).label) for kind in REQUIRED_KINDS if kind not in kinds]
            if missing:
                messages.error(
                    request,
                    gettext("Checklist saved, but the dossier is not complete: %(items)s.")
                    % {"items": ", ".join(missing)},
                )
                return self.back(application)
            mark_complete(application, version, request.user)
        messages.success(request, gettext("The dossier is marked complete."))
        return self.back(application)


def mark_complete(application: Application, version: ApplicationVersion, user) -> None:
    """The review says complete; the firm moves to "dossier complete" unless staff already
    moved it further (a complete mark never pulls a firm back)."""
    Application.objects.filter(pk=application.pk).update(status=ReviewStatus.COMPLETE)
    ApplicationReview.objects.create(
        application=application,
        version=version,
        action=ApplicationReview.Action.MARKED_COMPLETE,
        by=user,
    )
    firm = application.firm
    firm.refresh_from_db(fields=["stage"])
    if STAGE_RANK[firm.stage] < STAGE_RANK[Stage.DOSSIER_COMPLETE]:
        note = gettext("Online application %(reference)s checked complete.") % {
            "reference": version.reference
        }
        advance(firm, Stage.DOSSIER_COMPLETE, by=user, note=note)


class MissingItemsView(ReviewActionView):
    def act(self, request, application, version) -> HttpResponse:
        form = MissingItemsForm(request.POST)
        if not form.is_valid():
            for error in form.non_field_errors():
                messages.error(request, error)
            return self.back(application)
        kinds = [kind for kind in FileKind.values if kind in form.cleaned_data["kinds"]]
        note = form.cleaned_data["note"].strip()
        review = ApplicationReview(
            application=application,
            version=version,
            action=ApplicationReview.Action.MISSING_REQUESTED,
            missing_kinds=kinds,
            note=note,
            emailed_to=version.email,
            by=request.user,
        )
        link = getattr(application.firm, "personal_link", None)
        # The firm reads Vietnamese, whatever language the officer's admin is in.
        with translation.override("vi"):
            subject = gettext("Application %(reference)s: items missing") % {
                "reference": application.reference
            }
            body = render_to_string(
                "invitations/application_missing_email.txt",
                {
                    "application": application,
                    "version": version,
                    "missing": review.missing_labels(),
                    "note": note,
                    "officer": request.user,
                    "link": link if link and link.revoked_at is None else None,
                },
            )
        try:
            send_mail(subject, body, None, [version.email])
        except Exception:
            messages.error(
                request,
                gettext("The e-mail could not be sent (%(email)s); nothing was recorded.")
                % {"email": version.email},
            )
            return self.back(application)
        with transaction.atomic():
            review.save()
            Application.objects.filter(pk=application.pk).update(
                status=ReviewStatus.MISSING_REQUESTED
            )
        messages.success(
            request, gettext("The request was sent to %(email)s.") % {"email": version.email}
        )
        return self.back(application)


class FileDownloadView(OfficersOnlyMixin, View):
    permission = VIEW_PERMISSION

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        item = get_object_or_404(ApplicationFile, pk=pk)
        try:
            handle = item.file.open("rb")
        except FileNotFoundError as error:
            raise Http404 from error
        content_type = CONTENT_TYPES.get(item.detected_type) or (
            mimetypes.guess_type(item.original_name)[0] or "application/octet-stream"
        )
        response = FileResponse(
            handle, as_attachment=True, filename=item.original_name, content_type=content_type
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response


ApplicationsMenuItem = menu_item_requiring(VIEW_PERMISSION)


class ApplicationReviewViewSet(ViewSet):
    name = "applications"
    url_prefix = "applications"
    icon = "doc-full-inverse"
    menu_label = _("Online applications")
    menu_name = "online-applications"
    menu_order = 216
    add_to_admin_menu = True
    menu_item_class = ApplicationsMenuItem

    def get_urlpatterns(self):
        return [
            path("", ApplicationListView.as_view(), name="list"),
            path("<int:pk>/", ApplicationDetailView.as_view(), name="detail"),
            path("<int:pk>/checklist/", ChecklistView.as_view(), name="checklist"),
            path("<int:pk>/missing/", MissingItemsView.as_view(), name="missing"),
            path("files/<int:pk>/", FileDownloadView.as_view(), name="file"),
        ]
