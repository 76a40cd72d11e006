"""Papers a lender's, a court's or a helper's hands made: which are checklist documents, and what their layouts say.

1. A bankruptcy court's papers (the debtor's Schedule I of income, the order confirming a Chapter 13 plan), a
   debtor's attorney's and a union's cover letters, an IRS Form 1099-R and a rideshare driver's weekly earnings
   summary are other papers: no pay stub, hardship letter, application or award letter.
2. A petition for divorce, its marriage "irretrievably broken", is no decree; the court's final divorce order is.
3. A credit union's member statement is a bank statement; a borrower's letter to a community bank is a hardship
   letter, no bank statement; a bank's "Personal Financial Statement" asking for loan assistance is an application.
4. A letter whose pages print "Page 1 of 2" / "Page 2 of 2" on a footer line of their own is one letter, its
   second page holding only the close and the name.
5. Pay stubs: a tax named "NJ gross income tax" is no gross pay, and a row of tiles captioned "CURRENT GROSS
   CURRENT NET  YTD GROSS  YTD NET" gives each figure to its own caption; a payroll voucher's earnings table
   ends in a total row with no label, and an "Adjustments to Net Pay" heading is no net pay; "Total pay" is
   the gross.
6. File names: a scanner's or camera's image counter and a fax server's sender number name no loan.
7. Bank statements: a logo's name stands over its "FEDERAL CREDIT UNION" though the title beside it comes
   between them in the text; a combined statement's summary table gives the checking account's balances, not
   the savings section's on the next page.
8. Applications: a credit union's two columns of answers, the member's left and the joint member's right, the
   household line summing both; figures set a little left of their "APPLICANT | CO-APPLICANT | TOTAL"
   headings, the total column not added again; answers written under questions listing their options; an
   income table coded by a printed legend; a two-column form whose right column's answer stands level with
   the left column's label.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read, one_document_fields, values_of
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, draw_text, pen_signature, placed_text_pdf, text_pdf

RECEIVED = date(2047, 8, 6)

# --- which papers are documents --------------------------------------------------------------------------

SCHEDULE_I = [[
    "Fill in this information to identify your case:",
    "Debtor 1 Rebecca Ann Tolliver",
    "Debtor 2 (Spouse, if filing)",
    "United States Bankruptcy Court for the: District of Oregon",
    "Case number 47-31882-tmr13",
    "Official Form 106I",
    "Schedule I: Your Income 12/15",
    "Part 1: Describe Employment",
    "1. Fill in your employment information. Debtor 1 Debtor 2 or non-filing spouse",
    "Occupation Dental hygienist",
    "Employer's name Willamette Family Dental",
    "How long employed there? 6 years",
    "Part 2: Give Details About Monthly Income",
    "2. List monthly gross wages, salary, and commissions (before all payroll deductions). $ 4,310.00",
    "3. Estimate and list monthly overtime pay. + $ 0.00",
    "4. Calculate gross income. Add line 2 + line 3. $ 4,310.00",
    "5. List all payroll deductions: 5a. Tax, Medicare, and Social Security deductions $ 702.18",
    "6. Add the payroll deductions. $ 902.18",
    "7. Calculate total monthly take-home pay. Subtract line 6 from line 4. $ 3,407.82",
], [
    "Debtor 1 Rebecca Ann Tolliver Case number 47-31882-tmr13",
    "8. List all other income regularly received:",
    "8a. Net income from rental property $ 0.00",
    "8e. Social Security $ 0.00",
    "10. Calculate monthly income. Add line 7 + line 9. $ 3,407.82",
    "12. Add the amount in the last column of line 10 to the amount in line 11. $ 3,407.82",
    "13. Do you expect an increase or decrease within the year after you file this form? No.",
    "Official Form 106I Schedule I: Your Income page 2",
]]
CONFIRMATION = [[
    "UNITED STATES BANKRUPTCY COURT",
    "EASTERN DISTRICT OF MICHIGAN - SOUTHERN DIVISION",
    "In re: Darnell K. Whitfield and Lorraine Whitfield, Debtors. Case No. 47-44218 Chapter 13",
    "ORDER CONFIRMING CHAPTER 13 PLAN",
    "The Debtors' Chapter 13 plan was filed on March 3, 2047. Notice was given to all creditors.",
    "The Court finds that the plan meets the requirements of 11 U.S.C. 1325.",
    "It is hereby ORDERED that the plan is confirmed.",
    "The Debtors shall pay the Trustee $1,180.00 per month for 60 months.",
    "The Trustee shall pay the ongoing mortgage payment to Lakeshore Home Loans as it comes due,",
    "and the prepetition arrearage of $14,206.33 through the plan.",
    "The Debtors, who fell behind on the mortgage after a hardship, may seek loss mitigation and a loan",
    "modification with Lakeshore Home Loans; the plan's mortgage payment changes if one is approved.",
    "The Debtors shall not incur new debt without the Trustee's consent.",
    "Signed on June 12, 2047",
    "Hon. Priya S. Raman",
    "United States Bankruptcy Judge",
]]
ATTORNEY = [[
    "HOLLOWAY & PEARCE, P.C.",
    "Consumer Bankruptcy - 410 Elm Street, Suite 3, Dayton, OH 45402 - (937) 555-0184",
    "July 18, 2047",
    "Lakeshore Home Loans - Loss Mitigation Department",
    "PO Box 7700, Troy, MI 48099",
    "Re: Darnell K. Whitfield and Lorraine Whitfield - Loan number 0048172290 - Case No. 47-44218",
    "Dear Sir or Madam:",
    "This office represents the above-named debtors in their Chapter 13 case.",
    "Enclosed please find their mortgage assistance application, two recent pay stubs for each,",
    "their bank statements for May and June, and their hardship letter.",
    "Our clients ask to be reviewed for a loan modification through the court's mortgage mediation program.",
    "Please send all correspondence about the loan to this office.",
    "Very truly yours,",
    "Marion T. Holloway",
    "HOLLOWAY & PEARCE, P.C., Attorneys for the Debtors",
]]
UNION = [[
    "UNITED FOOD & CANNERY WORKERS LOCAL 882",
    "Member Assistance Program - 25 Harbor Road, Stockton, CA 95202",
    "August 2, 2047",
    "Lakeshore Home Loans, Attn: Homeowner Assistance",
    "Re: Member Oswaldo R. Quintanilla, loan ending 2290",
    "To the homeowner assistance team:",
    "On behalf of our member, we enclose the papers listed below, which he asked us to send",
    "with his permission after the plant's seasonal layoff.",
    "Enclosures:",
    "- Mortgage Assistance Application (Form 710)",
    "- Two pay stubs from Valley Fresh Packing",
    "- Unemployment benefit award letter",
    "- Hardship letter signed by the member",
    "Please direct questions about the enclosed papers to me at (209) 555-0127.",
    "Gloria M. Esparza, Member Assistance Coordinator",
]]
FORM_1099R = [[
    "CORRECTED (if checked)",
    "PAYER'S name, street address, city or town, state or province, country, ZIP",
    "MERIDIAN TEACHERS RETIREMENT SYSTEM, 100 Capitol Way, Olympia, WA 98504",
    "Form 1099-R Distributions From Pensions, Annuities, Retirement or Profit-Sharing Plans,",
    "IRAs, Insurance Contracts, etc. 2046",
    "PAYER'S TIN 91-6004421 RECIPIENT'S TIN ***-**-4471",
    "1 Gross distribution $ 26,412.00",
    "2a Taxable amount $ 26,412.00",
    "4 Federal income tax withheld $ 2,641.20",
    "7 Distribution code(s) 7",
    "RECIPIENT'S name Harold W. Brennecke",
    "Street address 88 Cedar Loop, Tumwater, WA 98512",
    "Copy B Report this income on your federal tax return.",
    "This information is being furnished to the IRS.",
]]
RIDESHARE = [[
    "Zipply",
    "Weekly earnings summary",
    "Pay period July 14 - July 20, 2047",
    "Driver: Kwame A. Oduya",
    "Online hours 38.5 Trips 71",
    "Fares $1,142.60",
    "Tips $96.00",
    "Gross earnings $1,238.60",
    "Service fee -$285.65",
    "Year to date gross earnings $24,310.77",
    "Paid on July 22, 2047 to bank account ending 4410: $952.95",
    "You drive as an independent contractor. Zipply does not withhold income or payroll taxes.",
    "Keep this summary for your records.",
]]
PETITION = [[
    "IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT IN AND FOR MIAMI-DADE COUNTY, FLORIDA",
    "FAMILY DIVISION - Case No. 2047-011842-FC-04",
    "In re the marriage of:",
    "ANDREA P. VILLANUEVA, Petitioner/Wife, and MARCUS T. VILLANUEVA, Respondent/Husband.",
    "PETITION FOR DISSOLUTION OF MARRIAGE",
    "1. The parties were married on May 14, 2031 in Miami, Florida.",
    "2. The Wife has been a resident of Florida for more than six months.",
    "3. The marriage between the parties is irretrievably broken.",
    "4. The parties own a home at 1420 SW 8th Terrace, Miami, Florida, subject to a mortgage.",
    "5. The parties have made an agreement of the parties as to the home, to be filed with the Court.",
    "WHEREFORE the Wife asks the Court to dissolve the marriage.",
    "Dated March 9, 2047",
    "Andrea P. Villanueva, Petitioner",
]]
DECREE = [[
    "STATE OF MINNESOTA DISTRICT COURT",
    "COUNTY OF HENNEPIN FOURTH JUDICIAL DISTRICT",
    "Case Type: Dissolution without Children - Court File No. 27-FA-47-2210",
    "In re the Marriage of: Jolene M. Fairbanks, Petitioner, and Curtis L. Fairbanks, Respondent.",
    "FINAL DIVORCE ORDER",
    "This matter came before the Court on May 22, 2047. The Court has read the file and heard the parties.",
    "IT IS HEREBY ORDERED AND DECREED:",
    "1. The marriage of the parties is dissolved, and the marriage is dissolved as of the date of this Order.",
    "2. Petitioner is awarded the homestead at 3307 Penn Avenue North, Minneapolis, and shall pay the mortgage.",
    "3. Respondent shall sign a quitclaim of his interest in the homestead within 30 days.",
    "4. Respondent shall pay spousal maintenance of $650.00 per month for 36 months.",
    "BY THE COURT:",
    "Judge of District Court, May 22, 2047",
]]
MEMBER_STATEMENT = [[
    "MEMBER STATEMENT",
    "Statement date 07/31/2047 Member number 228104",
    "Eliana R. Mbeki",
    "714 Larch Street",
    "Spokane, WA 99201",
    "Page 1 of 1",
    "Share Draft Checking - account ending 0412",
    "Previous balance 1,204.77",
    "07/01 Payroll deposit Inland Freight Co 1,866.40",
    "07/03 Debit card Yoke's Fresh Market -142.18",
    "07/15 Payroll deposit Inland Freight Co 1,866.40",
    "07/20 Transfer to Regular Share Savings -200.00",
    "New balance 4,595.21",
    "Regular Share Savings - account ending 0001",
    "Previous balance 812.40 Deposits 200.00 Dividends 0.68 New balance 1,013.08",
    "Cascade Ridge Credit Union - PO Box 3300, Spokane, WA 99220 - Federally insured by NCUA",
]]
LETTER_TO_BANK = [[
    "July 28, 2047",
    "HARBOR POINT COMMUNITY BANK",
    "Attn: Mortgage Department, 12 Wharf Street, Gloucester, MA 01930",
    "Re: our home loan, 9 Tarr Lane",
    "To the people at the bank,",
    "We have banked with you for eleven years. This spring my husband's boat was laid up for repairs",
    "for four months and he had no catch to sell. We fell behind on the house in April and May.",
    "He is fishing again and we can pay from now on, but we cannot pay the missed months all at once.",
    "We ask the bank to add what we owe to the end of the loan or lower the payment for a while.",
    "With thanks,",
    "Theresa and Paul Amaral",
]]
PFS_FORM = [[
    "NORTHFIELD SAVINGS BANK",
    "PERSONAL FINANCIAL STATEMENT",
    "Request for Mortgage Loan Assistance",
    "Complete both pages. Applicant / Co-Applicant each give their own figures.",
    "Applicant name Gregory L. Okafor Co-Applicant name Simone Okafor",
    "Property address 18 Birch Hollow Road, Montpelier, VT 05602",
    "Mortgage loan number with this bank 4400718823",
    "Reason for this request: reduced hours at work",
    "MONTHLY INCOME APPLICANT CO-APPLICANT TOTAL",
    "Salary / wages (gross) 3,813.33 2,150.00 5,963.33",
    "Net rental income 260.00 260.00 520.00",
    "Signature of Applicant Date Signature of Co-Applicant Date",
]]


def _types(reader: PageReader, tmp_path: Path, papers: dict[str, list[list[str]]]) -> dict[str, list[str]]:
    """Each paper, a text PDF of its own, read as the pipeline reads it: its documents' types."""
    found = {}
    for name, pages in papers.items():
        path = tmp_path / f"{name}.pdf"
        text_pdf(pages, path)
        found[name] = [d.type for d in documents_read(reader, path, RECEIVED)]
    return found


def test_court_papers_cover_letters_and_tax_forms_are_no_checklist_documents(reader: PageReader,
                                                                              tmp_path: Path) -> None:
    """A schedule's wages are no pay stub, an order's talk of a hardship no letter, a cover letter naming Form
    710 no application, a 1099-R's pension no award, and a gig summary that withholds nothing no pay stub."""
    papers = {"schedule_i": SCHEDULE_I, "confirmation": CONFIRMATION, "attorney": ATTORNEY, "union": UNION,
              "form_1099r": FORM_1099R, "rideshare": RIDESHARE}
    assert _types(reader, tmp_path, papers) == {
        "schedule_i": ["other"], "confirmation": ["other"], "attorney": ["other"], "union": ["other"],
        "form_1099r": ["other"], "rideshare": ["other"]}


def test_a_divorce_petition_is_no_decree_but_the_final_order_is(reader: PageReader, tmp_path: Path) -> None:
    """Only the court's decree, judgment or order ends the marriage; the petition asks for it."""
    assert _types(reader, tmp_path, {"petition": PETITION, "decree": DECREE}) == {
        "petition": ["other"], "decree": ["divorce_decree"]}


def test_a_credit_unions_statement_a_letter_to_a_bank_and_a_banks_own_form(reader: PageReader,
                                                                           tmp_path: Path) -> None:
    """A member statement's dividends are a credit union's; a bank's name heading a borrower's letter makes no
    statement; a bank's personal financial statement for loan assistance is its application."""
    papers = {"member": MEMBER_STATEMENT, "letter": LETTER_TO_BANK, "pfs": PFS_FORM}
    assert _types(reader, tmp_path, papers) == {
        "member": ["bank_statement"], "letter": ["hardship_letter"], "pfs": ["mortgage_assistance_application"]}


TWO_PAGE_LETTER = [[
    "August 3, 2047",
    "Greenbriar Mortgage Services, Loss Mitigation",
    "RE: Loan 0071442908 - 56 Quarry Road, Barre, VT 05641",
    "Dear Sir or Madam,",
    "I am writing to explain why I fell behind on my mortgage payment this year.",
    "In March the granite works where I was a polisher cut my shift to three days a week.",
    "My income dropped by a third and I used my savings to pay the mortgage until June.",
    "I have since found a second job on weekends, and my hours at the works are coming back.",
    "I am asking for a loan modification so that I can catch up and keep my home.",
    "Thank you for considering my request.",
    "",
    "Page 1 of 2",
], [
    "Sincerely,",
    "Wendell J. Paquette",
    "",
    "Page 2 of 2",
]]


def test_a_letters_own_page_footer_keeps_its_closing_page(reader: PageReader, tmp_path: Path) -> None:
    """A "Page 1 of 2" alone on its line is the letter's own count, not a fax stamp's count of the file's
    pages: the page with only the close and the name is the letter's second."""
    path = tmp_path / "letter.pdf"
    text_pdf(TWO_PAGE_LETTER, path)
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, [p.page for p in d.pages]) for d in documents] == [("hardship_letter", [1, 2])]


# --- pay stubs -------------------------------------------------------------------------------------------

STUB_FIELDS = ("gross_current", "gross_ytd", "net_current")


def _public_stub(path: Path) -> Path:
    """A state payroll's stub: a deductions row for "NJ gross income tax", then a row of four tiles, each
    caption at its tile's top left, its figure lower and flush right in the tile."""
    tiles: list[Ink] = []
    for n, (caption, figure) in enumerate((("CURRENT GROSS", "2,124.25"), ("CURRENT NET", "1,475.02"),
                                           ("YTD GROSS", "24,028.00"), ("YTD NET", "16,684.10"))):
        left = 44 + 134 * n
        tiles += [Ink(left, 400, caption, 8), Ink(left + 126, 412, figure, 10, align="r")]
    rows = (("Federal income tax", "201.40", "2,278.10"), ("NJ gross income tax", "53.11", "600.70"),
            ("Social Security", "131.70", "1,489.74"), ("Medicare", "30.80", "348.41"),
            ("PERS pension", "159.32", "1,802.15"), ("Health benefits", "72.90", "824.80"))
    deductions = [ink for n, (label, current, ytd) in enumerate(rows) for ink in (
        Ink(44, 224 + 14 * n, label), Ink(340, 224 + 14 * n, current, align="r"),
        Ink(470, 224 + 14 * n, ytd, align="r"))]
    headings = [Ink(x, y, text, 9, "Helvetica-Bold") for y in (160, 210)
                for x, text in ((300, "CURRENT"), (420, "YEAR TO DATE"))]
    return placed_text_pdf(path, [[
        Ink(44, 60, "STATE OF NEW JERSEY - DEPARTMENT OF THE TREASURY", 11, "Helvetica-Bold"),
        Ink(44, 76, "Centralized Payroll - Employee Earnings Statement", 10),
        Ink(44, 100, "Employee: Lucinda M. Ferreira-Haynes"), Ink(330, 100, "Employee ID 0048821"),
        Ink(44, 114, "Agency: Department of Transportation"), Ink(330, 114, "Pay date 07/28/2047"),
        Ink(44, 128, "Pay period 07/05/2047 - 07/18/2047"), Ink(330, 128, "Pay frequency Biweekly"),
        *headings, Ink(44, 160, "EARNINGS", 9, "Helvetica-Bold"), Ink(44, 210, "DEDUCTIONS", 9, "Helvetica-Bold"),
        Ink(44, 174, "Regular salary"), Ink(340, 174, "2,124.25", align="r"), Ink(470, 174, "24,028.00", align="r"),
        *deductions, *tiles,
    ]])


def _voucher(path: Path) -> Path:
    """A small business's payroll check voucher: tables whose total rows carry no label, then the
    adjustments to net pay, then the net pay."""
    inks = [Ink(44, 60, "Lakeview Veterinary Clinic, LLC", 11, "Helvetica-Bold"),
            Ink(44, 74, "2210 Shore Drive, Sheboygan, WI 53081", 9),
            Ink(44, 100, "Payroll Check Voucher", 10, "Helvetica-Bold"),
            Ink(44, 120, "Employee: Dalia F. Voss"), Ink(330, 120, "Pay Period: 07/01/2047 - 07/14/2047"),
            Ink(330, 134, "Pay Date: 07/19/2047")]

    def row(y: float, label: str, *cells: tuple[float, str]) -> None:
        if label:
            inks.append(Ink(44, y, label, 9))
        inks.extend(Ink(x, y, text, 9, align="r") for x, text in cells)

    row(160, "Earnings and Hours", (250, "Qty"), (320, "Rate"), (420, "Current"), (520, "YTD Amount"))
    row(174, "Hourly Rate", (250, "80:00"), (320, "22.00"), (420, "1,760.00"), (520, "12,320.00"))
    row(188, "Overtime Rate", (250, "2:00"), (320, "22.00"), (420, "44.00"), (520, "250.25"))
    row(202, "", (250, "82:00"), (420, "1,804.00"), (520, "12,570.25"))
    row(230, "Taxes", (420, "Current"), (520, "YTD Amount"))
    for n, (name, current, ytd) in enumerate((("Federal Withholding", "-138.00", "-961.00"),
                                              ("Social Security Employee", "-109.00", "-759.34"),
                                              ("Medicare Employee", "-25.49", "-177.59"),
                                              ("WI - Withholding", "-45.92", "-320.73"))):
        row(244 + 14 * n, name, (420, current), (520, ytd))
    row(318, "", (420, "-318.41"), (520, "-2,218.66"))
    row(346, "Adjustments to Net Pay", (420, "Current"), (520, "YTD Amount"))
    row(360, "Health Ins (pre-tax)", (420, "-46.00"), (520, "-322.00"))
    row(388, "Net Pay", (420, "1,439.59"), (520, "10,029.59"))
    return placed_text_pdf(path, [inks])


def _total_pay_stub(path: Path) -> Path:
    """A hospital's stub whose earnings table ends in "Total pay"."""
    inks = [Ink(44, 60, "Harrowgate Regional Medical Center", 11, "Helvetica-Bold"),
            Ink(44, 76, "Earnings statement", 10),
            Ink(44, 100, "Employee Anselm K. Ortiga"), Ink(330, 100, "Pay date 07/25/2047"),
            Ink(44, 114, "Period 07/06/2047 to 07/19/2047"), Ink(330, 114, "Department Radiology")]
    rows = ((150, "PAY", "Hours", "Rate", "This period", "Year to date"),
            (164, "Regular", "80.00", "27.75", "2,220.00", "35,520.00"),
            (178, "Shift differential", "", "", "35.80", "465.80"),
            (192, "Total pay", "", "", "2,255.80", "35,985.80"),
            (226, "DEDUCTIONS", "", "", "This period", "Year to date"),
            (240, "Federal income tax", "", "", "212.33", "3,388.61"),
            (254, "Social Security", "", "", "139.86", "2,231.12"),
            (268, "Medicare", "", "", "32.71", "521.79"),
            (282, "Retirement 403(b)", "", "", "112.79", "1,799.29"),
            (310, "Net pay", "", "", "1,758.11", "28,044.99"))
    for y, label, *figures in rows:
        font = "Helvetica-Bold" if label.isupper() or label == "Net pay" else "Helvetica"
        inks.append(Ink(44, y, label, 9, font))
        inks += [Ink(x, y, figure, 9, font, "r")
                 for x, figure in zip((250, 320, 430, 530), figures, strict=True) if figure]
    return placed_text_pdf(path, [inks])


def test_a_tax_named_gross_income_is_no_gross_pay_and_tiles_keep_their_figures(reader: PageReader,
                                                                               tmp_path: Path) -> None:
    """"NJ gross income tax 53.11" names a tax; "CURRENT GROSS" is not qualified by the next tile's "YTD"."""
    fields = one_document_fields(reader, _public_stub(tmp_path / "stub.pdf"), RECEIVED, "pay_stub")
    assert values_of(fields, *STUB_FIELDS) == {"gross_current": Decimal("2124.25"), "gross_ytd": Decimal("24028.00"),
                                              "net_current": Decimal("1475.02")}


def test_a_vouchers_unlabelled_earnings_total_and_its_net_pay(reader: PageReader, tmp_path: Path) -> None:
    """The figures alone under the earnings rows are the gross; the adjustments' heading is no net pay."""
    fields = one_document_fields(reader, _voucher(tmp_path / "voucher.pdf"), RECEIVED, "pay_stub")
    assert values_of(fields, *STUB_FIELDS) == {"gross_current": Decimal("1804.00"), "gross_ytd": Decimal("12570.25"),
                                              "net_current": Decimal("1439.59")}


def test_total_pay_is_the_gross(reader: PageReader, tmp_path: Path) -> None:
    """A stub printing neither "gross" nor "earnings" totals its pay as "Total pay"."""
    fields = one_document_fields(reader, _total_pay_stub(tmp_path / "stub.pdf"), RECEIVED, "pay_stub")
    assert fields["gross_current"].value == Decimal("2255.80")


# --- file names ------------------------------------------------------------------------------------------


def test_a_devices_counter_and_a_fax_senders_number_name_no_loan() -> None:
    """A scanner's or camera's image count and a fax server's sending number before its date stamp are the
    device's; a loan-number-sized run after "scan_", before a word or before a date stamp is the loan's."""
    from lossmit_docs.judging.cases import loan_in_file_name

    names = ["CentroCampesino_scan_021947.pdf", "IMG_004512.pdf", "7022550188_20470724_1047.pdf",
             "scan_0012345678.pdf", "0012345678_paystub.pdf", "0012345678_20470724.pdf"]
    assert {name: loan_in_file_name(name) for name in names} == {
        "CentroCampesino_scan_021947.pdf": None, "IMG_004512.pdf": None, "7022550188_20470724_1047.pdf": None,
        "scan_0012345678.pdf": "0012345678", "0012345678_paystub.pdf": "0012345678",
        "0012345678_20470724.pdf": "0012345678"}


# --- bank statements -------------------------------------------------------------------------------------


def _logo_statement(path: Path) -> Path:
    """A large "Brightwater" over "FEDERAL CREDIT UNION", the title's three lines at the logo's right: in the
    text the title's lines stand between the logo's two."""
    return placed_text_pdf(path, [[
        Ink(44, 72, "Brightwater", 30, "Helvetica-Bold"),
        Ink(360, 46, "MEMBER ACCOUNT STATEMENT", 13, "Helvetica-Bold"),
        Ink(360, 59, "Statement period 07/01/2047 - 07/31/2047", 9),
        Ink(360, 71, "Member number 77120", 9),
        Ink(44, 86, "FEDERAL CREDIT UNION", 9, "Helvetica-Bold"),
        Ink(44, 110, "Ingrid S. Halvorsen"), Ink(44, 123, "402 Pelican Court"), Ink(44, 136, "Sarasota, FL 34236"),
        Ink(360, 123, "Account ending 3381"),
        Ink(44, 170, "SHARE DRAFT CHECKING", 10, "Helvetica-Bold"),
        Ink(44, 186, "Beginning balance"), Ink(540, 186, "1,118.42", align="r"),
        Ink(44, 200, "Deposits and other credits"), Ink(540, 200, "3,904.12", align="r"),
        Ink(44, 214, "Withdrawals and other debits"), Ink(540, 214, "-3,377.09", align="r"),
        Ink(44, 228, "Ending balance"), Ink(540, 228, "1,645.45", align="r"),
        Ink(44, 260, "07/02 Payroll deposit Gulfside Marine Supply"), Ink(540, 260, "1,952.06", align="r"),
        Ink(44, 274, "07/05 ACH Harborlight Mortgage payment"), Ink(540, 274, "-1,488.00", align="r"),
        Ink(44, 288, "07/16 Payroll deposit Gulfside Marine Supply"), Ink(540, 288, "1,952.06", align="r"),
        Ink(44, 302, "07/21 Debit card Publix"), Ink(540, 302, "-1,889.09", align="r"),
        Ink(44, 740, "Federally insured by NCUA", 7),
    ]])


def _combined_statement(path: Path) -> Path:
    """A checking and a savings account on one statement: a summary table of both, the savings section's
    balances on page 2."""
    def cells(y: float, *items: tuple[float, str]) -> list[Ink]:
        return [Ink(x, y, text, 9, align="r" if x > 300 else "l") for x, text in items]

    return placed_text_pdf(path, [[
        Ink(44, 60, "Cornerstone Savings Bank", 14, "Helvetica-Bold"),
        Ink(44, 80, "Combined Statement", 11, "Helvetica-Bold"), Ink(360, 80, "July 1, 2047 - July 31, 2047", 9),
        Ink(44, 104, "Tobias R. Engstrom"), Ink(44, 117, "91 Millpond Road, Keene, NH 03431"),
        Ink(44, 150, "Summary of accounts", 10, "Helvetica-Bold"),
        *cells(166, (44, "Account"), (190, "Account number"), (440, "Beginning balance"), (540, "Ending balance")),
        *cells(180, (44, "Everyday Checking"), (190, "XXXXXX4471"), (440, "$2,410.55"), (540, "$5,645.73")),
        *cells(194, (44, "Statement Savings"), (190, "XXXXXX9902"), (440, "$5,200.00"), (540, "$5,301.52")),
        Ink(44, 230, "Everyday Checking", 10, "Helvetica-Bold"),
        *cells(246, (44, "07/01 Direct deposit Keene Valley Schools"), (540, "2,318.40")),
        *cells(260, (44, "07/03 Mortgage payment Granite State Home Loans"), (540, "-1,402.11")),
        *cells(274, (44, "07/15 Direct deposit Keene Valley Schools"), (540, "2,318.40")),
        *cells(288, (44, "07/22 Transfer to Statement Savings"), (540, "-100.00")),
        *cells(302, (44, "07/28 Check 1042"), (540, "100.49")),
        Ink(44, 760, "Member FDIC", 7), Ink(500, 760, "Page 1 of 2", 7),
    ], [
        Ink(44, 60, "Cornerstone Savings Bank - Combined Statement", 9),
        Ink(44, 90, "Statement Savings", 10, "Helvetica-Bold"),
        *cells(106, (44, "Beginning balance $5,200.00 Ending balance $5,301.52")),
        *cells(130, (44, "07/22 Transfer from Everyday Checking"), (540, "100.00")),
        *cells(144, (44, "07/31 Interest paid"), (540, "1.52")),
        Ink(44, 760, "Member FDIC", 7), Ink(500, 760, "Page 2 of 2", 7),
    ]])


def test_a_logos_name_over_its_credit_unions_kind(reader: PageReader, tmp_path: Path) -> None:
    """The logo's word right above "FEDERAL CREDIT UNION" and flush with it is the name, whatever the text's
    line order puts between them."""
    fields = one_document_fields(reader, _logo_statement(tmp_path / "statement.pdf"), RECEIVED, "bank_statement")
    assert str(fields["bank_name"].value).lower() == "brightwater federal credit union"


def test_a_combined_statements_summary_table_gives_the_checking_accounts_balances(reader: PageReader,
                                                                                  tmp_path: Path) -> None:
    """Two rows under "Beginning balance | Ending balance" are two accounts: the checking account's are read,
    not the savings section's own line."""
    fields = one_document_fields(reader, _combined_statement(tmp_path / "combined.pdf"), RECEIVED, "bank_statement")
    assert values_of(fields, "beginning_balance", "ending_balance") == {
        "beginning_balance": Decimal("2410.55"), "ending_balance": Decimal("5645.73")}


# --- applications ----------------------------------------------------------------------------------------

LEFT, RIGHT = 60.0, 330.0
APPLICATION = "mortgage_assistance_application"


def _member_request(path: Path) -> Path:
    """A credit union's request in two columns of answers, each under its numbered question: the member's on
    the left, the joint member's on the right; both sign over their captions."""
    pdf = canvas.Canvas(str(path), pagesize=letter)

    def asked(y: float, question: str, member: str, joint: str = "") -> None:
        draw_text(pdf, LEFT, y, question, 9)
        draw_text(pdf, LEFT, y + 14, member, 10, "Courier")
        if joint:
            draw_text(pdf, RIGHT, y + 14, joint, 10, "Courier")

    def headings(y: float) -> None:
        draw_text(pdf, LEFT, y, "MEMBER (primary borrower)", 9, "Helvetica-Bold")
        draw_text(pdf, RIGHT, y, "JOINT MEMBER (co-borrower, if any)", 9, "Helvetica-Bold")

    draw_text(pdf, 46, 50, "CASCADIA MEMBERS CREDIT UNION", 12, "Helvetica-Bold")
    draw_text(pdf, 46, 66, "MEMBER FINANCIAL HARDSHIP REQUEST", 11, "Helvetica-Bold")
    draw_text(pdf, 46, 84, "Answer each question on the line under it. Where a question has two answers,", 8)
    draw_text(pdf, 46, 94, "the MEMBER (primary borrower) answers on the left and the JOINT MEMBER (co-borrower) "
                           "on the right.", 8)
    headings(118)
    asked(140, "1. Mortgage loan number", "7710042219")
    asked(172, "2. Address of the property", "2208 Alder Crest Drive, Bellingham, WA 98226")
    asked(204, "3. Full legal name", "Rebecca J. Lindqvist", "Tomas A. Lindqvist")
    asked(236, "4. Last four digits of Social Security number", "1180", "3302")
    asked(268, "5. Best phone number", "(360) 555-0143", "(360) 555-0178")
    asked(300, "6. Employer", "Whatcom County Library", "Bayview Boatworks")
    asked(332, "7. Describe your hardship", "Tomas's hours were cut when the yard lost a contract.")
    asked(364, "8. When did the hardship begin? (mm/dd/yyyy)", "03/01/2047")
    draw_text(pdf, 46, 760, "CMCU-HR-2 (04/2047)   Page 1 of 2", 7)
    pdf.showPage()
    draw_text(pdf, 46, 50, "MEMBER FINANCIAL HARDSHIP REQUEST - MONTHLY INCOME", 11, "Helvetica-Bold")
    draw_text(pdf, 46, 66, "Gross monthly amounts, before taxes and deductions.", 8)
    headings(90)
    y = 112.0
    for question, member, joint in (
            ("13. Wages, salary, overtime, tips and bonuses (gross)", "$ 4,412.50", "$ 4,307.33"),
            ("14. Self-employment income (net)", "$", "$"), ("15. Unemployment benefits", "$", "$"),
            ("16. Social Security, pension or disability (taxable)", "$", "$"),
            ("17. Non-taxable Social Security, SSI or disability", "$", "$"), ("18. Rental income (net)", "$", "$"),
            ("19. Child support or alimony", "$", "$"), ("20. Other income", "$", "$"),
            ("21. Total monthly income of each member (add 13 through 20)", "$ 4,412.50", "$ 4,307.33"),
            ("22. Combined household income each month", "$ 8,719.83", "")):
        asked(y, question, member, joint)
        y += 32
    draw_text(pdf, 46, y + 10, "I certify that the information in this request is true and complete.", 8)
    pdf.setLineWidth(0.5)
    for x in (LEFT, RIGHT):
        draw_text(pdf, x + 150, y + 46, "08/02/2047", 10, "Courier")
        pdf.line(x, letter[1] - y - 51, x + 230, letter[1] - y - 51)
        draw_text(pdf, x + 150, y + 60, "Date", 8)
    pen_signature(pdf, LEFT, y + 48, 120)
    pen_signature(pdf, RIGHT, y + 48, 110)
    draw_text(pdf, LEFT, y + 60, "Member signature", 8)
    draw_text(pdf, RIGHT, y + 60, "Joint member signature", 8)
    draw_text(pdf, 46, 760, "CMCU-HR-2 (04/2047)   Page 2 of 2", 7)
    pdf.showPage()
    pdf.save()
    return path


def test_a_credit_unions_member_and_joint_member_columns(reader: PageReader, tmp_path: Path) -> None:
    """"MEMBER (primary borrower)" heads the first person's column, no label of a name; the household's line
    holds both members' wages; "Member signature" is the borrower's."""
    fields = one_document_fields(reader, _member_request(tmp_path / "request.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "co_borrower_name", "ssn_last4", "income.wages", "income.total",
                     "signed") == {
        "borrower_name": "Rebecca J. Lindqvist", "co_borrower_name": "Tomas A. Lindqvist", "ssn_last4": "1180",
        "income.wages": Decimal("8719.83"), "income.total": Decimal("8719.83"), "signed": True}


def _financial_statement(path: Path) -> Path:
    """A bank's personal financial statement whose figures end just left of their column's heading."""
    heads = (("APPLICANT", 300.0), ("CO-APPLICANT", 380.0), ("TOTAL", 490.0))
    inks = [Ink(44, 50, "NORTHFIELD SAVINGS BANK", 12, "Helvetica-Bold"),
            Ink(44, 66, "PERSONAL FINANCIAL STATEMENT", 11, "Helvetica-Bold"),
            Ink(44, 80, "Request for Mortgage Loan Assistance", 10),
            Ink(44, 104, "Applicant name"), Ink(170, 104, "Gregory L. Okafor", 10, "Courier"),
            Ink(44, 118, "Co-Applicant name"), Ink(170, 118, "Simone Okafor", 10, "Courier"),
            Ink(44, 132, "Property address"),
            Ink(170, 132, "18 Birch Hollow Road, Montpelier, VT 05602", 10, "Courier"),
            Ink(44, 146, "Mortgage loan number with this bank 4400718823"),
            Ink(44, 180, "MONTHLY INCOME", 9, "Helvetica-Bold"),
            *(Ink(x, 180, heading, 9, "Helvetica-Bold") for heading, x in heads)]
    rows = (("Salary / wages (gross)", "3,813.33", "", "3,813.33"), ("Overtime", "190.00", "", "190.00"),
            ("Net rental income", "260.00", "260.00", "520.00"), ("Other income", "", "", ""),
            ("TOTAL MONTHLY INCOME", "4,263.33", "260.00", "4,523.33"))
    for n, (label, *figures) in enumerate(rows):
        inks.append(Ink(44, 196 + 14 * n, label))
        inks += [Ink(x - 4, 196 + 14 * n, figure, 9.5, "Courier", "r")
                 for (_, x), figure in zip(heads, figures, strict=True) if figure]
    inks += [Ink(44, 290, "MONTHLY EXPENSES", 9, "Helvetica-Bold"), Ink(44, 304, "First mortgage payment"),
             Ink(296, 304, "1,642.10", 9.5, "Courier", "r"),
             Ink(44, 340, "Reason for this request"),
             Ink(170, 340, "Simone's hours at the clinic were cut.", 10, "Courier"),
             Ink(44, 400, "Applicant signature"), Ink(300, 400, "Co-Applicant signature")]
    return placed_text_pdf(path, [inks])


def test_figures_set_left_of_their_headings_and_a_loan_number_with_this_bank(reader: PageReader,
                                                                             tmp_path: Path) -> None:
    """The total column's figure, ending just left of "TOTAL", is the household's, not added to the applicant's
    again; the loan number stands past "with this bank"."""
    fields = one_document_fields(reader, _financial_statement(tmp_path / "pfs.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "loan_number", "income.wages", "income.rental") == {
        "loan_number": "4400718823", "income.wages": Decimal("4003.33"), "income.rental": Decimal("520.00")}


QUESTIONNAIRE = [
    "HARBORLINE BANK, N.A.",
    "MORTGAGE HARDSHIP QUESTIONNAIRE",
    "Print your answer on the line under each question.",
    "1. Mortgage loan number",
    "6610088421",
    "2. Borrower's full name",
    "Nadia K. Petrosyan",
    "3. Co-borrower's full name (if any)",
    "",
    "4. Address of the property",
    "77 Orchard Terrace, Fresno, CA 93704",
    "5. How is the property used? Write one: PRIMARY RESIDENCE, SECOND HOME, or RENTAL / INVESTMENT.",
    "PRIMARY RESIDENCE",
    "6. Is the property listed for sale?",
    "NO",
    "7. Which of these describe your hardship? Write every one that applies: LOST JOB / LESS INCOME / HIGHER",
    "HOUSING COSTS / DISASTER / ILLNESS OR DISABILITY / DIVORCE OR SEPARATION / SPLIT FROM",
    "UNMARRIED CO-OWNER / DEATH OF BORROWER OR EARNER / JOB TRANSFER / OTHER.",
    "LESS INCOME, DIVORCE OR SEPARATION",
    "8. On what date did the hardship begin? (mm/dd/yyyy)",
    "02/15/2047",
    "9. Describe what happened.",
    "My husband moved out in February and I now pay the mortgage from my salary alone.",
]


def test_answers_written_under_questions_that_list_their_options(reader: PageReader, tmp_path: Path) -> None:
    """The line under a question listing its options names the answer; the options' list, wrapped over lines
    of its own, is no answer."""
    path = tmp_path / "questionnaire.pdf"
    text_pdf([QUESTIONNAIRE], path, font_size=9.5)
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert fields["occupancy"].value == "primary_residence"
    assert set(fields["hardship_types"].value or []) == {"reduction_in_income", "divorce_or_separation"}


WORKOUT = [
    "PRAIRIE STATE HOME LENDING",
    "Loan Workout Application",
    "Loan number 3090417762",
    "Borrower name Dale R. Haugen",
    "Co-borrower name Marlene J. Haugen",
    "PART 3 - HOUSEHOLD INCOME",
    "List every source of income, one row each. Use the code for each source.",
    "SOURCE CODES: W = wages, salary, overtime, tips  S = self-employment (net)  U = unemployment",
    "T = taxable Social Security, pension, disability  N = non-taxable Social Security, SSI, disability",
    "R = rental (net)  I = investment/insurance  O = other (alimony, child support, other)",
    "CODE  WHO(B,C,BOTH)  PAYER/SOURCE  HOW OFTEN PAID  GROSS PER MONTH $",
    "W  B  LAKESIDE AUTO BODY  WEEKLY  3640.00",
    "T  C  SOCIAL SECURITY (SSDI)  MONTHLY  1342.00",
    "",
    "TOTAL GROSS MONTHLY INCOME  4,982.00",
]


def test_an_income_table_coded_by_its_legend(reader: PageReader, tmp_path: Path) -> None:
    """Each row's code names its kind through the printed legend; the legend's own words are no income."""
    path = tmp_path / "workout.pdf"
    text_pdf([WORKOUT], path, font_size=9.5)
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert values_of(fields, "income.wages", "income.benefits_taxable", "income.total") == {
        "income.wages": Decimal("3640.00"), "income.benefits_taxable": Decimal("1342.00"),
        "income.total": Decimal("4982.00")}


def _two_columns(path: Path) -> Path:
    """Two columns of labels over answers, spaced apart: the right column's date stands level with the left
    column's co-borrower label."""
    def asked(x: float, y: float, label: str, answer: str) -> list[Ink]:
        return [Ink(x, y, label, 8.5), Ink(x, y + 14, answer, 10, "Courier")]

    return placed_text_pdf(path, [[
        Ink(44, 50, "SILVERPINE LOAN SERVICING", 12, "Helvetica-Bold"),
        Ink(44, 66, "Request for Mortgage Assistance", 11, "Helvetica-Bold"),
        Ink(44, 80, "Print your answers in the space under each question.", 8),
        *asked(44, 104, "Borrower - full name", "Janelle T. Birdsong"),
        *asked(44, 140, "Co-borrower - full name (leave blank if none)", "Marcus D. Birdsong"),
        *asked(44, 176, "Property address", "4120 Quail Run Road, Tucson, AZ 85718"),
        *asked(44, 212, "Best phone number", "(520) 555-0196"),
        *asked(320, 104, "Loan number", "5512098834"),
        *asked(320, 126, "When did your hardship start? (mm/dd/yyyy)", "06/14/2047"),
        *asked(320, 162, "What caused your hardship?", "Reduced hours at work"),
        *asked(320, 198, "Is the property your primary residence?", "Yes"),
        Ink(44, 300, "Borrower signature"), Ink(320, 300, "Date"),
    ]])


def test_the_next_columns_answer_level_with_a_label_is_not_its_answer(reader: PageReader, tmp_path: Path) -> None:
    """The date beside "Co-borrower - full name" answers the question above it; the name is under the label."""
    fields = one_document_fields(reader, _two_columns(tmp_path / "form.pdf"), RECEIVED, APPLICATION)
    name = str(fields["co_borrower_name"].value)
    assert "".join(c for c in name.lower() if c.isalnum() or c == " ") == "marcus d birdsong"

