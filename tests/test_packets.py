"""Packets land whole: .docx + .pdf + a manifest with true hashes, or nothing at all."""

from __future__ import annotations

import json
import os
import stat
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from lossmit_docs.durable import sha256_of
from lossmit_docs.producing.contexts import as_context
from lossmit_docs.producing.packets import PacketError, PacketRequest, PacketWriter
from lossmit_docs.producing.pdf_convert import Converter, SofficeMissing
from test_pdf_convert import fake_soffice  # noqa: F401  (a fixture)
from test_templates import TEMPLATES, hostile_contexts

ON = date(2026, 11, 2)


def _request(document: str, loan: str = "0012345678", **changes: object) -> PacketRequest:
    request = PacketRequest(
        loan,
        document,
        ON,
        hostile_contexts()[document],
        inputs={"evaluation": {"new_pi": "1144.31"}},
        program_version="fannie_mae_flex@2024-12",
        rules_version="regx@2018-04-19",
    )
    return replace(request, **changes)


def _everything_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_real_packet_has_docx_pdf_and_a_true_manifest(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    with Converter() as converter:
        packet = PacketWriter(TEMPLATES, outbox, converter).write(_request("trial_period_plan"))

    assert packet == outbox / "0012345678" / "trial_period_plan-2026-11-02"
    assert _everything_under(outbox) == [
        "0012345678",
        "0012345678/trial_period_plan-2026-11-02",
        *(
            f"0012345678/trial_period_plan-2026-11-02/{name}"
            for name in ("manifest.json", "trial_period_plan.docx", "trial_period_plan.pdf")
        ),
    ]
    manifest = json.loads((packet / "manifest.json").read_text())
    assert {f["name"]: f["sha256"] for f in manifest["files"]} == {
        p.name: sha256_of(p) for p in packet.iterdir() if p.name != "manifest.json"
    }
    assert manifest["template"] == {
        "name": "trial_period_plan.docx",
        "sha256": sha256_of(TEMPLATES / "trial_period_plan.docx"),
    }
    assert manifest["program_version"] == "fannie_mae_flex@2024-12"
    assert manifest["rules_version"] == "regx@2018-04-19"
    assert manifest["inputs"] == {"evaluation": {"new_pi": "1144.31"}}
    assert manifest["context"]["new_pi"] == "1144.31" and manifest["lossmit_version"]
    assert stat.S_IMODE(packet.stat().st_mode) == 0o750
    assert {stat.S_IMODE(p.stat().st_mode) for p in packet.iterdir()} == {0o640}
    with pdfplumber.open(packet / "trial_period_plan.pdf") as pdf:
        assert "$1,556.81" in (pdf.pages[0].extract_text() or "")


def test_same_day_rerun_gets_a_suffix_and_keeps_the_first(fake_soffice, tmp_path: Path) -> None:  # noqa: F811
    soffice, _ = fake_soffice
    outbox = tmp_path / "outbox"
    with Converter(soffice) as converter:
        writer = PacketWriter(TEMPLATES, outbox, converter)
        first = writer.write(_request("denial"))
        before = (first / "manifest.json").read_bytes()
        second = writer.write(_request("denial"))
        third = writer.write(_request("denial"))
    assert (first.name, second.name, third.name) == ("denial-2026-11-02", "denial-2026-11-02-2", "denial-2026-11-02-3")
    assert (first / "manifest.json").read_bytes() == before
    assert not [p for p in (outbox / "0012345678").iterdir() if p.name.startswith(".")]


def test_a_failing_conversion_leaves_nothing_in_the_outbox(fake_soffice, tmp_path: Path) -> None:  # noqa: F811
    soffice, _ = fake_soffice
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    with Converter(soffice, retries=0) as converter:
        writer = PacketWriter(TEMPLATES, outbox, converter)
        # The stand-in makes no PDF when the .docx holds "BAD": the property address carries it here.
        bad = replace(hostile_contexts()["notice_complete"], property_address="BAD")
        with pytest.raises(PacketError) as caught:
            writer.write(_request("notice_complete", context=bad))
    assert "loan 0012345678" in str(caught.value) and "nothing was written" in str(caught.value)
    assert _everything_under(outbox) == []


def test_one_loans_problem_does_not_stop_the_others(fake_soffice, tmp_path: Path) -> None:  # noqa: F811
    soffice, log = fake_soffice
    outbox = tmp_path / "outbox"
    broken = as_context(hostile_contexts()["denial"])
    del broken["reasons"]
    requests = [
        _request("denial", "111111"),
        _request("denial", "222222", context=broken),
        _request("acknowledgment_incomplete", "333333"),
        _request("denial", "12-34"),
    ]
    with Converter(soffice) as converter:
        results = PacketWriter(TEMPLATES, outbox, converter).write_many(requests)
    assert [r.path is not None for r in results] == [True, False, True, False]
    assert "reasons" in (results[1].error or "") and "222222" in (results[1].error or "")
    assert "not a run of digits" in (results[3].error or "")
    assert sorted(p.name for p in outbox.iterdir()) == ["111111", "333333"]
    assert log.read_text().count("\n") == 1  # the good ones were converted in one LibreOffice start


def test_stale_staging_from_a_crash_is_swept_but_a_fresh_one_is_kept(fake_soffice, tmp_path: Path) -> None:  # noqa: F811
    soffice, _ = fake_soffice
    loan_dir = tmp_path / "outbox" / "0012345678"
    stale, fresh = loan_dir / ".denial-2026-11-01.tmp-dead", loan_dir / ".denial-2026-11-02.tmp-busy"
    for folder in (stale, fresh):
        folder.mkdir(parents=True)
        (folder / "denial.docx").write_bytes(b"half")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    with Converter(soffice) as converter:
        PacketWriter(TEMPLATES, tmp_path / "outbox", converter).write(_request("denial"))
    assert not stale.exists() and fresh.exists()


def test_missing_libreoffice_leaves_no_staging_behind(fake_soffice, tmp_path: Path) -> None:  # noqa: F811
    soffice, _ = fake_soffice
    outbox = tmp_path / "outbox"
    converter = Converter(soffice)
    Path(soffice).unlink()  # LibreOffice removed after the service started
    with pytest.raises(SofficeMissing):
        PacketWriter(TEMPLATES, outbox, converter).write_many([_request("denial"), _request("denial", "222222")])
    converter.close()
    assert _everything_under(outbox) == []
