"""The printable catalogue: the PDF read back as a printer and a reader would (poppler, zbar),
the command, the background job and its admin pages."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from cms.catalogue.links import absolute, record_url
from cms.catalogue.models import (
    CataloguePrint,
    Enterprise,
    Product,
    Recognition,
    Round,
    Sector,
)
from cms.catalogue.printing import build_catalogue_pdf, products_in_span
from cms.catalogue.tasks import build_catalogue_print

pytestmark = pytest.mark.django_db

SPAN = [2019, 2020, 2021]


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def catalogue_pdf(django_db_setup, django_db_blocker, tmp_path_factory) -> tuple:
    """The 2019–2021 catalogue, built once for the module: it only reads the demo data
    (renditions it makes are caches and may stay)."""
    path = tmp_path_factory.mktemp("catalogue") / "catalogue-2019-2021.pdf"
    steps: list[tuple[int, str]] = []
    with django_db_blocker.unblock():
        summary = build_catalogue_pdf(SPAN, path, "vi", lambda p, m: steps.append((p, m)))
    return path, summary, steps


@pytest.fixture
def pdf(catalogue_pdf) -> Path:
    return catalogue_pdf[0]


def test_summary_and_progress(catalogue_pdf, demo_site):
    _path, summary, steps = catalogue_pdf
    products = products_in_span(SPAN)
    assert summary.products == products.count()
    assert summary.enterprises == products.values("enterprise").distinct().count()
    percents = [percent for percent, _message in steps]
    assert percents == sorted(percents) and percents[-1] == 100
    assert any("Công ty" in message for _percent, message in steps), "names the firm laid out"


def test_pdf_is_a4_with_metadata(pdf, catalogue_pdf):
    info = run("pdfinfo", str(pdf))
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages > 10
    assert pages == catalogue_pdf[1].pages
    assert "Author:          Sở Công Thương Hà Nội" in info
    assert re.search(r"Title:\s+Sản phẩm công nghiệp chủ lực thành phố Hà Nội 2019–2021", info)


def test_only_embedded_be_vietnam_pro_fonts(pdf):
    rows = run("pdffonts", str(pdf)).splitlines()[2:]
    assert rows, "the text uses fonts"
    for row in rows:
        name, *_rest = row.split()
        embedded = row.split()[-5]
        assert "BeVietnamPro" in name and embedded == "yes", row


def test_text_keeps_vietnamese_names(pdf, demo_site):
    text = squeeze(run("pdftotext", "-layout", str(pdf), "-"))
    assert "Đèn LED Rạng Đông" in text
    assert "Tôn mạ VNSTELL Thăng Long" in text
    assert "2019–2021" in text
    firms = Enterprise.objects.filter(products__in=products_in_span(SPAN)).distinct()
    missing = [firm.name for firm in firms if squeeze(firm.name) not in text]
    assert not missing, missing
    # Product names sit in a column beside the QR code's address: read in reading order.
    flowing = squeeze(run("pdftotext", str(pdf), "-"))
    missing = [p.name for p in products_in_span(SPAN) if squeeze(p.name) not in flowing]
    assert not missing, missing


def test_contents_list_the_sectors_in_order_with_their_firms(pdf, demo_site):
    contents = squeeze(run("pdftotext", "-layout", "-f", "3", "-l", "5", str(pdf), "-"))
    sectors = list(
        Sector.objects.filter(products__in=products_in_span(SPAN)).distinct().order_by("sort_order")
    )
    positions = [contents.find(sector.name) for sector in sectors]
    assert -1 not in positions, [s.name for s, at in zip(sectors, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    assert "Công ty Cổ phần Bóng đèn Phích nước Rạng Đông" in contents


def test_a_firm_with_products_in_two_sectors_is_listed_once(tmp_path, demo_site):
    firm = Enterprise.objects.create(name="Công ty Hai Ngành Thử", illustrative=True)
    round_2099 = Round.objects.create(year=2099)
    for slug, name in (("det-may", "Áo Thử Hai Ngành"), ("co-khi", "Máy Thử Hai Ngành")):
        product = Product.objects.create(
            name=name, enterprise=firm, sector=Sector.objects.get(slug=slug), illustrative=True
        )
        Recognition.objects.create(product=product, round=round_2099)
    path = tmp_path / "two-sectors.pdf"
    summary = build_catalogue_pdf([2099], path)
    assert (summary.products, summary.enterprises) == (2, 1)
    contents = squeeze(run("pdftotext", "-layout", "-f", "3", "-l", "3", str(path), "-"))
    assert contents.count("Công ty Hai Ngành Thử") == 1
    engineering = Sector.objects.get(slug="co-khi").name
    assert contents.index(engineering) < contents.index("Công ty Hai Ngành Thử")
    text = squeeze(run("pdftotext", str(path), "-"))
    assert "Áo Thử Hai Ngành" in text and "Máy Thử Hai Ngành" in text
    assert summary.pages == 4  # cover, foreword, contents, the firm's page


def decode(pdf: Path, first: int, last: int, tmp_path: Path, fmt: str = "-gray") -> list[str]:
    """The QR codes on pages first..last, rendered at 150 dpi (grey PGM is ten times faster
    to write than PNG and reads the same)."""
    folder = tmp_path / f"pages-{first}-{last}{fmt}"
    folder.mkdir()
    run("pdftoppm", "-r", "150", fmt, "-f", str(first), "-l", str(last), str(pdf), f"{folder}/p")
    images = sorted(str(image) for image in folder.iterdir())
    found = subprocess.run(["zbarimg", "--raw", "-q", *images], capture_output=True, text=True)
    return found.stdout.split()


def test_qr_codes_lead_to_the_product_pages_of_the_span(pdf, tmp_path, client, demo_site):
    products = {p.slug: p for p in products_in_span(SPAN)}
    expected = {absolute(record_url("product", slug)) for slug in products}
    # Rạng Đông's page, found through the contents, as a printer would check it: PNG.
    contents = run("pdftotext", "-layout", "-f", "3", "-l", "5", str(pdf), "-")
    page = int(re.search(r"Phích nước Rạng Đông[ .]+(\d+)", contents).group(1))
    assert "Phích nước Rạng Đông" in run(
        "pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"
    )
    on_page = decode(pdf, page, page, tmp_path, "-png")
    assert absolute(record_url("product", "den-led-rang-dong")) in on_page
    assert set(on_page) <= expected
    # Every page: each product's code is there, once, and nothing else is.
    everywhere = decode(pdf, 1, 10_000, tmp_path)
    assert sorted(everywhere) == sorted(expected)
    for url in everywhere:
        assert url.startswith(settings.BASE_URL)
        response = client.get(url.removeprefix(settings.BASE_URL.rstrip("/")))
        assert response.status_code == 200, url
        assert response.context["product"].slug in products


def test_english_edition(tmp_path, demo_site):
    path = tmp_path / "en.pdf"
    summary = build_catalogue_pdf([2021], path, language="en")
    text = squeeze(run("pdftotext", "-layout", str(path), "-"))
    assert "Rang Dong Light Source and Vacuum Flask JSC" in text
    assert "Công ty Cổ phần Bóng đèn Phích nước Rạng Đông" in text
    codes = decode(path, 4, summary.pages, tmp_path)
    assert codes and all("/en/" in url for url in codes)


def test_characters_the_typeface_lacks_still_print(tmp_path, demo_site):
    firm = Enterprise.objects.create(name="Công ty Ký Hiệu Thử", illustrative=True)
    product = Product.objects.create(
        name="Bộ lọc CO₂ Thử",
        enterprise=firm,
        sector=Sector.objects.get(slug="hoa-chat"),
        description="Hiệu suất ≥ 85%, tổn thất ≤ 2%.",
        illustrative=True,
    )
    Recognition.objects.create(product=product, round=Round.objects.create(year=2099))
    path = tmp_path / "symbols.pdf"
    build_catalogue_pdf([2099], path)
    text = squeeze(run("pdftotext", str(path), "-"))
    assert ">= 85%" in text and "<= 2%" in text and "CO2" in text


# ---- command ----------------------------------------------------------------------------


def test_command_writes_the_pdf(tmp_path, demo_site, capsys):
    output = tmp_path / "catalogue.pdf"
    call_command("catalogue_pdf", rounds="2021", output=str(output))
    assert output.read_bytes().startswith(b"%PDF")
    printed = capsys.readouterr().out
    assert "100%" in printed
    assert re.search(r"\d+ pages, 46 products, 30 firms, [\d.]+ s", printed)


@pytest.mark.parametrize("span", ["2021-2019", "abc", "2030", "2015-2021", "20212"])
def test_command_rejects_bad_spans(tmp_path, demo_site, span):
    output = tmp_path / "never.pdf"
    with pytest.raises(CommandError):
        call_command("catalogue_pdf", rounds=span, output=str(output))
    assert not output.exists()


def test_command_refuses_a_span_without_products(tmp_path, demo_site):
    Round.objects.create(year=2099)
    output = tmp_path / "empty.pdf"
    with pytest.raises(CommandError, match="2099"):
        call_command("catalogue_pdf", rounds="2099", output=str(output))
    assert not output.exists() and not list(tmp_path.iterdir())


# ---- background job ---------------------------------------------------------------------


@pytest.fixture
def stored_files():
    """Files the job saves in the test media folder, removed afterwards."""
    yield
    for job in CataloguePrint.objects.exclude(file=""):
        default_storage.delete(job.file.name)


def test_job_builds_the_pdf_and_reports_progress(demo_site, stored_files):
    job = CataloguePrint.objects.create(first_year=2021, last_year=2021)
    with CaptureQueriesContext(connection) as queries:
        build_catalogue_print(job.pk)
    job.refresh_from_db()
    assert job.status == CataloguePrint.Status.DONE
    assert job.progress == 100 and job.started_at and job.finished_at
    assert job.product_count == 46 and job.enterprise_count == 30 and job.page_count > 30
    with job.file.open("rb") as stored:
        assert stored.read(5) == b"%PDF-"
    updates = [q for q in queries if q["sql"].startswith('UPDATE "catalogue_catalogueprint"')]
    assert 3 <= len(updates) <= 100 // 5 + 2, "progress written in steps, not per firm"
    assert build_catalogue_print(job.pk).startswith("skipped"), "a job runs once"


def test_job_without_products_fails_with_a_message(demo_site):
    Round.objects.create(year=2099)
    job = CataloguePrint.objects.create(first_year=2099, last_year=2099)
    build_catalogue_print(job.pk)
    job.refresh_from_db()
    assert job.status == CataloguePrint.Status.FAILED
    assert "2099" in job.message and job.finished_at and not job.file


def test_job_with_a_vanished_round_fails_with_a_message(demo_site):
    job = CataloguePrint.objects.create(first_year=2030, last_year=2031)
    build_catalogue_print(job.pk)
    job.refresh_from_db()
    assert job.status == CataloguePrint.Status.FAILED and "2030" in job.message


def test_a_job_killed_mid_build_is_marked_failed(demo_site):
    from datetime import timedelta

    from django.utils import timezone

    job = CataloguePrint.objects.create(
        first_year=2021,
        last_year=2021,
        status=CataloguePrint.Status.RUNNING,
        started_at=timezone.now() - timedelta(hours=2),
    )
    assert CataloguePrint.objects.fail_stale() == 1
    job.refresh_from_db()
    assert job.status == CataloguePrint.Status.FAILED and job.message


def test_retry_outlasts_the_print_time_limit():
    from cms.catalogue.checks import check_worker_retry

    assert check_worker_retry() == []


# ---- admin ------------------------------------------------------------------------------


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("inan", "inan@example.vn", "x")
    client.force_login(user)
    return client


INDEX = "catalogue_print:index"


def test_form_queues_a_job(staff_client, demo_site):
    page = staff_client.get(reverse(INDEX))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="first_year"' in html and 'name="language"' in html
    assert "js/job-progress.js" in html
    response = staff_client.post(
        reverse(INDEX), {"first_year": "2019", "last_year": "2021", "language": "vi"}
    )
    assert response.status_code == 302
    job = CataloguePrint.objects.get()
    assert (job.first_year, job.last_year, job.status) == (2019, 2021, "queued")
    assert job.requested_by.username == "inan"
    html = staff_client.get(reverse(INDEX)).content.decode()
    assert f'id="catalogue-print-progress-{job.pk}"' in html and "<progress" in html
    assert 'data-active="true"' in html


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"first_year": "2021", "last_year": "2019"}, "2021-2019"),
        ({"first_year": "2030", "last_year": "2031"}, "2030"),
        ({"first_year": "2099", "last_year": "2099"}, "2099"),
    ],
)
def test_form_explains_what_cannot_be_printed(staff_client, demo_site, data, error):
    if data["first_year"] == "2099":
        Round.objects.create(year=2099)  # a round with nothing recognised yet
    with translation.override("en"):
        response = staff_client.post(reverse(INDEX), {**data, "language": "vi"})
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not CataloguePrint.objects.exists()


def test_job_runs_and_downloads_in_sync_mode(
    staff_client, demo_site, settings, django_capture_on_commit_callbacks, stored_files
):
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": True}
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            reverse(INDEX), {"first_year": "2021", "last_year": "2021", "language": "en"}
        )
    job = CataloguePrint.objects.get()
    assert job.status == CataloguePrint.Status.DONE, job.message
    status = staff_client.get(reverse("catalogue_print:status")).json()
    assert status["active"] is False
    row = status["prints"][0]
    assert row["id"] == job.pk and row["progress"] == 100 and row["product_count"] == 46
    response = staff_client.get(row["download_url"])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="san-pham-cong-nghiep-chu-luc-2021-en.pdf"'
    )
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert f'href="{row["download_url"]}"' in staff_client.get(reverse(INDEX)).content.decode()


def test_status_reports_running_jobs(staff_client, demo_site):
    job = CataloguePrint.objects.create(
        first_year=2019, last_year=2021, status="running", progress=40, message="Trang 12"
    )
    status = staff_client.get(reverse("catalogue_print:status")).json()
    assert status["active"] is True
    assert status["prints"][0] == {
        **status["prints"][0],
        "id": job.pk,
        "span": "2019–2021",
        "progress": 40,
        "message": "Trang 12",
        "download_url": None,
    }


def test_download_of_an_unfinished_job_is_not_found(staff_client, demo_site):
    job = CataloguePrint.objects.create(first_year=2021, last_year=2021)
    assert staff_client.get(reverse("catalogue_print:download", args=[job.pk])).status_code == 404


def test_menu_lists_the_printable_catalogue_once_in_the_catalogue_group(staff_client, demo_site):
    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    # The sidebar is drawn from JSON props: one item, after the group's wards and communes.
    assert html.count('"name": "catalogue-pdf"') == 1
    link = f'"url": "{reverse(INDEX)}"'
    assert html.index('"url": "/admin/snippets/catalogue/ward/"') < html.index(link)


def test_staff_without_catalogue_rights_get_403(client, django_user_model, demo_site):
    user = django_user_model.objects.create_user("bientap", "bt@example.vn", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    job = CataloguePrint.objects.create(first_year=2021, last_year=2021, status="done")
    for url in (
        reverse(INDEX),
        reverse("catalogue_print:status"),
        reverse("catalogue_print:download", args=[job.pk]),
    ):
        assert client.get(url).status_code == 403, url
    response = client.post(reverse(INDEX), {"first_year": "2021", "last_year": "2021"})
    assert response.status_code == 403
    assert reverse(INDEX) not in client.get(reverse("wagtailadmin_home")).content.decode()
