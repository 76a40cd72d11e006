"""Open a PDF with pypdf and turn away what cannot be read, before any costly work.

Every check here is cheap (file size, magic bytes, the trailer, the page tree's /Count) so a 2,000-page
fax or a JPEG named `.pdf` is refused in milliseconds with a reason staff understand.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError

from lossmit_docs.model import Reason, Rejected
from lossmit_docs.pdf_bytes import PDF_MAGIC, ends_of, has_end
from lossmit_docs.settings import Settings

# What the bytes are when they are not a PDF, for a sentence staff can act on.
_KNOWN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG", "a PNG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

log = logging.getLogger(__name__)


def describe_bytes(head: bytes) -> str:
    """Name what a non-PDF file most likely is."""
    for magic, name in _KNOWN_MAGIC:
        if head.startswith(magic):
            return name
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "a web page (HTML)"
    return "not a PDF"


def _check_bytes(path: Path, settings: Settings) -> None:
    size = path.stat().st_size
    if size == 0:
        raise Rejected(Reason.EMPTY_FILE, "the file is empty (0 bytes)")
    if size > settings.max_file_bytes:
        raise Rejected(Reason.TOO_LARGE, f"the file is {size:,} bytes; the limit is {settings.max_file_bytes:,}")
    head, tail = ends_of(path)
    if PDF_MAGIC not in head:
        raise Rejected(Reason.NOT_A_PDF, f"the file is {describe_bytes(head)}, named as a PDF")
    if not has_end(tail):
        raise Rejected(Reason.CORRUPT_PDF, "the PDF is cut off (no end-of-file marker): truncated or damaged")


def _unlock(reader: PdfReader) -> None:
    """Open owner-password-only PDFs (empty user password); refuse those that need a password to read."""
    try:
        unlocked = reader.decrypt("")
    except (DependencyError, NotImplementedError) as exc:
        raise Rejected(Reason.ENCRYPTED_PDF, f"the PDF uses an encryption that cannot be opened: {exc}") from exc
    if unlocked == PasswordType.NOT_DECRYPTED:
        raise Rejected(Reason.ENCRYPTED_PDF, "the PDF is protected by a password")


def _notice_active_content(reader: PdfReader) -> None:
    """JavaScript and attachments are never run or opened; a warning in the log is all they earn."""
    root = reader.trailer["/Root"]
    names = root.get("/Names")
    names = names.get_object() if names is not None else {}
    if "/OpenAction" in root or "/JavaScript" in names or "/AA" in root:
        log.warning("PDF carries actions or JavaScript; ignored (never executed)")
    if "/EmbeddedFiles" in names:
        log.warning("PDF carries embedded files; ignored (never opened)")


def open_pdf(path: Path, settings: Settings) -> PdfReader:
    """Return a decrypted pypdf reader, or raise `Rejected` with the reason the file cannot be used."""
    _check_bytes(path, settings)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(path, strict=False)
            if reader.is_encrypted:
                _unlock(reader)
            pages = len(reader.pages)  # the page tree's /Count: no page is parsed
            _notice_active_content(reader)
    except Rejected:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files; all mean the same to staff
        raise Rejected(Reason.CORRUPT_PDF, f"the PDF structure is damaged ({type(exc).__name__})") from exc
    if pages <= 0:
        raise Rejected(Reason.CORRUPT_PDF, "the PDF has no pages")
    if pages > settings.max_pages:
        raise Rejected(Reason.TOO_MANY_PAGES, f"the PDF has {pages:,} pages; the limit is {settings.max_pages:,}")
    return reader
