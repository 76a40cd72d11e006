"""The batch command as cron and staff use it: settings from file, environment and options; exit codes;
the status and report screens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import pdf_factory as pf
from lossmit_docs.exitcodes import ExitCode
from lossmit_docs.settings import load

LETTER = ["Dear Servicer,", "My hours were cut in March and I fell behind on my mortgage.",
          "Please review me for a loan modification.", "Sincerely, Ana Lopez"]


def _lossmit(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lossmit_docs.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


def test_settings_precedence_file_then_environment_then_options(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lossmit.toml").write_text('settle_seconds = 7\nmax_pages = 40\noutbox = "/srv/out"\n')
    monkeypatch.setenv("LOSSMIT_MAX_PAGES", "30")
    settings = load({"home": tmp_path, "settle_seconds": None})
    assert (settings.settle_seconds, settings.max_pages, settings.outbox_dir) == (7, 30, Path("/srv/out"))
    assert settings.inbox_dir == tmp_path / "inbox"
    assert load({"home": tmp_path, "settle_seconds": 1.5}).settle_seconds == 1.5
    assert settings.database_url == f"sqlite:///{(tmp_path / 'lossmit.db').resolve()}"
    assert load({"home": tmp_path, "database": "postgresql+psycopg://u@localhost/x"}).database_url.startswith(
        "postgresql+psycopg://")


def test_process_exit_code_says_some_files_were_quarantined(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "0012345678").mkdir(parents=True)
    pf.text_pdf([LETTER], inbox / "0012345678" / "letter.pdf")
    (inbox / "photo.pdf").write_bytes(pf.jpeg_named_pdf())
    done = _lossmit("--home", str(tmp_path), "process", "--received-on", "2025-06-02", "--settle-seconds", "0",
                    env={"LOSSMIT_INCOMPLETE_GRACE_SECONDS": "0", "LOSSMIT_AUTO_NOTICES": "false"})
    assert done.returncode == ExitCode.SOME_QUARANTINED, done.stderr
    assert "1 processed" in done.stdout and "1 quarantined" in done.stdout and "'photo.pdf' (not_a_pdf)" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    again = _lossmit("--home", str(tmp_path), "process", "--settle-seconds", "0")
    assert again.returncode == ExitCode.OK and "0 file(s)" in again.stdout

    status = _lossmit("--home", str(tmp_path), "status")
    assert status.returncode == 0 and "0012345678" in status.stdout and "1 quarantined" in status.stdout
    report = _lossmit("--home", str(tmp_path), "report", "0012345678")
    assert report.returncode == 0 and "letter.pdf" in report.stdout and "text_layer" in report.stdout
    assert _lossmit("--home", str(tmp_path), "report", "0099999999").returncode == ExitCode.NOT_FOUND


def test_unusable_settings_and_bad_dates_are_refused(tmp_path: Path) -> None:
    (tmp_path / "lossmit.toml").write_text("settle_seconds = -1\n")
    assert _lossmit("--home", str(tmp_path), "status").returncode == ExitCode.CONFIG
    assert _lossmit("--home", str(tmp_path), "process", "--received-on", "June 2").returncode == ExitCode.USAGE
