"""Pay stubs whose labels and values come apart: a scanned government pay statement whose header is two
blocks of labels with their values a column to the right (OCR reads each column as a block of its own,
so no line of text keeps a label with its value), read through the real page reader and tesseract; a
payslip whose year-to-date figures are a section under a "Year to date" heading of their own; and
`locate`, which looks for a label's words on one row only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest
from PIL import ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import SCAN_DPI
from lossmit_docs.model import Document, Page, TextMethod, Word
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.page_text import locate
from lossmit_docs.reading.pages import PageReader
from pdf_factory import ScanStyle, as_scanned, earnings_table, images_pdf
from test_questionnaire_layouts import documents

DPI = SCAN_DPI  # what the shared reader OCRs at
SCAN = ScanStyle(dpi=DPI, skew=0.3, noise=0.0004)  # a little askew on the glass, a few specks
RECEIVED = date(2026, 4, 2)


def _government_statement(path: Path) -> Path:
    """An agency's pay statement: its title and advice number at the top right; a header of two blocks,
    each a column of labels with its values about an inch to the right; an earnings table under it."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(318, 740, "EMPLOYEE PAY STATEMENT")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(318, 724, "Advice No. 583027")
    header = (("Name:", "Thaddeus R. Villanueva", "Pay Period:", "03/01/2026 to 03/15/2026"),
              ("Employee ID:", "E-40718", "Check Date:", "03/20/2026"),
              ("Agency:", "Water Resources", "Pay Frequency:", "Semi-Monthly"))
    for row, (left_label, left_value, right_label, right_value) in enumerate(header):
        y = 690 - 18 * row
        pdf.drawString(36, y, left_label)
        pdf.drawString(164, y, left_value)  # ~1.4 in from the labels' left edge, ~1 in past the longest
        pdf.drawString(318, y, right_label)
        pdf.drawString(454, y, right_value)  # ~0.9 in past "Pay Frequency:"
    earnings_table(pdf, ((50, "Earnings"), (260, "Hours"), (360, "Current"), (470, "Y-T-D")), 600,
                   ((582, "Regular Salary", "88.00", "2,211.76", "11,058.80"),
                    (566, "Holiday Pay", "8.00", "201.07", "1,005.35"),
                    (546, "Total Gross", "", "2,412.83", "12,064.15")), (300, 410, 520), 50)
    pdf.line(45, 556, 530, 556)
    pdf.save()
    return path


def _scanned(printed: Path, reader: PageReader) -> Document:
    """The printed sheet rendered at 300 dpi, tilted and speckled, saved image-only and read as the
    service reads it: OCR'd by the page reader, its documents split and their fields extracted."""
    pdf = pypdfium2.PdfDocument(str(printed))
    try:
        sheet = pdf[0].render(scale=DPI / 72).to_pil().convert("L")
    finally:
        pdf.close()
    scan = printed.with_name(f"{printed.stem}-scan.pdf")
    images_pdf([as_scanned(sheet, SCAN).filter(ImageFilter.GaussianBlur(0.3))], DPI, scan)
    pages = reader.read(scan)
    assert pages[0].method == TextMethod.OCR
    (stub,) = read_documents(scan.name, "0" * 64, pages, RECEIVED, PdfInk(scan, pages))[0]
    return stub


def test_scanned_label_blocks_give_the_name_period_and_frequency_from_their_labels_rows(
        tmp_path: Path, reader: PageReader) -> None:
    stub = _scanned(_government_statement(tmp_path / "statement.pdf"), reader)
    assert stub.type == "pay_stub"
    wanted = {
        # OCR gives "Name:" / "Employee ID:" / "Agency:" as one block and the name in the next: the name is
        # the one on the label's row, not "Advice No" under the title (nor nothing at all)
        "employee_name": "Thaddeus R. Villanueva",
        "pay_date": date(2026, 3, 20),
        # "Pay Period:" in a block of labels, "03/01/2026 to 03/15/2026" in the block of values
        "period_start": date(2026, 3, 1),
        "period_end": date(2026, 3, 15),
        "frequency": "semimonthly",  # printed on its label's row, not left to be guessed
        "gross_current": Decimal("2412.83"),
        "gross_ytd": Decimal("12064.15"),
    }
    assert {name: stub.fields[name].value for name in wanted} == wanted


def test_payslip_gross_under_a_year_to_date_heading_of_its_own(tmp_path: Path) -> None:
    """A born-digital payslip with "This period" and "Year to date" sections, each with its own "Gross pay".
    An hours line stands between each heading and its gross, so "Year to date" and "Gross pay" are never
    one run of words: the year-to-date gross is found only as the section's."""
    path = tmp_path / "payslip.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(60, 740, "Payslip")
    pdf.setFont("Helvetica", 10)
    lines = ("Employer: Bramblewood Cafe LLC", "Employee: Oriana K. Festus",
             "Pay period: 05/04/2026 - 05/17/2026", "Pay date: 05/22/2026", "",
             "This period", "Hours worked 80.00", "Gross pay $1,486.15", "Net pay $1,203.87", "",
             "Year to date", "Hours worked 800.00", "Gross pay $14,861.50", "Net pay $12,038.70")
    for index, line in enumerate(lines):
        pdf.drawString(60, 715 - 15 * index, line)
    pdf.save()
    (slip,) = documents(path)
    assert slip.type == "pay_stub"
    assert slip.fields["gross_current"].value == Decimal("1486.15")  # this period's
    assert slip.fields["gross_ytd"].value == Decimal("14861.50")  # the year to date's
    assert slip.fields["net_current"].value == Decimal("1203.87")
    assert not [name for name in slip.fields if name.startswith("review")]  # ten fortnights of 1,486.15


def _words(*rows: tuple[float, tuple[tuple[str, float, float], ...]]) -> tuple[Word, ...]:
    """Word boxes in reading order, each row's words at its own height (page fractions)."""
    return tuple(Word(text, 0.95, (x0, y, x1, y + 0.012)) for y, cells in rows for text, x0, x1 in cells)


def test_a_labels_words_are_looked_for_on_one_row() -> None:
    # "Pay" ends one row and "Period" begins the next, as OCR reads a block of labels column by column
    apart = _words((0.10, (("Net", 0.08, 0.12), ("Pay", 0.13, 0.17))),
                   (0.13, (("Period", 0.08, 0.15), ("Ending:", 0.16, 0.24))))
    assert locate(Page(1, "Net Pay\nPeriod Ending:", TextMethod.OCR, 0.95, words=apart), "Pay period") is None
    together = _words((0.10, (("Net", 0.08, 0.12), ("Pay", 0.13, 0.17), ("Period", 0.18, 0.25),
                              ("Ending:", 0.26, 0.34))))
    found = locate(Page(1, "Net Pay Period Ending:", TextMethod.OCR, 0.95, words=together), "Pay period")
    assert found is not None
    box, after = found
    assert box == pytest.approx((0.13, 0.10, 0.25, 0.112))  # "Pay" and "Period" only
    assert after == 3  # the next word, "Ending:"
