"""The admin page of the Excel import: upload, dry-run report, then "Import now" on the same file.

After a clean dry run the upload is kept under VAR_DIR/imports with a random name, and the
report's button carries that name signed (and bound to the user) rather than a path: the
client never chooses a file on the server. Kept uploads expire after an hour.
"""

from __future__ import annotations

import re
import secrets
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from portal.users.models import User

from ..importing import MESSAGES, ImportResult, import_catalogue
from ..importing.template import FILENAME, build_template

PERMISSION = "catalogue.add_product"
SIGNING_SALT = "cms.catalogue.import"
#: Seconds a dry-run upload can still be imported.
KEEP_SECONDS = 3600
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_NAME = re.compile(r"^[A-Za-z0-9_-]{32}$")


def can_import(user: User) -> bool:
    return user.has_perm(PERMISSION)


# --- Kept uploads ------------------------------------------------------------------------------


def upload_dir() -> Path:
    return Path(settings.VAR_DIR) / "imports"


def keep_upload(
    data: bytes, user: User, filename: str, *, salt: str = SIGNING_SALT, extra: dict | None = None
) -> str:
    """Store the upload under a random name and return the signed token that names it (with
    `extra`, what else the import must be run with, e.g. the campaign)."""
    directory = upload_dir()
    directory.mkdir(parents=True, exist_ok=True)
    discard_expired(directory)
    name = secrets.token_urlsafe(24)
    (directory / f"{name}.xlsx").write_bytes(data)
    payload = {"file": name, "user": user.pk, "name": filename, "extra": extra or {}}
    return signing.dumps(payload, salt=salt)


def discard_expired(directory: Path) -> None:
    """Uploads nobody imported within the hour are removed by the next upload."""
    limit = time.time() - KEEP_SECONDS
    for kept in directory.glob("*.xlsx"):
        with suppress(FileNotFoundError):  # taken by a concurrent import meanwhile
            if kept.stat().st_mtime < limit:
                kept.unlink()


class TokenError(Exception):
    """The "Import now" token names no file this user may import (any more)."""


@dataclass(frozen=True)
class KeptUpload:
    data: bytes
    name: str
    extra: dict


def take_upload(token: str, user: User, *, salt: str = SIGNING_SALT) -> KeptUpload:
    """The kept upload; the file is deleted as it is taken. Each import signs with its own
    salt, so one import's token never opens another's page."""
    try:
        payload = signing.loads(token, salt=salt, max_age=KEEP_SECONDS)
    except signing.SignatureExpired as error:
        raise TokenError(gettext("The checked file has expired: upload it again.")) from error
    except signing.BadSignature as error:
        raise TokenError(gettext("The import link is not valid: upload the file again.")) from error
    name = str(payload.get("file", "")) if isinstance(payload, dict) else ""
    if not _NAME.match(name) or payload.get("user") != user.pk:
        raise TokenError(gettext("The import link is not valid: upload the file again."))
    kept = upload_dir() / f"{name}.xlsx"
    try:
        data = kept.read_bytes()
    except FileNotFoundError as error:
        raise TokenError(gettext("The checked file has expired: upload it again.")) from error
    kept.unlink(missing_ok=True)
    extra = payload.get("extra")
    return KeptUpload(data, str(payload.get("name", "")), extra if isinstance(extra, dict) else {})


# --- Views -------------------------------------------------------------------------------------


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Excel workbook (.xlsx)"),
        widget=forms.FileInput(attrs={"accept": ".xlsx"}),
        help_text=_(
            "Three sheets: “Doanh nghiệp”, “Sản phẩm” and “Công nhận”, laid out as in the template."
        ),
    )
    dry_run = forms.BooleanField(
        label=_("Dry run only: check the file and write nothing"),
        required=False,
        initial=True,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.CATALOGUE_IMPORT_MAX_BYTES
        if upload.size > limit:
            raise ValidationError(
                MESSAGES["too_large"],
                code="too_large",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        return upload


class ImportPermissionMixin:
    """Importing creates products, so it takes the permission to add them.

    Answers 403 itself: a PermissionDenied would become Wagtail's redirect to the dashboard.
    """

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not can_import(request.user):
            return TemplateResponse(request, "catalogue/admin/import_forbidden.html", status=403)
        return super().dispatch(request, *args, **kwargs)


class ImportPageMixin(ImportPermissionMixin, WagtailAdminTemplateMixin):
    page_title = _("Import from Excel")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["template_url"] = reverse("catalogue_import:template")
        context["upload_url"] = reverse("catalogue_import:upload")
        context["confirm_url"] = reverse("catalogue_import:confirm")
        context["max_size"] = filesizeformat(settings.CATALOGUE_IMPORT_MAX_BYTES)
        return context


class UploadView(ImportPageMixin, FormView):
    """The upload form; a valid upload is checked (and imported unless a dry run) at once."""

    form_class = ImportForm
    template_name = "catalogue/admin/import_upload.html"

    def form_valid(self, form: ImportForm) -> HttpResponse:
        upload = form.cleaned_data["file"]
        dry_run = form.cleaned_data["dry_run"]
        data = upload.read()
        result = import_catalogue(data, dry_run=dry_run)
        file_errors = [error.message for error in result.errors if not error.sheet]
        if file_errors:
            # The file as a whole is unusable: say so next to the file field.
            for message in file_errors:
                form.add_error("file", message)
            return self.form_invalid(form)
        token = keep_upload(data, self.request.user, upload.name) if dry_run and result.ok else ""
        return report(self, result, upload.name, token)


class ConfirmView(ImportPageMixin, View):
    """Imports the upload a clean dry run kept, named by the signed token of its report."""

    template_name = "catalogue/admin/import_upload.html"

    def post(self, request: HttpRequest) -> HttpResponse:
        try:
            kept = take_upload(request.POST.get("token", ""), request.user)
        except TokenError as error:
            context = self.get_context_data(form=ImportForm(), token_error=str(error))
            return TemplateResponse(request, self.template_name, context, status=400)
        return report(self, import_catalogue(kept.data, dry_run=False), kept.name, "")


def report(view: ImportPageMixin, result: ImportResult, filename: str, token: str) -> HttpResponse:
    """The report page: counts, or every error; with the "Import now" button after a clean
    dry run."""
    context = view.get_context_data(result=result, filename=filename, token=token)
    return TemplateResponse(view.request, "catalogue/admin/import_report.html", context)


class TemplateDownloadView(ImportPermissionMixin, View):
    """The template workbook, built afresh so its sector list follows the catalogue."""

    def get(self, request: HttpRequest) -> HttpResponse:
        response = HttpResponse(build_template(), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{FILENAME}"'
        return response


class ImportMenuItem(MenuItem):
    """Shown only to those the page would not refuse."""

    def is_shown(self, request: HttpRequest) -> bool:
        return can_import(request.user)


class CatalogueImportViewSet(ViewSet):
    """The import page in the catalogue's menu group."""

    name = "catalogue_import"
    url_prefix = "catalogue/import"
    icon = "upload"
    menu_label = _("Import from Excel")
    menu_name = "catalogue-import"
    #: The catalogue group adds the item to its own menu; True would also put it at top level.
    add_to_admin_menu = False
    menu_item_class = ImportMenuItem

    def get_urlpatterns(self):
        return [
            path("", UploadView.as_view(), name="upload"),
            path("confirm/", ConfirmView.as_view(), name="confirm"),
            path("template.xlsx", TemplateDownloadView.as_view(), name="template"),
        ]
