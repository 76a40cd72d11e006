"""The pipeline over a real home folder: every file gets exactly one outcome, none is lost, bad input is
quarantined with a reason, and a crash at any step is finished by the next pass."""

from __future__ import annotations

import errno
import hashlib
import json
import stat
from datetime import date
from pathlib import Path

import pytest

import pdf_factory as pf
from lossmit_docs.intake import archive as archive_module
from lossmit_docs.intake import claim as claim_module
from lossmit_docs.intake.archive import archive_path
from lossmit_docs.intake.claim import claim, claims_dir
from lossmit_docs.model import Outcome
from lossmit_docs.pipeline import Service, SweepResult
from lossmit_docs.settings import Settings

LETTER = [
    "Dear Servicer,",
    "I lost my job in March and fell behind on my mortgage payments.",
    "Please consider me for a loan modification.",
    "Sincerely, Maria Gonzalez",
]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path, settle_seconds=0, incomplete_grace_seconds=0, workers=1, auto_notices=False)


def _drop(settings: Settings, name: str, data: bytes) -> Path:
    path = settings.inbox_dir / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _outcomes(service: Service) -> dict[str, tuple[str, str | None]]:
    return {f.relative_path: (f.outcome, f.reason) for f in service.store.files()}


def test_each_file_gets_one_outcome_and_the_original_is_archived(settings: Settings) -> None:
    letter = pf.text_pdf([LETTER])
    with Service(settings, received_on=date(2025, 6, 2)) as service:
        _drop(settings, "0012345678/hardship letter.pdf", letter)
        _drop(settings, "copy of letter 'final' $(x).pdf", letter)  # same bytes, hostile name
        _drop(settings, "Müller \"résumé\" 日本; rm -rf ~.pdf", pf.text_pdf([[*LETTER, "unicode name"]]))
        service.sweep()
        outcomes = _outcomes(service)
        assert set(outcomes) == {"0012345678/hardship letter.pdf", "copy of letter 'final' $(x).pdf",
                                 "Müller \"résumé\" 日本; rm -rf ~.pdf"}
        assert sorted(o for o, _ in outcomes.values()) == ["duplicate", "processed", "processed"]
        sha = hashlib.sha256(letter).hexdigest()
        (first,) = [f for f in service.store.files() if f.outcome == "processed" and f.sha256 == sha]
        assert first.received_on == date(2025, 6, 2)
        assert archive_path(settings.archive_dir, first.sha256).read_bytes() == letter
        pages = service.store.pages(first.id)
        assert [p.method for p in pages] == ["text_layer"] and "lost my job" in pages[0].text
        assert _files_under(settings.inbox_dir) == []  # nothing left behind, claims included
        kinds = [e.kind for e in service.store.events()]
        assert kinds.count("processed") == 2 and kinds.count("duplicate") == 1


def _files_under(inbox: Path) -> list[Path]:
    return [p for p in inbox.rglob("*") if p.is_file()]


@pytest.mark.parametrize(
    ("builder", "reason"),
    [
        (pf.empty_pdf, "empty_file"),
        (pf.truncated_pdf, "corrupt_pdf"),
        (pf.garbage_pdf, "corrupt_pdf"),
        (pf.encrypted_pdf, "encrypted_pdf"),
        (pf.jpeg_named_pdf, "not_a_pdf"),
        (pf.html_named_pdf, "not_a_pdf"),
        (pf.many_pages_pdf, "too_many_pages"),
        (lambda: pf.with_page_box(pf.text_pdf([LETTER]), 0, (0, 0, 0, 0)), "unreadable_page"),
    ],
)
def test_bad_input_is_quarantined_with_a_reason_and_kept(settings: Settings, builder, reason: str) -> None:
    data = builder()
    with Service(settings) as service:
        _drop(settings, "bad input.pdf", data)
        service.sweep()
        assert _outcomes(service) == {"bad input.pdf": ("quarantined", reason)}
    kept = settings.quarantine_dir / "bad input.pdf"
    assert kept.read_bytes() == data
    why = json.loads((settings.quarantine_dir / "bad input.pdf.reason.json").read_text())
    assert why["reason"] == reason and why["message"] and "Traceback" not in why["message"]


def test_too_large_is_judged_before_reading(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, settle_seconds=0, incomplete_grace_seconds=0, workers=1, max_file_bytes=1000)
    with Service(settings) as service:
        _drop(settings, "big.pdf", pf.text_pdf([LETTER] * 3))
        service.sweep()
        assert _outcomes(service) == {"big.pdf": ("quarantined", "too_large")}


def test_active_content_and_a_huge_page_are_read_not_run(settings: Settings) -> None:
    with Service(settings) as service:
        _drop(settings, "js.pdf", pf.active_content_pdf())
        _drop(settings, "poster.pdf", pf.huge_page_pdf())
        service.sweep()
        outcomes = _outcomes(service)
        assert outcomes["js.pdf"] == ("processed", None)
        assert outcomes["poster.pdf"] == ("processed", None)  # read within the pixel cap


def test_a_crash_after_the_claim_is_finished_by_the_next_pass(settings: Settings) -> None:
    letter = pf.text_pdf([LETTER])
    path = _drop(settings, "letter.pdf", letter)
    orphan = claim(settings.inbox_dir, path, date(2025, 6, 2))  # ... and the process died here
    assert orphan is not None
    orphan.unlock()
    with Service(settings) as service:
        service.sweep()
        assert _outcomes(service) == {"letter.pdf": ("processed", None)}
        assert service.store.files()[0].received_on == date(2025, 6, 2)
    assert list(claims_dir(settings.inbox_dir).iterdir()) == []


def test_a_crash_after_recording_only_releases_the_claim(settings: Settings) -> None:
    letter = pf.text_pdf([LETTER])
    with Service(settings) as service:
        path = _drop(settings, "letter.pdf", letter)
        taken = claim(settings.inbox_dir, path, date(2025, 6, 2))
        assert taken is not None
        service._take(taken, SweepResult())  # recorded...
        taken.unlock()  # ...and the process died before releasing the claim
        service.sweep()
        assert len(service.store.files()) == 1  # not recorded twice
    assert list(claims_dir(settings.inbox_dir).iterdir()) == []


def test_a_crash_before_the_case_reports_were_written_is_mended_on_restart(settings: Settings) -> None:
    with Service(settings) as service:
        path = _drop(settings, "0012345678/letter.pdf", pf.text_pdf([LETTER]))
        taken = claim(settings.inbox_dir, path, date(2025, 6, 2))
        assert taken is not None
        service._take(taken, SweepResult())  # recorded with its documents...
        taken.release()  # ...and the process died before the case was judged
    case_json = settings.outbox_dir / "0012345678" / "case.json"
    assert not case_json.exists()
    with Service(settings) as service:
        service.sweep()
        assert json.loads(case_json.read_text())["loan_number"] == "0012345678"
        assert service.store.cases_behind() == set()


def test_a_full_disk_keeps_the_file_and_retries(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    letter = pf.text_pdf([LETTER])
    _drop(settings, "letter.pdf", letter)
    real_copy = archive_module.durable_copy

    def disk_full(source: Path, target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with Service(settings) as service:
        monkeypatch.setattr(archive_module, "durable_copy", disk_full)
        result = service.sweep()
        assert result.failed == 1 and service.store.files() == []
        assert sorted(p.suffix for p in claims_dir(settings.inbox_dir).iterdir()) == [".claimed", ".json"]
        monkeypatch.setattr(archive_module, "durable_copy", real_copy)
        service.sweep()
        assert _outcomes(service) == {"letter.pdf": ("processed", None)}


def test_nothing_the_service_writes_is_world_readable(settings: Settings) -> None:
    with Service(settings) as service:
        _drop(settings, "0012345678/letter.pdf", pf.text_pdf([LETTER]))
        _drop(settings, "empty.pdf", b"")
        service.sweep()
    written = [
        p
        for folder in (settings.archive_dir, settings.quarantine_dir, settings.outbox_dir)
        for p in [folder, *folder.rglob("*")]
    ] + [settings.home / "lossmit.db"]
    assert (settings.outbox_dir / "0012345678" / "case.json") in written
    assert (settings.outbox_dir / "0012345678" / "report.html") in written
    assert all(stat.S_IMODE(p.stat().st_mode) & 0o007 == 0 for p in written)


def test_unreadable_pages_are_marked_and_the_rest_is_read(settings: Settings) -> None:
    data = pf.zero_box_pdf()
    with Service(settings) as service:
        _drop(settings, "two pages.pdf", data)
        service.sweep()
        (row,) = service.store.files()
        assert row.outcome == Outcome.PROCESSED
        pages = service.store.pages(row.id)
        assert pages[0].error is None and "hardship" in pages[0].text
        assert pages[1].error


def test_a_pay_stub_joins_its_application_arriving_in_the_same_batch(settings: Settings) -> None:
    application = pf.form710_filled({"Text_1": "0012345678", "Text_2": "Maria Gonzalez"})
    stub = pf.text_pdf([["Riverside Medical Group  Earnings Statement", "Employee: Maria Gonzalez",
                         "Pay Date: 05/30/2025", "Gross Pay $2,412.50  YTD Gross $26,537.50"]])
    with Service(settings, received_on=date(2025, 6, 2)) as service:
        _drop(settings, "a stub.pdf", stub)  # taken first: no case knows Maria Gonzalez yet
        _drop(settings, "b application.pdf", application)
        service.sweep()
        assert service.store.unassigned_documents() == []
    case = json.loads((settings.outbox_dir / "0012345678" / "case.json").read_text())
    assert sorted(d["type"] for d in case["documents"]) == ["mortgage_assistance_application", "pay_stub"]


def test_a_files_misread_page_follows_the_page_its_borrowers_name_placed(settings: Settings) -> None:
    """Two stubs scanned into one file before the application arrives: OCR misspelt the name on one of
    them; it goes with the other into the case the name opens, not left unplaced."""
    application = pf.form710_filled({"Text_1": "0012345678", "Text_2": "Maria Gonzalez"})
    stubs = pf.text_pdf([["Riverside Medical Group  Earnings Statement  Page 1 of 1", f"Employee: {name}",
                          f"Pay Date: {day}", "Gross Pay $2,412.50  YTD Gross $26,537.50"]
                         for name, day in (("Maria Gonzalez", "05/16/2025"), ("Maria Gonza1ez", "05/30/2025"))])
    with Service(settings, received_on=date(2025, 6, 2)) as service:
        _drop(settings, "a stubs.pdf", stubs)  # taken first: no case knows Maria Gonzalez yet
        _drop(settings, "b application.pdf", application)
        service.sweep()
        assert service.store.unassigned_documents() == []
    case = json.loads((settings.outbox_dir / "0012345678" / "case.json").read_text())
    assert sorted(d["type"] for d in case["documents"]) == ["mortgage_assistance_application", "pay_stub", "pay_stub"]


def test_a_bug_while_taking_a_file_keeps_it_claimed_for_a_retry(settings: Settings,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _drop(settings, "letter.pdf", pf.text_pdf([LETTER]))
    with Service(settings) as service:
        real = service.store.record_file
        monkeypatch.setattr(service.store, "record_file", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("x")))
        assert service.sweep().failed == 1
        monkeypatch.setattr(service.store, "record_file", real)
        service.sweep()  # the same process retries its own failed claim
        assert _outcomes(service) == {"letter.pdf": ("processed", None)}
    assert list(claims_dir(settings.inbox_dir).iterdir()) == []


def test_a_file_that_cannot_be_moved_is_left_alone_without_leaks(settings: Settings,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = _drop(settings, "locked.pdf", pf.text_pdf([LETTER]))

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(claim_module.os, "rename", refuse)
    assert claim(settings.inbox_dir, path, date(2025, 6, 2)) is None
    assert path.exists() and list(claims_dir(settings.inbox_dir).iterdir()) == []


def test_full_ssns_never_reach_the_database(settings: Settings) -> None:
    with Service(settings) as service:
        _drop(settings, "letter.pdf", pf.text_pdf([[*LETTER, "My SSN is 900-12-3456."]]))
        service.sweep()
    raw = (settings.home / "lossmit.db").read_bytes()
    assert b"900-12-3456" not in raw and b"3456" in raw
