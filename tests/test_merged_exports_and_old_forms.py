"""Merged exports, old forms and households of many jobs: how their papers are told apart and read.

1. A document-management system's export stamps every page with its band ("... Exported 08/19/2047 | Page 3 of
   8") and a footer: the band's page count is the file's, not a paper's, so two two-page statements, a letter
   and a stub each stay one document; the export's index page is a paper of its own (no decree for naming one)
   and its "DOCUMENT COVER SHEET ... LOAN <number>" sheets are separators; the band's agency is no stub's
   employer nor a statement's bank.
2. A two-page pay stub whose address line ends "Page 1 of 2" / "Page 2 of 2" is one stub.
3. A fax server's file named by its date and then "FAX_" and the sender's number names no loan.
4. An old IRS Form 4506-T is no Form 4506-C (nor a W-2 for naming one): the case still lacks the 4506-C.
5. A servicer's form whose hardship reasons are coded "U1 unemployment ... H3 higher housing costs ... X8
   death" answers "H3" under "REASON CODE(S)": the code is read, and "X8" is no cross in a box; its income rows
   coded by a legend of "W = wages ..." entries with no "codes" title are read by it.
6. A counselor's intake summary's grid rows "Borrower  Dorian L. Whitlock  SSN last 4" / "Co-borrower  none".
7. A scanned stub's misread employee name is put right by the application's; a name is no name cut short at its
   initial ("DOLORES A."), nor run on into the next panel's caption ("Annika R. Treadway TIMESHEET").
8. An old form's captions ("SOC. SEC. NO.", "ADDRESS OF MORTGAGED PROPERTY") and its names written surname first
   ("Kowalczyk, Stanley J."); a receipt printer's narrow slip keeps its heading's words together.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from conftest import documents_read, one_document_fields, values_of
from lossmit_docs.judging.cases import loan_in_file_name
from lossmit_docs.judging.reconcile import reconcile
from lossmit_docs.model import Document, Field, Page, PageRef, TextMethod, Word
from lossmit_docs.reading.application_row_names import names_by_row_caption
from lossmit_docs.reading.page_text import before_gap
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.paper_names import person_name
from pdf_factory import text_pdf

RECEIVED = date(2047, 8, 20)

# --- 1. a merged export ------------------------------------------------------------------------------------


def _stamped(pages: list[list[str]]) -> list[list[str]]:
    count = len(pages)
    return [[f"HARBOR CREST HOUSING ALLIANCE Client ID: C-47-1187 Exported 08/19/2047 | Page {n} of {count}",
             *lines, f"CounselTrack 9.4 - confidential client record HCA-00{5388 + n}"]
            for n, lines in enumerate(pages, start=1)]


def _statement(month: str, last_day: int, opening: str, closing: str) -> list[list[str]]:
    return [[
        "Chesapeake Fidelity Bank",
        "PO Box 1200, Norfolk, VA 23501 Member FDIC",
        "CHECKING ACCOUNT STATEMENT Page 1 of 2",
        "Naomi J. Feldstein Account number ******3927",
        f"Statement period {month}/01/2047 through {month}/{last_day}/2047",
        f"Beginning balance ${opening}",
        "Deposits and other credits $2,072.60",
        "Withdrawals and other debits $1,300.00",
        f"Ending balance ${closing}",
    ], [
        "Chesapeake Fidelity Bank CHECKING ACCOUNT STATEMENT Page 2 of 2",
        "Date Description Withdrawals Deposits Balance",
        f"{month}/08 PAYROLL ELKHORN DISTRIB 2,072.60",
        f"{month}/15 ONLINE PAYMENT ELECTRIC 1,300.00",
        f"Daily ending balance {closing}",
    ]]


INDEX = [
    "INDEX OF DOCUMENTS",
    "Client ID C-47-1187 Borrower Naomi J. Feldstein Servicer loan no. 8836201157",
    "# Document Dated Pages Source",
    "1 Bank statement - Chesapeake Fidelity Bank 06/30/2047 2-3 uploaded",
    "2 Bank statement - Chesapeake Fidelity Bank 07/31/2047 4-5 uploaded",
    "3 Final decree of divorce 02/09/2047 - scanned",
    "4 Hardship letter 08/12/2047 7 uploaded",
    "5 Pay stub - Elkhorn Distribution Center 08/08/2047 8 scanned",
]
COVER = ["DOCUMENT COVER SHEET", "LoanDesk DMS - scan or file this sheet in front of the document",
         "HARDSHIP LETTER - Naomi J. Feldstein - 1 page", "LOAN 8836201157",
         "Do not remove. This sheet is not part of the client's documents."]
LETTER = [
    "Naomi J. Feldstein", "3305 Colonial Avenue, Norfolk, VA 23508", "August 12, 2047",
    "To whom it may concern:",
    "I am writing to explain my hardship. My divorce became final in February and my household income fell.",
    "I ask that you review my loan for a modification so that I can keep my home.",
    "Sincerely,", "Naomi J. Feldstein",
]
STUB = [
    "Elkhorn Distribution Center", "4100 Cargo Way, Suffolk, VA 23434",
    "EARNINGS STATEMENT",
    "Employee Name: Naomi J. Feldstein Employee ID: 44187",
    "Pay Period: 07/21/2047 - 08/03/2047 Pay Date: 08/08/2047 Pay Frequency: Biweekly",
    "Regular 80.00 hours at 25.9075",
    "Gross Pay: $2,072.60",
    "YTD Gross: $33,161.60",
    "Federal Income Tax: $210.40",
    "Net Pay: $1,515.61",
]


def test_a_merged_exports_stamps_index_and_cover_sheets(reader: PageReader, tmp_path: Path) -> None:
    pages = [INDEX, *_statement("06", 30, "1,146.62", "1,919.22"), *_statement("07", 31, "1,919.22", "2,691.82"),
             COVER, LETTER, STUB]
    path = tmp_path / "CounselTrack_export_C-47-1187.pdf"
    text_pdf(_stamped(pages), path)
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, [p.page for p in d.pages]) for d in documents] == [
        ("other", [1]), ("bank_statement", [2, 3]), ("bank_statement", [4, 5]), ("hardship_letter", [7]),
        ("pay_stub", [8])]
    june, july = documents[1].fields, documents[2].fields
    assert values_of(june, "bank_name", "period_end", "ending_balance") == {
        "bank_name": "Chesapeake Fidelity Bank", "period_end": date(2047, 6, 30), "ending_balance": Decimal("1919.22")}
    assert values_of(july, "period_end", "ending_balance") == {
        "period_end": date(2047, 7, 31), "ending_balance": Decimal("2691.82")}
    assert values_of(documents[4].fields, "employer", "employee_name", "gross_current") == {
        "employer": "Elkhorn Distribution Center", "employee_name": "Naomi J. Feldstein",
        "gross_current": Decimal("2072.60")}
    assert all("HARBOR CREST" not in d.text for d in documents[1:])  # the band is the export's, not the papers'


# --- 2. a two-page stub --------------------------------------------------------------------------------------

TWO_PAGE_STUB = [[
    "Tallgrass Distribution Center EARNINGS STATEMENT",
    "9000 Prairie Gateway Drive, Janesville, WI 53546 Page 1 of 2",
    "EMPLOYEE NAME: Delphine A. Marchbanks PAY FREQUENCY: Semi-Monthly",
    "PERIOD BEGINNING 03/16/2047 PERIOD ENDING 03/31/2047 ADVICE DATE 03/31/2047",
    "Regular 86.67 hours at 21.4000",
    "Gross Pay: $1,854.74",
    "YTD Gross: $11,252.99",
    "Taxes, deductions and net pay are itemized on page 2 of this statement.",
], [
    "Tallgrass Distribution Center EARNINGS STATEMENT (continued)",
    "9000 Prairie Gateway Drive, Janesville, WI 53546 Page 2 of 2",
    "TAXES WITHHELD",
    "Federal income tax: $185.47",
    "Social Security: $114.99",
    "Medicare: $26.89",
    "Net Pay: $1,304.00",
]]


def test_a_two_page_stub_numbered_on_its_address_line_is_one_stub(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "Tallgrass 03-31.pdf"
    text_pdf(TWO_PAGE_STUB, path)
    fields = one_document_fields(reader, path, RECEIVED, "pay_stub")
    assert values_of(fields, "employer", "gross_current", "gross_ytd", "net_current") == {
        "employer": "Tallgrass Distribution Center", "gross_current": Decimal("1854.74"),
        "gross_ytd": Decimal("11252.99"), "net_current": Decimal("1304.00")}


# --- 3. a fax server's name ----------------------------------------------------------------------------------


def test_a_fax_servers_sender_number_after_the_date_names_no_loan() -> None:
    assert loan_in_file_name("2047-09-10_FAX_8025550171.pdf") is None
    assert loan_in_file_name("inbox/20470910_RXFAX_8025550171.pdf") is None
    assert loan_in_file_name("2047-09-10 Loan 5581037724.pdf") == "5581037724"  # a loan the name gives is read


# --- 4. an old transcript request ----------------------------------------------------------------------------

FORM_4506T = [
    "Form 4506-T Request for Transcript of Tax Return OMB No. 1545-1872",
    "(Rev. September 2015) Department of the Treasury Internal Revenue Service",
    "Tip. Use Form 4506-T to order a transcript or other return information free of charge.",
    "1a Name shown on tax return. Eugene P. Haldeman 1b First social security number ***-**-6613",
    "3 Current name, address 1516 Ridge Avenue, Waynesburg, PA 15370",
    "8 Form W-2, Form 1099 series, Form 1098 series, or Form 5498 series transcript.",
    "9 Year or period requested 12/31/2046",
    "Signature of taxpayer(s) Eugene P. Haldeman Date 08/10/2047",
]
FORM_4506C = [
    "Form 4506-C IVES Request for Transcript of Tax Return OMB No. 1545-1872",
    "(October 2022) Department of the Treasury Internal Revenue Service",
    "1a Current name Eugene P. Haldeman 1b First taxpayer identification number ***-**-6613",
    "Signature for Line 1a Eugene P. Haldeman Date 08/10/2047",
]


def test_an_old_4506t_is_no_4506c(reader: PageReader, tmp_path: Path) -> None:
    old, new = tmp_path / "4506-T.pdf", tmp_path / "4506-C.pdf"
    text_pdf([FORM_4506T], old)
    text_pdf([FORM_4506C], new)
    assert [d.type for d in documents_read(reader, old, RECEIVED)] == ["other"]
    assert [d.type for d in documents_read(reader, new, RECEIVED)] == ["irs_form_4506c"]


# --- 5. a form of lettered codes -----------------------------------------------------------------------------

CODED_FORM = [[
    "Lanthorn Bank FINANCIAL HARDSHIP APPLICATION - LB-HA4",
    "Home Lending - Borrower Assistance page 1 / 2",
    "LOAN NUMBER",
    "0095127746",
    "BORROWER'S NAME SSN (LAST 4)",
    "Rosalind E. Achterberg 4081",
    "PROPERTY ADDRESS (STREET, CITY, STATE, ZIP)",
    "7 Windlass Street, Tamarack, MN 55787",
    "Part 3 - The hardship",
    "U1 unemployment R2 reduced income",
    "H3 higher housing costs D4 disaster",
    "I5 illness or disability V6 divorce or legal separation",
    "S7 separation, not married X8 death of a borrower or wage earner",
    "T9 distant job transfer O10 other",
    "REASON CODE(S) FROM THE LIST ABOVE",
    "H3",
    "HARDSHIP BEGAN (MM/DD/YYYY)",
    "11/01/2046",
], [
    "Lanthorn Bank FINANCIAL HARDSHIP APPLICATION - LB-HA4 page 2 / 2",
    "Part 4 - Income sources of the household (loan 0095127746)",
    "W = wages, salary, tips, overtime, commissions S = self-employment (net)",
    "U = unemployment benefits T = taxable Social Security, pension, disability, public aid",
    "N = non-taxable Social Security, SSI, disability R = rent received, less costs but mortgage",
    "I = investment or insurance income O = other: child support, alimony, contributions",
    "# EARNER EMPLOYER / PAYER / SOURCE TYPE HOW OFTEN PAID MONTHLY GROSS $",
    "1 Borrower Orchard Valley Credit Bureau W semi-monthly 2,673.00",
    "2 Borrower Lantern Street Cafe W weekly 666.86",
    "3 Borrower Achterberg Lawn & Snow S monthly (net) 857.77",
    "4 Borrower Boarder - Clara Finch R monthly 600.00",
    "TOTAL MONTHLY GROSS, ALL SOURCES 4,797.63",
]]


def test_lettered_reason_codes_and_a_legend_of_income_codes(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "application.pdf"
    text_pdf(CODED_FORM, path)
    fields = one_document_fields(reader, path, RECEIVED, "mortgage_assistance_application")
    assert fields["hardship_types"].value == ["increase_in_housing_expenses"]  # "H3"; "X8 death" is no mark
    assert values_of(fields, "income.wages", "income.self_employment", "income.rental", "income.total") == {
        "income.wages": Decimal("3339.86"), "income.self_employment": Decimal("857.77"),
        "income.rental": Decimal("600.00"), "income.total": Decimal("4797.63")}


# --- 6. a grid's row captions --------------------------------------------------------------------------------

SUMMARY = [[
    "HARBOR CREST HOUSING ALLIANCE MORTGAGE ASSISTANCE REQUEST",
    "HUD-approved housing counseling agency - Client intake summary - page 1 of 2",
    "1. LOAN AND BORROWERS",
    "Servicer loan number 4402718836 Servicer Tidewater Home Loan Servicing",
    "Borrower Dorian L. Whitlock SSN last 4 3385",
    "Co-borrower none SSN last 4 -",
    "2. PROPERTY",
    "Property address 27 Wythe Creek Road, Hampton, VA 23666",
    "Occupancy Owner-occupied principal residence",
], [
    "HARBOR CREST HOUSING ALLIANCE MORTGAGE ASSISTANCE REQUEST - page 2 of 2",
    "5. CERTIFICATION AND SIGNATURES",
    "Borrower signature (Dorian L. Whitlock) Date signed 03/04/2047",
    "Borrower Certification and Agreement: I certify that the information in this summary is true.",
]]


def test_names_after_a_grids_bare_row_captions(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    text_pdf(SUMMARY, path)
    fields = one_document_fields(reader, path, RECEIVED, "mortgage_assistance_application")
    assert values_of(fields, "borrower_name", "co_borrower_name") == {
        "borrower_name": "Dorian L. Whitlock", "co_borrower_name": None}
    assert fields["co_borrower_name"].confidence >= 0.9  # "none" written: no second person, surely


# --- 7. names ------------------------------------------------------------------------------------------------


def _doc(doc_id: str, kind: str, method: TextMethod, **values: object) -> Document:
    ref = PageRef(f"{doc_id}.pdf", 1)
    return Document(doc_id, kind, 0.95, [ref], RECEIVED, scanned=method == TextMethod.OCR,
                    fields={name: Field(value, 0.8, ref, method) for name, value in values.items()})


def test_a_scanned_stubs_misread_employee_is_put_right_by_the_application() -> None:
    documents = [
        _doc("D01", "mortgage_assistance_application", TextMethod.TEXT_LAYER,
             borrower_name="Dolores A. Fiorentino", co_borrower_name="Marco Fiorentino"),
        _doc("D02", "pay_stub", TextMethod.OCR, employee_name="DOLORES A. FIGRENTING"),
        _doc("D03", "pay_stub", TextMethod.OCR, employee_name="Teresa M. Quill"),  # a household member's own
        _doc("D04", "pay_stub", TextMethod.TEXT_LAYER, employee_name="Dolores A Fiorentin"),  # typed: kept
    ]
    fields = [d.fields["employee_name"] for d in reconcile(documents, "4071835226")[1:]]
    assert (fields[0].value, fields[0].method) == ("Dolores A. Fiorentino", "corrected")
    assert [f.value for f in fields[1:]] == ["Teresa M. Quill", "Dolores A Fiorentin"]


def test_the_next_panels_caption_after_a_name_is_no_part_of_it() -> None:
    assert person_name("Annika R. Treadway TIMESHEET") == "Annika R. Treadway"
    assert person_name("DESMOND K ACHTERBERG TAXES") == "DESMOND K ACHTERBERG"
    assert person_name("Marcus T. OYELARAN") == "Marcus T. OYELARAN"  # a surname in capitals is the name's own
    # a given name and an initial, the surname cut off under the next column's caption: no name, the line is read
    assert person_name("DOLORES A.") is None



def test_a_row_of_captions_or_a_heading_is_no_name() -> None:
    page = Page(1, "BORROWER CO-BORROWER\nBorrower Name Co-Borrower Name\nBorrower Contact Information",
                TextMethod.TEXT_LAYER, 1.0)
    fields: dict[str, Field] = {}
    names_by_row_caption([page], fields, lambda number: PageRef("form.pdf", number))
    assert "borrower_name" not in fields


OLD_FORM = [
    "CENTRAL VALLEY MORTGAGE CO. REQUEST FOR MORTGAGE ASSISTANCE FORM CVM-LM4 (REV. 3/2012) PAGE 1 OF 1",
    "1. LOAN NUMBER: 2250648193",
    "2. NAME OF BORROWER: Kowalczyk, Stanley J.",
    "3. SOC. SEC. NO.: 962-40-1187",
    "4. NAME OF CO-BORROWER: Larson, T. Claudia",
    "7. ADDRESS OF MORTGAGED PROPERTY: 88 SHAFT HILL ROAD, UNIONTOWN, PA 15401",
    "9. REASON(S) FOR HARDSHIP: [X] REDUCTION IN INCOME / HOURS",
    "10. DATE HARDSHIP BEGAN: 01/15/2047",
    "13. GROSS MONTHLY WAGES: $4,214.00",
]


def test_an_old_forms_surname_first_names_and_abbreviated_captions(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "hardship request.pdf"
    text_pdf([OLD_FORM], path)
    fields = one_document_fields(reader, path, RECEIVED, "mortgage_assistance_application")
    assert values_of(fields, "borrower_name", "ssn_last4", "property_address") == {
        "borrower_name": "Stanley J Kowalczyk", "ssn_last4": "1187",
        "property_address": "88 SHAFT HILL ROAD, UNIONTOWN, PA 15401"}
    assert fields["co_borrower_name"].value == "Larson, T. Claudia"  # an initial after the comma: left as written


def test_a_receipt_slips_heading_keeps_its_words_apart_as_set() -> None:
    """On a narrow slip a word space is a large share of the width: no gap that parts a heading."""
    words = (_at("COPPER", 0.253, 0.408), _at("KETTLE", 0.435, 0.59), _at("DINER", 0.619, 0.748))
    slip = Page(1, "COPPER KETTLE DINER", TextMethod.TEXT_LAYER, 1.0, width_pt=252, height_pt=612, words=words)
    assert before_gap(slip, "COPPER KETTLE DINER") == "COPPER KETTLE DINER"
    wide = Page(1, "COPPER KETTLE DINER", TextMethod.TEXT_LAYER, 1.0, width_pt=612, height_pt=792,
                words=(_at("COPPER", 0.1, 0.2), _at("KETTLE", 0.5, 0.6), _at("DINER", 0.62, 0.7)))
    assert before_gap(wide, "COPPER KETTLE DINER") == "COPPER"  # a letter page's wide gap still parts it


def _at(text: str, x0: float, x1: float) -> Word:
    return Word(text, 1.0, (x0, 0.055, x1, 0.066))
