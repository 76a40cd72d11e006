"""Forms set in two columns of captions over answers, large-print and sectioned forms, pay stubs' tiles and
lone values, and statements' summary rows and sidebars.

1. A servicer's form in two columns of numbered captions over shaded boxes ("A2  Borrower's full name" left,
   "B2  City" right on the same row): each name is the one under its own caption, the co-borrower's though
   the right column's options stand level with its caption; the street is under "B1  Street address of the
   home this loan is on" (the caption's lower-case rest is no answer), and the city, state and ZIP captions
   stacked under it complete the address; "where I live" is the principal residence; the blank "$" over
   "D5" is D4's; a "Date signed" caption high over a box on the right dates the signature.
2. A form in narrow columns: a co-borrower caption with nothing under it, the next column's boxes level with
   it, is surely no co-borrower (not an unreadable name, not an unsigned co-borrower); a rental caption
   wrapping onto the row of its "$" ("... except" / "mortgage)  $ 850.00") is read past its note.
3. A large-print question "Co-borrower's full name. Leave blank if there is no co-borrower." answered on the
   line under it.
4. A bare "Began on" / "It began on" caption under the hardship part's heading is the hardship's start; under
   another part's heading it is not (guard).
5. Pay stubs: a tile's bare "Week" caption ends the employee's name; a payroll brand's slip names the employer
   over a street with a "Boulevard" or a one-digit house number; a period and a frequency on lines of their
   own, no captions (as a photo's OCR reads values apart from their captions).
6. Statements: a "+  -  =" line between a summary's header row and its figures; an "At a glance" sidebar whose
   captions stand over their own values beside a ledger's rows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import one_document_fields, values_of
from lossmit_docs.model import Field
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, draw_text, pen_signature, placed_text_pdf, text_pdf

RECEIVED = date(2038, 9, 1)
APPLICATION = "mortgage_assistance_application"
LEFT, RIGHT, COLUMN = 40.0, 314.0, 258.0  # the two columns' left edges and width, points

# --- 1. a two-column form of numbered captions over shaded boxes -------------------------------------------------


def _shaded_box(pdf: canvas.Canvas, x: float, top: float, caption: str, answer: str, width: float = COLUMN,
                dollar: bool = False) -> float:
    """A bold caption over a shaded answer box (the answer typed in it, flush right after a "$" when `dollar`);
    the top of the next caption."""
    draw_text(pdf, x, top + 7, caption, 7.0, "Helvetica-Bold")
    pdf.setFillGray(0.86)
    pdf.rect(x, letter[1] - top - 30, width, 20, stroke=0, fill=1)
    pdf.setFillGray(0)
    if dollar:
        draw_text(pdf, x + 4, top + 24, "$", 9.0)
    if answer:
        draw_text(pdf, x + width - 5 if dollar else x + 5, top + 24, answer, 10.0, "Courier", right=dollar)
    return top + 39


def _squares(pdf: canvas.Canvas, x: float, top: float, options: list[tuple[bool, str]]) -> None:
    """A column of shaded squares, each option's words beside it, an "X" typed in the chosen one."""
    for index, (chosen, words) in enumerate(options):
        y = top + 13 * index
        pdf.setFillGray(0.8)
        pdf.rect(x, letter[1] - y - 8, 9, 9, stroke=0, fill=1)
        pdf.setFillGray(0)
        draw_text(pdf, x + 14, y + 6.5, words, 8.0)
        if chosen:
            draw_text(pdf, x + 1.5, y + 6.5, "X", 10.0, "Courier-Bold")


def _part(pdf: canvas.Canvas, x: float, top: float, title: str) -> float:
    """A part's title in white on a dark band; the top of its first caption."""
    pdf.setFillGray(0.3)
    pdf.rect(x, letter[1] - top - 14, COLUMN, 16, stroke=0, fill=1)
    pdf.setFillGray(1)
    draw_text(pdf, x + 5, top + 9, title, 8.5, "Helvetica-Bold")
    pdf.setFillGray(0)
    return top + 22


def _lettered_request(path: Path) -> Path:
    """Two pages: part A (the people) down the left and part B (the home) down the right, rows level across;
    then part D's income boxes and the signature line, its "Date signed" caption high on the right over a box."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 46, "WRENFIELD HOME LOAN SERVICING", 14.0, "Helvetica-Bold")
    draw_text(pdf, 572, 46, "Medical Hardship Assistance Request", 12.0, "Helvetica-Bold", right=True)
    top = _part(pdf, LEFT, 92, "PART A   YOU AND YOUR LOAN")
    top = _shaded_box(pdf, LEFT, top, "A1  Loan number", "6140082731")
    top = _shaded_box(pdf, LEFT, top, "A2  Borrower's full name", "Odalys P. Vantongeren")
    _shaded_box(pdf, LEFT, top, "A3  Borrower SSN - last 4", "4417", 100)
    top = _shaded_box(pdf, LEFT + 110, top, "A4  Best phone", "(417) 555-0188", COLUMN - 110)
    top = _shaded_box(pdf, LEFT, top, "A5  E-mail", "odalys.v@example.com")
    top = _shaded_box(pdf, LEFT, top, "A6  Co-borrower's full name (if any)", "Benedikt R. Vantongeren")
    _shaded_box(pdf, LEFT, top, "A7  Co-borrower SSN - last 4", "5308", 100)
    top = _part(pdf, RIGHT, 92, "PART B   THE HOME")
    top = _shaded_box(pdf, RIGHT, top, "B1  Street address of the home this loan is on", "1408 Juniper Hollow Road")
    top = _shaded_box(pdf, RIGHT, top, "B2  City", "Nixa")
    _shaded_box(pdf, RIGHT, top, "B3  State", "MO", 80)
    top = _shaded_box(pdf, RIGHT + 90, top, "ZIP code", "65714", COLUMN - 90)
    draw_text(pdf, RIGHT, top + 7, "B4  The home is", 7.0, "Helvetica-Bold")
    _squares(pdf, RIGHT, top + 14, [(True, "where I live (principal residence)"), (False, "my second or vacation home"),
                                    (False, "rented out / an investment"), (False, "empty or for sale")])
    pdf.showPage()
    draw_text(pdf, 40, 46, "WRENFIELD HOME LOAN SERVICING", 14.0, "Helvetica-Bold")
    top = _part(pdf, LEFT, 100, "PART D   MONTHLY INCOME BEFORE TAXES")
    for caption, amount in (("D1  Wages, salary, overtime, tips, bonuses", "2,240.00"),
                            ("D4  Taxable disability, Social Security, pension", ""),
                            ("D5  Non-taxable disability or Social Security", "1,912.00")):
        top = _shaded_box(pdf, LEFT, top, caption, amount, dollar=True)
    draw_text(pdf, 40, 470, "I certify that the information in this request is true.", 8.0)
    pdf.setLineWidth(0.6)
    pdf.line(LEFT, letter[1] - 520, LEFT + 330, letter[1] - 520)
    draw_text(pdf, LEFT, 529, "Borrower signature", 7.0, "Helvetica-Bold")
    draw_text(pdf, LEFT + 360, 496, "Date signed (mm/dd/yyyy)", 7.0)
    pdf.setFillGray(0.86)
    pdf.rect(LEFT + 360, letter[1] - 524, 150, 22, stroke=0, fill=1)
    pdf.setFillGray(0)
    draw_text(pdf, LEFT + 366, 517, "08/14/2038", 10.0, "Courier")
    pen_signature(pdf, LEFT + 20, 519, 200)
    pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def lettered(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _lettered_request(tmp_path_factory.mktemp("lettered") / "whl-mh2.pdf")
    return one_document_fields(reader, path, RECEIVED, APPLICATION)


def test_each_name_is_the_one_under_its_own_caption(lettered: dict[str, Field]) -> None:
    """Under "A2" (not the city under "B2" level with it), and under "A6" beside a column of options."""
    assert values_of(lettered, "borrower_name", "co_borrower_name") == {
        "borrower_name": "Odalys P. Vantongeren", "co_borrower_name": "Benedikt R. Vantongeren"}


def test_the_street_is_under_its_caption_and_the_parts_under_theirs(lettered: dict[str, Field]) -> None:
    """"of the home this loan is on" goes on with the caption; city, state and ZIP stand a row apart each."""
    assert lettered["property_address"].value == "1408 Juniper Hollow Road, Nixa, MO 65714"


def test_where_i_live_is_the_principal_residence(lettered: dict[str, Field]) -> None:
    assert lettered["occupancy"].value == "primary_residence"


def test_a_blank_dollar_over_a_caption_is_the_line_befores(lettered: dict[str, Field]) -> None:
    """D4's blank "$" stands right over D5's caption; D5's own amount is under it."""
    assert values_of(lettered, "income.benefits_nontaxable", "income.benefits_taxable") == {
        "income.benefits_nontaxable": Decimal("1912.00"), "income.benefits_taxable": "<absent>"}


def test_a_date_signed_caption_high_over_its_box_dates_the_signature(lettered: dict[str, Field]) -> None:
    assert values_of(lettered, "signed", "signed_on") == {"signed": True, "signed_on": date(2038, 8, 14)}


# --- 2. a form in narrow columns: a blank co-borrower caption, a rental caption that wraps ------------------------


class _Column:
    """One narrow column of a form filled from the top down: small captions over ruled answer lines, boxes with
    their words beside them, and income captions wrapping before their "$" line; `top` is the next row's."""

    def __init__(self, pdf: canvas.Canvas, x: float, top: float, width: float = 254.0) -> None:
        self.pdf, self.x, self.top, self.width = pdf, x, top, width

    def heading(self, title: str) -> None:
        self.pdf.setLineWidth(1.6)
        self.pdf.line(self.x, letter[1] - self.top + 12, self.x + self.width, letter[1] - self.top + 12)
        draw_text(self.pdf, self.x, self.top, title, 11.0, "Times-Bold")
        self.top += 20

    def caption(self, cells: list[tuple[str, str, float]]) -> None:
        """Captions side by side over their ruled lines, each a share of the column wide, answers typed on them."""
        x = self.x
        for caption, answer, share in cells:
            self.pdf.setLineWidth(0.5)
            self.pdf.line(x, letter[1] - self.top - 17, x + self.width * share - 6, letter[1] - self.top - 17)
            draw_text(self.pdf, x, self.top, caption, 6.8)
            if answer:
                draw_text(self.pdf, x + 2, self.top + 14, answer, 10.0, "Courier")
            x += self.width * share
        self.top += 31

    def boxes(self, options: list[tuple[bool, str]]) -> None:
        for chosen, words in options:
            self.pdf.setLineWidth(0.6)
            self.pdf.rect(self.x, letter[1] - self.top - 1, 8, 8, stroke=1, fill=0)
            if chosen:
                draw_text(self.pdf, self.x + 1.2, self.top - 0.8, "X", 10.0, "Courier-Bold")
            draw_text(self.pdf, self.x + 13, self.top, words, 8.6, "Times-Roman")
            self.top += 14

    def income(self, lines: list[str], amount: str) -> None:
        """An income caption on one or more lines, its "$" and ruled line on the last, the amount typed on it."""
        for index, words in enumerate(lines):
            draw_text(self.pdf, self.x, self.top + 10 * index, words, 8.6, "Times-Roman")
        base = self.top + 10 * (len(lines) - 1)
        draw_text(self.pdf, self.x + self.width - 86, base, "$", 9.0, "Times-Roman")
        self.pdf.setLineWidth(0.5)
        self.pdf.line(self.x + self.width - 78, letter[1] - base - 3, self.x + self.width, letter[1] - base - 3)
        if amount:
            draw_text(self.pdf, self.x + self.width - 2, base, amount, 10.0, "Courier", right=True)
        self.top = base + 17


def _newspaper_request(path: Path) -> Path:
    """Page 1 in two columns: "1 ABOUT YOU" on the left, its co-borrower caption left blank, a box of "3 YOUR
    HARDSHIP" level with it on the right; page 2 the income lines and the borrower's signature."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 44, "WRENFIELD HOME LOAN SERVICING", 21.0, "Times-Bold")
    draw_text(pdf, 40, 67, "HARDSHIP ASSISTANCE REQUEST  -  Form WHLS-2C  -  Page 1 of 2", 8.0, "Times-Roman")
    # (120.3: the co-borrower caption's descenders rendered clear of the blank under it that the ink check reads)
    left = _Column(pdf, 40, 120.3)
    left.heading("1   ABOUT YOU")
    left.caption([("Loan number", "3390517246", 1.0)])
    left.caption([("Borrower's full name", "Thaddeus L. Okonkwo-Reyes", 1.0)])
    left.caption([("SSN - last four digits", "6021", 0.45), ("Daytime phone", "(269) 555-0117", 0.55)])
    left.caption([("E-mail", "t.okonkwo@example.com", 1.0)])
    left.caption([("Co-borrower's full name (if any)", "", 1.0)])
    left.caption([("Co-borrower SSN - last four", "", 0.5), ("", "", 0.5)])
    left.heading("2   THE PROPERTY")
    left.caption([("Street address of the mortgaged property", "77 Sable Point Drive", 1.0)])
    left.caption([("City", "Paw Paw", 0.55), ("State", "MI", 0.17), ("ZIP", "49079", 0.28)])
    right = _Column(pdf, 318, 120.3)
    right.heading("3   YOUR HARDSHIP")
    right.caption([("Date the hardship began (mm/dd/yyyy)", "02/16/2038", 1.0)])
    right.caption([("Date it ended, if it has (mm/dd/yyyy)", "", 1.0)])
    draw_text(pdf, right.x, right.top + 26, "I expect the hardship to be:", 8.6, "Times-Bold")
    right.top += 48  # its second box level with the co-borrower's caption
    right.boxes([(True, "short-term (6 months or less)"), (False, "long-term or permanent (more than 6 months)"),
                 (False, "resolved")])
    draw_text(pdf, right.x, right.top, "What caused it? Check every one that applies.", 8.6, "Times-Bold")
    right.top += 13
    right.boxes([(False, "Unemployment"), (True, "Reduction in income (fewer hours, lower pay)"),
                 (False, "Increase in housing expenses")])
    pdf.showPage()
    left = _Column(pdf, 40, 110)
    left.heading("4   MONTHLY INCOME")
    left.income(["Gross wages, salary, overtime, tips, bonuses"], "2,918.40")
    left.income(["Self-employment income"], "")
    left.income(["Rental income (net of expenses except", "mortgage)"], "850.00")
    left.income(["Investment or insurance income"], "")
    right = _Column(pdf, 318, 110)
    right.heading("6   SIGN AND DATE")
    draw_text(pdf, right.x, right.top, "By signing I certify that the information in this request is true.", 8.4,
              "Times-Roman")
    for top, caption, answer in ((180, "Borrower's signature", ""), (216, "Date (mm/dd/yyyy)", "08/20/2038")):
        pdf.setLineWidth(0.6)
        pdf.line(right.x, letter[1] - top, right.x + 200, letter[1] - top)
        draw_text(pdf, right.x, top + 9, caption, 6.8)
        if answer:
            draw_text(pdf, right.x + 4, top - 3, answer, 10.0, "Courier")
    pen_signature(pdf, right.x + 12, 178, 170)
    pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def newspaper(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _newspaper_request(tmp_path_factory.mktemp("newspaper") / "whls-2c.pdf")
    return one_document_fields(reader, path, RECEIVED, APPLICATION)


def test_a_blank_co_borrower_caption_beside_the_next_columns_boxes(newspaper: dict[str, Field]) -> None:
    """The clean paper under the caption names no one; the boxes level with it are the next column's."""
    assert newspaper["co_borrower_name"].value is None
    assert newspaper["co_borrower_name"].confidence >= 0.8
    assert newspaper["co_borrower_signed"].value is not False


def test_a_wrapped_rental_caption_is_read_past_its_note(newspaper: dict[str, Field]) -> None:
    """"mortgage)" closes the caption's note on the row of its "$ 850.00"."""
    assert values_of(newspaper, "income.rental") == {"income.rental": Decimal("850.00")}


# --- 3. a large-print form: one question a band, the answer on the line under it --------------------------------


def _large_print_request(path: Path) -> Path:
    """A large-print form's first page: each question in 15-point bold after its number in a dark square, its
    answer typed in 16 points on the rule under it; the co-borrower's question tells to leave it blank if none."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 44, "Tamsin Bay Mortgage", 18.0, "Helvetica-Bold")
    draw_text(pdf, 40, 64, "Medical Hardship Assistance Request", 15.0, "Helvetica-Bold")
    draw_text(pdf, 572, 44, "LARGE PRINT", 12.0, right=True)
    draw_text(pdf, 40, 96, "Please answer each question on the line under it. Ask us if you need help.", 13.0)
    questions = [("What is your loan number?", "7702945183"), ("What is your full name?", "Rosalind M. Achebe-Hart"),
                 ("What are the last 4 digits of your Social Security number?", "3319"),
                 ("Co-borrower's full name. Leave blank if there is no co-borrower.", "Cornelius J. Hart")]
    for number, (question, answer) in enumerate(questions, 1):
        top = 116 + 86 * (number - 1)
        pdf.setLineWidth(2)
        pdf.line(40, letter[1] - top, 572, letter[1] - top)
        pdf.setFillGray(0.2)
        pdf.rect(46, letter[1] - top - 36, 30, 30, stroke=0, fill=1)
        pdf.setFillGray(1)
        draw_text(pdf, 54, top + 28, str(number), 18.0, "Helvetica-Bold")
        pdf.setFillGray(0)
        draw_text(pdf, 88, top + 22, question, 15.0, "Helvetica-Bold")
        pdf.setLineWidth(0.8)
        pdf.line(88, letter[1] - top - 58, 560, letter[1] - top - 58)
        draw_text(pdf, 94, top + 54, answer, 16.0, "Courier")
    pdf.showPage()
    pdf.save()
    return path


def test_a_co_borrowers_name_under_a_leave_blank_instruction(reader: PageReader, tmp_path: Path) -> None:
    """"Leave blank if there is no co-borrower." instructs, it does not answer: the name is on the line under."""
    fields = one_document_fields(reader, _large_print_request(tmp_path / "tb-lp7.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "co_borrower_name") == {
        "borrower_name": "Rosalind M. Achebe-Hart", "co_borrower_name": "Cornelius J. Hart"}


# --- 4. a date's bare caption under the hardship part's heading ------------------------------------------------


def _banded_review(path: Path, part: str) -> Path:
    """A review form in numbered bands, captions over ruled answers; the band `part` ("4  HARDSHIP" or
    "4  EMPLOYMENT") holds a bare "Began on (mm/dd/yyyy)" caption over its date, duration boxes level with it."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "MERIDALE", 17.0, "Helvetica-Bold")
    draw_text(pdf, 40, 62, "Mortgage Company  -  Mortgage Assistance Application", 9.0)
    draw_text(pdf, 572, 50, "Financial Hardship Review", 12.0, "Helvetica-Bold", right=True)

    def band(top: float, title: str) -> None:
        pdf.setFillColorRGB(0.82, 0.86, 0.93)
        pdf.rect(40, letter[1] - top - 16, 532, 16, stroke=0, fill=1)
        pdf.setFillGray(0)
        draw_text(pdf, 46, top + 11.5, title, 9.5, "Helvetica-Bold")

    def answer_line(x: float, top: float, width: float, caption: str, answer: str) -> None:
        draw_text(pdf, x, top, caption, 7.5)
        pdf.setLineWidth(0.5)
        pdf.line(x, letter[1] - top - 15, x + width, letter[1] - top - 15)
        draw_text(pdf, x + 2, top + 12, answer, 10.5, "Courier")

    band(90, "1  BORROWER")
    answer_line(46, 124, 330, "Borrower name", "Anneliese K. Dorrington")
    answer_line(400, 124, 130, "Loan number", "5521907384")
    band(170, "3  PROPERTY")
    answer_line(46, 204, 480, "Property address", "2290 Larkfield Court, Meridale, OR 97381")
    band(250, part)
    answer_line(46, 278, 110, "Began on (mm/dd/yyyy)", "03/09/2037")
    for index, words in enumerate(("Short-term", "Long-term", "Resolved")):
        pdf.rect(200 + 120 * index, letter[1] - 290, 8.5, 8.5)
        draw_text(pdf, 212 + 120 * index, 290, words, 8.0)
    draw_text(pdf, 46, 320, "X  Reduction in income", 8.5)
    draw_text(pdf, 46, 360, "I certify that the information in this review form is true.", 8.0)
    pdf.showPage()
    pdf.save()
    return path


def test_began_on_under_the_hardship_heading_is_its_start(reader: PageReader, tmp_path: Path) -> None:
    path = _banded_review(tmp_path / "hardship.pdf", "4  HARDSHIP")
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert values_of(fields, "hardship_start_date") == {"hardship_start_date": date(2037, 3, 9)}


def test_it_began_on_beside_its_date_under_a_hardship_heading(reader: PageReader, tmp_path: Path) -> None:
    """The caption and its date on one row under a plain "Hardship" heading."""
    path = placed_text_pdf(tmp_path / "sheet 3.pdf", [[
        Ink(40, 60, "Tamsin Ridge Home Loans", 15.0, "Helvetica-Bold"),
        Ink(572, 60, "BORROWER ASSISTANCE REQUEST", 9.0, align="r"),
        Ink(40, 92, "PART C - THE HOME, THE HARDSHIP AND THE HOUSEHOLD'S INCOME", 13.0, "Helvetica-Bold"),
        Ink(40, 122, "Loan number", 9.0), Ink(120, 122, "6618203947", 11.0, "Courier-Bold"),
        Ink(40, 142, "Property address", 9.0), Ink(140, 142, "41 Heron Bay Road, Cutler, ME 04626", 10.5, "Courier"),
        Ink(40, 170, "Hardship", 10.0, "Helvetica-Bold"),
        Ink(40, 186, "It began on (mm/dd/yyyy)", 9.0), Ink(160, 186, "08/01/2037", 10.5, "Courier"),
        Ink(272, 186, "Short-term", 8.0), Ink(377, 186, "Long-term", 8.0), Ink(482, 186, "Resolved", 8.0),
        Ink(40, 208, "X  Unemployment", 9.0),
        Ink(40, 240, "Borrower's full name", 9.0), Ink(160, 240, "Ingeborg T. Llewellyn", 10.5, "Courier"),
    ]])
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert values_of(fields, "hardship_start_date") == {"hardship_start_date": date(2037, 8, 1)}


def test_began_on_under_another_parts_heading_is_no_hardship_date(reader: PageReader, tmp_path: Path) -> None:
    """Guard: under "EMPLOYMENT" the bare "Began on" dates the job, not the hardship."""
    path = _banded_review(tmp_path / "employment.pdf", "4  EMPLOYMENT")
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert values_of(fields, "hardship_start_date")["hardship_start_date"] != date(2037, 3, 9)


# --- 5. pay stubs: a tile's bare caption, a payroll brand's slip, values standing alone --------------------------

SLIP_BODY = [
    "Employee Desmond R. Achterberg Employee # HVC-0391",
    "Week 05/09/2038 - 05/15/2038 Pay date 05/20/2038",
    "Pay frequency Weekly Pay method Direct deposit",
    "ITEM CURRENT YTD",
    "Regular (30.00 h @ 19.40) 582.00 11,058.00",
    "Gross earnings 582.00 11,058.00",
    "Federal income tax -41.62 -790.78",
    "Net pay 540.38 10,267.22",
]


def _stub_fields(reader: PageReader, path: Path, lines: list[str]) -> dict[str, Field]:
    text_pdf([lines], path)
    return one_document_fields(reader, path, RECEIVED, "pay_stub")


def test_a_tiles_bare_week_caption_ends_the_employees_name(reader: PageReader, tmp_path: Path) -> None:
    """Bold captions each before its value in two tiles across ("Associate  Loretta V. Hale   Week  05/09/...")."""
    tiles = [("Associate", "Loretta V. Hale", "Week", "05/09/2038 to 05/15/2038"),
             ("Associate #", "CK-20418", "Paid", "05/20/2038"), ("Store", "Store 114", "Pay cycle", "Weekly")]
    inks = [Ink(92, 54, "Copper Kettle Markets", 19.0, "Times-Bold"),
            Ink(92, 66, "Store 114  -  Associate pay statement", 8.0)]
    for index, (left, left_value, right, right_value) in enumerate(tiles):
        y = 98 + 13 * index
        inks += [Ink(50, y, left, 8.5, "Helvetica-Bold"), Ink(120, y, left_value, 8.5),
                 Ink(320, y, right, 8.5, "Helvetica-Bold"), Ink(380, y, right_value, 8.5)]
    rows = [("WHAT YOU EARNED", "HOURS", "RATE", "THIS WEEK", "YEAR TO DATE"),
            ("Regular", "24.00", "15.25", "366.00", "6,954.00"), ("Total earnings", "", "", "366.00", "6,954.00"),
            ("Take-home pay", "", "", "331.48", "6,298.12")]
    for index, (label, *figures) in enumerate(rows):
        y = 150 + 15 * index
        inks.append(Ink(54, y, label, 9.0))
        inks += [Ink(right, y, figure, 9.0, align="r") for right, figure in zip((330, 390, 470, 558), figures,
                                                                                 strict=True) if figure]
    path = placed_text_pdf(tmp_path / "stub.pdf", [inks])
    fields = one_document_fields(reader, path, RECEIVED, "pay_stub")
    assert fields["employee_name"].value == "Loretta V. Hale"


@pytest.mark.parametrize("street", ["702 Causeway Boulevard, Wilmington, NC 28403",
                                    "2 Boatyard Lane, Bucksport, ME 04416"])
def test_a_payroll_brands_slip_names_the_employer_over_its_street(reader: PageReader, tmp_path: Path,
                                                                  street: str) -> None:
    """A "Boulevard" (or a one-digit house number) makes the line under the firm its street address."""
    slip = ["TALLY BRIDGE HR pay slip Weekly pay", "Harborview Veterinary Clinic", street, *SLIP_BODY]
    assert _stub_fields(reader, tmp_path / "slip.pdf", slip)["employer"].value == "Harborview Veterinary Clinic"


def test_a_period_and_a_frequency_on_lines_of_their_own(reader: PageReader, tmp_path: Path) -> None:
    """No caption names them: the range the pay date closes is the period, the lone "Bi-weekly" the frequency."""
    stub = ["Saltmarsh Provisions Co.", "118 Wharf Street, Rockland, ME 04841", "EARNINGS STATEMENT",
            "Employee Marisol D. Finch", "07/11/2049 to 07/24/2049", "Bi-weekly", "Pay date Jul 30, 2049",
            "Gross pay 1,688.00 23,632.00", "Net pay 1,401.27 19,617.78"]
    fields = _stub_fields(reader, tmp_path / "stub.pdf", stub)
    assert values_of(fields, "period_start", "period_end", "frequency") == {
        "period_start": date(2049, 7, 11), "period_end": date(2049, 7, 24), "frequency": "biweekly"}


# --- 6. statements: a summary row over its figures, a sidebar beside a ledger -------------------------------------


def test_a_line_of_signs_between_a_summary_header_and_its_figures(reader: PageReader, tmp_path: Path) -> None:
    """"+  -  =" between the captions and their figures is no line of its own: the figures are the next line's."""
    statement = ["Copperline Credit Union", "Statement of account  -  Page 1 of 1",
                 "CASSIUS R. MONTEVERDI", "417 Granite Street, Anaconda, MT 59711",
                 "Statement period 06/01/2038 - 06/30/2038", "Share draft checking - account ending 6604",
                 "Previous balance Deposits Withdrawals New balance",
                 "+ - =",
                 "$432.57 $2,862.34 $1,320.45 $1,974.46",
                 "ACCOUNT ACTIVITY",
                 "Date Description Withdrawals Deposits",
                 "06-05 DEER LODGE MEDICAL PAYROLL 1,431.17",
                 "06-12 NORTHWESTERN ENERGY 1,320.45",
                 "06-19 DEER LODGE MEDICAL PAYROLL 1,431.17"]
    path = tmp_path / "statement.pdf"
    text_pdf([statement], path)
    fields = one_document_fields(reader, path, RECEIVED, "bank_statement")
    assert values_of(fields, "beginning_balance", "ending_balance") == {
        "beginning_balance": Decimal("432.57"), "ending_balance": Decimal("1974.46")}


def _sidebar_statement(path: Path) -> Path:
    """A one-page statement: an "At a glance" sidebar down the left, each caption over its value, beside a
    ledger that opens with its own "Opening balance" row; the ledger's rows, 13 points apart, stand level with
    the sidebar's captions or a hair over them ("Closing balance" beside the next-to-last row's figures)."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "Lakeshore Savings Bank", 17.0, "Helvetica-Bold")
    draw_text(pdf, 40, 62, "Everyday Checking statement  -  lakeshoresavings.example  -  1-800-555-0162", 8.0)
    for index, words in enumerate(("Priya N. Castellanos", "5150 Old Plank Road", "Kalamazoo, MI 49009")):
        draw_text(pdf, 40, 92 + 12 * index, words, 9.5)
    pdf.setFillGray(0.93)
    pdf.rect(40, 330, 160, 300, stroke=0, fill=1)
    pdf.setFillGray(0)
    draw_text(pdf, 48, 180, "At a glance", 10.0, "Helvetica-Bold")
    top = 202.0
    for caption, value in (("Account number", "...7329"), ("Statement period", "06/01/2038"), ("", "to 06/30/2038"),
                           ("Opening balance", "$1,322.08"), ("Money in", "+$2,862.34"), ("Money out", "-$1,955.77"),
                           ("Closing balance", "$2,228.65")):
        if caption:
            draw_text(pdf, 48, top, caption, 7.5)
            top += 12
        draw_text(pdf, 48, top, value, 10.0, "Helvetica-Bold")
        top += 20
    for x, heading, right in ((215, "DATE", False), (255, "TRANSACTION", False), (470, "AMOUNT", True),
                              (572, "BALANCE", True)):
        draw_text(pdf, x, 272, heading, 8.0, "Helvetica-Bold", right=right)
    ledger = [("06/01", "Opening balance", "", "1,322.08"),
              ("06/03", "HARBOR FREIGHT PAYROLL", "+1,431.17", "2,753.25"),
              ("06/06", "CONSUMERS ENERGY", "-184.66", "2,568.59"), ("06/10", "MEIJER #112", "-96.30", "2,472.29"),
              ("06/14", "HOME LOAN PAYMENT", "-1,262.19", "1,210.10"),
              ("06/17", "HARBOR FREIGHT PAYROLL", "+1,431.17", "2,641.27"),
              ("06/22", "AT&T WIRELESS", "-88.40", "2,552.87"), ("06/27", "KROGER #455", "-212.22", "2,340.65"),
              ("06/30", "CHECK 1043", "-112.00", "2,228.65")]
    for index, (day, description, amount, balance) in enumerate(ledger):
        y = 288 + 13 * index
        draw_text(pdf, 215, y, day, 8.5)
        draw_text(pdf, 255, y, description, 8.5)
        if amount:
            draw_text(pdf, 470, y, amount, 8.5, right=True)
        draw_text(pdf, 572, y, balance, 8.5, right=True)
    pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def sidebar(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _sidebar_statement(tmp_path_factory.mktemp("sidebar") / "statement.pdf")
    return one_document_fields(reader, path, RECEIVED, "bank_statement")


def test_a_sidebars_period_ends_on_the_line_under_its_start(sidebar: dict[str, Field]) -> None:
    """"06/01/2038" over "to 06/30/2038" under "Statement period"; the account's last four under its caption."""
    assert values_of(sidebar, "account_last4", "period_start", "period_end") == {
        "account_last4": "7329", "period_start": date(2038, 6, 1), "period_end": date(2038, 6, 30)}


def test_a_sidebars_balance_is_the_figure_under_its_caption(sidebar: dict[str, Field]) -> None:
    """Not the figures of the ledger row a hair over "Closing balance" on the page."""
    assert values_of(sidebar, "beginning_balance", "ending_balance") == {
        "beginning_balance": Decimal("1322.08"), "ending_balance": Decimal("2228.65")}
