"""Who an application may act for: only the personal link reaches a known firm's record; the
open page's application for a known tax code stays unverified until an officer links it; no
application edits a contact on file or mails a personal link to an address not on file."""

from __future__ import annotations

import os
import re

import pytest
from django.core import mail
from django.urls import reverse

from outreach.campaigns.models import Channel, ConsentRecord, Contact, Stage, StageChange
from outreach.invitations.models import (
    Application,
    ApplicationFile,
    ApplicationVersion,
    PersonalLink,
)

from .applying import NEW_TAX_CODE, form_data, good_files

pytestmark = pytest.mark.django_db

STRANGER = {
    "contact_name": "Nguyễn Thị Hoa",
    "phone": "0987 000 111",
    "email": "ke-gia-mao@vi-du.vn",
    "consent_email": "on",
    "consent_zalo": "on",
}


@pytest.fixture
def contact(target) -> Contact:
    """The firm's contact on file, whose name the stranger types."""
    return Contact.objects.create(
        firm=target, name="Nguyễn Thị Hoa", phone="0912 111 222", email="hoa@cokhithu.vn"
    )


def snapshot(firm) -> dict:
    firm.refresh_from_db()
    return {
        "stage": firm.stage,
        "stage_changed_at": firm.stage_changed_at,
        "timeline": list(StageChange.objects.filter(firm=firm).values_list("pk", flat=True)),
        "contacts": list(firm.contacts.order_by("pk").values("pk", "name", "phone", "email")),
        "consent": list(ConsentRecord.objects.filter(contact__firm=firm).values_list("pk")),
        "links": list(PersonalLink.objects.filter(firm=firm).values("token", "revoked_at")),
        "application": Application.objects.filter(firm=firm).exists(),
    }


def public_post(client, **changes):
    return client.post(reverse("invitations:apply"), {**form_data(**changes), **good_files()})


def test_the_takeover_from_the_open_page_changes_nothing(client, officer, target, contact, link):
    # The tax code is public (catalogue, API); the name matches the contact on file.
    before = snapshot(target)
    response = public_post(client, tax_code=target.enterprise.tax_code, **STRANGER)
    assert response.status_code == 302
    assert snapshot(target) == before
    contact.refresh_from_db()
    assert (contact.phone, contact.email) == ("+84912111222", "hoa@cokhithu.vn")

    # Kept, but unverified: attached to no firm.
    application = Application.objects.get()
    assert application.firm is None and application.is_unverified
    version = application.current_version
    assert version.via == ApplicationVersion.Via.PUBLIC_PAGE
    assert set(version.consented_channels) == {Channel.ZALO, Channel.EMAIL}

    # Neither the receipt e-mail nor the officer's request carries the personal link.
    assert len(mail.outbox) == 1 and link.token not in mail.outbox[0].body
    client.force_login(officer)
    sent = client.post(
        reverse("applications:missing", args=[application.pk]), {"kinds": ["commitment"]}
    )
    assert sent.status_code == 302
    assert mail.outbox[-1].to == ["ke-gia-mao@vi-du.vn"]
    assert link.token not in mail.outbox[-1].body
    assert snapshot(target) == before

    # Marking it complete would move a firm: refused until it is linked.
    checklist = reverse("applications:checklist", args=[application.pk])
    kinds = ["registration_form", "product_report", "commitment"]
    kinds += ["business_registration", "financial_statements"]
    client.post(checklist, {"kinds": kinds, "complete": "1"})
    assert snapshot(target) == before
    assert not application.reviews.filter(action="marked_complete").exists()


def test_the_open_page_answers_alike_for_known_and_unknown_tax_codes(client, target, contact):
    pages, mails = [], []
    for tax_code in (target.enterprise.tax_code, NEW_TAX_CODE):
        mail.outbox.clear()
        response = public_post(client, tax_code=tax_code, **STRANGER)
        assert response.status_code == 302
        version = Application.objects.order_by("-pk").first().current_version
        receipt = client.get(response["Location"]).content.decode()
        signed = response["Location"].rstrip("/").rsplit("/", 1)[1]
        pages.append(receipt.replace(version.reference, "REF").replace(signed, "SIGNED"))
        mails.append(mail.outbox[0].body.replace(version.reference, "REF"))
    assert pages[0] == pages[1]
    assert mails[0] == mails[1]
    # The unknown tax code made a new firm; the known one touched none.
    assert Application.objects.filter(firm__isnull=True).count() == 1


def test_the_officer_links_it_by_hand(client, officer, target, contact, link):
    public_post(client, tax_code=target.enterprise.tax_code, **STRANGER)
    application = Application.objects.get()
    client.force_login(officer)

    listing = client.get(
        reverse("applications:list"),
        {"campaign": application.campaign.year, "verification": "unverified"},
    ).content.decode()
    assert application.reference in listing and "data-unverified" in listing
    linked_only = client.get(
        reverse("applications:list"),
        {"campaign": application.campaign.year, "verification": "linked"},
    ).content.decode()
    assert application.reference not in linked_only
    detail = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    assert "data-unverified" in detail and reverse("applications:link", args=[application.pk])

    page = client.get(reverse("applications:link", args=[application.pk]))
    assert page.status_code == 200
    assert re.search(rf'<option value="{target.pk}" selected>', page.content.decode())
    response = client.post(
        reverse("applications:link", args=[application.pk]), {"firm": str(target.pk)}
    )
    assert response.status_code == 302

    application.refresh_from_db()
    target.refresh_from_db()
    assert application.firm == target and application.linked_by == officer
    assert target.stage == Stage.DOSSIER_SUBMITTED
    change = target.stage_changes.order_by("-pk").first()
    assert change.by == officer and application.current_version.reference in change.note
    # The contact on file is untouched; the typed details are only proposed, with no consent.
    contact.refresh_from_db()
    assert (contact.phone, contact.email) == ("+84912111222", "hoa@cokhithu.vn")
    assert not ConsentRecord.objects.filter(contact__firm=target).exists()
    detail = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    assert "data-proposed-contact" in detail and "ke-gia-mao@vi-du.vn" in detail
    # The typed address is still not on file: no personal link goes there.
    mail.outbox.clear()
    client.post(reverse("applications:missing", args=[application.pk]), {"note": "Bổ sung."})
    assert link.token not in mail.outbox[0].body
    # Linking twice is refused.
    again = client.post(reverse("applications:link", args=[application.pk]), {"firm": target.pk})
    assert again.status_code == 302 and Application.objects.count() == 1


def test_linking_records_a_new_contacts_consent_with_its_evidence(client, officer, target):
    public_post(client, tax_code=target.enterprise.tax_code, HTTP_USER_AGENT="Thử/1.0")
    version = ApplicationVersion.objects.get()
    assert version.consent_evidence["notice_text"]
    assert not target.contacts.exists()
    client.force_login(officer)
    client.post(reverse("applications:link", args=[version.application_id]), {"firm": target.pk})
    new = target.contacts.get()
    assert (new.name, new.email) == ("Lê Thị Liên Hệ", "lienhe@doanhnghiep.vi-du.vn")
    record = ConsentRecord.objects.get(contact=new)
    assert record.channel == Channel.EMAIL and record.at == version.submitted_at
    assert record.notice_text
    version.refresh_from_db()
    assert version.consent_evidence == {}


def test_linking_joins_the_firms_application(client, officer, target, link):
    url = reverse("invitations:apply_personal", args=[link.token])
    assert client.post(url, {**form_data(), **good_files()}).status_code == 302
    existing = Application.objects.get(firm=target)
    public_post(client, tax_code=target.enterprise.tax_code)
    unverified = Application.objects.get(firm__isnull=True)
    client.force_login(officer)
    response = client.post(reverse("applications:link", args=[unverified.pk]), {"firm": target.pk})
    assert response["Location"] == reverse("applications:detail", args=[existing.pk])
    assert not Application.objects.filter(pk=unverified.pk).exists()
    existing.refresh_from_db()
    assert list(existing.versions.values_list("number", "via")) == [
        (2, ApplicationVersion.Via.PUBLIC_PAGE),
        (1, ApplicationVersion.Via.PERSONAL_LINK),
    ]
    assert existing.current_version.number == 2
    # Already at "dossier submitted": the linking is still on the timeline.
    last = target.stage_changes.order_by("-pk").first()
    assert last.by == officer and last.from_stage == last.to_stage == Stage.DOSSIER_SUBMITTED


def test_only_officers_who_may_change_link(client, editor, target):
    public_post(client, tax_code=target.enterprise.tax_code)
    application = Application.objects.get()
    client.force_login(editor)
    for pk in (application.pk, application.pk + 1000):
        url = reverse("applications:link", args=[pk])
        assert client.get(url).status_code == 403
        assert client.post(url, {"firm": target.pk}).status_code == 403
    application.refresh_from_db()
    assert application.firm is None


def test_the_personal_link_never_overwrites_a_contact(client, officer, target, contact, link):
    url = reverse("invitations:apply_personal", args=[link.token])
    response = client.post(url, {**form_data(**STRANGER), **good_files()})
    assert response.status_code == 302
    application = Application.objects.get(firm=target)
    target.refresh_from_db()
    assert target.stage == Stage.DOSSIER_SUBMITTED
    contact.refresh_from_db()
    assert (contact.phone, contact.email) == ("+84912111222", "hoa@cokhithu.vn")
    assert not ConsentRecord.objects.filter(contact=contact).exists()
    # The receipt e-mail goes to the typed address, which is not on file: no link in it.
    assert link.token not in mail.outbox[0].body
    client.force_login(officer)
    detail = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    assert "data-proposed-contact" in detail


def test_the_personal_link_with_the_details_on_file_records_consent(client, target, contact, link):
    url = reverse("invitations:apply_personal", args=[link.token])
    same = {**STRANGER, "phone": "0912 111 222", "email": "hoa@cokhithu.vn"}
    assert client.post(url, {**form_data(**same), **good_files()}).status_code == 302
    assert {r.channel for r in ConsentRecord.objects.filter(contact=contact)} == {
        Channel.EMAIL,
        Channel.ZALO,
    }
    assert target.contacts.count() == 1
    # An address on file may receive the link.
    assert link.full_url in mail.outbox[0].body


def test_the_officer_discards_a_strangers_application_with_its_files(
    client, officer, target, contact, link
):
    before = snapshot(target)
    public_post(client, tax_code=target.enterprise.tax_code, **STRANGER)
    application = Application.objects.get()
    paths = [item.file.path for item in ApplicationFile.objects.all()]
    assert paths and all(os.path.exists(path) for path in paths)

    client.force_login(officer)
    detail = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    assert reverse("applications:discard", args=[application.pk]) in detail
    page = client.get(reverse("applications:discard", args=[application.pk]))
    assert page.status_code == 200
    response = client.post(reverse("applications:discard", args=[application.pk]))
    assert response.status_code == 302

    assert not Application.objects.exists() and not ApplicationFile.objects.exists()
    assert not any(os.path.exists(path) for path in paths)
    assert snapshot(target) == before


def test_a_linked_application_cannot_be_discarded(client, officer, target, contact, link):
    public_post(client, tax_code=target.enterprise.tax_code, **STRANGER)
    application = Application.objects.get()
    client.force_login(officer)
    client.post(reverse("applications:link", args=[application.pk]), {"firm": str(target.pk)})
    response = client.post(reverse("applications:discard", args=[application.pk]))
    assert response.status_code == 302
    assert Application.objects.filter(pk=application.pk, firm=target).exists()
