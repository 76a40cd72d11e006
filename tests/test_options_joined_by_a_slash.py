"""An option worded in two parts joined by a slash ("Employment transfer / relocation") has its box left
of the whole phrase: the later wording, found after the slash, is measured there, so the group is read
surely instead of being put in doubt as if its box were lost. Printed and scanned through real tesseract."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import PageRef, TextMethod
from lossmit_docs.reading.application_checkboxes import LOST_BOX
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import printed_and_scanned

LEFT = ["Unemployment", "Increase in housing expenses", "Disability or serious illness",
        "Separation of unmarried borrowers", "Employment transfer / relocation"]
RIGHT = ["Reduction in income", "Disaster (natural or man-made)", "Divorce / legal separation",
         "Death of a borrower or wage earner", "Other"]
TICKED = {"Unemployment", "Reduction in income"}


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _form(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    height = letter[1]

    def text(x: float, y: float, words: str, size: float = 10.0, font: str = "Helvetica") -> None:
        pdf.setFont(font, size)
        pdf.drawString(x, height - y, words)

    text(60, 60, "MORTGAGE ASSISTANCE APPLICATION", 14, "Helvetica-Bold")
    text(60, 100, "Borrower name:")
    text(160, 100, "Yolanda Pemberton")
    text(60, 120, "Loan number:")
    text(160, 120, "0645577362")
    text(60, 160, "Cause of the hardship (check all that apply):", 10, "Helvetica-Bold")
    for x, options in ((70, LEFT), (330, RIGHT)):
        for row, option in enumerate(options):
            y = 185 + row * 20
            pdf.setLineWidth(0.8)
            pdf.rect(x, height - y - 1, 9, 9)
            if option in TICKED:
                pdf.setLineWidth(1.2)
                pdf.line(x + 1, height - y - 1, x + 8, height - y + 7)
                pdf.line(x + 1, height - y + 7, x + 8, height - y - 1)
            text(x + 15, y, option)
    pdf.showPage()
    pdf.save()
    return path


def test_an_option_joined_by_a_slash_is_measured_at_its_box(reader: PageReader, tmp_path: Path) -> None:
    scan = printed_and_scanned(_form(tmp_path / "born.pdf"), 200, tmp_path / "scan.pdf")
    pages = reader.read(scan)
    assert pages[0].method is TextMethod.OCR
    fields = extract_application(pages, ref, PdfInk(scan, pages))
    assert sorted(fields["hardship_types"].value) == ["reduction_in_income", "unemployment"]
    assert fields["hardship_types"].confidence > LOST_BOX  # read surely: no box taken for lost
