"""Statements, stubs, benefit letters and page cues as printed by the firms that send them: a credit union's
period under its "Statement period" heading in a row of column headings and broken after its dash, an online
bank's unlabelled period printed after a page of activity, a bank's logo word over the rest of its name; a
trucking firm's "DRIVER PAYROLL STATEMENT" over its name and its "Driver:" label, a check-style stub with the
bank's name across the employer's line, a header band's values wider than their headings; a Railroad
Retirement Board annuity award; a handwritten letter's "pg 2" and a pension letter's "1of2" / "2 of 2"
footers; and papers that only look like a pay stub, a medical statement or an unemployment benefit letter.

Each fixture is a born-digital PDF (reportlab) read by the real page reader and `read_documents`, with the
text layer's word boxes (`PdfInk`) as the pipeline gives them, except one statement page as OCR read it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from lossmit_docs.model import Document, Page, TextMethod, Word
from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.paper_names import person_name
from lossmit_docs.reading.split import page_numbering, split
from pdf_factory import Ink, placed_text_pdf

RECEIVED = date(2027, 11, 15)
BOLD = "Helvetica-Bold"


def _documents(reader: PageReader, path: Path) -> list[Document]:
    """The file read as the pipeline reads it: the page reader, then its documents with word boxes."""
    pages = reader.read(path)
    return read_documents(path.name, "0" * 64, pages, RECEIVED, PdfInk(path, pages))[0]


def _only(documents: list[Document], kind: str) -> Document:
    assert [d.type for d in documents] == [kind], [(d.type, [p.page for p in d.pages]) for d in documents]
    return documents[0]


def _value(document: Document, name: str) -> object:
    return document.fields[name].value


def _lines(x: float, y: float, texts: Sequence[str], size: float = 9.5, step: float = 13.0,
           font: str = "Helvetica") -> list[Ink]:
    return [Ink(x, y + i * step, text, size, font) for i, text in enumerate(texts)]


# --- bank statements -----------------------------------------------------------------------------------


def _credit_union_statement(path: Path) -> Path:
    """A credit union's summary row: "Statement period" heads the row of column headings, the period under
    it broken after its dash ("Sep 1, 2027 –" / "Sep 30, 2027") beside the accounts' figures."""
    heads = [Ink(40, 150, "Statement period", 7.5, BOLD), Ink(200, 150, "Account", 7.5, BOLD),
             Ink(372, 150, "Previous Balance", 7.5, BOLD, "r"), Ink(432, 150, "Deposits", 7.5, BOLD, "r"),
             Ink(500, 150, "Withdrawals", 7.5, BOLD, "r"), Ink(566, 150, "New Balance", 7.5, BOLD, "r")]
    rows = [("Sep 1, 2027 \u2013", "Share Draft Checking ****4417", "1,204.16", "3,250.00", "2,876.40", "1,577.76"),
            ("Sep 30, 2027", "Primary Share Savings ****4400", "512.40", "0.06", "0.00", "512.46")]
    summary = [Ink(x, 164 + 12 * i, value, 8.5, align=align) for i, row in enumerate(rows)
               for (x, align), value in zip(((40, "l"), (200, "l"), (372, "r"), (432, "r"), (500, "r"), (566, "r")),
                                            row, strict=True)]
    activity = [("09/01", "Balance Forward", "", "1,204.16"),
                ("09/05", "ACH DEPOSIT KESTREL PAYROLL", "1,625.00", "2,829.16"),
                ("09/09", "POS PURCHASE HARBOR MARKET", "-86.12", "2,743.04"),
                ("09/15", "CHECK 1042", "-1,140.00", "1,603.04"),
                ("09/19", "ACH DEPOSIT KESTREL PAYROLL", "1,625.00", "3,228.04"),
                ("09/26", "ELECTRIC CO AUTOPAY", "-1,650.28", "1,577.76"),
                ("09/30", "Ending Balance", "", "1,577.76")]
    table = [Ink(200, 230, "SHARE DRAFT CHECKING ****4417", 9.5, BOLD)]
    for i, (day, what, amount, balance) in enumerate(activity):
        y = 250 + 13 * i
        table += [Ink(200, y, day, 8.5), Ink(240, y, what, 8.5), Ink(480, y, amount, 8.5, align="r"),
                  Ink(566, y, balance, 8.5, align="r")]
    return placed_text_pdf(path, [[Ink(40, 52, "Harborview Teachers Credit Union", 12, BOLD),
                        Ink(40, 66, "Federally insured by NCUA", 7),
                        Ink(40, 90, "MEMBER STATEMENT", 10, BOLD),
                        *_lines(300, 90, ["ODALYS F. BRENNAN", "77 QUARRY HILL ROAD", "BANGOR, ME 04401"]),
                        Ink(40, 132, "ACCOUNT SUMMARY", 10, BOLD), *heads, *summary, *table]])


def test_a_period_under_its_heading_in_a_row_of_column_headings_broken_after_its_dash(
        reader: PageReader, tmp_path: Path) -> None:
    statement = _only(_documents(reader, _credit_union_statement(tmp_path / "cu.pdf")), "bank_statement")
    assert _value(statement, "period_start") == date(2027, 9, 1)
    assert _value(statement, "period_end") == date(2027, 9, 30)
    assert statement.document_date == date(2027, 9, 30)
    assert _value(statement, "bank_name") == "Harborview Teachers Credit Union"


def _online_statement(path: Path, heading: str, beside_logo: str = "Checking statement") -> Path:
    """An online bank's statement: its logo word in large type over the rest of its name (the statement's
    title on the logo's row, at the right), the activity, and, printed only after it, the period in words
    with no label; the small print names the bank in full."""
    rows = [(f"Oct {day}", what, amount) for day, what, amount in (
        (1, "Opening balance", "$2,310.55"), (2, "Direct deposit NORTHGATE LOGISTICS", "+$1,845.20"),
        (3, "Card purchase CORNER GROCERY", "-$64.18"), (4, "Electronic payment CITY WATER", "-$58.40"),
        (6, "ATM withdrawal MAIN ST", "-$100.00"), (8, "Card purchase FUEL STOP 22", "-$41.77"),
        (9, "Electronic payment AUTO LOAN", "-$389.00"), (11, "Card purchase PHARMACY", "-$23.90"),
        (13, "Zelle deposit R ALVARADO", "+$120.00"), (15, "Card purchase HARDWARE BARN", "-$37.25"),
        (16, "Direct deposit NORTHGATE LOGISTICS", "+$1,845.20"), (18, "Electronic payment PHONE CO", "-$92.13"),
        (21, "Card purchase CORNER GROCERY", "-$118.64"), (24, "Electronic payment RENT SHARE", "-$1,200.00"),
        (27, "Card purchase BOOKSHOP", "-$18.40"), (29, "Check 318", "-$250.00"),
        (31, "Closing balance", "$3,601.68"))]
    activity = [Ink(40, 156, "Activity", 11, BOLD), Ink(44, 174, "Date", 8), Ink(100, 174, "Description", 8),
                Ink(566, 174, "Amount", 8, align="r")]
    for i, (day, what, amount) in enumerate(rows):
        y = 192 + 16 * i
        activity += [Ink(44, y, day, 9), Ink(100, y, what, 9), Ink(566, y, amount, 9, align="r")]
    return placed_text_pdf(path, [[Ink(40, 52, "Lumen", 24, BOLD), Ink(572, 46, beside_logo, 14, BOLD, "r"),
                        Ink(40, 70, heading, 11, BOLD), Ink(572, 70, "Account number ******6620", 8.5, align="r"),
                        *_lines(40, 100, ["Tomasz K. Wierzbicki", "1190 Larkspur Court", "Fresno, CA 93711"], 10),
                        *activity,
                        Ink(40, 480, "October 1, 2027 \u2014 October 31, 2027", 10, BOLD),
                        Ink(40, 500, "Money in +$3,810.40   Money out -$2,519.27", 9),
                        Ink(40, 760, "Issued by Lumen Direct Bank, N.A. Member FDIC. Questions? Call 1-844-555-0172.",
                            7)]])


def test_an_unlabelled_period_printed_after_the_activity(reader: PageReader, tmp_path: Path) -> None:
    path = _online_statement(tmp_path / "online.pdf", "Direct Bank")
    (page,) = reader.read(path)
    lines = [line for line in page.text.splitlines() if line.strip()]
    period_line = next(i for i, line in enumerate(lines) if line.startswith("October 1, 2027"))
    assert period_line >= 18  # well past the first fifteen lines, all an unlabelled period was once looked for in
    statement = _only(read_documents(path.name, "0" * 64, [page], RECEIVED, PdfInk(path, [page]))[0],
                      "bank_statement")
    assert _value(statement, "period_start") == date(2027, 10, 1)
    assert _value(statement, "period_end") == date(2027, 10, 31)


def test_a_logo_word_over_the_rest_of_the_banks_name_is_joined_to_it(reader: PageReader, tmp_path: Path) -> None:
    statement = _only(_documents(reader, _online_statement(tmp_path / "logo.pdf", "Direct Bank")), "bank_statement")
    assert _value(statement, "bank_name") == "Lumen Direct Bank"


def test_a_heading_with_the_banks_full_name_is_not_doubled(reader: PageReader, tmp_path: Path) -> None:
    """Guard: the logo word alone on its line, over a heading that already names the bank in full, adds
    nothing ("Lumen" then "Lumen Direct Bank, N.A." reads "Lumen Lumen Direct Bank" joined); the national
    association after the comma is the bank's own."""
    path = _online_statement(tmp_path / "full.pdf", "Lumen Direct Bank, N.A.", beside_logo="")
    statement = _only(_documents(reader, path), "bank_statement")
    assert _value(statement, "bank_name").rstrip(".") == "Lumen Direct Bank, N.A"


def _ocr_page(lines: Sequence[str], confidence: float = 0.9) -> Page:
    """A page as tesseract reads it: 10 pt type, one word box per word."""
    char_w, line_h = 0.0095, 0.014
    words: list[Word] = []
    for row, line in enumerate(lines):
        top, x = 0.06 + row * 0.022, 0.08
        for text in line.split():
            words.append(Word(text, confidence, (x, top, x + len(text) * char_w, top + line_h)))
            x += (len(text) + 1) * char_w
    return Page(1, "\n".join(lines), TextMethod.OCR, confidence, 0, 612.0, 792.0, words=tuple(words))


def test_a_range_whose_dash_closes_its_line() -> None:
    """A grey sidebar read by OCR: the period's dash ends its line after a stray word the sidebar's shading
    left ("mary"), the last day opens the next line."""
    page = _ocr_page(["Harborview Teachers Credit Union", "MEMBER STATEMENT", "Statement period",
                      "Sep 1, 2027 mary -", "Sep 30, 2027", "ACCOUNT SUMMARY",
                      "Share Draft Checking ****4417 1,204.16 3,250.00 2,876.40 1,577.76",
                      "09/01 Balance Forward 1,204.16", "09/05 ACH DEPOSIT KESTREL PAYROLL 1,625.00 2,829.16",
                      "09/30 Ending Balance 1,577.76"])
    statement = _only(read_documents("cu-scan.pdf", "0" * 64, [page], RECEIVED)[0], "bank_statement")
    assert _value(statement, "period_start") == date(2027, 9, 1)
    assert _value(statement, "period_end") == date(2027, 9, 30)


# --- pay stubs -----------------------------------------------------------------------------------------


def _pay_items(y: float) -> list[Ink]:
    """A stub's earnings and deductions, current and year to date."""
    heads = [Ink(44, y, "PAY ITEM", 7.5, BOLD), Ink(460, y, "CURRENT", 7.5, BOLD, "r"),
             Ink(566, y, "YTD", 7.5, BOLD, "r")]
    rows = [("Regular Pay", "2,640.00", "50,160.00"), ("Total Gross", "2,640.00", "50,160.00"),
            ("Federal Income Tax", "237.60", "4,514.40"), ("Social Security", "163.68", "3,109.92"),
            ("Medicare", "38.28", "727.32"), ("Total Deductions", "439.56", "8,351.64"),
            ("Net Pay", "2,200.44", "41,808.36")]
    return heads + [ink for i, (label, current, ytd) in enumerate(rows)
                    for ink in (Ink(44, y + 14 * (i + 1), label, 9), Ink(460, y + 14 * (i + 1), current, 9, align="r"),
                                Ink(566, y + 14 * (i + 1), ytd, 9, align="r"))]


def _driver_stub(path: Path) -> Path:
    """A trucking firm's stub: its title over the firm's name, a summary row, then the driver's facts in
    two columns of "Label:  value" ("Driver:" beside "Driver No.:")."""
    summary = ["Check Date", "Period Start", "Period End", "Gross Pay", "Net Pay"]
    values = ["06/11/2027", "05/23/2027", "06/05/2027", "2,640.00", "2,200.44"]
    row = [ink for i, (head, value) in enumerate(zip(summary, values, strict=True))
           for ink in (Ink(60 + 100 * i, 112, head, 7.5, BOLD), Ink(60 + 100 * i, 128, value, 9.5))]
    facts = [Ink(40, 160, "Driver:", 8.5, BOLD), Ink(106, 160, "Bridget M. O'Callaghan", 9),
             Ink(320, 160, "Driver No.:", 8.5, BOLD), Ink(386, 160, "69085", 9),
             Ink(40, 174, "Terminal:", 8.5, BOLD), Ink(106, 174, "Joliet, IL", 9),
             Ink(320, 174, "Pay Type:", 8.5, BOLD), Ink(386, 174, "Mileage - Bi-Weekly", 9)]
    return placed_text_pdf(path, [[Ink(40, 50, "DRIVER PAYROLL STATEMENT", 10, BOLD),
                        Ink(40, 72, "Keel & Harrow Freight Lines, Inc.", 14, BOLD),
                        Ink(40, 86, "2210 Intermodal Drive, Joliet, IL 60436", 7.5),
                        *row, *facts, *_pay_items(210)]])


def test_a_title_over_the_firms_line_and_a_drivers_label(reader: PageReader, tmp_path: Path) -> None:
    stub = _only(_documents(reader, _driver_stub(tmp_path / "driver.pdf")), "pay_stub")
    assert _value(stub, "employer") == "Keel & Harrow Freight Lines, Inc"  # a name's closing full stop dropped
    assert _value(stub, "employee_name") == "Bridget M. O'Callaghan"  # not "... Driver No."
    assert _value(stub, "pay_date") == date(2027, 6, 11)
    assert _value(stub, "gross_current") == Decimal("2640.00")


def _check_stub(path: Path) -> Path:
    """A check-style stub: the employer's name at the left of the first line, the paying bank's name and the
    check number far right on the same line; the payee on the check's face."""
    return placed_text_pdf(path, [[Ink(40, 50, "Brandywine Millwork & Stair LLC", 11, BOLD),
                        Ink(572, 50, "Conestoga Community Bank 4723", 11, align="r"),
                        Ink(40, 64, "612 Mill Race Road, Lancaster, PA 17601", 8),
                        Ink(40, 96, "EARNINGS STATEMENT", 10, BOLD),
                        Ink(40, 112, "Employee: Wendell J. Achterberg", 9), Ink(320, 112, "Pay Date: 06/11/2027", 9),
                        Ink(40, 126, "Pay Period: 05/29/2027 - 06/11/2027", 9),
                        *_pay_items(160),
                        Ink(40, 320, "Pay to the order of Wendell J. Achterberg", 9),
                        Ink(40, 334, "Two thousand two hundred and 44/100 dollars", 9),
                        Ink(460, 334, "$2,200.44", 10, BOLD, "r"), Ink(40, 352, "NON-NEGOTIABLE", 9, BOLD)]])


def test_a_banks_name_across_the_employers_line_is_left_out(reader: PageReader, tmp_path: Path) -> None:
    stub = _only(_documents(reader, _check_stub(tmp_path / "check.pdf")), "pay_stub")
    assert _value(stub, "employer") == "Brandywine Millwork & Stair LLC"
    assert _value(stub, "employee_name") == "Wendell J. Achterberg"


def _band_stub(path: Path) -> Path:
    """A header band: small headings ("Employee", "Pay Period", "Pay Date") with their values under them,
    each wider than its heading ("Employee" spans "Declan P." only, "Pay Period" the first date)."""
    band = [Ink(40, 110, "Employee", 8, BOLD), Ink(250, 110, "Pay Period", 8, BOLD), Ink(470, 110, "Pay Date", 8, BOLD),
            Ink(40, 124, "Declan P. O'Rourke", 10), Ink(250, 124, "05/23/2027 - 06/05/2027", 10),
            Ink(470, 124, "06/11/2027", 10)]
    return placed_text_pdf(path, [[Ink(40, 50, "Tamarack Valley Cooperative", 13, BOLD),
                        Ink(40, 64, "88 Creamery Lane, Viroqua, WI 54665", 8),
                        Ink(572, 50, "EARNINGS STATEMENT", 11, BOLD, "r"), *band, *_pay_items(170)]])


def test_a_header_bands_values_wider_than_their_headings(reader: PageReader, tmp_path: Path) -> None:
    stub = _only(_documents(reader, _band_stub(tmp_path / "band.pdf")), "pay_stub")
    assert _value(stub, "employee_name") == "Declan P. O'Rourke"
    assert _value(stub, "period_start") == date(2027, 5, 23)
    assert _value(stub, "period_end") == date(2027, 6, 5)
    # "Pay Date" ends the row of headings: its date is the one under it, not the row's first
    assert _value(stub, "pay_date") == date(2027, 6, 11)


def test_a_name_ends_before_the_next_cells_label() -> None:
    for line, name in (("Bridget M. O'Callaghan  Driver No.: 69085", "Bridget M. O'Callaghan"),
                       ("Rosa Delgado  Dept: 12", "Rosa Delgado"), ("Rosa Delgado  ID: 4471", "Rosa Delgado"),
                       ("Rosa Delgado  Employee ID: 5", "Rosa Delgado")):
        assert person_name(line) == name, line


# --- a Railroad Retirement Board annuity award ---------------------------------------------------------


def _annuity_award(path: Path) -> Path:
    """The board's award notice: its date in a two-column box beside the annuity's first day, the monthly
    rate computed in tiers and totalled, then what is taken out and the net payment."""
    figures = [("Tier I monthly rate", "$2,206.10"), ("Tier II monthly rate", "$921.38"),
               ("Total monthly annuity rate", "$3,127.48"), ("Medicare Part B premium", "$174.70"),
               ("Federal income tax withheld", "$28.20"), ("Net monthly payment", "$2,924.58")]
    rows = [ink for i, (label, amount) in enumerate(figures)
            for ink in (Ink(72, 330 + 15 * i, label, 10), Ink(420, 330 + 15 * i, amount, 10, align="r"))]
    return placed_text_pdf(path, [[Ink(72, 54, "U.S. RAILROAD RETIREMENT BOARD", 12, BOLD),
                        Ink(72, 68, "844 North Rush Street, Chicago, Illinois 60611-1275", 8),
                        Ink(72, 100, "NOTICE OF ANNUITY AWARD", 13, BOLD),
                        Ink(72, 126, "Annuity beginning date: September 1, 2027", 9.5),
                        Ink(330, 126, "Date of this notice: October 4, 2027", 9.5),
                        Ink(72, 140, "Claim number: A 482617", 9.5), Ink(330, 140, "Beneficiary symbol: A", 9.5),
                        *_lines(72, 176, ["HAROLD J. PETTIGREW", "415 DEPOT STREET", "ALTOONA, PA 16602"], 10),
                        Ink(72, 240, "Dear Mr. Pettigrew:", 10),
                        *_lines(72, 264, ["We have approved your application for an employee annuity under the",
                                          "Railroad Retirement Act. Your annuity is computed as follows:"], 10, 14),
                        *rows,
                        *_lines(72, 440, ["Your first payment, for September and October, will be deposited to your",
                                          "account on or about November 1, 2027. Keep this notice for your records."],
                                10, 14)]])


def test_a_railroad_retirement_annuity_award(reader: PageReader, tmp_path: Path) -> None:
    award = _only(_documents(reader, _annuity_award(tmp_path / "rrb.pdf")), "benefit_award_letter")
    assert _value(award, "letter_date") == date(2027, 10, 4)  # the notice's date, not the annuity's first day
    # the total rate before deductions: not the net payment, nor the first tier's rate
    assert _value(award, "monthly_amount") == Decimal("3127.48")
    assert award.fields["monthly_amount"].confidence >= 0.8


# --- splitting: a later page's own marks ---------------------------------------------------------------

HAND = "Times-Italic"


def _handwritten_letter(path: Path) -> Path:
    """A borrower's two-sheet letter in a hand's loose italic lines: "pg 2" atop the second sheet, which says
    what is attached ("my bank statements")."""
    first = ["October 2, 2027", "To whom it may concern,",
             "I am writing about my loan number 0048821937 because I fell behind",
             "on my house payment this summer. My husband was let go from the mill",
             "in June and has not found steady work since then. I work part time",
             "at the school cafeteria but it does not cover the mortgage and the",
             "electric and the car. We used our savings to stay current until August."]
    second = ["pg 2", "He starts a new job at the county garage in November. I put in",
              "my bank statements for August and September so you can see what",
              "comes in every month. Please call me at the school if you need more.", "Thank you,",
              "Marisol Vance-Okafor"]
    return placed_text_pdf(path, [_lines(72, 80, first, 13, 26, HAND), _lines(72, 80, second, 13, 26, HAND)])


def test_pg_2_atop_a_handwritten_letters_second_sheet_continues_it(reader: PageReader, tmp_path: Path) -> None:
    path = _handwritten_letter(tmp_path / "letter.pdf")
    pages = reader.read(path)
    assert classify_page(pages[1]).type == "bank_statement"  # its own weak cues point elsewhere ("bank")
    letter_ = _only(read_documents(path.name, "0" * 64, pages, RECEIVED, PdfInk(path, pages))[0], "hardship_letter")
    assert [p.page for p in letter_.pages] == [1, 2]
    assert letter_.loan_number == "0048821937"


def test_pg_2_of_a_letter_whose_second_sheet_reads_as_a_letter_too(reader: PageReader, tmp_path: Path) -> None:
    first = ["October 2, 2027", "Dear Loss Mitigation Department,", "Re: hardship letter, loan 0048821937",
             "I am writing to explain my financial hardship."]
    second = ["pg 2", "This hardship letter goes on: my hardship began when the mill closed,",
              "and I ask for a loan modification because of this financial hardship.", "Marisol Vance-Okafor"]
    path = placed_text_pdf(tmp_path / "letter.pdf",
                           [_lines(72, 80, first, 13, 26, HAND), _lines(72, 80, second, 13, 26, HAND)])
    pages = reader.read(path)
    assert classify_page(pages[1]).strong and classify_page(pages[1]).type == "hardship_letter"
    letter_ = _only(read_documents(path.name, "0" * 64, pages, RECEIVED, PdfInk(path, pages))[0], "hardship_letter")
    assert [p.page for p in letter_.pages] == [1, 2]


def _pension_letter(path: Path) -> Path:
    """A retirement system's two-page benefit letter numbered only by a bare footer: "1of2" (the pension
    office's printer sets it tight), then "2 of 2"."""
    first = ["Keystone Municipal Employees' Retirement System", "200 Capitol Plaza, Harrisburg, PA 17101",
             "", "October 8, 2027", "", "GERALD T. NAKASHIMA", "27 ORCHARD VIEW ROAD", "CARLISLE, PA 17013", "",
             "Re: Confirmation of monthly pension benefit", "", "Dear Mr. Nakashima:",
             "This letter confirms the pension benefit you receive as a retired member of the",
             "Keystone Municipal Employees' Retirement System.", "",
             "Gross monthly benefit: $2,480.00", "Federal tax withheld: $186.00", "Net monthly deposit: $2,294.00"]
    second = ["Your benefit is paid on the first business day of each month by direct deposit. It is",
              "paid for your lifetime; a cost-of-living adjustment, when granted, takes effect in July.",
              "If your mailing address or bank account changes, tell us in writing at least 30 days",
              "before the next deposit.", "", "Sincerely,", "", "Member Services",
              "Keystone Municipal Employees' Retirement System"]
    return placed_text_pdf(path, [[*_lines(72, 72, first, 10, 14), Ink(300, 756, "1of2", 8)],
                       [*_lines(72, 72, second, 10, 14), Ink(300, 756, "2 of 2", 8)]])


def test_a_bare_1of2_and_2_of_2_footer_keep_a_pension_letter_whole(reader: PageReader, tmp_path: Path) -> None:
    path = _pension_letter(tmp_path / "pension.pdf")
    pages = reader.read(path)
    assert [page_numbering(page, len(pages)) for page in pages] == [(1, 2), (2, 2)]
    letter_ = _only(read_documents(path.name, "0" * 64, pages, RECEIVED, PdfInk(path, pages))[0],
                    "benefit_award_letter")
    assert [p.page for p in letter_.pages] == [1, 2]
    assert _value(letter_, "monthly_amount") == Decimal("2480.00")


def test_of_between_numbers_in_prose_is_no_page_numbering() -> None:
    """Guard: only a line that is nothing but "1 of 3" numbers its page."""
    for line in ("Your repayment plan is paid in installment 1 of 3", "This is installment 1 of 3",
                 "Payment 2 of 6 is due November 1, 2027", "Step 1 of 3"):
        page = Page(1, f"Repayment plan\n{line}\nQuestions? Call us.", TextMethod.TEXT_LAYER, 1.0)
        assert page_numbering(page, 1) is None, line


# --- papers that only look like a pay stub, a medical statement or an unemployment letter --------------


def _types(reader: PageReader, path: Path, lines: Sequence[Ink]) -> list[str]:
    return [d.type for d in _documents(reader, placed_text_pdf(path, [lines]))]


def test_a_gig_platforms_earnings_statement_is_no_pay_stub(reader: PageReader, tmp_path: Path) -> None:
    weeks = [("Sep 1 - Sep 7", "$612.40", "$88.15", "$143.20", "$557.35"),
             ("Sep 8 - Sep 14", "$701.75", "$97.60", "$164.10", "$635.25"),
             ("Sep 15 - Sep 21", "$655.20", "$71.05", "$152.80", "$573.45"),
             ("Sep 22 - Sep 30", "$798.30", "$104.90", "$186.25", "$716.95")]
    table = [Ink(72, 190, "Week", 8, BOLD), Ink(300, 190, "Fares", 8, BOLD, "r"), Ink(380, 190, "Tips", 8, BOLD, "r"),
             Ink(460, 190, "Service fee", 8, BOLD, "r"), Ink(540, 190, "Earnings", 8, BOLD, "r")]
    table += [Ink(x, 206 + 14 * i, value, 9, align="l" if x == 72 else "r") for i, week in enumerate(weeks)
              for x, value in zip((72, 300, 380, 460, 540), week, strict=True)]
    types = _types(reader, tmp_path / "gig.pdf", [
        Ink(72, 54, "RideLoop", 20, BOLD), Ink(540, 54, "Driver earnings statement", 11, BOLD, "r"),
        Ink(540, 68, "September 2027", 9, align="r"), Ink(72, 100, "Priya N. Castellano", 10),
        Ink(72, 114, "Driver ID RD-4402917", 9), *table,
        Ink(72, 280, "Total earnings for September: $2,483.00", 10, BOLD),
        *_lines(72, 320, ["You drive with RideLoop as an independent contractor. This summary is not a pay stub:",
                          "RideLoop does not withhold taxes from your earnings. Your gross payments for the year",
                          "are reported to you and to the IRS on Form 1099-K."], 8.5, 12)])
    assert "pay_stub" not in types, types


def test_a_utilitys_shut_off_notice_is_no_medical_statement(reader: PageReader, tmp_path: Path) -> None:
    types = _types(reader, tmp_path / "utility.pdf", [
        Ink(72, 54, "Tri-County Electric Cooperative", 13, BOLD), Ink(540, 54, "FINAL NOTICE", 16, BOLD, "r"),
        Ink(72, 70, "PO Box 118, Millersburg, OH 44654", 8), Ink(72, 104, "HAROLD J. PETTIGREW", 10),
        Ink(72, 118, "415 DEPOT STREET, ALTOONA, PA 16602", 10), Ink(72, 150, "Account number 55-2210-04", 10),
        Ink(72, 166, "Past-due amount: $412.87", 11, BOLD), Ink(330, 166, "Pay by: October 20, 2027", 11, BOLD),
        *_lines(72, 200, ["Your electric service is scheduled for disconnection on or after October 21, 2027",
                          "unless the past-due amount is paid in full or you set up a payment arrangement.",
                          "",
                          "Medical certificate: if a member of your household is seriously ill or depends on",
                          "medical equipment, a certificate signed by a physician may postpone disconnection",
                          "for up to 30 days. Call us at 1-800-555-0190 to request the form."], 10, 14)])
    assert "medical_statement" not in types, types


def _unemployment_notice(path: Path, title: str, body: Sequence[str]) -> Path:
    return placed_text_pdf(path, [[Ink(72, 54, title, 13, BOLD), Ink(72, 90, "October 1, 2027", 10),
                        Ink(72, 110, "Anselm R. Byrne", 10), *_lines(72, 140, body, 10, 14)]])


def test_an_employers_layoff_notice_is_no_unemployment_benefit_letter(reader: PageReader, tmp_path: Path) -> None:
    path = _unemployment_notice(tmp_path / "layoff.pdf", "Larchmont Plastics Corporation", [
        "NOTICE OF LAYOFF", "",
        "Due to a reduction in force at the Dover molding plant, your position will be eliminated.",
        "Your last day of work will be October 29, 2027. You will be paid for your accrued vacation",
        "on your final paycheck. You may apply for unemployment insurance benefits with the state",
        "Department of Labor after your last day of work.", "", "Human Resources"])
    types = [d.type for d in _documents(reader, path)]
    assert "unemployment_benefit_letter" not in types, types


def test_an_unemployment_determination_that_says_laid_off_is_still_one(reader: PageReader, tmp_path: Path) -> None:
    """Guard: the benefit letter itself tells of the layoff and asks for the employer's notice of it; it
    stays a benefit letter sure enough to begin a document of its own."""
    path = _unemployment_notice(tmp_path / "ui.pdf", "Department of Labor and Workforce Development", [
        "Unemployment Insurance - Monetary Determination", "", "Claimant: Anselm R. Byrne",
        "Benefit year begins: November 1, 2027", "Weekly benefit amount: $512.00", "",
        "Our records show you were laid off by Larchmont Plastics Corporation on October 29, 2027",
        "for lack of work. Send us a copy of your employer's notice of layoff if you have one."])
    (page,) = reader.read(path)
    kind = classify_page(page)
    assert kind.type == "unemployment_benefit_letter" and kind.strong, kind
    letter_ = _only(read_documents(path.name, "0" * 64, [page], RECEIVED, PdfInk(path, [page]))[0],
                    "unemployment_benefit_letter")
    assert _value(letter_, "monthly_amount") == Decimal("2218.67")  # $512.00 a week


def test_a_bare_page_1_begins_the_next_statement_of_a_run() -> None:
    def statement(month: str, number: int, first: bool) -> Page:
        opening = (f"FARMERS & DROVERS STATE BANK\nSTATEMENT PERIOD {month}\nBEGINNING BALANCE 1,204.55\n"
                   "DEPOSITS AND OTHER CREDITS\nWITHDRAWALS AND OTHER DEBITS\nENDING BALANCE 1,310.02\n") if first \
            else "CHECKS PAID\nDAILY BALANCE\nENDING BALANCE 1,310.02\n"
        return Page(number, opening + ("PAGE 1" if first else "ACCOUNT ******1014 PAGE 2"), TextMethod.TEXT_LAYER, 1.0)

    pages = [statement("03/01/2028 - 03/31/2028", 1, True), statement("", 2, False),
             statement("04/01/2028 - 04/30/2028", 3, True), statement("", 4, False)]
    parts, _ = split(pages)
    assert [(part.type, part.pages) for part in parts] == [("bank_statement", [1, 2]), ("bank_statement", [3, 4])]


def test_balances_written_out_in_sentences(reader: PageReader, tmp_path: Path) -> None:
    """A mutual savings bank's plain-words summary: "On June 1, 2028 your balance was $974.79." opens the
    period, the balance on its last day closes it; a deposit total in between is neither."""
    path = placed_text_pdf(tmp_path / "plain.pdf", [_lines(54, 60, [
        "Ashford Mutual Savings Bank",
        "Statement of Account June 1, 2028 through June 30, 2028",
        "Delphine C. Okonjo-Marsh",
        "Everyday Checking - account number ending in 0798",
        "On June 1, 2028 your balance was $974.79.",
        "You added 2 deposits totaling $820.00.",
        "You made 13 withdrawals and payments totaling $1,763.94.",
        "On June 30, 2028 your balance was $30.85.",
        "Date What happened Money in Money out Balance",
        "Jun 1 Sdu Child Support Pmt 410.00 1,384.79",
        "Jun 27 Pos Pharmacy Plus 5.86 30.85",
    ])])
    statement = _only(_documents(reader, path), "bank_statement")
    assert (_value(statement, "period_start"), _value(statement, "period_end")) == (date(2028, 6, 1),
                                                                                   date(2028, 6, 30))
    assert (_value(statement, "beginning_balance"), _value(statement, "ending_balance")) == (
        Decimal("974.79"), Decimal("30.85"))
