"""Invitation form sets and online applications: an application holds the applicant's contact
details (personal data) and files kept in the private store."""

from __future__ import annotations

import factory
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory

from outreach.invitations.models import (
    Application,
    ApplicationFile,
    ApplicationVersion,
    FileKind,
    FormSetBatch,
    PersonalLink,
)

from .campaigns import CampaignFactory, TargetFirmFactory


class ApplicationFactory(DjangoModelFactory):
    class Meta:
        model = Application

    firm = factory.SubFactory(TargetFirmFactory)
    campaign = factory.SelfAttribute("firm.campaign")


class ApplicationVersionFactory(DjangoModelFactory):
    class Meta:
        model = ApplicationVersion
        skip_postgeneration_save = True

    application = factory.SubFactory(ApplicationFactory)
    number = 1
    via = ApplicationVersion.Via.PERSONAL_LINK
    firm_name = factory.SelfAttribute("application.firm.enterprise.name")
    tax_code = factory.SelfAttribute("application.firm.enterprise.tax_code")
    address = "12 phố Thử Nghiệm"
    representative = "Lê Văn Đại Diện"
    contact_name = "Phạm Thị Nộp Hồ Sơ"
    phone = "0966 135 792"
    email = "nop.ho.so@lien-he.vi-du.vn"

    @factory.post_generation
    def current(version, create, extracted, **kwargs):
        if create:
            Application.objects.filter(pk=version.application_id).update(current_version=version)
            version.application.current_version = version


class ApplicationFileFactory(DjangoModelFactory):
    """Written to APPLICATIONS_ROOT: point it at a temporary folder first."""

    class Meta:
        model = ApplicationFile

    version = factory.SubFactory(ApplicationVersionFactory)
    kind = FileKind.COMMITMENT
    original_name = "cam-ket.pdf"
    file = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4\n%%EOF\n", name="cam-ket.pdf"))
    size = 15
    detected_type = "pdf"
    sha256 = "0" * 64


class FormSetBatchFactory(DjangoModelFactory):
    class Meta:
        model = FormSetBatch

    campaign = factory.SubFactory(CampaignFactory)


def personal_link(firm) -> PersonalLink:
    """The firm's personal link, made as the application does."""
    return PersonalLink.for_firm(firm)
