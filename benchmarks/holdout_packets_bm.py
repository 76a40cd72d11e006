"""Holdout set bm (bm1..bm8): CREDIT UNIONS AND COMMUNITY BANKS THAT SERVICE THEIR OWN LOANS, each with its own
hardship application unlike Form 710 and unlike each other. Written blind: only shared/spec (README, checklist,
case-report schema, form710, domain-rules), shared/samples (packets, expected.json, README), tests/pdf_factory.py,
tests/sample_compare.py, benchmarks/sample_accuracy.py, the af scaffold in full and the module docstrings of the
other holdout sets were read - never the service's code, rules, data files or other tests - to estimate honestly
how the service reads borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_bm.py OUT_DIR [--seed N] [--check] [--only bm1 bm5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`; received dates are weekdays in 2047 (March to September). The
seed changes hours, overtime, transactions, pen strokes and scanner noise, never names, dates or the truth of the
answers. Born-digital files were typed in a PDF editor (answers in Helvetica laid over the form) and signed on the
screen (drawn strokes); paper was filled IN HAND-PRINTED BLOCK CAPITALS (a single-stroke pen alphabet, each letter
a little turned, slanted and off the baseline), signed in ink and scanned grey (200, 240 or 300 dpi, tilted 0.25 to
0.5 degrees, blurred, speckled, JPEG, no text layer) or faxed (200 dpi black and white).

THE LENDERS AND THEIR FORMS (document type mortgage_assistance_application):
- Pinecrest Teachers Federal Credit Union (Alder Falls, OR), "MEMBER FINANCIAL HARDSHIP REQUEST" (Form RE-22,
  2 pages): a green pine mark; every question printed in bold across the page with its answer in box(es) UNDER it -
  TWO BOXES SIDE BY SIDE under a green band "MEMBER (primary borrower)" | "JOINT MEMBER (co-borrower, if any)" for
  member number, name, SSN last 4, phone, e-mail, or one wide box where the members answer together (loan number,
  property address, occupancy boxes). Q9 "What caused the hardship?" has TEN BOXES IN EACH MEMBER'S COLUMN - each
  member marks his or her own reasons, and the hardship types claimed are the UNION of both columns. Q11 the start
  date as mm-dd-yy ("01-03-47"). Page 2: income questions 13-20 each answered in a "$" box per member, 21 each
  member's total, 22 "Combined household income" (the form's total); 23 share balances (assets, a distractor);
  "Member signature" / "Joint member signature" with "Date (mm-dd-yy)". income = both columns added by code.
  bm1 typed and signed on screen; bm5 printed by hand by both members and scanned.
- The Farmers & Drovers Bank (Kessler, NE), "PERSONAL FINANCIAL STATEMENT and Request for Mortgage Loan Assistance"
  (Form PFS-7, 3 pages): a bank PFS. Page 1 "Statement of financial condition as of March 1st, 2047" (a date that
  is NOT the signature date), an APPLICANT | CO-APPLICANT information table (full Social Security No. - the report
  keeps the last 4 -, date of birth, employer), loan number, property rows, occupancy boxes, "REASON FOR THIS
  REQUEST" as one column of ten boxes with "Other: ____", "Date the hardship began: November 14th, 2046".
  Page 2 MONTHLY INCOME and MONTHLY EXPENSES tables, rows of labels and columns APPLICANT / CO-APPLICANT / TOTAL:
  "Salary or wages" and "Overtime, bonus and commissions" are both wages; "Social Security (taxable)" and
  "Pension, retirement or disability (taxable)" both benefits_taxable; "SSI, VA or other non-taxable benefits";
  "Net income from business or farm" self_employment; "Net rental income" (split between the columns); "Alimony,
  child support" and "Other income" both other; "TOTAL MONTHLY INCOME" (the total). Page 3 ASSETS and LIABILITIES
  side by side with NET WORTH (distractors), the certification, "Signature of Applicant" / "Signature of
  Co-Applicant" with dates like "April 15th, 2047". bm2 typed and signed on screen by both; bm6 printed by hand by
  a single applicant (co-applicant column empty) and scanned.
- Old Mill Savings Bank (Millbrook, VT), "MORTGAGE HARDSHIP QUESTIONNAIRE" (Form OMSB-HQ, 2 pages, serif): twenty
  numbered questions, each followed by one to three RULED LINES on which the answer is PRINTED BY HAND BELOW the
  question: loan number; "full name and the last four digits of your Social Security number" on one line; the
  co-borrower in words ("NONE" or "YES, MY WIFE PAULA J. WHITCOMB - SSN ENDS 0931"); the address on two lines;
  occupancy, hardships and duration WRITTEN IN WORDS chosen from lists printed in the question ("LESS INCOME,
  DIVORCE OR SEPARATION", "JOB TRANSFER"); the start date in words ("JANUARY 6TH, 2047"); a free-text "what
  happened"; income questions 11-18 answered "$2,535.00 A MONTH" or "NONE" (bm7 writes "$6,273.33 TOTAL" over
  "JONAH $4,073.33 + PAULA $2,200.00" - the household amount is the total); 19 the total; 20 savings (a
  distractor); signature and date lines for borrower and co-borrower, dates like "4-28-47". Only ever on paper:
  bm3 faxed, bm7 scanned.
- Harbor Point Community Bank (Harbor Point, MI), "Loan Workout Application" (Form LW-1, 2 pages): small grey
  capitals ABOVE each answer rule, "PART I - BORROWERS" .. "PART VI - CERTIFICATION AND SIGNATURES" between a thick
  and a thin rule; the hardship reasons as a GRID OF TWELVE BOXES IN THREE COLUMNS - "Illness or injury" and
  "Disability" are both disability_or_illness, "Divorce" and "Legal separation" both divorce_or_separation, "Job
  transfer or military move" relocation - with an "Other (explain)" rule under it; "Date the hardship began";
  page 2 Part IV the income as free rows of a SOURCE CODE from a printed legend (W wages, S self-employment, U, T
  taxable benefits, N non-taxable, R, I, O other), "WHO (B, C, BOTH)", payer, "HOW OFTEN PAID" and "GROSS PER
  MONTH $", then "TOTAL GROSS MONTHLY INCOME"; a "Date of this application" (the same day it was signed);
  "Borrower's signature" / "Co-borrower's signature" and dates. bm4 typed (dates 06/05/2047), bm8 printed by hand
  (dates "9-2-2047").

THE PAPERS (document type per shared/spec/checklist.md):
- pay_stub: a school district's semi-monthly laser DIRECT DEPOSIT ADVICE (Alder Falls School District No. 7,
  West River Valley School District: schoolhouse mark, key-value columns, stacked EARNINGS / TAXES / DEDUCTIONS
  tables with Current and Year to date, a NET PAY bar, a detachable deposit notice; paid on the 15th and the month's
  last day, moved back to Friday); a county auditor's bi-weekly earnings statement from a LINE PRINTER ON GREEN-BAR
  PIN-FEED STOCK (Tillamet County, Bexley County: tractor holes, pale green bands, upper-case Courier, "PERIOD
  BEGIN: 03/10/47 ... CHECK DATE: 03/29/47", PAY FREQ printed, YTD HOURS and YTD AMOUNT); a small employer's weekly
  stub on check-printer stationery with EVERY FIGURE WRITTEN BY HAND (Brodeur's Bakery, Lakeside Auto Body: check
  no., check date and period from / to like "4/26/47", a cross in the "WEEKLY" box, hours, rate, gross, taxes,
  net, and a "YEAR TO DATE" row; scanned or faxed); an accounting program's VOUCHER CHECK (QuickBooks style: the
  check on the top third with the amount in words and a MICR line, then the same "Employee Pay Stub" twice - "Pay
  Period: mm/dd/yyyy - mm/dd/yyyy", "Pay Date", hours as h:mm, taxes negative, Current and YTD Amount - with NO
  printed pay frequency: bi-weekly Prairie Implement Co. and Green Mountain Millwork, semi-monthly Lakeview Family
  Dental, whose 16th-to-month-end period is paid on the 5th). Every year-to-date figure is the sum of that
  calendar year's checks.
- bank_statement: a credit union's one-page SHARE DRAFT CHECKING statement from its core system (Millbrook
  Community Credit Union, Pinecrest Teachers FCU: MEMBER NUMBER apart from the share draft ACCOUNT NUMBER, "STATEMENT
  PERIOD 04/01/47 THRU 04/30/47", PREVIOUS BALANCE / DEPOSITS (n) / WITHDRAWALS (n) / NEW BALANCE, a signed-amount
  register, share drafts cleared); a small bank's old-style checking statement (The Farmers & Drovers Bank: "Statement
  Dates 2/01/47 thru 2/28/47", Balance Forward, deposits, checks paid in three columns, other debits, a daily balance
  grid, Ending Balance).
- benefit_award_letter: Social Security's Benefit Verification Letter - retirement (bm2) or disability (bm8), both
  benefits_taxable, the monthly amount being the full benefit BEFORE the Medicare premium, not the whole-dollar
  payment; an SSI notice of change in payment (bm5, benefits_nontaxable).
- hardship_letter: typed letters (signed on screen, or printed and signed in ink) and, in bm8, a letter PRINTED BY
  HAND on ruled notebook paper (blue rules, red margin, punched holes). employer_relocation_letter: a millwork
  company's transfer letter (bm7). divorce_decree: a Vermont Superior Court FINAL DIVORCE ORDER, two pages, the
  child support left to a separate order (bm3). tax_return: a 2046 Form 1040 for a self-employed carpenter as tax
  software prints it, signed and dated in ink (bm6, tax_year 2046, form 1040). irs_form_4506c: page 1 of the real
  Rev. 10-2022 form typed over, signed on screen (bm2) or in ink with a hand-written date (bm6). A public
  library's fax cover sheet (bm3) is not a document.

DELIVERIES. bm1 a folder named after the loan of e-mailed files, the joint member's county stub a 200 dpi grey scan;
bm2 loose born-digital files "FDB_<loan>_<paper>.pdf", the Social Security letter a 240 dpi scan; bm3 ONE 200 dpi
fax, cover sheet first, under the fax server's name; bm4 loose files "<loan> <paper>.pdf", the co-borrower's voucher
a 200 dpi scan; bm5 ONE 300 dpi grey scan of the whole packet in a folder named after the loan; bm6 one 240 dpi scan
per paper "DOC031847_000n.pdf" in a loan folder; bm7 loose 240 dpi scans "<loan> <paper>.pdf", the two vouchers in
one file; bm8 one 240 dpi scan per paper "scan000n.pdf" in a loan folder. Co-borrowers in bm1, bm2, bm4, bm5, bm7
and bm8 (on all four lenders' forms).

TRUTH. Complete: bm1 (fresh semi-monthly advices and a fresh county stub with year-to-date pay; higher housing
costs and reduced income need no papers), bm2 (fresh vouchers, the Social Security letter, two consecutive fresh
statements show the rent, a signed 4506-C, the letter covers the illness), bm6 (the most recent, signed 2046 Form
1040 documents the self-employment, a signed 4506-C; disaster and reduced income need no papers), bm8 (fresh
hand-written stubs with year-to-date pay, the disability letter, the hand-printed letter covers the illness).
Incomplete: bm3 (income_doc:other - child support is shown on ONE credit union statement only, and the divorce order
gives no amount), bm4 (application_signature - the co-borrower named on the form neither signed nor dated it),
bm5 (income_doc:wages - the only stubs were paid in January, more than 90 days before the packet arrived, and one
statement is not two), bm7 (application_field:hardship_start_date - question 8 was left blank). Expected status and
codes come from `missing_codes`, shared/spec/checklist.md applied to the values drawn into each packet; `--check`
validates every expected.json (keys, codes, dates, weekdays, pages, that `scanned` matches the absence of a text
layer, income sums, stub periods) and that the rules give each scenario's codes. Every file is the same bytes for
a seed. All people, employers, lenders and agencies are fictional; SSNs use the 900-999 area; every page carries a
faint "synthetic test document" line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import logging
import math
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter

HARDSHIPS = ("unemployment", "reduction_in_income", "increase_in_housing_expenses", "disaster",
             "disability_or_illness", "divorce_or_separation", "separation_unmarried", "death", "relocation",
             "other")
INCOMES = ("wages", "self_employment", "unemployment", "benefits_taxable", "benefits_nontaxable", "rental",
           "investment", "other")
OCCUPANCIES = ("primary_residence", "second_home", "investment_property")
DOC_TYPES = ("mortgage_assistance_application", "pay_stub", "bank_statement", "hardship_letter",
             "profit_and_loss_statement", "tax_return", "w2", "irs_form_4506c", "unemployment_benefit_letter",
             "benefit_award_letter", "investment_statement", "rent_check", "divorce_decree", "quitclaim_deed",
             "death_certificate", "obituary", "medical_statement", "employer_relocation_letter",
             "military_pcs_orders", "separator_sheet", "other")
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ord_date(d: dt.date) -> str:
    """"March 3rd, 2047" - the way the bank's and the borrowers' long dates are written."""
    return f"{d.strftime('%B')} {ordinal(d.day)}, {d.year}"


def dash_yy(d: dt.date) -> str:
    """"03-03-47" - month, day and a two-digit year with dashes."""
    return d.strftime("%m-%d-%y")


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand on paper: a signature ("sig"), hand-printed block capitals ("print") or a pen
    cross in a box ("x"). x, y: PDF points from the page's bottom-left (the baseline's left end); w: the
    signature's width or the box's side; size: the capitals' height in points."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 9.5
    seed: int = 1


PageFn = Callable[[Canvas], list[Mark]]


@dataclass
class Paper:
    """One logical document: its pages (draw functions) and the page size."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


def synth_line(c: Canvas, size: tuple[float, float] = letter) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.72)
    c.drawRightString(size[0] - 24, 10, SYNTH)
    c.restoreState()


def signature_path(seed: int, w: float, h: float = 18.0) -> list[list[tuple[float, float]]]:
    """Strokes of a scrawled signature inside a w x h box (0,0 bottom-left), as polylines."""
    rng = random.Random(seed)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    parts = rng.randint(2, 3)
    for p in range(parts):
        pts: list[tuple[float, float]] = []
        span = w * (0.55 if p == 0 else 0.35) * rng.uniform(0.8, 1.0)
        loops = rng.randint(4, 7)
        for i in range(loops * 8 + 1):
            t = i / (loops * 8)
            amp = h * (0.9 if i < 8 else 0.45) * rng.uniform(0.85, 1.1)
            px = x + span * t + 3.0 * math.sin(t * loops * 2 * math.pi + 1.3)
            py = h * 0.35 + amp * 0.5 * math.sin(t * loops * 2 * math.pi) * (1 - 0.4 * t)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.05
        if x > w * 0.95:
            break
    strokes.append([(w * 0.1, h * 0.05), (min(x, w) * 0.95, h * 0.12)])  # the underline flourish
    return strokes


def draw_signature_vector(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.08, 0.12, 0.45))
    c.setLineWidth(1.1)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in signature_path(m.seed, m.w):
        path = c.beginPath()
        path.moveTo(m.x + stroke[0][0], m.y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(m.x + px, m.y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


# --- hand-printed block capitals -------------------------------------------------------------------------
# A small single-stroke alphabet (cap height 1, x from 0 to the glyph's width), drawn with a pen's jitter:
# every letter a little turned, slanted, scaled and off the baseline, every point a little off its place.


def arc(cx: float, cy: float, rx: float, ry: float, a0: float, a1: float) -> list[tuple[float, float]]:
    n = max(6, int(abs(a1 - a0) / 12))
    return [(cx + rx * math.cos(math.radians(a0 + (a1 - a0) * i / n)),
             cy + ry * math.sin(math.radians(a0 + (a1 - a0) * i / n))) for i in range(n + 1)]


def _dot(x: float, y: float) -> list[tuple[float, float]]:
    return arc(x, y, 0.035, 0.04, 0, 360)


_S = arc(0.32, 0.75, 0.3, 0.25, 15, 270) + arc(0.32, 0.25, 0.32, 0.25, 90, -165)
_P = [[(0.0, 0.0), (0.0, 1.0), (0.36, 1.0), *arc(0.36, 0.74, 0.28, 0.26, 90, -90), (0.0, 0.48)]]
_O = arc(0.43, 0.5, 0.43, 0.5, 90, 450)
GLYPHS: dict[str, tuple[float, list[list[tuple[float, float]]]]] = {
    "A": (0.78, [[(0, 0), (0.39, 1), (0.78, 0)], [(0.16, 0.38), (0.62, 0.38)]]),
    "B": (0.68, [[(0, 0), (0, 1)], [(0, 1), (0.38, 1), *arc(0.38, 0.76, 0.26, 0.24, 90, -90), (0, 0.52)],
                 [(0, 0.52), (0.42, 0.52), *arc(0.42, 0.26, 0.28, 0.26, 90, -90), (0, 0)]]),
    "C": (0.76, [arc(0.42, 0.5, 0.4, 0.5, 50, 310)]),
    "D": (0.74, [[(0, 0), (0, 1), (0.3, 1), *arc(0.3, 0.5, 0.42, 0.5, 90, -90), (0, 0)]]),
    "E": (0.62, [[(0.62, 1), (0, 1), (0, 0), (0.62, 0)], [(0, 0.52), (0.5, 0.52)]]),
    "F": (0.6, [[(0.6, 1), (0, 1), (0, 0)], [(0, 0.52), (0.48, 0.52)]]),
    "G": (0.82, [arc(0.42, 0.5, 0.4, 0.5, 45, 355), [(0.5, 0.45), (0.82, 0.45), (0.82, 0.12)]]),
    "H": (0.7, [[(0, 0), (0, 1)], [(0.7, 0), (0.7, 1)], [(0, 0.52), (0.7, 0.52)]]),
    "I": (0.36, [[(0.18, 0), (0.18, 1)], [(0, 1), (0.36, 1)], [(0, 0), (0.36, 0)]]),
    "J": (0.6, [[(0.6, 1), (0.6, 0.3), *arc(0.3, 0.3, 0.3, 0.3, 0, -180)]]),
    "K": (0.66, [[(0, 0), (0, 1)], [(0.64, 1), (0, 0.4)], [(0.22, 0.6), (0.68, 0)]]),
    "L": (0.58, [[(0, 1), (0, 0), (0.58, 0)]]),
    "M": (0.86, [[(0, 0), (0, 1), (0.43, 0.3), (0.86, 1), (0.86, 0)]]),
    "N": (0.72, [[(0, 0), (0, 1), (0.72, 0), (0.72, 1)]]),
    "O": (0.86, [_O]),
    "P": (0.64, _P),
    "Q": (0.9, [_O, [(0.5, 0.22), (0.9, -0.06)]]),
    "R": (0.68, [*_P, [(0.32, 0.48), (0.68, 0)]]),
    "S": (0.64, [_S]),
    "T": (0.7, [[(0, 1), (0.7, 1)], [(0.35, 1), (0.35, 0)]]),
    "U": (0.7, [[(0, 1), (0, 0.32), *arc(0.35, 0.32, 0.35, 0.32, 180, 360), (0.7, 1)]]),
    "V": (0.76, [[(0, 1), (0.38, 0), (0.76, 1)]]),
    "W": (1.0, [[(0, 1), (0.22, 0), (0.5, 0.72), (0.78, 0), (1.0, 1)]]),
    "X": (0.7, [[(0, 1), (0.7, 0)], [(0.7, 1), (0, 0)]]),
    "Y": (0.72, [[(0, 1), (0.36, 0.5), (0.72, 1)], [(0.36, 0.5), (0.36, 0)]]),
    "Z": (0.68, [[(0, 1), (0.68, 1), (0, 0), (0.7, 0)]]),
    "0": (0.6, [arc(0.3, 0.5, 0.3, 0.5, 90, 450)]),
    "1": (0.4, [[(0.04, 0.78), (0.28, 1), (0.28, 0)]]),
    "2": (0.64, [[*arc(0.3, 0.7, 0.3, 0.3, 160, -20), (0, 0), (0.64, 0)]]),
    "3": (0.6, [arc(0.3, 0.76, 0.28, 0.24, 150, -90) + arc(0.3, 0.26, 0.31, 0.26, 90, -150)]),
    "4": (0.7, [[(0.5, 0), (0.5, 1), (0, 0.3), (0.7, 0.3)]]),
    "5": (0.62, [[(0.58, 1), (0.1, 1), (0.05, 0.56), *arc(0.3, 0.32, 0.3, 0.32, 145, -150)]]),
    "6": (0.62, [arc(0.32, 0.5, 0.3, 0.5, 70, 200) + arc(0.31, 0.3, 0.3, 0.3, 190, 550)]),
    "7": (0.62, [[(0, 1), (0.62, 1), (0.2, 0)]]),
    "8": (0.6, [arc(0.3, 0.76, 0.25, 0.24, -90, 270) + arc(0.3, 0.27, 0.3, 0.27, 90, 450)]),
    "9": (0.62, [[*arc(0.3, 0.7, 0.29, 0.3, 0, 360), (0.59, 0.7), (0.56, 0.3), (0.42, 0)]]),
    ".": (0.22, [_dot(0.1, 0.04)]),
    ",": (0.22, [[(0.12, 0.06), (0.04, -0.16)]]),
    "-": (0.42, [[(0.04, 0.46), (0.38, 0.46)]]),
    "/": (0.5, [[(0.02, -0.04), (0.48, 1.04)]]),
    "'": (0.18, [[(0.1, 1.0), (0.07, 0.74)]]),
    '"': (0.3, [[(0.08, 1), (0.06, 0.74)], [(0.22, 1), (0.2, 0.74)]]),
    "(": (0.36, [arc(0.4, 0.5, 0.32, 0.62, 115, 245)]),
    ")": (0.36, [arc(-0.04, 0.5, 0.32, 0.62, 65, -65)]),
    "$": (0.64, [[(x, 0.05 + 0.9 * y) for x, y in _S], [(0.32, 1.1), (0.32, -0.12)]]),
    "#": (0.8, [[(0.22, 0), (0.34, 1)], [(0.48, 0), (0.6, 1)], [(0.05, 0.33), (0.75, 0.33)],
                [(0.1, 0.67), (0.8, 0.67)]]),
    "&": (0.72, [[(0.72, 0.0), (0.15, 0.62), (0.12, 0.82), (0.25, 1.0), (0.42, 0.9), (0.42, 0.75), (0.0, 0.3),
                  (0.05, 0.08), (0.25, 0.0), (0.45, 0.1), (0.7, 0.4)]]),
    "@": (0.9, [arc(0.44, 0.46, 0.17, 0.21, 0, 360),
                [(0.61, 0.66), (0.61, 0.32), (0.7, 0.24), (0.8, 0.3), *arc(0.45, 0.46, 0.42, 0.55, -20, 300)]]),
    ":": (0.22, [_dot(0.1, 0.62), _dot(0.1, 0.06)]),
    ";": (0.22, [_dot(0.12, 0.62), [(0.12, 0.06), (0.04, -0.16)]]),
    "+": (0.6, [[(0.3, 0.2), (0.3, 0.75)], [(0.05, 0.47), (0.55, 0.47)]]),
    "%": (0.72, [[(0.05, 0), (0.67, 1)], arc(0.15, 0.8, 0.1, 0.14, 0, 360), arc(0.57, 0.2, 0.1, 0.14, 0, 360)]),
    "!": (0.2, [[(0.1, 1), (0.1, 0.28)], _dot(0.1, 0.04)]),
    "?": (0.56, [[*arc(0.28, 0.75, 0.26, 0.24, 160, -60), (0.28, 0.42), (0.28, 0.28)], _dot(0.28, 0.04)]),
    "_": (0.6, [[(0, -0.06), (0.6, -0.06)]]),
}
GAP = 0.24  # the space between letters, in cap heights
SPACE = 0.5


def print_width(text: str, size: float) -> float:
    """About how wide `text` comes out in hand-printed capitals `size` points tall."""
    return sum((SPACE if ch == " " else GLYPHS.get(ch.upper(), GLYPHS["?"])[0] + GAP) * size for ch in text)


def print_strokes(text: str, size: float, seed: int, slant: float = 0.1) -> list[list[tuple[float, float]]]:
    """Polylines (points from the baseline's left end) of `text` in hand-printed block capitals."""
    rng = random.Random(seed)
    out: list[list[tuple[float, float]]] = []
    x = 0.0
    drift = 0.0
    for ch in text:
        if ch == " ":
            x += SPACE * size * rng.uniform(0.85, 1.2)
            continue
        width, strokes = GLYPHS.get(ch.upper(), GLYPHS["?"])
        s = size * rng.uniform(0.93, 1.07)
        turn = math.radians(rng.uniform(-3.5, 3.5))
        shear = slant + rng.uniform(-0.05, 0.05)
        drift = max(-0.12, min(0.12, drift + rng.uniform(-0.04, 0.04)))
        dy = (drift + rng.uniform(-0.04, 0.04)) * size
        cos, sin = math.cos(turn), math.sin(turn)
        for stroke in strokes:
            pts = []
            for gx, gy in stroke:
                gx += rng.uniform(-0.025, 0.025)
                gy += rng.uniform(-0.025, 0.025)
                px, py = (gx + shear * gy) * s, gy * s
                pts.append((x + px * cos - py * sin, dy + px * sin + py * cos))
            out.append(pts)
        x += (width + GAP * rng.uniform(0.8, 1.25)) * s
    return out


def cross_strokes(w: float, seed: int) -> list[list[tuple[float, float]]]:
    """A pen's X made in a box of side w (from the box's bottom-left corner)."""
    rng = random.Random(seed)
    a = [rng.uniform(0.05, 0.2) * w for _ in range(8)]
    return [[(a[0], w - a[1]), (w - a[2], a[3])], [(w - a[4], w - a[5]), (a[6], a[7])]]


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    """Marks made on a screen: drawn signatures; anything else is typed in the PDF editor's Helvetica."""
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        elif m.kind == "x":
            c.setFont("Helvetica-Bold", m.w * 1.05)
            c.drawString(m.x + m.w * 0.14, m.y + m.w * 0.14, "X")
        else:
            c.setFont("Helvetica", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes / typed text (made on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_bm")
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- scanning ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    seed: int = 1


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    """Pen marks on a printed sheet's image: signatures, crosses and hand-printed capitals."""
    draw = ImageDraw.Draw(img)
    pen = max(2, round(0.85 * scale))
    for m in marks:
        if m.kind == "sig":
            strokes = signature_path(m.seed, m.w)
            width = max(2, round(1.3 * scale))
        elif m.kind == "x":
            strokes = cross_strokes(m.w, m.seed)
            width = pen
        else:
            strokes = print_strokes(m.text, m.size, m.seed)
            width = pen
        for stroke in strokes:
            pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
            draw.line(pts, fill=42, width=width, joint="curve")


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:  # a light grey paper tone
        out = out.point(lambda v: int(18 + v * 0.91))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 60 if px[x, y] > 128 else 230
    if style.fax:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def render_pages(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as a grey image at dpi, with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            out.append((img, page.get_height()))
        return out
    finally:
        doc.close()


@dataclass
class ScannedPage:
    image: Image.Image
    size: tuple[float, float]  # points


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int) -> list[ScannedPage]:
    """Print a PDF, add the ink marks of each page, and scan the sheets."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return sheets


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return scan_sheets(buf.getvalue(), marks, style, seed)


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.fax:
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_bm"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def back_to_friday(d: dt.date) -> dt.date:
    while d.weekday() > 4:
        d -= dt.timedelta(days=1)
    return d


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


def schedule(kind: str, current: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of every check paid in the current pay date's year up to it.
    semi_school: the 1st-15th paid on the 15th, the 16th-month end on the month's last day (moved back to a
    Friday); semi_after: the 1st-15th paid on the 20th, the 16th-month end on the 5th of the next month;
    biweekly: every other Friday from the year's first, the two weeks Sunday to Saturday ending six days before;
    weekly: Fridays, the week Monday to Sunday ending five days before."""
    year = current.year
    out: list[tuple[dt.date, dt.date, dt.date]] = []
    if kind == "semi_school":
        for m in range(1, 13):
            out.append((back_to_friday(dt.date(year, m, 15)), dt.date(year, m, 1), dt.date(year, m, 15)))
            out.append((back_to_friday(month_end(year, m)), dt.date(year, m, 16), month_end(year, m)))
    elif kind == "semi_after":
        out.append((back_to_friday(dt.date(year, 1, 5)), dt.date(year - 1, 12, 16), dt.date(year - 1, 12, 31)))
        for m in range(1, 13):
            out.append((back_to_friday(dt.date(year, m, 20)), dt.date(year, m, 1), dt.date(year, m, 15)))
            if m < 12:
                out.append((back_to_friday(dt.date(year, m + 1, 5)), dt.date(year, m, 16), month_end(year, m)))
    else:
        step = 14 if kind == "biweekly" else 7
        d = dt.date(year, 1, 1)
        while d.weekday() != 4:  # the year's first Friday
            d += dt.timedelta(days=1)
        while d.year == year:
            if kind == "biweekly":
                out.append((d, d - dt.timedelta(days=19), d - dt.timedelta(days=6)))
            else:
                out.append((d, d - dt.timedelta(days=11), d - dt.timedelta(days=5)))
            d += dt.timedelta(days=step)
    return [t for t in out if t[0] <= current]


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    state_name: str = "State income tax"
    fica: bool = True
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed)}
        if self.fica:
            out["Social Security"] = r2(gross * 0.062)
            out["Medicare"] = r2(gross * 0.0145)
        out[self.state_name] = r2(gross * self.state)
        return out


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line (and its hours), each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update({f"{k} hours": v[0] for k, v in ch.lines.items()})
        items.update(wh.taxes(ch.gross))
        items.update(dict(wh.deductions))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    marks_ink: bool = False  # the stub's figures are written by hand (only on paper)

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, ch: Check, frequency: str, ytd: float | None,
                net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


def history(kind: str, current: dt.date, lines_of: Callable[[dt.date, random.Random], dict[str, Any]],
            key: str) -> list[Check]:
    """Every check of the year up to `current`, each drawn from its own pay date so that all the stubs of one
    job tell one history."""
    out = []
    for pay, start, end in schedule(kind, current):
        out.append(Check(pay, start, end, lines_of(pay, random.Random(f"{key}{pay}"))))
    if not out or out[-1].pay_date != current:
        raise ValueError(f"{current} is not a {kind} pay date")
    return out


def school_stub(district: str, address: str, employee: str, emp_id: str, position: str, site: str,
                pay_date: dt.date, annual: float, stipend: tuple[str, float] | None, wh: Withholding,
                seed: int) -> Stub:
    """A school district's semi-monthly laser DIRECT DEPOSIT ADVICE: a schoolhouse mark, two key-value
    columns, three stacked ruled tables (earnings, taxes, deductions) each with Current and Year to date,
    a net pay bar, and a perforation with the bank-deposit slip under it."""
    base = r2(annual / 24)

    def lines(pay: dt.date, rr: random.Random) -> dict[str, Any]:
        out: dict[str, Any] = {"Contract salary": (0.0, 0.0, base)}
        if stipend and rr.random() < 0.5:
            out[stipend[0]] = (0.0, 0.0, stipend[1])
        return out

    checks = history("semi_school", pay_date, lines, f"{emp_id}{seed}")
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    labels = ["Contract salary"] + ([stipend[0]] if stipend else [])

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.55, 0.12, 0.12))
        p = c.beginPath()
        p.moveTo(50, 728)
        p.lineTo(50, 746)
        p.lineTo(62, 756)
        p.lineTo(74, 746)
        p.lineTo(74, 728)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(58, 728, 8, 10, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(84, 744, district)
        c.setFont("Helvetica", 8)
        c.drawString(84, 732, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 746, "DIRECT DEPOSIT ADVICE")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 734, f"Advice no. {pay_date.strftime('%y%m%d')}{emp_id[-3:]}")
        c.setLineWidth(0.8)
        c.line(50, 720, 562, 720)
        left = [("Employee", employee), ("Employee ID", emp_id), ("Position", position), ("Work location", site)]
        right = [("Pay date", mdy(pay_date)), ("Pay period", f"{mdy(ch.start)} - {mdy(ch.end)}"),
                 ("Pay schedule", "Semi-monthly (24 pays)"), ("Annual contract", "$" + money(annual))]
        y = 702
        for (k1, v1), (k2, v2) in zip(left, right, strict=True):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(50, y, k1)
            c.drawString(320, y, k2)
            c.setFont("Helvetica", 8.5)
            c.drawString(130, y, v1)
            c.drawString(400, y, v2)
            y -= 13
        y -= 12
        taxes = wh.taxes(ch.gross)

        def table(y: float, title: str, rows: Sequence[tuple[str, float, float]], total: tuple[str, float, float]
                  ) -> float:
            c.setFillGray(0.86)
            c.rect(50, y - 4, 512, 14, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(54, y, title)
            c.drawRightString(440, y, "CURRENT")
            c.drawRightString(556, y, "YEAR TO DATE")
            y -= 16
            c.setFont("Helvetica", 8.5)
            for label, cur, yr in rows:
                c.drawString(58, y, label)
                c.drawRightString(440, y, money(cur) if cur else "")
                c.drawRightString(556, y, money(yr))
                y -= 12
            c.setLineWidth(0.4)
            c.line(360, y + 8, 562, y + 8)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(58, y - 2, total[0])
            c.drawRightString(440, y - 2, money(total[1]))
            c.drawRightString(556, y - 2, money(total[2]))
            return y - 24

        earn = [(lab, ch.lines.get(lab, (0, 0, 0.0))[2], ytd.get(lab, 0.0)) for lab in labels if lab in ytd]
        y = table(y, "EARNINGS", earn, ("Gross pay", ch.gross, ytd["GROSS"]))
        y = table(y, "TAXES", [(k, v, ytd[k]) for k, v in taxes.items()],
                  ("Total taxes", r2(sum(taxes.values())), r2(sum(ytd[k] for k in taxes))))
        y = table(y, "DEDUCTIONS", [(k, v, ytd[k]) for k, v in wh.deductions],
                  ("Total deductions", r2(sum(v for _, v in wh.deductions)), r2(sum(ytd[k] for k, _ in wh.deductions))))
        c.setFillColor(Color(0.55, 0.12, 0.12))
        c.rect(320, y - 6, 242, 22, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(328, y + 1, "NET PAY")
        c.drawRightString(556, y + 1, "$" + money(net))
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y + 1, f"Sick leave balance: {36 + len(checks) * 4:.0f}.00 hrs")
        c.drawString(50, y - 10, "Personal leave balance: 16.00 hrs")
        c.setDash(2, 3)
        c.line(40, y - 40, 572, y - 40)
        c.setDash()
        c.setFont("Helvetica", 7)
        c.drawString(50, y - 52, "- - - detach here - - -")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y - 72, "DEPOSIT NOTICE - NON-NEGOTIABLE")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y - 86, f"Deposited for {employee} on {mdy(pay_date)} to account ending "
                                 f"{emp_id[-2:]}{seed % 90 + 10}: ${money(net)}")
        return []

    return Stub(Paper([page]), stub_fields(district, employee, ch, "semimonthly", ytd["GROSS"], net), pay_date)


def county_greenbar_stub(county: str, dept: str, employee: str, emp_no: str, pay_date: dt.date, rate: float,
                         wh: Withholding, seed: int, ot_chance: float = 0.4) -> Stub:
    """A county auditor's bi-weekly earnings statement printed by a line printer on green-bar pin-feed stock:
    tractor holes down both edges, pale green bands, everything in upper-case Courier, two-digit-year dates."""
    def lines(pay: dt.date, rr: random.Random) -> dict[str, Any]:
        out: dict[str, Any] = {"REGULAR": (80.0, rate, r2(80 * rate))}
        if rr.random() < ot_chance:
            h = rr.choice([2.0, 4.0, 6.5, 8.0])
            out["OVERTIME 1.5"] = (h, r2(rate * 1.5), r2(h * rate * 1.5))
        if rr.random() < 0.15:
            out["HOLIDAY"] = (8.0, rate, r2(8 * rate))
            out["REGULAR"] = (72.0, rate, r2(72 * rate))
        return out

    checks = history("biweekly", pay_date, lines, f"{emp_no}{seed}")
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)

    def yy(d: dt.date) -> str:
        return d.strftime("%m/%d/%y")

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.86, 0.95, 0.87))
        for i in range(12):
            c.rect(36, 760 - i * 48 - 24, W - 72, 24, stroke=0, fill=1)
        c.setFillColor(black)
        c.setStrokeGray(0.6)
        for i in range(44):
            c.circle(18, 770 - i * 18, 4.5, stroke=1, fill=0)
            c.circle(W - 18, 770 - i * 18, 4.5, stroke=1, fill=0)
        c.setStrokeColor(black)
        rows = [
            f"{county.upper()} - OFFICE OF THE COUNTY AUDITOR",
            "PAYROLL EARNINGS STATEMENT                         **  NON-NEGOTIABLE  **",
            "",
            f"EMPLOYEE: {employee.upper():<30} EMP NO: {emp_no}",
            f"DEPT:     {dept.upper():<30} PAY FREQ: BI-WEEKLY",
            f"PERIOD BEGIN: {yy(ch.start)}   PERIOD END: {yy(ch.end)}   CHECK DATE: {yy(pay_date)}",
            "",
            f"{'PAY TYPE':<16}{'HOURS':>8}{'RATE':>10}{'CURRENT':>12}{'YTD HOURS':>11}{'YTD AMOUNT':>13}",
            "-" * 70,
        ]
        for lab in ("REGULAR", "OVERTIME 1.5", "HOLIDAY"):
            if lab not in ytd:
                continue
            h, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            rows.append(f"{lab:<16}{(f'{h:.2f}' if h else ''):>8}{(f'{rt:.4f}' if h else ''):>10}"
                        f"{(money(amt) if h else ''):>12}{ytd[lab + ' hours']:>11.2f}{money(ytd[lab]):>13}")
        rows += ["-" * 70, f"{'GROSS PAY':<34}{money(ch.gross):>12}{'':>11}{money(ytd['GROSS']):>13}", "",
                 f"{'DEDUCTIONS':<34}{'CURRENT':>12}{'':>11}{'YTD':>13}"]
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            rows.append(f"{k.upper():<34}{money(v):>12}{'':>11}{money(ytd[k]):>13}")
        rows += ["-" * 70, f"{'NET PAY':<34}{money(net):>12}{'':>11}{money(ytd['NET']):>13}", "",
                 f"VAC BAL: {40 + len(checks) * 3.08:.2f}   SICK BAL: {60 + len(checks) * 3.69:.2f}   "
                 f"COMP BAL: 0.00", "", "DIRECT DEPOSIT - KEEP THIS STATEMENT FOR YOUR RECORDS"]
        c.setFont("Courier", 9)
        y = 744
        for i, row in enumerate(rows):
            c.setFont("Courier-Bold" if i < 2 else "Courier", 9)
            c.drawString(54, y, row)
            y -= 12
        return []

    return Stub(Paper([page]), stub_fields(county, employee, ch, "biweekly", ytd["GROSS"], net), pay_date)


def handwritten_stub(company: str, address: str, employee: str, check_no: int, pay_date: dt.date, rate: float,
                     wh: Withholding, seed: int, hours: Sequence[float] = (36.0, 38.0, 40.0, 40.0, 40.0, 40.0),
                     ot_rate: float = 1.5) -> Stub:
    """A small employer's weekly payroll check stub from a check printer's stationery (the company imprinted,
    the boxes printed) with every figure WRITTEN BY HAND in block capitals: name, check number and date, the
    period from / to, a cross in the "weekly" box, hours, rate, gross, each tax, net, and a year-to-date row.
    Only ever on paper: it is scanned or faxed."""
    def lines(pay: dt.date, rr: random.Random) -> dict[str, Any]:
        reg = rr.choice(list(hours))
        out: dict[str, Any] = {"REG": (reg, rate, r2(reg * rate))}
        ot = rr.choice([0.0, 0.0, 2.0, 3.5, 5.0]) if reg == 40 else 0.0
        if ot:
            out["OT"] = (ot, r2(rate * ot_rate), r2(ot * rate * ot_rate))
        return out

    checks = history("weekly", pay_date, lines, f"{check_no}{seed}")
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    taxes = list(wh.taxes(ch.gross).items())

    def d(x: dt.date) -> str:
        return f"{x.month}/{x.day}/{x.strftime('%y')}"

    def page(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        top = 742

        def hand(x: float, y: float, text: str, size: float = 8.5) -> None:
            marks.append(Mark("print", x, y, text, size=size, seed=seed * 97 + len(marks)))

        c.setLineWidth(0.6)
        c.rect(40, top - 300, 532, 312, stroke=1, fill=0)
        c.setFont("Times-Bold", 13)
        c.drawString(50, top - 12, company.upper())
        c.setFont("Times-Roman", 8.5)
        c.drawString(50, top - 24, address)
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(562, top - 10, "EMPLOYEE'S STATEMENT OF EARNINGS AND DEDUCTIONS")
        c.setFont("Helvetica", 7)
        c.drawRightString(562, top - 21, "DETACH AND RETAIN FOR YOUR RECORDS")
        y = top - 66
        boxes = [(50, 200, "EMPLOYEE NAME", employee.upper()), (250, 70, "CHECK NO.", str(check_no)),
                 (320, 80, "CHECK DATE", d(pay_date)), (400, 86, "PERIOD FROM", d(ch.start)),
                 (486, 76, "PERIOD TO", d(ch.end))]
        for x, w, cap, val in boxes:
            c.rect(x, y, w, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 3, y + 23, cap)
            hand(x + 6, y + 6, val, 9)
        y -= 24
        c.setFont("Helvetica", 7.5)
        c.drawString(52, y + 4, "PAID:")
        for i, lab in enumerate(("WEEKLY", "EVERY 2 WEEKS", "TWICE A MONTH", "MONTHLY")):
            x = 84 + i * 100
            c.rect(x, y + 2, 8, 8, stroke=1, fill=0)
            c.drawString(x + 12, y + 4, lab)
            if i == 0:
                marks.append(Mark("x", x, y + 2, w=8, seed=seed + 5))
        y -= 20
        cols = [("REG. HRS", 46), ("O.T. HRS", 46), ("RATE", 46), ("GROSS PAY", 62), ("FED. W/H", 54),
                ("SOC. SEC.", 54), ("MEDICARE", 54), ("STATE W/H", 54), ("NET PAY", 62)]
        x0 = 50 + 36
        c.setFont("Helvetica", 6)
        x = x0
        for cap, w in cols:
            c.rect(x, y - 4, w, 14, stroke=1, fill=0)
            c.drawCentredString(x + w / 2, y, cap)
            x += w
        reg = ch.lines["REG"]
        ot = ch.lines.get("OT", (0.0, 0.0, 0.0))
        cur = [f"{reg[0]:g}", f"{ot[0]:g}" if ot[0] else "-", f"{rate:.2f}", money(ch.gross)] + \
              [money(v) for _, v in taxes] + [money(net)]
        yr = ["", "", "", money(ytd["GROSS"])] + [money(ytd[k]) for k, _ in taxes] + [money(ytd["NET"])]
        for row, (label, vals) in enumerate((("THIS CHECK", cur), ("YEAR TO DATE", yr))):
            ry = y - 4 - 26 * (row + 1)
            c.setFont("Helvetica-Bold", 5.5)
            c.drawString(50, ry + 10, label)
            x = x0
            for (_cap, w), val in zip(cols, vals, strict=True):
                c.rect(x, ry, w, 26, stroke=1, fill=0)
                if val:
                    hand(x + 3, ry + 8, val, 7.2)
                x += w
        y -= 96
        c.setFont("Helvetica", 7)
        c.drawString(50, y, "OTHER DEDUCTIONS / MEMO")
        c.line(150, y - 1, 562, y - 1)
        if ot[0]:
            hand(160, y + 1, f"OT {ot[0]:g} HRS AT TIME AND A HALF", 7.5)
        c.setFont("Helvetica", 6)
        c.drawString(50, top - 292, "FORM 2301 - PAYROLL STUB - REORDER FROM YOUR CHECK PRINTER")
        return marks

    return Stub(Paper([page]), stub_fields(company, employee, ch, "weekly", ytd["GROSS"], net), pay_date,
                marks_ink=True)


def words_for(amount: float) -> str:
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def under_1000(n: int) -> str:
        parts = []
        if n >= 100:
            parts.append(f"{ones[n // 100]} hundred")
            n %= 100
        if n >= 20:
            parts.append(tens[n // 10 - 2] + (f"-{ones[n % 10]}" if n % 10 else ""))
        elif n or not parts:
            parts.append(ones[n])
        return " ".join(parts)

    dollars = int(amount)
    cents = round((amount - dollars) * 100)
    text = (f"{under_1000(dollars // 1000)} thousand " if dollars >= 1000 else "") + under_1000(dollars % 1000)
    return f"{text.strip().capitalize()} and {cents:02d}/100"


def qb_voucher(company: str, address: Sequence[str], bank: str, employee: str, emp_address: str, ssn4: str,
               kind: str, pay_date: dt.date, check_no: int, rate: float, hours: float, state: str,
               wh: Withholding, seed: int) -> Stub:
    """An accounting program's VOUCHER CHECK (QuickBooks style): the check on the top third (date, pay to the
    order of, the amount in figures and words, the bank, a MICR line), then the same "Employee Pay Stub" twice -
    check number, "Pay Period: mm/dd/yyyy - mm/dd/yyyy", "Pay Date", Earnings and Hours with the hours as h:mm,
    taxes as negative amounts, Current and YTD Amount columns, Net Pay. The pay frequency is NOT printed."""
    def lines(pay: dt.date, rr: random.Random) -> dict[str, Any]:
        h = hours + rr.choice([0.0, 0.0, -4.0, 2.0]) if kind == "biweekly" else hours
        out: dict[str, Any] = {"Hourly Rate": (h, rate, r2(h * rate))}
        if rr.random() < 0.3:
            ot = rr.choice([1.5, 3.0, 4.25])
            out["Overtime (x1.5) hourly"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        return out

    checks = history(kind, pay_date, lines, f"{check_no}{seed}")
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    this_no = check_no

    def hm(h: float) -> str:
        return f"{int(h)}:{round((h - int(h)) * 60):02d}"

    def stub_block(c: Canvas, top: float) -> None:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, top, company)
        c.drawRightString(572, top, str(this_no))
        c.setFont("Helvetica", 8)
        c.drawString(40, top - 16, employee)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(200, top - 16, "Employee Pay Stub")
        c.setFont("Helvetica", 8)
        c.drawString(300, top - 16, f"Check number: {this_no}")
        c.drawString(300, top - 28, f"Pay Period: {mdy(ch.start)} - {mdy(ch.end)}")
        c.drawString(470, top - 28, f"Pay Date: {mdy(pay_date)}")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, top - 42, "Employee")
        c.drawString(330, top - 42, "SSN")
        c.drawString(400, top - 42, "Status (Fed/State)")
        c.drawString(500, top - 42, "Allowances/Extra")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, top - 52, f"{employee}, {emp_address}")
        c.drawString(330, top - 52, f"***-**-{ssn4}")
        c.drawString(400, top - 52, "Married/Married")
        c.drawString(500, top - 52, "Fed-0/0/0/0")
        y = top - 70
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "Earnings and Hours")
        for x, t in ((210, "Qty"), (260, "Rate"), (320, "Current"), (390, "YTD Amount")):
            c.drawRightString(x, y, t)
        c.line(40, y - 3, 392, y - 3)
        c.setFont("Helvetica", 7.5)
        y -= 12
        for lab in ("Hourly Rate", "Overtime (x1.5) hourly"):
            if lab not in ytd:
                continue
            h, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(40, y, lab)
            c.drawRightString(210, y, hm(h) if h else "")
            c.drawRightString(260, y, f"{rt:.2f}" if h else "")
            c.drawRightString(320, y, money(amt) if h else "0.00")
            c.drawRightString(390, y, money(ytd[lab]))
            y -= 10
        c.drawRightString(210, y, hm(sum(v[0] for v in ch.lines.values())))
        c.drawRightString(320, y, money(ch.gross))
        c.drawRightString(390, y, money(ytd["GROSS"]))
        y -= 16
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "Taxes")
        c.drawRightString(320, y, "Current")
        c.drawRightString(390, y, "YTD Amount")
        c.line(40, y - 3, 392, y - 3)
        c.setFont("Helvetica", 7.5)
        y -= 12
        names = {"Federal income tax": "Federal Withholding", "Social Security": "Social Security Employee",
                 "Medicare": "Medicare Employee"}
        for k, v in wh.taxes(ch.gross).items():
            c.drawString(40, y, names.get(k, f"{state} - Withholding"))
            c.drawRightString(320, y, f"-{money(v)}")
            c.drawRightString(390, y, f"-{money(ytd[k])}")
            y -= 10
        c.drawRightString(320, y, f"-{money(r2(sum(wh.taxes(ch.gross).values())))}")
        c.drawRightString(390, y, f"-{money(r2(sum(ytd[k] for k in wh.taxes(ch.gross))))}")
        if wh.deductions:
            y -= 14
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(40, y, "Adjustments to Net Pay")
            c.line(40, y - 3, 392, y - 3)
            c.setFont("Helvetica", 7.5)
            y -= 12
            for k, v in wh.deductions:
                c.drawString(40, y, k)
                c.drawRightString(320, y, f"-{money(v)}")
                c.drawRightString(390, y, f"-{money(ytd[k])}")
                y -= 10
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y - 8, "Net Pay")
        c.drawRightString(320, y - 8, money(net))
        c.drawRightString(390, y - 8, money(ytd["NET"]))
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(430, top - 70, "Sick Available")
        c.drawString(430, top - 82, "Vacation Available")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, top - 70, hm(24 + len(checks) * 1.5))
        c.drawRightString(572, top - 82, hm(16 + len(checks) * 2.0))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 752, company)
        c.setFont("Helvetica", 8)
        for i, ln in enumerate(address):
            c.drawString(40, 741 - 10 * i, ln)
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(330, 752, bank)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 752, str(this_no))
        c.setFont("Helvetica", 9)
        c.drawString(470, 712, "DATE")
        c.drawString(505, 712, mdy(pay_date))
        c.drawString(40, 680, "PAY TO THE")
        c.drawString(40, 670, "ORDER OF")
        c.drawString(100, 672, employee)
        c.drawString(470, 672, "$")
        c.drawString(480, 672, f"**{money(net)}")
        c.drawString(40, 648, f"{words_for(net)}" + "*" * 30)
        c.drawRightString(572, 648, "DOLLARS")
        c.setFont("Helvetica", 8)
        c.drawString(60, 626, employee)
        c.drawString(60, 616, emp_address)
        c.drawString(40, 588, "MEMO")
        c.line(70, 586, 260, 586)
        c.line(360, 592, 572, 592)
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(466, 584, "AUTHORIZED SIGNATURE")
        c.setFont("Courier", 11)
        c.drawString(120, 548, f"C0{this_no}C  A{seed % 900000000 + 100000000:09d}A  {seed % 9000000 + 1000000}C")
        c.setDash(1, 3)
        c.line(20, 528, 592, 528)
        c.line(20, 264, 592, 264)
        c.setDash()
        stub_block(c, 510)
        stub_block(c, 246)
        return []

    return Stub(Paper([page]), stub_fields(company, employee, ch, "biweekly" if kind == "biweekly" else "semimonthly",
                                           ytd["GROSS"], net), pay_date)


# --- statements ---------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def month_lines(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                debits: Sequence[tuple[str, float, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and debits drawn around typical sizes."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


CU_DEBITS = (("SHARE DRAFT", 40, 260), ("POS SAFEWAY #1882", 30, 140), ("ACH PACIFIC POWER", 90, 210),
             ("POS FRED MEYER FUEL", 25, 70), ("ACH NW NATURAL GAS", 40, 120), ("SHARE DRAFT", 60, 420),
             ("ATM W/D CU BRANCH", 40, 100), ("ACH STATE FARM AUTO", 80, 160), ("POS BI-MART", 15, 60),
             ("DEBIT CARD AMAZON MKTPL", 12, 90))


def cu_share_draft_statement(rng: random.Random, cu: str, cu_line: str, holder: Sequence[str],
                             address: Sequence[str], member_no: str, acct: str, year: int, month: int, begin: float,
                             credits: Sequence[tuple[int, str, float]], color: Color,
                             debits: Sequence[tuple[str, float, float]] = CU_DEBITS) -> Statement:
    """A credit union's monthly SHARE DRAFT CHECKING statement from its core system: the member number and
    the share draft account number apart, "STATEMENT PERIOD 04/01/47 THRU 04/30/47" with two-digit years, a
    one-line summary PREVIOUS BALANCE / DEPOSITS (n) / WITHDRAWALS (n) / NEW BALANCE, a register POST DATE /
    TRANSACTION DESCRIPTION / AMOUNT (signed) / BALANCE opened by PREVIOUS BALANCE and closed by NEW BALANCE,
    the share drafts cleared, and the year-to-date dividends."""
    start = dt.date(year, month, 1)
    end = month_end(year, month)
    lines = month_lines(rng, start, end, credits, debits)
    draft_no = 1100 + rng.randrange(600)
    named = []
    for d, desc, a in lines:
        if desc == "SHARE DRAFT":
            draft_no += 1
            desc = f"SHARE DRAFT #{draft_no}"
        named.append((d, desc, a))
    ending = r2(begin + sum(a for _, _, a in named))
    deps = [t for t in named if t[2] > 0]
    wds = [t for t in named if t[2] < 0]

    def yy(d: dt.date) -> str:
        return d.strftime("%m/%d/%y")

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(color)
        c.circle(62, 742, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(62, 738, cu.split()[0][0])
        c.setFillColor(color)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(84, 745, cu.upper())
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(84, 733, cu_line)
        c.setLineWidth(0.5)
        c.rect(356, 690, 216, 44, stroke=1, fill=0)
        c.setFont("Helvetica", 7.5)
        c.drawString(362, 722, "MEMBER NUMBER")
        c.drawString(362, 708, "STATEMENT PERIOD")
        c.drawString(362, 696, "PAGE")
        c.setFont("Courier-Bold", 9)
        c.drawRightString(566, 722, member_no)
        c.drawRightString(566, 708, f"{yy(start)} THRU {yy(end)}")
        c.drawRightString(566, 696, "1 OF 1")
        c.setFont("Courier", 9.5)
        y = 700
        for ln in [*holder, *address]:
            c.drawString(60, y, ln.upper())
            y -= 11.5
        y = 628
        c.setFillColor(color)
        c.rect(40, y - 4, 532, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, y + 1, f"SHARE DRAFT CHECKING    ACCOUNT NUMBER {acct}")
        c.setFillColor(black)
        y -= 20
        c.setFont("Courier", 7.5)
        summary = (f"PREVIOUS BALANCE {money(begin)}   DEPOSITS ({len(deps)}) "
                   f"{money(r2(sum(t[2] for t in deps)))}   WITHDRAWALS ({len(wds)}) "
                   f"{money(r2(-sum(t[2] for t in wds)))}   NEW BALANCE {money(ending)}")
        c.drawString(46, y, summary)
        y -= 20
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, y, "POST DATE")
        c.drawString(110, y, "TRANSACTION DESCRIPTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(566, y, "BALANCE")
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Courier", 8.5)
        c.drawString(46, y, yy(start))
        c.drawString(110, y, "PREVIOUS BALANCE")
        c.drawRightString(566, y, money(begin))
        y -= 12
        bal = begin
        for d, desc, a in named:
            bal = r2(bal + a)
            c.drawString(46, y, yy(d))
            c.drawString(110, y, desc)
            c.drawRightString(470, y, money(a) if a > 0 else "-" + money(-a))
            c.drawRightString(566, y, money(bal))
            y -= 12
        c.drawString(46, y, yy(end))
        c.drawString(110, y, "NEW BALANCE")
        c.drawRightString(566, y, money(ending))
        y -= 24
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, y, "SHARE DRAFTS CLEARED")
        c.setFont("Courier", 8.5)
        y -= 12
        x = 46
        for d, desc, a in named:
            if desc.startswith("SHARE DRAFT"):
                c.drawString(x, y, f"#{desc.split('#')[1]}  {yy(d)}  {money(-a):>8}")
                x += 170
                if x > 450:
                    x = 46
                    y -= 12
        y -= 24
        c.setFont("Helvetica", 7.5)
        c.drawString(46, y, f"DIVIDENDS PAID YEAR TO DATE: {money(0.21 * month)}     "
                            "ANNUAL PERCENTAGE YIELD EARNED: 0.05%")
        c.drawString(46, y - 11, "Federally insured by NCUA. Report errors in writing within 60 days.")
        return []

    fields = {"bank_name": cu, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


BANK_DEBITS = (("CHECK", 60, 300), ("POS CASEY'S GEN STORE", 25, 80), ("ACH NPPD ELECTRIC", 110, 240),
               ("CHECK", 35, 140), ("ACH BLACK HILLS ENERGY", 40, 130), ("POS DOLLAR GENERAL", 10, 50),
               ("CHECK", 200, 480), ("ACH FARM BUREAU INS", 90, 180), ("POS HY-VEE", 40, 160))


def community_bank_statement(rng: random.Random, bank: str, bank_lines: Sequence[str], holder: Sequence[str],
                             address: Sequence[str], acct: str, year: int, month: int, begin: float,
                             credits: Sequence[tuple[int, str, float]],
                             debits: Sequence[tuple[str, float, float]] = BANK_DEBITS) -> Statement:
    """A small bank's checking statement in its old style: a serif name, "Statement Dates 2/01/47 thru 2/28/47",
    a Balance Forward line, DEPOSITS AND CREDITS, CHECKS PAID in three columns (number, date, amount),
    OTHER DEBITS, a DAILY BALANCE grid and the Ending Balance."""
    start = dt.date(year, month, 1)
    end = month_end(year, month)
    lines = month_lines(rng, start, end, credits, debits)
    check_no = 2200 + rng.randrange(500)
    named = []
    for d, desc, a in lines:
        if desc == "CHECK":
            check_no += rng.choice([1, 1, 2])
            desc = f"CHECK {check_no}"
        named.append((d, desc, a))
    ending = r2(begin + sum(a for _, _, a in named))

    def sd(d: dt.date) -> str:
        return f"{d.month}/{d.day:02d}/{d.strftime('%y')}"

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, 746, bank.upper())
        c.setFont("Times-Roman", 8.5)
        for i, ln in enumerate(bank_lines):
            c.drawCentredString(W / 2, 734 - 10 * i, ln)
        c.setLineWidth(1)
        c.line(40, 712, 572, 712)
        c.setFont("Courier", 9)
        y = 690
        for ln in [*holder, *address]:
            c.drawString(60, y, ln.upper())
            y -= 11
        c.setFont("Helvetica", 8.5)
        info = [("Account Number", acct), ("Statement Dates", f"{sd(start)} thru {sd(end)}"),
                ("Type", "Hometown Checking"), ("Enclosures", str(sum(1 for t in named if t[1].startswith("CHECK"))))]
        for i, (k, v) in enumerate(info):
            c.drawString(370, 690 - 12 * i, k)
            c.drawRightString(572, 690 - 12 * i, v)
        y = 622
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "Balance Forward")
        c.drawRightString(572, y, money(begin))
        y -= 22
        for title, rows in (("DEPOSITS AND CREDITS", [t for t in named if t[2] > 0]),
                            ("OTHER DEBITS", [t for t in named if t[2] < 0 and not t[1].startswith("CHECK")])):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(40, y, title)
            c.line(40, y - 3, 572, y - 3)
            y -= 14
            c.setFont("Helvetica", 8.5)
            for d, desc, a in rows:
                c.drawString(40, y, sd(d))
                c.drawString(90, y, desc)
                c.drawRightString(572, y, money(abs(a)))
                y -= 11
            y -= 10
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "CHECKS PAID")
        c.line(40, y - 3, 572, y - 3)
        y -= 14
        c.setFont("Helvetica", 8.5)
        checks = [t for t in named if t[1].startswith("CHECK")]
        for i, (d, desc, a) in enumerate(checks):
            x = 40 + (i % 3) * 180
            c.drawString(x, y, desc.split()[1])
            c.drawString(x + 40, y, sd(d))
            c.drawRightString(x + 160, y, money(-a))
            if i % 3 == 2:
                y -= 11
        y -= 25
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "DAILY BALANCE")
        c.line(40, y - 3, 572, y - 3)
        y -= 14
        c.setFont("Helvetica", 8)
        bal = begin
        daily: dict[dt.date, float] = {}
        for d, _, a in named:
            bal = r2(bal + a)
            daily[d] = bal
        for i, (d, b) in enumerate(sorted(daily.items())):
            x = 40 + (i % 4) * 135
            c.drawString(x, y, sd(d))
            c.drawRightString(x + 115, y, money(b))
            if i % 4 == 3:
                y -= 11
        y -= 25
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Ending Balance")
        c.drawRightString(572, y, money(ending))
        c.setFont("Times-Italic", 8)
        c.drawString(40, y - 24, "Thank you for banking with your hometown bank. Member FDIC.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- letters and papers ---------------------------------------------------------------------------------------


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, size) > width and line:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


def paragraphs(c: Canvas, x: float, y: float, width: float, paras: Sequence[str], font: str = "Times-Roman",
               size: float = 11, leading: float = 14.5, gap: float = 8) -> float:
    c.setFont(font, size)
    for para in paras:
        for ln in wrap(para, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        y -= gap
    return y


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type in ("divorce_decree", "quitclaim_deed", "obituary", "death_certificate", "other"):
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def hardship_letter(writers: Sequence[str], address: Sequence[str], loan: str, date: dt.date, servicer: str,
                    paras: Sequence[str], sign: str, seed: int, dated: str | None = None) -> Letter:
    """A typed hardship letter; sign: "ink" (printed and signed with a pen), "screen" (drawn strokes) or ""."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in [" and ".join(writers), *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, dated or ord_date(date))
        y -= 28
        for ln in [servicer, "Attn: Loan Servicing / Collections"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Mortgage loan {loan} - letter of hardship")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Loan Officer:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Respectfully,")
        marks = []
        sy = y - 44
        for i, nm in enumerate(writers):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if sign:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def handwritten_letter(writer: str, date: dt.date, dated: str, to: str, paras: Sequence[str], seed: int) -> Letter:
    """A hardship letter PRINTED BY HAND in block capitals on a sheet of ruled notebook paper (blue rules, a red
    margin line, three punched holes), signed at the foot. Only ever on paper."""
    rule = 22.0

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.55, 0.7, 0.9))
        c.setLineWidth(0.5)
        y = 720.0
        while y > 40:
            c.line(0, y, W, y)
            y -= rule
        c.setStrokeColor(Color(0.9, 0.45, 0.45))
        c.line(78, 0, 78, H)
        c.setStrokeColor(black)
        c.setFillGray(0.75)
        for hy in (120, 396, 672):
            c.circle(30, hy, 9, stroke=0, fill=1)
        c.setFillColor(black)
        marks: list[Mark] = []
        row = 0

        def put(text: str, x: float = 86) -> None:
            nonlocal row
            marks.append(Mark("print", x, 720 - rule * row + 4, text, size=9.5, seed=seed * 53 + row))
            row += 1

        put(dated, 400)
        put(to)
        row += 1
        for para in paras:
            line = ""
            for word in para.upper().split():
                trial = f"{line} {word}".strip()
                if print_width(trial, 9.5) > 470 and line:
                    put(line)
                    line = word
                else:
                    line = trial
            if line:
                put(line)
        row += 1
        put("THANK YOU,")
        marks.append(Mark("sig", 90, 720 - rule * row + 4, w=150, seed=seed))
        row += 1
        put(writer.upper())
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def letterhead(c: Canvas, name: str, sub: str, color: Color) -> None:
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, 735, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 722, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, 714, W - 72, 714)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def simple_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = (), dated: str | None = None,
                  sign_seed: int = 0) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, dated or long_date(date))
        y = 662
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
        if table:
            for k, v in table:
                c.setFont("Times-Roman", 11)
                c.drawString(96, y, k)
                c.setFont("Times-Bold", 11)
                c.drawString(320, y, v)
                y -= 15
            y -= 12
        c.setFont("Times-Roman", 11)
        marks = []
        for i, ln in enumerate(closing):
            if not ln and sign_seed and i > 0:
                marks.append(Mark("sig", 72, y - 4, w=130, seed=sign_seed))
            c.drawString(72, y, ln)
            y -= 14
        return marks

    return Paper([page])


SSA_HEAD = ("SOCIAL SECURITY ADMINISTRATION", "Important information - keep this letter for your records",
            Color(0.1, 0.25, 0.45))


def ssa_verification(person: str, address: Sequence[str], date: dt.date, gross: float, medicare: float,
                     kind: str, since: str) -> Letter:
    """Social Security's Benefit Verification Letter (retirement or disability): the full monthly benefit
    before deductions, the Medicare premium deducted and the whole-dollar payment actually made."""
    paid = math.floor(gross - medicare)
    what = "retirement" if kind == "retirement" else "disability"
    paras = [f"You asked us for information from your record. The information that you requested is shown below. "
             f"You are entitled to monthly {what} benefits. You became entitled to benefits in {since}.",
             f"Beginning December 2046, the full monthly Social Security benefit before any deductions is "
             f"${money(gross)}. We deduct ${money(medicare)} for medical insurance premiums each month. The regular "
             f"monthly Social Security payment is ${paid:,}.00. (We must round down to the whole dollar.)",
             "Social Security benefits for a given month are paid the following month. Your payments are made on "
             "the third Wednesday of each month. If you have questions, call 1-800-772-1213."]
    paper = simple_letter(SSA_HEAD, date, [person, *address], "Benefit Verification Letter", paras,
                          ["Social Security Administration", "Letter generated on " + mdy(date)])
    return Letter(paper, "benefit_award_letter", date, gross, "benefits_taxable")


def ssi_notice(person: str, address: Sequence[str], date: dt.date, monthly: float, effective: dt.date,
               reason: str) -> Letter:
    paras = [f"We are writing to tell you about your Supplemental Security Income (SSI) payments. Beginning "
             f"{long_date(effective)} your monthly SSI payment will be ${money(monthly)}. The amount changed "
             f"because {reason}. We pay SSI once a month, on the first day of the month.",
             "SSI payments are not taxable. You must tell us about any change in your income, resources or living "
             "arrangements, because it may change your payment.",
             "If you disagree with this decision, you have 60 days to ask us for an appeal."]
    paper = simple_letter(("SOCIAL SECURITY ADMINISTRATION", "Supplemental Security Income - Notice of Change in "
                           "Payment", Color(0.1, 0.25, 0.45)), date, [person, *address],
                          "Your SSI payment amount", paras,
                          ["Social Security Administration", "Date of this notice: " + mdy(date)],
                          [("Monthly SSI payment", "$" + money(monthly)), ("Paid", "Monthly, on the 1st")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def relocation_letter(employee: str, address: Sequence[str], date: dt.date, company: str, company_line: str,
                      old: str, new: str, start: dt.date, seed: int) -> Letter:
    paras = [f"As we discussed, {company} is consolidating its {old} shop into our plant at {new}. Your position "
             f"as a finish carpenter is being transferred to the {new} plant effective {long_date(start)}. Your rate "
             "of pay and seniority will not change.",
             "The company will reimburse up to $1,500.00 of documented moving expenses incurred within 90 days of "
             "your start date at the new location. If you decide not to accept the transfer, please tell me in "
             "writing by the end of this month.",
             "Thank you for your years of work in the old shop. We look forward to having you at the new plant."]
    paper = simple_letter((company.upper(), company_line, Color(0.2, 0.35, 0.15)), date, [employee, *address],
                          "Transfer to a new work location", paras,
                          ["Sincerely,", "", "", "Operations Manager", company], sign_seed=seed)
    return Letter(paper, "employer_relocation_letter", date)


def divorce_decree(court: Sequence[str], docket: str, plaintiff: str, defendant: str, home: str, lender: str,
                   date: dt.date, judge: str, seed: int) -> Letter:
    """A state court's FINAL DIVORCE ORDER, two pages: the caption, findings and orders; child support in a
    separate order (not stated here); the judge's signature and the date written out in words."""
    day = f"{ordinal(date.day)} day of {date.strftime('%B')}, {date.year}"

    def caption(c: Canvas) -> None:
        c.setFont("Times-Bold", 11)
        for i, ln in enumerate(court):
            c.drawCentredString(W / 2, 740 - 13 * i, ln)
        y = 740 - 13 * len(court) - 16
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, f"{plaintiff}, Plaintiff")
        c.drawString(72, y - 14, "v.")
        c.drawString(72, y - 28, f"{defendant}, Defendant")
        c.drawString(360, y - 14, f"Docket No. {docket}")
        c.line(72, y - 36, W - 72, y - 36)

    def page1(c: Canvas) -> list[Mark]:
        caption(c)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 610, "FINAL DIVORCE ORDER")
        paragraphs(c, 72, 585, W - 144, [
            "This matter came before the Court for a final hearing. Both parties appeared. The Court finds that "
            "the parties were married, that they have lived separate and apart for more than six consecutive "
            "months, and that resumption of marital relations is not reasonably probable.",
            "IT IS HEREBY ORDERED AND DECREED:",
            f"1. The marriage of {plaintiff} and {defendant} is dissolved, and the parties are divorced from the "
            "bonds of matrimony. This order is final.",
            f"2. Marital home. The plaintiff is awarded the marital home at {home}, together with the debt secured "
            f"by it, including the mortgage held by {lender}. The defendant shall sign a quitclaim deed of his "
            "interest within thirty days and shall have no further obligation on that debt.",
            "3. Personal property and debts are divided as set out in the parties' stipulation, which is "
            "incorporated in this order but not merged in it.",
            "4. Parental rights and responsibilities, parent-child contact and child support are set out in the "
            "separate Parental Rights Order and Child Support Order entered on the same date."], size=10.5)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 40, "Page 1 of 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 9)
        c.drawString(72, 745, f"{plaintiff} v. {defendant}, Docket No. {docket}")
        paragraphs(c, 72, 715, W - 144, [
            "5. Each party shall keep the motor vehicle now in his or her possession and shall pay any debt secured "
            "by it. Retirement accounts are divided as set out in the stipulation.",
            "6. The plaintiff may resume the use of her former name if she so chooses.",
            f"Dated at Brattleboro, Vermont, this {day}."], size=10.5)
        c.line(330, 560, 540, 560)
        c.setFont("Times-Roman", 10.5)
        c.drawString(330, 546, f"Hon. {judge}")
        c.drawString(330, 532, "Superior Court Judge")
        c.setFont("Times-Italic", 9)
        c.drawString(72, 480, "A true copy, attest: ______________________ Clerk")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 40, "Page 2 of 2")
        return [Mark("sig", 340, 562, w=170, seed=seed)]

    return Letter(Paper([page1, page2]), "divorce_decree", date)


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, 700, "FACSIMILE TRANSMITTAL")
        c.setFont("Helvetica", 10)
        c.drawString(72, 682, sender)
        c.setLineWidth(0.8)
        rows = [("To:", to), ("Fax:", to_fax), ("From:", sender), ("Fax:", sender_fax), ("Date:", mdy(date)),
                ("Pages (including cover):", str(pages)), ("Re:", note)]
        y = 640
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(240, y, v)
            c.line(235, y - 4, 540, y - 4)
            y -= 26
        c.setFont("Helvetica", 9)
        c.drawString(72, y - 20, "The pages that follow may contain confidential information intended only for the")
        c.drawString(72, y - 32, "addressee. If you received this fax in error please call the sender.")
        return []

    return Paper([page])


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int,
              ink: bool) -> tuple[bytes, list[Mark]]:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), typed over (fields flattened into the page) and signed:
    on screen (drawn strokes, typed date) or, for paper, the marks to put on in ink (signature and date)."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Courier", 9)
    put = [(27, 668, first), (114, 668, mi), (171, 668, last), (27, 636, ssn), (27, 571, street), (312, 571, city),
           (420, 571, state), (474, 571, zipc), (27, 506, "Tallgrass Income Verification Inc."),
           (312, 506, "TIV-40913"), (420, 506, "TALLGRS1"), (27, 484, "1200 O Street"),
           (312, 484, "Lincoln"), (420, 484, "NE"), (474, 484, "68508"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}")]
    if not ink:
        put.append((344, 168, mdy(signed_on)))
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    marks = [Mark("sig", 80, 166, w=200, seed=seed)]
    if ink:
        marks.append(Mark("print", 344, 167, f"{signed_on.month}/{signed_on.day}/{signed_on.year}", size=8.5,
                          seed=seed + 1))
    else:
        draw_signature_vector(c, marks[0])
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"bm4506c{seed}"), ([] if not ink else marks)


def form1040(first: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str, year: int,
             business: float, interest: float, occupation: str, signed_on: dt.date, seed: int) -> Letter:
    """A two-page Form 1040 for a self-employed filer as tax software prints it (figures typed), signed and
    dated in ink on page 2."""
    se_tax = r2(business * 0.9235 * 0.153)
    half = r2(se_tax / 2)
    total = r2(business + interest)
    agi = r2(total - half)
    std = 16100.00
    qbi = r2(max(0.0, (business - half) * 0.2))
    taxable = r2(max(0.0, agi - std - qbi))
    tax = r2(taxable * 0.12 - 1100 if taxable > 24000 else taxable * 0.1)
    total_tax = r2(tax + se_tax)
    est = r2(math.floor(total_tax / 4 / 100) * 100 * 4)
    owe = r2(total_tax - est)

    def line(c: Canvas, y: float, num: str, label: str, amount: float | None) -> None:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, num)
        c.setFont("Helvetica", 7.5)
        c.drawString(62, y, label)
        c.rect(470, y - 4, 100, 13, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(452, y, num)
        if amount is not None:
            c.setFont("Courier", 9)
            c.drawRightString(566, y - 1, f"{amount:,.0f}")

    def page1(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(36, 748, "1040")
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 768, "Form")
        c.drawString(90, 758, "Department of the Treasury - Internal Revenue Service")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(90, 746, "U.S. Individual Income Tax Return")
        c.setFont("Helvetica-Bold", 18)
        c.drawString(300, 746, str(year))
        c.setFont("Helvetica", 6.5)
        c.drawString(360, 752, "OMB No. 1545-0074")
        c.drawString(430, 752, "IRS Use Only - Do not write or staple in this space.")
        c.setLineWidth(1)
        c.line(36, 740, 576, 740)
        c.setFont("Helvetica", 7)
        c.drawString(36, 730, f"For the year Jan. 1 - Dec. 31, {year}, or other tax year beginning ______, {year}, "
                              f"ending ______, 20__")
        c.drawString(36, 716, "Filing Status")
        for x, lab in ((100, "Single"), (160, "Married filing jointly"), (260, "Married filing separately (MFS)"),
                       (385, "Head of household (HOH)"), (475, "Qualifying surviving spouse")):
            c.rect(x, 714, 7, 7, stroke=1, fill=0)
            c.drawString(x + 10, 715, lab)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(101, 715, "X")
        rows = [("Your first name and middle initial", first, 36), ("Last name", last, 250),
                ("Your social security number", ssn, 450)]
        for cap, val, x in rows:
            c.setFont("Helvetica", 6.5)
            c.drawString(x, 700, cap)
            c.setFont("Courier", 10)
            c.drawString(x, 688, val)
        c.line(36, 684, 576, 684)
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 676, "Home address (number and street). If you have a P.O. box, see instructions.")
        c.drawString(36, 652, "City, town, or post office. If you have a foreign address, also complete spaces below.")
        c.drawString(330, 652, "State")
        c.drawString(400, 652, "ZIP code")
        c.setFont("Courier", 10)
        c.drawString(36, 664, street)
        c.drawString(36, 640, city)
        c.drawString(330, 640, state)
        c.drawString(400, 640, zipc)
        c.line(36, 634, 576, 634)
        c.setFont("Helvetica", 7)
        c.drawString(36, 622, f"Digital Assets  At any time during {year}, did you receive, sell, exchange, or "
                              "otherwise dispose of a digital asset?   [ ] Yes   [X] No")
        c.drawString(36, 608, "Dependents  (see instructions): none")
        c.line(36, 600, 576, 600)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, 586, "Income")
        y = 570
        for num, label, amount in [
                ("1a", "Total amount from Form(s) W-2, box 1", 0.0), ("1z", "Add lines 1a through 1h", 0.0),
                ("2b", "Taxable interest", interest), ("3b", "Ordinary dividends", 0.0),
                ("4b", "IRA distributions - taxable amount", None), ("5b", "Pensions and annuities - taxable amount",
                                                                    None),
                ("6b", "Social security benefits - taxable amount", None), ("7", "Capital gain or (loss)", None),
                ("8", "Additional income from Schedule 1, line 10", business),
                ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income", total),
                ("10", "Adjustments to income from Schedule 1, line 26", half),
                ("11", "Subtract line 10 from line 9. This is your adjusted gross income", agi),
                ("12", "Standard deduction or itemized deductions (from Schedule A)", std),
                ("13", "Qualified business income deduction from Form 8995 or Form 8995-A", qbi),
                ("14", "Add lines 12 and 13", r2(std + qbi)),
                ("15", "Subtract line 14 from line 11. If zero or less, enter -0-. This is your taxable income",
                 taxable)]:
            line(c, y, num, label, amount)
            y -= 20
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 60, "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate "
                             "instructions.")
        c.drawRightString(576, 60, f"Form 1040 ({year})")
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.drawString(36, 756, f"Form 1040 ({year})")
        c.drawRightString(576, 756, "Page 2")
        c.line(36, 750, 576, 750)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, 736, "Tax and Credits")
        y = 720
        for num, label, amount in [
                ("16", "Tax", tax), ("22", "Subtract line 21 from line 18", tax),
                ("23", "Other taxes, including self-employment tax, from Schedule 2, line 21", se_tax),
                ("24", "Add lines 22 and 23. This is your total tax", total_tax),
                ("25d", "Federal income tax withheld", 0.0),
                ("26", f"{year} estimated tax payments and amount applied from {year - 1} return", est),
                ("33", "Add lines 25d, 26, and 32. These are your total payments", est),
                ("34", "If line 33 is more than line 24, subtract line 24 from line 33. Amount overpaid", None),
                ("37", "Subtract line 33 from line 24. This is the amount you owe", owe)]:
            line(c, y, num, label, amount)
            y -= 20
        y -= 10
        c.line(36, y, 576, y)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, y - 18, "Sign")
        c.drawString(36, y - 31, "Here")
        c.setFont("Helvetica", 6.5)
        paragraphs(c, 80, y - 12, 490, [
            "Under penalties of perjury, I declare that I have examined this return and accompanying schedules and "
            "statements, and to the best of my knowledge and belief, they are true, correct, and complete."],
            font="Helvetica", size=6.5, leading=8)
        sy = y - 56
        c.line(80, sy, 280, sy)
        c.line(290, sy, 360, sy)
        c.line(370, sy, 500, sy)
        c.setFont("Helvetica", 6.5)
        c.drawString(80, sy + 24, "Your signature")
        c.drawString(290, sy + 24, "Date")
        c.drawString(370, sy + 24, "Your occupation")
        c.setFont("Courier", 9)
        c.drawString(372, sy + 4, occupation)
        c.setFont("Helvetica", 7)
        c.drawString(36, sy - 30, "Paid Preparer Use Only:  Self-prepared (software)          Phone no.")
        c.drawRightString(576, 60, f"Form 1040 ({year})")
        return [Mark("sig", 90, sy + 2, w=170, seed=seed),
                Mark("print", 292, sy + 3, f"{signed_on.month}/{signed_on.day}/{signed_on.year}", size=8.5,
                     seed=seed + 3)]

    lt = Letter(Paper([page1, page2]), "tax_return", signed_on)
    return lt


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class App:
    """The answers a borrower put on the servicer's form. income_b / income_c: the borrower's and the
    co-borrower's lines, keyed by income code, or "code:line" where a form has more than one line for a code."""

    loan: str
    borrower: str
    ssn: str  # full, 900-999 area
    street: str
    city: str
    state: str
    zip: str
    phone: str
    email: str
    occupancy: str
    hardships_b: list[str]
    start: dt.date | None
    duration: str  # short | long | resolved
    income_b: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_phone: str = ""
    co_email: str = ""
    hardships_c: list[str] = field(default_factory=list)
    income_c: dict[str, float] = field(default_factory=dict)
    freq: dict[str, str] = field(default_factory=dict)  # how often an income line is paid (form D)
    other_text: str = ""
    b_signs: bool = True
    b_dates: bool = True
    co_signs: bool = True
    co_dates: bool = True
    seed: int = 1

    @property
    def hardships(self) -> list[str]:
        return sorted(set(self.hardships_b) | set(self.hardships_c), key=HARDSHIPS.index)

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    def by_code(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for part in (self.income_b, self.income_c):
            for k, v in part.items():
                code = k.split(":")[0]
                out[code] = r2(out.get(code, 0.0) + v)
        return {k: v for k, v in out.items() if v > 0}

    def col_total(self, part: dict[str, float]) -> float:
        return r2(sum(part.values()))

    @property
    def total(self) -> float:
        return r2(self.col_total(self.income_b) + self.col_total(self.income_c))

    @property
    def signed(self) -> bool:
        return self.b_signs and self.b_dates

    @property
    def co_signed(self) -> bool:
        return self.co_signs and self.co_dates

    def expected(self) -> dict[str, Any]:
        income = self.by_code()
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": self.hardships, "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.signed,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signed}


def amt(v: float, ink: bool) -> str:
    """An amount as written on a form: typed with thousands commas; by hand mostly without them."""
    if not v:
        return ""
    return f"{v:.2f}" if ink and v < 10000 else money(v)


class Pen:
    """Collects the answers written onto a form page: as typed text (on screen) or hand-printed (on paper)."""

    def __init__(self, seed: int, size: float = 9.5) -> None:
        self.marks: list[Mark] = []
        self.seed = seed
        self.size = size

    def write(self, x: float, y: float, text: str, size: float | None = None) -> None:
        if text:
            self.marks.append(Mark("print", x, y, text, size=size or self.size, seed=self.seed * 101 +
                                   len(self.marks)))

    def cross(self, x: float, y: float, w: float = 8.0) -> None:
        self.marks.append(Mark("x", x, y, w=w, seed=self.seed * 103 + len(self.marks)))

    def sign(self, x: float, y: float, w: float, seed: int) -> None:
        self.marks.append(Mark("sig", x, y, w=w, seed=seed))


def box(c: Canvas, x: float, y: float, checked: bool, pen: Pen, w: float = 8.0) -> None:
    c.setLineWidth(0.6)
    c.rect(x, y, w, w, stroke=1, fill=0)
    if checked:
        pen.cross(x, y, w)


# Form A - Pinecrest Teachers Federal Credit Union, "Member Financial Hardship Request" (RE-22)

PTFCU_GREEN = Color(0.1, 0.36, 0.22)
PTFCU_REASONS = ("Lost job", "Less pay / fewer hours", "Higher housing costs", "Disaster", "Illness / disability",
                 "Divorce / separation", "Split from unmarried co-owner", "Death of a wage earner",
                 "Job moved far away", "Other (explain in 10)")
PTFCU_INCOME = (("wages", "13. Wages, salary, overtime, tips and bonuses (gross)"),
                ("self_employment", "14. Self-employment income (after business expenses)"),
                ("unemployment", "15. Unemployment benefits"),
                ("benefits_taxable", "16. Social Security, pension or disability (taxable)"),
                ("benefits_nontaxable", "17. Non-taxable Social Security, SSI or disability"),
                ("rental", "18. Rent received (after expenses other than this mortgage)"),
                ("investment", "19. Investment or insurance income"),
                ("other", "20. Child support, alimony or other income"))


def ptfcu_re22(app: App, ink: bool) -> Paper:
    """Pinecrest TFCU's two-page request: every question printed across the page, the answers in boxes UNDER it -
    two side-by-side boxes, MEMBER left and JOINT MEMBER right, or one wide box where the members answer
    together; dates as mm-dd-yy."""
    L, R, MID = 50.0, 562.0, 306.0

    def head(c: Canvas, page: int) -> None:
        c.setFillColor(PTFCU_GREEN)
        for i, (w, y) in enumerate(((26, 736), (20, 748), (13, 758))):
            p = c.beginPath()
            p.moveTo(63 - w / 2, y)
            p.lineTo(63 + w / 2, y)
            p.lineTo(63, y + 14 + i)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        c.rect(60, 729, 6, 8, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(84, 753, "PINECREST TEACHERS")
        c.setFont("Helvetica", 9)
        c.drawString(84, 741, "FEDERAL CREDIT UNION")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(R, 755, "MEMBER FINANCIAL HARDSHIP REQUEST")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(R, 743, f"Real Estate Loan Servicing  |  Form RE-22 (01/2047)  |  Page {page} of 2")
        c.drawString(84, 730, "1450 Schoolhouse Road, Alder Falls, OR 97420  |  (541) 555-0142  |  fax (541) "
                              "555-0143")
        c.setStrokeColor(PTFCU_GREEN)
        c.setLineWidth(1.5)
        c.line(L, 722, R, 722)
        c.setStrokeColor(black)

    def band(c: Canvas, y: float) -> None:
        for x0, x1, t in ((L, MID - 6, "MEMBER  (primary borrower)"),
                          (MID + 6, R, "JOINT MEMBER  (co-borrower, if any)")):
            c.setFillColor(PTFCU_GREEN)
            c.rect(x0, y, x1 - x0, 14, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x0 + 6, y + 4, t)
        c.setFillColor(black)

    def question(c: Canvas, y: float, text: str, gap: float = 24) -> float:
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(L, y, text)
        return y - gap

    def pair(c: Canvas, pen: Pen, y: float, left: str, right: str, dollar: bool = False) -> float:
        c.setLineWidth(0.6)
        for x0, x1, val in ((L, MID - 6, left), (MID + 6, R, right)):
            c.rect(x0, y, x1 - x0, 19, stroke=1, fill=0)
            if dollar:
                c.setFont("Helvetica", 9)
                c.drawString(x0 + 4, y + 6, "$")
            pen.write(x0 + (14 if dollar else 6), y + 5, val)
        return y - 16

    def wide(c: Canvas, pen: Pen, y: float, val: str, width: float = R - L) -> float:
        c.setLineWidth(0.6)
        c.rect(L, y, width, 19, stroke=1, fill=0)
        pen.write(L + 6, y + 5, val)
        return y - 16

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        pen = Pen(app.seed)
        paragraphs(c, L, 708, R - L, [
            "Use this request if you are having trouble making your mortgage or home equity payment. Answer each "
            "question in the box(es) under it. Where there are two boxes, the MEMBER (primary borrower) answers on "
            "the left and the JOINT MEMBER (co-borrower) on the right; leave the right box empty if there is no "
            "joint member. Write dates as mm-dd-yy."], font="Helvetica", size=8, leading=10)
        y = question(c, 672, "1.  Loan number with Pinecrest (shown on your loan statement)")
        y = wide(c, pen, y, app.loan, 200) - 8
        band(c, y)
        y -= 18
        y = question(c, y, "2.  Member number")
        y = pair(c, pen, y, str(600000 + app.seed * 37 % 99999), str(600000 + app.seed * 53 % 99999) if app.co
                 else "") - 4
        y = question(c, y, "3.  Full legal name")
        y = pair(c, pen, y, app.borrower, app.co or "") - 4
        y = question(c, y, "4.  Last four digits of Social Security number")
        y = pair(c, pen, y, app.ssn[-4:], (app.co_ssn or "")[-4:]) - 4
        y = question(c, y, "5.  Best phone number")
        y = pair(c, pen, y, app.phone, app.co_phone) - 4
        y = question(c, y, "6.  E-mail address")
        y = pair(c, pen, y, app.email, app.co_email) - 4
        y = question(c, y, "7.  Address of the property that secures the loan (street, city, state, ZIP)")
        y = wide(c, pen, y, app.address) - 4
        y = question(c, y, "8.  How is the property used? (mark one)")
        c.rect(L, y - 2, R - L, 21, stroke=1, fill=0)
        for i, (code, lab) in enumerate(zip(OCCUPANCIES, ("Our home (primary residence)", "Second or vacation home",
                                                          "Rental or investment property"), strict=True)):
            x = L + 8 + i * 172
            box(c, x, y + 4, app.occupancy == code, pen)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 12, y + 5, lab)
        y -= 22
        y = question(c, y, "9.  What caused the hardship? Each member marks every reason that applies to him or her.")
        y -= 50
        c.setLineWidth(0.6)
        for x0, x1, picks in ((L, MID - 6, app.hardships_b), (MID + 6, R, app.hardships_c if app.co else [])):
            c.rect(x0, y, x1 - x0, 70, stroke=1, fill=0)
            for i, (code, lab) in enumerate(zip(HARDSHIPS, PTFCU_REASONS, strict=True)):
                col, row = divmod(i, 5)
                bx = x0 + 6 + col * 124
                by = y + 58 - row * 13
                box(c, bx, by, code in picks, pen, 7.5)
                c.setFont("Helvetica", 7.5)
                c.drawString(bx + 11, by + 1, lab)
        y -= 14
        y = question(c, y, "10. If \"Other\", explain")
        y = wide(c, pen, y, app.other_text.upper() if ink else app.other_text) - 4
        y = question(c, y, "11. Date the hardship began (mm-dd-yy)")
        y = wide(c, pen, y, dash_yy(app.start) if app.start else "", 120) - 4
        y = question(c, y, "12. How long do you expect it to last? (mark one)")
        c.rect(L, y - 2, R - L, 21, stroke=1, fill=0)
        for i, (code, lab) in enumerate((("short", "6 months or less"), ("long", "More than 6 months"),
                                         ("resolved", "It is already over"))):
            x = L + 8 + i * 172
            box(c, x, y + 4, app.duration == code, pen)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 12, y + 5, lab)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 34, "Continue on page 2. Pinecrest Teachers Federal Credit Union - NMLS 40917")
        return pen.marks

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        pen = Pen(app.seed + 500)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(L, 704, "Loan number")
        c.rect(L + 62, 699, 150, 19, stroke=1, fill=0)
        pen.write(L + 68, 704, app.loan)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(L, 676, "MONTHLY INCOME BEFORE TAXES")
        c.setFont("Helvetica", 7.5)
        c.drawString(L + 200, 676, "Leave a box empty if the member has none of that income.")
        band(c, 656)
        y = 638.0
        for code, label in PTFCU_INCOME:
            y = question(c, y, label, 22)
            y = pair(c, pen, y, amt(app.income_b.get(code, 0.0), ink), amt(app.income_c.get(code, 0.0), ink),
                     dollar=True) - 2
        y = question(c, y, "21. Total monthly income of each member (add 13 through 20)", 22)
        y = pair(c, pen, y, amt(app.col_total(app.income_b), ink),
                 amt(app.col_total(app.income_c), ink) if app.co else "", dollar=True) - 2
        y = question(c, y, "22. Combined household income each month (both boxes of 21 added together)", 22)
        c.rect(L, y, 200, 19, stroke=1, fill=0)
        c.setFont("Helvetica", 9)
        c.drawString(L + 4, y + 6, "$")
        pen.write(L + 14, y + 5, amt(app.total, ink))
        y -= 18
        y = question(c, y, "23. Balance of your Pinecrest share savings and share draft accounts today", 22)
        y = pair(c, pen, y, amt(412.18 + app.seed % 300, ink), amt(96.40, ink) if app.co else "", dollar=True) - 8
        y = paragraphs(c, L, y, R - L, [
            "By signing, each of us certifies that the answers above are true and complete and that the hardship "
            "described contributed to our need for help; authorizes Pinecrest Teachers FCU to obtain credit "
            "reports and to verify the information given; and agrees to send the documents the credit union asks "
            "for. False statements may violate federal law."], font="Helvetica", size=7.5, leading=9.5)
        sy = y - 34
        people = [(L, "Member signature", app.b_signs, app.b_dates, 0),
                  (MID + 6, "Joint member signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_dates,
                   1)]
        for x0, cap, signs, dates, k in people:
            c.setLineWidth(0.7)
            c.line(x0, sy, x0 + 160, sy)
            c.line(x0 + 170, sy, x0 + 250, sy)
            c.setFont("Helvetica", 7)
            c.drawString(x0, sy - 9, cap)
            c.drawString(x0 + 170, sy - 9, "Date (mm-dd-yy)")
            if signs:
                pen.sign(x0 + 6, sy + 2, 115, app.seed + 11 + k)
            if dates:
                pen.write(x0 + 174, sy + 4, dash_yy(app.signed_on))
        c.setLineWidth(0.5)
        c.rect(L, 18, 250, 24, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(L + 4, 34, "FOR CREDIT UNION USE")
        c.drawString(L + 4, 23, "Received ____________   By ______   Loan officer ______")
        return pen.marks

    return Paper([page1, page2])


# Form B - The Farmers & Drovers Bank, "Personal Financial Statement and Request for Mortgage Loan Assistance"

FDB_REASONS = ("Loss of employment", "Reduction of income or hours",
               "Increase in taxes, insurance or other housing costs", "Natural or man-made disaster",
               "Illness, injury or disability of an applicant or family member", "Divorce or legal separation",
               "Separation of unmarried co-owners", "Death of an applicant or wage earner",
               "Employment transfer / relocation", "Other:")
FDB_INCOME = (("wages", "Salary or wages (gross)"), ("wages:ot", "Overtime, bonus and commissions"),
              ("self_employment", "Net income from business or farm"), ("unemployment", "Unemployment compensation"),
              ("benefits_taxable", "Social Security (taxable)"),
              ("benefits_taxable:pension", "Pension, retirement or disability (taxable)"),
              ("benefits_nontaxable", "SSI, VA or other non-taxable benefits"), ("rental", "Net rental income"),
              ("investment", "Dividends, interest and insurance income"),
              ("other", "Alimony, child support, separate maintenance"), ("other:misc", "Other income (describe)"))
FDB_EXPENSES = ("First mortgage payment (this bank)", "Second mortgage / home equity line",
                "Taxes and insurance (not escrowed)", "Auto and equipment loans",
                "Credit card payments", "Other installment debt", "Child care / support paid", "Utilities",
                "Food and household", "Medical and insurance premiums")
FDB_ASSETS = ("Cash on hand and in banks", "Savings accounts and CDs", "Stocks and bonds",
              "Retirement accounts (IRA, 401(k))", "Cash value of life insurance", "Real estate owned (market value)",
              "Automobiles and equipment", "Other personal property")
FDB_LIABS = ("Notes payable to banks", "Mortgages on real estate", "Auto and equipment loans", "Credit cards",
             "Unpaid taxes", "Other debts")


def fdb_pfs(app: App, ink: bool, as_of: dt.date, occupations: tuple[str, str], employers: tuple[str, str],
            dob: tuple[str, str]) -> Paper:
    """The bank's three-page PERSONAL FINANCIAL STATEMENT used for mortgage assistance: an Applicant /
    Co-Applicant information table, the loan and property, the reason for the request as a one-column list
    of boxes; on page 2 the MONTHLY INCOME and MONTHLY EXPENSES tables (rows of labels, columns APPLICANT /
    CO-APPLICANT / TOTAL); on page 3 ASSETS and LIABILITIES side by side, net worth, certification and the
    applicant and co-applicant signatures. Long dates like "March 3rd, 2047"."""
    rng = random.Random(app.seed * 7 + 1)
    L, R = 40.0, 572.0
    cols = (200.0, 330.0, 455.0, 572.0)  # label | applicant | co-applicant | total, right edges after the first

    def head(c: Canvas, page: int) -> None:
        c.setFont("Times-Bold", 16)
        c.drawString(L, 752, "THE FARMERS & DROVERS BANK")
        c.setFont("Times-Italic", 9)
        c.drawString(L, 740, "of Kessler, Nebraska  -  Since 1889  -  Member FDIC  -  Equal Housing Lender")
        c.setFont("Times-Roman", 8)
        c.drawString(L, 729, "Loan Department, 301 North Main Street, Kessler, NE 68847  -  (308) 555-0160")
        c.setLineWidth(1)
        c.rect(392, 726, 180, 38, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(482, 751, "PERSONAL FINANCIAL STATEMENT")
        c.setFont("Helvetica", 7)
        c.drawCentredString(482, 740, "and Request for Mortgage Loan Assistance")
        c.drawCentredString(482, 731, f"Form PFS-7 (Rev. 2047)  -  Page {page} of 3")
        c.setLineWidth(2)
        c.line(L, 718, R, 718)
        c.setLineWidth(0.5)

    def section(c: Canvas, y: float, title: str) -> float:
        c.setFillGray(0.15)
        c.rect(L, y - 3, R - L, 13, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(L + 4, y, title)
        c.setFillColor(black)
        return y - 16

    def grid_row(c: Canvas, pen: Pen, y: float, label: str, vals: Sequence[str], bold: bool = False,
                 edges: Sequence[float] = cols) -> float:
        c.setLineWidth(0.4)
        c.rect(L, y - 5, R - L, 16, stroke=1, fill=0)
        x = L
        for e in edges[:-1]:
            c.line(e, y - 5, e, y + 11)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 7.5)
        c.drawString(L + 3, y, label)
        x = edges[0]
        for e, v in zip(edges[1:], vals, strict=False):
            pen.write(x + 4, y - 1, v, 8.0)
            x = e
        return y - 16

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        pen = Pen(app.seed)
        c.setFont("Helvetica", 7.5)
        c.drawString(L, 704, "Statement of financial condition as of")
        c.line(178, 702, 330, 702)
        pen.write(182, 704, ord_date(as_of).upper() if ink else ord_date(as_of), 8.5)
        paragraphs(c, L, 690, R - L, [
            "Complete this statement if you are asking the bank to change the terms of your home loan or to help "
            "you through a period of hardship. If two of you are on the loan, complete the CO-APPLICANT column "
            "as well. Attach the documents listed on the bank's checklist."], font="Helvetica", size=7.5,
            leading=9.5)
        y = section(c, 660, "APPLICANT INFORMATION")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(cols[0] + 4, y, "APPLICANT")
        c.drawString(cols[1] + 56, y, "CO-APPLICANT")
        y -= 16
        two = (200.0, 386.0, 572.0)
        co = bool(app.co)
        rows = [("Name", app.borrower, app.co or ""), ("Social Security No.", app.ssn, app.co_ssn or ""),
                ("Date of birth", dob[0], dob[1] if co else ""), ("Home / cell phone", app.phone, app.co_phone),
                ("E-mail", app.email, app.co_email), ("Employer or business", employers[0], employers[1] if co else ""),
                ("Position / occupation", occupations[0], occupations[1] if co else "")]
        for label, a, b in rows:
            if ink:
                a, b = a.upper(), b.upper()
            y = grid_row(c, pen, y, label, [a, b], edges=two)
        y = section(c, y - 8, "MORTGAGE LOAN AND PROPERTY")
        y = grid_row(c, pen, y, "Mortgage loan number with this bank", [app.loan], edges=(200.0, 572.0))
        y = grid_row(c, pen, y, "Property street address", [app.street.upper() if ink else app.street],
                     edges=(200.0, 572.0))
        y = grid_row(c, pen, y, "City / State / ZIP", [app.city.upper() if ink else app.city, app.state, app.zip],
                     edges=(200.0, 400.0, 460.0, 572.0))
        c.setFont("Helvetica", 7.5)
        c.drawString(L + 3, y - 2, "The property is:")
        for i, (code, lab) in enumerate(zip(OCCUPANCIES, ("Owner-occupied, primary residence", "Second home",
                                                          "Investment / rental property"), strict=True)):
            x = 130 + i * 150
            box(c, x, y - 3, app.occupancy == code, pen, 7.5)
            c.drawString(x + 11, y - 2, lab)
        y = section(c, y - 26, "REASON FOR THIS REQUEST  (check every reason that applies)")
        for code, lab in zip(HARDSHIPS, FDB_REASONS, strict=True):
            box(c, L + 6, y - 2, code in app.hardships, pen, 7.5)
            c.setFont("Helvetica", 8)
            c.drawString(L + 20, y - 1, lab)
            if code == "other":
                c.line(L + 52, y - 3, R - 10, y - 3)
                pen.write(L + 58, y - 1, app.other_text.upper() if ink else app.other_text, 8.5)
            y -= 15
        y -= 6
        c.setFont("Helvetica", 8)
        c.drawString(L + 6, y, "Date the hardship began:")
        c.line(L + 110, y - 2, L + 280, y - 2)
        if app.start:
            pen.write(L + 114, y, ord_date(app.start).upper() if ink else ord_date(app.start), 8.5)
        y -= 20
        c.drawString(L + 6, y, "The hardship is expected to be:")
        for i, (code, lab) in enumerate((("short", "temporary (6 months or less)"),
                                         ("long", "long-term (more than 6 months)"), ("resolved", "resolved"))):
            x = L + 140 + i * 140
            box(c, x, y - 1, app.duration == code, pen, 7.5)
            c.drawString(x + 11, y, lab)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 30, "Please complete pages 2 and 3.")
        return pen.marks

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        pen = Pen(app.seed + 300)
        c.setFont("Helvetica", 7.5)
        c.drawString(L, 704, f"Applicant: {app.borrower}")
        y = section(c, 684, "MONTHLY INCOME  (before taxes and deductions)")
        c.setFont("Helvetica-Bold", 7.5)
        for e0, e1, t in ((cols[0], cols[1], "APPLICANT"), (cols[1], cols[2], "CO-APPLICANT"),
                          (cols[2], cols[3], "TOTAL")):
            c.drawCentredString((e0 + e1) / 2, y, t)
        y -= 16
        for key, label in FDB_INCOME:
            a = app.income_b.get(key, 0.0)
            b = app.income_c.get(key, 0.0)
            y = grid_row(c, pen, y, label, [amt(a, ink), amt(b, ink), amt(r2(a + b), ink)])
        y = grid_row(c, pen, y, "TOTAL MONTHLY INCOME", [amt(app.col_total(app.income_b), ink),
                                                        amt(app.col_total(app.income_c), ink), amt(app.total, ink)],
                     bold=True)
        y = section(c, y - 14, "MONTHLY EXPENSES")
        c.setFont("Helvetica-Bold", 7.5)
        for e0, e1, t in ((cols[0], cols[1], "APPLICANT"), (cols[1], cols[2], "CO-APPLICANT"),
                          (cols[2], cols[3], "TOTAL")):
            c.drawCentredString((e0 + e1) / 2, y, t)
        y -= 16
        spend = [r2(rng.uniform(lo, hi)) for lo, hi in ((780, 1450), (0, 0), (0, 0), (180, 520), (40, 260),
                                                         (0, 180), (0, 0), (210, 390), (420, 880), (90, 420))]
        for label, v in zip(FDB_EXPENSES, spend, strict=True):
            y = grid_row(c, pen, y, label, ["", "", amt(v, ink)])
        grid_row(c, pen, y, "TOTAL MONTHLY EXPENSES", ["", "", amt(r2(sum(spend)), ink)], bold=True)
        return pen.marks

    def page3(c: Canvas) -> list[Mark]:
        head(c, 3)
        pen = Pen(app.seed + 600)
        y0 = section(c, 700, "ASSETS                                                                                "
                             "          LIABILITIES")
        assets = [r2(rng.uniform(120, 1900)), r2(rng.uniform(0, 2500)), 0.0, r2(rng.uniform(4000, 38000)), 0.0,
                  r2(rng.uniform(140000, 260000)), r2(rng.uniform(6000, 31000)), r2(rng.uniform(2000, 9000))]
        liabs = [0.0, r2(assets[5] * rng.uniform(0.55, 0.8)), r2(rng.uniform(3000, 18000)),
                 r2(rng.uniform(900, 7400)), 0.0, r2(rng.uniform(0, 2500))]
        for side, (labels, vals, total_label) in enumerate(((FDB_ASSETS, assets, "TOTAL ASSETS"),
                                                           (FDB_LIABS, liabs, "TOTAL LIABILITIES"))):
            x0 = L if side == 0 else 312.0
            y = y0
            rows = [*zip(labels, vals, strict=True), (total_label, r2(sum(vals)))]
            if side == 1:
                rows.append(("NET WORTH", r2(sum(assets) - sum(liabs))))
            for label, v in rows:
                c.setLineWidth(0.4)
                c.rect(x0, y - 5, 260, 16, stroke=1, fill=0)
                c.line(x0 + 170, y - 5, x0 + 170, y + 11)
                c.setFont("Helvetica-Bold" if label.isupper() else "Helvetica", 7.5)
                c.drawString(x0 + 3, y, label)
                pen.write(x0 + 176, y - 1, amt(v, ink) if v else ("0" if ink else "0.00"), 8.0)
                y -= 16
        y = section(c, y0 - 16 * 10 - 14, "CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, L, y, R - L, [
            "Each undersigned certifies that this statement, including both pages before it, is true, correct and "
            "complete, gives the bank a true picture of his or her financial condition as of the date shown, and "
            "that the hardship described is the reason for this request. The bank may obtain credit reports and "
            "verify any information given. Each undersigned understands that a false statement to a federally "
            "insured bank is a federal crime."], font="Helvetica", size=7.5, leading=9.5)
        sy = y - 40
        people = [("Signature of Applicant", app.b_signs, app.b_dates, 0),
                  ("Signature of Co-Applicant", bool(app.co) and app.co_signs, bool(app.co) and app.co_dates, 1)]
        for cap, signs, dates, k in people:
            c.setLineWidth(0.7)
            c.line(L, sy, L + 280, sy)
            c.line(L + 310, sy, R, sy)
            c.setFont("Helvetica", 7)
            c.drawString(L, sy - 9, cap)
            c.drawString(L + 310, sy - 9, "Date")
            if signs:
                pen.sign(L + 10, sy + 2, 200, app.seed + 21 + k)
            if dates:
                pen.write(L + 316, sy + 3, ord_date(app.signed_on).upper() if ink else ord_date(app.signed_on), 9)
            sy -= 52
        c.setFont("Helvetica", 6.5)
        c.drawString(L, sy + 4, "BANK USE: Reviewed by ________  Loan officer ________  Date received ________")
        return pen.marks

    return Paper([page1, page2, page3])


# Form C - Old Mill Savings Bank, "Mortgage Hardship Questionnaire" (OMSB-HQ)

OMSB_HARDSHIP_WORDS = "LOST JOB / LESS INCOME / HIGHER HOUSING COSTS / DISASTER / ILLNESS OR DISABILITY / DIVORCE OR " \
                      "SEPARATION / SPLIT FROM UNMARRIED CO-OWNER / DEATH OF BORROWER OR EARNER / JOB TRANSFER / OTHER"


def omsb_questionnaire(app: App, answers: dict[int, list[str]]) -> Paper:
    """The savings bank's two-page questionnaire: numbered questions in a serif face, each followed by one to
    three RULED LINES on which the borrower PRINTS the answer by hand (answers: question number -> one string
    per ruled line; a question missing from `answers` was left blank); the signature lines at the end."""
    L, R = 60.0, 552.0
    questions = [
        (1, "What is your loan number? (It is printed on your monthly statement.)", 1),
        (2, "What is your full name, and the last four digits of your Social Security number?", 1),
        (3, "Is anyone else on the loan with you? If so, write his or her full name and the last four digits of "
            "his or her Social Security number. If not, write NONE.", 1),
        (4, "What is the address of the property that secures your loan? (street, town, state, ZIP)", 2),
        (5, "How is the property used? Write one: PRIMARY RESIDENCE, SECOND HOME, or RENTAL / INVESTMENT.", 1),
        (6, "What is the best telephone number and e-mail address to reach you?", 1),
        (7, f"Which of these describe your hardship? Write every one that applies: {OMSB_HARDSHIP_WORDS}.", 2),
        (8, "On what date did the hardship begin? (month, day and year)", 1),
        (9, "Do you expect the hardship to last SIX MONTHS OR LESS, LONGER THAN SIX MONTHS, or is it OVER?", 1),
        (10, "Please tell us in a few words what happened. (If you wrote OTHER in question 7, explain it here.)", 3),
    ]
    questions2 = [
        (11, "How much does your household receive each month, before taxes, in wages, salary, overtime, tips "
             "and bonuses?", 2),
        (12, "How much from self-employment each month, after business expenses?", 1),
        (13, "How much in unemployment benefits each month?", 1),
        (14, "How much each month from Social Security, a pension or disability that is taxed?", 1),
        (15, "How much each month from Social Security, SSI or disability that is NOT taxed?", 1),
        (16, "How much rent do you receive each month, after expenses other than this mortgage?", 1),
        (17, "How much each month from investments or insurance?", 1),
        (18, "How much each month from child support, alimony or any other source? Say what it is.", 1),
        (19, "What is the total of your answers to questions 11 through 18?", 1),
        (20, "About how much do you have today in checking, savings and cash?", 1),
    ]

    def head(c: Canvas, page: int) -> None:
        c.setLineWidth(1.2)
        c.circle(76, 742, 15, stroke=1, fill=0)
        for i in range(8):
            a = math.radians(i * 45)
            c.line(76, 742, 76 + 15 * math.cos(a), 742 + 15 * math.sin(a))
        c.setFont("Times-Bold", 16)
        c.drawString(100, 744, "OLD MILL SAVINGS BANK")
        c.setFont("Times-Italic", 8.5)
        c.drawString(100, 732, "Millbrook, Vermont  -  serving Windham County since 1871  -  Member FDIC")
        c.setFont("Times-Roman", 8)
        c.drawRightString(R, 752, "12 Falls Road, P.O. Box 40")
        c.drawRightString(R, 742, "Millbrook, VT 05346")
        c.drawRightString(R, 732, "Tel. (802) 555-0115  Fax (802) 555-0116")
        c.setLineWidth(0.8)
        c.line(L - 10, 722, R, 722)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 702, "MORTGAGE HARDSHIP QUESTIONNAIRE")
        c.setFont("Times-Italic", 8.5)
        c.drawCentredString(W / 2, 690, f"Form OMSB-HQ  -  page {page} of 2")

    def ask(c: Canvas, y: float, num: int, text: str, rules: int, pen: Pen) -> float:
        c.setFont("Times-Bold", 10)
        c.drawString(L - 8, y, f"{num}.")
        lines = wrap(text, "Times-Roman", 10, R - L - 12)
        c.setFont("Times-Roman", 10)
        for ln in lines:
            c.drawString(L + 10, y, ln)
            y -= 12.5
        c.setLineWidth(0.5)
        c.setStrokeGray(0.35)
        for i in range(rules):
            y -= 19
            c.line(L + 10, y, R, y)
            written = answers.get(num, [])
            if i < len(written):
                pen.write(L + 16, y + 3, written[i])
        c.setStrokeColor(black)
        return y - 16

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        pen = Pen(app.seed)
        paragraphs(c, L - 8, 672, R - L + 8, [
            "Please answer every question on the line or lines below it. Print clearly in capital letters with a "
            "dark pen. If a question does not apply to you, write NONE. Return this questionnaire with the papers "
            "listed in our letter."], font="Times-Italic", size=9.5, leading=12)
        y = 634.0
        for num, text, rules in questions:
            y = ask(c, y, num, text, rules, pen)
        return pen.marks

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        pen = Pen(app.seed + 400)
        y = 668.0
        for num, text, rules in questions2:
            y = ask(c, y, num, text, rules, pen)
        y = paragraphs(c, L - 8, y - 4, R - L + 8, [
            "I certify that my answers are true and complete to the best of my knowledge, that the hardship I "
            "described is the reason I am asking for help, and that Old Mill Savings Bank may check my credit and "
            "the information I gave. I understand that a false statement may be a federal crime."],
            font="Times-Roman", size=9, leading=11)
        sy = y - 30
        for cap, signs, dates, k in (("Signature of borrower", app.b_signs, app.b_dates, 0),
                                     ("Signature of co-borrower (if any)", bool(app.co) and app.co_signs,
                                      bool(app.co) and app.co_dates, 1)):
            c.setLineWidth(0.6)
            c.line(L, sy, L + 260, sy)
            c.line(L + 290, sy, R, sy)
            c.setFont("Times-Roman", 8.5)
            c.drawString(L, sy - 10, cap)
            c.drawString(L + 290, sy - 10, "Date")
            if signs:
                pen.sign(L + 10, sy + 2, 180, app.seed + 31 + k)
            if dates:
                pen.write(L + 296, sy + 3, answers.get(100 + k, [""])[0])
            sy -= 44
        return pen.marks

    return Paper([page1, page2])


# Form D - Harbor Point Community Bank, "Loan Workout Application" (LW-1)

HPCB_BLUE = Color(0.05, 0.22, 0.42)
HPCB_GRID = (("Loss of job", "unemployment"), ("Illness or injury", "disability_or_illness"),
             ("Separation from unmarried co-owner", "separation_unmarried"),
             ("Reduced income or hours", "reduction_in_income"), ("Disability", "disability_or_illness"),
             ("Death of a borrower or wage earner", "death"),
             ("Higher taxes, insurance or HOA dues", "increase_in_housing_expenses"),
             ("Divorce", "divorce_or_separation"),
             ("Job transfer or military move", "relocation"),
             ("Fire, flood, storm or other disaster", "disaster"), ("Legal separation", "divorce_or_separation"),
             ("Other (explain below)", "other"))
HPCB_CODES = {"W": "wages", "S": "self_employment", "U": "unemployment", "T": "benefits_taxable",
              "N": "benefits_nontaxable", "R": "rental", "I": "investment", "O": "other"}


@dataclass
class IncomeRow:
    """One row of Part IV: a source code, who receives it, the payer, how often paid and the monthly gross."""

    code: str
    who: str
    payer: str
    how: str
    monthly: float


def hpcb_lw1(app: App, ink: bool, boxes: Sequence[str], rows: Sequence[IncomeRow], write_date: Callable[[dt.date],
             str]) -> Paper:
    """The bank's two-page workout application: small grey capitals ABOVE each answer rule, parts headed
    "PART I - BORROWERS" between a thick and a thin rule; the hardship reasons as a GRID OF TWELVE BOXES IN THREE
    COLUMNS with an "Other (explain)" line under it; the income on page 2 as free rows of a SOURCE CODE from a
    printed legend, who receives it (B / C / BOTH), the payer, how often it is paid and the gross per month."""
    L, R = 46.0, 566.0
    assert {c for lab, c in HPCB_GRID if lab in boxes} == set(app.hardships), "boxes and hardships disagree"
    by_code: dict[str, float] = {}
    for r in rows:
        by_code[HPCB_CODES[r.code]] = r2(by_code.get(HPCB_CODES[r.code], 0.0) + r.monthly)
    assert by_code == app.by_code(), f"rows {by_code} and application {app.by_code()} disagree"
    up = (lambda t: t.upper()) if ink else (lambda t: t)

    def head(c: Canvas, page: int) -> None:
        c.setFillColor(HPCB_BLUE)
        p = c.beginPath()
        p.moveTo(50, 726)
        p.lineTo(60, 726)
        p.lineTo(57.5, 756)
        p.lineTo(52.5, 756)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(50.5, 758, 9, 5, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(70, 748, "HARBOR POINT")
        c.setFont("Helvetica", 8.5)
        c.drawString(70, 737, "COMMUNITY BANK")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(70, 727, "88 Lakeshore Drive, Harbor Point, MI 49740  -  (231) 555-0170  -  Member FDIC")
        c.setFont("Times-Bold", 15)
        c.drawRightString(R, 746, "Loan Workout Application")
        c.setFont("Helvetica", 7)
        c.drawRightString(R, 734, f"Form LW-1 (2047)  -  Page {page} of 2")

    def part(c: Canvas, y: float, title: str) -> float:
        c.setLineWidth(2)
        c.line(L, y + 12, R, y + 12)
        c.setLineWidth(0.5)
        c.line(L, y - 4, R, y - 4)
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(HPCB_BLUE)
        c.drawString(L, y, title)
        c.setFillColor(black)
        return y - 30

    def fields_row(c: Canvas, pen: Pen, y: float, cells: Sequence[tuple[float, float, str, str]]) -> float:
        for x, w, cap, val in cells:
            c.setFont("Helvetica", 6.3)
            c.setFillGray(0.35)
            c.drawString(x, y + 13, cap.upper())
            c.setFillColor(black)
            c.setLineWidth(0.5)
            c.line(x, y - 3, x + w, y - 3)
            pen.write(x + 3, y, val, 9)
        return y - 34

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        pen = Pen(app.seed)
        paragraphs(c, L, 712, R - L, [
            "Complete both pages and sign on page 2. A co-borrower is anyone else who signed the note. Mail or fax "
            "the application with your income and hardship papers to the Loan Servicing Department."],
            font="Helvetica", size=7.5, leading=9.5)
        y = part(c, 680, "PART I - BORROWERS")
        y = fields_row(c, pen, y, [(L, 180, "Loan number", app.loan),
                                   (L + 200, 160, "Date of this application", write_date(app.signed_on))])
        y = fields_row(c, pen, y, [(L, 280, "Borrower name", up(app.borrower)),
                                   (L + 300, 80, "SSN (last 4)", app.ssn[-4:]), (L + 400, 120, "Phone", app.phone)])
        y = fields_row(c, pen, y, [(L, 280, "Co-borrower name", up(app.co or "")),
                                   (L + 300, 80, "SSN (last 4)", (app.co_ssn or "")[-4:]),
                                   (L + 400, 120, "Phone", app.co_phone)])
        y = fields_row(c, pen, y, [(L, 300, "E-mail", up(app.email))])
        y = part(c, y + 4, "PART II - PROPERTY")
        y = fields_row(c, pen, y, [(L, 250, "Property address (street)", up(app.street)),
                                   (L + 270, 130, "City", up(app.city)), (L + 420, 40, "State", app.state),
                                   (L + 475, 45, "ZIP", app.zip)])
        c.setFont("Helvetica", 7.5)
        c.drawString(L, y + 8, "OCCUPANCY:")
        for i, (code, lab) in enumerate(zip(OCCUPANCIES, ("Owner occupied (I live here)", "Second home",
                                                          "Rental / investment"), strict=True)):
            x = L + 70 + i * 150
            box(c, x, y + 6, app.occupancy == code, pen, 8)
            c.drawString(x + 12, y + 8, lab)
        y = part(c, y - 22, "PART III - HARDSHIP")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(L, y + 8, "Reasons for the hardship (check all that apply):")
        y -= 10
        for i, (lab, _code) in enumerate(HPCB_GRID):
            row, col = divmod(i, 3)
            x = L + 4 + col * 176
            by = y - row * 17
            box(c, x, by, lab in boxes, pen, 8.5)
            c.setFont("Helvetica", 8)
            c.drawString(x + 13, by + 1.5, lab)
        y -= 4 * 17 + 14
        y = fields_row(c, pen, y, [(L, R - L, "Other (explain)", up(app.other_text))])
        y = fields_row(c, pen, y, [(L, 150, "Date the hardship began", write_date(app.start) if app.start else "")])
        c.setFont("Helvetica", 7.5)
        c.drawString(L + 180, y + 42, "EXPECTED TO LAST:")
        for i, (code, lab) in enumerate((("short", "6 months or less"), ("long", "Over 6 months"),
                                         ("resolved", "Resolved"))):
            x = L + 262 + i * 90
            box(c, x, y + 40, app.duration == code, pen, 8)
            c.drawString(x + 11, y + 42, lab)
        return pen.marks

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        pen = Pen(app.seed + 700)
        y = fields_row(c, pen, 700, [(L, 180, "Loan number", app.loan)])
        y = part(c, y + 4, "PART IV - MONTHLY GROSS INCOME (before taxes)")
        c.setLineWidth(0.5)
        c.setFillGray(0.93)
        c.rect(L, y - 22, R - L, 34, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(L + 4, y + 2, "SOURCE CODES:  W = wages, salary, overtime, tips   S = self-employment (net)   "
                                   "U = unemployment   T = taxable Social Security, pension, disability")
        c.drawString(L + 4, y - 10, "N = non-taxable Social Security, SSI, disability   R = rental (net)   "
                                    "I = investment / insurance   O = other (alimony, child support, other)")
        y -= 44
        heads = [(L, 40, "CODE"), (L + 40, 70, "WHO (B, C, BOTH)"), (L + 110, 170, "PAYER / SOURCE"),
                 (L + 280, 110, "HOW OFTEN PAID"), (L + 390, R - L - 390, "GROSS PER MONTH $")]
        c.setFont("Helvetica-Bold", 6.5)
        for x, w, t in heads:
            c.rect(x, y - 3, w, 14, stroke=1, fill=0)
            c.drawString(x + 3, y + 1, t)
        y -= 3
        for i in range(6):
            y -= 20
            r = rows[i] if i < len(rows) else None
            vals = [r.code, r.who, up(r.payer), up(r.how), amt(r.monthly, ink)] if r else ["", "", "", "", ""]
            for (x, w, _), v in zip(heads, vals, strict=True):
                c.rect(x, y, w, 20, stroke=1, fill=0)
                pen.write(x + 4, y + 5, v, 8.5)
        y -= 20
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(L + 386, y + 6, "TOTAL GROSS MONTHLY INCOME")
        c.setLineWidth(1.2)
        c.rect(L + 390, y, R - L - 390, 20, stroke=1, fill=0)
        pen.write(L + 394, y + 5, amt(app.total, ink), 8.5)
        y = part(c, y - 30, "PART V - ASSETS")
        y = fields_row(c, pen, y, [(L, 150, "Checking", amt(r2(300 + app.seed * 13 % 900), ink)),
                                   (L + 180, 150, "Savings", amt(r2(50 + app.seed * 7 % 400), ink)),
                                   (L + 360, 160, "Other (describe)", "")])
        y = part(c, y + 4, "PART VI - CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, L, y + 8, R - L, [
            "We certify that the information in this application is true and complete, that the hardship described "
            "is the reason for our request, and that Harbor Point Community Bank may obtain our credit reports and "
            "verify what we have told it. Providing false information to a bank is a federal crime."],
            font="Helvetica", size=7.5, leading=9.5)
        sy = y - 36
        for cap, signs, dates, k in (("Borrower's signature", app.b_signs, app.b_dates, 0),
                                     ("Co-borrower's signature", bool(app.co) and app.co_signs,
                                      bool(app.co) and app.co_dates, 1)):
            c.setLineWidth(0.6)
            c.line(L, sy, L + 300, sy)
            c.line(L + 330, sy, R, sy)
            c.setFont("Helvetica", 6.3)
            c.setFillGray(0.35)
            c.drawString(L, sy - 9, cap.upper())
            c.drawString(L + 330, sy - 9, "DATE")
            c.setFillColor(black)
            if signs:
                pen.sign(L + 12, sy + 2, 190, app.seed + 41 + k)
            if dates:
                pen.write(L + 336, sy + 3, write_date(app.signed_on), 9)
            sy -= 46
        return pen.marks

    return Paper([page1, page2])


# --- packets -----------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    account: str | None = None
    benefit: str | None = None
    signed: bool = False
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan) -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = scans_pdf(sheets, style)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit, signed=lt.type == "tax_return")


def tax_doc(lt: Letter, year: int) -> Doc:
    return Doc("tax_return", {"tax_year": year, "form": "1040"}, lt.date, signed=True)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not app.signed or (app.co and not app.co_signed):
        out.append("application_signature")
    if app.start is None:
        out.append("application_field:hardship_start_date")
    if not app.hardships:
        out.append("application_field:hardship_types")
    if not app.by_code():
        out.append("application_field:income")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and a is not b and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]
    self_papers = any(d.type in ("tax_return", "profit_and_loss_statement") and d.signed and fresh(d.date)
                      for d in docs)

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or self_papers, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank or letter("other")}
    for k in app.by_code():
        if not rules[k]:
            out.append(f"income_doc:{k}")
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    for h in app.hardships:
        if h in need and not (need[h] & types):
            out.append(f"hardship_doc:{h}")
    if ("self_employment" in app.by_code() or "rental" in app.by_code()) and not any(
            d.type == "irs_form_4506c" and d.signed for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    codes = missing_codes(p.app, p.docs, p.received)
    docs = []
    for i, d in enumerate(p.docs, 1):
        docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
                     "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields})
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


def pays_before(kind: str, day: dt.date, n: int) -> list[dt.date]:
    """The last n pay dates of a schedule on or before `day`."""
    return [t[0] for t in schedule(kind, day)][-n:]


GREY300 = Scan(dpi=300, tilt=0.25, blur=0.65, noise=0.0004)
GREY240 = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0005)
GREY200 = Scan(dpi=200, tilt=0.5, blur=0.5, noise=0.0006)
FAX = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True)

WH_SCHOOL = Withholding(0.085, 0.065, "Oregon income tax", True, (("OEA-NEA dues", 38.50), ("Medical (Sec. 125)",
                                                                                             112.00)))
WH_COUNTY_OR = Withholding(0.08, 0.06, "Oregon income tax", True, (("457 deferred comp", 50.00),
                                                                    ("AFSCME Local 2908", 24.10)))
WH_COUNTY_MI = Withholding(0.09, 0.0425, "Michigan income tax", True, (("MERS retirement 5%", 105.60),
                                                                        ("Health insurance", 64.75)))
WH_QB_NE = Withholding(0.07, 0.03, "State income tax", True, (("Health Ins (pre-tax)", 46.00),))
WH_QB_MI = Withholding(0.06, 0.0425, "State income tax", True, ())
WH_QB_VT = Withholding(0.08, 0.0335, "State income tax", True, (("SIMPLE IRA", 37.60),))
WH_HAND_VT = Withholding(0.05, 0.0335, "State W/H", True, ())
WH_HAND_MI = Withholding(0.07, 0.0425, "State W/H", True, ())
WH_SCHOOL_VT = Withholding(0.07, 0.0335, "Vermont income tax", True, (("VSTRS retirement", 55.00),))


def packet_bm1(seed: int) -> Packet:
    """Pinecrest TFCU's RE-22 typed in a PDF editor and signed on screen by both members; a folder of e-mailed
    files; the joint member's county stub scanned at home."""
    received = dt.date(2047, 4, 9)
    addr = ["2218 Madrona Lane", "Alder Falls, OR 97420"]
    district = ("Alder Falls School District No. 7", "Payroll Office, 410 Mill Street, Alder Falls, OR 97420")
    stubs = [school_stub(*district, "Rebecca J. Lindqvist", "E-20417", "Teacher, Grade 4", "Birchwood Elementary",
                         d, 52950.00, ("Extra duty - yearbook", 150.00), WH_SCHOOL, seed)
             for d in pays_before("semi_school", received - dt.timedelta(days=5), 2)]
    county = county_greenbar_stub("Tillamet County", "Public Works - Roads", "Tomas A. Lindqvist", "004417",
                                  pays_before("biweekly", dt.date(2047, 4, 4), 1)[0], 24.85, WH_COUNTY_OR, seed,
                                  ot_chance=0.0)
    app = App("4471826609", "Rebecca J. Lindqvist", "947-22-1180", "2218 Madrona Lane", "Alder Falls", "OR", "97420",
              "(541) 555-0117", "rlindqvist@example.com", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2047, 1, 3), "long", {"wages": 4412.50}, dt.date(2047, 4, 3), co="Tomas A. Lindqvist",
              co_ssn="947-61-3302", co_phone="(541) 555-0190", co_email="tlindqvist@example.com",
              hardships_c=["reduction_in_income"], income_c={"wages": 4307.33}, seed=seed + 11)
    p = Packet("bm1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Hardship Request RE-22.pdf", paper_pdf(ptfcu_re22(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{folder}/Becky pay advice {s.date.strftime('%m-%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.scan(f"{folder}/Tomas stub.pdf", [(stub_doc(county), scan_paper(county.paper, GREY200, seed + 13))], GREY200)
    on = dt.date(2047, 4, 3)
    hl = hardship_letter([app.borrower, app.co or ""], addr, app.loan, on, "Pinecrest Teachers Federal Credit Union", [
        "In January our homeowner's insurance was not renewed after the wildfire maps were redrawn, and the only "
        "policy we could find costs $2,310 a year more. Our escrow payment went up by $196 a month.",
        "At the same time Tillamet County stopped paying Tomas for standby weekends and cut overtime on the road "
        "crews, which was about a fifth of his pay last year.",
        "We have been members for nineteen years. We would like to keep our home and ask the credit union to look "
        "at lowering our payment."], "screen", seed + 14)
    p.pdf(f"{folder}/our letter.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


def packet_bm2(seed: int) -> Packet:
    """The Farmers & Drovers Bank's Personal Financial Statement typed in a PDF editor and signed on screen by
    both applicants; loose files from the bank's upload page; the Social Security letter a paper copy scanned."""
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2047, 4, 23)
    addr = ["2210 Road 14", "Kessler, NE 68847"]
    vouchers = [qb_voucher("Prairie Implement Co.", ["Highway 30 East", "Kessler, NE 68847"],
                           "The Farmers & Drovers Bank, Kessler, Nebraska", "Harlan W. Opitz",
                           "2210 Road 14, Kessler, NE 68847", "2287", "biweekly", d, 10480 + i * 17, 22.00, 80.0,
                           "NE", WH_QB_NE, seed + 20) for i, d in enumerate(pays_before("biweekly",
                                                                                        dt.date(2047, 4, 19), 2))]
    ssa = ssa_verification("Dolores M. Opitz", addr, dt.date(2047, 3, 5), 1486.00, 185.00, "retirement",
                           "October 2045")
    net = vouchers[-1].fields["net_current"]
    bank = ("The Farmers & Drovers Bank", ["301 North Main Street  -  Kessler, Nebraska 68847  -  (308) 555-0160"])
    feb = [(3, "DEPOSIT - FARMHOUSE RENT", 650.00), (7, "PRAIRIE IMPLEMENT PAYROLL", net),
           (19, "SSA TREAS 310 XXSOC SEC", 1301.00), (21, "PRAIRIE IMPLEMENT PAYROLL", net)]
    mar = [(3, "DEPOSIT - FARMHOUSE RENT", 650.00), (7, "PRAIRIE IMPLEMENT PAYROLL", net),
           (19, "SSA TREAS 310 XXSOC SEC", 1301.00), (21, "PRAIRIE IMPLEMENT PAYROLL", net)]
    s1 = community_bank_statement(rng, *bank, ["Harlan W. Opitz", "Dolores M. Opitz"], addr, "10027715", 2047, 2,
                                  1188.42, feb)
    s2 = community_bank_statement(rng, *bank, ["Harlan W. Opitz", "Dolores M. Opitz"], addr, "10027715", 2047, 3,
                                  s1.fields["ending_balance"], mar)
    app = App("4400718823", "Harlan W. Opitz", "951-40-2287", "2210 Road 14", "Kessler", "NE", "68847",
              "(308) 555-0121", "hopitz@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2046, 11, 14), "long", {"wages": 3813.33, "wages:ot": 190.00, "rental": 260.00},
              dt.date(2047, 4, 15), co="Dolores M. Opitz", co_ssn="951-40-7731", co_phone="(308) 555-0188",
              income_c={"benefits_taxable": 1486.00, "rental": 260.00}, seed=seed + 21)
    p = Packet("bm2", received, app, [])
    loan = app.loan
    pfs = fdb_pfs(app, False, dt.date(2047, 4, 1), ("Service mechanic", "Retired"),
                  ("Prairie Implement Co.", "Retired"), ("04/11/1984", "09/02/1981"))
    p.pdf(f"FDB_{loan}_personal_financial_statement.pdf", paper_pdf(pfs), (app_doc(), 3))
    for v in vouchers:
        p.pdf(f"FDB_{loan}_paycheck_{v.date.strftime('%m%d')}.pdf", paper_pdf(v.paper), (stub_doc(v), 1))
    p.scan(f"FDB_{loan}_social_security.pdf", [(letter_doc(ssa), scan_paper(ssa.paper, GREY240, seed + 23))],
           GREY240)
    p.pdf(f"FDB_{loan}_stmt_feb.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf(f"FDB_{loan}_stmt_mar.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    t, _ = form4506c("Harlan", "W", "Opitz", "951-40-2287", "2210 Road 14", "Kessler", "NE", "68847",
                     "The Farmers & Drovers Bank", "(308) 555-0160", dt.date(2047, 4, 15), "(308) 555-0121", seed + 24,
                     ink=False)
    p.pdf(f"FDB_{loan}_4506C.pdf", t, (Doc("irs_form_4506c", {"signed": True, "signed_on": "2047-04-15"},
                                           dt.date(2047, 4, 15), signed=True), 1))
    on = dt.date(2047, 4, 15)
    hl = hardship_letter([app.borrower, app.co or ""], addr, loan, on, "The Farmers & Drovers Bank", [
        "Last November I had surgery on two discs in my lower back. I was off work for nine weeks and, since I "
        "went back, my doctor has kept me off the field-service calls, which paid most of my overtime in the "
        "harvest months.",
        "Dolores's Social Security and the rent from the old farmhouse help, but we fell three payments behind "
        "while I was out. We are asking the bank to add the missed payments to the loan or lower the payment."],
        "screen", seed + 25)
    p.pdf(f"FDB_{loan}_hardship_letter.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


def packet_bm3(seed: int) -> Packet:
    """Old Mill Savings Bank's questionnaire printed by hand, faxed from the town library behind a cover sheet
    with hand-written pay stubs, one credit union statement and the divorce order."""
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2047, 5, 7)
    addr = ["47 Tannery Brook Road", "Millbrook, VT 05346"]
    stubs = [handwritten_stub("Brodeur's Bakery", "9 Depot Square, Millbrook, VT 05346  -  (802) 555-0128",
                              "Shawna R. Kettering", 3180 + i * 3, d, 16.25, WH_HAND_VT, seed + 30,
                              hours=(32.0, 34.0, 35.5, 36.0))
             for i, d in enumerate(pays_before("weekly", dt.date(2047, 5, 3), 2))]
    net = stubs[-1].fields["net_current"]
    apr = [(4, "PAYROLL DEP BRODEURS BAKERY", net), (11, "PAYROLL DEP BRODEURS BAKERY", net),
           (12, "ACH VT OCS CHILD SUPPORT", 300.00), (18, "PAYROLL DEP BRODEURS BAKERY", net),
           (25, "PAYROLL DEP BRODEURS BAKERY", net), (26, "ACH VT OCS CHILD SUPPORT", 300.00)]
    stmt = cu_share_draft_statement(rng, "Millbrook Community Credit Union", "31 Main Street, Millbrook, VT 05346  -  "
                                    "(802) 555-0199", ["Shawna R. Kettering"], addr, "20331", "5520918044", 2047, 4,
                                    611.37, apr, Color(0.45, 0.25, 0.1))
    app = App("0078812345", "Shawna R. Kettering", "962-11-2291", "47 Tannery Brook Road", "Millbrook", "VT", "05346",
              "(802) 555-0133", "skettering@example.com", "primary_residence",
              ["reduction_in_income", "divorce_or_separation"], dt.date(2047, 1, 6), "long",
              {"wages": 2535.00, "other": 600.00}, dt.date(2047, 4, 28), seed=seed + 31)
    p = Packet("bm3", received, app, ["income_doc:other"])
    answers = {1: [app.loan], 2: [f"{app.borrower.upper()}   LAST 4: {app.ssn[-4:]}"], 3: ["NONE"],
               4: [app.street.upper(), f"{app.city.upper()}, {app.state} {app.zip}"], 5: ["PRIMARY RESIDENCE"],
               6: [f"{app.phone}   {app.email.upper()}"], 7: ["LESS INCOME, DIVORCE OR SEPARATION"],
               8: ["JANUARY 6TH, 2047"], 9: ["LONGER THAN SIX MONTHS"],
               10: ["MY DIVORCE BECAME FINAL IN FEBRUARY AND I KEPT THE", "HOUSE. THE BAKERY CUT EVERYONE'S HOURS "
                    "AFTER THE", "HOLIDAYS AND I LOST ABOUT 6 HOURS A WEEK."],
               11: ["$2,535.00 A MONTH"], 12: ["NONE"], 13: ["NONE"], 14: ["NONE"], 15: ["NONE"], 16: ["NONE"],
               17: ["NONE"], 18: ["$600.00 CHILD SUPPORT (PAID $300 TWICE A MONTH)"], 19: ["$3,135.00"],
               20: ["ABOUT $400"], 100: ["4-28-47"]}
    decree = divorce_decree(["STATE OF VERMONT", "SUPERIOR COURT - FAMILY DIVISION", "Windham Unit"],
                            "173-8-46 Wmdm", "Shawna R. Kettering", "Dale M. Kettering", app.address,
                            "Old Mill Savings Bank", dt.date(2047, 2, 14), "Marjorie T. Ashby", seed + 32)
    cover = fax_cover("Millbrook Free Public Library", "(802) 555-0150", "Old Mill Savings Bank - Loan Servicing",
                      "(802) 555-0116", received - dt.timedelta(days=1), 8, f"Shawna Kettering - loan {app.loan}")
    p.scan(f"FAX_{(received - dt.timedelta(days=1)).strftime('%Y%m%d')}_1642_8025550150.pdf", [
        (None, scan_paper(cover, FAX, seed + 300)),
        (app_doc(), scan_paper(omsb_questionnaire(app, answers), FAX, seed + 301)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, FAX, seed + 302)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, FAX, seed + 303)),
        (stmt_doc(stmt), scan_paper(stmt.paper, FAX, seed + 304)),
        (letter_doc(decree), scan_paper(decree.paper, FAX, seed + 305))], FAX)
    return p


def packet_bm4(seed: int) -> Packet:
    """Harbor Point Community Bank's LW-1 typed in a PDF editor; the borrower signed on screen, the co-borrower
    named on the form did not sign or date it; loose files; the co-borrower's paper voucher scanned."""
    received = dt.date(2047, 6, 11)
    addr = ["1406 Birch Hollow Drive", "Harbor Point, MI 49740"]
    county = county_greenbar_stub("Bexley County", "Sheriff's Office - Dispatch", "Delroy K. Fairweather", "011893",
                                  pays_before("biweekly", dt.date(2047, 6, 7), 1)[0], 26.40, WH_COUNTY_MI, seed + 40)
    voucher = qb_voucher("Lakeview Family Dental", ["214 Bay Street", "Harbor Point, MI 49740"],
                         "Harbor Point Community Bank", "Annette L. Fairweather",
                         "1406 Birch Hollow Drive, Harbor Point, MI 49740", "1024", "semi_after",
                         pays_before("semi_after", dt.date(2047, 6, 7), 1)[0], 5121, 19.50, 80.0, "MI", WH_QB_MI,
                         seed + 41)
    rows = [IncomeRow("W", "B", "Bexley County Sheriff's Office", "Every 2 weeks", 4576.00),
            IncomeRow("W", "C", "Lakeview Family Dental", "Twice a month", 3120.00)]
    app = App("3310045872", "Delroy K. Fairweather", "938-50-6617", "1406 Birch Hollow Drive", "Harbor Point", "MI",
              "49740", "(231) 555-0162", "dfairweather@example.net", "primary_residence",
              ["disability_or_illness", "other"], dt.date(2047, 2, 17), "short", {"wages": 4576.00},
              dt.date(2047, 6, 5), co="Annette L. Fairweather", co_ssn="938-77-1024", co_phone="(231) 555-0163",
              income_c={"wages": 3120.00}, other_text="Paying for my mother's assisted living since February",
              co_signs=False, co_dates=False, seed=seed + 42)
    p = Packet("bm4", received, app, ["application_signature"])
    loan = app.loan
    lw1 = hpcb_lw1(app, False, ["Illness or injury", "Other (explain below)"], rows, mdy)
    p.pdf(f"{loan} workout application.pdf", paper_pdf(lw1), (app_doc(), 2))
    p.pdf(f"{loan} Delroy earnings statement.pdf", paper_pdf(county.paper), (stub_doc(county), 1))
    p.scan(f"{loan} Annette paystub.pdf", [(stub_doc(voucher), scan_paper(voucher.paper, GREY200, seed + 43))],
           GREY200)
    on = dt.date(2047, 6, 5)
    hl = hardship_letter([app.borrower], addr, loan, on, "Harbor Point Community Bank", [
        "In February I had a heart attack and bypass surgery. I was off work for eleven weeks; my sick leave ran out "
        "after four and the rest was unpaid. I am back at dispatch now on light duty with my doctor's release.",
        "Also since February we have been paying $900 a month toward my mother's assisted living in Petoskey after "
        "her savings ran out. My wife and I cannot cover that, our medical bills and the full mortgage payment.",
        "We would like a few months of reduced payments, then to add what we missed to the end of the loan."],
        "screen", seed + 44, dated=long_date(on))
    p.pdf(f"{loan} hardship letter.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


def packet_bm5(seed: int) -> Packet:
    """Pinecrest TFCU's RE-22 printed by hand by both members and scanned with everything else into one file in a
    folder named after the loan; the only pay stubs are January's."""
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2047, 5, 21)
    addr = ["5830 Old Ferry Road", "Alder Falls, OR 97420"]
    district = ("Alder Falls School District No. 7", "Payroll Office, 410 Mill Street, Alder Falls, OR 97420")
    stubs = [school_stub(*district, "Gerald P. Osterhout", "E-11862", "Custodian II", "Alder Falls High School", d,
                         38400.00, ("Night differential", 85.00), WH_SCHOOL, seed + 50)
             for d in pays_before("semi_school", dt.date(2047, 1, 31), 2)]
    ssi = ssi_notice("Irene B. Osterhout", addr, dt.date(2047, 4, 2), 967.00, dt.date(2047, 5, 1),
                     "we reviewed your income and resources")
    apr = [(1, "SSA TREAS 310 XXSUPP SEC", 967.00), (15, "ALDER FALLS SD PAYROLL", 1118.42),
           (30, "ALDER FALLS SD PAYROLL", 1118.42)]
    stmt = cu_share_draft_statement(rng, "Pinecrest Teachers Federal Credit Union", "1450 Schoolhouse Road, Alder "
                                    "Falls, OR 97420  -  (541) 555-0142", ["Gerald P. Osterhout", "Irene B. Osterhout"],
                                    addr, "611840", "7702184436", 2047, 4, 842.90, apr, PTFCU_GREEN)
    app = App("4471930052", "Gerald P. Osterhout", "930-48-7725", "5830 Old Ferry Road", "Alder Falls", "OR",
              "97420", "(541) 555-0174", "gposterhout@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2047, 2, 1), "long", {"wages": 2880.00}, dt.date(2047, 5, 14), co="Irene B. Osterhout",
              co_ssn="930-48-1906", co_phone="(541) 555-0175", income_c={"benefits_nontaxable": 967.00},
              seed=seed + 51)
    p = Packet("bm5", received, app, ["income_doc:wages"])
    p.scan(f"{app.loan}/Scan_20470521_090712.pdf", [
        (app_doc(), scan_paper(ptfcu_re22(app, ink=True), GREY300, seed + 500)),
        (letter_doc(ssi), scan_paper(ssi.paper, GREY300, seed + 501)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, GREY300, seed + 502)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, GREY300, seed + 503)),
        (stmt_doc(stmt), scan_paper(stmt.paper, GREY300, seed + 504))], GREY300)
    return p


def packet_bm6(seed: int) -> Packet:
    """The Farmers & Drovers Bank's Personal Financial Statement printed by hand by a self-employed carpenter,
    with his signed 2046 Form 1040, a 4506-C signed in ink and a typed letter signed in ink; one 240 dpi scan per
    paper in a folder named after the loan."""
    received = dt.date(2047, 3, 19)
    addr = ["118 West Elm Street", "Kessler, NE 68847"]
    app = App("4400562190", "Curtis L. Brandvold", "970-33-5186", "118 West Elm Street", "Kessler", "NE", "68847",
              "(308) 555-0149", "brandvoldcarpentry@example.com", "primary_residence",
              ["reduction_in_income", "disaster"], dt.date(2046, 9, 23), "short", {"self_employment": 3950.00},
              dt.date(2047, 3, 12), seed=seed + 61)
    p = Packet("bm6", received, app, [])
    folder = app.loan
    pfs = fdb_pfs(app, True, dt.date(2047, 3, 1), ("Carpenter - self-employed", ""),
                  ("Brandvold Carpentry (self)", ""), ("07/30/1979", ""))
    tax = form1040("Curtis L", "Brandvold", app.ssn, app.street, app.city, app.state, app.zip, 2046, 47400.00, 38.00,
                   "CARPENTER", dt.date(2047, 3, 3), seed + 62)
    pdf4506, marks4506 = form4506c("Curtis", "L", "Brandvold", app.ssn, app.street, app.city, app.state, app.zip,
                                   "The Farmers & Drovers Bank", "(308) 555-0160", dt.date(2047, 3, 12), app.phone,
                                   seed + 63, ink=True)
    on = dt.date(2047, 3, 12)
    hl = hardship_letter([app.borrower], addr, app.loan, on, "The Farmers & Drovers Bank", [
        "On September 23 last year the hailstorm that went through Kessler took the roof off my shop building on "
        "Elm Street and ruined most of my tools and the lumber I had bought for two jobs. Insurance paid for the "
        "roof but not for the tools, which were not covered.",
        "I lost most of October and November getting set up again and had to turn down work, so my income for the "
        "fall was about half of normal. Jobs are coming back in for the spring and I expect to be caught up by "
        "summer. I am asking the bank for a few months of interest-only payments."], "ink", seed + 64)
    papers = [(app_doc(), scan_paper(pfs, GREY240, seed + 600)),
              (tax_doc(tax, 2046), scan_paper(tax.paper, GREY240, seed + 601)),
              (Doc("irs_form_4506c", {"signed": True, "signed_on": "2047-03-12"}, on, signed=True),
               scan_sheets(pdf4506, [marks4506], GREY240, seed + 602)),
              (letter_doc(hl), scan_paper(hl.paper, GREY240, seed + 603))]
    for i, (doc, sheets) in enumerate(papers, 1):
        p.scan(f"{folder}/DOC031847_{i:04d}.pdf", [(doc, sheets)], GREY240)
    return p


def packet_bm7(seed: int) -> Packet:
    """Old Mill Savings Bank's questionnaire printed by hand by a couple who left question 8 (the date the
    hardship began) empty; loose 240 dpi scans, the husband's two pay vouchers in one file."""
    received = dt.date(2047, 7, 16)
    addr = ["233 Cold River Road", "Millbrook, VT 05346"]
    vouchers = [qb_voucher("Green Mountain Millwork", ["1180 Route 30", "Millbrook, VT 05346"],
                           "Old Mill Savings Bank, Millbrook, Vermont", "Jonah E. Whitcomb",
                           "233 Cold River Road, Millbrook, VT 05346", "4408", "biweekly", d, 7730 + i * 31, 23.50,
                           80.0, "VT", WH_QB_VT, seed + 70) for i, d in enumerate(pays_before("biweekly",
                                                                                              dt.date(2047, 7, 12), 2))]
    paula = school_stub("West River Valley School District", "Business Office, 50 School Street, Millbrook, VT "
                        "05346", "Paula J. Whitcomb", "WR-3318", "Paraeducator", "Millbrook Elementary School",
                        pays_before("semi_school", dt.date(2047, 7, 12), 1)[0], 26400.00, None, WH_SCHOOL_VT, seed + 71)
    reloc = relocation_letter("Jonah E. Whitcomb", addr, dt.date(2047, 6, 20), "Green Mountain Millwork",
                              "1180 Route 30, Millbrook, VT 05346  -  (802) 555-0181", "Millbrook",
                              "Glens Falls, New York", dt.date(2047, 8, 4), seed + 72)
    app = App("0079104466", "Jonah E. Whitcomb", "915-60-4408", "233 Cold River Road", "Millbrook", "VT", "05346",
              "(802) 555-0186", "jwhitcomb@example.net", "primary_residence", ["relocation"], None, "long",
              {"wages": 4073.33}, dt.date(2047, 7, 9), co="Paula J. Whitcomb", co_ssn="915-72-0931",
              co_phone="(802) 555-0187", income_c={"wages": 2200.00}, seed=seed + 73)
    p = Packet("bm7", received, app, ["application_field:hardship_start_date"])
    answers = {1: [app.loan], 2: [f"{app.borrower.upper()} - SSN ENDS {app.ssn[-4:]}"],
               3: [f"YES, MY WIFE {(app.co or '').upper()} - SSN ENDS {(app.co_ssn or '')[-4:]}"],
               4: [f"{app.street.upper()}", f"{app.city.upper()}, VERMONT {app.zip}"], 5: ["PRIMARY RESIDENCE"],
               6: [f"{app.phone}   {app.email.upper()}"], 7: ["JOB TRANSFER"],
               9: ["LONGER THAN SIX MONTHS"],
               10: ["GREEN MOUNTAIN MILLWORK IS CLOSING THE MILLBROOK SHOP AND", "MOVING MY JOB TO GLENS FALLS NY. "
                    "WE NEED TO KEEP THE HOUSE", "UNTIL PAULA'S SCHOOL YEAR ENDS AND WE CAN SELL IT."],
               11: ["$6,273.33 TOTAL", "JONAH $4,073.33 + PAULA $2,200.00"], 12: ["NONE"], 13: ["NONE"],
               14: ["NONE"], 15: ["NONE"], 16: ["NONE"], 17: ["NONE"], 18: ["NONE"], 19: ["$6,273.33"],
               20: ["ABOUT $1,100"], 100: ["7-9-47"], 101: ["7-9-47"]}
    loan = app.loan
    p.scan(f"{loan} questionnaire.pdf", [(app_doc(), scan_paper(omsb_questionnaire(app, answers), GREY240,
                                                                seed + 700))], GREY240)
    p.scan(f"{loan} Jonah pay.pdf", [(stub_doc(v), scan_paper(v.paper, GREY240, seed + 701 + i))
                                     for i, v in enumerate(vouchers)], GREY240)
    p.scan(f"{loan} Paula pay.pdf", [(stub_doc(paula), scan_paper(paula.paper, GREY240, seed + 704))], GREY240)
    p.scan(f"{loan} transfer letter.pdf", [(letter_doc(reloc), scan_paper(reloc.paper, GREY240, seed + 705))],
           GREY240)
    return p


def packet_bm8(seed: int) -> Packet:
    """Harbor Point Community Bank's LW-1 printed by hand by both spouses, dates like "9-2-2047"; hand-written
    weekly stubs, a Social Security disability letter and a hand-printed letter on notebook paper; one 240 dpi
    scan per paper in a folder named after the loan."""
    received = dt.date(2047, 9, 10)
    addr = ["615 Cherry Street", "Harbor Point, MI 49740"]
    stubs = [handwritten_stub("Lakeside Auto Body", "2401 US-31 North, Harbor Point, MI 49740  -  (231) 555-0177",
                              "Ruben T. Castellano", 5508 + i * 4, d, 21.00, WH_HAND_MI, seed + 80)
             for i, d in enumerate(pays_before("weekly", dt.date(2047, 9, 5), 2))]
    ssdi = ssa_verification("Lydia M. Castellano", addr, dt.date(2047, 8, 6), 1342.00, 185.00, "disability",
                            "April 2046")
    rows = [IncomeRow("W", "B", "Lakeside Auto Body", "Weekly", 3640.00),
            IncomeRow("T", "C", "Social Security (SSDI)", "Monthly", 1342.00)]
    app = App("3310087714", "Ruben T. Castellano", "928-14-3350", "615 Cherry Street", "Harbor Point", "MI", "49740",
              "(231) 555-0158", "rcastellano@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2046, 10, 14), "long", {"wages": 3640.00}, dt.date(2047, 9, 2), co="Lydia M. Castellano",
              co_ssn="928-40-1176", co_phone="(231) 555-0159", income_c={"benefits_taxable": 1342.00},
              seed=seed + 81)
    p = Packet("bm8", received, app, [])

    def dashed(d: dt.date) -> str:
        return f"{d.month}-{d.day}-{d.year}"

    lw1 = hpcb_lw1(app, True, ["Illness or injury", "Disability"], rows, dashed)
    on = dt.date(2047, 9, 2)
    hl = handwritten_letter(app.borrower, on, dashed(on), "TO HARBOR POINT COMMUNITY BANK, LOAN DEPT.", [
        "My wife Lydia has multiple sclerosis. She had a bad relapse last October and had to quit her job at the "
        "hospital laundry. Since April she gets Social Security disability, but it is less than half of what she "
        "made.",
        "I work full time at the body shop but we fell behind with her medicine and the months with no check. We "
        "want to stay in our house and ask you to lower the payment or add the missed payments to the loan."],
        seed + 82)
    folder = app.loan
    papers = [(app_doc(), lw1), (stub_doc(stubs[0]), stubs[0].paper), (stub_doc(stubs[1]), stubs[1].paper),
              (letter_doc(ssdi), ssdi.paper), (letter_doc(hl), hl.paper)]
    for i, (doc, paper) in enumerate(papers, 1):
        p.scan(f"{folder}/scan{i:04d}.pdf", [(doc, scan_paper(paper, GREY240, seed + 800 + i))], GREY240)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bm1, packet_bm2, packet_bm3, packet_bm4, packet_bm5, packet_bm6,
                                             packet_bm7, packet_bm8]


def check(out: Path, whole: bool = True) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and the scenario; for the
    whole set also that at least three packets are complete and three incomplete."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    statuses = []
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        statuses.append(exp["status"])
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year != 2047 or received.weekday() > 4:
            problems.append(f"{name}: received {received} is not a weekday of 2047")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None:
                dt.date.fromisoformat(app[k])
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and co_borrower_signed disagree")
        if not exp_path.parent.joinpath("inbox").is_dir():
            problems.append(f"{name}: no inbox")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES:
                problems.append(f"{name}: type {doc['type']}")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    problems.append(f"{name}: page listed twice {key}")
                seen.add(key)
                path = exp_path.parent / "inbox" / pg["file"]
                if not path.is_file():
                    problems.append(f"{name}: missing file {pg['file']}")
                    continue
                reader = readers.setdefault(pg["file"], PdfReader(path))
                if pg["page"] > len(reader.pages):
                    problems.append(f"{name}: no page {key}")
                    continue
                has_text = bool(reader.pages[pg["page"] - 1].extract_text().replace(SYNTH, "").strip())
                if has_text == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={has_text} on {key}")
            for k, v in doc["fields"].items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                start, end = dt.date.fromisoformat(f["period_start"]), dt.date.fromisoformat(f["period_end"])
                span = (end - start).days + 1
                if span not in {"weekly": {7}, "biweekly": {14}, "semimonthly": {13, 14, 15, 16},
                                "monthly": {28, 29, 30, 31}}[f["frequency"]]:
                    problems.append(f"{name}: period of {span} days for a {f['frequency']} stub")
        for f in {pg["file"] for d in exp["documents"] for pg in d["pages"]}:
            reader = readers[f]
            listed = {pg["page"] for d in exp["documents"] for pg in d["pages"] if pg["file"] == f}
            unlisted = set(range(1, len(reader.pages) + 1)) - listed
            for n in unlisted:  # only cover sheets may go unlisted
                text = reader.pages[n - 1].extract_text()
                if text.replace(SYNTH, "").strip():
                    problems.append(f"{name}: unlisted born-digital page {f}#{n}")
    if whole and (statuses.count("complete") < 3 or statuses.count("incomplete") < 3):
        problems.append(f"need at least 3 complete and 3 incomplete packets, got {statuses}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bm1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out, whole=not args.only)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
