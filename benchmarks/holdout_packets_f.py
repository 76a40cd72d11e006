"""A sixth holdout set of borrower packets (f1..f6), laid out unlike the shared samples and unlike the h, b, c, d
and e sets, written without looking at the service's code or rules, to gauge honestly how it reads layouts
nobody tuned it to.

    python benchmarks/holdout_packets_f.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a
servicer's two-column "Request for Mortgage Assistance" whose every answer sits in a box under its label printed
small at the box's top, sections headed "Section 1 \u2014 Borrower", choices shown as \u25cb / \u25cf circles (typed)
or ticked by hand over the circle, and its own words ("Primary applicant", "Joint applicant", "Collateral
address", "Date difficulty began", "Gross monthly wages", "Signature of applicant"); a second servicer's portal
printout "Application Summary", a Question | Answer table with grey row shading, Yes / No written as words,
income asked as "Do you receive ...?" followed by the amount only when the answer is Yes, hardship reasons as one
comma-separated answer, occupancy as "I live here" / "Second home" / "Investment / rental", and an e-sign line
("Electronically signed by ... on 10/14/2026") or a co-applicant's signature still pending; a state government's
semi-monthly pay statement ("Earnings" / "Hours" / "Current" / "Y-T-D", a Current / Y-T-D summary matrix) and a
courier company's online "Payslip" with its period in day-month-year words ("28 Sep 2026 \u2013 11 Oct 2026");
a savings bank's two-page statement with its summary in a box at the right and a running-balance table, a
community bank's one-page statement with debits in parentheses; an unemployment benefit determination, an
SSA-1099 (an "other" document: it gives a year's total, not a monthly amount and frequency), W-2s, a residential
lease (an "other" document), an electric bill (an "other" document), an employer's transfer letter and a typed
hardship letter carrying & < > " ' and {{ 7*7 }}. Borrowers with names that are not Anglo (Spanish double
surnames, Vietnamese with tone marks, Polish, Irish-Polish with an apostrophe), co-borrowers in two packets.
Delivered as a loan folder of born-digital files, loose born-digital files, loose 150 dpi grayscale scans with
speckle, a 200 dpi fax with its header line and one page fed upside down, a 200 dpi scan behind a barcode
separator sheet with a statement's pages out of order, and a 300 dpi duplex scan with a blank back behind every
sheet.

The people's parts, drawing primitives, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes
follow from the values drawn. `--check` also confirms that every expected value is printed on its document and
that the rules give each scenario's codes.
"""

from __future__ import annotations

import random
import shutil
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import Image
from reportlab import rl_config

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_c as hc
import holdout_packets_d as hd
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_b import BFile, Pen
from holdout_packets_c import CApplication

import pdf_factory as pf

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

EM, EN, DOT, CIRCLE, DISC = "\u2014", "\u2013", "\u00b7", "\u25cb", "\u25cf"

# --- the answers ---------------------------------------------------------------------------------------------


@dataclass
class FApplication(CApplication):
    """The answers; `rows` holds every written income cell ("wages|B", "benefits_taxable|C") for the self-check,
    and an occupancy left blank is reported as null."""

    def expected(self) -> dict[str, Any]:
        out = super().expected()
        out["occupancy"] = self.occupancy or None
        return out


def f_app(lines: Sequence[tuple[str, Decimal, str]], **answers: Any) -> FApplication:
    """lines: (income code, monthly amount, "B" for the borrower's column or "C" for the co-borrower's)."""
    kept = [(code, amount, whose) for code, amount, whose in lines if amount]
    return FApplication(income_lines=kept, rows={f"{c}|{w}": a for c, a, w in kept}, **answers)


def _slash(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def _short(d: date) -> str:
    return f"{d.month}/{d.day}/{d:%y}"


def dmy(d: date) -> str:
    """ "01 Oct 2026": how payroll sites run from outside the US print a date."""
    return f"{d:%d %b %Y}"


def _lines(text: str, width: float, size: float, font: str = "sans") -> list[str]:
    """`text` broken into lines no wider than `width`."""
    out, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and hp.text_width(trial, font, size) > width:
            out.append(line)
            line = word
        else:
            line = trial
    return [*out, line] if line else out


# --- application A: a two-column boxed Request for Mortgage Assistance -----------------------------------------

RMA_HARDSHIPS = [
    ("unemployment", "Lost job / laid off"), ("reduction_in_income", "Pay or hours reduced"),
    ("increase_in_housing_expenses", "Housing costs increased"), ("disaster", "Disaster (natural or man-made)"),
    ("disability_or_illness", "Illness, injury or disability"), ("divorce_or_separation", "Divorce / legal separation"),
    ("separation_unmarried", "Unmarried co-owners separated"), ("death", "Death of a borrower or earner"),
    ("relocation", "Job moved far away"), ("other", "Other \u2014 describe at right"),
]
RMA_INCOME = [
    ("wages", "Gross monthly wages"), ("self_employment", "Self-employment, net of expenses"),
    ("unemployment", "Unemployment compensation"), ("benefits_taxable", "Social Security / pension (taxable)"),
    ("benefits_nontaxable", "Non-taxable SSI / VA disability"), ("rental", "Rents received, less expenses"),
    ("investment", "Interest, dividends, insurance"), ("other", "Alimony, child support, other"),
]
RMA_OCCUPANCY = [("primary_residence", "My primary home"), ("second_home", "Second / vacation home"),
                 ("investment_property", "Rented to others")]


def rma_boxes(app: FApplication, servicer: tuple[str, str], fill: str, rng: random.Random) -> list[Sheet]:
    """Larkhaven's two-page RMA: two columns of boxes, each label printed small at the top of its box with the
    answer below it. fill "typed": typed into the PDF (choices as filled discs) and signed with a drawn signature;
    "typed-ink": typed, printed, then signed and dated in pen; "hand": printed blank, filled in and ticked by hand."""
    name, contact = servicer
    typed = fill != "hand"
    pen = Pen(rng, hand=not typed, gray=0.12)
    ink = Pen(rng, hand=True, gray=0.1)
    signer = pen if fill == "typed" else ink
    when = us if typed else _slash
    sign_when = us if fill == "typed" else _short
    p1, p2 = Sheet(), Sheet()
    for sheet, page in ((p1, 1), (p2, 2)):
        sheet.text(40, 52, name, 15, "serif-b")
        sheet.text(40, 64, contact, 7.5, "sans", 0.35)
        sheet.text(572, 52, "Request for Mortgage Assistance", 14, "serif-b", align="r")
        sheet.text(572, 64, f"Form LH-RMA (06/2026)  {DOT}  Page {page} of 2", 7.5, "sans", 0.35, "r")
        sheet.line(40, 72, 572, 72, 2.0)

    def box(sheet: Sheet, x: float, y: float, w: float, label: str, value: str = "", h: float = 28,
            right: bool = False) -> None:
        sheet.rect(x, y, w, h, width=0.6)
        sheet.text(x + 4, y + 8, label, 6.5, "sans", 0.3)
        if right and typed:
            pen.write(sheet, x + w - 6, y + h - 7, value, 10, "r")
        else:
            pen.write(sheet, x + 6, y + h - 7, value, 10, fit=w - 12)

    def section(sheet: Sheet, x: float, y: float, w: float, number: int, title: str) -> float:
        sheet.text(x, y, f"Section {number} {EM} {title}", 10.5, "serif-b")
        sheet.line(x, y + 4, x + w, y + 4, 1.1)
        return y + 10

    def choice(sheet: Sheet, x: float, y: float, chosen: bool, label: str, size: float = 8.5) -> float:
        """A circle and its label; returns the x after it."""
        sheet.text(x, y, DISC if chosen and typed else CIRCLE, size + 1.5)
        if chosen and not typed:
            pen.tick(sheet, x, y - 7.5, 8)
        sheet.text(x + 12, y, label, size)
        return x + 12 + hp.text_width(label, "sans", size) + 14

    def block(sheet: Sheet, x: float, y: float, w: float, text: str) -> None:
        for i, line in enumerate(_lines(text, w, 10 if typed else 11.5)):
            pen.write(sheet, x, y + i * 14, line, 9.5)

    co = app.co_borrower
    home = app.address
    p1.wrap(40, 88, f"Complete every box that applies to you. Fill in the circle ({DISC}) next to each answer you "
            "choose. Give amounts as gross monthly amounts, before taxes. Sign and date Section 7 on page 2 and return "
            "the form with your documents.", 532, 8, "sans-i", 10, 0.2)
    box(p1, 40, 116, 200, "Loan number", app.loan)
    box(p1, 248, 116, 324, "For servicer use only \u2014 date received")
    y = section(p1, 40, 168, 260, 1, "Borrower")
    y2 = section(p1, 312, 168, 260, 2, "Co-borrower")
    for x, who, ssn, phone, email, employer in (
            (40, app.borrower, app.ssn4, app.phone, app.email, app.facts.get("employer", "")),
            (312, co, app.co_ssn4 or "", app.facts.get("co_phone", ""), app.facts.get("co_email", ""),
             app.facts.get("co_employer", ""))):
        label = "Primary applicant \u2014 full legal name" if x == 40 else "Joint applicant \u2014 full legal name"
        top = y if x == 40 else y2
        box(p1, x, top, 260, label, who.name if who else "")
        box(p1, x, top + 28, 100, "SSN \u2014 last 4 digits", ssn if who else "")
        box(p1, x + 100, top + 28, 160, "Cell phone", phone if who else "")
        box(p1, x, top + 56, 260, "E-mail address", email if who else "")
        box(p1, x, top + 84, 260, "Employer", employer if who else "")
    y = section(p1, 40, y + 136, 532, 3, "Property")
    box(p1, 40, y, 300, "Collateral address \u2014 number and street", home.street)
    box(p1, 340, y, 120, "City", home.city)
    box(p1, 460, y, 40, "State", home.state)
    box(p1, 500, y, 72, "ZIP code", home.zip)
    y += 28
    box(p1, 40, y, 532, "Mailing address, if different from the collateral address",
        app.mailing.one_line if app.mailing else "")
    y += 28
    box(p1, 40, y, 532, "Occupancy \u2014 the property is", h=32)
    x = 52
    for code, label in RMA_OCCUPANCY:
        x = choice(p1, x, y + 25, app.occupancy == code, label)
    y += 32
    box(p1, 40, y, 260, "Is the property listed for sale?", h=32)
    box(p1, 300, y, 272, "Do you pay homeowners' association dues?", h=32)
    for x0 in (52, 312):
        x = choice(p1, x0, y + 25, False, "Yes")
        choice(p1, x, y + 25, True, "No")
    y = section(p1, 40, y + 56, 532, 4, "Hardship")
    p1.rect(40, y, 260, 176, width=0.6)
    p1.text(44, y + 8, "Reason(s) for the hardship \u2014 mark all that apply", 6.5, "sans", 0.3)
    for i, (code, label) in enumerate(RMA_HARDSHIPS):
        choice(p1, 50, y + 26 + i * 15.5, code in app.hardships, label)
    box(p1, 312, y, 260, "Date difficulty began", when(app.hardship_start) if app.hardship_start else "")
    box(p1, 312, y + 28, 260, "Expected to last", h=34)
    long_term = app.facts.get("duration", "long") == "long"
    x = choice(p1, 322, y + 56, not long_term, "6 months or less")
    choice(p1, x, y + 56, long_term, "Longer / permanent")
    p1.rect(312, y + 62, 260, 114, width=0.6)
    p1.text(316, y + 70, "If Other, or in your own words, what happened", 6.5, "sans", 0.3)
    block(p1, 318, y + 86, 248, app.other_hardship_text or app.facts.get("story", ""))

    y = section(p2, 40, 96, 532, 5, "Monthly income before taxes")
    p2.text(44, y + 12, "Primary applicant", 9, "sans-b")
    p2.text(316, y + 12, "Joint applicant", 9, "sans-b")
    y += 18
    for i, (code, label) in enumerate(RMA_INCOME):
        for x, whose in ((40, "B"), (312, "C")):
            amount = app.rows.get(f"{code}|{whose}")
            box(p2, x, y + i * 26, 260, label, (f"${money(amount)}" if typed else money(amount)) if amount else "",
                h=26, right=True)
    y += 8 * 26 + 6
    p2.rect(40, y, 532, 30, width=1.5)
    p2.text(44, y + 8, "Total gross monthly income \u2014 both applicants", 6.5, "sans", 0.3)
    p2.text(48, y + 23, "Total of all boxes above", 9, "sans-b")
    pen.write(p2, 566 if typed else 460, y + 23, f"${money(app.total)}", 10.5, "r" if typed else "l")
    y = section(p2, 40, y + 58, 532, 6, "Monthly housing expenses")
    for i, (label, value) in enumerate((("First mortgage payment", app.facts.get("mortgage", "")),
                                        ("Second mortgage / HELOC", ""), ("HOA or condo dues", ""),
                                        ("Taxes and insurance, if not escrowed", ""))):
        box(p2, 40 + i * 133, y, 133, label, value, right=True)
    y = section(p2, 40, y + 54, 532, 7, "Certification and signatures")
    for paragraph in (
            "I certify that everything in this request is true and complete, and that the hardship I described "
            "contributed to my need for mortgage relief. I understand that knowingly giving false information may "
            "violate federal and state law.",
            "I authorize the servicer to obtain a credit report on every applicant, to verify the income and documents "
            "I provide, and to contact me about this request by phone, text or e-mail. I understand the servicer is "
            "not obligated to offer me assistance."):
        y = p2.wrap(44, y + 8, paragraph, 524, 8.5, "sans", 11.5)
    y += 18
    for label, signed, on, present in (("Signature of applicant", app.signed, app.signed_on, True),
                                       ("Signature of joint applicant", app.co_signed, app.co_signed_on,
                                        co is not None)):
        box(p2, 40, y, 380, label, h=46)
        box(p2, 420, y, 152, "Date signed", h=46)
        if present:
            if signed:
                p2.signature(rng, 70, y + 40, 200, 24, gray=0.1)
            if on:
                signer.write(p2, 430, y + 38, sign_when(on), 11)
        y += 46
    p2.wrap(40, y + 24, f"Return this request to {name} by fax or mail (see the top of page 1). Keep a copy for your "
            "records.", 532, 8, "sans-i", 10, 0.3)
    return [p1, p2]


# --- application B: a portal's Application Summary as a Question | Answer table ---------------------------------

PORTAL_HARDSHIPS = [
    ("unemployment", "Job loss"), ("reduction_in_income", "Income went down"),
    ("increase_in_housing_expenses", "Housing costs went up"), ("disaster", "Disaster damage"),
    ("disability_or_illness", "Illness or disability"), ("divorce_or_separation", "Divorce or separation"),
    ("separation_unmarried", "Split from an unmarried co-owner"), ("death", "Death of a borrower or earner"),
    ("relocation", "Moved for work"), ("other", "Something else"),
]
PORTAL_OCCUPANCY = {"primary_residence": "I live here", "second_home": "Second home",
                    "investment_property": "Investment / rental"}
PORTAL_INCOME = [
    ("wages", "wages or salary from a job"), ("self_employment", "income from your own business"),
    ("unemployment", "unemployment benefits"), ("benefits_taxable", "Social Security, pension or disability"),
    ("benefits_nontaxable", "non-taxable benefits (SSI, VA)"), ("rental", "rent from tenants"),
    ("investment", "interest, dividends or insurance income"), ("other", "child support, alimony or other income"),
]


def portal_summary(app: FApplication, servicer: str, submitted: date, rng: random.Random) -> list[Sheet]:
    """Cobalt's online application printed from the browser: a Question | Answer table, grey on every other row,
    section rows across both columns, Yes / No in words, amounts asked only after a Yes, an e-sign line."""
    reference = f"CB-{submitted:%y}{rng.choice('ABCDEFGHJKMNP')}{rng.choice('QRSTUVWXYZ')}-{rng.randint(100, 999)}"
    hour, minute = rng.randint(7, 11), rng.randint(10, 59)
    co = app.co_borrower
    rows: list[tuple[str, str]] = [("#", "Your loan"), ("Loan number", app.loan),
                                   ("Property address", app.address.one_line),
                                   ("Mailing address", app.mailing.one_line if app.mailing else "Same as property"),
                                   ("How do you use this property?", PORTAL_OCCUPANCY.get(app.occupancy, "")),
                                   ("Is the property listed for sale?", "No"),
                                   ("Do you pay HOA or condo dues?", "No"),
                                   ("#", "About you"), ("Applicant name", app.borrower.name),
                                   ("Last 4 digits of SSN", f"XXX-XX-{app.ssn4}"), ("Mobile phone", app.phone),
                                   ("Email", app.email or "Not provided"),
                                   ("Is anyone on the loan on active military duty?", "No"),
                                   ("Is there a co-applicant?", "Yes" if co else "No")]
    if co:
        rows += [("Co-applicant name", co.name), ("Co-applicant last 4 digits of SSN", f"XXX-XX-{app.co_ssn4}")]
    reasons = [label for code, label in PORTAL_HARDSHIPS if code in app.hardships]
    rows += [("#", "Your hardship"), ("What caused your hardship?", ", ".join(reasons)),
             ("When did the hardship begin?",
              f"{app.hardship_start:%b} {app.hardship_start.day}, {app.hardship_start.year}" if app.hardship_start
              else ""),
             ("Is it short-term or long-term?", "Long-term (more than 6 months)"),
             ("Tell us more (optional)", app.other_hardship_text or app.facts.get("story", ""))]
    for whose, title, you in (("B", "Monthly income \u2014 applicant (before taxes)", "Do you receive"),
                              ("C", "Monthly income \u2014 co-applicant (before taxes)", "Does your co-applicant "
                                                                                          "receive")):
        if whose == "C" and not co:
            continue
        rows.append(("#", title))
        for code, label in PORTAL_INCOME:
            amount = app.rows.get(f"{code}|{whose}")
            rows.append((f"{you} {label}?", "Yes" if amount else "No"))
            if amount:
                rows.append((f"Monthly amount: {label}", f"${money(amount)}"))
    rows += [("#", "Household"), ("Total monthly household income", f"${money(app.total)}"),
             ("Checking and savings balances", app.facts.get("cash", "$0.00")),
             ("Monthly mortgage payment", app.facts.get("mortgage", "")),
             ("#", "Certification"),
             ("I certify the information is true and complete", "Yes"),
             ("I consent to a credit report and to being contacted", "Yes")]
    for who, person_, signed, on in (("Applicant e-signature", app.borrower, app.signed, app.signed_on),
                                     ("Co-applicant e-signature", co, app.co_signed, app.co_signed_on)):
        if person_ is None:
            continue
        if signed and on:
            rows.append((who, f"Electronically signed by {person_.name} on {us(on)} at {hour}:{minute:02d} AM CT"))
        else:
            invited = app.signed_on or submitted
            rows.append((who, f"Pending {EM} signing invitation e-mailed {us(invited)}; not yet signed"))

    sheets: list[Sheet] = []

    def new_page() -> tuple[Sheet, float]:
        s = Sheet()
        s.text(24, 20, f"{submitted.month}/{submitted.day}/{submitted:%y}, {hour + 1}:{minute:02d} AM", 7.5, "sans",
               0.25)
        s.text(306, 20, f"Application Summary | {servicer}", 7.5, "sans", 0.25, "c")
        s.text(24, 772, f"https://myloan.cobalt-servicing.example/assistance/summary?ref={reference}", 7.5, "sans",
               0.25)
        s.rect(40, 34, 532, 34, stroke=None, fill=0.12)
        s.text(52, 56, servicer, 13, "sans-b", 1.0)
        s.text(560, 56, "Online Services", 9, "sans", 0.85, "r")
        sheets.append(s)
        return s, 84

    s, y = new_page()
    s.text(40, y + 14, "Application Summary", 17, "sans-b")
    s.text(40, y + 30, f"Mortgage assistance request {DOT} reference {reference} {DOT} submitted {us(submitted)}", 9,
           "sans", 0.3)
    y += 46
    shade = False
    for question, answer in rows:
        if y > 700:
            s, y = new_page()
        if question == "#":
            s.rect(40, y, 532, 18, stroke=None, fill=0.72)
            s.text(46, y + 12.5, answer, 9.5, "sans-b")
            y += 18
            if answer == "Your loan":
                s.rect(40, y, 532, 16, width=0.4, stroke=0.6)
                s.text(46, y + 11.5, "Question", 8.5, "sans-b", 0.3)
                s.text(306, y + 11.5, "Answer", 8.5, "sans-b", 0.3)
                y += 16
            shade = False
            continue
        q_lines = _lines(question, 250, 9)
        a_lines = _lines(answer, 256, 9.5) or [EM]
        h = 8 + 12 * max(len(q_lines), len(a_lines))
        s.rect(40, y, 532, h, width=0.3, stroke=0.75, fill=0.91 if shade else None)
        s.line(300, y, 300, y + h, 0.3, 0.75)
        for i, line in enumerate(q_lines):
            s.text(46, y + 13 + 12 * i, line, 9, "sans", 0.2)
        for i, line in enumerate(a_lines):
            s.text(306, y + 13 + 12 * i, line, 9.5)
        y += h
        shade = not shade
    for i, sheet in enumerate(sheets, start=1):
        sheet.text(588, 772, f"{i}/{len(sheets)}", 7.5, "sans", 0.25, "r")
    return sheets


# --- pay stubs -------------------------------------------------------------------------------------------------


@dataclass
class Item:
    """One earnings row as printed: what it is, its units (hours, drops) and rate as text, and the amount."""

    label: str
    units: str
    rate: str
    amount: Decimal


def stub_from_items(rng: random.Random, employer: str, employee: Person, home: Address, frequency: str,
                    items: Sequence[Item], period_end: date, pay_lag: int, received: date) -> Stub:
    """A stub whose gross is its rows' sum, paid no later than the day before the packet was received."""
    gross = sum((item.amount for item in items), Decimal(0))
    stub = hp.make_stub(rng, employer, employee, home, frequency, gross, period_end, pay_lag=pay_lag)
    return hc._not_after(stub, received - timedelta(days=1))


def state_items(rng: random.Random) -> list[Item]:
    """A state employee's semi-monthly pay: salary, longevity, sometimes a shift differential."""
    hours = Decimal("86.67")
    rate = Decimal(rng.randrange(2150, 3900)) / 100
    items = [Item("Regular Pay", f"{hours:.2f}", f"{rate:.4f}", cents(hours * rate)),
             Item("Longevity Pay", "", "", Decimal(rng.choice([25, 50, 75])))]
    if rng.random() < 0.5:
        diff = Decimal(rng.choice([16, 24, 32]))
        items.append(Item("Shift Differential", f"{diff:.2f}", "1.2500", cents(diff * Decimal("1.25"))))
    return items


def stub_state(stub: Stub, items: Sequence[Item], agency: str, position: str, rng: random.Random) -> Sheet:
    """A state government's semi-monthly pay statement: the State as employer with its payroll office, employee
    and period facts as label: value pairs, Earnings and Deductions side by side with "Current" and "Y-T-D"
    columns, and a summary matrix (Total Gross / Taxes / Deductions / Net Pay by Current and Y-T-D)."""
    s = Sheet()
    periods = (stub.ytd_gross / stub.gross) if stub.ytd_gross else None
    s.rect(36, 36, 540, 52, width=1.2)
    s.text(48, 58, stub.employer.upper(), 15, "serif-b")
    s.text(48, 74, f"Office of the State Controller {EM} Central Payroll  {DOT}  {stub.employer_address.last_line}", 8,
           "serif", 0.3)
    s.text(564, 58, "EMPLOYEE PAY STATEMENT", 11, "sans-b", align="r")
    s.text(564, 74, f"Advice No. {rng.randint(100000, 999999)}", 8, "sans", 0.3, "r")
    left = [("Name", stub.employee.name), ("Employee ID", f"{rng.randint(100000, 999999)}"), ("Agency", agency),
            ("Position", position)]
    right = [("Pay Period", f"{us(stub.period_start)} to {us(stub.period_end)}"), ("Check Date", us(stub.pay_date)),
             ("Pay Frequency", "Semi-Monthly"), ("Pay Group", f"S{rng.randint(10, 49)}")]
    y = 110
    for (ll, lv), (rl, rv) in zip(left, right, strict=True):
        s.text(40, y, f"{ll}:", 8.5, "sans-b")
        s.text(112, y, lv, 9)
        s.text(330, y, f"{rl}:", 8.5, "sans-b")
        s.text(410, y, rv, 9)
        y += 14
    s.text(112, y, f"{stub.employee_address.street}, {stub.employee_address.last_line}", 8, "sans", 0.35)
    y += 22

    def head(x: float, w: float, cols: Sequence[tuple[float, str]]) -> None:
        s.rect(x, y, w, 15, stroke=None, fill=0.85)
        for dx, label in cols:
            s.text(x + dx, y + 11, label, 8, "sans-b", 0.0, "l" if dx < 30 else "r")

    e_cols = [(4, "Earnings"), (140, "Hours"), (200, "Current"), (262, "Y-T-D")]
    d_cols = [(4, "Deductions"), (196, "Current"), (258, "Y-T-D")]
    head(36, 268, e_cols)
    head(310, 266, d_cols)
    top = y + 28
    ey = top
    for item in items:
        row = [item.label, item.units, money(item.amount), money(item.amount * periods) if periods else ""]
        for (dx, _), value in zip(e_cols, row, strict=True):
            s.text(36 + dx, ey, value, 8.5, "sans", 0.0, "l" if dx < 30 else "r")
        ey += 13
    dy = top
    for label, current, ytd in stub.deductions:
        row = [label, money(current), money(ytd) if periods else ""]
        for (dx, _), value in zip(d_cols, row, strict=True):
            s.text(310 + dx, dy, value, 8.5, "sans", 0.0, "l" if dx < 30 else "r")
        dy += 13
    y = max(ey, dy) + 16
    taxes = sum((c for _, c, _ in stub.deductions[:-1]), Decimal(0))
    other = stub.deductions[-1][1]
    cols = ["", "Total Gross", "Taxes", "Deductions", "Net Pay"]
    s.rect(36, y, 540, 15, stroke=None, fill=0.85)
    for i, label in enumerate(cols):
        s.text(36 + 4 if i == 0 else 36 + 108 * i + 100, y + 11, label, 8, "sans-b", 0.0, "l" if i == 0 else "r")
    y += 15
    ratio = periods or Decimal(0)
    for name, values in (("Current", (stub.gross, taxes, other, stub.net)),
                         ("Y-T-D", tuple(v * ratio for v in (stub.gross, taxes, other, stub.net)))):
        s.rect(36, y, 540, 16, width=0.4, stroke=0.5)
        s.text(40, y + 11.5, name, 8.5, "sans-b")
        if name == "Current" or periods:
            for i, value in enumerate(values, start=1):
                s.text(36 + 108 * i + 100, y + 11.5, money(value), 9, "sans-b" if i == 4 else "sans", 0.0, "r")
        y += 16
    y += 22
    s.text(40, y, "Net pay distribution", 8.5, "sans-b")
    s.text(40, y + 13, f"Direct deposit  {DOT}  checking ****{rng.randint(1000, 9999)}", 8.5)
    s.text(572, y + 13, money(stub.net), 8.5, align="r")
    s.text(40, y + 40, f"Leave balances (hours):  Annual {rng.randint(20, 180)}.00   Sick {rng.randint(10, 300)}.00   "
                       f"Comp {rng.randint(0, 20)}.00", 8, "sans", 0.3)
    s.text(306, 700, "THIS IS NOT A CHECK  \u2014  NON-NEGOTIABLE", 11, "sans-b", 0.55, "c")
    return s


def courier_items(rng: random.Random) -> list[Item]:
    """A courier's two weeks: hours on shift, a fee per delivery, tips passed on, a peak-time bonus."""
    hours = Decimal(rng.choice(["41.5", "48.25", "55.0", "62.75"]))
    rate = Decimal(rng.choice(["15.00", "16.50", "17.25"]))
    drops = rng.randint(70, 140)
    fee = Decimal(rng.choice(["2.10", "2.35", "2.60"]))
    return [Item("Hourly pay (on shift)", f"{hours} h", f"${rate}", cents(hours * rate)),
            Item("Delivery fees", f"{drops} drops", f"${fee}", cents(drops * fee)),
            Item("Customer tips", "", "", Decimal(rng.randrange(9000, 32000)) / 100),
            Item("Peak-time bonus", "", "", Decimal(rng.choice([0, 25, 40, 60])))]


def stub_payslip(stub: Stub, items: Sequence[Item], rng: random.Random) -> Sheet:
    """A courier company's "Payslip" from an online payroll service: dates as "28 Sep 2026", payments and
    deductions tables, "This period" and "Year to date" boxes at the right."""
    s = Sheet()
    s.text(40, 40, f"paynimbus {DOT} online payroll", 7.5, "sans", 0.45)
    s.text(40, 64, stub.employer, 14, "sans-b")
    s.text(40, 78, f"{stub.employer_address.street}, {stub.employer_address.last_line}", 8.5, "sans", 0.3)
    s.text(572, 66, "Payslip", 24, "sans", 0.15, "r")
    s.line(40, 90, 572, 90, 0.6, 0.5)
    y = 112
    for label, value in (("Employee", stub.employee.name), ("Address", stub.employee_address.street),
                         ("", stub.employee_address.last_line), ("Employee no.", f"DD-{rng.randint(10000, 99999)}")):
        s.text(40, y, label, 8.5, "sans", 0.4)
        s.text(112, y, value, 9.5, "sans-b" if label == "Employee" else "sans")
        y += 14
    y = 112
    for label, value in (("Pay period", f"{dmy(stub.period_start)} {EN} {dmy(stub.period_end)}"),
                         ("Pay date", dmy(stub.pay_date)), ("Pay frequency", "Every 2 weeks"),
                         ("Payment method", f"Bank transfer to ****{rng.randint(1000, 9999)}")):
        s.text(330, y, label, 8.5, "sans", 0.4)
        s.text(410, y, value, 9.5)
        y += 14
    y = 196
    s.text(40, y, "Payments", 11, "sans-b")
    y += 8
    cols = [(44, "Description", "l"), (210, "Units", "r"), (262, "Rate", "r"), (334, "Amount", "r")]
    s.line(40, y + 12, 340, y + 12, 0.5, 0.5)
    for x, label, align in cols:
        s.text(x, y + 9, label, 8, "sans", 0.4, align)
    y += 28
    for item in items:
        if not item.amount:
            continue
        for (x, _, align), value in zip(cols, (item.label, item.units, item.rate, money(item.amount)), strict=True):
            s.text(x, y, value, 9, "sans", 0.0, align)
        y += 15
    s.line(40, y - 8, 340, y - 8, 0.5, 0.5)
    s.text(44, y + 4, "Gross pay", 9.5, "sans-b")
    s.text(334, y + 4, money(stub.gross), 9.5, "sans-b", align="r")
    y += 34
    s.text(40, y, "Deductions", 11, "sans-b")
    y += 22
    for label, current, _ in stub.deductions:
        s.text(44, y, label, 9)
        s.text(334, y, money(current), 9, align="r")
        y += 15
    total = sum((c for _, c, _ in stub.deductions), Decimal(0))
    s.line(40, y - 8, 340, y - 8, 0.5, 0.5)
    s.text(44, y + 4, "Total deductions", 9.5, "sans-b")
    s.text(334, y + 4, money(total), 9.5, "sans-b", align="r")
    bx = 370
    for top, title, rows in (
            (196, "This period", [("Gross pay", stub.gross), ("Deductions", total), ("Net pay", stub.net)]),
            (300, "Year to date", [("Gross pay", stub.ytd_gross or Decimal(0)),
                                   ("Tax and deductions", sum((t for _, _, t in stub.deductions), Decimal(0))),
                                   ("Net pay", (stub.ytd_gross or Decimal(0))
                                    - sum((t for _, _, t in stub.deductions), Decimal(0)))])):
        s.rect(bx, top - 12, 202, 84, width=0.5, stroke=0.6, fill=0.96)
        s.text(bx + 10, top + 4, title, 10, "sans-b")
        for i, (label, value) in enumerate(rows):
            s.text(bx + 10, top + 24 + i * 16, label, 9, "sans-b" if label == "Net pay" else "sans")
            s.text(bx + 192, top + 24 + i * 16, f"${money(value)}", 9.5, "sans-b" if label == "Net pay" else "sans",
                   0.0, "r")
    s.wrap(40, 700, "This payslip was issued electronically through paynimbus on behalf of your employer. Questions "
           "about your pay? Message your fleet coordinator in the driver app.", 532, 7.5, "sans-i", 10, 0.35)
    return s


# --- bank statements -------------------------------------------------------------------------------------------


def statement_tidewater(st: Statement, per_first_page: int = 13) -> list[Sheet]:
    """A savings bank's two-page statement: the mailing block at the left, the account summary in a box at the
    right ("Opening balance" ... "Closing balance"), then Date / Description / Withdrawals / Deposits / Balance."""
    p1, p2 = Sheet(), Sheet()
    p1.text(40, 54, st.bank, 17, "serif-b")
    p1.text(40, 67, f"tidewatersavings.example  {DOT}  1-800-555-0143  {DOT}  Member FDIC", 7.5, "sans", 0.35)
    y = 116
    for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
        p1.text(40, y, line, 9.5)
        y += 13
    p1.rect(352, 90, 220, 140, width=0.9)
    p1.rect(352, 90, 220, 18, stroke=None, fill=0.85)
    p1.text(360, 103, "Account Summary", 9.5, "sans-b")
    p1.text(360, 124, "Everyday Checking", 9, "sans-b")
    p1.text(360, 138, f"Account number  XXXXXX{st.last4}", 8.5)
    p1.text(360, 152, f"Statement period  {us(st.start)} - {us(st.end)}", 8.5)
    for i, (label, value) in enumerate((("Opening balance", st.begin), ("Deposits and credits", st.deposits),
                                        ("Withdrawals and debits", st.debits), ("Closing balance", st.ending))):
        bold = "sans-b" if i == 3 else "sans"
        p1.text(360, 172 + i * 14, label, 8.5, bold)
        p1.text(564, 172 + i * 14, f"${money(value)}", 8.5, bold, 0.0, "r")
    cols = [(44, "Date", "l"), (92, "Description", "l"), (400, "Withdrawals", "r"), (480, "Deposits", "r"),
            (568, "Balance", "r")]

    def table_head(s: Sheet, y: float) -> float:
        s.rect(40, y, 532, 15, stroke=None, fill=0.88)
        for x, label, align in cols:
            s.text(x, y + 11, label, 8, "sans-b", 0.0, align)
        return y + 28

    def row(s: Sheet, y: float, d: date | None, desc: str, amount: Decimal | None, bal: Decimal) -> float:
        values = [d.strftime("%m/%d") if d else "", desc,
                  money(-amount) if amount is not None and amount < 0 else "",
                  money(amount) if amount is not None and amount > 0 else "", money(bal)]
        for (x, _, align), value in zip(cols, values, strict=True):
            s.text(x, y, value, 8.5, "sans", 0.0, align)
        s.line(40, y + 4, 572, y + 4, 0.3, 0.85)
        return y + 15

    p1.text(40, 258, "Transactions", 11, "serif-b")
    y = table_head(p1, 264)
    y = row(p1, y, st.start, "Opening balance", None, st.begin)
    for d, desc, amount, bal in st.rows[:per_first_page]:
        y = row(p1, y, d, desc, amount, bal)
    p1.text(568, y + 10, "continued on next page", 7.5, "sans-i", 0.35, "r")
    p2.text(40, 54, st.bank, 11, "serif-b")
    p2.text(572, 54, f"Account XXXXXX{st.last4}  {DOT}  {us(st.start)} - {us(st.end)}", 8.5, "sans", 0.3, "r")
    p2.line(40, 60, 572, 60, 0.6)
    y = table_head(p2, 76)
    for d, desc, amount, bal in st.rows[per_first_page:]:
        y = row(p2, y, d, desc, amount, bal)
    y = row(p2, y, st.end, "Closing balance", None, st.ending)
    p2.wrap(40, y + 24, "In case of errors or questions about your electronic transfers, call us or write to us as "
            "soon as you can, and no later than 60 days after we sent the first statement on which the problem "
            "appeared. Tell us your name and account number and describe the error.", 532, 8, "sans", 10.5, 0.3)
    for i, s in enumerate((p1, p2), start=1):
        s.text(572, 760, f"Page {i} of 2", 8, "sans", 0.3, "r")
    return [p1, p2]


def statement_canyon(st: Statement) -> list[Sheet]:
    """A community bank's one-page statement: "For the period <month day, year> through ...", a balance summary on
    dot leaders, then Posted / Description / Amount / Balance with debits in parentheses."""
    s = Sheet()
    s.text(40, 56, st.bank.upper(), 16, "sans-b")
    s.text(40, 69, f"Personal Banking  {DOT}  PO Box 2207  {DOT}  Prescott, AZ 86302  {DOT}  1-888-555-0176", 7.5,
           "sans", 0.35)
    s.text(572, 56, "Statement of Account", 12, "sans-b", align="r")
    s.text(572, 69, f"Statement date {us(st.end + timedelta(days=1))}", 8, "sans", 0.3, "r")
    y = 104
    for line in (st.holder.name, st.home.street, st.home.last_line):
        s.text(40, y, line, 9.5)
        y += 13
    s.text(350, 104, "Personal Checking", 9.5, "sans-b")
    s.text(350, 117, f"Acct ending in {st.last4}", 9)
    s.text(350, 130, "For the period", 8.5, "sans", 0.35)
    s.text(350, 143, f"{long_date(st.start)} through {long_date(st.end)}", 9)
    y = 176
    s.text(40, y, "Balance summary", 10.5, "sans-b")
    credits = sum(1 for _, _, a, _ in st.rows if a > 0)
    lines = [(f"Beginning balance on {st.start:%B} {st.start.day}", f"${money(st.begin)}"),
             (f"Total credits ({credits})", f"${money(st.deposits)}"),
             (f"Total debits ({len(st.rows) - credits})", f"(${money(st.debits)})"),
             (f"Ending balance on {st.end:%B} {st.end.day}", f"${money(st.ending)}")]
    y += 18
    for label, value in lines:
        s.text(48, y, label, 9)
        start = 48 + hp.text_width(label, "sans", 9) + 4
        s.text(start, y, ". " * int((300 - start) / hp.text_width(". ", "sans", 9)), 9, "sans", 0.5)
        s.text(380, y, value, 9, "sans", 0.0, "r")
        y += 14
    y += 18
    cols = [(44, "Posted", "l"), (100, "Description", "l"), (470, "Amount", "r"), (568, "Balance", "r")]
    s.line(40, y, 572, y, 0.8)
    for x, label, align in cols:
        s.text(x, y + 12, label, 8.5, "sans-b", 0.0, align)
    s.line(40, y + 17, 572, y + 17, 0.5)
    y += 31
    for d, desc, amount, bal in st.rows:
        for (x, _, align), value in zip(cols, (f"{d:%b} {d.day:02d}", desc.title(),
                                                money(amount) if amount > 0 else f"({money(-amount)})", money(bal)),
                                        strict=True):
            s.text(x, y, value, 8.5, "sans", 0.0, align)
        y += 13.5
    s.line(40, y - 6, 572, y - 6, 0.5)
    s.text(100, y + 6, "Ending balance", 8.5, "sans-b")
    s.text(568, y + 6, money(st.ending), 8.5, "sans-b", 0.0, "r")
    s.wrap(40, 730, "Deposits are FDIC insured to at least $250,000 per depositor. Report an error within 60 days of "
           "this statement.", 532, 7.5, "sans-i", 10, 0.35)
    return [s]


def statements(rng: random.Random, bank: str, holder: Person, home: Address, months: Sequence[date], last4: str,
               deposits: Any, n_debits: int = 15) -> list[Statement]:
    """Monthly statements of one account for the months given (first days), balances carried month to month when
    the months follow each other."""
    balance = Decimal(rng.randrange(40000, 260000)) / 100
    out: list[Statement] = []
    for start in months:
        if out and hp.add_months(out[-1].start, 1) != start:  # a month between: the balance moved meanwhile
            balance = max(balance + Decimal(rng.randrange(-30000, 30000)) / 100, Decimal("85.00"))
        st = hp.make_statement(rng, bank, holder, home, last4, start, hp.month_end(start.year, start.month), balance,
                               deposits(start), n_debits=n_debits)
        out.append(st)
        balance = st.ending
    return out


# --- letters, forms and other papers ---------------------------------------------------------------------------


def ui_determination(claimant: Person, home: Address, when: date, weekly: Decimal, rng: random.Random) -> Doc:
    """A state labor department's benefit determination: facts in a shaded two-column box, what happens next."""
    s = Sheet()
    state = hb.STATES.get(home.state, home.state)
    s.text(40, 54, f"{state} Department of Labor & Workforce Development", 12.5, "serif-b")
    s.text(40, 67, "Division of Unemployment Insurance  \u00b7  Benefit Payment Control", 8.5, "serif", 0.3)
    s.text(572, 54, f"Date of notice: {long_date(when)}", 9.5, "serif", align="r")
    y = 104
    for line in (claimant.upper, home.street.upper(), home.last_line.upper()):
        s.text(40, y, line, 10, "serif")
        y += 13
    s.text(306, y + 30, "NOTICE OF BENEFIT DETERMINATION", 14, "serif-b", align="c")
    y += 50
    begin = when - timedelta(days=rng.randint(8, 20))
    begin -= timedelta(days=(begin.weekday() + 1) % 7)  # claims start on a Sunday
    facts = [("Claimant", claimant.name), ("Claim ID", f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-UI"),
             ("Claim effective date", us(begin)), ("Weekly benefit amount", f"${money(weekly)}"),
             ("Maximum benefit amount", f"${money(weekly * 26)}"),
             ("Benefit year ends", us(begin + timedelta(days=364)))]
    s.rect(60, y, 492, 18 * len(facts) + 12, width=0.6, fill=0.95)
    for i, (label, value) in enumerate(facts):
        s.text(72, y + 20 + 18 * i, label, 10, "serif-b")
        s.text(260, y + 20 + 18 * i, value, 10.5, "serif")
    y += 18 * len(facts) + 40
    for paragraph in (
            "DETERMINATION: You are eligible for unemployment insurance benefits. Your separation from your last "
            "employer was due to a lack of work and is not disqualifying.",
            "Unemployment benefits are paid for each week you request payment, are able and available for work, and "
            "look for work. Payments are made weekly by direct deposit or debit card. Benefits are taxable income.",
            "APPEAL RIGHTS: If you disagree with this determination you may appeal within 15 days of the date of "
            "this notice."):
        y = s.wrap(60, y, paragraph, 492, 10, "serif", 14) + 8
    return Doc("unemployment_benefit_letter", {"letter_date": when, "benefit_type": "unemployment"}, [s])


def ssa_1099(beneficiary: Person, ssn4: str, home: Address, year: int, monthly: Decimal, rng: random.Random) -> Doc:
    """A page after Form SSA-1099, the Social Security Benefit Statement for a tax year: a year's total, no monthly
    amount or frequency, so not an award letter; filed as an "other" document."""
    s = Sheet()
    paid = monthly * 12
    medicare = Decimal(rng.choice(["0.00", "2220.00"]))
    s.rect(40, 40, 532, 380, width=1.0)
    s.text(48, 58, f"FORM SSA-1099 {EM} SOCIAL SECURITY BENEFIT STATEMENT", 11, "sans-b")
    s.text(564, 58, str(year), 18, "sans-b", align="r")
    s.text(48, 72, "PART OF YOUR SOCIAL SECURITY BENEFITS SHOWN IN BOX 5 MAY BE TAXABLE INCOME.", 7.5, "sans-b")
    s.text(48, 83, "SEE THE REVERSE FOR MORE INFORMATION.", 7.5, "sans-b")
    boxes = [("Box 1. Name", beneficiary.upper, 48, 96, 300), ("Box 2. Beneficiary's Social Security Number",
                                                               f"XXX-XX-{ssn4}", 348, 96, 220),
             ("Box 3. Benefits Paid in " + str(year), money(paid + medicare), 48, 134, 170),
             ("Box 4. Benefits Repaid to SSA in " + str(year), "NONE", 218, 134, 170),
             ("Box 5. Net Benefits for " + str(year) + " (Box 3 minus Box 4)", money(paid + medicare), 388, 134, 180)]
    for label, value, x, y, w in boxes:
        s.rect(x, y, w, 36, width=0.5)
        s.text(x + 4, y + 10, label, 6.5)
        s.text(x + 8, y + 28, value, 10.5, "mono")
    y = 186
    s.text(48, y, "DESCRIPTION OF AMOUNT IN BOX 3", 8, "sans-b")
    y += 14
    for label, value in (("Paid by check or direct deposit", paid), ("Medicare Part B premiums deducted from your "
                                                                     "benefits", medicare),
                         ("Total Additions", paid + medicare), (f"Benefits for {year}", paid + medicare)):
        s.text(56, y, label, 8.5)
        s.text(330, y, money(value), 8.5, "mono", align="r")
        y += 13
    s.rect(348, 186, 220, 40, width=0.5)
    s.text(352, 196, "Box 6. Voluntary Federal Income Tax Withheld", 6.5)
    s.text(356, 216, "NONE", 10.5, "mono")
    s.rect(48, 262, 300, 60, width=0.5)
    s.text(52, 272, "Box 7. Address", 6.5)
    s.text(56, 288, home.street.upper(), 9.5, "mono")
    s.text(56, 302, home.last_line.upper(), 9.5, "mono")
    s.rect(348, 262, 220, 40, width=0.5)
    s.text(352, 272, "Box 8. Claim Number (Use this number if you need to contact SSA.)", 6)
    s.text(356, 292, f"XXX-XX-{ssn4}A", 10.5, "mono")
    s.text(48, 408, "Form SSA-1099-SM (1-" + str(year + 1)[-2:] + ")", 7.5)
    s.text(564, 408, "DO NOT RETURN THIS FORM TO SSA OR IRS", 7.5, "sans-b", align="r")
    return Doc("other", {}, [s])


def w2(employee: Person, ssn4: str, home: Address, employer: str, employer_home: Address, year: int, wages: Decimal,
       rng: random.Random) -> Doc:
    """A page after Form W-2 (Copy C, for the employee's records): the lettered and numbered boxes in a grid."""
    s = Sheet()
    fed, ss, med, st = (cents(wages * Decimal(r)) for r in ("0.092", "0.062", "0.0145", "0.039"))
    s.text(40, 48, "Copy C\u2014For EMPLOYEE'S RECORDS", 8, "sans-b")
    grid = [("a  Employee's social security number", f"XXX-XX-{ssn4}", 40, 56, 200, 28),
            ("OMB No. 1545-0008", "", 240, 56, 120, 28),
            ("b  Employer identification number (EIN)", f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}", 40,
             84, 320, 28),
            ("c  Employer's name, address, and ZIP code", "", 40, 112, 320, 62),
            ("e  Employee's first name and initial   Last name", f"{employee.first} {employee.middle or ''}".strip()
             + f"   {employee.last}", 40, 174, 320, 28),
            ("f  Employee's address and ZIP code", "", 40, 202, 320, 50),
            ("1  Wages, tips, other compensation", money(wages), 360, 56, 106, 28),
            ("2  Federal income tax withheld", money(fed), 466, 56, 106, 28),
            ("3  Social security wages", money(wages), 360, 84, 106, 28),
            ("4  Social security tax withheld", money(ss), 466, 84, 106, 28),
            ("5  Medicare wages and tips", money(wages), 360, 112, 106, 28),
            ("6  Medicare tax withheld", money(med), 466, 112, 106, 28),
            ("12a  See instructions for box 12", "", 360, 140, 212, 34),
            ("15  State   Employer's state ID number", f"{home.state}   {rng.randint(100000, 999999)}", 40, 252, 200,
             28),
            ("16  State wages, tips, etc.", money(wages), 240, 252, 120, 28),
            ("17  State income tax", money(st), 360, 252, 106, 28),
            ("18  Local wages, tips, etc.", "", 466, 252, 106, 28)]
    for label, value, x, y, w, h in grid:
        s.rect(x, y, w, h, width=0.5)
        s.text(x + 3, y + 8, label, 6)
        s.text(x + 6, y + h - 7, value, 9.5, "mono")
    for i, line in enumerate((employer, employer_home.street, employer_home.last_line)):
        s.text(46, 134 + 13 * i, line, 9.5, "mono")
    for i, line in enumerate((home.street, home.last_line)):
        s.text(46, 224 + 13 * i, line, 9.5, "mono")
    s.text(40, 296, "Form", 8)
    s.text(64, 298, "W-2", 16, "sans-b")
    s.text(110, 296, "Wage and Tax Statement", 10, "sans-b")
    s.text(300, 298, str(year), 16, "sans-b")
    s.text(572, 296, "Department of the Treasury\u2014Internal Revenue Service", 7, align="r")
    s.text(40, 320, "This information is being furnished to the Internal Revenue Service. If you are required to file "
                    "a tax return, a negligence penalty may be imposed on you if this income is taxable.", 6.5, "sans",
           0.3)
    return Doc("w2", {}, [s])


def lease(landlord: Person, tenant: Person, premises: Address, begins: date, rent: Decimal, rng: random.Random) -> Doc:
    """A one-page residential lease: parties, premises, term, rent and when it is due, signatures. It shows rent
    but is not a checklist document of its own: an "other" paper."""
    s = Sheet()
    s.text(306, 64, "RESIDENTIAL LEASE AGREEMENT", 15, "serif-b", align="c")
    y = 100
    ends = date(begins.year + 1, begins.month, 1) - timedelta(days=1)
    for number, paragraph in enumerate((
            f"PARTIES. This lease is made on {long_date(begins - timedelta(days=rng.randint(10, 25)))} between "
            f"{landlord.name} (\"Landlord\") and {tenant.name} (\"Tenant\").",
            f"PREMISES. Landlord rents to Tenant the single-family house at {premises.one_line}, with its appliances "
            "and garage.",
            f"TERM. The lease begins on {long_date(begins)} and ends on {long_date(ends)}, then continues month to "
            "month unless either party gives 30 days' written notice.",
            f"RENT. Tenant shall pay rent of ${money(rent)} per month, in advance, on or before the first day of each "
            "month, by electronic transfer to the account Landlord designates. Rent paid after the fifth day carries "
            "a late charge of $50.00.",
            f"SECURITY DEPOSIT. Tenant has paid a security deposit of ${money(rent)}, to be returned within 30 days "
            "after the lease ends, less any lawful deductions.",
            "UTILITIES AND CARE. Tenant pays electricity, gas, water and trash, keeps the premises clean and "
            "reports needed repairs promptly. Landlord maintains the roof, structure, plumbing and heating.",
            "OCCUPANTS AND PETS. Only Tenant and Tenant's immediate family may live at the premises. No pets "
            "without Landlord's written consent.",
            "ENTIRE AGREEMENT. This lease is the whole agreement of the parties and may be changed only in writing "
            "signed by both."), start=1):
        y = s.wrap(60, y, f"{number}. {paragraph}", 492, 10, "serif", 14) + 6
    y += 30
    for i, (role, who) in enumerate((("Landlord", landlord), ("Tenant", tenant))):
        x = 60 + i * 260
        s.signature(rng, x + 10, y, 170, 20, gray=0.12)
        s.line(x, y + 4, x + 220, y + 4, 0.6)
        s.text(x, y + 16, f"{role}: {who.name}", 9, "serif")
    return Doc("other", {}, [s])


def electric_bill(holder: Person, home: Address, when: date, rng: random.Random) -> Doc:
    """An electric cooperative's monthly bill: service address, meter readings, amount due. An "other" paper."""
    s = Sheet()
    s.rect(0, 0, hp.PAGE_W, 70, stroke=None, fill=0.25)
    s.text(40, 44, "Blue Ridge Electric & Gas Cooperative", 16, "sans-b", 1.0)
    s.text(572, 44, "Your Energy Bill", 12, "sans", 0.95, "r")
    start = hp.add_months(when, -1)
    kwh = rng.randint(620, 1480)
    charge = cents(Decimal(kwh) * Decimal("0.1382"))
    fixed = Decimal("24.00")
    due = charge + fixed
    y = 104
    for label, value in (("Account holder", holder.name), ("Service address", home.one_line),
                         ("Account number", f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"),
                         ("Bill date", us(when)), ("Service period", f"{us(start)} - {us(when - timedelta(days=1))}")):
        s.text(40, y, label, 9, "sans", 0.4)
        s.text(160, y, value, 10)
        y += 16
    s.rect(380, 96, 192, 70, width=1.2)
    s.text(392, 116, "Amount due", 10, "sans-b")
    s.text(560, 142, f"${money(due)}", 18, "sans-b", align="r")
    s.text(392, 158, f"Due by {us(when + timedelta(days=21))}", 8.5, "sans", 0.3)
    y += 20
    s.text(40, y, "Charges this period", 11, "sans-b")
    y += 18
    for label, value in ((f"Energy charge {kwh:,} kWh x $0.1382", charge), ("Customer charge", fixed),
                         ("Total current charges", due)):
        s.text(48, y, label, 9.5)
        s.text(400, y, money(value), 9.5, align="r")
        y += 15
    return Doc("other", {}, [s])


def transfer_letter(employee: Person, home: Address, employer: str, when: date, new_city: str,
                    rng: random.Random) -> Doc:
    """An employer's notice of transfer to a distant location, on letterhead."""
    s = Sheet()
    s.text(306, 58, employer, 16, "serif-b", align="c")
    s.text(306, 72, f"Human Resources  {DOT}  People Operations", 8.5, "serif", 0.35, "c")
    s.line(72, 82, 540, 82, 0.6)
    s.text(72, 112, long_date(when), 11, "serif")
    y = 142
    for line in (employee.name, home.street, home.last_line):
        s.text(72, y, line, 11, "serif")
        y += 14
    y += 20
    s.text(72, y, "Re: Notice of transfer", 11, "serif-b")
    y += 26
    report = when + timedelta(days=rng.randint(21, 45))
    for paragraph in (
            f"Dear {employee.first},",
            f"This letter confirms that your position is being transferred to our {new_city} operations center, "
            f"effective {long_date(report)}. Your title, pay grade and seniority are unchanged.",
            f"The company will provide relocation assistance of ${money(Decimal(rng.choice([2500, 4000, 5000])))} "
            "paid as a lump sum with your first pay at the new location. The position at your current site will not "
            "continue after that date.",
            "Please contact Human Resources with any questions."):
        y = s.wrap(72, y, paragraph, 468, 11, "serif", 15) + 8
    s.text(72, y + 10, "Sincerely,", 11, "serif")
    s.signature(rng, 80, y + 48, 150, 22, gray=0.12)
    s.text(72, y + 64, "Director, Human Resources", 11, "serif")
    return Doc("employer_relocation_letter", {"letter_date": when}, [s])


def plain_letter(app: FApplication, when: date, subject: str, paragraphs: Sequence[str], rng: random.Random) -> Doc:
    """A hardship letter typed in a word processor: sender block at the left, "Subject:" line, signed in ink."""
    s = Sheet()
    y = 72
    for line in (app.borrower.name, app.address.street, app.address.last_line, app.phone):
        s.text(72, y, line, 10.5)
        y += 13.5
    y += 18
    s.text(72, y, us(when), 10.5)
    y += 28
    s.text(72, y, f"Subject: {subject}", 10.5, "sans-b")
    y += 26
    for paragraph in paragraphs:
        y = s.wrap(72, y, paragraph, 468, 10.5, "sans", 14.5) + 8
    s.text(72, y + 8, "Respectfully,", 10.5)
    s.signature(rng, 80, y + 44, 160, 22, gray=0.1)
    s.text(72, y + 60, app.borrower.name, 10.5)
    return Doc("hardship_letter", {"letter_date": when}, [s])


# --- delivery --------------------------------------------------------------------------------------------------


@dataclass
class SeparatorDoc(Doc):
    """The servicer's barcode separator sheet put on top of a scan batch: it names the loan, it is not listed."""

    loan: str = ""

    @property
    def page_count(self) -> int:
        return 1

    def images(self, dpi: int) -> list[Image.Image]:
        return [pf.separator_image(self.loan, pf.ScanStyle(dpi=dpi)).convert("L")]


def separator(loan: str) -> SeparatorDoc:
    return SeparatorDoc("separator_sheet", {}, listed=False, loan=loan)


def upside_down(doc: Doc) -> Doc:
    return hd.UpsideDownDoc(doc.type, doc.fields, doc.sheets, facts=doc.facts)


@dataclass
class FFile(BFile):
    """A file as dropped in the inbox; `duplex` scans the blank back of every sheet too (after each page)."""

    duplex: bool = False


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """Render every file into root/<packet>/inbox (blank backs after each sheet of a duplex scan, the fax header
    line across the top of each faxed page) and return the expected report."""
    folder = root / packet.name
    shutil.rmtree(folder, ignore_errors=True)
    pages: dict[int, list[tuple[str, int]]] = {}
    for file in packet.files:
        target = folder / "inbox" / file.name
        target.parent.mkdir(parents=True, exist_ok=True)
        duplex = getattr(file, "duplex", False)
        images: list[Image.Image] = []
        parts: list[bytes] = []
        number = 0
        for doc in file.parts:
            order = doc.delivered_order or list(range(doc.page_count))
            placed: dict[int, int] = {}
            if file.scan is None:
                if doc.delivered_order:
                    raise ValueError("only scanned pages are delivered out of order")
                parts.append(doc.digital())
                for own in order:
                    number += 1
                    placed[own] = number
            else:
                rendered = doc.images(file.scan.dpi)
                for own in order:
                    images.append(hp.scanned(rendered[own], file.scan, page=len(images)))
                    number += 1
                    placed[own] = number
                    if duplex:
                        back = hc.BlankDoc.seen_through(rendered[own])
                        images.append(hp.scanned(back, file.scan, page=len(images)))
                        number += 1
            if doc.listed:
                pages[id(doc)] = [(file.name, placed[own]) for own in sorted(placed)]
        if file.scan is None:
            target.write_bytes(parts[0] if len(parts) == 1 else pf.concat_pdfs(parts))
        else:
            header = getattr(file, "header", "")
            if header:
                images = [hb._fax_header(img, header.format(page=i, pages=len(images)), file.scan.dpi)
                          for i, img in enumerate(images, start=1)]
            pf.images_pdf(images, file.scan.dpi, target)
    return hp.write_expected(packet, folder, pages)


# --- self-check --------------------------------------------------------------------------------------------------


def _renderings(name: str, value: Any) -> list[str]:
    """holdout_packets_c's renderings, plus the day-month-year and "Sep 3, 2026" forms this set prints."""
    out = hc._renderings(name, value)
    if isinstance(value, date):
        out += [dmy(value), f"{value:%b} {value.day}, {value.year}"]
    return out


def check(packet: Packet, expected: dict[str, Any],
          renderings: Callable[[str, Any], list[str]] | None = None) -> list[str]:
    """Values of expected.json not printed on their document (in one of `renderings`, this set's by
    default), and scenarios the checklist does not bear out."""
    render = renderings or _renderings
    problems = []
    if sorted(expected["missing"]) != sorted(packet.intent):
        problems.append(f"missing {expected['missing']} but the scenario meant {packet.intent}")
    for doc, want in zip(packet.docs, expected["documents"], strict=True):
        text = hc._text(doc)
        for name, value in doc.fields.items():
            if value is None or name == "monthly_gross":
                continue
            if not any(hc._printed(o, text) for o in render(name, value)):
                problems.append(f"{want['id']} {doc.type}.{name}={value!r} not printed")
    app = packet.app
    if app is not None:
        text = hc._text(next(d for d in packet.docs if d.type == "mortgage_assistance_application"))
        wanted: list[list[str]] = [[app.loan], [app.borrower.name], [app.ssn4], [app.address.street],
                                   [app.address.city], [app.address.zip], [money(app.total)]]
        wanted += [[money(a)] for _, a, _ in app.income_lines]
        if app.co_borrower:
            wanted += [[app.co_borrower.name], [app.co_ssn4 or ""]]
        wanted += [render("date", d) for d in (app.hardship_start, app.signed_on, app.co_signed_on) if d]
        problems += [f"application value {w[0]!r} not printed" for w in wanted
                     if not any(hc._printed(o, text) for o in w)]
    return problems


# --- packets -----------------------------------------------------------------------------------------------------

LARKHAVEN = ("Larkhaven Mortgage Servicing",
             f"Loss Mitigation  {DOT}  PO Box 60417, Omaha, NE 68106  {DOT}  fax 1-866-555-0129  {DOT}  1-866-555-0128")
COBALT = "Cobalt Home Loan Servicing"
STATE_AGENCIES = [("Department of Transportation", "Highway Maintenance Tech II"),
                  ("Department of Human Services", "Eligibility Specialist"),
                  ("Department of Corrections", "Correctional Officer"),
                  ("Department of Revenue", "Tax Examiner I")]
COURIERS = ["Dash & Dine Couriers LLC", "Swiftbox Delivery Co.", "Lantern Street Couriers Inc."]


def received_on(rng: random.Random) -> date:
    """A weekday between late August and the end of November 2026."""
    return hp.weekday_on_or_before(date(2026, 8, 24) + timedelta(days=rng.randint(0, 98)))


def _sunday_on_or_before(d: date) -> date:
    return d - timedelta(days=(d.weekday() + 1) % 7)


def _state_stub(rng: random.Random, employee: Person, home: Address, received: date, days_back: int
                ) -> tuple[Stub, list[Item], str, str]:
    items = state_items(rng)
    end = hp._semimonthly_end_before(received - timedelta(days=days_back))
    agency, position = rng.choice(STATE_AGENCIES)
    state = f"State of {hb.STATES.get(home.state, home.state)}"
    stub = stub_from_items(rng, state, employee, home, "semimonthly", items, end, 5, received)
    office = Address(f"{rng.randint(100, 1600)} Capitol Ave", home.city, home.state, home.zip)  # payroll in-state
    return replace(stub, employer_address=office), items, agency, position


def _courier_stub(rng: random.Random, employee: Person, home: Address, received: date, days_back: int,
                  employer: str) -> tuple[Stub, list[Item]]:
    items = courier_items(rng)
    end = _sunday_on_or_before(received - timedelta(days=days_back))
    return stub_from_items(rng, employer, employee, home, "biweekly", items, end, 5, received), items


def _email(person_: Person, rng: random.Random) -> str:
    """An address as mail providers allow it: the name's accents dropped, apostrophes and spaces gone."""
    plain = unicodedata.normalize("NFKD", f"{person_.first}.{person_.last}").encode("ascii", "ignore").decode()
    domain = rng.choice(["mail.example", "post.example"])
    return f"{plain.lower().replace(chr(39), '').replace(' ', '')}{rng.randint(1, 99)}@{domain}"


def _mortgage(rng: random.Random) -> str:
    return f"${money(Decimal(rng.randrange(110000, 260000)) / 100)}"


def packet_rma_digital_folder(seed: int) -> Packet:
    """The boxed RMA typed into its PDF and signed by both applicants; the borrower's courier payslip, two
    consecutive savings-bank statements carrying the pay and the co-borrower's pension, and an electric bill, all
    born digital in a folder named after the loan. Complete."""
    rng = random.Random(seed * 7919 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Mar\u00eda", "Jos\u00e9", "N\u00fa\u00f1ez-Ortega")
    co = Person("Ignacio", None, "Ferrer Salas")
    home = hp.address(rng)
    employer = COURIERS[0]
    stub, items = _courier_stub(rng, borrower, home, received, rng.randint(4, 12), employer)
    pension = Decimal(rng.randrange(110000, 240000)) / 100
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = f_app([("wages", cents(stub.gross * 26 / 12), "B"), ("benefits_taxable", pension, "C")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income", "increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(60, 200)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(employer=employer, co_phone=hp.phone(rng), co_employer="Retired", mortgage=_mortgage(rng),
                     story="The restaurant group I delivered for cut our shifts, and our escrow payment went up "
                           "after the county reassessed the house.")
    app_doc = Doc("mortgage_assistance_application", {}, rma_boxes(app, LARKHAVEN, "typed", rng))
    stub_doc = stub.doc([stub_payslip(stub, items, rng)])
    last4 = hp.digits(rng, 4)
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    sts = statements(rng, "Tidewater Savings Bank", borrower, home, months, last4, lambda start: [
        (rng.randint(2, 4), f"PAYNIMBUS PAYROLL {employer.split()[0].upper()}", stub.net),
        (rng.randint(16, 18), f"PAYNIMBUS PAYROLL {employer.split()[0].upper()}", stub.net),
        (2, "STATE TEACHERS RETIREMENT SYS ANNUITY", cents(pension * Decimal("0.9")))])
    statement_docs = [st.doc(statement_tidewater(st)) for st in sts]
    bill = electric_bill(borrower, home, received - timedelta(days=rng.randint(8, 25)), rng)
    docs = [app_doc, stub_doc, *statement_docs, bill]
    files = [BFile(f"{loan}/RMA - signed.pdf", [app_doc]),
             BFile(f"{loan}/Payslip {dmy(stub.pay_date)}.pdf", [stub_doc]),
             BFile(f"{loan}/Tidewater eStatement {months[0]:%b %Y}.pdf", [statement_docs[0]]),
             BFile(f"{loan}/Tidewater eStatement {months[1]:%b %Y}.pdf", [statement_docs[1]]),
             BFile(f"{loan}/electric bill.pdf", [bill])]
    return Packet("f1-boxed-rma-typed-payslip-savings-statements-digital-folder", received, app, docs, files, loan, [])


def packet_portal_speckled_loose(seed: int) -> Packet:
    """The portal's Application Summary printed and scanned at 150 dpi grayscale with speckle, the co-applicant's
    e-signature still pending; the applicant's courier payslip and the co-applicant's unemployment determination,
    each a loose scan (only the summary's file name carries the loan number). Incomplete: application_signature."""
    rng = random.Random(seed * 7919 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10)
    borrower = Person("Nguy\u1ec5n", "Th\u1ecb", "Lan")
    co = Person("Tr\u1ea7n", "V\u0103n", "Minh")
    home = hp.address(rng)
    employer = COURIERS[1]
    stub, items = _courier_stub(rng, borrower, home, received, rng.randint(4, 10), employer)
    weekly = Decimal(rng.randrange(320, 610))
    submitted = received - timedelta(days=rng.randint(2, 5))
    app = f_app([("wages", cents(stub.gross * 26 / 12), "B"), ("unemployment", cents(weekly * 52 / 12), "C")],
                loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["unemployment", "reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(30, 100)), signed=True, signed_on=submitted,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=False, co_signed_on=None, phone=hp.phone(rng),
                email=_email(borrower, rng))
    app.facts.update(mortgage=_mortgage(rng), cash=f"${money(Decimal(rng.randrange(20000, 180000)) / 100)}",
                     story="My husband's plant closed and he is on unemployment. My delivery hours were cut too.")
    app_doc = Doc("mortgage_assistance_application", {}, portal_summary(app, COBALT, submitted, rng))
    stub_doc = stub.doc([stub_payslip(stub, items, rng)])
    letter = ui_determination(co, home, app.hardship_start + timedelta(days=rng.randint(10, 20)), weekly, rng)
    docs = [app_doc, stub_doc, letter]

    def scan(n: int) -> Scan:
        return Scan(150, skew=rng.choice([-0.6, 0.4, 0.8]), noise=0.004, blur=0.35, paper=238, seed=seed + 90 + n)

    files = [BFile(f"Application Summary {loan}.pdf", [app_doc], scan(1)),
             BFile(f"payslip {stub.pay_date:%d%b%Y}.pdf", [stub_doc], scan(2)),
             BFile("UI determination.pdf", [letter], scan(3))]
    return Packet("f2-portal-summary-co-applicant-pending-150dpi-speckled-loose", received, app, docs, files, loan,
                  ["application_signature"])


def packet_rma_hand_fax_upside_down(seed: int) -> Packet:
    """The boxed RMA printed blank, filled in and ticked by hand, faxed at 200 dpi with the machine's header line
    together with a state pay statement fed in upside down, last year's W-2 and the divorce decree. Complete."""
    rng = random.Random(seed * 7919 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Aleksandra", None, "Wi\u015bniewska-D\u0105browska")
    ex = Person("Tomasz", "J.", "D\u0105browski")
    home = hp.address(rng)
    stub, items, agency, position = _state_stub(rng, borrower, home, received, rng.randint(3, 12))
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = f_app([("wages", stub.gross * 2, "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                occupancy="primary_residence", hardships=["divorce_or_separation"],
                hardship_start=received - timedelta(days=rng.randint(120, 300)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng))
    app.facts.update(employer=stub.employer, mortgage=_mortgage(rng),
                     story="Divorced this year; I now pay the whole mortgage on my state salary alone.")
    app_doc = Doc("mortgage_assistance_application", {}, rma_boxes(app, LARKHAVEN, "hand", rng))
    stub_doc = upside_down(stub.doc([stub_state(stub, items, agency, position, rng)]))
    form = w2(borrower, app.ssn4, home, stub.employer, stub.employer_address, received.year - 1,
              cents(stub.gross * 24 * Decimal("0.97")), rng)
    decree = hp.divorce_decree(borrower, ex, app.hardship_start + timedelta(days=rng.randint(30, 90)), rng)
    docs = [app_doc, stub_doc, form, decree]
    fax = Scan(200, skew=0.5, noise=0.0008, blur=0.4, fax=True, seed=seed + 93)
    header = (f"{received:%b %d %Y} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}  {hp.phone(rng)}  "
              f"LARKHAVEN LOSS MIT   P.{{page}}/{{pages}}")
    files = [FFile(f"FAX_{received:%Y%m%d}_{rng.randint(100000, 999999)}.pdf", docs, fax, header=header)]
    return Packet("f3-boxed-rma-handfilled-ticks-fax-stub-upside-down-w2-decree", received, app, docs, files, loan, [])


def packet_portal_separator_gap(seed: int) -> Packet:
    """The portal summary printed and scanned at 200 dpi behind a barcode separator sheet, with a state pay
    statement, an SSA-1099, and two statements of one account that skip a month (the later one's second page fed
    first); disability claimed but no letter or medical paper came. Incomplete: income_doc:benefits_taxable,
    hardship_doc:disability_or_illness."""
    rng = random.Random(seed * 7919 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Oluwaseun", "T.", "Adeyemi-Bakare")
    home = hp.address(rng)
    stub, items, agency, position = _state_stub(rng, borrower, home, received, rng.randint(3, 14))
    ssdi = Decimal(rng.randrange(90000, 190000)) / 100
    submitted = received - timedelta(days=rng.randint(3, 8))
    app = f_app([("wages", stub.gross * 2, "B"), ("benefits_taxable", ssdi, "B")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disability_or_illness", "reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(90, 250)), signed=True, signed_on=submitted,
                phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(mortgage=_mortgage(rng), cash=f"${money(Decimal(rng.randrange(30000, 250000)) / 100)}",
                     story="My son was injured and needs care at home; I went to part-time hours and he now "
                           "receives disability benefits.")
    app_doc = Doc("mortgage_assistance_application", {}, portal_summary(app, COBALT, submitted, rng))
    stub_doc = stub.doc([stub_state(stub, items, agency, position, rng)])
    form = ssa_1099(borrower, app.ssn4, home, received.year - 1, ssdi, rng)
    months = [hp.add_months(received, -3), hp.add_months(received, -1)]  # the month between never came
    sts = statements(rng, "Tidewater Savings Bank", borrower, home, months, hp.digits(rng, 4), lambda start: [
        (rng.randint(1, 3), "SSA TREAS 310 XXSOC SEC", ssdi),
        (rng.randint(3, 6), f"STATE OF {home.state} PAYROLL DIR DEP", stub.net),
        (rng.randint(18, 21), f"STATE OF {home.state} PAYROLL DIR DEP", stub.net)])
    statement_docs = [st.doc(statement_tidewater(st)) for st in sts]
    statement_docs[1].delivered_order = [1, 0]
    docs = [app_doc, stub_doc, form, *statement_docs]
    scan = Scan(200, skew=0.4, noise=0.0006, blur=0.45, paper=244, seed=seed + 94)
    files = [FFile(f"SEP_BATCH_{received:%y%m%d}_{rng.randint(1, 40):03d}.pdf",
                   [separator(loan), app_doc, stub_doc, statement_docs[0], form, statement_docs[1]], scan)]
    return Packet("f4-portal-summary-separator-scan-statement-month-missing-no-illness-letter", received, app, docs,
                  files, loan, ["income_doc:benefits_taxable", "hardship_doc:disability_or_illness"])


def packet_rma_ink_duplex(seed: int) -> Packet:
    """The boxed RMA typed, printed, signed in pen with the hardship date left empty, duplex-scanned at 300 dpi with
    a typed hardship letter (quoting & < > " ' and {{ 7*7 }}), a state pay statement more than 90 days old and last
    year's W-2, a blank back behind every sheet. Incomplete: application_field:hardship_start_date,
    income_doc:wages."""
    rng = random.Random(seed * 7919 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10)
    borrower = Person("Siobh\u00e1n", None, "O'Brien-Kowalczyk")
    home = hp.address(rng)
    stub, items, agency, position = _state_stub(rng, borrower, home, received, rng.randint(100, 130))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    other = 'Caring for my father after his stroke: aide costs > $1,800/mo & rising ("respite" care <2 days/wk>)'
    app = f_app([("wages", stub.gross * 2, "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                occupancy="primary_residence", hardships=["other"], hardship_start=None, signed=True,
                signed_on=signed_on, phone=hp.phone(rng), email=_email(borrower, rng), other_hardship_text=other)
    app.facts.update(employer=stub.employer, mortgage=_mortgage(rng), duration="short")
    app_doc = Doc("mortgage_assistance_application", {}, rma_boxes(app, LARKHAVEN, "typed-ink", rng))
    letter = plain_letter(app, signed_on, f"Hardship <loan #{loan}> & my father's care", [
        "To the Loss Mitigation team at Larkhaven,",
        "Since my father's stroke I have been his main caregiver. His home aide costs more than $1,800 a month & "
        "Medicare does not pay for it. I have used up my savings and fell behind on the mortgage.",
        "I still work full time for the State. When I called, the agent said my file showed a placeholder where my "
        "name should be: \"{{ 7*7 }}\". Please make sure my name is O'Brien-Kowalczyk on the letters you send.",
        "I am asking for a short-term plan while we arrange <b>long-term</b> care for him."], rng)
    stub_doc = stub.doc([stub_state(stub, items, agency, position, rng)])
    form = w2(borrower, app.ssn4, home, stub.employer, stub.employer_address, received.year - 1,
              cents(stub.gross * 24 * Decimal("0.98")), rng)
    docs = [app_doc, letter, stub_doc, form]
    scan = Scan(300, skew=-0.3, noise=0.0003, blur=0.5, paper=246, seed=seed + 95)
    files = [FFile(f"DUPLEX_{rng.randint(1, 9999):04d}.pdf", docs, scan, duplex=True)]
    return Packet("f5-boxed-rma-ink-signed-duplex-scan-blank-backs-no-date-stale-stub", received, app, docs, files,
                  loan, ["application_field:hardship_start_date", "income_doc:wages"])


def packet_portal_digital_rental(seed: int) -> Packet:
    """The portal summary saved as PDF from the browser, for a house now rented out ("Investment / rental") after a
    transfer; two consecutive community-bank statements carry the pay and the rent, with the lease, a signed
    4506-C and the transfer letter, all loose born-digital files. Complete."""
    rng = random.Random(seed * 7919 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 3)
    borrower = Person("Kwame", "Nana", "Mensah-Bonsu")
    tenant = hp.person(rng)
    home = hp.address(rng)
    mailing = hp.address(rng)
    while mailing.city == home.city:
        mailing = hp.address(rng)
    employer = rng.choice(hp.EMPLOYERS)
    salary = Decimal(rng.randrange(180000, 320000)) / 100  # semi-monthly gross
    rent = Decimal(rng.randrange(1350, 2400, 25))
    net_rent = rent - Decimal(rng.choice([150, 200, 250]))
    submitted = received - timedelta(days=rng.randint(2, 6))
    app = f_app([("wages", salary * 2, "B"), ("rental", net_rent, "B")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="investment_property", hardships=["relocation"],
                hardship_start=received - timedelta(days=rng.randint(100, 220)), signed=True, signed_on=submitted,
                phone=hp.phone(rng), email=_email(borrower, rng), mailing=mailing)
    app.facts.update(mortgage=_mortgage(rng), cash=f"${money(Decimal(rng.randrange(50000, 400000)) / 100)}",
                     story="My employer transferred me to another city; I rent the house out but the rent does not "
                           "cover the payment and my new rent together.")
    app_doc = Doc("mortgage_assistance_application", {}, portal_summary(app, COBALT, submitted, rng))
    net = cents(salary * Decimal("0.76"))
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    sts = statements(rng, "Canyon Ridge Bank", borrower, mailing, months, hp.digits(rng, 4), lambda start: [
        (14, f"{employer.upper()[:22]} PAYROLL", net), (29, f"{employer.upper()[:22]} PAYROLL", net),
        (rng.randint(1, 4), f"ZELLE FROM {tenant.last.upper()} RENT", rent)], n_debits=13)
    statement_docs = [st.doc(statement_canyon(st)) for st in sts]
    lease_doc = lease(borrower, tenant, home, (app.hardship_start + timedelta(days=40)).replace(day=1), rent, rng)
    irs = hp.form_4506c(borrower, app.ssn4, mailing, submitted, rng, received.year - 1)
    letter = transfer_letter(borrower, home, employer, app.hardship_start - timedelta(days=rng.randint(20, 40)),
                             f"{mailing.city}, {mailing.state}", rng)
    docs = [app_doc, *statement_docs, lease_doc, irs, letter]
    files = [BFile(f"{loan}_application_summary.pdf", [app_doc]),
             BFile(f"Statement_{months[0]:%Y-%m}.pdf", [statement_docs[0]]),
             BFile(f"Statement_{months[1]:%Y-%m}.pdf", [statement_docs[1]]),
             BFile(f"lease {home.street}.pdf", [lease_doc]),
             BFile(f"{loan} 4506-C.pdf", [irs]),
             BFile("transfer letter.pdf", [letter])]
    return Packet("f6-portal-summary-digital-investment-rental-relocation-loose", received, app, docs, files, loan, [])


PACKETS = (packet_rma_digital_folder, packet_portal_speckled_loose, packet_rma_hand_fax_upside_down,
           packet_portal_separator_gap, packet_rma_ink_duplex, packet_portal_digital_rental)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 5710, write_packet, check)


if __name__ == "__main__":
    main()
