"""Staff review in the admin: officers list, read, download, tick the checklist, request
missing items and mark the dossier complete; editors and visitors get nothing."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.translation import override

from outreach.campaigns.models import ConsentRecord, Stage, StageChange
from outreach.invitations.models import (
    Application,
    ApplicationFile,
    ApplicationReview,
    ReviewStatus,
)

from .applying import form_data, good_files, pdf_bytes, stored_files, upload

pytestmark = pytest.mark.django_db

REQUIRED = [
    "registration_form",
    "product_report",
    "commitment",
    "business_registration",
    "financial_statements",
]


@pytest.fixture
def application(client, link) -> Application:
    url = reverse("invitations:apply_personal", args=[link.token])
    script = "<script>alert(1)</script>"
    data = form_data(firm_name=f"Công ty {script}", contact_name=f"Liên {script}")
    response = client.post(url, {**data, **good_files()})
    assert response.status_code == 302
    client.logout()
    mail.outbox.clear()
    return Application.objects.get(firm=link.firm)


def admin_urls(application: Application) -> list[str]:
    item = ApplicationFile.objects.filter(version__application=application).first()
    return [
        reverse("applications:list"),
        reverse("applications:detail", args=[application.pk]),
        reverse("applications:file", args=[item.pk]),
    ]


def test_officers_list_read_and_download(client, officer, application):
    client.force_login(officer)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("applications:list") in menu
    listing = client.get(reverse("applications:list"), {"campaign": application.campaign.year})
    assert listing.status_code == 200
    assert application.reference in listing.content.decode()
    detail = client.get(reverse("applications:detail", args=[application.pk]))
    html = detail.content.decode()
    assert detail.status_code == 200
    assert "Phiếu đăng ký.pdf" in html and "Máy thử nghiệm số 1" in html
    # Markup typed by the firm is shown as text in the admin too.
    assert "<script>alert(1)" not in html
    assert "Công ty &lt;script&gt;alert(1)&lt;/script&gt;" in html

    item = ApplicationFile.objects.get(version__application=application, kind="registration_form")
    download = client.get(reverse("applications:file", args=[item.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == pdf_bytes()
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    assert {"private", "no-store"} <= set(download["Cache-Control"].replace(" ", "").split(","))


def test_the_list_filters_by_review_and_text(client, officer, application):
    client.force_login(officer)
    url = reverse("applications:list")
    year = application.campaign.year
    found = client.get(url, {"campaign": year, "q": "thu nghiem"}).content.decode()
    assert application.reference in found
    none = client.get(url, {"campaign": year, "status": ReviewStatus.COMPLETE}).content.decode()
    assert application.reference not in none
    by_code = client.get(url, {"campaign": year, "q": application.current_version.tax_code})
    assert application.reference in by_code.content.decode()


def test_editors_get_403_and_see_no_personal_data(client, editor, application):
    client.force_login(editor)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("applications:list") not in menu
    for url in admin_urls(application):
        response = client.get(url)
        assert response.status_code == 403
        assert "Liên" not in response.content.decode()
    for name in ("checklist", "missing"):
        response = client.post(reverse(f"applications:{name}", args=[application.pk]), {})
        assert response.status_code == 403
    assert not ApplicationReview.objects.exists()


def test_visitors_are_sent_to_the_login(client, application):
    for url in admin_urls(application):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]


def test_the_files_are_not_under_the_public_media(client, application, settings):
    item = ApplicationFile.objects.filter(version__application=application).first()
    assert not str(item.file.path).startswith(str(settings.MEDIA_ROOT))
    assert client.get(f"/media/{item.file.name}").status_code == 404
    with pytest.raises(ValueError):
        item.file.url  # noqa: B018


def test_checklist_and_completion(client, officer, application):
    client.force_login(officer)
    url = reverse("applications:checklist", args=[application.pk])
    response = client.post(url, {"kinds": ["registration_form", "certificates"]})
    assert response.status_code == 302
    version = application.versions.get()
    assert version.checked_kinds == ["registration_form", "certificates"]
    assert version.checked_by == officer

    # Completion is refused while a required item is not ticked.
    client.post(url, {"kinds": ["registration_form"], "complete": "1"})
    application.refresh_from_db()
    assert application.status == ReviewStatus.SUBMITTED
    assert application.firm.stage == Stage.DOSSIER_SUBMITTED

    response = client.post(url, {"kinds": REQUIRED, "complete": "1"})
    assert response.status_code == 302
    application.refresh_from_db()
    firm = application.firm
    firm.refresh_from_db()
    assert application.status == ReviewStatus.COMPLETE
    assert firm.stage == Stage.DOSSIER_COMPLETE
    change = StageChange.objects.filter(firm=firm).order_by("-pk").first()
    assert change.to_stage == Stage.DOSSIER_COMPLETE and change.by == officer
    review = application.reviews.get()
    assert review.action == ApplicationReview.Action.MARKED_COMPLETE and review.by == officer
    detail = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    with override("vi"):
        assert str(review.get_action_display()) in detail


def test_request_missing_items_mails_the_firm(client, officer, application, link):
    client.force_login(officer)
    response = client.post(
        reverse("applications:missing", args=[application.pk]),
        {"kinds": ["commitment", "business_registration"], "note": "Bổ sung bản có dấu đỏ."},
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lienhe@doanhnghiep.vi-du.vn"]
    assert application.reference in message.subject
    assert "Bổ sung bản có dấu đỏ." in message.body
    assert link.full_url in message.body
    review = application.reviews.get()
    assert review.missing_kinds == ["commitment", "business_registration"]
    assert review.emailed_to == "lienhe@doanhnghiep.vi-du.vn" and review.by == officer
    application.refresh_from_db()
    assert application.status == ReviewStatus.MISSING_REQUESTED
    detail = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    assert "Bổ sung bản có dấu đỏ." in detail


def test_an_empty_request_is_not_sent(client, officer, application):
    client.force_login(officer)
    client.post(reverse("applications:missing", args=[application.pk]), {"note": "  "})
    assert mail.outbox == [] and not ApplicationReview.objects.exists()


def test_the_review_sees_every_version(client, officer, application, link):
    url = reverse("invitations:apply_personal", args=[link.token])
    files = {"files-commitment": [upload("cam-ket.pdf", pdf_bytes())]}
    assert client.post(url, {**form_data(), **files}).status_code == 302
    client.force_login(officer)
    html = client.get(reverse("applications:detail", args=[application.pk])).content.decode()
    assert "cam-ket.pdf" in html and "Phiếu đăng ký.pdf" in html
    assert application.versions.count() == 2


def test_deleting_the_target_firm_takes_its_application_and_files(
    client, officer, application, private_root, django_capture_on_commit_callbacks
):
    assert stored_files(private_root)
    # Consent records are evidence and block a firm's deletion until erased (campaigns).
    ConsentRecord.objects.filter(contact__firm=application.firm).erase()
    client.force_login(officer)
    url = reverse("wagtailsnippets_campaigns_targetfirm:delete", args=[application.firm_id])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    assert not Application.objects.exists()
    assert stored_files(private_root) == []


def test_the_firm_page_links_its_application(client, officer, editor, application):
    url = reverse("wagtailsnippets_campaigns_targetfirm:inspect", args=[application.firm_id])
    client.force_login(officer)
    html = client.get(url).content.decode()
    assert reverse("applications:detail", args=[application.pk]) in html
    assert application.reference in html
