"""A servicer portal's "Review your application" printed from a browser, a Workday-like pay slip printed from
its portal, and a statement whose bank's name is split between a logo and the line under it.

Summit Ridge Mortgage's portal shows the application as cards, one a section ("About you", "Co-borrower"
with its "Edit" link at the right of the heading). Inside a card each answer is a small grey caption ABOVE
its value in black, two or three fields across: "Full legal name   Last 4 of SSN" over "Nadia R. Lindqvist
6180". The caption beside a caption is no answer. Answers to questions are printed in words behind a tick
("✓ I live in this home", "✓ No one else is on my loan"), and the signatures as the portal's record of them
("✓ Signed electronically by ... on March 12, 2042 at 8:52 p.m. CT", "○ Awaiting co-borrower signature").

The pay slip's header band has captions of two rows ("Pay Period" over "Begin", "Pay Period" over "End"),
the period's dates under them, and names its frequency only in its "Pay Group"; a slip naming none whose
period is a month's second half (Feb 16 - 28, 13 days) is semimonthly, not two weeks (on a plain stub too).

The statement's logo "Kestrel" shares its line with the page's title "Statement"; "Direct Bank - Member FDIC"
under it only says what kind of bank it is, so the bank is "Kestrel Direct Bank".

Born-digital pages (reportlab) go through the real PageReader and `read_documents` with the text layer's ink.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from conftest import one_document_fields
from lossmit_docs.model import Field
from lossmit_docs.reading.pages import PageReader
from pdf_factory import draw_text, text_pdf

UNICODE_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # has "✓" and "○"
RECEIVED = date(2042, 4, 20)
BORROWER = "Nadia R. Lindqvist"
CO_BORROWER = "Renee A. Whitlow"
LOAN = "3304718265"
ADDRESS = "4127 Larkspur Bend Road, Norman, OK 73072"
GREY = 0.45  # a caption's grey
LEFT, RIGHT = 48.0, 564.0  # a card's inner edges
ACROSS = 108.0  # points between the fields of a caption row (1.5 in)


def _fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVuSans", UNICODE_FONT))


def _caption_row(pdf: canvas.Canvas, y: float, cells: Sequence[tuple[str, str]]) -> float:
    """Captions in grey across the card at `y`, each one's value in black under it; the next row's top."""
    for i, (caption, value) in enumerate(cells):
        pdf.setFillGray(GREY)
        draw_text(pdf, LEFT + ACROSS * i, y, caption, 7.5)
        pdf.setFillGray(0)
        draw_text(pdf, LEFT + ACROSS * i, y + 12, value, 10)
    return y + 30


def _card(pdf: canvas.Canvas, y: float, heading: str) -> float:
    """A card's heading with its "Edit" link at the right of the same row; where its first caption goes."""
    pdf.setStrokeGray(0.8)
    pdf.line(LEFT - 12, letter[1] - y + 16, RIGHT + 12, letter[1] - y + 16)  # the card's top edge
    draw_text(pdf, LEFT, y, heading, 11.5, "Helvetica-Bold")
    pdf.setFillColorRGB(0.1, 0.35, 0.75)
    draw_text(pdf, RIGHT, y, "Edit", 9, right=True)
    pdf.setFillGray(0)
    return y + 20


def _question(pdf: canvas.Canvas, y: float, question: str, answer: str, font: str = "Helvetica") -> float:
    pdf.setFillGray(GREY)
    draw_text(pdf, LEFT, y, question, 7.5)
    pdf.setFillGray(0)
    draw_text(pdf, LEFT, y + 12, answer, 10, font)
    return y + 30


def _review_page(path: Path, co_borrower: bool, use: str) -> Path:
    """Summit Ridge's "Review your application" as the browser prints it: its header and footer lines, then
    the cards; `co_borrower` says whether Renee Whitlow is on the loan, `use` the home's use as answered."""
    _fonts()
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 24, 20, "3/13/42, 9:05 AM", 7)
    draw_text(pdf, 588, 20, "Review your application | Summit Ridge Mortgage", 7, right=True)
    draw_text(pdf, LEFT, 52, "Summit Ridge Mortgage", 13, "Helvetica-Bold")
    draw_text(pdf, LEFT, 74, "Review your application", 16)
    draw_text(pdf, LEFT, 90, "Check your answers, then submit. You can change an answer with Edit.", 8)
    y = _card(pdf, 118, "Your loan")
    y = _caption_row(pdf, y, (("Loan number", LOAN), ("Servicer", "Summit Ridge Mortgage"),
                              ("Application ID", "HHC-42-7Q1K9")))
    y = _caption_row(pdf, y, (("Property address", ADDRESS),))
    y = _card(pdf, y + 8, "About you")
    y = _caption_row(pdf, y, (("Full legal name", BORROWER), ("Last 4 of SSN", "6180")))
    y = _card(pdf, y + 8, "Co-borrower")
    if co_borrower:
        y = _question(pdf, y, "Is anyone else on your loan?", "✓ Someone else is on my loan", "DejaVuSans")
        y = _caption_row(pdf, y, (("Full legal name", CO_BORROWER), ("Last 4 of SSN", "8875"),
                                  ("Email", "renee@example.net")))
    else:
        y = _question(pdf, y, "Is anyone else on your loan?", "✓ No one else is on my loan", "DejaVuSans")
    y = _card(pdf, y + 8, "Your home")
    y = _question(pdf, y, "How do you use this home?", use, "DejaVuSans")
    y = _card(pdf, y + 8, "Your hardship")
    y = _question(pdf, y, "What's making it hard to pay?", "Reduced income")
    y = _question(pdf, y, "When did it start?", "December 1, 2041")
    y = _card(pdf, y + 8, "Monthly income")
    draw_text(pdf, LEFT, y, "Wages & salary " + "." * 60, 10)
    draw_text(pdf, RIGHT, y, "$4,875.00 / mo", 10, right=True)
    draw_text(pdf, LEFT, y + 18, "Total monthly income", 10, "Helvetica-Bold")
    draw_text(pdf, RIGHT, y + 18, "$4,875.00 / mo", 10, "Helvetica-Bold", right=True)
    y = _card(pdf, y + 46, "Sign and submit")
    draw_text(pdf, LEFT, y, f"✓ Signed electronically by {BORROWER} on March 12, 2042 at 8:52 p.m. CT", 9, "DejaVuSans")
    if co_borrower:
        draw_text(pdf, LEFT, y + 16, "○ Awaiting co-borrower signature", 9, "DejaVuSans")
    draw_text(pdf, 24, 776, "https://myloan.summitridgemortgage.example/assistance/review?app=HHC-42-7Q1K9", 7)
    draw_text(pdf, 588, 776, "1/1", 7, right=True)
    pdf.save()
    return path



@pytest.fixture(scope="module")
def with_co_borrower(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _review_page(tmp_path_factory.mktemp("portal") / "Review your application.pdf", True,
                        "✓ I live in this home")
    return one_document_fields(reader, path, RECEIVED, "mortgage_assistance_application")


@pytest.fixture(scope="module")
def alone(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _review_page(tmp_path_factory.mktemp("portal") / "Review your application (1).pdf", False,
                        "✓ I rent this home to tenants")
    return one_document_fields(reader, path, RECEIVED, "mortgage_assistance_application")


def _value(fields: dict[str, Field], name: str) -> object:
    return fields[name].value if name in fields else None


def test_the_name_under_its_caption_not_the_caption_beside_it(with_co_borrower: dict[str, Field]) -> None:
    """"Full legal name   Last 4 of SSN" over "Nadia R. Lindqvist   6180": the name is the black line under its
    caption; the grey caption beside it, in mixed case, is the next cell's, no answer."""
    assert with_co_borrower["borrower_name"].value == BORROWER


def test_the_co_borrowers_name_in_the_card_saying_someone_else_is_on_the_loan(with_co_borrower: dict[str, Field]
                                                                               ) -> None:
    """The "Co-borrower" card asks its question first, then gives the name under "Full legal name" in a row of
    three captions: the name, not the word "Last" of the caption beside it."""
    assert with_co_borrower["co_borrower_name"].value == CO_BORROWER


def test_no_one_else_on_the_loan_says_there_is_no_co_borrower(alone: dict[str, Field]) -> None:
    """"✓ No one else is on my loan" answers the co-borrower's question in words: nobody, and surely so."""
    assert alone["co_borrower_name"].value is None
    assert alone["co_borrower_name"].confidence >= 0.9


def test_how_the_home_is_used_answered_in_words(with_co_borrower: dict[str, Field], alone: dict[str, Field]) -> None:
    """"How do you use this home?" over "✓ I live in this home" or "✓ I rent this home to tenants"."""
    assert _value(with_co_borrower, "occupancy") == "primary_residence"
    assert _value(alone, "occupancy") == "investment_property"


def test_whats_making_it_hard_to_pay_names_the_hardship(with_co_borrower: dict[str, Field]) -> None:
    """"What's making it hard to pay?" over "Reduced income": the hardship is a reduction in income."""
    assert _value(with_co_borrower, "hardship_types") == ["reduction_in_income"]


def test_signed_electronically_signs_and_dates(with_co_borrower: dict[str, Field], alone: dict[str, Field]) -> None:
    """"✓ Signed electronically by Nadia R. Lindqvist on March 12, 2042 at 8:52 p.m. CT": the date spelt out
    with its time of day after it."""
    for fields in (with_co_borrower, alone):
        assert fields["signed"].value is True
        assert fields["signed_on"].value == date(2042, 3, 12)


def test_an_awaited_co_borrower_signature_is_surely_unsigned(with_co_borrower: dict[str, Field]) -> None:
    """"○ Awaiting co-borrower signature" is the portal's own word that Renee has not signed yet."""
    assert with_co_borrower["co_borrower_signed"].value is False
    assert with_co_borrower["co_borrower_signed"].confidence >= 0.9


def test_the_rest_of_the_cards_are_read(with_co_borrower: dict[str, Field]) -> None:
    """A guard (it passes before the change too): the loan number under its caption in a row of three, the
    one-line address, the hardship's start and the income card's dot-leader rows."""
    assert with_co_borrower["loan_number"].value == LOAN
    assert with_co_borrower["property_address"].value == ADDRESS
    assert with_co_borrower["hardship_start_date"].value == date(2041, 12, 1)
    assert with_co_borrower["income.wages"].value == Decimal("4875.00")
    assert with_co_borrower["income.total"].value == Decimal("4875.00")


# --- a pay slip printed from an HR portal -----------------------------------------------------------------

SLIP_COLUMNS = (40.0, 132.0, 214.0, 272.0, 330.0, 388.0, 446.0)  # the header band's cells
SLIP_CAPTIONS = (("Company", "Name"), ("Employee", "Name"), ("Employee", "ID"), ("Pay Period", "Begin"),
                 ("Pay Period", "End"), ("Check Date", ""), ("Check", "Number"))


def _pay_slip(path: Path, begin: str, end: str, check_date: str, pay_group: str | None) -> Path:
    """A Workday-like pay slip printed from the browser: the brand and employer, the buttons, the worker and
    check date, the pay group (when printed), the two-row caption band over its values, then the totals."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFillColorRGB(0.1, 0.4, 0.7)
    draw_text(pdf, 40, 34, "crestline", 13, "Helvetica-Bold")
    pdf.setFillGray(0)
    draw_text(pdf, 112, 34, "Canadian River Foods", 11)
    draw_text(pdf, 40, 62, "Pay Slip", 15, "Helvetica-Bold")
    draw_text(pdf, 40, 80, "Print    Download PDF    View Tax Details", 8)
    draw_text(pdf, 40, 102, f"Marcus D. Whitlow - Check Date {check_date}", 11)
    if pay_group:
        draw_text(pdf, 40, 118, f"Pay Group: {pay_group}", 8.5)
    values = ("Canadian River Foods", "Marcus D. Whitlow", "204518", begin, end, check_date, "0039185")
    for x, (first, second), value in zip(SLIP_COLUMNS, SLIP_CAPTIONS, values, strict=True):
        draw_text(pdf, x, 142, first, 7.5, "Helvetica-Bold")
        if second:
            draw_text(pdf, x, 152, second, 7.5, "Helvetica-Bold")
        draw_text(pdf, x, 168, value, 8)
    totals = ("", "Gross Pay", "Pre Tax Deductions", "Employee Taxes", "Post Tax Deductions", "Net Pay")
    rows = (("Current", "2,184.00", "96.20", "248.63", "31.50", "1,807.67"),
            ("YTD", "17,472.00", "769.60", "1,989.04", "252.00", "14,461.36"))
    draw_text(pdf, 40, 200, "Current and YTD Totals", 10, "Helvetica-Bold")
    for column, (x, caption) in enumerate(zip((40, 150, 230, 320, 400, 500), totals, strict=True)):
        draw_text(pdf, x, 216, caption, 7.5, "Helvetica-Bold")
        for i, row in enumerate(rows):
            draw_text(pdf, x, 230 + 13 * i, row[column], 8)
    draw_text(pdf, 40, 776, "https://wd5.crestline.example/canadianriver/d/pay-slip.htmld", 7)
    draw_text(pdf, 572, 776, "1/1", 7, right=True)
    pdf.save()
    return path


@pytest.fixture(scope="module")
def biweekly_slip(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    path = _pay_slip(tmp_path_factory.mktemp("slip") / "Pay Slip.pdf", "03/23/2042", "04/05/2042", "04/11/2042",
                     "US Biweekly Hourly")
    return one_document_fields(reader, path, RECEIVED, "pay_stub")


def test_a_pay_period_under_two_rows_of_captions(biweekly_slip: dict[str, Field]) -> None:
    """"Pay Period" over "Begin" and "Pay Period" over "End": each end of the period is the date under its
    own pair of captions, not the check date beside them."""
    assert biweekly_slip["period_start"].value == date(2042, 3, 23)
    assert biweekly_slip["period_end"].value == date(2042, 4, 5)


def test_the_firm_and_the_worker_under_their_captions_of_two_rows(biweekly_slip: dict[str, Field]) -> None:
    """"Company" over "Name" over the firm, "Employee" over "Name" over the worker: the caption's second row is
    no firm, and a bare "Name" without its colon is no label of the worker's own."""
    assert biweekly_slip["employer"].value == "Canadian River Foods"
    assert biweekly_slip["employee_name"].value == "Marcus D. Whitlow"


def test_the_pay_group_names_the_frequency(biweekly_slip: dict[str, Field]) -> None:
    """"Pay Group: US Biweekly Hourly" prints the frequency (as sure as a printed one, surer than the one the
    period's 14 days imply)."""
    assert biweekly_slip["frequency"].value == "biweekly"
    assert biweekly_slip["frequency"].confidence >= 0.95


def test_a_months_second_half_under_the_caption_band_is_semimonthly(reader: PageReader, tmp_path: Path) -> None:
    """No frequency printed: February 16 to 28 is 13 days, but it is the month's second half, not two weeks."""
    path = _pay_slip(tmp_path / "Pay Slip (2).pdf", "02/16/2042", "02/28/2042", "03/06/2042", None)
    fields = one_document_fields(reader, path, RECEIVED, "pay_stub")
    assert fields["period_start"].value == date(2042, 2, 16)
    assert fields["period_end"].value == date(2042, 2, 28)
    assert fields["frequency"].value == "semimonthly"


def test_a_months_second_half_on_one_line_is_semimonthly(reader: PageReader, tmp_path: Path) -> None:
    """The same rule on a plain stub whose period the old code read too (and called biweekly for its 13 days)."""
    path = tmp_path / "stub.pdf"
    text_pdf([["Prairie Gate Veterinary Clinic LLC", "Earnings Statement", "Employee: Marcus D. Whitlow",
               "Pay date: 03/06/2042", "Pay period: 02/16/2042 - 02/28/2042", "Gross pay  $2,366.00",
               "Net pay  $1,958.21"]], path)
    fields = one_document_fields(reader, path, RECEIVED, "pay_stub")
    assert fields["period_start"].value == date(2042, 2, 16)
    assert fields["frequency"].value == "semimonthly"


# --- a statement whose logo names the bank -------------------------------------------------------------


def test_the_logo_over_the_bank_kind_names_the_bank(reader: PageReader, tmp_path: Path) -> None:
    """"Kestrel" (the logo) with the title "Statement" at the right of its line, "Direct Bank - Member FDIC"
    under it: the bank is Kestrel Direct Bank, not its kind alone."""
    path = tmp_path / "April statement.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFillColorRGB(0.05, 0.3, 0.45)
    draw_text(pdf, 48, 56, "Kestrel", 24, "Helvetica-Bold")
    pdf.setFillGray(0)
    draw_text(pdf, 564, 56, "Statement", 16, right=True)
    draw_text(pdf, 48, 74, "Direct Bank - Member FDIC", 9)
    draw_text(pdf, 564, 74, "April 1 - April 30, 2042", 9, right=True)
    lines = ("Marcus D. Whitlow", "4127 Larkspur Bend Road", "Norman, OK 73072", "",
             "Everyday Checking  Account ending in 5093", "",
             "Beginning balance  $1,942.18", "Deposits and credits  $3,615.34", "Withdrawals and debits  $3,288.70",
             "Ending balance  $2,268.82", "",
             "Date  Description  Amount", "04/01  Mortgage payment - Summit Ridge  -1,412.00",
             "04/11  Payroll deposit - Canadian River Foods  1,807.67", "04/17  Grocery - Homeland #118  -214.93",
             "04/25  Payroll deposit - Canadian River Foods  1,807.67", "04/28  Utilities - OG&E  -1,661.77")
    for i, line in enumerate(lines):
        draw_text(pdf, 48, 110 + 14 * i, line, 9.5)
    draw_text(pdf, 48, 760, "Questions? Call 1-800-555-0134 or visit kestrel.example. Member FDIC.", 7)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, "bank_statement")
    assert fields["bank_name"].value == "Kestrel Direct Bank"
