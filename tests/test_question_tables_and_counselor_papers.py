"""A servicer's application asked as a table of questions and answers, and a housing counselor's papers.

Bluewater Ridge Mortgage Servicing asks its application as a ruled table under a header row "Question | Your
response": each numbered question is a whole sentence or two wrapped in the left cell, in an order of its own
(the name and SSN before the loan), and the typed answer starts in the right cell on the question's first line.
No label stands beside an answer, so each question must be known by the words it uses; the street and the
"city, state ZIP" are asked apart; income is typed one source a row ("Salary: $3,875.40 / month"); each
signer signs in the answer cell over a small "Signature" caption and types the date after "Date (mm/dd/yyyy)".
A form that merely tells the borrower to "answer every question" in a sentence is no such table.

A housing counseling agency's cover letter and client budget summary are listed as papers of type "other",
each its own document, while the borrower's own letter that names a housing counselor stays a hardship letter.

Born-digital pages (reportlab) go through the real PageReader and `read_documents`; one printed-and-scanned
copy of the application's page goes through real tesseract at 300 dpi.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import SCAN_DPI, documents_read
from lossmit_docs.model import Field, TextMethod
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import concat_pdfs, draw_text, pen_signature, printed_and_scanned

RECEIVED = date(2031, 6, 2)
TOP = letter[1]
BORROWER = "Cordelia V. Achterberg"
LOAN = "3308154726"
ADDRESS = "7714 Juniper Hollow Lane, Kettering, OH 45429"
QUESTION_X, NUMBER_X, ANSWER_X = 60.0, 48.0, 338.0  # where a question's later lines, its number and its answer start
DIVIDER = 330.0  # the rule between the question cells and the answer cells
LINE = 10.5  # a wrapped question's line pitch

# (question lines, answer rows); an empty answer leaves the cell blank
QUESTIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("Please give the full legal name of the borrower, exactly as",
      "it is printed on the mortgage note that was signed when the",
      "home was bought or refinanced."), (BORROWER,)),
    (("What are the last four digits of the borrower's Social",
      "Security number? Do not write the whole number anywhere",
      "on this form."), ("6618",)),
    (("Which loan should we review? Write the loan number shown",
      "at the top of your monthly billing statement, with no",
      "spaces or dashes."), (LOAN,)),
    (("If someone else signed the mortgage note together with you,",
      "give that co-borrower's full legal name. Leave this space",
      "empty when nobody else signed it."), ()),
    (("What is the street address of the home this request is",
      "about? Give the house number and the street only."), ("7714 Juniper Hollow Lane",)),
    (("In which city, state and ZIP code does that home stand?",), ("Kettering, OH 45429",)),
    (("How is the property used at present? Type one of these:",
      "Owner-occupied, Second home or Rental."), ("Owner-occupied",)),
    (("What caused the financial hardship that makes it hard to",
      "keep up with the payments? Type every reason that applies,",
      "separated by commas."), ("Lost my job, Serious illness",)),
    (("On what date did the hardship start? If you are not sure,",
      "give your best estimate (mm/dd/yyyy)."), ("02/17/2031",)),
    (("List each source of income your household receives, one",
      "source to a row, with its gross amount each month before",
      "taxes or other deductions."), ("Salary: $3,875.40 / month", "Rent from a tenant: $650.00 / month")),
    (("Add up all of the amounts above. What is the household's",
      "total gross income for one month?"), ("$4,525.40",)),
)
SIGNERS = (
    ("Borrower: sign in the response space to certify that all",
     "of the answers above are true and complete, and date it."),
    ("Co-borrower, if there is one: sign in the response space in",
     "the same way and date it. Leave the space empty otherwise."),
)


def _application(reader: PageReader, path: Path) -> dict[str, Field]:
    documents = documents_read(reader, path, RECEIVED)
    assert [d.type for d in documents] == ["mortgage_assistance_application"]
    return documents[0].fields


def _question(pdf: canvas.Canvas, number: int, y: float, lines: Sequence[str]) -> float:
    """A numbered question from baseline `y`, its number opening the first line and the lines after it
    indented under the question's words; the cell's bottom. (Set in a column of its own, a lone "2." is
    dropped by tesseract on the scan, and the rule then sees no question there.)"""
    draw_text(pdf, NUMBER_X, y, f"{number}. {lines[0]}", 8)
    for i, line in enumerate(lines[1:], start=1):
        draw_text(pdf, QUESTION_X, y + i * LINE, line, 8)
    return y + (len(lines) - 1) * LINE + 9


def _question_apart(pdf: canvas.Canvas, number: int, y: float, lines: Sequence[str]) -> float:
    """The number in a column of its own, the question's lines all indented: tesseract drops most such
    numbers, and the questions are then parted by the wider gap their cells leave between them."""
    draw_text(pdf, NUMBER_X, y, f"{number}.", 8, "Helvetica-Bold")
    for i, line in enumerate(lines):
        draw_text(pdf, QUESTION_X + 6, y + i * LINE, line, 8)
    return y + (len(lines) - 1) * LINE + 9


def _row_rule(pdf: canvas.Canvas, y: float) -> None:
    pdf.setLineWidth(0.4)
    pdf.line(42, TOP - y, 570, TOP - y)


def _question_table(path: Path, question: Callable[[canvas.Canvas, int, float, Sequence[str]], float] = _question
                    ) -> Path:
    """Bluewater Ridge's one-page application: a letterhead, a short instruction, then the table of questions
    under "Question | Your response", the two signers' questions last, and a footer across the page."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 42, 44, "BLUEWATER RIDGE MORTGAGE SERVICING", 13, "Helvetica-Bold")
    draw_text(pdf, 42, 60, "Mortgage Assistance Application", 11, "Helvetica-Bold")
    draw_text(pdf, 42, 74, "Homeowner Support Team  -  PO Box 4410, Ann Arbor, MI 48106  -  Fax (734) 555-0148", 7.5)
    draw_text(pdf, 42, 92, "Type your response beside each question. Attach the documents on our checklist.", 8)
    pdf.setFillGray(0.82)
    pdf.rect(42, TOP - 116, 528, 15, stroke=0, fill=1)
    pdf.setFillGray(0)
    draw_text(pdf, NUMBER_X, 112, "Question", 9, "Helvetica-Bold")
    draw_text(pdf, ANSWER_X, 112, "Your response", 9, "Helvetica-Bold")
    y = 130.0
    for number, (lines, answers) in enumerate(QUESTIONS, start=1):
        bottom = question(pdf, number, y, lines)
        for i, answer in enumerate(answers):
            draw_text(pdf, ANSWER_X, y + i * 12, answer, 9.5, "Courier")
        _row_rule(pdf, bottom)
        y = bottom + 12
    for number, lines in enumerate(SIGNERS, start=len(QUESTIONS) + 1):
        bottom = question(pdf, number, y, lines) + 26  # room for a pen under the question's first line
        if number == len(QUESTIONS) + 1:  # the borrower signs; the co-borrower's cell stays empty
            pen_signature(pdf, ANSWER_X + 4, y + 12, 130)
            draw_text(pdf, ANSWER_X, y + 20, "Signature", 6)
            draw_text(pdf, ANSWER_X + 150, y + 20, "Date (mm/dd/yyyy)", 6)
            draw_text(pdf, ANSWER_X + 150, y + 10, "05/20/2031", 9.5, "Courier")
        _row_rule(pdf, bottom)
        y = bottom + 12
    pdf.setLineWidth(0.4)
    pdf.line(DIVIDER, TOP - 101, DIVIDER, TOP - (y - 12))
    draw_text(pdf, 42, y + 14, "Bluewater Ridge Mortgage Servicing is a debt collector. Form BRM-22 (rev. 01/2031)", 7)
    pdf.save()
    return path


@pytest.fixture(scope="module")
def table_form(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    return _application(reader, _question_table(tmp_path_factory.mktemp("table") / "bluewater.pdf"))


def test_each_question_read_by_the_words_it_uses(table_form: dict[str, Field]) -> None:
    """No label stands beside an answer: the name, SSN, loan and the address asked in two questions come from
    the answer cell of the question whose words ask for them."""
    assert table_form["loan_number"].value == LOAN
    assert table_form["borrower_name"].value == BORROWER
    assert table_form["ssn_last4"].value == "6618"
    assert table_form["property_address"].value == ADDRESS


def test_an_empty_answer_cell_names_no_co_borrower(table_form: dict[str, Field]) -> None:
    """The co-borrower's question wraps over three lines of print; its empty cell is no name."""
    assert table_form["co_borrower_name"].value is None


def test_typed_words_answer_occupancy_and_hardships(table_form: dict[str, Field]) -> None:
    """A use typed as a word, hardships typed as a comma-separated list, and the hardship's start date."""
    assert table_form["occupancy"].value == "primary_residence"
    assert sorted(table_form["hardship_types"].value) == ["disability_or_illness", "unemployment"]
    assert table_form["hardship_start_date"].value == date(2031, 2, 17)


def test_income_typed_one_source_a_row(table_form: dict[str, Field]) -> None:
    """Each row of the income cell is its own source, named by its words ("Salary", "Rent"), and the total."""
    assert table_form["income.wages"].value == Decimal("3875.40")
    assert table_form["income.rental"].value == Decimal("650.00")
    assert table_form["income.total"].value == Decimal("4525.40")


def test_a_signature_drawn_in_the_answer_cell(table_form: dict[str, Field]) -> None:
    """The pen over the "Signature" caption signs; the typed date after its caption dates it; the
    co-borrower's empty cell asks no signature of anybody."""
    assert table_form["signed"].value is True
    assert table_form["signed_on"].value == date(2031, 5, 20)
    assert table_form["co_borrower_signed"].value is None


def test_the_printed_and_scanned_table_is_read_the_same(reader: PageReader, tmp_path: Path) -> None:
    """The same page as a copier's 300 dpi grey scan: tesseract's words, not the text layer, fill the cells."""
    scan = printed_and_scanned(_question_table(tmp_path / "born.pdf"), SCAN_DPI, tmp_path / "scan.pdf")
    pages = reader.read(scan)
    assert pages[0].method is TextMethod.OCR
    documents = read_documents(scan.name, "0" * 64, pages, RECEIVED, PdfInk(scan, pages))[0]
    assert [d.type for d in documents] == ["mortgage_assistance_application"]
    fields = documents[0].fields
    assert fields["loan_number"].value == LOAN
    assert fields["borrower_name"].value == BORROWER
    assert fields["property_address"].value == ADDRESS
    assert fields["occupancy"].value == "primary_residence"
    assert fields["signed"].value is True


def test_a_sentence_asking_to_answer_every_question_is_no_header(reader: PageReader, tmp_path: Path) -> None:
    """A guard (it passes before the change too): numbered labelled lines under an instruction that says
    "answer every question" are no table of questions; each label's answer is still read beside it."""
    path = tmp_path / "plain.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 56, 50, "HERONSGATE HOME LOANS", 13, "Helvetica-Bold")
    draw_text(pdf, 56, 66, "Mortgage Assistance Application", 11, "Helvetica-Bold")
    draw_text(pdf, 56, 86, "Please answer every question below; your answer goes on the line after each question.", 8)
    draw_text(pdf, 56, 98, "Question 6 asks for your answer as one of the words printed after it.", 8)
    rows = (("1.", "Loan number:", "5902217364"), ("2.", "Borrower name:", "Thaddeus K. Oyelaran"),
            ("3.", "Property address:", "29 Fenwick Court, Ithaca, NY 14850"),
            ("4.", "Co-borrower name:", "Imogen Oyelaran"),
            ("5.", "Date hardship began:", "11/03/2030"),
            ("6.", "Occupancy (Primary residence / Second home / Investment property):", "Second home"))
    for i, (number, label, answer) in enumerate(rows):
        y = 124 + 22 * i
        draw_text(pdf, 56, y, number, 9, "Helvetica-Bold")
        draw_text(pdf, 72, y, label, 9)
        draw_text(pdf, 72 + pdf.stringWidth(label, "Helvetica", 9) + 8, y, answer, 10, "Courier")
    pdf.save()
    fields = _application(reader, path)
    assert fields["loan_number"].value == "5902217364"
    assert fields["borrower_name"].value == "Thaddeus K. Oyelaran"
    assert fields["property_address"].value == "29 Fenwick Court, Ithaca, NY 14850"
    assert fields["co_borrower_name"].value == "Imogen Oyelaran"
    assert fields["hardship_start_date"].value == date(2030, 11, 3)
    assert fields["occupancy"].value == "second_home"


# --- a housing counselor's papers -------------------------------------------------------------------------


def _letterhead(pdf: canvas.Canvas) -> None:
    pdf.setFillColorRGB(0.12, 0.38, 0.3)
    draw_text(pdf, 60, 50, "Riverbend Neighborhood Housing Counsel", 14, "Helvetica-Bold")
    pdf.setFillGray(0)
    draw_text(pdf, 60, 64, "HUD-approved housing counseling agency  -  HUD agency ID 84-2217", 8)
    draw_text(pdf, 60, 75, "310 Mill Race Road, Dayton, OH 45402  -  (937) 555-0193", 8)


def _paragraphs(pdf: canvas.Canvas, y: float, lines: Sequence[str]) -> None:
    for i, line in enumerate(lines):
        if line:
            draw_text(pdf, 60, y + 14 * i, line, 10)


def _page(draw: Callable[[canvas.Canvas], None]) -> bytes:
    """One born-digital letter page drawn by `draw`."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter)
    draw(pdf)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _counselor_cover(pdf: canvas.Canvas) -> None:
    """The agency's cover letter for its client's request: it tells the client's hardship in the agency's words."""
    _letterhead(pdf)
    _paragraphs(pdf, 110, (
        "May 26, 2031", "",
        "Bluewater Ridge Mortgage Servicing", "Loss Mitigation Department", "PO Box 4410, Ann Arbor, MI 48106", "",
        f"Re: {BORROWER} - loan {LOAN}", "",
        "Dear Loss Mitigation Team:", "",
        f"Our agency is working with {BORROWER} on her request for mortgage assistance.",
        "Our client lost her job in January and was then treated for a serious illness. She wants",
        "to keep her home and has authorized us to speak with you about her loan.",
        "Enclosed are her application, a budget prepared with our client, her hardship letter,",
        "and her income documents. Please send any questions about this request to me.", "",
        "Sincerely,", "", "Marguerite A. Dunleavy", "Certified Housing Counselor"))


def _budget_summary(pdf: canvas.Canvas) -> None:
    """The agency's budget summary for its client, with the counselor's note under the figures."""
    rows = (("Client", BORROWER), ("Servicer / loan", f"Bluewater Ridge / {LOAN}"),
            ("Session date", "05/19/2031"), ("Net monthly income", "$3,910"), ("Housing payment", "$1,412"),
            ("Utilities", "$318"), ("Food and household", "$640"), ("Car and insurance", "$455"),
            ("Medical", "$210"), ("Total monthly expenses", "$3,035"), ("Left over each month", "$875"))
    _letterhead(pdf)
    draw_text(pdf, 60, 110, "Client budget summary", 13, "Helvetica-Bold")
    draw_text(pdf, 60, 126, "Prepared with the client during our counseling session. Monthly amounts in whole "
                            "dollars.", 8.5)
    for i, (label, value) in enumerate(rows):
        draw_text(pdf, 60, 150 + 16 * i, label, 10)
        draw_text(pdf, 300, 150 + 16 * i, value, 10)
    draw_text(pdf, 60, 340, "Counselor's note", 10, "Helvetica-Bold")
    _paragraphs(pdf, 356, ("The client's income fell after a job loss; her new position pays less. With a",
                           "modified payment near $1,100 the budget leaves room for savings."))


def _hardship_letter(pdf: canvas.Canvas) -> None:
    """The borrower's own letter: it names the housing counselor who helped, in the borrower's words."""
    _paragraphs(pdf, 72, (
        "May 24, 2031", "",
        "To: Bluewater Ridge Mortgage Servicing", f"Loan number: {LOAN}", "",
        "Dear Sir or Madam,", "",
        "I am writing to explain my hardship. I lost my job at the Kettering plant in February and",
        "in March I was diagnosed with a serious illness that kept me from working for two months.",
        "I fell behind on my mortgage payments while I had no income. I have met with a housing",
        "counselor, who helped me put together a budget. I have a new job now and I want to keep",
        "my house. I am asking you to review me for a loan modification.", "",
        "Sincerely,", "", BORROWER))


def test_counselor_papers_are_others_and_the_borrowers_letter_a_hardship_letter(reader: PageReader,
                                                                                 tmp_path: Path) -> None:
    """One file: the agency's cover letter, its client budget, then the borrower's letter naming the
    counselor. Each agency paper is its own "other" document, not a hardship letter (nor one with the
    next page); the borrower's letter stays a hardship letter."""
    path = tmp_path / "counselor packet.pdf"
    concat_pdfs([_page(_counselor_cover), _page(_budget_summary), _page(_hardship_letter)], path)
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, [p.page for p in d.pages]) for d in documents] == [
        ("other", [1]), ("other", [2]), ("hardship_letter", [3])]


def test_questions_whose_numbers_ocr_dropped_are_parted_by_their_gaps(reader: PageReader, tmp_path: Path) -> None:
    """Numbers set in a column of their own are lost on the scan; each question still ends where its cell
    does, so no question takes the next ones' answers."""
    born = _question_table(tmp_path / "apart.pdf", _question_apart)
    scan = printed_and_scanned(born, SCAN_DPI, tmp_path / "apart-scan.pdf")
    fields = documents_read(reader, scan, RECEIVED)[0].fields
    assert fields["loan_number"].value == LOAN
    assert fields["borrower_name"].value == BORROWER
    assert fields["co_borrower_name"].value is None
    assert fields["property_address"].value == ADDRESS
    assert fields["hardship_start_date"].value == date(2031, 2, 17)
    assert fields["signed_on"].value == date(2031, 5, 20)
