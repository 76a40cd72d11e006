"""When is a file whole? Unchanged size and mtime for the settling time, and it looks like a whole PDF.

A scanner or a network copy writes a file over seconds; a fax server may pause mid-file. A file that has
settled but does not yet end like a PDF is given a grace period before it is taken (and then judged).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from ..pdf_bytes import PDF_MAGIC, ends_of, has_end


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    since: float  # monotonic time the file was first seen with this size and mtime


def looks_whole(path: Path) -> bool:
    """A PDF ends with %%EOF; anything else (not a PDF at all) is judged as soon as it settles and has bytes."""
    head, tail = ends_of(path)
    return has_end(tail) if PDF_MAGIC in head else bool(head)


class Settler:
    """Remembers what each path looked like, so readiness needs no sleeping in the caller."""

    def __init__(self, settle_seconds: float, grace_seconds: float) -> None:
        self.settle_seconds = settle_seconds
        self.grace_seconds = grace_seconds
        self._seen: dict[Path, _Seen] = {}

    def ready(self, path: Path, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        try:
            st = path.stat()
        except FileNotFoundError:
            self._seen.pop(path, None)
            return False
        seen = self._seen.get(path)
        if seen is None or (seen.size, seen.mtime_ns) != (st.st_size, st.st_mtime_ns):
            # A file already old when first seen (dropped while we were down) has settled long ago.
            age = max(0.0, time.time() - st.st_mtime)
            seen = _Seen(st.st_size, st.st_mtime_ns, now - age)
            self._seen[path] = seen
        still_for = now - seen.since
        if still_for < self.settle_seconds:
            return False
        if still_for >= self.settle_seconds + self.grace_seconds:
            return True
        try:
            return looks_whole(path)
        except OSError:
            return False

    def forget(self, path: Path) -> None:
        self._seen.pop(path, None)

    def prune(self, alive: set[Path]) -> None:
        for path in set(self._seen) - alive:
            del self._seen[path]
