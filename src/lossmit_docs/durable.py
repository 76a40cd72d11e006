"""Durable file writes: what lands on disk survives a crash and is not world-readable."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o640
DIR_MODE = 0o750


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def make_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    return path


def fsync_dir(path: Path) -> None:
    """Make a rename inside a folder survive a crash; works on a plain file's bytes too."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _durable(target: Path, fill: Callable[[BinaryIO], None]) -> None:
    """Write beside the target, fsync, then rename, so the target is either whole or absent."""
    make_private_dir(target.parent)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


def durable_copy(source: Path, target: Path) -> str:
    """Copy durably and return the sha256 of what was copied: the bytes are read once for both."""
    digest = hashlib.sha256()

    def fill(out: BinaryIO) -> None:
        with source.open("rb") as src:
            for chunk in iter(lambda: src.read(1024 * 1024), b""):
                digest.update(chunk)
                out.write(chunk)

    _durable(target, fill)
    return digest.hexdigest()


def durable_write(target: Path, data: bytes) -> None:
    _durable(target, lambda out: out.write(data))


def free_name(target: Path) -> Path:
    """The target, or 'name (2).ext', 'name (3).ext'... when taken, so nothing is overwritten."""
    candidate, n = target, 1
    while candidate.exists() or candidate.with_name(candidate.name + ".reason.json").exists():
        n += 1
        candidate = target.with_name(f"{target.stem} ({n}){target.suffix}")
    return candidate
