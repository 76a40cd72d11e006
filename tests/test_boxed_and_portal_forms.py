"""Born-digital layouts read from real PDFs: a boxed form whose small labels sit over the answers, a row
running on past a box's side into the next box's label; option marks a text layer spells ("● Pay or
hours reduced"); a portal's Question | Answer summary with answers in words, a yes/no question before
its amount, "no co-applicant" said outright and an e-signature record; names in any alphabet."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from lossmit_docs.judging.cases import loan_by_name
from lossmit_docs.reading.values import clean_name
from pdf_factory import text_pdf
from test_questionnaire_layouts import application, documents, plain, value

UNICODE_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # has "●" and "○", Helvetica has not


def box(pdf: canvas.Canvas, x: float, top: float, width: float, label: str, answer: str = "",
        height: float = 30.0) -> None:
    """One box of the form: its label small at the top, the answer typed under it."""
    pdf.rect(x, top - height, width, height)
    pdf.setFont("Helvetica", 6.5)
    pdf.drawString(x + 3, top - 8, label)
    if answer:
        pdf.setFont("Helvetica", 10.5)
        pdf.drawString(x + 4, top - 22, answer)


def _boxed_request(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    boxed_rows(pdf, joint_applicant="Desmond Ike Okafor")
    pdf.save()
    return path


def boxed_rows(pdf: canvas.Canvas, joint_applicant: str = "") -> None:
    """Rows of boxes sharing their sides: the loan number's row holds the next box's label too."""
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(40, 750, "REQUEST FOR MORTGAGE ASSISTANCE")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, 735, "Complete every box. Print clearly.")
    box(pdf, 40, 710, 260, "Loan number", "7730418265")
    box(pdf, 300, 710, 270, "For servicer use only")
    box(pdf, 40, 680, 265, "Primary applicant \u2014 full legal name", "Rosalind Mae Okafor")
    box(pdf, 305, 680, 265, "Joint applicant \u2014 full legal name", joint_applicant)
    box(pdf, 40, 650, 260, "Collateral address \u2014 number and street", "4417 Juniper Hollow Rd")
    box(pdf, 300, 650, 130, "City", "Fort Collins")
    box(pdf, 430, 650, 50, "State", "CO")
    box(pdf, 480, 650, 90, "ZIP code", "80524")


def test_boxed_form_answers_are_read_under_their_own_labels(tmp_path: Path) -> None:
    fields = application(_boxed_request(tmp_path / "boxed.pdf"))
    # "For servicer use only" is on the loan number's row, but past the box's side: the next box's label
    assert value(fields, "loan_number") == "7730418265"
    assert value(fields, "borrower_name") == "Rosalind Mae Okafor"
    assert value(fields, "co_borrower_name") == "Desmond Ike Okafor"
    address = value(fields, "property_address")
    assert address is not None
    assert plain(address) == plain("4417 Juniper Hollow Rd, Fort Collins, CO 80524")
    words = address.replace(",", " ").split()
    assert len(words) == len(set(words))  # street, city, state and ZIP each once


def _marked_options(path: Path) -> Path:
    """Options marked by glyphs the text layer spells, a disc for chosen and a ring for not, each the size
    of the option's words (the ink probe may miss a disc that small); the hardships in the form's own words."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", UNICODE_FONT))
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(60, 740, "Homeowner Assistance Request")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 710, "Borrower name: Imani R. Castellanos")
    pdf.drawString(60, 692, "Loan number: 6620194837")
    pdf.drawString(60, 660, "How is the home used?")
    x = 80.0
    for chosen, label in ((True, "My primary home"), (False, "Second / vacation home"), (False, "Rented to others")):
        pdf.setFont("DejaVuSans", 10)
        pdf.drawString(x, 644, "\u25cf" if chosen else "\u25cb")
        pdf.setFont("Helvetica", 10)
        pdf.drawString(x + 13, 644, label)
        x += 40 + pdf.stringWidth(label, "Helvetica", 10)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 614, "What led to your hardship? Mark every reason that applies.")
    reasons = ((True, "Pay or hours reduced"), (False, "Lost job / laid off"), (True, "Housing costs increased"))
    for index, (chosen, label) in enumerate(reasons):
        y = 596 - 17 * index
        pdf.setFont("DejaVuSans", 10)
        pdf.drawString(80, y, "\u25cf" if chosen else "\u25cb")
        pdf.setFont("Helvetica", 10)
        pdf.drawString(93, y, label)
    pdf.save()
    return path


def test_option_marks_spelled_by_the_text_layer_choose_hardships_named_in_the_forms_own_words(
        tmp_path: Path) -> None:
    fields = application(_marked_options(tmp_path / "marks.pdf"))
    # neither "Pay or hours reduced" nor "Housing costs increased" is an option's wording the rules list:
    # the words that name each hardship find them, and the disc before each says it is chosen
    assert sorted(value(fields, "hardship_types")) == ["increase_in_housing_expenses", "reduction_in_income"]
    assert value(fields, "occupancy") == "primary_residence"


def test_a_portals_chips_the_chosen_ticked_the_others_bare(tmp_path: Path) -> None:
    """A portal's review page prints its hardship chips on one line, a tick before each chosen one and
    nothing before the others: the tick belongs to the chip right after it, not to every chip further on."""
    path = tmp_path / "review.pdf"
    pdfmetrics.registerFont(TTFont("DejaVu", UNICODE_FONT))
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(40, 740, "Mortgage Assistance Application - Review & sign")
    pdf.setFont("DejaVu", 9)
    pdf.drawString(40, 715, "Mortgage loan number 0448626517")
    pdf.drawString(40, 690, "What's making it hard to pay? Select all that apply.")
    pdf.drawString(40, 675, "Lost job or furloughed  \u2713 Less pay or fewer hours  Higher housing costs  "
                            "Natural or other disaster")
    pdf.drawString(40, 662, "Illness or disability  Divorce or legal separation  Job relocation or military move  "
                            "\u2713 Something else")
    pdf.save()
    fields = application(path)
    assert sorted(value(fields, "hardship_types")) == ["other", "reduction_in_income"]


def _portal_summary(path: Path, *, signer: str, reviewer_first: bool = False) -> Path:
    """A portal's printout: one row per question, the answer in the right-hand column; the e-signature
    record runs over two lines of its answer cell."""
    rows: list[tuple[str, list[str]]] = [("Applicant name", ["Priya N. Raghunathan"])]
    if reviewer_first:  # a staff member's e-signature printed before the applicant's, dated earlier
        rows.append(("Intake review", ["Electronically signed by Marcus T. Bellweather on",
                                       "09/28/2026 at 4:02 PM CT"]))
    rows += [("Loan number", ["5093318820"]),
             ("How do you use this property?", ["Investment / rental"]),
             ("What caused your hardship?", ["Moved for work, pay cut"]),
             ("Do you receive wages or salary from a job?", ["Yes"]),
             ("Is there a co-applicant?", ["No"]),
             ("Do you receive rent from tenants?", ["No"]),
             ("Monthly amount: wages or salary from a job", ["$3,600.44"]),
             ("Applicant e-signature", [f"Electronically signed by {signer} on", "10/03/2026 at 11:46 AM CT"])]
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, 745, "Application Summary")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(50, 731, "Submitted through the HomeKeep customer portal. Printed 10/03/2026 11:52 AM CT.")
    pdf.setFont("Helvetica-Bold", 9.5)
    pdf.drawString(50, 708, "Question")
    pdf.drawString(330, 708, "Answer")
    pdf.line(50, 703, 562, 703)
    pdf.setFont("Helvetica", 9.5)
    pdf.setLineWidth(0.3)
    y = 688.0
    for question, answer in rows:
        pdf.drawString(50, y, question)
        for index, line in enumerate(answer):
            pdf.drawString(330, y - 13 * index, line)
        y -= 13 * (len(answer) - 1) + 8
        pdf.line(50, y, 562, y)
        y -= 14
    pdf.save()
    return path


def test_portal_summary_answers_in_words(tmp_path: Path) -> None:
    fields = application(_portal_summary(tmp_path / "summary.pdf", signer="Priya N. Raghunathan"))
    assert value(fields, "borrower_name") == "Priya N. Raghunathan"
    assert value(fields, "occupancy") == "investment_property"  # "Investment / rental"
    assert sorted(value(fields, "hardship_types")) == ["reduction_in_income", "relocation"]
    # the wages question comes first and its answer is "Yes"; the amount is on its own later row
    assert value(fields, "income.wages") == Decimal("3600.44")
    assert value(fields, "income.total") == Decimal("3600.44")


def test_portal_summary_says_there_is_no_co_applicant(tmp_path: Path) -> None:
    fields = application(_portal_summary(tmp_path / "summary.pdf", signer="Priya N. Raghunathan"))
    assert value(fields, "co_borrower_name") is None
    assert fields["co_borrower_name"].confidence >= 0.9  # said in so many words, not merely unfound
    assert value(fields, "co_borrower_signed") is None  # nobody's signature is owed
    assert fields["co_borrower_signed"].confidence >= 0.9


def test_portal_e_signature_record_signs_for_the_person_it_names(tmp_path: Path) -> None:
    signed = application(_portal_summary(tmp_path / "signed.pdf", signer="Priya N. Raghunathan",
                                         reviewer_first=True))
    assert value(signed, "signed") is True
    assert value(signed, "signed_on") == date(2026, 10, 3)  # the date on the next line, not the reviewer's
    other = application(_portal_summary(tmp_path / "other.pdf", signer="Marcus T. Bellweather"))
    assert value(other, "signed") is not True  # someone else's e-signature does not sign for the borrower
    assert value(other, "signed_on") != date(2026, 10, 3)


def test_names_keep_their_accents_and_match_without_them(tmp_path: Path) -> None:
    assert clean_name("María José Núñez-Ortega") == "María José Núñez-Ortega"
    path = tmp_path / "letter.pdf"
    text_pdf([["March 3, 2026", "Dear Loss Mitigation Department,",
               "I fell behind on my mortgage when my hours were cut at the clinic.",
               "I am asking for help so that I can keep my home.", "Sincerely,", "NGUYEN THI LAN"]], path)
    (letter_doc,) = documents(path)
    assert "NGUYEN THI LAN" in letter_doc.text
    open_cases = {"0047718820": ["Nguyễn Thị Lan"], "0047718821": ["Nguyễn Văn Minh"]}
    assert loan_by_name(letter_doc, open_cases) == "0047718820"
    from lossmit_docs.reading.values import folded  # new with these changes: imported last so the rest runs

    assert folded("Nguyễn Thị Lan") == "Nguyen Thi Lan"
