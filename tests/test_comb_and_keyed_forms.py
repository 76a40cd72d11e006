"""A servicer's form answered one character a box ("comb" fields, money as "$ _,___.__" and dates as
"MM/DD/YYYY" boxes), its yes/no questions answered with a letter before a printed key "Y / N", the
property's use as a letter from a key ("P = primary residence  S = second home ..."), a state's note printed
after its boxes, and each signer's question printed in light type on a dark band with the signature line
right of the band.

Born-digital fixtures (reportlab) go through the real page reader and `extract_application` with the text
layer's word boxes (`PdfInk`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field, Page, TextMethod, Word
from lossmit_docs.reading.comb_fields import uncombed
from lossmit_docs.reading.pages import PageReader
from test_answer_boxes_and_signer_cells import read_application

HEIGHT = letter[1]
PITCH = 12.0
COMBS_AT = 300.0


def _band(pdf: canvas.Canvas, top: float, number: int, label: str, height: float = 16) -> float:
    """A question in white type on a dark band; returns its baseline."""
    y = HEIGHT - top
    pdf.setFillGray(0.25)
    pdf.rect(40, y - height + 4, 240, height, fill=1, stroke=0)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(46, y - 6, f"{number}  {label}")
    pdf.setFillGray(0)
    return y - 6


def _comb(pdf: canvas.Canvas, baseline: float, text: str, boxes: int, x: float = COMBS_AT,
          separators: dict[int, str] | None = None) -> None:
    """`text` one character a box ("" for an empty box); a printed separator sits in a narrow column
    before the box of its index."""
    separators = separators or {}
    pdf.setFont("Courier", 9)
    for index in range(boxes):
        if index in separators:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(x + 1, baseline - 2, separators[index])
            pdf.setFont("Courier", 9)
            x += 6
        pdf.rect(x, baseline - 3, PITCH - 2, 13, fill=0, stroke=1)
        if index < len(text) and text[index] != " ":
            pdf.drawCentredString(x + (PITCH - 2) / 2, baseline, text[index])
        x += PITCH


def _money(pdf: canvas.Canvas, baseline: float, amount: str) -> None:
    """"$ _,___.__": digits right-aligned in six boxes, the comma and point printed between them."""
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(COMBS_AT - 12, baseline, "$")
    digits = amount.replace(",", "").replace(".", "").rjust(6)
    _comb(pdf, baseline, digits, 6, separators={1: ",", 4: "."})


def _letter_answer(pdf: canvas.Canvas, baseline: float, answer: str, key: str) -> None:
    _comb(pdf, baseline, answer, 1)
    pdf.setFont("Helvetica", 6.5)
    pdf.drawString(COMBS_AT + 16, baseline, key)


def _squiggle(pdf: canvas.Canvas, x: float, y: float) -> None:
    for dx in range(0, 90, 18):
        pdf.bezier(x + dx, y, x + dx + 6, y + 12, x + dx + 14, y - 6, x + dx + 18, y + 4)


def _comb_form(path: Path, co_signed: bool) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(40, HEIGHT - 50, "QUILLMARK HOME LOANS")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, HEIGHT - 64, "Mortgage Assistance Application - print one letter or number in each box")
    rows = [
        ("Loan number", lambda b: _comb(pdf, b, "4417203958", 12)),
        ("Borrower - full name", lambda b: _comb(pdf, b, "IMOGEN T. FAIRWEATHER", 22)),
        ("Borrower - last 4 of SSN", lambda b: _comb(pdf, b, "8093", 4)),
        ("Co-borrower - full name", lambda b: _comb(pdf, b, "OTIS FAIRWEATHER", 22)),
        ("Property address - street", lambda b: _comb(pdf, b, "718 WILLOW BEND RD", 22)),
        ("Property address - city", lambda b: _comb(pdf, b, "ABILENE", 16)),
        ("Property address - state", lambda b: (_comb(pdf, b, "TX", 2),
                                                pdf.drawString(COMBS_AT + 28, b, "two-letter code"))),
        ("Property address - ZIP code", lambda b: _comb(pdf, b, "79601", 5)),
        ("How is the property used?", lambda b: _letter_answer(
            pdf, b, "P", "P = my primary residence   S = second home   I = investment / rental")),
        ("Unemployment or job loss", lambda b: _letter_answer(pdf, b, "N", "Y / N")),
        ("Reduced income (pay or hours)", lambda b: _letter_answer(pdf, b, "Y", "Y / N")),
        ("Higher housing expenses", lambda b: _letter_answer(pdf, b, "Y", "Y / N")),
        ("Disability or serious illness", lambda b: _letter_answer(pdf, b, "N", "Y / N")),
        ("Divorce or legal separation", lambda b: _letter_answer(pdf, b, "N", "Y / N")),
        ("Other hardship", lambda b: _letter_answer(pdf, b, "N", "Y / N")),
        ("Date the hardship began", lambda b: _comb(pdf, b, "07142029", 8, separators={2: "/", 4: "/"})),
        ("Gross wages, salary, overtime", lambda b: _money(pdf, b, "4,210.55")),
        ("Unemployment benefits", lambda b: _money(pdf, b, "")),
        ("Taxable SS, pension, disability", lambda b: _money(pdf, b, "1,102.40")),
        ("TOTAL monthly income", lambda b: _money(pdf, b, "5,312.95")),
    ]
    top = 90.0
    for number, (label, answer) in enumerate(rows, start=1):
        answer(_band(pdf, top, number, label))
        top += 22
    for number, (who, signed) in enumerate((("Borrower", True), ("Co-borrower", co_signed)), start=len(rows) + 1):
        baseline = _band(pdf, top, number, f"{who} - signature and date signed", height=30)
        pdf.line(COMBS_AT, baseline - 14, COMBS_AT + 130, baseline - 14)
        pdf.setFont("Helvetica", 6)
        pdf.drawString(COMBS_AT, baseline - 21, "Signature")
        pdf.drawString(COMBS_AT + 150, baseline - 21, "Date (MM / DD / YYYY)")
        if signed:
            _squiggle(pdf, COMBS_AT + 10, baseline - 10)
        _comb(pdf, baseline - 12, "11062029", 8, x=COMBS_AT + 150, separators={2: "/", 4: "/"})
        top += 40
    pdf.save()
    return path


@pytest.fixture(scope="module")
def comb_form(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    return read_application(reader, _comb_form(tmp_path_factory.mktemp("comb") / "comb.pdf", True))


def test_answers_one_character_a_box_are_read_as_words(comb_form: dict[str, Field]) -> None:
    assert comb_form["loan_number"].value == "4417203958"
    assert comb_form["borrower_name"].value == "IMOGEN T. FAIRWEATHER"
    assert comb_form["co_borrower_name"].value == "OTIS FAIRWEATHER"
    assert comb_form["ssn_last4"].value == "8093"
    assert comb_form["property_address"].value == "718 WILLOW BEND RD, ABILENE, TX 79601"


def test_money_and_dates_in_boxes_with_printed_separators(comb_form: dict[str, Field]) -> None:
    assert comb_form["income.wages"].value == Decimal("4210.55")
    assert comb_form["income.benefits_taxable"].value == Decimal("1102.40")
    assert comb_form["income.total"].value == Decimal("5312.95")
    assert comb_form.get("income.unemployment") is None or comb_form["income.unemployment"].value is None
    assert comb_form["hardship_start_date"].value == date(2029, 7, 14)


def test_letters_answered_against_a_printed_key(comb_form: dict[str, Field]) -> None:
    assert sorted(comb_form["hardship_types"].value) == ["increase_in_housing_expenses", "reduction_in_income"]
    assert comb_form["hardship_types"].confidence >= 0.9
    assert comb_form["occupancy"].value == "primary_residence"


def test_a_signature_right_of_its_questions_dark_band(comb_form: dict[str, Field],
                                                       reader: PageReader, tmp_path: Path) -> None:
    assert comb_form["signed"].value is True and comb_form["signed_on"].value == date(2029, 11, 6)
    assert comb_form["co_borrower_signed"].value is True
    unsigned = read_application(reader, _comb_form(tmp_path / "co-unsigned.pdf", False))
    assert unsigned["signed"].value is True
    assert unsigned["co_borrower_signed"].value is False


def _word(text: str, x: float, width: float = 0.006) -> Word:
    return Word(text, 1.0, (x, 0.5, x + width, 0.51))


def test_a_printed_key_set_tight_is_not_a_comb() -> None:
    """"N  Y / N" (an answer box, then the key) stands at no even pitch; the name's boxes do."""
    name = [_word(c, 0.30 + 0.02 * i) for i, c in enumerate("ABCDE")]
    key = [_word("N", 0.30), _word("Y", 0.322), _word("/", 0.331), _word("N", 0.34)]
    key = [Word(w.text, 1.0, (w.box[0], 0.6, w.box[2], 0.61)) for w in key]
    page = Page(1, "", TextMethod.TEXT_LAYER, 1.0, words=(*name, *key))
    texts = [w.text for w in uncombed(page).words]
    assert "ABCDE" in texts
    assert texts.count("N") == 2 and "Y" in texts and "/" in texts


def _row_of(texts: str, pitch: float, separators: dict[int, float] | None = None) -> Page:
    """One row of single characters, `pitch` apart (page widths), with a separator's extra room before some."""
    words, x = [], 0.2
    for index, char in enumerate(texts):
        x += (separators or {}).get(index, 0.0)
        words.append(Word(char, 1.0, (x, 0.5, x + 0.006, 0.51)))
        x += pitch
    return Page(1, "", TextMethod.TEXT_LAYER, 1.0, words=tuple(words))


def test_marks_far_apart_are_no_comb_and_a_zip_plus_four_keeps_its_hyphen() -> None:
    assert [w.text for w in uncombed(_row_of("12345", 0.1)).words] == list("12345")  # a list, not boxes
    zip_plus_four = uncombed(_row_of("797011234", 0.016, {5: 0.008}))
    assert [w.text for w in zip_plus_four.words] == ["79701-1234"]
