"""A twenty-first holdout set of borrower packets (u1..u6), laid out unlike the shared samples and unlike the a (first),
b, c, ... s and t sets, written without looking at the service's code, rules or tests, to gauge honestly how it reads
what a servicer's loss-mitigation team receives every day.

    python benchmarks/holdout_packets_u.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Weighted toward the
common case: the real Form 710 in four packets, two servicers' own forms, ordinary pay stubs, statements and letters.
New here: the real Form 710 in four ordinary deliveries not used before - typed through its AcroForm in a desktop
viewer, both signatures drawn on the screen into the page (vector strokes, the fields kept) and e-mailed, the
attachments dropped loose under the names they were sent with (no loan number in any of them: the case must be found
from the application's own loan-number field and the others placed by the borrowers' names); printed blank, filled in
BLUE BALLPOINT by a widow and mailed, then run through the mailroom's office copier as one 300 dpi COLOUR JPEG scan
(scan to folder) named with the loan number, with no separator sheet; typed through its AcroForm, printed, signed and
DATED BY HAND by a retired couple and captured page by page with a PHONE SCANNER APP that saves a cleaned-up BLACK AND
WHITE PDF (CCITT G4 at 200 dpi: perspective not quite squared, adaptive threshold, light bands gone hollow and dark
ones solid) in a folder named after the loan; and typed through its AcroForm, printed, signed in gel ink and scanned
at home on an all-in-one's flatbed at 200 dpi grayscale, one file per document named by the borrower. A servicer's own
FILLABLE PDF (Halverson Point, HPMS-100): real AcroForm text fields and check boxes under small captions in boxed
cells, property street / city / state / ZIP in fields of their own, a three-line hardship description, income as a
ruled list of eight kinds with a calculated total, typed in a viewer and signed with a saved signature PICTURE (a
transparent PNG stamped over the line, the date typed in its field), uploaded through the servicer's portal as loose
files named "<loan>_Application.pdf", "<loan>_Paystub_08-09-2030.pdf", ...; and a credit union's printed two-page
"Mortgage Assistance Request" (Wolf Creek FCU, WCFCU-MAR): one column, every answer on a rule after its label, boxes
before their words, hardship reasons in its own wording in two columns, monthly income on dot leaders to a "$" rule
with the borrower's and the co-borrower's wages on lines of their own and a boxed household total, hand-printed in
capitals in black ballpoint, signed and dated by both, mailed and scanned by the servicer's mailroom at 300 dpi
grayscale behind its Code 128 separator sheet ("LOAN <number>"). Pay stubs: a big-box home-improvement retailer's
bi-weekly "Associate Pay Statement" from its associate portal (regular, holiday and Sunday premium hours, a Summary
strip of Current / Year to Date), an electric cooperative's semi-monthly salaried "Earnings Statement" (a dark title
bar, captioned cells, Gross / Total deductions / Net boxes), an Ohio school district treasurer's monthly "Employee Pay
Advice" for a cafeteria worker (SERS retirement, Medicare but no Social Security, a school district income tax, a
fixed-width font), a regional health system's bi-weekly "Earnings Statement" (pay codes REG / NDIF / WDIF / PTO,
pre-tax and after-tax deductions) and a distribution center's weekly "Pay Stub" from a payroll provider (night shift
premium, YTD hours). Statements: a state bank's two-page joint checking statement (summary box, one ledger with a
running balance, daily ending balances), a regional bank's statement in sections (deposits, checks paid, other
debits, daily balances) showing the payroll and a tenant's rent, and a community bank's e-statements with a
five-cell summary strip, for checking and savings. Letters and papers: Social Security's two-page Notice of Award for
survivors benefits, a Benefit Verification Letter printed from my Social Security (benefit before deductions, the
Medicare premium, the payment rounded down), a paper-industry pension plan's monthly payment statement, a state
workforce agency's Notice of Monetary Determination (weekly benefit amount), a funeral home's Statement of Funeral
Goods and Services (an "other" paper: a bill, not a death certificate or an obituary), page 1 of a residential lease
and the servicer's own mortgage statement (both "other"), the real IRS Form 4506-C (its leftover sample values
cleared, filled through its AcroForm and left UNSIGNED), hardship letters typed (unsigned e-mail attachments, or
printed and signed by both) and written by hand on plain paper and on three-hole notebook paper. Co-borrowers in three
packets.

Complete: u1, u3, u5. Incomplete for different reasons: u2 the widow checked "Death of borrower or wage earner" and
sent a handwritten letter, the survivors award and a funeral home's bill, but no death certificate or obituary
(hardship_doc:death); u4 wages and net rental income are claimed and documented (fresh pay stubs, two consecutive
statements showing pay and rent), but the IRS Form 4506-C came back typed and never signed (irs_form_4506c); u6 pay
arrives by direct deposit, so no pay stub was sent, only checking statements for August and October (September
missing) and a savings statement for September: no two consecutive statements of one account (income_doc:wages).

This set is standalone: its people, pens (hand printing drawn stroke by stroke from an alphabet of its own, with a
quick joined signature), printers and scanners and the checklist (`missing_codes`, shared/spec/checklist.md) are
written here, so expected status and missing codes follow from the values drawn and not from a hand-written answer.
expected.json also carries `acknowledgment_due` (received + 5 business days, legal public holidays skipped on their
actual dates: Washington's Birthday, Memorial Day, Juneteenth, Labor Day, Columbus Day and Thanksgiving each fall
inside one packet's window) and `evaluation_due` (complete packets: received + 30 days); the comparison ignores both.
`--check` confirms that the rules give each scenario's codes, that the dates are right, that every page of every file
belongs to exactly one document (separator sheets aside), that `scanned` matches the pages' text layers, that pay-stub
and statement arithmetic holds, that every expected value is printed (or hand-written) on its document and that no
full SSN (all in the 900-999 area) reaches expected.json. Received dates fall in 2030. Every file is the same bytes
for a seed.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import math
import random
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pypdfium2
from PIL import Image, ImageDraw, ImageFilter
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import pdf_factory as pf

logging.getLogger("pypdf").setLevel(logging.ERROR)

PAGE_W, PAGE_H = letter
FORM4506C_BLANK = pf.REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
SYNTHETIC = "synthetic test document - not a real record"
CENT = Decimal("0.01")

# --- money, dates, holidays ------------------------------------------------------------------------------


def D(value: str | int | float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def money(value: Decimal, dollar: bool = False) -> str:
    text = f"{value:,.2f}"
    if value < 0:
        text = f"-{-value:,.2f}"
    return ("$" + text) if dollar and value >= 0 else (("-$" + f"{-value:,.2f}") if dollar else text)


def us(day: date) -> str:
    return day.strftime("%m/%d/%Y")


def us_short(day: date) -> str:
    return f"{day.month}/{day.day}/{day.year}"


def long_date(day: date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def abbr_date(day: date) -> str:
    return f"{day.strftime('%b')} {day.day}, {day.year}"


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def last_weekday(year: int, month: int, weekday: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def legal_public_holidays(year: int) -> dict[date, str]:
    """5 U.S.C. 6103(a), on their actual dates (domain-rules.md 1.14: the observed Friday or Monday is counted as a
    business day, the conservative reading)."""
    return {
        date(year, 1, 1): "New Year's Day",
        nth_weekday(year, 1, 0, 3): "Birthday of Martin Luther King, Jr.",
        nth_weekday(year, 2, 0, 3): "Washington's Birthday",
        last_weekday(year, 5, 0): "Memorial Day",
        date(year, 6, 19): "Juneteenth National Independence Day",
        date(year, 7, 4): "Independence Day",
        nth_weekday(year, 9, 0, 1): "Labor Day",
        nth_weekday(year, 10, 0, 2): "Columbus Day",
        date(year, 11, 11): "Veterans Day",
        nth_weekday(year, 11, 3, 4): "Thanksgiving Day",
        date(year, 12, 25): "Christmas Day",
    }


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in legal_public_holidays(day.year)


def add_business_days(start: date, count: int) -> date:
    day = start
    while count:
        day += timedelta(days=1)
        if is_business_day(day):
            count -= 1
    return day


def month_end(year: int, month: int) -> date:
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


# --- hand printing: a stroke alphabet of our own ---------------------------------------------------------
# Glyphs are drawn in units where the capital height is 10, the x-height 6 and descenders reach -3.5; y points up.
# A stroke is ("L", points) for straight segments with corners or ("S", points) for a curve through the points.


def arc(cx: float, cy: float, rx: float, ry: float, a0: float, a1: float, step: float = 15.0) -> list[tuple]:
    count = max(2, int(abs(a1 - a0) / step) + 1)
    return [(cx + rx * math.cos(math.radians(a0 + (a1 - a0) * i / (count - 1))),
             cy + ry * math.sin(math.radians(a0 + (a1 - a0) * i / (count - 1)))) for i in range(count)]


def _L(*points: tuple) -> tuple[str, list[tuple]]:
    return ("L", list(points))


def _S(*points: tuple | list) -> tuple[str, list[tuple]]:
    flat: list[tuple] = []
    for item in points:
        if isinstance(item, list):
            flat.extend(item)
        else:
            flat.append(item)
    return ("S", flat)


def _dot(x: float, y: float) -> tuple[str, list[tuple]]:
    return ("L", [(x - 0.15, y - 0.1), (x + 0.2, y + 0.25)])


_P_BOWL = [_L((0, 0), (0, 10)), _S((0, 10), (3.4, 10), arc(3.4, 7.5, 2.6, 2.5, 90, -90), (0, 5))]
_S_CURVE = [(6.2, 8.6), (5, 9.8), (3.2, 10), (1.3, 9.4), (0.5, 7.8), (1.3, 6.2), (3.2, 5.3), (5.3, 4.4),
            (6.4, 2.7), (5.8, 0.9), (3.8, 0), (1.6, 0.2), (0, 1.4)]

GLYPHS: dict[str, tuple[float, list]] = {
    "A": (7, [_L((0, 0), (3.5, 10), (7, 0)), _L((1.4, 4), (5.6, 4))]),
    "B": (6.4, [_L((0, 0), (0, 10)), _S((0, 10), (3.4, 10), arc(3.4, 7.5, 2.5, 2.5, 90, -90), (0, 5)),
                _S((0, 5), (3.8, 5), arc(3.8, 2.5, 2.6, 2.5, 90, -90), (0, 0))]),
    "C": (7, [_S(arc(4, 5, 4, 5, 50, 310))]),
    "D": (7, [_L((0, 0), (0, 10)), _S((0, 10), (2.5, 10), arc(2.5, 5, 4.3, 5, 90, -90), (0, 0))]),
    "E": (6, [_L((6, 10), (0, 10), (0, 0), (6, 0)), _L((0, 5.2), (4.6, 5.2))]),
    "F": (6, [_L((6, 10), (0, 10), (0, 0)), _L((0, 5.2), (4.6, 5.2))]),
    "G": (8, [_S(arc(4, 5, 4, 5, 48, 352)), _L((4.5, 4.3), (8, 4.3), (8, 1.0))]),
    "H": (6.6, [_L((0, 0), (0, 10)), _L((6.6, 0), (6.6, 10)), _L((0, 5.1), (6.6, 5.1))]),
    "I": (2.4, [_L((1.2, 10), (1.2, 0)), _L((0, 10), (2.4, 10)), _L((0, 0), (2.4, 0))]),
    "J": (5.6, [_S((5.4, 10), (5.4, 3), arc(2.7, 3, 2.7, 3, 0, -165))]),
    "K": (6.2, [_L((0, 0), (0, 10)), _L((6, 10), (0, 3.6)), _L((2, 5.8), (6.2, 0))]),
    "L": (5.6, [_L((0, 10), (0, 0), (5.6, 0))]),
    "M": (8.2, [_L((0, 0), (0.4, 10), (4.1, 2.6), (7.8, 10), (8.2, 0))]),
    "N": (6.8, [_L((0, 0), (0, 10), (6.8, 0), (6.8, 10))]),
    "O": (8, [_S(arc(4, 5, 4, 5, 95, 460))]),
    "P": (6.2, _P_BOWL),
    "Q": (8, [_S(arc(4, 5, 4, 5, 95, 460)), _L((4.8, 2.6), (8.2, -0.6))]),
    "R": (6.4, [*_P_BOWL, _L((2.8, 5), (6.4, 0))]),
    "S": (6.4, [_S(*_S_CURVE)]),
    "T": (7, [_L((0, 10), (7, 10)), _L((3.5, 10), (3.5, 0))]),
    "U": (6.6, [_S((0, 10), (0, 3.2), arc(3.3, 3.2, 3.3, 3.2, 180, 360), (6.6, 10))]),
    "V": (7, [_L((0, 10), (3.5, 0), (7, 10))]),
    "W": (9.6, [_L((0, 10), (2.3, 0), (4.8, 7.4), (7.3, 0), (9.6, 10))]),
    "X": (6.6, [_L((0, 10), (6.6, 0)), _L((6.6, 10), (0, 0))]),
    "Y": (6.8, [_L((0, 10), (3.4, 5.2)), _L((6.8, 10), (3.4, 5.2), (3.4, 0))]),
    "Z": (6.8, [_L((0.2, 10), (6.6, 10), (0, 0), (6.8, 0))]),
    "0": (6, [_S(arc(3, 5, 3, 5, 95, 460))]),
    "1": (3.4, [_L((0.4, 8), (2.6, 10), (2.6, 0))]),
    "2": (6, [_S((0.3, 7.6), (1, 9.3), (2.9, 10), (4.8, 9.5), (5.6, 7.8), (5, 5.8), (3, 3.6), (0, 0)),
              _L((0, 0), (6, 0))]),
    "3": (6, [_S((0.4, 8.8), (2.2, 9.9), (4.3, 9.8), (5.4, 8.3), (4.9, 6.5), (2.6, 5.4)),
              _S((2.6, 5.4), (4.9, 4.8), (6, 2.8), (5.2, 0.8), (3, 0), (0.9, 0.3), (0, 1.4))]),
    "4": (6.2, [_L((4.6, 0), (4.6, 10), (0, 3.2), (6.2, 3.2))]),
    "5": (6, [_L((5.8, 10), (1.1, 10), (0.7, 5.6)),
              _S((0.7, 5.6), (2.6, 6.3), (4.7, 6), (5.9, 4.1), (5.7, 1.6), (3.7, 0), (1.5, 0.1), (0.1, 1.3))]),
    "6": (6, [_S((5.1, 9.5), (3.4, 10), (1.5, 9), (0.3, 6.3), (0.2, 2.8), (1.5, 0.4), (3.4, 0), (5.3, 0.9),
                 (5.9, 3), (5, 5.1), (3.1, 5.8), (1.3, 5.1), (0.3, 3.4))]),
    "7": (6, [_L((0, 10), (6, 10), (2.2, 0))]),
    "8": (6, [_S((3, 5.4), (1.2, 6.4), (0.8, 8.4), (2, 9.8), (4, 9.8), (5.2, 8.4), (4.8, 6.4), (3, 5.4),
                 (0.9, 4.2), (0.3, 2.1), (1.5, 0.2), (4.5, 0.2), (5.7, 2.1), (5.1, 4.2), (3, 5.4))]),
    "9": (6, [_S((5.5, 6.9), (4.4, 5.1), (2.4, 4.6), (0.6, 5.7), (0.3, 8.2), (1.8, 9.9), (4, 9.9), (5.5, 8.3),
                 (5.6, 5), (5.1, 2), (3.8, 0.2), (1.8, 0), (0.5, 1))]),
    ".": (1.4, [_dot(0.6, 0.2)]),
    ",": (1.6, [_S((0.8, 0.6), (0.7, -0.6), (0.1, -1.8))]),
    "-": (4.2, [_L((0.3, 4.6), (3.9, 4.6))]),
    "/": (4.6, [_L((0, -0.5), (4.6, 10.5))]),
    ":": (1.4, [_dot(0.6, 0.6), _dot(0.6, 5.4)]),
    "$": (6.2, [_S(*[(x * 0.95, 0.4 + y * 0.92) for x, y in _S_CURVE]), _L((3.1, 11.3), (3.1, -1.3))]),
    "#": (6.6, [_L((2.2, 10), (1.4, 0)), _L((5.2, 10), (4.4, 0)), _L((0, 6.6), (6.4, 6.6)),
                _L((0, 3.2), (6.2, 3.2))]),
    "(": (3, [_S(arc(3.6, 5, 3.2, 6.6, 130, 230))]),
    ")": (3, [_S(arc(-0.6, 5, 3.2, 6.6, 50, -50))]),
    "&": (7, [_S((6.6, 0), (2, 6.8), (1.8, 8.8), (3, 10), (4.4, 9.2), (4.3, 7.6), (1.4, 5), (0.2, 2.6), (1.2, 0.4),
                 (3.2, 0), (5, 1), (6.8, 3.6))]),
    "'": (1.4, [_L((0.8, 10), (0.5, 7.4))]),
    "!": (1.6, [_L((0.8, 10), (0.7, 2.8)), _dot(0.7, 0.2)]),
    "?": (5.4, [_S((0.4, 8.4), (1.8, 9.9), (3.8, 9.8), (5, 8.2), (4.1, 6.2), (2.7, 5), (2.6, 2.8)), _dot(2.6, 0.2)]),
    "@": (9, [_S(arc(4.3, 4.6, 1.8, 2.2, 20, 380)),
              _S((6.1, 6.6), (6.1, 3.2), (6.9, 2.3), (8.2, 3), (8.8, 5.2), arc(4.5, 5, 4.3, 5, 2, 320))]),
    "+": (5.6, [_L((0.2, 4.6), (5.4, 4.6)), _L((2.8, 2), (2.8, 7.2))]),
    "a": (5.8, [_S(arc(2.6, 3, 2.6, 3, 25, 345)), _L((5.3, 6), (5.3, 0.6), (5.8, 0))]),
    "b": (5.8, [_L((0, 10), (0, 0)), _S(arc(2.9, 3, 2.9, 3, 155, -155))]),
    "c": (5.2, [_S(arc(2.9, 3, 2.9, 3, 45, 315))]),
    "d": (5.8, [_S(arc(2.6, 3, 2.6, 3, 25, 345)), _L((5.3, 10), (5.3, 0))]),
    "e": (5.6, [_S((0.2, 3.1), (5.5, 3.1), arc(2.8, 3, 2.8, 3, 8, 320))]),
    "f": (4.4, [_S((4.4, 9.4), (3.3, 10), (2.1, 9.6), (1.7, 8), (1.7, 0)), _L((0, 6), (3.9, 6))]),
    "g": (5.8, [_S(arc(2.6, 3, 2.6, 3, 25, 345)), _S((5.3, 6), (5.3, -1.6), arc(2.8, -1.6, 2.5, 1.9, 0, -165))]),
    "h": (5.4, [_L((0, 10), (0, 0)), _S((0, 3.6), arc(2.7, 3.6, 2.7, 2.4, 165, 0), (5.4, 0))]),
    "i": (1.4, [_L((0.6, 6), (0.6, 0)), _dot(0.6, 8.4)]),
    "j": (3.2, [_S((2.6, 6), (2.6, -1.9), arc(1.1, -1.9, 1.5, 1.6, 0, -170)), _dot(2.6, 8.4)]),
    "k": (5, [_L((0, 10), (0, 0)), _L((4.6, 6), (0, 2.4)), _L((1.5, 3.4), (5, 0))]),
    "l": (1.8, [_S((0.6, 10), (0.6, 0.8), (1.3, 0))]),
    "m": (7.6, [_L((0, 6), (0, 0)), _S((0, 3.8), arc(1.9, 3.9, 1.9, 2.1, 170, 0), (3.8, 0)),
                _S((3.8, 3.8), arc(5.7, 3.9, 1.9, 2.1, 170, 0), (7.6, 0))]),
    "n": (5.2, [_L((0, 6), (0, 0)), _S((0, 3.8), arc(2.6, 3.6, 2.6, 2.4, 165, 0), (5.2, 0))]),
    "o": (5.8, [_S(arc(2.9, 3, 2.9, 3, 95, 460))]),
    "p": (5.8, [_L((0, 6), (0, -3.5)), _S(arc(2.9, 3, 2.9, 3, 155, -155))]),
    "q": (6, [_S(arc(2.6, 3, 2.6, 3, 25, 345)), _L((5.3, 6), (5.3, -3.5), (6, -2.8))]),
    "r": (4, [_L((0, 6), (0, 0)), _S((0, 3.4), (0.8, 5.1), (2.3, 6), (4, 5.7))]),
    "s": (4.8, [_S((4.4, 5.2), (3.2, 6), (1.4, 5.9), (0.4, 4.8), (1, 3.5), (3.2, 2.8), (4.5, 1.8), (4.2, 0.5),
                   (2.6, 0), (0.9, 0.2), (0, 0.9))]),
    "t": (4, [_S((1.8, 9), (1.8, 1), (2.5, 0), (3.9, 0.3)), _L((0, 6), (3.8, 6))]),
    "u": (5.4, [_S((0, 6), (0, 2.5), arc(2.6, 2.5, 2.6, 2.5, 180, 360), (5.2, 6)), _L((5.2, 6), (5.3, 0))]),
    "v": (5.4, [_L((0, 6), (2.7, 0), (5.4, 6))]),
    "w": (7.6, [_L((0, 6), (1.9, 0), (3.8, 4.6), (5.7, 0), (7.6, 6))]),
    "x": (5, [_L((0, 6), (5, 0)), _L((5, 6), (0, 0))]),
    "y": (5.4, [_L((0, 6), (2.7, 0.4)), _S((5.4, 6), (2.5, -2.2), (1.4, -3.4), (0.1, -3.3))]),
    "z": (5.2, [_L((0, 6), (5, 6), (0, 0), (5.2, 0))]),
}


def catmull_rom(points: Sequence[tuple], steps: int = 5) -> list[tuple]:
    if len(points) < 3:
        return list(points)
    pts = [points[0], *points, points[-1]]
    out = [points[0]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(1, steps + 1):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                                    + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3) for k in range(2)))
    return out


@dataclass
class Stroke:
    """One pen line on a page: points in PDF points from the page's top-left corner."""

    points: list[tuple[float, float]]
    width: float
    color: tuple[int, int, int]


@dataclass(frozen=True)
class Pen:
    """A writer and the pen in the hand."""

    color: tuple[int, int, int] = (24, 26, 34)
    width: float = 0.75  # points
    slant: float = 0.12  # shear: x grows with height
    wobble: float = 0.27  # per-point jitter in glyph units
    spacing: float = 1.9  # between letters, glyph units
    caps: bool = False  # prints everything in capitals


BLUE_BALLPOINT = Pen(color=(28, 52, 150), width=0.8, slant=0.1)
BLACK_BALLPOINT = Pen(color=(22, 22, 30), width=0.72, slant=0.06)
BLACK_GEL = Pen(color=(12, 12, 16), width=0.95, slant=0.16, wobble=0.26)


class Hand:
    """Writes strings as pen strokes, a little differently each time, like a person printing."""

    def __init__(self, pen: Pen, rng: random.Random):
        self.pen = pen
        self.rng = rng

    def text_width(self, text: str, size: float, squeeze: float = 1.0) -> float:
        unit = size / 10.0
        text = text.upper() if self.pen.caps else text
        total = 0.0
        for ch in text:
            if ch == " ":
                total += 3.6 * unit * squeeze
                continue
            glyph = GLYPHS.get(ch) or GLYPHS.get(ch.upper())
            total += ((glyph[0] if glyph else 5) + self.pen.spacing) * unit * squeeze
        return total

    def write(self, text: str, x: float, baseline: float, size: float, max_width: float | None = None,
              connect: bool = False) -> list[Stroke]:
        """Strokes for `text` starting at x on `baseline` (top-left page coordinates), capital height `size` pt."""
        rng, pen = self.rng, self.pen
        if pen.caps:
            text = text.upper()
        squeeze = 1.0
        if max_width:
            width = self.text_width(text, size)
            if width > max_width:
                squeeze = max(0.55, max_width / width)
        unit = size / 10.0
        strokes: list[Stroke] = []
        cursor = x
        drift = rng.uniform(-0.6, 0.6)
        slope = rng.uniform(-0.012, 0.012)
        join_to: int | None = None  # the stroke the next letter's first stroke runs on from (joined writing)
        for ch in text:
            if ch == " ":
                cursor += 3.6 * unit * squeeze * rng.uniform(0.85, 1.25)
                join_to = None
                continue
            glyph = GLYPHS.get(ch) or GLYPHS.get(ch.upper())
            if glyph is None:
                cursor += 5 * unit * squeeze
                continue
            advance, parts = glyph
            scale = unit * rng.uniform(0.93, 1.07)
            sx = scale * squeeze * rng.uniform(0.95, 1.05)
            rot = math.radians(rng.uniform(-2.2, 2.2))
            lift = (drift + rng.uniform(-0.35, 0.35)) * unit + slope * (cursor - x)
            slant = pen.slant + rng.uniform(-0.04, 0.04)
            body: int | None = None
            for index, (kind, points) in enumerate(parts):
                jittered = [(gx + rng.uniform(-pen.wobble, pen.wobble), gy + rng.uniform(-pen.wobble, pen.wobble))
                            for gx, gy in points]
                if kind == "S":
                    jittered = catmull_rom(jittered, 4)
                placed = []
                for gx, gy in jittered:
                    gx, gy = gx * math.cos(rot) - gy * math.sin(rot) * 0.3, gy + gx * math.sin(rot) * 0.3
                    placed.append((cursor + gx * sx + gy * scale * slant, baseline - lift - gy * scale))
                is_dot = len(points) == 2 and math.dist(points[0], points[1]) < 0.6
                if connect and index == 0 and join_to is not None:
                    strokes[join_to].points.extend(placed)
                    body = join_to
                else:
                    strokes.append(Stroke(placed, pen.width * rng.uniform(0.9, 1.1), pen.color))
                    if not is_dot and (body is None or index == 0):
                        body = len(strokes) - 1
            join_to = body if connect else None
            cursor += (advance + pen.spacing * rng.uniform(0.8, 1.2)) * sx
        return strokes

    def signature(self, name: str, x: float, baseline: float, size: float, width: float | None = None) -> list[Stroke]:
        """A quick signature: the name run together in a slanted, compressed hand with a flourish under it."""
        first, *rest = name.replace(".", "").split()
        last = rest[-1] if rest else ""
        words = [first[0].upper() + first[1:].lower(), last[0].upper() + last[1:].lower()] if last else [first]
        signer = Hand(Pen(color=self.pen.color, width=self.pen.width * 1.05, slant=0.42, wobble=0.45, spacing=0.6),
                      self.rng)
        strokes: list[Stroke] = []
        cursor = x
        for word in words:
            word_strokes = signer.write(word, cursor, baseline, size, connect=True)
            strokes.extend(self._squash(word_strokes, cursor, 0.78))
            cursor = max(p[0] for s in strokes for p in s.points) + size * 0.45
        end = max(p[0] for s in strokes for p in s.points)
        if width and end - x > width:
            strokes = self._squash(strokes, x, width / (end - x))
            end = x + width
        rng = self.rng
        tail = catmull_rom([(x + size * 0.2, baseline + size * 0.28),
                            ((x + end) / 2, baseline + size * rng.uniform(0.2, 0.4)),
                            (end + size * 0.3, baseline + size * rng.uniform(-0.05, 0.15))], 8)
        strokes.append(Stroke(tail, self.pen.width * 0.9, self.pen.color))
        return strokes

    @staticmethod
    def _squash(strokes: list[Stroke], x0: float, factor: float) -> list[Stroke]:
        return [Stroke([(x0 + (px - x0) * factor, py) for px, py in s.points], s.width, s.color) for s in strokes]

    def check(self, x0: float, top: float, x1: float, bottom: float, style: str = "x") -> list[Stroke]:
        """A mark in the box (x0, top)-(x1, bottom): an X, or a tick that runs a little past the box."""
        rng, pen = self.rng, self.pen
        w, h = x1 - x0, bottom - top

        def j(px: float, py: float) -> tuple[float, float]:
            return (px + rng.uniform(-0.06, 0.06) * w, py + rng.uniform(-0.06, 0.06) * h)

        if style == "tick":
            pts = catmull_rom([j(x0 + 0.1 * w, top + 0.55 * h), j(x0 + 0.38 * w, bottom - 0.05 * h),
                               j(x0 + 0.7 * w, top + 0.25 * h), j(x1 + 0.25 * w, top - 0.25 * h)], 4)
            return [Stroke(pts, pen.width * 1.1, pen.color)]
        over = rng.uniform(0.05, 0.3)  # a quick X runs past the box's corners
        return [Stroke([j(x0 - over * w, top - over * h), j(x1 + over * w, bottom + over * h * 0.6)],
                       pen.width * 1.1, pen.color),
                Stroke([j(x1 + over * w * 0.8, top - over * h), j(x0 - over * w * 0.5, bottom + over * h * 0.7)],
                       pen.width * 1.1, pen.color)]

    def circle(self, x0: float, top: float, x1: float, bottom: float) -> list[Stroke]:
        cx, cy, rx, ry = (x0 + x1) / 2, (top + bottom) / 2, (x1 - x0) / 2 + 3, (bottom - top) / 2 + 2
        pts = [(cx + rx * math.cos(math.radians(a)) + self.rng.uniform(-0.4, 0.4),
                cy + ry * math.sin(math.radians(a)) + self.rng.uniform(-0.4, 0.4)) for a in range(200, 590, 20)]
        return [Stroke(catmull_rom(pts, 3), self.pen.width, self.pen.color)]


def draw_strokes_on_image(image: Image.Image, strokes: Iterable[Stroke], dpi: int) -> Image.Image:
    """Ink the strokes into a page image (RGB), anti-aliased, the way ink darkens paper."""
    strokes = list(strokes)
    if not strokes:
        return image
    k = dpi / 72.0
    ss = 2
    w, h = image.size
    base = np.asarray(image.convert("RGB"), dtype=np.float32)
    by_color: dict[tuple, list[Stroke]] = {}
    for s in strokes:
        by_color.setdefault(s.color, []).append(s)
    for color, group in by_color.items():
        mask = Image.new("L", (w * ss, h * ss), 0)
        draw = ImageDraw.Draw(mask)
        for s in group:
            pts = [(px * k * ss, py * k * ss) for px, py in s.points]
            width = max(1, round(s.width * k * ss))
            if len(pts) == 1:
                pts = pts * 2
            draw.line(pts, fill=235, width=width, joint="curve")
            r = width / 2
            for px, py in (pts[0], pts[-1]):
                draw.ellipse((px - r, py - r, px + r, py + r), fill=235)
        mask = mask.resize((w, h), Image.Resampling.LANCZOS).filter(ImageFilter.GaussianBlur(0.35))
        alpha = np.asarray(mask, dtype=np.float32)[..., None] / 255.0
        ink = np.array(color, dtype=np.float32)[None, None, :]
        base = base * (1 - alpha) + np.minimum(base, ink) * alpha
    return Image.fromarray(base.clip(0, 255).astype(np.uint8), "RGB")


def draw_strokes_on_canvas(pdf: canvas.Canvas, strokes: Iterable[Stroke], page_h: float = PAGE_H) -> None:
    pdf.saveState()
    pdf.setLineCap(1)
    pdf.setLineJoin(1)
    for s in strokes:
        pdf.setStrokeColorRGB(*(c / 255 for c in s.color))
        pdf.setLineWidth(s.width)
        path = pdf.beginPath()
        (x0, y0), *rest = s.points
        path.moveTo(x0, page_h - y0)
        for px, py in rest or [(x0 + 0.2, y0 + 0.2)]:
            path.lineTo(px, page_h - py)
        pdf.drawPath(path, stroke=1, fill=0)
    pdf.restoreState()


# --- born-digital drawing ----------------------------------------------------------------------------------


class Sheet:
    """A document drawn on a computer: a reportlab canvas addressed from the page's top-left corner, in points,
    remembering every string it prints (for --check)."""

    def __init__(self, title: str = "", author: str = "", creator: str = "", producer: str | None = None,
                 pagesize: tuple[float, float] = letter, footer: bool = True):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator(creator)
        if producer:
            self.c.setProducer(producer)
        self.w, self.h = pagesize
        self.printed: list[str] = []
        self.footer = footer
        self.pages = 0

    def text(self, x: float, y: float, s: str, size: float = 9, font: str = "Helvetica", align: str = "l",
             color: tuple[float, float, float] = (0, 0, 0)) -> float:
        """Draw `s` with its baseline at y; returns its width."""
        c = self.c
        c.setFont(font, size)
        c.setFillColorRGB(*color)
        width = c.stringWidth(s, font, size)
        if align == "r":
            c.drawRightString(x, self.h - y, s)
        elif align == "c":
            c.drawCentredString(x, self.h - y, s)
        else:
            c.drawString(x, self.h - y, s)
        c.setFillColorRGB(0, 0, 0)
        if s.strip():
            self.printed.append(s)
        return width

    def wrap(self, x: float, y: float, width: float, text: str, size: float = 9.5, font: str = "Helvetica",
             leading: float | None = None, color: tuple[float, float, float] = (0, 0, 0)) -> float:
        """A paragraph set ragged right in `width`; returns the baseline below its last line."""
        leading = leading or size * 1.32
        words, line = text.split(), ""
        for word in words:
            trial = f"{line} {word}".strip()
            if self.c.stringWidth(trial, font, size) > width and line:
                self.text(x, y, line, size, font, color=color)
                y += leading
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, size, font, color=color)
            y += leading
        return y

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5, gray: float = 0.0) -> None:
        c = self.c
        c.setLineWidth(width)
        c.setStrokeGray(gray)
        c.line(x1, self.h - y1, x2, self.h - y2)
        c.setStrokeGray(0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | tuple | None = None,
             stroke: float | None = 0.0,
             width: float = 0.5) -> None:
        """A box whose top-left corner is (x, y); fill and stroke are grays (or an RGB tuple for fill)."""
        c = self.c
        c.setLineWidth(width)
        if isinstance(fill, tuple):
            c.setFillColorRGB(*fill)
        elif fill is not None:
            c.setFillGray(fill)
        if stroke is not None:
            c.setStrokeGray(stroke)
        c.rect(x, self.h - y - h, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.setFillGray(0)
        c.setStrokeGray(0)

    def box(self, x: float, y: float, size: float = 8, checked: bool = False) -> tuple[float, float, float, float]:
        """A check box at (x, y) top-left; returns its bounds for a pen."""
        self.rect(x, y, size, size, stroke=0.0, width=0.6)
        if checked:
            self.line(x + 1.5, y + 1.5, x + size - 1.5, y + size - 1.5, 0.9)
            self.line(x + size - 1.5, y + 1.5, x + 1.5, y + size - 1.5, 0.9)
        return (x, y, x + size, y + size)

    def image(self, image: Image.Image, x: float, y: float, w: float, h: float) -> None:
        buf = io.BytesIO()
        image.save(buf, "PNG")
        buf.seek(0)
        self.c.drawImage(ImageReader(buf), x, self.h - y - h, w, h, mask="auto")

    def page(self) -> None:
        if self.footer:
            self.c.setFont("Helvetica", 4.5)
            self.c.setFillGray(0.72)
            self.c.drawRightString(self.w - 18, 10, SYNTHETIC)
            self.c.setFillGray(0)
        self.c.showPage()
        self.pages += 1

    def done(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def overlay_pdf(pages: int, draw: Callable[[canvas.Canvas, int], None]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    for index in range(pages):
        draw(c, index)
        c.showPage()
    c.save()
    return buf.getvalue()


def merge_overlay(pdf: bytes, overlay: bytes) -> bytes:
    """Stamp each overlay page onto the same page of `pdf`, keeping its form fields."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    marks = PdfReader(io.BytesIO(overlay))
    for page, mark in zip(writer.pages, marks.pages, strict=False):
        page.merge_page(mark)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


# --- people, documents, packets ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    first: str
    middle: str
    last: str
    ssn: str  # 9xx-xx-xxxx, never issued
    phone: str
    email: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.middle}. {self.last}" if self.middle else f"{self.first} {self.last}"

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def last4(self) -> str:
        return self.ssn[-4:]


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str
    zip: str

    @property
    def line(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def city_line(self) -> str:
        return f"{self.city}, {self.state} {self.zip}"


@dataclass
class Doc:
    """One logical document as the borrower sent it."""

    type: str
    pdf: bytes
    fields: dict[str, Any] = field(default_factory=dict)
    pen: dict[int, list[Stroke]] = field(default_factory=dict)  # page index -> what was written on the paper
    printed: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    date: date | None = None  # the date freshness is judged by
    facts: dict[str, Any] = field(default_factory=dict)  # what the checklist reads from it
    forms: bool = False  # its AcroForm fields must be drawn when it is printed
    label: str = ""

    @property
    def pages(self) -> int:
        return page_count(self.pdf)

    def add_pen(self, page: int, strokes: Iterable[Stroke], text: str | None = None) -> None:
        self.pen.setdefault(page, []).extend(strokes)
        if text:
            self.written.append(text)


@dataclass
class Application:
    loan_number: str | None
    borrower: Person
    co: Person | None
    prop: Address
    occupancy: str | None
    hardships: list[str]
    hardship_start: date | None
    duration: str
    income_lines: list[tuple[str, Decimal]]  # (income code, monthly amount) line by line as written
    total_printed: Decimal | None  # the total the form prints, when it has a total line
    signed_on: date | None
    borrower_signs: bool = True
    co_signed_on: date | None = None
    co_signs: bool = False

    def income(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for code, amount in self.income_lines:
            if amount and amount > 0:
                out[code] = out.get(code, Decimal(0)) + amount
        return out

    @property
    def signed(self) -> bool:
        return self.borrower_signs and self.signed_on is not None

    @property
    def co_signed(self) -> bool | None:
        return None if self.co is None else (self.co_signs and self.co_signed_on is not None)

    def expected(self) -> dict[str, Any]:
        income: dict[str, Any] = {k: float(v) for k, v in self.income().items()}
        total = self.total_printed if self.total_printed is not None else sum(self.income().values(), Decimal(0))
        if income:
            income["total"] = float(total)
        return {
            "loan_number": self.loan_number,
            "borrower_name": self.borrower.name,
            "co_borrower_name": self.co.name if self.co else None,
            "ssn_last4": self.borrower.last4,
            "property_address": self.prop.line,
            "occupancy": self.occupancy,
            "hardship_types": sorted(self.hardships),
            "hardship_start_date": self.hardship_start.isoformat() if self.hardship_start else None,
            "income": income,
            "signed": self.signed,
            "signed_on": self.signed_on.isoformat() if self.signed and self.signed_on else None,
            "co_borrower_signed": self.co_signed,
        }


# --- the checklist (shared/spec/checklist.md), applied to what was drawn --------------------------------------

HARDSHIP_DOCS = {
    "disability_or_illness": {"hardship_letter", "medical_statement"},
    "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
    "separation_unmarried": {"quitclaim_deed"},
    "death": {"death_certificate", "obituary"},
    "relocation": {"military_pcs_orders", "employer_relocation_letter"},
    "other": {"hardship_letter"},
}


def fresh(doc: Doc, evaluated: date, days: int = 90) -> bool:
    return doc.date is not None and evaluated - timedelta(days=days) <= doc.date <= evaluated


def two_recent_statements(docs: Sequence[Doc], evaluated: date, kind: str = "bank_statement") -> bool:
    """Two statements of consecutive periods for the same account, the newer one fresh."""
    statements = [d for d in docs if d.type == kind]
    for newer in statements:
        if not fresh(newer, evaluated):
            continue
        for older in statements:
            if older is newer or older.facts["account"] != newer.facts["account"]:
                continue
            if older.facts["period_end"] + timedelta(days=1) == newer.facts["period_start"]:
                return True
    return False


def missing_codes(app: Application | None, docs: Sequence[Doc], evaluated: date) -> list[str]:
    if app is None:
        return ["application"]
    missing: list[str] = []
    if not app.signed or (app.co is not None and not app.co_signed):
        missing.append("application_signature")
    answers = {"loan_number": app.loan_number, "borrower_name": app.borrower.name, "property_address": app.prop.line,
               "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.hardship_start,
               "income": app.income()}
    missing += [f"application_field:{name}" for name, value in answers.items() if not value]
    banks = two_recent_statements(docs, evaluated)
    fresh_docs = [d for d in docs if fresh(d, evaluated)]
    for code in app.income():
        if code == "unemployment":
            continue
        if code == "wages":
            ok = banks or any(d.type == "pay_stub" and d.fields.get("gross_ytd") is not None for d in fresh_docs)
        elif code == "self_employment":
            ok = banks or any(d.type in ("profit_and_loss_statement", "tax_return") and d.facts.get("signed")
                              for d in fresh_docs)
        elif code in ("benefits_taxable", "benefits_nontaxable"):
            ok = banks or any(d.type == "benefit_award_letter" and d.fields.get("benefit_type") == code
                              and d.fields.get("monthly_amount") for d in fresh_docs)
        elif code == "rental":
            ok = banks or sum(d.type == "rent_check" for d in fresh_docs) >= 2
        elif code == "investment":
            ok = banks or two_recent_statements(docs, evaluated, "investment_statement")
        else:
            ok = banks or any(d.facts.get("documents_income") == code for d in fresh_docs)
        if not ok:
            missing.append(f"income_doc:{code}")
    types = {d.type for d in docs}
    for hardship in app.hardships:
        if hardship in HARDSHIP_DOCS and not HARDSHIP_DOCS[hardship] & types:
            missing.append(f"hardship_doc:{hardship}")
    if {"self_employment", "rental"} & set(app.income()) and not any(
            d.type == "irs_form_4506c" and d.fields.get("signed") for d in docs):
        missing.append("irs_form_4506c")
    return missing


# --- paper to PDF: printers, scanners, a phone app ------------------------------------------------------------


@dataclass(frozen=True)
class Device:
    """What turned paper into a PDF, and how it leaves its marks."""

    name: str
    dpi: int
    mode: str  # "RGB", "L" (JPEG in the PDF) or "1" (CCITT G4)
    skew: float  # largest tilt, degrees
    quality: int = 80
    noise: float = 3.0
    blur: float = 0.5
    paper: tuple[int, int, int] = (250, 249, 244)
    producer: str = ""
    creator: str = ""
    phone: bool = False


COPIER_COLOR_300 = Device("office copier, scan to folder, 300 dpi colour", 300, "RGB", 0.45, quality=72, noise=2.6,
                          blur=0.55, producer="KONICA MINOLTA bizhub C458", creator="KONICA MINOLTA bizhub C458")
PHONE_APP_BW = Device("phone scanner app, cleaned-up black and white", 200, "1", 0.0, noise=5.0, blur=0.9,
                      paper=(236, 232, 222), producer="DocScanner iOS 6.4", creator="DocScanner iOS 6.4", phone=True)
MAILROOM_GRAY_300 = Device("mailroom production scanner, 300 dpi grayscale", 300, "L", 0.6, quality=78, noise=2.2,
                           blur=0.45, paper=(246, 246, 244), producer="Kodak Capture Pro", creator="Kodak i3250")
HOME_AIO_GRAY_200 = Device("home all-in-one flatbed, 200 dpi grayscale", 200, "L", 1.0, quality=82, noise=3.2, blur=0.6,
                           paper=(244, 243, 238), producer="HP Smart", creator="HP ENVY 6000 series")


def render_pages(doc: Doc, dpi: int) -> list[Image.Image]:
    """Each page of the document printed (its form fields included) with the pen's strokes on the paper."""
    pdf = pypdfium2.PdfDocument(doc.pdf)
    try:
        if doc.forms:
            pdf.init_forms()
        images = []
        for index in range(len(pdf)):
            bitmap = pdf[index].render(scale=dpi / 72, may_draw_forms=doc.forms)
            image = bitmap.to_pil().convert("RGB")
            images.append(draw_strokes_on_image(image, doc.pen.get(index, []), dpi))
        return images
    finally:
        pdf.close()


def scan(image: Image.Image, device: Device, rng: random.Random) -> Image.Image:
    """One sheet through the device."""
    arr = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
    arr = arr * (np.array(device.paper, dtype=np.float32) / 255.0)[None, None, :]
    if device.phone:
        return _phone_capture(arr, device, rng)
    page = Image.fromarray((arr * 255).clip(0, 255).astype(np.uint8), "RGB")
    angle = rng.uniform(-device.skew, device.skew)
    dx, dy = rng.randint(-6, 6) * device.dpi // 300, rng.randint(-8, 8) * device.dpi // 300
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, translate=(dx, dy), fillcolor=(238, 238, 236))
    if device.blur:
        page = page.filter(ImageFilter.GaussianBlur(device.blur))
    arr = np.asarray(page, dtype=np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    arr = arr + nrng.normal(0, device.noise, size=arr.shape[:2])[..., None]
    speck = nrng.random(arr.shape[:2]) < 0.00004
    arr[speck] = arr[speck] * 0.35
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    return out.convert("L") if device.mode == "L" else out


def _phone_capture(arr: np.ndarray, device: Device, rng: random.Random) -> Image.Image:
    """A phone photo of the sheet under a lamp, then the app's clean-up: corners found (not quite exactly),
    the page flattened, and an adaptive threshold to black and white."""
    h, w = arr.shape[:2]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 1.0 - 0.22 * ((xx / w - rng.uniform(0.6, 0.9)) ** 2 + (yy / h - rng.uniform(0.1, 0.3)) ** 2)
    shade = 1.0 - 0.16 * np.clip((xx / w) * 1.6 - 0.9 + (yy / h) * 0.5, 0, 1)  # the phone's shadow at one side
    arr = arr * (light * shade)[..., None]
    img = (arr * 255).clip(0, 255).astype(np.uint8)
    err = 0.006
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[x + rng.uniform(-err, err) * w, y + rng.uniform(-err, err) * h] for x, y in src])
    matrix = cv2.getPerspectiveTransform(src, dst)
    img = cv2.warpPerspective(img, matrix, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    img = cv2.GaussianBlur(img, (0, 0), device.blur)
    img = (img.astype(np.float32) + nrng.normal(0, device.noise, size=img.shape)).clip(0, 255).astype(np.uint8)
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    bw = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 35, 13)
    bw[gray < 95] = 0  # solid dark areas stay dark (the app mixes a global cut with the local one)
    return Image.fromarray(bw, "L").convert("1", dither=Image.Dither.NONE)


def images_to_pdf(images: Sequence[Image.Image], device: Device, stamp: time.struct_time) -> bytes:
    """An image-only PDF as the device writes it (JPEG pages, or CCITT G4 for black and white)."""
    buf = io.BytesIO()
    first, *rest = images
    options: dict[str, Any] = {"quality": device.quality} if device.mode != "1" else {}
    first.save(buf, "PDF", resolution=float(device.dpi), save_all=True, append_images=rest, producer=device.producer,
               creator=device.creator, title="", creationDate=stamp, modDate=stamp, **options)
    return buf.getvalue()


def stamp_for(day: date, hour: int, minute: int) -> time.struct_time:
    return time.struct_time((day.year, day.month, day.day, hour, minute, 0, day.weekday(), day.timetuple().tm_yday, 0))


def with_pen_as_vectors(doc: Doc) -> bytes:
    """A born-digital file whose handwriting was drawn on screen (trackpad or touch): vector strokes in the page."""
    if not doc.pen:
        return doc.pdf
    overlay = overlay_pdf(doc.pages, lambda c, i: draw_strokes_on_canvas(c, doc.pen.get(i, [])))
    return merge_overlay(doc.pdf, overlay)


def with_pen_as_image(doc: Doc) -> bytes:
    """A born-digital file signed with a saved signature picture: a transparent PNG placed over the line."""
    if not doc.pen:
        return doc.pdf

    def draw(c: canvas.Canvas, index: int) -> None:
        strokes = doc.pen.get(index, [])
        if not strokes:
            return
        xs = [p[0] for s in strokes for p in s.points]
        ys = [p[1] for s in strokes for p in s.points]
        x0, y0, x1, y1 = min(xs) - 4, min(ys) - 4, max(xs) + 4, max(ys) + 4
        dpi = 220
        k = dpi / 72
        shifted = [Stroke([(px - x0, py - y0) for px, py in s.points], s.width, s.color) for s in strokes]
        size = (max(1, round((x1 - x0) * k)), max(1, round((y1 - y0) * k)))
        white = draw_strokes_on_image(Image.new("RGB", size, (255, 255, 255)), shifted, dpi)
        alpha = Image.eval(white.convert("L"), lambda v: 255 - v)
        rgba = Image.new("RGBA", size, (*strokes[0].color, 0))
        rgba.putalpha(alpha)
        buf = io.BytesIO()
        rgba.save(buf, "PNG")
        buf.seek(0)
        c.drawImage(ImageReader(buf), x0, PAGE_H - y1, x1 - x0, y1 - y0, mask="auto")

    return merge_overlay(doc.pdf, overlay_pdf(doc.pages, draw))


@dataclass
class Delivery:
    """One file dropped in the inbox."""

    path: str  # relative to inbox/
    docs: list[Doc]
    device: Device | None = None  # None: born digital, one document a file
    separator: Doc | None = None  # a cover sheet scanned in front of the documents
    signature_image: bool = False  # born digital: the pen arrives as a picture, not as vector strokes
    when: tuple[int, int] = (9, 30)


def build_file(delivery: Delivery, received: date, rng: random.Random) -> tuple[bytes, list[tuple[Doc, list[int]]]]:
    """The file's bytes and, for each document, the 1-based pages it occupies."""
    placed: list[tuple[Doc, list[int]]] = []
    if delivery.device is None:
        (doc,) = delivery.docs
        data = with_pen_as_image(doc) if delivery.signature_image else with_pen_as_vectors(doc)
        return data, [(doc, list(range(1, doc.pages + 1)))]
    device = delivery.device
    images: list[Image.Image] = []
    if delivery.separator is not None:
        images += [scan(page, device, rng) for page in render_pages(delivery.separator, device.dpi)]
    for doc in delivery.docs:
        pages = [scan(page, device, rng) for page in render_pages(doc, device.dpi)]
        placed.append((doc, list(range(len(images) + 1, len(images) + len(pages) + 1))))
        images += pages
    return images_to_pdf(images, device, stamp_for(received, *delivery.when)), placed


# --- the real Form 710 (April 2023), through its AcroForm or in pen ----------------------------------------

HARDSHIP_710 = {"unemployment": "Checkbox_41", "reduction_in_income": "Checkbox_42",
                "increase_in_housing_expenses": "Checkbox_43", "disaster": "Checkbox_44",
                "disability_or_illness": "Checkbox_45", "divorce_or_separation": "Checkbox_46",
                "separation_unmarried": "Checkbox_47", "death": "Checkbox_48", "relocation": "Checkbox_49",
                "other": "Checkbox_50"}
INCOME_710 = {"wages": "Number_2", "self_employment": "Number_3", "unemployment": "Number_4",
              "benefits_taxable": "Number_5", "benefits_nontaxable": "Number_6", "rental": "Number_7",
              "investment": "Number_8", "other": "Number_9"}
OCCUPANCY_710 = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


_WIDGETS: dict[str, tuple[int, tuple[float, float, float, float]]] = {}


def form710_widgets() -> dict[str, tuple[int, tuple[float, float, float, float]]]:
    """Field name -> (page index, (left, top, right, bottom) in points from the page's top-left corner)."""
    if not _WIDGETS:
        for index, page in enumerate(PdfReader(pf.FORM710_BLANK).pages):
            for ref in page.get("/Annots") or []:
                widget = ref.get_object()
                if widget.get("/T"):
                    x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
                    _WIDGETS[str(widget["/T"])] = (index, (x0, PAGE_H - y1, x1, PAGE_H - y0))
    return _WIDGETS


def form710_answers(app: Application, *, date_text: Callable[[date], str] = us,
                    money_text: Callable[[Decimal], str] = money, hoa_dues: Decimal | None = None,
                    assets: tuple[Decimal, Decimal] | None = None, sign_dates: bool = True,
                    text_ok: bool = True) -> dict[str, str | bool]:
    """The form's fields as this borrower answers them (text as written, boxes ticked)."""
    b, co = app.borrower, app.co
    values: dict[str, str | bool] = {
        "Text_2": b.name, "Text_3": b.last4, "Email_1": b.email, "US_Phone_Number_1": b.phone, "Checkbox_1": True,
        "Checkbox_17": True, "Checkbox_20": bool(b.email), "Checkbox_21": text_ok, "Checkbox_23": True,
        "Text_6": app.prop.line, "Checkbox_27": True, "Checkbox_30": True, "Checkbox_35": True,
    }
    if app.loan_number:
        values["Text_1"] = app.loan_number
    if co is not None:
        values.update({"Text_4": co.name, "Text_5": co.last4, "Email_2": co.email, "US_Phone_Number_3": co.phone,
                       "Checkbox_9": True})
    if app.occupancy:
        values[OCCUPANCY_710[app.occupancy]] = True
    if hoa_dues:
        values.update({"Checkbox_36": True, "Number_1": money_text(hoa_dues)})
    else:
        values["Checkbox_37"] = True
    if app.hardship_start:
        values["Date_1"] = date_text(app.hardship_start)
    values["Checkbox_38" if app.duration == "short_term" else "Checkbox_39"] = True
    for code in app.hardships:
        values[HARDSHIP_710[code]] = True
    for code, amount in app.income_lines:
        values[INCOME_710[code]] = money_text(amount)
    if assets:
        values["Number_10"], values["Number_11"] = money_text(assets[0]), money_text(assets[1])
    if sign_dates:
        if app.signed_on:
            values["Date_3"] = date_text(app.signed_on)
        if co is not None and app.co_signed_on:
            values["Date_4"] = date_text(app.co_signed_on)
    return values


def with_synthetic_footer(pdf: bytes) -> bytes:
    def draw(c: canvas.Canvas, _index: int) -> None:
        c.setFont("Helvetica", 4.5)
        c.setFillGray(0.72)
        c.drawRightString(PAGE_W - 18, 10, SYNTHETIC)

    return merge_overlay(pdf, overlay_pdf(page_count(pdf), draw))


def form710_typed(app: Application, values: dict[str, str | bool]) -> Doc:
    pdf = with_synthetic_footer(pf.form710_filled(values))
    doc = Doc("mortgage_assistance_application", pdf, forms=True, label="Form 710 typed")
    doc.printed = [v for v in values.values() if isinstance(v, str)]
    doc.facts["boxes"] = {k for k, v in values.items() if v is True}
    return doc


def form710_by_hand(values: dict[str, str | bool], hand: Hand, tick: str = "x") -> Doc:
    """The blank form printed and filled in pen: each answer hand-printed on its line, boxes marked."""
    doc = Doc("mortgage_assistance_application", with_synthetic_footer(pf.FORM710_BLANK.read_bytes()),
              label="Form 710 by hand")
    widgets = form710_widgets()
    for name, value in values.items():
        page, (x0, top, x1, bottom) = widgets[name]
        if value is True:
            doc.add_pen(page, hand.check(x0, top, x1, bottom, tick))
        elif isinstance(value, str) and value:
            size = min(9.0, (bottom - top) * 0.62)
            x = x0 + hand.rng.uniform(3, 14)
            doc.add_pen(page, hand.write(value, x, bottom - 2.6 + hand.rng.uniform(-0.8, 0.6), size,
                                         max_width=x1 - x - 2), value)
    doc.facts["boxes"] = {k for k, v in values.items() if v is True}
    return doc


def sign_form710(doc: Doc, app: Application, hand: Hand, co_hand: Hand | None = None,
                 dates_by_hand: bool = False) -> None:
    """Signatures on page 4 (and the dates beside them, when they are written rather than typed)."""
    widgets = form710_widgets()
    signers = [(app.borrower, app.borrower_signs, app.signed_on, "Signature_1", "Date_3", hand)]
    if app.co is not None:
        signers.append((app.co, app.co_signs, app.co_signed_on, "Signature_2", "Date_4", co_hand or hand))
    for person, signs, day, sig_field, date_field, writer in signers:
        if signs:
            page, (x0, _top, x1, bottom) = widgets[sig_field]
            doc.add_pen(page, writer.signature(person.name, x0 + writer.rng.uniform(6, 30), bottom - 4, 15,
                                               width=(x1 - x0) * 0.62))
        if dates_by_hand and day:
            page, (x0, _top, x1, bottom) = widgets[date_field]
            text = us_short(day)
            doc.add_pen(page, writer.write(text, x0 + 8, bottom - 3, 8.5), text)


# --- payroll ------------------------------------------------------------------------------------------------

PERIODS_A_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


@dataclass
class Earning:
    label: str
    rate: Decimal | None
    hours: Decimal | None
    current: Decimal
    ytd: Decimal = Decimal(0)


@dataclass
class Item:
    label: str
    current: Decimal
    ytd: Decimal = Decimal(0)


@dataclass
class Stub:
    pay_date: date
    period_start: date
    period_end: date
    earnings: list[Earning]
    pretax: list[Item]
    taxes: list[Item]
    after_tax: list[Item]
    gross: Decimal = Decimal(0)
    gross_ytd: Decimal = Decimal(0)
    net: Decimal = Decimal(0)
    net_ytd: Decimal = Decimal(0)
    hours_ytd: Decimal = Decimal(0)
    number: int = 0  # this check's place in the year's checks

    @property
    def deductions(self) -> list[Item]:
        return self.pretax + self.after_tax


@dataclass
class Payroll:
    """An employer's payroll for one employee: the pay calendar and how each check is figured."""

    frequency: str
    earnings: Callable[[int, date, date, random.Random], list[Earning]]
    pretax: Callable[[Decimal], list[Item]]
    taxes: Callable[[Decimal, Decimal], list[Item]]  # (gross, taxable) -> taxes
    after_tax: Callable[[Decimal], list[Item]] = lambda gross: []

    def run(self, calendar_: Sequence[tuple[date, date, date]], rng: random.Random) -> list[Stub]:
        """calendar_: (pay date, period start, period end) for every check of the year so far, in order."""
        stubs: list[Stub] = []
        totals: dict[tuple[str, str], Decimal] = {}
        for index, (pay, start, end) in enumerate(calendar_):
            earnings = self.earnings(index, start, end, rng)
            gross = sum((e.current for e in earnings), Decimal(0))
            pretax = self.pretax(gross)
            taxable = gross - sum((i.current for i in pretax), Decimal(0))
            taxes = self.taxes(gross, taxable)
            after = self.after_tax(gross)
            net = taxable - sum((i.current for i in taxes + after), Decimal(0))
            stub = Stub(pay, start, end, earnings, pretax, taxes, after, gross=gross, net=net, number=index + 1)
            for group, items in (("e", earnings), ("p", pretax), ("t", taxes), ("a", after)):
                for item in items:
                    key = (group, item.label)
                    totals[key] = totals.get(key, Decimal(0)) + item.current
                    item.ytd = totals[key]
            totals[("g", "")] = totals.get(("g", ""), Decimal(0)) + gross
            totals[("n", "")] = totals.get(("n", ""), Decimal(0)) + net
            totals[("h", "")] = totals.get(("h", ""), Decimal(0)) + sum(
                (e.hours for e in earnings if e.hours and e.rate and e.rate > 5), Decimal(0))
            stub.gross_ytd, stub.net_ytd, stub.hours_ytd = totals[("g", "")], totals[("n", "")], totals[("h", "")]
            stubs.append(stub)
        for stub in stubs:  # a label that starts mid-year shows its year-to-date on every later stub too
            stub.earnings = [e for e in stub.earnings if e.current or e.ytd]
        return stubs


def pay(rate: str | Decimal, hours: str | Decimal | float) -> Decimal:
    return D(Decimal(str(rate)) * Decimal(str(hours)))


def flat_taxes(federal: str, state: str, state_label: str, social_security: bool = True,
               local: tuple[str, str] | None = None) -> Callable[[Decimal, Decimal], list[Item]]:
    def taxes(gross: Decimal, taxable: Decimal) -> list[Item]:
        items = [Item("Federal Income Tax", D(taxable * Decimal(federal)))]
        if social_security:
            items.append(Item("Social Security", D(gross * Decimal("0.062"))))
        items.append(Item("Medicare", D(gross * Decimal("0.0145"))))
        items.append(Item(state_label, D(taxable * Decimal(state))))
        if local:
            items.append(Item(local[0], D(taxable * Decimal(local[1]))))
        return items

    return taxes


def biweekly_calendar(last_pay: date, lag_days: int = 6) -> list[tuple[date, date, date]]:
    """Every bi-weekly check of last_pay's year up to last_pay; the period ends lag_days before the pay date."""
    pays = [last_pay]
    while (pays[-1] - timedelta(days=14)).year == last_pay.year:
        pays.append(pays[-1] - timedelta(days=14))
    return [(p, p - timedelta(days=lag_days + 13), p - timedelta(days=lag_days)) for p in reversed(pays)]


def weekly_calendar(last_pay: date, lag_days: int = 6) -> list[tuple[date, date, date]]:
    pays = [last_pay]
    while (pays[-1] - timedelta(days=7)).year == last_pay.year:
        pays.append(pays[-1] - timedelta(days=7))
    return [(p, p - timedelta(days=lag_days + 6), p - timedelta(days=lag_days)) for p in reversed(pays)]


def business_day_on_or_before(day: date) -> date:
    while not is_business_day(day):
        day -= timedelta(days=1)
    return day


def semimonthly_calendar(year: int, upto: date) -> list[tuple[date, date, date]]:
    out = []
    for month in range(1, 13):
        for start, end in ((date(year, month, 1), date(year, month, 15)),
                           (date(year, month, 16), month_end(year, month))):
            pay_day = business_day_on_or_before(end)
            if pay_day <= upto:
                out.append((pay_day, start, end))
    return out


def monthly_calendar(year: int, upto: date) -> list[tuple[date, date, date]]:
    out = []
    for month in range(1, 13):
        pay_day = business_day_on_or_before(month_end(year, month))
        if pay_day <= upto:
            out.append((pay_day, date(year, month, 1), month_end(year, month)))
    return out


def stub_fields(employer: str, employee: str, stub: Stub, frequency: str, ytd_shown: bool = True) -> dict[str, Any]:
    return {
        "employer": employer,
        "employee_name": employee,
        "pay_date": stub.pay_date.isoformat(),
        "period_start": stub.period_start.isoformat(),
        "period_end": stub.period_end.isoformat(),
        "frequency": frequency,
        "gross_current": float(stub.gross),
        "gross_ytd": float(stub.gross_ytd) if ytd_shown else None,
        "net_current": float(stub.net),
        "monthly_gross": float(D(stub.gross * PERIODS_A_YEAR[frequency] / Decimal(12))),
    }


def stub_doc(sheet: Sheet, employer: str, employee: str, stub: Stub, frequency: str, label: str) -> Doc:
    pdf = sheet.done()
    doc = Doc("pay_stub", pdf, fields=stub_fields(employer, employee, stub, frequency), printed=sheet.printed,
              date=stub.pay_date, label=label)
    doc.facts.update({"stub": stub, "frequency": frequency})
    return doc


def table(sheet: Sheet, x: float, y: float, columns: Sequence[tuple[str, float, str]], rows: Sequence[Sequence[str]],
          size: float = 7.8, header_fill: float | tuple | None = 0.88, font: str = "Helvetica",
          bold: str = "Helvetica-Bold", leading: float = 11.5, rule: float | None = None,
          header_color: tuple[float, float, float] = (0, 0, 0), border: bool = False) -> float:
    """A simple table: columns are (title, width, align l|r|c); returns the y under it."""
    total = sum(w for _, w, _ in columns)
    if header_fill is not None:
        sheet.rect(x, y, total, leading + 1, fill=header_fill, stroke=None)
    cx = x
    for title, width, align in columns:
        tx = cx + 3 if align == "l" else (cx + width - 3 if align == "r" else cx + width / 2)
        sheet.text(tx, y + leading - 3, title, size, bold, align=align, color=header_color)
        cx += width
    y += leading + 1
    for row in rows:
        cx = x
        for (_, width, align), cell in zip(columns, row, strict=True):
            tx = cx + 3 if align == "l" else (cx + width - 3 if align == "r" else cx + width / 2)
            if cell:
                sheet.text(tx, y + leading - 3, cell, size, font, align=align)
            cx += width
        y += leading
        if rule is not None:
            sheet.line(x, y, x + total, y, 0.3, rule)
    if border:
        sheet.rect(x, y - leading * len(rows) - leading - 1, total, leading * len(rows) + leading + 1, stroke=0.2)
    return y


def amt(value: Decimal | None, blank_zero: bool = True) -> str:
    if value is None or (blank_zero and value == 0):
        return ""
    return money(value)


def num(value: Decimal | None, places: int = 2) -> str:
    return "" if value is None or value == 0 else f"{value:,.{places}f}"


# --- pay stubs ----------------------------------------------------------------------------------------------


def brightway_stub(stub: Stub, person: Person, home: Address, employer: str, deposit: str) -> Doc:
    """A big-box home-improvement retailer's bi-weekly 'Associate Pay Statement' downloaded from its portal."""
    s = Sheet(title="Associate Pay Statement", creator="MyBrightway Associate Portal", producer="Payroll Print 4.2")
    orange = (0.93, 0.45, 0.13)
    s.rect(36, 34, 540, 4, fill=orange, stroke=None)
    s.text(36, 66, "BRIGHTWAY", 21, "Helvetica-Bold", color=orange)
    s.text(38, 78, "HOME CENTERS", 8, "Helvetica-Bold", color=(0.35, 0.35, 0.35))
    s.text(36, 96, employer, 8.5, "Helvetica-Bold")
    s.text(36, 107, "2200 Commerce Parkway", 8)
    s.text(36, 117, "Wichita, KS 67226", 8)
    s.text(576, 62, "Associate Pay Statement", 14, "Helvetica-Bold", align="r")
    facts = [("Pay Date:", us(stub.pay_date)), ("Pay Period:", f"{us(stub.period_start)} - {us(stub.period_end)}"),
             ("Pay Frequency:", "Biweekly"), ("Associate ID:", "004127733"), ("Store:", "#0412 Salina"),
             ("Department:", "Lumber / Building Materials")]
    y = 80
    for label, value in facts:
        s.text(470, y, label, 8, "Helvetica-Bold", align="r")
        s.text(476, y, value, 8)
        y += 11
    s.text(60, 150, person.name, 9.5, "Helvetica-Bold")
    s.text(60, 162, home.street, 8.5)
    s.text(60, 173, home.city_line, 8.5)
    s.rect(330, 140, 246, 40, fill=0.96, stroke=0.75)
    s.text(340, 154, "Net Pay", 9, "Helvetica-Bold")
    s.text(566, 158, money(stub.net, True), 15, "Helvetica-Bold", align="r")
    s.text(340, 172, f"Deposited to {deposit}", 7.5)
    y = table(s, 36, 198, [("Earnings", 170, "l"), ("Rate", 70, "r"), ("Hours", 60, "r"), ("Current", 110, "r"),
                           ("Year to Date", 130, "r")],
              [(e.label, num(e.rate), num(e.hours), amt(e.current, False) if e.current else "", money(e.ytd))
               for e in stub.earnings] + [("Gross Pay", "", "", money(stub.gross), money(stub.gross_ytd))],
              header_fill=(0.99, 0.91, 0.84), rule=0.85)
    y += 10
    ty = table(s, 36, y, [("Taxes", 130, "l"), ("Current", 65, "r"), ("Year to Date", 70, "r")],
               [(i.label, amt(i.current, False), money(i.ytd)) for i in stub.taxes], header_fill=(0.99, 0.91, 0.84),
               rule=0.85)
    dy = table(s, 311, y, [("Deductions", 130, "l"), ("Current", 65, "r"), ("Year to Date", 70, "r")],
               [(i.label + (" (pre-tax)" if i in stub.pretax else ""), amt(i.current, False), money(i.ytd))
                for i in stub.deductions], header_fill=(0.99, 0.91, 0.84), rule=0.85)
    y = max(ty, dy) + 14
    pre = sum((i.current for i in stub.pretax), Decimal(0))
    pre_ytd = sum((i.ytd for i in stub.pretax), Decimal(0))
    tax = sum((i.current for i in stub.taxes), Decimal(0))
    tax_ytd = sum((i.ytd for i in stub.taxes), Decimal(0))
    post = sum((i.current for i in stub.after_tax), Decimal(0))
    post_ytd = sum((i.ytd for i in stub.after_tax), Decimal(0))
    y = table(s, 36, y, [("Summary", 90, "l"), ("Gross Pay", 90, "r"), ("Pre-Tax Deductions", 95, "r"),
                         ("Taxes", 85, "r"), ("Post-Tax Deductions", 95, "r"), ("Net Pay", 85, "r")],
              [("Current", money(stub.gross), money(pre), money(tax), money(post), money(stub.net)),
               ("Year to Date", money(stub.gross_ytd), money(pre_ytd), money(tax_ytd), money(post_ytd),
                money(stub.net_ytd))], header_fill=0.86, rule=0.8)
    s.text(36, y + 22, "Questions about your pay? Call the Associate Service Center at 1-800-555-0188 or visit "
           "MyBrightway > Pay > Statements.", 7.2, color=(0.3, 0.3, 0.3))
    s.text(36, y + 32, "This statement is for your records. It is not a check and cannot be cashed.", 7.2,
           color=(0.3, 0.3, 0.3))
    s.page()
    return stub_doc(s, employer, person.name, stub, "biweekly", "Brightway pay statement")


def cooperative_stub(stub: Stub, person: Person, home: Address, employer: str, salary: Decimal, deposit: str) -> Doc:
    """An electric cooperative's semi-monthly salaried earnings statement: a dark title bar and boxed captions."""
    s = Sheet(title="Earnings Statement", creator="Cooperative Payroll Services")
    s.rect(36, 36, 540, 30, fill=(0.12, 0.23, 0.36), stroke=None)
    s.text(46, 56, employer.upper(), 12, "Helvetica-Bold", color=(1, 1, 1))
    s.text(566, 56, "EARNINGS STATEMENT", 11, "Helvetica-Bold", align="r", color=(1, 1, 1))
    s.text(46, 80, "1410 Highway 81 North  -  P.O. Box 308  -  McPherson, KS 67460  -  (620) 555-0142", 7.8)
    cells = [("EMPLOYEE NAME", person.name, 160), ("EMPLOYEE NO.", "10388", 70), ("CHECK DATE", us(stub.pay_date), 75),
             ("PERIOD BEGINNING", us(stub.period_start), 80), ("PERIOD ENDING", us(stub.period_end), 80),
             ("PAY FREQUENCY", "Semi-Monthly", 75)]
    x = 36
    for caption, value, width in cells:
        s.rect(x, 92, width, 30, stroke=0.3)
        s.text(x + 4, 100, caption, 5.8, "Helvetica-Bold", color=(0.3, 0.3, 0.3))
        s.text(x + 4, 115, value, 8.6)
        x += width
    s.rect(36, 122, 540, 22, stroke=0.3)
    s.text(40, 136, f"Position: Member Services Representative    Annual Salary: {money(salary, True)}    "
           f"Department: Member Services", 7.8)
    top = 160
    ey = table(s, 36, top, [("EARNINGS", 120, "l"), ("HOURS", 45, "r"), ("CURRENT", 50, "r"), ("YTD", 55, "r")],
               [(e.label, num(e.hours), amt(e.current, False) if e.current else "", money(e.ytd))
                for e in stub.earnings], header_fill=(0.85, 0.89, 0.94), rule=0.85)
    dy = table(s, 316, top, [("DEDUCTIONS", 140, "l"), ("CURRENT", 55, "r"), ("YTD", 65, "r")],
               [(i.label, amt(i.current, False), money(i.ytd)) for i in stub.pretax + stub.after_tax],
               header_fill=(0.85, 0.89, 0.94), rule=0.85)
    ty = table(s, 316, dy + 8, [("TAXES", 140, "l"), ("CURRENT", 55, "r"), ("YTD", 65, "r")],
               [(i.label, amt(i.current, False), money(i.ytd)) for i in stub.taxes],
               header_fill=(0.85, 0.89, 0.94), rule=0.85)
    y = max(ey, ty) + 16
    deductions = sum((i.current for i in stub.taxes + stub.deductions), Decimal(0))
    deductions_ytd = sum((i.ytd for i in stub.taxes + stub.deductions), Decimal(0))
    boxes = [("GROSS PAY", stub.gross, stub.gross_ytd), ("TOTAL DEDUCTIONS", deductions, deductions_ytd),
             ("NET PAY", stub.net, stub.net_ytd)]
    x = 36
    for caption, current, ytd in boxes:
        s.rect(x, y, 180, 42, stroke=0.2, fill=0.97)
        s.text(x + 6, y + 11, caption, 7, "Helvetica-Bold")
        s.text(x + 6, y + 25, "Current", 7.5)
        s.text(x + 170, y + 25, money(current), 9, "Helvetica-Bold", align="r")
        s.text(x + 6, y + 37, "Year to Date", 7.5)
        s.text(x + 170, y + 37, money(ytd), 8.5, align="r")
        x += 180
    s.text(36, y + 62, f"Net pay deposited: {deposit}", 7.8)
    s.text(36, y + 74, "NON-NEGOTIABLE  -  THIS IS NOT A CHECK", 8, "Helvetica-Bold")
    s.page()
    return stub_doc(s, employer, person.name, stub, "semimonthly", "Cooperative earnings statement")


def school_district_advice(stub: Stub, person: Person, home: Address, employer: str, rate: Decimal) -> Doc:
    """A school district treasurer's monthly pay advice for a classified (hourly) employee; Ohio schools pay no
    Social Security, so only Medicare is withheld beside the state retirement system."""
    s = Sheet(title="Pay Advice", creator="District Fiscal System")
    s.rect(36, 36, 540, 64, stroke=0.0, width=1)
    s.text(48, 56, employer, 13, "Times-Bold")
    s.text(48, 70, "Office of the Treasurer  -  410 School House Road, Cedar Hollow, OH 45833", 8, "Times-Roman")
    s.text(48, 88, "EMPLOYEE PAY ADVICE", 10, "Helvetica-Bold")
    for i, (label, value) in enumerate([("Advice No.", "0004471"), ("Pay Date", us(stub.pay_date)),
                                        ("Pay Schedule", "MONTHLY")]):
        s.text(450, 54 + 13 * i, label, 7.8, "Helvetica-Bold", align="r")
        s.text(456, 54 + 13 * i, value, 8, "Courier-Bold")
    s.text(48, 124, person.name, 9.5, "Helvetica-Bold")
    s.text(48, 136, home.street, 8.5)
    s.text(48, 147, home.city_line, 8.5)
    info = [("Employee ID", "20751"), ("Position", "Food Service Assistant - Classified"),
            ("Building", "Cedar Hollow MS"),
            ("Pay Period", f"{us(stub.period_start)} - {us(stub.period_end)}"), ("Hourly Rate", money(rate))]
    for i, (label, value) in enumerate(info):
        s.text(330, 122 + 11 * i, label + ":", 7.8, "Helvetica-Bold")
        s.text(400, 122 + 11 * i, value, 8, "Courier")
    y = table(s, 36, 190, [("EARNINGS", 150, "l"), ("HOURS", 60, "r"), ("RATE", 60, "r"), ("CURRENT", 80, "r"),
                           ("FISCAL YTD" if False else "CALENDAR YTD", 90, "r")],
              [(e.label, num(e.hours), num(e.rate, 4) if e.rate else "", amt(e.current, False) if e.current else "",
                money(e.ytd)) for e in stub.earnings], font="Courier", header_fill=0.9, rule=0.8)
    y = table(s, 36, y + 10, [("DEDUCTIONS / WITHHOLDING", 270, "l"), ("CURRENT", 80, "r"), ("CALENDAR YTD", 90, "r")],
              [(i.label, amt(i.current, False), money(i.ytd)) for i in stub.pretax + stub.taxes + stub.after_tax],
              font="Courier", header_fill=0.9, rule=0.8)
    y += 14
    s.rect(36, y, 440, 34, stroke=0.0, width=0.8)
    s.text(44, y + 13, "GROSS PAY", 7.5, "Helvetica-Bold")
    s.text(44, y + 27, money(stub.gross), 10, "Courier-Bold")
    s.text(150, y + 13, "TOTAL DEDUCTIONS", 7.5, "Helvetica-Bold")
    s.text(150, y + 27, money(stub.gross - stub.net), 10, "Courier-Bold")
    s.text(270, y + 13, "NET PAY", 7.5, "Helvetica-Bold")
    s.text(270, y + 27, money(stub.net), 10, "Courier-Bold")
    s.text(360, y + 13, "YTD GROSS", 7.5, "Helvetica-Bold")
    s.text(360, y + 27, money(stub.gross_ytd), 10, "Courier-Bold")
    s.text(36, y + 56, "LEAVE BALANCES (hours):  Sick 61.25   Personal 16.00", 8, "Courier")
    s.text(36, y + 70, "Net pay has been deposited to your account(s) on file. Keep this advice for your records.", 7.8)
    s.page()
    return stub_doc(s, employer, person.name, stub, "monthly", "school district pay advice")


def hospital_stub(stub: Stub, person: Person, home: Address, employer: str, deposit: str) -> Doc:
    """A regional health system's bi-weekly earnings statement with pay codes and differentials."""
    s = Sheet(title="Earnings Statement", creator="Workforce HR - Self Service")
    teal = (0.0, 0.42, 0.45)
    s.text(36, 58, employer, 15, "Helvetica-Bold", color=teal)
    s.text(36, 71, "Payroll Services  -  900 Lake Michigan Drive NW, Grand Rapids, MI 49504", 7.8)
    s.text(576, 58, "Earnings Statement", 12, "Helvetica-Bold", align="r")
    s.line(36, 80, 576, 80, 1.2, 0.2)
    left = [("Employee", person.name), ("Employee ID", "0091544"), ("Department", "6120 Respiratory Care"),
            ("Job Title", "Respiratory Therapist II")]
    right = [("Period Start", us(stub.period_start)), ("Period End", us(stub.period_end)),
             ("Pay Date", us(stub.pay_date)), ("Pay Frequency", "Bi-Weekly")]
    for i, ((l1, v1), (l2, v2)) in enumerate(zip(left, right, strict=True)):
        s.text(36, 96 + 12 * i, l1, 7.8, "Helvetica-Bold")
        s.text(110, 96 + 12 * i, v1, 8)
        s.text(380, 96 + 12 * i, l2, 7.8, "Helvetica-Bold")
        s.text(450, 96 + 12 * i, v2, 8)
    codes = {"Regular": "REG", "Night Differential": "NDIF", "Weekend Differential": "WDIF", "Paid Time Off": "PTO"}
    y = table(s, 36, 160, [("Code", 45, "l"), ("Description", 150, "l"), ("Hours", 55, "r"), ("Rate", 60, "r"),
                           ("Current", 95, "r"), ("YTD", 135, "r")],
              [(codes.get(e.label, ""), e.label, num(e.hours), num(e.rate, 4) if e.rate else "",
                amt(e.current, False) if e.current else "", money(e.ytd)) for e in stub.earnings]
              + [("", "Total Gross", "", "", money(stub.gross), money(stub.gross_ytd))],
              header_fill=(0.85, 0.93, 0.93), rule=0.85)
    y += 12
    ty = table(s, 36, y, [("Taxes", 130, "l"), ("Current", 60, "r"), ("YTD", 70, "r")],
               [(i.label, amt(i.current, False), money(i.ytd)) for i in stub.taxes],
               header_fill=(0.85, 0.93, 0.93), rule=0.85)
    py = table(s, 316, y, [("Pre-Tax Deductions", 130, "l"), ("Current", 60, "r"), ("YTD", 70, "r")],
               [(i.label, amt(i.current, False), money(i.ytd)) for i in stub.pretax],
               header_fill=(0.85, 0.93, 0.93), rule=0.85)
    ay = table(s, 316, py + 8, [("After-Tax Deductions", 130, "l"), ("Current", 60, "r"), ("YTD", 70, "r")],
               [(i.label, amt(i.current, False), money(i.ytd)) for i in stub.after_tax],
               header_fill=(0.85, 0.93, 0.93), rule=0.85)
    y = max(ty, ay) + 16
    s.rect(36, y, 540, 26, fill=(0.93, 0.97, 0.97), stroke=0.6)
    s.text(46, y + 16, f"Gross {money(stub.gross, True)}", 9, "Helvetica-Bold")
    s.text(200, y + 16, f"Taxes {money(sum((i.current for i in stub.taxes), Decimal(0)), True)}", 9)
    s.text(330, y + 16, f"Deductions {money(sum((i.current for i in stub.deductions), Decimal(0)), True)}", 9)
    s.text(566, y + 16, f"Net Pay {money(stub.net, True)}", 10, "Helvetica-Bold", align="r")
    s.text(36, y + 44, f"Direct deposit: {deposit}  {money(stub.net, True)}", 8)
    s.text(36, y + 56, "PTO balance after this period: 42.50 hours", 8)
    s.page()
    return stub_doc(s, employer, person.name, stub, "biweekly", "hospital earnings statement")


def warehouse_stub(stub: Stub, person: Person, home: Address, employer: str, deposit: str) -> Doc:
    """A distribution center's weekly pay stub printed from a payroll provider's template."""
    s = Sheet(title="Pay Stub", creator="PayLink Payroll")
    s.rect(36, 40, 540, 250, stroke=0.0, width=0.8)
    s.text(46, 60, employer, 12, "Helvetica-Bold")
    s.text(46, 72, "5100 Northgate Drive  -  Ankeny, IA 50021", 8)
    s.text(566, 60, "PAY STUB", 12, "Helvetica-Bold", align="r")
    s.text(566, 72, "Weekly Payroll", 8, align="r")
    s.line(36, 80, 576, 80, 0.6)
    s.text(46, 96, "Employee", 7, "Helvetica-Bold", color=(0.35, 0.35, 0.35))
    s.text(46, 107, person.name, 9)
    s.text(46, 118, f"{home.street}, {home.city_line}", 7.8)
    for i, (label, value) in enumerate([("Check Date", us(stub.pay_date)), ("Period Start", us(stub.period_start)),
                                        ("Period End", us(stub.period_end)), ("Emp #", "N-48817")]):
        x = 300 + 70 * i
        s.text(x, 96, label, 7, "Helvetica-Bold", color=(0.35, 0.35, 0.35))
        s.text(x, 107, value, 8.5)
    ey = table(s, 46, 130, [("Earnings", 96, "l"), ("Rate", 40, "r"), ("Hours", 38, "r"), ("This Period", 56, "r"),
                            ("YTD", 58, "r")],
               [(e.label, num(e.rate), num(e.hours), amt(e.current, False) if e.current else "", money(e.ytd))
                for e in stub.earnings], size=7.4, header_fill=0.88, leading=10.5)
    dy = table(s, 340, 130, [("Deductions", 104, "l"), ("This Period", 56, "r"), ("YTD", 66, "r")],
               [(i.label, amt(i.current, False), money(i.ytd)) for i in stub.taxes + stub.deductions], size=7.4,
               header_fill=0.88, leading=10.5)
    y = max(ey, dy) + 10
    s.line(46, y, 566, y, 0.5)
    s.text(46, y + 14, f"Gross Pay  {money(stub.gross)}", 8.5, "Helvetica-Bold")
    s.text(180, y + 14, f"YTD Gross  {money(stub.gross_ytd)}", 8.5)
    s.text(330, y + 14, f"YTD Hours  {stub.hours_ytd:,.2f}", 8.5)
    s.text(566, y + 14, f"NET PAY  {money(stub.net, True)}", 10, "Helvetica-Bold", align="r")
    s.text(46, y + 28, f"Direct Deposit  {deposit}", 7.8)
    s.page()
    return stub_doc(s, employer, person.name, stub, "weekly", "warehouse pay stub")


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Txn:
    day: date
    desc: str
    amount: Decimal  # deposits positive, debits negative
    check: str = ""


@dataclass
class Statement:
    bank: str
    holders: list[str]
    address: Address
    product: str
    number: str
    start: date
    end: date
    beginning: Decimal
    txns: list[Txn]

    @property
    def last4(self) -> str:
        return self.number[-4:]

    @property
    def ending(self) -> Decimal:
        return self.beginning + sum((t.amount for t in self.txns), Decimal(0))

    @property
    def credits(self) -> list[Txn]:
        return [t for t in self.txns if t.amount > 0]

    @property
    def debits(self) -> list[Txn]:
        return [t for t in self.txns if t.amount < 0]

    def running(self) -> list[tuple[Txn, Decimal]]:
        balance, out = self.beginning, []
        for t in self.txns:
            balance += t.amount
            out.append((t, balance))
        return out

    def daily(self) -> list[tuple[date, Decimal]]:
        days: dict[date, Decimal] = {}
        for t, balance in self.running():
            days[t.day] = balance
        return sorted(days.items())


def spend(rng: random.Random, start: date, end: date, beginning: Decimal, credits: list[Txn],
          bills: Sequence[tuple[int, str, Decimal]], shops: Sequence[tuple[str, float, float]],
          keep: Decimal, checks: Sequence[tuple[int, str, Decimal]] = (), purchases: int = 34) -> list[Txn]:
    """A month of an ordinary household's account: the credits given, fixed bills on their days, checks, and card
    purchases until the money runs down to about `keep`; never overdrawn."""
    days = (end - start).days + 1
    txns = list(credits)
    for dom, desc, amount in bills:
        day = start + timedelta(days=min(dom, days) - 1)
        txns.append(Txn(day, desc, -amount))
    for dom, number, amount in checks:
        txns.append(Txn(start + timedelta(days=min(dom, days) - 1), f"CHECK {number}", -amount, number))
    budget = beginning + sum((t.amount for t in txns), Decimal(0)) - keep
    if budget > 20:
        mean = sum((lo + hi) / 2 for _, lo, hi in shops) / len(shops)
        count = max(4, min(purchases, int(float(budget) / mean)))
        picks = [rng.choice(shops) for _ in range(count)]
        weights = [rng.uniform(lo, hi) for _, lo, hi in picks]
        scale = float(budget) / sum(weights)
        for (desc, _, _), weight in zip(picks, weights, strict=True):
            txns.append(Txn(start + timedelta(days=rng.randrange(days)), desc, -D(weight * scale)))
    txns.sort(key=lambda t: (t.day, t.amount < 0, t.desc))
    balance, kept, waiting = beginning, [], []
    for t in txns:
        if t.amount > 0:
            balance += t.amount
            kept.append(t)
            later = t.day + timedelta(days=1) if t.day < end else t.day
            for w in list(waiting):  # what could not be paid waits for the next deposit
                if balance + w.amount >= 0:
                    balance += w.amount
                    kept.append(Txn(later, w.desc, w.amount, w.check))
                    waiting.remove(w)
        elif balance + t.amount >= 0:
            balance += t.amount
            kept.append(t)
        else:
            waiting.append(t)
    kept.sort(key=lambda t: t.day)
    return kept


def statement_fields(st: Statement) -> dict[str, Any]:
    return {"bank_name": st.bank, "account_last4": st.last4, "period_start": st.start.isoformat(),
            "period_end": st.end.isoformat(), "beginning_balance": float(st.beginning),
            "ending_balance": float(st.ending)}


def statement_doc(sheet: Sheet, st: Statement, label: str) -> Doc:
    doc = Doc("bank_statement", sheet.done(), fields=statement_fields(st), printed=sheet.printed, date=st.end,
              label=label)
    doc.facts.update({"account": (st.bank, st.number), "period_start": st.start, "period_end": st.end, "st": st})
    return doc


def chunks(rows: list, first: int, rest: int) -> list[list]:
    out = [rows[:first]]
    rows = rows[first:]
    while rows:
        out.append(rows[:rest])
        rows = rows[rest:]
    return out


def cottonwood_statement(st: Statement) -> Doc:
    """A state bank's two-page checking statement: summary box, one ledger with a running balance."""
    s = Sheet(title=f"Statement {us(st.end)}", creator="Cottonwood State Bank eStatements")
    green = (0.13, 0.40, 0.22)
    rows = [(t.day.strftime("%m/%d"), t.desc, money(-t.amount) if t.amount < 0 else "",
             money(t.amount) if t.amount > 0 else "", money(bal)) for t, bal in st.running()]
    pages = chunks(rows, 22, 40)
    if len(pages) == 1:
        pages.append([])
    for number, page_rows in enumerate(pages, 1):
        s.text(36, 54, "Cottonwood State Bank", 17, "Times-Bold", color=green)
        s.text(36, 66, "Member FDIC  -  118 N. Santa Fe Ave.  -  Salina, KS 67401  -  (785) 555-0110", 7.6)
        s.text(576, 54, f"Page {number} of {len(pages)}", 8, align="r")
        s.text(576, 66, f"Account Number: ******{st.last4}", 8, align="r")
        s.line(36, 74, 576, 74, 1.0, 0.3)
        y = 90
        if number == 1:
            for i, holder in enumerate(st.holders):
                s.text(60, 100 + 11 * i, holder.upper(), 9)
            s.text(60, 100 + 11 * len(st.holders), st.address.street.upper(), 9)
            s.text(60, 111 + 11 * len(st.holders), f"{st.address.city.upper()} {st.address.state} {st.address.zip}", 9)
            s.text(360, 98, "Statement Period", 8, "Helvetica-Bold")
            s.text(360, 110, f"{long_date(st.start)} through {long_date(st.end)}", 8)
            s.text(360, 126, st.product, 8, "Helvetica-Bold")
            s.rect(36, 160, 540, 78, fill=(0.93, 0.96, 0.93), stroke=0.6)
            s.text(46, 176, "ACCOUNT SUMMARY", 9, "Helvetica-Bold", color=green)
            lines = [(f"Beginning Balance on {us(st.start)}", money(st.beginning, True)),
                     (f"Deposits and Other Credits ({len(st.credits)})",
                      "+" + money(sum((t.amount for t in st.credits), Decimal(0)), True)),
                     (f"Withdrawals and Other Debits ({len(st.debits)})",
                      "-" + money(-sum((t.amount for t in st.debits), Decimal(0)), True)),
                     (f"Ending Balance on {us(st.end)}", money(st.ending, True))]
            for i, (label, value) in enumerate(lines):
                font = "Helvetica-Bold" if i in (0, 3) else "Helvetica"
                s.text(46, 190 + 12 * i, label, 8.5, font)
                s.text(420, 190 + 12 * i, value, 8.5, font, align="r")
            y = 256
        s.text(36, y, "TRANSACTION DETAIL" + (" (continued)" if number > 1 else ""), 9, "Helvetica-Bold", color=green)
        if page_rows:
            y = table(s, 36, y + 6, [("Date", 45, "l"), ("Description", 245, "l"), ("Withdrawals", 80, "r"),
                                     ("Deposits", 80, "r"), ("Balance", 90, "r")], page_rows,
                      header_fill=(0.88, 0.93, 0.89), rule=0.88)
        else:
            y += 14
        if number == len(pages):
            s.text(36, y + 18, "DAILY ENDING BALANCE", 9, "Helvetica-Bold", color=green)
            daily = st.daily()
            for i, (day, balance) in enumerate(daily):
                col, row = divmod(i, (len(daily) + 2) // 3)
                s.text(40 + 180 * col, y + 32 + 11 * row, day.strftime("%m/%d"), 8)
                s.text(180 + 180 * col, y + 32 + 11 * row, money(balance), 8, align="r")
            s.text(36, 740, "In case of errors or questions about your electronic transfers, call (785) 555-0110 or "
                   "write to us at the address above as soon as you can.", 6.8)
        s.page()
    return statement_doc(s, st, "Cottonwood State Bank statement")


def lakeshore_statement(st: Statement) -> Doc:
    """A regional bank's statement in sections: deposits, checks, other debits, daily balances."""
    s = Sheet(title="Account Statement", creator="First Lakeshore Bank Online Banking")
    navy = (0.08, 0.18, 0.40)
    credits = [(t.day.strftime("%m/%d"), t.desc, money(t.amount)) for t in st.credits]
    checks = [(t.check, t.day.strftime("%m/%d"), money(-t.amount)) for t in st.debits if t.check]
    debits = [(t.day.strftime("%m/%d"), t.desc, money(-t.amount)) for t in st.debits if not t.check]
    page_no = 1

    def header(first: bool) -> float:
        s.text(36, 52, "FIRST LAKESHORE BANK", 15, "Helvetica-Bold", color=navy)
        s.text(36, 64, "PO Box 1907  -  Muskegon, MI 49443  -  firstlakeshore.example  -  1-888-555-0175", 7.6)
        s.text(576, 52, "Statement Period", 7.6, "Helvetica-Bold", align="r")
        s.text(576, 63, f"{us(st.start)} to {us(st.end)}", 8.5, align="r")
        s.line(36, 72, 576, 72, 2, 0.1)
        return 88 if first else 84

    y = header(True)
    for i, holder in enumerate(st.holders):
        s.text(54, y + 12 + 11 * i, holder.upper(), 9)
    s.text(54, y + 12 + 11 * len(st.holders), st.address.street.upper(), 9)
    s.text(54, y + 23 + 11 * len(st.holders), st.address.city_line.upper(), 9)
    s.text(360, y + 12, st.product, 9, "Helvetica-Bold")
    s.text(360, y + 24, f"Account Number XXXXXX{st.last4}", 8.5)
    y += 80
    s.text(36, y, "Account Summary", 10, "Helvetica-Bold", color=navy)
    summary = [(f"Previous Balance as of {us(st.start)}", money(st.beginning)),
               (f"{len(st.credits)} Deposits/Credits", money(sum((t.amount for t in st.credits), Decimal(0)))),
               (f"{len(st.debits)} Checks/Debits", money(-sum((t.amount for t in st.debits), Decimal(0)))),
               ("Service Charges", "0.00"), (f"Ending Balance as of {us(st.end)}", money(st.ending))]
    for i, (label, value) in enumerate(summary):
        s.text(46, y + 16 + 12 * i, label, 8.5)
        s.text(330, y + 16 + 12 * i, value, 8.5, align="r")
    y += 16 + 12 * len(summary) + 14
    sections = [("Deposits and Other Credits", [("Date", 50, "l"), ("Description", 330, "l"), ("Amount", 90, "r")],
                 credits), ("Checks Paid", [("Check No.", 80, "l"), ("Date Paid", 80, "l"), ("Amount", 90, "r")],
                            checks),
                ("Withdrawals and Other Debits", [("Date", 50, "l"), ("Description", 330, "l"), ("Amount", 90, "r")],
                 debits)]
    for title, columns, rows in sections:
        if not rows:
            continue
        while rows:
            room = int((720 - y - 30) // 11)
            if room < 3:
                s.text(576, 760, f"Page {page_no}", 7.5, align="r")
                s.page()
                page_no += 1
                y = header(False)
                continue
            part, rows = rows[:room], rows[room:]
            s.text(36, y, title, 9.5, "Helvetica-Bold", color=navy)
            y = table(s, 36, y + 5, columns, part, header_fill=(0.88, 0.91, 0.96), rule=0.9) + 16
    daily = st.daily()
    if 720 - y < 30 + 11 * ((len(daily) + 2) // 3):
        s.text(576, 760, f"Page {page_no}", 7.5, align="r")
        s.page()
        page_no += 1
        y = header(False)
    s.text(36, y, "Daily Balances", 9.5, "Helvetica-Bold", color=navy)
    for i, (day, balance) in enumerate(daily):
        col, row = divmod(i, (len(daily) + 2) // 3)
        s.text(40 + 180 * col, y + 14 + 11 * row, day.strftime("%m/%d"), 8)
        s.text(170 + 180 * col, y + 14 + 11 * row, money(balance), 8, align="r")
    s.text(576, 760, f"Page {page_no}", 7.5, align="r")
    s.page()
    return statement_doc(s, st, "First Lakeshore Bank statement")


def coastal_statement(st: Statement) -> Doc:
    """A community bank's statement with a grey title band, a one-line summary and a running-balance ledger."""
    s = Sheet(title="eStatement", creator="Coastal Bend Community Bank")
    rows = [(t.day.strftime("%m-%d"), t.desc, money(-t.amount) if t.amount < 0 else "",
             money(t.amount) if t.amount > 0 else "", money(bal)) for t, bal in st.running()]
    pages = chunks(rows, 30, 46)
    for number, page_rows in enumerate(pages, 1):
        s.rect(36, 36, 540, 40, fill=0.82, stroke=None)
        s.text(46, 54, "COASTAL BEND COMMUNITY BANK", 13, "Helvetica-Bold")
        s.text(46, 68, "2011 Shoreline Blvd  -  Corpus Christi, TX 78401  -  361-555-0130", 7.6)
        s.text(566, 54, st.product.upper() + " STATEMENT", 9, "Helvetica-Bold", align="r")
        s.text(566, 68, f"Page {number} of {len(pages)}", 7.6, align="r")
        y = 96
        if number == 1:
            for i, holder in enumerate(st.holders):
                s.text(46, y + 11 * i, holder.upper(), 9)
            s.text(46, y + 11 * len(st.holders), st.address.street.upper(), 9)
            s.text(46, y + 11 + 11 * len(st.holders), st.address.city_line.upper(), 9)
            info = [("Account", f"{st.product} ...{st.last4}"),
                    ("Statement Period", f"{us(st.start)} - {us(st.end)}")]
            for i, (label, value) in enumerate(info):
                s.text(350, y + 12 * i, label + ":", 8, "Helvetica-Bold")
                s.text(440, y + 12 * i, value, 8)
            y += 50
            cells = [("Previous Balance", money(st.beginning)),
                     ("Deposits/Credits", money(sum((t.amount for t in st.credits), Decimal(0)))),
                     ("Withdrawals/Debits", money(-sum((t.amount for t in st.debits), Decimal(0)))),
                     ("Service Charge", "0.00"), ("Ending Balance", money(st.ending))]
            for i, (label, value) in enumerate(cells):
                s.rect(36 + 108 * i, y, 108, 34, stroke=0.4, fill=0.96 if i != 4 else 0.9)
                s.text(90 + 108 * i, y + 13, label, 7.2, "Helvetica-Bold", align="c")
                s.text(90 + 108 * i, y + 27, value, 9, align="c")
            y += 52
            if st.product.lower().startswith("savings"):
                s.text(36, y, "Annual Percentage Yield Earned 0.25%   Interest paid year to date: 1.96", 7.8)
                y += 16
        s.text(36, y, "ACCOUNT ACTIVITY", 9, "Helvetica-Bold")
        table(s, 36, y + 5, [("Date", 45, "l"), ("Description", 255, "l"), ("Debits", 75, "r"), ("Credits", 75, "r"),
                             ("Balance", 90, "r")], page_rows, header_fill=0.88, rule=0.9)
        s.page()
    return statement_doc(s, st, f"Coastal Bend {st.product} statement")


# --- letters and other papers -------------------------------------------------------------------------------


def typed_letter(sender: Sequence[str], address: Address, when: date, salutation: str, body: Sequence[str],
                 closing: str, signers: Sequence[Person], re_line: str, font: str = "Times-Roman",
                 creator: str = "Microsoft Word", hands: Sequence[Hand] | None = None,
                 recipient: Sequence[str] = ()) -> Doc:
    """A hardship letter typed in a word processor; signed in pen after printing when `hands` are given."""
    s = Sheet(title="Hardship Letter", creator=creator)
    size = 11
    y = 72
    for line in sender:
        s.text(72, y, line, size, font)
        y += 14
    s.text(72, y, address.street, size, font)
    s.text(72, y + 14, address.city_line, size, font)
    y += 42
    s.text(72, y, long_date(when), size, font)
    y += 28
    for line in recipient:
        s.text(72, y, line, size, font)
        y += 14
    if recipient:
        y += 14
    s.text(72, y, re_line, size, font.replace("-Roman", "-Bold") if "Times" in font else font + "-Bold")
    y += 28
    s.text(72, y, salutation, size, font)
    y += 22
    for paragraph in body:
        y = s.wrap(72, y, 468, paragraph, size, font, leading=14.5) + 8
    y += 6
    s.text(72, y, closing, size, font)
    doc = Doc("hardship_letter", b"", fields={"letter_date": when.isoformat()}, date=when,
              label="typed hardship letter")
    x = 72
    for i, person in enumerate(signers):
        sy = y + 46
        if hands:
            doc.add_pen(0, hands[i % len(hands)].signature(person.name, x + 4, sy - 6, 15, width=150))
        s.text(x, sy + 12, person.name, size, font)
        x += 240
    s.page()
    doc.pdf = s.done()
    doc.printed = s.printed
    return doc


def ruled_paper(ruled: bool, lines_from: float = 96, step: float = 24) -> bytes:
    s = Sheet(title="", creator="", footer=True)
    if ruled:
        y = lines_from
        while y < 760:
            s.line(0, y, PAGE_W, y, 0.5, 0.72)
            y += step
        s.c.setStrokeColorRGB(0.86, 0.45, 0.45)
        s.c.setLineWidth(0.7)
        s.c.line(80, 0, 80, PAGE_H)
        for hole in (130, 396, 662):
            s.c.setStrokeGray(0.8)
            s.c.circle(28, PAGE_H - hole, 9, stroke=1, fill=0)
    s.page()
    return s.done()


def handwritten_letter(hand: Hand, when: date, lines: Sequence[str], signer: Person, ruled: bool,
                       date_text: str | None = None) -> Doc:
    """A letter written in pen: on notebook paper (the ruled lines printed on the sheet) or plain copier paper."""
    step = 24 if ruled else 25
    doc = Doc("hardship_letter", ruled_paper(ruled, step=step), fields={"letter_date": when.isoformat()}, date=when,
              label="handwritten hardship letter")
    rng = hand.rng
    y = 96 + step * 1 if ruled else 110
    date_text = date_text or us_short(when)
    doc.add_pen(0, hand.write(date_text, 400, y - 3, 10.5), date_text)
    y += step * 2
    for line in lines:
        x = (92 if ruled else 72) + rng.uniform(-2, 3)
        doc.add_pen(0, hand.write(line, x, y - 3 + rng.uniform(-1, 1), 10.5, max_width=500), line)
        y += step
    y += step * 0.5
    doc.add_pen(0, hand.signature(signer.name, 110, y + 8, 17, width=170))
    doc.add_pen(0, hand.write(signer.name, 110, y + step + 4, 10), signer.name)
    return doc


def benefit_doc(sheet: Sheet, kind: str, when: date, monthly: Decimal | None, benefit_type: str, label: str) -> Doc:
    fields: dict[str, Any] = {"letter_date": when.isoformat()}
    if monthly is not None:
        fields["monthly_amount"] = float(monthly)
    fields["benefit_type"] = benefit_type
    return Doc(kind, sheet.done(), fields=fields, printed=sheet.printed, date=when, label=label)


def ssa_letterhead(s: Sheet, office: Sequence[str]) -> None:
    s.text(72, 60, "SOCIAL SECURITY ADMINISTRATION", 12, "Times-Bold")
    y = 74
    for line in office:
        s.text(72, y, line, 9, "Times-Roman")
        y += 11
    s.line(72, y + 2, 540, y + 2, 0.6)


def ssa_survivor_award(person: Person, home: Address, when: date, monthly: Decimal, start_month: date,
                       deceased: str, claim4: str) -> Doc:
    """Social Security's two-page Notice of Award for monthly survivors benefits."""
    s = Sheet(title="Notice of Award", creator="SSA Notice System")
    ssa_letterhead(s, ["Retirement, Survivors, and Disability Insurance", "Notice of Award",
                       "Mid-America Program Service Center", "601 East 12th Street, Kansas City, Missouri 64106"])
    s.text(540, 128, long_date(when), 10, "Times-Roman", align="r")
    s.text(540, 141, f"Claim Number: XXX-XX-{claim4}W", 9, "Times-Roman", align="r")
    s.text(72, 150, person.name.upper(), 10, "Times-Roman")
    s.text(72, 162, home.street.upper(), 10, "Times-Roman")
    s.text(72, 174, home.city_line.upper(), 10, "Times-Roman")
    y = 208
    body = [f"We are writing to tell you that you are entitled to monthly survivors benefits on the record of "
            f"{deceased}, beginning {start_month.strftime('%B %Y')}. We are sorry for your loss.",
            "The following chart shows your benefit amount before any deductions or rounding, the amount we will "
            "deduct, and the amount you will receive each month."]
    for paragraph in body:
        y = s.wrap(72, y, 468, paragraph, 10.5, "Times-Roman", 13.5) + 8
    y = table(s, 72, y + 4, [("Beginning", 110, "l"), ("Benefit Before Deductions", 130, "r"),
                             ("Deductions", 90, "r"), ("Amount We Will Pay", 130, "r")],
              [(start_month.strftime("%B %Y"), money(monthly, True), "$0.00", money(monthly, True))],
              font="Times-Roman", bold="Times-Bold", header_fill=0.9, size=9.5, leading=13)
    y += 14
    more = [f"Your monthly benefit amount is {money(monthly, True)}. You will receive it on or about the "
            "third Wednesday of each month. The money is paid in the month after the month for which it is due.",
            "We will pay you a one-time lump-sum death payment of $255.00. You should receive it within 30 days.",
            "Some people who receive Social Security benefits have to pay federal income taxes on them. In "
            "January of each year you will receive a Form SSA-1099 showing the benefits we paid you in the year "
            "before.", "Your benefits will stop if you remarry before age 60, and they may be reduced if you work "
            "and earn more than the annual limit. Tell us right away if your earnings or your address change."]
    for paragraph in more:
        y = s.wrap(72, y, 468, paragraph, 10.5, "Times-Roman", 13.5) + 8
    s.text(540, 750, "See Next Page", 9, "Times-Italic", align="r")
    s.page()
    ssa_letterhead(s, [f"{person.name.upper()}   Claim Number XXX-XX-{claim4}W", "Page 2 of 2"])
    y = 120
    for title, text in [
        ("If You Disagree With The Decision", "If you disagree with this decision, you have the right to appeal. "
         "We will review your case and consider any new facts you have. You have 60 days to ask for an appeal. The "
         "60 days start the day after you receive this letter."),
        ("If You Have Any Questions", "We invite you to visit our website at www.ssa.gov on the Internet to find "
         "general information about Social Security. If you have any specific questions, you may call us toll-free "
         "at 1-800-772-1213, or call your local Social Security office."),
        ("Things To Remember", "Keep this letter with your important papers. You may need it to show the amount "
         "of your monthly benefit to a lender, a landlord or another agency.")]:
        s.text(72, y, title, 11, "Times-Bold")
        y = s.wrap(72, y + 16, 468, text, 10.5, "Times-Roman", 13.5) + 14
    s.text(72, y + 20, "Social Security Administration", 10.5, "Times-Roman")
    s.page()
    return benefit_doc(s, "benefit_award_letter", when, monthly, "benefits_taxable", "SSA survivors award")


def ssa_benefit_verification(person: Person, home: Address, when: date, gross: Decimal, medicare: Decimal) -> Doc:
    """A 'Benefit Verification Letter' printed from the my Social Security website."""
    s = Sheet(title="Benefit Verification Letter", creator="my Social Security", producer="SSA BEVE Print Service")
    ssa_letterhead(s, ["Benefit Verification Letter", "Date: " + long_date(when)])
    s.text(72, 124, person.name.upper(), 10, "Times-Roman")
    s.text(72, 136, home.street.upper(), 10, "Times-Roman")
    s.text(72, 148, home.city_line.upper(), 10, "Times-Roman")
    s.text(72, 178, "You asked us for information from your record. The information that you requested is shown "
           "below.", 10.5, "Times-Roman")
    s.text(72, 204, "Information About Current Social Security Benefits", 11, "Times-Bold")
    paid = (gross - medicare).quantize(Decimal("1"), rounding="ROUND_FLOOR")
    lines = [
        "Beginning December 2029, the full monthly Social Security benefit before any deductions is "
        f"{money(gross, True)}.",
        f"We deduct {money(medicare, True)} for medical insurance premiums each month.",
        f"The regular monthly Social Security payment is {money(paid, True)}. (We must round down to the whole "
        "dollar.)",
        "Social Security benefits for a given month are paid the following month. (For example, Social Security "
        "benefits for March are paid in April.)",
        "Your Social Security benefits are paid on the fourth Wednesday of each month.",
    ]
    y = 222
    for line in lines:
        y = s.wrap(84, y, 456, line, 10.5, "Times-Roman", 13.5) + 6
    s.text(72, y + 10, "Type of Social Security Benefit Information", 11, "Times-Bold")
    y = s.wrap(84, y + 28, 456, "You are entitled to monthly retirement benefits. You became entitled to benefits in "
               "March 2027.", 10.5, "Times-Roman", 13.5)
    s.text(72, y + 18, "Suggestions To Help You", 11, "Times-Bold")
    y = s.wrap(84, y + 36, 456, "Visit our website at www.ssa.gov. If you have questions, call us toll-free at "
               "1-800-772-1213. This letter is an official record from Social Security; keep it with your papers.",
               10.5, "Times-Roman", 13.5)
    s.page()
    return benefit_doc(s, "benefit_award_letter", when, gross, "benefits_taxable", "SSA benefit verification")


def pension_statement(person: Person, home: Address, when: date, gross: Decimal, fund: str) -> Doc:
    """A union-and-employer pension plan's monthly payment statement (taxable, paid monthly)."""
    s = Sheet(title="Pension Payment Statement", creator="Plan Administration Office")
    s.text(306, 58, fund, 13, "Helvetica-Bold", align="c")
    s.text(306, 71, "Plan Administration Office  -  P.O. Box 2290  -  Appleton, WI 54912  -  1-800-555-0163", 7.8,
           align="c")
    s.line(72, 80, 540, 80, 0.8)
    s.text(72, 104, long_date(when), 10)
    s.text(72, 128, person.name, 10)
    s.text(72, 140, home.street, 10)
    s.text(72, 152, home.city_line, 10)
    s.text(72, 186, "PENSION PAYMENT STATEMENT", 11, "Helvetica-Bold")
    federal = D(gross * Decimal("0.10"))
    state = D(gross * Decimal("0.035"))
    rows = [("Participant", person.name), ("Participant ID", f"GL-{person.last4}-0618"),
            ("Form of Payment", "Joint and 50% Survivor Annuity"), ("Benefit Commencement Date", "07/01/2024"),
            ("Payment Frequency", "Monthly"), ("Payment Date", us(when)),
            ("Monthly Gross Benefit", money(gross, True)), ("Federal Income Tax Withheld", money(federal, True)),
            ("Wisconsin Income Tax Withheld", money(state, True)),
            ("Net Payment", money(gross - federal - state, True)),
            ("Paid By", "Direct deposit to account ending 5518")]
    y = 204
    for label, value in rows:
        s.text(90, y, label, 9.5, "Helvetica-Bold" if "Gross" in label or "Net" in label else "Helvetica")
        s.text(330, y, value, 9.5)
        y += 15
    y += 10
    for paragraph in ["Your pension is paid on the first business day of each month for that month and will continue "
                      "for your lifetime. The amount shown is subject to federal income tax; a Form 1099-R will be "
                      "mailed to you by January 31 each year.",
                      "Please notify the Plan Administration Office in writing of any change of address or bank "
                      "account. Keep this statement as proof of your pension income."]:
        y = s.wrap(72, y, 468, paragraph, 9.5) + 8
    s.page()
    doc = benefit_doc(s, "benefit_award_letter", when, gross, "benefits_taxable", "pension payment statement")
    return doc


def unemployment_determination(person: Person, home: Address, when: date, weekly: Decimal, claim_date: date) -> Doc:
    """A state workforce agency's Notice of Monetary Determination (weekly benefit amount)."""
    s = Sheet(title="Monetary Determination", creator="IWD Claims System")
    s.text(72, 58, "IOWA WORKFORCE DEVELOPMENT", 12.5, "Helvetica-Bold")
    s.text(72, 71, "Unemployment Insurance Services  -  1000 E Grand Ave  -  Des Moines, IA 50319", 8)
    s.text(540, 58, "NOTICE OF MONETARY", 9.5, "Helvetica-Bold", align="r")
    s.text(540, 70, "DETERMINATION", 9.5, "Helvetica-Bold", align="r")
    s.line(72, 80, 540, 80, 0.8)
    s.text(72, 100, f"Date Mailed: {us(when)}", 9.5)
    s.text(72, 124, person.name.upper(), 9.5)
    s.text(72, 136, home.street.upper(), 9.5)
    s.text(72, 148, home.city_line.upper(), 9.5)
    quarters = [("2029 Q1", D(9120.33)), ("2029 Q2", D(9685.12)), ("2029 Q3", D(10022.75)), ("2029 Q4", D(9870.40))]
    rows = [("Claimant", person.name), ("SSN", f"XXX-XX-{person.last4}"),
            ("Effective Date of Claim", us(claim_date)),
            ("Benefit Year Ends", us(claim_date + timedelta(days=364))), ("Weekly Benefit Amount", money(weekly, True)),
            ("Maximum Benefit Amount", money(weekly * 26, True)), ("Payment Frequency", "Weekly, upon filing a "
                                                                                        "weekly claim")]
    y = 180
    for label, value in rows:
        s.text(90, y, label, 9.5, "Helvetica-Bold")
        s.text(290, y, value, 9.5)
        y += 14
    y = table(s, 90, y + 10, [("Base Period Quarter", 130, "l"), ("Employer", 170, "l"), ("Wages", 90, "r")],
              [(q, "Prairie Ridge Manufacturing Co.", money(w)) for q, w in quarters], size=8.5, header_fill=0.9)
    y += 16
    for paragraph in ["You are monetarily eligible for unemployment insurance benefits. This notice does not "
                      "guarantee payment: you must be able to work, available for work, and actively seeking work, "
                      "and you must file a weekly claim for every week you want to be paid.",
                      "If you disagree with this determination you may appeal within 10 days of the date mailed. "
                      "Questions: call 1-866-555-0199 or visit your local IowaWORKS center."]:
        y = s.wrap(72, y, 468, paragraph, 9.5) + 8
    s.page()
    return benefit_doc(s, "unemployment_benefit_letter", when, None, "unemployment", "unemployment determination")


def funeral_statement(purchaser: Person, home: Address, deceased: str, died: date, when: date) -> Doc:
    """A funeral home's itemized statement of goods and services: a bill, not a death certificate or an obituary."""
    s = Sheet(title="Statement of Funeral Goods and Services", creator="FuneralTrack")
    s.text(306, 60, "HOLLIS & GREER FUNERAL HOME", 14, "Times-Bold", align="c")
    s.text(306, 74, "Family owned since 1952  -  620 West Market Street  -  Lima, Ohio 45801  -  (419) 555-0137",
           8, "Times-Roman", align="c")
    s.text(306, 100, "STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED", 10.5, "Times-Bold", align="c")
    rows = [("Purchaser", purchaser.name), ("Address", home.line), ("Deceased", deceased),
            ("Date of Death", us(died)), ("Date of Statement", us(when)), ("Contract No.", "2030-0117")]
    y = 126
    for label, value in rows:
        s.text(90, y, label + ":", 9.5, "Times-Bold")
        s.text(210, y, value, 9.5, "Times-Roman")
        y += 13
    items = [("Basic services of funeral director and staff", "2,395.00"), ("Embalming", "825.00"),
             ("Other preparation of the body", "275.00"), ("Use of facilities and staff for visitation", "550.00"),
             ("Use of facilities and staff for funeral ceremony", "650.00"), ("Hearse", "395.00"),
             ("Service vehicle", "175.00"), ("Casket - 18 gauge steel, Silver Mist", "2,895.00"),
             ("Outer burial container", "1,295.00"), ("Certified copies of death certificate (cash advance)", "50.00"),
             ("Memorial folders and register book", "185.00")]
    y = table(s, 90, y + 12, [("Item", 320, "l"), ("Amount", 110, "r")], items, font="Times-Roman", bold="Times-Bold",
              size=9.2, header_fill=0.9, rule=0.85)
    total = sum((Decimal(v.replace(",", "")) for _, v in items), Decimal(0))
    for label, value in [("Total", money(total, True)), ("Payments received", "-" + money(Decimal(4000), True)),
                         ("Balance due", money(total - 4000, True))]:
        s.text(400, y + 16, label, 9.5, "Times-Bold")
        s.text(520, y + 16, value, 9.5, "Times-Roman", align="r")
        y += 13
    s.wrap(90, y + 30, 430, "Payment of the balance is due within 60 days. Charges are only for those items that you "
           "selected or that are required. Thank you for allowing us to serve your family.", 9, "Times-Italic")
    s.page()
    return Doc("other", s.done(), printed=s.printed, date=when, label="funeral home statement")


def lease_first_page(landlord: Person, tenant: str, unit: Address, rent: Decimal, start: date) -> Doc:
    """Page 1 of a residential lease for the borrower's rented condominium (an 'other' paper)."""
    s = Sheet(title="Residential Lease Agreement", creator="Microsoft Word")
    s.text(306, 72, "RESIDENTIAL LEASE AGREEMENT", 14, "Times-Bold", align="c")
    y = 104
    paragraphs = [
        f"This Residential Lease Agreement (\"Lease\") is made on {long_date(start - timedelta(days=12))} between "
        f"{landlord.name} (\"Landlord\") and {tenant} (\"Tenant\").",
        f"1. PREMISES. Landlord leases to Tenant the condominium unit at {unit.line} (the \"Premises\"), together "
        "with one assigned parking space and the use of the common areas.",
        f"2. TERM. The term of this Lease begins on {long_date(start)} and ends on "
        f"{long_date(start.replace(year=start.year + 1) - timedelta(days=1))}, and continues month to month after that "
        "unless either party gives 30 days' written notice.",
        f"3. RENT. Tenant shall pay Landlord rent of {money(rent, True)} per month, due on the first day of each "
        "month, "
        "by check or electronic transfer. Rent received after the fifth day of the month is late and a late charge "
        "of $50.00 is due.",
        f"4. SECURITY DEPOSIT. Tenant has paid a security deposit of {money(rent, True)}, which Landlord will hold "
        "and return within 30 days after the end of the Lease, less any lawful deductions.",
        "5. UTILITIES. Tenant pays electricity, internet and cable. Landlord pays water, sewer, trash and the "
        "condominium association dues.",
        "6. USE AND OCCUPANCY. The Premises shall be used only as a private residence for Tenant and Tenant's "
        "immediate family. No assignment or subletting without Landlord's written consent.",
        "7. MAINTENANCE. Tenant shall keep the Premises clean and in good condition and promptly report any needed "
        "repairs. Landlord is responsible for repairs not caused by Tenant.",
    ]
    for paragraph in paragraphs:
        y = s.wrap(72, y, 468, paragraph, 10.5, "Times-Roman", 14) + 8
    s.text(306, 760, "Page 1 of 4", 9, "Times-Roman", align="c")
    s.page()
    return Doc("other", s.done(), printed=s.printed, date=start, label="lease, first page")


def mortgage_statement(servicer: str, borrowers: Sequence[Person], home: Address, loan: str, when: date,
                       due: date, payment: Decimal, past_due: Decimal) -> Doc:
    """The servicer's own monthly mortgage statement the borrower sent back with the packet (an 'other' paper)."""
    s = Sheet(title="Mortgage Statement", creator="Servicing Platform")
    s.text(36, 56, servicer, 14, "Helvetica-Bold", color=(0.1, 0.3, 0.2))
    s.text(36, 68, "Mortgage Servicing  -  PO Box 1188  -  Cedar Rapids, IA 52406  -  1-800-555-0121", 7.8)
    s.text(576, 56, "Mortgage Statement", 12, "Helvetica-Bold", align="r")
    s.text(576, 68, f"Statement Date: {us(when)}", 8, align="r")
    y = 96
    for person in borrowers:
        s.text(54, y, person.name.upper(), 9)
        y += 11
    s.text(54, y, home.street.upper(), 9)
    s.text(54, y + 11, home.city_line.upper(), 9)
    box = [("Account Number", loan), ("Payment Due Date", us(due)), ("Amount Due", money(payment + past_due, True))]
    for i, (label, value) in enumerate(box):
        s.rect(356, 88 + 22 * i, 220, 22, stroke=0.4, fill=0.95 if i == 2 else None)
        s.text(362, 102 + 22 * i, label, 8, "Helvetica-Bold")
        s.text(570, 102 + 22 * i, value, 9, align="r")
    s.text(356, 166, f"If payment is received after {us(due + timedelta(days=15))}, a $48.20 late fee will be charged.",
           6.8)
    rows = [("Principal", money(D(payment * Decimal("0.31")))), ("Interest", money(D(payment * Decimal("0.46")))),
            ("Escrow (Taxes and Insurance)", money(payment - D(payment * Decimal("0.31")) -
                                                   D(payment * Decimal("0.46")))),
            ("Regular Monthly Payment", money(payment)), ("Past Due Payments", money(past_due)),
            ("Total Amount Due", money(payment + past_due))]
    y = table(s, 36, 190, [("Explanation of Amount Due", 200, "l"), ("", 80, "r")], rows, header_fill=0.9, rule=0.85)
    s.rect(36, y + 16, 540, 64, stroke=0.0, width=1)
    s.text(46, y + 32, "Delinquency Notice", 9.5, "Helvetica-Bold")
    s.wrap(46, y + 46, 520, f"You are late on your mortgage payments. As of {us(when)} you are "
           f"{int(past_due / payment) * 30} days delinquent. Failure to bring your loan current may result in fees "
           "and foreclosure. If you are experiencing financial difficulty, call us at 1-800-555-0121 about mortgage "
           "assistance options.", 8)
    s.page()
    return Doc("other", s.done(), printed=s.printed, date=when, label="mortgage statement")


def qualified_name(widget: Any) -> str:
    parts, node = [], widget
    while node is not None:
        if node.get("/T") is not None:
            parts.append(str(node["/T"]))
        node = node["/Parent"].get_object() if "/Parent" in node else None
    return ".".join(reversed(parts))


def form4506c(person: Person, home: Address, servicer: str, tax_years: Sequence[int], signed_on: date | None,
              hand: Hand | None = None) -> Doc:
    """The real IRS Form 4506-C (Rev. 10-2022) page 1, filled through its AcroForm (the XFA layer dropped the way
    non-Adobe viewers save it); signed in pen and dated only when signed_on is given."""
    writer = PdfWriter(clone_from=PdfReader(FORM4506C_BLANK))
    root = writer._root_object
    acro = root["/AcroForm"]
    if "/XFA" in acro:
        del acro["/XFA"]
    prefix = "form1[0].page_1[0]."
    values: dict[str, str] = {
        "name_shown[0].first_name[0]": person.first, "name_shown[0].middle_initial[0]": person.middle,
        "name_shown[0].last_name[0]": person.last, "name_shown[0].first_ssn[0]": person.ssn,
        "current_name_address[0].street_address[0]": home.street, "current_name_address[0].city[0]": home.city,
        "current_name_address[0].state[0]": home.state, "current_name_address[0].zip_code[0]": home.zip,
        "ives_participant_name[0].ives_participant_name[0]": "Veridoc Income Verification LLC",
        "ives_participant_name[0].ives_participant_id[0]": "IV-20417",
        "ives_participant_name[0].sor_mailbox_id[0]": "VDOC0417",
        "ives_participant_name[0].street_address[0]": "1200 Commerce Center Dr, Suite 300",
        "ives_participant_name[0].city[0]": "Columbus", "ives_participant_name[0].state[0]": "OH",
        "ives_participant_name[0].zip_code[0]": "43215",
        "client_info[0].first_name[0]": servicer, "client_info[0].telephone_number[0]": "1-866-555-0142",
        "client_info[0].street_address[0]": "PO Box 4471", "client_info[0].city[0]": "Grand Rapids",
        "client_info[0].state[0]": "MI", "client_info[0].zip_code[0]": "49501",
        "transcript_reqeust[0]": "1040", "print_type_name[0]": person.name, "phone_number[0]": person.phone,
        "question_8[0].f1_15[0]": "12", "question_8[0].f1_16[0]": "31", "question_8[0].f1_17[0]": str(tax_years[0]),
    }
    if len(tax_years) > 1:
        values.update({"question_8[0].f1_18[0]": "12", "question_8[0].f1_19[0]": "31",
                       "question_8[0].f1_20[0]": str(tax_years[1])})
    if signed_on is not None and hand is None:
        values["date[0]"] = us(signed_on)
    boxes = {"transcript_type[0].return_transcript[0]": True, "signature_attests[0]": signed_on is not None}
    page = writer.pages[0]
    texts: dict[str, str] = {}
    for ref in page.get("/Annots") or []:
        widget = ref.get_object()
        qualified = qualified_name(widget)
        short = qualified.removeprefix(prefix)
        kind = widget.get("/FT") or (widget["/Parent"].get_object().get("/FT") if "/Parent" in widget else None)
        if kind == "/Btn":
            states = [str(k) for k in widget["/AP"]["/N"] if str(k) != "/Off"]
            state = NameObject(states[0] if boxes.get(short) else "/Off")
            widget[NameObject("/V")] = state
            widget[NameObject("/AS")] = state
        elif kind == "/Tx":
            texts[qualified] = values.get(short, "")
    writer.update_page_form_field_values(page, texts, auto_regenerate=False)
    printed = [v for v in values.values() if v]
    writer.remove_page(1)
    writer.set_need_appearances_writer(True)
    buf = io.BytesIO()
    writer.write(buf)
    doc = Doc("irs_form_4506c", with_synthetic_footer(buf.getvalue()), forms=True, printed=printed,
              fields={"signed": signed_on is not None, "signed_on": signed_on.isoformat() if signed_on else None},
              date=signed_on, label="IRS Form 4506-C")
    doc.facts["signed"] = signed_on is not None
    if signed_on and hand:
        doc.add_pen(0, hand.signature(person.name, 90, PAGE_H - 170, 14, width=200))
        doc.add_pen(0, hand.write(us(signed_on), 348, PAGE_H - 170, 8), us(signed_on))
    return doc


def separator_sheet(loan: str, servicer: str, borrower: str, received: date) -> Doc:
    """The servicer's mailroom cover sheet: a Code 128 barcode reading 'LOAN <number>'."""
    s = Sheet(title="Separator", creator="Mailroom Batch Prep")
    s.text(306, 90, servicer.upper(), 13, "Helvetica-Bold", align="c")
    s.text(306, 110, "LOSS MITIGATION  -  DOCUMENT SEPARATOR SHEET", 11, "Helvetica-Bold", align="c")
    s.text(306, 126, "Place on top of each borrower's documents. Do not write in the barcode area.", 8.5, align="c")
    code = pf.barcode_image(f"LOAN {loan}", scale=4)
    s.image(code, 136, 190, 340, 90)
    s.text(306, 300, f"LOAN {loan}", 12, "Courier-Bold", align="c")
    for i, (label, value) in enumerate([("Loan number", loan), ("Borrower", borrower),
                                        ("Date received", us(received)), ("Queue", "LM-INTAKE")]):
        s.text(190, 360 + 16 * i, label + ":", 10, "Helvetica-Bold")
        s.text(300, 360 + 16 * i, value, 10)
    s.page()
    return Doc("separator_sheet", s.done(), printed=s.printed, label="separator sheet")


# --- servicers' own application forms -------------------------------------------------------------------------

SERVICER_HARDSHIPS = [
    ("unemployment", "Unemployment"), ("reduction_in_income", "Reduction in income or hours"),
    ("increase_in_housing_expenses", "Increase in housing expenses"), ("disaster", "Natural or man-made disaster"),
    ("disability_or_illness", "Disability or serious illness"),
    ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Separation of unmarried co-borrowers"), ("death", "Death of a borrower or wage earner"),
    ("relocation", "Distant job transfer or relocation"), ("other", "Other (explain below)"),
]
SERVICER_INCOME = [
    ("wages", "Wages, salary, overtime, commissions, tips and bonuses"), ("self_employment", "Self-employment income"),
    ("unemployment", "Unemployment benefits"),
    ("benefits_taxable", "Taxable Social Security, pension, disability or other public assistance"),
    ("benefits_nontaxable", "Non-taxable Social Security or disability income"),
    ("rental", "Rental income (rents received less expenses other than the mortgage)"),
    ("investment", "Investment or insurance income"), ("other", "Alimony, child support or other income"),
]


def halverson_form(app: Application, submitted: date, explanation: str, assets: tuple[Decimal, Decimal],
                   sign_hand: Hand) -> Doc:
    """Halverson Point Mortgage Servicing's fillable 'Borrower Assistance Application' (HPMS-100): boxed fields under
    small captions, filled in a PDF viewer (the answers are AcroForm field values) and signed with a saved signature
    picture; the date typed into its field."""
    s = Sheet(title="HPMS-100 Borrower Assistance Application", creator="Adobe InDesign 19.2 (Windows)",
              producer="Adobe PDF Library 17.0")
    form = s.c.acroForm
    navy = (0.11, 0.2, 0.38)
    written: list[str] = []
    b, co = app.borrower, app.co

    def field(name: str, caption: str, x: float, y: float, w: float, value: str = "", h: float = 24) -> None:
        s.rect(x, y, w, h, stroke=0.45, width=0.6)
        s.text(x + 3, y + 7, caption.upper(), 5.6, "Helvetica-Bold", color=(0.33, 0.33, 0.38))
        form.textfield(name=name, tooltip=caption, x=x + 2, y=s.h - y - h + 1.5, width=w - 4, height=14,
                       value=value, fontName="Helvetica", fontSize=9, borderWidth=0, fillColor=None,
                       borderColor=None, textColor=None, forceBorder=False)
        if value:
            written.append(value)

    checked: set[str] = set()

    def check(name: str, label: str, x: float, y: float, on: bool) -> None:
        if on:
            checked.add(label)
        form.checkbox(name=name, tooltip=label, x=x, y=s.h - y - 9, size=9, checked=on, buttonStyle="cross",
                      borderWidth=0.6, borderColor=black, fillColor=white, textColor=black, forceBorder=True)
        s.text(x + 13, y + 7.5, label, 8.2)

    def band(y: float, title: str) -> float:
        s.rect(36, y, 540, 16, fill=navy, stroke=None)
        s.text(42, y + 11.5, title, 9, "Helvetica-Bold", color=(1, 1, 1))
        return y + 22

    def header(page: int) -> None:
        s.text(36, 52, "HALVERSON POINT", 15, "Helvetica-Bold", color=navy)
        s.text(36, 63, "MORTGAGE SERVICING", 7.5, "Helvetica-Bold", color=(0.45, 0.5, 0.6))
        s.text(576, 50, "Borrower Assistance Application", 13, "Helvetica-Bold", align="r")
        s.text(576, 62, "Form HPMS-100  (Rev. 03/2029)", 7.5, align="r")
        s.line(36, 70, 576, 70, 1.2, 0.2)
        s.text(36, 770, "HPMS-100 (03/2029)", 7)
        s.text(576, 770, f"Page {page} of 2", 7, align="r")

    header(1)
    y = s.wrap(36, 86, 540, "Complete every section and sign page 2. Return this application with the documents "
               "listed in our checklist by fax to 1-866-555-0142, by mail to Halverson Point Mortgage Servicing, "
               "Attn: Loss Mitigation, PO Box 4471, Grand Rapids, MI 49501, or upload it at "
               "halversonpoint.example/assist. We will acknowledge your application within five business days.", 8)
    y = band(y + 4, "SECTION 1   BORROWER INFORMATION")
    field("LoanNumber", "Loan number", 36, y, 170, app.loan_number or "")
    field("DateSubmitted", "Date submitted", 214, y, 110, us(submitted))
    y += 30
    field("BorrowerName", "Borrower name (first, middle, last)", 36, y, 300, b.name)
    field("BorrowerSSN4", "SSN - last 4 digits", 344, y, 90, b.last4)
    field("BorrowerPhone", "Phone", 442, y, 134, b.phone)
    y += 30
    field("BorrowerEmail", "E-mail", 36, y, 300, b.email)
    y += 30
    field("CoBorrowerName", "Co-borrower name (first, middle, last)", 36, y, 300, co.name if co else "")
    field("CoBorrowerSSN4", "SSN - last 4 digits", 344, y, 90, co.last4 if co else "")
    field("CoBorrowerPhone", "Phone", 442, y, 134, co.phone if co else "")
    y += 36
    y = band(y, "SECTION 2   PROPERTY")
    field("PropertyStreet", "Property street address", 36, y, 290, app.prop.street)
    field("PropertyCity", "City", 334, y, 130, app.prop.city)
    field("PropertyState", "State", 472, y, 40, app.prop.state)
    field("PropertyZip", "ZIP code", 520, y, 56, app.prop.zip)
    y += 30
    field("MailingAddress", "Mailing address, if different", 36, y, 540, "")
    y += 34
    s.text(36, y + 7.5, "The property is my:", 8.2, "Helvetica-Bold")
    for i, (code, label) in enumerate([("primary_residence", "Primary residence"), ("second_home", "Second home"),
                                       ("investment_property", "Investment or rental property")]):
        check(f"Occupancy_{i + 1}", label, 150 + 120 * i, y, app.occupancy == code)
    y += 16
    s.text(36, y + 7.5, "I want to:", 8.2, "Helvetica-Bold")
    for i, label in enumerate(["Keep the property", "Sell the property", "Undecided"]):
        check(f"Intent_{i + 1}", label, 150 + 120 * i, y, i == 0)
    y += 16
    s.text(36, y + 7.5, "Is the property listed for sale?", 8.2, "Helvetica-Bold")
    check("Listed_Yes", "Yes", 190, y, False)
    check("Listed_No", "No", 240, y, True)
    s.text(300, y + 7.5, "Condominium / HOA dues?", 8.2, "Helvetica-Bold")
    check("HOA_Yes", "Yes", 420, y, True)
    check("HOA_No", "No", 470, y, False)
    y += 26
    y = band(y, "SECTION 3   HARDSHIP")
    field("HardshipDate", "Date the hardship began (MM/DD/YYYY)", 36, y, 180,
          us(app.hardship_start) if app.hardship_start else "")
    s.text(230, y + 9, "The hardship is:", 8.2, "Helvetica-Bold")
    check("Duration_Short", "Short-term (6 months or less)", 300, y + 2, app.duration == "short_term")
    check("Duration_Long", "Long-term or permanent", 450, y + 2, app.duration == "long_term")
    y += 34
    s.text(36, y, "Reason for the hardship (check all that apply):", 8.2, "Helvetica-Bold")
    y += 6
    for i, (code, label) in enumerate(SERVICER_HARDSHIPS):
        col, row = divmod(i, 5)
        check(f"Hardship_{i + 1}", label, 42 + 270 * col, y + 15 * row, code in app.hardships)
    y += 82
    s.rect(36, y, 540, 58, stroke=0.45, width=0.6)
    s.text(39, y + 7, "DESCRIBE YOUR HARDSHIP", 5.6, "Helvetica-Bold", color=(0.33, 0.33, 0.38))
    words, rows, row = explanation.split(), [], ""
    for word in words:
        if s.c.stringWidth(f"{row} {word}", "Helvetica", 8.5) > 525 and row:
            rows.append(row)
            row = word
        else:
            row = f"{row} {word}".strip()
    rows.append(row)
    for i in range(3):
        value = rows[i] if i < len(rows) else ""
        form.textfield(name=f"HardshipExplanation{i + 1}", tooltip="Describe your hardship", x=38,
                       y=s.h - y - 23 - 13 * i, width=536, height=12, value=value, fontName="Helvetica",
                       fontSize=8.5, borderWidth=0, fillColor=None, borderColor=None, textColor=None,
                       forceBorder=False)
        if value:
            written.append(value)
    s.page()
    header(2)
    y = band(84, "SECTION 4   MONTHLY HOUSEHOLD INCOME (GROSS, BEFORE TAXES)")
    amounts = dict(app.income_lines)
    for i, (code, label) in enumerate(SERVICER_INCOME):
        s.rect(36, y, 540, 20, stroke=0.6, fill=0.97 if i % 2 else None, width=0.4)
        s.text(42, y + 13.5, label, 8.4)
        s.text(452, y + 13.5, "$", 8.4)
        value = money(amounts[code]) if code in amounts else ""
        form.textfield(name=f"Income_{code}", tooltip=label, x=462, y=s.h - y - 17, width=108, height=14,
                       value=value, fontName="Helvetica", fontSize=9, borderWidth=0, fillColor=None, borderColor=None,
                       textColor=None, forceBorder=False)
        if value:
            written.append(value)
        y += 20
    s.rect(36, y, 540, 22, stroke=0.3, fill=(0.9, 0.92, 0.96), width=0.8)
    s.text(42, y + 14.5, "TOTAL MONTHLY HOUSEHOLD INCOME", 8.6, "Helvetica-Bold")
    s.text(452, y + 14.5, "$", 8.4)
    total = app.total_printed if app.total_printed is not None else sum((a for _, a in app.income_lines), Decimal(0))
    form.textfield(name="Income_Total", tooltip="Total", x=462, y=s.h - y - 18, width=108, height=14,
                   value=money(total), fontName="Helvetica-Bold", fontSize=9, borderWidth=0, fillColor=None,
                   borderColor=None, textColor=None, forceBorder=False)
    written.append(money(total))
    y += 36
    y = band(y, "SECTION 5   ASSETS")
    field("Checking", "Checking accounts and cash on hand ($)", 36, y, 265, money(assets[0]))
    field("Savings", "Savings, money market and CDs ($)", 311, y, 265, money(assets[1]))
    y += 36
    y = band(y, "SECTION 6   CERTIFICATION AND SIGNATURES") + 8
    for paragraph in [
        "I certify that all of the information in this application is truthful and that the hardship I described "
        "contributed to my need for mortgage relief. Knowingly submitting false information may violate Federal "
        "and other applicable law.",
        "I agree to provide all required documents and to respond in a timely manner. I consent to Halverson Point "
        "Mortgage Servicing obtaining a current credit report and the tax transcripts described on IRS Form 4506-C, "
        "and to being contacted about this application at any telephone number or e-mail address I have given.",
        "I understand that Halverson Point Mortgage Servicing is not obligated to offer me assistance based solely "
        "on this application."]:
        y = s.wrap(36, y, 540, paragraph, 8.2) + 5
    y += 26
    doc = Doc("mortgage_assistance_application", b"", forms=True, label="HPMS-100 fillable form")
    for person, signs, day, name in [(b, app.borrower_signs, app.signed_on, "1"),
                                     (co, app.co_signs, app.co_signed_on, "2")]:
        s.line(36, y, 330, y, 0.6)
        s.text(36, y + 9, ("Borrower" if name == "1" else "Co-borrower") + " signature", 7)
        field(f"SignDate{name}", "Date", 350, y - 20, 120, us(day) if person and signs and day else "", h=24)
        if person is not None and signs:
            doc.add_pen(1, sign_hand.signature(person.name, 50, y - 5, 16, width=220))
        y += 44
    s.page()
    doc.pdf = s.done()
    doc.printed = s.printed + written
    doc.facts["checked"] = checked
    return doc


WOLF_HARDSHIPS = [
    ("unemployment", "Job loss / unemployment"), ("divorce_or_separation", "Divorce or legal separation"),
    ("reduction_in_income", "Reduced income, hours or overtime"),
    ("separation_unmarried", "Separation of unmarried co-owners"),
    ("increase_in_housing_expenses", "Higher housing costs (taxes, insurance, HOA)"),
    ("death", "Death of a borrower or wage earner"), ("disaster", "Disaster (fire, flood, storm)"),
    ("relocation", "Job transfer more than 50 miles away"), ("disability_or_illness", "Illness or disability"),
    ("other", "Other:"),
]
WOLF_INCOME = [
    ("wages", "Borrower wages (gross)"), ("wages_co", "Co-borrower wages (gross)"),
    ("self_employment", "Self-employment income"), ("unemployment", "Unemployment benefits"),
    ("benefits_taxable", "Social Security, pension or disability (taxable)"),
    ("benefits_nontaxable", "Non-taxable Social Security or disability"), ("rental", "Rental income (net)"),
    ("investment", "Investment or insurance income"), ("other", "Child support, alimony or other income"),
]


@dataclass
class PaperForm:
    """A printed form and where its answers go: text lines (page, x, baseline, right end) and boxes."""

    pdf: bytes
    printed: list[str]
    lines: dict[str, tuple[int, float, float, float]]
    boxes: dict[str, tuple[int, tuple[float, float, float, float]]]


def wolf_creek_blank() -> PaperForm:
    """Wolf Creek Federal Credit Union's two-page 'Mortgage Assistance Request', to be printed and filled in ink:
    one column, every answer on a rule after its label, boxes before their words, income on dot leaders."""
    s = Sheet(title="Mortgage Assistance Request", creator="Microsoft Word")
    lines: dict[str, tuple[int, float, float, float]] = {}
    boxes: dict[str, tuple[int, tuple[float, float, float, float]]] = {}
    page = 0
    green = (0.16, 0.33, 0.22)

    def blank(name: str, label: str, x: float, y: float, end: float, size: float = 9.2) -> float:
        width = s.text(x, y, label, size)
        s.line(x + width + 4, y + 2, end, y + 2, 0.5)
        lines[name] = (page, x + width + 6, y, end)
        return end

    def box(name: str, label: str, x: float, y: float, size: float = 9.2) -> None:
        boxes[name] = (page, s.box(x, y - 8, 8.5))
        s.text(x + 13, y, label, size)

    def part(y: float, title: str) -> float:
        s.text(36, y, title, 10.5, "Helvetica-Bold", color=green)
        s.line(36, y + 4, 576, y + 4, 1.0, 0.3)
        return y + 24

    s.text(306, 50, "WOLF CREEK FEDERAL CREDIT UNION", 14, "Times-Bold", align="c", color=green)
    s.text(306, 63, "Mortgage Servicing Department  -  2400 Edgewood Road SW  -  Cedar Rapids, IA 52404  -  "
           "1-800-555-0121", 7.8, "Times-Roman", align="c")
    s.text(306, 88, "MORTGAGE ASSISTANCE REQUEST", 13, "Helvetica-Bold", align="c")
    s.text(306, 101, "Please print clearly in ink. Answer every question. Sign and date page 2.", 8.5,
           "Helvetica-Oblique",
           align="c")
    y = part(128, "PART 1  -  ABOUT YOU")
    blank("loan", "Loan number:", 36, y, 250)
    blank("member", "Member number:", 300, y, 576)
    y += 26
    blank("b_name", "Borrower name:", 36, y, 420)
    blank("b_ssn", "Last 4 of SSN:", 430, y, 576)
    y += 26
    blank("b_phone", "Phone:", 36, y, 250)
    blank("b_email", "E-mail:", 260, y, 576)
    y += 26
    blank("b_employer", "Employer:", 36, y, 576)
    y += 26
    blank("c_name", "Co-borrower name:", 36, y, 420)
    blank("c_ssn", "Last 4 of SSN:", 430, y, 576)
    y += 26
    blank("c_phone", "Phone:", 36, y, 250)
    blank("c_email", "E-mail:", 260, y, 576)
    y += 26
    blank("c_employer", "Employer:", 36, y, 576)
    y += 30
    y = part(y, "PART 2  -  THE PROPERTY")
    blank("street", "Property address:", 36, y, 576)
    y += 26
    blank("city", "City:", 36, y, 300)
    blank("state", "State:", 312, y, 400)
    blank("zip", "ZIP:", 412, y, 576)
    y += 26
    s.text(36, y, "This property is:", 9.2, "Helvetica-Bold")
    for i, (code, label) in enumerate([("primary_residence", "my primary home"), ("second_home", "a second home"),
                                       ("investment_property", "a rental / investment property")]):
        box(f"occ_{code}", label, 130 + 120 * i, y)
    y += 22
    s.text(36, y, "I want to:", 9.2, "Helvetica-Bold")
    for i, (code, label) in enumerate([("keep", "keep my home"), ("sell", "sell my home"), ("unsure", "not sure")]):
        box(f"intent_{code}", label, 130 + 120 * i, y)
    y += 30
    y = part(y, "PART 3  -  YOUR HARDSHIP")
    blank("hardship_date", "My hardship began on (date):", 36, y, 320)
    s.text(330, y, "It is:", 9.2, "Helvetica-Bold")
    box("short_term", "short-term (6 months or less)", 362, y)
    y += 18
    box("long_term", "long-term", 362, y)
    y += 24
    s.text(36, y, "Check every reason that applies:", 9.2, "Helvetica-Bold")
    y += 20
    for i, (code, label) in enumerate(WOLF_HARDSHIPS):
        col, row = i % 2, i // 2
        box(f"hs_{code}", label, 48 + 270 * col, y + 20 * row)
    lines["hs_other_text"] = (page, 370, y + 20 * 4, 576)
    s.line(368, y + 82, 576, y + 82, 0.5)
    s.text(36, 752, "WCFCU-MAR (07/2028)", 7)
    s.text(576, 752, "Page 1 of 2", 7, align="r")
    s.page()
    page = 1
    y = part(60, "PART 4  -  MONTHLY INCOME (gross, before taxes)")
    for code, label in WOLF_INCOME:
        s.text(48, y, label, 9.2)
        width = s.c.stringWidth(label, "Helvetica", 9.2)
        dots = "." * int((400 - 48 - width - 8) / s.c.stringWidth(".", "Helvetica", 9.2))
        s.text(48 + width + 4, y, dots, 9.2, color=(0.45, 0.45, 0.45))
        s.text(410, y, "$", 9.2)
        s.line(420, y + 2, 540, y + 2, 0.5)
        lines[f"inc_{code}"] = (page, 424, y, 540)
        y += 22
    s.text(48, y + 4, "TOTAL MONTHLY HOUSEHOLD INCOME", 9.2, "Helvetica-Bold")
    s.text(410, y + 4, "$", 9.2, "Helvetica-Bold")
    s.rect(418, y - 10, 124, 20, stroke=0.0, width=0.9)
    lines["inc_total"] = (page, 424, y + 4, 540)
    y += 36
    y = part(y, "PART 5  -  SIGNATURES")
    for paragraph in [
        "I/we certify that the information on this request is true and complete and that the hardship described "
        "above caused my/our need for mortgage assistance. I/we authorize Wolf Creek Federal Credit Union to verify "
        "it, to obtain a credit report for each borrower, and to contact me/us about this request by phone, text or "
        "e-mail.",
        "I/we understand that the credit union is not obligated to offer assistance and that knowingly giving false "
        "information may violate federal and state law."]:
        y = s.wrap(36, y, 540, paragraph, 8.6) + 6
    y += 30
    for who in ("b", "c"):
        label = "Borrower signature" if who == "b" else "Co-borrower signature"
        s.line(36, y, 360, y, 0.6)
        s.text(36, y + 10, label, 7.5)
        s.line(390, y, 540, y, 0.6)
        s.text(390, y + 10, "Date", 7.5)
        lines[f"{who}_sig"] = (page, 44, y - 3, 350)
        lines[f"{who}_date"] = (page, 396, y - 3, 540)
        y += 44
    y += 6
    s.rect(36, y, 540, 130, fill=0.95, stroke=0.6)
    s.text(46, y + 16, "SEND THESE WITH YOUR REQUEST", 9, "Helvetica-Bold", color=green)
    for i, item in enumerate([
        "Your most recent pay stub showing year-to-date earnings, for each borrower who works",
        "Benefit award letters for Social Security, pension, disability or unemployment income",
        "Your two most recent bank statements (all pages) if you are self-employed or receive rental income",
        "IRS Form 4506-C signed by each borrower, if you are self-employed or receive rental income",
        "A letter explaining your hardship, and proof of the hardship where required",
        "Mail: PO Box 1188, Cedar Rapids, IA 52406   Fax: 1-319-555-0190   Questions: 1-800-555-0121"]):
        s.text(56, y + 34 + 15 * i, ("- " if i < 5 else "") + item, 8.4)
    s.text(36, 752, "WCFCU-MAR (07/2028)", 7)
    s.text(576, 752, "Page 2 of 2", 7, align="r")
    s.page()
    return PaperForm(s.done(), s.printed, lines, boxes)


def fill_paper_form(form: PaperForm, answers: dict[str, str], ticks: Iterable[str], hand: Hand,
                    signatures: dict[str, tuple[Person, Hand]], tick_style: str = "x") -> Doc:
    """The printed form filled in pen."""
    doc = Doc("mortgage_assistance_application", form.pdf, printed=list(form.printed), label="servicer form by hand")
    for name, text in answers.items():
        if not text:
            continue
        page, x, baseline, end = form.lines[name]
        writer = hand
        x += writer.rng.uniform(0, 10)
        doc.add_pen(page, writer.write(text, x, baseline - 1 + writer.rng.uniform(-1, 0.5), 9.4,
                                       max_width=end - x - 2), text)
    for name in ticks:
        page, (x0, top, x1, bottom) = form.boxes[name]
        doc.add_pen(page, hand.check(x0, top, x1, bottom, tick_style))
    for name, (person, writer) in signatures.items():
        page, x, baseline, end = form.lines[name]
        doc.add_pen(page, writer.signature(person.name, x + writer.rng.uniform(0, 30), baseline, 16, width=200))
    doc.facts["ticks"] = set(ticks)
    return doc


# --- the packets --------------------------------------------------------------------------------------------


@dataclass
class Packet:
    name: str
    loan: str
    received: date
    app: Application | None
    deliveries: list[Delivery]
    intended: list[str]  # the codes the scenario is built to be missing
    all_docs: list[Doc] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.all_docs = [d for delivery in self.deliveries for d in delivery.docs]


def person(rng: random.Random, first: Sequence[str], middle: str, last: str, area: str, email: bool = True) -> Person:
    name = rng.choice(first)
    ssn = f"{rng.randint(900, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    mail = f"{name.lower()}.{last.lower()}{rng.randint(2, 88)}@example.com" if email else ""
    return Person(name, middle, last, ssn, f"({area}) 555-01{rng.randint(10, 99)}", mail)


def loan_number(rng: random.Random) -> str:
    return "00" + "".join(str(rng.randint(0, 9)) for _ in range(8))


def deposits(stubs: Iterable[Stub], start: date, end: date, desc: str) -> list[Txn]:
    return [Txn(s.pay_date, desc, s.net) for s in stubs if start <= s.pay_date <= end]


def packet_u1(rng: random.Random) -> Packet:
    """Form 710 typed through its AcroForm, signed on the screen and e-mailed with the rest as attachments."""
    received = date(2030, 2, 14)
    last = rng.choice(["Whitfield", "Brennan", "Hollister", "Castellano"])
    b = person(rng, ["Marcus", "Derrick", "Jonathan", "Travis"], rng.choice("JRDT"), last, "785")
    co = person(rng, ["Alicia", "Megan", "Lauren", "Nicole"], rng.choice("RMKA"), last, "785")
    home = Address(f"{rng.randint(1100, 2900)} {rng.choice(['Crestview Dr', 'Marymount Rd', 'Key Ave'])}", "Salina",
                   "KS", "67401")
    loan = loan_number(rng)
    employer, coop = "Brightway Home Centers, Inc.", "Tri-County Electric Cooperative, Inc."
    rate = D(rng.choice(["19.85", "20.40", "18.95"]))
    ot_rate = D(rate * Decimal("1.5"))

    def store_hours(index: int, start: date, end: date, r: random.Random) -> list[Earning]:
        holiday = Decimal(8) if start <= date(end.year, 1, 1) <= end else Decimal(0)
        cut = start >= date(2029, 11, 2)
        regular = Decimal(r.choice([64, 66, 68.5, 70, 72]) if cut else r.choice([78, 80, 80, 80])) - holiday
        overtime = Decimal(0) if cut else Decimal(r.choice([0, 2.5, 4, 6]))
        sunday = Decimal(r.choice([8, 8.5, 16]))
        return [Earning("Regular", rate, regular, pay(rate, regular)),
                Earning("Overtime", ot_rate, overtime, pay(ot_rate, overtime)),
                Earning("Holiday", rate, holiday, pay(rate, holiday)),
                Earning("Sunday Premium", Decimal("1.00"), sunday, pay("1.00", sunday))]

    store = Payroll("biweekly", store_hours,
                    lambda g: [Item("401(k)", D(g * Decimal("0.04"))), Item("Dental", Decimal("6.85")),
                               Item("Vision", Decimal("3.10"))],
                    flat_taxes("0.078", "0.041", "KS State Income Tax"),
                    lambda g: [Item("Associate Stock Purchase", Decimal("10.00"))])
    stubs29 = store.run(biweekly_calendar(date(2029, 12, 28), 7), rng)
    stubs = store.run(biweekly_calendar(date(2030, 2, 8), 7), rng)
    salary = D(rng.choice(["58500", "56000", "61200"]))
    period_pay = D(salary / 24)

    def salaried(index: int, start: date, end: date, r: random.Random) -> list[Earning]:
        return [Earning("Regular Salary", None, Decimal("86.67"), period_pay)]

    coop_pay = Payroll("semimonthly", salaried,
                       lambda g: [Item("RS Plan Retirement", D(g * Decimal("0.05"))),
                                  Item("Medical - Employee + Spouse", Decimal("118.40"))],
                       flat_taxes("0.072", "0.04", "Kansas Withholding"))
    coop29 = coop_pay.run(semimonthly_calendar(2029, date(2029, 12, 31)), rng)
    coop30 = coop_pay.run(semimonthly_calendar(2030, date(2030, 2, 13)), rng)
    deposit = "Cottonwood State Bank Checking xxxxxx"
    account = f"70{rng.randint(1000000, 9999999)}"
    wages = (stubs[-1].gross * 26 / 12 + period_pay * 2).quantize(Decimal("1"))
    app = Application(loan, b, co, home, "primary_residence", ["reduction_in_income"], date(2029, 11, 4),
                      "long_term", [("wages", D(wages))], None, date(2030, 2, 11), co_signed_on=date(2030, 2, 11),
                      co_signs=True)
    values = form710_answers(app, assets=(D(rng.randint(300, 1500)), D(rng.randint(50, 900))))
    application = form710_typed(app, values)
    sign_form710(application, app, Hand(Pen(color=(20, 20, 60), width=0.9), rng),
                 Hand(Pen(color=(20, 20, 60), width=0.8), rng))
    docs_stubs = [brightway_stub(s, b, home, employer, deposit + account[-4:]) for s in stubs[-2:]]
    co_stub = cooperative_stub(coop30[-1], co, home, coop, salary, f"Cottonwood State Bank ****{account[-4:]}")
    shops = [("SUNFLOWER MARKET #12 SALINA KS", 28, 164), ("FUELMART 2231 SALINA KS", 24, 61),
             ("DOLLAR CORNER 0412", 6, 38), ("ONLINE RETAIL MKTPLACE", 12, 89), ("PIZZA VILLA SALINA", 14, 41),
             ("SALINA FAMILY PHARMACY", 8, 52), ("ATM WITHDRAWAL 1ST & SANTA FE", 40, 80)]
    bills = [(3, "PRAIRIE LIGHT & POWER ONLINE PMT", D(rng.uniform(118, 190))),
             (5, "HEARTLAND GAS CO AUTOPAY", D(rng.uniform(88, 140))),
             (9, "CITY OF SALINA UTILITIES", D(rng.uniform(61, 84))),
             (12, "CELLCO WIRELESS AUTOPAY", Decimal("142.37")),
             (15, "PROGRESSIVE AUTO INS PPD", Decimal("156.20")),
             (18, "PRAIRIE AUTO CREDIT LOAN PMT", Decimal("389.00")),
             (22, "LOAN SERVICING MTG PMT PARTIAL", D(rng.choice([900, 1000, 1100])))]
    statements = []
    beginning = D(rng.uniform(1200, 2100))
    for start, end in ((date(2029, 12, 1), date(2029, 12, 31)), (date(2030, 1, 1), date(2030, 1, 31))):
        credits = deposits(stubs29 + stubs, start, end, "BRIGHTWAY HOME CTR PAYROLL PPD") + deposits(
            coop29 + coop30, start, end, "TRI-COUNTY ELEC COOP DIR DEP")
        txns = spend(rng, start, end, beginning, credits, bills, shops, keep=D(rng.uniform(150, 600)))
        st = Statement("Cottonwood State Bank", [b.name, co.name], home, "Free Checking Plus", account, start, end,
                       beginning, txns)
        statements.append(cottonwood_statement(st))
        beginning = st.ending
    letter = typed_letter([f"{b.name} and {co.name}"], home, date(2030, 2, 11), "Dear Loss Mitigation Department:", [
        f"We are writing about our mortgage, loan number {loan}, and to ask to be considered for a loan modification "
        "or any other help you can offer.",
        f"In early November 2029 {employer.split(',')[0]} reduced the hours at the Salina store. {b.first} went from "
        "full time with regular overtime to about 64 to 72 hours every two weeks, and the overtime stopped. His "
        "take-home pay dropped by more than $500 a month.",
        f"{co.first} still works full time at the electric cooperative, but her salary alone does not cover the "
        "mortgage, our car payment and the utilities. We made partial payments in December and January and we "
        "are now behind.",
        "We want to keep our home. We have enclosed our pay stubs and our last two bank statements. Please let us "
        "know if you need anything else."], "Sincerely,", [b, co], "Re: Request for mortgage assistance",
        font="Helvetica", creator="Microsoft Word for Microsoft 365")
    deliveries = [
        Delivery("Mortgage Assistance Application - signed.pdf", [application]),
        Delivery(f"Paystub_{stubs[-2].pay_date:%Y-%m-%d}.pdf", [docs_stubs[0]]),
        Delivery(f"Paystub_{stubs[-1].pay_date:%Y-%m-%d}.pdf", [docs_stubs[1]]),
        Delivery(f"{co.first} pay stub {coop30[-1].pay_date:%b %d}.pdf", [co_stub]),
        Delivery("Statement_Dec_2029.pdf", [statements[0]]),
        Delivery("Statement_Jan_2030.pdf", [statements[1]]),
        Delivery("Hardship Letter.pdf", [letter]),
    ]
    return Packet("u1-form710-typed-emailed-co-borrower-retail-wages", loan, received, app, deliveries, [])


def packet_u2(rng: random.Random) -> Packet:
    """Form 710 printed blank, filled in blue ballpoint by a widow, mailed with her papers; the mailroom clerk ran
    the stack through an office copier (scan to folder, 300 dpi colour) as one file named with the loan number."""
    received = date(2030, 5, 23)
    last = rng.choice(["Okafor", "Brandt", "Kowalczyk", "Ferreira"])
    b = person(rng, ["Rosalind", "Denise", "Patricia", "Gwendolyn"], rng.choice("TLMA"), last, "419", email=False)
    husband = f"{rng.choice(['Samuel', 'Richard', 'Thomas', 'Gerald'])} {rng.choice('JEWP')}. {last}"
    home = Address(f"{rng.randint(400, 3900)} {rng.choice(['Fairmount Ave', 'Shawnee Rd', 'Latham Ave'])}", "Lima",
                   "OH", "45805")
    loan = loan_number(rng)
    died = date(2030, 3, 9)
    employer = "Cedar Hollow Local School District"
    rate = D(rng.choice(["16.85", "17.20", "16.40"]))
    hours = {1: Decimal("128.0"), 2: Decimal("120.0"), 3: Decimal("104.5"), 4: Decimal("126.5")}

    def cafeteria(index: int, start: date, end: date, r: random.Random) -> list[Earning]:
        regular = hours.get(start.month, Decimal("124.0"))
        sick = Decimal("16.0") if start.month == 3 else Decimal(0)
        return [Earning("Regular Hours", rate, regular, pay(rate, regular)),
                Earning("Sick Leave", rate, sick, pay(rate, sick))]

    district = Payroll("monthly", cafeteria,
                       lambda g: [Item("SERS Retirement 10%", D(g * Decimal("0.10"))),
                                  Item("Medical Insurance", Decimal("96.40"))],
                       flat_taxes("0.052", "0.0275", "Ohio Income Tax", social_security=False,
                                  local=("School District Income Tax", "0.0125")),
                       lambda g: [Item("OAPSE Union Dues", Decimal("24.50"))])
    stubs = district.run(monthly_calendar(2030, date(2030, 4, 30)), rng)
    monthly = D(rng.choice(["1622.00", "1587.00", "1648.00"]))
    wages = D((stubs[-1].gross / 10).quantize(Decimal("1")) * 10)
    app = Application(loan, b, None, home, "primary_residence", ["death", "reduction_in_income"], died, "long_term",
                      [("wages", wages), ("benefits_taxable", monthly)], None, date(2030, 5, 18))
    hand = Hand(BLUE_BALLPOINT, rng)
    values = form710_answers(app, date_text=us_short, assets=(D(rng.randint(200, 900)), Decimal(0)), text_ok=False)
    values.pop("Number_11")
    values["Checkbox_20"] = False
    application = form710_by_hand(values, hand, tick="x")
    sign_form710(application, app, hand)
    letter = handwritten_letter(hand, date(2030, 5, 18), [
        "To whom it may concern,",
        f"My husband {husband.replace(' ' + last, '').split()[0]} passed away on March 9, 2030. His pay",
        "covered most of our bills, including the mortgage.",
        "I work part time in the school cafeteria and I now get",
        "survivor benefits from Social Security, but together it",
        "is less than what we had before. I fell behind on the",
        "payments while I paid for his funeral and his hospital",
        "bills. I want to stay in our home. Please help me with",
        "a lower payment or a modification of the loan.",
        "Thank you,"], b, ruled=False)
    award = ssa_survivor_award(b, home, date(2030, 4, 18), monthly, date(2030, 3, 1), husband,
                               str(rng.randint(1000, 9999)))
    advice = school_district_advice(stubs[-1], b, home, employer, rate)
    funeral = funeral_statement(b, home, husband, died, date(2030, 3, 14))
    deliveries = [Delivery(f"{loan}_mail_{received:%Y%m%d}.pdf", [application, letter, award, advice, funeral],
                           device=COPIER_COLOR_300, when=(11, 42))]
    return Packet("u2-form710-blue-pen-copier-scan-death-undocumented", loan, received, app, deliveries,
                  ["hardship_doc:death"])


def packet_u3(rng: random.Random) -> Packet:
    """A retired couple: Form 710 typed through its AcroForm, printed, signed and dated in pen, and photographed page
    by page with a phone scanner app that saves a cleaned-up black-and-white PDF; a folder named after the loan."""
    received = date(2030, 6, 17)
    last = rng.choice(["Lindqvist", "Pedersen", "Novak", "Brandvold"])
    b = person(rng, ["Harold", "Gordon", "Walter", "Lyle"], rng.choice("EJRW"), last, "920")
    co = person(rng, ["Margaret", "Joan", "Carol", "Beverly"], rng.choice("AELM"), last, "920", email=False)
    home = Address(f"N{rng.randint(1200, 9800)} County Road {rng.choice('KJNZ')}", "Kaukauna", "WI", "54130")
    loan = loan_number(rng)
    pension = D(rng.choice(["2214.36", "2087.19", "2342.80"]))
    social = D(rng.choice(["1876.40", "1794.10", "1932.60"]))
    signed = date(2030, 6, 12)
    app = Application(loan, b, co, home, "primary_residence", ["increase_in_housing_expenses", "disability_or_illness"],
                      date(2030, 1, 15), "long_term", [("benefits_taxable", pension + social)], None, signed,
                      co_signed_on=signed, co_signs=True)
    values = form710_answers(app, assets=(D(rng.randint(900, 2600)), D(rng.randint(3000, 9000))), sign_dates=False)
    application = form710_typed(app, values)
    sign_form710(application, app, Hand(BLACK_BALLPOINT, rng), Hand(Pen(color=(30, 30, 40), width=0.7, slant=0.02),
                                                                     rng), dates_by_hand=True)
    letter = typed_letter([f"{b.name} and {co.name}"], home, signed, "To the Loss Mitigation Department:", [
        f"We are asking for help with our mortgage, loan number {loan}. We are both retired and live on "
        f"{b.first}'s pension from the paper mill and our Social Security.",
        "This year our property taxes went up after the town reassessed our home, and our homeowner's insurance "
        "premium rose by almost $900 when the policy renewed, so our escrow payment went up by more than $230 a "
        "month.",
        f"At the same time {co.first} was diagnosed with a serious illness in January and has been in and out of "
        "treatment since then. Our share of her medical bills and prescriptions has taken what savings we had.",
        "We have always paid on time and we want to stay in our home. We would be grateful for a modification or "
        "a payment we can manage on our fixed income."], "Respectfully,", [b, co],
        "Re: Mortgage assistance application", hands=[Hand(BLACK_BALLPOINT, rng),
                                                      Hand(Pen(color=(30, 30, 40), width=0.7, slant=0.02), rng)],
        creator="LibreOffice Writer")
    fund = "Great Lakes Paper Industry Pension Plan"
    statement = pension_statement(b, home, date(2030, 6, 3), pension, fund)
    verification = ssa_benefit_verification(co, home, date(2030, 6, 10), social, D(rng.choice(["202.90", "198.40"])))
    folder = loan
    deliveries = [
        Delivery(f"{folder}/Scan 2030-06-14 10.02.pdf", [application], device=PHONE_APP_BW, when=(10, 2)),
        Delivery(f"{folder}/Scan 2030-06-14 10.09.pdf", [letter], device=PHONE_APP_BW, when=(10, 9)),
        Delivery(f"{folder}/Scan 2030-06-14 10.11.pdf", [statement], device=PHONE_APP_BW, when=(10, 11)),
        Delivery(f"{folder}/Benefit Verification Letter.pdf", [verification]),
    ]
    return Packet("u3-form710-phone-app-bw-retirees-pension-ss", loan, received, app, deliveries, [])


def packet_u4(rng: random.Random) -> Packet:
    """A servicer's own fillable PDF application typed in a viewer and signed with a saved signature picture, uploaded
    through the servicer's portal with the rest; the IRS Form 4506-C came back typed but never signed."""
    received = date(2030, 8, 30)
    last = rng.choice(["Raman", "Iyer", "Desai", "Chandran"])
    b = person(rng, ["Priya", "Anjali", "Meera", "Kavya"], rng.choice("NSRK"), last, "616")
    home = Address(f"{rng.randint(2100, 4800)} {rng.choice(['Walden Woods Dr SE', 'Brookmeadow Ct SE'])}",
                   "Kentwood", "MI", "49512")
    condo = Address(f"1450 Lake Dr SE Unit {rng.choice([204, 312, 118])}", "Grand Rapids", "MI", "49506")
    loan = loan_number(rng)
    employer = "St. Adrian Regional Health"
    rate = D(rng.choice(["38.40", "36.75", "39.90"]))

    def shifts(index: int, start: date, end: date, r: random.Random) -> list[Earning]:
        cut = start >= date(2030, 5, 19)
        regular = Decimal(r.choice([60, 64, 64, 68]) if cut else r.choice([72, 80, 80]))
        pto = Decimal(8) if r.random() < 0.2 else Decimal(0)
        night = Decimal(r.choice([24, 36, 36]))
        weekend = Decimal(r.choice([12, 12, 24]))
        return [Earning("Regular", rate, regular, pay(rate, regular)),
                Earning("Night Differential", Decimal("4.2500"), night, pay("4.25", night)),
                Earning("Weekend Differential", Decimal("2.5000"), weekend, pay("2.50", weekend)),
                Earning("Paid Time Off", rate, pto, pay(rate, pto))]

    hospital = Payroll("biweekly", shifts,
                       lambda g: [Item("403(b) Retirement", D(g * Decimal("0.05"))),
                                  Item("Medical PPO", Decimal("74.25")), Item("Dental", Decimal("9.60"))],
                       flat_taxes("0.11", "0.0425", "MI State Tax"), lambda g: [Item("Parking", Decimal("12.00"))])
    stubs = hospital.run(biweekly_calendar(date(2030, 8, 23), 6), rng)
    rent, net_rent = Decimal("1450.00"), D(rng.choice(["950.00", "925.00", "980.00"]))
    wages = D((stubs[-1].gross * 26 / 12).quantize(Decimal("1")))
    app = Application(loan, b, None, home, "primary_residence", ["reduction_in_income", "increase_in_housing_expenses"],
                      date(2030, 5, 19), "short_term", [("wages", wages), ("rental", net_rent)],
                      wages + net_rent, date(2030, 8, 27))
    explanation = ("The hospital cut our unit's hours in May, so I am scheduled 60-68 hours per pay period instead of "
                   "80. My homeowners association also levied a $3,600 special assessment for road and drainage "
                   "repairs.")
    application = halverson_form(app, date(2030, 8, 27), explanation, (D(rng.randint(400, 1800)), Decimal("650.00")),
                                 Hand(Pen(color=(15, 30, 110), width=1.0), rng))
    account = f"39{rng.randint(10000000, 99999999)}"
    docs_stubs = [hospital_stub(s, b, home, employer, f"First Lakeshore Bank xxxx{account[-4:]}") for s in stubs[-2:]]
    shops = [("MEIJER #142 KENTWOOD MI", 30, 170), ("SPEEDWAY 4471 KENTWOOD", 25, 62),
             ("ONLINE RETAIL MKTPLACE", 12, 95),
             ("BIGGBY COFFEE #212", 4, 12), ("CVS/PHARMACY #8841", 8, 48), ("TARGET 0233", 20, 110)]
    bills = [(2, "CONSUMERS ENERGY PMT", D(rng.uniform(90, 160))), (7, "LAKE DRIVE CONDO ASSN HOA", Decimal("310.00")),
             (11, "COMCAST XFINITY", Decimal("89.99")), (15, "AUTO OWNERS INS PMT", Decimal("171.35")),
             (16, "HALVERSON PT MTG PAYMENT", D(rng.choice([1250, 1400, 1500]))),
             (20, "WALDEN WOODS HOA SPECIAL ASSMT", Decimal("600.00")),
             (24, "KENT CO TREASURER TAX ONLINE", D(rng.uniform(120, 190)))]
    statements = []
    beginning = D(rng.uniform(900, 1600))
    for month in (6, 7):
        start, end = date(2030, month, 1), month_end(2030, month)
        credits = [*deposits(stubs, start, end, "ST ADRIAN REG HEALTH PAYROLL"),
                   Txn(start + timedelta(days=rng.randint(2, 4)), "MOBILE DEPOSIT CHECK", rent)]
        txns = spend(rng, start, end, beginning, credits, bills, shops, keep=D(rng.uniform(200, 700)),
                     checks=[(9, str(1040 + month), D(rng.uniform(60, 140)))])
        st = Statement("First Lakeshore Bank", [b.name], home, "Lakeshore Everyday Checking", account, start, end,
                       beginning, txns)
        statements.append(lakeshore_statement(st))
        beginning = st.ending
    letter = typed_letter([b.name], home, date(2030, 8, 26), "Dear Halverson Point Loss Mitigation Team,", [
        f"I am requesting mortgage assistance for my home at {home.line} (loan {loan}).",
        f"I am a respiratory therapist at {employer}. In May the hospital reduced staffing on our unit and my "
        "scheduled hours went from 80 to about 64 hours per pay period. In June my homeowners association approved "
        "a $3,600 special assessment for road and drainage repairs, which I am paying in six installments. I also "
        "own a condominium that I rent out; the rent covers its own costs but not much more.",
        "Between the lost hours and the assessment I could not make my full mortgage payment in June, July and "
        "August. My hours are expected to come back in the fall, and the assessment will be paid off in November.",
        "I have attached my pay stubs, my June and July bank statements showing my pay and my tenant's rent, the "
        "tax transcript form and the first page of my lease. Thank you for your consideration."], "Sincerely,", [b],
        "RE: Hardship letter - request for mortgage assistance", font="Helvetica",
        creator="Microsoft Word for Microsoft 365")
    tax_form = form4506c(b, home, "Halverson Point Mortgage Servicing", [2029, 2028], None)
    lease = lease_first_page(b, "Jordan T. Mitchell", condo, rent, date(2029, 9, 1))
    deliveries = [
        Delivery(f"{loan}_Application.pdf", [application], signature_image=True, when=(16, 5)),
        Delivery(f"{loan}_Paystub_{stubs[-2].pay_date:%m-%d-%Y}.pdf", [docs_stubs[0]]),
        Delivery(f"{loan}_Paystub_{stubs[-1].pay_date:%m-%d-%Y}.pdf", [docs_stubs[1]]),
        Delivery(f"{loan}_BankStatement_June.pdf", [statements[0]]),
        Delivery(f"{loan}_BankStatement_July.pdf", [statements[1]]),
        Delivery(f"{loan}_HardshipLetter.pdf", [letter]),
        Delivery(f"{loan}_4506C.pdf", [tax_form]),
        Delivery(f"{loan}_Lease.pdf", [lease]),
    ]
    return Packet("u4-servicer-fillable-form-rental-4506c-unsigned", loan, received, app, deliveries,
                  ["irs_form_4506c"])


def packet_u5(rng: random.Random) -> Packet:
    """A credit union's own printed request filled in pen by a couple (he was laid off, she works nights at a
    distribution center), mailed, and scanned by the servicer's mailroom at 300 dpi grayscale behind its barcode
    separator sheet."""
    received = date(2030, 10, 10)
    last = rng.choice(["Hughes", "Delacroix", "Sorensen", "Abernathy"])
    b = person(rng, ["Darnell", "Kevin", "Marcus", "Andre"], rng.choice("KLJD"), last, "515")
    co = person(rng, ["Renee", "Tamara", "Keisha", "Danielle"], rng.choice("LMAS"), last, "515")
    home = Address(f"{rng.randint(300, 2600)} NW {rng.choice(['Sherman Ave', 'Abbie Dr', 'Weigel Dr'])}", "Ankeny",
                   "IA", "50023")
    loan = loan_number(rng)
    servicer = "Wolf Creek Federal Credit Union"
    employer = "Northgate Distribution LLC"
    rate = D(rng.choice(["18.25", "17.60", "19.10"]))
    ot_rate = D(rate * Decimal("1.5"))

    def nights(index: int, start: date, end: date, r: random.Random) -> list[Earning]:
        regular = Decimal(r.choice([40, 40, 40, 38.5]))
        overtime = Decimal(r.choice([0, 2.5, 4, 5.5]))
        return [Earning("Regular", rate, regular, pay(rate, regular)),
                Earning("Overtime", ot_rate, overtime, pay(ot_rate, overtime)),
                Earning("Night Shift Premium", Decimal("1.50"), regular + overtime, pay("1.50", regular + overtime))]

    warehouse = Payroll("weekly", nights,
                        lambda g: [Item("401(k)", D(g * Decimal("0.03"))), Item("Medical", Decimal("42.10"))],
                        flat_taxes("0.069", "0.038", "IA Withholding"))
    stubs = warehouse.run(weekly_calendar(date(2030, 10, 4), 6), rng)
    weekly_benefit = D(rng.choice(["420.00", "398.00", "447.00"]))
    unemployment = D(weekly_benefit * 52 / 12)
    co_wages = D((stubs[-1].gross * 52 / 12).quantize(Decimal("1")))
    signed = date(2030, 10, 3)
    app = Application(loan, b, co, home, "primary_residence", ["unemployment"], date(2030, 7, 26), "short_term",
                      [("wages", co_wages), ("unemployment", unemployment)], co_wages + unemployment, signed,
                      co_signed_on=signed, co_signs=True)
    form = wolf_creek_blank()
    hand = Hand(Pen(color=(25, 25, 32), width=0.78, slant=0.05, caps=True), rng)
    b_hand, co_hand = Hand(BLACK_BALLPOINT, rng), Hand(Pen(color=(25, 25, 32), width=0.7, slant=0.2), rng)
    answers = {
        "loan": loan, "member": str(rng.randint(300000, 699999)), "b_name": b.name, "b_ssn": b.last4,
        "b_phone": b.phone, "b_email": b.email, "b_employer": "Laid off 7/26 (Prairie Ridge Mfg)",
        "c_name": co.name, "c_ssn": co.last4, "c_phone": co.phone, "c_email": co.email, "c_employer": employer,
        "street": home.street, "city": home.city, "state": home.state, "zip": home.zip,
        "hardship_date": us(app.hardship_start), "inc_wages_co": money(co_wages),
        "inc_unemployment": money(unemployment), "inc_total": money(co_wages + unemployment),
        "b_date": us(signed), "c_date": us(signed),
    }
    ticks = ["occ_primary_residence", "intent_keep", "short_term", "hs_unemployment"]
    application = fill_paper_form(form, answers, ticks, hand, {"b_sig": (b, b_hand), "c_sig": (co, co_hand)})
    determination = unemployment_determination(b, home, date(2030, 8, 9), weekly_benefit, date(2030, 7, 28))
    pay_stubs = [warehouse_stub(s, co, home, employer, f"{servicer} ****{rng.randint(1000, 9999)}")
                 for s in stubs[-2:]]
    letter = typed_letter([f"{b.name} and {co.name}"], home, signed, "Dear Wolf Creek Mortgage Servicing,", [
        f"{b.first} was laid off from Prairie Ridge Manufacturing on July 26, 2030, when the plant closed its second "
        "shift. He is receiving unemployment benefits and is looking for work every week; he has had two interviews "
        "and expects to be back to work before the end of the year.",
        f"{co.first} works nights at {employer} and picks up overtime whenever it is offered, but her pay alone does "
        "not cover the mortgage and our other bills. We missed the August and September payments.",
        "We would like to keep our home. We are asking for a forbearance or a repayment plan until he is working "
        "again. Our loan number is on the request form."], "Thank you,", [b, co],
        f"Re: Mortgage assistance - {home.street}", font="Times-Roman", hands=[b_hand, co_hand],
        recipient=[servicer, "Mortgage Servicing Department", "PO Box 1188", "Cedar Rapids, IA 52406"])
    payment = D(rng.choice(["1318.47", "1264.90", "1402.15"]))
    statement = mortgage_statement(servicer, [b, co], home, loan, date(2030, 9, 16), date(2030, 10, 1), payment,
                                   payment * 2)
    cover = separator_sheet(loan, servicer, b.name, received)
    deliveries = [Delivery(f"MAILROOM_{received:%Y%m%d}_0007.pdf",
                           [application, determination, *pay_stubs, letter, statement], device=MAILROOM_GRAY_300,
                           separator=cover, when=(14, 18))]
    return Packet("u5-credit-union-form-by-hand-separator-sheet-unemployment", loan, received, app, deliveries, [])


def packet_u6(rng: random.Random) -> Packet:
    """Form 710 typed through its AcroForm, printed, signed in ink and scanned at home at 200 dpi grayscale; no pay
    stubs (pay arrives by direct deposit), only bank statements downloaded from online banking: August and October
    of the checking account and September of the savings account."""
    received = date(2030, 11, 26)
    last = rng.choice(["Serrano", "Villarreal", "Cantu", "Guajardo"])
    b = person(rng, ["Luis", "Ramon", "Hector", "Adrian"], rng.choice("AMJR"), last, "361")
    home = Address(f"{rng.randint(100, 990)} {rng.choice(['Sandpiper Ln', 'Gulf Breeze Dr', 'Moore Ave'])}",
                   "Portland", "TX", "78374")
    loan = loan_number(rng)
    weekly_net = D(rng.choice(["684.12", "702.55", "671.30"]))
    signed = date(2030, 11, 20)
    wages = D(rng.choice(["3412.00", "3380.00", "3465.00"]))
    app = Application(loan, b, None, home, "primary_residence", ["disaster"], date(2030, 9, 14), "short_term",
                      [("wages", wages)], None, signed)
    values = form710_answers(app, assets=(D(rng.randint(150, 700)), D(rng.randint(20, 400))))
    application = form710_typed(app, values)
    sign_form710(application, app, Hand(BLACK_GEL, rng))
    hand = Hand(Pen(color=(20, 20, 26), width=0.85, slant=0.14), rng)
    letter = handwritten_letter(hand, signed, [
        "To Loss Mitigation,",
        f"I am writing about my home loan {loan}.",
        "Hurricane damage on September 14 closed the shipyard",
        "where I work as a welder. We were out of work for",
        "almost five weeks and only part of that was paid.",
        "I used my savings to fix the roof and to live, and I",
        "could not pay the mortgage for October and November.",
        "The yard is open again and I am back on full hours.",
        "I am asking for a deferral or a plan to catch up.",
        "I get paid by direct deposit so I am sending my bank",
        "statements instead of check stubs.",
        "Thank you,"], b, ruled=True)
    checking, savings = f"61{rng.randint(100000, 999999)}", f"64{rng.randint(100000, 999999)}"
    shops = [("HEB #442 PORTLAND TX", 30, 180), ("STRIPES 2187 PORTLAND", 25, 70), ("DOLLAR GENERAL #1189", 6, 40),
             ("WHATABURGER #311", 9, 24), ("ONLINE RETAIL MKTPLACE", 12, 80), ("ATM WITHDRAWAL PORTLAND TX", 40, 100)]
    bills = [(4, "AEP TEXAS ELECTRIC PMT", D(rng.uniform(140, 230))), (8, "SAN PATRICIO WATER DIST", Decimal("58.40")),
             (12, "T-MOBILE AUTOPAY", Decimal("95.00")), (15, "GEICO AUTO", Decimal("138.66")),
             (18, "TRANSFER TO SAVINGS ...", Decimal("50.00"))]

    def fridays(start: date, end: date) -> list[date]:
        day = start + timedelta(days=(4 - start.weekday()) % 7)
        out = []
        while day <= end:
            out.append(day)
            day += timedelta(days=7)
        return out

    def payroll_credits(start: date, end: date, skip: set[date] = frozenset()) -> list[Txn]:
        return [Txn(day, "GULF COAST MARINE SVCS PAYROLL PPD", weekly_net + D(rng.uniform(-25, 25)))
                for day in fridays(start, end) if day not in skip]

    docs = []
    for (start, end), beginning in (((date(2030, 8, 1), date(2030, 8, 31)), D(rng.uniform(500, 1100))),
                                    ((date(2030, 10, 1), date(2030, 10, 31)), D(rng.uniform(60, 240)))):
        skip = {date(2030, 10, 4), date(2030, 10, 11)} if start.month == 10 else set()
        credits = payroll_credits(start, end, skip)
        mortgage = [] if start.month == 10 else [(1, "MTG PMT LOAN SERVICING", D(rng.choice([1180, 1235, 1290])))]
        txns = spend(rng, start, end, beginning, credits, [*mortgage, *bills], shops, keep=D(rng.uniform(80, 300)))
        for t in txns:
            if t.desc == "TRANSFER TO SAVINGS ...":
                t.desc = f"TRANSFER TO SAVINGS ...{savings[-4:]}"
        st = Statement("Coastal Bend Community Bank", [b.name], home, "Everyday Checking", checking, start, end,
                       beginning, txns)
        docs.append(coastal_statement(st))
    sstart, send = date(2030, 9, 1), date(2030, 9, 30)
    s_begin = D(rng.uniform(1800, 2600))
    s_txns = [Txn(date(2030, 9, 18), f"TRANSFER FROM CHECKING ...{checking[-4:]}", Decimal("50.00")),
              Txn(date(2030, 9, 20), f"TRANSFER TO CHECKING ...{checking[-4:]}", -D(rng.uniform(900, 1400))),
              Txn(date(2030, 9, 27), f"TRANSFER TO CHECKING ...{checking[-4:]}", -D(rng.uniform(300, 500))),
              Txn(date(2030, 9, 30), "INTEREST PAID", D(rng.uniform(0.1, 0.4)))]
    sav = Statement("Coastal Bend Community Bank", [b.name], home, "Savings", savings, sstart, send, s_begin, s_txns)
    saving_doc = coastal_statement(sav)
    deliveries = [
        Delivery(f"{last} mortgage application.pdf", [application], device=HOME_AIO_GRAY_200, when=(19, 40)),
        Delivery("letter.pdf", [letter], device=HOME_AIO_GRAY_200, when=(19, 44)),
        Delivery("Checking Statement Aug 2030.pdf", [docs[0]]),
        Delivery("Savings Statement Sep 2030.pdf", [saving_doc]),
        Delivery("Checking Statement Oct 2030.pdf", [docs[1]]),
    ]
    return Packet("u6-form710-home-scan-statements-not-consecutive", loan, received, app, deliveries,
                  ["income_doc:wages"])


# --- writing a packet, and checking it ------------------------------------------------------------------------

PACKETS: list[Callable[[random.Random], Packet]] = [packet_u1, packet_u2, packet_u3, packet_u4, packet_u5, packet_u6]


def expected_json(packet: Packet, placed: list[tuple[Delivery, Doc, list[int]]]) -> dict[str, Any]:
    missing = missing_codes(packet.app, packet.all_docs, packet.received)
    documents = []
    for index, (delivery, doc, pages) in enumerate(placed, 1):
        documents.append({"id": f"D{index:02d}", "type": doc.type, "scanned": delivery.device is not None,
                          "pages": [{"file": delivery.path, "page": n} for n in pages], "fields": doc.fields})
    complete = not missing
    return {
        "loan_number": packet.loan,
        "received_on": packet.received.isoformat(),
        "status": "complete" if complete else "incomplete",
        "missing": missing,
        "application": packet.app.expected() if packet.app else None,
        "documents": documents,
        "acknowledgment_due": add_business_days(packet.received, 5).isoformat(),
        "evaluation_due": (packet.received + timedelta(days=30)).isoformat() if complete else None,
    }


def write_packet(packet: Packet, out: Path, rng: random.Random) -> tuple[dict[str, Any], list]:
    folder = out / packet.name
    if folder.exists():
        shutil.rmtree(folder)
    inbox = folder / "inbox"
    placed: list[tuple[Delivery, Doc, list[int]]] = []
    for delivery in packet.deliveries:
        data, docs = build_file(delivery, packet.received, rng)
        path = inbox / delivery.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        placed += [(delivery, doc, pages) for doc, pages in docs]
    expected = expected_json(packet, placed)
    (folder / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    return expected, placed


def date_forms(day: date) -> list[str]:
    return [us(day), us_short(day), long_date(day), abbr_date(day), day.isoformat(), day.strftime("%m-%d-%Y")]


def money_forms(value: float | Decimal) -> list[str]:
    amount = D(value)
    return [money(amount), money(amount, True), f"{amount:.2f}"]


def shown(doc: Doc, forms: Sequence[str]) -> bool:
    text = "\n".join(doc.printed + doc.written).lower()
    return any(form.lower() in text for form in forms)


def check_packet(packet: Packet, expected: dict[str, Any], placed: list[tuple[Delivery, Doc, list[int]]],
                 out: Path) -> list[str]:
    """What --check finds wrong with one packet (empty when it holds together)."""
    problems: list[str] = []

    def need(ok: bool, what: str) -> None:
        if not ok:
            problems.append(f"{packet.name}: {what}")

    received = packet.received
    missing = missing_codes(packet.app, packet.all_docs, received)
    need(sorted(missing) == sorted(packet.intended), f"checklist gives {missing}, scenario means {packet.intended}")
    need(expected["status"] == ("complete" if not missing else "incomplete"), "status disagrees with missing")
    need(received.year == 2030, "received_on outside 2030")
    window = [received + timedelta(days=n) for n in range(1, (add_business_days(received, 5) - received).days + 1)]
    need(any(day in legal_public_holidays(day.year) for day in window), "no legal public holiday in the 5-day window")
    need(expected["acknowledgment_due"] == add_business_days(received, 5).isoformat(), "acknowledgment date")
    # every page of every file belongs to exactly one document (separator sheets aside)
    for delivery in packet.deliveries:
        reader = PdfReader(out / packet.name / "inbox" / delivery.path)
        used = [n for d, _, pages in [(x, y, z) for x, y, z in placed if x is delivery] for n in pages]
        sep = delivery.separator.pages if delivery.separator else 0
        need(sorted(used) == list(range(sep + 1, len(reader.pages) + 1)), f"{delivery.path}: pages {used}")
        for doc_delivery, _doc, pages in placed:
            if doc_delivery is not delivery:
                continue
            for n in pages:
                text = (reader.pages[n - 1].extract_text() or "").strip()
                need(bool(text) == (delivery.device is None), f"{delivery.path} p{n}: text layer vs scanned")
    # the values expected are those printed or written on the documents
    for delivery, doc, _pages in placed:
        f = doc.fields
        label = f"{delivery.path} {doc.type}"
        for name in ("employer", "employee_name", "bank_name", "account_last4"):
            if name in f:
                need(shown(doc, [str(f[name])]), f"{label}: {name} {f[name]!r} not shown")
        for name in ("pay_date", "period_start", "period_end", "letter_date"):
            if f.get(name):
                need(shown(doc, date_forms(date.fromisoformat(f[name]))), f"{label}: {name} not shown")
        for name in ("gross_current", "gross_ytd", "net_current", "beginning_balance", "ending_balance",
                     "monthly_amount"):
            if f.get(name) is not None:
                need(shown(doc, money_forms(f[name])), f"{label}: {name} {f[name]} not shown")
        if doc.type == "pay_stub":
            stub: Stub = doc.facts["stub"]
            periods = PERIODS_A_YEAR[f["frequency"]]
            need(stub.gross == sum((e.current for e in stub.earnings), Decimal(0)), f"{label}: earnings sum")
            need(stub.net == stub.gross - sum((i.current for i in stub.taxes + stub.deductions), Decimal(0)),
                 f"{label}: net arithmetic")
            need(D(f["monthly_gross"]) == D(stub.gross * periods / Decimal(12)), f"{label}: monthly gross")
            length = (stub.period_end - stub.period_start).days + 1
            need({"weekly": length == 7, "biweekly": length == 14, "semimonthly": 13 <= length <= 16,
                  "monthly": 28 <= length <= 31}[f["frequency"]], f"{label}: period length {length}")
            need(stub.pay_date >= stub.period_end, f"{label}: paid before the period ended")
            average = stub.gross_ytd / stub.number
            need(abs(average - stub.gross) <= Decimal("0.35") * stub.gross,
                 f"{label}: year to date / {stub.number} checks = {average:.2f}, far from {stub.gross}")
        if doc.type == "bank_statement":
            st: Statement = doc.facts["st"]
            need(D(f["ending_balance"]) == st.ending, f"{label}: ending balance")
            running = [bal for _, bal in st.running()]
            need(all(b >= 0 for b in running), f"{label}: overdrawn")
    app = packet.app
    if app is not None:
        want = expected["application"]
        app_doc = next(d for _, d, _ in placed if d.type == "mortgage_assistance_application")
        for name in ("loan_number", "borrower_name", "co_borrower_name", "ssn_last4"):
            if want[name]:
                need(shown(app_doc, [want[name]]), f"application {name} not shown")
        need(shown(app_doc, [want["property_address"], app.prop.street]), "application address not shown")
        for name in ("hardship_start_date", "signed_on"):
            if want[name]:
                need(shown(app_doc, date_forms(date.fromisoformat(want[name]))), f"application {name} not shown")
        for code, amount in app.income_lines:
            need(shown(app_doc, money_forms(amount)), f"application income {code} not shown")
        if app.total_printed is not None:
            need(shown(app_doc, money_forms(app.total_printed)), "application total not shown")
        boxes = app_doc.facts.get("boxes") or app_doc.facts.get("ticks") or app_doc.facts.get("checked") or set()
        if "boxes" in app_doc.facts:
            need({c for c, n in HARDSHIP_710.items() if n in boxes} == set(app.hardships), "710 hardship boxes")
            need({c for c, n in OCCUPANCY_710.items() if n in boxes} == {app.occupancy}, "710 occupancy box")
        elif "ticks" in app_doc.facts:
            need({c for c, _ in WOLF_HARDSHIPS if f"hs_{c}" in boxes} == set(app.hardships), "hardship ticks")
            need(f"occ_{app.occupancy}" in boxes, "occupancy tick")
        else:
            need({c for c, label in SERVICER_HARDSHIPS if label in boxes} == set(app.hardships), "hardship boxes")
        need((app.signed and (app.co is None or bool(app.co_signed))) or "application_signature" in missing,
             "signatures")
    text = json.dumps(expected)
    people = [app.borrower, app.co] if app else []
    need(not any(p and p.ssn in text for p in people), "a full SSN in expected.json")
    need(all(p is None or p.ssn.startswith("9") for p in people), "an SSN outside the 900-999 area")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the packets into")
    parser.add_argument("--seed", type=int, default=2030)
    parser.add_argument("--check", action="store_true", help="validate each expected.json against the spec's rules")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    problems: list[str] = []
    for index, build in enumerate(PACKETS, 1):
        started = time.perf_counter()
        packet = build(random.Random(f"u{index}-content-{args.seed}"))
        expected, placed = write_packet(packet, args.out, random.Random(f"u{index}-paper-{args.seed}"))
        pages = sum(len(pages) for _, _, pages in placed)
        print(f"{packet.name}: {expected['status']} {expected['missing']}; {len(placed)} documents, {pages} pages "
              f"in {len(packet.deliveries)} file(s); {time.perf_counter() - started:.1f} s")
        if args.check:
            problems += check_packet(packet, expected, placed, args.out)
    print(f"wrote {len(PACKETS)} packets to {args.out} in {time.perf_counter() - began:.1f} s")
    if args.check:
        for problem in problems:
            print("CHECK:", problem)
        print("check:", "ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
