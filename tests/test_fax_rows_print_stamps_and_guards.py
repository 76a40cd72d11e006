"""A fax machine's header row over a pay stub, a webmail printout's stamp, a pen's date OCR cut in two, and
three layouts an intermediate version of these rules broke.

A staffing agency's weekly stub faxed from a public library: the sending machine prints its header row at the
very top of the page ("APR 20 2038 09:14  GLENHAVEN PUB LIB  3155550177  P. 07/09"), and OCR, which parts a
row where its words stand far apart, may return it as two text lines: "APR 20 2038 09:14" and "GLENHAVEN PUB
LIB = 3155550177  P. 07/09". The first holds a date and a time of day and was always passed over as a fax's;
the second holds neither, so the sender's name was taken for the firm heading the stub. The stub's own heading,
"Brindlewood Staffing Group" over its address, stands under it. The words of both lines stand on one row, and
that row is the one holding the time of day at the page's top. (A page built from OCR's lines and word boxes,
in page fractions, as tesseract returns them for such a fax: the split into two lines is what is tested, and a
real fax's OCR does not split it reliably.)

A hardship letter printed from webmail: the browser prints its stamp first ("08/11/2038, 7:05 AM  Mail -
Hardship letter", the day it was printed), then the message's subject, the sender's line with the day the
message was sent ("Tue, Aug 10, 2038 at 8:42 PM"), the body, and the page's address and "1/1" at the foot.
Two dates in the heading, neither alone on its line: the first was the letter's, unsurely (the print day).

A borrower's date beside "Date" written in pen on a scanned application, which OCR cut in two: "1]" (the
"1" with the pen's stroke that joined it to the "0", read as a bracket) and "0/14/2038", the boxes touching.
Neither spells a date alone, and the bracket kept them from being joined as touching figures: the
application was read as surely undated. (Word boxes built by hand, as OCR returns them.)

Guards, which the code before this change read right too, for cases an intermediate version broke:
- A stub with its check under it, past "DETACH BEFORE DEPOSITING": the check repeats the firm's name over
  its own "Check date" and "Pay to the order of" lines; it is no second stub of another period.
- A form of drawn boxes, two in a row, each with its caption at its top and its answer under the caption:
  "Borrower's full name" over "Marisol T. Halvorsen", beside "Preferred language" over "English".
- A single column of hardship options, each with a small box at its left, the rows close together, an "X"
  drawn in the box of "Reduced earnings or hours": the box level with each option is that option's.

Born digital (reportlab) through the real PageReader, or pages built from OCR's words; no scan is rendered.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Page, PageRef, TextMethod, Word
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.letters_and_checks import extract_letter
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from pdf_factory import draw_text, pen_signature

TOP = letter[1]
LINE = 0.011  # an OCR'd line's height in page heights (10 pt type on a letter page)
LETTER_WIDTH = 0.0068  # ... and a letter's width in page widths


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


_text = draw_text
_right = partial(draw_text, right=True)  # a figure set flush right, ending at `x`


# --- pages as OCR returns them -------------------------------------------------------------------------

# one text line of OCR: its top (page heights), its chunks (left edge in page widths, words), its height
OcrLine = tuple[float, Sequence[tuple[float, str]], float]


def _ocr_page(lines: Sequence[OcrLine], extra: Sequence[Word] = (), confidence: float = 0.88) -> Page:
    """A scanned page as OCR returns it: its text lines in OCR's order (two lines may share a row, as OCR
    parts a row whose words stand far apart) and a box per word, in page fractions."""
    words: list[Word] = []
    texts: list[str] = []
    for top, chunks, height in lines:
        width = LETTER_WIDTH * height / LINE
        for left, chunk in chunks:
            x = left
            for token in chunk.split():
                words.append(Word(token, 0.9, (x, top, x + len(token) * width, top + height)))
                x += (len(token) + 1) * width
        texts.append("   ".join(chunk for _, chunk in chunks))
    words.extend(extra)
    return Page(1, "\n".join(texts), TextMethod.OCR, confidence, 0, 612.0, 792.0, words=tuple(words))


def _faxed_stub() -> Page:
    """A staffing agency's weekly stub faxed from a library: the fax's header row at the page's top read as two
    lines (its date and time, then the sender's name, number and page stamp), the agency's name in larger type
    and its address under it, then the stub."""
    header = 0.012
    return _ocr_page([
        (header, [(0.05, "APR 20 2038 09:14")], LINE),
        (header + 0.001, [(0.31, "GLENHAVEN PUB LIB"), (0.55, "= 3155550177"), (0.86, "P. 07/09")], LINE),
        (0.058, [(0.08, "Brindlewood Staffing Group")], 0.018),
        (0.082, [(0.08, "410 Mill Race Road, Glenhaven, NY 13126 - (315) 555-0182")], LINE),
        (0.100, [(0.62, "WEEKLY PAY STATEMENT")], LINE),
        (0.130, [(0.08, "Associate: Sabine Q. Imrie"), (0.55, "Associate ID: BSG-20417")], LINE),
        (0.150, [(0.08, "Week worked 04/07/2038 to 04/13/2038"), (0.55, "Check date 04/16/2038")], LINE),
        (0.170, [(0.08, "Pay frequency Weekly")], LINE),
        (0.210, [(0.08, "EARNINGS"), (0.40, "Hours"), (0.52, "Rate"), (0.65, "Current"), (0.80, "YTD")], LINE),
        (0.230, [(0.08, "Regular"), (0.40, "40.00"), (0.52, "18.25"), (0.65, "730.00"), (0.80, "10,220.00")], LINE),
        (0.250, [(0.08, "Gross pay"), (0.65, "730.00"), (0.80, "10,220.00")], LINE),
        (0.270, [(0.08, "Federal income tax"), (0.65, "61.42"), (0.80, "859.88")], LINE),
        (0.290, [(0.08, "Social Security"), (0.65, "45.26"), (0.80, "633.64")], LINE),
        (0.310, [(0.08, "Medicare"), (0.65, "10.59"), (0.80, "148.26")], LINE),
        (0.330, [(0.08, "NY state income tax"), (0.65, "28.61"), (0.80, "400.54")], LINE),
        (0.360, [(0.08, "Net pay"), (0.65, "584.12"), (0.80, "8,177.68")], LINE),
    ])


def test_a_fax_header_row_read_as_two_lines_names_no_employer() -> None:
    """"APR 20 2038 09:14" and "GLENHAVEN PUB LIB = 3155550177  P. 07/09", two lines of OCR on the fax's one
    header row at the page's top, over "Brindlewood Staffing Group": the stub's own heading is the employer
    (before, "GLENHAVEN PUB LIB", the fax's sender); the stub's other fields read as they did."""
    fields, _ = extract_pay_stub([_faxed_stub()], ref)
    assert fields["employer"].value == "Brindlewood Staffing Group"
    assert fields["employee_name"].value == "Sabine Q. Imrie"
    assert fields["pay_date"].value == date(2038, 4, 16)
    assert fields["gross_current"].value == Decimal("730.00")
    assert fields["frequency"].value == "weekly"


# --- a hardship letter printed from webmail ------------------------------------------------------------


def _webmail_letter(path: Path) -> Path:
    """The browser's print of one message: its stamp (print day and time, the tab's title) at the top, the
    subject, the sender's line with the day it was sent at the right, the body, the page's address and
    "1/1" at the foot."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _text(pdf, 22, 20, "08/11/2038, 7:05 AM", 8)
    _text(pdf, 262, 20, "Mail - Hardship letter", 8)
    _text(pdf, 40, 62, "Hardship letter", 16)
    _text(pdf, 40, 80, "Inbox", 7)
    _text(pdf, 40, 104, "Noah Vareck <noah.vareck@example.net>", 9, "Helvetica-Bold")
    _right(pdf, 572, 104, "Tue, Aug 10, 2038 at 8:42 PM", 8)
    _text(pdf, 40, 116, "to loss.mitigation", 8)
    body = ("To the loss mitigation team,",
            "",
            "I am writing about my mortgage, loan number 6620417783. In May my hours at the plant were cut",
            "from forty to twenty-four a week and I fell two payments behind. My hours are not coming back",
            "before next spring.",
            "",
            "I want to keep my home and ask to be considered for a modification.",
            "",
            "Thank you,",
            "Noah Vareck")
    for row, line in enumerate(body):
        _text(pdf, 40, 150 + 14 * row, line, 10)
    _text(pdf, 22, 772, "https://mail.example.net/mail/u/0/#sent", 8)
    _right(pdf, 590, 772, "1/1", 8)
    pdf.save()
    return path


def test_a_printed_emails_date_is_the_day_sent_not_the_print_stamps(reader: PageReader, tmp_path: Path) -> None:
    """"08/11/2038, 7:05 AM  Mail - Hardship letter" (the browser's print stamp) over the sender's line "Noah
    Vareck <...>  Tue, Aug 10, 2038 at 8:42 PM": the letter is dated the day the message was sent (before, the
    day it was printed, unsurely)."""
    pages = reader.read(_webmail_letter(tmp_path / "mail.pdf"))
    fields = extract_letter(pages, ref, benefit=False)
    assert fields["letter_date"].value == date(2038, 8, 10)
    assert fields["letter_date"].confidence == 0.85


# --- a pen's date OCR cut in two -------------------------------------------------------------------------


def _signed_application(date_words: Sequence[Word]) -> Page:
    """The last page of a scanned application: the borrower's name and loan, then "Borrower signature" and
    "Date" on one row, the pen's date beside "Date" read as `date_words`."""
    row = 0.80
    lines: list[OcrLine] = [
        (0.050, [(0.08, "MORTGAGE ASSISTANCE APPLICATION")], 0.016),
        (0.100, [(0.08, "Borrower name: Priya N. Okafor-Lind")], LINE),
        (0.120, [(0.08, "Loan number: 7730214469")], LINE),
        (0.700, [(0.08, "I certify that the information in this application is true and complete.")], LINE),
        (row, [(0.08, "Borrower signature"), (0.60, "Date")], LINE),
    ]
    page = _ocr_page(lines, date_words, confidence=0.84)
    text = page.text.replace("   Date", "   Date   " + " ".join(w.text for w in date_words))
    return Page(1, text, page.method, page.confidence, 0, 612.0, 792.0, words=page.words)


def test_a_pen_date_cut_after_a_bracketed_figure_is_read_whole() -> None:
    """"1]" and "0/14/2038", the two halves OCR made of a pen's "10/14/2038" beside "Date", their boxes
    touching (the pen's stroke that joined the "1" to the "0" read as a bracket): the date is read whole, less
    surely than typed figures (before, none, and the application surely undated)."""
    pen = 0.016  # a pen's figures stand taller than the print
    date_words = (Word("1]", 0.62, (0.660, 0.796, 0.676, 0.796 + pen)),
                  Word("0/14/2038", 0.71, (0.678, 0.797, 0.760, 0.797 + pen)))
    fields = extract_application([_signed_application(date_words)], ref)
    assert fields["signed_on"].value == date(2038, 10, 14)
    assert fields["signed_on"].confidence == 0.62  # as sure as its halves' figures


# --- guards: a stub with its check, boxes captioned at their tops, boxes left of stacked options -----------


def _stub_with_check(path: Path) -> Path:
    """A freight firm's biweekly stub over its check: the firm's name and address, the stub's captions and
    earnings, "DETACH BEFORE DEPOSITING" on a dashed rule, then the check repeating the firm's name over its
    "Check date", amount and "Pay to the order of" lines."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _text(pdf, 50, 52, "Quarrystone Freight LLC", 15, "Helvetica-Bold")
    _text(pdf, 50, 66, "2750 Depot Spur Road, Kettering Vale, OH 45874  -  (419) 555-0163", 8)
    _right(pdf, 562, 52, "EARNINGS STATEMENT", 11, "Helvetica-Bold")
    captions = (("Employee", "Tobias K. Fenwyck"), ("Employee ID", "QF-1182"), ("Pay date", "06/25/2038"),
                ("Pay period", "06/08/2038 - 06/21/2038"), ("Pay frequency", "Biweekly"))
    for row, (caption, value) in enumerate(captions):
        _text(pdf, 50, 96 + 14 * row, f"{caption}:", 9, "Helvetica-Bold")
        _text(pdf, 150, 96 + 14 * row, value, 9)
    _text(pdf, 50, 180, "EARNINGS", 9, "Helvetica-Bold")
    for x, heading in ((250, "Hours"), (320, "Rate"), (420, "Current"), (520, "YTD")):
        _right(pdf, x + 40, 180, heading, 9, "Helvetica-Bold")
    earnings = (("Regular", "80.00", "22.00", "1,760.00", "21,120.00"),
                ("Gross pay", "", "", "1,760.00", "21,120.00"),
                ("Federal income tax", "", "", "148.20", "1,778.40"),
                ("Social Security", "", "", "109.12", "1,309.44"),
                ("Medicare", "", "", "25.52", "306.24"),
                ("OH state income tax", "", "", "55.80", "669.60"),
                ("Total deductions", "", "", "338.64", "4,063.68"),
                ("Net pay", "", "", "1,421.36", "17,056.32"))
    for row, (label, hours, rate, current, ytd) in enumerate(earnings):
        y = 196 + 14 * row
        bold = label in ("Gross pay", "Net pay")
        _text(pdf, 50, y, label, 9, "Helvetica-Bold" if bold else "Helvetica")
        for x, figure in ((250, hours), (320, rate), (420, current), (520, ytd)):
            if figure:
                _right(pdf, x + 40, y, figure, 9)
    pdf.setDash(4, 3)
    pdf.line(40, TOP - 330, 572, TOP - 330)
    pdf.setDash()
    _text(pdf, 250, 326, "DETACH BEFORE DEPOSITING", 7)
    _text(pdf, 50, 366, "Quarrystone Freight LLC", 13, "Helvetica-Bold")
    _text(pdf, 50, 378, "2750 Depot Spur Road, Kettering Vale, OH 45874", 8)
    _text(pdf, 420, 366, "Check No. 40417", 9)
    _text(pdf, 420, 380, "Check date 06/25/2038", 9)
    _text(pdf, 50, 420, "Pay to the order of", 8)
    _text(pdf, 140, 420, "Tobias K. Fenwyck", 11)
    _text(pdf, 460, 420, "$ **1,421.36", 11, "Courier-Bold")
    _text(pdf, 50, 442, "One thousand four hundred twenty-one and 36/100 dollars", 9)
    _text(pdf, 50, 470, "Lakeshore Commerce Bank  -  Kettering Vale, OH", 7)
    pen_signature(pdf, 400, 480, 140)
    pdf.line(390, TOP - 484, 562, TOP - 484)
    _text(pdf, 440, 494, "Authorized signature", 7)
    pdf.save()
    return path


def test_guard_a_check_under_its_stub_is_no_second_stub(reader: PageReader, tmp_path: Path) -> None:
    """Guard (read right before this change too; it pins a case an intermediate version of the change broke;
    the page is cut in two by its repeated heading, the check's half dated but paying nothing): "Quarrystone
    Freight LLC" heads the stub (pay date 06/25/2038, gross 1,760.00, net 1,421.36, biweekly) and, past
    "DETACH BEFORE DEPOSITING", the check, whose "Check date 06/25/2038" and "Pay to the order of" print no
    pay: the stub's figures and frequency are read."""
    pages = reader.read(_stub_with_check(tmp_path / "stub.pdf"))
    fields, _ = extract_pay_stub(pages, ref)
    assert fields["employer"].value == "Quarrystone Freight LLC"
    assert fields["pay_date"].value == date(2038, 6, 25)
    assert fields["gross_current"].value == Decimal("1760.00")
    assert fields["net_current"].value == Decimal("1421.36")
    assert fields["frequency"].value == "biweekly"


def _box(pdf: canvas.Canvas, x0: float, x1: float, top: float, caption: str, answer: str,
         height: float = 30) -> None:
    """A drawn box with its small caption at its top left and its answer typed under the caption."""
    pdf.setLineWidth(0.6)
    pdf.rect(x0, TOP - top - height, x1 - x0, height)
    _text(pdf, x0 + 3, top + 8, caption, 6.5)
    if answer:
        _text(pdf, x0 + 5, top + 24, answer, 10, "Courier")


def _hardship_box(pdf: canvas.Canvas, x: float, y: float, ticked: bool, size: float = 10) -> None:
    """An option's small box at its left, a little taller than the option's 8-point type and centred on its
    letters; an "X" drawn in it when ticked."""
    bottom = TOP - y - 2.7
    pdf.setLineWidth(0.6)
    pdf.rect(x, bottom, size, size)
    if ticked:
        pdf.setLineWidth(1.2)
        pdf.line(x + 1.5, bottom + 1.5, x + size - 1.5, bottom + size - 1.5)
        pdf.line(x + 1.5, bottom + size - 1.5, x + size - 1.5, bottom + 1.5)


HARDSHIPS = ("Loss of employment",
             "Reduced earnings or hours",
             "Higher taxes, insurance or association dues",
             "Disaster damage to the home or workplace",
             "Serious illness or disability",
             "Divorce or legal separation",
             "Death of a borrower or wage earner",
             "Job relocation far from the home",
             "Other hardship")


def _boxed_form(path: Path, ticked: str = "Reduced earnings or hours") -> Path:
    """A lender's one-page request: rows of drawn boxes, two to a row, each captioned at its top with its
    answer under the caption; then a single column of hardship options, each with its own small box at its
    left, the rows 11 points apart (a box's top a point under the bottom of the one above), the `ticked`
    option's box crossed; then the signature."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _text(pdf, 40, 50, "KETTERING VALE HOME LOANS", 14, "Helvetica-Bold")
    _text(pdf, 40, 64, "Request for Mortgage Assistance  -  Form KV-12 (rev. 05/2038)", 8)
    _text(pdf, 40, 90, "PART A - ABOUT YOU", 9, "Helvetica-Bold")
    rows = ((("Loan number", "5581920374"), ("Best phone number", "(419) 555-0128")),
            (("Borrower's full name", "Marisol T. Halvorsen"), ("Preferred language", "English")),
            (("Property address", "88 Tamarack Court"), ("City, state and ZIP code", "Kettering Vale, OH 45874")))
    for row, cells in enumerate(rows):
        top = 98 + 34 * row
        for (x0, x1), (caption, answer) in zip(((40, 300), (300, 572)), cells, strict=True):
            _box(pdf, x0, x1, top, caption, answer)
    _text(pdf, 40, 216, "PART B - YOUR HARDSHIP", 9, "Helvetica-Bold")
    _text(pdf, 40, 230, "Check the box of each hardship that applies to you.", 8)
    for row, option in enumerate(HARDSHIPS):
        y = 246 + 11 * row
        _hardship_box(pdf, 44, y, option == ticked)
        _text(pdf, 60, y, option, 8)
    _text(pdf, 40, 370, "Date the hardship began (mm/dd/yyyy):", 8)
    _text(pdf, 200, 370, "05/03/2038", 10, "Courier")
    _text(pdf, 40, 420, "I certify that the information in this request is true and complete.", 8)
    pen_signature(pdf, 60, 458, 150)
    _text(pdf, 330, 456, "07/02/2038", 10, "Courier")
    pdf.line(40, TOP - 460, 280, TOP - 460)
    pdf.line(320, TOP - 460, 470, TOP - 460)
    _text(pdf, 40, 470, "Borrower signature", 7)
    _text(pdf, 320, 470, "Date", 7)
    _text(pdf, 40, 740, "KV-12 (rev. 05/2038)", 6.5)
    pdf.save()
    return path


def test_guard_a_boxs_caption_over_its_answer_beside_the_next_box(reader: PageReader, tmp_path: Path) -> None:
    """Guard (read right before this change too; it pins a case an intermediate version of the change broke,
    and fails if a label's answer is looked for past a box's side with no side before the label): "Borrower's
    full name" captioning its box, "Marisol T. Halvorsen" under it, beside the box of "Preferred language" /
    "English": the name is the answer, not the next box's caption."""
    path = _boxed_form(tmp_path / "boxes.pdf")
    pages = reader.read(path)
    fields = extract_application(pages, ref, PdfInk(path, pages))
    assert fields["borrower_name"].value == "Marisol T. Halvorsen"


def test_guard_a_box_at_an_options_left_is_its_own(reader: PageReader, tmp_path: Path) -> None:
    """Guard (read right before this change too; it pins a case an intermediate version of the change broke;
    the new rule for a box beside a stacked pair of lines runs on this page): a column of options 11 points
    apart, each with its box at its left, an "X" in the box of "Reduced earnings or hours": that hardship
    alone, not "Loss of employment" over it nor "Higher taxes, ..." under it."""
    path = _boxed_form(tmp_path / "boxes.pdf")
    pages = reader.read(path)
    fields = extract_application(pages, ref, PdfInk(path, pages))
    assert fields["hardship_types"].value == ["reduction_in_income"]
