"""Loan records and received payments from the servicing system's exports (`loan-data.md`).

A data tape is typed by people and spreadsheets, so every row is checked on its own: a bad row comes back
as a `RowError` with its row number and every problem found in it, and the good rows beside it still load.
Money is parsed from text straight into `Decimal` (JSON numbers included), never through a float.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from lossmit_docs.judging.clocks import days_delinquent

INVESTORS = ("fannie_mae", "freddie_mac", "fha", "va", "usda", "portfolio")
CENT = Decimal("0.01")
_LOAN_NUMBER = re.compile(r"\d{6,15}")
_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0"}


@dataclass(frozen=True)
class Loan:
    """One loan as the servicing system knows it; the columns of `loan-data.md`."""

    loan_number: str
    investor: str
    lien_position: int
    borrower_name: str
    note_date: date
    note_rate: Decimal  # percent, e.g. Decimal("7.000")
    current_upb: Decimal
    monthly_pi: Decimal
    next_due_date: date
    maturity_date: date
    co_borrower_name: str = ""
    property_address: str = ""
    mailing_address: str = ""
    property_state: str = ""
    property_county: str = ""
    original_principal: Decimal | None = None
    original_term_months: int | None = None
    monthly_escrow: Decimal = Decimal("0.00")
    accrued_interest: Decimal = Decimal("0.00")
    escrow_advance: Decimal = Decimal("0.00")
    corporate_advances: Decimal = Decimal("0.00")
    late_charges: Decimal = Decimal("0.00")
    property_value: Decimal | None = None
    valuation_date: date | None = None
    valuation_type: str = ""
    prior_modifications: int = 0
    failed_trial_within_12_months: bool = False
    foreclosure_sale_date: date | None = None
    recording_date: date | None = None
    recording_book: str = ""
    recording_page: str = ""
    recording_instrument: str = ""
    servicer_name: str = ""
    servicer_address: str = ""
    servicer_phone: str = ""

    @property
    def capitalized_balance(self) -> Decimal:
        """UPB plus the arrearages a modification capitalizes; late charges are waived, never added."""
        return self.current_upb + self.accrued_interest + self.escrow_advance + self.corporate_advances

    def days_delinquent(self, on: date) -> int:
        return days_delinquent(on, self.next_due_date)


@dataclass(frozen=True)
class Payment:
    """One payment the servicer received (the payments file of `loan-data.md`)."""

    loan_number: str
    received_on: date
    amount: Decimal
    reference: str | None = None


@dataclass(frozen=True)
class RowError:
    """A row that was not loaded: where it is, and everything wrong with it, for staff to fix."""

    row: int  # CSV: the spreadsheet row (header is row 1); JSON lines: the line number
    reason: str
    loan_number: str | None = None

    def __str__(self) -> str:
        loan = f" (loan {self.loan_number})" if self.loan_number else ""
        return f"row {self.row}{loan}: {self.reason}"


class _Bad(ValueError):
    """One column's value cannot be used."""


def _text(raw: str) -> str:
    return raw


def _loan_number(raw: str) -> str:
    if not _LOAN_NUMBER.fullmatch(raw):
        raise _Bad("must be 6 to 15 digits (leading zeros kept)")
    return raw


def _investor(raw: str) -> str:
    code = re.sub(r"[\s-]+", "_", raw.lower())
    if code not in INVESTORS:
        raise _Bad(f"{raw!r} is not one of {', '.join(INVESTORS)}")
    return code


def _int(raw: str) -> int:
    if not re.fullmatch(r"\d+", raw):
        raise _Bad(f"{raw!r} is not a whole number")
    return int(raw)


def _decimal(raw: str) -> Decimal:
    cleaned = raw.replace(",", "").replace("$", "").removesuffix("%").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise _Bad(f"{raw!r} is not a number") from None
    if not value.is_finite():
        raise _Bad(f"{raw!r} is not a number")
    return value


def _money(raw: str) -> Decimal:
    value = _decimal(raw)
    if value != value.quantize(CENT):
        raise _Bad(f"{raw!r} has fractions of a cent")
    return value.quantize(CENT)


def _percent(raw: str) -> Decimal:
    value = _decimal(raw)
    if not Decimal(0) <= value < Decimal(100):
        raise _Bad(f"{raw!r} is not a percent between 0 and 100")
    return value


def _date(raw: str) -> date:
    for pattern in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise _Bad(f"{raw!r} is not a date (YYYY-MM-DD or MM/DD/YYYY)")


def _bool(raw: str) -> bool:
    word = raw.lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise _Bad(f"{raw!r} is not yes/no")


_Parser = Callable[[str], Any]
_REQUIRED = object()  # marks a column that must have a value

_LOAN_COLUMNS: dict[str, tuple[_Parser, Any]] = {
    "loan_number": (_loan_number, _REQUIRED),
    "investor": (_investor, _REQUIRED),
    "lien_position": (_int, _REQUIRED),
    "borrower_name": (_text, _REQUIRED),
    "co_borrower_name": (_text, ""),
    "property_address": (_text, ""),
    "mailing_address": (_text, ""),
    "property_state": (_text, ""),
    "property_county": (_text, ""),
    "note_date": (_date, _REQUIRED),
    "original_principal": (_money, None),
    "original_term_months": (_int, None),
    "note_rate": (_percent, _REQUIRED),
    "current_upb": (_money, _REQUIRED),
    "monthly_pi": (_money, _REQUIRED),
    "monthly_escrow": (_money, Decimal("0.00")),
    "next_due_date": (_date, _REQUIRED),
    "maturity_date": (_date, _REQUIRED),
    "accrued_interest": (_money, Decimal("0.00")),
    "escrow_advance": (_money, Decimal("0.00")),
    "corporate_advances": (_money, Decimal("0.00")),
    "late_charges": (_money, Decimal("0.00")),
    "property_value": (_money, None),
    "valuation_date": (_date, None),
    "valuation_type": (_text, ""),
    "prior_modifications": (_int, 0),
    "failed_trial_within_12_months": (_bool, False),
    "foreclosure_sale_date": (_date, None),
    "recording_date": (_date, None),
    "recording_book": (_text, ""),
    "recording_page": (_text, ""),
    "recording_instrument": (_text, ""),
    "servicer_name": (_text, ""),
    "servicer_address": (_text, ""),
    "servicer_phone": (_text, ""),
}

_PAYMENT_COLUMNS: dict[str, tuple[_Parser, Any]] = {
    "loan_number": (_loan_number, _REQUIRED),
    "received_on": (_date, _REQUIRED),
    "amount": (_money, _REQUIRED),
    "reference": (_text, None),
}


def _convert(row: dict[str, str], columns: dict[str, tuple[_Parser, Any]]) -> tuple[dict[str, Any], list[str]]:
    """Every column's value, and every problem (one row may have several, all worth fixing at once)."""
    cells = {str(k).strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, (parse, default) in columns.items():
        raw = cells.get(name, "")
        if raw == "":
            if default is _REQUIRED:
                problems.append(f"{name} is missing")
            else:
                values[name] = default
            continue
        try:
            values[name] = parse(raw)
        except _Bad as bad:
            problems.append(f"{name}: {bad}")
    return values, problems


def _loan_problems(values: dict[str, Any]) -> list[str]:
    """Checks across columns that no single column can make."""
    problems = []
    if values.get("lien_position") == 0:
        problems.append("lien_position must be 1 or more")
    note, maturity = values.get("note_date"), values.get("maturity_date")
    if note and maturity and maturity <= note:
        problems.append("maturity_date is not after note_date")
    if values.get("monthly_pi") is not None and values["monthly_pi"] < 0:
        problems.append("monthly_pi is negative")
    return problems


def parse_loan_rows(rows: Iterable[dict[str, str]], *, start: int = 2) -> tuple[list[Loan], list[RowError]]:
    """Loans from already-split rows; `start` is the first row's number (2: the row under a CSV header)."""
    return _parse_loans(enumerate(rows, start))


def _parse_loans(numbered: Iterable[tuple[int, dict[str, str] | RowError]]) -> tuple[list[Loan], list[RowError]]:
    loans: list[Loan] = []
    errors: list[RowError] = []
    first_row: dict[str, int] = {}
    for number, row in numbered:
        if isinstance(row, RowError):
            errors.append(row)
            continue
        values, problems = _convert(row, _LOAN_COLUMNS)
        problems += _loan_problems(values)
        loan_number = values.get("loan_number")
        if loan_number in first_row:
            problems.append(f"loan number already given in row {first_row[loan_number]}; this row was not used")
        if problems:
            errors.append(RowError(number, "; ".join(problems), loan_number))
            continue
        first_row[loan_number] = number
        loans.append(Loan(**values))
    return loans, errors


def parse_payment_rows(
    rows: Iterable[dict[str, str]], *, start: int = 2
) -> tuple[list[Payment], list[RowError]]:
    """Payments from already-split rows; duplicates by reference are left to whoever applies them."""
    return _parse_payments(enumerate(rows, start))


def _parse_payments(
    numbered: Iterable[tuple[int, dict[str, str] | RowError]],
) -> tuple[list[Payment], list[RowError]]:
    payments: list[Payment] = []
    errors: list[RowError] = []
    for number, row in numbered:
        if isinstance(row, RowError):
            errors.append(row)
            continue
        values, problems = _convert(row, _PAYMENT_COLUMNS)
        if values.get("amount") is not None and values["amount"] <= 0:
            problems.append("amount must be more than zero")
        if problems:
            errors.append(RowError(number, "; ".join(problems), values.get("loan_number")))
            continue
        payments.append(Payment(**values))
    return payments, errors


def read_loan_file(path: Path | str) -> tuple[list[Loan], list[RowError]]:
    """Loans from a CSV file with a header row, or from JSON lines (one object per line)."""
    return _parse_loans(_numbered_rows(Path(path)))


def read_payment_file(path: Path | str) -> tuple[list[Payment], list[RowError]]:
    """Payments from a CSV file with a header row, or from JSON lines."""
    return _parse_payments(_numbered_rows(Path(path)))


def _numbered_rows(path: Path) -> Iterator[tuple[int, dict[str, str] | RowError]]:
    text = path.read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("{"):
        yield from _json_lines(text)
    else:
        yield from enumerate(csv.DictReader(text.splitlines()), 2)


def _json_lines(text: str) -> Iterator[tuple[int, dict[str, str] | RowError]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            # Numbers become Decimal (or stay whole) so a money value never passes through a float.
            obj = json.loads(line, parse_float=Decimal)
        except json.JSONDecodeError as bad:
            yield number, RowError(number, f"not valid JSON ({bad.msg})")
            continue
        if not isinstance(obj, dict):
            yield number, RowError(number, "not a JSON object")
            continue
        yield number, {str(k): _json_cell(v) for k, v in obj.items()}


def _json_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
