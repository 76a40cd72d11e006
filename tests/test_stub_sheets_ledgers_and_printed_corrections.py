"""Pay stubs printed two to a sheet or by a union hall, a bank ledger carried over pages, an app's statement
printout, a retirement benefit statement, and an address the application read that other papers print wrong.

A hospital's payroll prints two stubs on one perforated sheet, one under the other, each under the same
heading line ("FOLD AND TEAR ALONG PERFORATION" between them): the older period on top, the latest under it.
The stub is the latest one; the sheet's heading still names the employer and the employee. Scanned, the
heading opens with the hospital's round logo (a ring with a wave's crest), which OCR reads as a figure ("6
Jefferson Bay ..."): a heading line that opens with a figure was taken for a code and skipped, and the
employer was looked for elsewhere (the caption "EMPLOYEE NAME").

A union hall's weekly statement names the worker on a row that goes on into a registration number, and
prints a box of fringe benefits "PAID BY THE EMPLOYERS - NOT PART OF YOUR GROSS PAY": that sentence names no
employer, and the registration is no part of the worker's name.

A bank's three-page statement prints its balances on page 1 and a running-balance ledger that page 2 opens
with "BALANCE FORWARD" and the balance page 1 ended on: one account carried over a page, not a second
account's opening, and not the statement's own opening balance.

A statement printed from a phone app: the bank's logo word, the app bar's title "Statements", then the bank's
name: the title is no part of the name.

An SSA benefit statement under the program's heading "Retirement, Survivors and Disability Insurance" that
awards retirement insurance benefits: taxable, whatever word the heading lists.

An application scanned with its address read right, checked against other papers of the case: one where OCR
turned the state's "I" into "[", one printing another street of the same town with no house number: neither
is a better spelling of the address read.

Born digital (reportlab) through the real PageReader, except one scanned stub sheet (rendered, rasterised with
pypdfium2, lightly speckled, saved as an image PDF), which is what makes the logo a figure.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.judging.reconcile import reconcile
from lossmit_docs.model import Document, Field, Page, PageRef, TextMethod
from lossmit_docs.reading.bank_statements import extract_bank_statement
from lossmit_docs.reading.ink import PdfInk, with_words
from lossmit_docs.reading.letters_and_checks import extract_letter
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.paper_names import _LOGO_FIGURE
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from pdf_factory import draw_text, images_pdf

TOP = letter[1]
SCAN_DPI = 300


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


_text = draw_text
_right = partial(draw_text, right=True)  # a figure set flush right, ending at `x`


def _rule(pdf: canvas.Canvas, x0: float, x1: float, y: float, width: float = 0.5, dash: bool = False) -> None:
    pdf.setLineWidth(width)
    pdf.setDash(3, 3) if dash else pdf.setDash()
    pdf.line(x0, TOP - y, x1, TOP - y)
    pdf.setDash()


def _scanned(born: Path, path: Path, noise: float = 0.0015, seed: int = 11) -> Path:
    """A born-digital page as a copier's scan: rendered at SCAN_DPI in grey, speckled lightly, saved as an
    image-only PDF, so OCR reads it the way it reads paper."""
    document = pdfium.PdfDocument(str(born))
    try:
        image = document[0].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    rng = random.Random(seed)
    pixels = image.load()
    width, height = image.size
    for _ in range(int(width * height * noise)):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = 0 if pixels[x, y] > 128 else 255
    images_pdf([image], SCAN_DPI, path)
    return path


def _pages_with_words(reader: PageReader, path: Path) -> list[Page]:
    """The file's pages as read, with the text layer's word boxes (as read_documents gives them)."""
    pages = reader.read(path)
    ink = PdfInk(path, pages)
    return [with_words(page, ink) for page in pages]


# --- a hospital's sheet of two stubs --------------------------------------------------------------------

HOSPITAL = "Jefferson Bay Regional Hospital"
EMPLOYEE = "Renata L. Okonkwo"
OLDER = {"pay_date": "06/11/2038", "period": "05/29/2038 - 06/11/2038",
         "rows": (("Regular", "80.00", "39.4000", "3,152.00", "36,409.00"),),
         "gross": ("3,152.00", "36,409.00"),
         "taxes": (("Federal income tax", "312.00"), ("Social Security", "195.42"), ("Medicare", "45.70"),
                   ("State income tax", "140.40")),
         "net": "2,458.48"}
LATEST = {"pay_date": "06/25/2038", "period": "06/12/2038 - 06/25/2038",
          "rows": (("Regular", "80.00", "39.4000", "3,152.00", "39,403.00"),
                   ("Shift differential", "", "", "158.00", "316.00")),
          "gross": ("3,310.00", "39,719.00"),
          "taxes": (("Federal income tax", "331.00"), ("Social Security", "205.22"), ("Medicare", "48.00"),
                    ("State income tax", "148.60")),
          "net": "2,577.18"}


def _logo(pdf: canvas.Canvas, x: float, y: float) -> None:
    """The hospital's round logo: a ring with a wave's crest rising from its left side (the ring's centre
    `y` points under the page's top), which OCR reads as the figure 6."""
    pdf.setLineWidth(3)
    pdf.circle(x, TOP - y - 2, 9, stroke=1, fill=0)
    crest = pdf.beginPath()
    crest.moveTo(x - 9, TOP - y - 2)
    crest.curveTo(x - 9, TOP - y + 14.4, x + 1.8, TOP - y + 19.8, x + 7.2, TOP - y + 18)
    pdf.drawPath(crest, stroke=1, fill=0)


def _one_stub(pdf: canvas.Canvas, top: float, stub: dict, logo: bool) -> None:
    """One stub `top` points under the page's top: the heading line (logo, hospital, EARNINGS STATEMENT),
    the address, captions over the employee's row, an earnings table, taxes and the net pay."""
    if logo:
        _logo(pdf, 60, top - 5)
    _text(pdf, 78 if logo else 50, top, HOSPITAL, 14, "Helvetica-Bold")
    _text(pdf, 420, top, "EARNINGS STATEMENT", 11, "Helvetica-Bold")
    _text(pdf, 78 if logo else 50, top + 13, "4400 Tidewater Drive, Norfolk, VA 23504", 8)
    for x, caption in ((50, "EMPLOYEE NAME"), (210, "EMPLOYEE ID"), (300, "PAY DATE"), (400, "PAY PERIOD")):
        _text(pdf, x, top + 34, caption, 7, "Helvetica-Bold")
    for x, value in ((50, EMPLOYEE), (210, "40417"), (300, stub["pay_date"]), (400, stub["period"])):
        _text(pdf, x, top + 46, value, 9)
    _rule(pdf, 50, 560, top + 54)
    for x, caption in ((50, "EARNINGS"), (230, "HOURS"), (290, "RATE"), (380, "CURRENT"), (470, "YEAR TO DATE")):
        _text(pdf, x, top + 66, caption, 7, "Helvetica-Bold")
    y = top + 80
    for label, hours, rate, current, ytd in stub["rows"]:
        _text(pdf, 50, y, label)
        _right(pdf, 260, y, hours)
        _right(pdf, 330, y, rate)
        _right(pdf, 420, y, current)
        _right(pdf, 530, y, ytd)
        y += 13
    _text(pdf, 50, y, "GROSS PAY", 9, "Helvetica-Bold")
    _right(pdf, 420, y, stub["gross"][0], 9, "Helvetica-Bold")
    _right(pdf, 530, y, stub["gross"][1], 9, "Helvetica-Bold")
    y += 20
    _text(pdf, 50, y, "TAXES AND DEDUCTIONS", 7, "Helvetica-Bold")
    for label, amount in stub["taxes"]:
        y += 13
        _text(pdf, 50, y, label)
        _right(pdf, 420, y, amount)
    y += 20
    _text(pdf, 50, y, "NET PAY", 10, "Helvetica-Bold")
    _right(pdf, 420, y, stub["net"], 10, "Helvetica-Bold")


def _stub_sheet(path: Path, logo: bool = False) -> Path:
    """The perforated sheet: the older stub on the top half, "FOLD AND TEAR ALONG PERFORATION" over a
    dashed rule, the latest stub on the bottom half under the same heading line."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _one_stub(pdf, 60, OLDER, logo)
    _rule(pdf, 30, 582, 392, 0.8, dash=True)
    pdf.setFont("Helvetica", 7)
    pdf.drawCentredString(306, TOP - 386, "FOLD AND TEAR ALONG PERFORATION")
    _one_stub(pdf, 430, LATEST, logo)
    pdf.save()
    return path


def _assert_latest_stub(fields: dict[str, Field]) -> None:
    assert fields["pay_date"].value == date(2038, 6, 25)
    assert fields["gross_current"].value == Decimal("3310.00")
    assert fields["gross_ytd"].value == Decimal("39719.00")
    assert fields["net_current"].value == Decimal("2577.18")
    assert fields["employer"].value == HOSPITAL
    assert fields["employee_name"].value == EMPLOYEE


def test_a_sheet_of_two_stubs_is_read_as_its_latest(reader: PageReader, tmp_path: Path) -> None:
    """Two stubs one under the other, the heading line printed again over the second: the pay date, gross,
    YTD and net pay are the bottom (latest) stub's (before, the top one's 06/11/2038 and 3,152.00), and the
    heading still names the hospital and the employee."""
    path = _stub_sheet(tmp_path / "sheet.pdf")
    fields, _ = extract_pay_stub(_pages_with_words(reader, path), ref)
    _assert_latest_stub(fields)


def test_a_scanned_sheet_whose_heading_opens_with_a_round_logo(reader: PageReader, tmp_path: Path) -> None:
    """The same sheet scanned, each heading opening with the hospital's round logo, which OCR reads as a
    figure ("6 Jefferson Bay Regional Hospital EARNINGS STATEMENT" over the top stub): the employer is the
    hospital and the fields are the latest stub's (before, the top stub's; and with the sheet read half by
    half, a heading that opens with a figure was skipped for a code and the caption 'EMPLOYEE NAME' taken)."""
    path = _scanned(_stub_sheet(tmp_path / "born.pdf", logo=True), tmp_path / "scan.pdf")
    pages = reader.read(path)
    assert pages[0].method == TextMethod.OCR
    fields, _ = extract_pay_stub(pages, ref)
    _assert_latest_stub(fields)


# --- a union hall's weekly statement --------------------------------------------------------------------


def _union_statement(path: Path) -> Path:
    """The employers' association's weekly statement: its name heading the page beside "WEEKLY EARNINGS
    STATEMENT", the worker's row going on into a registration number, the week's earnings, deductions and
    net pay, and a ruled box of the fringe benefits the employers pay to the trust funds."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _text(pdf, 50, 50, "Harbor Crest Maritime Employers", 13, "Helvetica-Bold")
    _text(pdf, 380, 50, "WEEKLY EARNINGS STATEMENT", 11, "Helvetica-Bold")
    _text(pdf, 50, 63, "Longshore Dispatch Hall No. 7, 1180 Wharf Street, Port Adelia, OR 97365", 8)
    _rule(pdf, 50, 560, 72, 1)
    _text(pdf, 50, 92, "Worker", 8, "Helvetica-Bold")
    _text(pdf, 95, 92, "Julio C. Arriaga", 10)
    _text(pdf, 300, 92, "Registration no.", 8, "Helvetica-Bold")
    _text(pdf, 380, 92, "B-290318", 10)
    _text(pdf, 50, 108, "Week ending", 8, "Helvetica-Bold")
    _text(pdf, 110, 108, "07/09/2038", 10)
    _text(pdf, 300, 108, "Pay date", 8, "Helvetica-Bold")
    _text(pdf, 380, 108, "07/14/2038", 10)
    for x, caption in ((50, "WORK PERFORMED"), (260, "HOURS"), (330, "RATE"), (430, "EARNINGS")):
        _text(pdf, x, 132, caption, 7, "Helvetica-Bold")
    y = 146
    for label, hours, rate, amount in (("MV Coral Pike - straight time", "40.0", "46.6000", "1,864.00"),
                                       ("MV Coral Pike - overtime", "6.0", "69.9000", "419.40")):
        _text(pdf, 50, y, label)
        _right(pdf, 290, y, hours)
        _right(pdf, 370, y, rate)
        _right(pdf, 480, y, amount)
        y += 13
    _text(pdf, 50, y + 4, "Gross pay", 9, "Helvetica-Bold")
    _right(pdf, 480, y + 4, "2,283.40", 9, "Helvetica-Bold")
    _text(pdf, 50, y + 18, "Gross pay year to date 63,935.20", 8)
    y += 40
    for label, amount in (("Federal income tax", "228.00"), ("Social Security", "141.57"), ("Medicare", "33.11"),
                          ("State income tax", "171.26"), ("Union dues (work assessment)", "45.67")):
        _text(pdf, 50, y, label)
        _right(pdf, 480, y, amount)
        y += 13
    _text(pdf, 50, y + 6, "Net pay", 10, "Helvetica-Bold")
    _right(pdf, 480, y + 6, "1,663.79", 10, "Helvetica-Bold")
    box = y + 36
    pdf.setLineWidth(0.8)
    pdf.rect(46, TOP - box - 62, 520, 74, stroke=1, fill=0)
    _text(pdf, 52, box, "FRINGE BENEFIT CONTRIBUTIONS PAID BY THE EMPLOYERS - NOT PART OF YOUR GROSS PAY", 8,
          "Helvetica-Bold")
    for row, (fund, rate, amount) in enumerate((("Pension trust", "11.20", "515.20"),
                                                ("Health and welfare trust", "9.85", "453.10"),
                                                ("Vacation and holiday fund", "4.10", "188.60"))):
        _text(pdf, 52, box + 16 + 13 * row, fund, 8)
        _right(pdf, 370, box + 16 + 13 * row, f"{rate} per hour", 8)
        _right(pdf, 480, box + 16 + 13 * row, amount, 8)
    pdf.save()
    return path


def test_a_union_halls_statement_is_headed_by_its_employers(reader: PageReader, tmp_path: Path) -> None:
    """"Harbor Crest Maritime Employers  WEEKLY EARNINGS STATEMENT" heading the page and a box "FRINGE BENEFIT
    CONTRIBUTIONS PAID BY THE EMPLOYERS - NOT PART OF YOUR GROSS PAY": the employer is the heading's (before,
    'THE EMPLOYERS - NOT PART OF YOUR GROSS PAY', the words after the label "Paid by")."""
    path = _union_statement(tmp_path / "union.pdf")
    fields, _ = extract_pay_stub(_pages_with_words(reader, path), ref)
    assert fields["employer"].value == "Harbor Crest Maritime Employers"
    assert fields["gross_current"].value == Decimal("2283.40")
    assert fields["net_current"].value == Decimal("1663.79")


def test_a_workers_name_ends_before_the_registration_number(reader: PageReader, tmp_path: Path) -> None:
    """"Worker  Julio C. Arriaga  Registration no. B-290318" on one row: the name is 'Julio C. Arriaga'
    (before, 'Julio C. Arriaga Registration')."""
    path = _union_statement(tmp_path / "union.pdf")
    fields, _ = extract_pay_stub(_pages_with_words(reader, path), ref)
    assert fields["employee_name"].value == "Julio C. Arriaga"


# --- a bank's ledger carried over three pages -----------------------------------------------------------

LEDGER = (  # (page, date, description, withdrawal, deposit, running balance)
    (1, "05/01", "Payroll deposit - Lyndale Tool & Die", "", "1,602.25", "2,444.41"),
    (1, "05/02", "Mortgage payment - online transfer", "1,187.40", "", "1,257.01"),
    (1, "05/05", "Prairie Fresh Market", "96.13", "", "1,160.88"),
    (1, "05/07", "Lyndale Public Utilities - electric", "64.12", "", "1,096.76"),
    (2, "05/12", "Corner Drug pharmacy", "38.50", "", "1,058.26"),
    (2, "05/15", "Payroll deposit - Lyndale Tool & Die", "", "1,602.25", "2,660.51"),
    (2, "05/18", "Auto loan payment", "412.00", "", "2,248.51"),
    (2, "05/20", "Northstar Mutual insurance", "156.34", "", "2,092.17"),
    (3, "05/24", "Cellular service", "88.40", "", "2,003.77"),
    (3, "05/28", "Prairie Fresh Market", "132.50", "", "1,871.27"),
    (3, "05/30", "Little Acorns childcare", "354.00", "", "1,517.27"),
)


def _ledger_statement(path: Path) -> Path:
    """A savings bank's three pages: page 1 heads the statement, sums it up ("Balance last statement" ...
    "Balance this statement") and starts the ledger of running balances; pages 2 and 3 each open the ledger
    again under "BALANCE FORWARD" and the balance the page before ended on."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for page in (1, 2, 3):
        _text(pdf, 50, 50, "Kestrel Valley Savings Bank", 14, "Helvetica-Bold")
        pdf.setFont("Helvetica", 8)
        pdf.drawRightString(560, TOP - 50, f"Account ****4418   Page {page} of 3")
        _text(pdf, 50, 63, "PO Box 2200, Lyndale, MN 55439   -   (952) 555-0140", 8)
        y = 90.0
        if page == 1:
            for row, line in enumerate(("Oksana V. Demir", "6120 Birchwood Court", "Lyndale, MN 55439")):
                _text(pdf, 50, y + 12 * row, line, 10)
            _text(pdf, 330, y, "Everyday Checking   Account ****4418", 9, "Helvetica-Bold")
            _text(pdf, 330, y + 12, "Statement period 05/01/2038 - 05/31/2038", 9)
            y += 56
            _text(pdf, 50, y, "ACCOUNT SUMMARY", 9, "Helvetica-Bold")
            for label, amount in (("Balance last statement", "842.16"), ("Deposits and credits", "3,204.50"),
                                  ("Withdrawals and debits", "2,529.39"), ("Balance this statement", "1,517.27")):
                y += 13
                _text(pdf, 50, y, label)
                _right(pdf, 300, y, amount)
            y += 30
        _text(pdf, 50, y, "ACCOUNT ACTIVITY" + ("" if page == 1 else " (continued)"), 9, "Helvetica-Bold")
        y += 16
        for x, caption in ((50, "DATE"), (90, "DESCRIPTION"), (330, "WITHDRAWALS"), (420, "DEPOSITS"),
                           (500, "BALANCE")):
            _text(pdf, x, y, caption, 7, "Helvetica-Bold")
        if page > 1:
            y += 14
            carried = next(row[5] for row in reversed(LEDGER) if row[0] == page - 1)
            _text(pdf, 90, y, "BALANCE FORWARD", 9, "Helvetica-Bold")
            _right(pdf, 545, y, carried, 9, "Helvetica-Bold")
        for _, day, description, withdrawal, deposit, balance in (row for row in LEDGER if row[0] == page):
            y += 14
            _text(pdf, 50, y, day)
            _text(pdf, 90, y, description)
            _right(pdf, 390, y, withdrawal)
            _right(pdf, 465, y, deposit)
            _right(pdf, 545, y, balance)
        _text(pdf, 50, 740, "Kestrel Valley Savings Bank   Member FDIC   Equal Housing Lender", 7)
        pdf.showPage()
    pdf.save()
    return path


def test_a_ledger_carried_over_pages_is_one_accounts(reader: PageReader, tmp_path: Path) -> None:
    """"Balance last statement 842.16" and "Balance this statement 1,517.27" on page 1, the ledger's
    "BALANCE FORWARD 1,096.76" opening page 2 (page 1's last running balance) and "BALANCE FORWARD 2,092.17"
    page 3: the statement opens at 842.16 and closes at 1,517.27 (before, the forward rows looked like other
    accounts' openings and both balances were left unread, or a forward row was taken as the opening)."""
    path = _ledger_statement(tmp_path / "ledger.pdf")
    fields = extract_bank_statement(_pages_with_words(reader, path), ref)
    assert fields["beginning_balance"].value == Decimal("842.16")
    assert fields["ending_balance"].value == Decimal("1517.27")
    assert fields["bank_name"].value == "Kestrel Valley Savings Bank"


# --- a phone app's statement printout -------------------------------------------------------------------


def _app_printout(path: Path) -> Path:
    """A statement printed from a phone app: the bank's logo word, the app bar's title "Statements", the
    bank's name over the account, the month's figures, and the bank's legal line at the foot."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _text(pdf, 60, 48, "Tidewell", 20, "Helvetica-Bold")
    _text(pdf, 60, 74, "Statements", 13, "Helvetica-Bold")
    _text(pdf, 60, 100, "Tidewell Direct Bank", 11)
    _text(pdf, 60, 114, "Everyday Checking ****6032", 10)
    _text(pdf, 60, 128, "April 1 - April 30, 2038", 10)
    y = 156
    for label, amount in (("Beginning balance", "$1,204.55"), ("Deposits", "$2,310.00"),
                          ("Withdrawals", "$2,526.45"), ("Ending balance", "$988.10")):
        _text(pdf, 60, y, label, 10)
        _right(pdf, 330, y, amount, 10)
        y += 16
    _text(pdf, 60, y + 10, "Transactions", 11, "Helvetica-Bold")
    for row, (day, what, amount) in enumerate((("Apr 03", "Direct deposit - Calloway Freight", "$2,310.00"),
                                               ("Apr 05", "Rent share to M. Ortega", "-$1,650.00"),
                                               ("Apr 19", "Groceries - Bayside Co-op", "-$876.45"))):
        _text(pdf, 60, y + 28 + 15 * row, day, 9)
        _text(pdf, 110, y + 28 + 15 * row, what, 9)
        _right(pdf, 330, y + 28 + 15 * row, amount, 9)
    _text(pdf, 60, 720, "Tidewell Direct Bank, Member FDIC. Banking services provided in the app.", 7)
    pdf.save()
    return path


def test_an_app_bars_title_over_the_banks_name_is_no_part_of_it(reader: PageReader, tmp_path: Path) -> None:
    """"Tidewell" (the logo), "Statements" (the app bar's title), then "Tidewell Direct Bank": the bank is
    'Tidewell Direct Bank' (before, 'Statements Tidewell Direct Bank', the lines run together)."""
    path = _app_printout(tmp_path / "app.pdf")
    fields = extract_bank_statement(_pages_with_words(reader, path), ref)
    assert fields["bank_name"].value == "Tidewell Direct Bank"


# --- a retirement benefit statement ---------------------------------------------------------------------


def test_retirement_insurance_benefits_under_a_heading_naming_disability(reader: PageReader,
                                                                           tmp_path: Path) -> None:
    """An SSA "Benefit Statement" under "Retirement, Survivors and Disability Insurance" whose "Type of
    benefit" is "Retirement insurance benefits": taxable (before, nontaxable, from the heading's
    "Disability")."""
    path = tmp_path / "benefit.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    lines = (("SOCIAL SECURITY ADMINISTRATION", 12, "Helvetica-Bold"),
             ("Retirement, Survivors and Disability Insurance", 10, "Helvetica"),
             ("Benefit Statement", 14, "Helvetica-Bold"),
             ("", 9, "Helvetica"),
             ("Date: February 9, 2038", 10, "Helvetica"),
             ("Ellery T. Marsh", 10, "Helvetica"),
             ("418 Quarry Hill Road", 10, "Helvetica"),
             ("Dunmore, PA 18512", 10, "Helvetica"),
             ("", 9, "Helvetica"),
             ("Type of benefit        Retirement insurance benefits", 10, "Helvetica"),
             ("Claim number           ***-**-6120A", 10, "Helvetica"),
             ("", 9, "Helvetica"),
             ("Beginning December 2037 the full benefit before any deductions is $1,884.30 a month.", 10,
              "Helvetica"),
             ("We deduct $185.00 for medical insurance premiums each month.", 10, "Helvetica"),
             ("The amount you will receive each month is $1,699.30.", 10, "Helvetica"),
             ("Keep this statement: you may need it to show your income.", 10, "Helvetica"))
    for row, (line, size, font) in enumerate(lines):
        _text(pdf, 60, 60 + 16 * row, line, size, font)
    pdf.save()
    fields = extract_letter(reader.read(path), ref, benefit=True)
    assert fields["benefit_type"].value == "benefits_taxable"


# --- an address read right and printed wrong elsewhere --------------------------------------------------

ADDRESS = "1716 Osage Street, Cedar Bluff, IA 50613"
APP_PAGE = PageRef("app.pdf", 2)


def _scanned_application() -> Document:
    """An application scanned (OCR) with its property address read whole and right."""
    fields = {"property_address": Field(ADDRESS, 0.7, APP_PAGE, TextMethod.OCR)}
    return Document("D01", "mortgage_assistance_application", 0.95, [APP_PAGE], date(2038, 7, 1), fields=fields,
                    text="")


def _printed(number: int, kind: str, text: str) -> Document:
    page = PageRef(f"doc{number}.pdf", 1)
    return Document(f"D0{number}", kind, 0.95, [page], date(2038, 7, 1), text=text)


UTILITY_BILL_OCR = "CEDAR BLUFF MUNICIPAL UTILITIES\nService address\nDarnell K. Whitlow\n" \
                   "1716 Osage Street, Cedar Bluff, [A 50613\nAmount due $142.18"
SCHOOL_LETTER = "Cedar Bluff Community Schools\nTransportation office\n" \
                "School Street, Cedar Bluff, IA 50613\nBus route 4 stops at Osage Street and 17th."


def test_an_ocr_misprint_elsewhere_does_not_replace_the_address_read() -> None:
    """Another paper read by OCR prints the address with the state's "I" as "[" ("Cedar Bluff, [A 50613"):
    the application's address stays as read (before, replaced by the bracketed spelling)."""
    application = _scanned_application()
    fields = reconcile([application, _printed(2, "other", UTILITY_BILL_OCR)], "0041722903")[0].fields
    assert (fields["property_address"].value, fields["property_address"].method) == (ADDRESS, TextMethod.OCR)


def test_another_street_of_the_town_does_not_replace_the_address_read() -> None:
    """A letter printing "School Street, Cedar Bluff, IA 50613" (another street of the same town, no house
    number): the application's "1716 Osage Street ..." stays as read (before, traded for the school's)."""
    application = _scanned_application()
    fields = reconcile([application, _printed(2, "other", SCHOOL_LETTER)], "0041722903")[0].fields
    assert (fields["property_address"].value, fields["property_address"].method) == (ADDRESS, TextMethod.OCR)


def test_neither_spelling_replaces_the_address_read_when_both_are_printed() -> None:
    """Both papers in one case: the address read stays as it is."""
    application = _scanned_application()
    others = [_printed(2, "other", UTILITY_BILL_OCR), _printed(3, "other", SCHOOL_LETTER)]
    fields = reconcile([application, *others], "0041722903")[0].fields
    assert (fields["property_address"].value, fields["property_address"].method) == (ADDRESS, TextMethod.OCR)


def test_a_blank_line_over_a_bank_word_heading_is_no_crash() -> None:
    """OCR's text of a scanned credit union statement: its name's first words ("KEEL HARBOR") over a blank
    line, then the bank's words, misread ("Federal Credit-'Union - Savannah, Georgia"), so that the name read
    is a bank word alone ("Federal"). The blank line over it was split into no words and the statement failed
    to read at all."""
    lines = ["KEEL HARBOR", "", "Federal Credit-\u2018Union - Savannah, Georgia - (912) 555-0170", "",
             "LUIS F. ORTEGA-BLAKE", "1508 LIVE OAK CIRCLE", "POOLER, GA 31322", "",
             "Statement period 06/01/2039 - 06/30/2039", "Beginning balance 1,570.76", "Ending balance 1,812.40"]
    page = Page(1, "\n".join(lines), TextMethod.OCR, 0.93)
    fields = extract_bank_statement([page], ref)
    assert fields["beginning_balance"].value == Decimal("1570.76")
    assert fields["ending_balance"].value == Decimal("1812.40")
    assert fields["period_end"].value == date(2039, 6, 30)


def test_a_house_number_is_no_logo_read_as_a_figure() -> None:
    """A round logo OCR read as a figure before the firm's name is dropped from the heading; a short
    address's house number is not ("5 Industrial Way" stays an address, never a firm)."""
    assert _LOGO_FIGURE.sub("", "6 Jefferson Bay Regional Hospital EARNINGS STATEMENT") \
        == "Jefferson Bay Regional Hospital EARNINGS STATEMENT"
    assert _LOGO_FIGURE.sub("", "5 Industrial Way") == "5 Industrial Way"
