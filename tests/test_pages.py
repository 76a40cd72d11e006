"""read_pages / PageReader end to end over a real worker pool and real tesseract."""

from __future__ import annotations

import os
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import pdf_factory as pf
from lossmit_docs.model import Page, Reason, Rejected, TextMethod
from lossmit_docs.reading import ocr
from lossmit_docs.reading.pages import CRASHED, PageReader, read_pages
from lossmit_docs.settings import Settings

SETTINGS = Settings(workers=2, ocr_dpi=200)
SCAN = pf.ScanStyle(dpi=200)
LETTER_WORDS = ("hardship", "modification")


# Pool tasks must be importable functions: these run inside the worker processes.
def recording_ocr(path: Path, number: int, settings: Settings) -> Page:
    """The real OCR, leaving a mark beside the PDF for every page it was asked to read."""
    (path.parent / f"ocr-called-{path.stem}-{number}").touch()
    return ocr.ocr_page(path, number, settings)


def crash_on_page_two(path: Path, number: int, settings: Settings) -> Page:
    if number == 2:
        os._exit(3)  # as a segfault in a PDF library would: the worker process is gone
    return ocr.ocr_page(path, number, settings)


def hang_on_page_two(path: Path, number: int, settings: Settings) -> Page:
    if number == 2:
        time.sleep(600)
    return ocr.ocr_page(path, number, settings)


def ocr_calls(folder: Path, stem: str) -> set[int]:
    return {int(p.name.rsplit("-", 1)[1]) for p in folder.glob(f"ocr-called-{stem}-*")}


@pytest.fixture(scope="module")
def reader() -> Iterator[PageReader]:
    with PageReader(SETTINGS, ocr_function=recording_ocr) as page_reader:
        yield page_reader


def scans(count: int) -> bytes:
    return pf.scanned_pdf([pf.SAMPLE_LETTER[:3]] * count, SCAN)


def test_mixed_file_uses_text_layer_where_it_can_and_ocr_elsewhere(tmp_path: Path, reader: PageReader) -> None:
    path = tmp_path / "mixed.pdf"
    pf.concat_pdfs(
        [
            pf.text_pdf([["Account statement for March", "Beginning balance 1,200.00", "Ending balance 950.00"]]),
            pf.scanned_pdf([pf.SAMPLE_LETTER], SCAN),
            pf.scanned_pdf([pf.SAMPLE_LETTER], pf.styled(SCAN, rotation=180)),
            pf.images_pdf([pf.separator_image("0098765432", pf.FAX)], pf.FAX.dpi),
        ],
        path,
    )
    pages = reader.read(path)
    assert [p.number for p in pages] == [1, 2, 3, 4]
    assert [p.method for p in pages] == [TextMethod.TEXT_LAYER] + [TextMethod.OCR] * 3
    assert "Ending balance 950.00" in pages[0].text and pages[0].confidence == 1.0
    for page in pages[1:3]:
        assert all(word in page.text for word in LETTER_WORDS)
    assert [p.rotation for p in pages] == [0, 0, 180, 0]
    assert pages[3].barcodes == ("LOAN 0098765432",)
    assert ocr_calls(tmp_path, "mixed") == {2, 3, 4}  # the text-layer page never reached OCR


def test_text_layer_pdf_is_never_ocrd(tmp_path: Path, reader: PageReader) -> None:
    path = tmp_path / "statement.pdf"
    pf.text_pdf([pf.SAMPLE_LETTER] * 30, path)
    pages = reader.read(path)
    assert len(pages) == 30
    assert {p.method for p in pages} == {TextMethod.TEXT_LAYER}
    assert all("hardship" in p.text for p in pages)
    assert ocr_calls(tmp_path, "statement") == set()


def test_digital_cover_sheet_barcode_is_read_without_ocr(tmp_path: Path, reader: PageReader) -> None:
    path = tmp_path / "cover.pdf"
    pf.digital_separator_pdf("0011223344", path)
    (page,) = reader.read(path)
    assert page.method is TextMethod.TEXT_LAYER and "COVER SHEET" in page.text
    assert page.barcodes == ("LOAN 0011223344",)
    assert ocr_calls(tmp_path, "cover") == set()


def test_filled_form710_fields_come_back(tmp_path: Path, reader: PageReader) -> None:
    path = tmp_path / "form710.pdf"
    pf.form710_filled(
        {
            "Text_1": "0012345678",
            "Text_2": "Maria Gonzalez",
            "Text_3": "4321",
            "Checkbox_24": True,
            "Checkbox_25": False,
            "Date_1": "01/15/2025",
            "Checkbox_42": True,
            "Number_2": "4200.00",
        },
        path,
    )
    pages = reader.read(path)
    assert [p.method for p in pages] == [
        TextMethod.FORM_FIELD,
        TextMethod.FORM_FIELD,
        TextMethod.FORM_FIELD,
        TextMethod.TEXT_LAYER,
    ]
    assert pages[0].form_fields == {
        "Text_1": "0012345678",
        "Text_2": "Maria Gonzalez",
        "Text_3": "4321",
        "Checkbox_24": "Checkbox_24",
    }
    assert pages[1].form_fields == {"Date_1": "01/15/2025", "Checkbox_42": "Checkbox_42"}
    assert pages[2].form_fields == {"Number_2": "4200.00"}
    assert "Borrower's name Maria Gonzalez" in pages[0].text
    assert "Mortgage Assistance Application" in pages[0].text
    assert ocr_calls(tmp_path, "form710") == set()


def test_rejected_file_raises_with_its_reason(tmp_path: Path, reader: PageReader) -> None:
    path = tmp_path / "photo.pdf"
    pf.jpeg_named_pdf(path)
    with pytest.raises(Rejected) as caught:
        reader.read(path)
    assert caught.value.reason is Reason.NOT_A_PDF


def test_zero_size_page_is_unreadable_and_the_rest_is_read(tmp_path: Path, reader: PageReader) -> None:
    path = tmp_path / "zero.pdf"
    pf.zero_box_pdf(path)
    first, second = reader.read(path)
    assert first.readable and "hardship" in first.text
    assert not second.readable and "no area" in (second.error or "")


def test_huge_page_is_read_within_the_pixel_cap(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    pf.huge_page_pdf(200, path)
    (page,) = read_pages(path, SETTINGS.model_copy(update={"max_page_pixels": 1_500_000}))
    assert page.readable and page.method is TextMethod.OCR and "HUGE" in page.text


def test_owner_locked_and_active_content_pdfs_are_read(tmp_path: Path, reader: PageReader) -> None:
    locked, active = tmp_path / "locked.pdf", tmp_path / "active.pdf"
    pf.encrypted_pdf(user_password="", path=locked)
    pf.active_content_pdf(active)
    for path in (locked, active):
        (page,) = reader.read(path)
        assert page.method is TextMethod.TEXT_LAYER and "hardship" in page.text


def fake_tesseract(folder: Path, first_call: str) -> Path:
    """A `tesseract` whose first read (in any worker) misbehaves; later calls run the real one."""
    real = shutil.which("tesseract")
    assert real is not None
    script = folder / "bin" / "tesseract"
    script.parent.mkdir()
    script.write_text(
        "#!/bin/sh\n"
        f'[ "$1" = --version ] || ! mkdir "{folder / "first-read"}" 2>/dev/null || {first_call}\n'
        f'exec {real} "$@"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script.parent


@pytest.mark.parametrize(
    ("first_call", "timeout", "said"),
    [("kill -SEGV $$", 120.0, "tesseract failed"), ("exec sleep 60", 4.0, "longer than the time allowed")],
)
def test_tesseract_failing_on_one_page_spares_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_call: str, timeout: float, said: str
) -> None:
    monkeypatch.setenv("PATH", f"{fake_tesseract(tmp_path, first_call)}{os.pathsep}{os.environ['PATH']}")
    path = tmp_path / "scans.pdf"
    path.write_bytes(scans(3))
    pages = read_pages(path, SETTINGS.model_copy(update={"ocr_timeout_seconds": timeout}))
    failed = [p for p in pages if not p.readable]
    assert len(failed) == 1
    assert failed[0].method is TextMethod.NONE and said in (failed[0].error or "")
    for page in pages:
        if page.readable:
            assert page.method is TextMethod.OCR and "hardship" in page.text


def test_crashed_worker_costs_one_page_and_the_reader_lives_on(tmp_path: Path) -> None:
    path = tmp_path / "scans.pdf"
    path.write_bytes(scans(3))
    with PageReader(SETTINGS, ocr_function=crash_on_page_two) as page_reader:
        pages = page_reader.read(path)
        assert [p.readable for p in pages] == [True, False, True]
        assert pages[1].error == CRASHED
        assert all("hardship" in pages[i].text for i in (0, 2))
        again = tmp_path / "after.pdf"
        pf.text_pdf([pf.SAMPLE_LETTER], again)
        assert page_reader.read(again)[0].method is TextMethod.TEXT_LAYER


def test_hung_worker_is_killed_and_costs_one_page(tmp_path: Path) -> None:
    path = tmp_path / "scans.pdf"
    path.write_bytes(scans(3))
    with PageReader(SETTINGS, ocr_function=hang_on_page_two) as page_reader:
        page_reader.stall_seconds = 4.0
        started = time.monotonic()
        pages = page_reader.read(path)
    assert time.monotonic() - started < 60
    assert [p.readable for p in pages] == [True, False, True]
    assert pages[1].error == CRASHED
