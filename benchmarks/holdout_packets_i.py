"""A ninth holdout set of borrower packets (i1..i6), laid out unlike the shared samples and unlike the h, b, c, d, e,
f and g sets, written without looking at the service's code, rules or tests, to gauge honestly how it reads layouts
nobody tuned it to.

    python benchmarks/holdout_packets_i.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a large
servicer's three-page "Borrower Response Package" (Quarry Point) whose every question is a row of one bordered
table, its number and label in the left cell and the answer in the right, section header rows shaded grey, each
hardship a row of its own answered "Yes" / "No" in words, occupancy answered in words, the property's city, state and
ZIP on rows of their own (typed into the PDF, or printed blank and hand-printed in capitals, one letter at a time,
with "YES" written only beside some rows); a HUD-approved housing counselor's two-page "Mortgage Assistance Intake &
Application" typed on the agency's computer with every answer in bold after its label and colon, hardship reasons
as words, a "Hardship explanation" paragraph inside the form (no separate letter), a household budget, and the
counselor's own signature and date beside the homeowner's (signed on a signature pad and dated, or printed and
signed in ink with the homeowner's date left empty); a one-page hand-filled "Quick Application" (Wrenfield) with
comb boxes for the loan number, SSN, state, ZIP and dates, hand-printed capitals, boxes ticked with a check mark and
the signature scribbled over "X______"; the real Form 710 filled through its AcroForm with dates typed
"06-14-2027", HOA dues, alternate phones and a co-borrower's contact lines. A university medical center's bi-weekly
pay slip with its Current / YTD summary matrix at the top and pre-tax and post-tax deductions in two columns, a
school district's monthly certificated earnings statement (retirement instead of Social Security, "Pay Cycle:
Monthly"), a temp agency's weekly statement with several client assignments (job orders, regular and overtime
hours), a transit authority's bi-weekly operator payroll advice (platform, spread and guarantee time, pay group
"BW" only); a regional bank's statement with amounts marked CR / DR and a bordered "Daily Balance Summary" grid, a
national bank's statement whose activity is grouped by channel ("ATM & Debit Card Withdrawals", "Electronic
Withdrawals", "Checks Paid") under a summary with an Instances column; Social Security's December cost-of-living
notice (stale by the time it is sent), a state disbursement unit's child support payment history (an "other"
paper), a recorded quitclaim deed with its recorder's stamp, a physician's statement, a quarterly cash-basis profit
and loss by month, a 4506-C and a "Letter of Explanation" memo carrying & < > " ' {{ 7*7 }} and ${7*7}. Names with
apostrophes, hyphens, accents and particles; co-borrowers in two packets. Delivered as a born-digital loan folder,
a packet in two files (the counselor's born-digital application, then the documents scanned later), a 200 dpi fax
with a barcode separator sheet before every document and the machine's header line, a 200 dpi scan of a stack fed
face up (every page in reverse order), a 150 dpi scan of grey, grainy photocopies with a drum streak, and a 200 dpi
duplex scan with a blank back behind every sheet.

The people's parts, drawing primitives, pens, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes follow
from the values drawn. `--check` also confirms that every expected value is printed (or hand-written) on its
document and that the rules give each scenario's codes.
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
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
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_e import EarningLine
from holdout_packets_f import FFile
from holdout_packets_g import GApplication, g_app

import pdf_factory as pf

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
hp.FONTS.update({"block": _DEJAVU / "DejaVuSansCondensed.ttf", "glyph": _DEJAVU / "DejaVuSans.ttf"})
EM, EN, DOT, CHECK = "\u2014", "\u2013", "\u00b7", "\u2713"


def _dash(d: date) -> str:
    return d.strftime("%m-%d-%Y")


def _yy(d: date) -> str:
    return d.strftime("%m/%d/%y")


# --- hand-printed capitals -------------------------------------------------------------------------------------


@dataclass
class BlockPen:
    """Hand-printed capitals: every letter placed on its own, a little off the line and of its own size. Keeps what
    it wrote, so the self-check can confirm the answers went onto the form."""

    rng: random.Random
    gray: float = 0.12
    font: str = "block"
    hand: bool = True
    written: list[str] = field(default_factory=list)

    def _advance(self, ch: str, size: float) -> float:
        return hp.text_width(ch, self.font, size) * 1.1 + 0.8

    def write(self, sheet: Sheet, x: float, y: float, s: str, size: float = 10.0, align: str = "l",
              fit: float | None = None) -> None:
        if not s:
            return
        s = s.upper()
        self.written.append(s)
        size += 1.0
        while fit and size > 6 and sum(self._advance(c, size) for c in s) > fit:
            size -= 0.5
        width = sum(self._advance(c, size) for c in s)
        x -= width if align == "r" else width / 2 if align == "c" else 0
        x += self.rng.uniform(-0.5, 2.0)
        for ch in s:
            if ch != " ":
                sheet.text(x + self.rng.uniform(-0.4, 0.4), y + self.rng.uniform(-0.9, 0.9), ch,
                           size * self.rng.uniform(0.94, 1.06), self.font, self.gray)
            x += self._advance(ch, size) + self.rng.uniform(-0.3, 0.7)

    def comb(self, sheet: Sheet, x: float, y: float, pitch: float, s: str, size: float = 11.0,
             record: str | None = None) -> None:
        """One character in each box of a comb field whose first box starts at x (y: the writing's baseline)."""
        self.written.append((record or s).upper())
        for i, ch in enumerate(s.upper()):
            if ch != " ":
                sheet.text(x + pitch * i + pitch / 2 + self.rng.uniform(-0.8, 0.8), y + self.rng.uniform(-0.8, 0.8),
                           ch, size * self.rng.uniform(0.95, 1.05), self.font, self.gray, "c")

    def tick(self, sheet: Sheet, x: float, y: float, size: float = 9.0) -> None:
        hb.Pen(self.rng, hand=True, gray=self.gray).tick(sheet, x, y, size)


def comb_boxes(sheet: Sheet, x: float, y: float, n: int, pitch: float = 15.0, h: float = 17.0) -> None:
    """A comb field: n boxes side by side, the top-left of the first at (x, y)."""
    sheet.rect(x, y, pitch * n, h, width=0.7)
    for i in range(1, n):
        sheet.line(x + pitch * i, y + h * 0.45, x + pitch * i, y + h, 0.5)


# --- application A: Quarry Point's Borrower Response Package (a bordered table) ------------------------------------

QUARRY = ("Quarry Point Mortgage Servicing, LLC",
          f"Home Retention Department  {DOT}  PO Box 11208, Tulsa, OK 74182  {DOT}  Fax 1-888-555-0139  {DOT}  "
          "1-888-555-0138")
BRP_HARDSHIPS = [
    ("unemployment", "Unemployment (job loss or layoff)"),
    ("reduction_in_income", "Reduction in income (fewer hours, lower pay, overtime ended)"),
    ("increase_in_housing_expenses", "Increase in housing expenses (taxes, insurance, HOA)"),
    ("disaster", "Disaster affecting the property or place of work"),
    ("disability_or_illness", "Long-term disability or serious illness (borrower or dependent)"),
    ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Separation of borrowers not married to each other"),
    ("death", "Death of a borrower or a wage earner"),
    ("relocation", "Distant employment transfer or relocation"),
    ("other", "Other hardship (describe in 3.13)"),
]
BRP_INCOME = [
    ("wages", "Wages, salary, overtime, tips and bonuses (gross)"),
    ("self_employment", "Self-employment income (net of business expenses)"),
    ("unemployment", "Unemployment benefits"),
    ("benefits_taxable", "Social Security, pension or disability (taxable)"),
    ("benefits_nontaxable", "Non-taxable Social Security, SSI or VA disability"),
    ("rental", "Rental income (rents less expenses)"),
    ("investment", "Investment or insurance income"),
    ("other", "Alimony, child support or other income"),
]
BRP_OCCUPANCY = {"primary_residence": "Primary residence (owner occupied)", "second_home": "Second home",
                 "investment_property": "Investment / rental property"}


def brp_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """Quarry Point's Borrower Response Package on three pages. fill "typed": typed into its fillable PDF, Yes / No
    as words, signatures pasted in; "hand": printed blank and filled in with hand-printed capitals, "YES" beside the
    hardships that apply and "NO" beside only some of the others, signed in ink."""
    typed = fill == "typed"
    pen: Any = hb.Pen(rng, hand=False) if typed else BlockPen(rng)
    name, contact = QUARRY
    pages = [Sheet(), Sheet(), Sheet()]
    for number, s in enumerate(pages, start=1):
        s.rect(40, 36, 30, 30, stroke=None, fill=0.18)
        s.text(55, 56, "QP", 12, "sans-b", 1.0, "c")
        s.text(78, 50, name, 12.5, "sans-b")
        s.text(78, 62, contact, 7, "sans", 0.3)
        s.text(572, 50, "BORROWER RESPONSE PACKAGE", 11.5, "sans-b", align="r")
        s.text(572, 62, "Mortgage Assistance Application", 8, "sans", 0.25, "r")
        s.line(40, 74, 572, 74, 1.4)
        s.text(40, 764, f"QP-BRP-710E (Rev. 02/2027)  {DOT}  Loan no. on every page helps us file your papers", 7,
               "sans", 0.4)
        s.text(572, 764, f"Page {number} of 3", 7.5, "sans", 0.35, "r")
    left, right, split = 40.0, 572.0, 262.0

    def section(s: Sheet, y: float, title: str) -> float:
        s.rect(left, y, right - left, 17, width=0.7, stroke=0.0, fill=0.78)
        s.text(left + 6, y + 12, title, 9, "sans-b")
        return y + 17

    def row(s: Sheet, y: float, label: str, value: str = "", h: float = 20, bold: bool = False) -> float:
        lines = len(hf._lines(label, split - left - 10, 8.5, "sans-b" if bold else "sans"))
        h = max(h, 18 + 10.5 * (lines - 1))
        s.rect(left, y, right - left, h, width=0.6)
        s.line(split, y, split, y + h, 0.6)
        s.wrap(left + 5, y + 12.5, label, split - left - 10, 8.5, "sans-b" if bold else "sans", 10.5)
        if value:
            pen.write(s, split + 6, y + h - 6.5, value, 10, fit=right - split - 12)
        return y + h

    def when(d: date) -> str:
        return us(d) if typed else f"{d.month}/{d.day}/{d.year}"

    co = app.co_borrower
    home = app.address
    p1, p2, p3 = pages
    y = p1.wrap(40, 92, "Complete every row that applies to you. Answer each question in Section 3 with Yes or No. "
                "All amounts are monthly and before taxes. Send this package with the documents listed on page 3 "
                "within 30 days.", 532, 8.5, "sans-i", 11, 0.2) + 6
    y = section(p1, y, f"SECTION 1 {EM} ACCOUNT AND BORROWERS")
    for label, value in (("1.1  Servicer loan number", app.loan),
                         ("1.2  Borrower's full legal name", app.borrower.name),
                         ("1.3  Borrower's Social Security number (last 4 digits)", app.ssn4),
                         ("1.4  Borrower's best phone number", app.phone),
                         ("1.5  Borrower's e-mail address", app.email),
                         ("1.6  Co-borrower's full legal name (if any)", co.name if co else ""),
                         ("1.7  Co-borrower's Social Security number (last 4 digits)",
                          (app.co_ssn4 or "") if co else ""),
                         ("1.8  Co-borrower's phone number", app.facts.get("co_phone", "") if co else "")):
        y = row(p1, y, label, value)
    y = section(p1, y + 12, f"SECTION 2 {EM} THE PROPERTY")
    answers = [("2.1  Street address of the mortgaged property", home.street), ("2.2  City", home.city),
               ("2.3  State", home.state), ("2.4  ZIP code", home.zip),
               ("2.5  Mailing address, if different", app.mailing.one_line if app.mailing else ""),
               ("2.6  How is the property used?", BRP_OCCUPANCY.get(app.occupancy, "")),
               ("2.7  Is the property listed for sale?", "No"),
               ("2.8  Is there a condominium or HOA fee?", app.facts.get("hoa", "No")),
               ("2.9  Is any borrower on active military duty, or the surviving spouse of one?", "No"),
               ("2.10  Do you intend to keep the property?", "Yes")]
    for label, value in answers:
        y = row(p1, y, label, value)

    y = section(p2, 90, f"SECTION 3 {EM} HARDSHIP  (answer Yes or No on every line 3.1 to 3.10)")
    for i, (code, label) in enumerate(BRP_HARDSHIPS, start=1):
        claimed = code in app.hardships
        answer = "Yes" if claimed else "No"
        if not typed and not claimed and rng.random() < 0.5:
            answer = ""  # a hand-filled form leaves some "No" rows empty
        y = row(p2, y, f"3.{i}  {label}", answer)
    long_term = app.facts.get("duration", "long") == "long"
    y = row(p2, y, "3.11  Date the hardship began", when(app.hardship_start) if app.hardship_start else "")
    y = row(p2, y, "3.12  How long will it last?",
            "More than 6 months" if long_term else "6 months or less")
    y0 = y
    y = row(p2, y, "3.13  Describe the hardship in a few words", "", h=50)
    width = right - split - 14
    for i, line in enumerate(hf._lines(app.facts.get("story", ""), width if typed else width * 0.8, 9.5)[:3]):
        pen.write(p2, split + 6, y0 + 13 + i * 13, line, 8.5 if typed else 8, fit=width)
    y = section(p2, y + 12, f"SECTION 4 {EM} MONTHLY INCOME OF ALL BORROWERS (before taxes)")
    for i, (code, label) in enumerate(BRP_INCOME, start=1):
        amount = app.income(code)
        y = row(p2, y, f"4.{i}  {label}", f"${money(amount)}" if amount else "")
    y = row(p2, y, "4.9  TOTAL MONTHLY INCOME (add 4.1 to 4.8)", f"${money(app.total)}", bold=True)
    y = section(p2, y + 12, f"SECTION 5 {EM} ASSETS (exclude retirement accounts)")
    y = row(p2, y, "5.1  Checking accounts and cash on hand", app.facts.get("cash", ""))
    row(p2, y, "5.2  Savings, money market and CDs", app.facts.get("savings", ""))

    y = section(p3, 90, f"SECTION 6 {EM} CERTIFICATION AND AUTHORIZATION")
    top = y
    y += 14
    for paragraph in (
            "I/We certify that all of the information in this Borrower Response Package is truthful and that the "
            "hardship identified above contributed to my/our need for mortgage relief. Knowingly submitting false "
            "information may violate Federal and other applicable law.",
            "I/We agree to provide Quarry Point with any further documents it asks for, consent to it obtaining a "
            "credit report for each borrower, and consent to being contacted about this request at any telephone "
            "number, including a mobile number, or e-mail address given above.",
            "I/We understand that Quarry Point is not obliged to offer assistance based only on this package and "
            "that my/our first timely payment under any plan offered will serve as acceptance of that plan."):
        y = p3.wrap(48, y, paragraph, 516, 8.5, "sans", 11) + 5
    p3.rect(left, top, right - left, y - top, width=0.6)
    y = section(p3, y + 12, f"SECTION 7 {EM} SIGNATURES")
    signer = hb.Pen(rng, hand=True, gray=0.1) if not typed else pen
    for who, person_, signed, on in (("Borrower", app.borrower, app.signed, app.signed_on),
                                     ("Co-borrower", co, app.co_signed, app.co_signed_on)):
        sig_top = y
        y = row(p3, y, f"{who}'s signature", h=34)
        if person_ is not None and signed:
            p3.signature(rng, split + 20, sig_top + 29, 170, 22, gray=0.1)
        y = row(p3, y, f"{who}'s printed name", person_.name if person_ else "")
        y = row(p3, y, "Date signed", "")
        if person_ is not None and on:
            if typed:
                pen.write(p3, split + 6, y - 6.5, when(on), 10)
            else:
                value = when(on)
                signer.write(p3, split + 6, y - 6, value, 10)
                pen.written.append(value)
    y = section(p3, y + 12, f"SECTION 8 {EM} WHAT TO SEND WITH THIS PACKAGE")
    for label, value in (("Every borrower", "This package, signed and dated"),
                         ("If you are paid wages", "Most recent pay stub showing year-to-date earnings"),
                         ("If you have other income", "Award letter or the two most recent bank statements"),
                         ("If self-employed or you receive rent", "Signed IRS Form 4506-C"),
                         ("Illness, divorce, separation, death, relocation", "See the hardship documentation guide")):
        p3.rect(left, y, right - left, 18, width=0.6)
        p3.line(split, y, split, y + 18, 0.6)
        p3.text(left + 5, y + 12.5, label, 8.5, "sans-b")
        p3.text(split + 6, y + 12.5, value, 8.5)
        y += 18
    if not typed:
        app.facts["written"] = "\n".join(pen.written)
    return pages


# --- application B: a housing counselor's intake, answers in bold after colons -----------------------------------

CEDAR = ("Cedar Hollow Housing Partnership", "A HUD-approved housing counseling agency",
         f"418 Depot Street, Suite 2  {DOT}  (605) 555-0117  {DOT}  intake@cedarhollow.example")
COUNSELOR = Person("Marisa", None, "Quan-Whitley")
INTAKE_HARDSHIPS = {"unemployment": "Job loss", "reduction_in_income": "Reduced income",
                    "increase_in_housing_expenses": "Higher housing costs", "disaster": "Disaster",
                    "disability_or_illness": "Serious illness / disability", "divorce_or_separation": "Divorce",
                    "separation_unmarried": "Separation of unmarried co-owners", "death": "Death of a wage earner",
                    "relocation": "Job relocation", "other": "Other"}
INTAKE_INCOME = [
    ("wages", "Gross wages / salary"), ("self_employment", "Self-employment (net)"),
    ("unemployment", "Unemployment compensation"), ("benefits_taxable", "Social Security / SSDI / pension"),
    ("benefits_nontaxable", "SSI / VA disability (non-taxable)"), ("rental", "Net rental income"),
    ("investment", "Investment / insurance income"), ("other", "Child support / alimony / other"),
]
INTAKE_OCCUPANCY = {"primary_residence": "Owner-occupied, primary residence", "second_home": "Second home",
                    "investment_property": "Investment / rental property"}


def counselor_intake(app: GApplication, fill: str, session: date, rng: random.Random) -> list[Sheet]:
    """Cedar Hollow's intake on two pages, typed by the counselor. fill "pad": the homeowner signed on a signature
    pad and the date was typed (born digital); "ink-undated": printed, signed in ink, the homeowner's date left empty.
    """
    p1, p2 = Sheet(), Sheet()
    agency, tagline, contact = CEDAR
    file_no = f"HC-{session:%y}-{rng.randint(1000, 9999)}"
    for number, s in enumerate((p1, p2), start=1):
        s.text(40, 50, agency, 14, "serif-b")
        s.text(40, 63, tagline, 8.5, "serif-i", 0.25)
        s.text(40, 74, contact, 7.5, "sans", 0.3)
        s.text(572, 50, f"Counseling file {file_no}", 8.5, "sans", 0.2, "r")
        s.text(572, 62, f"Session date: {us(session)}", 8.5, "sans", 0.2, "r")
        s.text(572, 74, f"Counselor: {COUNSELOR.name}", 8.5, "sans", 0.2, "r")
        s.line(40, 82, 572, 82, 0.8)
        s.text(40, 764, f"CHHP intake v4.2  {DOT}  client copy retained by agency", 7, "sans", 0.4)
        s.text(572, 764, f"{number} / 2", 7.5, "sans", 0.35, "r")

    def heading(s: Sheet, y: float, title: str) -> float:
        s.text(40, y, title, 10.5, "sans-b")
        s.line(40, y + 4, 572, y + 4, 0.5, 0.4)
        return y + 20

    def kv(s: Sheet, x: float, y: float, label: str, value: str, size: float = 9.5) -> None:
        s.text(x, y, f"{label}:", size)
        s.text(x + hp.text_width(f"{label}: ", "sans", size), y, value, size, "sans-b")

    p1.text(306, 106, "Mortgage Assistance Intake & Application", 15, "sans-b", align="c")
    p1.text(306, 120, "Completed with the homeowner during counseling and sent to the servicer as the homeowner's "
            "request for mortgage assistance.", 8, "sans-i", 0.25, "c")
    co = app.co_borrower
    y = heading(p1, 146, "1.  Homeowner")
    kv(p1, 40, y, "Homeowner", app.borrower.name)
    kv(p1, 380, y, "SSN (last 4)", app.ssn4)
    y += 16
    kv(p1, 40, y, "Phone", app.phone)
    kv(p1, 300, y, "E-mail", app.email, 9)
    y += 16
    kv(p1, 40, y, "Co-homeowner on the loan", co.name if co else "No")
    if co:
        kv(p1, 380, y, "Co-homeowner SSN (last 4)", app.co_ssn4 or "")
    y = heading(p1, y + 26, "2.  Property and loan")
    kv(p1, 40, y, "Servicer", QUARRY[0])
    kv(p1, 380, y, "Loan number", app.loan)
    y += 16
    kv(p1, 40, y, "Property address", app.address.one_line)
    y += 16
    kv(p1, 40, y, "Occupancy", INTAKE_OCCUPANCY.get(app.occupancy, ""))
    kv(p1, 380, y, "Listed for sale", "No")
    y += 16
    kv(p1, 40, y, "Monthly mortgage payment (PITI)", app.facts.get("mortgage", ""))
    kv(p1, 380, y, "Payments behind", app.facts.get("behind", "2"))
    y += 16
    kv(p1, 40, y, "HOA / condo dues", "None")
    kv(p1, 380, y, "Active-duty military", "No")
    y = heading(p1, y + 26, "3.  Hardship")
    kv(p1, 40, y, "Hardship reason(s)", "; ".join(INTAKE_HARDSHIPS[h] for h in app.hardships))
    y += 16
    kv(p1, 40, y, "Hardship began", us(app.hardship_start) if app.hardship_start else "")
    long_term = app.facts.get("duration", "long") == "long"
    kv(p1, 380, y, "Expected to last", "Over 6 months" if long_term else "Under 6 months")
    y += 20
    p1.text(40, y, "Hardship explanation:", 9.5)
    box_top = y + 6
    y = p1.wrap(50, y + 20, app.facts.get("story", ""), 512, 9.5, "sans", 13)
    p1.rect(40, box_top, 532, y - box_top - 2, width=0.5, stroke=0.5)
    y = heading(p1, y + 20, "4.  Goal of counseling")
    p1.wrap(40, y, "Homeowner wants to keep the home. Counselor reviewed the budget below and options including a "
            "repayment plan, forbearance, payment deferral and a loan modification.", 532, 9.5, "sans", 13)

    y = heading(p2, 104, "5.  Monthly household income (gross, before taxes)")
    for i, (code, label) in enumerate(INTAKE_INCOME):
        kv(p2, 40 if i % 2 == 0 else 320, y + (i // 2) * 16, label, f"${money(app.income(code))}")
    y += 4 * 16 + 4
    kv(p2, 40, y, "Total gross monthly household income", f"${money(app.total)}", 10)
    y = heading(p2, y + 26, "6.  Monthly household expenses")
    expenses = app.facts.get("budget", "").split("|")
    for i, item in enumerate(e for e in expenses if e):
        label, value = item.split("=")
        kv(p2, 40 if i % 2 == 0 else 320, y + (i // 2) * 16, label, value)
    y += ((len([e for e in expenses if e]) + 1) // 2) * 16 + 10
    y = heading(p2, y + 10, "7.  Authorization and signatures")
    for paragraph in (
            "I authorize Cedar Hollow Housing Partnership to send this application and my documents to my mortgage "
            "servicer and to discuss my loan with it. I certify that the information above is true and complete and "
            "that the hardship described is why I am asking for mortgage assistance.",
            "I understand that the agency does not decide whether I receive assistance and that my servicer may ask "
            "for more documents."):
        y = p2.wrap(40, y, paragraph, 532, 9, "sans", 12) + 5
    y += 34
    ink = hb.Pen(rng, hand=True, gray=0.12)
    rows = [("Homeowner signature", app.borrower, app.signed, app.signed_on),
            *([("Co-homeowner signature", co, app.co_signed, app.co_signed_on)] if co else [])]
    for label, _person, signed, on in rows:
        p2.text(40, y, f"{label}:", 9.5)
        p2.line(150, y + 2, 390, y + 2, 0.6)
        p2.text(410, y, "Date:", 9.5)
        p2.line(440, y + 2, 572, y + 2, 0.6)
        if signed:
            p2.signature(rng, 170, y, 180, 22, gray=0.1)
        if on and fill == "pad":
            p2.text(446, y - 1, us(on), 9.5, "sans-b")
        elif on:
            ink.write(p2, 446, y - 2, us(on), 10)
        y += 36
    p2.text(40, y, "Housing counselor:", 9.5)
    p2.text(40 + hp.text_width("Housing counselor: ", "sans", 9.5), y, f"{COUNSELOR.name}, HUD-certified housing "
            "counselor", 9.5, "sans-b")
    y += 30
    p2.text(40, y, "Counselor signature:", 9.5)
    p2.line(150, y + 2, 390, y + 2, 0.6)
    p2.signature(rng, 170, y, 150, 20, gray=0.15)
    p2.text(410, y, "Date:", 9.5)
    p2.line(440, y + 2, 572, y + 2, 0.6)
    p2.text(446, y - 1, us(session), 9.5, "sans-b")
    return [p1, p2]


# --- application C: Wrenfield's one-page Quick Application, filled by hand ----------------------------------------

WRENFIELD = ("Wrenfield Home Loans", f"Payment Help Team  {DOT}  PO Box 2290, Spokane, WA 99210  {DOT}  "
                                     "fax (855) 555-0183")
QUICK_HARDSHIPS = [
    ("unemployment", "I lost my job"), ("reduction_in_income", "Less pay or fewer hours"),
    ("increase_in_housing_expenses", "Taxes / insurance / HOA went up"), ("disaster", "Storm, fire or flood"),
    ("disability_or_illness", "Illness or disability"), ("divorce_or_separation", "Divorce / legal separation"),
    ("separation_unmarried", "Split with unmarried co-owner"), ("death", "A borrower or earner died"),
    ("relocation", "Job moved me far away"), ("other", "Something else"),
]
QUICK_INCOME = [
    ("wages", "Pay from job(s), before taxes"), ("self_employment", "Own business, after expenses"),
    ("unemployment", "Unemployment"), ("benefits_taxable", "Social Security / pension / disability"),
    ("benefits_nontaxable", "SSI or VA disability (tax-free)"), ("rental", "Rent from tenants, after expenses"),
    ("investment", "Interest, dividends, insurance"), ("other", "Child support / alimony / other"),
]
QUICK_OCCUPANCY = [("primary_residence", "My main home"), ("second_home", "A second home"),
                   ("investment_property", "A rental property")]


def quick_application(app: GApplication, rng: random.Random) -> list[Sheet]:
    """Wrenfield's one-page Quick Application printed blank and filled in by hand: capitals letter by letter, comb
    boxes for the loan number, the SSN's last four, the state, the ZIP and the dates, a check mark in every box that
    applies, and a signature scribbled over the "X______" line."""
    s = Sheet()
    pen = BlockPen(rng)
    name, contact = WRENFIELD
    s.circle(56, 52, 15, 1.2)
    s.text(56, 57, "W", 14, "serif-b", align="c")
    s.text(78, 50, name, 14, "serif-b")
    s.text(78, 62, contact, 7.5, "sans", 0.3)
    s.text(572, 50, "QUICK APPLICATION", 15, "sans-b", align="r")
    s.text(572, 63, f"for mortgage payment help  {DOT}  Form WHL-QA1 (05/27)", 8, "sans", 0.3, "r")
    s.line(40, 72, 572, 72, 1.2)
    s.text(40, 86, "Print in CAPITAL LETTERS with black or blue ink. Tick", 8.5, "sans-i", 0.2)
    x = 40 + hp.text_width("Print in CAPITAL LETTERS with black or blue ink. Tick ", "sans-i", 8.5)
    s.text(x, 86, CHECK, 8.5, "glyph", 0.2)
    s.text(x + 9, 86, "every box that applies. Sign at the X. One page is all we need to start.", 8.5, "sans-i",
           0.2)

    def label(x: float, y: float, text: str) -> None:
        s.text(x, y, text, 7.2, "sans-b", 0.25)

    def line_field(x: float, y: float, w: float, caption: str, value: str) -> None:
        label(x, y, caption)
        s.line(x, y + 22, x + w, y + 22, 0.6)
        pen.write(s, x + 4, y + 19, value, 10.5, fit=w - 8)

    y = 104
    label(40, y, "1  LOAN NUMBER")
    comb_boxes(s, 40, y + 5, 13)
    pen.comb(s, 40, y + 18, 15, app.loan)
    label(400, y, "2  YOUR SSN (LAST 4 ONLY)")
    comb_boxes(s, 400, y + 5, 4)
    pen.comb(s, 400, y + 18, 15, app.ssn4)
    y += 36
    line_field(40, y, 340, "3  YOUR FULL NAME (FIRST, MIDDLE, LAST)", app.borrower.name)
    line_field(400, y, 172, "4  PHONE", app.phone)
    y += 36
    co = app.co_borrower
    line_field(40, y, 340, "5  CO-APPLICANT ON THE LOAN (IF ANY)", co.name if co else "")
    label(400, y, "6  CO-APPLICANT SSN (LAST 4)")
    comb_boxes(s, 400, y + 5, 4)
    if co:
        pen.comb(s, 400, y + 18, 15, app.co_ssn4 or "")
    y += 36
    home = app.address
    line_field(40, y, 532, "7  ADDRESS OF THE HOME THIS LOAN IS FOR (NUMBER, STREET, APT)", home.street)
    y += 36
    line_field(40, y, 300, "CITY", home.city)
    label(360, y, "STATE")
    comb_boxes(s, 360, y + 5, 2)
    pen.comb(s, 360, y + 18, 15, home.state)
    label(410, y, "ZIP")
    comb_boxes(s, 410, y + 5, 5)
    pen.comb(s, 410, y + 18, 15, home.zip)
    y += 40
    label(40, y, "8  THIS HOME IS")
    x = 130
    for code, text in QUICK_OCCUPANCY:
        s.rect(x, y - 8, 10, 10, width=0.7)
        if app.occupancy == code:
            pen.tick(s, x, y - 8, 10)
        s.text(x + 15, y, text, 9)
        x += 40 + hp.text_width(text, "sans", 9)
    y += 20
    label(40, y, "9  WHAT HAPPENED?  TICK ALL THAT APPLY")
    y += 14
    for i, (code, text) in enumerate(QUICK_HARDSHIPS):
        col, r = divmod(i, 5)
        bx, by = 48 + col * 266, y + r * 15
        s.rect(bx, by - 8, 10, 10, width=0.7)
        if code in app.hardships:
            pen.tick(s, bx, by - 8, 10)
        s.text(bx + 15, by, text, 9)
    y += 5 * 15 + 6
    label(40, y, "10  WHEN DID IT START?  (MM / DD / YYYY)")
    pitch = 15.0
    start = app.hardship_start
    for offset, n, part in ((0, 2, f"{start:%m}" if start else ""), (38, 2, f"{start:%d}" if start else ""),
                            (76, 4, f"{start:%Y}" if start else "")):
        comb_boxes(s, 40 + offset, y + 5, n)
        if part:
            pen.comb(s, 40 + offset, y + 18, pitch, part, record="")
        if offset < 76:
            s.text(40 + offset + n * pitch + 4, y + 18, "/", 11, "sans", 0.3)
    if start:
        pen.written.append(us(start))
    label(260, y, "11  WILL IT LAST MORE THAN 6 MONTHS?")
    long_term = app.facts.get("duration", "long") == "long"
    for bx, text, chosen in ((266, "YES", long_term), (330, "NO", not long_term)):
        s.rect(bx, y + 8, 10, 10, width=0.7)
        if chosen:
            pen.tick(s, bx, y + 8, 10)
        s.text(bx + 15, y + 16, text, 9)
    y += 38
    label(40, y, "12  MONTHLY INCOME OF EVERYONE ON THE LOAN, BEFORE TAXES")
    y += 6
    for i, (code, text) in enumerate([*QUICK_INCOME, ("total", "TOTAL")]):
        col, r = divmod(i, 5)
        bx, by = 40 + col * 266, y + r * 19
        s.rect(bx, by, 256, 19, width=0.5)
        s.line(bx + 160, by, bx + 160, by + 19, 0.5)
        s.text(bx + 4, by + 13, text, 8.5, "sans-b" if code == "total" else "sans")
        s.text(bx + 164, by + 13, "$", 9, "sans", 0.3)
        amount = app.total if code == "total" else app.income(code)
        if amount:
            pen.write(s, bx + 174, by + 15, money(amount), 10, fit=78)
    y += 5 * 19 + 26
    label(40, y, "13  SIGN AND DATE.  EVERYONE NAMED IN 3 AND 5 MUST SIGN.")
    y += 34
    for x0, who, signed, on in ((40, "APPLICANT", app.signed, app.signed_on),
                                (310, "CO-APPLICANT", app.co_signed, app.co_signed_on)):
        s.text(x0, y, "X", 14, "sans-b")
        s.line(x0 + 12, y + 2, x0 + 160, y + 2, 0.7)
        s.text(x0 + 12, y + 12, who, 6.5, "sans", 0.35)
        s.line(x0 + 172, y + 2, x0 + 256, y + 2, 0.7)
        s.text(x0 + 172, y + 12, "DATE", 6.5, "sans", 0.35)
        if signed and (who == "APPLICANT" or co):
            s.signature(rng, x0 + 16, y + 2, 130, 24, gray=0.1)
        if on and (who == "APPLICANT" or co):
            pen.write(s, x0 + 174, y - 2, us(on), 9.5, fit=80)
    y += 30
    s.wrap(40, y, "By signing, I certify that what I wrote is true and complete, that the hardship ticked in 9 is "
           "why I need help, and that Wrenfield may check my income, get my credit report and call, text or write "
           "to me about this request. A knowingly false statement is a federal crime.", 532, 7, "sans", 9, 0.3)
    app.facts["written"] = "\n".join(pen.written)
    return [s]


# --- application D: the real Form 710 filled through its AcroForm -------------------------------------------------


def form710_acroform(app: GApplication, rng: random.Random) -> bytes:
    """Form 710 filled in a PDF reader: dates typed as 06-14-2027, amounts with cents, the alternate phone, HOA dues,
    savings and the co-borrower's contact lines filled; both signatures drawn on page 4."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower.name, "Text_3": app.ssn4, "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "US_Phone_Number_2": app.facts.get("work_phone", ""),
        "Checkbox_7": True, "Checkbox_17": True, "Checkbox_20": True, "Checkbox_23": True,
        "Text_6": app.address.one_line, f"Checkbox_{hc.F710_OCCUPANCY[app.occupancy]}": True,
        "Checkbox_27": True, "Checkbox_30": True, "Checkbox_35": True, "Checkbox_36": True,
        "Number_1": app.facts.get("hoa_dues", ""), "Number_10": app.facts.get("cash", ""),
        "Number_11": app.facts.get("savings", ""),
        "Checkbox_39" if app.facts.get("duration", "long") == "long" else "Checkbox_38": True,
    }
    if app.co_borrower:
        values |= {"Text_4": app.co_borrower.name, "Text_5": app.co_ssn4 or "",
                   "Email_2": app.facts.get("co_email", ""), "US_Phone_Number_3": app.facts.get("co_phone", ""),
                   "Checkbox_9": True}
    if app.hardship_start:
        values["Date_1"] = _dash(app.hardship_start)
    for code in app.hardships:
        values[f"Checkbox_{hc.F710_HARDSHIP[code]}"] = True
    for code in app.claimed:
        values[f"Number_{hc.F710_INCOME[code]}"] = money(app.income(code))
    if app.signed_on:
        values["Date_3"] = _dash(app.signed_on)
    if app.co_signed_on:
        values["Date_4"] = _dash(app.co_signed_on)
    ink = Sheet()
    if app.signed:  # Signature_1's rectangle: x 145-396, y 343-367 (PDF, bottom-up)
        ink.signature(rng, 165, hp.PAGE_H - 347, 200, 22, gray=0.1)
    if app.co_borrower and app.co_signed:  # Signature_2: x 158-396, y 305-329
        ink.signature(rng, 185, hp.PAGE_H - 309, 170, 20, gray=0.1)
    return hp.overlay_pdf(pf.form710_filled({k: v for k, v in values.items() if v != ""}), {3: ink})


# --- pay stubs ----------------------------------------------------------------------------------------------------


def _local(stub: Stub, street: str) -> Stub:
    """The stub with its employer's office in the employee's own town (a hospital, district or agency nearby)."""
    home = stub.employee_address
    return replace(stub, employer_address=Address(street, home.city, home.state, home.zip))


def _deducted(stub: Stub, spec: Sequence[tuple[str, Decimal]]) -> Stub:
    """The stub with these deductions (label, this period), year to date as this period times the periods paid."""
    periods = stub.ytd_gross / stub.gross if stub.ytd_gross else Decimal(1)
    return replace(stub, deductions=[(label, amount, amount * periods) for label, amount in spec])


MEDICAL_CENTER = "Mercy Lakes University Medical Center"
HOSPITAL_GROUPS = {
    "403(b) Retirement 6%": "pre", "Medical PPO - Emp + Family": "pre", "Dental High - Family": "pre",
    "Vision - Family": "pre", "Health Care FSA": "pre", "Federal Withholding": "tax", "OASDI": "tax",
    "Medicare": "tax", "State Withholding": "tax", "Roth 403(b)": "post", "Parking - Garage B": "post",
    "Supplemental Life": "post", "Long Term Disability": "post", "Scrubs Purchase": "post", "UMC Foundation": "post",
}


def nurse_lines(rng: random.Random) -> list[EarningLine]:
    rate = Decimal(rng.randrange(3850, 5100)) / 100
    return [EarningLine("Regular", Decimal(rng.choice([48, 56, 60])), rate),
            EarningLine("Evening Shift Differential", Decimal(rng.choice([12, 16, 24])), Decimal("2.75")),
            EarningLine("Weekend Differential", Decimal(rng.choice([8, 12])), Decimal("3.50")),
            EarningLine("Charge Nurse Premium", Decimal(rng.choice([8, 12])), Decimal("1.50")),
            EarningLine("Paid Time Off", Decimal(8), rate)]


def hospital_stub(rng: random.Random, employee: Person, home: Address, received: date, days_back: int
                  ) -> tuple[Stub, list[EarningLine]]:
    lines = nurse_lines(rng)
    end = hc._saturday_on_or_before(received - timedelta(days=days_back))
    stub = he.stub_for(rng, MEDICAL_CENTER, employee, home, "biweekly", lines, end, 6, received)
    g = stub.gross
    fixed = [("Medical PPO - Emp + Family", Decimal("214.38")), ("Dental High - Family", Decimal("24.16")),
             ("Vision - Family", Decimal("7.09")), ("Health Care FSA", Decimal("41.67"))]
    pre = [("403(b) Retirement 6%", cents(g * Decimal("0.06"))), *fixed]
    taxable = g - sum((a for _, a in pre), Decimal(0))
    fica = g - sum((a for _, a in fixed), Decimal(0))
    spec = [*pre, ("Federal Withholding", cents(taxable * Decimal("0.094"))),
            ("OASDI", cents(fica * Decimal("0.062"))), ("Medicare", cents(fica * Decimal("0.0145"))),
            ("State Withholding", cents(taxable * Decimal("0.0435"))), ("Roth 403(b)", Decimal("25.00")),
            ("Parking - Garage B", Decimal("36.00")), ("Supplemental Life", Decimal("6.30")),
            ("Long Term Disability", Decimal("9.84")), ("Scrubs Purchase", Decimal("18.50")),
            ("UMC Foundation", Decimal("5.00"))]
    return _local(_deducted(stub, spec), f"{rng.randint(100, 2400)} University Medical Pkwy"), lines


def stub_medical_center(stub: Stub, lines: Sequence[EarningLine], rng: random.Random) -> Sheet:
    """A university medical center's "Pay Slip" from an HR cloud system: the Current / YTD summary matrix at the
    top, earnings with hours and rates, pre-tax and post-tax deductions in two columns, taxes and the employer's
    benefits side by side, and the net pay distribution."""
    s = Sheet()
    periods = stub.ytd_gross / stub.gross if stub.ytd_gross else Decimal(1)
    s.text(40, 52, stub.employer, 13, "serif-b")
    s.text(40, 65, f"Payroll Services  {DOT}  {stub.employer_address.street}  {DOT}  "
           f"{stub.employer_address.last_line}", 7.5, "sans", 0.3)
    s.text(572, 52, "Pay Slip", 16, "sans-b", align="r")
    s.line(40, 74, 572, 74, 1.0)
    facts = [("Name", stub.employee.name), ("Employee ID", f"MLU-{rng.randint(10000, 99999)}"),
             ("Pay Period Begin", us(stub.period_start)), ("Pay Period End", us(stub.period_end)),
             ("Check Date", us(stub.pay_date)), ("Check Number", "Direct Deposit")]
    x_cols = [40, 230, 400]
    for i, (label, value) in enumerate(facts):
        x = x_cols[i % 3]
        y = 90 + (i // 3) * 24
        s.text(x, y, label, 7.5, "sans-b", 0.35)
        s.text(x, y + 11, value, 9.5)
    s.text(40, 142, f"Company: {stub.employer}   {DOT}   Department: 4 West Medical-Surgical   {DOT}   "
           f"Job: Registered Nurse II   {DOT}   Pay Frequency: Biweekly", 7.5, "sans", 0.25)

    def grid(y: float, heads: Sequence[tuple[float, str, str]], rows: Sequence[Sequence[str]], title: str,
             x0: float = 40, x1: float = 572, bold_last: bool = False) -> float:
        s.text(x0, y, title, 9.5, "sans-b")
        y += 5
        s.rect(x0, y, x1 - x0, 15, width=0.5, stroke=0.4, fill=0.9)
        for x, head, align in heads:
            s.text(x, y + 10.5, head, 7.8, "sans-b", 0.0, align)
        y += 15
        for n, cells in enumerate(rows):
            s.rect(x0, y, x1 - x0, 14, width=0.4, stroke=0.6)
            bold = bold_last and n == len(rows) - 1
            for (x, _, align), value in zip(heads, cells, strict=True):
                s.text(x, y + 10, value, 8.3, "sans-b" if bold else "sans", 0.0, align)
            y += 14
        return y + 16

    def total(group: str, ytd: bool = False) -> Decimal:
        return sum(((t if ytd else c) for label, c, t in stub.deductions if HOSPITAL_GROUPS[label] == group),
                   Decimal(0))

    ytd_gross = stub.ytd_gross or stub.gross
    ytd_net = ytd_gross - sum((t for _, _, t in stub.deductions), Decimal(0))
    hours = sum((line.hours for line in lines if "Differential" not in line.label and "Premium" not in line.label),
                Decimal(0))
    heads = [(46, "", "l"), (150, "Hours Worked", "r"), (232, "Gross Pay", "r"), (322, "Pre Tax Deductions", "r"),
             (406, "Employee Taxes", "r"), (496, "Post Tax Deductions", "r"), (566, "Net Pay", "r")]
    y = grid(160, heads, [
        ["Current", f"{hours:.2f}", money(stub.gross), money(total("pre")), money(total("tax")), money(total("post")),
         money(stub.net)],
        ["YTD", f"{hours * periods:.2f}", money(ytd_gross), money(total("pre", True)), money(total("tax", True)),
         money(total("post", True)), money(ytd_net)]], "Summary")
    rows = [[line.label, f"{line.hours:.2f}", f"{line.rate:.4f}", money(line.amount), money(line.amount * periods)]
            for line in lines]
    rows.append(["Total Earnings", f"{hours:.2f}", "", money(stub.gross), money(ytd_gross)])
    y = grid(y, [(46, "Description", "l"), (300, "Hours", "r"), (370, "Rate", "r"), (460, "Amount", "r"),
                 (566, "YTD", "r")], rows, "Earnings", bold_last=True)

    def side(group: str) -> list[list[str]]:
        return [[label, money(c), money(t)] for label, c, t in stub.deductions if HOSPITAL_GROUPS[label] == group]

    half = [(46, "Description", "l"), (222, "Amount", "r"), (296, "YTD", "r")]
    other = [(318, "Description", "l"), (496, "Amount", "r"), (566, "YTD", "r")]
    y_left = grid(y, half, side("pre"), "Pre Tax Deductions", 40, 302)
    y_right = grid(y, other, side("post"), "Post Tax Deductions", 312, 572)
    y = max(y_left, y_right)
    employer = [["Employer Medical", "812.44", money(Decimal("812.44") * periods)],
                ["Employer 403(b) Match", money(cents(stub.gross * Decimal("0.04"))),
                 money(cents(stub.gross * Decimal("0.04")) * periods)],
                ["Employer Life/AD&D", "3.10", money(Decimal("3.10") * periods)]]
    y_left = grid(y, half, side("tax"), "Employee Taxes", 40, 302)
    y_right = grid(y, other, employer, "Employer Paid Benefits", 312, 572)
    y = max(y_left, y_right)
    grid(y, [(46, "Bank", "l"), (260, "Account Type", "l"), (400, "Account Number", "l"), (566, "Amount", "r")],
         [["Lakes Community Credit Union", "Checking", f"******{rng.randint(1000, 9999)}", money(stub.net)]],
         "Payment Information")
    s.text(306, 740, "This is a record of your pay. It is not a check and cannot be cashed.", 8, "sans-i", 0.35, "c")
    return s


SCHOOL_DISTRICT = "Cottonwood Valley Unified School District"


def school_stub(rng: random.Random, employee: Person, home: Address, received: date) -> tuple[Stub, Decimal]:
    """A teacher's monthly pay for the month before the packet: a twelfth of the contract, a stipend, paid on the
    month's last working day; retirement instead of Social Security."""
    month = hp.add_months(received, -1)
    end = hp.month_end(month.year, month.month)
    pay_day = hp.weekday_on_or_before(end)
    annual = Decimal(rng.randrange(52, 78)) * 1000 + Decimal(rng.choice([0, 210, 480, 735]))
    stipend = Decimal(rng.choice(["125.00", "150.00", "210.00"]))
    gross = cents(annual / 12) + stipend
    street = hp.address(random.Random(SCHOOL_DISTRICT))
    index = month.month
    stub = Stub(SCHOOL_DISTRICT, street, employee, home, month, end, pay_day, "monthly", gross, gross * index, [])
    spec = [("Federal Income Tax", cents(gross * Decimal("0.088"))),
            ("State Income Tax", cents(gross * Decimal("0.04"))),
            ("Medicare", cents(gross * Decimal("0.0145"))),
            ("STRS Member Contribution 10.25%", cents(gross * Decimal("0.1025"))),
            ("Kaiser HMO - Emp + Spouse", Decimal("188.20")), ("Delta Dental", Decimal("14.75")),
            ("CVTA Union Dues", Decimal("92.00")), ("403(b) - Voluntary", Decimal("100.00"))]
    return _local(_deducted(stub, spec), f"{rng.randint(10, 990)} School House Rd"), annual


def stub_school(stub: Stub, annual: Decimal, rng: random.Random) -> Sheet:
    """A school district's monthly certificated earnings statement: district seal, "Pay Cycle: Monthly (n of 12)",
    the annual contract and placement, earnings and deductions in one ruled list with Current / Calendar YTD."""
    s = Sheet()
    periods = stub.ytd_gross / stub.gross if stub.ytd_gross else Decimal(1)
    s.circle(66, 66, 22, 1.0)
    s.circle(66, 66, 17, 0.5)
    s.text(66, 70, "CVUSD", 7, "serif-b", align="c")
    s.text(100, 58, stub.employer.upper(), 12, "serif-b")
    s.text(100, 71, f"Fiscal Services {EN} Payroll  {DOT}  {stub.employer_address.street}, "
           f"{stub.employer_address.last_line}", 7.5, "serif", 0.3)
    s.text(100, 84, "CERTIFICATED EARNINGS STATEMENT", 10, "sans-b", 0.2)
    y = 118
    s.rect(40, y - 12, 532, 70, width=0.7)
    left = [("Employee", stub.employee.name), ("Employee No.", f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"),
            ("Site", rng.choice(["Alder Creek Elementary", "Sagebrush Middle School", "Willow Bend Elementary"])),
            ("Assignment", rng.choice(["Teacher, Grade 3", "Teacher, Science 7-8", "Resource Specialist"]))]
    right = [("Pay Date", us(stub.pay_date)), ("Pay Period", f"{us(stub.period_start)} - {us(stub.period_end)}"),
             ("Pay Cycle", f"Monthly ({stub.period_end.month} of 12)"),
             ("Annual Contract", f"${money(annual)}  (Col. III, Step {rng.randint(4, 14)})")]
    for i, ((ll, lv), (rl, rv)) in enumerate(zip(left, right, strict=True)):
        s.text(48, y + i * 15, f"{ll}:", 8.5, "sans-b", 0.3)
        s.text(130, y + i * 15, lv, 9)
        s.text(310, y + i * 15, f"{rl}:", 8.5, "sans-b", 0.3)
        s.text(400, y + i * 15, rv, 9)
    y += 78
    s.line(40, y, 572, y, 1.0)
    for x, head, align in ((44, "CODE", "l"), (90, "DESCRIPTION", "l"), (440, "CURRENT", "r"),
                           (566, "CALENDAR YTD", "r")):
        s.text(x, y + 12, head, 8, "sans-b", 0.0, align)
    s.line(40, y + 17, 572, y + 17, 0.5)
    y += 32
    stipend = stub.gross - cents(annual / 12)
    earnings = [("E01", "Certificated Salary (1/12 of contract)", cents(annual / 12)),
                ("E34", "Stipend - Grade Level Lead", stipend)]
    for code, label, amount in earnings:
        s.text(44, y, code, 8.5, "mono")
        s.text(90, y, label, 9)
        s.text(440, y, money(amount), 9, "mono", align="r")
        s.text(566, y, money(amount * periods), 9, "mono", align="r")
        y += 14
    s.line(350, y - 9, 572, y - 9, 0.4)
    s.text(90, y + 2, "GROSS EARNINGS", 9, "sans-b")
    s.text(440, y + 2, money(stub.gross), 9, "mono-b", align="r")
    s.text(566, y + 2, money(stub.ytd_gross or stub.gross), 9, "mono-b", align="r")
    y += 26
    codes = ["T01", "T02", "T05", "R10", "H21", "H30", "U02", "V40"]
    for code, (label, current, ytd) in zip(codes, stub.deductions, strict=True):
        s.text(44, y, code, 8.5, "mono")
        s.text(90, y, label, 9)
        s.text(440, y, money(current), 9, "mono", align="r")
        s.text(566, y, money(ytd), 9, "mono", align="r")
        y += 14
    total = sum((c for _, c, _ in stub.deductions), Decimal(0))
    total_ytd = sum((t for _, _, t in stub.deductions), Decimal(0))
    s.line(350, y - 9, 572, y - 9, 0.4)
    s.text(90, y + 2, "TOTAL DEDUCTIONS", 9, "sans-b")
    s.text(440, y + 2, money(total), 9, "mono-b", align="r")
    s.text(566, y + 2, money(total_ytd), 9, "mono-b", align="r")
    y += 24
    s.rect(300, y, 272, 26, width=1.0, fill=0.93)
    s.text(310, y + 17, "NET PAY", 11, "sans-b")
    s.text(562, y + 17, f"${money(stub.net)}", 11, "mono-b", align="r")
    y += 50
    s.wrap(40, y, "Certificated employees of the District are members of the State Teachers' Retirement System and do "
           "not pay Social Security tax on District earnings. Questions: payroll@cvusd.example.", 532, 8, "sans-i", 10,
           0.35)
    return s


TEMP_AGENCY = "StaffBridge Temporary Services, Inc."
TEMP_CLIENTS = [("Riverside Cold Storage", "Order Selector"), ("Apex Parcel Hub #3", "Package Handler"),
                ("Lindell Printing Co.", "Bindery Helper"), ("Marrow Creek Foods", "Line Sanitation")]


@dataclass
class Assignment:
    client: str
    position: str
    order: str
    regular: Decimal
    overtime: Decimal
    rate: Decimal

    @property
    def amount(self) -> Decimal:
        return cents(self.regular * self.rate + self.overtime * self.rate * Decimal("1.5"))


def temp_stub(rng: random.Random, employee: Person, home: Address, received: date, days_back: int
              ) -> tuple[Stub, list[Assignment]]:
    """A week of work at two or three client sites, the week ending on a Sunday, paid the Friday after."""
    clients = rng.sample(TEMP_CLIENTS, rng.choice([2, 3]))
    regular = rng.choice([32, 36, 40])
    split = sorted(rng.sample(range(8, regular - 7, 4), len(clients) - 1))
    hours = [b - a for a, b in zip([0, *split], [*split, regular], strict=True)]
    overtime = rng.choice([0, 3.5, 6]) if regular == 40 else 0
    jobs = [Assignment(client, position, f"JO-{rng.randint(10000, 99999)}", Decimal(h),
                       Decimal(str(overtime)) if i == len(clients) - 1 else Decimal(0),
                       Decimal(rng.randrange(1650, 2150, 25)) / 100)
            for i, ((client, position), h) in enumerate(zip(clients, hours, strict=True))]
    gross = sum((job.amount for job in jobs), Decimal(0))
    end = hf._sunday_on_or_before(received - timedelta(days=days_back))
    stub = hp.make_stub(rng, TEMP_AGENCY, employee, home, "weekly", gross, end, pay_lag=5)
    stub = hc._not_after(stub, received - timedelta(days=1))
    spec = [("Federal W/H", cents(gross * Decimal("0.07"))), ("Social Security", cents(gross * Decimal("0.062"))),
            ("Medicare", cents(gross * Decimal("0.0145"))), ("State W/H", cents(gross * Decimal("0.032"))),
            ("Paid Leave Premium", cents(gross * Decimal("0.0045")))]
    branch = f"{rng.randint(100, 4800)} {rng.choice(['Commerce', 'Main', 'Market'])} St"
    return _local(_deducted(stub, spec), branch), jobs


def stub_temp(stub: Stub, jobs: Sequence[Assignment], rng: random.Random) -> Sheet:
    """A staffing agency's "Weekly Earnings Statement": the week ending, the branch, then one row per client
    assignment (job order, position, regular and overtime hours, bill rate), gross for the week and the year."""
    s = Sheet()
    s.rect(40, 40, 532, 40, stroke=None, fill=0.15)
    s.text(52, 60, "StaffBridge", 17, "sans-b", 1.0)
    s.text(52, 73, "TEMPORARY SERVICES, INC.", 7.5, "sans-b", 0.8)
    s.text(560, 58, "WEEKLY EARNINGS STATEMENT", 12, "sans-b", 1.0, "r")
    s.text(560, 72, f"Branch 0{rng.randint(11, 48)}  {DOT}  {stub.employer_address.street}, "
           f"{stub.employer_address.last_line}", 7.5, "sans", 0.85, "r")
    y = 104
    facts = [("Associate", stub.employee.name), ("Associate ID", f"SB{rng.randint(100000, 999999)}"[:8]),
             ("Week Ending", us(stub.period_end)), ("Week Beginning", us(stub.period_start)),
             ("Check Date", us(stub.pay_date)), ("Pay Type", "Weekly - Direct Deposit")]
    for i, (label, value) in enumerate(facts):
        x = 40 if i % 2 == 0 else 320
        s.text(x, y + (i // 2) * 15, f"{label}:", 8.5, "sans-b", 0.3)
        s.text(x + 80, y + (i // 2) * 15, value, 9.5)
    y += 56
    s.text(40, y, "ASSIGNMENTS THIS WEEK", 9.5, "sans-b")
    y += 6
    heads = [(44, "Client / Job Order", "l"), (240, "Position", "l"), (372, "Reg Hrs", "r"), (418, "OT Hrs", "r"),
             (472, "Pay Rate", "r"), (566, "Earnings", "r")]
    s.rect(40, y, 532, 15, stroke=None, fill=0.85)
    for x, head, align in heads:
        s.text(x, y + 11, head, 8, "sans-b", 0.0, align)
    y += 15
    for job in jobs:
        s.rect(40, y, 532, 28, width=0.4, stroke=0.6)
        s.text(44, y + 11, job.client, 9)
        s.text(44, y + 23, f"Job order {job.order}", 7.5, "sans", 0.35)
        s.text(240, y + 11, job.position, 9)
        s.text(372, y + 11, f"{job.regular:.2f}", 9, align="r")
        s.text(418, y + 11, f"{job.overtime:.2f}", 9, align="r")
        s.text(472, y + 11, f"{job.rate:.2f}", 9, align="r")
        s.text(566, y + 11, money(job.amount), 9, align="r")
        y += 28
    y += 18
    s.text(40, y, "DEDUCTIONS", 9.5, "sans-b")
    s.text(300, y, "This Week", 8, "sans-b", 0.3, "r")
    s.text(380, y, "Year to Date", 8, "sans-b", 0.3, "r")
    y += 14
    for label, current, ytd in stub.deductions:
        s.text(48, y, label, 9)
        s.text(300, y, money(current), 9, align="r")
        s.text(380, y, money(ytd), 9, align="r")
        y += 13
    box = y - 13 * len(stub.deductions) - 20
    s.rect(400, box, 172, 86, width=1.0)
    for i, (label, value) in enumerate((("Gross This Week", money(stub.gross)),
                                        ("Gross Year to Date", money(stub.ytd_gross or stub.gross)),
                                        ("Total Deductions", money(stub.gross - stub.net)),
                                        ("NET PAY", f"${money(stub.net)}"))):
        bold = label in ("NET PAY", "Gross This Week")
        s.text(408, box + 17 + i * 19, label, 9, "sans-b" if bold else "sans")
        s.text(566, box + 17 + i * 19, value, 9.5, "sans-b" if bold else "sans", align="r")
    y = max(y, box + 86) + 30
    s.wrap(40, y, f"{stub.employer} is your employer of record for every assignment. Hours are paid as approved "
           "by the client on your electronic timecard. Overtime is paid at 1.5 times your pay rate for hours over 40 "
           "in the work week across all assignments. Report a missing punch to your branch before Tuesday noon.", 532,
           8, "sans-i", 10, 0.35)
    return s


TRANSIT = "Tri-County Regional Transit Authority"


def operator_lines(rng: random.Random) -> list[EarningLine]:
    rate = Decimal(rng.randrange(2840, 3460)) / 100
    return [EarningLine("Platform Time", Decimal(rng.choice(["52.50", "56.25", "60.00"])), rate),
            EarningLine("Report & Turn-In Allowance", Decimal("3.50"), rate),
            EarningLine("Spread Premium", Decimal(rng.choice(["4.00", "6.50"])), cents(rate * Decimal("0.5"))),
            EarningLine("Guarantee Time", Decimal(rng.choice(["2.25", "3.75"])), rate)]


def transit_stub(rng: random.Random, employee: Person, home: Address, received: date, days_back: int
                 ) -> tuple[Stub, list[EarningLine]]:
    lines = operator_lines(rng)
    end = hc._saturday_on_or_before(received - timedelta(days=days_back))
    stub = he.stub_for(rng, TRANSIT, employee, home, "biweekly", lines, end, 6, received)
    g = stub.gross
    spec = [("Fed Income Tax", cents(g * Decimal("0.085"))), ("FICA - OASDI", cents(g * Decimal("0.062"))),
            ("FICA - Medicare", cents(g * Decimal("0.0145"))), ("State Income Tax", cents(g * Decimal("0.038"))),
            ("TCRTA Pension 7%", cents(g * Decimal("0.07"))), ("ATU Local 1309 Dues", Decimal("48.60")),
            ("Medical - Operators Plan", Decimal("96.15")), ("Credit Union Savings", Decimal("50.00"))]
    return _local(_deducted(stub, spec), f"{rng.randint(100, 900)} Transit Center Way"), lines


def stub_transit(stub: Stub, lines: Sequence[EarningLine], rng: random.Random) -> Sheet:
    """A transit authority's bus operator "Payroll Advice": boxed header cells (badge, division, pay group "BW", the
    period as mm/dd/yy), coded hours and earnings with YTD, one list of withholdings, and a Gross / Deductions / Net
    strip for the period and the year."""
    s = Sheet()
    periods = stub.ytd_gross / stub.gross if stub.ytd_gross else Decimal(1)
    s.text(40, 54, stub.employer, 13.5, "sans-b")
    s.text(40, 67, f"{stub.employer_address.street}  {DOT}  {stub.employer_address.last_line}", 8, "sans", 0.3)
    s.text(572, 54, "PAYROLL ADVICE", 13, "serif-b", align="r")
    s.text(572, 67, "Operations Employees", 8, "serif-i", 0.3, "r")
    cells = [("OPERATOR", stub.employee.name, 178), ("BADGE", f"{rng.randint(1000, 9999)}", 58),
             ("DIVISION", rng.choice(["North Garage", "Eastside Garage", "Central Base"]), 92),
             ("PAY GROUP", "BW", 52), ("PERIOD", f"{_yy(stub.period_start)} - {_yy(stub.period_end)}", 100),
             ("PAY DATE", _yy(stub.pay_date), 52)]
    x, y = 40.0, 84.0
    for label, value, w in cells:
        s.rect(x, y, w, 32, width=0.7)
        s.text(x + 4, y + 10, label, 6.5, "sans-b", 0.35)
        s.text(x + 4, y + 25, value, 9 if w > 60 else 8.5)
        x += w
    y += 54
    s.text(40, y, "HOURS AND EARNINGS", 9.5, "sans-b")
    y += 6
    heads = [(44, "Code", "l"), (84, "Description", "l"), (330, "Hours", "r"), (396, "Rate", "r"),
             (476, "Current", "r"), (566, "YTD", "r")]
    s.line(40, y, 572, y, 0.8)
    for hx, head, align in heads:
        s.text(hx, y + 11, head, 8, "sans-b", 0.0, align)
    s.line(40, y + 15, 572, y + 15, 0.5)
    y += 28
    codes = {"Platform Time": "PLT", "Report & Turn-In Allowance": "RPT", "Spread Premium": "SPR",
             "Guarantee Time": "GUA"}
    for line in lines:
        row = [codes[line.label], line.label, f"{line.hours:.2f}", f"{line.rate:.4f}", money(line.amount),
               money(line.amount * periods)]
        for (hx, _, align), value in zip(heads, row, strict=True):
            s.text(hx, y, value, 9, "mono" if hx == 44 else "sans", 0.0, align)
        y += 14
    y += 18
    s.text(40, y, "TAXES AND DEDUCTIONS", 9.5, "sans-b")
    y += 6
    s.line(40, y, 572, y, 0.8)
    for hx, head, align in ((44, "Description", "l"), (476, "Current", "r"), (566, "YTD", "r")):
        s.text(hx, y + 11, head, 8, "sans-b", 0.0, align)
    s.line(40, y + 15, 572, y + 15, 0.5)
    y += 28
    for label, current, ytd in stub.deductions:
        s.text(44, y, label, 9)
        s.text(476, y, money(current), 9, align="r")
        s.text(566, y, money(ytd), 9, align="r")
        y += 14
    y += 16
    ytd_deductions = sum((t for _, _, t in stub.deductions), Decimal(0))
    strip = [("", "THIS PERIOD", "YEAR TO DATE"), ("GROSS PAY", money(stub.gross), money(stub.ytd_gross or stub.gross)),
             ("DEDUCTIONS", money(stub.gross - stub.net), money(ytd_deductions)),
             ("NET PAY", money(stub.net), money((stub.ytd_gross or stub.gross) - ytd_deductions))]
    for i, (label, current, ytd) in enumerate(strip):
        s.rect(40, y + i * 18, 532, 18, width=0.6, fill=0.9 if i == 0 else None)
        s.text(48, y + i * 18 + 12.5, label, 8.5, "sans-b")
        s.text(400, y + i * 18 + 12.5, current, 9, "sans-b" if i in (0, 3) else "sans", align="r")
        s.text(566, y + i * 18 + 12.5, ytd, 9, "sans-b" if i in (0, 3) else "sans", align="r")
    y += 4 * 18 + 28
    s.wrap(40, y, "Platform time is paid from pull-out to pull-in. Spread premium is paid at one half the rate for "
           "swing runs over 10 hours. Guarantee time brings a run up to its guaranteed 8 hours. Questions: "
           "Operations Payroll, ext. 4410.", 532, 8, "sans-i", 10, 0.35)
    return s


# --- bank statements ----------------------------------------------------------------------------------------------

PRAIRIE = "Prairie Lantern Bank"
KEYSTONE = "Commonwealth Keystone Bank, N.A."


def _crdr(amount: Decimal) -> str:
    return f"{money(abs(amount))} {'CR' if amount > 0 else 'DR'}"


def statement_prairie(st: Statement, joint: Person | None = None, per_first_page: int = 20) -> list[Sheet]:
    """A regional bank's "Statement of Account": period and account in a box at the right, the balances at the
    start and end of the period, every amount in one column marked CR or DR, and a bordered "Daily Balance Summary"
    grid on the last page."""
    p1, p2 = Sheet(), Sheet()
    for number, s in enumerate((p1, p2), start=1):
        s.text(40, 54, st.bank, 16, "serif-b")
        s.text(40, 67, f"Member FDIC  {DOT}  Equal Housing Lender  {DOT}  prairielantern.example  {DOT}  "
               "(800) 555-0161", 7.5, "sans", 0.3)
        s.rect(372, 36, 200, 48, width=0.8)
        s.text(380, 50, "STATEMENT OF ACCOUNT", 9, "sans-b")
        s.text(380, 63, f"Period {us(st.start)} through {us(st.end)}", 8.5)
        s.text(380, 76, f"Account number ******{st.last4}   {DOT}   Page {number} of 2", 8.5)
    s = p1
    y = 112
    names = [st.holder.upper, *([joint.upper] if joint else [])]
    for line in [*names, st.home.street.upper(), st.home.last_line.upper()]:
        s.text(58, y, line, 9.5)
        y += 12
    y = 190
    s.text(40, y, "LANTERN CLASSIC CHECKING", 11, "sans-b")
    y += 10
    n_in = sum(1 for r in st.rows if r[2] > 0)
    summary = [(f"Balance at start of period {us(st.start)}", f"${money(st.begin)}"),
               (f"Credits ({n_in})", f"{money(st.deposits)} CR"),
               (f"Debits ({len(st.rows) - n_in})", f"{money(st.debits)} DR"), ("Service charges", "0.00"),
               (f"Balance at end of period {us(st.end)}", f"${money(st.ending)}")]
    for i, (label, value) in enumerate(summary):
        s.rect(40, y, 300, 16, width=0.5, stroke=0.5)
        s.text(46, y + 11.5, label, 8.8, "sans-b" if i in (0, 4) else "sans")
        s.text(334, y + 11.5, value, 8.8, "sans-b" if i in (0, 4) else "sans", align="r")
        y += 16
    y += 24
    rows = list(st.rows)

    def activity(sheet: Sheet, y: float, chunk: Sequence[tuple[date, str, Decimal, Decimal]], title: str) -> float:
        sheet.text(40, y, title, 10, "sans-b")
        y += 6
        sheet.line(40, y, 572, y, 0.8)
        for x, head, align in ((44, "Date", "l"), (100, "Description", "l"), (566, "Amount", "r")):
            sheet.text(x, y + 11, head, 8, "sans-b", 0.0, align)
        sheet.line(40, y + 15, 572, y + 15, 0.5)
        y += 27
        for day, desc, amount, _ in chunk:
            sheet.text(44, y, f"{day:%m/%d}", 8.8)
            sheet.text(100, y, desc, 8.8)
            sheet.text(566, y, _crdr(amount), 8.8, "mono", align="r")
            y += 13
        return y

    activity(s, y, rows[:per_first_page], "ACCOUNT ACTIVITY")
    s = p2
    y = 112
    if rows[per_first_page:]:
        y = activity(s, y, rows[per_first_page:], "ACCOUNT ACTIVITY (continued)") + 16
    s.text(40, y, "DAILY BALANCE SUMMARY", 10, "sans-b")
    y += 6
    balances = hc._daily_balances(st)
    per_col = (len(balances) + 2) // 3
    for col in range(3):
        x = 40 + col * 180
        s.rect(x, y, 172, 15, width=0.5, fill=0.88)
        s.text(x + 6, y + 11, "Date", 8, "sans-b")
        s.text(x + 166, y + 11, "Balance", 8, "sans-b", align="r")
        for r, (day, balance) in enumerate(balances[col * per_col:(col + 1) * per_col]):
            s.rect(x, y + 15 + r * 14, 172, 14, width=0.4)
            s.line(x + 60, y + 15 + r * 14, x + 60, y + 29 + r * 14, 0.4)
            s.text(x + 6, y + 25 + r * 14, us(day), 8.3)
            s.text(x + 166, y + 25 + r * 14, money(balance), 8.3, align="r")
    y += 15 + per_col * 14 + 30
    s.wrap(40, y, "In case of errors or questions about your electronic transfers, call or write us at the number or "
           "address on this statement as soon as you can. We must hear from you no later than 60 days after we sent "
           "you the FIRST statement on which the problem appeared.", 532, 8, "sans", 10.5, 0.3)
    return [p1, p2]


def _channel(desc: str) -> str:
    if desc.startswith(("POS", "ATM")):
        return "card"
    return "check" if desc.startswith("CHECK") else "electronic"


def statement_keystone(st: Statement) -> list[Sheet]:
    """A national bank's statement whose activity is grouped by channel: a Checking Summary with an Instances column,
    then "Deposits and Additions", "ATM & Debit Card Withdrawals", "Electronic Withdrawals" and "Checks Paid", each
    with its total."""
    p1, p2 = Sheet(), Sheet()
    for number, s in enumerate((p1, p2), start=1):
        s.rect(40, 38, 12, 30, stroke=None, fill=0.2)
        s.rect(55, 38, 12, 30, stroke=None, fill=0.45)
        s.text(74, 54, st.bank, 14, "sans-b")
        s.text(74, 66, f"P O Box 182051  {DOT}  Columbus, OH 43218-2051", 7.5, "sans", 0.3)
        s.text(572, 52, f"{long_date(st.start)} through {long_date(st.end)}", 9, "sans-b", align="r")
        s.text(572, 65, f"Account Number: XXXXXXXXX{st.last4}", 9, align="r")
        s.text(572, 764, f"Page {number} of 2", 7.5, "sans", 0.35, "r")
    s = p1
    y = 108
    for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
        s.text(72, y, line, 9.5)
        y += 12
    s.rect(340, 96, 232, 58, width=0.5, stroke=0.5)
    for i, line in enumerate(("CUSTOMER SERVICE INFORMATION", "Web site: keystonebank.example",
                              "Service Center: 1-800-555-0177", "Para Espanol: 1-888-555-0178")):
        s.text(348, 109 + i * 12, line, 7.8, "sans-b" if i == 0 else "sans")
    groups: dict[str, list[tuple[date, str, Decimal, Decimal]]] = {"deposit": [], "card": [], "electronic": [],
                                                                   "check": []}
    for r in st.rows:
        groups["deposit" if r[2] > 0 else _channel(r[1])].append(r)

    def total(key: str) -> Decimal:
        return abs(sum((r[2] for r in groups[key]), Decimal(0)))

    y = 184
    s.text(40, y, "CHECKING SUMMARY", 10.5, "sans-b")
    s.text(300, y, "Total Checking", 9, "sans", 0.3)
    y += 8
    s.rect(40, y, 532, 15, stroke=None, fill=0.85)
    s.text(400, y + 11, "INSTANCES", 8, "sans-b", align="r")
    s.text(566, y + 11, "AMOUNT", 8, "sans-b", align="r")
    y += 15
    lines = [("Beginning Balance", "", f"${money(st.begin)}"),
             ("Deposits and Additions", str(len(groups["deposit"])), money(total("deposit"))),
             ("ATM & Debit Card Withdrawals", str(len(groups["card"])), f"-{money(total('card'))}"),
             ("Electronic Withdrawals", str(len(groups["electronic"])), f"-{money(total('electronic'))}"),
             ("Checks Paid", str(len(groups["check"])), f"-{money(total('check'))}" if groups["check"] else "0.00"),
             ("Ending Balance", str(len(st.rows)), f"${money(st.ending)}")]
    for i, (label, count, amount) in enumerate(lines):
        bold = i in (0, len(lines) - 1)
        s.text(46, y + 12, label, 9, "sans-b" if bold else "sans")
        s.text(400, y + 12, count, 9, align="r")
        s.text(566, y + 12, amount, 9, "sans-b" if bold else "sans", align="r")
        s.line(40, y + 16, 572, y + 16, 0.3, 0.6)
        y += 16
    y += 26

    def section(sheet: Sheet, y: float, title: str, key: str) -> float:
        rows = groups[key]
        if not rows:
            return y
        sheet.rect(40, y, 532, 16, stroke=None, fill=0.2)
        sheet.text(46, y + 11.5, title, 9, "sans-b", 1.0)
        y += 16
        if key == "check":
            heads = [(46, "CHECK NO.", "l"), (160, "DATE PAID", "l"), (566, "AMOUNT", "r")]
        else:
            heads = [(46, "DATE", "l"), (100, "DESCRIPTION", "l"), (566, "AMOUNT", "r")]
        for x, head, align in heads:
            sheet.text(x, y + 11, head, 7.5, "sans-b", 0.3, align)
        y += 24
        for day, desc, amount, _ in rows:
            if key == "check":
                sheet.text(46, y, desc.split()[-1], 8.8)
                sheet.text(160, y, f"{day:%m/%d}", 8.8)
            else:
                sheet.text(46, y, f"{day:%m/%d}", 8.8)
                sheet.text(100, y, desc, 8.8)
            sheet.text(566, y, money(abs(amount)) if amount > 0 else f"-{money(-amount)}", 8.8, align="r")
            y += 13
        sheet.line(40, y - 8, 572, y - 8, 0.5)
        label = {"deposit": "Total Deposits and Additions", "card": "Total ATM & Debit Card Withdrawals",
                 "electronic": "Total Electronic Withdrawals", "check": "Total Checks Paid"}[key]
        sheet.text(46, y + 4, label, 8.8, "sans-b")
        value = money(total(key)) if key == "deposit" else f"-{money(total(key))}"
        sheet.text(566, y + 4, f"${value}" if key == "deposit" else value, 8.8, "sans-b", align="r")
        return y + 28

    y = section(s, y, "DEPOSITS AND ADDITIONS", "deposit")
    y = section(s, y, "CHECKS PAID", "check")
    s = p2
    s.text(40, 100, f"{st.holder.upper}  {DOT}  Account Number XXXXXXXXX{st.last4}", 8.5, "sans", 0.3)
    y = section(s, 118, "ATM & DEBIT CARD WITHDRAWALS", "card")
    y = section(s, y, "ELECTRONIC WITHDRAWALS", "electronic")
    s.text(40, y + 6, f"Your ending balance on {long_date(st.end)} was ${money(st.ending)}.", 9, "sans-b")
    s.wrap(40, y + 30, "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC FUNDS TRANSFERS: Call us or write us at "
           "the address on the front of this statement immediately if you think your statement or receipt is "
           "incorrect. We must hear from you no later than 60 days after we sent you the first statement on which the "
           "problem or error appeared.", 532, 7.5, "sans", 10, 0.3)
    return [p1, p2]


# --- letters and other papers --------------------------------------------------------------------------------------


def ssa_cola_notice(person_: Person, ssn4: str, home: Address, when: date, gross: Decimal, part_b: Decimal) -> Doc:
    """Social Security's December notice of the new year's benefit after the cost-of-living adjustment: the
    monthly amount before deductions, the Medicare premium taken out, and the amount paid."""
    s = Sheet()
    paid = (gross - part_b).to_integral_value(ROUND_FLOOR)
    s.text(40, 52, "SOCIAL SECURITY ADMINISTRATION", 12, "sans-b")
    s.text(40, 65, "Important Information", 9, "sans")
    s.text(572, 52, long_date(when), 10, align="r")
    s.text(572, 65, f"Claim Number: XXX-XX-{ssn4}A", 9, align="r")
    y = 106
    for line in (person_.upper, home.street.upper(), home.last_line.upper()):
        s.text(72, y, line, 10)
        y += 13
    y += 24
    s.text(40, y, f"Your New Benefit Amount for {when.year + 1}", 15, "sans-b")
    y += 14
    s.text(40, y, "Benefits for People with Disabilities", 10, "sans-i", 0.25)
    y += 22
    y = s.wrap(40, y, f"Social Security benefits will increase by 2.7 percent in {when.year + 1} because of a rise "
               "in the cost of living. You can use this letter when you need proof of your benefit amount to get "
               "loans, food assistance, housing help or other benefits.", 532, 10, "sans", 13.5) + 10
    s.text(40, y, "How Much Will I Get And When?", 11, "sans-b")
    y += 16
    table = [("Your monthly Social Security benefit before deductions is", f"${money(gross)}"),
             ("The amount we deduct for Medicare medical insurance is", f"${money(part_b)}"),
             ("The amount we deduct for your Medicare prescription drug plan is", "$0.00"),
             ("The amount we deduct for voluntary Federal tax withholding is", "$0.00"),
             (f"After we take any other deductions, you will receive on or about January "
              f"{_second_wednesday(when.year + 1)}, {when.year + 1}", f"${money(paid)}")]
    for label, value in table:
        s.rect(40, y, 532, 20, width=0.4, stroke=0.55)
        s.text(48, y + 13.5, label, 9.3)
        s.text(564, y + 13.5, value, 9.5, "sans-b", align="r")
        y += 20
    y += 16
    y = s.wrap(40, y, "We pay benefits monthly, by direct deposit to the account you chose. The benefit is paid for "
               "the month before the one in which you receive it. Part of your Social Security benefits may be "
               "taxable income; in January we will mail you a Form SSA-1099.", 532, 10, "sans", 13.5) + 10
    y = s.wrap(40, y, "If you think we are wrong, you can ask us to look at our decision again. You must ask within "
               "60 days from the date you receive this letter.", 532, 10, "sans", 13.5) + 10
    s.text(40, y + 10, "Social Security Administration", 10, "sans-i")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": gross,
                                        "benefit_type": "benefits_taxable"}, [s])


def _second_wednesday(year: int) -> int:
    """The second Wednesday of January: the day the notice says the first new payment comes."""
    first = date(year, 1, 1)
    return (first + timedelta(days=(2 - first.weekday()) % 7 + 7)).day


def support_history(payee: Person, payer: Person, home: Address, printed: date, monthly: Decimal,
                    rng: random.Random) -> Doc:
    """A state disbursement unit's child support payment history printed from its portal: the order's monthly
    amount, and six months of payments received and sent on. An "other" paper; the statements carry that income."""
    s = Sheet()
    state = hb.STATES.get(home.state, home.state)
    s.text(40, 50, f"{state.upper()} CHILD SUPPORT SERVICES", 12, "sans-b")
    s.text(40, 63, "State Disbursement Unit  \u00b7  Payment History", 9.5, "sans", 0.25)
    s.text(572, 50, f"Printed {us(printed)}", 8.5, "sans", 0.3, "r")
    s.line(40, 72, 572, 72, 0.8)
    y = 96
    facts = [("Case Number", f"CS-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFG')}"),
             ("Custodial Party", payee.name), ("Non-Custodial Party", payer.name),
             ("Current Support Order", f"${money(monthly)} per month, due on the 1st"),
             ("Payment Method", "Income withholding (employer)")]
    for label, value in facts:
        s.text(40, y, f"{label}", 9, "sans-b", 0.3)
        s.text(180, y, value, 9.5)
        y += 15
    y += 14
    heads = [(44, "Date Received", "l"), (150, "Date Disbursed", "l"), (260, "Source", "l"), (440, "Type", "l"),
             (566, "Amount", "r")]
    s.rect(40, y, 532, 16, stroke=None, fill=0.86)
    for x, head, align in heads:
        s.text(x, y + 11.5, head, 8.5, "sans-b", 0.0, align)
    y += 16
    month = hp.add_months(printed, -5)
    for _ in range(6):
        got = month + timedelta(days=rng.randint(0, 3))
        cells = [us(got), us(got + timedelta(days=2)), "Employer withholding", "Current support", money(monthly)]
        s.rect(40, y, 532, 16, width=0.4, stroke=0.6)
        for (x, _h, align), value in zip(heads, cells, strict=True):
            s.text(x, y + 11.5, value, 8.8, "sans", 0.0, align)
        y += 16
        month = hp.add_months(month, 1)
    y += 20
    s.wrap(40, y, "Payments are disbursed to the custodial party by direct deposit within two business days of "
           "receipt. This history is for information only and is not a certified payment record.", 532, 8.5, "sans-i",
           11, 0.3)
    return Doc("other", {}, [s])


def quitclaim_deed(grantor: Person, grantee: Person, home: Address, recorded: date, rng: random.Random) -> Doc:
    """A recorded quitclaim deed: "Recording requested by / When recorded mail to" block, the recorder's stamp in the
    corner, the grant, the property by lot and street, the grantor's signature and a notary's acknowledgment."""
    s = Sheet()
    county = rng.choice(["Pinecone", "Cheyenne Ridge", "Ashland", "Kettle River"])
    addition = rng.choice(["Meadowlark", "Stone Hollow", "Birch Run"])
    state = hb.STATES.get(home.state, home.state)
    y = 50
    for line in ("RECORDING REQUESTED BY AND", "WHEN RECORDED MAIL TO:", grantee.name, home.street, home.last_line):
        s.text(40, y, line, 8.5, "sans-b" if y < 70 else "sans")
        y += 11
    doc_no = f"{recorded.year}-{rng.randint(100000, 999999):07d}"
    s.rect(330, 40, 242, 74, width=1.2, stroke=0.25)
    for i, line in enumerate((f"DOC # {doc_no}", f"Recorded {us(recorded)} {rng.randint(8, 15)}:"
                              f"{rng.randint(10, 59)} {'AM' if rng.random() < 0.5 else 'PM'}",
                              f"Official Records, {county} County, {state}", "Recorder: Dana M. Whitlock",
                              f"Fee $ {rng.choice(['24.00', '31.00', '40.00'])}   Pages 1")):
        s.text(338, 55 + i * 13, line, 8.5, "mono-b" if i == 0 else "mono", 0.15)
    s.line(40, 124, 572, 124, 0.6)
    s.text(40, 138, f"APN: {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}", 9)
    s.text(572, 138, "Documentary transfer tax: $0.00 (no consideration)", 8.5, "sans", 0.0, "r")
    s.text(306, 172, "QUITCLAIM DEED", 16, "serif-b", align="c")
    y = 200
    for paragraph in (
            f"FOR NO CONSIDERATION, {grantor.upper}, an unmarried person, hereby REMISES, RELEASES AND FOREVER "
            f"QUITCLAIMS to {grantee.upper}, an unmarried person, all of the Grantor's right, title and interest in "
            f"the real property in the County of {county}, State of {state}, described as follows:",
            f"Lot {rng.randint(2, 40)}, Block {rng.randint(1, 9)}, of {addition} "
            f"Addition, according to the plat thereof recorded in Book {rng.randint(10, 90)} of Plats, page "
            f"{rng.randint(1, 60)}, records of said County; commonly known as {home.one_line}.",
            "The Grantor and the Grantee, who owned the property together and were never married to each other, "
            "have separated; the Grantor gives up every right to the property and its occupancy."):
        y = s.wrap(60, y, paragraph, 492, 10.5, "serif", 15) + 8
    signed = recorded - timedelta(days=rng.randint(3, 12))
    y += 8
    s.text(60, y, f"Dated: {long_date(signed)}", 10.5, "serif")
    y += 40
    s.signature(rng, 80, y, 170, 22, gray=0.1)
    s.line(60, y + 3, 300, y + 3, 0.6)
    s.text(60, y + 15, f"{grantor.name}, Grantor", 9.5, "serif")
    y += 40
    s.rect(60, y, 492, 126, width=0.6)
    s.text(70, y + 16, f"STATE OF {state.upper()}, COUNTY OF {county.upper()}  ss.", 9, "serif-b")
    s.wrap(70, y + 32, f"On {long_date(signed)}, before me, the undersigned notary public, personally appeared "
           f"{grantor.name}, proved to me on the basis of satisfactory evidence to be the person whose name is "
           "subscribed to this instrument, and acknowledged that he executed it.", 470, 9, "serif", 12)
    s.signature(rng, 90, y + 106, 140, 18, gray=0.12)
    s.line(70, y + 108, 280, y + 108, 0.5)
    s.text(70, y + 119, "Notary Public", 8, "serif")
    s.circle(460, y + 86, 30, 0.8)
    s.text(460, y + 84, "NOTARY", 7, "serif-b", 0.3, "c")
    s.text(460, y + 94, "SEAL", 7, "serif-b", 0.3, "c")
    return Doc("quitclaim_deed", {}, [s])


def physician_statement(patient: Person, home: Address, when: date, since: date, rng: random.Random) -> Doc:
    """A family physician's short statement on letterhead: the patient is under care for a serious condition and
    can work only limited hours; no diagnosis given."""
    s = Sheet()
    s.text(306, 56, "Lakeshore Family & Internal Medicine, P.C.", 14, "serif-b", align="c")
    s.text(306, 70, f"2250 Harbor Point Drive, Suite 300  {DOT}  {home.city}, {home.state}  {DOT}  "
           "(555) 010-4400", 8.5, "serif", 0.3, "c")
    s.line(72, 80, 540, 80, 0.7)
    s.text(72, 112, long_date(when), 11, "serif")
    s.text(72, 140, "To Whom It May Concern:", 11, "serif")
    s.text(72, 162, f"RE: {patient.name}", 11, "serif-b")
    y = 190
    for paragraph in (
            f"{patient.first} {patient.last} has been my patient for several years and has been under my active care "
            f"for a serious medical condition since {since:%B %Y}.",
            "Because of this condition and its treatment, I have advised that the patient work no more than 30 hours a "
            "week for at least the next twelve months. I expect the limitation to be long-term.",
            "Please extend any consideration you can. I am not releasing further medical details; the patient can "
            "authorize a records request if one is needed."):
        y = s.wrap(72, y, paragraph, 468, 11, "serif", 15) + 10
    y += 10
    s.text(72, y, "Sincerely,", 11, "serif")
    s.signature(rng, 80, y + 40, 150, 22, gray=0.1)
    doctor = rng.choice(["Anjali R. Desmond, M.D.", "Howard Ishikawa, M.D.", "Teresa Vanterpool, D.O."])
    s.text(72, y + 56, doctor, 11, "serif")
    s.text(72, y + 70, "Board Certified, Internal Medicine", 9.5, "serif-i", 0.3)
    return Doc("medical_statement", {"letter_date": when}, [s])


def explanation_letter(app: GApplication, when: date, to: str, paragraphs: Sequence[str], rng: random.Random) -> Doc:
    """A "Letter of Explanation" typed from a template as a memo: a ruled Date / To / From / Loan # / Re block, the
    story, both borrowers' signatures over their typed names."""
    s = Sheet()
    s.text(306, 66, "LETTER OF EXPLANATION", 16, "sans-b", align="c")
    s.line(72, 76, 540, 76, 1.2)
    y = 100
    co = app.co_borrower
    names = app.borrower.name + (f" and {co.name}" if co else "")
    for label, value in (("Date", long_date(when)), ("To", to), ("From", names), ("Loan #", app.loan),
                         ("Re", "Hardship affecting our mortgage payment")):
        s.text(72, y, f"{label}:", 10.5, "sans-b")
        s.text(140, y, value, 10.5)
        s.line(140, y + 4, 540, y + 4, 0.3, 0.6)
        y += 20
    y += 14
    for paragraph in paragraphs:
        y = s.wrap(72, y, paragraph, 468, 10.5, "sans", 14.5) + 8
    y += 20
    for x, person_ in ((72, app.borrower), *([(310, co)] if co else [])):
        s.signature(rng, x + 8, y + 24, 150, 22, gray=0.1)
        s.line(x, y + 28, x + 200, y + 28, 0.6)
        s.text(x, y + 40, person_.name, 10)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def pnl_quarter(owner: Person, business: str, quarter_end: date, revenue: Sequence[Decimal],
                cogs: Sequence[Decimal], expenses: Sequence[tuple[str, Sequence[Decimal]]], signed_on: date,
                rng: random.Random) -> Doc:
    """A small business's quarterly profit and loss from its accounting app, cash basis, one column per month and
    a quarter total, signed and dated by the owner in pen under a certification."""
    s = Sheet()
    months = [hp.add_months(quarter_end, -2), hp.add_months(quarter_end, -1), hp.add_months(quarter_end, 0)]
    start = months[0]
    s.text(306, 56, business, 14, "sans-b", align="c")
    s.text(306, 74, "Profit and Loss", 12, "sans", align="c")
    s.text(306, 89, f"{start:%B} 1 through {long_date(quarter_end)}", 9.5, "sans", 0.2, "c")
    s.text(306, 101, "Cash Basis", 8.5, "sans-i", 0.35, "c")
    cols = [330, 402, 474, 562]
    y = 128
    for x, head in zip(cols, [f"{m:%b %Y}" for m in months] + ["TOTAL"], strict=True):
        s.text(x, y, head, 8.5, "sans-b", 0.0, "r")
    s.line(40, y + 5, 572, y + 5, 0.8)
    y += 22

    def line(label: str, values: Sequence[Decimal], indent: int = 0, bold: bool = False, rule: bool = False) -> None:
        nonlocal y
        if rule:
            s.line(260, y - 10, 572, y - 10, 0.5)
        s.text(44 + indent, y, label, 9, "sans-b" if bold else "sans")
        for x, value in zip(cols, [*values, sum(values, Decimal(0))], strict=True):
            s.text(x, y, money(value) if value >= 0 else f"-{money(-value)}", 9, "sans-b" if bold else "sans",
                   0.0, "r")
        y += 15

    s.text(44, y, "Income", 9, "sans-b")
    y += 15
    line("Grooming services", revenue, 12)
    line("Total Income", revenue, 0, True, True)
    line("Cost of Goods Sold - shampoo & supplies", cogs, 12)
    gross = [r - c for r, c in zip(revenue, cogs, strict=True)]
    line("Gross Profit", gross, 0, True, True)
    s.text(44, y, "Expenses", 9, "sans-b")
    y += 15
    for label, values in expenses:
        line(label, values, 12)
    totals = [sum((v[i] for _, v in expenses), Decimal(0)) for i in range(3)]
    line("Total Expenses", totals, 0, True, True)
    net = [g - t for g, t in zip(gross, totals, strict=True)]
    line("Net Income", net, 0, True, True)
    s.line(260, y - 11, 572, y - 11, 0.5)
    s.line(260, y - 9, 572, y - 9, 0.5)
    y += 30
    s.wrap(44, y, "I certify that this profit and loss statement is true and complete and was prepared from the books "
           "of the business for the period shown.", 520, 9.5, "sans", 13)
    y += 64
    s.line(44, y, 300, y, 0.6)
    s.signature(rng, 60, y - 2, 180, 22, gray=0.1)
    s.text(44, y + 12, f"{owner.name}, Owner", 8.5)
    s.line(340, y, 480, y, 0.6)
    hb.Pen(rng, hand=True, gray=0.12).write(s, 348, y - 3, us(signed_on), 10)
    s.text(340, y + 12, "Date", 8.5)
    s.text(306, 750, f"Accrual adjustments not included  {DOT}  Printed from LedgerNest Online", 7, "sans", 0.4, "c")
    return Doc("profit_and_loss_statement", {"period_start": start, "period_end": quarter_end,
                                             "net_income": sum(net, Decimal(0)), "signed": True}, [s])


# --- delivery -----------------------------------------------------------------------------------------------------


@dataclass
class TiredCopy(Doc):
    """Pages photocopied on a tired machine before they were scanned: a grey cast, darker and fatter toner, coarse
    grain and a faint streak from a scratched drum down the same place of every sheet."""

    seed: int = 0

    def images(self, dpi: int) -> list[Image.Image]:
        out = []
        streak = random.Random(self.seed).uniform(0.25, 0.8)
        for n, page in enumerate(super().images(dpi)):
            g = np.random.default_rng(self.seed * 31 + n)
            arr = np.asarray(page.convert("L").filter(ImageFilter.GaussianBlur(0.4)), dtype=np.float32)
            arr = 255 - (255 - arr) * 1.08
            arr = arr * 0.86 + 8
            h, w = arr.shape
            grain = g.normal(0, 11, (h // 2 + 1, w // 2 + 1)).repeat(2, axis=0).repeat(2, axis=1)[:h, :w]
            arr += grain
            x = int(w * streak)
            arr[:, x:x + max(2, dpi // 75)] -= 55 + 15 * np.sin(np.arange(h) / 37.0)[:, None]
            out.append(Image.fromarray(arr.clip(0, 255).astype(np.uint8)))
        return out


def tired(doc: Doc, seed: int) -> TiredCopy:
    return TiredCopy(doc.type, doc.fields, doc.sheets, doc.pdf, doc.facts, listed=doc.listed, seed=seed)


def face_up(docs: Sequence[Doc]) -> list[Doc]:
    """A stack fed face up: the file holds the last page first, every document's pages in reverse."""
    for doc in docs:
        doc.delivered_order = list(range(doc.page_count))[::-1]
    return list(docs)[::-1]


@dataclass
class IFile(FFile):
    """A file as dropped in the inbox; `arrives_after` seconds after the packet's first file (its mtime)."""

    arrives_after: int = 0


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_f's writer (duplex backs, fax header lines, separator sheets, pages out of order), then each
    file's modification time set to when it arrived."""
    expected = hf.write_packet(packet, root)
    base = time.time() - 6 * 3600
    for n, file in enumerate(packet.files):
        moment = base + n + getattr(file, "arrives_after", 0)
        os.utime(root / packet.name / "inbox" / file.name, (moment, moment))
    return expected


# --- self-check ----------------------------------------------------------------------------------------------------


def _renderings(name: str, value: Any) -> list[str]:
    """holdout_packets_f's renderings, plus dates typed with dashes or as mm/dd/yy and the Social Security wording."""
    if name == "benefit_type":
        return {"benefits_taxable": ["social security"], "benefits_nontaxable": ["non-taxable"],
                "unemployment": ["unemployment"]}[value]
    out = hf._renderings(name, value)
    if isinstance(value, date):
        out += [_dash(value), _yy(value), f"{value.month}/{value.day}/{value.year}"]
    if name == "frequency":
        out += ["biweekly", "weekly", "monthly"]
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
        text = hc._text(app_doc) + "\n" + str(getattr(app, "facts", {}).get("written", "")).lower()
        wanted: list[list[str]] = [[app.loan], [app.borrower.name], [app.ssn4], [app.address.street],
                                   [app.address.city], [app.address.state], [app.address.zip]]
        if app_doc.pdf is None:  # Form 710 prints no total: the expected total is the sum of its lines
            wanted.append([money(app.total)])
        wanted += [[money(a)] for _, a, _ in app.income_lines]
        if app.co_borrower:
            wanted += [[app.co_borrower.name], [app.co_ssn4 or ""]]
        wanted += [_renderings("date", d) for d in (app.hardship_start, app.signed_on, app.co_signed_on) if d]
        problems += [f"application value {w[0]!r} not printed" for w in wanted
                     if not any(hc._printed(o, text) for o in w)]
    return problems


# --- packets -------------------------------------------------------------------------------------------------------


def received_on(rng: random.Random, earliest: date = date(2027, 6, 7), span: int = 81) -> date:
    """A weekday between early June and late August 2027 (or from `earliest` for `span` days)."""
    return hp.weekday_on_or_before(earliest + timedelta(days=rng.randint(0, span)))


def _email(person_: Person, rng: random.Random) -> str:
    return hf._email(person_, rng)


def _dollars(rng: random.Random, low: int, high: int) -> str:
    return f"${money(Decimal(rng.randrange(low, high)) / 100)}"


def packet_brp_typed_folder(seed: int) -> Packet:
    """Quarry Point's Borrower Response Package typed into its PDF and signed by both borrowers; the borrower's
    medical-center pay slip, a Letter of Explanation carrying & < > " ' {{ 7*7 }} ${7*7} about the co-borrower's
    illness, and one regional-bank statement with CR / DR amounts and a daily balance grid, born digital in a folder
    named after the loan. Complete."""
    rng = random.Random(seed * 7919 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Ren\u00e9e", "A.", "Duchamp-Obi")
    co = Person("Chidi", None, "Obi")
    home = hp.address(rng)
    stub, lines = hospital_stub(rng, borrower, home, received, rng.randint(4, 11))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", cents(stub.gross * 26 / 12), "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["reduction_in_income", "disability_or_illness"],
                hardship_start=received - timedelta(days=rng.randint(110, 230)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(co_phone=hp.phone(rng), cash=_dollars(rng, 40000, 260000), savings=_dollars(rng, 0, 90000),
                     story="Chidi's kidney disease: dialysis 3 days a week, he cannot work; I cut my shifts to drive "
                           "him.")
    app_doc = Doc("mortgage_assistance_application", {}, brp_form(app, "typed", rng))
    stub_doc = stub.doc([stub_medical_center(stub, lines, rng)])
    letter = explanation_letter(app, signed_on - timedelta(days=1), f"{QUARRY[0]}, Home Retention Department", [
        "My husband Chidi was diagnosed with kidney failure in the winter & has been on dialysis three days a week "
        "since. He worked as a surveyor; his doctors say he cannot go back to field work.",
        "I am a nurse at Mercy Lakes. I dropped from full time to about 0.75 FTE so I can take him to treatment, so "
        "our income is < half of what it was & the payment is > 45% of what we bring in.",
        "A note on our names: your online form turned our last name into \"{{ 7*7 }}\" and the text reply read "
        "'Dear ${7*7}'. Please write it as Duchamp-Obi (with the accent on Ren\u00e9e) on every letter.",
        "We want to keep our home and ask to be reviewed for a loan modification or any plan that lowers the "
        "payment until Chidi's transplant evaluation is done."], rng)
    month = hp.add_months(received, -1)
    st = hf.statements(rng, PRAIRIE, borrower, home, [month], hp.digits(rng, 4), lambda start: [
        (rng.randint(2, 6), "MERCY LAKES UMC PAYROLL DIR DEP", stub.net),
        (rng.randint(16, 20), "MERCY LAKES UMC PAYROLL DIR DEP", stub.net)], n_debits=16)[0]
    statement_doc = st.doc(statement_prairie(st, joint=co))
    docs = [app_doc, stub_doc, letter, statement_doc]
    files = [IFile(f"{loan}/Borrower Response Package - signed.pdf", [app_doc]),
             IFile(f"{loan}/Pay Slip {stub.pay_date:%Y-%m-%d}.pdf", [stub_doc]),
             IFile(f"{loan}/Letter of Explanation.pdf", [letter]),
             IFile(f"{loan}/Prairie Lantern stmt {month:%b %Y}.pdf", [statement_doc])]
    return Packet("i1-brp-table-typed-digital-folder-co-borrower-pay-slip-crdr-statement", received, app, docs, files,
                  loan, [])


def packet_intake_two_files(seed: int) -> Packet:
    """A housing counselor's intake typed and signed on a signature pad, sent born digital; hours later the
    documents, scanned at 200 dpi into a second file with no loan number: Social Security's December cost-of-living
    notice (stale by now), the child support payment history and two national-bank statements that carry both
    incomes. The illness is explained only inside the form. Incomplete: hardship_doc:disability_or_illness."""
    rng = random.Random(seed * 7919 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Mercedes", None, "Ibarra de la Pe\u00f1a")
    ex = Person("Juli\u00e1n", "E.", "Ibarra")
    home = hp.address(rng)
    gross = Decimal(rng.randrange(13500, 23500)) / 10
    part_b = Decimal("206.50")
    paid = (gross - part_b).to_integral_value(ROUND_FLOOR)
    support = Decimal(rng.randrange(350, 900, 25))
    session = hp.weekday_on_or_before(received - timedelta(days=rng.randint(3, 8)))
    app = g_app([("benefits_taxable", gross, "B"), ("other", support, "B")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disability_or_illness", "reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(200, 330)), signed=True, signed_on=session,
                phone=hp.phone(rng), email=_email(borrower, rng))
    mortgage = _dollars(rng, 95000, 180000)
    app.facts.update(
        mortgage=mortgage, behind="3",
        story="Ms. Ibarra de la Pe\u00f1a worked as a dental hygienist until a spinal injury last year; she now "
              "receives Social Security disability, which is about half of her former pay, and child support for "
              "her two children. She has applied for vocational rehabilitation and expects her income to stay at "
              "this level for at least a year.",
        budget=f"Mortgage (PITI)={mortgage}|Utilities={_dollars(rng, 18000, 32000)}|"
               f"Food={_dollars(rng, 40000, 70000)}|Car payment & insurance={_dollars(rng, 30000, 55000)}|"
               f"Medical / prescriptions={_dollars(rng, 8000, 30000)}|Phone & internet={_dollars(rng, 9000, 16000)}")
    app_doc = Doc("mortgage_assistance_application", {}, counselor_intake(app, "pad", session, rng))
    cola = ssa_cola_notice(borrower, app.ssn4, home, date(received.year - 1, 12, rng.randint(1, 9)), gross, part_b)
    history = support_history(borrower, ex, home, received - timedelta(days=rng.randint(4, 10)), support, rng)
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    sts = hf.statements(rng, KEYSTONE, borrower, home, months, hp.digits(rng, 4), lambda start: [
        (rng.randint(1, 4), f"{home.state} SDU CHILD SUPPORT PMT", support),
        (rng.randint(12, 20), "SSA TREAS 310 XXSOC SEC", paid)], n_debits=14)
    statement_docs = [st.doc(statement_keystone(st)) for st in sts]
    docs = [app_doc, cola, history, *statement_docs]
    scan = Scan(200, skew=0.4, noise=0.0006, blur=0.45, paper=238, seed=seed + 21)
    files = [IFile("Intake application - Ibarra.pdf", [app_doc]),
             IFile("Intake documents - Ibarra.pdf", [cola, history, *statement_docs], scan, arrives_after=3 * 3600)]
    return Packet("i2-counselor-intake-digital-then-documents-scan-stale-cola-illness-explained-in-form", received,
                  app, docs, files, loan, ["hardship_doc:disability_or_illness"])


def packet_quick_app_fax_separators(seed: int) -> Packet:
    """Wrenfield's one-page Quick Application filled by hand (capitals, comb boxes, check marks, signed over
    "X______"), faxed at 200 dpi with a barcode separator sheet before every document: the temp agency's weekly
    statement from months ago and one national-bank statement. Incomplete: income_doc:wages."""
    rng = random.Random(seed * 7919 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10)
    borrower = Person("Patrick", "J.", "O'Halloran")
    home = hp.address(rng)
    stub, jobs = temp_stub(rng, borrower, home, received, rng.randint(100, 125))
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = g_app([("wages", cents(stub.gross * 52 / 12), "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence",
                hardships=["reduction_in_income", "increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(90, 200)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng))
    app.facts.update(duration="short")
    app_doc = Doc("mortgage_assistance_application", {}, quick_application(app, rng))
    stub_doc = stub.doc([stub_temp(stub, jobs, rng)])
    month = hp.add_months(received, -1)
    st = hf.statements(rng, KEYSTONE, borrower, home, [month], hp.digits(rng, 4), lambda start: [
        (day, "STAFFBRIDGE TEMP PAYROLL PPD", cents(stub.net * Decimal(rng.randrange(70, 115)) / 100))
        for day in (5, 12, 19, 26)], n_debits=13)[0]
    statement_doc = st.doc(statement_keystone(st))
    docs = [app_doc, stub_doc, statement_doc]
    fax = Scan(200, skew=0.35, noise=0.0008, blur=0.4, fax=True, seed=seed + 31)
    header = (f"{received:%b %d %Y} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}  FROM:{app.phone}  "
              "WRENFIELD PAYMENT HELP  #{page}/{pages}")
    parts: list[Doc] = []
    for doc in docs:
        parts += [hf.separator(loan), doc]
    files = [IFile(f"FAX_{received:%Y%m%d}_{rng.randint(100000, 999999)}.pdf", parts, fax, header=header)]
    return Packet("i3-quick-app-hand-ticks-fax-separator-before-each-doc-temp-stub-stale", received, app, docs, files,
                  loan, ["income_doc:wages"])


def packet_form710_face_up(seed: int) -> Packet:
    """The real Form 710 filled through its AcroForm (dates with dashes, HOA dues, co-borrower's contact lines) and
    signed by both, printed and scanned at 200 dpi with the school district's monthly statement, the co-borrower's
    quarterly profit and loss and his 4506-C, the stack fed face up so the file runs from the last page to the first.
    Complete."""
    rng = random.Random(seed * 7919 + 4)
    received = received_on(rng, date(2027, 7, 12), 46)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Dominique", None, "L\u00e9vesque-Tran")
    co = Person("Rafael", "A.", "Ferreira")
    home = hp.address(rng)
    stub, annual = school_stub(rng, borrower, home, received)
    quarter_end = date(received.year, 6, 30)
    revenue = [Decimal(rng.randrange(780000, 1240000)) / 100 for _ in range(3)]
    cogs = [cents(r * Decimal(rng.choice(["0.06", "0.07", "0.08"]))) for r in revenue]
    expenses = [(label, [Decimal(rng.randrange(low, high)) / 100 for _ in range(3)])
                for label, low, high in (("Van payment & fuel", 90000, 140000), ("Insurance", 21500, 21501),
                                         ("Mobile phone & booking app", 9500, 13000),
                                         ("Advertising", 5000, 25000), ("Equipment & repairs", 8000, 60000))]
    signed_pnl = received - timedelta(days=rng.randint(6, 11))
    pnl = pnl_quarter(co, "Ferreira Mobile Pet Grooming LLC", quarter_end, revenue, cogs, expenses, signed_pnl, rng)
    monthly_net = cents(pnl.fields["net_income"] / 3)
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = g_app([("wages", stub.gross, "B"), ("self_employment", monthly_net, "C")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disaster", "increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(60, 150)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(work_phone=hp.phone(rng), co_phone=hp.phone(rng), co_email=_email(co, rng),
                     hoa_dues=money(Decimal(rng.randrange(35, 95))), cash=money(Decimal(rng.randrange(900, 4800))),
                     savings=money(Decimal(rng.randrange(0, 2500))), duration="short")
    app_doc = Doc("mortgage_assistance_application", {}, pdf=form710_acroform(app, rng))
    stub_doc = stub.doc([stub_school(stub, annual, rng)])
    irs = hp.form_4506c(co, app.co_ssn4 or "", home, signed_pnl, rng, received.year - 1)
    docs = [app_doc, stub_doc, pnl, irs]
    scan = Scan(200, skew=0.3, noise=0.0004, blur=0.4, paper=244, seed=seed + 41)
    files = [IFile(f"ScanDoc_{received:%m%d%Y}_{rng.randint(1, 99):02d}.pdf", face_up(docs), scan)]
    return Packet("i4-form710-acroform-printed-200dpi-face-up-reversed-school-stub-quarterly-pnl-4506c", received, app,
                  docs, files, loan, [])


def packet_brp_hand_tired(seed: int) -> Packet:
    """Quarry Point's Borrower Response Package printed blank and hand-printed in capitals by a borrower whose
    unmarried co-owner moved out; two regional-bank statements carrying her pay and the basement tenant's rent, and
    the recorded quitclaim deed, all photocopied grey and grainy and scanned at 150 dpi in one file. Incomplete:
    irs_form_4506c."""
    rng = random.Random(seed * 7919 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10)
    borrower = Person("Shauna", "L.", "McKee-D'Amato")
    ex = Person("Travis", "W.", "Kettleman")
    home = hp.address(rng)
    biweekly = Decimal(rng.randrange(165000, 240000)) / 100
    net = cents(biweekly * Decimal("0.77"))
    rent = Decimal(rng.randrange(850, 1300, 25))
    net_rent = rent - Decimal(rng.choice([120, 175, 210]))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", cents(biweekly * 26 / 12), "B"), ("rental", net_rent, "B")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["separation_unmarried"], hardship_start=received - timedelta(days=rng.randint(90, 190)),
                signed=True, signed_on=signed_on, phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(cash=_dollars(rng, 20000, 150000),
                     story="Travis and I split up and he moved out. I pay the mortgage alone now with my pay and the "
                           "basement rent.")
    app_doc = Doc("mortgage_assistance_application", {}, brp_form(app, "hand", rng))
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    sts = hf.statements(rng, PRAIRIE, borrower, home, months, hp.digits(rng, 4), lambda start: [
        (rng.randint(1, 5), "MOBILE DEPOSIT - RENT UNIT B", rent),
        (rng.randint(6, 9), "HALVORSEN PRECISION PAYROLL", net),
        (rng.randint(20, 23), "HALVORSEN PRECISION PAYROLL", net)], n_debits=15)
    statement_docs = [st.doc(statement_prairie(st)) for st in sts]
    deed = quitclaim_deed(ex, borrower, home, received - timedelta(days=rng.randint(40, 120)), rng)
    docs = [app_doc, *statement_docs, deed]
    scan = Scan(150, skew=0.5, noise=0.0015, blur=0.55, paper=232, seed=seed + 51)
    copies = [tired(d, seed * 10 + i) for i, d in enumerate(docs)]
    files = [IFile(f"McKee-DAmato mortgage papers {received:%m-%d}.pdf", copies, scan)]
    return Packet("i5-brp-table-hand-capitals-grey-grainy-150dpi-rental-quitclaim-no-4506c", received, app, copies,
                  files, loan, ["irs_form_4506c"])


def packet_intake_ink_duplex(seed: int) -> Packet:
    """The counselor's intake typed, printed and signed in ink by the homeowner, who left her date empty (the
    counselor signed and dated her line); her transit authority payroll advice and her physician's statement,
    duplex-scanned at 200 dpi with a blank back behind every sheet. Incomplete: application_signature."""
    rng = random.Random(seed * 7919 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 12, 3)
    borrower = Person("Zo\u00eb", "R.", "Abernathy-Ngata")
    home = hp.address(rng)
    stub, lines = transit_stub(rng, borrower, home, received, rng.randint(4, 12))
    session = hp.weekday_on_or_before(received - timedelta(days=rng.randint(3, 7)))
    app = g_app([("wages", cents(stub.gross * 26 / 12), "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["disability_or_illness", "reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(120, 260)), signed=True, signed_on=None,
                phone=hp.phone(rng), email=_email(borrower, rng))
    mortgage = _dollars(rng, 110000, 190000)
    app.facts.update(
        mortgage=mortgage, behind="2",
        story="Ms. Abernathy-Ngata drives a city bus. A chronic illness diagnosed this year limits her to part-time "
              "runs on her doctor's orders, so her pay fell by about a third; her physician's statement is attached.",
        budget=f"Mortgage (PITI)={mortgage}|Utilities={_dollars(rng, 15000, 30000)}|"
               f"Food={_dollars(rng, 30000, 60000)}|Transportation={_dollars(rng, 8000, 20000)}|"
               f"Medical / prescriptions={_dollars(rng, 15000, 45000)}")
    app_doc = Doc("mortgage_assistance_application", {}, counselor_intake(app, "ink-undated", session, rng))
    stub_doc = stub.doc([stub_transit(stub, lines, rng)])
    note = physician_statement(borrower, home, received - timedelta(days=rng.randint(8, 25)),
                               app.hardship_start or received, rng)
    docs = [app_doc, stub_doc, note]
    scan = Scan(200, skew=-0.35, noise=0.0005, blur=0.45, paper=242, seed=seed + 61)
    files = [IFile(f"DUPLEX_SCAN_{received:%Y%m%d}_{rng.randint(1, 999):03d}.pdf", docs, scan, duplex=True)]
    return Packet("i6-counselor-intake-ink-undated-duplex-200dpi-transit-stub-physician", received, app, docs, files,
                  loan, ["application_signature"])


PACKETS = (packet_brp_typed_folder, packet_intake_two_files, packet_quick_app_fax_separators, packet_form710_face_up,
           packet_brp_hand_tired, packet_intake_ink_duplex)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 9710, write_packet, check)


if __name__ == "__main__":
    main()
