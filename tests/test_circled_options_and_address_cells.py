"""A paper form that asks for its answers circled ("Circle every reason that applies") and prints its
options with no boxes: the borrower rings the chosen words with a pen; and the property's city, state and
ZIP code answered in three captioned cells beside a question that names all three itself.

Born-digital fixtures (reportlab) go through the real page reader and `extract_application` with the text
layer's word boxes and its rendered ink (`PdfInk`)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.reading.pages import PageReader
from test_answer_boxes_and_signer_cells import read_application

HEIGHT = letter[1]
OCCUPANCY = [(340, "Principal residence"), (440, "Second home"), (510, "Investment")]
HARDSHIPS = [(340, 0, "Lost job / laid off"), (460, 0, "Divorce / separation"), (340, 1, "Pay, hours or sales cut"),
             (460, 1, "A death in the household"), (340, 2, "Disaster"), (460, 2, "Illness / disability")]


def _ring(pdf: canvas.Canvas, x: float, y: float, text: str) -> None:
    width = pdf.stringWidth(text, "Helvetica", 8)
    pdf.setLineWidth(1.2)
    pdf.ellipse(x - 6, y - 5, x + width + 6, y + 10, stroke=1, fill=0)
    pdf.setLineWidth(1)


def _answered(pdf: canvas.Canvas, rows: list[tuple[float, str, str]]) -> None:
    """Questions at the left, each typed answer at the right of its row (`top` points from the page's top)."""
    pdf.setFont("Helvetica", 9)
    for top, question, answer in rows:
        pdf.drawString(40, HEIGHT - top, question)
        pdf.drawString(340, HEIGHT - top, answer)


def _circled_form(path: Path, instruction: str, occupancy: str, hardships: set[str]) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(40, HEIGHT - 50, "WILLOWBROOK SAVINGS  -  HOMEOWNER ASSISTANCE REQUEST")
    _answered(pdf, [(90, "Loan number", "5521907734"), (110, "Borrower's full name", "Wren T. Castellanos"),
                    (140, "How is the property used?", "")])
    pdf.setFont("Helvetica", 8)
    for x, option in OCCUPANCY:
        pdf.drawString(x, HEIGHT - 140, option)
        if option == occupancy:
            _ring(pdf, x, HEIGHT - 140, option)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, HEIGHT - 180, "What caused your difficulty?")
    pdf.setFont("Helvetica-Oblique", 7)
    pdf.drawString(40, HEIGHT - 190, instruction)
    pdf.setFont("Helvetica", 8)
    for x, row, option in HARDSHIPS:
        y = HEIGHT - 180 - 22 * row
        pdf.drawString(x, y, option)
        if option in hardships:
            _ring(pdf, x, y, option)
    pdf.showPage()
    pdf.save()
    return path


def test_options_ringed_by_a_pen_where_the_form_asks_for_a_circle(reader: PageReader, tmp_path: Path) -> None:
    path = _circled_form(tmp_path / "circled.pdf", "Circle every reason that applies.", "Principal residence",
                         {"Divorce / separation", "Pay, hours or sales cut"})
    fields = read_application(reader, path)
    assert fields["occupancy"].value == "primary_residence"
    assert sorted(fields["hardship_types"].value) == ["divorce_or_separation", "reduction_in_income"]


def test_rings_are_not_looked_for_where_the_form_does_not_ask_for_them(reader: PageReader,
                                                                       tmp_path: Path) -> None:
    """"Fill in the circle next to each reason" asks for a bubble filled, not words ringed: the same
    options are not read as ringed, and nothing is ticked where no box shows."""
    path = _circled_form(tmp_path / "bubbles.pdf", "Fill in the circle next to each reason.", "Second home",
                         {"Disaster"})
    fields = read_application(reader, path)
    assert fields.get("occupancy") is None or fields["occupancy"].value != "second_home" \
        or fields["occupancy"].confidence < 0.8
    hardships = fields.get("hardship_types")
    assert hardships is None or "disaster" not in (hardships.value or []) or hardships.confidence < 0.8


def test_city_state_and_zip_in_captioned_cells_beside_a_question_naming_them(reader: PageReader,
                                                                              tmp_path: Path) -> None:
    """The question ("City, state and ZIP code of the property") names the three itself; the answer is in
    the cells captioned "City", "State" and "ZIP code" beside it, not in the question's own words."""
    path = tmp_path / "address.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _answered(pdf, [(90, "Loan number", "5521907734"), (120, "Street address of the property", "77 Juniper Hollow Rd"),
                    (150, "City, state and ZIP code of the property", "")])
    for x, caption, answer in ((336, "City", "Sparks"), (460, "State", "NV"), (510, "ZIP code", "89431")):
        pdf.rect(x - 4, HEIGHT - 170, 110 if caption == "City" else 48, 26, stroke=1, fill=0)
        pdf.setFont("Helvetica", 5.5)
        pdf.drawString(x, HEIGHT - 151, caption)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(x, HEIGHT - 164, answer)
        pdf.setFont("Helvetica", 9)
    pdf.showPage()
    pdf.save()
    fields = read_application(reader, path)
    assert fields["property_address"].value == "77 Juniper Hollow Rd, Sparks, NV 89431"
