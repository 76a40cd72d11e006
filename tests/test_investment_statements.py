"""A brokerage's monthly statement proves investment income the way a bank's proves wages: it is read for
its period (how recent it is) and its account, and a transfer to another account listed in its activity
("Systematic withdrawal to bank account ****9059") is not the statement's own account."""

from __future__ import annotations

from datetime import date

from lossmit_docs.model import Page, TextMethod
from lossmit_docs.reading.bank_statements import extract_bank_statement
from lossmit_docs.reading.documents import read_documents
from test_extract import ref

STATEMENT = """Larchfield Investor Services Account Statement
September 1, 2029 - September 30, 2029
Brokerage Services · PO Box 90211, Valley Forge, PA 19482 · 1-800-555-0177
SOLVEIG K. AMANKWAH Individual Brokerage Account
2803 HARBOR VIEW TER Account ending 2141 · Transfer on death
FLAGSTAFF, AZ 86045 Your advisor: self-directed
Beginning account value 161,053.87 Dividends 95.29 857.61
Ending account value 160,361.33
Holdings
Symbol Description Quantity Price Market value
LVTIX Larchfield Total Market Index Fund 71.677 219.11 15,705.15
Activity
09/15/2029 Withdrawal Systematic withdrawal to bank account ****9059 -775.00
09/30/2029 Dividend LVTIX 95.29"""


def test_an_investment_statement_is_dated_by_its_period() -> None:
    documents, _ = read_documents("s.pdf", "sha", [Page(1, STATEMENT, TextMethod.TEXT_LAYER, 1.0)],
                                  date(2029, 10, 20))
    (statement,) = documents
    assert statement.type == "investment_statement"
    assert statement.document_date == date(2029, 9, 30)
    assert statement.fields["period_start"].value == date(2029, 9, 1)


def test_an_account_named_in_a_transaction_row_is_not_the_statements() -> None:
    fields = extract_bank_statement([Page(1, STATEMENT, TextMethod.TEXT_LAYER, 1.0)], ref)
    assert fields["account_last4"].value == "2141"
