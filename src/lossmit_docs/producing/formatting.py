"""How figures read on paper: money, money in words, long dates, rates; the Jinja filters of the templates.

Money is `Decimal` (or whole `int`) only: a float here would mean a binary-rounded figure reached a
borrower's letter, so it is refused rather than printed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CENT = Decimal("0.01")

_ONES = (
    "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
)
_TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")
_SCALES = ((10**12, "Trillion"), (10**9, "Billion"), (10**6, "Million"), (1000, "Thousand"))


def _cents(amount: Decimal | int) -> Decimal:
    """Round to the cent, half-up, refusing floats (which may not hold the cents exactly)."""
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise TypeError(f"money must be Decimal or int, not {type(amount).__name__}: {amount!r}")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"money must be a finite amount, not {value}")
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def money(amount: Decimal | int) -> str:
    """`$1,144.31`; negatives as `-$25.00`."""
    value = _cents(amount)
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


def _under_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{_ONES[hundreds]} Hundred"] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest:
        words.append(_ONES[rest])
    return " ".join(words)


def number_in_words(n: int) -> str:
    """A whole number in words, as on a cheque: 1144 -> `One Thousand One Hundred Forty-Four`."""
    if n < 0:
        raise ValueError(f"cannot write a negative number in words: {n}")
    if n == 0:
        return "Zero"
    words = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count:
            words.append(f"{number_in_words(count)} {name}")
    if n:
        words.append(_under_thousand(n))
    return " ".join(words)


def money_in_words(amount: Decimal | int) -> str:
    """`One Thousand One Hundred Forty-Four and 31/100 Dollars`, the legal-instrument form of an amount."""
    value = _cents(amount)
    if value < 0:
        raise ValueError(f"an amount in words cannot be negative: {value}")
    dollars = int(value)
    cents = int((value - dollars) * 100)
    return f"{number_in_words(dollars)} and {cents:02d}/100 Dollars"


def long_date(day: date) -> str:
    """`November 28, 2026`: never a numeric date a reader could take as day/month."""
    if not isinstance(day, date):
        raise TypeError(f"long_date needs a date, not {type(day).__name__}: {day!r}")
    return f"{day:%B} {day.day}, {day.year}"


def rate(percent: Decimal | int) -> str:
    """An interest rate as the notes print it, to the eighth of a percent: `6.875%`, `7.000%`."""
    if isinstance(percent, bool) or not isinstance(percent, Decimal | int):
        raise TypeError(f"a rate must be Decimal or int, not {type(percent).__name__}: {percent!r}")
    return f"{Decimal(percent).quantize(Decimal('0.001'), rounding=ROUND_HALF_UP)}%"


FILTERS: dict[str, Callable[..., Any]] = {
    "money": money,
    "money_in_words": money_in_words,
    "long_date": long_date,
    "rate": rate,
}
