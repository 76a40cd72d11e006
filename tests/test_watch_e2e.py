"""`lossmit watch` as staff run it: a real subprocess on a real inbox, killed, restarted and doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

import pdf_factory as pf
from lossmit_docs.intake.claim import claims_dir
from lossmit_docs.store import Store

pytestmark = pytest.mark.timeout(300)


def _letter(n: int) -> list[str]:
    return [
        f"Letter number {n}",
        "I fell behind on my mortgage after my hours were cut.",
        "Please review my application for assistance.",
        f"Reference {n * 7919}",
    ]


def _start(home: Path, *extra: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "LOSSMIT_RESCAN_SECONDS": "2",
        "LOSSMIT_INCOMPLETE_GRACE_SECONDS": "4",
        "LOSSMIT_WORKERS": "1",
        "OMP_THREAD_LIMIT": "1",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "lossmit_docs.cli", "--home", str(home), "watch", "--settle-seconds", "1", *extra],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(home / f"watch-{time.monotonic_ns()}.log").open("wb"),
    )


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0  # a clean stop on SIGTERM


def _outcomes(home: Path) -> list[tuple[str, str, str | None]]:
    db = home / "lossmit.db"
    if not db.exists():
        return []
    store = Store(f"sqlite:///{db}")
    try:
        return [(f.relative_path, f.outcome, f.reason) for f in store.files()]
    finally:
        store.close()


def _wait_for(check: Callable[[], bool], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.3)
    raise AssertionError("timed out waiting for the watcher")


def _left_in_inbox(home: Path) -> list[Path]:
    return [p for p in (home / "inbox").rglob("*") if p.is_file()]


def test_watch_takes_slow_writes_subfolders_and_files_dropped_while_down(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    proc = _start(tmp_path)
    try:
        data = pf.text_pdf([_letter(1)])
        slow = inbox / "slow scan.pdf"
        with slow.open("wb") as fh:  # a scanner writing for several seconds, pausing mid-file
            for start in range(0, len(data), len(data) // 4 + 1):
                fh.write(data[start : start + len(data) // 4 + 1])
                fh.flush()
                time.sleep(1.5)
        (inbox / "0012345678").mkdir()
        pf.text_pdf([_letter(2)], inbox / "0012345678" / "pay stub.pdf")
        _wait_for(lambda: len(_outcomes(tmp_path)) == 2)
        assert sorted(_outcomes(tmp_path)) == [
            ("0012345678/pay stub.pdf", "processed", None),
            ("slow scan.pdf", "processed", None),
        ]
    finally:
        _stop(proc)
    pf.text_pdf([_letter(3)], inbox / "while down.pdf")  # arrives while the service is stopped
    proc = _start(tmp_path, "--polling")
    try:
        _wait_for(lambda: len(_outcomes(tmp_path)) == 3)
        assert ("while down.pdf", "processed", None) in _outcomes(tmp_path)
        assert _left_in_inbox(tmp_path) == []
    finally:
        _stop(proc)


def _children(pid: int) -> list[int]:
    """The live processes whose parent is `pid` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # it ended while we looked
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_sigkill_mid_batch_then_restart_accounts_for_every_file_once(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    names = [f"scan {n}.pdf" for n in range(6)]
    for n, name in enumerate(names):  # scans, so each takes a moment of OCR
        pf.scanned_pdf([_letter(n)], path=inbox / name)
    proc = _start(tmp_path)
    _wait_for(lambda: len(_outcomes(tmp_path)) >= 1)
    workers = _children(proc.pid)
    assert workers  # its OCR workers, busy with the batch
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert len(_outcomes(tmp_path)) < len(names)  # killed mid-batch
    _wait_for(lambda: not any(Path(f"/proc/{pid}").exists() for pid in workers))  # orphans do not linger
    proc = _start(tmp_path)
    try:
        _wait_for(lambda: len(_outcomes(tmp_path)) >= len(names))
        time.sleep(3)  # a few more passes: nothing may be recorded twice
        counts = Counter(path for path, _, _ in _outcomes(tmp_path))
        assert counts == Counter(names)
        assert all(outcome == "processed" for _, outcome, _ in _outcomes(tmp_path))
        assert _left_in_inbox(tmp_path) == [] and list(claims_dir(inbox).glob("*.claimed")) == []
    finally:
        _stop(proc)


def test_two_watchers_on_one_inbox_take_each_file_once(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first, second = _start(tmp_path), _start(tmp_path)
    try:
        names = [f"letter {n}.pdf" for n in range(10)]
        for n, name in enumerate(names):
            pf.text_pdf([_letter(n)], inbox / name)
        _wait_for(lambda: len(_outcomes(tmp_path)) >= len(names))
        time.sleep(3)
        counts = Counter(path for path, _, _ in _outcomes(tmp_path))
        assert counts == Counter(names)
        assert _left_in_inbox(tmp_path) == []
    finally:
        _stop(first)
        _stop(second)
