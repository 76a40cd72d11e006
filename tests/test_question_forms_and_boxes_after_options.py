"""A servicer's form of numbered questions ("Q2. Your full name") answered under them in two columns, its
wordings carrying "your" inside a label's words and the co-borrower's "SSN, last 4 digits" beside the
borrower's; options whose boxes are drawn after their words ("I live here ☒", a dot leader to a box at the
column's end), born-digital and printed and scanned through real tesseract; a typed "X" before an option
that opens with "I am"; "Joint homeowner:" and "Applicant 1 | Applicant 2" people; a pay stub naming its
employee on an unlabelled line; OCR's slivers of a ruled line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Page, PageRef, TextMethod, Word
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk, text_layer_words
from lossmit_docs.reading.ocr import OcrResult, without_slivers
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from lossmit_docs.reading.split import split
from pdf_factory import Ink, placed_text_pdf, printed_and_scanned, text_pdf
from test_extract import text_page

SCAN_DPI = 200
TOP = letter[1]


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _box(pdf: canvas.Canvas, x: float, y: float, ticked: bool) -> None:
    """A drawn check box 9 points square, its bottom-left at (x, y from the page's top), crossed when ticked."""
    pdf.rect(x, TOP - y, 9, 9)
    if ticked:
        pdf.line(x + 1.5, TOP - y + 1.5, x + 7.5, TOP - y + 7.5)
        pdf.line(x + 1.5, TOP - y + 7.5, x + 7.5, TOP - y + 1.5)


def _questions_form(path: Path) -> Path:
    """Numbered questions with the answer typed under each, two questions to a row; the co-borrower's SSN
    answered though no co-borrower's name is; options with their boxes before them, one ticked with a typed
    X inside a drawn box."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(48, TOP - 52, "Mortgage Relief Questionnaire")

    def question(x: float, y: float, number: str, text: str, answer: str = "") -> None:
        pdf.setFont("Helvetica-Bold", 9)
        pdf.drawString(x, TOP - y, number)
        pdf.setFont("Helvetica", 9)
        pdf.drawString(x + 24, TOP - y, text)
        if answer:
            pdf.setFont("Courier", 10)
            pdf.drawString(x + 8, TOP - y - 16, answer)

    question(48, 90, "Q1.", "What is your Larchmont loan number?", "5520917344")
    question(48, 130, "Q2.", "Your full name", "Odessa M. Fairweather")
    question(316, 130, "Q3.", "Last 4 digits of your Social Security number", "6150")
    question(48, 170, "Q4.", "Co-borrower's full name (leave blank if none)")
    question(316, 170, "Q5.", "Co-borrower's SSN, last 4 digits", "8890")
    question(48, 210, "Q6.", "Address of the property this loan is for (street, city, state, ZIP)",
             "77 Quarry Hill Rd, Dunmore, PA 18512")
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(48, TOP - 260, "Q7.")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, TOP - 260, "Which of these describe your situation? Mark all that apply.")
    options = ((56, 280, "I lost my job", False), (316, 280, "I am divorced or legally separated", True),
               (56, 296, "My income went down", False), (316, 296, "Another reason", False))
    for x, y, text, ticked in options:
        _box(pdf, x, y + 1, False)
        if ticked:
            pdf.setFont("Helvetica-Bold", 9)
            pdf.drawString(x + 1.8, TOP - y, "X")
        pdf.setFont("Helvetica", 9)
        pdf.drawString(x + 14, TOP - y, text)
    pdf.save()
    return path


def test_numbered_questions_answered_under_them_in_two_columns(tmp_path: Path) -> None:
    """The answer is under its question, not the next column's question on its row ("Q3. Last 4 digits of
    ..."); "Last 4 digits of your Social Security number" is the borrower's SSN though the label says "of
    Social Security", and the co-borrower's "SSN, last 4 digits" is not; the property's answer starts under
    the question's number, left of its words, and the label's own "this loan is for (street, ...)" is no
    answer. A typed X in the box before "I am divorced" ticks it. Before, the name was the next question's
    words, the SSN the co-borrower's, the address "this" and no hardship was ticked."""
    path = _questions_form(tmp_path / "questions.pdf")
    pages = [Page(1, "", TextMethod.TEXT_LAYER, 1.0, 0, *letter, words=text_layer_words(path, 1))]
    fields = extract_application(pages, ref, PdfInk(path))
    assert fields["loan_number"].value == "5520917344"
    assert fields["borrower_name"].value == "Odessa M. Fairweather"
    assert fields["ssn_last4"].value == "6150"
    assert fields["property_address"].value == "77 Quarry Hill Rd, Dunmore, PA 18512"
    assert fields["hardship_types"].value == ["divorce_or_separation"]
    assert fields["hardship_types"].confidence >= 0.8


def _boxes_after_form(path: Path) -> Path:
    """Occupancy options each followed by its box on one row, and hardships in two columns whose dot
    leaders run to a box at each column's end: the lived-in home and the job transfer ticked."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, TOP - 52, "HOMEOWNER ASSISTANCE REQUEST")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(48, TOP - 80, "Borrower name")
    pdf.drawString(170, TOP - 80, "Cyrus T. Albrecht")
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(48, TOP - 120, "This home is:")
    pdf.setFont("Helvetica", 9)
    x = 130
    for text, ticked in (("I live here", True), ("Second / vacation home", False), ("Rented to others", False)):
        pdf.drawString(x, TOP - 120, text)
        x += pdf.stringWidth(text, "Helvetica", 9) + 5
        _box(pdf, x, 121, ticked)
        x += 34
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(48, TOP - 160, "YOUR HARDSHIP - check every reason that applies")
    pdf.setFont("Helvetica", 9)
    rows = (("Job loss or furlough", "Divorce or legal separation"),
            ("Fewer hours, lower pay or lost overtime", "Death of a borrower or wage earner"),
            ("Storm, fire, flood or other disaster", "Military PCS / job transfer over 50 miles"))
    for index, (left, right) in enumerate(rows):
        y = 180 + 18 * index
        for column, text in ((48, left), (316, right)):
            leader = " ." * int((236 - pdf.stringWidth(text, "Helvetica", 9)) / pdf.stringWidth(" .", "Helvetica", 9))
            pdf.drawString(column, TOP - y, text + leader)
            _box(pdf, column + 244, y + 1, text.startswith("Military"))
    pdf.save()
    return path


def test_boxes_printed_after_their_options_born_digital(tmp_path: Path) -> None:
    """"I live here ☒  Second / vacation home ☐": each option's box is the one after it, not the one before
    (the previous option's). A dot leader runs each hardship to its box at the column's end. Before, the
    home was read as a second home and no hardship was ticked."""
    path = _boxes_after_form(tmp_path / "after.pdf")
    pages = [Page(1, "", TextMethod.TEXT_LAYER, 1.0, 0, *letter, words=text_layer_words(path, 1))]
    fields = extract_application(pages, ref, PdfInk(path))
    assert fields["occupancy"].value == "primary_residence"
    assert fields["hardship_types"].value == ["relocation"]
    assert min(fields["occupancy"].confidence, fields["hardship_types"].confidence) >= 0.8


def test_boxes_printed_after_their_options_scanned(reader: PageReader, tmp_path: Path) -> None:
    """The same form printed and scanned: tesseract reads the boxes as words of their own ("IX]", "[_]") or
    not at all, and drops the dot leaders; the box after each phrase is still found and measured."""
    scan = printed_and_scanned(_boxes_after_form(tmp_path / "born.pdf"), SCAN_DPI, tmp_path / "scan.pdf")
    pages = reader.read(scan)
    assert pages[0].method is TextMethod.OCR
    fields = extract_application(pages, ref, PdfInk(scan, pages))
    assert fields["occupancy"].value == "primary_residence"
    assert fields["hardship_types"].value == ["relocation"]


def test_joint_homeowner_is_the_second_person_and_numbered_applicants_are_columns(tmp_path: Path) -> None:
    """"Joint homeowner:" is no "Homeowner:" label (the borrower's name was read as the joint homeowner's),
    and "Applicant 1 | Applicant 2 (if any)" over a "Full name" row parts the two names."""
    colon = text_pdf([["HOMEOWNER HARDSHIP ASSISTANCE FORM", "Servicing loan number: 6123773546",
                       "Joint homeowner: Lorraine D. Delacroix", "Homeowner (primary): Trent D. Delacroix",
                       "Last four of SSN: 8538"]], tmp_path / "colon.pdf")
    assert colon
    path = tmp_path / "colon.pdf"
    pages = [Page(1, "", TextMethod.TEXT_LAYER, 1.0, 0, *letter, words=text_layer_words(path, 1))]
    fields = extract_application(pages, ref, PdfInk(path))
    assert fields["borrower_name"].value == "Trent D. Delacroix"
    assert fields["co_borrower_name"].value == "Lorraine D. Delacroix"
    numbered = placed_text_pdf(tmp_path / "numbered.pdf", [[
        Ink(48, 50, "HOMEOWNER ASSISTANCE REQUEST", 14, "Helvetica-Bold"),
        Ink(230, 100, "Applicant 1", 9, "Helvetica-Bold"), Ink(430, 98, "Applicant 2 (if any)", 9, "Helvetica-Bold"),
        Ink(48, 122, "Full name"), Ink(230, 120, "Dorian J. Castellanos", 10, "Courier"),
        Ink(430, 119, "Beatriz T. Castellanos", 10, "Courier"),
        Ink(48, 144, "SSN - last four"), Ink(230, 142, "3008", 10, "Courier"), Ink(430, 141, "4821", 10, "Courier")]])
    pages = [Page(1, "", TextMethod.TEXT_LAYER, 1.0, 0, *letter, words=text_layer_words(numbered, 1))]
    fields = extract_application(pages, ref, PdfInk(numbered))
    assert fields["borrower_name"].value == "Dorian J. Castellanos"
    assert fields["co_borrower_name"].value == "Beatriz T. Castellanos"
    assert fields["ssn_last4"].value == "3008"


GROCER = ("Pine Hollow Grocers Associate Earnings Statement\nStore #131 - Clarksville\n"
          "Bethany A. Okafor   Check Date: 02/06/2031\nAssociate ID: 688320   Period Begin: 01/25/2031\n"
          "Department: Deli / Bakery   Period End: 01/31/2031\nPay Frequency: Weekly\n"
          "Earnings Hours Rate This Period Year-to-Date\nRegular 31.50 19.1500 603.23 3,001.77\n"
          "Gross Pay 603.23 3,001.77\nNet Pay 462.91 2,302.91")
MASONRY = ("IRONBRIDGE CONCRETE & MASONRY, INC. PAYROLL CHECK STUB\n4120 River Terminal Rd\n"
           "EMPLOYEE: Hector G. Villanueva   PERIOD FROM: 03/16/2031\nEMP NO: 166   PAY DATE: 03/27/2032\n"
           "CLASS: FINISHER II   PAY FREQ: WEEKLY\nWEEK ENDING: 03/22/2031   CHECK NO: 25059\n"
           "EARNINGS HOURS RATE CURRENT CALENDAR YTD\nREGULAR 30.50 27.75 846.39 11,158.34\n"
           "GROSS PAY 846.39 11,158.34\nNET PAY 606.96")


def test_pay_stub_employee_on_an_unlabelled_line_and_a_weekly_stub_ending_its_week() -> None:
    """A name with a middle initial before the stub's labels on a head line is the employee's; "WEEK
    ENDING" ends the period and "PAY FREQ" says the frequency; a pay date a year off its period (a misread
    year) is for a person to check. Before, the name, the period's end and the frequency were unread and
    the pay date was taken as sure."""
    fields, _ = extract_pay_stub([text_page(GROCER)], ref)
    assert fields["employee_name"].value == "Bethany A. Okafor"
    fields, _ = extract_pay_stub([text_page(MASONRY)], ref)
    assert fields["period_end"].value == date(2031, 3, 22)
    assert fields["frequency"].value == "weekly"
    assert fields["pay_date"].confidence < 0.8


def test_ocr_slivers_of_a_ruled_line_are_dropped() -> None:
    """Words far lower than the page's type that OCR was unsure of, lying on a typed word ("eeaar" on the
    rule under "Cedar"), leave the reading; one standing alone (tesseract boxed a header's "CHECK" low), a
    short word OCR was sure of, or one as tall as the type stays."""
    def word(text: str, x: float, top: float, height: float, sure: float) -> Word:
        return Word(text, sure, (x, top, x + 0.04, top + height))

    words = (word("401", 0.10, 0.40, 0.009, 0.96), word("Cedar", 0.15, 0.40, 0.009, 0.96),
             word("eeaar", 0.152, 0.407, 0.002, 0.57), word("Dr", 0.20, 0.40, 0.008, 0.96),
             word("x", 0.25, 0.40, 0.003, 0.95), word("ok", 0.30, 0.40, 0.009, 0.3),
             word("CHECK", 0.60, 0.30, 0.002, 0.31))
    lines = tuple((1, 1, 1) for _ in words)
    result = without_slivers(OcrResult("", words, 0.9, 0.0, lines))
    assert [w.text for w in result.words] == ["401", "Cedar", "Dr", "x", "ok", "CHECK"]
    assert result.text == "401 Cedar Dr x ok CHECK"


def test_a_passed_over_your_leaves_no_room_for_a_misread_letter_and_a_total_refers_to_questions(
        tmp_path: Path) -> None:
    """"The home is my: X principal residence" is no "The home is at" (the property's label): once "my" is
    passed over, a letter read for two ("X" for "at") no longer counts. "TOTAL monthly income (add Q17
    through Q24)" names questions, not figures: its amount is the one under it. Before, the address was
    the occupancy row's words and the total was held unreadable."""
    path = placed_text_pdf(tmp_path / "home.pdf", [[
        Ink(48, 50, "HOMEOWNER QUESTIONNAIRE", 14, "Helvetica-Bold"),
        Ink(48, 80, "Loan No.", 8), Ink(90, 77, "000405206105", 10),
        Ink(48, 110, "Name of homeowner", 8), Ink(130, 107, "Chloe M. St. John", 10),
        Ink(48, 140, "Address of the mortgaged home", 8), Ink(170, 139, "2486 Ashgrove Pl, Cedar Falls, IA 50647", 10),
        Ink(48, 170, "The home is my:"), Ink(130, 170, "X"), Ink(142, 170, "principal residence"),
        Ink(250, 170, "vacation home"), Ink(340, 170, "rental"),
        Ink(48, 240, "Q17 Wages and salary"), Ink(48, 254, "$ 2,204.54", 10),
        Ink(48, 280, "Q25 TOTAL monthly income (add Q17 through Q24)"), Ink(330, 280, "Send with this form:"),
        Ink(48, 294, "$ 2,204.54", 10)]])
    pages = [Page(1, "", TextMethod.TEXT_LAYER, 1.0, 0, *letter, words=text_layer_words(path, 1))]
    fields = extract_application(pages, ref, PdfInk(path))
    assert fields["property_address"].value == "2486 Ashgrove Pl, Cedar Falls, IA 50647"
    assert fields["income.total"].value == Decimal("2204.54")
    assert fields["income.total"].confidence >= 0.8


def test_boxes_that_lost_their_top_and_bottom_are_read_by_their_sides(tmp_path: Path) -> None:
    """A fax's coarse rows keep a box's two upright sides and lose its thin top and bottom ("[ ]"): the
    options are still read, the crossed one ticked, as sure as a fax can be. Before, no box was found, and
    the one box measured elsewhere decided the group."""
    path = tmp_path / "fax.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, TOP - 52, "MORTGAGE ASSISTANCE APPLICATION")
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(48, TOP - 90, "TYPE OF HARDSHIP (CHECK ALL THAT APPLY)")
    pdf.setFont("Helvetica", 10)
    options = ("Unemployment", "Reduction in income", "Divorce or legal separation", "Death of a borrower",
               "Distant employment transfer/relocation")
    for index, text in enumerate(options):
        y = TOP - 116 - 22 * index
        pdf.setLineWidth(1.2)
        pdf.line(52, y - 2, 52, y + 8)  # the sides only, as the fax left them
        pdf.line(62, y - 2, 62, y + 8)
        if text.startswith("Death"):
            pdf.line(52, y - 2, 62, y + 8)
            pdf.line(52, y + 8, 62, y - 2)
        pdf.drawString(72, y, text)
    pdf.save()
    pages = [Page(1, "", TextMethod.TEXT_LAYER, 1.0, 0, *letter, words=text_layer_words(path, 1))]
    fields = extract_application(pages, ref, PdfInk(path))
    assert fields["hardship_types"].value == ["death"]
    assert 0.8 <= fields["hardship_types"].confidence <= 0.85


FORM_PAGE_1 = ("FERNCLIFF MUTUAL Homeowner Workout Application\nForm FM-220 (rev. 01/2032) Page 1 of 2\n"
               "LOAN NUMBER 3308174526\n1 PEOPLE ON THE LOAN\nAPPLICANT CO-APPLICANT\nFULL NAME FULL NAME\n"
               "Renata M. Osei Daniel K. Osei\n2 THE HOME\nHow is the home used? (mark one)\n"
               "Mark every reason that applies: Lost a job or was laid off")
FORM_PAGE_2 = ("Ferncliff Mutual - Homeowner Workout Application - Loan 3308174526 Form FM-220 Page 2 of 2\n"
               "4 MONTHLY INCOME BEFORE TAXES\nSocial Security, pension, disability - taxable\n"
               "Social Security or disability - not taxable 1,812.40\nUnemployment benefits\n"
               "Your monthly benefit amount is shown on your award letter. Benefits paid each month.\n"
               "Combined monthly income, both applicants $ 5,234.40")


def test_a_forms_second_page_stays_with_its_first_though_its_benefit_lines_read_like_an_award() -> None:
    """"Form FM-220 Page 2 of 2" under "Form FM-220 ... Page 1 of 2", in a file of two pages (where a fax
    machine's stamp would number the same way), is the application's second page, though its income lines
    naming benefits read a little more like a benefit letter. Before, it was taken for an award letter and
    the application lost its income and signatures."""
    from test_split import pages

    parts, _ = split(pages(FORM_PAGE_1, FORM_PAGE_2))
    assert [(part.type, part.pages) for part in parts] == [("mortgage_assistance_application", [1, 2])]
    other_form = FORM_PAGE_2.replace("FM-220", "FM-310")
    assert len(split(pages(FORM_PAGE_1, other_form))[0]) == 2  # another form's page is no continuation


def test_a_city_label_whose_words_run_on_keeps_them_out_of_the_address(tmp_path: Path) -> None:
    """"City, state and ZIP code of the property  Beaufort, SC 29902" in a question table: the label's own
    "of the property" is no part of the city. Before, the address read "... Drive, of the property
    Beaufort, SC 29902"."""
    path = placed_text_pdf(tmp_path / "table.pdf", [[
        Ink(48, 50, "Application for Home Retention Options", 14, "Helvetica-Bold"),
        Ink(48, 90, "1"), Ink(70, 90, "Loan number"), Ink(300, 90, "4410278836", 10),
        Ink(48, 110, "2"), Ink(70, 110, "Name of borrower"), Ink(300, 110, "Anthony V. Russo", 10),
        Ink(48, 130, "6"), Ink(70, 130, "Street address of the property"), Ink(300, 130, "37 Palmetto Bluff Drive", 10),
        Ink(48, 150, "7"), Ink(70, 150, "City, state and ZIP code of the property"),
        Ink(300, 150, "Beaufort, SC 29902", 10)]])
    pages = [Page(1, "", TextMethod.TEXT_LAYER, 1.0, 0, *letter, words=text_layer_words(path, 1))]
    fields = extract_application(pages, ref, PdfInk(path))
    assert fields["property_address"].value == "37 Palmetto Bluff Drive, Beaufort, SC 29902"


def test_a_box_before_the_next_columns_words_is_theirs_not_the_option_before_it(tmp_path: Path) -> None:
    """Hardships with round radio buttons before them (no box to measure), and in the next column on the
    same rows a documents list whose boxes stand before its words, "Pay stubs" and "Bank statements"
    ticked: those boxes are the documents', never the hardships' after them. Before the after-box reading
    kept its distance from the next words, both hardships on those rows were read ticked, sure."""
    path = tmp_path / "radio.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, TOP - 52, "MORTGAGE ASSISTANCE APPLICATION")
    pdf.setFont("Helvetica", 10)
    rows = (("Unemployment", "Pay stubs", True), ("Reduction in income", "Bank statements", True),
            ("Divorce or legal separation", "Tax return", False))
    for index, (hardship, document, ticked) in enumerate(rows):
        y = TOP - 100 - 22 * index
        pdf.circle(56, y + 3.5, 4.5)
        pdf.drawString(66, y, hardship)
        _box(pdf, 300, TOP - y + 1, ticked)
        pdf.drawString(314, y, document)
    pdf.save()
    pages = [Page(1, "", TextMethod.TEXT_LAYER, 1.0, 0, *letter, words=text_layer_words(path, 1))]
    fields = extract_application(pages, ref, PdfInk(path))
    found = fields.get("hardship_types")
    assert found is None or not found.value or found.confidence < 0.8


def test_an_instruction_worded_like_a_question_yields_to_the_printed_label(tmp_path: Path) -> None:
    """"Please write the last 4 digits of your SSN on every page" above "Social Security Number: 4821": a
    label's words with a question's "your" among them are looked for only where no label is printed as
    listed. A hardship written after its question is read even when the answer says "check stubs"; a
    typed "[X]" glued to its option marks that option only."""
    path = placed_text_pdf(tmp_path / "form.pdf", [[
        Ink(48, 50, "MORTGAGE ASSISTANCE APPLICATION", 14, "Helvetica-Bold"),
        Ink(48, 80, "Please write the last 4 digits of your SSN on every page you send."),
        Ink(48, 110, "Borrower name:"), Ink(160, 110, "Mark T. Ellison"),
        Ink(48, 130, "Social Security Number:"), Ink(200, 130, "4821"),
        Ink(48, 160, "What caused your hardship?"), Ink(200, 160, "Lost a job in March, check stubs attached")]])
    pages = [Page(1, "", TextMethod.TEXT_LAYER, 1.0, 0, *letter, words=text_layer_words(path, 1))]
    fields = extract_application(pages, ref, PdfInk(path))
    assert fields["ssn_last4"].value == "4821"
    assert fields["hardship_types"].value == ["unemployment"]
    glued = Page(1, "MORTGAGE ASSISTANCE APPLICATION\n[X]Reduction in income or hours Separation of unmarried "
                 "co-borrowers\n[ ]Unemployment\n[ ]Death of a borrower", TextMethod.TEXT_LAYER, 1.0, 0, *letter)
    assert extract_application([glued], ref)["hardship_types"].value == ["reduction_in_income"]
