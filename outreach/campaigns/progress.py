"""What the pipeline looks like for one campaign: the board's columns against the targets, the
firms that have not moved for too long, and the Excel report for the People's Committee."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from cms.core.spreadsheets import safe_cell

from .models import ACTIVE_STAGES, CLOSED_STAGES, Campaign, Stage, TargetFirm

DEFAULT_OVERDUE_DAYS = 14
REPORT_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def firms_of(campaign: Campaign) -> QuerySet[TargetFirm]:
    return campaign.firms.select_related(
        "enterprise",
        "enterprise__ward",
        "enterprise__former_district",
        "officer",
        "sector",
        "introduced_by_ward",
    ).order_by("enterprise__sort_name")


@dataclass
class Column:
    stage: Stage
    firms: list[TargetFirm]


@dataclass
class Target:
    label: str
    reached: int
    target: str
    minimum: int | None

    @property
    def met(self) -> bool:
        return self.minimum is not None and self.reached >= self.minimum


def board(campaign: Campaign) -> list[Column]:
    """Every stage in pipeline order with its firms, empty stages included."""
    by_stage: dict[str, list[TargetFirm]] = {stage: [] for stage in Stage.values}
    for firm in firms_of(campaign):
        by_stage[firm.stage].append(firm)
    return [Column(Stage(stage), firms) for stage, firms in by_stage.items()]


def targets(campaign: Campaign) -> list[Target]:
    """The counts the campaign's targets measure: firms worked with (all but withdrawn),
    firms recognised. Products are counted when the recognition decision is in the catalogue."""
    counts = dict(
        campaign.firms.values_list("stage").annotate(n=Count("pk")).values_list("stage", "n")
    )
    working = sum(n for stage, n in counts.items() if stage != Stage.WITHDREW)
    recognised = counts.get(Stage.RECOGNISED, 0)
    labels = {
        "firms": (_("Firms worked with"), working),
        "recognised_firms": (_("Firms recognised"), recognised),
        "recognised_products": (_("Products recognised"), _recognised_products(campaign)),
    }
    return [
        Target(labels[key][0], labels[key][1], label, minimum)
        for key, label, minimum in campaign.targets()
    ]


def _recognised_products(campaign: Campaign) -> int:
    from cms.catalogue.models import Recognition

    firms = campaign.firms.filter(stage=Stage.RECOGNISED).values("enterprise_id")
    return Recognition.objects.filter(
        round__year=campaign.year, product__enterprise_id__in=firms
    ).count()


def overdue(campaign: Campaign, days: int, now: datetime | None = None) -> list[TargetFirm]:
    """Firms still to act (before the dossier is complete) whose last move is older than
    `days`: the longest silent first."""
    now = now or timezone.now()
    return list(
        firms_of(campaign)
        .filter(stage__in=ACTIVE_STAGES, stage_changed_at__lt=now - timedelta(days=days))
        .order_by("stage_changed_at")
    )


def officer_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def days_since(moment: datetime, now: datetime | None = None) -> int:
    return ((now or timezone.now()) - moment).days


# --- The Excel report ----------------------------------------------------------------------

BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")


def report_filename(campaign: Campaign) -> str:
    return f"bao-cao-van-dong-{campaign.year}.xlsx"


def build_report(campaign: Campaign) -> bytes:
    """The campaign report in Vietnamese: a summary sheet (deadlines, targets, firms per stage)
    and the list of firms. Contacts' details are left out: the report leaves the Department."""
    with translation.override("vi"):
        book = Workbook()
        _summary_sheet(book.active, campaign)
        _firms_sheet(book.create_sheet(_("Firms")), campaign)
        buffer = io.BytesIO()
        book.save(buffer)
    return buffer.getvalue()


def _header(sheet, row: int, titles: list[str]) -> None:
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(row=row, column=column, value=title)
        cell.font, cell.fill = BOLD, HEADER_FILL


def _summary_sheet(sheet, campaign: Campaign) -> None:
    sheet.title = _("Summary")
    today = timezone.localdate()
    sheet.append([_("Recruitment campaign %(year)s") % {"year": campaign.year}])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([_("As of %(date)s") % {"date": today.strftime("%d/%m/%Y")}])
    if campaign.title:
        sheet.append([safe_cell(campaign.title)])
    sheet.append([])
    _header(sheet, sheet.max_row + 1, [_("Deadline"), _("Date")])
    for label, day in campaign.deadlines():
        sheet.append([safe_cell(str(label)), day.strftime("%d/%m/%Y")])
    sheet.append([])
    _header(sheet, sheet.max_row + 1, [_("Target"), _("Reached"), _("Planned")])
    for target in targets(campaign):
        sheet.append(
            [safe_cell(str(target.label)), target.reached, safe_cell(target.target or "—")]
        )
    sheet.append([])
    _header(sheet, sheet.max_row + 1, [_("Stage"), _("Firms")])
    columns = board(campaign)
    for column in columns:
        sheet.append([str(column.stage.label), len(column.firms)])
    sheet.append([_("Total"), sum(len(column.firms) for column in columns)])
    sheet.cell(row=sheet.max_row, column=1).font = BOLD
    sheet.column_dimensions["A"].width = 42
    sheet.column_dimensions["B"].width = 14
    sheet.column_dimensions["C"].width = 14


def _firms_sheet(sheet, campaign: Campaign) -> None:
    titles = [
        _("No."),
        _("Enterprise"),
        _("Tax code"),
        _("Ward or commune"),
        _("Former district"),
        _("Sector"),
        _("Introduced by"),
        _("Stage"),
        _("Officer in charge"),
        _("Last move"),
        _("Days without a move"),
        _("Working sessions"),
    ]
    _header(sheet, 1, titles)
    now = timezone.now()
    firms = firms_of(campaign).annotate(session_count=Count("sessions", distinct=True))
    for number, firm in enumerate(firms, start=1):
        enterprise = firm.enterprise
        officer = officer_name(firm.officer)
        # Names, the introducer and the officer's name are typed in (the firm's name on the
        # public application page too): a text starting with "=" would become a formula.
        row = [
            number,
            enterprise.name,
            enterprise.tax_code or "",
            str(enterprise.ward or ""),
            str(enterprise.former_district or ""),
            str(firm.sector or ""),
            firm.introducer,
            str(firm.get_stage_display()),
            officer,
            timezone.localtime(firm.stage_changed_at).strftime("%d/%m/%Y"),
            "" if firm.stage in CLOSED_STAGES else days_since(firm.stage_changed_at, now),
            firm.session_count,
        ]
        sheet.append([safe_cell(value) for value in row])
    widths = (6, 48, 16, 24, 18, 30, 30, 24, 24, 12, 12, 12)
    for letter, width in zip("ABCDEFGHIJKL", widths, strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions
