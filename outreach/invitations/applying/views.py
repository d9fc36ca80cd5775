"""The public application pages: the form (from the personal link or on its own), the closed
page, and the receipt."""

from __future__ import annotations

import logging
from collections import Counter

from django.conf import settings
from django.core import signing
from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from cms.core.clients import client_address
from cms.core.numbers import parse_int
from cms.core.ratelimits import attempts_used_up, count_attempt

from ..models import ApplicationVersion, FileKind, PersonalLink
from .files import (
    ACCEPT,
    FileRefused,
    LimitedUploadHandler,
    SizeLimits,
    check_file,
    too_large_message,
    too_much_message,
)
from .forms import (
    MAX_FILES,
    MAX_PRODUCTS,
    PRODUCTS_PREFIX,
    ApplicationForm,
    ProductFormSet,
    consent_notice,
    file_field_name,
    file_inputs,
    grown_product_formset,
)
from .submission import Submission, accepting, next_campaign, open_campaign, submit

logger = logging.getLogger(__name__)

RECEIPT_SALT = "application-receipt"
RECEIPT_MAX_AGE = 7 * 24 * 3600
RATE_SCOPE = "application"
#: Room for the form's text fields on top of the files when judging Content-Length.
FORM_ALLOWANCE = 1024 * 1024


@csrf_exempt
def apply(request: HttpRequest, token: str | None = None) -> HttpResponse:
    """Installs the size-limiting upload handler before anything reads the body (the CSRF
    check included, which therefore runs in `_apply`). A client that has used up its attempts
    is refused here unread; attempts are counted only in `_apply`, once the CSRF check passed."""
    limits = SizeLimits(settings.APPLICATION_FILE_MAX_BYTES, settings.APPLICATION_TOTAL_MAX_BYTES)
    if request.method == "POST":
        if attempts_used_up(request, RATE_SCOPE, settings.APPLICATION_RATE_LIMIT):
            return _refused_unread(request, token, _too_many_message(), status=429)
        declared = _content_length(request)
        if declared > limits.total_bytes + FORM_ALLOWANCE:
            # Refused on its announced size: not one byte of the body is read.
            return _refused_unread(request, token, too_much_message(), status=413)
        request.upload_handlers = [LimitedUploadHandler(request, limits), *request.upload_handlers]
    return _apply(request, token, limits)


def _content_length(request: HttpRequest) -> int:
    return parse_int(request.META.get("CONTENT_LENGTH") or "0") or 0


def _target(token: str | None):
    """(campaign, personal link) the page applies to."""
    if token is None:
        return open_campaign(), None
    link = get_object_or_404(
        PersonalLink.objects.usable().select_related(
            "firm__campaign", "firm__enterprise__ward", "firm__application__current_version"
        ),
        token=token,
    )
    return link.firm.campaign, link


def _too_many_message() -> str:
    return _(
        "Too many applications have been sent from your connection. Please try again in an "
        "hour, or call the officer in charge."
    )


def _refused_unread(request: HttpRequest, token: str | None, message: str, *, status: int):
    """The empty form with `message`, for a post refused before its body was read."""
    campaign, link = _target(token)
    if not accepting(campaign):
        return _closed(request, campaign, link)
    form = ApplicationForm(initial=_prefill(link))
    response = _render_form(
        request,
        campaign,
        link,
        form,
        _initial_products(link),
        file_errors=[message],
        files_dropped=True,
        status=status,
    )
    response["Connection"] = "close"
    return response


@csrf_protect
def _apply(request: HttpRequest, token: str | None, limits: SizeLimits) -> HttpResponse:
    campaign, link = _target(token)
    if not accepting(campaign):
        return _closed(request, campaign, link)
    if request.method != "POST":
        form = ApplicationForm(initial=_prefill(link))
        return _render_form(request, campaign, link, form, _initial_products(link))
    # Past csrf_protect: this post is the client's own. Empty and invalid ones count too, for
    # this client only.
    if count_attempt(request, RATE_SCOPE, settings.APPLICATION_RATE_LIMIT):
        return _render_form(
            request,
            campaign,
            link,
            ApplicationForm(initial=_typed(request.POST)),
            _initial_products(link),
            file_errors=[_too_many_message()],
            files_dropped=bool(request.FILES),
            status=429,
        )

    if "add_product" in request.POST and not limits.refusals:
        form = ApplicationForm(initial=_typed(request.POST))
        products = grown_product_formset(request.POST)
        return _render_form(
            request, campaign, link, form, products, files_dropped=bool(request.FILES)
        )

    form = ApplicationForm(request.POST)
    products = ProductFormSet(request.POST, prefix=PRODUCTS_PREFIX)
    file_errors, checked = _check_files(request, limits)
    # Both forms are checked (not short-circuited), so every error shows at once.
    valid = all([form.is_valid(), products.is_valid()]) and not file_errors
    if valid:
        submission = Submission(
            firm_fields={
                name: form.cleaned_data[name]
                for name in (
                    "firm_name",
                    "tax_code",
                    "address",
                    "ward",
                    "representative",
                    "contact_name",
                    "phone",
                    "email",
                )
            },
            products=[
                {key: row[key] for key in ("name", "sector", "description")}
                for row in products.cleaned_data
                if row and not row.get("DELETE")
            ],
            files=checked,
            consents=form.consented_channels(),
            notice_text=consent_notice(),
            ip_address=client_address(request) or None,
            user_agent=request.META.get("HTTP_USER_AGENT", ""),
        )
        try:
            version = submit(campaign, submission, link=link)
        except (OSError, DatabaseError):
            logger.exception("Application for %s not saved", submission.firm_fields["tax_code"])
            form.add_error(
                None,
                _(
                    "Your application could not be saved because of a fault on our side; "
                    "nothing was kept. Please try again in a few minutes."
                ),
            )
            return _render_form(
                request, campaign, link, form, products, files_dropped=True, status=503
            )
        receipt = signing.dumps(version.pk, salt=RECEIPT_SALT)
        return redirect(reverse("invitations:application_received", args=[receipt]))
    return _render_form(
        request,
        campaign,
        link,
        form,
        products,
        file_errors=file_errors,
        files_dropped=bool(request.FILES) or bool(limits.refusals),
    )


def _check_files(request: HttpRequest, limits: SizeLimits):
    """(messages, checked files): every file is checked, so all problems show at once."""
    if any(refusal.code == "too_much" for refusal in limits.refusals):
        return [too_much_message()], []
    errors = [
        too_large_message(refusal.file_name)
        for refusal in limits.refusals
        if refusal.code == "too_large"
    ]
    checked = []
    uploads = [
        (kind, upload)
        for kind in FileKind.values
        for upload in request.FILES.getlist(file_field_name(kind))
    ]
    if len(uploads) > MAX_FILES:
        return [_("Attach at most %(count)s files.") % {"count": MAX_FILES}], []
    for kind, upload in uploads:
        try:
            checked.append(check_file(upload, kind))
        except FileRefused as refusal:
            errors.append(str(refusal))
    if not uploads and not errors:
        errors.append(_("Attach the dossier's files: at least the registration form."))
    return errors, checked


def _typed(data) -> dict:
    """What was typed, to show again unchanged (the start time included)."""
    fields = ApplicationForm.base_fields
    return {name: data.get(name) for name in fields if name in data}


def _prefill(link: PersonalLink | None) -> dict:
    """From the personal link: the firm as the catalogue knows it, or as it last applied."""
    if link is None:
        return {}
    enterprise = link.firm.enterprise
    initial = {
        "firm_name": enterprise.name,
        "tax_code": enterprise.tax_code or "",
        "address": enterprise.address,
        "ward": enterprise.ward_id,
    }
    last = _last_version(link)
    if last is not None:
        for name in (
            "firm_name",
            "tax_code",
            "address",
            "representative",
            "contact_name",
            "email",
        ):
            initial[name] = getattr(last, name)
        initial["ward"] = last.ward_id
        initial["phone"] = last.phone
    return initial


def _last_version(link: PersonalLink | None) -> ApplicationVersion | None:
    if link is None:
        return None
    application = getattr(link.firm, "application", None)
    return application.current_version if application else None


def _initial_products(link: PersonalLink | None):
    last = _last_version(link)
    rows = []
    if last is not None:
        rows = [
            {"name": p.name, "sector": p.sector_id, "description": p.description}
            for p in last.products.all()
        ]
    return ProductFormSet(prefix=PRODUCTS_PREFIX, initial=rows or None)


def _render_form(
    request: HttpRequest,
    campaign,
    link,
    form,
    products,
    *,
    file_errors: list[str] | None = None,
    files_dropped: bool = False,
    status: int = 200,
) -> HttpResponse:
    response = render(
        request,
        "invitations/application_form.html",
        {
            "campaign": campaign,
            "link": link,
            "enterprise": link.firm.enterprise if link else None,
            "previous": _last_version(link),
            "form": form,
            "products": products,
            "max_products": MAX_PRODUCTS,
            "file_inputs": file_inputs(),
            "file_errors": file_errors or [],
            "files_dropped": files_dropped,
            "accept": ACCEPT,
            "consent_notice": consent_notice(),
            "file_limit": settings.APPLICATION_FILE_MAX_BYTES,
            "total_limit": settings.APPLICATION_TOTAL_MAX_BYTES,
            "action": request.path,
        },
        status=status,
    )
    _private(response, link)
    return response


def _closed(request: HttpRequest, campaign, link) -> HttpResponse:
    response = render(
        request,
        "invitations/application_closed.html",
        {"campaign": campaign, "link": link, "upcoming": next_campaign()},
    )
    _private(response, link)
    return response


def _private(response: HttpResponse, link) -> None:
    # Forms carry a CSRF token and personal pages personal data: never cached for others.
    response["Cache-Control"] = "private, no-store"
    if link is not None:
        response["X-Robots-Tag"] = "noindex, nofollow"


def received(request: HttpRequest, receipt: str) -> HttpResponse:
    """The receipt page, reached only through the signed address the form redirected to.

    The address lives 7 days and may be forwarded or left in a browser's history, so the page
    shows the firm's name and what arrived, never the people (representative, contact), their
    phone or e-mail, the file names (which often hold names) or the firm's personal link. It
    reads the same whether the application reached a firm or waits, unverified, for an officer.
    """
    try:
        pk = signing.loads(receipt, salt=RECEIPT_SALT, max_age=RECEIPT_MAX_AGE)
    except signing.BadSignature as error:
        raise Http404 from error
    version = get_object_or_404(
        ApplicationVersion.objects.select_related("application__campaign"), pk=pk
    )
    counts = Counter(version.files.values_list("kind", flat=True))
    response = render(
        request,
        "invitations/application_received.html",
        {
            "version": version,
            "application": version.application,
            "campaign": version.application.campaign,
            "products": version.products.select_related("sector"),
            "file_kinds": [
                {"label": label, "count": counts[kind]}
                for kind, label in FileKind.choices
                if counts[kind]
            ],
        },
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
