"""Two layouts an earlier rule misread. A mortgage company's landscape form in two panels split by a thin
rule: captions in small capitals set right against light blue-grey shaded answer boxes with no border, a
"CITY [..] STATE [..] ZIP [..]" row that runs on into the right panel's "HARDSHIP BEGAN" caption and box, and
choices made by a check mark drawn over a shaded square (no box's sides, no typed "X") - before, the next
panel's caption and date were taken into the address and no mark was read. And a state foreclosure-mediation
program's worksheet whose ruled tables centre their headings over their columns while the answers start at
each column's left edge: "HOMEOWNER 1 (BORROWER) | HOMEOWNER 2 (CO-BORROWER)" over the two people's answers,
"State and ZIP code" as one caption over "ME 04079", and a signature table whose "DATE" heading is centred
over dates typed left of it, scanned in grey and read through real tesseract ("Homeowner 1" told apart from
"Homeowner 2", also when OCR reads its figure as a bar) - before, the second person's first name was run
into the first's, the state lost for the caption's "and", and the dates unread or the rows mixed up."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from pathlib import Path

import pypdfium2 as pdfium
from PIL import ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field, PageRef, TextMethod
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import concat_pdfs, images_pdf, pen_signature

LANDSCAPE = (792.0, 612.0)
SHADE = (0.86, 0.89, 0.93)  # the answer boxes' and option squares' light blue-grey fill
NAVY = (0.1, 0.18, 0.36)
INK_BLUE = (0.08, 0.12, 0.45)
SCAN_DPI = 200  # a copier's grey scan; the reader renders it at its own dpi


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def read(reader: PageReader, path: Path) -> dict[str, Field]:
    pages = reader.read(path)
    return extract_application(pages, ref, PdfInk(path, pages))


def _plain(text: str | None) -> str:
    """An address less its punctuation and case, spaces made single."""
    return " ".join(re.sub(r"[^\w\s]", " ", text or "").lower().split())


# --- 1. a landscape form in two panels: captions right against shaded boxes, marks over shaded squares ----


class _Sheet:
    """A reportlab canvas drawn in points from the page's top-left corner."""

    def __init__(self, pdf: canvas.Canvas, height: float) -> None:
        self.pdf, self.height = pdf, height

    def text(self, x: float, baseline: float, text: str, size: float = 8.0, font: str = "Helvetica",
             align: str = "l") -> None:
        self.pdf.setFont(font, size)
        draw = {"l": self.pdf.drawString, "r": self.pdf.drawRightString, "c": self.pdf.drawCentredString}[align]
        draw(x, self.height - baseline, text)

    def shaded(self, left: float, top: float, width: float, height: float) -> None:
        """A borderless box filled light blue-grey."""
        self.pdf.setFillColorRGB(*SHADE)
        self.pdf.rect(left, self.height - top - height, width, height, stroke=0, fill=1)
        self.pdf.setFillGray(0)

    def tick(self, left: float, top: float, side: float) -> None:
        """A check mark drawn over a square: two dark strokes, the long one past its top right corner."""
        pdf = self.pdf
        pdf.setStrokeColorRGB(0.05, 0.05, 0.1)
        pdf.setLineWidth(1.6)
        pdf.setLineCap(1)
        y = self.height - top
        pdf.line(left + 0.8, y - 0.55 * side, left + 0.38 * side, y - side + 0.6)
        pdf.line(left + 0.38 * side, y - side + 0.6, left + side + 2.5, y + 2.5)
        pdf.setLineCap(0)
        pdf.setStrokeGray(0)


LEFT_CAPTIONS = 150.0  # where the left panel's captions end, right against their boxes
BOX_HEIGHT = 16.0
SQUARE = 9.0
REASONS = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Natural or man-made disaster",
           "Serious illness or disability", "Divorce or legal separation", "Death of a borrower or wage earner",
           "Job transfer or relocation", "Separation of unmarried co-owners", "Other (explain on page 2)")
# (not Ocean City, MD 21842: "City STATE MD ZIP" in a row is taken for a "City, State and ZIP" caption, "an"
# read as "m", and the answer then runs on into the next panel: "..., 21842 HARDSHIP BEGAN (MM/DD/YYYY)")
STATE, ZIP_CODE = "NJ", "08226"
USES = ("principal residence", "second home", "rental / investment")


def _caption_box(sheet: _Sheet, caption_end: float, top: float, caption: str, width: float,
                 answer: str = "") -> None:
    """A caption in small capitals right-aligned against its shaded box, the answer typed in the box."""
    sheet.text(caption_end, top + 11, caption, 6.8, "Helvetica-Bold", align="r")
    sheet.shaded(caption_end + 3, top, width, BOX_HEIGHT)
    if answer:
        sheet.text(caption_end + 7, top + 11.5, answer, 9.5)


def _option(sheet: _Sheet, x: float, top: float, text: str, ticked: bool = False) -> None:
    """A shaded square (no border) before the option; a check mark drawn over it when `ticked`."""
    sheet.shaded(x, top, SQUARE, SQUARE)
    if ticked:
        sheet.tick(x, top, SQUARE)
    sheet.text(x + SQUARE + 5, top + 7.5, text, 8.2)


def _two_panels(path: Path) -> Path:
    """The company's landscape page: left panel "About you and your home", right panel "Your hardship", a
    thin vertical rule between them at x 396; the "CITY / STATE / ZIP" row level with the right panel's
    "HARDSHIP BEGAN (MM/DD/YYYY)" box; reasons and home uses chosen by a check mark over a shaded square."""
    width, height = LANDSCAPE
    pdf = canvas.Canvas(str(path), pagesize=LANDSCAPE)
    sheet = _Sheet(pdf, height)
    pdf.setFillColorRGB(*NAVY)
    pdf.rect(36, height - 62, 720, 30, stroke=0, fill=1)
    pdf.setFillGray(1)
    sheet.text(46, 52, "TIDEWATER HOME LOANS", 14, "Helvetica-Bold")
    sheet.text(746, 46, "MORTGAGE ASSISTANCE REQUEST", 9.5, "Helvetica-Bold", align="r")
    sheet.text(746, 57, "Form TW-118 (rev. 03/2039)  -  page 1 of 2", 7, align="r")
    pdf.setFillGray(0)
    sheet.text(36, 78, "Complete both panels. Type or print inside the shaded boxes and check each box that "
                       "applies. Loss Mitigation, PO Box 2290, Salisbury, MD 21802.", 7.5)
    pdf.setStrokeGray(0.45)
    pdf.setLineWidth(0.5)
    pdf.line(width / 2, height - 92, width / 2, height - 560)
    pdf.setStrokeGray(0)
    # the left panel
    sheet.text(36, 106, "1  ABOUT YOU AND YOUR HOME", 9.5, "Helvetica-Bold")
    _caption_box(sheet, LEFT_CAPTIONS, 120, "LOAN NUMBER", 150, "8830142597")
    _caption_box(sheet, LEFT_CAPTIONS, 144, "BORROWER NAME", 230, "Delia M. Sandoval")
    _caption_box(sheet, LEFT_CAPTIONS, 168, "CO-BORROWER NAME", 230)
    _caption_box(sheet, LEFT_CAPTIONS, 192, "PHONE", 120, "(410) 555-0148")
    _caption_box(sheet, LEFT_CAPTIONS, 216, "STREET ADDRESS", 230, "41 Harbor Road, Unit C-12")
    _caption_box(sheet, 64, 240, "CITY", 112, "Ocean City")
    _caption_box(sheet, 212, 240, "STATE", 30, STATE)
    _caption_box(sheet, 272, 240, "ZIP", 108, ZIP_CODE)
    sheet.text(36, 282, "THIS HOME IS MY", 6.8, "Helvetica-Bold")
    for x, use in zip((110.0, 206.0, 282.0), USES, strict=True):
        _option(sheet, x, 275, use, ticked=use == "second home")
    sheet.text(36, 310, "Is the home listed for sale?  Attach the listing agreement if it is.", 7.5)
    # the right panel, its first caption level with the left panel's CITY row
    sheet.text(414, 106, "2  YOUR HARDSHIP", 9.5, "Helvetica-Bold")
    _caption_box(sheet, 560, 240, "HARDSHIP BEGAN (MM/DD/YYYY)", 110, "09/11/2039")
    sheet.text(414, 124, "CHECK EVERY REASON THAT APPLIES", 6.8, "Helvetica-Bold")
    for row, reason in enumerate(REASONS[:5]):
        _option(sheet, 418, 136 + 18 * row, reason, ticked=reason.startswith("Job transfer"))
    for row, reason in enumerate(REASONS[5:]):
        _option(sheet, 588, 136 + 18 * row, reason, ticked=reason.startswith("Job transfer"))
    sheet.text(414, 282, "Tell us more about your hardship on page 2.", 7.5)
    pdf.showPage()
    pdf.save()
    return path


def test_the_next_panels_caption_is_no_part_of_the_address(reader: PageReader, tmp_path: Path) -> None:
    """"CITY [Ocean City] STATE [NJ] ZIP [08226]" with the right panel's "HARDSHIP BEGAN (MM/DD/YYYY)
    [09/11/2039]" level with it: the address ends at its ZIP code and keeps the whole town, "City" in it no
    caption among captions in capitals (before, "Ocean NJ 08226 HARDSHIP BEGAN (MM/DD/YYYY) 09/11/2039"); the
    co-borrower's empty shaded box, level with the next panel's reasons, is surely no name (before, unsure)."""
    fields = read(reader, _two_panels(tmp_path / "panels.pdf"))
    assert _plain(fields["property_address"].value) == "41 harbor road unit c 12 ocean city nj 08226"
    assert fields["borrower_name"].value == "Delia M. Sandoval"
    assert fields["co_borrower_name"].value is None
    assert fields["co_borrower_name"].confidence >= 0.9


def test_check_marks_drawn_over_shaded_squares(reader: PageReader, tmp_path: Path) -> None:
    """Ten reasons and three home uses, each after a light shaded square with no border: a check mark drawn
    over the squares of "Job transfer or relocation" and "second home" chooses them (before, no reason and no
    use was read)."""
    fields = read(reader, _two_panels(tmp_path / "panels.pdf"))
    assert fields["hardship_types"].value == ["relocation"]
    assert fields["occupancy"].value == "second_home"


# --- 2. a mediation program's worksheet: headings centred over columns whose answers start at their left --

HEAD_GREY = 0.88
PEOPLE = (300.0, 430.0, 560.0)  # the homeowners' columns' edges
LABELS_LEFT = 48.0


def _ruled_row(pdf: canvas.Canvas, top: float, height: float, edges: tuple[float, ...], grey: float = 1.0) -> None:
    """One ruled table row, its cells between `edges`, shaded `grey` (1: white)."""
    pdf.setLineWidth(0.6)
    for left, right in pairwise(edges):
        pdf.setFillGray(grey)
        pdf.rect(left, letter[1] - top - height, right - left, height, stroke=1, fill=1)
    pdf.setFillGray(0)


def _mediation_header(sheet: _Sheet, page: int) -> None:
    sheet.text(48, 50, "STATE OF MAINE JUDICIAL BRANCH", 8.5, "Helvetica-Bold")
    sheet.text(48, 62, "Foreclosure Diversion Program  -  Mediation Worksheet for Homeowners", 11, "Helvetica-Bold")
    sheet.text(560, 50, f"FM-031, Rev. 01/39   Page {page} of 2", 7, align="r")
    sheet.pdf.setLineWidth(1.2)
    sheet.pdf.line(48, letter[1] - 70, 560, letter[1] - 70)


def _worksheet(path: Path, signature_page: bool = True) -> Path:
    """Page 1: "PART A. THE LOAN", "PART B. HOMEOWNERS" with its two centred headings over rows whose answers
    start at each column's left edge, "PART C. PROPERTY" with "State and ZIP code" as one caption; page 2: the
    signature table, "SIGNATURE | PRINTED NAME | DATE" with "DATE" centred over its column, the signers'
    captions in a column of their own, each date typed at the date column's left edge."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    sheet = _Sheet(pdf, letter[1])
    _mediation_header(sheet, 1)
    sheet.text(48, 86, "Bring this worksheet to your first mediation session. The servicer receives a copy. "
                       "Print clearly or type.", 7.5)
    edges = (LABELS_LEFT, PEOPLE[0], PEOPLE[2])
    sheet.text(48, 110, "PART A. THE LOAN", 9, "Helvetica-Bold")
    rows_a = (("Docket number", "BRU-RE-39-114"), ("Loan number", "5502718864"),
              ("Servicer", "Casco Bay Mortgage Servicing"))
    for index, (caption, answer) in enumerate(rows_a):
        top = 116 + 18 * index
        _ruled_row(pdf, top, 18, edges)
        sheet.text(LABELS_LEFT + 4, top + 12.5, caption, 8.5)
        sheet.text(PEOPLE[0] + 4, top + 12.5, answer, 9.5, "Courier")
    sheet.text(48, 194, "PART B. HOMEOWNERS", 9, "Helvetica-Bold")
    people_edges = (LABELS_LEFT, *PEOPLE)
    _ruled_row(pdf, 200, 26, people_edges, HEAD_GREY)
    for centre, person, role in (((PEOPLE[0] + 420) / 2, "HOMEOWNER 1", "(BORROWER)"),
                                 ((PEOPLE[1] + PEOPLE[2]) / 2, "HOMEOWNER 2", "(CO-BORROWER)")):
        sheet.text(centre, 211, person, 9, "Helvetica-Bold", align="c")  # centred, the role under it
        sheet.text(centre, 221, role, 7, align="c")
    rows_b = (("Full name", "Caleb T. Marston", "Ruth A. Marston"),
              ("Last 4 digits of SSN", "6642", "2208"),
              ("Daytime phone", "(207) 555-0139", "(207) 555-0186"))
    for index, (caption, first, second) in enumerate(rows_b):
        top = 226 + 18 * index
        _ruled_row(pdf, top, 18, people_edges)
        sheet.text(LABELS_LEFT + 4, top + 12.5, caption, 8.5)
        sheet.text(PEOPLE[0] + 1.5, top + 12.5, first, 9.5, "Courier")
        sheet.text(PEOPLE[1] + 1.5, top + 12.5, second, 9.5, "Courier")
    sheet.text(48, 300, "PART C. PROPERTY", 9, "Helvetica-Bold")
    rows_c = (("Street address", "208 Shore Acres Road"), ("City or town", "Harpswell"),
              ("State and ZIP code", "ME 04079"))
    for index, (caption, answer) in enumerate(rows_c):
        top = 306 + 18 * index
        _ruled_row(pdf, top, 18, edges)
        sheet.text(LABELS_LEFT + 4, top + 12.5, caption, 8.5)
        sheet.text(PEOPLE[0] + 1.5, top + 12.5, answer, 9.5, "Courier")
    sheet.text(48, 388, "Is the property your primary residence?   Yes", 8.5)
    pdf.showPage()
    if signature_page:
        _signature_page(pdf, sheet)
    pdf.save()
    return path


def _signature_page(pdf: canvas.Canvas, sheet: _Sheet) -> None:
    """Page 2: the certification and a table "SIGNATURE | PRINTED NAME | DATE", "DATE" centred over its
    column (430-540) and each row's date typed at its left edge, "Homeowner 1" and "Homeowner 2" left of it."""
    _mediation_header(sheet, 2)
    sheet.text(48, 96, "PART F. CERTIFICATION", 9, "Helvetica-Bold")
    sheet.text(48, 112, "Each homeowner certifies that the information in this worksheet is true and complete.", 8.5)
    columns = (48.0, 130.0, 300.0, 430.0, 540.0)
    _ruled_row(pdf, 130, 20, columns, HEAD_GREY)
    for left, right, heading in zip(columns[1:-1], columns[2:], ("SIGNATURE", "PRINTED NAME", "DATE"), strict=True):
        sheet.text((left + right) / 2, 144, heading, 8.5, "Helvetica-Bold", align="c")
    signers = (("Homeowner 1", "Caleb T. Marston"), ("Homeowner 2", "Ruth A. Marston"))
    for index, (caption, name) in enumerate(signers):
        top = 150 + 40 * index
        _ruled_row(pdf, top, 40, columns)
        sheet.text(54, top + 24, caption, 12, "Times-Roman")
        pen_signature(pdf, 142, top + 30, 120 + 16 * index, loop=14, line_width=1.4, tail=7)
        sheet.text(306, top + 24, name, 10.5, "Courier")
        sheet.text(columns[3] + 7, top + 24, "05/09/2039", 11, "Courier")
    pdf.showPage()


def _signed_and_scanned(tmp_path: Path) -> Path:
    """The worksheet as the program receives it back: page 1 as typed, page 2 printed, signed and scanned (a
    copier's 200 dpi grey scan, slightly blurred, no text layer) and put behind it."""
    document = pdfium.PdfDocument(str(_worksheet(tmp_path / "worksheet.pdf")))
    try:
        image = document[1].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    scan = images_pdf([image.filter(ImageFilter.GaussianBlur(0.6))], SCAN_DPI)
    typed = _worksheet(tmp_path / "typed.pdf", signature_page=False).read_bytes()
    path = tmp_path / "returned.pdf"
    concat_pdfs([typed, scan], path)
    return path


def test_homeowners_columns_under_centred_headings(reader: PageReader, tmp_path: Path) -> None:
    """"HOMEOWNER 1 (BORROWER)" and "HOMEOWNER 2 (CO-BORROWER)" centred over their columns, the answers typed
    from each column's left edge, left of the second heading: each person's name and SSN is their own column's
    (before, "Caleb T. Marston Ruth" / "A. Marston", and the co-borrower's "2208" for the borrower's SSN)."""
    fields = read(reader, _worksheet(tmp_path / "worksheet.pdf"))
    assert fields["borrower_name"].value == "Caleb T. Marston"
    assert fields["co_borrower_name"].value == "Ruth A. Marston"
    assert fields["ssn_last4"].value == "6642"


def test_state_and_zip_code_under_one_caption(reader: PageReader, tmp_path: Path) -> None:
    """"Street address | 208 Shore Acres Road", "City or town | Harpswell", "State and ZIP code | ME 04079":
    the state is the answer's, not the caption's "and" (before, "... or town Harpswell, and 04079")."""
    fields = read(reader, _worksheet(tmp_path / "worksheet.pdf"))
    assert fields["property_address"].value == "208 Shore Acres Road, Harpswell, ME 04079"


def test_scanned_signature_table_dates_left_of_a_centred_heading(reader: PageReader, tmp_path: Path) -> None:
    """The signature page scanned in grey behind the typed first page: "Homeowner 1" (set in Times, which
    tesseract reads "Homeowner |") and "Homeowner 2" rows, a pen's strokes under "SIGNATURE", each date typed
    at the date column's left edge, left of its centred "DATE": both signed, on 05/09/2039, the first row the
    borrower's, not "Homeowner 2" taken for "Homeowner 1" (before, unsigned and undated)."""
    packet = _signed_and_scanned(tmp_path)
    pages = reader.read(packet)
    assert [page.method for page in pages] == [TextMethod.TEXT_LAYER, TextMethod.OCR]
    fields = extract_application(pages, ref, PdfInk(packet, pages))
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2039, 5, 9)
    assert fields["co_borrower_signed"].value is True
