"""Answers written as numbers from a legend the form prints: "Occupancy - write 1, 2 or 3 in the box: 1"
under "1 = we live in it as our principal residence  2 = second home  3 = rented out", and "Number(s) of
every reason that applies: 3, 10" beside a numbered list of reasons set in two columns. Typed on screen and
printed and scanned (real tesseract)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import PageRef
from lossmit_docs.reading.application_legends import entries, legend_answer, written_numbers
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import printed_and_scanned

SCAN_DPI = 300
TOP = letter[1]
REASONS = ("Job loss / unemployment", "Less pay, fewer hours or lost overtime", "Higher housing costs (taxes, HOA)",
           "Natural or man-made disaster", "Illness or disability", "Divorce or legal separation",
           "Separation of unmarried co-owners", "Death of a borrower or wage earner",
           "Job transfer or relocation far away", "Other (describe below)")


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _intake_sheet(path: Path, occupancy: str, reasons: str) -> Path:
    """An intake sheet whose occupancy and hardships are answered by numbers from its printed legends."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, TOP - 50, "Kestrel Bay Mortgage - Loss Mitigation Intake Sheet")
    pdf.setFont("Helvetica", 10)
    rows = (("Loan number", "4417205538"), ("Borrower - full name", "Tobias R. Lindqvist"),
            ("SSN - last 4", "5521"), ("Property street address", "88 Heron Way, Dunmore, PA 18512"))
    for index, (label, answer) in enumerate(rows):
        pdf.drawString(48, TOP - 90 - 18 * index, label)
        pdf.setFont("Courier", 10)
        pdf.drawString(200, TOP - 90 - 18 * index, answer)
        pdf.setFont("Helvetica", 10)
    pdf.drawString(48, TOP - 180, "1 = I / we live in it as our principal residence")
    pdf.drawString(48, TOP - 196, "Occupancy - write 1, 2 or 3 here:")
    pdf.setFont("Courier", 10)
    pdf.drawString(257, TOP - 196, occupancy)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(48, TOP - 212, "2 = second or vacation home      3 = rented out / investment property")
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(48, TOP - 244, "Reasons (numbered list):")
    pdf.setFont("Helvetica", 10)
    for index, reason in enumerate(REASONS[:5]):
        pdf.drawString(48, TOP - 262 - 16 * index, f"{index + 1}  {reason}")
        pdf.drawString(310, TOP - 262 - 16 * index, f"{index + 6}  {REASONS[index + 5]}")
    pdf.drawString(48, TOP - 350, "Number(s) of every reason that applies:")
    pdf.setFont("Courier", 10)
    pdf.drawString(240, TOP - 350, reasons)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(48, TOP - 368, "Date the hardship began (mm/dd/yyyy):")
    pdf.setFont("Courier", 10)
    pdf.drawString(240, TOP - 368, "02/03/2037")
    pdf.save()
    return path


def test_numbers_written_from_two_legends_on_one_page(reader: PageReader, tmp_path: Path) -> None:
    """Each answer is read by its own legend: "1" is the first use of the home, "3, 10" the third and
    tenth reasons, though the uses' legend has a 3 too (before, neither was read)."""
    path = _intake_sheet(tmp_path / "sheet.pdf", "1", "3, 10")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["occupancy"].value == "primary_residence"
    assert fields["hardship_types"].value == ["increase_in_housing_expenses", "other"]
    assert fields["occupancy"].confidence >= 0.9


def test_numbers_on_a_scanned_sheet(reader: PageReader, tmp_path: Path) -> None:
    """The same sheet printed and scanned: OCR's lines carry the legends and the answers alike."""
    born = _intake_sheet(tmp_path / "sheet.pdf", "3", "2")
    scan = printed_and_scanned(born, SCAN_DPI, tmp_path / "scan.pdf")
    pages = reader.read(scan)
    fields = extract_application(pages, ref, PdfInk(scan, pages))
    assert fields["occupancy"].value == "investment_property"
    assert fields["hardship_types"].value == ["reduction_in_income"]


def test_a_count_is_no_legend_answer() -> None:
    """Numbers count as an answer only after a question that asks for them, and only where every number's
    nearest entry names one option: a household's size beside a numbered list, or a number with no entry,
    names nothing."""
    lines = ["1 Job loss / unemployment 6 Divorce or legal separation",
             "2 Less pay, fewer hours or lost overtime 7 Separation of unmarried co-owners",
             "Number of people in your household: 4", "Number(s) of every reason that applies: 2, 12"]
    assert written_numbers(lines[2]) == ()  # asks for a count, no option's number
    assert written_numbers("Loan number: 4417205538") == ()
    assert written_numbers("Date the hardship began: 02/03/2037") == ()
    assert written_numbers("People in your household: 4") == ()  # asks for no number to be written

    def named(entry: str) -> list[str]:
        return [code for code, word in (("unemployment", "job loss"), ("reduction_in_income", "less pay"),
                                        ("divorce_or_separation", "divorce")) if word in entry.lower()]

    assert legend_answer(lines, 2, ("4",), named) is None
    assert legend_answer(lines, 3, ("2", "12"), named) is None
    assert legend_answer(lines, 3, ("2", "6"), named) == ["reduction_in_income", "divorce_or_separation"]
    assert set(entries("Form PGM-31 (rev. 02/2037) Page 1 of 2")) == {"1"}  # no form number, no year
