"""A PDF's first and last bytes: enough to tell a PDF from other files, and a whole one from a cut-off one.

Both intake (is the file done being written?) and reading (can it be used?) ask this, in the same words.
"""

from __future__ import annotations

from pathlib import Path

PDF_MAGIC = b"%PDF-"
HEAD_BYTES = 1024  # the PDF spec lets '%PDF-' sit anywhere in the first 1024 bytes
TAIL_BYTES = 2048  # where a whole file's last '%%EOF' must be


def ends_of(path: Path) -> tuple[bytes, bytes]:
    """The file's head and tail (they overlap in a small file)."""
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
        size = fh.seek(0, 2)
        fh.seek(max(0, size - TAIL_BYTES))
        return head, fh.read()


def has_end(tail: bytes) -> bool:
    return b"%%EOF" in tail
