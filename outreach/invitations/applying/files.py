"""Checking the files a firm attaches: size limits while the upload streams in, and the type
read from the content (magic bytes, the parts of an Office zip), which must agree with the name.

A file is judged by what it is, not what it is called: an executable renamed .pdf, a truncated
workbook or a picture named .docx each get their own message, in the applicant's language.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile, StopUpload
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

#: Extension → the type the content must show.
EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".png": "png",
}
TYPE_LABELS = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "xlsx": "Excel (XLSX)",
    "jpeg": "JPG",
    "png": "PNG",
}
ACCEPT = ",".join(EXTENSIONS)
#: Office files are zips; one whose parts unpack to more than this is refused (a zip bomb).
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
#: The part each Office type must hold, and the content type [Content_Types].xml names for it.
OFFICE_PARTS = {
    "docx": ("word/document.xml", b"wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", b"spreadsheetml.sheet.main+xml"),
}
_PROGRAM_SIGNATURES = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa\xce", b"#!")


class FileRefused(ValueError):
    """A file that cannot be accepted; the message names it and says what to do."""


@dataclass
class CheckedFile:
    upload: UploadedFile
    kind: str
    original_name: str
    size: int
    detected_type: str
    sha256: str


def clean_file_name(name: str) -> str:
    """The name as the firm's computer showed it, made safe to display and store in a row:
    no folders, no control characters, composed Unicode, at most 150 characters."""
    name = unicodedata.normalize("NFC", name or "")
    name = posixpath.basename(name.replace("\\", "/"))
    name = "".join(char for char in name if unicodedata.category(char)[0] != "C")
    name = re.sub(r"\s+", " ", name).strip(" .")
    if not name:
        return "tep-dinh-kem"
    stem, extension = posixpath.splitext(name)
    return stem[: 150 - len(extension)] + extension.lower()


def detect_type(upload: UploadedFile) -> str | None:
    """The type the content shows ('pdf', 'docx', 'xlsx', 'jpeg', 'png'), 'program' for an
    executable, 'broken-docx'/'broken-xlsx' for a damaged Office file, None when unknown."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04"):
        return _office_type(upload)
    if head.startswith(_PROGRAM_SIGNATURES):
        return "program"
    return None


def _office_type(upload: UploadedFile) -> str | None:
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            kind = next(
                (kind for kind, (part, _type) in OFFICE_PARTS.items() if part in names), None
            )
            if kind is None:
                # A zip, but neither a Word document nor a workbook (perhaps .odt or a plain zip).
                return "broken-office" if "[Content_Types].xml" in names else None
            broken = f"broken-{kind}"
            if "[Content_Types].xml" not in names:
                return broken
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                return broken
            if archive.testzip() is not None:
                return broken
            if OFFICE_PARTS[kind][1] not in archive.read("[Content_Types].xml"):
                return broken
            return kind
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        # Cut short or corrupted: the zip directory is missing or unreadable.
        name = (upload.name or "").lower()
        return "broken-xlsx" if name.endswith(".xlsx") else "broken-docx"
    finally:
        upload.seek(0)


def check_file(upload: UploadedFile, kind: str) -> CheckedFile:
    """Accept `upload` as a file of `kind`, or raise FileRefused with a message for the firm."""
    name = clean_file_name(upload.name)
    extension = posixpath.splitext(name)[1].lower()
    expected = EXTENSIONS.get(extension)
    if expected is None:
        raise FileRefused(
            _("“%(name)s”: only PDF, DOCX, XLSX, JPG and PNG files are accepted.") % {"name": name}
        )
    if upload.size == 0:
        raise FileRefused(_("“%(name)s” is empty.") % {"name": name})
    limit = settings.APPLICATION_FILE_MAX_BYTES
    if upload.size > limit:
        raise FileRefused(too_large_message(name))
    found = detect_type(upload)
    if found == "program":
        raise FileRefused(
            _(
                "“%(name)s” is a program, not a document: it was refused. Attach the document "
                "itself as PDF, DOCX, XLSX, JPG or PNG."
            )
            % {"name": name}
        )
    if found and found.startswith("broken") and found in (f"broken-{expected}", "broken-office"):
        raise FileRefused(
            _(
                "“%(name)s” is damaged or not a complete %(type)s file: open it in your office "
                "program, save it again and attach the new copy."
            )
            % {"name": name, "type": TYPE_LABELS[expected]}
        )
    if found != expected:
        raise FileRefused(
            _(
                "“%(name)s” is not really a %(type)s file: its content does not match its name. "
                "Attach the original file, not a renamed one."
            )
            % {"name": name, "type": TYPE_LABELS[expected]}
        )
    return CheckedFile(
        upload=upload,
        kind=kind,
        original_name=name,
        size=upload.size,
        detected_type=found,
        sha256=_sha256(upload),
    )


def _sha256(upload: UploadedFile) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def too_large_message(name: str) -> str:
    return _(
        "“%(name)s” is larger than %(limit)s: reduce it (scan at 150–200 dpi, or save the PDF "
        "“for the web”) or split it into parts."
    ) % {"name": name, "limit": filesizeformat(settings.APPLICATION_FILE_MAX_BYTES)}


def too_much_message() -> str:
    return _(
        "The files together are larger than %(limit)s, so none of them was kept. Send the "
        "largest ones in smaller parts, or bring them to the Department."
    ) % {"limit": filesizeformat(settings.APPLICATION_TOTAL_MAX_BYTES)}


@dataclass
class UploadRefusal:
    code: str  # "too_large" (one file) or "too_much" (the whole request)
    file_name: str = ""
    field_name: str = ""


@dataclass
class SizeLimits:
    file_bytes: int
    total_bytes: int
    refusals: list[UploadRefusal] = field(default_factory=list)


class LimitedUploadHandler(FileUploadHandler):
    """First in the chain of upload handlers: counts every chunk before it is written anywhere.

    A file past its limit is skipped (the parser drops what was written of it and reads the rest
    of that file into nothing); the request past its total stops the upload. Either way the
    refusal is written down in `limits.refusals` for the view to report.
    """

    def __init__(self, request, limits: SizeLimits) -> None:
        super().__init__(request)
        self.limits = limits
        self.total = 0
        self.current = 0

    def new_file(self, field_name, file_name, *args, **kwargs) -> None:
        super().new_file(field_name, file_name, *args, **kwargs)
        self.current = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.current += len(raw_data)
        self.total += len(raw_data)
        if self.current > self.limits.file_bytes:
            # The skipped file does not count towards the total: none of it is kept.
            self.total -= self.current
            self.limits.refusals.append(
                UploadRefusal("too_large", clean_file_name(self.file_name), self.field_name)
            )
            raise SkipFile
        if self.total > self.limits.total_bytes:
            self.limits.refusals.append(UploadRefusal("too_much"))
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        # The next handlers in the chain build the file object.
        return None
