"""Answers a pen gave on printed paper, scanned and read through the real page reader and tesseract: a
sentence worksheet filled in on its blanks, YES or NO circled beside statements and hardship reasons,
and Yes/No occupancy questions where the one left unread is the use the others' No leave; and
`circled_answer` on a page drawn here, where nothing is circled or no YES/NO is printed at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field, Page, TextMethod, Word
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import ScanStyle, as_scanned, images_pdf
from test_questionnaire_layouts import plain, ref, value

DPI = 300
SCAN = ScanStyle(dpi=DPI, skew=0.4, noise=0.0004)  # a sheet a little askew on the glass, a few specks
PEN = (0.12, 0.16, 0.42)  # blue-black ballpoint
PRINT_PT = 11.0


def scanned(printed: Path, reader: PageReader, touch: Callable[[Image.Image], None] | None = None
            ) -> dict[str, Field]:
    """The filled-in sheet rendered, marked by `touch` as a scanner would (a faint line lost), scanned
    (tilt, specks, a soft focus), saved as an image-only PDF and read the way the service reads it: OCR'd
    pages, their renders as the ink probe."""
    pdf = pypdfium2.PdfDocument(str(printed))
    try:
        sheet = pdf[0].render(scale=DPI / 72).to_pil().convert("L")
    finally:
        pdf.close()
    if touch is not None:
        touch(sheet)
    image = as_scanned(sheet, SCAN).filter(ImageFilter.GaussianBlur(0.3))
    scan = printed.with_name(f"{printed.stem}-scan.pdf")
    images_pdf([image], DPI, scan)
    pages = reader.read(scan)
    assert pages[0].method == TextMethod.OCR
    return extract_application(pages, ref, PdfInk(scan, pages))


class Sheet:
    """A printed form on a reportlab canvas, and the pen that fills it in."""

    def __init__(self, path: Path) -> None:
        self.pdf = canvas.Canvas(str(path), pagesize=letter)

    def printed(self, x: float, y: float, text: str, size: float = PRINT_PT, bold: bool = False) -> float:
        """Black type; the x its last letter ends at."""
        font = "Helvetica-Bold" if bold else "Helvetica"
        self.pdf.setFillGray(0)
        self.pdf.setFont(font, size)
        self.pdf.drawString(x, y, text)
        return x + self.pdf.stringWidth(text, font, size)

    def blank(self, x: float, y: float, width: float) -> None:
        """A fill-in line under the row at `y`."""
        self.pdf.setStrokeGray(0)
        self.pdf.setLineWidth(0.7)
        self.pdf.line(x, y - 2, x + width, y - 2)

    def pen(self, x: float, y: float, text: str, size: float = 12.0, bold: bool = False) -> None:
        """Neat print in ballpoint, a plain face so tesseract reads it as a clerk would."""
        self.pdf.setFillColorRGB(*PEN)
        self.pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.pdf.drawString(x, y, text)

    def ring(self, x: float, y: float, word: str) -> None:
        """An ellipse drawn round a printed word, 1.8 pt of pen."""
        width = self.pdf.stringWidth(word, "Helvetica", PRINT_PT)
        self.pdf.setStrokeColorRGB(*PEN)
        self.pdf.setLineWidth(1.8)
        self.pdf.ellipse(x - 5, y - 0.45 * PRINT_PT, x + width + 5, y + 1.15 * PRINT_PT)

    def yes_no(self, rows: list[tuple[str, bool]], top: float, x: float = 260) -> None:
        """Statements with YES and NO printed to their right, one of the two circled on each."""
        for index, (statement, yes) in enumerate(rows):
            y = top - 22 * (index + 1)
            self.printed(80, y, statement)
            self.printed(x, y, "YES")
            self.printed(x + 40, y, "NO")
            self.ring(x if yes else x + 40, y, "YES" if yes else "NO")

    def save(self) -> None:
        self.pdf.save()


def _worksheet(path: Path) -> Path:
    """Sentences to complete on their blanks, and statements and reasons to answer by circling."""
    sheet = Sheet(path)
    sheet.printed(60, 740, "HOMEOWNER HELP WORKSHEET", 14, bold=True)
    sheet.printed(60, 722, "Please print. Fill in each blank, then circle YES or NO on every line.", 10)
    sheet.printed(60, 690, "1.")
    end = sheet.printed(78, 690, "My name is")
    sheet.blank(end + 6, 690, 170)
    sheet.pen(end + 14, 691, "Harriet Okonkwo")
    end = sheet.printed(end + 184, 690, "and my SSN ends in")
    sheet.blank(end + 6, 690, 60)
    sheet.pen(end + 14, 691, "5172")
    sheet.printed(60, 650, "2.")
    end = sheet.printed(78, 650, "The home is at")
    sheet.blank(end + 6, 650, 280)
    sheet.printed(end + 10, 638, "(number and street)", 8)
    sheet.pen(end + 14, 651, "2290 Larkspur Ct")
    sheet.pen(end + 14, 620, "Loveland, CO 80537")  # the rest of the address, under the caption
    sheet.printed(60, 585, "3.")
    sheet.printed(78, 585, "About the home:")
    sheet.yes_no([("I live in this home.", True), ("It is a second home.", False), ("I rent it out.", False)], 585)
    sheet.printed(60, 490, "4.")
    sheet.printed(78, 490, "Why did you fall behind? Circle YES or NO for each reason.")
    sheet.yes_no([("I lost my job", True), ("Lower pay or fewer hours", False),
                  ("A serious illness in the family", True), ("Divorce or legal separation", False)], 490)
    sheet.save()
    return path


def test_a_filled_in_worksheet_is_read_from_its_blanks_and_circles(tmp_path: Path, reader: PageReader) -> None:
    fields = scanned(_worksheet(tmp_path / "worksheet.pdf"), reader)
    # the name ends where its blank does: "and my SSN ends in" is the next question, printed
    assert value(fields, "borrower_name") == "Harriet Okonkwo"
    assert value(fields, "ssn_last4") == "5172"
    address = value(fields, "property_address")
    assert address is not None and plain(address) == plain("2290 Larkspur Ct, Loveland, CO 80537")
    assert value(fields, "occupancy") == "primary_residence"  # YES circled beside "I live in this home."
    assert sorted(value(fields, "hardship_types")) == ["disability_or_illness", "unemployment"]


def _occupancy_questions(path: Path) -> Path:
    """One Yes/No question per use of the home: No marked with an X on two, and the first scribbled
    over where its answer was, past reading."""
    sheet = Sheet(path)
    sheet.printed(60, 740, "BORROWER QUESTIONNAIRE", 14, bold=True)
    sheet.printed(60, 712, "Borrower name: Gideon Ferreira-Walsh")
    sheet.printed(60, 690, "Mark X beside Yes or No for each question.")
    questions = ["Do you live in this home?", "Is this a second home?", "Is the home rented to a tenant?"]
    for index, question in enumerate(questions):
        y = 660 - 26 * index
        sheet.printed(60, y, question)
        sheet.printed(300, y, "Yes")
        sheet.printed(360, y, "No")
        if index:
            sheet.pen(346, y, "X", bold=True)
            continue
        sheet.pdf.setStrokeColorRGB(*PEN)  # a change of mind, scratched out over both answers
        sheet.pdf.setLineWidth(2.2)
        for k in range(9):
            sheet.pdf.line(282 + 4 * k, y - 4, 300 + 9 * k, y + 11)
            sheet.pdf.line(290 + 9 * k, y + 11, 310 + 7 * k, y - 4)
    sheet.save()
    return path


def test_the_one_use_not_answered_no_is_the_occupancy_for_review(tmp_path: Path, reader: PageReader) -> None:
    fields = scanned(_occupancy_questions(tmp_path / "questions.pdf"), reader)
    assert value(fields, "occupancy") == "primary_residence"
    assert fields["occupancy"].confidence <= 0.5  # inferred, not read: a person confirms it


# --- circled_answer on a page drawn here ---------------------------------------------------------------

INK_DPI = 100  # the resolution the ink probe renders pages at
PAGE = (round(8.5 * INK_DPI), round(11 * INK_DPI))
TYPE = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"  # Helvetica's metrics


def _drawn_row(parts: list[tuple[str, float]], ring: str = "") -> tuple[Page, Image.Image, tuple[float, ...]]:
    """One row of words drawn at the given x (inches) on a letter page, an OCR page of them, and the box
    of the statement (every word before a YES or NO); a ring drawn round the word `ring`."""
    image = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(TYPE, round(PRINT_PT * INK_DPI / 72))
    words: list[Word] = []
    top = 3 * INK_DPI
    for text, inches in parts:
        x = inches * INK_DPI
        for token in text.split():
            left, upper, right, lower = draw.textbbox((x, top), token, font=font)
            draw.text((x, top), token, fill=20, font=font)
            words.append(Word(token, 0.95, (left / PAGE[0], upper / PAGE[1], right / PAGE[0], lower / PAGE[1])))
            if token == ring:
                line = lower - upper
                draw.ellipse((left - 0.5 * line, upper - 0.6 * line, right + 0.5 * line, lower + 0.6 * line),
                             outline=40, width=3)
            x = right + draw.textlength(" ", font=font)
    statement = [w for w in words if w.text not in ("YES", "NO")]
    label = (min(w.box[0] for w in statement), min(w.box[1] for w in statement),
             max(w.box[2] for w in statement), max(w.box[3] for w in statement))
    page = Page(1, " ".join(w.text for w in words), TextMethod.OCR, 0.93, 0, 612.0, 792.0, words=tuple(words))
    return page, image, label


def test_circled_answer_tells_an_unanswered_question_from_one_not_asked() -> None:
    from lossmit_docs.reading.application_circles import circled_answer  # new with these changes

    statement = ("I live in this home.", 1.0)
    page, image, label = _drawn_row([statement, ("YES", 3.6), ("NO", 4.2)])
    assert circled_answer(page, image, label) == (None, True)  # asked, and neither answer circled
    page, image, label = _drawn_row([statement, ("YES", 3.6), ("NO", 4.2)], ring="YES")
    assert circled_answer(page, image, label) == (True, True)
    page, image, label = _drawn_row([statement, ("YES", 3.6), ("NO", 4.2)], ring="NO")
    assert circled_answer(page, image, label) == (False, True)
    page, image, label = _drawn_row([statement])
    assert circled_answer(page, image, label) == (None, False)  # no YES or NO beside it: not asked this way
