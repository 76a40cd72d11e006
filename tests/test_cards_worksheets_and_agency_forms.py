"""Papers that only look like the checklist's, worksheets answered by pen rings, a spreadsheet's workbook,
government-loan servicers' financial statements, cards side by side, typewriters set a line high, and a header
band's boxed dates.

1. An electric co-op's MEMBER BILL (meter reading, kWh, energy charge, total amount due, payment stub) and a
   condominium association's OWNER ACCOUNT STATEMENT (statement period, previous balance, monthly assessment,
   balance due, return this portion) are other papers, not bank statements; a bank's statement (beginning and
   ending balances, deposits) is still one (guard).
2. A servicer's HOMEOWNER ASSISTANCE WORKSHEET answered by pen rings round printed words ("Circle one:
   Owner-occupied / Second home / Rental"; "Circle all that apply: Job loss / Less income / Higher housing costs
   / ..."), printed, filled in ink and scanned (read by real tesseract): the primary residence, though the
   "Does the home sit on rented land? Circle one: Yes / No" line stands under the question; reduction in income
   and higher housing costs; "Your name" gives the borrower's name.
3. A spreadsheet's workbook exported to PDF (gridlines, column letters, row numbers, "Item | Borrower |
   Co-Borrower | Household" on row 4): figures flush right in column B ("2281", "06084") are the borrower's; a
   lone "X" in column B on the "Increase in housing expenses" row is the one hardship; strokes in column B's
   tall "Signature" row, dated "Date signed (mm/dd/yyyy)  10/02/2051", sign it.
4. A VA servicer's three-page BORROWER FINANCIAL STATEMENT AND REQUEST FOR LOSS MITIGATION is an application,
   not a benefit letter, though its income page names VA compensation, retired pay and Social Security; its
   income is read from the GROSS columns of "SOURCE OF INCOME  GROSS  NET  GROSS  NET", the expenses printed
   beside it on the same rows ("f. Self-employment (net)   Food and household  1,150.00") are no income, the
   total is "TOTAL HOUSEHOLD GROSS MONTHLY INCOME ... $ 10,307.11"; "Borrower (Veteran)" and
   "Co-Borrower/Spouse" sign over lines captioned "Signature", each date in a box to the right. An FHA
   servicer's "SOURCE  GROSS  NET  EXPENSE  AMOUNT" table's total line thirteen rows down is the GROSS figure.
5. A landscape form of four cards side by side ("A  BORROWER", "B  CO-BORROWER (IF ANY)", "C  PROPERTY",
   "D  HARDSHIP"): the co-borrower is the name under the second card's "FULL NAME"; the property card's captions,
   40 points apart over their answers, give the street, city, state and ZIP.
6. A Form 710 print filled on a typewriter set a little high: the name resting on the line over "Borrower's
   name", the date typed on the blank of "... began on approximately (date) ____ and is believed to be:".
7. An old numbered form: "3. Name of applicant ____  4. Soc. Sec. No. (last four)" with the name typed over the
   blank is the borrower's name, not "4."; a blank "5. Name of co-applicant" over "PART II - PROPERTY" names no
   co-borrower (guard: before, that label was not read at all).
8. An application's income page that reads a little more like a bank statement ("Two most recent bank statements
   showing income deposit amounts", "Checking account(s) and cash on hand") between its pages 1-2 and its
   signature page is the application's: one document of four pages.
9. Guard: an income table's payer column ("Employment 1 | Ransom County Clerk's Office | 3,721.88") is no
   expense table beside the income: wages 3721.88.
10. A USDA servicer's "INCOME SOURCE  WHO  ANNUAL  MONTHLY GROSS  MONTHLY NET": a farm's income given by the year
    and its twelfth, a pension by the month only: the MONTHLY GROSS figures.
11. A pay stub's header band of small captions ("PAY PERIOD BEGIN", "PAY PERIOD END") over dates in boxes about
    three type heights under them: the period's start and end.
12. Guard for 6: on the Form 710 print, the "Alternate phone number ... [ ] Cell [ ] Home [ ] Work" row over a
    blank "Co-borrower's name", its options far right with their feet just over the label's top, is no name.

Born-digital fixtures (reportlab) but for 2's scan, read through the real page reader and `read_documents` (or,
where the page types are not what a test is about, `extract_application`) with their ink and word boxes.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read, one_document_fields, values_of
from lossmit_docs.model import Document, Field, PageRef
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, ScanStyle, as_scanned, draw_text, images_pdf, pen_signature, text_pdf

RECEIVED = date(2054, 4, 2)
APPLICATION = "mortgage_assistance_application"
PEN = (0.1, 0.14, 0.46)  # a blue ballpoint

# --- 1. what the home costs, billed: a co-op's member bill, an association's owner statement ------------------


def _member_bill(path: Path) -> Path:
    """An electric co-op's bill: the account and billing period at the right, the meter reading, the account
    summary and the total due, then the payment stub under a dashed tear line."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 84, 50, "Prairie Wind Electric Cooperative", 14.0, "Helvetica-Bold")
    draw_text(pdf, 84, 61, "PO Box 220, Lakin, KS 67860  -  Your member-owned electric cooperative", 8.0)
    draw_text(pdf, 572, 50, "MEMBER BILL", 11.0, "Helvetica-Bold", right=True)
    for index, (caption, value) in enumerate((("Account number", "40-118-2207"),
                                              ("Service location", "Rural Route 2, Lot 14"),
                                              ("Billing period", "02/12/2054 - 03/13/2054"),
                                              ("Bill date", "03/15/2054"), ("Due date", "04/04/2054"))):
        draw_text(pdf, 320, 87 + 13 * index, caption, 8.5, "Helvetica-Bold")
        draw_text(pdf, 572, 87 + 13 * index, value, 8.5, right=True)
    for index, line in enumerate(("Orrin T. Halvorsen", "2281 County Road 9", "Lakin, KS 67860")):
        draw_text(pdf, 50, 87 + 12 * index, line, 9.5)
    draw_text(pdf, 50, 172, "METER READING", 9.0, "Helvetica-Bold")
    draw_text(pdf, 50, 190, "Meter 718207    Previous 49318    Present 50442    Multiplier 1    kWh used 1,124", 9.0)
    draw_text(pdf, 50, 218, "ACCOUNT SUMMARY", 9.0, "Helvetica-Bold")
    rows = (("Previous balance", "141.27"), ("Payment received - thank you", "-141.27"), ("Balance forward", "0.00"),
            ("Facility charge", "38.50"), ("Energy charge 1,124 kWh @ 0.1185", "133.19"),
            ("Power cost adjustment @ 0.0062", "6.97"), ("Current charges", "178.66"))
    for index, (caption, value) in enumerate(rows):
        draw_text(pdf, 54, 232 + 14 * index, caption, 9.0)
        draw_text(pdf, 360, 232 + 14 * index, value, 9.0, right=True)
    draw_text(pdf, 54, 352, "TOTAL AMOUNT DUE", 10.5, "Helvetica-Bold")
    draw_text(pdf, 360, 352, "$178.66", 10.5, "Helvetica-Bold", right=True)
    pdf.setDash(3, 3)
    pdf.line(30, letter[1] - 600, 582, letter[1] - 600)
    pdf.setDash()
    draw_text(pdf, 50, 620, "Prairie Wind Electric Cooperative - payment stub", 9.0, "Helvetica-Bold")
    draw_text(pdf, 50, 636, "Account 40-118-2207    Orrin T. Halvorsen", 9.0)
    draw_text(pdf, 50, 650, "Amount due $178.66 by 04/04/2054", 9.0)
    pdf.showPage()
    pdf.save()
    return path


def _owner_statement(path: Path) -> Path:
    """A condominium association's owner account statement: a ledger of assessments and a payment, the
    balance due, and the portion to return with the payment."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 50, 50, "Cedar Landing Condominium Association", 14.0, "Helvetica-Bold")
    draw_text(pdf, 50, 63, "Managed by Brightwater Community Management, Inc.", 8.0)
    draw_text(pdf, 562, 54, "OWNER ACCOUNT STATEMENT", 11.0, "Helvetica-Bold", right=True)
    for index, line in enumerate(("Marguerite L. Ostrander", "1420 Cedar Landing Drive, Unit 3B",
                                  "Hood River, OR 97031")):
        draw_text(pdf, 60, 102 + 12 * index, line, 9.5)
    for index, (caption, value) in enumerate((("Account", "CL-03B-0417"),
                                              ("Statement period", "03/01/2054 - 03/31/2054"),
                                              ("Statement date", "03/31/2054"), ("Amount due by", "04/10/2054"))):
        draw_text(pdf, 340, 102 + 13 * index, caption, 8.5, "Helvetica-Bold")
        draw_text(pdf, 562, 102 + 13 * index, value, 8.5, right=True)
    for x, heading, right in ((50, "DATE", False), (110, "DESCRIPTION", False), (420, "CHARGES", True),
                              (490, "PAYMENTS", True), (562, "BALANCE", True)):
        draw_text(pdf, x, 182, heading, 8.5, "Helvetica-Bold", right=right)
    ledger = (("03/01", "Previous balance", "", "", "412.00"),
              ("03/01", "Monthly assessment - March", "412.00", "", "824.00"),
              ("03/01", "Special assessment installment - roof and balconies", "95.00", "", "919.00"),
              ("03/10", "Payment received - thank you", "", "412.00", "507.00"))
    for index, (day, description, charge, payment, balance) in enumerate(ledger):
        y = 198 + 13 * index
        draw_text(pdf, 50, y, day, 9.0)
        draw_text(pdf, 110, y, description, 9.0)
        for right, figure in ((420, charge), (490, payment), (562, balance)):
            if figure:
                draw_text(pdf, right, y, figure, 9.0, right=True)
    draw_text(pdf, 348, 276, "BALANCE DUE", 10.0, "Helvetica-Bold")
    draw_text(pdf, 560, 276, "$507.00", 10.0, "Helvetica-Bold", right=True)
    draw_text(pdf, 50, 312, "Assessments are due on the first of each month and late after the tenth. A late fee of",
              8.0)
    draw_text(pdf, 50, 322, "$25.00 is charged on any balance over 30 days. Pay online, by ACH, or by check.", 8.0)
    pdf.setDash(3, 3)
    pdf.line(40, letter[1] - 600, 572, letter[1] - 600)
    pdf.setDash()
    draw_text(pdf, 50, 622, "RETURN THIS PORTION WITH YOUR PAYMENT", 9.0, "Helvetica-Bold")
    draw_text(pdf, 50, 637, "Account CL-03B-0417    Owner Marguerite L. Ostrander", 9.0)
    draw_text(pdf, 50, 651, "Amount due $507.00    Amount enclosed $ ____________", 9.0)
    pdf.showPage()
    pdf.save()
    return path


def test_a_co_ops_member_bill_is_no_bank_statement(reader: PageReader, tmp_path: Path) -> None:
    """An account, a billing period, a previous balance and a payment, but kWh and a total due: a bill."""
    documents = documents_read(reader, _member_bill(tmp_path / "electric.pdf"), RECEIVED)
    assert [d.type for d in documents] == ["other"]


def test_an_associations_owner_account_statement_is_no_bank_statement(reader: PageReader, tmp_path: Path) -> None:
    """A statement period, a previous balance and a balance due, assessments charged: a bill."""
    documents = documents_read(reader, _owner_statement(tmp_path / "hoa.pdf"), RECEIVED)
    assert [d.type for d in documents] == ["other"]


def test_a_bank_statement_is_still_a_bank_statement(reader: PageReader, tmp_path: Path) -> None:
    """(guard) Beginning and ending balances, deposits: a bank's statement."""
    statement = ["Kearny County Bank", "Statement of account  -  Page 1 of 1", "ORRIN T. HALVORSEN",
                 "2281 County Road 9, Lakin, KS 67860", "Statement period 03/01/2054 - 03/31/2054",
                 "Checking - account ending 5518", "Beginning balance $1,204.16",
                 "Deposits and other credits $2,310.40", "Withdrawals and other debits $1,987.55",
                 "Ending balance $1,527.01", "ACCOUNT ACTIVITY", "Date Description Withdrawals Deposits",
                 "03/05 GARDEN CITY FEEDLOT PAYROLL 1,155.20", "03/14 PRAIRIE WIND ELECTRIC 141.27",
                 "03/19 GARDEN CITY FEEDLOT PAYROLL 1,155.20"]
    path = tmp_path / "statement.pdf"
    text_pdf([statement], path)
    fields = one_document_fields(reader, path, RECEIVED, "bank_statement")
    assert values_of(fields, "beginning_balance", "ending_balance") == {
        "beginning_balance": Decimal("1204.16"), "ending_balance": Decimal("1527.01")}


# --- 2. a worksheet answered by rings round the chosen words -------------------------------------------------


RING_MARGIN, RING_PEN = 4.0, 1.4  # a ring drawn close round the words, a ballpoint's stroke


def _ring(pdf: canvas.Canvas, x: float, top: float, words: str, size: float) -> None:
    """A pen's ring round printed words whose baseline stands `top` points under the page's top."""
    width = pdf.stringWidth(words, "Helvetica", size)
    middle = letter[1] - top + 0.3 * size
    pdf.setStrokeColorRGB(*PEN)
    pdf.setLineWidth(RING_PEN)
    pdf.ellipse(x - RING_MARGIN, middle - 0.55 * size - 4.5, x + width + RING_MARGIN, middle + 0.55 * size + 4.5,
                stroke=1, fill=0)
    pdf.setStrokeColorRGB(0, 0, 0)
    pdf.setLineWidth(1)


def _options(pdf: canvas.Canvas, x: float, top: float, options: list[str], ringed: set[str],
             size: float = 9.5) -> None:
    """Options printed in a row parted by slashes, the chosen ones ringed."""
    for index, option in enumerate(options):
        draw_text(pdf, x, top, option, size)
        if option in ringed:
            _ring(pdf, x, top, option, size)
        x += pdf.stringWidth(option, "Helvetica", size)
        if index < len(options) - 1:
            draw_text(pdf, x + 5, top, "/", size)
            x += 17


def _pen(pdf: canvas.Canvas, x: float, top: float, words: str, size: float = 11.0) -> None:
    pdf.setFillColorRGB(*PEN)
    draw_text(pdf, x, top, words, size)
    pdf.setFillGray(0)


def _blank(pdf: canvas.Canvas, x: float, top: float, caption: str, answer: str, width: float = 300.0) -> None:
    """A caption, its ruled blank after it and the answer hand-printed on the blank."""
    draw_text(pdf, x, top, caption, 9.0)
    start = x + pdf.stringWidth(caption, "Helvetica", 9.0) + 8
    pdf.setLineWidth(0.5)
    pdf.line(start, letter[1] - top - 2, start + width, letter[1] - top - 2)
    if answer:
        _pen(pdf, start + 6, top - 1, answer)


def _ringed_worksheet(path: Path) -> Path:
    """A servicer's one-page worksheet: blanks hand-printed, every choice made by ringing a printed word."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 50, 48, "TAMARACK POINT LOAN SERVICING", 13.0, "Helvetica-Bold")
    draw_text(pdf, 50, 66, "HOMEOWNER ASSISTANCE WORKSHEET", 12.0, "Helvetica-Bold")
    draw_text(pdf, 562, 66, "Form TP-12", 9.0, right=True)
    draw_text(pdf, 50, 84, "Please print in ink. Where a question says \"Circle\", draw a ring round your answer.", 8.5)
    _blank(pdf, 50, 116, "Your name", "Dale R. Kowalczyk", 260)
    _blank(pdf, 50, 140, "Loan number", "7730418825", 150)
    _blank(pdf, 300, 140, "Last four of SSN", "6093", 80)
    _blank(pdf, 50, 164, "Property address", "418 Quarry Hill Road, Barre, VT 05641", 330)
    draw_text(pdf, 50, 198, "About the home", 10.5, "Helvetica-Bold")
    draw_text(pdf, 50, 218, "What kind of home is it? Circle one:", 9.0)
    _options(pdf, 230, 218, ["Single-family", "Condominium", "Manufactured home"], {"Manufactured home"})
    draw_text(pdf, 50, 238, "How is the home used? Circle one:", 9.0)
    _options(pdf, 230, 238, ["Owner-occupied", "Second home", "Rental"], {"Owner-occupied"})
    draw_text(pdf, 50, 258, "Does the home sit on rented land? Circle one:", 9.0)
    _options(pdf, 260, 258, ["Yes", "No"], {"No"})
    draw_text(pdf, 50, 292, "Your hardship", 10.5, "Helvetica-Bold")
    draw_text(pdf, 50, 312, "What happened? Circle all that apply:", 9.0)
    _options(pdf, 70, 332, ["Job loss", "Less income", "Higher housing costs", "Disaster"],
             {"Less income", "Higher housing costs"})
    _options(pdf, 70, 352, ["Illness or disability", "Divorce or separation", "Death in the family", "Other"], set())
    _blank(pdf, 50, 380, "When did it begin? (mm/dd/yyyy)", "01/15/2054", 120)
    draw_text(pdf, 50, 404, "Will it last? Circle one:", 9.0)
    _options(pdf, 230, 404, ["Short-term", "Long-term", "Resolved"], {"Long-term"})
    draw_text(pdf, 50, 438, "Monthly income before taxes", 10.5, "Helvetica-Bold")
    _blank(pdf, 50, 458, "a. Wages, salary, tips $", "2,860.00", 110)
    _blank(pdf, 50, 478, "b. Social Security, pension $", "", 110)
    draw_text(pdf, 50, 520, "I certify that everything I wrote on this worksheet is true.", 8.5)
    pdf.setLineWidth(0.5)
    pdf.line(50, letter[1] - 560, 300, letter[1] - 560)
    draw_text(pdf, 50, 570, "Borrower signature", 8.0)
    pdf.line(340, letter[1] - 560, 460, letter[1] - 560)
    draw_text(pdf, 340, 570, "Date", 8.0)
    pen_signature(pdf, 70, 557, 170)
    _pen(pdf, 346, 556, "03/20/2054")
    pdf.showPage()
    pdf.save()
    return path


SCAN_DPI = 300


def _scanned(printed: Path) -> Path:
    """The printed page as a grey scan: rendered at SCAN_DPI, a few specks and a soft focus, no text layer."""
    document = pdfium.PdfDocument(str(printed))
    try:
        sheet = document[0].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    image = as_scanned(sheet, ScanStyle(dpi=SCAN_DPI, noise=0.0004, seed=11)).filter(ImageFilter.GaussianBlur(0.4))
    scan = printed.with_name(f"{printed.stem}-scan.pdf")
    images_pdf([image], SCAN_DPI, scan)
    return scan


@pytest.fixture(scope="module")
def ringed(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    """The worksheet printed, filled in ink and scanned in grey (300 dpi, specks, a soft focus), read by OCR."""
    scan = _scanned(_ringed_worksheet(tmp_path_factory.mktemp("ringed") / "tp-12.pdf"))
    return one_document_fields(reader, scan, RECEIVED, APPLICATION)


def test_a_ring_round_owner_occupied_is_the_primary_residence(ringed: dict[str, Field]) -> None:
    """The ring's arcs and the slashes between the options are no boxes, and OCR's reading of the ringed word
    ("©wner-occupie") is still the option; the rented-land question under it ("Circle one: Yes / No") is no
    written answer naming a rental (before, investment_property)."""
    assert values_of(ringed, "occupancy") == {"occupancy": "primary_residence"}


def test_rings_round_two_of_the_hardships(ringed: dict[str, Field]) -> None:
    """"Less income" and "Higher housing costs" ringed in "Job loss / Less income / Higher housing costs / ..."."""
    assert sorted(ringed["hardship_types"].value) == ["increase_in_housing_expenses", "reduction_in_income"]


def test_your_name_gives_the_borrowers_name(ringed: dict[str, Field]) -> None:
    assert values_of(ringed, "borrower_name") == {"borrower_name": "Dale R. Kowalczyk"}


# --- 3. a spreadsheet's workbook exported to PDF --------------------------------------------------------------

SHEET_LEFT, ROW_HEADS = 30.0, 22.0  # the sheet's left edge and its row numbers' column, points
SHEET_COLUMNS = (214.0, 122.0, 122.0, 82.0)  # columns A (labels), B (borrower), C (co-borrower), D (household)
HARDSHIP_ROWS = ("Unemployment", "Reduction in income", "Increase in housing expenses",
                 "Disaster (natural or man-made)", "Disability or serious illness", "Divorce or legal separation",
                 "Death of a borrower or wage earner", "Distant employment transfer / relocation",
                 "Other (describe in row 29)")


def _sheet(pdf: canvas.Canvas, rows: list[tuple[str, list[str]]], first: int, page: int) -> dict[int, float]:
    """A worksheet printed to PDF: the file's name over it, grey column letters A-D and row numbers, gridlines,
    a shaded header row and section rows; text left in its cell, figures right (">") or centred ("^"). Each row
    number's cell bottom, points from the page's top."""
    edges = [SHEET_LEFT + ROW_HEADS]
    for width in SHEET_COLUMNS:
        edges.append(edges[-1] + width)
    draw_text(pdf, 306 - 100, 26, "TP-WB Borrower Assistance Workbook (rev 2051-01).xlsx", 7.5)
    pdf.setLineWidth(0.3)
    pdf.setFillGray(0.88)
    pdf.rect(SHEET_LEFT, letter[1] - 52, edges[-1] - SHEET_LEFT, 12, stroke=1, fill=1)
    pdf.setFillGray(0)
    for index, column in enumerate("ABCD"):
        pdf.setFont("Helvetica", 7.5)
        pdf.drawCentredString((edges[index] + edges[index + 1]) / 2, letter[1] - 48.5, column)
    bottom, bottoms = 52.0, {}
    for number, (kind, cells) in enumerate(rows, first):
        height = 26.0 if kind == "tall" else 15.0
        bottom += height
        bottoms[number] = bottom
        y = letter[1] - bottom
        pdf.setFillGray(0.88)
        pdf.rect(SHEET_LEFT, y, ROW_HEADS, height, stroke=1, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Helvetica", 7)
        pdf.drawCentredString(SHEET_LEFT + ROW_HEADS / 2, y + 4.5, str(number))
        if kind in ("head", "section"):
            pdf.setFillGray(0.78 if kind == "head" else 0.9)
            pdf.rect(edges[0], y, edges[-1] - edges[0], height, stroke=0, fill=1)
            pdf.setFillGray(0)
        if kind in ("title", "note", "section"):
            pdf.rect(edges[0], y, edges[-1] - edges[0], height, stroke=1, fill=0)
            font = {"title": ("Helvetica-Bold", 12.0), "note": ("Helvetica-Oblique", 7.5),
                    "section": ("Helvetica-Bold", 8.0)}[kind]
            pdf.setFont(*font)
            pdf.drawString(edges[0] + 3, y + 4.5, cells[0])
            continue
        for index, text in enumerate(cells):
            pdf.rect(edges[index], y, SHEET_COLUMNS[index], height, stroke=1, fill=0)
            pdf.setFont("Helvetica-Bold" if kind in ("head", "total") else "Helvetica", 8.5)
            if text.startswith(">"):
                pdf.drawRightString(edges[index + 1] - 3, y + 4.5, text[1:])
            elif text.startswith("^"):
                pdf.drawCentredString((edges[index] + edges[index + 1]) / 2, y + 4.5, text[1:])
            elif text:
                pdf.drawString(edges[index] + 3, y + 4.5, text)
    draw_text(pdf, SHEET_LEFT, 752, "Sheet: Application", 7.5)
    draw_text(pdf, edges[-1], 752, f"Page {page} of 2", 7.5, right=True)
    return bottoms


def _workbook(path: Path) -> Path:
    """A servicer's workbook typed and signed on screen: the borrower's answers in column B, the co-borrower's
    in C; the hardship's rows marked by a lone "X" in column B; a signature drawn in column B's tall row."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    rows: list[tuple[str, list[str]]] = [
        ("title", ["BORROWER ASSISTANCE WORKBOOK"]),
        ("note", ["Tillinghast Point Loan Servicing  |  Loss Mitigation  |  PO Box 4410, Hartford, CT 06101"]),
        ("note", ["Fill column B for the borrower and column C for the co-borrower. Column D adds B and C."]),
        ("head", ["Item", "Borrower", "Co-Borrower", "Household"]),
        ("section", ["1. BORROWERS"]),
        ("data", ["Loan number", "5190378264", "", ""]),
        ("data", ["Full legal name", "Renata J. Okafor-Lindqvist", "Tobias Lindqvist", ""]),
        ("data", ["SSN - last 4 digits", ">2281", ">7046", ""]),
        ("data", ["Phone", "(860) 555-0148", "(860) 555-0163", ""]),
        ("section", ["2. PROPERTY"]),
        ("data", ["Property street address", "77 Mountain Laurel Lane", "", ""]),
        ("data", ["City", "Enfield", "", ""]),
        ("data", ["State", "CT", "", ""]),
        ("data", ["ZIP code", ">06084", "", ""]),
        ("data", ["Occupancy (Primary / Second home / Investment)", "Primary residence", "", ""]),
        ("section", ["3. HARDSHIP"]),
        ("data", ["Date hardship began (mm/dd/yyyy)", ">06/01/2051", "", ""]),
        ("data", ["Expected duration (Short-term / Long-term / Resolved)", "Long-term", "", ""]),
        ("note", ["Hardship type - enter X in column B for every type that applies"]),
        *(("data", [label, "^X" if label.startswith("Increase") else "", "", ""]) for label in HARDSHIP_ROWS),
        ("data", ["Describe the other hardship", "", "", ""]),
    ]
    _sheet(pdf, rows, 1, 1)
    pdf.showPage()
    rows = [
        ("head", ["Item", "Borrower", "Co-Borrower", "Household"]),
        ("section", ["4. MONTHLY GROSS INCOME (before taxes, $)"]),
        ("data", ["Gross wages, salary, overtime, tips, bonuses", ">4,118.00", ">2,204.50", ">6,322.50"]),
        ("data", ["Self-employment income", ">-", ">-", ">-"]),
        ("data", ["Unemployment benefits", ">-", ">-", ">-"]),
        ("total", ["TOTAL MONTHLY INCOME", ">4,118.00", ">2,204.50", ">6,322.50"]),
        ("section", ["5. CERTIFICATION AND SIGNATURES"]),
        ("note", ["I certify that the information in this workbook is true and that the hardship entered "
                  "contributed to my need for help."]),
        ("tall", ["Signature", "", "", ""]),
        ("data", ["Printed name", "Renata J. Okafor-Lindqvist", "Tobias Lindqvist", ""]),
        ("data", ["Date signed (mm/dd/yyyy)", ">10/02/2051", ">10/02/2051", ""]),
    ]
    bottoms = _sheet(pdf, rows, 30, 2)
    signature_row = bottoms[38]
    pen_signature(pdf, SHEET_LEFT + ROW_HEADS + SHEET_COLUMNS[0] + 14, signature_row - 6, 86)
    pen_signature(pdf, SHEET_LEFT + ROW_HEADS + sum(SHEET_COLUMNS[:2]) + 14, signature_row - 6, 80, loop=11)
    pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def workbook(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _workbook(tmp_path_factory.mktemp("workbook") / "5190378264_assistance_workbook.pdf")
    return one_document_fields(reader, path, date(2051, 10, 10), APPLICATION)


def test_figures_flush_right_in_column_b_are_the_borrowers(workbook: dict[str, Field]) -> None:
    """"2281" and "06084" end flush right in column B, near column C's start: the borrower's, not the
    co-borrower's column (before, the SSN went unread; the ZIP was read already)."""
    assert values_of(workbook, "ssn_last4", "property_address") == {
        "ssn_last4": "2281", "property_address": "77 Mountain Laurel Lane, Enfield, CT 06084"}


def test_a_lone_x_in_column_b_marks_the_hardship(workbook: dict[str, Field]) -> None:
    """One "X" in nine hardship rows: that row's type, not the gridlines read as on/off switches on every
    other row (before, six types)."""
    assert workbook["hardship_types"].value == ["increase_in_housing_expenses"]


def test_a_signature_drawn_in_column_b_signs_the_workbook(workbook: dict[str, Field]) -> None:
    """Strokes in the tall "Signature" row, the date two rows under it in "Date signed (mm/dd/yyyy)"."""
    assert values_of(workbook, "signed", "signed_on") == {"signed": True, "signed_on": date(2051, 10, 2)}


# --- 4. a government-loan servicer's financial statement: GROSS and NET columns, expenses beside -----------------

LANDSCAPE = (letter[1], letter[0])
MAROON = (0.45, 0.09, 0.12)


def _bar(pdf: canvas.Canvas, x: float, y: float, width: float, title: str) -> None:
    """A part's title in white on a maroon bar whose foot stands `y` points over the page's foot."""
    pdf.setFillColorRGB(*MAROON)
    pdf.rect(x, y, width, 13, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(x + 5, y + 3.5, title)
    pdf.setFillGray(0)


def _cell(pdf: canvas.Canvas, x: float, y: float, width: float, height: float, caption: str, value: str = "",
          fill: float | None = None) -> None:
    """A ruled cell, its small caption in the top-left corner and the typed answer along its foot."""
    if fill is not None:
        pdf.setFillGray(fill)
    pdf.rect(x, y, width, height, stroke=1, fill=int(fill is not None))
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 6.0)
    pdf.drawString(x + 2.5, y + height - 7.5, caption)
    if value:
        pdf.setFont("Courier", 10.0)
        pdf.drawString(x + 4, y + 4, value)


def _tick(pdf: canvas.Canvas, x: float, y: float, ticked: bool, words: str, size: float = 7.5) -> float:
    """A box and its option's words on the baseline `y` (over the page's foot); the x after the words."""
    pdf.setLineWidth(0.6)
    pdf.rect(x, y - 1, 7.5, 7.5, stroke=1, fill=0)
    if ticked:
        pdf.setFont("Courier-Bold", 9.5)
        pdf.drawString(x + 0.8, y - 0.2, "X")
    pdf.setFont("Helvetica", size)
    pdf.drawString(x + 10.5, y, words)
    return x + 20.5 + pdf.stringWidth(words, "Helvetica", size)


def _va_heading(pdf: canvas.Canvas, page: int, width: float, height: float) -> None:
    pdf.setFillColorRGB(*MAROON)
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(36, height - 30, "BLUE RIDGE VETERANS HOME LOAN SERVICING")
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(36, height - 40, "Form BRV-26-44 (Rev. 03/2054)  -  Borrower Financial Statement")
    pdf.drawRightString(width - 36, height - 30, "Servicer loan number: 8841207735")
    pdf.drawRightString(width - 36, height - 40, f"Page {page} of 3")
    pdf.setLineWidth(0.8)
    pdf.line(36, height - 46, width - 36, height - 46)


VA_INCOME = (("a. Wages / salary - civilian job", "", "", "5,936.67", "4,412.10"),
             ("b. Military base pay and allowances", "", "", "", ""),
             ("c. Military retired pay", "2,384.00", "2,146.00", "", ""),
             ("d. VA disability compensation or DIC", "1,986.44", "1,986.44", "", ""),
             ("e. Social Security (retirement, survivor)", "", "", "", ""),
             ("f. Self-employment (net)", "", "", "", ""),
             ("g. Rental income (net)", "", "", "", ""),
             ("h. Unemployment compensation", "", "", "", ""),
             ("i. Child support / alimony received", "", "", "", ""),
             ("j. Other income", "", "", "", ""))
VA_EXPENSES = (("First mortgage payment (PITI)", "1,918.40"), ("Second mortgage or HELOC", "0.00"),
               ("HOA or condominium dues", "0.00"), ("Car payments", "486.00"), ("Car insurance and fuel", "322.00"),
               ("Food and household", "1,150.00"), ("Utilities and phone", "431.75"), ("Medical and dental", "140.00"),
               ("Credit cards and other debts", "275.00"), ("Child care and tuition", "0.00"))


def _va_statement(path: Path) -> Path:
    """Three pages: the borrowers, the property and the service (page 1), the income in GROSS and NET columns for
    each person with the household's expenses printed beside it on the same rows (page 2, landscape), and the
    hardship and the two signature blocks, each date written in a box right of its line (page 3)."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    width, height = letter
    pdf.setFillColorRGB(*MAROON)
    pdf.rect(36, 728, 540, 44, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 12.5)
    pdf.drawString(84, 754, "BLUE RIDGE VETERANS HOME LOAN SERVICING")
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(84, 741, "410 Campbell Avenue SW, Roanoke, VA 24016  -  (800) 555-0126  -  fax (540) 555-0127")
    pdf.drawRightString(570, 756, "Form BRV-26-44 (Rev. 03/2054)")
    pdf.drawRightString(570, 745, "Page 1 of 3")
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawCentredString(width / 2, 712, "BORROWER FINANCIAL STATEMENT AND REQUEST FOR LOSS MITIGATION")
    pdf.setFont("Helvetica", 8)
    pdf.drawCentredString(width / 2, 700, "VA-guaranteed home loans  -  complete every part, sign page 3 and attach "
                                          "the papers listed there")
    pdf.setLineWidth(0.6)
    _cell(pdf, 36, 660, 180, 30, "SERVICER LOAN NUMBER", "8841207735")
    _cell(pdf, 216, 660, 200, 30, "VA LOAN IDENTIFICATION NUMBER (LIN)", "49-49-6-1180734")
    _cell(pdf, 416, 660, 160, 30, "PERSONS LIVING IN THE HOME", "2")
    _bar(pdf, 36, 640, 540, "PART I - BORROWERS")
    columns = ((88, "ROLE"), (140, "FULL NAME"), (80, "SOC. SEC. NO. (LAST 4)"), (80, "PHONE"), (152, "E-MAIL"))
    rows = (("Borrower (Veteran)", "Marcus A. Thibodeaux", "4471", "(540) 555-0172", "m.thibodeaux@example.com"),
            ("Co-Borrower/Spouse", "Lucinda R. Thibodeaux", "9023", "(540) 555-0173", ""))
    x = 36.0
    for column_width, heading in columns:
        _cell(pdf, x, 626, column_width, 14, "", fill=0.9)
        pdf.setFont("Helvetica-Bold", 6.5)
        pdf.drawString(x + 3, 630, heading)
        x += column_width
    for index, row in enumerate(rows):
        x, y = 36.0, 606 - 20 * index
        for column, ((column_width, _), value) in enumerate(zip(columns, row, strict=True)):
            pdf.rect(x, y, column_width, 20, stroke=1, fill=0)
            pdf.setFont("Helvetica-Bold" if column == 0 else "Courier", 7.5 if column == 0 else 8.5)
            pdf.drawString(x + 3, y + 7, value)
            x += column_width
    _bar(pdf, 36, 550, 540, "PART II - THE PROPERTY")
    _cell(pdf, 36, 516, 300, 30, "Property street address", "2716 Windy Gap Road")
    _cell(pdf, 336, 516, 120, 30, "City", "Salem")
    _cell(pdf, 456, 516, 40, 30, "State", "VA")
    _cell(pdf, 496, 516, 80, 30, "ZIP code", "24153")
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(40, 500, "The property is:")
    x = 120.0
    for ticked, words in ((True, "my primary residence (I live there)"), (False, "a second or vacation home"),
                          (False, "an investment / rental property")):
        x = _tick(pdf, x, 500, ticked, words)
    _bar(pdf, 36, 470, 540, "PART III - VETERAN'S SERVICE DETAILS")
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(40, 454, "Branch:")
    x = 100.0
    for branch in ("Army", "Navy", "Air Force", "Marine Corps", "Coast Guard"):
        x = _tick(pdf, x, 454, branch == "Army", branch)
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(40, 438, "Status now:")
    x = 100.0
    for status in ("Active duty", "Guard/Reserve on orders", "Retired", "Separated veteran"):
        x = _tick(pdf, x, 438, status == "Retired", status)
    _cell(pdf, 36, 396, 170, 30, "Date entered service (mm/dd/yyyy)", "06/14/2026")
    _cell(pdf, 206, 396, 170, 30, "Date separated or retired", "06/30/2048")
    _cell(pdf, 376, 396, 200, 30, "VA combined disability rating", "70 %")
    pdf.showPage()

    width, height = LANDSCAPE
    pdf.setPageSize(LANDSCAPE)
    _va_heading(pdf, 2, width, height)
    _bar(pdf, 36, 542, 430, "PART V - MONTHLY INCOME")
    pdf.setFont("Helvetica", 7)
    pdf.drawString(36, 530, "GROSS = before taxes and deductions.  NET = the amount you actually receive.  Leave lines "
                            "that do not apply empty.")
    top = 510
    pdf.setFillGray(0.9)
    pdf.rect(206, top, 130, 13, stroke=1, fill=1)
    pdf.rect(336, top, 130, 13, stroke=1, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 7)
    pdf.drawCentredString(271, top + 4, "VETERAN / BORROWER")
    pdf.drawCentredString(401, top + 4, "CO-BORROWER / SPOUSE")
    x = 36.0
    for column_width, heading in zip((170, 65, 65, 65, 65), ("SOURCE OF INCOME", "GROSS", "NET", "GROSS", "NET"),
                                     strict=True):
        pdf.setFillGray(0.9)
        pdf.rect(x, top - 14, column_width, 14, stroke=1, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Helvetica-Bold", 7)
        if column_width == 170:
            pdf.drawString(x + 3, top - 10, heading)
        else:
            pdf.drawCentredString(x + column_width / 2, top - 10, heading)
        x += column_width
    _bar(pdf, 482, top - 14, 274, "PART VI - MONTHLY HOUSEHOLD EXPENSES")
    y = top - 14
    for (label, *figures), (expense, amount) in zip(VA_INCOME, VA_EXPENSES, strict=True):
        y -= 17
        pdf.rect(36, y, 170, 17, stroke=1, fill=0)
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(39, y + 5.5, label)
        for index, figure in enumerate(figures):
            pdf.rect(206 + 65 * index, y, 65, 17, stroke=1, fill=0)
            if figure:
                pdf.setFont("Courier", 9)
                pdf.drawRightString(267 + 65 * index, y + 5, figure)
        pdf.rect(482, y, 204, 17, stroke=1, fill=0)
        pdf.rect(686, y, 70, 17, stroke=1, fill=0)
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(486, y + 5.5, expense)
        pdf.setFont("Courier", 9)
        pdf.drawRightString(752, y + 5, amount)
    y -= 18
    pdf.setFillGray(0.8)
    pdf.rect(36, y, 170, 18, stroke=1, fill=1)
    pdf.rect(482, y, 204, 18, stroke=1, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 7.5)
    pdf.drawString(39, y + 6, "TOTALS (lines a through j)")
    pdf.drawString(486, y + 6, "TOTAL MONTHLY EXPENSES")
    for index, figure in enumerate(("4,370.44", "4,132.44", "5,936.67", "4,412.10")):
        pdf.rect(206 + 65 * index, y, 65, 18, stroke=1, fill=0)
        pdf.setFont("Courier-Bold", 9)
        pdf.drawRightString(267 + 65 * index, y + 5.5, figure)
    pdf.rect(686, y, 70, 18, stroke=1, fill=0)
    pdf.drawRightString(752, y + 5.5, "4,723.15")
    for index, (label, figure) in enumerate((("TOTAL HOUSEHOLD GROSS MONTHLY INCOME (both GROSS columns)", "10,307.11"),
                                             ("TOTAL HOUSEHOLD NET MONTHLY INCOME (both NET columns)", "8,544.54"))):
        box_y = y - 30 - 24 * index
        pdf.setLineWidth(1.2 if index == 0 else 0.6)
        pdf.rect(36, box_y, 430, 20, stroke=1, fill=0)
        pdf.setFont("Helvetica-Bold", 7.5)
        pdf.drawString(42, box_y + 7, label)
        pdf.setFont("Courier-Bold", 10.5)
        pdf.drawRightString(460, box_y + 6, "$ " + figure)
    pdf.setLineWidth(0.6)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(36, 40, "Income you list here must match the papers you send: pay stubs, award letters, retiree "
                           "account statements, bank statements.")
    pdf.showPage()

    width, height = letter
    pdf.setPageSize(letter)
    _va_heading(pdf, 3, width, height)
    _bar(pdf, 36, 724, 540, "PART VIII - HARDSHIP")
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(40, 708, "What caused your difficulty? Check every reason that applies.")
    reasons = ("Loss of job or unemployment", "Reduced pay or hours, or a change in military pay",
               "Higher taxes, insurance or other housing costs", "Natural disaster (fire, flood, storm)",
               "Illness, injury or disability - including service-connected", "Divorce or legal separation",
               "Death of a borrower or a wage earner", "Other - explain below")
    for index, reason in enumerate(reasons):
        column, row = divmod(index, 4)
        _tick(pdf, 44 + 270 * column, 690 - 15 * row, index == 4, reason)
    _cell(pdf, 36, 590, 170, 30, "The hardship began on (mm/dd/yyyy)", "11/02/2053")
    _bar(pdf, 36, 540, 540, "PART IX - CERTIFICATIONS AND SIGNATURES")
    pdf.setFont("Helvetica", 8)
    for index, sentence in enumerate((
            "1. I certify that the information in this statement is true and complete and that the hardship I",
            "described contributed to my need for help with my mortgage.",
            "2. I understand that knowingly false statements may violate federal law (18 U.S.C. 1001).")):
        pdf.drawString(40, 524 - 10 * index, sentence)
    y = 450.0
    for role, name in (("Borrower (Veteran)", "Marcus A. Thibodeaux"), ("Co-Borrower/Spouse", "Lucinda R. Thibodeaux")):
        pdf.setFont("Helvetica-Bold", 8)
        pdf.drawString(40, y + 18, role)
        pdf.setLineWidth(0.6)
        pdf.line(40, y, 360, y)
        pdf.rect(400, y - 4, 120, 24, stroke=1, fill=0)
        pdf.setFont("Helvetica", 6.5)
        pdf.drawString(40, y - 9, "Signature")
        pdf.drawString(200, y - 9, f"Printed name: {name}")
        pdf.drawString(402, y + 14, "Date (mm/dd/yyyy)")
        pdf.setFillColorRGB(*PEN)
        pdf.setFont("Helvetica", 11)
        pdf.drawString(408, y + 1, "03/18/2054")
        pdf.setFillGray(0)
        pen_signature(pdf, 60, letter[1] - y - 2, 180)
        y -= 58
    pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def va_statement(reader: PageReader, tmp_path_factory: pytest.TempPathFactory
                 ) -> tuple[list[Document], dict[str, Field]]:
    """The file's documents, and the application's fields read from its pages whatever their types."""
    path = _va_statement(tmp_path_factory.mktemp("va") / "BRV-26-44.pdf")
    pages = reader.read(path)
    ink = PdfInk(path, pages)
    documents = read_documents(path.name, "0" * 64, pages, RECEIVED, ink)[0]
    return documents, extract_application(pages, lambda number: PageRef(path.name, number), ink)


def test_a_va_servicers_financial_statement_is_an_application(
        va_statement: tuple[list[Document], dict[str, Field]]) -> None:
    """Its title says so, though page 2 names VA disability compensation, military retired pay and Social
    Security (before, the three pages were one benefit award letter)."""
    documents, _ = va_statement
    assert [(d.type, [ref.page for ref in d.pages]) for d in documents] == [(APPLICATION, [1, 2, 3])]


def test_income_is_read_from_the_gross_columns(va_statement: tuple[list[Document], dict[str, Field]]) -> None:
    """"SOURCE OF INCOME  GROSS  NET  GROSS  NET": the co-borrower's wages from her GROSS column, the veteran's
    retired pay and compensation from his (before, wages 4412.10 from her NET column)."""
    _, fields = va_statement
    assert values_of(fields, "income.wages", "income.benefits_taxable", "income.benefits_nontaxable") == {
        "income.wages": Decimal("5936.67"), "income.benefits_taxable": Decimal("2384.00"),
        "income.benefits_nontaxable": Decimal("1986.44")}


def test_the_expenses_beside_the_income_are_no_income(va_statement: tuple[list[Document], dict[str, Field]]) -> None:
    """"f. Self-employment (net)    Food and household  1,150.00": the figure is the expense table's; the total
    is the "TOTAL HOUSEHOLD GROSS MONTHLY INCOME" line (before, self-employment 1150.00, rental 431.75, ...)."""
    _, fields = va_statement
    assert {name: field.value for name, field in fields.items() if name.startswith("income.")} == {
        "income.wages": Decimal("5936.67"), "income.benefits_taxable": Decimal("2384.00"),
        "income.benefits_nontaxable": Decimal("1986.44"), "income.total": Decimal("10307.11")}


def test_each_signers_date_boxed_right_of_the_signature_line(
        va_statement: tuple[list[Document], dict[str, Field]]) -> None:
    """"Borrower (Veteran)" and "Co-Borrower/Spouse" headings, strokes over a line captioned "Signature", the
    date written in a "Date (mm/dd/yyyy)" box to the right (before, neither signed)."""
    _, fields = va_statement
    assert values_of(fields, "signed", "signed_on", "co_borrower_signed") == {
        "signed": True, "signed_on": date(2054, 3, 18), "co_borrower_signed": True}


FHA_INCOME = (("Wages / salary - Borrower", "1,842.00", "1,551.30"), ("Wages / salary - Co-Borrower/Spouse", "", ""),
              ("Overtime, commissions, bonus", "", ""), ("Self-employment (net)", "", ""),
              ("Social Security - retirement/survivors", "1,189.20", "1,011.51"),
              ("SSI, SSDI, non-taxable disability", "", ""), ("Pension / annuity", "", ""),
              ("VA benefits (tax-free)", "", ""), ("Unemployment compensation", "", ""),
              ("Rental income (net)", "", ""), ("Child support / alimony", "", ""), ("Other", "", ""))
FHA_EXPENSES = (("First mortgage payment", "1,204.66"), ("Second mortgage", "0.00"),
                ("Homeowner's insurance (if not escrowed)", "0.00"), ("Property taxes (if not escrowed)", "0.00"),
                ("Car payment(s)", "312.00"), ("Food, utilities and household", "780.00"),
                ("Medical and prescriptions", "96.00"))


def _fha_statement(path: Path) -> Path:
    """An FHA loan servicer's one-page statement: the income table (SOURCE | GROSS | NET) beside the expenses
    (EXPENSE | AMOUNT) under one dark header row, its TOTAL MONTHLY INCOME line twelve rows under the header."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 36, 40, "IRONWOOD FEDERAL MORTGAGE SERVICING", 13.0, "Helvetica-Bold")
    draw_text(pdf, 36, 51, "Loss Mitigation - 600 Depot Street, Rocky Mount, NC 27804 - (252) 555-0110", 7.5)
    draw_text(pdf, 576, 36, "FHA-INSURED LOANS", 8.0, "Helvetica-Bold", right=True)
    draw_text(pdf, 576, 46, "Form IFS-9200 (05/2054)", 7.5, right=True)
    draw_text(pdf, 36, 80, "BORROWER FINANCIAL STATEMENT", 11.0, "Helvetica-Bold")
    _cell(pdf, 36, letter[1] - 128, 200, 28, "FHA case number", "541-2280917-703")
    _cell(pdf, 236, letter[1] - 128, 200, 28, "Servicer loan number", "3307415928")
    _cell(pdf, 36, letter[1] - 160, 300, 28, "Borrower name", "Wendell J. Ashcombe")
    _cell(pdf, 336, letter[1] - 160, 100, 28, "SSN (last 4)", "3159")
    draw_text(pdf, 36, 180, "19. MONTHLY INCOME (all borrowers)", 8.0, "Helvetica-Bold")
    draw_text(pdf, 330, 180, "20. MONTHLY EXPENSES", 8.0, "Helvetica-Bold")
    header = 198.0
    pdf.setFillGray(0.15)
    pdf.rect(36, letter[1] - header - 4, 284, 13, stroke=0, fill=1)
    pdf.rect(330, letter[1] - header - 4, 246, 13, stroke=0, fill=1)
    pdf.setFillGray(1)
    for x, heading, right in ((40, "SOURCE", False), (256, "GROSS", True), (316, "NET", True),
                              (334, "EXPENSE", False), (572, "AMOUNT", True)):
        draw_text(pdf, x, header, heading, 7.0, "Helvetica-Bold", right=right)
    pdf.setFillGray(0)
    pdf.setLineWidth(0.4)
    for index, (label, gross, net) in enumerate(FHA_INCOME, 1):
        y = header + 15 * index
        pdf.line(36, letter[1] - y - 3, 320, letter[1] - y - 3)
        draw_text(pdf, 40, y, label, 7.5)
        if gross:
            draw_text(pdf, 258, y, gross, 8.5, "Courier", right=True)
            draw_text(pdf, 316, y, net, 8.5, "Courier", right=True)
    for index, (label, amount) in enumerate(FHA_EXPENSES, 1):
        y = header + 15 * index
        pdf.line(330, letter[1] - y - 3, 576, letter[1] - y - 3)
        draw_text(pdf, 334, y, label, 7.5)
        draw_text(pdf, 572, y, amount, 8.5, "Courier", right=True)
    expenses = header + 15 * len(FHA_EXPENSES) + 17
    draw_text(pdf, 334, expenses, "TOTAL MONTHLY EXPENSES", 7.5, "Helvetica-Bold")
    draw_text(pdf, 572, expenses, "2,392.66", 8.5, "Courier-Bold", right=True)
    total = header + 15 * len(FHA_INCOME) + 17
    pdf.setLineWidth(1)
    pdf.rect(36, letter[1] - total - 4, 284, 16, stroke=1, fill=0)
    draw_text(pdf, 40, total, "TOTAL MONTHLY INCOME", 7.5, "Helvetica-Bold")
    draw_text(pdf, 258, total, "3,031.20", 8.5, "Courier-Bold", right=True)
    draw_text(pdf, 316, total, "2,562.81", 8.5, "Courier-Bold", right=True)
    draw_text(pdf, 36, total + 40, "22. CERTIFICATION", 8.0, "Helvetica-Bold")
    draw_text(pdf, 36, total + 53, "I certify that the statements above are true and complete and that the hardship "
                                   "described caused the default.", 7.8)
    pdf.setLineWidth(0.6)
    pdf.line(40, letter[1] - total - 100, 330, letter[1] - total - 100)
    draw_text(pdf, 40, total + 109, "Borrower signature", 7.0)
    pdf.line(360, letter[1] - total - 100, 480, letter[1] - total - 100)
    draw_text(pdf, 360, total + 109, "Date", 7.0)
    pen_signature(pdf, 60, total + 98, 170)
    _pen(pdf, 366, total + 97, "04/01/2054", 10.5)
    pdf.showPage()
    pdf.save()
    return path


def test_a_total_line_far_under_its_gross_and_net_headings(reader: PageReader, tmp_path: Path) -> None:
    """"TOTAL MONTHLY INCOME  3,031.20  2,562.81" thirteen rows under "SOURCE  GROSS  NET": the GROSS figure
    (before, the NET one)."""
    fields = one_document_fields(reader, _fha_statement(tmp_path / "IFS-9200.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "income.total") == {"income.total": Decimal("3031.20")}


# --- 5. a landscape form of four cards side by side ---------------------------------------------------------------

TEAL = (0.05, 0.42, 0.45)


def _card(pdf: canvas.Canvas, x: float, top: float, width: float, height: float, title: str) -> None:
    """A rounded card whose teal title band holds its lettered heading in white (`top` over the page's foot)."""
    pdf.setLineWidth(0.7)
    pdf.roundRect(x, top - height, width, height, 6, stroke=1, fill=0)
    pdf.setFillColorRGB(*TEAL)
    pdf.roundRect(x, top - 18, width, 18, 6, stroke=0, fill=1)
    pdf.rect(x, top - 18, width, 8, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(x + 8, top - 13, title)
    pdf.setFillGray(0)


def _caption_over(pdf: canvas.Canvas, x: float, y: float, width: float, caption: str, answer: str) -> None:
    """A small grey caption over a typed answer on a rule (`y` the answer's baseline over the page's foot)."""
    pdf.setFillGray(0.35)
    pdf.setFont("Helvetica", 6.3)
    pdf.drawString(x, y + 15, caption.upper())
    pdf.setFillGray(0)
    pdf.setLineWidth(0.4)
    pdf.line(x, y - 2, x + width, y - 2)
    pdf.setFont("Courier", 9.5)
    pdf.drawString(x + 2, y + 1, answer)


def _card_form(path: Path) -> Path:
    """A servicer's landscape request: four cards side by side, each lettered heading on one row, captions
    40 points apart over their typed answers; the check boxes of the property's use and the hardship."""
    pdf = canvas.Canvas(str(path), pagesize=LANDSCAPE)
    width, height = LANDSCAPE
    pdf.setFont("Times-Bold", 18)
    pdf.setFillColorRGB(*TEAL)
    pdf.drawString(30, height - 46, "HOLLISTER BAY")
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(30, height - 57, "LOAN SERVICING  -  1 Harbor Plaza, Norfolk, VA 23510  -  Fax (757) 555-0168")
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawCentredString(width / 2 + 70, height - 46, "MORTGAGE RELIEF REQUEST")
    pdf.setFont("Helvetica", 7.5)
    pdf.drawCentredString(width / 2 + 70, height - 57, "Form HBLS-4L (rev. 01/2054)  -  Page 1 of 2")
    pdf.rect(width - 170, height - 62, 140, 32, stroke=1, fill=0)
    pdf.setFont("Helvetica-Bold", 6.5)
    pdf.drawString(width - 166, height - 39, "LOAN NO.")
    pdf.setFont("Courier-Bold", 12)
    pdf.drawString(width - 164, height - 56, "6029184437")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(30, height - 86, "Type or print. Answer every card; check the boxes that apply. Sign page 2.")
    top, card_width = height - 98, 177.0
    lefts = [30 + index * (card_width + 6) for index in range(4)]
    for x, title in zip(lefts, ("A  BORROWER", "B  CO-BORROWER (IF ANY)", "C  PROPERTY", "D  HARDSHIP"), strict=True):
        _card(pdf, x, top, card_width, 440, title)
    people = (("Annika S. Vanterpool", "5516", "(757) 555-0181", "annika.v@example.com", "Tidewater Dental Group"),
              ("Roderick E. Vanterpool", "8842", "(757) 555-0192", "", "Norfolk Naval Shipyard"))
    for x, person in zip(lefts[:2], people, strict=True):
        y = top - 48
        for caption, answer in zip(("Full name", "SSN - last 4 digits", "Phone", "E-mail", "Employer"), person,
                                   strict=True):
            _caption_over(pdf, x + 8, y, card_width - 16, caption, answer)
            y -= 40
    x, y = lefts[2], top - 48
    for caption, answer in (("Street address", "3318 Bayberry Neck Road"), ("City", "Chesapeake"), ("State", "VA"),
                            ("ZIP", "23322")):
        _caption_over(pdf, x + 8, y, card_width - 16, caption, answer)
        y -= 40
    pdf.setFont("Helvetica-Bold", 6.5)
    pdf.drawString(x + 8, y + 12, "THE PROPERTY IS")
    for index, (ticked, words) in enumerate(((True, "Primary residence"), (False, "Second home"),
                                             (False, "Investment property"))):
        _tick(pdf, x + 8, y - 2 - 13 * index, ticked, words)
    x, y = lefts[3], top - 48
    _caption_over(pdf, x + 8, y, card_width - 16, "Hardship began on (mm/dd/yyyy)", "01/09/2054")
    pdf.setFont("Helvetica-Bold", 6.5)
    pdf.drawString(x + 8, y - 60, "EXPECTED TO LAST")
    for index, (ticked, words) in enumerate(((False, "6 months or less"), (True, "More than 6 months"),
                                             (False, "Already resolved"))):
        _tick(pdf, x + 8, y - 73 - 12 * index, ticked, words, 7)
    pdf.setFont("Helvetica-Bold", 6.5)
    pdf.drawString(x + 8, y - 120, "CAUSE - CHECK ALL THAT APPLY")
    for index, (ticked, words) in enumerate(((False, "Unemployment"), (True, "Reduced income"),
                                             (False, "Higher housing costs"), (False, "Disaster"),
                                             (False, "Illness / disability"), (False, "Divorce / legal separation"),
                                             (False, "Death in household"), (False, "Other"))):
        _tick(pdf, x + 8, y - 133 - 13 * index, ticked, words, 7)
    pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def cards(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    return one_document_fields(reader, _card_form(tmp_path_factory.mktemp("cards") / "HBLS-4L.pdf"), RECEIVED,
                               APPLICATION)


def test_the_co_borrowers_name_is_under_its_cards_full_name(cards: dict[str, Field]) -> None:
    """"B  CO-BORROWER (IF ANY)" shares its row with the other cards' headings; its own "FULL NAME" caption
    stands right under it (before, no co-borrower read)."""
    assert values_of(cards, "co_borrower_name") == {"co_borrower_name": "Roderick E. Vanterpool"}


def test_the_property_cards_captions_make_the_whole_address(cards: dict[str, Field]) -> None:
    """"STREET ADDRESS", "CITY", "STATE" and "ZIP" 40 points apart, each over its answer (before, the street
    alone)."""
    assert values_of(cards, "property_address") == {
        "property_address": "3318 Bayberry Neck Road, Chesapeake, VA 23322"}


# --- 6, 12. a Form 710 look-alike: a typewriter's answers set a line high; a blank co-borrower row ------------

TYPE = "Courier"  # a typewriter's face


def _form710_first(name: Ink) -> list[Ink]:
    """Page 1 of a servicer's print of Form 710: the borrower's rows, each caption left and its answer typed to the
    right; the phone rows' "[ ] Cell [ ] Home [ ] Work [ ] Other" far right, the alternate phone's row set low."""
    inks = [Ink(171, 66.4, "Mortgage Assistance Application", 17.0, "Helvetica-Bold"),
            Ink(36.7, 80.6, "If you are having mortgage payment challenges, please complete and submit this "
                            "application, along with the", 8.3),
            Ink(36.8, 92.0, "required documentation, to Wexford Mill Loan Servicing via mail, fax or online.", 8.3),
            Ink(37.0, 269.1, "Borrower Information", 12.0, "Helvetica-Bold"),
            Ink(36.7, 290.4, "Borrower's name", 10.0),
            Ink(36.4, 311.8, "Social Security Number (last 4 digits):", 9.3),
            Ink(36.8, 331.9, "E-mail address", 9.3),
            Ink(36.3, 357.4, "Primary phone number", 9.3),
            Ink(36.2, 386.0, "Alternate phone number", 9.3),
            Ink(36.9, 397.3, "Co-borrower's name", 10.0),
            Ink(36.4, 420.9, "Social Security Number (last 4 digits)", 9.3),
            Ink(37.6, 438.3, "E-mail address", 9.3),
            Ink(37.6, 463.8, "Primary phone number", 9.3),
            Ink(37.0, 570.5, "Property Information", 12.0, "Helvetica-Bold"),
            Ink(36.9, 591.8, "Property Address:", 9.3),
            Ink(36.2, 779.7, "April 2023    Fannie Mae/Freddie Mac Form 710", 7.2)]
    for row in (351.9, 387.7, 459.1):  # (the alternate phone's row low, its options' feet just over the next row)
        inks += [Ink(x, row, f"[  ]  {option}", 7.0) for x, option in ((398.0, "Cell"), (440.0, "Home"),
                                                                       (482.0, "Work"), (530.0, "Other"))]
    inks += [Ink(200, 309.8, "5047", 11.0, TYPE), Ink(128, 329.9, "d.ferreira-holt@example.com", 11.0, TYPE),
             Ink(150, 355.4, "(802) 555-0134", 11.0, TYPE), Ink(400.0, 350.4, "X", 9.0, TYPE),
             Ink(128, 589.8, "61 Sugarhouse Lane, Montpelier, VT 05602", 11.0, TYPE)]
    return [*inks, name]


def _form710_hardship(date_ink: Ink) -> list[Ink]:
    """Page 2: the hardship sentence (its blank a rule, drawn apart), the duration boxes and the reasons' boxes."""
    return [Ink(37.0, 54.9, "Hardship Information", 12.0, "Helvetica-Bold"),
            Ink(36.1, 77.0, "The hardship causing mortgage payment challenges began on approximately (date)", 9.0),
            Ink(466.0, 77.0, "and is believed to be:", 9.0),
            Ink(54.0, 96.0, "[  ]", 9.3), Ink(67.9, 96.0, "Short-term (up to 6 months)", 9.3),
            Ink(54.0, 110.7, "[X]", 9.3, TYPE), Ink(68.5, 110.7, "Long-term or permanent (greater than 6 months)", 9.3),
            Ink(54.0, 125.6, "[  ]", 9.3), Ink(68.5, 125.6, "Resolved as of (date)", 9.3),
            Ink(36.5, 150.0, "TYPE OF HARDSHIP (CHECK ALL THAT APPLY)", 9.3, "Helvetica-Bold"),
            Ink(40.0, 170.0, "[  ]  Unemployment", 9.3),
            Ink(40.0, 190.0, "[X]  Reduction in income: a hardship that has caused a decrease in your income", 9.3),
            Ink(40.0, 210.0, "[  ]  Increase in housing expenses", 9.3), Ink(40.0, 230.0, "[  ]  Disaster", 9.3),
            Ink(36.2, 779.7, "April 2023    Fannie Mae/Freddie Mac Form 710", 7.2),
            date_ink]


def _printed(pdf: canvas.Canvas, inks: list[Ink], rules: tuple[tuple[float, float, float], ...] = ()) -> None:
    """One page: its strings where they are placed, and its blanks' rules (x from, x to, y from the top)."""
    for ink in inks:
        draw_text(pdf, ink.x, ink.y, ink.text, ink.size, ink.font, right=ink.align == "r")
    pdf.setLineWidth(0.5)
    for start, end, y in rules:
        pdf.line(start, letter[1] - y, end, letter[1] - y)
    pdf.showPage()


HARDSHIP_BLANKS = ((372.0, 462.0, 79.5), (158.0, 262.0, 127.0))  # "(date) ____" in the sentence; "Resolved as of"


def _typed_high(path: Path) -> Path:
    """A servicer's print of Form 710 filled on a typewriter set a little high: the name's baseline just over the
    top of "Borrower's name", the hardship's date on the sentence's blank, its feet over the sentence's top."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _printed(pdf, _form710_first(Ink(128.0, 281.2, "Dolores M. Ferreira-Holt", 11.0, TYPE)))
    _printed(pdf, _form710_hardship(Ink(380.0, 69.6, "02/17/2054", 11.0, TYPE)), HARDSHIP_BLANKS)
    pdf.save()
    return path


@pytest.fixture(scope="module")
def typed_high(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    return one_document_fields(reader, _typed_high(tmp_path_factory.mktemp("typed") / "form710.pdf"), RECEIVED,
                               APPLICATION)


def test_a_name_typed_a_little_high_rests_on_its_labels_line(typed_high: dict[str, Field]) -> None:
    """The name's baseline two points over the top of "Borrower's name", its start near the label's end
    (before, no borrower's name)."""
    assert values_of(typed_high, "borrower_name") == {"borrower_name": "Dolores M. Ferreira-Holt"}


def test_a_date_typed_over_the_sentences_blank(typed_high: dict[str, Field]) -> None:
    """"... began on approximately (date) ________ and is believed to be:", the date on the blank resting over
    the sentence's print: the blank is no empty one (before, no hardship date)."""
    assert values_of(typed_high, "hardship_start_date") == {"hardship_start_date": date(2054, 2, 17)}


def test_phone_options_over_a_blank_co_borrower_row_are_no_name(typed_high: dict[str, Field]) -> None:
    """(guard) The row over "Co-borrower's name" holds "Alternate phone number ... [ ] Cell [ ] Home [ ] Work",
    the options far right, their feet just over the label's top: no answer resting on the label's line."""
    assert typed_high["co_borrower_name"].value is None


# --- 7. an old numbered form typed off its lines ----------------------------------------------------------------


def _numbered_relief_form(path: Path) -> Path:
    """A savings bank's old form of numbered items on ruled blanks, typed where the carriage stopped: the name a
    few points over its blank, the co-applicant's items left empty over the next part's band."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 306 - 128, 47, "SANDHILL PLAINS SAVINGS BANK", 16.0, "Times-Bold")
    draw_text(pdf, 306 - 160, 59, "Established 1911  -  Main & Railroad Streets, Ogallah Springs, KS 67656", 8.5,
              "Times-Roman")
    draw_text(pdf, 306 - 136, 78, "MORTGAGE PAYMENT RELIEF APPLICATION", 12.0, "Times-Bold")
    draw_text(pdf, 50, 92, "Form SP-7 (Rev. 6/88)", 7.5, "Times-Roman")
    draw_text(pdf, 562, 92, "Sheet 1 of 2", 7.5, "Times-Roman", right=True)
    pdf.setLineWidth(1)
    pdf.rect(40, 60, 532, 632, stroke=1, fill=0)

    def part(top: float, title: str) -> None:
        pdf.setFillGray(0.85)
        pdf.rect(40, letter[1] - top - 4, 532, 15, stroke=0, fill=1)
        pdf.setFillGray(0)
        draw_text(pdf, 46, top, title, 10.0, "Times-Bold")

    def item(x: float, top: float, label: str, width: float, answer: str = "", high: float = 0.0) -> float:
        """A numbered item's label and its ruled blank, the answer typed `high` points over the line; the x after."""
        draw_text(pdf, x, top, label, 10.0, "Times-Roman")
        start = x + pdf.stringWidth(label, "Times-Roman", 10.0) + 3
        pdf.setLineWidth(0.6)
        pdf.line(start, letter[1] - top - 1.5, start + width, letter[1] - top - 1.5)
        if answer:
            draw_text(pdf, start + 6, top - high, answer, 10.5, TYPE)
        return start + width + 10

    part(116, "PART I - APPLICANT")
    x = item(50, 144, "1. Loan No.", 120, "4419027365", 3.0)
    item(x, 144, "2. Telephone", 150, "(785) 555-0149", 3.0)
    x = item(50, 174, "3. Name of applicant", 250, "Ambrose K. Deschenes", 7.0)
    item(x, 174, "4. Soc. Sec. No. (last four)", 45, "1184", 5.5)
    x = item(50, 204, "5. Name of co-applicant", 234)
    item(x, 204, "6. Soc. Sec. No. (last four)", 45)
    part(234, "PART II - PROPERTY")
    item(50, 262, "7. Street address or rural route", 330, "2207 Road 14", 6.0)
    x = item(50, 292, "8. City or town", 190, "Ogallah", 6.0)
    x = item(x, 292, "9. State", 36, "KS", 6.0)
    item(x, 292, "10. ZIP", 70, "67656", 6.0)
    draw_text(pdf, 50, 320, "11. Occupancy:", 10.0, "Times-Roman")
    x = 130.0
    for option in ("Owner's principal dwelling", "Second or seasonal home", "Rented to others"):
        pdf.rect(x, letter[1] - 321, 8, 8, stroke=1, fill=0)
        draw_text(pdf, x + 12, 320, option, 10.0, "Times-Roman")
        if option.startswith("Owner"):
            draw_text(pdf, x + 1.5, 319.5, "X", 10.5, TYPE)
        x += pdf.stringWidth(option, "Times-Roman", 10.0) + 30
    part(360, "PART III - REASON FOR REQUEST")
    item(50, 388, "14. Date the difficulty began (mo/day/yr)", 120, "10/06/2053", 6.0)
    pdf.showPage()
    draw_text(pdf, 306 - 136, 78, "MORTGAGE PAYMENT RELIEF APPLICATION", 12.0, "Times-Bold")
    draw_text(pdf, 562, 92, "Sheet 2 of 2", 7.5, "Times-Roman", right=True)
    part(140, "PART IV - MONTHLY INCOME OF HOUSEHOLD (before deductions)")
    for index, (label, amount) in enumerate((("17. Wages, salary and commissions", "2,614.00"),
                                             ("18. Self-employment income", ""), ("19. Unemployment benefits", ""),
                                             ("20. Social Security, pension, disability", "1,032.00"))):
        top = 168 + 24 * index
        draw_text(pdf, 50, top, label, 10.0, "Times-Roman")
        draw_text(pdf, 420, top, "$", 10.0, "Times-Roman")
        pdf.line(430, letter[1] - top - 1.5, 540, letter[1] - top - 1.5)
        if amount:
            draw_text(pdf, 436, top - 5.5, amount, 10.5, TYPE)
    draw_text(pdf, 50, 264, "25. TOTAL MONTHLY INCOME (lines 17 through 24)", 10.0, "Times-Bold")
    draw_text(pdf, 420, 264, "$", 10.0, "Times-Roman")
    pdf.line(430, letter[1] - 265.5, 540, letter[1] - 265.5)
    draw_text(pdf, 436, 258.5, "3,646.00", 10.5, TYPE)
    part(300, "PART V - CERTIFICATION")
    draw_text(pdf, 50, 326, "The undersigned certify that the statements made in this application are true and "
                            "complete.", 9.5, "Times-Roman")
    for top, role in ((380, "applicant"), (424, "co-applicant")):
        draw_text(pdf, 50, top, f"Signature of {role}", 10.0, "Times-Roman")
        pdf.line(150, letter[1] - top - 1.5, 380, letter[1] - top - 1.5)
        draw_text(pdf, 392, top, "Date", 10.0, "Times-Roman")
        pdf.line(418, letter[1] - top - 1.5, 540, letter[1] - top - 1.5)
    pen_signature(pdf, 165, 379, 170)
    _pen(pdf, 424, 378, "11/20/2053", 12.0)
    pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def numbered(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    return one_document_fields(reader, _numbered_relief_form(tmp_path_factory.mktemp("numbered") / "SP-7.pdf"),
                               RECEIVED, APPLICATION)


def test_a_name_typed_over_its_blank_before_the_next_items_number(numbered: dict[str, Field]) -> None:
    """"3. Name of applicant ______  4. Soc. Sec. No. (last four)": the "4." on the label's row opens the next
    item, the name is the one typed over the blank (before, no borrower's name)."""
    assert values_of(numbered, "borrower_name") == {"borrower_name": "Ambrose K. Deschenes"}


def test_a_blank_co_applicant_over_the_next_parts_band(numbered: dict[str, Field]) -> None:
    """(guard) "5. Name of co-applicant ____  6. Soc. Sec. No." left empty, "PART II - PROPERTY" under it: the
    next part's heading is nobody's name."""
    assert numbered["co_borrower_name"].value is None


# --- 8. an income page that reads a little like a bank statement, between the application's pages --------------


def _form710_income() -> list[Ink]:
    """Page 3: the income lines, each with the papers it asks for beside it, and the assets (the page's footer,
    "Form 710", lost to the copier's margin)."""
    inks = [Ink(37.0, 52.6, "Borrower Income", 12.0, "Helvetica-Bold"),
            Ink(36.9, 72.3, "Please enter all borrower income amounts in middle column.", 9.3),
            Ink(42.4, 92.1, "MONTHLY TOTAL BORROWER INCOME TYPE & AMOUNT", 7.3, "Helvetica-Bold"),
            Ink(358.1, 92.1, "PAPERS TO SEND", 7.3, "Helvetica-Bold")]
    rows = (("Gross (pre-tax) wages, salaries and overtime pay", "3,412.00",
             ["Most recent pay stub and documentation of year-to-date earnings", "OR",
              "Two most recent bank statements showing income deposit amounts"]),
            ("Self-employment income", "", ["Two most recent bank statements showing self-employed income deposit",
                                            "amounts OR most recent quarterly profit/loss statement"]),
            ("Unemployment benefit income", "", ["No documentation required"]),
            ("Taxable Social Security, pension, disability", "", ["Two most recent bank statements showing deposit",
                                                                  "amounts OR award letters"]),
            ("Non-taxable Social Security or disability income", "",
             ["Two most recent bank statements showing deposit amounts OR award letters"]),
            ("Rental income (rents received, less expenses)", "",
             ["Two most recent bank statements demonstrating receipt of rent"]))
    top = 114.0
    for label, amount, papers in rows:
        inks += [Ink(42.0, top, label, 8.5), Ink(221.8, top, "$", 9.3)]
        if amount:
            inks.append(Ink(300.0, top, amount, 10.0, TYPE, "r"))
        inks += [Ink(333.0, top + 12.8 * index, words, 8.5) for index, words in enumerate(papers)]
        top += 12.8 * max(len(papers), 2) + 10
    inks += [Ink(36.5, 613.8, "Current Borrower Assets", 12.0, "Helvetica-Bold"),
             Ink(36.9, 635.3, "Exclude retirement funds such as a 401(k) or Individual Retirement Account (IRA).", 9.2),
             Ink(41.8, 670.6, "Checking account(s) and cash on hand", 9.3), Ink(442.3, 670.0, "$", 9.3),
             Ink(520.0, 670.0, "1,215.40", 10.0, TYPE, "r"),
             Ink(41.7, 690.0, "Savings, money market funds, and Certificates of Deposit (CDs)", 9.3),
             Ink(442.3, 689.3, "$", 9.3), Ink(520.0, 689.3, "0.00", 10.0, TYPE, "r"),
             Ink(41.7, 708.9, "Stocks and bonds (non-retirement accounts)", 9.3), Ink(442.3, 708.4, "$", 9.3)]
    return inks


def _form710_signatures() -> list[Ink]:
    """Page 4: the certification's points and the signature lines."""
    points = ("I certify and acknowledge that all of the information in this Mortgage Assistance Application is "
              "truthful.", "I agree to provide my servicer with all required documents.",
              "I consent to the servicer obtaining a current credit report for the borrower and co-borrower.")
    return [Ink(37.0, 54.9, "Borrower Certification and Agreement", 12.0, "Helvetica-Bold"),
            *(Ink(36.9, 76.3 + 22 * index, f"{index + 1}.  {point}", 9.2) for index, point in enumerate(points)),
            Ink(54.4, 447.3, "Borrower signature:", 8.9), Ink(402.5, 445.3, "Date:", 6.9),
            Ink(430.0, 445.3, "03/27/2054", 11.0, TYPE),
            Ink(54.7, 484.5, "Co-Borrower signature:", 8.9), Ink(402.2, 483.8, "Date:", 6.9),
            Ink(36.2, 779.7, "April 2023    Fannie Mae/Freddie Mac Form 710", 7.2)]


def _four_page_application(path: Path) -> Path:
    """The whole print typed on its rows: the borrower's page, the hardship page, the income page (whose words
    name bank statements, deposits and a checking account) and the certification signed in ink."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _printed(pdf, _form710_first(Ink(128.0, 290.4, "Dolores M. Ferreira-Holt", 11.0, TYPE)))
    _printed(pdf, _form710_hardship(Ink(380.0, 77.0, "02/17/2054", 11.0, TYPE)), HARDSHIP_BLANKS)
    _printed(pdf, _form710_income())
    pen_signature(pdf, 150, 445, 180)
    _printed(pdf, _form710_signatures())
    pdf.save()
    return path


def test_an_income_page_that_reads_like_a_bank_statement_between_application_pages(reader: PageReader,
                                                                                    tmp_path: Path) -> None:
    """Page 3 names bank statements, deposits and a checking account, and reads a little more like a statement
    than an application; between the application's pages 1-2 and its signature page it is the application's
    (before, a bank statement of its own)."""
    documents = documents_read(reader, _four_page_application(tmp_path / "form710 signed.pdf"), RECEIVED)
    assert [(d.type, [ref.page for ref in d.pages]) for d in documents] == [(APPLICATION, [1, 2, 3, 4])]


# --- 9. a payer's column between an income line's source and its amount ----------------------------------------


def _payer_matrix(path: Path) -> Path:
    """A household income worksheet whose table names each line's payer in a column of its own between the
    source and the people's amounts ("Employment 1 | Ransom County Clerk's Office | 3,721.88 | | 3,721.88")."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "CORBEL RIDGE MORTGAGE", 14.0, "Helvetica-Bold")
    draw_text(pdf, 40, 64, "Household Income Worksheet and Request for Mortgage Help", 10.0, "Helvetica-Bold")
    draw_text(pdf, 40, 90, "Loan no.", 9.0)
    draw_text(pdf, 100, 90, "0610842297", 10.0, "Courier")
    draw_text(pdf, 40, 106, "Borrower's full name", 9.0)
    draw_text(pdf, 150, 106, "Marisela V. Quintanar", 10.0, "Courier")
    draw_text(pdf, 40, 140, "D. HOUSEHOLD MONTHLY INCOME, BEFORE TAXES", 9.0, "Helvetica-Bold")
    columns = ((40, 170, "Source"), (210, 170, "Employer or payer"), (380, 64, "Borrower $"),
               (444, 64, "Co-borrower $"), (508, 64, "Line total $"))
    pdf.setLineWidth(0.4)
    for x, width, heading in columns:
        pdf.rect(x, letter[1] - 162, width, 14, stroke=1, fill=0)
        draw_text(pdf, x + 3, 158, heading, 7.0, "Helvetica-Bold")
    rows = (("Employment 1", "Ransom County Clerk's Office", "3,721.88", ""), ("Employment 2", "", "", ""),
            ("Self-employment", "", "", ""), ("Unemployment benefits", "", "", ""),
            ("Social Security, pension, disability", "", "", ""), ("Rental income (net of expenses)", "", "", ""))
    top = 176.0
    for label, payer, borrower, co_borrower in rows:
        for x, width, _ in columns:
            pdf.rect(x, letter[1] - top - 5, width, 18, stroke=1, fill=0)
        draw_text(pdf, 43, top, label, 7.0)
        draw_text(pdf, 213, top, payer, 8.0, "Courier")
        for right, figure in ((441, borrower), (505, co_borrower), (569, borrower)):
            if figure:
                draw_text(pdf, right, top, figure, 9.0, "Courier", right=True)
        top += 18
    draw_text(pdf, 43, top, "TOTAL MONTHLY HOUSEHOLD INCOME", 8.0, "Helvetica-Bold")
    draw_text(pdf, 569, top, "3,721.88", 9.0, "Courier-Bold", right=True)
    pdf.showPage()
    pdf.save()
    return path


def test_a_payers_name_between_the_source_and_the_amount(reader: PageReader, tmp_path: Path) -> None:
    """(guard) "Employment 1 | Ransom County Clerk's Office | 3,721.88": the employer's column is no expense
    table beside the income (that is a column of labels closed by "TOTAL MONTHLY EXPENSES")."""
    fields = one_document_fields(reader, _payer_matrix(tmp_path / "worksheet.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "income.wages") == {"income.wages": Decimal("3721.88")}


# --- 10. a USDA servicer's income table: who, a year's figure, the month's gross and net ---------------------------

GREEN = (0.13, 0.38, 0.2)


def _usda_statement(path: Path) -> Path:
    """A rural servicer's income page: INCOME SOURCE | WHO | ANNUAL | MONTHLY GROSS | MONTHLY NET, a farm's
    seasonal income given by the year and its twelfth, a pension by the month only; the expenses beside it."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFillColorRGB(*GREEN)
    draw_text(pdf, 70, 36, "HEARTWOOD RURAL HOME LOAN SERVICING", 13.0, "Helvetica-Bold")
    pdf.setFillGray(0)
    draw_text(pdf, 70, 47, "USDA Single Family Housing Guaranteed Loans  -  410 Main Avenue, Fargo, ND 58103", 7.5)
    draw_text(pdf, 576, 34, "Form HRW-55 (Rev. 01/2054)", 7.5, right=True)
    draw_text(pdf, 576, 45, "Page 2 of 2", 7.5, right=True)
    draw_text(pdf, 36, 70, "Lender loan number 7105528341   -   USDA borrower ID RD-3381-0427", 8.0)
    for x, width, title in ((36, 330, "PART E - MONTHLY INCOME"), (380, 196, "PART F - MONTHLY EXPENSES")):
        pdf.setStrokeColorRGB(*GREEN)
        pdf.setLineWidth(1.4)
        pdf.line(x, letter[1] - 92, x + width, letter[1] - 92)
        pdf.setStrokeColorRGB(0, 0, 0)
        pdf.setLineWidth(0.5)
        pdf.setFillColorRGB(*GREEN)
        draw_text(pdf, x, 88, title, 9.0, "Helvetica-Bold")
        pdf.setFillGray(0)
    draw_text(pdf, 36, 102, "For seasonal income give the year's amount; GROSS = before taxes, NET = after taxes.", 6.5)
    columns = (("INCOME SOURCE", 132), ("WHO", 28), ("ANNUAL", 58), ("MONTHLY GROSS", 56), ("MONTHLY NET", 56))
    x = 36.0
    for heading, width in columns:
        pdf.setFillColorRGB(*GREEN)
        pdf.rect(x, letter[1] - 122, width, 14, stroke=1, fill=1)
        pdf.setFillGray(1)
        pdf.setFont("Helvetica-Bold", 6)
        pdf.drawCentredString(x + width / 2, letter[1] - 117.5, heading)
        x += width
    pdf.setFillGray(0)
    rows = (("Wages and salaries", "", "", "", ""),
            ("Net farm income (Sch. F)", "B", "31,200.00", "2,600.00", "2,400.00"),
            ("Other business income (net)", "", "", "", ""),
            ("Social Security, pensions", "C", "", "1,211.40", "1,008.00"),
            ("SSI, disability, VA (tax-free)", "", "", "", ""), ("Unemployment compensation", "", "", "", ""),
            ("Net rental income", "", "", "", ""), ("Other", "", "", "", ""))
    top = 122.0
    for row in rows:
        top += 16
        x = 36.0
        for index, ((_, width), value) in enumerate(zip(columns, row, strict=True)):
            pdf.rect(x, letter[1] - top, width, 16, stroke=1, fill=0)
            if index == 0:
                draw_text(pdf, x + 3, top - 5, value, 7.0)
            elif value:
                draw_text(pdf, x + width / 2 - 2.4 if index == 1 else x + width - 3, top - 5, value, 8.0, "Courier",
                          right=index > 1)
            x += width
    top += 18
    pdf.setLineWidth(1.1)
    pdf.rect(36, letter[1] - top, 330, 18, stroke=1, fill=0)
    draw_text(pdf, 40, top - 6, "TOTAL MONTHLY HOUSEHOLD INCOME", 7.5, "Helvetica-Bold")
    draw_text(pdf, 307, top - 6, "3,811.40", 8.0, "Courier-Bold", right=True)
    draw_text(pdf, 363, top - 6, "3,408.00", 8.0, "Courier-Bold", right=True)
    pdf.setLineWidth(0.5)
    expenses = (("Mortgage payment", "1,106.00"), ("Property taxes", "212.00"), ("Farm operating loan", "640.00"),
                ("Food and household", "900.00"), ("Utilities and phone", "318.00"))
    top = 108.0
    for label, amount in expenses:
        top += 16
        pdf.rect(380, letter[1] - top, 130, 16, stroke=1, fill=0)
        pdf.rect(510, letter[1] - top, 66, 16, stroke=1, fill=0)
        draw_text(pdf, 384, top - 5, label, 7.0)
        draw_text(pdf, 573, top - 5, amount, 8.0, "Courier", right=True)
    top += 18
    pdf.setLineWidth(1.1)
    pdf.rect(380, letter[1] - top, 196, 18, stroke=1, fill=0)
    draw_text(pdf, 384, top - 6, "TOTAL EXPENSES", 7.5, "Helvetica-Bold")
    draw_text(pdf, 573, top - 6, "3,176.00", 8.0, "Courier-Bold", right=True)
    draw_text(pdf, 36, 380, "PART H - CERTIFICATION AND SIGNATURES", 9.0, "Helvetica-Bold")
    draw_text(pdf, 36, 396, "We certify that the information in this statement is true and complete.", 8.0)
    pdf.line(42, letter[1] - 450, 294, letter[1] - 450)
    draw_text(pdf, 42, 458, "Signature", 6.5)
    pen_signature(pdf, 56, 448, 170)
    pdf.showPage()
    pdf.save()
    return path


def test_a_farms_year_and_a_pensions_month_from_the_monthly_gross_column(reader: PageReader, tmp_path: Path
                                                                         ) -> None:
    """"Net farm income (Sch. F)  B  31,200.00  2,600.00  2,400.00" and "Social Security, pensions  C
    1,211.40  1,008.00" (no annual figure): the MONTHLY GROSS figures, not the year's nor the net (before,
    1008.00 and no farm income)."""
    fields = one_document_fields(reader, _usda_statement(tmp_path / "HRW-55.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "income.self_employment", "income.benefits_taxable") == {
        "income.self_employment": Decimal("2600.00"), "income.benefits_taxable": Decimal("1211.40")}


# --- 11. a pay stub's header band: small captions, the dates boxed a little under them ------------------------------


def _banded_stub(path: Path) -> Path:
    """A clinic's earnings statement: a grey band of small captions, each value in a white box a little under its
    caption (about three of the page's type heights), then the earnings table."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "Ransom Valley Family Clinic", 15.0, "Helvetica-Bold")
    draw_text(pdf, 40, 62, "88 Depot Street, Lisbon, ND 58054", 8.0)
    draw_text(pdf, 572, 50, "EARNINGS STATEMENT", 11.0, "Helvetica-Bold", right=True)
    pdf.setFillGray(0.85)
    pdf.rect(40, letter[1] - 132, 532, 46, stroke=0, fill=1)
    pdf.setFillGray(0)
    cells = ((46, 140, "EMPLOYEE", "Ingrid T. Sorbo"), (192, 70, "EMPLOYEE ID", "RV-2207"),
             (268, 96, "PAY PERIOD BEGIN", "02/23/2054"), (370, 96, "PAY PERIOD END", "03/08/2054"),
             (472, 94, "CHECK NUMBER", "0048813"))
    for x, width, caption, value in cells:
        draw_text(pdf, x + 2, 96, caption, 5.5, "Helvetica-Bold")
        pdf.setFillGray(1)
        pdf.rect(x, letter[1] - 128, width, 16, stroke=0, fill=1)
        pdf.setFillGray(0)
        draw_text(pdf, x + 4, 124, value, 9.0)
    rows = (("Regular", "80.00", "24.10", "1,928.00", "9,640.00"), ("Overtime", "4.50", "36.15", "162.68", "542.25"),
            ("Gross pay", "", "", "2,090.68", "10,182.25"), ("Federal income tax", "", "", "-171.44", "-834.95"),
            ("Social Security", "", "", "-129.62", "-631.30"), ("Medicare", "", "", "-30.32", "-147.64"),
            ("Net pay", "", "", "1,759.30", "8,568.36"))
    for x, heading, right in ((46, "EARNINGS AND DEDUCTIONS", False), (300, "HOURS", True), (370, "RATE", True),
                              (470, "THIS PERIOD", True), (566, "YEAR TO DATE", True)):
        draw_text(pdf, x, 160, heading, 7.5, "Helvetica-Bold", right=right)
    for index, (label, *figures) in enumerate(rows):
        top = 176 + 14 * index
        draw_text(pdf, 46, top, label, 8.5)
        for right, figure in zip((300, 370, 470, 566), figures, strict=True):
            if figure:
                draw_text(pdf, right, top, figure, 8.5, right=True)
    draw_text(pdf, 46, 290, "Pay date 03/13/2054    Paid bi-weekly by direct deposit to account ending 4410", 8.0)
    pdf.showPage()
    pdf.save()
    return path


def test_pay_period_dates_boxed_under_small_captions(reader: PageReader, tmp_path: Path) -> None:
    """"PAY PERIOD BEGIN" and "PAY PERIOD END" in 5.5-point type, each date in a white box about three type
    heights under its caption (before, neither read)."""
    path = _banded_stub(tmp_path / "stub.pdf")
    fields = one_document_fields(reader, path, RECEIVED, "pay_stub")
    assert values_of(fields, "period_start", "period_end") == {
        "period_start": date(2054, 2, 23), "period_end": date(2054, 3, 8)}
