"""A second holdout set of borrower packets (b1..b6), laid out unlike the shared samples and unlike
holdout_packets.py's h1..h6, to measure generalization after those have been used to tune the service.

    python benchmarks/holdout_packets_b.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a
servicer form with a "Borrower | Co-Borrower" answer table, a form with shaded label cells and glyph check
boxes (filled squares, check marks), Form 710 filled through its AcroForm then faxed at 150 dpi with a
hand-written date and a fax header line, a "Statement of Earnings and Deductions" and a "Pay Advice", a gig
platform's earnings summary, two-page bank statements, an unemployment determination, a Social Security
award letter, an obituary, hardship letters as an e-mail printout and in handwriting; delivered as
scanner-named files, a dated batch folder holding a loan folder, a fax whose statement pages arrive out of
order, and one combined born-digital PDF. The drawing primitives, the people and the checklist
(`missing_codes`, shared/spec/checklist.md) are holdout_packets.py's, so expected status and missing codes
follow from the values drawn. `--check` also confirms that every expected value is printed on its document.
"""

from __future__ import annotations

import argparse
import calendar
import itertools
import logging
import random
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
from holdout_packets import (
    Address,
    Application,
    Doc,
    File,
    Packet,
    Person,
    Scan,
    Sheet,
    Statement,
    Stub,
    cents,
    long_date,
    money,
    us,
)

import pdf_factory as pf

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
# glyph check boxes (U+25A0, U+25A1, U+2713) are not in Liberation; a second hand for variety
hp.FONTS.update({"glyph": _DEJAVU / "DejaVuSans.ttf", "pen-serif": _DEJAVU / "DejaVuSerifCondensed-Italic.ttf"})

BOX_EMPTY, BOX_FILLED, TICK = "\u25a1", "\u25a0", "\u2713"


@dataclass
class BApplication(Application):
    """The application's answers plus those some layouts print beyond the checklist's (employer, phones)."""

    facts: dict[str, str] = field(default_factory=dict)


# --- small drawing helpers ----------------------------------------------------------------------------------


@dataclass
class Pen:
    """How answers get onto a form: typed into the PDF, or written by hand (jittered, in a pen face)."""

    rng: random.Random
    hand: bool = False
    font: str = "pen"
    gray: float = 0.2
    typed_font: str = "sans"

    def write(self, sheet: Sheet, x: float, y: float, s: str, size: float = 10.0, align: str = "l",
              fit: float | None = None) -> None:
        """Put `s` at (x, y); with `fit`, a smaller size so that it stays inside that width."""
        if not s:
            return
        font, grow = (self.font, 1.5) if self.hand else (self.typed_font, 0.0)
        while fit and size > 6 and hp.text_width(s, font, size + grow) > fit:
            size -= 0.5
        if self.hand:
            sheet.text(x + self.rng.uniform(-1.5, 2.5), y + self.rng.uniform(-1.2, 0.6), s,
                       size + 1.5 + self.rng.uniform(-0.6, 0.6), self.font, self.gray, align)
        else:
            sheet.text(x, y, s, size, self.typed_font, 0.0, align)

    def tick(self, sheet: Sheet, x: float, y: float, size: float = 9.0) -> None:
        """A hand-drawn check mark over a box whose top-left is (x, y)."""
        j = self.rng.uniform
        sheet.path([(x + 1 + j(-1, 1), y + size * 0.5 + j(-1, 1)), (x + size * 0.42, y + size + j(-0.5, 1)),
                    (x + size + 3 + j(-1, 1), y - 3 + j(-1, 1))], width=1.5, gray=self.gray)


def cell(sheet: Sheet, x: float, y: float, w: float, h: float, fill: float | None = None, width: float = 0.6) -> None:
    sheet.rect(x, y, w, h, width=width, stroke=0.0, fill=fill)


def words(n: int) -> str:
    """An amount in words, the way a check spells it."""
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + (f"-{ones[n % 10]}" if n % 10 else "")
    if n < 1000:
        return f"{ones[n // 100]} hundred" + (f" {words(n % 100)}" if n % 100 else "")
    return f"{words(n // 1000)} thousand" + (f" {words(n % 1000)}" if n % 1000 else "")


HARDSHIP_LABELS = [
    ("unemployment", "Unemployment"), ("reduction_in_income", "Reduction in income"),
    ("increase_in_housing_expenses", "Increase in housing expenses"), ("disaster", "Disaster (natural or man-made)"),
    ("disability_or_illness", "Disability or serious illness"), ("divorce_or_separation", "Divorce / legal separation"),
    ("separation_unmarried", "Separation of unmarried borrowers"), ("death", "Death of a borrower or wage earner"),
    ("relocation", "Employment transfer / relocation"), ("other", "Other"),
]
INCOME_ROWS = [
    ("Wages / salary (gross)", "wages"), ("Overtime, bonus, commissions, tips", None),
    ("Self-employment income", "self_employment"), ("Unemployment benefits", "unemployment"),
    ("Social Security, pension, disability (taxable)", "benefits_taxable"),
    ("Social Security or disability (non-taxable)", "benefits_nontaxable"), ("Rental income", "rental"),
    ("Investment or insurance income", "investment"), ("Alimony, child support, other income", "other"),
]
OCCUPANCY = [("primary_residence", "Primary residence"), ("second_home", "Second home"),
             ("investment_property", "Investment property")]


# --- application layout 1: one row per question, answers in "Borrower | Co-Borrower" columns ------------------


def two_column_form(app: BApplication, pen: Pen, servicer: tuple[str, str]) -> list[Sheet]:
    """A servicer's form whose questions are rows of a table with a Borrower and a Co-Borrower answer column."""
    name, contact = servicer
    co = app.co_borrower
    p1, p2 = Sheet(), Sheet()
    for sheet, page in ((p1, 1), (p2, 2)):
        sheet.text(48, 52, name, 14, "serif-b")
        sheet.text(48, 64, contact, 7.5, "sans", 0.25)
        sheet.text(564, 50, "Form LM-200 (Rev. 01/2025)", 7.5, "sans", 0.3, "r")
        sheet.text(564, 62, f"Page {page} of 2", 8, "sans", 0.2, "r")
        sheet.line(48, 72, 564, 72, 1.6)
    p1.text(306, 96, "MORTGAGE ASSISTANCE APPLICATION", 15, "sans-b", align="c")
    p1.text(306, 109, "If there is a co-borrower, answer every question in both columns.", 8, "sans-i", 0.25, "c")
    p1.text(48, 133, "Loan Number", 9.5, "sans-b")
    cell(p1, 118, 120, 170, 19)
    pen.write(p1, 124, 134, app.loan, 11)
    cols = (48, 236, 400, 564)

    def section(sheet: Sheet, y: float, title: str) -> float:
        sheet.rect(48, y, 516, 15, stroke=None, fill=0.15)
        sheet.text(53, y + 11, title, 9, "sans-b", 1.0)
        return y + 15

    def header(sheet: Sheet, y: float, first: str) -> float:
        for a, b, label in zip(cols, cols[1:], (first, "Borrower", "Co-Borrower"), strict=False):
            cell(sheet, a, y, b - a, 15, fill=0.88)
            sheet.text(a + 5, y + 11, label, 8.5, "sans-b")
        return y + 15

    y = section(p1, 150, "SECTION 1.  BORROWER AND CO-BORROWER")
    y = header(p1, y, "Question")
    employer = app.facts.get("employer_b", "")
    rows = [("Full name", app.borrower.name, co.name if co else ""),
            ("Social Security No. (last 4 only)", app.ssn4, app.co_ssn4 or ""),
            ("Cell phone", app.phone, app.facts.get("co_phone", "") if co else ""),
            ("E-mail address", app.email, ""),
            ("Current employer", employer, app.facts.get("employer_c", "") if co else ""),
            ("Are you currently employed? (Yes / No)", app.facts.get("employed_b", ""),
             app.facts.get("employed_c", "") if co else "")]
    for label, left, right in rows:
        for a, b in itertools.pairwise(cols):
            cell(p1, a, y, b - a, 21)
        p1.text(cols[0] + 5, y + 14, label, 8.3)
        pen.write(p1, cols[1] + 6, y + 15, left, 10, fit=cols[2] - cols[1] - 12)
        pen.write(p1, cols[2] + 6, y + 15, right, 10, fit=cols[3] - cols[2] - 12)
        y += 21
    y = section(p1, y + 14, "SECTION 2.  PROPERTY")
    parts = [("Street address", app.address.street, 48, 270), ("City", app.address.city, 318, 130),
             ("State", app.address.state, 448, 44), ("ZIP code", app.address.zip, 492, 72)]
    for label, value, x, w in parts:
        cell(p1, x, y, w, 30)
        p1.text(x + 4, y + 9, label, 6.8, "sans", 0.3)
        pen.write(p1, x + 6, y + 24, value, 10, fit=w - 10)
    y += 30
    cell(p1, 48, y, 516, 26)
    p1.text(52, y + 9, "Mailing address, if different from the property", 6.8, "sans", 0.3)
    if app.mailing:
        pen.write(p1, 54, y + 22, app.mailing.one_line, 10)
    y += 42
    p1.text(48, y, "The property is:", 9)
    x = 140
    for code, label in OCCUPANCY:
        p1.box(x, y - 8, False)
        if app.occupancy == code:
            _mark(p1, pen, x, y - 8)
        p1.text(x + 13, y, label, 9)
        x += 140
    y = section(p1, y + 16, "SECTION 3.  HARDSHIP")
    y += 22
    p1.text(48, y, "Date the hardship began (mm/dd/yyyy):", 9)
    cell(p1, 230, y - 14, 110, 20)
    if app.hardship_start:
        pen.write(p1, 236, y, us(app.hardship_start), 10.5)
    p1.text(360, y, "Expected to last:", 9)
    p1.box(436, y - 8, False)
    _mark(p1, pen, 436, y - 8)
    p1.text(449, y, "Over 6 months", 9)
    p1.box(514, y - 8, False)
    p1.text(527, y, "Less", 9)
    y += 22
    p1.text(48, y, "Cause of the hardship (check all that apply):", 9, "sans-b")
    y += 18
    for i, (code, label) in enumerate(HARDSHIP_LABELS):
        bx, by = (56 if i % 2 == 0 else 310), y + (i // 2) * 18
        p1.box(bx, by - 8, False)
        if code in app.hardships:
            _mark(p1, pen, bx, by - 8)
        p1.text(bx + 13, by, label, 9)
    y += 5 * 18 + 4
    p1.text(48, y, "If other, describe:", 9)
    p1.line(130, y + 2, 564, y + 2, 0.5)
    pen.write(p1, 136, y, app.other_hardship_text, 9.5)

    p2.text(48, 96, "Loan Number", 9.5, "sans-b")
    cell(p2, 118, 83, 170, 19)
    pen.write(p2, 124, 97, app.loan, 11)
    y = section(p2, 116, "SECTION 4.  GROSS MONTHLY INCOME (before taxes and deductions)")
    y = header(p2, y, "Income type")
    for label, code in INCOME_ROWS:
        for a, b in itertools.pairwise(cols):
            cell(p2, a, y, b - a, 19)
        p2.text(cols[0] + 5, y + 13, label, 8.3)
        for whose, right in (("B", cols[2]), ("C", cols[3])):
            p2.text(right - 156, y + 13, "$", 8.5)
            amount = app.income(code, whose) if code else Decimal(0)
            if amount:
                pen.write(p2, right - 8, y + 13.5, money(amount), 10, "r")
        y += 19
    for a, b in itertools.pairwise(cols):
        cell(p2, a, y, b - a, 20, fill=0.94)
    p2.text(cols[0] + 5, y + 14, "Total monthly income (each person)", 8.5, "sans-b")
    for whose, right in (("B", cols[2]), ("C", cols[3])):
        p2.text(right - 156, y + 14, "$", 8.5)
        subtotal = sum((a for _, a, w in app.income_lines if w == whose), Decimal(0))
        if subtotal:
            pen.write(p2, right - 8, y + 14.5, money(subtotal), 10, "r")
    y += 20
    cell(p2, cols[0], y, cols[1] - cols[0], 22, fill=0.94, width=1.1)
    cell(p2, cols[1], y, cols[3] - cols[1], 22, width=1.1)
    p2.text(cols[0] + 5, y + 15, "TOTAL HOUSEHOLD MONTHLY INCOME", 8.5, "sans-b")
    p2.text(cols[1] + 6, y + 15, "$", 9)
    pen.write(p2, cols[3] - 8, y + 15.5, money(app.total), 10.5, "r")
    y = section(p2, y + 38, "SECTION 5.  MONTHLY HOUSING PAYMENT")
    for label, amount in (("First mortgage payment", pen.rng.randrange(950, 2600)),
                          ("Homeowner association dues", pen.rng.choice([0, 0, 45, 120]))):
        cell(p2, 48, y, 352, 19)
        cell(p2, 400, y, 164, 19)
        p2.text(53, y + 13, label, 8.3)
        p2.text(404, y + 13, "$", 8.5)
        pen.write(p2, 556, y + 13.5, money(Decimal(amount)) if amount else "", 10, "r")
        y += 19
    y = section(p2, y + 16, "SECTION 6.  CERTIFICATION AND SIGNATURES")
    y = p2.wrap(48, y + 16, "Each of us certifies that the information in this application is true and complete, "
                "that the hardship described has made it difficult to make our mortgage payments, and that the "
                "servicer may verify it, including by obtaining a credit report. Knowingly submitting false "
                "information is a federal crime.", 516, 8.3)
    y = header(p2, y, "")
    signers = [(app.signed, app.signed_on, app.borrower.name),
               (co is not None and app.co_signed, app.co_signed_on if co else None, co.name if co else "")]
    for label, height in (("Signature", 38), ("Date signed", 21), ("Printed name", 21)):
        for a, b in itertools.pairwise(cols):
            cell(p2, a, y, b - a, height)
        p2.text(cols[0] + 5, y + 14, label, 8.5)
        for (signed, when, printed), left in zip(signers, (cols[1], cols[2]), strict=True):
            if label == "Signature" and signed:
                p2.signature(pen.rng, left + 14, y + 34, 130, 22, gray=0.12)
            elif label == "Date signed" and when:
                pen.write(p2, left + 8, y + 15, us(when), 10.5)
            elif label == "Printed name" and printed:
                pen.write(p2, left + 8, y + 15, printed, 9.5)
        y += height
    return [p1, p2]


def _mark(sheet: Sheet, pen: Pen, x: float, y: float) -> None:
    """An X in the 8-point box at (x, y): a pen's two strokes, or a typed X."""
    if pen.hand:
        j = pen.rng.uniform
        sheet.line(x + j(-1, 1), y + j(-1, 1), x + 8 + j(-1, 1), y + 8 + j(-1, 1), 1.4, pen.gray)
        sheet.line(x + j(-1, 1), y + 8 + j(-1, 1), x + 8 + j(-1, 1), y + j(-1, 1), 1.4, pen.gray)
    else:
        sheet.text(x + 1.2, y + 7.2, "X", 8.5, "sans-b")


# --- application layout 2: shaded label cells on the left, answer boxes on the right -----------------------------


def shaded_label_form(app: Application, pen: Pen, servicer: tuple[str, str], mark: str) -> list[Sheet]:
    """Labels in grey cells to the left of answer boxes; choices shown with glyph boxes: a filled square
    (mark "fill"), a check mark in a box ("tick"), or an empty printed box ticked by hand ("hand")."""
    name, contact = servicer
    lx, lw, ax, right = 48, 176, 224, 564
    p1, p2 = Sheet(), Sheet()
    for sheet, page in ((p1, 1), (p2, 2)):
        sheet.rect(48, 36, 516, 34, stroke=None, fill=0.25)
        sheet.text(58, 58, name, 13.5, "sans-b", 1.0)
        sheet.text(554, 51, "Loss Mitigation Application", 8.5, "sans-b", 1.0, "r")
        sheet.text(554, 63, f"LMA-7  |  page {page} of 2", 7.5, "sans", 0.9, "r")
        sheet.text(306, 760, contact, 7, "sans", 0.35, "c")

    def heading(sheet: Sheet, y: float, title: str) -> float:
        sheet.text(48, y + 12, title, 10.5, "sans-b", 0.15)
        sheet.line(48, y + 16, right, y + 16, 1.0, 0.3)
        return y + 22

    def row(sheet: Sheet, y: float, label: str, value: str = "", height: float = 22, shade: float = 0.84,
            align: str = "l") -> float:
        sheet.rect(lx, y, lw, height, width=0.5, stroke=0.45, fill=shade)
        sheet.rect(ax, y, right - ax, height, width=0.5, stroke=0.45)
        size = 8.5
        while hp.text_width(label, "sans-b", size) > lw - 10:
            size -= 0.25
        sheet.text(lx + 6, y + 14, label, size, "sans-b", 0.1)
        if value:
            if align == "r":
                pen.write(sheet, right - 8, y + 15, value, 10, "r")
            else:
                pen.write(sheet, ax + 8, y + 15, value, 10, fit=right - ax - 16)
        return y + height

    def choice(sheet: Sheet, x: float, y: float, chosen: bool, label: str) -> None:
        if mark == "fill":
            sheet.text(x, y, BOX_FILLED if chosen else BOX_EMPTY, 10, "glyph")
        elif mark == "tick":
            sheet.rect(x, y - 8, 9, 9, width=0.6)
            if chosen:
                sheet.text(x + 0.6, y, TICK, 10, "glyph")
        else:
            sheet.text(x, y, BOX_EMPTY, 10, "glyph")
            if chosen:
                pen.tick(sheet, x + 0.5, y - 8)
        sheet.text(x + 14, y, label, 8.8)

    p1.text(48, 94, "Request for Mortgage Relief", 16, "sans-b")
    p1.text(48, 108, "Please answer in the boxes on the right. Mark every choice that applies.", 8.5, "sans-i", 0.3)
    y = heading(p1, 118, "A.  About you")
    co = app.co_borrower
    for label, value in (("Loan number", app.loan), ("Borrower name", app.borrower.name),
                         ("Borrower SSN - last 4 digits", app.ssn4), ("Co-borrower name", co.name if co else ""),
                         ("Co-borrower SSN - last 4 digits", app.co_ssn4 or ""), ("Best phone number", app.phone),
                         ("E-mail", app.email)):
        y = row(p1, y, label, value)
    y = heading(p1, y + 10, "B.  The property")
    y = row(p1, y, "Property street address", app.address.street)
    y = row(p1, y, "City, State, ZIP", app.address.last_line)
    y = row(p1, y, "Where you live, if elsewhere", app.mailing.one_line if app.mailing else "")
    top = y
    y = row(p1, y, "How the property is used", height=24)
    for i, (code, label) in enumerate(OCCUPANCY):
        choice(p1, ax + 8 + i * 112, top + 16, app.occupancy == code, label)
    y = heading(p1, y + 10, "C.  Your hardship")
    y = row(p1, y, "Date the hardship began", app.hardship_start.strftime("%m/%d/%Y") if app.hardship_start else "")
    top = y
    y = row(p1, y, "What caused it (all that apply)", height=5 * 17 + 10)
    for i, (code, label) in enumerate(HARDSHIP_LABELS):
        choice(p1, ax + 8 + (i % 2) * 170, top + 16 + (i // 2) * 17, code in app.hardships, label)
    y = row(p1, y, "If other, please explain", app.other_hardship_text)
    y = row(p1, y, "Expected to last", "More than six months")

    y = heading(p2, 84, "D.  Monthly income before taxes (all borrowers)")
    for label, code in INCOME_ROWS:
        amount = app.income(code) if code else Decimal(0)
        y = row(p2, y, label, f"${money(amount)}" if amount else "", align="r")
        p2.text(ax + 8, y - 7, "$ per month", 7.5, "sans", 0.45)
    y = row(p2, y, "TOTAL MONTHLY INCOME", f"${money(app.total)}", shade=0.7, align="r")
    y = heading(p2, y + 12, "E.  Monthly expenses")
    for label, amount in (("Mortgage payment", pen.rng.randrange(900, 2700)),
                          ("Car payments", pen.rng.randrange(150, 600))):
        y = row(p2, y, label, f"${money(Decimal(amount))}", align="r")
    y = heading(p2, y + 12, "F.  Certification")
    y = p2.wrap(48, y + 12, "I certify that everything in this application is true and complete, that my hardship "
                "has made it hard to pay my mortgage, and that the servicer may check any of it, including by "
                "obtaining my credit report.", 516, 8.8) + 4
    sig_top = y
    y = row(p2, y, "Borrower signature", height=40)
    if app.signed:
        p2.signature(pen.rng, ax + 20, sig_top + 34, 180, 24, gray=0.1)
    y = row(p2, y, "Date", app.signed_on.strftime("%m/%d/%Y") if app.signed_on else "")
    sig_top = y
    y = row(p2, y, "Co-borrower signature", height=40)
    if co and app.co_signed:
        p2.signature(pen.rng, ax + 20, sig_top + 34, 180, 24, gray=0.1)
    row(p2, y, "Date", app.co_signed_on.strftime("%m/%d/%Y") if co and app.co_signed_on else "")
    return [p1, p2]


# --- Form 710 with a hand-written date ------------------------------------------------------------------------


def form710_hand_dated(app: Application, rng: random.Random) -> bytes:
    """The real Form 710 typed through its AcroForm, printed, signed and dated by hand (pasted ink on page 4)."""
    typed = replace(app, signed_on=None, co_signed_on=None)
    data = hp.form710(typed, rng, "%m/%d/%Y")
    ink = Sheet()
    pen = Pen(rng, hand=True, gray=0.12)
    if app.signed_on:  # Date_3: x 425-558, PDF y 343-358
        pen.write(ink, 432, hp.PAGE_H - 346, app.signed_on.strftime("%-m/%-d/%Y"), 12)
    if app.co_borrower and app.co_signed_on:  # Date_4: y 305-320
        pen.write(ink, 432, hp.PAGE_H - 308, app.co_signed_on.strftime("%-m/%-d/%Y"), 12)
    return hp.overlay_pdf(data, {3: ink})


# --- pay stubs ----------------------------------------------------------------------------------------------


@dataclass
class Hourly:
    """How a stub's gross splits into regular and overtime pay."""

    rate: Decimal
    hours: Decimal
    ot_hours: Decimal

    @property
    def regular(self) -> Decimal:
        return cents(self.rate * self.hours)

    @property
    def overtime(self) -> Decimal:
        return cents(self.rate * Decimal("1.5") * self.ot_hours)

    @property
    def gross(self) -> Decimal:
        return self.regular + self.overtime


def stub_soed(stub: Stub, rng: random.Random, pay: Hourly | None, show_frequency: bool) -> Sheet:
    """Payroll layout C: "Statement of Earnings and Deductions", Current / Year-To-Date columns, "Net Check",
    and a non-negotiable check below with the amount in words."""
    s = Sheet()
    s.text(48, 58, stub.employer.upper(), 12.5, "sans-b")
    s.text(48, 71, stub.employer_address.street, 8.5)
    s.text(48, 82, stub.employer_address.last_line, 8.5)
    s.text(564, 58, "STATEMENT OF EARNINGS AND DEDUCTIONS", 11.5, "sans-b", align="r")
    s.line(48, 92, 564, 92, 1.0)
    check_no = rng.randint(100200, 189900)
    left = [("Employee Name", stub.employee.name), ("Employee ID", f"{rng.randint(10000, 99999)}"),
            ("Department", rng.choice(["Distribution", "Patient Care", "Facilities", "Food Service"]))]
    if show_frequency:
        left.append(("Pay Frequency", {"weekly": "Weekly", "biweekly": "Bi-Weekly", "semimonthly": "Semi-Monthly",
                                       "monthly": "Monthly"}[stub.frequency]))
    right = [("Check Date", us(stub.pay_date)), ("Period Beginning", us(stub.period_start)),
             ("Period Ending", us(stub.period_end)), ("Check No.", str(check_no))]
    for i, (label, value) in enumerate(left):
        s.text(48, 110 + i * 13, f"{label}:", 8.5, "sans-b")
        s.text(140, 110 + i * 13, value, 8.5)
    for i, (label, value) in enumerate(right):
        s.text(380, 110 + i * 13, f"{label}:", 8.5, "sans-b")
        s.text(564, 110 + i * 13, value, 8.5, align="r")
    y = 172
    cols = ((52, "Earnings", "l"), (300, "Rate", "r"), (360, "Hours", "r"), (460, "Current", "r"),
            (560, "Year-To-Date", "r"))
    s.rect(48, y, 516, 15, stroke=0.0, fill=0.9, width=0.5)
    for x, label, align in cols:
        s.text(x, y + 11, label, 8.5, "sans-b", align=align)
    y += 28
    ytd_share = (stub.ytd_gross / stub.gross) if stub.ytd_gross else None
    if pay:
        lines = [("Regular", money(pay.rate), f"{pay.hours:.2f}", pay.regular),
                 ("Overtime", money(cents(pay.rate * Decimal("1.5"))), f"{pay.ot_hours:.2f}", pay.overtime)]
    else:
        lines = [("Salary", "", "", stub.gross)]
    for label, rate, hours, current in lines:
        if not current:
            continue
        s.text(52, y, label, 9)
        s.text(300, y, rate, 9, align="r")
        s.text(360, y, hours, 9, align="r")
        s.text(460, y, money(current), 9, align="r")
        s.text(560, y, money(current * ytd_share) if ytd_share else "", 9, align="r")
        y += 14
    s.line(380, y - 8, 564, y - 8, 0.5)
    s.text(52, y + 4, "GROSS PAY", 9.5, "sans-b")
    s.text(460, y + 4, money(stub.gross), 9.5, "sans-b", align="r")
    if stub.ytd_gross:
        s.text(560, y + 4, money(stub.ytd_gross), 9.5, "sans-b", align="r")
    y += 30
    s.rect(48, y, 516, 15, stroke=0.0, fill=0.9, width=0.5)
    s.text(52, y + 11, "Deductions", 8.5, "sans-b")
    s.text(460, y + 11, "Current", 8.5, "sans-b", align="r")
    s.text(560, y + 11, "Year-To-Date", 8.5, "sans-b", align="r")
    y += 28
    for label, current, ytd in stub.deductions:
        s.text(52, y, label, 9)
        s.text(460, y, money(current), 9, align="r")
        s.text(560, y, money(ytd) if stub.ytd_gross else "", 9, align="r")
        y += 14
    total = sum((c for _, c, _ in stub.deductions), Decimal(0))
    s.line(380, y - 8, 564, y - 8, 0.5)
    s.text(52, y + 4, "TOTAL DEDUCTIONS", 9.5, "sans-b")
    s.text(460, y + 4, money(total), 9.5, "sans-b", align="r")
    y += 30
    s.rect(340, y - 15, 224, 24, width=1.3)
    s.text(350, y + 2, "NET CHECK", 11, "sans-b")
    s.text(556, y + 2, money(stub.net), 11, "sans-b", align="r")
    y += 40
    for x in range(48, 565, 8):  # the perforation
        s.line(x, y, x + 4, y, 0.5, 0.4)
    y += 30
    s.text(48, y, stub.employer.upper(), 10, "sans-b")
    s.text(564, y, f"No. {check_no}", 9.5, align="r")
    s.text(564, y + 16, f"Date {us(stub.pay_date)}", 9.5, align="r")
    y += 44
    whole = int(stub.net)
    s.text(48, y, f"PAY  {words(whole).upper()} AND {int((stub.net - whole) * 100):02d}/100 DOLLARS", 9)
    s.text(564, y, f"***{money(stub.net)}***", 10, "mono-b", align="r")
    y += 26
    s.text(48, y, "TO THE ORDER OF", 7.5, "sans", 0.3)
    s.text(130, y, stub.employee.upper, 10)
    s.text(130, y + 13, stub.employee_address.street.upper(), 9)
    s.text(130, y + 25, stub.employee_address.last_line.upper(), 9)
    s.text(564, y + 25, "NON-NEGOTIABLE", 10, "sans-b", 0.35, "r")
    return s


def stub_pay_advice(stub: Stub, rng: random.Random, pay: Hourly | None) -> Sheet:
    """Payroll layout D: a "Pay Advice" whose totals sit in a grid with a Current and a YTD row (total gross,
    federal taxable gross, taxes, deductions, net pay), and a net pay distribution to a bank account."""
    s = Sheet()
    s.text(48, 60, stub.employer, 12, "serif-b")
    s.text(48, 73, f"{stub.employer_address.street}  \u00b7  {stub.employer_address.last_line}", 8, "serif", 0.25)
    s.text(564, 60, "PAY ADVICE", 16, "sans-b", align="r")
    s.line(48, 82, 564, 82, 0.8)
    info = [("Name", stub.employee.name), ("Employee ID", f"{rng.randint(200000, 899999)}"),
            ("Pay Group", rng.choice(["HRLY-BW", "SAL-SM", "OPS-BW"])),
            ("Advice #", f"{rng.randint(1000000, 9999999)}"), ("Advice Date", us(stub.pay_date)),
            ("Pay Begin Date", us(stub.period_start)), ("Pay End Date", us(stub.period_end))]
    for i, (label, value) in enumerate(info):
        x = 48 if i < 3 else 330
        yy = 100 + (i if i < 3 else i - 3) * 13
        s.text(x, yy, f"{label}:", 8.5, "sans-b")
        s.text(x + 82, yy, value, 8.5)
    pretax, taxes = stub.deductions[-1], stub.deductions[:-1]
    y = 162
    s.rect(48, y, 300, 14, stroke=None, fill=0.85)
    s.text(52, y + 10, "HOURS AND EARNINGS", 8, "sans-b")
    s.rect(352, y, 212, 14, stroke=None, fill=0.85)
    s.text(356, y + 10, "TAXES", 8, "sans-b")
    y += 26
    for x, label in ((52, "Description"), (180, "Hours"), (260, "Current"), (344, "YTD")):
        s.text(x, y, label, 7.5, "sans-b", 0.3, "l" if x < 100 else "r")
    for x, label in ((356, "Description"), (500, "Current"), (560, "YTD")):
        s.text(x, y, label, 7.5, "sans-b", 0.3, "l" if x < 400 else "r")
    y += 14
    ytd_share = (stub.ytd_gross / stub.gross) if stub.ytd_gross else None
    earnings = ([("Regular", f"{pay.hours:.2f}", pay.regular), ("Overtime 1.5", f"{pay.ot_hours:.2f}", pay.overtime)]
                if pay else [("Regular Salary", "", stub.gross)])
    ey = y
    for label, hours, current in earnings:
        if not current:
            continue
        s.text(52, ey, label, 8.5)
        s.text(180, ey, hours, 8.5, align="r")
        s.text(260, ey, money(current), 8.5, align="r")
        s.text(344, ey, money(current * ytd_share) if ytd_share else "", 8.5, align="r")
        ey += 13
    ty = y
    for label, current, ytd in taxes:
        s.text(356, ty, label.replace("Income Tax", "Withholding"), 8.5)
        s.text(500, ty, money(current), 8.5, align="r")
        s.text(560, ty, money(ytd) if stub.ytd_gross else "", 8.5, align="r")
        ty += 13
    y = max(ey, ty) + 18
    s.rect(48, y, 516, 14, stroke=None, fill=0.85)
    s.text(52, y + 10, "BEFORE-TAX DEDUCTIONS", 8, "sans-b")
    y += 26
    s.text(52, y, pretax[0], 8.5)
    s.text(260, y, money(pretax[1]), 8.5, align="r")
    s.text(344, y, money(pretax[2]) if stub.ytd_gross else "", 8.5, align="r")
    y += 26
    heads = ["", "TOTAL GROSS", "FED TAXABLE GROSS", "TOTAL TAXES", "TOTAL DEDUCTIONS", "NET PAY"]
    xs = [48, 130, 220, 330, 420, 500, 564]
    tax_now = sum((c for _, c, _ in taxes), Decimal(0))
    tax_ytd = sum((t for _, _, t in taxes), Decimal(0))
    current = ["Current", money(stub.gross), money(stub.gross - pretax[1]), money(tax_now), money(pretax[1]),
               money(stub.net)]
    ytd_row = ["YTD"] + ([money(stub.ytd_gross), money(stub.ytd_gross - pretax[2]), money(tax_ytd), money(pretax[2]),
                          money(stub.ytd_gross - tax_ytd - pretax[2])] if stub.ytd_gross else [""] * 5)
    for r, values in enumerate((heads, current, ytd_row)):
        for c, value in enumerate(values):
            cell(s, xs[c], y + r * 16, xs[c + 1] - xs[c], 16, fill=0.9 if r == 0 else None, width=0.5)
            if value:
                bold = r == 0 or c == 0
                s.text(xs[c + 1] - 4 if c else xs[c] + 4, y + r * 16 + 11.5, value, 7 if r == 0 else 8.5,
                       "sans-b" if bold else "sans", align="r" if c else "l")
    y += 3 * 16 + 28
    s.rect(48, y, 516, 14, stroke=None, fill=0.85)
    s.text(52, y + 10, "NET PAY DISTRIBUTION", 8, "sans-b")
    y += 26
    s.text(52, y, "Method", 7.5, "sans-b", 0.3)
    s.text(160, y, "Account Type", 7.5, "sans-b", 0.3)
    s.text(280, y, "Account Number", 7.5, "sans-b", 0.3)
    s.text(560, y, "Deposit Amount", 7.5, "sans-b", 0.3, "r")
    y += 14
    s.text(52, y, "Direct deposit", 8.5)
    s.text(160, y, "Checking", 8.5)
    s.text(280, y, f"XXXXXX{rng.randint(1000, 9999)}", 8.5)
    s.text(560, y, money(stub.net), 8.5, align="r")
    s.text(306, y + 40, "This is an advice of deposit only. It is not negotiable.", 8, "sans-i", 0.35, "c")
    return s


def gig_earnings_summary(worker: Person, home: Address, month: date, weekly: Sequence[Decimal],
                         rng: random.Random) -> Doc:
    """A delivery platform's monthly earnings summary for an independent contractor: not a pay stub (no
    employer, no withholding), so it is filed as "other"."""
    s = Sheet()
    s.rect(48, 40, 516, 46, stroke=None, fill=0.1)
    s.text(62, 68, "swiftcart", 22, "sans-b", 1.0)
    s.text(550, 60, "Courier Network", 9, "sans", 0.9, "r")
    s.text(550, 74, "Earnings summary", 11, "sans-b", 1.0, "r")
    end = hp.month_end(month.year, month.month)
    s.text(48, 116, f"Earnings summary for {calendar.month_name[month.month]} {month.year}", 15, "sans-b")
    s.text(48, 132, f"{month:%b} 1 \u2013 {end:%b} {end.day}, {end.year}", 9.5, "sans", 0.3)
    s.text(48, 160, worker.name, 10.5, "sans-b")
    s.text(48, 173, home.street, 9.5)
    s.text(48, 185, home.last_line, 9.5)
    s.text(380, 160, "Courier ID", 8.5, "sans-b", 0.35)
    s.text(564, 160, f"SC-{rng.randint(100000, 999999)}", 9.5, align="r")
    s.text(380, 174, "Vehicle", 8.5, "sans-b", 0.35)
    s.text(564, 174, "Car", 9.5, align="r")
    y = 222
    heads = ((52, "Week", "l"), (230, "Deliveries", "r"), (310, "Delivery pay", "r"), (390, "Tips", "r"),
             (470, "Adjustments", "r"), (560, "Total", "r"))
    s.rect(48, y - 12, 516, 17, stroke=None, fill=0.9)
    for x, label, align in heads:
        s.text(x, y, label, 8.5, "sans-b", align=align)
    y += 20
    totals = [0, Decimal(0), Decimal(0), Decimal(0), Decimal(0)]
    start = month
    for amount in weekly:
        stop = min(start + timedelta(days=6), end)
        trips = rng.randint(22, 48)
        tips = cents(amount * Decimal(rng.randrange(22, 31)) / 100)
        adjust = Decimal(rng.choice([0, 0, 5, 10, 15]))
        base = amount - tips - adjust
        values = [f"{start:%b %d} \u2013 {stop:%b %d}", str(trips), money(base), money(tips), money(adjust),
                  money(amount)]
        for (x, _, align), value in zip(heads, values, strict=True):
            s.text(x, y, value, 9, align=align)
        for i, v in enumerate((trips, base, tips, adjust, amount)):
            totals[i] += v
        y += 16
        start = stop + timedelta(days=1)
    s.line(48, y - 8, 564, y - 8, 0.6)
    values = ["Month total", str(totals[0]), *(money(Decimal(v)) for v in totals[1:])]
    for (x, _, align), value in zip(heads, values, strict=True):
        s.text(x, y + 4, value, 9, "sans-b", align=align)
    y += 40
    s.rect(48, y, 516, 54, width=0.6, stroke=0.5, fill=0.96)
    s.text(60, y + 20, "Total earnings this month", 11, "sans-b")
    s.text(552, y + 20, f"${money(Decimal(totals[4]))}", 13, "sans-b", align="r")
    s.text(60, y + 40, f"Paid out in {len(weekly)} weekly transfers to your bank account", 9, "sans", 0.3)
    y += 86
    s.wrap(48, y, "This summary is provided for your records. You deliver as an independent contractor: Swiftcart "
           "is not your employer, this is not a pay stub, and no taxes were withheld from these earnings. Your "
           "annual Form 1099-NEC will be available by January 31. Mileage and vehicle expenses are not "
           "reflected here.", 516, 9, leading=13)
    return Doc("other", {}, [s])


# --- bank statements ----------------------------------------------------------------------------------------


def statement_harborline(st: Statement, joint: Person | None = None, per_first_page: int = 18) -> list[Sheet]:
    """Bank layout P: "Previous Balance" / "New Balance" summary, a debit and a credit column, the transaction
    table running onto a second page, "Page n of 2"."""
    rows = list(st.rows)
    parts = [rows[:per_first_page], rows[per_first_page:]]
    period = f"{us(st.start)} through {us(st.end)}"
    sheets = []
    for page, chunk in enumerate(parts, start=1):
        s = Sheet()
        s.text(48, 56, st.bank, 15, "serif-b")
        s.text(48, 69, "Member FDIC   \u00b7   harborline.example   \u00b7   1-800-555-0163", 7.5, "sans", 0.3)
        s.text(564, 56, "Statement Period", 8, "sans-b", 0.3, "r")
        s.text(564, 69, period, 9, align="r")
        s.text(564, 82, f"Page {page} of 2", 8, align="r")
        s.line(48, 90, 564, 90, 0.8)
        y = 110
        if page == 1:
            for line in [st.holder.upper, *([joint.upper] if joint else []), st.home.street.upper(),
                         st.home.last_line.upper()]:
                s.text(60, y, line, 9.5, "mono")
                y += 12
            s.text(360, 110, "Primary Checking", 9.5, "sans-b")
            s.text(360, 123, f"Account Number: ******{st.last4}", 9)
            y = 170
            s.rect(48, y, 516, 96, width=0.7)
            s.text(58, y + 16, "ACCOUNT SUMMARY", 9, "sans-b")
            n_in = sum(1 for r in st.rows if r[2] > 0)
            n_out = sum(1 for r in st.rows if r[2] < 0)
            lines = [("Previous Balance", money(st.begin)), (f"Deposits and Other Credits ({n_in})",
                                                             f"+ {money(st.deposits)}"),
                     (f"Checks and Other Debits ({n_out})", f"- {money(st.debits)}"), ("Service Charges", "0.00"),
                     ("New Balance", money(st.ending))]
            for i, (label, value) in enumerate(lines):
                bold = label in ("Previous Balance", "New Balance")
                s.text(70, y + 32 + i * 13, label, 9, "sans-b" if bold else "sans")
                s.text(330, y + 32 + i * 13, value, 9, "sans-b" if bold else "sans", align="r")
            s.text(370, y + 32, f"Statement date {us(st.end)}", 8.5)
            s.text(370, y + 45, "Interest paid this period  0.00", 8.5)
            y += 122
            s.text(48, y, "TRANSACTION DETAIL", 9.5, "sans-b")
        else:
            s.text(48, y, f"Primary Checking ******{st.last4}", 9, "sans-b")
            y += 20
            s.text(48, y, "TRANSACTION DETAIL (continued)", 9.5, "sans-b")
        y += 16
        for x, label, align in ((52, "Date", "l"), (100, "Description", "l"), (400, "Debits", "r"),
                                (480, "Credits", "r"), (560, "Balance", "r")):
            s.text(x, y, label, 8, "sans-b", 0.2, align)
        s.line(48, y + 4, 564, y + 4, 0.6)
        y += 17
        for day, desc, amount, balance in chunk:
            s.text(52, y, day.strftime("%m/%d"), 8.5, "mono")
            s.text(100, y, desc, 8.5, "mono")
            s.text(400 if amount < 0 else 480, y, money(abs(amount)), 8.5, "mono", align="r")
            s.text(560, y, money(balance), 8.5, "mono", align="r")
            y += 13.5
        if page == 1:
            s.text(306, y + 10, "continued on next page", 8, "sans-i", 0.35, "c")
        else:
            s.line(48, y - 6, 564, y - 6, 0.4)
            s.text(100, y + 6, "NEW BALANCE", 8.5, "sans-b")
            s.text(560, y + 6, money(st.ending), 8.5, "mono-b", align="r")
            s.text(48, y + 40, "Please examine this statement promptly and report any error within 60 days.", 8,
                   "sans-i", 0.35)
        sheets.append(s)
    return sheets


def statement_millbrook(st: Statement, per_first_page: int = 20) -> list[Sheet]:
    """Bank layout Q: a credit union statement with no summary box: the balances are only the first and last
    lines of the transaction list ("Balance Forward", "Closing Balance"), which runs over two pages."""
    period = f"{st.start:%m/%d/%y} - {st.end:%m/%d/%y}"
    rows = [(st.start, "BALANCE FORWARD", None, st.begin), *[(d, t, a, b) for d, t, a, b in st.rows],
            (st.end, "CLOSING BALANCE", None, st.ending)]
    parts = [rows[:per_first_page], rows[per_first_page:]]
    member = f"{random.Random(st.last4).randint(100000, 999999)}"
    sheets = []
    for page, chunk in enumerate(parts, start=1):
        s = Sheet()
        s.circle(66, 60, 16, 1.2, fill=0.3)
        s.text(66, 65, "M", 14, "serif-b", 1.0, "c")
        s.text(90, 58, st.bank.upper(), 13, "serif-b")
        s.text(90, 71, "PO Box 2100  \u00b7  Millbrook, NY 12545  \u00b7  (845) 555-0128", 8, "serif", 0.3)
        s.text(564, 54, f"Page {page} of 2", 8.5, align="r")
        s.text(564, 68, f"Statement Period: {period}", 8.5, align="r")
        s.text(564, 82, f"Member Number: {member}", 8.5, align="r")
        y = 104
        if page == 1:
            for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
                s.text(60, y, line, 9.5)
                y += 12
            y += 18
            s.text(48, y, "Thank you for being a member. Our branches will be closed on federal holidays.", 8.5,
                   "serif-i", 0.3)
            y += 26
        s.rect(48, y, 516, 16, stroke=None, fill=0.82)
        s.text(54, y + 11.5, f"REGULAR CHECKING   ACCT ****{st.last4}" + ("" if page == 1 else "  (continued)"),
               9, "sans-b")
        y += 32
        for x, label, align in ((52, "Trans Date", "l"), (116, "Description", "l"), (390, "Withdrawal", "r"),
                                (470, "Deposit", "r"), (560, "Balance", "r")):
            s.text(x, y, label, 8, "sans-b", 0.2, align)
        s.line(48, y + 4, 564, y + 4, 0.6)
        y += 17
        for day, desc, amount, balance in chunk:
            bold = amount is None
            s.text(52, y, day.strftime("%m-%d"), 8.5, "sans-b" if bold else "sans")
            s.text(116, y, desc.title() if not bold else desc, 8.5, "sans-b" if bold else "sans")
            if amount is not None:
                s.text(390 if amount < 0 else 470, y, money(abs(amount)), 8.5, align="r")
            s.text(560, y, money(balance), 8.5, "sans-b" if bold else "sans", align="r")
            y += 14
        if page == 2:
            y += 14
            s.text(52, y, f"Total withdrawals {money(st.debits)}     Total deposits {money(st.deposits)}", 8.5)
            s.text(52, y + 14, "Dividends paid year to date: 0.00", 8.5)
        sheets.append(s)
    return sheets


# --- letters and other papers -------------------------------------------------------------------------------


STATES = {"IA": "Iowa", "MT": "Montana", "FL": "Florida", "TX": "Texas", "ME": "Maine", "CO": "Colorado",
          "SC": "South Carolina", "WI": "Wisconsin", "WA": "Washington", "AZ": "Arizona", "IN": "Indiana",
          "AL": "Alabama"}


def unemployment_determination(person_: Person, ssn4: str, home: Address, when: date, weekly: Decimal,
                               rng: random.Random) -> Doc:
    """A state's notice of determination: eligible, weekly benefit rate, benefit year, an appeal deadline."""
    s = Sheet()
    s.text(48, 58, f"STATE OF {STATES[home.state].upper()}", 9, "sans-b", 0.3)
    s.text(48, 74, "Department of Labor and Workforce Development", 12.5, "serif-b")
    s.text(48, 87, "Division of Unemployment Insurance  \u00b7  PO Box 6339  \u00b7  Claims Center", 8, "serif", 0.3)
    s.line(48, 96, 564, 96, 0.8)
    s.text(306, 124, "NOTICE OF DETERMINATION", 13.5, "sans-b", align="c")
    s.text(306, 139, "Claim for Unemployment Insurance Benefits", 10, "sans", 0.2, "c")
    s.text(380, 168, "Notice Date:", 9.5, "sans-b")
    s.text(564, 168, us(when), 9.5, align="r")
    s.text(380, 182, "Claimant ID:", 9.5, "sans-b")
    s.text(564, 182, f"XXX-XX-{ssn4}", 9.5, align="r")
    y = 168
    for line in (person_.upper, home.street.upper(), home.last_line.upper()):
        s.text(60, y, line, 9.5, "mono")
        y += 12
    effective = hp.weekday_on_or_before(when - timedelta(days=rng.randint(10, 24)))
    effective -= timedelta(days=(effective.weekday() + 1) % 7)  # a claim week starts on a Sunday
    y = 236
    s.rect(48, y, 516, 16, stroke=None, fill=0.85)
    s.text(54, y + 11.5, "CLAIM INFORMATION", 9, "sans-b")
    y += 32
    base = cents(weekly * Decimal(rng.randrange(48, 60)))
    for label, value in (("Claim effective date", us(effective)),
                         ("Benefit year ending", us(effective + timedelta(days=364))),
                         ("Base period wages", f"${money(base)}"), ("Weekly benefit rate", f"${money(weekly)}"),
                         ("Maximum benefit amount", f"${money(weekly * 28)}")):
        s.text(70, y, label, 10)
        s.text(380, y, value, 10, "sans-b", align="r")
        y += 17
    y += 14
    s.text(48, y, "DECISION", 10.5, "sans-b")
    y = s.wrap(48, y + 18, "You have been found eligible for unemployment insurance benefits. You were separated "
               "from your employer for lack of work, which is not disqualifying. Benefits are payable for each week "
               "you request payment and meet the weekly eligibility requirements, including an active work search.",
               516, 10, leading=14)
    y += 8
    s.text(48, y, "APPEAL RIGHTS", 10.5, "sans-b")
    s.wrap(48, y + 18, f"If you disagree with this determination, you may file an appeal. Your appeal must be "
           f"received within 10 days of the notice date, no later than {us(when + timedelta(days=10))}.", 516, 10,
           leading=14)
    s.text(48, 740, "UI-DET-04 (rev 11/2023)", 7, "sans", 0.4)
    return Doc("unemployment_benefit_letter", {"letter_date": when, "benefit_type": "unemployment"}, [s])


def ssa_award_letter(person_: Person, ssn4: str, home: Address, when: date, gross: Decimal,
                     rng: random.Random) -> Doc:
    """Social Security's notice of award for retirement benefits: the full monthly benefit before deductions,
    the Medicare premium taken off and the rounded-down payment."""
    s = Sheet()
    s.text(48, 58, "Social Security Administration", 14, "serif-b")
    s.text(48, 72, "Retirement, Survivors and Disability Insurance", 9.5, "serif")
    s.text(48, 92, "Notice of Award", 13, "serif-b")
    x = 360
    for i, line in enumerate(("Office of Central Operations", "1500 Woodlawn Drive", "Baltimore, Maryland 21241-1500",
                              f"Date: {long_date(when)}", f"Claim Number: XXX-XX-{ssn4}A")):
        s.text(x, 58 + i * 12, line, 9, "serif")
    y = 148
    for line in (person_.upper, home.street.upper(), home.last_line.upper()):
        s.text(72, y, line, 10, "serif")
        y += 13
    premium = Decimal("185.00")
    payment = Decimal(int(gross - premium))
    entitled = hp.add_months(when, -rng.randint(2, 5))
    y += 24
    y = s.wrap(48, y, f"You are entitled to monthly retirement benefits beginning {calendar.month_name[entitled.month]}"
               f" {entitled.year}.", 516, 10.5, "serif", 14)
    y += 6
    s.text(48, y, "Information About Your Benefit", 11, "serif-b")
    y = s.wrap(48, y + 16, f"The full monthly benefit before any deductions is ${money(gross)}. We deduct "
               f"${money(premium)} for medical insurance premiums each month. The regular monthly payment you will "
               f"receive is ${money(payment)} (we must round down to the whole dollar).", 516, 10.5, "serif", 14)
    y += 6
    s.rect(72, y, 468, 58, width=0.7)
    for i, (label, value) in enumerate((("Full monthly benefit before deductions", f"${money(gross)}"),
                                        ("Medical insurance premium", f"-${money(premium)}"),
                                        ("Amount paid each month", f"${money(payment)}"))):
        s.text(84, y + 16 + i * 16, label, 10, "serif")
        s.text(528, y + 16 + i * 16, value, 10, "serif", align="r")
    y += 78
    s.text(48, y, "When You Will Receive Your Payments", 11, "serif-b")
    y = s.wrap(48, y + 16, "Social Security benefits for a month are paid the following month. Your benefit will be "
               "paid on the second Wednesday of each month into the account you gave us.", 516, 10.5, "serif", 14)
    y += 6
    s.text(48, y, "Taxes", 11, "serif-b")
    s.wrap(48, y + 16, "You may have to pay federal income tax on your Social Security benefits. Each January we "
           "will mail you Form SSA-1099 showing the benefits you received in the previous year.", 516, 10.5, "serif",
           14)
    s.text(48, 740, "Form SSA-L1 (continued use)", 7, "serif", 0.4)
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": gross,
                                        "benefit_type": "benefits_taxable"}, [s])


def obituary(deceased: Person, survivor: Person, city: str, died: date, rng: random.Random) -> Doc:
    """A newspaper clipping pasted on a sheet: one narrow column, masthead and date line."""
    s = Sheet()
    x0, w = 176, 260
    paper = f"The {city} Courier"
    published = died + timedelta(days=rng.randint(3, 6))
    s.rect(x0 - 14, 60, w + 28, 520, width=0.4, stroke=0.55)
    s.text(x0 + w / 2, 88, paper, 15, "serif-b", align="c")
    s.text(x0 + w / 2, 101, f"{published:%A, %B} {published.day}, {published.year}  \u00b7  Obituaries", 7.5,
           "serif", 0.3, "c")
    s.line(x0, 108, x0 + w, 108, 0.8)
    s.rect(x0 + 80, 118, 100, 120, stroke=None, fill=0.45)  # the photograph
    born = died.year - rng.randint(58, 79)
    s.text(x0 + w / 2, 258, deceased.name.upper(), 12, "serif-b", align="c")
    s.text(x0 + w / 2, 272, f"{born} \u2013 {died.year}", 10, "serif", align="c")
    y = 294
    text = (f"{deceased.first} {deceased.last}, {died.year - born}, of {city}, passed away on {long_date(died)} "
            f"after a short illness, surrounded by family. {deceased.first} worked for many years as a "
            f"{rng.choice(['machinist', 'bus driver', 'lineman', 'warehouse supervisor'])} and was known for a "
            f"generous spirit and a garden the whole street admired. {deceased.first} is survived by "
            f"{survivor.first}, a devoted spouse of {rng.randint(24, 45)} years, two children and five "
            f"grandchildren. A memorial service will be held at St. Brendan's Church at 11 a.m. Saturday. In lieu "
            f"of flowers, the family asks for donations to the {city} Food Pantry.")
    s.wrap(x0, y, text, w, 9.5, "serif", 12.5)
    return Doc("obituary", {}, [s])


def email_printout(app: Application, sent: date, to: str, body: Sequence[str], rng: random.Random) -> Doc:
    """A hardship letter sent as an e-mail and printed from the browser: header and footer lines of the browser,
    From / Sent / To / Subject, plain paragraphs."""
    s = Sheet()
    hour, minute = rng.randint(6, 9), rng.randint(10, 58)
    subject = f"Hardship explanation - loan {app.loan}"
    s.text(30, 24, f"{sent.month}/{sent.day}/{sent:%y}, {hour}:{minute + 1:02d} PM", 7.5, "sans", 0.2)
    s.text(330, 24, f"Mail - {subject}", 7.5, "sans", 0.2)
    s.text(48, 70, subject, 15, "sans")
    s.line(48, 80, 564, 80, 0.5, 0.7)
    sender = app.email or f"{app.borrower.first.lower()}@mail.example"
    y = 104
    for label, value in (("From:", f"{app.borrower.first} {app.borrower.last} <{sender}>"),
                         ("Sent:", f"{sent:%A}, {long_date(sent)} {hour}:{minute:02d} PM"), ("To:", to),
                         ("Subject:", subject)):
        s.text(48, y, label, 9.5, "sans-b")
        s.text(100, y, value, 9.5)
        y += 14
    y += 20
    s.text(48, y, "Hello,", 10.5)
    y += 22
    for paragraph in body:
        y = s.wrap(48, y, paragraph, 500, 10.5, leading=14.5) + 8
    s.text(48, y + 6, "Thank you,", 10.5)
    s.text(48, y + 22, f"{app.borrower.first} {app.borrower.last}", 10.5)
    s.text(48, y + 36, app.phone, 10.5)
    s.text(30, 764, "https://mail.example.com/mail/u/0/#inbox?projector=1", 7.5, "sans", 0.2)
    s.text(582, 764, "1/1", 7.5, "sans", 0.2, "r")
    return Doc("hardship_letter", {"letter_date": sent}, [s])


def handwritten_letter(app: Application, when: date, paragraphs: Sequence[str], rng: random.Random) -> Doc:
    """A hardship letter written by hand on ruled notebook paper."""
    s = Sheet()
    for y in range(96, 744, 24):
        s.line(30, y + 3, 582, y + 3, 0.4, 0.72)
    s.line(78, 40, 78, 760, 0.5, 0.6)
    pen = Pen(rng, hand=True, font="pen-serif", gray=0.14)
    pen.write(s, 430, 96, long_date(when), 12)
    pen.write(s, 90, 144, "To the Loss Mitigation Department,", 12)
    pen.write(s, 90, 168, f"Re: my mortgage, loan # {app.loan}", 12)
    y = 216
    for paragraph in paragraphs:
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if line and hp.text_width(trial, "pen-serif", 13.5) > 460:
                pen.write(s, 90, y, line, 12)
                y += 24
                line = word
            else:
                line = trial
        pen.write(s, 90, y, line, 12)
        y += 48
    pen.write(s, 90, y, "Thank you,", 12)
    s.signature(rng, 100, y + 40, 150, 22, gray=0.14)
    pen.write(s, 90, y + 64, app.borrower.name, 12)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def typed_letter(app: Application, when: date, servicer: str, paragraphs: Sequence[str], rng: random.Random) -> Doc:
    """A short typed letter: date on the right, a subject line, both borrowers signing."""
    s = Sheet()
    home = app.mailing or app.address
    s.text(540, 84, long_date(when), 10.5, "sans", align="r")
    y = 84
    names = app.borrower.name + (f" and {app.co_borrower.name}" if app.co_borrower else "")
    for line in (names, home.street, home.last_line):
        s.text(72, y, line, 10.5)
        y += 13.5
    y += 30
    for line in (servicer, "Attn: Homeowner Assistance"):
        s.text(72, y, line, 10.5)
        y += 13.5
    y += 24
    s.text(72, y, f"Subject: Letter of hardship, account {app.loan}", 10.5, "sans-b")
    y += 28
    for paragraph in paragraphs:
        y = s.wrap(72, y, paragraph, 468, 10.5, leading=15) + 10
    s.text(72, y + 10, "Respectfully,", 10.5)
    s.signature(rng, 80, y + 50, 140, 20, gray=0.12)
    s.text(72, y + 66, app.borrower.name, 10.5)
    if app.co_borrower:
        s.text(320, y + 66, app.co_borrower.name, 10.5)
    return Doc("hardship_letter", {"letter_date": when}, [s])


# --- packets ------------------------------------------------------------------------------------------------


@dataclass
class BFile(File):
    """A file as dropped in the inbox; a fax carries the sending machine's header line on every page."""

    header: str = ""  # "{page}" and "{pages}" are filled in per page


def stub_doc(stub: Stub, sheet: Sheet) -> Doc:
    return stub.doc([sheet])


def hourly_stub(rng: random.Random, employer: str, employee: Person, home: Address, frequency: str, pay: Hourly,
                period_end: date, pay_lag: int) -> Stub:
    return hp.make_stub(rng, employer, employee, home, frequency, pay.gross, period_end, pay_lag=pay_lag)


def _saturday_on_or_before(d: date) -> date:
    return d - timedelta(days=(d.weekday() - 5) % 7)




def packet_two_column_scans(seed: int) -> Packet:
    """A servicer form with Borrower / Co-Borrower answer columns, filled by hand and scanned at 200 dpi; two
    bi-weekly "Statement of Earnings and Deductions" stubs with overtime and the co-borrower's unemployment
    determination in a second scan. The files are named by the scanner: the loan number is only inside."""
    rng = random.Random(seed * 7907 + 1)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = hp.person(rng)
    co = hp.person(rng, borrower.last, avoid=[borrower.first])
    home = hp.address(rng)
    employer = rng.choice(hp.EMPLOYERS)
    pay = Hourly(Decimal(rng.randrange(1900, 3300)) / 100, Decimal(80), Decimal(rng.choice([4, 6.5, 8, 10.25])))
    weekly_ui = Decimal(rng.randrange(300, 560))
    ui_monthly = cents(weekly_ui * 52 / 12)
    wages = cents(pay.regular * 26 / 12)  # the borrower writes base pay only
    signed_on = received - timedelta(days=rng.randint(4, 9))
    app = BApplication(loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                       occupancy="primary_residence", hardships=["unemployment", "reduction_in_income"],
                       hardship_start=received - timedelta(days=rng.randint(40, 150)),
                       income_lines=[("wages", wages, "B"), ("unemployment", ui_monthly, "C")], signed=True,
                       signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True,
                       co_signed_on=signed_on, phone=hp.phone(rng),
                       email=f"{borrower.first.lower()}.{borrower.last.lower()[:6]}@mail.example")
    app.facts.update(employer_b=employer, employed_b="Yes", employed_c="No", co_phone=hp.phone(rng),
                     employer_c="")
    servicer = ("Granite Peak Mortgage Servicing",
                "Homeowner Assistance  \u00b7  PO Box 1187  \u00b7  Billings, MT 59103  \u00b7  Fax (406) 555-0172")
    app_doc = Doc("mortgage_assistance_application", {},
                  two_column_form(app, Pen(rng, hand=True, gray=0.18), servicer))
    last_end = _saturday_on_or_before(received - timedelta(days=rng.randint(8, 13)))
    stubs = []
    for end in (last_end - timedelta(days=14), last_end):
        stub = hourly_stub(rng, employer, borrower, home, "biweekly", pay, end, pay_lag=6)
        stubs.append(stub_doc(stub, stub_soed(stub, rng, pay, show_frequency=False)))
    ui = unemployment_determination(co, app.co_ssn4 or "", home, received - timedelta(days=rng.randint(20, 50)),
                                    weekly_ui, rng)
    docs = [app_doc, *stubs, ui]
    scan_a = Scan(200, skew=0.9, noise=0.0012, blur=0.55, paper=240, seed=seed + 101)
    scan_b = Scan(200, skew=-0.7, noise=0.0012, blur=0.5, paper=243, seed=seed + 102)
    files = [BFile("scan0001.pdf", [app_doc], scan_a), BFile("scan0002.pdf", [*stubs, ui], scan_b)]
    return Packet("b1-two-column-form-handfilled-scanner-named-files", received, app, docs, files, loan, [])


def packet_shaded_gig_batch_folder(seed: int) -> Packet:
    """A born-digital form with shaded labels and filled-square choices; a gig courier claims self-employment
    with a platform earnings summary and one two-page bank statement, sends the 4506-C unsigned and explains the
    hardship in an e-mail. Files lie in a loan folder inside a dated batch folder."""
    rng = random.Random(seed * 7907 + 2)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = hp.person(rng)
    home = hp.address(rng)
    month = hp.add_months(received, -1)
    weeks = (hp.month_end(month.year, month.month).day + 6) // 7
    weekly = [Decimal(rng.randrange(52000, 78000)) / 100 for _ in range(weeks)]
    self_emp = cents(sum(weekly, Decimal(0)) * Decimal("0.7"))
    signed_on = received - timedelta(days=rng.randint(3, 8))
    app = BApplication(loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                       occupancy="primary_residence", hardships=["reduction_in_income", "other"],
                       hardship_start=received - timedelta(days=rng.randint(60, 200)),
                       income_lines=[("self_employment", self_emp, "B")], signed=True, signed_on=signed_on,
                       phone=hp.phone(rng), email=f"{borrower.first.lower()}{rng.randint(10, 99)}@post.example",
                       other_hardship_text="Major repair to the car I use for work")
    servicer = ("Lakeshore Home Loan Servicing", "Lakeshore Home Loan Servicing  \u00b7  Loss Mitigation  \u00b7  "
                "PO Box 3300, Racine, WI 53401  \u00b7  lossmit@lakeshore.example")
    app_doc = Doc("mortgage_assistance_application", {},
                  shaded_label_form(app, Pen(rng, typed_font="sans"), servicer, "fill"))
    gig = gig_earnings_summary(borrower, home, month, weekly, rng)
    start = month
    end = hp.month_end(month.year, month.month)
    span = (end - start).days
    deposits = [(7 * i + 8, "SWIFTCART PAYOUT", amount) for i, amount in enumerate(weekly) if 7 * i + 8 <= span]
    st = hp.make_statement(rng, "Harborline National Bank", borrower, home, hp.digits(rng, 4), start, end,
                           Decimal(rng.randrange(30000, 160000)) / 100, deposits, n_debits=22)
    statement = st.doc(statement_harborline(st, per_first_page=16))
    irs = hp.form_4506c(borrower, app.ssn4, home, None, rng, received.year - 1)
    began = app.hardship_start or received
    body = [f"I drive for Swiftcart and my earnings dropped in {began:%B %Y} when the "
            "platform cut delivery pay in our area. At the same time the car I use for work needed a new "
            "transmission, which cost more than a month of income.",
            "I have fallen behind on the mortgage and would like to be considered for a modification or a "
            "payment plan. I attached my earnings summary and my latest bank statement."]
    letter = email_printout(app, signed_on - timedelta(days=1), "Loss Mitigation <lossmit@lakeshore.example>",
                            body, rng)
    docs = [app_doc, gig, statement, irs, letter]
    folder = f"Batch {received:%Y-%m-%d}/{loan}"
    files = [BFile(f"{folder}/Relief request.pdf", [app_doc]), BFile(f"{folder}/Swiftcart summary.pdf", [gig]),
             BFile(f"{folder}/statement.pdf", [statement]), BFile(f"{folder}/form 4506-C.pdf", [irs]),
             BFile(f"{folder}/Mail - Hardship explanation.pdf", [letter])]
    return Packet("b2-shaded-label-form-digital-batch-folder-gig-income", received, app, docs, files, loan,
                  ["income_doc:self_employment", "irs_form_4506c"])


def packet_form710_fax(seed: int) -> Packet:
    """Form 710 typed through its AcroForm, signed and dated by hand, faxed at 150 dpi with a stale Social
    Security award letter, an obituary and one two-page credit union statement whose pages arrive in reverse;
    no separator, no cover sheet."""
    rng = random.Random(seed * 7907 + 3)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10)
    borrower = hp.person(rng)
    spouse = hp.person(rng, borrower.last, avoid=[borrower.first])
    home = hp.address(rng)
    gross = Decimal(rng.randrange(140000, 260000)) / 100
    signed_on = received - timedelta(days=rng.randint(2, 6))
    died = received - timedelta(days=rng.randint(50, 120))
    app = BApplication(loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                       occupancy="primary_residence", hardships=["death"], hardship_start=died,
                       income_lines=[("benefits_taxable", gross, "B")], signed=True, signed_on=signed_on,
                       phone=hp.phone(rng), email="")
    app_doc = Doc("mortgage_assistance_application", {}, pdf=form710_hand_dated(app, rng))
    award = ssa_award_letter(borrower, app.ssn4, home, received - timedelta(days=rng.randint(130, 220)), gross, rng)
    obit = obituary(spouse, borrower, home.city, died, rng)
    month = hp.add_months(received, -1)
    second_wednesday = (2 - month.weekday()) % 7 + 7  # the award letter's pay day, as days after the 1st
    deposits = [(second_wednesday, "SSA TREAS 310 XXSOC SEC", Decimal(int(gross - Decimal("185.00"))))]
    st = hp.make_statement(rng, "Millbrook Federal Credit Union", borrower, home, hp.digits(rng, 4), month,
                           hp.month_end(month.year, month.month), Decimal(rng.randrange(300000, 700000)) / 100,
                           deposits, n_debits=24)
    statement = st.doc(statement_millbrook(st, per_first_page=15))
    statement.delivered_order = [1, 0]
    docs = [app_doc, award, obit, statement]
    fax = Scan(150, skew=0.45, noise=0.003, blur=0.35, fax=True, seed=seed + 301)
    number = f"({rng.randint(201, 989)}) 555-01{rng.randint(10, 99)}"
    sent = f"{received:%b-%d-%Y}".upper() + f" {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}"
    header = sent + f"   FROM: {number}   TO: 18005550188   " + "P.{page:03d}/{pages:03d}"
    # no run of 6+ digits in the name: spec rule 3 would read it as a loan number
    files = [BFile(f"fax {received:%Y-%m-%d} job {rng.randint(100, 9999)}.pdf", [app_doc, award, statement, obit],
                   fax, header=header)]
    return Packet("b3-form710-faxed-150dpi-stale-award-pages-reversed", received, app, docs, files, loan,
                  ["income_doc:benefits_taxable"])


def packet_shaded_handfilled_stale(seed: int) -> Packet:
    """The shaded-label form printed blank and filled by hand with ticks, scanned at 300 dpi; two Pay Advices
    from months ago (stale) and a handwritten hardship letter; loose files named with the loan number."""
    rng = random.Random(seed * 7907 + 4)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 11, 2)
    borrower = hp.person(rng)
    home = hp.address(rng)
    employer = rng.choice(hp.EMPLOYERS)
    pay = Hourly(Decimal(rng.randrange(1700, 2900)) / 100, Decimal(80), Decimal(0))
    wages = cents(pay.gross * 26 / 12)
    signed_on = received - timedelta(days=rng.randint(3, 10))
    app = BApplication(loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                       occupancy="primary_residence", hardships=["disability_or_illness"],
                       hardship_start=received - timedelta(days=rng.randint(100, 180)),
                       income_lines=[("wages", wages, "B")], signed=True, signed_on=signed_on, phone=hp.phone(rng),
                       email="")
    servicer = ("Copperline Loan Servicing", "Copperline Loan Servicing  \u00b7  PO Box 7720, Dothan, AL 36302  "
                "\u00b7  (334) 555-0115")
    app_doc = Doc("mortgage_assistance_application", {},
                  shaded_label_form(app, Pen(rng, hand=True, font="pen-serif", gray=0.16), servicer, "hand"))
    last_end = _saturday_on_or_before(received - timedelta(days=rng.randint(100, 130)))
    stubs = []
    for end in (last_end - timedelta(days=14), last_end):
        stub = hourly_stub(rng, employer, borrower, home, "biweekly", pay, end, pay_lag=6)
        stubs.append(stub_doc(stub, stub_pay_advice(stub, rng, pay)))
    letter = handwritten_letter(app, signed_on, [
        "I am writing because I have been sick and could not keep up with my house payment. I was in the "
        "hospital and then out of work for treatment, and my pay stopped while I was on leave.",
        "I am going back to work part time soon. Please help me with a lower payment so I can keep my home."], rng)
    docs = [app_doc, *stubs, letter]
    files = [BFile(f"Loan No {loan} - application.pdf", [app_doc],
                   Scan(300, skew=-0.5, noise=0.0006, blur=0.6, paper=244, seed=seed + 401)),
             BFile(f"Loan No {loan} - pay advices.pdf", stubs,
                   Scan(200, skew=0.8, noise=0.001, blur=0.5, paper=240, seed=seed + 402)),
             BFile(f"Loan No {loan} - letter.pdf", [letter],
                   Scan(200, skew=-1.0, noise=0.0008, blur=0.5, paper=238, seed=seed + 403))]
    return Packet("b4-shaded-label-form-handfilled-stale-pay-advices", received, app, docs, files, loan,
                  ["income_doc:wages"])


def packet_two_column_combined(seed: int) -> Packet:
    """The two-column form typed into the PDF; the co-borrower is named but never signed. Everything arrives as
    one born-digital PDF: the form, a semi-monthly Statement of Earnings, two consecutive two-page statements
    (child support for the co-borrower), a typed letter."""
    rng = random.Random(seed * 7907 + 5)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10)
    borrower = hp.person(rng)
    co = hp.person(rng, avoid=[borrower.first])
    home = hp.address(rng)
    employer = rng.choice(hp.EMPLOYERS)
    salary = Decimal(rng.randrange(3600, 7400, 25))
    support = Decimal(rng.randrange(350, 1100, 5))
    signed_on = received - timedelta(days=rng.randint(3, 9))
    app = BApplication(loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                       occupancy="primary_residence", hardships=["increase_in_housing_expenses", "disaster"],
                       hardship_start=received - timedelta(days=rng.randint(45, 160)),
                       income_lines=[("wages", salary, "B"), ("other", support, "C")], signed=True,
                       signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=False,
                       co_signed_on=None, phone=hp.phone(rng),
                       email=f"{borrower.last.lower()}.household@home.example")
    app.facts.update(employer_b=employer, employed_b="Yes", employed_c="Yes", co_phone=hp.phone(rng),
                     employer_c=rng.choice([e for e in hp.EMPLOYERS if e != employer]))
    servicer = ("Redwood Crest Loan Servicing",
                "Borrower Assistance  \u00b7  PO Box 5540  \u00b7  Waco, TX 76702  \u00b7  (254) 555-0131")
    app_doc = Doc("mortgage_assistance_application", {}, two_column_form(app, Pen(rng), servicer))
    end = hp._semimonthly_end_before(received - timedelta(days=rng.randint(6, 14)))
    stub = hp.make_stub(rng, employer, borrower, home, "semimonthly", salary / 2, end, pay_lag=0)
    stub_d = stub_doc(stub, stub_soed(stub, rng, None, show_frequency=True))
    last4 = hp.digits(rng, 4)
    balance = Decimal(rng.randrange(50000, 250000)) / 100
    statements = []
    for back in (2, 1):
        month = hp.add_months(received, -back)
        net = cents(salary / 2 * Decimal("0.76"))
        deposits = [(rng.randint(2, 5), "CHILD SUPPORT STATE DISB", support),
                    (14, f"PAYROLL {employer.upper()[:16]}", net), (29, f"PAYROLL {employer.upper()[:16]}", net)]
        st = hp.make_statement(rng, "Harborline National Bank", borrower, home, last4, month,
                               hp.month_end(month.year, month.month), balance, deposits, n_debits=20)
        statements.append(st.doc(statement_harborline(st, joint=co, per_first_page=14)))
        balance = st.ending
    letter = typed_letter(app, signed_on, servicer[0], [
        "Our property taxes and homeowner's insurance went up sharply after the county reassessment, and "
        "a hailstorm this spring damaged the roof, so our escrow payment rose while we paid the deductible.",
        "We are asking for a modification so that the payment fits our income again. Our pay stub and "
        "bank statements are enclosed."], rng)
    docs = [app_doc, stub_d, *statements, letter]
    files = [BFile(f"{loan}_assistance_package.pdf", [app_doc, stub_d, *statements, letter])]
    return Packet("b5-two-column-form-typed-combined-pdf-co-borrower-unsigned", received, app, docs, files, loan,
                  ["application_signature"])


def packet_shaded_ticks_rental(seed: int) -> Packet:
    """The shaded-label form typed with check-mark boxes, for an investment property; a Pay Advice, two
    consecutive credit union statements with the rent deposits, a signed 4506-C scanned; statements and the
    pay advice carry no loan number, in their names or inside. Complete."""
    rng = random.Random(seed * 7907 + 6)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 3)
    borrower = hp.person(rng)
    home = hp.address(rng)
    lives = hp.address(rng)
    employer = rng.choice(hp.EMPLOYERS)
    salary = Decimal(rng.randrange(3000, 6200, 50))
    rent = Decimal(rng.randrange(850, 1900, 25))
    signed_on = received - timedelta(days=rng.randint(3, 9))
    app = BApplication(loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                       occupancy="investment_property", hardships=["reduction_in_income"],
                       hardship_start=received - timedelta(days=rng.randint(60, 240)),
                       income_lines=[("wages", salary, "B"), ("rental", rent, "B")], signed=True,
                       signed_on=signed_on, phone=hp.phone(rng),
                       email=f"{borrower.first[0].lower()}{borrower.last.lower()}@web.example", mailing=lives)
    servicer = ("Bayfront Mortgage Company", "Bayfront Mortgage Company  \u00b7  Homeowner Solutions  \u00b7  "
                "PO Box 9012, Lakeland, FL 33802")
    app_doc = Doc("mortgage_assistance_application", {},
                  shaded_label_form(app, Pen(rng, typed_font="mono"), servicer, "tick"))
    end = hp._semimonthly_end_before(received - timedelta(days=rng.randint(5, 12)))
    stub = hp.make_stub(rng, employer, borrower, lives, "semimonthly", salary / 2, end, pay_lag=5)
    if stub.pay_date > received:
        stub = replace(stub, pay_date=received - timedelta(days=1))
    stub_d = stub_doc(stub, stub_pay_advice(stub, rng, None))
    last4 = hp.digits(rng, 4)
    balance = Decimal(rng.randrange(60000, 300000)) / 100
    statements = []
    for back in (2, 1):
        month = hp.add_months(received, -back)
        net = cents(salary / 2 * Decimal("0.77"))
        deposits = [(rng.randint(1, 4), "RENT PAYMENT ZELLE", rent), (14, "DIRECT DEPOSIT PAYROLL", net),
                    (29, "DIRECT DEPOSIT PAYROLL", net)]
        st = hp.make_statement(rng, "Millbrook Federal Credit Union", borrower, lives, last4, month,
                               hp.month_end(month.year, month.month), balance, deposits, n_debits=21)
        statements.append(st.doc(statement_millbrook(st)))
        balance = st.ending
    irs = hp.form_4506c(borrower, app.ssn4, lives, signed_on, rng, received.year - 1)
    docs = [app_doc, stub_d, *statements, irs]
    files = [BFile(f"MAA_{loan}.pdf", [app_doc]), BFile(f"PayAdvice_{stub.pay_date:%m%d}.pdf", [stub_d]),
             *(BFile(f"eStatement_{d.fields['period_end']:%Y-%m}.pdf", [d]) for d in statements),
             BFile(f"{loan} 4506-C.pdf", [irs], Scan(200, skew=1.1, noise=0.001, blur=0.5, paper=240,
                                                      seed=seed + 601))]
    return Packet("b6-shaded-label-form-ticks-rental-complete", received, app, docs, files, loan, [])


PACKETS = (packet_two_column_scans, packet_shaded_gig_batch_folder, packet_form710_fax,
           packet_shaded_handfilled_stale, packet_two_column_combined, packet_shaded_ticks_rental)


# --- writing ------------------------------------------------------------------------------------------------


def _fax_header(image: Image.Image, text: str, dpi: int) -> Image.Image:
    """The sending machine prints its line straight across the top of every page it transmits."""
    page = image.convert("L")
    draw = ImageDraw.Draw(page)
    size = round(8 * dpi / 72)
    draw.rectangle([0, 0, page.width, round(0.2 * dpi)], fill=255)
    draw.text((round(0.3 * dpi), round(0.06 * dpi)), text, fill=0, font=hp._pil_font("mono", size))
    return page.point(lambda v: 255 if v > 150 else 0).convert("1")


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """Render every file into root/<packet>/inbox and return the expected report."""
    folder = root / packet.name
    shutil.rmtree(folder, ignore_errors=True)
    pages: dict[int, list[tuple[str, int]]] = {}
    for file in packet.files:
        target = folder / "inbox" / file.name
        target.parent.mkdir(parents=True, exist_ok=True)
        images: list[Image.Image] = []
        parts: list[bytes] = []
        number = 0
        front: Image.Image | None = None  # the sheet before: a blank back may show its ink through
        for doc in file.parts:
            order = doc.delivered_order or list(range(doc.page_count))
            if file.scan is None:
                if doc.delivered_order:
                    raise ValueError("only scanned pages are delivered out of order")
                parts.append(doc.digital())
            else:
                rendered = doc.images(file.scan.dpi)
                if front is not None and hasattr(doc, "seen_through"):
                    rendered = [doc.seen_through(front)]
                images += [hp.scanned(rendered[own], file.scan, page=len(images)) for own in order]
                front = rendered[order[-1]]
            placed = {own: number + i + 1 for i, own in enumerate(order)}
            number += len(order)
            if doc.listed:
                pages[id(doc)] = [(file.name, placed[own]) for own in sorted(placed)]
        if file.scan is None:
            target.write_bytes(parts[0] if len(parts) == 1 else pf.concat_pdfs(parts))
        else:
            header = getattr(file, "header", "")
            if header:
                images = [_fax_header(img, header.format(page=i, pages=len(images)), file.scan.dpi)
                          for i, img in enumerate(images, start=1)]
            pf.images_pdf(images, file.scan.dpi, target)
    return hp.write_expected(packet, folder, pages)


# --- self-check: every expected value is printed on its document ----------------------------------------------


def _renderings(name: str, value: Any) -> list[str]:
    """The ways a value may be printed; the check passes when any of them is on the page."""
    if isinstance(value, date):
        return [value.strftime(f) for f in ("%m/%d/%Y", "%m/%d/%y", "%m-%d", "%Y-%m-%d")] + [
            long_date(value), value.strftime("%-m/%-d/%Y"), f"{value.month}/{value.day}/{value:%y}"]
    if isinstance(value, Decimal):
        return [money(value)]
    if name == "frequency":
        return [{"weekly": "weekly", "biweekly": "bi-weekly", "semimonthly": "semi-monthly",
                 "monthly": "monthly"}[value], "(inferred from the period)"]
    if name == "benefit_type":
        return ["unemployment" if value == "unemployment" else "social security", "ssi", "pension"]
    if isinstance(value, bool):
        return ["(flag)"]
    return [str(value)]


def _texts(sheets: Iterable[Sheet]) -> str:
    return "\n".join(op[3] for sheet in sheets for op in sheet.ops if op[0] == "text").lower()


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """Values of expected.json that are not printed on their document (inferred ones are let through)."""
    problems = []
    flagged = ("(inferred from the period)", "(flag)")
    for doc, want in zip(packet.docs, expected["documents"], strict=True):
        if doc.pdf is not None or not doc.fields:
            continue
        text = _texts(doc.sheets)
        for name, value in doc.fields.items():
            if value is None or name == "monthly_gross":
                continue
            options = _renderings(name, value)
            if not any(o.lower() in text for o in options) and not any(o in flagged for o in options):
                problems.append(f"{want['id']} {doc.type}.{name}={value!r} not printed")
    app_doc = next(d for d in packet.docs if d.type == "mortgage_assistance_application")
    if app_doc.pdf is None and packet.app:
        text = _texts(app_doc.sheets)
        app = packet.app
        wanted = [app.loan, app.borrower.name, app.ssn4, app.address.street, app.address.city,
                  *(money(app.income(c)) for c in app.claimed), money(app.total)]
        if app.co_borrower:
            wanted.append(app.co_borrower.name)
        wanted += [d.strftime("%m/%d/%Y") for d in (app.hardship_start, app.signed_on, app.co_signed_on) if d]
        problems += [f"application value {w!r} not printed" for w in wanted if w.lower() not in text]
    return problems


def run(description: str, packets: Sequence[Any], default_seed: int,
        write: Any = None, check_packet: Any = None) -> None:
    """The holdout generators' command line: write every packet, print what its report should say, and
    with --check confirm that each expected value is printed on its document."""
    write, check_packet = write or write_packet, check_packet or check
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", type=Path, help="folder to write the packets into")
    parser.add_argument("--seed", type=int, default=default_seed,
                        help=f"changes names, amounts and dates (default {default_seed})")
    parser.add_argument("--check", action="store_true", help="confirm every expected value is on its page")
    args = parser.parse_args()
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    args.out.mkdir(parents=True, exist_ok=True)
    failed = False
    for build in packets:
        packet = build(args.seed)
        expected = write(packet, args.out)
        page_total = sum(len(d["pages"]) for d in expected["documents"])
        print(f"{packet.name}: received {expected['received_on']}, {expected['status']}"
              f"{' ' + ', '.join(expected['missing']) if expected['missing'] else ''}; "
              f"{len(expected['documents'])} documents, {page_total} listed pages")
        if args.check:
            for problem in check_packet(packet, expected):
                failed = True
                print(f"    {problem}")
    if failed:
        sys.exit(1)


def main() -> None:
    run(__doc__.splitlines()[0], PACKETS, 1710)


if __name__ == "__main__":
    main()
