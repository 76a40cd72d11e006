"""The content-addressed archive: every original, byte for byte, kept by its sha256."""

from __future__ import annotations

import os
from pathlib import Path

from ..durable import durable_copy, fsync_dir, make_private_dir

STAGING = ".staging"  # a copy lands here under its claim's token until its hash names it


def archive_path(archive_dir: Path, sha256: str) -> Path:
    return archive_dir / sha256[:2] / f"{sha256}.pdf"


def keep_original(archive_dir: Path, source: Path, token: str) -> tuple[str, Path]:
    """Copy the original in, hashing as it is read (one read for both), and file it under its sha256
    unless the same bytes are there already; return the hash and where the bytes lie.

    The staged name is the claim's token, so a claim retried after a crash reuses it: nothing is left over.
    """
    staged = archive_dir / STAGING / f"{token}.pdf"
    sha = durable_copy(source, staged)
    target = archive_path(archive_dir, sha)
    if target.exists() and target.stat().st_size == staged.stat().st_size:
        staged.unlink()
    else:
        make_private_dir(target.parent)
        os.replace(staged, target)
        fsync_dir(target.parent)
    return sha, target
