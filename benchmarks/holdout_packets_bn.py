"""Holdout set bn (bn1..bn8): HOURLY, UNION, SEASONAL AND SHIFT WORKERS. Written blind: only shared/spec (README,
checklist.md, case-report.schema.json, form710.md, domain-rules.md), shared/samples (the packets, expected.json and
the README), tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, the af scaffold in full
and the module docstrings of the other holdout sets were read - never the service's code, rules, data files or other
tests, and the service was not run on this set - to estimate honestly how it reads layouts it has never seen.

    python benchmarks/holdout_packets_bn.py OUT_DIR [--seed N] [--check] [--only bn1 bn5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them; each packet is one
batch processed with `--received-on <received_on>` (weekdays in 2047, February to October). The seed changes hours,
shifts, piece counts, transactions, pen strokes and scanner noise, never names, dates or the truth of the answers.

THEME AND DELIVERY. Warehouse selectors and temps, union electricians and cement masons, nursing aides on per diem
lists, farm and cannery workers, a school bus driver - households whose pay changes every week. Every packet is ONE
file per envelope, WITHOUT a separator sheet, its pages in the order the borrower stacked them:
- bn1: a 200 dpi black-and-white FAX sent from a shipping store (Parcel Depot #2216): the store's fax cover sheet
  filled in by hand first, the machine's header line ("APR-16-2047 09:14AM  PARCEL DEPOT 2216 ... P.002/009") on
  every page, and one pay stub fed UPSIDE DOWN (the image itself is turned, no /Rotate).
- bn2: a farmworker service center's 200 dpi grey DUPLEX copier scan: every one-sided sheet is followed by its BLANK
  BACK (paper grain, specks, the front showing through faintly mirrored); only the two-page unemployment printout was
  printed on both sides, so its pages sit back to back.
- bn3: ONE born-digital PDF e-mailed by a union local's member assistance office, with the hand-written letter as the
  one scanned page inside it.
- bn4: a 300 dpi grey home scan whose application pages were stacked in REVERSE (page 2, then page 1).
- bn5: a public library copier's 240 dpi grey scan; the hand-written letter was fed UPSIDE DOWN.
- bn6: a 200 dpi fax from another shipping store (ShipQuik Business Center #0931) with its cover sheet and header
  line; the Form 710 is INTERLEAVED with the pay stubs: application pages 1-2, two stubs, application pages 3-4.
- bn7: a 200 dpi grey duplex scan with a blank back behind every sheet.
- bn8: ONE born-digital package from a HUD-approved housing counseling agency, the newer bank statement first, the
  hand-written letter a scanned page inside it.
Fax cover sheets and blank backs are not documents and are not listed in expected.json; every listed page's
`scanned` flag matches the absence of a text layer.

THE SERVICER. Gantry Point Home Loan Servicing, LLC (PO Box 4470, Stockton, CA 95204; fax (209) 555-0166).
APPLICATIONS (type mortgage_assistance_application):
- The real Form 710 (April 2023) in six packets. Typed into its fields, FLATTENED ("print to PDF": no form fields
  remain, boxes show a check glyph), printed, signed in ink and dated by hand beside the signature, then faxed (bn1,
  bn6) or scanned (bn7). Printed BLANK and filled in entirely by pen - words on the lines, boxes crossed with an X,
  amounts without commas - and scanned (bn2). Typed and flattened with the signatures drawn on a screen and the dates
  typed, born-digital (bn3, bn8). The form prints no total line, so the expected total is the sum of the lines.
- Gantry Point's own "MORTGAGE ASSISTANCE REQUEST" (Form GP-40 (01/2047), two pages) in two packets: a gantry-crane
  mark, questions NUMBERED IN BLACK DISCS set in TWO NEWSPAPER COLUMNS on page 1, each answered on a rule under it
  (1 loan number, 2-4 borrower name / SSN last 4 / phone, 5-7 the co-borrower's, 8 e-mail, 9 street, 10 city /
  state / ZIP on three short rules, 11 property use - three boxes, 12 hardship start date, 13 ten causes in the
  servicer's own words - boxes, 14 "if Other, explain", 15 how long it will last - three boxes). Page 2 repeats the
  loan number and holds question 16, an INCOME TABLE of free rows - Who (B / C) | Source | TYPE CODE | How often paid
  | Gross per pay | MONTHLY gross - with a printed KEY of eight type codes (1 wages ... 4 taxable benefits including
  short-term disability ... 5 non-taxable benefits including workers' compensation ... 8 other), a boxed TOTAL
  MONTHLY GROSS INCOME, then savings, the certification and signature / date rules. The application's income is the
  MONTHLY column summed per type code (the "gross per pay" column is a distractor), its total the boxed total.
  Filled in by pen (bn4) or typed in Courier and signed and dated in ink (bn5).
PAY STUBS (type pay_stub; every year-to-date figure is the sum of that year's checks by pay date):
- A grocery distribution center's WEEKLY "Earnings Statement" from a payroll company (PayCrest for Northline Grocers
  Distribution Center, bn1): Regular, Overtime 1.5, Night shift premium, Selector incentive rows with rate, hours,
  this period, YTD hours and YTD amount; taxes and deductions (401(k), medical, union dues) with YTD; a net pay box.
- A hospital's BI-WEEKLY per diem nursing assistant statement (Mercy Valley Medical Center, bn1): a nine-cell caption
  grid, earnings by CODE (PDREG per diem regular, DIFE / DIFN / DIFW evening, night and weekend differentials) with
  hours, rate, current and year to date, taxes beside deductions, a Gross / Taxes / Deductions / Net grid.
- A farm labor contractor's WEEKLY "ITEMIZED WAGE STATEMENT" paid BY THE PIECE (Sierra Vista Farm Labor Contractors,
  bn2): Spanish sub-captions, the license number, a DAILY RECORD of ranch blocks and lugs picked, earnings as "Piece
  rate - Wine grapes, hand-picked" (units x rate), rest and recovery periods at the week's average hourly rate and
  nonproductive time at the minimum, total hours worked, a year-to-date column at the right, net pay in a box.
- An electrical contractor's WEEKLY union stub (Halvorsen Electric Co., bn3): regular hours on two job numbers and
  overtime, working dues and vacation savings deducted, and a shaded FRINGE BENEFIT REMITTANCE box (health and
  welfare, pension, annuity, training, national benefit fund) that is employer-paid and not wages.
- A concrete contractor's WEEKLY stub in Courier (Granite Reach Concrete Constructors, bn6): "WEEK ENDING" only (the
  period start is the Monday before), Regular / Overtime (1.5) / Double time (2.0) with YTD, union dues and a vacation
  fund, no state tax (Nevada), and under a "fold and tear here" line the TRUST FUND REMITTANCE COPY for Cement Masons
  Local 594 (contributions per hour, dues checkoff - not wages).
- A staffing agency's WEEKLY "ASSOCIATE PAY STUB" with SEVERAL ASSIGNMENTS in one week (TriCounty Workforce
  Solutions, bn4): client / worksite, position, regular and overtime hours (overtime on the last hours worked),
  rate and earnings per assignment, a total row, city income tax, four tiles GROSS / WITHHOLDING / DEDUCTIONS / NET
  each with its year to date.
- A school district's SEMI-MONTHLY "CLASSIFIED EARNINGS STATEMENT" for a bus driver (Kings River Unified, bn5): route
  hours, field trips, overtime, a split-shift premium counted in days; the period (16th to month end) ends ten days
  before the pay date; no checks in July and August.
- A cannery's perforated CHECK STUB with current figures ONLY - no year-to-date column and no pay frequency printed
  (Delta Gold Canning Co., bn7): dates as mm/dd/yy, a 7-day period (so weekly), daily overtime, a line premium.
- A fulfillment center's BI-WEEKLY stub printed from a payroll web portal (Ledgerly, for Cascadia Fulfillment
  Services, bn3): the browser's date and title line and URL footer, summary cards (net pay, gross pay, pay period,
  "Bi-weekly"), earnings / taxes / deductions tables and employer 401(k) match (not pay).
- A hospital's per diem "TIME & EARNINGS STATEMENT" (St. Agnes Lakeshore Hospital, bn8): a SHIFT LOG (date, shift
  code D / E / N, unit, hours), pay by code (per diem base, evening and night differentials, weekend and holiday
  premiums) with year to date, "Take-home pay"; the schedule is printed only as "Every other Friday" (bi-weekly).
OTHER PAPERS:
- unemployment_benefit_letter: a state UI claimant portal's "Payment History" printout (the weekly benefit amount,
  benefit year, a row per certified week; two pages in bn2, one in bn8) and a state's mailed "NOTICE OF AWARD"
  (bn5). Their date is the printed / mailing date; benefit_type unemployment (no amount is expected, as in sample
  02; unemployment income needs no papers anyway).
- benefit_award_letter: a workers' compensation carrier's "Verification of benefits" for temporary total disability
  (bn3: weekly rate, paid every two weeks, and a printed "Monthly equivalent" $4,966.00 - benefits_nontaxable) and a
  group insurer's two-page short-term disability approval (bn4: $1,820.00 a month paid semi-monthly, taxable because
  the employer paid the premiums - benefits_taxable; "Page 1 of 2" / "Page 2 of 2").
- bank_statement: a credit union's one-page member statement with a one-line summary and withdrawals in parentheses
  (Hillcrest FCU, bn6) and a community bank's two-page statements with an at-a-glance box, deposits, checks,
  electronic withdrawals and daily balances (Lakeshore Community Bank, bn8; July and August, the same account).
- hardship_letter: in every packet a letter WRITTEN BY PEN on ruled notebook paper (blue rules, a red margin line),
  each writer's hand its own slant and pen weight, every letter formed, turned and spaced a little differently;
  signed; dated at the top right ("April 13, 2047" or "02/14/2047").
- w2: a Form W-2 for 2046 printed by the cannery's payroll system (bn7) - last year's wages, not year-to-date pay.
- other: a union local's member assistance cover letter listing the enclosures and a health and welfare trust's
  "HOURS BANK AND ELIGIBILITY STATEMENT" (bn3); a counseling agency's third-party authorization (bn8).

TRUTH (expected status and codes come from `missing_codes`, shared/spec/checklist.md applied to what is drawn):
Complete: bn1 (fresh weekly and per diem stubs with YTD; a reduction in income needs no papers), bn3 (the wife's fresh
stub; the workers' compensation letter documents the non-taxable line; the letter covers the injury), bn5 (ONLY ONE
stub, but it is fresh and shows year-to-date pay, which is all the checklist asks for wages; unemployment needs
nothing), bn8 (fresh per diem stubs; two consecutive fresh statements show the child support claimed as other).
Incomplete: bn2 (income_doc:wages - the only stubs are last harvest's, paid 10/26 and 11/02/2046, more than 90 days
before 02/19/2047), bn4 (application_signature - the co-borrower named on the form never signed or dated it),
bn6 (income_doc:other - child support is claimed and only June's statement came: one statement, not two), bn7
(income_doc:wages - one stub with no year-to-date figures, no other paper giving them; the W-2 is last year's).
`--check` validates every expected.json (keys, codes, weekday received dates in 2047, income sums, co-borrower
consistency, that every listed page exists once, that `scanned` matches the text layer, pay periods against their
frequency, that unlisted pages - covers and blank backs - carry no text) and that the rules give each scenario's
codes. Every file is the same bytes for a seed. All people, employers, funds, banks, stores and servicers are
fictional; SSNs use the 900-999 area; every page carries a faint "synthetic test document" line.
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
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HANDS = {  # a writer's hand: the face their pen letters look most like
    "print": FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf",
    "loose": FONT_DIR / "liberation2/LiberationSans-Italic.ttf",
    "narrow": FONT_DIR / "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "round": FONT_DIR / "liberation2/LiberationSerif-Italic.ttf",
}
MONO_FONT = FONT_DIR / "dejavu/DejaVuSansMono.ttf"
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

SERVICER = "Gantry Point Home Loan Servicing, LLC"
SERVICER_SHORT = "Gantry Point Home Loan Servicing"
SERVICER_ADDR = "PO Box 4470, Stockton, CA 95204"
SERVICER_FAX = "(209) 555-0166"
SERVICER_PHONE = "(800) 555-0142"


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def mdy2(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_date(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """What a person adds by hand or on a screen. kind: "sig" (a signature), "hand" (written text), "x" (a box
    crossed by pen; w is the box's side). x, y: PDF points from the page's bottom-left (a text's baseline start or
    a box's lower-left corner)."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 12.0
    seed: int = 1
    hand: str = "print"


PageFn = Callable[[Canvas], list[Mark]]


@dataclass
class Paper:
    """One paper as printed: its pages (draw functions returning the marks added by hand) and its page size."""

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
    for p in range(rng.randint(2, 3)):
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
    strokes.append([(w * 0.1, h * 0.05), (min(x, w) * 0.95, h * 0.12)])
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


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    """Marks made on a screen: signatures as drawn strokes, text typed in Courier, boxes crossed with a typed X."""
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        elif m.kind == "x":
            c.setFont("Helvetica-Bold", m.w * 0.95)
            c.drawCentredString(m.x + m.w / 2, m.y + m.w * 0.15, "X")
        else:
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


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


def kv(c: Canvas, x: float, y: float, key: str, value: str, key_w: float, size: float = 8.5,
       key_font: str = "Helvetica-Bold", val_font: str = "Helvetica") -> None:
    c.setFont(key_font, size)
    c.drawString(x, y, key)
    c.setFont(val_font, size)
    c.drawString(x + key_w, y, value)


# --- handwriting ----------------------------------------------------------------------------------------------

_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
_GLYPHS: dict[tuple[str, str, int], tuple[Image.Image, int, int]] = {}


def hand_font(hand: str, px: int) -> ImageFont.FreeTypeFont:
    key = (hand, px)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(str(HANDS[hand]), px)
    return _FONTS[key]


def hand_width(text: str, size: float, hand: str = "print") -> float:
    """The width in points a hand-written string takes (wider than the face, as pens wander)."""
    return hand_font(hand, 100).getlength(text) * size / 100 * 1.12


HAND_SLANT = {"print": 0.05, "loose": 0.18, "narrow": 0.1, "round": 0.24}
HAND_HEAVY = {"print": True, "loose": False, "narrow": False, "round": True}  # a felt pen or a ballpoint


def _glyph(ch: str, hand: str, px: int, heavy: bool) -> tuple[Image.Image, int, int]:
    """A letter's ink mask, sheared to the writer's slant, heavier where the pen pressed."""
    key = (ch, f"{hand}{'+' if heavy else ''}", px)
    if key not in _GLYPHS:
        font = hand_font(hand, px)
        left, top, right, bottom = font.getbbox(ch, anchor="ls")
        pad = 4 + px // 4
        mask = Image.new("L", (right - left + 2 * pad, bottom - top + 2 * pad), 0)
        ImageDraw.Draw(mask).text((pad - left, pad - top), ch, fill=255, font=font, anchor="ls")
        slant = HAND_SLANT[hand]
        base = pad - top  # the baseline's row in the mask
        mask = mask.transform(mask.size, Image.Transform.AFFINE, (1, slant, -slant * base, 0, 1, 0),
                              resample=Image.Resampling.BILINEAR)
        if heavy:
            mask = mask.filter(ImageFilter.MaxFilter(3))
        _GLYPHS[key] = (mask, left - pad, top - pad)
    return _GLYPHS[key]


def write_by_hand(img: Image.Image, x: float, y: float, text: str, px: int, hand: str, seed: int,
                  ink: int = 38) -> None:
    """Letters set one by one, each a little bigger or smaller, turned, lifted and spaced differently, the line
    climbing or sinking as a pen does. x, y: the baseline start in pixels."""
    rng = random.Random(seed)
    slope = rng.uniform(-0.012, 0.012)
    heavy = px >= 28 and HAND_HEAVY[hand]
    drift = 0.0
    x0 = x
    for ch in text:
        size = max(6, round(px * rng.choice((0.94, 1.0, 1.0, 1.06))))
        font = hand_font(hand, size)
        adv = font.getlength(ch) * rng.uniform(0.97, 1.12) + (rng.uniform(0.08, 0.3) * px if ch == " " else 0.0)
        if ch != " ":
            mask, ox, oy = _glyph(ch, hand, size, heavy)
            mw, mh = mask.size
            j = [rng.uniform(-0.06, 0.06) * v for v in (mw, mh) * 4]  # every letter formed a little differently
            quad = (j[0], j[1], j[2], mh + j[3], mw + j[4], mh + j[5], mw + j[6], j[7])
            bent = mask.transform(mask.size, Image.Transform.QUAD, quad, resample=Image.Resampling.BILINEAR)
            turned = bent.rotate(rng.uniform(-7, 7), resample=Image.Resampling.BILINEAR, expand=False)
            drift = max(-0.12 * px, min(0.12 * px, drift + rng.uniform(-0.045, 0.045) * px))
            left = round(x + ox)
            top = round(y + oy + drift + slope * (x - x0) + rng.uniform(-0.04, 0.04) * px)
            shade = max(0, min(95, ink + rng.randint(-12, 16)))
            img.paste(shade, (left, top, left + turned.size[0], top + turned.size[1]), turned)
        x += adv


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "x":
            rng = random.Random(m.seed)
            x0, y0 = m.x * scale, (page_h - m.y) * scale
            s = m.w * scale
            j = [rng.uniform(-0.15, 0.15) * s for _ in range(8)]
            width = max(2, round(1.2 * scale))
            draw.line([(x0 - 0.1 * s + j[0], y0 - 1.1 * s + j[1]), (x0 + 1.1 * s + j[2], y0 + 0.1 * s + j[3])],
                      fill=40, width=width)
            draw.line([(x0 + 1.05 * s + j[4], y0 - 1.1 * s + j[5]), (x0 - 0.05 * s + j[6], y0 + 0.1 * s + j[7])],
                      fill=40, width=width)
        else:
            write_by_hand(img, m.x * scale, (page_h - m.y) * scale, m.text, round(m.size * scale), m.hand, m.seed)


# --- scanning ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False


@dataclass
class ScannedPage:
    image: Image.Image
    size: tuple[float, float]  # points


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    tilt = style.tilt * rng.uniform(0.5, 1.0) * (1 if seed % 2 else -1)
    out = img.rotate(tilt, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:
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


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int) -> list[ScannedPage]:
    """Print a PDF, add each page's ink, and scan the sheets."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return sheets


def printed(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """The PDF a paper prints from, and the marks each page then receives by hand."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    pdf, marks = printed(paper)
    return scan_sheets(pdf, marks, style, seed)


def paper_pdf(paper: Paper) -> bytes:
    """The born-digital PDF of a paper; its marks made on a screen (strokes and typed text)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        apply_screen_marks(c, fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def upside_down(sheet: ScannedPage) -> ScannedPage:
    """A sheet that went into the feeder head first: the image itself is turned, no /Rotate key fixes it."""
    return ScannedPage(sheet.image.rotate(180), sheet.size)


def blank_back(front: ScannedPage, style: Scan, seed: int, ghost: bool = True) -> ScannedPage:
    """The empty back of a one-sided sheet, as a duplex scan keeps it: paper grain, specks and, on thin paper, the
    front's print showing through faintly and mirrored."""
    size_px = front.image.size
    img = Image.new("L", size_px, 255)
    if ghost:
        mirror = front.image.convert("L").transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        img = mirror.point(lambda v: 255 - (255 - v) // 22)
    return ScannedPage(degrade(img, Scan(style.dpi, 0.0, 1.2, style.noise * 0.6, style.fax), seed), front.size)


def fax_stamp(sheet: ScannedPage, text: str, dpi: int) -> ScannedPage:
    """The sending machine's header line across the top of a faxed page."""
    img = sheet.image.convert("L")
    font = ImageFont.truetype(str(MONO_FONT), round(7.5 * dpi / 72))
    ImageDraw.Draw(img).text((round(0.3 * dpi), round(0.03 * dpi)), text, fill=0, font=font)
    return ScannedPage(img.point(lambda v: 255 if v > 150 else 0).convert("1"), sheet.size)


def image_page_pdf(sheet: ScannedPage) -> bytes:
    """One scanned sheet as a one-page image-only PDF: grey JPEG, or black and white for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=sheet.size, invariant=1)
    data = io.BytesIO()
    if sheet.image.mode == "1":
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
    writer.add_metadata({"/Producer": "holdout_packets_bn"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    """One pay check: its date, its earnings lines (label -> quantity, rate, amount), the hours it paid for
    (for per-hour deductions) and whatever the stub shows besides (a shift log, assignments ...)."""

    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]
    hours: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Withholding:
    fed: float = 0.08
    state: float = 0.0
    state_label: str = "State income tax"
    fica: bool = True
    sdi: float = 0.0  # a state disability insurance rate (California SDI)
    local: tuple[str, float] | None = None  # a city income tax
    pct: tuple[tuple[str, float], ...] = ()  # deductions as a share of gross (working dues, retirement)
    per_hour: tuple[tuple[str, float], ...] = ()  # deductions per hour paid (vacation fund)
    fixed: tuple[tuple[str, float], ...] = ()  # deductions of a fixed amount a check

    def taxes(self, ch: Check) -> dict[str, float]:
        g = ch.gross
        out = {"Federal income tax": r2(g * self.fed)}
        if self.fica:
            out["Social Security"] = r2(g * 0.062)
            out["Medicare"] = r2(g * 0.0145)
        if self.state:
            out[self.state_label] = r2(g * self.state)
        if self.sdi:
            out["CA SDI"] = r2(g * self.sdi)
        if self.local:
            out[self.local[0]] = r2(g * self.local[1])
        return out

    def deductions(self, ch: Check) -> dict[str, float]:
        out = {k: r2(ch.gross * v) for k, v in self.pct}
        out.update({k: r2(ch.hours * v) for k, v in self.per_hour})
        out.update(dict(self.fixed))
        return out


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch).values()) - sum(wh.deductions(ch).values()))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures over the year's checks: each earnings line, each tax and deduction, gross, net, hours."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.taxes(ch))
        items.update(wh.deductions(ch))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        items["HOURS"] = ch.hours
        items["TAXES"] = r2(sum(wh.taxes(ch).values()))
        items["DEDUCTIONS"] = r2(sum(wh.deductions(ch).values()))
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    for ch in checks:  # lines absent from some checks still get a YTD
        for k in ch.lines:
            total.setdefault(k, 0.0)
    return total


def pay_series(current: dt.date, frequency: str, start: dt.date | None = None,
               skip_months: Sequence[int] = (), semi_days: tuple[int, int] = (10, 25)) -> list[dt.date]:
    """The year's pay dates up to `current` (from `start`, default January 1), oldest first."""
    start = start or dt.date(current.year, 1, 1)
    out: list[dt.date] = []
    if frequency == "semimonthly":
        for month in range(start.month, current.month + 1):
            for d in semi_days:
                pay = dt.date(current.year, month, d)
                if start <= pay <= current and month not in skip_months:
                    out.append(pay)
        return out
    step = dt.timedelta(days=7 if frequency == "weekly" else 14)
    d = current
    while d >= start:
        out.append(d)
        d -= step
    return out[::-1]


def key_of(*parts: object) -> random.Random:
    return random.Random("|".join(str(p) for p in parts))


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, ch: Check, start: dt.date, end: dt.date, frequency: str,
                ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


def hrs(v: float) -> str:
    return f"{v:,.2f}"


def table_rows(c: Canvas, y: float, rows: Sequence[Sequence[str]], cols: Sequence[tuple[float, str]],
               font: tuple[str, float] = ("Helvetica", 8), step: float = 11.5) -> float:
    """Rows of cells; cols are (x, align) with align l (x is the left edge) or r (x is the right edge)."""
    c.setFont(*font)
    for row in rows:
        for (x, align), text in zip(cols, row, strict=True):
            if text:
                (c.drawRightString if align == "r" else c.drawString)(x, y, text)
        y -= step
    return y


# S1 - a grocery distribution center's weekly stub from a payroll company (warehouse order selector)
def paycrest_weekly(seed: int, employer: str, address: str, employee: str, emp_addr: Sequence[str], emp_id: str,
                    dept: str, job: str, pay_date: dt.date, rate: float, ot_cut: dt.date, wh: Withholding) -> Stub:
    checks = []
    for d in pay_series(pay_date, "weekly"):
        rr = key_of(seed, emp_id, d)
        reg = rr.choice([40.0, 40.0, 40.0, 36.0, 32.0])
        ot = rr.choice([0.0, 2.5, 4.0, 6.5, 8.0]) if d < ot_cut else rr.choice([0.0, 0.0, 0.0, 1.5])
        incentive = rr.choice([0.0, 18.75, 37.5, 56.25])
        lines = {"Regular": (reg, rate, r2(reg * rate)),
                 "Overtime 1.5": (ot, r2(rate * 1.5), r2(ot * rate * 1.5)),
                 "Night shift premium": (reg + ot, 1.50, r2((reg + ot) * 1.50)),
                 "Selector incentive": (0.0, 0.0, incentive)}
        checks.append(Check(d, {k: v for k, v in lines.items() if v[2]}, reg + ot))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.93, 0.45, 0.12))
        c.rect(40, 742, 14, 14, stroke=0, fill=1)
        c.rect(58, 742, 14, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(78, 746, "PayCrest")
        c.setFont("Helvetica", 6.5)
        c.drawString(78, 738, "payroll services")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, 716, employer)
        c.setFont("Helvetica", 8)
        c.drawString(40, 705, address)
        c.setFont("Helvetica-Bold", 16)
        c.drawRightString(572, 742, "Earnings Statement")
        c.setFont("Helvetica", 8)
        info = [("Pay Date", mdy(pay_date)), ("Period Start", mdy(start)), ("Period End", mdy(end)),
                ("Pay Frequency", "WEEKLY"), ("Advice No.", f"{emp_id[-3:]}{pay_date.strftime('%j')}")]
        y = 724
        for k, v in info:
            c.setFont("Helvetica", 8)
            c.drawString(420, y, k)
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(572, y, v)
            y -= 11
        c.setLineWidth(0.5)
        c.line(40, 664, 572, 664)
        c.setFont("Helvetica", 8.5)
        y = 648
        for ln in [employee.upper(), *emp_addr]:
            c.drawString(48, y, ln)
            y -= 11
        kv(c, 320, 648, "Employee ID", emp_id, 80)
        kv(c, 320, 637, "Department", dept, 80)
        kv(c, 320, 626, "Job", job, 80)
        kv(c, 320, 615, "Rate", f"${rate:.4f} / hr", 80)
        y = 588
        c.setFillGray(0.9)
        c.rect(40, y - 3, 532, 13, stroke=0, fill=1)
        c.setFillColor(black)
        cols = [(44, "l"), (250, "r"), (300, "r"), (370, "r"), (450, "r"), (568, "r")]
        table_rows(c, y, [["EARNINGS", "RATE", "HOURS", "THIS PERIOD", "YTD HOURS", "YTD AMOUNT"]], cols,
                   ("Helvetica-Bold", 7.5))
        rows = []
        for k in ("Regular", "Overtime 1.5", "Night shift premium", "Selector incentive"):
            if k not in ytd:
                continue
            q, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            yq = sum(c2.lines[k][0] for c2 in checks if k in c2.lines)
            rows.append([k, f"{rt:.4f}" if rt else "", hrs(q) if q else "", money(amt) if amt else "",
                         hrs(yq) if yq else "", money(ytd[k])])
        y = table_rows(c, y - 15, rows, cols)
        c.line(300, y + 7, 572, y + 7)
        gross_row = ["GROSS PAY", "", hrs(ch.hours), money(ch.gross), hrs(ytd["HOURS"]), money(ytd["GROSS"])]
        table_rows(c, y - 3, [gross_row], cols, ("Helvetica-Bold", 8))
        y -= 34
        for title, items, ytd_keys in (("TAXES", wh.taxes(ch), None), ("DEDUCTIONS", wh.deductions(ch), None)):
            del ytd_keys
            c.setFillGray(0.9)
            c.rect(40, y - 3, 532, 13, stroke=0, fill=1)
            c.setFillColor(black)
            cols2 = [(44, "l"), (370, "r"), (568, "r")]
            table_rows(c, y, [[title, "THIS PERIOD", "YTD"]], cols2, ("Helvetica-Bold", 7.5))
            y = table_rows(c, y - 15, [[k, money(v), money(ytd[k])] for k, v in items.items()], cols2) - 8
        c.setLineWidth(1)
        c.rect(330, y - 38, 242, 36, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(338, y - 16, "NET PAY")
        c.drawRightString(564, y - 16, "$" + money(net))
        c.setFont("Helvetica", 7.5)
        c.drawString(338, y - 30, "YTD net")
        c.drawRightString(564, y - 30, money(ytd["NET"]))
        c.drawString(40, y - 16, f"Direct deposit  XXXXXX{emp_id[-2:]}71   {money(net)}")
        c.drawString(40, 60, "PayCrest Payroll Services prepares this statement for the employer named above. "
                             "Questions: your site HR office.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


# S2 - a hospital's bi-weekly statement for a per diem nursing assistant, shift differentials by code
def mercy_perdiem(seed: int, employer: str, address: str, employee: str, emp_no: str, unit: str, pay_date: dt.date,
                  rate: float, cut: dt.date, wh: Withholding) -> Stub:
    codes = {"PDREG": ("Per diem regular", rate), "DIFE": ("Evening shift differential", 2.25),
             "DIFN": ("Night shift differential", 3.50), "DIFW": ("Weekend differential", 1.75)}
    checks = []
    for d in pay_series(pay_date, "biweekly", dt.date(pay_date.year, 1, 1)):
        rr = key_of(seed, emp_no, d)
        shifts = rr.choice([5, 6, 6, 7]) if d < cut else rr.choice([3, 3, 4])
        reg = shifts * 8.0
        eve = 8.0 * rr.randint(0, shifts // 2)
        night = 8.0 * rr.randint(0, shifts - int(eve / 8))
        wknd = 8.0 * rr.randint(0, 2)
        lines = {}
        for code, q in (("PDREG", reg), ("DIFE", eve), ("DIFN", night), ("DIFW", wknd)):
            if q:
                lines[code] = (q, codes[code][1], r2(q * codes[code][1]))
        checks.append(Check(d, lines, reg))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=4)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch)
    deds = wh.deductions(ch)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.45, 0.1, 0.3))
        c.setLineWidth(2.2)
        c.circle(58, 736, 13, stroke=1, fill=0)
        c.line(58, 726, 58, 746)
        c.line(48, 736, 68, 736)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 15)
        c.drawString(80, 738, employer)
        c.setFont("Times-Roman", 8)
        c.drawString(80, 727, address)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(572, 740, "STATEMENT OF EARNINGS AND DEDUCTIONS")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 729, "Payroll Department - retain for your records")
        c.setLineWidth(0.6)
        grid = [("NAME", employee), ("EMPLOYEE #", emp_no), ("STATUS", "PER DIEM"),
                ("POSITION", "Certified Nursing Assistant"), ("UNIT", unit), ("PAY CYCLE", "BI-WEEKLY"),
                ("PAY PERIOD", f"{mdy(start)} - {mdy(end)}"), ("CHECK DATE", mdy(pay_date)),
                ("BASE RATE", f"{rate:.2f}")]
        for i, (k, v) in enumerate(grid):
            col, row = i % 3, i // 3
            x, y = 40 + col * 178, 690 - row * 26
            c.rect(x, y, 176, 24, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 3, y + 16, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x + 3, y + 5, v)
        y = 596
        cols = [(44, "l"), (80, "l"), (330, "r"), (385, "r"), (470, "r"), (568, "r")]
        c.setFont("Helvetica-Bold", 8)
        table_rows(c, y, [["CODE", "DESCRIPTION", "HOURS", "RATE", "CURRENT", "YEAR TO DATE"]], cols,
                   ("Helvetica-Bold", 7.5))
        c.line(40, y - 4, 572, y - 4)
        rows = []
        for code, (desc, rt) in codes.items():
            if code not in ytd:
                continue
            q, _, amt = ch.lines.get(code, (0.0, rt, 0.0))
            rows.append([code, desc, hrs(q) if q else "", f"{rt:.2f}", money(amt) if amt else "", money(ytd[code])])
        y = table_rows(c, y - 16, rows, cols)
        c.line(385, y + 8, 572, y + 8)
        table_rows(c, y - 2, [["", "TOTAL GROSS", hrs(ch.hours), "", money(ch.gross), money(ytd["GROSS"])]], cols,
                   ("Helvetica-Bold", 8))
        y -= 30
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y, "TAXES")
        c.drawRightString(200, y, "CURRENT")
        c.drawRightString(270, y, "YTD")
        c.drawString(310, y, "DEDUCTIONS")
        c.drawRightString(500, y, "CURRENT")
        c.drawRightString(568, y, "YTD")
        c.line(40, y - 4, 572, y - 4)
        ty = table_rows(c, y - 16, [[k, money(v), money(ytd[k])] for k, v in taxes.items()],
                        [(44, "l"), (200, "r"), (270, "r")])
        dy = table_rows(c, y - 16, [[k, money(v), money(ytd[k])] for k, v in deds.items()],
                        [(310, "l"), (500, "r"), (568, "r")])
        y = min(ty, dy) - 14
        heads = ["", "GROSS", "TAXES", "DEDUCTIONS", "NET PAY"]
        cur = ["CURRENT", money(ch.gross), money(sum(taxes.values())), money(sum(deds.values())), money(net)]
        yr = ["YEAR TO DATE", money(ytd["GROSS"]), money(ytd["TAXES"]), money(ytd["DEDUCTIONS"]), money(ytd["NET"])]
        for r_i, row in enumerate((heads, cur, yr)):
            for i, t in enumerate(row):
                x = 40 + i * 106.4
                c.setFillGray(0.85 if r_i == 0 else 1)
                c.rect(x, y - r_i * 16, 106.4, 16, stroke=1, fill=1)
                c.setFillColor(black)
                c.setFont("Helvetica-Bold" if r_i == 0 or i == 0 else "Helvetica", 7.5)
                if i == 0:
                    c.drawString(x + 4, y - r_i * 16 + 5, t)
                else:
                    c.drawRightString(x + 102, y - r_i * 16 + 5, t)
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 60, "Per diem staff are paid for shifts worked; differentials are paid on the hours of "
                                 "the qualifying shift. No benefits are deducted for per diem status.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net), pay_date)


# S3 - a farm labor contractor's weekly itemized wage statement: piece rates, rest periods, nonproductive time
FARM_MIN = 16.90


def farm_crop(d: dt.date) -> tuple[str, str, float, tuple[float, float]]:
    """(crop, unit, piece rate, units a day) the crew worked in the month of d; rate 0 = paid by the hour."""
    if d.month <= 5:
        return "Vine pruning and tying", "hours", 0.0, (8.0, 9.0)
    if d.month <= 7:
        return "Peaches, picked", "bins", 24.00, (2.5, 4.0)
    if d.month <= 9:
        return "Raisin grapes, trays laid", "trays", 0.38, (450, 700)
    return "Wine grapes, hand-picked", "lugs", 0.95, (150, 220)


def farm_piece_weekly(seed: int, contractor: str, license_no: str, address: str, employee: str, emp_id: str,
                      ssn_last4: str, pay_date: dt.date, season_start: dt.date, wh: Withholding) -> Stub:
    ranches = ["Kearney Rd Blk 7", "Whitesbridge Blk 2", "Lassen Ave Blk 11", "Jensen Ranch Blk 4", "Shields Blk 9"]
    checks = []
    for d in pay_series(pay_date, "weekly", season_start):
        rr = key_of(seed, emp_id, d)
        end = d - dt.timedelta(days=5)
        crop, unit, rate, (lo, hi) = farm_crop(end)
        days = sorted(rr.sample(range(7), rr.choice([5, 6, 6])))
        log = []
        units = 0.0
        for k in days:
            u = round(rr.uniform(lo, hi) * (2 if unit in ("bins",) else 1)) / (2 if unit == "bins" else 1)
            if unit == "hours":
                u = rr.choice([8.0, 8.5, 9.0])
            units += u
            log.append((end - dt.timedelta(days=6 - k), rr.choice(ranches), u))
        productive = 8.0 * len(days)
        nonprod = 0.5 * len(days)
        lines: dict[str, tuple[float, float, float]] = {}
        if rate:
            piece = r2(units * rate)
            lines[f"Piece rate - {crop}"] = (units, rate, piece)
            avg = r2(piece / productive)
            rest = round(0.33 * len(days), 2)
            lines["Rest and recovery periods"] = (rest, avg, r2(rest * avg))
        else:
            productive = units
            lines[f"Hourly - {crop}"] = (units, FARM_MIN, r2(units * FARM_MIN))
        lines["Nonproductive time"] = (nonprod, FARM_MIN, r2(nonprod * FARM_MIN))
        checks.append(Check(d, lines, productive + nonprod, {"log": log, "crop": crop, "unit": unit, "rate": rate}))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.4)
        c.rect(36, 420, 540, 340, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(46, 742, contractor.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(46, 731, address)
        c.drawString(46, 721, f"Farm Labor Contractor License No. {license_no}")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(566, 742, "ITEMIZED WAGE STATEMENT")
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawRightString(566, 732, "Declaracion de salario  -  keep this statement / guarde este talon")
        c.setLineWidth(0.5)
        c.line(36, 714, 576, 714)
        left = [("Employee / Empleado", employee), ("ID", emp_id), ("SSN", f"XXX-XX-{ssn_last4}")]
        right = [("Pay period / Periodo", f"{mdy(start)} to {mdy(end)}"), ("Pay date / Fecha de pago", mdy(pay_date)),
                 ("Paid / Pago", "Weekly - semanal")]
        for i, ((k1, v1), (k2, v2)) in enumerate(zip(left, right, strict=True)):
            kv(c, 46, 700 - 12 * i, k1, v1, 95, 8)
            kv(c, 310, 700 - 12 * i, k2, v2, 110, 8)
        y = 656
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, y, "DAILY RECORD")
        cols = [(46, "l"), (100, "l"), (200, "l"), (390, "r"), (450, "l")]
        table_rows(c, y - 11, [["Date", "Ranch / block", "Crop or task", "Units", ""]], cols, ("Helvetica-Bold", 7))
        rows = []
        for d, ranch, u in ch.extra["log"]:
            rows.append([mdy2(d), ranch, ch.extra["crop"], f"{u:g} {ch.extra['unit']}", ""])
        y = table_rows(c, y - 22, rows, cols, ("Helvetica", 7.5), 10)
        y -= 6
        c.line(46, y + 4, 566, y + 4)
        cols = [(46, "l"), (330, "r"), (400, "r"), (470, "r")]
        table_rows(c, y - 6, [["EARNINGS", "Units / hours", "Rate", "This period"]], cols, ("Helvetica-Bold", 7.5))
        rows = [[k, f"{q:g}", f"{rt:.4f}" if rt < 1 else f"{rt:.2f}", money(a)] for k, (q, rt, a) in ch.lines.items()]
        y = table_rows(c, y - 18, rows, cols, ("Helvetica", 8))
        table_rows(c, y - 2, [["GROSS WAGES", "", "", money(ch.gross)]], cols, ("Helvetica-Bold", 8))
        kv(c, 46, y - 16, "Total hours worked:", hrs(ch.hours), 90, 7.5)
        bx = 452
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(bx, 656, "YEAR TO DATE")
        c.setFont("Helvetica", 7)
        ys = 645
        for k, v in [("Gross wages", ytd["GROSS"]), *[(k, ytd[k]) for k in taxes], ("Net pay", ytd["NET"])]:
            c.drawString(bx, ys, k)
            c.drawRightString(570, ys, money(v))
            ys -= 9.5
        y -= 40
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, y, "DEDUCTIONS / DEDUCCIONES")
        y = table_rows(c, y - 11, [[k, money(v)] for k, v in taxes.items()], [(46, "l"), (250, "r")], ("Helvetica", 8),
                       10)
        table_rows(c, y - 1, [["Total deductions", money(r2(sum(taxes.values())))]], [(46, "l"), (250, "r")],
                   ("Helvetica-Bold", 8))
        c.setLineWidth(1)
        c.rect(318, y - 4, 252, 26, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(326, y + 5, "NET PAY / PAGO NETO")
        c.drawRightString(562, y + 5, "$" + money(net))
        c.setFont("Helvetica", 6.5)
        c.drawString(46, 430, "Rest and recovery periods are paid at the average hourly rate of the week's piece-rate "
                              "earnings. Nonproductive time is paid at the hourly minimum.")
        c.setDash(4, 3)
        c.line(20, 405, 592, 405)
        c.setDash()
        return []

    return Stub(Paper([page]), stub_fields(contractor, employee, ch, start, end, "weekly", ytd["GROSS"], net),
                pay_date)


# S4a - an electrical contractor's weekly union stub with the fringe benefit remittance it reports to the funds
def tradepay_union_weekly(seed: int, contractor: str, address: str, employee: str, emp_no: str, local: str,
                          pay_date: dt.date, rate: float, jobs: Sequence[str], wh: Withholding) -> Stub:
    fringe = (("Health and welfare", 9.40, "hr"), ("Pension", 7.10, "hr"), ("Annuity", 4.00, "hr"),
              ("Apprenticeship and training", 0.75, "hr"), ("National benefit fund", 0.03, "pct"))
    checks = []
    for d in pay_series(pay_date, "weekly"):
        rr = key_of(seed, emp_no, d)
        total = rr.choice([40.0, 40.0, 32.0, 40.0])
        split = rr.choice([total, 24.0, 16.0, total])
        ot = rr.choice([0.0, 0.0, 2.0, 4.0, 6.0])
        lines = {f"Regular - job {jobs[0]}": (split, rate, r2(split * rate))}
        if total - split:
            lines[f"Regular - job {jobs[1]}"] = (total - split, rate, r2((total - split) * rate))
        if ot:
            lines["Overtime 1.5x"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        checks.append(Check(d, lines, total + ot))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, 744, contractor)
        c.setFont("Helvetica", 8)
        c.drawString(40, 733, address)
        c.setFont("Helvetica", 7)
        c.drawString(40, 723, "Signatory contractor  -  payroll prepared by TradePay Union Payroll")
        c.setFillColor(Color(0.12, 0.2, 0.35))
        c.rect(380, 722, 192, 32, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(476, 741, "WEEKLY PAY STUB")
        c.setFont("Helvetica", 7)
        c.drawCentredString(476, 730, f"Dispatched from {local}")
        c.setFillColor(black)
        c.setLineWidth(0.5)
        rows = [("Employee", employee, "Week worked", f"{mdy(start)} - {mdy(end)}"),
                ("Emp. no.", emp_no, "Pay date", mdy(pay_date)),
                ("Classification", "Journeyman Wireman (JW)", "Paid", "Weekly"),
                ("Scale", f"${rate:.2f} per hour", "Check no.", f"0{emp_no[-3:]}{pay_date.strftime('%U')}")]
        y = 700
        for a, b, cc, d in rows:
            kv(c, 40, y, a, b, 70, 8)
            kv(c, 330, y, cc, d, 70, 8)
            y -= 12
        y -= 10
        cols = [(40, "l"), (300, "r"), (360, "r"), (450, "r"), (572, "r")]
        c.line(40, y + 10, 572, y + 10)
        table_rows(c, y, [["HOURS AND EARNINGS", "Hours", "Rate", "Current", "Year to date"]], cols,
                   ("Helvetica-Bold", 7.5))
        c.line(40, y - 4, 572, y - 4)
        rows2 = []
        labels = [k for k in ytd if any(k in c2.lines for c2 in checks)]
        for k in sorted(labels, key=lambda k: (not k.startswith("Regular"), k)):
            q, rt, a = ch.lines.get(k, (0.0, 0.0, 0.0))
            rows2.append([k, hrs(q) if q else "", f"{rt:.3f}" if rt else "", money(a) if a else "", money(ytd[k])])
        y = table_rows(c, y - 16, rows2, cols)
        table_rows(c, y - 2, [["Gross earnings", hrs(ch.hours), "", money(ch.gross), money(ytd["GROSS"])]], cols,
                   ("Helvetica-Bold", 8))
        y -= 26
        table_rows(c, y, [["WITHHOLDINGS AND DEDUCTIONS", "", "", "Current", "Year to date"]], cols,
                   ("Helvetica-Bold", 7.5))
        c.line(40, y - 4, 572, y - 4)
        items = {**wh.taxes(ch), **wh.deductions(ch)}
        y = table_rows(c, y - 16, [[k, "", "", money(v), money(ytd[k])] for k, v in items.items()], cols)
        c.setLineWidth(1)
        c.line(380, y + 6, 572, y + 6)
        table_rows(c, y - 6, [["NET PAY", "", "", money(net), money(ytd["NET"])]], cols, ("Helvetica-Bold", 9.5))
        y -= 40
        c.setFillGray(0.93)
        c.rect(40, y - 108, 532, 118, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y - 4, "FRINGE BENEFIT REMITTANCE - EMPLOYER PAID, REPORTED TO THE TRUST FUNDS")
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(48, y - 14, "These contributions are paid by the employer to the funds. They are not wages and "
                                 "are not included in gross earnings above.")
        cols3 = [(48, "l"), (300, "r"), (380, "r"), (460, "r")]
        table_rows(c, y - 30, [["Fund", "Hours / basis", "Rate", "This week"]], cols3, ("Helvetica-Bold", 7.5))
        rows3 = []
        for name, rt, kind in fringe:
            if kind == "hr":
                rows3.append([name, hrs(ch.hours), f"{rt:.2f}/hr", money(r2(rt * ch.hours))])
            else:
                rows3.append([name, money(ch.gross), f"{rt * 100:.0f}%", money(r2(rt * ch.gross))])
        table_rows(c, y - 42, rows3, cols3, ("Helvetica", 7.5), 10.5)
        c.setFont("Helvetica", 7)
        c.drawString(40, 70, "Dues are checked off under your signed authorization. Vacation savings are held in the "
                             "local's vacation fund and paid out each December.")
        return []

    return Stub(Paper([page]), stub_fields(contractor, employee, ch, start, end, "weekly", ytd["GROSS"], net),
                pay_date)


# S4b - a concrete contractor's weekly check stub with the union trust fund remittance copy below a perforation
def concrete_union_weekly(seed: int, contractor: str, address: str, employee: str, emp_no: str, local: str,
                          pay_date: dt.date, rate: float, cut: dt.date, wh: Withholding) -> Stub:
    checks = []
    for d in pay_series(pay_date, "weekly"):
        rr = key_of(seed, emp_no, d)
        reg = rr.choice([40.0, 40.0, 40.0, 38.0]) if d < cut else rr.choice([32.0, 30.0, 24.0, 36.0])
        ot = rr.choice([4.0, 6.0, 9.5, 2.0]) if d < cut else rr.choice([0.0, 0.0, 2.0])
        dbl = rr.choice([0.0, 0.0, 8.0]) if d < cut else 0.0
        lines = {"Regular": (reg, rate, r2(reg * rate))}
        if ot:
            lines["Overtime (1.5)"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        if dbl:
            lines["Double time (2.0)"] = (dbl, r2(rate * 2), r2(dbl * rate * 2))
        checks.append(Check(d, lines, reg + ot + dbl))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=4)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    trust = (("Health & Welfare Trust", 10.15), ("Pension Trust", 8.40), ("Annuity Trust", 3.00),
             ("Apprentice Training Trust", 0.85))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Courier-Bold", 12)
        c.drawString(40, 746, contractor.upper())
        c.setFont("Courier", 8)
        c.drawString(40, 736, address)
        c.setFont("Courier-Bold", 10)
        c.drawRightString(572, 746, "EMPLOYEE PAY STUB")
        c.setFont("Courier", 8)
        c.drawRightString(572, 736, "DETACH AND RETAIN")
        c.setLineWidth(0.6)
        c.line(40, 728, 572, 728)
        info = [("EMPLOYEE", employee), ("EMP NO", emp_no), ("CRAFT", "CEMENT MASON / FINISHER"),
                ("WEEK ENDING", mdy(end)), ("CHECK DATE", mdy(pay_date)), ("PAY FREQ", "WEEKLY")]
        for i, (k, v) in enumerate(info):
            x = 40 if i < 3 else 330
            y = 714 - 11 * (i % 3)
            c.setFont("Courier-Bold", 8)
            c.drawString(x, y, f"{k:<12}")
            c.setFont("Courier", 8)
            c.drawString(x + 70, y, v)
        y = 670
        hdr = f"{'EARNINGS':<22}{'HOURS':>8}{'RATE':>10}{'CURRENT':>12}{'YTD':>13}"
        c.setFont("Courier-Bold", 8)
        c.drawString(40, y, hdr)
        c.setFont("Courier", 8)
        y -= 11
        for k in ("Regular", "Overtime (1.5)", "Double time (2.0)"):
            if k not in ytd:
                continue
            q, rt, a = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(40, y, f"{k:<22}{(hrs(q) if q else ''):>8}{(f'{rt:.3f}' if rt else ''):>10}"
                                f"{(money(a) if a else ''):>12}{money(ytd[k]):>13}")
            y -= 11
        c.setFont("Courier-Bold", 8)
        c.drawString(40, y, f"{'GROSS PAY':<22}{hrs(ch.hours):>8}{'':>10}{money(ch.gross):>12}"
                            f"{money(ytd['GROSS']):>13}")
        y -= 18
        c.drawString(40, y, f"{'DEDUCTIONS':<40}{'CURRENT':>12}{'YTD':>13}")
        c.setFont("Courier", 8)
        y -= 11
        for k, v in {**wh.taxes(ch), **wh.deductions(ch)}.items():
            c.drawString(40, y, f"{k[:38]:<40}{money(v):>12}{money(ytd[k]):>13}")
            y -= 11
        c.setFont("Courier-Bold", 8)
        c.drawString(40, y - 6, f"{'NET PAY':<40}{money(net):>12}{money(ytd['NET']):>13}")
        c.setFont("Courier", 7.5)
        c.drawString(40, y - 24, "No state income tax withheld (Nevada).")
        c.setDash(2, 2)
        c.line(20, 420, 592, 420)
        c.setDash()
        c.setFont("Courier", 7)
        c.drawCentredString(W / 2, 424, "- - - fold and tear here - - -")
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 396, f"TRUST FUND REMITTANCE COPY - {local.upper()}")
        c.setFont("Courier", 8)
        c.drawString(40, 384, f"Member: {employee}   Emp no: {emp_no}   Week ending: {mdy(end)}")
        c.drawString(40, 373, "Employer contributions for hours worked. Not wages; not part of gross pay.")
        y = 354
        c.setFont("Courier-Bold", 8)
        c.drawString(40, y, f"{'TRUST FUND':<32}{'HOURS':>8}{'RATE':>10}{'AMOUNT':>12}")
        c.setFont("Courier", 8)
        total = 0.0
        for name, rt in trust:
            y -= 11
            amt = r2(rt * ch.hours)
            total += amt
            c.drawString(40, y, f"{name:<32}{hrs(ch.hours):>8}{rt:>10.2f}{money(amt):>12}")
        y -= 13
        c.setFont("Courier-Bold", 8)
        c.drawString(40, y, f"{'TOTAL REMITTED':<50}{money(r2(total)):>12}")
        dues = next((v for k, v in wh.deductions(ch).items() if "dues" in k.lower()), 0.0)
        c.setFont("Courier", 8)
        c.drawString(40, y - 14, f"Dues checkoff forwarded to the local: {money(dues)}")
        return []

    return Stub(Paper([page]), stub_fields(contractor, employee, ch, start, end, "weekly", ytd["GROSS"], net),
                pay_date)


# S5 - a staffing agency's weekly stub for a temp working several assignments in one week
def staffing_weekly(seed: int, agency: str, address: str, employee: str, emp_id: str, pay_date: dt.date,
                    sites: Sequence[tuple[str, str, float]], wh: Withholding) -> Stub:
    """sites: (client and worksite, position, pay rate)."""
    checks = []
    for d in pay_series(pay_date, "weekly"):
        rr = key_of(seed, emp_id, d)
        if d == pay_date:  # the week on the stub: a day or two at each client as the branch sent him
            used = list(sites)
            hours = [rr.choice([8.0, 16.0, 20.0, 24.0]) for _ in used]
        else:
            used = rr.sample(list(sites), rr.choice([1, 1, 2, 2, 3]))
            total = rr.choice([24.0, 32.0, 36.0, 40.0, 40.0, 44.0, 48.0])
            hours = [total / len(used)] * len(used)
        total = sum(hours)
        over = max(0.0, total - 40.0)
        split = []
        for h in reversed(hours):  # the hours past 40 are the last ones worked in the week
            ot = min(over, h)
            over -= ot
            split.append((h - ot, ot))
        split.reverse()
        lines: dict[str, tuple[float, float, float]] = {}
        assignments = []
        for (client, pos, rate), (reg, ot) in zip(used, split, strict=True):
            if reg:
                lines[f"{client} - REG"] = (reg, rate, r2(reg * rate))
            if ot:
                lines[f"{client} - OT"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
            assignments.append((client, pos, reg, ot, rate))
        checks.append(Check(d, lines, total, {"assignments": assignments}))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch)
    deds = wh.deductions(ch)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.0, 0.42, 0.4))
        c.rect(0, 736, W, 56, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(40, 764, agency)
        c.setFont("Helvetica", 8)
        c.drawString(40, 751, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 764, "ASSOCIATE PAY STUB")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 751, "Weekly payroll - temporary and temp-to-hire associates")
        c.setFillColor(black)
        kv(c, 40, 716, "Associate", employee, 62, 9)
        kv(c, 40, 703, "Associate ID", emp_id, 62, 9)
        kv(c, 300, 716, "Week worked", f"{mdy(start)} - {mdy(end)}", 80, 9)
        kv(c, 300, 703, "Check date", mdy(pay_date), 80, 9)
        kv(c, 300, 690, "Pay frequency", "Weekly", 80, 9)
        y = 664
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "ASSIGNMENTS WORKED THIS WEEK")
        cols = [(40, "l"), (220, "l"), (370, "r"), (410, "r"), (460, "r"), (572, "r")]
        table_rows(c, y - 14, [["Client / worksite", "Position", "Reg hrs", "OT hrs", "Rate", "Earnings"]], cols,
                   ("Helvetica-Bold", 7.5))
        c.setLineWidth(0.5)
        c.line(40, y - 18, 572, y - 18)
        rows = []
        for client, pos, reg, ot, rate in ch.extra["assignments"]:
            amt = r2(r2(reg * rate) + r2(ot * rate * 1.5))
            rows.append([client, pos, hrs(reg), hrs(ot) if ot else "-", f"{rate:.2f}", money(amt)])
        y = table_rows(c, y - 30, rows, cols, ("Helvetica", 8), 13)
        c.line(40, y + 8, 572, y + 8)
        table_rows(c, y - 4, [["Total this week", "", hrs(sum(a[2] for a in ch.extra["assignments"])),
                               hrs(sum(a[3] for a in ch.extra["assignments"])), "", money(ch.gross)]], cols,
                   ("Helvetica-Bold", 8))
        y -= 22
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(40, y, "Overtime is paid at 1.5 times the rate of the assignment worked after 40 hours in the "
                            "week.")
        y -= 26
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "WITHHOLDING")
        c.drawRightString(250, y, "This check")
        c.drawString(330, y, "DEDUCTIONS")
        c.drawRightString(572, y, "This check")
        wy = table_rows(c, y - 13, [[k, money(v)] for k, v in taxes.items()], [(40, "l"), (250, "r")])
        dy = table_rows(c, y - 13, [[k, money(v)] for k, v in deds.items()], [(330, "l"), (572, "r")])
        y = min(wy, dy) - 16
        c.setFillGray(0.92)
        c.rect(40, y - 52, 532, 56, stroke=0, fill=1)
        c.setFillColor(black)
        tiles = [("GROSS PAY", ch.gross, ytd["GROSS"]), ("WITHHOLDING", sum(taxes.values()), ytd["TAXES"]),
                 ("DEDUCTIONS", sum(deds.values()), ytd["DEDUCTIONS"]), ("NET PAY", net, ytd["NET"])]
        for i, (k, cur, yv) in enumerate(tiles):
            x = 48 + i * 132
            c.setFont("Helvetica", 7)
            c.drawString(x, y - 8, k)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(x, y - 24, "$" + money(r2(cur)))
            c.setFont("Helvetica", 7)
            c.drawString(x, y - 40, f"Year to date ${money(yv)}")
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 74, f"Hours paid year to date: {hrs(ytd['HOURS'])}.  Pay card deposit. Report "
                                 "missing hours to your branch within 7 days.")
        return []

    return Stub(Paper([page]), stub_fields(agency, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


# S6 - a school district's semi-monthly statement for a classified bus driver, no checks over the summer
def district_semimonthly(seed: int, district: str, address: str, employee: str, emp_id: str, pay_date: dt.date,
                         rate: float, cut: dt.date, wh: Withholding) -> Stub:
    checks = []
    for d in pay_series(pay_date, "semimonthly", skip_months=(7, 8)):
        rr = key_of(seed, emp_id, d)
        days = rr.choice([10, 11, 11, 12])
        route = days * (7.0 if d < cut else 5.5)
        trips = rr.choice([0.0, 4.5, 6.0, 9.0]) if d < cut else rr.choice([0.0, 0.0, 4.0])
        ot = rr.choice([0.0, 2.0, 3.5]) if d < cut else 0.0
        lines = {"Regular route hours": (route, rate, r2(route * rate))}
        if trips:
            lines["Field / athletic trips"] = (trips, rate, r2(trips * rate))
        if ot:
            lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        lines["Split-shift premium"] = (float(days), 6.00, r2(days * 6.00))
        checks.append(Check(d, lines, route + trips + ot))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    if pay_date.day <= 15:
        prev = pay_date.replace(day=1) - dt.timedelta(days=1)
        start, end = prev.replace(day=16), prev
    else:
        start, end = pay_date.replace(day=1), pay_date.replace(day=15)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch)
    deds = wh.deductions(ch)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.2)
        c.setStrokeColor(Color(0.55, 0.35, 0.05))
        c.rect(40, 730, 36, 36, stroke=1, fill=0)
        c.setFont("Times-Bold", 14)
        c.setFillColor(Color(0.55, 0.35, 0.05))
        c.drawCentredString(58, 742, "KR")
        c.setFillColor(black)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 14)
        c.drawString(86, 752, district.upper())
        c.setFont("Times-Roman", 8.5)
        c.drawString(86, 740, address)
        c.drawString(86, 730, "Business Services  -  Classified Payroll")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 752, "CLASSIFIED EARNINGS STATEMENT")
        c.setLineWidth(0.5)
        c.line(40, 720, 572, 720)
        boxes = [("Employee", employee), ("Employee ID", emp_id), ("Assignment", "School Bus Driver - Route 14"),
                 ("Pay schedule", "SEMI-MONTHLY"), ("Period begin", mdy(start)), ("Period end", mdy(end)),
                 ("Pay date", mdy(pay_date)), ("Hourly rate", f"{rate:.2f}")]
        for i, (k, v) in enumerate(boxes):
            x = 40 + (i % 4) * 133
            y = 688 - (i // 4) * 28
            c.setFont("Helvetica", 6.5)
            c.drawString(x, y + 12, k.upper())
            c.setFont("Helvetica", 9)
            c.drawString(x, y, v)
            c.line(x, y - 4, x + 125, y - 4)
        y = 616
        cols = [(40, "l"), (300, "r"), (350, "r"), (440, "r"), (572, "r")]
        c.setFillColor(Color(0.55, 0.35, 0.05))
        c.rect(40, y - 3, 532, 12, stroke=0, fill=1)
        c.setFillColor(white)
        table_rows(c, y, [["EARNINGS", "HOURS", "RATE", "CURRENT", "CALENDAR YTD"]],
                   [(44, "l"), (300, "r"), (350, "r"), (440, "r"), (568, "r")], ("Helvetica-Bold", 7.5))
        c.setFillColor(black)
        rows = []
        for k in ("Regular route hours", "Field / athletic trips", "Overtime", "Split-shift premium"):
            if k not in ytd:
                continue
            q, rt, a = ch.lines.get(k, (0.0, 0.0, 0.0))
            rows.append([k, (f"{q:g} days" if k.startswith("Split") else hrs(q)) if q else "",
                         f"{rt:.2f}" if rt else "", money(a) if a else "", money(ytd[k])])
        y = table_rows(c, y - 15, rows, cols, ("Helvetica", 8.5), 12)
        c.line(350, y + 8, 572, y + 8)
        table_rows(c, y - 3, [["TOTAL EARNINGS", "", "", money(ch.gross), money(ytd["GROSS"])]], cols,
                   ("Helvetica-Bold", 8.5))
        y -= 30
        c.setFillColor(Color(0.55, 0.35, 0.05))
        c.rect(40, y - 3, 532, 12, stroke=0, fill=1)
        c.setFillColor(white)
        table_rows(c, y, [["TAXES AND DEDUCTIONS", "", "", "CURRENT", "CALENDAR YTD"]],
                   [(44, "l"), (300, "r"), (350, "r"), (440, "r"), (568, "r")], ("Helvetica-Bold", 7.5))
        c.setFillColor(black)
        y = table_rows(c, y - 15, [[k, "", "", money(v), money(ytd[k])] for k, v in {**taxes, **deds}.items()], cols,
                       ("Helvetica", 8.5), 12)
        y -= 14
        for i, (k, v) in enumerate((("GROSS", ch.gross), ("DEDUCTIONS", sum(taxes.values()) + sum(deds.values())),
                                    ("NET PAY", net))):
            x = 40 + i * 180
            c.setLineWidth(0.8)
            c.rect(x, y - 34, 172, 34, stroke=1, fill=0)
            c.setFont("Helvetica", 7)
            c.drawString(x + 6, y - 11, k)
            c.setFont("Helvetica-Bold", 12)
            c.drawRightString(x + 166, y - 28, "$" + money(r2(v)))
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 52, "Ten-month classified employees are paid for days worked. No checks are issued in "
                                 "July and August.")
        c.drawString(40, y - 62, "Direct deposit advice - non-negotiable.")
        return []

    return Stub(Paper([page]), stub_fields(district, employee, ch, start, end, "semimonthly", ytd["GROSS"], net),
                pay_date)


# S7 - a cannery's perforated check stub: current figures only, no year-to-date and no printed pay frequency
def cannery_check_stub(seed: int, cannery: str, address: str, employee: str, clock: str, dept: str,
                       pay_date: dt.date, rate: float, wh: Withholding) -> Stub:
    rr = key_of(seed, clock, pay_date)
    end = pay_date - dt.timedelta(days=3)
    start = end - dt.timedelta(days=6)
    shifts = [rr.choice([8.0, 9.5, 10.0, 10.5, 11.0]) for _ in range(6)]
    reg = sum(min(8.0, s) for s in shifts)
    ot = sum(max(0.0, s - 8.0) for s in shifts)
    lines = {"REGULAR": (reg, rate, r2(reg * rate)), "OVERTIME": (ot, r2(rate * 1.5), r2(ot * rate * 1.5)),
             "LINE PREMIUM": (reg + ot, 0.75, r2((reg + ot) * 0.75))}
    ch = Check(pay_date, lines, reg + ot)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch)
    deds = wh.deductions(ch)

    def page(c: Canvas) -> list[Mark]:
        top = 760
        c.setLineWidth(1.0)
        c.rect(36, top - 250, 540, 250, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(46, top - 20, cannery.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(46, top - 31, address)
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(566, top - 20, "EMPLOYEE'S STATEMENT OF EARNINGS")
        c.setFont("Helvetica", 7)
        c.drawRightString(566, top - 30, "RETAIN FOR YOUR RECORDS - DETACH BEFORE CASHING")
        c.setLineWidth(0.5)
        c.line(36, top - 38, 576, top - 38)
        heads = ["EMPLOYEE", "CLOCK #", "DEPT", "PERIOD", "CHECK DATE", "CHECK #"]
        vals = [employee, clock, dept, f"{mdy2(start)}-{mdy2(end)}", mdy2(pay_date), f"{rr.randrange(40000, 49999)}"]
        xs = [46, 196, 246, 326, 436, 506]
        for x, hd, v in zip(xs, heads, vals, strict=True):
            c.setFont("Helvetica", 6.5)
            c.drawString(x, top - 50, hd)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, top - 62, v)
        c.line(36, top - 68, 576, top - 68)
        y = top - 82
        c.setFont("Helvetica-Bold", 7)
        for x, t in ((46, "EARNINGS"), (190, "HOURS"), (235, "RATE"), (290, "AMOUNT")):
            (c.drawString if x == 46 else c.drawRightString)(x, y, t)
        for x, t in ((330, "DEDUCTIONS"), (566, "AMOUNT")):
            (c.drawString if x == 330 else c.drawRightString)(x, y, t)
        y -= 12
        ey = table_rows(c, y, [[k, hrs(q), f"{rt:.3f}", money(a)] for k, (q, rt, a) in ch.lines.items()],
                        [(46, "l"), (190, "r"), (235, "r"), (290, "r")], ("Helvetica", 8), 11)
        dy = table_rows(c, y, [[k.upper(), money(v)] for k, v in {**taxes, **deds}.items()], [(330, "l"), (566, "r")],
                        ("Helvetica", 8), 11)
        y = min(ey, dy) - 6
        c.line(36, y + 4, 576, y + 4)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, y - 10, f"TOTAL HOURS {hrs(ch.hours)}")
        c.drawString(190, y - 10, f"GROSS {money(ch.gross)}")
        c.drawString(330, y - 10, f"DEDUCTIONS {money(r2(sum(taxes.values()) + sum(deds.values())))}")
        c.drawRightString(566, y - 10, f"NET PAY {money(net)}")
        c.setDash(3, 2)
        c.line(20, top - 262, 592, top - 262)
        c.setDash()
        return []

    return Stub(Paper([page]), stub_fields(cannery, employee, ch, start, end, "weekly", None, net), pay_date)


# S8 - a fulfillment center's bi-weekly stub printed from a payroll web portal (browser header and footer lines)
def portal_biweekly(seed: int, employer: str, address: str, employee: str, emp_id: str, site: str, pay_date: dt.date,
                    rate: float, wh: Withholding) -> Stub:
    checks = []
    for d in pay_series(pay_date, "biweekly", dt.date(pay_date.year, 1, 1)):
        rr = key_of(seed, emp_id, d)
        reg = rr.choice([80.0, 80.0, 70.0, 60.0])
        ot = rr.choice([0.0, 0.0, 5.0, 10.0]) if reg == 80 else 0.0
        night = rr.choice([0.0, 40.0, 80.0, reg])
        lines = {"Regular": (reg, rate, r2(reg * rate))}
        if ot:
            lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        if night:
            lines["Shift differential - nights"] = (night, 1.25, r2(night * 1.25))
        if rr.random() < 0.3:
            lines["Attendance incentive"] = (0.0, 0.0, 50.0)
        checks.append(Check(d, lines, reg + ot))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch)
    deds = wh.deductions(ch)
    printed_on = pay_date + dt.timedelta(days=1)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.drawString(28, 776, f"{printed_on.month}/{printed_on.day}/{printed_on.strftime('%y')}, 7:42 AM")
        c.drawCentredString(W / 2, 776, "Ledgerly - Pay stub detail")
        c.drawString(28, 18, f"https://my.ledgerly.example/paystubs/{pay_date.isoformat()}/detail")
        c.drawRightString(584, 18, "1/1")
        c.setFillColor(Color(0.36, 0.2, 0.62))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, 744, "ledgerly")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 746, f"Signed in as {employee}")
        c.setLineWidth(0.4)
        c.setStrokeGray(0.7)
        c.line(40, 734, 572, 734)
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 708, f"Pay stub for {short_date(pay_date)}")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 694, f"{employer}  -  {site}")
        c.drawString(40, 683, address)
        cards = [("Net pay", "$" + money(net)), ("Gross pay", "$" + money(ch.gross)),
                 ("Pay period", f"{mdy(start)} - {mdy(end)}"), ("Pay frequency", "Bi-weekly")]
        for i, (k, v) in enumerate(cards):
            x = 40 + i * 134
            c.setStrokeGray(0.75)
            c.roundRect(x, 628, 126, 44, 5, stroke=1, fill=0)
            c.setStrokeColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 8, 659, k)
            c.setFont("Helvetica-Bold", 11 if i < 2 else 8.5)
            c.drawString(x + 8, 640, v)
        kv(c, 40, 610, "Employee ID", emp_id, 70, 8)
        kv(c, 300, 610, "Pay date", mdy(pay_date), 70, 8)
        y = 586

        def section(title: str, head: Sequence[str], rows: Sequence[Sequence[str]], y: float) -> float:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(40, y, title)
            cols = [(40, "l"), (280, "r"), (350, "r"), (450, "r"), (572, "r")] if len(head) == 5 else \
                [(40, "l"), (450, "r"), (572, "r")]
            table_rows(c, y - 16, [list(head)], cols, ("Helvetica-Bold", 7.5))
            c.setStrokeGray(0.8)
            c.line(40, y - 20, 572, y - 20)
            c.setStrokeColor(black)
            return table_rows(c, y - 32, rows, cols, ("Helvetica", 8.5), 13) - 12

        rows = []
        for k in ("Regular", "Overtime", "Shift differential - nights", "Attendance incentive"):
            if k not in ytd:
                continue
            q, rt, a = ch.lines.get(k, (0.0, 0.0, 0.0))
            rows.append([k, f"${rt:.2f}" if rt else "", hrs(q) if q else "", money(a) if a else "-", money(ytd[k])])
        rows.append(["Gross pay", "", hrs(ch.hours), money(ch.gross), money(ytd["GROSS"])])
        y = section("Earnings", ["Item", "Rate", "Hours", "Current", "Year to date"], rows, y)
        y = section("Taxes", ["Tax", "Current", "Year to date"],
                    [[k, money(v), money(ytd[k])] for k, v in taxes.items()], y)
        y = section("Deductions", ["Deduction", "Current", "Year to date"],
                    [[k, money(v), money(ytd[k])] for k, v in deds.items()], y)
        match = r2(sum(v for k, v in deds.items() if "401" in k) / 2)
        match_ytd = r2(sum(v for k, v in ytd.items() if "401" in k) / 2)
        y = section("Employer contributions (not included in your pay)", ["Benefit", "Current", "Year to date"],
                    [["401(k) match", money(match), money(match_ytd)]], y)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y - 4, "Net pay")
        c.drawRightString(450, y - 4, money(net))
        c.drawRightString(572, y - 4, money(ytd["NET"]))
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


# S9 - a hospital's per diem "time and earnings" statement: a shift log, then the pay by code (schedule in words)
def shiftlog_perdiem(seed: int, hospital: str, address: str, employee: str, emp_no: str, unit: str,
                     pay_date: dt.date, rate: float, holidays: Sequence[dt.date], wh: Withholding) -> Stub:
    def shifts_of(d: dt.date, rr: random.Random) -> list[tuple[dt.date, str, float]]:
        end = d - dt.timedelta(days=6)
        days = sorted(rr.sample(range(14), rr.choice([5, 6, 7])))
        shifts = [(end - dt.timedelta(days=13 - k), rr.choice("DDEENN")) for k in days]
        return [(dd, s, 8.0 if s == "E" else 12.0) for dd, s in shifts]

    checks = []
    for d in pay_series(pay_date, "biweekly"):
        rr = key_of(seed, emp_no, d)
        log = shifts_of(d, rr)
        base = sum(h for _, _, h in log)
        eve = sum(h for _, s, h in log if s == "E")
        night = sum(h for _, s, h in log if s == "N")
        wknd = sum(h for dd, _, h in log if dd.weekday() >= 5)
        hol = sum(h for dd, _, h in log if dd in holidays)
        lines = {"Per diem base": (base, rate, r2(base * rate))}
        for k, q, rt in (("Evening differential (E)", eve, 2.00), ("Night differential (N)", night, 3.25),
                         ("Weekend premium", wknd, 2.50), ("Holiday premium (half time)", hol, r2(rate / 2))):
            if q:
                lines[k] = (q, rt, r2(q * rt))
        checks.append(Check(d, lines, base, {"log": log}))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 748, hospital)
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 736, address)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(W / 2, 716, "TIME & EARNINGS STATEMENT")
        c.setLineWidth(0.5)
        c.line(40, 708, 572, 708)
        kv(c, 40, 692, "Employee", employee, 70)
        kv(c, 40, 680, "Number", emp_no, 70)
        kv(c, 40, 668, "Job", "Nursing Assistant - Per Diem", 70)
        kv(c, 40, 656, "Home unit", unit, 70)
        kv(c, 330, 692, "Period", f"{mdy(start)} through {mdy(end)}", 70)
        kv(c, 330, 680, "Pay date", long_date(pay_date), 70)
        kv(c, 330, 668, "Pay schedule", "Every other Friday", 70)
        kv(c, 330, 656, "Base rate", f"${rate:.2f} per hour", 70)
        y = 630
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "SHIFTS WORKED")
        cols = [(40, "l"), (110, "l"), (150, "l"), (330, "r")]
        table_rows(c, y - 13, [["Date", "Shift", "Unit", "Hours"]], cols, ("Helvetica-Bold", 7.5))
        rows = [[f"{d.strftime('%a')} {mdy(d)}", s, unit, hrs(h)] for d, s, h in ch.extra["log"]]
        y = table_rows(c, y - 25, rows, cols, ("Helvetica", 8), 11)
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(40, y - 2, "Shift codes: D day 0700-1930, E evening 1500-2330, N night 1900-0730.")
        y -= 24
        cols = [(40, "l"), (300, "r"), (360, "r"), (460, "r"), (572, "r")]
        c.setFillGray(0.88)
        c.rect(40, y - 3, 532, 12, stroke=0, fill=1)
        c.setFillColor(black)
        table_rows(c, y, [["PAY", "Hours", "Rate", "This period", "Year to date"]], cols, ("Helvetica-Bold", 7.5))
        rows = []
        for k in ("Per diem base", "Evening differential (E)", "Night differential (N)", "Weekend premium",
                  "Holiday premium (half time)"):
            if k not in ytd:
                continue
            q, rt, a = ch.lines.get(k, (0.0, 0.0, 0.0))
            rows.append([k, hrs(q) if q else "", f"{rt:.2f}" if rt else "", money(a) if a else "", money(ytd[k])])
        y = table_rows(c, y - 14, rows, cols, ("Helvetica", 8.5), 12)
        table_rows(c, y - 2, [["Total pay", "", "", money(ch.gross), money(ytd["GROSS"])]], cols,
                   ("Helvetica-Bold", 8.5))
        y -= 24
        c.setFillGray(0.88)
        c.rect(40, y - 3, 532, 12, stroke=0, fill=1)
        c.setFillColor(black)
        table_rows(c, y, [["WITHHELD", "", "", "This period", "Year to date"]], cols, ("Helvetica-Bold", 7.5))
        items = {**wh.taxes(ch), **wh.deductions(ch)}
        y = table_rows(c, y - 14, [[k, "", "", money(v), money(ytd[k])] for k, v in items.items()], cols,
                       ("Helvetica", 8.5), 12)
        c.setLineWidth(1)
        c.line(400, y + 8, 572, y + 8)
        table_rows(c, y - 4, [["Take-home pay", "", "", money(net), money(ytd["NET"])]], cols, ("Helvetica-Bold", 9.5))
        return []

    return Stub(Paper([page]), stub_fields(hospital, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def transactions(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                 debits: Sequence[tuple[str, float, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and debits (description, low, high)."""
    out = [(start + dt.timedelta(days=d - 1), desc, amt) for d, desc, amt in credits]
    span = (end - start).days
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def hillcrest_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                        begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Hillcrest Federal Credit Union: one page, a one-line summary, withdrawals in parentheses."""
    bank = "Hillcrest Federal Credit Union"
    start, end = month_bounds(year, month)
    debits = [("NV ENERGY AUTOPAY", 140, 260), ("SMITHS FOOD #321 POS", 60, 180), ("SMITHS FOOD #321 POS", 40, 120),
              ("CHEVRON 0094 POS", 40, 90), ("T-MOBILE AUTOPAY", 85, 140), ("CASH WITHDRAWAL ATM", 60, 200),
              ("HENDERSON WATER", 45, 90), ("GANTRY POINT MTG PMT", 900, 1100), ("ALLY AUTO PMT", 390, 450),
              ("WALMART #3271 POS", 80, 210), ("SUNRISE KIDS CHILD CARE", 180, 260), ("COX COMMUNICATIONS", 90, 130),
              ("DISCOVER CARD PMT", 250, 400)]
    lines = transactions(rng, start, end, credits, debits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = [t for t in lines if t[2] > 0]
    wd = [t for t in lines if t[2] < 0]

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.15, 0.35, 0.25))
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 744, "HILLCREST")
        c.setFont("Helvetica", 9)
        c.drawString(132, 745, "FEDERAL CREDIT UNION")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 733, "2250 W Horizon Ridge Pkwy, Henderson, NV 89052  -  (702) 555-0139  -  "
                              "Federally insured by NCUA")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 744, "MEMBER STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 720, f"Statement period: {mdy(start)} - {mdy(end)}")
        c.drawRightString(572, 709, f"Member number: ******{acct[-4:]}")
        y = 712
        c.setFont("Helvetica", 9)
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(56, y, ln)
            y -= 11
        c.setLineWidth(0.6)
        c.line(40, 650, 572, 650)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 636, f"FREE CHECKING  -  ACCOUNT ******{acct[-4:]}")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 621, f"Balance forward {money(begin)}   +  {len(dep)} deposits "
                              f"{money(r2(sum(t[2] for t in dep)))}"
                              f"   -  {len(wd)} withdrawals {money(r2(-sum(t[2] for t in wd)))}   =  Ending balance "
                              f"{money(ending)}")
        y = 598
        cols = [(40, "l"), (92, "l"), (470, "r"), (572, "r")]
        table_rows(c, y, [["Date", "Transaction", "Amount", "Balance"]], cols, ("Helvetica-Bold", 8))
        c.line(40, y - 4, 572, y - 4)
        rows = [[start.strftime("%m/%d"), "Balance forward", "", money(begin)]]
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            rows.append([d.strftime("%m/%d"), desc, money(a) if a > 0 else f"({money(-a)})", money(bal)])
        rows.append([end.strftime("%m/%d"), "Ending balance", "", money(ending)])
        y = table_rows(c, y - 16, rows, cols, ("Helvetica", 8.5), 12.5)
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 16, "Dividends: the dividend rate on Free Checking was 0.05% APY for this period. "
                                 "Report errors within 60 days.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


def lakeshore_statement(rng: random.Random, holders: Sequence[str], address: Sequence[str], acct: str, year: int,
                        month: int, begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Lakeshore Community Bank: two pages, an at-a-glance box, deposits / withdrawals / daily balances apart."""
    bank = "Lakeshore Community Bank"
    start, end = month_bounds(year, month)
    debits = [("CONSUMERS ENERGY BILL PAY", 110, 190), ("MEIJER #214 DEBIT", 70, 160), ("MEIJER #214 DEBIT", 40, 110),
              ("SPEEDWAY 8841 DEBIT", 35, 70), ("DTE GAS BILL PAY", 40, 80), ("ATM WITHDRAWAL 0417", 40, 120),
              ("PROGRESSIVE INS", 120, 160), ("GANTRY POINT MTG PMT", 700, 900), ("CHECK 1184", 60, 150),
              ("LAKE MICHIGAN CU AUTO PMT", 385, 430), ("WALMART #2840 DEBIT", 90, 220),
              ("LITTLE HARBOR CHILD CARE", 240, 320), ("VERIZON WIRELESS", 140, 190), ("MEIJER #214 DEBIT", 60, 140),
              ("CASH APP*TRANSFER", 50, 200), ("CAPITAL ONE CRCARDPMT", 350, 650), ("HACKLEY CLINIC PAYMENT", 120, 260),
              ("SYNCHRONY BANK PAYMENT", 150, 240), ("MEIJER #214 DEBIT", 80, 170)]
    lines = transactions(rng, start, end, credits, debits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = [t for t in lines if t[2] > 0]
    wd = [t for t in lines if t[2] < 0]
    checks_paid = [t for t in wd if t[1].startswith("CHECK")]
    other_wd = [t for t in wd if not t[1].startswith("CHECK")]

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.05, 0.3, 0.55))
        c.setFont("Times-Bold", 17)
        c.drawString(40, 744, "Lakeshore")
        c.setFont("Times-Roman", 9)
        c.drawString(40, 733, "COMMUNITY BANK  -  Member FDIC")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 746, f"{long_date(start)} through {long_date(end)}")
        c.drawRightString(572, 735, f"Account number: XXXX XXXX {acct[-4:]}")
        c.drawRightString(572, 724, f"Page {n} of 2")
        c.setLineWidth(0.8)
        c.line(40, 716, 572, 716)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 696
        for ln in [*holders, *address]:
            c.drawString(56, y, ln.upper())
            y -= 11
        c.setLineWidth(0.6)
        c.rect(330, 614, 242, 92, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(338, 694, "Your account at a glance - Everyday Checking")
        rows = [("Beginning balance", money(begin)), ("Deposits and additions", money(r2(sum(t[2] for t in dep)))),
                ("Checks paid", "-" + money(r2(-sum(t[2] for t in checks_paid)))),
                ("Electronic withdrawals", "-" + money(r2(-sum(t[2] for t in other_wd)))),
                ("Ending balance", money(ending))]
        table_rows(c, 678, [list(r) for r in rows], [(338, "l"), (564, "r")], ("Helvetica", 8.5), 13)
        y = 590
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, y, "DEPOSITS AND ADDITIONS")
        c.line(40, y - 4, 572, y - 4)
        cols = [(40, "l"), (100, "l"), (572, "r")]
        y = table_rows(c, y - 16, [[mdy(d), desc, money(a)] for d, desc, a in dep], cols, ("Helvetica", 8.5), 12)
        table_rows(c, y - 2, [["", "Total deposits and additions", money(r2(sum(t[2] for t in dep)))]], cols,
                   ("Helvetica-Bold", 8.5))
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = 696
        cols = [(40, "l"), (100, "l"), (572, "r")]
        for title, part in (("CHECKS PAID", checks_paid), ("ELECTRONIC WITHDRAWALS", other_wd)):
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(40, y, title)
            c.line(40, y - 4, 572, y - 4)
            y = table_rows(c, y - 16, [[mdy(d), desc, money(-a)] for d, desc, a in part], cols, ("Helvetica", 8.5),
                           12) - 14
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, y, "DAILY ENDING BALANCE")
        c.line(40, y - 4, 572, y - 4)
        bal = begin
        daily: dict[dt.date, float] = {}
        for d, _, a in lines:
            bal = r2(bal + a)
            daily[d] = bal
        items = list(daily.items())
        y -= 16
        for i in range(0, len(items), 3):
            for j, (d, b) in enumerate(items[i:i + 3]):
                c.setFont("Helvetica", 8.5)
                c.drawString(40 + j * 180, y, d.strftime("%m/%d"))
                c.drawRightString(200 + j * 180, y, money(b))
            y -= 12
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 20, "In case of errors or questions about your electronic transfers, call (231) 555-0187 "
                                 "or write Lakeshore Community Bank, 40 Harbor Drive, Muskegon, MI 49440.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- letters and other papers ---------------------------------------------------------------------------------


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


def letterhead(c: Canvas, name: str, sub: str, color: Color) -> None:
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 738, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8)
    c.drawString(72, 726, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.4)
    c.line(72, 718, W - 72, 718)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def ui_payment_history(state_agency: tuple[str, str], claimant: str, claim_id: str, ssn_last4: str,
                       printed_on: dt.date, begin: dt.date, wba: float, weeks: Sequence[dt.date],
                       two_pages: bool) -> Letter:
    """A state unemployment insurance office's payment history, printed from its claimant portal: the weekly
    benefit amount, then a line per week certified (week ending, date paid, amount)."""
    agency, portal = state_agency
    rows = []
    for i, we in enumerate(weeks):  # certified every two weeks: both weeks are paid after the second one ends
        paid = weeks[min(i - i % 2 + 1, len(weeks) - 1)] + dt.timedelta(days=3)
        rows.append((we, paid, wba))
    paid_total = r2(wba * len(weeks))
    max_award = r2(wba * 26)

    def header(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 742, agency.upper())
        c.setFont("Helvetica", 8)
        c.drawString(50, 731, f"{portal}  -  Unemployment Insurance")
        c.drawRightString(562, 742, f"Printed {mdy(printed_on)}")
        if two_pages:
            c.drawRightString(562, 731, f"Page {n} of 2")
        c.setLineWidth(0.6)
        c.line(50, 722, 562, 722)

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, 698, "Payment History")
        info = [("Claimant", claimant), ("Claim ID", claim_id), ("SSN", f"XXX-XX-{ssn_last4}"),
                ("Benefit year begins", mdy(begin)),
                ("Benefit year ends", mdy(begin + dt.timedelta(days=364))),
                ("Weekly benefit amount", "$" + money(wba)), ("Maximum benefit amount", "$" + money(max_award)),
                ("Paid to date", "$" + money(paid_total)),
                ("Remaining balance", "$" + money(r2(max_award - paid_total)))]
        y = 676
        for k, v in info:
            kv(c, 50, y, k, v, 140, 9)
            y -= 13
        y -= 12
        cols = [(50, "l"), (160, "l"), (270, "l"), (400, "r"), (460, "l")]
        c.setFillGray(0.88)
        c.rect(50, y - 3, 512, 12, stroke=0, fill=1)
        c.setFillColor(black)
        table_rows(c, y, [["Week ending", "Date paid", "Type", "Amount", "Method"]], cols, ("Helvetica-Bold", 8))
        cut = len(rows) if not two_pages else min(len(rows), 18)
        body = [[mdy(we), mdy(pd), "Regular UI", money(a), "Debit card"] for we, pd, a in rows[:cut]]
        y = table_rows(c, y - 14, body, cols, ("Helvetica", 8.5), 12)
        if not two_pages:
            c.setFont("Helvetica", 7.5)
            c.drawString(50, y - 14, "Benefits are paid for weeks you certify. This history is not a tax form; your "
                                     "Form 1099-G is mailed each January.")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        cols = [(50, "l"), (160, "l"), (270, "l"), (400, "r"), (460, "l")]
        body = [[mdy(we), mdy(pd), "Regular UI", money(a), "Debit card"] for we, pd, a in rows[18:]]
        y = table_rows(c, 700, body, cols, ("Helvetica", 8.5), 12) if body else 700
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y - 10, f"Total paid: ${money(paid_total)}  ({len(rows)} weeks)")
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 30, "Benefits are paid for weeks you certify. This history is not a tax form; your Form "
                                 "1099-G is mailed each January.")
        return []

    pages = [page1, page2] if two_pages else [page1]
    return Letter(Paper(pages), "unemployment_benefit_letter", printed_on)


def ui_award_notice(claimant: str, address: Sequence[str], date: dt.date, claim_start: dt.date, wba: float,
                    employer: str) -> Letter:
    """A state's notice of an unemployment insurance award (the monetary determination), mailed to the claimant."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, 742, "STATE OF CALIFORNIA")
        c.drawString(60, 730, "EMPLOYMENT DEVELOPMENT DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(60, 719, "Unemployment Insurance Program  -  PO Box 826880, Sacramento, CA 94280")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(552, 742, "NOTICE OF AWARD")
        c.setFont("Helvetica", 8)
        c.drawRightString(552, 730, f"Mailing date: {mdy(date)}")
        c.setFont("Courier", 10)
        y = 680
        for ln in [claimant.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 12
        c.setLineWidth(0.7)
        c.rect(60, 470, 492, 140, stroke=1, fill=0)
        rows = [("Claim effective date", mdy(claim_start)), ("Base period", "04/01/2046 - 03/31/2047"),
                ("Last employer", employer), ("Highest quarter wages", "$" + money(r2(wba * 26.0))),
                ("WEEKLY BENEFIT AMOUNT", "$" + money(wba)), ("Maximum award (26 weeks)", "$" + money(r2(wba * 26))),
                ("Payment schedule", "Every two weeks, after you certify")]
        y = 592
        for k, v in rows:
            kv(c, 72, y, k, v, 200, 9.5, "Helvetica-Bold", "Courier-Bold")
            y -= 17
        paragraphs(c, 60, 448, 492, [
            "You are eligible for unemployment insurance benefits. The weekly benefit amount shown above is the most "
            "you can be paid for a week in which you are totally unemployed. You must certify every two weeks to "
            "continue to receive payments.",
            "If you return to work, part-time or seasonal work, report your gross earnings on your certification. "
            "Earnings may reduce your weekly payment.",
            "If you disagree with this notice, you may file an appeal within 30 days of the mailing date."],
            font="Helvetica", size=9, leading=12)
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", date)


def wc_benefit_letter(claimant: str, address: Sequence[str], date: dt.date, claim: str, injured: dt.date,
                      employer: str, weekly: float) -> Letter:
    """A workers' compensation carrier's verification of temporary total disability benefits."""
    monthly = r2(weekly * 52 / 12)
    paras = [f"You asked us to confirm your workers' compensation benefits for your mortgage company. You were "
             f"injured on {long_date(injured)} while employed by {employer}, and your claim was accepted.",
             "You are receiving temporary total disability (TTD) benefits while your doctor keeps you off work. "
             "Payments are issued every two weeks. Workers' compensation benefits are not taxable income.",
             "Benefits continue until you are released to return to work, reach medical stationary status, or "
             "your claim is otherwise closed. We will write to you before any change."]
    table = [("Claim number", claim), ("Benefit type", "Temporary total disability"),
             ("Weekly compensation rate", "$" + money(weekly)),
             ("Paid", "Every two weeks ($" + money(weekly * 2) + ")"),
             ("Monthly equivalent", "$" + money(monthly)), ("Benefits started", mdy(injured + dt.timedelta(days=3)))]

    def page(c: Canvas) -> list[Mark]:
        letterhead(c, "COLUMBIA BASIN CASUALTY INSURANCE COMPANY",
                   "Workers' Compensation Claims  -  PO Box 22918, Portland, OR 97269  -  (503) 555-0172",
                   Color(0.1, 0.3, 0.3))
        c.setFont("Times-Roman", 11)
        c.drawString(72, 692, long_date(date))
        y = 664
        for ln in [claimant, *address]:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 12, f"Re: Verification of benefits - claim {claim}")
        y = paragraphs(c, 72, y - 40, W - 144, [f"Dear {claimant.split()[0]} {claimant.split()[-1]}:", *paras[:2]])
        for k, v in table:
            c.setFont("Times-Roman", 11)
            c.drawString(96, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(290, y, v)
            y -= 15
        y = paragraphs(c, 72, y - 12, W - 144, paras[2:])
        c.setFont("Times-Roman", 11)
        for ln in ("Sincerely,", "", "Claims Examiner, Workers' Compensation",
                   "Columbia Basin Casualty Insurance Company"):
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_nontaxable")


def std_letter(claimant: str, address: Sequence[str], date: dt.date, claim: str, start: dt.date, employer: str,
               monthly: float) -> Letter:
    """A group short-term disability approval letter over two pages (the second: how payments work, appeal rights)."""

    def page1(c: Canvas) -> list[Mark]:
        letterhead(c, "Keystone Guardian Life Insurance Company",
                   "Group Disability Claims  -  PO Box 80412, Harrisburg, PA 17106  -  (888) 555-0124",
                   Color(0.35, 0.12, 0.1))
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 72, 706, "Page 1 of 2")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in [claimant, *address]:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 10, f"Short-Term Disability claim {claim} - APPROVED")
        y = paragraphs(c, 72, y - 36, W - 144, [
            f"Dear {claimant.split()[0]}:",
            f"We have approved your claim for Short-Term Disability (STD) benefits under the group policy issued to "
            f"{employer}. Your benefits begin on {long_date(start)}, after the 7-day elimination period.",
            f"Your STD benefit is 60% of your pre-disability earnings, ${money(monthly)} per month, paid in two "
            f"installments of ${money(r2(monthly / 2))} on the 15th and the last day of each month. Because your "
            "employer paid the premiums, your benefits are taxable income and we will send you a Form W-2.",
            "Benefits are approved while you remain disabled, up to the policy maximum of 26 weeks. We may ask your "
            "treating provider for updated information."])
        for k, v in (("Monthly benefit", "$" + money(monthly)), ("Paid", "Semi-monthly, $" + money(r2(monthly / 2)) +
                                                                       " each"),
                     ("Benefit start date", mdy(start)), ("Maximum benefit period", "26 weeks")):
            c.setFont("Times-Roman", 11)
            c.drawString(96, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(290, y, v)
            y -= 15
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7.5)
        c.drawString(72, 750, f"{claimant}  -  Claim {claim}")
        c.drawRightString(W - 72, 750, "Page 2 of 2")
        c.setFont("Times-Bold", 11)
        c.drawString(72, 720, "How your payments work")
        y = paragraphs(c, 72, 700, W - 144, [
            "Payments are made by direct deposit to the account you gave us. Other income you receive while disabled, "
            "such as state disability benefits or paid leave from your employer, may reduce your STD benefit.",
            "If you return to work part time, tell us right away. You may be eligible for a partial benefit."])
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 6, "Your right to appeal")
        y = paragraphs(c, 72, y - 26, W - 144, [
            "If you disagree with any part of this decision you may appeal in writing within 180 days of receiving "
            "this letter. You have the right to bring a civil action under section 502(a) of the Employee Retirement "
            "Income Security Act of 1974 after an appeal."])
        c.setFont("Times-Roman", 11)
        for ln in ("Sincerely,", "", "Disability Benefits Specialist", "Keystone Guardian Life Insurance Company"):
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Letter(Paper([page1, page2]), "benefit_award_letter", date, monthly, "benefits_taxable")


def fund_hours_statement(member: str, member_no: str, local: str, date: dt.date,
                         months: Sequence[tuple[str, float, str, str]]) -> Paper:
    """A union health and welfare trust's hours bank statement: hours each employer reported, eligibility."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 740, "ELECTRICAL TRADES HEALTH & WELFARE TRUST")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 728, "Administered by Pacific Union Benefit Administrators  -  PO Box 3030, "
                                        "Tigard, OR 97281")
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(W / 2, 706, "HOURS BANK AND ELIGIBILITY STATEMENT")
        kv(c, 72, 680, "Participant", member, 90, 9)
        kv(c, 72, 667, "Participant no.", member_no, 90, 9)
        kv(c, 72, 654, "Home local", local, 90, 9)
        kv(c, 350, 680, "Statement date", mdy(date), 80, 9)
        y = 620
        cols = [(72, "l"), (160, "l"), (420, "r"), (540, "r")]
        table_rows(c, y, [["Work month", "Reporting employer", "Hours reported", "Eligible for"]], cols,
                   ("Helvetica-Bold", 8.5))
        c.line(72, y - 4, 540, y - 4)
        y = table_rows(c, y - 16, [[m[0], m[2], hrs(m[1]), m[3]] for m in months], cols, ("Helvetica", 9), 13)
        bank = sum(m[1] for m in months)
        paragraphs(c, 72, y - 14, W - 144, [
            f"Hours in your bank after this statement: {hrs(bank)}. Each month of coverage uses 130 hours. Hours "
            "reported for a work month provide coverage for the second month that follows.",
            "If your hours bank falls below 130 hours you may continue coverage by self-payment. Time loss because "
            "of an accepted workers' compensation claim may be credited to your bank; contact the Trust Office.",
            "This statement shows employer contributions reported to the Trust. It is not a record of your wages."],
            font="Helvetica", size=8.5, leading=11)
        return []

    return Paper([page])


def union_cover_letter(local: str, address: str, date: dt.date, member: str, loan: str, enclosures: Sequence[str],
                       rep: str) -> Paper:
    """A union local's member assistance office letter sending a member's packet to the servicer."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.55, 0.1, 0.1))
        c.circle(96, 730, 20, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(96, 726, "1187")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(126, 738, local.upper())
        c.setFont("Helvetica", 8)
        c.drawString(126, 726, address)
        c.drawString(126, 716, "Member Assistance Program")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 676, long_date(date))
        y = 650
        for ln in (SERVICER, "Loss Mitigation Department", SERVICER_ADDR, f"By e-mail and fax {SERVICER_FAX}"):
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 10, f"Re: {member} - loan number {loan} - mortgage assistance application")
        y = paragraphs(c, 72, y - 36, W - 144, [
            "To the Loss Mitigation Department:",
            f"Our Member Assistance Program is helping {member}, a member of this local in good standing, and his "
            "family apply for mortgage assistance. With his permission we enclose the papers listed below in one "
            "file. Please direct questions to me at the number above, or to the borrowers directly.",
            "Enclosures:"])
        c.setFont("Times-Roman", 11)
        for e in enclosures:
            c.drawString(96, y, f"-  {e}")
            y -= 14
        c.drawString(72, y - 14, "In solidarity,")
        c.drawString(72, y - 56, rep)
        c.drawString(72, y - 70, "Member Assistance Representative")
        return [Mark("sig", 72, y - 46, w=130, seed=len(rep))]

    return Paper([page])


def counselor_authorization(agency: str, address: str, borrowers: Sequence[str], loan: str, counselor: str,
                            date: dt.date, seed: int) -> Paper:
    """A HUD-approved counseling agency's third-party authorization, signed by the borrowers on a screen."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, 742, agency)
        c.setFont("Helvetica", 8)
        c.drawString(60, 731, address + "  -  A HUD-approved housing counseling agency")
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 694, "THIRD-PARTY AUTHORIZATION")
        y = paragraphs(c, 60, 664, W - 120, [
            f"We, the undersigned borrowers on loan number {loan} serviced by {SERVICER}, authorize the servicer to "
            f"discuss our loan, send copies of notices, and receive documents on our behalf from {agency} and its "
            f"counselor {counselor}.",
            "This authorization lasts until the loss mitigation review of our loan is finished or until we cancel it "
            "in writing. A copy, fax or electronic copy of this form is as valid as the original."],
            font="Helvetica", size=10, leading=13.5)
        marks = []
        for i, b in enumerate(borrowers):
            yy = y - 40 - i * 60
            c.line(60, yy, 300, yy)
            c.line(360, yy, 520, yy)
            c.setFont("Helvetica", 8)
            c.drawString(60, yy - 11, f"Borrower signature - {b}" if i == 0 else f"Co-borrower signature - {b}")
            c.drawString(360, yy - 11, "Date")
            c.setFont("Courier", 10)
            c.drawString(366, yy + 4, mdy(date))
            marks.append(Mark("sig", 70, yy + 2, w=170, seed=seed + i))
        return marks

    return Paper([page])


def w2_form(year: int, employer: str, emp_addr: Sequence[str], ein: str, employee: str, emp_addr2: Sequence[str],
            ssn: str, wages: float, state: str, state_id: str) -> Paper:
    """A Form W-2 (Copy B) as an employer's payroll system prints it on plain paper."""
    fed = r2(wages * 0.06)
    ss = r2(wages * 0.062)
    med = r2(wages * 0.0145)
    st = r2(wages * 0.018)

    def page(c: Canvas) -> list[Mark]:
        top = 740
        c.setLineWidth(0.8)
        c.rect(40, top - 300, 532, 300, stroke=1, fill=0)

        def box(x: float, y: float, w: float, h: float, label: str, value: str) -> None:
            c.rect(x, y, w, h, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 3, y + h - 8, label)
            c.setFont("Courier", 9)
            c.drawString(x + 5, y + 5, value)

        box(40, top - 30, 200, 30, "a  Employee's social security number", f"XXX-XX-{ssn[-4:]}")
        box(240, top - 30, 332, 30, "OMB No. 1545-0008     Copy B - To Be Filed With Employee's FEDERAL Tax Return", "")
        box(40, top - 60, 266, 30, "b  Employer identification number (EIN)", ein)
        box(40, top - 130, 266, 70, "c  Employer's name, address, and ZIP code", "")
        c.setFont("Courier", 9)
        for i, ln in enumerate([employer, *emp_addr]):
            c.drawString(46, top - 80 - 11 * i, ln)
        box(40, top - 200, 266, 70, "e/f  Employee's name, address, and ZIP code", "")
        for i, ln in enumerate([employee, *emp_addr2]):
            c.drawString(46, top - 150 - 11 * i, ln)
        pairs = [("1  Wages, tips, other compensation", money(wages)), ("2  Federal income tax withheld", money(fed)),
                 ("3  Social security wages", money(wages)), ("4  Social security tax withheld", money(ss)),
                 ("5  Medicare wages and tips", money(wages)), ("6  Medicare tax withheld", money(med))]
        for i, (lab, v) in enumerate(pairs):
            box(306 + (i % 2) * 133, top - 60 - (i // 2) * 30, 133, 30, lab, v)
        box(306, top - 150, 266, 60, "12a-d  See instructions for box 12", "")
        box(40, top - 250, 80, 50, "15  State", state)
        box(120, top - 250, 186, 50, "Employer's state ID number", state_id)
        box(306, top - 250, 133, 50, "16  State wages, tips, etc.", money(wages))
        box(439, top - 250, 133, 50, "17  State income tax", money(st))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(46, top - 280, f"Form W-2  Wage and Tax Statement   {year}")
        c.setFont("Helvetica", 7)
        c.drawString(46, top - 294, "Department of the Treasury - Internal Revenue Service   (printed by the "
                                    "employer's payroll system)")
        return []

    return Paper([page])


def store_fax_cover(store: str, store_addr: str, store_fax: str, sender: str, sender_phone: str, date: dt.date,
                    pages: int, note: str) -> Paper:
    """A shipping store's self-service fax cover sheet, filled in by hand at the counter."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.1, 0.1, 0.1))
        c.rect(50, 700, 512, 54, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(64, 722, store)
        c.setFont("Helvetica", 8.5)
        c.drawString(64, 708, f"{store_addr}  -  Fax {store_fax}  -  Shipping - Printing - Mailboxes - Notary")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(50, 650, "FAX COVER SHEET")
        rows = [("TO", SERVICER_SHORT), ("FAX #", SERVICER_FAX), ("FROM", sender), ("PHONE", sender_phone),
                ("DATE", mdy(date)), ("PAGES (incl. cover)", str(pages)), ("RE", note)]
        y = 610
        marks = []
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, y, k)
            c.setLineWidth(0.6)
            c.line(180, y - 3, 560, y - 3)
            marks.append(Mark("hand", 186, y, v, size=13, seed=len(v) + i * 7, hand="print"))
            y -= 30
        c.setFont("Helvetica", 8)
        c.drawString(50, y - 6, "[ ] Urgent   [ ] For review   [ ] Please reply")
        paragraphs(c, 50, y - 30, 512, [
            f"Faxes are sent by {store} as a service to customers. We keep no copy of your pages and are not "
            "responsible for the content or for transmission errors. Ask a team member for a confirmation sheet."],
            font="Helvetica", size=7.5, leading=9.5)
        return marks

    return Paper([page])


def hand_letter(paras: Sequence[str], date_text: str, writer_lines: Sequence[str], hand: str, seed: int,
                size: float = 13.5, sign: bool = True) -> Paper:
    """A hardship letter written by pen on ruled notebook paper (blue rules, a red margin line), wrapped onto as
    many sheets as it needs."""
    rule = 24.0
    left = 96.0
    width = W - left - 50
    lines: list[tuple[str, float]] = [(date_text, W - 60 - hand_width(date_text, size, hand)), ("", left)]
    for p in paras:
        if p == "":
            lines.append(("", left))
            continue
        cur = ""
        for word in p.split():
            trial = f"{cur} {word}".strip()
            if hand_width(trial, size, hand) > width and cur:
                lines.append((cur, left))
                cur = word
            else:
                cur = trial
        lines.append((cur, left))
    lines.append(("", left))
    if sign:
        lines.append(("\x00sig", left))
    lines += [(t, left) for t in writer_lines]
    per_page = 26
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]

    def make(k: int, chunk: list[tuple[str, float]]) -> PageFn:
        def page(c: Canvas) -> list[Mark]:
            c.setStrokeColor(Color(0.6, 0.72, 0.9))
            c.setLineWidth(0.5)
            y = 716.0
            while y > 40:
                c.line(0, y, W, y)
                y -= rule
            c.setStrokeColor(Color(0.92, 0.5, 0.5))
            c.line(left - 8, 0, left - 8, H)
            c.setStrokeColor(black)
            marks = []
            y = 716.0 + 3
            for i, (text, x) in enumerate(chunk):
                if text == "\x00sig":
                    marks.append(Mark("sig", x, y - 1, w=150, seed=seed))
                elif text:
                    marks.append(Mark("hand", x, y, text, size=size, seed=seed * 100 + k * 40 + i, hand=hand))
                y -= rule
            return marks

        return page

    return Paper([make(k, ch) for k, ch in enumerate(chunks)])


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class IncomeRow:
    """One row of Gantry Point's income table: who earns it, from where, its type code, how often, the gross per
    pay and the monthly gross the borrower worked out."""

    who: str
    source: str
    code: str
    often: str
    per_pay: float
    monthly: float


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
    occupancy: str
    hardships: list[str]
    start: dt.date
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_phone: str = ""
    other_text: str = ""
    b_signs: bool = True
    b_dates: bool = True
    co_signs: bool = True
    co_dates: bool = True
    rows: list[IncomeRow] = field(default_factory=list)
    checking: float = 0.0
    seed: int = 1

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
                "co_borrower_signed": None if self.co is None else (self.co_signs and self.co_dates)}


GP_CODES = {"1": "wages", "2": "self_employment", "3": "unemployment", "4": "benefits_taxable",
            "5": "benefits_nontaxable", "6": "rental", "7": "investment", "8": "other"}


def income_of(rows: Sequence[IncomeRow]) -> dict[str, float]:
    """The application's income by code: the monthly column summed over the rows of each type code."""
    out: dict[str, float] = {}
    for row in rows:
        k = GP_CODES[row.code]
        out[k] = r2(out.get(k, 0.0) + row.monthly)
    return out


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}
F710_DUR = {"short": "Checkbox_38", "long": "Checkbox_39", "resolved": "Checkbox_40"}


def form710_rects() -> list[dict[str, tuple[float, float, float, float]]]:
    """Each page's widget rectangles by field name, read off the real blank form."""
    out = []
    for page in PdfReader(FORM710).pages:
        rects = {}
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            if w.get("/Subtype") == "/Widget":
                x0, y0, x1, y1 = (float(v) for v in w["/Rect"])
                rects[str(w.get("/T", ""))] = (x0, y0, x1, y1)
        out.append(rects)
    return out


def form710_values(app: App, dates: bool) -> dict[str, str | bool]:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start), F710_DUR[app.duration]: True}
    if app.checking:
        values["Number_10"] = money(app.checking)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
        if app.co_phone:
            values.update({"US_Phone_Number_3": app.co_phone, "Checkbox_9": True})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    if dates:
        if app.b_dates:
            values["Date_3"] = mdy(app.signed_on)
        if app.co and app.co_dates:
            values["Date_4"] = mdy(app.signed_on)
    return values


def form710_flat(app: App | None, dates: bool, screen_signed: bool) -> bytes:
    """The real Form 710 with its answers typed in and then flattened into the page (as "print to PDF" leaves
    it): no form fields remain. app None: the blank form, flattened, as printed for filling by pen."""
    rects = form710_rects()
    values = form710_values(app, dates) if app else {}
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for i, page_rects in enumerate(rects):
        for name, value in values.items():
            if name not in page_rects:
                continue
            x0, y0, x1, y1 = page_rects[name]
            if isinstance(value, bool):
                if value:
                    c.setFont("ZapfDingbats", 8)
                    c.drawCentredString((x0 + x1) / 2, y0 + 1.8, "4")
            elif name in ("Text_9",):
                c.setFont("Helvetica", 9)
                for j, ln in enumerate(wrap(value, "Helvetica", 9, x1 - x0 - 6)):
                    c.drawString(x0 + 3, y1 - 11 - 11 * j, ln)
            else:
                c.setFont("Helvetica", 10)
                c.drawString(x0 + 3, y0 + 4, value)
        if i == 3 and app and screen_signed:
            if app.b_signs:
                draw_signature_vector(c, Mark("sig", 150, 346, w=200, seed=app.seed))
            if app.co and app.co_signs:
                draw_signature_vector(c, Mark("sig", 162, 308, w=190, seed=app.seed + 1))
        synth_line(c)
        c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue()))
    writer = PdfWriter()
    for i, page in enumerate(PdfReader(FORM710).pages):
        writer.add_page(page)
        wp = writer.pages[i]
        if "/Annots" in wp:
            del wp["/Annots"]
        wp.merge_page(overlay.pages[i])
    return fixed_pypdf_bytes(writer, f"bn710{app.loan if app else 'blank'}")


def form710_ink(app: App) -> list[list[Mark]]:
    """The pen marks on the printed form's signature page: signatures and the dates written beside them."""
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 346, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 308, w=190, seed=app.seed + 1))
    if app.co and app.co_dates:
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6, hand="loose"))
    return marks


def form710_pen(app: App, hand: str) -> list[list[Mark]]:
    """Every answer of a blank printed Form 710 filled in by pen: words on the lines, boxes crossed."""
    rects = form710_rects()
    values = form710_values(app, dates=True)
    marks: list[list[Mark]] = [[], [], [], []]
    for i, page_rects in enumerate(rects):
        for name, value in values.items():
            if name not in page_rects:
                continue
            x0, y0, x1, _ = page_rects[name]
            if isinstance(value, bool):
                if value:
                    marks[i].append(Mark("x", x0, y0, w=x1 - x0, seed=app.seed + len(name) * 13 + i))
            else:
                text = value.replace(",", "") if name.startswith("Number") else value
                marks[i].append(Mark("hand", x0 + 4, y0 + 3, text, size=11.5, seed=app.seed + hash_of(name),
                                     hand=hand))
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 346, w=200, seed=app.seed))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 308, w=190, seed=app.seed + 1))
    return marks


def hash_of(text: str) -> int:
    return sum((i + 1) * ord(ch) for i, ch in enumerate(text))


GP_REASONS = ("Laid off, lost my job, or seasonal layoff", "Fewer hours, lost overtime or shifts, or a pay cut",
              "Housing costs went up (taxes, insurance, HOA)", "A disaster (fire, flood, storm) hit my home or job",
              "Injury, illness or disability (me, co-borrower or a dependent)", "Divorce or legal separation",
              "Separated from a co-borrower I am not married to", "Death of a borrower or of a wage earner in the home",
              "My job moved far away or I was transferred", "Other (explain in question 14)")
GP_USE = ("I / we live there (main home)", "Second home or vacation home", "Rented out / investment property")
GP_DUR = ("6 months or less", "More than 6 months", "It is over (resolved)")


def gp40(app: App, pen: bool, seed: int) -> Paper:
    """Gantry Point's own two-page "Mortgage Assistance Request" (Form GP-40): numbered questions in black discs
    set in two columns, each answered on a rule under it; page 2 an income table with a type-code key.
    pen: every answer written by hand; otherwise typed in Courier. Signatures and their dates are always ink."""
    hand = "narrow"

    def answer(c: Canvas, marks: list[Mark], x: float, y: float, text: str, k: int) -> None:
        if not text:
            return
        if pen:
            marks.append(Mark("hand", x, y + 2, text, size=11.5, seed=seed * 50 + k, hand=hand))
        else:
            c.setFont("Courier", 10)
            c.drawString(x, y + 3, text)

    def box(c: Canvas, marks: list[Mark], x: float, y: float, checked: bool, k: int) -> None:
        c.setLineWidth(0.7)
        c.rect(x, y, 8, 8, stroke=1, fill=0)
        if checked:
            if pen:
                marks.append(Mark("x", x, y, w=8, seed=seed * 70 + k))
            else:
                c.setFont("Courier-Bold", 10)
                c.drawString(x + 1, y + 0.5, "X")

    def header(c: Canvas, n: int) -> None:
        c.setLineWidth(2)
        c.line(44, 736, 44, 766)
        c.line(36, 766, 82, 766)
        c.line(74, 766, 74, 752)
        c.setLineWidth(1)
        c.line(44, 756, 58, 766)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(90, 752, "GANTRY POINT")
        c.setFont("Helvetica", 7.5)
        c.drawString(90, 741, "HOME LOAN SERVICING, LLC  -  " + SERVICER_ADDR)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 756, "MORTGAGE ASSISTANCE REQUEST")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 745, f"Form GP-40 (01/2047)  -  Page {n} of 2")
        c.setLineWidth(0.8)
        c.line(36, 732, 576, 732)

    def question(c: Canvas, x: float, y: float, n: int, text: str, width: float = 240) -> float:
        c.setFillColor(black)
        c.circle(x + 7, y + 3, 7, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawCentredString(x + 7, y + 0.5, str(n))
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        lines = wrap(text, "Helvetica-Bold", 8, width - 20)
        for i, ln in enumerate(lines):
            c.drawString(x + 20, y - 10 * i, ln)
        return y - 10 * len(lines)

    def rule_line(c: Canvas, x: float, y: float, w: float) -> None:
        c.setLineWidth(0.5)
        c.line(x, y, x + w, y)

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        marks: list[Mark] = []
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(36, 720, "Answer every question. Print clearly in ink or type. Sign and date page 2. Send your "
                              "papers with this form.")
        lx, rx = 36.0, 320.0
        y = 696.0
        left = [(1, "Loan number (from your monthly mortgage statement)", app.loan),
                (2, "Borrower - full name", app.borrower),
                (3, "Borrower - last 4 digits of Social Security number", app.ssn[-4:]),
                (4, "Borrower - best phone number", app.phone),
                (5, "Co-borrower - full name (leave blank if none)", app.co or ""),
                (6, "Co-borrower - last 4 digits of Social Security number", (app.co_ssn or "")[-4:]),
                (7, "Co-borrower - best phone number", app.co_phone),
                (8, "E-mail address", app.email)]
        for n, q, a in left:
            yy = question(c, lx, y, n, q)
            rule_line(c, lx + 20, yy - 16, 230)
            answer(c, marks, lx + 24, yy - 16, a, n)
            y = yy - 36
        y = 696.0
        yy = question(c, rx, y, 9, "Address of the property - number and street")
        rule_line(c, rx + 20, yy - 16, 236)
        answer(c, marks, rx + 24, yy - 16, app.street, 9)
        y = yy - 36
        yy = question(c, rx, y, 10, "City, state and ZIP code of the property")
        for x0, w0, lab, val in ((rx + 20, 130, "City", app.city), (rx + 156, 36, "State", app.state),
                                 (rx + 198, 58, "ZIP", app.zip)):
            rule_line(c, x0, yy - 16, w0)
            c.setFont("Helvetica", 6)
            c.drawString(x0, yy - 23, lab)
            answer(c, marks, x0 + 3, yy - 16, val, 10 + len(lab))
        y = yy - 40
        yy = question(c, rx, y, 11, "How is the property used? (check one)")
        for i, lab in enumerate(GP_USE):
            box(c, marks, rx + 22, yy - 16 - 12 * i, app.occupancy == OCCUPANCIES[i], 110 + i)
            c.setFont("Helvetica", 8)
            c.drawString(rx + 36, yy - 15 - 12 * i, lab)
        y = yy - 62
        yy = question(c, rx, y, 12, "When did your hardship start? (mm/dd/yyyy)")
        rule_line(c, rx + 20, yy - 16, 110)
        answer(c, marks, rx + 24, yy - 16, mdy(app.start), 12)
        y = yy - 36
        yy = question(c, rx, y, 13, "What caused your hardship? (check all that apply)")
        for i, lab in enumerate(GP_REASONS):
            box(c, marks, rx + 22, yy - 16 - 12 * i, HARDSHIPS[i] in app.hardships, 130 + i)
            c.setFont("Helvetica", 7.5)
            c.drawString(rx + 36, yy - 15 - 12 * i, lab)
        y = yy - 142
        yy = question(c, rx, y, 14, "If you checked Other, explain")
        rule_line(c, rx + 20, yy - 16, 236)
        answer(c, marks, rx + 24, yy - 16, app.other_text, 14)
        y = yy - 36
        yy = question(c, rx, y, 15, "How long do you expect the hardship to last? (check one)")
        for i, lab in enumerate(GP_DUR):
            box(c, marks, rx + 22, yy - 16 - 12 * i, app.duration == ("short", "long", "resolved")[i], 150 + i)
            c.setFont("Helvetica", 8)
            c.drawString(rx + 36, yy - 15 - 12 * i, lab)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 30, f"{SERVICER}  -  Loss Mitigation  -  fax {SERVICER_FAX}  -  {SERVICER_PHONE}")
        return marks

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        marks: list[Mark] = []
        c.setFont("Helvetica-Bold", 8)
        c.drawString(370, 716, "Loan number")
        rule_line(c, 430, 714, 142)
        answer(c, marks, 434, 714, app.loan, 200)
        y = question(c, 36, 694, 16, "MONTHLY INCOME - list every source of income of everyone on the loan.", 540)
        paragraphs(c, 56, y - 2, 510, [
            "Hourly, seasonal and shift workers: take the gross (before taxes) amount of one pay from your pay stub, "
            "then work out the monthly amount: weekly pay x 52 / 12; every two weeks x 26 / 12; twice a month x 2."],
            font="Helvetica", size=7.5, leading=9)
        top = y - 30
        heads = [(36, 38, "Who\n(B or C)"), (74, 176, "Source (employer, agency or program)"),
                 (250, 36, "Type\ncode"), (286, 106, "How often paid"), (392, 84, "Gross per pay\n$"),
                 (476, 100, "MONTHLY gross\n$")]
        c.setLineWidth(0.6)
        for x, w, t in heads:
            c.setFillGray(0.88)
            c.rect(x, top - 24, w, 24, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            for j, ln in enumerate(t.split("\n")):
                c.drawString(x + 3, top - 9 - 9 * j, ln)
        y = top - 24
        for i in range(6):
            row = app.rows[i] if i < len(app.rows) else None
            vals = [row.who, row.source, row.code, row.often, money(row.per_pay), money(row.monthly)] if row else \
                [""] * 6
            for (x, w, _), v in zip(heads, vals, strict=True):
                c.rect(x, y - 20, w, 20, stroke=1, fill=0)
                answer(c, marks, x + 4, y - 16, v, 300 + i * 10 + int(x))
            y -= 20
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y - 16, "TOTAL MONTHLY GROSS INCOME (add the MONTHLY gross column)")
        c.setLineWidth(1.4)
        c.rect(476, y - 22, 100, 22, stroke=1, fill=0)
        answer(c, marks, 480, y - 18, money(app.total), 400)
        y -= 40
        c.setFont("Helvetica", 7)
        key = ("TYPE CODES:  1 Wages, hourly pay, overtime, shift pay, tips, bonuses   2 Self-employment   "
               "3 Unemployment benefits   4 Taxable benefits: Social Security, pension, disability (including "
               "short-term disability), public assistance   5 Non-taxable Social Security or disability, workers' "
               "compensation   6 Rent received   7 Investment or insurance income   8 Other: child support, alimony, "
               "anything else")
        for j, ln in enumerate(wrap(key, "Helvetica", 7, 536)):
            c.drawString(40, y - 9 * j, ln)
        y -= 46
        yy = question(c, 36, y, 17, "Money you have today (do not count retirement accounts)", 540)
        c.setFont("Helvetica", 8)
        c.drawString(56, yy - 16, "Checking and cash  $")
        rule_line(c, 140, yy - 18, 90)
        answer(c, marks, 144, yy - 18, money(app.checking), 410)
        c.drawString(260, yy - 16, "Savings  $")
        rule_line(c, 300, yy - 18, 90)
        y = yy - 44
        yy = question(c, 36, y, 18, "CERTIFICATION AND SIGNATURES", 540)
        yy = paragraphs(c, 56, yy - 4, 510, [
            "I certify that the information in this request is true and that the hardship I described contributed to "
            "my need for mortgage relief. I agree to give Gantry Point the documents it asks for. I consent to a "
            "credit report on every borrower named and to being contacted at the numbers I gave. Knowingly false "
            "statements may violate federal law."], font="Helvetica", size=7.5, leading=9.5)
        y = yy - 34
        people = [(app.borrower, "Borrower", app.b_signs, app.b_dates, 0, "narrow"),
                  (app.co or "", "Co-borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_dates, 1,
                   "loose")]
        for _name, role, signs, dates, k, dhand in people:
            rule_line(c, 56, y, 300)
            rule_line(c, 400, y, 150)
            c.setFont("Helvetica", 7)
            c.drawString(56, y - 9, f"{role} signature")
            c.drawString(400, y - 9, "Date (mm/dd/yyyy)")
            if signs:
                marks.append(Mark("sig", 80, y + 1, w=190, seed=app.seed + k))
            if dates:
                marks.append(Mark("hand", 406, y + 3, mdy(app.signed_on), size=12, seed=app.seed + 20 + k,
                                  hand=dhand))
            y -= 46
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 30, f"Return this request and your papers to {SERVICER_SHORT}, {SERVICER_ADDR}, "
                                       f"or fax {SERVICER_FAX}.")
        return marks

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
class Leaf:
    """One page of a delivered file: the document it belongs to (None for a fax cover or a blank back), its page
    number in that document, and the page itself (a scanned sheet, or page `index` of a born-digital PDF)."""

    doc: Doc | None
    k: int
    sheet: ScannedPage | None = None
    pdf: bytes | None = None
    index: int = 0


def scanned_leaves(doc: Doc | None, sheets: Sequence[ScannedPage]) -> list[Leaf]:
    return [Leaf(doc, i + 1, sheet=s) for i, s in enumerate(sheets)]


def digital_leaves(doc: Doc | None, pdf: bytes) -> list[Leaf]:
    return [Leaf(doc, i + 1, pdf=pdf, index=i) for i in range(len(PdfReader(io.BytesIO(pdf)).pages))]


def with_backs(leaves: Sequence[Leaf], style: Scan, seed: int, except_docs: Sequence[Doc] = ()) -> list[Leaf]:
    """A duplex scan of one-sided sheets: every sheet followed by its empty back (papers printed on both sides,
    `except_docs`, keep their pages back to back, with a back only after an odd last page)."""
    out: list[Leaf] = []
    for i, leaf in enumerate(leaves):
        out.append(leaf)
        if leaf.doc is not None and any(leaf.doc is d for d in except_docs):
            last = i + 1 >= len(leaves) or leaves[i + 1].doc is not leaf.doc
            if not (last and leaf.k % 2 == 1):
                continue
        if leaf.sheet is not None:
            out.append(Leaf(None, 0, sheet=blank_back(leaf.sheet, style, seed + i, ghost=i % 3 != 2)))
    return out


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def file(self, rel: str, leaves: Sequence[Leaf], stamp: Callable[[int, int], str] | None = None,
             dpi: int = 200) -> None:
        """Write one delivered file from its pages in the order they were stacked; every document learns on which
        pages of the file its own pages 1, 2, ... landed, and whether they are scans."""
        writer = PdfWriter()
        readers: dict[int, PdfReader] = {}
        seen: dict[int, list[tuple[int, int, bool]]] = {}
        for pos, leaf in enumerate(leaves, 1):
            if leaf.sheet is not None:
                sheet = fax_stamp(leaf.sheet, stamp(pos, len(leaves)), dpi) if stamp else leaf.sheet
                writer.add_page(PdfReader(io.BytesIO(image_page_pdf(sheet))).pages[0])
            else:
                assert leaf.pdf is not None
                reader = readers.setdefault(id(leaf.pdf), PdfReader(io.BytesIO(leaf.pdf)))
                writer.add_page(reader.pages[leaf.index])
            if leaf.doc is not None:
                seen.setdefault(id(leaf.doc), []).append((leaf.k, pos, leaf.sheet is not None))
                if not any(leaf.doc is d for d in self.docs):
                    self.docs.append(leaf.doc)
        for doc in self.docs:
            parts = seen.get(id(doc))
            if not parts:
                continue
            assert len({p[2] for p in parts}) == 1, f"{rel}: a document mixes scanned and born-digital pages"
            doc.pages = [(rel, pos) for _, pos, _ in sorted(parts)]
            doc.scanned = parts[0][2]
        self.files[rel] = fixed_pypdf_bytes(writer, f"bn{self.name}{len(self.files)}")


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


def other_doc() -> Doc:
    return Doc("other", {})


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not (app.co_signs and app.co_dates)):
        out.append("application_signature")
    for name, value in (("loan_number", app.loan), ("borrower_name", app.borrower),
                        ("property_address", app.street), ("occupancy", app.occupancy),
                        ("hardship_types", app.hardships), ("hardship_start_date", app.start),
                        ("income", [v for v in app.income.values() if v > 0])):
        if not value:
            out.append(f"application_field:{name}")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(a.date) and fresh(b.date)
                   and day(b.fields["period_start"]) == day(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank or letter("other")}
    for k, v in app.income.items():
        if v > 0 and not rules[k]:
            out.append(f"income_doc:{k}")
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    for h in app.hardships:
        if h in need and not (need[h] & types):
            out.append(f"hardship_doc:{h}")
    if (app.income.get("self_employment", 0) > 0 or app.income.get("rental", 0) > 0) and not any(
            d.type == "irs_form_4506c" and d.signed for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    codes = missing_codes(p.app, p.docs, p.received)
    docs = []
    order = sorted(p.docs, key=lambda d: (d.pages[0][0], d.pages[0][1]))
    for i, d in enumerate(order, 1):
        docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
                     "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields})
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


def fax_header(when: dt.date, clock: str, station: str, number: str) -> Callable[[int, int], str]:
    stamp = f"{when.strftime('%b').upper()}-{when.day:02d}-{when.year} {clock}  {station:<26}{number}"
    return lambda pos, total: f"{stamp}    P.{pos:03d}/{total:03d}"


WH_WAREHOUSE = Withholding(0.085, 0.03, "CA state income tax", True, 0.012, None, (("401(k) 3%", 0.03),), (),
                           (("Medical - employee + family", 58.40), ("Warehouse Workers Local 439 dues", 16.50)))
WH_CNA_CA = Withholding(0.07, 0.025, "CA state income tax", True, 0.012, fixed=(("Uniform / scrubs", 6.00),))
WH_FARM = Withholding(0.04, 0.01, "CA state income tax", True, 0.012)
WH_ELECTRIC = Withholding(0.11, 0.07, "OR state income tax", True, pct=(("Working dues 3.5%", 0.035),),
                          per_hour=(("Vacation savings", 3.00),))
WH_FULFILL = Withholding(0.075, 0.06, "OR state income tax", True, pct=(("401(k) 4%", 0.04),),
                         fixed=(("Medical plan", 41.20), ("Dental plan", 6.15)))
WH_STAFF = Withholding(0.07, 0.0275, "OH state income tax", True, local=("Dayton city income tax", 0.025),
                       fixed=(("Pay card fee", 2.50),))
WH_DISTRICT = Withholding(0.06, 0.02, "CA state income tax", True, pct=(("PERS retirement 7%", 0.07),),
                          fixed=(("CSEA Chapter 612 dues", 38.50), ("Health premium share", 112.00)))
WH_CONCRETE = Withholding(0.095, 0.0, fica=True, pct=(("Union working dues 3%", 0.03),),
                          per_hour=(("Vacation / holiday fund", 2.10),))
WH_CANNERY = Withholding(0.05, 0.015, "CA state income tax", True, 0.012, fixed=(("Cannery Workers union dues", 9.00),))
WH_CNA_MI = Withholding(0.075, 0.0425, "MI state income tax", True, local=("Muskegon city income tax", 0.01))


def packet_bn1(seed: int) -> Packet:
    """Warehouse selector and per diem nursing assistant; one fax from a shipping store; complete."""
    received = day("2047-04-16")
    addr = ["1184 Almond Blossom Way", "Modesto, CA 95358"]
    luis = [paycrest_weekly(seed * 11 + 1, "Northline Grocers Distribution Center", "5200 Crows Landing Road, Modesto, "
                            "CA 95358", "Luis A. Carranza", addr, "NL-204417", "Grocery Selection - Nights",
                            "Order Selector II", day(d), 23.85, day("2047-01-10"), WH_WAREHOUSE)
            for d in ("2047-04-05", "2047-04-12")]
    mari = mercy_perdiem(seed * 11 + 2, "Mercy Valley Medical Center", "1700 Coffee Road, Modesto, CA 95355",
                         "Marisela Carranza", "0338105", "3 South Telemetry", day("2047-04-10"), 24.10,
                         day("2047-01-09"), WH_CNA_CA)
    wages = float(round(luis[-1].monthly + mari.monthly))
    app = App("0047719236", "Luis A. Carranza", "951-40-3382", "1184 Almond Blossom Way", "Modesto", "CA", "95358",
              "(209) 555-0183", "lcarranza47@example.net", "primary_residence", ["reduction_in_income"],
              day("2047-01-09"), "long", {"wages": wages}, day("2047-04-13"), co="Marisela Carranza",
              co_ssn="951-72-0419", co_phone="(209) 555-0147", checking=640.00, seed=seed + 11)
    p = Packet("bn1", received, app, [])
    style = Scan(dpi=200, tilt=0.35, blur=0.4, noise=0.0008, fax=True)
    on = day("2047-04-13")
    letter = hand_letter([
        f"To {SERVICER_SHORT},",
        f"Re: loan number {app.loan}",
        "My name is Luis Carranza. I work nights at the Northline warehouse in Modesto as an order selector. "
        "Since January the company stopped all the overtime on my shift, before I had 6 to 8 hours of overtime "
        "almost every week.",
        "My wife Marisela is a CNA on the per diem list at Mercy Valley. In January they also started to call her "
        "for less shifts, 3 or 4 in two weeks when before it was 6 or 7.",
        "Together we lost around 900 dollars a month and we fell behind in February and March. We want to keep our "
        "house. Please help us with a lower payment or a modification.",
        "Thank you."], long_date(on), ["Luis Carranza", "(209) 555-0183"], "print", seed + 12)
    cover = store_fax_cover("PARCEL DEPOT #2216", "3401 McHenry Ave, Modesto, CA 95350", "(209) 555-0190",
                            "Luis & Marisela Carranza", app.phone, received, 8 + len(letter.pages),
                            f"Loan {app.loan} - help application")
    pdf710 = form710_flat(app, dates=False, screen_signed=False)
    leaves = scanned_leaves(None, scan_paper(cover, style, seed + 100))
    leaves += scanned_leaves(app_doc(), scan_sheets(pdf710, form710_ink(app), style, seed + 101))
    leaves += scanned_leaves(stub_doc(luis[1]), scan_paper(luis[1].paper, style, seed + 102))
    leaves += scanned_leaves(stub_doc(luis[0]), [upside_down(s) for s in scan_paper(luis[0].paper, style, seed + 103)])
    leaves += scanned_leaves(stub_doc(mari), scan_paper(mari.paper, style, seed + 104))
    leaves += scanned_leaves(hardship_doc(on), scan_paper(letter, style, seed + 105))
    p.file("FAX_0416_091402.pdf", leaves, fax_header(received, "09:14AM", "PARCEL DEPOT 2216", "2095550190"))
    return p


def packet_bn2(seed: int) -> Packet:
    """Farm worker paid by the piece, laid off after harvest; a farmworker center's duplex scan; stale stubs."""
    received = day("2047-02-19")
    stubs = [farm_piece_weekly(seed * 11 + 3, "Sierra Vista Farm Labor Contractors, Inc.", "FLC-4471902",
                               "1260 S Madera Ave, Kerman, CA 93630", "Rogelio T. Mendoza", "SV-08817", "5527", day(d),
                               day("2046-04-01"), WH_FARM) for d in ("2046-10-26", "2046-11-02")]
    weeks = [day("2046-11-17") + dt.timedelta(days=7 * i) for i in range(12)]
    ui = ui_payment_history(("Employment Development Department - State of California", "UI Online"),
                            "Rogelio T. Mendoza", "UI-0183-5527", "5527", day("2047-02-11"), day("2046-11-04"),
                            360.00, weeks, two_pages=True)
    app = App("3308814720", "Rogelio T. Mendoza", "963-08-5527", "455 N Ninth St", "Kerman", "CA", "93630",
              "(559) 555-0126", "", "primary_residence", ["unemployment"], day("2046-11-02"), "short",
              {"wages": 1820.00, "unemployment": 1560.00}, day("2047-02-14"), seed=seed + 21)
    p = Packet("bn2", received, app, ["income_doc:wages"])
    style = Scan(dpi=200, tilt=0.45, blur=0.6, noise=0.0007)
    on = day("2047-02-14")
    letter = hand_letter([
        "To the mortgage company",
        f"loan # {app.loan}",
        "I am Rogelio Mendoza. I work in the fields for Sierra Vista, the labor contractor, picking and "
        "pruning. The harvest ended the first days of November and they laid off all the crew like every year.",
        "Now I get unemployment, 360 a week. Since January I do pruning for a few days when they call me, about "
        "1800 a month. In the winter it is hard to pay the house and the bills.",
        "I send my last check stubs from the harvest and the unemployment paper. When the season starts again in "
        "April I will have full work. I ask for help with the payments until then.",
        "Thank you"], mdy(on), ["Rogelio T. Mendoza"], "loose", seed + 22)
    pdf710 = form710_flat(None, dates=False, screen_signed=False)
    ui_doc = letter_doc(ui)
    leaves = scanned_leaves(app_doc(), scan_sheets(pdf710, form710_pen(app, "loose"), style, seed + 200))
    for i, s in enumerate(stubs):
        leaves += scanned_leaves(stub_doc(s), scan_paper(s.paper, style, seed + 201 + i))
    leaves += scanned_leaves(ui_doc, scan_paper(ui.paper, style, seed + 203))
    leaves += scanned_leaves(hardship_doc(on), scan_paper(letter, style, seed + 204))
    p.file("CentroCampesino_scan_021947.pdf", with_backs(leaves, style, seed + 250, except_docs=[ui_doc]))
    return p


def packet_bn3(seed: int) -> Packet:
    """Union electrician hurt on the job, on workers' compensation; his wife a fulfillment associate; the union
    local's member assistance office e-mails one born-digital PDF with the scanned hand-written letter; complete."""
    received = day("2047-05-21")
    addr = ["7725 SE Ramona St", "Portland, OR 97206"]
    local = "Inside Wiremen's Union Local 1187"
    terry = tradepay_union_weekly(seed * 11 + 4, "Halvorsen Electric Co.", "3340 NW Yeon Ave, Portland, OR 97210",
                                  "Terrence J. Whitcomb", "HE-1187-092", local, day("2047-03-08"), 52.85,
                                  ("4471 Riverside Clinic TI", "4490 Fremont Lofts"), WH_ELECTRIC)
    angela = portal_biweekly(seed * 11 + 5, "Cascadia Fulfillment Services, LLC", "10200 NE Cascades Pkwy, Portland, "
                             "OR 97220", "Angela M. Whitcomb", "CF-778104", "PDX4 Outbound", day("2047-05-17"), 20.50,
                             WH_FULFILL)
    wc = wc_benefit_letter("Terrence J. Whitcomb", addr, day("2047-05-06"), "WC-47-118204", day("2047-03-04"),
                           "Halvorsen Electric Co.", 1146.00)
    app = App("5120038847", "Terrence J. Whitcomb", "927-15-6604", "7725 SE Ramona St", "Portland", "OR", "97206",
              "(503) 555-0119", "twhitcomb.jw@example.com", "primary_residence", ["disability_or_illness"],
              day("2047-03-04"), "short", {"wages": float(round(angela.monthly)), "benefits_nontaxable": 4966.00},
              day("2047-05-16"), co="Angela M. Whitcomb", co_ssn="927-61-2298", co_phone="(503) 555-0164",
              checking=1210.00, seed=seed + 31)
    p = Packet("bn3", received, app, [])
    cover = union_cover_letter(local, "5250 NE Columbia Blvd, Portland, OR 97218  -  (503) 555-0111",
                               day("2047-05-20"), "Terrence J. Whitcomb", app.loan,
                               ["Mortgage Assistance Application (Form 710), signed", "Hardship letter",
                                "Angela Whitcomb's most recent pay stub", "Terrence Whitcomb's last pay stub",
                                "Workers' compensation benefit verification", "Health & Welfare hours statement"],
                               "Carla Benavides")
    fund = fund_hours_statement("Terrence J. Whitcomb", "ETHW-0092-1187", local, day("2047-04-15"),
                                [("Dec 2046", 168.0, "Halvorsen Electric Co.", "Feb 2047"),
                                 ("Jan 2047", 172.0, "Halvorsen Electric Co.", "Mar 2047"),
                                 ("Feb 2047", 160.0, "Halvorsen Electric Co.", "Apr 2047"),
                                 ("Mar 2047", 24.0, "Halvorsen Electric Co.", "May 2047 (bank)")])
    on = day("2047-05-15")
    letter = hand_letter([
        "Dear Sir or Madam,",
        f"I am writing about our home loan {app.loan}. I am a journeyman electrician with Local 1187. On March 4 "
        "I fell from a scissor lift on a job site and broke my left wrist and two ribs. I had surgery and I have "
        "not been able to work since.",
        "I get workers' comp but it is a lot less than my wages on the job. My wife works full time at the "
        "warehouse but her check alone does not cover the mortgage. My doctor expects I can go back to light duty "
        "in the summer.",
        "We have never been late before this. We are asking for help until I am back to work.",
        "Thank you for your time,"], long_date(on), ["Terrence Whitcomb"], "round", seed + 32)
    hstyle = Scan(dpi=200, tilt=0.3, blur=0.5, noise=0.0005)
    leaves = digital_leaves(other_doc(), paper_pdf(cover))
    leaves += digital_leaves(app_doc(), form710_flat(app, dates=True, screen_signed=True))
    leaves += scanned_leaves(hardship_doc(on), scan_paper(letter, hstyle, seed + 300))
    leaves += digital_leaves(stub_doc(angela), paper_pdf(angela.paper))
    leaves += digital_leaves(stub_doc(terry), paper_pdf(terry.paper))
    leaves += digital_leaves(letter_doc(wc), paper_pdf(wc.paper))
    leaves += digital_leaves(other_doc(), paper_pdf(fund))
    p.file("Local 1187 MAP - Whitcomb.pdf", leaves)
    return p


def packet_bn4(seed: int) -> Packet:
    """Nursing-home aide on short-term disability, husband a staffing-agency warehouse temp; the servicer's own form
    filled in by pen, its two pages stacked in reverse; the co-borrower never signed; one home scan."""
    received = day("2047-06-12")
    addr = ["3916 Larchmere Drive", "Dayton, OH 45406"]
    stub = staffing_weekly(seed * 11 + 6, "TriCounty Workforce Solutions", "1420 Wayne Ave, Dayton, OH 45410",
                           "Dontrell K. Pettaway", "TWS-559120", day("2047-06-07"),
                           [("Ridgeway Cold Storage - Moraine", "Freezer order selector", 19.75),
                            ("Summit Parcel Hub - Vandalia", "Package handler", 17.25),
                            ("Miami Valley Beverage - Dayton", "Loader", 18.00)], WH_STAFF)
    std = std_letter("Shawnice L. Pettaway", addr, day("2047-05-29"), "STD-2047-33817", day("2047-04-29"),
                     "Brookhaven Care Center", 1820.00)
    rows = [IncomeRow("C", "TriCounty Workforce (temp)", "1", "weekly", stub.fields["gross_current"],
                      r2(stub.fields["gross_current"] * 52 / 12)),
            IncomeRow("B", "Keystone Guardian STD", "4", "twice a month", 910.00, 1820.00)]
    app = App("0061184307", "Shawnice L. Pettaway", "944-27-1190", "3916 Larchmere Drive", "Dayton", "OH", "45406",
              "(937) 555-0158", "spettaway@example.org", "primary_residence", ["disability_or_illness"],
              day("2047-04-22"), "short", income_of(rows), day("2047-06-08"), co="Dontrell K. Pettaway",
              co_ssn="944-58-7316", co_phone="(937) 555-0131", co_signs=False, co_dates=False, rows=rows,
              checking=315.00, seed=seed + 41)
    p = Packet("bn4", received, app, ["application_signature"])
    style = Scan(dpi=300, tilt=0.25, blur=0.7, noise=0.0004)
    on = day("2047-06-08")
    letter = hand_letter([
        "To Gantry Point Loss Mitigation,",
        f"Loan {app.loan}",
        "I am a nursing assistant at Brookhaven Care Center. On April 22 I hurt my back lifting a resident and my "
        "doctor took me off work. I have a herniated disc and I am in physical therapy three times a week.",
        "My short term disability started April 29 but it only pays 60 percent of my pay. My husband works "
        "through a temp agency and his hours change every week.",
        "We got behind on the May and June payments. I hope to go back to work by the fall. Please review us for "
        "help with the payment.",
        "Sincerely,"], "June 8, 2047", ["Shawnice Pettaway"], "narrow", seed + 42)
    form_sheets = scan_paper(gp40(app, pen=True, seed=seed + 43), style, seed + 400)
    form = app_doc()
    leaves = [Leaf(form, 2, sheet=form_sheets[1]), Leaf(form, 1, sheet=form_sheets[0])]
    leaves += scanned_leaves(stub_doc(stub), scan_paper(stub.paper, style, seed + 401))
    leaves += scanned_leaves(letter_doc(std), scan_paper(std.paper, style, seed + 402))
    leaves += scanned_leaves(hardship_doc(on), scan_paper(letter, style, seed + 403))
    p.file("Pettaway mortgage help.pdf", leaves)
    return p


def packet_bn5(seed: int) -> Packet:
    """School bus driver with her route hours cut, husband a cannery worker laid off at the end of the season; the
    servicer's form typed, signed in ink; a library copier's scan; ONE fresh stub with year-to-date pay; complete."""
    received = day("2047-10-22")
    addr = ["2011 E Manning Ave", "Reedley, CA 93654"]
    stub = district_semimonthly(seed * 11 + 7, "Kings River Unified School District",
                                "1020 G Street, Reedley, CA 93654", "Yolanda F. Birdsong", "KR-30418",
                                day("2047-10-10"), 24.38, day("2047-06-14"), WH_DISTRICT)
    ui = ui_award_notice("Marcus D. Birdsong", addr, day("2047-10-14"), day("2047-10-06"), 390.00,
                         "Del Rio Packing Co.")
    rows = [IncomeRow("B", "Kings River USD (bus)", "1", "twice a month", stub.fields["gross_current"],
                      r2(stub.fields["gross_current"] * 2)),
            IncomeRow("C", "EDD unemployment", "3", "every 2 weeks", 780.00, 1690.00)]
    app = App("2274406915", "Yolanda F. Birdsong", "958-33-4471", "2011 E Manning Ave", "Reedley", "CA", "93654",
              "(559) 555-0172", "ybirdsong@example.com", "primary_residence", ["reduction_in_income", "unemployment"],
              day("2047-06-14"), "long", income_of(rows), day("2047-10-18"), co="Marcus D. Birdsong",
              co_ssn="958-70-2205", co_phone="(559) 555-0108", rows=rows, checking=422.50, seed=seed + 51)
    p = Packet("bn5", received, app, [])
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0006)
    on = day("2047-10-18")
    letter = hand_letter([
        "Dear Gantry Point,",
        f"We are writing about loan number {app.loan}. I drive a school bus for Kings River Unified. Over the summer "
        "the district combined routes and my route went from 7 hours a day to 5 and a half, and bus drivers are "
        "not paid in July and August.",
        "My husband Marcus works every summer and fall at the Del Rio tomato cannery. The season ended October 3 "
        "and he is on unemployment until the plant hires again in the spring.",
        "We used our savings over the summer and now we are two payments behind. We would like to stay in our home "
        "and ask to be considered for a modification.",
        "Sincerely,"], long_date(on), ["Yolanda and Marcus Birdsong"], "round", seed + 52)
    leaves = scanned_leaves(app_doc(), scan_paper(gp40(app, pen=False, seed=seed + 53), style, seed + 500))
    leaves += scanned_leaves(stub_doc(stub), scan_paper(stub.paper, style, seed + 501))
    leaves += scanned_leaves(letter_doc(ui), scan_paper(ui.paper, style, seed + 502))
    leaves += scanned_leaves(hardship_doc(on), [upside_down(s) for s in scan_paper(letter, style, seed + 503)])
    p.file("ReedleyLibrary_Scan_102147.pdf", leaves)
    return p


def packet_bn6(seed: int) -> Packet:
    """Union cement mason whose overtime ended with a big job; child support as other income but only June's bank
    statement; a shipping store fax with the application's pages split around the pay stubs."""
    received = day("2047-07-24")
    addr = ["814 Cottonwood Bend", "Henderson, NV 89015"]
    stubs = [concrete_union_weekly(seed * 11 + 8, "Granite Reach Concrete Constructors, Inc.",
                                   "4100 W Sunset Rd, Las Vegas, NV 89118", "Kelvin O. Bramlett", "GR-5941",
                                   "Cement Masons Local 594", day(d), 41.60, day("2047-03-29"), WH_CONCRETE)
             for d in ("2047-07-11", "2047-07-18")]
    net = stubs[0].fields["net_current"]
    rng = random.Random(seed * 1000 + 6)
    june = [(d, "GRANITE REACH CONC PAYROLL", r2(net * f)) for d, f in ((6, 0.97), (13, 1.04), (20, 0.92), (27, 1.0))]
    june += [(7, "NV SDU CHILD SUPPORT PMT", 260.00), (21, "NV SDU CHILD SUPPORT PMT", 260.00)]
    stmt = hillcrest_statement(rng, "Kelvin O. Bramlett", addr, "6610048821", 2047, 6, 1022.37, june)
    app = App("7783021954", "Kelvin O. Bramlett", "972-41-8853", "814 Cottonwood Bend", "Henderson", "NV", "89015",
              "(702) 555-0161", "kbramlett594@example.net", "primary_residence", ["reduction_in_income"],
              day("2047-03-29"), "short", {"wages": float(round(stubs[-1].monthly)), "other": 520.00},
              day("2047-07-20"), checking=486.10, seed=seed + 61)
    p = Packet("bn6", received, app, ["income_doc:other"])
    style = Scan(dpi=200, tilt=0.3, blur=0.45, noise=0.0009, fax=True)
    on = day("2047-07-20")
    letter = hand_letter([
        "To whom it may concern,",
        f"Loan # {app.loan}",
        "I am a cement mason out of Local 594. For two years I worked on the stadium parking structure with lots of "
        "overtime and double time. That job finished at the end of March and since then I have been on smaller "
        "jobs, most weeks 30 to 36 hours and no overtime.",
        "I also get 520 a month child support for my daughter who lives with me. With less hours I could not keep "
        "up and I am behind since May.",
        "The hall says there will be more big work next year. I would like a lower payment until then.",
        "Respectfully,"], mdy(on), ["Kelvin Bramlett"], "print", seed + 62)
    pages = 1 + 4 + 2 + 1 + len(letter.pages)
    cover = store_fax_cover("SHIPQUIK BUSINESS CENTER #0931", "2580 Anthem Village Dr, Henderson, NV 89052",
                            "(702) 555-0188", "Kelvin Bramlett", app.phone, received, pages, f"Loan {app.loan}")
    form = app_doc()
    form_sheets = scan_sheets(form710_flat(app, dates=False, screen_signed=False), form710_ink(app), style, seed + 601)
    leaves = scanned_leaves(None, scan_paper(cover, style, seed + 600))
    leaves += [Leaf(form, 1, sheet=form_sheets[0]), Leaf(form, 2, sheet=form_sheets[1])]
    leaves += scanned_leaves(stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 602))
    leaves += scanned_leaves(stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 603))
    leaves += [Leaf(form, 3, sheet=form_sheets[2]), Leaf(form, 4, sheet=form_sheets[3])]
    leaves += scanned_leaves(stmt_doc(stmt), scan_paper(stmt.paper, style, seed + 604))
    leaves += scanned_leaves(hardship_doc(on), scan_paper(letter, style, seed + 605))
    p.file("7022550188_20470724_1047.pdf", leaves, fax_header(received, "10:47", "SHIPQUIK 0931", "7025550188"))
    return p


def packet_bn7(seed: int) -> Packet:
    """Seasonal cannery worker back on the peach line; one check stub that shows no year-to-date pay, and last
    year's W-2; a duplex scan with a blank back behind every sheet."""
    received = day("2047-08-26")
    stub = cannery_check_stub(seed * 11 + 9, "Delta Gold Canning Co.", "1400 Garden Hwy, Yuba City, CA 95991",
                              "Bao T. Vang", "4471", "PEACH LINE 2", day("2047-08-21"), 18.90, WH_CANNERY)
    w2 = w2_form(2046, "Delta Gold Canning Co.", ["1400 Garden Hwy", "Yuba City, CA 95991"], "94-3318207",
                 "Bao T. Vang", ["2630 Riverbank Rd", "Yuba City, CA 95993"], "936-20-7745", 14872.40, "CA",
                 "448-2071-3")
    app = App("0093347718", "Bao T. Vang", "936-20-7745", "2630 Riverbank Rd", "Yuba City", "CA", "95993",
              "(530) 555-0149", "baovang.yc@example.com", "primary_residence", ["unemployment"], day("2046-10-25"),
              "short", {"wages": float(round(stub.monthly))}, day("2047-08-23"), checking=210.00, seed=seed + 71)
    p = Packet("bn7", received, app, ["income_doc:wages"])
    style = Scan(dpi=200, tilt=0.4, blur=0.6, noise=0.0007)
    on = day("2047-08-23")
    letter = hand_letter([
        "Dear Loan Servicing,",
        f"This is about my house loan {app.loan}.",
        "I work at Delta Gold Canning on the peach line. The cannery only runs from July to October. Last year "
        "after the season I was laid off from October to June and I could only get a little work in the winter, "
        "so I fell behind on the house payment.",
        "Now the season started again and I work 6 days a week with overtime. I send my pay stub from this week. "
        "I want to catch up and keep my house, please tell me what I can do.",
        "Thank you very much"], mdy(on), ["Bao Vang", "(530) 555-0149"], "loose", seed + 72)
    leaves = scanned_leaves(app_doc(), scan_sheets(form710_flat(app, dates=False, screen_signed=False),
                                                   form710_ink(app), style, seed + 700))
    leaves += scanned_leaves(hardship_doc(on), scan_paper(letter, style, seed + 701))
    leaves += scanned_leaves(stub_doc(stub), scan_paper(stub.paper, style, seed + 702))
    leaves += scanned_leaves(Doc("w2", {}), scan_paper(w2, style, seed + 703))
    p.file("scan0826_001.pdf", with_backs(leaves, style, seed + 750))
    return p


def packet_bn8(seed: int) -> Packet:
    """Per diem hospital nursing assistant, husband a laid-off forklift operator on unemployment, child support in
    two consecutive statements; a housing counselor's born-digital package with the scanned hand-written letter."""
    received = day("2047-09-17")
    addr = ["1529 Wickham Drive", "Muskegon, MI 49441"]
    holidays = [day("2047-01-01"), day("2047-05-27"), day("2047-07-04"), day("2047-09-02")]
    stubs = [shiftlog_perdiem(seed * 11 + 10, "St. Agnes Lakeshore Hospital", "1200 Sherman Blvd, Muskegon, MI 49444",
                              "Renee A. Fairweather", "SA-200871", "4 North Med-Surg", day(d), 26.40, holidays,
                              WH_CNA_MI) for d in ("2047-08-30", "2047-09-13")]
    weeks = [day("2047-08-03") + dt.timedelta(days=7 * i) for i in range(6)]
    ui = ui_payment_history(("Michigan Unemployment Insurance Agency", "MiUIA Online Services"),
                            "Curtis L. Fairweather", "MI-29940-0718", "9940", day("2047-09-09"), day("2047-07-21"),
                            446.00, weeks, two_pages=False)
    rng = random.Random(seed * 1000 + 8)
    net = stubs[0].fields["net_current"]
    july = [(5, "ST AGNES LAKESHORE PAYROLL", r2(net * 0.91)), (19, "ST AGNES LAKESHORE PAYROLL", r2(net * 1.06)),
            (12, "HARBORLINE LOGISTICS PAYROLL", 1104.18), (2, "MISDU CHILD SUPPORT PMT", 170.00),
            (16, "MISDU CHILD SUPPORT PMT", 170.00)]
    aug = [(2, "ST AGNES LAKESHORE PAYROLL", r2(net * 0.97)), (16, "ST AGNES LAKESHORE PAYROLL", r2(net * 1.02)),
           (30, "ST AGNES LAKESHORE PAYROLL", net), (1, "MISDU CHILD SUPPORT PMT", 170.00),
           (15, "MISDU CHILD SUPPORT PMT", 170.00), (12, "STATE OF MI UIA BENEFIT", 892.00),
           (26, "STATE OF MI UIA BENEFIT", 892.00)]
    holders = ["Renee A. Fairweather", "Curtis L. Fairweather"]
    s_jul = lakeshore_statement(rng, holders, addr, "700418873361", 2047, 7, 1385.22, july)
    s_aug = lakeshore_statement(rng, holders, addr, "700418873361", 2047, 8, s_jul.fields["ending_balance"], aug)
    app = App("4406659130", "Renee A. Fairweather", "915-84-3307", "1529 Wickham Drive", "Muskegon", "MI", "49441",
              "(231) 555-0114", "renee.fairweather@example.com", "primary_residence", ["unemployment"],
              day("2047-07-19"), "short",
              {"wages": float(round(stubs[-1].monthly)), "unemployment": 1932.67, "other": 340.00},
              day("2047-09-12"), co="Curtis L. Fairweather", co_ssn="915-26-9940", co_phone="(231) 555-0152",
              checking=880.00, seed=seed + 81)
    p = Packet("bn8", received, app, [])
    auth = counselor_authorization("Great Lakes Homeownership Counseling Center", "880 Terrace St, Muskegon, MI 49440",
                                   holders, app.loan, "Dana Whitlock", day("2047-09-10"), seed + 82)
    on = day("2047-09-11")
    letter = hand_letter([
        "To Gantry Point Home Loan Servicing",
        f"Loan number {app.loan}",
        "My husband Curtis drove a forklift at Harborline Logistics for eleven years. On July 19 the company closed "
        "the Muskegon warehouse and everyone was laid off. He is looking for work every week and gets unemployment "
        "for now.",
        "I work per diem as a nursing assistant at St. Agnes and I pick up every shift I can, but my pay is not the "
        "same every two weeks. We also get child support for my son.",
        "We are behind one payment and I do not want to fall further. Our counselor at Great Lakes is helping us "
        "with this application. Please consider us for help.",
        "Thank you,"], long_date(on), ["Renee Fairweather"], "print", seed + 83)
    hstyle = Scan(dpi=200, tilt=0.25, blur=0.5, noise=0.0005)
    leaves = digital_leaves(other_doc(), paper_pdf(auth))
    leaves += digital_leaves(app_doc(), form710_flat(app, dates=True, screen_signed=True))
    leaves += scanned_leaves(hardship_doc(on), scan_paper(letter, hstyle, seed + 800))
    leaves += digital_leaves(stub_doc(stubs[1]), paper_pdf(stubs[1].paper))
    leaves += digital_leaves(stub_doc(stubs[0]), paper_pdf(stubs[0].paper))
    leaves += digital_leaves(letter_doc(ui), paper_pdf(ui.paper))
    leaves += digital_leaves(stmt_doc(s_aug), paper_pdf(s_aug.paper))
    leaves += digital_leaves(stmt_doc(s_jul), paper_pdf(s_jul.paper))
    p.file(f"GLHCC_Fairweather_{app.loan}.pdf", leaves)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bn1, packet_bn2, packet_bn3, packet_bn4, packet_bn5, packet_bn6,
                                             packet_bn7, packet_bn8]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and the scenario."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for exp_path in sorted(out.glob("bn*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year != 2047 or received.weekday() >= 5:
            problems.append(f"{name}: received_on {received} is not a weekday in 2047")
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
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
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
                length = (day(f["period_end"]) - day(f["period_start"])).days + 1
                if length not in {"weekly": (7,), "biweekly": (14,), "semimonthly": (15, 16),
                                  "monthly": (28, 29, 30, 31)}[f["frequency"]]:
                    problems.append(f"{name}: a {f['frequency']} period of {length} days")
                if day(f["pay_date"]) < day(f["period_end"]):
                    problems.append(f"{name}: paid before the period ended {f}")
            if doc["type"] == "bank_statement":
                f = doc["fields"]
                if day(f["period_start"]).day != 1:
                    problems.append(f"{name}: statement period {f}")
        for rel in {pg["file"] for d in exp["documents"] for pg in d["pages"]}:
            listed = {pg["page"] for d in exp["documents"] for pg in d["pages"] if pg["file"] == rel}
            unlisted = set(range(1, len(readers[rel].pages) + 1)) - listed
            for n in unlisted:  # only fax covers and blank backs go unlisted, and they carry no text layer
                if readers[rel].pages[n - 1].extract_text().replace(SYNTH, "").strip():
                    problems.append(f"{name}: unlisted page {rel}#{n} has a text layer")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bn1 ..)")
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
