"""Pay stubs, bank statements and multi-page papers whose headings, columns and page numbers an earlier rule
misread. A home-improvement retailer's weekly stub heads its page with the brand alone ("BuildRight", large
and orange) over "HOME CENTERS, INC. - Associate Payroll ...", and its earnings table has RATE and HOURS
columns beside THIS PERIOD and YEAR TO DATE, the gross row carrying hours but no rate; a county's stub whose
seal's ring lettering the text layer reads "WEXC OMBE" over "COUNTY OF WEXCOMBE", with a grid of small captions
where the period's dates run on under the next caption; a trucking carrier's stub whose name and title share
one line. An online bank's statement printed from a browser, its lower-case word mark "fernleaf" over a menu
line that begins "bank", and a national bank's statement that opens with its account's product name, its
charter ("N.A.") only in the small print. Pages that only their numbering line ties together: a bank's check
image page ("Page 2 of 2" ending the address line page 1 prints too) and a form's income page ("FDP-7, Rev.
01/2039  Page 2 of 2"), each of which reads as another paper on its own, while a fax machine's header, the
same on every page but for its page number and time, ties none. A fax's file name that puts the sender's
number before its stamp names no loan.

Each fixture is a born-digital PDF (reportlab) read by the real page reader; none needs OCR, as each layout
is about where words stand and what a text layer spells, not about how a scan is read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.judging.cases import loan_in_file_name
from lossmit_docs.model import Field, Page, PageRef
from lossmit_docs.reading.bank_statements import extract_bank_statement
from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.ink import PdfInk, with_words
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from lossmit_docs.reading.split import split
from pdf_factory import Ink, placed_text_pdf

TOP = letter[1]
BOLD = "Helvetica-Bold"
ORANGE = (0.95, 0.42, 0.05)


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _put(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = 8.5, font: str = "Helvetica",
         align: str = "l") -> None:
    """One string, its baseline `y` points from the page's top; `align` "r": x is where it ends, "c": its
    middle."""
    pdf.setFont(font, size)
    draw = {"r": pdf.drawRightString, "c": pdf.drawCentredString}.get(align, pdf.drawString)
    draw(x, TOP - y, text)


def _lines(x: float, y: float, lines: Sequence[str], size: float = 9.0, step: float = 13.0,
           font: str = "Helvetica") -> list[Ink]:
    return [Ink(x, y + step * i, line, size, font) for i, line in enumerate(lines) if line]


def _pages(reader: PageReader, path: Path) -> list[Page]:
    """The file's pages as the pipeline hands them to an extractor: with the text layer's word boxes."""
    pages = reader.read(path)
    ink = PdfInk(path, pages)
    return [with_words(page, ink) for page in pages]


def _stub(reader: PageReader, path: Path) -> dict[str, Field]:
    return extract_pay_stub(_pages(reader, path), ref)[0]


def _normalized(name: object) -> str:
    """A name lower-cased, each run of spaces and punctuation one space: "Pinnacle National Bank, N.A." ->
    "pinnacle national bank n a"."""
    return re.sub(r"[^a-z0-9]+", " ", str(name).lower()).strip()


# --- a big-box retailer's weekly stub: a brand heading, RATE and HOURS columns ---------------------------


def _retail_stub(path: Path) -> Path:
    """BuildRight's weekly stub: the brand in large orange type, "HOME CENTERS, INC. - Associate Payroll - PO Box
    ..." under it, the associate's block and pay facts, an earnings table whose headings stand each over its
    column of right-aligned figures (RATE, HOURS, THIS PERIOD, YEAR TO DATE), the gross row with hours but no
    rate, deductions, and a footer sentence that spells the firm's whole name."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFillColorRGB(*ORANGE)
    _put(pdf, 40, 62, "BuildRight", 26, BOLD)
    pdf.setFillGray(0)
    _put(pdf, 40, 76, "HOME CENTERS, INC. - Associate Payroll - PO Box 40110, Columbus, OH 43240", 7.5)
    _put(pdf, 572, 56, "ASSOCIATE EARNINGS STATEMENT", 11, BOLD, "r")
    _put(pdf, 572, 70, "Store #2217 - Hilliard, OH", 8, align="r")
    pdf.setLineWidth(1.2)
    pdf.setStrokeColorRGB(*ORANGE)
    pdf.line(40, TOP - 84, 572, TOP - 84)
    pdf.setStrokeGray(0)
    for offset, line in enumerate(("Tamsin R. Oyelaran", "4471 Cobble Ridge Lane", "Hilliard, OH 43026")):
        _put(pdf, 40, 108 + 12 * offset, line, 9.5, BOLD if not offset else "Helvetica")
    facts = (("Associate ID", "0088 41726"), ("Department", "Lumber / Building Materials"), ("Pay date", "10/12/2039"),
             ("Pay period", "10/02/2039 to 10/08/2039"), ("Pay frequency", "Weekly"))
    for offset, (label, value) in enumerate(facts):
        _put(pdf, 330, 108 + 12 * offset, label, 8.5, BOLD)
        _put(pdf, 420, 108 + 12 * offset, value, 8.5)
    headings_y, rights = 190.0, (290.0, 345.0, 410.0, 492.0)
    _put(pdf, 40, headings_y, "EARNINGS", 8, BOLD)
    for right, heading in zip(rights, ("RATE", "HOURS", "THIS PERIOD", "YEAR TO DATE"), strict=True):
        _put(pdf, right, headings_y, heading, 8, BOLD, "r")
    pdf.setLineWidth(0.6)
    pdf.line(40, TOP - headings_y - 4, 572, TOP - headings_y - 4)
    rows = (("Regular", "24.7500", "39.00", "965.25", "41,032.61"),
            ("Overtime", "37.1250", "", "", "1,587.09"),
            ("Holiday", "24.7500", "", "", "1,297.46"),
            ("Gross Pay", "", "39.00", "965.25", "43,917.16"))
    for offset, (label, *figures) in enumerate(rows):
        y = headings_y + 16 + 13 * offset
        font = BOLD if label == "Gross Pay" else "Helvetica"
        _put(pdf, 40, y, label, 8.5, font)
        for right, figure in zip(rights, figures, strict=True):
            if figure:
                _put(pdf, right, y, figure, 8.5, font, "r")
    deductions_y = 270.0
    _put(pdf, 40, deductions_y, "DEDUCTIONS", 8, BOLD)
    _put(pdf, 410, deductions_y, "THIS PERIOD", 8, BOLD, "r")
    _put(pdf, 492, deductions_y, "YEAR TO DATE", 8, BOLD, "r")
    pdf.line(40, TOP - deductions_y - 4, 572, TOP - deductions_y - 4)
    deductions = (("Federal Income Tax", "71.40", "3,214.66"), ("Social Security", "59.85", "2,722.86"),
                  ("Medicare", "14.00", "636.80"), ("OH State Tax", "22.18", "1,004.37"),
                  ("401(k) Associate Savings", "38.61", "1,756.69"), ("Net Pay", "759.21", "34,581.78"))
    for offset, (label, current, ytd) in enumerate(deductions):
        y = deductions_y + 16 + 13 * offset
        font = BOLD if label == "Net Pay" else "Helvetica"
        _put(pdf, 40, y, label, 8.5, font)
        _put(pdf, 410, y, current, 8.5, font, "r")
        _put(pdf, 492, y, ytd, 8.5, font, "r")
    _put(pdf, 40, 400, "Direct deposit: Buckeye Federal Credit Union, account ******2290   $759.21", 8.5)
    _put(pdf, 306, 740, "BuildRight Home Centers, Inc. - associates are paid every Thursday for the week ending "
                        "the Saturday before.", 7)
    pdf.save()
    return path


def test_a_brand_heading_over_the_firms_legal_name(reader: PageReader, tmp_path: Path) -> None:
    """"BuildRight" in large orange type over "HOME CENTERS, INC. - Associate Payroll - ...": the employer is the
    firm's whole name, the brand and the legal name's line together (before, "BuildRight" alone)."""
    path = _retail_stub(tmp_path / "buildright.pdf")
    fields = _stub(reader, path)
    assert fields["employer"].value == "BuildRight Home Centers, Inc."


def test_rate_and_hours_columns_are_no_pay(reader: PageReader, tmp_path: Path) -> None:
    """"EARNINGS  RATE  HOURS  THIS PERIOD  YEAR TO DATE" over "Gross Pay  39.00  965.25  43,917.16": the 39.00
    under HOURS is hours, so this period's gross is 965.25 and the year's 43,917.16 (before, 39.00)."""
    path = _retail_stub(tmp_path / "buildright.pdf")
    fields = _stub(reader, path)
    assert fields["gross_current"].value == Decimal("965.25")
    assert fields["gross_ytd"].value == Decimal("43917.16")
    assert fields["frequency"].value == "weekly"
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2039, 10, 2), date(2039, 10, 8))


# --- a county's biweekly stub: a seal's ring lettering, a grid of captions over values ---------------------


def _cell_row(pdf: canvas.Canvas, top: float, cells: Sequence[tuple[float, float, str]]) -> None:
    """A grid's caption row, 11 points deep, over its value row, 15 deep: each caption in small bold capitals
    centred in its cell."""
    pdf.setLineWidth(0.5)
    for left, right, caption in cells:
        pdf.setFillGray(0.9)
        pdf.rect(left, TOP - top - 11, right - left, 11, stroke=1, fill=1)
        pdf.setFillGray(0)
        pdf.rect(left, TOP - top - 26, right - left, 15)
        pdf.setFont(BOLD, 6.5)
        pdf.drawCentredString((left + right) / 2, TOP - top - 8, caption)


def _county_stub(path: Path) -> Path:
    """The County of Wexcombe's stub: a round seal at the top left whose ring lettering ("WEXC" and "OMBE" either
    side of a star) is the page's first line of text, "COUNTY OF WEXCOMBE" beside the seal with "EMPLOYEE
    EARNINGS STATEMENT" at the right of the same line, then a grid of captions over values in which "02/13/2039 -
    02/26/2039" is wider than its "PERIOD DATES" caption, its end date running under the left part of "CHECK
    DATE", whose own date is set flush right in its cell."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setLineWidth(1.6)
    pdf.circle(76, TOP - 72, 32)
    pdf.setLineWidth(0.8)
    pdf.circle(76, TOP - 72, 23)
    _put(pdf, 56, 50, "WEXC", 6.5, BOLD)
    _put(pdf, 77.5, 50, "OMBE", 6.5, BOLD)
    _put(pdf, 66, 100, "1857", 6, BOLD)
    _put(pdf, 120, 66, "COUNTY OF WEXCOMBE", 15, BOLD)
    _put(pdf, 572, 66, "EMPLOYEE EARNINGS STATEMENT", 10.5, BOLD, "r")
    _put(pdf, 120, 80, "Office of the Auditor-Controller - Payroll Division - 300 Courthouse Square, Harlan Falls, "
                       "WV 26581", 7.5)
    _put(pdf, 40, 128, "Employee: Dorian K. Matthiessen", 9.5)
    _put(pdf, 330, 128, "Employee ID: 104477", 9)
    _put(pdf, 40, 141, "Department: Public Works - Road Maintenance", 9)
    _put(pdf, 330, 141, "Position: Equipment Operator II", 9)
    cells = ((40, 112, "PAY GROUP"), (112, 168, "GRADE / STEP"), (168, 226, "HOURLY RATE"),
             (226, 290, "ANNUAL RATE"), (290, 340, "PAY PERIOD"), (340, 392, "PERIOD DATES"),
             (392, 490, "CHECK DATE"), (490, 572, "CHECK NO."))
    _cell_row(pdf, 160, cells)
    for x, value in ((43, "BW - Biweekly"), (115, "11 / 05"), (171, "24.3850"), (229, "50,720.80"),
                     (293, "05 of 26"), (343, "02/13/2039 - 02/26/2039"), (493, "0318842")):
        _put(pdf, x, 182, value, 8)
    _put(pdf, 486, 182, "03/04/2039", 8, align="r")
    _put(pdf, 40, 222, "EARNINGS", 8, BOLD)
    for right, heading in ((300, "HOURS"), (400, "CURRENT"), (500, "YTD")):
        _put(pdf, right, 222, heading, 8, BOLD, "r")
    rows = (("Regular Pay", "80.00", "1,950.80", "9,754.00"), ("Gross Pay", "80.00", "1,950.80", "9,754.00"))
    deductions = (("Federal Withholding", "", "168.32", "841.60"), ("WV State Withholding", "", "74.13", "370.65"),
                  ("FICA - Social Security", "", "120.95", "604.75"), ("FICA - Medicare", "", "28.29", "141.45"),
                  ("PERS Retirement 6%", "", "117.05", "585.25"), ("County Health Plan", "", "96.40", "482.00"),
                  ("Net Pay", "", "1,345.66", "6,728.30"))
    for offset, (label, *figures) in enumerate((*rows, ("DEDUCTIONS", "", "", ""), *deductions)):
        y = 238 + 13 * offset
        bold = label in ("Gross Pay", "Net Pay", "DEDUCTIONS")
        _put(pdf, 40, y, label, 8.5, BOLD if bold else "Helvetica")
        for right, figure in zip((300, 400, 500), figures, strict=True):
            if figure:
                _put(pdf, right, y, figure, 8.5, BOLD if bold else "Helvetica", "r")
    _put(pdf, 40, 400, "Net pay deposited to Mon Valley Federal Credit Union, account ending 5520.", 8)
    pdf.save()
    return path


def test_a_seals_lettering_and_a_period_run_on_under_the_next_caption(reader: PageReader, tmp_path: Path) -> None:
    """The seal's ring lettering read "WEXC OMBE" is the start of the county's name printed beside it: the
    employer is "COUNTY OF WEXCOMBE"; "02/13/2039 - 02/26/2039" under "PERIOD DATES" is the period though its
    end date stands under "CHECK DATE", whose date is the one flush right in its cell; fourteen days, biweekly
    (before: "WEXC OMBE", no period, no frequency, and the period's end date taken for the check date)."""
    fields = _stub(reader, _county_stub(tmp_path / "county.pdf"))
    assert fields["employer"].value == "COUNTY OF WEXCOMBE"
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2039, 2, 13), date(2039, 2, 26))
    assert fields["pay_date"].value == date(2039, 3, 4)
    assert fields["frequency"].value == "biweekly"


# --- a trucking carrier's stub: the firm's name and the stub's title on one line --------------------------


def _driver_stub(path: Path) -> Path:
    """A carrier's weekly driver settlement: "CIMARRON CROSSING TRANSPORT, INC.   DRIVER EARNINGS STATEMENT" set
    as one bold line, the terminal's address under it, then the driver's labelled facts and mileage pay."""
    facts = [Ink(40, 112, "Driver: Eulalio R. Vantongeren", 9.5), Ink(330, 112, "Driver No.: 20774", 9),
             Ink(40, 126, "Pay date: 03/10/2039", 9), Ink(330, 126, "Settlement period: 02/27/2039 - 03/05/2039", 9),
             Ink(40, 140, "Pay frequency: Weekly", 9), Ink(330, 140, "Truck: 4417   Terminal: Amarillo", 9)]
    rights = (330.0, 420.0, 510.0)
    table = [Ink(40, 176, "DESCRIPTION", 8, BOLD), *(Ink(r, 176, h, 8, BOLD, "r") for r, h in
                                                     zip(rights, ("MILES / UNITS", "CURRENT", "YTD"), strict=True))]
    items = (("Loaded miles @ 0.6200", "2,418", "1,499.16", "13,842.20"),
             ("Empty miles @ 0.4100", "306", "125.46", "1,188.49"),
             ("Stop pay", "4", "100.00", "875.00"), ("Detention", "", "45.00", "180.00"),
             ("Gross Pay", "", "1,769.62", "16,085.69"), ("Federal Income Tax", "", "142.10", "1,290.37"),
             ("Social Security", "", "109.72", "997.31"), ("Medicare", "", "25.66", "233.24"),
             ("Escrow - truck maintenance", "", "50.00", "450.00"), ("Net Pay", "", "1,442.14", "13,114.77"))
    for offset, (label, *figures) in enumerate(items):
        y = 192 + 13 * offset
        font = BOLD if label in ("Gross Pay", "Net Pay") else "Helvetica"
        table.append(Ink(40, y, label, 8.5, font))
        table += [Ink(r, y, f, 8.5, font, "r") for r, f in zip(rights, figures, strict=True) if f]
    return placed_text_pdf(path, [[
        Ink(40, 56, "CIMARRON CROSSING TRANSPORT, INC.   DRIVER EARNINGS STATEMENT", 12, BOLD),
        Ink(40, 70, "8800 Stockyards Parkway, Amarillo, TX 79118  -  Driver Payroll (806) 555-0142", 8),
        *facts, *table]])


def test_a_firms_name_and_the_stubs_title_on_one_line(reader: PageReader, tmp_path: Path) -> None:
    """The firm's name ends with its legal form "INC.": the title's "DRIVER" after it is no part of it (before,
    "CIMARRON CROSSING TRANSPORT, INC. DRIVER")."""
    fields = _stub(reader, _driver_stub(tmp_path / "driver.pdf"))
    assert fields["employer"].value == "CIMARRON CROSSING TRANSPORT, INC."
    assert fields["gross_current"].value == Decimal("1769.62")


# --- bank statements: an online bank's browser printout, a national bank's product line ------------------


def _browser_statement(path: Path) -> Path:
    """Fernleaf Bank's statement page printed from a browser: the browser's header (the time printed and the
    page's title, "Statement - August 2036 | Fernleaf Bank"), the site's lower-case word mark "fernleaf" with
    "bank" under it at the start of the menu line, then the account's heading, its summary and activity, and
    the browser's footer with the page's address."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _put(pdf, 24, 20, "9/14/36, 9:05 PM", 7.5)
    _put(pdf, 240, 20, "Statement - August 2036 | Fernleaf Bank", 7.5)
    pdf.setFillColorRGB(0.12, 0.45, 0.25)
    _put(pdf, 40, 62, "fernleaf", 22, BOLD)
    _put(pdf, 40, 76, "bank", 10, BOLD)
    pdf.setFillGray(0.25)
    for x, item in zip((230, 290, 350, 414, 480, 522), ("Accounts", "Transfers", "Pay bills", "Statements", "Help",
                                                         "Sign out"), strict=True):
        _put(pdf, x, 76, item, 9)
    pdf.setFillGray(0)
    _put(pdf, 40, 116, "Everyday Checking ...0381 | August 1, 2036 - August 31, 2036", 13, BOLD)
    _put(pdf, 40, 132, "Priya N. Castellanos-Ruiz  -  2208 Alder Crest Way, Spokane, WA 99203", 9)
    summary = (("Starting balance", "$2,114.09"), ("Money in", "+$3,482.16"), ("Money out", "-$3,719.85"),
               ("Ending balance", "$1,876.40"))
    for offset, (label, amount) in enumerate(summary):
        _put(pdf, 40 + 132 * offset, 162, label, 8.5)
        _put(pdf, 40 + 132 * offset, 178, amount, 12, BOLD)
    _put(pdf, 40, 214, "Activity", 11, BOLD)
    _put(pdf, 40, 232, "Date", 8.5, BOLD)
    _put(pdf, 110, 232, "Description", 8.5, BOLD)
    _put(pdf, 470, 232, "Amount", 8.5, BOLD, "r")
    _put(pdf, 572, 232, "Balance", 8.5, BOLD, "r")
    activity = (("Aug 1", "Payroll deposit - Inland Northwest Health", "+$1,741.08", "$3,855.17"),
                ("Aug 3", "Avista Utilities autopay", "-$148.22", "$3,706.95"),
                ("Aug 5", "Mortgage payment - Lakeshore Home Loans", "-$1,612.40", "$2,094.55"),
                ("Aug 12", "Rosauers Supermarket #14", "-$96.31", "$1,998.24"),
                ("Aug 15", "Payroll deposit - Inland Northwest Health", "+$1,741.08", "$3,739.32"),
                ("Aug 20", "Transfer to Savings ...7714", "-$1,500.00", "$2,239.32"),
                ("Aug 28", "Verizon Wireless", "-$362.92", "$1,876.40"))
    for offset, (day, what, amount, balance) in enumerate(activity):
        y = 248 + 14 * offset
        _put(pdf, 40, y, day, 8.5)
        _put(pdf, 110, y, what, 8.5)
        _put(pdf, 470, y, amount, 8.5, align="r")
        _put(pdf, 572, y, balance, 8.5, align="r")
    _put(pdf, 40, 370, "Fernleaf Bank is a Member FDIC. Deposits are insured up to the maximum allowed by law.", 7.5)
    _put(pdf, 24, 776, "https://online.fernleafbank.com/accounts/checking/statements/2036-08", 7.5)
    _put(pdf, 588, 776, "1/1", 7.5, align="r")
    pdf.save()
    return path


def test_a_lower_case_word_mark_over_a_menu_line(reader: PageReader, tmp_path: Path) -> None:
    """"fernleaf" in lower case on its own line, "bank  Accounts  Transfers ..." the menu line under it: the
    bank is the one the browser's header names, "Fernleaf Bank" (before, "bank")."""
    path = _browser_statement(tmp_path / "fernleaf.pdf")
    fields = extract_bank_statement(_pages(reader, path), ref)
    assert fields["bank_name"].value == "Fernleaf Bank"
    assert fields["ending_balance"].value == Decimal("1876.40")


def _product_line_statement(path: Path) -> Path:
    """Pinnacle National Bank's statement: the account's product, "Pinnacle Advantage Checking", as the first
    line, a logo letter "P" and "PINNACLE NATIONAL BANK" under it, the period and account right of the owner's
    address, the summary and activity, and the small print giving the bank's charter: "Pinnacle National Bank,
    N.A."."""
    summary = [Ink(40, 196, "ACCOUNT SUMMARY", 9, BOLD),
               *_lines(40, 212, ["Beginning balance on May 1, 2039", "Deposits and other credits",
                                 "Withdrawals and other debits", "Ending balance on May 31, 2039"], 9, 13),
               *(Ink(300, 212 + 13 * i, amount, 9, align="r") for i, amount in
                 enumerate(("$4,302.77", "+ 5,118.40", "- 6,027.15", "$3,394.02")))]
    activity = [Ink(40, 290, "TRANSACTION DETAIL", 9, BOLD), Ink(40, 305, "Date", 8, BOLD),
                Ink(90, 305, "Description", 8, BOLD), Ink(460, 305, "Amount", 8, BOLD, "r"),
                Ink(572, 305, "Balance", 8, BOLD, "r")]
    for offset, (day, what, amount, balance) in enumerate((
            ("05/02", "DIRECT DEP CASCADIA FREIGHT PAYROLL", "2,559.20", "6,861.97"),
            ("05/05", "ONLINE PMT RIVERBEND MORTGAGE SVCG", "-2,214.66", "4,647.31"),
            ("05/09", "POS PURCHASE FRED MEYER #0417 PORTLAND OR", "-187.35", "4,459.96"),
            ("05/16", "DIRECT DEP CASCADIA FREIGHT PAYROLL", "2,559.20", "7,019.16"),
            ("05/19", "CHECK 2041", "-1,450.00", "5,569.16"),
            ("05/27", "PGE PORTLAND GENERAL ELEC AUTOPAY", "-2,175.14", "3,394.02"))):
        y = 320 + 13 * offset
        activity += [Ink(40, y, day, 8), Ink(90, y, what, 8), Ink(460, y, amount, 8, align="r"),
                     Ink(572, y, balance, 8, align="r")]
    return placed_text_pdf(path, [[
        Ink(40, 54, "Pinnacle Advantage Checking", 14, BOLD),
        Ink(40, 74, "P", 14, BOLD), Ink(58, 73, "PINNACLE NATIONAL BANK", 9, BOLD),
        Ink(572, 118, "Statement period: 05/01/2039 - 05/31/2039", 9, align="r"),
        Ink(572, 130, "Account number: ****-***-4418", 9, align="r"),
        *_lines(40, 118, ["HOLLIS J. AMUNDSEN-REYES", "3327 NE KLICKITAT ST", "PORTLAND OR 97212"], 9, 12),
        *summary, *activity,
        Ink(40, 730, "Pinnacle National Bank, N.A., PO Box 6995, Portland, OR 97228. Member FDIC. Equal Housing "
                     "Lender. Report errors within 60 days of this statement.", 6.5),
        Ink(572, 750, "Page 1 of 1", 7, align="r")]])


def test_a_product_line_over_the_banks_name_and_its_charter(reader: PageReader, tmp_path: Path) -> None:
    """"Pinnacle Advantage Checking" over "P  PINNACLE NATIONAL BANK": the product's line repeats the bank's own
    word, so it is no logo's word to join, and the small print gives the bank's charter, "N.A."."""
    path = _product_line_statement(tmp_path / "pinnacle.pdf")
    fields = extract_bank_statement(_pages(reader, path), ref)
    assert _normalized(fields["bank_name"].value) == "pinnacle national bank n a"
    assert fields["account_last4"].value == "4418"


# --- papers tied together by the line that numbers their pages -------------------------------------------

BANK_LINE = "12 Depot Square, Gorham, ME 04038 - (207) 555-0177 - Member FDIC"


def _statement_with_check_images(path: Path) -> Path:
    """Presumpscot River Bank's two-page statement: page 1 the statement itself ("Page 1 of 2" at its top
    right), page 2 its "CHECK IMAGE SUMMARY", two cheques' pictures (drawn as their faces' print: payer, "PAY TO
    THE ORDER OF", amount in words, memo) each captioned "Check 1184  Paid 02/25/2039  Amount $412.00". Both
    pages end with the bank's address line, page 2's closing with "Page 2 of 2"."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _put(pdf, 40, 56, "PRESUMPSCOT RIVER BANK", 14, BOLD)
    _put(pdf, 572, 56, "Page 1 of 2", 8, align="r")
    _put(pdf, 40, 70, "Statement of Account", 10)
    for offset, line in enumerate(("WENDELL A. THIBODEAU", "88 FORT HILL ROAD", "GORHAM ME 04038")):
        _put(pdf, 40, 104 + 12 * offset, line, 9)
    _put(pdf, 360, 104, "Statement period: 02/01/2039 - 02/28/2039", 9)
    _put(pdf, 360, 116, "Account number: ******6205", 9)
    _put(pdf, 360, 128, "Totally Free Checking", 9)
    summary = (("Beginning balance", "1,906.44"), ("Deposits and other credits", "2,870.00"),
               ("Withdrawals and other debits", "2,311.58"), ("Ending balance", "2,464.86"))
    _put(pdf, 40, 170, "ACCOUNT SUMMARY", 9, BOLD)
    for offset, (label, amount) in enumerate(summary):
        _put(pdf, 40, 186 + 13 * offset, label, 9)
        _put(pdf, 300, 186 + 13 * offset, amount, 9, align="r")
    _put(pdf, 40, 256, "DEPOSITS AND OTHER CREDITS", 9, BOLD)
    for offset, (day, what, amount) in enumerate((("02/06", "PAYROLL - CASCO BAY MARINE SUPPLY", "1,435.00"),
                                                  ("02/20", "PAYROLL - CASCO BAY MARINE SUPPLY", "1,435.00"))):
        _put(pdf, 40, 272 + 12 * offset, day, 8.5)
        _put(pdf, 90, 272 + 12 * offset, what, 8.5)
        _put(pdf, 400, 272 + 12 * offset, amount, 8.5, align="r")
    _put(pdf, 40, 314, "WITHDRAWALS AND OTHER DEBITS", 9, BOLD)
    for offset, (day, what, amount) in enumerate((("02/03", "MORTGAGE PMT - NORTHEAST HOME SERVICING", "1,288.14"),
                                                  ("02/10", "CMP ELECTRIC AUTOPAY", "131.70"),
                                                  ("02/14", "HANNAFORD #8211 GORHAM ME", "214.89"),
                                                  ("02/18", "CHECK 1183", "264.85"),
                                                  ("02/25", "CHECK 1184", "412.00"))):
        _put(pdf, 40, 330 + 12 * offset, day, 8.5)
        _put(pdf, 90, 330 + 12 * offset, what, 8.5)
        _put(pdf, 400, 330 + 12 * offset, amount, 8.5, align="r")
    _put(pdf, 40, 750, BANK_LINE, 7.5)
    pdf.showPage()
    _put(pdf, 40, 56, "PRESUMPSCOT RIVER BANK", 14, BOLD)
    _put(pdf, 40, 72, "CHECK IMAGE SUMMARY", 10, BOLD)
    _put(pdf, 40, 86, "Account ******6205   02/01/2039 - 02/28/2039", 8.5)
    checks = (("1183", "02/18/2039", "264.85", "Cumberland County Treasurer", "Two hundred sixty-four and 85/100",
               "sewer district"),
              ("1184", "02/25/2039", "412.00", "Brackett Street Properties LLC", "Four hundred twelve and 00/100",
               "March rent - garage"))
    for offset, (number, paid, amount, payee, words, memo) in enumerate(checks):
        top = 110 + 170 * offset
        pdf.setLineWidth(0.8)
        pdf.rect(40, TOP - top - 140, 380, 140)
        _put(pdf, 50, top + 16, "WENDELL A. THIBODEAU", 8, BOLD)
        _put(pdf, 50, top + 26, "88 FORT HILL ROAD, GORHAM ME 04038", 7)
        _put(pdf, 410, top + 16, number, 9, BOLD, "r")
        _put(pdf, 410, top + 32, f"DATE {paid}", 8, align="r")
        _put(pdf, 50, top + 58, "PAY TO THE ORDER OF", 7)
        _put(pdf, 130, top + 58, payee, 9.5, "Courier")
        _put(pdf, 410, top + 58, f"$ {amount}", 9.5, "Courier", "r")
        _put(pdf, 50, top + 80, f"{words} ---------------- DOLLARS", 8.5, "Courier")
        _put(pdf, 50, top + 106, f"MEMO {memo}", 8, "Courier")
        _put(pdf, 50, top + 130, f"|:211274450|: 0090226205|| {number}", 9, "Courier")
        _put(pdf, 40, top + 154, f"Check {number}   Paid {paid}   Amount ${amount}", 8.5)
    _put(pdf, 40, 750, f"{BANK_LINE}   Page 2 of 2", 7.5)
    pdf.save()
    return path


def test_check_images_under_the_statements_own_numbered_line(reader: PageReader, tmp_path: Path) -> None:
    """Page 2's cheque pictures read as a rent check on their own, but "... Member FDIC   Page 2 of 2" is the
    address line page 1 ends with too, numbered: one bank statement of both pages (before, two papers)."""
    pages = reader.read(_statement_with_check_images(tmp_path / "statement.pdf"))
    assert classify_page(pages[1]).type == "rent_check"
    parts, _ = split(pages)
    assert [(part.type, part.pages) for part in parts] == [("bank_statement", [1, 2])]


def _form_header(pdf: canvas.Canvas, page: int) -> None:
    _put(pdf, 40, 40, "Fairhaven Direct Partners Mortgage Servicing", 11, BOLD)
    _put(pdf, 572, 40, f"FDP-7, Rev. 01/2039   Page {page} of 2", 7.5, align="r")
    pdf.setLineWidth(1)
    pdf.line(40, TOP - 46, 572, TOP - 46)


def _answer(pdf: canvas.Canvas, x: float, y: float, label: str, answer: str, right: float) -> None:
    """A label, its answer typed on a rule running to `right`."""
    _put(pdf, x, y, label, 8.5)
    start = x + pdf.stringWidth(label, "Helvetica", 8.5) + 6
    pdf.setLineWidth(0.5)
    pdf.line(start, TOP - y - 2, right, TOP - y - 2)
    _put(pdf, start + 4, y, answer, 10, "Courier")


def _assistance_form(path: Path) -> Path:
    """Fairhaven's two-page application, each page headed "FDP-7, Rev. 01/2039   Page n of 2": page 1 the
    borrowers, the property and the hardship; page 2 the household's monthly income, a table whose rows name
    the benefits the household lives on (Social Security, a pension, VA disability compensation), then the
    signatures."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _form_header(pdf, 1)
    _put(pdf, 306, 72, "MORTGAGE ASSISTANCE APPLICATION", 13, BOLD, "c")
    _put(pdf, 40, 100, "SECTION 1 - BORROWER INFORMATION", 9, BOLD)
    _answer(pdf, 40, 120, "Loan number:", "7730418826", 300)
    _answer(pdf, 40, 140, "Borrower name:", "Rosalie M. Duchesne", 330)
    _answer(pdf, 340, 140, "SSN (last 4):", "5512", 572)
    _answer(pdf, 40, 160, "Co-borrower name:", "Armand J. Duchesne", 330)
    _answer(pdf, 340, 160, "SSN (last 4):", "0937", 572)
    _answer(pdf, 40, 180, "Phone:", "(207) 555-0164", 330)
    _put(pdf, 40, 212, "SECTION 2 - PROPERTY INFORMATION", 9, BOLD)
    _answer(pdf, 40, 232, "Property address:", "41 Quaker Ridge Road, Casco, ME 04015", 572)
    _put(pdf, 40, 252, "The property is currently:  [X] Our primary residence   [ ] A second home   "
                       "[ ] An investment property", 8.5)
    _put(pdf, 40, 284, "SECTION 3 - HARDSHIP INFORMATION", 9, BOLD)
    _answer(pdf, 40, 304, "When did your hardship begin (mm/dd/yyyy)?", "11/02/2038", 400)
    _put(pdf, 40, 324, "Type of hardship:  [ ] Unemployment   [X] Reduction in income   [ ] Disability   "
                       "[ ] Death of a borrower   [ ] Other", 8.5)
    _put(pdf, 40, 344, "Describe your hardship: Armand retired from the paper mill in October and our income "
                       "is now his pension and our", 8.5)
    _put(pdf, 40, 356, "Social Security, about a third less than his wages were.", 8.5)
    pdf.showPage()
    _form_header(pdf, 2)
    _put(pdf, 40, 72, "SECTION 4 - MONTHLY HOUSEHOLD INCOME", 9, BOLD)
    _put(pdf, 40, 90, "Source of income (gross monthly amount)", 8, BOLD)
    _put(pdf, 420, 90, "Rosalie", 8, BOLD, "r")
    _put(pdf, 500, 90, "Armand", 8, BOLD, "r")
    _put(pdf, 572, 90, "Total", 8, BOLD, "r")
    rows = (("Social Security retirement benefit", "1,184.00", "1,962.00", "3,146.00"),
            ("Pension - Maine Public Employees Retirement System", "", "1,417.36", "1,417.36"),
            ("VA disability compensation (service-connected, 30%)", "", "524.31", "524.31"),
            ("Wages", "", "", "0.00"),
            ("Total monthly benefit income", "1,184.00", "3,903.67", "5,087.67"))
    for offset, (source, *amounts) in enumerate(rows):
        y = 106 + 14 * offset
        _put(pdf, 40, y, source, 8.5)
        for right, amount in zip((420, 500, 572), amounts, strict=True):
            if amount:
                _put(pdf, right, y, amount, 9, "Courier", "r")
    _put(pdf, 40, 196, "Attach each award letter or benefit statement showing the monthly benefit.", 8)
    _put(pdf, 40, 236, "SECTION 5 - SIGNATURES", 9, BOLD)
    _answer(pdf, 40, 270, "Signature:", "Rosalie M. Duchesne", 300)
    _answer(pdf, 320, 270, "Date:", "01/09/2039", 572)
    _answer(pdf, 40, 300, "Signature:", "Armand J. Duchesne", 300)
    _answer(pdf, 320, 300, "Date:", "01/09/2039", 572)
    pdf.save()
    return path


FAX_HEADER = "JUL-18-2039 14:21   FROM: PACK N SHIP #0412   2075550188   PAGE {page:03d}/002"


def _faxed_letter_and_stub(path: Path) -> Path:
    """A borrower's hardship letter, then a pay stub, sent from a shipping store's fax: each page carries the
    machine's header line, the same on both but for the page's number ("PAGE 001/002", "PAGE 002/002")."""
    letter_lines = ["July 17, 2039", "", "Northeast Home Servicing", "Loss Mitigation Department",
                    "Re: Loan number 5580214739 - hardship letter", "", "To whom it may concern,", "",
                    "I am writing to explain the hardship that put us behind on our mortgage. In April my hours at",
                    "the distribution center were cut from forty to twenty-four a week, and my wife was out of work",
                    "for six weeks after surgery. We fell two payments behind. My hours are back to thirty-six now",
                    "and we ask for a loan modification so we can keep our home.", "", "Sincerely,", "",
                    "Gerard P. Lemieux"]
    stub = [Ink(40, 60, "Casco Bay Marine Supply, LLC", 12, BOLD), Ink(40, 74, "PO Box 118, Portland, ME 04112", 8),
            Ink(572, 60, "EARNINGS STATEMENT", 11, BOLD, "r"),
            *_lines(40, 104, ["Employee: Gerard P. Lemieux", "Pay date: 07/14/2039",
                              "Pay period: 06/30/2039 - 07/13/2039"], 9, 13),
            *_lines(40, 160, ["Description Hours Current YTD", "Regular 72.00 1,584.00 20,616.00",
                              "Gross Pay 72.00 1,584.00 20,616.00", "Federal Income Tax 118.40 1,540.80",
                              "FICA 121.18 1,577.12", "Net Pay 1,344.42 17,498.08"], 9, 13)]
    return placed_text_pdf(path, [[Ink(30, 18, FAX_HEADER.format(page=1), 8, "Courier"),
                                    *_lines(72, 90, letter_lines, 10, 14)],
                                   [Ink(30, 18, FAX_HEADER.format(page=2), 8, "Courier"), *stub]])


def test_a_forms_numbered_header_line_ties_its_income_page(reader: PageReader, tmp_path: Path) -> None:
    """"FDP-7, Rev. 01/2039   Page 2 of 2" heads a page of benefit income that reads as a benefit letter on its
    own, under the same line, numbered 1, on the application's first page: one application (before, an
    application and a benefit letter). A fax machine's header, the same on a letter and a stub but for its page
    number, ties nothing: it carries the time the fax was sent."""
    pages = reader.read(_assistance_form(tmp_path / "form.pdf"))
    assert classify_page(pages[1]).type == "benefit_award_letter"
    parts, _ = split(pages)
    assert [(part.type, part.pages) for part in parts] == [("mortgage_assistance_application", [1, 2])]
    faxed, _ = split(reader.read(_faxed_letter_and_stub(tmp_path / "fax.pdf")))
    assert [(part.type, part.pages) for part in faxed] == [("hardship_letter", [1]), ("pay_stub", [2])]


def test_a_fax_senders_number_before_its_stamp_names_no_loan() -> None:
    """"FAX_2075550188_20390718142205": the fax server puts the sending machine's number before its date and
    time stamp; it is no loan number (before, "2075550188"). A loan number before a bare date still is one."""
    assert loan_in_file_name("FAX_2075550188_20390718142205.pdf") is None
    assert loan_in_file_name("inbox/FAX_2075550188_20390718142205.pdf") is None
    assert loan_in_file_name("0012345678_20250101.pdf") == "0012345678"
