"""Words that sit where a value is looked for and are none: a statement's period between a bank's logo and its
kind, a total's note naming items, a payroll service's "employer named above", a stub title's first word.

Ironwood's statement prints its logo "IRONWOOD" large at the left of the first line, the title "Combined
Statement" at its right, then "Statement period ..." on a line of its own, and only then "NATIONAL BANK" under
the logo: the bank's kind alone names no bank, so its name is the logo two lines up ("IRONWOOD NATIONAL BANK"),
past the period's line.

Prairie Lantern's "Request for Mortgage Relief" numbers its income lines and types each answer on the line under
its item; the total's note "(items 17 through 24)" holds figures but no amount: the total is the "$ 4,234.56"
under it, not the 24 of the note.

Flint Hills Family Clinic's stub is printed by its payroll service, whose footer says it pays "on behalf of the
employer named above": "above" is a word of that sentence, no firm; the employer is the name heading the stub.

Sonoran Pipe & Valve Supply's stub opens with its title "EMPLOYEE EARNINGS STATEMENT": "EMPLOYEE" there is the
title's first word, no label for the firm's line under it; the employee is the name under "EMPLOYEE" in the
header band ("Luis A. Carranza"), not "Sonoran Pipe".

Born-digital pages (reportlab) go through the real PageReader and `read_documents` with the text layer's ink;
the relief form's page is read by `extract_application`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import one_document_fields
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import draw_text
from test_extract_application import ref

RECEIVED = date(2043, 8, 20)
CUSTOMER = "Theodora J. Marchetti"
STREET, CITY = "2208 Cottonwood Hollow Lane", "Lawrence, KS 66046"



def _earnings(pdf: canvas.Canvas, top: float, rows: Sequence[tuple[str, str, str, str]]) -> None:
    """An earnings table: headings, then rows of (label, hours, current, year to date), figures flush right."""
    for x, heading in ((48, "EARNINGS"), (250, "HOURS"), (360, "CURRENT"), (462, "YEAR TO DATE")):
        draw_text(pdf, x, top, heading, 8, "Helvetica-Bold")
    for i, (label, hours, current, ytd) in enumerate(rows):
        y = top + 16 + 14 * i
        draw_text(pdf, 48, y, label, 9)
        for right, figure in ((280, hours), (400, current), (530, ytd)):
            if figure:
                draw_text(pdf, right, y, figure, 9, right=True)


# --- a statement whose logo stands two lines over the bank's kind ----------------------------------------


def test_the_logo_two_lines_over_the_banks_kind_names_the_bank(reader: PageReader, tmp_path: Path) -> None:
    """"IRONWOOD  Combined Statement", then "Statement period 07/11/2043 - 08/10/2043", then "NATIONAL BANK" under
    the logo: the bank is Ironwood National Bank (before: "NATIONAL BANK", the logo looked for one line up only)."""
    path = tmp_path / "Ironwood statement Aug 2043.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFillColorRGB(0.1, 0.2, 0.4)
    draw_text(pdf, 48, 60, "IRONWOOD", 20, "Helvetica-Bold")
    pdf.setFillGray(0)
    draw_text(pdf, 564, 60, "Combined Statement", 17, right=True)
    draw_text(pdf, 564, 80, "Statement period 07/11/2043 - 08/10/2043", 9, right=True)
    draw_text(pdf, 48, 94, "NATIONAL BANK", 10, "Helvetica-Bold")
    draw_text(pdf, 48, 120, "Primary account: Everyday Checking ...7460", 9.5)
    draw_text(pdf, 564, 120, "Page 1 of 2", 9.5, right=True)
    lines = (CUSTOMER, STREET, CITY, "", "Summary", "Beginning balance  $2,417.36", "Deposits and additions  $4,105.12",
             "Withdrawals and subtractions  $3,962.47", "Ending balance  $2,560.01", "", "Date  Description  Amount",
             "07/15  Payroll deposit - Flint Hills Family Clinic  2,052.56",
             "07/16  Mortgage payment - Prairie Lantern Servicing  -1,388.40", "07/22  Dillons #54 grocery  -187.22",
             "07/29  Payroll deposit - Flint Hills Family Clinic  2,052.56", "08/04  Evergy electric  -2,386.85")
    for i, line in enumerate(lines):
        draw_text(pdf, 48, 150 + 14 * i, line, 9.5)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, "bank_statement")
    assert str(fields["bank_name"].value).lower() == "ironwood national bank"


# --- a servicer's form whose total carries a note of item numbers -----------------------------------------


def test_a_totals_note_of_item_numbers_is_no_amount(reader: PageReader, tmp_path: Path) -> None:
    """"TOTAL MONTHLY INCOME (items 17 through 24)" over "$ 4,234.56": the total is the amount under it
    (before: 24, the last figure of the note), and the numbered lines keep their own amounts."""
    path = tmp_path / "Request for Mortgage Relief.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 48, 50, "Prairie Lantern Servicing", 13, "Helvetica-Bold")
    draw_text(pdf, 48, 68, "Request for Mortgage Relief", 12)
    items = (("1. Loan number", "5521083947"), ("2. Borrower's name", CUSTOMER),
             ("3. Property address", f"{STREET}, {CITY}"),
             ("17. Gross wages, salary, overtime (before taxes and deductions)", "$ 3,634.56"),
             ("18. Unemployment income", "$ 0.00"),
             ("24. Other income: alimony, child support, separate maintenance, other", "$ 600.00"),
             ("TOTAL MONTHLY INCOME (items 17 through 24)", "$ 4,234.56"))
    for i, (item, answer) in enumerate(items):
        draw_text(pdf, 48, 100 + 36 * i, item, 9.5)
        draw_text(pdf, 60, 114 + 36 * i, answer, 10, "Courier")
    pdf.save()
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["income.total"].value == Decimal("4234.56")
    assert fields["income.wages"].value == Decimal("3634.56")
    assert fields["income.other"].value == Decimal("600.00")
    assert fields["loan_number"].value == "5521083947"
    assert fields["borrower_name"].value == CUSTOMER


# --- a payroll service's footer naming "the employer named above" ----------------------------------------


def test_the_employer_named_above_is_the_firm_heading_the_stub(reader: PageReader, tmp_path: Path) -> None:
    """"Arbor Crest Payroll Services - payroll processed on behalf of the employer named above": the employer is
    Flint Hills Family Clinic, heading the stub over its address (before: "above")."""
    path = tmp_path / "paystub 07-29-2043.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 48, 54, "Flint Hills Family Clinic", 13, "Helvetica-Bold")
    draw_text(pdf, 48, 68, "1140 Poyntz Avenue", 9)
    draw_text(pdf, 48, 80, "Manhattan, KS 66502", 9)
    draw_text(pdf, 564, 54, "STATEMENT OF EARNINGS AND DEDUCTIONS", 10, "Helvetica-Bold", right=True)
    draw_text(pdf, 564, 68, "Pay date: 07/29/2043", 9, right=True)
    draw_text(pdf, 564, 80, "Pay period: 07/10/2043 - 07/23/2043", 9, right=True)
    for i, line in enumerate((CUSTOMER, STREET, CITY)):
        draw_text(pdf, 72, 120 + 13 * i, line, 10)
    _earnings(pdf, 190, (("Regular", "80.00", "2,240.00", "31,360.00"), ("Overtime", "6.00", "252.00", "2,898.00"),
                         ("Gross pay", "", "2,492.00", "34,258.00"), ("Federal income tax", "", "214.30", "2,945.41"),
                         ("Net pay", "", "2,052.56", "28,209.71")))
    draw_text(pdf, 48, 760, "Arbor Crest Payroll Services - payroll processed on behalf of the employer named above",
              7)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, "pay_stub")
    assert fields["employer"].value == "Flint Hills Family Clinic"
    assert fields["employee_name"].value == CUSTOMER


# --- a stub whose title opens with "EMPLOYEE" --------------------------------------------------------------


def test_a_titles_first_word_is_no_label_for_the_firm_under_it(reader: PageReader, tmp_path: Path) -> None:
    """"EMPLOYEE EARNINGS STATEMENT   RETAIN FOR YOUR RECORDS" over "Sonoran Pipe & Valve Supply   Semi-Monthly
    Payroll": the title's "EMPLOYEE" labels nothing; the worker is the name under the header band's "EMPLOYEE"
    (before: "Sonoran Pipe", the firm's line taken for the title word's value)."""
    path = tmp_path / "Carranza stub 12-19-2042.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 48, 52, "EMPLOYEE EARNINGS STATEMENT", 11, "Helvetica-Bold")
    draw_text(pdf, 564, 52, "RETAIN FOR YOUR RECORDS", 9, right=True)
    draw_text(pdf, 48, 72, "Sonoran Pipe & Valve Supply", 11, "Helvetica-Bold")
    draw_text(pdf, 564, 72, "Semi-Monthly Payroll", 9, right=True)
    draw_text(pdf, 48, 85, "3150 East Broadway Boulevard, Tucson, AZ 85716", 9)
    band = (("EMPLOYEE", "Luis A. Carranza"), ("EMPLOYEE ID", "SPV-0418"), ("PAY PERIOD", "12/01/2042 - 12/15/2042"),
            ("CHECK DATE", "12/19/2042"), ("PAY FREQUENCY", "Semi-Monthly"))
    for x, (caption, value) in zip((48, 170, 250, 370, 460), band, strict=True):
        draw_text(pdf, x, 112, caption, 7.5, "Helvetica-Bold")
        draw_text(pdf, x, 125, value, 9)
    _earnings(pdf, 156, (("Regular", "88.00", "2,024.00", "47,564.00"), ("Overtime", "4.50", "155.25", "2,639.25"),
                         ("Gross Pay", "", "2,179.25", "50,203.25"), ("Federal Withholding", "", "182.40", "4,286.40"),
                         ("Net Pay", "", "1,801.63", "41,514.68")))
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, "pay_stub")
    assert fields["employee_name"].value == "Luis A. Carranza"
    assert fields["employer"].value == "Sonoran Pipe & Valve Supply"
    assert fields["period_start"].value == date(2042, 12, 1)
    assert fields["period_end"].value == date(2042, 12, 15)
