"""A household employer's stub ("Work week"), an SAP-style remuneration statement ("For period" on the
name's line), an e-statement that heads its page with an unlabelled range and a masked account, a bank's
intake worksheet, and what OCR or a wrong column puts in an application's name and address."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lossmit_docs.model import Page, PageRef, TextMethod, Word
from lossmit_docs.reading.application_checkboxes import _box_read_before
from lossmit_docs.reading.bank_statements import extract_bank_statement
from lossmit_docs.reading.extract_application import _GLUED_ZIP, _PLACE_MISREAD, _no_name
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from pdf_factory import scanned_pdf, text_pdf
from test_portal_stubs_and_yearly_income import read_file_documents


def _ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _page(lines: list[str]) -> Page:
    return Page(1, "\n".join(lines), TextMethod.TEXT_LAYER, 1.0)


def test_a_work_week_is_the_pay_period() -> None:
    stub = _page([
        "HOUSEHOLD EMPLOYEE PAY STUB",
        "EMPLOYER EMPLOYEE",
        "The Okafor Household Marisol G. Eriksen",
        "Pay date: 06/07/2030 Work week: 05/27/2030 - 06/02/2030 Paid weekly",
        "Description Hours Rate This week Year to date",
        "Regular wages 40.00 21.50 860.00 19,780.00",
        "Total gross wages 860.00 20,650.78",
        "NET PAY 734.01 17,625.45",
    ])
    fields, _ = extract_pay_stub([stub], _ref)
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2030, 5, 27), date(2030, 6, 2))
    assert fields["frequency"].value == "weekly"
    assert fields["monthly_gross"].value == Decimal("3726.67")


def test_a_period_after_the_name_on_its_line_ends_the_name(reader: PageReader, tmp_path: Path) -> None:
    lines = [
        "Heartland Foods Processing Co. Remuneration Statement",
        "Pers.No. 157738 Pay date 10/18/2030",
        "Name Hakimi, Brianna H For period 09/29/2030 - 10/12/2030",
        "WT Wage type Number Rate Amount Cumulative",
        "1000 Regular hours 80.00 19.6000 1,568.00 32,928.00",
        "/101 Total gross 1,744.40 33,104.40",
        "/550 Statutory net 1,278.52 24,104.12",
        "/559 Bank transfer 1,278.52",
        "Bank transfer to Northwind Direct Bank, account ****7134",
        "Employee self-service - printed copy. Questions: HR Service Center, ext. 4400.",
    ]
    path = tmp_path / "stub.pdf"
    text_pdf([lines], path)
    (stub,) = read_file_documents(reader, path)
    assert stub.type == "pay_stub"
    fields = stub.fields
    assert fields["employee_name"].value == "Brianna H Hakimi"
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2030, 9, 29), date(2030, 10, 12))
    assert fields["frequency"].value == "biweekly"


def test_an_unlabelled_range_and_a_masked_account_head_the_statement() -> None:
    for mask in ("(cid:127)", "•"):  # a bullet the font left unmapped, and a printed one
        statement = _page([
            "Northwind Direct Bank",
            "June 1 - June 30, 2030",
            f"Business Checking Statement Account {mask}9187",
            "Precision Mobile Detailing LLC",
            "Starting balance Money in Money out Ending balance",
            "Transactions",
            "Date Description Amount Balance",
            "Jun 01 AUTOZONE -$209.36 $1,869.15",
        ])
        fields = extract_bank_statement([statement], _ref)
        assert (fields["period_start"].value, fields["period_end"].value) == (date(2030, 6, 1), date(2030, 6, 30))
        assert fields["account_last4"].value == "9187", mask
    # an unmapped space before a year, or a suite's number, is no masked account
    for heading in ("Statement closing June 30,(cid:3)2030", "Harbor Bank, 400 Main St Suite •1200"):
        statement = _page(["Harbor Bank", heading, "Checking", "Beginning balance $2,078.51",
                           "Ending balance $2,364.16"])
        assert extract_bank_statement([statement], _ref)["account_last4"].value is None, heading


def test_a_worksheet_asks_the_property_street_city_state_and_zip_each_on_a_row(reader: PageReader,
                                                                                 tmp_path: Path) -> None:
    """A bank's intake worksheet printed from a spreadsheet and scanned: the street under "Property street",
    the rest of the address on rows of their own."""
    path = tmp_path / "worksheet.pdf"
    scanned_pdf([[
        "Tallgrass Bank - Mortgage Loss Mitigation Intake Worksheet",
        "Loan number        0024128851",
        "Full name          Percival T. Pettigrew",
        "SSN (last 4)       4400",
        "Property street    2135 Ironwood Pl",
        "City               Pine Harbor",
        "State              MI",
        "ZIP code           49573",
        "Occupancy          Primary residence",
        "Mortgage assistance application - hardship and income on page 2",
    ]], path=path)
    (application,) = read_file_documents(reader, path)
    assert application.type == "mortgage_assistance_application"
    assert application.fields["property_address"].value == "2135 Ironwood Pl, Pine Harbor, MI 49573"


@pytest.mark.parametrize(("read", "meant"), [
    ("2135 Ironwood PI, Pine Harbor", "2135 Ironwood Pl, Pine Harbor"),
    ("6022 Ashgrove Pi Apt 12", "6022 Ashgrove Pl Apt 12"),
    ("88 Oak P1", "88 Oak Pl"),
    ("12 PI Street", "12 PI Street"),  # a word, not a street's suffix after its name
    ("5 Main St Unit P1", "5 Main St Unit P1"),  # a unit's number
    ("5 Main St Apt P1, Dover", "5 Main St Apt P1, Dover"),
])
def test_ocr_reads_a_streets_place_as_pi(read: str, meant: str) -> None:
    assert _PLACE_MISREAD.sub("Pl", read) == meant


def test_ocr_runs_a_state_into_its_zip_code() -> None:
    assert _GLUED_ZIP.sub(r"\1 \2", "6708 Cobblestone Ln, Maple Falls, WI54524") == \
        "6708 Cobblestone Ln, Maple Falls, WI 54524"
    assert _GLUED_ZIP.sub(r"\1 \2", "Unit 4B 12345 Main St") == "Unit 4B 12345 Main St"


@pytest.mark.parametrize(("read", "no_name"), [
    ("middle, last", True),  # the name line's captions, the pen's name unread
    ("in Part A", True),  # the next question's prose
    ("else who signed the mortgage", True),
    ("Mercedes Ibarra de la Peña", False),
    ("Raúl de la Fuente Ávila", False),
    ("ANSELM T. BRANDT", False),
])
def test_captions_and_prose_read_for_a_name_are_no_name(read: str, no_name: bool) -> None:
    assert _no_name(read) is no_name


def test_a_sentence_read_for_the_street_is_for_a_person_to_check(reader: PageReader, tmp_path: Path) -> None:
    """A two-column questionnaire: the property's line runs into the next column's answer, a sentence."""
    path = tmp_path / "questionnaire.pdf"
    text_pdf([[
        "Wexford Home Lending - Hardship Questionnaire",
        "Loan number: 0064470309",
        "Borrower's name: Dana R. Whitfield",
        "Property address: 10 our escrow went up 310 a month, Flagstaff, AZ 86045",
        "Mortgage assistance application",
    ]], path)
    (application,) = read_file_documents(reader, path)
    assert application.fields["borrower_name"].value == "Dana R. Whitfield"
    assert application.fields["property_address"].confidence <= 0.5


@pytest.mark.parametrize(("before", "read_as_box"), [("©", True), ("O", True), ("[]", True),
                                                   ("1)", False), ("the", False), (None, False)])
def test_a_box_ocr_read_as_a_mark_of_its_own_is_not_in_the_label(before: str | None, read_as_box: bool) -> None:
    """OCR read an empty circle as "©" before "Reduced pay, hours or commissions" (a phone-scanned form):
    no box hides in the label's first word, however wide its capitals print; a figure ("1)") may be the
    option's number and is left to the measuring."""
    words = [Word("Reduced", 0.96, (0.0973, 0.6807, 0.1502, 0.6886)),
             Word("pay,", 0.96, (0.1549, 0.6807, 0.1804, 0.6886))]
    if before is not None:
        words.insert(0, Word(before, 0.9, (0.0725, 0.6792, 0.0867, 0.6904)))
    page = Page(1, " ".join(w.text for w in words), TextMethod.OCR, 0.9, words=tuple(words))
    assert _box_read_before(page, len(words) - 2, 0.0102) is read_as_box
