"""The year's report: the plan against its results with the board's pace and colours, every
item of the year with its late flag, the coverage, and no formula smuggled in by a title."""

from __future__ import annotations

import csv
import datetime
import io
import shutil
import subprocess

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from outreach.press.models import (
    CalendarItem,
    CommunicationPlan,
    CoverageEntry,
    ItemStatus,
    Outlet,
    OutletKind,
    PlanTarget,
    TargetKind,
)
from outreach.press.report import build_report
from tests.press.helpers import in_vietnamese

pytestmark = pytest.mark.django_db

ZONE = timezone.get_fixed_timezone(7 * 60)
NOW = datetime.datetime(2031, 7, 1, 10, 0, tzinfo=ZONE)


def at(month: int, day: int, hour: int = 9) -> datetime.datetime:
    return datetime.datetime(2031, month, day, hour, 0, tzinfo=ZONE)


@pytest.fixture
def year_of_work(django_user_model):
    officer = django_user_model.objects.create_user(
        "baocao", "bc@e.vn", "x", first_name="Hà", last_name="Phạm"
    )
    plan = CommunicationPlan.objects.create(year=2031, title="Kế hoạch thử nghiệm")
    PlanTarget.objects.create(plan=plan, kind=TargetKind.TV_REPORT, minimum=3, maximum=5)
    PlanTarget.objects.create(plan=plan, kind=TargetKind.PRESS_ARTICLE, minimum=10, maximum=12)
    PlanTarget.objects.create(plan=plan, kind=TargetKind.FORM_SETS, minimum=400, maximum=400)
    tv = Outlet.objects.create(name="Kênh truyền hình thử nghiệm", kind=OutletKind.TV)
    paper = Outlet.objects.create(name="Báo giấy thử nghiệm", kind=OutletKind.NEWSPAPER)
    broadcast = CalendarItem.objects.create(
        kind=TargetKind.TV_REPORT,
        title="Phóng sự: doanh nghiệp cơ khí",
        starts_at=at(2, 10),
        status=ItemStatus.DONE,
        outlet=tv,
        officer=officer,
        date_confirmed=True,
    )
    CoverageEntry.objects.create(
        item=broadcast,
        outlet=tv,
        published_on=datetime.date(2031, 2, 10),
        title='=HYPERLINK("http://evil.example","Xem")',
        url="https://tv.example/phong-su",
    )
    CalendarItem.objects.create(
        kind=TargetKind.TV_REPORT,
        title="Phóng sự về đợt xét chọn",
        starts_at=at(3, 15),
        status=ItemStatus.PLANNED,
        officer=officer,
    )
    CalendarItem.objects.create(
        kind=TargetKind.PRESS_ARTICLE,
        title="=1+2 bài báo mùa thu",
        starts_at=at(9, 1),
        status=ItemStatus.CONFIRMED,
        outlet=paper,
    )
    CalendarItem.objects.create(
        kind=TargetKind.FORM_SETS,
        title="In bộ form mời",
        starts_at=at(4, 1),
        status=ItemStatus.DONE,
        quantity=400,
    )
    CalendarItem.objects.create(
        kind=TargetKind.TV_REPORT, title="Phóng sự năm sau", starts_at=at(1, 5).replace(year=2032)
    )
    return plan


def rows_of(sheet) -> list[tuple]:
    return list(sheet.iter_rows(values_only=True))


def test_the_workbook_holds_plan_items_and_coverage(year_of_work):
    with translation.override("vi"):
        book = load_workbook(io.BytesIO(build_report(2031, now=NOW)))
    plan_sheet, items_sheet, coverage_sheet = book.worksheets
    assert plan_sheet.title == in_vietnamese("Plan and results")
    assert items_sheet.title == in_vietnamese("Calendar items")
    assert coverage_sheet.title == in_vietnamese("Coverage")

    targets = {row[0]: row for row in rows_of(plan_sheet)[4:]}
    tv = targets[in_vietnamese("TV report")]
    # minimum, maximum, done, expected by now (half the year of 3), still scheduled
    assert tv[1:6] == (3, 5, 1, 1, 0)
    assert tv[6] == in_vietnamese("On pace")
    press = targets[in_vietnamese("Press article")]
    assert press[1:6] == (10, 12, 0, 4, 1)
    assert press[6] == in_vietnamese("Behind pace")
    forms = targets[in_vietnamese("Invitation form sets")]
    assert forms[3] == 400
    fills = {
        plan_sheet.cell(row=row, column=1).value: plan_sheet.cell(
            row=row, column=7
        ).fill.fgColor.rgb
        for row in range(5, plan_sheet.max_row + 1)
    }
    assert fills[in_vietnamese("TV report")].endswith("C6EFCE")
    assert fills[in_vietnamese("Press article")].endswith("FFC7CE")

    header, *items = rows_of(items_sheet)
    assert header[0] == in_vietnamese("Date")
    assert [row[2] for row in items] == [
        "Phóng sự: doanh nghiệp cơ khí",
        "Phóng sự về đợt xét chọn",
        "In bộ form mời",
        "'=1+2 bài báo mùa thu",
    ]
    assert items[0][0] == datetime.datetime(2031, 2, 10, 9, 0)
    assert items_sheet.cell(row=2, column=1).number_format == "dd/mm/yyyy hh:mm"
    late = {row[2]: row[8] for row in items}
    assert late["Phóng sự về đợt xét chọn"] == in_vietnamese("Yes")
    assert late["Phóng sự: doanh nghiệp cơ khí"] is None
    assert late["'=1+2 bài báo mùa thu"] is None
    assert items[0][6] == "Hà Phạm"
    assert items[0][9].endswith(
        reverse(
            "wagtailsnippets_press_calendaritem:edit",
            args=[CalendarItem.objects.get(title="Phóng sự: doanh nghiệp cơ khí").pk],
        )
    )
    for row in items_sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"

    _header, entry = rows_of(coverage_sheet)
    assert entry[0] == datetime.datetime(2031, 2, 10)
    assert entry[1] == "Kênh truyền hình thử nghiệm"
    assert entry[3].startswith("'=HYPERLINK")


def test_a_year_without_a_plan_still_lists_its_items():
    CalendarItem.objects.create(kind=TargetKind.TV_REPORT, title="Mục lẻ", starts_at=at(5, 5))
    with translation.override("vi"):
        book = load_workbook(io.BytesIO(build_report(2031, now=NOW)))
    expected = in_vietnamese("There is no communication plan for %(year)s.") % {"year": 2031}
    assert book.worksheets[0]["A1"].value == expected
    assert [row[2] for row in rows_of(book.worksheets[1])[1:]] == ["Mục lẻ"]


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("bc", "bc@e.vn", "x"))
    return client


def test_the_board_links_the_download(staff_client, year_of_work):
    board = staff_client.get(reverse("press_board:index"), {"year": 2031})
    url = reverse("press_board:report")
    assert f'href="{url}?year=2031"' in board.content.decode()
    response = staff_client.get(url, {"year": "2031"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="bao-cao-truyen-thong-2031.xlsx"' in response["Content-Disposition"]
    assert load_workbook(io.BytesIO(response.content)).worksheets[1].max_row == 5


@pytest.mark.parametrize("year", ["", "abc", "1900", "20311"])
def test_a_bad_year_goes_back_to_the_board_with_a_message(staff_client, year):
    response = staff_client.get(reverse("press_board:report"), {"year": year}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("press_board:index")
    text = response.content.decode()
    assert "2018" in text and "2100" in text


def test_the_report_needs_the_calendar_permission(client, django_user_model):
    user = django_user_model.objects.create_user("khach", "k@e.vn", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("press_board:report"), {"year": 2031}).status_code == 403


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_report_in_vietnamese(year_of_work, tmp_path):
    source = tmp_path / "bao-cao.xlsx"
    with translation.override("vi"):
        source.write_bytes(build_report(2031, now=NOW))
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    subprocess.run(
        [
            "soffice",
            profile,
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(tmp_path / "csv"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin:/usr/local/bin"},
    )
    with (tmp_path / "csv" / "bao-cao.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    with translation.override("vi"):
        heading = f"{year_of_work}: Kế hoạch thử nghiệm"
    assert rows[0][0] == heading
    labels = [row[0] for row in rows[4:]]
    assert in_vietnamese("TV report") in labels
    assert in_vietnamese("Invitation form sets") in labels
