"""Dates read by what they date, accounts by their name, frequencies by two readings, and cue labels by
their colon: a child support order is no fax cover, a date of birth no letter date, a bank's image of a
deposited check a rent check with the day it was posted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from lossmit_docs.model import Page, PageRef, TextMethod
from lossmit_docs.reading.bank_statements import extract_bank_statement
from lossmit_docs.reading.classify import OTHER, classify_page
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.letters_and_checks import extract_letter
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from lossmit_docs.reading.signed_papers import _plausible_date, extract_tax_return
from lossmit_docs.settings import Settings


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def scanned(text: str, confidence: float = 0.9) -> Page:
    return Page(1, text, TextMethod.OCR, confidence)


COURT_ORDER = """IN THE DISTRICT COURT OF POLK COUNTY
STATE OF WISCONSIN
DELPHINE C. OKONJO-MARSH,
Petitioner,
Case No. 2025DR4751
and
TOBIAS R. MARSH,
Respondent.
ORDER FOR CHILD SUPPORT
1. This matter came before the Court on the Petitioner's motion to establish child support. The Court
has reviewed the parties' financial affidavits and the child support guidelines worksheet attached.
2. The Respondent shall pay to the Petitioner child support of $820.00 per month, payable through the
State Disbursement Unit by income withholding order, for the pages of this order that follow.
Page 1 of 5"""

FAX_COVER = """Fax
To: Loss Mitigation Department
From: Delphine Okonjo-Marsh
Re: loan 0428213849
Pages: 6
Comments: documents you asked for"""


def test_a_cue_asked_as_a_label_needs_its_colon() -> None:
    # "re" inside "Petitioner", "to" inside "Court", "pages" in prose: before, these made any page score as a
    # fax cover, and a court order was dropped from its file as one
    assert classify_page(scanned(COURT_ORDER)).type == OTHER
    assert classify_page(scanned(FAX_COVER)).type == "fax_cover"


PHYSICIAN = """GRANITE MUTUAL LIFE INSURANCE COMPANY ATTENDING PHYSICIAN'S STATEMENT
Group Short-Term Disability - Claims PO Box 1790, Hartford, CT 06101
Patient name Date of birth
Harriet A. Pettigrew 04/23/1975
Date patient first unable to work Expected return to work
12/08/2027 Undetermined
Employer Claim number
Riverbend Clinic STD-296864
Diagnosis (ICD-10) Restrictions
On file with claims No lifting > 10 lb; no standing > 1h
Is the patient unable to perform the duties of his or her own occupation? Yes
Is the condition the result of an injury at work? No
I certify that I am the treating physician and that the information above is complete.

( 2 80 00 2 06/12/2028 MD75706

Physician's signature Date signed License no.
Dr. Constance Petrov, Internal Medicine"""


def test_a_form_is_dated_over_its_date_signed_caption_not_by_a_birth_date() -> None:
    # as tesseract writes a form's blocks, a blank line between each: its signature row falls past the heading
    fields = extract_letter([scanned(PHYSICIAN.replace("\n", "\n\n"))], ref, benefit=False)
    assert fields["letter_date"].value == date(2028, 6, 12)


def test_a_birth_date_heading_a_form_is_never_its_date() -> None:
    text = "Patient name Date of birth\nHarriet A. Pettigrew 04/23/1975\nDiagnosis on file with claims"
    assert extract_letter([scanned(text)], ref, benefit=False)["letter_date"].value is None


def test_a_tax_return_dated_by_its_own_title_is_sure_of_its_year() -> None:
    # OCR split "1040" into "10 40"; the title line names the form and its year together
    text = ("10 40 Department of the Treasury-Internal Revenue Service OMB No. 1545-0074\n"
            "U.S. Individual Income Tax Return 2027\nFiling Status Single\n"
            "Your first name and middle initial Last name\nLeontyne M. Fairweather\n"
            "Prior year carryover from 2026 worksheet")
    fields = extract_tax_return([scanned(text, 0.93)], ref)
    assert fields["tax_year"].value == 2027
    assert fields["form"].value == "1040"
    assert fields["tax_year"].confidence >= 0.8 and fields["form"].confidence >= 0.8


def test_a_signature_date_after_this_year_is_plausible_when_the_papers_came_in_then() -> None:
    # judged by the day the papers were received, not the machine's clock: a batch for another day reads alike
    assert _plausible_date(date(2031, 6, 7), 0.8, date(2031, 6, 9)) == 0.9
    assert _plausible_date(date(2031, 6, 7), 0.8, date(2026, 6, 9)) == 0.4  # five years after receipt: a misread
    assert _plausible_date(date(1989, 6, 7), 0.8, date(2031, 6, 9)) == 0.4


def test_a_printed_frequency_the_period_agrees_with_is_sure() -> None:
    stub = ("SUNDERLAND NURSERY SUPPLY INC EARNINGS STATEMENT\nEMPLOYEE: IGNACIO T. VANDERMEER\n"
            "PERIOD 03/05/28 - 03/11/28 PAY FREQ WEEKLY\nPAY DATE 03/17/28\n"
            "GROSS PAY 861.20 9,688.50\nNET PAY 700.58")
    fields, _ = extract_pay_stub([scanned(stub, 0.85)], ref)
    assert fields["frequency"].value == "weekly"
    assert fields["frequency"].confidence >= 0.9  # 0.95 x 0.85 alone would go to review
    # a printed frequency the period contradicts stays as sure as its print
    odd = stub.replace("03/11/28", "03/18/28")
    fields, _ = extract_pay_stub([scanned(odd, 0.85)], ref)
    assert fields["frequency"].confidence < 0.9


def test_an_account_named_late_on_the_first_page_gives_its_last_four() -> None:
    # OCR read the page's columns one by one: the account's name and masked number come after the activity
    activity = "\n".join(f"12/{day:02d} CARD PURCHASE {day}.11" for day in range(1, 20))
    statement = (f"Continental Summit Bank, N.A.\nMember FDIC\nROSALIND J. ABERNATHY-COLE\n5247 PEWTER ST\n"
                 f"Statement period December 1, 2027 - December 31, 2027\n{activity}\n"
                 "Everyday Checking .... 0333\nOpening balance $1,821.15\nClosing balance $3,137.50")
    fields = extract_bank_statement([scanned(statement)], ref)
    assert fields["account_last4"].value == "0333"


def _check_image() -> Image.Image:
    image = Image.new("L", (900, 380), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((4, 4, 895, 375), outline=0, width=3)
    draw.text((40, 60), "PAY TO THE ORDER OF  Evander Ashby-Kwan   $1,100.00", fill=0)
    draw.text((40, 140), "One thousand one hundred and 00/100 DOLLARS", fill=0)
    draw.text((40, 260), "MEMO  rent May, unit B", fill=0)
    return image


def test_a_banks_image_of_a_deposited_check_is_a_rent_check_dated_by_its_posting(tmp_path: Path) -> None:
    path = tmp_path / "Chèque loyer – May (Unit B).pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, 740, "LAKERIDGE BANK  Deposited Item")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, 722, "Online Banking · Check Image   Posted 05/02/2028 · Amount $1,100.00 · Sequence 953233790")
    pdf.drawString(72, 700, "FRONT")
    pdf.drawImage(ImageReader(_check_image()), 72, 520, width=468, height=176)
    pdf.drawString(72, 500, "BACK")
    pdf.drawImage(ImageReader(Image.new("L", (900, 380), 235)), 72, 316, width=468, height=176)
    pdf.save()
    with PageReader(Settings(home=tmp_path, workers=1)) as reader:
        pages = reader.read(path)
    assert pages[0].method == TextMethod.TEXT_LAYER  # the check's picture is never OCR'd
    documents, _ = read_documents(path.name, "sha", pages, date(2028, 6, 1), ink=PdfInk(path, pages))
    assert [d.type for d in documents] == ["rent_check"]
    assert documents[0].fields["check_date"].value == date(2028, 5, 2)
    assert documents[0].document_date == date(2028, 5, 2)


def test_a_county_asked_in_the_addresss_row_of_cells_is_no_part_of_the_address(tmp_path: Path) -> None:
    path = tmp_path / "intake.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(72, 740, "MORTGAGE ASSISTANCE APPLICATION")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, 700, "Borrower's name")
    pdf.drawString(200, 700, "Dolores E. Whitehorse")
    pdf.drawString(72, 680, "Loan number")
    pdf.drawString(200, 680, "0645577362")
    for x, caption in ((72, "Street address (incl. unit)"), (250, "City"), (360, "County"), (450, "State"),
                       (500, "ZIP")):
        pdf.drawString(x, 640, caption)
    pdf.setFont("Helvetica", 11)
    for x, value in ((72, "2786 Tamarack Cir Apt 40"), (250, "Rock Hill"), (360, "Shawnee"), (450, "SC"),
                     (500, "29724")):
        pdf.drawString(x, 624, value)
    pdf.save()
    with PageReader(Settings(home=tmp_path, workers=1)) as reader:
        pages = reader.read(path)
    documents, _ = read_documents(path.name, "sha", pages, date(2028, 2, 10), ink=PdfInk(path, pages))
    application = next(d for d in documents if d.type == "mortgage_assistance_application")
    assert application.fields["property_address"].value == "2786 Tamarack Cir Apt 40, Rock Hill, SC 29724"
