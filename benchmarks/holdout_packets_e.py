"""A fifth holdout set of borrower packets (e1..e5), laid out unlike the shared samples and unlike the h, b, c and
d sets, to gauge honestly how the service reads layouts nobody tuned it to.

    python benchmarks/holdout_packets_e.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a
servicer's "Homeowner Relief Questionnaire" whose answers follow labels on dot leaders, occupancy asked as three
Yes/No questions, hardship reasons in their own wording and order marked on "___" blanks, income in a
"Borrower | Co-Borrower" table and "X____" signature lines (typed in the PDF, typed then signed in pen and
faxed, or filled by hand); a second servicer's "Mortgage Hardship Worksheet" written as sentences with blanks
("My name is ____") and YES / NO answers circled by hand; a hospital's "Direct Deposit Advice" (bi-weekly, shift
differentials, NON-NEGOTIABLE) and a weekly "Pay Statement" with Regular / Overtime / Holiday rows and "This
Period" / "Year to Date"; a credit union's statement holding a Share Savings and a Checking section under one
member number (the checking account, where the income lands, is the statement's account) and an online bank's
statement printed from the browser with its header and footer lines; a union pension fund's retiree benefit
statement, a court's order for child support (an "other" document; the statements carry that income) and a
hardship letter printed from a webmail conversation view. Delivered as a phone photo saved as PDF (perspective
tilt, uneven light, off-white paper on a dark table), a JPEG-compressed grayscale combined scan, a 200 dpi fax
with its header line, loose files with unhelpful scanner names and with hostile but legal names, and a loan
folder.

The people, drawing primitives, scanning, writing, `--check` and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's, holdout_packets_b.py's and holdout_packets_c.py's, so
expected status and missing codes follow from the values drawn.
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_c as hc
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_b import BFile, Pen
from holdout_packets_c import CApplication

# --- the answers: income in a Borrower and a Co-Borrower column -------------------------------------------------


@dataclass
class EApplication(CApplication):
    """The answers; `rows` holds every written income cell ("wages|B", "other|C"), so the self-check finds each."""


def e_app(cells: dict[tuple[str, str], Decimal], **answers: Any) -> EApplication:
    """cells: (income code, "B" or "C") -> monthly amount as written in that column."""
    lines = [(code, amount, whose) for (code, whose), amount in cells.items() if amount]
    return EApplication(income_lines=lines, rows={f"{c}|{w}": a for (c, w), a in cells.items() if a}, **answers)


def _slash(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


# --- application A: a questionnaire on dot leaders --------------------------------------------------------------

QUESTIONNAIRE_HARDSHIPS = [
    ("disability_or_illness", "I, a co-borrower or a dependent became seriously ill, injured or disabled"),
    ("reduction_in_income", "Our household earns less than before (fewer hours, lower pay, lost overtime)"),
    ("unemployment", "Someone on the loan lost a job and is not working now"),
    ("death", "A borrower or a person whose income paid the mortgage passed away"),
    ("increase_in_housing_expenses", "Taxes, insurance or HOA dues went up and raised my payment"),
    ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Co-owners who are not married to each other have split up"),
    ("relocation", "My employer moved me to a job far from the home"),
    ("disaster", "Fire, flood, storm or another disaster hit the home or my work"),
    ("other", "Something else (tell us in question 17)"),
]
QUESTIONNAIRE_INCOME = [
    ("wages", "Wages, salary, overtime, tips"), ("self_employment", "Self-employment (after expenses)"),
    ("unemployment", "Unemployment compensation"), ("benefits_taxable", "Social Security, pension, disability"),
    ("benefits_nontaxable", "Non-taxable SSI / VA / disability"), ("rental", "Rents received"),
    ("investment", "Interest, dividends, annuities"), ("other", "Child support, alimony, other"),
]
OCCUPANCY_QUESTIONS = [("primary_residence", "Do you live in this home as your main residence?"),
                       ("second_home", "Is it a second home or a vacation home?"),
                       ("investment_property", "Is it rented out to tenants?")]


def questionnaire(app: EApplication, servicer: tuple[str, str], fill: str, rng: random.Random) -> list[Sheet]:
    """Bayside's two-page questionnaire: every answer follows its label on a row of dot leaders.

    fill "typed": typed into the PDF and signed with a drawn signature; "typed-ink": typed, printed, then signed
    and dated in pen; "hand": printed blank and filled in by hand."""
    name, contact = servicer
    typed = fill != "hand"
    pen = Pen(rng, hand=not typed, gray=0.12, typed_font="mono")
    ink = Pen(rng, hand=True, gray=0.1)
    when = us if typed else _slash
    p1, p2 = Sheet(), Sheet()
    for sheet, page in ((p1, 1), (p2, 2)):
        sheet.text(50, 50, name, 14, "serif-b")
        sheet.text(50, 62, contact, 8, "serif", 0.3)
        sheet.text(562, 50, "HOMEOWNER RELIEF QUESTIONNAIRE", 11, "serif-b", 0.0, "r")
        sheet.text(562, 62, f"Form HRQ-2 (03/2025)  -  sheet {page} of 2", 8, "serif", 0.3, "r")
        sheet.line(50, 70, 562, 70, 1.6)
        sheet.line(50, 73, 562, 73, 0.4)

    def leader(sheet: Sheet, y: float, label: str, value: str, x: float = 60, x_answer: float = 300,
               x_end: float = 562) -> None:
        sheet.text(x, y, label, 9.5, "serif")
        dots_from = x + hp.text_width(label, "serif", 9.5) + 3
        count = int((x_answer - 6 - dots_from) / hp.text_width(". ", "serif", 9.5))
        sheet.text(dots_from, y, ". " * max(count, 2), 9.5, "serif", 0.4)
        pen.write(sheet, x_answer, y, value, 10, fit=x_end - x_answer)

    def heading(sheet: Sheet, y: float, title: str) -> float:
        sheet.text(50, y, title, 10.5, "serif-b")
        sheet.line(50, y + 4, 562, y + 4, 0.5, 0.5)
        return y + 20

    def mark(sheet: Sheet, x: float, y: float, chosen: bool) -> None:
        """A "____" blank; an X typed or written on it when chosen."""
        sheet.line(x, y + 2, x + 22, y + 2, 0.6)
        if chosen:
            pen.write(sheet, x + 7, y, "X", 10)

    def yes_no(sheet: Sheet, y: float, question: str, answer: bool | None) -> None:
        sheet.text(60, y, question, 9.5, "serif")
        dots_from = 60 + hp.text_width(question, "serif", 9.5) + 3
        sheet.text(dots_from, y, ". " * max(2, int((430 - dots_from) / hp.text_width(". ", "serif", 9.5))), 9.5,
                   "serif", 0.4)
        mark(sheet, 440, y, answer is True)
        sheet.text(465, y, "Yes", 9.5, "serif")
        mark(sheet, 500, y, answer is False)
        sheet.text(525, y, "No", 9.5, "serif")

    co = app.co_borrower
    p1.wrap(50, 92, "Answer every question on the dotted lines. Mark your answers with an X on the blank. Give "
            "monthly amounts before taxes. Return both sheets, signed, with your documents.", 512, 8.5, "serif-i",
            11, 0.2)
    y = 126
    leader(p1, y, "1. Loan number", app.loan)
    y = heading(p1, y + 24, "I.  THE PEOPLE ON THE LOAN")
    for label, value in (("2. Borrower's name", app.borrower.name), ("3. Borrower's SSN, last four digits only",
                                                                      app.ssn4),
                         ("4. Daytime phone", app.phone), ("5. E-mail", app.email),
                         ("6. Co-borrower's name (if any)", co.name if co else ""),
                         ("7. Co-borrower's SSN, last four digits only", app.co_ssn4 or "")):
        leader(p1, y, label, value)
        y += 18
    y = heading(p1, y + 6, "II.  THE HOME")
    leader(p1, y, "8. Street address of the home", app.address.street)
    leader(p1, y + 18, "9. City, state and ZIP code", app.address.last_line)
    leader(p1, y + 36, "10. Mailing address, if not the home", app.mailing.one_line if app.mailing else "")
    y += 56
    for i, (code, question) in enumerate(OCCUPANCY_QUESTIONS, start=11):
        yes_no(p1, y, f"{i}. {question}", None if not app.occupancy else app.occupancy == code)
        y += 18
    yes_no(p1, y, "14. Is the home listed for sale?", False)
    y = heading(p1, y + 26, "III.  WHAT HAPPENED")
    p1.text(60, y, "15. Mark every line that describes your situation:", 9.5, "serif")
    y += 17
    for code, label in QUESTIONNAIRE_HARDSHIPS:
        mark(p1, 72, y, code in app.hardships)
        p1.text(100, y, label, 9.5, "serif")
        y += 16
    y += 4
    leader(p1, y, "16. When did it start? (month/day/year)",
           when(app.hardship_start) if app.hardship_start else "")
    leader(p1, y + 18, "17. Tell us more", app.other_hardship_text or app.facts.get("story", ""), x_answer=160)

    y = heading(p2, 100, "IV.  MONTHLY INCOME BEFORE TAXES")
    p2.text(60, y, "18. Write each person's gross monthly amount in that person's column.", 9.5, "serif")
    y += 12
    p2.rect(60, y, 502, 18, stroke=0.0, fill=0.9)
    p2.text(66, y + 12.5, "Source of income", 9, "serif-b")
    p2.text(450, y + 12.5, "Borrower", 9, "serif-b", align="r")
    p2.text(552, y + 12.5, "Co-Borrower", 9, "serif-b", align="r")
    y += 18
    for code, label in QUESTIONNAIRE_INCOME:
        p2.rect(60, y, 502, 18, width=0.4)
        p2.line(356, y, 356, y + 18, 0.4)
        p2.line(460, y, 460, y + 18, 0.4)
        p2.text(66, y + 12.5, label, 9.5, "serif")
        for whose, right in (("B", 450), ("C", 552)):
            amount = app.rows.get(f"{code}|{whose}")
            if amount:
                pen.write(p2, right if typed else right - 80, y + 13, f"${money(amount)}", 10, "r" if typed else "l")
        y += 18
    p2.rect(60, y, 502, 20, width=1.2)
    p2.text(66, y + 14, "Total monthly household income (both columns)", 9.5, "serif-b")
    pen.write(p2, 552 if typed else 472, y + 14.5, f"${money(app.total)}", 10.5, "r" if typed else "l")
    y = heading(p2, y + 48, "V.  MONTHLY HOUSING COSTS")
    leader(p2, y, "19. Mortgage payment (principal, interest, escrow)", app.facts.get("mortgage", ""), x_answer=340)
    leader(p2, y + 18, "20. HOA or condominium dues", "", x_answer=340)
    y = heading(p2, y + 46, "VI.  CERTIFICATION")
    for paragraph in (
            "I certify that the answers above are true and complete and that the hardship I described has made it "
            "hard for me to pay my mortgage. I understand that false statements may be a federal crime.",
            "I allow the servicer to check my credit and to verify my income, employment and documents, and to "
            "share them with the owner of my loan and any housing counselor I name."):
        y = p2.wrap(60, y, paragraph, 500, 9, "serif", 12) + 6
    y += 40
    for who, signed, on in (("Borrower", app.signed, app.signed_on), ("Co-Borrower", app.co_signed, app.co_signed_on)):
        p2.text(60, y, "X", 14, "serif-b")
        p2.line(72, y + 2, 330, y + 2, 0.7)
        p2.text(372, y, "Date", 9, "serif")
        p2.line(398, y + 2, 540, y + 2, 0.7)
        p2.text(72, y + 13, f"{who} signature", 8, "serif", 0.3)
        if who == "Co-Borrower" and co is None:
            y += 54
            continue
        if signed:
            p2.signature(rng, 96, y - 1, 170, 22, gray=0.1)
        if on:
            (ink if fill == "typed-ink" else pen).write(p2, 404, y - 1, us(on) if fill == "typed" else _slash(on), 10.5)
        y += 54
    return [p1, p2]


# --- application B: a worksheet of sentences with blanks, YES / NO circled -----------------------------------------

WORKSHEET_HARDSHIPS = [
    ("unemployment", "Lost a job"), ("reduction_in_income", "Pay cut or fewer hours"),
    ("increase_in_housing_expenses", "Higher taxes, insurance or dues"),
    ("disaster", "Storm, fire, flood or other disaster"),
    ("disability_or_illness", "Illness, injury or disability"),
    ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Split with an unmarried co-owner"), ("death", "Death of a borrower or earner"),
    ("relocation", "Moved away for work"), ("other", "Another reason (question 10)"),
]
WORKSHEET_INCOME = [
    ("wages|B", "Pay from my job(s)"), ("wages|C", "Pay from the other borrower's job(s)"),
    ("self_employment|B", "My own business, after expenses"), ("unemployment|B", "Unemployment benefits"),
    ("benefits_taxable|B", "Social Security, pension or disability"),
    ("benefits_nontaxable|B", "SSI or VA benefits (not taxed)"), ("rental|B", "Rent paid by tenants"),
    ("investment|B", "Interest or dividends"), ("other|B", "Child support or alimony received"),
    ("other|C", "Anything else"),
]


def _circle(sheet: Sheet, rng: random.Random, cx: float, cy: float, rx: float, ry: float) -> None:
    """A pen loop around a word: an ellipse drawn in one stroke that overshoots where it started."""
    start = rng.uniform(0, math.pi)
    points = [(cx + rx * (1 + 0.06 * math.sin(5 * t)) * math.cos(start + t),
               cy + ry * (1 + 0.08 * math.cos(4 * t)) * math.sin(start + t))
              for t in (k * 2.25 * math.pi / 40 for k in range(41))]
    sheet.path(points, width=1.1, gray=0.15)


def worksheet(app: EApplication, servicer: tuple[str, str], rng: random.Random) -> list[Sheet]:
    """Granite Peak's worksheet printed blank and filled in by hand: answers on blanks inside sentences,
    YES or NO circled for each question, "X____" lines to sign."""
    name, contact = servicer
    pen = Pen(rng, hand=True, gray=0.13)
    p1, p2 = Sheet(), Sheet()
    for sheet, page in ((p1, 1), (p2, 2)):
        sheet.rect(48, 40, 516, 40, width=1.4)
        sheet.text(60, 58, name.upper(), 13, "sans-b")
        sheet.text(60, 71, contact, 7.5, "sans", 0.3)
        sheet.text(552, 58, "Mortgage Hardship Worksheet", 12, "sans-b", 0.0, "r")
        sheet.text(552, 71, f"GPH-WS 7/24   page {page}/2", 7.5, "sans", 0.3, "r")

    def blank(sheet: Sheet, x: float, y: float, w: float, value: str, size: float = 11) -> float:
        sheet.line(x, y + 2.5, x + w, y + 2.5, 0.6)
        pen.write(sheet, x + 4, y - 1, value, size, fit=w - 6)
        return x + w + 4

    def words(sheet: Sheet, x: float, y: float, s: str) -> float:
        sheet.text(x, y, s, 10)
        return x + hp.text_width(s, "sans", 10) + 4

    def circled(sheet: Sheet, x: float, y: float, answer: bool | None) -> None:
        sheet.text(x, y, "YES", 9.5, "sans-b")
        sheet.text(x + 38, y, "NO", 9.5, "sans-b")
        if answer is not None:
            cx = x + (9.5 if answer else 45)
            _circle(sheet, rng, cx + rng.uniform(-1, 1), y - 3.5 + rng.uniform(-1, 1), 14, 8.5)

    co = app.co_borrower
    p1.wrap(48, 100, "Please print. Fill in every blank; write NONE where something does not apply. Circle YES or "
            "NO for each question. Sign page 2.", 516, 9, "sans-i", 12, 0.25)
    y = 140
    x = words(p1, 48, y, "1.  My name is")
    x = blank(p1, x, y, 220, app.borrower.name)
    x = words(p1, x, y, "and my SSN ends in")
    blank(p1, x, y, 60, app.ssn4)
    y += 28
    x = words(p1, 48, y, "2.  The other borrower on my loan is")
    x = blank(p1, x, y, 190, co.name if co else "NONE")
    x = words(p1, x, y, "SSN ends in")
    blank(p1, x, y, 58, app.co_ssn4 or ("NONE" if co is None else ""))
    y += 28
    x = words(p1, 48, y, "3.  My loan number is")
    x = blank(p1, x, y, 140, app.loan)
    x = words(p1, x, y, "and my phone is")
    blank(p1, x, y, 564 - x, app.phone)
    y += 28
    x = words(p1, 48, y, "4.  The home is at")
    blank(p1, x, y, 564 - x, app.address.street)
    p1.text(x + 4, y + 12, "(number and street)", 7, "sans", 0.4)
    y += 32
    x = blank(p1, 70, y, 200, app.address.city)
    x = blank(p1, x + 6, y, 50, app.address.state)
    blank(p1, x + 6, y, 90, app.address.zip)
    for lx, label in ((74, "(city)"), (280, "(state)"), (340, "(ZIP)")):
        p1.text(lx, y + 12, label, 7, "sans", 0.4)
    y += 34
    for i, (code, question) in enumerate((("primary_residence", "I live in this home."),
                                          ("second_home", "It is a second home I use part of the year."),
                                          ("investment_property", "I rent it out to someone else.")), start=5):
        words(p1, 48, y, f"{i}.  {question}")
        circled(p1, 420, y, None if not app.occupancy else app.occupancy == code)
        y += 24
    y += 6
    words(p1, 48, y, "8.  Did any of these happen to you? Circle YES or NO for each one.")
    y += 22
    for i, (code, label) in enumerate(WORKSHEET_HARDSHIPS):
        cx = 66 if i % 2 == 0 else 318
        cy = y + (i // 2) * 24
        p1.text(cx, cy, label, 9.5)
        circled(p1, cx + 170, cy, code in app.hardships if app.hardships else None)
    y += 5 * 24 + 10
    x = words(p1, 48, y, "9.  This started on")
    x = blank(p1, x, y, 120, _slash(app.hardship_start) if app.hardship_start else "")
    words(p1, x, y, "(date)")
    y += 28
    x = words(p1, 48, y, "10. If another reason, what happened:")
    blank(p1, x, y, 564 - x, app.other_hardship_text)
    y += 22
    blank(p1, 70, y, 494, app.facts.get("story", ""))

    y = 112
    words(p2, 48, y, "11. Money coming in each month, before taxes:")
    y += 26
    for key, label in WORKSHEET_INCOME:
        p2.text(76, y, label, 10)
        p2.text(380, y, "$", 10)
        amount = app.rows.get(key)
        blank(p2, 388, y, 130, money(amount) if amount else "")
        p2.text(524, y, "a month", 8, "sans", 0.4)
        y += 24
    p2.text(76, y + 4, "TOTAL of all lines above", 10, "sans-b")
    p2.text(380, y + 4, "$", 10, "sans-b")
    blank(p2, 388, y + 4, 130, money(app.total))
    y += 44
    words(p2, 48, y, "12. My monthly mortgage payment is about $")
    blank(p2, 300, y, 100, app.facts.get("mortgage", "").lstrip("$"))
    y += 40
    p2.text(48, y, "PLEASE READ BEFORE YOU SIGN", 10, "sans-b")
    y = p2.wrap(48, y + 16, "By signing I say that what I wrote here is true, that the hardship I described is why I "
                "need help with my payments, and that you may check my credit, my income and the papers I send. I "
                "know that lying on this worksheet can be a federal crime.", 516, 9.5, "sans", 13)
    y += 40
    for who, signed, on in (("Borrower", app.signed, app.signed_on), ("Other borrower", app.co_signed,
                                                                      app.co_signed_on)):
        p2.text(48, y, "X", 15, "sans-b")
        p2.line(62, y + 2, 330, y + 2, 0.7)
        p2.text(62, y + 13, who, 7.5, "sans", 0.35)
        p2.text(360, y, "Date", 9.5)
        p2.line(388, y + 2, 540, y + 2, 0.7)
        if who == "Other borrower" and co is None:
            pen.write(p2, 120, y - 2, "NONE", 11)
        else:
            if signed:
                p2.signature(rng, 88, y, 170, 22, gray=0.12)
            if on:
                pen.write(p2, 394, y - 1, _slash(on), 11)
        y += 56
    return [p1, p2]


# --- pay stubs --------------------------------------------------------------------------------------------------


@dataclass
class EarningLine:
    label: str
    hours: Decimal
    rate: Decimal

    @property
    def amount(self) -> Decimal:
        return cents(self.hours * self.rate)


def stub_for(rng: random.Random, employer: str, employee: Person, home: Address, frequency: str,
             lines: Sequence[EarningLine], period_end: date, pay_lag: int, received: date) -> Stub:
    """A stub whose gross is the sum of its earnings lines, paid no later than the day before it was received."""
    gross = sum((line.amount for line in lines), Decimal(0))
    stub = hp.make_stub(rng, employer, employee, home, frequency, gross, period_end, pay_lag=pay_lag)
    return hc._not_after(stub, received - timedelta(days=1))


def stub_hospital(stub: Stub, lines: Sequence[EarningLine], rng: random.Random) -> Sheet:
    """A hospital's "Direct Deposit Advice": advice facts in a two-column grid, earnings with shift differentials,
    taxes and deductions side by side, the deposit distribution and NON-NEGOTIABLE across the foot."""
    s = Sheet()
    periods = stub.ytd_gross / stub.gross if stub.ytd_gross else Decimal(1)
    s.rect(36, 36, 540, 58, width=1.0)
    s.circle(66, 65, 16, 1.4)
    s.text(66, 70.5, "+", 18, "sans-b", align="c")
    s.text(92, 60, stub.employer, 13, "serif-b")
    s.text(92, 74, f"Payroll Services  |  {stub.employer_address.street}, {stub.employer_address.last_line}", 7.5,
           "sans", 0.3)
    s.text(566, 58, "DIRECT DEPOSIT ADVICE", 12, "sans-b", 0.0, "r")
    s.text(566, 74, "NON-NEGOTIABLE", 9, "sans-b", 0.45, "r")
    facts_l = [("Employee Name", stub.employee.name), ("Employee No.", f"E{rng.randint(10000, 99999)}"),
               ("Department", rng.choice(["4 North Med-Surg", "Emergency Dept", "Imaging Services", "Central Supply"])),
               ("Job Title", rng.choice(["Registered Nurse II", "Patient Care Tech", "Radiology Tech", "Unit Clerk"]))]
    facts_r = [("Advice Date", us(stub.pay_date)), ("Period Begin", us(stub.period_start)),
               ("Period End", us(stub.period_end)), ("Advice No.", f"DD{rng.randint(10000, 99999)}")]
    y = 112
    for (ll, lv), (rl, rv) in zip(facts_l, facts_r, strict=True):
        s.text(40, y, ll, 8, "sans-b", 0.35)
        s.text(120, y, lv, 9)
        s.text(340, y, rl, 8, "sans-b", 0.35)
        s.text(420, y, rv, 9)
        y += 13
    s.text(40, y + 4, f"{stub.employee_address.street}, {stub.employee_address.last_line}", 8, "sans", 0.3)

    def table(x: float, y: float, w: float, title: str, heads: Sequence[tuple[float, str]],
              rows: Sequence[Sequence[str]], total: Sequence[str] | None = None) -> float:
        s.rect(x, y, w, 14, stroke=None, fill=0.2)
        s.text(x + 4, y + 10, title, 8.5, "sans-b", 1.0)
        y += 26
        for dx, label in heads:
            s.text(x + dx, y, label, 7.5, "sans-b", 0.3, "l" if dx < 20 else "r")
        s.line(x, y + 3, x + w, y + 3, 0.4, 0.5)
        y += 14
        for row in rows:
            for (dx, _), value in zip(heads, row, strict=True):
                s.text(x + dx, y, value, 8.5, "sans", 0.0, "l" if dx < 20 else "r")
            y += 12
        if total:
            s.line(x, y - 8, x + w, y - 8, 0.4)
            for (dx, _), value in zip(heads, total, strict=True):
                s.text(x + dx, y + 2, value, 8.5, "sans-b", 0.0, "l" if dx < 20 else "r")
            y += 14
        return y + 8

    earn_rows = [[line.label, f"{line.hours:.2f}", f"{line.rate:.4f}", money(line.amount),
                  money(line.amount * periods) if stub.ytd_gross else ""] for line in lines]
    y = table(36, 180, 540, "EARNINGS", [(4, "Description"), (230, "Hours"), (310, "Rate"), (420, "Current"),
                                         (530, "Year-To-Date")], earn_rows,
              ["Gross Pay", f"{sum((ln.hours for ln in lines if 'Diff' not in ln.label), Decimal(0)):.2f}", "",
               money(stub.gross),
               money(stub.ytd_gross) if stub.ytd_gross else ""])
    taxes, other = stub.deductions[:-1], stub.deductions[-1:]
    heads = [(4, "Description"), (180, "Current"), (262, "YTD")]
    bottom = table(36, y, 266, "TAXES", heads, [[label, money(c), money(t) if stub.ytd_gross else ""]
                                                for label, c, t in taxes])
    table(310, y, 266, "DEDUCTIONS", heads, [[label, money(c), money(t) if stub.ytd_gross else ""]
                                             for label, c, t in other])
    y = bottom + 10
    s.rect(36, y, 540, 40, width=0.8)
    tax_total = sum((c for _, c, _ in taxes), Decimal(0))
    for i, (label, value) in enumerate((("Gross Pay", stub.gross), ("Taxes", tax_total),
                                        ("Deductions", other[0][1]), ("Net Pay", stub.net))):
        x = 36 + i * 135
        s.text(x + 8, y + 14, label, 8, "sans-b", 0.35)
        s.text(x + 127, y + 32, money(value), 11, "sans-b" if label == "Net Pay" else "sans", 0.0, "r")
    y += 66
    s.text(40, y, "NET PAY DISTRIBUTION", 8.5, "sans-b")
    s.text(40, y + 14, "Checking", 8.5)
    s.text(160, y + 14, f"Acct xxxxxx{rng.randint(1000, 9999)}", 8.5)
    s.text(566, y + 14, money(stub.net), 8.5, align="r")
    s.text(40, y + 40, f"Accrued PTO hours: {rng.randint(12, 160)}.{rng.choice(['00', '25', '50'])}", 8, "sans", 0.3)
    s.text(306, 690, "NON-NEGOTIABLE  -  THIS IS NOT A CHECK", 16, "sans-b", 0.78, "c")
    s.text(306, 706, "Your net pay has been deposited to the account shown above.", 8, "sans-i", 0.35, "c")
    return s


def stub_pay_statement(stub: Stub, lines: Sequence[EarningLine], rng: random.Random) -> Sheet:
    """A weekly "Pay Statement": employee block left, period and pay date right, earnings with Regular /
    Overtime / Holiday rows and "This Period" / "Year to Date" columns; year-to-date spread unevenly over the
    rows, since holidays and overtime do not come every week."""
    s = Sheet()
    ytd = stub.ytd_gross or Decimal(0)
    spread = [cents(ytd * Decimal(share)) for share in ("0.06", "0.025")][: len(lines) - 1]
    ytd_rows = [ytd - sum(spread, Decimal(0)), *spread]
    s.text(40, 50, stub.employer, 14, "sans-b")
    s.text(40, 63, f"{stub.employer_address.street}, {stub.employer_address.last_line}", 8, "sans", 0.3)
    s.text(572, 50, "Pay Statement", 18, "sans", 0.2, "r")
    s.line(40, 72, 572, 72, 2.2, 0.35)
    y = 92
    for label, value in (("Employee", stub.employee.name), ("", stub.employee_address.street),
                         ("", stub.employee_address.last_line), ("Employee ID", f"{rng.randint(20000, 89999)}"),
                         ("Location", rng.choice(["DC-2 Receiving", "Store 114", "Plant 3 - Line B"]))):
        s.text(40, y, label, 8, "sans", 0.4)
        s.text(110, y, value, 9.5, "sans-b" if label == "Employee" else "sans")
        y += 13
    y = 92
    for label, value in (("Pay Frequency", "Weekly"), ("Period Start", us(stub.period_start)),
                         ("Period End", us(stub.period_end)), ("Pay Date", us(stub.pay_date)),
                         ("Net Pay", f"${money(stub.net)}")):
        s.text(400, y, label, 8, "sans", 0.4)
        s.text(572, y, value, 9.5, "sans-b" if label == "Net Pay" else "sans", 0.0, "r")
        y += 13
    y = 180
    heads = [(44, "Earnings", "l"), (250, "Hours", "r"), (320, "Rate", "r"), (440, "This Period", "r"),
             (568, "Year to Date", "r")]
    s.rect(40, y, 532, 16, stroke=None, fill=0.9)
    for x, label, align in heads:
        s.text(x, y + 11.5, label, 8.5, "sans-b", 0.0, align)
    y += 30
    for line, year in zip(lines, ytd_rows, strict=True):
        for (x, _, align), value in zip(heads, (line.label, f"{line.hours:.2f}", f"{line.rate:.2f}",
                                                money(line.amount), money(year) if stub.ytd_gross else ""),
                                        strict=True):
            s.text(x, y, value, 9, "sans", 0.0, align)
        y += 14
    s.line(40, y - 6, 572, y - 6, 0.5)
    s.text(44, y + 6, "Gross Pay", 9, "sans-b")
    s.text(440, y + 6, money(stub.gross), 9, "sans-b", 0.0, "r")
    s.text(568, y + 6, money(stub.ytd_gross) if stub.ytd_gross else "", 9, "sans-b", 0.0, "r")
    y += 36
    s.rect(40, y, 532, 16, stroke=None, fill=0.9)
    for x, label, align in ((44, "Taxes and Deductions", "l"), (440, "This Period", "r"), (568, "Year to Date", "r")):
        s.text(x, y + 11.5, label, 8.5, "sans-b", 0.0, align)
    y += 30
    for label, current, year in stub.deductions:
        s.text(44, y, label, 9)
        s.text(440, y, money(current), 9, align="r")
        s.text(568, y, money(year) if stub.ytd_gross else "", 9, align="r")
        y += 14
    s.line(40, y - 6, 572, y - 6, 0.5)
    s.text(44, y + 6, "Net Pay", 10, "sans-b")
    s.text(440, y + 6, money(stub.net), 10, "sans-b", 0.0, "r")
    y += 40
    s.wrap(40, y, "Questions about your pay? Contact the People Center through the employee portal. Keep this "
           "statement for your records.", 532, 8, "sans-i", 10, 0.35)
    return s


# --- bank statements ---------------------------------------------------------------------------------------------


def statement_credit_union(st: Statement, savings: Decimal, dividend: Decimal, per_first_page: int = 14) -> list[Sheet]:
    """A credit union's monthly statement of all the member's accounts under one member number: an account
    summary, a Share Savings section (the membership share and its dividend), then the Checking section with a
    running balance, continued on page 2."""
    pages = [Sheet(), Sheet()]
    for i, s in enumerate(pages):
        s.text(44, 52, st.bank, 13, "sans-b")
        s.text(44, 64, "PO Box 4400  -  Your savings federally insured to at least $250,000 by NCUA", 7.5, "sans",
               0.35)
        s.rect(372, 38, 196, 46, width=0.8)
        s.text(380, 52, "STATEMENT OF ACCOUNTS", 9, "sans-b")
        s.text(380, 65, f"Member Number  XXXXXX{st.last4}", 8.5)
        s.text(380, 77, f"Period {us(st.start)} - {us(st.end)}", 8.5)
        s.text(568, 772, f"Page {i + 1} of 2", 7.5, "sans", 0.35, "r")
    p1 = pages[0]
    y = 112
    for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
        p1.text(60, y, line, 9.5, "mono")
        y += 12
    y = 176
    p1.text(44, y, "ACCOUNT SUMMARY", 10, "sans-b")
    y += 8
    heads = [(48, "Account", "l"), (250, "ID", "l"), (400, "Beginning Balance", "r"), (560, "Ending Balance", "r")]
    p1.rect(44, y, 524, 15, stroke=None, fill=0.85)
    for x, label, align in heads:
        p1.text(x, y + 11, label, 8.5, "sans-b", 0.0, align)
    y += 28
    for row in (("Share Savings", "00", money(savings), money(savings + dividend)),
                ("Free Checking", "10", money(st.begin), money(st.ending))):
        for (x, _, align), value in zip(heads, row, strict=True):
            p1.text(x, y, value, 9, "sans", 0.0, align)
        y += 14
    y += 16
    p1.text(44, y, "SHARE SAVINGS   ID 00", 10, "sans-b")
    p1.line(44, y + 4, 568, y + 4, 0.6)
    y += 18
    for d, desc, amount, bal in ((st.start, "Beginning Balance", None, savings),
                                 (st.end, "Dividend  APY Earned 0.10%", dividend, savings + dividend),
                                 (st.end, "Ending Balance", None, savings + dividend)):
        p1.text(48, y, f"{d:%m/%d}", 8.5)
        p1.text(100, y, desc, 8.5)
        if amount is not None:
            p1.text(450, y, money(amount), 8.5, align="r")
        p1.text(560, y, money(bal), 8.5, align="r")
        y += 13
    heads = [(48, "Date", "l"), (100, "Transaction Description", "l"), (380, "Withdrawals", "r"),
             (460, "Deposits", "r"), (560, "Balance", "r")]

    def checking_head(s: Sheet, y: float, title: str) -> float:
        s.text(44, y, title, 10, "sans-b")
        s.line(44, y + 4, 568, y + 4, 0.6)
        y += 18
        for x, label, align in heads:
            s.text(x, y, label, 8, "sans-b", 0.3, align)
        return y + 15

    def row(s: Sheet, y: float, d: date, desc: str, amount: Decimal | None, bal: Decimal) -> float:
        s.text(48, y, f"{d:%m/%d}", 8.5)
        s.text(100, y, desc, 8.5)
        if amount is not None:
            s.text(380 if amount < 0 else 460, y, money(abs(amount)), 8.5, align="r")
        s.text(560, y, money(bal), 8.5, align="r")
        return y + 13

    y = checking_head(p1, y + 18, "FREE CHECKING   ID 10")
    y = row(p1, y, st.start, "Beginning Balance", None, st.begin)
    for d, desc, amount, bal in st.rows[:per_first_page]:
        y = row(p1, y, d, desc, amount, bal)
    p2 = pages[1]
    y = checking_head(p2, 110, "FREE CHECKING   ID 10  (continued)")
    for d, desc, amount, bal in st.rows[per_first_page:]:
        y = row(p2, y, d, desc, amount, bal)
    y = row(p2, y, st.end, "Ending Balance", None, st.ending)
    y += 14
    p2.text(44, y, f"Deposits {money(st.deposits)}    Withdrawals {money(st.debits)}    Dividends YTD "
            f"{money(dividend * st.end.month)}", 8.5, "sans", 0.2)
    p2.wrap(44, y + 30, "Billing rights and error resolution: if you think your statement is wrong, or you need more "
            "information about a transfer on it, contact the credit union no later than 60 days after we sent the "
            "statement on which the problem first appeared.", 524, 8, "sans", 10.5, 0.3)
    return pages


def statement_online(st: Statement, printed: date, rng: random.Random, per_page: int = 22) -> list[Sheet]:
    """An online bank's monthly statement opened in the browser and printed: the browser's date, title, address
    and page count lines, the site's navigation bar, opening and closing balances, a Date / Description /
    Amount / Balance list."""
    rows = list(st.rows)
    chunks = [rows[:per_page], rows[per_page:]] if len(rows) > per_page else [rows]
    sheets = []
    hour, minute = rng.randint(7, 10), rng.randint(10, 59)
    for i, chunk in enumerate(chunks):
        s = Sheet()
        s.text(24, 20, f"{printed.month}/{printed.day}/{printed:%y}, {hour}:{minute:02d} PM", 7.5, "sans", 0.2)
        s.text(320, 20, f"Statements & Documents | {st.bank}", 7.5, "sans", 0.2)
        s.text(24, 764, f"https://online.{st.bank.split()[0].lower()}.example/accounts/statements/view?m="
                        f"{st.start:%Y%m}", 7.5, "sans", 0.2)
        s.text(588, 764, f"{i + 1}/{len(chunks)}", 7.5, "sans", 0.2, "r")
        y = 44
        if i == 0:
            s.rect(24, y, 564, 30, stroke=None, fill=0.3)
            s.text(36, y + 20, st.bank, 13, "sans-b", 1.0)
            s.text(576, y + 19, "Accounts    Transfers    Bill Pay    Statements    Log out", 8, "sans", 1.0, "r")
            y += 56
            s.text(36, y, f"Everyday Checking ....{st.last4}", 15, "sans")
            s.text(36, y + 16, f"Statement for {us(st.start)} to {us(st.end)}", 10, "sans", 0.25)
            s.text(36, y + 30, st.holder.name, 9, "sans", 0.25)
            y += 50
            for j, (label, value) in enumerate((("Opening balance", st.begin), ("Money in", st.deposits),
                                                ("Money out", st.debits), ("Closing balance", st.ending))):
                x = 36 + j * 136
                s.rect(x, y, 128, 42, width=0.5, stroke=0.7)
                s.text(x + 8, y + 15, label, 8, "sans", 0.35)
                s.text(x + 8, y + 33, f"${money(value)}", 12, "sans-b" if j == 3 else "sans")
            y += 66
        heads = [(40, "Date", "l"), (110, "Description", "l"), (470, "Amount", "r"), (572, "Balance", "r")]
        for x, label, align in heads:
            s.text(x, y, label, 8.5, "sans-b", 0.3, align)
        s.line(36, y + 5, 576, y + 5, 0.5, 0.6)
        y += 20
        for d, desc, amount, bal in chunk:
            for (x, _, align), value in zip(heads, (f"{d:%b} {d.day}, {d.year}", desc.title(),
                                                    money(amount) if amount > 0 else f"-{money(-amount)}",
                                                    money(bal)), strict=True):
                s.text(x, y, value, 8.5, "sans", 0.0, align)
            s.line(36, y + 6, 576, y + 6, 0.3, 0.85)
            y += 17
        if i == len(chunks) - 1:
            s.text(110, y + 8, "Closing balance", 9, "sans-b")
            s.text(572, y + 8, money(st.ending), 9, "sans-b", 0.0, "r")
        sheets.append(s)
    return sheets


# --- letters and other papers --------------------------------------------------------------------------------------


def pension_statement(retiree: Person, home: Address, when: date, gross: Decimal, rng: random.Random) -> Doc:
    """A union pension fund's retiree benefit statement: participant box, a monthly benefit table from gross to
    net deposit, how often it is paid."""
    s = Sheet()
    fund = "Great Lakes Ironworkers Pension Fund"
    s.rect(40, 40, 532, 50, stroke=None, fill=0.92)
    s.text(52, 62, fund, 14, "serif-b")
    s.text(52, 78, "Fund Office  -  2200 Lakeshore Pkwy  -  Toledo, OH 43604  -  1-800-555-0117", 8, "serif", 0.3)
    s.text(306, 124, "RETIREE BENEFIT STATEMENT", 13, "serif-b", align="c")
    s.text(306, 140, f"Statement Date: {long_date(when)}", 10, "serif", align="c")
    y = 176
    s.rect(60, y - 14, 492, 74, width=0.6)
    for label, value in (("Participant", retiree.name), ("Mailing address", home.one_line),
                         ("Participant ID", f"GLI-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFGH')}"),
                         ("Form of payment", rng.choice(["Single Life Annuity", "50% Joint and Survivor Annuity"]))):
        s.text(72, y, label, 9, "serif-b")
        s.text(200, y, value, 10, "serif")
        y += 15
    y += 30
    fed = cents(gross * Decimal("0.08"))
    health = Decimal(rng.choice(["0.00", "142.50", "210.00"]))
    s.text(60, y, "Your Monthly Benefit", 11, "serif-b")
    y += 10
    rows = [("Gross monthly pension benefit", gross), ("Federal income tax withheld", -fed),
            ("Retiree health premium", -health), ("Net monthly deposit", gross - fed - health)]
    for i, (label, amount) in enumerate(rows):
        s.rect(60, y, 492, 20, width=0.4, fill=0.95 if i % 2 else None)
        s.text(70, y + 14, label, 10, "serif-b" if i in (0, 3) else "serif")
        s.text(540, y + 14, f"-${money(-amount)}" if amount < 0 else f"${money(amount)}", 10, "serif", align="r")
        y += 20
    y += 24
    for paragraph in (
            "Payment frequency: monthly, deposited on the first business day of each month to the account you "
            "designated. Your benefit is payable for your lifetime.",
            "Your pension is taxable income. The Fund mails Form 1099-R each January showing the total paid to you "
            "in the prior year and the tax withheld.",
            "Keep this statement. You may give it to a lender or an agency that asks you to verify your income."):
        y = s.wrap(60, y, paragraph, 492, 10, "serif", 14) + 8
    s.text(60, y + 30, "Board of Trustees", 10, "serif-i")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": gross,
                                        "benefit_type": "benefits_taxable"}, [s])


def child_support_order(payee: Person, payer: Person, home: Address, when: date, monthly: Decimal,
                        rng: random.Random) -> Doc:
    """A family court's order for child support: caption, findings, the amount and how often it is paid.
    Not a checklist document of its own: an "other" paper; the income it sets is shown by the statements."""
    s = Sheet()
    county = rng.choice(["Marshall", "Clearwater", "Douglas", "Harlan"])
    state = hb.STATES.get(home.state, home.state)
    s.text(306, 70, f"IN THE DISTRICT COURT OF {county.upper()} COUNTY, {state.upper()}", 11, "serif-b", align="c")
    s.text(306, 84, "FAMILY DIVISION", 10, "serif", align="c")
    y = 120
    for line in (f"{payee.upper},", "                    Petitioner,", "v.", f"{payer.upper},",
                 "                    Respondent."):
        s.text(72, y, line, 10.5, "serif")
        y += 15
    s.line(300, 112, 300, y - 6, 0.7)
    s.text(320, 134, f"Case No. DR-{when:%y}-{rng.randint(100, 999)}-{rng.choice('ABCDFH')}", 10.5, "serif")
    s.text(320, 152, f"Division {rng.randint(2, 9)}", 10.5, "serif")
    s.text(306, y + 26, "ORDER FOR CHILD SUPPORT", 13, "serif-b", align="c")
    y += 56
    children = rng.randint(1, 3)
    for paragraph in (
            f"This matter came before the Court on the Petitioner's motion to establish support for the parties' "
            f"{['one minor child', 'two minor children', 'three minor children'][children - 1]}. Both parties "
            "appeared. The Court has reviewed the financial affidavits and the child support guidelines worksheet.",
            f"IT IS ORDERED that the Respondent shall pay child support to the Petitioner in the amount of "
            f"${money(monthly)} per month, due on the first day of each month, through the State Disbursement Unit "
            "by income withholding.",
            "IT IS FURTHER ORDERED that support continues until each child reaches the age of eighteen or graduates "
            "from high school, whichever is later, unless modified by further order of this Court.",
            "The Respondent shall provide health insurance for the children if available through employment at a "
            "reasonable cost, and the parties shall share uncovered medical expenses equally."):
        y = s.wrap(72, y, paragraph, 468, 10.5, "serif", 15) + 10
    y += 10
    s.text(72, y, f"SO ORDERED this {when.day} day of {when:%B}, {when.year}.", 10.5, "serif")
    s.signature(rng, 330, y + 50, 160, 22, gray=0.12)
    s.line(320, y + 54, 540, y + 54, 0.6)
    s.text(320, y + 67, "District Judge", 10, "serif")
    return Doc("other", {}, [s])


def webmail_printout(app: EApplication, sent: date, to: str, paragraphs: Sequence[str], rng: random.Random) -> Doc:
    """A hardship letter sent by e-mail and printed from the webmail's conversation view: the account line at the
    top right, the subject with "1 message", sender and timestamp on one line, "To:" underneath."""
    s = Sheet()
    subject = f"Hardship letter for loan {app.loan}"
    sender = app.email or f"{app.borrower.first.lower()}@mail.example"
    hour, minute = rng.randint(1, 11), rng.randint(0, 59)
    s.text(24, 20, f"{sent.month}/{sent.day}/{sent:%y}, {hour}:{minute:02d} PM", 7.5, "sans", 0.2)
    s.text(320, 20, f"Inbox - {subject}", 7.5, "sans", 0.2)
    s.text(40, 58, "Mail", 18, "sans-b", 0.35)
    s.text(572, 58, f"{app.borrower.name} <{sender}>", 9, "sans-b", 0.2, "r")
    s.line(40, 68, 572, 68, 1.2, 0.3)
    s.text(40, 96, subject, 12, "sans-b")
    s.text(40, 110, "1 message", 8.5, "sans", 0.35)
    s.line(40, 118, 572, 118, 0.4, 0.6)
    s.text(40, 136, f"{app.borrower.name} <{sender}>", 9.5, "sans-b")
    s.text(572, 136, f"{sent:%a}, {sent:%b} {sent.day}, {sent.year} at {hour}:{minute:02d} PM", 9, "sans", 0.2, "r")
    s.text(40, 150, f"To: {to}", 9, "sans", 0.3)
    y = 180
    s.text(40, y, "To whom it may concern,", 10.5)
    y += 22
    for paragraph in paragraphs:
        y = s.wrap(40, y, paragraph, 520, 10.5, leading=14.5) + 9
    s.text(40, y + 6, "Thank you for your time,", 10.5)
    s.text(40, y + 22, app.borrower.name, 10.5)
    s.text(40, y + 36, app.phone, 10.5)
    s.text(24, 764, "https://mail.example.net/mail/?ui=2&view=pt&search=all", 7.5, "sans", 0.2)
    s.text(588, 764, "1/1", 7.5, "sans", 0.2, "r")
    return Doc("hardship_letter", {"letter_date": sent}, [s])


# --- delivery: a phone photo, JPEG compression ------------------------------------------------------------------


def _perspective(quad: Sequence[tuple[float, float]], size: tuple[int, int]) -> list[float]:
    """PIL's PERSPECTIVE coefficients mapping output pixels inside `quad` back onto the page's corners."""
    w, h = size
    corners = [(0, 0), (w, 0), (w, h), (0, h)]
    a, b = [], []
    for (x, y), (u, v) in zip(quad, corners, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float))]


@dataclass
class PhotoDoc(Doc):
    """Pages photographed with a phone on a table: the sheet in perspective, off-white, lit from one side, the
    table's dark grain around it."""

    seed: int = 0

    def images(self, dpi: int) -> list[Image.Image]:
        out = []
        for n, page in enumerate(super().images(dpi)):
            rng = random.Random(self.seed * 31 + n)
            w, h = page.size
            j = rng.uniform
            quad = [(w * j(0.05, 0.09), h * j(0.04, 0.07)), (w * j(0.90, 0.94), h * j(0.06, 0.09)),
                    (w * j(0.96, 0.99), h * j(0.95, 0.98)), (w * j(0.01, 0.04), h * j(0.93, 0.97))]
            coeffs = _perspective(quad, (w, h))
            paper = page.point(lambda v: round(v * 232 / 255))
            sheet = paper.transform((w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC,
                                    fillcolor=0)
            mask = Image.new("L", (w, h), 255).transform((w, h), Image.Transform.PERSPECTIVE, coeffs,
                                                          Image.Resampling.BILINEAR, fillcolor=0)
            grain = np.random.default_rng(self.seed + n).normal(0, 9, (h // 8 + 1, w // 8 + 1)) + 78
            table = Image.fromarray(grain.clip(0, 255).astype(np.uint8)).resize((w, h)).filter(
                ImageFilter.GaussianBlur(3))
            photo = Image.composite(sheet, table, mask)
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
            light = 1.08 - 0.32 * np.hypot((xx - w * 0.25) / w, (yy - h * 0.15) / h)  # lamp at the top left
            arr = np.asarray(photo, dtype=np.float32) * light
            out.append(Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8)))
        return out


def photographed(doc: Doc, seed: int) -> PhotoDoc:
    return PhotoDoc(doc.type, doc.fields, doc.sheets, seed=seed)


@dataclass
class EFile(BFile):
    """A file as dropped in the inbox; `jpeg` > 0 stores its scanned pages JPEG-compressed at that quality,
    `tint` in the warm colour of a phone camera."""

    jpeg: int = 0
    tint: bool = False


def _recompress(path: Path, dpi: int, quality: int, tint: bool) -> None:
    """Store a scanned PDF's pages again as JPEG images, the way many scanners and phone apps save them."""
    document = pypdfium2.PdfDocument(path.read_bytes())
    pages = [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    document.close()
    if tint:
        pages = [Image.merge("RGB", [p.point(lambda v: min(255, round(v * 1.03))), p,
                                     p.point(lambda v: round(v * 0.9))]) for p in pages]
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi), quality=quality)


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_b's writer, then JPEG recompression for the files that ask for it."""
    expected = hb.write_packet(packet, root)
    for file in packet.files:
        if isinstance(file, EFile) and file.jpeg and file.scan is not None:
            _recompress(root / packet.name / "inbox" / file.name, file.scan.dpi, file.jpeg, file.tint)
    return expected


# --- packets ------------------------------------------------------------------------------------------------------

BAYSIDE = ("Bayside Loan Servicing", "Homeowner Relief Team  -  PO Box 8820, Tampa, FL 33607  -  fax 1-877-555-0164")
GRANITE = ("Granite Peak Home Loans", "Borrower Help Desk  -  410 Summit Ave, Ogden, UT 84401  -  1-888-555-0148")
HOSPITALS = ["St. Brigid Regional Medical Center", "Valley Mercy Hospital", "Northfork Community Hospital"]
WAREHOUSES = ["Redline Fulfillment Services", "Crestview Distribution LLC", "Oakmere Building Supply"]


def _facts(app: EApplication, rng: random.Random, story: str) -> None:
    app.facts.update(story=story, mortgage=f"${money(Decimal(rng.randrange(95000, 240000)) / 100)}")


def _nurse_lines(rng: random.Random) -> list[EarningLine]:
    rate = Decimal(rng.randrange(2600, 4400)) / 100
    return [EarningLine("Regular", Decimal(72), rate),
            EarningLine("Night Shift Diff", Decimal(rng.choice([24, 36, 48])), Decimal("3.2500")),
            EarningLine("Weekend Diff", Decimal(rng.choice([12, 24])), Decimal("2.5000")),
            EarningLine("PTO", Decimal(8), rate)]


def _weekly_lines(rng: random.Random) -> list[EarningLine]:
    rate = Decimal(rng.randrange(1650, 2600)) / 100
    return [EarningLine("Regular", Decimal(32), rate),
            EarningLine("Overtime", Decimal(rng.choice(["3.50", "5.25", "6.00"])), cents(rate * Decimal("1.5"))),
            EarningLine("Holiday", Decimal(8), rate)]


def _monthly(lines: Sequence[EarningLine], periods: int) -> Decimal:
    return cents(sum((ln.amount for ln in lines), Decimal(0)) * periods / 12)


def _statements(rng: random.Random, bank: str, holder: Person, home: Address, received: date, months: int,
                deposits: Callable[[date], list[tuple[int, str, Decimal]]]) -> list[Statement]:
    """`months` consecutive monthly statements of one account, the newest ending the month before receipt."""
    last4 = hp.digits(rng, 4)
    balance = Decimal(rng.randrange(30000, 220000)) / 100
    out = []
    for back in range(months, 0, -1):
        start = hp.add_months(received, -back)
        st = hp.make_statement(rng, bank, holder, home, last4, start, hp.month_end(start.year, start.month), balance,
                               deposits(start), n_debits=17)
        out.append(st)
        balance = st.ending
    return out


def packet_questionnaire_typed_hostile_names(seed: int) -> Packet:
    """The questionnaire typed into its PDF and signed by both borrowers; the borrower's hospital Direct Deposit
    Advice, the co-borrower's pension fund statement and a hardship letter printed from webmail, all born
    digital, loose, under hostile but legal file names. Complete."""
    rng = random.Random(seed * 7919 + 1)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = hp.person(rng)
    co = hp.person(rng, borrower.last, avoid=[borrower.first])
    home = hp.address(rng)
    lines = _nurse_lines(rng)
    pension = Decimal(rng.randrange(90000, 260000)) / 100
    signed_on = received - timedelta(days=rng.randint(2, 8))
    app = e_app({("wages", "B"): _monthly(lines, 26), ("benefits_taxable", "C"): pension}, loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income", "disability_or_illness"],
                hardship_start=received - timedelta(days=rng.randint(50, 200)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email=hc._email(borrower, rng))
    _facts(app, rng, "Back injury at work; on light duty with fewer shifts.")
    app_doc = Doc("mortgage_assistance_application", {}, questionnaire(app, BAYSIDE, "typed", rng))
    end = hc._saturday_on_or_before(received - timedelta(days=rng.randint(6, 16)))
    stub = stub_for(rng, rng.choice(HOSPITALS), borrower, home, "biweekly", lines, end, 6, received)
    stub_doc = stub.doc([stub_hospital(stub, lines, rng)])
    fund = pension_statement(co, home, received - timedelta(days=rng.randint(15, 60)), pension, rng)
    letter = webmail_printout(app, signed_on - timedelta(days=rng.randint(0, 2)), "relief@bayside.example", [
        f"I am a nurse and in {app.hardship_start:%B} I hurt my back lifting a patient. My doctor put me on light "
        "duty, so the hospital has given me far fewer shifts and no night or weekend work for now.",
        f"My spouse {co.first} is retired and the pension does not cover the house payment on its own. We fell "
        "behind and we are asking to be reviewed for a modification until I am back to full time.",
    ], rng)
    docs = [app_doc, stub_doc, fund, letter]
    files = [BFile("Relief Questionnaire (FINAL) \u2013 signed \u2713.pdf", [app_doc]),
             BFile(f"pay stub #1 & {borrower.first}'s copy.PDF", [stub_doc]),
             BFile("-pension letter [2025] (1).pdf", [fund]),
             BFile("Re  Hardship   letter;  please read!!.pdf", [letter])]
    return Packet("e1-questionnaire-typed-hospital-advice-pension-webmail-hostile-names", received, app, docs, files,
                  loan, [])


def packet_worksheet_jpeg_combined(seed: int) -> Packet:
    """The worksheet filled by hand, signed but the date left blank; a weekly Pay Statement, a child support
    order and two consecutive credit-union statements (Share Savings and Checking), all in one grayscale scan
    stored as JPEG. Incomplete: application_signature."""
    rng = random.Random(seed * 7919 + 2)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10)
    borrower = hp.person(rng)
    ex = hp.person(rng, avoid=[borrower.first])
    home = hp.address(rng)
    lines = _weekly_lines(rng)
    support = Decimal(rng.randrange(350, 950, 25))
    employer = rng.choice(WAREHOUSES)
    app = e_app({("wages", "B"): _monthly(lines, 52), ("other", "B"): support}, loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income", "increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(60, 220)), signed=True,
                signed_on=None, phone=hp.phone(rng))  # signed, but the date blank stayed empty
    _facts(app, rng, "hours cut to 32 a week and escrow went up")
    app_doc = Doc("mortgage_assistance_application", {}, worksheet(app, GRANITE, rng))
    end = hc._saturday_on_or_before(received - timedelta(days=rng.randint(3, 9)))
    stub = stub_for(rng, employer, borrower, home, "weekly", lines, end, 6, received)
    stub_doc = stub.doc([stub_pay_statement(stub, lines, rng)])
    order = child_support_order(borrower, ex, home, received - timedelta(days=rng.randint(300, 700)), support, rng)
    net = cents(stub.net)
    sts = _statements(rng, "Keystone Valley Federal Credit Union", borrower, home, received, 2, lambda start: [
        *((day, f"{employer.upper()[:20]} PAYROLL", net) for day in (rng.randint(1, 3) + 7 * k for k in range(4))),
        (rng.randint(2, 5), "STATE DISB UNIT CHILD SUPPORT", support)])
    savings = Decimal(rng.choice(["5.00", "25.00", "112.40", "310.77"]))
    statement_docs = [st.doc(statement_credit_union(st, savings + Decimal("0.01") * i, Decimal("0.01")))
                      for i, st in enumerate(sts)]
    docs = [app_doc, stub_doc, order, *statement_docs]
    scan = Scan(300, skew=0.5, noise=0.0003, blur=0.5, paper=243, seed=seed + 81)
    files = [EFile(f"scan_{received:%Y-%m-%d}_{rng.randint(10, 99)}.pdf", docs, scan, jpeg=38)]
    return Packet("e2-worksheet-handfilled-undated-weekly-stub-credit-union-jpeg-scan", received, app, docs, files,
                  loan, ["application_signature"])


def packet_questionnaire_ink_fax(seed: int) -> Packet:
    """The questionnaire typed, printed, signed and dated in pen, faxed at 200 dpi with the machine's header line
    together with a hospital advice; "something else" is marked and explained on the form but no hardship letter
    came. Incomplete: hardship_doc:other."""
    rng = random.Random(seed * 7919 + 3)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = hp.person(rng)
    home = hp.address(rng)
    lines = _nurse_lines(rng)
    signed_on = received - timedelta(days=rng.randint(1, 5))
    app = e_app({("wages", "B"): _monthly(lines, 26)}, loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["increase_in_housing_expenses", "other"],
                hardship_start=received - timedelta(days=rng.randint(40, 150)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=hc._email(borrower, rng),
                other_hardship_text="Paying for my mother's care home since her stroke")
    _facts(app, rng, "")
    app_doc = Doc("mortgage_assistance_application", {}, questionnaire(app, BAYSIDE, "typed-ink", rng))
    end = hc._saturday_on_or_before(received - timedelta(days=rng.randint(6, 16)))
    stub = stub_for(rng, rng.choice(HOSPITALS), borrower, home, "biweekly", lines, end, 6, received)
    stub_doc = stub.doc([stub_hospital(stub, lines, rng)])
    docs = [app_doc, stub_doc]
    fax = Scan(200, skew=0.6, noise=0.001, blur=0.4, fax=True, seed=seed + 82)
    header = (f"{received:%m/%d/%Y} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}  FROM: {hp.phone(rng)}  "
              "TO: 1-877-555-0164   PAGE {page} OF {pages}")
    files = [BFile(f"fax_{received:%Y-%m-%d}_{rng.randint(1000, 2359):04d}.pdf", docs, fax, header=header)]
    return Packet("e3-questionnaire-ink-signed-fax-other-hardship-no-letter", received, app, docs, files, loan,
                  ["hardship_doc:other"])


def packet_worksheet_photo_folder(seed: int) -> Packet:
    """The worksheet filled by hand and photographed with a phone, the hardship date left blank; wages shown by two
    online-banking statements printed from the browser; illness claimed with no letter or medical paper. A loan
    folder. Incomplete: application_field:hardship_start_date, hardship_doc:disability_or_illness."""
    rng = random.Random(seed * 7919 + 4)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = hp.person(rng)
    home = hp.address(rng)
    employer = rng.choice(hp.EMPLOYERS)
    salary = Decimal(rng.randrange(160000, 280000)) / 100  # semi-monthly gross
    app = e_app({("wages", "B"): salary * 2}, loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                occupancy="primary_residence", hardships=["disability_or_illness"], hardship_start=None,
                signed=True, signed_on=received - timedelta(days=rng.randint(1, 6)), phone=hp.phone(rng))
    _facts(app, rng, "cancer treatment, missed weeks of work")
    app_doc = photographed(Doc("mortgage_assistance_application", {}, worksheet(app, GRANITE, rng)), seed + 83)
    net = cents(salary * Decimal("0.77"))
    sts = _statements(rng, "Lumen Direct Bank", borrower, home, received, 2, lambda start: [
        (14, f"{employer.upper()[:18]} DIR DEP", net), (27, f"{employer.upper()[:18]} DIR DEP", net)])
    printed = received - timedelta(days=rng.randint(1, 4))
    statement_docs = [st.doc(statement_online(st, printed, rng)) for st in sts]
    docs = [app_doc, *statement_docs]
    photo = Scan(200, noise=0.0, blur=0.3, paper=255, seed=seed + 84)
    files = [EFile(f"{loan}/IMG_{rng.randint(1000, 9999)}.pdf", [app_doc], photo, jpeg=70, tint=True),
             BFile(f"{loan}/Statements & Documents _ {sts[0].bank}.pdf", [statement_docs[0]]),
             BFile(f"{loan}/Statements & Documents _ {sts[1].bank} (1).pdf", [statement_docs[1]])]
    return Packet("e4-worksheet-phone-photo-online-statements-folder-no-date-no-letter", received, app, docs, files,
                  loan, ["application_field:hardship_start_date", "hardship_doc:disability_or_illness"])


def packet_questionnaire_hand_scanner_names(seed: int) -> Packet:
    """The questionnaire filled by hand; the borrower lost a job, the co-borrower's wages are shown only by a
    weekly Pay Statement more than 90 days old and one credit-union statement. Loose 300 dpi scans named by the
    scanner. Incomplete: income_doc:wages."""
    rng = random.Random(seed * 7919 + 5)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = hp.person(rng)
    co = hp.person(rng, avoid=[borrower.first])
    home = hp.address(rng)
    lines = _weekly_lines(rng)
    weekly_ui = Decimal(rng.randrange(280, 560))
    signed_on = received - timedelta(days=rng.randint(2, 7))
    employer = rng.choice(WAREHOUSES)
    app = e_app({("unemployment", "B"): cents(weekly_ui * 52 / 12), ("wages", "C"): _monthly(lines, 52)}, loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["unemployment"], hardship_start=received - timedelta(days=rng.randint(30, 120)),
                signed=True, signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True,
                co_signed_on=signed_on, phone=hp.phone(rng))
    _facts(app, rng, "Laid off when the call center closed")
    app_doc = Doc("mortgage_assistance_application", {}, questionnaire(app, BAYSIDE, "hand", rng))
    end = hc._saturday_on_or_before(received - timedelta(days=rng.randint(100, 130)))
    stub = stub_for(rng, employer, co, home, "weekly", lines, end, 6, received)
    stub_doc = stub.doc([stub_pay_statement(stub, lines, rng)])
    net = cents(stub.net)
    (st,) = _statements(rng, "Keystone Valley Federal Credit Union", co, home, received, 1, lambda start: [
        (day, f"{employer.upper()[:20]} PAYROLL", net) for day in (rng.randint(1, 3) + 7 * k for k in range(4))])
    statement = st.doc(statement_credit_union(st, Decimal("5.00"), Decimal("0.01")))
    docs = [app_doc, stub_doc, statement]
    n = rng.randint(40, 300)
    files = [BFile(f"SCN_{n:04d}.pdf", [app_doc], Scan(300, skew=-0.7, noise=0.0005, blur=0.5, paper=240,
                                                        seed=seed + 85)),
             BFile(f"SCN_{n + 1:04d}.pdf", [stub_doc], Scan(300, skew=0.9, noise=0.0005, blur=0.5, seed=seed + 86)),
             BFile(f"SCN_{n + 2:04d}.pdf", [statement], Scan(300, skew=0.3, noise=0.0004, blur=0.5, seed=seed + 87))]
    return Packet("e5-questionnaire-handfilled-scanner-names-stale-stub-one-statement", received, app, docs, files,
                  loan, ["income_doc:wages"])


PACKETS = (packet_questionnaire_typed_hostile_names, packet_worksheet_jpeg_combined, packet_questionnaire_ink_fax,
           packet_worksheet_photo_folder, packet_questionnaire_hand_scanner_names)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 4710, write_packet, hc.check)


if __name__ == "__main__":
    main()
