"""Layouts of two late blind sets, each read wrong by an earlier rule.

A landscape servicer form answers every question by typing "Y" or "N" in a small box right after the
question's mark, another column's words going on after it on the same row ("1. Did a borrower lose a job? N
WAGES, SALARY ..."); its occupancy is asked as three such questions. A form of numbered fields prints each
field's number before its label, so the next field's number stands on the row after a label ("18 Gross wages
... 19 Self-employment income 20 Unemployment benefits"): a field's number is no amount. A state agency's
portal prints its e-signature as "Signed electronically by ... on ...". A national bank's statement names its
checking part after its product ("Everyday Checking summary") and reports a linked savings part after it. A
table form of label and answer cells marks each choice with an X typed in the box AFTER its words, wraps a
label's note onto a second line beside its answer, and signs in a table of a row per signer under "Signer |
Signature | Date".

Born-digital pages (reportlab) through the real PageReader; no behaviour here needs a scan.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import PageRef
from lossmit_docs.reading.application_blanks import captioned_blanks
from lossmit_docs.reading.bank_statements import extract_bank_statement
from lossmit_docs.reading.extract_application import _yes_or_no, extract_application
from lossmit_docs.reading.ink import PdfInk, with_words
from lossmit_docs.reading.pages import PageReader
from pdf_factory import pen_signature, text_pdf


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _application(reader: PageReader, path: Path) -> dict:
    pages = reader.read(path)
    return extract_application(pages, ref, PdfInk(path, pages))


def _yes_no_form(path: Path) -> Path:
    """Three columns on a landscape page: the borrower's facts and the occupancy questions, the hardship
    questions, the income lines; each answer a letter typed in a small box after the question."""
    width, height = landscape(letter)
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(30, height - 30, "LAKESHORE MORTGAGE ASSISTANCE APPLICATION")
    pdf.setFont("Helvetica", 7)
    pdf.drawString(30, height - 44, "Answer every question in a small box by typing Y (yes) or N (no).")
    left = [("LOAN NUMBER", "4410927731"), ("BORROWER'S FULL NAME", "Odile P. Marchetti")]
    y = height - 70
    for caption, answer in left:
        pdf.setFont("Helvetica", 6.5)
        pdf.drawString(30, y, caption)
        pdf.setFont("Courier", 9)
        pdf.drawString(30, y - 11, answer)
        y -= 30
    questions = [("Is the property your primary residence?", "N"), ("Is it a second home?", "Y"),
                 ("Is it a rental / investment property?", "N")]
    reasons = [("1. Did a borrower lose a job?", "N"), ("2. Was pay, hours or overtime cut?", "Y"),
               ("3. Did taxes, insurance or HOA dues go up?", "N"), ("4. Did a disaster hit the home?", "N"),
               ("5. Is a borrower seriously ill or disabled?", "N"),
               ("6. Another reason? (explain below)", "Y")]
    income = ["WAGES, SALARY, OVERTIME", "SELF-EMPLOYMENT INCOME", "UNEMPLOYMENT BENEFITS", "RENTAL INCOME",
              "OTHER INCOME", "TOTAL MONTHLY INCOME"]
    for row in range(6):
        y = height - 150 - 18 * row
        pdf.setFont("Helvetica", 7)
        if row < len(questions):
            pdf.drawString(30, y, questions[row][0])
            pdf.rect(180, y - 2, 9, 9)
            pdf.setFont("Courier", 8)
            pdf.drawString(182, y, questions[row][1])
            pdf.setFont("Helvetica", 7)
        pdf.drawString(270, y, reasons[row][0])
        pdf.rect(440, y - 2, 9, 9)
        pdf.setFont("Courier", 8)
        pdf.drawString(442, y, reasons[row][1])
        pdf.setFont("Helvetica", 6.5)
        pdf.drawString(520, y, income[row])
    pdf.save()
    return path


def test_a_letter_typed_after_each_question_answers_it(reader: PageReader, tmp_path: Path) -> None:
    fields = _application(reader, _yes_no_form(tmp_path / "yn.pdf"))
    assert fields["occupancy"].value == "second_home"
    assert fields["occupancy"].confidence >= 0.9
    assert sorted(fields["hardship_types"].value) == ["other", "reduction_in_income"]  # past "(explain below)"
    assert fields["hardship_types"].confidence >= 0.9


def test_a_fields_number_before_the_next_label_is_no_amount(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "numbered.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    top = letter[1]
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, top - 40, "REQUEST FOR MORTGAGE ASSISTANCE")
    pdf.setFont("Helvetica", 7)
    pdf.drawString(40, top - 56, "Write monthly amounts before taxes in 18 to 21 and their total in 22.")
    row = [(40, "18", "Gross wages, salary, overtime"), (200, "19", "Self-employment income"),
           (360, "20", "Unemployment benefits")]
    for x, number, label in row:
        pdf.setFont("Helvetica-Bold", 6)
        pdf.drawString(x, top - 90, number)
        pdf.setFont("Helvetica", 7)
        pdf.drawString(x + 12, top - 90, label)
        pdf.drawString(x, top - 101, "$")
    pdf.setFont("Courier", 9)
    pdf.drawString(52, top - 101, "3,120.00")
    pdf.setFont("Helvetica-Bold", 6)
    pdf.drawString(40, top - 140, "21")
    pdf.setFont("Helvetica", 7)
    pdf.drawString(52, top - 140, "TOTAL monthly income")
    pdf.drawString(40, top - 158, "$")
    pdf.setFont("Courier", 9)
    pdf.drawString(52, top - 158, "3,120.00")
    pdf.save()
    fields = _application(reader, path)
    assert fields["income.wages"].value == Decimal("3120.00")  # not the next field's "19"
    assert fields["income.total"].value == Decimal("3120.00")


def test_a_portals_electronic_signature_signs_the_application(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "portal.pdf"
    text_pdf([["Homeowner Assistance Fund - Application Summary", "Primary applicant: Desmond T. Achebe",
               "Servicer loan number: 5520187734", "Property address: 218 Tinker Mill Road, Forest, VA 24551",
               "Certifications and Electronic Signature", "I certify that the information is true and complete.",
               "Electronic signatures",
               "Signed electronically by Desmond T. Achebe on 04/07/2039 at 9:14 AM EDT"]], path, font_size=9)
    fields = _application(reader, path)
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2039, 4, 7)


def test_a_checking_part_named_after_its_product_reports_the_balances(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "national.pdf"
    text_pdf([["CONTINENTAL PLAINS BANK", "Everyday Checking - account ending 1208",
               "May 1, 2038 through May 31, 2038 Page 1 of 2", "GEORGINA L. ASHBY",
               "Everyday Checking summary", "Beginning balance on 05/01/2038 1,488.32",
               "Deposits and other additions 2,512.18", "Withdrawals and other subtractions -1,331.45",
               "Ending balance on 05/31/2038 2,669.05", "Statement period: 05/01/2038 - 05/31/2038"],
              ["CONTINENTAL PLAINS BANK", "Linked savings summary - account ending 9945",
               "Beginning balance on 05/01/2038 4,010.00", "Deposits and other additions 50.00",
               "Ending balance on 05/31/2038 4,060.41"]], path, font_size=9)
    pages = reader.read(path)
    fields = extract_bank_statement([with_words(page, PdfInk(path, pages)) for page in pages], ref)
    assert fields["beginning_balance"].value == Decimal("1488.32")
    assert fields["ending_balance"].value == Decimal("2669.05")


def _table_form(path: Path) -> Path:
    """A servicer's form of two-column table rows (a grey label cell, a white answer cell), its choices
    marked by an X typed in the box AFTER each option's words, a label whose note wraps onto a second line
    beside its answer, and a signature table of a row per signer under "Signer | Signature | Date"."""
    top = letter[1]
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, top - 40, "RIVERGATE Borrower Assistance Application")
    pdf.setFont("Helvetica", 7)
    pdf.drawString(40, top - 54, "Mark each choice by putting an X in the box after the words that apply.")

    def row(y: float, label: list[str], height: float = 18) -> None:
        pdf.setFillGray(0.88)
        pdf.rect(40, top - y - height + 12, 180, height, fill=1, stroke=1)
        pdf.setFillGray(1)
        pdf.rect(220, top - y - height + 12, 350, height, fill=0, stroke=1)
        pdf.setFillGray(0)
        pdf.setFont("Helvetica", 8)
        for i, text in enumerate(label):
            pdf.drawString(44, top - y - 9 * i, text)

    row(80, ["Loan number"])
    pdf.setFont("Courier", 9)
    pdf.drawString(226, top - 80, "6120448793")
    row(98, ["Borrower name"])
    pdf.setFont("Courier", 9)
    pdf.drawString(226, top - 98, "Yolanda M. Prescott")
    row(120, ["Property address (street, city, state,", "ZIP)"], height=24)
    pdf.setFont("Courier", 9)
    pdf.drawString(226, top - 124, "4471 Cedar Glen Drive, Monroeville, PA 15146")
    row(146, ["The property is"])
    x = 226
    for option, ticked in (("Primary residence", False), ("Second home", True), ("Investment property", False)):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(x, top - 146, option)
        x += pdf.stringWidth(option, "Helvetica", 8) + 4
        pdf.rect(x, top - 148, 8, 8)
        if ticked:
            pdf.setFont("Courier-Bold", 9)
            pdf.drawString(x + 1.3, top - 146.5, "X")
        x += 24
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(40, top - 200, "Signer")
    pdf.drawString(150, top - 200, "Signature")
    pdf.drawString(420, top - 200, "Date (mm/dd/yyyy)")
    for y, signer, name in ((230, "Borrower", "Yolanda M. Prescott"), (270, "Co-Borrower", None)):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(40, top - y, signer)
        pdf.line(150, top - y - 2, 400, top - y - 2)
        if name:
            pen_signature(pdf, 160, y, 150)
            pdf.setFont("Courier", 9)
            pdf.drawString(420, top - y, "03/20/2039")
    pdf.save()
    return path


def test_a_table_forms_boxes_after_options_wrapped_note_and_signer_column(reader: PageReader,
                                                                          tmp_path: Path) -> None:
    fields = _application(reader, _table_form(tmp_path / "table.pdf"))
    assert fields["occupancy"].value == "second_home"  # the box after "Second home", not after "Primary residence"
    assert fields["property_address"].value == "4471 Cedar Glen Drive, Monroeville, PA 15146"
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2039, 3, 20)


def test_a_printed_key_of_both_letters_is_no_answer() -> None:
    """A question that prints its key to circle one ("? Y  N", "? Y / N") is not answered Yes by its own
    print; one letter typed after the question mark is its answer."""
    assert _yes_or_no(" your primary residence? Y  N") is None
    assert _yes_or_no(" your primary residence? Y / N") is None
    assert _yes_or_no(" your primary residence? Y") is True
    assert _yes_or_no(" a second home? N   Is it rented? Y") is False


def test_a_longer_captions_end_names_no_blank(reader: PageReader, tmp_path: Path) -> None:
    """Small captions under fill-in lines name their blanks ("full name"); the end of a longer caption
    ("Co-borrower's full name") is that caption's, and gives the borrower no name."""
    path = tmp_path / "captions.pdf"
    top = letter[1]
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, top - 80, "I ask for help with my loan together with")
    pdf.line(280, top - 82, 480, top - 82)
    pdf.setFont("Courier", 10)
    pdf.drawString(290, top - 79, "Calvin R. Prescott")
    pdf.setFont("Helvetica", 5.5)
    pdf.drawString(340, top - 89, "Co-borrower's full name")
    pdf.save()
    pages = reader.read(path)
    ink = PdfInk(path, pages)
    assert "borrower_name" not in captioned_blanks(with_words(pages[0], ink), ink)
