"""Pages that stand turned or show through: the faint mirrored back of a duplex scan, a landscape statement
printed sideways on a portrait page or saved with /Rotate, a Form 710 saved turned; and a bank's own
numbering and wording: statements numbered "Sheet 1 of 1", balances "brought forward" and "carried
forward", a bank named "... Savings and Trust Company".

Every fixture is a PDF built here and read as the pipeline reads it: the real page reader (OCR for the
scan), then `read_documents` with the word boxes `PdfInk` gives."""

from __future__ import annotations

import io
import random
import re
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image, ImageFilter, ImageOps
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Document, Page
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.ink import PdfInk, with_words
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.settings import Settings
from pdf_factory import ScanStyle, blank_sheet, draw_lines, form710_filled, images_pdf, text_pdf

RECEIVED = date(2027, 10, 20)


@pytest.fixture(scope="module")
def page_reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PageReader]:
    """One real page reader for the module: its workers are spawned once, not per test."""
    with PageReader(Settings(home=tmp_path_factory.mktemp("home"), workers=1)) as reader:
        yield reader


def _read(reader: PageReader, path: Path) -> tuple[list[Page], list[Document]]:
    pages = reader.read(path)
    return pages, read_documents(path.name, "0" * 64, pages, RECEIVED, ink=PdfInk(path, pages))[0]


def _spans(documents: list[Document]) -> list[tuple[str, list[int]]]:
    return [(d.type, [p.page for p in d.pages]) for d in documents]


# --- a duplex scan's back showing the front's print through the paper ------------------------------------

SCAN = ScanStyle(dpi=150, font_pt=12)
FRONT = ["Mortgage Assistance Application", "", "Borrower name: Dana Whitfield", "Loan number: 4407219933",
         "Property address: 18 Orchard Lane, Dover, DE 19901", "Mailing address: same",
         "Primary phone number: 302-555-0148", "Email address: dana.whitfield@example.com",
         "The property is my primary residence."]
SECOND_SHEET = ["Monthly income", "", "Gross wages: $3,850.00", "Unemployment income: $0.00", "Other income: $0.00",
                "Checking account balance: $1,240.00", "",
                "I certify that the information in this application is true.",
                "Borrower signature: Dana Whitfield", "Date: 04/02/2027"]


def _sheet(lines: list[str]) -> Image.Image:
    sheet = blank_sheet(SCAN)
    draw_lines(sheet, lines, SCAN)
    return sheet


def _show_through(front: Image.Image) -> Image.Image:
    """The front's print seen from the back of the sheet: mirrored, light grey (about 210 on 245 paper),
    blurred by the paper and speckled by the scanner."""
    faint = ImageOps.mirror(front).point(lambda v: 245 - (255 - v) * 38 // 255).filter(ImageFilter.GaussianBlur(1.6))
    rng, pixels = random.Random(5), faint.load()
    width, height = faint.size
    for _ in range(width * height // 200):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = max(0, pixels[x, y] - rng.randrange(10, 40))
    return faint


def test_a_duplex_back_showing_through_does_not_split_the_application(page_reader: PageReader,
                                                                      tmp_path: Path) -> None:
    """OCR reads the show-through as scattered letters, never a sure word: that back is a page without
    words, a document of its own that neither joins the application nor ends it. The application carries no
    page numbers, so nothing but that rule keeps its second sheet with its first."""
    path = tmp_path / "duplex.pdf"
    front = _sheet(FRONT)
    images_pdf([front, _show_through(front), _sheet(SECOND_SHEET)], SCAN.dpi, path)
    pages, documents = _read(page_reader, path)
    back = pages[1]
    assert back.text.strip(), "the show-through must read as junk, not as an empty page"
    assert not [w.text for w in back.words if w.confidence >= 0.8 and len(re.findall(r"[A-Za-z]", w.text)) >= 3]
    (application,) = [d for d in documents if d.type == "mortgage_assistance_application"]
    assert [p.page for p in application.pages] == [1, 3], _spans(documents)
    assert application.fields["loan_number"].value == "4407219933"


# --- a landscape statement turned on its page -------------------------------------------------------------

STATEMENT = [("Cedar Valley Bank", ""), ("Checking Account Statement", ""), ("Account number: ****4417", ""),
             ("Statement period: March 1, 2027 to March 31, 2027", ""), ("Beginning balance", "2,104.16"),
             ("Deposits and credits", "3,250.00"), ("Withdrawals and debits", "3,776.40"),
             ("Ending balance", "1,577.76")]


def _statement_lines(pdf: canvas.Canvas, top: float) -> None:
    pdf.setFont("Helvetica", 11)
    for row, (label, amount) in enumerate(STATEMENT):
        pdf.drawString(54, top - 16 * row, label)
        if amount:
            pdf.drawRightString(420, top - 16 * row, amount)


def _printed_sideways(path: Path) -> None:
    """A landscape report printed into a portrait page: its glyphs run up the sheet."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.translate(letter[0], 0)
    pdf.rotate(90)
    _statement_lines(pdf, letter[0] - 60)
    pdf.showPage()
    pdf.save()


def _saved_with_rotate(path: Path) -> None:
    """An upright page saved with /Rotate 270: a viewer shows it on its side."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter)
    _statement_lines(pdf, letter[1] - 72)
    pdf.showPage()
    pdf.save()
    writer = PdfWriter(clone_from=PdfReader(buf))
    writer.pages[0].rotate(270)
    writer.write(path)


@pytest.mark.parametrize("make", [_printed_sideways, _saved_with_rotate], ids=["drawn_sideways", "rotate_270"])
def test_a_sideways_statement_reads_turned_upright(page_reader: PageReader, tmp_path: Path,
                                                   make: Callable[[Path], None]) -> None:
    """Glyphs running up the page read in lines once the page is turned a quarter clockwise; read unturned
    they come out one word to a line, reversed. The word boxes must stand on that same turned page, or
    label-beside-value reading pairs the wrong things."""
    path = tmp_path / "statement.pdf"
    make(path)
    pages, documents = _read(page_reader, path)
    (page,) = pages
    assert page.rotation == 90
    assert "Beginning balance 2,104.16" in page.text.splitlines()
    assert "Statement period: March 1, 2027 to March 31, 2027" in page.text.splitlines()
    words = with_words(page, PdfInk(path, pages)).words
    assert words == PdfInk(path).words(1, page.rotation)

    def box(text: str) -> tuple[float, float, float, float]:
        (word,) = [w for w in words if w.text == text]
        return word.box

    assert all(0 <= v <= 1 for w in words for v in w.box)
    label, amount = box("Beginning"), box("2,104.16")
    assert label[2] < amount[0]  # the label reads left of its amount
    assert label[1] < amount[3] and amount[1] < label[3]  # on one row
    assert box("Beginning")[1] < box("Ending")[1]  # rows run down the page in reading order
    (statement,) = documents
    assert statement.type == "bank_statement"
    fields = {name: statement.fields[name].value for name in
              ("period_start", "period_end", "beginning_balance", "ending_balance", "account_last4")}
    assert fields == {"period_start": date(2027, 3, 1), "period_end": date(2027, 3, 31),
                      "beginning_balance": Decimal("2104.16"), "ending_balance": Decimal("1577.76"),
                      "account_last4": "4417"}


# --- Form 710 saved turned --------------------------------------------------------------------------------


def test_a_turned_form710_writes_each_value_beside_its_label(page_reader: PageReader, tmp_path: Path) -> None:
    """A form saved with /Rotate: its text is read turned upright, and the filled-in values must be turned
    the same way, or they land in another line than their labels' and the page text no longer pairs them."""
    buf = io.BytesIO(form710_filled({"Text_1": "0012345678", "Text_2": "Maria Gonzalez", "Checkbox_24": True}))
    writer = PdfWriter(clone_from=PdfReader(buf))
    for sheet in writer.pages:
        sheet.rotate(90)
    path = tmp_path / "form710_turned.pdf"
    writer.write(path)
    pages, documents = _read(page_reader, path)
    lines = pages[0].text.splitlines()
    assert "Loan number: 0012345678" in lines
    assert "Borrower's name Maria Gonzalez" in lines
    assert pages[0].rotation == 270  # shown a quarter turned clockwise; three more quarters bring it upright
    assert any("[X] A primary residence" in line for line in lines)
    (application,) = documents
    assert application.type == "mortgage_assistance_application"
    assert application.fields["loan_number"].value == "0012345678"
    assert application.fields["borrower_name"].value == "Maria Gonzalez"


# --- a bank's own numbering and wording -------------------------------------------------------------------


def _sheet_statement(month: str, last_day: int, brought: str, carried: str, numbered: bool = True) -> list[str]:
    return ["Millbrook Savings and Trust Company", "Statement of Account", *(["Sheet 1 of 1"] if numbered else []),
            "Account number: ****2286", f"Statement period: {month} 1, 2027 to {month} {last_day}, 2027",
            f"Balance brought forward {brought}", f"{month} 5 Payroll deposit ACME TOOLS 1,625.00",
            f"{month} 12 Check 1042 -1,140.00", f"Balance carried forward {carried}"]


def test_statements_numbered_sheet_1_of_1_are_documents_of_their_own(page_reader: PageReader,
                                                                      tmp_path: Path) -> None:
    """Two months of one account, back to back: without page numbers the second would read as the first's
    next page. "Sheet 1 of 1" is the bank's page numbering: each statement is whole on its one sheet."""
    path = tmp_path / "statements.pdf"
    text_pdf([_sheet_statement("August", 31, "1,204.16", "1,689.16"),
              _sheet_statement("September", 30, "1,689.16", "2,174.16")], path)
    _, documents = _read(page_reader, path)
    assert _spans(documents) == [("bank_statement", [1]), ("bank_statement", [2])]
    assert [d.fields["period_end"].value for d in documents] == [date(2027, 8, 31), date(2027, 9, 30)]


def test_balances_brought_and_carried_forward_and_a_trust_companys_name(page_reader: PageReader,
                                                                        tmp_path: Path) -> None:
    """A statement's opening balance is the balance brought forward from the last one, its closing balance
    the one carried forward to the next. "Company" after "Trust" is still the bank's name, not a title
    running on after it."""
    path = tmp_path / "statement.pdf"
    text_pdf([_sheet_statement("August", 31, "1,204.16", "1,689.16", numbered=False)], path)
    _, documents = _read(page_reader, path)
    (statement,) = documents
    assert statement.type == "bank_statement"
    assert statement.fields["bank_name"].value == "Millbrook Savings and Trust Company"
    assert statement.fields["beginning_balance"].value == Decimal("1204.16")
    assert statement.fields["ending_balance"].value == Decimal("1689.16")
