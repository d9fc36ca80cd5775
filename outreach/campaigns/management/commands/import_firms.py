"""`manage.py import_firms --campaign YEAR FILE.xlsx [--dry-run]`: a campaign's target firms
from Excel, reported as the catalogue import reports."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from cms.catalogue.management.commands.import_catalogue import write_report
from outreach.campaigns.importing import import_firms
from outreach.campaigns.models import Campaign


class Command(BaseCommand):
    help = (
        "Import a campaign's target firms (and their contacts) from an Excel workbook (.xlsx). "
        "Nothing is written unless every row is valid; --dry-run only checks."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="the .xlsx workbook, laid out as the admin's template")
        parser.add_argument("--campaign", type=int, required=True, help="the campaign's year")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and report, write nothing"
        )

    def handle(self, *args, file: str, campaign: int, dry_run: bool, **options) -> None:
        path = Path(file)
        with translation.override("vi"):
            found = Campaign.objects.filter(year=campaign).first()
            if found is None:
                raise CommandError(_("There is no campaign %(year)s.") % {"year": campaign})
            if not path.is_file():
                raise CommandError(_("No such file: %(path)s") % {"path": path})
            write_report(self.stdout, import_firms(path, found, dry_run=dry_run))
