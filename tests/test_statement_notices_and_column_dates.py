"""A big bank's statement whose first page is notices (its words read like another paper's: "returned
deposited item fee") with the bank's whole name only in the footer's legal line; an application that
asks the hardship's start in a column beside each reason ("What happened | Date it began") and the SSN in
a row of captions over a row of answers; a pen's gaps in its figures ("66, 000.00", "1,31 1.06").

Born-digital fixtures (reportlab) go through the real page reader and `read_documents` with the text
layer's word boxes (`PdfInk`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lossmit_docs.model import Page, TextMethod
from lossmit_docs.reading.classify import PageType, classify_document
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.split import split
from lossmit_docs.reading.values import amounts_in, dates_in, repair_ocr_money
from pdf_factory import Ink, placed_text_pdf
from test_portal_stubs_and_yearly_income import read_file_documents

FOOTER = "Juniper Ridge Bank, N.A. · Member FDIC · Equal Housing Lender"


def _page(lines: list[str], footer: list[str]) -> list[Ink]:
    return [*(Ink(50, 60 + 14 * i, line, 9) for i, line in enumerate(lines)),
            *(Ink(50, 730 + 12 * i, line, 7) for i, line in enumerate(footer))]


def _statement(path: Path) -> Path:
    notices = _page([
        "March 1, 2030 through March 31, 2030",
        "JUNIPER RIDGE",
        "Primary Account: 000071XXXXX4410",
        "IMPORTANT CHANGES TO YOUR DEPOSIT ACCOUNT AGREEMENT",
        "From next month we no longer charge the returned deposited item fee, and the cut-off time for",
        "mobile deposits moves to 10:00 p.m. Eastern. Deposited item images are kept for seven years.",
        "Your account summary begins on page 2.",
    ], [FOOTER, "Page 1 of 2"])
    summary = _page([
        "March 1, 2030 through March 31, 2030",
        "CHECKING SUMMARY Everyday Checking ...4410",
        "Beginning Balance $1,204.16",
        "Deposits and Additions $3,150.00",
        "Withdrawals and Debits -$2,877.40",
        "Ending Balance $1,476.76",
        "03/05 PAYROLL DEPOSIT 1,575.00",
        "03/19 PAYROLL DEPOSIT 1,575.00",
    ], [FOOTER, "Page 2 of 2"])
    letter = _page(["May 2, 2030", "Dear Loss Mitigation Department,", "My hours at the plant were cut in half in",
                    "February. I ask you to review my loan for a modification.", "Sincerely,", "Rowena Achterberg"], [])
    return placed_text_pdf(path, [letter, notices, summary])  # a file's own page numbers are no document's


def test_a_statement_whose_first_page_is_notices(reader: PageReader, tmp_path: Path) -> None:
    documents = read_file_documents(reader, _statement(tmp_path / "statement.pdf"))
    assert [(d.type, [p.page for p in d.pages]) for d in documents] == [("hardship_letter", [1]),
                                                                         ("bank_statement", [2, 3])]
    fields = documents[1].fields
    assert fields["bank_name"].value.rstrip(".") == "Juniper Ridge Bank, N.A"
    assert fields["beginning_balance"].value == Decimal("1204.16")
    assert fields["ending_balance"].value == Decimal("1476.76")


def _application(path: Path) -> Path:
    inks = [Ink(50, 50, "LINDEN MORTGAGE SERVICES ASSISTANCE APPLICATION", 12),
            Ink(50, 70, "Loan number 0041177209", 9)]
    captions = ((50, "Borrower's full name"), (250, "SSN (last 4)"), (340, "Date of birth"), (440, "Marital status"))
    inks += [Ink(x, 100, text, 7) for x, text in captions]
    answers = ((50, "Rowena T. Achterberg"), (250, "5518"), (340, "02/14/1984"), (440, "Widowed"))
    inks += [Ink(x, 113, text, 10) for x, text in answers]
    inks += [Ink(50, 150, "What happened", 7), Ink(300, 150, "Date it began (mm/dd/yyyy)", 7),
             Ink(420, 150, "What to send with it", 7)]
    reasons = ("Job loss, layoff or furlough", "Less pay, fewer hours, lost overtime",
               "Serious illness or disability in the household", "Death of a borrower or wage earner")
    for row, reason in enumerate(reasons):
        y = 166 + 16 * row
        inks += [Ink(50, y, reason, 9), Ink(420, y, "Nothing" if row < 2 else "A letter", 8)]
        if row in (1, 2):
            inks.append(Ink(300, y, ("04/20/2030", "01/06/2030")[row - 1], 10))
    return placed_text_pdf(path, [inks])


def test_the_hardships_start_in_a_column_beside_its_reasons(reader: PageReader, tmp_path: Path) -> None:
    """Each reason has its own start: the hardship began at the first of them."""
    fields = read_file_documents(reader, _application(tmp_path / "app.pdf"))[0].fields
    assert fields["hardship_start_date"].value == date(2030, 1, 6)
    assert fields["ssn_last4"].value == "5518"
    assert fields["borrower_name"].value == "Rowena T. Achterberg"


@pytest.mark.parametrize(("written", "amount"), [
    ("$ 66, 000.00", Decimal("66000.00")),
    ("1,31 1.06", Decimal("1311.06")),
    ("12,3 45.00", Decimal("12345.00")),
    ("1,23 45.00", None),  # no one reading: left as read
])
def test_a_pens_gaps_in_its_figures(written: str, amount: Decimal | None) -> None:
    repaired = repair_ocr_money(written)[0]
    if amount is None:
        assert repaired == written
    else:
        assert amounts_in(repaired) == [amount]


@pytest.mark.parametrize(("written", "when"), [
    ("June 24, 2O30", [date(2030, 6, 24)]),  # a copier's OCR layer: the letter O for a zero
    ("May 1, 2030through May 31, 2030", [date(2030, 5, 1), date(2030, 5, 31)]),  # a year run into a word
    ("Invoice 2030-118 of 3/4/2030", [date(2030, 3, 4)]),
])
def test_ocr_slips_in_written_dates(written: str, when: list[date]) -> None:
    assert dates_in(written) == when


def test_a_combined_statements_primary_account(reader: PageReader, tmp_path: Path) -> None:
    """Checking and savings on one statement: the account it calls primary is the statement's."""
    page = _page([
        "March 1, 2030 through March 31, 2030",
        "JUNIPER RIDGE BANK",
        "Primary Account: 000071XXXXX4410",
        "CONSOLIDATED BALANCE SUMMARY",
        "Savings account number: XXXXXX9921 Way2Save Savings $600.00 $625.00",
        "Checking account number: XXXXXX4410 Everyday Checking $1,204.16 $1,476.76",
        "Beginning Balance $1,204.16",
        "Ending Balance $1,476.76",
    ], [FOOTER])
    fields = read_file_documents(reader, placed_text_pdf(tmp_path / "combined.pdf", [page]))[0].fields
    assert fields["account_last4"].value == "4410"
    assert fields["account_last4"].confidence >= 0.9


def test_a_run_weighed_on_a_type_no_page_reads_as_best() -> None:
    """Each page reads best as another paper and second best as a statement: the run is the statement, as
    sure as its pages."""
    pages = [PageType("rent_check", 0.8, 10.0, scores=(("rent_check", 10.0), ("bank_statement", 9.0))),
             PageType("pay_stub", 0.7, 10.0, scores=(("pay_stub", 10.0), ("bank_statement", 9.0)))]
    assert classify_document(pages) == ("bank_statement", 0.75)


def test_a_faxs_page_stamps_do_not_join_its_documents() -> None:
    """"Page 2 of 3" stamped by a fax machine on a pay stub after a letter stamped "Page 1 of 3": two papers."""
    def page(number: int, lines: list[str]) -> Page:
        return Page(number, "\n".join(lines), TextMethod.TEXT_LAYER, 1.0)

    letter = ["FROM: HOLLOWAY CLINIC 555 0142 Page 1 of 3", "May 2, 2030", "Dear Loss Mitigation Department,",
              "I fell behind on my mortgage payment when my hours were cut. Please help me keep my home.",
              "Sincerely,", "Rowena Achterberg"]
    stub = ["FROM: HOLLOWAY CLINIC 555 0142 Page 2 of 3", "EARNINGS STATEMENT", "Employee: Rowena Achterberg",
            "Pay date 04/30/2030 Pay period 04/16/2030 - 04/30/2030", "Gross Pay 2,100.00 YTD Gross 16,800.00",
            "Net Pay 1,611.40 Federal Income Tax 180.00 Social Security 130.20"]
    parts, _ = split([page(1, ["Cover"] * 3), page(2, letter), page(3, stub)])
    assert [(p.type, p.pages) for p in parts if p.type != "other"] == [("hardship_letter", [2]), ("pay_stub", [3])]
