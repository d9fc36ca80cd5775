"""Applying online as a firm meets it: from the personal link or the public page, with files,
a receipt page and e-mail, the firm moved to "dossier submitted", every version kept."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext, override

from cms.catalogue.models import Enterprise
from outreach.campaigns.models import (
    Campaign,
    Channel,
    ConsentRecord,
    Stage,
    StageChange,
    TargetFirm,
)
from outreach.invitations.models import Application, ApplicationFile, ApplicationVersion

from .applying import NEW_TAX_CODE, form_data, good_files, pdf_bytes, stored_files, upload

pytestmark = pytest.mark.django_db


def apply_url(personal=None) -> str:
    if personal is None:
        return reverse("invitations:apply")
    return reverse("invitations:apply_personal", args=[personal.token])


def test_the_personal_page_leads_to_the_prefilled_form(client, link):
    page = client.get(link.get_absolute_url()).content.decode()
    assert apply_url(link) in page
    response = client.get(apply_url(link))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    html = response.content.decode()
    assert 'value="Công ty Cổ phần Cơ khí Thử Nghiệm"' in html
    assert f'value="{link.firm.enterprise.tax_code}"' in html
    assert 'enctype="multipart/form-data"' in html
    assert 'name="website"' in html  # the honeypot


def test_a_firm_applies_through_its_personal_link(client, link, private_root):
    firm = link.firm
    response = client.post(apply_url(link), {**form_data(), **good_files()})
    assert response.status_code == 302, response.content.decode()[:3000]
    application = Application.objects.get(firm=firm)
    version = application.current_version
    assert version.number == 1
    assert version.via == ApplicationVersion.Via.PERSONAL_LINK
    assert version.phone == "+84912345678"
    assert [p.name for p in version.products.all()] == ["Máy thử nghiệm số 1"]

    files = {item.kind: item for item in version.files.all()}
    assert set(files) == {"registration_form", "financial_statements", "certificates"}
    pdf = files["registration_form"]
    assert pdf.original_name == "Phiếu đăng ký.pdf"
    assert pdf.detected_type == "pdf"
    assert pdf.sha256 == hashlib.sha256(pdf_bytes()).hexdigest()
    # Stored under a random name in the private folder, outside the public media.
    on_disk = private_root / pdf.file.name
    assert on_disk.read_bytes() == pdf_bytes()
    assert "Phiếu" not in pdf.file.name and pdf.file.name.endswith(".pdf")
    assert len(stored_files(private_root)) == 3

    firm.refresh_from_db()
    assert firm.stage == Stage.DOSSIER_SUBMITTED
    change = StageChange.objects.filter(firm=firm).order_by("-pk").first()
    assert change.to_stage == Stage.DOSSIER_SUBMITTED and change.source == "firm"
    assert version.reference in change.note

    # Receipt page: reference, what arrived, next steps.
    receipt = client.get(response["Location"])
    html = receipt.content.decode()
    assert receipt.status_code == 200
    assert receipt["Cache-Control"] == "private, no-store"
    assert version.reference in html
    assert "Máy thử nghiệm số 1" in html

    # Confirmation e-mail to the address given.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lienhe@doanhnghiep.vi-du.vn"]
    assert version.reference in message.subject and version.reference in message.body
    assert "Phiếu đăng ký.pdf" in message.body
    # The address was not on file before: the personal link does not go there.
    assert link.token not in message.body

    # The contact person is a contact of the firm, with consent only for the box ticked.
    contact = firm.contacts.get(name="Lê Thị Liên Hệ")
    assert contact.email == "lienhe@doanhnghiep.vi-du.vn"
    records = ConsentRecord.objects.filter(contact=contact)
    assert [(r.channel, r.granted) for r in records] == [(Channel.EMAIL, True)]
    assert records[0].notice_text and records[0].method == "form"
    assert not contact.has_consent("campaign_notices", Channel.ZALO)

    # The firm's page now says what was received.
    assert version.reference in client.get(link.get_absolute_url()).content.decode()


def test_no_box_ticked_records_no_consent(client, link):
    data = form_data()
    del data["consent_email"]
    response = client.post(apply_url(link), {**data, **good_files()})
    assert response.status_code == 302
    assert not ConsentRecord.objects.filter(contact__firm=link.firm).exists()


def test_the_public_page_creates_a_new_firm_at_dossier_submitted(client, open_campaign):
    firms_before = TargetFirm.objects.count()
    data = form_data(tax_code=NEW_TAX_CODE, firm_name="Công ty TNHH Mới Đăng Ký")
    response = client.post(apply_url(), {**data, **good_files()})
    assert response.status_code == 302
    enterprise = Enterprise.objects.get(tax_code=NEW_TAX_CODE)
    assert enterprise.name == "Công ty TNHH Mới Đăng Ký"
    assert enterprise.phone == "" and enterprise.email == ""  # contact details stay private
    firm = TargetFirm.objects.get(campaign=open_campaign, enterprise=enterprise)
    assert TargetFirm.objects.count() == firms_before + 1
    assert firm.stage == Stage.DOSSIER_SUBMITTED
    entry = firm.stage_changes.get()
    assert entry.source == "firm" and entry.from_stage == ""
    version = firm.application.current_version
    assert version.via == ApplicationVersion.Via.PUBLIC_PAGE
    # A new firm is not in the public catalogue (it has no recognised product).
    assert client.get(f"/doanh-nghiep/{enterprise.slug}/").status_code == 404


def test_the_public_page_keeps_a_known_tax_code_unverified(client, target):
    # The target firm's tax code on the open page: kept, but it reaches no firm (see
    # test_applications_trust for the takeover and the officer's linking).
    response = client.post(apply_url(), {**form_data(), **good_files()})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.stage == Stage.INVITED
    application = Application.objects.get()
    assert application.firm is None
    assert application.current_version.via == ApplicationVersion.Via.PUBLIC_PAGE


def test_the_receipt_shows_no_personal_data(client, link):
    data = form_data(representative="Trần Văn Đại Diện", contact_name="Lê Thị Liên Hệ")
    response = client.post(apply_url(link), {**data, **good_files()})
    html = client.get(response["Location"]).content.decode()
    assert "Công ty Cổ phần Cơ khí Thử Nghiệm" in html
    for private in (
        "Trần Văn Đại Diện",
        "Lê Thị Liên Hệ",
        "lienhe@doanhnghiep.vi-du.vn",
        "0912",
        "345 678",
        "Phiếu đăng ký.pdf",
        "bao-cao-tai-chinh.xlsx",
        link.token,
    ):
        assert private not in html, private


def test_a_resubmission_adds_a_version_and_keeps_the_first(client, link, private_root):
    assert client.post(apply_url(link), {**form_data(), **good_files()}).status_code == 302
    first = ApplicationVersion.objects.get(application__firm=link.firm)
    first_files = list(first.files.values_list("file", flat=True))
    # The form comes back filled with what was sent.
    html = client.get(apply_url(link)).content.decode()
    assert 'value="Lê Thị Liên Hệ"' in html and first.reference in html
    second_files = {"files-commitment": [upload("cam-ket.pdf", pdf_bytes())]}
    response = client.post(apply_url(link), {**form_data(products=2), **second_files})
    assert response.status_code == 302
    application = Application.objects.get(firm=link.firm)
    assert list(application.versions.values_list("number", flat=True)) == [2, 1]
    assert application.current_version.number == 2
    assert application.current_version.products.count() == 2
    first.refresh_from_db()
    assert list(first.files.values_list("file", flat=True)) == first_files
    assert len(stored_files(private_root)) == 4
    # The firm was already at "dossier submitted": no second move.
    assert link.firm.stage_changes.filter(to_stage=Stage.DOSSIER_SUBMITTED).count() == 1
    assert len(mail.outbox) == 2 and "/2" in mail.outbox[1].subject


def test_add_another_product_works_without_javascript(client, link):
    data = form_data(products=1, add_product="1")
    response = client.post(apply_url(link), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="products-TOTAL_FORMS" value="2"' in html
    assert 'value="Máy thử nghiệm số 1"' in html
    assert 'name="products-1-name"' in html
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field_message"),
    [
        ({"tax_code": "0100109107"}, "check digit"),
        ({"phone": "12345"}, "phone"),
        ({"email": "khong-phai-email"}, "email"),
        ({"products-0-name": ""}, "products"),
    ],
)
def test_bad_details_are_refused_with_a_message(client, link, changes, field_message):
    response = client.post(apply_url(link), {**form_data(**changes), **good_files()})
    assert response.status_code == 200
    html = response.content.decode()
    with override("vi"):
        assert gettext("The application was not sent. Please correct what is shown below.") in html
    assert 'class="form__error"' in html
    assert not Application.objects.exists()


def test_more_than_ten_products_are_refused(client, link):
    response = client.post(apply_url(link), {**form_data(products=11), **good_files()})
    assert response.status_code == 200
    assert not Application.objects.exists()


def test_an_application_without_files_is_refused(client, link):
    response = client.post(apply_url(link), form_data())
    with override("vi"):
        expected = gettext("Attach the dossier's files: at least the registration form.")
    assert escape(expected) in response.content.decode()
    assert not Application.objects.exists()


def test_the_honeypot_refuses_bots(client, link):
    response = client.post(apply_url(link), {**form_data(website="http://spam"), **good_files()})
    assert response.status_code == 200
    assert not Application.objects.exists()


def test_a_closed_round_says_so(client, open_campaign, link):
    open_campaign.dossiers_due = timezone.localdate() - timedelta(days=1)
    open_campaign.save()
    upcoming = Campaign.objects.create(year=2100, introductions_due=None)
    response = client.get(apply_url())
    html = response.content.decode()
    assert response.status_code == 200
    with override("vi"):
        assert gettext("Online applications are closed") in html
    assert str(upcoming.year) in html
    # The personal link's form is closed too, and a post changes nothing.
    assert client.post(apply_url(link), {**form_data(), **good_files()}).status_code == 200
    assert not Application.objects.exists()


def test_receipts_cannot_be_guessed(client):
    assert client.get(reverse("invitations:application_received", args=["1"])).status_code == 404


def test_file_names_are_cleaned_and_kept_only_in_the_row(client, link, private_root):
    files = {"files-other": [upload("Báo cáo\x07  sản phẩm.PDF", pdf_bytes())]}
    response = client.post(apply_url(link), {**form_data(), **files})
    assert response.status_code == 302
    item = ApplicationFile.objects.get()
    assert item.original_name == "Báo cáo sản phẩm.pdf"
    assert [path.suffix for path in stored_files(private_root)] == [".pdf"]
    assert "Báo" not in item.file.name


def test_deleting_an_application_removes_its_files(
    client, link, private_root, django_capture_on_commit_callbacks
):
    assert client.post(apply_url(link), {**form_data(), **good_files()}).status_code == 302
    assert len(stored_files(private_root)) == 3
    with django_capture_on_commit_callbacks(execute=True):
        Application.objects.get().versions.all().delete()
    assert stored_files(private_root) == []


def test_the_form_has_an_english_version(client, open_campaign):
    # Inside override: the request switches the thread to English, the exit switches it back.
    with override("en"):
        url = reverse("invitations:apply")
        response = client.get(url)
    assert url.startswith("/en/")
    assert response.status_code == 200
    assert 'lang="en"' in response.content.decode()
