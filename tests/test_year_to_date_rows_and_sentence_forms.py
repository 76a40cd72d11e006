"""A payroll firm's stub laid out vertically, a relief request written in sentences, and one printed in two columns
of numbered items.

The stub stacks its sections down the page (employee, pay period, earnings this period, taxes, deductions,
year-to-date totals, net pay), labels at the left and figures flush right far from them. "Net pay year to date"
comes before the "NET PAY" section, whose heading has no figure of its own: the year's words after a label make it
no current net pay, the heading is passed over for "Net pay this period", and "Gross pay year to date" is the
year's gross. Scanned, OCR reads the block of labels apart from the block of figures, and the figure taken from
a line that is not the label's own is checked against the label's row of word boxes.

The relief request asks in sentences: "The borrower's full name is ____" (the verb is no part of the answer), a
name followed by the form's note in parentheses, and "use the loan number printed on your statement" before the
sentence that gives it. Printed in two columns of numbered items, a label ending a left-hand line has the right
column's figures on its row; the page is read a column at a time. A form of labels and answers whose answers
stand in a right-hand column of their own is not such a page.

Born digital (reportlab) through the real page reader and `read_documents`; the stub also rendered at 300 dpi a
quarter of a degree off square (an image-only PDF) and read with real tesseract.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read, one_document_fields, values_of
from lossmit_docs.model import Field
from lossmit_docs.reading.pages import PageReader
from pdf_factory import draw_text, images_pdf, text_pdf

RECEIVED = date(2037, 4, 6)
TOP = letter[1]
BOLD = "Helvetica-Bold"
SCAN_DPI = 300


def _fields(reader: PageReader, path: Path, kind: str) -> dict[str, Field]:
    return one_document_fields(reader, path, RECEIVED, kind)


# --- a creamery's stub, stacked in one column by its payroll firm ------------------------------------------------

NET, NET_YTD = "1,793.52", "10,761.04"
GROSS, GROSS_YTD = "2,415.38", "14,492.28"


def _vertical_stub(path: Path) -> Path:
    """Saltmarsh Cooperative Creamery's statement of earnings from Northline Payroll Services: grey section bands
    one under the other, each row's label at the left margin and its figure flush right 6.5 inches away; a note
    across the page over the year-to-date totals (net pay first), then the NET PAY band, whose heading has no
    figure, and its one row last on the page."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    x0, x1 = 72, 540
    draw_text(pdf, x0, 60, "Saltmarsh Cooperative Creamery", 14, BOLD)
    draw_text(pdf, x0, 73, "18 Wharf Road, Tillamook, OR 97141", 8)
    draw_text(pdf, x0, 96, "STATEMENT OF EARNINGS", 11, BOLD)
    draw_text(pdf, x1, 96, "Prepared by Northline Payroll Services", 7, right=True)
    y = 100.0

    def band(title: str) -> None:
        nonlocal y
        y += 24
        pdf.setFillGray(0.88)
        pdf.rect(x0, TOP - y - 4, x1 - x0, 14, stroke=0, fill=1)
        pdf.setFillGray(0)
        draw_text(pdf, x0 + 4, y + 6, title, 8, BOLD)
        y += 8

    def row(label: str, figure: str, bold: bool = False) -> None:
        nonlocal y
        y += 15
        font = BOLD if bold else "Helvetica"
        draw_text(pdf, x0 + 6, y, label, 9, font)
        draw_text(pdf, x1 - 4, y, figure, 9, font, right=True)

    band("EMPLOYEE")
    row("Name", "Odalys P. Vantongeren")
    row("Employee ID", "C-20418")
    band("PAY PERIOD")
    row("Period beginning", "03/02/2037")
    row("Period ending", "03/15/2037")
    row("Pay date", "03/20/2037")
    row("Pay frequency", "Biweekly")
    band("EARNINGS THIS PERIOD")
    row("Regular 80.00 hrs", "2,264.00")
    row("Night differential", "151.38")
    row("Gross pay this period", GROSS, bold=True)
    band("TAXES")
    row("Federal income tax", "217.38")
    row("Social Security", "149.75")
    row("Medicare", "35.02")
    row("Oregon income tax", "169.08")
    band("DEDUCTIONS")
    row("Dental plan", "50.63")
    y += 20  # a note across the whole width: OCR reads what is under it as a block of its own
    draw_text(pdf, x0, y, "Year-to-date totals count every pay date from January 1 through the pay date of this "
                          "statement, as", 8.5)
    draw_text(pdf, x0, y + 11, "your Form W-2 for the year will report them.", 8.5)
    band("YEAR-TO-DATE TOTALS")
    row("Net pay year to date", NET_YTD)
    row("Gross pay year to date", GROSS_YTD, bold=True)
    row("Taxes year to date", "3,427.38")
    band("NET PAY")
    row("Net pay this period", NET, bold=True)
    pdf.save()
    return path


def test_a_vertical_stub_lists_the_years_net_pay_before_its_own(reader: PageReader, tmp_path: Path) -> None:
    """Born digital: the band's heading "YEAR-TO-DATE TOTALS" is no bare "Year to date" heading, so only the label
    "Gross pay year to date" names the year's gross (before: none read); "Net pay year to date" and the bare
    "NET PAY" heading give way to "Net pay this period"."""
    fields = _fields(reader, _vertical_stub(tmp_path / "stub.pdf"), "pay_stub")
    assert values_of(fields, "net_current", "gross_ytd", "gross_current") == {
        "net_current": Decimal("1793.52"), "gross_ytd": Decimal("14492.28"), "gross_current": Decimal("2415.38")}


def _scanned_crooked(born: Path, path: Path, tilt: float = 0.25) -> Path:
    """The page printed and scanned at 300 dpi in grey, the sheet a quarter of a degree off square on the glass."""
    document = pdfium.PdfDocument(str(born))
    try:
        image = document[0].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    images_pdf([image.rotate(tilt, resample=Image.Resampling.BILINEAR, fillcolor=255)], SCAN_DPI, path)
    return path


def test_the_vertical_stub_scanned_reads_each_figure_off_its_labels_row(reader: PageReader, tmp_path: Path) -> None:
    """Scanned: OCR reads the block of labels under the note apart from its block of figures, "Net pay this
    period" last, so the line after it is the year's net 10,761.04 (read before, with no year's gross); the
    label's row of word boxes says which figure is its own."""
    born = _vertical_stub(tmp_path / "stub.pdf")
    documents = documents_read(reader, _scanned_crooked(born, tmp_path / "stub_scan.pdf"), RECEIVED)
    assert [(d.type, len(d.pages), d.scanned) for d in documents] == [("pay_stub", 1, True)]
    assert values_of(documents[0].fields, "net_current", "gross_ytd", "gross_current") == {
        "net_current": Decimal("1793.52"), "gross_ytd": Decimal("14492.28"), "gross_current": Decimal("2415.38")}


# --- a lender's relief request asked in sentences ----------------------------------------------------------------

INSTRUCTION = "Please use the loan number printed on your monthly statement in the first sentence below."
LOAN, BORROWER, CO_BORROWER = "5521907346", "Idris T. Okafor-Lund", "Wilhelmina Okafor-Lund"


def test_a_sentence_forms_labels_end_in_its_verb(reader: PageReader, tmp_path: Path) -> None:
    """One column of sentences: "... full name is ____" (the "is" no part of the name, the co-borrower's on the
    line under it, before the form's "(leave blank if none)"), and the loan number given in the sentence after an
    instruction that names it with no figure. Before: no loan number, no names, no address."""
    path = tmp_path / "sentences.pdf"
    text_pdf([[
        "HARROWGATE HOME LENDING - HOMEOWNER RELIEF REQUEST",
        INSTRUCTION,
        "",
        f"1. Our loan number is {LOAN} . It was first made by Cedar Plains Bank .",
        f"2. The borrower's full name is {BORROWER} ; Social Security number ending in 4417 .",
        "3. The co-borrower's full name is",
        f"{CO_BORROWER} (leave blank if none); Social Security number ending in 9082 .",
        "4. The mortgaged property is at 2207 Fernhollow Lane, Ashby Falls, OR 97301 .",
        "5. Our hardship began on 01/12/2037 because my hours were cut at the mill.",
    ]], path)
    fields = _fields(reader, path, "mortgage_assistance_application")
    assert values_of(fields, "loan_number", "borrower_name", "co_borrower_name", "ssn_last4") == {
        "loan_number": LOAN, "borrower_name": BORROWER, "co_borrower_name": CO_BORROWER, "ssn_last4": "4417"}
    assert fields["property_address"].value.startswith("2207 Fernhollow Lane, Ashby Falls, OR 97301")


def test_a_name_ends_before_the_forms_note_in_parentheses(reader: PageReader, tmp_path: Path) -> None:
    """Colon labels, no verb: the co-borrower's name runs on into the form's lower-case note (before: "Wilhelmina
    Okafor-Lund leave blank if none"), and the loan number's label in the instruction above hid its own line."""
    path = tmp_path / "colons.pdf"
    text_pdf([[
        "HARROWGATE HOME LENDING - HOMEOWNER RELIEF REQUEST",
        INSTRUCTION,
        "",
        f"1. Loan number: {LOAN}",
        f"2. Borrower's full name: {BORROWER}",
        f"3. Co-borrower's full name: {CO_BORROWER} (leave blank if none); Social Security number ending in 9082 .",
    ]], path)
    fields = _fields(reader, path, "mortgage_assistance_application")
    assert values_of(fields, "loan_number", "borrower_name", "co_borrower_name") == {
        "loan_number": LOAN, "borrower_name": BORROWER, "co_borrower_name": CO_BORROWER}


def _two_column_request(path: Path) -> Path:
    """Form HHL-21 on one letter page: a full-width heading and instruction, then two columns of numbered items
    on a common 14-point grid. Left: PART 1 (1.1 .. 1.3), PART 2 (2.1, 2.2), PART 3; right: PART 4's income table
    (4.1 .. 4.9 TOTAL, one amount flush right), PART 5, PART 6. "1.3 The co-borrower's full name is" shares its
    row with "4.4 Rental income 650.00", "2.1 The mortgaged property is at" with "4.9 TOTAL 5,930.00"."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "HARROWGATE HOME LENDING", 15, BOLD)
    draw_text(pdf, 40, 63, "Homeowner Support Team - 600 Millrace Parkway, Salem, OR 97302", 7.5)
    draw_text(pdf, 572, 50, "HOMEOWNER RELIEF REQUEST", 12, BOLD, right=True)
    draw_text(pdf, 572, 63, "Form HHL-21 - answer in both columns", 7.5, right=True)
    pdf.line(40, TOP - 72, 572, TOP - 72)
    draw_text(pdf, 40, 88, "Please use the loan number printed on your monthly statement. Write each answer inside "
                           "its sentence", 8)
    draw_text(pdf, 40, 99, "and tick the boxes that apply. Amounts in Part 4 are the whole household's, per month, "
                           "before taxes.", 8)
    left = [
        ("", "PART 1   THE LOAN AND THE PEOPLE ON IT"),
        ("1.1", f"Our loan number is {LOAN} . It was first"),
        ("", "made by Cedar Plains Bank ."),
        ("1.2", f"The borrower's full name is {BORROWER} ;"),
        ("", "Social Security number ending in 4417 ."),
        ("1.3", "The co-borrower's full name is"),
        ("", f"{CO_BORROWER} (leave blank if none); Social"),
        ("", "Security number ending in 9082 ."),
        ("", ""),
        ("", "PART 2   THE HOME"),
        ("2.1", "The mortgaged property is at"),
        ("", "2207 Fernhollow Lane in Ashby Falls , state OR ,"),
        ("", "ZIP 97301 ."),
        ("2.2", "We use the home as [X] our principal residence"),
        ("", "[ ] a second home [ ] a rental (tick one)."),
        ("", ""),
        ("", "PART 3   THE HARDSHIP"),
        ("3.1", "Our hardship began on 01/12/2037 ."),
        ("3.2", "It was caused by [X] reduced pay or hours"),
    ]
    right = [
        ("", "PART 4   MONTHLY INCOME BEFORE TAXES", ""),
        ("", "SOURCE OF INCOME", "AMOUNT"),
        ("4.1", "Wages or salary", "4,120.00"),
        ("4.2", "Overtime", "860.00"),
        ("4.3", "Self-employment income", ""),
        ("4.4", "Rental income", "650.00"),
        ("4.5", "Unemployment benefits", ""),
        ("4.6", "Child support or alimony", "300.00"),
        ("4.7", "Investment income", ""),
        ("4.8", "Other income", ""),
        ("4.9", "TOTAL", "5,930.00"),
        ("", "", ""),
        ("", "PART 5   WHAT WE HAVE IN THE BANK", ""),
        ("5.1", "Checking and cash $ 1,240.55", ""),
        ("5.2", "Savings $ 3,015.00", ""),
        ("", "", ""),
        ("", "PART 6   SIGNATURES", ""),
        ("6.1", "Signed by the borrower ______________ on 03/28/2037", ""),
        ("6.2", "Signed by the co-borrower ___________ on 03/28/2037", ""),
    ]
    for x, rows in ((40, [(n, t, "") for n, t in left]), (322, right)):
        for index, (number, text, amount) in enumerate(rows):
            y = 130 + 14 * index
            heading = text.startswith("PART")
            if number:
                draw_text(pdf, x, y, number, 8.5, BOLD)
            draw_text(pdf, x if heading else x + 22, y, text, 8.5, BOLD if heading else "Helvetica")
            if amount:
                draw_text(pdf, 572, y, amount, 8.5, right=True)
    draw_text(pdf, 40, 420, "Send copies of your two latest pay stubs and your hardship letter with this request.", 8)
    pdf.save()
    return path


def test_a_form_in_two_columns_of_numbered_items_is_read_a_column_at_a_time(reader: PageReader,
                                                                            tmp_path: Path) -> None:
    """A label ending a left-hand line has its answer on the line under it, not the right column's figures on its
    row (read as one page: the address "4.9 TOTAL 5,930.00", no co-borrower); the right column's income table
    still reads, its wages and overtime added up."""
    fields = _fields(reader, _two_column_request(tmp_path / "hhl21.pdf"), "mortgage_assistance_application")
    assert values_of(fields, "loan_number", "borrower_name", "co_borrower_name") == {
        "loan_number": LOAN, "borrower_name": BORROWER, "co_borrower_name": CO_BORROWER}
    assert fields["property_address"].value.startswith("2207 Fernhollow Lane")
    assert values_of(fields, "income.wages", "income.rental", "income.total") == {
        "income.wages": Decimal("4980.00"), "income.rental": Decimal("650.00"), "income.total": Decimal("5930.00")}


# --- guards: a form of labels and answers, its answers in a column of their own ------------------------------------

_ANSWERED = [
    ("1.", "Loan number", "8830146652"),
    ("2.", "Borrower's name", "Ramona F. Delacroix"),
    ("3.", "Co-borrower's name", "Teodor Delacroix"),
    ("4.", "Property address", "2418 Quarry Hill Road, Millbrook, NY 12545"),
    ("5.", "Gross monthly wages", "3,870.00"),
    ("6.", "Rental income", "525.00"),
    ("7.", "Total monthly income", "4,395.00"),
    ("8.", "Hardship began on", "11/03/2036"),
    ("9.", "Reason for the hardship", "Reduced income - hours cut"),
]


def _answer_column_form(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """Millbrook Savings Bank's borrower information sheet: numbered labels at the left, each answer typed in
    Courier 3.5 inches to the right on the label's row, a rule under each row; no header over the columns."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 50, 60, "MILLBROOK SAVINGS BANK", 15, BOLD)
    draw_text(pdf, 50, 76, "Mortgage Assistance Application - Borrower Information", 10, BOLD)
    y = 104
    for number, label, answer in rows:
        y += 26
        draw_text(pdf, 50, y, number, 9.5, BOLD)
        draw_text(pdf, 72, y, label, 9.5)
        draw_text(pdf, 330, y, answer, 10, "Courier")
        pdf.setLineWidth(0.4)
        pdf.line(50, TOP - y - 8, 562, TOP - y - 8)
    draw_text(pdf, 50, y + 40, "I certify that the information above is true.", 9)
    pdf.save()
    return path


def _assert_answered(fields: dict[str, Field], street: str) -> None:
    assert values_of(fields, "loan_number", "borrower_name", "co_borrower_name", "property_address") == {
        "loan_number": "8830146652", "borrower_name": "Ramona F. Delacroix", "co_borrower_name": "Teodor Delacroix",
        "property_address": f"{street}, Millbrook, NY 12545"}
    assert values_of(fields, "income.wages", "income.rental", "income.total", "hardship_start_date") == {
        "income.wages": Decimal("3870.00"), "income.rental": Decimal("525.00"), "income.total": Decimal("4395.00"),
        "hardship_start_date": date(2036, 11, 3)}


def test_a_column_of_answers_is_no_second_column_of_items(reader: PageReader, tmp_path: Path) -> None:
    """Guard (passes before and after the change): a gutter runs down the page between labels and answers, and
    the labels are numbered, but nothing numbered opens a row on the answers' side: the page is not split."""
    fields = _fields(reader, _answer_column_form(tmp_path / "sheet.pdf", _ANSWERED),
                     "mortgage_assistance_application")
    _assert_answered(fields, "2418 Quarry Hill Road")


def test_answers_opening_with_small_numbers_are_no_numbered_items(reader: PageReader, tmp_path: Path) -> None:
    """Guard (passes before the change; FAILS on the live code, reported): the same sheet with a house number of
    two figures and two counts answered ("41 Quarry Hill Road", "4" people, "3" months behind). Three answers
    opening with a small number count as the right column's numbered items, the page is split at the gutter,
    and every label loses its answer."""
    rows = [row if row[0] != "4." else ("4.", "Property address", "41 Quarry Hill Road, Millbrook, NY 12545")
            for row in _ANSWERED]
    rows[4:4] = [("5.", "Number of people in the household", "4"), ("6.", "Months behind on the mortgage", "3")]
    fields = _fields(reader, _answer_column_form(tmp_path / "sheet.pdf", rows), "mortgage_assistance_application")
    _assert_answered(fields, "41 Quarry Hill Road")
