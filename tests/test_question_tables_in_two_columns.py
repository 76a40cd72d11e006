"""Two lenders' forms in layouts an earlier rule misread.

A savings bank's application set in two columns: in the left column each fill-in label stands over its answer
line ("Borrower's full name" over "Dale R. Kowalczyk"), and each income line's label stands over a "$" at the
line's left with the amount set flush right; the right column is made of question tables, each headed by
small "YES" and "NO" column headings at the column's right edge, a small box under each on every question's
row and an "X" typed in one of them. The right column's headings and questions stand level with the left
column's labels and answers, so a rule that looks on the row under a label, or right of it, met the next
column's "YES  NO" or its question first; and the left column has a YES / NO table of its own (occupancy),
so each question must be read under its own column's headings.

A tribal housing lender's form of numbered questions asked as whole sentences, each answered on the line
below: a question's note in parentheses ("(Leave blank if there is no co-borrower.)") is no answer; an
income question wraps onto a second line before its answer; the total's question names other questions'
numbers ("add the answers to questions 15 through 22"); the home's use is marked "[X]" among typed
brackets; and each signer's heading ("24. Borrower: sign and date on the lines below.") stands over a pair of
rules captioned under them, "Signature" and "Date (month/day/year)".

All pages are born digital (reportlab), read by the real PageReader; no behaviour here needs a scan.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import PageRef
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import pen_signature

TOP = letter[1]
INK_BLUE = (0.08, 0.12, 0.45)
NAVY = (0.1, 0.2, 0.42)
LEFT, LEFT_END = 50.0, 290.0  # the savings bank's left column
RIGHT, RIGHT_END = 316.0, 560.0  # ... and its right column
LEFT_YES, LEFT_NO = 250.0, 275.0  # where the left column's YES / NO headings start
RIGHT_YES, RIGHT_NO = 530.0, 555.0  # ... and the right column's


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _text(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = 7.5, font: str = "Helvetica") -> None:
    """A string whose baseline stands `y` points under the page's top."""
    pdf.setFont(font, size)
    pdf.drawString(x, TOP - y, text)


def _rule(pdf: canvas.Canvas, x0: float, x1: float, y: float, width: float = 0.5) -> None:
    pdf.setLineWidth(width)
    pdf.line(x0, TOP - y, x1, TOP - y)


# --- a savings bank's application in two columns ---------------------------------------------------------


def _bank_letterhead(pdf: canvas.Canvas, page: int) -> None:
    pdf.setFillColorRGB(*NAVY)
    pdf.rect(40, TOP - 62, 532, 30, stroke=0, fill=1)
    pdf.setFillGray(1)
    _text(pdf, 50, 52, "HARBORVIEW SAVINGS BANK", 14, "Helvetica-Bold")
    pdf.setFont("Helvetica", 7.5)
    pdf.drawRightString(562, TOP - 45, "Mortgage Assistance Application")
    pdf.drawRightString(562, TOP - 56, f"Form HSB-410 (03/2036)   Page {page} of 2")
    pdf.setFillGray(0)
    _text(pdf, 40, 74, "Loss Mitigation Department  -  88 Wharf Street, New Bedford, MA 02740  -  "
                       "Fax (508) 555-0172  -  Member FDIC  -  Equal Housing Lender", 7)


def _section(pdf: canvas.Canvas, x0: float, x1: float, y: float, title: str) -> None:
    """A thin navy bar with the section's title in white."""
    pdf.setFillColorRGB(*NAVY)
    pdf.rect(x0 - 4, TOP - y - 4, x1 - x0 + 8, 13, stroke=0, fill=1)
    pdf.setFillGray(1)
    _text(pdf, x0, y, title, 8, "Helvetica-Bold")
    pdf.setFillGray(0)


def _over(pdf: canvas.Canvas, y: float, label: str, answer: str, size: float = 10) -> None:
    """A left-column label over its answer typed about 18 points lower, on a rule across the column."""
    _text(pdf, LEFT, y, label, 7.5)
    if answer:
        _text(pdf, LEFT + 2, y + 18, answer, size, "Courier")
    _rule(pdf, LEFT, LEFT_END, y + 21)


def _headings(pdf: canvas.Canvas, y: float, yes: float, no: float) -> None:
    """A question table's small "YES" and "NO" column headings."""
    _text(pdf, yes, y, "YES", 6.5, "Helvetica-Bold")
    _text(pdf, no, y, "NO", 6.5, "Helvetica-Bold")


def _asked(pdf: canvas.Canvas, x: float, y: float, question: str, answer: bool, yes: float, no: float,
           size: float = 7.5) -> None:
    """A question with a small box under each of its table's YES and NO headings on the question's row, an
    "X" typed in one of them."""
    _text(pdf, x, y, question, size)
    pdf.setLineWidth(0.6)
    for left in (yes, no):
        pdf.rect(left + 1.5, TOP - y - 1.5, 9, 9)
    _text(pdf, (yes if answer else no) + 3, y, "X", 9, "Courier-Bold")


HARDSHIPS = (("Did a borrower lose a job?", True),
             ("Was a borrower's pay, hours or overtime reduced?", False),
             ("Did your taxes, insurance or HOA dues go up?", False),
             ("Was the home or workplace hit by a disaster?", False),
             ("Is a borrower or dependent seriously ill or disabled?", True),
             ("Did you divorce or legally separate?", False),
             ("Did co-owners who are not married separate?", False),
             ("Did a borrower or wage earner die?", False),
             ("Were you transferred or relocated far away for work?", False),
             ("Is there another reason?", False))

OCCUPANCY = (("Do you live in the property as your primary residence?", True),
             ("Is the property a second or vacation home?", False),
             ("Is the property rented to tenants or held as an investment?", False))


def _bank_application(path: Path) -> Path:
    """The bank's two pages. Page 1: left, "Section 1 - Borrowers and property" (labels over answers) and
    "Section 2 - Occupancy" (a YES / NO table at x 250 / 275); right, "Section 3 - Hardship", a duration
    table whose "YES  NO" headings stand level with "Borrower's full name" and whose question stands in the
    gap between that label and the name, then a table of ten hardship questions. Page 2: left, "Section 4 -
    Monthly household income" (label over "$ ... amount"); right, "Section 5 - Other questions", its "YES
    NO" level with the first income label and a two-line question whose second line is level with the
    wages' "$ 6,425.00"; then the signatures."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _bank_letterhead(pdf, 1)
    _text(pdf, 40, 92, "Complete every section. Type or print in ink. Mark each question's answer with an X "
                       "under YES or NO.", 7.5)
    _text(pdf, 400, 92, "Loan number:", 7.5, "Helvetica-Bold")
    _text(pdf, 452, 92, "0047719305", 10, "Courier")
    _section(pdf, LEFT, LEFT_END, 112, "SECTION 1 - BORROWERS AND PROPERTY")
    _section(pdf, RIGHT, RIGHT_END, 112, "SECTION 3 - HARDSHIP")
    # the duration table: its headings on the name label's row, its question in the label's gap
    _over(pdf, 132, "Borrower's full name", "Dale R. Kowalczyk")
    _headings(pdf, 132, RIGHT_YES, RIGHT_NO)
    _asked(pdf, RIGHT, 141, "Do you expect the hardship to last six months or less?", True, RIGHT_YES, RIGHT_NO)
    _asked(pdf, RIGHT, 155, "Has the hardship already ended?", False, RIGHT_YES, RIGHT_NO)
    _over(pdf, 168, "Co-borrower's full name", "Irena M. Kowalczyk")
    _over(pdf, 204, "Property address (street, city, state, ZIP code)", "1408 Acushnet Ave, New Bedford, MA 02746", 9)
    _over(pdf, 240, "Best phone number", "(508) 555-0193")
    _over(pdf, 276, "Email address", "dkowalczyk@example.net")
    # the right column's hardship table
    _text(pdf, RIGHT, 178, "What made it hard to pay? Answer each question.", 8, "Helvetica-Bold")
    _headings(pdf, 190, RIGHT_YES, RIGHT_NO)
    for row, (question, yes) in enumerate(HARDSHIPS):
        _asked(pdf, RIGHT, 200 + 14 * row, question, yes, RIGHT_YES, RIGHT_NO)
    _text(pdf, RIGHT, 358, "Date the hardship began (mm/dd/yyyy)", 7.5)
    _text(pdf, RIGHT + 2, 376, "03/02/2036", 10, "Courier")
    _rule(pdf, RIGHT, RIGHT_END, 379)
    # the left column's own occupancy table
    _section(pdf, LEFT, LEFT_END, 318, "SECTION 2 - OCCUPANCY")
    _headings(pdf, 336, LEFT_YES, LEFT_NO)
    for row, (question, yes) in enumerate(OCCUPANCY):
        _asked(pdf, LEFT, 350 + 14 * row, question, yes, LEFT_YES, LEFT_NO, size=6.5)
    _text(pdf, 40, 740, "HSB-410 (03/2036)   Continue on page 2", 6.5)
    pdf.showPage()

    _bank_letterhead(pdf, 2)
    _section(pdf, LEFT, LEFT_END, 100, "SECTION 4 - MONTHLY HOUSEHOLD INCOME")
    _section(pdf, RIGHT, RIGHT_END, 100, "SECTION 5 - OTHER QUESTIONS")
    incomes = (("Gross wages, salary, overtime, tips, bonuses", "6,425.00"),
               ("Taxable Social Security, pension, disability, public assistance", "2,220.40"),
               ("TOTAL MONTHLY HOUSEHOLD INCOME", "8,645.40"))
    for row, (label, amount) in enumerate(incomes):
        y = 122 + 36 * row
        bold = label.isupper()
        _text(pdf, LEFT, y, label, 7 if not bold else 7.5, "Helvetica-Bold" if bold else "Helvetica")
        _text(pdf, LEFT + 2, y + 16, "$", 10, "Courier")
        pdf.setFont("Courier", 10)
        pdf.drawRightString(240, TOP - y - 16, amount)
        _rule(pdf, LEFT, LEFT_END, y + 19)
    _headings(pdf, 122, RIGHT_YES, RIGHT_NO)
    _text(pdf, RIGHT, 129, "Is a borrower on active military duty, or the surviving", 7.5)
    _asked(pdf, RIGHT, 138, "spouse of a service member?", False, RIGHT_YES, RIGHT_NO)
    _asked(pdf, RIGHT, 154, "Is the property listed for sale?", False, RIGHT_YES, RIGHT_NO)
    _asked(pdf, RIGHT, 168, "Have you filed for bankruptcy?", False, RIGHT_YES, RIGHT_NO)
    _section(pdf, LEFT, RIGHT_END, 252, "SECTION 6 - CERTIFICATION AND SIGNATURES")
    _text(pdf, LEFT, 274, "Each of us certifies that the information in this application is true and complete "
                          "and that we are having trouble paying our mortgage.", 7)
    for x, name in ((LEFT, "Dale R. Kowalczyk"), (RIGHT, "Irena M. Kowalczyk")):
        pen_signature(pdf, x + 10, 314, 140)
        _text(pdf, x + 180, 312, "04/11/2036", 10, "Courier")
        _rule(pdf, x, x + 240, 316)
        _text(pdf, x, 325, "Signature", 6.5)
        _text(pdf, x + 180, 325, "Date", 6.5)
        _text(pdf, x, 340, f"Printed name: {name}", 7)
    _text(pdf, 40, 740, "HSB-410 (03/2036)", 6.5)
    pdf.save()
    return path


def test_yes_no_headings_level_with_a_label_are_no_answer(reader: PageReader, tmp_path: Path) -> None:
    """"Borrower's full name" with the right column's "YES  NO" on its row and a question with its "X" level
    with the gap down to "Dale R. Kowalczyk": the name under the label is read (before, "YES NO" or none)."""
    path = _bank_application(tmp_path / "bank.pdf")
    pages = reader.read(path)
    fields = extract_application(pages, ref, PdfInk(path, pages))
    assert fields["borrower_name"].value == "Dale R. Kowalczyk"


def test_each_question_table_read_under_its_own_columns_headings(reader: PageReader, tmp_path: Path) -> None:
    """Ten hardship questions under the right column's YES / NO, an "X" under YES for losing a job and for
    serious illness, and three occupancy questions under the left column's own YES / NO: the hardships
    answered Yes, and the home the primary residence."""
    path = _bank_application(tmp_path / "bank.pdf")
    pages = reader.read(path)
    fields = extract_application(pages, ref, PdfInk(path, pages))
    assert sorted(fields["hardship_types"].value or []) == ["disability_or_illness", "unemployment"]
    assert fields["occupancy"].value == "primary_residence"


def test_income_label_over_its_amount_beside_the_next_columns_question(reader: PageReader, tmp_path: Path) -> None:
    """"Gross wages, salary, overtime, tips, bonuses" over "$ ... 6,425.00", the right column's "YES  NO"
    level with the label and a question's second line level with the amount: the wages read surely, and the
    total (before, wages missing, or taken unsure from page 1's "pay, hours or overtime reduced?")."""
    path = _bank_application(tmp_path / "bank.pdf")
    pages = reader.read(path)
    fields = extract_application(pages, ref, PdfInk(path, pages))
    assert fields["income.wages"].value == Decimal("6425.00")
    assert fields["income.wages"].confidence >= 0.9
    assert fields["income.total"].value == Decimal("8645.40")


# --- a tribal housing lender's form of numbered questions asked as sentences ------------------------------


def _tribal_letterhead(pdf: canvas.Canvas, page: int) -> None:
    pdf.setFillColorRGB(0.45, 0.18, 0.1)
    pdf.rect(40, TOP - 60, 4, 26, stroke=0, fill=1)
    _text(pdf, 52, 46, "Red Earth Tribal Housing Finance Authority", 13, "Helvetica-Bold")
    pdf.setFillGray(0)
    _text(pdf, 52, 58, "Home Loan Servicing  -  PO Box 1128, 402 Agency Road, Anadarko, OK 73005  -  "
                       "(405) 555-0147", 7.5)
    pdf.setFont("Helvetica", 7.5)
    pdf.drawRightString(572, TOP - 46, "SECTION 184 HARDSHIP ASSISTANCE REQUEST")
    pdf.drawRightString(572, TOP - 58, f"Form RETH-184HA (rev. 02/2036)   Page {page} of 2")
    _rule(pdf, 40, 572, 66, 1.2)


def _question(pdf: canvas.Canvas, y: float, number: int, lines: tuple[str, ...], answer: str = "",
              money: bool = False) -> float:
    """A numbered question asked in a sentence, wrapped over `lines`, answered on a ruled line under its last
    line ("$" then the amount for money); where the next question starts."""
    _text(pdf, 52, y, f"{number}.", 8.5, "Helvetica-Bold")
    for row, text in enumerate(lines):
        _text(pdf, 68, y + 11 * row, text, 8.5)
    answer_y = y + 11 * (len(lines) - 1) + 16
    if money:
        _text(pdf, 70, answer_y, "$", 10, "Courier")
        _text(pdf, 82, answer_y, answer, 10, "Courier")
    elif answer:
        _text(pdf, 70, answer_y, answer, 10, "Courier")
    _rule(pdf, 68, 380, answer_y + 3)
    return answer_y + 17


def _signers_lines(pdf: canvas.Canvas, y: float, number: int, heading: str, signs: bool) -> float:
    """A signer's heading, then about 40 points lower a rule with the pen's stroke over its left part and the
    date typed over its right part, captioned "Signature" and "Date (month/day/year)" just under it."""
    _text(pdf, 52, y, f"{number}.", 8.5, "Helvetica-Bold")
    _text(pdf, 68, y, heading, 8.5)
    rule = y + 40
    if signs:
        pen_signature(pdf, 80, rule - 2, 170)
        _text(pdf, 334, rule - 3, "09/14/2036", 10, "Courier")
    _rule(pdf, 68, 300, rule)
    _rule(pdf, 330, 520, rule)
    _text(pdf, 68, rule + 9, "Signature", 7)
    _text(pdf, 330, rule + 9, "Date (month/day/year)", 7)
    return rule + 34


def _tribal_request(path: Path, co_borrower: str = "") -> Path:
    """The authority's two pages, one long column of numbered questions each answered on the ruled line under
    it; question 4 asks the co-borrower's name with a note to leave it blank if none; question 10 is answered
    by an "[X]" among typed brackets; questions 15 to 23 ask each month's income, 15 and 19 over two lines
    and 23 naming questions 15 through 22; questions 24 and 25 each head a pair of lines to sign and date,
    the co-borrower's left empty."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _tribal_letterhead(pdf, 1)
    _text(pdf, 52, 84, "Please answer every question on the line under it. Type or print clearly. Attach the "
                       "documents listed on the checklist.", 7.5)
    y = 106.0
    y = _question(pdf, y, 1, ("What is the loan number shown on your monthly statement?",), "1840273316")
    y = _question(pdf, y, 2, ("What is the borrower's full legal name?",), "Wesley J. Tsatoke")
    y = _question(pdf, y, 3, ("What are the last four digits of the borrower's Social Security number?",), "4471")
    y = _question(pdf, y, 4, ("What is the co-borrower's full legal name? (Leave blank if there is no "
                              "co-borrower.)",), co_borrower)
    y = _question(pdf, y, 5, ("What are the last four digits of the co-borrower's Social Security number?",),
                  "8830" if co_borrower else "")
    y = _question(pdf, y, 6, ("What is the street address of the home?",), "1147 Redbud Lane")
    y = _question(pdf, y, 7, ("In what city or town, state and ZIP code is the home?",), "Anadarko, OK 73005")
    y = _question(pdf, y, 8, ("What is the best telephone number to reach you during the day?",), "(405) 555-0139")
    y = _question(pdf, y, 9, ("When did the hardship begin (month/day/year)?",), "06/02/2036")
    _text(pdf, 52, y, "10.", 8.5, "Helvetica-Bold")
    _text(pdf, 68, y, "How is the home used? Mark one.", 8.5)
    for row, (option, marked) in enumerate((("We live in it as our primary home", True),
                                            ("Second or seasonal home", False),
                                            ("Rented to others / investment", False))):
        _text(pdf, 74, y + 15 + 13 * row, f"[{'X' if marked else ' '}] {option}", 9.5, "Courier")
    y += 15 + 13 * 3 + 6
    y = _question(pdf, y, 11, ("In your own words, what happened that made it hard to pay your mortgage?",),
                  "Road crew work ended for the season; hours cut.")
    y = _question(pdf, y, 12, ("How many people live in the home, counting yourself?",), "4")
    y = _question(pdf, y, 13, ("Do you want to keep the home? Write yes or no.",), "Yes")
    y = _question(pdf, y, 14, ("Has anyone on the loan filed for bankruptcy? Write yes or no.",), "No")
    _text(pdf, 52, 740, "RETH-184HA (rev. 02/2036)   Continue on page 2", 6.5)
    pdf.showPage()

    _tribal_letterhead(pdf, 2)
    _text(pdf, 52, 84, "MONTHLY HOUSEHOLD INCOME - answer each question with the amount the household receives "
                       "each month, before taxes. Write 0.00 if none.", 7.5)
    y = 106.0
    y = _question(pdf, y, 15, ("How much does the household earn each month in gross wages, salary, overtime, "
                               "tips and bonuses (before", "taxes)?"), "2,838.00", money=True)
    for number, source in ((16, "net self-employment income"), (17, "unemployment benefits"),
                           (18, "taxable Social Security, pension or public assistance")):
        y = _question(pdf, y, number, (f"How much {source} does the household receive each month?",), "0.00",
                      money=True)
    y = _question(pdf, y, 19, ("How much non-taxable Social Security, SSI, VA or other disability income does the "
                               "household receive each", "month?"), "1,812.50", money=True)
    for number, source in ((20, "rental income, less expenses other than the mortgage,"),
                           (21, "investment or insurance income"), (22, "child support, alimony or other income")):
        y = _question(pdf, y, number, (f"How much {source} does the household receive each month?",), "0.00",
                      money=True)
    y = _question(pdf, y, 23, ("What is the total monthly household income (add the answers to questions 15 "
                               "through 22)?",), "4,650.50", money=True)
    _text(pdf, 52, y + 4, "CERTIFICATION - I certify that the information in this request is true and complete.",
          7.5, "Helvetica-Bold")
    y += 26
    y = _signers_lines(pdf, y, 24, "Borrower: sign and date on the lines below.", signs=True)
    _signers_lines(pdf, y, 25, "Co-borrower (if any): sign and date on the lines below.", signs=False)
    _text(pdf, 52, 740, "RETH-184HA (rev. 02/2036)", 6.5)
    pdf.save()
    return path


def test_a_questions_note_is_no_answer_and_its_blank_line_no_co_borrower(reader: PageReader, tmp_path: Path) -> None:
    """"4. What is the co-borrower's full legal name? (Leave blank if there is no co-borrower.)" over an empty
    ruled line: no co-borrower, while "2. What is the borrower's full legal name?" over "Wesley J. Tsatoke" is
    the borrower (before, the note in parentheses was read as the co-borrower's name)."""
    path = _tribal_request(tmp_path / "tribal.pdf")
    pages = reader.read(path)
    fields = extract_application(pages, ref, PdfInk(path, pages))
    assert fields["borrower_name"].value == "Wesley J. Tsatoke"
    assert fields["co_borrower_name"].value is None


def test_income_questions_asked_in_sentences_answered_on_the_line_below(reader: PageReader, tmp_path: Path) -> None:
    """"15. How much does the household earn each month in gross wages ... (before" / "taxes)?" / "$ 2,838.00",
    "23. What is the total monthly household income (add the answers to questions 15 through 22)?" /
    "$ 4,650.50", and "10. How is the home used? Mark one." / "[X] We live in it as our primary home": the
    wages, the total and the use are read (before, no wages, a total of 15 taken from "questions 15", and no
    use of the home)."""
    path = _tribal_request(tmp_path / "tribal.pdf")
    pages = reader.read(path)
    fields = extract_application(pages, ref, PdfInk(path, pages))
    read = {key: field.value for key, field in fields.items()}
    assert read.get("income.wages") == Decimal("2838.00")
    assert read.get("income.benefits_nontaxable") == Decimal("1812.50")
    assert read.get("income.total") == Decimal("4650.50")
    assert read.get("occupancy") == "primary_residence"


def test_signers_headings_over_lines_captioned_under_them(reader: PageReader, tmp_path: Path) -> None:
    """"24. Borrower: sign and date on the lines below." over a rule with the pen's stroke on its left and
    "09/14/2036" on its right, "Signature" and "Date (month/day/year)" printed under it; "25. Co-borrower (if
    any): ..." over the same lines left empty, a co-borrower named in question 4: the borrower signed on that
    date, the co-borrower surely did not (before, unsigned and undated, the co-borrower's only a guess)."""
    path = _tribal_request(tmp_path / "tribal.pdf", co_borrower="Loretta M. Tsatoke")
    pages = reader.read(path)
    fields = extract_application(pages, ref, PdfInk(path, pages))
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2036, 9, 14)
    assert fields["co_borrower_signed"].value is False
    assert fields["co_borrower_signed"].confidence >= 0.9
    assert fields["co_borrower_name"].value == "Loretta M. Tsatoke"  # (so a co-borrower's signature is due)
