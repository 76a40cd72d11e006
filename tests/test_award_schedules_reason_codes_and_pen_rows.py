"""Award letters' schedules of amounts, a retiree account statement's gross pay, HUD's reason codes before a
form's reasons, a worksheet's legend of answers, a pen's name written high on its line, and a faxed "Xx".

1. A VA award letter whose "Your compensation award" table lists "Monthly Entitlement Amount | Payment Start
   Date | Reason For Change" rows ($1,102.04 from July 1, 2049; $1,141.71 from December 1, 2052; $1,986.44 from
   February 1, 2054), dated February 20, 2054: the monthly amount is the one in force, the latest start not after
   the letter's date (before, the first row's). Guard: a letter with one amount and its start date gives it.
2. A DFAS "RETIREE ACCOUNT STATEMENT" (U.S. Military Retired Pay), its "PAY INFORMATION  MONTHLY AMOUNT" panel
   beside an allotments panel of the same heading: "Gross Pay 2,384.00" is the monthly amount, not the SBP
   costs, the tax or the net pay after them (before, none was read).
3. An FHA servicer's form of numbered caption boxes whose reasons for default carry HUD's three-figure codes
   between each drawn box and its words ("[ ] 019 Unemployment", "[X] 016 Increase in taxes, insurance or MIP
   (escrow)", "[ ] 002 Illness ..."), an X typed only in the ticked box: the one reason ticked, the codes'
   figures no ticks (before, the illness, divorce and transfer rows); "13. Occupancy" over "Is the property your
   principal residence?  [X] Yes  [ ] No  If no, it is:  [ ] a second home  [ ] rented to others" is the
   principal residence (before, none).
4. A servicer's intake worksheet printed from a spreadsheet, every cell ruled, a narrow "OK" column left of the
   items where a reviewer typed X on the rows checked: "Occupancy (Primary / Second home / Investment)   Primary
   residence" is the primary residence; the legend's "Second home" in parentheses is no box option, and the
   reviewer's ticked cell before the row is no box of it (before, a second home).
5. A form printed, filled in ink and scanned (real tesseract): the name written large in a pen's hand (Times
   Italic, 21 points, over 9-point labels) a little high on the line after "Your name", its middle about half a
   label height over the label's, followed on the row by "Last 4 of SSN  7730": the borrower's name is the
   written one (before, "Your name" was no label at all; read by the print's row alone, the tall name is off
   it: no name, or "Last of" written a little higher).
6. A spreadsheet's hardship list sent by fax, the X entered in column B read as "Xx" ("Distant employment
   transfer / relocation  Xx"), built born-digital with "Xx" typed in the cell: the one hardship is the
   relocation, the ruled cells of the other rows no switches (before, five other hardships).

Born-digital fixtures (reportlab) but for 5's scan, read through the real page reader and `read_documents` with
their ink and word boxes. People are fictional; SSNs are last fours.
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

from conftest import one_document_fields, values_of
from lossmit_docs.model import Field
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, ScanStyle, as_scanned, draw_text, images_pdf, pen_signature, placed_text_pdf

RECEIVED = date(2054, 4, 2)
APPLICATION = "mortgage_assistance_application"
AWARD = "benefit_award_letter"
PEN = (0.1, 0.14, 0.46)  # a blue ballpoint

# --- 1. a VA award letter's schedule of monthly amounts ---------------------------------------------------------

SCHEDULE = [("$1,102.04", "July 1, 2049", "Original award"),
            ("$1,141.71", "December 1, 2052", "Cost-of-living adjustment"),
            ("$1,986.44", "February 1, 2054", "Evaluation increased to 70 percent")]


def _va_award(path: Path, schedule: list[tuple[str, str, str]]) -> Path:
    """A regional office's letter dated February 20, 2054: the award's table of amounts, each with the date its
    payments started and why it changed, under "Your compensation award"."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 186, 50, "DEPARTMENT OF VETERANS AFFAIRS", 12.0, "Times-Bold")
    draw_text(pdf, 236, 64, "Regional Office", 10.0, "Times-Roman")
    draw_text(pdf, 211, 76, "5000 Wissahickon Avenue, Philadelphia, PA 19144", 8.0, "Times-Roman")
    draw_text(pdf, 400, 104, "February 20, 2054", 10.5, "Times-Roman")
    draw_text(pdf, 400, 130, "In Reply Refer To: 310/214/ak", 9.0, "Times-Roman")
    draw_text(pdf, 400, 142, "File Number: xxx-xx-4412", 9.0, "Times-Roman")
    for index, line in enumerate(("ELEANOR M. FAIRWEATHER-DUNN", "1187 SPRING MILL ROAD", "CONSHOHOCKEN PA 19428")):
        draw_text(pdf, 72, 130 + 12 * index, line, 10.0, "Times-Roman")
    draw_text(pdf, 72, 196, "Dear Ms. Fairweather-Dunn:", 11.0, "Times-Roman")
    opening = ["We made a decision on your claim for an increased evaluation of your service connected",
               "disability, received on October 3, 2053. This letter tells you what we decided, how much",
               "we will pay you, and what to do if you disagree with our decision."]
    for index, line in enumerate(opening):
        draw_text(pdf, 72, 220 + 14 * index, line, 11.0, "Times-Roman")
    draw_text(pdf, 72, 280, "Your compensation award", 12.0, "Times-Bold")
    draw_text(pdf, 72, 298, "Your monthly entitlement amount is shown below:", 11.0, "Times-Roman")
    for x, heading in ((72, "Monthly Entitlement Amount"), (230, "Payment Start Date"), (370, "Reason For Change")):
        draw_text(pdf, x, 322, heading, 10.0, "Times-Bold")
    pdf.setLineWidth(0.6)
    pdf.line(72, letter[1] - 327, 540, letter[1] - 327)
    for index, (amount, start, reason) in enumerate(schedule):
        for x, words in ((72, amount), (230, start), (370, reason)):
            draw_text(pdf, x, 342 + 16 * index, words, 10.5, "Times-Roman")
    top = 360 + 16 * len(schedule)
    rest = ["We pay you as a veteran with a combined service connected evaluation of 70 percent,",
            "with one dependent. Your payment begins on the first day of the month after the effective",
            "date of your award. You should contact us if your dependency status changes.", "",
            "What You Should Do If You Disagree With Our Decision",
            "If you do not agree with our decision, you may choose a review option within one year",
            "from the date of this letter.", "", "Sincerely yours,", "Veterans Service Center Manager"]
    for index, line in enumerate(rest):
        draw_text(pdf, 72, top + 14 * index, line, 11.0, "Times-Bold" if line.startswith("What") else "Times-Roman")
    pdf.showPage()
    pdf.save()
    return path


def test_the_amount_in_force_is_the_latest_start_by_the_letters_date(reader: PageReader, tmp_path: Path) -> None:
    """$1,986.44 started February 1, 2054, before the letter's February 20: the amount paid now, not the first
    row's $1,102.04 of 2049."""
    fields = one_document_fields(reader, _va_award(tmp_path / "va-award.pdf", SCHEDULE), RECEIVED, AWARD)
    assert values_of(fields, "letter_date", "monthly_amount") == {
        "letter_date": date(2054, 2, 20), "monthly_amount": Decimal("1986.44")}


def test_a_letter_with_one_amount_and_its_start_date(reader: PageReader, tmp_path: Path) -> None:
    """Guard: one row, "$1,986.44  February 1, 2054 ...", is the amount, schedule or not."""
    fields = one_document_fields(reader, _va_award(tmp_path / "va-award.pdf", SCHEDULE[-1:]), RECEIVED, AWARD)
    assert values_of(fields, "monthly_amount") == {"monthly_amount": Decimal("1986.44")}


# --- 2. a retiree account statement's gross pay -----------------------------------------------------------------


def _retiree_statement(path: Path) -> Path:
    """DFAS's statement of a retiree's monthly pay: the pay panel's rows from gross to net at the left, the
    allotments panel under the same "MONTHLY AMOUNT" heading at the right, SBP and remarks under them."""
    inks = [Ink(40, 44, "DEFENSE FINANCE AND ACCOUNTING SERVICE", 12.0, "Helvetica-Bold"),
            Ink(40, 58, "U.S. Military Retired Pay  -  PO Box 7130, London, KY 40742-7130", 8.5),
            Ink(572, 44, "RETIREE ACCOUNT STATEMENT", 12.0, "Helvetica-Bold", "r"),
            Ink(572, 58, "Statement date: 03/01/2054", 8.5, align="r"),
            Ink(330, 96, "SSN: XXX-XX-3307", 9.0), Ink(330, 108, "Pay grade: E-7   Retirement date: 06/01/2041", 9.0),
            Ink(330, 120, "Pay period: 02/01/2054 - 02/28/2054", 9.0),
            Ink(40, 160, "PAY INFORMATION", 9.5, "Helvetica-Bold"),
            Ink(260, 160, "MONTHLY AMOUNT", 9.5, "Helvetica-Bold", "r"),
            Ink(320, 160, "ALLOTMENT INFORMATION", 9.5, "Helvetica-Bold"),
            Ink(572, 160, "MONTHLY AMOUNT", 9.5, "Helvetica-Bold", "r"),
            Ink(320, 178, "No allotments on file", 9.0),
            Ink(40, 270, "SURVIVOR BENEFIT PLAN (SBP) INFORMATION", 9.5, "Helvetica-Bold"),
            Ink(40, 286, "Coverage: Spouse only   Base amount: 2,384.00   Beneficiary: Lorraine Hollingsworth", 9.0),
            Ink(40, 320, "REMARKS", 9.5, "Helvetica-Bold"),
            Ink(40, 336, "Your retired pay is paid on the first business day of each month.", 9.0)]
    inks += [Ink(40, 96 + 12 * index, line, 9.5)
             for index, line in enumerate(("CURTIS A. HOLLINGSWORTH", "4410 BLUE STAR HIGHWAY", "SAUGATUCK MI 49453"))]
    for index, (caption, value) in enumerate((("Gross Pay", "2,384.00"), ("SBP Costs", "155.36"),
                                              ("Taxable Income", "2,228.64"), ("Federal Tax Withheld", "188.00"),
                                              ("Net Pay", "2,040.64"))):
        inks += [Ink(40, 178 + 14 * index, caption, 9.0), Ink(260, 178 + 14 * index, value, 9.0, align="r")]
    return placed_text_pdf(path, [inks])


def test_a_retiree_account_statements_gross_pay_is_the_monthly_amount(reader: PageReader, tmp_path: Path) -> None:
    """The pay before the SBP costs and the tax come out of it, as the application lists it."""
    fields = one_document_fields(reader, _retiree_statement(tmp_path / "ras.pdf"), RECEIVED, AWARD)
    assert values_of(fields, "monthly_amount") == {"monthly_amount": Decimal("2384.00")}


# --- 3. an FHA servicer's form: HUD's reason codes, the principal residence asked Yes or No ------------------------

REASONS = [("019", "Unemployment", False), ("006", "Curtailment of income", False),
           ("016", "Increase in taxes, insurance or MIP (escrow)", True),
           ("002", "Illness or disability of a borrower or family member", False),
           ("005", "Divorce or legal separation", False), ("018", "Casualty loss (fire, flood, storm)", False),
           ("001", "Death of a borrower or wage earner", False), ("009", "Distant employment transfer", False),
           ("015", "Other (explain in item 17)", False)]


def _tick(pdf: canvas.Canvas, x: float, top: float, ticked: bool, words: str = "") -> float:
    """A drawn box, an X typed in it when ticked, its words after it; where the next one may start."""
    pdf.setLineWidth(0.6)
    pdf.rect(x, letter[1] - top - 1, 7.5, 7.5, stroke=1, fill=0)
    if ticked:
        draw_text(pdf, x + 0.8, top + 0.2, "X", 9.5, "Courier-Bold")
    if words:
        draw_text(pdf, x + 10.5, top, words, 8.0)
    return x + 10.5 + pdf.stringWidth(words, "Helvetica", 8.0) + 10


def _cell(pdf: canvas.Canvas, x: float, top: float, width: float, height: float, caption: str,
          answer: str = "") -> None:
    """A ruled box, its small caption in the top corner and the answer typed along its foot."""
    pdf.setLineWidth(0.6)
    pdf.rect(x, letter[1] - top - height, width, height, stroke=1, fill=0)
    draw_text(pdf, x + 2.5, top + 7.5, caption, 6.0)
    if answer:
        draw_text(pdf, x + 4, top + height - 4, answer, 10.0, "Courier")


def _fha_request(path: Path) -> Path:
    """One page of numbered caption boxes filled on screen: the people and the home, 13 the occupancy asked as
    one Yes/No question, 14 the reasons for default in two columns, each box then its HUD code then its words,
    the hardship's start, its explanation and the signature."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 36, 40, "LAKEMONT FEDERAL HOME LOANS", 13.0, "Helvetica-Bold")
    draw_text(pdf, 36, 51, "Loss Mitigation  -  FHA-insured loans  -  PO Box 9140, Dayton, OH 45401", 7.5)
    draw_text(pdf, 576, 40, "Form LF-FHA-22  Page 1 of 1", 7.5, right=True)
    draw_text(pdf, 201, 76, "REQUEST FOR MORTGAGE ASSISTANCE", 12.0, "Helvetica-Bold")
    rows = [[("1. FHA case number", "541-8830297-703", 200), ("2. Servicer loan number", "3308172645", 200),
             ("3. Home phone", "(937) 555-0142", 140)],
            [("4. Borrower's name (first, middle, last)", "Winifred A. Castellanos-Reid", 330),
             ("5. Social Security no. (last 4)", "5518", 210)],
            [("6. Co-borrower's name (first, middle, last)", "", 330), ("7. Social Security no. (last 4)", "", 210)],
            [("8. E-mail address", "wcreid@example.com", 250), ("9. Employer", "Greene County Schools", 290)],
            [("10. Property address (street, city, state, ZIP code)", "2716 Sycamore Bend Drive, Xenia, OH 45385",
              540)]]
    top = 88.0
    for row in rows:
        x = 36.0
        for caption, answer, width in row:
            _cell(pdf, x, top, width, 30, caption, answer)
            x += width
        top += 30
    _cell(pdf, 36, top, 540, 34, "13. Occupancy")
    draw_text(pdf, 44, top + 22, "Is the property your principal residence?", 8.0)
    x = _tick(pdf, 212, top + 22, True, "Yes")
    x = _tick(pdf, x, top + 22, False, "No")
    draw_text(pdf, x + 6, top + 22, "If no, it is:", 8.0)
    x = _tick(pdf, x + 52, top + 22, False, "a second home")
    _tick(pdf, x, top + 22, False, "rented to others")
    top += 34
    _cell(pdf, 36, top, 540, 100, "14. Reason for default - mark the reason that applies (HUD default reason code "
                                  "shown before each)")
    for index, (code, words, ticked) in enumerate(REASONS):
        column, row_index = divmod(index, 5)
        x, y = 46 + 268 * column, top + 24 + 16 * row_index
        _tick(pdf, x, y, ticked)
        draw_text(pdf, x + 12, y, code, 8.0, "Courier")
        draw_text(pdf, x + 34, y, words, 8.0)
    top += 100
    _cell(pdf, 36, top, 270, 30, "15. Date the hardship began (mm/dd/yyyy)", "01/01/2054")
    _cell(pdf, 306, top, 270, 30, "16. Expected to last")
    _tick(pdf, _tick(pdf, 316, top + 22, False, "Short-term"), top + 22, True, "Long-term")
    top += 30
    _cell(pdf, 36, top, 540, 56, "17. Explain the hardship")
    draw_text(pdf, 44, top + 24, "The county reassessed the home in December and our escrow payment rose by", 9.5,
              "Courier")
    draw_text(pdf, 44, top + 37, "$412 a month in January. We cannot keep up with the new payment.", 9.5, "Courier")
    top += 56
    _cell(pdf, 36, top, 540, 60, "18. Certification - I certify that the information in this request is true and "
                                 "complete.")
    pdf.setLineWidth(0.5)
    pdf.line(46, letter[1] - top - 44, 330, letter[1] - top - 44)
    pdf.line(370, letter[1] - top - 44, 560, letter[1] - top - 44)
    draw_text(pdf, 46, top + 53, "Borrower's signature", 6.5)
    draw_text(pdf, 370, top + 53, "Date", 6.5)
    pen_signature(pdf, 66, top + 41, 170)
    draw_text(pdf, 376, top + 40, "03/12/2054", 10.0, "Courier")
    pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def fha_request(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _fha_request(tmp_path_factory.mktemp("fha") / "lf-fha-22.pdf")
    return one_document_fields(reader, path, RECEIVED, APPLICATION)


def test_hud_reason_codes_between_box_and_words_are_no_ticks(fha_request: dict[str, Field]) -> None:
    """Only "016 Increase in taxes, insurance or MIP (escrow)" has its X; "002", "005" and "009" are codes."""
    assert fha_request["hardship_types"].value == ["increase_in_housing_expenses"]


def test_the_principal_residence_question_answered_yes(fha_request: dict[str, Field]) -> None:
    """The home's one question, its Yes ticked; "If no, it is: a second home / rented to others" left blank."""
    assert values_of(fha_request, "occupancy") == {"occupancy": "primary_residence"}


# --- 4. a spreadsheet's legend of answers beside a reviewer's column ----------------------------------------------

SHEET_LEFT, SHEET_ROW = 40.0, 13.0
SHEET_COLUMNS = (11.0, 245.0, 190.0, 86.0)  # A (the reviewer's OK), B (items), C (answers), D (notes)


def _intake_sheet(path: Path) -> Path:
    """A worksheet printed with every cell ruled: column A narrow, an X typed where the servicer's reviewer
    checked the answer against the papers; the items in B, the answers in C; the borrower's signature under it."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, SHEET_LEFT, 44, "Brackenridge Mortgage Services", 13.0, "Helvetica-Bold")
    draw_text(pdf, SHEET_LEFT, 58, "Borrower Assistance Intake  -  intake_7741920386.xlsx  -  Sheet1", 8.0)
    rows = [("OK", "Item", "Answer", "Notes"), ("", "BORROWER"), ("X", "Loan number", "7741920386"),
            ("X", "Borrower name", "Percival T. Oyelaran-Hughes"), ("X", "Borrower SSN (last 4)", "6620"),
            ("", "Co-borrower name", "", "none"), ("", "PROPERTY"), ("X", "Property address", "58 Thistledown Lane"),
            ("X", "City, State ZIP", "Bowling Green, KY 42101"),
            ("X", "Occupancy (Primary / Second home / Investment)", "Primary residence"),
            ("", "Number in household", "4"), ("", "HARDSHIP"), ("", "Hardship reason", "Reduction in income"),
            ("", "Date hardship began (mm/dd/yyyy)", "11/15/2053"), ("", "MONTHLY INCOME (GROSS)"),
            ("X", "Wages, salary, overtime", "3,412.00"), ("", "Unemployment benefits", "0.00")]
    edges = [SHEET_LEFT]
    for width in SHEET_COLUMNS:
        edges.append(edges[-1] + width)
    pdf.setLineWidth(0.4)
    for number, cells in enumerate(rows, 1):
        y = letter[1] - 78 - SHEET_ROW * number
        head, section = number == 1, cells[1].isupper()
        if head or section:
            pdf.setFillGray(0.82 if head else 0.92)
            pdf.rect(edges[0], y, edges[-1] - edges[0], SHEET_ROW, stroke=0, fill=1)
            pdf.setFillGray(0)
        for index, width in enumerate(SHEET_COLUMNS):
            pdf.rect(edges[index], y, width, SHEET_ROW, stroke=1, fill=0)
            text = cells[index] if index < len(cells) else ""
            if text and index == 0:
                pdf.setFont("Helvetica-Bold" if head else "Courier-Bold", 6.0 if head else 9.0)
                pdf.drawCentredString((edges[0] + edges[1]) / 2, y + 3.8, text)
            elif text:
                pdf.setFont("Helvetica-Bold" if head or section else "Helvetica", 8.5)
                pdf.drawString(edges[index] + 3, y + 3.8, text)
    draw_text(pdf, SHEET_LEFT, 400, "I certify that the information in this worksheet is true.", 8.0)
    pdf.setLineWidth(0.5)
    pdf.line(SHEET_LEFT, letter[1] - 440, SHEET_LEFT + 250, letter[1] - 440)
    pdf.line(SHEET_LEFT + 300, letter[1] - 440, SHEET_LEFT + 420, letter[1] - 440)
    draw_text(pdf, SHEET_LEFT, 450, "Borrower signature", 7.5)
    draw_text(pdf, SHEET_LEFT + 300, 450, "Date", 7.5)
    draw_text(pdf, SHEET_LEFT + 306, 436, "03/22/2054", 10.0, "Courier")
    pen_signature(pdf, SHEET_LEFT + 20, 437, 160)
    draw_text(pdf, SHEET_LEFT, 470, "OK: X where the servicer's reviewer checked the answer against the documents.",
              7.0, "Helvetica-Oblique")
    pdf.showPage()
    pdf.save()
    return path


def test_a_legend_of_answers_in_parentheses_is_no_box_option(reader: PageReader, tmp_path: Path) -> None:
    """"(Primary / Second home / Investment)" tells what to write; the reviewer's ruled cell with its X before
    the row is no ticked box of "Second home": the answer written in C is the primary residence."""
    fields = one_document_fields(reader, _intake_sheet(tmp_path / "intake.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "occupancy", "borrower_name") == {
        "occupancy": "primary_residence", "borrower_name": "Percival T. Oyelaran-Hughes"}


# --- 5. a pen's name written large and a little high after "Your name" (scanned) ----------------------------------

SCAN_DPI = 300
HAND = ("Times-Italic", 21.0)  # a pen's hand, over twice as tall as the 9-point labels


def _hand(pdf: canvas.Canvas, x: float, baseline: float, words: str, size: float = HAND[1]) -> None:
    pdf.setFillColorRGB(*PEN)
    draw_text(pdf, x, baseline, words, size, HAND[0])
    pdf.setFillGray(0)


def _rule(pdf: canvas.Canvas, x0: float, x1: float, top: float) -> None:
    pdf.setLineWidth(0.5)
    pdf.line(x0, letter[1] - top - 1.5, x1, letter[1] - top - 1.5)


def _short_form(path: Path) -> Path:
    """A one-page short form of labels beside ruled lines, answered in ink: the name starts a little after
    "Your name", its baseline a point over the label's, "Last 4 of SSN" and its answer further along the row."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 50, 56, "COPPERFIELD MORTGAGE COMPANY", 14.0, "Helvetica-Bold")
    draw_text(pdf, 50, 74, "Mortgage Assistance Application - Short Form", 12.0, "Helvetica-Bold")
    draw_text(pdf, 50, 92, "Please print clearly in ink. Mail or fax to 1-800-555-0127.", 9.0)
    draw_text(pdf, 50, 140, "Your name", 9.0)
    _rule(pdf, 100, 380, 140)
    draw_text(pdf, 392, 140, "Last 4 of SSN", 9.0)
    _rule(pdf, 456, 560, 140)
    _hand(pdf, 108, 139, "Odell M. Brathwaite")
    _hand(pdf, 470, 139, "7730")
    draw_text(pdf, 50, 180, "Loan number", 9.0)
    _rule(pdf, 110, 330, 180)
    _hand(pdf, 118, 179, "6024418817", 18.0)
    draw_text(pdf, 50, 220, "Property address", 9.0)
    _rule(pdf, 130, 560, 220)
    _hand(pdf, 138, 219, "912 Larchmont Ave, Joliet IL 60435", 17.0)
    draw_text(pdf, 50, 264, "What caused your hardship? (check one)", 9.0, "Helvetica-Bold")
    for index, (words, ticked) in enumerate((("Unemployment", False), ("Reduction in income", True),
                                             ("Illness or disability", False), ("Divorce or legal separation", False))):
        y = 284 + 16 * index
        pdf.setLineWidth(0.7)
        pdf.rect(58, letter[1] - y - 1.5, 9, 9, stroke=1, fill=0)
        if ticked:
            pdf.setStrokeColorRGB(*PEN)
            pdf.setLineWidth(1.4)
            pdf.line(58, letter[1] - y + 3, 62, letter[1] - y - 1)
            pdf.line(62, letter[1] - y - 1, 69, letter[1] - y + 10)
            pdf.setStrokeColorRGB(0, 0, 0)
        draw_text(pdf, 74, y + 6, words, 9.0)
    draw_text(pdf, 50, 374, "I certify that the information on this form is true.", 9.0)
    _rule(pdf, 50, 320, 414)
    draw_text(pdf, 50, 426, "Signature", 8.0)
    pen_signature(pdf, 70, 412, 160)
    _rule(pdf, 360, 500, 414)
    draw_text(pdf, 360, 426, "Date", 8.0)
    _hand(pdf, 366, 413, "3/18/2054", 16.0)
    pdf.showPage()
    pdf.save()
    return path


def _scanned(printed: Path) -> Path:
    """The printed page as a grey scan: rendered at SCAN_DPI, a few specks and a soft focus, no text layer."""
    document = pdfium.PdfDocument(str(printed))
    try:
        sheet = document[0].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    image = as_scanned(sheet, ScanStyle(dpi=SCAN_DPI, noise=0.0004, seed=5)).filter(ImageFilter.GaussianBlur(0.4))
    scan = printed.with_name(f"{printed.stem}-scan.pdf")
    images_pdf([image], SCAN_DPI, scan)
    return scan


def test_a_name_written_high_after_your_name_before_the_ssn_caption(reader: PageReader, tmp_path: Path) -> None:
    """The pen's first word, twice the label's height and centred half a label height over its middle, is on the
    label's row and the row follows it: the name, where the print's row alone holds only the SSN caption."""
    fields = one_document_fields(reader, _scanned(_short_form(tmp_path / "short-form.pdf")), RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name") == {"borrower_name": "Odell M. Brathwaite"}


# --- 6. a faxed spreadsheet's hardship list, its X read as "Xx" ---------------------------------------------------

FAX_COLUMNS = (250.0, 110.0, 170.0)  # A (items), B (borrower), C (notes)
HARDSHIPS = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster (natural or man-made)",
             "Disability or serious illness", "Divorce or legal separation", "Death of a borrower or wage earner",
             "Distant employment transfer / relocation", "Other")


def _faxed_sheet(path: Path) -> Path:
    """A worksheet's print as the fax brought it (the sending machine's header line over it), every cell ruled,
    the hardship rows answered by "Xx" in column B on the transfer's row."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 30, 18, "MAR 03 2054 09:14   FROM: 12705550163   TO: 18005550199   P.02/03", 8.0, "Courier")
    draw_text(pdf, 40, 50, "Hardship worksheet", 12.0, "Helvetica-Bold")
    draw_text(pdf, 40, 62, "Greenbriar Loan Servicing  -  hardship_worksheet.xlsx", 8.0)
    rows = [("Item", "Borrower", "Notes"), ("Loan number", "4419027735", ""),
            ("Borrower name", "Ottoline F. Marchetti", ""), ("Date hardship began (mm/dd/yyyy)", "01/06/2054", ""),
            ("HARDSHIP TYPE - enter X in column B for each that applies", "", ""),
            *((words, "Xx" if words.startswith("Distant") else "", "") for words in HARDSHIPS),
            ("Describe the hardship", "Transferred to Louisville plant", "")]
    edges = [40.0]
    for width in FAX_COLUMNS:
        edges.append(edges[-1] + width)
    pdf.setLineWidth(0.4)
    for number, cells in enumerate(rows, 1):
        y = letter[1] - 76 - 14 * number
        bold = number == 1 or cells[0].startswith("HARDSHIP")
        for index, text in enumerate(cells):
            pdf.rect(edges[index], y, FAX_COLUMNS[index], 14, stroke=1, fill=0)
            if text:
                pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
                pdf.drawString(edges[index] + 3, y + 4, text)
    pdf.showPage()
    pdf.save()
    return path


def test_a_faxed_xx_in_column_b_marks_the_hardship(reader: PageReader, tmp_path: Path) -> None:
    """"Xx" ends one row of nine: that row's type alone, the other rows' ruled cells no switches."""
    fields = one_document_fields(reader, _faxed_sheet(tmp_path / "fax.pdf"), RECEIVED, APPLICATION)
    assert fields["hardship_types"].value == ["relocation"]
