""".docx to PDF: real LibreOffice for the figures, a scripted stand-in for hangs, failures and batching."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pdfplumber
import pytest

from lossmit_docs.producing.pdf_convert import Converter, ConverterPool, SofficeMissing, find_soffice
from lossmit_docs.producing.templates import render
from test_templates import TEMPLATES, hostile_contexts

# Stands in for soffice: "converts" each input by copying it to <stem>.pdf behind a PDF header, logs each
# start, and misbehaves on cue from the input's text: HANG sleeps, BAD makes nothing, CRASH exits 1.
FAKE_SOFFICE = """#!{python}
import os, sys, time, zipfile
from pathlib import Path
args = sys.argv[1:]
out = Path(args[args.index("--outdir") + 1])
inputs = [a for a in args if a.endswith(".docx")]
with open(os.environ["FAKE_LOG"], "a") as log:
    log.write(f"{{os.getpid()}} {{len(inputs)}}\\n")
for name in inputs:
    data = Path(name).read_bytes()
    if zipfile.is_zipfile(name):
        data = zipfile.ZipFile(name).read("word/document.xml")
    if b"HANG" in data:
        time.sleep(60)
    if b"CRASH" in data:
        sys.exit(1)
    if b"BAD" not in data:
        (out / (Path(name).stem + ".pdf")).write_bytes(b"%PDF-1.4 " + data)
"""


@pytest.fixture
def fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Path]:
    script = tmp_path / "soffice"
    script.write_text(FAKE_SOFFICE.format(python=sys.executable))
    script.chmod(0o755)
    log = tmp_path / "starts.log"
    monkeypatch.setenv("FAKE_LOG", str(log))
    return str(script), log


def _docs(folder: Path, contents: list[bytes]) -> list[tuple[Path, Path]]:
    """Same file name in separate folders, as packets have: outputs must not collide."""
    jobs = []
    for i, data in enumerate(contents):
        (folder / str(i)).mkdir()
        source = folder / str(i) / "notice.docx"
        source.write_bytes(data)
        jobs.append((source, folder / str(i) / "notice.pdf"))
    return jobs


def _starts(log: Path) -> list[int]:
    return [int(line.split()[1]) for line in log.read_text().splitlines()]


def test_one_start_converts_a_whole_batch_without_name_collisions(fake_soffice, tmp_path: Path) -> None:
    soffice, log = fake_soffice
    jobs = _docs(tmp_path, [f"doc {i}".encode() for i in range(5)])
    with Converter(soffice) as converter:
        results = converter.convert_many(jobs)
    assert [r.ok for r in results] == [True] * 5
    assert [pdf.read_bytes() for _, pdf in jobs] == [f"%PDF-1.4 doc {i}".encode() for i in range(5)]
    assert _starts(log) == [5]


def test_a_bad_document_is_retried_alone_and_the_rest_still_convert(fake_soffice, tmp_path: Path) -> None:
    soffice, log = fake_soffice
    jobs = _docs(tmp_path, [b"good 0", b"BAD 1", b"good 2"])
    with Converter(soffice, retries=1) as converter:
        results = converter.convert_many(jobs)
    assert [r.ok for r in results] == [True, False, True]
    assert "produced no PDF" in (results[1].error or "")
    assert _starts(log) == [3, 1]
    assert not jobs[1][1].exists()


def test_a_hanging_libreoffice_is_killed_within_the_timeout(fake_soffice, tmp_path: Path) -> None:
    soffice, log = fake_soffice
    jobs = _docs(tmp_path, [b"HANG"])
    began = time.monotonic()
    with Converter(soffice, start_timeout=0.5, per_document_timeout=0.2, retries=1) as converter:
        result = converter.convert_many(jobs)[0]
    assert time.monotonic() - began < 10
    assert not result.ok and "did not finish within" in (result.error or "")
    pids = [int(line.split()[0]) for line in log.read_text().splitlines()]
    assert len(pids) == 2  # tried, then retried once
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_crash_is_reported_with_its_exit_code(fake_soffice, tmp_path: Path) -> None:
    soffice, _ = fake_soffice
    with Converter(soffice, retries=0) as converter:
        result = converter.convert_many(_docs(tmp_path, [b"CRASH"]))[0]
    assert not result.ok and "exit 1" in (result.error or "")


def test_a_pool_keeps_the_callers_order(fake_soffice, tmp_path: Path) -> None:
    soffice, log = fake_soffice
    jobs = _docs(tmp_path, [f"doc {i}".encode() for i in range(7)])
    with ConverterPool(size=3, soffice=soffice) as pool:
        results = pool.convert_many(jobs)
    assert [r.source for r in results] == [src for src, _ in jobs]
    assert [pdf.read_bytes() for _, pdf in jobs] == [f"%PDF-1.4 doc {i}".encode() for i in range(7)]
    assert sorted(_starts(log)) == [2, 2, 3]


def test_missing_libreoffice_says_how_to_install_it() -> None:
    with pytest.raises(SofficeMissing) as caught:
        find_soffice("no-such-soffice-here")
    assert "apt-get install libreoffice-writer-nogui" in str(caught.value)


def test_real_libreoffice_prints_the_figures_and_survives_a_damaged_file(tmp_path: Path) -> None:
    contexts = hostile_contexts()
    agreement = render(
        TEMPLATES / "modification_agreement.docx", contexts["modification_agreement"], tmp_path / "agreement.docx"
    )
    plan = render(TEMPLATES / "trial_period_plan.docx", contexts["trial_period_plan"], tmp_path / "plan.docx")
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04 this is not a word file")
    with Converter() as converter:
        results = converter.convert_many(
            [
                (agreement, tmp_path / "agreement.pdf"),
                (plan, tmp_path / "plan.pdf"),
                (damaged, tmp_path / "damaged.pdf"),
            ]
        )
    assert [r.ok for r in results] == [True, True, False]
    assert not (tmp_path / "damaged.pdf").exists()

    with pdfplumber.open(tmp_path / "agreement.pdf") as pdf:
        text = " ".join((page.extract_text() or "") for page in pdf.pages).replace("\n", " ")
        assert pdf.pages[0].height == pytest.approx(14 * 72, abs=1)  # legal size, as Form 3179 asks
    for expected in (
        "$212,966.39",
        "$1,144.31",
        "Forty-Four and 31/100 Dollars",
        "March 1, 2067",
        "6.875%",
        "\\s1\\",
        "\\ss\\",
        "{{ 7*7 }}",
        "Tom & Jerry <O'Neil>",
    ):
        assert expected in text, expected
    with pdfplumber.open(tmp_path / "plan.pdf") as pdf:
        rows = [row for table in pdf.pages[0].extract_tables() for row in table]
    assert ["1", "December 1, 2026", "$1,556.81"] in rows and ["3", "February 1, 2027", "$1,556.81"] in rows
