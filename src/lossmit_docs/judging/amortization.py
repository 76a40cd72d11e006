"""Level-payment amortization in exact decimal arithmetic (`domain-rules.md` §5).

The payment is computed in full precision and only then rounded to the cent, and each month's interest is
rounded on its own, because that is how a servicing system books it: the worked example's figures and the
final-payment figures of §5 come out to the cent only this way.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, ROUND_UP, Decimal, localcontext

CENT = Decimal("0.01")
ROUNDINGS = {"half_up": ROUND_HALF_UP, "up": ROUND_UP}  # "up": the loan never under-amortizes


def to_cents(amount: Decimal, rounding: str = ROUND_HALF_UP) -> Decimal:
    return amount.quantize(CENT, rounding=rounding)


def monthly_rate(annual_rate_percent: Decimal) -> Decimal:
    return annual_rate_percent / Decimal(1200)


def monthly_payment(
    balance: Decimal, annual_rate_percent: Decimal, months: int, *, rounding: str = ROUND_HALF_UP
) -> Decimal:
    """`P = B·r / (1 − (1 + r)^−n)`, or `B / n` at a zero rate, rounded to the cent."""
    if months < 1:
        raise ValueError(f"a loan needs at least one payment, not {months}")
    if balance < 0:
        raise ValueError(f"balance {balance} is negative")
    with localcontext() as ctx:
        ctx.prec = 50
        r = monthly_rate(annual_rate_percent)
        exact = balance / months if r == 0 else balance * r / (1 - (1 + r) ** -months)
        return to_cents(exact, rounding)


@dataclass(frozen=True)
class Installment:
    number: int  # 1-based
    payment: Decimal
    interest: Decimal
    principal: Decimal
    balance: Decimal  # after this installment


def amortization_schedule(
    balance: Decimal,
    annual_rate_percent: Decimal,
    months: int,
    *,
    payment: Decimal | None = None,
    rounding: str = ROUND_HALF_UP,
) -> list[Installment]:
    """Every installment; the last one is what is left plus its interest, so it differs a little from P."""
    level = payment if payment is not None else monthly_payment(balance, annual_rate_percent, months,
                                                                 rounding=rounding)
    r = monthly_rate(annual_rate_percent)
    rows: list[Installment] = []
    remaining = balance
    for number in range(1, months + 1):
        interest = to_cents(remaining * r)
        principal = remaining if number == months else level - interest
        remaining -= principal
        rows.append(Installment(number, principal + interest, interest, principal, remaining))
    return rows


def balance_after(balance: Decimal, annual_rate_percent: Decimal, months: int, paid: int) -> Decimal:
    """The unpaid principal once `paid` scheduled installments have been made."""
    if paid == 0:
        return balance
    return amortization_schedule(balance, annual_rate_percent, months)[paid - 1].balance


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), held to the month's last day when it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(start: date, end: date) -> int:
    """Whole calendar months from start's month to end's month (days ignored): 2027-04-xx → 2067-03-xx is 479."""
    return (end.year - start.year) * 12 + end.month - start.month
