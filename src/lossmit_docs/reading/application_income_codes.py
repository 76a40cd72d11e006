"""An income table whose rows name their kind by a code from a printed legend: "SOURCE CODES: W = wages,
salary ... T = taxable Social Security ..." (or the entries alone, two to a line) over rows "W  B  LAKESIDE
AUTO BODY  WEEKLY  3640.00", or "TYPE CODES: 1 Wages ... 3 Unemployment benefits" under rows "C  EDD
unemployment  3  every 2 weeks  780.00  1,690.00". Each row's last figure is its monthly amount (the table's
last column); rows of one kind add up.

The legend's entries are told apart by the words of their kinds (`income_columns`, "non-taxable" before
"taxable"); a table with a row whose code the legend does not give, or whose kind no entry names, is not
read at all: its kinds are for a person to read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from lossmit_docs.reading.application_layout import application_labels
from lossmit_docs.reading.application_legends import LETTER_ENTRY, entries, letter_entries
from lossmit_docs.reading.values import amounts_in, squash

_CODES = re.compile(r"\bcodes?\b", re.IGNORECASE)
_HEADER = re.compile(r"\b(?:code|type)\b.*\bmonth|\bmonth.*\b(?:code|type)\b", re.IGNORECASE)
_TOTAL = re.compile(r"\btotal\b", re.IGNORECASE)
LEGEND_LINES = 3  # lines a legend of codes runs to


def coded_income(lines: list[str]) -> tuple[dict[str, Decimal], Decimal | None] | None:
    """Each kind's monthly amount from the page's coded income table, and the total the table prints when
    its figures say the rows' sum (OCR may part "4,982.00" as "4 982. 00"); None when the page has no such
    table or a row cannot be told."""
    legend = _legend(lines)
    header = next((i for i, line in enumerate(lines) if _HEADER.search(line) and "=" not in line
                   and len(entries(line)) < 3), None)
    if not legend or header is None:
        return None
    amounts: dict[str, Decimal] = {}
    printed: str | None = None
    for line in lines[header + 1 : header + MAX_ROWS]:
        figures = amounts_in(line, cents_required=True)
        if _TOTAL.search(line):
            printed = re.sub(r"\D", "", line[_TOTAL.search(line).end() :])
            break
        if not figures:
            continue
        code = next((legend[token] for token in _tokens(line) if token in legend), None)  # (OCR's "|" for "I")
        if code is None:
            return None
        amounts[code] = amounts.get(code, Decimal(0)) + abs(figures[-1])
    if not amounts:
        return None
    whole = sum(amounts.values(), Decimal(0))
    return amounts, whole if printed and printed == re.sub(r"\D", "", f"{whole:.2f}") else None


MAX_ROWS = 12  # lines of a coded table under its header, down to its total


def _tokens(line: str) -> list[str]:
    """A row's words that may be a code: a capital letter or a figure of one or two digits standing alone."""
    found = [word.strip(".,:;()[]") for word in line.split()]
    return ["I" if word == "|" else word for word in found if re.fullmatch(r"[A-Z|]|\d{1,2}", word)]


def _legend(lines: list[str]) -> dict[str, str]:
    """Code -> income kind from the page's legend of codes, {} when there is none or an entry names no kind."""
    for index, line in enumerate(lines):
        if not _CODES.search(line) and len(letter_entries(line)) < 2:
            continue
        # (a legend under no "codes" title, its entries two to a line: as many lines as go on with entries)
        end = index + LEGEND_LINES if _CODES.search(line) else next(
            (i for i in range(index + 1, len(lines)) if not LETTER_ENTRY.search(lines[i])), len(lines))
        text = " ".join(lines[index:end])
        keyed = letter_entries(text)
        numbered = {code: meaning for code, meaning in entries(text).items() if code.isdigit()}
        found = keyed if len(keyed) >= len(numbered) else numbered
        kinds = {code: _kind(meaning) for code, meaning in found.items()}
        if len(kinds) >= 3 and all(kinds.values()):
            return {code: kind for code, kind in kinds.items() if kind}
    return {}


def _kind(meaning: str) -> str | None:
    """The first income kind whose word the entry uses ("non-taxable" is looked for before "taxable")."""
    said = squash(meaning)
    return next((kind for kind, words in application_labels()["income_columns"].items()
                 if kind != "total" and any(squash(word) in said for word in words)), None)
