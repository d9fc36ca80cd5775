"""Making the personalised form sets: every active template filled for each target firm, as
DOCX and PDF in one zip per firm, stored as the firm's current set.

Firms go through in chunks: a chunk's documents are written to a temporary folder and turned
into PDF by one LibreOffice run, then zipped and stored, so memory holds a chunk or two at
most and stays flat however many firms a campaign has.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import json
import shutil
import tempfile
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from outreach.campaigns.models import Campaign, TargetFirm
from portal.text import fold

from .documents import DocumentError, convert_to_pdf, render_docx
from .models import FormSet, FormTemplate
from .placeholders import firm_values, split_values

#: Called after each chunk with (sets made so far, sets to make).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SetTemplate:
    """An active template read once for a whole run."""

    stem: str
    content: bytes


def set_filename(template: FormTemplate, position: int) -> str:
    """The name of a document in a set, without extension: 02-phieu-dang-ky (đ folded to d,
    which slugify alone would drop)."""
    return f"{position:02d}-{slugify(fold(template.title)) or template.kind}"


def templates_fingerprint(templates: Iterable[FormTemplate]) -> str:
    """Changes whenever a template's file, title or place in the set changes."""
    return hashlib.sha256(
        "|".join(f"{t.pk}:{t.checksum}:{t.sort_order}:{t.title}" for t in templates).encode()
    ).hexdigest()[:20]


def values_fingerprint(texts: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(texts, sort_keys=True).encode()).hexdigest()[:20]


def read_templates(templates: Sequence[FormTemplate]) -> list[SetTemplate]:
    """The active templates' files, read once; DocumentError when there is none to use."""
    if not templates:
        raise DocumentError(
            _("There is no active invitation form template: upload the templates first.")
        )
    loaded = []
    for position, template in enumerate(templates, start=1):
        try:
            content = template.read()
        except OSError as error:
            raise DocumentError(
                _("The file of the template “%(title)s” is missing.") % {"title": template}
            ) from error
        loaded.append(SetTemplate(set_filename(template, position), content))
    return loaded


def zip_name(firm: TargetFirm) -> str:
    """bo-phieu-moi-2026-cong-ty-co-phan-rang-dong.zip"""
    name = firm.enterprise.slug or slugify(fold(firm.enterprise.name))[:60] or str(firm.pk)
    return f"bo-phieu-moi-{firm.campaign.year}-{name}.zip"


def is_stale(form_set: FormSet, current_templates: str) -> bool:
    """Made from other templates than the active ones (cheap: no firm data is read)."""
    return form_set.templates_fingerprint != current_templates


def carries_revoked_link(form_set: FormSet) -> bool:
    """The set's link was revoked (or is gone): making it again issues a new one. Looked up
    without issuing it, so a page that only shows the set changes nothing."""
    from .models import PersonalLink

    return not PersonalLink.objects.usable().filter(firm_id=form_set.firm_id).exists()


def differs_from_firm(form_set: FormSet) -> bool:
    """The firm's details (name, deadlines, officer...) changed since the set was made, or
    its link no longer opens."""
    from .models import PersonalLink
    from .placeholders import firm_text_values

    link = PersonalLink.objects.usable().filter(firm_id=form_set.firm_id).first()
    if link is None:
        return True
    return form_set.values_fingerprint != values_fingerprint(
        firm_text_values(form_set.firm, link.full_url)
    )


def release_memory() -> None:
    """Hand the chunk's freed memory back to the system. Filling Word documents makes many
    short-lived lxml trees between long-lived objects; glibc keeps the holes they leave, and
    without this the process creeps up chunk after chunk instead of staying flat."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


@dataclass
class Chunk:
    """Firms whose documents are written and waiting for (or done with) LibreOffice."""

    folder: Path
    firms: list[TargetFirm]
    sources: list[Path] = field(default_factory=list)
    values: dict[int, str] = field(default_factory=dict)

    @property
    def pdf_folder(self) -> Path:
        return self.folder / "pdf"


class SetMaker:
    """One generation run: the templates are read once, then firms are made chunk by chunk.

    `copy_to` also writes each firm's zip into that folder (the command's --output).
    """

    def __init__(self, copy_to: Path | None = None, chunk_size: int | None = None) -> None:
        templates = list(FormTemplate.objects.active())
        self.templates = read_templates(templates)
        self.fingerprint = templates_fingerprint(templates)
        self.copy_to = copy_to
        self.chunk_size = chunk_size or settings.FORM_SETS_CHUNK_SIZE

    def make(self, firm_ids: Sequence[int], progress: Progress | None = None) -> int:
        """Make the sets of the given firms; returns how many were made.

        The database work and the filling of documents stay in this thread; only LibreOffice
        runs in the pool, so up to FORM_SETS_CONVERTERS chunks convert side by side (one core
        each) while the next chunk is filled in.
        """
        chunks = [
            list(firm_ids[start : start + self.chunk_size])
            for start in range(0, len(firm_ids), self.chunk_size)
        ]
        workers = max(1, min(settings.FORM_SETS_CONVERTERS, len(chunks)))
        made = 0
        pending: deque[tuple[Chunk, Future]] = deque()

        def finish_oldest() -> None:
            nonlocal made
            chunk, conversion = pending.popleft()
            try:
                conversion.result()
                made += self._finish(chunk)
            finally:
                shutil.rmtree(chunk.folder, ignore_errors=True)
            release_memory()
            if progress:
                progress(made, len(firm_ids))

        with (
            tempfile.TemporaryDirectory(prefix="spcncl-sets-") as work,
            ThreadPoolExecutor(max_workers=workers) as pool,
        ):
            try:
                for number, firm_chunk in enumerate(chunks):
                    chunk = self._prepare(firm_chunk, Path(work) / str(number))
                    pending.append(
                        (chunk, pool.submit(convert_to_pdf, chunk.sources, chunk.pdf_folder))
                    )
                    if len(pending) >= workers:
                        finish_oldest()
                while pending:
                    finish_oldest()
            finally:
                for _chunk, conversion in pending:
                    conversion.cancel()
        return made

    def _prepare(self, firm_ids: list[int], folder: Path) -> Chunk:
        """The chunk's firms with their filled documents written to `folder`."""
        folder.mkdir(parents=True)
        firms = list(
            TargetFirm.objects.filter(pk__in=firm_ids)
            .select_related("enterprise", "campaign", "officer")
            .order_by("pk")
        )
        chunk = Chunk(folder=folder, firms=firms)
        for firm in firms:
            texts, images = split_values(firm_values(firm))
            chunk.values[firm.pk] = values_fingerprint(texts)
            for template in self.templates:
                # The firm's id keeps names apart: LibreOffice names each PDF after its source,
                # all in one folder.
                path = folder / f"{firm.pk}--{template.stem}.docx"
                path.write_bytes(render_docx(template.content, texts, images))
                chunk.sources.append(path)
        return chunk

    def _finish(self, chunk: Chunk) -> int:
        """Zip and store each firm's documents once LibreOffice has made the PDFs."""
        for firm in chunk.firms:
            archive_path = chunk.folder / zip_name(firm)
            with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive:
                for extension, folder in (("docx", chunk.folder), ("pdf", chunk.pdf_folder)):
                    for template in self.templates:
                        source = folder / f"{firm.pk}--{template.stem}.{extension}"
                        archive.write(source, f"{template.stem}.{extension}")
            self._store(firm, archive_path, chunk.values[firm.pk])
            if self.copy_to is not None:
                shutil.copyfile(archive_path, self.copy_to / archive_path.name)
        return len(chunk.firms)

    def _store(self, firm: TargetFirm, archive_path: Path, values: str) -> FormSet:
        form_set = FormSet.objects.filter(firm=firm).first() or FormSet(firm=firm)
        old_name = form_set.file.name if form_set.pk else ""
        with archive_path.open("rb") as handle:
            form_set.file.save(archive_path.name, File(handle), save=False)
        form_set.size = archive_path.stat().st_size
        form_set.generated_at = timezone.now()
        form_set.templates_fingerprint = self.fingerprint
        form_set.values_fingerprint = values
        form_set.document_count = 2 * len(self.templates)
        form_set.save()
        if old_name and old_name != form_set.file.name:
            form_set.file.storage.delete(old_name)
        return form_set


def generate_firm_set(firm: TargetFirm) -> FormSet:
    """One firm's set, made now (the firm asked for it, or an officer did)."""
    SetMaker().make([firm.pk])
    return FormSet.objects.select_related("firm").get(firm=firm)


def campaign_firm_ids(campaign: Campaign) -> list[int]:
    return list(
        TargetFirm.objects.filter(campaign=campaign)
        .order_by("enterprise__sort_name", "pk")
        .values_list("pk", flat=True)
    )


def write_campaign_zip(campaign: Campaign, target: Path) -> int:
    """Every current set of the campaign in one zip for printing, a folder per firm; returns
    the number of firms. Members are copied across in pieces, never whole into memory."""
    sets = (
        FormSet.objects.filter(firm__campaign=campaign)
        .select_related("firm__enterprise", "firm__campaign")
        .order_by("firm__enterprise__sort_name", "firm__pk")
    )
    count = 0
    # DOCX is already a zip and PDF streams are compressed: storing is as small and faster.
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED, allowZip64=True) as bundle:
        for form_set in sets.iterator(chunk_size=100):
            count += 1
            folder = f"{count:03d}-{zip_name(form_set.firm).removesuffix('.zip')}"
            with form_set.file.open("rb") as handle, zipfile.ZipFile(handle) as archive:
                for member in archive.infolist():
                    with (
                        archive.open(member) as source,
                        bundle.open(f"{folder}/{member.filename}", "w", force_zip64=True) as out,
                    ):
                        shutil.copyfileobj(source, out, 1024 * 1024)
    return count
