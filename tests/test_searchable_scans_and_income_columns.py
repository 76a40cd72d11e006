"""A copier's "searchable PDF" of a filled-in application, and income lines with columns printed beside them.

1. A copier that scans to a searchable PDF lays its own invisible OCR layer over the page image. On an
   application that layer holds the printed questions but none of the answers written in, so such a page
   (an image covering it) is OCR'd by the service itself (so is any other paper scanned that way: see
   test_copier_layers_form_codes_and_faxed_hardship_pages). A born-digital application with a small logo
   keeps its text layer.
2. The Uniform Borrower Assistance Form prints the expenses and the assets in two columns beside its
   income lines: an income line's row ends where the next column's label begins, so a blank wage line
   does not take the checking balance beside it, and an amount is not followed into the tail of a label
   wrapped from the row above ("$ 2,180.92    Maintenance $ 11.98"). "Total (Gross Income)" is a total.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pdfplumber
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

import pdf_factory as pf
from lossmit_docs.model import Field, PageRef, TextMethod
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.text_layer import read_text_layer
from pdf_factory import Ink, placed_text_pdf


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _fields(reader: PageReader, path: Path, method: TextMethod) -> dict[str, Field]:
    pages = reader.read(path)
    assert [page.method for page in pages] == [method]
    return extract_application(pages, ref, PdfInk(path, pages))


# --- 1. a copier's searchable scan ---------------------------------------------------------------------

SCAN = pf.ScanStyle(dpi=200)
QUESTIONS = ("MORTGAGE ASSISTANCE APPLICATION", "Borrower name:", "Loan number:", "Property address:",
             "Type of hardship (check all that apply)", "Borrower certification")
# the same sheet as the borrower filled it in: the answers are on the paper, so only in the image
FILLED_IN = ("MORTGAGE ASSISTANCE APPLICATION", "Borrower name: Dolores E. Whitehorse",
             "Loan number: 0645577362", *QUESTIONS[3:])


def test_a_copiers_searchable_scan_of_an_application_is_ocrd_for_its_answers(
        reader: PageReader, tmp_path: Path) -> None:
    """The copier's hidden OCR layer (render mode 3) reads the printed questions, enough to pass as a
    text layer, but not the borrower's name or loan number written on the sheet. The page is OCR'd, and
    both are read from the image. Before, the layer was taken as the page's text and the answers were
    blank."""
    path = tmp_path / "searchable.pdf"
    pf.scan_with_text_pdf(FILLED_IN, QUESTIONS, SCAN, invisible=True, path=path)
    with pdfplumber.open(path) as pdf:
        layer = read_text_layer(pdf.pages[0])
    assert layer.usable and layer.has_images and "Whitehorse" not in layer.text
    fields = _fields(reader, path, TextMethod.OCR)
    assert fields["borrower_name"].value == "Dolores E. Whitehorse"
    assert fields["loan_number"].value == "0645577362"


def _application_with_a_logo(path: Path) -> Path:
    """A born-digital application with the servicer's small logo pasted in as a picture."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    logo = Image.new("L", (120, 60), 90)
    pdf.drawInlineImage(logo, 72, letter[1] - 90, width=80, height=40)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(72, letter[1] - 120, "MORTGAGE ASSISTANCE APPLICATION")
    pdf.setFont("Helvetica", 10)
    for i, line in enumerate(("Borrower name: Dolores E. Whitehorse", "Loan number: 0645577362",
                              "Type of hardship (check all that apply)", "Borrower certification")):
        pdf.drawString(72, letter[1] - 150 - 18 * i, line)
    pdf.showPage()
    pdf.save()
    return path


def test_a_born_digital_application_with_a_small_logo_keeps_its_text_layer(
        reader: PageReader, tmp_path: Path) -> None:
    """Guard: an image that does not cover the page makes no scan of it. The application is read from its
    own text layer, answers and all."""
    path = _application_with_a_logo(tmp_path / "logo.pdf")
    with pdfplumber.open(path) as pdf:
        assert read_text_layer(pdf.pages[0]).has_images
    fields = _fields(reader, path, TextMethod.TEXT_LAYER)
    assert fields["borrower_name"].value == "Dolores E. Whitehorse"
    assert fields["loan_number"].value == "0645577362"


# --- 2. income lines with the expenses and assets printed beside them ----------------------------------

BOLD = "Helvetica-Bold"
THREE_COLUMNS = (
    Ink(50, 50, "Uniform Borrower Assistance Form", 13, BOLD),
    Ink(50, 80, "Borrower's name"), Ink(160, 80, "Odalys R. Quintanilla"),
    Ink(50, 98, "Loan number"), Ink(160, 98, "7734019265"),
    Ink(50, 130, "Monthly Household Income", 9.5, BOLD), Ink(230, 130, "Monthly Household Expenses/Debt", 9.5, BOLD),
    Ink(420, 130, "Household Assets", 9.5, BOLD),
    Ink(50, 148, "Monthly Gross wages $"), Ink(230, 148, "First Mortgage Payment $ 1,117.04"),
    Ink(420, 148, "Checking Account(s) $ 411.68"),
    Ink(50, 166, "Overtime $"), Ink(230, 166, "HOA/Condo Fees/Property"),
    Ink(420, 166, "Savings / Money Market $ 412.60"),
    Ink(50, 184, "Unemployment Income $ 2,180.92"), Ink(230, 184, "Maintenance $ 11.98"),
    Ink(420, 184, "Total Assets $ 824.28"),
    Ink(50, 208, "Total (Gross Income)"), Ink(50, 226, "$ 2,180.92"),
)


def _three_columns(reader: PageReader, tmp_path: Path) -> dict[str, Field]:
    path = placed_text_pdf(tmp_path / "ubaf.pdf", [THREE_COLUMNS])
    fields = _fields(reader, path, TextMethod.TEXT_LAYER)
    assert fields["borrower_name"].value == "Odalys R. Quintanilla"
    return fields


def test_a_blank_wage_line_does_not_take_the_expense_and_asset_beside_it(reader: PageReader, tmp_path: Path) -> None:
    """"Monthly Gross wages $    First Mortgage Payment $ 1,117.04    Checking Account(s) $ 411.68": the
    wage line's row ends at "First Mortgage Payment", so its blank stays blank (and so does the overtime
    line beside "HOA/Condo Fees"). Before, the wages were read from the amounts in the other columns."""
    wages = _three_columns(reader, tmp_path).get("income.wages")
    assert wages is None or wages.value is None


def test_an_income_amount_ends_at_a_wrapped_labels_tail_in_the_next_column(
        reader: PageReader, tmp_path: Path) -> None:
    """"Unemployment Income $ 2,180.92    Maintenance $ 11.98": "Maintenance" (the end of "HOA/Condo
    Fees/Property" above it) a column's gap after the line's own amount begins the next column. Before,
    the unemployment line took the maintenance fee."""
    fields = _three_columns(reader, tmp_path)
    assert fields["income.unemployment"].value == Decimal("2180.92")


def test_total_gross_income_is_read_as_the_printed_total(reader: PageReader, tmp_path: Path) -> None:
    """"Total (Gross Income)" over "$ 2,180.92" is the form's printed total, read from the page rather
    than summed from the lines. Before, the total was computed from the misread lines."""
    total = _three_columns(reader, tmp_path)["income.total"]
    assert total.value == Decimal("2180.92")
    assert total.method is TextMethod.TEXT_LAYER
