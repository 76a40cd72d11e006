"""Every sample packet through `lossmit process --received-on`, compared with its expected.json.

What must hold on every packet: an incomplete case is never reported complete; the status, the missing
codes, the documents (type and exact pages) are right; born-digital values are right; and a scanned value
that is wrong is never silent: it is in `needs_review` for a person to check.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import pdf_factory as pf
from sample_compare import Check, compare

SAMPLES = pf.SHARED / "samples"
PACKETS = sorted(p.name for p in SAMPLES.iterdir() if (p / "expected.json").exists()) if SAMPLES.is_dir() else []

pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict, dict, Path]]:
    """Packets are processed on first use and kept for the module's tests (one OCR pass each)."""
    return {}


def _process(name: str, cache: dict[str, tuple[dict, dict, Path]], root: Path) -> tuple[dict, dict, Path]:
    if name not in cache:
        expected = json.loads((SAMPLES / name / "expected.json").read_text())
        home = root / name
        shutil.copytree(SAMPLES / name / "inbox", home / "inbox")
        done = subprocess.run(
            [sys.executable, "-m", "lossmit_docs.cli", "--home", str(home), "process",
             "--received-on", expected["received_on"], "--settle-seconds", "0"],
            capture_output=True, text=True, timeout=800, env={**os.environ, "LOSSMIT_WORKERS": "1"},
        )
        assert done.returncode == 0, done.stdout + done.stderr
        case = json.loads((home / "outbox" / expected["loan_number"] / "case.json").read_text())
        cache[name] = (expected, case, home)
    return cache[name]


def _flagged(check: Check, case: dict) -> bool:
    """A wrong value is acceptable only when a person is asked to look at it."""
    field = check.label.rsplit(".", 1)[-1]
    return any(field in item["what"] for item in case["needs_review"])


def test_samples_are_present() -> None:
    assert len(PACKETS) >= 8


@pytest.mark.parametrize("name", PACKETS)
def test_sample_packet(name: str, processed: dict, tmp_path_factory: pytest.TempPathFactory) -> None:
    expected, case, home = _process(name, processed, tmp_path_factory.mktemp("samples"))
    result = compare(expected, case)
    if expected["status"] == "incomplete":
        assert case["status"] == "incomplete", "an incomplete case was reported complete"
    assert result.wrong("status") == []
    assert result.wrong("missing") == []
    assert result.wrong("document") == [], "document types or pages"
    silent = [c for c in result.wrong("application") + result.wrong("fields")
              if not c.scanned or not _flagged(c, case)]
    assert silent == [], "values wrong without being put up for review"
    outbox = home / "outbox" / expected["loan_number"]
    assert (outbox / "report.html").is_file()
    html = (outbox / "report.html").read_text()
    assert expected["loan_number"] in html
