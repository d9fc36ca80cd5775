"""The blank invitation set anyone may download: every active template with dotted lines
for the firm's details, as DOCX and PDF in one zip, rebuilt only when a template changes."""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

from django.conf import settings

from .documents import convert_to_pdf, render_docx
from .generation import read_templates, templates_fingerprint
from .models import FormTemplate
from .placeholders import blank_values

FOLDER = "invitations/blank"


def blank_set_path() -> Path | None:
    """The zip for the current templates, built if needed; None when there is no template."""
    templates = list(FormTemplate.objects.active())
    if not templates:
        return None
    fingerprint = templates_fingerprint(templates)
    folder = Path(settings.MEDIA_ROOT) / FOLDER
    target = folder / f"bo-mau-{fingerprint}.zip"
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="spcncl-blank-") as work:
        work_path = Path(work)
        sources = []
        for template in read_templates(templates):
            source = work_path / f"{template.stem}.docx"
            source.write_bytes(render_docx(template.content, blank_values()))
            sources.append(source)
        pdfs = convert_to_pdf(sources, work_path / "pdf")
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in [*sources, *pdfs]:
                archive.write(path, path.name)
        # Written aside and renamed, so a visitor never downloads half a file.
        handle, partial = tempfile.mkstemp(dir=folder, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(buffer.getvalue())
        os.replace(partial, target)
    for old in folder.glob("bo-mau-*.zip"):
        if old != target:
            old.unlink(missing_ok=True)
    return target
