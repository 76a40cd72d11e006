"""Portal summaries of labels beside answers, a letterhead's page numbers after its web site, questions answered in a
column beside them, a check's back, papers that only look like the checklist's, a part's heading in capitals over
its date, a signer's bare heading, a figure OCR read without its leading digits, and a spreadsheet's quarter.

1. A servicer's portal summary printed to PDF (born-digital), two columns "label | answer": "How the home is used
   Primary residence - I live here" is the primary residence, "Reasons you selected   Higher housing costs (taxes,
   insurance, HOA dues)" the increase in housing expenses (before, neither was read).
2. An employer's two-page letter whose letterhead footer ends "www.brederode-maritime.example 1/2" and "... 2/2",
   page 2 going on with the relocation assistance, "Kind regards" and the signer: one employer_relocation_letter
   of pages [1, 2] (before, two documents).
3. An application of numbered questions answered in a right-hand "YOUR ANSWER" column, the questions wrapping:
   "22. How much do you receive each month in gross wages, salary, overtime," / "tips and bonuses (include
   military base pay, BAH, BAS and special" / "pays)?" with "$ 9,750.00" in the answer column on the question
   mark's row, and "27. ... rental income, after expenses" / "other than the mortgage?" with "$ 1,520.00"; a blank
   "23. ... self-employment income?" / "$": wages 9750.00 and rental 1520.00 (before, only the unemployment line
   and the total, the lines going to review). Guard: the one-row "24. How much do you receive each month in
   unemployment benefits?  $ 300.00" still reads.
   The same form's "4. If someone else is on the loan with you, what is the co-borrower's full" / "name? (Leave
   blank if there is none.)" answered "Renee A. Greer" on the second row: the co-borrower (before, none: the label
   runs across the wrap).
4. The same form's "8. What is the street address of the property? (street, city, state and ZIP" / "code)", its
   answer starting in the answer column on the note's row ("2716 Cedar Bluff Road SE" / "Huntsville, AL 35803"):
   the address without the note's "ZIP" (before, "ZIP 2716 Cedar Bluff Road SE, ...").
5. A rent check's front and back in one two-page PDF (front: payer, "Pay to the order of", amount, "One thousand
   one hundred and 00/100 DOLLARS", memo "Rent - March"; back: "ENDORSE HERE", an endorsement, "For deposit only",
   "DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE", "RESERVED FOR FINANCIAL INSTITUTION USE"): one rent_check of
   pages [1, 2] (before, the back was a document of its own). Guard: two checks' fronts in one file stay two
   rent checks. A check whose "Date" caption is not read (a photo's "pate"), front and back bearing one date:
   that date is the check's, sure enough to count (before, 0.7).
6. A Form 1099-K (FILER'S name box, "FILER'S TIN", "PAYEE'S TIN", "Payment Card and Third Party Network
   Transactions", "Copy B For Payee", the monthly boxes, "Report this income on Schedule C (Form 1040) ..." and
   "Department of the Treasury - Internal Revenue Service"): listed as "other" (before, a tax return). Guard: a
   Form 1040's first page is still a tax return.
7. A DD Form 1300 "REPORT OF CASUALTY" (the member's name, "CASUALTY STATUS  DECEASED", "DATE OF CASUALTY", the
   circumstances with the hospital's attending physician, "I certify that the above is a true report of the death
   ..."): a death certificate (before, a medical statement).
8. A "SPECIAL POWER OF ATTORNEY" ("KNOW ALL PERSONS BY THESE PRESENTS, that I, ... appoint my spouse ... as my true
   and lawful attorney-in-fact", loss mitigation and a loan modification among its powers, a notarial
   acknowledgment): listed as "other" (before, a hardship letter).
9. A question form answered a column away, born-digital: "What is the borrower's full name?" at the left, its
   typed answer "Terrence L. Baptiste" in the answer column set lower than the question's row (its middle under
   the question's, its baseline two-thirds of the type's size down), the next question "What are the last 4
   digits of the borrower's Social Security number?" a line below with its own answer "4415" set as low: the
   borrower's name (before, no name: only words at or over the question's middle were its answer).
10. A self-employed borrowers' form: the part heading "6  YOUR HARDSHIP" in capitals, "What happened? Check every
    box that applies." over two columns of boxed options (X on "Other (describe below)"), then the caption "IT
    STARTED ON (MM/DD/YYYY)" with, right of it and a little lower, "It will last: [X] 6 months or less  [ ] more
    than 6 months  [ ] it is over", and "04/14/2053" under the caption: the hardship began 2053-04-14 (before,
    no date).
11. The same form's last page: "BORROWER" alone on its row, a pen's signature on the line under it with
    "07/10/2053" typed right, over "Signature   Printed name: Priya N. Castellanos   Date (mm/dd/yyyy)"; then
    "CO-BORROWER" over an empty line and "Signature  Printed name:  Date (mm/dd/yyyy)": signed, on 2053-07-10
    (before, not signed).
12. A scanned form (real tesseract) whose income lines all read but one whose leading figures were lost: the
    rental line's "$50.00" beside "Self-employment income: $3,400.00" and "Total monthly income: $4,550.00" is
    the 1,150.00 the total leaves for it, whose tail the read figure is, still for review (before, 50.00).
    Guard: a rental line read as "$75.00", no tail of its 1,150.00, stays as read, and every line goes to review.
13. A sole proprietor's P&L exported from a spreadsheet (column letters, a number before each row): "Q1 2053" in
    its heading is January 1 to March 31, 2053, and "19 NET PROFIT ... 8,291.31" the quarter's net income, its
    total column (before, neither).
14. Units on OCR's words: a "|" read between an answer's words ("Primary residence - | live here") weighs on
    no written choice, though on a name it does; a scan's text that lists the captions' column before the
    answers' still pairs "Borrower" and "Co-borrower" with their names by the rows of words; "DIC is not. taxable
    income" (OCR's full stop mid-sentence) says "not taxable".

Born-digital fixtures (reportlab) but for 12's two one-page scans, read through the real page reader and
`read_documents` with their ink and word boxes. People are fictional; SSNs are last fours.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read, one_document_fields, values_of
from lossmit_docs.model import Field, Page, PageRef, TextMethod, Word
from lossmit_docs.reading.application_layout import read_words
from lossmit_docs.reading.application_row_names import names_by_row_caption
from lossmit_docs.reading.document_text import has_word
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, ScanStyle, draw_text, pen_signature, placed_text_pdf, scanned_pdf

RECEIVED = date(2054, 4, 2)
APPLICATION = "mortgage_assistance_application"
REVIEW = 0.8  # confidence under which a field goes to a person

# --- 1. a portal's summary of labels beside answers -------------------------------------------------------------


def _portal_summary(path: Path) -> Path:
    """A servicer's portal page printed from the browser: its address at the top, then each question's short label
    at the left and the borrower's answer in a column beside it."""
    rows = [("Loan number", "6620174398"), ("Borrower", "Desmond R. Okonkwo-Baptiste"), ("Last 4 of SSN", "2290"),
            ("Co-borrower", "None"), ("Property address", "3318 Juniper Hollow Court, Tulsa, OK 74133"),
            ("How the home is used", "Primary residence - I live here"),
            ("Reasons you selected", "Higher housing costs (taxes, insurance, HOA dues)"),
            ("Hardship started", "02/01/2054"), ("Monthly wages before taxes", "$4,215.00"),
            ("Total monthly income", "$4,215.00")]
    inks = [Ink(50, 46, "Ridgecrest Mortgage Servicing", 14, "Helvetica-Bold"),
            Ink(50, 60, "https://myloan.ridgecrest.example/assistance/review", 7.5),
            Ink(50, 92, "Mortgage Assistance Request - Summary", 13, "Helvetica-Bold"),
            Ink(50, 108, "Review your answers before you submit. Submitted 03/14/2054 10:42 AM.", 8.5),
            Ink(50, 136, "Question", 8.5, "Helvetica-Bold"), Ink(240, 136, "Your answer", 8.5, "Helvetica-Bold")]
    for index, (label, answer) in enumerate(rows):
        inks += [Ink(50, 156 + 20 * index, label, 9.5), Ink(240, 156 + 20 * index, answer, 9.5)]
    return placed_text_pdf(path, [inks])


@pytest.fixture(scope="module")
def summary(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _portal_summary(tmp_path_factory.mktemp("portal") / "Assistance Request - Summary.pdf")
    return one_document_fields(reader, path, RECEIVED, APPLICATION)


def test_how_the_home_is_used_in_a_portal_summary(summary: dict[str, Field]) -> None:
    """"How the home is used   Primary residence - I live here": the home's use in the portal's own words."""
    assert values_of(summary, "occupancy", "borrower_name") == {
        "occupancy": "primary_residence", "borrower_name": "Desmond R. Okonkwo-Baptiste"}


def test_the_reasons_selected_in_a_portal_summary(summary: dict[str, Field]) -> None:
    """"Reasons you selected   Higher housing costs (taxes, insurance, HOA dues)": what the borrower picked."""
    assert values_of(summary, "hardship_types") == {"hardship_types": ["increase_in_housing_expenses"]}


# --- 2. a letter numbered after its letterhead's web site ---------------------------------------------------------

LETTERHEAD_FOOTER = ("Brederode Maritime Logistics LLC  -  1200 Harbor Point Blvd, Norfolk, VA 23510  -  "
                     "www.brederode-maritime.example")


def _transfer_letter(path: Path) -> Path:
    """An employer's letter on two sheets of its letterhead, the firm's footer on each ending in the page's
    "n/2"; the second sheet goes on with the relocation assistance and is signed."""
    first = ["March 3, 2054", "", "Mr. Anselm K. Vreeland", "77 Tidewater Lane", "Chesapeake, VA 23320", "",
             "Re: Transfer to our Savannah, Georgia terminal", "", "Dear Mr. Vreeland,", "",
             "This letter confirms that Brederode Maritime Logistics LLC is transferring you to the position of",
             "Terminal Operations Supervisor at our Savannah, Georgia terminal, effective May 1, 2054. The",
             "transfer is required by the company because the Norfolk terminal's container operations are",
             "being consolidated into Savannah. Your base salary of $88,400 a year will not change.", "",
             "You are expected to report to the Savannah terminal on May 1, 2054. The distance from your",
             "current home to the new work location is about 560 miles, and daily travel is not possible."]
    second = ["The company will provide relocation assistance under its standard policy: moving expenses for",
              "household goods up to $12,000, temporary housing in Savannah for up to 60 days, and one",
              "house-hunting trip for you and your spouse. Please keep all receipts for reimbursement.", "",
              "If you have questions about the transfer or the relocation assistance, please contact",
              "Human Resources at (757) 555-0183.", "", "Kind regards,", "", "",
              "Marijke D. Tollenaar", "Director, Human Resources", "Brederode Maritime Logistics LLC"]
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for number, lines in enumerate((first, second), 1):
        draw_text(pdf, 72, 60, "BREDERODE MARITIME LOGISTICS", 15.0, "Times-Bold")
        draw_text(pdf, 72, 74, "Ocean freight  -  terminals  -  inland haulage", 9.0, "Times-Italic")
        for index, line in enumerate(lines):
            draw_text(pdf, 72, (120 if number == 1 else 110) + 15 * index, line, 11.0, "Times-Roman")
        draw_text(pdf, 72, 750, f"{LETTERHEAD_FOOTER} {number}/2", 7.5)
        pdf.showPage()
    pdf.save()
    return path


def test_a_letterheads_footer_numbers_its_pages_after_the_web_site(reader: PageReader, tmp_path: Path) -> None:
    """"... www.brederode-maritime.example 2/2" says the second sheet is the letter's own: one letter."""
    documents = documents_read(reader, _transfer_letter(tmp_path / "transfer letter.pdf"), RECEIVED)
    assert [(d.type, [ref.page for ref in d.pages]) for d in documents] == [("employer_relocation_letter", [1, 2])]


# --- 3, 4. numbered questions answered in a column beside them ------------------------------------------------------

QUESTION_X, ANSWER_X, QUESTION_ROW = 40.0, 400.0, 13.0


def _question(pdf: canvas.Canvas, top: float, lines: list[str], answers: tuple[tuple[int, str], ...] = ()) -> float:
    """A numbered question's lines at the left, its later lines indented, each answer line typed in the answer
    column on the row given; where the next question starts."""
    for index, line in enumerate(lines):
        draw_text(pdf, QUESTION_X + (14 if index else 0), top + QUESTION_ROW * index, line, 8.5)
    for index, answer in answers:
        draw_text(pdf, ANSWER_X, top + QUESTION_ROW * index, answer, 9.5, "Courier")
    return top + QUESTION_ROW * len(lines) + 7


def _dollar(pdf: canvas.Canvas, top: float, row: int, amount: str = "") -> None:
    """The answer column's printed "$" on the question's `row`, the amount typed after it (or left blank)."""
    draw_text(pdf, ANSWER_X, top + QUESTION_ROW * row, "$", 9.5)
    if amount:
        draw_text(pdf, ANSWER_X + 10, top + QUESTION_ROW * row, amount, 9.5, "Courier")


def _question_form(path: Path) -> Path:
    """A servicer's application of numbered questions in sentences, "YOUR ANSWER" over the right-hand column and a
    rule between the two; the income questions wrap over two or three rows, each "$" on the question mark's row."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 46, "TENNESSEE VALLEY HOME LOAN SERVICING", 13.0, "Helvetica-Bold")
    draw_text(pdf, 40, 60, "Application for Mortgage Assistance  -  answer each question in the right-hand column", 8.5)
    draw_text(pdf, ANSWER_X, 88, "YOUR ANSWER", 8.0, "Helvetica-Bold")
    pdf.setLineWidth(0.5)
    pdf.line(ANSWER_X - 10, letter[1] - 80, ANSWER_X - 10, letter[1] - 560)
    draw_text(pdf, QUESTION_X, 106, "PART 1 - ABOUT YOU AND THE HOME", 9.0, "Helvetica-Bold")
    top = _question(pdf, 122, ["1. What is your loan number?"], ((0, "5530917724"),))
    top = _question(pdf, top, ["2. What is the borrower's full name?"], ((0, "Rosalind T. Achterberg"),))
    top = _question(pdf, top, ["3. What are the last 4 digits of the borrower's Social Security number?"],
                    ((0, "8831"),))
    top = _question(pdf, top, ["4. If someone else is on the loan with you, what is the co-borrower's full",
                               "name? (Leave blank if there is none.)"], ((1, "Renee A. Greer"),))
    top = _question(pdf, top, ["8. What is the street address of the property? (street, city, state and ZIP", "code)"],
                    ((0, "2716 Cedar Bluff Road SE"), (1, "Huntsville, AL 35803")))
    draw_text(pdf, QUESTION_X, top + 8, "PART 3 - MONTHLY INCOME OF THE HOUSEHOLD", 9.0, "Helvetica-Bold")
    top += 24
    _dollar(pdf, top, 2, "9,750.00")
    top = _question(pdf, top, ["22. How much do you receive each month in gross wages, salary, overtime,",
                               "tips and bonuses (include military base pay, BAH, BAS and special", "pays)?"])
    _dollar(pdf, top, 1)
    top = _question(pdf, top, ["23. How much do you receive each month, before expenses, in",
                               "self-employment income?"])
    _dollar(pdf, top, 0, "300.00")
    top = _question(pdf, top, ["24. How much do you receive each month in unemployment benefits?"])
    _dollar(pdf, top, 1, "1,520.00")
    top = _question(pdf, top, ["27. How much do you receive each month in rental income, after expenses",
                               "other than the mortgage?"])
    _dollar(pdf, top, 0, "11,570.00")
    _question(pdf, top, ["28. What is the total monthly household income?"])
    pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def question_form(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _question_form(tmp_path_factory.mktemp("questions") / "tvhls application.pdf")
    return one_document_fields(reader, path, RECEIVED, APPLICATION)


def test_amounts_after_the_question_mark_of_a_wrapped_question(question_form: dict[str, Field]) -> None:
    """"pays)?  $ 9,750.00" and "other than the mortgage?  $ 1,520.00" answer the questions they end; the blank
    "$" of the self-employment question answers nothing; the lines make the total, none for review."""
    assert values_of(question_form, "income.wages", "income.rental", "income.self_employment", "income.total") == {
        "income.wages": Decimal("9750.00"), "income.rental": Decimal("1520.00"),
        "income.self_employment": "<absent>", "income.total": Decimal("11570.00")}
    assert question_form["income.total"].confidence >= REVIEW


def test_a_one_row_income_question_answered_on_its_row(question_form: dict[str, Field]) -> None:
    """Guard: "24. ... unemployment benefits?  $ 300.00" on one row is the unemployment line."""
    assert values_of(question_form, "income.unemployment") == {"income.unemployment": Decimal("300.00")}


def test_a_label_wrapped_onto_the_questions_next_row(question_form: dict[str, Field]) -> None:
    """"... what is the co-borrower's full" / "name? (Leave blank if there is none.)  Renee A. Greer": the label
    runs onto the next row, where the question ends and its answer stands (before, no co-borrower)."""
    assert values_of(question_form, "co_borrower_name") == {"co_borrower_name": "Renee A. Greer"}


def test_an_address_started_on_a_wrapped_notes_row(question_form: dict[str, Field]) -> None:
    """"(street, city, state and ZIP" / "code)" is the question's note, its "ZIP" a caption's word: the answer
    starts at "2716" in the answer column."""
    assert values_of(question_form, "property_address", "borrower_name") == {
        "property_address": "2716 Cedar Bluff Road SE, Huntsville, AL 35803", "borrower_name": "Rosalind T. Achterberg"}


# --- 5. a check's front and back ------------------------------------------------------------------------------------

CHECK_FRAME = (54.0, 102.0, 504.0, 228.0)  # a personal check's outline on the sheet: x, top, width, height


def _check_frame(pdf: canvas.Canvas) -> None:
    x, top, width, height = CHECK_FRAME
    pdf.setLineWidth(1.0)
    pdf.rect(x, letter[1] - top - height, width, height, stroke=1, fill=0)


def _check_front(pdf: canvas.Canvas, number: int, month: str, captioned: bool = True) -> None:
    """A rent check's face: the payer's name and address, its number and date, the payee and the amount in
    figures and in words, the credit union, the memo, the payer's signature and the MICR line."""
    _check_frame(pdf)
    for index, line in enumerate(("Tobias E. Marchand", "4410 Linden Crest Drive", "Bozeman, MT 59715")):
        draw_text(pdf, 70, 126 + 11 * index, line, 9.0, "Helvetica" if index else "Helvetica-Bold")
    draw_text(pdf, 540, 126, str(number), 10.0, "Helvetica-Bold", right=True)
    if captioned:
        draw_text(pdf, 400, 160, "Date", 8.0)
    draw_text(pdf, 430, 158, f"{month}/01/2054", 11.0, "Courier")
    draw_text(pdf, 70, 196, "Pay to the", 7.5)
    draw_text(pdf, 70, 205, "order of", 7.5)
    draw_text(pdf, 112, 203, "Halvard B. Lindqvist", 11.0, "Courier")
    draw_text(pdf, 440, 203, "$", 11.0)
    draw_text(pdf, 452, 203, "1,100.00", 11.0, "Courier")
    draw_text(pdf, 70, 232, "One thousand one hundred and 00/100", 11.0, "Courier")
    draw_text(pdf, 540, 232, "DOLLARS", 8.0, right=True)
    draw_text(pdf, 70, 262, "Gallatin Valley Federal Credit Union", 8.5, "Helvetica-Bold")
    draw_text(pdf, 70, 290, "Memo", 8.0)
    draw_text(pdf, 100, 289, "Rent - March" if month == "03" else "Rent - April", 11.0, "Courier")
    pen_signature(pdf, 360, 288, 150)
    draw_text(pdf, 90, 318, f"A092901683A  7730214451C  {number}", 11.0, "Courier")


def _check_back(pdf: canvas.Canvas) -> None:
    """The check's back: the endorsement lines, the payee's signature and "For deposit only" on them, and the
    band kept for the banks."""
    _check_frame(pdf)
    draw_text(pdf, 70, 124, "ENDORSE HERE", 9.0, "Helvetica-Bold")
    pdf.setLineWidth(0.5)
    for top in (150, 170, 190):
        pdf.line(70, letter[1] - top, 300, letter[1] - top)
    pen_signature(pdf, 80, 148, 140)
    draw_text(pdf, 80, 168, "For deposit only", 11.0, "Courier")
    draw_text(pdf, 80, 188, "Acct 3302118874", 11.0, "Courier")
    draw_text(pdf, 70, 212, "DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE", 7.5, "Helvetica-Bold")
    draw_text(pdf, 70, 222, "RESERVED FOR FINANCIAL INSTITUTION USE", 6.5)


def _checks(path: Path, *sides: tuple[str, int, str], captioned: bool = True) -> Path:
    """One PDF of check images, a page each: ("front", number, month) or ("back", 0, "")."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for side, number, month in sides:
        if side == "front":
            _check_front(pdf, number, month, captioned)
        else:
            _check_back(pdf)
        pdf.showPage()
    pdf.save()
    return path


def test_a_checks_back_after_its_front_is_the_same_check(reader: PageReader, tmp_path: Path) -> None:
    """The endorsement side right after the March check's face is its second page: one rent check."""
    path = _checks(tmp_path / "rent check march.pdf", ("front", 1187, "03"), ("back", 0, ""))
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, [ref.page for ref in d.pages]) for d in documents] == [("rent_check", [1, 2])]


def test_a_checks_only_date_without_its_caption_is_its_date(reader: PageReader, tmp_path: Path) -> None:
    """A check whose "Date" caption went unread (a photo's "pate"), front and back bearing one date only: that
    date is the check's, sure enough to count (before, 0.7: for a person to confirm)."""
    path = _checks(tmp_path / "rent check photo.pdf", ("front", 1187, "03"), ("back", 0, ""), captioned=False)
    (check,) = documents_read(reader, path, RECEIVED)
    assert check.fields["check_date"].value == date(2054, 3, 1)
    assert check.fields["check_date"].confidence >= REVIEW


def test_two_checks_fronts_stay_two_checks(reader: PageReader, tmp_path: Path) -> None:
    """Guard: March's and April's faces in one file are two rent checks, a page each."""
    path = _checks(tmp_path / "rent checks.pdf", ("front", 1187, "03"), ("front", 1193, "04"))
    documents = documents_read(reader, path, RECEIVED)
    assert [(d.type, [ref.page for ref in d.pages]) for d in documents] == [("rent_check", [1]), ("rent_check", [2])]


# --- 6. a payment card company's 1099-K; a Form 1040 -----------------------------------------------------------------

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHLY_GROSS = ("2,811.40", "2,604.15", "3,120.00", "3,002.75", "3,388.10", "3,515.90",
                 "3,244.30", "3,097.85", "3,410.20", "3,278.65", "3,470.00", "3,469.30")


def _form_1099k(path: Path) -> Path:
    """Copy B of a 1099-K as the IRS prints it: the FILER'S name box at the top left over the two TINs and the
    payee's name and address, the form's number and title at the right under the OMB number, the boxes of the
    year's gross and of each month, then the payee's notice and the footer."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setLineWidth(0.5)
    pdf.rect(36, letter[1] - 470, 540, 430, stroke=1, fill=0)
    pdf.line(300, letter[1] - 40, 300, letter[1] - 470)
    draw_text(pdf, 240, 30, "CORRECTED (if checked)", 7.0)
    draw_text(pdf, 40, 50, "FILER'S name, street address, city or town, state or province, country, ZIP", 6.5)
    draw_text(pdf, 40, 58, "or foreign postal code, and telephone no.", 6.5)
    for index, line in enumerate(("Quillpoint Payments, Inc.", "500 Market Commons, Suite 900",
                                  "San Francisco, CA 94105", "(415) 555-0190")):
        draw_text(pdf, 44, 72 + 11 * index, line, 9.0, "Courier")
    draw_text(pdf, 306, 112, "OMB No. 1545-2205", 7.0)
    draw_text(pdf, 306, 124, "Form 1099-K", 10.0, "Helvetica-Bold")
    draw_text(pdf, 306, 136, "(Rev. January 2054)   For calendar year 2053", 7.0)
    for index, line in enumerate(("Payment Card and", "Third Party Network", "Transactions")):
        draw_text(pdf, 460, 112 + 11 * index, line, 9.0, "Helvetica-Bold")
    draw_text(pdf, 40, 142, "Check to indicate if FILER is a (an):   Payment settlement entity (PSE)  X  Electronic "
                            "Payment Facilitator (EPF)/Other third party", 6.5)
    for x, caption, answer in ((40, "FILER'S TIN", "94-3318207"), (170, "PAYEE'S TIN", "XXX-XX-6109")):
        draw_text(pdf, x, 152, caption, 6.5)
        draw_text(pdf, x + 4, 164, answer, 9.0, "Courier")
    for top, caption, answer in ((186, "PAYEE'S name", "Imogen R. Falkenrath"),
                                 (216, "Street address (including apt. no.)", "219 Orchard Hill Road"),
                                 (246, "City or town, state or province, country, and ZIP or foreign postal code",
                                  "Montpelier, VT 05602")):
        draw_text(pdf, 40, top, caption, 6.5)
        draw_text(pdf, 44, top + 12, answer, 9.0, "Courier")
    draw_text(pdf, 306, 152, "1a Gross amount of payment card/third party network transactions", 6.5)
    draw_text(pdf, 310, 164, "$ 38,412.60", 9.0, "Courier")
    draw_text(pdf, 306, 186, "2 Merchant category code   5945", 6.5)
    draw_text(pdf, 306, 206, "3 Number of payment transactions   1,284", 6.5)
    draw_text(pdf, 306, 226, "4 Federal income tax withheld   $ 0.00", 6.5)
    for index, (month, amount) in enumerate(zip(MONTHS, MONTHLY_GROSS, strict=True)):
        column, row = divmod(index, 6)
        draw_text(pdf, 306 + 135 * column, 250 + 20 * row, f"5{chr(97 + index)} {month}", 6.5)
        draw_text(pdf, 340 + 135 * column, 250 + 20 * row, f"$ {amount}", 9.0, "Courier")
    draw_text(pdf, 40, 390, "Copy B For Payee", 9.0, "Helvetica-Bold")
    draw_text(pdf, 40, 402, "This is important tax information and is being furnished to the IRS. If you are "
                            "required to file a return, a negligence", 6.5)
    draw_text(pdf, 40, 410, "penalty or other sanction may be imposed on you if taxable income results from this "
                            "transaction and the IRS determines that it has not been reported.", 6.5)
    draw_text(pdf, 40, 430, "Report this income on Schedule C (Form 1040), Schedule E (Form 1040) or Schedule F "
                            "(Form 1040), as applicable.", 6.5)
    draw_text(pdf, 40, 462, "Form 1099-K (Rev. 1-2054)    (keep for your records)    www.irs.gov/Form1099K    "
                            "Department of the Treasury - Internal Revenue Service", 6.5)
    pdf.showPage()
    pdf.save()
    return path


def _form_1040(path: Path) -> Path:
    """A Form 1040's first page: its title, the filing status, the taxpayer and the income lines to the taxable
    income."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 40, "Form 1040", 14.0, "Helvetica-Bold")
    draw_text(pdf, 120, 36, "Department of the Treasury - Internal Revenue Service", 7.0)
    draw_text(pdf, 120, 48, "U.S. Individual Income Tax Return 2053", 11.0, "Helvetica-Bold")
    draw_text(pdf, 420, 48, "OMB No. 1545-0074", 7.0)
    draw_text(pdf, 40, 70, "Filing Status   X Single   Married filing jointly   Married filing separately   "
                           "Head of household", 7.5)
    draw_text(pdf, 40, 92, "Your first name and middle initial", 6.5)
    draw_text(pdf, 250, 92, "Last name", 6.5)
    draw_text(pdf, 440, 92, "Your social security number", 6.5)
    for x, answer in ((40, "Imogen R."), (250, "Falkenrath"), (440, "XXX-XX-6109")):
        draw_text(pdf, x, 104, answer, 9.0, "Courier")
    draw_text(pdf, 40, 124, "Home address (number and street)", 6.5)
    draw_text(pdf, 40, 136, "219 Orchard Hill Road, Montpelier, VT 05602", 9.0, "Courier")
    lines = [("1a", "Total amount from Form(s) W-2, box 1", "12,480.00"), ("2b", "Taxable interest", "114.00"),
             ("8", "Additional income from Schedule 1, line 10", "21,905.00"), ("9", "Total income", "34,499.00"),
             ("11", "Adjusted gross income", "32,951.00"), ("12", "Standard deduction", "15,650.00"),
             ("15", "Taxable income", "17,301.00")]
    for index, (number, caption, amount) in enumerate(lines):
        draw_text(pdf, 40, 170 + 16 * index, number, 8.0, "Helvetica-Bold")
        draw_text(pdf, 64, 170 + 16 * index, caption, 8.0)
        draw_text(pdf, 570, 170 + 16 * index, amount, 9.0, "Courier", right=True)
    draw_text(pdf, 40, 760, "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate "
                            "instructions.   Form 1040 (2053)", 6.5)
    pdf.showPage()
    pdf.save()
    return path


def test_a_1099k_is_an_information_return_listed_as_other(reader: PageReader, tmp_path: Path) -> None:
    """"FILER'S TIN", "PAYEE'S TIN" and "Third Party Network Transactions" make a payer's information return,
    though its notice names Schedule C of Form 1040 and the Treasury: no tax return."""
    documents = documents_read(reader, _form_1099k(tmp_path / "1099-K 2053.pdf"), RECEIVED)
    assert [d.type for d in documents] == ["other"]


def test_a_form_1040s_first_page_is_still_a_tax_return(reader: PageReader, tmp_path: Path) -> None:
    """Guard: "U.S. Individual Income Tax Return", its filing status and income lines."""
    documents = documents_read(reader, _form_1040(tmp_path / "1040 2053.pdf"), RECEIVED)
    assert [d.type for d in documents] == ["tax_return"]


# --- 7. the armed forces' report of a member's death ----------------------------------------------------------------


def _boxes(pdf: canvas.Canvas, top: float, cells: list[tuple[float, float, str, str]]) -> None:
    """A row of ruled boxes (x, width, caption, answer), each caption small at its top, the answer typed under."""
    for x, width, caption, answer in cells:
        pdf.setLineWidth(0.5)
        pdf.rect(x, letter[1] - top - 26, width, 26, stroke=1, fill=0)
        draw_text(pdf, x + 3, top + 8, caption, 6.0)
        draw_text(pdf, x + 5, top + 21, answer, 9.5, "Courier")


def _casualty_report(path: Path) -> Path:
    """A DD Form 1300: the member, the casualty's status, date, place and cause, the circumstances (taken to a
    hospital, pronounced dead by the attending physician), the next of kin and the certifying official."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 230, 44, "REPORT OF CASUALTY", 13.0, "Helvetica-Bold")
    draw_text(pdf, 40, 60, "PRIVACY ACT STATEMENT: Authority: 10 U.S.C. 1475-1480. Principal purpose: to report the "
                           "casualty status of a member.", 6.5)
    _boxes(pdf, 80, [(40, 300, "1. NAME (Last, First, Middle)", "HOLLOWAY, DESHAWN MARCUS"),
                     (340, 130, "2. SSN (last four)", "XXX-XX-5521"), (470, 102, "3. GRADE", "SSG/E-6")])
    _boxes(pdf, 106, [(40, 200, "4. BRANCH OF SERVICE", "US ARMY"),
                      (240, 230, "5. UNIT OF ASSIGNMENT", "2ND BN, 87TH INF REGT"),
                      (470, 102, "6. CASUALTY STATUS", "DECEASED")])
    _boxes(pdf, 132, [(40, 200, "7. DATE OF CASUALTY", "14 JAN 2054"),
                      (240, 332, "8. PLACE OF CASUALTY", "FORT DRUM, NEW YORK, USA")])
    _boxes(pdf, 158, [(40, 532, "9. CAUSE OF CASUALTY", "ACCIDENT - VEHICLE (NON-HOSTILE)")])
    draw_text(pdf, 43, 196, "10. CIRCUMSTANCES", 6.0)
    for index, line in enumerate(("The member was the driver of a government vehicle that left the roadway during a",
                                  "winter storm while returning from a training area. He was taken by medical "
                                  "personnel to",
                                  "Carthage Area Hospital, where the attending physician pronounced him dead at 2140",
                                  "hours on 14 January 2054.")):
        draw_text(pdf, 45, 210 + 12 * index, line, 9.5, "Courier")
    _boxes(pdf, 260, [(40, 300, "11. PRIMARY NEXT OF KIN (Name and relationship)", "LATRICE A. HOLLOWAY, SPOUSE"),
                      (340, 232, "12. DATE NEXT OF KIN NOTIFIED", "15 JAN 2054")])
    draw_text(pdf, 40, 310, "13. CERTIFICATION", 7.0, "Helvetica-Bold")
    draw_text(pdf, 40, 324, "I certify that the above is a true report of the death of the member named above, "
                            "from the records of this command.", 8.0)
    _boxes(pdf, 336, [(40, 300, "a. NAME AND TITLE OF CERTIFYING OFFICIAL", "MAJ R. T. OKAFOR, CASUALTY OFFICER"),
                      (340, 232, "b. DATE SIGNED", "16 JAN 2054")])
    draw_text(pdf, 40, 760, "DD FORM 1300, FEB 2053", 7.0, "Helvetica-Bold")
    pdf.showPage()
    pdf.save()
    return path


def test_a_report_of_casualty_is_a_death_certificate(reader: PageReader, tmp_path: Path) -> None:
    """The report certifies a service member's death, accepted as its proof: not a physician's statement,
    though a hospital and the attending physician are named in its circumstances."""
    documents = documents_read(reader, _casualty_report(tmp_path / "dd1300.pdf"), RECEIVED)
    assert [d.type for d in documents] == ["death_certificate"]


# --- 8. a special power of attorney ---------------------------------------------------------------------------------


def _power_of_attorney(path: Path) -> Path:
    """A service member's special power of attorney to his spouse for the mortgage's loss mitigation, signed
    and acknowledged before a notary."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 210, 72, "SPECIAL POWER OF ATTORNEY", 14.0, "Times-Bold")
    body = ["KNOW ALL PERSONS BY THESE PRESENTS, that I, Corwin J. Abernathy-Lisle, of 1508 Magnolia Bend,",
            "Killeen, Texas 76542, presently serving on active duty with the United States Army, do hereby",
            "appoint my spouse, Selene M. Abernathy-Lisle, of the same address, as my true and lawful",
            "attorney-in-fact, for me and in my name, to do the following acts:", "",
            "To act for me with Lakeshore Mortgage Servicing, loan number 4471902238, in all matters of loss",
            "mitigation on the mortgage of my home at 1508 Magnolia Bend, Killeen, Texas 76542, including to",
            "request a loan modification or forbearance, to explain any hardship, and to sign and deliver any",
            "document the servicer requires.", "",
            "This power of attorney is effective on the date signed and shall remain in effect until",
            "December 31, 2054, unless revoked earlier in writing.", "",
            "IN WITNESS WHEREOF, I have signed this instrument on February 9, 2054.", "", "",
            "______________________________________", "Corwin J. Abernathy-Lisle, Principal"]
    for index, line in enumerate(body):
        draw_text(pdf, 72, 110 + 15 * index, line, 11.0, "Times-Roman")
    draw_text(pdf, 72, 390, "NOTARIAL ACKNOWLEDGMENT", 11.0, "Times-Bold")
    acknowledgment = ["State of Texas", "County of Bell", "",
                      "This instrument was acknowledged before me on February 9, 2054, by Corwin J. Abernathy-Lisle.",
                      "", "", "______________________________________", "Notary Public, State of Texas",
                      "My commission expires: 08/30/2056"]
    for index, line in enumerate(acknowledgment):
        draw_text(pdf, 72, 410 + 15 * index, line, 11.0, "Times-Roman")
    pdf.showPage()
    pdf.save()
    return path


def test_a_special_power_of_attorney_is_listed_as_other(reader: PageReader, tmp_path: Path) -> None:
    """The signer's authority, though it speaks of loss mitigation, a loan modification and a hardship: no
    hardship letter."""
    documents = documents_read(reader, _power_of_attorney(tmp_path / "special poa.pdf"), RECEIVED)
    assert [d.type for d in documents] == ["other"]


# --- 9. answers set low, a column away from their questions ---------------------------------------------------------

LOW_ROW, LOW_TYPE = 14.0, 9.0  # the questions' pitch and type size, in points
LOW_BY = 0.68  # type sizes the name's and SSN's answers sit under their questions' baselines


def _low_answers(path: Path) -> Path:
    """A short form of questions, each answered in a column at the right; the name's and the SSN's answers were
    typed lower than their questions' rows, their middles under the questions' and over the next ones'."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 50, 60, "PINE HOLLOW MORTGAGE COMPANY", 13.0, "Helvetica-Bold")
    draw_text(pdf, 50, 76, "Mortgage Assistance Application", 11.0, "Helvetica-Bold")
    draw_text(pdf, 50, 90, "Type or print your answer beside each question.", 8.5)
    rows = [("What is your loan number?", "8830416752", 0.0),
            ("What is the borrower's full name?", "Terrence L. Baptiste", LOW_BY),
            ("What are the last 4 digits of the borrower's Social Security number?", "4415", LOW_BY),
            ("What is the co-borrower's full name?", "", 0.0),
            ("What is the address of the property?", "61 Wren Hollow Road, Macon, GA 31210", 0.0)]
    for index, (question, answer, low) in enumerate(rows):
        top = 120 + LOW_ROW * index
        draw_text(pdf, 50, top, question, LOW_TYPE)
        if answer:
            draw_text(pdf, 360, top + low * LOW_TYPE, answer, 10.0, "Courier")
    pdf.showPage()
    pdf.save()
    return path


def test_an_answer_set_low_a_column_away_from_its_question(reader: PageReader, tmp_path: Path) -> None:
    """"Terrence L. Baptiste", lower than "What is the borrower's full name?" and still over the SSN question's
    row, is the name asked; "4415" is the SSN's."""
    fields = one_document_fields(reader, _low_answers(tmp_path / "short application.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "ssn_last4", "loan_number") == {
        "borrower_name": "Terrence L. Baptiste", "ssn_last4": "4415", "loan_number": "8830416752"}


# --- 10, 11. a self-employed borrowers' form: its hardship part, its signers' headings -------------------------------

SIGNED = date(2053, 7, 24)  # received two weeks after the form was signed on 07/10/2053
WHAT_HAPPENED = ("Business income fell", "Lost a major customer or contract", "Business closed", "Illness or injury",
                 "Disaster (fire, flood, storm)", "Divorce or separation", "Death in the household",
                 "Higher housing costs", "Moved for work", "Other (describe below)")


def _box(pdf: canvas.Canvas, x: float, top: float, ticked: bool) -> None:
    """A drawn box, an X typed in it when ticked."""
    pdf.setLineWidth(0.6)
    pdf.rect(x, letter[1] - top - 1, 7.5, 7.5, stroke=1, fill=0)
    if ticked:
        draw_text(pdf, x + 0.9, top + 0.3, "X", 9.0, "Courier-Bold")


def _part(pdf: canvas.Canvas, top: float, heading: str) -> None:
    """A part's heading in capitals on a grey band: its number, then its name."""
    pdf.setFillGray(0.85)
    pdf.rect(40, letter[1] - top - 4, 532, 15, stroke=0, fill=1)
    pdf.setFillGray(0)
    draw_text(pdf, 46, top + 7, heading, 10.0, "Helvetica-Bold")


def _captioned(pdf: canvas.Canvas, x: float, top: float, caption: str, answer: str = "") -> None:
    """A small caption in capitals, its answer typed under it."""
    draw_text(pdf, x, top, caption, 7.0, "Helvetica-Bold")
    if answer:
        draw_text(pdf, x, top + 14, answer, 10.0, "Courier")


def _self_employed_form(path: Path) -> Path:
    """Two pages: the borrower, the home, the business and its income, then "6  YOUR HARDSHIP" (what happened in
    two columns of boxes, the start date under its caption beside how long it will last, a description); page 2
    the certification and the signers, each a heading in capitals over a line and its row of captions."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 44, "SUMMIT RIDGE HOME LOANS", 13.0, "Helvetica-Bold")
    draw_text(pdf, 40, 60, "Assistance Application for Self-Employed Borrowers", 12.0, "Helvetica-Bold")
    draw_text(pdf, 572, 44, "Page 1 of 2", 8.0, right=True)
    _part(pdf, 80, "1  ABOUT YOU")
    _captioned(pdf, 40, 106, "BORROWER'S NAME", "Priya N. Castellanos")
    _captioned(pdf, 330, 106, "LAST 4 OF SSN", "3368")
    _captioned(pdf, 450, 106, "LOAN NUMBER", "7201548836")
    _captioned(pdf, 40, 136, "CO-BORROWER'S NAME")
    _part(pdf, 160, "2  THE HOME")
    _captioned(pdf, 40, 186, "PROPERTY ADDRESS", "905 Quarry Run Lane, Boulder, CO 80304")
    _part(pdf, 216, "3  YOUR BUSINESS")
    _captioned(pdf, 40, 242, "BUSINESS NAME", "Castellanos Tile & Stone LLC")
    _captioned(pdf, 330, 242, "TYPE OF BUSINESS", "Tile contractor")
    _part(pdf, 272, "4  MONTHLY INCOME")
    _captioned(pdf, 40, 298, "SELF-EMPLOYMENT INCOME (NET, MONTHLY)", "$ 4,180.00")
    _captioned(pdf, 330, 298, "TOTAL MONTHLY INCOME", "$ 4,180.00")
    _part(pdf, 328, "6  YOUR HARDSHIP")
    draw_text(pdf, 40, 356, "What happened? Check every box that applies.", 9.0)
    for index, words in enumerate(WHAT_HAPPENED):
        column, row = divmod(index, 5)
        x, top = 46 + 270 * column, 374 + 15 * row
        _box(pdf, x, top, words.startswith("Other"))
        draw_text(pdf, x + 12, top + 6, words, 8.5)
    draw_text(pdf, 40, 466, "IT STARTED ON (MM/DD/YYYY)", 7.0, "Helvetica-Bold")
    draw_text(pdf, 260, 472, "It will last:", 8.5)
    x = 310.0
    for words, ticked in (("6 months or less", True), ("more than 6 months", False), ("it is over", False)):
        _box(pdf, x, 466, ticked)
        draw_text(pdf, x + 11, 472, words, 8.5)
        x += 26 + pdf.stringWidth(words, "Helvetica", 8.5)
    draw_text(pdf, 40, 482, "04/14/2053", 10.0, "Courier")
    draw_text(pdf, 40, 508, "Describe what happened:", 7.0, "Helvetica-Bold")
    for index, line in enumerate(("A retaining wall gave way at a job site in April and my crew and I could not work",
                                  "while the county inspected it. My insurer is contesting the claim.")):
        draw_text(pdf, 40, 522 + 13 * index, line, 10.0, "Courier")
    pdf.showPage()
    draw_text(pdf, 572, 44, "Page 2 of 2", 8.0, right=True)
    _part(pdf, 60, "7  SIGN AND DATE")
    for index, line in enumerate(("I certify that all of the information in this application is truthful and that "
                                  "the hardship I", "have described is the reason I cannot make my mortgage payments. "
                                  "I understand that knowingly", "submitting false information may violate federal "
                                  "and state law.")):
        draw_text(pdf, 40, 90 + 12 * index, line, 9.0)
    for heading, top, name in (("BORROWER", 150, "Priya N. Castellanos"), ("CO-BORROWER", 230, "")):
        draw_text(pdf, 40, top, heading, 9.0, "Helvetica-Bold")
        pdf.setLineWidth(0.5)
        pdf.line(40, letter[1] - top - 30, 560, letter[1] - top - 30)
        if name:
            pen_signature(pdf, 60, top + 27, 150)
            draw_text(pdf, 430, top + 26, "07/10/2053", 10.0, "Courier")
        draw_text(pdf, 40, top + 40, "Signature", 7.0)
        draw_text(pdf, 240, top + 40, "Printed name:", 7.0)
        if name:
            draw_text(pdf, 290, top + 40, name, 9.0, "Courier")
        draw_text(pdf, 430, top + 40, "Date (mm/dd/yyyy)", 7.0)
    pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def self_employed(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _self_employed_form(tmp_path_factory.mktemp("self-employed") / "summit ridge application.pdf")
    documents = documents_read(reader, path, SIGNED)
    assert [(d.type, [ref.page for ref in d.pages]) for d in documents] == [(APPLICATION, [1, 2])]
    return documents[0].fields


def test_a_start_date_under_its_caption_in_the_hardship_part(self_employed: dict[str, Field]) -> None:
    """"IT STARTED ON" is a bare caption a job's start could use too; the heading in capitals over its part,
    "6  YOUR HARDSHIP", past the boxes, makes it the hardship's: 04/14/2053, not "It will last:" beside it."""
    assert values_of(self_employed, "hardship_start_date", "borrower_name") == {
        "hardship_start_date": date(2053, 4, 14), "borrower_name": "Priya N. Castellanos"}


def test_a_signers_bare_heading_over_a_signed_line(self_employed: dict[str, Field]) -> None:
    """"BORROWER" alone on its row heads the signature line and its captions: the pen's strokes over
    "Signature" sign it, "07/10/2053" over "Date (mm/dd/yyyy)" dates it; no co-borrower signs or is named."""
    assert values_of(self_employed, "signed", "signed_on", "co_borrower_name") == {
        "signed": True, "signed_on": date(2053, 7, 10), "co_borrower_name": None}


# --- 12. a scanned figure read without its leading digits (real tesseract) -------------------------------------------

SCAN = ScanStyle(dpi=300, skew=0.3, noise=0.0005)


def _scanned_income(path: Path, rental: str) -> Path:
    """A one-page form typed, printed and scanned a little tilted: the borrower, then the monthly income lines
    and their total, the rental line's figure as the scan left it."""
    lines = ["MORTGAGE ASSISTANCE APPLICATION", "Bellweather Loan Servicing", "",
             "Borrower's name: Ignatius P. Ravenscroft", "Loan number: 3907215564",
             "Property address: 48 Saltmarsh Road, Beaufort, SC 29902", "",
             "MONTHLY INCOME", "Self-employment income: $3,400.00", f"Rental income: ${rental}",
             "Total monthly income: $4,550.00"]
    scanned_pdf([lines], SCAN, path)
    return path


def test_a_figure_whose_leading_digits_were_lost_is_the_remainder(reader: PageReader, tmp_path: Path) -> None:
    """"$50.00" is the tail of the 1,150.00 the total leaves after the self-employment line: the rental income,
    every line still for a person to check."""
    fields = one_document_fields(reader, _scanned_income(tmp_path / "scan.pdf", "50.00"), RECEIVED, APPLICATION)
    assert values_of(fields, "income.self_employment", "income.rental", "income.total") == {
        "income.self_employment": Decimal("3400.00"), "income.rental": Decimal("1150.00"),
        "income.total": Decimal("4550.00")}
    assert fields["income.rental"].confidence < REVIEW and fields["income.total"].confidence < REVIEW


def test_a_figure_no_remainders_tail_stays_as_read(reader: PageReader, tmp_path: Path) -> None:
    """Guard: "$75.00" ends no remainder the total leaves: the lines stay as read, all for review."""
    fields = one_document_fields(reader, _scanned_income(tmp_path / "scan.pdf", "75.00"), RECEIVED, APPLICATION)
    assert values_of(fields, "income.self_employment", "income.rental", "income.total") == {
        "income.self_employment": Decimal("3400.00"), "income.rental": Decimal("75.00"),
        "income.total": Decimal("4550.00")}
    assert all(fields[key].confidence < REVIEW for key in ("income.self_employment", "income.rental", "income.total"))
    assert any(key.startswith("review.") and "do not add up" in str(f.value) for key, f in fields.items())


# --- 13. a spreadsheet's quarterly profit and loss statement ---------------------------------------------------------


def _spreadsheet_pl(path: Path) -> Path:
    """A sole proprietor's P&L exported from a spreadsheet: column letters, a row number before every row, the
    quarter named in the heading, the months and the quarter's total in columns, signed and dated under it."""
    rows = [("", "Brightwater Rides - Profit and Loss", ()),
            ("2", "Anselm R. Brightwater, sole proprietor | Q1 2053 (quarter ended 03/31/2053)", ()),
            ("4", "INCOME", ("JAN", "FEB", "MAR", "Q1 TOTAL")),
            ("5", "Curbly fares, surge and promotions", ("2,890.40", "2,655.15", "3,104.80", "8,650.35")),
            ("6", "Rider tips", ("412.00", "366.50", "455.25", "1,233.75")),
            ("8", "Total income", ("3,302.40", "3,021.65", "3,560.05", "9,884.10")),
            ("10", "EXPENSES", ()),
            ("11", "Fuel", ("382.16", "344.90", "401.38", "1,128.44")),
            ("12", "Vehicle repairs and tires", ("64.20", "311.75", "88.40", "464.35")),
            ("17", "Total expenses", ("446.36", "656.65", "489.78", "1,592.79")),
            ("19", "NET PROFIT", ("2,856.04", "2,365.00", "3,070.27", "8,291.31"))]
    inks = [Ink(60, 60, "A"), Ink(150, 60, "B"), Ink(330, 60, "C"), Ink(400, 60, "D"), Ink(470, 60, "E")]
    for index, (number, label, figures) in enumerate(rows):
        top = 80 + 16 * index
        inks.append(Ink(40, top, number, 8))
        inks.append(Ink(60, top, label, 9, "Helvetica-Bold" if label.isupper() else "Helvetica"))
        inks += [Ink(330 + 70 * column + 50, top, figure, 9, align="r") for column, figure in enumerate(figures)]
    inks += [Ink(60, 290, "I certify that the figures above are true and correct to the best of my knowledge."),
             Ink(60, 312, "Signed: Anselm R. Brightwater                 Date: 04/16/2053")]
    return placed_text_pdf(path, [inks])


def test_a_spreadsheets_quarter_and_numbered_net_profit_row(reader: PageReader, tmp_path: Path) -> None:
    """"Q1 2053" is the period January 1 to March 31, 2053, and "19 NET PROFIT ... 8,291.31" the quarter's net
    income, its total column (before, neither: the row's number opens the line, the quarter names no months)."""
    path = _spreadsheet_pl(tmp_path / "Q1 2053 P&L.pdf")
    fields = one_document_fields(reader, path, date(2053, 5, 2), "profit_and_loss_statement")
    assert values_of(fields, "period_start", "period_end", "net_income") == {
        "period_start": date(2053, 1, 1), "period_end": date(2053, 3, 31), "net_income": Decimal("8291.31")}


# --- 14. unit checks of OCR words' confidence and of row captions paired by rows of words ----------------------------


def _ocr_words(*words: tuple[str, float, float, float]) -> tuple[Word, ...]:
    """Words of one OCR'd row: (text, confidence, x0, x1), 0.1 high at the top of the page."""
    return tuple(Word(text, sure, (x0, 0.10, x1, 0.11)) for text, sure, x0, x1 in words)


def test_a_mark_between_an_answers_words_weighs_on_no_choice() -> None:
    """Unit: OCR's "|" for "I" in "Primary residence - | live here" (0.64) does not make the written choice
    doubtful; a name's every character still counts (before, 0.64 either way)."""
    words = _ocr_words(("Primary", 0.96, 0.44, 0.51), ("residence", 0.92, 0.52, 0.60), ("-", 0.91, 0.60, 0.61),
                       ("|", 0.64, 0.62, 0.623), ("live", 0.96, 0.63, 0.66), ("here", 0.96, 0.67, 0.70))
    page = Page(1, " ".join(w.text for w in words), TextMethod.OCR, 0.93, words=words)
    assert read_words(list(words), page) == ("Primary residence - | live here", 0.92)
    assert read_words(list(words), page, identity=True)[1] == 0.64


def test_row_captions_paired_with_their_answers_by_rows_of_words() -> None:
    """Unit: a scan whose text lists the captions' column before the answers' ("Borrower" ... then "Desmond R.
    Okonjo" lines later) pairs them by the rows of words: the borrower and the co-borrower (before, no name)."""
    words = (*_ocr_words(("Borrower", 0.96, 0.10, 0.18), ("Desmond", 0.95, 0.44, 0.52), ("R.", 0.95, 0.53, 0.55),
                         ("Okonjo", 0.95, 0.56, 0.62)),
             *(Word(w.text, w.confidence, (w.box[0], 0.13, w.box[2], 0.14)) for w in _ocr_words(
                 ("Co-borrower", 0.96, 0.10, 0.21), ("Lorraine", 0.95, 0.44, 0.52), ("T.", 0.95, 0.53, 0.55),
                 ("Okonjo", 0.95, 0.56, 0.62))))
    text = "Borrower\nCo-borrower\n\nDesmond R. Okonjo\nLorraine T. Okonjo"
    page = Page(1, text, TextMethod.OCR, 0.93, words=words)
    fields: dict[str, Field] = {}
    names_by_row_caption([page], fields, lambda number: PageRef("scan.pdf", number))
    assert values_of(fields, "borrower_name", "co_borrower_name") == {
        "borrower_name": "Desmond R. Okonjo", "co_borrower_name": "Lorraine T. Okonjo"}


def test_a_phrase_read_across_a_full_stop_ocr_set_mid_sentence() -> None:
    """Unit: "DIC is not. taxable income" (OCR's speck after "not") says "not taxable"; a sentence's end before a
    capital ("... my unemployment. Benefits ...") joins no phrase (before, "not taxable" was not found)."""
    assert has_word("DIC is not. taxable income and is not reported", ["not taxable"])
    assert not has_word("I lost my unemployment. Benefits ran out in May.", ["unemployment benefits"])
