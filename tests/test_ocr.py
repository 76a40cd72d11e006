"""The OCR worker, called directly with real tesseract: orientation, barcodes, pixel cap, failures."""

from __future__ import annotations

import stat
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytesseract
import pytest
from PIL import Image, ImageDraw

import pdf_factory as pf
from lossmit_docs.model import TextMethod
from lossmit_docs.reading import ocr
from lossmit_docs.reading.ocr import PageUnreadable, ocr_page, render, render_scale, without_rules
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


def boxed_grid_scan(path: Path, cells: tuple[tuple[tuple[str, str], ...], ...], style: pf.ScanStyle) -> None:
    """A scanned pay-stub header: every label and its value boxed together in a ruled grid."""
    sheet = pf.blank_sheet(style)
    draw = ImageDraw.Draw(sheet)
    inch = style.dpi
    label_font, value_font = pf._font(round(8 * inch / 72)), pf._font(round(12 * inch / 72))
    width, height = round(2.2 * inch), round(0.6 * inch)
    for row, row_cells in enumerate(cells):
        for col, (label, value) in enumerate(row_cells):
            x, y = round(0.8 * inch) + col * width, inch + row * height
            draw.rectangle((x, y, x + width, y + height), outline=30, width=3)
            draw.text((x + 12, y + 8), label, fill=40, font=label_font)
            draw.text((x + 12, y + round(0.28 * inch)), value, fill=20, font=value_font)
    pf.images_pdf([pf.as_scanned(sheet, style)], style.dpi, path)


def test_values_boxed_in_a_ruled_grid_are_read(tmp_path: Path) -> None:
    cells = (
        (("EMPLOYEE", "Mark Snyder"), ("EMPLOYEE ID", "505886"), ("PAY PERIOD", "06/16/2025 - 06/30/2025")),
        (("CHECK DATE", "06/30/2025"), ("PAY FREQUENCY", "Twice monthly"), ("NET PAY", "$1,937.77")),
    )
    path = tmp_path / "stub.pdf"
    boxed_grid_scan(path, cells, pf.styled(SCAN, skew=0.8))
    page = ocr_page(path, 1, SETTINGS)
    assert page.error is None
    read = {word.text for word in page.words}
    for row in cells:
        for label, value in row:
            assert value in page.text and label in page.text
            assert set(value.split()) <= read


def test_ruling_lines_are_whitened_and_text_kept() -> None:
    style = pf.ScanStyle(dpi=200, skew=1.0)  # no speckles: every dark pixel left must be a line's or text's
    sheet = pf.blank_sheet(style)
    draw = ImageDraw.Draw(sheet)
    draw.rectangle((200, 200, 1400, 500), outline=0, width=3)  # a box 6 x 1.5 inches
    draw.line((200, 900, 1400, 900), fill=0, width=2)  # a fill-in line
    draw.rectangle((200, 1200, 1400, 1400), fill=40)  # a dark bar: no line, kept
    pf.draw_lines(sheet, ["Twice monthly"], style, top_inch=1.5)
    scan = pf.as_scanned(sheet, style)
    cleaned = np.asarray(without_rules(scan, style.dpi)) < 128
    before = np.asarray(scan) < 128
    assert before[180:520, 180:1420].sum() > 5000 and cleaned[150:250, :].sum() == 0  # the box's top edge
    assert cleaned[850:950, :].sum() < 0.02 * before[850:950, :].sum()  # the fill-in line, but for its very ends
    assert cleaned[1220:1380, 300:1300].all()  # the bar's inside
    text = (slice(290, 340), slice(200, 700))  # "Twice monthly" at 1.5 inch, inside the box
    assert cleaned[text].sum() >= 0.9 * before[text].sum() > 0


def entry_sheet(style: pf.ScanStyle) -> tuple[Image.Image, tuple[float, float, float, float]]:
    """A scanned form row: a printed label, then an entry written on its fill-in line; the entry's box."""
    sheet = pf.blank_sheet(style)
    draw = ImageDraw.Draw(sheet)
    inch = style.dpi
    draw.text((inch, 2 * inch), "Account number:", fill=20, font=pf._font(round(12 * inch / 72)))
    left, top = round(3.2 * inch), round(1.95 * inch)
    draw.text((left, top), "8962784045", fill=60, font=pf._font(round(16 * inch / 72)))
    right, bottom = draw.textbbox((left, top), "8962784045", font=pf._font(round(16 * inch / 72)))[2:]
    draw.line((3 * inch, bottom + 6, 7 * inch, bottom + 6), fill=30, width=2)
    width, height = sheet.size
    return pf.as_scanned(sheet, style), (left / width, top / height, right / width, bottom / height)


def test_unsure_entry_is_read_again_by_the_second_reader() -> None:
    style = pf.ScanStyle(dpi=200, skew=0.3)
    image, (x0, y0, x1, y1) = entry_sheet(style)
    label = ocr.Word("Account", 0.95, (1 / 8.5, 2 / 11, 1.8 / 8.5, 2.2 / 11))
    number = ocr.Word("number:", 0.95, (1.85 / 8.5, 2 / 11, 2.6 / 8.5, 2.2 / 11))
    # what tesseract makes of a pen entry: fragments at low confidence covering part of it
    fragments = (ocr.Word("TARAS", 0.28, (x0 + 0.1 * (x1 - x0), y0, x0 + 0.45 * (x1 - x0), y1)),
                 ocr.Word("B59", 0.0, (x0 + 0.55 * (x1 - x0), y0, x0 + 0.8 * (x1 - x0), y1)))
    first = ocr.OcrResult("Account number: TARAS B59", (label, number, *fragments), 0.55, lines=((1, 1, 1),) * 4)
    second = ocr.reread_entries(first, without_rules(image, style.dpi), max_crops=4)
    assert [w.text for w in second.words[:2]] == ["Account", "number:"]
    read = second.words[2:]
    assert [w.text for w in read] == ["8962784045"]
    assert read[0].confidence > 0.8 and second.confidence > first.confidence
    assert read[0].box[0] <= x0 + 0.02 and read[0].box[2] >= x1 - 0.02  # grown over the whole entry's ink
    assert second.text == "Account number: 8962784045"
    assert ocr.reread_entries(first, without_rules(image, style.dpi), max_crops=0) == first


def test_an_unsure_word_the_second_reader_reads_alike_is_confirmed() -> None:
    """Two readers agreeing on a faxed number tesseract doubted make it sure; the words stay tesseract's
    and are not marked as the second reader's guess (which would hold a typed name to review)."""
    style = pf.ScanStyle(dpi=200)
    image, (x0, y0, x1, y1) = entry_sheet(style)
    label = ocr.Word("Account", 0.95, (1 / 8.5, 2 / 11, 1.8 / 8.5, 2.2 / 11))
    number = ocr.Word("number:", 0.95, (1.85 / 8.5, 2 / 11, 2.6 / 8.5, 2.2 / 11))
    doubted = ocr.Word("8962784045", 0.3, (x0, y0, x1, y1))
    first = ocr.OcrResult("Account number: 8962784045", (label, number, doubted), 0.7, lines=((1, 1, 1),) * 3)
    read = ocr.reread_entries(first, without_rules(image, style.dpi), max_crops=4).words
    assert [w.text for w in read] == ["Account", "number:", "8962784045"]
    assert read[2].confidence > 0.8 and not read[2].second_reader and read[2].box == doubted.box


def test_checkbox_rows_are_left_to_tesseract() -> None:
    style = pf.ScanStyle(dpi=200)
    sheet = pf.blank_sheet(style)
    pf.draw_lines(sheet, ["[X] Keep the property [ ] Sell the property"], style, top_inch=2)
    image = pf.as_scanned(sheet, style)
    words = (ocr.Word("JX]", 0.1, (1 / 8.5, 2 / 11, 1.3 / 8.5, 2.2 / 11)),
             ocr.Word("Keep", 0.3, (1.4 / 8.5, 2 / 11, 1.9 / 8.5, 2.2 / 11)))
    first = ocr.OcrResult("JX] Keep", words, 0.2, lines=((1, 1, 1),) * 2)
    assert ocr.reread_entries(first, image, max_crops=4).words[0].text == "JX]"


def test_dot_leaders_are_whitened_and_the_label_and_amount_kept() -> None:
    style = pf.ScanStyle(dpi=200)
    sheet = pf.blank_sheet(style)
    draw = ImageDraw.Draw(sheet)
    draw.text((200, 400), "Monthly gross wages/salary", fill=20, font=pf._font(33))
    for x in range(800, 1400, 12):  # a leader: one small dot every 0.06 inch
        draw.rectangle((x, 425, x + 3, 428), fill=20)
    draw.text((1420, 400), "$5,000", fill=20, font=pf._font(33))
    scan = pf.as_scanned(sheet, style)
    cleaned = np.asarray(without_rules(scan, style.dpi)) < 128
    before = np.asarray(scan) < 128
    leader = (slice(410, 440), slice(820, 1380))
    assert before[leader].sum() > 300 and cleaned[leader].sum() < 0.05 * before[leader].sum()
    for text in ((slice(395, 445), slice(200, 780)), (slice(395, 445), slice(1420, 1560))):
        assert cleaned[text].sum() >= 0.9 * before[text].sum() > 0


def test_ink_tesseract_found_no_words_in_is_read_by_the_second_reader() -> None:
    """An entry tesseract returned nothing for (faint or outlined writing): no unsure word points at it,
    the ink itself does; the reading goes on the label's line, after the label."""
    style = pf.ScanStyle(dpi=200)
    image, (x0, y0, x1, y1) = entry_sheet(style)
    label = ocr.Word("Account", 0.95, (1 / 8.5, 2 / 11, 1.8 / 8.5, 2.2 / 11))
    number = ocr.Word("number:", 0.95, (1.85 / 8.5, 2 / 11, 2.6 / 8.5, 2.2 / 11))
    first = ocr.OcrResult("Account number:", (label, number), 0.95, lines=((1, 1, 1),) * 2)
    second = ocr.reread_entries(first, without_rules(image, style.dpi), max_crops=4, raw=image)
    assert [w.text for w in second.words] == ["Account", "number:", "8962784045"]
    assert second.text == "Account number: 8962784045"
    found = second.words[2].box
    assert found[0] <= x0 + 0.02 and found[2] >= x1 - 0.02
    assert found[1] >= y0 - 0.02 and found[3] <= y1 + 0.02  # as tall as the ink, not the crop's margins


def test_a_second_reading_is_as_tall_as_its_writing_not_the_specks_beside_it() -> None:
    """Grain on grey stock in the crop's margins, above and below the entry, is not the line's height: a
    reading as tall as its crop leaves the label's row and the answer is lost."""
    style = pf.ScanStyle(dpi=200)
    image, (x0, y0, x1, y1) = entry_sheet(style)
    width, height = image.size
    draw = ImageDraw.Draw(image)
    line = (y1 - y0) * height
    for fraction in (0.1, 0.4, 0.7):  # specks a little above and below the entry, inside its crop
        x = round((x0 + fraction * (x1 - x0)) * width)
        for y in (round(y0 * height - 0.45 * line), round(y1 * height + 0.45 * line)):
            draw.rectangle((x, y, x + 2, y + 2), fill=20)
    label = ocr.Word("Account", 0.95, (1 / 8.5, 2 / 11, 1.8 / 8.5, 2.2 / 11))
    number = ocr.Word("number:", 0.95, (1.85 / 8.5, 2 / 11, 2.6 / 8.5, 2.2 / 11))
    first = ocr.OcrResult("Account number:", (label, number), 0.95, lines=((1, 1, 1),) * 2)
    found = ocr.reread_entries(first, without_rules(image, style.dpi), max_crops=4, raw=image).words[2]
    assert found.text == "8962784045"
    assert found.box[1] >= y0 - 0.004 and found.box[3] <= y1 + 0.004


def test_the_rows_of_writing_are_the_inkiest_run_not_the_inkiest_row() -> None:
    """A crop's ink by row, as read off a phone photo of a boxed form: the foot of the line above (rows
    0-7) has the inkiest single row, the writing (rows 21-64) the most ink; specks below it (79-86)."""
    profile = np.array([97, 92, 74, 62, 49, 35, 16, 8] + [0] * 13 + [31] * 44 + [0] * 14 + [30] * 8)
    assert ocr.handwriting._writing_rows(profile, 200) == (21, 65)  # (no row inked across the crop)
    assert ocr.handwriting._writing_rows(np.zeros(12, dtype=int), 200) == (0, 12)  # no ink: the whole crop


def test_a_second_reading_that_drops_words_tesseract_was_sure_of_is_refused() -> None:
    box = (0.1, 0.1, 0.2, 0.12)
    tesseract = [ocr.Word("the", 0.96, box), ocr.Word("property", 0.96, box), ocr.Word("tO", 0.2, box)]
    keeps = ocr.handwriting._keeps_sure_words
    assert not keeps([ocr.Word("erty", 0.97, box), ocr.Word("subject", 0.97, box)], tesseract)
    assert keeps([ocr.Word("the", 0.97, box), ocr.Word("property,", 0.97, box), ocr.Word("to", 0.97, box)], tesseract)
