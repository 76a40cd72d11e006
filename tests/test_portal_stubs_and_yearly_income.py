"""An HR portal's pay statement printed from a browser (the employer and employee in one heading line set
off by dots, the browser's "1/2" after the address at the foot of each page, taxes totalled apart from
deductions, the gross's year to date only on the earnings table's line); and an application that asks for
each income line per month or per year and totals by the month.

Born-digital fixtures (reportlab) go through the real page reader and `read_documents` with the text
layer's word boxes (`PdfInk`)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path

from lossmit_docs.model import Document
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, placed_text_pdf, text_pdf

URL = "https://hr.crestline.example/pay/statements/2030-05-15?view=print"


def read_file_documents(reader: PageReader, path: Path, received_on: date = date(2030, 6, 1)) -> list[Document]:
    """The documents of one file as the pipeline reads them: the page reader, then `read_documents` with ink."""
    pages = reader.read(path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return read_documents(path.name, sha, pages, received_on, ink=PdfInk(path, pages))[0]


def _lines(lines: list[str], top: float = 40.0) -> list[Ink]:
    return [Ink(40, top + 13 * i, line, 9) for i, line in enumerate(lines)]


def _portal_statement(path: Path) -> Path:
    summary = [Ink(x, 118, caption, 8) for x, caption in ((40, "Net Pay"), (160, "Gross Pay"), (280, "Pay Date"),
                                                          (400, "Pay Frequency"))]
    summary += [Ink(x, 132, value, 12) for x, value in ((40, "$1,001.20"), (160, "$1,312.50"), (280, "May 15, 2030"),
                                                        (400, "Biweekly"))]
    first = _lines([
        "5/20/30, 7:41 AM Pay Statement | Crestline People Hub",
        "Crestline People Hub Home Pay Time Off Benefits Profile",
        "Pay Statement",
        "Crestline Foods LLC · Dorian P. Achebe · Line Cook II · Employee ID 44120",
    ]) + summary + _lines([
        "Pay Period May 1, 2030 – May 14, 2030",
        "Earnings",
        "Pay Type Hours Rate Current YTD",
        "Regular 75.00 $17.5000 $1,312.50 $12,468.75",
        "Gross Pay $1,312.50 $12,468.75",
        "Employee Taxes",
        "Federal Income Tax $96.10 $912.95",
        "Social Security $81.38 $773.06",
        "Medicare $19.03 $180.80",
        "Total Employee Taxes $196.51 $1,866.81",
        "Deductions",
        "Dental - Employee Only Yes $14.79 $140.51",
        "Employee Stock Purchase No $100.00 $950.00",
        "Total Deductions $114.79 $1,090.51",
    ], top=160) + [Ink(40, 760, URL, 7), Ink(572, 760, "1/2", 7, align="r")]
    second = [*_lines(["5/20/30, 7:41 AM Pay Statement | Crestline People Hub", "Direct Deposits",
                       "Checking ****7731 Net $1,001.20", "Time Off Balances", "PTO 3.08 0.00 41.00"]),
              Ink(40, 760, URL, 7), Ink(572, 760, "2/2", 7, align="r")]
    return placed_text_pdf(path, [first, second])


def test_a_portal_pay_statement_printed_from_a_browser(reader: PageReader, tmp_path: Path) -> None:
    documents = read_file_documents(reader, _portal_statement(tmp_path / "Pay Statement Details _ Crestline.pdf"))
    assert [(d.type, [p.page for p in d.pages]) for d in documents] == [("pay_stub", [1, 2])]
    fields = documents[0].fields
    assert fields["employer"].value == "Crestline Foods LLC"
    assert fields["employee_name"].value == "Dorian P. Achebe"
    assert fields["gross_current"].value == Decimal("1312.50")
    assert fields["gross_ytd"].value == Decimal("12468.75")
    assert fields["net_current"].value == Decimal("1001.20")
    assert fields["net_current"].confidence >= 0.9  # gross less taxes and deductions is the net: no doubt
    assert not [k for k in fields if k.startswith("review.")]


def _application(path: Path, co_yearly: str, total: str) -> Path:
    lines = [
        "HOLLOWAY BANK MORTGAGE ASSISTANCE APPLICATION",
        "Loan number 0012398745",
        "Borrower's name Hester V. Quill",
        "Co-borrower's name Amos Quill",
        "Property address 61 Juniper Row, Dover, DE 19901",
        "HOUSEHOLD INCOME - tick PER MONTH or PER YEAR for each line; total by the month",
        "Borrower's wages, salary, overtime $ 2,950.00",
        f"Co-borrower's wages, salary, overtime $ {co_yearly}",
        "Social Security, pension, annuity (taxable) $ 640.00",
        f"TOTAL GROSS MONTHLY INCOME $ {total}",
    ]
    text_pdf([lines], path, font_size=10)
    return path


def test_a_line_given_per_year_on_a_form_that_totals_by_the_month(reader: PageReader, tmp_path: Path) -> None:
    """51,000.00 a year is 4,250.00 a month: only so do the lines make the printed total."""
    documents = read_file_documents(reader, _application(tmp_path / "app.pdf", "51,000.00", "7,840.00"))
    fields = documents[0].fields
    assert fields["income.wages"].value == Decimal("7200.00")
    assert fields["income.wages"].confidence == 0.9  # reckoned, not read: below a typed line's 0.97
    assert not [k for k in fields if k.startswith("review.")]
    assert fields["income.benefits_taxable"].value == Decimal("640.00")
    assert fields["income.total"].value == Decimal("7840.00")


def test_lines_that_fit_no_yearly_reading_stay_as_read(reader: PageReader, tmp_path: Path) -> None:
    documents = read_file_documents(reader, _application(tmp_path / "app.pdf", "4,250.00", "9,999.00"))
    assert documents[0].fields["income.wages"].value == Decimal("7200.00")
    documents = read_file_documents(reader, _application(tmp_path / "app2.pdf", "51,000.00", "9,999.00"))
    assert documents[0].fields["income.wages"].value == Decimal("53950.00")


def test_typed_lines_that_miss_their_printed_total_go_to_review(reader: PageReader, tmp_path: Path) -> None:
    """Typed into a PDF, lines that do not make the form's own total were read from the wrong places (or
    typed wrong): a person checks them, nothing decides on them."""
    fields = read_file_documents(reader, _application(tmp_path / "app.pdf", "4,250.00", "9,999.00"))[0].fields
    assert fields["income.wages"].confidence <= 0.5
    assert fields["income.total"].confidence <= 0.5
    assert any("do not add up" in str(f.value) for k, f in fields.items() if k.startswith("review."))
    fine = read_file_documents(reader, _application(tmp_path / "fine.pdf", "4,250.00", "7,840.00"))[0].fields
    assert fine["income.wages"].confidence >= 0.9


def test_a_property_address_read_without_its_zip_code_is_for_review(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "street.pdf"
    text_pdf([["HOLLOWAY BANK MORTGAGE ASSISTANCE APPLICATION", "Loan number 0012398745",
               "Borrower's name Hester V. Quill", "Property address 61 Juniper Row",
               "Monthly gross wages $ 2,950.00"]], path, font_size=10)
    fields = read_file_documents(reader, path)[0].fields
    assert fields["property_address"].value == "61 Juniper Row"
    assert fields["property_address"].confidence <= 0.5
    whole = read_file_documents(reader, _application(tmp_path / "app.pdf", "4,250.00", "7,840.00"))[0].fields
    assert whole["property_address"].value == "61 Juniper Row, Dover, DE 19901"
    assert whole["property_address"].confidence >= 0.9
