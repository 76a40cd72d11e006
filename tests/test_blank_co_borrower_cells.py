"""A bordered form's empty co-borrower cell: "Co-borrower name | [clean paper] | Co-borrower SSN (last 4) |".
The next cell's label read where the name goes is no unreadable name when the cell holds no ink: there is no
co-borrower, so no co-borrower's signature is missing. A pen's scrawl in the cell (a name OCR cannot read)
keeps it for a person to read."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import PageRef
from lossmit_docs.reading.application_layout import UNREADABLE
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader

TOP = letter[1]


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _cells(pdf: canvas.Canvas, y: float, cells: list[tuple[str, str]]) -> None:
    """One row of caption cells, each followed by its answer cell."""
    x = 48.0
    for caption, answer in cells:
        pdf.setFillGray(0.88)
        pdf.rect(x, y - 6, 100, 20, stroke=1, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Helvetica-Bold", 8)
        pdf.drawString(x + 4, y, caption)
        pdf.rect(x + 100, y - 6, 150, 20, stroke=1, fill=0)
        pdf.setFont("Courier", 10)
        pdf.drawString(x + 106, y, answer)
        x += 262


def _workout_request(path: Path, scrawl: bool) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, TOP - 50, "Mortgage Workout Request")
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(48, TOP - 80, "1. Loan and borrowers")
    _cells(pdf, TOP - 110, [("Loan number", "5520913378"), ("Borrower name", "Loretta J. Quill")])
    _cells(pdf, TOP - 136, [("Borrower SSN (last 4)", "6621"), ("Borrower phone", "(816) 555-0190")])
    _cells(pdf, TOP - 162, [("Co-borrower name", ""), ("Co-borrower SSN (last 4)", "")])
    _cells(pdf, TOP - 188, [("E-mail", "lquill@example.net"), ("Property street address", "9 Birch Lane")])
    if scrawl:  # a name written by hand in the co-borrower's cell, no letters OCR could read
        pdf.setStrokeColorRGB(0.1, 0.1, 0.5)
        pdf.setLineWidth(1.2)
        path_ = pdf.beginPath()
        path_.moveTo(156, TOP - 160)
        for step in range(1, 24):
            path_.lineTo(156 + 5 * step, TOP - 160 + (6 if step % 2 else -2))
        pdf.drawPath(path_, stroke=1, fill=0)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(48, TOP - 240, "Borrower signature ______________________   Date 11/24/2037")
    pdf.drawString(48, TOP - 270, "Co-borrower signature ______________________   Date")
    pdf.save()
    return path


def test_an_empty_co_borrower_cell_is_no_co_borrower(reader: PageReader, tmp_path: Path) -> None:
    """The clean cell is a blank answer, sure (before: the next cell's label "Co-borrower" was read as an
    unreadable name, and the missing co-borrower's signature went to review)."""
    path = _workout_request(tmp_path / "form.pdf", scrawl=False)
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["co_borrower_name"].value is None
    assert fields["co_borrower_name"].confidence >= 0.9
    assert fields["co_borrower_signed"].value is None


def test_a_scrawl_in_the_cell_stays_for_a_person(reader: PageReader, tmp_path: Path) -> None:
    """Ink in the cell that no OCR read is a name nobody read: still for a person to check."""
    path = _workout_request(tmp_path / "form.pdf", scrawl=True)
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["co_borrower_name"].value is None
    assert fields["co_borrower_name"].confidence <= UNREADABLE
