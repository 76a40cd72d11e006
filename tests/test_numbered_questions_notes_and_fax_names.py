"""Guards from the review of the AG to AJ rules, each a misfire first shown on a small form: a form's own
numbered questions are no legend for a count's number ("4. Number of people in household: 3"); a date on the
row under a blank hardship date's caption is another question's ("Last payment 01/01/2037"); a note naming
another question between a bare word and its colon ("Co-borrower (employer):") makes no name label; a month
and day before a time of day are a fax server's only in a fax's name; the next box's letter is cut before only
when something stands before it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.judging.cases import loan_in_file_name
from lossmit_docs.model import PageRef, Word
from lossmit_docs.reading.application_layout import before_next_label
from lossmit_docs.reading.application_legends import written_numbers
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader

TOP = letter[1]


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _numbered_form(path: Path, rows: list[tuple[str, str]]) -> Path:
    """A one-page form of numbered questions, each answer typed at a column's start."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(48, TOP - 50, "Mortgage Assistance Application")
    for index, (label, answer) in enumerate(rows):
        y = TOP - 90 - 22 * index
        pdf.setFont("Helvetica", 10)
        pdf.drawString(48, y, label)
        if answer:
            pdf.setFont("Courier", 10)
            pdf.drawString(330, y, answer)
    pdf.save()
    return path


def test_a_count_among_numbered_questions_answers_no_option(reader: PageReader, tmp_path: Path) -> None:
    """"4. Number of people in household: 3" beside "3. Is the property your primary residence?" and "5.
    Unemployment benefits received:": no occupancy and no hardship read (before: the questions' numbers were
    taken for a legend, and the count for its answer, surely)."""
    path = _numbered_form(tmp_path / "form.pdf", [
        ("1. Borrower name:", "Jane Q. Smith"), ("2. Property address:", "12 Oak St, Springfield, IL 62704"),
        ("3. Is the property your primary residence?  Yes / No:", ""), ("4. Number of people in household: 3", ""),
        ("5. Unemployment benefits received:", "$0.00"), ("6. Phone:", "217-555-0142")])
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields.get("occupancy") is None or fields["occupancy"].value is None
    assert not (fields.get("hardship_types") and fields["hardship_types"].value)
    assert written_numbers("4. Number of people in household: 3") == ()


def test_a_blank_hardship_date_takes_no_date_from_the_row_under_it(reader: PageReader, tmp_path: Path) -> None:
    """The hardship date's caption left blank, "Last payment made 01/01/2037" on the row under it: no start date
    (before: the last payment's date was taken for the hardship's)."""
    path = tmp_path / "form.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(48, TOP - 50, "Mortgage Assistance Application")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(48, TOP - 90, "Borrower name:")
    pdf.drawString(200, TOP - 90, "Jane Q. Smith")
    pdf.drawString(48, TOP - 112, "Hardship start date (mm/dd/yyyy)")
    pdf.drawString(260, TOP - 112, "Expected to last: short term / long term")
    pdf.drawString(48, TOP - 126, "Last payment made 01/01/2037")
    pdf.save()
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields.get("hardship_start_date") is None or fields["hardship_start_date"].value is None


def test_a_note_naming_another_question_makes_no_name_label(reader: PageReader, tmp_path: Path) -> None:
    """"Co-borrower (employer): Midland Paper Co" asks the co-borrower's employer: no co-borrower named
    (before: the employer was read as a co-borrower)."""
    path = tmp_path / "form.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(48, TOP - 50, "Mortgage Assistance Application")
    for y, label, answer in ((90, "Borrower name:", "Jane Q. Smith"), (112, "Loan number:", "4417205538"),
                             (134, "Co-borrower (employer):", "Midland Paper Co")):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(48, TOP - y, label)
        pdf.setFont("Courier", 10)
        pdf.drawString(200, TOP - y, answer)
    pdf.save()
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["borrower_name"].value == "Jane Q. Smith"
    assert fields["co_borrower_name"].value != "Midland Paper Co"


def test_a_month_and_day_before_a_time_are_a_fax_servers_only() -> None:
    """"Kim_1012_203045_paystub.pdf" names loan 203045 (before the mend, a month and a day and a time of day
    were read as a stamp in any name); a fax server's "RFAX_0223_154411" names none."""
    assert loan_in_file_name("Kim_1012_203045_paystub.pdf") == "203045"
    assert loan_in_file_name("RFAX_0223_154411.pdf") is None
    assert loan_in_file_name("RXFAX_0223_154411.pdf") is None


def test_a_rows_last_letter_is_no_box_letter_before_its_first_label() -> None:
    """A row opening with the next label ("City ...... Springfield Unit b") holds no answer; its last word,
    a letter, is not the letter of a box before it (before the mend, words[-1] was read for it)."""
    def word(text: str, left: float, right: float) -> Word:
        return Word(text, 0.99, (left, 0.2, right, 0.212))

    row = [word("City", 0.40, 0.44), word("..........", 0.445, 0.55), word("Springfield", 0.56, 0.66),
           word("Unit", 0.70, 0.74), word("b", 0.75, 0.76)]
    assert before_next_label(row) == []
