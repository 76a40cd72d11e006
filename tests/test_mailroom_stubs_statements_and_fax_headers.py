"""A small firm's accounting-program report and bank statement, a support agency's payment history, two pay
stubs whose heading is no plain name, and a fax whose header number OCR may set after a ledger's "LOAN".

Whitlock Creative Studio LLC sends a PROFIT AND LOSS printed from its accounting program: the business at the top
left with the print time and day ("10:14 AM", "06/09/46") under it, the centred title "Profit & Loss", "Accrual
Basis" and the period named by months ("January through May 2046"), one column headed "Jan - May 46", then the
account lines ("4000 · Photography sessions") down to "Net Income". Its BUSINESS CHECKING STATEMENT sums the
month as "Previous Balance" ... "Current Balance": no "Ending balance" anywhere.

A state support agency's "Payment History" printout lists what its disbursement center paid the receiving parent
under a "Current support order": a table of receipts and disbursements, no bank account's statement.

A national payroll's "Earnings Statement" comes through a mail robot that prints its endorser imprint ("BRHL DMR
ENV 0173  IMG 004") at the sheet's top right, then is scanned grey at 300 dpi: the row of column headings over
codes, the employee's block in capitals, the employer's block at the bottom left. A hospital's stub sets its logo
word "LAURELWOOD" over the rest of its name "REGIONAL MEDICAL CENTER", the whole name printed once more on the
payroll office's line.

A credit union's two-page statement faxed by a housing counselor: the fax machine's header line across the top
of each page ("MAR-29-2044 14:15 KEYSTONE NBHD HSG CNSL  7175550165 ..."), page 1's ledger ending "ONLINE PMT
TAMARACK POINT LOAN  -1,986.00". The sending machine's number names no loan, wherever OCR sets it. (Guard: a
number after "LOAN" on a page whose top row holds no time of day is still the loan's.)

Born-digital pages (reportlab) go through the real PageReader and `read_documents`; the stub's scan and the fax
are image-only PDFs read by real tesseract; the fax header's rule is also shown on a page built from OCR's words.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read, one_document_fields, values_of
from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.pages import PageReader
from pdf_factory import FAX, as_scanned, draw_text, images_pdf, printed_and_scanned

FIRM = "Whitlock Creative Studio LLC"


def _plain(name: object) -> str:
    """A name compared without its case and punctuation ("RENEE L. WHITCOMB" is "renee l whitcomb")."""
    return " ".join(re.findall(r"[a-z0-9]+", str(name).lower()))


def _profit_and_loss(path: Path) -> Path:
    """The report as the accounting program prints it: heading, one column of figures, indented account lines."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 36, FIRM, 10, "Helvetica-Bold")
    draw_text(pdf, 40, 56, "10:14 AM", 7)
    draw_text(pdf, 40, 65, "06/09/46", 7)
    for y, text, size in ((56, "Profit & Loss", 13), (68, "Accrual Basis", 8), (80, "January through May 2046", 9)):
        pdf.setFont("Helvetica-Bold", size)
        pdf.drawCentredString(306, letter[1] - y, text)
    draw_text(pdf, 470, 100, "Jan - May 46", 8.5, "Helvetica-Bold", right=True)
    pdf.line(400, letter[1] - 104, 472, letter[1] - 104)
    rows = (("Ordinary Income/Expense", "", 40), ("Income", "", 50), ("4000 · Photography sessions", "21,640.00", 62),
            ("4010 · Event coverage", "12,300.00", 62), ("4020 · Print and album sales", "7,440.00", 62),
            ("Total Income", "41,380.00", 50), ("Expense", "", 50), ("6000 · Advertising", "1,215.00", 62),
            ("6100 · Equipment rental", "2,940.00", 62), ("6200 · Insurance", "1,104.50", 62),
            ("6300 · Rent", "7,250.00", 62), ("6400 · Software subscriptions", "612.97", 62),
            ("6500 · Travel", "2,640.00", 62), ("Total Expenses", "15,762.47", 50),
            ("Net Ordinary Income", "25,617.53", 40), ("Net Income", "25,617.53", 40))
    for i, (label, amount, x) in enumerate(rows):
        bold = label.startswith(("Total", "Net"))
        draw_text(pdf, x, 120 + 13 * i, label, 8.5, "Helvetica-Bold" if bold else "Helvetica")
        draw_text(pdf, 470, 120 + 13 * i, amount, 8.5, "Helvetica-Bold" if bold else "Helvetica", right=True)
    draw_text(pdf, 540, 770, "Page 1 of 1", 7, right=True)
    pdf.save()
    return path


def test_a_profit_and_loss_dated_by_its_months_through_heading(reader: PageReader, tmp_path: Path) -> None:
    """"January through May 2046" under "Profit & Loss" is the period, its first and last day, the print day
    "06/09/46" no date of it (before, no period: no two dates on one line); "Net Income" is the net."""
    path = _profit_and_loss(tmp_path / "Whitlock P&L Jan-May 2046.pdf")
    fields = one_document_fields(reader, path, date(2046, 6, 16), "profit_and_loss_statement")
    assert values_of(fields, "period_start", "period_end", "net_income") == {
        "period_start": date(2046, 1, 1), "period_end": date(2046, 5, 31), "net_income": Decimal("25617.53")}
    from lossmit_docs.reading.values import months_through

    assert months_through("January through May 2046") == (date(2046, 1, 1), date(2046, 5, 31))
    assert months_through("November through February 2047") == (date(2046, 11, 1), date(2047, 2, 28))
    assert months_through("Nov 2045 - Feb 2046") == (date(2045, 11, 1), date(2046, 2, 28))
    assert months_through("Total Expenses 15,762.47") is None


def _business_checking(path: Path) -> Path:
    """The bank's heading and title, the holder's block, the month's summary, then the deposits listed."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 46, "Maple Run Commerce Bank", 15, "Helvetica-Bold")
    draw_text(pdf, 572, 46, "BUSINESS CHECKING STATEMENT", 11, "Helvetica-Bold", right=True)
    draw_text(pdf, 572, 60, "Statement Period 04/01/2046 through 04/30/2046", 8.5, right=True)
    draw_text(pdf, 572, 72, "Account Number XXXXXX7781", 8.5, right=True)
    for i, line in enumerate(("WHITLOCK CREATIVE STUDIO LLC", "418 CANAL STREET, SUITE 2", "LOCKPORT, NY 14094")):
        draw_text(pdf, 60, 100 + 12 * i, line, 9)
    draw_text(pdf, 40, 160, "ACCOUNT SUMMARY", 10, "Helvetica-Bold")
    summary = (("Previous Balance", "6,184.22"), ("5 Deposits/Credits", "8,500.95"), ("3 Checks", "-1,197.28"),
               ("6 Other Debits", "-7,117.05"), ("Service Charges", "-12.00"), ("Current Balance", "6,358.84"))
    for i, (label, amount) in enumerate(summary):
        draw_text(pdf, 48, 176 + 13 * i, label, 9)
        draw_text(pdf, 300, 176 + 13 * i, amount, 9, right=True)
    draw_text(pdf, 40, 270, "DEPOSITS AND CREDITS", 10, "Helvetica-Bold")
    credits = (("04/03", "Mobile deposit", "2,400.00"), ("04/09", "Card settlement SQUARE", "1,318.45"),
               ("04/15", "Mobile deposit", "3,150.00"), ("04/22", "Card settlement SQUARE", "1,032.50"),
               ("04/28", "Transfer from savings", "600.00"))
    for i, (day, text, amount) in enumerate(credits):
        draw_text(pdf, 48, 286 + 12 * i, day, 8.5)
        draw_text(pdf, 90, 286 + 12 * i, text, 8.5)
        draw_text(pdf, 300, 286 + 12 * i, amount, 8.5, right=True)
    pdf.save()
    return path


def test_a_statement_summed_as_previous_and_current_balance(reader: PageReader, tmp_path: Path) -> None:
    """"Current Balance" after "Previous Balance" closes the month's summary: the ending balance (before, none:
    the statement says no "Ending balance")."""
    path = _business_checking(tmp_path / "MRCB business checking 2046-04.pdf")
    fields = one_document_fields(reader, path, date(2046, 5, 12), "bank_statement")
    assert values_of(fields, "beginning_balance", "ending_balance") == {
        "beginning_balance": Decimal("6184.22"), "ending_balance": Decimal("6358.84")}


def _payment_history(path: Path) -> Path:
    """The agency's web page printed: the case's facts, then two receipts a month of half the monthly order."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 40, "Payment History - Child Support Online Services", 8)
    draw_text(pdf, 40, 70, "Badger State Support Disbursement Center", 14, "Helvetica-Bold")
    facts = ("Participant  Tamsin R. Okonkwo (receiving parent)", "Case number  FA-43-0118734",
             "Current support order  $612.00 per month, by income withholding",
             "Disbursed to  Direct deposit, account ending 1046")
    for i, line in enumerate(facts):
        draw_text(pdf, 40, 96 + 13 * i, line, 9)
    for x, heading in ((44, "Receipt date"), (124, "Disbursed"), (204, "Source"), (330, "Type"), (520, "Amount")):
        draw_text(pdf, x, 164, heading, 8.5, "Helvetica-Bold", right=heading == "Amount")
    days = ("01/06", "01/20", "02/03", "02/17", "03/03", "03/17", "03/31", "04/14", "04/28", "05/12")
    for i, day in enumerate(days):
        month, dom = (int(p) for p in day.split("/"))
        paid = date(2045, month, dom).toordinal() + 4
        for x, cell in ((44, f"{day}/2045"), (124, date.fromordinal(paid).strftime("%m/%d/%Y")),
                        (204, "Income withholding"), (330, "Current support")):
            draw_text(pdf, x, 180 + 12 * i, cell, 8.5)
        draw_text(pdf, 520, 180 + 12 * i, "306.00", 8.5, right=True)
    draw_text(pdf, 330, 310, "Total disbursed", 8.5, "Helvetica-Bold")
    draw_text(pdf, 520, 310, "3,060.00", 8.5, "Helvetica-Bold", right=True)
    pdf.save()
    return path


def test_a_support_agencys_payment_history_is_no_bank_statement(reader: PageReader, tmp_path: Path) -> None:
    """Receipts "Disbursed to Direct deposit, account ending 1046" under a "Current support order" are an agency's
    record of support paid, no account's statement: `other` (before, a bank statement)."""
    path = _payment_history(tmp_path / "Payment History.pdf")
    assert [d.type for d in documents_read(reader, path, date(2045, 6, 2))] == ["other"]


def _earnings_statement(path: Path) -> Path:
    """Harrowgate National Payroll's stub for a dental group, with the mail robot's imprint over its top right."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 572, 16, "BRHL DMR  ENV 0173  IMG 004", 7, "Courier", right=True)
    for x, heading, code in ((40, "COMPANY CODE", "HNP/TI52"), (120, "LOC/DEPT", "017"),
                             (190, "VOUCHER NO.", "54401"), (250, "PAGE", "1 of 1")):
        draw_text(pdf, x, 40, heading, 6.5)
        draw_text(pdf, x, 50, code, 8, "Helvetica-Bold")
    draw_text(pdf, 572, 46, "Earnings Statement", 17, "Helvetica-Bold", right=True)
    for i, (caption, day) in enumerate((("Period Starting:", "04/01/2046"), ("Period Ending:", "04/14/2046"),
                                        ("Pay Date:", "04/20/2046"))):
        draw_text(pdf, 440, 64 + 11 * i, caption, 8.5)
        draw_text(pdf, 572, 64 + 11 * i, day, 8.5, right=True)
    draw_text(pdf, 360, 106, "RENEE L. WHITCOMB", 9.5, "Helvetica-Bold")
    draw_text(pdf, 360, 118, "2204 BRAMBLETON AVENUE SW", 9)
    draw_text(pdf, 360, 129, "ROANOKE, VA 24015", 9)
    draw_text(pdf, 40, 152, "Earnings", 9, "Helvetica-Bold")
    for x, heading in ((165, "rate"), (215, "hours"), (285, "this period"), (355, "year to date")):
        draw_text(pdf, x, 152, heading, 7.5, "Helvetica-Oblique", right=True)
    rows = (("Regular", "24.8500", "72.00", "1,789.20", "13,916.00"),
            ("Overtime", "37.2800", "4.50", "167.76", "726.96"), ("Gross Pay", "", "", "1,956.96", "14,642.96"),
            ("Federal Income Tax", "", "", "-176.13", "1,317.87"), ("Medicare Tax", "", "", "-28.38", "212.32"),
            ("Social Security Tax", "", "", "-121.33", "907.86"), ("VA Income Tax", "", "", "-94.00", "703.34"),
            ("Dental Plan", "", "", "-132.00", "990.00"), ("Net Pay", "", "", "$1,405.12", ""))
    for i, row in enumerate(rows):
        draw_text(pdf, 48, 168 + 12 * i, row[0], 8.5)
        for x, cell in zip((165, 215, 285, 355), row[1:], strict=True):
            draw_text(pdf, x, 168 + 12 * i, cell, 8.5, right=True)
    for i, line in enumerate(("TINKER CREEK DENTAL GROUP", "3920 Electric Road SW", "Roanoke, VA 24018")):
        draw_text(pdf, 40, 700 + 11 * i, line, 8.5, "Helvetica-Bold" if i == 0 else "Helvetica")
    draw_text(pdf, 360, 722, "NON-NEGOTIABLE - THIS IS NOT A CHECK", 8, "Helvetica-Bold")
    pdf.save()
    return path


def test_a_mail_robots_imprint_over_a_scanned_stub_names_no_firm(reader: PageReader, tmp_path: Path) -> None:
    """"BRHL DMR  ENV 0173  IMG 004" at the scan's top right is the mail robot's imprint, short codes and numbers,
    no firm, as "COMPANY CODE" heads a column: the employer is the block at the bottom left, the worker the capitals
    with a middle initial (before, "COMPANY CODE"; with only the headings' rule, the imprint's "BRHL DMR")."""
    born = _earnings_statement(tmp_path / "born.pdf")
    path = printed_and_scanned(born, 300, tmp_path / "ENV0173-IMG004.pdf")
    fields = one_document_fields(reader, path, date(2046, 4, 28), "pay_stub")
    assert _plain(fields["employer"].value) == "tinker creek dental group"
    assert _plain(fields["employee_name"].value) == "renee l whitcomb"


def _hospital_stub(path: Path) -> Path:
    """The logo word with the title on its line (tops level, so the text layer reads them as one line), the rest
    of the name under it, the payroll office's line, the worker's facts beside the dates, then the table."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "LAURELWOOD", 20, "Helvetica-Bold")
    draw_text(pdf, 572, 44, "EARNINGS STATEMENT", 12, "Helvetica-Bold", right=True)
    draw_text(pdf, 41, 63, "REGIONAL MEDICAL CENTER", 8.5, "Helvetica-Bold")
    draw_text(pdf, 572, 62, "Advice no. 824144", 8.5, right=True)
    draw_text(pdf, 40, 80, "Non-negotiable - direct deposit advice", 8)
    draw_text(pdf, 40, 92, "Laurelwood Regional Medical Center - Payroll Services - 2600 Linglestown Road, "
              "Harrisburg, PA 17112", 7.5)
    for i, (left, right) in enumerate((("Employee  Keisha D. Lambright", "Pay date  02/05/2044"),
                                       ("Employee ID  LRMC-104562", "Period start  01/17/2044"),
                                       ("Job title  Respiratory Therapist", "Period end  01/30/2044"),
                                       ("Department  Respiratory Care", "Pay frequency  Bi-Weekly"))):
        draw_text(pdf, 40, 120 + 13 * i, left, 9)
        draw_text(pdf, 330, 120 + 13 * i, right, 9)
    headings = ((40, "CODE"), (80, "EARNINGS"), (250, "RATE"), (300, "HOURS"), (370, "CURRENT"),
                (440, "YTD HOURS"), (530, "YTD AMOUNT"))
    for x, heading in headings:
        draw_text(pdf, x, 190, heading, 7.5, "Helvetica-Bold", right=x >= 250)
    rows = (("REG", "Regular", "36.9200", "72.00", "2,658.24", "216.00", "7,974.72"),
            ("NDF", "Night differential", "3.1100", "80.00", "248.80", "240.00", "1,439.25"),
            ("", "Gross pay", "", "", "2,907.24", "", "9,413.97"), ("", "Federal income tax", "", "", "-298.41", "",
                                                                    "-966.34"),
            ("", "Social Security", "", "", "-180.25", "", "-583.67"), ("", "Medicare", "", "", "-42.15", "",
                                                                         "-136.51"),
            ("", "PA income tax", "", "", "-89.25", "", "-289.01"), ("", "403(b) retirement", "", "", "-238.11", "",
                                                                      "-391.89"),
            ("", "Net pay", "", "", "1,859.07", "", "6,046.55"))
    for i, (code, label, *cells) in enumerate(rows):
        draw_text(pdf, 40, 206 + 13 * i, code, 8.5)
        draw_text(pdf, 80, 206 + 13 * i, label, 8.5, "Helvetica-Bold" if label.endswith("pay") else "Helvetica")
        for (x, _), cell in zip(headings[2:], cells, strict=True):
            draw_text(pdf, x, 206 + 13 * i, cell, 8.5, right=True)
    pdf.save()
    return path


def test_a_logo_word_over_the_rest_of_the_hospitals_name(reader: PageReader, tmp_path: Path) -> None:
    """"LAURELWOOD" over "REGIONAL MEDICAL CENTER" is one name, printed whole on the payroll office's line: the
    employer is "Laurelwood Regional Medical Center" (before, its lower half "REGIONAL MEDICAL CENTER" alone)."""
    path = _hospital_stub(tmp_path / "LRMC advice 824144.pdf")
    fields = one_document_fields(reader, path, date(2044, 2, 20), "pay_stub")
    assert str(fields["employer"].value).lower() == "laurelwood regional medical center"
    assert fields["employee_name"].value == "Keisha D. Lambright"


MACHINE = "7175550165"  # the sending fax machine's number


def _faxed_statement(path: Path) -> Path:
    """The credit union's statement printed, then faxed: each page rendered and sent at 200 dpi black and white,
    the machine's header row across its top (the sender and its time at the left, its number at the right)."""
    born = path.with_suffix(".born.pdf")
    pdf = canvas.Canvas(str(born), pagesize=letter)
    ledger = ((("02/02", "PAYROLL CVSD DIR DEP", "2,106.44"), ("02/05", "PPL ELECTRIC UTILITIES", "-188.20"),
               ("02/09", "GIANT FOOD STORES", "-142.67"), ("02/16", "PAYROLL CVSD DIR DEP", "2,106.44"),
               ("02/27", "ONLINE PMT TAMARACK POINT LOAN", "-1,986.00")),
              (("02/28", "SHEETZ 0412 MECHANICSBURG", "-46.10"), ("02/29", "DIVIDEND", "0.84")))
    for number, rows in enumerate(ledger, start=10):
        draw_text(pdf, 18, 14, "MAR-29-2044 14:15 KEYSTONE NBHD HSG CNSL", 8)
        draw_text(pdf, 576, 14, f"{MACHINE}  >> 13025550147  PAGE {number} OF 14", 8, right=True)
        draw_text(pdf, 60, 70, "Susquehanna Ridge Federal Credit Union", 14, "Helvetica-Bold")
        top = 100
        if number == 10:
            for i, line in enumerate(("MEMBER STATEMENT", "Colleen R. Abernathy", "Share Draft Checking  XXXX4417",
                                      "Statement period 02/01/2044 through 02/29/2044", "Beginning balance  3,412.18")):
                draw_text(pdf, 60, 92 + 14 * i, line, 10)
            top = 180
        for x, heading in ((60, "DATE"), (110, "DESCRIPTION"), (552, "AMOUNT")):
            draw_text(pdf, x, top, heading, 9, "Helvetica-Bold", right=x > 500)
        for i, (day, text, amount) in enumerate(rows):
            draw_text(pdf, 60, top + 16 + 14 * i, day, 10)
            draw_text(pdf, 110, top + 16 + 14 * i, text, 10)
            draw_text(pdf, 552, top + 16 + 14 * i, amount, 10, right=True)
        if number == 11:
            draw_text(pdf, 60, top + 60, "Ending balance  5,262.93", 10)
        pdf.showPage()
    pdf.save()
    document = pdfium.PdfDocument(str(born))
    try:
        images = [as_scanned(page.render(scale=FAX.dpi / 72, grayscale=True).to_pil().convert("L"), FAX)
                  for page in document]
    finally:
        document.close()
    images_pdf(images, FAX.dpi, path)
    return path


def test_a_fax_headers_number_after_a_ledgers_loan_names_no_loan(reader: PageReader, tmp_path: Path) -> None:
    """The sending machine's number "7175550165" on the fax's header row names no loan, even where OCR sets it
    after page 1's last line "ONLINE PMT TAMARACK POINT LOAN" (as tesseract does here, reading the header's right
    half with the ledger's columns; before, that number was the loan's). On a page built from OCR's words too."""
    documents = documents_read(reader, _faxed_statement(tmp_path / "fax 0329.pdf"), date(2044, 4, 2))
    assert [d.type for d in documents] == ["bank_statement"]
    assert MACHINE not in [d.loan_number for d in documents]
    from lossmit_docs.reading.documents import _loan_number

    assert _loan_number("bank_statement", {}, [_header_page(with_time=True)]) is None


def _header_page(with_time: bool) -> Page:
    """A fax's page as OCR returns it: the header's time of day and number on the top row, the number also set
    after the ledger's "LOAN" in the text."""
    row = [("MAR-29-2044", 0.05), ("14:15", 0.16), ("KEYSTONE", 0.23), ("NBHD", 0.33), (MACHINE, 0.55)]
    words = [Word(text, 0.9, (x, 0.01, x + 0.09, 0.021)) for text, x in row if with_time or text != "14:15"]
    words += [Word(text, 0.9, (x, 0.40, x + 0.08, 0.411))
              for text, x in (("ONLINE", 0.15), ("PMT", 0.24), ("LOAN", 0.49))]
    text = "MAR-29-2044 14:15 KEYSTONE NBHD HSG CNSL\n...ONLINE PMT TAMARACK POINT LOAN\n\n7175550165\n"
    return Page(1, text, TextMethod.OCR, 0.88, 0, 612.0, 792.0, words=tuple(words))


def test_guard_a_number_after_loan_off_any_fax_header_is_the_loans() -> None:
    """Guard: the same page without the time of day on its top row has no fax header, and the number after
    "LOAN" is read as the loan's, as it always was: the rule is the header row's, not the number's."""
    from lossmit_docs.reading.documents import _loan_number

    assert _loan_number("bank_statement", {}, [_header_page(with_time=False)]) == MACHINE
