"""Guards against misfires of the question-table and page-column readers on papers that are neither.

A reviewer found that the new readers (a servicer's application asked as a table of "Question | Answer", and a
page parted into columns) took hold of pages they should leave alone: a short yes/no table under a labelled
form, a help page answering in sentences, a numbered option list in an answer column, a pay stub's strip of
captions over figures, and given names that look like "is"/"are". Those misfires are fixed; each test here keeps
one of them fixed. All but the last also pass on the code before the change (they guard what it already read);
the last reads a real question table, which that code did not know.

Born-digital pages (reportlab) go through the real PageReader and `read_documents`; one pay stub also goes
through a printed-and-scanned copy read by real tesseract at 300 dpi.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import SCAN_DPI, documents_read
from lossmit_docs.model import Field
from lossmit_docs.reading.pages import PageReader
from pdf_factory import draw_text, printed_and_scanned, text_pdf

RECEIVED = date(2031, 6, 2)
BOLD = "Helvetica-Bold"
LABELLED_FORM = (
    "Mortgage Assistance Application",
    "Borrower's name: Maria Lopez",
    "Borrower's SSN (last 4): 4821",
    "Loan number: 7730418865",
    "Property address: 12 Elm Street, Dayton, OH 45402",
    "Occupancy: Primary residence",
    "Hardship reason: Unemployment",
    "Date hardship began: 01/15/2031",
    "Gross wages: $3,200.00",
    "Total monthly income: $3,200.00",
)
SIGNATURE_LINE = "Borrower signature: ____________________   Date: 05/20/2031"


def _only(reader: PageReader, path: Path, kind: str) -> dict[str, Field]:
    documents = documents_read(reader, path, RECEIVED)
    assert [d.type for d in documents] == [kind]
    return documents[0].fields


def _application(reader: PageReader, path: Path) -> dict[str, Field]:
    return _only(reader, path, "mortgage_assistance_application")


def _labelled_form(pdf: canvas.Canvas) -> float:
    """The labelled lines of a plain application from the page's top; the baseline after them."""
    y = 72.0
    for line in LABELLED_FORM:
        draw_text(pdf, 72, y, line, 11)
        y += 17
    return y


def _values(fields: dict[str, Field], *names: str) -> dict[str, object]:
    return {name: fields[name].value for name in names}


def test_a_yes_no_question_table_below_a_labelled_form_leaves_its_answers(reader: PageReader, tmp_path: Path
                                                                          ) -> None:
    """Guard (passes on the old code too): a short "Question | Answer" table of yes/no questions under a
    labelled form is no question table of the application; every labelled answer above it still reads."""
    path = tmp_path / "table_below.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    y = _labelled_form(pdf) + 14
    draw_text(pdf, 72, y, "Question", 10, BOLD)
    draw_text(pdf, 380, y, "Answer", 10, BOLD)
    for number, (question, answer) in enumerate((("Have you filed for bankruptcy?", "No"),
                                                 ("Is the property listed for sale?", "No"),
                                                 ("Are you working with a housing counselor?", "Yes")), start=1):
        y += 16 if number > 1 else 18
        draw_text(pdf, 72, y, f"{number}. {question}", 10)
        draw_text(pdf, 380, y, answer, 10)
    draw_text(pdf, 72, y + 36, SIGNATURE_LINE, 10)
    pdf.save()

    fields = _application(reader, path)
    assert _values(fields, "loan_number", "borrower_name", "ssn_last4", "property_address", "occupancy",
                   "hardship_start_date", "income.wages", "income.total") == {
        "loan_number": "7730418865", "borrower_name": "Maria Lopez", "ssn_last4": "4821",
        "property_address": "12 Elm Street, Dayton, OH 45402", "occupancy": "primary_residence",
        "hardship_start_date": date(2031, 1, 15), "income.wages": Decimal("3200.00"),
        "income.total": Decimal("3200.00")}


def test_a_help_page_answering_in_sentences_gives_no_answers(reader: PageReader, tmp_path: Path) -> None:
    """Guard (passes on the old code too): a help page set as "Question | Answer" before the form, whose
    questions use the form's words ("your name", "when did the hardship begin") and whose answers are
    sentences, answers nothing; the borrower's name and the hardship's start come from the form."""
    path = tmp_path / "help_first.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 72, 60, "Mortgage Assistance Application - Help with this form", 13, BOLD)
    draw_text(pdf, 72, 90, "Question", 10, BOLD)
    draw_text(pdf, 320, 90, "Answer", 10, BOLD)
    help_rows: Sequence[tuple[tuple[str, ...], tuple[str, ...]]] = (
        (("1. Should your name be written as it", "is on your ID?"),
         ("Yes, write it exactly as it is", "shown on your mortgage note.")),
        (("2. How do I work out the total monthly", "income of the household?"),
         ("Add every source before taxes,", "e.g. $2,000.00 + $450.00.")),
        (("3. When did the hardship begin, if it", "was gradual?"), ("Give the month it started, as", "01/2031.")),
        (("4. How is the property used if I rent a", "room?"), ("Still owner-occupied.",)),
    )
    y = 110.0
    for question, answer in help_rows:
        for i, line in enumerate(question):
            draw_text(pdf, 72, y + 12 * i, line, 10)
        for i, line in enumerate(answer):
            draw_text(pdf, 320, y + 12 * i, line, 10)
        y += 12 * max(len(question), len(answer)) + 14
    pdf.showPage()
    draw_text(pdf, 72, _labelled_form(pdf) + 20, SIGNATURE_LINE, 10)
    pdf.save()

    fields = _application(reader, path)
    assert fields["borrower_name"].value == "Maria Lopez"
    assert fields["hardship_start_date"].value == date(2031, 1, 15)
    assert fields["income.total"].value == Decimal("3200.00")


def test_an_empty_loan_number_does_not_take_another_liens(reader: PageReader, tmp_path: Path) -> None:
    """Guard (passes on the old code too): the borrower left "Loan number:" empty; the other lien's
    "Loan number: 5566778899" further down is not the mortgage's loan number."""
    path = tmp_path / "blank_loan.pdf"
    text_pdf([["Mortgage Assistance Application", "Borrower's name: Maria Lopez", "Loan number:",
               "Property address: 12 Elm Street, Dayton, OH 45402", "Hardship reason: Unemployment",
               "Other liens on the property", "Lien holder's name: Keystone Home Equity", "Loan number: 5566778899",
               "Balance: $22,400.00"]], path)

    fields = _application(reader, path)
    assert fields["loan_number"].value is None
    assert fields["borrower_name"].value == "Maria Lopez"


def test_given_names_like_are_and_is_are_kept_whole(reader: PageReader, tmp_path: Path) -> None:
    """Guard (passes on the old code too): a given name "Are" or "Is" after a name's label is the name's
    first word, not a verb to cut off ("My name is ..." style)."""
    path = tmp_path / "names.pdf"
    text_pdf([["Mortgage Assistance Application", "Borrower's name: Are Kalvo", "Co-borrower's name: Is Hansen",
               "Loan number: 7730418865", "Property address: 12 Elm Street, Dayton, OH 45402",
               "Hardship reason: Unemployment"]], path)

    fields = _application(reader, path)
    assert fields["borrower_name"].value == "Are Kalvo"
    assert fields["co_borrower_name"].value == "Is Hansen"


def test_a_numbered_option_list_in_the_answer_column_is_no_second_column(reader: PageReader, tmp_path: Path
                                                                         ) -> None:
    """Guard (passes on the old code too): numbered labels at the left with answers at x=300, one answer a
    numbered list of options ("1. Unemployment" .. "5. Death of a borrower", the first checked). The
    numbered options do not make the answer column a column of its own: every answer still reads beside
    its label."""
    path = tmp_path / "options.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 60, 60, "Mortgage Assistance Application", 14, BOLD)
    y = 100.0
    for label, answer in (("1. Borrower's name", "Maria Lopez"), ("2. Loan number", "7730418865"),
                          ("3. Property address", "12 Elm Street, Dayton, OH 45402"),
                          ("4. Occupancy", "Primary residence"), ("5. Date hardship began", "01/15/2031"),
                          ("6. Total monthly income", "$3,200.00")):
        draw_text(pdf, 60, y, label, 10)
        draw_text(pdf, 300, y, answer, 10)
        y += 22
    draw_text(pdf, 60, y, "7. Hardship reason (check one)", 10)
    for i, option in enumerate(("1. Unemployment", "2. Reduction in income", "3. Illness or disability",
                                "4. Divorce or separation", "5. Death of a borrower")):
        draw_text(pdf, 300, y + 14 * i, ("[X] " if i == 0 else "[  ] ") + option, 10)
    y += 14 * 5 + 10
    draw_text(pdf, 60, y, "8. Gross wages", 10)
    draw_text(pdf, 300, y, "$3,200.00", 10)
    draw_text(pdf, 60, y + 40, SIGNATURE_LINE, 10)
    pdf.save()

    fields = _application(reader, path)
    assert _values(fields, "borrower_name", "loan_number", "property_address", "occupancy",
                   "hardship_start_date", "income.total", "income.wages") == {
        "borrower_name": "Maria Lopez", "loan_number": "7730418865",
        "property_address": "12 Elm Street, Dayton, OH 45402", "occupancy": "primary_residence",
        "hardship_start_date": date(2031, 1, 15), "income.total": Decimal("3200.00"),
        "income.wages": Decimal("3200.00")}
    assert fields["hardship_types"].value == ["unemployment"]


def _stub_with_this_period_strip(path: Path) -> Path:
    """A stub's "THIS PERIOD" strip (captions over one row of figures) and, below, a "YEAR-TO-DATE TOTALS"
    box whose rows are a label at the left and its figure at the right."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 50, 60, "Harbor Freightways Inc.", 14, BOLD)
    draw_text(pdf, 50, 74, "220 Dock Street, Tacoma, WA 98402", 8)
    draw_text(pdf, 50, 100, "EARNINGS STATEMENT", 11, BOLD)
    draw_text(pdf, 50, 122, "Employee: Odalys P. Vantongeren", 9)
    draw_text(pdf, 330, 122, "Pay date: 03/20/2037", 9)
    draw_text(pdf, 50, 136, "Period: 03/02/2037 - 03/15/2037", 9)
    draw_text(pdf, 330, 136, "Pay frequency: Biweekly", 9)
    draw_text(pdf, 50, 160, "THIS PERIOD", 9, BOLD)
    for x, caption, figure in ((50, "Gross Pay", "2,415.38"), (200, "Total Deductions", "621.86"),
                               (350, "Net Pay", "1,793.52")):
        draw_text(pdf, x, 176, caption, 9, BOLD)
        draw_text(pdf, x, 190, figure, 9)
    draw_text(pdf, 50, 230, "YEAR-TO-DATE TOTALS", 9, BOLD)
    for i, (label, figure) in enumerate((("Gross Pay", "14,492.28"), ("Total Deductions", "3,731.24"),
                                         ("Net Pay", "10,761.04"))):
        draw_text(pdf, 50, 246 + 14 * i, label, 9)
        draw_text(pdf, 300, 246 + 14 * i, figure, 9, right=True)
    pdf.save()
    return path


def test_a_this_period_strip_gives_the_current_gross_not_the_year_to_date_box(reader: PageReader,
                                                                              tmp_path: Path) -> None:
    """Guard (passes on the old code too): the year-to-date box's "Gross Pay 14,492.28" row, a label with its
    figure beside it, does not outrank the "THIS PERIOD" strip's caption over its figure."""
    fields = _only(reader, _stub_with_this_period_strip(tmp_path / "stub.pdf"), "pay_stub")
    assert fields["gross_current"].value == Decimal("2415.38")
    assert fields["net_current"].value == Decimal("1793.52")
    assert fields["frequency"].value == "biweekly"


def test_the_scanned_this_period_strip_gives_the_current_gross(reader: PageReader, tmp_path: Path) -> None:
    """Guard (passes on the old code too): the same stub printed and scanned at 300 dpi, read by tesseract:
    the current gross is still this period's."""
    scan = printed_and_scanned(_stub_with_this_period_strip(tmp_path / "born.pdf"), SCAN_DPI, tmp_path / "scan.pdf")
    fields = _only(reader, scan, "pay_stub")
    assert fields["gross_current"].value == Decimal("2415.38")


def test_an_employers_name_question_does_not_name_the_borrower(reader: PageReader, tmp_path: Path) -> None:
    """Guard of the new question table (the old code, which read no question table, fails it: it read no
    borrower name and no hardship start date here). "Give the name of your employer" comes before the
    borrower's name question and is not it; "Did the hardship begin before or after ...?" answered "after"
    is no date, and the start date comes from the question that asks for it."""
    path = tmp_path / "questions.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 48, 50, "Mortgage Assistance Application", 13, BOLD)
    draw_text(pdf, 48, 90, "Question", 9, BOLD)
    draw_text(pdf, 338, 90, "Your answer", 9, BOLD)
    y = 110.0
    for number, (lines, answer) in enumerate((
            (("Who employs you now? Give the name of your employer.",), "Dayton Tool & Die"),
            (("Please give the borrower's full legal name, as on the note.",), "Maria Lopez"),
            (("Which loan should we review? Write the loan number.",), "7730418865"),
            (("What is the street address of the property?",), "12 Elm Street, Dayton, OH 45402"),
            (("Did the hardship begin before or after you bought the", "home? Answer before or after."), "after"),
            (("On what date did the hardship start?",), "01/15/2031")), start=1):
        draw_text(pdf, 48, y, f"{number}. {lines[0]}", 8)
        for i, line in enumerate(lines[1:], start=1):
            draw_text(pdf, 60, y + 10.5 * i, line, 8)
        draw_text(pdf, 338, y, answer, 9.5, "Courier")
        y += 10.5 * len(lines) + 12
    pdf.save()

    fields = _application(reader, path)
    assert fields["borrower_name"].value == "Maria Lopez"
    assert fields["hardship_start_date"].value == date(2031, 1, 15)
    assert fields["loan_number"].value == "7730418865"
    assert fields["property_address"].value == "12 Elm Street, Dayton, OH 45402"
