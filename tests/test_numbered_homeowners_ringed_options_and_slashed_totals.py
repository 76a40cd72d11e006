"""A court program's worksheet that numbers its homeowners, a credit union's joint member answered "NONE", a pay
stub's totals printed current and year to date parted by a slash, a scanned form's hardship option ringed under a
question that uses its words, a signature row over the next signer's, an attorney's faxed letter and a widow's
letter that encloses the obituary.

1. A court program's worksheet, "HOMEOWNER 1" over "Q5 Full name <name>  Q6 SSN - last 4 <digits>" and
   "HOMEOWNER 2 (only if another person signed the note or mortgage)" over "Q9 Full name <name>  Q10 ...", its
   signature rows "Q41 Signature of homeowner 1  Print name: ...  Q42 Date signed" and "Q43 Signature of
   homeowner 2 ...", each scribbled and dated: the second homeowner is the co-borrower, and signed (before, none
   and not signed).
2. Guard: the same worksheet, the second homeowner's "Q9 Full name" left blank over "Q11 Daytime telephone  Q12
   E-mail": no co-borrower, not the next question's "Daytime telephone".
3. A credit union's numbered line "4. JOINT MEMBER (CO-BORROWER), IF ANY... NONE": no co-borrower, surely, and
   none's signature missing (before, 0.6 sure, the line in capitals taken for a caption).
4. A pay stub's bottom band "GROSS PAY - CURRENT / YEAR TO DATE ..." over "1,664.66 / 13,720.08 ...": the year to
   date's gross (before, none).
5. A scan (real tesseract): "9. What caused your hardship? (circle every one that applies)", its lettered options
   in two columns, "H A borrower or wage earner passed away" ringed while an earlier line reads "5. Borrower or
   co-owner who passed away": the death (before, none).
6. "Your signature <scribble>  Dte. 06/14/2060" over "Co-borrower's signature  Date": the borrower's date and
   signature (before, the co-borrower's "Date" taken for the borrower's, and unsigned).
7. A legal-aid attorney's letter "Via facsimile", enclosing a judgment of dissolution of marriage: an `other`
   paper, listed (before, a divorce decree).
8. A widow's typed letter telling of her husband's death and enclosing his obituary, asking for a lower payment:
   a hardship letter (before, an obituary).

Born-digital fixtures (reportlab) but for 5's scan, read through the real page reader and `read_documents` with
their ink and word boxes. Courts, banks and people are fictional.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import SCAN_DPI, documents_read, kinds_of, one_document_fields
from lossmit_docs.reading.pages import PageReader
from pdf_factory import draw_text, member_signature_row, pen_signature, printed_and_scanned, text_pdf

RECEIVED = date(2060, 6, 20)
APPLICATION = "mortgage_assistance_application"
HEIGHT = letter[1]


# --- 1, 2. a court program's worksheet numbering its homeowners ----------------------------------------------------

HOMEOWNER_1, HOMEOWNER_2 = "Rosalie K. Brennerman", "Thaddeus O. Brennerman"


def _worksheet(path: Path, second: str) -> Path:
    """Two pages: the homeowners' part, questions numbered down the page; then the signature rows, each homeowner's
    scribble over its line and the date typed over its caption."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "SUPERIOR COURT OF THE STATE OF NEW HAVEN", 11, "Helvetica-Bold")
    draw_text(pdf, 40, 68, "HOMEOWNER'S UNIFORM FINANCIAL WORKSHEET", 13, "Helvetica-Bold")
    draw_text(pdf, 40, 86, "Mortgage assistance application - answer every question that applies to you.", 8.5)
    draw_text(pdf, 40, 116, "PART I - THE LOAN", 10, "Helvetica-Bold")
    draw_text(pdf, 40, 136, "Q1 Loan number  0072291846", 9)
    draw_text(pdf, 40, 154, "Q2 Property address  63 Tern Hollow Road, Old Saybrook, CT 06475", 9)
    draw_text(pdf, 40, 190, "PART II - HOMEOWNERS", 10, "Helvetica-Bold")
    draw_text(pdf, 40, 212, "HOMEOWNER 1", 9, "Helvetica-Bold")
    draw_text(pdf, 40, 230, f"Q5 Full name  {HOMEOWNER_1}", 9)
    draw_text(pdf, 320, 230, "Q6 SSN - last 4  4821", 9)
    draw_text(pdf, 40, 248, "Q7 Daytime telephone  (860) 555-0143", 9)
    draw_text(pdf, 320, 248, "Q8 E-mail  rbrennerman@example.net", 9)
    draw_text(pdf, 40, 276, "HOMEOWNER 2 (only if another person signed the note or mortgage)", 9, "Helvetica-Bold")
    draw_text(pdf, 40, 294, f"Q9 Full name  {second}" if second else "Q9 Full name", 9)
    draw_text(pdf, 320, 294, "Q10 SSN - last 4  7730" if second else "Q10 SSN - last 4", 9)
    draw_text(pdf, 40, 312, "Q11 Daytime telephone", 9)
    draw_text(pdf, 320, 312, "Q12 E-mail", 9)
    pdf.showPage()
    draw_text(pdf, 40, 60, "PART VI - SIGNATURES", 10, "Helvetica-Bold")
    draw_text(pdf, 40, 80, "I swear that the answers on this worksheet are true and complete.", 8.5)
    rows = [(150, "Q41 Signature of homeowner 1", HOMEOWNER_1, "Q42 Date signed (mm/dd/yyyy)", "06/09/2060")]
    if second:
        rows.append((210, "Q43 Signature of homeowner 2", second, "Q44 Date signed", "06/10/2060"))
    else:
        rows.append((210, "Q43 Signature of homeowner 2", "", "Q44 Date signed", ""))
    for top, caption, name, dated, when in rows:
        pdf.setLineWidth(0.6)
        pdf.line(40, HEIGHT - top, 260, HEIGHT - top)
        pdf.line(430, HEIGHT - top, 560, HEIGHT - top)
        draw_text(pdf, 40, top + 10, caption, 7.5)
        draw_text(pdf, 270, top + 10, f"Print name: {name}", 7.5)
        draw_text(pdf, 430, top + 10, dated, 7.5)
        if name:
            pen_signature(pdf, 52, top - 1, 150)
            draw_text(pdf, 436, top - 3, when, 10)
    pdf.save()
    return path


def test_second_numbered_homeowner_is_the_co_borrower_and_signs(reader: PageReader, tmp_path: Path) -> None:
    """"HOMEOWNER 2" heads the second person's questions, its note in parentheses no question of its own; its
    "Q9 Full name" stops at "Q10", and "Signature of homeowner 2" is the co-borrower's line."""
    fields = one_document_fields(reader, _worksheet(tmp_path / "worksheet.pdf", HOMEOWNER_2), RECEIVED, APPLICATION)
    assert fields["borrower_name"].value == HOMEOWNER_1
    assert fields["co_borrower_name"].value == HOMEOWNER_2
    assert fields["signed"].value is True
    assert fields["co_borrower_signed"].value is True


def test_guard_second_homeowners_blank_name_is_no_co_borrower(reader: PageReader, tmp_path: Path) -> None:
    """"Q9 Full name" left blank over "Q11 Daytime telephone": the next question, no name."""
    fields = one_document_fields(reader, _worksheet(tmp_path / "worksheet.pdf", ""), RECEIVED, APPLICATION)
    assert fields["borrower_name"].value == HOMEOWNER_1
    assert fields["co_borrower_name"].value is None


# --- 3. a credit union's joint member answered "NONE" -------------------------------------------------------------


def _member_request(path: Path) -> Path:
    """A credit union's numbered lines in capitals, each answer typed after its caption's dot leader; the member's
    signature line scribbled, the joint member's left empty."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "CEDAR BLUFF FEDERAL CREDIT UNION", 13, "Helvetica-Bold")
    draw_text(pdf, 40, 68, "MEMBER REQUEST FOR MORTGAGE PAYMENT ASSISTANCE - MORTGAGE ASSISTANCE APPLICATION", 11,
              "Helvetica-Bold")
    draw_text(pdf, 40, 86, "PLEASE TYPE OR PRINT. ANSWER EVERY LINE THAT APPLIES TO YOU.", 8)
    numbered = [("1. LOAN NUMBER", "0051937720"), ("2. BORROWER'S NAME (MEMBER)", "Wilhelmina J. Osterberg"),
                ("3. LAST 4 DIGITS OF SOC. SEC. NO", "6604"), ("4. JOINT MEMBER (CO-BORROWER), IF ANY...", "NONE"),
                ("5. HOME TELEPHONE NUMBER", "(402) 555-0168"),
                ("6. STREET ADDRESS OF MORTGAGED PROPERTY..", "118 Bur Oak Lane"),
                ("7. TOWN, STATE AND ZIP CODE", "Seward, NE 68434")]
    for index, (caption, answer) in enumerate(numbered):
        draw_text(pdf, 40, 116 + 22 * index, caption, 9)
        draw_text(pdf, 300, 116 + 22 * index, answer, 10)
    draw_text(pdf, 40, 500, "WE CERTIFY THAT THE ANSWERS ABOVE ARE TRUE AND COMPLETE.", 8.5)
    member_signature_row(pdf, "06/02/2060", joint_signed=False)
    pdf.save()
    return path


def test_joint_member_answered_none_on_a_numbered_line_in_capitals(reader: PageReader, tmp_path: Path) -> None:
    """"NONE" after the joint member's caption is the answer that there is none, not the next caption in capitals:
    no co-borrower, surely, and no joint member's signature owed."""
    fields = one_document_fields(reader, _member_request(tmp_path / "member request.pdf"), RECEIVED, APPLICATION)
    assert fields["borrower_name"].value == "Wilhelmina J. Osterberg"
    assert fields["co_borrower_name"].value is None
    assert fields["co_borrower_name"].confidence >= 0.9
    assert fields["co_borrower_signed"].value is not False


# --- 4. a pay stub's totals, current and year to date parted by a slash --------------------------------------------


def _slashed_stub(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "GRANITE FALLS MILLWORK INC.", 12, "Helvetica-Bold")
    draw_text(pdf, 40, 68, "STATEMENT OF EARNINGS", 11, "Helvetica-Bold")
    draw_text(pdf, 40, 92, "EMPLOYEE: DESMOND A. KILBRIDE", 9)
    draw_text(pdf, 330, 92, "PAY DATE: 05/30/2060", 9)
    draw_text(pdf, 40, 108, "PERIOD: 05/16/2060 - 05/29/2060", 9)
    draw_text(pdf, 330, 108, "EMPLOYEE ID: 40718", 9)
    for x, heading in ((40, "EARNINGS"), (200, "HOURS"), (300, "CURRENT"), (420, "YEAR TO DATE")):
        draw_text(pdf, x, 140, heading, 8.5, "Helvetica-Bold")
    for top, label, hours, current, ytd in ((158, "REGULAR", "80.00", "1,584.00", "12,988.80"),
                                             (174, "OVERTIME", "2.75", "80.66", "731.28")):
        draw_text(pdf, 40, top, label, 9)
        draw_text(pdf, 235, top, hours, 9, right=True)
        draw_text(pdf, 350, top, current, 9, right=True)
        draw_text(pdf, 480, top, ytd, 9, right=True)
    for x, heading in ((40, "DEDUCTIONS"), (300, "CURRENT"), (420, "YEAR TO DATE")):
        draw_text(pdf, x, 206, heading, 8.5, "Helvetica-Bold")
    for top, label, current, ytd in ((224, "FEDERAL INCOME TAX", "142.31", "1,198.04"),
                                     (240, "SOCIAL SECURITY", "103.21", "850.64"),
                                     (256, "MEDICARE", "24.14", "198.94"),
                                     (272, "STATE INCOME TAX", "81.29", "707.07")):
        draw_text(pdf, 40, top, label, 9)
        draw_text(pdf, 350, top, current, 9, right=True)
        draw_text(pdf, 480, top, ytd, 9, right=True)
    pdf.setLineWidth(0.6)
    pdf.rect(36, HEIGHT - 340, 540, 44)
    for x, caption in ((40, "GROSS PAY - CURRENT / YEAR TO DATE"), (220, "TOTAL DEDUCTIONS - CURRENT / YEAR TO DATE"),
                       (430, "NET PAY - CURRENT / YEAR TO DATE")):
        draw_text(pdf, x, 310, caption, 7)
    for x, figures in ((40, "1,664.66 / 13,720.08"), (220, "350.95 / 2,954.69"), (430, "1,313.71 / 18,765.39")):
        draw_text(pdf, x, 328, figures, 10, "Helvetica-Bold")
    pdf.save()
    return path


def test_pay_stub_totals_current_and_year_to_date_parted_by_a_slash(reader: PageReader, tmp_path: Path) -> None:
    """"GROSS PAY - CURRENT / YEAR TO DATE" over "1,664.66 / 13,720.08": the figure after the slash is the
    year to date's gross."""
    fields = one_document_fields(reader, _slashed_stub(tmp_path / "stub.pdf"), RECEIVED, "pay_stub")
    assert fields["gross_current"].value == Decimal("1664.66")
    assert fields["gross_ytd"].value == Decimal("13720.08")


# --- 5. a scanned form's hardship option ringed ---------------------------------------------------------------------

_HARDSHIP_OPTIONS = [("A Job loss", "E Divorce or separation"), ("B Less income or fewer hours", "F Disaster"),
                     ("C Illness or injury", "G Higher housing costs"),
                     ("D Military service", "H A borrower or wage earner passed away")]


def _ringed_request(path: Path) -> Path:
    """Printed, its option "H" ringed by a pen, then scanned grey at 300 dpi."""
    born = path.with_suffix(".born.pdf")
    pdf = canvas.Canvas(str(born), pagesize=letter)
    draw_text(pdf, 50, 60, "Lakehaven Mortgage Company", 14, "Helvetica-Bold")
    draw_text(pdf, 50, 82, "Request for Mortgage Assistance", 13, "Helvetica-Bold")
    lines = ["1. Loan number: 0093381257", "2. Borrower name: Imogen T. Halloway",
             "3. Property address: 27 Kestrel Run, Manistee, MI 49660", "4. Phone: (231) 555-0176",
             "5. Borrower or co-owner who passed away: Bertram L. Halloway"]
    for index, line in enumerate(lines):
        draw_text(pdf, 50, 120 + 22 * index, line, 11)
    draw_text(pdf, 50, 250, "9. What caused your hardship? (circle every one that applies)", 11)
    for index, (left, right) in enumerate(_HARDSHIP_OPTIONS):
        top = 276 + 24 * index
        draw_text(pdf, 70, top, left, 11)
        draw_text(pdf, 300, top, right, 11)
        if right.startswith("H "):
            width = pdf.stringWidth(right, "Helvetica", 11)
            pdf.setStrokeColorRGB(0.08, 0.12, 0.45)
            pdf.setLineWidth(1.5)
            pdf.ellipse(292, HEIGHT - top - 8, 308 + width, HEIGHT - top + 14, stroke=1, fill=0)
            pdf.setStrokeColorRGB(0, 0, 0)
    draw_text(pdf, 50, 400, "10. Date the hardship began: 01/22/2060", 11)
    pdf.save()
    return printed_and_scanned(born, SCAN_DPI, path)


def test_ringed_death_option_under_a_question_with_its_words(reader: PageReader, tmp_path: Path) -> None:
    """"passed away" also ends the earlier question "5. Borrower or co-owner who passed away": the ring round
    option "H" is looked for round each place its words stand."""
    fields = one_document_fields(reader, _ringed_request(tmp_path / "ringed.pdf"), RECEIVED, APPLICATION)
    assert fields["hardship_types"].value == ["death"]


# --- 6. a signature row over the next signer's ----------------------------------------------------------------------


def _signature_block(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "Brookhollow Loan Servicing", 13, "Helvetica-Bold")
    draw_text(pdf, 40, 70, "Mortgage Assistance Application", 12, "Helvetica-Bold")
    draw_text(pdf, 40, 100, "Borrower name: Cassius R. Wetherby", 10)
    draw_text(pdf, 40, 118, "Property address: 1402 Quarry Ridge Lane, Barre, VT 05641", 10)
    draw_text(pdf, 40, 600, "I certify that all of the information in this application is true and complete.", 9)
    draw_text(pdf, 40, 640, "Your signature", 9)
    pdf.line(110, HEIGHT - 641, 320, HEIGHT - 641)
    pen_signature(pdf, 120, 640, 150)
    draw_text(pdf, 340, 640, "Dte.", 9)
    draw_text(pdf, 365, 640, "06/14/2060", 10)
    draw_text(pdf, 40, 672, "Co-borrower's signature", 9)
    pdf.line(150, HEIGHT - 673, 320, HEIGHT - 673)
    draw_text(pdf, 340, 672 - 1.5, "Date", 9)  # a point and a half off its row's baseline, as forms print it
    pdf.line(365, HEIGHT - 673, 450, HEIGHT - 673)
    pdf.save()
    return path


def test_borrowers_date_not_taken_from_the_next_signers_row(reader: PageReader, tmp_path: Path) -> None:
    """The borrower's date caption misspelt "Dte.": the "Date" on the co-borrower's row beside its own signature
    caption is that signer's, so the borrower's date is the one typed on its own row."""
    fields = one_document_fields(reader, _signature_block(tmp_path / "signature block.pdf"), RECEIVED, APPLICATION)
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2060, 6, 14)


# --- 7, 8. an attorney's faxed letter and a widow's letter ---------------------------------------------------------


def test_legal_aid_attorneys_faxed_letter_enclosing_a_judgment_is_other(reader: PageReader, tmp_path: Path) -> None:
    """"Via facsimile" is how the letter went, no cover sheet of its own; the judgment it encloses is not the
    letter: an `other` paper, listed."""
    lines = ["SHORELINE LEGAL SERVICES, INC.", "88 Bank Street, New London, CT 06320", "June 12, 2060", "",
             "Via facsimile to (860) 555-0190", "Harborview Savings Bank", "Loss Mitigation Department", "",
             "Re: Mireille D. Fontaine, Loan No. 0064419073 - Foreclosure Mediation Program", "",
             "Dear Sir or Madam:",
             "This office represents Mireille D. Fontaine in the above matter. Enclosed please find a copy of the",
             "Judgment of dissolution of marriage entered on March 2, 2060, which awards the property to",
             "Ms. Fontaine. She asks that the loan be reviewed in her name alone.", "",
             "Very truly yours,", "Anselm K. Whitlock, Esq.", "Staff Attorney"]
    path = tmp_path / "attorney fax.pdf"
    text_pdf([lines], path)
    assert kinds_of(documents_read(reader, path, RECEIVED)) == [("other", [1])]


def test_widows_letter_enclosing_the_obituary_is_a_hardship_letter(reader: PageReader, tmp_path: Path) -> None:
    """She tells of her husband's death and asks for a lower payment; the obituary is only enclosed."""
    lines = ["June 8, 2060", "", "Harborview Savings Bank", "", "Dear Sirs:",
             "My husband Arnold passed away on November 3 after a long illness. He was the one who worked and",
             "paid for our house. I have enclosed a copy of the obituary from the Tribune.",
             "Since he died my only income is my Social Security and a small pension.",
             "I am asking the bank to lower my payment so I can stay in the home we shared for forty years.", "",
             "Sincerely yours,", "Henrietta M. Galloway"]
    path = tmp_path / "letter.pdf"
    text_pdf([lines], path)
    assert kinds_of(documents_read(reader, path, RECEIVED)) == [("hardship_letter", [1])]
