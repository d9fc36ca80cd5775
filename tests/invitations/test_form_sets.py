"""Personalised form sets: a firm's values, its set read back by real readers (python-docx,
LibreOffice's PDF through pdftotext, the QR code through zbarimg), the download through the
personal link moving the firm forward only, the background job, the command, the admin and
who may use it, and the press board's counter."""

from __future__ import annotations

import io
import subprocess
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone, translation
from docx import Document

from cms.catalogue.models import Enterprise
from cms.catalogue.taxcode import with_check_digit
from outreach.campaigns.models import Campaign, Stage, StageChange, TargetFirm
from outreach.campaigns.pipeline import advance, record_entry
from outreach.invitations.generation import SetMaker, generate_firm_set, zip_name
from outreach.invitations.models import (
    FormSet,
    FormSetBatch,
    FormTemplate,
    PersonalLink,
)
from outreach.invitations.placeholders import BLANK, firm_values
from outreach.invitations.tasks import build_form_set_batch

pytestmark = pytest.mark.django_db

YEAR = 2099
SCRIPT_NAME = 'Công ty TNHH <script>alert("x")</script> Đồng Xuân & Hà Đông'
DOCUMENTS = [
    "01-thu-moi-tham-gia",
    "02-phieu-dang-ky",
    "03-bao-cao-thong-tin-san-pham",
    "04-ban-cam-ket",
]


@pytest.fixture
def officer(django_user_model):
    user = django_user_model.objects.create_user(
        "canbo.phieu",
        email="ngoc.anh@so-congthuong.vi-du.vn",
        password="x",
        first_name="Ngọc Ánh",
        last_name="Trần Thị",
        phone="024 3825 1234",
    )
    user.groups.add(Group.objects.get(name="Cán bộ vận động"))
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("bientap.phieu", password="x")
    user.groups.add(Group.objects.get(name="Biên tập viên"))
    return user


@pytest.fixture
def campaign(db):
    return Campaign.objects.create(
        year=YEAR,
        introductions_due=date(YEAR, 3, 31),
        dossiers_due=date(YEAR, 8, 31),
        council_meeting=None,
    )


def add_firm(campaign: Campaign, name: str, number: int, officer=None) -> TargetFirm:
    # Not every nine digits can be completed into a valid tax code: take the next that can.
    tax_code = next(
        code
        for seed in range(number * 20, number * 20 + 20)
        if (code := with_check_digit(f"0107{seed:05d}"))
    )
    enterprise = Enterprise.objects.create(
        name=name,
        tax_code=tax_code,
        address=f"Số {number} phố Hàng Bài, phường Hoàn Kiếm, Hà Nội",
    )
    firm = TargetFirm.objects.create(campaign=campaign, enterprise=enterprise, officer=officer)
    record_entry(firm, source="system")
    return firm


@pytest.fixture
def firm(campaign, officer):
    return add_firm(campaign, SCRIPT_NAME, 1, officer)


@pytest.fixture
def three_firms(campaign, firm):
    return [
        firm,
        add_firm(campaign, "Công ty Cổ phần Cơ khí Đông Anh", 2),
        add_firm(campaign, "Hợp tác xã Gốm Bát Tràng", 3),
    ]


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def open_set(form_set: FormSet) -> zipfile.ZipFile:
    with form_set.file.open("rb") as handle:
        return zipfile.ZipFile(io.BytesIO(handle.read()))


# ---- values ----------------------------------------------------------------------------


def test_values_of_a_firm(firm, settings):
    values = firm_values(firm)
    link = PersonalLink.objects.get(firm=firm)
    assert values["ten_doanh_nghiep"] == SCRIPT_NAME
    assert values["ma_so_thue"] == firm.enterprise.tax_code
    assert values["nam"] == str(YEAR)
    assert values["han_gui_gioi_thieu"] == f"31/03/{YEAR}"
    assert values["han_nop_ho_so"] == f"31/08/{YEAR}"
    assert values["ngay_hop_hoi_dong"] == BLANK, "a date not set yet is a dotted line"
    assert values["can_bo_phu_trach"] == "Trần Thị Ngọc Ánh"
    assert values["dien_thoai_can_bo"] == "024 3825 1234"
    assert values["email_can_bo"] == "ngoc.anh@so-congthuong.vi-du.vn"
    assert values["duong_dan_ca_nhan"] == settings.BASE_URL.rstrip("/") + link.get_absolute_url()
    assert values["ma_qr"].startswith(b"\x89PNG")


def test_without_an_officer_the_department_answers(campaign):
    firm = add_firm(campaign, "Công ty Cổ phần Dệt Kim Hà Nội", 4)
    values = firm_values(firm)
    # The demo's site settings: the Department's name, hotline and address of e-mail.
    assert values["can_bo_phu_trach"] == "Sở Công Thương Hà Nội"
    assert values["dien_thoai_can_bo"] not in ("", BLANK)
    firm.enterprise.address = ""
    firm.enterprise.save()
    assert firm_values(firm)["dia_chi"] == BLANK


# ---- one firm's set read back ------------------------------------------------------------


def test_a_firm_set_opens_in_word_and_pdf_readers_with_its_text_and_qr(firm, tmp_path):
    form_set = generate_firm_set(firm)
    link = PersonalLink.objects.get(firm=firm)
    archive = open_set(form_set)
    assert sorted(archive.namelist()) == sorted(
        [f"{name}.docx" for name in DOCUMENTS] + [f"{name}.pdf" for name in DOCUMENTS]
    )
    assert form_set.size == form_set.file.size and form_set.document_count == 8
    archive.extractall(tmp_path)

    letter = Document(tmp_path / "01-thu-moi-tham-gia.docx")
    text = "\n".join(paragraph.text for paragraph in letter.paragraphs)
    assert SCRIPT_NAME in text and link.full_url in text
    assert "{{" not in text

    # LibreOffice converts the Word file again here, as a firm's computer would open it.
    from outreach.invitations.documents import convert_to_pdf

    (converted,) = convert_to_pdf([tmp_path / "01-thu-moi-tham-gia.docx"], tmp_path / "again")
    assert SCRIPT_NAME in pdf_text(converted)

    printed = pdf_text(tmp_path / "01-thu-moi-tham-gia.pdf")
    for expected in (SCRIPT_NAME, f"31/08/{YEAR}", "Trần Thị Ngọc Ánh", "Kính gửi"):
        assert expected in printed, printed

    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(tmp_path / "01-thu-moi-tham-gia.pdf"), "page"],
        cwd=tmp_path,
        check=True,
    )
    decoded = set()
    for image in tmp_path.glob("page*.png"):
        result = subprocess.run(
            ["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, check=False
        )
        decoded.update(result.stdout.decode().split())
    assert decoded == {link.full_url}


def test_regenerating_replaces_the_file(firm):
    first = generate_firm_set(firm)
    old_name = first.file.name
    second = generate_firm_set(firm)
    assert FormSet.objects.filter(firm=firm).count() == 1
    assert second.file.name != old_name
    assert not second.file.storage.exists(old_name)
    assert second.generated_at >= first.generated_at


def test_a_deleted_firm_takes_its_set_file_with_it(firm):
    form_set = generate_firm_set(firm)
    storage, name = form_set.file.storage, form_set.file.name
    assert storage.exists(name)
    firm.delete()
    assert not storage.exists(name)


# ---- the firm's download -------------------------------------------------------------------


def download_url(firm: TargetFirm) -> str:
    return reverse("invitations:form_set", args=[PersonalLink.for_firm(firm).token])


def test_the_personal_page_offers_the_firm_its_own_set(client, firm):
    html = client.get(PersonalLink.for_firm(firm).get_absolute_url()).content.decode()
    assert download_url(firm) in html


def test_a_download_keeps_only_its_day_and_moves_the_firm_forward_only(client, firm, officer):
    assert not FormSet.objects.filter(firm=firm).exists()
    response = client.get(download_url(firm), HTTP_USER_AGENT="Mozilla/5.0 " + "x" * 400)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert zip_name(firm) in response["Content-Disposition"]
    assert response["Cache-Control"] == "private, no-store"
    body = b"".join(response.streaming_content)
    assert len(zipfile.ZipFile(io.BytesIO(body)).namelist()) == 8, "made on the fly"
    # The fact and its day, nothing about the device (no tracking without consent).
    assert FormSet.objects.get(firm=firm).downloaded_on == timezone.localdate()
    assert "FormSetDownload" not in {model.__name__ for model in apps.get_models()}
    firm.refresh_from_db()
    assert firm.stage == Stage.FORM_DOWNLOADED
    change = firm.stage_changes.latest("at")
    assert change.source == StageChange.Source.FIRM and change.to_stage == Stage.FORM_DOWNLOADED

    made = FormSet.objects.get(firm=firm).file.name
    advance(firm, Stage.SESSION_HELD)
    assert client.get(download_url(firm)).status_code == 200
    firm.refresh_from_db()
    assert firm.stage == Stage.SESSION_HELD, "a later download never pulls the firm back"
    assert FormSet.objects.get(firm=firm).downloaded_on == timezone.localdate()
    assert FormSet.objects.get(firm=firm).file.name == made, "an up-to-date set is reused"

    # Staff see the fact and its day; no count, time of day or browser exists to show.
    client.force_login(officer)
    day = timezone.localdate().strftime("%d/%m/%Y")
    page = client.get(reverse("form_sets:firm", args=[firm.pk])).content.decode()
    assert day in page and "Mozilla" not in page
    index = client.get(reverse("form_sets:index"), {"campaign": YEAR}).content.decode()
    assert day in index and "Mozilla" not in index


def test_a_download_brings_an_out_of_date_set_up_to_date(client, firm):
    made = generate_firm_set(firm).file.name
    firm.campaign.dossiers_due = date(YEAR, 9, 15)
    firm.campaign.save()
    response = client.get(download_url(firm))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    letter = Document(io.BytesIO(archive.read("01-thu-moi-tham-gia.docx")))
    assert f"15/09/{YEAR}" in "\n".join(p.text for p in letter.paragraphs)
    assert FormSet.objects.get(firm=firm).file.name != made


def test_unknown_or_revoked_links_download_nothing(client, firm):
    assert client.get(reverse("invitations:form_set", args=["x" * 22])).status_code == 404
    revoked = download_url(firm)
    link = PersonalLink.objects.get(firm=firm)
    link.revoked_at = timezone.now()
    link.save()
    assert client.get(revoked).status_code == 404
    assert not FormSet.objects.filter(downloaded_on__isnull=False).exists()
    firm.refresh_from_db()
    assert firm.stage == Stage.IDENTIFIED


def test_without_templates_the_firm_is_asked_to_come_back(client, firm):
    FormTemplate.objects.update(is_active=False)
    response = client.get(download_url(firm))
    assert response.status_code == 503
    assert not FormSet.objects.filter(downloaded_on__isnull=False).exists()


# ---- the background job --------------------------------------------------------------------


def test_generating_every_set_through_the_task_queue(
    client, officer, three_firms, settings, django_capture_on_commit_callbacks
):
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": True}
    settings.FORM_SETS_CHUNK_SIZE = 2  # two chunks, so progress is reported twice
    client.force_login(officer)
    index = reverse("form_sets:index") + f"?campaign={YEAR}"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("form_sets:generate"), {"campaign": three_firms[0].campaign_id}
        )
    assert response.status_code == 302 and response["Location"] == index
    batch = FormSetBatch.objects.get()
    assert batch.status == FormSetBatch.Status.DONE, batch.message
    assert (batch.progress, batch.done_count, batch.total) == (100, 3, 3)
    assert batch.requested_by == officer and batch.finished_at
    assert FormSet.objects.filter(firm__campaign__year=YEAR).count() == 3
    with batch.file.open("rb") as handle:
        bundle = zipfile.ZipFile(io.BytesIO(handle.read()))
    folders = {name.split("/")[0] for name in bundle.namelist()}
    assert len(folders) == 3 and len(bundle.namelist()) == 24
    assert any(name.endswith("/01-thu-moi-tham-gia.pdf") for name in bundle.namelist())

    status = client.get(reverse("form_sets:status") + f"?campaign={YEAR}").json()
    assert status["active"] is False
    assert status["batches"][0]["download_url"] == reverse(
        "form_sets:batch_download", args=[batch.pk]
    )
    download = client.get(status["batches"][0]["download_url"])
    assert download.status_code == 200 and download["Content-Type"] == "application/zip"
    html = client.get(index).content.decode()
    assert 'data-field="done_count">3<' in html and "js/job-progress.js" in html


def test_the_job_reports_progress_per_chunk_and_runs_once(three_firms, settings):
    settings.FORM_SETS_CHUNK_SIZE = 1
    seen = []
    SetMaker().make([firm.pk for firm in three_firms], lambda done, total: seen.append(done))
    assert seen == [1, 2, 3]
    batch = FormSetBatch.objects.create(campaign=three_firms[0].campaign)
    build_form_set_batch(batch.pk)
    assert build_form_set_batch(batch.pk).startswith("skipped"), "a job runs once"


def test_a_job_without_templates_fails_with_a_message(three_firms):
    FormTemplate.objects.update(is_active=False)
    batch = FormSetBatch.objects.create(campaign=three_firms[0].campaign)
    build_form_set_batch(batch.pk)
    batch.refresh_from_db()
    assert batch.status == FormSetBatch.Status.FAILED and batch.message and not batch.file


def test_a_job_killed_mid_way_is_marked_failed(campaign):
    batch = FormSetBatch.objects.create(
        campaign=campaign,
        status=FormSetBatch.Status.RUNNING,
        started_at=timezone.now() - timedelta(hours=2),
    )
    assert FormSetBatch.objects.fail_stale() == 1
    batch.refresh_from_db()
    assert batch.status == FormSetBatch.Status.FAILED and batch.message


def test_the_worker_retry_outlasts_the_job_time_limit(settings):
    from outreach.invitations.models.formsets import BATCH_TIMEOUT

    assert settings.Q_CLUSTER["retry"] > BATCH_TIMEOUT


# ---- the command -------------------------------------------------------------------------


def test_the_command_writes_one_zip_per_firm(three_firms, tmp_path, capsys):
    call_command("form_sets", campaign=YEAR, output=str(tmp_path))
    zips = sorted(path.name for path in tmp_path.glob("*.zip"))
    assert zips == sorted(zip_name(firm) for firm in three_firms)
    assert all(name.startswith(f"bo-phieu-moi-{YEAR}-") for name in zips)
    printed = capsys.readouterr().out
    assert "100%" in printed and "3" in printed
    assert FormSet.objects.filter(firm__campaign__year=YEAR).count() == 3


def test_the_command_makes_one_firm_by_tax_code(three_firms, tmp_path):
    firm = three_firms[1]
    call_command("form_sets", campaign=YEAR, output=str(tmp_path), firm=firm.enterprise.tax_code)
    assert [path.name for path in tmp_path.iterdir()] == [zip_name(firm)]


def test_the_command_explains_what_it_cannot_do(three_firms, tmp_path, settings):
    with pytest.raises(CommandError, match="Không có đợt vận động năm 2098"):
        call_command("form_sets", campaign=2098, output=str(tmp_path))
    with pytest.raises(CommandError, match="0000000000"):
        call_command("form_sets", campaign=YEAR, output=str(tmp_path), firm="0000000000")
    with pytest.raises(CommandError):
        call_command("form_sets", campaign=YEAR, output=str(tmp_path / "missing"))
    settings.SOFFICE_PATH = "/nonexistent/soffice"
    with pytest.raises(CommandError, match="SOFFICE_PATH"):
        call_command("form_sets", campaign=YEAR, output=str(tmp_path))
    settings.SOFFICE_PATH = "soffice"
    FormTemplate.objects.update(is_active=False)
    with pytest.raises(CommandError):
        call_command("form_sets", campaign=YEAR, output=str(tmp_path))
    assert not list(tmp_path.glob("*.zip"))


# ---- admin ---------------------------------------------------------------------------------


def test_officers_find_the_sets_in_the_recruitment_menu_and_the_firm_list(client, officer, firm):
    client.force_login(officer)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("form_sets:index") in home
    listing = client.get(reverse("wagtailsnippets_campaigns_targetfirm:list")).content.decode()
    assert reverse("form_sets:firm", args=[firm.pk]) in listing


def test_officers_generate_and_download_one_firm_set(client, officer, firm):
    client.force_login(officer)
    page = client.get(reverse("form_sets:firm", args=[firm.pk]))
    assert page.status_code == 200
    response = client.post(reverse("form_sets:firm_generate", args=[firm.pk]))
    assert response.status_code == 302
    download = client.get(reverse("form_sets:firm_download", args=[firm.pk]))
    assert download.status_code == 200 and download["Content-Type"] == "application/zip"
    firm.refresh_from_db()
    assert firm.stage == Stage.IDENTIFIED, "a staff download is not the firm's"
    assert FormSet.objects.get(firm=firm).downloaded_on is None


def docx_qr_codes(archive: zipfile.ZipFile, name: str, folder: Path) -> set[str]:
    """What the QR codes pictured in one DOCX of a set say, read by zbarimg."""
    decoded: set[str] = set()
    with zipfile.ZipFile(io.BytesIO(archive.read(name))) as document:
        for number, member in enumerate(document.namelist()):
            if member.startswith("word/media/"):
                image = folder / f"{number}-{Path(member).name}"
                image.write_bytes(document.read(member))
                result = subprocess.run(
                    ["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, check=False
                )
                decoded.update(result.stdout.decode().split())
    return decoded


def test_regenerating_after_the_link_was_revoked_prints_a_new_link_that_opens(
    client, officer, firm, tmp_path
):
    generate_firm_set(firm)
    old = PersonalLink.objects.get(firm=firm)
    old.revoked_at = timezone.now()
    old.save()
    unknown = client.get(reverse("invitations:personal", args=["x" * 22]))

    client.force_login(officer)
    page = client.get(reverse("form_sets:firm", args=[firm.pk]))
    assert page.context["link_revoked"], "staff are told the set's link no longer opens"
    assert PersonalLink.objects.get(firm=firm).token == old.token, "looking issues nothing"
    assert client.post(reverse("form_sets:firm_generate", args=[firm.pk])).status_code == 302

    link = PersonalLink.objects.get(firm=firm)
    assert link.revoked_at is None and link.token != old.token
    archive = open_set(FormSet.objects.get(firm=firm))
    letter = Document(io.BytesIO(archive.read("01-thu-moi-tham-gia.docx")))
    text = "\n".join(paragraph.text for paragraph in letter.paragraphs)
    assert link.full_url in text and old.token not in text
    assert docx_qr_codes(archive, "01-thu-moi-tham-gia.docx", tmp_path) == {link.full_url}
    page = client.get(reverse("form_sets:firm", args=[firm.pk]))
    assert not page.context["link_revoked"] and not page.context["details_changed"]

    client.logout()
    opened = client.get(link.get_absolute_url())
    assert opened.status_code == 200
    assert reverse("invitations:form_set", args=[link.token]) in opened.content.decode()
    refused = client.get(old.get_absolute_url())
    assert refused.status_code == unknown.status_code == 404
    assert "Đồng Xuân" not in refused.content.decode(), "a revoked link tells nothing"
    assert client.get(reverse("invitations:form_set", args=[old.token])).status_code == 404


def test_an_officer_revokes_a_link_that_went_astray(client, officer, firm, django_user_model):
    generate_firm_set(firm)
    link = PersonalLink.objects.get(firm=firm)
    revoke = reverse("form_sets:firm_revoke_link", args=[firm.pk])
    page = reverse("form_sets:firm", args=[firm.pk])

    # Staff who may only look are refused, and the link still opens.
    onlooker = django_user_model.objects.create_user("chi.xem", password="x", is_staff=True)
    client.force_login(onlooker)
    assert client.post(revoke).status_code in (302, 403)
    assert PersonalLink.objects.get(pk=link.pk).revoked_at is None

    client.force_login(officer)
    assert "Thu hồi đường dẫn riêng" in client.get(page).content.decode()
    response = client.post(revoke, follow=True)
    assert "không còn mở được" in response.content.decode()
    assert "Thu hồi đường dẫn riêng" not in response.content.decode()
    assert response.context["link_revoked"], "the page says the set now prints a dead link"
    assert PersonalLink.objects.get(pk=link.pk).revoked_at is not None
    client.logout()
    assert client.get(link.get_absolute_url()).status_code == 404

    client.force_login(officer)
    again = client.post(revoke, follow=True)
    assert "không có đường dẫn riêng nào để thu hồi" in again.content.decode()
    client.post(reverse("form_sets:firm_generate", args=[firm.pk]))
    fresh = PersonalLink.objects.get(firm=firm)
    assert fresh.revoked_at is None and fresh.token != link.token


def test_markup_in_a_firm_name_is_escaped_in_the_admin(client, officer, firm):
    client.force_login(officer)
    generate_firm_set(firm)
    for url in (
        reverse("form_sets:index") + f"?campaign={YEAR}",
        reverse("form_sets:firm", args=[firm.pk]),
    ):
        html = client.get(url).content.decode()
        assert "&lt;script&gt;alert(" in html and '<script>alert("x")' not in html


def test_editors_without_the_outreach_group_are_refused(client, editor, officer, firm):
    generate_firm_set(firm)
    batch = FormSetBatch.objects.create(campaign=firm.campaign, status=FormSetBatch.Status.DONE)
    client.force_login(editor)
    for url in (
        reverse("form_sets:index"),
        reverse("form_sets:status") + f"?campaign={YEAR}",
        reverse("form_sets:firm", args=[firm.pk]),
        reverse("form_sets:firm_download", args=[firm.pk]),
        reverse("form_sets:batch_download", args=[batch.pk]),
    ):
        assert client.get(url).status_code == 403, url
    for url in (reverse("form_sets:generate"), reverse("form_sets:firm_generate", args=[firm.pk])):
        assert client.post(url, {"campaign": firm.campaign_id}).status_code == 403, url
    assert FormSetBatch.objects.count() == 1
    client.force_login(officer)
    assert client.post(reverse("form_sets:generate"), {"campaign": "x"}).status_code == 404
    client.force_login(editor)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("form_sets:index") not in home


# ---- the press board --------------------------------------------------------------------


def test_the_press_board_counts_generated_sets(three_firms):
    from outreach.press.models import TargetKind
    from outreach.press.progress import actual

    assert actual(TargetKind.FORM_SETS, YEAR) == 0
    SetMaker().make([firm.pk for firm in three_firms])
    assert actual(TargetKind.FORM_SETS, YEAR) == 3
    SetMaker().make([three_firms[0].pk])
    assert actual(TargetKind.FORM_SETS, YEAR) == 3, "a regenerated set counts once"
    with translation.override("vi"):
        # The demo's 400 printed forms of 2026 stay counted: it is the larger figure.
        assert actual(TargetKind.FORM_SETS, 2026) == 400


# ---- the whole path -----------------------------------------------------------------------


def test_import_generate_open_download_and_the_board_shows_the_move(
    client, officer, campaign, settings, django_capture_on_commit_callbacks, tmp_path
):
    """The issue's "done when": 36 firms from Excel, every set generated in the background, a
    firm opens its personal link (the QR of its letter decodes to it), downloads, and the
    board shows it under "form downloaded"."""
    from openpyxl import Workbook

    from outreach.campaigns.importing import import_firms
    from outreach.campaigns.importing.layout import FIRMS

    book = Workbook()
    sheet = book.active
    sheet.title = FIRMS.title
    sheet.append([column.heading for column in FIRMS.columns])
    codes = [code for seed in range(200) if (code := with_check_digit(f"0108{seed:05d}"))][:36]
    for number, code in enumerate(codes, start=1):
        values = {
            "name": f"Công ty Cổ phần Sản xuất Thử Nghiệm Số {number}",
            "tax_code": code,
            "ward": "Phường Long Biên",
            "sector": "co-khi",
            "introducer": "UBND phường Long Biên",
        }
        sheet.append([values.get(column.key) for column in FIRMS.columns])
    buffer = io.BytesIO()
    book.save(buffer)
    result = import_firms(buffer.getvalue(), campaign, dry_run=False, by=officer)
    assert result.ok and result.firms.created == 36

    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": True}
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("form_sets:generate"), {"campaign": campaign.pk})
    batch = FormSetBatch.objects.get(campaign=campaign)
    assert (batch.status, batch.done_count) == (FormSetBatch.Status.DONE, 36), batch.message

    firm = TargetFirm.objects.get(campaign=campaign, enterprise__tax_code=codes[6])
    link = PersonalLink.objects.get(firm=firm)
    open_set(FormSet.objects.get(firm=firm)).extract("01-thu-moi-tham-gia.pdf", tmp_path)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "01-thu-moi-tham-gia.pdf", "page"],
        cwd=tmp_path,
        check=True,
    )
    decoded = {
        line
        for image in tmp_path.glob("page*.png")
        for line in subprocess.run(
            ["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, check=False
        )
        .stdout.decode()
        .split()
    }
    assert decoded == {link.full_url}

    client.logout()
    page = client.get(link.full_url.removeprefix(settings.BASE_URL.rstrip("/")))
    assert page.status_code == 200 and download_url(firm) in page.content.decode()
    assert client.get(download_url(firm)).status_code == 200

    client.force_login(officer)
    board = client.get(reverse("campaign_board:board") + f"?campaign={YEAR}")
    columns = {column.stage: column.firms for column in board.context["columns"]}
    assert [f.pk for f in columns[Stage.FORM_DOWNLOADED]] == [firm.pk]
    assert len(columns[Stage.IDENTIFIED]) == 35
