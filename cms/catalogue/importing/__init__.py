"""Excel import of the catalogue: enterprises, products and recognitions from one workbook.

Every row of every sheet is checked first and all problems are reported together; only a file
without a single error is written, in one transaction, so an import is all or nothing. Records
are found again by their identity (tax code; firm and product name; product and year) and a
row that already matches the database is not saved: importing the same file twice changes
nothing. The workbook's layout is in `layout.py`, its downloadable template in `template.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from django.db import IntegrityError, transaction

from .planning import Planner
from .results import MESSAGES, ErrorLog, ImportFileError, ImportResult, RowError, file_error
from .workbook import read_source, read_workbook
from .writing import write

__all__ = ["MESSAGES", "ImportResult", "RowError", "import_catalogue"]


def import_catalogue(
    source: bytes | BinaryIO | str | Path, *, dry_run: bool = False
) -> ImportResult:
    """Check the workbook and, when it has no error and this is no dry run, write it.

    Never raises for bad input: every problem, from a file that is not an .xlsx to a wrong
    ward in one row, comes back in `ImportResult.errors`, and then nothing is written.
    """
    result = ImportResult(dry_run=dry_run)
    try:
        book = read_workbook(read_source(source))
    except ImportFileError as error:
        result.errors.append(error.error)
        return result
    log = ErrorLog()
    if dry_run:
        plan = Planner(book, log).run()
    else:
        try:
            with transaction.atomic():
                # Planned inside the transaction: what is compared is what gets written.
                plan = Planner(book, log).run()
                if not log.errors:
                    write(plan)
        except IntegrityError:
            # Someone saved the same firm, product or recognition since the plan was made.
            result.errors.append(file_error("conflict"))
            return result
    result.errors = log.sorted()
    plan.tally(result)
    return result
