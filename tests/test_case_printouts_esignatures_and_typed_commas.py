"""A Homeowner Assistance Fund's case-system printout, its e-signature lines, and a typewriter's comma.

"KeystoneHome Ohio", a (fictional) Homeowner Assistance Fund program, prints each case from its case system and
forwards it to the servicer as the homeowner's application: a header ("KEYSTONEHOME OHIO CASE SUMMARY", "Case
HSN-41-1104486"), then sections under headings set across the page ("1. APPLICANT AND CO-APPLICANT"), each a run of
"Label: value" pairs in two columns, the labels right-aligned in grey against a gutter and the values after them.
A section's heading that names both people is no "Applicant | Co-Applicant" header of two person columns: the
applicant is the borrower, and an empty "Co-applicant name:" names no co-borrower.

The printout's last page records each signer's e-signature as "Electronically signed: <name> <mm/dd/yyyy hh:mm PM>"
(no "by ... on"), or "Electronically signed: Pending" with "Invitation sent <date>" for a co-applicant who has not
signed yet; a portal's older "Signed electronically by <name> on <Month d, yyyy at h:mm a.m. CT>" still reads.

On a scanned typewritten application OCR reads a typed "$ 2,450.00" as "2", a low mark ("ti") for the comma and
"450.00", a typewriter's space apart: that is one amount, counted once though several wage labels share the line;
a line number "2" with nothing between it and "$450.00" stays apart.

Printouts are born-digital (reportlab) and go through the real PageReader and `read_documents`; the scanned rows are
OCR word boxes set by hand, read by `extract_application`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read
from lossmit_docs.model import Field, Page, TextMethod, Word
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.pages import PageReader
from test_extract_application import ref

RECEIVED = date(2041, 11, 14)
APPLICANT = "Rosalind M. Pettibone"
CO_APPLICANT = "Desmond A. Pettibone"
LOAN = "2836605418"
GREY = 0.45
LEFT_LABEL, LEFT_VALUE, RIGHT_LABEL, RIGHT_VALUE = 188.0, 194.0, 440.0, 446.0


def _pair(pdf: canvas.Canvas, column: int, y: float, label: str, value: str) -> None:
    """A grey label right-aligned against the gutter, its value in black after it (empty: nothing printed)."""
    label_x, value_x = (LEFT_LABEL, LEFT_VALUE) if column == 1 else (RIGHT_LABEL, RIGHT_VALUE)
    pdf.setFillGray(GREY)
    pdf.setFont("Helvetica", 7.6)
    pdf.drawRightString(label_x, y, f"{label}:")
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 7.8)
    pdf.drawString(value_x, y, value)


def _pairs(pdf: canvas.Canvas, y: float, left: Sequence[tuple[str, str]], right: Sequence[tuple[str, str]]) -> float:
    for i in range(max(len(left), len(right))):
        if i < len(left):
            _pair(pdf, 1, y, *left[i])
        if i < len(right):
            _pair(pdf, 2, y, *right[i])
        y -= 12.5
    return y - 6


def _heading(pdf: canvas.Canvas, y: float, text: str) -> float:
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.setFillGray(0.3)
    pdf.drawString(40, y, text)
    pdf.setFillGray(0)
    pdf.setLineWidth(0.3)
    pdf.line(40, y - 4, 572, y - 4)
    return y - 17


def _frame(pdf: canvas.Canvas, number: int) -> None:
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 756, "KeystoneHome Ohio")
    pdf.setFont("Helvetica", 7)
    pdf.drawString(40, 746, "Homeowner Assistance Fund - Ohio Housing Stability Office")
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawRightString(572, 758, "KEYSTONEHOME OHIO CASE SUMMARY")
    pdf.setFont("Helvetica", 7)
    pdf.drawRightString(572, 748, "Case HSN-41-1104486")
    pdf.drawRightString(572, 739, "Printed 11/10/2041 09:12 AM by tgaravelli")
    pdf.setLineWidth(0.5)
    pdf.line(40, 733, 572, 733)
    pdf.drawString(40, 27, "HSN Case Management System - Case summary - CONFIDENTIAL")
    pdf.drawRightString(572, 27, f"Page {number} of 2")


def _printout(path: Path, co_name: str = "", signatures: Sequence[Sequence[tuple[str, str]]] = (),
              first_heading: str = "1. APPLICANT AND CO-APPLICANT") -> Path:
    """The two-page case summary; `signatures` the rows of each signer's e-signature block on page 2."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _frame(pdf, 1)
    y = _heading(pdf, 716, first_heading)
    y = _pairs(pdf, y, [("Applicant name", APPLICANT), ("SSN (last 4)", "5170"), ("Phone", "(614) 555-0187"),
                        ("E-mail", "rpettibone@example.net")],
               [("Co-applicant name", co_name), ("Co-applicant SSN (last 4)", "2291" if co_name else ""),
                ("Marital status", "Married" if co_name else "Widowed")])
    y = _heading(pdf, y, "2. PROPERTY AND MORTGAGE")
    y = _pairs(pdf, y, [("Property street", "2217 Larkmoor Avenue"), ("City / State / ZIP", "Zanesville, OH 43701"),
                        ("Occupancy", "Primary residence")],
               [("Servicer", "Larkspur Mortgage Servicing"), ("Servicer loan number", LOAN),
                ("Monthly mortgage payment", "$1,187.42")])
    y = _heading(pdf, y, "3. HARDSHIP")
    y = _pairs(pdf, y, [("Hardship began", "08/30/2041")], [("Expected duration", "Short-term (6 months or less)")])
    y = _heading(pdf, y, "4. MONTHLY GROSS INCOME OF MORTGAGE BORROWERS")
    y = _pairs(pdf, y, [("Wages, salary, tips, overtime", "$1,943.20"), ("Self-employment", "$0.00")],
               [("Unemployment benefits", "$0.00"), ("Rental income (net)", "$0.00")])
    _pair(pdf, 1, y, "Total borrower monthly income", "$1,943.20")
    pdf.showPage()
    _frame(pdf, 2)
    y = _heading(pdf, 716, "5. APPLICANT CERTIFICATION")
    pdf.setFont("Helvetica", 7.8)
    pdf.drawString(44, y, "I certify that the information in this application is true and complete.")
    y -= 24
    for block in signatures:
        pdf.setLineWidth(0.6)
        pdf.rect(40, y - 52, 532, 62)
        role, *rows = block
        pdf.setFont("Helvetica-Bold", 8)
        pdf.drawString(48, y, role[0])
        for i, (label, value) in enumerate(rows, start=1):
            _pair(pdf, 1, y - 14 * i, label, value)
        y -= 76
    pdf.save()
    return path


def _applicant_block(signed: str) -> list[tuple[str, str]]:
    return [("Applicant", ""), ("Name", APPLICANT), ("Electronically signed", signed),
            ("Signature ID", "ES-1104486-1")]


def _application(reader: PageReader, path: Path) -> dict[str, Field]:
    documents = documents_read(reader, path, RECEIVED)
    assert [d.type for d in documents] == ["mortgage_assistance_application"]
    return documents[0].fields


@pytest.fixture(scope="module")
def alone(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = tmp_path_factory.mktemp("alone") / "case_summary.pdf"
    return _application(reader, _printout(path, signatures=[_applicant_block(f"{APPLICANT}  11/09/2041 01:05 PM")]))


def test_a_section_heading_naming_both_people_heads_no_person_columns(alone: dict[str, Field]) -> None:
    """Once "APPLICANT AND CO-APPLICANT" was taken for two columns' headers: the applicant became the co-borrower."""
    assert alone["borrower_name"].value == APPLICANT
    assert alone["co_borrower_name"].value is None
    assert alone["loan_number"].value == LOAN


def test_the_printout_is_read_pair_by_pair(alone: dict[str, Field]) -> None:
    """Guard: each grey label's value after the gutter, in either column (read so before the change, too)."""
    assert alone["ssn_last4"].value == "5170"
    assert alone["occupancy"].value == "primary_residence"
    assert alone["hardship_start_date"].value == date(2041, 8, 30)
    assert alone["income.wages"].value == Decimal("1943.20")


@pytest.mark.parametrize("heading", ["1. APPLICANT AND CO-APPLICANT", "1. APPLICANT"])
def test_a_case_systems_e_signature_line_signs_and_dates(reader: PageReader, tmp_path: Path, heading: str) -> None:
    """"Electronically signed: <name> <date> <time>", with no "by" and no "on"; under a heading naming the
    applicant alone, too, where the applicant was always read as the borrower."""
    block = _applicant_block(f"{APPLICANT}  11/09/2041 01:05 PM")
    fields = _application(reader, _printout(tmp_path / "signed.pdf", signatures=[block], first_heading=heading))
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2041, 11, 9)


def test_a_filled_co_applicant_is_the_co_borrower_and_pending_is_unsigned(reader: PageReader, tmp_path: Path) -> None:
    """Both names in their own pairs; the co-applicant's "Electronically signed: Pending" over "Invitation sent
    <date>" is a signature still missing, not one dated by the invitation."""
    co_block = [("Co-applicant", ""), ("Name", CO_APPLICANT), ("Electronically signed", "Pending"),
                ("Invitation sent", "11/02/2041")]
    fields = _application(reader, _printout(tmp_path / "pair.pdf", CO_APPLICANT, [
        _applicant_block(f"{APPLICANT}  11/09/2041 01:05 PM"), co_block]))
    assert fields["borrower_name"].value == APPLICANT
    assert fields["co_borrower_name"].value == CO_APPLICANT
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2041, 11, 9)
    assert fields["co_borrower_signed"].value is False  # an invitation sent is no signature


def test_the_older_signed_electronically_by_line_still_reads(reader: PageReader, tmp_path: Path) -> None:
    """Guard: a portal's "Signed electronically by <name> on <Month d, yyyy at h:mm a.m. CT>" (under a heading
    naming the applicant alone, so that only the signature line is on trial)."""
    block = [("Applicant", ""), ("Name", APPLICANT),
             ("Record", f"Signed electronically by {APPLICANT} on November 9, 2041 at 1:05 p.m. CT")]
    fields = _application(reader, _printout(tmp_path / "older.pdf", signatures=[block],
                                            first_heading="1. APPLICANT"))
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2041, 11, 9)


# --- a typewriter's comma, read apart by OCR ------------------------------------------------------------

CHAR_W, LINE_H = 0.0098, 0.0125  # a typewriter's pitch and a line's height, in page widths and heights


def _typed_row(top: float, chunks: Sequence[tuple[float, str]]) -> list[Word]:
    """Words of one row, each chunk's words a space apart from its left edge."""
    words = []
    for left, text in chunks:
        x = left
        for token in text.split():
            words.append(Word(token, 0.9, (x, top, x + len(token) * CHAR_W, top + LINE_H)))
            x += (len(token) + 1) * CHAR_W
    return words


def _mark(text: str, left: float, top: float, low: bool) -> Word:
    """The comma as OCR read it: a small mark standing low in the row ("ti"), or an apostrophe standing high."""
    if low:
        return Word(text, 0.41, (left, top + 0.62 * LINE_H, left + 0.8 * CHAR_W, top + 1.15 * LINE_H))
    return Word(text, 0.44, (left, top - 0.05 * LINE_H, left + 0.4 * CHAR_W, top + 0.35 * LINE_H))


def _typed_application(amount: Sequence[Word], top: float = 0.30) -> Page:
    """A scanned typewritten application: title, name and loan rows, then the wages row with its `amount`."""
    words = [*_typed_row(0.08, [(0.1, "Request for Mortgage Assistance")]),
             *_typed_row(0.14, [(0.1, "Borrower name: Wendell J. Oyelaran")]),
             *_typed_row(0.17, [(0.1, "Loan number: 7720418836")]),
             *_typed_row(0.24, [(0.1, "Monthly household income")]),
             *_typed_row(top, [(0.1, "Gross wages, salary, overtime, tips, commissions, bonuses"), (0.66, "$")]),
             *amount]
    words.sort(key=lambda w: (round(w.box[1], 2), w.box[0]))
    text = "\n".join(" ".join(w.text for w in words if abs(w.box[1] - row) < 0.01)
                     for row in sorted({round(w.box[1], 2) for w in words}))
    return Page(1, text, TextMethod.OCR, 0.88, 0, 612.0, 792.0, words=tuple(words))


def _split_amount(thousands: str, mark: str, rest: str, low: bool, top: float = 0.30) -> list[Word]:
    """`thousands`, the mark and `rest` a typewriter's spaces apart after the "$": "2 ti 450.00"."""
    left = 0.70
    first = Word(thousands, 0.9, (left, top, left + len(thousands) * CHAR_W, top + LINE_H))
    comma_left = first.box[2] + 0.2 * CHAR_W
    rest_left = first.box[2] + 2 * CHAR_W
    after = Word(rest, 0.9, (rest_left, top, rest_left + len(rest) * CHAR_W, top + LINE_H))
    return [first, _mark(mark, comma_left, top, low), after]


@pytest.mark.parametrize("thousands, mark, rest, low, expected", [
    ("2", "ti", "450.00", True, Decimal("2450.00")),
    ("3", "'", "321.00", False, Decimal("3321.00")),
])
def test_a_typewriters_comma_read_as_a_mark_of_its_own_joins_the_amount(thousands: str, mark: str, rest: str,
                                                                        low: bool, expected: Decimal) -> None:
    page = _typed_application(_split_amount(thousands, mark, rest, low))
    fields = extract_application([page], ref)
    assert fields["income.wages"].value == expected  # not 450.00, and not counted once per wage label
    assert fields["borrower_name"].value == "Wendell J. Oyelaran"


@pytest.mark.parametrize("number, amount", [("2", "$450.00"), ("2", "450.00")])
def test_a_line_number_with_no_mark_before_the_amount_stays_apart(number: str, amount: str) -> None:
    """Guard: "2  $450.00" (or the "$" printed before both), a line's number and no comma between, is no thousands."""
    top = 0.30
    words = [Word(number, 0.9, (0.70, top, 0.70 + CHAR_W, top + LINE_H)),
             Word(amount, 0.9, (0.70 + 3 * CHAR_W, top, 0.70 + (3 + len(amount)) * CHAR_W, top + LINE_H))]
    fields = extract_application([_typed_application(words)], ref)
    assert fields["income.wages"].value == Decimal("450.00")
