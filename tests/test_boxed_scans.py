"""A boxed application printed, filled in, scanned and read through the real page reader and tesseract:
a signature box whose pen sweeps long, level strokes over and under the name (a capital's bar, an
underline) and whose scanned left side breaks off short of its corner is still read as signed (its bottom
is an edge as wide as its top, looked for a little past the break); an empty box labelled "Joint applicant
— full legal name" is a blank answer, its label's own words neither the answer nor unread pen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field
from lossmit_docs.reading.pages import PageReader
from test_boxed_and_portal_forms import box, boxed_rows
from test_circled_answers import DPI, scanned
from test_questionnaire_layouts import value

PEN = 0.22  # dark grey ballpoint
SIGN_LEFT, SIGN_WIDTH, SIGN_TOP, SIGN_HEIGHT = 40.0, 330.0, 540.0, 56.0  # the applicant's signature box, pt
GAP_ABOVE_CORNER, GAP = 8.4, 3.6  # pt: where the scanned left side breaks off, and for how long


def _signature(pdf: canvas.Canvas, x: float, y: float) -> None:
    """A pen's signature on a baseline at `y`: a capital T whose bar sweeps on over the name, looped
    letters, and a long, nearly level stroke under them; each stroke some 40% of the box wide."""
    pdf.setStrokeGray(PEN)
    pdf.setLineWidth(1.4)
    path = pdf.beginPath()
    path.moveTo(x + 9, y + 25)  # the T's stem, curling into the first letter at the baseline
    path.curveTo(x + 10, y + 14, x + 8, y + 2, x + 12, y)
    path.curveTo(x + 15, y - 2, x + 18, y + 2, x + 20, y + 6)
    for k, rise in enumerate((15, 9, 17, 8, 13)):  # letters of different heights, each curling back
        left = x + 20 + 17 * k
        path.curveTo(left + 10, y + rise + 4, left + 2, y + rise + 6, left + 5, y + 1)
        path.curveTo(left + 8, y - 4, left + 14, y + 2, left + 17, y + 6)
    pdf.drawPath(path, stroke=1, fill=0)
    pdf.setLineWidth(1.5)
    pdf.line(x - 4, y + 26, x - 4 + 0.4 * SIGN_WIDTH, y + 27)  # the T's bar, over the letters
    pdf.line(x - 6, y - 5, x - 6 + 0.4 * SIGN_WIDTH, y - 4)  # the underline


def _application(path: Path, *, signed: bool) -> Path:
    """Rows of boxes sharing their sides, the joint applicant's name left empty; then Section 7's signature
    boxes: the applicant's, signed or not, and a date box beside it with the date typed in, the joint
    applicant's pair under them left empty."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    boxed_rows(pdf)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(40, 598, "Section 7 \u2014 Certification and signatures")
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(40, 584, "I certify that the information in this request is true and complete.")
    right = SIGN_LEFT + SIGN_WIDTH
    box(pdf, SIGN_LEFT, SIGN_TOP, SIGN_WIDTH, "Signature of applicant", height=SIGN_HEIGHT)
    box(pdf, right, SIGN_TOP, 570 - right, "Date signed", "10/14/2026", height=SIGN_HEIGHT)
    low = SIGN_TOP - SIGN_HEIGHT
    box(pdf, SIGN_LEFT, low, SIGN_WIDTH, "Signature of joint applicant", height=SIGN_HEIGHT)
    box(pdf, right, low, 570 - right, "Date signed", height=SIGN_HEIGHT)
    if signed:
        _signature(pdf, SIGN_LEFT + 30, low + 9)
    pdf.save()
    return path


def _scanned(printed: Path, reader: PageReader) -> dict[str, Field]:
    """The sheet scanned as the other worksheets are, its signature box's left side broken off a little
    above the corner (a faint scanned line)."""
    def broken_side(sheet: Image.Image) -> None:
        scale = DPI / 72
        x = SIGN_LEFT * scale
        corner = (letter[1] - (SIGN_TOP - SIGN_HEIGHT)) * scale  # the box's bottom-left corner, pixels down
        ImageDraw.Draw(sheet).rectangle((x - 6, corner - (GAP_ABOVE_CORNER + GAP) * scale, x + 6,
                                         corner - GAP_ABOVE_CORNER * scale), fill=255)

    return scanned(printed, reader, broken_side)


@pytest.fixture(scope="module")
def signed_form(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    """The signed application's fields, read once for the tests that look at it."""
    return _scanned(_application(tmp_path_factory.mktemp("boxed") / "signed.pdf", signed=True), reader)


def test_a_signature_underlined_in_a_box_whose_side_breaks_off_is_found(
        signed_form: dict[str, Field], tmp_path: Path, reader: PageReader) -> None:
    # the pen's long strokes are no bottom edge of the box (taking the T's bar for one leaves only the
    # blank strip above it to sign in): an edge is as wide as the box's top; and the bottom edge is
    # looked for a little past where the box's scanned left side breaks off
    assert value(signed_form, "signed") is True
    assert value(signed_form, "signed_on") == date(2026, 10, 14)
    # the same form, dated but never signed: the empty box is no signature
    unsigned = _scanned(_application(tmp_path / "unsigned.pdf", signed=False), reader)
    assert value(unsigned, "signed_on") == date(2026, 10, 14)
    assert value(unsigned, "signed") is False


def test_an_empty_joint_applicant_box_is_blank_not_its_labels_words(signed_form: dict[str, Field]) -> None:
    assert value(signed_form, "borrower_name") == "Rosalind Mae Okafor"  # the whole typed name, under its label
    co_borrower = value(signed_form, "co_borrower_name")
    assert not co_borrower  # "full legal name" is the label's, not an answer
    assert co_borrower is None or "full" not in co_borrower.lower()
    # the label's own printed words past "Joint applicant" are not taken for unread handwriting
    assert signed_form["co_borrower_name"].confidence > 0.5
