"""Loan and payment files: good rows load exactly, each bad row is reported by number and reason."""

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from lossmit_docs.judging.loan import (
    Loan,
    parse_loan_rows,
    parse_payment_rows,
    read_loan_file,
    read_payment_file,
)

D = Decimal
GOOD = {
    "loan_number": "0012345678",
    "investor": "fannie_mae",
    "lien_position": "1",
    "borrower_name": "Pat Doe",
    "co_borrower_name": "Sam Doe",
    "property_address": "12 Elm St, Springfield, IL 62701",
    "mailing_address": "",
    "property_state": "IL",
    "property_county": "Sangamon",
    "note_date": "2021-05-01",
    "original_principal": "215000.00",
    "original_term_months": "360",
    "note_rate": "7.0",
    "current_upb": "202382.97",
    "monthly_pi": "1430.40",
    "monthly_escrow": "412.50",
    "next_due_date": "2026-06-01",
    "maturity_date": "2051-05-01",
    "accrued_interest": "7083.42",
    "escrow_advance": "3000.00",
    "corporate_advances": "500.00",
    "late_charges": "214.56",
    "property_value": "240000",
    "valuation_date": "2026-10-15",
    "valuation_type": "BPO",
    "prior_modifications": "0",
    "failed_trial_within_12_months": "no",
    "foreclosure_sale_date": "",
    "recording_date": "2021-05-20",
    "recording_book": "4410",
    "recording_page": "112",
    "recording_instrument": "2021R-0099",
    "servicer_name": "Example Servicing LLC",
    "servicer_address": "1 Main St",
    "servicer_phone": "800-555-0100",
}


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(GOOD))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_csv_bad_rows_are_reported_by_row_and_good_rows_load(tmp_path: Path):
    rows = [
        GOOD,
        GOOD | {"loan_number": "12345", "note_date": "05/32/2021"},  # row 3: two problems
        GOOD | {"loan_number": "0000777777", "current_upb": "1,000.005"},  # row 4: a fraction of a cent
        GOOD | {"loan_number": "0000888888", "monthly_pi": "", "investor": "ginnie"},  # row 5
        GOOD
        | {
            "loan_number": "0000999999",
            "current_upb": "$98,765.43",
            "note_date": "05/01/2021",
            "failed_trial_within_12_months": "Y",
            "investor": "Freddie Mac",
        },  # row 6: good
        GOOD,  # row 7: the same loan again
    ]
    loans, errors = read_loan_file(write_csv(tmp_path / "tape.csv", rows))

    assert [loan.loan_number for loan in loans] == ["0012345678", "0000999999"]
    assert [error.row for error in errors] == [3, 4, 5, 7]
    assert "loan_number: must be 6 to 15 digits" in errors[0].reason and "note_date:" in errors[0].reason
    assert "fractions of a cent" in errors[1].reason and errors[1].loan_number == "0000777777"
    assert "monthly_pi is missing" in errors[2].reason and "investor:" in errors[2].reason
    assert "already given in row 2" in errors[3].reason
    assert str(errors[1]).startswith("row 4 (loan 0000777777): current_upb")

    second = loans[1]
    assert second.current_upb == D("98765.43") and second.note_date == date(2021, 5, 1)
    assert second.failed_trial_within_12_months is True and second.investor == "freddie_mac"


def test_a_loan_row_becomes_exact_typed_values():
    (loan,), errors = parse_loan_rows([GOOD])
    assert errors == []
    assert isinstance(loan, Loan) and loan.loan_number == "0012345678"
    assert loan.note_rate == D("7.0") and loan.property_value == D("240000.00")
    assert loan.capitalized_balance == D("212966.39")  # late charges are not in it
    assert loan.foreclosure_sale_date is None and loan.mailing_address == ""
    assert loan.recording_date == date(2021, 5, 20) and loan.original_term_months == 360
    assert loan.days_delinquent(date(2026, 11, 2)) == 154
    assert all(
        isinstance(getattr(loan, name), Decimal)
        for name in ("current_upb", "monthly_pi", "monthly_escrow", "accrued_interest", "late_charges")
    )


def test_optional_columns_may_be_left_out():
    required = {
        k: GOOD[k]
        for k in (
            "loan_number",
            "investor",
            "lien_position",
            "borrower_name",
            "note_date",
            "note_rate",
            "current_upb",
            "monthly_pi",
            "next_due_date",
            "maturity_date",
        )
    }
    (loan,), errors = parse_loan_rows([required])
    assert errors == []
    assert loan.monthly_escrow == D("0.00") and loan.property_value is None and loan.prior_modifications == 0
    _, errors = parse_loan_rows([GOOD | {"maturity_date": "2020-01-01", "lien_position": "0"}], start=10)
    assert errors[0].row == 10
    assert "maturity_date is not after note_date" in errors[0].reason and "lien_position" in errors[0].reason


def test_json_lines_numbers_never_pass_through_a_float(tmp_path: Path):
    good = json.dumps(
        GOOD
        | {
            "current_upb": 0.1,
            "monthly_pi": 1430.40,
            "lien_position": 1,
            "failed_trial_within_12_months": False,
            "mailing_address": None,
        }
    )
    # JSON numbers are written as the text they are, so 1430.40 stays 1430.40 and 0.1 stays exact.
    good = good.replace('"monthly_pi": 1430.4', '"monthly_pi": 1430.40')
    good = good.replace('"original_principal": "215000.00"', '"original_principal": 9007199254740993.01')
    path = tmp_path / "tape.jsonl"
    path.write_text(
        "\n".join(
            [good, "{not json", "", '["a list"]', json.dumps(GOOD | {"loan_number": "00123", "note_rate": "abc"})]
        )
        + "\n"
    )
    loans, errors = read_loan_file(path)
    (loan,) = loans
    assert loan.current_upb == D("0.10") and loan.current_upb + D("0.20") == D("0.30")
    assert loan.monthly_pi == D("1430.40") and loan.failed_trial_within_12_months is False
    assert loan.original_principal == D("9007199254740993.01")  # a float would have lost the last digits
    assert [(e.row, e.reason.split(" ")[0]) for e in errors] == [(2, "not"), (4, "not"), (5, "loan_number:")]
    assert "note_rate: 'abc' is not a number" in errors[2].reason


def test_payments_file(tmp_path: Path):
    path = tmp_path / "payments.csv"
    path.write_text(
        "Loan_Number,received_on,amount,reference\n"
        "0012345678,2026-12-03,1556.81,TX-1\n"
        '0012345678,2027-01-04,"1,556.81",\n'
        "0012345678,2027-01-05,-5.00,TX-3\n"
        "0012345678,someday,10.00,TX-4\n"
    )
    payments, errors = read_payment_file(path)
    assert [(p.received_on, p.amount, p.reference) for p in payments] == [
        (date(2026, 12, 3), D("1556.81"), "TX-1"),
        (date(2027, 1, 4), D("1556.81"), None),
    ]
    assert [(e.row, e.loan_number) for e in errors] == [(4, "0012345678"), (5, "0012345678")]
    assert "amount must be more than zero" in errors[0].reason and "received_on:" in errors[1].reason
    _, errors = parse_payment_rows([{"loan_number": "0012345678", "amount": "5"}])
    assert errors[0].reason == "received_on is missing"
