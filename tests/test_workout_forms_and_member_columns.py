"""Servicers' own application forms in layouts an earlier rule misread: a bank's "Mortgage Workout Request" of
bordered answer cells and a "Reason for default" section, its income page two caption-and-answer pairs to a
row; a credit union's form with a column per member ("PRIMARY MEMBER (BORROWER)" / "JOINT MEMBER
(CO-BORROWER)") and signatures drawn over rules captioned under them, each date typed in a grey box under a
"Date" heading; a housing agency's form numbering every item in the margin ("202 City ... 203 State ... 204
ZIP") with a table of tick boxes and an item number ("303") a box's measure must not take for a tick; a
subservicer's form printing each small caption under its answer line, a section's name in the margin on the
answer's row, its income a grid of "$ ____" lines; and a name typed with a zero for the middle initial's
letter O."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import PageRef
from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.values import clean_name

TOP = letter[1]


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _scribble(pdf: canvas.Canvas, x: float, y: float, loops: int = 5) -> None:
    """A pen's signature in dark blue ink: loops of bezier strokes, then a flourish, starting at (x, y)."""
    pdf.setStrokeColorRGB(0.1, 0.15, 0.5)
    pdf.setLineWidth(1.4)
    for step in range(loops):
        left = x + 20 * step
        pdf.bezier(left, y, left + 7, y + 15, left + 13, y - 5, left + 20, y + 6)
    pdf.line(x, y - 3, x + 20 * loops + 10, y + 1)
    pdf.setStrokeColorRGB(0, 0, 0)
    pdf.setLineWidth(1)


# --- a bank's workout request: bordered cells, a caption cell shaded before each answer -----------------


def _cell(pdf: canvas.Canvas, x: float, top: float, width: float, caption_width: float, caption: str,
          answer: str, right: bool = False) -> None:
    """A bordered cell 22 points high: its caption in small bold type on a shaded part at the left, the
    answer typed in Courier in the white part after it (flush right for an amount), a little lower."""
    y = TOP - top
    pdf.setFillColorRGB(0.87, 0.9, 0.95)
    pdf.rect(x, y - 22, caption_width, 22, stroke=0, fill=1)
    pdf.setFillColorRGB(0, 0, 0)
    pdf.setLineWidth(0.7)
    pdf.rect(x, y - 22, width, 22)
    pdf.line(x + caption_width, y - 22, x + caption_width, y)
    pdf.setFont("Helvetica-Bold", 7)
    pdf.drawString(x + 4, y - 12, caption)
    pdf.setFont("Courier", 9.5)
    if right:
        pdf.drawRightString(x + width - 6, y - 14, answer)
    elif answer:
        pdf.drawString(x + caption_width + 6, y - 14, answer)


def _letterhead(pdf: canvas.Canvas, page: int) -> None:
    pdf.setFillColorRGB(0.2, 0.27, 0.38)
    pdf.rect(0, TOP - 50, letter[0], 50, stroke=0, fill=1)
    pdf.setFillColorRGB(1, 1, 1)
    pdf.setFont("Helvetica-Bold", 17)
    pdf.drawString(48, TOP - 32, "NINEBARK REGIONAL BANK")
    pdf.setFont("Helvetica", 8.5)
    pdf.drawRightString(564, TOP - 24, "Default Servicing Unit")
    pdf.drawRightString(564, TOP - 36, "PO Box 2208, Wichita, KS 67201  -  fax (316) 555-0171")
    pdf.setFillColorRGB(0, 0, 0)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(48, TOP - 76, "Mortgage Workout Request")
    pdf.setFont("Helvetica", 7)
    pdf.drawRightString(564, TOP - 76, f"Form DSU-40 (rev. 03/2037)  -  page {page} of 2")


def _section(pdf: canvas.Canvas, top: float, title: str) -> None:
    pdf.setFont("Helvetica-Bold", 10)
    pdf.setFillColorRGB(0.2, 0.27, 0.38)
    pdf.drawString(48, TOP - top, title)
    pdf.setFillColorRGB(0, 0, 0)
    pdf.setLineWidth(0.5)
    pdf.line(48, TOP - top - 4, 564, TOP - top - 4)


def _box(pdf: canvas.Canvas, x: float, y: float, ticked: bool = False) -> None:
    pdf.setLineWidth(0.8)
    pdf.rect(x, y - 1, 9, 9)
    if ticked:
        pdf.setLineWidth(1.2)
        pdf.line(x + 1.5, y + 3.5, x + 4, y)
        pdf.line(x + 4, y, x + 8.5, y + 9.5)
        pdf.setLineWidth(0.8)


def _workout_request(path: Path) -> Path:
    """The bank's two pages: loan and borrowers, property and "3. Reason for default" of tick boxes on the
    first; on the second the income in two caption-and-answer pairs to a row, then the signature cells."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _letterhead(pdf, 1)
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(48, TOP - 92, "Complete this request to be reviewed for a repayment plan, forbearance, loan "
                                 "modification or other workout.")
    pdf.drawString(48, TOP - 102, "Every borrower on the loan must sign page 2. Missing answers or documents "
                                  "delay the review.")
    _section(pdf, 128, "1. Loan and borrowers")
    for row, ((left, left_answer), (right, right_answer)) in enumerate(
            ((("Loan number", "0071552916"), ("Borrower name", "Theodora M. Quill")),
             (("Borrower SSN (last 4)", "9047"), ("Borrower phone", "(316) 555-0128")),
             (("Co-borrower name", ""), ("Co-borrower SSN (last 4)", "")))):
        _cell(pdf, 48, 140 + 32 * row, 250, 92, left, left_answer)
        _cell(pdf, 310, 140 + 32 * row, 254, 96, right, right_answer)
    _section(pdf, 260, "2. Property")
    _cell(pdf, 48, 272, 516, 92, "Property street address", "318 Larkspur Crossing")
    _cell(pdf, 48, 304, 250, 50, "City", "Derby")
    _cell(pdf, 310, 304, 100, 40, "State", "KS")
    _cell(pdf, 420, 304, 144, 40, "ZIP", "67037")
    _section(pdf, 362, "3. Reason for default")
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(48, TOP - 380, "Check every reason that applies:")
    reasons = (("Loss of employment", "Divorce / legal separation"),
               ("Curtailment of income", "Separation - unmarried co-owners"),
               ("Increased housing costs", "Death of borrower or wage earner"),
               ("Disaster", "Job relocation"), ("Illness / disability", "Other (explain below)"))
    for row, (left, right) in enumerate(reasons):
        y = TOP - 396 - 16 * row
        _box(pdf, 58, y, ticked=left == "Curtailment of income")
        _box(pdf, 310, y)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, y, left)
        pdf.drawString(324, y, right)
    _cell(pdf, 48, 484, 516, 92, "Explanation of other", "")
    _cell(pdf, 48, 516, 250, 118, "Hardship start date (mm/dd/yyyy)", "01/09/2037")
    pdf.setFont("Helvetica", 7)
    pdf.drawString(48, 48, "Ninebark Regional Bank  -  DSU-40  -  continued on page 2")
    pdf.showPage()
    _letterhead(pdf, 2)
    _cell(pdf, 48, 86, 250, 92, "Loan number", "0071552916")
    _section(pdf, 140, "4. Monthly income, all borrowers (before taxes)")
    income = ((("Wages / salary (gross)", "$2,536.80"), ("Self-employment (net)", "")),
              (("Unemployment benefits", ""), ("SS / pension / disability - taxable", "$1,486.00")),
              (("SS / disability - non-taxable", ""), ("Rental income (net)", "")))
    for row, ((left, left_answer), (right, right_answer)) in enumerate(income):
        _cell(pdf, 48, 152 + 32 * row, 250, 150, left, left_answer, right=True)
        _cell(pdf, 310, 152 + 32 * row, 254, 150, right, right_answer, right=True)
    _cell(pdf, 48, 248, 516, 200, "TOTAL MONTHLY GROSS INCOME", "$4,022.80", right=True)
    _section(pdf, 310, "5. Certification and signatures")
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(48, TOP - 326, "By signing, each borrower certifies that all information in this request "
                                  "is true and correct.")
    _cell(pdf, 48, 360, 360, 96, "Borrower signature", "")
    _scribble(pdf, 156, TOP - 378)
    _cell(pdf, 420, 360, 144, 34, "Date", "04/02/2037")
    _cell(pdf, 48, 400, 360, 96, "Co-borrower signature", "")
    _cell(pdf, 420, 400, 144, 34, "Date", "")
    pdf.save()
    return path


def test_a_banks_workout_request_is_an_application(reader: PageReader, tmp_path: Path) -> None:
    """A "Mortgage Workout Request" from a bank's "Default Servicing Unit": loan and borrower cells, a
    "Reason for default" to check, a hardship's start date - an application, on its first page too (before,
    the bank's first page was classified a bank statement)."""
    path = _workout_request(tmp_path / "workout.pdf")
    pages = reader.read(path)
    assert classify_page(pages[0]).type == "mortgage_assistance_application"


def test_two_income_pairs_to_a_row(reader: PageReader, tmp_path: Path) -> None:
    """"Unemployment benefits [blank]   SS / pension / disability - taxable $1,486.00": the amount is the
    taxable benefits' of the pair it ends, the unemployment's cell is blank (before, the amount was taken for
    the unemployment that opens its row)."""
    path = _workout_request(tmp_path / "workout.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["income.wages"].value == Decimal("2536.80")
    assert "income.unemployment" not in fields or fields["income.unemployment"].value is None
    assert fields["income.benefits_taxable"].value == Decimal("1486.00")


# --- a credit union's form: a column per member, signatures over rules captioned under them -------------


def _grey_answer(pdf: canvas.Canvas, x: float, baseline: float, width: float, answer: str) -> None:
    """An answer typed in Courier on a light grey field."""
    pdf.setFillGray(0.9)
    pdf.rect(x, TOP - baseline - 5, width, 16, stroke=0, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Courier", 9)
    pdf.drawString(x + 4, TOP - baseline, answer)


def _member_columns(path: Path) -> Path:
    """A credit union's two pages: section 1's rows of captions with an answer per member under "PRIMARY
    MEMBER (BORROWER)" and "JOINT MEMBER (CO-BORROWER)"; on the second page each member's signature drawn in
    blue over a rule with its caption in small type under the rule, and a "Date" heading to the right over a
    grey box holding the typed date, on the signature's line."""
    pdf = canvas.Canvas(str(path), pagesize=letter)

    def head() -> None:
        pdf.setFont("Helvetica-Bold", 17)
        pdf.drawString(50, TOP - 52, "Bitterroot Canyon")
        pdf.setFont("Helvetica", 10)
        pdf.drawString(200, TOP - 52, "Federal Credit Union")
        pdf.setFont("Helvetica", 7)
        pdf.drawString(50, TOP - 63, "Mortgage Servicing Department - 40 Millrace Street, Hamilton, MT 59840 - "
                                     "(406) 555-0132")
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(50, TOP - 92, "MEMBER MORTGAGE ASSISTANCE APPLICATION")

    head()
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(50, TOP - 158, "1")
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(70, TOP - 152, "Members")
    pdf.drawString(70, TOP - 163, "and loan")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(160, TOP - 152, "Mortgage loan number")
    _grey_answer(pdf, 290, 152, 130, "6120947735")
    pdf.setFont("Helvetica-Bold", 7)
    pdf.drawString(290, TOP - 171, "PRIMARY MEMBER (BORROWER)")
    pdf.drawString(430, TOP - 171, "JOINT MEMBER (CO-BORROWER)")
    rows = (("Full name", "Lucinda P. Halvorsen", "Everett J. Halvorsen"), ("Member number", "318822", "318822"),
            ("SSN (last 4 digits)", "9318", "9726"), ("Home or cell phone", "(406) 555-0177", "(406) 555-0178"))
    for index, (caption, primary, joint) in enumerate(rows):
        baseline = 186 + 20 * index
        pdf.setFont("Helvetica", 8)
        pdf.drawString(160, TOP - baseline, caption)
        _grey_answer(pdf, 290, baseline, 130, primary)
        _grey_answer(pdf, 430, baseline, 132, joint)
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(50, TOP - 290, "2")
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(70, TOP - 284, "Property")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(160, TOP - 284, "Street address")
    _grey_answer(pdf, 290, 284, 272, "2207 Cottonwood Draw")
    pdf.drawString(160, TOP - 304, "City, state, ZIP")
    _grey_answer(pdf, 290, 304, 150, "Corvallis")
    _grey_answer(pdf, 450, 304, 40, "MT")
    _grey_answer(pdf, 500, 304, 62, "59828")
    pdf.showPage()
    head()
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(50, TOP - 140, "5")
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(70, TOP - 134, "Signatures")
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(160, TOP - 134, "Each member signing certifies that the information in this application is "
                                   "true and complete.")
    for index, who in enumerate(("Primary member signature  (Lucinda P. Halvorsen)",
                                 "Joint member signature  (Everett J. Halvorsen)")):
        rule = 200 + 56 * index
        pdf.setLineWidth(0.7)
        pdf.line(160, TOP - rule, 400, TOP - rule)
        _scribble(pdf, 180, TOP - rule + 8, loops=5 + index)
        pdf.setFont("Helvetica", 7)
        pdf.drawString(160, TOP - rule - 9, who)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(420, TOP - rule + 16, "Date")
        pdf.setFillGray(0.9)
        pdf.rect(420, TOP - rule - 2, 110, 15, stroke=0, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Courier", 9.5)
        pdf.drawString(424, TOP - rule + 2, "03/16/2037")
    pdf.save()
    return path


def test_a_column_per_member(reader: PageReader, tmp_path: Path) -> None:
    """"Full name | Lucinda P. Halvorsen | Everett J. Halvorsen" under "PRIMARY MEMBER (BORROWER)   JOINT MEMBER
    (CO-BORROWER)": the borrower is the primary member's column alone, the co-borrower the joint member's, and
    the SSN the primary member's (before, both names ran together and the SSN was the joint member's)."""
    path = _member_columns(tmp_path / "members.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["borrower_name"].value == "Lucinda P. Halvorsen"
    assert fields["co_borrower_name"].value == "Everett J. Halvorsen"
    assert fields["ssn_last4"].value == "9318"


def test_signatures_over_captioned_rules_dated_in_boxes_beside(reader: PageReader, tmp_path: Path) -> None:
    """A pen's stroke over each rule captioned "Primary member signature (...)" under it, the date typed in a
    grey box under a "Date" heading on the signature's line: both members signed, on that date (before,
    unsigned and undated)."""
    path = _member_columns(tmp_path / "members.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2037, 3, 16)
    assert fields["co_borrower_signed"].value is True


# --- a housing agency's form: every item numbered in the margin, a table of tick boxes ------------------


def _item(pdf: canvas.Canvas, top: float, number: str, caption: str, x: float = 40, caption_x: float = 62) -> None:
    """An item's number in bold green in the margin, its caption after it."""
    pdf.setFillColorRGB(0.1, 0.4, 0.25)
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(x, TOP - top - 1, number)
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(caption_x, TOP - top, caption)


def _answer(pdf: canvas.Canvas, x: float, top: float, width: float, text: str) -> None:
    """An answer typed in Courier on a pale green field."""
    pdf.setFillColorRGB(0.89, 0.95, 0.91)
    pdf.rect(x - 4, TOP - top - 4, width, 15, stroke=0, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Courier", 10)
    pdf.drawString(x, TOP - top - 1, text)


HOUSING_HARDSHIPS = (("Job loss - I or a co-borrower lost a job", "Nothing"),
                     ("Income went down - fewer hours, lower pay or lost overtime", "Nothing"),
                     ("Housing costs went up - taxes, insurance, HOA dues", "Nothing"),
                     ("Fire, flood, storm or other disaster", "Nothing"),
                     ("Serious illness or disability in the household", "Your letter, or a note from a provider"),
                     ("Divorce or legal separation", "Final decree or recorded quitclaim deed"),
                     ("Death of a borrower or a household wage earner", "Death certificate or obituary"),
                     ("Moved away for work or military orders", "Transfer letter or PCS orders"),
                     ("Other reason (explain at item 303)", "Your letter explaining the hardship"))


def _numbered_items(path: Path) -> Path:
    """A housing finance agency's first page: each item numbered in the margin (101, 102 ... 303); the
    home's city, state and ZIP on one row as items 202, 203 and 204; a hardship table whose first column
    ("TICK") holds an empty square per reason, the one for a divorce crossed with an X; item 303, where an
    "Other" reason would be explained, left blank."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFillColorRGB(0.1, 0.4, 0.25)
    pdf.rect(0, TOP - 64, letter[0], 64, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(40, TOP - 30, "GRANITE BASIN HOUSING FINANCE AGENCY")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(40, TOP - 44, "Homeownership Servicing Division  -  PO Box 881, Wenatchee, WA 98807")
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(40, TOP - 92, "HOMEOWNER ASSISTANCE APPLICATION")
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(40, TOP - 122, "PART 1   LOAN AND HOUSEHOLD")
    _item(pdf, 142, "101", "Agency loan number")
    _answer(pdf, 236, 142, 150, "5506128843")
    _item(pdf, 164, "102", "Borrower - full legal name")
    _answer(pdf, 236, 164, 200, "Marguerite A. Oyelaran")
    _item(pdf, 164, "103", "SSN, last 4", x=446, caption_x=468)
    _answer(pdf, 524, 164, 48, "9463")
    _item(pdf, 186, "104", "Co-borrower - full legal name")
    _item(pdf, 186, "105", "SSN, last 4", x=446, caption_x=468)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(40, TOP - 222, "PART 2   THE HOME")
    _item(pdf, 242, "201", "Street address of the home")
    _answer(pdf, 236, 242, 336, "733 North Fir Avenue")
    _item(pdf, 264, "202", "City")
    _answer(pdf, 236, 264, 160, "Moses Lake")
    _item(pdf, 264, "203", "State", x=406, caption_x=428)
    _answer(pdf, 456, 264, 30, "WA")
    _item(pdf, 264, "204", "ZIP", x=490, caption_x=512)
    _answer(pdf, 532, 264, 40, "98837")
    _item(pdf, 288, "205", "How is the home used? (tick one)")
    for index, option in enumerate(("Owner-occupied - I / we live here as our main home",
                                    "Second home or vacation home", "Rented to others / investment property")):
        y = TOP - 288 - 14 * index
        _box(pdf, 237, y, ticked=index == 0)
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(252, y, option)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(40, TOP - 350, "PART 3   YOUR HARDSHIP")
    pdf.setFont("Helvetica-Oblique", 7.5)
    pdf.drawRightString(572, TOP - 350, "Tick every reason that applies")
    pdf.setFillColorRGB(0.8, 0.9, 0.84)
    pdf.rect(40, TOP - 376, 532, 15, stroke=0, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 7.5)
    pdf.drawString(44, TOP - 371, "TICK")
    pdf.drawString(72, TOP - 371, "WHAT HAPPENED")
    pdf.drawString(350, TOP - 371, "PAPERS TO SEND WITH THIS FORM")
    pdf.setLineWidth(0.5)
    pdf.line(40, TOP - 361, 572, TOP - 361)
    for index, (reason, papers) in enumerate(HOUSING_HARDSHIPS):
        y = TOP - 390 - 15 * index
        pdf.setLineWidth(0.7)
        pdf.rect(48, y - 2, 10, 10)
        if reason.startswith("Divorce"):
            pdf.setLineWidth(1.2)
            pdf.line(49.5, y - 0.5, 56.5, y + 6.5)
            pdf.line(49.5, y + 6.5, 56.5, y - 0.5)
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(72, y, reason)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(350, y, papers)
        pdf.setLineWidth(0.5)
        pdf.line(40, y - 4.5, 572, y - 4.5)
    pdf.line(344, TOP - 376, 344, TOP - 390 - 15 * len(HOUSING_HARDSHIPS) + 10.5)
    _item(pdf, 548, "301", "Date the hardship began (mm/dd/yyyy)")
    _answer(pdf, 236, 548, 108, "02/14/2037")
    _item(pdf, 572, "302", "How long will it last? (tick one)")
    for x, option in ((237, "6 months or less"), (349, "More than 6 months"), (461, "It is already over")):
        _box(pdf, x, TOP - 572, ticked=option.startswith("More"))
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(x + 16, TOP - 572, option)
    _item(pdf, 596, "303", "If you ticked Other, explain")
    _answer(pdf, 236, 596, 336, "")
    pdf.save()
    return path


def test_item_numbers_between_city_state_and_zip(reader: PageReader, tmp_path: Path) -> None:
    """"202 City Moses Lake  203 State WA  204 ZIP 98837" under "201 Street address of the home": the item
    numbers in the margin of each caption are no part of the address (before, "... Moses Lake 203 WA 204
    98837")."""
    path = _numbered_items(tmp_path / "agency.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["property_address"].value == "733 North Fir Avenue, Moses Lake WA 98837"


def test_an_item_number_is_no_ticked_other_box(reader: PageReader, tmp_path: Path) -> None:
    """The table's boxes, the divorce's crossed, "Other reason (explain at item 303)" left empty, then the
    blank item "303 If you ticked Other, explain": the hardship is the divorce alone (before, "other" was
    added as well, the "303" number's ink measured as a ticked box)."""
    path = _numbered_items(tmp_path / "agency.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["hardship_types"].value == ["divorce_or_separation"]


# --- a subservicer's form: each caption printed under its answer line, section names in the margin -----


def _line_answer(pdf: canvas.Canvas, x: float, right: float, baseline: float, answer: str, caption: str,
                 answer_size: float = 11, caption_size: float = 7) -> None:
    """An answer typed on a rule, its small italic caption printed under the rule."""
    pdf.setFont("Helvetica", answer_size)
    pdf.drawString(x + 2, TOP - baseline, answer)
    pdf.setLineWidth(0.6)
    pdf.line(x, TOP - baseline - 3, right, TOP - baseline - 3)
    pdf.setFont("Helvetica-Oblique", caption_size)
    pdf.drawString(x, TOP - baseline - 11, caption)


def _margin_section(pdf: canvas.Canvas, baseline: float, number: str, name: str) -> None:
    """A section's number in a dark disc at the far left, its name set flush right before the answers,
    a little higher than the first answer's line."""
    pdf.setFillColorRGB(0.2, 0.24, 0.33)
    pdf.circle(52, TOP - baseline + 9, 7, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawCentredString(52, TOP - baseline + 6, number)
    pdf.setFillColorRGB(0.2, 0.24, 0.33)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawRightString(150, TOP - baseline + 6, name)
    pdf.setFillGray(0)


def _captions_under_lines(path: Path) -> Path:
    """A national subservicer's two pages: the loan, the borrower and the home as answers on rules with
    their captions under them, each section's name in the margin on its first answer's row; then, under the
    loan number repeated at the top of page 2 (captioned under it too), the income as a two-column grid of
    "$ ____" lines captioned under, and the total under its own caption."""
    pdf = canvas.Canvas(str(path), pagesize=letter)

    def head(page: int) -> None:
        pdf.setFont("Helvetica-Bold", 22)
        pdf.drawString(40, TOP - 60, "WAYPOINT")
        pdf.setFillColorRGB(0.93, 0.45, 0.1)
        pdf.rect(40, TOP - 68, 118, 4, stroke=0, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Helvetica", 7)
        pdf.drawString(40, TOP - 78, "MORTGAGE SUBSERVICING, LLC")
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawRightString(572, TOP - 54, "MORTGAGE ASSISTANCE APPLICATION")
        pdf.setFont("Helvetica", 7)
        pdf.drawRightString(572, TOP - 65, f"Form WS-7 (02/2037)  Page {page} of 2")

    head(1)
    pdf.setLineWidth(0.4)
    pdf.line(40, TOP - 126, 572, TOP - 126)
    _margin_section(pdf, 146, "1", "Your loan")
    _line_answer(pdf, 165, 300, 146, "3309817264", "Loan number")
    _line_answer(pdf, 330, 460, 146, "(509) 555-0193", "Best phone number")
    pdf.line(40, TOP - 168, 572, TOP - 168)
    _margin_section(pdf, 188, "2", "Borrower")
    _line_answer(pdf, 165, 465, 188, "Priscilla N. Dunmore", "Full name (first, middle, last)")
    _line_answer(pdf, 480, 572, 188, "9184", "Last 4 digits of SSN")
    pdf.line(40, TOP - 210, 572, TOP - 210)
    _margin_section(pdf, 230, "3", "The property")
    _line_answer(pdf, 165, 572, 230, "5120 Heron Bay Drive", "Street address of the mortgaged property")
    _line_answer(pdf, 165, 365, 262, "Pasco", "City")
    _line_answer(pdf, 380, 440, 262, "WA", "State")
    _line_answer(pdf, 455, 572, 262, "99301", "ZIP code")
    pdf.showPage()
    head(2)
    _line_answer(pdf, 440, 572, 100, "3309817264", "Loan number")
    pdf.setLineWidth(0.4)
    pdf.line(40, TOP - 114, 572, TOP - 114)
    _margin_section(pdf, 134, "6", "Monthly income")
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(165, TOP - 128, "Gross monthly amounts before taxes, all borrowers together.")
    grid = ((("4,765.00", "Wages, salary, overtime, tips, bonuses (gross)"),
             ("", "Non-taxable Social Security, SSI or disability")),
            (("", "Self-employment income"), ("", "Rental income, less expenses except mortgage")),
            (("", "Unemployment benefits"), ("", "Investment or insurance income")),
            (("1,688.40", "Taxable Social Security, pension, disability, other public benefits"),
             ("", "Other: alimony, child support, separate maintenance")))
    for row, cells in enumerate(grid):
        baseline = 156 + 38 * row
        for x, (amount, caption) in zip((166, 373), cells, strict=True):
            pdf.setFont("Helvetica", 11)
            pdf.drawString(x, TOP - baseline, "$")
            _line_answer(pdf, x + 9, x + 189, baseline, amount, caption)
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(348, TOP - 316, "Total")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(373, TOP - 316, "$")
    _line_answer(pdf, 382, 562, 316, "6,453.40", "TOTAL monthly gross income")
    pdf.save()
    return path


def test_section_name_in_the_margin_and_captions_under_answers(reader: PageReader, tmp_path: Path) -> None:
    """"2   Borrower   Priscilla N. Dunmore ... 9184" over "Full name (first, middle, last)   Last 4 digits of
    SSN": the section's name in the margin is no part of the answer (before, "Borrower Priscilla N. Dunmore"
    or nothing); the city typed in 11 points over its 7-point "City" caption is the home's (before, the city
    was lost)."""
    path = _captions_under_lines(tmp_path / "subservicer.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["borrower_name"].value == "Priscilla N. Dunmore"
    assert fields["ssn_last4"].value == "9184"
    assert "Pasco" in (fields["property_address"].value or "")


def test_income_grid_of_dollar_lines_captioned_under(reader: PageReader, tmp_path: Path) -> None:
    """"$ 4,765.00" over "Wages, salary, overtime, tips, bonuses (gross)", "$ 1,688.40" over "Taxable Social
    Security, pension, disability, other public benefits": each amount is its caption's (before, none was
    read)."""
    path = _captions_under_lines(tmp_path / "subservicer.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["income.wages"].value == Decimal("4765.00")
    assert fields["income.benefits_taxable"].value == Decimal("1688.40")


def test_a_zero_typed_for_the_letter_o_of_a_middle_initial(reader: PageReader, tmp_path: Path) -> None:
    """"Reginald 0. Ashworth": a zero and a period between two names is the middle initial O, typed with
    the wrong key - not a question's number ending the name (before, the name was cut to "Reginald")."""
    assert clean_name("Reginald 0. Ashworth") == "Reginald O. Ashworth"
    path = tmp_path / "zero.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _letterhead(pdf, 1)
    _section(pdf, 128, "1. Loan and borrowers")
    _cell(pdf, 48, 140, 250, 92, "Loan number", "0059913420")
    _cell(pdf, 310, 140, 254, 96, "Borrower name", "Reginald 0. Ashworth")
    _cell(pdf, 48, 172, 250, 92, "Borrower SSN (last 4)", "9561")
    _cell(pdf, 310, 172, 254, 96, "Borrower phone", "(620) 555-0114")
    pdf.save()
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["borrower_name"].value == "Reginald O. Ashworth"
