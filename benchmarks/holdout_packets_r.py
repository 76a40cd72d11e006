"""An eighteenth holdout set of borrower packets (r1..r6), laid out unlike the shared samples and unlike the a (first),
b, c, d, e, f, g, h, i, j, k, l, m, n, o, p and q sets, written without looking at the service's code, rules or tests,
to gauge honestly how it reads layouts nobody tuned it to.

    python benchmarks/holdout_packets_r.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. New here: a servicer's
two-page SCANNABLE (OMR) "Mortgage Assistance Request" (Brackenridge Mortgage Servicing, form BMS-7) with corner
registration marks and a timing track down the right edge, every number answered twice - printed one digit a box and
bubbled in a column of ovals 0-9 under each box (loan number, SSN last 4, phone, the hardship's MONTH / DAY / YEAR) -
names and the address printed one capital a box, occupancy, keep / sell, each hardship reason and the duration as
ovals to fill, monthly income in "$ __,___.__" digit boxes per Borrower and Co-borrower, and the signature dates in
MM DD YYYY boxes; filled in No. 2 pencil (ovals shaded with zigzag strokes), or in pen. A second servicer's two-page
"Borrower Assistance Application" (Larkin Bay Home Loans, form LB-210) whose questions are numbered 1..22 in a dark
LEFT-MARGIN gutter, the question's words in the middle and the answer in a right-hand column of boxes; YES / NO and
the other choices printed as words in the answer box and CIRCLED by hand (or typed as a crossed ballot box), the
hardship reasons as a two-column list inside one answer box, and household income as a MATRIX whose ROWS are the
people (Borrower, Co-borrower, Column total) and whose COLUMNS are the income kinds, with a row-total column and the
household total again in question 18; typed into its PDF with drawn signatures, or printed blank and filled in pen.
The real Form 710 filled through its AcroForm in two new shapes: printed, stapled and scanned as a packet at 300 dpi
in grayscale, each page's stapled edge lifted off the glass (a dark shadow and text squeezed toward the binding, the
staple's shadow in the corner) and a coffee ring on the first page; and printed DOUBLE-SIDED, then scanned on a
simplex feeder fronts first and the stack flipped (pages 1, 3, then 4, 2, the blank back of the separator sheet after
them), behind the servicer's barcode separator sheet at 200 dpi black and white. A car dealership's semi-monthly
"Sales Consultant Pay Statement" (deals delivered in the period with front and back gross, units, commission per
deal, spiffs; year to date summed from commissions that differ every period) and a school district's monthly "Pay
Advice" for a 10-month contract paid in 12 installments (dates as 28-FEB-2030, name as LAST, FIRST, "Installment 6 of
12", the contract's days and salary in a box); a community bank's two-page statement whose daily ending balances are
a CALENDAR (a month grid, one balance per day) with a blank "Balancing your account" worksheet on its back page, and a
savings bank's statement whose summary is an EQUATION strip (beginning + deposits - withdrawals = ending) over
transactions listed in two newspaper columns; a municipal retirement fund's "Confirmation of Pension Benefit" with a
table of the last six monthly payments, the same fund's Form 1099-R for the year before (an "other" paper: a year's
total, no frequency), a hardship statement DICTATED to a housing counselor and typed on the agency's letterhead,
signed by the homeowner with the counselor's attestation, a nonprofit's fill-in-the-blanks hardship letter template
filled by hand, a signed year-to-date profit and loss, a divorce decree and a dealership's fax cover. Co-borrowers in
three packets. Delivered as: a 200 dpi fax of the pencil-filled OMR form without separator sheet, behind the sender's
cover page, with the machine's header line; loose born-digital files with realistic but unhelpful names ("... FINAL
(2).pdf", "PayStatement_0215.pdf"); a folder named after the loan holding the stapled 300 dpi grayscale scan; phone
PHOTOS of the pen-filled OMR form and the pension letter (perspective, lamp light, the borrower's fingertip holding
the sheet flat in a corner) beside downloaded e-statements; a copier's 240 dpi JPEG scan of the hand-filled LB-210
beside born-digital statements; and the duplex-on-simplex 200 dpi black-and-white scan behind the separator sheet.

The people's parts, drawing primitives, pens, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes follow from
the values drawn. `--check` (holdout_packets_q's, after p's, o's, n's, m's and j's) also confirms that every expected
value is printed (or hand-written, or written one character a box) on its document and that the rules give each
scenario's codes; a date printed the Oracle way (28-FEB-2030) counts as printed. Received dates fall between early
February and mid-April 2030. Every file is the same bytes for a seed, scans included.
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_c as hc
import holdout_packets_e as he
import holdout_packets_f as hf
import holdout_packets_h as hh
import holdout_packets_j as hj
import holdout_packets_n as hn
import holdout_packets_o as ho
import holdout_packets_p as hpp
import holdout_packets_q as hq
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_g import GApplication, g_app
from holdout_packets_l import _months

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

DOT = "\u00b7"
BOX_EMPTY, BOX_CROSSED = "\u2610", "\u2612"
DROPOUT = 0.5  # the light ink an OMR form is printed in, which the reading machine drops out


def oracle(d: date) -> str:
    """28-FEB-2030: how an Oracle payroll prints a date."""
    return f"{d.day:02d}-{d:%b}-{d.year}".upper()


def last_first(p: Person) -> str:
    return f"{p.last.upper()}, {p.first.upper()}" + (f" {p.middle[0].upper()}" if p.middle else "")


TX_PLACES = [("San Marcos", "TX", "786"), ("Kyle", "TX", "786"), ("New Braunfels", "TX", "781"),
             ("Seguin", "TX", "781"), ("Lockhart", "TX", "786")]


def texas_address(rng: random.Random, limit: int = 34) -> Address:
    """A home near the school district (Texas: no state income tax), short enough for the OMR form's boxes."""
    while True:
        home = hh._address(rng, TX_PLACES)
        if len(home.street) <= limit:
            return home


def short_address(rng: random.Random, limit: int = 34) -> Address:
    while True:
        home = hp.address(rng)
        if len(home.street) <= limit and len(home.city) <= 16:
            return home


# --- application 1: Brackenridge's scannable (OMR) request, digits boxed and bubbled --------------------------------

BRACKEN = ("Brackenridge Mortgage Servicing",
           f"Borrower Outreach {DOT} PO Box 44120, Omaha, NE 68144 {DOT} Fax 1-877-555-0131 {DOT} 1-877-555-0130")
OMR_HARDSHIPS = [("unemployment", "Unemployment or furlough"), ("reduction_in_income", "Reduced pay, hours or sales"),
                 ("increase_in_housing_expenses", "Higher taxes, insurance or HOA"),
                 ("disaster", "Disaster (fire, flood, storm)"), ("disability_or_illness", "Illness or disability"),
                 ("divorce_or_separation", "Divorce or legal separation"),
                 ("separation_unmarried", "Unmarried co-owner moved out"),
                 ("death", "Death of a borrower or earner"), ("relocation", "Job transfer or military move"),
                 ("other", "Other (attach a letter)")]
OMR_INCOME = [("wages", "Wages, salary, tips, commissions"), ("self_employment", "Self-employment (net)"),
              ("unemployment", "Unemployment benefits"), ("benefits_taxable", "Social Security, pension (taxable)"),
              ("benefits_nontaxable", "Non-taxable SS / disability"), ("rental", "Rent received"),
              ("investment", "Investment or insurance income"), ("other", "Child support, alimony, other")]
OMR_OCCUPANCY = [("primary_residence", "I live there (primary)"), ("second_home", "Second home"),
                 ("investment_property", "Rented out (investment)")]
OMR_DURATION = [("short", "Under 6 months"), ("long", "6 months or longer"), ("resolved", "Already over")]


@dataclass
class Marker:
    """What fills an OMR form: a pencil (grey graphite) or a pen, writing one character a box and shading ovals."""

    rng: random.Random
    gray: float = 0.3

    def __post_init__(self) -> None:
        self.pen = hb.Pen(self.rng, hand=True, gray=self.gray)

    def char(self, s: Sheet, cx: float, base: float, ch: str, size: float = 9.5) -> None:
        self.pen.write(s, cx - 1, base, ch, size, align="c")

    def shade(self, s: Sheet, cx: float, cy: float, rx: float = 5.0, ry: float = 3.6) -> None:
        """An oval filled with zigzag strokes, a little off centre, as a hand shades one."""
        j = self.rng.uniform
        dx, dy = j(-0.7, 0.7), j(-0.5, 0.5)
        rows = 7
        points = []
        for k in range(rows + 1):
            y = cy - ry + 2 * ry * k / rows
            half = rx * math.sqrt(max(0.0, 1 - ((y - cy) / ry) ** 2)) + 0.9
            points.append((cx + dx + (-half if k % 2 == 0 else half) + j(-0.5, 0.5), y + dy + j(-0.3, 0.3)))
        s.path(points, 1.6, self.gray)


def oval(s: Sheet, cx: float, cy: float, label: str = "", rx: float = 5.0, ry: float = 3.6) -> None:
    """A printed answer oval in dropout ink, its digit or letter inside."""
    points = [(cx + rx * math.cos(2 * math.pi * k / 24), cy + ry * math.sin(2 * math.pi * k / 24)) for k in range(25)]
    s.path(points, 0.5, DROPOUT)
    if label:
        s.text(cx, cy + 1.9, label, 5.2, "sans", DROPOUT, "c")


def omr_frame(s: Sheet, page: int, loan: str, mk: Marker) -> None:
    """Registration squares in the corners, the timing track down the right edge, the header and footer."""
    for x, y in ((18, 18), (584, 18), (18, 764), (584, 764)):
        s.rect(x, y, 10, 10, stroke=None, fill=0.0)
    for y in range(46, 750, 18):
        s.rect(596, y, 9, 4, stroke=None, fill=0.0)
    s.circle(54, 52, 14, width=1.6)
    s.text(54, 58, "B", 16, "serif-b", align="c")
    s.text(76, 50, BRACKEN[0], 15, "serif-b")
    s.text(76, 63, BRACKEN[1], 6.6, "sans", 0.35)
    s.text(576, 46, "MORTGAGE ASSISTANCE REQUEST", 11, "sans-b", align="r")
    s.text(576, 58, f"Scannable form BMS-7 {DOT} page {page} of 2", 7.4, "sans", 0.3, "r")
    s.line(36, 72, 576, 72, 1.2)
    s.text(36, 752, f"BMS-7 (Rev. 06/2029)  {DOT}  Form ID 7-000{page}  {DOT}  DO NOT FOLD, STAPLE OR TEAR", 6.6,
           "sans", 0.35)
    if page == 2:
        s.text(360, 90, "Loan number (again)", 7, "sans", 0.35)
        for i in range(12):
            s.rect(440 + 11 * i, 80, 11, 14, width=0.5, stroke=DROPOUT)
            if i < len(loan):
                mk.char(s, 445.5 + 11 * i, 91, loan[i], 8.5)


def omr_section(s: Sheet, y: float, n: int, title: str) -> float:
    s.rect(36, y, 540, 14, stroke=None, fill=0.15)
    s.text(42, y + 10.3, f"{n}  {title}", 8.6, "sans-b", 1.0)
    return y + 22


def digit_grid(s: Sheet, mk: Marker, x: float, y: float, n: int, value: str, caption: str, pitch: float = 13.0
               ) -> float:
    """`n` write-in boxes, each over a column of ovals 0-9; the value printed left to right and bubbled."""
    s.text(x, y, caption, 6.8, "sans-b", 0.2)
    top = y + 4
    for i in range(n):
        cx = x + pitch * i + pitch / 2
        s.rect(x + pitch * i, top, pitch, 16, width=0.5, stroke=DROPOUT)
        ch = value[i] if i < len(value) else ""
        if ch:
            mk.char(s, cx, top + 13, ch)
        for d in range(10):
            cy = top + 24 + 10.5 * d
            oval(s, cx, cy, str(d), rx=4.6, ry=3.4)
            if ch == str(d):
                mk.shade(s, cx, cy, 4.6, 3.4)
    return top + 24 + 10.5 * 9 + 10


def letter_comb(s: Sheet, mk: Marker, x: float, y: float, n: int, value: str, caption: str,
                pitch: float = 12.5) -> None:
    s.text(x, y, caption, 6.6, "sans", 0.3)
    for i in range(n):
        s.rect(x + pitch * i, y + 3, pitch, 15, width=0.5, stroke=DROPOUT)
    for i, ch in enumerate(value.upper()[:n]):
        if ch.strip():
            mk.char(s, x + pitch * i + pitch / 2, y + 15, ch, 9)


def amount_comb(s: Sheet, mk: Marker, x: float, y: float, value: Decimal | None) -> None:
    """$ __,___.__ : five boxes for dollars with a printed comma, two for cents after a printed point."""
    pitch = 10.5
    s.text(x - 7, y + 11, "$", 8, "sans", 0.3)
    for i in range(5):
        s.rect(x + pitch * i, y, pitch, 14, width=0.5, stroke=DROPOUT)
    s.text(x + 2 * pitch, y + 15, ",", 9, "sans-b", DROPOUT, "c")
    point = x + 5 * pitch + 5
    s.text(point - 2.5, y + 13, ".", 10, "sans-b", DROPOUT, "c")
    for i in range(2):
        s.rect(point + pitch * i, y, pitch, 14, width=0.5, stroke=DROPOUT)
    if value:
        dollars, pennies = f"{value:.2f}".split(".")
        for i, ch in enumerate(dollars.rjust(5)):
            if ch.strip():
                mk.char(s, x + pitch * i + pitch / 2, y + 11.5, ch, 8.5)
        for i, ch in enumerate(pennies):
            mk.char(s, point + pitch * i + pitch / 2, y + 11.5, ch, 8.5)


def choice_ovals(s: Sheet, mk: Marker, x: float, y: float, options: Sequence[tuple[str, bool]],
                 step: float = 13.0) -> float:
    for label, chosen in options:
        oval(s, x + 5, y - 3)
        if chosen:
            mk.shade(s, x + 5, y - 3)
        s.text(x + 15, y, label, 7.8)
        y += step
    return y


def omr_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """BMS-7 on two pages. fill "pencil": a No. 2 pencil, grey graphite; "pen": a black ballpoint."""
    mk = Marker(rng, gray=0.3 if fill == "pencil" else 0.1)
    co, home, facts = app.co_borrower, app.address, app.facts
    written: list[str] = []
    p1, p2 = Sheet(), Sheet()
    omr_frame(p1, 1, app.loan, mk)
    omr_frame(p2, 2, app.loan, mk)
    # instructions and the marking example
    p1.rect(36, 80, 540, 34, width=0.5, stroke=DROPOUT)
    p1.wrap(42, 91, "Use a No. 2 pencil or a black or blue pen. Print ONE capital letter or digit in each box, then "
            "fill the oval that matches each digit. Fill each oval completely; erase cleanly to change an answer.",
            360, 7.4, "sans", 9.2, 0.1)
    p1.text(420, 91, "RIGHT", 6.6, "sans-b", 0.2)
    oval(p1, 468, 88)
    p1.rect(463.5, 85, 9, 6.4, stroke=None, fill=0.1)
    p1.text(420, 106, "WRONG", 6.6, "sans-b", 0.2)
    for k, mark in enumerate(("tick", "x", "dot")):
        cx = 468 + 18 * k
        oval(p1, cx, 103)
        if mark == "tick":
            p1.path([(cx - 3, 103), (cx - 1, 106), (cx + 4, 99)], 0.9, 0.1)
        elif mark == "x":
            p1.line(cx - 3, 100, cx + 3, 106, 0.9, 0.1)
            p1.line(cx - 3, 106, cx + 3, 100, 0.9, 0.1)
        else:
            p1.circle(cx, 103, 1.2, 0.5, fill=0.1)

    y = omr_section(p1, 124, 1, "ACCOUNT AND CONTACT  (digits only)")
    bottom = digit_grid(p1, mk, 36, y + 4, 12, app.loan, "LOAN NUMBER (start at the left)")
    digit_grid(p1, mk, 206, y + 4, 4, app.ssn4, "SSN LAST 4")
    phone = "".join(ch for ch in app.phone if ch.isdigit())
    digit_grid(p1, mk, 288, y + 4, 10, phone, "BEST PHONE NUMBER")
    written += [app.loan, app.ssn4, app.phone]
    x = 428
    p1.text(x, y + 4, "THE PROPERTY IS", 6.8, "sans-b", 0.2)
    yy = choice_ovals(p1, mk, x, y + 18, [(label, code == app.occupancy) for code, label in OMR_OCCUPANCY], 12)
    p1.text(x, yy + 2, "DO YOU WANT TO KEEP IT?", 6.8, "sans-b", 0.2)
    yy = choice_ovals(p1, mk, x, yy + 16, [("Yes", True), ("No", False)], 12)
    p1.text(x, yy + 2, "IS IT LISTED FOR SALE?", 6.8, "sans-b", 0.2)
    choice_ovals(p1, mk, x, yy + 16, [("Yes", False), ("No", True)], 12)

    y = omr_section(p1, bottom + 6, 2, "WHO IS APPLYING  (one capital letter a box; a box empty between words)")
    for who, person_, ssn4 in (("BORROWER", app.borrower, app.ssn4), ("CO-BORROWER (if any)", co, app.co_ssn4)):
        p1.text(36, y + 2, who, 7, "sans-b", 0.2)
        y += 12
        letter_comb(p1, mk, 36, y, 18, person_.last if person_ else "", "Last name")
        letter_comb(p1, mk, 276, y, 13, person_.first if person_ else "", "First name")
        letter_comb(p1, mk, 450, y, 1, (person_.middle or "")[:1] if person_ else "", "MI")
        if who.startswith("CO"):
            letter_comb(p1, mk, 480, y, 4, (ssn4 or "") if person_ else "", "SSN last 4")
        y += 26
        if person_ is not None:
            written.append(person_.name)
    if co is not None and app.co_ssn4:
        written.append(app.co_ssn4)

    y = omr_section(p1, y + 2, 3, "ADDRESS OF THE PROPERTY")
    letter_comb(p1, mk, 36, y, 40, home.street, "Number and street (apartment or unit after the street)")
    y += 30
    letter_comb(p1, mk, 36, y, 20, home.city, "City")
    letter_comb(p1, mk, 306, y, 2, home.state, "State")
    letter_comb(p1, mk, 352, y, 5, home.zip, "ZIP code")
    written += [home.street, home.city, home.state, home.zip]
    y += 34
    p1.text(36, y, "E-mail (print clearly)", 6.6, "sans", 0.3)
    p1.line(130, y + 2, 576, y + 2, 0.5, DROPOUT)
    mk.pen.write(p1, 136, y, app.email, 9.5)
    y += 24
    p1.rect(36, y, 540, 40, width=0.5, fill=0.95)
    p1.wrap(44, y + 12, "Send with this form: your two latest pay stubs (or two months of bank statements), letters "
            "that show any benefit and how often it is paid, a profit and loss statement if self-employed, and a "
            "letter about your hardship. Fax both pages to 1-877-555-0131.", 524, 7.4, "sans", 9.2, 0.1)
    y += 64
    p1.rect(36, y, 540, 60, width=0.5, stroke=DROPOUT)
    for k in range(0, 540, 9):
        p1.line(36 + k, y + 60, 36 + min(k + 60, 540), y, 0.3, 0.85)
    p1.rect(160, y + 14, 292, 32, stroke=None, fill=1.0)
    p1.text(306, y + 26, "FOR SERVICER USE ONLY - DO NOT WRITE IN THIS AREA", 7, "sans-b", 0.35, "c")
    p1.text(306, y + 39, "Batch ________   Seq. ________   Rec'd ____/____/______   Op. ____", 7, "sans", 0.35, "c")
    p1.text(306, 736, "Continue on page 2.  Both pages must be returned.", 7.6, "sans-i", 0.3, "c")

    # page 2
    y = omr_section(p2, 104, 4, "WHAT HAPPENED  (fill every oval that applies)")
    for k, (code, label) in enumerate(OMR_HARDSHIPS):
        x0, y0 = 36 + 270 * (k // 5), y + 8 + 15 * (k % 5)
        choice_ovals(p2, mk, x0, y0, [(label, code in app.hardships)])
    y += 8 + 15 * 5 + 4
    start = app.hardship_start
    p2.text(36, y + 4, "WHEN DID IT START?", 7, "sans-b", 0.2)
    bottom = digit_grid(p2, mk, 36, y + 16, 2, f"{start:%m}" if start else "", "MONTH")
    digit_grid(p2, mk, 76, y + 16, 2, f"{start:%d}" if start else "", "DAY")
    digit_grid(p2, mk, 116, y + 16, 4, f"{start:%Y}" if start else "", "YEAR")
    if start:
        written.append(us(start))
    p2.text(210, y + 4, "HOW LONG WILL IT LAST?", 7, "sans-b", 0.2)
    choice_ovals(p2, mk, 210, y + 22, [(label, code == facts.get("duration", "long")) for code, label in OMR_DURATION])
    p2.text(360, y + 4, "PEOPLE IN THE HOUSEHOLD", 7, "sans-b", 0.2)
    household = max(int(facts.get("household", "1")), 2 if co else 1)
    digit_grid(p2, mk, 360, y + 16, 2, f"{household:02d}", "")

    y = omr_section(p2, bottom + 4, 5, "MONTHLY INCOME BEFORE TAXES  (leave a line empty if none)")
    p2.text(330, y + 2, "BORROWER", 7, "sans-b", 0.2, "c")
    p2.text(470, y + 2, "CO-BORROWER", 7, "sans-b", 0.2, "c")
    y += 8
    for code, label in OMR_INCOME:
        p2.text(36, y + 10, label, 8)
        p2.line(36, y + 16, 576, y + 16, 0.3, 0.75)
        for whose, x0 in (("B", 292), ("C", 432)):
            amount = app.income(code, whose)
            amount_comb(p2, mk, x0, y, amount or None)
            if amount:
                written.append(money(amount))
        y += 17.5
    p2.text(36, y + 10, "HOUSEHOLD TOTAL (add both columns)", 8, "sans-b")
    amount_comb(p2, mk, 432, y, app.total or None)
    if app.income_lines:
        written.append(money(app.total))
    y += 28

    y = omr_section(p2, y, 6, "SIGN AND DATE")
    y = p2.wrap(36, y + 2, "I certify that the answers on both pages are true and complete, that my hardship is why I "
                "need help, and that Brackenridge Mortgage Servicing may verify them and obtain my credit report. "
                "Everyone named in section 2 must sign.", 540, 7.6, "sans", 9.6, 0.1) + 8
    for who, person_, signed, on in (("Borrower", app.borrower, app.signed, app.signed_on),
                                     ("Co-borrower", co, co is not None and app.co_signed, app.co_signed_on)):
        p2.line(36, y + 22, 330, y + 22, 0.6)
        p2.text(36, y + 31, f"{who} signature", 6.6, "sans", 0.35)
        p2.text(360, y + 6, "DATE  (month, day, year)", 6.6, "sans", 0.35)
        boxes = [(360, 2), (390, 2), (420, 4)]
        for bx, n in boxes:
            for i in range(n):
                p2.rect(bx + 11 * i, y + 10, 11, 15, width=0.5, stroke=DROPOUT)
        if person_ is not None:
            if signed:
                p2.signature(rng, 60, y + 20, 170, 18, gray=mk.gray)
            if on:
                for (bx, _), part in zip(boxes, (f"{on:%m}", f"{on:%d}", f"{on:%Y}"), strict=True):
                    for i, ch in enumerate(part):
                        mk.char(p2, bx + 11 * i + 5.5, y + 22, ch, 8.5)
                written.append(us(on))
        y += 42
    facts["written"] = "\n".join(written)
    return [p1, p2]


# --- application 2: Larkin Bay's LB-210, numbers in a left gutter, answers in a right column ------------------------

LARKIN = ("Larkin Bay Home Loans",
          f"Loss Mitigation {DOT} 88 Wharf Street, Suite 400, Portland, ME 04101 {DOT} Fax (207) 555-0148 {DOT} "
          "(800) 555-0147")
LB_HARDSHIPS = [("unemployment", "Lost job / laid off"), ("reduction_in_income", "Pay, hours or sales cut"),
                ("increase_in_housing_expenses", "Housing costs rose"), ("disaster", "Disaster"),
                ("disability_or_illness", "Illness / disability"), ("divorce_or_separation", "Divorce / separation"),
                ("separation_unmarried", "Unmarried co-owner left"), ("death", "A death in the household"),
                ("relocation", "Job moved / military orders"), ("other", "Other (explain in 16)")]
LB_INCOME = [("wages", ["Wages,", "salary,", "tips"]), ("self_employment", ["Self-", "employed", "(net)"]),
             ("unemployment", ["Unemploy-", "ment"]), ("benefits_taxable", ["Soc. Sec.,", "pension", "(taxable)"]),
             ("benefits_nontaxable", ["Non-", "taxable", "benefits"]), ("rental", ["Rent", "received"]),
             ("investment", ["Invest-", "ment"]), ("other", ["Support,", "alimony,", "other"])]
LB_OCCUPANCY = [("primary_residence", "Principal residence"), ("second_home", "Second home"),
                ("investment_property", "Investment")]
LB_DURATION = [("short", "Under 6 months"), ("long", "6 months or more"), ("resolved", "Resolved")]
ANSWER_X, ANSWER_W = 330.0, 246.0


@dataclass
class LarkinPage:
    """One page of LB-210 as it is drawn: the sheet, who fills it, and where the next question goes."""

    s: Sheet
    pen: hb.Pen
    rng: random.Random
    hand: bool
    y: float = 0.0

    def number(self, n: int, h: float) -> None:
        self.s.rect(36, self.y, 28, h, stroke=None, fill=0.22)
        self.s.text(50, self.y + min(h, 24) / 2 + 4, str(n), 11, "sans-b", 1.0, "c")

    def question(self, n: int, text: str, h: float = 22, hint: str = "") -> float:
        """The number in the gutter and the words in the middle; returns the top of the answer box."""
        self.number(n, h)
        yy = self.s.wrap(72, self.y + 10, text, 248, 8.6, "sans", 10.2)
        if hint:
            self.s.text(72, yy, hint, 6.8, "sans-i", 0.4)
        self.s.rect(ANSWER_X, self.y, ANSWER_W, h, width=0.6)
        return self.y

    def done(self, h: float) -> None:
        self.s.line(36, self.y + h + 3, 576, self.y + h + 3, 0.3, 0.75)
        self.y += h + 7

    def ask(self, n: int, text: str, value: str, h: float = 22, hint: str = "") -> None:
        top = self.question(n, text, h, hint)
        self.pen.write(self.s, ANSWER_X + 6, top + h / 2 + 4, value, 10, fit=ANSWER_W - 12)
        self.done(h)

    def split(self, n: int, text: str, parts: Sequence[tuple[str, float, str]], h: float = 26) -> None:
        top = self.question(n, text, h)
        x = ANSWER_X
        for caption, width, value in parts:
            self.s.rect(x, top, width, h, width=0.6)
            self.s.text(x + 3, top + 7, caption, 5.8, "sans", 0.4)
            self.pen.write(self.s, x + 5, top + h - 6, value, 10, fit=width - 8)
            x += width
        self.done(h)

    def mark(self, x: float, base: float, label: str, chosen: bool, size: float = 8.4) -> float:
        """A choice printed as words in the answer box: circled by hand, or a crossed ballot box when typed."""
        if self.hand:
            self.s.text(x, base, label, size)
            width = hp.text_width(label, "sans", size)
            if chosen:
                he._circle(self.s, self.rng, x + width / 2, base - size * 0.35, width / 2 + 5, size * 0.85)
            return x + width + 14
        self.s.text(x, base + 0.5, BOX_CROSSED if chosen else BOX_EMPTY, size + 1.5, "glyph")
        self.s.text(x + size + 4, base, label, size)
        return x + size + 4 + hp.text_width(label, "sans", size) + 12

    def choose(self, n: int, text: str, options: Sequence[tuple[str, bool]], h: float = 22) -> None:
        top = self.question(n, text, h)
        x = ANSWER_X + 8
        for label, chosen in options:
            x = self.mark(x, top + h / 2 + 3, label, chosen)
        self.done(h)


def lb_header(s: Sheet, page: int) -> float:
    for k in range(3):
        s.path([(36 + t, 46 + 6 * k + 2.2 * math.sin(t / 4.2 + k)) for t in range(0, 30, 2)], 1.5, 0.1 + 0.2 * k)
    s.text(74, 54, "LARKIN BAY", 17, "sans-b")
    s.text(74, 67, "HOME LOANS", 8.5, "sans", 0.3)
    s.text(576, 50, "BORROWER ASSISTANCE APPLICATION", 11.5, "sans-b", align="r")
    s.text(576, 63, f"Form LB-210 (09/2029) {DOT} Page {page} of 2", 7.4, "sans", 0.35, "r")
    s.line(36, 74, 576, 74, 1.6)
    s.text(36, 770, LARKIN[1], 6.4, "sans", 0.4)
    return 86


def lb_part(s: Sheet, y: float, title: str) -> float:
    s.text(36, y + 10, title, 9.5, "sans-b")
    s.line(36, y + 14, 576, y + 14, 0.9)
    return y + 21


def larkin_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """LB-210 on two pages. fill "typed": typed into the PDF (choices as crossed ballot boxes, signatures drawn);
    "hand": printed blank and filled in pen, the choices circled."""
    hand = fill == "hand"
    pen = hb.Pen(rng, hand=hand, gray=0.14)
    co, home, facts = app.co_borrower, app.address, app.facts
    p1, p2 = LarkinPage(Sheet(), pen, rng, hand), LarkinPage(Sheet(), pen, rng, hand)
    p1.y = lb_header(p1.s, 1)
    p1.y = p1.s.wrap(36, p1.y + 4, "Answer every question in the column of boxes at the right. Questions 4 and 5 "
                     "only if someone else is on the loan. Sign question 21 (and 22) on page 2.", 540, 8, "sans-i", 10,
                     0.3)
    p1.y = lb_part(p1.s, p1.y, "PART 1  WHO IS APPLYING AND FOR WHICH HOME")
    p1.ask(1, "Mortgage loan number", app.loan)
    p1.ask(2, "Borrower's full name", app.borrower.name)
    p1.ask(3, "Borrower's Social Security number (last four digits only)", app.ssn4)
    p1.ask(4, "Co-borrower's full name", co.name if co else ("N/A" if hand else ""))
    p1.ask(5, "Co-borrower's Social Security number (last four digits only)", (app.co_ssn4 or "") if co else "")
    p1.ask(6, "Street address of the property", home.street)
    p1.split(7, "City, state and ZIP code of the property", [("City", 130, home.city), ("State", 46, home.state),
                                                             ("ZIP code", 70, home.zip)])
    p1.ask(8, "Best telephone number", app.phone)
    p1.ask(9, "E-mail address", app.email)
    p1.choose(10, "How is the property used?", [(label, code == app.occupancy) for code, label in LB_OCCUPANCY])
    p1.choose(11, "Do you want to keep the property?", [("YES", True), ("NO", False)])
    p1.choose(12, "Is the property listed for sale?", [("YES", False), ("NO", True)])
    p1.y = lb_part(p1.s, p1.y + 4, "PART 2  YOUR HARDSHIP")
    h = 66
    top = p1.question(13, "What caused your difficulty?", h, "Circle every reason that applies.")
    for k, (code, label) in enumerate(LB_HARDSHIPS):
        p1.mark(ANSWER_X + 8 + 122 * (k // 5), top + 12 + 12 * (k % 5), label, code in app.hardships, 7.4)
    p1.done(h)
    p1.ask(14, "When did the difficulty begin?", us(app.hardship_start) if app.hardship_start else "",
           hint="Month / day / year")
    p1.choose(15, "How long do you expect it to last?",
              [(label, code == facts.get("duration", "long")) for code, label in LB_DURATION])
    h = 52
    top = p1.question(16, "Tell us briefly what happened (optional; you may attach a letter)", h)
    story = facts.get("story", "")
    if story:
        font, grown = ("pen", 9.9) if hand else ("sans", 8.4)
        for k, line in enumerate(hf._lines(story, ANSWER_W - 20, grown, font)[:4]):
            pen.write(p1.s, ANSWER_X + 6, top + 12 + 11 * k, line, 8.4)
    p1.done(h)

    p2.y = lb_header(p2.s, 2)
    p2.y = lb_part(p2.s, p2.y, "PART 3  HOUSEHOLD INCOME EACH MONTH (before taxes)")
    p2.number(17, 22)
    p2.s.wrap(72, p2.y + 10, "Write each person's monthly income on that person's ROW, under the kind of income. Add "
              "each row at the right and each column at the bottom.", 500, 8.6, "sans", 10.2)
    y = p2.y + 30
    cols = [("", 66.0)] + [("", 52.0)] * 8 + [("Row total", 58.0)]
    x = 36.0
    for k, (_, width) in enumerate(cols):
        p2.s.rect(x, y, width, 36, width=0.5, fill=0.88)
        if 0 < k <= 8:
            for i, word in enumerate(LB_INCOME[k - 1][1]):
                p2.s.text(x + width / 2, y + 10 + 8.5 * i, word, 6.6, "sans-b", align="c")
        elif k == 9:
            p2.s.text(x + width / 2, y + 20, "Row total", 6.6, "sans-b", align="c")
        else:
            p2.s.text(x + 4, y + 20, "Person", 6.8, "sans-b")
        x += width
    y += 36
    people = [("Borrower", "B", True), ("Co-borrower", "C", co is not None), ("Column total", "", True)]
    for label, whose, present in people:
        x = 36.0
        for k, (_, width) in enumerate(cols):
            p2.s.rect(x, y, width, 22, width=0.5, fill=0.95 if not whose else None)
            if k == 0:
                p2.s.text(x + 4, y + 14, label, 7.6, "sans-b" if not whose else "sans")
            elif present and k <= 8:
                code = LB_INCOME[k - 1][0]
                value = app.income(code, whose or None)
                if value:
                    pen.write(p2.s, x + width - 3, y + 15, money(value), 7.6, align="r", fit=width - 5)
            elif present and k == 9:
                value = app.income_of(whose) if whose else app.total
                if value:
                    pen.write(p2.s, x + width - 3, y + 15, money(value), 7.6, align="r", fit=width - 5)
            x += width
        y += 22
    p2.y = y + 8
    p2.ask(18, "Total household income each month (the bottom right of the table)",
           money(app.total) if app.income_lines else "")
    p2.y = lb_part(p2.s, p2.y + 4, "PART 4  MONTHLY PAYMENTS")
    p2.ask(19, "Your monthly mortgage payment (principal, interest, taxes, insurance)", facts.get("cost:mortgage", ""))
    p2.ask(20, "Car loans, credit cards and other monthly debt payments",
           money(sum((Decimal(facts[k].replace(",", "")) for k in ("cost:cars", "cost:cards") if k in facts),
                     Decimal(0))))
    p2.y = lb_part(p2.s, p2.y + 4, "PART 5  SIGNATURES")
    p2.y = p2.s.wrap(36, p2.y + 2, "By signing, I certify that all the information in this application is true, that "
                     "the hardship I described is why I cannot make my mortgage payment, and that Larkin Bay Home "
                     "Loans may verify it with third parties and obtain my credit report. Knowingly false statements "
                     "may be a crime under federal law. Every person named in questions 2 and 4 must sign.", 540, 8,
                     "sans", 10, 0.1) + 8
    for n, who, person_, signed, on in ((21, "Borrower", app.borrower, app.signed, app.signed_on),
                                        (22, "Co-borrower", co, co is not None and app.co_signed, app.co_signed_on)):
        h = 40
        top = p2.question(n, f"{who}: sign and date", h, person_.name if person_ else "")
        p2.s.rect(ANSWER_X + 160, top, ANSWER_W - 160, h, width=0.6)
        p2.s.text(ANSWER_X + 4, top + 8, "Signature", 5.8, "sans", 0.4)
        p2.s.text(ANSWER_X + 164, top + 8, "Date (mm/dd/yyyy)", 5.8, "sans", 0.4)
        if person_ is not None:
            if signed:
                p2.s.signature(rng, ANSWER_X + 14, top + h - 8, 130, 20, gray=0.12 if hand else 0.05)
            if on:
                pen.write(p2.s, ANSWER_X + 166, top + h - 10, us(on), 10, fit=ANSWER_W - 170)
        p2.done(h)
    p2.s.rect(36, p2.y + 4, 540, 52, width=0.5, fill=0.95)
    p2.s.text(44, p2.y + 17, "Send with this application", 8.4, "sans-b")
    p2.s.wrap(44, p2.y + 29, "Pay stubs for the last 30 days or your two latest bank statements; award letters for "
              "any benefits; a signed profit and loss and Form 4506-C if you are self-employed or rent out property; "
              "and the paper behind your hardship (decree, deed, orders, letter).", 524, 7.6, "sans", 9.6, 0.1)
    return [p1.s, p2.s]


# --- the real Form 710 in two new shapes: a stapled packet on the glass, printed duplex and scanned simplex -----------

def _coffee(arr: np.ndarray, rng: np.random.Generator, dpi: int) -> np.ndarray:
    """A coffee cup's ring (dark where the coffee dried at its rim, faint inside), with a second partial ring where
    the cup was set down again."""
    h, w = arr.shape
    for strength, scale in ((0.3, 1.0), (0.17, 0.97)):
        cx, cy = rng.uniform(0.58, 0.8) * w, rng.uniform(0.5, 0.78) * h
        r0 = rng.uniform(0.72, 0.9) * dpi * scale
        pad = int(r0 * 1.2)
        x0, x1, y0, y1 = max(0, int(cx) - pad), min(w, int(cx) + pad), max(0, int(cy) - pad), min(h, int(cy) + pad)
        yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        theta = np.arctan2(yy - cy, xx - cx)
        r = np.hypot(xx - cx, yy - cy)
        p = rng.uniform(0, 2 * math.pi, 4)
        rim = r0 * (1 + 0.02 * np.sin(3 * theta + p[0]) + 0.012 * np.sin(7 * theta + p[1]))
        thick = 0.02 * dpi * (1 + 0.7 * np.sin(2 * theta + p[2]) ** 2) + 1.0
        ring = np.exp(-(((r - rim) / thick) ** 2)) * (0.55 + 0.45 * np.sin(theta + p[3]) ** 2)
        if strength < 0.2:
            ring *= (np.sin(theta + p[3]) > -0.2)  # only part of the second ring printed
        inside = np.where(r < rim, 0.045 * strength / 0.3, 0.0)
        arr[y0:y1, x0:x1] *= 1 - strength * ring - inside
    return arr


@dataclass
class StapledDoc(Doc):
    """A page of a stapled packet scanned on a flatbed: the stapled left edge will not lie flat, so a shadow darkens
    it and the print near it is squeezed toward the binding; the staple and its shadow in the top-left corner; on
    the pages in `coffee`, a coffee ring."""

    seed: int = 0
    coffee: tuple[int, ...] = ()

    def images(self, dpi: int) -> list[Image.Image]:
        out = []
        for n, page in enumerate(super().images(dpi)):
            rng = np.random.default_rng(self.seed * 53 + n)
            arr = np.asarray(page.convert("L"), dtype=np.float32)
            h, w = arr.shape
            xs = np.arange(w, dtype=np.float32)
            band = float(rng.uniform(0.8, 1.0)) * dpi
            squeeze = float(rng.uniform(0.45, 0.6))
            source = np.where(xs < band, xs + squeeze * xs * (1 - xs / band) ** 2, xs)
            arr = arr[:, np.clip(np.rint(source).astype(int), 0, w - 1)]
            lift = float(rng.uniform(0.16, 0.26)) * dpi
            arr = arr * (1 - 0.64 * np.exp(-xs / lift))[None, :]
            arr = arr * (1 - 0.08 * np.exp(-np.arange(h, dtype=np.float32) / (0.5 * dpi)))[:, None]
            if n in self.coffee:
                arr = _coffee(arr, rng, dpi)
            image = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
            draw = ImageDraw.Draw(image)
            ax, ay, bx, by = 0.28 * dpi, 0.42 * dpi, 0.62 * dpi, 0.2 * dpi
            draw.line([(ax + 0.03 * dpi, ay + 0.03 * dpi), (bx + 0.03 * dpi, by + 0.03 * dpi)], fill=150,
                      width=max(2, round(0.035 * dpi)))
            draw.line([(ax, ay), (bx, by)], fill=70, width=max(2, round(0.025 * dpi)))
            out.append(image)
        return out


def stapled(doc: Doc, seed: int, coffee: tuple[int, ...] = ()) -> StapledDoc:
    return hq._as(StapledDoc, doc, seed=seed, coffee=coffee)


def duplex_on_simplex(doc: Doc) -> Doc:
    """Printed on both sides, then fed through a one-sided scanner fronts first and the stack turned over for the
    backs: odd pages in order, then even pages last to first (1, 3, 4, 2 for four pages)."""
    fronts = list(range(0, doc.page_count, 2))
    backs = list(range(1, doc.page_count, 2))[::-1]
    return replace(doc, delivered_order=fronts + backs)


@dataclass
class FingerPhotoDoc(he.PhotoDoc):
    """A phone photo of a page on a table (holdout_packets_e's) with the borrower's fingertip holding the sheet flat
    at its left edge, and the finger's soft shadow on the paper."""

    def images(self, dpi: int) -> list[Image.Image]:
        out = []
        for n, img in enumerate(super().images(dpi)):
            rng = random.Random(self.seed * 17 + n)
            w, h = img.size
            cx, cy = -0.02 * w, rng.uniform(0.55, 0.85) * h
            rx, ry = rng.uniform(0.1, 0.13) * w, rng.uniform(0.035, 0.045) * h
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
            inside = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
            shadow = np.exp(-np.clip(((xx - cx - 0.02 * w) / (rx * 1.25)) ** 2
                                     + ((yy - cy - 0.015 * h) / (ry * 1.6)) ** 2 - 1, 0, None) * 3)
            arr = np.asarray(img, dtype=np.float32) * (1 - 0.22 * shadow * (inside > 1))
            across = np.clip(np.abs(yy - cy) / ry, 0, 1)
            skin = 168 * (0.7 + 0.3 * np.cos(across * math.pi / 2)) * (1.02 - 0.12 * (xx - cx) / rx)
            nail = ((xx - cx - 0.72 * rx) / (0.22 * rx)) ** 2 + ((yy - cy) / (0.6 * ry)) ** 2 < 1
            skin = np.where(nail, skin * 1.12 + 8, skin)
            edge = np.clip((1 - inside) * 6, 0, 1)
            arr = arr * (1 - edge) + skin * edge
            out.append(Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7)))
        return out


def finger_photo(doc: Doc, seed: int) -> FingerPhotoDoc:
    return hq._as(FingerPhotoDoc, doc, seed=seed)


# --- pay stubs: a car dealership's commission statement, a school district's 10-month contract paid in 12 -----------

RIDGEBACK = "Ridgeback Auto Plaza, LLC"
RIDGEBACK_OFFICE = Address("2600 S Interstate 35 Frontage Rd", "San Marcos", "TX", "78666")
NEW_RATE, BACK_RATE, MINI = Decimal("0.25"), Decimal("0.15"), Decimal("175.00")


def _half(year: int, index: int) -> tuple[date, date]:
    """The semi-monthly period number `index` of a year: its first and last day."""
    month, second = (index - 1) // 2 + 1, index % 2 == 0
    return (date(year, month, 16), hp.month_end(year, month)) if second else (date(year, month, 1),
                                                                               date(year, month, 15))


@dataclass
class Deal:
    number: str
    delivered: date
    stock: str
    customer: str
    front: Decimal
    back: Decimal
    units: Decimal

    @property
    def commission(self) -> Decimal:
        """25% of the front-end gross and 15% of the back end, never less than the $175 "mini" a unit."""
        return max(cents(self.front * NEW_RATE + self.back * BACK_RATE), cents(MINI * self.units))


def _deals(employee: Person, year: int, index: int) -> tuple[list[Deal], Decimal]:
    """The deals a consultant delivered in a period and the period's unit spiff; the same for the same period on
    every statement, so the years to date add up."""
    r = random.Random(f"{employee.name}|{year}|{index}")
    start, end = _half(year, index)
    deals = []
    for _ in range(r.randint(3, 7)):
        used = r.random() < 0.45
        deals.append(Deal(f"{r.randint(40000, 49999)}", start + timedelta(days=r.randint(0, (end - start).days)),
                          f"{'U' if used else 'N'}{r.randint(10000, 99999)}", r.choice(hp.LAST).upper(),
                          Decimal(r.randrange(15000, 340000)) / 100, Decimal(r.randrange(0, 190000)) / 100,
                          Decimal("0.5") if r.random() < 0.2 else Decimal(1)))
    deals.sort(key=lambda d: (d.delivered, d.number))
    units = sum((d.units for d in deals), Decimal(0))
    return deals, Decimal(50) * int(units) if units >= 4 else Decimal(0)


@dataclass
class CommissionPay:
    stub: Stub
    deals: list[Deal]
    spiff: Decimal
    lines_ytd: dict[str, Decimal]
    emp_no: str


def _lines(deals: Sequence[Deal], spiff: Decimal) -> dict[str, Decimal]:
    return {"new": sum((d.commission for d in deals if d.stock.startswith("N")), Decimal(0)),
            "used": sum((d.commission for d in deals if d.stock.startswith("U")), Decimal(0)), "spiff": spiff}


def dealer_run(employee: Person, home: Address, received: date, count: int, emp_no: str) -> list[CommissionPay]:
    """The consultant's last `count` semi-monthly statements, paid five days after each period."""
    out = []
    rates = [("Federal Income Tax", Decimal("0.092")), ("Social Security", Decimal("0.062")),
             ("Medicare", Decimal("0.0145"))]
    if home.state not in hj.NO_STATE_TAX:
        rates.append(("State Income Tax", Decimal("0.04")))
    rates.append(("401(k) 3%", Decimal("0.03")))
    for end in hpp.semimonthly_ends(received, count):
        index = (end.month - 1) * 2 + (2 if end.day > 15 else 1)
        history = [_deals(employee, end.year, i) for i in range(1, index + 1)]
        grosses = [sum(_lines(d, sp).values(), Decimal(0)) for d, sp in history]
        deals, spiff = history[-1]
        lines_ytd: dict[str, Decimal] = {}
        for d, sp in history:
            for key, value in _lines(d, sp).items():
                lines_ytd[key] = lines_ytd.get(key, Decimal(0)) + value
        deductions = [(label, cents(grosses[-1] * rate), sum((cents(g * rate) for g in grosses), Decimal(0)))
                      for label, rate in rates]
        start = _half(end.year, index)[0]
        stub = Stub(RIDGEBACK, RIDGEBACK_OFFICE, employee, home, start, end, end + timedelta(days=5), "semimonthly",
                    grosses[-1], sum(grosses, Decimal(0)), deductions)
        out.append(CommissionPay(stub, deals, spiff, lines_ytd, emp_no))
    return out


def stub_dealer(pay: CommissionPay) -> Sheet:
    """A dealership's sales consultant pay statement: the deals delivered in the period (front and back gross, units,
    commission), the pay plan, earnings by kind with years to date, taxes and a net pay box."""
    st = pay.stub
    s = Sheet()
    s.rect(36, 34, 540, 3, stroke=None, fill=0.1)
    s.text(36, 62, "RIDGEBACK", 20, "sans-b")
    s.text(36 + hp.text_width("RIDGEBACK ", "sans-b", 20), 62, "AUTO PLAZA", 20, "sans", 0.35)
    s.text(36, 76, f"{RIDGEBACK} {DOT} {RIDGEBACK_OFFICE.one_line} {DOT} (512) 555-0163", 7, "sans", 0.35)
    s.text(576, 56, "SALES CONSULTANT PAY STATEMENT", 10.5, "sans-b", align="r")
    s.text(576, 69, "Commission payroll, paid twice a month", 7.4, "sans", 0.35, "r")
    cells = [("Employee", st.employee.name, 140), ("Emp. no.", pay.emp_no, 56), ("Position", "Sales Consultant", 86),
             ("Pay period", f"{us(st.period_start)} - {us(st.period_end)}", 124), ("Check date", us(st.pay_date), 66),
             ("Frequency", "Semi-monthly", 68)]
    x = 36.0
    for label, value, width in cells:
        s.rect(x, 88, width, 28, width=0.5)
        s.text(x + 4, 97, label.upper(), 5.8, "sans-b", 0.4)
        s.text(x + 4, 110, value, 8.4)
        x += width
    s.text(36, 136, "Deals delivered this pay period", 9.5, "sans-b")
    rows = [[d.number, f"{d.delivered:%m/%d}", d.stock, d.customer, "Used" if d.stock.startswith("U") else "New",
             money(d.front), money(d.back), f"{d.units:.1f}", money(d.commission)] for d in pay.deals]
    units = sum((d.units for d in pay.deals), Decimal(0))
    rows.append(["", "", "", "Totals", "", money(sum((d.front for d in pay.deals), Decimal(0))),
                 money(sum((d.back for d in pay.deals), Decimal(0))), f"{units:.1f}",
                 money(sum((d.commission for d in pay.deals), Decimal(0)))])
    y = hn.table(s, 36, 142, [("Deal #", 46, "l"), ("Deliv.", 38, "l"), ("Stock #", 54, "l"),
                              ("Customer", 96, "l"), ("N/U", 34, "l"), ("Front gross", 72, "r"),
                              ("Back gross", 70, "r"), ("Units", 40, "r"), ("Commission", 90, "r")], rows, size=7.8,
                 row_h=13.5, bold=[len(rows) - 1], zebra=0.95) + 8
    y = s.wrap(36, y, f"Pay plan 2030-S: {NEW_RATE * 100:.0f}% of front-end gross and {BACK_RATE * 100:.0f}% of "
               f"back-end (F&I) gross per deal, ${money(MINI)} minimum (\"mini\") per unit; split deals count half. "
               "Unit spiff $50 a unit when 4 or more units are delivered in the period. No draw.", 540, 7.2,
               "sans-i", 9, 0.3) + 10
    s.text(36, y, "Earnings", 9.5, "sans-b")
    lines = _lines(pay.deals, pay.spiff)
    rows = [[label, money(lines[key]), money(pay.lines_ytd[key])]
            for key, label in (("new", "Commission - new vehicles"), ("used", "Commission - used vehicles"),
                               ("spiff", "Unit spiff"))]
    rows.append(["GROSS EARNINGS", money(st.gross), money(st.ytd_gross or Decimal(0))])
    y = hn.table(s, 36, y + 6, [("Description", 300, "l"), ("This period", 110, "r"), ("Year to date", 130, "r")],
                 rows, size=8.2, row_h=14.5, bold=[len(rows) - 1]) + 14
    s.text(36, y, "Taxes and deductions", 9.5, "sans-b")
    taken = sum((c for _, c, _ in st.deductions), Decimal(0))
    taken_ytd = sum((t for _, _, t in st.deductions), Decimal(0))
    rows = [[label, money(cur), money(ytd)] for label, cur, ytd in st.deductions]
    rows.append(["TOTAL DEDUCTIONS", money(taken), money(taken_ytd)])
    y = hn.table(s, 36, y + 6, [("Description", 300, "l"), ("This period", 110, "r"), ("Year to date", 130, "r")],
                 rows, size=8.2, row_h=14.5, bold=[len(rows) - 1]) + 18
    s.rect(336, y, 240, 54, width=1.0, fill=0.92)
    s.text(346, y + 16, "NET PAY", 10, "sans-b")
    s.text(566, y + 18, f"${money(st.net)}", 14, "sans-b", align="r")
    s.text(346, y + 32, f"Year to date net ${money((st.ytd_gross or Decimal(0)) - taken_ytd)}", 7.6, "sans", 0.3)
    account = random.Random(f"{st.employee.name}|bank").randint(1000, 9999)
    s.text(346, y + 45, f"Deposited to checking ****{account}", 7.6, "sans", 0.3)
    s.wrap(36, y + 14, "Commission is earned when the deal is funded. Chargebacks on cancelled F&I products are taken "
           "on a later statement. Questions: the office manager, ext. 214.", 280, 7.2, "sans-i", 9, 0.35)
    return s


GREYHAWK = "Greyhawk Valley Independent School District"
GREYHAWK_OFFICE = Address("4100 Ranch Road 12", "San Marcos", "TX", "78666")
CAMPUSES = [("Mesa Verde Elementary", "Teacher - Elementary (Gr. 4)"),
            ("Cypress Bend Middle School", "Teacher - Secondary (Science)"),
            ("Blanco River Elementary", "Teacher - Bilingual (Gr. 2)")]


@dataclass
class Advice:
    stub: Stub
    annual: Decimal
    stipend: Decimal
    campus: tuple[str, str]
    emp_no: str

    @property
    def installment(self) -> int:
        """The contract year runs September to August: September's pay is installment 1 of 12."""
        return (self.stub.period_start.month - 9) % 12 + 1


def school_run(employee: Person, home: Address, months: Sequence[date], annual: Decimal, stipend: Decimal,
               campus: tuple[str, str], emp_no: str) -> list[Advice]:
    """A teacher's monthly pay: a twelfth of a 10-month contract plus a stipend, paid on the month's last working day;
    Teacher Retirement System contributions in place of Social Security."""
    out = []
    for first in months:
        end = hp.month_end(first.year, first.month)
        gross = cents(annual / 12) + stipend
        spec = [("Federal Income Tax", cents(gross * Decimal("0.082"))),
                ("TRS Member Contribution 8.25%", cents(gross * Decimal("0.0825"))),
                ("Medicare", cents(gross * Decimal("0.0145"))), ("TRS-ActiveCare Primary+", Decimal("212.00")),
                ("Dental - Employee Only", Decimal("18.40")), ("403(b) Voluntary", Decimal("150.00"))]
        deductions = [(label, cur, cur * first.month) for label, cur in spec]
        stub = Stub(GREYHAWK, GREYHAWK_OFFICE, employee, home, first, end, hp.weekday_on_or_before(end), "monthly",
                    gross, gross * first.month, deductions)
        out.append(Advice(stub, annual, stipend, campus, emp_no))
    return out


def stub_school(adv: Advice) -> Sheet:
    """A school district's monthly Pay Advice from an Oracle payroll: facts as LABEL : VALUE lines in a fixed-width
    face, dates as 28-FEB-2030, the contract in a box of its own, earnings and deductions with years to date."""
    st = adv.stub
    s = Sheet()
    s.text(36, 50, GREYHAWK, 12.5, "sans-b")
    s.text(36, 62, f"Payroll Department {DOT} {GREYHAWK_OFFICE.one_line} {DOT} (512) 555-0188", 7.4, "sans", 0.35)
    s.text(576, 52, "PAY ADVICE", 16, "sans-b", align="r")
    s.text(576, 64, "THIS IS NOT A CHECK - NON-NEGOTIABLE", 7, "sans", 0.35, "r")
    s.line(36, 70, 576, 70, 1.0)
    y = 90
    for line in (st.employee.name, st.employee_address.street, st.employee_address.last_line):
        s.text(72, y, line, 9.5)
        y += 12
    grade = f"TCH-{adv.emp_no[-1]} / STEP {int(adv.emp_no[-2]) % 9 + 3}"
    left = [("Employee Name", last_first(st.employee)), ("Employee Number", adv.emp_no),
            ("Organization", adv.campus[0].upper()), ("Job", adv.campus[1].upper()), ("Grade / Step", grade)]
    right = [("Payroll", "GVISD MONTHLY"), ("Pay Frequency", "Monthly"), ("Period Start", oracle(st.period_start)),
             ("Period End", oracle(st.period_end)), ("Check Date", oracle(st.pay_date))]
    y = 142
    s.rect(36, y - 10, 540, 78, width=0.6)
    for k, ((la, va), (lb, vb)) in enumerate(zip(left, right, strict=True)):
        s.text(44, y + 13 * k, f"{la:<16}: {va}", 7.6, "mono")
        s.text(352, y + 13 * k, f"{lb:<14}: {vb}", 7.6, "mono")
    y += 84
    s.rect(36, y, 540, 50, width=0.6, fill=0.94)
    s.text(44, y + 13, "CONTRACT", 7.4, "sans-b", 0.25)
    year0 = st.period_start.year if st.period_start.month >= 9 else st.period_start.year - 1
    s.text(44, y + 27, f"187-day contract (10 months) for {year0}-{year0 + 1}, paid in 12 equal monthly installments",
           8.4)
    s.text(44, y + 41, f"Annual contract salary ${money(adv.annual)}   {DOT}   Installment {adv.installment} of 12   "
           f"{DOT}   Installments remaining {12 - adv.installment}", 8.4)
    y += 66
    s.text(36, y, "Earnings", 9.5, "sans-b")
    days = sum(1 for k in range((st.period_end - st.period_start).days + 1)
               if (st.period_start + timedelta(days=k)).weekday() < 5)
    rows = [["Contract Salary Installment", f"{days}.00", money(cents(adv.annual / 12)),
             money(cents(adv.annual / 12) * st.period_start.month)]]
    if adv.stipend:
        rows.append(["Stipend - Bilingual Certification", "", money(adv.stipend),
                     money(adv.stipend * st.period_start.month)])
    rows.append(["Gross Earnings", "", money(st.gross), money(st.ytd_gross or Decimal(0))])
    y = hn.table(s, 36, y + 6, [("Element", 270, "l"), ("Days", 60, "r"), ("Current", 100, "r"), ("YTD", 110, "r")],
                 rows, size=8, row_h=14, bold=[len(rows) - 1]) + 14
    s.text(36, y, "Deductions", 9.5, "sans-b")
    taken = sum((c for _, c, _ in st.deductions), Decimal(0))
    taken_ytd = sum((t for _, _, t in st.deductions), Decimal(0))
    rows = [[label, money(cur), money(ytd)] for label, cur, ytd in st.deductions]
    rows.append(["Total Deductions", money(taken), money(taken_ytd)])
    y = hn.table(s, 36, y + 6, [("Element", 330, "l"), ("Current", 100, "r"), ("YTD", 110, "r")], rows, size=8,
                 row_h=14, bold=[len(rows) - 1]) + 16
    s.text(36, y, "Summary", 9.5, "sans-b")
    y = hn.table(s, 36, y + 6, [("", 120, "l"), ("Gross", 140, "r"), ("Deductions", 140, "r"), ("Net Pay", 140, "r")],
                 [["Current", money(st.gross), money(taken), money(st.net)],
                  ["YTD", money(st.ytd_gross or Decimal(0)), money(taken_ytd),
                   money((st.ytd_gross or Decimal(0)) - taken_ytd)]], size=8.4, row_h=15, bold=[0]) + 16
    s.text(36, y, f"Payment method: Direct Deposit  {DOT}  account ****{adv.emp_no[-4:]}  {DOT}  amount "
           f"${money(st.net)}", 8, "mono")
    s.text(36, y + 16, "Leave balances (days):  State Personal 5.00   Local 3.00   Sick Bank member: Y", 8, "mono", 0.2)
    s.wrap(36, y + 38, "10-month employees are paid in 12 equal installments from September through August; the "
           "July and August installments are earned during the school year. Report errors to Payroll within 30 days.",
           540, 7, "sans-i", 9, 0.35)
    return s


# --- bank statements: a calendar of daily balances, an equation strip over two columns ------------------------------

CINDER = "Cinder Creek Community Bank"
PILLAR = "Pillar Rock Savings Bank"


def _daily(st: Statement) -> dict[date, Decimal]:
    """The ending balance of every day of the period."""
    out, balance = {}, st.begin
    by_day: dict[date, Decimal] = {}
    for day, _, _, bal in st.rows:
        by_day[day] = bal
    day = st.start
    while day <= st.end:
        balance = by_day.get(day, balance)
        out[day] = balance
        day += timedelta(days=1)
    return out


def statement_cinder(st: Statement, joint: Person | None = None) -> list[Sheet]:
    """Two pages: the summary, the transactions (Debits / Credits, no running balance) and the daily ending balances
    laid out as a CALENDAR of the month; the back page a blank "Balancing your account" worksheet."""
    s, back = Sheet(), Sheet()
    for page, sheet in ((1, s), (2, back)):
        sheet.path([(36, 62), (44, 42), (50, 54), (56, 38), (64, 62)], 1.8, 0.2)
        sheet.text(72, 52, "Cinder Creek", 17, "serif-b")
        sheet.text(72, 64, "COMMUNITY BANK  \u2022  MEMBER FDIC", 7, "sans", 0.35)
        sheet.text(576, 50, "Statement of Account", 11, "sans-b", align="r")
        sheet.text(576, 62, f"Page {page} of 2", 7.6, "sans", 0.35, "r")
        sheet.line(36, 72, 576, 72, 0.8)
    y = 94
    for line in (st.holder.upper, *([joint.upper] if joint else []), st.home.street.upper(), st.home.last_line.upper()):
        s.text(44, y, line, 9.2)
        y += 11.5
    s.rect(360, 84, 216, 56, width=0.6)
    for k, (label, value) in enumerate((("Account", f"Personal Checking ******{st.last4}"),
                                        ("Statement period", f"{us(st.start)} - {us(st.end)}"),
                                        ("Questions", "(830) 555-0114"))):
        s.text(368, 98 + 15 * k, label, 7, "sans", 0.35)
        s.text(440, 98 + 15 * k, value, 8.2)
    y = 156
    summary = [(f"Beginning balance, {long_date(st.start)}", money(st.begin)),
               (f"Deposits and other credits ({sum(a > 0 for _, _, a, _ in st.rows)})", f"+ {money(st.deposits)}"),
               (f"Checks and other debits ({sum(a < 0 for _, _, a, _ in st.rows)})", f"- {money(st.debits)}"),
               (f"Ending balance, {long_date(st.end)}", money(st.ending))]
    for k, (label, value) in enumerate(summary):
        bold = k in (0, 3)
        s.text(44, y + 13 * k, label, 8.6, "sans-b" if bold else "sans")
        s.text(330, y + 13 * k, value, 8.6, "sans-b" if bold else "sans", align="r")
    s.rect(36, y - 11, 300, 56, width=0.5)
    y += 64
    s.text(36, y, "Transactions", 9.5, "sans-b")
    rows = [[f"{day:%m/%d}", desc, money(-amount) if amount < 0 else "", money(amount) if amount > 0 else ""]
            for day, desc, amount, _ in st.rows]
    y = hn.table(s, 36, y + 5, [("Posted", 50, "l"), ("Description", 290, "l"), ("Debits", 100, "r"),
                                ("Credits", 100, "r")], rows, size=7.6, row_h=12, zebra=0.95) + 14
    s.text(36, y, f"Daily ending balance {DOT} {st.start:%B %Y}", 9.5, "sans-b")
    y += 6
    days = _daily(st)
    width = 540 / 7
    for k, name in enumerate(("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")):
        s.rect(36 + width * k, y, width, 12, width=0.4, fill=0.85)
        s.text(36 + width * k + width / 2, y + 9, name, 7, "sans-b", align="c")
    y += 12
    first = st.start - timedelta(days=(st.start.weekday() + 1) % 7)
    day = first
    while day <= st.end:
        for k in range(7):
            x = 36 + width * k
            inside = st.start <= day <= st.end
            s.rect(x, y, width, 28, width=0.4, fill=None if inside else 0.93)
            if inside:
                s.text(x + 3, y + 8, str(day.day), 6.4, "sans-b", 0.45)
                s.text(x + width - 4, y + 22, money(days[day]), 7.6, "sans", align="r")
            day += timedelta(days=1)
        y += 28
    s.text(36, 752, f"{CINDER} {DOT} 120 W Main St, Fredericksburg, TX 78624 {DOT} Equal Housing Lender", 6.6,
           "sans", 0.4)
    y = 96
    back.text(36, y, "BALANCING YOUR ACCOUNT", 11, "sans-b")
    y = back.wrap(36, y + 16, "Before you begin, record in your register any interest, fees or automatic transactions "
                  "shown on this statement. Then list the deposits and checks you wrote that are not on this "
                  "statement yet.", 540, 8.4, "sans", 11) + 6
    for k, label in enumerate(("A. Ending balance shown on this statement", "B. Add deposits not shown (total)",
                               "C. Subtotal (A + B)", "D. Subtract checks and withdrawals outstanding (total)",
                               "E. Balance (C - D): should agree with your register")):
        back.text(44, y + 22 * k, label, 9)
        back.text(420, y + 22 * k, "$", 9)
        back.line(430, y + 22 * k + 2, 576, y + 22 * k + 2, 0.5)
    y += 22 * 5 + 14
    hn.table(back, 36, y, [("Check no. / item", 140, "l"), ("Amount", 120, "r"), ("Check no. / item", 140, "l"),
                           ("Amount", 140, "r")], [["", "", "", ""] for _ in range(12)], size=8, row_h=16)
    y += 17 + 16 * 12 + 20
    back.text(36, y, "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC TRANSFERS", 8.4, "sans-b")
    back.wrap(36, y + 14, "Call or write us as soon as you can if you think your statement or receipt is wrong or if "
              "you need more information about a transfer on it. We must hear from you no later than 60 days after "
              "we sent the FIRST statement on which the error appeared. Tell us your name and account number, "
              "describe the error or the transfer you are unsure about and why, and the dollar amount of the "
              "suspected error. We will investigate and correct any error promptly.", 540, 8, "sans", 10.5, 0.15)
    return [s, back]


def _signed(amount: Decimal) -> str:
    return f"-{money(-amount)}" if amount < 0 else money(amount)


def statement_pillar(st: Statement, joint: Person | None = None) -> list[Sheet]:
    """One page: the summary as an EQUATION (beginning + deposits - withdrawals = ending) in a strip of boxes, the
    transactions in two newspaper columns (down the left, then down the right), the fee totals Reg DD asks for."""
    s = Sheet()
    for k in range(4):
        s.rect(38 + 7 * k, 40, 4.5, 26, stroke=None, fill=0.2)
    s.rect(36, 36, 32, 4, stroke=None, fill=0.2)
    s.rect(36, 66, 32, 4, stroke=None, fill=0.2)
    s.text(78, 56, PILLAR, 15, "serif-b")
    s.text(78, 68, "Est. 1889  \u2022  Member FDIC", 7, "sans", 0.35)
    s.text(576, 50, "CHECKING STATEMENT", 11, "sans-b", align="r")
    s.text(576, 62, f"Everyday Checking  xxxxxx{st.last4}", 8.4, "sans", 0.2, "r")
    s.line(36, 76, 576, 76, 0.8)
    y = 96
    for line in (st.holder.name, *([joint.name] if joint else []), st.home.street, st.home.last_line):
        s.text(44, y, line, 9.4)
        y += 11.5
    s.text(576, 96, "Statement period", 7.2, "sans", 0.35, "r")
    s.text(576, 108, f"{long_date(st.start)} through {long_date(st.end)}", 9, "sans-b", align="r")
    s.text(576, 122, "Customer service 1-800-555-0126", 7.6, "sans", 0.3, "r")
    y = 152
    boxes = [("Beginning balance", money(st.begin)),
             (f"Deposits & credits ({sum(a > 0 for _, _, a, _ in st.rows)})", money(st.deposits)),
             (f"Withdrawals & debits ({sum(a < 0 for _, _, a, _ in st.rows)})", money(st.debits)),
             ("Ending balance", money(st.ending))]
    for k, (label, value) in enumerate(boxes):
        x = 36 + 141 * k
        s.rect(x, y, 117, 40, width=0.7, fill=0.92 if k in (0, 3) else None)
        s.text(x + 58.5, y + 13, label, 6.8, "sans-b", 0.3, "c")
        s.text(x + 58.5, y + 31, f"${value}", 11, "sans-b", align="c")
        if k < 3:
            s.text(x + 129, y + 26, "+-="[k], 15, "sans-b", 0.25, "c")
    y += 60
    s.text(36, y, "Transaction detail", 9.5, "sans-b")
    s.text(576, y, "Amounts: deposits plain, withdrawals with a minus sign", 7, "sans-i", 0.35, "r")
    rows = [(f"{day:%m/%d}", desc[:27], _signed(amount), money(bal)) for day, desc, amount, bal in st.rows]
    half = (len(rows) + 2) // 2
    cols = [("Date", 30, "l"), ("Description", 118, "l"), ("Amount", 55, "r"), ("Balance", 59, "r")]
    left = [["", "Beginning balance", "", money(st.begin)], *map(list, rows[:half - 1])]
    right = [*map(list, rows[half - 1:]), ["", "Ending balance", "", money(st.ending)]]
    bottom = max(hn.table(s, 36, y + 6, cols, left, size=7, row_h=12, head_fill=0.88),
                 hn.table(s, 314, y + 6, cols, right, size=7, row_h=12, head_fill=0.88))
    s.line(306, y + 6, 306, bottom, 0.4, 0.5)
    y = bottom + 20
    s.text(36, y, "Overdraft and returned item fees", 9, "sans-b")
    hn.table(s, 36, y + 6, [("", 200, "l"), ("Total for this period", 150, "r"), ("Total year-to-date", 150, "r")],
             [["Total overdraft fees", "$0.00", "$0.00"], ["Total returned item fees", "$0.00", "$0.00"]], size=7.6,
             row_h=13)
    s.wrap(36, 744, f"{PILLAR}, 14 Quarry St, Rockport, MA 01966. Please examine this statement promptly; report any "
           "error within 60 days.", 540, 6.8, "sans", 8.6, 0.35)
    return [s]


# --- letters and other papers ---------------------------------------------------------------------------------------

LMERF = ("Lakeshore Municipal Employees' Retirement Fund", "200 N. Harbor Drive, Suite 900, Chicago, IL 60601",
         "Member Services 1-800-555-0145")


def pension_confirmation(retiree: Person, home: Address, when: date, gross: Decimal, rng: random.Random) -> Doc:
    """A retirement fund's letter confirming a retiree's benefit at her request: the benefit's facts in a box and a
    table of the last six monthly payments (gross, tax withheld, health premium, net deposit)."""
    s = Sheet()
    s.rect(72, 40, 6, 40, stroke=None, fill=0.25)
    s.text(86, 54, LMERF[0], 12.5, "serif-b")
    s.text(86, 67, LMERF[1], 8.4, "serif", 0.3)
    s.text(86, 78, LMERF[2], 8.4, "serif", 0.3)
    s.text(540, 110, long_date(when), 10, "serif", align="r")
    member = f"M-{rng.randint(100000, 999999)}"
    s.text(540, 124, f"Member ID {member}", 9, "serif", 0.2, "r")
    y = 124
    for line in (retiree.name, home.street, home.last_line):
        s.text(72, y, line, 10, "serif")
        y += 13
    y += 20
    s.text(72, y, "RE: Confirmation of pension benefit", 10.5, "serif-b")
    y += 20
    y = s.wrap(72, y, f"Dear {retiree.first} {retiree.last}:", 468, 10.5, "serif", 14.5) + 2
    y = s.wrap(72, y, "As you asked, this letter confirms the retirement benefit the Fund pays you. You may give it to "
               "a lender or an agency that needs to verify your income.", 468, 10.5, "serif", 14.5) + 6
    tax = cents(gross * Decimal("0.1"))
    health = Decimal(rng.choice(["96.40", "142.75", "188.10"]))
    began = date(when.year - rng.randint(2, 9), rng.randint(1, 12), 1)
    facts = [("Benefit", "Service retirement annuity, single life"), ("Benefit began", long_date(began)),
             ("Gross monthly benefit", f"${money(gross)}"),
             ("Paid", "Monthly, on the first business day of the month, by direct deposit"),
             ("Federal income tax", "Withheld as you elected on Form W-4P")]
    s.rect(72, y, 468, 14 * len(facts) + 10, width=0.6, fill=0.95)
    for k, (label, value) in enumerate(facts):
        s.text(80, y + 15 + 14 * k, label, 9, "serif-b")
        s.text(220, y + 15 + 14 * k, value, 9.5, "serif")
    y += 14 * len(facts) + 24
    s.text(72, y, "Your last six payments", 10, "serif-b")
    rows = []
    for k in range(6, 0, -1):
        paid = hp.add_months(when, -k)
        while paid.weekday() >= 5:
            paid += timedelta(days=1)
        rows.append([us(paid), money(gross), money(tax), money(health), money(gross - tax - health)])
    y = hn.table(s, 72, y + 6, [("Payment date", 96, "l"), ("Gross", 90, "r"), ("Federal tax", 90, "r"),
                                ("Health premium", 96, "r"), ("Net deposit", 96, "r")], rows, size=8.4, row_h=15) + 16
    for paragraph in ("Your pension is taxable income; the Fund sends you Form 1099-R each January for the year "
                      "before. The amount stays the same until the next cost-of-living adjustment on January 1.",
                      "If you have questions about this letter, call Member Services and give your member ID."):
        y = s.wrap(72, y, paragraph, 468, 10, "serif", 14) + 6
    s.text(72, y + 18, "Sincerely,", 10, "serif")
    s.text(72, y + 50, "Member Services Division", 10, "serif-i")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": gross,
                                        "benefit_type": "benefits_taxable"}, [s])


def form_1099r(payer: tuple[str, str, str], recipient: Person, ssn4: str, home: Address, year: int, gross: Decimal,
               rng: random.Random) -> Doc:
    """Copy B of a Form 1099-R: a year's pension paid in box 1 (an "other" paper: no monthly amount, no frequency)."""
    s = Sheet()
    s.text(306, 50, f"Form 1099-R  {DOT}  Distributions From Pensions, Annuities, Retirement or Profit-Sharing Plans, "
           "IRAs, Insurance Contracts, etc.", 8.4, "sans-b", align="c")
    s.text(306, 62, f"Tax year {year}  {DOT}  Copy B - Report this income on your federal tax return", 8, "sans", 0.3,
           "c")
    x0, y0 = 60.0, 80.0
    s.rect(x0, y0, 250, 84, width=0.7)
    s.text(x0 + 4, y0 + 10, "PAYER'S name, street address, city, state, ZIP code", 6.2, "sans", 0.35)
    for k, line in enumerate((payer[0], *payer[1].split(", ", 1))):
        s.text(x0 + 6, y0 + 26 + 12 * k, line, 8.6)
    s.rect(x0, y0 + 84, 125, 28, width=0.7)
    s.text(x0 + 4, y0 + 93, "PAYER'S TIN", 6.2, "sans", 0.35)
    s.text(x0 + 6, y0 + 106, f"36-{rng.randint(1000000, 9999999)}", 9)
    s.rect(x0 + 125, y0 + 84, 125, 28, width=0.7)
    s.text(x0 + 129, y0 + 93, "RECIPIENT'S TIN", 6.2, "sans", 0.35)
    s.text(x0 + 131, y0 + 106, f"XXX-XX-{ssn4}", 9)
    s.rect(x0, y0 + 112, 250, 70, width=0.7)
    s.text(x0 + 4, y0 + 121, "RECIPIENT'S name, street address, city, state, ZIP code", 6.2, "sans", 0.35)
    for k, line in enumerate((recipient.name, home.street, home.last_line)):
        s.text(x0 + 6, y0 + 137 + 12 * k, line, 8.6)
    annual = gross * 12
    tax = cents(annual * Decimal("0.1"))
    boxes = [("1 Gross distribution", f"${money(annual)}"), ("2a Taxable amount", f"${money(annual)}"),
             ("2b Taxable amount not determined", ""), ("3 Capital gain", ""),
             ("4 Federal income tax withheld", f"${money(tax)}"), ("5 Employee contributions", "$0.00"),
             ("7 Distribution code(s)", "7"), ("9b Total employee contributions", ""),
             ("14 State tax withheld", ""), ("16 State distribution", "")]
    for k, (label, value) in enumerate(boxes):
        x, y = x0 + 250 + 125 * (k % 2), y0 + 36.4 * (k // 2)
        s.rect(x, y, 125, 36.4, width=0.7)
        s.text(x + 4, y + 9, label, 6.2, "sans", 0.35)
        s.text(x + 8, y + 27, value, 9.5)
    s.wrap(60, y0 + 202, "This information is being furnished to the Internal Revenue Service. If you are required to "
           "file a return, a negligence penalty or other sanction may be imposed on you if this income is taxable and "
           "the IRS determines that it has not been reported. Distribution code 7: normal distribution.", 500, 7.4,
           "sans", 9.4, 0.25)
    s.text(60, y0 + 250, f"Form 1099-R (Rev. 01-{year})  {DOT}  www.irs.gov/Form1099R  {DOT}  Department of the "
           "Treasury - Internal Revenue Service", 6.8, "sans", 0.4)
    return Doc("other", {}, [s])


RIVERBEND = ("Riverbend Housing Counseling Services, Inc.", "A HUD-approved housing counseling agency",
             "318 E. Hopkins Street, San Marcos, TX 78666", "(512) 555-0172")


def counselor_letter(app: GApplication, when: date, counselor: Person, paragraphs: Sequence[str],
                     rng: random.Random) -> Doc:
    """A hardship statement dictated by the homeowner to a housing counselor, typed on the agency's letterhead in the
    homeowner's words, signed by the homeowner and attested by the counselor."""
    s = Sheet()
    s.rect(36, 36, 540, 58, stroke=None, fill=0.9)
    s.circle(64, 65, 17, width=1.2)
    s.path([(52, 70), (64, 56), (76, 70)], 1.4)
    s.rect(58, 68, 12, 9, width=0.9)
    s.text(90, 58, RIVERBEND[0], 13, "serif-b")
    s.text(90, 71, RIVERBEND[1], 8.4, "serif-i", 0.25)
    s.text(90, 83, f"{RIVERBEND[2]}  {DOT}  {RIVERBEND[3]}", 8, "serif", 0.25)
    y = 122
    s.text(306, y, "HOMEOWNER'S STATEMENT OF HARDSHIP", 12, "serif-b", align="c")
    y += 14
    s.rect(72, y, 468, 30, width=0.5, fill=0.96)
    s.wrap(80, y + 12, f"Dictated by the homeowner to housing counselor {counselor.name} on {long_date(when)}, typed "
           "in the homeowner's own words and read back to the homeowner, who confirmed it.", 452, 8.2, "serif-i",
           10.5, 0.2)
    y += 48
    for label, value in (("Date", long_date(when)), ("To", "Loss Mitigation Department, your mortgage servicer"),
                         ("Homeowner", app.borrower.name), ("Loan number", app.loan),
                         ("Property", app.address.one_line)):
        s.text(72, y, f"{label}:", 10, "serif-b")
        s.text(160, y, value, 10, "serif")
        y += 14
    y += 12
    for paragraph in paragraphs:
        y = s.wrap(72, y, paragraph, 468, 10.5, "serif", 14.5) + 8
    y += 6
    s.text(72, y, "I have read this statement, or had it read to me, and it is true.", 10, "serif-i")
    y += 40
    s.signature(rng, 84, y - 2, 170, 22, gray=0.12)
    s.line(72, y + 2, 300, y + 2, 0.6)
    hb.Pen(rng, hand=True, gray=0.12).write(s, 330, y - 2, us(when), 11)
    s.line(320, y + 2, 430, y + 2, 0.6)
    s.text(72, y + 13, f"{app.borrower.name}, homeowner", 8.4, "serif", 0.3)
    s.text(320, y + 13, "Date", 8.4, "serif", 0.3)
    y += 46
    s.signature(rng, 84, y - 2, 140, 18, gray=0.05)
    s.line(72, y + 2, 300, y + 2, 0.6)
    s.text(72, y + 13, f"{counselor.name}, HUD-certified housing counselor (cert. no. {rng.randint(10000, 99999)})",
           8.4, "serif", 0.3)
    s.text(72, 744, "Housing counseling is free of charge. Riverbend is not a lender and does not represent any "
           "servicer.", 7, "serif-i", 0.4)
    return Doc("hardship_letter", {"letter_date": when}, [s])


NEIGHBORS = ("Neighbors First Housing Alliance", "neighborsfirst.example/worksheets")


def template_letter(app: GApplication, when: date, servicer: str, happened: str, doing: str,
                    rng: random.Random) -> Doc:
    """A nonprofit's printable "Hardship Letter Worksheet": the letter's sentences printed with blanks, filled in by
    hand and signed."""
    s = Sheet()
    pen = hb.Pen(rng, hand=True, gray=0.14)
    s.text(36, 30, f"{NEIGHBORS[1]}/hardship-letter.pdf", 6.6, "sans", 0.45)
    s.text(306, 62, "HARDSHIP LETTER WORKSHEET", 14, "sans-b", align="c")
    s.text(306, 76, f"{NEIGHBORS[0]}  {DOT}  Fill in the blanks, sign it, and send it with your application.", 7.8,
           "sans-i", 0.35, "c")
    s.line(36, 84, 576, 84, 0.8)

    def blank(x: float, y: float, x_end: float, value: str, size: float = 11) -> None:
        s.line(x, y + 3, x_end, y + 3, 0.5, 0.35)
        pen.write(s, x + 4, y, value, size, fit=x_end - x - 8)

    y = 116
    s.text(72, y, "Date:", 10.5)
    blank(104, y, 260, us(when))
    s.text(300, y, "Loan number:", 10.5)
    blank(372, y, 540, app.loan)
    y += 30
    s.text(72, y, "To:", 10.5)
    blank(96, y, 360, servicer)
    s.text(364, y, "(your mortgage company)", 8, "sans-i", 0.4)
    y += 34
    s.text(72, y, "Dear Loss Mitigation Department,", 10.5)
    y += 28
    s.text(72, y, "My name is", 10.5)
    blank(130, y, 540, app.borrower.name + (f" and {app.co_borrower.name}" if app.co_borrower else ""))
    y += 26
    s.text(72, y, "and I am writing to ask for help with the mortgage on my home at", 10.5)
    y += 26
    blank(72, y, 540, app.address.one_line)
    y += 26
    s.text(72, y, "My hardship began on", 10.5)
    blank(182, y, 330, us(app.hardship_start) if app.hardship_start else "")
    s.text(334, y, "(date). This is what happened:", 10.5)
    y += 28
    for line in hf._lines(happened, 450, 12.5, "pen")[:6]:
        blank(72, y, 540, line)
        y += 24
    y += 8
    s.text(72, y, "This is what I am doing about it:", 10.5)
    y += 26
    for line in hf._lines(doing, 450, 12.5, "pen")[:4]:
        blank(72, y, 540, line)
        y += 24
    y += 8
    s.text(72, y, "I am asking for:", 10.5)
    for k, (label, chosen) in enumerate((("a lower monthly payment", True), ("time to catch up", False),
                                         ("something else", False))):
        x = 160 + 130 * k
        s.rect(x, y - 8, 9, 9, width=0.6)
        if chosen:
            pen.tick(s, x, y - 8, 9)
        s.text(x + 14, y, label, 9.5)
    y += 34
    s.text(72, y, "Thank you for considering my request.", 10.5)
    y += 44
    s.signature(rng, 90, y - 2, 160, 22, gray=0.14)
    s.line(72, y + 3, 300, y + 3, 0.5, 0.35)
    s.text(72, y + 14, "Signature", 8, "sans", 0.4)
    blank(330, y, 540, app.borrower.name)
    s.text(330, y + 14, "Printed name", 8, "sans", 0.4)
    s.wrap(36, 736, "Tip: you do not have to send medical records. Say what happened, when, and what has changed. "
           "Keep a copy for yourself.", 540, 7.4, "sans-i", 9, 0.4)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def dealer_fax_cover(sender: Person, to: str, to_fax: str, when: date, pages: int, note: str) -> Doc:
    """The dealership's finance office fax cover, used by a salesman to send his own papers."""
    s = Sheet()
    s.text(36, 62, "RIDGEBACK", 20, "sans-b")
    s.text(36 + hp.text_width("RIDGEBACK ", "sans-b", 20), 62, "AUTO PLAZA", 20, "sans", 0.35)
    s.text(36, 76, f"Finance & Insurance Office {DOT} {RIDGEBACK_OFFICE.one_line}", 8, "sans", 0.35)
    s.text(576, 62, "FAX", 30, "sans-b", align="r")
    s.line(36, 86, 576, 86, 2.0)
    y = 120
    for label, value in (("Date", us(when)), ("To", to), ("Fax", to_fax), ("From", sender.name),
                         ("Fax", "(512) 555-0164"), ("Pages", f"{pages} including cover"),
                         ("Re", "Mortgage assistance request")):
        s.text(60, y, f"{label}:", 12, "sans-b")
        s.text(140, y, value, 12)
        y += 24
    s.rect(60, y + 10, 492, 90, width=0.6)
    s.text(68, y + 26, "Message:", 10, "sans-b")
    s.wrap(68, y + 42, note, 476, 11, "sans", 15)
    s.wrap(60, 700, "This facsimile is intended only for the addressee. If you received it in error, please call "
           "(512) 555-0163 and destroy it.", 492, 7.6, "sans-i", 9.6, 0.35)
    return Doc("fax_cover", {}, [s], listed=False)


# --- writing and the self-check -------------------------------------------------------------------------------------

def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_q's writer (and through it o's, n's, m's, l's, j's, i's and f's): the image PDFs' creation
    stamps set to the received day, so that a seed gives the same bytes on every run."""
    return hq.write_packet(packet, root)


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """holdout_packets_q's self-check (p's, after o's, n's, m's and j's), with a date printed the Oracle way
    (28-FEB-2030) counted as printed."""
    kept = []
    for problem in hq.check(packet, expected):
        oracle_printed = any(
            problem.startswith(f"{want['id']} {doc.type}.{name}=") and isinstance(value, date)
            and oracle(value).lower() in hc._text(doc)
            for doc, want in zip(packet.docs, expected["documents"], strict=True) for name, value in doc.fields.items())
        if not oracle_printed:
            kept.append(problem)
    return kept


# --- packets --------------------------------------------------------------------------------------------------------

def received_on(rng: random.Random) -> date:
    """A weekday between early February and mid-April 2030."""
    return hp.weekday_on_or_before(date(2030, 2, 6) + timedelta(days=rng.randint(0, 63)))


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def _stub_docs(pays: Sequence[CommissionPay]) -> list[Doc]:
    return [p.stub.doc([stub_dealer(p)]) for p in pays]


def packet_omr_pencil_fax(seed: int) -> Packet:
    """BMS-7 filled in No. 2 pencil by a car salesman and his wife, a teacher; his two semi-monthly commission
    statements and her monthly pay advice; faxed from the dealership's finance office at 200 dpi behind its cover page,
    no separator sheet, with the machine's header line. Complete."""
    rng = random.Random(seed * 9103 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Royce", "D.", "Kettleman")
    co = Person("Annalise", "M.", "Kettleman")
    home = texas_address(rng)
    pays = dealer_run(borrower, home, received, 2, f"{rng.randint(1000, 9999)}")
    stubs = _stub_docs(pays)
    annual = Decimal(rng.randrange(52, 66) * 1000 + rng.choice([0, 250, 600]))
    advice = school_run(co, home, [hp.add_months(received, -1)], annual, Decimal(0), CAMPUSES[0],
                        f"{rng.randint(100000, 999999)}")[0]
    advice_doc = advice.stub.doc([stub_school(advice)])
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = g_app([("wages", cents(_mean([p.stub.gross for p in pays]) * 2), "B"), ("wages", advice.stub.gross, "C")],
                loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income"], hardship_start=received - timedelta(days=rng.randint(90, 200)),
                signed=True, signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True,
                co_signed_on=signed_on - timedelta(days=rng.randint(0, 2)), phone=hp.phone(rng),
                email=hj._email(borrower, rng))
    ho._facts(app, rng, "long")
    form = Doc("mortgage_assistance_application", {}, omr_form(app, "pencil", rng))
    docs = [form, *stubs, advice_doc]
    pages = 1 + sum(d.page_count for d in docs)
    cover = dealer_fax_cover(borrower, BRACKEN[0], "1-877-555-0131", received, pages,
                             f"Loan {loan}. Our assistance request (both pages), my last two pay statements and my "
                             "wife's pay advice. Please call my cell with any questions.")
    header = (f"{received:%m/%d/%Y} {rng.randint(9, 18):02d}:{rng.randint(10, 59)}  RIDGEBACK AUTO F&I  5125550164"
              "  P.{page:03d}/{pages:03d}")
    scan = Scan(200, skew=0.4, noise=0.0007, blur=0.3, fax=True, seed=seed + 11)
    files = [ho.OFile(f"fax_{received:%Y%m%d}_{rng.randint(100000, 999999)}.pdf", [cover, *docs], scan,
                      header=header)]
    return Packet("r1-omr-bubble-form-pencil-commission-stubs-school-pay-advice-fax-no-separator-co-borrower",
                  received, app, docs, files, loan, [])


def packet_larkin_typed_loose(seed: int) -> Packet:
    """LB-210 typed into its PDF by a dog groomer and her husband, a car salesman: her signed year-to-date profit and
    loss, his two commission statements; loose born-digital files with unhelpful names. No Form 4506-C. Incomplete:
    irs_form_4506c."""
    rng = random.Random(seed * 9103 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Saoirse", "K.", "Lindahl")
    co = Person("Teodor", None, "Lindahl")
    home = short_address(rng)
    pays = dealer_run(co, home, received, 2, f"{rng.randint(1000, 9999)}")
    stubs = _stub_docs(pays)
    start = date(received.year, 1, 1)
    end = hp.month_end(hp.add_months(received, -1).year, hp.add_months(received, -1).month)
    months = end.month
    revenue = Decimal(rng.randrange(900000, 1300000)) / 100 * months
    expenses = [("Shop rent", Decimal(rng.randrange(140000, 190000)) / 100 * months),
                ("Grooming supplies", cents(revenue * Decimal(rng.randrange(8, 12)) / 100)),
                ("Utilities", Decimal(rng.randrange(28000, 46000)) / 100 * months),
                ("Part-time bather", Decimal(rng.randrange(160000, 240000)) / 100 * months),
                ("Insurance", Decimal(rng.randrange(18000, 26000)) / 100 * months),
                ("Card processing fees", cents(revenue * Decimal("0.029")))]
    signed_on = received - timedelta(days=rng.randint(2, 6))
    pnl = hp.profit_and_loss(borrower, "Lindahl Paws & Suds Grooming", start, end, revenue, expenses,
                             signed_on - timedelta(days=rng.randint(0, 3)), rng)
    app = g_app([("self_employment", cents(pnl.fields["net_income"] / months), "B"),
                 ("wages", cents(_mean([p.stub.gross for p in pays]) * 2), "C")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income", "increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(80, 160)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    ho._facts(app, rng, "long")
    app.facts["story"] = ("A second grooming shop opened two blocks away last fall and my bookings fell by a third. "
                          "In January our taxes and insurance went up and the escrow payment rose.")
    form = Doc("mortgage_assistance_application", {}, larkin_form(app, "typed", rng))
    docs = [form, *stubs, pnl]
    files = [ho.OFile("Larkin Bay application - FINAL (2).pdf", [form]),
             *(ho.OFile(f"PayStatement_{p.stub.pay_date:%m%d}.pdf", [d], arrives_after=30 + k)
               for k, (p, d) in enumerate(zip(pays, stubs, strict=True))),
             ho.OFile(f"P&L YTD {end:%b} signed.pdf", [pnl], arrives_after=45)]
    return Packet("r2-larkin-left-gutter-numbers-income-matrix-typed-pnl-commission-stubs-loose-odd-names-no-4506c",
                  received, app, docs, files, loan, ["irs_form_4506c"])


def packet_form710_stapled_coffee(seed: int) -> Packet:
    """The real Form 710 filled through its AcroForm by a teacher on medical leave, printed, signed and stapled with
    her pay advices - from last autumn - and the hardship statement her housing counselor typed as she dictated it;
    scanned as one stapled packet at 300 dpi in grayscale, a coffee ring on the first page; a folder named after the
    loan. Incomplete: income_doc:wages (stale pay advices)."""
    rng = random.Random(seed * 9103 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Marisela", "T.", "Ocampo")
    home = texas_address(rng)
    annual = Decimal(rng.randrange(54, 70) * 1000 + rng.choice([0, 350, 720]))
    advices = school_run(borrower, home, [hp.add_months(received, -5), hp.add_months(received, -4)], annual,
                         Decimal("1500.00") / 12, CAMPUSES[2], f"{rng.randint(100000, 999999)}")
    ill = received - timedelta(days=rng.randint(100, 170))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", advices[-1].stub.gross, "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["disability_or_illness"], hardship_start=ill,
                signed=True, signed_on=signed_on, phone=hp.phone(rng), email=hj._email(borrower, rng))
    ho._facts(app, rng, "short")
    form = Doc("mortgage_assistance_application", {}, pdf=hj.form710_filled(app, rng), facts={"form710": True})
    letter = counselor_letter(app, signed_on - timedelta(days=rng.randint(1, 5)), Person("Lorena", None, "Baptiste"), [
        f"In {ill:%B %Y} I was diagnosed with a serious illness and had surgery. My doctor put me on medical leave "
        "from my classroom, and my district leave days ran out in the middle of the treatment.",
        "I am paid over twelve months for a ten-month contract, and while I am on unpaid leave those payments stop. "
        "My husband's hours were already cut, so we fell two payments behind.",
        "I expect to go back to teaching next school year. I am asking for a lower payment or a plan to catch up so "
        "that I can keep my home."], rng)
    docs = [stapled(form, seed + 31, coffee=(0,)), *(stapled(a.stub.doc([stub_school(a)]), seed + 32 + k)
                                                     for k, a in enumerate(advices)), stapled(letter, seed + 35)]
    scan = Scan(300, skew=0.25, noise=0.0002, blur=0.45, paper=240, seed=seed + 36)
    files = [ho.OFile(f"{loan}/SCAN{rng.randint(1, 99):04d}.pdf", docs, scan)]
    return Packet("r3-form710-stapled-packet-300dpi-gray-binding-shadow-coffee-ring-counselor-letter-stale-advices",
                  received, app, docs, files, loan, ["income_doc:wages"])


def packet_omr_pen_photos(seed: int) -> Packet:
    """BMS-7 filled in pen by a retired city clerk who signed but did not date it, photographed with her phone (her
    fingertip holding each page flat) as was her pension fund's confirmation letter; two downloaded e-statements of the
    community bank (pension and child support deposits), the fund's 1099-R. Incomplete: application_signature."""
    rng = random.Random(seed * 9103 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Delphine", "A.", "Gaskell")
    home = short_address(rng)
    gross = Decimal(rng.randrange(160000, 290000)) / 100
    net = gross - cents(gross * Decimal("0.1")) - Decimal("142.75")
    support = Decimal(rng.randrange(20000, 45000)) / 100

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        first = next(d for d in range(7) if (start + timedelta(days=d)).weekday() < 5)
        return [(first, "LMERF PENSION DIR DEP", net), (rng.randint(3, 6), f"{home.state} SDU CHILD SUPPORT", support),
                (rng.randint(17, 21), f"{home.state} SDU CHILD SUPPORT", support)]

    sts = hf.statements(rng, CINDER, borrower, home, _months(received), hp.digits(rng, 4), deposits, n_debits=11)
    statements = [st.doc(statement_cinder(st)) for st in sts]
    letter = pension_confirmation(borrower, home, received - timedelta(days=rng.randint(8, 40)), gross, rng)
    ssn4 = hp.digits(rng, 4)
    tax_form = form_1099r(LMERF, borrower, ssn4, home, received.year - 1, cents(gross / Decimal("1.025")), rng)
    app = g_app([("benefits_taxable", gross, "B"), ("other", support * 2, "B")], loan=loan, borrower=borrower,
                ssn4=ssn4, address=home, occupancy="primary_residence",
                hardships=["increase_in_housing_expenses", "reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(60, 140)), signed=True, signed_on=None,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    ho._facts(app, rng, "long")
    form = finger_photo(Doc("mortgage_assistance_application", {}, omr_form(app, "pen", rng)), seed + 41)
    letter = finger_photo(letter, seed + 42)
    docs = [form, letter, *statements, tax_form]
    phone = Scan(200, skew=0.0, noise=0.0, blur=0.0, paper=252, seed=seed + 43)
    shot = rng.randint(2100, 7800)
    files = [ho.OFile(f"IMG_{shot}.PDF", [form], phone, jpeg=55, tint=True),
             ho.OFile(f"IMG_{shot + 3}.PDF", [letter], phone, jpeg=55, tint=True, arrives_after=12),
             *(ho.OFile(f"eStatement_{st.end:%Y-%m-%d}.pdf", [d], arrives_after=300 + k)
               for k, (st, d) in enumerate(zip(sts, statements, strict=True))),
             ho.OFile(f"1099R_{received.year - 1}.pdf", [tax_form], arrives_after=320)]
    return Packet("r4-omr-bubble-form-pen-phone-photos-fingertip-calendar-statements-pension-letter-1099r-undated",
                  received, app, docs, files, loan, ["application_signature"])


def packet_larkin_hand_copier(seed: int) -> Packet:
    """LB-210 printed blank and filled in pen by a divorced title officer, her choices circled; her final decree,
    both scanned on a copier at 240 dpi and saved as JPEG; two consecutive statements of her savings bank (pay and
    spousal support deposits) downloaded as PDFs. Complete."""
    rng = random.Random(seed * 9103 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Corinne", "E.", "Vasquez-Hale")
    ex = Person("Damon", "R.", "Hale")
    home = short_address(rng)
    net = Decimal(rng.randrange(170000, 240000)) / 100
    support = Decimal(rng.randrange(60000, 110000)) / 100

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        last = (hp.month_end(start.year, start.month) - start).days
        return [(14, "PAYROLL DEP NORTHWIND TITLE CO", net), (last, "PAYROLL DEP NORTHWIND TITLE CO", net),
                (rng.randint(1, 4), "ACH SPOUSAL SUPPORT D HALE", support)]

    sts = hf.statements(rng, PILLAR, borrower, home, _months(received), hp.digits(rng, 4), deposits, n_debits=14)
    statements = [st.doc(statement_pillar(st)) for st in sts]
    entered = received - timedelta(days=rng.randint(70, 150))
    decree = hp.divorce_decree(borrower, ex, entered, rng)
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", cents(net * 24 / 12 / Decimal("0.76")), "B"), ("other", support, "B")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["divorce_or_separation"], hardship_start=entered, signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    ho._facts(app, rng, "long")
    app.facts["story"] = ("Our divorce was final this winter. I kept the house but now pay the mortgage alone on one "
                          "income plus spousal support.")
    form = Doc("mortgage_assistance_application", {}, larkin_form(app, "hand", rng))
    docs = [form, decree, *statements]
    copier = Scan(240, skew=0.5, noise=0.0004, blur=0.4, paper=244, seed=seed + 51)
    files = [ho.OFile(f"{loan}_LarkinBay_LB-210.pdf", [form], copier, jpeg=62),
             ho.OFile(f"{loan}_decree.pdf", [decree], replace(copier, seed=seed + 52), jpeg=62, arrives_after=5),
             *(ho.OFile(f"{loan} Pillar Rock {st.end:%b %Y}.pdf", [d], arrives_after=60 + k)
               for k, (st, d) in enumerate(zip(sts, statements, strict=True)))]
    return Packet("r5-larkin-hand-filled-circled-choices-copier-jpeg-equation-strip-statements-decree", received, app,
                  docs, files, loan, [])


def packet_form710_duplex_separator(seed: int) -> Packet:
    """The real Form 710 filled through its AcroForm by a teacher and his wife (who claims VA disability pay), printed
    double-sided and scanned on a one-sided home scanner behind the servicer's barcode separator sheet: pages 1 and 3,
    then the stack turned over, 4 and 2 and the separator's blank back; his two monthly pay advices and a hardship
    letter worksheet filled by hand, at 200 dpi black and white. No award letter or bank statements for her benefit.
    Incomplete: income_doc:benefits_nontaxable."""
    rng = random.Random(seed * 9103 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Augustin", "L.", "Ferreira")
    co = Person("Dorotea", "M.", "Ferreira")
    home = texas_address(rng)
    annual = Decimal(rng.randrange(56, 72) * 1000 + rng.choice([0, 400, 850]))
    advices = school_run(borrower, home, [hp.add_months(received, -2), hp.add_months(received, -1)], annual,
                         Decimal(0), CAMPUSES[1], f"{rng.randint(100000, 999999)}")
    va = Decimal(rng.choice(["1102.04", "1759.19", "2241.91"]))
    ill = received - timedelta(days=rng.randint(60, 150))
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = g_app([("wages", advices[-1].stub.gross, "B"), ("benefits_nontaxable", va, "C")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disability_or_illness"], hardship_start=ill, signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    ho._facts(app, rng, "long")
    form = duplex_on_simplex(Doc("mortgage_assistance_application", {}, pdf=hj.form710_filled(app, rng),
                                 facts={"form710": True}))
    letter = template_letter(
        app, signed_on, "Brackenridge Mortgage Servicing",
        f"My wife Dorotea, a disabled veteran, had a stroke in {ill:%B}. She needs care at home and could not go back "
        "to her part-time job, and her medicines cost more than we planned for.",
        "I teach full time and her VA compensation continues. We have cut our spending and ask for a lower payment.",
        rng)
    docs = [form, *(a.stub.doc([stub_school(a)]) for a in advices), letter]
    scan = Scan(200, skew=0.35, noise=0.0005, blur=0.3, fax=True, seed=seed + 61)
    files = [ho.OFile(f"Scan_{received:%Y%m%d}_{rng.randint(80000, 175959):06d}.pdf",
                      [hf.separator(loan), form, hc.blank_page(), *docs[1:]], scan)]
    return Packet("r6-form710-duplex-printed-simplex-scanned-1-3-4-2-separator-bw-pay-advices-template-letter-no-va"
                  "-letter", received, app, docs, files, loan, ["income_doc:benefits_nontaxable"])


PACKETS = (packet_omr_pencil_fax, packet_larkin_typed_loose, packet_form710_stapled_coffee, packet_omr_pen_photos,
           packet_larkin_hand_copier, packet_form710_duplex_separator)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 18710, write_packet, check)


if __name__ == "__main__":
    main()
