"""Saving an application: all of it or nothing, then the confirmation e-mail.

The firm is the one the personal link names, or a new one when the portal does not know the
tax code (entering the pipeline at "dossier submitted", source "firm"). From the open page a
known tax code gives an unverified application that changes nothing on the firm until an
officer links it (see review.py); no submission ever edits a contact on file. Files are
written inside the transaction; if anything fails, the rows roll back and the files already
written are deleted, so no half application is ever left behind.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.catalogue.models import Enterprise
from outreach.campaigns.models import (
    Campaign,
    ConsentRecord,
    Contact,
    Purpose,
    Stage,
    TargetFirm,
)
from outreach.campaigns.pipeline import advance, record_entry

from ..models import (
    Application,
    ApplicationFile,
    ApplicationProduct,
    ApplicationVersion,
    PersonalLink,
    ReviewStatus,
)
from ..models.applications import private_storage
from .files import CheckedFile

logger = logging.getLogger(__name__)


def accepting(campaign: Campaign | None, today: date | None = None) -> bool:
    """A campaign takes applications until its dossier deadline (Hà Nội date) has passed."""
    today = today or timezone.localdate()
    return bool(campaign and campaign.dossiers_due and campaign.dossiers_due >= today)


def open_campaign(today: date | None = None) -> Campaign | None:
    """The latest campaign whose dossier deadline has not passed."""
    today = today or timezone.localdate()
    return Campaign.objects.filter(dossiers_due__gte=today).order_by("-year").first()


def next_campaign(today: date | None = None) -> Campaign | None:
    """A round announced but not open yet (its deadlines not set), for the closed page."""
    today = today or timezone.localdate()
    return (
        Campaign.objects.filter(year__gte=today.year, dossiers_due__isnull=True)
        .order_by("year")
        .first()
    )


@dataclass
class Submission:
    """What the form gave, cleaned: the firm's fields, product rows, checked files."""

    firm_fields: dict
    products: list[dict]
    files: list[CheckedFile]
    consents: list[str]
    notice_text: str
    ip_address: str | None = None
    user_agent: str = ""


def submit(
    campaign: Campaign, submission: Submission, *, link: PersonalLink | None = None
) -> ApplicationVersion:
    """Store the application (a new version if the firm applied before) and move the firm to
    "dossier submitted"; the confirmation e-mail goes once everything is committed."""
    written: list[str] = []
    # Judged before the application may add a contact: the address must be on file already.
    mail_link = link is not None and on_file(link.firm, submission.firm_fields["email"])
    try:
        with transaction.atomic():
            version = _store(campaign, submission, link, written)
    except BaseException:
        for name in written:
            private_storage.delete(name)
        raise
    send_confirmation(version, link if mail_link else None)
    return version


def _store(
    campaign: Campaign, submission: Submission, link: PersonalLink | None, written: list[str]
) -> ApplicationVersion:
    data = submission.firm_fields
    via = ApplicationVersion.Via.PERSONAL_LINK if link else ApplicationVersion.Via.PUBLIC_PAGE
    firm = link.firm if link else _new_firm(campaign, submission)
    if firm is not None:
        application, _created = Application.objects.get_or_create(
            firm=firm, defaults={"campaign": firm.campaign}
        )
    else:
        # Unverified: an application of its own, attached to no firm until an officer links it.
        application = Application.objects.create(campaign=campaign)
    # Locked, so two submissions at the same moment get numbers one after the other.
    application = Application.objects.select_for_update().get(pk=application.pk)
    number = (application.versions.aggregate(last=Max("number"))["last"] or 0) + 1
    version = ApplicationVersion.objects.create(
        application=application,
        number=number,
        via=via,
        firm_name=data["firm_name"],
        tax_code=data["tax_code"],
        address=data["address"],
        ward=data["ward"],
        representative=data["representative"],
        contact_name=data["contact_name"],
        phone=data["phone"],
        email=data["email"],
        consented_channels=list(submission.consents),
        consent_evidence=(
            {}
            if firm is not None or not submission.consents
            else {
                "notice_text": submission.notice_text,
                "ip_address": submission.ip_address,
                "user_agent": submission.user_agent[:255],
            }
        ),
    )
    ApplicationProduct.objects.bulk_create(
        ApplicationProduct(version=version, position=index, **row)
        for index, row in enumerate(submission.products)
    )
    for checked in submission.files:
        record = ApplicationFile(
            version=version,
            kind=checked.kind,
            original_name=checked.original_name,
            size=checked.size,
            detected_type=checked.detected_type,
            sha256=checked.sha256,
        )
        checked.upload.seek(0)
        record.file.save(checked.original_name, checked.upload, save=False)
        written.append(record.file.name)
        record.save()
    application.current_version = version
    application.status = ReviewStatus.SUBMITTED
    application.save(update_fields=["current_version", "status"])
    if firm is not None:
        record_contact(
            firm,
            version,
            ConsentEvidence(
                submission.notice_text, submission.ip_address, submission.user_agent, version
            ),
        )
        note = _("Online application %(reference)s") % {"reference": version.reference}
        advance(firm, Stage.DOSSIER_SUBMITTED, source="firm", note=note)
    return version


def _new_firm(campaign: Campaign, submission: Submission) -> TargetFirm | None:
    """A new target firm entering at "submitted" when the portal does not know the tax code;
    None when it does (a target firm or any catalogue enterprise): tax codes are public, so
    typing one proves nothing, and the application stays unverified until an officer links
    it. The answer the applicant sees is the same either way."""
    data = submission.firm_fields
    if Enterprise.objects.filter(tax_code=data["tax_code"]).exists():
        return None
    # Only what the catalogue holds about any firm: never the contact person's details.
    enterprise = Enterprise(
        name=data["firm_name"],
        tax_code=data["tax_code"],
        address=data["address"],
        ward=data["ward"],
    )
    enterprise.save()
    firm = TargetFirm.objects.create(
        campaign=campaign,
        enterprise=enterprise,
        sector=submission.products[0]["sector"] if submission.products else None,
        stage=Stage.DOSSIER_SUBMITTED,
        stage_changed_at=timezone.now(),
    )
    record_entry(firm, source="firm", note=_("Applied online through the public page."))
    return firm


@dataclass
class ConsentEvidence:
    """What a consent record keeps about how the boxes were ticked."""

    notice_text: str
    ip_address: str | None
    user_agent: str
    version: ApplicationVersion

    @classmethod
    def kept_with(cls, version: ApplicationVersion) -> ConsentEvidence:
        """The evidence an unverified version kept until it was linked."""
        kept = version.consent_evidence or {}
        return cls(
            kept.get("notice_text", ""), kept.get("ip_address"), kept.get("user_agent", ""), version
        )


def contact_matches(contact: Contact, version: ApplicationVersion) -> bool:
    """The contact on file has exactly the phone and e-mail the application gives."""
    return contact.phone == version.phone and contact.email.lower() == version.email.lower()


def matching_contact(firm: TargetFirm, version: ApplicationVersion) -> Contact | None:
    return firm.contacts.filter(name__iexact=version.contact_name).first()


def record_contact(
    firm: TargetFirm, version: ApplicationVersion, evidence: ConsentEvidence
) -> Contact | None:
    """A new contact person joins the firm's contacts; one already on file is never changed.

    When the name matches a contact whose phone or e-mail differ, the application's details
    stay on the version, shown to the officer as proposed, and no consent is written in that
    person's name: whoever typed the form may not be them. Consent is written only for the
    boxes ticked, never assumed. Returns the contact the consent went to, if any.
    """
    contact = matching_contact(firm, version)
    if contact is None:
        contact = Contact.objects.create(
            firm=firm, name=version.contact_name, phone=version.phone, email=version.email
        )
    elif not contact_matches(contact, version):
        return None
    for channel in version.consented_channels:
        ConsentRecord.objects.create(
            contact=contact,
            purpose=Purpose.CAMPAIGN_NOTICES,
            channel=channel,
            granted=True,
            notice_text=evidence.notice_text,
            method=ConsentRecord.Method.FORM,
            at=version.submitted_at,
            ip_address=evidence.ip_address,
            user_agent=evidence.user_agent[:255],
        )
    return contact


def on_file(firm: TargetFirm | None, email: str) -> bool:
    """The address is one of the firm's contacts' already: the only kind a personal link may
    be mailed to."""
    return bool(firm and email) and firm.contacts.filter(email__iexact=email).exists()


def send_confirmation(version: ApplicationVersion, link: PersonalLink | None) -> bool:
    """The receipt to the address the firm gave. A mail fault is logged, not shown as a failed
    application: the dossier is safely stored and staff see it either way. `link` is given
    only when the address was on file for the firm already (never from the open page, so the
    e-mail does not tell a known tax code from an unknown one either)."""
    context = {
        "version": version,
        "application": version.application,
        "campaign": version.application.campaign,
        "products": version.products.select_related("sector"),
        "files": version.files.all(),
        "link": link,
    }
    subject = _("Application %(reference)s received") % {"reference": version.reference}
    body = render_to_string("invitations/application_email.txt", context)
    try:
        send_mail(subject, body, None, [version.email])
    except Exception:
        logger.exception("Confirmation e-mail for %s not sent", version.reference)
        return False
    return True
