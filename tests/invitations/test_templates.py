"""Form templates: checked when staff upload them; the blank set anyone may download."""

from __future__ import annotations

import io
import subprocess
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document

from outreach.invitations.models import FormKind, FormTemplate
from portal.demo.invitation_forms import DEMO_TEMPLATES

pytestmark = pytest.mark.django_db


def docx_with(text: str) -> bytes:
    document = Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("mau", "mau@e.vn", "x"))
    return client


def upload(staff_client, name: str, content: bytes, kind=FormKind.COMMITMENT):
    FormTemplate.objects.filter(kind=kind).delete()
    return staff_client.post(
        reverse("wagtailsnippets_invitations_formtemplate:add"),
        {
            "kind": kind,
            "title": "Bản cam kết",
            "sort_order": 4,
            "is_active": "on",
            "file": SimpleUploadedFile(name, content),
        },
    )


def test_the_demo_builds_the_four_templates_with_their_placeholders():
    templates = list(FormTemplate.objects.active())
    assert [t.kind for t in templates] == [kind for kind, _, _ in DEMO_TEMPLATES]
    letter = templates[0]
    assert {"ten_doanh_nghiep", "han_nop_ho_so", "duong_dan_ca_nhan", "ma_qr"} <= set(
        letter.placeholders
    )


def test_a_template_with_an_unknown_placeholder_is_refused(staff_client):
    response = upload(staff_client, "cam-ket.docx", docx_with("Kính gửi {{ ten_giam_doc }}"))
    assert response.status_code == 200
    assert "{{ ten_giam_doc }}" in str(response.context["form"].errors["file"])
    assert not FormTemplate.objects.filter(kind=FormKind.COMMITMENT).exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cam-ket.docx", b"MZ\x90\x00\x03 an executable renamed"),
        ("cam-ket.pdf", b"%PDF-1.7"),
        ("cam-ket.docx", b"PK\x03\x04 a broken zip"),
    ],
)
def test_a_file_that_is_not_a_word_document_is_refused(staff_client, name, content):
    response = upload(staff_client, name, content)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not FormTemplate.objects.filter(kind=FormKind.COMMITMENT).exists()


def test_a_good_template_is_kept_with_its_placeholders(staff_client):
    response = upload(staff_client, "cam-ket.docx", docx_with("{{ ten_doanh_nghiep }} cam kết"))
    assert response.status_code == 302
    template = FormTemplate.objects.get(kind=FormKind.COMMITMENT)
    assert template.placeholders == ["ten_doanh_nghiep"]
    assert template.updated_by.username == "mau"


@pytest.fixture
def blank_folder(settings):
    import shutil
    from pathlib import Path

    folder = Path(settings.MEDIA_ROOT) / "invitations" / "blank"
    shutil.rmtree(folder, ignore_errors=True)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_anyone_downloads_the_blank_set_as_docx_and_pdf(client, tmp_path, blank_folder):
    response = client.get(reverse("invitations:blank_set"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert len([n for n in names if n.endswith(".docx")]) == 4
    assert len([n for n in names if n.endswith(".pdf")]) == 4
    letter = next(n for n in names if n.startswith("01-") and n.endswith(".pdf"))
    (tmp_path / "letter.pdf").write_bytes(archive.read(letter))
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "letter.pdf"), "-"], capture_output=True, check=True
    ).stdout.decode()
    assert "THƯ MỜI" in text
    assert "Kính gửi: …" in text
    assert "{{" not in text
    # The second download is the same file, not built again.
    again = client.get(reverse("invitations:blank_set"))
    assert b"".join(again.streaming_content) == b"".join(
        client.get(reverse("invitations:blank_set")).streaming_content
    )
    assert len(list(blank_folder.glob("*.zip"))) == 1


def test_without_templates_the_blank_set_says_so(client, blank_folder):
    FormTemplate.objects.update(is_active=False)
    response = client.get(reverse("invitations:blank_set"))
    assert response.status_code == 503
    assert "<h1" in response.content.decode()


def test_the_criteria_page_links_the_blank_set(client, demo_site):
    from cms.pages.models import StandardPage

    page = StandardPage.objects.get(slug="tieu-chi-ho-so", locale__language_code="vi")
    html = client.get(page.url).content.decode()
    assert f'href="{reverse("invitations:blank_set")}"' in html
