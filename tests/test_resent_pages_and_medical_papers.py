"""An application's pages sent again on their own, a fax's caller in its file name, and the papers a borrower
sends that only look like a checklist document (a hospital's bill, an FMLA notice, a divorce petition).

1. A page of a two-page form sent again on its own stands in for that page of the whole form: page 2 ("Page 2
   of 2") re-sent signed and dated signs the form sent unsigned, its names and address still page 1's; a
   "CORRECTED PAGE 1 - replaces page 1 ..." gives its corrected answers and leaves the whole form's signature;
   what the part reads of another page's question, a re-sent page without ink and a co-borrower's line on a
   form with no co-borrower change nothing. Read end to end through the Service into case.json too. Guard:
   two whole applications are not merged.
2. "Incoming fax 2038-11-16 from 6125550101" names the number the fax came from, no loan; guard: "Loan
   6125550101 from borrower" still names the loan.
3. A hospital's "PATIENT STATEMENT" bill, an FMLA "DESIGNATION NOTICE", a borrower's "COVER NOTE", a "PETITION
   FOR DISSOLUTION OF MARRIAGE" and "TEMPORARY ORDERS PENDING FINAL HEARING" are listed as other papers; a
   disability insurer's "BENEFIT PAYMENT STATEMENT" and "SHORT TERM DISABILITY - CLAIM APPROVED" letter are
   benefit award letters; a check with its amount in words ("... and 00/100") under a bank's name is a rent
   check; forms titled "Financial Hardship Review" or "... Hardship Review Form" are applications, surely.
   Guard: a final decree stays a divorce decree.
4. A claims portal's payment history that names no program is an unemployment benefit; "no part of your Social
   Security disability benefits is taxable" is non-taxable; a disability plan's "your benefits are taxable"
   is taxable.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read
from lossmit_docs.judging.cases import loan_in_file_name
from lossmit_docs.judging.checklist import load_profile, select_application
from lossmit_docs.model import Document, Field, PageRef
from lossmit_docs.pipeline import Service
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.settings import Settings
from pdf_factory import draw_text, pen_signature, text_pdf

RECEIVED = date(2049, 9, 10)
APPLICATION = "mortgage_assistance_application"
LOAN = "5187320046"
SENT = date(2049, 3, 10)  # the whole form
SENT_AGAIN = date(2049, 3, 24)  # a page of it, on its own
SIGNED_ON = date(2049, 3, 20)

# --- 1. pages sent again ---------------------------------------------------------------------------------------

WHOLE_TEXT = "Mortgage Assistance Application\nLoan number 5187320046\nPage 1 of 2\nMonthly income\nPage 2 of 2"
PAGE_TWO_TEXT = "Mortgage Assistance Application (continued)\nBorrower signature Date\nPage 2 of 2"
CORRECTED_TEXT = "CORRECTED PAGE 1 - replaces page 1 sent 03/10/2049\nMortgage Assistance Application"
NAME = "Samuel J. Achterberg"
ADDRESS = "408 Quail Hollow Lane, Murfreesboro, TN 37130"
CORRECTED_ADDRESS = "408 Quail Hollow Lane, Murfreesboro, TN 37132"
ANSWERS = ("borrower_name", "property_address", "signed", "signed_on")


def _application(file: str, received: date, pages: int, text: str,
                 answers: dict[str, tuple[object, int]]) -> Document:
    """An application read from `file`: each answer with the page of the file it was read on."""
    return Document(id=file, type=APPLICATION, type_confidence=0.95,
                    pages=[PageRef(file, number) for number in range(1, pages + 1)], received_on=received,
                    fields={name: Field(value, 0.95, PageRef(file, page)) for name, (value, page) in answers.items()},
                    text=text)


def _whole(signed: bool, file: str = "application.pdf", received: date = SENT, address: str = ADDRESS) -> Document:
    """The two-page form: names and address on page 1, income and signatures on page 2."""
    return _application(file, received, 2, WHOLE_TEXT, {
        "borrower_name": (NAME, 1), "property_address": (address, 1), "co_borrower_name": (None, 1),
        "income.wages": (Decimal("1850.00"), 2), "signed": (signed, 2), "signed_on": (SIGNED_ON if signed else None, 2),
        "co_borrower_signed": (None, 2)})


def _selected(*documents: Document) -> dict[str, object]:
    """The case's application's answers."""
    chosen = select_application(list(documents), load_profile())
    assert chosen is not None
    return {name: found.value for name, found in chosen.fields.items()}


def test_page_two_sent_again_signed_signs_the_whole_form() -> None:
    """The page alone names no one: the form as the borrower last left it is page 1's names, page 2's ink."""
    again = _application("page 2 signed.pdf", SENT_AGAIN, 1, PAGE_TWO_TEXT, {
        "income.wages": (Decimal("1850.00"), 1), "signed": (True, 1), "signed_on": (SIGNED_ON, 1)})
    answers = _selected(_whole(signed=False), again)
    assert {name: answers.get(name) for name in ANSWERS} == {
        "borrower_name": NAME, "property_address": ADDRESS, "signed": True, "signed_on": SIGNED_ON}


def test_what_a_page_sent_again_reads_of_another_pages_question_is_no_answer() -> None:
    """Page 2's signature caption read as a name is no answer to page 1's question."""
    again = _application("page 2 signed.pdf", SENT_AGAIN, 1, PAGE_TWO_TEXT, {
        "borrower_name": ("Borrower signature", 1), "signed": (True, 1), "signed_on": (SIGNED_ON, 1)})
    assert _selected(_whole(signed=False), again)["borrower_name"] == NAME


def test_a_corrected_page_one_replaces_its_answers_and_keeps_the_signature() -> None:
    """A corrected page 1 bears no signature line: the whole form's signature and date stand."""
    corrected = _application("corrected.pdf", SENT_AGAIN, 1, CORRECTED_TEXT, {
        "borrower_name": (NAME, 1), "property_address": (CORRECTED_ADDRESS, 1), "signed": (False, 1)})
    answers = _selected(_whole(signed=True), corrected)
    assert {name: answers.get(name) for name in ("property_address", "signed", "signed_on")} == {
        "property_address": CORRECTED_ADDRESS, "signed": True, "signed_on": SIGNED_ON}


def test_a_signature_page_sent_again_without_ink_keeps_the_forms_signature() -> None:
    """A corrected page 2 (its income) sent unsigned does not unsign the form its first copy signed."""
    corrected = _application("corrected page 2.pdf", SENT_AGAIN, 1, "Replacement page 2\nMonthly income", {
        "income.wages": (Decimal("1920.00"), 1), "signed": (False, 1)})
    answers = _selected(_whole(signed=True), corrected)
    assert {name: answers.get(name) for name in ("income.wages", "signed", "signed_on")} == {
        "income.wages": Decimal("1920.00"), "signed": True, "signed_on": SIGNED_ON}


def test_a_co_borrowers_line_on_a_form_with_no_co_borrower_stays_unasked() -> None:
    """Page 2 sent again reads its empty co-borrower's line as unsigned; no co-borrower, nobody's to sign."""
    again = _application("page 2 signed.pdf", SENT_AGAIN, 1, PAGE_TWO_TEXT, {
        "signed": (True, 1), "signed_on": (SIGNED_ON, 1), "co_borrower_signed": (False, 1)})
    answers = _selected(_whole(signed=False), again)
    assert (answers["signed"], answers["co_borrower_signed"]) == (True, None)


def test_two_whole_applications_are_not_merged() -> None:
    """Guard: a later whole form is the borrower's answer whole; the earlier one's signature is not its."""
    earlier = _whole(signed=True)
    later = _whole(signed=False, file="second application.pdf", received=SENT_AGAIN, address=CORRECTED_ADDRESS)
    chosen = select_application([earlier, later], load_profile())
    assert chosen is not None and chosen.id == later.id and chosen.fields == later.fields


def _form_page_one(pdf: canvas.Canvas, zip_code: str = "37130", note: str | None = None) -> None:
    """The form's page 1: the borrower, the home and the hardship; a note written over it when re-sent."""
    if note:
        draw_text(pdf, 300, 40, note, 10.0)
    draw_text(pdf, 72, 66, "ASHGROVE MORTGAGE SERVICING", 13.0, "Helvetica-Bold")
    draw_text(pdf, 72, 84, "Mortgage Assistance Application", 11.0)
    for y, text in ((110, f"Loan number {LOAN}"), (130, f"Borrower's full name {NAME}"),
                    (150, f"Property address 408 Quail Hollow Lane, Murfreesboro, TN {zip_code}"),
                    (170, "Date the hardship began 02/01/2049"), (190, "Hardship: X Unemployment")):
        draw_text(pdf, 72, y, text, 10.0)
    draw_text(pdf, 500, 760, "Page 1 of 2", 8.0)
    pdf.showPage()


def _form_page_two(pdf: canvas.Canvas, signed: bool) -> None:
    """The form's page 2: income, the certification and the borrower's signature line, inked or bare."""
    draw_text(pdf, 72, 66, "Mortgage Assistance Application (continued)", 11.0, "Helvetica-Bold")
    draw_text(pdf, 72, 100, f"Loan number {LOAN}", 10.0)
    draw_text(pdf, 72, 120, "Monthly income: Wages and salary $ 1,850.00", 10.0)
    draw_text(pdf, 72, 150, "I certify that the information in this application is true and complete.", 9.0)
    pdf.line(72, letter[1] - 220, 300, letter[1] - 220)
    draw_text(pdf, 72, 232, "Borrower signature", 8.0)
    draw_text(pdf, 340, 232, "Date", 8.0)
    if signed:
        pen_signature(pdf, 90, 216, 150)
        draw_text(pdf, 340, 214, SIGNED_ON.strftime("%m/%d/%Y"), 11.0, "Courier")
    draw_text(pdf, 500, 760, "Page 2 of 2", 8.0)
    pdf.showPage()


def test_pages_sent_again_are_read_into_the_cases_application(tmp_path: Path) -> None:
    """Three mailings in turn: the whole form unsigned, page 2 signed, a corrected page 1 (new ZIP)."""
    settings = Settings(home=tmp_path, settle_seconds=0, incomplete_grace_seconds=0, auto_notices=False)
    mailings = [
        (SENT, "application.pdf", [_form_page_one, lambda pdf: _form_page_two(pdf, signed=False)]),
        (SENT_AGAIN, "page 2 signed.pdf", [lambda pdf: _form_page_two(pdf, signed=True)]),
        (date(2049, 4, 7), "corrected page 1.pdf",
         [lambda pdf: _form_page_one(pdf, "37132", "CORRECTED PAGE 1 - replaces page 1 sent 03/10/2049")]),
    ]
    for received, name, pages in mailings:
        with Service(settings, received_on=received) as service:
            pdf = canvas.Canvas(str(settings.inbox_dir / name), pagesize=letter)
            for page in pages:
                page(pdf)
            pdf.save()
            service.sweep()
    report = json.loads((settings.outbox_dir / LOAN / "case.json").read_text())
    assert [d["type"] for d in report["documents"]] == [APPLICATION] * 3
    application = report["application"]
    assert {name: application[name]["value"] for name in ANSWERS} == {
        "borrower_name": NAME, "property_address": CORRECTED_ADDRESS, "signed": True,
        "signed_on": SIGNED_ON.isoformat()}


# --- 2. a fax's caller in its file name ---------------------------------------------------------------------------


def test_the_number_a_fax_came_from_is_no_loan() -> None:
    """A fax server names its file by the caller's telephone number: taken for the loan, it files the fax away."""
    assert loan_in_file_name("Incoming fax 2038-11-16 from 6125550101.pdf") is None


def test_a_loan_labelled_in_the_name_still_names_the_loan() -> None:
    """Guard: "from" after the number says who sent it, not that the number is the sender's."""
    assert loan_in_file_name("Loan 6125550101 from borrower.pdf") == "6125550101"


# --- 3. papers that only look like checklist documents ---------------------------------------------------------

PATIENT_STATEMENT = [
    "Riverbend Regional Medical Center", "PATIENT STATEMENT", "Statement date 09/02/2049",
    "Patient: Samuel J. Achterberg Guarantor: Samuel J. Achterberg",
    "Date of service Description of service Charges",
    "07/14/2049 Emergency department visit 2,340.00", "07/14/2049 Laboratory services 418.00",
    "Insurance payments -1,906.40", "Patient responsibility 851.60", "Amount due $851.60 Please pay by 09/30/2049",
]
DESIGNATION_NOTICE = [
    "Cumberland Valley Foods - Human Resources", "DESIGNATION NOTICE", "Family and Medical Leave Act",
    "Date: 08/04/2049", "To: Samuel J. Achterberg",
    "We have reviewed your request for leave under the FMLA and the supporting medical certification.",
    "Your request is approved and the leave is designated as FMLA leave.",
    "The leave counts against your FMLA leave entitlement of 12 weeks.",
    "Your physician certified that you are unable to work because of a serious health condition.",
    "Your leave of absence is unpaid except for accrued paid time off.",
]
COVER_NOTE = [
    "COVER NOTE", "September 3, 2049", "To: Loss Mitigation / Mortgage Assistance",
    "From: Samuel J. Achterberg, loan 5187320046",
    "Here are my May and June bank statements and my two latest pay stubs.",
    "Please add them to my file. Thank you, Samuel Achterberg",
]
COURT = "IN THE CIRCUIT COURT OF RUTHERFORD COUNTY, TENNESSEE"
MARRIAGE = "In re the marriage of Samuel J. Achterberg and Noemi R. Achterberg"
PETITION = [
    COURT, "PETITION FOR DISSOLUTION OF MARRIAGE", MARRIAGE, "Case No. 49-DR-2207",
    "1. The parties were married on June 4, 2031.", "2. The marriage is irretrievably broken.",
    "Petitioner asks the Court to dissolve the marriage and to divide the marital property and debts.",
    "3. No final judgment or decree has been entered in this matter.", "FILED: July 30, 2049",
]
TEMPORARY_ORDERS = [
    COURT, "TEMPORARY ORDERS PENDING FINAL HEARING", MARRIAGE, "Case No. 49-DR-2207",
    "It is ordered that the Petitioner shall have exclusive use of the marital residence.",
    "It is ordered that the Respondent shall pay the mortgage until the final hearing.",
    "This is not a final decree. Entered 08/20/2049 by the court.",
]
FINAL_DECREE = [
    COURT, "FINAL DECREE OF DIVORCE", MARRIAGE, "Case No. 49-DR-2207",
    "It is ordered, adjudged and decreed that the marriage is dissolved.",
    "The marital residence is awarded to the Petitioner, who shall pay its mortgage.",
    "Entered 08/20/2049 by the court.",
]
BENEFIT_PAYMENT = [
    "Harborline Life Insurance Company", "BENEFIT PAYMENT STATEMENT", "Disability Claims Unit",
    "Claimant Samuel J. Achterberg Claim number DS-4471902",
    "Benefit period 08/01/2049 - 08/31/2049 Payment date 09/01/2049",
    "Gross monthly benefit 2,150.00", "Federal income tax withheld -215.00", "Net payment 1,935.00",
    "Paid by direct deposit",
]
CLAIM_APPROVED = [
    "Harborline Life Insurance Company", "SHORT TERM DISABILITY - CLAIM APPROVED", "August 12, 2049",
    "Dear Samuel J. Achterberg:",
    "We have approved your claim for benefits under the Cumberland Valley Foods disability plan.",
    "Your physician has certified that you are unable to work from 08/01/2049.",
    "Your weekly benefit is $640.00, paid every week while you remain disabled, up to 26 weeks.",
    "Sincerely, Disability Claims",
]
RENT_CHECK = [
    "Tomas R. Velez", "112 Birch Street, Murfreesboro, TN 37130 1042", "Date 09/01/2049",
    "Pay to the order of Samuel J. Achterberg $850.00", "Eight Hundred Fifty and 00/100",
    "First Tennessee Community Bank", "Memo September", "Tomas R. Velez",
]
FORM_BODY = [
    "Loan number 5187320046", "Borrower's name Samuel J. Achterberg",
    "Property address 408 Quail Hollow Lane, Murfreesboro, TN 37130",
    "Date the hardship began 02/01/2049", "Wages and salary $ 1,850.00",
]


def _read(reader: PageReader, path: Path, lines: list[str]) -> list[Document]:
    text_pdf([lines], path)
    return documents_read(reader, path, RECEIVED)


@pytest.mark.parametrize("lines", [PATIENT_STATEMENT, DESIGNATION_NOTICE, COVER_NOTE, PETITION, TEMPORARY_ORDERS],
                         ids=["patient statement", "fmla designation", "cover note", "petition", "temporary orders"])
def test_papers_that_prove_no_checklist_item_are_other(reader: PageReader, tmp_path: Path, lines: list[str]) -> None:
    """A bill states no illness, a leave notice pays nothing, a note only covers, a pending divorce is no decree."""
    assert [d.type for d in _read(reader, tmp_path / "paper.pdf", lines)] == ["other"]


@pytest.mark.parametrize("lines", [BENEFIT_PAYMENT, CLAIM_APPROVED], ids=["payment statement", "claim approved"])
def test_a_disability_insurers_papers_are_benefit_letters(reader: PageReader, tmp_path: Path,
                                                          lines: list[str]) -> None:
    """Shaped like a stub ("Net payment") or speaking of a physician, they document a benefit."""
    assert [d.type for d in _read(reader, tmp_path / "disability.pdf", lines)] == ["benefit_award_letter"]


def test_a_check_with_its_amount_in_words_under_a_banks_name_is_a_rent_check(reader: PageReader,
                                                                            tmp_path: Path) -> None:
    """The legal line's "and 00/100" is a check's; a bank's name on it is the drawee's, no statement's."""
    assert [d.type for d in _read(reader, tmp_path / "check.pdf", RENT_CHECK)] == ["rent_check"]


def test_a_final_decree_stays_a_divorce_decree(reader: PageReader, tmp_path: Path) -> None:
    """Guard: the pending divorce's cues do not take the court's final judgment."""
    assert [d.type for d in _read(reader, tmp_path / "decree.pdf", FINAL_DECREE)] == ["divorce_decree"]


@pytest.mark.parametrize("title", ["FINANCIAL HARDSHIP REVIEW", "MORTGAGE HARDSHIP REVIEW FORM"])
def test_a_servicers_form_by_its_title_is_surely_the_application(reader: PageReader, tmp_path: Path,
                                                                 title: str) -> None:
    """Titled so, under a bank's name, the form is no bank statement."""
    documents = _read(reader, tmp_path / "form.pdf", ["Cedar Hollow Bank", title, *FORM_BODY])
    assert [d.type for d in documents] == [APPLICATION]
    assert documents[0].type_confidence >= 0.8


# --- 4. what kind of benefit a letter documents ------------------------------------------------------------------

PAYMENT_HISTORY = [
    "Volunteer State Department of Labor - Online Services", "Payment History",
    "Samuel J. Achterberg Claim effective 07/19/2049 Claim ID 4471-0926",
    "Week ending Status Paid on Gross benefit Tax withheld Net paid",
    "07/26/2049 Paid 07/30/2049 $275.00 $27.50 $247.50", "08/02/2049 Paid 08/06/2049 $275.00 $27.50 $247.50",
]
SSA_NOTICE = [
    "Social Security Administration", "Notice of Award", "August 2, 2049", "Samuel J. Achterberg",
    "Beginning September 2049 your monthly benefit is $1,644.00.",
    "No part of your Social Security disability benefits is taxable for you this year.",
    "If you have questions, call us.",
]
PLAN_LETTER = [
    "Harborline Life Insurance Company", "Long term disability benefit award", "August 2, 2049",
    "Dear Samuel J. Achterberg:", "We approved your long term disability claim under the disability plan.",
    "Your monthly benefit is $2,150.00 before any deductions.",
    "Because your employer paid the premiums, your benefits are taxable.", "Sincerely, Disability Claims",
]


@pytest.mark.parametrize(("lines", "kind", "benefit"), [
    (PAYMENT_HISTORY, "unemployment_benefit_letter", "unemployment"),
    (SSA_NOTICE, "benefit_award_letter", "benefits_nontaxable"),
    (PLAN_LETTER, "benefit_award_letter", "benefits_taxable"),
], ids=["portal payment history", "no part is taxable", "benefits are taxable"])
def test_the_benefit_a_letter_documents(reader: PageReader, tmp_path: Path, lines: list[str], kind: str,
                                        benefit: str) -> None:
    """A portal's history names no program, its type does; what a letter says of tax beats its program."""
    (document,) = _read(reader, tmp_path / "letter.pdf", lines)
    assert (document.type, document.fields["benefit_type"].value) == (kind, benefit)
