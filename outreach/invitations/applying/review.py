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
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.viewsets.base import ViewSet

from outreach.campaigns.models import (
    STAGE_RANK,
    Campaign,
    Contact,
    Stage,
    StageChange,
    TargetFirm,
)
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
    PersonalLink,
    ReviewStatus,
)
from .submission import (
    ConsentEvidence,
    contact_matches,
    matching_contact,
    on_file,
    record_contact,
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
    verification = forms.ChoiceField(
        label=_("Firm"),
        required=False,
        choices=[
            ("", _("All")),
            ("unverified", _("Unverified: not linked to a firm")),
            ("linked", _("Linked to a target firm")),
        ],
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
            verification = form.cleaned_data["verification"]
            if verification:
                applications = applications.filter(firm__isnull=verification == "unverified")
            text = form.cleaned_data["q"].strip()
            if text:
                applications = applications.filter(
                    Q(firm__enterprise__search_text__contains=fold(text))
                    | Q(versions__firm_name__icontains=text)
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

    @cached_property
    def application(self) -> Application:
        # Looked up only after the permission check (in dispatch): a refused user gets the
        # same answer for an application that exists and one that does not.
        return get_object_or_404(
            Application.objects.select_related(
                "campaign", "firm__enterprise", "firm__officer", "current_version", "linked_by"
            ),
            pk=self.kwargs["pk"],
        )

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
            matched_firm=matched_firm(application),
            proposed=proposed_contact(application),
            link_mailed=current is not None and mailed_link(application, current) is not None,
        )
        return context


def matched_firm(application: Application) -> TargetFirm | None:
    """For an unverified application: the campaign's target firm with the tax code typed."""
    version = application.current_version
    if not application.is_unverified or version is None:
        return None
    return (
        TargetFirm.objects.filter(
            campaign=application.campaign, enterprise__tax_code=version.tax_code
        )
        .select_related("enterprise")
        .first()
    )


def proposed_contact(application: Application) -> Contact | None:
    """The contact on file whose name the current version gives with another phone or e-mail:
    the application's details are then only proposed, never written over the record."""
    version = application.current_version
    if application.firm_id is None or version is None:
        return None
    contact = matching_contact(application.firm, version)
    if contact is None or contact_matches(contact, version):
        return None
    return contact


def mailed_link(application: Application, version: ApplicationVersion) -> PersonalLink | None:
    """The personal link an e-mail about `version` may carry: only a linked firm's working
    link, and only to an address already on file for that firm."""
    if application.firm_id is None or not on_file(application.firm, version.email):
        return None
    return PersonalLink.objects.usable().filter(firm_id=application.firm_id).first()


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
            if application.is_unverified:
                messages.error(
                    request,
                    gettext(
                        "Checklist saved. Link the application to its firm before marking "
                        "the dossier complete."
                    ),
                )
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
        link = mailed_link(application, version)
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
                    "link": link,
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


class LinkError(ValueError):
    """An application that cannot be linked (already linked, or another campaign's firm)."""


class LinkForm(forms.Form):
    firm = forms.ModelChoiceField(
        label=_("Target firm"),
        queryset=TargetFirm.objects.none(),
        help_text=_(
            "Confirm with the firm, by a phone number or e-mail address already on file, that "
            "it sent this application. A firm that is not a target of the campaign yet is "
            "added under Recruitment → Target firms first."
        ),
    )

    def __init__(self, *args, campaign: Campaign, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["firm"]
        field.queryset = (
            TargetFirm.objects.filter(campaign=campaign)
            .select_related("enterprise")
            .order_by("enterprise__sort_name", "pk")
        )
        field.label_from_instance = lambda firm: (
            f"{firm.enterprise.name} · {firm.enterprise.tax_code or '—'}"
        )


def link_application(application: Application, firm: TargetFirm, user) -> Application:
    """Attach an unverified application to `firm`, by an officer's decision, and only now let
    it act on the firm: its contact person joins (nothing on file is changed), the consent
    ticked is recorded with the time it was given, and the firm moves to "dossier submitted"
    (never back). The linking is written on the firm's timeline. When the firm already has an
    application, the versions join it, numbered after its own. Returns the firm's application.
    """
    if firm.campaign_id != application.campaign_id:
        raise LinkError(gettext("The firm is not a target of this application's campaign."))
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if locked.firm_id is not None:
            raise LinkError(gettext("This application is already linked to a firm."))
        target = Application.objects.select_for_update().filter(firm=firm).first()
        versions = list(locked.versions.order_by("number"))
        if target is None:
            target = locked
            target.firm = firm
        else:
            last = target.versions.aggregate(last=Max("number"))["last"] or 0
            for offset, version in enumerate(versions, start=1):
                version.application = target
                version.number = last + offset
                version.save(update_fields=["application", "number"])
            ApplicationReview.objects.filter(application=locked).update(application=target)
            locked.current_version = None
            locked.save(update_fields=["current_version"])
            locked.delete()
        current = versions[-1]
        target.current_version = current
        target.status = ReviewStatus.SUBMITTED
        target.linked_at, target.linked_by = timezone.now(), user
        target.save()
        record_contact(firm, current, ConsentEvidence.kept_with(current))
        ApplicationVersion.objects.filter(pk__in=[v.pk for v in versions]).update(
            consent_evidence={}
        )
        note = gettext(
            "Online application %(reference)s, sent from the public page, linked to the firm "
            "by hand."
        ) % {"reference": current.reference}
        moved = advance(firm, Stage.DOSSIER_SUBMITTED, by=user, source="firm", note=note)
        if moved is None:
            # Already at or past "dossier submitted": the linking is still on the timeline.
            StageChange.objects.create(
                firm=firm,
                from_stage=firm.stage,
                to_stage=firm.stage,
                by=user,
                source=StageChange.Source.STAFF,
                note=note,
            )
    return target


class LinkView(ReviewPageMixin, TemplateView):
    """The confirmation step of linking an unverified application: which firm, what follows."""

    permission = CHANGE_PERMISSION
    header_icon = "link"
    template_name = "invitations/admin/application_link.html"

    @property
    def page_title(self):
        return gettext("Link %(reference)s to a firm") % {"reference": self.application.reference}

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("applications:list"), "label": _("Online applications")},
            {
                "url": reverse("applications:detail", args=[self.application.pk]),
                "label": self.application.reference,
            },
            {"url": "", "label": _("Link to a firm")},
        ]

    @cached_property
    def application(self) -> Application:
        # After the permission check, as on the detail page.
        application = get_object_or_404(
            Application.objects.select_related("campaign", "current_version"),
            pk=self.kwargs["pk"],
        )
        if application.current_version is None:
            raise Http404
        return application

    def get(self, request, *args, **kwargs):
        if not self.application.is_unverified:
            return redirect("applications:detail", self.application.pk)
        matched = matched_firm(self.application)
        form = LinkForm(campaign=self.application.campaign, initial={"firm": matched})
        return self.render_to_response(self.get_context_data(form=form, matched=matched))

    def post(self, request, *args, **kwargs):
        application = self.application
        form = LinkForm(request.POST, campaign=application.campaign)
        if not form.is_valid():
            return self.render_to_response(
                self.get_context_data(form=form, matched=matched_firm(application))
            )
        firm = form.cleaned_data["firm"]
        try:
            target = link_application(application, firm, request.user)
        except LinkError as error:
            messages.error(request, str(error))
            return redirect("applications:detail", application.pk)
        messages.success(
            request,
            gettext("The application is linked to %(firm)s.") % {"firm": firm.enterprise},
        )
        return redirect("applications:detail", target.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(application=self.application, version=self.application.current_version)
        return context


def discard_application(application: Application) -> int:
    """Delete an unverified application with its versions and its files on disk; returns how
    many files went. A stranger's submission for a known firm is the only kind an officer may
    throw away: it holds someone's personal data for no purpose (Law 91: data minimisation)."""
    if not application.is_unverified:
        raise ValueError("only an unverified application may be discarded")
    files = list(ApplicationFile.objects.filter(version__application=application))
    with transaction.atomic():
        application.delete()
    for item in files:  # after the rows: a failed commit must not leave rows without files
        item.file.delete(save=False)
    return len(files)


class DiscardView(LinkView):
    """The confirmation step of discarding an unverified application."""

    header_icon = "bin"
    template_name = "invitations/admin/application_discard.html"

    @property
    def page_title(self):
        return gettext("Discard %(reference)s") % {"reference": self.application.reference}

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items()[:-1], {"url": "", "label": _("Discard")}]

    def get(self, request, *args, **kwargs):
        if not self.application.is_unverified:
            return redirect("applications:detail", self.application.pk)
        return self.render_to_response(self.get_context_data())

    def post(self, request, *args, **kwargs):
        application = self.application
        reference = application.reference
        if not application.is_unverified:  # linked meanwhile: it is a firm's dossier now
            messages.error(request, gettext("Only an unverified application can be discarded."))
            return redirect("applications:detail", application.pk)
        discard_application(application)
        messages.success(
            request,
            gettext("Application %(reference)s and its files were deleted.")
            % {"reference": reference},
        )
        return redirect("applications:list")


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
            path("<int:pk>/link/", LinkView.as_view(), name="link"),
            path("<int:pk>/discard/", DiscardView.as_view(), name="discard"),
            path("files/<int:pk>/", FileDownloadView.as_view(), name="file"),
        ]
