"""A forty-second holdout set of borrower packets (aq1..aq8), laid out unlike the shared samples and unlike every
earlier set (a, b .. z, aa .. ap), written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_aq.py OUT_DIR [--seed N] [--check] [--only aq1 aq5 ...]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. No stunts: papers are typed; files are born-digital PDFs,
plain grey scans (200, 240 or 300 dpi, tilted 0.15 to 0.4 degrees, a little blurred and speckled, JPEG, no text
layer) or one plain fax (200 dpi, black and white, the sending machine's header line across the top of every page).
Hand-written parts are signatures (drawn strokes) and the dates beside them, plus the BLOCK-CAPITAL answers and
hand ticks of the one application filled in pen (aq5).

THE THEME: one week of mail (Monday March 12 to Friday March 16, 2040) at Bellcastle Mortgage Servicing, a
mid-size servicer in Indianapolis that bought its loans from many originators; the borrowers live in Minnesota,
Wisconsin, Iowa and South Dakota. Letters are addressed to Bellcastle.

APPLICATIONS
- The real Form 710 (April 2023) filled through its AcroForm (borrower, SSN last 4, e-mail, phone, property address
  on one line, occupancy, "Owner occupied", "Keep the property", hardship date, duration, hardship boxes, income
  lines, checking balance) in three packets: typed and signed on screen with drawn strokes over the signature line,
  the date typed in its field (aq1, born-digital); typed, printed, signed and dated in ink and scanned grey at 300
  dpi (aq4); typed, printed, signed and dated in ink and FAXED (aq6) - with NO occupancy box marked on page 1 (the
  "Owner occupied" status box is marked; the "primary residence / second home / investment property" row is blank).
- Bellcastle's own "MORTGAGE RELIEF APPLICATION", form BMS-88 (legal), Rev. 01/2040: ONE LEGAL-SIZE PAGE (8.5 x 14
  in). "BELLCASTLE" in a serif face over "MORTGAGE SERVICING" and the department's address, phone, fax and e-mail
  at the top left; the title, form number and "One page - answer both columns" at the top right; a heavy and a
  thin rule; a full-width instruction paragraph. Below it TWO WIDE COLUMNS split by a thin vertical rule, each
  made of navy section bands with white capitals ("PART 1 THE LOAN AND THE BORROWERS", "PART 2 THE PROPERTY",
  "PART 3 THE HARDSHIP" on the left; "PART 4 MONTHLY INCOME BEFORE TAXES", "PART 5 WHAT WE HAVE IN THE BANK",
  "PART 6 CERTIFICATION AND SIGNATURES" and a grey "FOR BELLCASTLE USE ONLY" box on the right). Every question is
  a NUMBERED TABLE ROW (1.1, 1.2 ... ruled apart by light rules) holding a RUNNING SENTENCE whose answers sit on
  SHORT UNDERLINES sized to the answer: "1.1 Our Bellcastle loan number is ____ . The loan was made by ____ (the
  originating lender's name) and later transferred to Bellcastle." / "1.2 The borrower's full name is ____ ; Social
  Security number ending in ____ ; best phone ____ ." / "1.3 The co-borrower's full name is ____ (leave blank if
  none); Social Security number ending in ____ ." / "1.4 Send e-mail about this request to ____ ." / "2.1 The
  mortgaged property is at ____ in ____ , state ____ , ZIP ____ ." / "2.2 We use the property as ( ) our principal
  residence ( ) a second home ( ) a rental or investment property (tick one)." / 2.3 keep, sell, undecided / 2.4
  active military duty yes / no / "3.1 Our hardship began on ____ (mm/dd/yyyy) and we expect it to be ( )
  short-term, 6 months or less ( ) long-term ( ) already resolved." / "3.2 It was caused by (tick every box that
  applies):" ten reasons one a line in Form 710's order in Bellcastle's words ("job loss or unemployment", "reduced
  pay, hours or overtime", "higher housing costs (taxes, insurance, HOA)", "a natural or man-made disaster",
  "serious illness or disability in the household", "divorce or legal separation", "separation of co-owners who
  are not married", "death of a borrower or a wage earner", "a job transfer or relocation far from home",
  "something else (explain in 3.3)") / "3.3 If something else, explain: ____". Choices are ROUND-CORNERED BOXES
  marked with a TICK (a drawn check mark, never an X). Part 4 is a FOUR-COLUMN TABLE: SOURCE OF INCOME | BORROWER |
  CO-BORROWER | HOUSEHOLD, rows 4.1 .. 4.8 (wages; self-employment; unemployment benefits; taxable Social Security,
  pension, disability; non-taxable Social Security or disability; rent received, less expenses; investment or
  insurance income; alimony, child support, other) with labels wrapped on two lines and the amounts on underlines,
  then "4.9 TOTAL" under a heavier rule with the three column totals. Each income code's expected amount is its
  HOUSEHOLD figure (aq2: the co-borrower's pension sits in the CO-BORROWER column; aq3: her unemployment; aq5: both
  spouses' wages, added in HOUSEHOLD); total is the HOUSEHOLD total. "5.1 We have $ ____ in checking and cash and $
  ____ in savings". Part 6: a certification paragraph, then "6.1 Signed by the borrower ____ on ____" and "6.2
  Signed by the co-borrower ____ on ____" (the date usually wraps to the next line). At the foot, full width, a
  boxed "SEND WITH THIS APPLICATION (copies, not originals)" paragraph naming the income and hardship papers, and
  "Form BMS-88 - Page 1 of 1". Filled three ways: typed in Courier in its PDF and signed on screen (aq2 by both
  spouses, aq7 by a borrower alone); typed, printed, signed and dated in ink and scanned (aq3 at 240 dpi by both,
  aq8 at 300 dpi by the borrower); FILLED IN PEN IN BLOCK CAPITALS (an upright sans face with a little jitter, hand
  ticks) and scanned at 200 dpi with the CO-BORROWER'S SIGNATURE AND DATE LEFT EMPTY (aq5).

PAY STUBS (every year-to-date figure is the sum of that year's checks by pay date; the frequency is printed)
- A hospital system's bi-weekly "STATEMENT OF EARNINGS" with SHIFT DIFFERENTIALS (Saint Ansgar Health System; the
  facility printed under the system's name - "Saint Ansgar Medical Center - Northfield Campus", "... - Red Wing",
  "Saint Ansgar Regional Hospital - Ames", "Saint Ansgar Clinic - Arcadia" - the employer is the system): a teal
  cross, the name in a serif face, at the top right "Advice number", "Pay date", "Pay period mm/dd/yyyy -
  mm/dd/yyyy", "Pay frequency Biweekly (n of 26)"; a grey employee strip (EMPLOYEE NAME, EMPLOYEE ID, JOB TITLE,
  DEPARTMENT / UNIT, BASE RATE); an "HOURS BY SHIFT THIS PERIOD" grid (Day / Evening / Night rows x WEEKDAY /
  WEEKEND / TOTAL, twelve-hour shifts) beside a "SHIFT DIFFERENTIAL RATES" list; an EARNINGS table in a fixed-width
  face with codes REG, OT15 (hours over 80), DEVE evening, DNGT night and DWKD weekend differentials and CHRG charge
  premium (hours, rate, current, year to date - lines paid earlier in the year show only their YTD); TAXES WITHHELD
  and DEDUCTIONS side by side; a PAY SUMMARY table (gross earnings, taxes, deductions, net pay x This period / Year
  to date). Paid Fridays for the 14 days ending the Saturday six days before.
- A county government's semi-monthly "EMPLOYEE PAY STATEMENT" with LONGEVITY PAY and a PENSION CONTRIBUTION (County
  of Tremont, Wisconsin - the county name printed in capitals): a full-height GREY SIDEBAR on the left with a shield
  and the employee's facts stacked as small-caps labels over values (EMPLOYEE, EMPLOYEE NUMBER, DEPARTMENT, JOB
  TITLE, BARGAINING UNIT, PAY SCHEDULE "Semi-monthly (24 pays)", PAY PERIOD BEGINS, PAY PERIOD ENDS, CHECK DATE,
  ADVICE NUMBER, ANNUAL SALARY, HOURLY EQUIVALENT); on the right EARNINGS (Regular salary 86.67 hours, "Longevity
  pay (n yrs)", sometimes Overtime 1.5x) with GROSS PAY; BEFORE-TAX DEDUCTIONS ("TCERS pension (member 7.25%)",
  health plan) closed by "Taxable wages"; TAXES; AFTER-TAX DEDUCTIONS (union dues, supplemental life); a grey NET
  PAY band; then a boxed TREMONT COUNTY EMPLOYEES' RETIREMENT SYSTEM panel with pensionable pay, the member's
  contribution and the COUNTY'S 13.80% CONTRIBUTION (current and YTD, "not part of your pay"). Paid on the 15th
  for the 1st-15th and on the month's last day for the 16th to the end.

BENEFIT LETTERS
- A state unemployment agency's "NOTICE OF MONETARY DETERMINATION" (State of Iowa, Unemployment Insurance Benefits
  Bureau; aq3, the co-borrower's): a boxed title, the claimant's address in Courier capitals, "Date mailed" (the
  letter date), claimant ID, claim effective date and benefit year end at the right, a BASE PERIOD WAGES table by
  quarter, a box with the weekly benefit amount, maximum benefit amount, highest quarter wages; appeal rights.
  Type unemployment_benefit_letter (benefit_type unemployment, no monthly amount: the notice gives a weekly one).
- A private company pension plan's "ANNUAL BENEFIT STATEMENT - 2040" from its administrator (Harlan & Voss
  Manufacturing Company Pension Plan, administered by Pinebrook Retirement Services; aq2, aq6): "Statement date:
  January 30, 2040" (the letter date), participant ID, commencement date, form of payment, a COLA paragraph, "YOUR
  MONTHLY BENEFIT FOR 2040" (gross monthly benefit - the expected monthly_amount -, federal and state tax withheld,
  net monthly deposit), "Payment frequency: Monthly (12 payments a year)", and last year's payments. Taxable.

BANK STATEMENTS (calendar months; January and February 2040)
- A regional bank's THREE-PAGE statement whose LAST PAGE IS CHECK IMAGES (Flint Ridge Regional Bank; aq4 business
  checking, aq8 relationship checking): the bank's name in green serif capitals, an account box ("Account number
  ******nnnn", "Statement period mm/dd/yyyy through mm/dd/yyyy", "Page n of 3") on every page; page 1 the holder's
  address in capitals, a green-banded SUMMARY ("Beginning balance on <date>", deposits and other credits (n),
  checks paid (n), other withdrawals and debits (n), "Ending balance on <date>"), DEPOSITS AND OTHER CREDITS; page 2
  CHECKS PAID two across (gaps starred), OTHER WITHDRAWALS AND DEBITS, DAILY ENDING BALANCE three across; page 3
  "IMAGES OF CHECKS PAID": four to six pictured check fronts (raster images: safety-paper pattern, payer block,
  number, hand-written date, payee, amount and amount in words, signature, MICR line) two across, each captioned
  "Check nnnn Paid mm/dd/yyyy Amount $x".
- A credit union's statement with SHARE SAVINGS AND CHECKING SUB-ACCOUNTS on one statement (Kettle Creek Community
  Credit Union; aq6, aq7): a copper band with "KETTLE CREEK Community Credit Union" and "Member statement - page n
  of 2"; "Member number: XXXXXnnnn" and "Statement period: mm/dd/yyyy - mm/dd/yyyy" at the right; "YOUR ACCOUNTS
  THIS PERIOD" as TWO PANELS SIDE BY SIDE ("S00 SHARE SAVINGS" and "S20 SHARE DRAFT CHECKING", each with previous
  balance, deposits, withdrawals, dividends, new balance); then ONE date-ordered "TRANSACTION DETAIL - ALL
  SUB-ACCOUNTS" register with a SUFFIX column and each sub-account's own running balance (a monthly transfer from
  S20 to S00, the savings dividend), continued on page 2 and closed by "S20 new balance" / "S00 new balance". The
  expected values are the CHECKING sub-account's (S20: where pay, pension and child support land); account_last4
  is the member number's last four (the only account number printed).

OTHER PAPERS: typed hardship letters (unsigned when e-mailed, signed in ink when scanned or faxed), page 1 of the
real IRS Form 4506-C (Rev. 10-2022) typed over for Bellcastle, printed, signed and dated in ink by the taxpayer and
scanned (aq4, aq8), and a shipping store's fax cover sheet (aq6, not a document).

PACKETS AND DELIVERIES
- aq1 (Mon): a folder named after the loan, born-digital: "Halvorsen_MAA_signed (2).pdf" (Form 710 on screen),
  "SOE_<yyyymmdd>_<id>.pdf" x2 (two fresh hospital stubs), "letter to Bellcastle.pdf". Complete (reduction in
  income needs no paper).
- aq2 (Mon): loose born-digital files "<loan>_application.pdf" (BMS-88 on screen, both spouses), two fresh county
  stubs, the pension statement for the co-borrower, the hardship letter. Complete (the letter covers the illness).
- aq3 (Tue): ONE 240 dpi grey scan of the whole packet under a copier's name "MX-3140_<date>_<time>.pdf" (no loan
  number in the name, no separator): BMS-88 typed and signed in ink by both, two hospital stubs paid 11/25/2039 and
  12/09/2039 (both MORE THAN 90 DAYS before March 13), the monetary determination, a signed letter. Incomplete:
  income_doc:wages (the only wage papers are stale; unemployment needs nothing).
- aq4 (Wed): a folder named after the loan of one 300 dpi grey scan per paper named "IMG_nnnn.pdf": Form 710 signed
  in ink, a signed letter explaining the "other" hardship, two consecutive fresh Flint Ridge business statements, a
  signed 4506-C. Complete (self-employment by the two statements; the 4506-C is there).
- aq5 (Wed): loose 200 dpi grey scans "STRAND_<loan>_n.pdf", one per paper: BMS-88 filled in pen, a county stub
  (borrower), a hospital clinic stub (co-borrower), a signed letter. Incomplete: application_signature (the
  co-borrower named in 1.3 did not sign or date 6.2).
- aq6 (Thu): ONE 200 dpi fax under the fax server's name "fax_<date>_<time>_0001.pdf" behind a cover sheet, the
  header "MAR-15-2040 14:12 FROM: ... TO: ... P.nn/11" atop every page: Form 710 signed in ink, two consecutive
  fresh Kettle Creek statements (payroll and pension deposits), the pension statement, a signed letter.
  Incomplete: application_field:occupancy.
- aq7 (Thu): loose born-digital files with odd names ("RE loan <loan> - application.pdf", "<loan> (paystub).pdf",
  "KCCCU Jan <loan>.PDF", "KCCCU Feb <loan>.PDF", "letter_<loan>_final_v2.pdf"): BMS-88 on screen by a borrower
  alone, a fresh hospital stub, two consecutive fresh Kettle Creek statements showing the child support, the
  letter. Incomplete: hardship_doc:divorce_or_separation (divorce claimed; the letter says the decree is not final
  and no decree or quitclaim deed was sent).
- aq8 (Fri): loose 300 dpi grey scans "<loan> application.pdf", "<loan> paystub.pdf", "<loan> bank jan.pdf",
  "<loan> bank feb.pdf", "<loan> 4506C.pdf": BMS-88 typed and signed in ink, a fresh county stub, two consecutive
  fresh Flint Ridge statements showing the rent, a signed 4506-C. Complete (a disaster needs no paper).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and the scenario's codes are asserted. `--check` validates every expected.json (keys,
codes, types, dates, that every listed page exists, that `scanned` matches the absence of a text layer, that each
stub's monthly gross follows from its frequency). Every file is the same bytes for a seed: reportlab runs in
invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. All people, employers, banks and
servicers are fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test document" line.
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
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
CAPS_FONT = FONT_DIR / "dejavu/DejaVuSans.ttf"
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


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something the borrower adds by hand: a signature ("sig") or a hand-written string ("hand").
    x, y: PDF points from the page's bottom-left (the baseline's left end); w: the signature's width."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 12.0
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


def tick_path(m: Mark) -> list[tuple[float, float]]:
    """A check mark in a box of side m.w whose bottom-left corner is (m.x, m.y), a little uneven by seed."""
    rng = random.Random(m.seed)
    s = m.w
    j = [rng.uniform(-0.06, 0.06) * s for _ in range(6)]
    return [(m.x + 0.18 * s + j[0], m.y + 0.52 * s + j[1]), (m.x + 0.42 * s + j[2], m.y + 0.16 * s + j[3]),
            (m.x + 0.95 * s + j[4], m.y + 1.05 * s + j[5])]


def draw_tick_vector(c: Canvas, m: Mark) -> None:
    pts = tick_path(m)
    c.saveState()
    c.setLineWidth(1.3)
    c.setLineCap(1)
    c.setLineJoin(1)
    path = c.beginPath()
    path.moveTo(*pts[0])
    for p in pts[1:]:
        path.lineTo(*p)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        elif m.kind == "tick":  # a check mark placed by the form software
            draw_tick_vector(c, m)
        else:  # typed on screen
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_aq")
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def papers_pdf(papers: Sequence[Paper]) -> bytes:
    """Several born-digital papers in one file (a borrower's combined upload)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    for paper in papers:
        for fn in paper.pages:
            c.setPageSize(paper.size)
            apply_screen_marks(c, fn(c))
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
    header: str = ""  # a fax machine's header line, "{page}" and "{pages}" filled in per page


def _hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def _caps_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(CAPS_FONT), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "tick":
            pts = [(px * scale, (page_h - py) * scale) for px, py in tick_path(m)]
            draw.line(pts, fill=35, width=max(2, round(1.5 * scale)), joint="curve")
        else:  # "hand": a date or a word in ballpoint; "cap": block capitals printed in pen
            rng = random.Random(m.seed)
            font = (_caps_font if m.kind == "cap" else _hand_font)(round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)


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
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True).to_pil().convert("L")
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
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return scan_sheets(buf.getvalue(), marks, style, seed)


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for n, sheet in enumerate(sheets, 1):
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.fax:
            img = sheet.image.convert("L")
            if style.header:
                fax_header(img, style, len(sheets), n)
            img.save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fax_header(img: Image.Image, style: Scan, pages: int, page: int) -> None:
    """The sending machine's line across the top of a faxed page: date, time, sender, number, page of pages."""
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "dejavu/DejaVuSansMono.ttf"), round(7.5 * style.dpi / 72))
    draw.rectangle((0, 0, img.size[0], round(16 * style.dpi / 72)), fill=255)
    draw.text((round(18 * style.dpi / 72), round(4 * style.dpi / 72)),
              style.header.format(page=page, pages=pages), fill=0, font=font)


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_aq"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours or visits, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def rng_key(rng: random.Random) -> int:
    """A number fixed by the packet's seed, so histories change with --seed but not between stubs."""
    return random.Random(rng.getstate()[1][0]).randrange(10**6)


def pay_dates(first: dt.date, current: dt.date, frequency: str) -> list[dt.date]:
    out = []
    if frequency == "monthly":
        for month in range(1, current.month + 1):
            nxt = dt.date(current.year + (month == 12), month % 12 + 1, 1)
            out.append(nxt - dt.timedelta(days=1))
        return [d for d in out if d <= current]
    step = 7 if frequency == "weekly" else 14
    d = first
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=step)
    return out


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    fica: bool = True
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed)}
        if self.fica:
            out["Social Security"] = r2(gross * 0.062)
            out["Medicare"] = r2(gross * 0.0145)
        out["State income tax"] = r2(gross * self.state)
        return out


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line, each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.taxes(ch.gross))
        items.update(dict(wh.deductions))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def stub_fields(employer: str, employee: str, ch: Check, start: dt.date, end: dt.date, frequency: str,
                ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def cell(c: Canvas, x: float, y: float, w: float, h: float, caption: str, value: str, cap_size: float = 6.0,
         val_font: tuple[str, float] = ("Helvetica", 9)) -> None:
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", cap_size)
    c.drawString(x + 3, y + h - cap_size - 2, caption)
    c.setFont(*val_font)
    c.drawString(x + 3, y + 4, value)

def biweekly_fridays(year: int, current: dt.date) -> list[dt.date]:
    """The year's bi-weekly Friday pay dates up to current, from the first Friday in January."""
    d = dt.date(year, 1, 1)
    while d.weekday() != 4:
        d += dt.timedelta(days=1)
    out = []
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=14)
    return out


def semimonthly_dates(current: dt.date) -> list[dt.date]:
    """The 15th and the last day of each month, January to current."""
    out = []
    for month in range(1, current.month + 1):
        _, last = month_bounds(current.year, month)
        out += [dt.date(current.year, month, 15), last]
    return [d for d in out if d <= current]


ANSGAR_DIFFS = {"evening": 2.75, "night": 4.50, "weekend": 3.25, "charge": 1.75}


def ansgar_stub(rng: random.Random, facility: str, employee: str, emp_id: str, title: str, unit: str,
                pay_date: dt.date, rate: float, usual: str, wh: Withholding) -> Stub:
    """Saint Ansgar Health System's bi-weekly STATEMENT OF EARNINGS with an hours-by-shift grid and shift
    differentials as separate earnings lines."""
    employer = "Saint Ansgar Health System"
    key = rng_key(rng)
    grids: dict[dt.date, dict[str, tuple[float, float]]] = {}
    checks = []
    for d in biweekly_fridays(pay_date.year, pay_date):
        rr = random.Random(f"{emp_id}{d}{key}")
        shifts = rr.choice([6, 6, 7, 6, 5])
        weekend = rr.choice([1, 2, 2, 3])
        main = [usual] * (shifts - 1) + [rr.choice(["day", usual, "evening"])]
        grid = {"day": [0.0, 0.0], "evening": [0.0, 0.0], "night": [0.0, 0.0]}
        for i, sh in enumerate(main):
            grid[sh][1 if i < weekend else 0] += 12.0
        hours = sum(a + b for a, b in grid.values())
        ot = max(0.0, hours - 80.0)
        charge = rr.choice([0.0, 0.0, 12.0, 24.0])
        lines = {"REG   Regular": (hours - ot, rate, r2((hours - ot) * rate))}
        if ot:
            lines["OT15  Overtime 1.5"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        eve = sum(grid["evening"])
        ngt = sum(grid["night"])
        wkd = sum(b for _, b in grid.values())
        for code, label, hrs, diff in (("DEVE", "Evening shift differential", eve, "evening"),
                                       ("DNGT", "Night shift differential", ngt, "night"),
                                       ("DWKD", "Weekend differential", wkd, "weekend"),
                                       ("CHRG", "Charge nurse premium", charge, "charge")):
            if hrs:
                lines[f"{code}  {label}"] = (hrs, ANSGAR_DIFFS[diff], r2(hrs * ANSGAR_DIFFS[diff]))
        grids[d] = {k: (v[0], v[1]) for k, v in grid.items()}
        checks.append(Check(d, lines))
    ch = checks[-1]
    assert ch.pay_date == pay_date, f"{pay_date} is not one of the bi-weekly Fridays"
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    n_period = len(checks)
    teal = Color(0.05, 0.36, 0.38)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(teal)  # a plain cross as the system's mark
        c.rect(50, 722, 30, 10, stroke=0, fill=1)
        c.rect(60, 712, 10, 30, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 16)
        c.drawString(90, 730, employer)
        c.setFont("Helvetica", 7.5)
        c.drawString(90, 719, facility)
        c.drawString(90, 710, "Payroll Services  -  1400 Lindqvist Avenue, Northfield, MN 55057")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 738, "STATEMENT OF EARNINGS")
        c.setFont("Helvetica", 8)
        rows = [("Advice number", f"{emp_id[-3:]}{pay_date.strftime('%j')}"), ("Pay date", mdy(pay_date)),
                ("Pay period", f"{mdy(start)} - {mdy(end)}"), ("Pay frequency", f"Biweekly ({n_period} of 26)")]
        y = 726
        for k, v in rows:
            c.drawString(400, y, k)
            c.drawRightString(562, y, v)
            y -= 10
        c.setStrokeColor(teal)
        c.setLineWidth(1.5)
        c.line(50, 684, 562, 684)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        c.setFillGray(0.93)
        c.rect(50, 648, 512, 30, stroke=0, fill=1)
        c.setFillColor(black)
        x = 56.0
        for cap, val, wd in (("EMPLOYEE NAME", employee, 140), ("EMPLOYEE ID", emp_id, 70), ("JOB TITLE", title, 110),
                             ("DEPARTMENT / UNIT", unit, 120), ("BASE RATE", f"{rate:.2f}/hr", 60)):
            c.setFont("Helvetica-Bold", 6)
            c.drawString(x, 670, cap)
            c.setFont("Helvetica", 8.5)
            c.drawString(x, 655, val)
            x += wd
        # hours by shift and the differential rates
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, 630, "HOURS BY SHIFT THIS PERIOD")
        c.drawString(340, 630, "SHIFT DIFFERENTIAL RATES")
        c.setFont("Helvetica-Bold", 6.5)
        for xx, t in ((170, "WEEKDAY"), (220, "WEEKEND"), (270, "TOTAL")):
            c.drawRightString(xx, 618, t)
        c.line(50, 614, 275, 614)
        c.setFont("Helvetica", 8)
        g = grids[pay_date]
        y = 604
        for sh, label in (("day", "Day  0700-1930"), ("evening", "Evening  1500-0330"), ("night", "Night  1900-0730")):
            a, b = g[sh]
            c.drawString(50, y, label)
            c.drawRightString(170, y, f"{a:.2f}")
            c.drawRightString(220, y, f"{b:.2f}")
            c.drawRightString(270, y, f"{a + b:.2f}")
            y -= 11
        c.setFont("Helvetica-Bold", 8)
        tot = [sum(v[i] for v in g.values()) for i in (0, 1)]
        c.drawString(50, y, "Total hours worked")
        c.drawRightString(170, y, f"{tot[0]:.2f}")
        c.drawRightString(220, y, f"{tot[1]:.2f}")
        c.drawRightString(270, y, f"{tot[0] + tot[1]:.2f}")
        c.setFont("Helvetica", 8)
        y = 612
        for k, label in (("evening", "Evening (hours 1500-2300)"), ("night", "Night (hours 2300-0700)"),
                         ("weekend", "Weekend (Fri 1900 - Mon 0700)"), ("charge", "Charge nurse, per hour")):
            c.drawString(340, y, label)
            c.drawRightString(562, y, f"$ {ANSGAR_DIFFS[k]:.2f} / hr")
            y -= 11
        # earnings
        y = 545
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "EARNINGS")
        y -= 12
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(50, y, "CODE  DESCRIPTION")
        for xx, t in ((330, "HOURS"), (390, "RATE"), (470, "CURRENT"), (560, "YEAR TO DATE")):
            c.drawRightString(xx, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 15
        for label in [k for k in ytd if k[:4].strip() in ("REG", "OT15", "DEVE", "DNGT", "DWKD", "CHRG")]:
            hrs, rt, amt = ch.lines.get(label, (0.0, 0.0, 0.0))
            c.setFont("Courier", 8.5)
            c.drawString(50, y, label)
            c.drawRightString(330, y, f"{hrs:.2f}" if hrs else "")
            c.drawRightString(390, y, f"{rt:.2f}" if hrs else "")
            c.drawRightString(470, y, money(amt) if hrs else "")
            c.drawRightString(560, y, money(ytd[label]))
            y -= 12
        c.line(400, y + 6, 562, y + 6)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y - 4, "Gross earnings")
        c.drawRightString(470, y - 4, money(ch.gross))
        c.drawRightString(560, y - 4, money(ytd["GROSS"]))
        # taxes and deductions side by side
        y -= 30
        taxes = wh.taxes(ch.gross)
        for x0, head, items in ((50, "TAXES WITHHELD", list(taxes.items())),
                                (310, "DEDUCTIONS", list(wh.deductions))):
            yy = y
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x0, yy, head)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawRightString(x0 + 175, yy, "CURRENT")
            c.drawRightString(x0 + 250, yy, "YTD")
            c.line(x0, yy - 4, x0 + 252, yy - 4)
            yy -= 15
            c.setFont("Helvetica", 8.5)
            for k, v in items:
                c.drawString(x0, yy, k)
                c.drawRightString(x0 + 175, yy, money(v))
                c.drawRightString(x0 + 250, yy, money(ytd[k]))
                yy -= 12
        # pay summary
        y -= 95
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "PAY SUMMARY")
        c.line(50, y - 4, 562, y - 4)
        y -= 18
        heads = ("Gross earnings", "Taxes withheld", "Deductions", "Net pay")
        cur = (ch.gross, sum(taxes.values()), sum(v for _, v in wh.deductions), net)
        yt = (ytd["GROSS"], sum(ytd[k] for k in taxes), sum(ytd[k] for k, _ in wh.deductions), ytd["NET"])
        c.setFont("Helvetica-Bold", 7)
        for i, hd in enumerate(heads):
            c.drawRightString(230 + i * 110, y, hd.upper())
        for row, (lab, vals) in enumerate((("This period", cur), ("Year to date", yt))):
            yy = y - 14 - row * 14
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(50, yy, lab)
            for i, v in enumerate(vals):
                c.setFont("Helvetica-Bold" if i == 3 else "Helvetica", 9)
                c.drawRightString(230 + i * 110, yy, money(r2(v)))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 60, f"Net pay of ${money(net)} was deposited on {mdy(pay_date)} to checking account "
                                 f"ending {emp_id[-2:]}17.")
        c.drawString(50, y - 71, "Shift differentials are paid for every hour of a shift that starts in the window. "
                                 "Questions: Payroll Services, ext. 6620.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net), pay_date)


def tremont_stub(rng: random.Random, employee: str, emp_no: str, dept: str, title: str, unit: str,
                 pay_date: dt.date, annual: float, longevity: float, years: int) -> Stub:
    """The County of Tremont's semi-monthly EMPLOYEE PAY STATEMENT: a grey sidebar of employee facts, earnings
    with LONGEVITY PAY, the TCERS pension contribution taken before tax, and the county's own contribution shown."""
    employer = "County of Tremont"
    key = rng_key(rng)
    salary = r2(annual / 24)
    hourly = r2(annual / 2080)
    pension_rate, county_rate = 0.0725, 0.138
    health, dues, life = 142.60, 28.50, 6.15
    checks: list[Check] = []
    calc: dict[dt.date, dict[str, float]] = {}
    for d in semimonthly_dates(pay_date):
        rr = random.Random(f"{emp_no}{d}{key}")
        lines = {"Regular salary": (86.67, 0.0, salary), f"Longevity pay ({years} yrs)": (0.0, 0.0, longevity)}
        ot = rr.choice([0.0, 0.0, 0.0, 4.0, 6.5, 10.0])
        if ot:
            lines["Overtime 1.5x"] = (ot, r2(hourly * 1.5), r2(ot * hourly * 1.5))
        ch = Check(d, lines)
        pensionable = r2(salary + longevity)
        pen = r2(pensionable * pension_rate)
        taxable = r2(ch.gross - pen - health)
        items = {"TCERS pension (member 7.25%)": pen, "Health plan (pre-tax)": health,
                 "Federal withholding": r2(taxable * 0.085), "Social Security": r2((ch.gross - health) * 0.062),
                 "Medicare": r2((ch.gross - health) * 0.0145), "Wisconsin withholding": r2(taxable * 0.042),
                 "AFSCME Local 2291 dues": dues, "Supplemental life": life}
        net = r2(ch.gross - sum(items.values()))
        calc[d] = {**{k: v[2] for k, v in lines.items()}, **items, "GROSS": ch.gross, "NET": net,
                   "TAXABLE": taxable, "COUNTY": r2(pensionable * county_rate)}
        checks.append(ch)
    ch = checks[-1]
    ytd: dict[str, float] = {}
    for items in calc.values():
        for k, v in items.items():
            ytd[k] = r2(ytd.get(k, 0.0) + v)
    cur = calc[pay_date]
    start = pay_date.replace(day=1) if pay_date.day == 15 else pay_date.replace(day=16)
    net = cur["NET"]

    def page(c: Canvas) -> list[Mark]:
        c.setFillGray(0.9)
        c.rect(36, 60, 160, 696, stroke=0, fill=1)
        c.setFillColor(black)
        c.setLineWidth(1.2)  # a plain shield
        p = c.beginPath()
        p.moveTo(96, 736)
        p.lineTo(136, 736)
        p.lineTo(136, 712)
        p.curveTo(136, 700, 120, 694, 116, 690)
        p.curveTo(112, 694, 96, 700, 96, 712)
        p.close()
        c.drawPath(p, stroke=1, fill=0)
        c.setFont("Times-Bold", 16)
        c.drawCentredString(116, 710, "T")
        y = 670
        facts = [("EMPLOYEE", employee), ("EMPLOYEE NUMBER", emp_no), ("DEPARTMENT", dept), ("JOB TITLE", title),
                 ("BARGAINING UNIT", unit), ("PAY SCHEDULE", "Semi-monthly (24 pays)"),
                 ("PAY PERIOD BEGINS", mdy(start)), ("PAY PERIOD ENDS", mdy(pay_date)), ("CHECK DATE", mdy(pay_date)),
                 ("ADVICE NUMBER", f"D{pay_date.strftime('%y%m%d')}{emp_no[-3:]}"),
                 ("ANNUAL SALARY", "$" + money(annual)), ("HOURLY EQUIVALENT", f"${hourly:.2f}")]
        for k, v in facts:
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(46, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(46, y - 11, v)
            y -= 30
        c.setFont("Helvetica", 6.5)
        c.drawString(46, y - 6, "Keep this statement for your records.")
        # main area
        c.setFont("Times-Bold", 17)
        c.drawString(214, 736, "COUNTY OF TREMONT")
        c.setFont("Helvetica", 8)
        c.drawString(214, 724, "Office of the County Auditor - Payroll  -  100 Courthouse Square, Whitehall, WI 54773")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(214, 700, "EMPLOYEE PAY STATEMENT")
        c.setLineWidth(0.6)
        c.line(214, 692, 576, 692)

        def block(y: float, title: str, rows: Sequence[tuple[str, str, float, float]], total: tuple[str, float, float]
                  | None) -> float:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(214, y, title)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawRightString(420, y, "HOURS")
            c.drawRightString(495, y, "THIS PERIOD")
            c.drawRightString(574, y, "YEAR TO DATE")
            c.line(214, y - 4, 576, y - 4)
            y -= 15
            c.setFont("Helvetica", 8.5)
            for label, hrs, v, yv in rows:
                c.drawString(218, y, label)
                c.drawRightString(420, y, hrs)
                c.drawRightString(495, y, money(v) if v else "")
                c.drawRightString(574, y, money(yv))
                y -= 12
            if total:
                c.line(430, y + 7, 576, y + 7)
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(218, y - 3, total[0])
                c.drawRightString(495, y - 3, money(total[1]))
                c.drawRightString(574, y - 3, money(total[2]))
                y -= 12
            return y - 14

        earn_keys = [k for k in ytd if k.startswith(("Regular", "Longevity", "Overtime"))]
        y = block(676, "EARNINGS", [(k, (f"{ch.lines[k][0]:.2f}" if k in ch.lines and ch.lines[k][0] else ""),
                                     cur.get(k, 0.0), ytd[k]) for k in earn_keys],
                  ("GROSS PAY", cur["GROSS"], ytd["GROSS"]))
        pre = ["TCERS pension (member 7.25%)", "Health plan (pre-tax)"]
        y = block(y, "BEFORE-TAX DEDUCTIONS", [(k, "", cur[k], ytd[k]) for k in pre],
                  ("Taxable wages", cur["TAXABLE"], ytd["TAXABLE"]))
        tx = ["Federal withholding", "Social Security", "Medicare", "Wisconsin withholding"]
        y = block(y, "TAXES", [(k, "", cur[k], ytd[k]) for k in tx], None)
        post = ["AFSCME Local 2291 dues", "Supplemental life"]
        y = block(y, "AFTER-TAX DEDUCTIONS", [(k, "", cur[k], ytd[k]) for k in post], None)
        c.setFillGray(0.85)
        c.rect(214, y - 8, 362, 22, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(218, y, "NET PAY")
        c.drawRightString(495, y, money(net))
        c.drawRightString(574, y, money(ytd["NET"]))
        y -= 44
        c.setLineWidth(0.8)
        c.rect(214, y - 58, 362, 70, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(222, y, "TREMONT COUNTY EMPLOYEES' RETIREMENT SYSTEM (TCERS)")
        c.setFont("Helvetica", 8)
        pensionable = money(r2(salary + longevity))
        c.drawString(222, y - 14, f"Pensionable pay this period (salary and longevity): ${pensionable}")
        c.drawString(222, y - 28, "Member contribution 7.25% (deducted before tax above)")
        c.drawRightString(495, y - 28, money(cur["TCERS pension (member 7.25%)"]))
        c.drawRightString(570, y - 28, money(ytd["TCERS pension (member 7.25%)"]))
        c.drawString(222, y - 42, "County contribution 13.80% (not part of your pay)")
        c.drawRightString(495, y - 42, money(cur["COUNTY"]))
        c.drawRightString(570, y - 42, money(ytd["COUNTY"]))
        c.setFont("Helvetica", 6.5)
        c.drawString(222, y - 53, "Longevity pay is earned after 5 years of continuous service; "
                                  f"you have {years} years.")
        return []

    fields = {"employer": employer, "employee_name": employee, "pay_date": pay_date.isoformat(),
              "period_start": start.isoformat(), "period_end": pay_date.isoformat(), "frequency": "semimonthly",
              "gross_current": ch.gross, "gross_ytd": ytd["GROSS"], "net_current": net,
              "monthly_gross": r2(ch.gross * 24 / 12)}
    return Stub(Paper([page]), fields, pay_date)


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str
    savings_end: float = 0.0  # a credit union statement's share savings new balance (carried to the next month)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def transactions(rng: random.Random, start: dt.date, end: dt.date,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    debits = [("MORTGAGE PAYMENT - PARTIAL", 0), ("KROGER #0412 POS", 1), ("CITY UTILITIES AUTOPAY", 0),
              ("SHELL OIL 5510 POS", 1), ("VERIZON WIRELESS", 0), ("WALGREENS #9921 POS", 1),
              ("STATE FARM INS", 0), ("ATM WITHDRAWAL", 1), ("DOLLAR GENERAL POS", 1)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(20, 140) if small else rng.uniform(90, 420))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out

PAYEES = [("Dakota Prairie Propane", 186.40, 312.75), ("Hillcrest Lawn & Snow", 65.00, 140.00),
          ("Grace Lutheran Church", 40.00, 120.00), ("Dr. Helen Ostby, DDS", 88.00, 260.00),
          ("Marlow Valley Schools", 22.50, 75.00), ("Tri-County Electric Co-op", 94.10, 221.35),
          ("Jorgen Brothers Plumbing", 145.00, 410.00), ("Cedar Lanes Youth Hockey", 60.00, 150.00)]


def check_image(number: int, payer: Sequence[str], payee: str, amount: float, date: dt.date, bank: str,
                seed: int) -> Image.Image:
    """The front of a cleared paper check as the bank's image archive keeps it (grey, about 150 dpi)."""
    rng = random.Random(seed)
    wd, ht = 540, 240
    img = Image.new("L", (wd, ht), 236)
    d = ImageDraw.Draw(img)
    for y in range(0, ht, 6):  # the safety-paper pattern
        d.line((0, y, wd, y + 30), fill=226)
    d.rectangle((1, 1, wd - 2, ht - 2), outline=120)
    reg = ImageFont.truetype(str(CAPS_FONT), 13)
    small = ImageFont.truetype(str(CAPS_FONT), 10)
    hand = ImageFont.truetype(str(HAND_FONT), 17)
    mono = ImageFont.truetype(str(FONT_DIR / "dejavu/DejaVuSansMono.ttf"), 15)
    d.text((14, 10), payer[0], fill=40, font=reg)
    for i, ln in enumerate(payer[1:]):
        d.text((14, 28 + 12 * i), ln, fill=60, font=small)
    d.text((wd - 60, 10), str(number), fill=40, font=reg)
    d.text((330, 48), "DATE", fill=70, font=small)
    d.line((366, 62, 500, 62), fill=90)
    d.text((372, 42), date.strftime("%m/%d/%y"), fill=25, font=hand)
    d.text((14, 86), "PAY TO THE", fill=70, font=small)
    d.text((14, 98), "ORDER OF", fill=70, font=small)
    d.line((78, 110, 400, 110), fill=90)
    d.text((86, 90), payee, fill=25, font=hand)
    d.rectangle((414, 88, 526, 112), outline=90)
    d.text((420, 91), f"$ {money(amount)}", fill=25, font=hand)
    dollars = int(amount)
    d.line((14, 144, 470, 144), fill=90)
    d.text((18, 124), f"{num_words(dollars)} and {round((amount - dollars) * 100):02d}/100", fill=25, font=hand)
    d.text((476, 132), "DOLLARS", fill=70, font=small)
    d.text((14, 156), bank, fill=60, font=small)
    d.text((14, 186), "MEMO", fill=70, font=small)
    d.line((52, 198, 230, 198), fill=90)
    for stroke in signature_path(seed, 170, 16):
        d.line([(300 + px, 196 - py * 1.2) for px, py in stroke], fill=30, width=2)
    d.line((290, 200, 526, 200), fill=90)
    d.text((40, 212), f"A091{rng.randrange(10000, 99999)}A  {rng.randrange(10**9, 10**10)}C  {number}", fill=30,
           font=mono)
    return img


def num_words(n: int) -> str:
    ones = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
            "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
    tens = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]

    def under100(k: int) -> str:
        return ones[k] if k < 20 else tens[k // 10] + ("-" + ones[k % 10] if k % 10 else "")

    words = []
    if n >= 1000:
        words.append(under100(n // 1000) + " Thousand")
        n %= 1000
    if n >= 100:
        words.append(ones[n // 100] + " Hundred")
        n %= 100
    if n:
        words.append(under100(n))
    return " ".join(words) or "Zero"


def flint_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                    begin: float, credits: Sequence[tuple[int, str, float]], first_check: int,
                    kind: str = "RELATIONSHIP CHECKING") -> Statement:
    """Flint Ridge Regional Bank: three pages - summary and deposits; checks paid, other debits and daily balances;
    then the IMAGES OF CHECKS PAID."""
    bank = "Flint Ridge Regional Bank"
    start, end = month_bounds(year, month)
    span = (end - start).days
    deps = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    checks = []
    for i, (payee, lo, hi) in enumerate(rng.sample(PAYEES, rng.choice([4, 5, 6]))):
        written = start + dt.timedelta(days=rng.randrange(span - 4))
        paid = written + dt.timedelta(days=rng.randrange(2, 5))
        checks.append((first_check + i, paid, payee, r2(rng.uniform(lo, hi)), written))
    others = []
    for desc, lo, hi in (("POS PURCHASE HY-VEE #1422", 40, 180), ("ACH DEBIT XCEL ENERGY", 80, 190),
                         ("POS PURCHASE CENEX 0771", 25, 70), ("ACH DEBIT PROGRESSIVE INS", 90, 160),
                         ("ATM WITHDRAWAL 4TH ST", 40, 120), ("ACH DEBIT BELLCASTLE MTG PMT", 600, 900)):
        others.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, r2(rng.uniform(lo, hi))))
    others.sort()
    deps.sort()
    checks.sort(key=lambda t: t[0])
    ending = r2(begin + sum(a for *_, a in deps) - sum(t[3] for t in checks) - sum(t[2] for t in others))
    dep_total = r2(sum(a for *_, a in deps))
    chk_total = r2(sum(t[3] for t in checks))
    oth_total = r2(sum(t[2] for t in others))
    daily: dict[dt.date, float] = {}
    bal = begin
    for day in range(span + 1):
        dd = start + dt.timedelta(days=day)
        moved = sum(a for x, _, a in deps if x == dd) - sum(t[3] for t in checks if t[1] == dd) - \
            sum(a for x, _, a in others if x == dd)
        if moved:
            bal = r2(bal + moved)
            daily[dd] = bal
    green = Color(0.12, 0.32, 0.22)

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(green)
        c.setFont("Times-Bold", 19)
        c.drawString(50, 738, bank.upper())
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 726, "Main Office  -  300 Second Avenue NW, Watertown, SD 57201  -  (605) 555-0118  -  "
                              "Member FDIC")
        c.setLineWidth(0.6)
        c.rect(380, 676, 182, 40, stroke=1, fill=0)
        c.setFont("Helvetica", 7.5)
        c.drawString(386, 705, f"Account number  ******{acct[-4:]}")
        c.drawString(386, 694, f"Statement period  {mdy(start)} through {mdy(end)}")
        c.drawString(386, 683, f"Page {n} of 3")

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9)
        y = 700
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 11
        c.setFillColor(green)
        c.rect(50, 628, 512, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(56, 633, f"{kind}  -  SUMMARY")
        c.setFillColor(black)
        rows = [("Beginning balance", mdy(start), begin), (f"Deposits and other credits ({len(deps)})", "", dep_total),
                (f"Checks paid ({len(checks)})", "", -chk_total),
                (f"Other withdrawals and debits ({len(others)})", "", -oth_total), ("Ending balance", mdy(end), ending)]
        y = 612
        for k, on, v in rows:
            c.setFont("Helvetica-Bold" if k.startswith(("Beginning", "Ending")) else "Helvetica", 9)
            c.drawString(60, y, k + (f" on {on}" if on else ""))
            c.drawRightString(400, y, ("-" if v < 0 and not k.startswith(("Beginning", "Ending")) else "")
                              + money(abs(v)))
            y -= 14
        y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "DEPOSITS AND OTHER CREDITS")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica-Bold", 7)
        c.drawString(50, y, "DATE")
        c.drawString(100, y, "DESCRIPTION")
        c.drawRightString(560, y, "AMOUNT")
        y -= 13
        c.setFont("Helvetica", 8.5)
        for d, desc, a in deps:
            c.drawString(50, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(560, y, money(a))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 2, "Total deposits and other credits")
        c.drawRightString(560, y - 2, money(dep_total))
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = 650
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "CHECKS PAID")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        for col in (0, 1):
            c.setFont("Helvetica-Bold", 7)
            x = 50 + col * 260
            c.drawString(x, y, "CHECK NO.")
            c.drawString(x + 70, y, "DATE PAID")
            c.drawRightString(x + 240, y, "AMOUNT")
        y -= 13
        c.setFont("Helvetica", 8.5)
        half = (len(checks) + 1) // 2
        for i, (no, paid, _, amt, _) in enumerate(checks):
            col, row = divmod(i, half)
            x, yy = 50 + col * 260, y - row * 12
            c.drawString(x, yy, str(no) + ("*" if i and no != checks[i - 1][0] + 1 else ""))
            c.drawString(x + 70, yy, paid.strftime("%m/%d"))
            c.drawRightString(x + 240, yy, money(amt))
        y -= half * 12 + 4
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, f"Total checks paid ({len(checks)})")
        c.drawRightString(560, y, money(chk_total))
        y -= 28
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "OTHER WITHDRAWALS AND DEBITS")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for d, desc, a in others:
            c.drawString(50, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(560, y, money(a))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 2, "Total other withdrawals and debits")
        c.drawRightString(560, y - 2, money(oth_total))
        y -= 30
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "DAILY ENDING BALANCE")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        items = sorted(daily.items())
        third = (len(items) + 2) // 3
        for i, (d, b) in enumerate(items):
            col, row = divmod(i, third)
            c.drawString(50 + col * 175, y - row * 12, d.strftime("%m/%d"))
            c.drawRightString(200 + col * 175, y - row * 12, money(b))
        return []

    def page3(c: Canvas) -> list[Mark]:
        header(c, 3)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 650, "IMAGES OF CHECKS PAID")
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 639, "Check images are shown in check number order. Images are reduced in size.")
        for i, (no, paid, payee, amt, written) in enumerate(checks):
            col, row = i % 2, i // 2
            x, y = 50 + col * 262, 520 - row * 150
            img = check_image(no, [holder.upper(), *address], payee, amt, written, bank, seed=no * 7 + month)
            data = io.BytesIO()
            img.save(data, "PNG")
            data.seek(0)
            c.drawImage(ImageReader(data), x, y, width=250, height=111)
            c.setFont("Helvetica", 7.5)
            c.drawString(x, y - 11, f"Check {no}    Paid {mdy(paid)}    Amount ${money(amt)}")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2, page3]), fields, end, acct)


def kettle_statement(rng: random.Random, holder: str, address: Sequence[str], member: str, year: int, month: int,
                     begin: float, savings_begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Kettle Creek Community Credit Union: one statement for a member's Share Savings (S00) and Share Draft
    Checking (S20), the two sub-accounts' summaries side by side and ONE date-ordered register with a suffix
    column and each sub-account's own running balance. The expected fields are the checking sub-account's."""
    bank = "Kettle Creek Community Credit Union"
    start, end = month_bounds(year, month)
    lines = [(d, "S20", desc, a) for d, desc, a in transactions(rng, start, end, credits)]
    transfer = 50.0
    tday = start + dt.timedelta(days=14)
    lines.append((tday, "S20", "TRANSFER TO SHARE SAVINGS S00", -transfer))
    lines.append((tday, "S00", "TRANSFER FROM SHARE DRAFT S20", transfer))
    dividend = r2((savings_begin + transfer / 2) * 0.0025 / 12)
    lines.append((end, "S00", "DIVIDEND 0.25% APY", dividend))
    lines.sort(key=lambda t: (t[0], t[1] != "S00", -t[3]))
    bal = {"S00": savings_begin, "S20": begin}
    reg = []
    for d, sfx, desc, a in lines:
        bal[sfx] = r2(bal[sfx] + a)
        reg.append((d, sfx, desc, a, bal[sfx]))
    ending, sav_end = bal["S20"], bal["S00"]
    copper = Color(0.66, 0.38, 0.16)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(copper)
        c.rect(36, 742, 540, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(46, 752, "KETTLE CREEK")
        c.setFont("Helvetica", 9)
        c.drawString(176, 753, "Community Credit Union")
        c.drawRightString(566, 753, f"Member statement  -  page {n} of 2")
        c.setFillColor(black)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, str, float, float]]) -> float:
        c.setFont("Helvetica-Bold", 7)
        for x, t in ((40, "DATE"), (88, "SUFFIX"), (130, "DESCRIPTION")):
            c.drawString(x, y, t)
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(570, y, "SUB-ACCOUNT BALANCE")
        c.line(36, y - 4, 576, y - 4)
        y -= 15
        for i, (d, sfx, desc, a, b) in enumerate(part):
            if i % 2:
                c.setFillGray(0.95)
                c.rect(36, y - 3, 540, 12, stroke=0, fill=1)
                c.setFillColor(black)
            c.setFont("Helvetica", 8.5)
            c.drawString(40, y, d.strftime("%m/%d/%y"))
            c.drawString(92, y, sfx)
            c.drawString(130, y, desc)
            c.drawRightString(470, y, ("-" if a < 0 else "") + money(abs(a)))
            c.drawRightString(570, y, money(b))
            y -= 12
        return y

    first, rest = reg[:10], reg[10:]

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 716
        for ln in [holder, *address]:
            c.drawString(50, y, ln)
            y -= 11
        c.setFont("Helvetica", 8.5)
        c.drawRightString(576, 716, f"Member number: XXXXX{member[-4:]}")
        c.drawRightString(576, 704, f"Statement period: {mdy(start)} - {mdy(end)}")
        c.drawRightString(576, 692, "Branch: Kettle Creek Main, 14 Depot Street, Faribault, MN 55021")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, 652, "YOUR ACCOUNTS THIS PERIOD")
        panels = (("S00  SHARE SAVINGS", savings_begin, transfer, 0.0, dividend, sav_end),
                  ("S20  SHARE DRAFT CHECKING", begin, r2(sum(a for d, s, _, a in lines if s == "S20" and a > 0)),
                   r2(-sum(a for d, s, _, a in lines if s == "S20" and a < 0)), 0.0, ending))
        for i, (title, b0, dep, wd, dv, b1) in enumerate(panels):
            x = 36 + i * 275
            c.setLineWidth(0.8)
            c.rect(x, 560, 265, 84, stroke=1, fill=0)
            c.setFillColor(copper)
            c.rect(x, 628, 265, 16, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 6, 633, title)
            c.setFillColor(black)
            yy = 615
            for k, v in (("Previous balance", b0), ("Deposits", dep), ("Withdrawals", wd), ("Dividends", dv),
                         ("New balance", b1)):
                c.setFont("Helvetica-Bold" if k in ("Previous balance", "New balance") else "Helvetica", 8.5)
                c.drawString(x + 8, yy, k)
                c.drawRightString(x + 257, yy, money(v))
                yy -= 11
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, 536, "TRANSACTION DETAIL - ALL SUB-ACCOUNTS")
        register(c, 520, first)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = register(c, 716, rest)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(130, y - 4, "S20 new balance")
        c.drawRightString(570, y - 4, money(ending))
        c.drawString(130, y - 17, "S00 new balance")
        c.drawRightString(570, y - 17, money(sav_end))
        c.setFont("Helvetica", 7.5)
        c.drawString(36, y - 48, f"Dividends paid year to date on S00: ${money(dividend * month)}. Annual percentage "
                                 "yield earned 0.25%.")
        c.drawString(36, y - 59, f"{bank} is federally insured by the NCUA. Report errors within 60 days.")
        return []

    fields = {"bank_name": bank, "account_last4": member[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, member, sav_end)


# --- letters and papers ---------------------------------------------------------------------------------------


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

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


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int) -> Paper:
    """A typed hardship letter; signed in ink only when it was printed and mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in [writer if not co_writer else f"{writer} and {co_writer}", *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in [servicer, "Loss Mitigation Department"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Hardship letter - loan number {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["To whom it may concern:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Sincerely,")
        marks = []
        sy = y - 44
        names = [writer] + ([co_writer] if co_writer else [])
        for i, nm in enumerate(names):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


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
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = ()) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
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
                c.drawString(300, y, v)
                y -= 15
            y -= 12
        c.setFont("Times-Roman", 11)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Paper([page])


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out.update(benefit_type="unemployment")
        return out


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 30)
        c.drawString(72, 700, "FAX")
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


def monetary_determination(claimant: str, address: Sequence[str], ssn: str, mailed: dt.date, effective: dt.date,
                           employer: str, quarters: Sequence[float], weekly: float) -> Letter:
    """A state unemployment agency's NOTICE OF MONETARY DETERMINATION: base-period wages by quarter, the weekly
    benefit amount and the maximum benefit amount. Unemployment income needs no document; the letter is extra."""
    q_names = []
    q = ((effective.month - 1) // 3)  # the quarter before the last completed one starts the base period
    year = effective.year
    for i in range(5, 1, -1):
        k = q - i
        q_names.append(f"Q{k % 4 + 1} {year + k // 4}")
    total = r2(sum(quarters))
    max_amt = r2(min(26 * weekly, total / 3))
    ends = effective + dt.timedelta(days=364)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(W / 2, 744, "STATE OF IOWA")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 732, "Unemployment Insurance Benefits Bureau  -  PO Box 10332, Des Moines, IA 50306")
        c.setLineWidth(1.4)
        c.rect(150, 690, W - 300, 28, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 700, "NOTICE OF MONETARY DETERMINATION")
        c.setLineWidth(0.5)
        c.setFont("Courier", 9.5)
        y = 664
        for ln in [claimant.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 12
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Date mailed", mdy(mailed)), ("Claimant ID", f"XXX-XX-{ssn[-4:]}"),
                                    ("Claim effective date", mdy(effective)), ("Benefit year ends", mdy(ends)))):
            c.drawString(340, 664 - 13 * i, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(552, 664 - 13 * i, v)
            c.setFont("Helvetica", 8.5)
        y = 598
        paragraphs(c, 60, y, W - 120, [
            "This notice shows the wages your employers reported for the base period of your claim and the benefits "
            "you may receive if you are otherwise eligible. It is not a decision that you are eligible to be paid for "
            "any week. You must request payment every week by the weekly claim deadline."], font="Helvetica",
                   size=8.5, leading=11)
        y = 548
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(60, y, "BASE PERIOD WAGES")
        y -= 14
        c.setFont("Helvetica-Bold", 7)
        c.drawString(60, y, "EMPLOYER")
        for i, qn in enumerate(q_names):
            c.drawRightString(330 + i * 55, y, qn)
        c.drawRightString(552, y, "TOTAL")
        c.line(60, y - 4, 552, y - 4)
        y -= 15
        c.setFont("Courier", 8.5)
        c.drawString(60, y, employer.upper()[:30])
        for i, v in enumerate(quarters):
            c.drawRightString(330 + i * 55, y, money(v))
        c.drawRightString(552, y, money(total))
        y -= 34
        c.setLineWidth(0.8)
        c.rect(60, y - 50, W - 120, 62, stroke=1, fill=0)
        c.setFont("Helvetica", 9)
        for i, (k, v) in enumerate((("Weekly benefit amount (WBA)", "$" + money(weekly)),
                                    ("Maximum benefit amount (MBA)", "$" + money(max_amt)),
                                    ("Highest quarter wages", "$" + money(max(quarters))),
                                    ("Dependents claimed", "0"))):
            c.drawString(70, y - 14 * i, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(540, y - 14 * i, v)
            c.setFont("Helvetica", 9)
        paragraphs(c, 60, y - 80, W - 120, [
            "Your weekly benefit amount is figured from your highest quarter of base period wages. Benefits are paid "
            "weekly. Benefits are taxable income; you may ask us to withhold federal and state income tax.",
            "APPEAL RIGHTS: If you believe the wages shown are wrong, send us proof of the correct wages within 10 "
            "days of the date mailed. You may appeal this determination within 10 days of the date mailed."],
                   font="Helvetica", size=8.5, leading=11)
        c.setFont("Helvetica", 7)
        c.drawString(60, 60, "Form 65-0013 (monetary)  -  Unemployment Insurance Benefits Bureau")
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", mailed)


def pension_statement(member: str, address: Sequence[str], member_id: str, date: dt.date, monthly: float,
                      retired: dt.date, option: str) -> Letter:
    """A private company pension plan's ANNUAL BENEFIT STATEMENT from its plan administrator: the monthly gross
    benefit for the new year, withholding, the payment schedule and last year's payments."""
    fed = r2(monthly * 0.1)
    state = r2(monthly * 0.035)
    last_year = r2(monthly / 1.021)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawString(60, 738, "Harlan & Voss Manufacturing Company Pension Plan")
        c.setFont("Helvetica", 8)
        c.drawString(60, 725, "Administered by Pinebrook Retirement Services  -  PO Box 2290, Eau Claire, WI 54702  -  "
                              "(715) 555-0164")
        c.setLineWidth(0.7)
        c.line(60, 716, 552, 716)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, 690, f"ANNUAL BENEFIT STATEMENT - {date.year}")
        c.setFont("Helvetica", 9)
        c.drawRightString(552, 690, f"Statement date: {long_date(date)}")
        y = 664
        for ln in [member, *address]:
            c.drawString(60, y, ln)
            y -= 12
        c.drawRightString(552, 664, f"Participant ID: {member_id}")
        c.drawRightString(552, 652, f"Benefit commencement: {mdy(retired)}")
        c.drawRightString(552, 640, f"Form of payment: {option}")
        y = 600
        paragraphs(c, 60, y, 492, [
            f"Your pension benefit for {date.year} includes the plan's cost-of-living adjustment of 2.1% effective "
            "January 1. Benefits are paid monthly by direct deposit on the first business day of the month and are "
            "taxable income; a Form 1099-R for last year is enclosed separately."], font="Times-Roman", size=10,
                   leading=13)
        y = 548
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, f"YOUR MONTHLY BENEFIT FOR {date.year}")
        c.line(60, y - 4, 552, y - 4)
        y -= 18
        rows = [("Gross monthly benefit", monthly), ("Federal income tax withheld", -fed),
                ("State income tax withheld", -state), ("Net monthly deposit", r2(monthly - fed - state))]
        for k, v in rows:
            c.setFont("Helvetica-Bold" if k.startswith(("Gross", "Net")) else "Helvetica", 9.5)
            c.drawString(70, y, k)
            c.drawRightString(400, y, ("-" if v < 0 else "") + "$" + money(abs(v)))
            y -= 15
        c.setFont("Helvetica", 9.5)
        c.drawString(70, y - 4, "Payment frequency: Monthly (12 payments a year)")
        y -= 40
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, f"PAYMENTS MADE IN {date.year - 1}")
        c.line(60, y - 4, 552, y - 4)
        y -= 18
        c.setFont("Helvetica", 9.5)
        for k, v in (("Gross paid (12 payments)", r2(last_year * 12)), ("Federal tax withheld", r2(last_year * 1.2)),
                     ("State tax withheld", r2(last_year * 0.42))):
            c.drawString(70, y, k)
            c.drawRightString(400, y, "$" + money(v))
            y -= 15
        paragraphs(c, 60, y - 20, 492, [
            "Please tell Pinebrook Retirement Services promptly about a change of address or bank account. This "
            "statement does not change the terms of the plan; if anything here differs from the plan document, the "
            "plan document governs."], font="Times-Roman", size=9.5, leading=12)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area
    street: str
    city: str
    state: str
    zip: str
    phone: str
    email: str
    occupancy: str | None  # None: no occupancy box marked
    hardships: list[str]
    start: dt.date
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    seed: int = 1
    split: dict[str, tuple[float, float]] | None = None  # code -> (borrower, co-borrower) where a form asks
    assets: tuple[float, float] = (850.0, 0.0)  # checking and cash, savings

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": money(app.assets[0])}
    if app.occupancy:
        values[F710_OCC[app.occupancy]] = True
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    if type_dates:
        if app.b_dates:
            values["Date_3"] = mdy(app.signed_on)
        if app.co and app.co_signs:
            values["Date_4"] = mdy(app.signed_on)
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for page in writer.pages:
        names = {}
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            names[str(w.get("/T", ""))] = w
        texts = {}
        for name, value in values.items():
            if name not in names:
                continue
            w = names[name]
            if isinstance(value, bool):
                states = [str(k) for k in w["/AP"]["/N"] if str(k) != "/Off"]
                state = NameObject(states[0] if value else "/Off")
                w[NameObject("/V")] = state
                w[NameObject("/AS")] = state
            else:
                texts[name] = value
        if texts:
            writer.update_page_form_field_values(page, texts, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    return writer


def form710_screen(app: App) -> bytes:
    """Typed on screen, signed with drawn strokes over the signature field, the date typed."""
    writer = form710_filled(app, type_dates=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    marks = [Mark("sig", 150, 348, w=200, seed=app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        marks.append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
    apply_screen_marks(c, marks)
    synth_line(c)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    for i, page in enumerate(writer.pages):
        if i == 3:
            page.merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"aq710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "aq710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)


def form4506c_pdf(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                  client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int,
                  ink: bool = False) -> bytes:
    """Page 1 of the real IRS Form 4506-C typed over by the servicer (fields flattened into the page): signed on
    screen with the date typed, or (ink) left for the taxpayer to sign and date by hand (see `form4506c_ink`)."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Halyard Income Verification LLC"),
           (312, 506, "HIV-22817"), (420, 506, "HALYARD01"), (27, 484, "400 Commerce Way"),
           (312, 484, "Tysons"), (420, 484, "VA"), (474, 484, "22102"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    if not ink:
        put.append((344, 168, mdy(signed_on)))
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    if not ink:
        draw_signature_vector(c, Mark("sig", 80, 166, w=200, seed=seed))
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, "aq4506c")


def form4506c_ink(person: tuple[str, str, str, str], address: tuple[str, str, str, str], client: str,
                  client_phone: str, signed_on: dt.date, phone: str, style: Scan, seed: int) -> list[ScannedPage]:
    """The typed 4506-C printed, signed and dated in ink by the taxpayer, and scanned."""
    pdf = form4506c_pdf(*person, *address, client, client_phone, signed_on, phone, seed, ink=True)
    marks = [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 346, 168, mdy(signed_on), size=10, seed=seed + 3)]
    return scan_sheets(pdf, [marks], style, seed)


LEGAL = (612.0, 1008.0)
BMS_REASONS = ("job loss or unemployment", "reduced pay, hours or overtime",
               "higher housing costs (taxes, insurance, HOA)", "a natural or man-made disaster",
               "serious illness or disability in the household", "divorce or legal separation",
               "separation of co-owners who are not married", "death of a borrower or a wage earner",
               "a job transfer or relocation far from home", "something else (explain in 3.3)")
BMS_INCOME = ("Wages, salary, overtime, tips, bonuses", "Self-employment", "Unemployment benefits",
              "Taxable Social Security, pension, disability", "Non-taxable Social Security or disability",
              "Rent received, less expenses", "Investment or insurance income", "Alimony, child support, other")


@dataclass
class Flow:
    """Running sentences with answers on short underlines and round tick boxes, in one of three hands:
    "screen" (typed in the PDF), "print" (typed, printed; only signatures and dates in ink) or "pen" (everything
    written in block capitals and ticked by hand)."""

    c: Canvas
    mode: str
    seed: int
    marks: list[Mark] = field(default_factory=list)
    size: float = 9.0
    leading: float = 16.5

    def answer(self, x: float, y: float, text: str, hand_always: bool = False) -> None:
        if not text:
            return
        if self.mode == "pen" or (hand_always and self.mode != "screen"):
            self.seed += 1
            kind = "cap" if self.mode == "pen" and not hand_always else "hand"
            self.marks.append(Mark(kind, x, y, text.upper() if kind == "cap" else text, size=9.5, seed=self.seed))
        else:
            self.c.setFont("Courier-Bold", 9)
            self.c.drawString(x, y, text)

    def tick(self, x: float, y: float) -> None:
        self.seed += 1
        m = Mark("tick", x, y, w=9, seed=self.seed)
        if self.mode == "pen":
            self.marks.append(m)
        else:
            draw_tick_vector(self.c, m)

    def run(self, x0: float, y: float, width: float, segs: Sequence[Any]) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c = self.c
        x = x0
        space = stringWidth(" ", "Helvetica", self.size)

        def room(w: float) -> None:
            nonlocal x, y
            if x + w > x0 + width and x > x0:
                x = x0
                y -= self.leading

        for seg in segs:
            if isinstance(seg, str):
                for word in seg.split():
                    w = stringWidth(word, "Helvetica", self.size)
                    room(w)
                    c.setFont("Helvetica", self.size)
                    c.drawString(x, y, word)
                    x += w + space
            elif seg[0] == "nl":
                x = x0
                y -= self.leading
            elif seg[0] == "blank":  # ("blank", min width, answer[, hand even when typed])
                answer = seg[2]
                w = max(seg[1], stringWidth(answer, "Courier-Bold", 9) * (1.15 if self.mode == "pen" else 1) + 8)
                room(w)
                c.setLineWidth(0.5)
                c.line(x, y - 2, x + w, y - 2)
                self.answer(x + 3, y + 0.5, answer, len(seg) > 3 and seg[3])
                x += w + space
            elif seg[0] == "sig":  # ("sig", width, signs, seed)
                room(seg[1])
                c.setLineWidth(0.5)
                c.line(x, y - 2, x + seg[1], y - 2)
                if seg[2]:
                    self.marks.append(Mark("sig", x + 6, y - 1, w=seg[1] * 0.72, seed=seg[3]))
                x += seg[1] + space
            else:  # ("box", ticked)
                room(14)
                c.setLineWidth(0.7)
                c.roundRect(x, y - 1.5, 9, 9, 2.4, stroke=1, fill=0)
                if seg[1]:
                    self.tick(x, y - 1.5)
                x += 9 + space + 1
        return y - self.leading


def bms88(app: App, mode: str, originator: str) -> Paper:
    """Bellcastle Mortgage Servicing's one-page LEGAL-size 'Mortgage Relief Application' (form BMS-88)."""
    navy = Color(0.1, 0.16, 0.32)
    pw = LEGAL[0]

    def band(c: Canvas, x: float, y: float, w: float, text: str) -> float:
        c.setFillColor(navy)
        c.rect(x, y - 4, w, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 5, y + 0.5, text)
        c.setFillColor(black)
        return y - 20

    def row(c: Canvas, fl: Flow, x: float, y: float, w: float, num: str, segs: Sequence[Any]) -> float:
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x + 2, y, num)
        end = fl.run(x + 24, y, w - 28, segs)
        c.setStrokeGray(0.6)
        c.setLineWidth(0.4)
        c.line(x, end + 6, x + w, end + 6)
        c.setStrokeGray(0)
        return end - 6

    def page(c: Canvas) -> list[Mark]:
        fl = Flow(c, mode, app.seed * 100)
        c.setFont("Times-Bold", 19)
        c.drawString(36, 968, "BELLCASTLE")
        c.setFont("Times-Roman", 10.5)
        c.drawString(36, 955, "MORTGAGE SERVICING")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 942, "Loss Mitigation Department  -  1850 Keystone Crossing, Suite 400, "
                              "Indianapolis, IN 46240")
        c.drawString(36, 932, "Phone (317) 555-0140  -  Fax (317) 555-0149  -  relief@bellcastle.example")
        c.setFont("Helvetica-Bold", 14)
        c.drawRightString(576, 966, "MORTGAGE RELIEF APPLICATION")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(576, 954, "Form BMS-88 (legal)  -  Rev. 01/2040")
        c.drawRightString(576, 944, "One page - answer both columns")
        c.setLineWidth(1.2)
        c.line(36, 924, 576, 924)
        c.setLineWidth(0.4)
        c.line(36, 921, 576, 921)
        paragraphs(c, 36, 908, 540, [
            "If Bellcastle bought your loan from the lender that made it, use the Bellcastle loan number printed on "
            "your latest monthly statement. Answer on the short lines inside each sentence and place a tick in every "
            "round box that applies. In Part 4, Household is the borrower's and the co-borrower's amounts added "
            "together. Both borrowers sign and date Part 6."], font="Helvetica", size=7.8, leading=9.6)
        top = 868
        c.setLineWidth(0.5)
        c.line(306, top + 8, 306, 162)
        lx, lw = 36.0, 262.0
        y = band(c, lx, top, lw, "PART 1   THE LOAN AND THE BORROWERS")
        y = row(c, fl, lx, y, lw, "1.1", ["Our Bellcastle loan number is", ("blank", 80, app.loan),
                                          ". The loan was made by", ("blank", 90, originator),
                                          "and later transferred to Bellcastle."])
        y = row(c, fl, lx, y, lw, "1.2", ["The borrower's full name is", ("blank", 110, app.borrower),
                                          "; Social Security number ending in", ("blank", 34, app.ssn[-4:]),
                                          "; best phone", ("blank", 84, app.phone), "."])
        y = row(c, fl, lx, y, lw, "1.3", ["The co-borrower's full name is", ("blank", 110, app.co or ""),
                                          "(leave blank if none); Social Security number ending in",
                                          ("blank", 34, (app.co_ssn or "")[-4:]), "."])
        y = row(c, fl, lx, y, lw, "1.4", ["Send e-mail about this request to", ("blank", 150, app.email), "."])
        y = band(c, lx, y - 4, lw, "PART 2   THE PROPERTY")
        y = row(c, fl, lx, y, lw, "2.1", ["The mortgaged property is at", ("blank", 120, app.street), "in",
                                          ("blank", 80, app.city), ", state", ("blank", 22, app.state), ", ZIP",
                                          ("blank", 42, app.zip), "."])
        y = row(c, fl, lx, y, lw, "2.2", ["We use the property as", ("box", app.occupancy == "primary_residence"),
                                          "our principal residence", ("box", app.occupancy == "second_home"),
                                          "a second home", ("box", app.occupancy == "investment_property"),
                                          "a rental or investment property (tick one)."])
        y = row(c, fl, lx, y, lw, "2.3", ["We would like to", ("box", True), "keep the property", ("box", False),
                                          "sell it", ("box", False), "we have not decided."])
        y = row(c, fl, lx, y, lw, "2.4", ["Is a borrower on active military duty?", ("box", False), "yes",
                                          ("box", True), "no"])
        y = band(c, lx, y - 4, lw, "PART 3   THE HARDSHIP")
        y = row(c, fl, lx, y, lw, "3.1", ["Our hardship began on", ("blank", 62, mdy(app.start)),
                                          "(mm/dd/yyyy) and we expect it to be", ("box", app.duration == "short"),
                                          "short-term, 6 months or less", ("box", app.duration == "long"),
                                          "long-term", ("box", app.duration == "resolved"), "already resolved."])
        segs: list[Any] = ["It was caused by (tick every box that applies):"]
        for i, reason in enumerate(BMS_REASONS):
            segs += [("nl",), ("box", HARDSHIPS[i] in app.hardships), reason]
        y = row(c, fl, lx, y, lw, "3.2", segs)
        y = row(c, fl, lx, y, lw, "3.3", ["If something else, explain:", ("blank", 150, app.other_text)])
        # right column
        rx, rw = 314.0, 262.0
        y = band(c, rx, top, rw, "PART 4   MONTHLY INCOME BEFORE TAXES")
        c.setFont("Helvetica", 7.5)
        c.drawString(rx + 2, y, "Write each person's monthly amount; add across for Household.")
        y -= 16
        cols = (rx + 154, rx + 208, rx + 262)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(rx + 2, y, "SOURCE OF INCOME")
        for cx, t in zip(cols, ("BORROWER", "CO-BORROWER", "HOUSEHOLD"), strict=True):
            c.drawRightString(cx - 2, y, t)
        c.setLineWidth(0.6)
        c.line(rx, y - 4, rx + rw, y - 4)
        y -= 20
        both = app.split or {}
        for i, (k, label) in enumerate(zip(INCOMES, BMS_INCOME, strict=True)):
            b_amt, co_amt = both.get(k, (app.income.get(k, 0.0), 0.0))
            hh = app.income.get(k, 0.0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(rx + 2, y, f"4.{i + 1}")
            c.setFont("Helvetica", 7.5)
            for j, ln in enumerate(wrap(label, "Helvetica", 7.5, 84)):
                c.drawString(rx + 16, y + 4 - 9 * j if len(wrap(label, "Helvetica", 7.5, 84)) > 1 else y, ln)
            for cx, v in zip(cols, (b_amt, co_amt, hh), strict=True):
                c.setLineWidth(0.4)
                c.line(cx - 50, y - 3, cx - 2, y - 3)
                if v > 0:
                    fl.answer(cx - 4 - (len(money(v)) * 5.8 if mode == "pen" else stringwidth(money(v))), y,
                              money(v))
            y -= 25
        c.setLineWidth(0.9)
        c.line(rx, y + 14, rx + rw, y + 14)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(rx + 2, y, "4.9  TOTAL")
        b_tot = r2(sum(both.get(k, (app.income.get(k, 0.0), 0.0))[0] for k in INCOMES))
        co_tot = r2(sum(both.get(k, (0.0, 0.0))[1] for k in INCOMES))
        for cx, v in zip(cols, (b_tot, co_tot, app.total), strict=True):
            c.line(cx - 50, y - 3, cx - 2, y - 3)
            if v > 0:
                fl.answer(cx - 4 - (len(money(v)) * 5.8 if mode == "pen" else stringwidth(money(v))), y, money(v))
        y -= 26
        y = band(c, rx, y, rw, "PART 5   WHAT WE HAVE IN THE BANK")
        y = row(c, fl, rx, y, rw, "5.1", ["We have $", ("blank", 52, money(app.assets[0])),
                                          "in checking and cash and $", ("blank", 52, money(app.assets[1])),
                                          "in savings, not counting retirement accounts."])
        y = band(c, rx, y - 4, rw, "PART 6   CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, rx + 2, y, rw - 4, [
            "We certify that everything in this application is true and that the hardship we described contributed "
            "to our need for mortgage relief. We agree to send the documents Bellcastle asks for, we consent to a "
            "credit report for every borrower, and we understand that knowingly false statements may violate "
            "federal law. Bellcastle may contact us at any number or e-mail given here."],
            font="Helvetica", size=7.4, leading=9.2) - 10
        fl.leading = 26
        b_date = mdy(app.signed_on) if app.b_dates else ""
        y = row(c, fl, rx, y, rw, "6.1", ["Signed by the borrower", ("sig", 130, app.b_signs, app.seed), "on",
                                          ("blank", 64, b_date, True)])
        co_date = mdy(app.signed_on) if app.co and app.co_signs else ""
        y = row(c, fl, rx, y, rw, "6.2", ["Signed by the co-borrower", ("sig", 130, bool(app.co) and app.co_signs,
                                                                         app.seed + 1), "on",
                                          ("blank", 64, co_date, True)])
        fl.leading = 16.5
        y -= 10
        c.setFillGray(0.92)
        c.rect(rx, y - 74, rw, 80, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(rx + 6, y - 6, "FOR BELLCASTLE USE ONLY")
        c.setFont("Helvetica", 7.5)
        for i, k in enumerate(("Date received", "Prior servicer", "Investor / pool", "Reviewed by")):
            c.drawString(rx + 6, y - 22 - 13 * i, k)
            c.line(rx + 80, y - 24 - 13 * i, rx + rw - 8, y - 24 - 13 * i)
        c.setLineWidth(0.8)
        c.rect(36, 58, 540, 92, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, 138, "SEND WITH THIS APPLICATION (copies, not originals)")
        c.setFont("Helvetica", 7.4)
        needs = ["Income: your most recent pay stub showing year-to-date pay, or your two most recent bank statements; "
                 "benefit award letters; your two most recent bank statements for rent, self-employment or other "
                 "income; a signed IRS Form 4506-C if you are self-employed or receive rent.",
                 "Hardship: a letter explaining an illness, disability or other hardship; a final divorce decree, "
                 "separation agreement or recorded quitclaim deed; a death certificate or obituary; transfer orders "
                 "or an employer's letter for a relocation. Nothing is needed for job loss, lower pay, higher "
                 "housing costs or a disaster."]
        paragraphs(c, 44, 126, 524, needs, font="Helvetica", size=7.4, leading=9.2, gap=4)
        c.setFont("Helvetica", 7)
        c.drawCentredString(pw / 2, 40, "Form BMS-88  -  Page 1 of 1  -  Keep a copy for your records")
        return fl.marks

    return Paper([page], LEGAL)


def stringwidth(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, "Courier-Bold", 9)


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
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    blanks = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
              "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
              "income": [v for v in app.income.values() if v > 0]}
    out += [f"application_field:{k}" for k, v in blanks.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    of = [d for d in docs if True]
    stmts = sorted((d for d in of if d.type == "bank_statement"), key=lambda d: d.fields["period_end"])
    two_bank = False
    for a in stmts:
        for b in stmts:
            if a.account == b.account and a is not b and fresh(a.date) and fresh(b.date) and \
                    dt.date.fromisoformat(b.fields["period_start"]) == \
                    dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1):
                two_bank = True
    stubs = [d for d in of if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in of)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank}
    for k, v in app.income.items():
        if v > 0 and not rules[k]:
            out.append(f"income_doc:{k}")
    types = {d.type for d in of}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    for h in app.hardships:
        if h in need and not (need[h] & types):
            out.append(f"hardship_doc:{h}")
    if (app.income.get("self_employment", 0) > 0 or app.income.get("rental", 0) > 0) and not any(
            d.type == "irs_form_4506c" and d.signed for d in of):
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


WH_N = Withholding(0.1, 0.045, True, (("Medical plan (pre-tax)", 118.30), ("403(b) 4%", 96.00), ("Parking", 12.00)))
WH_N2 = Withholding(0.09, 0.05, True, (("Medical plan (pre-tax)", 64.10), ("403(b) 3%", 58.00)))
SERVICER = "Bellcastle Mortgage Servicing"


def packet_aq1(seed: int) -> Packet:
    received = dt.date(2040, 3, 12)
    addr = ["611 Birchwood Lane", "Faribault, MN 55021"]
    stubs = [ansgar_stub(random.Random(seed * 7 + 1), "Saint Ansgar Medical Center - Northfield Campus",
                         "Ingrid S. Halvorsen", "0047318", "Registered Nurse II", "5W Cardiac Step-Down", d, 44.85,
                         "night", WH_N) for d in (dt.date(2040, 2, 17), dt.date(2040, 3, 2))]
    app = App("5580213947", "Ingrid S. Halvorsen", "951-44-7302", "611 Birchwood Lane", "Faribault", "MN", "55021",
              "(507) 555-0143", "ingrid.halvorsen@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2039, 12, 1), "long", {"wages": 7650.00}, dt.date(2040, 3, 9), seed=seed + 11)
    p = Packet("aq1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Halvorsen_MAA_signed (2).pdf", form710_screen(app), (app_doc(), 4))
    for s in stubs:
        p.pdf(f"{folder}/SOE_{s.date.strftime('%Y%m%d')}_0047318.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    on = dt.date(2040, 3, 9)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, SERVICER, [
        "In December the cardiac unit where I work went from four night nurses to three and I lost my regular "
        "charge shifts and most of my overtime. My base pay is the same, but the differentials and overtime were "
        "almost a quarter of what I earned.",
        "My loan was transferred to Bellcastle last year and I have always paid on time until January. I am asking "
        "for a modification so that the payment matches what I earn now."], ink=False, seed=seed)
    p.pdf(f"{folder}/letter to Bellcastle.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_aq2(seed: int) -> Packet:
    received = dt.date(2040, 3, 12)
    addr = ["418 Millrace Road", "Galesville, WI 54630"]
    stubs = [tremont_stub(random.Random(seed * 7 + 2), "Dwight R. Kowalczyk", "T-20417", "Highway Department",
                          "Equipment Operator II", "AFSCME Local 2291", d, 55_120.00, 60.00, 14)
             for d in (dt.date(2040, 2, 15), dt.date(2040, 2, 29))]
    pension = pension_statement("Marlene J. Kowalczyk", addr, "HV-0088214", dt.date(2040, 1, 30), 1286.40,
                                dt.date(2034, 6, 1), "Single life annuity")
    wages = stubs[-1].monthly
    app = App("0730418865", "Dwight R. Kowalczyk", "966-20-5518", "418 Millrace Road", "Galesville", "WI", "54630",
              "(608) 555-0182", "dkowalczyk@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2039, 10, 14), "long", {"wages": wages, "benefits_taxable": 1286.40}, dt.date(2040, 3, 6),
              co="Marlene J. Kowalczyk", co_ssn="966-31-0427", seed=seed + 21,
              split={"wages": (wages, 0.0), "benefits_taxable": (0.0, 1286.40)}, assets=(612.00, 1400.00))
    p = Packet("aq2", received, app, [])
    loan = app.loan
    p.pdf(f"{loan}_application.pdf", paper_pdf(bms88(app, "screen", "Prairie Home Lending")), (app_doc(), 1))
    for s in stubs:
        p.pdf(f"{loan}_paystub_{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{loan}_pension statement.pdf", paper_pdf(pension.paper), (letter_doc(pension), 1))
    on = dt.date(2040, 3, 6)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, SERVICER, [
        "In October Dwight had a stroke while plowing for the county. He is back at work on light duty, but he "
        "lost the winter overtime that we counted on, and our out-of-pocket medical bills have been more than "
        "$900 a month since.",
        "Marlene's pension from Harlan & Voss has not changed. We want to keep our home and ask Bellcastle to "
        "look at a modification."], ink=False, seed=seed)
    p.pdf(f"{loan}_hardship.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_aq3(seed: int) -> Packet:
    received = dt.date(2040, 3, 13)
    addr = ["2215 Larkspur Drive", "Ankeny, IA 50023"]
    stubs = [ansgar_stub(random.Random(seed * 7 + 3), "Saint Ansgar Regional Hospital - Ames",
                         "Teodoro M. Ferrante", "0061152", "Respiratory Therapist", "Respiratory Care", d, 38.10,
                         "evening", WH_N2) for d in (dt.date(2039, 11, 25), dt.date(2039, 12, 9))]
    det = monetary_determination("Luisa K. Ferrante", addr, "983-52-7761", dt.date(2040, 2, 21),
                                 dt.date(2040, 2, 9), "Prairie Lantern Foods Inc", [9120.00, 9480.50, 8860.25,
                                                                                   9315.75], 546.00)
    app = App("3309155872", "Teodoro M. Ferrante", "983-10-6649", "2215 Larkspur Drive", "Ankeny", "IA", "50023",
              "(515) 555-0196", "tferrante@example.org", "primary_residence", ["unemployment"],
              dt.date(2040, 2, 7), "short", {"wages": 5850.00, "unemployment": 2366.00}, dt.date(2040, 3, 8),
              co="Luisa K. Ferrante", co_ssn="983-52-7761", seed=seed + 31,
              split={"wages": (5850.00, 0.0), "unemployment": (0.0, 2366.00)}, assets=(430.00, 0.0))
    p = Packet("aq3", received, app, ["income_doc:wages"])
    style = Scan(dpi=240, tilt=0.3, blur=0.55, noise=0.0005)
    on = dt.date(2040, 3, 8)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, SERVICER, [
        "Luisa was laid off from the Prairie Lantern plant on February 7 when the second shift was closed. She "
        "has applied for unemployment and the state letter is enclosed. Teodoro's hours at the hospital have not "
        "changed.",
        "We expect Luisa to find work within a few months and ask for a forbearance or a lower payment until "
        "then."], ink=True, seed=seed + 3)
    p.scan("MX-3140_20400313_091244.pdf", [
        (app_doc(), scan_paper(bms88(app, "print", "Heartland Trust Mortgage"), style, seed + 300)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 301)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 302)),
        (letter_doc(det), scan_paper(det.paper, style, seed + 303)),
        (hardship_doc(on), scan_paper(hl, style, seed + 304))], style)
    return p


def packet_aq4(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2040, 3, 14)
    addr = ["74 Prospect Hill Road", "Watertown, SD 57201"]
    app = App("4102769358", "Rosalind T. Brandvold", "937-68-1245", "74 Prospect Hill Road", "Watertown", "SD",
              "57201", "(605) 555-0127", "rbrandvold.landscape@example.com", "primary_residence", ["other"],
              dt.date(2039, 11, 20), "short", {"self_employment": 4980.00}, dt.date(2040, 3, 10),
              other_text="Largest customer went bankrupt and did not pay", seed=seed + 41)
    p = Packet("aq4", received, app, [])
    style = Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004)
    credits1 = [(4, "MOBILE DEPOSIT - CUSTOMER CHECK", 1450.00), (12, "DEPOSIT - BRANDVOLD LANDSCAPE", 2210.40),
                (22, "SQUARE INC DEPOSIT", 865.15), (29, "MOBILE DEPOSIT - CUSTOMER CHECK", 780.00)]
    credits2 = [(6, "SQUARE INC DEPOSIT", 1322.60), (13, "MOBILE DEPOSIT - CUSTOMER CHECK", 1975.00),
                (20, "DEPOSIT - BRANDVOLD LANDSCAPE", 1410.25), (27, "SQUARE INC DEPOSIT", 640.80)]
    holder = "Rosalind T. Brandvold dba Brandvold Landscape"
    s1 = flint_statement(rng, holder, addr, "6604418841", 2040, 1, 3128.44, credits1, 2211, "BUSINESS CHECKING")
    s2 = flint_statement(rng, holder, addr, "6604418841", 2040, 2, s1.fields["ending_balance"], credits2, 2217,
                         "BUSINESS CHECKING")
    on = dt.date(2040, 3, 10)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, SERVICER, [
        "I run a small landscaping and snow removal business. My largest customer, a property manager with eleven "
        "commercial lots, filed for bankruptcy in November and never paid my fall invoices of about $14,000.",
        "I have picked up new snow contracts and expect my income to recover by spring. I ask for a short "
        "forbearance or a lower payment until then. My two latest bank statements and the IRS form are enclosed."],
        ink=True, seed=seed + 4)
    t_doc = Doc("irs_form_4506c", {"signed": True, "signed_on": "2040-03-10"}, on, signed=True)
    t = form4506c_ink(("Rosalind", "T", "Brandvold", "937-68-1245"), ("74 Prospect Hill Road", "Watertown", "SD",
                                                                        "57201"),
                      "Bellcastle Mortgage Servicing", "(317) 555-0140", on, "(605) 555-0127", style, seed + 405)
    folder = app.loan
    for i, (doc, sheets) in enumerate([(app_doc(), form710_ink(app, style, seed + 400)),
                                       (hardship_doc(on), scan_paper(hl, style, seed + 401)),
                                       (stmt_doc(s1), scan_paper(s1.paper, style, seed + 402)),
                                       (stmt_doc(s2), scan_paper(s2.paper, style, seed + 403)), (t_doc, t)]):
        p.scan(f"{folder}/IMG_{5120 + 3 * i}.pdf", [(doc, sheets)], style)
    return p


def packet_aq5(seed: int) -> Packet:
    received = dt.date(2040, 3, 14)
    addr = ["1902 Quarry Hill Court", "Arcadia, WI 54612"]
    stub = tremont_stub(random.Random(seed * 7 + 5), "Benedikt A. Strand", "T-11862", "Sheriff's Office",
                        "Corrections Officer", "WPPA Corrections Unit", dt.date(2040, 2, 29), 51_480.00, 85.00, 19)
    co_stub = ansgar_stub(random.Random(seed * 7 + 55), "Saint Ansgar Clinic - Arcadia", "Yolanda P. Strand",
                          "0072290", "Licensed Practical Nurse", "Family Medicine Clinic", dt.date(2040, 3, 2), 27.40,
                          "day", WH_N2)
    wages = r2(stub.monthly + co_stub.monthly)
    app = App("6617043295", "Benedikt A. Strand", "941-83-2096", "1902 Quarry Hill Court", "Arcadia", "WI", "54612",
              "(608) 555-0115", "bstrand1902@example.net", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2040, 1, 1), "long", {"wages": wages}, dt.date(2040, 3, 11), co="Yolanda P. Strand",
              co_ssn="941-27-5530", co_signs=False, seed=seed + 51,
              split={"wages": (stub.monthly, co_stub.monthly)}, assets=(1210.00, 300.00))
    p = Packet("aq5", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.4, blur=0.5, noise=0.0006)
    on = dt.date(2040, 3, 11)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, SERVICER, [
        "Our escrow analysis in December raised our payment by $486 a month starting in January, because the "
        "property taxes were not paid from escrow correctly before our loan was transferred and the insurance "
        "premium went up after the hail season.",
        "We can pay the old amount but not the new one. Please review us for a modification or a longer escrow "
        "repayment."], ink=True, seed=seed + 5)
    name = "STRAND"
    for i, (doc, paper) in enumerate([(app_doc(), bms88(app, "pen", "Northway Mortgage Co.")),
                                      (stub_doc(stub), stub.paper), (stub_doc(co_stub), co_stub.paper),
                                      (hardship_doc(on), hl)]):
        p.scan(f"{name}_{app.loan}_{i + 1}.pdf", [(doc, scan_paper(paper, style, seed + 500 + i))], style)
    return p


def packet_aq6(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2040, 3, 15)
    addr = ["88 Willow Bend Trail", "Northfield, MN 55057"]
    pension = pension_statement("Harriet E. Vossberg", addr, "HV-0071630", dt.date(2040, 1, 30), 1132.75,
                                dt.date(2031, 9, 1), "Joint and 50% survivor annuity")
    pay = 1573.42
    credits1 = [(2, "PENSION HARLAN VOSS PLAN", r2(1132.75 * (1 - 0.135))), (10, "PAYROLL CANNON VALLEY SCH", pay),
                (24, "PAYROLL CANNON VALLEY SCH", pay)]
    credits2 = [(1, "PENSION HARLAN VOSS PLAN", r2(1132.75 * (1 - 0.135))), (7, "PAYROLL CANNON VALLEY SCH", pay),
                (21, "PAYROLL CANNON VALLEY SCH", pay)]
    s1 = kettle_statement(rng, "Harriet E. Vossberg", addr, "2270496631", 2040, 1, 1840.22, 2650.00, credits1)
    s2 = kettle_statement(rng, "Harriet E. Vossberg", addr, "2270496631", 2040, 2, s1.fields["ending_balance"],
                          s1.savings_end, credits2)
    app = App("9047716320", "Harriet E. Vossberg", "925-61-4408", "88 Willow Bend Trail", "Northfield", "MN", "55057",
              "(507) 555-0178", "hvossberg@example.net", None, ["reduction_in_income"], dt.date(2039, 9, 1), "long",
              {"wages": 3410.00, "benefits_taxable": 1132.75}, dt.date(2040, 3, 12), seed=seed + 61)
    p = Packet("aq6", received, app, ["application_field:occupancy"])
    header = "MAR-15-2040 14:12  FROM: NORTHFIELD PACK & SHIP  5075550166   TO: 13175550149   P.{page:02d}/{pages:02d}"
    style = Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0008, fax=True, header=header)
    cover = fax_cover("Northfield Pack & Ship", "(507) 555-0166", SERVICER, "(317) 555-0149", received, 11,
                      f"Loan {app.loan} - assistance application")
    on = dt.date(2040, 3, 12)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, SERVICER, [
        "Since September the school district has cut my hours as a paraprofessional from full time to 30 hours a "
        "week. My pension from Harlan & Voss is the same as before.",
        "I would like a lower payment so that I can stay in my house."], ink=True, seed=seed + 6)
    p.scan("fax_20400315_141207_0001.pdf", [
        (None, scan_paper(cover, style, seed + 600)),
        (app_doc(), form710_ink(app, style, seed + 601)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 602)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 603)),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 604)),
        (hardship_doc(on), scan_paper(hl, style, seed + 605))], style)
    return p


def packet_aq7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2040, 3, 15)
    addr = ["3306 Bluff View Road", "Red Wing, MN 55066"]
    stub = ansgar_stub(random.Random(seed * 7 + 7), "Saint Ansgar Medical Center - Red Wing", "Priya N. Castellanos",
                       "0058804", "Surgical Technologist", "Perioperative Services", dt.date(2040, 3, 2), 31.65,
                       "evening", WH_N2)
    support = 650.00
    net = stub.fields["net_current"]
    s1 = kettle_statement(rng, "Priya N. Castellanos", addr, "2281190754", 2040, 1, 932.70, 410.00,
                          [(5, "CHILD SUPPORT MN CSPC", support), (6, "PAYROLL ST ANSGAR HLTH", r2(net * 0.97)),
                           (20, "PAYROLL ST ANSGAR HLTH", r2(net * 1.02))])
    s2 = kettle_statement(rng, "Priya N. Castellanos", addr, "2281190754", 2040, 2, s1.fields["ending_balance"],
                          s1.savings_end, [(3, "PAYROLL ST ANSGAR HLTH", r2(net * 0.99)),
                                           (5, "CHILD SUPPORT MN CSPC", support), (17, "PAYROLL ST ANSGAR HLTH", net)])
    app = App("2284907716", "Priya N. Castellanos", "912-47-3358", "3306 Bluff View Road", "Red Wing", "MN", "55066",
              "(651) 555-0104", "priya.castellanos@example.com", "primary_residence", ["divorce_or_separation"],
              dt.date(2039, 8, 15), "long", {"wages": stub.monthly, "other": support}, dt.date(2040, 3, 13),
              seed=seed + 71, assets=(480.00, 510.00))
    p = Packet("aq7", received, app, ["hardship_doc:divorce_or_separation"])
    loan = app.loan
    p.pdf(f"RE loan {loan} - application.pdf", paper_pdf(bms88(app, "screen", "Oakmont Federal Savings")),
          (app_doc(), 1))
    p.pdf(f"{loan} (paystub).pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"KCCCU Jan {loan}.PDF", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"KCCCU Feb {loan}.PDF", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    on = dt.date(2040, 3, 13)
    hl = hardship_letter(app.borrower, None, addr, loan, on, SERVICER, [
        "My husband moved out in August and we are separated while the divorce is pending. He paid half of the "
        "mortgage before; now I pay it alone from my pay and the child support the court ordered in January.",
        "The divorce is not final yet, so I do not have a decree. I will send it as soon as the court signs it. "
        "I ask Bellcastle to review me for a modification in my own name."], ink=False, seed=seed)
    p.pdf(f"letter_{loan}_final_v2.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_aq8(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2040, 3, 16)
    addr = ["1127 Third Street SE", "Watertown, SD 57201"]
    stub = tremont_stub(random.Random(seed * 7 + 8), "Ambrose K. Thibodeaux", "T-30954", "Parks and Recreation",
                        "Maintenance Technician", "AFSCME Local 2291", dt.date(2040, 3, 15), 46_800.00, 35.00, 8)
    rent = 925.00
    credits1 = [(2, "MOBILE DEPOSIT - RENT LOWER UNIT", rent), (15, "PAYROLL CO OF TREMONT", 1402.17),
                (31, "PAYROLL CO OF TREMONT", 1402.17)]
    credits2 = [(1, "MOBILE DEPOSIT - RENT LOWER UNIT", rent), (15, "PAYROLL CO OF TREMONT", 1402.17),
                (29, "PAYROLL CO OF TREMONT", 1411.02)]
    s1 = flint_statement(rng, "Ambrose K. Thibodeaux", addr, "6601273309", 2040, 1, 1288.05, credits1, 540)
    s2 = flint_statement(rng, "Ambrose K. Thibodeaux", addr, "6601273309", 2040, 2, s1.fields["ending_balance"],
                         credits2, 546)
    app = App("3958217704", "Ambrose K. Thibodeaux", "958-04-6612", "1127 Third Street SE", "Watertown", "SD", "57201",
              "(605) 555-0150", "akthibodeaux@example.org", "primary_residence", ["disaster"], dt.date(2040, 1, 22),
              "short", {"wages": stub.monthly, "rental": 740.00}, dt.date(2040, 3, 14), seed=seed + 81,
              assets=(1920.00, 0.0))
    p = Packet("aq8", received, app, [])
    style = Scan(dpi=300, tilt=0.15, blur=0.65, noise=0.0004)
    on = dt.date(2040, 3, 14)
    t_doc = Doc("irs_form_4506c", {"signed": True, "signed_on": "2040-03-14"}, on, signed=True)
    t = form4506c_ink(("Ambrose", "K", "Thibodeaux", "958-04-6612"), ("1127 Third Street SE", "Watertown", "SD",
                                                                        "57201"),
                      "Bellcastle Mortgage Servicing", "(317) 555-0140", on, "(605) 555-0150", style, seed + 805)
    loan = app.loan
    p.scan(f"{loan} application.pdf", [(app_doc(), scan_paper(bms88(app, "print", "Dakota Plains Bank"), style,
                                                              seed + 800))], style)
    p.scan(f"{loan} paystub.pdf", [(stub_doc(stub), scan_paper(stub.paper, style, seed + 801))], style)
    p.scan(f"{loan} bank jan.pdf", [(stmt_doc(s1), scan_paper(s1.paper, style, seed + 802))], style)
    p.scan(f"{loan} bank feb.pdf", [(stmt_doc(s2), scan_paper(s2.paper, style, seed + 803))], style)
    p.scan(f"{loan} 4506C.pdf", [(t_doc, t)], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_aq1, packet_aq2, packet_aq3, packet_aq4, packet_aq5, packet_aq6,
                                             packet_aq7, packet_aq8]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and the scenario."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        dt.date.fromisoformat(exp["received_on"])
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if app["occupancy"] not in (*OCCUPANCIES, None) or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
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
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (aq1 ..)")
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
        problems += check(args.out)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
