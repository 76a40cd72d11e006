"""Forms met at first sight on blind sets: a booklet of numbered questions answered on a separate sheet of
numbered boxes; question tables whose answer header carries a note, whose numbers OCR lost, whose hardships
are asked one to a Yes / No question and whose income is asked a source (or a person) at a time; a grid's
name asked surname first; a portal's signature box with its prompt; a scanned name's unsure initial. The
PDFs are drawn here and read as the reader reads a text layer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field, Page, TextMethod, Word
from lossmit_docs.reading.application_answer_sheet import answer_sheets
from lossmit_docs.reading.application_layout import read_words
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk, with_words
from test_extract_application import overlay, ref, scrawl
from test_questionnaire_layouts import read

BOOKLET_LEFT = [(1, "Your loan number, from your monthly statement."),
                (2, "Borrower's full name: first, middle initial, last."),
                (3, "Last four digits of the borrower's Social Security"), (None, "number."),
                (4, "Co-borrower's full name. Leave box 4 EMPTY if no one"), (None, "applies with you."),
                (5, "Street address of the property that secures the loan."),
                (6, "City."), (7, "State (two letters)."), (8, "ZIP code.")]
BOOKLET_RIGHT = [(9, "How is the property used? Enter P (you live in it as"),
                 (None, "your primary residence), S (second home) or R (rented)."),
                 (10, "Date your hardship began (MM/DD/YYYY)."),
                 (11, "Unemployment - you or a co-borrower lost a job. Y or N."),
                 (12, "Reduction in income - fewer hours, lower pay. Y or N."),
                 (13, "Death of a borrower or of a wage earner. Y or N."),
                 (14, "Wages, salary, overtime, tips, bonuses."),
                 (15, "Unemployment benefits."),
                 (16, "Rental income, less expenses other than the mortgage.")]


def booklet(path: Path, answers: dict[int, str]) -> Path:
    """Page 1: the questions in two columns, numbers at each column's edge, no answers. Page 2: the answer
    sheet, two columns of numbered boxes and nothing else printed in them."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(54, 740, "MORTGAGE ASSISTANCE QUESTIONS - QUESTION BOOKLET")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(54, 722, "Write each answer on the ANSWER SHEET in the box with the same number as the question.")
    for x, column in ((54, BOOKLET_LEFT), (310, BOOKLET_RIGHT)):
        y = 690
        for number, text in column:
            y -= 22 if number is not None else 11
            if number is not None:
                pdf.drawString(x, y, str(number))
            pdf.drawString(x + 16, y, text)
    pdf.showPage()
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(54, 740, "ANSWER SHEET - goes with the question booklet")
    pdf.setFont("Helvetica", 10)
    for number in range(1, 17):
        x, y = (54, 700 - 30 * (number - 1)) if number <= 8 else (310, 700 - 30 * (number - 9))
        pdf.rect(x - 4, y - 8, 240, 26)
        pdf.drawString(x, y, str(number))
        pdf.setFont("Courier", 10)
        pdf.drawString(x + 24, y, answers.get(number, ""))
        pdf.setFont("Helvetica", 10)
    pdf.line(54, 330, 280, 330)
    pdf.drawString(310, 334, "06/02/2062")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(54, 320, "Borrower signature")
    pdf.drawString(310, 320, "Date (MM/DD/YYYY)")
    pdf.save()
    overlay(path, 1, scrawl(70, 336))
    return path


SHEET = {1: "7714390652", 2: "Samuel K. Oduya", 3: "1047", 5: "615 Prairie Rose Drive", 6: "Dunmore Springs",
         7: "NE", 8: "68836", 9: "P", 10: "04/20/2062", 11: "N", 12: "Y", 13: "N", 14: "3,120.00", 15: "0",
         16: "650.00"}


def worded(path: Path) -> list[Page]:
    ink = PdfInk(path)
    return [with_words(page, ink) for page in read(path)]


def test_a_booklets_answer_sheet_is_read_box_by_box_against_its_questions(tmp_path: Path) -> None:
    path = booklet(tmp_path / "booklet.pdf", SHEET)
    fields = extract_application(read(path), ref, PdfInk(path))
    assert fields["loan_number"].value == "7714390652"
    assert fields["borrower_name"].value == "Samuel K. Oduya"
    assert fields["ssn_last4"].value == "1047"
    assert fields["co_borrower_name"].value is None  # box 4 left empty
    assert fields["property_address"].value == "615 Prairie Rose Drive, Dunmore Springs, NE 68836"
    assert fields["occupancy"].value == "primary_residence"  # "P", as the question's legend spells it out
    assert fields["hardship_types"].value == ["reduction_in_income"]  # the one box answered Y
    assert fields["hardship_start_date"].value == date(2062, 4, 20)
    assert fields["income.wages"].value == Decimal("3120.00")
    assert fields["income.rental"].value == Decimal("650.00")
    assert fields["signed"].value is True


def test_a_page_of_numbered_questions_answered_beside_them_is_no_answer_sheet(tmp_path: Path) -> None:
    """The booklet's own page, its questions numbered like the sheet's boxes, pairs with nothing: the sheet
    must be another page, and a page answering in sentences is no sheet."""
    pages = worded(booklet(tmp_path / "booklet.pdf", SHEET))
    assert list(answer_sheets(pages)) == [1]
    assert answer_sheets(pages[1:]) == {}  # the sheet without its booklet: no question to pair with
    assert answer_sheets(pages[:1]) == {}


QUESTIONS = [
    ("1.", "What is the loan number printed on your monthly statement?", "3306417285"),
    ("2.", "What is your full name (first, middle, last)?", "Tobias R. Lindqvist"),
    ("3.", "Is anyone else on the loan applying with you? If so, what is", "none"),
    ("", "that person's full name?", ""),
    ("4.", "On what date did your hardship begin? (mm/dd/yyyy)", "04/15/2062"),
    ("5a.", "Did you, or a co-borrower, lose a job or become unemployed?", "NO"),
    ("5b.", "Was your income reduced - fewer hours or lower pay?", "YES"),
    ("5c.", "Did your housing costs go up - taxes or insurance?", "NO"),
    ("5d.", "Did a borrower, or the household's main wage earner, die?", "NO"),
    ("6a.", "Wages, salary, overtime, tips and bonuses (before taxes)?", "$ 2,320.50"),
    ("6b.", "Taxable Social Security, pensions or disability?", "$ 612.40"),
    ("6c.", "Non-taxable Social Security or disability income?", "0"),
    ("6d.", "Other monthly expenses (phone, internet)?", "$ 300.00"),
    ("7.", "Borrower: sign on the line at the right.", ""),
    ("8.", "On what date did you sign? (mm/dd/yyyy)", "05/12/2062"),
]


def question_form(path: Path) -> Path:
    """Questions at the left, answers on lines at the right under "YOUR ANSWER (write on the line)"."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(54, 740, "QUESTION")
    pdf.drawString(370, 740, "YOUR ANSWER (write on the line)")
    y = 716
    for number, question, answer in QUESTIONS:
        y -= 24 if number else 12
        pdf.setFont("Times-Roman", 10)
        pdf.drawString(54, y, f"{number} {question}".strip())
        if answer:
            pdf.setFont("Courier", 10)
            pdf.drawString(372, y, answer)
        if number:
            pdf.line(370, y - 3, 560, y - 3)
    pdf.save()
    signing = next(i for i, (n, _, _) in enumerate(QUESTIONS) if n == "7.")
    signed_at = 716 - sum(24 if n else 12 for n, _, _ in QUESTIONS[: signing + 1])
    overlay(path, 0, scrawl(380, signed_at + 2))
    return path


def application(path: Path) -> dict[str, Field]:
    return extract_application(read(path), ref, PdfInk(path))


def test_a_question_tables_yes_no_hardships_income_sources_and_signing_date(tmp_path: Path) -> None:
    fields = application(question_form(tmp_path / "questions.pdf"))
    assert fields["loan_number"].value == "3306417285"  # under a header with a note after "YOUR ANSWER"
    assert fields["borrower_name"].value == "Tobias R. Lindqvist"
    assert fields["co_borrower_name"].value is None and fields["co_borrower_name"].confidence > 0.9  # "none"
    assert fields["hardship_start_date"].value == date(2062, 4, 15)
    assert fields["hardship_types"].value == ["reduction_in_income"]  # 5b, the one answered YES
    assert fields["income.wages"].value == Decimal("2320.50")
    assert fields["income.benefits_taxable"].value == Decimal("612.40")  # no SSN's question
    assert "ssn_last4" not in fields or fields["ssn_last4"].value is None
    assert "income.other" not in fields  # an expense's question, though it says "Other"
    assert fields["signed"].value is True  # signed on the line at the right of question 7
    assert fields["signed_on"].value == date(2062, 5, 12)  # dated in answer to question 8


def grid_form(path: Path, co_borrower: tuple[str, str, str] = ("Whitecloud", "Renee", "A")) -> Path:
    """A grid of small numbered captions, each cell's answer a good way under its caption: the name asked
    surname first ("4 BORROWER - LAST NAME | 5 FIRST NAME | 6 M.I. | 7 SSN - LAST 4 DIGITS")."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 750, "HOMEOWNER ASSISTANCE REQUEST")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(40, 700, "Loan number: 1840027391")
    rows = [(640, ("4 BORROWER - LAST NAME", "5 FIRST NAME", "6 M.I.", "7 SSN - LAST 4 DIGITS"),
             ("Whitecloud", "Marcus", "D", "5508")),
            (602, ("8 CO-BORROWER - LAST NAME", "9 FIRST NAME", "10 M.I.", "11 SSN - LAST 4 DIGITS"), co_borrower)]
    for top, captions, answers in rows:
        for x, caption, answer in zip((40, 240, 395, 430), captions, (*answers, ""), strict=False):
            pdf.setFont("Helvetica", 5)
            pdf.drawString(x, top, caption)
            pdf.setFont("Courier", 11)
            pdf.drawString(x + 1, top - 19, answer)
            pdf.rect(x - 2, top - 24, 150 if x < 395 else 30, 32)
    pdf.save()
    return path


def test_a_name_asked_surname_first_in_a_grids_cells_is_read_given_names_first(tmp_path: Path) -> None:
    fields = application(grid_form(tmp_path / "grid.pdf"))
    assert fields["borrower_name"].value == "Marcus D Whitecloud"
    assert fields["co_borrower_name"].value == "Renee A Whitecloud"
    fields = application(grid_form(tmp_path / "alone.pdf", co_borrower=("", "", "")))
    assert fields["borrower_name"].value == "Marcus D Whitecloud"
    assert fields["co_borrower_name"].value is None


def numbered_column_form(path: Path) -> Path:
    """ "NO. | QUESTION | ANSWER (type or print)": the questions' numbers in a column of their own (most of them
    faint, lost - as OCR loses them - so only the space between questions parts them), one-line questions and
    a wrapped one, and each person's income in a block of source rows in the answer column."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(50, 720, "NO.")
    pdf.drawString(80, 720, "QUESTION")
    pdf.drawString(330, 720, "ANSWER (type or print)")
    pdf.setFont("Helvetica", 9)
    rows = [("1", ["Loan number"], ["7204418835"]),
            ("", ["Borrower's full legal name"], ["Latisha M. Greer"]),
            ("", ["Co-borrower's full legal name (write None if there is no", "co-borrower)"], ["Marcus D. Greer"]),
            ("", ["Address of the property that secures the loan (street, city,", "state, ZIP)"],
             ["2716 Linden Avenue", "Reading, PA 19606"]),
            ("", ["Date the hardship began (mm/dd/yyyy)"], ["08/14/2038"]),
            ("6", ["Gross monthly income of each household member before", "taxes. Use one block per person."],
             ["BORROWER: Latisha M. Greer", "Wages, salary, overtime, tips  Stonebridge Staff $2,840.50",
              "Unemployment benefits", "CO-BORROWER: Marcus D. Greer",
              "Wages, salary, overtime, tips  Ashford Corr. Ind. $1,778.40"]),
            ("7", ["Borrower signature and date (printed name: Latisha M. Greer)"], ["", "", "05/02/2039"]),
            ("8", ["Co-borrower signature and date (printed name: Marcus D. Greer)"], ["", "", ""])]
    y = 700
    signed_at = 0.0
    for number, question, answer in rows:
        y -= 14
        signed_at = y if number == "7" else signed_at
        pdf.drawString(50, y, number)
        for index in range(max(len(question), len(answer))):
            if index < len(question):
                pdf.drawString(80, y - 11 * index, question[index])
            if index < len(answer):
                pdf.drawString(330, y - 11 * index, answer[index])
        y -= 11 * (max(len(question), len(answer)) - 1) + 6
    pdf.save()
    overlay(path, 0, scrawl(340, signed_at - 14))  # in question 7's answer cell, over the date
    return path


def test_a_question_table_with_a_number_column_parts_its_questions_by_the_space_between(tmp_path: Path) -> None:
    fields = application(numbered_column_form(tmp_path / "numbered.pdf"))
    assert fields["loan_number"].value == "7204418835"
    assert fields["borrower_name"].value == "Latisha M. Greer"  # its number lost: parted by the space over it
    assert fields["co_borrower_name"].value == "Marcus D. Greer"
    assert fields["property_address"].value == "2716 Linden Avenue Reading, PA 19606"  # street, city, state, ZIP
    assert fields["hardship_start_date"].value == date(2038, 8, 14)
    assert fields["income.wages"].value == Decimal("4618.90")  # each person's wages, added up
    assert fields["signed"].value is True and fields["signed_on"].value == date(2039, 5, 2)
    assert fields["co_borrower_signed"].value is False  # question 8's cell left empty


def portal_review_page(path: Path, signed: bool = True) -> Path:
    """A portal's review page printed from the browser: each signer's box opens with the prompt "Draw your
    signature", the drawing over an "x" line, "Drawn signature - <name>" under it, then "Date signed" with
    the date under it; the co-borrower's box says there is none."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 750, "Review your application")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, 720, "Loan number 0051827736")
    pdf.drawString(40, 706, "Borrower's name Marguerite A. Hale")
    for x, who in ((40, "Borrower signature"), (320, "Co-borrower signature")):
        pdf.drawString(x, 400, who)
        pdf.rect(x, 330, 240, 58)
        pdf.drawString(x + 4, 376, "Draw your signature")
        pdf.drawString(x + 6, 336, "x")
        pdf.drawString(x, 318, "Drawn signature - Marguerite A. Hale" if x == 40 else "No co-borrower")
        pdf.drawString(x, 298, "Date signed")
    pdf.drawString(46, 284, "03/19/2039")
    pdf.save()
    if signed:
        overlay(path, 0, scrawl(60, 344))
    return path


def test_a_portal_signature_box_with_its_prompt_dates_the_signature_under_it(tmp_path: Path) -> None:
    fields = application(portal_review_page(tmp_path / "portal.pdf"))
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2039, 3, 19)  # under "Date signed", past "Draw your signature"
    fields = application(portal_review_page(tmp_path / "unsigned.pdf", signed=False))
    assert fields["signed"].value is False  # the pad left empty: its prompt and "x" are print


def test_a_middle_initial_ocr_was_unsure_of_leaves_a_scanned_name_sure() -> None:
    """Tesseract scores a lone capital low; the name's own words say how sure the name is. A name of two
    words, one an initial, still counts it."""
    def word(text: str, sure: float, x: float) -> Word:
        return Word(text, sure, (x, 0.3, x + 0.05, 0.31))

    words = [word("Reginald", 0.93, 0.1), word("T.", 0.37, 0.16), word("Ashby", 0.96, 0.2)]
    page = Page(1, "Reginald T. Ashby", TextMethod.OCR, 0.93, words=tuple(words))
    assert read_words(words, page, identity=True) == ("Reginald T. Ashby", 0.93)
    assert read_words(words[1:], page, identity=True) == ("T. Ashby", 0.37)
    misread = [word("Reginald", 0.93, 0.1), word("T.", 0.9, 0.16), word("Ashbv", 0.41, 0.2)]
    assert read_words(misread, page, identity=True)[1] == 0.41  # a doubt in the surname is the name's


def test_the_next_columns_question_number_is_no_part_of_an_answer(tmp_path: Path) -> None:
    """A landscape form of three columns of numbered questions answered after dot leaders: the number opening
    the next column's question stands a column's gap off the answer before it."""
    path = tmp_path / "columns.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(792, 612))
    pdf.setFont("Helvetica", 8)
    pdf.drawString(30, 560, "1 Loan number . . . . . . . . . . . . . . . . . . 518830274")
    pdf.drawString(284, 560, "9 Property street address")
    pdf.drawString(30, 544, "2 Borrower's full name . . . . . . . . Gordon E. Pryce")
    pdf.drawString(284, 544, "10 City . . . . . . . . . . Corpus Christi")
    pdf.save()
    fields = application(path)
    assert fields["loan_number"].value == "518830274"
    assert fields["borrower_name"].value == "Gordon E. Pryce"


def test_a_third_household_members_column_is_no_co_borrowers(tmp_path: Path) -> None:
    """ "BORROWER | CO-BORROWER | OTHER ADULT WHO CONTRIBUTES INCOME" over a row of names: the third column's
    name is the household's, neither the borrower's nor the co-borrower's."""
    path = tmp_path / "household.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 750, "Household Mortgage Assistance Application")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, 730, "Loan number 3390417726")
    for x, heading in ((180, "BORROWER"), (310, "CO-BORROWER"), (440, "OTHER ADULT WHO CONTRIBUTES")):
        pdf.drawString(x, 700, heading)
    for y, caption, cells in ((682, "Full name", ("Andre L. Beaumont", "Keisha M. Beaumont", "Loretta J. Simms")),
                              (664, "SSN - last 4 digits", ("7730", "0365", ""))):
        pdf.drawString(40, y, caption)
        for x, cell in zip((180, 310, 440), cells, strict=True):
            pdf.drawString(x, y, cell)
    pdf.save()
    fields = application(path)
    assert fields["borrower_name"].value == "Andre L. Beaumont"
    assert fields["co_borrower_name"].value == "Keisha M. Beaumont"
    assert fields["ssn_last4"].value == "7730"


def test_an_income_lines_amount_ends_where_the_next_columns_question_begins(tmp_path: Path) -> None:
    """A landscape form of columns of numbered questions answered after dot leaders: the next column's leader
    or its question's bare number follows a line's amount (or the "$" of one left blank) on its row."""
    path = tmp_path / "landscape.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(792, 612))
    pdf.setFont("Helvetica", 8)
    pdf.drawString(30, 560, "PART D - MONTHLY HOUSEHOLD INCOME")
    pdf.drawString(300, 560, "29 First mortgage payment (P&I and escrow)")
    rows = [("20 Wages, salary, overtime, tips . . . . . . . $ 5,694.00", ". . . . . . . . . . . . . $ 2,908.44"),
            ("21 Self-employment / gig income (net) . . $ 2,385.00", "30 Vehicle loan or lease payments . $ 727.11"),
            ("22 Unemployment benefits . . . . . . . . . . . . $", "31 Credit cards, minimum payments . . $ 323.16"),
            ("28 TOTAL monthly household income . . . . $ 8,079.00", "")]
    for index, (left, right) in enumerate(rows):
        pdf.drawString(30, 544 - 16 * index, left)
        pdf.drawString(240 if right.startswith(".") else 300, 544 - 16 * index, right)
    pdf.save()
    fields = application(path)
    assert fields["income.wages"].value == Decimal("5694.00")
    assert fields["income.self_employment"].value == Decimal("2385.00")
    assert fields.get("income.unemployment") is None or fields["income.unemployment"].value is None
    assert fields["income.total"].value == Decimal("8079.00")

