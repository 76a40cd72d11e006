"""How a group of option boxes is judged when OCR blurs it: a box taken into its label's first word, an
option word that also sits beside a bullet elsewhere on the page (Form 710's "Other"), a box that could not
be found in the group's column; and a date that is no date."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Word
from lossmit_docs.reading.application_checkboxes import _box_in_word, _box_lost, _box_may_follow, _one_question
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk, checkbox_fill
from lossmit_docs.reading.pages import PageReader
from pdf_factory import text_pdf
from test_extract_application import ref
from test_questionnaire_layouts import read

ACROSS = 0.013  # a line of type, as a share of the page's width


def _words(*spans: tuple[str, float, float]) -> list[Word]:
    return [Word(text, 0.95, (x0, 0.64, x1, 0.65)) for text, x0, x1 in spans]


def test_a_first_word_wider_than_its_letters_holds_the_box() -> None:
    # "Death" 0.072 wide where its letters, at the width of "borrower"'s, take 0.041: a box's worth more
    glued = _words(("Death", 0.066, 0.138), ("of", 0.143, 0.157), ("borrower", 0.162, 0.227))
    assert 0.025 < _box_in_word(glued, ACROSS) < 0.04
    plain = _words(("Death", 0.098, 0.138), ("of", 0.144, 0.158), ("borrower", 0.162, 0.227))
    assert _box_in_word(plain, ACROSS) == 0.0


def test_an_option_twice_counts_where_it_lines_up_with_its_group() -> None:
    column = [("unemployment", 0.203), ("disaster", 0.396), ("disability_or_illness", 0.44), ("death", 0.638)]
    measured = [(code, (0.096, y, 0.3, y + 0.011), False, 0.95) for code, y in column]
    measured.append(("other", (0.093, 0.839, 0.347, 0.851), True, 0.95))  # its own row, in the boxes' column
    measured.append(("other", (0.812, 0.442, 0.849, 0.451), False, 0.95))  # a bullet of the documents column
    kept = _one_question(measured)
    assert ("other", (0.093, 0.839, 0.347, 0.851), True, 0.95) in kept  # the ticked "Other" answers
    assert all(item in kept for item in measured[: len(column)])


def test_a_box_lost_in_the_groups_column_puts_the_group_in_doubt() -> None:
    column = [("unemployment", 0.203), ("disaster", 0.396), ("divorce_or_separation", 0.52)]
    measured = [(code, (0.147, y, 0.3, y + 0.011), False, 0.95) for code, y in column]
    lost = (0.133, 0.64, 0.2, 0.651)  # "Death": its label in the column, no box found beside it
    elsewhere = (0.52, 0.64, 0.6, 0.651)  # "Death certificate" in the documents column
    assert _box_lost(measured, [lost], [])
    assert not _box_lost(measured, [elsewhere], [])
    assert not _box_lost(measured[:2], [lost], [])  # too few boxes to know the group's column


def test_a_date_written_but_misread_is_for_review_not_blank(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    text_pdf([["MORTGAGE ASSISTANCE APPLICATION", "Borrower name: Ada Quist", "Loan number: 4402918835",
               "Date hardship began: 92/08/2025"]], path)
    fields = extract_application(read(path), ref, PdfInk(path))
    assert fields["hardship_start_date"].value is None
    assert fields["hardship_start_date"].confidence <= 0.3


def test_a_box_taken_after_an_option_with_none_puts_the_group_in_doubt() -> None:
    # "Primary residence ☒  Vacation home ☐": the box found before "Vacation home" may be Primary's own
    vacation = ("second_home", (0.45, 0.79, 0.55, 0.80), True, 0.95)
    primary = (0.30, 0.79, 0.44, 0.80)  # no box before it: the row starts with the question's words
    assert _box_may_follow([vacation], [primary], [])
    assert not _box_may_follow([vacation], [], [])
    elsewhere = (0.30, 0.70, 0.44, 0.71)  # an option with no box on another row says nothing of this one
    assert not _box_may_follow([vacation], [elsewhere], [])


def test_options_after_a_questions_colon_with_drawn_boxes(reader: PageReader, tmp_path: Path) -> None:
    """"The property is currently:  [✓] A primary residence  [ ] A second home ...", the boxes drawn, not
    typed, and a tick made with a finger in a fill-and-sign app: the question's colon is no sentence's word
    before the first option's box."""
    path = tmp_path / "flattened.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    top = letter[1] - 120
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, letter[1] - 60, "Mortgage Assistance Application")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, top, "Borrower's name   Lorna V. Prentiss")
    pdf.drawString(50, top - 40, "The property is currently:")
    x = 180.0
    for option, ticked in (("A primary residence", True), ("A second home", False), ("An investment property", False)):
        pdf.rect(x, top - 41, 8, 8, fill=0, stroke=1)
        if ticked:
            pdf.setLineWidth(1.6)
            pdf.line(x + 1, top - 37, x + 4, top - 41)
            pdf.line(x + 4, top - 41, x + 11, top - 30)
            pdf.setLineWidth(1)
        pdf.drawString(x + 13, top - 40, option)
        x += 34 + pdf.stringWidth(option, "Helvetica", 10)
    pdf.save()
    pages = reader.read(path)
    fields = extract_application(pages, ref, PdfInk(path, pages))
    assert fields["occupancy"].value == "primary_residence"
    assert fields["occupancy"].confidence >= 0.9


def test_a_heavy_tick_reaching_up_from_the_box_below_is_no_filled_box() -> None:
    """A hand's tick in "Less pay or fewer hours" runs up past its box into the window measured for
    "I lost my job" above it, right of that row's empty box: a solid blob off the row is no filled box."""
    image = Image.new("L", (400, 400), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((90, 190, 110, 210), outline=0, width=2)  # the row's own box, empty
    draw.rectangle((112, 236, 140, 264), fill=0)  # the tick's heavy stroke from the row below
    window = (80 / 400, 160 / 400, 150 / 400, 280 / 400)
    assert checkbox_fill(image, window, (0.0275, 0.095)) == 0.0
    draw.rectangle((112, 186, 140, 214), fill=0)  # a filled box on the row itself still counts
    assert checkbox_fill(image, window, (0.0275, 0.095)) == 1.0
