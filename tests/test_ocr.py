"""The OCR worker, called directly with real tesseract: orientation, barcodes, pixel cap, failures."""

from __future__ import annotations

import stat
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
import pytest

import pdf_factory as pf
from lossmit_docs.model import TextMethod
from lossmit_docs.reading.ocr import PageUnreadable, ocr_page, render, render_scale
from lossmit_docs.settings import Settings

# 200 dpi reads these 13pt lines as well as 300 and keeps the suite fast.
SETTINGS = Settings(ocr_dpi=200)
SCAN = pf.ScanStyle(dpi=200, skew=0.6, noise=0.0005)
EXPECTED_WORDS = ("hardship", "employer", "modification", "Servicing")


def scan_file(tmp_path: Path, style: pf.ScanStyle = SCAN, lines: tuple[str, ...] = pf.SAMPLE_LETTER) -> Path:
    path = tmp_path / "scan.pdf"
    pf.scanned_pdf([lines], style, path=path)
    return path


@pytest.mark.parametrize("turned", [0, 90, 180, 270])
def test_page_is_read_whichever_way_it_lies(tmp_path: Path, turned: int) -> None:
    page = ocr_page(scan_file(tmp_path, pf.styled(SCAN, rotation=turned)), 1, SETTINGS)
    assert page.error is None and page.method is TextMethod.OCR
    for word in EXPECTED_WORDS:
        assert word in page.text
    assert page.rotation == (360 - turned) % 360
    assert page.confidence > 0.7
    assert all(0 <= v <= 1 for word in page.words for v in word.box)
    assert all(0 <= word.confidence <= 1 for word in page.words)


def test_word_boxes_sit_where_the_words_were_drawn(tmp_path: Path) -> None:
    page = ocr_page(scan_file(tmp_path, pf.ScanStyle(dpi=200)), 1, SETTINGS)
    dear = next(word for word in page.words if word.text == "Dear")
    # draw_lines starts text one inch from the left and one inch from the top of an 8.5 x 11 sheet
    assert dear.box[0] == pytest.approx(1 / 8.5, abs=0.01)
    assert dear.box[1] == pytest.approx(1 / 11, abs=0.01)


def test_fax_quality_page_is_read(tmp_path: Path) -> None:
    page = ocr_page(scan_file(tmp_path, pf.FAX), 1, SETTINGS)
    assert page.error is None
    assert "hardship" in page.text and "modification" in page.text


def test_separator_sheet_barcode_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    pf.images_pdf([pf.separator_image("0012345678", pf.FAX)], pf.FAX.dpi, path)
    page = ocr_page(path, 1, SETTINGS)
    assert page.barcodes == ("LOAN 0012345678",)
    assert "0012345678" in page.text


def test_huge_page_is_rendered_within_the_pixel_cap(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    pf.huge_page_pdf(200, path)
    cap = 1_500_000
    pdf = pdfium.PdfDocument(path)
    try:
        image = render(pdf[0], 300, cap)
    finally:
        pdf.close()
    assert image.width * image.height <= cap
    page = ocr_page(path, 1, Settings(max_page_pixels=cap))
    assert page.error is None and page.width_pt == 14400
    assert "HUGE" in page.text


def test_zero_size_page_is_unreadable() -> None:
    with pytest.raises(PageUnreadable):
        render_scale(0, 0, 300, 60_000_000)


def test_image_far_beyond_the_pixel_cap_is_refused(tmp_path: Path) -> None:
    page = ocr_page(scan_file(tmp_path), 1, Settings(max_page_pixels=200_000))
    assert page.method is TextMethod.NONE
    assert page.error is not None and "too large" in page.error


def test_tesseract_timeout_marks_the_page(tmp_path: Path) -> None:
    page = ocr_page(scan_file(tmp_path), 1, Settings(ocr_dpi=200, ocr_timeout_seconds=0.01))
    assert page.method is TextMethod.NONE and page.text == ""
    assert page.error is not None and "longer than the time allowed" in page.error


def test_tesseract_crash_marks_the_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    crashing = tmp_path / "tesseract"
    crashing.write_text("#!/bin/sh\nkill -SEGV $$\n")
    crashing.chmod(crashing.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(crashing))
    page = ocr_page(scan_file(tmp_path), 1, SETTINGS)
    assert page.method is TextMethod.NONE
    assert page.error is not None and "tesseract failed" in page.error
