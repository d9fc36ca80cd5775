"""The admin page of the target-firm import: choose the campaign, upload with a dry run, read
the report, then import the very file that was checked (kept and named by a signed token, as
the catalogue import does)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView
from wagtail.admin.viewsets.base import ViewSet

from cms.catalogue.importing.results import MESSAGES
from cms.catalogue.views.importing import XLSX_TYPE, TokenError, keep_upload, take_upload
from portal.admin_menu import menu_item_requiring

from ..importing import FirmImportResult, import_firms
from ..importing.template import FILENAME, build_template
from ..models import Campaign
from .progress import OfficerPageMixin, OfficersOnlyMixin

PERMISSION = "campaigns.add_targetfirm"
SIGNING_SALT = "outreach.campaigns.import"


class FirmImportForm(forms.Form):
    campaign = forms.ModelChoiceField(
        label=_("Campaign"), queryset=Campaign.objects.order_by("-year"), empty_label=None
    )
    file = forms.FileField(
        label=_("Excel workbook (.xlsx)"),
        widget=forms.FileInput(attrs={"accept": ".xlsx"}),
        help_text=_("The sheet “Doanh nghiệp mục tiêu”, laid out as in the template."),
    )
    dry_run = forms.BooleanField(
        label=_("Dry run only: check the file and write nothing"), required=False, initial=True
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.CAMPAIGN_IMPORT_MAX_BYTES
        if upload.size > limit:
            raise ValidationError(
                MESSAGES["too_large"],
                code="too_large",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        return upload


class ImportPageMixin(OfficerPageMixin):
    permission = PERMISSION
    page_title = _("Import target firms")
    header_icon = "upload"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            template_url=reverse("campaign_import:template"),
            upload_url=reverse("campaign_import:upload"),
            confirm_url=reverse("campaign_import:confirm"),
            max_size=filesizeformat(settings.CAMPAIGN_IMPORT_MAX_BYTES),
        )
        return context


class UploadView(ImportPageMixin, FormView):
    form_class = FirmImportForm
    template_name = "campaigns/admin/import_upload.html"

    def get_initial(self):
        return {"campaign": Campaign.objects.order_by("-year").first()}

    def form_valid(self, form: FirmImportForm) -> HttpResponse:
        upload, campaign = form.cleaned_data["file"], form.cleaned_data["campaign"]
        dry_run = form.cleaned_data["dry_run"]
        data = upload.read()
        result = import_firms(data, campaign, dry_run=dry_run, by=self.request.user)
        file_errors = [error.message for error in result.errors if not error.sheet]
        if file_errors:
            for message in file_errors:
                form.add_error("file", message)
            return self.form_invalid(form)
        token = ""
        if dry_run and result.ok:
            token = keep_upload(
                data,
                self.request.user,
                upload.name,
                salt=SIGNING_SALT,
                extra={"campaign": campaign.pk},
            )
        return report(self, result, upload.name, token)


class ConfirmView(ImportPageMixin, View):
    template_name = "campaigns/admin/import_upload.html"

    def post(self, request: HttpRequest) -> HttpResponse:
        try:
            kept = take_upload(request.POST.get("token", ""), request.user, salt=SIGNING_SALT)
            campaign = Campaign.objects.get(pk=kept.extra.get("campaign"))
        except TokenError as error:
            return self.refused(str(error))
        except Campaign.DoesNotExist:
            return self.refused(
                gettext("The campaign was deleted meanwhile: nothing was imported.")
            )
        result = import_firms(kept.data, campaign, dry_run=False, by=request.user)
        return report(self, result, kept.name, "")

    def refused(self, message: str) -> HttpResponse:
        context = self.get_context_data(form=FirmImportForm(), token_error=message)
        return TemplateResponse(self.request, self.template_name, context, status=400)


def report(view, result: FirmImportResult, filename: str, token: str) -> HttpResponse:
    """The catalogue import's report page: counts or every error, "Import now" after a clean
    dry run."""
    context = view.get_context_data(result=result, filename=filename, token=token)
    return TemplateResponse(view.request, "catalogue/admin/import_report.html", context)


class TemplateDownloadView(OfficersOnlyMixin, View):
    permission = PERMISSION

    def get(self, request: HttpRequest) -> HttpResponse:
        response = HttpResponse(build_template(), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{FILENAME}"'
        return response


ImportMenuItem = menu_item_requiring(PERMISSION)


class FirmImportViewSet(ViewSet):
    name = "campaign_import"
    url_prefix = "campaigns/import"
    icon = "upload"
    menu_label = _("Import from Excel")
    menu_name = "campaign-import"
    add_to_admin_menu = False
    menu_item_class = ImportMenuItem

    def get_urlpatterns(self):
        return [
            path("", UploadView.as_view(), name="upload"),
            path("confirm/", ConfirmView.as_view(), name="confirm"),
            path("template.xlsx", TemplateDownloadView.as_view(), name="template"),
        ]
