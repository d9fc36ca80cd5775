"""`manage.py catalogue_pdf --rounds 2019-2021 --output catalogue.pdf [--lang en]`: the
printable catalogue built in the foreground, for scripts and for the printer's proof."""

from __future__ import annotations

import os
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cms.catalogue.printing import (
    LANGUAGES,
    PrintError,
    build_catalogue_pdf,
    parse_span,
    span_years,
)

#: A progress line is printed each time the build has moved on this many percent.
STEP = 10


class Command(BaseCommand):
    help = "Build the printable catalogue (PDF) of the products recognised in a span of rounds."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--rounds", required=True, help='a round\'s year or a span of them: "2021", "2019-2021"'
        )
        parser.add_argument("--output", required=True, help="the PDF file to write")
        parser.add_argument("--lang", choices=LANGUAGES, default="vi", help="edition (vi)")

    def handle(self, *args, rounds: str, output: str, lang: str, **options) -> None:
        target = Path(output)
        if not target.parent.is_dir():
            raise CommandError(f"The folder {target.parent} does not exist.")
        try:
            years = span_years(*parse_span(rounds))
        except PrintError as error:
            raise CommandError(str(error)) from error

        printed = {"percent": -STEP}

        def progress(percent: int, message: str) -> None:
            if percent - printed["percent"] >= STEP or percent == 100:
                self.stdout.write(f"{percent:3d}%  {message}")
                printed["percent"] = percent

        # Written next to the target and renamed at the end: a failed build leaves no half file.
        partial = target.with_name(f".{target.name}.part")
        started = time.monotonic()
        try:
            summary = build_catalogue_pdf(years, partial, lang, progress)
        except BaseException as error:
            partial.unlink(missing_ok=True)
            if isinstance(error, PrintError):
                raise CommandError(str(error)) from error
            raise
        os.replace(partial, target)
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{target}: {summary.pages} pages, {summary.products} products, "
                f"{summary.enterprises} firms, {seconds:.1f} s"
            )
        )
