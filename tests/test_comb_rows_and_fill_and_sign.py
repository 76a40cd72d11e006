"""A servicer's form typed one character a box with two combs on one row, and a flat form filled with a PDF
viewer's "Fill & Sign" tool, its answers and ticks set a little off their places.

Keystone Harbor Servicing's "BORROWER RESPONSE PACKAGE - Financial Information" asks for every answer one
capital letter or digit a box: its text layer has one word per character. A caption row may hold two cells
("1b Borrower - name (first, middle initial, last)" at the left, "1c SSN - last 4 digits" at the right), and
the single row of boxes under it holds both answers: the name's comb at the left and, far to its right, the
four boxes of the SSN's last four. The wide stretch of paper between them parts the two combs, and the row of
capitals under the captions is their answers (it names no field), not one more caption.

Blue Mesa Home Loans' "Mortgage Assistance Request" is a flat PDF (no AcroForm) whose blanks are runs of
underscores. Its borrower filled it with a viewer's Fill & Sign tool, which drops each typed answer where the
finger was: about 10 pt over its label's row, a little right of its blank's start, on no row of the form's own
(the borrower's name alone typed on its line). The ticks ("✓") stand just right of their drawn boxes and about
10 pt over their options' rows, their feet at the boxes' tops. Each answer and tick is read with the row it was
meant for.

Born-digital pages (reportlab) go through the real PageReader and `read_documents` with the text layer's ink.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from conftest import one_document_fields, values_of
from lossmit_docs.model import Field, Page, TextMethod, Word
from lossmit_docs.reading.pages import PageReader
from pdf_factory import draw_text

UNICODE_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # has "✓"
RECEIVED = date(2042, 5, 14)
APPLICATION = "mortgage_assistance_application"
BOX_W, BOX_H = 14.0, 16.0  # one comb box, in points
LEFT = 48.0


def _fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVuSans", UNICODE_FONT))


def _squashed(value: object) -> str:
    return " ".join(str(value).upper().split())


# --- A: combs, two on one row -----------------------------------------------------------------------------


def _comb(pdf: canvas.Canvas, x: float, top: float, text: str) -> float:
    """Touching boxes from `x`, their top `top` points under the page's top, one character centred in each
    (each its own string, so the text layer has one word per character); a space is an empty box. The
    comb's right edge."""
    pdf.setLineWidth(0.6)
    pdf.setFont("Helvetica-Bold", 10)
    for i, char in enumerate(text):
        left = x + BOX_W * i
        pdf.rect(left, letter[1] - top - BOX_H, BOX_W, BOX_H, stroke=1, fill=0)
        if char != " ":
            pdf.drawCentredString(left + BOX_W / 2, letter[1] - top - 12, char)
    return x + BOX_W * len(text)


def _captions(pdf: canvas.Canvas, y: float, *cells: tuple[float, str]) -> None:
    for x, caption in cells:
        draw_text(pdf, x, y, caption, 8)


def _response_package(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, LEFT, 50, "BORROWER RESPONSE PACKAGE - Financial Information", 14, "Helvetica-Bold")
    draw_text(pdf, LEFT, 66, "Keystone Harbor Servicing - Loss Mitigation Department", 9)
    draw_text(pdf, LEFT, 80, "Type or print in capitals, one letter or number in each box. Leave a box empty "
                             "between words.", 8)
    draw_text(pdf, LEFT, 104, "Section 1 - Borrower information", 10, "Helvetica-Bold")
    _captions(pdf, 122, (LEFT, "1a Loan number"))
    _comb(pdf, LEFT, 126, "0062418837")
    _captions(pdf, 160, (LEFT, "1b Borrower - name (first, middle initial, last)"), (430, "1c SSN - last 4 digits"))
    _comb(pdf, LEFT, 164, "ANTHONY R. DELVECCHIO")
    _comb(pdf, 430, 164, "7714")
    _captions(pdf, 198, (LEFT, "1d Co-borrower - name (leave blank if none)"), (430, "1e SSN - last 4 digits"))
    _comb(pdf, LEFT, 202, "GLORIA M. DELVECCHIO")
    _comb(pdf, 430, 202, "3592")
    draw_text(pdf, LEFT, 244, "Section 2 - Property", 10, "Helvetica-Bold")
    _captions(pdf, 262, (LEFT, "2a Property street address"))
    _comb(pdf, LEFT, 266, "1534 MANADA STREET")
    _captions(pdf, 300, (LEFT, "2b City"), (300, "2c State"), (350, "2d ZIP code"))
    _comb(pdf, LEFT, 304, "HARRISBURG")
    _comb(pdf, 300, 304, "PA")
    _comb(pdf, 350, 304, "17104")
    draw_text(pdf, LEFT, 346, "Section 3 - Occupancy (answer Y or N)", 10, "Helvetica-Bold")
    _captions(pdf, 364, (LEFT, "3a Do you live in the property?"), (300, "3b Is the property for sale?"))
    _comb(pdf, LEFT, 368, "Y")
    _comb(pdf, 300, 368, "N")
    draw_text(pdf, LEFT, 760, "Keystone Harbor Servicing  |  Form BRP-2  |  Page 1 of 1", 7)
    pdf.save()
    return path


@pytest.fixture(scope="module")
def comb_form(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _response_package(tmp_path_factory.mktemp("comb") / "Borrower Response Package.pdf")
    return one_document_fields(reader, path, RECEIVED, APPLICATION)


def test_the_borrowers_name_and_ssn_share_one_row_of_boxes(comb_form: dict[str, Field]) -> None:
    """"1b Borrower - name" and "1c SSN - last 4 digits" over one row of boxes: the name's comb at the left,
    the four boxes far right; each is its own answer, and the "1c" caption is no name."""
    got = values_of(comb_form, "borrower_name", "ssn_last4", "loan_number")
    assert _squashed(got["borrower_name"]) == "ANTHONY R. DELVECCHIO", got
    assert got["ssn_last4"] == "7714", got
    assert got["loan_number"] == "0062418837", got


def test_the_co_borrowers_name_beside_the_second_ssn(comb_form: dict[str, Field]) -> None:
    """"1d Co-borrower - name" and "1e SSN - last 4 digits" over the co-borrower's row of boxes."""
    got = values_of(comb_form, "co_borrower_name")
    assert _squashed(got["co_borrower_name"]) == "GLORIA M. DELVECCHIO", got


def test_city_state_and_zip_combs_on_one_row(comb_form: dict[str, Field]) -> None:
    """"2b City   2c State   2d ZIP code" over three combs on one row: each its own word, so the address has
    its city, state and ZIP after the street's comb."""
    got = values_of(comb_form, "property_address")
    assert _squashed(got["property_address"]).replace(",", "") == "1534 MANADA STREET HARRISBURG PA 17104", got


# --- B: Fill & Sign answers -------------------------------------------------------------------------------

FLOAT = 9.5  # points a Fill & Sign answer's baseline stands over its label's
LABEL_PT, ANSWER_PT = 9.5, 11.0
ON_ROW = 0.0  # an answer typed on its line


def _blank_row(pdf: canvas.Canvas, y: float, *cells: tuple[str, int, str, float]) -> None:
    """Labels at `y`, each followed by a blank of underscores (text) and its answer `rise` points over the
    label's baseline, a little right of the blank's start."""
    x = LEFT
    for label, length, answer, rise in cells:
        draw_text(pdf, x, y, label, LABEL_PT)
        x += pdfmetrics.stringWidth(label, "Helvetica", LABEL_PT) + 4
        blank = "_" * length
        draw_text(pdf, x, y, blank, LABEL_PT)
        draw_text(pdf, x + 6, y - rise, answer, ANSWER_PT)
        x += pdfmetrics.stringWidth(blank, "Helvetica", LABEL_PT) + 14


def _options(pdf: canvas.Canvas, y: float, options: list[str], ticked: set[str]) -> float:
    """Each option behind a drawn box; a chosen one's "✓" just right of its box, its foot at the box's top."""
    for option in options:
        pdf.setLineWidth(0.6)
        pdf.rect(LEFT + 12, letter[1] - y - 1, 9, 9, stroke=1, fill=0)
        draw_text(pdf, LEFT + 26, y, option, LABEL_PT)
        if option in ticked:
            draw_text(pdf, LEFT + 22, y - 8.5, "✓", 11, "DejaVuSans")
        y += 18
    return y


def _fill_and_sign(path: Path) -> Path:
    _fonts()
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, LEFT, 50, "Blue Mesa Home Loans", 11, "Helvetica-Bold")
    draw_text(pdf, LEFT, 72, "Mortgage Assistance Request", 16, "Helvetica-Bold")
    draw_text(pdf, LEFT, 88, "Complete every part. Print this form or fill it in on your device.", 8)
    draw_text(pdf, LEFT, 114, "Part 1 - About you", 10.5, "Helvetica-Bold")
    # (the rows 20 pt apart: an answer floating over the co-borrower's blank stands right under the row above)
    _blank_row(pdf, 140, ("Borrower's name (first, middle, last)", 34, "Dorothea K. Lindgren", ON_ROW),
               ("Last 4 of SSN", 8, "4471", FLOAT))
    _blank_row(pdf, 160, ("Co-Borrower's name (first, middle, last)", 30, "Raymond L. Fairbanks", FLOAT),
               ("Last 4 of SSN", 8, "9026", FLOAT))
    _blank_row(pdf, 196, ("Loan number", 20, "5590316724", FLOAT))
    draw_text(pdf, LEFT, 230, "Part 2 - The property", 10.5, "Helvetica-Bold")
    _blank_row(pdf, 256, ("Property street address", 40, "88 Juniper Hollow Lane", FLOAT))
    _blank_row(pdf, 286, ("City", 20, "Flagstaff", FLOAT), ("State", 6, "AZ", FLOAT),
               ("ZIP code", 10, "86001", FLOAT))
    draw_text(pdf, LEFT, 316, "How do you use the property? (check one)", LABEL_PT)
    y = _options(pdf, 334, ["I live there - it is my primary residence", "Second home or vacation home",
                            "Rental or investment property"], {"I live there - it is my primary residence"})
    draw_text(pdf, LEFT, y + 12, "Part 3 - Your hardship", 10.5, "Helvetica-Bold")
    draw_text(pdf, LEFT, y + 32, "What caused your hardship? Check every reason that applies.", LABEL_PT)
    y = _options(pdf, y + 50, ["Unemployment or job loss", "Reduced income (fewer hours, lower pay, lost overtime)",
                               "Higher housing costs (taxes, insurance, HOA)",
                               "Long-term disability or serious illness", "Divorce or separation",
                               "Death of a borrower or earner"],
                 {"Reduced income (fewer hours, lower pay, lost overtime)"})
    _blank_row(pdf, y + 14, ("My hardship began on (mm/dd/yyyy)", 16, "11/03/2041", FLOAT))
    draw_text(pdf, LEFT, 760, "Blue Mesa Home Loans  |  MAR-1 (rev. 2041)  |  Page 1 of 1", 7)
    pdf.save()
    return path


@pytest.fixture(scope="module")
def filled(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _fill_and_sign(tmp_path_factory.mktemp("fill") / "Mortgage Assistance Request - signed.pdf")
    return one_document_fields(reader, path, RECEIVED, APPLICATION)


def test_answers_floating_over_their_blanks(filled: dict[str, Field]) -> None:
    """The co-borrower's name, the last fours and the hardship's date float about 10 pt over their blanks (the
    co-borrower's right under the borrower's row), the borrower's name is typed on its line: each is read as
    its own label's answer, not the part's heading over them nor the borrower's name."""
    got = values_of(filled, "borrower_name", "co_borrower_name", "ssn_last4", "hardship_start_date")
    assert got == {"borrower_name": "Dorothea K. Lindgren", "co_borrower_name": "Raymond L. Fairbanks",
                   "ssn_last4": "4471", "hardship_start_date": date(2041, 11, 3)}


def test_ticks_beside_and_over_their_boxes(filled: dict[str, Field]) -> None:
    """A "✓" just right of its empty box and over its option's row ticks that option."""
    got = values_of(filled, "occupancy", "hardship_types")
    assert got["occupancy"] == "primary_residence", got
    assert sorted(got["hardship_types"] or []) == ["reduction_in_income"], got


# --- onto_rows alone --------------------------------------------------------------------------------------


def test_onto_rows_gives_a_floating_word_its_labels_row() -> None:
    """A word over a blank of underscores, right of the label "City": its box takes the label's top and
    bottom, and the page's text has it after the label on one line; an OCR page is left as it is.
    (fill_and_sign is new with the change: on the old code this test cannot run at all, its import fails.)"""
    from lossmit_docs.reading.fill_and_sign import onto_rows

    label = Word("City", 1.0, (0.10, 0.500, 0.15, 0.515))
    blank = Word("__________", 1.0, (0.16, 0.514, 0.30, 0.516))
    floating = Word("Flagstaff", 1.0, (0.18, 0.485, 0.26, 0.500))
    page = Page(1, "Flagstaff\nCity __________", TextMethod.TEXT_LAYER, 1.0, words=(label, blank, floating))
    moved = onto_rows(page)
    assert moved.words[2].box == (0.18, 0.500, 0.26, 0.515)
    assert moved.words[:2] == (label, blank)
    assert moved.text.splitlines()[0] == "City Flagstaff"  # (the thin blank under them is a row of its own)
    scanned = Page(1, page.text, TextMethod.OCR, 0.9, words=page.words)
    assert onto_rows(scanned) is scanned


def test_a_numbered_next_caption_over_the_next_labels_row_is_no_answer(reader: PageReader, tmp_path: Path) -> None:
    """A caption row whose next cell is numbered ("Co-borrower's name   5. SSN, last 4") over the next label's
    own row ("Telephone (802) 555-0185"): that row is the telephone's, no co-borrower's name, which was left
    blank. Guard: passes before and after the change (a numbered next caption now makes the row under it a
    candidate answer; on a scan of this layout the telephone's row was taken until a label opening the row
    kept it out, a case this born-digital page does not reach)."""
    path = tmp_path / "relief.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, LEFT, 50, "APPLICATION FOR MORTGAGE PAYMENT RELIEF", 13, "Helvetica-Bold")
    draw_text(pdf, LEFT, 80, "A. BORROWER", 10, "Helvetica-Bold")
    rows = [("Loan number", "4471290358", ""), ("Borrower's name", "Winifred A. Szabo", "3. SSN, last 4   7142"),
            ("Co-borrower's name", "", "5. SSN, last 4"), ("Telephone", "(802) 555-0185", "E-mail   ws@example.org")]
    for i, (label, answer, right) in enumerate(rows):
        y = 104 + 22 * i
        draw_text(pdf, LEFT, y, label, 10)
        draw_text(pdf, 200, y, answer, 10)
        draw_text(pdf, 380, y, right, 10)
    draw_text(pdf, LEFT, 210, "B. THE PROPERTY", 10, "Helvetica-Bold")
    draw_text(pdf, LEFT, 232, "Street address   14 Quarry Hill Road, Chester, VT 05143", 10)
    draw_text(pdf, LEFT, 254, "Monthly income: wages $2,840.00   Total monthly income $2,840.00", 10)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "co_borrower_name") == {
        "borrower_name": "Winifred A. Szabo", "co_borrower_name": None}
