"""A tenth holdout set of borrower packets (j1..j6), laid out unlike the shared samples and unlike the a (first), b, c,
d, e, f, g, h and i sets, written without looking at the service's code, rules or tests, to gauge honestly how it reads
layouts nobody tuned it to.

    python benchmarks/holdout_packets_j.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a servicer's
landscape "Loss Mitigation Application" (Bellwether Point) of three panels a page, every answer in a tinted box under
a small-capital label, income as one $ column with a total, check marks typed into its PDF then printed, signed and
dated in pen and scanned sideways behind a separator sheet, or printed blank, filled in pen and scanned upright as an
11 x 8.5 page; a three-page "Homeowner Assistance Application" (Tidemark) whose one column of labels serves an
Applicant and a Co-Applicant column side by side (income asked per person, a total per person and a household total;
the signatures back in the two columns, the co-applicant's left empty); a "Mortgage Relief Request" (Copperline) of
shaded label cells at the left of answer cells, two pairs a row, drop-down answers printed with their arrows
(occupancy, a primary and a secondary hardship, duration, state), and income as a grid of types by Borrower /
Co-Borrower / Total whose calculated Total column shows 0.00 on empty rows; a flat servicer form (Ashgrove) with the
answers typed over it in a PDF editor, each a few points off its line (above it or through it), boxes crossed with a
typed X off centre and a signature image placed over the line; the real Form 710 filled through its AcroForm (dates
without leading zeros), printed and captured with a phone scanner app (up to 2 degrees off square, slivers of table in
the corners, window light and the phone's shadow, colour JPEG). A grocery chain's weekly statement reprinted on a
break-room kiosk's thermal receipt strip, a cloud payroll service's semi-monthly "Pay Statement" with five summary
tiles (salaried, and hourly with overtime), a union contractor's bi-weekly statement with a fourteen-day hours grid and
employer-paid fringe benefits that are not wages, a trucking company's driver payroll statement with a trip table and
pay by the mile (year to date counted by check date, so a January check starts the year again); a credit union's
statement with a grey sidebar (period, masked member number, "Page 1 of 2") and a Share Savings / Share Draft summary,
an online bank's statement with summary cards and signed amounts (+$ / -$); a state's two-page unemployment award
notice, a pension administrator's two-page benefit confirmation, a hardship letter handwritten on a yellow legal pad
over two sheets, a typed letter carrying & < > " ' {{ 7*7 }}, a divorce decree on numbered pleading paper, page 1 of a
Form 1040 (its signature page not sent), a 4506-C signed in ink, a W-2, a ride-hail platform's earnings statement (an
"other" paper, not a pay stub), an insurer's renewal notice and storm-claim letter, a layoff notice, an employer's
schedule-cut letter and a utility's final notice (all "other"), and an all-in-one printer's own fax cover. Names with
apostrophes and hyphens; co-borrowers in three packets. Delivered as one 200 dpi scan behind a barcode separator sheet,
a born-digital folder named after the loan, a 200 dpi fax without separator with the machine's header line on every
page and documents numbered "Page x of y", loose files with the loan number in their names (born digital and scanned),
and a packet in two files: the phone-scanned application named with the loan number, then, hours later, pay statements
whose file and pages carry no loan number at all and must be placed by the borrower's name.

The people's parts, drawing primitives, pens, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes follow
from the values drawn. `--check` also confirms that every expected value is printed (or hand-written) on its document
and that the rules give each scenario's codes.
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageFilter
from reportlab import rl_config

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_c as hc
import holdout_packets_e as he
import holdout_packets_f as hf
import holdout_packets_i as hi
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_g import GApplication, g_app

import pdf_factory as pf

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

EM, EN, DOT, BULLET, MINUS = "\u2014", "\u2013", "\u00b7", "\u2022", "\u2212"
CHECKMARK, TRIANGLE = "\u2714", "\u25bc"  # DejaVu Sans ("glyph"): a fillable form's check style, a drop-down arrow
LAND_W, LAND_H = 792.0, 612.0
NO_STATE_TAX = {"FL", "TX", "WA"}


def _slash(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def _short(d: date) -> str:
    return f"{d.month}/{d.day}/{d:%y}"


def _mon(d: date) -> str:
    """ "Sep 3, 2027": how a credit union's statement and a phone app print a date."""
    return f"{d:%b} {d.day}, {d.year}"


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The size, at most `size`, at which `text` fits `width` (a fillable field's auto-size)."""
    while size > 6 and hp.text_width(text, font, size) > width:
        size -= 0.25
    return size


def _signed(amount: Decimal) -> str:
    return f"+${money(amount)}" if amount > 0 else f"{MINUS}${money(-amount)}"


class Ledger:
    """Year-to-date totals carried from one check to the next and started again with a new year's first check (payroll
    counts the year by check date); the year's checks before the first stub drawn are taken at `typical` amounts."""

    def __init__(self) -> None:
        self.year: int | None = None
        self.totals: dict[str, Decimal] = {}

    def post(self, year: int, index: int, amounts: dict[str, Decimal], typical: dict[str, Decimal]
             ) -> dict[str, Decimal]:
        if year != self.year:
            self.year = year
            self.totals = {k: cents(typical.get(k, Decimal(0)) * (index - 1)) for k in amounts}
        for k, v in amounts.items():
            self.totals[k] = self.totals.get(k, Decimal(0)) + v
        return dict(self.totals)


# --- application A: Bellwether Point's landscape Loss Mitigation Application, three panels a page ----------------

BELLWETHER = ("Bellwether Point Mortgage",
              f"Homeowner Support  {DOT}  PO Box 90715, Lexington, KY 40509  {DOT}  Fax 1-877-555-0153  {DOT}  "
              "Call 1-877-555-0152, Mon-Sat 8 a.m. to 9 p.m. ET")
LAND_HARDSHIPS = [
    ("unemployment", "I lost my job or was laid off"),
    ("reduction_in_income", "My pay or my hours were cut"),
    ("increase_in_housing_expenses", "Taxes, insurance or HOA went up"),
    ("disaster", "A natural or man-made disaster"),
    ("disability_or_illness", "Disability or serious illness at home"),
    ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Unmarried co-owner moved out"),
    ("death", "A borrower or wage earner died"),
    ("relocation", "My job moved me far away"),
    ("other", "Something else (tell us in 3d)"),
]
LAND_INCOME = [
    ("wages", "Paycheck earnings, before taxes"), ("self_employment", "Own business, after expenses"),
    ("unemployment", "Unemployment benefits"),
    ("benefits_taxable", "Social Security, pension or disability (taxable)"),
    ("benefits_nontaxable", "VA disability, SSI or other tax-free benefits"),
    ("rental", "Rent received, after expenses"), ("investment", "Interest, dividends, annuities"),
    ("other", "Child support, alimony or other"),
]
LAND_OCCUPANCY = [("primary_residence", "I live here full time"), ("second_home", "Second or vacation home"),
                  ("investment_property", "I rent it to others")]
PANEL_X = (30.0, 280.0, 530.0)
PANEL_W = 232.0


def landscape_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """Bellwether Point's application on two landscape pages of three panels each, answers in tinted boxes under
    small capital labels. fill "typed": typed into the fillable PDF (check marks), printed, signed and dated in
    pen; "hand": printed blank and filled in with a pen, boxes ticked."""
    typed = fill == "typed"
    pen = hb.Pen(rng, hand=not typed, gray=0.14)
    ink = hb.Pen(rng, hand=True, gray=0.12)
    name, contact = BELLWETHER
    pages = [Sheet(), Sheet()]
    for number, s in enumerate(pages, start=1):
        s.rect(30, 24, 732, 38, stroke=None, fill=0.16)
        s.text(44, 49, name.upper(), 15, "sans-b", 1.0)
        s.text(748, 42, "LOSS MITIGATION APPLICATION", 13, "sans-b", 1.0, "r")
        s.text(748, 55, "Ask us for help with your mortgage payment", 8, "sans-i", 0.85, "r")
        s.text(30, 75, contact, 7.5, "sans", 0.3)
        s.text(30, 582, f"Form BPM-LM3 (Rev. 08/2027)  {DOT}  Complete both pages", 7, "sans", 0.4)
        s.text(700, 582, f"Page {number} of 2", 7.5, "sans", 0.35, "r")

    def when(d: date) -> str:
        return us(d) if typed else _slash(d)

    def field_(s: Sheet, x: float, y: float, w: float, label: str, value: str = "", h: float = 17.0,
               right: bool = False) -> None:
        s.text(x, y, label.upper(), 6.5, "sans-b", 0.32)
        s.rect(x, y + 3, w, h, width=0.5, stroke=0.55, fill=0.93)
        if value:
            if right:
                pen.write(s, x + w - 5, y + h - 1, value, 9.5, "r", fit=w - 10)
            else:
                pen.write(s, x + 4, y + h - 1, value, 9.5, fit=w - 8)

    def box(s: Sheet, x: float, y: float, chosen: bool, label: str, size: float = 8.0) -> None:
        s.rect(x, y - 7.5, 8.5, 8.5, width=0.6, stroke=0.2, fill=0.93)
        s.text(x + 13, y, label, size)
        if chosen:
            if typed:
                s.text(x + 0.6, y - 0.3, CHECKMARK, 8.5, "glyph")
            else:
                pen.tick(s, x, y - 7.5, 8.5)

    def heading(s: Sheet, x: float, y: float, number: int, title: str) -> float:
        s.circle(x + 8, y - 4, 8, 0.8, fill=0.16)
        s.text(x + 8, y - 0.8, str(number), 9, "sans-b", 1.0, "c")
        s.text(x + 22, y, title, 10.5, "sans-b")
        s.line(x, y + 6, x + PANEL_W, y + 6, 0.8)
        return y + 24

    co = app.co_borrower
    home = app.address
    p1, p2 = pages
    x = PANEL_X[0]
    y = heading(p1, x, 102, 1, "You and your loan")
    field_(p1, x, y, PANEL_W, "Mortgage loan number", app.loan)
    y += 30
    field_(p1, x, y, PANEL_W, "Borrower - full name", app.borrower.name)
    y += 30
    field_(p1, x, y, 90, "SSN - last 4 digits", app.ssn4)
    field_(p1, x + 100, y, 132, "Date of birth", app.facts.get("dob", ""))
    y += 30
    field_(p1, x, y, 132, "Best phone number", app.phone)
    field_(p1, x + 142, y, 90, "Is it a cell phone?", "Yes" if app.phone else "")
    y += 30
    field_(p1, x, y, PANEL_W, "E-mail", app.email)
    y += 30
    field_(p1, x, y, PANEL_W, "Co-borrower - full name (if any)", co.name if co else "")
    y += 30
    field_(p1, x, y, 90, "Co-borrower SSN - last 4", (app.co_ssn4 or "") if co else "")
    field_(p1, x + 100, y, 132, "Co-borrower phone", app.facts.get("co_phone", "") if co else "")
    y += 34
    p1.text(x, y, "Is any borrower on active military duty, or the", 8)
    p1.text(x, y + 11, "surviving spouse of a service member?", 8)
    box(p1, x + 168, y + 11, False, "Yes")
    box(p1, x + 200, y + 11, True, "No")
    y += 30
    p1.text(x, y, "How should we reach you?", 8)
    box(p1, x + 112, y, True, "Phone")
    box(p1, x + 152, y, bool(app.facts.get("texts")), "Text")
    box(p1, x + 188, y, bool(app.email), "E-mail")
    p1.rect(x, 500, PANEL_W, 62, width=0.4, stroke=0.6, fill=0.97)
    p1.wrap(x + 6, 512, "Why we ask: we use your answers only to find the help you may qualify for. We will contact "
            "you within five business days after we receive this application.", PANEL_W - 12, 7, "sans-i", 9, 0.3)

    x = PANEL_X[1]
    y = heading(p1, x, 102, 2, "Your home")
    field_(p1, x, y, PANEL_W, "Street address of the home", home.street)
    y += 30
    field_(p1, x, y, 118, "City", home.city)
    field_(p1, x + 124, y, 36, "State", home.state)
    field_(p1, x + 166, y, 66, "ZIP", home.zip)
    y += 30
    field_(p1, x, y, PANEL_W, "Mailing address, if different", app.mailing.one_line if app.mailing else "")
    y += 34
    p1.text(x, y, "How is the home used?", 8, "sans-b")
    for code, label in LAND_OCCUPANCY:
        y += 14
        box(p1, x + 4, y, app.occupancy == code, label)
    y += 22
    p1.text(x, y, "Is the home listed for sale?", 8)
    box(p1, x + 150, y, False, "Yes")
    box(p1, x + 188, y, True, "No")
    y += 14
    field_(p1, x, y, 110, "HOA / condo dues a month", app.facts.get("hoa", "None"))
    field_(p1, x + 120, y, 112, "People in the household", app.facts.get("household", ""))
    y += 34
    p1.text(x, y, "What would you like to do?", 8)
    box(p1, x + 118, y, True, "Keep it")
    box(p1, x + 170, y, False, "Sell it")

    x = PANEL_X[2]
    y = heading(p1, x, 102, 3, "What happened")
    p1.text(x, y, "3a  Check every reason that applies:", 8, "sans-b")
    y += 15
    for code, label in LAND_HARDSHIPS:
        box(p1, x + 4, y, code in app.hardships, label, 7.8)
        y += 14.5
    y += 6
    field_(p1, x, y, 128, "3b  Date it started (mm/dd/yyyy)", when(app.hardship_start) if app.hardship_start else "")
    y += 32
    p1.text(x, y, "3c  How long do you expect it to last?", 8, "sans-b")
    long_term = app.facts.get("duration", "long") == "long"
    for label, chosen in (("6 months or less", not long_term), ("More than 6 months", long_term),
                          ("It is over (resolved)", False)):
        y += 13.5
        box(p1, x + 4, y, chosen, label)
    y += 18
    p1.text(x, y, "3D  IN YOUR OWN WORDS", 6.5, "sans-b", 0.32)
    p1.rect(x, y + 3, PANEL_W, 58, width=0.5, stroke=0.55, fill=0.93)
    for i, line in enumerate(hf._lines(app.facts.get("story", ""), PANEL_W - (12 if typed else 40), 8.5)[:4]):
        pen.write(p1, x + 4, y + 15 + i * 13, line, 8, fit=PANEL_W - 8)

    x = PANEL_X[0]
    y = heading(p2, x, 102, 4, "Monthly income, before taxes")
    p2.wrap(x, y - 6, "Everyone on the loan, every source. Leave a line blank if it does not apply.", PANEL_W, 7,
            "sans-i", 9, 0.3)
    y += 14
    for code, label in LAND_INCOME:
        lines = hf._lines(label, 128, 8)
        for i, line in enumerate(lines):
            p2.text(x, y + 12 + i * 9.5 - (4.5 if len(lines) > 1 else 0), line, 8)
        amount = app.income(code)
        p2.text(x + 136, y + 13, "$", 8.5, "sans", 0.3)
        p2.rect(x + 144, y + 1, 88, 17, width=0.5, stroke=0.55, fill=0.93)
        if amount:
            pen.write(p2, x + 227, y + 14, money(amount), 9.5, "r", fit=80)
        y += 27
    p2.line(x, y, x + PANEL_W, y, 0.6)
    p2.text(x, y + 16, "TOTAL monthly income", 8.5, "sans-b")
    p2.text(x + 136, y + 16, "$", 8.5, "sans-b", 0.3)
    p2.rect(x + 144, y + 4, 88, 17, width=1.1, stroke=0.1, fill=0.93)
    pen.write(p2, x + 227, y + 17, money(app.total), 9.5, "r", fit=80)

    x = PANEL_X[1]
    y = heading(p2, x, 102, 5, "Savings and monthly bills")
    for label, key in (("Checking accounts and cash", "cash"), ("Savings, CDs, money market", "savings"),
                       ("Stocks and bonds (not retirement)", "stocks")):
        field_(p2, x, y, PANEL_W, label, app.facts.get(key, ""), right=True)
        y += 30
    p2.text(x, y + 4, "Monthly bills", 8.5, "sans-b")
    y += 16
    bills = [("Mortgage payment", "mortgage"), ("Car loans / leases", "car"), ("Credit cards (minimums)", "cards"),
             ("Utilities and phone", "utilities"), ("Child care / other", "care")]
    for i, (label, key) in enumerate(bills):
        field_(p2, x + (0 if i % 2 == 0 else 122), y + (i // 2) * 30, 110, label, app.facts.get(key, ""), right=True)
    y += 3 * 30 + 6
    p2.rect(x, y, PANEL_W, 70, width=0.4, stroke=0.6, fill=0.97)
    p2.wrap(x + 6, y + 12, "Leave out 401(k), IRA and college savings plans. If you have a second mortgage or a "
            "home equity line, tell us the lender and the monthly payment when we call.", PANEL_W - 12, 7, "sans-i",
            9, 0.3)

    x = PANEL_X[2]
    y = heading(p2, x, 102, 6, "Sign and date")
    for paragraph in (
            "By signing I certify that everything in this application is true and that the hardship I described is "
            "why I need help. Knowingly giving false information may break federal and state law.",
            "I agree to send Bellwether Point any other documents it asks for, I allow it to get a credit report on "
            "every borrower, and I agree that it may call, text or e-mail me at the numbers and address above "
            "about this request."):
        y = p2.wrap(x, y, paragraph, PANEL_W, 7.2, "sans", 9.2) + 4
    y += 6
    for who, person_, signed, on in (("Borrower", app.borrower, app.signed, app.signed_on),
                                     ("Co-borrower", co, app.co_signed, app.co_signed_on)):
        field_(p2, x, y, PANEL_W, f"{who} signature", h=30)
        if person_ is not None and signed:
            p2.signature(rng, x + 14, y + 30, 160, 22, gray=0.1)
        y += 40
        field_(p2, x, y, 120, "Date signed")
        if person_ is not None and on:
            ink.write(p2, x + 5, y + 16, _slash(on), 9.5)
        y += 32
    p2.text(x, y + 4, "Send this form with:", 8, "sans-b")
    for i, line in enumerate(("Your most recent pay stubs", "Proof of any other income listed in 4",
                              "A letter or papers about your hardship, if we ask")):
        p2.text(x + 6, y + 18 + i * 11, f"{BULLET}  {line}", 7.5, "sans", 0.2)
    return pages


class UprightLandscapeDoc(Doc):
    """A landscape printout scanned by a machine that turns each page to read upright: the image is 11 x 8.5."""

    def images(self, dpi: int) -> list[Image.Image]:
        saved = hp.PAGE_W, hp.PAGE_H
        hp.PAGE_W, hp.PAGE_H = LAND_W, LAND_H
        try:
            return [hp.sheet_image(sheet, dpi) for sheet in self.sheets]
        finally:
            hp.PAGE_W, hp.PAGE_H = saved

    def digital(self) -> bytes:
        raise ValueError("this landscape printout is only delivered scanned")


# --- application B: Tidemark's Homeowner Assistance Application, Applicant | Co-Applicant columns ------------------

TIDEMARK = ("Tidemark Home Finance",
            f"Borrower Assistance  {DOT}  2200 Harbor Blvd, Suite 410, Norfolk, VA 23510  {DOT}  Fax (757) 555-0190  "
            f"{DOT}  (757) 555-0191")
TIDE_INCOME = [
    ("wages", "Salary or hourly wages"), ("self_employment", "Self-employment (net profit)"),
    ("unemployment", "Unemployment benefits"), ("benefits_taxable", "Social Security / pension / disability"),
    ("benefits_nontaxable", "Tax-free benefits (SSI, VA disability)"), ("rental", "Rental income (net)"),
    ("investment", "Interest, dividends, annuities"), ("other", "Child support, alimony, other"),
]
TIDE_HARDSHIPS = [
    ("unemployment", "Unemployment"), ("reduction_in_income", "Reduced income"),
    ("increase_in_housing_expenses", "Higher housing costs (taxes, insurance, HOA)"),
    ("disaster", "Disaster"), ("disability_or_illness", "Disability or serious illness"),
    ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Separation of unmarried co-owners"), ("death", "Death of a borrower or earner"),
    ("relocation", "Distant job transfer"), ("other", "Other (explain below)"),
]
TIDE_OCCUPANCY = [("primary_residence", "Our primary residence"), ("second_home", "Second home"),
                  ("investment_property", "Rental / investment")]
LABEL_X, APP_X, CO_X, RIGHT = 40.0, 232.0, 402.0, 572.0


def side_by_side_form(app: GApplication, rng: random.Random) -> list[Sheet]:
    """Tidemark's application on three pages, typed into its fillable PDF: one shared column of labels at the left
    and the Applicant's and the Co-Applicant's answers side by side to its right, income asked per person with a total
    for each and one household total; property and hardship questions span both columns; the signatures return to
    the two columns (a co-applicant who has not signed leaves that column empty)."""
    name, contact = TIDEMARK
    co = app.co_borrower
    pages = [Sheet(), Sheet(), Sheet()]
    for number, s in enumerate(pages, start=1):
        for i, height in enumerate((30, 24, 18)):
            s.rect(40 + 9 * i, 64 - height, 6, height, stroke=None, fill=0.25 + 0.15 * i)
        s.text(74, 52, name, 15, "serif-b")
        s.text(74, 64, "Homeowner Assistance Application", 9, "serif-i", 0.3)
        s.rect(432, 34, 140, 30, width=0.6)
        s.text(437, 43, "TIDEMARK LOAN NUMBER", 5.8, "sans-b", 0.35)
        s.text(437, 58, app.loan, 10.5)
        s.text(40, 76, contact, 7, "sans", 0.35)
        s.line(40, 82, RIGHT, 82, 1.0)
        s.text(40, 764, "TDM-HAA  03/2027", 7, "sans", 0.4)
        s.text(RIGHT, 764, f"Page {number} of 3", 7.5, "sans", 0.35, "r")

    def two_heads(s: Sheet, y: float, title: str) -> float:
        s.rect(LABEL_X, y, RIGHT - LABEL_X, 18, stroke=None, fill=0.22)
        s.text(46, y + 12.5, title, 9, "sans-b", 1.0)
        s.text((APP_X + CO_X) / 2, y + 12.5, "APPLICANT", 8.5, "sans-b", 1.0, "c")
        s.text((CO_X + RIGHT) / 2, y + 12.5, "CO-APPLICANT", 8.5, "sans-b", 1.0, "c")
        return y + 18

    def band(s: Sheet, y: float, title: str) -> float:
        s.rect(LABEL_X, y, RIGHT - LABEL_X, 18, stroke=None, fill=0.22)
        s.text(46, y + 12.5, title, 9, "sans-b", 1.0)
        return y + 18

    def row(s: Sheet, y: float, i: int, label: str, left: str = "", right: str = "", h: float = 20,
            bold: bool = False, amounts: bool = False) -> float:
        if i % 2:
            s.rect(LABEL_X, y, RIGHT - LABEL_X, h, stroke=None, fill=0.94)
        s.line(LABEL_X, y + h, RIGHT, y + h, 0.3, 0.6)
        s.line(APP_X, y, APP_X, y + h, 0.3, 0.6)
        s.line(CO_X, y, CO_X, y + h, 0.3, 0.6)
        font = "sans-b" if bold else "sans"
        s.text(46, y + h - 6.5, label, 8.5, font)
        for x0, value in ((APP_X, left), (CO_X, right)):
            if value and amounts:
                s.text(x0 + 160, y + h - 6.5, value, 9.5, font, align="r")
            elif value:
                s.text(x0 + 8, y + h - 6.5, value, _fit(value, font, 9.5, CO_X - APP_X - 14), font)
        return y + h

    def wide(s: Sheet, y: float, i: int, label: str, value: str = "", h: float = 20) -> float:
        if i % 2:
            s.rect(LABEL_X, y, RIGHT - LABEL_X, h, stroke=None, fill=0.94)
        s.line(LABEL_X, y + h, RIGHT, y + h, 0.3, 0.6)
        s.line(APP_X, y, APP_X, y + h, 0.3, 0.6)
        s.text(46, y + h - 6.5, label, 8.5)
        if value:
            s.text(APP_X + 8, y + h - 6.5, value, 9.5)
        return y + h

    def box(s: Sheet, x: float, y: float, chosen: bool, label: str) -> float:
        s.rect(x, y - 8, 8.5, 8.5, width=0.6)
        if chosen:
            s.text(x + 0.6, y - 0.7, CHECKMARK, 8.5, "glyph")
        s.text(x + 13, y, label, 8.5)
        return x + 13 + hp.text_width(label, "sans", 8.5) + 16

    def radio(s: Sheet, x: float, y: float, chosen: bool, label: str) -> float:
        s.circle(x + 4, y - 3, 4, 0.6)
        if chosen:
            s.circle(x + 4, y - 3, 2.2, 0.1, fill=0.0)
        s.text(x + 12, y, label, 8.5)
        return x + 12 + hp.text_width(label, "sans", 8.5) + 16

    p1, p2, p3 = pages
    y = p1.wrap(40, 100, "Tell us about everyone who signed the mortgage. Answer for each person in that person's "
                "column; leave the Co-Applicant column empty if you are applying alone. Amounts are monthly and before "
                "taxes.", 532, 8.5, "sans-i", 11, 0.25) + 6
    y = two_heads(p1, y, "A.  ABOUT THE APPLICANTS")
    facts = app.facts
    rows = [("Full legal name", app.borrower.name, co.name if co else ""),
            ("Social Security number (last 4)", app.ssn4, (app.co_ssn4 or "") if co else ""),
            ("Date of birth", facts.get("dob", ""), facts.get("co_dob", "")),
            ("Cell phone", app.phone, facts.get("co_phone", "")),
            ("Home or work phone", facts.get("work_phone", ""), ""),
            ("E-mail", app.email, facts.get("co_email", "")),
            ("Current employer", facts.get("employer", ""), facts.get("co_employer", "")),
            ("Years with this employer", facts.get("years", ""), facts.get("co_years", "")),
            ("Active-duty military or surviving spouse", "No", "No" if co else "")]
    for i, (label, left, right) in enumerate(rows):
        y = row(p1, y, i, label, left, right)
    y = two_heads(p1, y + 16, "B.  MONTHLY INCOME, BEFORE TAXES")
    for i, (code, label) in enumerate(TIDE_INCOME):
        b, c = app.income(code, "B"), app.income(code, "C")
        y = row(p1, y, i, label, money(b) if b else "", money(c) if c else "", amounts=True)
    y = row(p1, y, 0, "Total for each person", money(app.income_of("B")),
            money(app.income_of("C")) if co else "", bold=True, amounts=True)
    p1.rect(LABEL_X, y, RIGHT - LABEL_X, 22, width=1.0, fill=0.88)
    p1.text(46, y + 15, "HOUSEHOLD MONTHLY INCOME (both columns)", 8.5, "sans-b")
    p1.text(RIGHT - 10, y + 15, f"${money(app.total)}", 10, "sans-b", align="r")
    p1.wrap(40, y + 42, "Include alimony, child support or separate maintenance only if you want it considered. "
            "We will ask for proof of every amount above.", 532, 7.5, "sans-i", 9.5, 0.35)

    y = band(p2, 100, "C.  THE PROPERTY")
    home = app.address
    y = wide(p2, y, 0, "Street address", home.street)
    y = wide(p2, y, 1, "City, state and ZIP", home.last_line)
    y = wide(p2, y, 0, "Mailing address, if different", app.mailing.one_line if app.mailing else "")
    p2.line(LABEL_X, y + 22, RIGHT, y + 22, 0.3, 0.6)
    p2.text(46, y + 15, "The property is", 8.5)
    x = APP_X + 8
    for code, label in TIDE_OCCUPANCY:
        x = radio(p2, x, y + 15, app.occupancy == code, label)
    y += 22
    y = wide(p2, y, 1, "Listed for sale?", "No")
    y = wide(p2, y, 0, "Condominium or HOA dues a month", facts.get("hoa", "None"))
    y = wide(p2, y, 1, "What would you like to do?", "Keep the home")
    y = band(p2, y + 16, "D.  HARDSHIP")
    p2.text(46, y + 15, "Reason(s) - check all that apply", 8.5, "sans-b")
    y += 22
    for i, (code, label) in enumerate(TIDE_HARDSHIPS):
        col, r = divmod(i, 5)
        box(p2, 52 + col * 266, y + 8 + r * 16, code in app.hardships, label)
    y += 5 * 16 + 6
    p2.line(LABEL_X, y, RIGHT, y, 0.3, 0.6)
    y = wide(p2, y, 1, "Date the hardship began", us(app.hardship_start) if app.hardship_start else "")
    long_term = facts.get("duration", "long") == "long"
    p2.line(LABEL_X, y + 22, RIGHT, y + 22, 0.3, 0.6)
    p2.text(46, y + 15, "Expected to last", 8.5)
    x = APP_X + 8
    for label, chosen in (("6 months or less", not long_term), ("Longer than 6 months", long_term),
                          ("Resolved", False)):
        x = radio(p2, x, y + 15, chosen, label)
    y += 22
    p2.text(46, y + 15, "Explain briefly", 8.5)
    for i, line in enumerate(hf._lines(facts.get("story", ""), RIGHT - APP_X - 16, 9.5)[:3]):
        p2.text(APP_X + 8, y + 15 + i * 13, line, 9.5)
    y += 48
    p2.line(LABEL_X, y, RIGHT, y, 0.3, 0.6)
    y = band(p2, y + 16, "E.  WHAT THE HOUSEHOLD HAS (leave out retirement and college accounts)")
    y = wide(p2, y, 0, "Checking accounts and cash", facts.get("cash", ""))
    y = wide(p2, y, 1, "Savings, CDs and money market", facts.get("savings", ""))
    wide(p2, y, 0, "Stocks, bonds and other assets", facts.get("stocks", ""))

    y = band(p3, 100, "F.  CERTIFICATION AND AUTHORIZATION")
    y += 16
    for paragraph in (
            "Each of us certifies that the information in this application is true and complete and that the hardship "
            "described contributed to our need for help with the mortgage. We understand that knowingly submitting "
            "false information may violate federal and state law.",
            "We agree to provide Tidemark Home Finance with the documents it asks for and to answer its requests "
            "promptly. We consent to Tidemark obtaining a credit report for each of us and to being contacted about "
            "this application at the telephone numbers and e-mail addresses above, including by text message.",
            "We understand that Tidemark is not obliged to offer assistance because of this application, and that "
            "our first on-time payment under any trial, repayment or forbearance plan offered will be our acceptance "
            "of that plan."):
        y = p3.wrap(46, y, paragraph, 520, 9, "sans", 12.5) + 7
    y = two_heads(p3, y + 10, "G.  SIGNATURES")
    sig_top = y
    y = row(p3, y, 0, "Signature", h=40)
    if app.signed:
        p3.signature(rng, APP_X + 14, sig_top + 34, 140, 24, gray=0.1)
    if co and app.co_signed:
        p3.signature(rng, CO_X + 14, sig_top + 34, 140, 24, gray=0.1)
    y = row(p3, y, 1, "Printed name", app.borrower.name, co.name if co else "")
    row(p3, y, 0, "Date signed", us(app.signed_on) if app.signed_on else "",
        us(app.co_signed_on) if co and app.co_signed_on else "")
    p3.rect(40, 620, 532, 56, width=0.5, stroke=0.5, fill=0.96)
    p3.text(48, 634, "FOR TIDEMARK USE ONLY", 7.5, "sans-b", 0.4)
    p3.text(48, 656, "Received ____________    Logged by ______    Complete: Y / N    Notice sent ____________", 8.5,
            "sans", 0.4)
    return pages


# --- application C: Copperline's Mortgage Relief Request, shaded label cells, drop-downs, an income grid ------------

COPPERLINE = ("Copperline Mortgage Servicing",
              f"Loss Mitigation Dept.  {DOT}  9100 Meridian Way, Englewood, CO 80112  {DOT}  Fax 1-888-555-0147  "
              f"{DOT}  1-888-555-0146")
CL_HARDSHIP = {"unemployment": "Unemployment", "reduction_in_income": "Reduction in Income",
               "increase_in_housing_expenses": "Increase in Housing Expenses",
               "disaster": "Disaster (Natural or Man-made)", "disability_or_illness": "Disability / Serious Illness",
               "divorce_or_separation": "Divorce / Legal Separation",
               "separation_unmarried": "Separation - Unmarried Borrowers",
               "death": "Death of Borrower / Wage Earner", "relocation": "Distant Employment Transfer",
               "other": "Other"}
CL_OCCUPANCY = {"primary_residence": "Primary Residence", "second_home": "Second Home",
                "investment_property": "Investment Property"}
CL_INCOME = [
    ("wages", "Gross Wages / Salary / Overtime"), ("self_employment", "Self-Employment Income (Net)"),
    ("unemployment", "Unemployment Benefits"), ("benefits_taxable", "Social Security / Pension / Disability (Taxable)"),
    ("benefits_nontaxable", "Non-Taxable Social Security / Disability"), ("rental", "Rental Income (Net)"),
    ("investment", "Investment / Insurance Income"), ("other", "Alimony / Child Support / Other"),
]


def copperline_form(app: GApplication, rng: random.Random) -> list[Sheet]:
    """Copperline's three-page Mortgage Relief Request typed into its fillable PDF, printed, then signed and dated in
    ink: every question a shaded label cell at the left of its answer cell, two pairs a row; occupancy, hardship
    reasons (a primary and a secondary), duration and state are drop-downs printed with their arrow; income is a grid
    of income types by Borrower / Co-Borrower / Total whose calculated Total column shows 0.00 on empty rows."""
    ink = hb.Pen(rng, hand=True, gray=0.12)
    name, contact = COPPERLINE
    co = app.co_borrower
    pages = [Sheet(), Sheet(), Sheet()]
    for number, s in enumerate(pages, start=1):
        s.rect(40, 34, 24, 24, width=1.6, stroke=0.3)
        s.text(52, 51, "C", 14, "serif-b", 0.3, "c")
        s.text(72, 46, name.upper(), 12.5, "sans-b", 0.15)
        s.text(72, 58, contact, 6.8, "sans", 0.35)
        s.text(572, 46, "MORTGAGE RELIEF REQUEST", 11, "sans-b", align="r")
        s.line(40, 66, 572, 66, 2.0, 0.3)
        s.text(40, 764, f"CMS-MRR-1 (06/27)  {DOT}  All fields marked * are required", 7, "sans", 0.4)
        s.text(572, 764, f"Page {number} of 3", 7.5, "sans", 0.35, "r")

    def part(s: Sheet, y: float, title: str) -> float:
        s.rect(40, y, 532, 16, width=0.6, fill=0.35)
        s.text(46, y + 11.5, title, 8.5, "sans-b", 1.0)
        return y + 16

    def label_cell(s: Sheet, x: float, y: float, w: float, h: float, label: str, shade: float = 0.84) -> None:
        s.rect(x, y, w, h, width=0.6, fill=shade)
        lines = hf._lines(label, w - 8, 7.2, "sans-b")[:2]
        top = y + h / 2 + 2.6 - (len(lines) - 1) * 4
        for i, line in enumerate(lines):
            s.text(x + 4, top + i * 8.2, line, 7.2, "sans-b")

    def cells(s: Sheet, y: float, items: Sequence[tuple[str, str, str]], h: float = 22) -> float:
        spans = [(40, 108, 148, 424)] if len(items) == 1 else [(40, 108, 148, 158), (306, 108, 414, 158)]
        for (lx, lw, vx, vw), (label, value, kind) in zip(spans, items, strict=True):
            label_cell(s, lx, y, lw, h, label)
            s.rect(vx, y, vw, h, width=0.6)
            if kind == "drop":
                s.rect(vx + vw - 13, y + 3, 10, h - 6, width=0.4, fill=0.9)
                s.text(vx + vw - 8, y + h / 2 + 2.2, TRIANGLE, 5.5, "glyph", 0.25, "c")
            if value:
                s.text(vx + 5, y + h / 2 + 3.4, value, _fit(value, "sans", 9.5, vw - 22))
        return y + h

    p1, p2, p3 = pages
    y = p1.wrap(40, 84, "Complete this request, sign page 2 and page 3, and return it with the documents listed on "
                "page 3. Amounts are monthly and before taxes. Incomplete requests delay our review.", 532, 8.3,
                "sans-i", 10.5, 0.25) + 6
    y = part(p1, y, f"PART 1 {EM} BORROWER INFORMATION")
    facts = app.facts
    y = cells(p1, y, [("Loan Number *", app.loan, "text"), ("Date Prepared", facts.get("prepared", ""), "text")])
    y = cells(p1, y, [("Borrower Name *", app.borrower.name, "text"), ("Borrower SSN (Last 4) *", app.ssn4, "text")])
    y = cells(p1, y, [("Co-Borrower Name", co.name if co else "", "text"),
                      ("Co-Borrower SSN (Last 4)", (app.co_ssn4 or "") if co else "", "text")])
    y = cells(p1, y, [("Borrower Phone", app.phone, "text"), ("Borrower E-mail", app.email, "text")])
    y = cells(p1, y, [("Co-Borrower Phone", facts.get("co_phone", ""), "text"),
                      ("Co-Borrower E-mail", facts.get("co_email", ""), "text")])
    y = cells(p1, y, [("Military Status", "Not Active Duty", "drop"), ("Marital Status", facts.get("marital", ""),
                                                                       "drop")])
    y = part(p1, y + 12, f"PART 2 {EM} PROPERTY")
    home = app.address
    y = cells(p1, y, [("Property Address *", home.street, "text")])
    y = cells(p1, y, [("City *", home.city, "text"), ("State *", home.state, "drop")])
    y = cells(p1, y, [("ZIP Code *", home.zip, "text"), ("County", facts.get("county", ""), "text")])
    y = cells(p1, y, [("Occupancy *", CL_OCCUPANCY.get(app.occupancy, ""), "drop"),
                      ("Property Type", "Single Family", "drop")])
    y = cells(p1, y, [("Listed for Sale?", "No", "drop"), ("HOA / Condo Dues ($/mo)", facts.get("hoa", ""), "text")])
    y = cells(p1, y, [("Mailing Address (if different)", app.mailing.one_line if app.mailing else "", "text")])
    y = part(p1, y + 12, f"PART 3 {EM} HARDSHIP")
    reasons = [CL_HARDSHIP[h] for h in app.hardships]
    y = cells(p1, y, [("Primary Hardship *", reasons[0] if reasons else "", "drop")])
    y = cells(p1, y, [("Secondary Hardship", reasons[1] if len(reasons) > 1 else "", "drop")])
    long_term = facts.get("duration", "long") == "long"
    y = cells(p1, y, [("Hardship Start Date *", us(app.hardship_start) if app.hardship_start else "", "text"),
                      ("Expected Duration", "Long-term (over 6 months)" if long_term else "Short-term (6 mo or less)",
                       "drop")])
    label_cell(p1, 40, y, 108, 48, "Explanation (or attach a letter)")
    p1.rect(148, y, 424, 48, width=0.6)
    for i, line in enumerate(hf._lines(facts.get("story", ""), 410, 9)[:3]):
        p1.text(153, y + 13 + i * 12.5, line, 9)

    y = part(p2, 84, f"PART 4 {EM} MONTHLY GROSS INCOME")
    grid = [(40, 206), (246, 108), (354, 108), (462, 110)]
    for (x, w), head in zip(grid, ("INCOME TYPE", "BORROWER", "CO-BORROWER", "TOTAL"), strict=True):
        p2.rect(x, y, w, 16, width=0.6, fill=0.7)
        p2.text(x + w / 2, y + 11.5, head, 7.5, "sans-b", 0.0, "c")
    y += 16
    for code, label in CL_INCOME:
        label_cell(p2, 40, y, 206, 20, label)
        b, c = app.income(code, "B"), app.income(code, "C")
        for (x, w), value in zip(grid[1:], (money(b) if b else "", money(c) if c else "", money(b + c)), strict=True):
            p2.rect(x, y, w, 20, width=0.6)
            p2.text(x + w - 6, y + 13.5, value, 9.5, align="r")
        y += 20
    label_cell(p2, 40, y, 206, 22, "TOTAL MONTHLY INCOME", 0.7)
    for (x, w), value in zip(grid[1:], (money(app.income_of("B")), money(app.income_of("C")), money(app.total)),
                             strict=True):
        p2.rect(x, y, w, 22, width=1.0)
        p2.text(x + w - 6, y + 14.5, value, 9.5, "sans-b", align="r")
    y += 40
    y = part(p2, y, f"PART 5 {EM} ASSETS")
    y = cells(p2, y, [("Checking / Cash", facts.get("cash", ""), "text"),
                      ("Savings / Money Market", facts.get("savings", ""), "text")])
    y = cells(p2, y, [("Stocks / Bonds", facts.get("stocks", ""), "text"), ("Other Assets", "", "text")])
    y = part(p2, y + 12, f"PART 6 {EM} CERTIFICATION")
    y += 14
    for paragraph in (
            "I/We certify that all information in this Mortgage Relief Request is truthful and that the hardship "
            "identified above contributed to my/our need for mortgage relief. Knowingly submitting false information "
            "may violate Federal and other applicable law.",
            "I/We agree to provide all required documents and to respond to Copperline's requests in a timely manner. "
            "I/We consent to Copperline obtaining a current credit report for each borrower and to being contacted "
            "about this request at any telephone number, including mobile, or e-mail address provided."):
        y = p2.wrap(44, y, paragraph, 524, 8.5, "sans", 11.5) + 6
    y += 6
    for who, person_, signed, on in (("Borrower Signature", app.borrower, app.signed, app.signed_on),
                                     ("Co-Borrower Signature", co, app.co_signed, app.co_signed_on)):
        label_cell(p2, 40, y, 108, 32, who)
        p2.rect(148, y, 258, 32, width=0.6)
        label_cell(p2, 406, y, 50, 32, "Date")
        p2.rect(456, y, 116, 32, width=0.6)
        if person_ is not None and signed:
            p2.signature(rng, 162, y + 28, 170, 22, gray=0.1)
        if person_ is not None and on:
            ink.write(p2, 462, y + 21, _slash(on), 10)
        y += 32

    y = part(p3, 84, f"PART 7 {EM} AUTHORIZATION TO RELEASE INFORMATION")
    y += 14
    for paragraph in (
            f"I/We authorize Copperline Mortgage Servicing, loan number {app.loan}, to obtain from and release to "
            "my/our employers, banks, insurers, tax authorities, housing counseling agencies and the owner or "
            "guarantor of my/our loan any information needed to evaluate this request.",
            "A copy of this authorization is as valid as the original. It expires one year after the date signed."):
        y = p3.wrap(44, y, paragraph, 524, 9, "sans", 12.5) + 8
    y += 4
    y = cells(p3, y, [("Borrower Name", app.borrower.name, "text"), ("Co-Borrower Name", co.name if co else "",
                                                                     "text")])
    label_cell(p3, 40, y, 108, 32, "Borrower Signature")
    p3.rect(148, y, 158, 32, width=0.6)
    label_cell(p3, 306, y, 108, 32, "Co-Borrower Signature")
    p3.rect(414, y, 158, 32, width=0.6)
    if app.signed:
        p3.signature(rng, 158, y + 28, 130, 20, gray=0.1)
    if co and app.co_signed:
        p3.signature(rng, 424, y + 28, 130, 20, gray=0.1)
    y += 50
    y = part(p3, y, f"PART 8 {EM} DOCUMENTS TO INCLUDE")
    for label, value in ((
            ("Wage earners", "Most recent pay stubs covering 30 days, showing year-to-date earnings"),
            ("Benefits / other income", "Award letter, or the two most recent bank statements showing deposits"),
            ("Self-employed", "Profit and loss statement or last tax return; signed IRS Form 4506-C"),
            ("Hardship", "See the hardship documentation table on our website"))):
        label_cell(p3, 40, y, 140, 20, label)
        p3.rect(180, y, 392, 20, width=0.6)
        p3.text(185, y + 13.5, value, 8.5)
        y += 20
    return pages


# --- application D: Ashgrove's flat form, answers typed over it in a PDF editor ----------------------------------

ASHGROVE = ("Ashgrove Lending Services",
            "Loss Mitigation  |  PO Box 7733, Fort Wayne, IN 46801  |  Fax 260-555-0188  |  Phone 260-555-0187")
ASH_HARDSHIPS = [
    ("unemployment", "Unemployment"), ("reduction_in_income", "Reduction in income"),
    ("increase_in_housing_expenses", "Increase in housing expenses"), ("disaster", "Disaster"),
    ("disability_or_illness", "Disability / serious illness"), ("divorce_or_separation", "Divorce or separation"),
    ("separation_unmarried", "Separation (not married)"), ("death", "Death of a borrower or earner"),
    ("relocation", "Employment transfer / relocation"), ("other", "Other"),
]
ASH_INCOME = [
    ("wages", "Gross wages, salary, overtime, tips, bonuses"), ("self_employment", "Self-employment income"),
    ("unemployment", "Unemployment benefits"), ("benefits_taxable", "Taxable Social Security, pension, disability"),
    ("benefits_nontaxable", "Non-taxable Social Security or disability"), ("rental", "Rental income"),
    ("investment", "Investment or insurance income"), ("other", "Other (alimony, child support, other)"),
]
ASH_OCCUPANCY = [("primary_residence", "Primary Residence"), ("second_home", "Second Home"),
                 ("investment_property", "Investment Property")]


def editor_form(app: GApplication, rng: random.Random) -> bytes:
    """Ashgrove's three-page form as servicers post it, flat (no fields): labels followed by lines, empty square
    boxes. The borrower opened it in a PDF editor and typed on top with its text tool, each answer where the cursor
    landed - a little right of the line's start and sitting above it or sinking through it - boxes crossed with a typed
    X a few points off their centres, and a saved signature image placed over the signature line."""
    pages = [Sheet(), Sheet(), Sheet()]
    spots: dict[str, tuple[int, float, float]] = {}  # answer -> (page, line start x, baseline y)
    boxes: dict[str, tuple[int, float, float]] = {}  # box -> (page, x, top y)
    name, contact = ASHGROVE
    for number, s in enumerate(pages, start=1):
        s.text(40, 50, name, 16, "serif-b")
        s.text(572, 50, "BORROWER FINANCIAL INFORMATION & HARDSHIP FORM", 10, "sans-b", align="r")
        s.text(40, 64, contact, 8, "sans", 0.3)
        s.line(40, 72, 572, 72, 1.2)
        s.text(40, 764, "AGL-LM-2 (rev 4/2026)", 7, "sans", 0.4)
        s.text(572, 764, f"{number} of 3", 7.5, "sans", 0.35, "r")

    def line_field(page: int, key: str, label: str, x: float, y: float, x_end: float, size: float = 9.5) -> None:
        s = pages[page]
        s.text(x, y, label, size)
        x0 = x + hp.text_width(label, "sans", size) + 4
        s.line(x0, y + 2, x_end, y + 2, 0.6)
        spots[key] = (page, x0, y)

    def box(page: int, key: str, label: str, x: float, y: float, size: float = 9.0) -> float:
        s = pages[page]
        s.rect(x, y - 8, 9, 9, width=0.7)
        s.text(x + 13, y, label, size)
        boxes[key] = (page, x, y - 8)
        return x + 13 + hp.text_width(label, "sans", size) + 18

    def band(page: int, y: float, title: str) -> None:
        pages[page].band(40, y, 532, title, fill=0.8, size=9.5, height=16)

    pages[0].wrap(40, 90, "Please complete all sections, sign and date page 3 and return this form with your "
                  "income and hardship documents. You may fill this form on a computer and print it, or print it and "
                  "fill it in by hand.", 532, 8.5, "sans-i", 11, 0.25)
    band(0, 122, "SECTION I - BORROWER INFORMATION")
    line_field(0, "loan", "Loan Number:", 40, 160, 300)
    line_field(0, "name", "Borrower's Name:", 40, 188, 396)
    line_field(0, "ssn4", "SSN (last 4):", 410, 188, 572)
    line_field(0, "co_name", "Co-Borrower's Name:", 40, 216, 396)
    line_field(0, "co_ssn4", "SSN (last 4):", 410, 216, 572)
    line_field(0, "phone", "Home Phone:", 40, 244, 296)
    line_field(0, "cell", "Cell Phone:", 310, 244, 572)
    line_field(0, "email", "E-mail Address:", 40, 272, 572)
    line_field(0, "mailing", "Mailing Address (if different from property):", 40, 300, 572)
    band(0, 332, "SECTION II - PROPERTY INFORMATION")
    line_field(0, "street", "Property Address:", 40, 370, 572)
    line_field(0, "city", "City:", 40, 398, 296)
    line_field(0, "state", "State:", 310, 398, 396)
    line_field(0, "zip", "Zip Code:", 410, 398, 572)
    pages[0].text(40, 430, "The property is my:", 9.5)
    x = 150.0
    for code, label in ASH_OCCUPANCY:
        x = box(0, f"occ:{code}", label, x, 430)
    pages[0].text(40, 456, "Is the property currently listed for sale?", 9.5)
    box(0, "sale:no", "No", box(0, "sale:yes", "Yes", 250, 456), 456)
    pages[0].text(40, 482, "I/we want to:", 9.5)
    x = box(0, "keep", "Keep the property", 150, 482)
    box(0, "undecided", "Undecided", box(0, "sell", "Sell the property", x, 482), 482)
    pages[0].text(40, 508, "Is the property subject to HOA or condominium fees?", 9.5)
    x = box(0, "hoa:no", "No", box(0, "hoa:yes", "Yes", 300, 508), 508)
    line_field(0, "hoa", "Monthly amount: $", x, 508, 572)
    pages[0].text(40, 540, "Is any borrower on active military duty or the surviving spouse of a service member?", 9.5)
    box(0, "mil:no", "No", box(0, "mil:yes", "Yes", 452, 540), 540)

    band(1, 96, "SECTION III - HARDSHIP")
    pages[1].text(40, 130, "I (we) am having difficulty making my monthly payment because of (check all that apply):",
                  9.5)
    for i, (code, label) in enumerate(ASH_HARDSHIPS):
        col, r = divmod(i, 5)
        box(1, f"hs:{code}", label, 56 + col * 260, 154 + r * 20)
    line_field(1, "start", "Date hardship began:", 40, 268, 260)
    x = box(1, "short", "Short-term (6 months or less)", 40, 296)
    box(1, "resolved", "Resolved", box(1, "long", "Long-term (more than 6 months)", x, 296), 296)
    line_field(1, "why1", "Explanation:", 40, 324, 572)
    for i in (2, 3):
        pages[1].line(40, 324 + (i - 1) * 24 + 2, 572, 324 + (i - 1) * 24 + 2, 0.6)
        spots[f"why{i}"] = (1, 40.0, 324 + (i - 1) * 24)
    band(1, 392, "SECTION IV - MONTHLY INCOME (before taxes)")
    y = 424.0
    for code, label in ASH_INCOME:
        pages[1].text(40, y, label, 9.5)
        pages[1].text(360, y, "." * 22, 9.5, "sans", 0.5)
        line_field(1, f"inc:{code}", "$", 450, y, 572)
        y += 24
    pages[1].text(40, y + 4, "TOTAL MONTHLY INCOME", 9.5, "sans-b")
    line_field(1, "total", "$", 450, y + 4, 572)

    band(2, 96, "SECTION V - BORROWER CERTIFICATION")
    y = 128.0
    for paragraph in (
            "1. I certify that all of the information in this form is truthful and that the hardship I identified "
            "contributed to my need for mortgage relief. Knowingly submitting false information may violate federal "
            "and state law.",
            "2. I agree to provide Ashgrove Lending Services with all required documents, including any additional "
            "documents it requests, and to respond in a timely manner to its communications.",
            "3. I understand that Ashgrove is not obligated to offer me assistance based solely on this form.",
            "4. I consent to Ashgrove obtaining a current credit report for each borrower and to being contacted about "
            "this request at any telephone number, including a mobile number, or e-mail address I have provided."):
        y = pages[2].wrap(40, y, paragraph, 532, 9.5, "sans", 13) + 8
    line_field(2, "sig", "Borrower Signature:", 40, y + 40, 380)
    line_field(2, "date", "Date:", 400, y + 40, 572)
    line_field(2, "co_sig", "Co-Borrower Signature:", 40, y + 84, 380)
    line_field(2, "co_date", "Date:", 400, y + 84, 572)

    co = app.co_borrower
    long_term = app.facts.get("duration", "long") == "long"
    typed: dict[str, str] = {
        "loan": app.loan, "name": app.borrower.name, "ssn4": app.ssn4, "cell": app.phone, "email": app.email,
        "street": app.address.street, "city": app.address.city, "state": app.address.state, "zip": app.address.zip,
        "total": money(app.total),
    }
    if co:
        typed |= {"co_name": co.name, "co_ssn4": app.co_ssn4 or ""}
    if app.mailing:
        typed["mailing"] = app.mailing.one_line
    if app.hardship_start:
        typed["start"] = us(app.hardship_start)
    for i, line in enumerate(hf._lines(app.facts.get("story", ""), 500, 10.5)[:3], start=1):
        typed[f"why{i}"] = line
    for code in app.claimed:
        typed[f"inc:{code}"] = money(app.income(code))
    if app.signed_on:
        typed["date"] = us(app.signed_on)
    if co and app.co_signed_on:
        typed["co_date"] = us(app.co_signed_on)
    crossed = [f"occ:{app.occupancy}", "sale:no", "keep", "hoa:no", "mil:no", "long" if long_term else "short",
               *(f"hs:{h}" for h in app.hardships)]
    overlays = {i: Sheet() for i in range(3)}
    for key, value in typed.items():
        page, x0, y = spots[key]
        overlays[page].text(x0 + rng.uniform(1.5, 14), y + rng.uniform(-7.5, 2.5), value, 10.5, "sans", 0.0)
    for key in crossed:
        page, x, top = boxes[key]
        overlays[page].text(x + 4.5 + rng.uniform(-2.5, 3), top + 8.5 + rng.uniform(-2.5, 2.5), "X", 11, "sans", 0.0,
                            "c")
    for key, who_signed in (("sig", app.signed), ("co_sig", bool(co and app.co_signed))):
        if who_signed:
            _, x0, y = spots[key]
            overlays[2].signature(rng, x0 + rng.uniform(10, 40), y + rng.uniform(-4, 4), 170, 26, gray=0.05)
    return hp.overlay_pdf(hp.sheets_pdf(pages), overlays)


# --- application E: the real Form 710, filled through its AcroForm --------------------------------------------

def form710_filled(app: GApplication, rng: random.Random) -> bytes:
    """Form 710 filled in a PDF reader with dates typed without leading zeros (10/3/2027), a short-term hardship, the
    co-borrower's e-mail and phone, checking and savings; both signatures drawn on page 4 after printing."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower.name, "Text_3": app.ssn4, "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_2": True, "Checkbox_17": True, "Checkbox_18": True,
        "Checkbox_23": True, "Text_6": app.address.one_line, f"Checkbox_{hc.F710_OCCUPANCY[app.occupancy]}": True,
        "Checkbox_27": True, "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Number_10": app.facts.get("cash", ""), "Number_11": app.facts.get("savings", ""),
        "Checkbox_39" if app.facts.get("duration", "long") == "long" else "Checkbox_38": True,
    }
    if app.co_borrower:
        values |= {"Text_4": app.co_borrower.name, "Text_5": app.co_ssn4 or "",
                   "Email_2": app.facts.get("co_email", ""), "US_Phone_Number_3": app.facts.get("co_phone", ""),
                   "Checkbox_10": True}
    if app.hardship_start:
        values["Date_1"] = _slash(app.hardship_start)
    for code in app.hardships:
        values[f"Checkbox_{hc.F710_HARDSHIP[code]}"] = True
    for code in app.claimed:
        values[f"Number_{hc.F710_INCOME[code]}"] = money(app.income(code))
    if app.signed_on:
        values["Date_3"] = _slash(app.signed_on)
    if app.co_signed_on:
        values["Date_4"] = _slash(app.co_signed_on)
    ink = Sheet()
    if app.signed:  # Signature_1's rectangle: x 145-396, y 343-367 (PDF, bottom-up)
        ink.signature(rng, 160, hp.PAGE_H - 347, 200, 22, gray=0.1)
    if app.co_borrower and app.co_signed:  # Signature_2: x 158-396, y 305-329
        ink.signature(rng, 176, hp.PAGE_H - 309, 180, 20, gray=0.1)
    return hp.overlay_pdf(pf.form710_filled({k: v for k, v in values.items() if v != ""}), {3: ink})


@dataclass
class PhoneScanDoc(Doc):
    """Pages captured with a phone's document-scanner app: the app finds the sheet's edges and flattens it, leaving
    the page up to 2 degrees off square with slivers of the dark table in its corners, window light falling off
    across the sheet, the phone's soft shadow over one part, a little blur."""

    seed: int = 0

    def images(self, dpi: int) -> list[Image.Image]:
        out = []
        for n, page in enumerate(super().images(dpi)):
            rng = random.Random(self.seed * 61 + n)
            angle = rng.uniform(0.4, 1.8) * rng.choice([-1, 1])
            w, h = page.size
            paper = page.convert("L").point(lambda v: round(v * 242 / 255))
            turned = paper.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=56)
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
            across = xx / w if rng.random() < 0.5 else 1 - xx / w
            light = 1.05 - 0.17 * across - 0.05 * (yy / h)
            cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.8, 1.05) * h
            shadow = 1 - 0.22 * np.exp(-(((xx - cx) / (0.32 * w)) ** 2 + ((yy - cy) / (0.22 * h)) ** 2))
            arr = np.asarray(turned, dtype=np.float32) * light * shadow
            out.append(Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)))
        return out


def phone_scanned(doc: Doc, seed: int) -> PhoneScanDoc:
    return PhoneScanDoc(doc.type, doc.fields, doc.sheets, doc.pdf, doc.facts, seed=seed)


# --- pay stubs ----------------------------------------------------------------------------------------------------


@dataclass
class Line:
    """One earnings row as printed: its label, units and rate as text, this period's amount and the year's."""

    label: str
    units: str
    rate: str
    amount: Decimal
    ytd: Decimal


def _stub(employer: str, office: Address, employee: Person, home: Address, start: date, end: date, pay: date,
          frequency: str, lines: Sequence[Line], spec: Sequence[tuple[str, Decimal]], received: date) -> Stub:
    """A stub whose gross is its lines' sum and whose deductions run year to date in the same proportion."""
    gross = sum((line.amount for line in lines), Decimal(0))
    ytd = sum((line.ytd for line in lines), Decimal(0))
    periods = ytd / gross
    deductions = [(label, amount, cents(amount * periods)) for label, amount in spec]
    stub = Stub(employer, office, employee, home, start, end, pay, frequency, gross, ytd, deductions)
    return hc._not_after(stub, received - timedelta(days=1))


def _taxes(gross: Decimal, state: str, federal: str = "0.08", state_rate: str = "0.038") -> list[tuple[str, Decimal]]:
    out = [("Federal Income Tax", cents(gross * Decimal(federal))),
           ("Social Security", cents(gross * Decimal("0.062"))), ("Medicare", cents(gross * Decimal("0.0145")))]
    if state not in NO_STATE_TAX:
        out.append((f"{state} State Income Tax", cents(gross * Decimal(state_rate))))
    return out


BRIGHTWELL = "Brightwell Markets, Inc."


def kiosk_run(rng: random.Random, employee: Person, home: Address, received: date, weeks: int
              ) -> list[tuple[Stub, list[Line]]]:
    """`weeks` consecutive weekly pay periods (Sunday to Saturday, paid the Thursday after) of a part-time grocery
    clerk: regular hours that vary week to week and a Sunday premium."""
    rate = Decimal(rng.randrange(1525, 1890, 5)) / 100
    last = hc._saturday_on_or_before(received - timedelta(days=rng.randint(6, 9)))
    ledger = Ledger()
    typical = {"REGULAR": cents(Decimal(30) * rate), "SUN PREM": Decimal("6.00")}
    office = Address(f"{rng.randint(100, 9800)} {rng.choice(['Commerce', 'Market', 'Orchard'])} Pkwy", home.city,
                     home.state, home.zip)
    out = []
    for k in range(weeks - 1, -1, -1):
        end = last - timedelta(days=7 * k)
        hours = Decimal(rng.randrange(96, 136)) / 4
        sunday = Decimal(rng.choice([0, 5, 6, 7]))
        amounts = {"REGULAR": cents(hours * rate), "SUN PREM": sunday}
        pay = end + timedelta(days=5)
        ytd = ledger.post(pay.year, (pay.timetuple().tm_yday - 1) // 7 + 1, amounts, typical)
        lines = [Line("REGULAR", f"{hours:.2f}", f"{rate:.2f}", amounts["REGULAR"], ytd["REGULAR"]),
                 Line("SUN PREM", f"{sunday:.2f}", "1.00", sunday, ytd["SUN PREM"])]
        gross = amounts["REGULAR"] + sunday
        spec = [(label.upper().replace("FEDERAL INCOME TAX", "FED W/H").replace("SOCIAL SECURITY", "SOC SEC")
                 .replace(f"{home.state} STATE INCOME TAX", "ST W/H"), amount)
                for label, amount in _taxes(gross, home.state, "0.055", "0.03")]
        spec += [("UFCW LOCAL 1625 DUES", Decimal("12.25")), ("401K 3%", cents(gross * Decimal("0.03")))]
        stub = _stub(BRIGHTWELL, office, employee, home, end - timedelta(days=6), end, pay,
                     "weekly", lines, spec, received)
        out.append((stub, lines))
    return out


def stub_kiosk(stub: Stub, lines: Sequence[Line], store: str, emp_id: str, printed: date, rng: random.Random
               ) -> Sheet:
    """A grocery chain's weekly earnings statement reprinted on the break-room kiosk's receipt printer: a narrow
    thermal strip in a fixed-width face, laid on the scanner glass on a white sheet."""
    s = Sheet()
    x0, width = 196.0, 222.0
    size, adv = 7.3, hp.text_width("0", "mono", 7.3)
    rows: list[str] = []
    cols = int((width - 16) / adv)

    def lr(left: str, right: str) -> str:
        return left + " " * max(1, cols - len(left) - len(right)) + right

    def num(row: str, *values: str, widths: Sequence[int] = (10, 11)) -> str:
        return row + "".join(v.rjust(w) for v, w in zip(values, widths, strict=False))

    rows += [BRIGHTWELL.upper().center(cols), f"STORE {store} - {stub.employer_address.city.upper()}, "
             f"{stub.employer_address.state}".center(cols), "-" * cols, lr("EARNINGS STATEMENT", "WEEKLY"),
             f"EMPLOYEE: {stub.employee.upper}", f"EMP ID:   {emp_id}", "DEPT:     DELI / PREPARED FOODS",
             f"PERIOD:   {us(stub.period_start)} - {us(stub.period_end)}", f"PAY DATE: {us(stub.pay_date)}",
             "-" * cols, "DESC         HRS  RATE   CURRENT        YTD"]
    for line in lines:
        rows.append(f"{line.label:<9}{line.units:>7}{line.rate:>6}{money(line.amount):>10}{money(line.ytd):>11}")
    rows += ["-" * cols, num("GROSS PAY".ljust(22), money(stub.gross), money(stub.ytd_gross or stub.gross)), ""]
    for label, current, ytd in stub.deductions:
        rows.append(num(label[:21].ljust(22), money(current), money(ytd)))
    total = stub.gross - stub.net
    rows += [num("TOTAL DEDUCTIONS".ljust(22), money(total)), "-" * cols, num("NET PAY".ljust(22), money(stub.net)),
             "", lr(f"DIRECT DEPOSIT XXXX{rng.randint(1000, 9999)}", money(stub.net)), "-" * cols,
             f"REPRINT {us(printed)} {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d} KIOSK 0{rng.randint(1, 4)}",
             "KEEP FOR YOUR RECORDS".center(cols)]
    top, leading = 70.0, 10.2
    s.rect(x0 + 3, top - 14 + 3, width, len(rows) * leading + 28, stroke=None, fill=0.82)  # the strip's shadow
    s.rect(x0, top - 14, width, len(rows) * leading + 28, width=0.3, stroke=0.75, fill=0.965)
    for i, row in enumerate(rows):
        s.text(x0 + 8, top + 6 + i * leading, row, size, "mono-b" if row.startswith(("NET PAY", "GROSS")) else "mono",
               0.12)
    return s


PAYNIMBUS_GROUPS = {"401(k)": "Pre-tax", "Medical": "Pre-tax", "Dental": "Pre-tax", "Vision": "Pre-tax",
                    "HSA": "Pre-tax", "FSA": "Pre-tax", "Roth": "Post-tax", "Life": "Post-tax", "Garnish": "Post-tax"}


def _group(label: str) -> str:
    for key, group in PAYNIMBUS_GROUPS.items():
        if key in label:
            return group
    return "Tax"


def _semimonthly_before(end: date) -> date:
    return end.replace(day=15) if end.day > 15 else end.replace(day=1) - timedelta(days=1)


def nimbus_run(rng: random.Random, employer: str, office: Address, employee: Person, home: Address, received: date,
               count: int, annual: Decimal | None = None, rate: Decimal | None = None,
               benefits: Sequence[tuple[str, Decimal]] = ()) -> list[tuple[Stub, list[Line]]]:
    """`count` consecutive semi-monthly periods, paid five days after each period ends (a Friday when that falls on a
    weekend): a salary (`annual`) or hourly pay (`rate`) with a little overtime."""
    last = hp._semimonthly_end_before(received - timedelta(days=rng.randint(6, 10)))
    ends = [last]
    while len(ends) < count:
        ends.insert(0, _semimonthly_before(ends[0]))
    ledger = Ledger()
    out = []
    for end in ends:
        start = end.replace(day=16) if end.day > 15 else end.replace(day=1)
        pay = hp.weekday_on_or_before(end + timedelta(days=5))
        index = (pay.month - 1) * 2 + (2 if pay.day > 15 else 1)  # year to date counts by check date
        if annual is not None:
            amounts = {"Salary": cents(annual / 24)}
            typical = dict(amounts)
            units = {"Salary": ("86.67", f"{annual / 2080:.4f}")}
        else:
            assert rate is not None
            hours = Decimal(rng.randrange(280, 347)) / 4
            overtime = Decimal(rng.choice([0, 0, 2, 3.5, 4]))
            amounts = {"Regular": cents(hours * rate), "Overtime": cents(overtime * rate * Decimal("1.5"))}
            typical = {"Regular": cents(Decimal(80) * rate), "Overtime": cents(2 * rate * Decimal("1.5"))}
            units = {"Regular": (f"{hours:.2f}", f"{rate:.2f}"),
                     "Overtime": (f"{overtime:.2f}", f"{rate * Decimal('1.5'):.3f}")}
        ytd = ledger.post(pay.year, index, amounts, typical)
        lines = [Line(k, units[k][0], units[k][1], v, ytd[k]) for k, v in amounts.items()]
        gross = sum(amounts.values(), Decimal(0))
        spec = [*_taxes(gross, home.state, "0.085", "0.042"), *benefits]
        stub = _stub(employer, office, employee, home, start, end, pay, "semimonthly", lines, spec, received)
        out.append((stub, lines))
    return out


def stub_nimbus(stub: Stub, lines: Sequence[Line], emp_id: str, rng: random.Random) -> Sheet:
    """A cloud payroll service's "Pay Statement": five summary tiles across the top (Gross pay, Pre-tax deductions,
    Taxes, Post-tax deductions, Net pay) with this period large and year to date small beneath, then Earnings, Taxes
    and Deductions tables, the payroll provider's name in the footer."""
    s = Sheet()
    office = stub.employer_address
    s.text(40, 54, stub.employer, 13, "sans-b")
    s.text(40, 67, f"{office.street}, {office.last_line}", 8.5, "sans", 0.3)
    s.text(572, 56, "Pay Statement", 17, "sans-b", align="r")
    periods = (stub.ytd_gross or stub.gross) / stub.gross
    groups: dict[str, tuple[Decimal, Decimal]] = {"Pre-tax": (Decimal(0), Decimal(0)),
                                                  "Tax": (Decimal(0), Decimal(0)),
                                                  "Post-tax": (Decimal(0), Decimal(0))}
    for label, current, ytd in stub.deductions:
        c, t = groups[_group(label)]
        groups[_group(label)] = (c + current, t + ytd)
    ytd_gross = stub.ytd_gross or stub.gross
    ytd_net = ytd_gross - sum((t for _, _, t in stub.deductions), Decimal(0))
    tiles = [("GROSS PAY", stub.gross, ytd_gross), ("PRE-TAX DEDUCTIONS", *groups["Pre-tax"]),
             ("TAXES", *groups["Tax"]), ("POST-TAX DEDUCTIONS", *groups["Post-tax"]), ("NET PAY", stub.net, ytd_net)]
    for i, (label, current, ytd) in enumerate(tiles):
        x = 40 + i * 108
        s.rect(x, 88, 100, 52, width=0.5, stroke=0.7, fill=0.2 if label == "NET PAY" else 0.95)
        ink = 1.0 if label == "NET PAY" else 0.0
        s.text(x + 7, 101, label, 6.5, "sans-b", 0.85 if ink else 0.35)
        s.text(x + 7, 120, f"${money(current)}", 12, "sans-b", ink)
        s.text(x + 7, 133, f"YTD ${money(ytd)}", 7, "sans", 0.8 if ink else 0.35)
    y = 168
    s.text(40, y, "EMPLOYEE", 7, "sans-b", 0.4)
    s.text(40, y + 14, stub.employee.name, 10.5, "sans-b")
    s.text(40, y + 27, stub.employee_address.street, 9)
    s.text(40, y + 39, stub.employee_address.last_line, 9)
    facts = [("Pay period", f"{us(stub.period_start)} {EN} {us(stub.period_end)}"), ("Pay date", us(stub.pay_date)),
             ("Pay schedule", "Semi-monthly"), ("Employee ID", emp_id),
             ("Payment", f"Direct deposit {BULLET}{BULLET}{rng.randint(1000, 9999)}")]
    for i, (label, value) in enumerate(facts):
        s.text(330, y + i * 13, label, 8.5, "sans", 0.4)
        s.text(420, y + i * 13, value, 9)
    y += 84

    def table(y: float, title: str, heads: Sequence[tuple[float, str, str]], rows: Sequence[Sequence[str]],
              total: Sequence[str] | None = None) -> float:
        s.text(40, y, title, 10, "sans-b")
        s.line(40, y + 5, 572, y + 5, 0.8)
        for x, head, align in heads:
            s.text(x, y + 17, head, 7.5, "sans-b", 0.4, align)
        y += 31
        for row in rows:
            for (x, _, align), value in zip(heads, row, strict=True):
                s.text(x, y, value, 9, "sans", 0.0, align)
            s.line(40, y + 4, 572, y + 4, 0.3, 0.8)
            y += 15
        if total:
            for (x, _, align), value in zip(heads, total, strict=True):
                s.text(x, y, value, 9, "sans-b", 0.0, align)
            y += 15
        return y + 14

    earn = [(44, "Description", "l"), (300, "Hours", "r"), (380, "Rate", "r"), (470, "Current", "r"),
            (566, "Year to date", "r")]
    y = table(y, "Earnings", earn, [(ln.label, ln.units, ln.rate, money(ln.amount), money(ln.ytd)) for ln in lines],
              ("Gross pay", "", "", money(stub.gross), money(ytd_gross)))
    heads = [(44, "Description", "l"), (300, "Type", "l"), (470, "Current", "r"), (566, "Year to date", "r")]
    taxes = [(lb, "Employee tax", money(c), money(t)) for lb, c, t in stub.deductions if _group(lb) == "Tax"]
    y = table(y, "Taxes", heads, taxes)
    others = [(lb, _group(lb), money(c), money(t)) for lb, c, t in stub.deductions if _group(lb) != "Tax"]
    if others:
        y = table(y, "Deductions", heads, others)
    match = cents(stub.gross * Decimal("0.03"))
    y = table(y, "Employer contributions (not included in your pay)", heads,
              [("401(k) match", "Employer", money(match), money(cents(match * periods)))])
    s.wrap(40, y + 4, "Questions about your pay? Contact your employer's payroll administrator. Keep this statement "
           "for your records.", 532, 8, "sans-i", 10, 0.35)
    s.text(40, 752, f"Powered by PayNimbus {DOT} paynimbus.example", 7.5, "sans-b", 0.45)
    return s


IRONBRIDGE = "Ironbridge Constructors, Inc."


def ironbridge_run(rng: random.Random, employee: Person, home: Address, received: date, days_back: int
                   ) -> list[tuple[Stub, list[Line], list[Decimal]]]:
    """Two consecutive bi-weekly periods of a union carpenter (Sunday to Saturday, paid the Friday after): straight
    time on weekdays (rain days lost), overtime on some Saturdays; with each stub its fourteen daily hours."""
    rate = Decimal(rng.randrange(3650, 4550, 5)) / 100
    last = hc._saturday_on_or_before(received - timedelta(days=days_back))
    ledger = Ledger()
    typical = {"Straight Time": cents(Decimal(72) * rate), "Overtime 1.5X": cents(Decimal(6) * rate * Decimal("1.5"))}
    office = Address(f"{rng.randint(1000, 9000)} Industrial Park Rd", home.city, home.state, home.zip)
    out = []
    for end in (last - timedelta(days=14), last):
        days: list[Decimal] = []
        for offset in range(14):
            weekday = (end - timedelta(days=13 - offset)).weekday()
            if weekday == 6:
                days.append(Decimal(0))
            elif weekday == 5:
                days.append(Decimal(rng.choice([0, 0, 4, 6])))
            else:
                days.append(Decimal(rng.choice([8, 8, 8, 8, 0, 6])))
        straight = sum((d for i, d in enumerate(days) if (end - timedelta(days=13 - i)).weekday() < 5), Decimal(0))
        overtime = sum(days, Decimal(0)) - straight
        amounts = {"Straight Time": cents(straight * rate), "Overtime 1.5X": cents(overtime * rate * Decimal("1.5"))}
        pay = end + timedelta(days=6)
        ytd = ledger.post(pay.year, (pay.timetuple().tm_yday - 1) // 14 + 1, amounts, typical)
        lines = [Line("Straight Time", f"{straight:.1f}", f"{rate:.2f}", amounts["Straight Time"],
                      ytd["Straight Time"]),
                 Line("Overtime 1.5X", f"{overtime:.1f}", f"{rate * Decimal('1.5'):.3f}", amounts["Overtime 1.5X"],
                      ytd["Overtime 1.5X"])]
        gross = sum(amounts.values(), Decimal(0))
        hours = straight + overtime
        spec = [*_taxes(gross, home.state, "0.095", "0.04"),
                ("Union Working Dues 2.5%", cents(gross * Decimal("0.025"))),
                ("Vacation Fund $2.50/hr", cents(hours * Decimal("2.50")))]
        stub = _stub(IRONBRIDGE, office, employee, home, end - timedelta(days=13), end, pay,
                     "biweekly", lines, spec, received)
        out.append((stub, lines, days))
    return out


def stub_ironbridge(stub: Stub, lines: Sequence[Line], days: Sequence[Decimal], check_no: str, rng: random.Random
                    ) -> Sheet:
    """A union contractor's "Employee Earnings Statement": a boxed strip of employee facts (class, local, check
    number), a grid of the fourteen days' hours under their week-ending dates, earnings and deductions with
    year-to-date, and the fringe benefits the employer paid to the trust funds - not part of gross pay."""
    s = Sheet()
    office = stub.employer_address
    s.text(40, 52, IRONBRIDGE.upper(), 14, "serif-b")
    s.text(40, 65, f"{office.street}  {DOT}  {office.last_line}  {DOT}  Signatory contractor, Carpenters Local 2261", 8,
           "serif", 0.3)
    s.text(572, 52, "EMPLOYEE EARNINGS STATEMENT", 11, "sans-b", align="r")
    s.text(572, 65, "BI-WEEKLY PAYROLL", 8, "sans", 0.35, "r")
    cells = [("EMPLOYEE", stub.employee.upper, 170), ("CLASSIFICATION", "JOURNEYMAN CARPENTER", 122),
             ("LOCAL", "2261", 44), ("CHECK NO.", check_no, 70), ("CHECK DATE", us(stub.pay_date), 126)]
    x = 40.0
    for label, value, w in cells:
        s.rect(x, 80, w, 30, width=0.7)
        s.text(x + 4, 89, label, 6, "sans-b", 0.35)
        s.text(x + 4, 104, value, _fit(value, "sans", 8.5, w - 8))
        x += w
    s.text(40, 128, f"PERIOD {us(stub.period_start)} - {us(stub.period_end)}", 9, "sans-b")
    y = 140.0
    for week in range(2):
        ending = stub.period_start + timedelta(days=6 + 7 * week)
        s.rect(40, y, 110, 30, width=0.5, fill=0.9)
        s.text(44, y + 12, "W/E", 7, "sans-b", 0.35)
        s.text(44, y + 25, us(ending), 8.5)
        for i in range(7):
            day = stub.period_start + timedelta(days=7 * week + i)
            hours = days[7 * week + i]
            s.rect(150 + i * 46, y, 46, 30, width=0.5)
            s.text(150 + i * 46 + 23, y + 11, f"{day:%a} {day.day}".upper(), 6.5, "sans-b", 0.35, "c")
            s.text(150 + i * 46 + 23, y + 25, f"{hours:.1f}" if hours else "-", 9, "mono", 0.0, "c")
        week_total = sum(days[7 * week:7 * week + 7], Decimal(0))
        s.rect(472, y, 100, 30, width=0.5, fill=0.9)
        s.text(476, y + 12, "WEEK HOURS", 6.5, "sans-b", 0.35)
        s.text(566, y + 25, f"{week_total:.1f}", 9, "mono-b", 0.0, "r")
        y += 30
    y += 24
    heads = [(44, "EARNINGS", "l"), (300, "HOURS", "r"), (370, "RATE", "r"), (470, "CURRENT", "r"),
             (566, "YEAR TO DATE", "r")]
    s.line(40, y - 11, 572, y - 11, 0.8)
    for x_, head, align in heads:
        s.text(x_, y, head, 7.5, "sans-b", 0.0, align)
    y += 14
    for ln in lines:
        for (x_, _, align), value in zip(heads, (ln.label, ln.units, ln.rate, money(ln.amount), money(ln.ytd)),
                                         strict=True):
            s.text(x_, y, value, 9, "sans", 0.0, align)
        y += 13
    s.text(44, y + 2, "GROSS PAY", 9, "sans-b")
    s.text(470, y + 2, money(stub.gross), 9, "sans-b", align="r")
    s.text(566, y + 2, money(stub.ytd_gross or stub.gross), 9, "sans-b", align="r")
    y += 28
    s.line(40, y - 11, 572, y - 11, 0.8)
    s.text(44, y, "DEDUCTIONS", 7.5, "sans-b")
    s.text(470, y, "CURRENT", 7.5, "sans-b", align="r")
    s.text(566, y, "YEAR TO DATE", 7.5, "sans-b", align="r")
    y += 14
    for label, current, ytd in stub.deductions:
        s.text(44, y, label, 9)
        s.text(470, y, money(current), 9, align="r")
        s.text(566, y, money(ytd), 9, align="r")
        y += 13
    y += 10
    total = stub.gross - stub.net
    ytd_total = sum((t for _, _, t in stub.deductions), Decimal(0))
    for i, (label, current, ytd) in enumerate((("GROSS", stub.gross, stub.ytd_gross or stub.gross),
                                                ("DEDUCTIONS", total, ytd_total),
                                                ("NET PAY", stub.net, (stub.ytd_gross or stub.gross) - ytd_total))):
        s.rect(300 + i * 90.67, y, 90.67, 40, width=0.8, fill=0.9 if label == "NET PAY" else None)
        s.text(305 + i * 90.67, y + 11, label, 6.5, "sans-b", 0.35)
        s.text(386 + i * 90.67, y + 24, money(current), 9.5, "sans-b", align="r")
        s.text(386 + i * 90.67, y + 35, f"YTD {money(ytd)}", 6.5, "sans", 0.35, "r")
    s.text(40, y + 11, "THIS PERIOD", 8, "sans-b")
    y += 64
    hours = sum(days, Decimal(0))
    s.text(40, y, f"FRINGE BENEFITS PAID BY EMPLOYER TO CARPENTERS TRUST FUNDS ({hours:.1f} hours) - not wages", 8,
           "sans-b", 0.25)
    y += 14
    for label, per_hour in (("Health & Welfare", Decimal("10.15")), ("Pension", Decimal("8.40")),
                            ("Apprenticeship & Training", Decimal("0.65")), ("Annuity", Decimal("3.00"))):
        s.text(52, y, label, 8.5, "sans", 0.2)
        s.text(300, y, f"{per_hour:.2f} / hr", 8.5, "sans", 0.2, "r")
        s.text(470, y, money(cents(per_hour * hours)), 8.5, "sans", 0.2, "r")
        y += 12
    y += 18
    s.wrap(40, y, "Vacation fund contributions are deducted from your pay and held by the trust until the payout in "
           "December. Report payroll errors to the job-site timekeeper within 7 days.", 532, 7.5, "sans-i", 9.5, 0.35)
    return s


KEEL = "Keel & Harrow Freight Lines, Inc."


def freight_run(rng: random.Random, employee: Person, home: Address, received: date, count: int
                ) -> list[tuple[Stub, list[Line], list[tuple[str, date, str, int, int]]]]:
    """`count` consecutive bi-weekly periods of a company truck driver paid by the mile, with stop pay and detention;
    with each stub its trips (number, dispatch date, lane, loaded miles, empty miles)."""
    cpm = Decimal(rng.choice(["0.58", "0.60", "0.62", "0.64"]))
    last = hc._saturday_on_or_before(received - timedelta(days=rng.randint(7, 12)))
    ledger = Ledger()
    typical = {"Mileage": cents(Decimal(4300) * cpm), "Stop Pay": Decimal(120), "Detention": Decimal(44)}
    terminal = f"{home.city}, {home.state}"
    lanes = [f"{terminal} > {city}" for city in ("Memphis, TN", "Joliet, IL", "Laredo, TX", "Columbus, OH",
                                                 "Kansas City, MO", "Atlanta, GA", "Denver, CO")]
    office = Address(f"{rng.randint(100, 4000)} Terminal Dr", home.city, home.state, home.zip)
    out = []
    for k in range(count - 1, -1, -1):
        end = last - timedelta(days=14 * k)
        start = end - timedelta(days=13)
        trips = []
        for t in range(rng.randint(3, 5)):
            loaded, empty = rng.randint(640, 1350), rng.randint(40, 180)
            trips.append((f"KH{rng.randint(100000, 999999)}", start + timedelta(days=t * 3 + rng.randint(0, 1)),
                          rng.choice(lanes), loaded, empty))
        miles = sum(tr[3] + tr[4] for tr in trips)
        stops = rng.randint(2, 7)
        detention = Decimal(rng.choice([0, 2, 3.5]))
        amounts = {"Mileage": cents(miles * cpm), "Stop Pay": Decimal(30 * stops), "Detention": cents(detention * 22)}
        pay = end + timedelta(days=6)
        ytd = ledger.post(pay.year, (pay.timetuple().tm_yday - 1) // 14 + 1, amounts, typical)
        lines = [Line("Mileage", f"{miles:,} mi", f"{cpm:.4f}", amounts["Mileage"], ytd["Mileage"]),
                 Line("Stop Pay", str(stops), "30.00", amounts["Stop Pay"], ytd["Stop Pay"]),
                 Line("Detention", f"{detention:.1f} hr", "22.00", amounts["Detention"], ytd["Detention"])]
        gross = sum(amounts.values(), Decimal(0))
        spec = [*_taxes(gross, home.state, "0.09", "0.04"), ("Medical - Driver + Spouse", Decimal("118.40")),
                ("401(k) 5%", cents(gross * Decimal("0.05"))), ("Cell Phone Plan", Decimal("15.00"))]
        stub = _stub(KEEL, office, employee, home, start, end, pay, "biweekly", lines, spec,
                     received)
        out.append((stub, lines, trips))
    return out


def stub_freight(stub: Stub, lines: Sequence[Line], trips: Sequence[tuple[str, date, str, int, int]], driver_no: str
                 ) -> Sheet:
    """A trucking company's driver "Payroll Statement": one summary row (check date, period start and end, gross,
    deductions, net) across the top, the driver's facts, the trips of the period with loaded and empty miles, then
    pay items and deductions with current and year-to-date amounts."""
    s = Sheet()
    s.rect(40, 38, 532, 34, stroke=None, fill=0.92)
    s.text(50, 60, KEEL, 14, "sans-b")
    s.text(562, 53, "DRIVER PAYROLL STATEMENT", 10, "sans-b", align="r")
    s.text(562, 65, f"{stub.employer_address.street}, {stub.employer_address.last_line}", 7.5, "sans", 0.3, "r")
    heads = ["Check Date", "Period Start", "Period End", "Gross Pay", "Total Deductions", "Net Pay"]
    values = [us(stub.pay_date), us(stub.period_start), us(stub.period_end), money(stub.gross),
              money(stub.gross - stub.net), money(stub.net)]
    for i, (head, value) in enumerate(zip(heads, values, strict=True)):
        x = 40 + i * 88.67
        s.rect(x, 84, 88.67, 18, width=0.6, fill=0.8)
        s.text(x + 44.3, 96, head, 7.5, "sans-b", 0.0, "c")
        s.rect(x, 102, 88.67, 20, width=0.6)
        s.text(x + 44.3, 116, value, 9.5, "sans-b" if i == 5 else "sans", 0.0, "c")
    y = 146.0
    for i, (label, value) in enumerate((("Driver", stub.employee.name), ("Driver No.", driver_no),
                                        ("Terminal", f"{stub.employee_address.city}, {stub.employee_address.state}"),
                                        ("Pay Type", "Mileage - Bi-Weekly"),
                                        ("Equipment", f"Tractor 4{driver_no[-3:]}"),
                                        ("Deposit", "Checking - Direct Deposit"))):
        x = 40 if i % 2 == 0 else 320
        s.text(x, y + (i // 2) * 14, f"{label}:", 8.5, "sans-b", 0.35)
        s.text(x + 66, y + (i // 2) * 14, value, 9)
    y += 56
    s.text(40, y, "TRIP DETAIL", 9.5, "sans-b")
    y += 6
    trip_heads = [(44, "Trip #", "l"), (120, "Dispatched", "l"), (200, "Lane", "l"), (470, "Loaded", "r"),
                  (520, "Empty", "r"), (566, "Total", "r")]
    s.rect(40, y, 532, 15, stroke=None, fill=0.85)
    for x, head, align in trip_heads:
        s.text(x, y + 11, head, 7.5, "sans-b", 0.0, align)
    y += 27
    for number, day, lane, loaded, empty in trips:
        for (x, _, align), value in zip(trip_heads, (number, us(day), lane, f"{loaded:,}", f"{empty:,}",
                                                     f"{loaded + empty:,}"), strict=True):
            s.text(x, y, value, 8.5, "sans", 0.0, align)
        y += 13
    y += 20
    pay_heads = [(44, "PAY ITEM", "l"), (250, "QTY", "r"), (330, "RATE", "r"), (460, "CURRENT", "r"),
                 (566, "YTD", "r")]
    s.line(40, y - 11, 572, y - 11, 0.8)
    for x, head, align in pay_heads:
        s.text(x, y, head, 7.5, "sans-b", 0.0, align)
    y += 14
    for ln in lines:
        for (x, _, align), value in zip(pay_heads, (ln.label, ln.units, ln.rate, money(ln.amount), money(ln.ytd)),
                                        strict=True):
            s.text(x, y, value, 9, "sans", 0.0, align)
        y += 13
    s.text(44, y + 2, "Total Gross", 9, "sans-b")
    s.text(460, y + 2, money(stub.gross), 9, "sans-b", align="r")
    s.text(566, y + 2, money(stub.ytd_gross or stub.gross), 9, "sans-b", align="r")
    y += 30
    s.line(40, y - 11, 572, y - 11, 0.8)
    s.text(44, y, "DEDUCTION", 7.5, "sans-b")
    s.text(460, y, "CURRENT", 7.5, "sans-b", align="r")
    s.text(566, y, "YTD", 7.5, "sans-b", align="r")
    y += 14
    for label, current, ytd in stub.deductions:
        s.text(44, y, label, 9)
        s.text(460, y, money(current), 9, align="r")
        s.text(566, y, money(ytd), 9, align="r")
        y += 13
    y += 20
    s.wrap(40, y, "Per diem and expense reimbursements are paid on a separate settlement and are not included above. "
           "Mileage is paid on practical route miles from dispatch. Questions: driver payroll, ext. 2207.", 532, 7.5,
           "sans-i", 9.5, 0.35)
    return s


# --- bank statements ----------------------------------------------------------------------------------------------

HARBORLIGHT = "Harborlight Community Credit Union"
LUMIO = "Lumio Bank, N.A."


def statement_harborlight(st: Statement, member: str, savings: Decimal, dividend: Decimal, per_first_page: int = 24
                          ) -> list[Sheet]:
    """A credit union's two-page member statement with a grey sidebar down the left (the period as "Sep 1, 2027 -
    Sep 30, 2027", the masked member number, "Page 1 of 2", how to reach the branch) and, to its right, an account
    summary of the share savings and the share draft checking, then the checking account's activity in Withdrawals /
    Deposits / Balance columns opened by "Balance Forward" and closed by "Ending Balance"."""
    pages = [Sheet(), Sheet()]
    for number, s in enumerate(pages, start=1):
        s.rect(30, 30, 148, 732, stroke=None, fill=0.9)
        s.circle(52, 56, 12, 1.0, fill=0.3)
        s.text(52, 60, "H", 11, "serif-b", 1.0, "c")
        y = s.wrap(70, 52, HARBORLIGHT, 100, 10.5, "serif-b", 12)
        s.text(40, y + 6, "Federally insured by NCUA", 6.5, "sans", 0.35)
        y += 40
        for label, lines in (("MEMBER STATEMENT", []), ("Statement period", [f"{_mon(st.start)} {EN}", _mon(st.end)]),
                             ("Member number", [f"{BULLET * 5}{member}"]), ("Page", [f"Page {number} of 2"]),
                             ("Questions?", ["(207) 555-0134", "harborlightcu.example", "Dockside Branch",
                                             "M-F 9-5, Sat 9-12"])):
            s.text(40, y, label, 8 if lines else 9, "sans-b", 0.35 if lines else 0.0)
            for i, line in enumerate(lines):
                s.text(40, y + 13 + i * 11.5, line, 8.5)
            y += 22 + 11.5 * len(lines)
        s.text(572, 756, f"{HARBORLIGHT}  {DOT}  41 Wharf Street  {DOT}  Equal Housing Opportunity", 7, "sans", 0.4,
               "r")
    p1, p2 = pages
    y = 60.0
    for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
        p1.text(196, y, line, 9.5)
        y += 12.5
    y = 128.0
    p1.text(196, y, "ACCOUNT SUMMARY", 10, "sans-b")
    y += 8
    cols = [(200, "Account", "l"), (372, "Previous Balance", "r"), (432, "Deposits", "r"), (500, "Withdrawals", "r"),
            (566, "New Balance", "r")]
    p1.rect(196, y, 376, 15, stroke=None, fill=0.82)
    for x, head, align in cols:
        p1.text(x, y + 11, head, 7, "sans-b", 0.0, align)
    y += 15
    rows = [("Primary Share Savings (S00)", savings, dividend, Decimal(0), savings + dividend),
            (f"Share Draft Checking (S80) {BULLET * 4}{st.last4}", st.begin, st.deposits, st.debits, st.ending)]
    for label, prev, dep, wd, new in rows:
        for (x, _, align), value in zip(cols, (label, money(prev), money(dep), money(wd), money(new)), strict=True):
            p1.text(x, y + 12, value, 7.8, "sans", 0.0, align)
        p1.line(196, y + 16, 572, y + 16, 0.3, 0.6)
        y += 16
    total = [("Total", savings + st.begin, dividend + st.deposits, st.debits, savings + dividend + st.ending)]
    for label, prev, dep, wd, new in total:
        for (x, _, align), value in zip(cols, (label, money(prev), money(dep), money(wd), money(new)), strict=True):
            p1.text(x, y + 12, value, 7.8, "sans-b", 0.0, align)
    y += 40
    activity = [(st.start, "Balance Forward", None, st.begin), *[(d, desc, a, b) for d, desc, a, b in st.rows],
                (st.end, "Ending Balance", None, st.ending)]
    heads = [(200, "Date", "l"), (236, "Transaction Description", "l"), (440, "Withdrawals", "r"),
             (505, "Deposits", "r"), (566, "Balance", "r")]

    def table(s: Sheet, y: float, title: str, chunk: Sequence[tuple[date, str, Decimal | None, Decimal]]) -> float:
        s.text(196, y, title, 9.5, "sans-b")
        y += 6
        s.line(196, y, 572, y, 0.8)
        for x, head, align in heads:
            s.text(x, y + 11, head, 7, "sans-b", 0.3, align)
        s.line(196, y + 15, 572, y + 15, 0.5)
        y += 27
        for d, desc, amount, balance in chunk:
            bold = amount is None
            s.text(200, y, f"{d:%m/%d}", 8, "sans-b" if bold else "sans")
            s.text(236, y, desc, 8, "sans-b" if bold else "sans")
            if amount is not None:
                s.text(440 if amount < 0 else 505, y, money(abs(amount)), 8, align="r")
            s.text(566, y, money(balance), 8, "sans-b" if bold else "sans", align="r")
            y += 12.5
        return y

    title = f"SHARE DRAFT CHECKING  {BULLET * 4}{st.last4}"
    table(p1, y, title, activity[:per_first_page])
    y = 60.0
    if activity[per_first_page:]:
        y = table(p2, y, f"{title} (continued)", activity[per_first_page:]) + 20
    p2.text(196, y, "PRIMARY SHARE SAVINGS (S00)", 9.5, "sans-b")
    p2.text(200, y + 16, f"Dividends earned this period: ${money(dividend)}    Annual percentage yield earned: 0.15%",
            8)
    y += 46
    p2.rect(196, y, 376, 58, width=0.6)
    for i, (label, a, b) in enumerate((("", "Total for this period", "Total year-to-date"),
                                       ("Total Overdraft Fees", "$0.00", "$0.00"),
                                       ("Total Returned Item Fees", "$0.00", "$0.00"))):
        p2.text(204, y + 16 + i * 16, label, 8, "sans-b")
        p2.text(440, y + 16 + i * 16, a, 8, "sans-b" if i == 0 else "sans", align="r")
        p2.text(560, y + 16 + i * 16, b, 8, "sans-b" if i == 0 else "sans", align="r")
    y += 80
    p2.wrap(196, y, "Member news: our Dockside branch now opens at 8:30 on Saturdays. Skip-a-Pay is available on "
            "consumer loans in good standing; ask a member service representative for details.", 376, 8, "sans-i",
            10.5, 0.3)
    p2.wrap(196, y + 46, "In case of errors or questions about your electronic transfers, telephone us or write us as "
            "soon as you can. We must hear from you no later than 60 days after we sent the FIRST statement on which "
            "the problem or error appeared.", 376, 7.5, "sans", 10, 0.35)
    return pages


def _kind(desc: str, amount: Decimal) -> str:
    if amount > 0:
        return "Deposit" if "MOBILE" in desc or "ZELLE" in desc else "Direct deposit"
    if desc.startswith("POS"):
        return "Card purchase"
    if desc.startswith("ATM"):
        return "ATM withdrawal"
    return "Check" if desc.startswith("CHECK") else "Electronic payment"


def statement_lumio(st: Statement, per_first_page: int = 17) -> list[Sheet]:
    """An online bank's two-page statement: the wordmark, the period in words ("October 1, 2027 - October 31, 2027"),
    four summary cards (Opening balance, Money in, Money out, Closing balance), then every transaction on two lines
    (what and how) with a signed amount (+$ / -$) and the balance after it; "Page 1 of 2" in the footer."""
    pages = [Sheet(), Sheet()]
    for number, s in enumerate(pages, start=1):
        s.text(40, 60, "lumio", 26, "sans-b", 0.15)
        s.circle(112, 44, 4, 0.5, fill=0.5)
        s.text(40, 74, f"{LUMIO}  {DOT}  Member FDIC", 7.5, "sans", 0.4)
        s.text(572, 50, "Checking statement", 14, "sans-b", align="r")
        s.text(572, 64, f"{long_date(st.start)} {EN} {long_date(st.end)}", 9.5, "sans", 0.2, "r")
        s.text(572, 76, f"Account number {BULLET * 6}{st.last4}", 8.5, "sans", 0.3, "r")
        s.line(40, 86, 572, 86, 0.4, 0.6)
        s.text(40, 762, f"lumio.example  {DOT}  Questions? Chat with us in the app or call 1-844-555-0108", 7, "sans",
               0.4)
        s.text(572, 762, f"Page {number} of 2", 7.5, "sans", 0.4, "r")
    p1, p2 = pages
    y = 108.0
    for line in (st.holder.name, st.home.street, st.home.last_line):
        p1.text(40, y, line, 10)
        y += 13
    cards = [("Opening balance", f"${money(st.begin)}"), ("Money in", f"+${money(st.deposits)}"),
             ("Money out", f"{MINUS}${money(st.debits)}"), ("Closing balance", f"${money(st.ending)}")]
    for i, (label, value) in enumerate(cards):
        x = 40 + i * 135
        p1.rect(x, 162, 126, 50, width=0.6, stroke=0.75, fill=0.96)
        p1.text(x + 10, 180, label, 8.5, "sans", 0.4)
        p1.text(x + 10, 201, value, 13, "sans-b")
    heads = [(44, "Date", "l"), (100, "Description", "l"), (470, "Amount", "r"), (566, "Balance", "r")]

    def table(s: Sheet, y: float, title: str, rows: Sequence[tuple[date, str, Decimal, Decimal]]) -> float:
        s.text(40, y, title, 11, "sans-b")
        y += 8
        for x, head, align in heads:
            s.text(x, y + 12, head, 8, "sans", 0.45, align)
        s.line(40, y + 17, 572, y + 17, 0.4, 0.6)
        y += 32
        for d, desc, amount, balance in rows:
            s.text(44, y, f"{d:%b} {d.day}", 9)
            s.text(100, y, desc, 9, "sans-b")
            s.text(100, y + 10.5, _kind(desc, amount), 7.5, "sans", 0.45)
            s.text(470, y, _signed(amount), 9, "sans-b" if amount > 0 else "sans", align="r")
            s.text(566, y, f"${money(balance)}", 9, align="r")
            s.line(40, y + 16, 572, y + 16, 0.3, 0.85)
            y += 26
        return y

    table(p1, 242, "Activity", st.rows[:per_first_page])
    y = 110.0
    if st.rows[per_first_page:]:
        y = table(p2, y, "Activity (continued)", st.rows[per_first_page:]) + 16
    p2.text(40, y, f"Closing balance on {long_date(st.end)}: ${money(st.ending)}", 10, "sans-b")
    y += 24
    y = p2.wrap(40, y, "Interest: this account does not earn interest. Fees this period: $0.00. Lumio never charges "
                "overdraft or monthly maintenance fees.", 532, 8.5, "sans", 12, 0.3) + 8
    p2.wrap(40, y, "Errors or questions about electronic transfers: contact us in the app or by phone as soon as you "
            "can, and no later than 60 days after we sent the first statement on which the problem appeared. Tell us "
            "your name and account number, the dollar amount and why you believe there is an error.", 532, 7.5, "sans",
            10, 0.35)
    return pages


# --- letters and other papers --------------------------------------------------------------------------------------


def ui_award_notice(claimant: Person, ssn4: str, home: Address, when: date, weekly: Decimal, rng: random.Random
                    ) -> Doc:
    """A state workforce agency's two-page "Notice of Unemployment Insurance Benefit Award": a facts grid (claim,
    benefit year, weekly and maximum benefit), payments every two weeks after the claimant certifies, then on page 2
    the duties, the work search and the appeal rights; "Page 1 of 2" at each foot."""
    pages = [Sheet(), Sheet()]
    state = hb.STATES.get(home.state, home.state)
    claim = f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    for number, s in enumerate(pages, start=1):
        s.text(40, 50, f"STATE OF {state.upper()}", 9, "sans-b", 0.3)
        s.text(40, 66, "Department of Labor & Workforce Development", 13, "serif-b")
        s.text(40, 79, "Division of Unemployment Insurance  \u00b7  Benefit Payment Control", 8.5, "serif-i", 0.3)
        s.text(572, 50, f"Claim ID {claim}", 8.5, "mono", 0.0, "r")
        s.text(572, 62, f"Date mailed: {us(when)}", 8.5, "mono", 0.0, "r")
        s.line(40, 88, 572, 88, 1.0)
        s.text(306, 762, f"Page {number} of 2", 8, "sans", 0.3, "c")
        s.text(40, 762, "UI-411A (R. 05-26)", 7, "sans", 0.4)
    p1, p2 = pages
    y = 112.0
    for line in (claimant.upper, home.street.upper(), home.last_line.upper()):
        p1.text(60, y, line, 10, "mono")
        y += 13
    p1.text(306, 178, "NOTICE OF UNEMPLOYMENT INSURANCE BENEFIT AWARD", 12.5, "sans-b", align="c")
    y = p1.wrap(40, 204, "You filed a claim for unemployment insurance. Based on the wages your employers reported for "
                "your base period, you are monetarily eligible for benefits as shown below. This notice is not a "
                "guarantee of payment: you must meet every weekly eligibility requirement.", 532, 9.5, "sans", 13) + 10
    byb = when - timedelta(days=rng.randint(8, 20))
    byb -= timedelta(days=(byb.weekday() + 1) % 7)
    facts = [("Claimant", claimant.name), ("SSN", f"XXX-XX-{ssn4}"), ("Benefit year begins", us(byb)),
             ("Benefit year ends", us(byb + timedelta(days=364))), ("Weekly benefit amount (WBA)", f"${money(weekly)}"),
             ("Dependents' allowance", "$0.00"), ("Maximum benefit amount", f"${money(weekly * 26)}"),
             ("Payment schedule", "Every two weeks, after you certify"), ("Payment method", "Direct deposit")]
    for label, value in facts:
        p1.rect(40, y, 220, 19, width=0.5, fill=0.9)
        p1.rect(260, y, 312, 19, width=0.5)
        p1.text(46, y + 13, label, 8.8, "sans-b")
        p1.text(266, y + 13, value, 9.5)
        y += 19
    y += 18
    y = p1.wrap(40, y, "Your first payment is issued after the waiting week. Benefits are taxable income; you may ask "
                "us to withhold 10% for federal income tax.", 532, 9.5, "sans", 13) + 10
    p1.wrap(40, y, "Base period wages by quarter were reported by your employers. If any employer or any wages are "
            "missing or wrong, send us proof (pay stubs or a W-2) within 30 days of the date mailed.", 532, 9.5, "sans",
            13)
    y = 112.0
    for title, text in (
            ("HOW TO CERTIFY", "Certify every two weeks online or by phone on the day shown in your account. Report "
             "all gross earnings for the weeks you certify, even if you have not been paid yet."),
            ("WORK SEARCH", "You must make at least three work search contacts each week and keep a record of them. "
             "You must be able to work and available to accept suitable work."),
            ("IF YOU RETURN TO WORK", "Stop certifying for any week you work full time. Report part-time earnings; "
             "your benefit for that week will be reduced."),
            ("APPEAL RIGHTS", f"If you disagree with this notice you may appeal. Your appeal must be received within "
             f"30 days of {long_date(when)}. Write to the Appeals Unit and include your Claim ID.")):
        p2.text(40, y, title, 10, "sans-b")
        y = p2.wrap(40, y + 16, text, 532, 9.5, "sans", 13) + 16
    return Doc("unemployment_benefit_letter", {"letter_date": when, "benefit_type": "unemployment"}, pages)


def pension_confirmation(retiree: Person, home: Address, when: date, gross: Decimal, rng: random.Random) -> Doc:
    """A third-party administrator's two-page "Pension Benefit Confirmation" for a paper company's retirement plan:
    the monthly benefit in a boxed panel (gross, federal and state withholding, retiree medical, net deposit), the
    form of payment, and on page 2 the tax facts and the election summary."""
    pages = [Sheet(), Sheet()]
    federal = cents(gross * Decimal("0.10"))
    state = cents(gross * Decimal("0.03"))
    medical = Decimal(rng.choice(["96.00", "142.50", "188.25"]))
    for number, s in enumerate(pages, start=1):
        s.text(40, 54, "Calder Retirement Services", 15, "serif-b", 0.2)
        s.text(40, 67, "Plan administrator for the Hollister Paper Company Salaried & Hourly Pension Plan", 8.5,
               "serif-i", 0.35)
        s.text(572, 54, "PO Box 40618, Hartford, CT 06151", 8, "sans", 0.35, "r")
        s.text(572, 66, "1-800-555-0127  \u00b7  calderretire.example", 8, "sans", 0.35, "r")
        s.line(40, 76, 572, 76, 0.6)
        s.text(572, 762, f"{number} of 2", 8, "sans", 0.35, "r")
    p1, p2 = pages
    p1.text(40, 104, long_date(when), 10.5)
    y = 130.0
    for line in (retiree.name, home.street, home.last_line):
        p1.text(40, y, line, 10.5)
        y += 13.5
    p1.text(40, y + 22, "Re: Pension Benefit Confirmation", 11, "sans-b")
    p1.text(40, y + 36, f"Participant ID: HPC-{rng.randint(100000, 999999)}", 9.5, "sans", 0.3)
    y = p1.wrap(40, y + 62, f"Dear {retiree.first} {retiree.last}:", 532, 10.5, "serif", 14) + 6
    y = p1.wrap(40, y, "This letter confirms the pension benefit you are receiving from the Hollister Paper Company "
                "Pension Plan. You may use it as proof of income. Your benefit is paid for your lifetime in the form "
                "of payment shown below.", 532, 10.5, "serif", 14) + 12
    p1.rect(40, y, 532, 132, width=1.0)
    p1.rect(40, y, 532, 20, stroke=None, fill=0.85)
    p1.text(48, y + 14, "YOUR MONTHLY BENEFIT", 9.5, "sans-b")
    rows = [("Gross monthly pension benefit", money(gross)), ("Federal income tax withheld", f"-{money(federal)}"),
            ("State income tax withheld", f"-{money(state)}"), ("Retiree medical premium", f"-{money(medical)}"),
            ("Net monthly deposit", money(gross - federal - state - medical))]
    for i, (label, value) in enumerate(rows):
        bold = i in (0, 4)
        p1.text(56, y + 40 + i * 18, label, 10, "sans-b" if bold else "sans")
        p1.text(556, y + 40 + i * 18, f"${value}" if bold else value, 10, "sans-b" if bold else "sans", align="r")
    y += 152
    for label, value in (("Form of payment", "50% Joint and Survivor Annuity"),
                         ("Benefit commencement date", us(when.replace(day=1) - timedelta(days=rng.randint(400, 900)))),
                         ("Payment frequency", "Monthly, deposited on the first business day of each month"),
                         ("Taxable", "Yes - the full gross benefit is taxable income")):
        p1.text(48, y, label, 9.5, "sans-b")
        p1.text(230, y, value, 9.5)
        y += 16
    y = 110.0
    for title, text in (
            ("Tax information", "Your pension is taxable income. Each January we mail you a Form 1099-R showing the "
             "gross paid and the tax withheld during the year. To change your withholding, send us a new Form W-4P."),
            ("Survivor benefit", "If you die before your joint annuitant, your joint annuitant will receive 50% of "
             "your gross monthly benefit for life."),
            ("Keep us informed", "Tell us promptly of any change of address, bank account or marital status. Benefits "
             "paid after a death must be returned.")):
        p2.text(40, y, title, 11, "sans-b")
        y = p2.wrap(40, y + 16, text, 532, 10, "serif", 14) + 14
    p2.text(40, y + 10, "Sincerely,", 10.5, "serif")
    p2.text(40, y + 40, "Calder Retirement Services, Participant Service Center", 10.5, "serif")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": gross,
                                        "benefit_type": "benefits_taxable"}, pages)


def legal_pad_letter(app: GApplication, when: date, paragraphs: Sequence[str], rng: random.Random) -> Doc:
    """A hardship letter written by hand on two sheets of a yellow legal pad (grey once scanned): the red double
    margin, the blue rules, the writing drifting off the rules, words of uneven size; "pg 2" at the top of the
    second sheet, signed at the end."""
    pages = [Sheet(), Sheet()]
    for s in pages:
        s.rect(0, 0, hp.PAGE_W, hp.PAGE_H, stroke=None, fill=0.9)
        s.rect(0, 0, hp.PAGE_W, 62, stroke=None, fill=0.84)
        for y in range(92, 760, 24):
            s.line(0, y + 3, hp.PAGE_W, y + 3, 0.5, 0.62)
        s.line(88, 62, 88, hp.PAGE_H, 0.6, 0.5)
        s.line(91, 62, 91, hp.PAGE_H, 0.6, 0.5)
    pen = hb.Pen(rng, hand=True, font="pen-serif", gray=0.1)
    page, y = 0, 92.0
    pen.write(pages[0], 420, y, _mon(when), 12)
    y += 48
    pen.write(pages[0], 100, y, "To Bellwether Point Mortgage,", 12)
    y += 24
    pen.write(pages[0], 100, y, f"about my loan # {app.loan}", 12)
    y += 48
    for paragraph in paragraphs:
        words, line, first = paragraph.split(), [], True
        while words:
            line.append(words.pop(0))
            if not words or hp.text_width(" ".join([*line, words[0]]), "pen-serif", 14.2) > 420:
                x = 116.0 if first else 100.0
                first = False
                drift = rng.uniform(-2.0, 1.5)
                for word in line:
                    pen.write(pages[page], x, y + drift, word, 12)
                    x += hp.text_width(word, "pen-serif", 14.2) + rng.uniform(5.5, 8.5)
                    drift += rng.uniform(-0.35, 0.2)
                line = []
                y += 24
                if y > 740:
                    page, y = 1, 92.0
                    pen.write(pages[1], 480, y, "pg 2", 11)
                    y += 48
        y += 24
    pen.write(pages[page], 100, y, "Thank you for your help,", 12)
    pages[page].signature(rng, 110, y + 44, 160, 24, gray=0.1)
    pen.write(pages[page], 100, y + 72, app.borrower.name, 12)
    pen.write(pages[page], 100, y + 96, app.phone, 12)
    return Doc("hardship_letter", {"letter_date": when}, pages[:page + 1])


def modern_letter(app: GApplication, when: date, to: Sequence[str], paragraphs: Sequence[str],
                  rng: random.Random, both_sign: bool = False) -> Doc:
    """A hardship letter typed from a word processor's modern template: the writer's name large with a contact line
    under it and a rule, then date, recipient, a bold subject line, the body and the sign-off."""
    s = Sheet()
    home = app.mailing or app.address
    s.text(72, 78, app.borrower.name, 20, "sans-b", 0.15)
    s.text(72, 94, f"{home.one_line}  {BULLET}  {app.phone}" + (f"  {BULLET}  {app.email}" if app.email else ""), 8.5,
           "sans", 0.35)
    s.line(72, 102, 540, 102, 1.4, 0.4)
    s.text(72, 130, long_date(when), 10.5)
    y = 156.0
    for line in to:
        s.text(72, y, line, 10.5)
        y += 13.5
    y += 16
    s.text(72, y, f"Subject: Hardship letter - loan {app.loan}", 10.5, "sans-b")
    y += 26
    s.text(72, y, "Dear Loss Mitigation Team,", 10.5)
    y += 22
    for paragraph in paragraphs:
        y = s.wrap(72, y, paragraph, 468, 10.5, "sans", 14.5) + 8
    y += 8
    s.text(72, y, "Sincerely,", 10.5)
    s.signature(rng, 80, y + 40, 140, 22, gray=0.1)
    s.text(72, y + 56, app.borrower.name, 10.5)
    if both_sign and app.co_borrower:
        s.signature(rng, 318, y + 40, 140, 22, gray=0.1)
        s.text(310, y + 56, app.co_borrower.name, 10.5)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def insurance_renewal(insured: Sequence[Person], home: Address, when: date, prior: Decimal, renewal: Decimal,
                      rng: random.Random) -> Doc:
    """A homeowners insurer's two-page renewal notice: the premium for the new term against the expiring one, the
    reasons it rose, the coverages; an "other" paper (it explains the higher housing cost, it documents no income)."""
    pages = [Sheet(), Sheet()]
    policy = f"HO3-{rng.randint(1000000, 9999999)}"
    term = when + timedelta(days=rng.randint(30, 45))
    for number, s in enumerate(pages, start=1):
        s.rect(40, 36, 532, 40, stroke=None, fill=0.88)
        s.text(52, 61, "CARDINAL MUTUAL", 16, "serif-b", 0.25)
        s.text(220, 61, "Home Insurance Company", 10, "serif-i", 0.3)
        s.text(560, 54, "RENEWAL NOTICE", 11, "sans-b", align="r")
        s.text(560, 67, f"Policy {policy}", 8.5, "sans", 0.3, "r")
        s.text(306, 762, f"Page {number} of 2  {DOT}  Form CM-RN 11 26", 7.5, "sans", 0.4, "c")
    p1, p2 = pages
    p1.text(40, 100, f"Notice date: {long_date(when)}", 9.5)
    y = 124.0
    for line in (" & ".join(p.name for p in insured), home.street, home.last_line):
        p1.text(40, y, line, 10)
        y += 13
    y += 20
    p1.text(40, y, "Your policy renews automatically. Here is what changes.", 12, "sans-b")
    y += 22
    heads = [(48, "", "l"), (360, "Expiring term", "r"), (470, "Renewal term", "r"), (560, "Change", "r")]
    p1.rect(40, y, 532, 16, stroke=None, fill=0.85)
    for x, head, align in heads:
        p1.text(x, y + 11.5, head, 8, "sans-b", 0.0, align)
    y += 16
    dwelling = Decimal(rng.randrange(240, 420)) * 1000
    rows = [("Annual premium", f"${money(prior)}", f"${money(renewal)}",
             f"+{(renewal - prior) / prior * 100:.1f}%"),
            ("Dwelling coverage (A)", f"${money(dwelling)}", f"${money(cents(dwelling * Decimal('1.08')))}", "+8.0%"),
            ("Wind / hail deductible", "1% of A", "2% of A", ""),
            ("Monthly escrow equivalent", f"${money(cents(prior / 12))}", f"${money(cents(renewal / 12))}", "")]
    for label, a, b, c in rows:
        for (x, _, align), value in zip(heads, (label, a, b, c), strict=True):
            p1.text(x, y + 13, value, 9.5, "sans", 0.0, align)
        p1.line(40, y + 18, 572, y + 18, 0.3, 0.6)
        y += 18
    y += 20
    p1.text(40, y, "Why your premium changed", 11, "sans-b")
    y += 16
    for reason in ("Rising costs to rebuild homes in your area (building materials and labor).",
                   "Higher reinsurance costs after severe convective storm losses in your state.",
                   "Your dwelling coverage was increased 8.0% to keep pace with replacement cost."):
        y = p1.wrap(52, y, f"{BULLET}  {reason}", 510, 9.5, "sans", 13) + 3
    y += 14
    p1.wrap(40, y, f"New term: {us(term)} to {us(term + timedelta(days=365))}. Your mortgage company pays this "
            "premium from your escrow account; your servicer will tell you if your monthly payment changes.", 532,
            9.5, "sans", 13)
    y = 104.0
    p2.text(40, y, "Coverage summary for the renewal term", 11, "sans-b")
    y += 18
    for label, value in (("A  Dwelling", money(cents(dwelling * Decimal("1.08")))),
                         ("B  Other structures", money(cents(dwelling * Decimal("0.108")))),
                         ("C  Personal property", money(cents(dwelling * Decimal("0.54")))),
                         ("D  Loss of use", money(cents(dwelling * Decimal("0.216")))),
                         ("E  Personal liability", "300,000.00"), ("F  Medical payments", "5,000.00")):
        p2.text(52, y, label, 9.5)
        p2.text(560, y, f"${value}", 9.5, align="r")
        y += 15
    y += 20
    p2.wrap(40, y, "Questions about your renewal? Call your agent or Cardinal Mutual at 1-800-555-0119. To pay by "
            "installments instead of escrow, call before the renewal date.", 532, 9.5, "sans", 13, 0.2)
    return Doc("other", {}, pages)


def adjuster_letter(insured: Sequence[Person], home: Address, when: date, loss: date, rng: random.Random) -> Doc:
    """An insurer's two-page claim letter after a storm: the inspection's findings, the estimate, the deductible and
    what is held back until repairs are done; an "other" paper."""
    pages = [Sheet(), Sheet()]
    claim = f"{rng.randint(10, 99)}-{rng.choice('ABCDEFGH')}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    estimate = Decimal(rng.randrange(1800000, 4600000)) / 100
    deductible = Decimal(rng.choice([2500, 3000, 5000]))
    holdback = cents(estimate * Decimal("0.3"))
    for number, s in enumerate(pages, start=1):
        s.text(40, 56, "SABLE ROCK INSURANCE COMPANY", 14, "sans-b")
        s.text(40, 69, f"Property Claims  {DOT}  PO Box 30990, Bloomington, IL 61702  {DOT}  1-888-555-0161", 8, "sans",
               0.35)
        s.line(40, 78, 572, 78, 0.8)
        s.text(572, 762, f"Claim {claim}  {DOT}  Page {number} of 2", 7.5, "sans", 0.4, "r")
    p1, p2 = pages
    p1.text(40, 104, long_date(when), 10.5)
    y = 130.0
    for line in (" and ".join(p.name for p in insured), home.street, home.last_line):
        p1.text(40, y, line, 10.5)
        y += 13.5
    y += 16
    for label, value in (("Claim number", claim), ("Date of loss", us(loss)), ("Cause of loss", "Windstorm and hail"),
                         ("Property", home.one_line)):
        p1.text(40, y, f"{label}:", 10, "sans-b")
        p1.text(160, y, value, 10)
        y += 15
    y += 12
    inspected = long_date(loss + timedelta(days=rng.randint(6, 15)))
    y = p1.wrap(40, y, f"Our field adjuster inspected your home on {inspected}"
                ". The inspection found wind damage to the roof covering on the north and west slopes, hail damage "
                "to the gutters and siding, and interior water damage to the ceiling of two bedrooms.", 532, 10.5,
                "serif", 14.5) + 10
    rows = [("Replacement cost estimate", estimate), ("Less deductible", -deductible),
            ("Less recoverable depreciation held until repairs are complete", -holdback),
            ("Payment issued now", estimate - deductible - holdback)]
    for label, amount in rows:
        p1.text(56, y, label, 10)
        p1.text(556, y, money(amount) if amount >= 0 else f"({money(-amount)})", 10, align="r")
        y += 16
    y += 12
    p1.wrap(40, y, "Because your mortgage company is named on the policy, the payment is made out to you and to your "
            "mortgage company jointly. Contact your servicer's insurance claims department to endorse the check.", 532,
            10.5, "serif", 14.5)
    y = p2.wrap(40, 110, "Additional living expenses: your policy pays reasonable extra costs while the bedrooms are "
                "repaired. Keep your receipts. Temporary repairs you made to prevent further damage are covered; send "
                "us the invoices.", 532, 10.5, "serif", 14.5) + 12
    p2.wrap(40, y, "If you disagree with this estimate, you may send us a contractor's estimate or request appraisal "
            "under the policy's Appraisal condition within 60 days.", 532, 10.5, "serif", 14.5)
    p2.text(40, y + 80, "Sincerely,", 10.5, "serif")
    p2.text(40, y + 110, f"{rng.choice(['Dana R. Kettering', 'Marcus Villanueva', 'Helen Park-Osei'])}, "
            "Senior Property Adjuster", 10.5, "serif")
    return Doc("other", {}, pages)


def layoff_notice(employee: Person, employer: str, when: date, last_day: date, rng: random.Random) -> Doc:
    """An employer's memo-style notice of layoff for lack of work, with the last day worked and recall rights; an
    "other" paper."""
    s = Sheet()
    s.text(40, 60, employer, 15, "sans-b")
    s.text(40, 74, "Human Resources", 9, "sans", 0.35)
    s.line(40, 82, 572, 82, 1.0)
    s.text(306, 116, "NOTICE OF LAYOFF", 14, "sans-b", align="c")
    y = 148.0
    for label, value in (("To", employee.name), ("Employee No.", f"{rng.randint(10000, 99999)}"), ("Date", us(when)),
                         ("Last day of work", us(last_day)), ("Reason", "Lack of work - reduction in force")):
        s.text(40, y, f"{label}:", 10, "sans-b")
        s.text(160, y, value, 10)
        y += 16
    y += 16
    for paragraph in (
            "We regret to inform you that because of the loss of a major customer contract your position is being "
            "eliminated in a reduction in force. This layoff is not related to your performance.",
            "You will be paid for all hours worked through your last day and for unused vacation. Group health "
            "coverage continues through the end of the month; COBRA information will be mailed to you separately.",
            "You have recall rights for twelve months. You may apply for unemployment insurance benefits with the "
            "state workforce agency; this notice may be used as proof of separation."):
        y = s.wrap(40, y, paragraph, 532, 10.5, "serif", 14.5) + 10
    s.signature(rng, 50, y + 40, 140, 20, gray=0.1)
    s.line(40, y + 44, 260, y + 44, 0.6)
    s.text(40, y + 56, "Human Resources Manager", 9.5)
    return Doc("other", {}, [s])


def schedule_notice(employee: Person, employer: str, office: Address, when: date, hours: tuple[int, int],
                    rng: random.Random) -> Doc:
    """A small employer's letter cutting an employee's scheduled hours, on letterhead with a director's signature; an
    "other" paper (it explains the reduced income, it is not a pay record)."""
    s = Sheet()
    s.circle(62, 62, 18, 1.0)
    s.text(62, 67, "LA", 12, "serif-b", 0.2, "c")
    s.text(90, 60, employer, 15, "serif-b", 0.15)
    s.text(90, 74, f"{office.street}  {DOT}  {office.last_line}  {DOT}  Licensed child care", 8.5, "serif-i", 0.35)
    s.line(40, 88, 572, 88, 0.6)
    s.text(72, 124, long_date(when), 11, "serif")
    s.text(72, 152, employee.name, 11, "serif")
    s.text(72, 188, "Re: Change to your work schedule", 11, "serif-b")
    y = 216.0
    for paragraph in (
            f"Dear {employee.first},",
            "Enrollment in our toddler and pre-K rooms has fallen this year and we have had to combine two classrooms. "
            f"Beginning {long_date(when + timedelta(days=14))}, your scheduled hours will change from {hours[0]} to "
            f"{hours[1]} hours a week. Your hourly rate does not change.",
            "We value your work with our families and hope to restore full-time schedules when enrollment recovers; "
            "you will be first in line for added hours. Your health coverage continues at the employee contribution "
            "shown on your pay statement.",
            "Please sign below to show you received this notice and return a copy to the office."):
        y = s.wrap(72, y, paragraph, 468, 11, "serif", 15.5) + 10
    s.text(72, y + 10, "Sincerely,", 11, "serif")
    s.signature(rng, 80, y + 50, 150, 22, gray=0.1)
    s.text(72, y + 66, f"{rng.choice(['Denise Whitford', 'Carmen Oyelaran', 'Ruth Abernathy'])}, Center Director", 11,
           "serif")
    s.line(72, y + 120, 300, y + 120, 0.6)
    s.signature(rng, 84, y + 118, 130, 18, gray=0.12)
    s.text(72, y + 132, "Employee acknowledgment", 9, "serif", 0.35)
    return Doc("other", {}, [s])


def utility_notice(holder: Person, home: Address, when: date, due: Decimal, rng: random.Random) -> Doc:
    """An electric utility's final notice before disconnection; an "other" paper."""
    s = Sheet()
    s.text(40, 58, "Prairie Ridge Electric Cooperative", 14, "sans-b")
    s.text(572, 58, "FINAL NOTICE", 16, "sans-b", align="r")
    s.rect(40, 70, 532, 3, stroke=None, fill=0.2)
    y = 100.0
    for line in (holder.upper, home.street.upper(), home.last_line.upper()):
        s.text(40, y, line, 10)
        y += 13
    for i, (label, value) in enumerate((("Account", f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"),
                                        ("Notice date", us(when)), ("Past-due amount", f"${money(due)}"),
                                        ("Disconnection on or after", us(when + timedelta(days=10))))):
        s.text(360, 100 + i * 15, label, 9, "sans-b", 0.35)
        s.text(572, 100 + i * 15, value, 9.5, align="r")
    y = 190.0
    s.rect(40, y, 532, 46, width=1.4)
    s.wrap(52, y + 18, f"Your electric service will be disconnected unless we receive ${money(due)} or you make a "
           "payment arrangement by the date above.", 508, 11, "sans-b", 15)
    y += 74
    for paragraph in (
            "If a member of your household has a serious medical condition, a physician's certificate may delay "
            "disconnection for up to 30 days. Energy assistance may be available through your county's community "
            "action agency.",
            "To avoid a reconnection fee and a deposit, call Member Services at 1-800-555-0172 today."):
        y = s.wrap(40, y, paragraph, 532, 10, "sans", 14) + 8
    return Doc("other", {}, [s])


def pleading_decree(petitioner: Person, respondent: Person, home: Address, entered: date, rng: random.Random
                    ) -> Doc:
    """A final decree of dissolution of marriage on pleading paper: lines numbered 1 to 28 down the left margin
    between ruled borders, the self-represented petitioner's block at the top, the court's caption, findings and
    orders (the home to the petitioner, who keeps the mortgage), and a footer with the title and "Page x of 2"."""
    pages = [Sheet(), Sheet()]
    state = hb.STATES.get(home.state, home.state)
    county = rng.choice(["Fairmont", "Lowell", "Calhoun", "Bristow"])
    case = f"{entered.year - 1}-DR-{rng.randint(10000, 99999)}"
    pitch, top = 24.0, 84.0
    for number, s in enumerate(pages, start=1):
        s.line(64, 36, 64, 744, 0.6)
        s.line(67, 36, 67, 744, 0.6)
        s.line(560, 36, 560, 744, 0.6)
        for i in range(28):
            s.text(56, top + i * pitch, str(i + 1), 8.5, "serif", 0.35, "r")
        s.line(64, 746, 560, 746, 0.6)
        s.text(312, 758, "FINAL DECREE OF DISSOLUTION OF MARRIAGE", 7.5, "serif-b", 0.2, "c")
        s.text(312, 768, f"Page {number} of 2", 7.5, "serif", 0.2, "c")

    def at(s: Sheet, line: int, text: str, x: float = 80, font: str = "serif", size: float = 11) -> None:
        s.text(x, top + (line - 1) * pitch, text, size, font)

    p1, p2 = pages
    at(p1, 1, f"{petitioner.upper}")
    at(p1, 2, home.street)
    at(p1, 3, home.last_line)
    at(p1, 4, "Petitioner, self-represented")
    at(p1, 6, f"IN THE DISTRICT COURT OF {county.upper()} COUNTY", 170, "serif-b")
    at(p1, 7, f"STATE OF {state.upper()}", 250, "serif-b")
    at(p1, 9, "In re the Marriage of:")
    at(p1, 10, f"{petitioner.upper},", 96)
    at(p1, 11, "Petitioner,", 150)
    at(p1, 12, "and", 96)
    at(p1, 13, f"{respondent.upper},", 96)
    at(p1, 14, "Respondent.", 150)
    p1.line(300, top + 8 * pitch - 8, 300, top + 14 * pitch + 6, 0.6)
    at(p1, 10, f"Case No. {case}", 320)
    at(p1, 12, "FINAL DECREE OF", 320, "serif-b")
    at(p1, 13, "DISSOLUTION OF MARRIAGE", 320, "serif-b")
    body = [
        "This matter came before the Court on the Petition for Dissolution of Marriage. The Court, having",
        "reviewed the file and the parties' Marital Settlement Agreement, FINDS that it has jurisdiction, that",
        "the marriage is irretrievably broken, and that the Agreement is fair and not unconscionable.",
        "IT IS ORDERED, ADJUDGED AND DECREED:",
        "1. The marriage of the parties is dissolved, and each party is restored to the status of a single person.",
        "2. The Marital Settlement Agreement is approved and incorporated into this Decree.",
        f"3. The real property at {home.street}, {home.city}, is awarded to the Petitioner as",
        "his sole and separate property, subject to the mortgage, which the Petitioner shall pay and hold the",
    ]
    for i, text in enumerate(body):
        at(p1, 17 + i + (1 if i >= 3 else 0) + (1 if i >= 4 else 0), text, 80, "serif-b" if i == 3 else "serif",
           10.5)
    rest = [
        "Respondent harmless from. The Respondent shall sign a quitclaim deed within thirty days.",
        "4. Each party keeps the vehicles, accounts and personal property in his or her possession.",
        "5. Neither party shall pay spousal maintenance to the other. There are no minor children.",
        "6. Each party shall pay his or her own attorney fees and costs.",
        "7. This is a final judgment; all other relief requested and not granted is denied.",
    ]
    for i, text in enumerate(rest):
        at(p2, 1 + i * 2, text, 80, "serif", 10.5)
    at(p2, 13, f"SO ORDERED on {long_date(entered)}.", 80, "serif", 11)
    p2.signature(rng, 330, top + 15 * pitch + 2, 170, 22, gray=0.1)
    p2.line(320, top + 15 * pitch + 6, 545, top + 15 * pitch + 6, 0.6)
    at(p2, 16, "DISTRICT JUDGE", 380, "serif-b", 10)
    p2.circle(160, top + 20 * pitch, 40, 0.8)
    p2.text(160, top + 20 * pitch - 4, f"{county.upper()} CO.", 7.5, "serif-b", 0.35, "c")
    p2.text(160, top + 20 * pitch + 8, "FILED", 8, "serif-b", 0.35, "c")
    at(p2, 20, f"Filed and entered {us(entered)}", 320, "serif-i", 9.5)
    at(p2, 21, "Clerk of the District Court", 320, "serif-i", 9.5)
    return Doc("divorce_decree", {}, pages)


def form_1040_page1(filer: Person, ssn4: str, home: Address, year: int, wages: Decimal, business: Decimal,
                    interest: Decimal, rng: random.Random) -> Doc:
    """Page 1 of a Form 1040 as tax software prints it: name, address and SSN boxes, the filing status row, the
    digital-assets question, an empty dependents table and income lines 1a to 15 with the line numbers in a column
    before the amounts. Only the first page was sent, so the signature (page 2) is not in the packet."""
    s = Sheet()
    s.rect(36, 34, 62, 40, width=0.8)
    s.text(40, 46, "Form", 7)
    s.text(40, 68, "1040", 20, "sans-b")
    s.text(104, 46, "Department of the Treasury\u2014Internal Revenue Service", 7.5)
    s.text(104, 66, "U.S. Individual Income Tax Return", 13, "sans-b")
    s.text(396, 66, str(year), 22, "sans-b")
    s.text(460, 46, "OMB No. 1545-0074", 7)
    s.text(460, 58, "IRS Use Only\u2014Do not write or staple", 6.5, "sans-i")
    s.text(40, 86, f"For the year Jan. 1\u2013Dec. 31, {year}, or other tax year beginning", 7.5)
    s.line(36, 90, 576, 90, 1.2)
    cells = [(36, 210, "Your first name and middle initial", f"{filer.first} {filer.middle or ''}".strip()),
             (246, 200, "Last name", filer.last), (446, 130, "Your social security number", f"XXX-XX-{ssn4}")]
    for x, w, label, value in cells:
        s.rect(x, 90, w, 26, width=0.5)
        s.text(x + 3, 98, label, 6.5)
        s.text(x + 5, 112, value, 10, "mono")
    s.rect(36, 116, 410, 26, width=0.5)
    s.text(39, 124, "Home address (number and street). If you have a P.O. box, see instructions.", 6.5)
    s.text(41, 138, home.street, 10, "mono")
    for x, w, label, value in ((36, 250, "City, town, or post office", home.city), (286, 80, "State", home.state),
                               (366, 80, "ZIP code", home.zip)):
        s.rect(x, 142, w, 26, width=0.5)
        s.text(x + 3, 150, label, 6.5)
        s.text(x + 5, 164, value, 10, "mono")
    s.rect(446, 116, 130, 52, width=0.5)
    s.wrap(450, 125, "Presidential Election Campaign. Check here if you want $3 to go to this fund.", 120, 6.5)
    s.text(36, 184, "Filing Status", 8.5, "sans-b")
    x = 110.0
    for label, chosen in (("Single", True), ("Married filing jointly", False), ("Married filing separately (MFS)",
                                                                                 False),
                          ("Head of household (HOH)", False)):
        s.box(x, 176, chosen, 8)
        s.text(x + 11, 184, label, 7.5)
        x += 20 + hp.text_width(label, "sans", 7.5)
    s.line(36, 192, 576, 192, 0.6)
    s.text(36, 206, "Digital Assets", 8.5, "sans-b")
    s.wrap(110, 202, "At any time during the year, did you: (a) receive (as a reward, award, or payment for property "
           "or services); or (b) sell, exchange, or otherwise dispose of a digital asset?", 390, 6.2, "sans", 7.6)
    s.box(520, 198, False, 8)
    s.text(531, 206, "Yes", 7.5)
    s.box(550, 198, True, 8)
    s.text(561, 206, "No", 7.5)
    s.line(36, 212, 576, 212, 0.6)
    s.text(36, 226, "Dependents", 8.5, "sans-b")
    s.rect(110, 216, 466, 48, width=0.4)
    for i, head in enumerate(("(1) First name   Last name", "(2) SSN", "(3) Relationship", "(4) Credits")):
        s.text(114 + i * 116, 226, head, 6.5)
    s.line(36, 266, 576, 266, 0.8)
    schedule1 = business
    total = wages + interest + schedule1
    adjustments = cents(business * Decimal("0.0765"))
    agi = total - adjustments
    deduction = Decimal("15000.00")
    taxable = max(agi - deduction, Decimal(0))
    lines = [("1a", "Total amount from Form(s) W-2, box 1 (see instructions)", wages),
             ("1z", "Add lines 1a through 1h", wages), ("2b", "Taxable interest", interest),
             ("3b", "Ordinary dividends", Decimal(0)), ("4b", "IRA distributions, taxable amount", Decimal(0)),
             ("5b", "Pensions and annuities, taxable amount", Decimal(0)),
             ("6b", "Social security benefits, taxable amount", Decimal(0)),
             ("7", "Capital gain or (loss). Attach Schedule D if required", Decimal(0)),
             ("8", "Additional income from Schedule 1, line 10", schedule1),
             ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income", total),
             ("10", "Adjustments to income from Schedule 1, line 26", adjustments),
             ("11", "Subtract line 10 from line 9. This is your adjusted gross income", agi),
             ("12", "Standard deduction or itemized deductions (from Schedule A)", deduction),
             ("13", "Qualified business income deduction from Form 8995 or Form 8995-A", Decimal(0)),
             ("14", "Add lines 12 and 13", deduction),
             ("15", "Subtract line 14 from line 11. If zero or less, enter -0-. This is your taxable income", taxable)]
    y = 282.0
    s.text(36, y, "Income", 9, "sans-b")
    for number, label, amount in lines:
        s.text(80, y, number, 8, "sans-b")
        s.text(100, y, label, 7.8)
        s.text(460, y, "." * 12, 7.8, "sans", 0.5)
        s.rect(480, y - 10, 22, 14, width=0.4)
        s.text(491, y, number, 7.5, "sans-b", 0.0, "c")
        s.rect(502, y - 10, 74, 14, width=0.4)
        s.text(572, y, money(amount) if amount else "", 9, "mono", 0.0, "r")
        y += 18
    s.text(36, 760, "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate instructions.", 6.5,
           "sans-b")
    s.text(576, 760, f"Form 1040 ({year})", 8, "sans-b", align="r")
    return Doc("tax_return", {"tax_year": year, "form": "1040"}, [s], facts={"signed": False})


def form_4506c_j(filer: Person, ssn4: str, home: Address, signed_on: date, rng: random.Random, year: int) -> Doc:
    """IRS Form 4506-C laid out as the October 2022 revision: numbered lines in a narrow left column beside their
    boxes, the IVES participant's block filled in by the servicer, transcript choices, four year boxes, the
    signatory attestation checked, signed in ink and dated by hand."""
    s = Sheet()
    pen = hb.Pen(rng, hand=True, gray=0.12)
    s.text(40, 50, "Form", 7.5)
    s.text(40, 66, "4506-C", 17, "sans-b")
    s.text(40, 78, "(October 2022)", 7)
    s.text(306, 50, "IVES Request for Transcript of Tax Return", 13, "sans-b", align="c")
    s.text(306, 64, "Do not sign this form unless all applicable lines have been completed.", 7.5, "sans-b",
           align="c")
    s.text(306, 76, "Request may be rejected if the form is incomplete or illegible.", 7.5, align="c")
    s.text(572, 50, "OMB Number 1545-1872", 7, align="r")
    s.text(40, 90, "Department of the Treasury  Internal Revenue Service", 6.5, "sans", 0.3)
    s.line(40, 94, 572, 94, 1.4)
    rows = [("1a", "Current name", filer.name, "1b", "First taxpayer identification number",
             f"XXX-XX-{ssn4}"),
            ("1c", "Previous name shown on the last return filed if different from line 1(a)", "", "", "", ""),
            ("2a", "If a joint return, enter spouse's name shown on tax return", "", "2b", "Second taxpayer "
             "identification number", ""),
            ("3", "Current address (including apt., room, or suite no.), city, state, and ZIP code", home.one_line,
             "", "", ""),
            ("4", "Previous address shown on the last return filed if different from line 3", "", "", "", ""),
            ("5a", "IVES participant name, address, SOR mailbox ID", "Meridian Verification Svcs, 400 Lake Shore Dr, "
             "Chicago, IL 60611  SOR MVS2207", "", "", ""),
            ("5b", "Customer file number (if applicable)", f"AGL-{rng.randint(100000, 999999)}", "5c",
             "Unique identifier", f"U{rng.randint(10000, 99999)}"),
            ("5d", "Client name, telephone number, and address", "Ashgrove Lending Services, 260-555-0187", "", "", "")]
    y = 94.0
    for num, label, value, num2, label2, value2 in rows:
        width = 300 if num2 else 512
        s.rect(40, y, 20, 30, width=0.5, fill=0.9)
        s.text(50, y + 11, num, 7.5, "sans-b", 0.0, "c")
        s.rect(60, y, width, 30, width=0.5)
        s.text(63, y + 8.5, label, 6.5)
        s.text(66, y + 24, value, 9, "mono")
        if num2:
            s.rect(360, y, 20, 30, width=0.5, fill=0.9)
            s.text(370, y + 11, num2, 7.5, "sans-b", 0.0, "c")
            s.rect(380, y, 192, 30, width=0.5)
            s.text(383, y + 8.5, label2, 6.5)
            s.text(386, y + 24, value2, 9, "mono")
        y += 30
    y += 16
    s.text(40, y, "6", 8, "sans-b")
    s.text(56, y, "Transcript requested. Enter the tax form number here (1040, 1065, 1120, etc.) and check the "
           "appropriate box below.", 7.5)
    s.text(520, y, "1040", 10, "mono")
    y += 16
    for i, (label, chosen) in enumerate((("a  Return Transcript", True), ("b  Account Transcript", False),
                                         ("c  Record of Account", False))):
        s.box(70 + i * 160, y - 8, chosen, 8)
        s.text(82 + i * 160, y, label, 7.5)
    y += 22
    s.text(40, y, "7", 8, "sans-b")
    s.box(56, y - 8, False, 8)
    s.text(68, y, "Wage and Income transcript (W-2, 1099 series, 1098 series, or 5498 series transcript)", 7.5)
    y += 22
    s.text(40, y, "8", 8, "sans-b")
    s.text(56, y, "Year or period requested. Enter the ending date of the tax year or period using the mm/dd/yyyy "
           "format.", 7.5)
    y += 8
    for i, value in enumerate((f"12/31/{year}", f"12/31/{year - 1}", "", "")):
        s.rect(56 + i * 130, y, 120, 20, width=0.5)
        s.text(62 + i * 130, y + 14, value, 9.5, "mono")
    y += 36
    y = s.wrap(40, y, "Caution: Do not sign this form unless all applicable lines have been completed. Signatory "
               "attests that he/she has read the attestation clause and upon so reading declares that he/she has the "
               "authority to sign the Form 4506-C. See instructions.", 532, 7.5, "sans", 10)
    s.box(40, y - 2, True, 9)
    s.text(54, y + 6, "Signatory attests that he/she has read the above attestation clause and upon so reading "
           "declares that he/she has the authority to sign the Form 4506-C.", 7.2)
    y += 48
    s.text(40, y - 6, "Sign", 10, "sans-b")
    s.text(40, y + 6, "Here", 10, "sans-b")
    s.line(80, y, 380, y, 0.7)
    s.text(80, y + 9, "Signature for line 1a (see instructions)", 6.5)
    s.line(400, y, 572, y, 0.7)
    s.text(400, y + 9, "Date", 6.5)
    s.signature(rng, 100, y - 2, 200, 22, gray=0.1)
    pen.write(s, 410, y - 4, us(signed_on), 10)
    y += 34
    s.line(80, y, 380, y, 0.7)
    s.text(86, y - 4, filer.name, 10, "mono")
    s.text(80, y + 9, "Print/Type name", 6.5)
    s.line(400, y, 572, y, 0.7)
    s.text(400, y + 9, "Phone number of taxpayer on line 1a or 2a", 6.5)
    y += 34
    s.line(80, y, 380, y, 0.7)
    s.text(80, y + 9, "Signature for line 2a", 6.5)
    s.line(400, y, 572, y, 0.7)
    s.text(400, y + 9, "Date", 6.5)
    s.text(40, 760, "For Privacy Act and Paperwork Reduction Act Notice, see page 4.", 6.5, "sans-b")
    s.text(572, 760, "Form 4506-C (10-2022)", 7.5, "sans-b", align="r")
    return Doc("irs_form_4506c", {"signed": True, "signed_on": signed_on}, [s])


def w2_copy_b(employee: Person, ssn4: str, home: Address, employer: str, office: Address, year: int, wages: Decimal,
              rng: random.Random) -> Doc:
    """A Form W-2, Copy B, as an employer's payroll system prints it: lettered and numbered boxes in a grid."""
    s = Sheet()
    boxes = [
        (40, 60, 260, 30, "a  Employee's social security number", f"XXX-XX-{ssn4}"),
        (300, 60, 272, 30, "OMB No. 1545-0029", ""),
        (40, 90, 260, 30, "b  Employer identification number (EIN)",
         f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"),
        (300, 90, 136, 30, "1  Wages, tips, other compensation", money(wages)),
        (436, 90, 136, 30, "2  Federal income tax withheld", money(cents(wages * Decimal("0.095")))),
        (40, 120, 260, 60, "c  Employer's name, address, and ZIP code", f"{employer}"),
        (300, 120, 136, 30, "3  Social security wages", money(wages)),
        (436, 120, 136, 30, "4  Social security tax withheld", money(cents(wages * Decimal("0.062")))),
        (300, 150, 136, 30, "5  Medicare wages and tips", money(wages)),
        (436, 150, 136, 30, "6  Medicare tax withheld", money(cents(wages * Decimal("0.0145")))),
        (40, 180, 260, 30, "d  Control number", f"{rng.randint(100000, 999999)}"),
        (300, 180, 136, 30, "12a  See instructions for box 12", "DD  " + money(Decimal(rng.randrange(4000, 9000)))),
        (436, 180, 136, 30, "13  Statutory employee / Retirement plan", "X retirement plan"),
        (40, 210, 260, 70, "e  Employee's first name and initial   Last name", employee.name),
        (300, 210, 272, 70, "14  Other", "UNION DUES  " + money(cents(wages * Decimal("0.025")))),
        (40, 280, 60, 30, "15  State", home.state),
        (100, 280, 160, 30, "16  State wages, tips, etc.", money(wages) if home.state not in NO_STATE_TAX else ""),
        (260, 280, 156, 30, "17  State income tax", money(cents(wages * Decimal("0.04")))
         if home.state not in NO_STATE_TAX else ""),
        (416, 280, 156, 30, "20  Locality name", ""),
    ]
    for x, y, w, h, label, value in boxes:
        s.rect(x, y, w, h, width=0.6)
        s.text(x + 3, y + 8, label, 6)
        s.text(x + 6, y + 22, value, 9.5, "mono")
    s.text(46, 168, f"{office.street}, {office.last_line}", 8.5, "mono")
    s.text(46, 246, home.street, 8.5, "mono")
    s.text(46, 258, home.last_line, 8.5, "mono")
    s.text(40, 326, "Form W-2  Wage and Tax Statement", 11, "sans-b")
    s.text(306, 326, str(year), 16, "sans-b", align="c")
    s.text(572, 326, "Department of the Treasury\u2014Internal Revenue Service", 7, align="r")
    s.text(40, 340, "Copy B\u2014To Be Filed With Employee's FEDERAL Tax Return.", 8, "sans-b")
    s.line(40, 372, 572, 372, 0.5, 0.5)
    s.text(306, 384, "- - - - - - - - - - - -  fold and tear here  - - - - - - - - - - - -", 7, "sans", 0.5, "c")
    return Doc("w2", {}, [s])


def rideshare_statement(driver: Person, home: Address, month: date, weeks: Sequence[Decimal], rng: random.Random
                        ) -> Doc:
    """A ride-hail platform's monthly earnings statement for an independent driver: fares, the platform's service
    fee, tips and promotions by week, and the payouts. Not a pay stub (no employer, nothing withheld): "other"."""
    s = Sheet()
    end = hp.month_end(month.year, month.month)
    s.rect(40, 36, 532, 50, stroke=None, fill=0.08)
    s.text(56, 68, "RYDELINE", 20, "sans-b", 1.0)
    s.text(560, 58, "Driver earnings statement", 11, "sans-b", 1.0, "r")
    s.text(560, 72, f"{month:%B %Y}", 9, "sans", 0.85, "r")
    s.text(40, 112, driver.name, 11, "sans-b")
    s.text(40, 125, home.last_line, 9)
    s.text(572, 112, f"Driver ID  RD-{rng.randint(1000000, 9999999)}", 8.5, "sans", 0.3, "r")
    s.text(572, 125, f"{month:%b} 1 {EN} {end:%b} {end.day}, {end.year}", 8.5, "sans", 0.3, "r")
    heads = [(44, "Week", "l"), (190, "Trips", "r"), (270, "Fares", "r"), (360, "Service fee", "r"),
             (430, "Tips", "r"), (490, "Promotions", "r"), (566, "Your earnings", "r")]
    y = 158.0
    s.rect(40, y - 12, 532, 17, stroke=None, fill=0.9)
    for x, head, align in heads:
        s.text(x, y, head, 8, "sans-b", 0.0, align)
    y += 22
    start = month
    totals = [Decimal(0)] * 6
    for earned in weeks:
        stop = min(start + timedelta(days=6), end)
        tips = cents(earned * Decimal(rng.randrange(9, 15)) / 100)
        promo = Decimal(rng.choice([0, 0, 25, 40]))
        net_fares = earned - tips - promo
        fares = cents(net_fares / Decimal("0.75"))
        fee = fares - net_fares
        trips = rng.randint(38, 70)
        values = [Decimal(trips), fares, fee, tips, promo, earned]
        cells = [f"{start:%b} {start.day} {EN} {stop:%b} {stop.day}", str(trips), money(fares), f"-{money(fee)}",
                 money(tips), money(promo), money(earned)]
        for (x, _, align), value in zip(heads, cells, strict=True):
            s.text(x, y, value, 9, "sans", 0.0, align)
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        y += 16
        start = stop + timedelta(days=1)
    s.line(40, y - 9, 572, y - 9, 0.6)
    cells = ["Month", f"{totals[0]:.0f}", money(totals[1]), f"-{money(totals[2])}", money(totals[3]), money(totals[4]),
             money(totals[5])]
    for (x, _, align), value in zip(heads, cells, strict=True):
        s.text(x, y + 4, value, 9, "sans-b", 0.0, align)
    y += 44
    s.rect(40, y, 532, 46, width=0.6, fill=0.96)
    s.text(52, y + 19, "Paid out to your bank this month", 10.5, "sans-b")
    s.text(560, y + 19, f"${money(totals[5])}", 13, "sans-b", align="r")
    s.text(52, y + 36, f"{len(weeks)} weekly instant payouts", 8.5, "sans", 0.35)
    y += 76
    s.wrap(40, y, "You drive as an independent contractor. Rydeline is not your employer and this is not a pay stub: "
           "no taxes were withheld. Mileage, fuel and vehicle costs are not shown. Your Form 1099-K and 1099-NEC will "
           "be available in the app by January 31.", 532, 8.5, "sans", 12, 0.25)
    return Doc("other", {}, [s])


def home_fax_cover(sender: str, phone: str, to: str, to_fax: str, when: date, pages: int, note: str) -> Doc:
    """The cover page an all-in-one printer makes by itself: a bordered grid of Date / To / From / Pages / Subject
    in its built-in font and the sender's short note; not listed."""
    s = Sheet()
    s.text(306, 90, "F A X", 30, "mono-b", align="c")
    s.rect(72, 120, 468, 180, width=1.2)
    rows = [("Date", f"{when:%b %d %Y}"), ("To", to), ("Fax", to_fax), ("From", sender), ("Fax/Phone", phone),
            ("Pages", f"{pages} (including this page)")]
    for i, (label, value) in enumerate(rows):
        s.line(72, 120 + 30 * (i + 1), 540, 120 + 30 * (i + 1), 0.5)
        s.text(84, 140 + 30 * i, f"{label}:", 11, "mono-b")
        s.text(200, 140 + 30 * i, value, 11, "mono")
    s.text(84, 340, "Subject:", 11, "mono-b")
    s.text(200, 340, note.split("|")[0], 11, "mono")
    s.text(84, 372, "Message:", 11, "mono-b")
    y = 372.0
    for line in note.split("|")[1:]:
        s.text(200, y, line, 11, "mono")
        y += 16
    return Doc("fax_cover", {}, [s], listed=False)


# --- delivery ----------------------------------------------------------------------------------------------------


@dataclass
class JFile(hi.IFile):
    """A file as dropped in the inbox; `jpeg` > 0 stores its scanned pages JPEG-compressed at that quality (in a
    phone camera's warm colour when `tint`), as a phone scanner app saves them."""

    jpeg: int = 0
    tint: bool = False


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_i's writer (fax header lines, separator sheets, arrival times), then JPEG recompression of the
    phone-scanner files, keeping their arrival times."""
    expected = hi.write_packet(packet, root)
    for file in packet.files:
        if isinstance(file, JFile) and file.jpeg and file.scan is not None:
            path = root / packet.name / "inbox" / file.name
            stat = path.stat()
            he._recompress(path, file.scan.dpi, file.jpeg, file.tint)
            os.utime(path, (stat.st_atime, stat.st_mtime))
    return expected


# --- self-check ----------------------------------------------------------------------------------------------------


def _renderings(name: str, value: Any) -> list[str]:
    """holdout_packets_i's renderings plus "Sep 3, 2027" and "Oct 3", and the words a benefit letter uses."""
    if name == "benefit_type":
        return {"benefits_taxable": ["taxable", "pension"], "benefits_nontaxable": ["tax-free", "non-taxable"],
                "unemployment": ["unemployment"]}[value]
    out = hi._renderings(name, value)
    if isinstance(value, date):
        out += [_mon(value), f"{value:%b} {value.day}"]
    return out


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """Values of expected.json not printed (or hand-written) on their document, and scenarios the checklist does not
    bear out."""
    problems = []
    if sorted(expected["missing"]) != sorted(packet.intent):
        problems.append(f"missing {expected['missing']} but the scenario meant {packet.intent}")
    for doc, want in zip(packet.docs, expected["documents"], strict=True):
        text = hc._text(doc)
        for name, value in doc.fields.items():
            if value is None or name == "monthly_gross":
                continue
            if not any(hc._printed(o, text) for o in _renderings(name, value)):
                problems.append(f"{want['id']} {doc.type}.{name}={value!r} not printed")
    app = packet.app
    if app is not None:
        app_doc = next(d for d in packet.docs if d.type == "mortgage_assistance_application")
        text = hc._text(app_doc)
        home = app.address
        wanted: list[list[str]] = [[app.loan], [app.borrower.name], [app.ssn4], [home.street], [home.city],
                                   [home.state], [home.zip], *([money(a)] for _, a, _ in app.income_lines)]
        if not app_doc.facts.get("form710"):  # Form 710 prints no total: the expected total is the sum of its lines
            wanted.append([money(app.total)])
        if app.co_borrower:
            wanted += [[app.co_borrower.name], [app.co_ssn4 or ""]]
        wanted += [_renderings("date", d) for d in (app.hardship_start, app.signed_on, app.co_signed_on) if d]
        problems += [f"application value {w[0]!r} not printed" for w in wanted
                     if not any(hc._printed(o, text) for o in w)]
    return problems


# --- packets -------------------------------------------------------------------------------------------------------


def received_on(rng: random.Random) -> date:
    """A weekday between early October 2027 and mid-January 2028 (the year's turn restarts year-to-date pay)."""
    return hp.weekday_on_or_before(date(2027, 10, 4) + timedelta(days=rng.randint(0, 102)))


def _email(person_: Person, rng: random.Random) -> str:
    return hf._email(person_, rng)


def _dollars(rng: random.Random, low: int, high: int) -> str:
    return f"${money(Decimal(rng.randrange(low, high)) / 100)}"


def _dob(rng: random.Random, low: int, high: int) -> str:
    return us(date(2027 - rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28)))


def _weekdays(start: date, weekday: int) -> list[int]:
    """Day offsets from `start` of every given weekday (0 = Monday) in that month."""
    end = hp.month_end(start.year, start.month)
    return [d for d in range((end - start).days + 1) if (start + timedelta(days=d)).weekday() == weekday]


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def packet_landscape_separator(seed: int) -> Packet:
    """Bellwether Point's landscape application typed into its PDF, printed, signed and dated in pen; four weekly
    kiosk receipts from the grocery store, two online-bank statements carrying the pay and the VA disability
    deposits and a two-page hardship letter on a legal pad; one 200 dpi scan behind a barcode separator sheet, the
    landscape pages lying sideways. Complete."""
    rng = random.Random(seed * 7919 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Marguerite", "A.", "D'Souza-Flynn")
    home = hp.address(rng)
    run = kiosk_run(rng, borrower, home, received, 4)
    va = Decimal(rng.choice(["1132.90", "1437.44", "1759.19"]))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", cents(_mean([st.gross for st, _ in run]) * 52 / 12), "B"),
                 ("benefits_nontaxable", va, "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["disability_or_illness", "reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(150, 260)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(dob=_dob(rng, 38, 52), household="2", texts="yes", cash=_dollars(rng, 20000, 140000),
                     savings=_dollars(rng, 0, 60000), mortgage=_dollars(rng, 98000, 165000),
                     car=_dollars(rng, 18000, 34000), utilities=_dollars(rng, 16000, 28000),
                     cards=_dollars(rng, 4000, 12000),
                     story="An MS relapse in the spring: I went part time at the deli on my neurologist's orders. "
                           "VA disability and my pay are all we have now.")
    app_doc = hc.LandscapeDoc("mortgage_assistance_application", {}, landscape_form(app, "typed", rng))
    store, emp_id = f"0{rng.randint(100, 899)}", f"{rng.randint(10000, 99999)}-{rng.randint(10, 99)}"
    printed = received - timedelta(days=1)
    stub_docs = [st.doc([stub_kiosk(st, lines, store, emp_id, printed, rng)]) for st, lines in run]
    net = _mean([st.net for st, _ in run])
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    sts = hf.statements(rng, LUMIO, borrower, home, months, hp.digits(rng, 4), lambda start: [
        (0, "VA BENEFIT TREAS 310 XXVA32", va),
        *((day, "BRIGHTWELL MKTS PAYROLL PPD", cents(net * Decimal(rng.randrange(88, 112)) / 100))
          for day in _weekdays(start, 3))], n_debits=14)
    statement_docs = [st.doc(statement_lumio(st)) for st in sts]
    letter = legal_pad_letter(app, signed_on - timedelta(days=rng.randint(1, 3)), [
        "I am writing because I have fallen behind on my mortgage and I want to explain what happened. In March I had "
        "a bad relapse of multiple sclerosis, the worst since I was diagnosed during my time in the Army. I was in "
        "the hospital for a week and in physical therapy for most of the spring.",
        "My neurologist told me to cut back my hours, so I went from full time at the Brightwell deli counter to "
        "about 28 hours a week. My pay dropped by almost half. My VA disability compensation did not change, and "
        "it now covers most of the bills, but not the whole mortgage payment.",
        "I used my savings to keep the payment current through the summer, and then the savings ran out. I have "
        "missed two payments now and I am scared of losing the house. My son lives with me and goes to the high "
        "school down the street.",
        "The fatigue is better since my new medication started, and my manager says I can pick up more shifts after "
        "the holidays if my doctor agrees. What I am asking for is a lower payment, or a plan to catch up slowly.",
        "I have put in copies of my last four pay stubs and my last two bank statements. Please call me if you need "
        "anything else. I check my phone every day even at work."], rng)
    docs = [app_doc, *stub_docs, *statement_docs, letter]
    scan = Scan(200, skew=0.3, noise=0.0005, blur=0.4, paper=240, seed=seed + 11)
    files = [JFile(f"SCAN_{received:%Y%m%d}_{rng.randint(7, 17):02d}{rng.randint(0, 59):02d}.pdf",
                   [hf.separator(loan), *docs], scan)]
    return Packet("j1-landscape-3-panel-typed-sideways-separator-scan-kiosk-receipts-online-bank-legal-pad", received,
                  app, docs, files, loan, [])


CORBEL = "Corbel Engineering Group, PLLC"


def packet_side_by_side_folder(seed: int) -> Packet:
    """Tidemark's Applicant | Co-Applicant application typed into its PDF; the applicant signed, his wife, whose
    Social Security is listed in her column, did not; his two semi-monthly PayNimbus statements, a typed hardship
    letter carrying & < > " ' {{ 7*7 }}, the insurer's renewal notice and one online-bank statement; born digital in a
    folder named after the loan. Incomplete: application_signature, income_doc:benefits_taxable."""
    rng = random.Random(seed * 7919 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 12, 3)
    borrower = Person("Kwame", "A.", "Boateng")
    co = Person("Adaeze", "N.", "Boateng-Okoro")
    home = hp.address(rng)
    office = Address(f"{rng.randint(100, 2400)} Enterprise Way, Suite {rng.randint(100, 450)}", home.city, home.state,
                     home.zip)
    annual = Decimal(rng.randrange(68, 96) * 1000 + rng.choice([0, 500]))
    half = cents(annual / 24)
    run = nimbus_run(rng, CORBEL, office, borrower, home, received, 2, annual=annual,
                     benefits=[("401(k) 6%", cents(half * Decimal("0.06"))),
                               ("Medical - Employee + Spouse", Decimal("212.40")), ("Dental", Decimal("18.90")),
                               ("Supplemental Life", Decimal("9.75"))])
    social = Decimal(rng.randrange(118000, 168000)) / 100
    signed_on = received - timedelta(days=rng.randint(3, 7))
    app = g_app([("wages", cents(annual / 12), "B"), ("benefits_taxable", social, "C")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["increase_in_housing_expenses", "other"],
                hardship_start=received - timedelta(days=rng.randint(90, 160)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=False, co_signed_on=None, phone=hp.phone(rng),
                email=_email(borrower, rng))
    prior = Decimal(rng.randrange(210000, 290000)) / 100
    renewal = cents(prior * Decimal(rng.choice(["1.38", "1.46", "1.52"])))
    app.facts.update(dob=_dob(rng, 55, 61), co_dob=_dob(rng, 62, 66), co_phone=hp.phone(rng),
                     co_email=_email(co, rng), work_phone=hp.phone(rng), employer="Corbel Engineering Group",
                     years=str(rng.randint(4, 14)), co_employer="Retired", co_years="", hoa="None",
                     cash=_dollars(rng, 30000, 180000), savings=_dollars(rng, 0, 90000),
                     story="Insurance went up about 45% and the escrow shortage raised our payment; we are also "
                           "paying for our grandchildren since our daughter's accident (see our letter).")
    app_doc = Doc("mortgage_assistance_application", {}, side_by_side_form(app, rng))
    emp_id = f"E-{rng.randint(10000, 99999)}"
    stub_docs = [st.doc([stub_nimbus(st, lines, emp_id, rng)]) for st, lines in run]
    letter = modern_letter(app, signed_on - timedelta(days=1), (TIDEMARK[0], "Borrower Assistance",
                                                                  "2200 Harbor Blvd, Suite 410, Norfolk, VA 23510"), [
        "We are writing to ask for help with our mortgage. Two things happened this year. First, our homeowners "
        "insurance renewed at a much higher premium & the escrow analysis that followed raised our monthly payment "
        "by several hundred dollars.",
        "Second, our daughter was badly hurt in a car accident in the spring and cannot work or care for her two "
        "children, so they live with us now. Their day care, food and clothing cost more than Adaeze's Social "
        "Security brings in; our costs went from < $5,000 to > $6,500 a month.",
        "A note about your website: when we tried to apply online, the form showed \"{{ 7*7 }}\" in the box where my "
        "wife's name belongs, then an error page that said <error id='49'>. We gave up and used the paper form. "
        "Please spell her name Boateng-Okoro, with the hyphen.",
        "We want to keep our home. Adaeze is visiting our daughter this week and will sign the application when she "
        "is back. We would be grateful for a modification or any plan that brings the payment down."], rng)
    notice = insurance_renewal([borrower, co], home, received - timedelta(days=rng.randint(45, 80)), prior, renewal,
                               rng)
    month = hp.add_months(received, -1)
    net = _mean([st.net for st, _ in run])
    st = hf.statements(rng, LUMIO, borrower, home, [month], hp.digits(rng, 4), lambda start: [
        (rng.randint(2, 4), "SSA TREAS 310 XXSOC SEC", social),
        (rng.randint(3, 6), "CORBEL ENGINEERI PAYROLL", net), (rng.randint(18, 21), "CORBEL ENGINEERI PAYROLL", net)],
        n_debits=17)[0]
    statement_doc = st.doc(statement_lumio(st))
    docs = [app_doc, *stub_docs, letter, notice, statement_doc]
    files = [JFile(f"{loan}/Tidemark application - Boateng.pdf", [app_doc]),
             *(JFile(f"{loan}/paystub {s.fields['pay_date']:%Y-%m-%d}.pdf", [s]) for s in stub_docs),
             JFile(f"{loan}/hardship letter.pdf", [letter]),
             JFile(f"{loan}/Cardinal Mutual renewal.pdf", [notice]),
             JFile(f"{loan}/Lumio statement {month:%b %Y}.pdf", [statement_doc])]
    return Packet("j2-side-by-side-columns-typed-digital-folder-co-applicant-unsigned-ss-undocumented", received, app,
                  docs, files, loan, ["application_signature", "income_doc:benefits_taxable"])


def packet_shaded_grid_fax(seed: int) -> Packet:
    """Copperline's Mortgage Relief Request (shaded label cells, drop-downs, Borrower / Co-Borrower / Total income
    grid) typed, printed, signed and dated in ink by both; the carpenter's two union pay statements from four months
    ago, his W-2, one credit-union statement, the co-borrower's unemployment award and layoff notice; faxed from the
    couple's all-in-one printer at 200 dpi with its own cover page and header line, no separator, several documents
    numbered "Page x of y". Incomplete: income_doc:wages."""
    rng = random.Random(seed * 7919 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 9)
    borrower = Person("Lars", "E.", "Magnusson")
    co = Person("Ingrid", "K.", "Magnusson-Lee")
    home = hp.address(rng)
    run = ironbridge_run(rng, borrower, home, received, rng.randint(108, 125))
    weekly = Decimal(rng.randrange(380, 620))
    laid_off = hp.weekday_on_or_before(received - timedelta(days=rng.randint(45, 75)))
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = g_app([("wages", cents(_mean([st.gross for st, _, _ in run]) * 26 / 12), "B"),
                 ("unemployment", cents(weekly * 52 / 12), "C")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["unemployment", "reduction_in_income"], hardship_start=laid_off, signed=True,
                signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True,
                co_signed_on=signed_on, phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(co_phone=hp.phone(rng), co_email=_email(co, rng), marital="Married", prepared=us(signed_on),
                     county=rng.choice(["Lincoln", "Jefferson", "Franklin", "Marion"]), hoa="",
                     cash=_dollars(rng, 30000, 160000), savings=_dollars(rng, 50000, 400000),
                     story="Ingrid was laid off when the packaging plant lost its contract; Lars's crew is on short "
                           "weeks for the winter. We need a lower payment until spring.")
    app_doc = Doc("mortgage_assistance_application", {}, copperline_form(app, rng))
    stub_docs = [st.doc([stub_ironbridge(st, lines, days, f"00{rng.randint(40000, 59999)}", rng)])
                 for st, lines, days in run]
    office = run[0][0].employer_address
    w2 = w2_copy_b(borrower, app.ssn4, home, IRONBRIDGE, office, received.year - 1,
                   Decimal(rng.randrange(6800000, 8900000)) / 100, rng)
    net = _mean([st.net for st, _, _ in run])
    month = hp.add_months(received, -1)
    st = hf.statements(rng, HARBORLIGHT, borrower, home, [month], hp.digits(rng, 4), lambda start: [
        (day, "IRONBRIDGE CONSTR PAYROLL", cents(net * Decimal(rng.randrange(70, 100)) / 100))
        for day in _weekdays(start, 4)[::2]] + [
        (day, "DLWD UI BENEFIT PMT", weekly * 2) for day in _weekdays(start, 1)[1::2]], n_debits=18)[0]
    savings = Decimal(rng.randrange(50000, 400000)) / 100
    statement_doc = st.doc(statement_harborlight(st, hp.digits(rng, 4), savings,
                                                 cents(savings * Decimal("0.000125"))))
    ui = ui_award_notice(co, app.co_ssn4 or "", home, laid_off + timedelta(days=rng.randint(12, 20)), weekly, rng)
    layoff = layoff_notice(co, "Northfield Packaging Corp.", laid_off - timedelta(days=14), laid_off, rng)
    docs = [app_doc, *stub_docs, w2, statement_doc, ui, layoff]
    pages = 1 + sum(d.page_count for d in docs)
    phone = app.phone
    cover = home_fax_cover("MAGNUSSON", phone, COPPERLINE[0], "1-888-555-0147", received, pages,
                           f"Loan {loan} relief request|Application signed by both of us,|pay stubs, bank statement,|"
                           "Ingrid's unemployment papers.")
    fax = Scan(200, skew=0.25, noise=0.0008, blur=0.4, fax=True, seed=seed + 31)
    header = (f"{received:%b %d %Y} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}   MAGNUSSON HOME   {phone}   "
              "P.{page:02d}/{pages:02d}")
    files = [JFile(f"FAXIN_{received:%b%d}_{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}.pdf",
                   [cover, app_doc, *stub_docs, w2, statement_doc, ui, layoff], fax, header=header)]
    return Packet("j3-shaded-labels-dropdowns-income-grid-ink-signed-home-fax-union-stubs-stale", received, app, docs,
                  files, loan, ["income_doc:wages"])


def packet_editor_loose(seed: int) -> Packet:
    """Ashgrove's flat form with the answers typed over it in a PDF editor (a little off the lines), the hardship
    date left blank; a self-employed driver's three credit-union e-statements, the ride-hail platform's monthly
    earnings statement, page 1 of his 1040, his 4506-C signed in ink and the divorce decree on pleading paper (both
    scanned at 200 dpi); loose files with the loan number in their names. Incomplete:
    application_field:hardship_start_date."""
    rng = random.Random(seed * 7919 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 10)
    borrower = Person("Yusuf", "H.", "Al-Rashid")
    ex = Person("Samira", "J.", "Haddad")
    home = hp.address(rng)
    monthly_net = Decimal(rng.randrange(380000, 520000)) / 100
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = g_app([("self_employment", monthly_net, "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["divorce_or_separation"], hardship_start=None,
                signed=True, signed_on=signed_on, phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(story="Divorce was final this year. I now pay the whole mortgage myself from my driving income; "
                           "my ex-wife's salary used to pay half.")
    app_doc = Doc("mortgage_assistance_application", {}, pdf=editor_form(app, rng))
    last_month = hp.add_months(received, -1)
    span = (hp.month_end(last_month.year, last_month.month) - last_month).days
    payouts = [cents(monthly_net * Decimal(rng.randrange(24, 32)) / 100) for _ in range(span // 7 + 1)]
    months = [hp.add_months(received, -3), hp.add_months(received, -2), last_month]

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        weeks = payouts if start == last_month else [cents(monthly_net * Decimal(rng.randrange(24, 32)) / 100)
                                                     for _ in range(5)]
        out = [(min(7 * (k + 1), 30), "RYDELINE INSTANT PAYOUT", amount) for k, amount in enumerate(weeks)]
        return [*out, (rng.randint(9, 22), "ZELLE FROM BRANDT & SZABO LLP", Decimal(rng.randrange(180, 420, 20)))]

    member = hp.digits(rng, 4)
    savings = Decimal(rng.randrange(20000, 90000)) / 100
    sts = hf.statements(rng, HARBORLIGHT, borrower, home, months, hp.digits(rng, 4), deposits, n_debits=17)
    statement_docs = []
    for st in sts:
        dividend = cents(savings * Decimal("0.000125"))
        statement_docs.append(st.doc(statement_harborlight(st, member, savings, dividend)))
        savings += dividend
    gig = rideshare_statement(borrower, home, last_month, payouts, rng)
    year = 2026
    f1040 = form_1040_page1(borrower, app.ssn4, home, year, Decimal(0), cents(monthly_net * 12 * Decimal("0.93")),
                            Decimal(rng.randrange(500, 9000)) / 100, rng)
    irs = form_4506c_j(borrower, app.ssn4, home, signed_on, rng, year)
    decree = pleading_decree(borrower, ex, home, received - timedelta(days=rng.randint(70, 140)), rng)
    docs = [app_doc, *statement_docs, gig, f1040, irs, decree]
    scan = Scan(200, skew=0.35, noise=0.0005, blur=0.45, paper=242, seed=seed + 41)
    files = [JFile(f"{loan} - Al-Rashid - assistance form.pdf", [app_doc]),
             *(JFile(f"{loan}_stmt_{st.start:%b%Y}.pdf", [d]) for st, d in zip(sts, statement_docs, strict=True)),
             JFile(f"{loan}_rideshare_earnings.pdf", [gig]), JFile(f"{loan} 1040 p1.pdf", [f1040]),
             JFile(f"AlRashid_{loan}_4506C.pdf", [irs], scan),
             JFile(f"{loan}-divorce-decree.pdf", [decree], replace_seed(scan, seed + 43))]
    return Packet("j4-pdf-editor-typed-offset-loose-named-self-employed-cu-statements-pleading-decree-no-date",
                  received, app, docs, files, loan, ["application_field:hardship_start_date"])


def replace_seed(scan: Scan, seed: int) -> Scan:
    return Scan(scan.dpi, scan.skew, scan.noise, scan.blur, scan.paper, scan.fax, seed)


def packet_form710_phone_split(seed: int) -> Packet:
    """The real Form 710 filled through its AcroForm, printed, signed by both and captured with a phone scanner app
    together with the pension confirmation and the insurer's storm-claim letter (one colour JPEG PDF, pages up to 2
    degrees off square, uneven light), named with the loan number; hours later the driver's three payroll statements
    downloaded from the employer, a second file with no loan number anywhere, to be placed by her name. Complete."""
    rng = random.Random(seed * 7919 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Bridget", "M.", "O'Callaghan")
    co = Person("Seamus", "P.", "O'Callaghan")
    home = hp.address(rng)
    run = freight_run(rng, borrower, home, received, 3)
    pension = Decimal(rng.randrange(124000, 212000)) / 100
    loss = received - timedelta(days=rng.randint(45, 80))
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = g_app([("wages", cents(_mean([st.gross for st, _, _ in run]) * 26 / 12), "B"),
                 ("benefits_taxable", pension, "C")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["disaster", "increase_in_housing_expenses"],
                hardship_start=loss, signed=True, signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4),
                co_signed=True, co_signed_on=signed_on, phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(duration="short", cash=money(Decimal(rng.randrange(400, 3200))),
                     savings=money(Decimal(rng.randrange(0, 4000))), co_email=_email(co, rng), co_phone=hp.phone(rng))
    filled = Doc("mortgage_assistance_application", {}, pdf=form710_filled(app, rng), facts={"form710": True})
    letter = pension_confirmation(co, home, received - timedelta(days=rng.randint(20, 55)), pension, rng)
    claim = adjuster_letter([borrower, co], home, min(loss + timedelta(days=rng.randint(18, 30)),
                                                      received - timedelta(days=3)), loss, rng)
    photos = [phone_scanned(d, seed * 10 + i) for i, d in enumerate((filled, letter, claim))]
    driver = f"{rng.randint(10000, 99999)}"
    stub_docs = [st.doc([stub_freight(st, lines, trips, driver)]) for st, lines, trips in run]
    docs = [*photos, *stub_docs]
    phone = Scan(200, paper=255, seed=seed + 51)
    files = [JFile(f"OCallaghan loan {loan}.pdf", photos, phone, jpeg=72, tint=True),
             JFile("Pay statements - Bridget O'Callaghan.pdf", stub_docs, arrives_after=5 * 3600)]
    return Packet("j5-form710-acroform-phone-scanner-app-then-stubs-file-without-loan-number-pension", received, app,
                  docs, files, loan, [])


ACORNS = "Little Acorns Early Learning Center"


def packet_landscape_hand_loose(seed: int) -> Packet:
    """Bellwether Point's landscape application printed blank and filled in by hand, scanned upright as 11 x 8.5
    pages; two PayNimbus statements from a child-care center, one credit-union statement showing the child support
    (the month before it is missing), a typed hardship letter with the employer's schedule-cut letter behind it in one
    file, and a utility's final notice; loose 200 dpi scans with the loan number in their names. Incomplete:
    income_doc:other."""
    rng = random.Random(seed * 7919 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 11, 1)
    borrower = Person("LaToya", "M.", "St. Clair-Jenkins")
    home = hp.address(rng)
    office = Address(f"{rng.randint(100, 3000)} Schoolhouse Ln", home.city, home.state, home.zip)
    rate = Decimal(rng.randrange(1575, 1950, 25)) / 100
    run = nimbus_run(rng, ACORNS, office, borrower, home, received, 2, rate=rate,
                     benefits=[("Medical - Employee + Child(ren)", Decimal("164.22")), ("Dental", Decimal("21.10"))])
    support = Decimal(rng.randrange(425, 760, 5))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", cents(_mean([st.gross for st, _ in run]) * 2), "B"), ("other", support, "B")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income", "other"],
                hardship_start=received - timedelta(days=rng.randint(100, 200)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(dob=_dob(rng, 31, 44), household="3", hoa="0", cash=_dollars(rng, 5000, 60000),
                     mortgage=_dollars(rng, 90000, 140000), utilities=_dollars(rng, 18000, 31000),
                     care=_dollars(rng, 20000, 45000),
                     story="Center cut my hours in half. My mom had a stroke and I drive her to rehab 3x a week.")
    app_doc = UprightLandscapeDoc("mortgage_assistance_application", {}, landscape_form(app, "hand", rng))
    emp_id = f"LA-{rng.randint(1000, 9999)}"
    stub_docs = [st.doc([stub_nimbus(st, lines, emp_id, rng)]) for st, lines in run]
    net = _mean([st.net for st, _ in run])
    month = hp.add_months(received, -1)
    st = hf.statements(rng, HARBORLIGHT, borrower, home, [month], hp.digits(rng, 4), lambda start: [
        (rng.randint(2, 5), f"{home.state} SDU CHILD SUPPORT", support),
        (rng.randint(4, 6), "LITTLE ACORNS ELC PAYROLL", cents(net * Decimal(rng.randrange(92, 108)) / 100)),
        (rng.randint(19, 21), "LITTLE ACORNS ELC PAYROLL", cents(net * Decimal(rng.randrange(92, 108)) / 100))],
        n_debits=17)[0]
    savings = Decimal(rng.randrange(2500, 30000)) / 100
    statement_doc = st.doc(statement_harborlight(st, hp.digits(rng, 4), savings, cents(savings * Decimal("0.000125"))))
    letter = modern_letter(app, signed_on - timedelta(days=2), (BELLWETHER[0], "Homeowner Support", "PO Box 90715",
                                                                  "Lexington, KY 40509"), [
        "I am asking for help with my mortgage payment. Since the summer the child-care center where I work has cut "
        "my hours from full time to about thirty a week because enrollment dropped, so my paychecks are smaller.",
        "At the same time my mother had a stroke. She lives ten minutes away and I take her to rehab three mornings "
        "a week and help with her bills, which I could not afford on top of everything else.",
        "I receive child support for my two children every month; it comes into my credit union account. I have "
        "enclosed my last statement and my two latest pay stubs.",
        "I want to keep our home. Please consider me for a modification or a lower payment until my hours come "
        "back."], rng)
    notice = utility_notice(borrower, home, received - timedelta(days=rng.randint(12, 25)),
                            Decimal(rng.randrange(28000, 61000)) / 100, rng)
    schedule = schedule_notice(borrower, ACORNS, office, (app.hardship_start or received) - timedelta(days=14),
                               (40, 28), rng)
    docs = [app_doc, *stub_docs, statement_doc, letter, schedule, notice]
    base = Scan(200, skew=0.4, noise=0.0006, blur=0.45, paper=240, seed=seed + 61)
    files = [JFile(f"StClair-Jenkins {loan} application.pdf", [app_doc], base),
             JFile(f"Scan {loan} paystubs.pdf", stub_docs, replace_seed(base, seed + 62)),
             JFile(f"ST CLAIR-JENKINS_{loan}_BANK.pdf", [statement_doc], replace_seed(base, seed + 63)),
             JFile(f"{loan} (1).pdf", [letter, schedule], replace_seed(base, seed + 64)),
             JFile(f"{loan}-shutoff notice.pdf", [notice], replace_seed(base, seed + 65))]
    return Packet("j6-landscape-hand-filled-upright-loose-scans-child-support-one-statement", received, app, docs,
                  files, loan, ["income_doc:other"])


PACKETS = (packet_landscape_separator, packet_side_by_side_folder, packet_shaded_grid_fax, packet_editor_loose,
           packet_form710_phone_split, packet_landscape_hand_loose)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 10710, write_packet, check)


if __name__ == "__main__":
    main()
