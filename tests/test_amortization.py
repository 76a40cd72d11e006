"""Amortization to the cent: the figures of domain-rules.md §3.7 and §5, and the month arithmetic."""

from datetime import date
from decimal import ROUND_UP, Decimal

import pytest

from lossmit_docs.judging.amortization import (
    add_months,
    amortization_schedule,
    balance_after,
    monthly_payment,
    months_between,
)

D = Decimal


def test_worked_example_contractual_payment_and_balance_after_60_installments():
    assert monthly_payment(D("215000.00"), D("7.000"), 360) == D("1430.40")
    assert balance_after(D("215000.00"), D("7.000"), 360, 60) == D("202382.97")
    # Six months of interest on that balance, as §3.7 capitalizes it.
    assert (balance_after(D("215000.00"), D("7.000"), 360, 60) * D("0.07") / 12).quantize(D("0.01")) == D("1180.57")


@pytest.mark.parametrize(
    ("balance", "rate", "months", "payment", "final"),
    [
        ("100000.00", "6", 360, "599.55", "600.00"),
        ("212966.39", "6.875", 480, "1304.15", "1299.31"),
        ("200000.00", "7", 360, "1330.60", "1336.54"),
    ],
)
def test_section_5_payment_and_final_payment(balance, rate, months, payment, final):
    schedule = amortization_schedule(D(balance), D(rate), months)
    assert len(schedule) == months
    assert schedule[0].payment == D(payment)
    assert schedule[-1].payment == D(final)
    assert schedule[-1].balance == 0
    assert sum(row.principal for row in schedule) == D(balance)
    assert all(row.payment == row.interest + row.principal for row in schedule)


def test_each_months_interest_is_rounded_on_its_own():
    first = amortization_schedule(D("212966.39"), D("6.875"), 480)[0]
    assert first.interest == D("1220.12")  # 212,966.39 × 0.06875 / 12 = 1,220.1199...
    assert first.principal == D("84.03")
    assert first.balance == D("212882.36")


def test_zero_rate_divides_the_balance():
    assert monthly_payment(D("12000.00"), D("0"), 12) == D("1000.00")
    schedule = amortization_schedule(D("1000.00"), D("0"), 3)
    assert [row.payment for row in schedule] == [D("333.33"), D("333.33"), D("333.34")]


def test_rounding_up_never_under_amortizes():
    # 100,000 at 6% over 360 is 599.5505... a month.
    assert monthly_payment(D("100000.00"), D("6"), 360) == D("599.55")
    assert monthly_payment(D("100000.00"), D("6"), 360, rounding=ROUND_UP) == D("599.56")


def test_a_loan_needs_a_payment_and_a_balance():
    with pytest.raises(ValueError):
        monthly_payment(D("1000.00"), D("5"), 0)
    with pytest.raises(ValueError):
        monthly_payment(D("-1.00"), D("5"), 12)


def test_month_arithmetic():
    assert add_months(date(2026, 12, 1), 1) == date(2027, 1, 1)
    assert add_months(date(2027, 4, 1), 479) == date(2067, 3, 1)
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2027, 3, 1), -1) == date(2027, 2, 1)
    assert months_between(date(2027, 4, 1), date(2067, 3, 1)) == 479
    assert months_between(date(2027, 3, 15), date(2027, 2, 1)) == -1
