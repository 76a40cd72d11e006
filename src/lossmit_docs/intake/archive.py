"""The content-addressed archive: every original, byte for byte, kept by its sha256."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..durable import durable_copy


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def archive_path(archive_dir: Path, sha256: str) -> Path:
    return archive_dir / sha256[:2] / f"{sha256}.pdf"


def keep_original(archive_dir: Path, source: Path, sha256: str) -> Path:
    """Copy the original in unless the same bytes are there already; return where it lies."""
    target = archive_path(archive_dir, sha256)
    if not (target.exists() and target.stat().st_size == source.stat().st_size):
        durable_copy(source, target)
    return target
