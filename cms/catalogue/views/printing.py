"""Admin screens of the printable catalogue: request a PDF for a span of rounds, follow the
worker's progress, download the result. Open to staff who may add products."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.defaults import permission_denied
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from portal.admin_menu import menu_item_requiring

from ..models import CataloguePrint, Round
from ..printing import PrintError, products_in_span, span_label, span_years
from ..tasks import enqueue_catalogue_print

PERMISSION = "catalogue.add_product"
RECENT = 20
URL_NAMESPACE = "catalogue_print"


class PrintPermissionMixin:
    """Printing puts every firm's contacts in one file: the staff who keep the catalogue may
    do it, others get 403 (answered here: Wagtail turns a raised PermissionDenied into a
    redirect to the dashboard)."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.has_perm(PERMISSION):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)


class CataloguePrintForm(forms.Form):
    first_year = forms.TypedChoiceField(label=_("First round"), coerce=int)
    last_year = forms.TypedChoiceField(label=_("Last round"), coerce=int)
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES, initial="vi")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = list(Round.objects.order_by("year").values_list("year", flat=True))
        for name in ("first_year", "last_year"):
            field = self.fields[name]
            field.choices = [(year, str(year)) for year in years]
            field.error_messages["invalid_choice"] = _(
                "There is no recognition round in %(value)s."
            )
        if years:
            # The printed edition usually covers the last three rounds (2019–2021 in 2021).
            self.fields["first_year"].initial = years[max(0, len(years) - 3)]
            self.fields["last_year"].initial = years[-1]

    def clean(self) -> dict:
        data = super().clean()
        first, last = data.get("first_year"), data.get("last_year")
        if first is None or last is None:
            return data
        try:
            years = span_years(first, last)
        except PrintError as error:
            raise ValidationError(str(error)) from error
        if not products_in_span(years).exists():
            raise ValidationError(
                gettext("No product was recognised in %(span)s: nothing to print.")
                % {"span": span_label(years)}
            )
        return data


class CataloguePrintIndexView(PrintPermissionMixin, WagtailAdminTemplateMixin, FormView):
    """The request form above the list of recent catalogues."""

    form_class = CataloguePrintForm
    template_name = "catalogue/admin/print_index.html"
    page_title = _("Printable catalogue (PDF)")
    header_icon = "doc-full"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs) -> dict:
        CataloguePrint.objects.fail_stale()
        prints = list(CataloguePrint.objects.select_related("requested_by")[:RECENT])
        return super().get_context_data(
            prints=prints,
            any_active=any(job.is_active for job in prints),
            status_url=reverse(f"{URL_NAMESPACE}:status"),
            index_url=reverse(f"{URL_NAMESPACE}:index"),
            **kwargs,
        )

    def form_valid(self, form: CataloguePrintForm) -> HttpResponse:
        job = CataloguePrint.objects.create(
            first_year=form.cleaned_data["first_year"],
            last_year=form.cleaned_data["last_year"],
            language=form.cleaned_data["language"],
            requested_by=self.request.user,
        )
        # Once the row is committed, or a worker on another connection could miss it.
        transaction.on_commit(lambda: enqueue_catalogue_print(job))
        messages.success(
            self.request,
            gettext("The catalogue %(span)s is being built; this page shows its progress.")
            % {"span": job.span},
        )
        return redirect(f"{URL_NAMESPACE}:index")


def print_status(job: CataloguePrint) -> dict:
    return {
        "id": job.pk,
        "span": job.span,
        "status": job.status,
        "status_label": job.get_status_display(),
        "active": job.is_active,
        "progress": job.progress,
        "message": job.message,
        "page_count": job.page_count,
        "product_count": job.product_count,
        "enterprise_count": job.enterprise_count,
        "download_url": (
            reverse(f"{URL_NAMESPACE}:download", args=[job.pk])
            if job.status == CataloguePrint.Status.DONE and job.file
            else None
        ),
    }


class CataloguePrintStatusView(PrintPermissionMixin, View):
    """The recent catalogues as JSON, polled by the list while a job is queued or running."""

    def get(self, request: HttpRequest) -> JsonResponse:
        CataloguePrint.objects.fail_stale()
        prints = [print_status(job) for job in CataloguePrint.objects.all()[:RECENT]]
        return JsonResponse(
            {"prints": prints, "active": any(job["active"] for job in prints)},
            headers={"Cache-Control": "no-store"},
        )


class CataloguePrintDownloadView(PrintPermissionMixin, View):
    def get(self, request: HttpRequest, pk: int) -> FileResponse:
        job = get_object_or_404(CataloguePrint, pk=pk, status=CataloguePrint.Status.DONE)
        if not job.file:
            raise Http404
        try:
            handle = job.file.open("rb")
        except FileNotFoundError as error:
            raise Http404 from error
        return FileResponse(
            handle, as_attachment=True, filename=job.download_name, content_type="application/pdf"
        )


PrintMenuItem = menu_item_requiring(PERMISSION)


class CataloguePrintViewSet(ViewSet):
    """The printable catalogue's admin pages, listed in the catalogue's menu group (the group
    draws the item; add_to_admin_menu would show it a second time in the main menu)."""

    name = URL_NAMESPACE
    url_prefix = "catalogue-pdf"
    icon = "doc-full"
    menu_label = _("Printable catalogue (PDF)")
    menu_name = "catalogue-pdf"
    menu_url = reverse_lazy(f"{URL_NAMESPACE}:index")
    menu_item_class = PrintMenuItem

    def get_urlpatterns(self) -> list:
        return [
            path("", CataloguePrintIndexView.as_view(), name="index"),
            path("status/", CataloguePrintStatusView.as_view(), name="status"),
            path("<int:pk>/download/", CataloguePrintDownloadView.as_view(), name="download"),
        ]
