"""Grainy copies and OCR's misreads: a 150 dpi grey scan whose grain tesseract reads as stray words is read
again with the grain smoothed away (real tesseract), a long label with two neighbouring letters read as one
("aan number:" for "Loan number:"), a letterhead's "Fax" tying with an application whose title OCR lost,
"Page lof3", a header band's value printed larger than its small header, and a row that opens with the loan
number before its caption."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.application_layout import first_label, occurrences
from lossmit_docs.reading.classify import FAX_COVER, classify_page, scores
from lossmit_docs.reading.documents import _loan_number
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk, with_words
from lossmit_docs.reading.ocr import ocr_page
from lossmit_docs.reading.page_text import locate, row_under
from lossmit_docs.reading.split import page_numbering
from lossmit_docs.settings import Settings
from pdf_factory import images_pdf
from test_extract_application import ref
from test_questionnaire_layouts import read

APPLICATION = "mortgage_assistance_application"


# --- a grainy grey scan, read by real tesseract --------------------------------------------------------

SCAN_DPI = 150  # a copier's grey scan; the reader renders it at its own 300 dpi, as in production
GRAIN_LINES = ("Loan number 1625069643", "Borrower name Rosalind Okafor", "Property address 418 Juniper Lane",
               "Monthly gross income 3,240.00")
GRAIN_TITLE = "Request for Mortgage Assistance"
HALF_LETTER = (letter[0], letter[1] / 2)  # half a sheet keeps tesseract's two readings near two seconds


def _grainy_scan(path: Path, lines: tuple[str, ...], sigma: float, seed: int = 1) -> Path:
    """A born-digital page rasterised at 150 dpi grey, on grey paper (200) with gaussian grain of `sigma`
    and 2% black and white specks, wrapped back into an image-only PDF; no lines gives a blank back."""
    born = io.BytesIO()
    pdf = canvas.Canvas(born, pagesize=HALF_LETTER)
    if lines:
        pdf.setFont("Helvetica-Bold", 14)
        pdf.drawString(54, HALF_LETTER[1] - 60, GRAIN_TITLE)
        pdf.setFont("Helvetica", 11)
        for row, line in enumerate(lines):
            pdf.drawString(54, HALF_LETTER[1] - 90 - 20 * row, line)
    pdf.showPage()
    pdf.save()
    document = pdfium.PdfDocument(born.getvalue())
    try:
        clean = np.asarray(document[0].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L"), float)
    finally:
        document.close()
    rng = np.random.default_rng(seed)
    grey = np.where(clean > 128, 200.0, clean) + rng.normal(0, sigma, clean.shape)
    specks = rng.random(clean.shape)
    grey[specks < 0.01] = 0
    grey[specks > 0.99] = 255
    images_pdf([Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8))], SCAN_DPI, path)
    return path


def test_a_grainy_grey_scan_is_read_again_with_its_grain_smoothed(tmp_path: Path) -> None:
    page = ocr_page(_grainy_scan(tmp_path / "grainy.pdf", GRAIN_LINES, sigma=25), 1, Settings(ocr_dpi=300))
    assert page.error is None and page.method is TextMethod.OCR
    # read as it lies, the grain turns into stray words ("ee", "~~", ":") and the loan number into
    # "1625060643", the page about half sure; smoothed, every line reads clean
    assert page.confidence > 0.9  # well over the 0.80 under which a page is read again
    read_lines = [" ".join(line.split()) for line in page.text.splitlines() if line.strip()]
    assert read_lines == [GRAIN_TITLE, *GRAIN_LINES]
    assert "1625069643" in {w.text for w in page.words}


def test_a_blank_grainy_back_stays_blank(tmp_path: Path) -> None:
    """Smoothing heavier grain with no text on it makes blotches tesseract reads as a hundred words: a page
    read with next to no words is not smoothed."""
    page = ocr_page(_grainy_scan(tmp_path / "back.pdf", (), sigma=40), 1, Settings(ocr_dpi=300))
    assert page.error is None
    assert page.words == () and not page.text.strip()


# --- OCR word boxes for label tests --------------------------------------------------------------------


def ocr_words_page(lines: list[str], number: int = 1) -> Page:
    """An OCR'd page of `lines`: 11 pt type on a letter page, words' boxes as a scan's would be."""
    char_w, line_h = 0.0095, 0.014
    words: list[Word] = []
    for row, line in enumerate(lines):
        top, x = 0.08 + row * 0.03, 0.1
        for text in line.split():
            words.append(Word(text, 0.91, (x, top, x + len(text) * char_w, top + line_h)))
            x += (len(text) + 1) * char_w
    return Page(number, "\n".join(lines), TextMethod.OCR, 0.9, 0, 612.0, 792.0, words=tuple(words))


# --- a long label with two neighbouring letters read as one --------------------------------------------


def test_a_long_label_with_two_letters_read_as_one_is_found() -> None:
    # "Lo" read as "a" (a grain speck joins them): "aan number:" is ten letters' "Loan number:"
    page = ocr_words_page(["Request for Mortgage Assistance", "aan number: 1625069643",
                           "Borrower's name: Rosalind Okafor"])
    assert [(start, end) for _, start, end in occurrences(page, "Loan number")] == [(4, 6)]
    fields = extract_application([page], ref)
    assert fields["loan_number"].value == "1625069643"


def test_rn_read_as_m_and_m_read_as_rn_in_a_label() -> None:
    # a hardship option's label with the "rn" of "earns" read as "m"; the total's "m" read as "rn"
    earns = ocr_words_page(["[X] Borrower eams less than before"])
    assert [(start, end) for _, start, end in occurrences(earns, "earns less than before")] == [(2, 6)]
    total = ocr_words_page(["Total rnonthly income: $3,240.00"])
    assert [(start, end) for _, start, end in occurrences(total, "TOTAL MONTHLY INCOME")] == [(0, 3)]


def test_a_digit_standing_in_for_letters_is_no_misread() -> None:
    """Question 3's number before "Borrower's name" is no "Co-" read as one character: the borrower's own
    name is not the co-borrower's."""
    page = ocr_words_page(["3. Borrower's name: Rosalind Okafor", "4. Loan number: 1625069643"])
    assert list(occurrences(page, "Borrower's name"))
    assert not list(occurrences(page, "Co-borrower's name"))
    assert first_label(page, ["Co-borrower's name", "Co-borrower name"]) is None


# --- a document beats a fax cover on a tie -------------------------------------------------------------


def test_a_letterhead_fax_does_not_make_an_application_page_a_fax_cover() -> None:
    """The title lost to grain; the letterhead's "Fax", "Attn:" and "Re:" weigh as much as what is left of
    the application's own headings."""
    page = Page(1, "Quarry Point Mortgage Servicing Phone (918) 555-0100 Fax (918) 555-0147\n"
                   "Attn: Loss Mitigation Re: loan 1625069643\n"
                   "Req est f r M rtg ge Ass st nce\n"
                   "Borrower Information\nName Rosalind Okafor\n"
                   "Property Information\n418 Juniper Lane, Tulsa, OK 74103", TextMethod.OCR, 0.74)
    score = scores(page)
    assert score[FAX_COVER] == score[APPLICATION] >= 4  # a tie, each strong enough to stand
    assert max(score.values()) == score[APPLICATION]
    kind = classify_page(page)
    assert kind.type == APPLICATION


# --- "Page lof3" ---------------------------------------------------------------------------------------


def _footer(text: str, number: int = 2) -> Page:
    return Page(number, f"Hardship Affidavit\nI certify the above is true.\n{text}", TextMethod.OCR, 0.85)


def test_a_page_one_read_as_a_letter_is_page_one() -> None:
    for footer in ("Page lof3", "Page I of 3", "Page | of 3", "PAGE l OF 3", "PAGE L OF 3", "page i of 3"):
        assert page_numbering(_footer(footer), 5) == (1, 3), footer


def test_a_page_l_with_no_of_is_no_numbering() -> None:
    for footer in ("Page l", "Page I", "See page l 3 times"):
        assert page_numbering(_footer(footer), 5) is None, footer


# --- a header band's value printed larger than its header ----------------------------------------------


def test_a_header_bands_value_printed_larger_than_its_header_is_found(tmp_path: Path) -> None:
    path = tmp_path / "band.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 740, "Kestrel Valley Cooperative")
    pdf.setFont("Helvetica-Bold", 6)
    pdf.drawString(40, 700, "EMPLOYEE NAME")
    pdf.drawString(300, 700, "CHECK DATE")
    pdf.setFont("Helvetica", 18)
    pdf.drawString(40, 681, "Declan P. O'Rourke")
    pdf.drawString(300, 681, "05/23/2027")
    pdf.save()
    page = with_words(read(path)[0], PdfInk(path))
    hit = locate(page, "Employee name")
    assert hit is not None
    header = hit[0]
    line = header[3] - header[1]
    name = next(w for w in page.words if w.text == "Declan")
    # the value's top within 2.5 header heights of the header, its centre further down
    assert name.box[1] <= header[3] + 2.5 * line < (name.box[1] + name.box[3]) / 2
    assert [w.text for w in row_under(page, header)] == ["Declan", "P.", "O'Rourke"]
    date_hit = locate(page, "Check date")
    assert date_hit is not None
    assert [w.text for w in row_under(page, date_hit[0])] == ["05/23/2027"]


# --- a row that opens with the loan number before its caption ------------------------------------------


def _letter(*lines: str) -> Page:
    return Page(1, "\n".join(lines), TextMethod.TEXT_LAYER, 1.0)


def test_a_row_opening_with_the_loan_number_before_its_caption() -> None:
    page = _letter("Harbor Federal Credit Union", "00065895008 Mortgage loan number 29254 Member number",
                   "Dear member,", "We received your request for help with your payments.")
    assert _loan_number("hardship_letter", {}, [page]) == "00065895008"
    plain = _letter("Harbor Federal Credit Union", "4471902356 Loan # 29254 Member number")
    assert _loan_number("hardship_letter", {}, [plain]) == "4471902356"


def test_a_number_in_mid_sentence_before_loan_number_is_no_loan_number() -> None:
    for line in ("Call 5551234567 about your loan number", "For help call 8005550199 loan number at hand"):
        assert _loan_number("hardship_letter", {}, [_letter("Dear homeowner,", line)]) is None, line
