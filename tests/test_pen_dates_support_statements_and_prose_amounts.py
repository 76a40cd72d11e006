"""A pen's date beside a scrawled signature, which the second reader misreads or doubts when it reads the
whole line, is read again from the date on; a dark band a crop took in is not the line's height; a
statement's "Number ending in 8316" names the account's last four; a support agency's statement of a
child-support order documents "other" income; an amount far on in a sentence of the borrower's story is no
income line; a net pay row that names its year's figure gives the other to the period, under whichever
column it stands; dollars and cents in cells of their own."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from lossmit_docs.model import PageRef, Word
from lossmit_docs.reading import handwriting
from lossmit_docs.reading.bank_statements import extract_bank_statement
from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.letters_and_checks import extract_letter
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from pdf_factory import Ink, placed_text_pdf
from test_extract import text_page

SIZE = (2550, 3300)  # a letter page at 300 dpi
LINE_BOX = (600, 1750, 2250, 1890)  # a crop of a signature's row: scrawl, "Date:", the date


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _words(texts: list[str], left: int, score: float) -> tuple[Word, ...]:
    """The recogniser's words across the crop from `left`, each 300 pixels wide."""
    return tuple(Word(text, score, ((left + 300 * i) / SIZE[0], 0.53, (left + 300 * i + 280) / SIZE[0], 0.57), True)
                 for i, text in enumerate(texts))


def _recogniser(line: list[str], line_score: float, date: str, date_score: float) -> Any:
    """A stand-in for the recogniser (the real one is tested on real crops elsewhere): the whole line as
    `line`, a crop starting past the line's start as the date alone."""
    def read(grey: np.ndarray, ink: np.ndarray, box: tuple[int, int, int, int], size: tuple[int, int]
             ) -> tuple[tuple[Word, ...], float]:
        if box[0] == LINE_BOX[0]:
            return _words(line, box[0], line_score), line_score
        return _words([date], box[0], date_score), date_score
    return read


def _reread(monkeypatch: pytest.MonkeyPatch, line: list[str], line_score: float, date: str,
            date_score: float) -> tuple[tuple[Word, ...], float]:
    monkeypatch.setattr(handwriting, "_read_crop", _recogniser(line, line_score, date, date_score))
    found, score = handwriting._read_crop(np.zeros((1, 1)), np.zeros((1, 1)), LINE_BOX, SIZE)
    return handwriting._date_alone(found, score, np.zeros((1, 1)), np.zeros((1, 1)), LINE_BOX, SIZE)


def test_a_date_no_calendar_holds_is_read_again_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """"61/24/2036" (a pen's 6/24 with its slash read twice) beside a scrawl: the date read alone is the
    line's date; the scrawl keeps its reading."""
    found, score = _reread(monkeypatch, ["W", "hwwwwm", "Date:", "61/24/2036"], 0.84, "6/24/2036", 1.0)
    assert [w.text for w in found] == ["W", "hwwwwm", "Date:", "6/24/2036"]
    assert score == 0.84
    assert found[-1].confidence == 1.0


def test_a_doubted_line_lends_its_doubt_to_no_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """A co-borrower's scrawl makes the recogniser unsure of the whole line (0.77, under review's 0.8): the
    date, read alone and surely, is as sure as its own reading."""
    found, _ = _reread(monkeypatch, ["NWwMexMWWWv", "Date:", "6/24/2036"], 0.77, "6/24/2036", 0.99)
    assert found[-1].text == "6/24/2036" and found[-1].confidence == 0.99
    # a date read alone no better than the line keeps the line's reading
    found, _ = _reread(monkeypatch, ["NWwMexMWWWv", "Date:", "6/24/2036"], 0.77, "5/24/2036", 0.6)
    assert found[-1].text == "6/24/2036" and found[-1].confidence == 0.77


def test_rows_inked_across_a_crop_are_no_writing() -> None:
    """A crop that took in the dark section band over a caption: the band's rows are the inkiest, but the
    words are the rows under it."""
    width = 400
    profile = np.zeros(60)
    profile[0:8] = width  # the band, inked across
    profile[30:42] = 0.3 * width  # the caption's letters
    assert handwriting._writing_rows(profile, width) == (30, 42)


def test_number_ending_in_names_the_last_four() -> None:
    """A statement's account panel: "Small Business Checking / Number ending in 8316"."""
    page = text_page("PRAIRIE MUTUAL BANK\nStatement period: April 1 through April 30, 2036\nACCOUNT HOLDER\n"
                     "Hendershot's Barber Shop LLC\nACCOUNT\nSmall Business Checking\nNumber ending in 8316\n"
                     "BALANCE ON APR 1 $2,416.38\nBALANCE ON APR 30 $5,712.46", ocr=True)
    found = extract_bank_statement([page], ref)["account_last4"]
    assert found.value == "8316"
    assert found.confidence >= 0.8


SUPPORT_STATEMENT = """ORRIN COUNTY CHILD SUPPORT ENFORCEMENT AGENCY
State Disbursement Unit
Statement of Support Order and Payments
Date: 07/09/2035
Case number: 7572149
Juniper B. Lindqvist
1162 Larkfield Lane
Orrin Bay, MI 49763
This statement is sent at the request of the obligee, Juniper B. Lindqvist.
The current support order requires payment of $700.00 per month for the support of two minor children.
Payments are collected by income withholding and disbursed to you monthly by direct deposit.
04/07/2035 $700.00 Direct deposit
05/07/2035 $700.00 Direct deposit"""

def test_a_support_agencys_statement_documents_other_income() -> None:
    """The agency's statement of what the order pays and what it paid out is a benefit letter for "other"
    income, $700 a month (the court's order itself, "Petitioner", stays "other": its own test elsewhere)."""
    assert classify_page(text_page(SUPPORT_STATEMENT)).type == "benefit_award_letter"
    fields = extract_letter([text_page(SUPPORT_STATEMENT)], ref, benefit=True)
    assert fields["benefit_type"].value == "other"
    assert fields["monthly_amount"].value == Decimal("700.00")


def test_an_amount_in_the_borrowers_story_is_no_income_line(reader: PageReader, tmp_path: Path) -> None:
    """"The shop cut Declan's overtime in half, and ... raised our escrow payment by $286 a month." names
    overtime and an amount, but the sentence goes on after the amount: the wages are the income line's."""
    path = placed_text_pdf(tmp_path / "story.pdf", [[
        Ink(48, 60, "KEYSTONE HERITAGE FEDERAL CREDIT UNION - LOSS MITIGATION APPLICATION", 11, "Helvetica-Bold"),
        Ink(48, 90, "Loan number: 0038793509"),
        Ink(48, 106, "Borrower's name: Declan P. O'Rourke"),
        Ink(48, 140, "Tell us briefly what happened:"),
        Ink(48, 156, "The shop cut Declan's overtime in half, and the tax reassessment raised our escrow by $286 a "
                     "month."),
        Ink(48, 170, "We have kept up with every other bill."),
        Ink(48, 204, "MONTHLY INCOME BEFORE TAXES", 10, "Helvetica-Bold"),
        Ink(48, 222, "Gross pay from a job"),
        Ink(400, 222, "$ 5,332.54"),
        Ink(48, 238, "Self-employment (net)"),
        Ink(400, 238, "$"),
    ]])
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["income.wages"].value == Decimal("5332.54")
    # a worksheet's sentence that states the income line is one (a guard on the rule)
    sheet = placed_text_pdf(tmp_path / "sheet.pdf", [[
        Ink(48, 60, "MONTHLY INCOME WORKSHEET", 11, "Helvetica-Bold"),
        Ink(48, 90, "My gross wages from my job are $4,200.00 a month."),
        Ink(48, 106, "We receive rental income of $650.00 each month from the apartment."),
    ]])
    fields = extract_application(reader.read(sheet), ref, PdfInk(sheet))
    assert fields["income.wages"].value == Decimal("4200.00")
    assert fields["income.rental"].value == Decimal("650.00")


def _word(text: str, left: float, top: float, right: float | None = None) -> Word:
    return Word(text, 0.95, (left, top, right if right is not None else left + 0.011 * len(text), top + 0.012))


def test_a_net_pay_row_naming_its_years_figure_under_the_years_column() -> None:
    """A state's stub read by OCR: "NET PAY" in the block of labels, its row "Calendar YTD net $15,414.42
    $2,569.07" read as a line of its own, the period's figure right-aligned under the tables' "Calendar YTD"
    column. The row's own caption names the year's figure; the other is this period's, wherever it stands."""
    words = [_word("EARNINGS", 0.08, 0.40), _word("Current", 0.62, 0.40), _word("Calendar", 0.80, 0.40),
             _word("YTD", 0.89, 0.40, 0.92), _word("Regular", 0.08, 0.42), _word("Salary", 0.17, 0.42),
             _word("4,870.00", 0.62, 0.42), _word("24,350.00", 0.82, 0.42, 0.92),
             _word("NET", 0.08, 0.60), _word("PAY", 0.13, 0.60), _word("Calendar", 0.45, 0.60),
             _word("YTD", 0.55, 0.60), _word("net", 0.60, 0.60), _word("$15,414.42", 0.64, 0.60),
             _word("$2,569.07", 0.83, 0.60, 0.92)]
    text = "EARNINGS Current Calendar YTD\nRegular Salary 4,870.00 24,350.00\nNET PAY\n" \
           "Calendar YTD net $15,414.42 $2,569.07"
    page = dataclasses.replace(text_page(text, ocr=True), words=tuple(words), width_pt=612, height_pt=792)
    fields, _ = extract_pay_stub([page], ref)
    assert fields["net_current"].value == Decimal("2569.07")


def test_dollars_and_cents_in_cells_of_their_own(reader: PageReader, tmp_path: Path) -> None:
    """An intake sheet's income lines with a "DOLLARS | CENTS" pair of cells: "$ 4,818 | 36" is $4,818.36,
    not 36 dollars."""
    path = placed_text_pdf(tmp_path / "cents.pdf", [[
        Ink(48, 60, "PELHAM RIDGE MORTGAGE SERVICING - INTAKE SHEET", 11, "Helvetica-Bold"),
        Ink(48, 84, "Loan number: 5502917364"),
        Ink(48, 112, "Monthly income before taxes - all borrowers together", 10, "Helvetica-Bold"),
        Ink(420, 130, "DOLLARS", 7), Ink(500, 130, "CENTS", 7),
        Ink(48, 148, "20 Wages, salary, overtime, tips, bonuses, commissions"), Ink(400, 148, "$"),
        Ink(480, 148, "4,818", align="r"), Ink(512, 148, "36"),
        Ink(48, 166, "21 Self-employment income"), Ink(400, 166, "$"),
        Ink(48, 184, "28 TOTAL monthly income (add lines 20 through 27)"), Ink(400, 184, "$"),
        Ink(480, 184, "4,818", align="r"), Ink(512, 184, "36"),
    ]])
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["income.wages"].value == Decimal("4818.36")
    assert fields["income.total"].value == Decimal("4818.36")
