"""The intake's parts alone: which files are candidates, when a file is whole, claims, archive, quarantine."""

from __future__ import annotations

import json
import os
import stat
import time
from datetime import date
from pathlib import Path

from lossmit_docs.durable import sha256_of
from lossmit_docs.intake.archive import STAGING, archive_path, keep_original
from lossmit_docs.intake.claim import claim, claims_dir, orphaned_claims
from lossmit_docs.intake.quarantine import quarantine
from lossmit_docs.intake.scan import candidates, is_ignored
from lossmit_docs.intake.settle import Settler
from lossmit_docs.model import Reason

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_hidden_temporary_and_partial_files_are_ignored(tmp_path: Path) -> None:
    for name in (
        "a.pdf",
        "sub/b.pdf",
        ".hidden.pdf",
        "~$lock.pdf",
        "c.pdf.part",
        "d.tmp",
        ".x/e.pdf",
        "f.crdownload",
        "Smith 'O Brien' $(rm -rf).pdf",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(PDF)
    found = {p.relative_to(tmp_path).as_posix() for p in candidates(tmp_path)}
    assert found == {"a.pdf", "sub/b.pdf", "Smith 'O Brien' $(rm -rf).pdf"}
    assert is_ignored(Path(".lossmit-claims/x.claimed"))


def test_a_file_is_taken_only_after_it_stood_still(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(PDF)
    settler = Settler(settle_seconds=5, grace_seconds=30)
    t0 = time.monotonic()
    assert not settler.ready(path, now=t0)
    assert not settler.ready(path, now=t0 + 4)
    assert settler.ready(path, now=t0 + 5.5)
    with path.open("ab") as fh:  # it grew: the clock starts again
        fh.write(b"more")
    os.utime(path, None)
    assert not settler.ready(path, now=t0 + 6)


def test_a_file_dropped_while_we_were_down_is_ready_at_once(tmp_path: Path) -> None:
    path = tmp_path / "old.pdf"
    path.write_bytes(PDF)
    old = time.time() - 3600
    os.utime(path, (old, old))
    assert Settler(settle_seconds=5, grace_seconds=30).ready(path)


def test_a_pdf_without_its_end_waits_for_the_grace_period(tmp_path: Path) -> None:
    path = tmp_path / "half.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n")
    settler = Settler(settle_seconds=1, grace_seconds=10)
    t0 = time.monotonic()
    settler.ready(path, now=t0)
    assert not settler.ready(path, now=t0 + 2)  # settled but not whole: a slow writer may resume
    assert settler.ready(path, now=t0 + 12)  # still cut off after the grace: taken, to be judged corrupt


def test_only_one_claim_wins_and_the_sidecar_remembers_the_origin(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "0012345678").mkdir(parents=True)
    path = inbox / "0012345678" / "pay stub.pdf"
    path.write_bytes(PDF)
    first = claim(inbox, path, date(2025, 6, 2))
    assert first is not None and not path.exists() and first.path.read_bytes() == PDF
    assert claim(inbox, path, date(2025, 6, 2)) is None  # the second taker finds nothing
    assert first.relative_path == "0012345678/pay stub.pdf"
    assert list(orphaned_claims(inbox)) == []  # held by us: not an orphan
    first.unlock()
    (orphan,) = orphaned_claims(inbox)
    assert (orphan.token, orphan.relative_path, orphan.received_on) == (
        first.token,
        first.relative_path,
        date(2025, 6, 2),
    )
    orphan.release()
    assert list(claims_dir(inbox).iterdir()) == []


def test_archive_is_content_addressed_and_private(tmp_path: Path) -> None:
    src = tmp_path / "a.pdf"
    src.write_bytes(PDF)
    sha, kept = keep_original(tmp_path / "archive", src, "token1")
    assert sha == sha256_of(src)  # hashed while copied, the same as reading it again
    assert kept == archive_path(tmp_path / "archive", sha) and kept.read_bytes() == PDF
    assert stat.S_IMODE(kept.stat().st_mode) & 0o007 == 0
    first_write = kept.stat().st_mtime_ns
    assert keep_original(tmp_path / "archive", src, "token2") == (sha, kept)
    assert kept.stat().st_mtime_ns == first_write  # the same bytes are kept once, not copied again
    assert list((tmp_path / "archive" / STAGING).iterdir()) == []  # no staged copy left behind


def test_quarantine_keeps_every_copy_and_says_why(tmp_path: Path) -> None:
    src = tmp_path / "in.pdf"
    src.write_bytes(b"")
    qdir = tmp_path / "quarantine"
    one = quarantine(qdir, src, "sub/scan.pdf", Reason.EMPTY_FILE, "0 bytes", "e3b0")
    two = quarantine(qdir, src, "sub/scan.pdf", Reason.EMPTY_FILE, "0 bytes", "e3b0")
    assert one != two and one.exists() and two.exists()
    reason = json.loads(one.with_name(one.name + ".reason.json").read_text())
    assert reason["reason"] == "empty_file" and "Scan or send" in reason["message"]
    assert reason["file"] == "sub/scan.pdf"
