"""Quarantine: the original kept where staff can see it, with a reason code and what to do about it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from ..durable import durable_copy, durable_write, free_name
from ..model import Reason

# Sentences for staff: what is wrong and how to fix it. No traceback ever reaches them.
ADVICE: dict[Reason, str] = {
    Reason.EMPTY_FILE: "The file is empty (0 bytes). Scan or send the document again.",
    Reason.NOT_A_PDF: "The file is not a PDF, although it may be named like one. Save or scan it as a PDF "
    "and drop it in the inbox again.",
    Reason.CORRUPT_PDF: "The PDF is damaged or was cut off while it was being sent, and cannot be opened. "
    "Ask the sender for a new copy or rescan the paper.",
    Reason.ENCRYPTED_PDF: "The PDF is protected by a password. Ask the borrower to send it without a password, "
    "or open it with the password and print it to a new PDF.",
    Reason.TOO_MANY_PAGES: "The PDF has more pages than the service takes in one file. Split it into smaller "
    "files (for example one per document) and drop them in the inbox.",
    Reason.TOO_LARGE: "The file is larger than the service takes. Rescan at a lower resolution (300 dpi, "
    "black and white or grayscale) or split it into smaller files.",
    Reason.UNREADABLE_PAGE: "No page of this PDF could be read (blank, zero-sized or unreadable pages). Rescan "
    "the paper and check that the pages are not blank.",
}


def quarantine(quarantine_dir: Path, source: Path, relative_path: str, reason: Reason, detail: str,
               sha256: str) -> Path:
    """Copy the original in (never move: the caller releases it) and write its reason beside it."""
    target = free_name(quarantine_dir / relative_path)
    durable_copy(source, target)
    record = {
        "reason": reason.value,
        "message": ADVICE[reason],
        "detail": detail,
        "file": relative_path,
        "sha256": sha256,
        "quarantined_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    durable_write(target.with_name(target.name + ".reason.json"), json.dumps(record, indent=2).encode())
    return target
