"""A twenty-sixth holdout set of borrower packets (z1..z8), laid out unlike the shared samples and unlike the a
(first), b, c, ... x and y sets, written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_z.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs, plain scans or one fax, and the hand-written parts are signatures
and a few dates.

Applications: the real Form 710 (April 2023) typed through its AcroForm in four packets - signed on the screen with
a drawn signature, the date typed, e-mailed (z1, born digital); printed, signed and dated in ink by both spouses and
scanned with the rest of the packet (z3); printed, signed and dated in ink and faxed (z5); printed, signed and dated
in ink with the hardship's start date left empty, scanned (z7). Two servicers' own forms: Tamarack Falls Loan
Servicing's two-page "Homeowner Hardship Assistance Form" (TFLS-5: a pine-green rule under the letterhead, every label
RIGHT-ALIGNED before a colon with its answer typed after it on a light rule, "Servicing loan number", "Homeowner
(primary)" / "Joint homeowner", the street and "City, state, ZIP" on separate rows, its own wording for occupancy -
"Owner lives here full-time / Seasonal or second home / Leased to tenants" - and for the hardship reasons, "[X]"
choices, income rows ending in "$" amounts with a "Total monthly household income" row), typed in its PDF and signed
on the screen by both spouses (z2), or typed, printed, signed and dated in ink and scanned (z6); Quillfeather
Mortgage Company's two-page "Mortgage Help Request" (QMC-14: questions numbered "Q1." .. "Q14." in bold, each answered
in a SHADED grey box under the question, small square boxes typed with X inside the shaded boxes, "Which of these
describe your situation?" in its own words, income as lettered rows a.-h. with "i. Total" in one shaded table),
typed, printed, signed and dated in ink and scanned (z4), or typed in its PDF and signed on the screen (z8).

Pay: a grocery chain's weekly "Associate Earnings Statement" (a green band, store and department, part-time hours
that change week to week, This Period / Year-to-Date, "Check Date"); a home-care agency's bi-weekly "Caregiver Pay
Stub" and a dental practice's semi-monthly "Statement of Earnings", both printed by a small payroll bureau (the
bureau's name in the footer, the employer in a box at the top left, "Pay Date" / "Period Beginning" / "Period
Ending" captions in a row, visit and mileage lines for the caregiver); a concrete contractor's weekly "Payroll Check
Stub" (union dues and a vacation fund, "Week Ending", hours by day); a county road department's monthly "Payroll
Advice" (Advice No., "Pay Period 07/01/2031 - 07/31/2031", PERS retirement); a parts distributor's bi-weekly
"Earnings Statement" in the same layout as the grocer's. Every year-to-date figure is the sum of that year's checks.
Statements: a savings bank's two-page "Statement of Account" ("Statement Period: March 1, 2031 through March 31,
2031", "Opening Balance" / "Closing Balance", a running balance) and a credit union's one-page "Member Statement"
("Statement Cycle: 07/01/31 - 07/31/31", "Balance Forward" / "Ending Balance", "Account No. ******1234", deposits
and withdrawals in two columns). Letters and papers: typed hardship letters in ordinary borrowers' words (signed in
ink when scanned or faxed, unsigned when e-mailed), Social Security's SSI award for a disabled co-borrower
(non-taxable, monthly) and its widow's benefit letter (taxable, monthly), a paper mill retirement plan's survivor
pension letter, the VA's disability compensation award letter, a newspaper obituary, a county treasurer's property
tax bill ("other"), a 1040 page printed from tax software, a family court's judgment of divorce and the copy shop's
fax cover (not a document). Co-borrowers in z2 and z3.

Deliveries: a folder named after the loan holding e-mailed born-digital files (z1); loose born-digital files named
"<loan>_..." with the SSA letter a 200 dpi grey scan (z2); a folder named after the loan holding ONE 300 dpi grey
scan of the whole packet without a separator sheet (z3); loose scanner-named files, 240 dpi grey scans beside
downloaded statements and a tax-software page (z4); one standard-mode fax (about 200 x 100 dpi, black and white,
the machine's header line) behind a cover sheet, under the fax server's name (z5); a folder named after the loan with
each paper its own 200 dpi scan or download (z6); loose files named "<Surname> <loan> - ..." (z7); a folder named
after the loan of e-mailed files with the divorce judgment a 300 dpi grey scan (z8). Every scan is tilted 0.6
degrees at most, on a grey paper tone, a little blurred and noisy, JPEG-compressed, with no text layer.

Complete: z1 (fresh weekly stubs with year-to-date pay; a reduction in income needs no papers), z2 (fresh
bi-weekly stubs; Social Security's SSI letter for the disabled co-borrower; the letter for the illness),
z5 (Social Security's and the pension plan's letters for the taxable benefits; the obituary for the death), z8 (a
fresh stub; two consecutive fresh statements showing the child support; the divorce judgment). Incomplete: z3 the
co-borrower's pension is claimed but only one bank statement shows it and no award letter came
(income_doc:benefits_taxable); z4 self-employment is documented by two consecutive statements but no signed IRS Form
4506-C came (irs_form_4506c); z6 the dental office stubs were paid in March and the packet arrived in July, more
than 90 days later, and no bank statements came (income_doc:wages); z7 Form 710's hardship start date is empty
(application_field:hardship_start_date).

This set is standalone: people, pens (a quick joined signature drawn as strokes, dates written with an oblique
system font jittered glyph by glyph), printer, scanner, fax and the checklist (`missing_codes`,
shared/spec/checklist.md) are written here; only tests/pdf_factory.py's Form 710 filler and tests/sample_compare.py
are borrowed. Expected status and codes follow from the values drawn and must equal each scenario's intended codes;
a different seed changes names, amounts and noise but never the scenario. `--check` confirms expected.json's keys
and per-type fields, the codes, income totals, pay-stub arithmetic (year to date = sum of the year's checks, monthly
gross), that every file opens and every page belongs to exactly one document (the fax cover aside), that `scanned`
matches the pages' text layers, that born-digital documents print their key values, that no SSN beyond its last four
reaches expected.json, that expected.json scores perfectly against itself through tests/sample_compare.compare, and
that a rebuild gives the same bytes. Received dates fall in 2031. All people, employers, banks and servicers are
fictional (the Social Security Administration, the VA and the IRS form aside).
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import io
import json
import logging
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from pdf_factory import form710_filled
from sample_compare import compare

W, H = letter
CENT = Decimal("0.01")
HAND_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FAX_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
INK_BLUE = (0.08, 0.14, 0.45)
INK_BLACK = (0.1, 0.1, 0.12)
pdfmetrics.registerFont(TTFont("ZHand", HAND_FONT))

HARDSHIPS = ("unemployment", "reduction_in_income", "increase_in_housing_expenses", "disaster",
             "disability_or_illness", "divorce_or_separation", "separation_unmarried", "death", "relocation", "other")
INCOMES = ("wages", "self_employment", "unemployment", "benefits_taxable", "benefits_nontaxable", "rental",
           "investment", "other")
DOC_FIELDS = {
    "pay_stub": ["employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                 "gross_current", "gross_ytd", "net_current", "monthly_gross"],
    "bank_statement": ["bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"],
    "hardship_letter": ["letter_date"],
    "benefit_award_letter": ["letter_date", "monthly_amount", "benefit_type"],
    "tax_return": ["tax_year", "form"],
    "obituary": [],
    "divorce_decree": [],
    "other": [],
    "mortgage_assistance_application": [],
}
APP_KEYS = ["loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"]


def money(value: Decimal | float | int) -> Decimal:
    return Decimal(str(value)).quantize(CENT, ROUND_HALF_UP)


def fm(value: Decimal) -> str:
    return f"{value:,.2f}"


def us(d: date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


# --- pens -------------------------------------------------------------------------------------------------------


def signature(c: canvas.Canvas, x: float, y: float, name: str, rng: random.Random, width: float = 120,
              color: tuple[float, float, float] = INK_BLUE) -> None:
    """A quick joined signature: the first initial as a tall loop, the surname as a run of humps, a tail."""
    parts = name.replace(".", "").split()
    first, last = parts[0], parts[-1]
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(rng.uniform(0.9, 1.3))
    c.setLineCap(1)
    c.setLineJoin(1)
    path = c.beginPath()
    h = rng.uniform(14, 18)
    path.moveTo(x, y + 2)
    path.curveTo(x + 4, y + h, x + 10, y + h + 3, x + 7, y + h * 0.6)
    path.curveTo(x + 3, y + 2, x + 12, y - 1, x + 16, y + 4)
    cx = x + 16
    humps = max(4, len(last) + 1)
    step = (width * 0.78) / humps
    slant = rng.uniform(0.15, 0.4)
    for i in range(humps):
        st = step * rng.uniform(0.65, 1.35)
        tall = i == 0 or last[min(i, len(last) - 1)] in "bdfhklt"
        rise = h * rng.uniform(0.7, 1.0) if tall else rng.uniform(3.5, 9)
        top = y + rise
        path.curveTo(cx + st * 0.2 + rise * slant, top, cx + st * 0.55 + rise * slant, top + rng.uniform(-1, 1.5),
                     cx + st * 0.6, y + rng.uniform(1, 4))
        if rng.random() < 0.3:  # a small loop back, as a hurried e or l
            path.curveTo(cx + st * 0.45, y + 8, cx + st * 0.8, y + 9, cx + st * 0.75, y + 2)
        path.curveTo(cx + st * 0.7, y + rng.uniform(-2, 1), cx + st * 0.9, y + 2, cx + st, y + rng.uniform(2, 6))
        cx += st
    path.curveTo(cx + 8, y + 7, cx + 12, y - 4, cx + 2, y - 3)
    path.curveTo(cx - 20, y - 2, x + 10, y - 5, x + 2, y - 1)
    c.drawPath(path, stroke=1, fill=0)
    # a stroke for the first name's second letter, then the dot or bar
    if len(first) > 1:
        c.line(x + 9, y + h * 0.5, x + 15, y + h * 0.55)
    c.restoreState()


def hand(c: canvas.Canvas, x: float, y: float, text: str, rng: random.Random, size: float = 11,
         color: tuple[float, float, float] = INK_BLUE) -> None:
    """Hand-written figures: an oblique face, each glyph turned and lifted a little."""
    c.saveState()
    c.setFillColorRGB(*color)
    c.setFont("ZHand", size)
    cx = x
    for ch in text:
        c.saveState()
        c.translate(cx, y + rng.uniform(-0.8, 0.8))
        c.rotate(rng.uniform(-5, 5))
        c.drawString(0, 0, ch)
        c.restoreState()
        cx += pdfmetrics.stringWidth(ch, "ZHand", size) * rng.uniform(0.96, 1.1)
    c.restoreState()


def footer(c: canvas.Canvas) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.72)
    c.drawString(36, 12, "synthetic test document")
    c.restoreState()


def new_canvas(buf: io.BytesIO, size: tuple[float, float] = letter) -> canvas.Canvas:
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    return c


def paragraph(c: canvas.Canvas, x: float, y: float, text: str, width: float, font: str = "Helvetica",
              size: float = 10, leading: float | None = None) -> float:
    leading = leading or size * 1.35
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


# --- people and values ------------------------------------------------------------------------------------------

WOMEN = ["Dolores", "Keisha", "Imelda", "Renata", "Priya", "Joanne", "Lorraine", "Bethany", "Yolanda", "Mei",
         "Colleen", "Tamara"]
MEN = ["Marcus", "Trent", "Gordon", "Wesley", "Dale", "Hector", "Curtis", "Arnold", "Russell", "Terrence", "Vernon",
       "Luis"]
LAST = ["Abernathy", "Castellano", "Whitfield", "Okafor", "Lindgren", "Pruitt", "Delacroix", "Haskins", "Moreno",
        "Quigley", "Banerjee", "Stroud", "Villanueva", "Kowalczyk", "Ashby", "Tran", "McAllister", "Fenwick"]
MIDDLE = "ABCDEGHJKLMNPRSTW"
STREETS = ["Larkin Hollow Rd", "Cedar Bluff Dr", "Old Mill Ln", "Sparrow Ct", "Kingfisher Way", "Tanner Ridge Rd",
           "Maple Terrace", "Rosewood Ave", "Quarry Hill Rd", "Juniper St", "Willow Bend Dr", "Harvest Ln"]
PLACES = [("Millbrook", "OH", "43"), ("Fairhaven", "MI", "49"), ("Dunmore", "PA", "18"), ("Red Oak", "IA", "51"),
          ("Lakewood", "WI", "54"), ("Clarksville", "TN", "37"), ("Brighton", "CO", "80"), ("Salem", "OR", "97"),
          ("Greenfield", "IN", "46"), ("Hartwell", "GA", "30"), ("Pittsfield", "MA", "01"), ("Marion", "NC", "28")]


@dataclass
class Person:
    first: str
    middle: str
    last: str
    ssn: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.middle}. {self.last}" if self.middle else f"{self.first} {self.last}"

    @property
    def last4(self) -> str:
        return self.ssn[-4:]


def person(rng: random.Random, last: str | None = None, middle: bool = True, sex: str = "") -> Person:
    ssn = f"{rng.randint(900, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    names = {"f": WOMEN, "m": MEN}.get(sex, WOMEN + MEN)
    return Person(rng.choice(names), rng.choice(MIDDLE) if middle else "", last or rng.choice(LAST), ssn)


@dataclass
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


def address(rng: random.Random) -> Address:
    city, state, prefix = rng.choice(PLACES)
    return Address(f"{rng.randint(12, 9890)} {rng.choice(STREETS)}", city, state, f"{prefix}{rng.randint(100, 999)}")


@dataclass
class App:
    loan: str
    borrower: Person
    co: Person | None
    prop: Address
    occupancy: str | None
    hardships: list[str]
    hardship_start: date | None
    duration: str  # short | long
    income: dict[str, Decimal]
    signed_on: date | None
    co_signed_on: date | None
    signed: bool = True
    co_signed: bool = True
    phone: str = ""
    email: str = ""

    @property
    def total(self) -> Decimal:
        return sum((v for v in self.income.values() if v > 0), Decimal("0.00"))

    def expected(self) -> dict[str, Any]:
        income = {k: float(v) for k, v in self.income.items() if v > 0}
        income["total"] = float(self.total)
        has_sig = self.signed and self.signed_on is not None
        return {
            "loan_number": self.loan, "borrower_name": self.borrower.name,
            "co_borrower_name": self.co.name if self.co else None, "ssn_last4": self.borrower.last4,
            "property_address": self.prop.line, "occupancy": self.occupancy, "hardship_types": list(self.hardships),
            "hardship_start_date": self.hardship_start.isoformat() if self.hardship_start else None,
            "income": income, "signed": has_sig, "signed_on": self.signed_on.isoformat() if has_sig else None,
            "co_borrower_signed": (self.co_signed and self.co_signed_on is not None) if self.co else None,
        }


# --- pay engine -------------------------------------------------------------------------------------------------

PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


def back_to_weekday(d: date) -> date:
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


@dataclass
class Check:
    pay_date: date
    start: date
    end: date
    lines: list[tuple[str, Decimal, Decimal, Decimal]]  # label, hours, rate, amount
    deductions: list[tuple[str, Decimal]]
    gross: Decimal = Decimal(0)
    net: Decimal = Decimal(0)
    ytd_gross: Decimal = Decimal(0)
    ytd_net: Decimal = Decimal(0)
    ytd_deductions: dict[str, Decimal] = field(default_factory=dict)
    ytd_lines: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class Job:
    employer: str
    employee: Person
    frequency: str
    rate: Decimal
    hours: Decimal  # regular hours a period (salaried: 0, and rate is the period's salary)
    jitter: float = 0.0  # regular hours vary by up to this many hours a period (part-time schedules)
    overtime: tuple[float, float] = (0.0, 0.0)
    extras: tuple[tuple[str, Decimal], ...] = ()
    deduction_rates: tuple[tuple[str, Decimal], ...] = (("Federal Income Tax", Decimal("0.085")),
                                                         ("Social Security", Decimal("0.062")),
                                                         ("Medicare", Decimal("0.0145")),
                                                         ("State Income Tax", Decimal("0.031")))
    fixed_deductions: tuple[tuple[str, Decimal], ...] = ()
    anchor: date = date(2030, 12, 28)  # the first period's start (weekly / biweekly)
    lag: int = 5
    salaried: bool = False


def run_payroll(job: Job, year: int, rng: random.Random) -> list[Check]:
    spans: list[tuple[date, date, date]] = []
    if job.frequency in ("weekly", "biweekly"):
        days = 7 if job.frequency == "weekly" else 14
        start = job.anchor
        while True:
            end = start + timedelta(days=days - 1)
            pay = end + timedelta(days=job.lag)
            if pay.year > year:
                break
            if pay.year == year:
                spans.append((start, end, pay))
            start = end + timedelta(days=1)
    elif job.frequency == "semimonthly":
        for m in range(1, 13):
            last = calendar.monthrange(year, m)[1]
            for s, e in ((1, 15), (16, last)):
                end = date(year, m, e)
                spans.append((date(year, m, s), end, back_to_weekday(end + timedelta(days=job.lag))))
        spans = [s for s in spans if s[2].year == year]
    else:
        for m in range(1, 13):
            last = calendar.monthrange(year, m)[1]
            end = date(year, m, last)
            spans.append((date(year, m, 1), end, back_to_weekday(end)))
    checks: list[Check] = []
    ytd_g = ytd_n = Decimal("0.00")
    ytd_d: dict[str, Decimal] = {}
    ytd_l: dict[str, Decimal] = {}
    for start, end, pay in spans:
        lines: list[tuple[str, Decimal, Decimal, Decimal]] = []
        if job.salaried:
            lines.append(("Salary", Decimal(0), Decimal(0), job.rate))
        else:
            hrs = job.hours
            if job.jitter:
                hrs += Decimal(str(round(rng.uniform(-job.jitter, job.jitter) * 4) / 4))
            lines.append(("Regular", hrs, job.rate, money(hrs * job.rate)))
            if job.overtime[1] > 0:
                ot = Decimal(str(round(rng.uniform(*job.overtime) * 4) / 4))
                if ot > 0:
                    ot_rate = money(job.rate * Decimal("1.5"))
                    lines.append(("Overtime", ot, ot_rate, money(ot * ot_rate)))
        for label, amount in job.extras:
            lines.append((label, Decimal(0), Decimal(0), amount))
        gross = sum((ln[3] for ln in lines), Decimal("0.00"))
        deds = [(label, money(gross * r)) for label, r in job.deduction_rates] + list(job.fixed_deductions)
        net = gross - sum((d[1] for d in deds), Decimal("0.00"))
        ytd_g += gross
        ytd_n += net
        for label, amt in deds:
            ytd_d[label] = ytd_d.get(label, Decimal("0.00")) + amt
        for ln in lines:
            ytd_l[ln[0]] = ytd_l.get(ln[0], Decimal("0.00")) + ln[3]
        checks.append(Check(pay, start, end, lines, deds, gross, net, ytd_g, ytd_n, dict(ytd_d), dict(ytd_l)))
    return checks


def stub_fields(job: Job, chk: Check, with_ytd: bool = True) -> dict[str, Any]:
    monthly = money(chk.gross * PERIODS[job.frequency] / 12)
    return {"employer": job.employer, "employee_name": job.employee.name, "pay_date": chk.pay_date.isoformat(),
            "period_start": chk.start.isoformat(), "period_end": chk.end.isoformat(), "frequency": job.frequency,
            "gross_current": float(chk.gross), "gross_ytd": float(chk.ytd_gross) if with_ytd else None,
            "net_current": float(chk.net), "monthly_gross": float(monthly)}


def pick_check(checks: list[Check], pay_on_or_before: date) -> int:
    return max(i for i, c in enumerate(checks) if c.pay_date <= pay_on_or_before)


# --- documents --------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    key: str
    type: str | None  # None: not a document (a fax cover)
    pdf: bytes
    fields: dict[str, Any] = field(default_factory=dict)
    # values that must be printed on the born-digital page (checked by --check)
    printed: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def npages(self) -> int:
        return len(PdfReader(io.BytesIO(self.pdf)).pages)


def finish(c: canvas.Canvas, buf: io.BytesIO) -> bytes:
    c.save()
    return buf.getvalue()


# pay stub layout 1: a retailer's / distributor's "Earnings Statement"
def stub_retail(job: Job, chk: Check, store: str, dept: str, title: str, emp_id: str) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    top = H - 50
    c.setFillColorRGB(0.16, 0.36, 0.2)
    c.rect(36, top - 30, W - 72, 34, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(46, top - 18, job.employer)
    c.setFont("Helvetica", 9)
    c.drawRightString(W - 46, top - 12, title)
    c.drawRightString(W - 46, top - 24, store)
    c.setFillColorRGB(0, 0, 0)
    y = top - 58
    c.setFont("Helvetica-Bold", 10)
    c.drawString(46, y, job.employee.name)
    c.setFont("Helvetica", 9)
    c.drawString(46, y - 13, f"Associate ID: {emp_id}")
    c.drawString(46, y - 26, f"Department: {dept}")
    info = [("Check Date", us(chk.pay_date)), ("Period Begin", us(chk.start)), ("Period End", us(chk.end)),
            ("Pay Frequency", {"weekly": "Weekly", "biweekly": "Bi-Weekly"}[job.frequency])]
    for i, (k, v) in enumerate(info):
        c.setFont("Helvetica", 8.5)
        c.drawRightString(470, y - 13 * i, f"{k}:")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(476, y - 13 * i, v)
    y -= 70
    c.setLineWidth(0.6)
    c.line(46, y + 12, W - 46, y + 12)
    c.setFont("Helvetica-Bold", 9)
    for x, t in ((46, "Earnings"), (250, "Hours"), (320, "Rate"), (430, "This Period"), (W - 46, "Year-to-Date")):
        (c.drawRightString if x > 200 else c.drawString)(x, y, t)
    c.line(46, y - 4, W - 46, y - 4)
    c.setFont("Helvetica", 9)
    y -= 18
    for label, hrs, rate, amt in chk.lines:
        c.drawString(46, y, label)
        if hrs:
            c.drawRightString(250, y, f"{hrs:.2f}")
            c.drawRightString(320, y, f"{rate:.4f}")
        c.drawRightString(430, y, fm(amt))
        c.drawRightString(W - 46, y, fm(chk.ytd_lines[label]))
        y -= 14
    c.setFont("Helvetica-Bold", 9)
    c.drawString(46, y, "Gross Pay")
    c.drawRightString(430, y, fm(chk.gross))
    c.drawRightString(W - 46, y, fm(chk.ytd_gross))
    y -= 30
    c.line(46, y + 12, W - 46, y + 12)
    c.drawString(46, y, "Deductions")
    c.drawRightString(430, y, "This Period")
    c.drawRightString(W - 46, y, "Year-to-Date")
    c.line(46, y - 4, W - 46, y - 4)
    y -= 18
    c.setFont("Helvetica", 9)
    for label, amt in chk.deductions:
        c.drawString(46, y, label)
        c.drawRightString(430, y, fm(amt))
        c.drawRightString(W - 46, y, fm(chk.ytd_deductions[label]))
        y -= 14
    y -= 10
    c.setFillGray(0.9)
    c.rect(300, y - 8, W - 346, 24, fill=1, stroke=0)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(310, y, "Net Pay")
    c.drawRightString(430, y, fm(chk.net))
    c.drawRightString(W - 50, y, fm(chk.ytd_net))
    c.setFont("Helvetica", 7.5)
    c.drawString(46, y - 40, "Net pay was deposited to your account(s) on the check date. This is not a check.")
    c.drawString(46, y - 50, "Questions about your pay? Contact the Associate Service Center, option 3.")
    footer(c)
    return finish(c, buf)


# pay stub layout 2: a payroll bureau's stub (the employer in a box, caption row)
def stub_bureau(job: Job, chk: Check, title: str, bureau: str, emp_addr: str, emp_no: str,
                notes: list[str]) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    top = H - 46
    c.setLineWidth(0.8)
    c.rect(36, top - 56, 250, 56)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(44, top - 16, job.employer)
    c.setFont("Helvetica", 8.5)
    for i, ln in enumerate(emp_addr.split("\n")):
        c.drawString(44, top - 30 - 11 * i, ln)
    c.setFont("Helvetica-Bold", 16)
    c.drawRightString(W - 36, top - 18, title)
    c.setFont("Helvetica", 8.5)
    c.drawRightString(W - 36, top - 32, f"Employee No. {emp_no}")
    y = top - 90
    caps = [("Employee", job.employee.name), ("Pay Date", us(chk.pay_date)), ("Period Beginning", us(chk.start)),
            ("Period Ending", us(chk.end)), ("Pay Frequency", job.frequency.replace("semimonthly", "Semi-Monthly")
                                             .replace("biweekly", "Bi-Weekly"))]
    xs = [36, 206, 298, 394, 490]
    ws = [170, 92, 96, 96, W - 36 - 490]
    for (cap, val), x, w in zip(caps, xs, ws, strict=True):
        c.setFillGray(0.88)
        c.rect(x, y, w, 14, fill=1, stroke=1)
        c.setFillGray(0)
        c.rect(x, y - 20, w, 20)
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 4, y + 4, cap.upper())
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x + 4, y - 14, val)
    y -= 50
    c.setFont("Helvetica-Bold", 9)
    c.drawString(36, y, "EARNINGS")
    c.drawRightString(190, y, "HRS/UNITS")
    c.drawRightString(240, y, "RATE")
    c.drawRightString(300, y, "CURRENT")
    c.drawString(330, y, "DEDUCTIONS")
    c.drawRightString(500, y, "CURRENT")
    c.drawRightString(W - 36, y, "YTD")
    c.line(36, y - 4, W - 36, y - 4)
    c.setFont("Helvetica", 8.5)
    yy = y - 17
    for label, hrs, rate, amt in chk.lines:
        c.drawString(36, yy, label)
        if hrs:
            c.drawRightString(190, yy, f"{hrs:.2f}")
            c.drawRightString(240, yy, f"{rate:.2f}")
        c.drawRightString(300, yy, fm(amt))
        yy -= 13
    yd = y - 17
    for label, amt in chk.deductions:
        c.drawString(330, yd, label)
        c.drawRightString(500, yd, fm(amt))
        c.drawRightString(W - 36, yd, fm(chk.ytd_deductions[label]))
        yd -= 13
    y = min(yy, yd) - 16
    c.line(36, y + 10, W - 36, y + 10)
    heads = ["", "GROSS PAY", "TOTAL DEDUCTIONS", "NET PAY"]
    cur = ["CURRENT", fm(chk.gross), fm(chk.gross - chk.net), fm(chk.net)]
    ytd = ["YEAR TO DATE", fm(chk.ytd_gross), fm(chk.ytd_gross - chk.ytd_net), fm(chk.ytd_net)]
    for i, x in enumerate((36, 260, 400, W - 36)):
        draw = c.drawString if i == 0 else c.drawRightString
        c.setFont("Helvetica-Bold", 8.5)
        draw(x, y - 4, heads[i])
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
        draw(x, y - 18, cur[i])
        draw(x, y - 32, ytd[i])
    y -= 60
    c.setFont("Helvetica", 8)
    for n in notes:
        c.drawString(36, y, n)
        y -= 11
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawCentredString(W / 2, 40, f"Payroll processed by {bureau}  -  retain this statement for your records")
    footer(c)
    return finish(c, buf)


# pay stub layout 3: a contractor's / county's plain "check stub" / "payroll advice"
def stub_plain(job: Job, chk: Check, title: str, head: list[str], facts: list[tuple[str, str]],
               days: list[tuple[str, str]] | None = None) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    y = H - 54
    c.setFont("Courier-Bold", 13)
    c.drawString(40, y, job.employer.upper())
    c.setFont("Courier", 9)
    for ln in head:
        y -= 11
        c.drawString(40, y, ln)
    c.setFont("Courier-Bold", 12)
    c.drawRightString(W - 40, H - 54, title)
    y -= 24
    c.setDash(2, 2)
    c.line(40, y + 10, W - 40, y + 10)
    c.setDash()
    c.setFont("Courier", 9.5)
    for i, (k, v) in enumerate(facts):
        col, row = divmod(i, (len(facts) + 1) // 2)
        c.drawString(40 + col * 270, y - 4 - 13 * row, f"{k:<15}{v}")
    y -= 4 + 13 * ((len(facts) + 1) // 2) + 10
    if days:
        c.drawString(40, y, "  ".join(f"{d} {h}" for d, h in days))
        y -= 18
    c.setDash(2, 2)
    c.line(40, y + 8, W - 40, y + 8)
    c.setDash()
    c.setFont("Courier-Bold", 9.5)
    c.drawString(40, y - 4, f"{'EARNINGS':<16}{'HOURS':>8}{'RATE':>10}{'CURRENT':>13}{'CALENDAR YTD':>15}")
    c.setFont("Courier", 9.5)
    y -= 18
    for label, hrs, rate, amt in chk.lines:
        hs = f"{hrs:.2f}" if hrs else ""
        rs = f"{rate:.2f}" if hrs else ""
        c.drawString(40, y, f"{label.upper():<16}{hs:>8}{rs:>10}{fm(amt):>13}{fm(chk.ytd_lines[label]):>15}")
        y -= 12
    c.setFont("Courier-Bold", 9.5)
    c.drawString(40, y, f"{'GROSS PAY':<34}{fm(chk.gross):>13}{fm(chk.ytd_gross):>15}")
    y -= 22
    c.drawString(40, y, f"{'DEDUCTIONS':<34}{'CURRENT':>13}{'CALENDAR YTD':>15}")
    c.setFont("Courier", 9.5)
    y -= 14
    for label, amt in chk.deductions:
        c.drawString(40, y, f"{label.upper():<34}{fm(amt):>13}{fm(chk.ytd_deductions[label]):>15}")
        y -= 12
    y -= 8
    c.setFont("Courier-Bold", 11)
    c.rect(330, y - 6, W - 370, 22)
    c.drawString(338, y, f"NET PAY  $ {fm(chk.net)}")
    footer(c)
    return finish(c, buf)


def statement_savings(bank: str, branch: list[str], owner: str, owner_addr: Address, acct: str, start: date,
                      end: date, opening: Decimal, txns: list[tuple[date, str, Decimal]], product: str) -> bytes:
    """Two pages: a summary page and the transaction detail with a running balance."""
    buf = io.BytesIO()
    c = new_canvas(buf)
    closing = opening + sum((t[2] for t in txns), Decimal("0.00"))
    deposits = sum((t[2] for t in txns if t[2] > 0), Decimal("0.00"))
    withdrawals = -sum((t[2] for t in txns if t[2] < 0), Decimal("0.00"))
    for page in (1, 2):
        c.setFillColorRGB(0.55, 0.12, 0.1)
        c.setFont("Times-Bold", 20)
        c.drawString(48, H - 62, bank)
        c.setFillGray(0)
        c.setFont("Times-Roman", 8.5)
        for i, ln in enumerate(branch):
            c.drawRightString(W - 48, H - 50 - 10 * i, ln)
        c.setStrokeColorRGB(0.55, 0.12, 0.1)
        c.setLineWidth(1.5)
        c.line(48, H - 80, W - 48, H - 80)
        c.setStrokeGray(0)
        c.setLineWidth(0.6)
        c.setFont("Times-Roman", 8.5)
        c.drawRightString(W - 48, 30, f"Page {page} of 2")
        if page == 1:
            y = H - 120
            c.setFont("Times-Roman", 10.5)
            for ln in (owner.upper(), owner_addr.street.upper(), owner_addr.city_line.upper()):
                c.drawString(60, y, ln)
                y -= 13
            c.setFont("Times-Bold", 14)
            c.drawString(48, H - 230, "Statement of Account")
            c.setFont("Times-Roman", 10.5)
            c.drawString(48, H - 248, f"Statement Period: {long_date(start)} through {long_date(end)}")
            c.drawString(48, H - 262, f"{product}   Account Number: {acct}")
            c.rect(48, H - 390, W - 96, 110)
            rows = [("Opening Balance", fm(opening)), ("Deposits and Other Credits", fm(deposits)),
                    ("Withdrawals and Other Debits", fm(withdrawals)), ("Closing Balance", fm(closing))]
            yy = H - 304
            for k, v in rows:
                c.setFont("Times-Bold" if k.endswith("Balance") else "Times-Roman", 11)
                c.drawString(64, yy, k)
                c.drawRightString(W - 64, yy, f"${v}")
                yy -= 22
            c.setFont("Times-Italic", 9)
            paragraph(c, 48, H - 420, "Thank you for banking with us. Deposits made after 6:00 p.m. or on a "
                      "weekend or holiday are credited the next business day. Please examine this statement "
                      "promptly and report any error within 60 days.", W - 96, "Times-Italic", 9)
            c.setFont("Times-Roman", 9)
            c.drawString(48, H - 470, "Transaction detail is on page 2.")
        else:
            y = H - 110
            c.setFont("Times-Bold", 11)
            c.drawString(48, y, f"Account Number: {acct} - Transaction Detail")
            y -= 22
            c.setFont("Times-Bold", 9.5)
            for x, t in ((48, "Date"), (110, "Description")):
                c.drawString(x, y, t)
            for x, t in ((400, "Amount"), (W - 48, "Balance")):
                c.drawRightString(x, y, t)
            c.line(48, y - 4, W - 48, y - 4)
            y -= 17
            c.setFont("Times-Roman", 9.5)
            bal = opening
            c.drawString(48, y, start.strftime("%m/%d"))
            c.drawString(110, y, "Opening balance")
            c.drawRightString(W - 48, y, fm(bal))
            y -= 14
            for d, desc, amt in txns:
                bal += amt
                c.drawString(48, y, d.strftime("%m/%d"))
                c.drawString(110, y, desc)
                c.drawRightString(400, y, f"{fm(amt)}" if amt > 0 else f"-{fm(-amt)}")
                c.drawRightString(W - 48, y, fm(bal))
                y -= 14
            c.drawString(48, y, end.strftime("%m/%d"))
            c.drawString(110, y, "Closing balance")
            c.drawRightString(W - 48, y, fm(closing))
        footer(c)
        c.showPage()
    return finish(c, buf)


def statement_cu(cu: str, cu_lines: list[str], owner: str, owner_addr: Address, member: str, acct: str,
                 start: date, end: date, opening: Decimal, txns: list[tuple[date, str, Decimal]]) -> bytes:
    """One page: deposits and withdrawals in two columns, Balance Forward / Ending Balance."""
    buf = io.BytesIO()
    c = new_canvas(buf)
    closing = opening + sum((t[2] for t in txns), Decimal("0.00"))
    c.setFillColorRGB(0.1, 0.3, 0.55)
    c.circle(62, H - 58, 16, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(62, H - 62, cu[:1])
    c.setFillColorRGB(0.1, 0.3, 0.55)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(86, H - 56, cu)
    c.setFillGray(0.2)
    c.setFont("Helvetica", 8)
    c.drawString(86, H - 68, "  |  ".join(cu_lines))
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(W - 40, H - 56, "Member Statement")
    c.setFont("Helvetica", 9)
    c.drawRightString(W - 40, H - 70, f"Statement Cycle: {start.strftime('%m/%d/%y')} - {end.strftime('%m/%d/%y')}")
    c.drawRightString(W - 40, H - 82, f"Member No. {member}")
    y = H - 120
    c.setFont("Helvetica", 10)
    for ln in (owner, owner_addr.street, owner_addr.city_line):
        c.drawString(60, y, ln)
        y -= 13
    y = H - 200
    c.setFillGray(0.92)
    c.rect(40, y - 4, W - 80, 18, fill=1, stroke=0)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(46, y, f"Share Draft Checking   Account No. ******{acct[-4:]}")
    y -= 26
    dep = [t for t in txns if t[2] > 0]
    wd = [t for t in txns if t[2] < 0]
    c.setFont("Helvetica", 9.5)
    c.drawString(46, y, "Balance Forward")
    c.drawRightString(W - 46, y, fm(opening))
    y -= 22
    c.setFont("Helvetica-Bold", 9)
    c.drawString(46, y, "Deposits / Credits")
    c.drawString(316, y, "Withdrawals / Debits")
    c.line(46, y - 4, 296, y - 4)
    c.line(316, y - 4, W - 46, y - 4)
    c.setFont("Helvetica", 8.5)
    yy = y - 16
    for d, desc, amt in dep:
        c.drawString(46, yy, d.strftime("%m/%d"))
        c.drawString(76, yy, desc[:34])
        c.drawRightString(296, yy, fm(amt))
        yy -= 12
    yw = y - 16
    for d, desc, amt in wd:
        c.drawString(316, yw, d.strftime("%m/%d"))
        c.drawString(346, yw, desc[:30])
        c.drawRightString(W - 46, yw, fm(-amt))
        yw -= 12
    y = min(yy, yw) - 10
    c.line(46, y + 6, W - 46, y + 6)
    c.setFont("Helvetica", 9.5)
    c.drawString(46, y - 8, f"Total deposits ({len(dep)})")
    c.drawRightString(296, y - 8, fm(sum((t[2] for t in dep), Decimal("0.00"))))
    c.drawString(316, y - 8, f"Total withdrawals ({len(wd)})")
    c.drawRightString(W - 46, y - 8, fm(-sum((t[2] for t in wd), Decimal("0.00"))))
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(46, y - 30, "Ending Balance")
    c.drawRightString(W - 46, y - 30, fm(closing))
    c.setFont("Helvetica", 7.5)
    c.drawString(46, 60, "Federally insured by NCUA. Dividends are paid on share accounts as declared by the Board.")
    footer(c)
    c.showPage()
    return finish(c, buf)


def letter_pdf(head: Callable[[canvas.Canvas], float], d: date | None, to_lines: list[str], subject: str | None,
               body: list[str], close: list[str], sign: tuple[str, random.Random] | None = None,
               font: str = "Times-Roman", size: float = 11, date_text: str | None = None) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    y = head(c)
    c.setFont(font, size)
    if d is not None or date_text:
        c.drawString(72, y, date_text or long_date(d))  # type: ignore[arg-type]
        y -= size * 2.4
    for ln in to_lines:
        c.drawString(72, y, ln)
        y -= size * 1.3
    y -= size
    if subject:
        c.setFont(font.replace("-Roman", "-Bold") if "Roman" in font else font + "-Bold", size)
        c.drawString(72, y, subject)
        y -= size * 2
    for para in body:
        y = paragraph(c, 72, y, para, W - 144, font, size, size * 1.35) - size * 0.8
    for i, ln in enumerate(close):
        c.setFont(font, size)
        c.drawString(72, y, ln)
        if i == 0 and sign:
            signature(c, 76, y - 26, sign[0], sign[1])
            y -= 36
        y -= size * 1.35
    footer(c)
    return finish(c, buf)


def plain_head(lines: list[str]) -> Callable[[canvas.Canvas], float]:
    def draw(c: canvas.Canvas) -> float:
        c.setFont("Times-Roman", 11)
        y = H - 72
        for ln in lines:
            c.drawString(72, y, ln)
            y -= 14
        return y - 16
    return draw


def agency_head(name: str, sub: list[str], color: tuple[float, float, float] = (0, 0, 0),
                font: str = "Helvetica-Bold") -> Callable[[canvas.Canvas], float]:
    def draw(c: canvas.Canvas) -> float:
        c.setFillColorRGB(*color)
        c.setFont(font, 15)
        c.drawString(72, H - 64, name)
        c.setFillGray(0.25)
        c.setFont("Helvetica", 8.5)
        for i, ln in enumerate(sub):
            c.drawString(72, H - 78 - 10 * i, ln)
        c.setFillGray(0)
        c.setLineWidth(0.8)
        c.line(72, H - 84 - 10 * len(sub), W - 72, H - 84 - 10 * len(sub))
        return H - 120 - 10 * len(sub)
    return draw


# --- Form 710 ---------------------------------------------------------------------------------------------------

F710_HARDSHIP = dict(zip(HARDSHIPS, range(41, 51), strict=True))
F710_INCOME = dict(zip(INCOMES, range(2, 10), strict=True))


def form710(app: App, rng: random.Random, ink: str, hand_dates: bool) -> bytes:
    """The real Form 710 typed through its AcroForm; `ink` "screen" draws the signature on the screen (the
    date typed in the field), "pen" signs in ink on the printout (the date typed or written by hand)."""
    v: dict[str, str | bool] = {"Text_1": app.loan, "Text_2": app.borrower.name, "Text_3": app.borrower.last4,
                                "Email_1": app.email, "US_Phone_Number_1": app.phone, "Checkbox_1": True,
                                "Checkbox_23": True, "Text_6": app.prop.line, "Checkbox_27": True,
                                "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
                                "Checkbox_17": True}
    if app.co:
        v.update({"Text_4": app.co.name, "Text_5": app.co.last4})
    occ = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}
    if app.occupancy:
        v[occ[app.occupancy]] = True
    if app.hardship_start:
        v["Date_1"] = us(app.hardship_start)
    v["Checkbox_38" if app.duration == "short" else "Checkbox_39"] = True
    for h in app.hardships:
        v[f"Checkbox_{F710_HARDSHIP[h]}"] = True
    for k, amt in app.income.items():
        v[f"Number_{F710_INCOME[k]}"] = f"{amt:.2f}"
    v["Number_10"] = f"{money(rng.randint(150, 2400)):.2f}"
    v["Number_11"] = f"{money(rng.randint(0, 3000)):.2f}"
    if not hand_dates:
        if app.signed_on and app.signed:
            v["Date_3"] = us(app.signed_on)
        if app.co and app.co_signed_on and app.co_signed:
            v["Date_4"] = us(app.co_signed_on)
    filled = form710_filled(v)
    # ink on page 4: signatures in the Signature_1 / Signature_2 boxes, dates on the Date_3 / Date_4 lines
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.showPage()
    c.showPage()
    c.showPage()
    color = INK_BLACK if ink == "screen" else INK_BLUE
    if app.signed:
        signature(c, 152, 348, app.borrower.name, rng, 150, color)
        if hand_dates and app.signed_on:
            hand(c, 432, 347, us(app.signed_on), rng, 11.5)
    if app.co and app.co_signed:
        signature(c, 165, 310, app.co.name, rng, 140, color)
        if hand_dates and app.co_signed_on:
            hand(c, 432, 309, us(app.co_signed_on), rng, 11.5)
    c.showPage()
    overlay = PdfReader(io.BytesIO(finish(c, buf)))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(filled)))
    writer.pages[3].merge_page(overlay.pages[3])
    for page in writer.pages:
        foot = io.BytesIO()
        fc = new_canvas(foot)
        footer(fc)
        fc.showPage()
        page.merge_page(PdfReader(io.BytesIO(finish(fc, foot))).pages[0])
    writer._ID = None  # type: ignore[attr-defined]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- servicer form: Tamarack Falls (right-aligned labels before a colon) -------------------------------------------

TF_HARDSHIP = [("unemployment", "Job loss or layoff"),
               ("reduction_in_income", "Fewer hours, lower pay or lost overtime"),
               ("increase_in_housing_expenses", "Higher property taxes, insurance or HOA costs"),
               ("disaster", "Fire, flood, storm or other disaster"),
               ("disability_or_illness", "Illness, injury or disability (you or a family member)"),
               ("divorce_or_separation", "Divorce or legal separation"),
               ("separation_unmarried", "Co-owner moved out (not married to each other)"),
               ("death", "Death of a homeowner or wage earner"),
               ("relocation", "Job transfer or move for work"),
               ("other", "Something else (explain in your letter)")]
TF_INCOME = [("wages", "Pay from employment (wages, overtime, tips)"), ("self_employment", "Income from own business"),
             ("unemployment", "Unemployment insurance"),
             ("benefits_taxable", "Social Security, pension or disability (taxable)"),
             ("benefits_nontaxable", "Social Security or disability (non-taxable)"),
             ("rental", "Rents received, less expenses"), ("investment", "Investments, annuities or insurance"),
             ("other", "Other (alimony, child support, etc.)")]


def tamarack_form(app: App, rng: random.Random, ink: str, hand_dates: bool) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    green = (0.12, 0.33, 0.22)
    lx = 236  # where labels end

    def head(page: int) -> float:
        c.setFillColorRGB(*green)
        p = c.beginPath()
        p.moveTo(52, H - 70)
        p.lineTo(64, H - 44)
        p.lineTo(76, H - 70)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.rect(62, H - 76, 4, 6, fill=1, stroke=0)
        c.setFont("Times-Bold", 17)
        c.drawString(86, H - 58, "Tamarack Falls Loan Servicing")
        c.setFillGray(0.3)
        c.setFont("Helvetica", 8)
        c.drawString(86, H - 70, "Loss Mitigation Department  -  PO Box 4471, Duluth, MN 55801  -  Fax (218) 555-0147")
        c.setStrokeColorRGB(*green)
        c.setLineWidth(2.2)
        c.line(40, H - 86, W - 40, H - 86)
        c.setFillGray(0)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 28, "TFLS-5 (rev. 01/2030)")
        c.drawRightString(W - 40, 28, f"Page {page} of 2")
        c.setStrokeGray(0)
        c.setLineWidth(0.5)
        return H - 110

    def section(y: float, text: str) -> float:
        c.setFillColorRGB(*green)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(40, y, text)
        c.setFillGray(0)
        return y - 22

    def row(y: float, label: str, answer: str, width: float = 300) -> float:
        c.setFont("Helvetica", 9.5)
        c.drawRightString(lx, y, f"{label}:")
        c.setStrokeGray(0.6)
        c.line(lx + 8, y - 3, lx + 8 + width, y - 3)
        c.setStrokeGray(0)
        c.setFont("Courier", 10.5)
        c.drawString(lx + 12, y, answer)
        return y - 20

    def choice(x: float, y: float, text: str, on: bool) -> float:
        c.setFont("Courier", 10)
        c.drawString(x, y, "[X]" if on else "[ ]")
        c.setFont("Helvetica", 9.5)
        c.drawString(x + 22, y, text)
        return x + 30 + pdfmetrics.stringWidth(text, "Helvetica", 9.5)

    y = head(1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, y, "Homeowner Hardship Assistance Form")
    y = paragraph(c, 40, y - 18, "Complete every part that applies to you, sign page 2 and return this form with "
                  "the documents listed on our checklist. We will confirm receipt within five business days. "
                  "Questions? Call our Homeowner Assistance Team at (800) 555-0193, Monday - Friday, 8 a.m. - "
                  "7 p.m. Central.", W - 80, "Helvetica", 9) - 10
    y = section(y, "PART A  -  YOUR ACCOUNT AND HOUSEHOLD")
    y = row(y, "Servicing loan number", app.loan, 160)
    y = row(y, "Homeowner (primary)", app.borrower.name)
    y = row(y, "Last four of SSN", app.borrower.last4, 80)
    y = row(y, "Joint homeowner", app.co.name if app.co else "")
    y = row(y, "Joint homeowner SSN (last four)", app.co.last4 if app.co else "", 80)
    y = row(y, "Best phone number", app.phone, 160)
    y = row(y, "E-mail", app.email)
    y = row(y, "Mortgaged property (street)", app.prop.street)
    y = row(y, "City, state, ZIP", app.prop.city_line)
    y = row(y, "Mailing address, if different", "")
    c.setFont("Helvetica", 9.5)
    c.drawRightString(lx, y, "How the home is used:")
    for code, text in (("primary_residence", "Owner lives here full-time"), ("second_home", "Seasonal or second home"),
                       ("investment_property", "Leased to tenants")):
        choice(lx + 10, y, text, app.occupancy == code)
        y -= 15
    y -= 5
    c.setFont("Helvetica", 9.5)
    c.drawRightString(lx, y, "What you want to do:")
    x = lx + 10
    for text, on in (("Stay in the home", True), ("Sell the home", False), ("Not sure yet", False)):
        x = choice(x, y, text, on)
    y -= 30
    y = section(y, "PART B  -  WHAT HAPPENED")
    y = row(y, "Date the hardship started", us(app.hardship_start) if app.hardship_start else "", 120)
    c.setFont("Helvetica", 9.5)
    c.drawRightString(lx, y, "Expected to last:")
    x = lx + 10
    for text, on in (("6 months or less", app.duration == "short"), ("More than 6 months", app.duration == "long")):
        x = choice(x, y, text, on)
    y -= 20
    c.setFont("Helvetica", 9.5)
    c.drawRightString(lx, y, "Reason(s), mark all that apply:")
    for code, text in TF_HARDSHIP:
        choice(lx + 10, y, text, code in app.hardships)
        y -= 15
    footer(c)
    c.showPage()

    y = head(2)
    c.setFont("Helvetica", 8.5)
    c.drawString(40, y, f"Servicing loan number: {app.loan}")
    y -= 24
    y = section(y, "PART C  -  MONTHLY HOUSEHOLD INCOME BEFORE TAXES")
    c.setFont("Helvetica", 8.5)
    c.drawString(40, y + 6, "Enter monthly amounts for all homeowners. Leave a line blank if it does not apply.")
    y -= 12
    for code, text in TF_INCOME:
        c.setFont("Helvetica", 9.5)
        c.drawRightString(lx + 90, y, f"{text}:")
        c.setStrokeGray(0.6)
        c.line(lx + 98, y - 3, lx + 220, y - 3)
        c.setStrokeGray(0)
        c.setFont("Courier", 10.5)
        c.drawString(lx + 100, y, "$")
        amt = app.income.get(code)
        if amt:
            c.drawRightString(lx + 218, y, fm(amt))
        y -= 19
    c.setFont("Helvetica-Bold", 9.5)
    c.drawRightString(lx + 90, y, "Total monthly household income:")
    c.rect(lx + 98, y - 6, 122, 17)
    c.setFont("Courier-Bold", 10.5)
    c.drawString(lx + 100, y, "$")
    c.drawRightString(lx + 218, y, fm(app.total))
    y -= 34
    y = section(y, "PART D  -  CERTIFICATION")
    for t in ("I certify that the information in this form is true and that the hardship I described contributed "
              "to my need for help with my mortgage. Knowingly false statements may violate federal law.",
              "I agree to send the documents Tamarack Falls asks for and understand that Tamarack Falls is not "
              "required to offer me any assistance. I consent to a credit report for each homeowner and to being "
              "contacted about this request at the phone numbers and e-mail address I gave."):
        y = paragraph(c, 40, y, t, W - 80, "Helvetica", 9) - 6
    y -= 26
    color = INK_BLACK if ink == "screen" else INK_BLUE
    people = [(app.borrower, "Homeowner signature", app.signed, app.signed_on)]
    if app.co:
        people.append((app.co, "Joint homeowner signature", app.co_signed, app.co_signed_on))
    else:
        people.append((None, "Joint homeowner signature", False, None))
    for who, label, signed, on in people:
        c.setFont("Helvetica", 9.5)
        c.drawRightString(lx - 40, y, f"{label}:")
        c.line(lx - 32, y - 3, lx + 170, y - 3)
        c.drawRightString(lx + 222, y, "Date:")
        c.line(lx + 230, y - 3, lx + 320, y - 3)
        if who and signed:
            signature(c, lx - 26, y, who.name, rng, 140, color)
            if on:
                if hand_dates:
                    hand(c, lx + 234, y, us(on), rng, 11)
                else:
                    c.setFont("Courier", 10.5)
                    c.drawString(lx + 234, y, us(on))
        y -= 16
        c.setFont("Helvetica", 7.5)
        c.drawRightString(lx - 40, y, "Printed name:")
        c.setFont("Courier", 9.5)
        c.drawString(lx - 28, y, who.name if who else "")
        y -= 34
    footer(c)
    c.showPage()
    return finish(c, buf)


# --- servicer form: Quillfeather (numbered questions, shaded answer boxes) ------------------------------------------

QF_HARDSHIP = [("unemployment", "I lost my job"), ("reduction_in_income", "My income went down"),
               ("increase_in_housing_expenses", "My housing costs went up"),
               ("disaster", "A disaster hit my home or my workplace"),
               ("disability_or_illness", "Serious illness or disability in my family"),
               ("divorce_or_separation", "I am divorced or legally separated"),
               ("separation_unmarried", "My co-borrower and I (not married) split up"),
               ("death", "A borrower or earner in my household died"),
               ("relocation", "I had to move far away for work"), ("other", "Another reason")]
QF_INCOME = [("wages", "a. Wages, salary, overtime, tips"), ("self_employment", "b. Self-employment (net)"),
             ("unemployment", "c. Unemployment benefits"),
             ("benefits_taxable", "d. Taxable Social Security, pension, public assistance"),
             ("benefits_nontaxable", "e. Non-taxable Social Security / disability"),
             ("rental", "f. Rental income (net)"), ("investment", "g. Investment or insurance income"),
             ("other", "h. Other (child support, alimony, other)")]


def quillfeather_form(app: App, rng: random.Random, ink: str, hand_dates: bool) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    plum = (0.36, 0.16, 0.38)
    shade = 0.87

    def head(page: int) -> float:
        c.setFillColorRGB(*plum)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(40, H - 56, "QUILLFEATHER")
        c.setFont("Helvetica", 10)
        c.drawString(40, H - 69, "Mortgage Company")
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(W - 40, H - 54, "Mortgage Help Request")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 40, H - 66, "Form QMC-14  |  Return by mail, fax (503) 555-0128 or upload at our site")
        c.setStrokeColorRGB(*plum)
        c.setLineWidth(1)
        c.line(40, H - 78, W - 40, H - 78)
        c.setStrokeGray(0)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 40, 28, f"QMC-14  Page {page} of 2")
        return H - 100

    def question(y: float, num: int, text: str, x: float = 40, w: float = W - 80, box_h: float = 20) -> float:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x, y, f"Q{num}.")
        c.setFont("Helvetica", 9.5)
        c.drawString(x + 26, y, text)
        c.setFillGray(shade)
        c.rect(x, y - 6 - box_h, w, box_h, fill=1, stroke=0)
        c.setFillGray(0)
        return y - 6 - box_h

    def answer(y_box: float, text: str, x: float = 40) -> None:
        c.setFont("Helvetica", 10.5)
        c.drawString(x + 6, y_box + 6, text)

    def tick(x: float, y: float, text: str, on: bool) -> float:
        c.setFillGray(1)
        c.rect(x, y - 1, 9, 9, fill=1, stroke=1)
        c.setFillGray(0)
        if on:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 1.6, y + 0.6, "X")
        c.setFont("Helvetica", 9.5)
        c.drawString(x + 14, y, text)
        return x + 24 + pdfmetrics.stringWidth(text, "Helvetica", 9.5)

    y = head(1)
    y = paragraph(c, 40, y, "Please answer every question that applies to you. Print clearly or type in the grey "
                  "boxes. If you need help, call us at (866) 555-0172 or a HUD-approved housing counselor at "
                  "(800) 569-4287.", W - 80, "Helvetica", 9) - 10
    yb = question(y, 1, "What is your Quillfeather loan number?", w=230)
    answer(yb, app.loan)
    y = yb - 22
    half = (W - 96) / 2
    yb = question(y, 2, "Your full name", w=half)
    answer(yb, app.borrower.name)
    question(y, 3, "Last 4 digits of your Social Security number", x=56 + half, w=half)
    answer(yb, app.borrower.last4, x=56 + half)
    y = yb - 22
    yb = question(y, 4, "Co-borrower's full name (leave blank if none)", w=half)
    answer(yb, app.co.name if app.co else "")
    question(y, 5, "Co-borrower's SSN, last 4 digits", x=56 + half, w=half)
    answer(yb, app.co.last4 if app.co else "", x=56 + half)
    y = yb - 22
    yb = question(y, 6, "Phone number", w=half)
    answer(yb, app.phone)
    question(y, 7, "E-mail address", x=56 + half, w=half)
    answer(yb, app.email, x=56 + half)
    y = yb - 22
    yb = question(y, 8, "Address of the property this loan is for (street, city, state, ZIP)")
    answer(yb, app.prop.line)
    y = yb - 22
    yb = question(y, 9, "How is the property used?")
    x = 48
    for code, text in (("primary_residence", "I live there"), ("second_home", "Vacation or second home"),
                       ("investment_property", "Rented out to others")):
        x = tick(x, yb + 6, text, app.occupancy == code)
    y = yb - 22
    yb = question(y, 10, "When did your financial difficulty begin? (MM/DD/YYYY)", w=230)
    answer(yb, us(app.hardship_start) if app.hardship_start else "")
    y = yb - 22
    yb = question(y, 11, "Which of these describe your situation? Mark all that apply.", box_h=5 * 16 + 8)
    for i, (code, text) in enumerate(QF_HARDSHIP):
        col, r = divmod(i, 5)
        tick(48 + col * (W - 80) / 2, yb + 5 * 16 - 10 - r * 16, text, code in app.hardships)
    y = yb - 22
    yb = question(y, 12, "Do you expect the difficulty to be:")
    x = 48
    for text, on in (("Short-term (6 months or less)", app.duration == "short"),
                     ("Long-term (more than 6 months)", app.duration == "long"), ("Already over", False)):
        x = tick(x, yb + 6, text, on)
    footer(c)
    c.showPage()

    y = head(2)
    c.setFont("Helvetica", 8.5)
    c.drawString(40, y, f"Loan number: {app.loan}    Borrower: {app.borrower.name}")
    y -= 22
    rows = len(QF_INCOME) + 1
    yb = question(y, 13, "Household income each month, before taxes (all borrowers)", box_h=rows * 17 + 8)
    yy = yb + rows * 17 - 8
    for code, text in QF_INCOME:
        c.setFont("Helvetica", 9.5)
        c.drawString(50, yy, text)
        c.drawString(400, yy, "$")
        amt = app.income.get(code)
        if amt:
            c.drawRightString(520, yy, fm(amt))
        c.setStrokeGray(0.55)
        c.line(410, yy - 3, 522, yy - 3)
        c.setStrokeGray(0)
        yy -= 17
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(50, yy, "i. Total monthly income (a through h)")
    c.drawString(400, yy, "$")
    c.drawRightString(520, yy, fm(app.total))
    y = yb - 26
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(40, y, "Q14.")
    c.setFont("Helvetica", 9.5)
    c.drawString(66, y, "Please read and sign.")
    y -= 16
    for t in ("By signing, I certify that everything in this request is true and complete and that my hardship "
              "contributed to my need for mortgage help. I understand Quillfeather may verify what I have "
              "written, may obtain my credit report, and is not required to approve any assistance.",
              "I agree that Quillfeather and its agents may contact me about this request by phone, text or "
              "e-mail, and may share this information with the owner or guarantor of my loan and with a "
              "housing counselor helping me."):
        y = paragraph(c, 40, y, t, W - 80, "Helvetica", 9) - 6
    y -= 10
    color = INK_BLACK if ink == "screen" else INK_BLUE
    people: list[tuple[Person | None, str, bool, date | None]] = [
        (app.borrower, "Borrower signature", app.signed, app.signed_on),
        (app.co, "Co-borrower signature", app.co_signed, app.co_signed_on)]
    for who, label, signed, on in people:
        c.setFont("Helvetica", 8)
        c.drawString(40, y, label)
        c.drawString(380, y, "Date signed")
        c.setFillGray(shade)
        c.rect(40, y - 32, 320, 26, fill=1, stroke=0)
        c.rect(380, y - 32, W - 420, 26, fill=1, stroke=0)
        c.setFillGray(0)
        if who and signed:
            signature(c, 50, y - 26, who.name, rng, 150, color)
            if on:
                if hand_dates:
                    hand(c, 388, y - 24, us(on), rng, 11.5)
                else:
                    c.setFont("Helvetica", 10.5)
                    c.drawString(388, y - 24, us(on))
        y -= 50
    c.setFont("Helvetica", 8)
    paragraph(c, 40, y - 6, "Send with this form: your most recent pay stub(s) or two months of bank statements "
              "for each kind of income, a letter explaining your hardship, and a signed IRS Form 4506-C if you are "
              "self-employed or receive rental income.", W - 80, "Helvetica", 8)
    footer(c)
    c.showPage()
    return finish(c, buf)


# --- printer, scanner, fax ----------------------------------------------------------------------------------------


def render_pages(pdf: bytes, dpi: float, dpi_y: float | None = None) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    out = []
    try:
        for page in doc:
            img = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True).to_pil().convert("L")
            if dpi_y:
                img = img.resize((img.width, round(img.height * dpi_y / dpi)), Image.Resampling.BILINEAR)
            out.append(img)
    finally:
        doc.close()
    return out


def scan_image(img: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    tilt = rng.uniform(-0.6, 0.6)
    paper = rng.randint(228, 242)
    img = img.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32)
    arr = arr * (paper / 255.0) + rng.uniform(2, 8)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(3, 6), arr.shape)
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.7)))
    return out


def fax_image(img: Image.Image, rng: random.Random, header: str) -> Image.Image:
    """A standard-mode fax: the page sampled at about 200 x 100 dpi, stretched back, black and white."""
    tilt = rng.uniform(-0.5, 0.5)
    img = img.rotate(tilt, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    img = img.resize((img.width, img.height * 2), Image.Resampling.NEAREST)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, img.width, 30), fill=255)
    draw.text((30, 6), header, fill=0, font=ImageFont.truetype(FAX_FONT, 18))
    arr = np.asarray(img, dtype=np.int16)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 14, arr.shape)
    bw = (arr + noise) > 150
    speck = np.random.default_rng(rng.randrange(1 << 30)).random(arr.shape) < 0.0005
    bw = np.where(speck, ~bw, bw)
    return Image.fromarray((bw * 255).astype(np.uint8), "L").convert("1")


def images_to_pdf(images: list[Image.Image], dpi: int | tuple[int, int], stamp: date) -> bytes:
    buf = io.BytesIO()
    when = time.struct_time((stamp.year, stamp.month, stamp.day, 9, 41, 0, 0, 1, 0))
    first, *rest = images
    xy = dpi if isinstance(dpi, tuple) else (dpi, dpi)
    extra = {"quality": 78} if first.mode == "L" else {}
    first.save(buf, "PDF", dpi=xy, save_all=True, append_images=rest, creationDate=when, modDate=when, **extra)
    return buf.getvalue()


def join_pdfs(parts: list[bytes]) -> bytes:
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer._ID = None  # type: ignore[attr-defined]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass
class FileSpec:
    name: str
    parts: list[tuple[str, list[int] | None]]  # doc key, page indexes (0-based) or None for all
    mode: str = "digital"  # digital | scan | fax
    dpi: int = 300
    fax_header: str = ""


# --- checklist --------------------------------------------------------------------------------------------------


def fresh(d: date, received: date) -> bool:
    return (received - d).days <= 90


def missing_codes(app: App | None, docs: list[Doc], received: date) -> list[str]:
    codes: list[str] = []
    if app is None:
        return ["application"]
    if not (app.signed and app.signed_on) or (app.co and not (app.co_signed and app.co_signed_on)):
        codes.append("application_signature")
    required = {"loan_number": app.loan, "borrower_name": app.borrower.name, "property_address": app.prop.line,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.hardship_start,
                "income": [v for v in app.income.values() if v > 0]}
    codes += [f"application_field:{k}" for k, v in required.items() if not v]
    by_type: dict[str, list[Doc]] = {}
    for d in docs:
        by_type.setdefault(d.type or "", []).append(d)

    def iso(s: str) -> date:
        return date.fromisoformat(s)

    def two_statements() -> bool:
        sts = by_type.get("bank_statement", [])
        for a in sts:
            for b in sts:
                f, g = a.fields, b.fields
                if (f["account_last4"] == g["account_last4"] and iso(g["period_start"]) == iso(f["period_end"])
                        + timedelta(days=1) and fresh(iso(g["period_end"]), received)):
                    return True
        return False

    def award(kind: str) -> bool:
        return any(d.fields.get("benefit_type") == kind and fresh(iso(d.fields["letter_date"]), received)
                   for d in by_type.get("benefit_award_letter", []))

    claimed = [k for k, v in app.income.items() if v > 0]
    for kind in claimed:
        if kind == "wages":
            ok = any(d.fields["gross_ytd"] is not None and fresh(iso(d.fields["pay_date"]), received)
                     for d in by_type.get("pay_stub", [])) or two_statements()
        elif kind == "self_employment":
            ok = two_statements()  # no P&L or signed return in this set
        elif kind == "unemployment":
            continue
        elif kind in ("benefits_taxable", "benefits_nontaxable"):
            ok = two_statements() or award(kind)
        else:
            ok = two_statements()
        if not ok:
            codes.append(f"income_doc:{kind}")
    hardship_docs = {"disability_or_illness": ("hardship_letter", "medical_statement"),
                     "divorce_or_separation": ("divorce_decree", "quitclaim_deed"),
                     "separation_unmarried": ("quitclaim_deed",), "death": ("death_certificate", "obituary"),
                     "relocation": ("employer_relocation_letter", "military_pcs_orders"),
                     "other": ("hardship_letter",)}
    for h in app.hardships:
        if h in hardship_docs and not any(by_type.get(t) for t in hardship_docs[h]):
            codes.append(f"hardship_doc:{h}")
    if ({"self_employment", "rental"} & set(claimed)) and not by_type.get("irs_form_4506c"):
        codes.append("irs_form_4506c")
    return codes


# --- packets ----------------------------------------------------------------------------------------------------


@dataclass
class Packet:
    name: str
    received: date
    app: App | None
    docs: list[Doc]
    files: list[FileSpec]
    intended: list[str]


def loan_no(rng: random.Random) -> str:
    return f"{rng.randint(0, 99):02d}{rng.randint(10**7, 10**8 - 1)}"


def contact(rng: random.Random, p: Person) -> tuple[str, str]:
    phone = f"({rng.randint(201, 989)}) 555-{rng.randint(100, 199):04d}"
    mail = f"{p.first.lower()}.{p.last.lower()}{rng.randint(1, 99)}@{rng.choice(['mailbox.net', 'inbox.com'])}"
    return phone, mail


def hardship_letter(p: Person, co: Person | None, addr: Address, loan: str, d: date, paras: list[str],
                    rng: random.Random, signed: bool, servicer: str) -> Doc:
    head = plain_head([p.name + (f" and {co.name}" if co else ""), addr.street, addr.city_line])
    close = ["Sincerely,", p.name] + ([co.name] if co else [])
    pdf = letter_pdf(head, d, [servicer, "Loss Mitigation Department"], f"Re: Loan number {loan}", paras, close,
                     (p.name, rng) if signed else None)
    return Doc("letter", "hardship_letter", pdf, {"letter_date": d.isoformat()}, [long_date(d)])


def stub_doc(checks: list[Check], key: str, job: Job, chk: Check, pdf: bytes) -> Doc:
    f = stub_fields(job, chk)
    paid = [c.gross for c in checks if c.pay_date.year == chk.pay_date.year and c.pay_date <= chk.pay_date]
    meta = {"year_checks": len(paid), "year_sum": float(sum(paid, Decimal("0.00")))}
    return Doc(key, "pay_stub", pdf, f, [fm(chk.gross), fm(chk.ytd_gross), fm(chk.net)], meta)


def bank_doc(key: str, pdf: bytes, bank: str, acct: str, start: date, end: date, opening: Decimal,
             txns: list[tuple[date, str, Decimal]]) -> Doc:
    closing = opening + sum((t[2] for t in txns), Decimal("0.00"))
    f = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
         "period_end": end.isoformat(), "beginning_balance": float(opening), "ending_balance": float(closing)}
    return Doc(key, "bank_statement", pdf, f, [fm(opening), fm(closing)])


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def spend(rng: random.Random, start: date, end: date, n: int, lo: int, hi: int) -> list[tuple[date, str, Decimal]]:
    names = ["DEBIT CARD KWIK FILL", "ACH ELECTRIC COOP", "DEBIT CARD FOOD LION", "CHECK", "ACH VERIZON WIRELESS",
             "ATM WITHDRAWAL", "DEBIT CARD DOLLAR GENERAL", "ACH STATE FARM INS", "DEBIT CARD WALGREENS",
             "ACH WATER UTILITY", "DEBIT CARD SHELL OIL", "ONLINE TRANSFER TO SAVINGS"]
    out = []
    span = (end - start).days
    for _ in range(n):
        name = rng.choice(names)
        if name == "CHECK":
            name = f"CHECK {rng.randint(1001, 1299)}"
        out.append((start + timedelta(days=rng.randint(0, span)), name, -money(rng.uniform(lo, hi))))
    return out


def packet_z1(rng: random.Random) -> Packet:
    received = date(2031, 2, 17)
    b = person(rng)
    phone, mail = contact(rng, b)
    loan = loan_no(rng)
    job = Job("Pine Hollow Grocers", b, "weekly", money(rng.uniform(16.4, 19.8)), Decimal("32.00"),
              jitter=2.5, anchor=date(2030, 12, 28), lag=6,
              fixed_deductions=(("Medical Plan", money(rng.uniform(24, 41))),))
    checks = run_payroll(job, 2031, rng)
    i = pick_check(checks, received - timedelta(days=3))
    app = App(loan, b, None, address(rng), "primary_residence", ["reduction_in_income"],
              date(2030, 10, rng.randint(3, 28)), "long", {"wages": money(job.rate * 32 * 52 / 12)},
              received - timedelta(days=4), None, phone=phone, email=mail)
    docs = [Doc("app", "mortgage_assistance_application", form710(app, rng, "screen", False), {},
                [app.loan, app.borrower.name])]
    store = f"Store #{rng.randint(104, 388)} - {app.prop.city}"
    for n, k in enumerate((i - 1, i)):
        pdf = stub_retail(job, checks[k], store, "Deli / Bakery", "Associate Earnings Statement",
                          f"{rng.randint(200000, 899999)}")
        docs.append(stub_doc(checks, f"stub{n}", job, checks[k], pdf))
    paras = ["I am writing to ask for help with my mortgage. Since last October the store where I work cut my "
             "hours from full time to about 32 hours a week, and the overtime I used to get is gone.",
             "I have kept up with my other bills but I fell behind on the house payment in December and I have "
             "not been able to catch up. I love my home and want to stay in it. A lower payment or a plan to "
             "spread out what I owe would let me get back on track.",
             "My application and my last two pay stubs are attached. Thank you for your time."]
    docs.append(hardship_letter(b, None, app.prop, loan, received - timedelta(days=4), paras, rng, False,
                                "Customer Care"))
    files = [FileSpec(f"{loan}/Mortgage Assistance Application - signed.pdf", [("app", None)]),
             FileSpec(f"{loan}/earnings_{checks[i - 1].pay_date:%Y-%m-%d}.pdf", [("stub0", None)]),
             FileSpec(f"{loan}/earnings_{checks[i].pay_date:%Y-%m-%d}.pdf", [("stub1", None)]),
             FileSpec(f"{loan}/letter to lender.pdf", [("letter", None)])]
    return Packet("z1", received, app, docs, files, [])


def packet_z2(rng: random.Random) -> Packet:
    received = date(2031, 3, 10)
    b = person(rng, sex="m")
    co = person(rng, b.last, sex="f")
    phone, mail = contact(rng, b)
    loan = loan_no(rng)
    job = Job("Brightwater Home Care Services", b, "biweekly", money(rng.uniform(17.2, 20.5)), Decimal("72.00"),
              jitter=5, anchor=date(2030, 12, 21), lag=6,
              extras=(("Mileage Reimb", money(rng.uniform(38, 64))),))
    checks = run_payroll(job, 2031, rng)
    i = pick_check(checks, received - timedelta(days=5))
    ssdi = money(rng.randint(940, 1160))
    wages = money(job.rate * 72 * 26 / 12)
    app = App(loan, b, co, address(rng), "primary_residence", ["disability_or_illness"],
              date(2030, 11, rng.randint(2, 27)), "long", {"wages": wages, "benefits_nontaxable": ssdi},
              received - timedelta(days=6), received - timedelta(days=6), phone=phone, email=mail)
    docs = [Doc("app", "mortgage_assistance_application", tamarack_form(app, rng, "screen", False), {},
                [app.loan, fm(app.total)])]
    for n, k in enumerate((i - 1, i)):
        pdf = stub_bureau(job, checks[k], "Caregiver Pay Stub", "Driftwood Payroll Bureau, Inc.",
                          "1180 Harbor View Pkwy, Suite 210\nClient No. 40-2271", f"{rng.randint(1000, 9999)}",
                          [f"Client visits this period: {rng.randint(21, 34)}",
                           "Mileage reimbursement is not taxable and is included in gross pay shown above."])
        docs.append(stub_doc(checks, f"stub{n}", job, checks[k], pdf))
    ld = received - timedelta(days=rng.randint(20, 50))
    ssa = letter_pdf(agency_head("Social Security Administration", ["Supplemental Security Income",
                                                                     "Notice of Award"]), ld,
                     [co.name, app.prop.street, app.prop.city_line], None,
                     [f"We are writing to tell you that you are eligible for Supplemental Security Income (SSI) "
                      f"payments because you are disabled, beginning {long_date(date(2030, 12, 1))}.",
                      f"Your monthly payment amount is ${fm(ssdi)}. We will pay this amount each month. You will "
                      "receive your payment on the first day of each month, by direct deposit to your bank.",
                      "SSI payments are not taxable and are not reported to the IRS. This letter may be used as "
                      "proof of your payment amount.",
                      "If you have questions, call 1-800-772-1213 or visit your local Social Security office."],
                     ["Social Security Administration"], None, "Times-Roman", 11)
    docs.append(Doc("ssa", "benefit_award_letter", ssa, {"letter_date": ld.isoformat(), "monthly_amount": float(ssdi),
                                                         "benefit_type": "benefits_nontaxable"}))
    paras = [f"My wife {co.first} had a stroke in November and she has not been able to go back to her job. She "
             "now gets SSI disability payments, which is a lot less than she was making, and I have had to "
             "take unpaid time off to drive her to therapy.",
             "Between the lost income and her medical bills we got two payments behind. I am back to full shifts "
             "now and we can afford a payment if it can be lowered a little or the missed payments added to the "
             "end of the loan.",
             "We are asking you to please review us for a modification. Our income papers are enclosed."]
    docs.append(hardship_letter(b, co, app.prop, loan, received - timedelta(days=6), paras, rng, False,
                                "Tamarack Falls Loan Servicing"))
    files = [FileSpec(f"{loan}_application.pdf", [("app", None)]),
             FileSpec(f"{loan}_paystub1.pdf", [("stub0", None)]),
             FileSpec(f"{loan}_paystub2.pdf", [("stub1", None)]),
             FileSpec(f"{loan}_SSA letter.pdf", [("ssa", None)], "scan", 200),
             FileSpec(f"{loan}_hardship.pdf", [("letter", None)])]
    return Packet("z2", received, app, docs, files, [])


def packet_z3(rng: random.Random) -> Packet:
    received = date(2031, 4, 7)
    b = person(rng, sex="m")
    co = person(rng, b.last, sex="f")
    phone, mail = contact(rng, b)
    loan = loan_no(rng)
    job = Job("Ironbridge Concrete & Masonry, Inc.", b, "weekly", money(rng.uniform(27.5, 33.0)), Decimal("30.00"),
              jitter=3, anchor=date(2030, 12, 29), lag=5,
              fixed_deductions=(("Union Dues Local 418", Decimal("31.50")), ("Vacation Fund", Decimal("45.00"))))
    checks = run_payroll(job, 2031, rng)
    i = pick_check(checks, received - timedelta(days=8))
    pension = money(rng.randint(610, 1150))
    app = App(loan, b, co, address(rng), "primary_residence", ["reduction_in_income"],
              date(2030, 12, rng.randint(1, 20)), "short",
              {"wages": money(job.rate * 30 * 52 / 12), "benefits_taxable": pension},
              received - timedelta(days=9), received - timedelta(days=9), phone=phone, email=mail)
    docs = [Doc("app", "mortgage_assistance_application", form710(app, rng, "pen", True), {})]
    for n, k in enumerate((i - 1, i)):
        chk = checks[k]
        hrs = chk.lines[0][1]
        per_day = [Decimal("8.00")] * int(hrs // 8)
        per_day.append(hrs - sum(per_day, Decimal(0)))
        names = ["MON", "TUE", "WED", "THU", "FRI", "SAT"]
        days = [(names[j], f"{h:.2f}") for j, h in enumerate(per_day[:6]) if h > 0]
        pdf = stub_plain(job, chk, "PAYROLL CHECK STUB", ["4120 River Terminal Rd", "Contractor Lic. 58-20931"],
                         [("EMPLOYEE:", b.name), ("EMP NO:", f"{rng.randint(100, 999)}"), ("CLASS:", "FINISHER II"),
                          ("WEEK ENDING:", us(chk.end)), ("PERIOD FROM:", us(chk.start)),
                          ("PAY DATE:", us(chk.pay_date)),
                          ("PAY FREQ:", "WEEKLY"), ("CHECK NO:", f"{rng.randint(20000, 29999)}")], days)
        docs.append(stub_doc(checks, f"stub{n}", job, chk, pdf))
    ms = date(2031, 2, 1)
    me = month_end(2031, 2)
    acct = f"{rng.randint(10**9, 10**10 - 1)}"
    txns = [(checks[k].pay_date, "PAYROLL DEP IRONBRIDGE CONC", checks[k].net) for k in range(len(checks))
            if ms <= checks[k].pay_date <= me]
    txns.append((date(2031, 2, 3), "ACH DEP MIDSTATE LABORERS PENSION", pension))
    txns += spend(rng, ms, me, 11, 18, 260)
    txns.sort(key=lambda t: (t[0], t[1]))
    bank = "Bluestem Savings Bank"
    opening = money(rng.uniform(300, 1400))
    pdf = statement_savings(bank, ["220 Depot Street", "Member FDIC", "(877) 555-0116"],
                            f"{b.name} and {co.name}", app.prop, acct, ms, me, opening, txns, "Everyday Checking")
    docs.append(bank_doc("stmt", pdf, bank, acct, ms, me, opening, txns))
    paras = ["We are writing about our mortgage. My husband pours concrete and every winter his hours drop, but "
             "this year the company lost two big jobs and he has been getting 30 hours or less since December. "
             "My pension from the laborers fund is the only other money we have coming in.",
             "We missed the February and March payments. Work should pick up in the spring and we are asking for "
             "a forbearance or some kind of plan until then.",
             "Thank you for considering our request."]
    d = received - timedelta(days=9)
    head = plain_head([f"{b.name} and {co.name}", app.prop.street, app.prop.city_line])
    pdf = letter_pdf(head, d, ["Mortgage Servicing", "Attn: Loss Mitigation"], f"Loan # {loan}", paras,
                     ["Sincerely,", co.name, b.name], (co.name, rng))
    docs.append(Doc("letter", "hardship_letter", pdf, {"letter_date": d.isoformat()}))
    files = [FileSpec(f"{loan}/Scan_{received:%Y%m%d}_0915.pdf",
                      [("app", None), ("stub0", None), ("stub1", None), ("stmt", None), ("letter", None)],
                      "scan", 300)]
    return Packet("z3", received, app, docs, files, ["income_doc:benefits_taxable"])


def tax_return_page(p: Person, addr: Address, year: int, business: str, net: Decimal, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, H - 60, "1040")
    c.setFont("Helvetica", 8)
    c.drawString(92, H - 50, "Department of the Treasury - Internal Revenue Service")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(92, H - 63, f"U.S. Individual Income Tax Return  {year}")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(W - 40, H - 50, "OMB No. 1545-0074")
    c.drawRightString(W - 40, H - 62, "IRS Use Only - Do not write or staple in this space.")
    c.line(40, H - 72, W - 40, H - 72)
    c.setFont("Helvetica", 8)
    c.drawString(40, H - 84, "Filing Status   [X] Single   [ ] Married filing jointly   [ ] Married filing separately"
                 "   [ ] Head of household")
    rows = [("Your first name and middle initial", f"{p.first} {p.middle}"), ("Last name", p.last),
            ("Your social security number", f"XXX-XX-{p.last4}"), ("Home address (number and street)", addr.street),
            ("City, town, or post office, state, and ZIP code", addr.city_line)]
    y = H - 104
    for label, val in rows:
        c.setFont("Helvetica", 7)
        c.drawString(40, y, label)
        c.setFont("Courier", 10)
        c.drawString(44, y - 12, val)
        c.line(40, y - 16, W - 40, y - 16)
        y -= 28
    lines = [("1a", "Total amount from Form(s) W-2, box 1", Decimal("0.00")),
             ("2b", "Taxable interest", money(rng.uniform(3, 40))),
             ("8", "Additional income from Schedule 1, line 10", net),
             ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income", None),
             ("10", "Adjustments to income from Schedule 1, line 26", money(net * Decimal("0.0707"))),
             ("11", "Subtract line 10 from line 9. This is your adjusted gross income", None),
             ("12", "Standard deduction or itemized deductions (from Schedule A)", Decimal("16100.00"))]
    total = lines[1][2] + net  # type: ignore[operator]
    agi = total - lines[4][2]  # type: ignore[operator]
    y -= 10
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y, "Income")
    y -= 16
    for num, text, amt in lines:
        val = amt if amt is not None else (total if num == "9" else agi)
        c.setFont("Helvetica", 8.5)
        c.drawString(40, y, num)
        c.drawString(64, y, text)
        c.setFont("Courier", 10)
        c.drawRightString(W - 44, y, fm(val))
        c.line(440, y - 3, W - 40, y - 3)
        y -= 18
    c.setFont("Helvetica", 7.5)
    c.drawString(40, y - 10, f"Schedule C attached: {business}")
    c.drawString(40, 40, f"Form 1040 ({year})   Prepared with HomeTax Desktop - printed copy")
    footer(c)
    return finish(c, buf)


def packet_z4(rng: random.Random) -> Packet:
    received = date(2031, 5, 12)
    b = person(rng)
    phone, mail = contact(rng, b)
    loan = loan_no(rng)
    se = money(rng.randint(3200, 5200))
    app = App(loan, b, None, address(rng), "primary_residence", ["reduction_in_income"],
              date(2030, 11, rng.randint(1, 28)), "short", {"self_employment": se},
              received - timedelta(days=12), None, phone=phone, email=mail)
    docs = [Doc("app", "mortgage_assistance_application", quillfeather_form(app, rng, "pen", True), {})]
    cu = "Hollis Ferry Credit Union"
    acct = f"{rng.randint(10**7, 10**8 - 1)}"
    member = f"{rng.randint(100000, 999999)}"
    business = f"{b.last} Tree & Lawn LLC"
    opening = money(rng.uniform(900, 2600))
    for n, m in enumerate((3, 4)):
        ms, me = date(2031, m, 1), month_end(2031, m)
        txns = [(ms + timedelta(days=rng.randint(1, 27)), f"MOBILE DEPOSIT CK #{rng.randint(1000, 9999)}",
                 money(rng.uniform(380, 1650))) for _ in range(rng.randint(4, 6))]
        txns += [(ms + timedelta(days=rng.randint(0, 27)), "ACH QUICKPAY DEPOSIT", money(rng.uniform(250, 900)))]
        txns += spend(rng, ms, me, 9, 25, 420)
        txns.append((ms + timedelta(days=rng.randint(3, 20)), "POS TRACTOR SUPPLY", -money(rng.uniform(60, 340))))
        txns.sort(key=lambda t: (t[0], t[1]))
        pdf = statement_cu(cu, ["PO Box 90", "Hollis Ferry", "(888) 555-0150"], b.name, app.prop, member, acct,
                           ms, me, opening, txns)
        docs.append(bank_doc(f"stmt{n}", pdf, cu, acct, ms, me, opening, txns))
        opening = opening + sum((t[2] for t in txns), Decimal("0.00"))
    pdf = tax_return_page(b, app.prop, 2030, business, money(se * 12 * Decimal("0.93")), rng)
    docs.append(Doc("tax", "tax_return", pdf, {"tax_year": 2030, "form": "1040"}, ["2030"]))
    paras = ["I run a small tree and lawn business by myself. Last fall I lost my two biggest commercial accounts "
             "when the property management company changed hands, and the winter snow work I count on was half "
             "of a normal year.",
             "My business is picking back up now that it is spring, but I got behind on my mortgage over the "
             "winter. I am asking for a forbearance or a repayment plan so I can catch up.",
             "I have included my last two bank statements and my tax return. Please let me know if you need "
             "anything else."]
    d = received - timedelta(days=12)
    head = plain_head([b.name, app.prop.street, app.prop.city_line, phone])
    pdf = letter_pdf(head, d, ["Quillfeather Mortgage Company", "Loss Mitigation"], f"Loan number {loan}", paras,
                     ["Thank you,", b.name], (b.name, rng))
    docs.append(Doc("letter", "hardship_letter", pdf, {"letter_date": d.isoformat()}))
    files = [FileSpec("SCAN0147.pdf", [("app", None)], "scan", 240),
             FileSpec("eStatement_MAR.pdf", [("stmt0", None)]),
             FileSpec("eStatement_APR.pdf", [("stmt1", None)]),
             FileSpec("2030 Form 1040 page 1.pdf", [("tax", None)]),
             FileSpec("SCAN0148.pdf", [("letter", None)], "scan", 240)]
    return Packet("z4", received, app, docs, files, ["irs_form_4506c"])


def packet_z5(rng: random.Random) -> Packet:
    received = date(2031, 6, 9)
    b = person(rng, sex="f")
    late = person(rng, b.last, middle=False, sex="m")
    phone, mail = contact(rng, b)
    loan = loan_no(rng)
    ssa_amt = money(rng.randint(1250, 1880))
    pen_amt = money(rng.uniform(420, 980))
    death = date(2031, 2, rng.randint(2, 25))
    app = App(loan, b, None, address(rng), "primary_residence", ["death"], death, "long",
              {"benefits_taxable": ssa_amt + pen_amt}, received - timedelta(days=6), None, phone=phone, email=mail)
    docs = [Doc("app", "mortgage_assistance_application", form710(app, rng, "pen", True), {})]
    ld = received - timedelta(days=rng.randint(25, 45))
    ssa = letter_pdf(agency_head("Social Security Administration", ["Important Information",
                                                                    "Survivors Benefits"]), ld,
                     [b.name, app.prop.street, app.prop.city_line], None,
                     [f"We are writing to let you know that you are entitled to monthly widow's benefits on the "
                      f"record of {late.first} {late.last}, beginning {long_date(date(2031, 3, 1))}.",
                      f"Beginning with the payment you receive in {date(2031, 4, 1):%B %Y}, your monthly payment "
                      f"will be ${fm(ssa_amt)}. This is the amount after any deductions. Payments are made each "
                      "month by direct deposit.",
                      "Part of your benefits may be taxable. We will send you a Form SSA-1099 each January "
                      "showing the benefits paid to you in the year before.",
                      "Please keep this letter. You may use it as proof of your benefits when you apply for "
                      "help from a lender, a housing program or another agency."],
                     ["Social Security Administration"], None, "Times-Roman", 11)
    docs.append(Doc("ssa", "benefit_award_letter", ssa, {"letter_date": ld.isoformat(),
                                                         "monthly_amount": float(ssa_amt),
                                                         "benefit_type": "benefits_taxable"}))
    pd = received - timedelta(days=rng.randint(15, 30))
    pen = letter_pdf(agency_head("Mossy Rock Paper Mill Retirement Plan",
                                 ["Plan Administration Office", "PO Box 3300, Longview, WA 98632",
                                  "(800) 555-0184"], (0.2, 0.3, 0.2)), pd,
                     [b.name, app.prop.street, app.prop.city_line], "Survivor Pension Benefit Confirmation",
                     [f"We were sorry to learn of the death of {late.first} {late.last}, a retiree of the Plan. As "
                      "his surviving spouse you are entitled to the 50% joint and survivor annuity he elected at "
                      "retirement.",
                      f"Your survivor pension is ${fm(pen_amt)} per month, payable on the first business day of "
                      "each month for your lifetime, by direct deposit. Federal income tax is withheld as you "
                      "elected on Form W-4P.",
                      "This letter confirms the amount and frequency of your benefit."],
                     ["Sincerely,", "Benefits Department"], None, "Helvetica", 10)
    docs.append(Doc("pension", "benefit_award_letter", pen, {"letter_date": pd.isoformat(),
                                                             "monthly_amount": float(pen_amt),
                                                             "benefit_type": "benefits_taxable"}))
    age = rng.randint(64, 79)
    obit = io.BytesIO()
    c = new_canvas(obit)
    c.setFont("Times-Bold", 11)
    c.drawString(160, H - 70, f"THE {app.prop.city.upper()} DAILY COURIER")
    c.setFont("Times-Roman", 8)
    c.drawString(160, H - 82, f"{long_date(death + timedelta(days=3))}  -  Obituaries  -  Page B6")
    c.setFont("Times-Bold", 14)
    c.drawString(160, H - 110, f"{late.first} {late.last}")
    body = (f"{late.first} {late.last}, {age}, of {app.prop.city}, passed away peacefully at home on "
            f"{long_date(death)}, surrounded by his family. He worked 31 years at the Mossy Rock paper mill, "
            "coached Little League for two decades and never missed a Friday fish fry. "
            f"He is survived by his wife of 41 years, {b.first}; two sons; and five grandchildren. A memorial "
            "service will be held at First Lutheran Church on Saturday at 11 a.m. In lieu of flowers, the family "
            "asks that donations be made to the county food pantry.")
    paragraph(c, 160, H - 130, body, 230, "Times-Roman", 9.5, 12)
    c.rect(150, H - 330, 250, 275)
    footer(c)
    docs.append(Doc("obit", "obituary", finish(c, obit), {}))
    paras = [f"My husband {late.first} passed away in February. He handled the bills and his pension and "
             "Social Security were most of our income. Since he died my income has dropped by more than half "
             "and I fell behind on the mortgage while I waited for my own benefits to start.",
             "My survivor benefits are now set up and the amounts are in the letters I have enclosed. I would "
             "like to stay in our home and I am asking for a modification of my loan so I can afford the "
             "payments on what I receive now.",
             "I have also enclosed his obituary from the newspaper."]
    d = received - timedelta(days=6)
    docs.append(hardship_letter(b, None, app.prop, loan, d, paras, rng, True, "Mortgage Servicing Center"))
    cover = io.BytesIO()
    c = new_canvas(cover)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(60, H - 90, "FAX")
    c.setFont("Helvetica", 12)
    y = H - 140
    for k, v in (("To:", "Loss Mitigation Dept."), ("Fax:", "(800) 555-0129"), ("From:", b.name),
                 ("Phone:", phone), ("Date:", us(received - timedelta(days=1))),
                 ("Pages:", f"{sum(d.npages for d in docs) + 1} including cover"),
                 ("Re:", f"Loan {loan} - application and papers")):
        c.drawString(60, y, k)
        c.drawString(130, y, v)
        y -= 24
    c.setFont("Helvetica", 9)
    c.drawString(60, 120, "Sent from Shipping Depot #2291 - self-service fax")
    footer(c)
    docs.append(Doc("cover", None, finish(c, cover)))
    sent = received - timedelta(days=1)
    header = f"{sent:%b %d %Y}  14:22   FROM: SHIPPING DEPOT 2291   TO: 18005550129"
    order = [("cover", None), ("app", None), ("letter", None), ("obit", None), ("ssa", None), ("pension", None)]
    files = [FileSpec(f"fax_{sent:%Y%m%d}_142207.pdf", order, "fax", 200, header)]
    return Packet("z5", received, app, docs, files, [])


def packet_z6(rng: random.Random) -> Packet:
    received = date(2031, 7, 14)
    b = person(rng)
    phone, mail = contact(rng, b)
    loan = loan_no(rng)
    salary = money(rng.randint(1650, 2300))
    job = Job("Granite Valley Family Dental", b, "semimonthly", salary, Decimal(0), salaried=True, lag=0,
              fixed_deductions=(("Dental Plan", Decimal("18.40")), ("401(k) 4%", money(salary * Decimal("0.04")))))
    checks = run_payroll(job, 2031, rng)
    i = pick_check(checks, date(2031, 3, 31))
    app = App(loan, b, None, address(rng), "primary_residence", ["increase_in_housing_expenses"],
              date(2031, 1, rng.randint(5, 25)), "long", {"wages": money(salary * 2)},
              received - timedelta(days=8), None, phone=phone, email=mail)
    docs = [Doc("app", "mortgage_assistance_application", tamarack_form(app, rng, "pen", True), {})]
    for n, k in enumerate((i - 1, i)):
        pdf = stub_bureau(job, checks[k], "Statement of Earnings", "Driftwood Payroll Bureau, Inc.",
                          "45 Quarry Square\nClient No. 40-3318", f"{rng.randint(100, 999)}",
                          ["Position: Dental Hygienist (salaried, exempt)"])
        docs.append(stub_doc(checks, f"stub{n}", job, checks[k], pdf))
    tax = io.BytesIO()
    c = new_canvas(tax)
    county = f"{app.prop.city} County"
    c.setFont("Helvetica-Bold", 14)
    c.drawString(48, H - 62, f"{county} Treasurer")
    c.setFont("Helvetica", 9)
    c.drawString(48, H - 76, "2030 Real Estate Tax Bill - payable 2031")
    c.drawRightString(W - 48, H - 62, f"Parcel {rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}")
    old = money(rng.uniform(2400, 3200))
    new = money(old * Decimal("1.38"))
    rows = [("Owner", b.name), ("Property", app.prop.line), ("Assessed value (2029)", "$" + fm(old * 47)),
            ("Assessed value (2030 reassessment)", "$" + fm(new * 47)), ("Prior year tax", "$" + fm(old)),
            ("Total tax due", "$" + fm(new)), ("First half due", "$" + fm(money(new / 2)) + "  by 02/28/2031"),
            ("Second half due", "$" + fm(new - money(new / 2)) + "  by 07/31/2031")]
    y = H - 110
    for k, v in rows:
        c.setFont("Helvetica", 9.5)
        c.drawString(48, y, k)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(250, y, v)
        y -= 18
    footer(c)
    docs.append(Doc("taxbill", "other", finish(c, tax), {}))
    paras = ["Our county reassessed every home last year and my property taxes went up by almost 40 percent. "
             "My escrow shortage payment came to more than I can manage on my salary, and I fell behind.",
             "I work full time as a hygienist and my pay has not changed. I would like to keep my home and ask "
             "that you look at a modification or a longer time to pay the escrow shortage.",
             "My tax bill, the form and my pay stubs are enclosed."]
    d = received - timedelta(days=8)
    docs.append(hardship_letter(b, None, app.prop, loan, d, paras, rng, True, "Tamarack Falls Loan Servicing"))
    files = [FileSpec(f"{loan}/Tamarack form.pdf", [("app", None)], "scan", 200),
             FileSpec(f"{loan}/PayStatement_{checks[i - 1].pay_date:%m%d}.pdf", [("stub0", None)]),
             FileSpec(f"{loan}/PayStatement_{checks[i].pay_date:%m%d}.pdf", [("stub1", None)]),
             FileSpec(f"{loan}/tax bill.pdf", [("taxbill", None)], "scan", 200),
             FileSpec(f"{loan}/hardship letter.pdf", [("letter", None)], "scan", 200)]
    return Packet("z6", received, app, docs, files, ["income_doc:wages"])


def packet_z7(rng: random.Random) -> Packet:
    received = date(2031, 8, 11)
    b = person(rng)
    phone, mail = contact(rng, b)
    loan = loan_no(rng)
    salary = money(rng.randint(3100, 4300))
    job = Job("Osgood County Road Department", b, "monthly", salary, Decimal(0), salaried=True,
              deduction_rates=(("Federal Withholding", Decimal("0.082")), ("FICA - OASDI", Decimal("0.062")),
                               ("FICA - Medicare", Decimal("0.0145")), ("State Withholding", Decimal("0.036")),
                               ("PERS Retirement 7%", Decimal("0.07"))))
    checks = run_payroll(job, 2031, rng)
    i = pick_check(checks, received - timedelta(days=9))
    va = money(rng.choice(["1132.90", "1361.88", "1759.19", "2241.91"]))
    app = App(loan, b, None, address(rng), "primary_residence", ["disability_or_illness"],
              None, "long", {"wages": salary, "benefits_nontaxable": va},
              received - timedelta(days=10), None, phone=phone, email=mail)
    docs = [Doc("app", "mortgage_assistance_application",
                form710(app, rng, "pen", True), {})]
    for n, k in enumerate((i - 1, i)):
        chk = checks[k]
        pdf = stub_plain(job, chk, "PAYROLL ADVICE", ["Osgood County Auditor - Payroll Division",
                                                      "County Office Building, Room 112"],
                         [("EMPLOYEE:", b.name), ("EMPLOYEE ID:", f"C{rng.randint(10000, 99999)}"),
                          ("POSITION:", "EQUIP OPERATOR II"),
                          ("PAY PERIOD:", f"{us(chk.start)} - {us(chk.end)}"), ("ADVICE DATE:", us(chk.pay_date)),
                          ("ADVICE NO:", f"{rng.randint(300000, 399999)}"), ("FREQUENCY:", "MONTHLY"),
                          ("DEPT:", "ROADS - NORTH SHOP")])
        docs.append(stub_doc(checks, f"stub{n}", job, chk, pdf))
    ld = received - timedelta(days=rng.randint(20, 60))
    vah = agency_head("Department of Veterans Affairs", ["Regional Office", "P.O. Box 5235, Janesville, WI 53547"],
                      (0.05, 0.2, 0.4), "Times-Bold")
    val = letter_pdf(vah, ld, [b.name, app.prop.street, app.prop.city_line], "Award Letter - Disability "
                     "Compensation",
                     [f"Dear {b.first} {b.last}:",
                      "We made a decision on your claim for service-connected compensation received in April. Your "
                      "combined service-connected evaluation is 60 percent.",
                      f"Your monthly entitlement amount is ${fm(va)}, effective {long_date(date(2031, 5, 1))}. "
                      "This is a monthly payment made on the first business day of the month following the month "
                      "for which it is due. VA disability compensation is not taxable.",
                      "You can use this letter to verify your VA benefits for a mortgage, housing or other "
                      "program."], ["Sincerely,", "Veterans Service Center Manager"], None, "Times-Roman", 10.5)
    docs.append(Doc("va", "benefit_award_letter", val, {"letter_date": ld.isoformat(), "monthly_amount": float(va),
                                                        "benefit_type": "benefits_nontaxable"}))
    paras = ["This spring my back condition from the service got worse and I needed surgery. I was off work "
             "without pay for about seven weeks and used up my savings. I am back at the road department now "
             "but on light duty.",
             "The VA raised my disability rating after the surgery, and with that and my county pay I can make "
             "a regular payment again, but I cannot make up what I missed all at once.",
             "I am asking you to add the missed payments to the loan or set up a modification. My pay advices "
             "and the VA letter are attached."]
    d = received - timedelta(days=10)
    docs.append(hardship_letter(b, None, app.prop, loan, d, paras, rng, False, "Mortgage Servicing"))
    s = b.last
    files = [FileSpec(f"{s} {loan} - application.pdf", [("app", None)], "scan", 300),
             FileSpec(f"{s} {loan} - pay advice {checks[i - 1].pay_date:%B}.pdf", [("stub0", None)]),
             FileSpec(f"{s} {loan} - pay advice {checks[i].pay_date:%B}.pdf", [("stub1", None)]),
             FileSpec(f"{s} {loan} - VA award.pdf", [("va", None)], "scan", 300),
             FileSpec(f"{s} {loan} - letter.pdf", [("letter", None)])]
    return Packet("z7", received, app, docs, files, ["application_field:hardship_start_date"])


def packet_z8(rng: random.Random) -> Packet:
    received = date(2031, 9, 15)
    b = person(rng, sex="f")
    ex = person(rng, b.last, middle=False, sex="m")
    phone, mail = contact(rng, b)
    loan = loan_no(rng)
    job = Job("Tri-County Auto Parts Supply", b, "biweekly", money(rng.uniform(19.5, 24.0)), Decimal("80.00"),
              overtime=(0, 5), anchor=date(2030, 12, 22), lag=5,
              fixed_deductions=(("Medical Pre-Tax", money(rng.uniform(60, 95))),))
    checks = run_payroll(job, 2031, rng)
    i = pick_check(checks, received - timedelta(days=4))
    support = money(rng.choice([525, 610, 700, 780]))
    decree = date(2031, 4, rng.randint(1, 28))
    app = App(loan, b, None, address(rng), "primary_residence", ["divorce_or_separation"],
              date(2030, 12, rng.randint(1, 28)), "long",
              {"wages": money(job.rate * 80 * 26 / 12), "other": support},
              received - timedelta(days=5), None, phone=phone, email=mail)
    docs = [Doc("app", "mortgage_assistance_application", quillfeather_form(app, rng, "screen", False), {},
                [app.loan, fm(app.total)])]
    pdf = stub_retail(job, checks[i], "Distribution Center - Route 9", "Warehouse", "Earnings Statement",
                      f"{rng.randint(10000, 99999)}")
    docs.append(stub_doc(checks, "stub", job, checks[i], pdf))
    bank = "Bluestem Savings Bank"
    acct = f"{rng.randint(10**9, 10**10 - 1)}"
    opening = money(rng.uniform(400, 1500))
    for n, m in enumerate((7, 8)):
        ms, me = date(2031, m, 1), month_end(2031, m)
        txns = [(c.pay_date, "DIRECT DEP TRI-COUNTY AUTO PAYROLL", c.net) for c in checks if ms <= c.pay_date <= me]
        txns.append((date(2031, m, 5), "STATE DISBURSEMENT UNIT CHILD SUPP", support))
        txns += spend(rng, ms, me, 12, 15, 240)
        txns.sort(key=lambda t: (t[0], t[1]))
        pdf = statement_savings(bank, ["220 Depot Street", "Member FDIC", "(877) 555-0116"], b.name, app.prop,
                                acct, ms, me, opening, txns, "Simple Checking")
        docs.append(bank_doc(f"stmt{n}", pdf, bank, acct, ms, me, opening, txns))
        opening = opening + sum((t[2] for t in txns), Decimal("0.00"))
    dec = io.BytesIO()
    c = new_canvas(dec)
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, H - 72, f"STATE OF {app.prop.state} - FAMILY COURT")
    c.drawCentredString(W / 2, H - 88, f"{app.prop.city.upper()} COUNTY")
    c.setFont("Times-Roman", 11)
    c.drawString(72, H - 124, f"In re the Marriage of {b.name.upper()},")
    c.drawString(100, H - 138, "Petitioner,")
    c.drawString(72, H - 156, f"and {ex.first.upper()} {ex.last.upper()},")
    c.drawString(100, H - 170, "Respondent.")
    c.drawString(370, H - 138, f"Case No. {rng.randint(30, 31)}-DR-{rng.randint(1000, 9999)}")
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, H - 206, "JUDGMENT AND DECREE OF DISSOLUTION OF MARRIAGE")
    paras = ["This matter came before the Court for final hearing. The Court, having reviewed the record and the "
             "parties' marital settlement agreement, finds that the marriage is irretrievably broken.",
             "IT IS ORDERED AND ADJUDGED: 1. The marriage of the parties is dissolved. 2. The marital settlement "
             "agreement is approved and incorporated into this Judgment. 3. Petitioner is awarded the marital "
             f"residence at {app.prop.line}, subject to the mortgage, which Petitioner shall pay. 4. Respondent "
             f"shall pay child support of ${fm(support)} per month through the State Disbursement Unit, beginning "
             "the first day of the month after entry of this Judgment."]
    y = H - 236
    for p in paras:
        y = paragraph(c, 72, y, p, W - 144, "Times-Roman", 11, 15) - 10
    c.drawString(72, y - 10, f"DONE AND ORDERED on {long_date(decree)}.")
    signature(c, 340, y - 50, "R. T. Hallorann", rng, 130, INK_BLACK)
    c.line(330, y - 56, W - 72, y - 56)
    c.drawString(330, y - 70, "Circuit Judge")
    c.setFont("Times-Italic", 9)
    c.drawString(72, y - 110, "A true copy - Clerk of Court")
    footer(c)
    docs.append(Doc("decree", "divorce_decree", finish(c, dec), {}))
    paras = [f"I am writing to explain why I fell behind on my mortgage. My husband {ex.first} moved out last "
             "December and our divorce was final in the spring. For several months I was paying the whole "
             "mortgage and all the bills on my income alone, before any support was ordered.",
             "The court gave me the house and child support now comes in every month. With my job and the "
             "support I can afford the regular payment, but I cannot pay the past-due amount in one lump sum.",
             "I would like to keep the house for my children. Please consider me for a payment deferral or a "
             "modification. The divorce judgment, my pay stub and two bank statements are attached."]
    d = received - timedelta(days=5)
    docs.append(hardship_letter(b, None, app.prop, loan, d, paras, rng, False, "Quillfeather Mortgage Company"))
    files = [FileSpec(f"{loan}/QMC-14 Mortgage Help Request.pdf", [("app", None)]),
             FileSpec(f"{loan}/paystub {checks[i].pay_date:%m-%d}.pdf", [("stub", None)]),
             FileSpec(f"{loan}/July statement.pdf", [("stmt0", None)]),
             FileSpec(f"{loan}/August statement.pdf", [("stmt1", None)]),
             FileSpec(f"{loan}/divorce judgment.pdf", [("decree", None)], "scan", 300),
             FileSpec(f"{loan}/my letter.pdf", [("letter", None)])]
    return Packet("z8", received, app, docs, files, [])


BUILDERS = [packet_z1, packet_z2, packet_z3, packet_z4, packet_z5, packet_z6, packet_z7, packet_z8]


# --- writing ----------------------------------------------------------------------------------------------------


def write_packet(pk: Packet, out: Path, rng: random.Random) -> dict[str, Any]:
    inbox = out / pk.name / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    docs = {d.key: d for d in pk.docs}
    pages: dict[str, list[dict[str, Any]]] = {d.key: [] for d in pk.docs}
    scanned: dict[str, bool] = {}
    for spec in pk.files:
        parts = []
        n = 0
        for key, idx in spec.parts:
            doc = docs[key]
            reader = PdfReader(io.BytesIO(doc.pdf))
            want = idx if idx is not None else list(range(len(reader.pages)))
            if want == list(range(len(reader.pages))):
                parts.append(doc.pdf)
            else:
                w = PdfWriter()
                for j in want:
                    w.add_page(reader.pages[j])
                b = io.BytesIO()
                w.write(b)
                parts.append(b.getvalue())
            for _ in want:
                n += 1
                pages[key].append({"file": spec.name, "page": n})
            scanned[key] = spec.mode != "digital"
        data = parts[0] if len(parts) == 1 else join_pdfs(parts)
        if spec.mode == "scan":
            imgs = [scan_image(im, rng, spec.dpi) for im in render_pages(data, spec.dpi)]
            data = images_to_pdf(imgs, spec.dpi, pk.received)
        elif spec.mode == "fax":
            imgs = render_pages(data, 204, 98)
            total = len(imgs)
            imgs = [fax_image(im, rng, f"{spec.fax_header}   P.{k + 1:02d}/{total:02d}") for k, im in enumerate(imgs)]
            data = images_to_pdf(imgs, (204, 196), pk.received)
        path = inbox / spec.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    documents = []
    order = sorted((d for d in pk.docs if d.type), key=lambda d: d.type != "mortgage_assistance_application")
    for n, d in enumerate(order, 1):
        documents.append({"id": f"D{n:02d}", "type": d.type, "scanned": scanned[d.key], "pages": pages[d.key],
                          "fields": d.fields})
    codes = missing_codes(pk.app, [d for d in pk.docs if d.type], pk.received)
    if sorted(codes) != sorted(pk.intended):
        raise SystemExit(f"{pk.name}: the rules give {codes}, the scenario means {pk.intended}")
    expected = {"loan_number": pk.app.loan if pk.app else None, "received_on": pk.received.isoformat(),
                "status": "incomplete" if codes else "complete", "missing": codes,
                "application": pk.app.expected() if pk.app else None, "documents": documents}
    (out / pk.name / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    return expected


def build(out: Path, seed: int) -> list[Packet]:
    packets = []
    for n, builder in enumerate(BUILDERS, 1):
        rng = random.Random(seed * 1009 + n)
        pk = builder(rng)
        if (out / pk.name).exists():
            shutil.rmtree(out / pk.name)
        write_packet(pk, out, random.Random(seed * 7919 + n))
        packets.append(pk)
    return packets


# --- check ------------------------------------------------------------------------------------------------------


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def check(out: Path, seed: int, packets: list[Packet]) -> list[str]:
    problems: list[str] = []
    for pk in packets:
        exp = json.loads((out / pk.name / "expected.json").read_text())
        where = pk.name
        if list(exp) != ["loan_number", "received_on", "status", "missing", "application", "documents"]:
            problems.append(f"{where}: top-level keys {list(exp)}")
        if exp["application"] is not None and list(exp["application"]) != APP_KEYS:
            problems.append(f"{where}: application keys")
        app = exp["application"]
        if app:
            lines = {k: v for k, v in app["income"].items() if k != "total"}
            if abs(sum(lines.values()) - app["income"]["total"]) > 0.005:
                problems.append(f"{where}: income total")
            if not set(lines) <= set(INCOMES) or not set(app["hardship_types"]) <= set(HARDSHIPS):
                problems.append(f"{where}: unknown codes")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{where}: status vs missing")
        text = json.dumps(exp)
        people = [pk.app.borrower, pk.app.co] if pk.app else []
        if any(p and (p.ssn in text or p.ssn.replace("-", "") in text) for p in people):
            problems.append(f"{where}: full SSN in expected.json")
        seen: dict[str, set[int]] = {}
        for doc in exp["documents"]:
            if list(doc["fields"]) != DOC_FIELDS[doc["type"]]:
                problems.append(f"{where}: {doc['id']} fields {list(doc['fields'])}")
            for p in doc["pages"]:
                if p["page"] in seen.setdefault(p["file"], set()):
                    problems.append(f"{where}: page used twice {p}")
                seen[p["file"]].add(p["page"])
            f = doc["fields"]
            if doc["type"] == "pay_stub":
                mg = money(Decimal(str(f["gross_current"])) * PERIODS[f["frequency"]] / 12)
                if float(mg) != f["monthly_gross"]:
                    problems.append(f"{where}: monthly gross {doc['id']}")
        for spec in pk.files:
            path = out / pk.name / "inbox" / spec.name
            reader = PdfReader(path)
            cover = sum(next(d for d in pk.docs if d.key == k).npages for k, _ in spec.parts if k == "cover")
            used = seen.get(spec.name, set())
            if len(used) + cover != len(reader.pages) or not used <= set(range(1, len(reader.pages) + 1)):
                problems.append(f"{where}: {spec.name} pages {sorted(used)} of {len(reader.pages)}")
            has_text = any((pg.extract_text() or "").strip() for pg in reader.pages)
            if has_text != (spec.mode == "digital"):
                problems.append(f"{where}: {spec.name} text layer {has_text} for mode {spec.mode}")
            if spec.mode == "digital":
                body = " ".join((pg.extract_text() or "") for pg in reader.pages)
                fields = " ".join(str(v.get("/V", "")) for v in (reader.get_fields() or {}).values())
                for key, _ in spec.parts:
                    for value in next(d for d in pk.docs if d.key == key).printed:
                        if value not in body and value not in fields:
                            problems.append(f"{where}: {spec.name} does not print {value!r}")
        # pay-stub arithmetic: year to date is the sum of the year's checks
        for d in pk.docs:
            if d.type != "pay_stub" or d.fields["gross_ytd"] is None:
                continue
            ytd, cur, n = d.fields["gross_ytd"], d.fields["gross_current"], d.meta["year_checks"]
            if abs(ytd - d.meta["year_sum"]) > 0.005:
                problems.append(f"{where}: {d.key} year to date is not the sum of the year's checks")
            if abs(ytd / n - cur) / cur > 0.15:
                problems.append(f"{where}: {d.key} year to date per check far from the current gross")
        got = compare(exp, {"status": exp["status"], "missing": [{"code": m} for m in exp["missing"]],
                            "application": exp["application"], "documents": exp["documents"]})
        if got.wrong():
            problems.append(f"{where}: self-compare {got.wrong()[:2]}")
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        build(Path(tmp), seed)
        if digest(Path(tmp)) != {k: v for k, v in digest(out).items() if k.split("/")[0] in
                                 {p.name for p in packets}}:
            problems.append("a rebuild with the same seed gives different bytes")
    return problems


def ytd_sums_hold() -> bool:
    """The pay engine's year to date equals the running sum of the year's checks, for every frequency."""
    rng = random.Random(3)
    p = Person("A", "", "B", "900-00-0000")
    for freq in PERIODS:
        job = Job("X", p, freq, Decimal("20.00"), Decimal("40.00"), overtime=(0, 4))
        checks = run_payroll(job, 2031, rng)
        run = Decimal("0.00")
        for chk in checks:
            run += chk.gross
            if chk.ytd_gross != run or chk.pay_date.year != 2031:
                return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=26)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # the blank Form 710's harmless font and xref warnings
    args.out.mkdir(parents=True, exist_ok=True)
    packets = build(args.out, args.seed)
    for pk in packets:
        exp = json.loads((args.out / pk.name / "expected.json").read_text())
        print(f"{pk.name}: {exp['status']:<10} {', '.join(exp['missing']) or '-'}  "
              f"({len(pk.files)} file(s), {len(exp['documents'])} documents)")
    if args.check:
        problems = check(args.out, args.seed, packets)
        if not ytd_sums_hold():
            problems.append("pay engine: year to date is not the sum of the checks")
        for p in problems:
            print("CHECK:", p)
        print("check:", "ok" if not problems else f"{len(problems)} problem(s)")
        if problems:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
