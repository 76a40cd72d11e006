"""A housing counselor's papers sent with a client's package, a servicer's response package and its Item | Response
table, and two pay statements whose top line is no employee's label.

Keystone Neighborhood Housing Counsel (a HUD-approved agency) sends a COVER LETTER on its letterhead: the servicer's
address, "Borrower(s):" and "Loan number:", "Dear Loss Mitigation Representative:", paragraphs saying the agency is
assisting the borrower, that "A signed third-party authorization is on file with our agency", "Enclosed please
find ... signed Mortgage Assistance Application (Form 710) ...", a sentence quoting the counselor's budget, then
"Sincerely," and the counselor's name and title, the "HUD agency ID" in the footer. Its HOUSEHOLD BUDGET WORKSHEET
is one page: a row of captions (CLIENT(S), LOAN NO., ...) over their values, then MONTHLY INCOME | GROSS | NET
beside MONTHLY EXPENSES | AMOUNT in whole dollars. Both are counseling papers, listed as `other`: the letter's
mention of the Form 710 and the worksheet's "income" and "expenses" make neither one an application.

A servicer's "BORROWER RESPONSE PACKAGE / Financial Information" whose first page is numbered captions ("1a Loan
number", "1b Borrower - name ...") is the application. Another servicer's "Hardship Assistance Application" puts
every answer in a two-column table "Item | Response" under shaded section rows: "Hardship reason" and "Secondary
reason" are its hardship questions, and page 2's income rows "Source | Who receives it | Monthly gross amount" name
wages as "Employment (wages)".

A national payroll's "Earnings Statement" opens with a row of column headings "COMPANY CODE  LOC/DEPT  VOUCHER NO.
PAGE" over their codes; the employee's block (capitals with a middle initial) stands at the right, the employer's
block at the BOTTOM LEFT. A restaurant's pay statement printed from its payroll portal opens with "TipLedger Payroll
| Employee Self-Service": that "Employee" names the portal, no label of the worker, who stands under the restaurant
beside "Period end".

Born-digital pages (reportlab) go through the real PageReader and `read_documents` with the text layer's ink.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read, one_document_fields, values_of
from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.pages import PageReader
from pdf_factory import draw_text

RECEIVED = date(2046, 7, 1)
AGENCY = "Keystone Neighborhood Housing Counsel"
FOOTER = f"{AGENCY} is a HUD-approved housing counseling agency (HUD agency ID 90-7731)."
CLIENT = "Colleen R. Abernathy"
LOAN = "0048817265"


def _letterhead(pdf: canvas.Canvas) -> None:
    draw_text(pdf, 72, 48, AGENCY, 15, "Times-Bold")
    draw_text(pdf, 540, 44, "1200 Derry Street, Suite 3", 7.5, right=True)
    draw_text(pdf, 540, 54, "Harrisburg, PA 17104", 7.5, right=True)
    pdf.line(72, letter[1] - 64, 540, letter[1] - 64)
    draw_text(pdf, 72, 762, FOOTER, 7)


def _cover_letter(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _letterhead(pdf)
    lines = ["February 26, 2046", "", "Juniata Hollow Mortgage Servicing, LLC", "Loss Mitigation Department",
             "PO Box 6620", "Camp Hill, PA 17001", "", f"Borrower(s):  {CLIENT}", f"Loan number:  {LOAN}", "",
             "Dear Loss Mitigation Representative:", "",
             f"{AGENCY} is assisting {CLIENT} with her request for mortgage assistance.",
             "A signed third-party authorization is on file with our agency.", "",
             "Enclosed please find Ms. Abernathy's signed Mortgage Assistance Application (Form 710), her",
             "January and February pay advices from the school district, her own letter explaining the hardship",
             "that began when her husband's hours were cut, and the budget worksheet from our session.", "",
             "From our budget review, the household's gross monthly income is about $5,787 and its monthly",
             "expenses about $4,352. Please contact me with any question about this file.", "",
             "Sincerely,", "", "", "Theresa M. Holloway", "HUD-Certified Housing Counselor",
             "(717) 555-0164  -  tholloway@knhc.example.org"]
    for i, line in enumerate(lines):
        draw_text(pdf, 72, 100 + 14 * i, line, 10.5, "Times-Roman")
    pdf.save()
    return path


def _budget_worksheet(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _letterhead(pdf)
    draw_text(pdf, 72, 96, "HOUSEHOLD BUDGET WORKSHEET", 12.5, "Helvetica-Bold")
    draw_text(pdf, 540, 96, "Monthly figures, whole dollars - counselor's estimates from the session", 7,
              right=True)
    facts = (("CLIENT(S)", CLIENT), ("LOAN NO.", LOAN), ("SERVICER", "Juniata Hollow"),
             ("SESSION DATE", "02/12/2046"), ("COUNSELOR", "Theresa M. Holloway"))
    for x, (caption, value) in zip((72, 178, 250, 340, 420), facts, strict=True):
        draw_text(pdf, x, 120, caption, 6)
        draw_text(pdf, x, 132, value, 8, "Helvetica-Bold")
    for x, heading, right in ((76, "MONTHLY INCOME", False), (250, "GROSS", True), (300, "NET", True),
                              (320, "MONTHLY EXPENSES", False), (536, "AMOUNT", True)):
        draw_text(pdf, x, 160, heading, 8, "Helvetica-Bold", right)
    income = (("Colleen - teaching salary (CVSD)", "$5,612", "$3,938"),
              ("Tutoring, irregular (not on application)", "$175", "$160"),
              ("Total household income", "$5,787", "$4,098"))
    expenses = (("Mortgage payment (PITI)", "$1,986"), ("Utilities", "$412"), ("Food and household", "$934"),
                ("Car payment and insurance", "$1,020"), ("Total expenses", "$4,352"))
    for i, (source, gross, net) in enumerate(income):
        draw_text(pdf, 76, 176 + 15 * i, source, 8)
        draw_text(pdf, 250, 176 + 15 * i, gross, 8, right=True)
        draw_text(pdf, 300, 176 + 15 * i, net, 8, right=True)
    for i, (item, amount) in enumerate(expenses):
        draw_text(pdf, 320, 176 + 15 * i, item, 8)
        draw_text(pdf, 536, 176 + 15 * i, amount, 8, right=True)
    draw_text(pdf, 72, 270, "This worksheet is the counselor's working budget from the counseling session. The "
              "amounts on the", 7.8, "Helvetica-Oblique")
    draw_text(pdf, 72, 280, "application are the ones the servicer should use.", 7.8, "Helvetica-Oblique")
    pdf.save()
    return path


def test_a_counselors_cover_letter_is_an_other_paper_not_the_application(reader: PageReader, tmp_path: Path
                                                                         ) -> None:
    """The letter names the "Mortgage Assistance Application (Form 710)" it encloses and quotes income and expenses,
    but its "our agency", "Enclosed please find" and "HUD agency ID" make it the counselor's cover letter, and
    "Sincerely," is no form's close: a counseling paper, listed as `other` (before, the application)."""
    path = _cover_letter(tmp_path / "KNHC cover letter.pdf")
    assert [d.type for d in documents_read(reader, path, RECEIVED)] == ["other"]
    assert classify_page(reader.read(path)[0]).type == "counseling_cover_letter"


def test_the_counselors_budget_worksheet_is_an_other_paper_not_the_application(reader: PageReader,
                                                                               tmp_path: Path) -> None:
    """"HOUSEHOLD BUDGET WORKSHEET" titles the counselor's budget, not a servicer's worksheet for the borrower:
    its "Total household income" and expenses are the counselor's estimates, listed as `other` (before, the
    application)."""
    path = _budget_worksheet(tmp_path / "KNHC budget.pdf")
    assert [d.type for d in documents_read(reader, path, RECEIVED)] == ["other"]
    assert classify_page(reader.read(path)[0]).type == "counseling_budget"


def _response_package(path: Path) -> Path:
    """Page 1 of Juniata Hollow's response package: the servicer, the title at the right, then numbered captions
    over the answers typed in capitals."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 42, 48, "Juniata Hollow", 16, "Times-Bold")
    draw_text(pdf, 42, 58, "MORTGAGE SERVICING, LLC", 7)
    draw_text(pdf, 570, 44, "BORROWER RESPONSE PACKAGE", 11.5, "Helvetica-Bold", right=True)
    draw_text(pdf, 570, 56, "Financial Information", 10, right=True)
    draw_text(pdf, 570, 66, "Form JH-BRP-FI (Rev. 09/2043)   Page 1 of 3", 7, right=True)
    draw_text(pdf, 48, 96, "SECTION 1   LOAN AND BORROWERS", 8.5, "Helvetica-Bold")
    captions = (("1a  Loan number", LOAN), ("1b  Borrower - name (first, middle initial, last)", CLIENT.upper()),
                ("1c  SSN - last 4 digits", "4417"), ("1f  Primary phone", "(717) 555-0142"),
                ("1g  E-mail address", "cabernathy@example.net"))
    for i, (caption, value) in enumerate(captions):
        draw_text(pdf, 48, 116 + 30 * i, caption, 7, "Helvetica-Bold")
        draw_text(pdf, 60, 130 + 30 * i, value, 10, "Courier")
    draw_text(pdf, 48, 290, "SECTION 2   THE PROPERTY", 8.5, "Helvetica-Bold")
    for i, (caption, value) in enumerate((("2a  Property street address", "57 LINDEN HILL ROAD"),
                                          ("2b  City", "MECHANICSBURG"), ("2c  State", "PA"))):
        draw_text(pdf, 48, 310 + 30 * i, caption, 7, "Helvetica-Bold")
        draw_text(pdf, 60, 324 + 30 * i, value, 10, "Courier")
    pdf.save()
    return path


def test_a_borrower_response_package_is_the_application(reader: PageReader, tmp_path: Path) -> None:
    """"BORROWER RESPONSE PACKAGE" over "Financial Information" titles a servicer's own application; its first page,
    numbered captions over typed answers, names few of an application's usual words (before, no type at all)."""
    path = _response_package(tmp_path / "JH-BRP-FI.pdf")
    assert classify_page(reader.read(path)[0]).type == "mortgage_assistance_application"
    fields = one_document_fields(reader, path, RECEIVED, "mortgage_assistance_application")
    assert values_of(fields, "loan_number", "borrower_name") == {"loan_number": LOAN,
                                                                "borrower_name": CLIENT.upper()}


def _earnings_statement(path: Path) -> Path:
    """Harrowgate National Payroll's stub: the column headings over their codes at the top left, the title and the
    period at the right, the employee's block in capitals, the tables, and the employer's block at the bottom left."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for x, heading, code in ((40, "COMPANY CODE", "HNP/RO38"), (120, "LOC/DEPT", "092"),
                             (190, "VOUCHER NO.", "81519"), (250, "PAGE", "1 of 1")):
        draw_text(pdf, x, 40, heading, 6.5)
        draw_text(pdf, x, 50, code, 8, "Helvetica-Bold")
    draw_text(pdf, 572, 46, "Earnings Statement", 17, "Helvetica-Bold", right=True)
    for i, (caption, day) in enumerate((("Period Starting:", "06/03/2046"), ("Period Ending:", "06/16/2046"),
                                        ("Pay Date:", "06/22/2046"))):
        draw_text(pdf, 440, 64 + 11 * i, caption, 8.5)
        draw_text(pdf, 572, 64 + 11 * i, day, 8.5, right=True)
    draw_text(pdf, 40, 80, "Taxable Marital Status:  Married filing jointly", 8)
    draw_text(pdf, 360, 106, "COLIN J. FERREIRA", 9.5, "Helvetica-Bold")
    draw_text(pdf, 360, 118, "2209 WILLOW OAK DRIVE SW", 9)
    draw_text(pdf, 360, 129, "ROANOKE, VA 24014", 9)
    draw_text(pdf, 40, 152, "Earnings", 9, "Helvetica-Bold")
    for x, heading in ((165, "rate"), (215, "hours"), (285, "this period"), (355, "year to date")):
        draw_text(pdf, x, 152, heading, 7.5, "Helvetica-Oblique", right=True)
    rows = (("Regular", "27.4000", "80.00", "2,192.00", "24,112.00"),
            ("Overtime", "41.1000", "4.00", "164.40", "1,561.80"),
            ("Gross Pay", "", "", "2,356.40", "25,673.80"),
            ("Federal Income Tax", "", "", "-212.08", "2,310.64"), ("Medicare Tax", "", "", "-34.17", "372.27"),
            ("Social Security Tax", "", "", "-146.10", "1,591.78"), ("VA Income Tax", "", "", "-112.69", "1,227.59"),
            ("Net Pay", "", "", "$1,651.36", ""))
    for i, row in enumerate(rows):
        draw_text(pdf, 48, 168 + 12 * i, row[0], 8.5)
        for x, cell in zip((165, 215, 285, 355), row[1:], strict=True):
            draw_text(pdf, x, 168 + 12 * i, cell, 8.5, right=True)
    draw_text(pdf, 390, 168, "Net Pay Distribution", 8.5, "Helvetica-Bold")
    draw_text(pdf, 396, 180, "Account type   Account number   Amount", 7.5)
    draw_text(pdf, 396, 192, "Checking   XXXXXX4410   $1,601.36", 8)
    draw_text(pdf, 396, 204, "Savings   XXXXXX7723   $50.00", 8)
    for i, line in enumerate(("ROANOKE VALLEY TOOL & DIE INC.", "1820 Orange Avenue NE", "Roanoke, VA 24012")):
        draw_text(pdf, 40, 700 + 11 * i, line, 8.5, "Helvetica-Bold" if i == 0 else "Helvetica")
    draw_text(pdf, 360, 722, "NON-NEGOTIABLE - THIS IS NOT A CHECK", 8, "Helvetica-Bold")
    pdf.save()
    return path


def _plain(name: object) -> str:
    """A firm's name compared without its case and punctuation ("TOOL & DIE INC." is "tool die inc")."""
    return " ".join(re.findall(r"[a-z0-9]+", str(name).lower()))


def test_a_row_of_column_headings_over_codes_is_no_name(reader: PageReader, tmp_path: Path) -> None:
    """"COMPANY CODE  LOC/DEPT  VOUCHER NO.  PAGE" heads columns of codes: "COMPANY CODE" names neither the worker
    nor the firm. The worker is the block in capitals named with a middle initial, the employer the block at the
    bottom left (before, the employer was "COMPANY CODE")."""
    path = _earnings_statement(tmp_path / "Earnings Statement 06-22-2046.pdf")
    fields = one_document_fields(reader, path, RECEIVED, "pay_stub")
    assert fields["employee_name"].value == "COLIN J. FERREIRA"
    assert _plain(fields["employer"].value) == "roanoke valley tool die inc"
    assert values_of(fields, "pay_date", "period_end") == {"pay_date": date(2046, 6, 22),
                                                           "period_end": date(2046, 6, 16)}


def _tip_statement(path: Path) -> Path:
    """The Copper Pike's pay statement as TipLedger's portal downloads it: the portal's line, the restaurant and the
    title, the worker at the left beside the statement's dates at the right, then the earnings with tips."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 36, 24, "TipLedger Payroll  |  Employee Self-Service", 8)
    draw_text(pdf, 576, 24, "Downloaded 02/24/2045 6:05 AM", 8, right=True)
    draw_text(pdf, 40, 62, "The Copper Pike Supper Club", 15, "Helvetica-Bold")
    draw_text(pdf, 40, 78, "PAY STATEMENT", 10, "Helvetica-Bold")
    draw_text(pdf, 40, 91, "2714 North Farwell Avenue, Milwaukee, WI 53211", 8.5)
    left = ("Brianna L. Kowalczyk", "1530 East Park Place, Apt 2", "Milwaukee, WI 53211")
    right = (("Period end", "02/19/2045"), ("Check date", "02/24/2045"), ("Period start", "02/06/2045"),
             ("Pay frequency", "Bi-weekly"))
    for i, line in enumerate(left):
        draw_text(pdf, 40, 122 + 13 * i, line, 9.5 if i == 0 else 8.5, "Helvetica-Bold" if i == 0 else "Helvetica")
    for i, (caption, value) in enumerate(right):
        draw_text(pdf, 382, 122 + 13 * i, caption, 8.5)
        draw_text(pdf, 562, 122 + 13 * i, value, 8.5, right=True)
    headings = ((300, "RATE"), (360, "HOURS"), (460, "THIS PERIOD"), (566, "YEAR TO DATE"))
    draw_text(pdf, 46, 190, "EARNINGS", 8, "Helvetica-Bold")
    for x, heading in headings:
        draw_text(pdf, x, 190, heading, 8, "Helvetica-Bold", right=True)
    rows = (("Tipped wage (cash wage)", "2.33", "61.50", "143.30", "551.13"),
            ("Charged tips (card, paid through payroll)", "", "", "786.42", "3,024.60"),
            ("Cash tips reported", "", "", "225.30", "866.30"),
            ("Gross pay (includes tips)", "", "", "1,155.02", "4,442.03"),
            ("Federal income tax", "", "", "61.40", "236.17"), ("Social Security", "", "", "71.61", "275.41"),
            ("Medicare", "", "", "16.75", "64.41"), ("Wisconsin income tax", "", "", "27.99", "161.06"),
            ("Cash tips already received", "", "", "225.30", "866.30"), ("NET PAY", "", "", "751.97", "2,835.08"))
    for i, (label, *cells) in enumerate(rows):
        draw_text(pdf, 46, 206 + 14 * i, label, 9, "Helvetica-Bold" if label.isupper() else "Helvetica")
        for (x, _), cell in zip(headings, cells, strict=True):
            draw_text(pdf, x, 206 + 14 * i, cell, 9, right=True)
    draw_text(pdf, 40, 732, "This statement is provided by TipLedger Payroll on behalf of your employer.", 7)
    pdf.save()
    return path


def test_employee_self_service_names_the_portal_not_the_worker(reader: PageReader, tmp_path: Path) -> None:
    """"TipLedger Payroll | Employee Self-Service" opens the page: that "Employee" is the portal's name, no label
    whose answer is the worker. The worker is Brianna L. Kowalczyk, under the restaurant beside "Period end"
    (before, the restaurant was taken for her), and the employer the restaurant."""
    path = _tip_statement(tmp_path / "PayStatement_2045-02-24.pdf")
    fields = one_document_fields(reader, path, RECEIVED, "pay_stub")
    assert fields["employee_name"].value == "Brianna L. Kowalczyk"
    assert fields["employer"].value == "The Copper Pike Supper Club"
    assert values_of(fields, "gross_current", "net_current") == {"gross_current": Decimal("1155.02"),
                                                                 "net_current": Decimal("751.97")}


TX0, TXM, TX1 = 54.0, 238.0, 558.0  # the table's left edge, the Item | Response divide, its right edge


def _row(pdf: canvas.Canvas, y: float, item: str, response: str, shaded: bool = False) -> float:
    """One ruled row of the table whose top is `y` points under the page's top: the next row's top."""
    top = letter[1] - y
    pdf.setLineWidth(0.5)
    if shaded:
        pdf.setFillGray(0.84)
        pdf.rect(TX0, top - 16, TX1 - TX0, 16, stroke=1, fill=1)
        pdf.setFillGray(0)
        draw_text(pdf, TX0 + 6, y + 11.5, item, 8.5, "Helvetica-Bold")
        return y + 16
    pdf.rect(TX0, top - 20, TXM - TX0, 20, stroke=1, fill=0)
    pdf.rect(TXM, top - 20, TX1 - TXM, 20, stroke=1, fill=0)
    draw_text(pdf, TX0 + 6, y + 13, item, 8.5)
    draw_text(pdf, TXM + 7, y + 13.5, response, 10)
    return y + 20


def _hardship_assistance_application(path: Path) -> Path:
    """Blue Ridge Home Lending's two-page application: every answer in the Response cell of its item's row."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for page in (1, 2):
        draw_text(pdf, 54, 48, "Blue Ridge Home Lending", 15, "Helvetica-Bold")
        draw_text(pdf, TX1, 46, "Hardship Assistance Application", 12, "Helvetica-Bold", right=True)
        draw_text(pdf, TX1, 57, "Form BRHL-HAA (01/2046)", 7, right=True)
        draw_text(pdf, TX1, 762, f"Page {page} of 2", 7, right=True)
        if page == 1:
            y = _row(pdf, 80, "Item", "Response", shaded=True)
            draw_text(pdf, TXM + 7, 91.5, "Response", 8.5, "Helvetica-Bold")
            rows: tuple[tuple[str, str], ...] = (
                ("SECTION 1 - LOAN AND BORROWERS", ""), ("Loan number", "7730418826"),
                ("Borrower name", "Adaeze O. Ferreira"), ("Borrower SSN (last 4 digits)", "6032"),
                ("Co-borrower name (if any)", "Colin J. Ferreira"), ("SECTION 2 - THE PROPERTY", ""),
                ("Property street address", "2209 Willow Oak Drive SW"),
                ("City, state and ZIP code", "Roanoke, VA 24014"), ("Property use", "Primary residence"),
                ("SECTION 3 - HARDSHIP", ""), ("Hardship reason", "Reduction in income"),
                ("Secondary reason", "Increase in housing expenses"), ("Date hardship began", "03/01/2046"))
            for item, response in rows:
                y = _row(pdf, y, item, response, shaded=item.startswith("SECTION"))
        else:
            draw_text(pdf, TX1, 80, "Loan number: 7730418826", 9, "Helvetica-Bold", right=True)
            y = _row(pdf, 92, "SECTION 4 - MONTHLY HOUSEHOLD INCOME (gross, before taxes)", "", shaded=True)
            for i, (source, who, amount) in enumerate((
                    ("Source", "Who receives it", "Monthly gross amount"),
                    ("Self-employment", "Adaeze O. Ferreira", "$2,940.00"),
                    ("Employment (wages)", "Colin J. Ferreira", "$4,749.33"),
                    ("Combined monthly total", "", "$7,689.33"))):
                font = "Helvetica-Bold" if i in (0, 3) else "Helvetica"
                draw_text(pdf, TX0 + 6, y + 13.5, source, 9, font)
                draw_text(pdf, TXM + 7, y + 13.5, who, 9, font)
                draw_text(pdf, TX1 - 8, y + 13.5, amount, 9, font, right=True)
                pdf.rect(TX0, letter[1] - y - 20, TX1 - TX0, 20, stroke=1, fill=0)
                y += 20
            y = _row(pdf, y + 14, "SECTION 6 - CERTIFICATION AND SIGNATURES", "", shaded=True)
            for item in ("Borrower signature", "Date signed (mm/dd/yyyy)", "Co-borrower signature",
                         "Date signed (mm/dd/yyyy)"):
                y = _row(pdf, y, item, "")
        pdf.showPage()
    pdf.save()
    return path


def test_an_item_response_table_with_a_secondary_reason_and_wages_as_employment(reader: PageReader,
                                                                                  tmp_path: Path) -> None:
    """"Secondary reason | Increase in housing expenses" answers a hardship question as "Hardship reason" does, and
    "Employment (wages)" is the wages' line of the income rows beside "Self-employment" (before, the secondary
    reason was lost and the wages read as no income line)."""
    path = _hardship_assistance_application(tmp_path / "BRHL-HAA.pdf")
    fields = one_document_fields(reader, path, RECEIVED, "mortgage_assistance_application")
    assert sorted(fields["hardship_types"].value) == ["increase_in_housing_expenses", "reduction_in_income"]
    assert values_of(fields, "income.wages", "income.self_employment", "income.total") == {
        "income.wages": Decimal("4749.33"), "income.self_employment": Decimal("2940.00"),
        "income.total": Decimal("7689.33")}
