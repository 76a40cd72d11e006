"""Claiming a file: an atomic rename out of the inbox into a hidden claims folder beside it.

The rename is what makes a file ours: of two watchers on one inbox only one rename succeeds. A sidecar
JSON written (and locked) before the rename remembers where the file came from and when it was received,
so a claim orphaned by a crash is found and finished on restart. The lock tells a live claim (another
process is working on it) from an orphan.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..durable import fsync_dir, make_private_dir

CLAIMS_DIR = ".lossmit-claims"
log = logging.getLogger(__name__)


@dataclass
class Claim:
    token: str
    path: Path  # the claimed file, out of sight of scanners
    relative_path: str  # where it was dropped, relative to the inbox
    received_on: date
    _lock_fd: int

    def release(self) -> None:
        """Forget the claim once its outcome is recorded and the original is safe elsewhere."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        with contextlib.suppress(FileNotFoundError):
            _sidecar(self.path.parent, self.token).unlink()
        self.unlock()

    def unlock(self) -> None:
        """Let go without finishing (the work failed): a later rescan picks the claim up again."""
        if self._lock_fd >= 0:
            os.close(self._lock_fd)
            self._lock_fd = -1


def claims_dir(inbox: Path) -> Path:
    return inbox / CLAIMS_DIR


def _sidecar(folder: Path, token: str) -> Path:
    return folder / f"{token}.json"


def _locked_fd(path: Path) -> int | None:
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def claim(inbox: Path, path: Path, received_on: date) -> Claim | None:
    """Take the file for this process, or None when someone else took it first."""
    folder = make_private_dir(claims_dir(inbox))
    token = uuid.uuid4().hex
    relative = path.relative_to(inbox).as_posix()
    tmp = folder / f"{token}.json.tmp"
    fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.write(fd, json.dumps({"relative_path": relative, "received_on": received_on.isoformat()}).encode())
    os.fsync(fd)
    os.replace(tmp, _sidecar(folder, token))  # appears already locked: a recovering process skips it
    target = folder / f"{token}.claimed"
    try:
        os.rename(path, target)
    except OSError as exc:  # taken by another watcher, or not ours to move (permissions): leave it be
        _sidecar(folder, token).unlink()
        os.close(fd)
        if not isinstance(exc, FileNotFoundError):
            log.warning("cannot take %s from the inbox: %s", relative, exc.strerror or exc)
        return None
    fsync_dir(folder)
    return Claim(token, target, relative, received_on, fd)


def orphaned_claims(inbox: Path) -> Iterator[Claim]:
    """Claims nobody holds: left by a crash, or by work that failed and is to be tried again."""
    folder = claims_dir(inbox)
    if not folder.is_dir():
        return
    for sidecar in sorted(folder.glob("*.json")):
        try:
            fd = _locked_fd(sidecar)
        except FileNotFoundError:
            continue
        if fd is None:
            continue
        token = sidecar.stem
        target = folder / f"{token}.claimed"
        if not target.exists():  # the rename never happened, or the claim was being released
            sidecar.unlink(missing_ok=True)
            os.close(fd)
            continue
        meta = json.loads(sidecar.read_text() or "{}")
        yield Claim(token, target, meta["relative_path"], date.fromisoformat(meta["received_on"]), fd)
    for tmp in folder.glob("*.json.tmp"):  # a crash between create and rename; never locked after it
        fd = _locked_fd(tmp)
        if fd is not None:
            tmp.unlink(missing_ok=True)
            os.close(fd)
