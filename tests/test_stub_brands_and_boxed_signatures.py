"""Payroll services' brands over stubs, statements' summary captions, and signatures in boxes or over a name.

1. A stub headed by its payroll service's brand and the paper's title ("TALLY BRIDGE HR pay slip") names the
   employer in the block over its street address; an employer's own name over the title ("Halvorsen Electric
   Co." over "WEEKLY PAY STUB") stays the employer; "Paid by direct deposit" names no firm; a portal's
   lower-case brand before the employer ("brightpath Erie Canal Distribution | My Pay") gives the employer,
   and the employee's row under its captions is no employer.
2. A pay date whose year OCR misread ("06/04/2043" for a period of May 2049) is put in the period's year, and
   left for a person to check.
3. A statement's "Statement opening date" / "Statement closing date" are its period; a sidebar's "Ending
   balance" caption run onto a ledger row dated by month and day is no balance of that row's figures.
4. A form whose captions head their boxes ("Your signature | Date" over the ink and "04/16/2049") is signed in
   the box under the signature's caption.
5. A signature line captioned by the signer's printed name, the date over "Date (mm/dd/yyyy)" beside it, is
   signed by the ink over the name; a "Date of birth" beside a name is no signature line.
6. Income rows numbered one job each ("Employment 1", "Employment 2") add up to wages; "Income cut" is a
   reduction in income.
7. Numbered applicants' columns ("NO.  ITEM  APPLICANT 1 (BORROWER)  APPLICANT 2 (CO-BORROWER)"): the names
   from the "1.1  Name (first, middle, last)" row, and each signer's box read under its own headings, lower
   on the page than the table's.
8. A mirrored form, each question in a middle column: the borrower's answer left of it, the co-borrower's
   right of it, on its income page too; each signer's date written before its "Date" caption.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read, one_document_fields, values_of
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.values import before_another_row
from pdf_factory import draw_text, pen_signature, text_pdf

RECEIVED = date(2049, 10, 20)
APPLICATION = "mortgage_assistance_application"

# --- 1. payroll services' brands -----------------------------------------------------------------------------

SLIP_BODY = [
    "Employee Winifred O. Castellanos Employee # CRL-0644",
    "Week 05/25/2049 - 05/31/2049 Pay date 06/05/2049",
    "Pay frequency Weekly Pay method Direct deposit",
    "ITEM CURRENT YTD",
    "Regular (28.00 h @ 17.90) 501.20 12,673.20",
    "Gross earnings 501.20 12,673.20",
    "Federal income tax -33.79 -748.11",
    "Net pay 467.41 11,925.09",
]


def _employer(reader: PageReader, path: Path, lines: list[str]) -> object:
    text_pdf([lines], path)
    return one_document_fields(reader, path, RECEIVED, "pay_stub")["employer"].value


def test_a_payroll_services_brand_over_the_slip_is_no_employer(reader: PageReader, tmp_path: Path) -> None:
    branded = ["TALLY BRIDGE HR pay slip Weekly pay", "Copper Range Linen Service",
               "310 Portage Street, Houghton, MI 49931", *SLIP_BODY]
    assert _employer(reader, tmp_path / "slip.pdf", branded) == "Copper Range Linen Service"
    service = ["LEDGERLINE", "Payroll Services", "Herkimer County Memorial Hospital",
               "300 North Washington Street, Herkimer, NY 13350", *SLIP_BODY,
               "Paid by direct deposit. Ledgerline Payroll Services processes payroll for the employer."]
    assert _employer(reader, tmp_path / "service.pdf", service) == "Herkimer County Memorial Hospital"


def test_an_employers_name_over_the_papers_title_stays_the_employer(reader: PageReader, tmp_path: Path) -> None:
    own = ["Halvorsen Electric Co.", "WEEKLY PAY STUB", "3340 NW Yeon Ave, Portland, OR 97210", *SLIP_BODY]
    assert _employer(reader, tmp_path / "own.pdf", own) == "Halvorsen Electric Co"


def test_a_portals_lower_case_brand_before_the_employer(reader: PageReader, tmp_path: Path) -> None:
    portal = ["07/04/49, 8:14 PM Brightpath HCM - Pay Slip",
              "brightpath Erie Canal Distribution | My Pay > Pay Slips",
              "Pay slip - June 25, 2049",
              "Employee Employee ID Location",
              "Thaddeus K. Brannigan ECD-55190 Rome DC - inbound",
              "Pay period Pay date Pay frequency",
              "06/13/2049 - 06/19/2049 06/25/2049 Weekly",
              "Gross pay Taxes and deductions Net pay",
              "$1,054.29 $222.96 $831.33",
              "Total earnings 1,054.29 23,396.17"]
    assert _employer(reader, tmp_path / "portal.pdf", portal) == "Erie Canal Distribution"


# --- 2. a pay date's misread year ------------------------------------------------------------------------------


def test_a_pay_dates_misread_year_is_put_in_its_periods_year(reader: PageReader, tmp_path: Path) -> None:
    stub = ["High Desert Cold Storage", "8800 Industrial Way, Redmond, OR 97756", "EARNINGS STATEMENT",
            "Employee Marcus J. Oyelaran", "Pay period 05/16/2049 - 05/29/2049", "Pay date 06/04/2043",
            "Gross pay 1,948.00 3,701.20", "Net pay 1,502.26"]
    path = tmp_path / "stub.pdf"
    text_pdf([stub], path)
    fields = one_document_fields(reader, path, RECEIVED, "pay_stub")
    assert fields["pay_date"].value == date(2049, 6, 4)
    assert fields["pay_date"].confidence < 0.8


# --- 3. a statement's summary captions ------------------------------------------------------------------------


def test_a_statements_opening_and_closing_dates_are_its_period(reader: PageReader, tmp_path: Path) -> None:
    statement = ["Loxley Federal Credit Union", "2 Quarry Hill Road, Cannon Falls, MN 55009",
                 "Ingrid S. Halloran Member number 208815",
                 "903 Ferncliff Road Statement opening date 07/01/2049",
                 "Red Wing, MN 55066 Statement closing date 07/31/2049",
                 "SHARE DRAFT CHECKING - ACCOUNT ENDING 4466",
                 "Date Description Withdrawals Deposits Balance",
                 "07/01/2049 Balance forward 1,322.57",
                 "07/09/2049 CANNON RIVER HLTH PAYROLL 1,483.51 2,806.08",
                 "07/31/2049 Ending balance 2,806.08"]
    path = tmp_path / "statement.pdf"
    text_pdf([statement], path)
    fields = one_document_fields(reader, path, RECEIVED, "bank_statement")
    assert values_of(fields, "period_start", "period_end") == {"period_start": date(2049, 7, 1),
                                                               "period_end": date(2049, 7, 31)}


def test_a_ledger_row_dated_by_month_and_day_is_no_balances_figure() -> None:
    assert before_another_row("Ending balance 08/05 MORTGAGE PMT - PARTIAL 348.69 343.44") == "Ending balance "
    assert before_another_row("Balance on 08/05 $2,087.68") == "Balance on 08/05 $2,087.68"


# --- 4. a signature in the box under its caption --------------------------------------------------------------


def _boxed_request(path: Path, signs: bool) -> Path:
    """A request set in ruled boxes, each caption at its box's top left and the answer under it; the last row
    "Your signature | Date | Your occupation" with the ink (or none) under the signature's caption."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 72, 66, "Job Loss and Income Interruption Relief Request", 13.0, "Helvetica-Bold")
    draw_text(pdf, 72, 82, "Mortgage assistance application - Ashgrove Mortgage Servicing", 9.0)
    rows = [
        (100, [(72, 330, "Borrower's full name", "Desmond K. Aldana"), (330, 540, "Loan number", "0508824413")]),
        (136, [(72, 540, "Property address", "2716 West Pacific Avenue, Spokane, WA 99201")]),
        (172, [(72, 330, "Date the hardship began", "01/04/2049"), (330, 540, "Wages, salary", "$1,872.00")]),
        (236, [(72, 300, "Your signature", ""), (300, 400, "Date", "04/16/2049"),
               (400, 540, "Your occupation", "Ramp agent")]),
    ]
    draw_text(pdf, 72, 222, "Hardship: Unemployment. I declare that the information in this request is true.", 8.0)
    pdf.setLineWidth(0.5)
    for top, cells in rows:
        for left, right, caption, answer in cells:
            pdf.rect(left, letter[1] - top - 36, right - left, 36)
            draw_text(pdf, left + 3, top + 9, caption, 7.0)
            draw_text(pdf, left + 6, top + 28, answer, 11.0, "Courier")
    if signs:
        pen_signature(pdf, 90, 266, 150)
    pdf.showPage()
    pdf.save()
    return path


def test_a_signature_in_the_box_under_its_caption(reader: PageReader, tmp_path: Path) -> None:
    signed = one_document_fields(reader, _boxed_request(tmp_path / "signed.pdf", True), RECEIVED, APPLICATION)
    assert values_of(signed, "signed", "signed_on") == {"signed": True, "signed_on": date(2049, 4, 16)}
    unsigned = one_document_fields(reader, _boxed_request(tmp_path / "unsigned.pdf", False), RECEIVED, APPLICATION)
    assert unsigned["signed"].value is False


# --- 5. a signature over the signer's printed name ------------------------------------------------------------


def _printed_names_form(path: Path) -> Path:
    """A request whose signing lines are captioned by each signer's printed name, a "Date (mm/dd/yyyy)"
    caption beside it with the date written over it; the people's rows above give a date of birth."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 72, 66, "KEELHAVEN MORTGAGE ASSISTANCE APPLICATION", 13.0, "Helvetica-Bold")
    lines = [(100, "Loan number 5187320046"), (120, "Borrower's full name SAMUEL J. ACHTERBERG"),
             (138, "Co-borrower's full name NOEMI R. ACHTERBERG"),
             (156, "Property address 408 Quail Hollow Lane, Murfreesboro, TN 37130"),
             (174, "Mark every reason that applies: X Lost my job / laid off"),
             (192, "Wages and salary from all jobs $ 4,827.33"), (220, "6 SIGN HERE")]
    for y, text in lines:
        draw_text(pdf, 72, y, text, 9.5)
    draw_text(pdf, 380, 138, "Date of birth 06/03/1978", 9.5)  # the row's next cell
    for y in (270, 320):
        draw_text(pdf, 72, y - 14, "X", 12.0)
        pdf.line(86, letter[1] - y + 8, 300, letter[1] - y + 8)
        pen_signature(pdf, 100, y - 2, 150)
        draw_text(pdf, 360, y - 2, "10/13/2049", 11.0, "Courier")
    draw_text(pdf, 86, 280, "SAMUEL J. ACHTERBERG", 8.0)
    draw_text(pdf, 360, 280, "Date (mm/dd/yyyy)", 8.0)
    draw_text(pdf, 86, 330, "NOEMI R. ACHTERBERG", 8.0)
    draw_text(pdf, 360, 330, "Date (mm/dd/yyyy)", 8.0)
    pdf.showPage()
    pdf.save()
    return path


def test_a_signature_over_the_signers_printed_name(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _printed_names_form(tmp_path / "signed.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "signed", "signed_on", "co_borrower_signed") == {
        "signed": True, "signed_on": date(2049, 10, 13), "co_borrower_signed": True}


# --- 6. numbered job rows and "Income cut" ----------------------------------------------------------------------


def test_numbered_job_rows_add_up_to_wages(reader: PageReader, tmp_path: Path) -> None:
    worksheet = ["CORBEL RIDGE Household Income Worksheet and Request for Mortgage Help",
                 "Loan no. 0610842297",
                 "Full name Marisela V. Quintanar",
                 "Mark every cause that applies:",
                 "X Income cut (hours, overtime, pay)",
                 "Job loss",
                 "The hardship started on (month/day/year): 02/01/2047",
                 "D. HOUSEHOLD MONTHLY INCOME, BEFORE TAXES",
                 "Employment 1 Ransom County Clerk's Office 3,721.88",
                 "Employment 2 Copper Kettle Diner 793.65",
                 "TOTAL MONTHLY HOUSEHOLD INCOME 4,515.53"]
    path = tmp_path / "worksheet.pdf"
    text_pdf([worksheet], path)
    documents = documents_read(reader, path, RECEIVED)
    fields = next(d.fields for d in documents if d.type == APPLICATION)
    assert fields["income.wages"].value == Decimal("4515.53")
    assert fields["hardship_types"].value == ["reduction_in_income"]



# --- 7. numbered applicants' columns ---------------------------------------------------------------------------


def _numbered_applicants(path: Path) -> Path:
    """A workout request of numbered rows under "NO.  ITEM  APPLICANT 1 (BORROWER)  APPLICANT 2 (CO-BORROWER)",
    its name row "1.1  Name (first, middle, last)", an option's note that names overtime, and signature boxes
    side by side headed by the same two, each with its "Signature" and "Date" captions under their lines."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 50, 60, "IRONWOOD TRUST   REQUEST FOR WORKOUT REVIEW", 13.0, "Helvetica-Bold")
    draw_text(pdf, 50, 80, "Loan no. 8816045273", 9.0)
    heading = [(55, "NO."), (90, "ITEM"), (320, "APPLICANT 1 (BORROWER)"), (450, "APPLICANT 2 (CO-BORROWER)")]
    for x, text in heading:
        draw_text(pdf, x, 110, text, 7.5, "Helvetica-Bold")
    rows = [("1.1", "Name (first, middle, last)", "Winifred O. Castellanos", "Rafael Castellanos"),
            ("1.2", "Social Security number", "989-25-6613", "989-47-2201"),
            ("2.1", "Street address", "77 Hematite Drive, Houghton, MI 49931", ""),
            ("3.1", "Date the hardship began (mm/dd/yyyy)", "05/01/2048", ""),
            ("3.3", "Cause (mark all that apply)", "X Reduced income", ""),
            ("4.1", "Gross wages or salary", "2,482.13", "")]
    for index, (number, item, first, second) in enumerate(rows):
        y = 130 + 18 * index
        draw_text(pdf, 55, y, number, 8.0)
        draw_text(pdf, 90, y, item, 8.0)
        draw_text(pdf, 320, y, first, 9.0, "Courier")
        draw_text(pdf, 450, y, second, 9.0, "Courier")
    draw_text(pdf, 55, 250, "We certify that the information in this request is true.", 8.0)
    for left, title in ((55, "APPLICANT 1 (BORROWER)"), (320, "APPLICANT 2 (CO-BORROWER)")):
        pdf.rect(left, letter[1] - 360, 240, 90)
        draw_text(pdf, left + 5, 282, title, 7.5, "Helvetica-Bold")
        pen_signature(pdf, left + 10, 312, 150)
        pdf.line(left + 5, letter[1] - 316, left + 200, letter[1] - 316)
        draw_text(pdf, left + 5, 324, "Signature", 6.5)
        draw_text(pdf, left + 5, 342, "09/09/2048", 10.0, "Courier")
        pdf.line(left + 5, letter[1] - 346, left + 120, letter[1] - 346)
        draw_text(pdf, left + 5, 354, "Date (mm/dd/yyyy)", 6.5)
    pdf.showPage()
    pdf.save()
    return path


def test_numbered_applicants_columns_give_names_and_signatures(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _numbered_applicants(tmp_path / "itms.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "co_borrower_name", "ssn_last4") == {
        "borrower_name": "Winifred O. Castellanos", "co_borrower_name": "Rafael Castellanos", "ssn_last4": "6613"}
    assert values_of(fields, "signed", "signed_on", "co_borrower_signed") == {
        "signed": True, "signed_on": date(2048, 9, 9), "co_borrower_signed": True}


# --- 8. a mirrored form: the question in the middle, the borrower's answer left of it ----------------------------


def _mirrored_form(path: Path) -> Path:
    """A two-page form asking each question in a middle column under "BORROWER  QUESTION  CO-BORROWER": the
    borrower's answer flush left of it, the co-borrower's flush right; the income page the same way under
    "BORROWER  MONTHLY INCOME  CO-BORROWER"; each signer's date written before its "Date" caption."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _mirrored_page(pdf, 1, (290, "QUESTION"), [("Hollis B. Vantreese", "Full name", "Serafina M. Vantreese"),
                                               ("XXX-XX-0087", "Social Security number", "XXX-XX-5316"),
                                               ("Northfork Grain Cooperative", "Employer", "Self-employed - groomer")])
    draw_text(pdf, 40, 200, "Property address 905 Sandpiper Court, Pender Crossing, NC 28425", 9.0)
    draw_text(pdf, 40, 218, "The hardship began on 03/01/2048. What caused it? X Higher housing costs", 9.0)
    pdf.showPage()
    _mirrored_page(pdf, 2, (200, "MONTHLY INCOME"), [("$ 4,134.00", "Wages / salary / overtime / tips (gross)", "$"),
                                                    ("$", "Income from own business (net)", "$ 2,350.00"),
                                                    ("$ 4,134.00", "MONTHLY TOTAL", "$ 2,350.00")])
    draw_text(pdf, 40, 200, "By signing, each of us certifies that everything in this application is true.", 8.0)
    draw_text(pdf, 40, 230, "BORROWER", 8.0, "Helvetica-Bold")
    draw_text(pdf, 330, 230, "CO-BORROWER", 8.0, "Helvetica-Bold")
    for left in (40, 330):
        pen_signature(pdf, left + 5, 262, 150)
        pdf.line(left, letter[1] - 265, left + 200, letter[1] - 265)
        draw_text(pdf, left, 272, "Signature", 7.0)
        draw_text(pdf, left, 298, "08/11/2048", 10.0, "Courier")
        draw_text(pdf, left + 110, 298, "Date (mm/dd/yyyy)", 7.0)
    pdf.showPage()
    pdf.save()
    return path


def _mirrored_page(pdf: canvas.Canvas, number: int, middle: tuple[float, str],
                   rows: list[tuple[str, str, str]]) -> None:
    """A page of the mirrored form: its title, the three columns' headings, then a row per question, the
    borrower's answer flush left, the question at the middle column's edge, the co-borrower's flush right."""
    draw_text(pdf, 40, 60, f"Tidewater Bend   TWO-BORROWER HARDSHIP APPLICATION   Form TBLS-12 - Page {number} of 2",
              11.0, "Helvetica-Bold")
    draw_text(pdf, 40, 80, "LOAN NUMBER 6083319402", 9.0)
    draw_text(pdf, 40, 104, "BORROWER", 8.0, "Helvetica-Bold")
    draw_text(pdf, middle[0], 104, middle[1], 8.0, "Helvetica-Bold")
    draw_text(pdf, 572, 104, "CO-BORROWER", 8.0, "Helvetica-Bold", right=True)
    for index, (first, question, second) in enumerate(rows):
        y = 124 + 18 * index
        draw_text(pdf, 40, y, first, 9.0, "Courier")
        draw_text(pdf, middle[0], y, question, 8.0)
        draw_text(pdf, 572, y, second, 9.0, "Courier", right=True)


def test_a_mirrored_forms_answers_either_side_of_its_questions(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _mirrored_form(tmp_path / "tbls.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "co_borrower_name", "ssn_last4") == {
        "borrower_name": "Hollis B. Vantreese", "co_borrower_name": "Serafina M. Vantreese", "ssn_last4": "0087"}
    assert values_of(fields, "income.wages", "income.self_employment") == {
        "income.wages": Decimal("4134.00"), "income.self_employment": Decimal("2350.00")}
    assert values_of(fields, "signed", "signed_on", "co_borrower_signed") == {
        "signed": True, "signed_on": date(2048, 8, 11), "co_borrower_signed": True}
