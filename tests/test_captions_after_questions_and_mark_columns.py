"""Figures and answers whose captions are not where a reader first looks: a stub's net pay row that prints a
year-to-date caption and figure inside it before the current figure; a receipt-width stub read by OCR whose
"YTD" ending the row above is no qualifier of the next label; a crew stub of small caption tiles, its week's
start printed without a year; an application that prints each answer before its caption in a grey cell of its
own (signature and date written in the answer's cell too); a questionnaire that asks whole questions and has
each answer typed under it, its signature captions printed under their lines; and, scanned, a column of boxes
under a "Mark all that apply" heading at the far end of the options' rows, ticked with a thin check."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Page, PageRef, TextMethod, Word
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from lossmit_docs.reading.values import date_range, dates_in
from pdf_factory import printed_and_scanned

SCAN_DPI = 200
TOP = letter[1]


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _stub_with_ytd_inside_net_row(path: Path) -> Path:
    """A salaried stub: its earnings table, then a boxed NET PAY line that prints the year's net, captioned,
    between the label and this period's figure."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, TOP - 50, "Larkspur Valley Dairy Cooperative")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(48, TOP - 64, "410 Creamery Road, Ashgrove, WI 53910")
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(48, TOP - 92, "EARNINGS STATEMENT")
    pdf.setFont("Helvetica", 9.5)
    pdf.drawString(48, TOP - 112, "Employee: Marisol T. Vandermeer")
    pdf.drawString(48, TOP - 126, "Pay period: 05/01/2036 - 05/15/2036")
    pdf.drawString(330, TOP - 112, "Pay date: 05/20/2036")
    pdf.drawString(330, TOP - 126, "Pay frequency: Semi-monthly")
    pdf.setFont("Helvetica-Bold", 9.5)
    for x, heading in ((48, "Earnings"), (250, "Hours"), (340, "Current"), (450, "Year to date")):
        pdf.drawString(x, TOP - 160, heading)
    pdf.setFont("Helvetica", 9.5)
    rows = (("Regular salary", "86.67", "4,012.50", "20,062.50"), ("Gross pay", "", "4,012.50", "20,062.50"),
            ("Federal income tax", "", "402.11", "2,010.55"), ("Social Security", "", "248.78", "1,243.90"),
            ("Medicare", "", "58.18", "290.90"), ("State income tax", "", "74.59", "372.95"))
    for index, (label, hours, current, ytd) in enumerate(rows):
        y = TOP - 178 - 16 * index
        pdf.drawString(48, y, label)
        for right, figure in ((280, hours), (380, current), (510, ytd)):
            if figure:
                pdf.drawRightString(right, y, figure)
    pdf.rect(44, TOP - 302, 520, 22)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(52, TOP - 295, "NET PAY")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(200, TOP - 295, "Calendar YTD net $16,144.20")
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawRightString(556, TOP - 295, "$3,228.84")
    pdf.save()
    return path


def test_net_pay_row_printing_its_year_to_date_first(reader: PageReader, tmp_path: Path) -> None:
    """"NET PAY   Calendar YTD net $16,144.20   $3,228.84": the year's figure is its caption's, the net
    pay this period the one after it (before, the year's net was taken for the period's)."""
    path = _stub_with_ytd_inside_net_row(tmp_path / "stub.pdf")
    fields, _ = extract_pay_stub(reader.read(path), ref)
    assert fields["net_current"].value == Decimal("3228.84")
    assert fields["gross_current"].value == Decimal("4012.50")


def _receipt_stub() -> Page:
    """A receipt-width stub as OCR gives it: a block of labels, then a block of the figures, each figure on its
    label's row at the slip's right; each year-to-date row under its period's row."""
    rows = (("GROSS PAY", "1,284.70"), ("GROSS YTD", "13,433.91"), ("TOTAL DEDUCT", "379.07"),
            ("DEDUCT YTD", "4,446.20"), ("NET PAY", "905.63"), ("NET YTD", "8,987.71"))
    head = (("KESTREL", "FUEL", "&", "GRILL"), ("PAY", "RECEIPT"), ("EMP:", "D.", "HALVORSEN"),
            ("PERIOD", "06/02/2036-06/08/2036"))
    words: list[Word] = []
    lines: list[str] = []
    y = 0.05
    for texts in head:
        x = 0.1
        for text in texts:
            words.append(Word(text, 0.93, (x, y, x + 0.012 * len(text), y + 0.012)))
            x += 0.012 * len(text) + 0.01
        lines.append(" ".join(texts))
        y += 0.02
    tops = [y + 0.02 * index for index in range(len(rows))]
    for (label, _), top in zip(rows, tops, strict=True):
        x = 0.1
        for text in label.split():
            words.append(Word(text, 0.93, (x, top, x + 0.012 * len(text), top + 0.012)))
            x += 0.012 * len(text) + 0.01
        lines.append(label)
    for (_, figure), top in zip(rows, tops, strict=True):
        words.append(Word(figure, 0.93, (0.4 - 0.012 * len(figure), top, 0.4, top + 0.012)))
        lines.append(figure)
    return Page(1, "\n".join(lines), TextMethod.OCR, 0.93, 0, 612, 792, tuple(words))


def test_a_ytd_ending_the_row_above_qualifies_no_label() -> None:
    """"DEDUCT YTD" on the row over "NET PAY": its "YTD" ends that row, so NET PAY is this period's net, the
    figure on its own row (before, "YTD NET PAY" was read as a year's label and the NET YTD figure taken)."""
    fields, _ = extract_pay_stub([_receipt_stub()], ref)
    assert fields["net_current"].value == Decimal("905.63")
    assert fields["gross_current"].value == Decimal("1284.70")


def _crew_stub(path: Path) -> Path:
    """A crew's weekly stub: a row of tiles, each a tiny caption over its bold value, the week's start
    printed without its year; then the week's earnings table."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(40, TOP - 50, "Copperline Framing Crews LLC")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, TOP - 64, "Crew member: Anselm R. Whitcombe")
    tiles = (("PAY DATE", "05/09/2036"), ("WEEK", "04/27 - 05/03/2036"), ("GROSS THIS WEEK", "$1,131.04"),
             ("DEDUCTIONS", "$214.87"), ("NET PAY", "$916.17"))
    for index, (caption, value) in enumerate(tiles):
        x = 40 + 108 * index
        pdf.setStrokeGray(0.6)
        pdf.rect(x, TOP - 122, 102, 34)
        pdf.setFont("Helvetica", 6)
        pdf.drawString(x + 5, TOP - 98, caption)
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(x + 5, TOP - 112, value)
    pdf.setFont("Helvetica-Bold", 9)
    for x, heading in ((40, "Earnings"), (230, "Hours"), (320, "Rate"), (420, "This week"), (510, "YTD")):
        pdf.drawString(x, TOP - 150, heading)
    pdf.setFont("Helvetica", 9)
    rows = (("Regular", "40.00", "24.50", "980.00", "17,640.00"), ("Overtime", "4.11", "36.75", "151.04", "1,812.48"),
            ("Gross pay", "", "", "1,131.04", "19,452.48"), ("Federal tax", "", "", "112.40", "2,023.20"),
            ("FICA", "", "", "86.52", "1,557.36"), ("State tax", "", "", "15.95", "287.10"))
    for index, (label, *figures) in enumerate(rows):
        y = TOP - 166 - 14 * index
        pdf.drawString(40, y, label)
        for right, figure in zip((262, 350, 462, 550), figures, strict=True):
            if figure:
                pdf.drawRightString(right, y, figure)
    pdf.save()
    return path


def test_a_crew_stubs_tiles_and_a_week_whose_start_has_no_year_scanned(reader: PageReader, tmp_path: Path) -> None:
    """Printed and scanned: "WEEK" in tiny type over "04/27 - 05/03/2036" in its tile: the week runs from
    April 27 to May 3, a weekly pay (before, "04/27 - 05" was read as a date of 2005 and the period lost).
    (Scanned, as the tile's caption is tied to its value by the words' boxes, which OCR gives.)"""
    scan = printed_and_scanned(_crew_stub(tmp_path / "crew.pdf"), SCAN_DPI, tmp_path / "scan.pdf")
    pages = reader.read(scan)
    assert pages[0].method is TextMethod.OCR
    fields, _ = extract_pay_stub(pages, ref)
    assert fields["period_start"].value == date(2036, 4, 27)
    assert fields["period_end"].value == date(2036, 5, 3)
    assert fields["frequency"].value == "weekly"


def test_a_period_of_figures_with_its_year_once() -> None:
    """"04/27 - 05/03/2036" holds one whole date, its end, and is a period; one crossing the new year
    starts in the year before."""
    assert dates_in("04/27 - 05/03/2036") == [date(2036, 5, 3)]
    assert date_range("04/27 - 05/03/2036") == (date(2036, 4, 27), date(2036, 5, 3))
    assert date_range("Week 12/28 - 01/03/2037") == (date(2036, 12, 28), date(2037, 1, 3))


def _scribble(pdf: canvas.Canvas, x: float, y: float, loops: int = 5) -> None:
    """A pen's signature: loops of bezier strokes, then a flourish, starting at (x, y)."""
    pdf.setLineWidth(1.6)
    for step in range(loops):
        left = x + 22 * step
        pdf.bezier(left, y, left + 8, y + 14, left + 14, y - 6, left + 22, y + 5)
    pdf.line(x, y - 3, x + 22 * loops, y + 2)
    pdf.setLineWidth(1)


def _answers_before_captions(path: Path) -> Path:
    """Rows of a wide white answer cell and a narrow grey caption cell after it: an item code in bold and
    the caption in italics at the cell's top, the answer typed in the middle of its cell, a little lower;
    a second page of income and signature rows laid out the same."""
    pdf = canvas.Canvas(str(path), pagesize=letter)

    def rows(first_top: float, items: list[tuple[str, str, str, str]]) -> float:
        """Each item (code, caption, answer, align: "l" or "r") a row 22 points tall; the next row's top."""
        top = first_top
        for code, caption, answer, align in items:
            pdf.setFillGray(0.88)
            pdf.rect(400, TOP - top - 22, 176, 22, stroke=0, fill=1)
            pdf.setFillGray(0)
            pdf.setLineWidth(0.5)
            pdf.rect(36, TOP - top - 22, 540, 22)
            pdf.line(400, TOP - top, 400, TOP - top - 22)
            pdf.setFont("Helvetica-Bold", 7)
            pdf.drawString(404, TOP - top - 8, code)
            pdf.setFont("Helvetica-Oblique", 7)
            pdf.drawString(420, TOP - top - 8, caption)
            if answer:
                pdf.setFont("Courier", 10)
                if align == "r":
                    pdf.drawRightString(394, TOP - top - 14.5, answer)
                else:
                    pdf.drawString(42, TOP - top - 14.5, answer)
            top += 22
        return top

    def heading(top: float, text: str) -> None:
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(36, TOP - top, text)

    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(36, TOP - 48, "BRIGHTWATER HOME LOANS - MORTGAGE ASSISTANCE APPLICATION")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(36, TOP - 62, "Type or print each answer in the white space to the left of its item.")
    heading(90, "SECTION A - THE LOAN AND THE HOME")
    rows(98, [("A1", "Loan number", "4418207733", "l"),
              ("A2", "Property street address", "2716 Juniper Hollow Lane", "l"),
              ("A3", "Property city, state and ZIP code", "Millbrook Falls, OR 97381", "l")])
    heading(192, "SECTION B - THE BORROWER")
    rows(200, [("B1", "Borrower's full name", "Corwin D. Thistlewood", "l"),
               ("B2", "Borrower's SSN - last 4 digits", "6052", "l"),
               ("B3", "Co-borrower's full name (if any)", "", "l")])
    heading(294, "SECTION C - THE HARDSHIP")
    rows(302, [("C1", "Date the hardship started", "02/17/2036", "l")])
    pdf.showPage()
    heading(60, "SECTION D - MONTHLY INCOME (GROSS)")
    rows(68, [("D1", "Gross wages, salary, overtime, tips", "$ 4,495.00", "r"),
              ("D6", "Net rental income", "$ 1,150.00", "r"),
              ("D9", "Total monthly income", "$ 5,645.00", "r")])
    heading(160, "SECTION E - SIGNATURES")
    after = rows(168, [("E1", "Borrower's signature", "", "l"), ("E2", "Date signed (mm/dd/yyyy)", "07/09/2036", "l"),
                       ("E3", "Co-borrower's signature", "", "l"), ("E4", "Date signed", "", "l")])
    _scribble(pdf, 60, TOP - 168 - 15)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(36, TOP - after - 20, "Keep a copy of this application for your records.")
    pdf.save()
    return path


def test_answers_printed_before_their_captions(reader: PageReader, tmp_path: Path) -> None:
    """Each answer stands in the wide cell before its caption, a little lower than the caption printed at
    its grey cell's top, the item code between them: the loan, the borrower, the home and the hardship's
    date are read from there; the income amounts set flush right before their captions; the scribble in the
    borrower's signature cell signs it, the date typed before "Date signed" dates it; the co-borrower's blank
    cell names nobody (before, none of these was read)."""
    path = _answers_before_captions(tmp_path / "before.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["loan_number"].value == "4418207733"
    assert fields["borrower_name"].value == "Corwin D. Thistlewood"  # Courier's wide spaces: one answer
    assert fields["ssn_last4"].value == "6052"
    assert fields["property_address"].value == "2716 Juniper Hollow Lane, Millbrook Falls, OR 97381"
    # the co-borrower's cell left blank, nothing written before its caption: no co-borrower, surely
    assert fields["co_borrower_name"].value is None and fields["co_borrower_name"].confidence >= 0.9
    assert fields["co_borrower_signed"].value is None
    assert fields["hardship_start_date"].value == date(2036, 2, 17)
    assert fields["income.wages"].value == Decimal("4495.00")
    assert fields["income.rental"].value == Decimal("1150.00")
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2036, 7, 9)


# the questionnaire's questions, each with the answer typed under it
QUESTIONS = (("1. What is your loan number?", "7730615248"),
             ("2. What is your full name?", "Priya N. Okafor"),
             ("3. What are the last four digits of your Social Security number?", "3391"),
             ("4. Is someone else on the loan applying with you? If so, what is his or her full name?",
              "Emmett J. Okafor"),
             ("5. What is the best phone number to reach you?", "(719) 555-0146"),
             ("6. What is the street address of the home this loan is on?", "88 Wicklow Terrace"),
             ("7. In what city, state and ZIP code is that home?", "Port Ransom, CO 80941"),
             ("8. When did your hardship begin? (mm/dd/yyyy)", "03/02/2036"))


def _questionnaire(path: Path) -> Path:
    """Numbered questions asked in whole sentences, each answer typed on the line under its question; then
    the signature area, each caption printed under its line: a scribble over the borrower's and the
    co-borrower's lines, a date typed over each date line."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, TOP - 50, "SILVERPINE SERVICING - HELP WITH YOUR MORTGAGE")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(48, TOP - 66, "Please answer each question on the line under it.")
    y = 100.0
    for question, answer in QUESTIONS:
        pdf.setFont("Helvetica", 10)
        pdf.drawString(48, TOP - y, question)
        pdf.setLineWidth(0.5)
        pdf.line(66, TOP - y - 20, 420, TOP - y - 20)
        pdf.setFont("Courier", 10)
        pdf.drawString(70, TOP - y - 17, answer)
        y += 44
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(48, TOP - y, "SIGNATURES")
    for index, (who, signed_on) in enumerate((("Borrower", "06/04/2036"), ("Co-borrower", "06/04/2036"))):
        line = y + 44 + 56 * index
        pdf.setLineWidth(0.7)
        pdf.line(48, TOP - line, 300, TOP - line)
        pdf.line(340, TOP - line, 500, TOP - line)
        _scribble(pdf, 64, TOP - line + 9)
        pdf.setFont("Courier", 10)
        pdf.drawString(346, TOP - line + 4, signed_on)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(48, TOP - line - 11, f"{who} - sign here")
        pdf.drawString(340, TOP - line - 11, "Date signed (mm/dd/yyyy)")
    pdf.save()
    return path


def test_answers_typed_under_questions_asked_in_sentences(reader: PageReader, tmp_path: Path) -> None:
    """"6. What is the street address of the home this loan is on?" has its answer on the line under it,
    not the rest of its own sentence (before, "of the home this loan is on?" was the address); "Is someone
    else on the loan applying with you?" asks for the co-borrower; "Borrower - sign here" under a line
    captions the scribble over it, "Date signed" the date over its own."""
    path = _questionnaire(tmp_path / "questions.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["property_address"].value == "88 Wicklow Terrace, Port Ransom, CO 80941"
    assert fields["co_borrower_name"].value == "Emmett J. Okafor"
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2036, 6, 4)
    assert fields["co_borrower_signed"].value is True


HARDSHIPS = ("I lost my job or I am out of work", "My pay or my working hours were cut",
             "My housing costs went up (taxes, insurance, HOA dues, repairs)",
             "A natural or man-made disaster hit my home or my workplace",
             "Serious illness or disability (me, a co-borrower or a dependent)", "Divorce or legal separation",
             "A borrower or a wage earner in my home died", "My job moved me far from the home",
             "My business is struggling", "Something else (explain on the line below)")
USES = ("I live there - it is my primary home", "It is my second home or a vacation home",
        "I rent it out - it is an investment property")


def _mark_columns(path: Path) -> Path:
    """Two questions whose options each run on a thin grey leader to an empty box in a column at the page's
    far right, under a "Mark one" / "Mark all that apply" heading on the question's row; one box of each
    ticked with a thin check of two strokes."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(48, TOP - 50, "SILVERPINE SERVICING - HELP WITH YOUR MORTGAGE (continued)")

    def question(top: float, text: str, heading: str, options: tuple[str, ...], ticked: str) -> float:
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(48, TOP - top, text)
        pdf.setFont("Helvetica-Oblique", 8)
        pdf.drawRightString(564, TOP - top, heading)
        for index, option in enumerate(options):
            y = TOP - top - 20 - 18 * index
            pdf.setFont("Helvetica", 10)
            pdf.drawString(66, y, option)
            pdf.setStrokeGray(0.65)
            pdf.setLineWidth(0.4)
            pdf.line(66 + pdf.stringWidth(option, "Helvetica", 10) + 6, y + 1, 524, y + 1)
            pdf.setStrokeGray(0)
            pdf.setLineWidth(0.8)
            pdf.rect(530, y - 1, 10, 10)
            if option == ticked:  # a check, not an X
                pdf.setLineWidth(1.1)
                pdf.line(532, y + 4, 534.5, y + 1)
                pdf.line(534.5, y + 1, 539, y + 8)
        return top + 20 + 18 * len(options) + 24

    after = question(96, "9. How is the home used?", "Mark one", USES, USES[0])
    question(after, "10. Which of these describe why you are having trouble paying?", "Mark all that apply",
             HARDSHIPS, HARDSHIPS[3])
    pdf.save()
    return path


def test_a_column_of_boxes_under_a_mark_heading_scanned(reader: PageReader, tmp_path: Path) -> None:
    """Printed and scanned: each option's box stands far along its grey leader under the question's "Mark
    one" or "Mark all that apply" heading, out of a box-after-option's reach; a thin check inks its box less
    than an X, yet beside boxes plainly empty it is the answer, surely (before, no option was read)."""
    scan = printed_and_scanned(_mark_columns(tmp_path / "marks.pdf"), SCAN_DPI, tmp_path / "scan.pdf")
    pages = reader.read(scan)
    assert pages[0].method is TextMethod.OCR
    fields = extract_application(pages, ref, PdfInk(scan, pages))
    assert fields["hardship_types"].value == ["disaster"]
    assert fields["hardship_types"].confidence >= 0.8
    assert fields["occupancy"].value == "primary_residence"
    assert fields["occupancy"].confidence >= 0.8


def _expenses_beside_income(path: Path) -> Path:
    """An ordinary two-panel page: expenses on the left with their amounts, income on the right, the income
    total left blank beside the expenses' total; a signature on a line after its label, the date after
    "Date"."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(48, TOP - 60, "Loan number: 5521098834")
    pdf.drawString(48, TOP - 76, "Borrower name: Helena R. Vasquez")
    rows = (("First mortgage payment", "$1,450.00", "Gross wages", "$4,200.00"),
            ("Property taxes", "$310.00", "Unemployment income", ""),
            ("Homeowner's insurance", "$95.00", "Rental income", "$650.00"),
            ("Total monthly expenses", "$2,310.00", "Total monthly income", ""))
    for index, (expense, cost, income, amount) in enumerate(rows):
        y = TOP - 120 - 18 * index
        pdf.drawString(48, y, expense)
        pdf.drawRightString(290, y, cost)
        pdf.drawString(320, y, income)
        if amount:
            pdf.drawRightString(564, y, amount)
    pdf.drawString(48, TOP - 260, "Borrower signature")
    pdf.line(150, TOP - 262, 330, TOP - 262)
    _scribble(pdf, 160, TOP - 255)
    pdf.drawString(350, TOP - 260, "Date")
    pdf.drawString(380, TOP - 260, "06/04/2036")
    pdf.save()
    return path


def test_amounts_of_another_panel_before_a_caption_make_no_captions_after_page(reader: PageReader,
                                                                               tmp_path: Path) -> None:
    """The expenses' figures stand before the income captions of the panel beside them, and the blank
    income total has the expenses' total before it: still each income amount follows its caption, and the
    signature its label (a guard: a first version of the captions-after rule read this page as printing
    its answers before their captions, and the borrower as surely unsigned)."""
    path = _expenses_beside_income(tmp_path / "panels.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["income.wages"].value == Decimal("4200.00")
    assert fields["income.rental"].value == Decimal("650.00")
    assert "income.unemployment" not in fields or fields["income.unemployment"].value is None
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2036, 6, 4)


def test_a_check_one_note_is_no_column_of_boxes(tmp_path: Path, reader: PageReader) -> None:
    """"(Check one)" printed after the question, each option's box right after its words: the boxes are
    where they are, not under the note (a guard on the "Mark one" column)."""
    pdf = canvas.Canvas(str(tmp_path / "check.pdf"), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(48, TOP - 60, "Loan number: 5521098834")
    pdf.drawString(48, TOP - 90, "How is the property used?")
    pdf.drawString(190, TOP - 90, "(Check one)")
    for index, (text, ticked) in enumerate((("Primary residence", False), ("Second home", False),
                                            ("Investment property", True))):
        y = TOP - 110 - 18 * index
        pdf.drawString(66, y, text)
        x = 72 + pdf.stringWidth(text, "Helvetica", 10)
        pdf.rect(x, y - 1, 9, 9)
        if ticked:
            pdf.line(x + 1.5, y, x + 7.5, y + 7)
            pdf.line(x + 1.5, y + 7, x + 7.5, y)
    pdf.save()
    path = tmp_path / "check.pdf"
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["occupancy"].value == "investment_property"
