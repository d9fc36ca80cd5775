"""Personalised documents from staff-kept DOCX templates: placeholders filled in Word's own
runs (so the template's fonts and layout stay), a QR code where the template asks for one,
and PDF copies made by LibreOffice in one batch.

Placeholders are written in the template as {{ ten_doanh_nghiep }}: lower-case ASCII words
joined by underscores, so staff can type them in Word without diacritics going wrong.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import uuid
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Mm
from docx.text.paragraph import Paragraph

PLACEHOLDER = re.compile(r"\{\{\s*([a-z][a-z0-9_]*)\s*\}\}")
# Anything that looks like a placeholder but is not one we can fill: {{Tên}}, {{ 1x }}.
LOOSE_PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}")
QR_WIDTH = Mm(30)


class DocumentError(Exception):
    """A template or a conversion staff must fix; the message says what to do."""


def _open(template: bytes | Path) -> DocumentObject:
    data = template.read_bytes() if isinstance(template, Path) else template
    try:
        return Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise DocumentError(
            _("The file is not a Word document (.docx) that can be opened: %(error)s")
            % {"error": error}
        ) from error


def _paragraphs(document: DocumentObject) -> Iterator[Paragraph]:
    """Every paragraph a reader sees: body, tables (nested too), headers and footers."""

    def walk(container) -> Iterator[Paragraph]:
        yield from container.paragraphs
        for table in getattr(container, "tables", []):
            for row in table.rows:
                for cell in row.cells:
                    yield from walk(cell)

    yield from walk(document)
    for section in document.sections:
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        ):
            if not part.is_linked_to_previous:
                yield from walk(part)


def placeholders_in(template: bytes | Path) -> set[str]:
    """The placeholder names a template uses; raises DocumentError for malformed ones."""
    document = _open(template)
    names: set[str] = set()
    malformed: list[str] = []
    for paragraph in _paragraphs(document):
        text = paragraph.text
        names.update(PLACEHOLDER.findall(text))
        for match in LOOSE_PLACEHOLDER.finditer(text):
            if not PLACEHOLDER.fullmatch(match.group(0)):
                malformed.append(match.group(0))
    if malformed:
        raise DocumentError(
            _(
                "These placeholders cannot be read: %(items)s. Write them as "
                "{{ ten_doanh_nghiep }}: lower-case letters without diacritics, digits and _."
            )
            % {"items": ", ".join(sorted(set(malformed)))}
        )
    return names


def _braced(name: str) -> str:
    return "{{ " + name + " }}"


def check_template(template: bytes | Path, known: Iterable[str]) -> set[str]:
    """Refuse a template that asks for a value we cannot give, before anyone relies on it."""
    used = placeholders_in(template)
    unknown = used - set(known)
    if unknown:
        raise DocumentError(
            _("Unknown placeholders: %(unknown)s. The ones available are: %(known)s.")
            % {
                "unknown": ", ".join(_braced(name) for name in sorted(unknown)),
                "known": ", ".join(_braced(name) for name in sorted(known)),
            }
        )
    return used


def _replace_in_paragraph(
    paragraph: Paragraph, values: Mapping[str, str], images: Mapping[str, bytes]
) -> None:
    """Replace placeholders even when Word split one across several runs: the text goes into
    the run where the placeholder starts (keeping its formatting) and is cut from the rest."""
    runs = paragraph.runs
    if not runs or "{{" not in paragraph.text:
        return
    # Work from the last match back so earlier offsets stay valid.
    for match in reversed(list(PLACEHOLDER.finditer(paragraph.text))):
        name = match.group(1)
        if name not in values and name not in images:
            continue
        start, end = match.span()
        position = 0
        first_run = None
        for run in runs:
            text = run.text
            run_start, run_end = position, position + len(text)
            position = run_end
            if run_end <= start or run_start >= end:
                continue
            cut_from = max(start, run_start) - run_start
            cut_to = min(end, run_end) - run_start
            if first_run is None:
                first_run = run
                replacement = "" if name in images else values[name]
                run.text = text[:cut_from] + replacement + text[cut_to:]
            else:
                run.text = text[:cut_from] + text[cut_to:]
        if first_run is not None and name in images:
            first_run.add_picture(io.BytesIO(images[name]), width=QR_WIDTH)
        runs = paragraph.runs


def render_docx(
    template: bytes | Path,
    values: Mapping[str, str],
    images: Mapping[str, bytes] | None = None,
) -> bytes:
    """The template with every placeholder filled; values are plain text (Word escapes it,
    so markup typed into a firm's name stays visible text)."""
    images = images or {}
    document = _open(template)
    clean = {name: _plain(value) for name, value in values.items()}
    for paragraph in _paragraphs(document):
        _replace_in_paragraph(paragraph, clean, images)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _plain(value: object) -> str:
    # Control characters other than tab and newline are not allowed in Word's XML.
    text = "" if value is None else str(value)
    return "".join(ch for ch in text if ch in "\t\n" or ord(ch) >= 32)


def soffice_binary() -> str:
    binary = shutil.which(getattr(settings, "SOFFICE_PATH", "soffice"))
    if not binary:
        raise DocumentError(
            _(
                "LibreOffice (soffice) is not installed on this server, so PDF copies cannot "
                "be made. Install it or set SOFFICE_PATH."
            )
        )
    return binary


def convert_to_pdf(documents: list[Path], outdir: Path, timeout: int = 600) -> list[Path]:
    """Convert DOCX files to PDF with LibreOffice, all in one process (starting it costs more
    than converting a page). A private profile lets several workers convert at once."""
    if not documents:
        return []
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="spcncl-lo-") as profile:
        command = [
            soffice_binary(),
            f"-env:UserInstallation=file://{profile}/{uuid.uuid4().hex}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(outdir),
            *[str(path) for path in documents],
        ]
        try:
            result = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as error:
            raise DocumentError(
                _("LibreOffice did not finish converting within %(seconds)s seconds.")
                % {"seconds": timeout}
            ) from error
    outputs = [outdir / f"{path.stem}.pdf" for path in documents]
    missing = [path.name for path in outputs if not path.exists()]
    if missing:
        detail = (result.stderr or result.stdout).decode(errors="replace")[-500:]
        raise DocumentError(
            _("LibreOffice made no PDF for %(files)s. %(detail)s")
            % {"files": ", ".join(missing), "detail": detail}
        )
    return outputs
