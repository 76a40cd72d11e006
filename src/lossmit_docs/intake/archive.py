"""The content-addressed archive: every original, byte for byte, kept by its sha256."""

from __future__ import annotations

from pathlib import Path

from ..durable import durable_copy


def archive_path(archive_dir: Path, sha256: str) -> Path:
    return archive_dir / sha256[:2] / f"{sha256}.pdf"


def keep_original(archive_dir: Path, source: Path, sha256: str) -> Path:
    """Copy the original in unless the same bytes are there already; return where it lies."""
    target = archive_path(archive_dir, sha256)
    if not (target.exists() and target.stat().st_size == source.stat().st_size):
        durable_copy(source, target)
    return target
