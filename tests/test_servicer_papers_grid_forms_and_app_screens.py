"""A servicer's own letters kept in a packet, grid forms (captions at the top of tall cells, numbered cells, ovals to
fill), signature rows, an income list answered "N/A" and "0", a pay stub and a bank account seen on a phone's
screen, Form 710's income page with its heading lost, and a pen's figure whose last digit stands apart.

1. A "Notice of Incomplete Application" (thanks for the application, the missing items "[ ]", Regulation X's
   sentence on other loans secured by the property, "Sincerely, Loss Mitigation Department") and a trial period
   plan's offer letter: `other` papers (before, an application and a hardship letter).
2. An income table of a row per person under captions set at the top of a tall header cell, three lines and one
   ("D9 TOTAL (D1-D8)"), 0.05 page heights over the first row: the columns give the income (before, none).
3. A header row "Full name  SSN - last 4  Phone  E-mail" over rows opened by "Borrower" and "Co-borrower", the
   figures 0.02 page heights under the captions: the SSN's last four (before, none).
4. Cells numbered "B1", "B2", "B3", "B4": the address has no cell number in it (before, "Grandville B3 MI B4").
5. A signature row "Borrower signature  Date signed (mm/dd/yyyy) <date>  Co-borrower signature  Date signed
   <date>" on a page turned half a degree: the borrower's own date (before, the co-borrower's); a box form's
   "DATE (MM/DD/YYYY)" caption 5.5 caption heights over "BORROWER SIGNATURE": its date (before, none).
6. "There is no co-borrower on this loan" beside a filled oval, the form's one signature line the borrower's: no
   co-borrower, surely, none's signature owed (before, 0.6 sure).
7. "Expected to be:  ( ) short-term  (*) long-term  ( ) resolved", ovals on one row: long-term (before, none).
8. "[ ] We live there - primary residence  [ ] Second home  [ ] Rental / investment" all empty: no occupancy,
   surely (before, 0.6).
9. An income list with "1099" inside a label, lines answered "$", "$ N/A" and "$ 0", SSI and child support: their
   kinds, no self-employment's "1099" and no line left None (before, self-employment 1099 and Nones for review).
10. A grid of income cells whose "D4 Taxable Social Security ... public" / "assistance" caption wraps, the cell
    above's "$ 4,982.50" right over it: the taxable benefits and the wages (before, none).
11. A payroll app's two screenshots, the second of taxes and deductions under "THIS PERIOD" with no date: one pay
    stub (before, two). Guard: two stubs' screens with different pay dates stay two.
12. A banking app's activity screen ("Available balance", "Search transactions", "TODAY", "YESTERDAY"): `other`
    (before, a bank statement). Guard: a monthly statement stays a bank statement.
13. Form 710's first two pages, then its income page photographed without its headings but "Please enter all
    borrower income amounts in middle column.": one application (before, the page split off as a statement).
14. A scan (real tesseract) whose wages read "1,386.6 7", the last figure set apart: 1,386.67 (before, none).

Born-digital fixtures (reportlab) but for 14's scan, read through the real page reader and `read_documents` with
their ink and word boxes. Servicers and people are fictional.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read, one_document_fields
from lossmit_docs.model import Document, Field
from lossmit_docs.reading.pages import PageReader
from pdf_factory import ScanStyle, concat_pdfs, draw_text, form710_filled, pen_signature, scanned_pdf, text_pdf

RECEIVED = date(2054, 4, 2)
APPLICATION = "mortgage_assistance_application"
HEIGHT = letter[1]


def _pages(document: Document) -> list[int]:
    return [ref.page for ref in document.pages]


def _application_head(pdf: canvas.Canvas, servicer: str, title: str = "Mortgage Assistance Application") -> None:
    draw_text(pdf, 40, 50, servicer, 13, "Helvetica-Bold")
    draw_text(pdf, 40, 70, title, 12, "Helvetica-Bold")


# --- 1. a servicer's own letters ----------------------------------------------------------------------------------

_INCOMPLETE_NOTICE = [
    "Harborline Home Loans",
    "Loss Mitigation Department",
    "Notice date: 03/04/2054",
    "",
    "NOTICE OF INCOMPLETE APPLICATION",
    "",
    "Dear Quentin Marsh,",
    "Thank you for your application for mortgage assistance, received 02/26/2054.",
    "We have reviewed it and determined that it is incomplete. To finish our review of",
    "your hardship, please send us the items below by 04/03/2054:",
    "[ ] Your two most recent pay stubs",
    "[ ] A signed and dated hardship letter",
    "[ ] Your most recent bank statement, all pages",
    "You should consider contacting the servicer of any other mortgage loan secured by the same",
    "property to discuss available loss mitigation options.",
    "Sincerely,",
    "Loss Mitigation Department",
]
_TRIAL_OFFER = [
    "Harborline Home Loans",
    "Offer date: 03/20/2054",
    "",
    "Your Trial Period Plan offer",
    "",
    "Dear Quentin Marsh,",
    "Good news: you are eligible for a trial period plan to modify your mortgage.",
    "To accept, make each trial period payment on time:",
    "Payment 1: $1,412.55 due 05/01/2054",
    "Payment 2: $1,412.55 due 06/01/2054",
    "Payment 3: $1,412.55 due 07/01/2054",
    "After the third payment your loan may be modified permanently.",
    "Sincerely,",
    "Loss Mitigation Department",
]


def test_servicers_incomplete_notice_and_trial_plan_offer_are_other_papers(reader: PageReader,
                                                                           tmp_path: Path) -> None:
    """The servicer's letters speak of the application and the hardship in its own voice: no borrower's letter,
    no application, each its own one-page paper."""
    path = tmp_path / "servicer letters.pdf"
    text_pdf([_INCOMPLETE_NOTICE, _TRIAL_OFFER], path)
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, _pages(d)) for d in documents] == [("other", [1]), ("other", [2])]


# --- 2. an income table's captions at the top of a tall header cell -----------------------------------------------

_INCOME_CAPTIONS = [
    ["D1 Wages, salary,", "tips, overtime", "(gross)"],
    ["D2 Self-", "employment", "income (net)"],
    ["D3 Unemploy-", "ment benefits"],
    ["D4 Taxable Soc.", "Sec., pension,", "disability, public aid"],
    ["D5 Non-taxable", "Soc. Sec. or", "disability"],
    ["D6 Rental", "income (net)"],
    ["D7 Child support", "/ alimony"],
    ["D9 TOTAL (D1-D8)"],
]


def _income_table(path: Path) -> Path:
    """A row per person, a column per kind; the captions at their cells' tops, a 0.05 page heights' gap down to
    the first row."""
    rows = [("Borrower", ["3,410.00", "0.00", "0.00", "1,275.50", "0.00", "0.00", "0.00", "4,685.50"]),
            ("Co-borrower", ["0.00", "0.00", "0.00", "0.00", "842.00", "0.00", "0.00", "842.00"])]
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _application_head(pdf, "Cedar Point Mortgage Company")
    draw_text(pdf, 36, 100, "Borrower name: Odalys T. Ferreira", 10)
    draw_text(pdf, 36, 116, "Co-borrower name: Nikolai B. Ferreira", 10)
    draw_text(pdf, 36, 160, "SECTION D - MONTHLY INCOME (before taxes)", 10, "Helvetica-Bold")
    left, first, width, top = 36.0, 96.0, 60.0, 172.0
    last = top + 9 + 8 * 2  # the three-line captions' last baseline
    first_row = last + 2 + 0.05 * HEIGHT + 8
    right = left + first + width * len(_INCOME_CAPTIONS)
    pdf.setLineWidth(0.6)
    for x in [left, *(left + first + width * i for i in range(len(_INCOME_CAPTIONS) + 1))]:
        pdf.line(x, HEIGHT - top, x, HEIGHT - (first_row + 54))
    for y in (top, first_row - 14, first_row + 10, first_row + 34):
        pdf.line(left, HEIGHT - y, right, HEIGHT - y)
    for index, lines in enumerate(_INCOME_CAPTIONS):
        for n, line in enumerate(lines):
            draw_text(pdf, left + first + width * index + 3, top + 9 + 8 * n, line, 6.5)
    for r, (person, figures) in enumerate(rows):
        draw_text(pdf, left + 3, first_row + 24 * r, person, 9)
        for index, figure in enumerate(figures):
            draw_text(pdf, left + first + width * (index + 1) - 4, first_row + 24 * r, figure, 9, right=True)
    pdf.save()
    return path


def test_income_table_captions_at_the_top_of_a_tall_header_cell(reader: PageReader, tmp_path: Path) -> None:
    """A one-line caption ends higher than a three-line one beside it and is as much its column's; the header
    cell's padding under them is no end of the captions."""
    fields = one_document_fields(reader, _income_table(tmp_path / "income table.pdf"), RECEIVED, APPLICATION)
    income = {name: fields[name].value for name in fields if name.startswith("income.")}
    assert income == {"income.wages": Decimal("3410.00"), "income.self_employment": Decimal("0.00"),
                      "income.unemployment": Decimal("0.00"), "income.benefits_taxable": Decimal("1275.50"),
                      "income.benefits_nontaxable": Decimal("842.00"), "income.rental": Decimal("0.00"),
                      "income.other": Decimal("0.00"), "income.total": Decimal("5527.50")}


# --- 3. a person table's header row --------------------------------------------------------------------------------


def _person_table(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _application_head(pdf, "Lakeshore Servicing Group")
    draw_text(pdf, 36, 100, "SECTION A - WHO IS ON THE LOAN", 10, "Helvetica-Bold")
    head = 124.0
    columns = [(110, "Full name"), (270, "SSN - last 4"), (350, "Phone"), (450, "E-mail")]
    for x, caption in columns:
        draw_text(pdf, x, head, caption, 7.5)
    rows = [("Borrower", ["Keziah M. Thornbury", "6652", "(616) 555-0147", "kthornbury@example.net"]),
            ("Co-borrower", ["Lionel A. Thornbury", "1908", "(616) 555-0283", "lthornbury@example.net"])]
    for r, (role, values) in enumerate(rows):
        y = head + 0.02 * HEIGHT + 9 + 26 * r  # its row's top 0.02 page heights under the captions
        draw_text(pdf, 36, y, role, 9)
        for (x, _), value in zip(columns, values, strict=True):
            draw_text(pdf, x, y, value, 9)
    draw_text(pdf, 36, 240, "Property address: 818 Alder Run Drive, Holland, MI 49423", 10)
    pdf.save()
    return path


def test_ssn_under_its_caption_in_a_header_row_over_person_rows(reader: PageReader, tmp_path: Path) -> None:
    """The captions beside "SSN - last 4" are the header row's next captions, not its answer; the answer stands
    a cell's padding under them."""
    fields = one_document_fields(reader, _person_table(tmp_path / "people.pdf"), RECEIVED, APPLICATION)
    assert fields["ssn_last4"].value == "6652"
    assert fields["ssn_last4"].confidence >= 0.9
    assert fields["borrower_name"].value == "Keziah M. Thornbury"
    assert fields["co_borrower_name"].value == "Lionel A. Thornbury"  # the row under the borrower's


# --- 4. numbered address cells -------------------------------------------------------------------------------------


def test_numbered_address_cells_leave_their_numbers_out_of_the_address(reader: PageReader, tmp_path: Path) -> None:
    """The cells' numbers "B3" and "B4" start the next cells on the city's row: no part of the town or state."""
    path = tmp_path / "address cells.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _application_head(pdf, "Westbrook Federal Savings")
    draw_text(pdf, 36, 100, "Borrower name: Tamsin R. Vanderpool", 10)
    draw_text(pdf, 36, 130, "SECTION B - PROPERTY", 10, "Helvetica-Bold")
    draw_text(pdf, 36, 150, "B1 Street address  4471 Wilson Creek Lane", 10)
    draw_text(pdf, 36, 166, "B2 City  Grandville    B3 State  MI    B4 ZIP  49418", 10)
    pdf.save()
    address = one_document_fields(reader, path, RECEIVED, APPLICATION)["property_address"].value
    assert address == "4471 Wilson Creek Lane, Grandville MI 49418"
    assert "B3" not in address and "B4" not in address


# --- 5. signature rows ---------------------------------------------------------------------------------------------


def _aslant_signature_row(path: Path, degrees: float) -> Path:
    """The whole sheet turned `degrees` counter-clockwise: each signer's caption, line and dated caption on one row,
    the date typed right of its own caption."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.translate(letter[0] / 2, HEIGHT / 2)
    pdf.rotate(degrees)
    pdf.translate(-letter[0] / 2, -HEIGHT / 2)
    _application_head(pdf, "Pinecrest Home Lending")
    draw_text(pdf, 36, 100, "Borrower name: Ignatius P. Okafor", 10)
    draw_text(pdf, 36, 116, "Co-borrower name: Beatrix L. Okafor", 10)
    draw_text(pdf, 36, 600, "I certify that all of the information in this application is true and complete.", 9)
    row = 640.0
    draw_text(pdf, 36, row, "Borrower signature", 7.5)
    pdf.line(106, HEIGHT - row - 1, 196, HEIGHT - row - 1)
    draw_text(pdf, 200, row, "Date signed (mm/dd/yyyy)", 7.5)
    draw_text(pdf, 290, row, "03/11/2054", 9)
    draw_text(pdf, 345, row, "Co-borrower signature", 7.5)
    pdf.line(425, HEIGHT - row - 1, 500, HEIGHT - row - 1)
    draw_text(pdf, 503, row, "Date signed", 7.5)
    draw_text(pdf, 548, row, "03/14/2054", 9)
    pen_signature(pdf, 112, row, 80)
    pen_signature(pdf, 430, row, 65)
    pdf.save()
    return path


def test_borrower_date_beside_its_caption_on_an_aslant_signature_row(reader: PageReader, tmp_path: Path) -> None:
    """Taken along the page's tilt the co-borrower's "Date signed" may lie nearer the borrower's row than the
    borrower's own: a date caption past the next signer's caption is that signer's."""
    fields = one_document_fields(reader, _aslant_signature_row(tmp_path / "aslant.pdf", 0.5), RECEIVED, APPLICATION)
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2054, 3, 11)
    assert fields["co_borrower_signed"].value is True


def test_date_caption_of_a_box_form_over_the_signature_caption(reader: PageReader, tmp_path: Path) -> None:
    """The caption "BORROWER SIGNATURE" printed under its line; the date's box on the right, captioned at its top
    5.5 caption heights over the signature's caption: that box's date dates the signature."""
    path = tmp_path / "box form.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _application_head(pdf, "Stonegate Mortgage Services")
    draw_text(pdf, 36, 100, "Borrower name: Rosalind K. Achebe", 10)
    draw_text(pdf, 36, 560, "By signing below I certify that the information I gave is true and complete.", 9)
    caption, size = 650.0, 7.0
    cap = 0.72 * size  # a capital's height
    pdf.setLineWidth(0.7)
    pdf.line(36, HEIGHT - (caption - 10), 330, HEIGHT - (caption - 10))
    draw_text(pdf, 36, caption, "BORROWER SIGNATURE", size)
    pen_signature(pdf, 60, caption - 12, 150)
    date_caption = caption - cap - 5.5 * cap
    pdf.rect(400, HEIGHT - (caption + 2), 150, caption + 2 - (date_caption - 9))
    draw_text(pdf, 404, date_caption, "DATE (MM/DD/YYYY)", size)
    draw_text(pdf, 410, caption - 8, "03/19/2054", 11)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert fields["signed_on"].value == date(2054, 3, 19)
    assert fields["signed"].value is True


# --- 6, 7, 8. ovals and boxes on a grid form -----------------------------------------------------------------------

OVAL = 11.0  # an oval's width; its height is 0.62 of it


def _oval(pdf: canvas.Canvas, x: float, baseline: float, label: str, filled: bool, size: float = 8.5) -> float:
    """An oval to fill, its label after it; where the next option may start."""
    y = HEIGHT - baseline
    pdf.setLineWidth(0.7)
    pdf.ellipse(x, y - 1, x + OVAL, y - 1 + 0.62 * OVAL, stroke=1, fill=0)
    if filled:
        pdf.ellipse(x + 1, y, x + OVAL - 1, y - 2 + 0.62 * OVAL, stroke=0, fill=1)
    draw_text(pdf, x + OVAL + 4, baseline, label, size)
    return x + OVAL + 14 + pdf.stringWidth(label, "Helvetica", size)


def _box(pdf: canvas.Canvas, x: float, top: float, width: float, caption: str, value: str) -> None:
    """A box to print in, its caption over it."""
    pdf.setLineWidth(0.6)
    pdf.rect(x, HEIGHT - top - 20, width, 20)
    draw_text(pdf, x, top - 3, caption, 7)
    if value:
        draw_text(pdf, x + 5, top + 14, value, 10.5)


def test_filled_oval_says_there_is_no_co_borrower(reader: PageReader, tmp_path: Path) -> None:
    """The oval beside "There is no co-borrower on this loan" filled, the co-borrower's boxes empty: no
    co-borrower, as sure as the oval's ink, and no co-borrower's signature owed."""
    path = tmp_path / "no co-borrower.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _application_head(pdf, "Bayfront Loan Servicing", "Homeowner Assistance Application")
    draw_text(pdf, 50, 90, "Use dark ink. Fill each oval completely.", 8)
    draw_text(pdf, 50, 120, "1  BORROWER", 10, "Helvetica-Bold")
    _box(pdf, 60, 140, 250, "Full name", "Wendell J. Abernathy")
    _box(pdf, 330, 140, 70, "SSN - last 4", "5521")
    draw_text(pdf, 50, 190, "2  CO-BORROWER", 10, "Helvetica-Bold")
    _oval(pdf, 60, 208, "There is no co-borrower on this loan", True)
    _box(pdf, 60, 232, 250, "Full name", "")
    _box(pdf, 330, 232, 70, "SSN - last 4", "")
    draw_text(pdf, 50, 290, "3  PROPERTY", 10, "Helvetica-Bold")
    _box(pdf, 60, 310, 400, "Street address", "77 Quarry Hill Road, Montpelier, VT 05602")
    draw_text(pdf, 50, 600, "I certify that the information in this application is true and complete.", 8.5)
    pdf.line(60, HEIGHT - 650, 260, HEIGHT - 650)
    draw_text(pdf, 60, 660, "Borrower signature", 7)
    draw_text(pdf, 60, 690, "Date", 7)
    draw_text(pdf, 90, 690, "03/02/2054", 10)
    pen_signature(pdf, 70, 648, 140)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert fields["borrower_name"].value == "Wendell J. Abernathy"
    assert fields["co_borrower_name"].value is None
    assert fields["co_borrower_name"].confidence >= 0.9
    assert fields["co_borrower_signed"].value is None
    assert fields["co_borrower_signed"].confidence >= 0.9


def _square(pdf: canvas.Canvas, x: float, baseline: float, label: str, size: float = 9) -> float:
    """An empty box, its label after it; where the next option may start."""
    pdf.setLineWidth(0.7)
    pdf.rect(x, HEIGHT - baseline - 1, 8, 8)
    draw_text(pdf, x + 12, baseline, label, size)
    return x + 64 + pdf.stringWidth(label, "Helvetica", size)


def _options_form(path: Path, duration: str) -> Path:
    """The hardship's expected duration as three ovals on one row (one filled); the home's use as three empty
    boxes, the first option worded twice ("We live there - primary residence")."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _application_head(pdf, "Kingsbridge Home Finance", "Mortgage Relief Application")
    draw_text(pdf, 50, 100, "Borrower name: Felicity D. Marchetti", 10)
    draw_text(pdf, 50, 130, "YOUR HARDSHIP", 10, "Helvetica-Bold")
    draw_text(pdf, 50, 150, "Hardship began on (MM/DD/YYYY): 11/20/2053", 9)
    draw_text(pdf, 300, 150, "Expected to be:", 8, "Helvetica-Bold")
    x = 370.0
    for label in ("short-term", "long-term", "resolved"):
        x = _oval(pdf, x, 150, label, label == duration)
    draw_text(pdf, 50, 190, "THE PROPERTY", 10, "Helvetica-Bold")
    draw_text(pdf, 50, 208, "Property address: 2290 Larkspur Way, Boise, ID 83709", 9)
    draw_text(pdf, 50, 228, "How is the home used?", 9)
    x = 160.0
    for label in ("We live there - primary residence", "Second home", "Rental / investment"):
        x = _square(pdf, x, 228, label)
    pdf.save()
    return path


def test_occupancy_option_worded_twice_is_boxed_once(reader: PageReader, tmp_path: Path) -> None:
    """The words "We live there" and "primary residence" are one option with one box: every box measured empty,
    the home's use is plainly unanswered, not left unsure for a box "primary residence" never had."""
    fields = one_document_fields(reader, _options_form(tmp_path / "short.pdf", "short-term"), RECEIVED, APPLICATION)
    assert fields["occupancy"].value is None
    assert fields["occupancy"].confidence >= 0.8
    assert fields["hardship_duration"].value == "short_term"


# --- 9. an income list answered "N/A" and "0" ----------------------------------------------------------------------

_INCOME_LIST = [
    ("4. Wages, salary and tips from all jobs (before taxes)", "$ 2,640.00"),
    ("5. Self-employment, gig or 1099 contract income (after expenses)", "$"),
    ("6. Unemployment benefits", "$ N/A"),
    ("7. Social Security retirement", "$ 0"),
    ("11. SSI (Supplemental Security Income)", "$ 967.00"),
    ("12. Rental income", "$ N/A"),
    ("13. Child support received", "$ 485.00"),
    ("14. TOTAL MONTHLY INCOME", "$ 4,092.00"),
]


def test_income_list_with_a_form_number_in_a_label_and_lines_answered_none(reader: PageReader,
                                                                              tmp_path: Path) -> None:
    """A "1099" inside a label's words names a form, no amount; "$ N/A" and "$ 0" say there is no such income;
    SSI is non-taxable and child support other income."""
    path = tmp_path / "income list.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _application_head(pdf, "Northgate Mortgage Servicing")
    draw_text(pdf, 50, 100, "Borrower name: Cornelius V. Adeyemi", 10)
    draw_text(pdf, 50, 130, "MONTHLY INCOME - each amount before taxes; write N/A or 0 if none", 9, "Helvetica-Bold")
    for index, (label, answer) in enumerate(_INCOME_LIST):
        draw_text(pdf, 50, 152 + 20 * index, label, 9)
        draw_text(pdf, 400, 152 + 20 * index, answer, 10)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    income = {name: fields[name].value for name in fields if name.startswith("income.")}
    assert income == {"income.wages": Decimal("2640.00"), "income.benefits_nontaxable": Decimal("967.00"),
                      "income.other": Decimal("485.00"), "income.total": Decimal("4092.00")}
    assert not any(name.startswith("review.") for name in fields)


# --- 10. a grid of income cells, a caption wrapped -----------------------------------------------------------------

_GRID_CELLS = [
    (["D1 Gross wages, salary, overtime, tips,", "commissions and bonuses"], "4,982.50"),
    (["D2 Self-employment income (net)"], ""),
    (["D3 Unemployment benefits"], ""),
    (["D4 Taxable Social Security, pension, disability, public", "assistance"], "1,375.40"),
    (["D5 Non-taxable Social Security or disability"], ""),
    (["D6 Rental income (after expenses)"], ""),
]


def test_wrapped_grid_caption_under_the_amount_of_the_cell_above(reader: PageReader, tmp_path: Path) -> None:
    """Each cell's caption at its top, "$" at its bottom-left and the figure flush right: the "$ 4,982.50" right
    over D4's caption is D1's; D4's own "$ 1,375.40" stands under the caption's wrapped last line."""
    path = tmp_path / "income grid.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _application_head(pdf, "Silverleaf Loan Care")
    draw_text(pdf, 50, 100, "Borrower name: Henrietta S. Olufemi", 10)
    draw_text(pdf, 50, 130, "PART D - MONTHLY INCOME BEFORE TAXES (ALL BORROWERS)", 9, "Helvetica-Bold")
    width, height, top = 512 / 3, 38.0, 140.0
    pdf.setLineWidth(0.5)
    for index, (caption, amount) in enumerate(_GRID_CELLS):
        x, y = 50 + width * (index % 3), top + height * (index // 3)
        pdf.rect(x, HEIGHT - y - height, width, height)
        for n, line in enumerate(caption):
            draw_text(pdf, x + 3, y + 8 + 7.5 * n, line, 6.3)
        draw_text(pdf, x + 5, y + height - 6, "$", 9)
        if amount:
            draw_text(pdf, x + width - 6, y + height - 6, amount, 10, right=True)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert fields["income.benefits_taxable"].value == Decimal("1375.40")
    assert fields["income.wages"].value == Decimal("4982.50")


# --- 11, 12. phone screens -----------------------------------------------------------------------------------------

PHONE = (390.0, 844.0)
Row = tuple[str, float, str]  # a row's text at the left, its size, a figure flush right


def _screens(path: Path, screens: list[list[Row]]) -> Path:
    """Phone screenshots saved as a PDF of narrow pages, one a screen."""
    pdf = canvas.Canvas(str(path), pagesize=PHONE)
    for rows in screens:
        y = PHONE[1] - 60
        for text, size, figure in rows:
            pdf.setFont("Helvetica-Bold" if size > 14 else "Helvetica", size)
            pdf.drawString(24, y, text)
            if figure:
                pdf.drawRightString(PHONE[0] - 24, y, figure)
            y -= 2.2 * size
        pdf.showPage()
    pdf.save()
    return path


def _pay_details(pay_date: str, period: str) -> list[Row]:
    return [("9:41", 10, ""), ("Pay details", 18, ""), ("Tamarack Logistics LLC", 11, ""), ("Pay date", 11, pay_date),
            ("Pay period", 11, period), ("Employee", 11, "Dorian K. Makris"), ("Earnings", 14, ""),
            ("Regular  80.00 hrs", 11, "2,450.00"), ("Gross pay", 12, "2,450.00")]


_DEDUCTIONS: list[Row] = [
    ("9:42", 10, ""), ("Taxes & deductions", 18, ""), ("", 11, "THIS PERIOD"), ("Federal income tax", 11, "212.40"),
    ("Social Security", 11, "151.90"), ("Medicare", 11, "35.53"), ("MI state tax", 11, "104.13"),
    ("401(k)", 11, "98.00"), ("Summary", 14, ""), ("Gross pay", 11, "2,450.00"), ("Total taxes", 11, "503.96"),
    ("Total deductions", 11, "98.00"), ("Net pay", 12, "1,848.04")]


def test_pay_stub_screens_make_one_stub(reader: PageReader, tmp_path: Path) -> None:
    """The second screen prints no date of its own ("THIS PERIOD" is a column's heading, no period's dates): the
    same stub scrolled on, its net pay the stub's."""
    path = _screens(tmp_path / "pay stub screens.pdf",
                    [_pay_details("03/06/2054", "02/16/2054 - 02/29/2054"), _DEDUCTIONS])
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, _pages(d)) for d in documents] == [("pay_stub", [1, 2])]
    fields: dict[str, Field] = documents[0].fields
    assert fields["pay_date"].value == date(2054, 3, 6)
    assert fields["gross_current"].value == Decimal("2450.00")
    assert fields["net_current"].value == Decimal("1848.04")


def test_guard_two_stubs_screens_with_different_pay_dates_stay_two(reader: PageReader, tmp_path: Path) -> None:
    """A second screen with a pay date of its own is the next stub."""
    path = _screens(tmp_path / "two stubs.pdf", [_pay_details("03/06/2054", "02/16/2054 - 02/29/2054"),
                                                 _pay_details("03/20/2054", "03/01/2054 - 03/14/2054")])
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, _pages(d)) for d in documents] == [("pay_stub", [1]), ("pay_stub", [2])]
    assert [d.fields["pay_date"].value for d in documents] == [date(2054, 3, 6), date(2054, 3, 20)]


_ACTIVITY: list[Row] = [
    ("10:15", 10, ""), ("Lakeview Community Bank", 16, ""), ("Account activity", 13, ""),
    ("Everyday Checking ...4417", 11, ""), ("Available balance", 11, "$1,204.66"), ("Present balance", 11, "$1,289.10"),
    ("Search transactions", 11, ""), ("TODAY", 12, ""), ("SHELL OIL 57442", 11, "-$48.22"),
    ("KROGER #0921", 11, "-$84.44"), ("YESTERDAY", 12, ""), ("PAYROLL TAMARACK LOGISTICS", 11, "$1,848.04"),
    ("CONSUMERS ENERGY", 11, "-$132.75"), ("MAR 04", 12, ""), ("ZELLE TO R MAKRIS", 11, "-$250.00"),
    ("NETFLIX.COM", 11, "-$15.49")]


def test_bank_app_activity_screen_is_other(reader: PageReader, tmp_path: Path) -> None:
    """Recent items by day, no statement period and no opening balance: no statement of the account."""
    documents = documents_read(reader, _screens(tmp_path / "bank app.pdf", [_ACTIVITY]), RECEIVED)
    assert [(d.type, _pages(d)) for d in documents] == [("other", [1])]


def test_guard_monthly_statement_stays_bank_statement(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    text_pdf([["Lakeview Community Bank", "Statement period: 02/01/2054 - 02/29/2054", "DORIAN K MAKRIS",
               "18 Ferris St, Grand Rapids MI 49503", "Everyday Checking  Account number ending 4417",
               "Beginning balance   $1,512.30", "Deposits and credits   $3,696.08",
               "Withdrawals and debits   $3,991.52", "Ending balance   $1,216.86", "Transactions",
               "02/06 PAYROLL TAMARACK LOGISTICS   1,848.04", "02/11 CONSUMERS ENERGY   -132.75",
               "02/20 PAYROLL TAMARACK LOGISTICS   1,848.04"]], path)
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, _pages(d)) for d in documents] == [("bank_statement", [1])]


# --- 13. Form 710's income page without its headings ---------------------------------------------------------------

_FORM710_INCOME_ROWS = [
    (["Gross (pre-tax) wages, salaries and", "overtime pay, commissions, tips, and", "bonuses"], "$ 3,245.00",
     ["Most recent pay stub and documentation of year-to-", "date earnings if not on pay stub OR",
      "Two most recent bank statements showing income", "deposit amounts"]),
    (["Self-employment income"], "$",
     ["Two most recent bank statements showing self-", "employed income deposit amounts OR",
      "Most recent signed and dated quarterly or year-to-date", "profit/loss statement"]),
    (["Unemployment benefits"], "$", ["No documentation required"]),
    (["Taxable Social Security, pension,", "disability, death benefits, adoption",
      "assistance, housing allowance, and other", "public assistance"], "$ 610.00",
     ["Two most recent bank statements showing deposit", "amounts OR",
      "Award letters or other documentation showing the", "amount and frequency of the benefits"]),
]


def _income_page_photographed() -> bytes:
    """Form 710's income page photographed below its headings: the instruction, then the rows."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter)
    draw_text(pdf, 40, 80, "Please enter all borrower income amounts in middle column.", 9)
    y = 104.0
    for label, amount, documentation in _FORM710_INCOME_ROWS:
        for n, line in enumerate(label):
            draw_text(pdf, 40, y + 11 * n, line, 8.5)
        draw_text(pdf, 230, y, amount, 9)
        for n, line in enumerate(documentation):
            draw_text(pdf, 330, y + 11 * n, line, 8.5)
        y += 11 * max(len(label), len(documentation)) + 12
    pdf.save()
    return buf.getvalue()


def test_form710_income_page_without_its_headings_joins_the_application(reader: PageReader,
                                                                          tmp_path: Path) -> None:
    """Its instruction is Form 710's own sentence: the application's page, not a bank statement of its own."""
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(form710_filled({}))).pages[:2]:
        writer.add_page(page)
    first_two = io.BytesIO()
    writer.write(first_two)
    path = tmp_path / "form 710 photographed.pdf"
    concat_pdfs([first_two.getvalue(), _income_page_photographed()], path)
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, _pages(d)) for d in documents] == [(APPLICATION, [1, 2, 3])]
    assert documents[0].fields["income.wages"].value == Decimal("3245.00")
    assert documents[0].fields["income.benefits_taxable"].value == Decimal("610.00")


# --- 14. a pen's last figure set apart (OCR) -----------------------------------------------------------------------


def test_amount_whose_last_figure_stands_apart_on_a_scan(reader: PageReader, tmp_path: Path) -> None:
    """OCR reads "1,386.6" and "7" as two words: one amount, its cents' last figure written a little apart."""
    path = tmp_path / "scan.pdf"
    scanned_pdf([["Mortgage Assistance Application", "", "Borrower name: Philippa G. Osterhout", "",
                  "MONTHLY INCOME", "Wages and salary: $ 1,386.6  7", "Rental income: $ 450.00",
                  "Total monthly income: $ 1,836.67"]], ScanStyle(), path)
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert fields["income.wages"].value == Decimal("1386.67")
    assert fields["income.rental"].value == Decimal("450.00")
    assert fields["income.total"].value == Decimal("1836.67")
    assert fields["income.wages"].confidence >= 0.8
