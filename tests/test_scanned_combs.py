"""A servicer's form scanned grey at 300 dpi whose answers are typed one character a box ("comb" fields).

The "BORROWER RESPONSE PACKAGE" asks for the loan number, the names, the property's street and city, phones and
the employer one capital letter or digit in each of a row of touching boxes, ten combs down the page. On a scan
the page has no text layer: the boxes' top and bottom edges run as long horizontal lines (painted out as ruling
lines), but their sides are short upright strokes that tesseract reads as "|" between the letters
("}2|2|a|7| |@|riele|y|"). OCR sees those bars (COMB_ROWS lines with COMB_BARS "|" or more) and reads those
lines again with the short strokes that join a line above to one below painted out too
(`without_rules(..., combs=True)`, `_teeth`).

The page is drawn with reportlab (box lines 0.6 pt: at 0.8 pt tesseract reads most sides as "[", "]", "{"
rather than "|" and too few lines show bars to set the second reading off), printed to a grey image-only PDF
(`printed_and_scanned`) and read with real tesseract.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import SCAN_DPI
from lossmit_docs.model import Page
from lossmit_docs.reading.ocr import ocr_page, without_rules
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.settings import Settings
from pdf_factory import draw_text, printed_and_scanned

BOX_W, BOX_H = 16.0, 18.0  # one comb box, in points
LEFT = 54.0


def _comb(pdf: canvas.Canvas, x: float, top: float, text: str) -> None:
    """Touching boxes from `x`, their top `top` points under the page's top, one character centred in each;
    a space is an empty box."""
    pdf.setLineWidth(0.6)  # thin box lines, as printed forms have
    pdf.setFont("Helvetica", 11)
    for i, char in enumerate(text):
        left = x + BOX_W * i
        pdf.rect(left, letter[1] - top - BOX_H, BOX_W, BOX_H, stroke=1, fill=0)
        if char != " ":
            pdf.drawCentredString(left + BOX_W / 2, letter[1] - top - 13, char)


ROWS = (("1a Loan number", "4002719836"), ("1b Borrower - name", "MARCUS FERRANTE"),
        ("2a Property street address", "2217 GREEN STREET"), ("2b City", "HARRISBURG"), ("2c ZIP code", "17102"),
        ("3a Co-borrower - name", "DIANA FERRANTE"), ("3b Home phone", "7175550142"), ("3c Cell phone", "7175550187"),
        ("4a Employer", "CAPITAL AREA TRANSIT"), ("4b Monthly income", "4250"))  # a full page, as real forms are


def _response_package(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, LEFT, 56, "BORROWER RESPONSE PACKAGE", 15, "Helvetica-Bold")
    draw_text(pdf, LEFT, 74, "Print in capitals, one letter or number in each box. Leave a box empty between "
                             "words.", 8)
    for i, (caption, answer) in enumerate(ROWS):
        top = 100 + 38 * i
        draw_text(pdf, LEFT, top - 3, caption, 8)
        _comb(pdf, LEFT, top, answer)
    draw_text(pdf, LEFT, 750, "Form BRP-3  Page 1 of 1", 7)
    pdf.save()
    return path


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("combs")
    born = _response_package(folder / "response package.pdf")
    return printed_and_scanned(born, SCAN_DPI, folder / "response package scan.pdf")


def _assert_combs_read(page: Page) -> None:
    """The loan number, street and city whole once each line's characters are joined (all but capitals and
    digits taken out), and no line holding the boxes' sides read as a run of "|"."""
    squashed = [re.sub(r"[^A-Z0-9]", "", line) for line in page.text.splitlines()]
    for answer in ("4002719836", "2217GREENSTREET", "HARRISBURG"):
        assert any(answer in line for line in squashed), (answer, page.text)
    assert not [line for line in page.text.splitlines() if line.count("|") >= 4], page.text


def test_a_scanned_comb_forms_answers_come_out_whole(reader: PageReader, scan: Path) -> None:
    """The real PageReader: the page's ten combs are read without their boxes' sides. (Before, the second
    reader's crops did not reach every row: the name and the employer stayed "IMJAIR[clu|s] [FlE]RIRIA|N| TIE |"
    and "Ic/A|P|i|TlA|L] JalR{ElA] |T{RIA[N[s| [7".)"""
    pages = reader.read(scan)
    assert len(pages) == 1
    _assert_combs_read(pages[0])


def test_tesseract_alone_reads_the_combs_once_their_sides_are_gone(scan: Path) -> None:
    """`ocr_page` with no second reader: tesseract's own reading of the combs is whole, so the fix does not
    lean on the handwriting reader. (Before: "}4jolo|2|7|1]9/8|3]6|", "[2|2/1/7| |e[Rlele[n| [s|t[Rlefelt|",
    "JHJA|R|R|1/S|B/U]R|G|".)"""
    page = ocr_page(scan, 1, Settings(workers=1, ocr_dpi=SCAN_DPI, handwriting_crops_per_page=0))
    assert page.error is None
    _assert_combs_read(page)


def _comb_image(combs: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A 300 dpi sheet with a 0.5 in comb: top and bottom lines, five upright sides at an even pitch and a
    letter-like blob in one box touching neither line. The cleaned pixels, the sides' mask and the blob's."""
    pixels = np.full((120, 260), 255, dtype=np.uint8)
    x0, top, bottom, pitch = 50, 40, 100, 36  # 150 px = 0.5 in wide
    pixels[top : top + 3, x0 : x0 + 150] = 20
    pixels[bottom - 3 : bottom, x0 : x0 + 150] = 20
    sides = np.zeros(pixels.shape, dtype=bool)
    for x in range(x0, x0 + 150, pitch):
        sides[top + 3 : bottom - 3, x : x + 3] = True
    pixels[sides] = 20
    blob = np.zeros(pixels.shape, dtype=bool)
    blob[top + 14 : bottom - 14, x0 + pitch + 12 : x0 + pitch + 24] = True  # an "I"/"l" between two sides
    pixels[blob] = 20
    cleaned = np.asarray(without_rules(Image.fromarray(pixels), 300, combs=combs))
    return cleaned, sides, blob


def test_without_rules_paints_out_a_combs_sides_but_not_a_letter_between_them() -> None:
    """With combs=True the short strokes joining the top line to the bottom one turn to paper while a stroke
    that touches neither line (a letter in a box) stays ink; with combs=False the sides stay. (The old
    `without_rules` has no `combs` parameter, so this test cannot run on it.)"""
    cleaned, sides, blob = _comb_image(combs=True)
    assert (cleaned[sides] > 200).all()
    assert (cleaned[blob] < 100).all()
    kept, sides, blob = _comb_image(combs=False)
    sides[:50] = sides[90:] = False  # (the ends of a side next to a line go with the line)
    assert (kept[sides] < 100).all()
    assert (kept[blob] < 100).all()
