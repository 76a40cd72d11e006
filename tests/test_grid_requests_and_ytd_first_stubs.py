"""A national servicer's request form built as a grid of cells, and a payroll layout that prints the year to
date before the current period.

1. The cells' captions are numbered by section letter ("A1 Loan number  A2 People in household"): the row
   right of the loan number's caption is the next cells' captions, the loan number stands under it.
2. A letterhead's phone number on the loan number caption's row ("(507) 555-0164") is never the loan number:
   the number is the one under the caption.
3. The caption after the name's cell opens with the person's possessive ("Borrower's SSN - last 4 digits"): it
   is the next cell's caption, the name is under the name's own.
4. Hardship reasons in a grid of three columns whose labels wrap onto a second line: each box stands centred
   beside its label's two lines, and the grid is read surely. The income table under it numbers its rows by
   section letter ("D9 Other income"): a row's number in its cell is no box.
5. The hardship date written in three boxes captioned MM, DD and YYYY ("10 01 2045"), and a date after a line
   number's box ("12| 01/01/2046").
6. A tall box to sign in, then a row of cells "Printed name | Date signed" under it: the date is in the date's
   cell, not in the heading's sentence ("every borrower signs and dates here").
7. A stub whose columns run "YTD ... Current": "Earnings Total" is the gross, and "Deductions Total" and "Taxes
   Total" are the current figures, so gross less both is the net pay, with nothing for review.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read
from lossmit_docs.model import Field, PageRef
from lossmit_docs.reading.application_checkboxes import _after_number
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, draw_text, pen_signature, placed_text_pdf, text_pdf

TOP = letter[1]
BOX = 8.0  # a checkbox's side, in points


def _cell(pdf: canvas.Canvas, x: float, y: float, width: float, height: float, caption: str) -> None:
    """A cell of the grid: its border, and its small caption in the top corner (y: the cell's top)."""
    pdf.setLineWidth(0.6)
    pdf.rect(x, TOP - y - height, width, height, stroke=1, fill=0)
    draw_text(pdf, x + 3, y + 8, caption, 6.5, "Helvetica-Bold")


def _box(pdf: canvas.Canvas, x: float, centre: float, ticked: bool) -> None:
    """A checkbox whose middle stands `centre` points under the page's top, an X in it when ticked."""
    pdf.setLineWidth(0.7)
    pdf.rect(x, TOP - centre - BOX / 2, BOX, BOX, stroke=1, fill=0)
    if ticked:
        draw_text(pdf, x + 1.2, centre + 3, "X", 8.5, "Helvetica-Bold")


def _reason(pdf: canvas.Canvas, x: float, top: float, lines: list[str], ticked: bool) -> None:
    """A hardship reason of one or two lines, its box centred beside them."""
    for index, line in enumerate(lines):
        draw_text(pdf, x + 14, top + 9 * index, line, 7.5)
    _box(pdf, x, top - 3 + 4.5 * (len(lines) - 1), ticked)


def _request(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 40, "KESTREL NATIONAL MORTGAGE SERVICING", 13, "Helvetica-Bold")
    draw_text(pdf, 340, 40, "MORTGAGE ASSISTANCE REQUEST", 13, "Helvetica-Bold")
    draw_text(pdf, 40, 54, "Form KNM-410  |  Page 1 of 2", 7.5)
    draw_text(pdf, 380, 54, "Phone (507) 555-0164  |  Fax (507) 555-0165", 7.5)
    draw_text(pdf, 40, 80, "SECTION A  BORROWER AND LOAN", 9, "Helvetica-Bold")
    _cell(pdf, 40, 86, 200, 30, "A1 Loan number")
    _cell(pdf, 240, 86, 110, 30, "A2 People in household")
    _cell(pdf, 350, 86, 222, 30, "A3 Preferred language")
    draw_text(pdf, 46, 110, "6 6 1 2 0 4 8 3 5 7", 11, "Courier")
    draw_text(pdf, 246, 110, "3", 11, "Courier")
    draw_text(pdf, 356, 110, "English", 11)
    draw_text(pdf, 40, 140, "Borrower's name (first, middle initial, last)", 6.5, "Helvetica-Bold")
    draw_text(pdf, 380, 140, "Borrower's SSN - last 4 digits", 6.5, "Helvetica-Bold")
    draw_text(pdf, 40, 160, "Rosalind V. Okonkwo-Hale", 11)
    draw_text(pdf, 380, 160, "4473", 11)
    draw_text(pdf, 40, 200, "SECTION C  HARDSHIP", 9, "Helvetica-Bold")
    draw_text(pdf, 40, 214, "C1 Date the hardship began", 6.5, "Helvetica-Bold")
    for x, legend, value in ((190, "MM", "10"), (222, "DD", "01"), (254, "YYYY", "2045")):
        pdf.rect(x, TOP - 222 - 14, 28 if legend == "YYYY" else 24, 14, stroke=1, fill=0)
        draw_text(pdf, x + 2, 220, legend, 5)
        draw_text(pdf, x + 3, 233, value, 10, "Courier")
    draw_text(pdf, 40, 233, "The hardship began on", 8, "Helvetica-Bold")
    draw_text(pdf, 40, 256, "C3 Reason(s) for the hardship - check EVERY box that applies", 6.5, "Helvetica-Bold")
    reasons = [
        (40, 272, ["Unemployment"], False),
        (40, 290, ["Reduction in income (fewer hours, lower pay", "or lost overtime)"], True),
        (40, 312, ["Increase in housing expenses (taxes,", "insurance, HOA, repairs)"], True),
        (230, 272, ["Long-term or permanent disability, or", "serious illness"], False),
        (230, 290, ["Divorce or legal separation"], False),
        (230, 312, ["Separation of borrowers who are not married", "to each other"], False),
        (420, 272, ["Death of a borrower or of a wage earner", "in the household"], False),
        (420, 290, ["Distant employment transfer or relocation"], False),
        (420, 312, ["Other hardship (describe below)"], False),
    ]
    for x, top, lines, ticked in reasons:
        _reason(pdf, x, top, lines, ticked)
    draw_text(pdf, 40, 350, "SECTION D  MONTHLY GROSS INCOME (before taxes)", 9, "Helvetica-Bold")
    for index, (label, amount) in enumerate((("D1 Gross wages, salary, overtime", "5,520.67"),
                                              ("D3 Unemployment benefits", ""), ("D9 Other income - describe:", ""),
                                              ("D10 TOTAL MONTHLY GROSS INCOME", "5,520.67"))):
        top = 356 + 18 * index
        pdf.rect(40, TOP - top - 18, 360, 18, stroke=1, fill=0)
        pdf.rect(400, TOP - top - 18, 172, 18, stroke=1, fill=0)
        draw_text(pdf, 46, top + 12, label, 8)
        draw_text(pdf, 566, top + 12, f"$ {amount}" if amount else "$", 9, right=True)
    pdf.showPage()
    draw_text(pdf, 40, 40, "KESTREL NATIONAL MORTGAGE SERVICING", 13, "Helvetica-Bold")
    draw_text(pdf, 40, 54, "Form KNM-410  |  Page 2 of 2", 7.5)
    draw_text(pdf, 40, 560, "SECTION J  SIGNATURES - every borrower named in Section A signs and dates here", 9,
              "Helvetica-Bold")
    _cell(pdf, 40, 566, 266, 70, "J1 BORROWER SIGNATURE")
    _cell(pdf, 306, 566, 266, 70, "J2 CO-BORROWER SIGNATURE")
    draw_text(pdf, 46, 626, "X", 10, "Helvetica-Bold")
    draw_text(pdf, 312, 626, "X", 10, "Helvetica-Bold")
    pdf.line(58, TOP - 627, 296, TOP - 627)
    pdf.line(324, TOP - 627, 562, TOP - 627)
    pen_signature(pdf, 70, 624, 150)
    for x, caption in ((40, "J1a Printed name"), (173, "J1b Date signed"), (306, "J2a Printed name"),
                       (439, "J2b Date signed")):
        _cell(pdf, x, 636, 133, 34, caption)
    draw_text(pdf, 46, 660, "Rosalind V. Okonkwo-Hale", 9)
    draw_text(pdf, 190, 662, "03/23/2046", 10, "Courier")
    pdf.showPage()
    pdf.save()
    return path


def _fields(reader: PageReader, tmp_path: Path) -> dict[str, Field]:
    path = _request(tmp_path / "Okonkwo-Hale - Mortgage Assistance Request.pdf")
    pages = reader.read(path)
    return extract_application(pages, lambda n: PageRef(path.name, n), PdfInk(path, pages))


def test_numbered_captions_a_phone_on_the_row_and_a_possessive_caption(reader: PageReader, tmp_path: Path) -> None:
    fields = _fields(reader, tmp_path)
    assert fields["loan_number"].value == "6612048357"
    assert fields["loan_number"].confidence >= 0.9
    assert fields["borrower_name"].value == "Rosalind V. Okonkwo-Hale"
    assert fields["ssn_last4"].value == "4473"


def test_a_letterhead_phone_on_the_loan_number_caption_row(reader: PageReader, tmp_path: Path) -> None:
    path = placed_text_pdf(tmp_path / "Solberg worksheet.pdf", [[
        Ink(40, 40, "QUARRYSTONE MORTGAGE SERVICING, LLC", 12, "Helvetica-Bold"),
        Ink(40, 70, "LOAN NUMBER", 6.5, "Helvetica-Bold"),
        Ink(160, 70, "(507) 555-0164  -  Fax (507) 555-0165", 7.5),
        Ink(40, 84, "4407719350", 11, "Courier"),
        Ink(40, 120, "HOME RETENTION WORKSHEET - mortgage assistance application", 11, "Helvetica-Bold"),
        Ink(40, 150, "Borrower's name:  Annika J. Solberg", 10),
    ]])
    pages = reader.read(path)
    fields = extract_application(pages, lambda n: PageRef(path.name, n), PdfInk(path, pages))
    assert fields["loan_number"].value == "4407719350"


def test_a_grid_of_wrapped_reasons_read_surely(reader: PageReader, tmp_path: Path) -> None:
    fields = _fields(reader, tmp_path)
    assert sorted(fields["hardship_types"].value) == ["increase_in_housing_expenses", "reduction_in_income"]
    assert fields["hardship_types"].confidence >= 0.9
    assert fields["income.wages"].value == Decimal("5520.67")


def test_a_date_in_three_boxes_and_a_date_under_a_tall_signature_box(reader: PageReader, tmp_path: Path) -> None:
    fields = _fields(reader, tmp_path)
    assert fields["hardship_start_date"].value == date(2045, 10, 1)
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2046, 3, 23)


def test_a_section_letter_numbers_a_row_and_no_box() -> None:
    # "D9 Other income": the window to look for the box in starts past the row's number
    assert _after_number_of("D9") > 0.06
    assert _after_number_of("O1") == 0.04  # OCR's reading of a box is no number


def _after_number_of(number: str) -> float:
    from lossmit_docs.model import Page, TextMethod, Word

    words = (Word(number, 1.0, (0.045, 0.50, 0.062, 0.51)), Word("Other", 1.0, (0.08, 0.50, 0.11, 0.51)))
    page = Page(1, f"{number} Other", TextMethod.TEXT_LAYER, 1.0, words=words)
    return _after_number(page, words[1].box, 0.04)


def _ytd_first_stub(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "Holmfirth Castings, Inc.", 12, "Helvetica-Bold")
    draw_text(pdf, 400, 50, "Earnings Statement", 12, "Helvetica-Bold")
    draw_text(pdf, 40, 80, "EMPLOYEE NAME", 7, "Helvetica-Bold")
    draw_text(pdf, 220, 80, "PAY FREQUENCY", 7, "Helvetica-Bold")
    draw_text(pdf, 40, 92, "Dana K. Brandt", 9)
    draw_text(pdf, 220, 92, "Bi-Weekly", 9)
    for x, caption, value in ((40, "PERIOD BEGINNING", "02/11/2046"), (160, "PERIOD ENDING", "02/24/2046"),
                              (280, "PAY DATE", "03/02/2046")):
        draw_text(pdf, x, 112, caption, 7, "Helvetica-Bold")
        draw_text(pdf, x, 124, value, 9)
    rows = [("Earnings", "YTD Hours", "YTD Amount", "Hours", "Current Amount"),
            ("Regular", "384.00", "12,230.40", "72.00", "2,293.20"),
            ("Overtime", "12.00", "954.96", "4.00", "254.72"),
            ("Earnings Total", "396.00", "13,185.36", "76.00", "2,547.92")]
    for index, row in enumerate(rows):
        y = 150 + 14 * index
        font = "Helvetica-Bold" if index in (0, 3) else "Helvetica"
        draw_text(pdf, 40, y, row[0], 8, font)
        for right, cell in zip((250, 330, 400, 480), row[1:], strict=True):
            draw_text(pdf, right, y, cell, 8, font, right=True)
    for index, (label, ytd, current) in enumerate((("Taxes", "YTD", "Current"), ("Federal Income Tax", "1,208.41",
                                                   "233.21"), ("Social Security", "817.49", "157.97"),
                                                   ("Taxes Total", "2,025.90", "391.18"))):
        y = 220 + 14 * index
        draw_text(pdf, 40, y, label, 8)
        draw_text(pdf, 210, y, ytd, 8, right=True)
        draw_text(pdf, 280, y, current, 8, right=True)
    for index, (label, ytd, current) in enumerate((("Deductions", "YTD", "Current"), ("401(k)", "659.28", "127.40"),
                                                   ("Deductions Total", "659.28", "127.40"))):
        y = 220 + 14 * index
        draw_text(pdf, 360, y, label, 8)
        draw_text(pdf, 480, y, ytd, 8, right=True)
        draw_text(pdf, 550, y, current, 8, right=True)
    draw_text(pdf, 40, 290, "Net Pay   YTD 10,500.18   Current 2,029.34", 9, "Helvetica-Bold")
    pdf.showPage()
    pdf.save()
    return path


def test_a_stub_that_prints_the_year_to_date_first(reader: PageReader, tmp_path: Path) -> None:
    stub = documents_read(reader, _ytd_first_stub(tmp_path / "Earnings Statement 2046-03-02.pdf"), date(2046, 3, 20))
    assert [d.type for d in stub] == ["pay_stub"]
    fields = stub[0].fields
    assert fields["gross_current"].value == Decimal("2547.92")
    assert fields["gross_ytd"].value == Decimal("13185.36")
    assert fields["net_current"].value == Decimal("2029.34")
    assert fields["net_current"].confidence >= 0.9
    assert not [name for name in fields if name.startswith("review")]


def test_a_household_members_letter_backing_the_request(reader: PageReader, tmp_path: Path) -> None:
    # no "hardship", no "mortgage": a co-borrower living elsewhere writes in support of the request
    path = tmp_path / "letter from Marguerite.pdf"
    text_pdf([["Marguerite L. Dunlevy", "40 Birch Lane, Ashtabula, OH 44004", "03/14/2046",
               "Loan 5510029384", "Dear Ridgeline Servicing,",
               "My son Elliot lives in the house we bought together; I live in Ohio with my husband.",
               "He lost his second job in March and the school cut his hours.", "Please consider his request.",
               "Thank you,", "Marguerite L. Dunlevy"]], path)
    assert [d.type for d in documents_read(reader, path, date(2046, 3, 20))] == ["hardship_letter"]
