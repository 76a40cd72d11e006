"""A probate court's papers for a dead borrower's estate, a court's foreclosure mediation papers, a legal-aid
attorney's letter, a credit union's member form, letterhead dates and pension letters, a newspaper's death notice,
a successor's signature caption, an old bank form's captions over answers and a sworn affidavit's start date.

1. "Letters of Administration", "Letters Testamentary" and an "Affidavit of Heirship", each full of "decedent":
   `other` papers, the successor's authority (before, death certificates). Guard: a certificate of death stays one.
2. A foreclosure mediation program's mediator's report, a defendants' notice of filing financial documents and
   its document submission cover sheet: `other` papers (before, bank statements and an application).
3. A legal-aid attorney's letter ("This office represents ... enclosed please find ... Affidavit of hardship"):
   `other` (before, a hardship letter).
4. A credit union's "Member Request for Mortgage Payment Assistance", numbered lines in capitals, the hardship's
   lettered options in two columns: one application with its member, joint member, hardship and its start (before,
   a bank statement, its second page an application of its own).
5. A Social Security notice whose office's name in title case stands before "Date:" on the letterhead's line: its
   date, surely (before, 0.5 sure).
6. A pension plan's letter to a widow of her survivor annuity: a benefit award letter, surely (before, 0.7 sure).
7. A newspaper's death notice in its own idiom, no word "obituary": an obituary (before, `other`).
8. A signature caption "Borrower (successor) signature": its pen's ink signs (before, unsigned).
9. An old bank form's captions "4 BORROWER - FIRST, MIDDLE, LAST NAME  5 SOC. SEC. NO. - LAST 4" over the answers:
   the name and the SSN's last four (before, none).
10. A sworn affidavit's "These circumstances began on or about 06/30/2042": the hardship's start (before, none).

Born-digital fixtures (reportlab), read through the real page reader and `read_documents` with their ink and word
boxes. Courts, banks and people are fictional.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read, kinds_of, one_document_fields, values_of
from lossmit_docs.model import Document
from lossmit_docs.reading.pages import PageReader
from pdf_factory import draw_text, member_signature_row, text_pdf

RECEIVED = date(2055, 5, 2)
APPLICATION = "mortgage_assistance_application"
HEIGHT = letter[1]


def _one_paper(reader: PageReader, path: Path, lines: list[str], received: date = RECEIVED) -> Document:
    text_pdf([lines], path)
    documents = documents_read(reader, path, received)
    assert len(documents) == 1
    return documents[0]


# --- 1. a probate court's papers -----------------------------------------------------------------------------------

_LETTERS_OF_ADMINISTRATION = [
    "REGISTER OF WILLS FOR ASHFORD COUNTY",
    "LETTERS OF ADMINISTRATION",
    "",
    "IN THE MATTER OF THE ESTATE OF WALTER J. PEMBERTON, Deceased.",
    "Estate No. 2054-0318",
    "",
    "WHEREAS, Walter J. Pemberton, late of Ashford County, died intestate on January 14, 2054,",
    "and the decedent's son, Gideon R. Pemberton, has petitioned this office for letters;",
    "NOW, THEREFORE, the decedent's son, Gideon R. Pemberton, is appointed administrator of the estate",
    "of the decedent, with full power to collect the assets of the decedent and to pay the decedent's",
    "just debts according to law.",
    "",
    "Witness my hand and the seal of this office this 3rd day of March, 2054.",
    "",
    "Marguerite L. Halvorsen",
    "Register of Wills",
]
_LETTERS_TESTAMENTARY = [
    "SURROGATE'S COURT OF THE STATE OF NEW YORK",
    "COUNTY OF WESTBRIAR",
    "LETTERS TESTAMENTARY",
    "",
    "IN THE MATTER OF THE ESTATE OF ROSALIND M. FAIRWEATHER, Deceased.",
    "File No. 2054-1176",
    "",
    "The last will and testament of the decedent having been admitted to probate, and the decedent's",
    "daughter, Cordelia A. Fairweather, named executor in the will of the decedent, having qualified,",
    "LETTERS TESTAMENTARY are granted to her. She is authorized to administer the estate of the",
    "decedent according to law.",
    "",
    "Dated: February 20, 2054",
    "Chief Clerk of the Surrogate's Court",
]
_AFFIDAVIT_OF_HEIRSHIP = [
    "AFFIDAVIT OF HEIRSHIP",
    "",
    "STATE OF TEXAS, COUNTY OF LLANO VERDE",
    "",
    "Before me, the undersigned authority, personally appeared Ezequiel P. Montoya, who, being duly",
    "sworn, stated the following:",
    "1. I knew Benedicta R. Montoya (the \"Decedent\") for thirty years.",
    "2. The Decedent died on November 9, 2053, in Llano Verde County, Texas.",
    "3. At the time of death the Decedent was married to Ezequiel P. Montoya.",
    "4. The Decedent left no will. The Decedent had two children: Lucia Montoya and Tomas Montoya.",
    "5. The Decedent owned the property at 610 Mesquite Bend, Llano Verde, TX 78643.",
    "",
    "Sworn to and subscribed before me on January 6, 2054.",
    "Notary Public, State of Texas",
]


@pytest.mark.parametrize("lines", [_LETTERS_OF_ADMINISTRATION, _LETTERS_TESTAMENTARY, _AFFIDAVIT_OF_HEIRSHIP],
                         ids=["letters of administration", "letters testamentary", "affidavit of heirship"])
def test_probate_papers_are_other_papers(reader: PageReader, tmp_path: Path, lines: list[str]) -> None:
    """A probate court's papers name who acts for the estate: the successor's authority, no proof of death, however
    often they say "decedent"."""
    assert _one_paper(reader, tmp_path / "probate.pdf", lines).type == "other"


def test_guard_certificate_of_death_stays_a_death_certificate(reader: PageReader, tmp_path: Path) -> None:
    """The state's record of the death itself: its decedent, date and cause of death."""
    lines = ["STATE OF OHIO - DEPARTMENT OF HEALTH", "Office of Vital Records", "CERTIFICATE OF DEATH",
             "State file number 2054-018822", "Name of decedent: Walter James Pemberton", "Sex: Male",
             "Date of birth: 08/17/1981", "Date of death: 01/14/2054", "Place of death: Ashford County, Ohio",
             "Cause of death: Acute myocardial infarction", "Informant: Gideon R. Pemberton, son",
             "I certify that this is a true copy of the record on file with the State of Ohio Vital Records."]
    assert _one_paper(reader, tmp_path / "death certificate.pdf", lines).type == "death_certificate"


# --- 2. a foreclosure mediation program's papers -------------------------------------------------------------------

_MEDIATORS_REPORT = [
    "SUPERIOR COURT - FORECLOSURE MEDIATION PROGRAM",
    "MEDIATOR'S REPORT",
    "",
    "Harborview Savings Bank v. Desmond K. Alvarado",
    "Docket No. FBT-CV54-6012873",
    "",
    "Report of mediation session held on April 12, 2055.",
    "Present: Desmond K. Alvarado, borrower; Harborview Savings Bank by counsel.",
    "The parties did not reach an agreement. Documents still owed by the borrower by May 1, 2055:",
    "- Two most recent pay stubs",
    "- Checking account statements for March and April 2055, all pages",
    "- A signed and dated hardship letter",
    "- Signed federal tax returns for 2053 and 2054",
    "The next mediation session is set for May 20, 2055.",
    "Mediator: Philomena R. Castellane",
]
_NOTICE_OF_FILING = [
    "DOCKET NO. FBT-CV54-6012873          SUPERIOR COURT",
    "HARBORVIEW SAVINGS BANK v. DESMOND K. ALVARADO, ET AL.",
    "",
    "DEFENDANTS' NOTICE OF FILING OF FINANCIAL DOCUMENTS",
    "FOR THE FORECLOSURE MEDIATION PROGRAM",
    "",
    "The defendants hereby give notice that they have filed and served the following:",
    "1. Bank statements of Riverbend Credit Union for February and March 2055",
    "2. Pay stubs of Desmond K. Alvarado dated March 14 and March 28, 2055",
    "3. Hardship letter dated April 2, 2055",
    "",
    "THE DEFENDANTS, By: Ignatius W. Fenwick, their attorney",
]
_COVER_SHEET = [
    "FORECLOSURE MEDIATION PROGRAM",
    "DOCUMENT SUBMISSION COVER SHEET",
    "",
    "Case name: Harborview Savings Bank v. Desmond K. Alvarado",
    "Docket number: FBT-CV54-6012873",
    "Submitted by: Desmond K. Alvarado",
    "Documents enclosed (check each):",
    "[X] Mortgage assistance application (Form 710), signed and dated",
    "[X] Hardship letter",
    "[X] Two most recent pay stubs",
    "[ ] Profit and loss statement",
    "[X] Two most recent bank statements",
    "Total pages including this sheet: 14",
]


@pytest.mark.parametrize("lines", [_MEDIATORS_REPORT, _NOTICE_OF_FILING, _COVER_SHEET],
                         ids=["mediator's report", "notice of filing", "cover sheet"])
def test_foreclosure_mediation_papers_are_other_papers(reader: PageReader, tmp_path: Path,
                                                        lines: list[str]) -> None:
    """The program's papers list the borrower's statements, stubs and application: none of them is one."""
    assert _one_paper(reader, tmp_path / "mediation.pdf", lines).type == "other"


# --- 3. a legal-aid attorney's letter ------------------------------------------------------------------------------


def test_legal_aid_attorneys_letter_is_other(reader: PageReader, tmp_path: Path) -> None:
    """The attorney writes for the borrower and encloses the affidavit of hardship: no hardship letter itself."""
    lines = ["RIDGELINE LEGAL AID SOCIETY", "412 Commerce Street, Suite 3, Fairhaven, OH 44012", "April 8, 2055",
             "", "Harborview Savings Bank", "Loss Mitigation Department",
             "Re: Harborview Savings Bank v. Desmond K. Alvarado, Case No. CV-2054-1187", "",
             "Dear Sir or Madam:",
             "This office represents Desmond K. Alvarado in the above foreclosure action. Enclosed please find",
             "the following in support of his request for a loan modification: a mortgage assistance",
             "application; an Affidavit of hardship; his two most recent pay stubs; and his bank statements.",
             "Please direct all further communication on this matter to the undersigned.", "",
             "Very truly yours,", "Priya N. Castellanos, Esq.", "Staff Attorney"]
    assert _one_paper(reader, tmp_path / "attorney letter.pdf", lines).type == "other"


# --- 4. a credit union's member form -------------------------------------------------------------------------------

_TROUBLES = [("( ) A. LOSS OF A JOB", "( ) D. ILLNESS OR INJURY"),
             ("(X) B. LESS PAY OR FEWER HOURS", "( ) E. DEATH IN THE FAMILY"),
             ("( ) C. HOUSING COSTS WENT UP", "( ) F. DIVORCE OR SEPARATION")]


def _member_request(path: Path) -> Path:
    """Two pages: the numbered lines, answers typed after their captions' dot leaders, the property's use and the
    trouble's causes marked "(X)"; then the income list and the signature lines."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "PRAIRIE HOLLOW FEDERAL CREDIT UNION", 13, "Helvetica-Bold")
    draw_text(pdf, 40, 68, "MEMBER REQUEST FOR MORTGAGE PAYMENT ASSISTANCE", 12, "Helvetica-Bold")
    draw_text(pdf, 40, 86, "PLEASE TYPE OR PRINT. ANSWER EVERY LINE THAT APPLIES TO YOU.", 8)
    numbered = [("1. LOAN NUMBER", "0048817265"), ("2. MEMBER'S NAME (BORROWER)", "Augustina M. Kowalczyk"),
                ("3. LAST 4 DIGITS OF SOC. SEC. NO", "3317"),
                ("4. JOINT MEMBER (CO-BORROWER), IF ANY...", "Bronislaw T. Kowalczyk"),
                ("5. HOME TELEPHONE NUMBER", "(308) 555-0192"),
                ("6. STREET ADDRESS OF MORTGAGED PROPERTY..", "2714 Sandhill Crane Road"),
                ("7. TOWN, STATE AND ZIP CODE", "Kearney Flats, NE 68849"),
                ("8. NUMBER OF PEOPLE IN YOUR HOUSEHOLD", "4")]
    for index, (caption, answer) in enumerate(numbered):
        draw_text(pdf, 40, 116 + 22 * index, caption, 9)
        draw_text(pdf, 300, 116 + 22 * index, answer, 10)
    draw_text(pdf, 40, 300, "9. THE PROPERTY IS (MARK ONE WITH AN X):", 9)
    for index, option in enumerate(["(X) OUR HOME, WHERE WE LIVE ALL YEAR", "( ) A SECOND HOME OR SUMMER PLACE",
                                    "( ) WE RENT IT TO OTHERS"]):
        draw_text(pdf, 60, 318 + 16 * index, option, 9)
    draw_text(pdf, 40, 380, "10. WHAT CAUSED THE TROUBLE? MARK EVERY ONE THAT APPLIES:", 9)
    for index, (left, right) in enumerate(_TROUBLES):
        draw_text(pdf, 60, 398 + 16 * index, left, 9)
        draw_text(pdf, 320, 398 + 16 * index, right, 9)
    draw_text(pdf, 40, 462, "11. DATE THE TROUBLE BEGAN (MO/DAY/YR)", 9)
    draw_text(pdf, 300, 462, "12/01/2048", 10)
    pdf.showPage()
    draw_text(pdf, 40, 60, "12. MONTHLY INCOME OF ALL MEMBERS BEFORE TAXES", 9, "Helvetica-Bold")
    income = [("A. WAGES AND SALARY", "$ 2,912.00"), ("B. SOCIAL SECURITY OR PENSION", "$ 0.00"),
              ("C. CHILD SUPPORT OR ALIMONY", "$ 0.00"), ("D. ALL OTHER INCOME", "$ 0.00"),
              ("E. TOTAL", "$ 2,912.00")]
    for index, (caption, amount) in enumerate(income):
        draw_text(pdf, 60, 84 + 18 * index, caption, 9)
        draw_text(pdf, 300, 84 + 18 * index, amount, 10)
    draw_text(pdf, 40, 500, "WE CERTIFY THAT THE ANSWERS ABOVE ARE TRUE AND COMPLETE.", 8.5)
    member_signature_row(pdf, "03/09/2049", joint_signed=True)
    pdf.save()
    return path


def test_credit_union_member_request_is_an_application(reader: PageReader, tmp_path: Path) -> None:
    """The member is the borrower and the joint member the co-borrower; the "(X)" before "B." marks less pay, the
    option's letter standing between its box and its words."""
    documents = documents_read(reader, _member_request(tmp_path / "member request.pdf"), date(2049, 3, 20))
    assert kinds_of(documents) == [(APPLICATION, [1, 2])]
    fields = documents[0].fields
    assert fields["borrower_name"].value == "Augustina M. Kowalczyk"
    assert fields["co_borrower_name"].value == "Bronislaw T. Kowalczyk"
    assert fields["hardship_types"].value == ["reduction_in_income"]
    assert fields["hardship_start_date"].value == date(2048, 12, 1)


# --- 5, 6. a benefit notice's letterhead date and a pension plan's survivor letter ---------------------------------


def test_social_security_notice_dated_on_its_offices_line(reader: PageReader, tmp_path: Path) -> None:
    """"Retirement, Survivors, and Disability Insurance  Date:" is the letterhead's line in title case: the
    letter's own date."""
    lines = ["SOCIAL SECURITY ADMINISTRATION", "Mid-Atlantic Program Service Center",
             "Retirement, Survivors, and Disability Insurance      Date: February 10, 2060", "",
             "Notice of Award", "", "Claim Number: ***-**-4471A", "Ruthanne B. Okonkwo",
             "1187 Linden Terrace, Dover, DE 19901", "",
             "You are entitled to monthly survivors benefits beginning January 2060.",
             "The amount you will receive each month is $1,284.00.",
             "We pay benefits for a month in the following month.",
             "If you disagree with this decision, you have the right to appeal within 60 days."]
    document = _one_paper(reader, tmp_path / "notice of award.pdf", lines, date(2060, 3, 1))
    assert document.type == "benefit_award_letter"
    assert document.fields["letter_date"].value == date(2060, 2, 10)
    assert document.fields["letter_date"].confidence >= 0.85


def test_pension_plans_survivor_annuity_letter_is_a_benefit_award(reader: PageReader, tmp_path: Path) -> None:
    """A plan's letter to a member's widow names her survivor annuity and its monthly gross: an award, no doubt."""
    lines = ["Keystone Valley Municipal Retirement Plan", "Benefits Office, 200 Orchard Row, Millbrook, PA 17099",
             "March 3, 2060", "", "Adelaide F. Sorensen", "48 Quince Hollow Lane, Millbrook, PA 17099", "",
             "Re: Surviving spouse benefit", "Member: Harold T. Sorensen (deceased)", "",
             "Dear Mrs. Sorensen:",
             "We were sorry to learn of your husband's death. As his surviving spouse you are entitled to a",
             "survivor annuity under the Plan, payable from April 1, 2060.",
             "Gross monthly survivor annuity   $846.20", "Federal income tax withheld   $42.00",
             "Net monthly payment   $804.20",
             "The survivor annuity is payable for your lifetime.", "", "Sincerely,", "Benefits Office"]
    document = _one_paper(reader, tmp_path / "survivor annuity.pdf", lines, date(2060, 3, 20))
    assert document.type == "benefit_award_letter"
    assert document.type_confidence >= 0.9


# --- 7. a newspaper's death notice ---------------------------------------------------------------------------------


def test_newspaper_death_notice_is_an_obituary(reader: PageReader, tmp_path: Path) -> None:
    """"Went home to be with the Lord", "leaves to cherish his memory", the services and the burial: a death notice,
    though it never calls itself an obituary."""
    lines = ["Tobias Wendell Ashcombe", "",
             "Tobias Wendell Ashcombe, 71, of Millbrook went home to be with the Lord on Tuesday, March 4, 2059.",
             "He was born May 2, 1987, and retired from Millbrook Tool and Die after thirty years as a machinist.",
             "He leaves to cherish his memory his wife of 45 years, Loretta Ashcombe; two sons, Everett and",
             "Lamont Ashcombe; and six grandchildren.",
             "Services will be held Saturday at 11 a.m. at Greater Hope Baptist Church, with burial at",
             "Cedar Hill Memorial Gardens. Harmon and Sons Funeral Home is in charge of arrangements."]
    assert _one_paper(reader, tmp_path / "death notice.pdf", lines, date(2059, 4, 1)).type == "obituary"


# --- 8. a successor's signature caption ----------------------------------------------------------------------------


def test_successor_signature_caption_with_a_note_in_parentheses(reader: PageReader, tmp_path: Path) -> None:
    """"Borrower (successor) signature": the note in parentheses is no part of the caption's words; the pen's
    scribble over its line signs it."""
    path = tmp_path / "successor form.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "Tidewater Mortgage Servicing", 13, "Helvetica-Bold")
    draw_text(pdf, 40, 70, "Mortgage Assistance Application - Successor in Interest", 12, "Helvetica-Bold")
    draw_text(pdf, 40, 100, "Borrower name: Leontyne S. Abernathy", 10)
    draw_text(pdf, 40, 118, "Property address: 93 Marsh Hen Court, Beaufort, SC 29902", 10)
    draw_text(pdf, 40, 600, "I certify that all of the information in this application is true and complete.", 9)
    draw_text(pdf, 40, 640, "Borrower (successor) signature", 7.5)
    draw_text(pdf, 300, 640, "Date (mm/dd/yyyy)", 7.5)
    pdf.line(40, HEIGHT - 668, 260, HEIGHT - 668)
    pdf.setStrokeColorRGB(0.08, 0.12, 0.45)
    pdf.setLineWidth(1.1)
    pdf.bezier(50, HEIGHT - 666, 70, HEIGHT - 640, 90, HEIGHT - 690, 115, HEIGHT - 658)
    pdf.bezier(115, HEIGHT - 658, 140, HEIGHT - 642, 160, HEIGHT - 680, 200, HEIGHT - 660)
    pdf.line(60, HEIGHT - 662, 210, HEIGHT - 654)
    pdf.setStrokeColorRGB(0, 0, 0)
    draw_text(pdf, 302, 664, "04/18/2055", 10)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2055, 4, 18)


# --- 9. an old bank form's captions over the answers ---------------------------------------------------------------


def test_old_bank_form_captions_over_the_answers(reader: PageReader, tmp_path: Path) -> None:
    """"4 BORROWER - FIRST, MIDDLE, LAST NAME" names the name's parts after the person; the co-borrower's row under
    it is left blank."""
    path = tmp_path / "old bank form.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "COUNTY LINE SAVINGS AND LOAN ASSOCIATION", 12, "Helvetica-Bold")
    draw_text(pdf, 40, 68, "APPLICATION FOR MORTGAGE ASSISTANCE", 11, "Helvetica-Bold")
    rows = [(("1 LOAN NUMBER", "0061734490"), ("2 DATE OF THIS REQUEST", "03/28/2055")),
            (("4 BORROWER - FIRST, MIDDLE, LAST NAME", "Florence A. Whitcomb"), ("5 SOC. SEC. NO. - LAST 4", "5528")),
            (("6 CO-BORROWER - FIRST, MIDDLE, LAST NAME", ""), ("7 SOC. SEC. NO. - LAST 4", ""))]
    for index, cells in enumerate(rows):
        top = 100 + 34 * index
        for x, (caption, answer) in zip((40, 330), cells, strict=True):
            pdf.rect(x, HEIGHT - top - 30, 280 if x == 40 else 200, 30)
            draw_text(pdf, x + 3, top + 8, caption, 6.5)
            if answer:
                draw_text(pdf, x + 6, top + 24, answer, 10)
    draw_text(pdf, 40, 230, "8 PROPERTY ADDRESS  416 Old Mill Pond Road, Danvers, MA 01923", 9)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "ssn_last4", "co_borrower_name") == {
        "borrower_name": "Florence A. Whitcomb", "ssn_last4": "5528", "co_borrower_name": None}


# --- 10. a sworn affidavit's start date ----------------------------------------------------------------------------


def test_sworn_affidavit_circumstances_began_on_or_about(reader: PageReader, tmp_path: Path) -> None:
    """"These circumstances began on or about <date>": the hardship's start, in the affidavit's own sentence."""
    lines = ["SUPERIOR COURT OF NEW JERSEY, CHANCERY DIVISION, MERCER COUNTY",
             "Cedar Ridge Bank, Plaintiff, v. Octavia L. Brightwater, Defendant.  Docket No. F-004417-42",
             "AFFIDAVIT IN SUPPORT OF REQUEST FOR MORTGAGE ASSISTANCE", "",
             "I, Octavia L. Brightwater, of full age, being duly sworn, say:",
             "1. I am the defendant and the borrower on the mortgage loan number 0073319054.",
             "2. The mortgaged premises are known as 27 Heron Point Drive, Trenton, NJ 08690.",
             "3. I live in the premises as my primary residence.",
             "4. My employer cut my hours from forty to twenty-four hours a week.",
             "5. My gross monthly wages are now $2,280.00.",
             "6. I cannot make the full monthly payment of $1,615.00.",
             "7. These circumstances began on or about 06/30/2042 (month/day/year).",
             "8. I ask the plaintiff to review me for a loan modification.", "",
             "Sworn and subscribed before me on 09/15/2042.", "Octavia L. Brightwater"]
    path = tmp_path / "affidavit.pdf"
    text_pdf([lines], path)
    fields = one_document_fields(reader, path, date(2042, 9, 20), APPLICATION)
    assert values_of(fields, "hardship_start_date") == {"hardship_start_date": date(2042, 6, 30)}
