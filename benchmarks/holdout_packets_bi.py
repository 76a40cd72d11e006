"""A holdout set of borrower packets (bi1..bi8) built around ONE large servicer's own dense grid form with comb
fields, laid out unlike the shared samples and unlike every earlier set (a, b .. z, aa .. bf), written without
looking at the service's code, rules, data files or tests, to estimate honestly how it reads borrower mail in
layouts it has never seen.

    python benchmarks/holdout_packets_bi.py OUT_DIR [--seed N] [--check] [--only bi1 bi5 ..]

Writes OUT_DIR/<packet>/inbox/... (the files as the borrower, a copy shop's fax or the servicer's capture station
delivered them) and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
tests/sample_compare.compare scores a case.json against it. Each packet is its own batch: process it with
`--received-on <received_on>`. Received dates are weekdays between March and November 2046.

THEME - A LARGE SERVICER'S OWN DENSE GRID FORM WITH COMB FIELDS
Ridgemark National Mortgage Servicing, N.A. (Loss Mitigation Department, P.O. Box 660417, Dallas TX; fax
(972) 555-0140) asks its borrowers for its own three-page "MORTGAGE ASSISTANCE REQUEST", Form RNM-2210
(Rev. 11/2045), instead of Form 710. Every page opens with a navy rounded square holding a white "R", "RIDGEMARK /
National Mortgage Servicing, N.A.", the address line, the title and "Form RNM-2210 (Rev. 11/2045) | Page n of 3" at
the right and a navy rule. The form is a GRID OF RULED CELLS: every answer lives in a box whose label is printed
in a small SHADED CELL AT THE TOP-LEFT INSIDE THE BOX ("A5  Borrower's name (first, middle, last)"), with the
answer below it in the same box. Sections open with a full-width navy bar in white capitals ("SECTION A     BORROWER
AND LOAN INFORMATION"). COMB FIELDS (one character a little box): the loan number (12 boxes, filled from the right
so a ten-digit number leaves two empty boxes; repeated in a comb under the title on pages 2 and 3), the SSN's last
four digits (4 boxes), the state (2), the ZIP code (5, leading zeros kept), the number of people in the household
(2), and every date as MM DD YYYY boxes (groups of 2, 2 and 4 with tiny "MM", "DD", "YYYY" captions under them).
Money is a comb too: "$", six dollar boxes filled from the right (no thousands separator), a PRINTED DECIMAL POINT
and two cents boxes (seven dollar boxes in sections E and F).

Page 1 - a three-line instruction strip and a "FOR RIDGEMARK USE ONLY - DATE RECEIVED" cell with an empty date comb
(a distractor); SECTION A: A1 loan number comb | A2 people in household comb | A3 preferred language | A4 best time
to call (Morning / Afternoon / Evening boxes); A5 borrower's name | A6 SSN last 4 comb | A7 borrower's phone; A8
co-borrower's name | A9 SSN last 4 comb | A10 co-borrower's phone; A11 / A12 e-mail addresses; A13 contact method
(six check boxes in a row). SECTION B: B1 property street; B2 city | B3 state comb | B4 ZIP comb | B5 county; B6
mailing address if different (a P.O. box in bi3 - a distractor); B7 "This property is" [ ] My primary residence
[ ] A second home [ ] An investment property; B8 a YES / NO GRID - a shaded header row "B8 ANSWER EVERY QUESTION |
YES | NO", then seven rows each with the question in the wide left cell and one box in each of the YES and NO
cells (keep the property, listed for sale, rented to a tenant, HOA fees, second lien, military, bankruptcy); B9 HOA
name | B10 second lien; B11 real estate agent; a "NOTICE TO BORROWERS" box (HUD and CFPB numbers).
Page 2 - SECTION C: C1 "Date the hardship began" as an MM DD YYYY comb | C2 Short-term / Long-term or permanent /
Resolved boxes; C3 the ten reasons as a 3-COLUMN GRID OF CHECK-BOX CELLS filled DOWN THE COLUMNS (column 1:
unemployment, reduction in income, increase in housing expenses, disaster; column 2: disability or serious
illness, divorce or legal separation, separation of borrowers not married to each other; column 3: death of a
borrower or wage earner, distant employment transfer or relocation, other; the two unused cells shaded), each box
at the left of its cell and the servicer's own wording beside it; C4 other hardship - describe; C5 a few words of
explanation (up to four lines). SECTION D "MONTHLY GROSS INCOME": a table with the columns INCOME TYPE | BORROWER |
CO-BORROWER | TOTAL and one row per income type - D1 gross wages ..., D2 self-employment, D3 unemployment, D4 taxable
Social Security / pension / disability ..., D5 non-taxable Social Security or disability, D6 rental, D7 investment
or insurance, D8 alimony / child support / separate maintenance, D9 other income (with a typed description) - each
cell a money comb; the row's TOTAL cell holds borrower + co-borrower; a shaded D10 TOTAL MONTHLY GROSS INCOME row
holds the column sums and the grand total. SECTION E assets and SECTION F monthly housing expenses: 2 x 2 cells of
money combs (checking, savings, stocks, retirement; first mortgage payment, second lien, insurance and taxes, HOA
fees) - distractors; F5 / F6 housing counselor cells.
Page 3 - SECTION G documents to send (numbered, naming pay stubs, statements, 4506-C ... - distractor prose);
SECTION H the certification in nine numbered paragraphs; SECTION I an optional third-party authorization row; a
"FOR RIDGEMARK USE ONLY" box with an empty date comb and an employee-ID comb; then at the BOTTOM of the page SECTION
J "SIGNATURES": two side-by-side boxes "J1 BORROWER SIGNATURE" and "J2 CO-BORROWER SIGNATURE", each a big "X" and a
signature line, and under it two cells "J1a Printed name" and "J1b Date signed" (an MM DD YYYY comb).

How RNM-2210 is filled:
- ELECTRONICALLY (bi1, bi4, bi7): born-digital; names, addresses, phones, e-mails and the explanation typed in
  Helvetica; every comb character drawn on its own, centred in its box (so the text layer holds loose characters,
  after the printed form in stream order); ticks are a typed "X"; each signature is a drawn stroke path (signed on a
  screen) and the date typed into the J comb.
- ELECTRONICALLY, THEN PRINTED, SIGNED IN INK AND SCANNED (bi2, bi6): the same typed answers, the signature in pen
  and the date written in pen ONE DIGIT A BOX, scanned grey at 300 dpi (JPEG, no text layer, tilted 0.18 - 0.4
  degrees, a little blurred and speckled). In bi2 the co-borrower's printed name is typed but her signature box and
  date comb are EMPTY.
- BY HAND (bi3, bi5, bi8): the blank form printed and every answer hand-printed in capitals - one letter a box in
  the combs, free capitals in the name and address cells, ticks as an X or a check mark - by three different hands
  (thin upright capitals; leaning capitals with check marks; round capitals), signed in ink, and FAXED AT FINE
  RESOLUTION: 204 x 196 dpi black and white (the page images are 1734 x 2156 pixels on letter pages), the sending
  machine's header line ("MAY 22 2046 14:05  FROM: MESA MAIL COPY  9705550150  P.002/009") across the top of every
  page; light shading (the label cells, the ruled paper of a letter) drops out as a fax does.

Expected application values come straight from what is written: loan_number the A1 comb; borrower_name and
co_borrower_name the A5 / A8 cells (co_borrower_name null when A8 is empty); ssn_last4 the A6 comb;
property_address "B1, B2, B3 B4"; occupancy the B7 box; hardship_types the ticked C3 cells; hardship_start_date the
C1 comb (null when the comb is empty - bi6); income: per code the sum of the TOTAL cells of its rows (D1 -> wages,
D2 -> self_employment, D3 -> unemployment, D4 -> benefits_taxable, D5 -> benefits_nontaxable, D6 -> rental, D7 ->
investment, D8 + D9 -> other), only codes above zero, and `total` the D10 grand total (always the sum of the lines);
signed = J1 signature and J1b date both present, signed_on the J1b comb; co_borrower_signed = J2 signature and J2b
date both present (null without a co-borrower).

PAY STUBS (every year-to-date figure is the sum of that calendar year's checks, each drawn from its own seeded
history; the frequency is printed; monthly_gross = current gross x periods a year / 12)
- Pinnacrest Payroll Services' "Earnings Statement" (bi1, bi4, bi6, bi7 borrower): the employer's name and address
  top-left, "Earnings Statement" in teal top-right with the provider's line and a three-peak mark; a 2 x 4 grid of
  cells with small teal captions (EMPLOYEE NAME, EMPLOYEE ID, DEPARTMENT, PAY FREQUENCY / PERIOD BEGINNING, PERIOD
  ENDING, PAY DATE, VOUCHER NO.); an earnings table whose YEAR-TO-DATE COLUMNS COME BEFORE THE CURRENT ONES -
  "Earnings | Rate | YTD Hours | YTD Amount | Hours | Current Amount" - closed by an "Earnings Total" row; Taxes and
  Deductions tables side by side (YTD | Current, "Taxes Total", "Deductions Total"); a grey "Net Pay  YTD ...
  Current ..." band; the direct-deposit line; below a perforation a NON-NEGOTIABLE voucher repeating the net pay
  and the date.
- Ledgerwell HCM's "PAY STATEMENT" (bi2, bi5, bi7 co-borrower, bi8): a green band with the employer in white capitals
  and "PAY STATEMENT"; the employee block at the left, a 2 x 2 box of Check Date / Pay Frequency / Period Start /
  Period End at the right; "Hours & Earnings" - "Description | YTD Hours | YTD Amount | Rate | Hours | Current" -
  closed by "Total Hours & Earnings"; Taxes and Deductions tables (YTD before Current, before-tax deductions
  starred); a summary grid whose "Year-to-Date" row comes BEFORE the "Current" row under "Gross Wages | Fed Taxable
  Wages | Total Taxes | Total Deductions | Net Pay" (Fed Taxable Wages is a distractor).
Expected: employer, employee_name, pay_date (Pay Date / Check Date), period_start, period_end, frequency
(Bi-Weekly -> biweekly, Semi-Monthly -> semimonthly, Weekly -> weekly), gross_current (Earnings Total / Total Hours
& Earnings current = Gross Wages current), gross_ytd (the same rows' YTD amount), net_current (Net Pay current),
monthly_gross. Semi-monthly checks are paid on the period's last day, or the Friday before it when it is a weekend
(so a pay date may fall a day before the period ends).

BANK STATEMENTS
- Iron Range Community Bank (bi6, two consecutive months, two pages each): a brown "IR" roundel, "Account Number:
  ******4471", "Period: 06/01/2046 - 06/30/2046", "Page n of 2"; NO SUMMARY BOX AT ALL - one "Date | Transaction
  Description | Amount | Balance" register in Courier, signed amounts, opened by a "BALANCE FORWARD" row (the
  beginning_balance) and continued on page 2; the ending_balance is only the running Balance of the LAST row.
- Back Bay Savings Bank (bi7, two consecutive months, one page each): "Statement Period: 07/01/46 thru 07/31/46" with
  TWO-DIGIT YEARS, "Account: 44-XXXX-9013", a summary box Previous Balance / Deposits/Credits (n) / Withdrawals/Debits
  (n) / New Balance (beginning_balance = Previous Balance, ending_balance = New Balance), deposits and withdrawals
  listed apart with mm/dd/yy dates, a DAILY BALANCES strip.
Expected: bank_name, account_last4, period_start, period_end, beginning_balance, ending_balance.

OTHER PAPERS
- A PROFIT AND LOSS printed from accounting software (bi3, "TallyBook Online"): company, "Profit and Loss",
  "January - March, 2046" centred, a TOTAL column, account-numbered lines under Income / Cost of Goods Sold /
  Expenses with their totals, GROSS PROFIT, NET OPERATING INCOME and NET INCOME, the software's footer "Accrual Basis
  Friday, April 6, 2046 8:14 AM GMT-07:00 ... 1/1" (a printed date that is not the period); under it the owner's
  hand-written certification, signature, printed name and "Date 4/6/2046". Expected: period_start, period_end,
  net_income, signed (true).
- Page 1 of the real IRS Form 4506-C (Rev. 10-2022) filled in by hand, signed and dated (bi3). Expected: signed,
  signed_on.
- Hardship letters TYPED (bi1 and bi4 e-mailed unsigned, bi7 unsigned, bi2 and bi6 printed and signed in ink) and
  HAND-WRITTEN in running handwriting on ruled notebook paper (bi3 "April 6, 2046", bi5 "May 14, 2046" signed by
  both spouses, bi8 "Oct 28 2046"). Expected: letter_date.
- An unemployment compensation "NOTICE OF FINANCIAL DETERMINATION" (bi2; unemployment_benefit_letter: letter_date,
  benefit_type unemployment); a VA benefit summary letter (bi4; benefit_award_letter, benefits_nontaxable); a
  teachers' retirement association's pension verification (bi5; benefit_award_letter, benefits_taxable) - both with
  letter_date, monthly_amount and benefit_type; a railroad contractor's notice of transfer (bi5;
  employer_relocation_letter, letter_date); a water and sewer bill (bi4) and an insurer's storm-claim acknowledgment
  (bi7), both type other with no fields.
- Copy shops' typed FAX COVER SHEETS (bi3, bi5, bi8) are not documents and are not listed.

PACKETS AND DELIVERIES
- bi1 COMPLETE (2046-03-26): a folder named after the loan holding born-digital e-mailed files - the form typed and
  signed on screen, two fresh bi-weekly Pinnacrest stubs, a typed letter; reduction in income and increased housing
  expenses need no papers. 4 documents.
- bi2 INCOMPLETE application_signature (2046-04-16): ONE 300 dpi grey scan "Pellegrino 5520913846.pdf" - the typed
  form signed and dated in pen by the borrower only (the co-borrower named in A8 did not sign), two fresh
  semi-monthly Ledgerwell stubs, the co-borrower's unemployment determination (D3, nothing required), the husband's
  signed letter. 5 documents.
- bi3 COMPLETE (2046-04-10): ONE fine fax "FAX_20460410_093112.pdf" behind a cover sheet - the hand-printed form
  (self-employment only, a P.O. box as mailing address), the signed P&L of the first quarter, the hand-filled 4506-C,
  the hand-written letter covering the illness. 4 documents.
- bi4 INCOMPLETE income_doc:wages, STALE (2046-06-11): loose born-digital files "<loan>_....pdf" - the typed form
  signed on screen by both, the borrower's only pay stubs paid 2046-02-15 and 2046-02-28 (more than 90 days old),
  the co-borrower's fresh VA letter (D5), a typed letter (illness), a water bill. 6 documents.
- bi5 COMPLETE (2046-05-22): ONE fine fax "Fax_6158027394_0522.pdf" behind a cover sheet - the hand-printed form
  signed by both, two fresh weekly Ledgerwell stubs, the transfer notice (relocation), the wife's pension letter
  (D4 in the co-borrower column), the hand-written letter. 6 documents.
- bi6 INCOMPLETE application_field:hardship_start_date + irs_form_4506c (2046-08-21): a folder named after the loan
  with one grey scan per paper "SCAN0001.PDF" .. "SCAN0005.PDF" - the typed form with the C1 comb LEFT EMPTY, signed
  and dated in pen; a fresh Pinnacrest stub; two consecutive fresh Iron Range statements showing the rent (so rental
  income is documented) but no 4506-C; a signed typed letter. 5 documents.
- bi7 COMPLETE (2046-09-25): loose born-digital files "<loan>-01.pdf" .. "-07.pdf" - the typed form signed on screen
  by two sisters (wages in both columns, alimony on D8 and a church stipend on D9 summed into `other`, an HOA name),
  one stub each (Pinnacrest and Ledgerwell), two consecutive fresh Back Bay statements of their joint account, the
  storm-claim letter, a typed letter explaining the "other" hardship. 7 documents.
- bi8 INCOMPLETE hardship_doc:divorce_or_separation (2046-11-06): a folder named after the loan holding one fine fax
  "FX20461106-142207.pdf" - cover sheet, the hand-printed form, two fresh bi-weekly Ledgerwell stubs, the
  hand-written letter; no decree, separation agreement or quitclaim deed. 4 documents.

Expected status and missing codes are never typed by hand: `missing_codes` is a small implementation of
shared/spec/checklist.md (the Form 710 profile: signatures, required answers, income documentation per claimed
income type with the 90-day freshness rule and "two most recent bank statements" = two consecutive periods of one
account, both fresh; hardship documentation per hardship type; 4506-C for self-employment or rental income) applied
to the expected.json facts of the packet. Each packet also states the codes its scenario is built to produce and the
run fails if the rules disagree. `--check` re-reads everything written: the keys, codes, status, a weekday of 2046,
income lines summing to the total, the checklist re-run on expected.json alone, document ids, every listed page
existing exactly once, every page of every file either listed or a known fax cover sheet, `scanned` matching the
absence of a text layer, the synthetic-document line in every born-digital page's text, pay-stub arithmetic
(monthly_gross, net < gross <= year to date), the key figures of every born-digital paper present in its text layer,
and fax pages at fine resolution. Deterministic for a seed: reportlab in invariant mode, seeded noise (numpy) and
hand-writing jitter, pypdf output with fixed identifiers. All people, employers, banks, agencies and the servicer are
fictional; SSNs use the 900-999 area; every page carries a faint "synthetic test document" line (printed black on
faxed pages so it survives the fax).
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
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
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
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if p.is_dir()), REPO.parent / "shared")
FORM4506C = SHARED / "reference" / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
SYNTH = "synthetic test document - every person, employer, bank and number here is fictional"
W, H = letter
TOOL = "holdout_packets_bi"

HARDSHIPS = (
    "unemployment",
    "reduction_in_income",
    "increase_in_housing_expenses",
    "disaster",
    "disability_or_illness",
    "divorce_or_separation",
    "separation_unmarried",
    "death",
    "relocation",
    "other",
)
INCOMES = (
    "wages",
    "self_employment",
    "unemployment",
    "benefits_taxable",
    "benefits_nontaxable",
    "rental",
    "investment",
    "other",
)
OCCUPANCIES = ("primary_residence", "second_home", "investment_property")
DOC_TYPES = (
    "mortgage_assistance_application",
    "pay_stub",
    "bank_statement",
    "hardship_letter",
    "profit_and_loss_statement",
    "tax_return",
    "w2",
    "irs_form_4506c",
    "unemployment_benefit_letter",
    "benefit_award_letter",
    "investment_statement",
    "rent_check",
    "divorce_decree",
    "quitclaim_deed",
    "death_certificate",
    "obituary",
    "medical_statement",
    "employer_relocation_letter",
    "military_pcs_orders",
    "separator_sheet",
    "other",
)
REQUIRED_FIELDS = (
    "loan_number",
    "borrower_name",
    "property_address",
    "occupancy",
    "hardship_types",
    "hardship_start_date",
    "income",
)
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def mdy2(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + (1e-9 if v >= 0 else -1e-9), 2)


def weekday(d: dt.date) -> dt.date:
    if d.weekday() > 4:
        raise ValueError(f"{d} is not a weekday")
    return d


# --- marks: what a person adds to a printed page -----------------------------------------------------------------


@dataclass
class Mark:
    """One answer put on a page. Coordinates are PDF points from the page's bottom-left.

    kind "box": one character centred in the box (x, y, w, h); "text": a string from (x, y) on its baseline;
    "x": a tick centred on (x, y), size = the check box's side; "sig": a signature w wide on baseline (x, y);
    "script": running handwriting (a hand-written letter). `pen`: made in ink even on a form filled on a computer.
    """

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 0.0
    h: float = 0.0
    size: float = 9.0
    pen: bool = False
    seed: int = 0


PageFn = Callable[[Canvas], list[Mark]]


@dataclass
class Paper:
    pages: list[PageFn]


def synth_line(c: Canvas) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.45)
    c.drawRightString(W - 20, 9, SYNTH)
    c.restoreState()


def scrawl(seed: int, w: float, h: float = 20.0) -> list[list[tuple[float, float]]]:
    """The strokes of a signature w points wide: one or two words, each a tall looped capital and a run of
    cursive loops (a trochoid) that shrinks, then often an underline."""
    rng = random.Random(seed)
    strokes: list[list[tuple[float, float]]] = []
    words = rng.choice((1, 2, 2))
    share = (0.38, 0.62) if words == 2 else (1.0,)
    x = rng.uniform(0.0, 4.0)
    slant = rng.uniform(0.12, 0.35)
    for k in range(words):
        span = w * share[k] - 6
        cap = []
        turns = rng.uniform(0.9, 1.4)
        for i in range(40):
            t = i / 39 * 2 * math.pi * turns
            py = h * 0.5 + h * 0.5 * math.cos(t)
            cap.append((x + 5 * math.sin(t) + t * 1.2 + py * slant, py))
        strokes.append(cap)
        r = rng.uniform(2.4, 3.6)
        v = rng.uniform(1.4, 2.4)
        amp = rng.uniform(0.8, 1.25)
        start = cap[-1][0] + 2
        body = []
        t = 0.0
        while True:
            fade = 1 - 0.5 * (t * v) / max(span, 1)
            py = h * 0.18 + r * amp * fade * (1 - math.cos(t)) * (1.6 if rng.random() < 0.08 else 1.0)
            px = start + v * t - r * 0.8 * math.sin(t) + py * slant
            if px > x + span:
                break
            body.append((px, py))
            t += 0.32
        if len(body) > 2:
            strokes.append(body)
        x += span + 6
    if rng.random() < 0.75:
        y0 = rng.uniform(-3.0, -0.5)
        strokes.append([(rng.uniform(0, 8), y0), (w * 0.5, y0 + rng.uniform(-1, 1.5)), (w * 0.96, y0 + 2.5)])
    return strokes


def vector_signature(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.1, 0.13, 0.42))
    c.setLineWidth(1.0)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in scrawl(m.seed, m.w):
        path = c.beginPath()
        path.moveTo(m.x + stroke[0][0], m.y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(m.x + px, m.y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def type_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    """Marks typed into the PDF (a form filled on a computer), signatures drawn as strokes on a screen."""
    for m in marks:
        if m.kind == "box":
            c.setFont("Helvetica", m.size)
            c.drawCentredString(m.x + m.w / 2, m.y + (m.h - m.size * 0.7) / 2, m.text)
        elif m.kind == "text":
            c.setFont("Helvetica", m.size)
            c.drawString(m.x, m.y, m.text)
        elif m.kind == "x":
            c.setFont("Helvetica-Bold", m.size + 1)
            c.drawCentredString(m.x, m.y - (m.size + 1) * 0.35, "X")
        elif m.kind == "sig":
            vector_signature(c, m)
        else:
            c.setFont("Helvetica-Oblique", m.size)
            c.drawString(m.x, m.y, m.text)


def render_paper(paper: Paper, mode: str) -> tuple[bytes, list[list[Mark]]]:
    """The PDF of a paper and, per page, the marks still to be made in ink.

    mode "screen": every mark typed (signatures as strokes) - a born-digital file; "print": typed answers, the pen
    marks left for ink (filled on a computer, printed, signed); "hand": a blank form, every mark left for ink."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setCreator(TOOL)
    inks: list[list[Mark]] = []
    for fn in paper.pages:
        marks = fn(c)
        if mode == "screen":
            typed, ink = marks, []
        elif mode == "print":
            typed, ink = [m for m in marks if not m.pen], [m for m in marks if m.pen]
        else:
            typed, ink = [], marks
        type_marks(c, typed)
        synth_line(c)
        c.showPage()
        inks.append(ink)
    c.save()
    return buf.getvalue(), inks


def digital(paper: Paper) -> bytes:
    return render_paper(paper, "screen")[0]


# --- hand-writing on a raster -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hand:
    """A person's pen: the face their capitals look like, their running hand, slant, size and tick."""

    block: str
    script: str
    slant: float = 0.0
    scale: float = 1.0
    tick: str = "x"
    ink: int = 38
    weight: float = 0.035


HANDS = {
    "upright": Hand("dejavu/DejaVuSans-ExtraLight.ttf", "dejavu/DejaVuSans-Oblique.ttf", 0.0, 0.95, "x", 36, 0.055),
    "leaning": Hand(
        "dejavu/DejaVuSansCondensed.ttf", "liberation2/LiberationSans-Italic.ttf", -6.0, 0.95, "check", 44, 0.02
    ),
    "boxy": Hand("liberation2/LiberationSans-Regular.ttf", "dejavu/DejaVuSerif-Italic.ttf", 2.5, 0.92, "x", 30, 0.03),
}
_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def _font(name: str, px: int) -> ImageFont.FreeTypeFont:
    key = (name, px)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(str(FONT_DIR / name), px)
    return _FONTS[key]


def paint_glyph(
    img: Image.Image, ch: str, x: float, base: float, px: int, angle: float, face: str, hand: Hand, stroke: int
) -> float:
    """Draw one character by hand with its left baseline at (x, base) pixels; return its advance."""
    font = _font(face, px)
    pad = px
    tile = Image.new("L", (px * 3, px * 3), 0)
    ImageDraw.Draw(tile).text(
        (pad, 2 * pad), ch, fill=255, font=font, anchor="ls", stroke_width=stroke, stroke_fill=255
    )
    tile = tile.rotate(angle, resample=Image.Resampling.BILINEAR, center=(pad, 2 * pad))
    x0, y0 = round(x - pad), round(base - 2 * pad)
    img.paste(hand.ink, (x0, y0, x0 + tile.size[0], y0 + tile.size[1]), tile)
    return font.getlength(ch)


def ink_marks(img: Image.Image, marks: Sequence[Mark], scale: float, hand: Hand, seed: int) -> None:
    """Make the marks in ink on a page image rendered at `scale` pixels a point."""
    draw = ImageDraw.Draw(img)
    for n, m in enumerate(marks):
        rng = random.Random(seed * 7919 + n * 104729 + m.seed)
        if m.kind == "box":
            px = round(m.size * 1.12 * scale * hand.scale * rng.uniform(0.93, 1.05))
            ch = m.text.upper()
            adv = _font(hand.block, px).getlength(ch)
            cx = (m.x + m.w / 2) * scale + rng.uniform(-0.09, 0.09) * m.w * scale
            cy = (H - m.y - m.h / 2) * scale + rng.uniform(-0.07, 0.07) * m.h * scale
            stroke = max(0, round(m.size * 1.12 * scale * hand.scale * hand.weight))
            paint_glyph(
                img, ch, cx - adv / 2, cy + 0.36 * px, px, hand.slant + rng.uniform(-5, 5), hand.block, hand, stroke
            )
        elif m.kind in ("text", "script"):
            face = hand.block if m.kind == "text" else hand.script
            text = m.text.upper() if m.kind == "text" else m.text
            px0 = round(m.size * (1.08 if m.kind == "text" else 1.25) * scale * hand.scale)
            x = m.x * scale
            base = (H - m.y) * scale
            drift = rng.uniform(-0.012, 0.012)
            stroke = max(0, round(px0 * hand.weight * (1.0 if m.kind == "text" else 0.35)))
            for i, ch in enumerate(text):
                if ch == " ":
                    x += px0 * rng.uniform(0.3, 0.42)
                    continue
                px = max(6, round(px0 * rng.uniform(0.94, 1.06)))
                adv = paint_glyph(
                    img,
                    ch,
                    x,
                    base + i * drift * px0 + rng.uniform(-0.05, 0.05) * px0,
                    px,
                    hand.slant + rng.uniform(-3.5, 3.5),
                    face,
                    hand,
                    stroke,
                )
                x += adv * rng.uniform(0.99, 1.1) + px0 * 0.03
        elif m.kind == "x":
            cx, cy = m.x * scale, (H - m.y) * scale
            a = m.size * 0.55 * scale
            width = max(2, round(1.1 * scale))
            j = [rng.uniform(-0.15, 0.15) * a for _ in range(8)]
            if hand.tick == "check":
                pts = [
                    (cx - a + j[0], cy + j[1]),
                    (cx - a * 0.2 + j[2], cy + a * 0.85 + j[3]),
                    (cx + a * 1.2 + j[4], cy - a * 1.3 + j[5]),
                ]
                draw.line(pts, fill=hand.ink, width=width, joint="curve")
            else:
                draw.line([(cx - a + j[0], cy - a + j[1]), (cx + a + j[2], cy + a + j[3])], fill=hand.ink, width=width)
                draw.line([(cx + a + j[4], cy - a + j[5]), (cx - a + j[6], cy + a + j[7])], fill=hand.ink, width=width)
        elif m.kind == "sig":
            width = max(2, round(1.15 * scale))
            for stroke in scrawl(m.seed, m.w):
                pts = [((m.x + px) * scale, (H - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=hand.ink, width=width, joint="curve")


# --- scanning and faxing ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How paper became a PDF: "grey" (a copier's 300 dpi grey JPEG scan) or "fax" (fine resolution, 204 x 196 dpi,
    black and white, the sending machine's header line across the top of every page)."""

    kind: str = "grey"
    dpi: int = 300
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0005
    header: str = ""  # fax: the header line; {page} and {pages} are filled in


FAX_DPI = (204, 196)


def rasterize(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()


def inked_pages(pdf: bytes, inks: Sequence[Sequence[Mark]], style: Scan, hand: Hand, seed: int) -> list[Image.Image]:
    """Print a PDF at the scanner's resolution and make each page's ink marks on the sheet."""
    dpi = FAX_DPI[0] if style.kind == "fax" else style.dpi
    pages = rasterize(pdf, dpi)
    for i, img in enumerate(pages):
        ink_marks(img, inks[i] if i < len(inks) else [], dpi / 72, hand, seed * 31 + i)
    return pages


def degrade(img: Image.Image, style: Scan, seed: int, page: int, pages: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    out = img
    if style.kind == "fax":
        draw = ImageDraw.Draw(out)
        if style.header:
            font = _font("dejavu/DejaVuSansMono.ttf", 22)
            draw.text((40, 10), style.header.format(page=page, pages=pages), fill=0, font=font)
        # the faint synthetic-document line would drop out of a black-and-white fax: it goes through in black
        small = _font("dejavu/DejaVuSans.ttf", 17)
        draw.rectangle(
            (out.size[0] - 40 - small.getlength(SYNTH), out.size[1] - 46, out.size[0], out.size[1]), fill=255
        )
        draw.text(
            (out.size[0] - 20 * FAX_DPI[0] / 72, out.size[1] - 9 * FAX_DPI[0] / 72),
            SYNTH,
            fill=0,
            font=small,
            anchor="rs",
        )
    tilt = style.tilt * (1 if seed % 2 else -1)
    out = out.rotate(tilt, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if style.kind == "fax":  # fine mode: 204 dpi across, 196 dpi down
        out = out.resize((out.size[0], round(out.size[1] * FAX_DPI[1] / FAX_DPI[0])), Image.Resampling.BILINEAR)
    a = np.asarray(out, dtype=np.float32)
    if style.kind == "fax":
        a = a + rng.normal(0, 14, a.shape)
        a = np.where(a > 150, 255, 0).astype(np.float32)
    else:
        a = 16 + a * 0.91 + rng.normal(0, 3.0, a.shape)
    flat = a.reshape(-1)
    k = int(flat.size * style.noise)
    idx = rng.integers(0, flat.size, k)
    flat[idx] = np.where(flat[idx] > 128, 40 if style.kind != "fax" else 0, 235 if style.kind != "fax" else 255)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def images_pdf(images: Sequence[Image.Image], style: Scan) -> bytes:
    """An image-only PDF of letter pages: grey JPEG scans, or black and white fax pages."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setCreator("RNMS capture station" if style.kind == "grey" else "RNMS fax server")
    for img in images:
        data = io.BytesIO()
        if style.kind == "fax":
            img.save(data, "PNG")
        else:
            img.save(data, "JPEG", quality=74)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": TOOL})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def wrap(text: str, font: str, size: float, width: float, caps: bool = False) -> list[str]:
    """Lines of at most `width` points; `caps` measures them as hand-printed capitals (wider than typed)."""
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial.upper() if caps else trial, font, size) > width and line:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


def paragraphs(
    c: Canvas,
    x: float,
    y: float,
    width: float,
    paras: Sequence[str],
    font: str = "Times-Roman",
    size: float = 11.0,
    leading: float = 14.5,
    gap: float = 8.0,
) -> float:
    c.setFont(font, size)
    for para in paras:
        for ln in wrap(para, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        y -= gap
    return y


# --- the servicer's grid form, RNM-2210 ---------------------------------------------------------------------------

SERVICER = "Ridgemark National Mortgage Servicing, N.A."
SERVICER_ADDR = ("Loss Mitigation Department", "P.O. Box 660417", "Dallas, TX 75266-0417")
SERVICER_FAX = "(972) 555-0140"
FORM_ID = "RNM-2210 (Rev. 11/2045)"
NAVY = Color(0.07, 0.19, 0.39)
L, R = 30.0, 582.0

# income rows of section D: (row, label lines, income code)
INCOME_ROWS = (
    ("D1", ("Gross wages, salary, overtime, commissions, tips", "and bonuses"), "wages"),
    ("D2", ("Self-employment income (net, after business", "expenses)"), "self_employment"),
    ("D3", ("Unemployment benefits",), "unemployment"),
    (
        "D4",
        ("Taxable Social Security, pension, disability, death", "benefits, adoption assistance, public assistance"),
        "benefits_taxable",
    ),
    ("D5", ("Non-taxable Social Security or disability income",), "benefits_nontaxable"),
    ("D6", ("Rental income (rents received)",), "rental"),
    ("D7", ("Investment or insurance income",), "investment"),
    ("D8", ("Alimony, child support or separate maintenance",), "other"),
    ("D9", ("Other income - describe:",), "other"),
)
# hardship grid of section C, filled DOWN the columns: (column, row) -> hardship
HARDSHIP_GRID = {
    (0, 0): ("unemployment", "Unemployment"),
    (0, 1): ("reduction_in_income", "Reduction in income (fewer hours, lower pay or lost overtime)"),
    (0, 2): ("increase_in_housing_expenses", "Increase in housing expenses (taxes, insurance, HOA, repairs)"),
    (0, 3): ("disaster", "Disaster (natural or man-made) affecting the home or the job"),
    (1, 0): ("disability_or_illness", "Long-term or permanent disability, or serious illness"),
    (1, 1): ("divorce_or_separation", "Divorce or legal separation"),
    (1, 2): ("separation_unmarried", "Separation of borrowers who are not married to each other"),
    (2, 0): ("death", "Death of a borrower or of a wage earner in the household"),
    (2, 1): ("relocation", "Distant employment transfer or relocation"),
    (2, 2): ("other", "Other hardship (describe in C4)"),
}
YES_NO = (
    ("keep", "a.  Do you want to keep this property?"),
    ("for_sale", "b.  Is the property listed for sale or under a contract of sale?"),
    ("tenant", "c.  Is any part of the property rented to a tenant?"),
    ("hoa", "d.  Do you pay homeowners' association (HOA) or condominium fees?"),
    ("second_lien", "e.  Is there a second mortgage, home equity line or other lien on the property?"),
    ("military", "f.  Is any borrower on active military duty, or the surviving spouse of a servicemember?"),
    ("bankrupt", "g.  Has any borrower filed for bankruptcy in the last 24 months?"),
)


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area
    street: str
    city: str
    state: str
    zip: str
    county: str
    phone: str
    email: str
    occupancy: str
    hardships: list[str]
    start: dt.date | None
    duration: str  # short | long | resolved
    income_b: dict[str, float]  # section D row -> borrower column
    signed_on: dt.date
    co: str | None = None
    co_ssn: str = ""
    co_phone: str = ""
    co_email: str = ""
    income_c: dict[str, float] = field(default_factory=dict)  # row -> co-borrower column
    b_signs: bool = True
    co_signs: bool = True
    pen_date: bool = False  # printed form: the date written in pen, one digit a box
    other_text: str = ""
    other_income_text: str = ""
    explanation: str = ""
    household: int = 2
    language: str = "English"
    mailing: str = ""
    answers: dict[str, bool] = field(default_factory=dict)
    assets: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    housing: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    contact: str = "Cell"
    hoa_name: str = ""
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    def row_total(self, row: str) -> float:
        return r2(self.income_b.get(row, 0.0) + self.income_c.get(row, 0.0))

    def column_total(self, col: dict[str, float]) -> float:
        return r2(sum(col.values()))

    @property
    def total(self) -> float:
        return r2(self.column_total(self.income_b) + self.column_total(self.income_c))

    def income_by_code(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for row, _, code in INCOME_ROWS:
            v = self.row_total(row)
            if v > 0:
                out[code] = r2(out.get(code, 0.0) + v)
        return out

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = dict(self.income_by_code())
        income["total"] = self.total
        return {
            "loan_number": self.loan,
            "borrower_name": self.borrower,
            "co_borrower_name": self.co,
            "ssn_last4": self.ssn[-4:],
            "property_address": self.address,
            "occupancy": self.occupancy,
            "hardship_types": sorted(self.hardships),
            "hardship_start_date": self.start.isoformat() if self.start else None,
            "income": income,
            "signed": self.b_signs,
            "signed_on": self.signed_on.isoformat() if self.b_signs else None,
            "co_borrower_signed": None if self.co is None else self.co_signs,
        }


def tab(c: Canvas, x: float, top: float, label: str, size: float = 5.6) -> None:
    """The small shaded label cell at the top-left inside a box."""
    w = stringWidth(label, "Helvetica-Bold", size) + 6
    c.setFillGray(0.8)
    c.rect(x + 0.4, H - top - 9.2, w, 8.8, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", size)
    c.drawString(x + 3.2, H - top - 6.6, label)


def gcell(c: Canvas, x: float, top: float, w: float, h: float, label: str) -> None:
    c.setLineWidth(0.6)
    c.setStrokeGray(0.15)
    c.rect(x, H - top - h, w, h, stroke=1, fill=0)
    if label:
        tab(c, x, top, label)


def bar(c: Canvas, top: float, text: str, h: float = 13.0) -> None:
    c.setFillColor(NAVY)
    c.rect(L, H - top - h, R - L, h, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8.2)
    c.drawString(L + 5, H - top - h + 3.6, text)
    c.setFillColor(black)


def comb(
    c: Canvas, x: float, y: float, n: int, bw: float, bh: float, groups: Sequence[int] = (), gap: float = 5.0
) -> list[tuple[float, float, float, float]]:
    """n character boxes from (x, y) (bottom-left), split into groups with a gap between; returns the boxes."""
    sizes = list(groups) or [n]
    boxes = []
    c.setLineWidth(0.5)
    c.setStrokeGray(0.3)
    for g, size in enumerate(sizes):
        for _ in range(size):
            c.rect(x, y, bw, bh, stroke=1, fill=0)
            boxes.append((x, y, bw, bh))
            x += bw
        if g < len(sizes) - 1:
            x += gap
    c.setStrokeGray(0.15)
    return boxes


def comb_marks(
    boxes: Sequence[tuple[float, float, float, float]],
    text: str,
    size: float = 9.5,
    right: bool = False,
    pen: bool = False,
    seed: int = 0,
) -> list[Mark]:
    if right:
        boxes = boxes[len(boxes) - len(text) :]
    return [
        Mark("box", b[0], b[1], ch, b[2], b[3], size, pen, seed + i)
        for i, (b, ch) in enumerate(zip(boxes, text, strict=False))
        if ch != " "
    ]


def date_comb(
    c: Canvas, x: float, y: float, bw: float = 12.0, bh: float = 13.0
) -> list[tuple[float, float, float, float]]:
    boxes = comb(c, x, y, 8, bw, bh, (2, 2, 4), gap=7.0)
    c.setFont("Helvetica", 4.6)
    c.setFillGray(0.35)
    for (bx, by, _bw, _), cap in ((boxes[0], "MM"), (boxes[2], "DD"), (boxes[4], "YYYY")):
        c.drawString(bx + 0.5, by - 5.0, cap)
    c.setFillColor(black)
    return boxes


def money_comb(
    c: Canvas, x: float, y: float, dollars: int = 6, bw: float = 9.4, bh: float = 12.0
) -> tuple[list[tuple[float, float, float, float]], list[tuple[float, float, float, float]]]:
    """'$' + dollar boxes + a printed decimal point + two cents boxes."""
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x, y + 3, "$")
    d = comb(c, x + 7, y, dollars, bw, bh)
    px = x + 7 + dollars * bw + 2.6
    c.circle(px, y + 1.8, 0.9, stroke=0, fill=1)
    cents = comb(c, px + 2.6, y, 2, bw, bh)
    return d, cents


def money_marks(
    boxes: tuple[list[tuple[float, float, float, float]], list[tuple[float, float, float, float]]],
    amount: float,
    size: float = 8.2,
    seed: int = 0,
) -> list[Mark]:
    if amount <= 0:
        return []
    dollars, cents = divmod(round(amount * 100), 100)
    ds = str(dollars)
    if len(ds) > len(boxes[0]):
        raise ValueError(f"{amount} does not fit the comb")
    return comb_marks(boxes[0], ds, size, right=True, seed=seed) + comb_marks(
        boxes[1], f"{cents:02d}", size, seed=seed + 50
    )


def cbox(c: Canvas, x: float, y: float, s: float = 7.0) -> tuple[float, float]:
    c.setLineWidth(0.6)
    c.rect(x, y, s, s, stroke=1, fill=0)
    return x + s / 2, y + s / 2


def tick(center: tuple[float, float], on: bool, seed: int = 0) -> list[Mark]:
    return [Mark("x", center[0], center[1], size=7.0, seed=seed)] if on else []


def inline_choices(
    c: Canvas,
    x: float,
    y: float,
    options: Sequence[str],
    chosen: set[str],
    seed: int,
    size: float = 7.2,
    spacing: float = 14.0,
) -> list[Mark]:
    marks: list[Mark] = []
    for i, opt in enumerate(options):
        ctr = cbox(c, x, y - 1)
        c.setFont("Helvetica", size)
        c.drawString(x + 10, y, opt)
        marks += tick(ctr, opt in chosen, seed + i)
        x += 10 + stringWidth(opt, "Helvetica", size) + spacing
    return marks


def form_header(c: Canvas, page: int, loan: str) -> list[Mark]:
    c.setFillColor(NAVY)
    c.roundRect(L, H - 66, 36, 36, 4, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 21)
    c.drawCentredString(L + 18, H - 57, "R")
    c.setStrokeColor(white)
    c.setLineWidth(1.4)
    c.line(L + 6, H - 61, L + 30, H - 61)
    c.setStrokeColor(black)
    c.setFillColor(NAVY)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(L + 44, H - 44, "RIDGEMARK")
    c.setFont("Helvetica", 8.2)
    c.drawString(L + 44, H - 54.5, "National Mortgage Servicing, N.A.")
    c.setFillColor(black)
    c.setFont("Helvetica", 6.2)
    c.drawString(
        L + 44, H - 64, f"{SERVICER_ADDR[0]}  |  {SERVICER_ADDR[1]}  |  {SERVICER_ADDR[2]}  |  Fax {SERVICER_FAX}"
    )
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(R, H - 42, "MORTGAGE ASSISTANCE REQUEST")
    c.setFont("Helvetica", 6.8)
    c.drawRightString(R, H - 51, f"Form {FORM_ID}   |   Page {page} of 3")
    marks: list[Mark] = []
    if page > 1:
        c.setFont("Helvetica-Bold", 5.8)
        c.drawRightString(R - 12 * 10.5 - 4, H - 62, "LOAN NUMBER")
        boxes = comb(c, R - 12 * 10.5, H - 68, 12, 10.5, 12)
        marks = comb_marks(boxes, loan.rjust(12), 8.6, seed=page * 100)
    else:
        c.setFont("Helvetica-Oblique", 6.5)
        c.drawRightString(R, H - 61, "Type, or print in CAPITAL LETTERS - one character a box.")
    c.setStrokeColor(NAVY)
    c.setLineWidth(1.6)
    c.line(L, H - 76, R, H - 76)
    c.setStrokeColor(black)
    return marks


def form_footer(c: Canvas, page: int) -> None:
    c.setFont("Helvetica", 6)
    c.setFillGray(0.25)
    c.drawString(
        L, 22, f"{FORM_ID}   {SERVICER} is a debt collector. Information you give us will be used for that purpose."
    )
    c.drawRightString(R, 22, f"RNM-2210  {page}/3")
    c.setFillColor(black)


def rnm2210(app: App) -> Paper:
    """Ridgemark's three-page grid form; each page draws itself blank and returns the answers as marks."""
    seed = app.seed * 1000
    co = app.co is not None

    def page1(c: Canvas) -> list[Mark]:
        marks = form_header(c, 1, app.loan)
        # instructions strip and the office-use cell
        c.setFont("Helvetica", 6.6)
        y = H - 91
        for ln in (
            "Complete every box that applies to you. Amounts in Section D are MONTHLY and BEFORE TAXES.",
            "Return all three pages, signed and dated on page 3, with the documents listed in Section G.",
            "Questions? Call Ridgemark Homeowner Assistance at (800) 555-0192, Monday - Friday 8 a.m. - 8 p.m.",
        ):
            c.drawString(L + 2, y, ln)
            y -= 8.2
        gcell(c, 412, 82, 170, 28, "FOR RIDGEMARK USE ONLY - DATE RECEIVED")
        date_comb(c, 420, H - 82 - 21, 10, 10)
        bar(c, 114, "SECTION A     BORROWER AND LOAN INFORMATION")
        # row A-1
        top, h = 127.0, 32.0
        gcell(c, L, top, 200, h, "A1  Loan number")
        marks += comb_marks(comb(c, L + 6, H - top - h + 4, 12, 14.5, 16), app.loan.rjust(12), 10.5, seed=seed + 1)
        gcell(c, L + 200, top, 92, h, "A2  People in household")
        marks += comb_marks(
            comb(c, L + 206, H - top - h + 4, 2, 14.5, 16), str(app.household).rjust(2), 10.5, seed=seed + 20
        )
        gcell(c, L + 292, top, 110, h, "A3  Preferred language")
        marks.append(Mark("text", L + 298, H - top - h + 7, app.language, size=9.5))
        gcell(c, L + 402, top, 150, h, "A4  Best time to call")
        marks += inline_choices(
            c, L + 407, H - top - h + 8, ("Morning", "Afternoon", "Evening"), {"Evening"}, seed + 30, 6.6, 6
        )
        # row A-2 / A-3
        for i, (who, ssn, phone, lab) in enumerate(
            ((app.borrower, app.ssn, app.phone, "Borrower"), (app.co or "", app.co_ssn, app.co_phone, "Co-borrower"))
        ):
            top = 159.0 + i * 31
            h = 31.0
            n = 5 + 3 * i
            gcell(c, L, top, 282, h, f"A{n}  {lab}'s name (first, middle, last)")
            if who:
                marks.append(Mark("text", L + 6, H - top - h + 7, who, size=10))
            gcell(c, L + 282, top, 90, h, f"A{n + 1}  SSN - last 4 digits")
            boxes = comb(c, L + 290, H - top - h + 4, 4, 15, 16)
            if ssn:
                marks += comb_marks(boxes, ssn[-4:], 10.5, seed=seed + 40 + i * 10)
            gcell(c, L + 372, top, 180, h, f"A{n + 2}  {lab}'s phone number")
            if phone:
                marks.append(Mark("text", L + 378, H - top - h + 7, phone, size=10))
        # row A-4
        top, h = 221.0, 28.0
        gcell(c, L, top, 276, h, "A11  Borrower's e-mail address")
        marks.append(Mark("text", L + 6, H - top - h + 6, app.email, size=9))
        gcell(c, L + 276, top, 276, h, "A12  Co-borrower's e-mail address")
        if co and app.co_email:
            marks.append(Mark("text", L + 282, H - top - h + 6, app.co_email, size=9))
        top, h = 249.0, 24.0
        gcell(c, L, top, 552, h, "A13  How should we contact you?")
        marks += inline_choices(
            c,
            L + 8,
            H - top - h + 6,
            ("Cell", "Home phone", "Work phone", "E-mail", "Text message", "Mail"),
            {app.contact},
            seed + 60,
        )
        # section B
        bar(c, 281, "SECTION B     PROPERTY")
        top, h = 294.0, 30.0
        gcell(c, L, top, 552, h, "B1  Property address - number and street, apartment or unit")
        marks.append(Mark("text", L + 6, H - top - h + 7, app.street, size=10))
        top, h = 324.0, 33.0
        gcell(c, L, top, 262, h, "B2  City")
        marks.append(Mark("text", L + 6, H - top - h + 7, app.city, size=10))
        gcell(c, L + 262, top, 64, h, "B3  State")
        marks += comb_marks(comb(c, L + 270, H - top - h + 4, 2, 15, 16), app.state, 10.5, seed=seed + 70)
        gcell(c, L + 326, top, 110, h, "B4  ZIP code")
        marks += comb_marks(comb(c, L + 332, H - top - h + 4, 5, 15, 16), app.zip, 10.5, seed=seed + 75)
        gcell(c, L + 436, top, 116, h, "B5  County")
        marks.append(Mark("text", L + 442, H - top - h + 7, app.county, size=9.5))
        top, h = 357.0, 28.0
        gcell(c, L, top, 552, h, "B6  Mailing address, if different from the property address")
        if app.mailing:
            marks.append(Mark("text", L + 6, H - top - h + 6, app.mailing, size=9.5))
        top, h = 385.0, 26.0
        gcell(c, L, top, 552, h, "B7  This property is")
        occ = {
            "primary_residence": "My primary residence",
            "second_home": "A second home",
            "investment_property": "An investment property",
        }
        marks += inline_choices(
            c, L + 110, H - top - h + 8, tuple(occ.values()), {occ[app.occupancy]}, seed + 80, 7.6, 26
        )
        # yes / no grid
        top = 419.0
        c.setFillGray(0.8)
        c.rect(L, H - top - 13, 552, 13, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 6.4)
        c.drawString(L + 4, H - top - 9, "B8  ANSWER EVERY QUESTION")
        c.drawCentredString(L + 468, H - top - 9, "YES")
        c.drawCentredString(L + 524, H - top - 9, "NO")
        top += 13
        for i, (key, question) in enumerate(YES_NO):
            y0 = H - top - 15
            c.rect(L, y0, 440, 15, stroke=1, fill=0)
            c.rect(L + 440, y0, 56, 15, stroke=1, fill=0)
            c.rect(L + 496, y0, 56, 15, stroke=1, fill=0)
            c.setFont("Helvetica", 7.2)
            c.drawString(L + 6, y0 + 4.6, question)
            yes = cbox(c, L + 464.5, y0 + 4)
            no = cbox(c, L + 520.5, y0 + 4)
            answer = app.answers.get(key, key == "keep")
            marks += tick(yes if answer else no, True, seed + 90 + i)
            top += 15
        top += 6
        gcell(c, L, top, 276, 30, "B9  HOA or condominium association name")
        gcell(c, L + 276, top, 276, 30, "B10  Second lien holder and loan number")
        if app.answers.get("hoa"):
            marks.append(Mark("text", L + 6, H - top - 30 + 7, app.hoa_name, size=9.5))
        top += 30
        gcell(c, L, top, 552, 30, "B11  Real estate agent's name and phone (only if the property is listed for sale)")
        top += 30
        # notice
        top += 8
        gcell(c, L, top, 552, 92, "NOTICE TO BORROWERS")
        c.setFont("Helvetica", 6.5)
        y = H - top - 20
        notice = (
            "We will tell you in writing within five business days that we received this request and whether "
            "anything else is needed. Send everything at once if you can: an application is reviewed only when "
            "it is complete.",
            "Free help from a HUD-approved housing counselor: (800) 569-4287 or www.hud.gov/counseling. The "
            "Consumer Financial Protection Bureau: (855) 411-2372 or www.consumerfinance.gov/mortgagehelp.",
            "Beware of anyone who asks for a fee to help you with this request. Ridgemark never charges a fee "
            "to review it.",
        )
        for para in notice:
            for ln in wrap(para, "Helvetica", 6.5, 536):
                c.drawString(L + 6, y, ln)
                y -= 8.2
            y -= 3
        form_footer(c, 1)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks = form_header(c, 2, app.loan)
        bar(c, 84, "SECTION C     HARDSHIP")
        top, h = 97.0, 34.0
        gcell(c, L, top, 190, h, "C1  Date the hardship began")
        boxes = date_comb(c, L + 8, H - top - h + 8, 12.5, 14)
        if app.start:
            marks += comb_marks(boxes, app.start.strftime("%m%d%Y"), 10, seed=seed + 200)
        gcell(c, L + 190, top, 362, h, "C2  The hardship is")
        dur = {
            "short": "Short-term (under 6 months)",
            "long": "Long-term or permanent (6 months or more)",
            "resolved": "Resolved",
        }
        marks += inline_choices(
            c, L + 198, H - top - h + 9, tuple(dur.values()), {dur[app.duration]}, seed + 210, 7.0, 12
        )
        top = 131.0
        gcell(c, L, top, 552, 14, "C3  Reason(s) for the hardship - check EVERY box that applies")
        top += 14
        cw, ch = 184.0, 22.0
        for col in range(3):
            for row in range(4):
                x, y0 = L + col * cw, H - top - (row + 1) * ch
                item = HARDSHIP_GRID.get((col, row))
                if item is None:
                    c.setFillGray(0.9)
                    c.rect(x, y0, cw, ch, stroke=1, fill=1)
                    c.setFillColor(black)
                    continue
                c.rect(x, y0, cw, ch, stroke=1, fill=0)
                ctr = cbox(c, x + 6, y0 + ch / 2 - 3.5)
                lines = wrap(item[1], "Helvetica", 6.9, cw - 24)
                c.setFont("Helvetica", 6.9)
                ty = y0 + ch / 2 + (len(lines) - 1) * 4 - 2.3
                for ln in lines:
                    c.drawString(x + 18, ty, ln)
                    ty -= 8
                marks += tick(ctr, item[0] in app.hardships, seed + 220 + col * 4 + row)
        top += 4 * ch
        h = 27.0
        gcell(c, L, top, 552, h, "C4  Other hardship - describe")
        if app.other_text:
            marks.append(Mark("text", L + 6, H - top - h + 6, app.other_text, size=9.5))
        top += h
        h = 58.0
        gcell(c, L, top, 552, h, "C5  Explain the hardship in a few words")
        y = H - top - 21
        for ln in wrap(app.explanation, "Helvetica-Bold", 9.6, 530, caps=True)[:4]:
            marks.append(Mark("text", L + 6, y, ln, size=9))
            y -= 11.5
        top += h + 8
        bar(c, top, "SECTION D     MONTHLY GROSS INCOME (before taxes and deductions)")
        top += 13
        cols = (
            (L, 246, "INCOME TYPE"),
            (L + 246, 102, "BORROWER"),
            (L + 348, 102, "CO-BORROWER"),
            (L + 450, 102, "TOTAL"),
        )
        c.setFillGray(0.8)
        c.rect(L, H - top - 14, 552, 14, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 6.8)
        for x, w, t in cols:
            c.line(x, H - top - 14, x, H - top)
            if t == "INCOME TYPE":
                c.drawString(x + 5, H - top - 9.6, t)
            else:
                c.drawCentredString(x + w / 2, H - top - 9.6, t)
        top += 14
        for i, (row, labels, _) in enumerate(INCOME_ROWS):
            rh = 19.0
            y0 = H - top - rh
            for x, w, _t in cols:
                c.rect(x, y0, w, rh, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 6.6)
            c.drawString(L + 4, y0 + rh - 8.2 if len(labels) > 1 else y0 + 7, row)
            c.setFont("Helvetica", 6.6)
            ty = y0 + rh - 8.2 if len(labels) > 1 else y0 + 7
            for ln in labels:
                c.drawString(L + 18, ty, ln)
                ty -= 7.6
            if row == "D9" and app.other_income_text:
                marks.append(Mark("text", L + 100, y0 + 6.5, app.other_income_text, size=8))
            vals = (app.income_b.get(row, 0.0), app.income_c.get(row, 0.0), app.row_total(row))
            for j, (x, _w, _t) in enumerate(cols[1:]):
                boxes = money_comb(c, x + 5, y0 + 3.5)
                marks += money_marks(boxes, vals[j], seed=seed + 300 + i * 10 + j * 100)
            top += rh
        rh = 21.0
        y0 = H - top - rh
        c.setFillGray(0.88)
        c.rect(L, y0, 552, rh, stroke=1, fill=1)
        c.setFillColor(black)
        for x, w, _t in cols:
            c.rect(x, y0, w, rh, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.2)
        c.drawString(L + 4, y0 + 7.5, "D10  TOTAL MONTHLY GROSS INCOME")
        totals = (app.column_total(app.income_b), app.column_total(app.income_c), app.total)
        for j, (x, _w, _t) in enumerate(cols[1:]):
            boxes = money_comb(c, x + 5, y0 + 4.5)
            marks += money_marks(boxes, totals[j], seed=seed + 600 + j)
        top += rh + 8
        bar(c, top, "SECTION E     ASSETS (do not include retirement accounts you cannot withdraw from)")
        top += 13
        labels_e = (
            "E1  Checking accounts and cash on hand",
            "E2  Savings, money market and CDs",
            "E3  Stocks, bonds and mutual funds",
            "E4  Retirement accounts - 401(k), IRA",
        )
        for i, lab in enumerate(labels_e):
            x = L + (i % 2) * 276
            t2 = top + (i // 2) * 30
            gcell(c, x, t2, 276, 30, lab)
            boxes = money_comb(c, x + 8, H - t2 - 30 + 4, 7, 10, 13)
            marks += money_marks(boxes, app.assets[i], 8.8, seed=seed + 700 + i * 10)
        top += 60 + 8
        bar(c, top, "SECTION F     MONTHLY HOUSING EXPENSES")
        top += 13
        labels_f = (
            "F1  First mortgage payment (principal, interest, escrow)",
            "F2  Second mortgage or HELOC payment",
            "F3  Homeowners' insurance and taxes not in escrow",
            "F4  HOA or condominium fees",
        )
        for i, lab in enumerate(labels_f):
            x = L + (i % 2) * 276
            t2 = top + (i // 2) * 30
            gcell(c, x, t2, 276, 30, lab)
            boxes = money_comb(c, x + 8, H - t2 - 30 + 4, 7, 10, 13)
            marks += money_marks(boxes, app.housing[i], 8.8, seed=seed + 750 + i * 10)
        top += 60
        gcell(c, L, top, 276, 28, "F5  Housing counseling agency helping you (if any)")
        gcell(c, L + 276, top, 276, 28, "F6  Counselor's name and phone number")
        form_footer(c, 2)
        return marks

    def page3(c: Canvas) -> list[Mark]:
        marks = form_header(c, 3, app.loan)
        bar(c, 84, "SECTION G     DOCUMENTS TO SEND WITH THIS REQUEST")
        gcell(c, L, 97, 552, 104, "")
        docs = (
            "Wages: your most recent pay stub showing year-to-date earnings, or your two most recent bank "
            "statements showing the deposits.",
            "Self-employment: a signed profit and loss statement for the most recent quarter or year to date, or "
            "your most recent signed tax return, and a signed IRS Form 4506-C.",
            "Benefits, pension, Social Security: the award letter showing the amount and how often it is paid.",
            "Rental income: two most recent bank statements or deposited rent checks, and a signed IRS Form 4506-C.",
            "Hardship: divorce decree or separation agreement; death certificate or obituary; letter from your "
            "employer about a transfer; a written statement for an illness or any other hardship.",
            "Documents must be dated within the last 90 days. Keep your originals - send copies.",
        )
        y = H - 97 - 11
        c.setFont("Helvetica", 6.8)
        for i, para in enumerate(docs):
            lines = wrap(para, "Helvetica", 6.8, 520)
            c.drawString(L + 8, y, f"{i + 1}.")
            for ln in lines:
                c.drawString(L + 20, y, ln)
                y -= 8.4
            y -= 2.6
        bar(c, 209, "SECTION H     BORROWER CERTIFICATION AND AGREEMENT")
        gcell(c, L, 222, 552, 168, "")
        cert = (
            "I certify that all of the information in this request is true and complete, that the property "
            "has not received a condemnation notice, and that I have disclosed all of my income, including "
            "income I am not required to disclose.",
            "I understand that knowingly submitting false information may violate federal and state law, and "
            "that the servicer may investigate my statements.",
            "I understand that the servicer will pull a current credit report on every borrower listed in this "
            "request, and may verify my income with the IRS using a signed Form 4506-C.",
            "I understand that submitting this request does not guarantee that I will receive assistance, and "
            "that the servicer is not required to offer me any particular option.",
            "If I receive an offer of assistance, I will continue to make any payments required under it, and I "
            "understand that the original terms of my loan remain in effect until a modification is signed.",
            "I consent to being contacted about this request at any telephone number, including a mobile "
            "number, or e-mail address I have given in this request or to the servicer.",
            "I agree that the servicer may share information about this request with the owner of my loan, any "
            "guarantor or insurer, a HUD-approved housing counselor I have named, and any other lender on the "
            "property.",
            "If I am a servicemember or the surviving spouse of one, I understand that I may have additional "
            "protections under the Servicemembers Civil Relief Act.",
            "I understand that every borrower and co-borrower named in Section A must sign and date this "
            "request in Section J.",
        )
        y = H - 222 - 13
        c.setFont("Helvetica", 6.8)
        for i, para in enumerate(cert):
            c.drawString(L + 8, y, f"{i + 1}.")
            for ln in wrap(para, "Helvetica", 6.8, 520):
                c.drawString(L + 20, y, ln)
                y -= 8.4
            y -= 3.4
        bar(c, 398, "SECTION I     THIRD-PARTY AUTHORIZATION (optional)")
        gcell(c, L, 411, 230, 28, "I1  Person or agency we may talk to")
        gcell(c, L + 230, 411, 150, 28, "I2  Relationship to you")
        gcell(c, L + 380, 411, 172, 28, "I3  Their phone number")
        top = 447.0
        gcell(c, L, top, 552, 40, "FOR RIDGEMARK USE ONLY")
        c.setFont("Helvetica", 6.6)
        c.drawString(L + 8, H - top - 26, "Package complete on")
        date_comb(c, L + 80, H - top - 30, 10, 12)
        c.drawString(L + 250, H - top - 26, "Reviewed by (employee ID)")
        comb(c, L + 340, H - top - 30, 6, 10, 12)
        bar(c, 605, "SECTION J     SIGNATURES - every borrower named in Section A signs and dates here")
        top = 618.0
        people = (
            (app.borrower, app.b_signs, "J1  BORROWER SIGNATURE", 1),
            (app.co, co and app.co_signs, "J2  CO-BORROWER SIGNATURE", 2),
        )
        for i, (who, signs, lab, k) in enumerate(people):
            x = L + i * 276
            gcell(c, x, top, 276, 122, lab)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(x + 8, H - top - 58, "X")
            c.setLineWidth(0.7)
            c.line(x + 20, H - top - 60, x + 266, H - top - 60)
            gcell(c, x, top + 68, 150, 54, f"J{k}a  Printed name")
            gcell(c, x + 150, top + 68, 126, 54, f"J{k}b  Date signed")
            dboxes = date_comb(c, x + 158, H - top - 122 + 14, 12.8, 15)
            if who:
                for n, ln in enumerate(wrap(who, "Helvetica", 9, 138)[:2]):
                    marks.append(Mark("text", x + 6, H - top - 96 - n * 11, ln, size=9))
            if who and signs:
                marks.append(
                    Mark("sig", x + 26, H - top - 58, w=min(190, 60 + 7 * len(who)), pen=True, seed=seed + 800 + i)
                )
                marks += comb_marks(
                    dboxes, app.signed_on.strftime("%m%d%Y"), 10, pen=app.pen_date, seed=seed + 820 + i * 10
                )
        form_footer(c, 3)
        return marks

    return Paper([page1, page2, page3])


# --- pay ------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    employer: str
    address: str
    employee: str
    emp_id: str
    dept: str
    frequency: str
    rate: float
    hours: float  # regular hours a period (0: salaried, `rate` is the salary a period)
    extras: tuple[tuple[str, float, tuple[float, ...]], ...] = ()  # label, multiple of the rate, hours to pick from
    fed: float = 0.1
    state: float = 0.04
    state_name: str = "State Income Tax"
    pretax: tuple[tuple[str, float], ...] = ()  # label, share of gross (< 1) or fixed amount
    posttax: tuple[tuple[str, float], ...] = ()
    bank4: str = "0000"
    seed: int = 1


@dataclass
class Check:
    pay: dt.date
    start: dt.date
    end: dt.date
    lines: list[tuple[str, float, float, float]]  # label, hours, rate, amount
    taxes: dict[str, float]
    pre: dict[str, float]
    post: dict[str, float]

    @property
    def gross(self) -> float:
        return r2(sum(v[3] for v in self.lines))

    @property
    def net(self) -> float:
        return r2(self.gross - sum(self.taxes.values()) - sum(self.pre.values()) - sum(self.post.values()))


def last_friday_on_or_before(d: dt.date) -> dt.date:
    while d.weekday() > 4:
        d -= dt.timedelta(days=1)
    return d


def schedule(freq: str, upto: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of every check paid in upto's year until upto."""
    out = []
    year = upto.year
    if freq == "semimonthly":
        for month in range(1, 13):
            first = dt.date(year, month, 1)
            last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
            for start, end in ((first, first.replace(day=15)), (first.replace(day=16), last)):
                out.append((last_friday_on_or_before(end), start, end))
    else:
        step = 7 if freq == "weekly" else 14
        pay = dt.date(year, 1, 5)
        while pay.year == year:
            end = pay - dt.timedelta(days=6)
            out.append((pay, end - dt.timedelta(days=step - 1), end))
            pay += dt.timedelta(days=step)
    return [t for t in out if t[0] <= upto and t[0].year == year]


def check_of(job: Job, pay: dt.date, start: dt.date, end: dt.date) -> Check:
    rng = random.Random(f"{job.emp_id}|{pay.isoformat()}|{job.seed}")
    if job.hours:
        reg = job.hours - rng.choice((0, 0, 0, 4, 8)) if job.frequency != "semimonthly" else job.hours
        lines = [("Regular", reg, job.rate, r2(reg * job.rate))]
    else:
        lines = [("Salary", 0.0, 0.0, job.rate)]
    for label, mult, choices in job.extras:
        hrs = rng.choice(choices)
        if hrs:
            rate = r2(job.rate * mult)
            lines.append((label, hrs, rate, r2(hrs * rate)))
    gross = r2(sum(v[3] for v in lines))
    pre = {k: (r2(gross * v) if v < 1 else v) for k, v in job.pretax}
    taxable = r2(gross - sum(pre.values()))
    taxes = {
        "Federal Income Tax": r2(taxable * job.fed),
        "Social Security": r2(gross * 0.062),
        "Medicare": r2(gross * 0.0145),
        job.state_name: r2(taxable * job.state),
    }
    post = {k: (r2(gross * v) if v < 1 else v) for k, v in job.posttax}
    return Check(pay, start, end, lines, taxes, pre, post)


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    job: Job

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def pay_history(job: Job, pay_date: dt.date) -> tuple[Check, dict[str, float], dict[str, float]]:
    """The check paid on pay_date, the year-to-date amount of every line and the year-to-date hours."""
    sched = schedule(job.frequency, pay_date)
    if not sched or sched[-1][0] != pay_date:
        raise ValueError(f"{pay_date} is not a {job.frequency} pay date")
    checks = [check_of(job, *t) for t in sched]
    ytd: dict[str, float] = {}
    hours: dict[str, float] = {}
    for ch in checks:
        items: dict[str, float] = {lab: amt for lab, _h, _r, amt in ch.lines}
        for lab, hrs, _r, _a in ch.lines:
            hours[lab] = r2(hours.get(lab, 0.0) + hrs)
        items.update(ch.taxes)
        items.update(ch.pre)
        items.update(ch.post)
        items["GROSS"] = ch.gross
        items["NET"] = ch.net
        items["TAXES"] = r2(sum(ch.taxes.values()))
        items["DEDUCTIONS"] = r2(sum(ch.pre.values()) + sum(ch.post.values()))
        items["TAXABLE"] = r2(ch.gross - sum(ch.pre.values()))
        for k, v in items.items():
            ytd[k] = r2(ytd.get(k, 0.0) + v)
    return checks[-1], ytd, hours


def stub_fields(job: Job, ch: Check, ytd: dict[str, float]) -> dict[str, Any]:
    return {
        "employer": job.employer,
        "employee_name": job.employee,
        "pay_date": ch.pay.isoformat(),
        "period_start": ch.start.isoformat(),
        "period_end": ch.end.isoformat(),
        "frequency": job.frequency,
        "gross_current": ch.gross,
        "gross_ytd": ytd["GROSS"],
        "net_current": ch.net,
        "monthly_gross": r2(ch.gross * PERIODS[job.frequency] / 12),
    }


FREQ_WORDS = {"weekly": "Weekly", "biweekly": "Bi-Weekly", "semimonthly": "Semi-Monthly", "monthly": "Monthly"}


def pinnacrest_stub(job: Job, pay_date: dt.date) -> Stub:
    """Pinnacrest Payroll Services' EARNINGS STATEMENT: year-to-date columns BEFORE the current ones, an
    'Earnings Total' row, taxes and deductions side by side, a Net Pay band and a non-negotiable voucher."""
    ch, ytd, hours = pay_history(job, pay_date)
    teal = Color(0.0, 0.36, 0.42)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(40, 748, job.employer)
        c.setFont("Helvetica", 7.8)
        for i, ln in enumerate(job.address.split("|")):
            c.drawString(40, 736 - i * 9.5, ln.strip())
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 15)
        c.drawRightString(572, 746, "Earnings Statement")
        c.setFont("Helvetica", 6.8)
        c.drawRightString(572, 735, "Pinnacrest Payroll Services  |  payroll prepared for the employer named")
        for k in range(3):  # the provider's mark: three peaks
            x0 = 470 + k * 9
            c.line(x0, 722, x0 + 5, 731)
            c.line(x0 + 5, 731, x0 + 10, 722)
        c.setFillColor(black)
        # info grid: 2 rows x 4 cells, captions in small teal type over the values
        cells = [
            ("Employee Name", job.employee),
            ("Employee ID", job.emp_id),
            ("Department", job.dept),
            ("Pay Frequency", FREQ_WORDS[job.frequency]),
            ("Period Beginning", mdy(ch.start)),
            ("Period Ending", mdy(ch.end)),
            ("Pay Date", mdy(ch.pay)),
            ("Voucher No.", f"{job.emp_id[-3:]}{ch.pay.strftime('%j')}"),
        ]
        widths = (170, 100, 130, 132)
        for i, (cap, val) in enumerate(cells):
            col, row = i % 4, i // 4
            x = 40 + sum(widths[:col])
            y = 688 - row * 28
            c.setLineWidth(0.5)
            c.rect(x, y, widths[col], 28, stroke=1, fill=0)
            c.setFillColor(teal)
            c.setFont("Helvetica-Bold", 6.4)
            c.drawString(x + 4, y + 19, cap.upper())
            c.setFillColor(black)
            c.setFont("Helvetica", 9)
            c.drawString(x + 4, y + 6, val)
        # earnings: YTD first, then current
        y = 640
        heads = (
            ("Earnings", 44, "l"),
            ("Rate", 200, "r"),
            ("YTD Hours", 268, "r"),
            ("YTD Amount", 348, "r"),
            ("Hours", 420, "r"),
            ("Current Amount", 566, "r"),
        )
        c.setFillColor(teal)
        c.rect(40, y - 4, 532, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.6)
        for t, x, al in heads:
            (c.drawString if al == "l" else c.drawRightString)(x, y + 1, t)
        c.setFillColor(black)
        y -= 17
        c.setFont("Helvetica", 8.4)
        labels = [lab for lab, *_ in ch.lines] + [lab for lab in hours if lab not in {v[0] for v in ch.lines}]
        cur = {lab: (h, rt, amt) for lab, h, rt, amt in ch.lines}
        for lab in labels:
            h, rt, amt = cur.get(lab, (0.0, 0.0, 0.0))
            c.drawString(44, y, lab)
            if rt:
                c.drawRightString(200, y, f"{rt:.4f}")
            if hours.get(lab):
                c.drawRightString(268, y, f"{hours[lab]:.2f}")
            c.drawRightString(348, y, money(ytd[lab]))
            if h:
                c.drawRightString(420, y, f"{h:.2f}")
            if amt:
                c.drawRightString(566, y, money(amt))
            y -= 12
        c.setLineWidth(0.8)
        c.line(40, y + 8, 572, y + 8)
        c.setFont("Helvetica-Bold", 8.6)
        c.drawString(44, y - 2, "Earnings Total")
        c.drawRightString(268, y - 2, f"{sum(hours.values()):.2f}" if job.hours else "")
        c.drawRightString(348, y - 2, money(ytd["GROSS"]))
        c.drawRightString(420, y - 2, f"{sum(v[1] for v in ch.lines):.2f}" if job.hours else "")
        c.drawRightString(566, y - 2, money(ch.gross))
        # taxes and deductions side by side
        y -= 30
        for x0, title, items, total_label, total_key in (
            (40, "Taxes", ch.taxes, "Taxes Total", "TAXES"),
            (312, "Deductions", {**ch.pre, **ch.post}, "Deductions Total", "DEDUCTIONS"),
        ):
            c.setFillColor(teal)
            c.rect(x0, y - 4, 260, 15, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7.6)
            c.drawString(x0 + 4, y + 1, title)
            c.drawRightString(x0 + 190, y + 1, "YTD")
            c.drawRightString(x0 + 256, y + 1, "Current")
            c.setFillColor(black)
            yy = y - 17
            c.setFont("Helvetica", 8.2)
            for k, v in items.items():
                c.drawString(x0 + 4, yy, k)
                c.drawRightString(x0 + 190, yy, money(ytd[k]))
                c.drawRightString(x0 + 256, yy, money(v))
                yy -= 12
            c.line(x0, yy + 8, x0 + 260, yy + 8)
            c.setFont("Helvetica-Bold", 8.2)
            c.drawString(x0 + 4, yy - 2, total_label)
            c.drawRightString(x0 + 190, yy - 2, money(ytd[total_key]))
            c.drawRightString(x0 + 256, yy - 2, money(r2(sum(items.values()))))
        y -= 40 + 12 * max(len(ch.taxes), len(ch.pre) + len(ch.post))
        c.setFillGray(0.9)
        c.rect(40, y - 8, 532, 24, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "Net Pay")
        c.setFont("Helvetica", 8)
        c.drawString(250, y, "YTD")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(348, y, money(ytd["NET"]))
        c.setFont("Helvetica", 8)
        c.drawString(440, y, "Current")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(566, y, money(ch.net))
        c.setFont("Helvetica", 7.6)
        c.drawString(40, y - 26, f"Direct deposit to checking account ending {job.bank4}: ${money(ch.net)}.")
        c.drawString(
            40,
            y - 36,
            "Keep this statement for your records. Questions about your pay: see your payroll administrator.",
        )
        # the voucher below the perforation
        c.setDash(2, 2)
        c.line(30, 240, 582, 240)
        c.setDash()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 220, job.employer)
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 220, f"Voucher No. {job.emp_id[-3:]}{ch.pay.strftime('%j')}     Date {mdy(ch.pay)}")
        c.drawString(40, 196, f"Deposited to the account of {job.employee}")
        c.drawRightString(572, 196, f"**** ${money(ch.net)} ****")
        c.setFont("Helvetica-Bold", 16)
        c.setFillGray(0.82)
        c.drawCentredString(306, 160, "NON-NEGOTIABLE  -  THIS IS NOT A CHECK")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), stub_fields(job, ch, ytd), pay_date, job)


def ledgerwell_stub(job: Job, pay_date: dt.date) -> Stub:
    """Ledgerwell HCM's PAY STATEMENT: a green title band, 'Hours & Earnings' with YTD columns first and a 'Total
    Hours & Earnings' row, taxes and deductions tables, and a summary grid whose Year-to-Date row comes before the
    Current row under 'Gross Wages | Fed Taxable Wages | Total Taxes | Total Deductions | Net Pay'."""
    ch, ytd, hours = pay_history(job, pay_date)
    green = Color(0.13, 0.4, 0.22)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(green)
        c.rect(30, 730, 552, 40, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, 752, job.employer.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 740, job.address.replace("|", "  -  "))
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 752, "PAY STATEMENT")
        c.setFont("Helvetica", 7)
        c.drawRightString(572, 740, "ledgerwell HCM")
        c.setFillColor(black)
        # employee block at left, pay facts at right
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, 712, "EMPLOYEE")
        c.setFont("Helvetica", 9.5)
        c.drawString(40, 700, job.employee)
        c.setFont("Helvetica", 8)
        c.drawString(40, 689, f"Employee No. {job.emp_id}")
        c.drawString(40, 679, f"Dept. {job.dept}")
        facts = (
            ("Check Date", mdy(ch.pay)),
            ("Pay Frequency", FREQ_WORDS[job.frequency]),
            ("Period Start", mdy(ch.start)),
            ("Period End", mdy(ch.end)),
        )
        for i, (k, v) in enumerate(facts):
            x = 300 + (i % 2) * 141
            y = 690 - (i // 2) * 24
            c.setLineWidth(0.5)
            c.rect(x, y, 141, 24, stroke=1, fill=0)
            c.setFont("Helvetica", 6.6)
            c.drawString(x + 4, y + 15.5, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(x + 137, y + 4.5, v)
        y = 622
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(green)
        c.drawString(40, y + 14, "Hours & Earnings")
        c.setFillColor(black)
        heads = (
            ("Description", 44, "l"),
            ("YTD Hours", 190, "r"),
            ("YTD Amount", 268, "r"),
            ("Rate", 340, "r"),
            ("Hours", 400, "r"),
            ("Current", 470, "r"),
        )
        c.setFont("Helvetica-Bold", 7.2)
        for t, x, al in heads:
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        c.setStrokeColor(green)
        c.setLineWidth(1)
        c.line(40, y - 4, 476, y - 4)
        c.setStrokeColor(black)
        y -= 16
        c.setFont("Helvetica", 8.2)
        cur = {lab: (h, rt, amt) for lab, h, rt, amt in ch.lines}
        for lab in list(hours):
            h, rt, amt = cur.get(lab, (0.0, 0.0, 0.0))
            c.drawString(44, y, lab)
            if hours[lab]:
                c.drawRightString(190, y, f"{hours[lab]:.2f}")
            c.drawRightString(268, y, money(ytd[lab]))
            if rt:
                c.drawRightString(340, y, f"{rt:.2f}")
            if h:
                c.drawRightString(400, y, f"{h:.2f}")
            c.drawRightString(470, y, money(amt) if amt else "0.00")
            y -= 12
        c.setFont("Helvetica-Bold", 8.2)
        c.line(40, y + 8, 476, y + 8)
        c.drawString(44, y - 2, "Total Hours & Earnings")
        if job.hours:
            c.drawRightString(190, y - 2, f"{sum(hours.values()):.2f}")
            c.drawRightString(400, y - 2, f"{sum(v[1] for v in ch.lines):.2f}")
        c.drawRightString(268, y - 2, money(ytd["GROSS"]))
        c.drawRightString(470, y - 2, money(ch.gross))
        # taxes (left) and deductions (right)
        y -= 46
        for x0, title, items in ((40, "Taxes", ch.taxes), (312, "Deductions", {**ch.pre, **ch.post})):
            c.setFont("Helvetica-Bold", 9)
            c.setFillColor(green)
            c.drawString(x0, y + 14, title)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.2)
            c.drawString(x0 + 4, y, "Description")
            c.drawRightString(x0 + 190, y, "YTD")
            c.drawRightString(x0 + 256, y, "Current")
            c.setStrokeColor(green)
            c.line(x0, y - 4, x0 + 260, y - 4)
            c.setStrokeColor(black)
            yy = y - 16
            c.setFont("Helvetica", 8.2)
            for k, v in items.items():
                c.drawString(x0 + 4, yy, k + (" *" if k in ch.pre else ""))
                c.drawRightString(x0 + 190, yy, money(ytd[k]))
                c.drawRightString(x0 + 256, yy, money(v))
                yy -= 12
        c.setFont("Helvetica", 6.6)
        c.drawString(312, y - 16 - 12 * max(len(ch.taxes), len(ch.pre) + len(ch.post)) - 2, "* before-tax deduction")
        # summary grid: YTD row first
        y -= 120
        cols = ("", "Gross Wages", "Fed Taxable Wages", "Total Taxes", "Total Deductions", "Net Pay")
        keys = ("GROSS", "TAXABLE", "TAXES", "DEDUCTIONS", "NET")
        cur_vals = (
            ch.gross,
            r2(ch.gross - sum(ch.pre.values())),
            r2(sum(ch.taxes.values())),
            r2(sum(ch.pre.values()) + sum(ch.post.values())),
            ch.net,
        )
        widths = (82, 94, 94, 94, 94, 94)
        x = 30.0
        for i, t in enumerate(cols):
            c.setFillColor(green)
            c.rect(x, y, widths[i], 16, stroke=1, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7.4)
            c.drawCentredString(x + widths[i] / 2, y + 5, t)
            c.setFillColor(black)
            for r, (name, vals) in enumerate((("Year-to-Date", [ytd[k] for k in keys]), ("Current", cur_vals))):
                yy = y - 16 * (r + 1)
                c.rect(x, yy, widths[i], 16, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 7.8)
                    c.drawString(x + 4, yy + 5, name)
                else:
                    c.setFont("Helvetica-Bold" if i == 5 else "Helvetica", 8.4)
                    c.drawRightString(x + widths[i] - 5, yy + 5, money(vals[i - 1]))
            x += widths[i]
        c.setFont("Helvetica", 7.4)
        c.drawString(30, y - 50, f"Net pay distribution: direct deposit, account xxxx{job.bank4}  ${money(ch.net)}")
        c.drawString(30, y - 60, "Ledgerwell HCM processes payroll for your employer. This statement is not a check.")
        return []

    return Stub(Paper([page]), stub_fields(job, ch, ytd), pay_date, job)


# --- bank statements ------------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    rows: list[tuple[dt.date, str, float, float]]


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    return start, dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def activity(
    rng: random.Random,
    start: dt.date,
    end: dt.date,
    credits: Sequence[tuple[int, str, float]],
    debits: Sequence[tuple[str, float, float]],
    begin: float,
) -> list[tuple[dt.date, str, float, float]]:
    """The month's lines (date, description, amount, running balance): the given credits and random debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    rows = []
    bal = begin
    for d, desc, a in out:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    return rows


def ironrange_statement(
    rng: random.Random,
    holder: str,
    address: Sequence[str],
    acct: str,
    year: int,
    month: int,
    begin: float,
    credits: Sequence[tuple[int, str, float]],
) -> Statement:
    """Iron Range Community Bank: two pages, NO summary box - one register whose only balance figures are the
    running Balance column, opened by a 'Balance Forward' row; the last row's balance is the ending balance."""
    start, end = month_bounds(year, month)
    debits = (
        ("POS PURCHASE SUPER ONE FOODS", 40, 160),
        ("MN POWER AUTOPAY", 90, 170),
        ("CITY OF DULUTH UTIL", 60, 95),
        ("POS PURCHASE HOLIDAY STNSTORE", 25, 70),
        ("ATM WITHDRAWAL 0412 LONDON RD", 40, 100),
        ("RIDGEMARK NATL MTG PMT PARTIAL", 500, 900),
        ("ACH NORTHLAND INS PREM", 110, 140),
        ("POS PURCHASE MENARDS", 30, 220),
        ("CHECK", 60, 300),
        ("ACH SPECTRUM", 70, 95),
        ("POS PURCHASE WALGREENS", 12, 45),
    )
    rows = activity(rng, start, end, credits, debits, begin)
    ending = rows[-1][3]
    first, rest = rows[:13], rows[13:]
    bank = "Iron Range Community Bank"

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.45, 0.16, 0.1))
        c.circle(52, 742, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(52, 737.5, "IR")
        c.setFillColor(Color(0.45, 0.16, 0.1))
        c.setFont("Times-Bold", 16)
        c.drawString(74, 744, "Iron Range")
        c.setFont("Times-Roman", 9)
        c.drawString(74, 733, "COMMUNITY BANK  -  Virginia  |  Hibbing  |  Duluth")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 748, f"Account Number: ******{acct[-4:]}")
        c.drawRightString(572, 738, f"Period: {mdy(start)} - {mdy(end)}")
        c.drawRightString(572, 728, f"Page {n} of 2")

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFillGray(0.88)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.8)
        c.drawString(44, y, "Date")
        c.drawString(96, y, "Transaction Description")
        c.drawRightString(478, y, "Amount")
        c.drawRightString(566, y, "Balance")
        y -= 16
        c.setFont("Courier", 8.4)
        if opening:
            c.drawString(44, y, start.strftime("%m-%d"))
            c.drawString(96, y, "BALANCE FORWARD")
            c.drawRightString(566, y, money(begin))
            y -= 12.5
        for d, desc, a, b in part:
            c.drawString(44, y, d.strftime("%m-%d"))
            c.drawString(96, y, desc[:44])
            c.drawRightString(478, y, money(a) if a >= 0 else "-" + money(-a))
            c.drawRightString(566, y, money(b))
            y -= 12.5
        return y

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [holder.upper(), *address]:
            c.drawString(60, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 620, "EVERYDAY CHECKING")
        c.setFont("Helvetica", 7.6)
        c.drawString(40, 608, "Your account activity for the period appears below, oldest first.")
        y = register(c, 588, first, True)
        c.setFont("Helvetica-Oblique", 7.4)
        c.drawString(96, y - 4, "continued on next page")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 700, "EVERYDAY CHECKING  (continued)")
        y = register(c, 680, rest, False)
        c.setFont("Helvetica", 7.4)
        y -= 20
        for ln in (
            "In case of errors or questions about your electronic transfers, call (218) 555-0106 or write to",
            "Iron Range Community Bank, 301 Chestnut Street, Virginia, MN 55792, as soon as you can.",
            "Member FDIC. Equal Housing Lender.",
        ):
            c.drawString(40, y, ln)
            y -= 10
        return []

    fields = {
        "bank_name": bank,
        "account_last4": acct[-4:],
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "beginning_balance": begin,
        "ending_balance": ending,
    }
    return Statement(Paper([page1, page2]), fields, end, rows)


def backbay_statement(
    rng: random.Random,
    holder: str,
    address: Sequence[str],
    acct: str,
    year: int,
    month: int,
    begin: float,
    credits: Sequence[tuple[int, str, float]],
) -> Statement:
    """Back Bay Savings Bank: one page, 'Statement Period: 07/01/46 thru 07/31/46' with two-digit years, a summary
    of Previous Balance / Deposits / Withdrawals / New Balance, deposits and withdrawals listed apart, and a daily
    balance strip."""
    start, end = month_bounds(year, month)
    debits = (
        ("DEBIT CARD WINN-DIXIE #1512", 40, 150),
        ("MS POWER CO ONLINE PMT", 120, 210),
        ("DEBIT CARD SHELL OIL 5734", 30, 60),
        ("ATM CASH PASS RD", 40, 100),
        ("RIDGEMARK NATL MTG ONLINE PMT", 600, 950),
        ("C SPIRE WIRELESS", 80, 110),
        ("DEBIT CARD ROUSES MKT #67", 35, 120),
        ("BILOXI WATER & SEWER", 45, 70),
    )
    rows = activity(rng, start, end, credits, debits, begin)
    ending = rows[-1][3]
    deps = [r for r in rows if r[2] > 0]
    wds = [r for r in rows if r[2] < 0]
    navy = Color(0.05, 0.23, 0.35)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(navy)
        c.setLineWidth(2)
        c.line(40, 764, 572, 764)
        c.setStrokeColor(black)
        c.setFillColor(navy)
        c.setFont("Times-BoldItalic", 17)
        c.drawString(40, 742, "Back Bay Savings Bank")
        c.setFont("Helvetica", 7.4)
        c.drawString(40, 731, "1450 Pass Road, Biloxi, Mississippi 39530  -  (228) 555-0117  -  Member FDIC")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(572, 746, f"Statement Period: {mdy2(start)} thru {mdy2(end)}")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 735, f"Account: {acct[:2]}-XXXX-{acct[-4:]}")
        c.setFont("Helvetica", 9.5)
        y = 700
        for ln in [holder.upper(), *address]:
            c.drawString(52, y, ln)
            y -= 12
        # summary box at right
        c.setLineWidth(0.6)
        c.rect(340, 628, 232, 84, stroke=1, fill=0)
        c.setFillColor(navy)
        c.rect(340, 698, 232, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(346, 702, "STATEMENT SUMMARY - REGULAR CHECKING")
        c.setFillColor(black)
        items = (
            ("Previous Balance", begin),
            (f"Deposits/Credits ({len(deps)})", r2(sum(r[2] for r in deps))),
            (f"Withdrawals/Debits ({len(wds)})", r2(-sum(r[2] for r in wds))),
            ("New Balance", ending),
        )
        for i, (k, v) in enumerate(items):
            c.setFont("Helvetica-Bold" if i == 3 else "Helvetica", 8.4)
            c.drawString(346, 684 - i * 15, k)
            c.drawRightString(566, 684 - i * 15, money(v))
        y = 606
        for title, part in (("DEPOSITS AND CREDITS", deps), ("WITHDRAWALS AND DEBITS", wds)):
            c.setFont("Helvetica-Bold", 8.5)
            c.setFillColor(navy)
            c.drawString(40, y, title)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.2)
            c.drawString(40, y - 12, "Posted")
            c.drawString(90, y - 12, "Description")
            c.drawRightString(566, y - 12, "Amount")
            c.line(40, y - 15, 572, y - 15)
            y -= 26
            c.setFont("Helvetica", 8.2)
            for d, desc, a, _b in part:
                c.drawString(40, y, mdy2(d))
                c.drawString(90, y, desc)
                c.drawRightString(566, y, money(abs(a)))
                y -= 11
            y -= 14
        c.setFont("Helvetica-Bold", 8.5)
        c.setFillColor(navy)
        c.drawString(40, y, "DAILY BALANCES")
        c.setFillColor(black)
        y -= 13
        c.setFont("Helvetica", 7.6)
        daily: dict[dt.date, float] = {}
        for d, _desc, _a, b in rows:
            daily[d] = b
        for i, (d, b) in enumerate(sorted(daily.items())):
            col, row = i % 4, i // 4
            c.drawString(40 + col * 133, y - row * 10.5, d.strftime("%m/%d"))
            c.drawRightString(160 + col * 133, y - row * 10.5, money(b))
        return []

    fields = {
        "bank_name": "Back Bay Savings Bank",
        "account_last4": acct[-4:],
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "beginning_balance": begin,
        "ending_balance": ending,
    }
    return Statement(Paper([page]), fields, end, rows)


# --- profit and loss ------------------------------------------------------------------------------------------------


@dataclass
class Pnl:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date


def pnl_report(
    company: str,
    owner: str,
    start: dt.date,
    end: dt.date,
    income: Sequence[tuple[str, float]],
    cogs: Sequence[tuple[str, float]],
    expenses: Sequence[tuple[str, float]],
    printed: dt.datetime,
    signed_on: dt.date,
    seed: int,
) -> Pnl:
    """A 'Profit and Loss' report printed from accounting software (TallyBook Online): the company and the period
    centred, account lines under Income / Cost of Goods Sold / Expenses with their totals, Gross Profit, Net
    Operating Income and Net Income, the software's 'Accrual Basis <printed date and time>' footer; then the owner's
    certification, signature and date added in pen."""
    total_income = r2(sum(v for _, v in income))
    total_cogs = r2(sum(v for _, v in cogs))
    gross = r2(total_income - total_cogs)
    total_exp = r2(sum(v for _, v in expenses))
    net = r2(gross - total_exp)
    period = f"{start.strftime('%B')} - {end.strftime('%B')}, {end.year}"

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12.5)
        c.drawCentredString(W / 2, 738, company)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 722, "Profit and Loss")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 709, period)
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(540, 684, "TOTAL")
        c.setLineWidth(0.6)
        c.line(72, 679, 540, 679)
        y = 664

        def row(
            label: str,
            value: float | None,
            indent: float = 0,
            bold: bool = False,
            dollar: bool = False,
            rule: bool = False,
        ) -> None:
            nonlocal y
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.6)
            c.drawString(78 + indent, y, label)
            if value is not None:
                if rule:
                    c.line(440, y + 10, 540, y + 10)
                c.drawRightString(540, y, ("$" if dollar else "") + money(value))
            y -= 14

        row("Income", None, bold=True)
        for k, v in income:
            row(k, v, 14)
        row("Total Income", total_income, bold=True, dollar=True, rule=True)
        row("Cost of Goods Sold", None, bold=True)
        for k, v in cogs:
            row(k, v, 14)
        row("Total Cost of Goods Sold", total_cogs, bold=True, dollar=True, rule=True)
        row("GROSS PROFIT", gross, bold=True, dollar=True)
        y -= 4
        row("Expenses", None, bold=True)
        for k, v in expenses:
            row(k, v, 14)
        row("Total Expenses", total_exp, bold=True, dollar=True, rule=True)
        row("NET OPERATING INCOME", net, bold=True, dollar=True)
        y -= 4
        row("NET INCOME", net, bold=True, dollar=True, rule=True)
        c.line(440, y + 10, 540, y + 10)
        c.line(440, y + 8, 540, y + 8)
        c.setFont("Helvetica", 7)
        hour = printed.strftime("%I:%M %p").lstrip("0")
        c.drawString(
            72, y - 14, f"Accrual Basis  {printed.strftime('%A')}, {long_date(printed.date())}  {hour} GMT-07:00"
        )
        c.drawRightString(540, y - 14, "1/1")
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.3)
        c.drawString(72, y - 24, "Printed from TallyBook Online")
        c.setFillColor(black)
        by = y - 90
        return [
            Mark(
                "script",
                78,
                by + 40,
                "I certify this profit and loss statement is true and correct.",
                size=10,
                pen=True,
                seed=seed,
            ),
            Mark("sig", 96, by, w=170, pen=True, seed=seed + 1),
            Mark("script", 78, by - 22, owner, size=10, pen=True, seed=seed + 2),
            Mark(
                "script",
                340,
                by + 2,
                f"Date  {signed_on.month}/{signed_on.day}/{signed_on.year}",
                size=10,
                pen=True,
                seed=seed + 3,
            ),
        ]

    fields = {"period_start": start.isoformat(), "period_end": end.isoformat(), "net_income": net, "signed": True}
    return Pnl(Paper([page]), fields, end)


# --- letters --------------------------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type == "other":
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out["benefit_type"] = "unemployment"
        return out


def typed_hardship(
    names: Sequence[str],
    address: Sequence[str],
    loan: str,
    date: dt.date,
    paras: Sequence[str],
    signers: Sequence[str],
    ink: bool,
    seed: int,
    font: str = "Times-Roman",
) -> Letter:
    """A hardship letter typed in a word processor: sender block, date, the servicer's address, a 'RE:' line with
    the loan number, the body, 'Sincerely' and a line per writer - signed in ink when it was printed and mailed
    (the signers), unsigned when e-mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont(font, 11)
        y = 736
        for ln in [" and ".join(names), *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 16
        c.drawString(72, y, long_date(date))
        y -= 30
        for ln in (SERVICER, *SERVICER_ADDR):
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont(font.replace("-Roman", "-Bold") if "Roman" in font else font + "-Bold", 11)
        c.drawString(72, y, f"RE: Loan #{loan} - request for mortgage assistance")
        y -= 28
        y = paragraphs(c, 72, y, W - 144, ["Dear Loss Mitigation Team:", *paras], font=font)
        c.setFont(font, 11)
        c.drawString(72, y - 2, "Sincerely,")
        marks = []
        for i, nm in enumerate(names):
            x = 72 + i * 240
            c.drawString(x, y - 58, nm)
            if ink and nm in signers:
                marks.append(Mark("sig", x, y - 42, w=min(170, 70 + 6 * len(nm)), pen=True, seed=seed + i))
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def handwritten_letter(
    date_text: str,
    date: dt.date,
    lines_before: Sequence[str],
    paras: Sequence[str],
    closing: Sequence[str],
    signers: Sequence[str],
    seed: int,
) -> Letter:
    """A hardship letter written by hand on ruled notebook paper (light rules, a margin line): the date at the top
    right as the writer wrote it, a greeting, the loan number, running handwriting, and each writer's signature
    with the name printed under it."""
    rule = 23.0

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.62, 0.74, 0.86))
        c.setLineWidth(0.5)
        y = 720.0
        while y > 40:
            c.line(20, y, W - 20, y)
            y -= rule
        c.setStrokeColor(Color(0.86, 0.55, 0.55))
        c.line(70, 20, 70, H - 20)
        c.setStrokeColor(black)
        for hx in (34, 34):
            for hy in (150, 400, 650):
                c.circle(hx, hy, 7, stroke=1, fill=0)
        marks = [Mark("script", 400, 720 + 3, date_text, size=11, pen=True, seed=seed)]
        text_lines: list[str] = list(lines_before)
        for para in paras:
            text_lines += wrap(para, "Helvetica", 11 * 1.3, 455)
            text_lines.append("")
        text_lines += list(closing)
        y = 720 - rule
        for i, ln in enumerate(text_lines):
            if ln:
                marks.append(
                    Mark(
                        "script",
                        80 + (18 if i and not text_lines[i - 1] else 0),
                        y + 3,
                        ln,
                        size=11,
                        pen=True,
                        seed=seed + 10 + i,
                    )
                )
            y -= rule
        y -= rule * 0.5
        for k, nm in enumerate(signers):
            x = 80 + k * 250
            marks.append(Mark("sig", x, y + 4, w=150, pen=True, seed=seed + 200 + k))
            marks.append(Mark("script", x, y - rule + 3, nm, size=10, pen=True, seed=seed + 300 + k))
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def agency_letter(
    head: tuple[str, str, str, Color],
    date: dt.date,
    to: Sequence[str],
    re: str,
    paras: Sequence[str],
    table: Sequence[tuple[str, str]],
    closing: Sequence[str],
) -> Paper:
    """An institution's letter: a coloured box with its initials, its name and sub-line, the date right-aligned,
    the addressee, a bold subject line, paragraphs, an optional two-column table and the closing."""
    initials, name, sub, color = head

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(color)
        c.rect(72, 716, 34, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12 if len(initials) < 4 else 9)
        c.drawCentredString(89, 729, initials)
        c.setFillColor(color)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(114, 738, name)
        c.setFillColor(black)
        c.setFont("Helvetica", 7.8)
        c.drawString(114, 726, sub)
        c.setFont("Times-Roman", 11)
        c.drawRightString(W - 72, 690, long_date(date))
        y = 670
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
        if table:
            c.setLineWidth(0.5)
            for k, v in table:
                c.rect(96, y - 5, 200, 17, stroke=1, fill=0)
                c.rect(296, y - 5, 180, 17, stroke=1, fill=0)
                c.setFont("Times-Roman", 10.5)
                c.drawString(102, y, k)
                c.setFont("Times-Bold", 10.5)
                c.drawString(302, y, v)
                y -= 17
            y -= 16
        c.setFont("Times-Roman", 11)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Paper([page])


def uc_determination(
    claimant: str, address: Sequence[str], date: dt.date, weekly: float, filed: dt.date, employer: str
) -> Letter:
    paras = [
        f"You filed an application for unemployment compensation benefits effective {long_date(filed)}. Based "
        f"on the wages your base-year employers reported, including {employer}, you are financially eligible "
        "for benefits.",
        "Your weekly benefit rate is shown below. You must file a bi-weekly claim for each week you want to be "
        "paid, and report any work or earnings in those weeks. Benefits are taxable income; you may ask that "
        "federal tax be withheld.",
        "If you disagree with this determination, you may appeal within 21 days of the date of this notice.",
    ]
    table = [
        ("Claimant", claimant),
        ("Weekly benefit rate", f"${money(weekly)}"),
        ("Maximum benefit amount", f"${money(weekly * 26)}"),
        ("Benefit year begins", mdy(filed)),
    ]
    paper = agency_letter(
        (
            "UC",
            "Keystone State Office of Unemployment Compensation",
            "Notice of Financial Determination  -  Claims line (888) 555-0125",
            Color(0.12, 0.24, 0.5),
        ),
        date,
        [claimant, *address],
        "NOTICE OF FINANCIAL DETERMINATION",
        paras,
        table,
        ["UC Service Center", "This notice was mailed on the date shown above."],
    )
    return Letter(paper, "unemployment_benefit_letter", date)


def va_award(veteran: str, address: Sequence[str], date: dt.date, monthly: float, rating: int) -> Letter:
    paras = [
        f"This letter is a summary of the benefits you currently receive from the Department of Veterans "
        f"Affairs. Your combined service-connected evaluation is {rating} percent.",
        f"You are paid ${money(monthly)} each month in disability compensation. Payments are made on the "
        "first business day of each month for the prior month.",
        "VA disability compensation is not taxable income. You may use this letter to verify your income "
        "with a lender or a housing agency.",
    ]
    table = [
        ("Veteran", veteran),
        ("Benefit", "Disability compensation"),
        ("Monthly award", f"${money(monthly)}"),
        ("Paid", "Monthly"),
        ("Effective date of last change", mdy(dt.date(date.year, 1, 1))),
    ]
    paper = agency_letter(
        (
            "VA",
            "Department of Veterans Affairs - Benefit Summary Letter",
            "Regional Benefit Office  -  P.O. Box 5088  -  Columbia, SC 29201",
            Color(0.1, 0.2, 0.4),
        ),
        date,
        [veteran, *address],
        "Your VA benefit summary",
        paras,
        table,
        ["Sincerely,", "", "Veterans Service Center Manager"],
    )
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def pension_letter(member: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    paras = [
        f"As you requested, this letter verifies the retirement benefit that {member} receives from the "
        "Western Slope Teachers' Retirement Association.",
        f"The member retired on {long_date(since)} and is paid a monthly service retirement benefit of "
        f"${money(monthly)} (gross). The benefit is paid for life, on the last business day of each month, "
        "and is subject to federal and Colorado income tax.",
        "This verification does not change the member's benefit or beneficiary designation.",
    ]
    table = [
        ("Member", member),
        ("Gross monthly benefit", f"${money(monthly)}"),
        ("Frequency", "Monthly"),
        ("Taxable", "Yes - federal and state"),
    ]
    paper = agency_letter(
        (
            "WSTRA",
            "Western Slope Teachers' Retirement Association",
            "Member Services  -  740 Horizon Drive, Grand Junction, CO 81506",
            Color(0.45, 0.25, 0.05),
        ),
        date,
        [member, *address],
        "Verification of retirement benefit",
        paras,
        table,
        ["Sincerely,", "", "Member Services Officer"],
    )
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def transfer_letter(employee: str, date: dt.date, employer: str, new_place: str, effective: dt.date) -> Letter:
    paras = [
        f"This letter confirms our conversation of last week. Because the Grand Junction car shop will close, "
        f"your position as Carman II is being transferred to our {new_place} facility effective "
        f"{long_date(effective)}.",
        "Your seniority, rate of pay and benefits are unchanged. The company will reimburse documented moving "
        "expenses up to $3,000.00 and will pay a per-diem of $45.00 a day for up to 30 days while you find "
        "housing near the new facility.",
        "Please sign below to acknowledge this notice and return one copy to Human Resources.",
    ]
    paper = agency_letter(
        ("BRS", employer, "Human Resources  -  2851 Railyard Way, Grand Junction, CO 81501", Color(0.3, 0.3, 0.3)),
        date,
        [employee],
        "Notice of transfer of work location",
        paras,
        (),
        ["Sincerely,", "", "Regional HR Manager", employer],
    )
    return Letter(paper, "employer_relocation_letter", date)


def water_bill(customer: str, service_addr: str, date: dt.date, account: str) -> Letter:
    """A water and sewer bill - a paper the borrower sent that the checklist does not ask for (type other)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.0, 0.35, 0.55))
        c.rect(40, 730, 532, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 750, "PORT ROYAL SOUND WATER & SEWER DISTRICT")
        c.setFont("Helvetica", 8)
        c.drawString(50, 738, "Customer Service (843) 555-0163  -  pay online, by phone or by mail")
        c.setFillColor(black)
        rows = (
            ("Account number", account),
            ("Customer", customer),
            ("Service address", service_addr),
            ("Bill date", mdy(date)),
            ("Due date", mdy(date + dt.timedelta(days=21))),
        )
        y = 700
        for k, v in rows:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(170, y, v)
            y -= 14
        y -= 10
        charges = (
            ("Water base charge", 18.5),
            ("Water usage 4,200 gal", 29.4),
            ("Sewer base charge", 22.75),
            ("Sewer usage", 31.08),
            ("Stormwater fee", 6.0),
            ("Past due balance", 107.73),
        )
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "CHARGES")
        c.drawRightString(560, y, "AMOUNT")
        c.line(50, y - 4, 562, y - 4)
        y -= 18
        c.setFont("Helvetica", 9)
        for k, v in charges:
            c.drawString(50, y, k)
            c.drawRightString(560, y, money(v))
            y -= 13
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y - 6, "TOTAL AMOUNT DUE")
        c.drawRightString(560, y - 6, "$" + money(r2(sum(v for _, v in charges))))
        c.setFont("Helvetica", 8)
        c.drawString(50, y - 30, "A past due balance of more than 60 days may result in disconnection of service.")
        return []

    return Letter(Paper([page]), "other", date)


def adjuster_letter(insured: str, address: Sequence[str], date: dt.date, claim: str, loss: dt.date) -> Letter:
    """An insurer's claim acknowledgment after a storm - kept as type other (it is not a checklist paper)."""
    paras = [
        f"We have received your claim for damage to the property at {address[0]} from the storm of "
        f"{long_date(loss)}. Your claim has been assigned to the adjuster named below, who will contact you to "
        "arrange an inspection.",
        "Please keep receipts for emergency repairs and for any additional living expenses. Do not discard "
        "damaged property until the adjuster has seen it.",
        "Your policy's hurricane deductible is 2 percent of the dwelling coverage amount.",
    ]
    paper = agency_letter(
        (
            "MCM",
            "Magnolia Coast Mutual Insurance Company",
            "Property Claims  -  P.O. Box 1440, Gulfport, MS 39502  -  (228) 555-0190",
            Color(0.25, 0.4, 0.2),
        ),
        date,
        [insured, *address],
        f"Claim number {claim} - acknowledgment",
        paras,
        [("Claim number", claim), ("Date of loss", mdy(loss)), ("Adjuster", "D. Fontenot")],
        ["Sincerely,", "", "Property Claims Department"],
    )
    return Letter(paper, "other", date)


def fax_cover(
    shop: str, shop_line: str, sender: str, sender_phone: str, date: dt.date, pages: int, loan: str, note: str
) -> Paper:
    """A copy shop's typed fax cover sheet (not a document of the case)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(72, 734, shop)
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 722, shop_line)
        c.setFont("Helvetica-Bold", 34)
        c.drawString(72, 664, "FAX COVER SHEET")
        rows = (
            ("TO", SERVICER),
            ("ATTN", "Loss Mitigation Department"),
            ("FAX", SERVICER_FAX),
            ("FROM", sender),
            ("PHONE", sender_phone),
            ("DATE", mdy(date)),
            ("PAGES", f"{pages} (including this cover)"),
            ("RE", f"Loan {loan} - {note}"),
        )
        y = 620
        c.setLineWidth(0.6)
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 10.5)
            c.drawString(150, y, v)
            c.line(146, y - 4, 540, y - 4)
            y -= 27
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(
            72,
            y - 18,
            "This transmission may contain confidential information. If you received it in "
            "error, please call the sender.",
        )
        return []

    return Paper([page])


def form4506c_marks(
    first: str,
    mi: str,
    last: str,
    ssn: str,
    street: str,
    city: str,
    state: str,
    zipc: str,
    signed_on: dt.date,
    phone: str,
    seed: int,
) -> tuple[bytes, list[Mark]]:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022) with the synthetic line printed on it, and the answers a
    borrower writes on it in pen: name, SSN, address, the IVES participant (Ridgemark's vendor), the client,
    transcript 1040 with 'Return Transcript' ticked, the years, the attestation box, signature, date and phone."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    base = fixed_pypdf_bytes(writer, "bi4506c")
    yr = signed_on.year

    def t(x: float, y: float, s: str, size: float = 9.5) -> Mark:
        return Mark("text", x, y, s, size=size, pen=True, seed=seed + int(x + y))

    marks = [
        t(28, 669, first),
        t(114, 669, mi),
        t(172, 669, last),
        t(28, 639, ssn),
        t(28, 571, street),
        t(312, 571, city),
        t(420, 571, state),
        t(474, 571, zipc),
        t(28, 508, "Clearline Verification Services", 8.5),
        t(312, 508, "CVS-40817", 8.5),
        t(420, 508, "CLEARLN02", 8.5),
        t(28, 486, "1200 Data Center Drive", 8.5),
        t(312, 486, "Plano", 8.5),
        t(420, 486, "TX", 8.5),
        t(474, 486, "75024", 8.5),
        t(28, 432, SERVICER, 8.5),
        t(474, 432, "800 555 0192", 8.5),
        t(28, 410, SERVICER_ADDR[1], 8.5),
        t(312, 410, "Dallas", 8.5),
        t(420, 410, "TX", 8.5),
        t(474, 410, "75266", 8.5),
        t(28, 364, "1040"),
        Mark("x", 101.5, 353, size=7, pen=True, seed=seed + 1),
        t(26, 270, f"12  31  {yr - 2}", 8.5),
        t(186, 270, f"12  31  {yr - 1}", 8.5),
        Mark("x", 29.5, 197.5, size=7, pen=True, seed=seed + 2),
        Mark("sig", 80, 163, w=190, pen=True, seed=seed + 3),
        t(344, 170, f"{signed_on.month}/{signed_on.day}/{yr}"),
        t(434, 170, phone, 9),
        t(63, 132, f"{first} {mi}. {last}"),
    ]
    return base, marks


# --- packets --------------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False
    printed: list[str] = field(default_factory=list)  # strings its text layer must hold when born-digital


@dataclass
class Part:
    """One paper going through a scanner or a fax: its document (None for a cover sheet), its PDF and the ink."""

    doc: Doc | None
    pdf: bytes
    inks: list[list[Mark]]
    hand: Hand
    seed: int


def part(doc: Doc | None, paper: Paper, mode: str, hand: Hand, seed: int) -> Part:
    pdf, inks = render_paper(paper, mode)
    return Part(doc, pdf, inks, hand, seed)


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the case is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    unlisted: dict[str, list[int]] = field(default_factory=dict)  # cover sheets: file -> page numbers
    fax_files: set[str] = field(default_factory=set)

    def pdf(self, rel: str, data: bytes, doc: Doc, pages: int) -> None:
        """A born-digital file holding one document."""
        self.files[rel] = data
        doc.pages = [(rel, i + 1) for i in range(pages)]
        self.docs.append(doc)

    def scan(self, rel: str, parts: Sequence[Part], style: Scan) -> None:
        """Sheets scanned or faxed into one image-only file, in the order given."""
        sheets: list[Image.Image] = []
        for pt in parts:
            pages = inked_pages(pt.pdf, pt.inks, style, pt.hand, pt.seed)
            first = len(sheets) + 1
            if pt.doc is None:
                self.unlisted.setdefault(rel, []).extend(range(first, first + len(pages)))
            else:
                pt.doc.pages = [(rel, first + i) for i in range(len(pages))]
                pt.doc.scanned = True
                pt.doc.printed = []
                self.docs.append(pt.doc)
            sheets.extend(pages)
        n = len(sheets)
        out = [degrade(img, style, parts[0].seed * 97 + i, i + 1, n) for i, img in enumerate(sheets)]
        self.files[rel] = images_pdf(out, style)
        if style.kind == "fax":
            self.fax_files.add(rel)


def app_doc(app: App) -> Doc:
    return Doc("mortgage_assistance_application", {}, printed=[app.loan])


def stub_doc(s: Stub) -> Doc:
    f = s.fields
    return Doc(
        "pay_stub", f, printed=[money(f["gross_current"]), money(f["net_current"]), money(f["gross_ytd"]), mdy(s.date)]
    )


def stmt_doc(s: Statement) -> Doc:
    f = s.fields
    return Doc("bank_statement", f, printed=[money(f["beginning_balance"]), money(f["ending_balance"])])


def letter_doc(lt: Letter) -> Doc:
    printed = [long_date(lt.date)] if lt.type != "other" else []
    if lt.monthly:
        printed.append(money(lt.monthly))
    return Doc(lt.type, lt.fields, printed=printed)


def fresh(d: str | None, received: dt.date) -> bool:
    return d is not None and 0 <= (received - dt.date.fromisoformat(d)).days <= FRESH_DAYS


def missing_codes(app: dict[str, Any] | None, docs: Sequence[dict[str, Any]], received: dt.date) -> list[str]:
    """shared/spec/checklist.md (Form 710 profile) applied to a case's facts in expected.json form."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not app["signed"] or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        out.append("application_signature")
    income = {k: v for k, v in (app.get("income") or {}).items() if k != "total" and v and v > 0}
    for name in REQUIRED_FIELDS:
        value = income if name == "income" else app.get(name)
        if value in (None, "", [], {}):
            out.append(f"application_field:{name}")

    def of(kind: str) -> list[dict[str, Any]]:
        return [d for d in docs if d["type"] == kind]

    stmts = of("bank_statement")
    two_bank = any(
        a["fields"]["bank_name"] == b["fields"]["bank_name"]
        and a["fields"]["account_last4"] == b["fields"]["account_last4"]
        and dt.date.fromisoformat(b["fields"]["period_start"])
        == dt.date.fromisoformat(a["fields"]["period_end"]) + dt.timedelta(days=1)
        and fresh(a["fields"]["period_end"], received)
        and fresh(b["fields"]["period_end"], received)
        for a in stmts
        for b in stmts
    )
    stub_ok = any(
        d["fields"].get("gross_ytd") is not None and fresh(d["fields"]["pay_date"], received) for d in of("pay_stub")
    )
    pnl_ok = any(
        d["fields"].get("signed") and fresh(d["fields"]["period_end"], received)
        for d in of("profit_and_loss_statement")
    )

    def award(code: str) -> bool:
        return any(
            d["fields"].get("benefit_type") == code and fresh(d["fields"].get("letter_date"), received)
            for d in of("benefit_award_letter")
        )

    satisfied = {
        "wages": stub_ok or two_bank,
        "self_employment": two_bank or pnl_ok or bool(of("tax_return")),
        "unemployment": True,
        "benefits_taxable": two_bank or award("benefits_taxable"),
        "benefits_nontaxable": two_bank or award("benefits_nontaxable"),
        "rental": two_bank or len(of("rent_check")) >= 2,
        "investment": two_bank or len(of("investment_statement")) >= 2,
        "other": two_bank or award("other"),
    }
    for code in income:
        if not satisfied[code]:
            out.append(f"income_doc:{code}")
    have = {d["type"] for d in docs}
    needs = {
        "disability_or_illness": {"hardship_letter", "medical_statement"},
        "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
        "separation_unmarried": {"quitclaim_deed"},
        "death": {"death_certificate", "obituary"},
        "relocation": {"employer_relocation_letter", "military_pcs_orders"},
        "other": {"hardship_letter"},
    }
    for h in app.get("hardship_types") or []:
        if h in needs and not needs[h] & have:
            out.append(f"hardship_doc:{h}")
    if ("self_employment" in income or "rental" in income) and not any(
        d["fields"].get("signed") for d in of("irs_form_4506c")
    ):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    app = p.app.expected()
    docs = [
        {
            "id": f"D{i:02d}",
            "type": d.type,
            "scanned": d.scanned,
            "pages": [{"file": f, "page": n} for f, n in d.pages],
            "fields": d.fields,
        }
        for i, d in enumerate(p.docs, 1)
    ]
    codes = missing_codes(app, docs, p.received)
    return {
        "loan_number": p.app.loan,
        "received_on": p.received.isoformat(),
        "status": "incomplete" if codes else "complete",
        "missing": codes,
        "application": app,
        "documents": docs,
    }


GREY = Scan("grey", 300, 0.28, 0.6, 0.0004)


def fax_style(date: dt.date, clock: str, sender: str, number: str, tilt: float = 0.18) -> Scan:
    header = f"{date.strftime('%b %d %Y').upper()} {clock}  FROM: {sender:<26} {number}   P.{{page:03d}}/{{pages:03d}}"
    return Scan("fax", 204, tilt, 0.45, 0.0003, header)


def packet_bi1(seed: int) -> Packet:
    """Complete: the grid form typed and signed on screen, two fresh Pinnacrest stubs, a typed letter."""
    received = weekday(dt.date(2046, 3, 26))
    job = Job(
        "Holmquist Precision Castings, Inc.",
        "2200 Foundry Road | Waterloo, IA 50703",
        "Annelise K. Brandvold",
        "004512",
        "Finishing - 2nd shift",
        "biweekly",
        31.85,
        80,
        (("Overtime", 1.5, (0, 0, 4, 6.5)), ("Shift Differential", 0.05, (40, 40, 80))),
        0.1,
        0.045,
        "IA State Income Tax",
        (("401(k)", 0.05), ("Medical Plan", 88.4)),
        (("Union Dues", 21.5),),
        "7710",
        seed * 11 + 1,
    )
    stubs = [pinnacrest_stub(job, dt.date(2046, 3, 2)), pinnacrest_stub(job, dt.date(2046, 3, 16))]
    app = App(
        "3318407725",
        "Annelise K. Brandvold",
        "951-44-2087",
        "4127 Sable Ridge Drive",
        "Cedar Falls",
        "IA",
        "50613",
        "Black Hawk",
        "(319) 555-0148",
        "abrandvold@example.net",
        "primary_residence",
        ["reduction_in_income", "increase_in_housing_expenses"],
        dt.date(2045, 11, 3),
        "long",
        {"D1": r2(31.85 * 80 * 26 / 12)},
        dt.date(2046, 3, 23),
        household=3,
        explanation="The foundry ended overtime on the second shift in November, and my escrow payment went "
        "up by $186 in January after the county reassessed the house.",
        assets=(842.16, 1200.0, 0.0, 18450.0),
        housing=(1388.42, 0.0, 0.0, 0.0),
        seed=seed * 10 + 1,
    )
    p = Packet("bi1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Brandvold - Mortgage Assistance Request (signed).pdf", digital(rnm2210(app)), app_doc(app), 3)
    for s in stubs:
        p.pdf(f"{folder}/Earnings Statement {s.date.isoformat()}.pdf", digital(s.paper), stub_doc(s), 1)
    on = dt.date(2046, 3, 23)
    hl = typed_hardship(
        [app.borrower],
        [app.street, "Cedar Falls, IA 50613"],
        app.loan,
        on,
        [
            "I am asking Ridgemark to review my loan for a modification. I have worked in the finishing department at "
            "Holmquist Precision Castings for eleven years. Until last November I worked ten to fifteen hours of "
            "overtime every pay period; in November the company ended overtime on the second shift, and my pay dropped "
            "by about $900 a month.",
            "In January my escrow payment also went up after the county reassessed the house, so my mortgage "
            "payment is "
            "now higher while my income is lower. I made partial payments in January and February and could not make "
            "the March payment.",
            "My base pay has not changed and I expect to keep my job. With a lower payment I can stay "
            "current. Thank you "
            "for considering my request.",
        ],
        [],
        ink=False,
        seed=seed,
    )
    p.pdf(f"{folder}/hardship letter.pdf", digital(hl.paper), letter_doc(hl), 1)
    return p


def packet_bi2(seed: int) -> Packet:
    """Incomplete (application_signature): typed form printed, signed and dated in pen by the borrower only."""
    received = weekday(dt.date(2046, 4, 16))
    job = Job(
        "Lackawanna Valley Distribution Co.",
        "900 Keyser Avenue | Scranton, PA 18504",
        "Dominic R. Pellegrino",
        "LVD-30981",
        "Warehouse Operations",
        "semimonthly",
        2350.00,
        0,
        (),
        0.095,
        0.0307,
        "PA State Income Tax",
        (("Medical - Family", 142.3), ("401(k) 4%", 0.04)),
        (("Local EIT", 0.015),),
        "2093",
        seed * 11 + 2,
    )
    stubs = [ledgerwell_stub(job, dt.date(2046, 3, 15)), ledgerwell_stub(job, dt.date(2046, 3, 30))]
    weekly = 412.0
    app = App(
        "5520913846",
        "Dominic R. Pellegrino",
        "967-38-1104",
        "219 Larchmont Terrace",
        "Scranton",
        "PA",
        "18505",
        "Lackawanna",
        "(570) 555-0131",
        "dpellegrino@example.com",
        "primary_residence",
        ["unemployment"],
        dt.date(2046, 1, 16),
        "short",
        {"D1": 4700.00},
        dt.date(2046, 4, 9),
        co="Theresa A. Pellegrino",
        co_ssn="967-52-8830",
        co_phone="(570) 555-0177",
        co_email="tpellegrino@example.com",
        income_c={"D3": r2(weekly * 52 / 12)},
        co_signs=False,
        pen_date=True,
        household=4,
        explanation="My wife was laid off from her job at the hospital laundry in January. She receives "
        "unemployment while she looks for work.",
        assets=(611.4, 150.0, 0.0, 9200.0),
        housing=(1512.77, 0.0, 0.0, 0.0),
        contact="Home phone",
        seed=seed * 10 + 2,
    )
    p = Packet("bi2", received, app, ["application_signature"])
    uc = uc_determination(
        "Theresa A. Pellegrino",
        [app.street, "Scranton, PA 18505"],
        dt.date(2046, 1, 29),
        weekly,
        dt.date(2046, 1, 18),
        "Mid-Valley Hospital Linen Services",
    )
    on = dt.date(2046, 4, 9)
    hl = typed_hardship(
        [app.borrower],
        [app.street, "Scranton, PA 18505"],
        app.loan,
        on,
        [
            "My wife Theresa lost her job on January 16 when the hospital laundry where she worked closed. Her "
            "unemployment pays about half of what she earned, and we have two children at home.",
            "We fell behind on the February and March payments. I am still working full time at Lackawanna Valley "
            "Distribution. We would like to keep our home and ask for a temporary lower payment until Theresa finds "
            "work.",
        ],
        [app.borrower],
        ink=True,
        seed=seed + 22,
        font="Helvetica",
    )
    hand = HANDS["leaning"]
    p.scan(
        f"Pellegrino {app.loan}.pdf",
        [
            part(app_doc(app), rnm2210(app), "print", hand, seed + 200),
            part(stub_doc(stubs[0]), stubs[0].paper, "print", hand, seed + 201),
            part(stub_doc(stubs[1]), stubs[1].paper, "print", hand, seed + 202),
            part(letter_doc(uc), uc.paper, "print", hand, seed + 203),
            part(letter_doc(hl), hl.paper, "print", hand, seed + 204),
        ],
        GREY,
    )
    return p


def packet_bi3(seed: int) -> Packet:
    """Complete: the form hand-printed and faxed with a signed P&L, a signed 4506-C and a hand-written letter."""
    received = weekday(dt.date(2046, 4, 10))
    pnl = pnl_report(
        "Achterberg Mobile Pet Grooming LLC",
        "Rosalind J. Achterberg",
        dt.date(2046, 1, 1),
        dt.date(2046, 3, 31),
        [("4000 Grooming Services", 12840.0), ("4100 Add-on Services", 1436.5), ("4200 Product Sales", 412.75)],
        [("5000 Shampoo and Grooming Supplies", 1104.2)],
        [
            ("6010 Vehicle Fuel", 1311.46),
            ("6020 Vehicle Repairs", 2980.0),
            ("6100 Insurance", 642.0),
            ("6200 Phone and Scheduling App", 187.59),
            ("6300 Licenses and Fees", 64.0),
        ],
        dt.datetime(2046, 4, 6, 8, 14),
        dt.date(2046, 4, 6),
        seed + 33,
    )
    monthly = r2(pnl.fields["net_income"] / 3)
    app = App(
        "0073615590",
        "Rosalind J. Achterberg",
        "955-21-4478",
        "1506 Coyote Wash Road",
        "Prescott",
        "AZ",
        "86305",
        "Yavapai",
        "(928) 555-0164",
        "r.achterberg@example.net",
        "primary_residence",
        ["disability_or_illness"],
        dt.date(2045, 12, 2),
        "short",
        {"D2": monthly},
        dt.date(2046, 4, 6),
        mailing="PO Box 1187, Chino Valley, AZ 86323",
        household=1,
        explanation="Back surgery in December. I could not work for eight weeks and my grooming van needed a "
        "new transmission.",
        assets=(1310.25, 0.0, 0.0, 6400.0),
        housing=(1096.5, 0.0, 0.0, 0.0),
        seed=seed * 10 + 3,
    )
    p = Packet("bi3", received, app, [])
    hand = HANDS["upright"]
    base4506, marks4506 = form4506c_marks(
        "Rosalind",
        "J",
        "Achterberg",
        "955-21-4478",
        app.street,
        app.city,
        app.state,
        app.zip,
        dt.date(2046, 4, 6),
        "928 555 0164",
        seed + 34,
    )
    hl = handwritten_letter(
        "April 6, 2046",
        dt.date(2046, 4, 6),
        ["Dear Ridgemark,", f"Loan # {app.loan}"],
        [
            "I am writing to explain why I fell behind on my mortgage. In December I had surgery on my back "
            "and I could "
            "not work for eight weeks.",
            "I run a mobile dog grooming business out of my van. I am self employed, so when I could not work "
            "there was "
            "no money coming in. In February the van also needed a new transmission.",
            "I am back to a full schedule now. I am asking for help with the missed payments so I can keep my house.",
        ],
        ["Thank you,"],
        [app.borrower],
        seed + 35,
    )
    cover = fax_cover(
        "Copper Trail Print & Ship",
        "618 Miller Valley Road, Prescott, AZ 86301  -  (928) 555-0188",
        app.borrower,
        app.phone,
        received,
        7,
        app.loan,
        "mortgage assistance request",
    )
    style = fax_style(received, "09:31", "COPPER TRAIL PRINT", "9285550188")
    p.scan(
        "FAX_20460410_093112.pdf",
        [
            part(None, cover, "screen", hand, seed + 300),
            part(app_doc(app), rnm2210(app), "hand", hand, seed + 301),
            part(Doc("profit_and_loss_statement", pnl.fields), pnl.paper, "print", hand, seed + 302),
            Part(
                Doc("irs_form_4506c", {"signed": True, "signed_on": "2046-04-06"}),
                base4506,
                [marks4506],
                hand,
                seed + 303,
            ),
            part(letter_doc(hl), hl.paper, "hand", hand, seed + 304),
        ],
        style,
    )
    return p


def packet_bi4(seed: int) -> Packet:
    """Incomplete (income_doc:wages, stale): born-digital files; the only pay stubs are from February."""
    received = weekday(dt.date(2046, 6, 11))
    job = Job(
        "Lowcountry Marine Electric LLC",
        "40 Shell Point Road | Beaufort, SC 29906",
        "Gerald T. Fairweather",
        "000387",
        "Field Service",
        "semimonthly",
        27.40,
        86.67,
        (("Overtime", 1.5, (0, 3, 5.5)),),
        0.09,
        0.05,
        "SC State Withholding",
        (("Dental", 22.1), ("Medical", 96.75)),
        (),
        "5531",
        seed * 11 + 4,
    )
    stubs = [pinnacrest_stub(job, dt.date(2046, 2, 15)), pinnacrest_stub(job, dt.date(2046, 2, 28))]
    va = va_award(
        "Lucinda M. Fairweather", ["61 Marsh Hawk Lane", "Beaufort, SC 29902"], dt.date(2046, 4, 2), 1386.44, 70
    )
    app = App(
        "7704528139",
        "Gerald T. Fairweather",
        "983-06-5521",
        "61 Marsh Hawk Lane",
        "Beaufort",
        "SC",
        "29902",
        "Beaufort",
        "(843) 555-0122",
        "gfairweather@example.org",
        "primary_residence",
        ["disability_or_illness", "reduction_in_income"],
        dt.date(2045, 9, 18),
        "long",
        {"D1": r2(27.40 * 86.67 * 2)},
        dt.date(2046, 6, 2),
        co="Lucinda M. Fairweather",
        co_ssn="983-47-2209",
        co_phone="(843) 555-0190",
        co_email="lucinda.fw@example.org",
        income_c={"D5": 1386.44},
        household=2,
        explanation="My wife was diagnosed with a serious illness in September and had to stop working. I "
        "cut my hours to take her to treatment.",
        assets=(2204.9, 3100.0, 0.0, 41800.0),
        housing=(1644.05, 0.0, 212.0, 0.0),
        contact="E-mail",
        seed=seed * 10 + 4,
    )
    p = Packet("bi4", received, app, ["income_doc:wages"])
    loan = app.loan
    p.pdf(f"{loan}_MAR.pdf", digital(rnm2210(app)), app_doc(app), 3)
    for s in stubs:
        p.pdf(f"{loan}_paystub_{s.date.strftime('%m%d')}.pdf", digital(s.paper), stub_doc(s), 1)
    p.pdf(f"{loan}_VA_letter.pdf", digital(va.paper), letter_doc(va), 1)
    on = dt.date(2046, 6, 2)
    hl = typed_hardship(
        [app.borrower, app.co or ""],
        ["61 Marsh Hawk Lane", "Beaufort, SC 29902"],
        loan,
        on,
        [
            "Last September Lucinda was diagnosed with a serious illness. She had to leave her job, and her treatment "
            "in Charleston takes two days every other week, so I gave up my overtime and some regular hours to drive "
            "her there.",
            "Her VA compensation helps, but our income is about $1,900 a month less than it was last summer. "
            "We used our "
            "savings to stay current through April and we missed the May payment.",
            "We are asking for a modification so that we can keep our home while she is in treatment.",
        ],
        [],
        ink=False,
        seed=seed,
        font="Helvetica",
    )
    p.pdf(f"{loan}_hardship.pdf", digital(hl.paper), letter_doc(hl), 1)
    bill = water_bill("Gerald Fairweather", "61 Marsh Hawk Lane", dt.date(2046, 5, 20), "204-118830-02")
    p.pdf(f"{loan}_water_bill.pdf", digital(bill.paper), letter_doc(bill), 1)
    return p


def packet_bi5(seed: int) -> Packet:
    """Complete: hand-printed form faxed by both spouses with weekly stubs, a transfer letter and a pension letter."""
    received = weekday(dt.date(2046, 5, 22))
    job = Job(
        "Bookcliff Rail Services, Inc.",
        "2851 Railyard Way | Grand Junction, CO 81501",
        "Everett J. Saltonstall",
        "BRS-11872",
        "Car Shop",
        "weekly",
        29.10,
        40,
        (("Overtime", 1.5, (0, 2, 4, 8)),),
        0.1,
        0.044,
        "CO State Income Tax",
        (("Medical PPO", 61.2), ("Railroad Retirement Tier II", 0.049)),
        (("Union Dues", 9.75),),
        "4418",
        seed * 11 + 5,
    )
    stubs = [ledgerwell_stub(job, dt.date(2046, 5, 11)), ledgerwell_stub(job, dt.date(2046, 5, 18))]
    addr = ["2290 Pinyon Crest Court", "Grand Junction, CO 81507"]
    pension = pension_letter("Maribel Saltonstall", addr, dt.date(2046, 3, 2), 1642.30, dt.date(2041, 6, 30))
    transfer = transfer_letter(
        "Everett J. Saltonstall",
        dt.date(2046, 4, 20),
        "Bookcliff Rail Services, Inc.",
        "Green River, Wyoming",
        dt.date(2046, 6, 1),
    )
    app = App(
        "6158027394",
        "Everett J. Saltonstall",
        "972-15-6603",
        "2290 Pinyon Crest Court",
        "Grand Junction",
        "CO",
        "81507",
        "Mesa",
        "(970) 555-0183",
        "esaltonstall@example.com",
        "primary_residence",
        ["relocation", "increase_in_housing_expenses"],
        dt.date(2046, 4, 20),
        "long",
        {"D1": r2(29.10 * 40 * 52 / 12)},
        dt.date(2046, 5, 14),
        co="Maribel Saltonstall",
        co_ssn="972-61-0048",
        co_phone="(970) 555-0119",
        income_c={"D4": 1642.30},
        household=2,
        explanation="My job is being moved to Green River, Wyoming on June 1. I will have to rent a place "
        "there and pay the mortgage here until we sell.",
        assets=(1875.0, 4200.0, 0.0, 0.0),
        housing=(1577.9, 0.0, 0.0, 0.0),
        contact="Home phone",
        seed=seed * 10 + 5,
    )
    p = Packet("bi5", received, app, [])
    hand = HANDS["leaning"]
    hl = handwritten_letter(
        "May 14, 2046",
        dt.date(2046, 5, 14),
        ["To Ridgemark Loss Mitigation -", f"Loan number {app.loan}"],
        [
            "On April 20 my employer told me that the Grand Junction car shop is closing and my job is moving to Green "
            "River, Wyoming starting June 1. I have worked there 19 years and I cannot afford to lose the job.",
            "I will have to rent a room in Green River and drive home on weekends. My wife is retired and stays here. "
            "The rent and the driving will cost us about $1,100 a month more.",
            "We would like a lower payment for now so we can keep up until we decide whether to sell the house.",
        ],
        ["Sincerely,"],
        [app.borrower, app.co or ""],
        seed + 55,
    )
    cover = fax_cover(
        "Mesa Mail & Copy",
        "2464 US Highway 6 & 50, Grand Junction, CO 81505  -  (970) 555-0150",
        app.borrower,
        app.phone,
        received,
        9,
        app.loan,
        "application and documents",
    )
    style = fax_style(received, "14:05", "MESA MAIL COPY", "9705550150", tilt=0.3)
    p.scan(
        f"Fax_{app.loan}_0522.pdf",
        [
            part(None, cover, "screen", hand, seed + 500),
            part(app_doc(app), rnm2210(app), "hand", hand, seed + 501),
            part(stub_doc(stubs[0]), stubs[0].paper, "print", hand, seed + 502),
            part(stub_doc(stubs[1]), stubs[1].paper, "print", hand, seed + 503),
            part(letter_doc(transfer), transfer.paper, "print", hand, seed + 504),
            part(letter_doc(pension), pension.paper, "print", hand, seed + 505),
            part(letter_doc(hl), hl.paper, "hand", hand, seed + 506),
        ],
        style,
    )
    return p


def packet_bi6(seed: int) -> Packet:
    """Incomplete (hardship start date blank; rental claimed without a 4506-C): typed form printed, signed and dated
    in pen, each paper scanned grey on its own into the loan's folder."""
    received = weekday(dt.date(2046, 8, 21))
    job = Job(
        "North Shore Regional Transit",
        "2402 West Michigan Street | Duluth, MN 55806",
        "Naomi R. Castellano",
        "NSRT-2207",
        "Operations - Bus Operator",
        "biweekly",
        26.75,
        80,
        (("Overtime", 1.5, (0, 3, 5, 8)), ("Holiday", 1.0, (0, 0, 8))),
        0.085,
        0.0535,
        "MN Withholding",
        (("HSA", 40.0), ("PERA Retirement", 0.065)),
        (("ATU Local Dues", 28.0),),
        "4471",
        seed * 11 + 6,
    )
    stub = pinnacrest_stub(job, dt.date(2046, 8, 3))
    addr = ["735 Ferncliff Avenue", "Duluth, MN 55803"]
    rng = random.Random(seed * 1000 + 6)
    net = 1745.12
    s1 = ironrange_statement(
        rng,
        "Naomi R. Castellano",
        addr,
        "8803114471",
        2046,
        6,
        1422.18,
        [(2, "MOBILE DEP RENT UNIT B", 1150.0), (5, "PAYROLL NSRT DIR DEP", net), (19, "PAYROLL NSRT DIR DEP", net)],
    )
    s2 = ironrange_statement(
        rng,
        "Naomi R. Castellano",
        addr,
        "8803114471",
        2046,
        7,
        s1.fields["ending_balance"],
        [
            (1, "MOBILE DEP RENT UNIT B", 1150.0),
            (3, "PAYROLL NSRT DIR DEP", net),
            (17, "PAYROLL NSRT DIR DEP", net),
            (31, "PAYROLL NSRT DIR DEP", net),
        ],
    )
    app = App(
        "4402871160",
        "Naomi R. Castellano",
        "940-27-6615",
        "735 Ferncliff Avenue",
        "Duluth",
        "MN",
        "55803",
        "St. Louis",
        "(218) 555-0157",
        "ncastellano@example.net",
        "primary_residence",
        ["increase_in_housing_expenses"],
        None,
        "long",
        {"D1": r2(26.75 * 80 * 26 / 12), "D6": 1150.0},
        dt.date(2046, 8, 12),
        pen_date=True,
        household=2,
        answers={"tenant": True},
        explanation="The city special assessment for the street and sewer project added $238 a month to my "
        "escrow, and the boiler in the duplex had to be replaced.",
        assets=(2310.77, 0.0, 0.0, 12600.0),
        housing=(1702.66, 0.0, 0.0, 0.0),
        seed=seed * 10 + 6,
    )
    p = Packet("bi6", received, app, ["application_field:hardship_start_date", "irs_form_4506c"])
    on = dt.date(2046, 8, 12)
    hl = typed_hardship(
        [app.borrower],
        addr,
        app.loan,
        on,
        [
            "I own a duplex on Ferncliff Avenue. I live in the upstairs unit and rent the lower unit for $1,150 a "
            "month. This spring the city finished the street and sewer project on our block and assessed every owner; "
            "my share was added to my escrow and my payment went up by $238 a month.",
            "At the same time the boiler that heats both units failed and had to be replaced, which I put on a credit "
            "card. I have paid the mortgage late twice and missed the July payment.",
            "I drive a bus for North Shore Regional Transit and my tenant has paid on time for four years. I am asking "
            "for a modification that brings the payment back to what I can afford.",
        ],
        [app.borrower],
        ink=True,
        seed=seed + 66,
    )
    hand = HANDS["boxy"]
    folder = app.loan
    papers = [
        (app_doc(app), rnm2210(app)),
        (stub_doc(stub), stub.paper),
        (stmt_doc(s1), s1.paper),
        (stmt_doc(s2), s2.paper),
        (letter_doc(hl), hl.paper),
    ]
    for i, (doc, paper) in enumerate(papers):
        style = Scan("grey", 300, (0.18, 0.34, 0.26, 0.4, 0.22)[i], 0.55, 0.0004)
        p.scan(f"{folder}/SCAN{i + 1:04d}.PDF", [part(doc, paper, "print", hand, seed + 600 + i)], style)
    return p


def packet_bi7(seed: int) -> Packet:
    """Complete: born-digital files, both sisters on the form, two stubs, two consecutive Back Bay statements."""
    received = weekday(dt.date(2046, 9, 25))
    job_v = Job(
        "Keesler Bay Dental Group",
        "1120 Howard Avenue | Biloxi, MS 39530",
        "Vivian S. Thorsby",
        "00841",
        "Hygiene",
        "biweekly",
        22.40,
        72,
        (("Saturday Clinic", 1.25, (0, 0, 8)),),
        0.07,
        0.04,
        "MS State Income Tax",
        (("Medical", 74.0),),
        (),
        "9013",
        seed * 11 + 7,
    )
    job_c = Job(
        "Seaward Outfitters, Inc.",
        "2650 Beach Boulevard | Biloxi, MS 39531",
        "Colette A. Thorsby",
        "SO-5528",
        "Store 14 - Sales Floor",
        "semimonthly",
        17.25,
        80,
        (("Overtime", 1.5, (0, 2, 4)),),
        0.06,
        0.035,
        "MS State Income Tax",
        (),
        (),
        "7302",
        seed * 11 + 8,
    )
    stub_v = pinnacrest_stub(job_v, dt.date(2046, 9, 14))
    stub_c = ledgerwell_stub(job_c, dt.date(2046, 9, 14))
    addr = ["19 Breakwater Lane", "Biloxi, MS 39530"]
    rng = random.Random(seed * 1000 + 7)
    holder = "Vivian S. Thorsby / Colette A. Thorsby"
    s1 = backbay_statement(
        rng,
        holder,
        addr,
        "4407729013",
        2046,
        7,
        2210.55,
        [
            (3, "ACH DEP R THORSBY ALIMONY", 650.0),
            (10, "KEESLER BAY DENTAL PAYROLL", 1301.62),
            (15, "SEAWARD OUTFITTERS PAYROLL", 1180.4),
            (20, "ST PAUL UMC MUSIC STIPEND", 180.0),
            (24, "KEESLER BAY DENTAL PAYROLL", 1301.62),
            (31, "SEAWARD OUTFITTERS PAYROLL", 1180.4),
        ],
    )
    s2 = backbay_statement(
        rng,
        holder,
        addr,
        "4407729013",
        2046,
        8,
        s1.fields["ending_balance"],
        [
            (3, "ACH DEP R THORSBY ALIMONY", 650.0),
            (7, "KEESLER BAY DENTAL PAYROLL", 1301.62),
            (14, "SEAWARD OUTFITTERS PAYROLL", 1180.4),
            (20, "ST PAUL UMC MUSIC STIPEND", 180.0),
            (21, "KEESLER BAY DENTAL PAYROLL", 1301.62),
            (31, "SEAWARD OUTFITTERS PAYROLL", 640.15),
        ],
    )
    app = App(
        "8830154627",
        "Vivian S. Thorsby",
        "926-70-3318",
        "19 Breakwater Lane",
        "Biloxi",
        "MS",
        "39530",
        "Harrison",
        "(228) 555-0109",
        "vthorsby@example.com",
        "primary_residence",
        ["disaster", "other"],
        dt.date(2046, 8, 18),
        "short",
        {"D1": r2(22.40 * 72 * 26 / 12), "D8": 650.0},
        dt.date(2046, 9, 17),
        co="Colette A. Thorsby",
        co_ssn="926-84-0157",
        co_phone="(228) 555-0166",
        co_email="colette.thorsby@example.com",
        income_c={"D1": r2(17.25 * 80 * 24 / 12), "D9": 180.0},
        other_text="Co-borrower's store closed for storm repairs",
        other_income_text="Church music stipend",
        household=2,
        explanation="The August 18 storm damaged our roof and the back room. Colette's store was "
        "closed for three weeks and she lost her hours.",
        assets=(1466.8, 500.0, 0.0, 7300.0),
        housing=(1249.33, 0.0, 0.0, 35.0),
        answers={"hoa": True},
        hoa_name="Breakwater Point HOA",
        contact="Text message",
        seed=seed * 10 + 7,
    )
    p = Packet("bi7", received, app, [])
    adj = adjuster_letter("Vivian S. Thorsby", addr, dt.date(2046, 8, 24), "MCM-HO-46-088231", dt.date(2046, 8, 18))
    on = dt.date(2046, 9, 17)
    hl = typed_hardship(
        [app.borrower, app.co or ""],
        addr,
        app.loan,
        on,
        [
            "On August 18 a storm tore part of the roof off our house and water came into the back room. We have "
            "filed a claim with our insurer, but we had to pay for the emergency tarp and the clean-up ourselves.",
            "The same storm flooded Seaward Outfitters, where Colette works. The store was closed for three weeks and "
            "she was not paid for those weeks, which is the other hardship on our form.",
            "We paid the August payment late and cannot make the September payment. We ask for a short forbearance or "
            "another option until the insurance claim is settled and Colette's hours are back.",
        ],
        [],
        ink=False,
        seed=seed,
    )
    loan = app.loan
    files = [
        (app_doc(app), digital(rnm2210(app)), 3),
        (stub_doc(stub_v), digital(stub_v.paper), 1),
        (stub_doc(stub_c), digital(stub_c.paper), 1),
        (stmt_doc(s1), digital(s1.paper), 1),
        (stmt_doc(s2), digital(s2.paper), 1),
        (letter_doc(adj), digital(adj.paper), 1),
        (letter_doc(hl), digital(hl.paper), 1),
    ]
    for i, (doc, data, n) in enumerate(files):
        p.pdf(f"{loan}-{i + 1:02d}.pdf", data, doc, n)
    return p


def packet_bi8(seed: int) -> Packet:
    """Incomplete (hardship_doc:divorce_or_separation): hand-printed form faxed with two stubs and a hand-written
    letter; no decree, separation agreement or quitclaim deed."""
    received = weekday(dt.date(2046, 11, 6))
    job = Job(
        "Green Mountain Cooperative Creamery",
        "77 Dog River Road | Berlin, VT 05641",
        "Loretta J. Brannigan",
        "GMC-0612",
        "Packaging",
        "biweekly",
        21.90,
        80,
        (("Overtime", 1.5, (0, 2, 6)),),
        0.08,
        0.036,
        "VT State Income Tax",
        (("Medical", 58.6), ("403(b)", 0.03)),
        (),
        "8857",
        seed * 11 + 9,
    )
    stubs = [ledgerwell_stub(job, dt.date(2046, 10, 12)), ledgerwell_stub(job, dt.date(2046, 10, 26))]
    app = App(
        "1093847562",
        "Loretta J. Brannigan",
        "911-58-7740",
        "5 Quarry Hill Road",
        "Montpelier",
        "VT",
        "05602",
        "Washington",
        "(802) 555-0138",
        "lbrannigan@example.org",
        "primary_residence",
        ["divorce_or_separation"],
        dt.date(2046, 7, 1),
        "long",
        {"D1": r2(21.90 * 80 * 26 / 12)},
        dt.date(2046, 10, 28),
        household=2,
        explanation="My husband moved out in July and we are getting divorced. I am the only income now and "
        "he stopped paying toward the mortgage.",
        assets=(512.3, 0.0, 0.0, 4100.0),
        housing=(1318.4, 0.0, 0.0, 0.0),
        seed=seed * 10 + 8,
    )
    p = Packet("bi8", received, app, ["hardship_doc:divorce_or_separation"])
    hand = HANDS["boxy"]
    hl = handwritten_letter(
        "Oct 28 2046",
        dt.date(2046, 10, 28),
        ["Ridgemark National Mortgage -", f"re: loan {app.loan}"],
        [
            "My husband Sean moved out of the house on July 1 and we have filed for divorce. The divorce is not final "
            "yet. He paid half of the mortgage before and he has not paid anything since July.",
            "I work full time at the creamery but my pay is not enough to cover the whole payment and the "
            "bills. I have "
            "missed the September and October payments.",
            "I want to keep the house for my son and me. Please help me with a lower payment.",
        ],
        ["Thank you", ""],
        [app.borrower],
        seed + 88,
    )
    cover = fax_cover(
        "Capital City Copy Center",
        "14 State Street, Montpelier, VT 05602  -  (802) 555-0171",
        app.borrower,
        app.phone,
        received,
        7,
        app.loan,
        "hardship application",
    )
    style = fax_style(received, "14:22", "CAPITAL CITY COPY", "8025550171", tilt=0.12)
    p.scan(
        f"{app.loan}/FX20461106-142207.pdf",
        [
            part(None, cover, "screen", hand, seed + 800),
            part(app_doc(app), rnm2210(app), "hand", hand, seed + 801),
            part(stub_doc(stubs[0]), stubs[0].paper, "print", hand, seed + 802),
            part(stub_doc(stubs[1]), stubs[1].paper, "print", hand, seed + 803),
            part(letter_doc(hl), hl.paper, "hand", hand, seed + 804),
        ],
        style,
    )
    return p


# --- main -----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [
    packet_bi1,
    packet_bi2,
    packet_bi3,
    packet_bi4,
    packet_bi5,
    packet_bi6,
    packet_bi7,
    packet_bi8,
]


def codes_known() -> set[str]:
    out = {"application", "application_signature", "irs_form_4506c"}
    out |= {f"application_field:{n}" for n in REQUIRED_FIELDS}
    out |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    out |= {
        f"hardship_doc:{h}"
        for h in (
            "disability_or_illness",
            "divorce_or_separation",
            "separation_unmarried",
            "death",
            "relocation",
            "other",
        )
    }
    return out


def page_text(reader: PdfReader, n: int) -> str:
    return reader.pages[n - 1].extract_text() or ""


def check(out: Path, built: dict[str, Packet]) -> list[str]:
    """Re-read every packet written under out and check it against itself (see the module docstring)."""
    problems: list[str] = []
    known = codes_known()
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        bad = problems.append
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            bad(f"{name}: keys {sorted(exp)}")
            continue
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year != 2046 or received.weekday() > 4:
            bad(f"{name}: received {received} is not a weekday of 2046")
        if (exp["status"] == "complete") != (not exp["missing"]) or exp["status"] not in ("complete", "incomplete"):
            bad(f"{name}: status {exp['status']} and missing {exp['missing']} disagree")
        bad_codes = [c for c in exp["missing"] if c not in known]
        if bad_codes:
            bad(f"{name}: unknown codes {bad_codes}")
        app = exp["application"]
        if app["loan_number"] != exp["loan_number"] or not (6 <= len(app["loan_number"]) <= 15):
            bad(f"{name}: loan number")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            bad(f"{name}: occupancy or hardship codes")
        if not set(app["income"]) <= {*INCOMES, "total"}:
            bad(f"{name}: income codes {sorted(app['income'])}")
        lines = [v for k, v in app["income"].items() if k != "total"]
        if abs(r2(sum(lines)) - app["income"]["total"]) > 0.005 or any(v <= 0 for v in lines):
            bad(f"{name}: income total {app['income']}")
        if not (900 <= int(built[name].app.ssn[:3]) <= 999) if name in built else False:
            bad(f"{name}: SSN area")
        if app["signed"] != (app["signed_on"] is not None):
            bad(f"{name}: signed and signed_on disagree")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            bad(f"{name}: co-borrower name and signature disagree")
        again = missing_codes(app, exp["documents"], received)
        if again != sorted(exp["missing"]):
            bad(f"{name}: the checklist gives {again}, expected.json says {exp['missing']}")
        if name in built and sorted(built[name].scenario) != sorted(exp["missing"]):
            bad(f"{name}: scenario {built[name].scenario} but the rules give {exp['missing']}")
        readers: dict[str, PdfReader] = {}
        seen: set[tuple[str, int]] = set()
        ids = [d["id"] for d in exp["documents"]]
        if ids != [f"D{i:02d}" for i in range(1, len(ids) + 1)]:
            bad(f"{name}: document ids {ids}")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                bad(f"{name}: type {doc['type']}")
            if not doc["pages"]:
                bad(f"{name}: {doc['id']} has no pages")
            text = ""
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    bad(f"{name}: page listed twice {key}")
                seen.add(key)
                path = exp_path.parent / "inbox" / pg["file"]
                if not path.is_file():
                    bad(f"{name}: missing file {pg['file']}")
                    continue
                reader = readers.setdefault(pg["file"], PdfReader(path))
                if not 1 <= pg["page"] <= len(reader.pages):
                    bad(f"{name}: no page {key}")
                    continue
                t = page_text(reader, pg["page"])
                text += t
                has_text = bool(t.replace(SYNTH, "").strip())
                if has_text == doc["scanned"]:
                    bad(f"{name}: {doc['id']} scanned={doc['scanned']} but text layer={has_text} on {key}")
                if not doc["scanned"] and SYNTH not in t:
                    bad(f"{name}: no synthetic-document line on {key}")
            f = doc["fields"]
            for k, v in f.items():
                if (k.endswith(("_date", "_start", "_end")) or k == "signed_on") and v is not None:
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                    bad(f"{name}: {doc['id']} monthly_gross")
                if not f["period_start"] <= min(f["period_end"], f["pay_date"]) or f["gross_ytd"] < f["gross_current"]:
                    bad(f"{name}: {doc['id']} pay dates or year to date")
                if not 0 < f["net_current"] < f["gross_current"]:
                    bad(f"{name}: {doc['id']} net pay")
            if doc["type"] == "bank_statement" and f["period_start"] > f["period_end"]:
                bad(f"{name}: {doc['id']} period")
            if not doc["scanned"] and name in built:
                flat = text.replace(" ", "").replace("\n", "")
                src = next(
                    d
                    for d in built[name].docs
                    if d.pages and d.pages[0] == (doc["pages"][0]["file"], doc["pages"][0]["page"])
                )
                for want in src.printed:
                    if want.replace(" ", "") not in flat:
                        bad(f"{name}: {doc['id']} does not print {want!r}")
        # every page of every file is a listed document page or a known cover sheet
        for path in sorted((exp_path.parent / "inbox").rglob("*")):
            if not path.is_file():
                continue
            rel = path.relative_to(exp_path.parent / "inbox").as_posix()
            reader = readers.setdefault(rel, PdfReader(path))
            listed = {n for f2, n in seen if f2 == rel}
            if name in built:
                covers = set(built[name].unlisted.get(rel, []))
            else:  # checking an earlier run: only a first page may be an unlisted cover sheet
                covers = {1} - listed if reader.pages else set()
            if listed | covers != set(range(1, len(reader.pages) + 1)) or listed & covers:
                bad(
                    f"{name}: pages of {rel}: listed {sorted(listed)}, covers {sorted(covers)}, "
                    f"{len(reader.pages)} in the file"
                )
            for n in covers:
                if page_text(reader, n).strip():
                    bad(f"{name}: cover page {n} of {rel} has a text layer")
            if name in built and rel in built[name].fax_files:
                for pg in reader.pages:
                    for img in pg.images:
                        if img.image.size != (1734, round(2244 * FAX_DPI[1] / FAX_DPI[0])):
                            bad(f"{name}: {rel} is not a fine-resolution fax page {img.image.size}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="re-read what was written and check it")
    ap.add_argument("--only", nargs="*", help="build only these packets (bi1 .. bi8)")
    args = ap.parse_args(argv)
    began = time.perf_counter()
    built: dict[str, Packet] = {}
    problems: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        built[name] = p
        print(
            f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-':<52} {len(exp['documents'])} documents, "
            f"{len(p.files)} file(s), {sum(len(d['pages']) for d in exp['documents'])} document pages"
        )
    if args.check:
        problems = check(args.out, built)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
        for pr in problems:
            print("  " + pr, file=sys.stderr)
    print(f"done in {time.perf_counter() - began:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
