"""`manage.py form_sets --campaign YEAR --output DIR [--firm TAXCODE]`: the personalised
invitation form sets made in the foreground, one zip per firm written to DIR (and kept as
each firm's current set, so what is printed is what the firm downloads)."""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation
from django.utils.translation import gettext as _

from outreach.campaigns.models import Campaign, TargetFirm

from ...documents import DocumentError, soffice_binary
from ...generation import SetMaker, campaign_firm_ids


class Command(BaseCommand):
    help = (
        "Make the personalised invitation form sets (DOCX and PDF, one zip per target firm) of "
        "a campaign and write them to a folder."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--campaign", type=int, required=True, help="the campaign's year")
        parser.add_argument("--output", required=True, help="the folder to write the zips to")
        parser.add_argument("--firm", default="", help="only this firm (its tax code)")

    def handle(self, *args, campaign: int, output: str, firm: str, **options) -> None:
        with translation.override("vi"):
            self.make(campaign, Path(output), firm.strip())

    def make(self, year: int, folder: Path, tax_code: str) -> None:
        found = Campaign.objects.filter(year=year).first()
        if found is None:
            raise CommandError(_("There is no campaign %(year)s.") % {"year": year})
        if not folder.is_dir():
            raise CommandError(_("The folder %(path)s does not exist.") % {"path": folder})
        if tax_code:
            firm = TargetFirm.objects.filter(campaign=found, enterprise__tax_code=tax_code).first()
            if firm is None:
                raise CommandError(
                    _("No target firm of the campaign %(year)s has the tax code %(code)s.")
                    % {"year": year, "code": tax_code}
                )
            firm_ids = [firm.pk]
        else:
            firm_ids = campaign_firm_ids(found)
            if not firm_ids:
                raise CommandError(
                    _("The campaign %(year)s has no target firm yet.") % {"year": year}
                )
        started = time.monotonic()
        try:
            soffice_binary()  # before any work: without it no PDF can be made
            maker = SetMaker(copy_to=folder)
            made = maker.make(firm_ids, self.progress)
        except DocumentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("%(count)s sets written to %(path)s in %(seconds).1f s.")
                % {"count": made, "path": folder, "seconds": time.monotonic() - started}
            )
        )

    def progress(self, done: int, total: int) -> None:
        self.stdout.write(
            f"{done * 100 // max(total, 1):3d}%  "
            + _("%(done)s of %(total)s sets made.") % {"done": done, "total": total}
        )
