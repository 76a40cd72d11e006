"""A servicer's hardship worksheet whose labels stand in the left margin, outside the grid of answers.

The worksheet is set in a condensed type. Each section is a grid drawn from x 200pt to the page's right
edge (a rectangle round the section, or on a plainer print only a vertical rule at x 200pt between the
labels and the answers); every label stands left of the grid, and its row runs a dot leader (". . . . .")
inside the grid to its answer. So the first thing right of a label is the grid's side, which on a boxed form
ends the label's own cell: a rule that read what lies past a box's side as the next box's caption looked on
the line under the label instead, and took the next label ("Months behind on payments") for the answer.

Four things on it were misread:

- "Hardship began (mm/dd/yyyy) . . . . . 02/20/2038": the date past the grid's side is the label's own.
- Ten lettered hardship reasons "a. Unemployment . . . . ☐ applies" ... "j. Other hardship . . . . ☒
  applies": a small box drawn after each leader, the word "applies" printed after every box, an "X" typed in
  the chosen ones. The box just before "applies" was taken for the next words' box (as "☐ Pay stubs" in a
  next column would be), and the leader's dots and the typed "X" each bounded the search for it.
- "Borrower signature . . . ." with a pen's signature after the leader, and on the row under it "Borrower -
  date signed . . . . 05/12/2038": the date's label opens its row with the signer's word, so "date signed"
  does not itself start where the signature's label does.
- "Other (alimony, support, other) . . . . $ 650.00": an income line of its own, which the wages and the
  "TOTAL MONTHLY INCOME" add up with.

All pages are born digital (reportlab) and read by the real PageReader and extract_application; no behaviour
here needs a scan.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field, PageRef
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import pen_signature

TOP = letter[1]
CONDENSED = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
CONDENSED_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
LABEL = 40.0  # where the margin's labels start
GRID, GRID_END = 200.0, 572.0  # the grid of answers, from its left side to the page's right edge
ANSWER = 300.0  # where each answer starts, after its leader
BOX = 330.0  # a hardship reason's box, after its leader; "applies" follows it
SIZE = 8.5
LETTERS = "abcdefghij"
REASONS = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster (natural or man-made)",
           "Long-term or permanent disability", "Divorce or legal separation", "Separation of unmarried co-owners",
           "Death of a borrower", "Distant employment transfer", "Other hardship")


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _fonts() -> None:
    """The condensed type the worksheet is set in (DejaVu ships a condensed cut; the base 14 fonts do not)."""
    if "Condensed" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Condensed", CONDENSED))
        pdfmetrics.registerFont(TTFont("Condensed-Bold", CONDENSED_BOLD))


def _text(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = SIZE, font: str = "Condensed") -> None:
    """A string whose baseline stands `y` points under the page's top."""
    pdf.setFont(font, size)
    pdf.drawString(x, TOP - y, text)


def _leader(pdf: canvas.Canvas, y: float, end: float) -> None:
    """A dot leader from just inside the grid's side up to `end`, spaced ". . . ." as typed."""
    dots = "."
    while pdf.stringWidth(dots + " .", "Condensed", SIZE) < end - GRID - 8:
        dots += " ."
    _text(pdf, GRID + 4, y, dots)


def _section(pdf: canvas.Canvas, top: float, bottom: float, title: str, boxed: bool) -> None:
    """A section's title in the margin over its grid: a rectangle from the grid's side to the page's edge
    (`boxed`), else only the vertical rule at the grid's side."""
    _text(pdf, LABEL, top - 4, title, 9, "Condensed-Bold")
    pdf.setLineWidth(0.8)
    if boxed:
        pdf.rect(GRID, TOP - bottom, GRID_END - GRID, bottom - top, stroke=1, fill=0)
    else:
        pdf.line(GRID, TOP - top, GRID, TOP - bottom)


def _row(pdf: canvas.Canvas, y: float, label: str, answer: str) -> None:
    """A label in the margin, its leader across the grid, its answer typed after the leader."""
    _text(pdf, LABEL, y, label)
    _leader(pdf, y, ANSWER)
    if answer:
        _text(pdf, ANSWER, y, answer, 10, "Courier")


def _worksheet(path: Path, ticked: Sequence[str] = ("Other hardship",), boxed: bool = True) -> Path:
    """The worksheet's one page: section 1, the loan and the hardship's start ("Months behind on payments"
    the row under it, words no label names); section 2, the ten lettered reasons, each with its box and
    "applies" after its leader, an "X" typed in the `ticked` ones' boxes; section 3, the month's income,
    wages and "Other (alimony, support, other)" adding up to the total; section 4, the borrower's signature
    after its leader and, on the row under it, "Borrower - date signed"."""
    _fonts()
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _text(pdf, LABEL, 50, "BRIDGEWATER HOLLOW MORTGAGE COMPANY", 13, "Condensed-Bold")
    _text(pdf, LABEL, 64, "Borrower Hardship Worksheet  -  Form BH-77 (rev. 01/2038)")
    _section(pdf, 90, 190, "1. BORROWER AND LOAN", boxed)
    for row, (label, answer) in enumerate((("Loan number", "6649021137"),
                                           ("Borrower's full name", "Odalys R. Penhallow"),
                                           ("Property address", "418 Quarry Pond Rd, Millbrook, VT 05671"),
                                           ("Hardship began (mm/dd/yyyy)", "02/20/2038"),
                                           ("Months behind on payments", "4"))):
        _row(pdf, 104 + 18 * row, label, answer)
    _section(pdf, 210, 370, "2. REASON FOR HARDSHIP (mark each that applies)", boxed)
    for row, reason in enumerate(REASONS):
        y = 224 + 14 * row
        _text(pdf, LABEL, y, f"{LETTERS[row]}. {reason}")
        _leader(pdf, y, BOX - 2)
        pdf.setLineWidth(0.6)
        pdf.rect(BOX, TOP - y - 1.5, 8, 8)
        if reason in ticked:
            _text(pdf, BOX + 1.2, y, "X", 9, "Courier-Bold")
        _text(pdf, BOX + 14, y, "applies")
    _section(pdf, 390, 470, "3. MONTHLY INCOME (gross)", boxed)
    for row, (label, answer) in enumerate((("Wages, salary, overtime", "$ 3,910.00"),
                                           ("Unemployment benefits", "$ 0.00"),
                                           ("Other (alimony, support, other)", "$ 650.00"),
                                           ("TOTAL MONTHLY INCOME", "$ 4,560.00"))):
        _row(pdf, 404 + 18 * row, label, answer)
    _section(pdf, 490, 560, "4. CERTIFICATION", boxed)
    _text(pdf, LABEL, 504, "I certify the information above is true and complete.", 7.5)
    _text(pdf, LABEL, 528, "Borrower signature")
    _leader(pdf, 528, 226)
    pen_signature(pdf, 232, 530, 110)
    _row(pdf, 548, "Borrower - date signed", "05/12/2038")
    _text(pdf, LABEL, 740, "BH-77 (rev. 01/2038)", 6.5)
    pdf.save()
    return path


def _read(reader: PageReader, path: Path) -> dict[str, Field]:
    """The worksheet's application fields, read as the service reads them (the text layer's words, the
    page's ink for boxes and the pen)."""
    pages = reader.read(path)
    return extract_application(pages, ref, PdfInk(path, pages))


@pytest.mark.parametrize("boxed", [True, False], ids=["boxed-grid", "ruled-grid"])
def test_answer_past_the_grids_side_is_the_margin_labels_own(reader: PageReader, tmp_path: Path,
                                                             boxed: bool) -> None:
    """"Hardship began (mm/dd/yyyy) | . . . . 02/20/2038", the grid's side between the label and its leader:
    the date is the label's answer (before, none: the date was taken for the next box's caption and the
    row under the label, "Months behind on payments", read as the answer); the other rows read as before."""
    fields = _read(reader, _worksheet(tmp_path / "worksheet.pdf", boxed=boxed))
    assert fields["hardship_start_date"].value == date(2038, 2, 20)
    assert fields["loan_number"].value == "6649021137"
    assert fields["borrower_name"].value == "Odalys R. Penhallow"
    assert fields["property_address"].value == "418 Quarry Pond Rd, Millbrook, VT 05671"


@pytest.mark.parametrize(("ticked", "codes"), [
    (("Other hardship",), ["other"]),
    (("Reduction in income", "Long-term or permanent disability"), ["disability_or_illness", "reduction_in_income"]),
], ids=["last-reason", "two-reasons"])
def test_box_before_every_rows_applies_is_the_reasons_own(reader: PageReader, tmp_path: Path,
                                                          ticked: tuple[str, ...], codes: list[str]) -> None:
    """"j. Other hardship . . . . ☒ applies" among nine rows ending "☐ applies": the box right before the
    caption every row ends with is the reason's, past its leader's dots and whatever is typed in it, and the
    ticked ones are read surely (before, no box measured on any row and no hardship read)."""
    fields = _read(reader, _worksheet(tmp_path / "worksheet.pdf", ticked))
    assert sorted(fields["hardship_types"].value or []) == codes
    assert fields["hardship_types"].confidence >= 0.9


def test_date_label_opening_with_the_signers_word_under_the_signature(reader: PageReader, tmp_path: Path) -> None:
    """"Borrower signature . . . ." with the pen's signature after the leader, and under it "Borrower - date
    signed . . . . 05/12/2038": that row is the signature's date, its phrase starting where the signature's
    label starts (before, no date label found, so unsigned and undated, both unsure)."""
    fields = _read(reader, _worksheet(tmp_path / "worksheet.pdf"))
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2038, 5, 12)
    assert min(fields["signed"].confidence, fields["signed_on"].confidence) >= 0.9


def test_other_alimony_support_line_is_other_income(reader: PageReader, tmp_path: Path) -> None:
    """"Other (alimony, support, other) . . . . $ 650.00": other income of 650.00, so wages of 3,910.00 and
    it make the "TOTAL MONTHLY INCOME" of 4,560.00, all read surely with no note for a person (before, no
    other income: the wages did not add up to the total, both doubted and a note written)."""
    fields = _read(reader, _worksheet(tmp_path / "worksheet.pdf"))
    read = {key: field.value for key, field in fields.items()}
    assert read.get("income.other") == Decimal("650.00")
    assert read.get("income.wages") == Decimal("3910.00")
    assert read.get("income.total") == Decimal("4560.00")
    assert min(fields["income.wages"].confidence, fields["income.total"].confidence) >= 0.9
    assert not [key for key in fields if key.startswith("review")]
