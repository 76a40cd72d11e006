"""A seventeenth holdout set of borrower packets (q1..q6), laid out unlike the shared samples and unlike the a (first),
b, c, d, e, f, g, h, i, j, k, l, m, n, o and p sets, written without looking at the service's code, rules or tests, to
gauge honestly how it reads layouts nobody tuned it to.

    python benchmarks/holdout_packets_q.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. New here: a servicer's
two-page "Homeowner Hardship & Income Statement" (Thistledown Home Loans, form TH-22) whose answers sit on underlines
under small-capital labels in rows of two and three, sections numbered with circled figures, occupancy answered as a
WORD written in a blank ("The property is my ____ (write PRIMARY HOME, SECOND HOME or RENTAL)"), the hardship reasons
RANKED (1 in the box of the main reason, 2 beside the next, the rest empty), the hardship's start as separate Month /
Day / Year blanks, income as a grid of who / one payment / how often (four tick columns: weekly, every two weeks,
twice a month, monthly) / the MONTHLY amount worked out (the per-payment amount printed beside it is not the answer),
and signatures under "Signed this 12th day of November, 20 30"; typed into its PDF in a typewriter face with drawn
signatures, or mailed by the servicer with the borrower's name and loan number merged into a "Prepared for" band and
filled in pen. A second servicer's application taken BY TELEPHONE (Saltmarsh Mortgage): the intake system's green-screen
pages printed as 80-column screen dumps (LMAP01 / LMAP02 / LMAP03: "BORR NAME ....: LAST, FIRST M", "SSN: XXX-XX-1234",
occupancy as a code with its legend, hardships as numbered codes, income in BORROWER / CO-BORROWER columns with a
household total, MM/DD/YY dates, PF-key lines) under a cover letter, and a third page of certifications the borrowers
sign and date in pen. The real Form 710 filled through its AcroForm in two new shapes: "printed" to PDF by the
borrower's PDF app (the fields flattened into the page, no AcroForm left), and printed with the driver's "shrink to
fit" at 94%, signed, and scanned at 200 dpi 1-2 degrees askew with speckle. A regional airline's semi-monthly crew
earnings statement (credit hours, a purser premium, per diem as a NON-TAXABLE reimbursement outside the gross but
inside the net, union dues), a foundry's bi-weekly pay stub printed on a Z-fold PRESSURE-SEAL mailer (the mailing panel
with postage indicia on top, fold lines and tear strips, year-to-date columns BEFORE this period's); a bilingual
Spanish / English bank statement ("Estado de Cuenta / Account Statement") and a cooperative bank's LANDSCAPE statement
(summary in a left sidebar, a Debits / Credits / Balance ledger); a military Retiree Account Statement (retired pay,
monthly), the Labor Department's black lung benefit rate notice (non-taxable, monthly), a FEMA assistance decision
letter (an "other" paper: disaster needs nothing), a food truck's profit and loss hand-written on a columnar pad and
signed, a 4506-C, a hardship letter typed in a phone's notes app and printed as a narrow column, a handwritten and a
typed letter. Co-borrowers in four packets. Delivered as: a mail robot's drop (a dated sub-folder, files named
"<time> [Loan n] k of 5 - <attachment>"); one copier scan to e-mail at 200 dpi, saved as JPEG, with the copier set to
A4 (every letter page cut a little at the right and padded with the lid's grey at the foot); a 200 dpi fax behind the
servicer's barcode separator sheet with the machine's header line; loose files, a born-digital flattened Form 710
beside a 200 dpi scan with an empty page in its middle; a folder named after the loan holding the 94% scan; and a
servicer portal's uploads whose names carry the category the borrower picked - wrongly (pay stubs filed as
BANK_STATEMENT, a phone capture of a benefit letter as PAY_STUB) beside the phone-captured intake printout.

The people's parts, drawing primitives, pens, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes follow from
the values drawn. `--check` (holdout_packets_o's, after n's, m's and j's) also confirms that every expected value is
printed (or hand-written) on its document and that the rules give each scenario's codes; a date the TH-22 takes in
parts (day, month and year in their own blanks) is recorded whole by the form as it is written. Received dates fall
between mid-October and mid-December 2030. Every file is the same bytes for a seed, scans included: the creation stamps
Pillow writes into image PDFs are set to the received day.
"""

from __future__ import annotations

import io
import os
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab import rl_config

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_c as hc
import holdout_packets_f as hf
import holdout_packets_g as hg
import holdout_packets_j as hj
import holdout_packets_n as hn
import holdout_packets_o as ho
import holdout_packets_p as hpp
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_g import GApplication, g_app
from holdout_packets_l import _months

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

DOT = "\u00b7"
CIRCLED = "\u2460\u2461\u2462\u2463\u2464\u2465"
PERIODS = hp.PERIODS_A_YEAR


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _short(d: date) -> str:
    return f"{d.month}/{d.day}/{d:%y}"


# --- application 1: Thistledown's TH-22, labels above underlines, ranked reasons, a per-payment income grid ---------

THISTLE = ("Thistledown Home Loans",
           f"Homeowner Options Group {DOT} PO Box 5150, Columbia, SC 29250 {DOT} Fax 1-855-555-0193 {DOT} "
           "1-855-555-0192")
TH_REASONS = [("unemployment", "Job loss, layoff or furlough"),
              ("reduction_in_income", "Less income: fewer hours, a pay cut, no overtime"),
              ("increase_in_housing_expenses", "Housing costs went up (taxes, insurance, HOA)"),
              ("disaster", "Fire, flood, storm or other disaster"),
              ("disability_or_illness", "Illness, injury or disability"),
              ("divorce_or_separation", "Divorce or legal separation"),
              ("separation_unmarried", "A co-owner I am not married to moved out"),
              ("death", "Death of a borrower or of an earner"),
              ("relocation", "My job moved far away / military orders"),
              ("other", "Something else (explain in your letter)")]
TH_INCOME = [("wages", "Wages or salary (before taxes)"), ("self_employment", "Business / self-employment (net)"),
             ("unemployment", "Unemployment benefits"),
             ("benefits_taxable", "Social Security, pension, retired pay"),
             ("benefits_nontaxable", "Tax-free benefits (VA, SSI, black lung)"), ("rental", "Rent you receive"),
             ("investment", "Interest, dividends, annuities"), ("other", "Child support, alimony, other")]
TH_FREQ = [("weekly", "Weekly"), ("biweekly", "2 weeks"), ("semimonthly", "2x month"), ("monthly", "Monthly")]
TH_OCCUPANCY = {"primary_residence": "Primary home", "second_home": "Second home", "investment_property": "Rental"}


def th_fields(s: Sheet, pen: Any, y: float, row: Sequence[tuple[str, float, str]], x: float = 36) -> float:
    """One row of answers on underlines, each with its label in small capitals ABOVE the line."""
    for label, width, value in row:
        s.text(x, y, label.upper(), 6.4, "sans", 0.35)
        s.line(x, y + 19, x + width, y + 19, 0.6)
        pen.write(s, x + 3, y + 16, value, 10, fit=width - 6)
        x += width + 14
    return y + 31


def th_section(s: Sheet, y: float, n: int, title: str) -> float:
    s.text(36, y, CIRCLED[n - 1], 14, "glyph")
    s.text(56, y - 1, title, 10.5, "sans-b")
    s.line(56, y + 4, 576, y + 4, 0.4, 0.4)
    return y + 20


def th_header(s: Sheet, page: int, prepared: str) -> float:
    s.circle(52, 56, 15, width=1.4)
    s.path([(52, 70), (52, 48)], 1.6)
    s.path([(44, 52), (52, 42), (60, 52)], 1.4)
    s.text(74, 56, THISTLE[0], 17, "serif-b")
    s.text(74, 69, "Homeowner Options Group", 8.5, "serif-i", 0.3)
    s.text(576, 52, "HOMEOWNER HARDSHIP", 11.5, "sans-b", align="r")
    s.text(576, 65, "& INCOME STATEMENT", 11.5, "sans-b", align="r")
    s.text(576, 77, f"Form TH-22 {DOT} Page {page} of 2", 7.4, "sans", 0.35, "r")
    s.line(36, 84, 576, 84, 1.6)
    s.text(36, 772, "TH-22 (05/2030)", 6.8, "sans", 0.4)
    s.text(576, 772, THISTLE[1], 6.4, "sans", 0.4, "r")
    if prepared:
        s.rect(36, 92, 540, 22, stroke=None, fill=0.9)
        s.text(44, 107, prepared, 8.6, "mono-b")
        return 126
    return 100


def thistle_form(app: GApplication, fill: str, rng: random.Random, mailed: date | None = None) -> list[Sheet]:
    """TH-22 on two pages. fill "typed": every answer typed into the PDF in a typewriter face, drawn signatures;
    "hand": mailed by the servicer with the borrower's name and loan number merged into a "Prepared for" band, then
    filled in pen (ranks written in the boxes, frequencies ticked). app.facts["pay"] maps an income code to (one
    payment, how often); the monthly amount is the application's."""
    hand = fill == "hand"
    pen = hb.Pen(rng, hand=hand, gray=0.12, typed_font="mono")
    co, home, facts = app.co_borrower, app.address, app.facts
    written: list[str] = []
    prepared = (f"PREPARED FOR: {app.borrower.upper}   LOAN NUMBER: {app.loan}   MAILED {us(mailed)}"
                if hand and mailed else "")
    p1, p2 = Sheet(), Sheet()
    y = th_header(p1, 1, prepared)
    y = p1.wrap(36, y, "Tell us what happened and what your household earns, so that we can find the help that fits. "
                "Answer every question on both pages, sign page 2 and send it with the documents listed at its foot. "
                "Print clearly in ink, or type into this PDF.", 540, 8.2, "sans", 10.5, 0.1) + 8
    y = th_section(p1, y, 1, "ABOUT YOU AND YOUR HOME")
    y = th_fields(p1, pen, y, [("Loan number", 170, app.loan),
                               ("Number of people in your household", 150, facts.get("household", "")),
                               ("Best phone number", 192, app.phone)])
    y = th_fields(p1, pen, y, [("Borrower - full legal name", 382, app.borrower.name),
                               ("Borrower - last 4 of SSN", 144, app.ssn4)])
    y = th_fields(p1, pen, y, [("Co-borrower - full legal name (if any)", 382, co.name if co else ""),
                               ("Co-borrower - last 4 of SSN", 144, (app.co_ssn4 or "") if co else "")])
    y = th_fields(p1, pen, y, [("Address of the property - number and street", 540, home.street)])
    y = th_fields(p1, pen, y, [("City", 260, home.city), ("State", 80, home.state), ("ZIP code", 172, home.zip)])
    y = th_fields(p1, pen, y, [("E-mail address", 540, app.email)]) + 4
    y = th_section(p1, y, 2, "THE PROPERTY")
    for lead, width, answer, hint in (
            ("The property is my", 150, TH_OCCUPANCY.get(app.occupancy, ""),
             "(write PRIMARY HOME, SECOND HOME or RENTAL)"),
            ("Do you want to keep the property?", 80, "Yes", "(YES or NO)"),
            ("Is the property listed for sale?", 80, "No", "(YES or NO)")):
        p1.text(36, y + 8, lead, 9.5)
        x = 36 + hp.text_width(lead, "sans", 9.5) + 6
        p1.line(x, y + 10, x + width, y + 10, 0.6)
        pen.write(p1, x + 4, y + 7, answer.upper() if hand else answer, 10, fit=width - 6)
        p1.text(x + width + 6, y + 8, hint, 7.6, "sans-i", 0.35)
        y += 22
    y = th_section(p1, y + 8, 3, "WHAT HAPPENED")
    y = p1.wrap(36, y, "Rank the reasons that apply to you: write 1 in the box of the main reason, 2 in the box of the "
                "next one, and so on. Leave the other boxes empty.", 540, 8.4, "sans", 10.5, 0.1) + 4
    ranks = {code: k for k, code in enumerate(app.hardships, 1)}
    for k, (code, label) in enumerate(TH_REASONS):
        x, top = 36 + 272 * (k // 5), y + 21 * (k % 5)
        p1.rect(x, top, 15, 15, width=0.7)
        p1.text(x + 22, top + 11, label, 8.8)
        if code in ranks:
            pen.write(p1, x + 7.5, top + 12, str(ranks[code]), 10.5, align="c")
    y += 21 * 5 + 10
    p1.text(36, y + 8, "When did it start?", 9.5)
    start = app.hardship_start
    x = 140
    for caption, width, value in (("Month", 34, f"{start:%m}" if start else ""),
                                  ("Day", 34, f"{start:%d}" if start else ""),
                                  ("Year", 50, f"{start:%Y}" if start else "")):
        p1.text(x, y + 8, caption, 7.6, "sans", 0.35)
        x += hp.text_width(caption, "sans", 7.6) + 4
        p1.line(x, y + 10, x + width, y + 10, 0.6)
        pen.write(p1, x + 4, y + 7, value, 10)
        x += width + 12
    if start:
        written.append(us(start))
    duration = {"short": "Less than 6 months", "long": "6 months or more", "resolved": "It is over"}[
        facts.get("duration", "long")]
    p1.text(360, y + 8, "How long will it last?", 9.5)
    p1.line(460, y + 10, 576, y + 10, 0.6)
    pen.write(p1, 464, y + 7, duration, 9.5, fit=110)

    y = th_header(p2, 2, prepared)
    y = th_section(p2, y + 4, 4, "MONEY COMING IN (before taxes)")
    y = p2.wrap(36, y, "For each kind of income write who receives it (B = borrower, C = co-borrower), the amount of "
                "ONE payment, tick how often it is paid, and work out the monthly amount: weekly x 52 / 12, every two "
                "weeks x 26 / 12, twice a month x 2, monthly x 1.", 540, 8.2, "sans", 10.5, 0.1) + 4
    cols = [("Kind of income", 190), ("Who", 36), ("One payment $", 90), *((f, 34) for _, f in TH_FREQ),
            ("Monthly amount $", 88)]
    x = 36
    p2.rect(36, y, 540, 24, width=0.5, fill=0.88)
    for label, width in cols:
        p2.rect(x, y, width, 24, width=0.5)
        if width == 34:
            p2.text(x + width / 2, y + 15, label, 6.2, "sans-b", align="c")
        else:
            p2.text(x + 4, y + 15, label, 7.6, "sans-b")
        x += width
    y += 24
    pay = facts.get("pay", {})
    for code, label in TH_INCOME:
        amount = app.income(code)
        x = 36
        for _, width in cols:
            p2.rect(x, y, width, 21, width=0.5)
            x += width
        p2.text(40, y + 14, label, 8.2)
        if amount:
            whose = "+".join(sorted({w for c, _, w in app.income_lines if c == code}))
            one, often = pay.get(code, (amount, "monthly"))
            pen.write(p2, 244, y + 15, whose, 10, align="c")
            pen.write(p2, 348, y + 15, money(one), 10, align="r")
            column = [f for f, _ in TH_FREQ].index(often)
            box = 352 + 34 * column + 12
            for other in range(4):
                p2.rect(352 + 34 * other + 12, y + 6, 10, 10, width=0.6)
            if hand:
                pen.tick(p2, box, y + 6, 10)
            else:
                p2.text(box + 5, y + 14.5, "X", 9.5, "mono-b", align="c")
            pen.write(p2, 572, y + 15, money(amount), 10, align="r")
        else:
            for column in range(4):
                p2.rect(352 + 34 * column + 12, y + 6, 10, 10, width=0.6)
        y += 21
    p2.rect(36, y, 540, 22, width=0.8, fill=0.93)
    p2.text(40, y + 15, "TOTAL MONTHLY INCOME (add the last column)", 8.6, "sans-b")
    pen.write(p2, 572, y + 16, money(app.total) if app.income_lines else "", 10.5, align="r")
    y += 40
    y = th_section(p2, y, 5, "MONEY GOING OUT EACH MONTH")
    for k, (key, label) in enumerate((("cost:mortgage", "Mortgage payment"), ("cost:cars", "Car payments"),
                                      ("cost:cards", "Credit cards and loans"), ("cost:other", "Everything else"))):
        x, top = 36 + 272 * (k % 2), y + 24 * (k // 2)
        p2.text(x, top + 10, label, 9)
        p2.text(x + 150, top + 10, "$", 9)
        p2.line(x + 158, top + 12, x + 262, top + 12, 0.6)
        pen.write(p2, x + 258, top + 9, facts.get(key, ""), 10, align="r")
    y += 56
    y = th_section(p2, y, 6, "SIGN AND DATE")
    y = p2.wrap(36, y, "I certify that everything on this statement is true, that the hardship I described is why I "
                "need help with my mortgage, and that Thistledown Home Loans may check it with my employer, my bank "
                "and the credit bureaus. Everyone named in part 1 must sign.", 540, 8.2, "sans", 10.5, 0.1) + 14
    for who, person_, signed, on in (("Borrower", app.borrower, app.signed, app.signed_on),
                                     ("Co-borrower", co, co is not None and app.co_signed, app.co_signed_on)):
        p2.text(36, y + 8, "Signed this", 9.5)
        p2.line(92, y + 10, 132, y + 10, 0.6)
        p2.text(136, y + 8, "day of", 9.5)
        p2.line(168, y + 10, 258, y + 10, 0.6)
        p2.text(262, y + 8, ", 20", 9.5)
        p2.line(281, y + 10, 301, y + 10, 0.6)
        p2.line(318, y + 10, 576, y + 10, 0.6)
        p2.text(318, y + 20, f"{who} signature", 6.8, "sans", 0.35)
        if person_ is not None:
            p2.text(470, y + 20, person_.name, 6.8, "sans", 0.35)
            if on:
                pen.write(p2, 112, y + 7, ordinal(on.day), 10, align="c")
                pen.write(p2, 172, y + 7, f"{on:%B}", 10, fit=84)
                pen.write(p2, 284, y + 7, f"{on:%y}", 10)
                written.append(us(on))
            if signed:
                p2.signature(rng, 340, y + 8, 150, 18, gray=0.05 if not hand else 0.12)
        y += 38
    y += 4
    p2.text(36, y, "Send with this statement:", 8.4, "sans-b")
    for line in ("Your two latest pay stubs, or your two latest bank statements.",
                 "Benefits: the letter that shows the amount and how often it is paid.",
                 "Self-employed: a signed profit and loss statement or your last signed tax return, and Form 4506-C.",
                 "A letter in your own words about the hardship, and the paper behind it (decree, deed, orders)."):
        y += 11.5
        p2.text(44, y, f"{DOT} {line}", 7.8, "sans", 0.1)
    facts["written"] = "\n".join(written)
    return [p1, p2]


# --- application 2: Saltmarsh's application taken by telephone, printed as screen dumps ---------------------------

SALTMARSH = ("Saltmarsh Mortgage Company",
             f"Loss Mitigation {DOT} 2200 Tidewater Pkwy, Norfolk, VA 23502 {DOT} Fax (757) 555-0186 {DOT} "
             "(800) 555-0185")
SM_HARDSHIPS = {"unemployment": ("01", "UNEMPLOYMENT"), "reduction_in_income": ("02", "REDUCTION IN INCOME"),
                "increase_in_housing_expenses": ("03", "INCR HOUSING EXPENSE"), "disaster": ("04", "DISASTER"),
                "disability_or_illness": ("05", "DISABILITY/ILLNESS"), "divorce_or_separation": ("06", "DIVORCE/SEP"),
                "separation_unmarried": ("07", "SEP UNMARRIED BORR"), "death": ("08", "DEATH BORR/EARNER"),
                "relocation": ("09", "DIST EMPLOY TRANSFER"), "other": ("10", "OTHER")}
SM_OCCUPANCY = {"primary_residence": "1", "second_home": "2", "investment_property": "3"}
SM_INCOME = [("wages", "WAGES/SALARY/OT/BONUS"), ("self_employment", "SELF EMPLOYMENT NET"),
             ("unemployment", "UNEMPLOYMENT BENEFIT"), ("benefits_taxable", "SS/PENSION/DISAB TXBL"),
             ("benefits_nontaxable", "SS/DISAB NON-TAXABLE"), ("rental", "RENTAL INCOME"),
             ("investment", "INVESTMENT/INSURANCE"), ("other", "ALIMONY/CHILD SUPP/OTH")]
SCREEN_SIZE = 8.2
SCREEN_X = 96.0


def last_first(p: Person) -> str:
    """LAST, FIRST M: how the servicing system keys a name."""
    return f"{p.last.upper()}, {p.first.upper()}" + (f" {p.middle[0].upper()}" if p.middle else "")


def screen(s: Sheet, y: float, caption: str, lines: Sequence[str]) -> float:
    """An 80-column screen dump: a caption, a frame, the lines in a fixed-width face; returns the y below it."""
    char_w = hp.text_width("M", "mono", SCREEN_SIZE)
    width = char_w * 80 + 16
    s.text(SCREEN_X, y, caption, 7, "sans-i", 0.35)
    y += 5
    s.rect(SCREEN_X - 8, y, width, 10.4 * len(lines) + 12, width=0.8)
    y += 14
    for line in lines:
        s.text(SCREEN_X, y, line[:80], SCREEN_SIZE, "mono")
        y += 10.4
    return y + 10


def saltmarsh_form(app: GApplication, rng: random.Random, called: date, agent: str) -> list[Sheet]:
    """Three pages the servicer mails after a telephone intake: a cover letter over screen LMAP01, screens LMAP02 and
    LMAP03, and the certification with signature and date lines, signed and dated in pen by whoever signs."""
    co, home, facts = app.co_borrower, app.address, app.facts
    stamp = f"{called:%m/%d/%y}"
    clock = f"{rng.randint(9, 16):02d}:{rng.randint(10, 59):02d}:{rng.randint(10, 59):02d}"
    pages = [Sheet(), Sheet(), Sheet()]
    for n, s in enumerate(pages, 1):
        s.text(36, 46, SALTMARSH[0].upper(), 14, "serif-b")
        s.text(36, 58, SALTMARSH[1], 7, "sans", 0.35)
        s.text(576, 46, f"Loan {app.loan}", 9, "sans-b", align="r")
        s.line(36, 64, 576, 64, 0.8)
        s.text(306, 770, f"Page {n} of 3", 7.5, "sans", 0.3, "c")
        s.text(36, 770, f"LM-INTAKE-CONF {called:%Y%m%d}", 6.8, "sans", 0.4)
    p1, p2, p3 = pages
    y = 88.0
    p1.text(36, y, long_date(called + timedelta(days=1)), 10)
    y += 24
    for line in (app.borrower.upper, *([co.upper] if co else []), home.street.upper(), home.last_line.upper()):
        p1.text(36, y, line, 10, "mono")
        y += 12
    y += 14
    p1.text(36, y, "Re: your mortgage assistance application taken by telephone", 10, "sans-b")
    y += 18
    for paragraph in (f"Thank you for speaking with us on {long_date(called)}. Below and on the next page are the "
                      "answers you gave, exactly as our representative entered them. Please check every answer; if "
                      "one is wrong, cross it out and write the right answer beside it.",
                      "To finish your application, everyone named on the loan must sign and date page 3. Return all "
                      "three pages, with the documents we asked for, by fax or mail within 30 days."):
        y = p1.wrap(36, y, paragraph, 540, 9.5, "sans", 12.5) + 6
    occ = SM_OCCUPANCY.get(app.occupancy, " ")
    household = max(int(facts.get("household", "1")), 2 if co else 1)
    co_line = f" CO-BORR NAME .: {last_first(co):<32} SSN: XXX-XX-{app.co_ssn4}" if co else " CO-BORR NAME .:"
    lmap01 = [f"LMAP01          SALTMARSH MORTGAGE - LOSS MITIGATION INTAKE           {stamp}",
              f"                     BORROWER / PROPERTY INFORMATION                  {clock}",
              "",
              f" LOAN NUMBER ..: {app.loan:<16} INV: FNMA   PROG: FLEX   STATUS: DLQ",
              f" BORR NAME ....: {last_first(app.borrower):<32} SSN: XXX-XX-{app.ssn4}",
              co_line,
              f" PROPERTY ADDR : {home.street.upper()}",
              f" CITY .........: {home.city.upper():<24} ST: {home.state}   ZIP: {home.zip}",
              " MAIL ADDR ....: SAME",
              f" HOME PHONE ...: {app.phone:<16}  CELL: (   )    -",
              f" EMAIL ........: {app.email.upper()}",
              f" OCCUPANCY CD .: {occ}   (1=OWNER OCCUPIED 2=SECOND HOME 3=INVESTMENT)",
              f" HOUSEHOLD SIZE: {household:02d}   INTENT: K  (K=KEEP S=SELL U=UNDECIDED)",
              " LISTED FOR SALE: N   BANKRUPTCY: N   ACTIVE MILITARY: N",
              "",
              "",
              f" PF1=HELP  PF3=EXIT  PF7=BACK  PF8=FWD  ENTER=UPDATE           AGENT: {agent}"]
    screen(p1, y + 8, f"Screen print LMAP01 {DOT} {stamp} {DOT} {agent}", lmap01)

    codes = [SM_HARDSHIPS[h] for h in app.hardships]
    duration = {"short": "S", "long": "L", "resolved": "R"}[facts.get("duration", "long")]
    started = f"{app.hardship_start:%m/%d/%y}" if app.hardship_start else "__/__/__"
    lmap02 = [f"LMAP02          SALTMARSH MORTGAGE - LOSS MITIGATION INTAKE           {stamp}",
              f"                       HARDSHIP / GROSS MONTHLY INCOME                {clock}",
              "",
              *(f" HARDSHIP {k} ...: {code}  {label}" if code else f" HARDSHIP {k} ...: __"
                for k, (code, label) in enumerate([*codes, ("", ""), ("", ""), ("", "")][:3], 1)),
              f" HARDSHIP DATE : {started}     DURATION: {duration}  (S=UNDER 6 MOS L=6+ MOS R=RESOLVED)",
              " ------------------- GROSS MONTHLY INCOME -------------------",
              f" CD  {'SOURCE':<24}  {'BORROWER':>12}   {'CO-BORROWER':>12}"]
    for k, (code, label) in enumerate(SM_INCOME, 1):
        lmap02.append(f" {k:02d}  {label:<24}  {money(app.income(code, 'B')):>12}   {money(app.income(code, 'C')):>12}")
    lmap02 += [f"     {'TOTAL':<24}  {money(app.income_of('B')):>12}   {money(app.income_of('C')):>12}",
               f" HOUSEHOLD MONTHLY INCOME .....:  {money(app.total):>12}",
               "",
               f" PF1=HELP  PF3=EXIT  PF7=BACK  PF8=FWD  ENTER=UPDATE           AGENT: {agent}"]
    y = screen(p2, 90, f"Screen print LMAP02 {DOT} {stamp} {DOT} {agent}", lmap02)
    lmap03 = [f"LMAP03          SALTMARSH MORTGAGE - LOSS MITIGATION INTAKE           {stamp}",
              f"                        MONTHLY EXPENSES / ASSETS                     {clock}",
              "",
              f" 1ST MORTGAGE PMT ...: {facts.get('cost:mortgage', '0.00'):>12}   2ND MTG/HELOC: {'0.00':>10}",
              f" AUTO LOANS/LEASES ..: {facts.get('cost:cars', '0.00'):>12}   CREDIT CARDS.: "
              f"{facts.get('cost:cards', '0.00'):>10}",
              f" CHILD/DEP CARE .....: {facts.get('cost:care', '0.00'):>12}   OTHER .......: "
              f"{facts.get('cost:other', '0.00'):>10}",
              f" CHECKING/SAVINGS ...: {facts.get('savings', '0.00'):>12}   CASH ON HAND.: "
              f"{facts.get('cash', '0.00'):>10}",
              f" HOA DUES ...........: {facts.get('hoa') or '0.00':>12}",
              "",
              f" PF1=HELP  PF3=EXIT  PF7=BACK  PF8=FWD  ENTER=UPDATE           AGENT: {agent}"]
    screen(p2, y + 14, f"Screen print LMAP03 {DOT} {stamp} {DOT} {agent}", lmap03)

    y = 92.0
    p3.text(36, y, "BORROWER CERTIFICATION AND AUTHORIZATION", 11, "sans-b")
    y += 20
    for paragraph in ("1. I certify that the information I gave by telephone and shown on pages 1 and 2 is true and "
                      "complete, as corrected by me in writing, and that the hardship I described is why I need help "
                      "with my mortgage payment.",
                      "2. I understand that Saltmarsh Mortgage Company will verify my income and hardship, may obtain "
                      "my credit report, and may deny my request if I knowingly gave false information.",
                      "3. I consent to be contacted about my application at any telephone number or e-mail address I "
                      "gave, including a mobile telephone.",
                      "4. I understand that this is not an offer of a modification or of any other assistance."):
        y = p3.wrap(36, y, paragraph, 540, 9.4, "sans", 12.5) + 8
    ink = hb.Pen(rng, hand=True, gray=0.12)
    y += 26
    for who, person_, signed, on in (("Borrower", app.borrower, app.signed, app.signed_on),
                                     ("Co-borrower", co, co is not None and app.co_signed, app.co_signed_on)):
        p3.text(36, y, f"{who}:", 9.5, "sans-b")
        p3.text(110, y, person_.upper if person_ else "", 9.5, "mono")
        y += 34
        p3.line(36, y, 336, y, 0.7)
        p3.text(36, y + 10, "Signature", 7, "sans", 0.35)
        p3.line(360, y, 520, y, 0.7)
        p3.text(360, y + 10, "Date", 7, "sans", 0.35)
        if person_ is not None:
            if signed:
                p3.signature(rng, 60, y - 2, 190, 20, gray=0.12)
            if on:
                ink.write(p3, 372, y - 4, _short(on), 11)
        y += 44
    p3.rect(36, y + 10, 540, 50, width=0.5, fill=0.95)
    p3.text(44, y + 26, "Return by fax to (757) 555-0186 with the barcode page on top, or by mail to", 8.6)
    p3.text(44, y + 40, "Saltmarsh Mortgage Company, Loss Mitigation, 2200 Tidewater Pkwy, Norfolk, VA 23502.", 8.6)
    return pages


# --- the real Form 710 in two new shapes --------------------------------------------------------------------------

def form710_printed_to_pdf(app: GApplication, rng: random.Random) -> bytes:
    """Form 710 filled through its AcroForm, then "printed" to PDF by the borrower's PDF app: every field's value
    becomes text on the page where its widget sat (ticked boxes an X), and the form's fields are gone."""
    reader = PdfReader(io.BytesIO(hj.form710_filled(app, rng)))
    inks: dict[int, Sheet] = {}
    for index, page in enumerate(reader.pages):
        sheet = Sheet()
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
            top, bottom = hp.PAGE_H - y1, hp.PAGE_H - y0
            state = widget.get("/AS")
            if state is not None:
                if str(state) != "/Off":
                    sheet.line(x0 + 2, top + 2, x1 - 2, bottom - 2, 1.0)
                    sheet.line(x0 + 2, bottom - 2, x1 - 2, top + 2, 1.0)
                continue
            value = widget.get("/V")
            if value is None and "/Parent" in widget:
                value = widget["/Parent"].get_object().get("/V")
            if value:
                size = min(10.0, bottom - top - 3)
                sheet.text(x0 + 2, bottom - max(3.0, (bottom - top - size) / 2), str(value), size, "sans")
        inks[index] = sheet
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        if "/Annots" in page:
            del page["/Annots"]
    if "/AcroForm" in writer.root_object:
        del writer.root_object["/AcroForm"]
    buf = io.BytesIO()
    writer.write(buf)
    return hp.overlay_pdf(buf.getvalue(), inks)


@dataclass
class ShrunkDoc(Doc):
    """Printed with the driver's "shrink to fit" (`scale` of full size, centred on the sheet), as a home printer does
    with a page it thinks will not fit its printable area."""

    scale: float = 0.94

    def images(self, dpi: int) -> list[Image.Image]:
        out = []
        for page in super().images(dpi):
            small = page.resize((round(page.width * self.scale), round(page.height * self.scale)),
                                Image.Resampling.LANCZOS)
            sheet = Image.new("L", page.size, 255)
            sheet.paste(small, ((page.width - small.width) // 2, (page.height - small.height) // 2))
            out.append(sheet)
        return out


@dataclass
class A4Doc(Doc):
    """Letter paper on a copier set to A4: the scan is 8.27 in wide (a sliver of the right margin is lost) and 11.69 in
    tall (the grey of the lid under the last 0.69 in)."""

    lid: int = 226

    def images(self, dpi: int) -> list[Image.Image]:
        out = []
        for page in super().images(dpi):
            sheet = Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), self.lid)
            sheet.paste(page.convert("L"), (0, 0))
            out.append(sheet)
        return out


def _as(cls: type[Doc], doc: Doc, **extra: Any) -> Any:
    """The same document, drawn through another delivery class."""
    return cls(**{f.name: getattr(doc, f.name) for f in fields(Doc)}, **extra)


# --- pay stubs ----------------------------------------------------------------------------------------------------

CIRRUS = "Cirrus Regional Airlines, Inc."
KETTLE = "Kettle Ridge Castings Co."
PER_DIEM = Decimal("2.35")


def _index(stub: Stub) -> int:
    """The pay period's number in the year, as make_stub counts it for the year-to-date."""
    end = stub.period_end
    if stub.frequency == "semimonthly":
        return (end.month - 1) * 2 + (2 if end.day > 15 else 1)
    return (end.timetuple().tm_yday - 1) // (7 if stub.frequency == "weekly" else 14) + 1


@dataclass
class CrewPay:
    """One semi-monthly crew pay: credit hours at the rate, a premium, the per diem (not wages) and union dues."""

    stub: Stub
    credit: Decimal
    rate: Decimal
    premium: Decimal
    tafb: Decimal
    per_diem: Decimal


def crew_run(rng: random.Random, employee: Person, home: Address, received: date, rate: Decimal, count: int,
             premium_rate: Decimal) -> list[CrewPay]:
    out = []
    for end in hpp.semimonthly_ends(received, count):
        credit = Decimal(rng.randrange(3400, 4600, 25)) / 100
        premium = cents(credit * premium_rate)
        gross = cents(credit * rate) + premium
        stub = hp.make_stub(rng, CIRRUS, employee, home, "semimonthly", gross, end, pay_lag=5)
        dues = Decimal(rng.choice(["48.50", "52.00", "61.25"]))
        stub.deductions.append(("Union dues", dues, dues * _index(stub)))
        tafb = Decimal(rng.randrange(8800, 14800, 25)) / 100
        out.append(CrewPay(stub, credit, rate, premium, tafb, cents(tafb * PER_DIEM)))
    return out


def crew_doc(pay: CrewPay, crew_id: str, position: str, base: str) -> Doc:
    """The per diem is paid with the wages but is no part of the gross: the net is gross less deductions plus it."""
    doc = pay.stub.doc([stub_crew(pay, crew_id, position, base)])
    doc.fields["net_current"] = pay.stub.net + pay.per_diem
    return doc


def stub_crew(pay: CrewPay, crew_id: str, position: str, base: str) -> Sheet:
    """A regional airline's crew earnings statement: a dark title band, a facts grid, earnings by credit hours, the
    per diem under "Non-taxable reimbursements", deductions, and a Gross / Deductions / Reimbursements / Net strip."""
    st, n = pay.stub, _index(pay.stub)
    s = Sheet()
    s.rect(36, 36, 540, 46, stroke=None, fill=0.15)
    s.text(48, 58, "CIRRUS", 18, "sans-b", 1.0)
    s.text(48 + hp.text_width("CIRRUS ", "sans-b", 18), 58, "REGIONAL AIRLINES", 12, "sans", 1.0)
    s.text(48, 74, f"{st.employer}  {DOT}  Crew Payroll, {st.employer_address.one_line}", 7.2, "sans", 0.85)
    s.text(564, 58, "CREW EARNINGS STATEMENT", 10.5, "sans-b", 1.0, "r")
    s.text(564, 72, "Inflight & Flight Operations", 7.6, "sans", 0.85, "r")
    cells = [("Employee", st.employee.name), ("Crew ID", crew_id), ("Position", position), ("Base", base),
             ("Pay period", f"{us(st.period_start)} - {us(st.period_end)}"), ("Pay date", us(st.pay_date)),
             ("Pay frequency", "Semi-monthly"), ("Period no.", f"{n} of 24")]
    widths = [200, 100, 140, 100]
    for k, (label, value) in enumerate(cells):
        x = 36 + sum(widths[:k % 4])
        y = 92 + 30 * (k // 4)
        s.rect(x, y, widths[k % 4], 30, width=0.5)
        s.text(x + 5, y + 10, label, 6.6, "sans", 0.4)
        s.text(x + 5, y + 24, value, 9)
    y = 168
    s.text(36, y, "Earnings", 9.5, "sans-b")
    flight = cents(pay.credit * pay.rate)
    rows = [["FLT", "Flight pay (credit hours)", f"{pay.credit:.2f}", f"{pay.rate:.4f}", money(flight),
             money(flight * n)]]
    if pay.premium:
        rows.append(["PRM", "Lead / purser premium", f"{pay.credit:.2f}", "", money(pay.premium),
                     money(pay.premium * n)])
    rows.append(["", "Gross earnings", "", "", money(st.gross), money(st.ytd_gross or Decimal(0))])
    y = hn.table(s, 36, y + 6, [("Code", 40, "l"), ("Description", 200, "l"), ("Credit hrs", 70, "r"),
                                ("Rate", 70, "r"), ("Current", 75, "r"), ("Year to date", 85, "r")], rows, size=8.2,
                 row_h=15, bold=[len(rows) - 1]) + 16
    s.text(36, y, "Non-taxable reimbursements", 9.5, "sans-b")
    y = hn.table(s, 36, y + 6, [("Code", 40, "l"), ("Description", 200, "l"), ("TAFB hrs", 70, "r"),
                                ("Rate", 70, "r"), ("Current", 75, "r"), ("Year to date", 85, "r")],
                 [["PDM", "Per diem - domestic", f"{pay.tafb:.2f}", f"{PER_DIEM:.2f}", money(pay.per_diem),
                   money(pay.per_diem * n)]], size=8.2, row_h=15) + 16
    s.text(36, y, "Taxes and deductions", 9.5, "sans-b")
    taken = sum((c for _, c, _ in st.deductions), Decimal(0))
    taken_ytd = sum((t for _, _, t in st.deductions), Decimal(0))
    rows = [[label, money(cur), money(ytd)] for label, cur, ytd in st.deductions]
    rows.append(["Total taxes and deductions", money(taken), money(taken_ytd)])
    y = hn.table(s, 36, y + 6, [("Description", 380, "l"), ("Current", 75, "r"), ("Year to date", 85, "r")], rows,
                 size=8.2, row_h=15, bold=[len(rows) - 1]) + 20
    net = st.gross - taken + pay.per_diem
    strip = [("Gross earnings", st.gross, st.ytd_gross or Decimal(0)), ("Taxes & deductions", taken, taken_ytd),
             ("Reimbursements", pay.per_diem, pay.per_diem * n),
             ("Net pay", net, (st.ytd_gross or Decimal(0)) - taken_ytd + pay.per_diem * n)]
    for k, (label, cur, ytd) in enumerate(strip):
        x = 36 + 135 * k
        s.rect(x, y, 135, 52, width=0.6, fill=0.92 if k == 3 else None)
        s.text(x + 6, y + 12, label, 7.4, "sans-b", 0.25)
        s.text(x + 129, y + 30, f"${money(cur)}", 11, "sans-b", align="r")
        s.text(x + 129, y + 45, f"YTD ${money(ytd)}", 7.6, "sans", 0.3, "r")
    y += 72
    account = random.Random(f"{st.employee.name}|{crew_id}").randint(1000, 9999)
    s.text(36, y, f"Direct deposit: checking account ending {account}, amount ${money(net)}", 8, "sans", 0.2)
    s.wrap(36, y + 16, "Per diem is paid for time away from base (TAFB) and is not included in gross or taxable wages. "
           "Questions about credit hours: crew scheduling. Questions about pay: crewpay@cirrus.example.", 540, 7.4,
           "sans-i", 9.6, 0.35)
    return s


def foundry_run(rng: random.Random, employee: Person, home: Address, received: date, rate: Decimal
                ) -> list[tuple[Stub, Decimal]]:
    """Two bi-weekly pays (Sunday to Saturday, paid the Friday after): 80 regular hours and some overtime."""
    last_pay = hp._friday_on_or_before(received - timedelta(days=rng.randint(2, 6)))
    out = []
    for k in (1, 0):
        ot = Decimal(rng.choice(["4.0", "6.5", "9.0", "12.0", "0.0"]))
        gross = cents(80 * rate) + cents(ot * rate * Decimal("1.5"))
        end = last_pay - timedelta(days=6 + 14 * k)
        out.append((hp.make_stub(rng, KETTLE, employee, home, "biweekly", gross, end, pay_lag=6), ot))
    return out


def stub_pressure_seal(stub: Stub, ot: Decimal, rate: Decimal, emp_no: str, dept: str, rng: random.Random) -> Sheet:
    """A pay stub printed on a Z-fold pressure-seal mailer: the mailing panel on top (return address, postage
    indicia, the window address, a barcode), then the earnings panel and the deductions panel, fold lines between
    them and tear strips down both edges; every table gives the year to date BEFORE this period."""
    s = Sheet()
    n = _index(stub)
    for x in (20, 592):
        for y in range(14, 780, 9):
            s.line(x, y, x, y + 4, 0.5, 0.45)
    for fold in (264, 528):
        for x in range(24, 588, 10):
            s.line(x, fold, x + 5, fold, 0.5, 0.5)
    s.text(36, 40, KETTLE, 10, "sans-b")
    s.text(36, 52, stub.employer_address.street, 8.5)
    s.text(36, 63, stub.employer_address.last_line, 8.5)
    s.rect(448, 30, 124, 46, width=0.7)
    for k, line in enumerate(("PRESORTED", "FIRST-CLASS MAIL", "U.S. POSTAGE PAID", "PERMIT NO. 1187")):
        s.text(510, 42 + 10 * k, line, 6.6, "sans-b", align="c")
    s.text(36, 100, "PERSONAL AND CONFIDENTIAL", 9, "sans-b")
    s.text(36, 112, "PAYROLL INFORMATION ENCLOSED - TO OPEN, TEAR OFF BOTH SIDE STRIPS", 6.8, "sans", 0.35)
    y = 150
    for line in (stub.employee.upper, stub.employee_address.street.upper(), stub.employee_address.last_line.upper()):
        s.text(108, y, line, 10, "mono")
        y += 12.5
    bars = random.Random(f"{stub.employee.name}|{stub.pay_date}")
    for k in range(65):
        tall = bars.choice((0, 1, 2, 3))
        s.line(108 + 3.1 * k, 204 - (3 if tall in (1, 3) else 0), 108 + 3.1 * k, 208 + (3 if tall in (2, 3) else 0),
               1.1)
    # the earnings panel
    s.text(36, 290, KETTLE.upper(), 11, "sans-b")
    s.text(576, 290, "EARNINGS STATEMENT", 11, "sans-b", align="r")
    facts = [("Employee", stub.employee.name), ("Employee no.", emp_no), ("Department", dept),
             ("Pay period", f"{us(stub.period_start)} to {us(stub.period_end)}"), ("Pay date", us(stub.pay_date)),
             ("Pay frequency", "Biweekly")]
    for k, (label, value) in enumerate(facts):
        x, y = 36 + 180 * (k % 3), 304 + 24 * (k // 3)
        s.text(x, y, label, 6.6, "sans", 0.4)
        s.text(x, y + 11, value, 8.8)
    regular = cents(80 * rate)
    overtime = stub.gross - regular
    rows = [["Regular", f"{80 * n:.2f}", money(regular * n), "80.00", f"{rate:.4f}",
             money(regular)]]
    if ot:
        rows.append(["Overtime 1.5", f"{ot * n:.2f}", money(overtime * n), f"{ot:.2f}", f"{rate * Decimal('1.5'):.4f}",
                     money(overtime)])
    rows.append(["GROSS PAY", "", money(stub.ytd_gross or Decimal(0)), "", "", money(stub.gross)])
    hn.table(s, 36, 360, [("Description", 130, "l"), ("YTD Hours", 70, "r"), ("YTD Amount", 95, "r"),
                          ("Hours", 70, "r"), ("Rate", 75, "r"), ("This Period", 100, "r")], rows, size=8.2,
             row_h=14.5, bold=[len(rows) - 1])
    leave = random.Random(f"{emp_no}|{n}")
    hn.table(s, 36, 452, [("Leave", 110, "l"), ("Earned YTD", 80, "r"), ("Used YTD", 80, "r"), ("Available", 80, "r")],
             [[kind, f"{earned:.2f}", f"{used:.2f}", f"{earned - used:.2f}"] for kind, earned, used in
              (("Vacation", Decimal(n * 4), Decimal(leave.choice([0, 8, 16, 24]))),
               ("Sick", Decimal(n * 2), Decimal(leave.choice([0, 4, 8]))))], size=7.6, row_h=13)
    s.rect(420, 452, 156, 54, width=0.5, fill=0.95)
    s.wrap(426, 464, "Open enrollment for 2031 benefits runs November 1-15. See your supervisor for forms.", 146, 7,
           "sans-i", 8.8, 0.3)
    # the deductions panel
    taken_ytd = sum((t for _, _, t in stub.deductions), Decimal(0))
    rows = [[label, money(ytd), money(cur)] for label, cur, ytd in stub.deductions]
    rows.append(["NET PAY", money((stub.ytd_gross or Decimal(0)) - taken_ytd), money(stub.net)])
    hn.table(s, 36, 548, [("Taxes / Deductions", 170, "l"), ("YTD Amount", 90, "r"), ("This Period", 90, "r")], rows,
             size=8.2, row_h=14, bold=[len(rows) - 1])
    s.rect(400, 548, 176, 104, width=0.8)
    s.text(488, 564, "ADVICE OF DEPOSIT", 8.6, "sans-b", align="c")
    s.text(488, 576, "NON-NEGOTIABLE", 7.4, "sans", 0.35, "c")
    s.text(408, 598, "Deposited to checking", 7.6)
    s.text(568, 598, f"xxxx{rng.randint(1000, 9999)}", 7.6, align="r")
    s.text(408, 614, "Amount", 7.6)
    s.text(568, 614, f"${money(stub.net)}", 10, "sans-b", align="r")
    s.text(408, 640, f"Check date {us(stub.pay_date)}", 7.6, "sans", 0.3)
    s.text(306, 756, "Pressure Seal Form PS-Z11  -  fold here, seal with heat and pressure", 5.8, "sans", 0.5, "c")
    return s


# --- bank statements ------------------------------------------------------------------------------------------------

ALMENDRO = "Banco Almendro, N.A."
HARBORLIGHT = "Harborlight Cooperative Bank"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def statement_bilingual(st: Statement, joint: Person | None) -> list[Sheet]:
    """"Estado de Cuenta / Account Statement": every label in Spanish then English, the period written both ways,
    a summary box of four figures and a Withdrawals / Deposits / Balance table with MM/DD dates."""
    s = Sheet()
    s.rect(36, 36, 540, 4, stroke=None, fill=0.2)
    s.text(36, 64, "Banco Almendro", 20, "serif-b")
    s.text(36, 77, "Banco Almendro, N.A.  \u2022  Miembro FDIC / Member FDIC  \u2022  1-800-555-0177", 7.6, "sans", 0.3)
    s.text(576, 58, "ESTADO DE CUENTA", 12, "sans-b", align="r")
    s.text(576, 71, "ACCOUNT STATEMENT", 9, "sans", 0.3, "r")
    y = 104
    for line in (st.holder.upper, *([joint.upper] if joint else []), st.home.street.upper(), st.home.last_line.upper()):
        s.text(40, y, line, 9.5)
        y += 12
    s.rect(330, 96, 246, 60, width=0.6)
    s.text(338, 109, "Período / Statement period", 7, "sans", 0.35)
    s.text(338, 122, f"{us(st.start)} - {us(st.end)}", 10, "sans-b")
    s.text(338, 135, f"del {st.start.day} de {MESES[st.start.month - 1]} al {st.end.day} de {MESES[st.end.month - 1]} "
           f"de {st.end.year}", 7.4, "sans-i", 0.3)
    s.text(338, 149, f"Cuenta de cheques / Checking account: ****{st.last4}", 8, "sans")
    y = 178
    summary = [("Balance anterior", "Previous balance", st.begin), ("Depósitos y créditos", "Deposits and credits",
                                                                     st.deposits),
               ("Retiros y débitos", "Withdrawals and debits", st.debits),
               ("Balance final", "Ending balance", st.ending)]
    for k, (es, en, value) in enumerate(summary):
        x = 36 + 135 * k
        s.rect(x, y, 135, 44, width=0.5, fill=0.94 if k in (0, 3) else None)
        s.text(x + 6, y + 11, es, 7.4, "sans-b")
        s.text(x + 6, y + 21, en, 6.8, "sans", 0.35)
        s.text(x + 129, y + 37, f"${money(value)}", 10.5, "sans-b", align="r")
    rows = [["", "Balance anterior / Previous balance", "", "", money(st.begin)]]
    for day, desc, amount, balance in st.rows:
        rows.append([f"{day:%m/%d}", desc, money(-amount) if amount < 0 else "", money(amount) if amount > 0 else "",
                     money(balance)])
    rows.append(["", "Balance final / Ending balance", "", "", money(st.ending)])
    hn.table(s, 36, 240, [("Fecha / Date", 58, "l"), ("Descripción / Description", 208, "l"),
                          ("Retiros / Withdrawals", 98, "r"), ("Depósitos / Deposits", 94, "r"),
                          ("Balance", 82, "r")], rows, size=7.8, row_h=13, bold=[0, len(rows) - 1], zebra=0.96)
    s.wrap(36, 736, "En caso de errores o preguntas sobre sus transferencias electrónicas, llámenos dentro de 60 días. "
           "In case of errors or questions about your electronic transfers, call us within 60 days.", 540, 6.8, "sans",
           8.6, 0.35)
    return [s]


def statement_landscape(st: Statement) -> bytes:
    """A cooperative bank's statement printed landscape: the bank, the holder and the account summary in a shaded
    sidebar at the left, the ledger (Date / Description / Ref / Debits / Credits / Balance) filling the rest."""
    s = Sheet()
    s.rect(24, 24, 190, 564, stroke=None, fill=0.92)
    s.text(34, 52, "Harborlight", 16, "serif-b")
    s.text(34, 68, "Cooperative Bank", 11, "serif")
    s.text(34, 82, "Member FDIC  \u2022  Member DIF", 6.8, "sans", 0.35)
    y = 116
    for line in (st.holder.name, st.home.street, st.home.last_line):
        s.text(34, y, line, 8.6)
        y += 11
    y += 18
    for label, value in (("Statement period", f"{us(st.start)} through"), ("", us(st.end)),
                         ("Account", f"Checking ******{st.last4}"), ("Beginning balance", f"${money(st.begin)}"),
                         ("Total credits", f"${money(st.deposits)}"), ("Total debits", f"${money(st.debits)}"),
                         ("Ending balance", f"${money(st.ending)}")):
        if label:
            s.text(34, y, label.upper(), 6.4, "sans-b", 0.35)
            y += 11
        s.text(34, y, value, 10, "sans-b" if "balance" in label else "sans")
        y += 17
    s.wrap(34, 530, f"{HARBORLIGHT}. Questions? 1-888-555-0121 or visit any branch. Please examine this "
           "statement at once.", 170, 6.8, "sans-i", 8.6, 0.35)
    s.text(230, 52, "ACCOUNT STATEMENT", 13, "sans-b")
    s.text(768, 52, f"Page 1 of 1  \u2022  Statement date {us(st.end)}", 8, "sans", 0.3, "r")
    rows = [[us(st.start), "Opening balance", "", "", "", money(st.begin)]]
    ref = int(st.last4) * 7
    for day, desc, amount, balance in st.rows:
        ref += 13
        rows.append([us(day), desc, f"{ref % 100000:05d}", money(-amount) if amount < 0 else "",
                     money(amount) if amount > 0 else "", money(balance)])
    rows.append([us(st.end), "Closing balance", "", "", "", money(st.ending)])
    hn.table(s, 230, 66, [("Date", 62, "l"), ("Description", 190, "l"), ("Ref", 50, "l"), ("Debits", 75, "r"),
                          ("Credits", 75, "r"), ("Balance", 86, "r")], rows, size=7.8, row_h=13.6,
             bold=[0, len(rows) - 1])
    s.text(768, 600, hp.FOOTER, 5.5, "sans", 0.62, "r")  # draw_pdf's own footer falls off a landscape page
    return hg.landscape_pdf([s])


# --- letters and other papers --------------------------------------------------------------------------------------

def retiree_account_statement(retiree: Person, ssn4: str, home: Address, when: date, gross: Decimal,
                              rng: random.Random) -> Doc:
    """The military Retiree Account Statement: retired pay by the month, its deductions and the taxable amount."""
    s = Sheet()
    s.text(306, 50, "DEFENSE FINANCE AND ACCOUNTING SERVICE", 12, "sans-b", align="c")
    s.text(306, 64, "U.S. Military Retired Pay  \u2022  Retiree and Annuitant Pay Operations", 8, "sans", 0.3, "c")
    s.text(306, 88, "RETIREE ACCOUNT STATEMENT", 14, "sans-b", align="c")
    s.line(36, 98, 576, 98, 1.0)
    y = 120
    for line in (retiree.upper, home.street.upper(), home.last_line.upper()):
        s.text(48, y, line, 9.5, "mono")
        y += 12
    for k, (label, value) in enumerate((("Statement date", long_date(when)), ("SSN", f"XXX-XX-{ssn4}"),
                                        ("Branch / grade", "USA / E-8"), ("Pay frequency", "Monthly"))):
        s.text(360, 120 + 14 * k, label, 8, "sans", 0.35)
        s.text(450, 120 + 14 * k, value, 9)
    sbp = cents(gross * Decimal("0.065"))
    fed = cents((gross - sbp) * Decimal("0.09"))
    y = 196
    s.band(36, y, 540, "PAY INFORMATION", 0.85)
    y += 30
    for label, value in (("Gross pay", gross), ("VA waiver", Decimal(0)), ("Survivor Benefit Plan (SBP) costs", -sbp),
                         ("Federal income tax withholding", -fed), ("Net pay", gross - sbp - fed)):
        s.text(48, y, label, 9.5, "sans-b" if label in ("Gross pay", "Net pay") else "sans")
        s.text(560, y, money(value), 9.5, "mono", align="r")
        y += 15
    y += 10
    s.band(36, y, 540, "TAX INFORMATION", 0.85)
    y += 30
    for label, value in (("Federal taxable income, this month", gross - sbp),
                         ("Federal taxable income, year to date", (gross - sbp) * when.month),
                         ("Federal tax withheld, year to date", fed * when.month)):
        s.text(48, y, label, 9.5)
        s.text(560, y, money(value), 9.5, "mono", align="r")
        y += 15
    y += 16
    y = s.wrap(48, y, f"Your retired pay of ${money(gross)} a month is paid on the first business day of each month "
               "for the month before, by direct deposit. Retired pay is taxable income; you will receive a Form 1099-R "
               "each January.", 516, 9.5, "sans", 12.5) + 6
    s.wrap(48, y, "Keep this statement. It shows the gross amount and frequency of your retired pay and may be used "
           "to verify your income. Changes to your account: myPay or 1-800-555-0179.", 516, 9.5, "sans", 12.5)
    s.text(36, 760, f"RAS {when:%Y%m} {DOT} {rng.randint(100000, 999999)}", 7, "mono", 0.4)
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": gross,
                                        "benefit_type": "benefits_taxable"}, [s])


BLACK_LUNG_RATES = {0: Decimal("852.40"), 1: Decimal("1278.60"), 2: Decimal("1491.70")}


def black_lung_notice(miner: Person, home: Address, when: date, dependents: int, rng: random.Random) -> Doc:
    """The Labor Department's notice of a black lung beneficiary's monthly rate (augmented for dependents)."""
    monthly = BLACK_LUNG_RATES[dependents]
    s = Sheet()
    s.text(72, 56, "U.S. Department of Labor", 13, "serif-b")
    s.text(72, 70, "Office of Workers' Compensation Programs", 9.5, "serif")
    s.text(72, 82, "Division of Coal Mine Workers' Compensation", 9.5, "serif")
    s.text(540, 56, long_date(when), 10, "serif", align="r")
    s.text(540, 70, f"Claim No. BL-{rng.randint(100000, 999999)}", 9, "serif", 0.2, "r")
    y = 124
    for line in (miner.upper, home.street.upper(), home.last_line.upper()):
        s.text(72, y, line, 10, "serif")
        y += 13
    y += 24
    s.text(72, y, "NOTICE OF MONTHLY BENEFIT RATE", 12, "serif-b")
    y += 24
    y = s.wrap(72, y, f"Dear {miner.first} {miner.last}:", 468, 10.5, "serif", 15) + 4
    y = s.wrap(72, y, f"Your benefits under the Black Lung Benefits Act are paid at the rate for a miner with "
               f"{dependents} dependent{'s' if dependents != 1 else ''}. Beginning with the payment for "
               f"{when:%B %Y}, your monthly benefit is:", 468, 10.5, "serif", 15) + 8
    s.rect(72, y, 468, 30, width=0.7, fill=0.94)
    s.text(82, y + 20, "Monthly benefit amount", 11, "serif-b")
    s.text(530, y + 20, f"${money(monthly)}", 12, "serif-b", align="r")
    y += 48
    for paragraph in ("Benefits are paid monthly, by direct deposit, on the first business day of the month after the "
                      "month for which they are due.",
                      "Black lung benefits are non-taxable: they are not reported to the Internal Revenue Service as "
                      "income. Your rate changes when the federal pay rate changes or when the number of your "
                      "dependents changes; tell us at once of any marriage, divorce or death.",
                      "Keep this notice as proof of your benefit."):
        y = s.wrap(72, y, paragraph, 468, 10.5, "serif", 15) + 8
    s.text(72, y + 20, "District Director", 10.5, "serif")
    s.text(72, y + 34, "Division of Coal Mine Workers' Compensation", 10, "serif-i")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": monthly,
                                        "benefit_type": "benefits_nontaxable"}, [s])


def fema_decision(applicant: Person, home: Address, when: date, disaster: date, repair: Decimal,
                  rng: random.Random) -> Doc:
    """FEMA's Individual Assistance decision letter: the disaster, the registration, the grant awarded. An "other"
    paper (a disaster hardship needs no document)."""
    s = Sheet()
    s.text(72, 58, "U.S. Department of Homeland Security", 11, "sans-b")
    s.text(72, 72, "Federal Emergency Management Agency", 11, "sans")
    s.text(72, 84, "Individuals and Households Program", 8.5, "sans", 0.3)
    s.text(540, 58, long_date(when), 10, align="r")
    number = f"DR-{rng.randint(4800, 4990)}-{home.state}"
    y = 118
    for label, value in (("Applicant", applicant.name), ("Damaged dwelling", home.one_line),
                         ("Registration ID", "-".join(str(rng.randint(100, 999)) for _ in range(3))),
                         ("Disaster number", number),
                         ("Incident", f"Severe storms and flooding, {long_date(disaster)}")):
        s.text(72, y, label, 9, "sans-b")
        s.text(200, y, value, 9.5)
        y += 14
    y += 18
    s.text(72, y, "Decision: you are ELIGIBLE for assistance", 12, "sans-b")
    y += 20
    rent = Decimal(rng.randrange(120000, 260000)) / 100
    y = hn.table(s, 72, y, [("Type of assistance", 280, "l"), ("Status", 90, "l"), ("Amount", 98, "r")],
                 [["Home Repair Assistance", "Approved", f"${money(repair)}"],
                  ["Rental Assistance (2 months)", "Approved", f"${money(rent)}"],
                  ["Personal Property Assistance", "Not eligible", "$0.00"]], size=9, row_h=17) + 20
    for paragraph in ("The money will be deposited to the bank account you gave at registration within 3 to 5 business "
                      "days. Use it only for the purposes shown; keep your receipts for three years.",
                      "If you disagree with this decision you may appeal in writing within 60 days of the date of this "
                      "letter. Include your registration ID and disaster number on every page you send."):
        y = s.wrap(72, y, paragraph, 468, 10, "sans", 13.5) + 8
    s.text(72, 740, "FEMA Form 009-0-IA-DL  \u2022  DisasterAssistance.gov  \u2022  1-800-555-0162", 7.5, "sans", 0.35)
    return Doc("other", {}, [s])


def notes_letter(app: GApplication, when: date, title: str, paragraphs: Sequence[str], rng: random.Random) -> Doc:
    """A hardship letter typed in a phone's notes app and printed from the phone: a narrow column of large type in
    the middle of the sheet, the note's date and time above its bold title, no signature."""
    s = Sheet()
    left, width = 186.0, 240.0
    s.text(306, 58, f"{long_date(when)} at {rng.randint(7, 11)}:{rng.randint(10, 59)} PM", 8, "sans", 0.45, "c")
    y = s.wrap(left, 90, title, width, 15, "sans-b", 19) + 8
    for paragraph in paragraphs:
        y = s.wrap(left, y, paragraph, width, 11.5, "sans", 15.5) + 9
    y = s.wrap(left, y, f"{app.borrower.name}  {DOT}  loan {app.loan}", width, 11.5, "sans", 15.5)
    s.text(left, y, app.phone, 11.5)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def columnar_pnl(owner: Person, business: str, start: date, end: date, revenue: Decimal,
                 expenses: Sequence[tuple[str, Decimal]], signed_on: date, rng: random.Random) -> Doc:
    """A profit and loss written by hand on a sheet of a stationer's four-column pad (ruled lines, ruled amount
    columns, the pad's own header), totalled, signed and dated."""
    s = Sheet()
    s.text(36, 34, "COLUMNAR PAD  \u2022  4 COLUMN  \u2022  No. 4C-50", 6.5, "sans-b", 0.45)
    s.text(576, 34, "Prepared by ______   Approved by ______", 6.5, "sans", 0.45, "r")
    for y in range(72, 744, 18):
        s.line(36, y, 576, y, 0.35, 0.68 if (y - 72) % 90 else 0.5)
    for x in (300, 370, 440, 510, 576):
        s.line(x, 54, x, 744, 0.45, 0.55)
    s.line(36, 54, 576, 54, 0.6, 0.5)
    pen = hb.Pen(rng, hand=True, gray=0.1)

    def line(k: int) -> float:
        """The baseline of the pad's k-th ruled line."""
        return 72 + 18 * k - 3

    pen.write(s, 44, line(0), f"{business} - PROFIT & LOSS", 12)
    pen.write(s, 44, line(1), f"{_short(start)} to {_short(end)}  (year to date)", 11)
    pen.write(s, 44, line(3), "Sales (cash + card)", 11)
    pen.write(s, 366, line(3), money(revenue), 11, align="r")
    pen.write(s, 44, line(4), "Expenses:", 11)
    k = 5
    for label, amount in expenses:
        pen.write(s, 60, line(k), label, 11)
        pen.write(s, 366, line(k), money(amount), 11, align="r")
        k += 1
    total = sum((a for _, a in expenses), Decimal(0))
    pen.write(s, 60, line(k), "Total expenses", 11)
    pen.write(s, 436, line(k), money(total), 11, align="r")
    k += 2
    net = revenue - total
    pen.write(s, 44, line(k), "NET PROFIT", 12)
    pen.write(s, 436, line(k), money(net), 12, align="r")
    s.line(372, line(k) + 4, 438, line(k) + 4, 1.1, 0.12)
    s.line(372, line(k) + 7, 438, line(k) + 7, 1.1, 0.12)
    k += 4
    pen.write(s, 44, line(k), "This is true and correct from my books.", 11)
    k += 2
    s.signature(rng, 60, line(k), 170, 22, gray=0.1)
    pen.write(s, 60, line(k + 1), f"{owner.name}, owner", 10.5)
    pen.write(s, 60, line(k + 2), f"Date: {_short(signed_on)}", 11)
    return Doc("profit_and_loss_statement", {"period_start": start, "period_end": end, "net_income": net,
                                             "signed": True}, [s])


# --- writing and the self-check -------------------------------------------------------------------------------------

PIL_STAMP = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}Z\)")


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_o's writer (and through it n's, m's, l's, j's, i's and f's), then the creation and modification
    stamps Pillow writes into every image PDF set to the received day, so that a seed gives the same bytes on every
    run (the stamps keep their length, so the files' cross-reference offsets stay right); arrival times are kept."""
    expected = ho.write_packet(packet, root)
    stamp = f"D:{packet.received:%Y%m%d}090000Z".encode()
    for file in packet.files:
        path = root / packet.name / "inbox" / file.name
        data = path.read_bytes()
        fixed = PIL_STAMP.sub(lambda m: b"/" + m.group(1) + b" (" + stamp + b")", data)
        if fixed != data:
            times = path.stat()
            path.write_bytes(fixed)
            os.utime(path, (times.st_atime, times.st_mtime))
    return expected


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """holdout_packets_p's self-check: o's, with the dates a form takes in parts read as the whole values the form
    recorded as it was written."""
    return hpp.check(packet, expected)


# --- packets --------------------------------------------------------------------------------------------------------

def received_on(rng: random.Random) -> date:
    """A weekday between mid-October and mid-December 2030."""
    return hp.weekday_on_or_before(date(2030, 10, 15) + timedelta(days=rng.randint(0, 59)))


def _app_facts(app: GApplication, rng: random.Random, duration: str, pay: dict[str, tuple[Decimal, str]]) -> None:
    ho._facts(app, rng, duration)
    app.facts["pay"] = pay


def packet_thistle_typed_robot(seed: int) -> Packet:
    """TH-22 typed into its PDF by a couple: her two semi-monthly crew earnings statements (per diem outside the gross),
    his military Retiree Account Statement, her hardship note printed from her phone; a mail robot's drop in a dated
    sub-folder, the loan number only in the robot's bracketed subject prefix. Complete."""
    rng = random.Random(seed * 8209 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Imogen", "R.", "Tjarks")
    co = Person("Bartholomew", None, "Tjarks")
    home = hp.address(rng)
    rate = Decimal(rng.randrange(3600, 5200)) / 100
    pays = crew_run(rng, borrower, home, received, rate, 2, Decimal("2.00"))
    crew_id = f"{rng.randint(10000, 99999)}"
    stubs = [crew_doc(p, crew_id, "Flight Attendant (Purser)", "DEN") for p in pays]
    co_ssn4 = hp.digits(rng, 4)
    retired = Decimal(rng.randrange(180000, 320000)) / 100
    ras = retiree_account_statement(co, co_ssn4, home, received.replace(day=1), retired, rng)
    signed_on = received - timedelta(days=rng.randint(1, 4))
    latest = pays[-1].stub
    wages = cents(latest.gross * 24 / 12)
    app = g_app([("wages", wages, "B"), ("benefits_taxable", retired, "C")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income", "increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(70, 170)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=co_ssn4, co_signed=True, co_signed_on=signed_on, phone=hp.phone(rng),
                email=hj._email(borrower, rng))
    _app_facts(app, rng, "long", {"wages": (latest.gross, "semimonthly"), "benefits_taxable": (retired, "monthly")})
    app_doc = Doc("mortgage_assistance_application", {}, thistle_form(app, "typed", rng))
    note = notes_letter(app, signed_on - timedelta(days=rng.randint(0, 3)), "Why we need help with the mortgage", [
        "Cirrus cut its Denver flying this spring and moved most of us to reserve. I used to fly 85 to 90 credit "
        "hours a month and now I get the guarantee plus a few trips.",
        "At the same time our county reassessed the house and the insurance went up after the hail, so the escrow "
        "part of our payment rose by almost $300.",
        "Bart's retired pay has not changed but it cannot cover the difference. We want to keep our home and ask "
        "you to lower the payment."], rng)
    docs = [app_doc, *stubs, ras, note]
    clock = f"{rng.randint(6, 9):02d}{rng.randint(10, 59)}{rng.randint(10, 59)}"
    folder = f"mail-robot/{received:%Y-%m-%d}"
    originals = ["TH-22 Tjarks filled.pdf", f"Cirrus statement {pays[0].stub.pay_date:%m-%d}.pdf",
                 f"Cirrus statement {pays[1].stub.pay_date:%m-%d}.pdf", "RAS.pdf", "Note Nov.pdf"]
    files = [ho.OFile(f"{folder}/{clock} [Loan {loan}] {k} of 5 - {name}", [doc])
             for k, (name, doc) in enumerate(zip(originals, docs, strict=True), 1)]
    return Packet("q1-thistle-ranked-reasons-per-payment-grid-typed-crew-stubs-per-diem-retiree-statement-mail-robot",
                  received, app, docs, files, loan, [])


def packet_thistle_hand_a4(seed: int) -> Packet:
    """TH-22 mailed with the borrower's name and loan number merged in, filled in pen by him and signed by both him and
    the co-owner he is not married to, who has moved out (ranked first), fewer hours second; his two foundry stubs on
    pressure-seal mailers, a handwritten letter; one copier scan at 200 dpi with the copier set to A4. No quitclaim
    deed or release from her. Incomplete: hardship_doc:separation_unmarried."""
    rng = random.Random(seed * 8209 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Declan", "P.", "Moriarty")
    co = Person("Signe", None, "Halvorsen")
    home = hp.address(rng)
    rate = Decimal(rng.randrange(2200, 3100)) / 100
    pays = foundry_run(rng, borrower, home, received, rate)
    emp_no = f"{rng.randint(10000, 99999)}"
    stubs = [st.doc([stub_pressure_seal(st, ot, rate, emp_no, "220 - Melt & Pour", rng)]) for st, ot in pays]
    latest = pays[-1][0]
    moved = received - timedelta(days=rng.randint(60, 150))
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = g_app([("wages", cents(latest.gross * 26 / 12), "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["separation_unmarried", "reduction_in_income"],
                hardship_start=moved, signed=True, signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4),
                co_signed=True, co_signed_on=signed_on - timedelta(days=rng.randint(1, 6)), phone=hp.phone(rng),
                email="")
    _app_facts(app, rng, "long", {"wages": (latest.gross, "biweekly")})
    mailed = signed_on - timedelta(days=rng.randint(10, 20))
    app_doc = Doc("mortgage_assistance_application", {}, thistle_form(app, "hand", rng, mailed))
    letter = hb.handwritten_letter(app, signed_on, [
        f"Signe and I bought the house together but we never married. She moved out on {_short(moved)} and pays "
        "nothing toward the mortgage now. She signed the form so you would know she agrees.",
        "The foundry also cut the overtime I always had. I am asking for a payment I can make on my own so I can "
        "stay in the house."], rng)
    docs = [_as(A4Doc, d) for d in (app_doc, *stubs, letter)]
    scan = Scan(200, skew=0.45, noise=0.0004, blur=0.35, paper=242, seed=seed + 21)
    files = [ho.OFile(f"SKM_C300i{received:%y%m%d}{rng.randint(10, 17)}{rng.randint(10, 59)}.pdf", docs, scan,
                      jpeg=58)]
    return Packet("q2-thistle-prepared-for-band-pen-filled-pressure-seal-stubs-copier-a4-no-quitclaim", received, app,
                  docs, files, loan, ["hardship_doc:separation_unmarried"])


def packet_saltmarsh_fax_separator(seed: int) -> Packet:
    """Saltmarsh's telephone intake printout (a laid-off borrower's unemployment, his wife's wages), signed and dated
    by him only; two consecutive bilingual statements of their joint account; faxed at 200 dpi behind the servicer's
    barcode separator sheet with the machine's header line. Incomplete: application_signature."""
    rng = random.Random(seed * 8209 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Osvaldo", "E.", "Quintanilla")
    co = Person("Maribel", None, "Quintanilla Reyes")
    home = hp.address(rng)
    net = Decimal(rng.randrange(140000, 215000)) / 100
    weekly = Decimal(rng.randrange(38000, 56000)) / 100

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        fridays = hj._weekdays(start, 4)[rng.randint(0, 1)::2]
        return [*((d, "DEP NOMINA / PAYROLL VALLEY FRESH FOODS", net) for d in fridays),
                *((d, f"UI BENEFIT PAYMENT {home.state} DOL", weekly) for d in hj._weekdays(start, 2))]

    sts = hf.statements(rng, ALMENDRO, borrower, home, _months(received), hp.digits(rng, 4), deposits, n_debits=14)
    statements = [st.doc(statement_bilingual(st, co)) for st in sts]
    laid_off = received - timedelta(days=rng.randint(60, 150))
    called = received - timedelta(days=rng.randint(12, 20))
    signed_on = received - timedelta(days=rng.randint(1, 4))
    wages = cents(net * 26 / 12 / Decimal("0.78"))
    app = g_app([("unemployment", cents(weekly * 52 / 12), "B"), ("wages", wages, "C")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["unemployment"], hardship_start=laid_off, signed=True, signed_on=signed_on, co_borrower=co,
                co_ssn4=hp.digits(rng, 4), co_signed=False, co_signed_on=None, phone=hp.phone(rng),
                email=hj._email(borrower, rng))
    ho._facts(app, rng, "short")
    app_doc = Doc("mortgage_assistance_application", {}, saltmarsh_form(app, rng, called, "TNGUYEN"))
    docs = [app_doc, *statements]
    header = (f"{received:%m/%d/%Y} {rng.randint(8, 18):02d}:{rng.randint(10, 59)}  QUINTANILLA  "
              f"{app.phone}  P.{{page:03d}}")
    files = [ho.OFile(f"FAX_IN_{received:%Y%m%d}_{rng.randint(100000, 999999)}.pdf", [hf.separator(loan), *docs],
                      Scan(200, skew=0.4, noise=0.0007, blur=0.3, fax=True, seed=seed + 31), header=header)]
    return Packet("q3-saltmarsh-phone-intake-screen-dumps-bilingual-statements-fax-separator-co-borrower-unsigned",
                  received, app, docs, files, loan, ["application_signature"])


def packet_form710_flattened_loose(seed: int) -> Packet:
    """The real Form 710 filled by a food-truck owner and printed to PDF by her PDF app (no fields left); her year-to-
    date profit and loss hand-written on a columnar pad and signed, and a signed 4506-C, in a 200 dpi scan with an
    empty page between them; FEMA's decision letter after the flood; loose files. Complete."""
    rng = random.Random(seed * 8209 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Guadalupe", "R.", "Ibáñez")
    home = hp.address(rng)
    year = received.year
    start, end = date(year, 1, 1), date(year, 9, 30)
    revenue = Decimal(rng.randrange(9500000, 14500000)) / 100
    expenses = [("Food & supplies", cents(revenue * Decimal(rng.randrange(30, 36)) / 100)),
                ("Propane & generator fuel", Decimal(rng.randrange(380000, 620000)) / 100),
                ("Commissary kitchen rent", Decimal(rng.randrange(540000, 720000)) / 100),
                ("Permits & health dept.", Decimal(rng.randrange(90000, 180000)) / 100),
                ("Truck repairs", Decimal(rng.randrange(150000, 480000)) / 100),
                ("Insurance", Decimal(rng.randrange(210000, 330000)) / 100),
                ("Part-time helper", Decimal(rng.randrange(900000, 1500000)) / 100)]
    signed_on = received - timedelta(days=rng.randint(2, 8))
    pnl = columnar_pnl(borrower, "Tacos La Güera", start, end, revenue, expenses, signed_on, rng)
    ssn4 = hp.digits(rng, 4)
    irs = hp.form_4506c(borrower, ssn4, home, signed_on, rng, year - 1)
    flood = received - timedelta(days=rng.randint(60, 110))
    fema = fema_decision(borrower, home, flood + timedelta(days=rng.randint(18, 30)), flood,
                         Decimal(rng.randrange(600000, 1400000)) / 100, rng)
    app = g_app([("self_employment", cents(pnl.fields["net_income"] / 9), "B")], loan=loan, borrower=borrower,
                ssn4=ssn4, address=home, occupancy="primary_residence", hardships=["disaster"], hardship_start=flood,
                signed=True, signed_on=signed_on, phone=hp.phone(rng), email=hj._email(borrower, rng))
    ho._facts(app, rng, "short")
    form = Doc("mortgage_assistance_application", {}, pdf=form710_printed_to_pdf(app, rng), facts={"form710": True})
    docs = [form, pnl, irs, fema]
    scan = Scan(200, skew=0.3, noise=0.0003, blur=0.3, paper=246, seed=seed + 41)
    files = [ho.OFile(f"{loan} - Mortgage Assistance Application (printed to PDF).pdf", [form]),
             ho.OFile(f"{loan} P&L and 4506-C.pdf", [pnl, hc.blank_page(), irs], scan, arrives_after=60),
             ho.OFile(f"{loan} FEMA letter.pdf", [fema], arrives_after=90)]
    return Packet("q4-form710-printed-to-pdf-no-fields-columnar-pad-pnl-4506c-scan-empty-page-fema", received, app,
                  docs, files, loan, [])


def packet_form710_shrunk_folder(seed: int) -> Packet:
    """The real Form 710 filled through its AcroForm by a widower, printed "shrink to fit" at 94%, signed and scanned
    at 200 dpi askew with speckle; two consecutive landscape statements of the cooperative bank (his pay and his
    survivor benefits), a typed hardship letter; a folder named after the loan. No death certificate or obituary.
    Incomplete: hardship_doc:death."""
    rng = random.Random(seed * 8209 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Wendell", "T.", "Achterberg")
    home = hp.address(rng)
    net = Decimal(rng.randrange(150000, 225000)) / 100
    survivor = Decimal(rng.randrange(110000, 190000)) / 100

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        fridays = hj._weekdays(start, 4)[rng.randint(0, 1)::2]
        return [*((d, "PAYROLL DEP MERIWETHER FREIGHT", net) for d in fridays),
                (hj._weekdays(start, 2)[1], "SSA TREAS 310 XXSOC SEC", survivor)]

    sts = hf.statements(rng, HARBORLIGHT, borrower, home, _months(received), hp.digits(rng, 4), deposits, n_debits=15)
    statements = []
    for st in sts:
        doc = st.doc([])
        doc.pdf = statement_landscape(st)
        statements.append(doc)
    died = received - timedelta(days=rng.randint(70, 160))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", cents(net * 26 / 12 / Decimal("0.77")), "B"), ("benefits_taxable", survivor, "B")],
                loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["death", "reduction_in_income"], hardship_start=died, signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    ho._facts(app, rng, "long")
    form = _as(ShrunkDoc, Doc("mortgage_assistance_application", {}, pdf=hj.form710_filled(app, rng),
                              facts={"form710": True}))
    letter = hb.typed_letter(app, signed_on, "Loss Mitigation Department", [
        f"My wife Ruth died on {long_date(died)} after a short illness. Her paycheck was half of our income and we "
        "counted on it for the mortgage.",
        "I now receive a survivor benefit from Social Security besides my own pay, but together they are less than "
        "we had. I ask you to review my loan for a modification so that I can stay in our home."], rng)
    docs = [form, *statements, letter]
    scan = Scan(200, skew=1.45, noise=0.0012, blur=0.35, paper=243, seed=seed + 51)
    files = [ho.OFile(f"{loan}/Form 710 signed (scan).pdf", [form], scan),
             *(ho.OFile(f"{loan}/Harborlight {st.end:%b %Y}.pdf", [d]) for st, d in zip(sts, statements, strict=True)),
             ho.OFile(f"{loan}/letter.pdf", [letter])]
    return Packet("q5-form710-shrink-to-fit-94pct-200dpi-skewed-speckle-landscape-statements-folder-no-death-paper",
                  received, app, docs, files, loan, ["hardship_doc:death"])


def packet_saltmarsh_portal_miscategorised(seed: int) -> Packet:
    """Saltmarsh's telephone intake printout signed and dated in pen by both, captured with a phone; her two crew
    earnings statements, his black lung benefit notice (phone-captured), a typed hardship letter; uploaded through the
    servicer's portal, which names each file by the category the borrower picked - the stubs as BANK_STATEMENT, the
    benefit notice as PAY_STUB, the letter as OTHER. Complete."""
    rng = random.Random(seed * 8209 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Harriet", "S.", "Blevins")
    co = Person("Earl", "D.", "Blevins")
    home = hp.address(rng)
    rate = Decimal(rng.randrange(8800, 12600)) / 100
    pays = crew_run(rng, borrower, home, received, rate, 2, Decimal(0))
    crew_id = f"{rng.randint(10000, 99999)}"
    stubs = [crew_doc(p, crew_id, "First Officer, CRJ-900", "CLT") for p in pays]
    notice = black_lung_notice(co, home, received - timedelta(days=rng.randint(20, 70)), 1, rng)
    ill = received - timedelta(days=rng.randint(90, 200))
    called = received - timedelta(days=rng.randint(10, 18))
    signed_on = received - timedelta(days=rng.randint(1, 4))
    latest = pays[-1].stub
    app = g_app([("wages", cents(latest.gross * 24 / 12), "B"),
                 ("benefits_nontaxable", notice.fields["monthly_amount"], "C")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disability_or_illness", "reduction_in_income"], hardship_start=ill, signed=True,
                signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True,
                co_signed_on=signed_on, phone=hp.phone(rng), email=hj._email(borrower, rng))
    ho._facts(app, rng, "long")
    intake = saltmarsh_form(app, rng, called, "RBAPTISTE")
    app_doc = hj.phone_scanned(Doc("mortgage_assistance_application", {}, intake), seed + 61)
    notice = hj.phone_scanned(notice, seed + 62)
    letter = ho.block_letter(app, signed_on, SALTMARSH[0], [
        f"In {ill:%B} Earl's black lung disease got worse and he now needs oxygen and help at home most days. His "
        "benefit is our only income besides my pay.",
        "To be home with him I gave up my regular flying line and bid reserve, which pays me much less. We are "
        "asking for a modification so that we can keep up with the mortgage."], rng)
    docs = [app_doc, *stubs, notice, letter]
    phone = Scan(200, skew=0.0, noise=0.0, blur=0.0, paper=252, seed=seed + 63)
    files = [ho.OFile(f"{loan}_APPLICATION_1.pdf", [app_doc], phone, jpeg=55, tint=True),
             ho.OFile(f"{loan}_BANK_STATEMENT_1.pdf", [stubs[0]], arrives_after=20),
             ho.OFile(f"{loan}_BANK_STATEMENT_2.pdf", [stubs[1]], arrives_after=21),
             ho.OFile(f"{loan}_PAY_STUB_1.pdf", [notice], phone, jpeg=55, tint=True, arrives_after=40),
             ho.OFile(f"{loan}_OTHER_1.pdf", [letter], arrives_after=55)]
    return Packet("q6-saltmarsh-intake-phone-captured-crew-stubs-black-lung-portal-uploads-wrong-categories", received,
                  app, docs, files, loan, [])


PACKETS = (packet_thistle_typed_robot, packet_thistle_hand_a4, packet_saltmarsh_fax_separator,
           packet_form710_flattened_loose, packet_form710_shrunk_folder, packet_saltmarsh_portal_miscategorised)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 17710, write_packet, check)


if __name__ == "__main__":
    main()
