"""A servicer's form that numbers its questions in a dark left margin and answers each in a box at the
right, the box's text set lower than the question's first line; a date's format printed under its question
("Month / day / year"); each signer's row of cells ("Borrower: sign and date | Signature | Date"); monthly
income as a table of a row per person and a column per kind; and a school district's pay advice in a
payroll system's style (names "LAST, FIRST M", dates "31-OCT-2029").

Born-digital fixtures (reportlab) go through the real page reader and `extract_application` /
`read_documents` with the text layer's word boxes (`PdfInk`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field, PageRef
from lossmit_docs.reading.application_layout import label_taken_for_answer
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.values import dates_in
from pdf_factory import Ink, placed_text_pdf, text_pdf

HEIGHT = letter[1]


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _question(pdf: canvas.Canvas, number: int, top: float, label: str, answer: str, hint: str = "") -> None:
    """A numbered row: the number in a dark square, the label at the row's top, the answer centred in a
    box at the right and so set lower than the label's line."""
    y = HEIGHT - top
    pdf.setFillGray(0.2)
    pdf.rect(40, y - 22, 20, 24, fill=1, stroke=0)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawCentredString(50, y - 14, str(number))
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(70, y - 8, label)
    if hint:
        pdf.setFont("Helvetica-Oblique", 6.5)
        pdf.drawString(70, y - 17, hint)
    pdf.rect(330, y - 19, 240, 20, fill=0, stroke=1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(336, y - 12.5, answer)


def _squiggle(pdf: canvas.Canvas, x: float, y: float) -> None:
    for dx in range(0, 80, 16):
        pdf.bezier(x + dx, y, x + dx + 6, y + 14, x + dx + 14, y - 5, x + dx + 16, y + 6)


def _signer_row(pdf: canvas.Canvas, top: float, caption: str, signed: bool, dated: str) -> None:
    y = HEIGHT - top
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(70, y - 8, caption)
    pdf.rect(330, y - 34, 160, 36, fill=0, stroke=1)
    pdf.rect(490, y - 34, 80, 36, fill=0, stroke=1)
    pdf.setFont("Helvetica", 5.5)
    pdf.drawString(333, y - 5, "Signature")
    pdf.drawString(493, y - 5, "Date (mm/dd/yyyy)")
    if signed:
        _squiggle(pdf, 350, y - 24)
    if dated:
        pdf.setFont("Helvetica", 10)
        pdf.drawString(496, y - 24, dated)


def _numbered_boxes_form(path: Path, co_signed: bool, co_dated: str) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(40, HEIGHT - 50, "HERON POINT MORTGAGE")
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(330, HEIGHT - 50, "HOMEOWNER RELIEF REQUEST")
    rows = [("Mortgage loan number", "7305528841", ""), ("Borrower's full name", "Odalys R. Brennan", ""),
            ("Co-borrower's full name", "Casimir Brennan", ""),
            ("Street address of the property", "18 Larkspur Ct, Bend, OR 97702", ""),
            ("When did the difficulty begin?", "08/14/2026", "Month / day / year")]
    for number, (label, answer, hint) in enumerate(rows, start=1):
        _question(pdf, number, 80 + 34 * number, label, answer, hint)
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(70, HEIGHT - 310, "Total household income each month (the bottom right of the")
    pdf.drawString(70, HEIGHT - 320, "table)")
    pdf.rect(330, HEIGHT - 328, 240, 20, fill=0, stroke=1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(336, HEIGHT - 315, "6,412.80")
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(40, HEIGHT - 370, "By signing, I certify that all the information in this application is true.")
    _signer_row(pdf, 390, "Borrower: sign and date", True, "11/02/2026")
    _signer_row(pdf, 440, "Co-borrower: sign and date", co_signed, co_dated)
    pdf.showPage()
    pdf.save()
    return path


def read_application(reader: PageReader, path: Path) -> dict[str, Field]:
    """The application as the pipeline reads it: the page reader, then the fields with word boxes and ink."""
    pages = reader.read(path)
    return extract_application(pages, ref, PdfInk(path, pages))


@pytest.fixture(scope="module")
def signed_form(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _numbered_boxes_form(tmp_path_factory.mktemp("boxes") / "signed.pdf", True, "11/03/2026")
    return read_application(reader, path)


def test_an_answer_boxed_lower_than_its_label_is_the_labels(signed_form: dict[str, Field]) -> None:
    """The loan number sits in its box a little under the label's line: still the label's row, so the case
    is found; the next question's label under it is no answer."""
    assert signed_form["loan_number"].value == "7305528841"
    assert signed_form["borrower_name"].value == "Odalys R. Brennan"
    assert signed_form["co_borrower_name"].value == "Casimir Brennan"
    assert signed_form["income.total"].value == Decimal("6412.80")


def test_a_dates_format_under_its_question_is_no_answer(signed_form: dict[str, Field]) -> None:
    assert signed_form["hardship_start_date"].value == date(2026, 8, 14)


def test_each_signers_row_of_cells(signed_form: dict[str, Field]) -> None:
    """The ink in the cell captioned "Signature" on the signer's own row, the date from the "Date" cell."""
    assert signed_form["signed"].value is True
    assert signed_form["signed_on"].value == date(2026, 11, 2)
    assert signed_form["co_borrower_signed"].value is True


def test_an_empty_signature_cell_is_unsigned_and_an_empty_date_cell_undated(reader: PageReader,
                                                                              tmp_path: Path) -> None:
    unsigned = read_application(reader, _numbered_boxes_form(tmp_path / "unsigned.pdf", False, "11/03/2026"))
    assert unsigned["signed"].value is True
    assert unsigned["co_borrower_signed"].value is False
    assert unsigned["co_borrower_signed"].confidence >= 0.9
    undated = read_application(reader, _numbered_boxes_form(tmp_path / "undated.pdf", True, ""))
    assert undated["co_borrower_signed"].value is False
    assert undated["co_borrower_signed"].confidence >= 0.9


@pytest.mark.parametrize(("text", "when"), [
    ("Check Date : 31-OCT-2029", date(2029, 10, 31)),
    ("Period End : 31-0CT-2029", date(2029, 10, 31)),  # OCR's zero for the O
    ("Paid 28-Feb-30", date(2030, 2, 28)),
    ("28 February 2030", date(2030, 2, 28)),
])
def test_a_payroll_systems_dates(text: str, when: date) -> None:
    assert dates_in(text) == [when]


def test_a_pay_advice_with_the_name_surname_first(reader: PageReader, tmp_path: Path) -> None:
    """A school district's advice: "LAST, FIRST M" with the next cell's label after it, dates as
    "01-OCT-2029"; the name is read in the order people write it."""
    path = tmp_path / "advice.pdf"
    text_pdf([[
        "Greyhawk Valley Independent School District",
        "PAY ADVICE  THIS IS NOT A CHECK",
        "Employee Name : OCAMPO, MARISELA T      Payroll : GVISD MONTHLY",
        "Employee Number : 690556      Pay Frequency : Monthly",
        "Organization : BLANCO RIVER ELEMENTARY      Period Start : 01-OCT-2029",
        "Job : TEACHER      Period End : 31-OCT-2029",
        "Grade / Step : TCH-6      Check Date : 31-OCT-2029",
        "Earnings  Current  YTD",
        "Contract Salary Installment  4,643.33  46,433.30",
        "Gross Earnings  4,768.33  47,683.30",
        "Total Deductions  1,233.93  12,339.30",
        "Net Pay  3,534.40  35,344.00",
    ]], path)
    pages = reader.read(path)
    documents, _ = read_documents("advice.pdf", "0" * 64, pages, date(2029, 11, 20), ink=PdfInk(path, pages))
    assert [d.type for d in documents] == ["pay_stub"]
    fields = documents[0].fields
    assert fields["employee_name"].value == "MARISELA T OCAMPO"
    assert fields["pay_date"].value == date(2029, 10, 31)
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2029, 10, 1), date(2029, 10, 31))


COLUMNS = [("Wages,", "salary, tips"), ("Self-", "employed"), ("Unemploy-", "ment"), ("Pension", "(taxable)"),
           ("Non-taxable", "benefits"), ("Rent", "received"), ("Support,", "alimony"), ("Row", "total")]


def _income_table_form(path: Path, rows: dict[str, list[str]], column_total: list[str]) -> Path:
    """Monthly income as a table: a row per person, a column per kind, captions over two lines, the
    household's total at the bottom right; the question's sentence above it names no kind."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(40, HEIGHT - 80, "9  Write each person's monthly income before taxes on that person's line.")
    left, width = 120, 56
    pdf.setFont("Helvetica-Bold", 7)
    pdf.drawString(40, HEIGHT - 118, "Person")
    for index, (top, bottom) in enumerate(COLUMNS):
        x = left + index * width
        pdf.rect(x, HEIGHT - 126, width, 28, fill=0, stroke=1)
        pdf.drawCentredString(x + width / 2, HEIGHT - 108, top)
        pdf.drawCentredString(x + width / 2, HEIGHT - 117, bottom)
    pdf.setFont("Helvetica", 8.5)
    for number, (person, figures) in enumerate([*rows.items(), ("Column total", column_total)]):
        y = HEIGHT - 142 - 18 * number
        pdf.drawString(40, y, person)
        for index, figure in enumerate(figures):
            if figure:
                pdf.drawRightString(left + (index + 1) * width - 4, y, figure)
    pdf.showPage()
    pdf.save()
    return path


def test_income_as_a_row_per_person_and_a_column_per_kind(reader: PageReader, tmp_path: Path) -> None:
    """Each kind is its column added down the people's rows; the household total is the bottom right."""
    path = _income_table_form(tmp_path / "table.pdf", {
        "Borrower": ["3,120.00", "", "", "", "", "850.00", "", "3,970.00"],
        "Co-borrower": ["1,415.50", "", "", "1,022.18", "", "", "300.00", "2,737.68"],
    }, ["4,535.50", "", "", "1,022.18", "", "850.00", "300.00", "6,707.68"])
    fields = read_application(reader, path)
    income = {k[7:]: f.value for k, f in fields.items() if k.startswith("income.")}
    assert income == {"wages": Decimal("4535.50"), "benefits_taxable": Decimal("1022.18"),
                      "rental": Decimal("850.00"), "other": Decimal("300.00"), "total": Decimal("6707.68")}
    assert min(f.confidence for k, f in fields.items() if k.startswith("income.")) >= 0.9


def test_a_persons_row_that_does_not_add_up_is_for_review(reader: PageReader, tmp_path: Path) -> None:
    path = _income_table_form(tmp_path / "table.pdf", {
        "Borrower": ["3,120.00", "", "", "", "", "", "", "3,210.00"],  # a misread or a figure in the wrong cell
    }, ["3,120.00", "", "", "", "", "", "", "3,210.00"])
    fields = read_application(reader, path)
    assert fields["income.wages"].value == Decimal("3120.00")
    assert fields["income.wages"].confidence < 0.9


def _stub_fields(reader: PageReader, tmp_path: Path, lines: list[str]) -> dict[str, Field]:
    path = tmp_path / "stub.pdf"
    text_pdf([lines], path)
    pages = reader.read(path)
    documents, _ = read_documents("stub.pdf", "0" * 64, pages, date(2030, 9, 1), ink=PdfInk(path, pages))
    assert [d.type for d in documents] == ["pay_stub"]
    return documents[0].fields


def test_a_bilingual_caption_row_is_no_employee_name(reader: PageReader, tmp_path: Path) -> None:
    """"Empleado / Employee   No. de empleado / Employee ID" over the name and the ID: "No. de" is the next
    caption's, and the name is on the row under the captions."""
    fields = _stub_fields(reader, tmp_path, [
        "Talavera Landscaping & Nursery Co.  RECIBO DE PAGO / EARNINGS STATEMENT",
        "Empleado / Employee      No. de empleado / Employee ID",
        "Rodrigo A. Villasenor      TL-1488",
        "Fecha de pago / Pay date 08/20/2030   Periodo de pago / Pay period 08/01/2030 - 08/15/2030",
        "Total bruto / Gross pay  2,779.21  41,688.15",
        "Pago neto / Net pay  2,147.98",
    ])
    assert fields["employee_name"].value == "Rodrigo A. Villasenor"


def test_a_payroll_name_surname_first_with_the_next_cell_run_on(reader: PageReader, tmp_path: Path) -> None:
    """OCR runs the next cell's caption and value onto the name's line without its colon, and splits the
    year off a date ("31-JAN- 2030")."""
    fields = _stub_fields(reader, tmp_path, [
        "Greyhawk Valley Independent School District  PAY ADVICE",
        "Employee Name : FERREIRA, AUGUSTIN L Payroll GVISD MONTHLY",
        "Pay Frequency : Monthly",
        "Period Start : 01-JAN-2030    Period End : 31-JAN- 2030",
        "Gross Earnings  5,000.00  5,000.00",
        "Net Pay  3,912.00",
    ])
    assert fields["employee_name"].value == "AUGUSTIN L FERREIRA"
    assert fields["period_end"].value == date(2030, 1, 31)


def test_a_pay_period_written_as_a_range_beside_the_pay_date(reader: PageReader, tmp_path: Path) -> None:
    """Captions over a row of values: "Pay date" and "Pay period" over "08/20/2030  08/01/2030 - 08/15/2030".
    The period is the range, not the pay date and the range's first day."""
    path = placed_text_pdf(tmp_path / "stub.pdf", [[
        Ink(54, 60, "Talavera Landscaping & Nursery Co.   EARNINGS STATEMENT", 11),
        Ink(54, 84, "Employee: Rodrigo A. Villasenor"),
        Ink(54, 108, "Fecha de pago / Pay date"), Ink(250, 108, "Periodo de pago / Pay period"),
        Ink(54, 121, "08/20/2030"), Ink(250, 121, "08/01/2030 - 08/15/2030"),
        Ink(54, 150, "Total bruto / Gross pay"), Ink(300, 150, "2,779.21"), Ink(380, 150, "41,688.15"),
        Ink(54, 164, "Pago neto / Net pay"), Ink(300, 164, "2,147.98"),
    ]])
    pages = reader.read(path)
    documents, _ = read_documents("stub.pdf", "0" * 64, pages, date(2030, 9, 1), ink=PdfInk(path, pages))
    fields = documents[0].fields
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2030, 8, 1), date(2030, 8, 15))
    assert fields["pay_date"].value == date(2030, 8, 20)


@pytest.mark.parametrize(("answer", "taken"), [
    ("Borrower's", True),  # the next row's "Borrower's Social Security number", read where the name was not
    ("Social", True), ("Street", True),
    ("Corinne E. Vasquez-Hale", False), ("Madonna", False), ("Jo", False),
])
def test_a_labels_first_word_is_no_name(answer: str, taken: bool) -> None:
    assert label_taken_for_answer(answer) is taken
