"""Set E's layouts read from born-digital PDFs: a servicer's questionnaire with no "application" in its
title, answers after dot leaders, occupancy asked as Yes/No questions, hardship sentences marked on their
blanks, a signature label printed under its line; a pay stub's figures set
flush right in a header row's cells; the full benefit before a Medicare deduction; a webmail printout's
two matching dates."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Document, Field, Page, TextMethod, Word
from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.table_money import under
from lossmit_docs.reading.text_layer import read_text_layer
from lossmit_docs.reading.values import after_leader, value_after
from pdf_factory import text_pdf
from test_extract_application import overlay, ref, scrawl

RECEIVED = date(2025, 5, 1)


def read(path: Path) -> list[Page]:
    """Pages as the reader settles a born-digital file: its text layer in reading order."""
    with pdfplumber.open(path) as pdf:
        return [Page(number, read_text_layer(page).text, TextMethod.TEXT_LAYER, 1.0, 0, float(page.width),
                     float(page.height)) for number, page in enumerate(pdf.pages, start=1)]


def documents(path: Path) -> list[Document]:
    return read_documents(path.name, "0" * 64, read(path), RECEIVED, PdfInk(path))[0]


def questionnaire(path: Path, *, lives_in: str = "X Yes   No", second_home: str = "Yes   X No",
                  rented: str = "Yes   X No", lost_job: str = "X", signed: bool = True) -> Path:
    """A servicer's numbered questions answered after dot leaders, Yes/No occupancy questions, hardship
    sentences marked at the line start, and "Borrower signature" in small type under its line."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, 730, "HOMEOWNER RELIEF QUESTIONNAIRE")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 712, "Answer each question on the line after the dots.")
    rows = ["1. Loan number . . . . . . . . . . . . . . 0012345678",
            "2. Borrower's name . . . . . . . . . . . Jane Q Smith",
            "6. Co-borrower's name (if any) . . . . . . . . . . . .",
            "8. Street address of the home . . . . . . 12 Elm St",
            "9. City, state and ZIP code . . . . . . . Greeley, CO 80619",
            f"10. Do you live in this home as your main residence? . . . . {lives_in}",
            f"11. Is it a second home or a vacation home? . . . . . . . . {second_home}",
            f"12. Is it rented out to tenants? . . . . . . . . . . . . . . {rented}",
            "13. Why did you fall behind? Mark each that is true.",
            f"{lost_job}   Someone on the loan lost a job and is not working now",
            "     Someone on the loan earns less than before"]
    for index, row in enumerate(rows):
        pdf.drawString(72, 680 - 22 * index, row)
    pdf.drawString(72, 380, "X")
    pdf.line(84, 378, 320, 378)
    pdf.drawString(340, 380, "Date 04/28/2025")
    pdf.setFont("Helvetica", 7)
    pdf.drawString(84, 368, "Borrower signature")
    pdf.save()
    if signed:
        overlay(path, 0, scrawl(100, 384))  # a pen's signature on the line, above its label
    return path


def application(path: Path) -> dict[str, Field]:
    return extract_application(read(path), ref, PdfInk(path))


def value(fields: dict[str, Field], name: str) -> Any:
    found = fields.get(name)
    return None if found is None else found.value


def plain(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def test_questionnaire_title_is_an_application_and_dot_leader_answers_are_read(tmp_path: Path) -> None:
    path = questionnaire(tmp_path / "q.pdf")
    kind = classify_page(read(path)[0])
    assert kind.type == "mortgage_assistance_application"
    assert kind.confidence >= 0.8  # sure enough that no clerk is asked to confirm the type
    fields = application(path)
    assert value(fields, "loan_number") == "0012345678"
    assert value(fields, "borrower_name") == "Jane Q Smith"
    assert plain(value(fields, "property_address")) == plain("12 Elm St, Greeley, CO 80619")
    assert value(fields, "co_borrower_name") is None


def test_occupancy_asked_as_yes_no_questions(tmp_path: Path) -> None:
    lives_in = application(questionnaire(tmp_path / "home.pdf"))
    assert value(lives_in, "occupancy") == "primary_residence"
    rented = application(questionnaire(tmp_path / "rented.pdf", lives_in="Yes   X No", rented="X Yes   No"))
    assert value(rented, "occupancy") == "investment_property"
    unanswered = application(questionnaire(tmp_path / "blank.pdf", lives_in="Yes   No", second_home="Yes   No",
                                           rented="Yes   No"))
    assert value(unanswered, "occupancy") is None


def test_hardship_sentence_marked_at_line_start(tmp_path: Path) -> None:
    marked = application(questionnaire(tmp_path / "marked.pdf"))
    assert value(marked, "hardship_types") == ["unemployment"]  # "earns less than before" is not marked
    unmarked = application(questionnaire(tmp_path / "unmarked.pdf", lost_job=" "))
    assert not value(unmarked, "hardship_types")


def test_signature_date_on_the_line_its_label_is_printed_under(tmp_path: Path) -> None:
    signed = application(questionnaire(tmp_path / "signed.pdf"))
    assert value(signed, "signed") is True
    assert value(signed, "signed_on") == date(2025, 4, 28)
    unsigned = application(questionnaire(tmp_path / "unsigned.pdf", signed=False))
    assert value(unsigned, "signed") is False


def test_pay_stub_figures_flush_right_under_flush_left_header_labels(tmp_path: Path) -> None:
    path = tmp_path / "stub.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(72, 730, "Riverbend Regional Hospital")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 714, "EARNINGS STATEMENT")
    pdf.drawString(72, 690, "Employee Name Desmond Quillen")
    pdf.drawString(340, 690, "Advice Date 04/25/2025")
    pdf.drawString(72, 674, "Period Begin 04/06/2025")
    pdf.drawString(340, 674, "Period End 04/19/2025")
    cells = [("Gross Pay", "3,250.00"), ("Taxes", "512.30"), ("Deductions", "254.16"), ("Net Pay", "2,483.54")]
    for index, (label, figure) in enumerate(cells):
        left = 72 + 120 * index
        pdf.rect(left, 618, 120, 36)
        pdf.drawString(left + 4, 640, label)
        pdf.drawRightString(left + 116, 624, figure)  # clear of its label's x-range
    pdf.save()
    (stub,) = documents(path)
    assert stub.type == "pay_stub"
    assert stub.fields["net_current"].value == Decimal("2483.54")
    assert stub.fields["gross_current"].value == Decimal("3250.00")
    assert stub.fields["employee_name"].value == "Desmond Quillen"


def test_benefit_before_the_medicare_deduction_is_the_monthly_amount(tmp_path: Path) -> None:
    path = tmp_path / "ssa.pdf"
    text_pdf([["SOCIAL SECURITY ADMINISTRATION", "Retirement, Survivors and Disability Insurance",
               "Date: April 10, 2025", "Jane Q Smith", "12 Elm St", "Greeley, CO 80619",
               "We are writing about your Social Security benefits.",
               "The full monthly Social Security benefit before any deductions is $2,251.01.",
               "We deduct $185.00 for medical insurance premiums each month.",
               "The regular monthly Social Security payment is $2,066.00."]], path, font_size=10)
    (letter_doc,) = documents(path)
    assert letter_doc.type == "benefit_award_letter"
    assert letter_doc.fields["monthly_amount"].value == Decimal("2251.01")


def webmail(path: Path, message_date: str) -> Path:
    text_pdf([["4/27/25, 2:19 PM    Inbox - Hardship letter", "Hardship letter",
               "Jane Smith <jane.smith@example.com>", message_date, "To: loss.mitigation@servicer.example",
               "Dear Loss Mitigation Team,", "I fell behind on my house payment when my hours were cut in February.",
               "I am asking for help so I can keep my home. My loan number is 0012345678.",
               "Thank you,", "Jane Smith"]], path, font_size=10)
    return path


def test_webmail_message_date_dates_the_letter_not_its_print_stamp(tmp_path: Path) -> None:
    (agreed,) = documents(webmail(tmp_path / "same.pdf", "Sun, Apr 27, 2025 at 2:19 PM"))
    assert agreed.type == "hardship_letter"
    assert agreed.fields["letter_date"].value == date(2025, 4, 27)
    assert agreed.fields["letter_date"].confidence >= 0.8
    # printed a day after it was sent: the message's own date, not the browser's print stamp over it
    (differing,) = documents(webmail(tmp_path / "differ.pdf", "Sat, Apr 26, 2025 at 2:19 PM"))
    assert differing.fields["letter_date"].value == date(2025, 4, 26)


def test_dot_leader_splits_label_from_answer_but_not_a_masked_number(tmp_path: Path) -> None:
    assert after_leader(" of the home . . . . . 12 Elm St").strip() == "12 Elm St"
    assert after_leader(" of the home ....... 12 Elm St").strip() == "12 Elm St"
    assert after_leader("Account number ...4521") == "Account number ...4521"  # a mask, not a leader
    assert value_after(["8. Street address of the home . . . . 12 Elm St"], ["Street address"]) == ("12 Elm St", 0)
    for number, account in enumerate(("Account number: ...4521", "Account number . . . . . . ...4521")):
        path = tmp_path / f"bank{number}.pdf"
        text_pdf([["First Prairie Bank", "Statement period: May 1, 2025 - May 31, 2025", account,
                   "Beginning balance $1,010.00", "Deposits 2,000.00", "Ending balance $3,010.00"]], path)
        (statement,) = documents(path)
        assert statement.type == "bank_statement"
        assert statement.fields["account_last4"].value == "4521"
        assert statement.fields["account_last4"].confidence >= 0.9  # still masked after its leader


def test_a_web_page_menu_after_the_bank_is_no_part_of_its_name(tmp_path: Path) -> None:
    names = {}
    for number, heading in enumerate(("Lumen Direct Bank Accounts Transfers Bill Pay Statements Log out",
                                      "First Bank of Ohio")):
        path = tmp_path / f"online{number}.pdf"
        text_pdf([[heading, "Everyday Checking ....6504", "Statement for 07/01/2025 to 07/31/2025",
                   "Beginning balance $1,296.36", "Ending balance $2,125.31"]], path)
        (statement,) = documents(path)
        names[number] = statement.fields["bank_name"].value
    assert names == {0: "Lumen Direct Bank", 1: "First Bank of Ohio"}


def test_a_tilted_scans_header_row_gives_each_cell_its_flush_right_figure() -> None:
    """A turned page: the header row's cells are found along its tilt, so the figure set flush right
    under "Net Pay" (clear of the label's own width) is that column's, not the gross."""
    tilt = -0.0086  # rows rise to the right, as on a fax fed a little askew

    def word(text: str, x0: float, x1: float, y: float) -> Word:
        lift = tilt * x0
        return Word(text, 0.96, (x0, y + lift, x1, y + lift + 0.009))

    words = (word("Gross", 0.072, 0.109, 0.514), word("Pay", 0.114, 0.136, 0.514),
             word("Taxes", 0.293, 0.328, 0.514), word("Deductions", 0.514, 0.584, 0.514),
             word("Net", 0.735, 0.754, 0.514), word("Pay", 0.759, 0.781, 0.514),
             word("2,756.20", 0.196, 0.266, 0.534), word("582.92", 0.432, 0.487, 0.534),
             word("34.33", 0.663, 0.707, 0.534), word("2,138.95", 0.858, 0.928, 0.534))
    page = Page(1, "Gross Pay Taxes Deductions Net Pay\n2,756.20 582.92 34.33 2,138.95", TextMethod.OCR, 0.9,
                0, 612.0, 792.0, words=words)
    found = under([page], ["Net pay"], ["ytd", "year to date"])
    assert found is not None and found.current == Decimal("2138.95")


def test_a_co_borrower_written_as_n_a_is_none_surely(tmp_path: Path) -> None:
    """"N/A" typed after the co-borrower's label says there is none; its ink is no unread handwriting (at base
    it was: None at 0.3, so the case was held for a person)."""
    path = tmp_path / "reply.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Courier", 10)
    for y, line in zip(range(740, 740 - 14 * 7, -14), (
            "> === SECTION 1 - YOU AND YOUR HOME ===", "> 1. Loan number: 0841976346",
            "> 2. Your full name: Tobias Lindqvist-Marsh", "> 3. Co-borrower's full name (if any): N/A",
            "> 4. Property address (street, city, state, ZIP): 8619 Sycamore Bend Rd, Rock Hill, SC 29795",
            "> 5. Date the hardship began (MM/DD/YYYY): 07/05/2030", "> Mortgage assistance application"),
            strict=True):
        pdf.drawString(40, y, line)
    pdf.save()
    fields = application(path)
    assert value(fields, "borrower_name") == "Tobias Lindqvist-Marsh"
    assert value(fields, "co_borrower_name") is None and fields["co_borrower_name"].confidence >= 0.8


def test_a_homeowners_statement_answered_in_words_with_its_date_in_pieces(tmp_path: Path) -> None:
    """A servicer's "Homeowner Hardship & Income Statement": answers under their captions, the use of the home
    written after its legend's choices, the hardship's start as Month / Day / Year blanks."""
    path = tmp_path / "statement.pdf"
    text_pdf([[
        "Westbrook Home Loans HOMEOWNER HARDSHIP", "& INCOME STATEMENT", "Form WB-9 Page 1 of 1",
        "LOAN NUMBER NUMBER OF PEOPLE IN YOUR HOUSEHOLD", "0012345678 4",
        "BORROWER - FULL LEGAL NAME BORROWER - LAST 4 OF SSN", "Jane Q. Smith 4321",
        "The property is my Primary home (write PRIMARY HOME, SECOND HOME or RENTAL)",
        "Do you want to keep the property? Yes (YES or NO)",
        "When did it start? Month 06 Day 28 Year 2030 How long will it last? 6 months or more",
    ]], path)
    (application,) = documents(path)
    assert application.type == "mortgage_assistance_application"
    assert application.fields["occupancy"].value == "primary_residence"
    assert application.fields["occupancy"].confidence >= 0.9
    assert application.fields["hardship_start_date"].value == date(2030, 6, 28)
