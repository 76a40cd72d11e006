"""A twelfth holdout set of borrower packets (l1..l6), laid out unlike the shared samples and unlike the a (first), b,
c, d, e, f, g, h, i, j and k sets, written without looking at the service's code, rules or tests, to gauge honestly how
it reads layouts nobody tuned it to.

    python benchmarks/holdout_packets_l.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a servicer's
two-page "Mortgage Assistance Application" (Kestrel Ridge, form KR-710S) in numbered sections ("Section 1: Borrower
and Co-Borrower"), the two people answered in two side-by-side panels under the column headings BORROWER and
CO-BORROWER (each panel with its own labels on answer lines: full name, SSN last 4, date of birth, phones, e-mail,
employer, marital status), choices as bracket boxes printed in the text ("[X] Primary residence  [ ] Second home",
crossed by hand inside "[ ]" when filled in pen), the hardship reasons as a list of radio circles filled solid (or
filled in with a pen), the duration as a row of radio circles, income as a table of sources by BORROWER and
CO-BORROWER with a TOTAL row per column and a boxed combined household total, and a signature block of a line with
"Date" to its right (typed with signature-pad strokes, typed then signed and dated in ink with the co-borrower's
line left empty, or printed blank and filled in pen, once with the hardship date left blank); the real Form 710
filled through its AcroForm, printed, signed and scanned at 240 dpi turned 1.5 degrees and saved as heavy JPEG, and
faxed in "fine" mode (204 x 196 dpi, non-square pixels) behind the servicer's barcode separator sheet that went
through the fax itself (sent in standard mode, streaked, its bars eroded). A veterinary group's semi-monthly
"Earnings Statement" whose every earning and deduction takes two lines (the item with This Period / Year to Date,
then its hours, rate or basis below) and whose pay date is printed only as "Check Date"; a nursery's weekly stub
printed by a line printer on tractor-feed green-bar paper (pin holes, perforations, shaded bands, capitals in a
fixed-width font, dates as mm/dd/yy, regular and overtime hours); a credit union's member statement holding a
Share Savings (suffix 00) and a Share Draft (suffix 10, the account where the income lands) under one masked member
number, and a mutual savings bank's statement whose summary is written as sentences ("On June 1, 2028 your balance
was ..."); two deposited rent checks printed from online banking (front and back of each item), a Form 1040 with
its signature page and Schedule C, a hardship letter handwritten in a slanted, heavy felt-tip script and scanned,
a state's unemployment "Claimant Payment History", a court's order for child support (an excerpt, an "other"
paper), an insurer's attending physician's statement (a medical statement), a residential lease (an "other" paper)
and a signed 4506-C. Delivered as a born-digital folder named after the loan whose files carry spaces, en dashes,
brackets, parentheses and accents in their names, one combined 240 dpi JPEG scan under an odd Unicode file name,
a copier's colour 300 dpi "scan to e-mail" in two files, a 300 dpi duplex scan with a blank back behind every sheet
and one sheet fed upside down, the fine-mode fax with its header line on every page, and a packet split into three
scanned files "1 of 3" .. "3 of 3" that arrive out of order (3, then 1, then 2).

The people's parts, drawing primitives, pens, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes follow
from the values drawn. `--check` (holdout_packets_j's) also confirms that every expected value is printed (or
hand-written) on its document and that the rules give each scenario's codes.
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2
from PIL import Image, ImageFilter
from reportlab import rl_config

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_f as hf
import holdout_packets_j as hj
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_g import GApplication, g_app
from holdout_packets_j import JFile, replace_seed

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

DOT, EN = "\u00b7", "\u2013"


def _slash(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def _yy(d: date) -> str:
    return d.strftime("%m/%d/%y")


# --- application: Kestrel Ridge's KR-710S ------------------------------------------------------------------------

KESTREL = ("Kestrel Ridge Loan Servicing",
           "Homeowner Assistance  |  PO Box 60215, Omaha, NE 68106  |  Fax 1-866-555-0139  |  1-800-555-0172")
KR_HARDSHIPS = [
    ("unemployment", "Loss of job / unemployment"),
    ("reduction_in_income", "Reduced pay, hours or commissions"),
    ("increase_in_housing_expenses", "Higher taxes, insurance, HOA dues"),
    ("disaster", "Natural or man-made disaster"),
    ("disability_or_illness", "Long-term illness or disability"),
    ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Unmarried co-borrowers separated"),
    ("death", "Death of a borrower or wage earner"),
    ("relocation", "Job transfer more than 50 miles away"),
    ("other", "Other (explain in a letter)"),
]
KR_INCOME = [
    ("wages", "Wages / salary (incl. overtime, tips, bonus)"),
    ("self_employment", "Self-employment income"),
    ("unemployment", "Unemployment benefits"),
    ("benefits_taxable", "Social Security / pension / disability (taxable)"),
    ("benefits_nontaxable", "SSI, VA or other non-taxable benefits"),
    ("rental", "Rents received"),
    ("investment", "Interest and dividends"),
    ("other", "Child support / alimony / other"),
]
KR_OCCUPANCY = [("primary_residence", "Primary residence"), ("second_home", "Second home"),
                ("investment_property", "Investment / rental property")]
KR_DURATION = [("short", "Short-term (under 6 months)"), ("long", "Long-term or permanent"),
               ("resolved", "Resolved as of today")]


def kestrel_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """KR-710S typed into its PDF ("typed": brackets typed "[X]", circles filled black, signature-pad strokes), typed
    then printed and signed and dated in ink ("ink"), or printed blank and filled in pen ("hand")."""
    hand = fill == "hand"
    pen = hb.Pen(rng, hand=hand, gray=0.13)
    ink = hb.Pen(rng, hand=True, gray=0.13)
    when = _slash if hand else us
    co = app.co_borrower
    facts = app.facts
    p1, p2 = Sheet(), Sheet()

    def bracket(s: Sheet, x: float, y: float, label: str, chosen: bool, size: float = 8.5) -> float:
        """A "[ ]" box printed in the text before its label; returns the x after the label."""
        box = hp.text_width("[ ]", "mono", size + 0.5)
        if chosen and not hand:
            s.text(x, y, "[X]", size + 0.5, "mono-b")
        else:
            s.text(x, y, "[ ]", size + 0.5, "mono")
            if chosen:
                cx, cy, j = x + box / 2, y - size * 0.33, rng.uniform
                s.line(cx - 4 + j(-1, 1), cy - 4 + j(-1, 1), cx + 4 + j(-1, 1), cy + 4 + j(-1, 1), 1.3, 0.13)
                s.line(cx - 4 + j(-1, 1), cy + 4 + j(-1, 1), cx + 4 + j(-1, 1), cy - 4 + j(-1, 1), 1.3, 0.13)
        s.text(x + box + 3, y, label, size)
        return x + box + 3 + hp.text_width(label, "sans", size) + 10

    def radio(s: Sheet, cx: float, cy: float, chosen: bool) -> None:
        s.circle(cx, cy, 4.2, 0.7)
        if chosen and hand:
            s.circle(cx + rng.uniform(-0.8, 0.8), cy + rng.uniform(-0.8, 0.8), 3.9, 1.3, fill=0.14)
        elif chosen:
            s.circle(cx, cy, 4.2, 0.7, fill=0.0)

    def section(s: Sheet, y: float, n: int, title: str) -> float:
        s.rect(40, y, 18, 16, stroke=None, fill=0.0)
        s.text(49, y + 12, str(n), 10, "sans-b", 1.0, "c")
        s.text(64, y + 12, f"Section {n}:  {title}", 10.5, "serif-b")
        s.line(40, y + 18, 572, y + 18, 1.0)
        return y + 34

    def answer(s: Sheet, x: float, y: float, label: str, right: float, value: str, size: float = 10.0) -> None:
        """The label, then an answer line running to `right` with the answer on it."""
        s.text(x, y, label, 7.8, "sans", 0.2)
        x0 = x + hp.text_width(label, "sans", 7.8) + 4
        s.line(x0, y + 2, right, y + 2, 0.5, 0.3)
        pen.write(s, x0 + 3, y - 0.5, value, size, fit=right - x0 - 6)

    # page 1
    s = p1
    s.path([(40, 56), (52, 40), (64, 56), (52, 72), (40, 56)], 1.4)
    s.path([(44, 59), (52, 50), (60, 59)], 1.0)
    s.text(72, 54, KESTREL[0].upper(), 13.5, "serif-b")
    s.text(72, 67, KESTREL[1], 6.8, "sans", 0.3)
    s.text(306, 98, "MORTGAGE ASSISTANCE APPLICATION", 15, "sans-b", align="c")
    s.text(306, 111, "Please type or print clearly. Answer every question; write \"N/A\" where one does not apply.",
           7.5, "sans-i", 0.3, "c")
    answer(s, 40, 138, "Loan number", 250, app.loan, 11)
    s.rect(390, 122, 182, 26, width=0.5)
    s.text(396, 131, "FOR KESTREL RIDGE USE ONLY", 6, "sans-b", 0.4)
    s.text(396, 143, "Rec'd ________   Rep ID ______", 7, "sans", 0.4)
    y = section(s, 158, 1, "Borrower and Co-Borrower")
    for x0, title in ((40.0, "BORROWER"), (314.0, "CO-BORROWER")):
        s.rect(x0, y - 12, 258, 15, width=0.6, fill=0.86)
        s.text(x0 + 129, y - 1, title, 9, "sans-b", align="c")
    y += 20
    s.line(306, y - 14, 306, y + 5 * 21 + 6, 0.5, 0.5)
    panels = [(40.0, app.borrower.name, app.ssn4, facts.get("dob", ""), app.phone, facts.get("cell", ""), app.email,
               facts.get("employer", ""), facts.get("marital", ""))]
    if co:
        panels.append((314.0, co.name, app.co_ssn4 or "", facts.get("co_dob", ""), facts.get("co_phone", ""),
                       facts.get("co_cell", ""), facts.get("co_email", ""), facts.get("co_employer", ""),
                       facts.get("marital", "")))
    else:
        panels.append((314.0, "", "", "", "", "", "", "", ""))
    for x0, name, ssn4, dob, phone, cell, email, employer, marital in panels:
        right = x0 + 252
        answer(s, x0, y, "Full name", right, name)
        answer(s, x0, y + 21, "SSN (last 4)", x0 + 108, ssn4)
        answer(s, x0 + 116, y + 21, "Date of birth", right, dob)
        answer(s, x0, y + 42, "Home phone", x0 + 134, phone)
        answer(s, x0 + 140, y + 42, "Cell", right, cell)
        answer(s, x0, y + 63, "E-mail", right, email)
        answer(s, x0, y + 84, "Employer", right, employer)
        s.text(x0, y + 105, "Marital status:", 7.8, "sans", 0.2)
        xx = x0 + 60.0
        for label in ("Married", "Unmarried", "Separated"):
            xx = bracket(s, xx, y + 105, label, bool(name) and marital == label, 7.5)
    y += 5 * 21 + 28
    y = section(s, y, 2, "The Property")
    home = app.address
    answer(s, 40, y, "Property address (street and unit)", 572, home.street)
    answer(s, 40, y + 21, "City", 300, home.city)
    answer(s, 310, y + 21, "State", 400, home.state)
    answer(s, 410, y + 21, "ZIP code", 572, home.zip)
    answer(s, 40, y + 42, "Mailing address, if different", 572, app.mailing.one_line if app.mailing else "")
    y += 64
    s.text(40, y, "The property is your:", 8.5, "sans-b")
    xx = 140.0
    for code, label in KR_OCCUPANCY:
        xx = bracket(s, xx, y, label, app.occupancy == code)
    y += 18
    s.text(40, y, "Is the property listed for sale?", 8.5, "sans-b")
    bracket(s, bracket(s, 185, y, "Yes", False), y, "No", True)
    s.text(340, y, "People living in the home:", 8.5, "sans-b")
    pen.write(s, 460, y, facts.get("household", ""), 10)
    y += 16
    y = section(s, y, 3, "Your Hardship")
    s.text(40, y, "Fill in the circle next to EVERY reason that applies to you.", 8.5, "sans-i", 0.2)
    y += 17
    for i, (code, label) in enumerate(KR_HARDSHIPS):
        cx, cy = 48 + 266 * (i // 5), y + 16 * (i % 5) - 3
        radio(s, cx, cy, code in app.hardships)
        s.text(cx + 10, cy + 3, label, 8.5)
    y += 16 * 5 + 10
    answer(s, 40, y, "Date the hardship began (mm/dd/yyyy)", 320,
           when(app.hardship_start) if app.hardship_start else "", 10.5)
    y += 22
    s.text(40, y, "Your hardship is:", 8.5, "sans-b")
    xx = 122.0
    for code, label in KR_DURATION:
        radio(s, xx + 4, y - 3, facts.get("duration") == code)
        s.text(xx + 12, y, label, 8.5)
        xx += 22 + hp.text_width(label, "sans", 8.5)
    y += 22
    s.text(40, y, "What happened? (a few words)", 7.8, "sans", 0.2)
    s.line(150, y + 2, 572, y + 2, 0.5, 0.3)
    s.line(40, y + 22, 572, y + 22, 0.5, 0.3)
    story = facts.get("story", "")
    cut = story.rfind(" ", 0, 72) if len(story) > 72 else len(story)
    pen.write(s, 154, y - 0.5, story[:cut], 9.5, fit=414)
    pen.write(s, 44, y + 19.5, story[cut:].strip(), 9.5, fit=524)
    s.text(40, 762, "Form KR-710S (01/2028)", 7, "sans", 0.4)
    s.text(572, 762, "Please continue on page 2", 7, "sans-i", 0.4, "r")

    # page 2
    s = p2
    s.text(40, 50, f"{KESTREL[0]}  {DOT}  Mortgage Assistance Application", 9, "serif-b")
    s.text(572, 50, "Page 2 of 2", 8, "sans", 0.35, "r")
    answer(s, 40, 76, "Loan number", 250, app.loan)
    y = section(s, 92, 4, "Monthly Income")
    s.text(40, y, "Enter GROSS monthly amounts, before taxes and deductions, for each person.", 8, "sans-i", 0.25)
    y += 8
    cols = ((40.0, 260.0, "Source of income"), (300.0, 136.0, "BORROWER"), (436.0, 136.0, "CO-BORROWER"))
    for x, w, head in cols:
        s.rect(x, y, w, 16, width=0.6, fill=0.86)
        s.text(x + (6 if x == 40 else w / 2), y + 11.5, head, 8, "sans-b", align="l" if x == 40 else "c")
    y += 16
    for code, label in KR_INCOME:
        for x, w, _ in cols:
            s.rect(x, y, w, 18, width=0.5)
        s.text(46, y + 12.5, label, 8.5)
        for x, whose in ((300.0, "B"), (436.0, "C")):
            s.text(x + 6, y + 12.5, "$", 8.5, "sans", 0.3)
            amount = app.rows.get(f"{code}|{whose}")
            if amount:
                pen.write(s, x + 130, y + 13, money(amount), 10, "r")
        y += 18
    for x, w, _ in cols:
        s.rect(x, y, w, 18, width=1.0, fill=0.93)
    s.text(46, y + 12.5, "TOTAL", 8.5, "sans-b")
    for x, whose in ((300.0, "B"), (436.0, "C")):
        s.text(x + 6, y + 12.5, "$", 8.5, "sans-b")
        if app.income_of(whose):
            pen.write(s, x + 130, y + 13, money(app.income_of(whose)), 10, "r")
    y += 30
    s.text(40, y + 12.5, "Combined monthly household income (Borrower TOTAL + Co-Borrower TOTAL)", 8.5, "sans-b")
    s.rect(436, y, 136, 19, width=1.2)
    s.text(442, y + 13, "$", 8.5, "sans-b")
    if app.income_lines:
        pen.write(s, 566, y + 13.5, money(app.total), 10.5, "r")
    y += 36
    y = section(s, y, 5, "Assets and Monthly Expenses")
    for i, (label, key) in enumerate((("Checking accounts $", "checking"), ("Savings / money market $", "savings"),
                                      ("First mortgage payment $", "payment"), ("Car loans, cards, other $", "debts"))):
        answer(s, 40 + 266 * (i % 2), y + 21 * (i // 2), label, 40 + 266 * (i % 2) + 250, facts.get(key, ""))
    y += 52
    y = section(s, y, 6, "Acknowledgment and Agreement")
    y = s.wrap(40, y, "I certify that all of the information in this application is truthful and that the hardship "
               "I described contributed to my need for mortgage relief. I understand that Kestrel Ridge may verify "
               "it, may obtain my credit report, and that knowingly submitting false information may violate federal "
               "law. I agree that Kestrel Ridge may share this application with the owner of my loan, its "
               "insurers and HUD-approved housing counselors. Every borrower named in Section 1 must sign and date.",
               532, 8, "sans", 10.5)
    y += 34
    people = [("Borrower signature", app.borrower, app.signed, app.signed_on)]
    people.append(("Co-Borrower signature", co, app.co_signed, app.co_signed_on) if co else
                  ("Co-Borrower signature", None, False, None))
    for label, who, signed, signed_on in people:
        s.line(40, y, 350, y, 0.7)
        s.text(40, y + 10, label, 7.5, "sans", 0.25)
        s.text(368, y, "Date", 9, "sans-b")
        s.line(394, y, 520, y, 0.7)
        if who and signed:
            s.signature(rng, 62, y - 1, 190, 22, gray=0.06 if fill == "typed" else 0.13)
        if who and signed_on:
            (pen if fill == "typed" else ink).write(s, 400, y - 3, when(signed_on), 10.5)
        y += 46
    s.text(40, y + 4, "Send this application with the documents on the enclosed checklist by fax to 1-866-555-0139 "
           "or by mail. Keep a copy for your records.", 7.5, "sans-i", 0.35)
    s.text(40, 762, "Form KR-710S (01/2028)", 7, "sans", 0.4)
    return [p1, p2]


def kr_app(lines: Sequence[tuple[str, Decimal, str]], rng: random.Random, **answers: Any) -> GApplication:
    """The answers, with what the form asks beyond the checklist drawn at random (dates of birth, assets, ...)."""
    app = g_app(lines, **answers)
    app.facts.update(dob=hj._dob(rng, 30, 62), cell=hp.phone(rng), household=str(rng.randint(1, 5)),
                     checking=money(Decimal(rng.randrange(8000, 260000)) / 100),
                     savings=money(Decimal(rng.randrange(0, 600000)) / 100),
                     payment=money(Decimal(rng.randrange(95000, 240000)) / 100),
                     debts=money(Decimal(rng.randrange(10000, 90000)) / 100),
                     marital="Married" if app.co_borrower else "Unmarried", duration="long")
    if app.co_borrower:
        app.facts.update(co_dob=hj._dob(rng, 30, 62), co_phone=app.phone, co_cell=hp.phone(rng),
                         co_email=hj._email(app.co_borrower, rng))
    return app


# --- pay stubs ---------------------------------------------------------------------------------------------------

SABLEWOOD = "Sablewood Veterinary Hospitals, P.C."
GREENBAR = "Sunderland Nursery & Landscape Supply, Inc."


def sable_run(rng: random.Random, employee: Person, home: Address, received: date, count: int, annual: Decimal
              ) -> list[Stub]:
    """Semi-monthly salary stubs, the newest for the period ending before `received`, paid on the period's last
    weekday; year to date from the periods elapsed (holdout_packets.make_stub)."""
    ends = [hp._semimonthly_end_before(received - timedelta(days=rng.randint(1, 6)))]
    while len(ends) < count:
        first = ends[0]
        ends.insert(0, first.replace(day=15) if first.day > 15 else first.replace(day=1) - timedelta(days=1))
    out = []
    for end in ends:
        stub = hp.make_stub(rng, SABLEWOOD, employee, home, "semimonthly", cents(annual / 24), end, pay_lag=0)
        out.append(replace(stub, pay_date=hp.weekday_on_or_before(end)))
    return out


def stub_sablewood(stub: Stub, rng: random.Random) -> Sheet:
    """An "Earnings Statement" whose every item takes two lines (the item with This Period and Year to Date, then its
    basis in small grey type) and whose pay date appears only as "Check Date"."""
    s = Sheet()
    s.circle(56, 58, 15, 1.2)
    s.text(56, 62, "SV", 10, "serif-b", align="c")
    s.text(80, 54, stub.employer, 12.5, "serif-b")
    s.text(80, 67, stub.employer_address.one_line, 8, "sans", 0.3)
    s.text(80, 78, "Payroll Department  \u00b7  (402) 555-0166", 8, "sans", 0.3)
    s.rect(380, 40, 192, 86, width=0.8)
    s.rect(380, 40, 192, 16, stroke=None, fill=0.15)
    s.text(476, 52, "EARNINGS STATEMENT", 9, "sans-b", 1.0, "c")
    for i, (label, value) in enumerate((("Check Date", us(stub.pay_date)),
                                        ("Check Number", f"{rng.randint(40000, 89999):08d}"),
                                        ("Period Beginning", us(stub.period_start)),
                                        ("Period Ending", us(stub.period_end)))):
        s.text(388, 72 + 15 * i, label, 8.5)
        s.text(564, 72 + 15 * i, value, 8.5, "sans-b", align="r")
    y = 146.0
    s.text(40, y, stub.employee.name, 10.5, "sans-b")
    s.text(40, y + 13, stub.employee_address.street, 9)
    s.text(40, y + 25, stub.employee_address.last_line, 9)
    for i, (label, value) in enumerate((("Employee ID", f"SV-{rng.randint(10000, 99999)}"),
                                        ("Department", rng.choice(["Surgery", "Client Services", "Imaging"])),
                                        ("Pay Frequency", "Semi-Monthly"), ("Federal Filing Status", "Married"))):
        s.text(330, y + 12.5 * i, label, 8.5, "sans", 0.3)
        s.text(572, y + 12.5 * i, value, 8.5, align="r")
    rate = stub.gross / Decimal("86.67")
    holidays = (stub.pay_date.month - 1) // 4 + 1
    holiday_ytd = cents(rate * 8 * holidays)

    def block(y: float, title: str, items: Sequence[tuple[str, str, Decimal, Decimal]]) -> float:
        s.line(40, y, 572, y, 1.0)
        s.text(40, y + 12, title, 9, "sans-b")
        s.text(470, y + 12, "This Period", 8.5, "sans-b", align="r")
        s.text(566, y + 12, "Year to Date", 8.5, "sans-b", align="r")
        s.line(40, y + 17, 572, y + 17, 0.4)
        y += 31
        for label, basis, current, ytd in items:
            s.text(44, y, label, 9)
            s.text(470, y, money(current), 9, align="r")
            s.text(566, y, money(ytd), 9, align="r")
            s.text(58, y + 11, basis, 7.5, "sans", 0.35)
            y += 27
        return y

    earnings = [("Regular Salary", f"86.67 hours  x  {rate:.4f}  {DOT}  salaried, exempt", stub.gross,
                 (stub.ytd_gross or Decimal(0)) - holiday_ytd),
                ("Holiday", f"0.00 hours this period  {DOT}  {holidays * 8}.00 hours this year", Decimal(0),
                 holiday_ytd)]
    y = block(214, "EARNINGS", earnings)
    s.text(44, y - 4, "Gross Pay", 9.5, "sans-b")
    s.text(470, y - 4, money(stub.gross), 9.5, "sans-b", align="r")
    s.text(566, y - 4, money(stub.ytd_gross or Decimal(0)), 9.5, "sans-b", align="r")
    basis = {"Federal Income Tax": "Withholding  \u00b7  Married, 2 dependents", "Social Security": "OASDI 6.20%",
             "Medicare": "HI 1.45%", "State Income Tax": f"{stub.employee_address.state} withholding"}
    items = [(label, basis.get(label, "Pre-tax  \u00b7  Section 125 plan"), current, ytd)
             for label, current, ytd in stub.deductions]
    y = block(y + 14, "TAXES AND DEDUCTIONS", items)
    total = sum((c for _, c, _ in stub.deductions), Decimal(0))
    total_ytd = sum((t for _, _, t in stub.deductions), Decimal(0))
    s.text(44, y - 4, "Total Taxes and Deductions", 9.5, "sans-b")
    s.text(470, y - 4, money(total), 9.5, "sans-b", align="r")
    s.text(566, y - 4, money(total_ytd), 9.5, "sans-b", align="r")
    y += 14
    s.rect(40, y, 532, 24, stroke=None, fill=0.9)
    s.text(48, y + 16, "NET PAY", 10.5, "sans-b")
    s.text(470, y + 16, money(stub.net), 10.5, "sans-b", align="r")
    s.text(566, y + 16, money((stub.ytd_gross or Decimal(0)) - total_ytd), 10.5, "sans-b", align="r")
    s.text(40, y + 42, f"Direct deposit to checking xxxxxx{rng.randint(1000, 9999)}: ${money(stub.net)}", 8.5)
    s.text(306, y + 70, "NON-NEGOTIABLE  \u00b7  THIS IS NOT A CHECK", 8, "sans-b", 0.4, "c")
    return s


def greenbar_run(rng: random.Random, employee: Person, home: Address, newest: date, count: int
                 ) -> list[tuple[Stub, dict[str, Decimal]]]:
    """Weekly stubs of an hourly yard worker paid on Fridays for the Sunday-Saturday week ending six days before: 40
    regular hours and some overtime at time and a half; the year to date runs on from one stub to the next."""
    office = Address(f"{rng.randint(1000, 9800)} County Road {rng.randint(2, 60)}", home.city, home.state, home.zip)
    rate = Decimal(rng.randrange(1650, 2350)) / 100
    last_pay = newest - timedelta(days=(newest.weekday() - 4) % 7)
    pays = [last_pay - timedelta(weeks=k) for k in range(count - 1, -1, -1)]
    ytd = cents(rate * 41 * ((pays[0] - date(pays[0].year, 1, 1)).days // 7))
    taxes = [("FED W/H", Decimal("0.071")), ("FICA", Decimal("0.062")), ("MEDICARE", Decimal("0.0145")),
             ("ST W/H", Decimal("0.039"))]
    out = []
    for pay in pays:
        end = pay - timedelta(days=6)
        overtime = Decimal(rng.choice(["0", "2.00", "3.50", "5.25", "6.00"]))
        regular = cents(rate * 40)
        extra = cents(overtime * rate * Decimal("1.5"))
        gross = regular + extra
        ytd += gross
        deductions = [(label, cents(gross * r), cents(ytd * r)) for label, r in taxes]
        stub = Stub(GREENBAR, office, employee, home, end - timedelta(days=6), end, pay, "weekly", gross, ytd,
                    deductions, 40 + overtime, rate)
        out.append((stub, {"regular": regular, "overtime_hours": overtime, "overtime": extra}))
    return out


def stub_greenbar(stub: Stub, lines: dict[str, Decimal], emp: str, rng: random.Random) -> Sheet:
    """A line printer's stub on tractor-feed green-bar paper: pin holes and perforations down both edges, shaded
    half-inch bands, everything in capitals in a fixed-width font."""
    s = Sheet()
    for i, top in enumerate(range(36, 756, 36)):
        if i % 2 == 0:
            s.rect(44, top, 524, 36, stroke=None, fill=0.9)
    for y in range(18, 792, 36):
        s.circle(20, y, 4, 0.6)
        s.circle(592, y, 4, 0.6)
    for x in (36, 576):
        for y in range(0, 792, 9):
            s.line(x, y, x, y + 4, 0.4, 0.5)
    f, b = "mono", "mono-b"
    o = stub.employer_address
    rows = [
        (b, f"{stub.employer.upper():<52}EARNINGS STATEMENT"),
        (f, f"{o.street.upper() + '  ' + o.last_line.upper():<52}PAY DATE   {_yy(stub.pay_date)}"),
        (f, f"{'':<52}CHECK NO   {rng.randint(10000, 99999):06d}"),
        (f, ""),
        (f, f"EMPLOYEE: {stub.employee.upper:<30}  EMP NO {emp:<8}  DEPT YARD"),
        (f, f"PERIOD {_yy(stub.period_start)} - {_yy(stub.period_end)}    PAY FREQ WEEKLY    RATE {stub.rate:.2f}"),
        (f, "-" * 70),
        (b, f"{'EARNINGS':<22}{'HOURS':>8}{'RATE':>10}{'CURRENT':>14}{'YTD':>16}"),
        (f, f"{'REGULAR':<22}{'40.00':>8}{stub.rate:>10.2f}{money(lines['regular']):>14}"),
        (f, f"{'OVERTIME 1.5X':<22}{lines['overtime_hours']:>8.2f}{(stub.rate or 0) * Decimal('1.5'):>10.4f}"
            f"{money(lines['overtime']):>14}"),
        (b, f"{'GROSS PAY':<40}{money(stub.gross):>14}{money(stub.ytd_gross or Decimal(0)):>16}"),
        (f, ""),
        (b, f"{'DEDUCTIONS':<40}{'CURRENT':>14}{'YTD':>16}"),
        *((f, f"{label:<40}{money(c):>14}{money(t):>16}") for label, c, t in stub.deductions),
        (f, "-" * 70),
        (b, f"{'NET PAY':<40}{money(stub.net):>14}"),
        (f, ""),
        (f, "NET PAY DEPOSITED TO YOUR ACCOUNT ON FILE.   *** NON-NEGOTIABLE ***"),
    ]
    for i, (font, text) in enumerate(rows):
        s.text(52, 54 + 12 * i, text, 8.6, font)
    s.text(52, 54 + 12 * (len(rows) + 3), "-- DETACH AND RETAIN FOR YOUR RECORDS --", 8.6, f)
    return s


# --- bank statements ---------------------------------------------------------------------------------------------

QUARRY = "Quarry Lake Federal Credit Union"
ASHFORD = "Ashford Mutual Savings Bank"


def statement_quarry(st: Statement, member4: str, savings: Decimal, dividend: Decimal, joint: Person | None = None,
                     first_page: int = 20) -> list[Sheet]:
    """A credit union's member statement: both accounts under one masked member number, a summary by suffix, the
    Share Savings (suffix 00) in three lines, then the Share Draft (suffix 10) with its own masked number, the
    account where the income lands."""
    pages = [Sheet(), Sheet()]
    for n, s in enumerate(pages, 1):
        s.rect(40, 36, 532, 40, stroke=None, fill=0.92)
        s.text(52, 56, QUARRY.upper(), 12.5, "sans-b")
        s.text(52, 69, "Federally insured by NCUA  \u00b7  quarrylakefcu.example  \u00b7  (515) 555-0150", 7, "sans",
               0.3)
        s.text(562, 56, "MEMBER STATEMENT", 10, "sans-b", align="r")
        s.text(562, 69, f"Page {n} of 2", 8, align="r")
    p1, p2 = pages
    y = 100.0
    for line in (st.holder.upper, *([joint.upper] if joint else []), st.home.street.upper(),
                 st.home.last_line.upper()):
        p1.text(60, y, line, 9.5)
        y += 12
    p1.text(380, 100, "Member Number", 8.5, "sans", 0.35)
    p1.text(562, 100, f"*****{member4}", 9, "sans-b", align="r")
    p1.text(380, 114, "Statement Period", 8.5, "sans", 0.35)
    p1.text(562, 114, f"{_yy(st.start)} - {_yy(st.end)}", 9, "sans-b", align="r")
    y = 160.0
    p1.text(40, y, "ACCOUNT SUMMARY", 10, "sans-b")
    y += 6
    heads = [(44, "Suffix", "l"), (84, "Account", "l"), (350, "Beginning", "r"), (420, "Deposits", "r"),
             (490, "Withdrawals", "r"), (566, "Ending", "r")]
    p1.rect(40, y, 532, 14, stroke=None, fill=0.82)
    for x, head, align in heads:
        p1.text(x, y + 10, head, 7.5, "sans-b", align=align)
    y += 14
    for row in (("00", "SHARE SAVINGS", savings, dividend, Decimal(0), savings + dividend),
                ("10", f"SHARE DRAFT  Acct# ****{st.last4}", st.begin, st.deposits, st.debits, st.ending)):
        for (x, _, align), value in zip(heads, (row[0], row[1], *(money(v) for v in row[2:])), strict=True):
            p1.text(x, y + 11, value, 8, align=align)
        p1.line(40, y + 15, 572, y + 15, 0.3, 0.6)
        y += 16
    y += 18

    def bar(s: Sheet, y: float, title: str) -> float:
        s.rect(40, y, 532, 15, stroke=None, fill=0.2)
        s.text(46, y + 11, title, 8.5, "sans-b", 1.0)
        return y + 28

    y = bar(p1, y, "SUFFIX 00   SHARE SAVINGS")
    for d, desc, value in ((st.start, "BEGINNING BALANCE", savings), (st.end, "DIVIDEND  APY 0.20%", dividend),
                           (st.end, "ENDING BALANCE", savings + dividend)):
        p1.text(46, y, f"{d:%m/%d}", 8.5)
        p1.text(90, y, desc, 8.5)
        p1.text(566, y, money(value), 8.5, align="r")
        y += 13
    y += 12
    rows: list[tuple[date, str, Decimal | None, Decimal]] = [(st.start, "BEGINNING BALANCE", None, st.begin),
                                                             *st.rows, (st.end, "ENDING BALANCE", None, st.ending)]

    def table(s: Sheet, y: float, title: str, chunk: Sequence[tuple[date, str, Decimal | None, Decimal]]) -> float:
        y = bar(s, y, title)
        for x, head, align in ((46, "Date", "l"), (90, "Description", "l"), (420, "Withdrawals", "r"),
                               (490, "Deposits", "r"), (566, "Balance", "r")):
            s.text(x, y - 4, head, 7.5, "sans-b", 0.3, align)
        y += 10
        for d, desc, amount, balance in chunk:
            s.text(46, y, f"{d:%m/%d}", 8.5)
            s.text(90, y, desc, 8.5, "sans-b" if amount is None else "sans")
            if amount is not None:
                s.text(420 if amount < 0 else 490, y, money(abs(amount)), 8.5, align="r")
            s.text(566, y, money(balance), 8.5, align="r")
            y += 13
        return y

    title = f"SUFFIX 10   SHARE DRAFT   ACCOUNT ****{st.last4}"
    table(p1, y, title, rows[:first_page])
    y = 100.0
    if rows[first_page:]:
        y = table(p2, y, f"{title}  (continued)", rows[first_page:]) + 20
    p2.text(40, y, "YEAR-TO-DATE DIVIDENDS", 9, "sans-b")
    p2.text(566, y, money(dividend * st.end.month), 9, align="r")
    p2.wrap(40, y + 30, "Members: Skip-A-Payment is available on consumer loans in good standing. In case of errors or "
            "questions about your electronic transfers, call or write us as soon as you can; we must hear from you "
            "no later than 60 days after we sent the first statement on which the problem appeared.", 532, 8,
            "sans", 11, 0.3)
    return pages


def statement_ashford(st: Statement, per_page: int = 26) -> list[Sheet]:
    """A mutual savings bank's statement that gives its summary as sentences, then every transaction with Money in /
    Money out columns and the balance after it."""
    chunks = [st.rows[i:i + per_page] for i in range(0, len(st.rows), per_page)] or [[]]
    sheets = []
    for n, chunk in enumerate(chunks, 1):
        s = Sheet()
        s.text(306, 56, ASHFORD, 16, "serif-b", align="c")
        s.text(306, 70, "A mutual savings bank since 1871  \u00b7  Member FDIC  \u00b7  ashfordmutual.example", 8,
               "serif-i", 0.3, "c")
        s.line(40, 80, 572, 80, 0.8)
        s.text(40, 98, "Statement of Account", 11, "serif-b")
        s.text(572, 98, f"{long_date(st.start)} through {long_date(st.end)}", 9.5, "serif", align="r")
        s.text(572, 111, f"Page {n} of {len(chunks)}", 8, "serif", 0.35, "r")
        y = 130.0
        if n == 1:
            for line in (st.holder.name, st.home.street, st.home.last_line):
                s.text(60, y, line, 10, "serif")
                y += 13
            y += 14
            s.rect(40, y, 532, 92, width=0.8)
            s.text(52, y + 17, f"Everyday Checking  \u00b7  account number ending in {st.last4}", 10, "serif-b")
            for i, sentence in enumerate((
                    f"On {long_date(st.start)} your balance was ${money(st.begin)}.",
                    f"You added {sum(1 for r in st.rows if r[2] > 0)} deposits totaling ${money(st.deposits)}.",
                    f"You made {sum(1 for r in st.rows if r[2] < 0)} withdrawals and payments totaling "
                    f"${money(st.debits)}.",
                    f"On {long_date(st.end)} your balance was ${money(st.ending)}.")):
                s.text(52, y + 35 + 14 * i, sentence, 10, "serif")
            y += 112
        heads = [(44, "Date", "l"), (100, "What happened", "l"), (400, "Money in", "r"), (480, "Money out", "r"),
                 (566, "Balance", "r")]
        s.line(40, y, 572, y, 0.8)
        for x, head, align in heads:
            s.text(x, y + 12, head, 8.5, "serif-b", align=align)
        s.line(40, y + 17, 572, y + 17, 0.4)
        y += 31
        for d, desc, amount, balance in chunk:
            s.text(44, y, f"{d:%b} {d.day}", 9, "serif")
            s.text(100, y, desc.title(), 9, "serif")
            s.text(400 if amount > 0 else 480, y, money(abs(amount)), 9, "serif", align="r")
            s.text(566, y, money(balance), 9, "serif", align="r")
            y += 15
        if n == len(chunks):
            s.text(44, y + 14, "Thank you for saving with us. Questions? Call 1-800-555-0117 or visit any office.",
                   8.5, "serif-i", 0.3)
        sheets.append(s)
    return sheets


# --- other papers ------------------------------------------------------------------------------------------------


def rent_check(payer: Person, payer_home: Address, payee: Person, amount: Decimal, written: date, deposited: date,
               unit: str, rng: random.Random) -> Doc:
    """A deposited check printed from online banking: the bank's item header, the front of the tenant's check
    written in pen, and its back with the endorsement and the bank's deposit stamp."""
    s = Sheet()
    pen = hb.Pen(rng, hand=True, gray=0.12)
    s.text(40, 52, "LAKERIDGE BANK", 13, "sans-b")
    s.text(40, 65, "Online Banking  \u00b7  Check Image", 8.5, "sans", 0.35)
    s.text(572, 52, "Deposited Item", 11, "sans-b", align="r")
    s.text(572, 65, f"Posted {us(deposited)}  \u00b7  Amount ${money(amount)}  \u00b7  Sequence "
           f"{rng.randint(10 ** 8, 10 ** 9 - 1)}", 8, "sans", 0.35, "r")
    s.line(40, 74, 572, 74, 0.6)
    s.text(60, 100, "FRONT", 8, "sans-b", 0.4)
    x0, y0, y1 = 60.0, 108.0, 360.0
    front, back = Sheet(), Sheet()
    number = rng.randint(1100, 1999)
    for i, line in enumerate((payer.upper, payer_home.street.upper(), payer_home.last_line.upper())):
        front.text(x0 + 14, y0 + 20 + 11 * i, line, 8, "sans-b" if i == 0 else "sans")
    front.text(x0 + 478, y0 + 20, str(number), 10, "sans-b", align="r")
    front.text(x0 + 300, y0 + 58, "DATE", 7.5)
    front.line(x0 + 326, y0 + 60, x0 + 470, y0 + 60, 0.5)
    pen.write(front, x0 + 334, y0 + 57, us(written), 11)
    front.text(x0 + 14, y0 + 92, "PAY TO THE", 7)
    front.text(x0 + 14, y0 + 101, "ORDER OF", 7)
    front.line(x0 + 60, y0 + 101, x0 + 380, y0 + 101, 0.5)
    pen.write(front, x0 + 70, y0 + 97, payee.name, 12)
    front.rect(x0 + 392, y0 + 84, 86, 20, width=0.7)
    front.text(x0 + 398, y0 + 98, "$", 10)
    pen.write(front, x0 + 474, y0 + 98, money(amount), 11.5, "r")
    front.line(x0 + 14, y0 + 132, x0 + 420, y0 + 132, 0.5)
    in_words = f"{hb.words(int(amount)).capitalize()} and {int(amount % 1 * 100):02d}/100"
    pen.write(front, x0 + 20, y0 + 128, in_words, 11)
    front.text(x0 + 426, y0 + 132, "DOLLARS", 7.5)
    front.text(x0 + 14, y0 + 156, "PRAIRIE ROSE BANK", 8, "serif-b")
    front.text(x0 + 14, y0 + 182, "MEMO", 7)
    front.line(x0 + 42, y0 + 182, x0 + 220, y0 + 182, 0.5)
    pen.write(front, x0 + 48, y0 + 179, f"Rent {written:%B} - {unit}", 10)
    front.line(x0 + 270, y0 + 182, x0 + 478, y0 + 182, 0.5)
    front.signature(rng, x0 + 290, y0 + 180, 150, 20, gray=0.12)
    front.text(x0 + 40, y0 + 204, f"|:{rng.randint(10 ** 8, 10 ** 9 - 1)}|: {rng.randint(10 ** 9, 10 ** 10 - 1)}\" "
           f"{number:04d}", 11, "mono")
    back.text(x0 + 14, y1 + 18, "ENDORSE HERE", 7, "sans-b", 0.35)
    for row in range(3):
        back.line(x0 + 14, y1 + 42 + 20 * row, x0 + 200, y1 + 42 + 20 * row, 0.4, 0.5)
    back.signature(rng, x0 + 24, y1 + 40, 140, 18, gray=0.12)
    pen.write(back, x0 + 20, y1 + 58, "For deposit only", 10)
    back.text(x0 + 14, y1 + 100, "DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE", 6, "sans-b", 0.35)
    back.rect(x0 + 250, y1 + 30, 220, 62, width=0.6)
    for i, line in enumerate(("LAKERIDGE BANK", f"DEPOSITED {us(deposited)}", "FOR CREDIT TO ACCOUNT OF PAYEE",
                              f"BR {rng.randint(10, 99)}  TELLER MOBILE")):
        back.text(x0 + 360, y1 + 46 + 12 * i, line, 7.5, "mono", 0.25, "c")
    s.text(60, 352, "BACK", 8, "sans-b", 0.4)
    for side, top in ((front, y0), (back, y1)):  # the items are pictures, as the bank's image archive keeps them
        k = 150 / 72
        picture = hp.sheet_image(side, 150).crop((round(x0 * k), round(top * k), round((x0 + 492) * k),
                                                  round((top + 214) * k)))
        s.image(picture.point(lambda v: round(v * 0.9 + 10)), x0, top, 492, 214)
        s.rect(x0, top, 492, 214, width=1.0)
    return Doc("rent_check", {}, [s], facts={"date": written})


def tax_return_sc(filer: Person, ssn4: str, home: Address, year: int, business: str, trade: str,
                  receipts: Decimal, expenses: Sequence[tuple[str, str, Decimal]], signed_on: date,
                  rng: random.Random) -> Doc:
    """Form 1040 (both pages, signed and dated in ink on page 2) with its Schedule C behind it."""
    spent = sum((a for _, _, a in expenses), Decimal(0))
    net = receipts - spent
    se_tax = cents(net * Decimal("0.9235") * Decimal("0.153"))
    agi = net - cents(se_tax / 2)
    taxable = max(agi - Decimal("14600.00"), Decimal(0))
    tax = cents(taxable * Decimal("0.12"))
    pen = hb.Pen(rng, hand=True, gray=0.12)

    def head(s: Sheet, form: str, title: str) -> None:
        s.text(40, 58, form, 17, "sans-b")
        x = 54 + hp.text_width(form, "sans-b", 17)
        s.text(x, 52, "Department of the Treasury\u2014Internal Revenue Service", 7.5)
        s.text(x, 68, title, 12, "sans-b")
        s.text(470, 66, str(year), 18, "sans-b")
        s.text(572, 52, "OMB No. 1545-0074", 7, align="r")
        s.line(40, 78, 572, 78, 1.5)

    def lines(s: Sheet, y: float, rows: Sequence[tuple[str, str, Decimal | None]]) -> float:
        for number, label, amount in rows:
            s.text(48, y, label, 8)
            s.text(466, y, number, 8, "sans-b", align="r")
            s.line(472, y + 3, 572, y + 3, 0.4, 0.5)
            if amount is not None:
                s.text(568, y, money(amount), 9, "mono", align="r")
            y += 17
        return y

    p1, p2, p3 = Sheet(), Sheet(), Sheet()
    head(p1, "1040", "U.S. Individual Income Tax Return")
    p1.text(40, 94, "Filing Status", 8.5, "sans-b")
    for i, (label, chosen) in enumerate((("Single", True), ("Married filing jointly", False),
                                         ("Head of household", False))):
        p1.box(120 + 130 * i, 86, chosen)
        p1.text(132 + 130 * i, 94, label, 8)
    y = 106.0
    for label, value, x, w in (("Your first name and middle initial", f"{filer.first} {filer.middle or ''}".strip(),
                                40, 230), ("Last name", filer.last, 270, 170),
                               ("Your social security number", f"XXX-XX-{ssn4}", 440, 132)):
        p1.rect(x, y, w, 28, width=0.5)
        p1.text(x + 4, y + 9, label, 6.5)
        p1.text(x + 6, y + 23, value, 10)
    p1.rect(40, y + 28, 532, 28, width=0.5)
    p1.text(44, y + 37, "Home address (number and street), city, state and ZIP code", 6.5)
    p1.text(46, y + 51, home.one_line, 10)
    p1.text(40, y + 74, "Digital Assets  At any time during the year, did you receive, sell, exchange ... ?  No", 8)
    lines(p1, y + 98, [("1a", "Total amount from Form(s) W-2, box 1", Decimal(0)),
                       ("2b", "Taxable interest", Decimal(rng.randrange(0, 4000)) / 100),
                       ("8", "Additional income from Schedule 1, line 10", net),
                       ("9", "Total income", net), ("10", "Adjustments to income from Schedule 1, line 26",
                                                    cents(se_tax / 2)),
                       ("11", "Adjusted gross income", agi), ("12", "Standard deduction", Decimal("14600.00")),
                       ("15", "Taxable income", taxable)])
    p1.text(40, 762, "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate instructions.", 7)
    p1.text(572, 762, f"Form 1040 ({year})", 8, "sans-b", align="r")
    p2.text(40, 52, f"Form 1040 ({year})", 8.5, "sans-b")
    p2.text(572, 52, "Page 2", 8.5, "sans-b", align="r")
    p2.line(40, 58, 572, 58, 1.0)
    y = lines(p2, 80, [("16", "Tax", tax), ("22", "Subtract line 21 from line 18", tax),
                       ("23", "Other taxes, including self-employment tax, from Schedule 2, line 21", se_tax),
                       ("24", "Total tax", tax + se_tax), ("26", "Estimated tax payments", tax + se_tax),
                       ("33", "Total payments", tax + se_tax), ("37", "Amount you owe", Decimal(0))])
    y += 24
    p2.text(40, y, "Sign", 12, "sans-b")
    p2.text(40, y + 14, "Here", 12, "sans-b")
    p2.wrap(96, y - 8, "Under penalties of perjury, I declare that I have examined this return and accompanying "
            "schedules and statements, and to the best of my knowledge and belief, they are true, correct, and "
            "complete.", 476, 7.5)
    y += 44
    for x0, x1, label in ((96, 330, "Your signature"), (340, 420, "Date"), (430, 572, "Your occupation")):
        p2.line(x0, y, x1, y, 0.6)
        p2.text(x0, y + 9, label, 7)
    p2.signature(rng, 110, y - 2, 190, 20, gray=0.1)
    pen.write(p2, 344, y - 4, us(signed_on), 10)
    p2.text(434, y - 4, trade, 9.5)
    p2.text(40, y + 40, "Paid Preparer Use Only", 9, "sans-b")
    p2.text(200, y + 40, "Self-prepared", 9, "sans", 0.3)
    p2.text(572, 762, f"Form 1040 ({year})", 8, "sans-b", align="r")
    head(p3, "SCHEDULE C", "Profit or Loss From Business (Sole Proprietorship)")
    p3.text(40, 72, "(Form 1040)", 7.5)
    p3.rect(40, 86, 380, 26, width=0.5)
    p3.text(44, 95, "Name of proprietor", 6.5)
    p3.text(46, 108, filer.name, 10)
    p3.rect(420, 86, 152, 26, width=0.5)
    p3.text(424, 95, "Social security number (SSN)", 6.5)
    p3.text(426, 108, f"XXX-XX-{ssn4}", 10)
    for i, (letter, label, value) in enumerate((("A", "Principal business or profession", trade),
                                                ("B", "Enter code from instructions", "722300"),
                                                ("C", "Business name", business),
                                                ("E", "Business address", home.one_line),
                                                ("F", "Accounting method", "[X] Cash   [ ] Accrual"))):
        p3.text(40, 128 + 15 * i, f"{letter}  {label}", 8)
        p3.text(220, 128 + 15 * i, value, 9.5)
    p3.text(40, 212, "Part I     Income", 9.5, "sans-b")
    y = lines(p3, 230, [("1", "Gross receipts or sales", receipts), ("2", "Returns and allowances", Decimal(0)),
                        ("5", "Gross profit", receipts), ("7", "Gross income", receipts)])
    p3.text(40, y + 6, "Part II    Expenses", 9.5, "sans-b")
    y = lines(p3, y + 24, [*((number, label, amount) for number, label, amount in expenses),
                           ("28", "Total expenses", spent), ("29", "Tentative profit or (loss)", net),
                           ("31", "Net profit or (loss). Enter on Schedule 1, line 3, and on Schedule SE", net)])
    p3.text(572, 762, f"Schedule C (Form 1040) {year}", 8, "sans-b", align="r")
    return Doc("tax_return", {"tax_year": year, "form": "1040"}, [p1, p2, p3], facts={"signed": True})


@dataclass
class ScriptDoc(Doc):
    """A page written by hand in a slanted, heavy felt-tip script: each written line's band is sheared so the letters
    lean right about its own baseline, and every stroke is thickened."""

    baselines: list[float] = field(default_factory=list)
    slant: float = 0.24

    def images(self, dpi: int) -> list[Image.Image]:
        k = dpi / 72
        out = []
        for img in super().images(dpi):
            page = img.copy()
            for base in self.baselines:
                top = round((base - 20) * k)
                strip = img.crop((0, top, img.width, top + round(28 * k)))
                sheared = strip.transform(strip.size, Image.Transform.AFFINE,
                                          (1, self.slant, -self.slant * 20 * k, 0, 1, 0),
                                          resample=Image.Resampling.BICUBIC, fillcolor=255)
                page.paste(sheared, (0, top))
            out.append(page.filter(ImageFilter.MinFilter(3)))
        return out

    def digital(self) -> bytes:
        raise ValueError("a handwritten letter is only delivered scanned")


def script_letter(app: GApplication, when: date, greeting: str, paragraphs: Sequence[str], rng: random.Random
                  ) -> ScriptDoc:
    """A hardship letter handwritten on plain paper, every line on a 28-point pitch."""
    s = Sheet()
    pen = hb.Pen(rng, hand=True, font="pen-serif", gray=0.1)
    baselines: list[float] = []
    y = 84.0

    def write(x: float, text: str, align: str = "l") -> None:
        nonlocal y
        pen.write(s, x, y, text, 12.5, align)
        baselines.append(y)
        y += 28

    write(470, long_date(when), "r")
    write(60, f"Re: loan {app.loan}")
    write(60, greeting)
    for paragraph in paragraphs:
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if line and hp.text_width(trial, "pen-serif", 14) > 420:
                write(60, line)
                line = word
            else:
                line = trial
        write(60, line)
    y += 6
    write(60, "Thank you,")
    s.signature(rng, 70, y + 14, 150, 24, gray=0.1)
    y += 30
    write(60, app.borrower.name)
    return ScriptDoc("hardship_letter", {"letter_date": when}, [s], baselines=baselines)


def ui_payment_history(claimant: Person, ssn4: str, home: Address, when: date, weekly: Decimal, first_week: date,
                       rng: random.Random) -> Doc:
    """A state's mailed "Claimant Payment History": the claim's facts, then every week paid (most recent 12)."""
    s = Sheet()
    state = hb.STATES.get(home.state, home.state)
    s.text(40, 54, f"STATE OF {state.upper()}", 11, "serif-b")
    s.text(40, 68, "Department of Labor  \u00b7  Division of Unemployment Insurance", 9, "serif")
    s.text(572, 54, "CLAIMANT PAYMENT HISTORY", 12, "sans-b", align="r")
    s.text(572, 68, f"Date issued: {us(when)}", 9, align="r")
    y = 104.0
    for line in (claimant.upper, home.street.upper(), home.last_line.upper()):
        s.text(60, y, line, 10)
        y += 13
    y += 20
    facts = [("Claimant ID", f"***-**-{ssn4}"), ("Claim effective date", us(first_week - timedelta(days=6))),
             ("Weekly benefit amount", f"${money(weekly)}"), ("Maximum benefit amount", f"${money(weekly * 26)}")]
    for i, (label, value) in enumerate(facts):
        s.rect(40 + 133 * i, y, 133, 34, width=0.6)
        s.text(46 + 133 * i, y + 11, label, 7, "sans-b", 0.35)
        s.text(46 + 133 * i, y + 27, value, 10)
    y += 56
    heads = [(46, "Week ending", "l"), (140, "Date paid", "l"), (300, "Gross amount", "r"), (390, "Federal tax", "r"),
             (480, "Net paid", "r"), (490, "Method", "l")]
    s.rect(40, y, 532, 15, stroke=None, fill=0.85)
    for x, head, align in heads:
        s.text(x, y + 11, head, 8, "sans-b", align=align)
    y += 28
    weeks = []
    week = first_week
    while week + timedelta(days=4) <= when - timedelta(days=2):
        weeks.append(week)
        week += timedelta(days=7)
    for week in weeks[-12:]:
        tax = cents(weekly / 10)
        for x, value, align in ((46, us(week), "l"), (140, us(week + timedelta(days=4)), "l"),
                                (300, money(weekly), "r"), (390, money(tax), "r"), (480, money(weekly - tax), "r"),
                                (490, "Direct deposit", "l")):
            s.text(x, y, value, 9, align=align)
        y += 14
    y += 16
    s.wrap(40, y, "Unemployment benefits are taxable income; federal tax is withheld at 10% as you elected. The total "
           "paid this year will be reported to you and to the IRS on Form 1099-G. Keep requesting payment every week "
           "while you remain unemployed.", 532, 8.5, "sans", 11.5, 0.3)
    return Doc("unemployment_benefit_letter", {"letter_date": when, "benefit_type": "unemployment"}, [s])


def support_order(obligee: Person, obligor: Person, county: str, state: str, entered: date, monthly: Decimal,
                  rng: random.Random) -> Doc:
    """The first page of a court's order for child support ("page 1 of 5"): an "other" paper."""
    s = Sheet()
    s.text(306, 64, f"IN THE DISTRICT COURT OF {county.upper()} COUNTY", 11.5, "serif-b", align="c")
    s.text(306, 79, f"STATE OF {state.upper()}", 11.5, "serif-b", align="c")
    s.text(80, 116, f"{obligee.upper},", 11, "serif")
    s.text(100, 131, "Petitioner,", 11, "serif")
    s.text(80, 152, "and", 11, "serif")
    s.text(80, 173, f"{obligor.upper},", 11, "serif")
    s.text(100, 188, "Respondent.", 11, "serif")
    s.text(380, 140, f"Case No. {entered.year - 2}DR{rng.randint(1000, 9999)}", 11, "serif")
    s.text(306, 228, "ORDER FOR CHILD SUPPORT", 13, "serif-b", align="c")
    y = 258.0
    for i, paragraph in enumerate((
            "This matter came before the Court on the Petitioner's motion to establish child support. The Court has "
            "reviewed the parties' financial affidavits and the child support guidelines worksheet attached to this "
            "order.",
            f"The Respondent shall pay to the Petitioner child support of ${money(monthly)} per month for the "
            "parties' two minor children, payable in two equal installments on the first and fifteenth day of each "
            "month through the State Disbursement Unit by income withholding order.",
            f"This obligation begins on {long_date(entered.replace(day=1))} and continues until further order of the "
            "Court. Health insurance and uncovered medical expenses are addressed in paragraphs 4 through 7."), 1):
        y = s.wrap(80, y, f"{i}.  {paragraph}", 452, 11, "serif", 17) + 8
    s.text(306, 740, "Page 1 of 5", 9, "serif", 0.3, "c")
    s.text(80, 756, "Copy for the party - excerpt (pages 2 to 5 not attached)", 7.5, "serif-i", 0.4)
    return Doc("other", {}, [s])


def attending_physician(patient: Person, dob: str, employer: str, since: date, signed: date,
                        rng: random.Random) -> Doc:
    """An insurer's short-term disability claim form, the treating physician's part: boxed questions, the dates in
    pen and the physician's signature and date."""
    s = Sheet()
    pen = hb.Pen(rng, hand=True, gray=0.12)
    s.text(40, 54, "GRANITE MUTUAL LIFE INSURANCE COMPANY", 12, "sans-b")
    s.text(40, 67, "Group Short-Term Disability  \u00b7  Claims PO Box 1790, Hartford, CT 06101", 8, "sans", 0.35)
    s.text(572, 54, "ATTENDING PHYSICIAN'S STATEMENT", 11, "sans-b", align="r")
    s.text(572, 67, "Part C - to be completed by the treating physician", 8, "sans-i", 0.35, "r")
    y = 90.0
    boxes = [("Patient name", patient.name), ("Date of birth", dob), ("Employer", employer),
             ("Claim number", f"STD-{rng.randint(100000, 999999)}"),
             ("Date patient first unable to work", us(since)), ("Expected return to work", "Undetermined"),
             ("Diagnosis (ICD-10)", "On file with claims"), ("Restrictions", "No lifting > 10 lb; no standing > 1 h")]
    for i, (label, value) in enumerate(boxes):
        x = 40 + 266 * (i % 2)
        yy = y + 42 * (i // 2)
        s.rect(x, yy, 266, 42, width=0.6)
        s.text(x + 5, yy + 11, label, 7, "sans-b", 0.3)
        pen.write(s, x + 10, yy + 31, value, 11, fit=246)
    y += 42 * 4 + 22
    s.text(40, y, "Is the patient unable to perform the duties of his or her own occupation?", 9)
    s.box(440, y - 8, True)
    s.text(452, y, "Yes", 9)
    s.box(490, y - 8, False)
    s.text(502, y, "No", 9)
    y += 20
    s.text(40, y, "Is the condition the result of an injury at work?", 9)
    s.box(440, y - 8, False)
    s.text(452, y, "Yes", 9)
    s.box(490, y - 8, True)
    s.text(502, y, "No", 9)
    y += 36
    s.wrap(40, y, "I certify that I am the treating physician and that the information above is complete and true to "
           "the best of my knowledge.", 532, 9, "sans", 12)
    y += 60
    for x0, x1, label in ((40, 330, "Physician's signature"), (350, 470, "Date signed"),
                          (480, 572, "License no.")):
        s.line(x0, y, x1, y, 0.6)
        s.text(x0, y + 10, label, 7.5, "sans", 0.35)
    s.signature(rng, 60, y - 2, 200, 22, gray=0.1)
    pen.write(s, 356, y - 4, us(signed), 11)
    s.text(486, y - 4, f"MD{rng.randint(10000, 99999)}", 9.5)
    s.text(40, y + 34, f"Dr. {rng.choice(['Anika', 'Rafael', 'Constance'])} {rng.choice(['Holloway', 'Petrov'])}, "
           "Internal Medicine  \u00b7  Riverbend Clinic", 9)
    return Doc("medical_statement", {"letter_date": signed}, [s])


# --- delivery ----------------------------------------------------------------------------------------------------


@dataclass
class TiltedDoc(Doc):
    """A document whose sheets lay on the glass turned by `angle` degrees (every page alike); renders `inner`."""

    inner: Doc | None = None
    angle: float = 0.0

    def images(self, dpi: int) -> list[Image.Image]:
        pages = self.inner.images(dpi) if self.inner else super().images(dpi)
        return [p.rotate(self.angle, resample=Image.Resampling.BICUBIC, fillcolor=255) for p in pages]


def tilted(doc: Doc, angle: float) -> TiltedDoc:
    return TiltedDoc(doc.type, doc.fields, doc.sheets, doc.pdf, doc.facts, inner=doc, angle=angle)


@dataclass
class FaxedSeparatorDoc(hf.SeparatorDoc):
    """The servicer's barcode separator sheet as it arrives when the borrower faxes it in: sent in standard mode
    (half the lines), blurred, with white streaks where lines dropped out, so its bars come through eroded."""

    seed: int = 0

    def images(self, dpi: int) -> list[Image.Image]:
        sheet = super().images(dpi)[0]
        rng = np.random.default_rng(self.seed)
        w, h = sheet.size
        coarse = sheet.resize((w, h // 2), Image.Resampling.BOX).resize((w, h), Image.Resampling.NEAREST)
        arr = np.asarray(coarse.filter(ImageFilter.GaussianBlur(dpi / 180)), dtype=np.float32).copy()
        for row in rng.choice(h - 4, size=h // 110, replace=False):
            arr[row:row + int(rng.integers(1, 4))] = 255
        arr += rng.normal(0, 22, arr.shape)
        return [Image.fromarray(arr.clip(0, 255).astype(np.uint8))]


@dataclass
class LFile(JFile):
    """A file as dropped in the inbox; `fine` stores a fax's pages in fine mode, 204 x 196 dots an inch."""

    fine: bool = False


def _fine_fax(path: Path) -> None:
    """Store a 204 dpi fax's pages again with 196 lines an inch (non-square pixels), as fine mode sends them."""
    document = pypdfium2.PdfDocument(path.read_bytes())
    pages = [page.render(scale=204 / 72).to_pil().convert("L") for page in document]
    document.close()
    fine = [p.resize((p.width, round(p.height * 196 / 204)), Image.Resampling.BOX).point(
        lambda v: 255 if v > 140 else 0).convert("1") for p in pages]
    fine[0].save(path, "PDF", save_all=True, append_images=fine[1:], dpi=(204, 196))


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_j's writer (duplex backs, fax header lines, separators, arrival times, JPEG), then fine-mode
    fax pages, keeping the files' arrival times."""
    expected = hj.write_packet(packet, root)
    for file in packet.files:
        if isinstance(file, LFile) and file.fine:
            path = root / packet.name / "inbox" / file.name
            stat = path.stat()
            _fine_fax(path)
            os.utime(path, (stat.st_atime, stat.st_mtime))
    return expected


# --- packets -----------------------------------------------------------------------------------------------------


def received_on(rng: random.Random) -> date:
    """A weekday between early June and mid-September 2028."""
    return hp.weekday_on_or_before(date(2028, 6, 5) + timedelta(days=rng.randint(0, 100)))


def _months(received: date) -> list[date]:
    """The first days of the two months before `received`'s."""
    return [hp.add_months(received, -2), hp.add_months(received, -1)]


def packet_kestrel_typed_folder(seed: int) -> Packet:
    """KR-710S typed into its PDF by a couple and signed on a signature pad: the husband's two semi-monthly two-line
    stubs, the tenant's two rent checks for the wife's rental unit printed from online banking and her signed 4506-C;
    born digital in a folder named after the loan, file names with spaces, dashes, brackets and accents. Complete."""
    rng = random.Random(seed * 7927 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Evander", "R.", "Ashby-Kwan")
    co = Person("Mireille", "S.", "Ashby-Kwan")
    home = hp.address(rng)
    annual = Decimal(rng.randrange(52, 78) * 1000)
    stubs = sable_run(rng, borrower, home, received, 2, annual)
    rent = Decimal(rng.randrange(900, 1400, 25))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = kr_app([("wages", cents(annual / 12), "B"), ("rental", rent, "C")], rng, loan=loan, borrower=borrower,
                 ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                 hardships=["increase_in_housing_expenses", "reduction_in_income"],
                 hardship_start=received - timedelta(days=rng.randint(60, 160)), signed=True, signed_on=signed_on,
                 co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                 phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(employer=SABLEWOOD, co_employer="Self / landlord (rental unit)", duration="long",
                     story="Escrow went up $410 a month after the reassessment and my bonus was cut this year.")
    app_doc = Doc("mortgage_assistance_application", {}, kestrel_form(app, "typed", rng))
    stub_docs = [st.doc([stub_sablewood(st, rng)]) for st in stubs]
    tenant = Person("Garrick", None, "Oduya")
    tenant_home = hp.address(rng)
    first = hp.add_months(received, 0 if received.day >= 6 else -1)
    checks = [rent_check(tenant, tenant_home, co, rent, month, month + timedelta(days=rng.randint(1, 3)), "Unit B",
                         rng) for month in (hp.add_months(first, -1), first)]
    irs = hp.form_4506c(co, app.co_ssn4 or "", home, signed_on, rng, received.year - 1)
    docs = [app_doc, *stub_docs, *checks, irs]
    files = [JFile(f"{loan}/Mortgage Assistance Application (signed) {EN} Ashby-Kwan.pdf", [app_doc]),
             *(JFile(f"{loan}/Paystub {st.pay_date:%m.%d.%y} [Evander].pdf", [d]) for st, d in zip(stubs, stub_docs,
                                                                                             strict=True)),
             *(JFile(f"{loan}/Chèque loyer {EN} {c.facts['date']:%B} (Unit B).pdf", [c]) for c in checks),
             JFile(f"{loan}/4506-C (signé) Mireille.pdf", [irs])]
    return Packet("l1-kestrel-typed-digital-folder-odd-names-co-borrower-two-line-stubs-rent-check-images", received,
                  app, docs, files, loan, [])


def packet_form710_tilted_jpeg(seed: int) -> Packet:
    """Form 710 filled through its AcroForm, printed and signed by a self-employed caterer, with her signed Form
    1040 and Schedule C, a signed 4506-C and a hardship letter handwritten in script; one scan at 240 dpi, every
    sheet turned 1.5 degrees, stored as heavy JPEG under a file name with an en dash, parentheses, brackets and a
    numero sign. Complete."""
    rng = random.Random(seed * 7927 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Leontyne", "M.", "Fairweather")
    home = hp.address(rng)
    year = received.year - 1
    receipts = Decimal(rng.randrange(9000000, 13000000)) / 100
    expenses = [("8", "Advertising", Decimal(rng.randrange(60000, 180000)) / 100),
                ("9", "Car and truck expenses", Decimal(rng.randrange(300000, 600000)) / 100),
                ("15", "Insurance (other than health)", Decimal(rng.randrange(150000, 320000)) / 100),
                ("20b", "Rent or lease of other business property", Decimal(rng.randrange(900000, 1500000)) / 100),
                ("22", "Supplies", cents(receipts * Decimal("0.21"))),
                ("25", "Utilities", Decimal(rng.randrange(200000, 400000)) / 100)]
    net = receipts - sum((a for _, _, a in expenses), Decimal(0))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("self_employment", cents(net / 12 * Decimal("0.55")), "B")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disability_or_illness", "reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(90, 200)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(duration="short", cash=money(Decimal(rng.randrange(400, 3000))),
                     savings=money(Decimal(rng.randrange(0, 5000))))
    business = "Fairweather Kitchen & Catering"
    tax = tax_return_sc(borrower, app.ssn4, home, year, business, "Caterer", receipts, expenses,
                        date(received.year, 4, rng.randint(2, 14)), rng)
    irs = hp.form_4506c(borrower, app.ssn4, home, signed_on, rng, year)
    letter = script_letter(app, signed_on, "Dear Loss Mitigation Team,", [
        "Earlier this year I had surgery on my wrist and then a long infection, and I could not cook or lift for "
        "almost four months. I run a small catering kitchen by myself, so when I cannot work there is no income.",
        "I am back to about half of my bookings now and my doctor expects me to be at full strength by the end of "
        "the year. I am asking for a short forbearance or a modification until then. My tax return shows what the "
        "business earns in a normal year."], rng)
    docs = [tilted(d, 1.5) for d in (Doc("mortgage_assistance_application", {}, pdf=hj.form710_filled(app, rng),
                                         facts={"form710": True}), tax, irs, letter)]
    scan = Scan(240, noise=0.0004, blur=0.5, paper=240, seed=seed + 21)
    files = [JFile(f"Scan {EN} {borrower.last} (2) [final] \u2116{rng.randint(2, 9)}.pdf", docs, scan, jpeg=32)]
    return Packet("l2-form710-acroform-printed-240dpi-tilted-jpeg-self-employed-schedule-c-script-letter", received,
                  app, docs, files, loan, [])


def packet_kestrel_hand_copier(seed: int) -> Packet:
    """KR-710S printed blank and filled in pen; two weekly green-bar stubs from the winter (stale) and one credit
    union statement; a copier's colour 300 dpi scan to e-mail in two files. Incomplete: income_doc:wages."""
    rng = random.Random(seed * 7927 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Ignacio", "T.", "Vandermeer")
    home = hp.address(rng)
    run = greenbar_run(rng, borrower, home, received - timedelta(days=rng.randint(100, 125)), 2)
    weekly = sum((st.gross for st, _ in run), Decimal(0)) / 2
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = kr_app([("wages", cents(weekly * 52 / 12), "B")], rng, loan=loan, borrower=borrower,
                 ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                 hardships=["reduction_in_income", "increase_in_housing_expenses"],
                 hardship_start=received - timedelta(days=rng.randint(70, 150)), signed=True, signed_on=signed_on,
                 phone=hp.phone(rng), email="")
    app.facts.update(employer="Sunderland Nursery", duration="short",
                     story="Hours cut to 30 a week for the season, and the insurance went up.")
    app_doc = Doc("mortgage_assistance_application", {}, kestrel_form(app, "hand", rng))
    emp = f"{rng.randint(100, 999)}"
    stub_docs = [st.doc([stub_greenbar(st, lines, emp, rng)]) for st, lines in run]
    net = run[-1][0].net
    month = hp.add_months(received, -1)
    st = hf.statements(rng, QUARRY, borrower, home, [month], hp.digits(rng, 4), lambda start: [
        (d, "ACH DEP SUNDERLAND NURS PAYROLL", cents(net * Decimal(rng.randrange(70, 80)) / 100))
        for d in hj._weekdays(start, 4)], n_debits=14)[0]
    statement = st.doc(statement_quarry(st, hp.digits(rng, 4), Decimal(rng.randrange(2500, 90000)) / 100,
                                        Decimal(rng.randrange(5, 90)) / 100))
    docs = [app_doc, *stub_docs, statement]
    scan = Scan(300, skew=0.2, noise=0.0002, blur=0.35, paper=248, seed=seed + 31)
    stamp = f"{received:%y%m%d}{rng.randint(10, 17)}{rng.randint(10, 59)}"
    files = [JFile(f"SKM_C308{stamp}0.pdf", [app_doc], scan, jpeg=78, tint=True),
             JFile(f"SKM_C308{stamp}1.pdf", [*stub_docs, statement], replace_seed(scan, seed + 32), jpeg=78,
                   tint=True)]
    return Packet("l3-kestrel-hand-filled-copier-colour-scan-stale-greenbar-stubs-one-cu-statement", received, app,
                  docs, files, loan, ["income_doc:wages"])


def packet_kestrel_ink_duplex(seed: int) -> Packet:
    """KR-710S typed, printed and signed and dated in ink by the husband only (the wife's line empty): two credit
    union statements carrying his pay and her Social Security disability, and the insurer's attending physician's
    statement fed upside down; one 300 dpi duplex scan with a blank back behind every sheet. Incomplete:
    application_signature."""
    rng = random.Random(seed * 7927 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 11, 2)
    borrower = Person("Osvaldo", "J.", "Pettigrew")
    co = Person("Harriet", "A.", "Pettigrew")
    home = hp.address(rng)
    net = Decimal(rng.randrange(140000, 210000)) / 100
    ssdi = Decimal(rng.randrange(110000, 190000)) / 100
    since = received - timedelta(days=rng.randint(120, 260))
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = kr_app([("wages", cents(net * Decimal("1.32") * 26 / 12), "B"), ("benefits_taxable", ssdi, "C")], rng,
                 loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                 hardships=["disability_or_illness"], hardship_start=since, signed=True, signed_on=signed_on,
                 co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=False, co_signed_on=None, phone=hp.phone(rng),
                 email=hj._email(borrower, rng))
    app.facts.update(employer="Cedarvale School District", co_employer="On disability (formerly Riverbend Clinic)",
                     story="Harriet can no longer work after her spine surgery; her SSDI replaced only half her pay.")
    app_doc = Doc("mortgage_assistance_application", {}, kestrel_form(app, "ink", rng))
    sts = hf.statements(rng, QUARRY, borrower, home, _months(received), hp.digits(rng, 4), lambda start: [
        *((d, "ACH DEP CEDARVALE SD PAYROLL", net) for d in hj._weekdays(start, 4)[1::2]),
        (min(hj._weekdays(start, 2)[2], 27), "SSA TREAS 310 XXSOC SEC", ssdi)], n_debits=15)
    member = hp.digits(rng, 4)
    savings = Decimal(rng.randrange(5000, 150000)) / 100
    statements = []
    for st in sts:
        dividend = cents(savings * Decimal("0.0002")) + Decimal("0.01")
        statements.append(st.doc(statement_quarry(st, member, savings, dividend, joint=co)))
        savings += dividend
    aps = attending_physician(co, app.facts["co_dob"], "Riverbend Clinic", since,
                              received - timedelta(days=rng.randint(15, 60)), rng)
    flipped = hf.upside_down(aps)
    docs = [app_doc, *statements, flipped]
    scan = Scan(300, skew=0.25, noise=0.0003, blur=0.4, paper=244, seed=seed + 41)
    files = [JFile(f"{loan}_documents.pdf", docs, scan, duplex=True)]
    return Packet("l4-kestrel-typed-ink-signed-co-borrower-unsigned-duplex-blank-backs-upside-down-aps", received,
                  app, docs, files, loan, ["application_signature"])


def packet_form710_fine_fax(seed: int) -> Packet:
    """Form 710 filled through its AcroForm, printed and signed; two semi-monthly two-line stubs, a typed hardship
    letter about the transfer and the lease of the house in the new city, but no employer's transfer letter; faxed
    in fine mode (204 x 196 dpi) behind a separator sheet that went through the fax too, with the machine's header
    line. Incomplete: hardship_doc:relocation."""
    rng = random.Random(seed * 7927 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Cornelius", "B.", "Achterberg")
    home = hp.address(rng)
    annual = Decimal(rng.randrange(48, 70) * 1000)
    stubs = sable_run(rng, borrower, home, received, 2, annual)
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = g_app([("wages", cents(annual / 12), "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["relocation"],
                hardship_start=received - timedelta(days=rng.randint(40, 100)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(duration="long", cash=money(Decimal(rng.randrange(300, 2500))),
                     savings=money(Decimal(rng.randrange(0, 4000))))
    app_doc = Doc("mortgage_assistance_application", {}, pdf=hj.form710_filled(app, rng), facts={"form710": True})
    stub_docs = [st.doc([stub_sablewood(st, rng)]) for st in stubs]
    new_city = hp.address(rng)
    letter = hb.typed_letter(app, signed_on - timedelta(days=1), "Kestrel Ridge Loan Servicing", [
        f"This year my employer closed the hospital where I worked and moved my position to its practice in "
        f"{new_city.city}, {new_city.state}, more than 300 miles away. I had to accept the transfer to keep my job.",
        "I now rent a house near the new hospital and still pay the mortgage on our old home, which has not sold. "
        "I cannot carry both. I am asking for help while the house is listed for sale."], rng)
    lease = hf.lease(Person("Beatrix", None, "Holm"), borrower, new_city,
                     (app.hardship_start or received) + timedelta(days=7), Decimal(rng.randrange(1100, 1900, 25)),
                     rng)
    docs = [app_doc, *stub_docs, letter, lease]
    fax = Scan(204, skew=0.3, noise=0.0006, blur=0.35, fax=True, seed=seed + 51)
    header = (f"{received:%b %d %Y} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}  {app.phone}  ACHTERBERG C"
              "  P.{page:02d}/{pages:02d}")
    files = [LFile(f"FAX_{received:%Y%m%d}_{rng.randint(100000, 999999)}.pdf",
                   [FaxedSeparatorDoc("separator_sheet", {}, listed=False, loan=loan, seed=seed + 52), *docs], fax,
                   header=header, fine=True)]
    return Packet("l5-form710-acroform-fine-mode-fax-faxed-separator-two-line-stubs-lease-no-transfer-letter",
                  received, app, docs, files, loan, ["hardship_doc:relocation"])


def packet_kestrel_hand_three_files(seed: int) -> Packet:
    """KR-710S printed blank and filled in pen with the hardship date left blank (the letter tells the layoff date
    in words); the state's claimant payment history, the first page of the child support order and two mutual
    savings bank statements carrying both; three 200 dpi scans "1 of 3" .. "3 of 3" arriving 3, 1, 2. Incomplete:
    application_field:hardship_start_date."""
    rng = random.Random(seed * 7927 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Delphine", "C.", "Okonjo-Marsh")
    ex = Person("Tobias", "R.", "Marsh")
    home = hp.address(rng)
    weekly = Decimal(rng.randrange(38000, 62000)) / 100
    support = Decimal(rng.randrange(500, 1300, 10))
    laid_off = received - timedelta(days=rng.randint(70, 110))
    first_week = laid_off + timedelta(days=(5 - laid_off.weekday()) % 7 + 7)  # the first full week, to a Saturday
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = kr_app([("unemployment", cents(weekly * 52 / 12), "B"), ("other", support, "B")], rng, loan=loan,
                 borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                 hardships=["unemployment"], hardship_start=None, signed=True, signed_on=signed_on,
                 phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(employer="None - laid off", duration="short", story="Laid off when the call center closed.")
    app_doc = Doc("mortgage_assistance_application", {}, kestrel_form(app, "hand", rng))
    letter = hb.typed_letter(app, signed_on, "Kestrel Ridge Loan Servicing", [
        f"I was laid off on {long_date(laid_off)} when the call center where I had worked for nine years closed. I "
        "receive unemployment benefits every week and child support for my two children, and I am interviewing.",
        "I have never missed a payment before. I am asking for a forbearance until I am working again."], rng)
    history = ui_payment_history(borrower, app.ssn4, home, received - timedelta(days=rng.randint(3, 10)), weekly,
                                 first_week, rng)
    order = support_order(borrower, ex, rng.choice(["Polk", "Story", "Linn"]), hb.STATES.get(home.state, home.state),
                          received - timedelta(days=rng.randint(400, 900)), support, rng)
    sts = hf.statements(rng, ASHFORD, borrower, home, _months(received), hp.digits(rng, 4), lambda start: [
        *((d, "STATE UI BENEFIT DIRECT DEP", weekly - cents(weekly / 10)) for d in hj._weekdays(start, 1)
          if start + timedelta(days=d) >= first_week + timedelta(days=4)),
        (0, "SDU CHILD SUPPORT PMT", support / 2), (14, "SDU CHILD SUPPORT PMT", support / 2)], n_debits=13)
    statements = [st.doc(statement_ashford(st)) for st in sts]
    docs = [app_doc, letter, history, order, *statements]
    scan = Scan(200, skew=0.35, noise=0.0005, blur=0.45, paper=242, seed=seed + 61)
    name = f"{borrower.first} {borrower.last}"
    files = [LFile(f"{name} 1 of 3.pdf", [app_doc, letter], scan, arrives_after=5400),
             LFile(f"{name} 2 of 3.pdf", [history, order], replace_seed(scan, seed + 62), arrives_after=9000),
             LFile(f"{name} 3 of 3.pdf", statements, replace_seed(scan, seed + 63), arrives_after=0)]
    return Packet("l6-kestrel-hand-filled-blank-hardship-date-three-files-out-of-order-ui-history-support-order",
                  received, app, docs, files, loan, ["application_field:hardship_start_date"])


PACKETS = (packet_kestrel_typed_folder, packet_form710_tilted_jpeg, packet_kestrel_hand_copier,
           packet_kestrel_ink_duplex, packet_form710_fine_fax, packet_kestrel_hand_three_files)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 12710, write_packet, hj.check)  # set J's self-check serves


if __name__ == "__main__":
    main()
