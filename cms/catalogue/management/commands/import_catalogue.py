"""`manage.py import_catalogue FILE.xlsx [--dry-run]`: the Excel import from the command line."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from cms.catalogue.importing import ImportResult, RowError, import_catalogue


class Command(BaseCommand):
    help = (
        "Import enterprises, products and recognitions from an Excel workbook (.xlsx). "
        "Nothing is written unless every row is valid; --dry-run only checks."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="the .xlsx workbook, laid out as the admin's template")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and report, write nothing"
        )

    def handle(self, *args, file: str, dry_run: bool, **options) -> None:
        path = Path(file)
        # Staff read the report in Vietnamese, whatever the shell's locale.
        with translation.override("vi"):
            if not path.is_file():
                raise CommandError(_("No such file: %(path)s") % {"path": path})
            write_report(self.stdout, import_catalogue(path, dry_run=dry_run))


def write_report(stdout, result: ImportResult) -> None:
    """The summary, or every error and a CommandError (exit status 1); also used by other
    imports whose results have the same shape (errors, tallies, dry_run, rounds_created)."""
    stdout.write(summary(result))
    if result.errors:
        stdout.write(error_table(result.errors))
        raise CommandError(
            ngettext(
                "%(count)s error: nothing was imported.",
                "%(count)s errors: nothing was imported.",
                len(result.errors),
            )
            % {"count": len(result.errors)}
        )


def summary(result: ImportResult) -> str:
    """What the import did, or would do, per kind of record."""
    if result.errors:
        return _("The file has errors; nothing was written.")
    rows = [
        (
            "",
            pgettext("catalogue import", "Created"),
            pgettext("catalogue import", "Updated"),
            pgettext("catalogue import", "Unchanged"),
        )
    ]
    for label, tally in result.tallies:
        rows.append((str(label).capitalize(), tally.created, tally.updated, tally.unchanged))
    lines = [
        _("Dry run: nothing was written.") if result.dry_run else _("Import done."),
        format_table(rows),
    ]
    if result.rounds_created:
        years = ", ".join(str(year) for year in result.rounds_created)
        if result.dry_run:
            lines.append(_("Recognition rounds to be created: %(years)s.") % {"years": years})
        else:
            lines.append(_("Recognition rounds created: %(years)s.") % {"years": years})
    return "\n".join(lines)


def error_table(errors: list[RowError]) -> str:
    rows = [
        (
            pgettext("catalogue import", "Sheet"),
            pgettext("catalogue import", "Row"),
            pgettext("catalogue import", "Column"),
            pgettext("catalogue import", "Error"),
        )
    ]
    for error in errors:
        row = "" if error.row is None else error.row
        rows.append((error.sheet or "—", row or "—", error.column or "—", error.message))
    return format_table(rows)


def format_table(rows: list[tuple]) -> str:
    """Columns padded to their widest cell; the last column is left ragged."""
    cells = [[str(value) for value in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]) - 1)]
    lines = []
    for row in cells:
        padded = [value.ljust(width) for value, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*padded, row[-1]]).rstrip())
    return "\n".join(lines)
