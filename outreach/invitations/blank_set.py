"""The blank invitation set anyone may download: every active template with dotted lines
for the firm's details, as DOCX and PDF in one zip, rebuilt only when a template changes."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import zipfile
from pathlib import Path

from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .documents import DocumentError, convert_to_pdf, render_docx
from .models import FormTemplate
from .placeholders import blank_values

FOLDER = "invitations/blank"


def set_filename(template: FormTemplate, position: int) -> str:
    return f"{position:02d}-{slugify(template.title) or template.kind}"


def blank_set_path() -> Path | None:
    """The zip for the current templates, built if needed; None when there is no template."""
    templates = list(FormTemplate.objects.active())
    if not templates:
        return None
    fingerprint = hashlib.sha256(
        "|".join(f"{t.pk}:{t.checksum}:{t.sort_order}:{t.title}" for t in templates).encode()
    ).hexdigest()[:20]
    folder = Path(settings.MEDIA_ROOT) / FOLDER
    target = folder / f"bo-mau-{fingerprint}.zip"
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="spcncl-blank-") as work:
        work_path = Path(work)
        sources = []
        for position, template in enumerate(templates, start=1):
            source = work_path / f"{set_filename(template, position)}.docx"
            try:
                content = template.read()
            except OSError as error:
                raise DocumentError(
                    _("The file of the template “%(title)s” is missing.") % {"title": template}
                ) from error
            source.write_bytes(render_docx(content, blank_values()))
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
