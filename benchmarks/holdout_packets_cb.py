"""Holdout set cb (cb1..cb8): MILITARY AND DEFENSE HOUSEHOLDS, written BLIND to measure honestly how lossmit-docs
reads borrower mail in layouts it has never seen.

Written BLIND: from shared/spec (README, checklist.md, case-report.schema.json, form710.md, domain-rules.md),
shared/samples (the packets, their expected.json and README), shared/reference/README.md and the blank Form 710 it
names, tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py
(the scaffold: signatures, scan noise, invariant reportlab output, expected.json, --check) and only the module
docstrings of the other holdout_packets_*.py files. Never the service's code, rules, data files or tests, its README
or its history; the service was not run on these packets.

    python benchmarks/holdout_packets_cb.py OUT_DIR [--seed N] [--check] [--only cb1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch, processed with `--received-on <received_on>`; received dates fall between 2051 and 2056.

THEME. Active-duty soldiers, airmen and sailors, a Marine's widow, a sailor just out of the Navy, a Guard sergeant
with a civilian job, DoD civilians and defense-contractor families: their pay papers, PCS orders, a casualty report,
a power of attorney signed before a deployment, and servicers near the bases whose own forms ask about military
status under the Servicemembers Civil Relief Act (SCRA).

APPLICATIONS
- The real Form 710 (April 2023): typed through its AcroForm and signed on screen by both spouses, military "Yes",
  "Sell the property" with a listing agent (cb1); the BLANK form printed, FILLED BY HAND in pen (script in the
  blanks, an X in each box), signed and dated, and FAXED at 200 dpi behind a copy shop's fax cover (cb3); typed
  and signed on screen by the CO-BORROWER ONLY, the borrower's signature and date left empty (cb8).
- Anchorline Mortgage Servicing, "MORTGAGE ASSISTANCE REQUEST AND SERVICEMEMBER STATUS" (form AMS-22, 3 pages): every
  field is a numbered QUESTION in plain words in a left column with a shaded YOUR ANSWER column on the right, parts
  A (loan and people), B (SCRA: on active duty? branch, date of orders, end of orders, dependent, surviving spouse,
  date of separation), C (hardship: date, duration boxes, ten reason boxes stacked in the answer cell), D (eight
  income questions "How much do you receive each month in ..." and a TOTAL), E (signature table with a power-of-
  attorney instruction). Typed, printed, signed and dated in ink (cb2); filled in pen and PHOTOGRAPHED, with the
  hardship date left blank while the separation date is written in part B (cb5); typed and signed on screen (cb7).
- Palisade Point Mortgage Servicing, "HOMEOWNER RELIEF APPLICATION" (form PP-7M, 2 pages): COMB BOXES, one character
  to a box (loan number; LAST NAME / FIRST NAME / MI; SSN last 4; street, city, state, ZIP; dates as MM DD YYYY;
  amounts as dollar boxes, a printed point and two cent boxes), beside a grey INSTRUCTION RAIL; section 5 MILITARY
  STATUS (SCRA) asks active duty, branch, date of orders, orders end, deployed, signing under a power of attorney.
  Filled in pen in block capitals, signed for the deployed borrower "by ..., attorney-in-fact" and by the wife for
  herself, colour-scanned (cb4); typed, printed, signed and dated in pen, colour-scanned (cb6).

PAPERS
- DFAS-style military LEAVE AND EARNINGS STATEMENT, landscape: title bar, ID row of numbered boxes (ID, NAME (LAST,
  FIRST, MI), SOC. SEC. NO. as XXX-XX-nnnn, GRADE, PAY DATE, YRS SVC, ETS, BRANCH, ADSN/DSSN, PERIOD COVERED
  "1-31 MAR 51"), ENTITLEMENTS / DEDUCTIONS / ALLOTMENTS columns lettered A..M in Courier without thousands
  separators (BASE PAY, BAS, BAH, SPECIAL DUTY PAY / HOSTILE FIRE PAY / SEA PAY / FAMILY SEP ALLOW), a SUMMARY column
  (+AMT FWD, +TOT ENT, -TOT DED, -TOT ALMT, =NET AMT, -CR FWD, =EOM PAY), LEAVE, FED / FICA / STATE TAX, ADDITIONAL PAY
  DATA and TSP bands, REMARKS opening "YTD ENTITLE ... YTD DEDUCT ..." and giving the end-of-month deposit date. As on
  the real statement the PAY DATE box is the pay entry base date (YYMMDD), not the pay date. Truth: employer "Defense
  Finance and Accounting Service" (the only organisation printed), the name in natural order, pay date = the deposit
  date in the remarks, period = the month, frequency monthly, gross = TOT ENT, year to date = YTD ENTITLE, net = NET
  AMT (the member takes end-of-month pay only). Born-digital downloads (cb1, cb8); printed on A4 and scanned at
  200 dpi at a deployed location (cb4, combat-zone tax exclusion: federal tax 0.00).
- DoD civilian bi-weekly "CIVILIAN EARNINGS AND LEAVE STATEMENT" (DEPARTMENT OF THE NAVY): PAY PERIOD ENDING, PAY DATE,
  PP NO. / FREQUENCY, grade, hourly rate, masked SSN, EARNINGS (REGULAR, OVERTIME) and DEDUCTIONS (FEDERAL TAX, STATE
  TAX, OASDI, MEDICARE, FERS-FRAE, TSP, FEHB, FEGLI) with CURRENT / YEAR TO DATE, a totals box, leave hours. Only the
  period's end is printed: the truth's period start is 13 days before it.
- An Army National Guard "INACTIVE DUTY TRAINING (DRILL) PAY STATEMENT" (Kansas Army National Guard, USPFO): the drill
  dates with unit training assemblies paid at a rate per assembly, CURRENT / YEAR TO DATE, monthly (drill month).
- Defense contractors' "Earnings Statement" (Tamsin Aerostructures weekly, Corvane Defense Systems semi-monthly,
  Halverd Maritime Systems bi-weekly): a band of period cells, a two-by-two grid of EARNINGS / TAXES / PRE-TAX /
  AFTER-TAX panels with Current and YTD, a LABOR DISTRIBUTION table of hours by contract charge number, a summary bar.
- Bulwark Federal Credit Union two-page statement: a one-row summary table (Previous Balance, Deposits (n),
  Withdrawals (n), Dividends, Ending Balance), TRANS DATE / DESCRIPTION / AMOUNT / BALANCE, withdrawals in brackets.
- Army PCS ORDERS (military_pcs_orders: order number, "You are reassigned as shown. Permanent change of station",
  gaining and losing unit, report no later than); a DD Form 1300-style REPORT OF CASUALTY (numbered blocks, status
  DECEASED, date and place, certified: a careful reader takes it as the official death record, death_certificate);
  the Marine Corps casualty assistance officer's covering letter (other: no amounts); VA's Dependency and Indemnity
  Compensation award (benefit_award_letter, non-taxable, the monthly total incl. children); DFAS's SBP "ANNUITY
  ACCOUNT ESTABLISHMENT NOTICE" (benefit_award_letter, taxable, gross monthly annuity); a one-page SPECIAL POWER OF
  ATTORNEY from a base legal office, notarised under 10 U.S.C. 1044a (other); a DD-214 (other); state statements
  of weekly benefit amount for UI and UCX (unemployment_benefit_letter); a contractor's signed NOTICE OF TRANSFER with
  the relocation allowance, acknowledged by the employee (employer_relocation_letter); typed hardship letters (signed
  in ink when printed, unsigned when e-mailed); a QR-code "LOAN <n>" batch separator and a fax cover (no document).

PACKETS (status by checklist.md on received_on; every income paper is at least 5 days clear of the 90-day edge)
- cb1 COMPLETE 2051-04-14, a folder named after the loan: Form 710 on screen (relocation on PCS orders; wages = the
  LES total entitlements), LES for February and March (born-digital), the orders (300 dpi grey scan), an unsigned
  letter. Wages by a fresh LES with YTD; relocation by the PCS orders.
- cb2 INCOMPLETE income_doc:wages 2052-07-08, ONE 300 dpi grey scan behind the QR separator: AMS-22 typed and signed
  in ink by a Navy civilian pipefitter whose overtime ended (reduction in income), his signed letter, his two civilian
  statements paid 03/08 and 03/22/2052 (more than 90 days old) and ONE bank statement (two are needed).
- cb3 COMPLETE 2053-02-17, ONE 200 dpi fax behind a cover sheet: the hand-filled Form 710 of a Marine's widow (death;
  SBP annuity taxable, DIC non-taxable), her signed letter, the casualty officer's letter, the report of casualty,
  the DIC award and the SBP notice. Death documented by the report of casualty; both benefits by fresh award papers.
- cb4 COMPLETE 2053-09-23, loose files "<loan> ...": PP-7M in pen (colour scan), the wife signing for herself and for
  her deployed husband under the power of attorney (signed: true), the POA (grey scan), his July LES and his signed
  letter on A4 from overseas, her Texas UI letter (born-digital). Wages by the fresh LES; unemployment needs nothing.
- cb5 INCOMPLETE application_field:hardship_start_date 2054-05-12, a folder of phone photos IMG_22nn.pdf: AMS-22 in pen
  by a sailor separated at the end of his enlistment (unemployment, UCX) and his wife, the hardship date BLANK (the
  separation date in part B is not an answer to it), his DD-214, the UCX letter, and her civilian statement
  (born-digital, fresh, so wages are documented).
- cb6 COMPLETE 2055-03-10, ONE 240 dpi colour scan "<Surname> <loan>.pdf", no separator: PP-7M typed and signed in pen
  by a Guard sergeant whose plant cut hours (reduction in income; wages = weekly civilian pay + drill pay a month),
  two weekly contractor stubs, his February drill pay statement, his signed letter.
- cb7 INCOMPLETE irs_form_4506c 2055-10-21, loose files "Greer_<loan>_...": AMS-22 on screen by a defense engineer and
  his wife transferred to Colorado Springs who rent out the Huntsville house (investment property; wages and rental
  income), two semi-monthly stubs, the signed transfer letter (grey scan), two consecutive fresh credit-union
  statements showing the rent, their letter - rental income is claimed and no signed IRS Form 4506-C was sent.
- cb8 INCOMPLETE application_signature 2056-07-17, loose files "Whitlock_<loan>_n.pdf": Form 710 on screen signed and
  dated by the co-borrower only while her husband is at sea (signed false, co_borrower_signed true), his June LES,
  her two bi-weekly stubs (reduction in income), her unsigned letter.

Expected status and missing codes are not written by hand: `codes_from` applies shared/spec/checklist.md to each
expected.json's own application and documents, and the build fails when they differ from the packet's scenario. At
build time every truth value of a document (names, amounts, dates) must be found in the text printed or written on
its pages (allowing 06/30/2056, 30 JUN 56, June 30, 2056, 1,234.56 / 1234.56, "LAST, FIRST MI"). `--check` then
validates every expected.json: the case report it implies against case-report.schema.json, the codes recomputed
under both readings of "two most recent bank statements", keys and field names per document type, ISO dates,
income lines adding to the total, freshness margins, statements chaining their balances, every listed page existing
once, every page of every file belonging to a document or a cover/separator sheet, `scanned` matching the absence of
a text layer. Same seed, same bytes: reportlab runs in invariant mode, noise and signatures are seeded, pypdf output
carries fixed identifiers. All people, employers, banks, units and servicers are fictional; SSNs use the 900-999
area and are printed masked or as last four digits; every page carries a faint "synthetic test document" line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
import json
import logging
import math
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
SCHEMA = SHARED / "spec" / "case-report.schema.json"
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
CAPS_FONT = FONT_DIR / "dejavu/DejaVuSansCondensed.ttf"
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
FIELD_KEYS = {
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                 "gross_current", "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
    "unemployment_benefit_letter": {"letter_date", "benefit_type"},
    "hardship_letter": {"letter_date"},
    "employer_relocation_letter": {"letter_date"},
    "irs_form_4506c": {"signed", "signed_on"},
}
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def money(v: float) -> str:
    return f"{v:,.2f}"


def plain(v: float) -> str:
    """An amount as the DFAS grids print it: no thousands separator."""
    return f"{v:.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def mdy2(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def mil(d: dt.date, full_year: bool = False) -> str:
    """01 APR 53 (or 01 APR 2053): the military's day-month-year."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year if full_year else d.strftime('%y')}"


def yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


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


# --- marks: what a person adds by hand ---------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand or on screen. kind: "sig" (a scrawled signature), "hand" (slanted handwriting),
    "caps" (block capitals, one per comb box when pitch > 0), "x" (a hand-drawn X in a box of w points) or
    "typed" (typed on screen into the PDF). x, y: PDF points from the page's bottom-left (baseline start)."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 12.0
    seed: int = 1
    pitch: float = 0.0


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
    """Marks made on a screen: signatures drawn with a mouse or finger, everything else typed."""
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        elif m.kind == "x":
            c.setFont("Helvetica-Bold", m.w)
            c.drawCentredString(m.x + m.w / 2, m.y + 1, "X")
        elif m.pitch:
            c.setFont("Courier", 10)
            for i, ch in enumerate(m.text):
                c.drawCentredString(m.x + m.pitch * (i + 0.5), m.y, ch)
        else:
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True, creator: str = "holdout_packets_cb") -> bytes:
    """The born-digital PDF of a paper; marks added on screen when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def paper_marks(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """The printed sheet (no marks) and, per page, the marks to be added in ink before scanning."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def pdf_text(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


# --- scanning, faxing and photographing -------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How paper became an image: "grey" (a flatbed or copier, JPEG), "fax" (black and white), "colour" (a
    colour scan on tinted paper, JPEG) or "photo" (a phone picture of the sheet lying on a table)."""

    mode: str = "grey"
    dpi: int = 300
    tilt: float = 0.3
    blur: float = 0.5
    noise: float = 0.0005
    tint: tuple[int, int, int] = (247, 245, 238)


INK_GREY = 38
INK_BLUE = (24, 40, 130)


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    """Write the marks in ink on a rendered page (blue ink on a colour image, dark grey otherwise)."""
    ink: Any = INK_BLUE if img.mode == "RGB" else INK_GREY
    draw = ImageDraw.Draw(img)
    for m in marks:
        rng = random.Random(m.seed)
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=ink, width=width, joint="curve")
        elif m.kind == "x":
            width = max(2, round(1.2 * scale))
            for (x0, y0), (x1, y1) in (((0.1, 0.1), (0.9, 0.95)), ((0.12, 0.9), (0.88, 0.08))):
                j = [rng.uniform(-0.08, 0.08) * m.w for _ in range(4)]
                draw.line([((m.x + x0 * m.w + j[0]) * scale, (page_h - m.y - y0 * m.w + j[1]) * scale),
                           ((m.x + x1 * m.w + j[2]) * scale, (page_h - m.y - y1 * m.w + j[3]) * scale)],
                          fill=ink, width=width)
        elif m.kind == "caps":
            font = _font(CAPS_FONT, round(m.size * scale))
            x = m.x * scale
            for i, ch in enumerate(m.text.upper()):
                dy = rng.uniform(-0.7, 0.7) * scale
                if m.pitch:
                    cx = (m.x + m.pitch * (i + 0.5) + rng.uniform(-0.6, 0.6)) * scale
                    draw.text((cx, (page_h - m.y) * scale + dy), ch, fill=ink, font=font, anchor="ms")
                else:
                    draw.text((x, (page_h - m.y) * scale + dy), ch, fill=ink, font=font, anchor="ls")
                    x += font.getlength(ch) * rng.uniform(1.0, 1.12)
        else:
            font = _font(HAND_FONT, round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=ink, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)


def speckle(img: Image.Image, amount: float, rng: random.Random) -> None:
    px = img.load()
    wd, ht = img.size
    dark: Any = (70, 70, 70) if img.mode == "RGB" else 60
    light: Any = (235, 235, 235) if img.mode == "RGB" else 230
    for _ in range(int(wd * ht * amount)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        v = px[x, y]
        px[x, y] = dark if (v[0] if isinstance(v, tuple) else v) > 128 else light


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    fill: Any = (255, 255, 255) if img.mode == "RGB" else 255
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=fill)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if style.mode == "grey":
        out = out.point(lambda v: int(18 + v * 0.91))
    elif style.mode == "colour":
        bands = [b.point(lambda v, t=t: int(v * t / 255)) for b, t in zip(out.split(), style.tint, strict=True)]
        out = Image.merge("RGB", bands)
        shade = Image.linear_gradient("L").resize(out.size).point(lambda v: 255 - int(v * 0.10))
        out = Image.composite(out, Image.new("RGB", out.size, (0, 0, 0)), shade)
    speckle(out, style.noise, rng)
    if style.mode == "fax":
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination for the small perspective system."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    rows: list[list[float]] = []
    rhs: list[float] = []
    for (xd, yd), (xs, ys) in zip(dst, src, strict=True):
        rows.append([xd, yd, 1, 0, 0, 0, -xd * xs, -yd * xs])
        rhs.append(xs)
        rows.append([0, 0, 0, xd, yd, 1, -xd * ys, -yd * ys])
        rhs.append(ys)
    return _solve(rows, rhs)


def photograph(sheet: Image.Image, seed: int) -> Image.Image:
    """The sheet lying on a wooden table, photographed a little from the side, one corner in shadow."""
    rng = random.Random(seed)
    w, h = sheet.size
    cw, ch = int(w * 1.16), int(h * 1.12)
    table = Image.new("RGB", (cw, ch), (128, 92, 60))
    draw = ImageDraw.Draw(table)
    for x in range(0, cw, 3):  # wood grain
        tone = rng.randint(-14, 14)
        draw.line([(x, 0), (x + rng.randint(-20, 20), ch)], fill=(128 + tone, 92 + tone, 60 + tone // 2), width=3)
    table = table.filter(ImageFilter.GaussianBlur(2))
    mx, my = (cw - w) / 2, (ch - h) / 2
    ang = math.radians(rng.uniform(1.0, 3.0) * rng.choice((-1, 1)))
    cx, cy = cw / 2, ch / 2
    corners = [(mx, my), (mx + w, my), (mx + w, my + h), (mx, my + h)]
    squeeze = rng.uniform(0.015, 0.03) * w  # seen a little from the side: the far edge is narrower

    def place(i: int, x: float, y: float) -> tuple[float, float]:
        if i in (0, 1):
            x += squeeze if i == 0 else -squeeze
        x, y = x + rng.uniform(-4, 4), y + rng.uniform(-4, 4)
        dx, dy = x - cx, y - cy
        return cx + dx * math.cos(ang) - dy * math.sin(ang), cy + dx * math.sin(ang) + dy * math.cos(ang)

    dst = [place(i, x, y) for i, (x, y) in enumerate(corners)]
    coeffs = perspective_coeffs(dst, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = sheet.transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR,
                             fillcolor=(0, 0, 0))
    mask = Image.new("L", sheet.size, 255).transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs,
                                                     Image.Resampling.BILINEAR, fillcolor=0)
    shadow = mask.filter(ImageFilter.GaussianBlur(12)).point(lambda v: int(v * 0.45))
    base = Image.composite(Image.new("RGB", (cw, ch), (40, 28, 18)), table, shadow)
    out = Image.composite(warped, base, mask)
    light = Image.linear_gradient("L").resize((1024, 1024)).rotate(rng.choice((35, 145, 215, 325)),
                                                                   resample=Image.Resampling.BILINEAR)
    light = ImageOps.autocontrast(light.crop((307, 307, 717, 717))).resize((cw, ch))
    light = light.point(lambda v: 255 - int(v * 0.28))
    out = Image.composite(out, Image.new("RGB", (cw, ch), (18, 14, 10)), light)
    corner = Image.new("L", (cw, ch), 0)
    ImageDraw.Draw(corner).polygon([(0, 0), (cw * 0.42, 0), (0, ch * 0.3)], fill=120)
    corner = corner.filter(ImageFilter.GaussianBlur(60))
    out = Image.composite(Image.new("RGB", (cw, ch), (30, 24, 20)), out, corner)
    return out.filter(ImageFilter.GaussianBlur(0.7))


def render_pages(pdf: bytes, dpi: int, colour: bool) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as an image at dpi (RGB or grey), with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72, grayscale=not colour, may_draw_forms=True)
            out.append((bitmap.to_pil().convert("RGB" if colour else "L"), page.get_height()))
        return out
    finally:
        doc.close()


@dataclass
class ScannedPage:
    image: Image.Image
    size: tuple[float, float]  # points


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int) -> list[ScannedPage]:
    """Print a PDF, add the ink marks of each page, and scan (or photograph) the sheets."""
    colour = style.mode in ("colour", "photo")
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi, colour)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        out = photograph(img, seed * 31 + i) if style.mode == "photo" else degrade(img, style, seed * 31 + i)
        sheets.append(ScannedPage(out, (out.size[0] * 72 / style.dpi, out.size[1] * 72 / style.dpi)))
    return sheets


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF (JPEG pages; PNG for a fax)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.mode == "fax":
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=80 if style.mode in ("colour", "photo") else 78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_cb"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


@dataclass
class Printed:
    """A paper as it left the printer: the PDF, the ink marks per page and the text it carries (for the
    build-time check that every truth value is printed on its pages)."""

    pdf: bytes
    marks: list[list[Mark]]

    @property
    def text(self) -> str:
        hand = " ".join(m.text for page in self.marks for m in page if m.text)
        return "\n".join(pdf_text(self.pdf)) + "\n" + hand


def printed(paper: Paper) -> Printed:
    pdf, marks = paper_marks(paper)
    return Printed(pdf, marks)


def scan_printed(p: Printed, style: Scan, seed: int) -> list[ScannedPage]:
    return scan_sheets(p.pdf, p.marks, style, seed)


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, pay_date: dt.date, start: dt.date, end: dt.date, frequency: str,
                gross: float, ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": r2(gross), "gross_ytd": None if ytd is None else r2(ytd), "net_current": r2(net),
            "monthly_gross": r2(gross * PERIODS[frequency] / 12)}


def box(c: Canvas, x: float, y: float, w: float, h: float, caption: str, value: str = "", cap: float = 5.5,
        font: tuple[str, float] = ("Courier", 8), align: str = "left") -> None:
    """A ruled box with a small caption at its top-left and the value near its foot."""
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica", cap)
    c.drawString(x + 2, y + h - cap - 1.5, caption)
    c.setFont(*font)
    if align == "right":
        c.drawRightString(x + w - 3, y + 3.5, value)
    elif align == "center":
        c.drawCentredString(x + w / 2, y + 3.5, value)
    else:
        c.drawString(x + 3, y + 3.5, value)


@dataclass
class Member:
    """A service member as the pay system knows him."""

    last_first: str  # TILLMAN, MARCUS D
    name: str  # the natural order the truth writes
    ssn: str
    grade: str
    branch: str
    adsn: str
    pebd: dt.date
    ets: dt.date
    bah_zip: str
    fed_rate: float
    state: str
    state_rate: float


LES_NONTAX = {"BAS", "BAH", "FAMILY SEP ALLOW", "OHA", "COLA"}


def eom_payday(year: int, month: int) -> dt.date:
    """End-of-month pay: the 1st of the next month, the business day before it when that is a weekend."""
    d = dt.date(year + (month == 12), month % 12 + 1, 1)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def les_month(m: Member, ents: list[tuple[str, float]], combat_zone: bool) -> dict[str, Any]:
    base = dict(ents).get("BASE PAY", 0.0)
    fica_wage = r2(sum(a for k, a in ents if k not in LES_NONTAX))
    tsp = r2(base * 0.05)
    taxable = 0.0 if combat_zone else r2(fica_wage - tsp)
    ded = [("FEDERAL TAXES", r2(taxable * m.fed_rate)), ("FICA-SOC SECURITY", r2(fica_wage * 0.062)),
           ("FICA-MEDICARE", r2(fica_wage * 0.0145))]
    if m.state_rate:
        ded.append(("STATE TAXES", r2(taxable * m.state_rate)))
    ded += [("SGLI", 33.00), ("AFRH", 0.50), ("TRICARE DENTAL", 31.64), ("TSP", tsp)]
    return {"ents": ents, "ded": ded, "tot_ent": r2(sum(a for _, a in ents)), "tot_ded": r2(sum(a for _, a in ded)),
            "taxable": taxable, "fica": fica_wage}


def les(m: Member, year: int, month: int, ents_of: Callable[[int], list[tuple[str, float]]],
        allots: Sequence[tuple[str, float]], size: tuple[float, float] = landscape(letter),
        cz_from: int = 13, remarks: Sequence[str] = ()) -> Stub:
    """A DFAS-style military LEAVE AND EARNINGS STATEMENT for one month, end-of-month pay only: the dense boxed
    grid (ID row, ENTITLEMENTS / DEDUCTIONS / ALLOTMENTS / SUMMARY, leave and tax bands, remarks). PAY DATE is
    the pay entry base date (YYMMDD), as on the real statement; the deposit date is in the remarks."""
    months = [les_month(m, ents_of(mo), mo >= cz_from) for mo in range(1, month + 1)]
    cur = months[-1]
    tot_almt = r2(sum(a for _, a in allots))
    net = r2(cur["tot_ent"] - cur["tot_ded"] - tot_almt)
    ytd_ent = r2(sum(x["tot_ent"] for x in months))
    ytd_ded = r2(sum(x["tot_ded"] for x in months))
    start, end = month_bounds(year, month)
    payday = eom_payday(year, month)
    yrs = (end - m.pebd).days // 365
    pw, ph = size

    def page(c: Canvas) -> list[Mark]:
        x0, uw = 28.0, pw - 56
        c.setLineWidth(0.9)
        c.rect(x0, ph - 50, uw, 20, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawCentredString(pw / 2, ph - 43.5, "DEFENSE FINANCE AND ACCOUNTING SERVICE MILITARY LEAVE AND EARNINGS "
                                               "STATEMENT")
        cols = [("1 ID", "LES", 0.045), ("2 NAME (LAST, FIRST, MI)", m.last_first, 0.2),
                ("3 SOC. SEC. NO.", "XXX-XX-" + m.ssn[-4:], 0.1), ("4 GRADE", m.grade, 0.055),
                ("5 PAY DATE", yymmdd(m.pebd), 0.07), ("6 YRS SVC", f"{yrs:02d}", 0.055),
                ("7 ETS", yymmdd(m.ets), 0.07), ("8 BRANCH", m.branch, 0.07), ("9 ADSN/DSSN", m.adsn, 0.075),
                ("10 PERIOD COVERED", f"1-{end.day} {MONTHS[month - 1]} {end.strftime('%y')}", 0.26)]
        x = x0
        for cap, val, frac in cols:
            box(c, x, ph - 78, uw * frac, 24, cap, val)
            x += uw * frac
        # the grid
        top = ph - 84
        widths = [0.255, 0.255, 0.22, 0.27]
        heads = ["11 ENTITLEMENTS", "12 DEDUCTIONS", "13 ALLOTMENTS", "14 SUMMARY"]
        rows = 13
        rh = 11.0
        grid_h = 24 + rows * rh + 13
        x = x0
        colx = []
        for frac, head in zip(widths, heads, strict=True):
            w = uw * frac
            colx.append((x, w))
            c.rect(x, top - grid_h, w, grid_h, stroke=1, fill=0)
            c.setFillGray(0.88)
            c.rect(x, top - 12, w, 12, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(x + w / 2, top - 9, head)
            c.setFont("Helvetica", 6)
            if head != "14 SUMMARY":
                c.drawString(x + 14, top - 21, "TYPE")
                c.drawRightString(x + w - 4, top - 21, "AMOUNT")
            x += w
        lists = [cur["ents"], cur["ded"], list(allots)]
        totals = [cur["tot_ent"], cur["tot_ded"], tot_almt]
        for (cx, cw), items, total in zip(colx[:3], lists, totals, strict=True):
            for i in range(rows):
                y = top - 24 - (i + 1) * rh + 3
                c.setFont("Helvetica", 6)
                c.drawString(cx + 3, y, "ABCDEFGHIJKLMNO"[i])
                if i < len(items):
                    c.setFont("Courier", 8)
                    c.drawString(cx + 14, y, items[i][0])
                    c.drawRightString(cx + cw - 4, y, plain(items[i][1]))
            c.line(cx, top - grid_h + 13, cx + cw, top - grid_h + 13)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(cx + 14, top - grid_h + 4, "TOTAL")
            c.setFont("Courier-Bold", 8)
            c.drawRightString(cx + cw - 4, top - grid_h + 4, plain(total))
        sx, sw = colx[3]
        summary = [("15 +AMT FWD", 0.0), ("16 +TOT ENT", cur["tot_ent"]), ("17 -TOT DED", cur["tot_ded"]),
                   ("18 -TOT ALMT", tot_almt), ("19 =NET AMT", net), ("20 -CR FWD", 0.0), ("21 =EOM PAY", net)]
        for i, (k, v) in enumerate(summary):
            y = top - 24 - (i + 1) * rh * 1.6 + 3
            c.setFont("Helvetica-Bold", 7)
            c.drawString(sx + 6, y, k)
            c.setFont("Courier-Bold", 8.5)
            c.drawRightString(sx + sw - 6, y, plain(v))
        c.setFont("Helvetica", 6)
        c.drawString(sx + 6, top - grid_h + 4, "22 DIEMS  23 RETPLAN")
        c.setFont("Courier", 7)
        c.drawRightString(sx + sw - 6, top - grid_h + 4, f"{m.pebd.strftime('%y%m')}  BRS")
        # leave and tax bands
        y = top - grid_h - 36
        ernd = 2.5 * ((month + 2) % 12 + 1)
        bf = 18.5
        used = 4.0 if month % 3 == 0 else 0.0
        band = [("24 BF BAL", f"{bf:.1f}", 0.06), ("25 ERND", f"{ernd:.1f}", 0.05), ("26 USED", f"{used:.1f}", 0.05),
                ("27 CR BAL", f"{bf + ernd - used:.1f}", 0.06), ("28 ETS BAL", f"{bf + ernd - used + 20:.1f}", 0.06),
                ("29 LV LOST", "0.0", 0.05), ("30 LV PAID", "0.0", 0.05), ("31 USE/LOSE", "0.0", 0.06),
                ("32 FED WAGE PERIOD", plain(cur["taxable"]), 0.1), ("33 WAGE YTD",
                                                                    plain(sum(x["taxable"] for x in months)), 0.1),
                ("34 M/S", "M", 0.04), ("35 EX", "03", 0.04), ("36 FED TAX YTD",
                                                              plain(sum(x["ded"][0][1] for x in months)), 0.08),
                ("37 FICA WAGE PERIOD", plain(cur["fica"]), 0.09), ("38 SOC TAX YTD",
                                                                   plain(sum(x["ded"][1][1] for x in months)), 0.09)]
        x = x0
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(x0, y + 26, "LEAVE")
        c.drawString(x0 + uw * 0.44, y + 26, "FED TAXES")
        c.drawString(x0 + uw * 0.82, y + 26, "FICA TAXES")
        for cap, val, frac in band:
            box(c, x, y, uw * frac, 22, cap, val, cap=5)
            x += uw * frac
        y -= 34
        st_tax_ytd = sum(x["ded"][3][1] for x in months) if m.state_rate else 0.0
        band2 = [("39 ST", m.state, 0.04), ("40 ST WAGE PERIOD", plain(cur["taxable"]), 0.1),
                 ("41 ST TAX YTD", plain(st_tax_ytd), 0.08), ("42 BAH TYPE", "W/DEP", 0.07),
                 ("43 BAH DEPN", "K", 0.06), ("44 BAH ZIP", m.bah_zip, 0.07), ("45 JFTR", "", 0.05),
                 ("46 DEPNS", "3", 0.05), ("47 BAS TYPE", "", 0.06), ("48 TSP BASE PAY RATE", "5%", 0.1),
                 ("49 TSP YTD DEDUCTION", plain(sum(x["ded"][-1][1] for x in months)), 0.12),
                 ("50 TSP EXEMPT", "0.00", 0.2)]
        x = x0
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(x0, y + 26, "STATE TAXES")
        c.drawString(x0 + uw * 0.22, y + 26, "ADDITIONAL PAY DATA")
        c.drawString(x0 + uw * 0.63, y + 26, "TSP")
        for cap, val, frac in band2:
            box(c, x, y, uw * frac, 22, cap, val, cap=5)
            x += uw * frac
        # remarks
        rtop = y - 10
        c.rect(x0, 40, uw, rtop - 40, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(x0 + 3, rtop - 9, "51 REMARKS:")
        c.setFont("Courier", 8)
        lines = [f"YTD ENTITLE {plain(ytd_ent)}     YTD DEDUCT {plain(ytd_ded)}",
                 "MEMBER ELECTED END-OF-MONTH PAY ONLY.",
                 f"EOM PAY OF {plain(net)} DIRECT DEPOSITED ON {mil(payday)} TO ACCOUNT ENDING {m.ssn[-3:]}7.",
                 *remarks]
        yy = rtop - 20
        for ln in lines:
            c.drawString(x0 + 8, yy, ln)
            yy -= 10
        c.setFont("Helvetica", 5.5)
        c.drawString(x0, 30, "DFAS FORM 702, JAN 02  -  RETAIN THIS STATEMENT FOR YOUR RECORDS")
        return []

    fields = stub_fields("Defense Finance and Accounting Service", m.name, payday, start, end, "monthly",
                         cur["tot_ent"], ytd_ent, net)
    return Stub(Paper([page], size), fields, payday)


# --- a DoD civilian's bi-weekly statement -------------------------------------------------------------------


@dataclass
class CivJob:
    agency: str  # Department of the Navy (printed in capitals)
    employee: str
    last_first: str
    ssn: str
    plan: str  # WG-10-04
    org: str
    station: str
    rate: float
    fed_rate: float
    state: str
    state_rate: float
    fehb: float
    fegli: float
    tsp_pct: float = 0.05


def biweekly_ppes(year: int, upto: dt.date) -> list[dt.date]:
    """Pay period ending Saturdays whose pay day (the following Friday) falls in the year, up to `upto`."""
    d = dt.date(year - 1, 12, 1)
    while d.weekday() != 5:
        d += dt.timedelta(days=1)
    anchor = dt.date(2050, 1, 8)  # a Saturday: every federal pay period in these sets ends 14k days from it
    d += dt.timedelta(days=(anchor - d).days % 14)
    out = []
    while d <= upto:
        if (d + dt.timedelta(days=6)).year == year:
            out.append(d)
        d += dt.timedelta(days=14)
    return out


def civ_statement(job: CivJob, ppe: dt.date, ot_hours: Callable[[dt.date], float]) -> Stub:
    """A DoD civilian's bi-weekly earnings and leave statement: PAY PERIOD ENDING, CURRENT / YEAR TO DATE."""
    ppes = biweekly_ppes((ppe + dt.timedelta(days=6)).year, ppe)
    assert ppes and ppes[-1] == ppe, (ppe, ppes[-3:])

    def check(d: dt.date) -> dict[str, Any]:
        ot = ot_hours(d)
        earn = [("REGULAR", 80.0, job.rate, r2(80 * job.rate))]
        if ot:
            earn.append(("OVERTIME", ot, r2(job.rate * 1.5), r2(ot * job.rate * 1.5)))
        gross = r2(sum(e[3] for e in earn))
        tsp = r2(gross * job.tsp_pct)
        ded = [("FEDERAL TAX", r2((gross - tsp - job.fehb) * job.fed_rate))]
        if job.state_rate:
            ded.append((f"STATE TAX {job.state}", r2((gross - tsp - job.fehb) * job.state_rate)))
        ded += [("OASDI", r2(gross * 0.062)), ("MEDICARE", r2(gross * 0.0145)), ("FERS-FRAE", r2(gross * 0.044)),
                ("TSP", tsp), ("FEHB", job.fehb), ("FEGLI", job.fegli)]
        return {"earn": earn, "ded": ded, "gross": gross, "net": r2(gross - sum(x[1] for x in ded))}

    checks = [check(d) for d in ppes]
    cur = checks[-1]
    ytd_earn: dict[str, float] = {}
    ytd_ded: dict[str, float] = {}
    for ch in checks:
        for e in ch["earn"]:
            ytd_earn[e[0]] = r2(ytd_earn.get(e[0], 0.0) + e[3])
        for k, v in ch["ded"]:
            ytd_ded[k] = r2(ytd_ded.get(k, 0.0) + v)
    ytd_gross = r2(sum(ch["gross"] for ch in checks))
    ytd_net = r2(sum(ch["net"] for ch in checks))
    pay = ppe + dt.timedelta(days=6)
    start = ppe - dt.timedelta(days=13)
    pp_no = len(ppes)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawString(40, 748, job.agency.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 737, "Civilian Pay  -  paid through the Defense Civilian Pay System")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 748, "CIVILIAN EARNINGS AND LEAVE STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 737, "NON-NEGOTIABLE  -  RETAIN FOR YOUR RECORDS")
        c.setLineWidth(1.4)
        c.line(40, 730, 572, 730)
        row1 = [("PAY PERIOD ENDING", mdy2(ppe), 100), ("PAY DATE", mdy2(pay), 80), ("PP NO. / FREQUENCY",
                                                                                       f"{pp_no:02d} / BI-WEEKLY", 112),
                ("PAY PLAN-GRADE-STEP", job.plan, 100), ("HOURLY RATE", f"{job.rate:.2f}", 70),
                ("SSN", "XXX-XX-" + job.ssn[-4:], 70)]
        row2 = [("EMPLOYEE NAME", job.last_first, 220), ("ORGANIZATION CODE", job.org, 110),
                ("DUTY STATION", job.station, 202)]
        x = 40.0
        for cap, val, w in row1:
            box(c, x, 700, w, 24, cap, val, cap=5.5, font=("Courier-Bold", 9))
            x += w
        x = 40.0
        for cap, val, w in row2:
            box(c, x, 676, w, 24, cap, val, cap=5.5, font=("Courier-Bold", 9))
            x += w
        # earnings
        y = 652
        c.setFillGray(0.86)
        c.rect(40, y, 532, 13, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y + 3.5, "EARNINGS")
        for xx, t in ((260, "HOURS"), (330, "RATE"), (450, "CURRENT"), (568, "YEAR TO DATE")):
            c.drawRightString(xx, y + 3.5, t)
        y -= 13
        c.setFont("Courier", 9)
        names = [e[0] for e in cur["earn"]] + [k for k in ytd_earn if k not in {e[0] for e in cur["earn"]}]
        for k in names:
            e = next((e for e in cur["earn"] if e[0] == k), None)
            c.drawString(44, y, k)
            if e:
                c.drawRightString(260, y, f"{e[1]:.2f}")
                c.drawRightString(330, y, f"{e[2]:.2f}")
                c.drawRightString(450, y, money(e[3]))
            c.drawRightString(568, y, money(ytd_earn[k]))
            y -= 12
        y -= 8
        c.setFillGray(0.86)
        c.rect(40, y, 532, 13, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y + 3.5, "DEDUCTIONS")
        c.drawRightString(450, y + 3.5, "CURRENT")
        c.drawRightString(568, y + 3.5, "YEAR TO DATE")
        y -= 13
        c.setFont("Courier", 9)
        for k, v in cur["ded"]:
            c.drawString(44, y, k)
            c.drawRightString(450, y, money(v))
            c.drawRightString(568, y, money(ytd_ded[k]))
            y -= 12
        # totals
        y -= 14
        c.setLineWidth(0.8)
        c.rect(300, y - 52, 272, 62, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(476, y, "CURRENT")
        c.drawRightString(566, y, "YEAR TO DATE")
        tot = [("GROSS PAY", cur["gross"], ytd_gross), ("TOTAL DEDUCTIONS", r2(cur["gross"] - cur["net"]),
                                                         r2(ytd_gross - ytd_net)), ("NET PAY", cur["net"], ytd_net)]
        yy = y - 14
        for k, a, b in tot:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(306, yy, k)
            c.setFont("Courier-Bold", 9.5)
            c.drawRightString(476, yy, money(a))
            c.drawRightString(566, yy, money(b))
            yy -= 14
        # leave
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "LEAVE STATUS (HOURS)")
        heads = ["TYPE", "BEGIN BAL", "EARNED", "USED", "END BAL"]
        data = [["ANNUAL", "112.00", "6.00", "8.00", "110.00"], ["SICK", "296.00", "4.00", "0.00", "300.00"]]
        for i, hd in enumerate(heads):
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(40 + i * 50, y - 14, hd)
            for j, row in enumerate(data):
                c.setFont("Courier", 8)
                c.drawString(40 + i * 50, y - 26 - j * 11, row[i])
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 74, f"REMARKS: NET PAY DEPOSITED {mdy2(pay)} TO CHECKING ACCOUNT ENDING "
                                 f"{job.ssn[-2:]}41. FEDERAL LEAVE YEAR {pay.year}.")
        return []

    fields = stub_fields(job.agency, job.employee, pay, start, ppe, "biweekly",
                         cur["gross"], ytd_gross, cur["net"])
    return Stub(Paper([page]), fields, pay)


# --- a Guard member's drill pay ------------------------------------------------------------------------------


def drill_statement(state: str, usfpo_city: str, soldier: str, last_first: str, ssn: str, grade: str, unit: str,
                    year: int, month: int, rate: float, drills_of: Callable[[int], list[tuple[dt.date, str, int]]],
                    fed_rate: float, state_rate: float) -> Stub:
    """An Army National Guard INACTIVE DUTY TRAINING (drill) pay statement for one drill month: the drill
    dates with the unit training assemblies paid, then CURRENT and YEAR TO DATE columns."""

    def month_pay(mo: int) -> dict[str, Any]:
        drills = drills_of(mo)
        gross = r2(sum(n * rate for _, _, n in drills))
        ded = [("Federal income tax", r2(gross * fed_rate)), ("FICA - Social Security", r2(gross * 0.062)),
               ("FICA - Medicare", r2(gross * 0.0145)), (f"State income tax ({state_abbr})", r2(gross * state_rate)),
               ("SGLI premium", 31.00)]
        return {"drills": drills, "gross": gross, "ded": ded, "net": r2(gross - sum(v for _, v in ded))}

    state_abbr = {"Kansas": "KS", "Missouri": "MO", "Nebraska": "NE"}[state]
    months = [month_pay(mo) for mo in range(1, month + 1) if drills_of(mo)]
    cur = months[-1]
    ytd_gross = r2(sum(x["gross"] for x in months))
    ytd_net = r2(sum(x["net"] for x in months))
    ytd_ded = {k: r2(sum(dict(x["ded"])[k] for x in months)) for k, _ in cur["ded"]}
    start, end = month_bounds(year, month)
    last_drill = max(d for d, _, _ in cur["drills"])
    pay = last_drill + dt.timedelta(days=10)
    while pay.weekday() >= 5:
        pay += dt.timedelta(days=1)
    employer = f"{state} Army National Guard"

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.2, 0.3, 0.18))
        c.rect(0, 742, W, 50, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(44, 766, employer.upper())
        c.setFont("Helvetica", 8.5)
        c.drawString(44, 752, f"United States Property and Fiscal Office for {state}  -  Military Pay Section, "
                              f"{usfpo_city}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawCentredString(W / 2, 716, "INACTIVE DUTY TRAINING (DRILL) PAY STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 704, "Unit training assemblies paid at 1/30 of monthly basic pay per assembly")
        info = [("SOLDIER (LAST, FIRST MI)", last_first), ("SSN", "XXX-XX-" + ssn[-4:]), ("GRADE", grade),
                ("UNIT OF ASSIGNMENT", unit), ("PERIOD COVERED", f"{mil(start)} - {mil(end)}"),
                ("PAY DATE", mil(pay)), ("PAY FREQUENCY", "MONTHLY (DRILL MONTH)"),
                ("RATE PER ASSEMBLY", f"${rate:,.2f}")]
        y = 676
        for i, (k, v) in enumerate(info):
            x = 44 if i % 2 == 0 else 318
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x, y + 10, k)
            c.setFont("Courier-Bold", 10)
            c.drawString(x, y, v)
            c.setLineWidth(0.3)
            c.line(x, y - 3, x + 250, y - 3)
            if i % 2 == 1:
                y -= 30
        y -= 6
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y, "DRILLS PERFORMED THIS PERIOD")
        y -= 16
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((44, "DATE"), (124, "ASSEMBLIES"), (230, "TYPE")):
            c.drawString(x, y, t)
        c.drawRightString(420, y, "NO. PAID")
        c.drawRightString(566, y, "AMOUNT")
        c.setLineWidth(0.6)
        c.line(44, y - 4, 568, y - 4)
        y -= 16
        c.setFont("Courier", 9)
        for d, kind, n in cur["drills"]:
            c.drawString(44, y, mil(d))
            c.drawString(124, y, kind)
            c.drawString(230, y, "MUTA" if n > 1 else "RMA")
            c.drawRightString(420, y, str(n))
            c.drawRightString(566, y, money(r2(n * rate)))
            y -= 13
        y -= 14
        c.setFillGray(0.9)
        c.rect(44, y - 4, 524, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "PAY AND DEDUCTIONS")
        c.drawRightString(470, y, "CURRENT")
        c.drawRightString(564, y, "YEAR TO DATE")
        y -= 17
        c.setFont("Courier", 9)
        c.drawString(48, y, "Drill pay (gross)")
        c.drawRightString(470, y, money(cur["gross"]))
        c.drawRightString(564, y, money(ytd_gross))
        y -= 13
        for k, v in cur["ded"]:
            c.drawString(48, y, k)
            c.drawRightString(470, y, money(v))
            c.drawRightString(564, y, money(ytd_ded[k]))
            y -= 13
        c.line(380, y + 8, 568, y + 8)
        c.setFont("Courier-Bold", 10)
        c.drawString(48, y - 4, "NET PAY")
        c.drawRightString(470, y - 4, money(cur["net"]))
        c.drawRightString(564, y - 4, money(ytd_net))
        c.setFont("Helvetica", 7.5)
        paragraphs(c, 44, y - 40, 520, [
            f"Drill pay for {MONTHS[month - 1]} {year} was deposited on {mil(pay)}. Annual training pay is paid on a "
            "separate statement. Questions: unit administrator or the USPFO military pay section.",
            "Year-to-date amounts include every drill month paid in the calendar year."], font="Helvetica", size=7.5,
            leading=10)
        return []

    fields = stub_fields(employer, soldier, pay, start, end, "monthly", cur["gross"], ytd_gross, cur["net"])
    return Stub(Paper([page]), fields, pay)


# --- a defense contractor's earnings statement --------------------------------------------------------------

NAVY = Color(0.12, 0.2, 0.34)
PayLine = tuple[str, float, float, float | None]  # label, hours, rate, fixed amount (salary) or None


@dataclass
class Withholding:
    fed: float
    state: float
    pretax: tuple[tuple[str, float], ...] = ()  # label, share of gross
    posttax: tuple[tuple[str, float], ...] = ()  # label, fixed amount

    def split(self, gross: float) -> tuple[list[tuple[str, float]], list[tuple[str, float]], list[tuple[str, float]]]:
        pre = [(k, r2(gross * v)) for k, v in self.pretax]
        taxable = gross - sum(v for _, v in pre)
        taxes = [("Federal Income Tax", r2(taxable * self.fed)), ("Social Security", r2(gross * 0.062)),
                 ("Medicare", r2(gross * 0.0145))]
        if self.state:
            taxes.append(("State Income Tax", r2(taxable * self.state)))
        return pre, taxes, list(self.posttax)


def pay_schedule(frequency: str, year: int, upto: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of every check paid in the year up to `upto`."""
    out = []
    if frequency == "semimonthly":
        for mo in range(1, 13):
            first, last = month_bounds(year, mo)
            for s, e in ((first, first.replace(day=15)), (first.replace(day=16), last)):
                pay = e
                while pay.weekday() >= 5:
                    pay -= dt.timedelta(days=1)
                out.append((pay, s, e))
    else:
        step = 7 if frequency == "weekly" else 14
        pay = dt.date(year - 1, 12, 20)
        while pay.weekday() != 4:
            pay += dt.timedelta(days=1)
        anchor = dt.date(2050, 1, 14)  # a Friday
        pay += dt.timedelta(days=(anchor - pay).days % step)
        while pay.year <= year:
            end = pay - dt.timedelta(days=6)
            out.append((pay, end - dt.timedelta(days=step - 1), end))
            pay += dt.timedelta(days=step)
    return [t for t in out if t[0].year == year and t[0] <= upto]


def contractor_stub(company: str, address: str, employee: str, emp_id: str, home: Sequence[str], frequency: str,
                    pay_date: dt.date, lines_of: Callable[[dt.date], list[PayLine]],
                    wh: Withholding, charges: Sequence[tuple[str, str, float]], dept: str,
                    accent: Color = NAVY) -> Stub:
    """A defense contractor's earnings statement: a band of period cells, a two-by-two grid (earnings, taxes,
    pre-tax and after-tax deductions, each Current and YTD), the hours charged to contract numbers (LABOR
    DISTRIBUTION) and a summary bar. lines_of(pay date) -> (label, hours, rate, fixed amount or None);
    charges: (charge number, task, share of the hours)."""
    sched = pay_schedule(frequency, pay_date.year, pay_date)
    assert sched and sched[-1][0] == pay_date, (pay_date, sched[-2:])

    def check(pay: dt.date) -> dict[str, Any]:
        earn = [(k, h, rt, r2(h * rt) if amt is None else amt) for k, h, rt, amt in lines_of(pay)]
        gross = r2(sum(e[3] for e in earn))
        pre, taxes, post = wh.split(gross)
        net = r2(gross - sum(v for _, v in pre + taxes + post))
        return {"earn": earn, "gross": gross, "pre": pre, "taxes": taxes, "post": post, "net": net}

    checks = [check(p) for p, _, _ in sched]
    cur = checks[-1]
    _, start, end = sched[-1]
    ytd: dict[str, float] = {}
    for ch in checks:
        for e in ch["earn"]:
            ytd[e[0]] = r2(ytd.get(e[0], 0.0) + e[3])
        for k, v in ch["pre"] + ch["taxes"] + ch["post"]:
            ytd[k] = r2(ytd.get(k, 0.0) + v)
        for k in ("gross", "net"):
            ytd["_" + k] = r2(ytd.get("_" + k, 0.0) + ch[k])
    freq_label = {"weekly": "Weekly", "biweekly": "Biweekly", "semimonthly": "Semi-Monthly"}[frequency]

    def panel(c: Canvas, x: float, y: float, w: float, title: str, rows: Sequence[tuple[str, str, str, float, float]],
              hours: bool) -> None:
        c.setFillColor(accent)
        c.rect(x, y, w, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x + 4, y + 4, title)
        if hours:
            c.drawRightString(x + w * 0.5, y + 4, "Hours")
            c.drawRightString(x + w * 0.64, y + 4, "Rate")
        cur_x = x + w * (0.82 if hours else 0.7)
        c.drawRightString(cur_x, y + 4, "Current")
        c.drawRightString(x + w - 4, y + 4, "YTD")
        c.setFillColor(black)
        c.setLineWidth(0.5)
        c.rect(x, y - 96, w, 96, stroke=1, fill=0)
        yy = y - 12
        c.setFont("Helvetica", 8)
        for label, hrs, rate, amt, ytd_amt in rows:
            c.drawString(x + 4, yy, label)
            if hours:
                c.drawRightString(x + w * 0.5, yy, hrs)
                c.drawRightString(x + w * 0.64, yy, rate)
            c.drawRightString(cur_x, yy, money(amt) if amt else "")
            c.drawRightString(x + w - 4, yy, money(ytd_amt))
            yy -= 11

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(accent)
        c.rect(36, 738, 8, 30, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(52, 755, company)
        c.setFont("Helvetica", 7.5)
        c.drawString(52, 743, address)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(576, 755, "Earnings Statement")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(576, 743, "Direct deposit advice - non-negotiable")
        cells = [("Check Date", mdy(pay_date)), ("Period Start", mdy(start)), ("Period End", mdy(end)),
                 ("Pay Frequency", freq_label), ("Employee ID", emp_id), ("Department", dept)]
        x = 36.0
        for k, v in cells:
            c.setFillGray(0.93)
            c.rect(x, 700, 90, 28, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, 719, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 4, 705, v)
            x += 90
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, 680, employee)
        c.setFont("Helvetica", 8.5)
        yy = 668
        for ln in home:
            c.drawString(36, yy, ln)
            yy -= 11
        erows = []
        for k in [e[0] for e in cur["earn"]] + [k for k in ytd if k in {e[0] for ch in checks for e in ch["earn"]}
                                                 and k not in {e[0] for e in cur["earn"]}]:
            e = next((e for e in cur["earn"] if e[0] == k), None)
            erows.append((k, f"{e[1]:.2f}" if e else "", f"{e[2]:.4f}" if e else "", e[3] if e else 0.0, ytd[k]))
        panel(c, 36, 610, 300, "EARNINGS", erows, True)
        panel(c, 346, 610, 230, "TAXES", [(k, "", "", v, ytd[k]) for k, v in cur["taxes"]], False)
        panel(c, 36, 494, 300, "PRE-TAX DEDUCTIONS", [(k, "", "", v, ytd[k]) for k, v in cur["pre"]], False)
        panel(c, 346, 494, 230, "AFTER-TAX DEDUCTIONS", [(k, "", "", v, ytd[k]) for k, v in cur["post"]], False)
        # labor distribution
        y = 372
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y, "LABOR DISTRIBUTION - HOURS CHARGED THIS PERIOD")
        y -= 13
        c.setFont("Helvetica-Bold", 7)
        c.drawString(36, y, "CHARGE NUMBER")
        c.drawString(190, y, "TASK / CONTRACT LINE")
        c.drawRightString(470, y, "HOURS")
        c.line(36, y - 3, 476, y - 3)
        y -= 13
        hours = sum(e[1] for e in cur["earn"])
        c.setFont("Courier", 8.5)
        for code, task, share in charges:
            c.drawString(36, y, code)
            c.drawString(190, y, task)
            c.drawRightString(470, y, f"{hours * share:.2f}")
            y -= 11
        # summary bar
        y -= 24
        heads = ["", "Gross Pay", "Pre-Tax Ded.", "Taxes", "After-Tax Ded.", "Net Pay"]
        curv = [cur["gross"], sum(v for _, v in cur["pre"]), sum(v for _, v in cur["taxes"]),
                sum(v for _, v in cur["post"]), cur["net"]]
        ytdv = [ytd["_gross"], sum(ytd[k] for k, _ in cur["pre"]), sum(ytd[k] for k, _ in cur["taxes"]),
                sum(ytd[k] for k, _ in cur["post"]), ytd["_net"]]
        x = 36.0
        for i, hd in enumerate(heads):
            w = 60.0 if i == 0 else 96.0
            c.setFillColor(accent)
            c.rect(x, y, w, 15, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(x + w / 2, y + 4.5, hd)
            c.setFillColor(black)
            for row, vals in ((1, curv), (2, ytdv)):
                c.rect(x, y - 15 * row, w, 15, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 8)
                    c.drawString(x + 4, y - 15 * row + 4.5, "Current" if row == 1 else "YTD")
                else:
                    c.setFont("Helvetica-Bold" if i == 5 else "Helvetica", 8.5)
                    c.drawRightString(x + w - 5, y - 15 * row + 4.5, money(r2(vals[i - 1])))
            x += w
        return []

    fields = stub_fields(company, employee, pay_date, start, end, frequency, cur["gross"], ytd["_gross"], cur["net"])
    return Stub(Paper([page]), fields, pay_date)


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def bulwark_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, member_no: str,
                      year: int, month: int, begin: float, credits: Sequence[tuple[int, str, float]],
                      debits: Sequence[tuple[str, float, float]]) -> Statement:
    """Bulwark Federal Credit Union (a credit union for the military community): one checking account, a
    one-row summary table, then Trans Date / Description / Amount / Balance with withdrawals in parentheses.
    Two pages. debits: (description, low, high) drawn once each in the month."""
    bank = "Bulwark Federal Credit Union"
    start, end = month_bounds(year, month)
    lines = [(start + dt.timedelta(days=d - 1), desc, a) for d, desc, a in credits]
    span = (end - start).days
    for desc, lo, hi in debits:
        lines.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    lines.sort(key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = [a for _, _, a in lines if a > 0]
    wd = [-a for _, _, a in lines if a < 0]
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:14], rows[14:]

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.45, 0.08, 0.1))
        c.rect(36, 736, 26, 26, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(49, 743, "B")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(70, 750, "BULWARK FEDERAL CREDIT UNION")
        c.setFont("Helvetica", 7.5)
        c.drawString(70, 739, "Serving those who serve  -  PO Box 9050, Leavenworth, KS 66048  -  (913) 555-0120")
        c.setFont("Helvetica", 8)
        c.drawRightString(576, 752, f"Statement period: {mdy(start)} - {mdy(end)}")
        c.drawRightString(576, 741, f"Member number: {member_no}    Page {n} of 2")
        c.setLineWidth(1)
        c.line(36, 728, 576, 728)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "TRANS DATE")
        c.drawString(110, y, "DESCRIPTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(572, y, "BALANCE")
        c.setLineWidth(0.5)
        c.line(36, y - 4, 576, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in part:
            c.drawString(40, y, mdy2(d))
            c.drawString(110, y, desc)
            c.drawRightString(470, y, money(a) if a > 0 else f"({money(-a)})")
            c.drawRightString(572, y, money(b))
            y -= 14
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 700
        for ln in [holder.upper(), *address]:
            c.drawString(50, y, ln.upper())
            y -= 12
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, 630, f"FREEDOM CHECKING   Account ****{acct[-4:]}")
        heads = ["Previous Balance", f"Deposits ({len(dep)})", f"Withdrawals ({len(wd)})", "Dividends",
                 "Ending Balance"]
        vals = [begin, r2(sum(dep)), r2(sum(wd)), 0.0, ending]
        x = 36.0
        for hd, v in zip(heads, vals, strict=True):
            c.setFillGray(0.9)
            c.rect(x, 596, 108, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(x + 54, 600, hd)
            c.rect(x, 578, 108, 18, stroke=1, fill=0)
            c.setFont("Helvetica", 9.5)
            c.drawRightString(x + 102, 584, money(v))
            x += 108
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, 550, "BEGINNING BALANCE")
        c.drawRightString(572, 550, money(begin))
        register(c, 530, first)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = register(c, 700, rest)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(110, y - 4, "ENDING BALANCE")
        c.drawRightString(572, y - 4, money(ending))
        c.setFont("Helvetica", 7)
        paragraphs(c, 36, y - 40, 540, [
            "In case of errors or questions about your electronic transfers, call us or write to us as soon as you "
            "can, no later than 60 days after we sent the FIRST statement on which the problem appeared. Federally "
            "insured by NCUA."], font="Helvetica", size=7, leading=9)
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": r2(begin), "ending_balance": ending}
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
        if self.type == "benefit_award_letter":
            return {"letter_date": self.date.isoformat(), "monthly_amount": self.monthly,
                    "benefit_type": self.benefit}
        if self.type == "unemployment_benefit_letter":
            return {"letter_date": self.date.isoformat(), "benefit_type": "unemployment"}
        if self.type in ("hardship_letter", "employer_relocation_letter"):
            return {"letter_date": self.date.isoformat()}
        return {}


def hardship_letter(writers: Sequence[str], address: Sequence[str], loan: str, date: dt.date, servicer: str,
                    paras: Sequence[str], ink: bool, seed: int, size: tuple[float, float] = letter,
                    by_line: str = "") -> Letter:
    """A typed hardship letter, signed in ink by every writer when it was printed; unsigned when e-mailed."""
    pw, ph = size

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = ph - 62
        for ln in [" and ".join(writers), *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in [servicer, "Attn: Loss Mitigation"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"RE: Loan number {loan} - letter explaining our hardship")
        y -= 26
        y = paragraphs(c, 72, y, pw - 144, ["Dear Loss Mitigation Team:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Respectfully,")
        marks = []
        sy = y - 44
        for i, nm in enumerate(writers):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        if by_line:
            c.setFont("Times-Italic", 9.5)
            c.drawString(72, sy - 30, by_line)
        return marks

    return Letter(Paper([page], size), "hardship_letter", date)


def letterhead(c: Canvas, lines: Sequence[str], seal: str = "", color: Color = black) -> float:
    """Centered government-style letterhead; returns the y below it."""
    y = 742.0
    if seal:
        c.setStrokeColor(color)
        c.setLineWidth(1.4)
        c.circle(96, 726, 22, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.setFillColor(color)
        c.drawCentredString(96, 723, seal)
        c.setStrokeColor(black)
    for i, ln in enumerate(lines):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 11 if i == 0 else 8.5)
        c.drawCentredString(W / 2 + 14, y, ln)
        y -= 13 if i == 0 else 11
    c.setFillColor(black)
    return y - 10


def pcs_orders(m: Member, rank: str, order_no: str, issued: dt.date, hq: Sequence[str], losing: str,
               gaining: str, nlt: dt.date, dependents: str, signer: tuple[str, str]) -> Letter:
    """Army permanent change of station orders (reassignment): order number, losing and gaining units, the
    report-no-later-than date."""

    def page(c: Canvas) -> list[Mark]:
        y = letterhead(c, hq)
        c.setFont("Courier-Bold", 10)
        c.drawString(60, y - 6, f"ORDERS {order_no}")
        c.drawRightString(552, y - 6, f"{issued.day} {issued.strftime('%B')} {issued.year}")
        y -= 34
        c.setFont("Courier", 10)
        c.drawString(60, y, f"{m.last_first}  XXX-XX-{m.ssn[-4:]}  {rank}")
        y -= 13
        c.drawString(60, y, losing)
        y -= 24
        c.setFont("Courier-Bold", 10)
        c.drawString(60, y, "You are reassigned as shown. Permanent change of station (PCS).")
        y -= 22
        rows = [("Assigned to (gaining unit)", gaining), ("Losing unit", losing),
                ("Report no later than (NLT)", mil(nlt, True)), ("Leave en route", "Not to exceed 15 days"),
                ("Dependents", dependents), ("Household goods", "Movement authorized, weight allowance per JTR"),
                ("Dislocation allowance", "Authorized"), ("Accounting classification",
                                                          f"2152020.0000 01-1001 P{order_no[:3]}  S99999"),
                ("Move type", "CONUS PCS, permanent duty travel")]
        for k, v in rows:
            c.setFont("Courier", 9.5)
            c.drawString(60, y, f"{k}:")
            c.drawString(262, y, v)
            y -= 15
        y -= 8
        c.setFont("Courier", 9)
        paragraphs(c, 60, y, 490, [
            "Additional instructions: (a) Soldier will clear the losing installation and sign in at the gaining "
            "installation reception center not later than the date shown. (b) Dependent travel and shipment of "
            "household goods are authorized to the new permanent duty station. (c) Orders are not valid unless "
            "authenticated.",
            "Format: 400"], font="Courier", size=9, leading=11.5)
        c.setFont("Courier", 10)
        c.drawString(60, 230, "FOR THE COMMANDER:")
        c.drawString(330, 200, signer[0])
        c.drawString(330, 187, signer[1])
        c.drawString(60, 150, "DISTRIBUTION:")
        c.drawString(60, 137, "SOLDIER (5)   MILPO (1)   FINANCE (1)   GAINING UNIT (1)")
        c.setFont("Courier-Bold", 10)
        c.drawString(60, 200, "OFFICIAL:")
        return []

    return Letter(Paper([page]), "military_pcs_orders", issued)


def report_of_casualty(name: str, ssn: str, grade: str, service: str, unit: str, died: dt.date, place: str,
                       circumstances: str, nok: str, nok_address: str, reported: dt.date, officer: str) -> Letter:
    """A DD Form 1300-style REPORT OF CASUALTY: numbered blocks, casualty status DECEASED."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 744, "REPORT OF CASUALTY")
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 734, "(Please read instructions before completing this form.)")
        c.drawString(40, 746, "OMB No. 0704-0540")
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(572, 746, "TYPE OF REPORT: FINAL")
        blocks = [[("1. NAME (Last, First, Middle Initial)", name, 300), ("2. SSN", "XXX-XX-" + ssn[-4:], 110),
                   ("3. GRADE", grade, 122)],
                  [("4. SERVICE / COMPONENT", service, 200), ("5. UNIT / ORGANIZATION AND LOCATION", unit, 332)],
                  [("6. CASUALTY STATUS", "DECEASED", 130), ("7. DATE OF CASUALTY (YYYYMMDD)",
                                                             died.strftime("%Y%m%d"), 150),
                   ("8. DUTY STATUS", "ACTIVE DUTY", 112), ("9. CASUALTY CATEGORY", "NON-HOSTILE", 140)],
                  [("10. PLACE OF CASUALTY", place, 532)],
                  [("11. CIRCUMSTANCES", circumstances, 532)],
                  [("12. CAUSE / REASON", "Injuries sustained in a military vehicle accident", 332),
                   ("13. INCIDENT TYPE", "ACCIDENT - TRAINING", 200)],
                  [("14. NEXT OF KIN (PRIMARY) NAME", nok, 270), ("15. RELATIONSHIP", "SPOUSE", 110),
                   ("16. NOTIFIED (YYYYMMDD)", died.strftime("%Y%m%d"), 152)],
                  [("17. NEXT OF KIN ADDRESS", nok_address, 532)],
                  [("18. BENEFICIARY / DEATH GRATUITY", "SPOUSE - 100%", 270),
                   ("19. REMAINS", "RECOVERED - INTERMENT BY FAMILY", 262)]]
        y = 716.0
        for row in blocks:
            x = 40.0
            h = 40.0 if row[0][0].startswith("11.") else 30.0
            for cap, val, w in row:
                c.setLineWidth(0.6)
                c.rect(x, y - h, w, h, stroke=1, fill=0)
                c.setFont("Helvetica", 6.5)
                c.drawString(x + 3, y - 8, cap)
                if cap.startswith("11."):
                    paragraphs(c, x + 6, y - 20, w - 12, [val], font="Courier", size=9, leading=10.5, gap=0)
                else:
                    c.setFont("Courier", 9.5)
                    c.drawString(x + 6, y - h + 8, val)
                x += w
            y -= h
        y -= 16
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "20. REMARKS")
        c.setFont("Courier", 9)
        y = paragraphs(c, 40, y - 14, 532, [
            "Member was in a duty status at the time of death. Line of duty determination: IN LINE OF DUTY. "
            "Casualty Assistance Calls Officer assigned to the primary next of kin.",
            "I certify that the above is a true report of the death of the member named, made from official "
            "records."], font="Courier", size=9, leading=11)
        c.setLineWidth(0.6)
        c.rect(40, y - 50, 532, 46, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(43, y - 12, "21. AUTHENTICATION - NAME, GRADE AND TITLE OF REPORTING OFFICIAL")
        c.drawString(400, y - 12, "22. DATE OF REPORT (YYYYMMDD)")
        c.setFont("Courier", 9.5)
        c.drawString(46, y - 44, officer)
        c.drawString(404, y - 44, reported.strftime("%Y%m%d"))
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, 40, "DD FORM 1300, APR 2019")
        c.setFont("Helvetica", 7)
        c.drawRightString(572, 40, "CERTIFIED TRUE COPY")
        return [Mark("sig", 250, y - 32, w=120, seed=reported.toordinal())]

    return Letter(Paper([page]), "death_certificate", reported)


def cao_letter(date: dt.date, widow: str, address: Sequence[str], member: str, died: dt.date,
               officer: tuple[str, str, str]) -> Letter:
    """The casualty assistance officer's covering letter (type other: it reports no benefit amounts)."""

    def page(c: Canvas) -> list[Mark]:
        y = letterhead(c, ["UNITED STATES MARINE CORPS", "MARINE CORPS INSTALLATIONS EAST - CAMP LEJEUNE",
                           "CASUALTY ASSISTANCE CALLS OFFICER", "PSC BOX 20005, CAMP LEJEUNE, NC 28542"],
                       seal="USMC", color=Color(0.55, 0.1, 0.1))
        c.setFont("Times-Roman", 11)
        c.drawRightString(540, y, "IN REPLY REFER TO:")
        c.drawRightString(540, y - 13, "3040")
        c.drawRightString(540, y - 26, "CACO")
        c.drawRightString(540, y - 39, f"{date.day} {date.strftime('%b')} {date.year}")
        yy = y - 64
        for ln in [widow, *address]:
            c.drawString(72, yy, ln)
            yy -= 14
        yy -= 10
        c.drawString(72, yy, f"Dear Mrs. {widow.split()[-1]}:")
        yy -= 24
        yy = paragraphs(c, 72, yy, W - 144, [
            f"On behalf of the Commandant of the Marine Corps, please accept my deepest sympathy on the death of "
            f"your husband, {member}, on {long_date(died)}.",
            "As your Casualty Assistance Calls Officer I will continue to help you with the benefits and "
            "entitlements due to you and your children. The death gratuity and Servicemembers' Group Life "
            "Insurance have been paid. Your claim for Dependency and Indemnity Compensation was filed with the "
            "Department of Veterans Affairs, and your Survivor Benefit Plan annuity account was established with "
            "the Defense Finance and Accounting Service; each agency writes to you directly about its payments.",
            "Enclosed is a certified copy of the Report of Casualty (DD Form 1300) for your records. Lenders, "
            "insurers and government agencies accept it as proof of death. Under the Servicemembers Civil Relief "
            "Act your mortgage servicer may also offer relief; please show them this letter and the enclosure.",
            "Do not hesitate to call me at (910) 555-0162 with any question."])
        c.drawString(72, yy - 6, "Semper Fidelis,")
        for i, ln in enumerate(officer):
            c.drawString(300, yy - 54 - i * 14, ln)
        c.drawString(72, yy - 110, "Enclosure: (1) DD Form 1300, Report of Casualty")
        return [Mark("sig", 300, yy - 42, w=130, seed=date.toordinal())]

    return Letter(Paper([page]), "other", date)


def dic_award(widow: str, address: Sequence[str], date: dt.date, member: str, died: dt.date, basic: float,
              children: int, per_child: float, file_no: str) -> Letter:
    """VA's Dependency and Indemnity Compensation award (non-taxable)."""
    monthly = r2(basic + children * per_child)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(72, 742, "DEPARTMENT OF VETERANS AFFAIRS")
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 730, "Pension Management Center  -  PO Box 5365, Janesville, WI 53547")
        c.drawRightString(540, 742, long_date(date))
        c.drawRightString(540, 730, f"In reply, refer to: 310/DIC  File number {file_no}")
        c.setLineWidth(1.2)
        c.line(72, 722, 540, 722)
        c.setFont("Times-Roman", 11)
        y = 700
        for ln in [widow, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.drawString(72, y, f"Dear {widow}:")
        y -= 22
        y = paragraphs(c, 72, y, W - 144, [
            f"We made a decision on your claim for Dependency and Indemnity Compensation (DIC) as the surviving "
            f"spouse of {member}, who died on active duty on {long_date(died)}.",
            "WHAT WE DECIDED: Your claim is granted. The death was in the line of duty and you are entitled to DIC "
            "from the first day of the month in which he died. Your children are included on your award."])
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, "HOW MUCH WILL YOU GET?")
        y -= 8
        rows = [("Basic DIC rate, surviving spouse", basic),
                (f"Additional amount for {children} child{'ren' if children != 1 else ''} under 18", children *
                 per_child)]
        c.setLineWidth(0.6)
        for k, v in rows:
            y -= 18
            c.rect(72, y - 5, 468, 18, stroke=1, fill=0)
            c.setFont("Times-Roman", 10.5)
            c.drawString(80, y, k)
            c.drawRightString(532, y, f"${money(v)}")
        y -= 22
        c.setFillGray(0.9)
        c.rect(72, y - 7, 468, 22, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 11)
        c.drawString(80, y, "Your total monthly DIC payment")
        c.drawRightString(532, y, f"${money(monthly)}")
        y -= 34
        paragraphs(c, 72, y, W - 144, [
            "We pay DIC monthly, on the first business day of the month for the month before, by direct deposit. "
            "DIC is not taxable income and is not reported to the Internal Revenue Service.",
            "You must tell us right away if you remarry before age 55 or if a child leaves your household. If you "
            "disagree with our decision, you have one year from the date of this letter to request a review."])
        c.setFont("Times-Roman", 11)
        c.drawString(72, 150, "Sincerely yours,")
        c.drawString(72, 110, "Pension Management Center")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_nontaxable")


def sbp_notice(widow: str, address: Sequence[str], date: dt.date, member: str, gross: float, fed: float,
               start: dt.date, claim: str) -> Letter:
    """DFAS annuitant pay's notice that a Survivor Benefit Plan annuity was established (taxable)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.1, 0.18, 0.4))
        c.rect(0, 748, W, 44, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(44, 770, "DEFENSE FINANCE AND ACCOUNTING SERVICE")
        c.setFont("Helvetica", 8.5)
        c.drawString(44, 757, "U.S. Military Annuitant Pay  -  PO Box 7131, London, KY 40742")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(44, 716, "ANNUITY ACCOUNT ESTABLISHMENT NOTICE")
        c.setFont("Helvetica", 9)
        c.drawRightString(568, 716, f"Date: {mdy(date)}")
        c.drawRightString(568, 704, f"Claim number: {claim}")
        y = 680
        for ln in [widow.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 12
        y -= 12
        y = paragraphs(c, 44, y, 524, [
            f"Your Survivor Benefit Plan (SBP) annuity as the surviving spouse of {member} has been established. "
            f"Payments begin with the annuity for {start.strftime('%B %Y')} and are paid on the first business day "
            "of each month by direct deposit. The annuity is subject to federal income tax.",
            "Your monthly annuity is computed as follows:"], font="Helvetica", size=9.5, leading=13)
        rows = [("Gross monthly annuity", gross), ("Federal income tax withheld", -fed),
                ("Net monthly annuity", r2(gross - fed))]
        c.setLineWidth(0.6)
        for i, (k, v) in enumerate(rows):
            c.setFillGray(0.93 if i == 0 else 1)
            c.rect(60, y - 16 - i * 18, 300, 18, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold" if i != 1 else "Helvetica", 9.5)
            c.drawString(66, y - 10 - i * 18, k)
            c.drawRightString(354, y - 10 - i * 18, money(v) if v >= 0 else f"-{money(-v)}")
        y -= 84
        rows2 = [("Payment frequency", "Monthly"), ("Annuity start date", mdy(start)),
                 ("Cost-of-living adjustment", "Each December, with the retired pay COLA")]
        for k, v in rows2:
            c.setFont("Helvetica", 9)
            c.drawString(60, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(230, y, v)
            y -= 14
        paragraphs(c, 44, y - 14, 524, [
            "Keep this notice. You may view your annuitant account statement and tax statements online. Report a "
            "change of address, remarriage before age 55 or a change in dependents to DFAS at once."],
                   font="Helvetica", size=9, leading=12)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, gross, "benefits_taxable")


def poa(principal: str, principal_ssn: str, agent: str, address: str, loan: str, servicer: str, date: dt.date,
        expires: dt.date, base: str, seed: int) -> Letter:
    """A one-page SPECIAL POWER OF ATTORNEY drawn up by a base legal assistance office (type other)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 736, "SPECIAL POWER OF ATTORNEY")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 722, f"(Real Property and Mortgage Loan)  -  Prepared by the Legal Office, {base}")
        y = paragraphs(c, 72, 694, W - 144, [
            f"KNOW ALL PERSONS BY THESE PRESENTS, that I, {principal.upper()}, SSN XXX-XX-{principal_ssn[-4:]}, a "
            f"member of the United States Air Force, do hereby appoint my spouse, {agent.upper()}, as my true and "
            "lawful attorney-in-fact, to act in my name, place and stead for the following purposes only:",
            f"1. To manage, and to do every act concerning, the real property located at {address}, and the "
            f"mortgage loan secured by it, loan number {loan}, serviced by {servicer};",
            "2. To request, apply for, negotiate and accept any loss mitigation option, forbearance, repayment plan "
            "or loan modification, and to sign and date in my name any application, certification, agreement or "
            "other document required for that purpose, including requests for tax transcripts;",
            "3. To receive and give receipts for any notice or correspondence about the loan.",
            f"This power of attorney is effective on the date signed and expires on {long_date(expires)}, unless "
            "revoked sooner in writing. It is not affected by my later absence on military duty.",
            f"IN WITNESS WHEREOF, I have signed this instrument on {long_date(date)}."], size=10.5, leading=13.5)
        c.setFont("Times-Roman", 10.5)
        c.line(300, y - 20, 540, y - 20)
        c.drawString(300, y - 32, f"{principal.upper()}, Principal")
        marks = [Mark("sig", 310, y - 18, w=150, seed=seed)]
        y -= 60
        c.setFont("Times-Bold", 10.5)
        c.drawString(72, y, "NOTARIAL ACKNOWLEDGMENT (10 U.S.C. 1044a)")
        y = paragraphs(c, 72, y - 16, W - 144, [
            f"On {long_date(date)}, before me, the undersigned official, personally appeared {principal.upper()}, "
            "known to me or satisfactorily proven to be the person whose name is subscribed to this instrument, and "
            "acknowledged that he executed it for the purposes therein contained. No seal is required."],
            size=10, leading=13)
        c.line(300, y - 20, 540, y - 20)
        c.setFont("Times-Roman", 9.5)
        c.drawString(300, y - 32, "Judge Advocate / Notary, 10 U.S.C. 1044a")
        return [*marks, Mark("sig", 310, y - 18, w=120, seed=seed + 3)]

    return Letter(Paper([page]), "other", date)


def dd214(name: str, ssn: str, branch: str, grade: str, paygrade: str, born: dt.date, entered: dt.date,
          separated: dt.date, last_duty: str, specialty: str, home: str) -> Letter:
    """A DD Form 214 member copy (type other)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, 752, "CAUTION: NOT TO BE USED FOR IDENTIFICATION PURPOSES")
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2 + 60, 752, "CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY")
        c.setFont("Helvetica", 7)
        c.drawRightString(576, 740, "MEMBER - 4")
        ymd = "%Y%m%d"
        rows = [[("1. NAME (Last, First, Middle)", name, 250), ("2. DEPARTMENT, COMPONENT AND BRANCH", branch, 170),
                 ("3. SOCIAL SECURITY NUMBER", "XXX-XX-" + ssn[-4:], 120)],
                [("4.a GRADE, RATE OR RANK", grade, 150), ("4.b PAY GRADE", paygrade, 80),
                 ("5. DATE OF BIRTH (YYYYMMDD)", born.strftime(ymd), 140), ("6. RESERVE OBLIGATION TERM. DATE",
                                                                             "00000000", 170)],
                [("7.b HOME OF RECORD AT TIME OF ENTRY", home, 270), ("8.a LAST DUTY ASSIGNMENT AND MAJOR COMMAND",
                                                                      last_duty, 270)],
                [("11. PRIMARY SPECIALTY", specialty, 270), ("12.a DATE ENTERED AD THIS PERIOD",
                                                               entered.strftime(ymd), 135),
                 ("12.b SEPARATION DATE THIS PERIOD", separated.strftime(ymd), 135)],
                [("13. DECORATIONS, MEDALS, BADGES", "NAVY ACHIEVEMENT MEDAL (2), GOOD CONDUCT MEDAL (3), NATIONAL "
                  "DEFENSE SERVICE MEDAL", 540)],
                [("18. REMARKS", "MEMBER COMPLETED FIRST FULL TERM OF SERVICE. SEPARATED AT ENLISTMENT EXPIRATION.",
                  540)],
                [("23. TYPE OF SEPARATION", "RELEASE FROM ACTIVE DUTY", 200), ("24. CHARACTER OF SERVICE",
                                                                               "HONORABLE", 160),
                 ("25. SEPARATION AUTHORITY", "MILPERSMAN 1910-102", 180)],
                [("26. SEPARATION CODE", "MBK", 120), ("27. REENTRY CODE", "RE-1", 120),
                 ("28. NARRATIVE REASON FOR SEPARATION", "COMPLETION OF REQUIRED ACTIVE SERVICE", 300)]]
        y = 730.0
        for row in rows:
            x = 36.0
            for cap, val, w in row:
                c.setLineWidth(0.6)
                c.rect(x, y - 34, w, 34, stroke=1, fill=0)
                c.setFont("Helvetica", 6)
                c.drawString(x + 2, y - 7, cap)
                c.setFont("Courier", 8.5 if len(val) < 60 else 7.5)
                c.drawString(x + 5, y - 26, val)
                x += w
            y -= 34
        c.rect(36, y - 60, 540, 60, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawString(38, y - 7, "30. MEMBER REQUESTS COPY 4")
        c.drawString(300, y - 7, "OFFICIAL AUTHORIZED TO SIGN (Typed name, grade, title and signature)")
        c.setFont("Courier", 8.5)
        c.drawString(44, y - 30, "YES")
        c.drawString(304, y - 46, "L. M. ARCENEAUX, PSC, PERS SUPPORT DET NORFOLK")
        c.setFont("Helvetica-Bold", 7)
        c.drawString(36, 40, "DD FORM 214, AUG 2009")
        return [Mark("sig", 320, y - 34, w=110, seed=separated.toordinal())]

    return Letter(Paper([page]), "other", separated)


def ui_award(agency: tuple[str, str], claimant: str, address: Sequence[str], date: dt.date, program: str,
             weekly: float, weeks: int, begins: dt.date, quarters: Sequence[tuple[str, float]],
             employer_line: str) -> Letter:
    """A state workforce agency's statement of a claim's weekly benefit (UI, or UCX for ex-servicemembers)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, 744, agency[0])
        c.setFont("Helvetica", 8.5)
        c.drawString(60, 732, agency[1])
        c.setLineWidth(2)
        c.line(60, 724, 552, 724)
        c.setFont("Helvetica-Bold", 12)
        title = ("UNEMPLOYMENT COMPENSATION FOR EX-SERVICEMEMBERS (UCX)" if program == "UCX"
                 else "UNEMPLOYMENT INSURANCE")
        c.drawString(60, 704, title)
        c.drawString(60, 690, "STATEMENT OF WEEKLY BENEFIT AMOUNT")
        c.setFont("Helvetica", 9)
        c.drawRightString(552, 704, f"Mailing date: {mdy(date)}")
        c.drawRightString(552, 692, f"Claim effective: {mdy(begins)}")
        y = 664
        for ln in [claimant.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 12
        y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, "BASE PERIOD WAGES")
        c.setFont("Helvetica", 8.5)
        c.drawString(200, y, employer_line)
        y -= 14
        for q, amt in quarters:
            c.drawString(80, y, q)
            c.drawRightString(300, y, money(amt))
            y -= 12
        c.line(80, y + 8, 300, y + 8)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(80, y - 2, "Total base period wages")
        c.drawRightString(300, y - 2, money(r2(sum(a for _, a in quarters))))
        y -= 30
        rows = [("Weekly benefit amount (WBA)", f"${money(weekly)}"), ("Maximum benefit amount",
                                                                        f"${money(weekly * weeks)}"),
                ("Weeks payable", str(weeks)), ("Benefit year begins", mdy(begins)),
                ("Benefit year ends", mdy(begins + dt.timedelta(days=364))), ("Paid", "Every week claimed")]
        for k, v in rows:
            c.setFillGray(0.94)
            c.rect(60, y - 5, 492, 17, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 9.5)
            c.drawString(66, y, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawRightString(546, y, v)
            y -= 20
        paragraphs(c, 60, y - 10, 492, [
            "You must request payment every week and remain able to work, available for work and actively seeking "
            "work. Benefits are taxable income; you may ask us to withhold federal income tax.",
            "If you think this determination is wrong, you may appeal within 30 days of the mailing date."],
                   font="Helvetica", size=8.5, leading=11)
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", date)


def transfer_letter(company: str, address: str, date: dt.date, employee: str, home: Sequence[str], old_site: str,
                    new_site: str, effective: dt.date, allowance: float, signer: tuple[str, str], seed: int) -> Letter:
    """A defense contractor's signed notice of transfer, with the relocation assistance, acknowledged by the
    employee (printed, signed in ink by both, and scanned)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(NAVY)
        c.rect(72, 728, 8, 30, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(88, 745, company)
        c.setFont("Helvetica", 8)
        c.drawString(88, 733, f"Human Resources  -  {address}")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 700, long_date(date))
        y = 672
        for ln in [employee, *home]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 10
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, "Subject: Notice of transfer to a new work location")
        y = paragraphs(c, 72, y - 24, W - 144, [
            f"Dear {employee.split()[0]}:",
            f"As we discussed, the program you support is consolidating its engineering team at our {new_site} "
            f"facility. Your position will transfer from the {old_site} site to {new_site}, effective "
            f"{long_date(effective)}. Your title, grade and base salary do not change.",
            f"The company will pay a one-time relocation allowance of ${money(allowance)} (grossed up for taxes) "
            "with your first paycheck at the new location, and will reimburse house-hunting travel under the "
            "relocation policy. No other relocation assistance will be provided.",
            "Please sign below to acknowledge this notice and return a copy to Human Resources."])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, "Sincerely,")
        c.drawString(72, y - 46, signer[0])
        c.drawString(72, y - 60, signer[1])
        c.drawString(330, y - 46, "Acknowledged:")
        c.line(330, y - 80, 520, y - 80)
        c.drawString(330, y - 93, employee)
        return [Mark("sig", 72, y - 36, w=140, seed=seed), Mark("sig", 340, y - 76, w=130, seed=seed + 1),
                Mark("hand", 470, y - 76, mdy2(date + dt.timedelta(days=2)), size=10, seed=seed + 2)]

    return Letter(Paper([page]), "employer_relocation_letter", date)


def separator_sheet(loan: str) -> Paper:
    """The mailroom's QR separator: a cover page whose QR code reads LOAN <number> (not a document)."""
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.QRCode).to_image(scale=8)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(3)
        c.rect(54, 54, W - 108, H - 108, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 24)
        c.drawCentredString(W / 2, 660, "BATCH SEPARATOR")
        c.setFont("Helvetica", 11)
        c.drawCentredString(W / 2, 638, "Scan with the documents that follow. Do not staple.")
        c.drawImage(ImageReader(code), W / 2 - 100, 390, width=200, height=200)
        c.setFont("Courier-Bold", 16)
        c.drawCentredString(W / 2, 360, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(sender: Sequence[str], to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, 706, "Fax Transmittal")
        c.setFont("Helvetica", 9.5)
        y = 686
        for ln in sender:
            c.drawString(72, y, ln)
            y -= 12
        c.setLineWidth(0.8)
        rows = [("TO", to), ("FAX", to_fax), ("DATE", mdy(date)), ("PAGES (incl. this one)", str(pages)),
                ("RE", note)]
        y = 620
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 10.5)
            c.drawString(220, y, v)
            c.line(215, y - 4, 540, y - 4)
            y -= 26
        c.setFont("Helvetica", 8.5)
        c.drawString(72, y - 20, "Self-service fax. The store does not keep copies of documents sent.")
        return []

    return Paper([page])


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
    occupancy: str
    hardships: list[str]
    start: dt.date | None
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    military: bool = False
    intent: str = "keep"  # keep | sell | transfer | undecided
    agent_sign: str = ""  # printed beside the borrower's signature when someone signs for him
    scra: dict[str, str] = field(default_factory=dict)
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
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None, "income": income,
                "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


class Filler:
    """Puts a form's answers on the page the way they were made: "screen" (typed into the PDF and signed on
    the screen), "ink" (typed, printed, then signed and dated in pen) or "hand" (the blank printed and every
    answer written in pen: slanted script, or block capitals one to a box on comb fields)."""

    def __init__(self, c: Canvas, mode: str, seed: int) -> None:
        self.c, self.mode, self.seed = c, mode, seed
        self.marks: list[Mark] = []
        self.n = 0

    def _seed(self) -> int:
        self.n += 1
        return self.seed * 100 + self.n

    def text(self, x: float, y: float, s: str, size: float = 10) -> None:
        if not s:
            return
        if self.mode == "hand":
            self.marks.append(Mark("hand", x, y, s, size=size + 1.5, seed=self._seed()))
        else:
            self.c.setFont("Courier", size)
            self.c.drawString(x, y, s)

    def comb(self, x: float, y: float, pitch: float, s: str, right: int = 0) -> None:
        """Characters one to a box; right = number of boxes when right-aligned."""
        if not s:
            return
        if right:
            x += pitch * (right - len(s))
        if self.mode == "hand":
            self.marks.append(Mark("caps", x, y + 2, s.upper(), size=11, seed=self._seed(), pitch=pitch))
        else:
            self.c.setFont("Courier-Bold", 10.5)
            for i, ch in enumerate(s.upper()):
                self.c.drawCentredString(x + pitch * (i + 0.5), y + 3, ch)

    def check(self, x: float, y: float, w: float, on: bool) -> None:
        if not on:
            return
        if self.mode == "hand":
            self.marks.append(Mark("x", x, y, w=w, seed=self._seed()))
        else:
            self.c.setFont("Helvetica-Bold", w + 1)
            self.c.drawCentredString(x + w / 2, y + 1, "X")

    def sign(self, x: float, y: float, w: float, on: bool, seed: int) -> None:
        if on:
            self.marks.append(Mark("sig", x, y, w=w, seed=seed))

    def date(self, x: float, y: float, d: dt.date | None, size: float = 10) -> None:
        """A date written beside a signature: typed on screen, in pen otherwise."""
        if d is None:
            return
        if self.mode == "screen":
            self.c.setFont("Courier", size)
            self.c.drawString(x, y, mdy(d))
        else:
            self.marks.append(Mark("hand", x, y, mdy(d), size=size + 2, seed=self._seed()))

    def date_comb(self, x: float, y: float, pitch: float, d: dt.date | None, gap: float) -> None:
        """MM DD YYYY into three groups of boxes; in pen unless typed on screen or typed before printing."""
        if d is None:
            return
        parts = (f"{d.month:02d}", f"{d.day:02d}", str(d.year))
        xx = x
        for part in parts:
            if self.mode == "hand":
                self.marks.append(Mark("caps", xx, y + 2, part, size=11, seed=self._seed(), pitch=pitch))
            else:
                self.c.setFont("Courier-Bold", 10.5)
                for i, ch in enumerate(part):
                    self.c.drawCentredString(xx + pitch * (i + 0.5), y + 3, ch)
            xx += pitch * len(part) + gap

    def sign_date_comb(self, x: float, y: float, pitch: float, d: dt.date | None, gap: float) -> None:
        """The date beside a signature on a comb form: typed on screen, in pen on paper."""
        mode = self.mode
        if mode == "ink":
            self.mode = "hand"
        self.date_comb(x, y, pitch, d, gap)
        self.mode = mode


# --- the real Form 710 --------------------------------------------------------------------------------------

F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}
F710_INTENT = {"keep": "Checkbox_30", "sell": "Checkbox_31", "transfer": "Checkbox_32", "undecided": "Checkbox_33"}


def form710_values(app: App, dates: bool) -> dict[str, str | bool]:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True,
        ("Checkbox_22" if app.military else "Checkbox_23"): True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_28" if app.occupancy == "investment_property" else "Checkbox_27"): True,
        F710_INTENT[app.intent]: True, ("Checkbox_34" if app.intent == "sell" else "Checkbox_35"): True,
        "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "640.00"}
    if app.intent == "sell":
        values["Text_8"] = "Fort Riley Realty Group, (785) 555-0112"
    if app.start:
        values["Date_1"] = mdy(app.start)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
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
        if app.co and app.co_signs:
            values["Date_4"] = mdy(app.signed_on)
    return values


def form710_filled(app: App, dates: bool) -> PdfWriter:
    values = form710_values(app, dates)
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
    """Typed on screen through the AcroForm, signed with drawn strokes over the signature fields, dates typed."""
    writer = form710_filled(app, dates=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    marks = [Mark("sig", 152, 347, w=180, seed=app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        marks.append(Mark("sig", 164, 309, w=170, seed=app.seed + 1))
    apply_screen_marks(c, marks)
    synth_line(c)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    writer.pages[3].merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"cb710{app.loan}")


def form710_rects() -> dict[str, tuple[int, tuple[float, float, float, float]]]:
    out = {}
    for i, page in enumerate(PdfReader(FORM710).pages):
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            out[str(w.get("/T", ""))] = (i, tuple(float(v) for v in w["/Rect"]))
    return out


def form710_hand(app: App) -> Printed:
    """The blank Form 710 printed and filled in pen: script in the blanks, an X in each box, signed and dated."""
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    pdf = fixed_pypdf_bytes(writer, "cb710blank")
    rects = form710_rects()
    values = form710_values(app, dates=True)
    values["Number_10"] = "410"
    marks: list[list[Mark]] = [[], [], [], []]
    for k, (name, value) in enumerate(values.items()):
        page, (x0, y0, x1, _y1) = rects[name]
        if value is True:
            marks[page].append(Mark("x", x0, y0, w=x1 - x0, seed=app.seed * 50 + k))
        elif isinstance(value, str):
            text = value.replace(",", "") if name.startswith("Number") else value
            marks[page].append(Mark("hand", x0 + 3, y0 + 3, text, size=11, seed=app.seed * 50 + k))
    if app.b_signs:
        marks[3].append(Mark("sig", 152, 347, w=180, seed=app.seed))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 164, 309, w=170, seed=app.seed + 1))
    return Printed(pdf, marks)


# --- Anchorline Mortgage Servicing: form AMS-22, questions and answers -------------------------------------

AMS_REASONS = ("Job loss, or left military service without a new job", "Less pay: hours, overtime or base pay cut",
               "Higher taxes, insurance or HOA dues", "Disaster at the home or workplace",
               "Serious illness or disability", "Divorce or legal separation", "Separation of unmarried co-owners",
               "Death of a borrower or wage earner", "PCS orders or distant job transfer", "Other")
AMS_INCOME = ("gross wages, salary, overtime, tips and bonuses (include military base pay, BAH, BAS and special "
              "pays)?", "self-employment income?", "unemployment benefits (including UCX)?",
              "taxable Social Security, pension, military retired pay, SBP annuity or other public benefits?",
              "non-taxable Social Security, VA disability compensation, DIC or other non-taxable disability?",
              "rental income, after expenses other than the mortgage?", "investment or insurance income?",
              "other income, such as alimony or child support (optional)?")


def ams22(app: App, mode: str) -> Paper:
    """Anchorline's MORTGAGE ASSISTANCE REQUEST AND SERVICEMEMBER STATUS: three pages of numbered QUESTIONS in
    a left column and a shaded YOUR ANSWER column on the right, with an SCRA / military status part."""
    qx, ax, right = 44.0, 338.0, 568.0

    def header(c: Canvas, page: int) -> None:
        c.setFillColor(Color(0.05, 0.3, 0.4))
        c.circle(62, 748, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 17)
        c.drawCentredString(62, 742, "A")
        c.setFillColor(black)
        c.setFont("Times-Bold", 15)
        c.drawString(84, 750, "ANCHORLINE MORTGAGE SERVICING")
        c.setFont("Helvetica", 7.5)
        c.drawString(84, 739, "Loss Mitigation  -  PO Box 61880, Norfolk, VA 23501  -  Fax (757) 555-0104  -  "
                              "(800) 555-0131")
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(right, 750, "Form AMS-22 (Rev. 03/2051)")
        c.setFont("Helvetica", 8)
        c.drawRightString(right, 739, f"Page {page} of 3")
        c.setLineWidth(1.2)
        c.line(qx, 730, right, 730)

    def part(c: Canvas, y: float, title: str) -> float:
        c.setFillColor(Color(0.05, 0.3, 0.4))
        c.rect(qx, y - 15, right - qx, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(qx + 5, y - 11, title)
        c.setFillColor(black)
        return y - 15

    def row(c: Canvas, y: float, num: int, question: str, h: float = 22) -> float:
        lines = wrap(question, "Helvetica", 8.3, ax - qx - 28)
        h = max(h, 10.0 * len(lines) + 8)
        c.setLineWidth(0.5)
        c.setFillGray(0.96 if num % 2 else 1.0)
        c.rect(qx, y - h, ax - qx, h, stroke=1, fill=1)
        c.setFillColor(Color(0.9, 0.95, 0.97))
        c.rect(ax, y - h, right - ax, h, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(qx + 4, y - 11, f"{num}.")
        c.setFont("Helvetica", 8.3)
        for i, ln in enumerate(lines):
            c.drawString(qx + 22, y - 11 - 10 * i, ln)
        return y - h

    def boxes(c: Canvas, f: Filler, x: float, y: float, labels: Sequence[str], on: Sequence[bool],
              across: bool = False) -> None:
        for i, (lab, val) in enumerate(zip(labels, on, strict=True)):
            bx, by = (x + i * 62, y) if across else (x, y - i * 11)
            c.setLineWidth(0.6)
            c.rect(bx, by, 7, 7, stroke=1, fill=0)
            c.setFont("Helvetica", 7.8)
            c.drawString(bx + 11, by + 0.5, lab)
            f.check(bx, by, 7, val)

    yes_no = ("Yes", "No")

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed)
        header(c, 1)
        c.setFont("Helvetica", 8)
        c.drawString(qx, 716, "Answer every question in the YOUR ANSWER column. Mark boxes with an X. Please print "
                              "clearly. Sign page 3.")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(right - 4, 704, "YOUR ANSWER")
        y = part(c, 700, "PART A - THE LOAN AND THE PEOPLE ON IT")
        qa = [(1, "What is your loan number?", app.loan),
              (2, "What is the borrower's full name?", app.borrower),
              (3, "What are the last 4 digits of the borrower's Social Security number?", app.ssn[-4:]),
              (4, "What is the best phone number to reach you?", app.phone),
              (5, "What is your e-mail address?", app.email),
              (6, "If someone else is on the loan with you, what is the co-borrower's full name? (Leave blank if "
                  "there is none.)", app.co or ""),
              (7, "What are the last 4 digits of the co-borrower's Social Security number?", (app.co_ssn or "")[-4:])]
        for num, q, a in qa:
            ny = row(c, y, num, q)
            f.text(ax + 6, ny + 6, a)
            y = ny
        ny = row(c, y, 8, "What is the street address of the property? (street, city, state and ZIP code)", 30)
        f.text(ax + 6, ny + 17, app.street, 9.5)
        f.text(ax + 6, ny + 5, f"{app.city}, {app.state} {app.zip}", 9.5)
        y = ny
        ny = row(c, y, 9, "How is the property used today? Mark one.", 40)
        boxes(c, f, ax + 8, ny + 27, ("I live there - primary residence", "Second or vacation home",
                                      "Rented out - investment property"),
              [app.occupancy == o for o in OCCUPANCIES])
        y = ny
        ny = row(c, y, 10, "Do you want to keep the property?")
        boxes(c, f, ax + 8, ny + 8, yes_no, [app.intent == "keep", app.intent != "keep"], across=True)
        y = part(c, ny - 8, "PART B - SERVICEMEMBER STATUS (SERVICEMEMBERS CIVIL RELIEF ACT)")
        s = app.scra
        ny = row(c, y, 11, "Is the borrower or co-borrower on active duty in the military now, including the "
                           "National Guard or Reserves on active orders?")
        boxes(c, f, ax + 8, ny + 8, yes_no, [s.get("active") == "Yes", s.get("active") == "No"], across=True)
        y = ny
        for num, q, key in ((12, "If yes, which branch of service?", "branch"),
                            (13, "Date of the current orders (mm/dd/yyyy)", "orders_date"),
                            (14, "Expected end of active duty or of the orders (mm/dd/yyyy)", "orders_end")):
            ny = row(c, y, num, q)
            f.text(ax + 6, ny + 6, s.get(key, ""))
            y = ny
        for num, q, key in ((15, "Is a borrower the dependent of a servicemember on active duty?", "dependent"),
                            (16, "Is a borrower the surviving spouse of a servicemember who died on active duty?",
                             "surviving")):
            ny = row(c, y, num, q)
            boxes(c, f, ax + 8, ny + 8, yes_no, [s.get(key) == "Yes", s.get(key) == "No"], across=True)
            y = ny
        ny = row(c, y, 17, "If a borrower left active duty in the last 12 months, what was the date of separation "
                           "(mm/dd/yyyy)?")
        f.text(ax + 6, ny + 6, s.get("separation", ""))
        c.setFont("Helvetica-Oblique", 7.2)
        paragraphs(c, qx, ny - 14, right - qx, [
            "The SCRA may cap the interest rate at 6% on a mortgage taken out before active duty and limits "
            "foreclosure during and one year after military service. Send a copy of your orders with this form if "
            "you answered Yes to question 11."], font="Helvetica-Oblique", size=7.2, leading=9)
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed + 20)
        header(c, 2)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(qx, 716, "Loan number:")
        f.text(qx + 60, 716, app.loan)
        y = part(c, 704, "PART C - YOUR HARDSHIP")
        ny = row(c, y, 18, "About when did your hardship begin? (mm/dd/yyyy)")
        f.text(ax + 6, ny + 6, mdy(app.start) if app.start else "")
        y = ny
        ny = row(c, y, 19, "How long do you expect it to last? Mark one.", 40)
        boxes(c, f, ax + 8, ny + 27, ("6 months or less", "Longer than 6 months", "It is already resolved"),
              [app.duration == d for d in ("short", "long", "resolved")])
        y = ny
        ny = row(c, y, 20, "What caused the hardship? Mark every reason that applies.", 118)
        boxes(c, f, ax + 8, ny + 104, AMS_REASONS, [h in app.hardships for h in HARDSHIPS])
        y = ny
        ny = row(c, y, 21, "If you marked Other, describe the hardship.")
        f.text(ax + 6, ny + 6, app.other_text, 8.5)
        y = part(c, ny - 8, "PART D - MONTHLY INCOME OF ALL BORROWERS, BEFORE TAXES")
        for i, label in enumerate(AMS_INCOME):
            ny = row(c, y, 22 + i, "How much do you receive each month in " + label)
            c.setFont("Helvetica", 9)
            c.drawString(ax + 6, ny + 6, "$")
            amount = app.income.get(INCOMES[i], 0.0)
            if amount > 0:
                amt = money(amount)
                if mode == "hand":
                    f.text(ax + 100, ny + 6, amt)
                else:
                    c.setFont("Courier", 10)
                    c.drawRightString(ax + 170, ny + 6, amt)
            y = ny
        ny = row(c, y, 30, "What is your TOTAL monthly income? (add answers 22 to 29)")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(ax + 6, ny + 6, "$")
        if mode == "hand":
            f.text(ax + 100, ny + 6, money(app.total))
        else:
            c.setFont("Courier-Bold", 10)
            c.drawRightString(ax + 170, ny + 6, money(app.total))
        return f.marks

    def page3(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed + 40)
        header(c, 3)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(qx, 716, "Loan number:")
        f.text(qx + 60, 716, app.loan)
        y = part(c, 704, "PART E - CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, qx, y - 14, right - qx, [
            "I certify that the information in this request is true and that the hardship I described contributed "
            "to my need for mortgage relief. I agree to provide all required documents, and I consent to Anchorline "
            "obtaining a credit report for every borrower and to being contacted at any number or e-mail address I "
            "gave. Knowingly false statements may violate federal law.",
            "A person signing for a borrower under a power of attorney must sign the borrower's name followed by "
            "\"by\" and his or her own name, and attach a copy of the power of attorney."],
                       font="Helvetica", size=8.5, leading=11)
        people = [("Borrower", app.borrower, app.b_signs, app.b_dates, 0),
                  ("Co-borrower", app.co or "", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        y -= 10
        for role, name, signs, dates, k in people:
            c.setLineWidth(0.5)
            c.rect(qx, y - 58, right - qx, 58, stroke=1, fill=0)
            c.line(ax, y - 58, ax, y)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(qx + 4, y - 10, f"{role.upper()} SIGNATURE")
            c.drawString(ax + 4, y - 10, "DATE SIGNED (mm/dd/yyyy)")
            c.setFont("Helvetica", 7.5)
            c.drawString(qx + 4, y - 54, "Printed name:")
            f.text(qx + 58, y - 54, name, 8.5)
            f.sign(qx + 40, y - 40, 200, signs, app.seed + k)
            if signs and k == 0 and app.agent_sign:
                f.marks.append(Mark("hand", qx + 210, y - 38, app.agent_sign, size=9, seed=app.seed + 77))
            if dates:
                f.date(ax + 10, y - 36, app.signed_on)
            y -= 70
        c.setFont("Helvetica", 7.5)
        c.drawString(qx, y - 6, "Return this form with the documents on the enclosed checklist by mail, by fax to "
                                "(757) 555-0104 or through the borrower portal.")
        return f.marks

    return Paper([page1, page2, page3])


# --- Palisade Point Mortgage Servicing: form PP-7M, comb boxes beside an instruction rail ------------------

PP_REASONS = ("Unemployment", "Reduced income", "Higher housing costs", "Disaster", "Illness / disability",
              "Divorce / legal separation", "Unmarried co-owners separated", "Death of borrower / wage earner",
              "Relocation (PCS or job transfer)", "Other (explain)")
PP_INCOME = ("Wages, salary, military pay", "Self-employment", "Unemployment benefits",
             "Taxable benefits and pensions", "Non-taxable benefits (VA, SSI...)", "Rental income (net)",
             "Investment / insurance", "Other income")


def split_name(name: str) -> tuple[str, str, str]:
    parts = name.replace(".", "").split()
    return parts[-1], parts[0], parts[1][0] if len(parts) > 2 else ""


def pp7m(app: App, mode: str) -> Paper:
    """Palisade Point's HOMEOWNER RELIEF APPLICATION: two pages of COMB BOXES (one character to a box: last
    name, first name, MI, dates as MM DD YYYY, amounts as dollars and cents) beside a grey instruction rail."""
    rail, fx, pitch = 36.0, 168.0, 13.5
    teal = Color(0.0, 0.33, 0.33)

    def header(c: Canvas, page: int) -> None:
        c.setFillColor(teal)
        c.rect(rail, 736, 540, 32, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(rail + 10, 752, "PALISADE POINT MORTGAGE SERVICING")
        c.setFont("Helvetica", 7.5)
        c.drawString(rail + 10, 741, "1900 Fort Hood Street, Killeen, TX 76541  -  Homeowner Assistance (866) "
                                     "555-0177")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(rail + 530, 752, "HOMEOWNER RELIEF APPLICATION")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(rail + 530, 741, f"Form PP-7M  -  page {page} of 2")
        c.setFillColor(black)
        c.setFillGray(0.9)
        c.rect(rail, 50, 122, 680, stroke=0, fill=1)
        c.setFillColor(black)

    def note(c: Canvas, y: float, text: str) -> None:
        paragraphs(c, rail + 6, y, 110, [text], font="Helvetica", size=7, leading=8.6, gap=0)

    def section(c: Canvas, y: float, title: str) -> float:
        c.setFillColor(teal)
        c.rect(fx, y - 13, 408, 13, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(fx + 4, y - 10, title)
        c.setFillColor(black)
        return y - 13

    def comb(c: Canvas, x: float, y: float, n: int, label: str) -> None:
        c.setFont("Helvetica", 6.5)
        c.drawString(x, y + 16, label)
        c.setLineWidth(0.5)
        for i in range(n):
            c.rect(x + i * pitch, y, pitch, 14, stroke=1, fill=0)

    def date_boxes(c: Canvas, x: float, y: float, label: str) -> float:
        c.setFont("Helvetica", 6.5)
        c.drawString(x, y + 16, label)
        xx = x
        for n, lab in ((2, "MM"), (2, "DD"), (4, "YYYY")):
            c.setLineWidth(0.5)
            for i in range(n):
                c.rect(xx + i * pitch, y, pitch, 14, stroke=1, fill=0)
            c.setFont("Helvetica", 5)
            c.drawString(xx, y - 6, lab)
            xx += n * pitch + 6
        return xx

    def tick(c: Canvas, f: Filler, x: float, y: float, label: str, on: bool) -> None:
        c.setLineWidth(0.6)
        c.rect(x, y, 8, 8, stroke=1, fill=0)
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 12, y + 1, label)
        f.check(x, y, 8, on)

    last, first, mi = split_name(app.borrower)
    co_last, co_first, co_mi = split_name(app.co) if app.co else ("", "", "")
    s = app.scra

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed)
        header(c, 1)
        y = section(c, 722, "1  LOAN")
        comb(c, fx, y - 34, 12, "Loan number (from your statement)")
        f.comb(fx, y - 34, pitch, app.loan)
        note(c, y - 4, "Print in capital letters, one letter or digit to a box. Leave a box empty for a space.")
        y = section(c, y - 50, "2  BORROWER")
        note(c, y - 4, "The person whose name is first on the loan. Give only the last 4 digits of the Social "
                       "Security number.")
        comb(c, fx, y - 34, 18, "Last name")
        f.comb(fx, y - 34, pitch, last)
        comb(c, fx + 18 * pitch + 8, y - 34, 10, "First name")
        f.comb(fx + 18 * pitch + 8, y - 34, pitch, first[:10])
        comb(c, fx, y - 68, 1, "MI")
        f.comb(fx, y - 68, pitch, mi)
        comb(c, fx + 40, y - 68, 4, "SSN - last 4")
        f.comb(fx + 40, y - 68, pitch, app.ssn[-4:])
        digits = re.sub(r"\D", "", app.phone)
        comb(c, fx + 120, y - 68, 10, "Phone (digits)")
        f.comb(fx + 120, y - 68, pitch, digits)
        y = section(c, y - 84, "3  CO-BORROWER (if any)")
        note(c, y - 4, "Leave this section empty when no one else is on the loan.")
        comb(c, fx, y - 34, 18, "Last name")
        f.comb(fx, y - 34, pitch, co_last)
        comb(c, fx + 18 * pitch + 8, y - 34, 10, "First name")
        f.comb(fx + 18 * pitch + 8, y - 34, pitch, co_first[:10])
        comb(c, fx, y - 68, 1, "MI")
        f.comb(fx, y - 68, pitch, co_mi)
        comb(c, fx + 40, y - 68, 4, "SSN - last 4")
        f.comb(fx + 40, y - 68, pitch, (app.co_ssn or "")[-4:])
        y = section(c, y - 84, "4  PROPERTY")
        note(c, y - 4, "The address of the home that secures the loan, even if you no longer live there.")
        comb(c, fx, y - 34, 28, "Street address")
        f.comb(fx, y - 34, pitch, app.street)
        comb(c, fx, y - 68, 16, "City")
        f.comb(fx, y - 68, pitch, app.city)
        comb(c, fx + 16 * pitch + 8, y - 68, 2, "State")
        f.comb(fx + 16 * pitch + 8, y - 68, pitch, app.state)
        comb(c, fx + 18 * pitch + 16, y - 68, 5, "ZIP")
        f.comb(fx + 18 * pitch + 16, y - 68, pitch, app.zip)
        c.setFont("Helvetica", 6.5)
        c.drawString(fx, y - 84, "The property is (mark one)")
        occs = (("Our home (primary residence)", "primary_residence"), ("Second home", "second_home"),
                ("Rental / investment", "investment_property"))
        for i, (lab, occ) in enumerate(occs):
            tick(c, f, fx + i * 140, y - 97, lab, app.occupancy == occ)
        y = section(c, y - 112, "5  MILITARY STATUS (SCRA)")
        note(c, y - 4, "Servicemembers on active duty, their dependents and surviving spouses may have extra "
                       "protection under the Servicemembers Civil Relief Act. If anyone signs for a borrower under "
                       "a power of attorney, attach a copy.")
        c.setFont("Helvetica", 7.5)
        c.drawString(fx, y - 14, "Is a borrower on active duty (including Guard / Reserve on orders)?")
        tick(c, f, fx + 270, y - 15, "Yes", s.get("active") == "Yes")
        tick(c, f, fx + 310, y - 15, "No", s.get("active") == "No")
        comb(c, fx, y - 48, 10, "Branch of service")
        f.comb(fx, y - 48, pitch, s.get("branch", ""))
        od = s.get("orders_date")
        oe = s.get("orders_end")
        date_boxes(c, fx + 150, y - 48, "Date of orders")
        f.date_comb(fx + 150, y - 48, pitch, dt.date.fromisoformat(od) if od else None, 6)
        date_boxes(c, fx + 290, y - 48, "Orders end (expected)")
        f.date_comb(fx + 290, y - 48, pitch, dt.date.fromisoformat(oe) if oe else None, 6)
        c.setFont("Helvetica", 7.5)
        c.drawString(fx, y - 70, "Is a borrower deployed away from the home station?")
        tick(c, f, fx + 270, y - 71, "Yes", s.get("deployed") == "Yes")
        tick(c, f, fx + 310, y - 71, "No", s.get("deployed") == "No")
        c.drawString(fx, y - 86, "Is anyone signing this form under a power of attorney?")
        tick(c, f, fx + 270, y - 87, "Yes", s.get("poa") == "Yes")
        tick(c, f, fx + 310, y - 87, "No", s.get("poa") == "No")
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed + 30)
        header(c, 2)
        comb(c, fx, 694, 12, "Loan number")
        f.comb(fx, 694, pitch, app.loan)
        y = section(c, 676, "6  HARDSHIP")
        note(c, y - 4, "Mark every reason that applies. Give the date the hardship began.")
        date_boxes(c, fx, y - 34, "Hardship began on")
        f.date_comb(fx, y - 34, pitch, app.start, 6)
        c.setFont("Helvetica", 6.5)
        c.drawString(fx + 170, y - 18, "Expected to last (mark one)")
        for i, (lab, d) in enumerate((("6 months or less", "short"), ("Longer", "long"), ("Resolved", "resolved"))):
            tick(c, f, fx + 170 + i * 80, y - 32, lab, app.duration == d)
        for i, lab in enumerate(PP_REASONS):
            col, rw = divmod(i, 5)
            tick(c, f, fx + col * 200, y - 60 - rw * 14, lab, HARDSHIPS[i] in app.hardships)
        c.setFont("Helvetica", 6.5)
        c.drawString(fx, y - 140, "If Other, explain:")
        c.line(fx + 60, y - 141, fx + 408, y - 141)
        f.text(fx + 64, y - 139, app.other_text, 9)
        y = section(c, y - 152, "7  MONTHLY INCOME BEFORE TAXES (all borrowers)")
        note(c, y - 4, "Dollars in the boxes before the point, cents after it. Leave a line empty when it does "
                       "not apply. Active-duty pay: base pay plus BAH, BAS and special pays.")
        yy = y - 22
        for i, lab in enumerate([*PP_INCOME, "TOTAL"]):
            amount = app.total if lab == "TOTAL" else app.income.get(INCOMES[i], 0.0)
            c.setFont("Helvetica-Bold" if lab == "TOTAL" else "Helvetica", 7.8)
            c.drawString(fx, yy + 4, lab)
            bx = fx + 250
            c.setFont("Helvetica", 8)
            c.drawString(bx - 10, yy + 4, "$")
            c.setLineWidth(0.5)
            for k in range(8):
                c.rect(bx + k * pitch + (5 if k >= 6 else 0), yy, pitch, 14, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(bx + 6 * pitch + 1, yy + 1, ".")
            if amount > 0:
                dollars, cents = f"{amount:.2f}".split(".")
                f.comb(bx, yy, pitch, dollars, right=6)
                f.comb(bx + 6 * pitch + 5, yy, pitch, cents)
            yy -= 20
        y = section(c, yy - 4, "8  SIGNATURES")
        note(c, y - 4, "Every borrower signs and dates. A borrower away on military duty may sign through an "
                       "attorney-in-fact.")
        y = paragraphs(c, fx, y - 14, 408, [
            "I certify that this application is true and complete, that the hardship described contributed to my "
            "need for help, and that I will send the documents Palisade Point asks for. I consent to a credit "
            "report. False statements may violate federal law."], font="Helvetica", size=7.5, leading=9.5)
        for role, signs, dates, k in (("Borrower", app.b_signs, app.b_dates, 0),
                                      ("Co-borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs,
                                       1)):
            c.setLineWidth(0.6)
            c.line(fx, y - 22, fx + 220, y - 22)
            c.setFont("Helvetica", 6.5)
            c.drawString(fx, y - 30, f"{role} signature")
            date_boxes(c, fx + 236, y - 24, "Date")
            f.sign(fx + 10, y - 20, 160, signs, app.seed + k)
            if signs and k == 0 and app.agent_sign:
                f.marks.append(Mark("hand", fx + 120, y - 36, app.agent_sign, size=8.5, seed=app.seed + 77))
            if dates:
                f.sign_date_comb(fx + 236, y - 24, pitch, app.signed_on, 6)
            y -= 50
        return f.marks

    return Paper([page1, page2])


# --- packets ---------------------------------------------------------------------------------------------------


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
    text: str = ""  # what is printed or written on its pages (for the build-time truth check)
    derived: frozenset[str] = frozenset()  # fields a reader works out rather than reads (e.g. period start)


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    loose: set[tuple[str, int]] = field(default_factory=set)  # cover and separator sheets: pages of no document

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        texts = pdf_text(data)
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                doc.text = "\n".join(texts[page - 1:page - 1 + n])
                self.docs.append(doc)
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, Printed]], style: Scan, seed: int) -> None:
        """One image-only file: each part printed, marked in ink and scanned (or faxed, or photographed)."""
        sheets: list[ScannedPage] = []
        for k, (doc, pr) in enumerate(parts):
            pages = scan_printed(pr, style, seed * 10 + k)
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                doc.text = pr.text
                self.docs.append(doc)
            else:
                self.loose |= {(rel, len(sheets) + 1 + i) for i in range(len(pages))}
            sheets.extend(pages)
        self.files[rel] = scans_pdf(sheets, style)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub, derived: Sequence[str] = ()) -> Doc:
    return Doc("pay_stub", s.fields, s.date, derived=frozenset(derived))


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


LES_DERIVED = ("frequency",)  # the LES prints the month covered, not a frequency
CIV_DERIVED = ("period_start",)  # the civilian statement prints the pay period's END; it is 14 days long


def codes_from(app: dict[str, Any] | None, docs: Sequence[dict[str, Any]], received: dt.date,
               both_fresh: bool) -> list[str]:
    """shared/spec/checklist.md applied to an expected.json's own application and documents. both_fresh: read
    "two most recent bank statements" as both fresh (else only the newer must be)."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not app["signed"] or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        out.append("application_signature")
    required = ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
                "hardship_start_date")
    out += [f"application_field:{k}" for k in required if not app.get(k)]
    claimed = {k for k, v in app["income"].items() if k != "total" and v and v > 0}
    if not claimed:
        out.append("application_field:income")

    def fresh(iso: str | None) -> bool:
        return iso is not None and 0 <= (received - dt.date.fromisoformat(iso)).days <= FRESH_DAYS

    stmts = [d["fields"] for d in docs if d["type"] == "bank_statement"]
    two_bank = any(a is not b and a["account_last4"] == b["account_last4"] and a["bank_name"] == b["bank_name"]
                   and dt.date.fromisoformat(b["period_start"]) == dt.date.fromisoformat(a["period_end"])
                   + dt.timedelta(days=1) and fresh(b["period_end"]) and (fresh(a["period_end"]) or not both_fresh)
                   for a in stmts for b in stmts)
    stub_ok = any(d["type"] == "pay_stub" and d["fields"]["gross_ytd"] is not None and fresh(d["fields"]["pay_date"])
                  for d in docs)

    def letter(kind: str) -> bool:
        return any(d["type"] == "benefit_award_letter" and d["fields"]["benefit_type"] == kind
                   and fresh(d["fields"]["letter_date"]) for d in docs)

    rules = {"wages": stub_ok or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"), "rental": two_bank,
             "investment": two_bank, "other": two_bank}
    out += [f"income_doc:{k}" for k in INCOMES if k in claimed and not rules[k]]
    types = {d["type"] for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    out += [f"hardship_doc:{h}" for h in app["hardship_types"] if h in need and not need[h] & types]
    if claimed & {"self_employment", "rental"} and not any(
            d["type"] == "irs_form_4506c" and d["fields"].get("signed") for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def documents_of(p: Packet) -> list[dict[str, Any]]:
    return [{"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
             "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields}
            for i, d in enumerate(p.docs, 1)]


def expected_of(p: Packet) -> dict[str, Any]:
    app = p.app.expected()
    docs = documents_of(p)
    codes = codes_from(app, docs, p.received, both_fresh=False)
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": app,
            "documents": docs}


def date_forms(d: dt.date) -> set[str]:
    return {mdy(d), mdy2(d), mil(d), mil(d, True), long_date(d), d.strftime("%Y%m%d"), d.isoformat(),
            f"{d.strftime('%b')} {d.day}, {d.year}"}


def printed_forms(key: str, value: Any, fields: dict[str, Any]) -> set[str]:
    """The ways a paper may print a truth value."""
    if isinstance(value, bool) or value is None:
        return set()
    if isinstance(value, float | int) and not isinstance(value, bool):
        return {money(value), plain(value)} if key != "tax_year" else {str(value)}
    if key in ("pay_date", "letter_date", "signed_on") or key.startswith("period_"):
        d = dt.date.fromisoformat(value)
        forms = date_forms(d)
        if key.startswith("period_") and "period_start" in fields:
            s, e = dt.date.fromisoformat(fields["period_start"]), dt.date.fromisoformat(fields["period_end"])
            forms.add(f"{s.day}-{e.day} {MONTHS[e.month - 1]} {e.strftime('%y')}")
        return forms
    if key == "frequency":
        return {"Weekly", "Bi-Weekly", "Biweekly", "Semi-Monthly", "Semimonthly", "Monthly"}
    if key == "account_last4":
        return {value}
    if key == "employee_name":
        last, first, mi = split_name(value)
        return {value, f"{last}, {first} {mi}".strip(), f"{first} {mi} {last}".replace("  ", " ")}
    return {value}


def verify_printed(p: Packet) -> list[str]:
    """Every truth value of a document (names, amounts, dates) must be printed or written on its pages."""
    problems = []
    skip = {"monthly_gross", "benefit_type", "signed"}
    for i, d in enumerate(p.docs, 1):
        norm = re.sub(r"\s+", " ", d.text).lower()
        for key, value in d.fields.items():
            if key in skip or key in d.derived:
                continue
            forms = printed_forms(key, value, d.fields)
            if forms and not any(re.sub(r"\s+", " ", f).lower() in norm for f in forms):
                problems.append(f"{p.name} D{i:02d} {d.type}.{key}={value!r} is not printed on its pages")
    return problems


# --- the packets -----------------------------------------------------------------------------------------------


def packet_cb1(seed: int) -> Packet:
    """Relocation on PCS orders; the real Form 710 typed and signed on screen; a folder of e-mailed files."""
    received = dt.date(2051, 4, 14)
    m = Member("TILLMAN, MARCUS D", "Marcus D. Tillman", "934-22-5817", "E6", "ARMY", "5570", dt.date(2039, 6, 12),
               dt.date(2055, 6, 11), "66442", 0.07, "KS", 0.04)

    def ents(mo: int) -> list[tuple[str, float]]:
        return [("BASE PAY", 4712.40), ("BAS", 512.22), ("BAH", 2043.00), ("SPECIAL DUTY PAY", 150.00)]

    allots = [("DISCRETIONARY", 200.00)]
    feb = les(m, 2051, 2, ents, allots)
    mar = les(m, 2051, 3, ents, allots)
    orders = pcs_orders(m, "SSG", "041-0387", dt.date(2051, 2, 10),
                        ["DEPARTMENT OF THE ARMY", "HEADQUARTERS, 1ST INFANTRY DIVISION AND FORT RILEY",
                         "FORT RILEY, KANSAS 66442"], "HHC 2-16 IN, 1ST ABCT, FORT RILEY KS 66442",
                        "C CO 2-8 IN, 2ND ABCT, 4TH INF DIV, FORT CARSON CO 80913", dt.date(2051, 5, 15),
                        "Authorized: spouse and 2 children", ("R. K. OSTRANDER", "MAJ, AG, Chief, Military Personnel"))
    app = App("4480217736", "Marcus D. Tillman", "934-22-5817", "1630 Prairie Wind Drive", "Junction City", "KS",
              "66441", "(785) 555-0143", "mdtillman@example.com", "primary_residence", ["relocation"],
              dt.date(2051, 2, 10), "long", {"wages": mar.fields["gross_current"]}, dt.date(2051, 4, 10),
              co="Danielle R. Tillman", co_ssn="934-60-2219", military=True, intent="sell", seed=seed + 11)
    p = Packet("cb1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Tillman MAA signed.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{folder}/LES FEB 2051.pdf", paper_pdf(feb.paper, creator="myPay"), (stub_doc(feb, LES_DERIVED), 1))
    p.pdf(f"{folder}/LES MAR 2051.pdf", paper_pdf(mar.paper, creator="myPay"), (stub_doc(mar, LES_DERIVED), 1))
    p.scan(f"{folder}/PCS orders.pdf", [(letter_doc(orders), printed(orders.paper))], Scan("grey", 300, 0.35, 0.6),
           seed + 1)
    on = dt.date(2051, 4, 10)
    hl = hardship_letter(["Marcus D. Tillman", "Danielle R. Tillman"], ["1630 Prairie Wind Drive",
                                                                         "Junction City, KS 66441"], app.loan, on,
                         "Mortgage servicer for Fannie Mae", [
        "On February 10 the Army reassigned me from Fort Riley to Fort Carson, Colorado, and I must report no "
        "later than May 15. My family is moving with me. We have listed the house for sale, but houses near the "
        "post are slow to sell this spring and we cannot pay the mortgage here and rent in Colorado Springs at "
        "the same time.",
        "My pay has not changed, but the move costs come before the Army reimburses them. We are asking for a "
        "short sale or another option that lets us sell the house without falling further behind. A copy of my "
        "PCS orders and my last two Leave and Earnings Statements are attached."], ink=False, seed=seed)
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


def packet_cb2(seed: int) -> Packet:
    """A DoD civilian whose overtime ended; Anchorline's form typed, printed and signed in ink; ONE 300 dpi
    grey scan behind a QR separator sheet; his only stubs are from March (stale) and one bank statement."""
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2052, 7, 8)
    job = CivJob("Department of the Navy", "Raymond T. Oyelaran", "OYELARAN, RAYMOND T", "951-40-2277", "WG-10-05",
                 "N39040-2231", "PORTSMOUTH VA", 31.42, 0.09, "VA", 0.045, 142.37, 18.42)
    stubs = [civ_statement(job, ppe, lambda d: 16.0 if d.month < 4 else 0.0)
             for ppe in (dt.date(2052, 3, 2), dt.date(2052, 3, 16))]
    monthly_now = r2(80 * job.rate * 26 / 12)
    app = App("2069835412", "Raymond T. Oyelaran", "951-40-2277", "3309 Wavecrest Lane", "Chesapeake", "VA",
              "23321", "(757) 555-0190", "r.oyelaran@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2052, 4, 1), "long", {"wages": monthly_now}, dt.date(2052, 6, 28),
              scra={"active": "No", "dependent": "No", "surviving": "No"}, seed=seed + 21)
    p = Packet("cb2", received, app, ["income_doc:wages"])
    june = [ppe for ppe in biweekly_ppes(2052, dt.date(2052, 6, 30)) if (ppe + dt.timedelta(days=6)).month == 6]
    deposits = [((ppe + dt.timedelta(days=6)).day, "DFAS-CLEVELAND NAVY CIV PAY",
                 civ_statement(job, ppe, lambda d: 0.0).fields["net_current"]) for ppe in june]
    stmt = bulwark_statement(rng, "Raymond T. Oyelaran", ["3309 Wavecrest Lane", "Chesapeake, VA 23321"],
                             "5102448107", "204471", 2052, 6, 911.38, deposits,
                             [("TOWNE MORTGAGE PMT", 1450.0, 1450.0), ("COMMISSARY NORFOLK NS", 120, 260),
                              ("DOMINION ENERGY", 140, 220), ("HRSD WATER", 60, 90), ("WAWA #512", 30, 70),
                              ("CHESAPEAKE TREASURER", 90, 90), ("COX COMMUNICATIONS", 110, 140),
                              ("ATM WITHDRAWAL", 40, 100), ("NAVY EXCHANGE", 40, 150)])
    on = dt.date(2052, 6, 28)
    hl = hardship_letter(["Raymond T. Oyelaran"], ["3309 Wavecrest Lane", "Chesapeake, VA 23321"], app.loan, on,
                         "Anchorline Mortgage Servicing", [
        "I am a civilian pipefitter at the naval shipyard. Until March I worked sixteen hours of overtime every "
        "pay period, and my mortgage payment was set when that overtime was steady. In April the shipyard ended "
        "all overtime for my shop for the rest of the fiscal year.",
        "My base pay alone is about $1,600 a month less than I was earning. I have used my savings to keep the "
        "loan current through May and I am asking for a modification. My last earnings statements with the "
        "overtime are enclosed."], ink=True, seed=seed + 2)
    style = Scan("grey", 300, 0.3, 0.6, 0.0004)
    p.scan("scan_batch_0708_0931.pdf", [
        (None, printed(separator_sheet(app.loan))),
        (app_doc(), printed(ams22(app, "ink"))),
        (letter_doc(hl), printed(hl.paper)),
        (stub_doc(stubs[0], CIV_DERIVED), printed(stubs[0].paper)),
        (stub_doc(stubs[1], CIV_DERIVED), printed(stubs[1].paper)),
        (stmt_doc(stmt), printed(stmt.paper))], style, seed + 2)
    return p


def packet_cb3(seed: int) -> Packet:
    """A Marine's widow: the blank Form 710 filled by hand and FAXED with a DD 1300-style report of casualty,
    the casualty assistance officer's letter, VA DIC and DFAS SBP letters."""
    received = dt.date(2053, 2, 17)
    addr = ["112 Cedar Knoll Drive", "Jacksonville, NC 28546"]
    widow = "Brianna L. Halvorsen"
    died = dt.date(2052, 10, 14)
    member = "Sergeant Erik J. Halvorsen, USMC"
    dic = dic_award(widow, addr, dt.date(2052, 12, 9), "Sergeant Erik J. Halvorsen", died, 1812.47, 2, 449.48,
                    "C 38 441 902")
    sbp = sbp_notice(widow, addr, dt.date(2053, 1, 6), member, 2184.60, 218.46, dt.date(2052, 10, 15),
                     "SBP-52-0917744")
    app = App("5530917248", widow, "955-40-1127", "112 Cedar Knoll Drive", "Jacksonville", "NC", "28546",
              "(910) 555-0148", "bhalvorsen@example.net", "primary_residence", ["death"], died, "long",
              {"benefits_taxable": sbp.monthly or 0.0, "benefits_nontaxable": dic.monthly or 0.0},
              dt.date(2053, 2, 9), military=True, seed=seed + 31)
    p = Packet("cb3", received, app, [])
    report = report_of_casualty("HALVORSEN, ERIK J", "955-21-7788", "SGT / E-5", "USMC / ACTIVE",
                                "2D COMBAT ENGINEER BN, 2D MARDIV, CAMP LEJEUNE NC", died,
                                "CAMP LEJEUNE, NC - TRAINING AREA G-10",
                                "Member was the driver of a tactical vehicle that rolled over during a night "
                                "training exercise. Member was pronounced dead at the scene by medical personnel.",
                                "HALVORSEN, BRIANNA L", "112 Cedar Knoll Drive, Jacksonville, NC 28546",
                                dt.date(2052, 10, 16), "CAPT D. M. FERREIRA, USMC, CASUALTY SECTION")
    cao = cao_letter(dt.date(2052, 11, 30), widow, addr, member, died,
                     ("D. R. PACHECO", "Gunnery Sergeant, USMC", "Casualty Assistance Calls Officer"))
    on = dt.date(2053, 2, 9)
    hl = hardship_letter([widow], addr, app.loan, on, "Mortgage servicer for Fannie Mae", [
        f"My husband, Sergeant Erik Halvorsen, was killed in a training accident at Camp Lejeune on "
        f"{long_date(died)}. He was on active duty and his pay was our household income; I stayed home with our "
        "two children.",
        "I now receive Dependency and Indemnity Compensation from the VA and a Survivor Benefit Plan annuity. "
        "Together they are less than his pay was, and I missed the December and January payments while the "
        "benefits were being set up. I want to keep our home and ask for a modification. The Report of Casualty "
        "and the award letters are enclosed."], ink=True, seed=seed + 3)
    style = Scan("fax", 200, 0.35, 0.45, 0.0008)
    cover = fax_cover(["Postal Annex #2207", "1220 Western Blvd, Jacksonville, NC 28546", "Fax (910) 555-0107"],
                      "Loss Mitigation", "(800) 555-0166", received, 10, f"Loan {app.loan} - assistance application")
    p.scan("fax_20530217_101544.pdf", [
        (None, printed(cover)),
        (app_doc(), form710_hand(app)),
        (letter_doc(hl), printed(hl.paper)),
        (letter_doc(cao), printed(cao.paper)),
        (letter_doc(report), printed(report.paper)),
        (letter_doc(dic), printed(dic.paper)),
        (letter_doc(sbp), printed(sbp.paper))], style, seed + 3)
    return p


def packet_cb4(seed: int) -> Packet:
    """A deployed airman and his wife: Palisade Point's comb form filled in pen, signed by her for herself and
    for him under a power of attorney (colour scan), the POA (grey scan), his LES and letter printed on A4 and
    scanned overseas, her unemployment letter (born-digital)."""
    received = dt.date(2053, 9, 23)
    m = Member("OKONKWO, DOMINIC R", "Dominic R. Okonkwo", "966-31-8842", "E6", "AF", "5812", dt.date(2041, 8, 19),
               dt.date(2057, 8, 18), "79606", 0.08, "TX", 0.0)

    def ents(mo: int) -> list[tuple[str, float]]:
        out = [("BASE PAY", 4890.60), ("BAS", 512.22), ("BAH", 1611.00)]
        if mo >= 5:
            out += [("HOSTILE FIRE PAY", 225.00), ("FAMILY SEP ALLOW", 250.00)]
        return out

    les_jul = les(m, 2053, 7, ents, [("DISCRETIONARY", 300.00)], size=landscape(A4), cz_from=5,
                  remarks=["COMBAT ZONE TAX EXCLUSION APPLIES FROM 02 MAY 53.", "HFP/IDP AND FSA STARTED 02 MAY 53."])
    weekly = 450.00
    ui = ui_award(("TEXAS WORKFORCE COMMISSION", "Unemployment Benefit Services  -  PO Box 149137, Austin, TX 78714"),
                  "Keisha M. Okonkwo", ["4417 Saddle Creek Dr", "Abilene, TX 79606"], dt.date(2053, 7, 15), "UI",
                  weekly, 26, dt.date(2053, 7, 6), [("Q2 2052", 9204.10), ("Q3 2052", 9540.00), ("Q4 2052", 9612.75),
                                                      ("Q1 2053", 9377.30)], "Hendrick Regional Health (employer)")
    app = App("7204418863", "Dominic R. Okonkwo", "966-31-8842", "4417 Saddle Creek Dr", "Abilene", "TX", "79606",
              "(325) 555-0183", "kokonkwo@example.com", "primary_residence", ["unemployment"], dt.date(2053, 6, 30),
              "short", {"wages": les_jul.fields["gross_current"], "unemployment": r2(weekly * 52 / 12)},
              dt.date(2053, 9, 12), co="Keisha M. Okonkwo", co_ssn="966-58-1204", military=True,
              agent_sign="by Keisha M. Okonkwo, attorney-in-fact",
              scra={"active": "Yes", "branch": "AIR FORCE", "orders_date": "2053-05-02", "orders_end": "2054-01-15",
                    "deployed": "Yes", "poa": "Yes"}, seed=seed + 41)
    p = Packet("cb4", received, app, [])
    loan = app.loan
    p.scan(f"{loan} application.pdf", [(app_doc(), printed(pp7m(app, "hand")))],
           Scan("colour", 200, 0.45, 0.5, 0.0003, (250, 247, 236)), seed + 4)
    power = poa("Dominic R. Okonkwo", "966-31-8842", "Keisha M. Okonkwo", app.address, loan,
                "Palisade Point Mortgage Servicing", dt.date(2053, 4, 20), dt.date(2054, 6, 30),
                "7th Bomb Wing, Dyess AFB, Texas", seed + 44)
    p.scan(f"{loan} POA.pdf", [(letter_doc(power), printed(power.paper))], Scan("grey", 300, 0.25, 0.55), seed + 5)
    on = dt.date(2053, 9, 2)
    hl = hardship_letter(["Dominic R. Okonkwo"], ["Deployed - APO AE 09309", "(home: 4417 Saddle Creek Dr, "
                                                                           "Abilene, TX 79606)"], loan, on,
                         "Palisade Point Mortgage Servicing", [
        "I am writing from my deployment in Southwest Asia, where I have been since May. My wife Keisha holds my "
        "power of attorney and is handling our mortgage while I am away.",
        "At the end of June the hospital where Keisha worked closed its outpatient clinic and she lost her job. "
        "She is receiving unemployment benefits and looking for work, but with my pay alone we are short every "
        "month, and child care while I am gone costs more than before. We ask for a forbearance or a lower "
        "payment until she finds work. My July Leave and Earnings Statement is attached."],
                         ink=True, seed=seed + 6, size=A4)
    p.scan(f"{loan} Dominic LES and letter.pdf", [(stub_doc(les_jul, LES_DERIVED), printed(les_jul.paper)),
                                                   (letter_doc(hl), printed(hl.paper))],
           Scan("grey", 200, 0.6, 0.5, 0.0006), seed + 6)
    p.pdf(f"{loan} TWC letter.pdf", paper_pdf(ui.paper, creator="TWC"), (letter_doc(ui), 1))
    return p


def packet_cb5(seed: int) -> Packet:
    """A sailor who left the Navy at the end of his enlistment and has no job yet: Anchorline's form filled in
    pen and PHOTOGRAPHED, the hardship start date left blank (the separation date is written in the SCRA part
    instead); his DD-214 and UCX letter photographed; his wife's civilian statement e-mailed."""
    received = dt.date(2054, 5, 12)
    job = CivJob("Department of the Navy", "Alicia N. Baptiste", "BAPTISTE, ALICIA N", "977-61-0392", "GS-07-03",
                 "N00189-1140", "NORFOLK VA", 24.31, 0.08, "VA", 0.045, 118.90, 9.10)
    stub = civ_statement(job, dt.date(2054, 4, 25), lambda d: 0.0)
    weekly = 412.00
    separated = dt.date(2054, 1, 31)
    ucx = ui_award(("VIRGINIA EMPLOYMENT COMMISSION", "Unemployment Insurance  -  PO Box 26441, Richmond, VA 23261"),
                   "Terrence L. Baptiste", ["2208 Bayview Oaks Court", "Virginia Beach, VA 23455"],
                   dt.date(2054, 2, 20), "UCX", weekly, 26, dt.date(2054, 2, 8),
                   [("Q4 2052", 13902.90), ("Q1 2053", 14110.20), ("Q2 2053", 14110.20), ("Q3 2053", 14110.20)],
                   "Federal military wages - Department of the Navy (DD-214)")
    app = App("3391027754", "Terrence L. Baptiste", "977-20-4415", "2208 Bayview Oaks Court", "Virginia Beach",
              "VA", "23455", "(757) 555-0126", "tbaptiste@example.net", "primary_residence", ["unemployment"], None,
              "short", {"wages": stub.monthly, "unemployment": r2(weekly * 52 / 12)}, dt.date(2054, 5, 2),
              co="Alicia N. Baptiste", co_ssn="977-61-0392",
              scra={"active": "No", "dependent": "No", "surviving": "No", "separation": mdy(separated)},
              seed=seed + 51)
    p = Packet("cb5", received, app, ["application_field:hardship_start_date"])
    form = dd214("BAPTISTE, TERRENCE LAMAR", "977-20-4415", "NAVY - USN", "IT1", "E6", dt.date(2029, 9, 3),
                 dt.date(2046, 2, 1), separated, "NAVAL COMPUTER AND TELECOMMUNICATIONS AREA MASTER STATION "
                 "ATLANTIC", "IT-0000 INFORMATION SYSTEMS TECHNICIAN", "LAKE CHARLES, LA 70601")
    folder = app.loan
    photo = Scan("photo", 170)
    p.scan(f"{folder}/IMG_2291.pdf", [(app_doc(), printed(ams22(app, "hand")))], photo, seed + 5)
    p.scan(f"{folder}/IMG_2294.pdf", [(letter_doc(form), printed(form.paper))], photo, seed + 6)
    p.scan(f"{folder}/IMG_2295.pdf", [(letter_doc(ucx), printed(ucx.paper))], photo, seed + 7)
    p.pdf(f"{folder}/Alicia earnings statement.pdf", paper_pdf(stub.paper, creator="MyPay"),
          (stub_doc(stub, CIV_DERIVED), 1))
    return p


def packet_cb6(seed: int) -> Packet:
    """A Guard sergeant whose civilian hours were cut: Palisade Point's comb form typed, printed, signed and
    dated in pen; ONE 240 dpi colour scan of the whole envelope (no separator) with two weekly contractor stubs,
    his drill pay statement and a signed letter."""
    received = dt.date(2055, 3, 10)
    wh = Withholding(0.09, 0.045, (("401(k)", 0.04),), (("Medical - HDHP", 38.50), ("Union dues - IAM", 21.00)))

    def lines(pay: dt.date) -> list[PayLine]:
        return [("Regular", 32.0, 27.85, None)]

    stubs = [contractor_stub("Tamsin Aerostructures", "7700 East Kellogg Drive, Wichita, KS 67207",
                             "Anthony J. Ruiz", "TA-31877", ["822 North Elm Street", "Wichita, KS 67214"], "weekly",
                             d, lines, wh, [("FAB-P8A-0551", "Aft fuselage panels - Lot 51", 0.6),
                                            ("FAB-KC46-0209", "Boom fairing assembly", 0.4)], "Fab Bay 3",
                             Color(0.35, 0.12, 0.12))
             for d, _, _ in pay_schedule("weekly", 2055, dt.date(2055, 3, 6))[-2:]]

    def drills(mo: int) -> list[tuple[dt.date, str, int]]:
        weekend = {1: dt.date(2055, 1, 9), 2: dt.date(2055, 2, 13)}[mo]
        return [(weekend, "UTA 1-2", 2), (weekend + dt.timedelta(days=1), "UTA 3-4", 2)]

    drill = drill_statement("Kansas", "Topeka, KS", "Anthony J. Ruiz", "RUIZ, ANTHONY J", "962-11-0458",
                            "SGT / E-5", "B CO 1-635 AR, MANHATTAN KS", 2055, 2, 141.87, drills, 0.10, 0.045)
    wages = r2(stubs[-1].monthly + drill.monthly)
    app = App("5068123390", "Anthony J. Ruiz", "962-11-0458", "822 North Elm Street", "Wichita", "KS", "67214",
              "(316) 555-0175", "ajruiz@example.org", "primary_residence", ["reduction_in_income"],
              dt.date(2054, 12, 1), "long", {"wages": wages}, dt.date(2055, 3, 6),
              scra={"active": "No", "branch": "ARMY NG", "deployed": "No", "poa": "No"}, seed=seed + 61)
    p = Packet("cb6", received, app, [])
    on = dt.date(2055, 3, 6)
    hl = hardship_letter(["Anthony J. Ruiz"], ["822 North Elm Street", "Wichita, KS 67214"], app.loan, on,
                         "Palisade Point Mortgage Servicing", [
        "I build fuselage panels at Tamsin Aerostructures. On December 1 the plant went to a 32-hour week for "
        "every hourly worker because a contract was delayed, and nobody knows when full hours will come back. "
        "I lost eight hours of pay every week.",
        "I also serve one weekend a month in the Kansas Army National Guard. My drill pay helps, but together "
        "they do not cover the mortgage and child care. I am asking for a modification. My last two pay stubs "
        "and my February drill pay statement are included."], ink=True, seed=seed + 6)
    style = Scan("colour", 240, 0.4, 0.55, 0.0003, (252, 250, 243))
    p.scan(f"Ruiz {app.loan}.pdf", [
        (app_doc(), printed(pp7m(app, "ink"))),
        (stub_doc(stubs[0]), printed(stubs[0].paper)),
        (stub_doc(stubs[1]), printed(stubs[1].paper)),
        (stub_doc(drill), printed(drill.paper)),
        (letter_doc(hl), printed(hl.paper))], style, seed + 6)
    return p


def packet_cb7(seed: int) -> Packet:
    """A defense engineer transferred from Huntsville to Colorado Springs who rents out the house: Anchorline's
    form typed and signed on screen, two stubs, the signed transfer letter (grey scan), two statements showing
    the rent - and no IRS Form 4506-C."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2055, 10, 21)
    wh = Withholding(0.12, 0.05, (("401(k) Pre-Tax", 0.06),), (("Vision", 4.10), ("Supp. Life", 9.25)))
    home = ["1189 Summit Ridge Loop", "Colorado Springs, CO 80920"]

    def lines(pay: dt.date) -> list[PayLine]:
        return [("Salary - Exempt", 86.67, 56.2479, 4875.00)]

    charges = [("W58RGZ-53-C-0117.0042", "Sensor integration, CLIN 0004", 0.75),
               ("IRAD-55-031", "Internal R&D - radar modes", 0.25)]
    stubs = [contractor_stub("Corvane Defense Systems", "4100 Bradford Drive NW, Huntsville, AL 35805",
                             "Nathaniel P. Greer", "E-204418", home, "semimonthly", d, lines, wh, charges,
                             "ENG-Mission Sys")
             for d, _, _ in pay_schedule("semimonthly", 2055, dt.date(2055, 10, 16))[-2:]]
    letter_on = dt.date(2055, 5, 19)
    reloc = transfer_letter("Corvane Defense Systems", "4100 Bradford Drive NW, Huntsville, AL 35805", letter_on,
                            "Nathaniel P. Greer", ["2716 Cedar Bluff Road SE", "Huntsville, AL 35803"],
                            "Huntsville, Alabama", "Colorado Springs, Colorado", dt.date(2055, 7, 7), 7500.00,
                            ("Lauren B. Meeks", "Director, Human Resources"), seed + 70)
    debits = [("REDSTONE FCU MTG PMT", 2140.0, 2140.0), ("PIKES PEAK APTS RENT", 1985.0, 1985.0),
              ("KING SOOPERS #88", 120, 260), ("COLORADO SPRINGS UTIL", 110, 190), ("SHELL OIL", 30, 70),
              ("VERIZON WIRELESS", 90, 130), ("HUNTSVILLE UTILITIES", 40, 80), ("ATM WITHDRAWAL", 60, 120),
              ("USAA P&C INS", 161.0, 161.0)]
    net = stubs[0].fields["net_current"]

    def credits(month: int, rent_day: int) -> list[tuple[int, str, float]]:
        pays = [d for d, _, _ in pay_schedule("semimonthly", 2055, dt.date(2055, 12, 31)) if d.month == month]
        return [(rent_day, "RENT DEPOSIT - 2716 CEDAR BLUFF", 1750.00),
                *[(d.day, "CORVANE DEFENSE PAYROLL", net) for d in pays]]

    s1 = bulwark_statement(rng, "Nathaniel P. Greer / Renee A. Greer", home, "7730412896", "118877", 2055, 8,
                           1822.41, credits(8, 3), debits)
    s2 = bulwark_statement(rng, "Nathaniel P. Greer / Renee A. Greer", home, "7730412896", "118877", 2055, 9,
                           s1.fields["ending_balance"], credits(9, 2), debits)
    app = App("8815066027", "Nathaniel P. Greer", "940-72-3361", "2716 Cedar Bluff Road SE", "Huntsville", "AL",
              "35803", "(256) 555-0139", "npgreer@example.com", "investment_property", ["relocation"],
              dt.date(2055, 7, 7), "long", {"wages": stubs[-1].monthly, "rental": 1520.00}, dt.date(2055, 10, 14),
              co="Renee A. Greer", co_ssn="940-18-7702",
              scra={"active": "No", "dependent": "No", "surviving": "No"}, seed=seed + 71)
    p = Packet("cb7", received, app, ["irs_form_4506c"])
    loan = app.loan
    p.pdf(f"Greer_{loan}_AMS-22.pdf", paper_pdf(ams22(app, "screen")), (app_doc(), 3))
    for s in stubs:
        p.pdf(f"Greer_{loan}_paystub_{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.scan(f"Greer_{loan}_transfer_letter.pdf", [(letter_doc(reloc), printed(reloc.paper))],
           Scan("grey", 300, 0.3, 0.55), seed + 7)
    for s in (s1, s2):
        data = paper_pdf(s.paper, creator="Bulwark FCU eStatements")
        p.pdf(f"Greer_{loan}_BFCU_{s.date.strftime('%b%Y')}.pdf", data, (stmt_doc(s), 2))
    on = dt.date(2055, 10, 14)
    hl = hardship_letter(["Nathaniel P. Greer", "Renee A. Greer"], home, loan, on, "Anchorline Mortgage Servicing", [
        "In May my employer told me that my program was moving to Colorado Springs and that my job would move "
        "with it on July 7. We could not sell the Huntsville house in time, so we rented it out from August for "
        "$1,750 a month and rented an apartment here.",
        "After the property manager, taxes and insurance the rent covers only part of the mortgage, and we pay "
        "our own rent on top of it. We would like to keep the house until the market improves and ask for a "
        "modification. The transfer letter, my pay stubs and our statements showing the rent are attached."],
                         ink=False, seed=seed + 7)
    p.pdf(f"Greer_{loan}_hardship.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


def packet_cb8(seed: int) -> Packet:
    """A deployed sailor and his wife: the real Form 710 typed on screen and signed on screen by the wife only -
    the borrower's signature and date are empty; his LES as downloaded, her two stubs, her letter."""
    received = dt.date(2056, 7, 17)
    m = Member("WHITLOCK, JEROME K", "Jerome K. Whitlock", "983-47-2106", "E6", "NAVY", "3881", dt.date(2043, 3, 2),
               dt.date(2059, 3, 1), "23511", 0.08, "FL", 0.0)

    def ents(mo: int) -> list[tuple[str, float]]:
        out = [("BASE PAY", 5040.90), ("BAS", 512.22), ("BAH", 2268.00), ("SEA PAY", 320.00)]
        if mo >= 4:
            out.append(("FAMILY SEP ALLOW", 250.00))
        return out

    les_jun = les(m, 2056, 6, ents, [("DISCRETIONARY", 150.00), ("NMCRS", 20.00)],
                  remarks=["FSA TYPE II STARTED 02 APR 56. SEA PAY LEVEL 4."])
    wh = Withholding(0.08, 0.045, (("401(k)", 0.03),), (("Dental", 11.40),))

    def lines(pay: dt.date) -> list[PayLine]:
        return [("Regular", 40.0 if pay.month < 5 else 28.0, 22.60, None)]

    stubs = [contractor_stub("Halverd Maritime Systems", "600 Terminal Boulevard, Norfolk, VA 23505",
                             "Sandra P. Whitlock", "HMS-08815", ["5107 Brandon Court", "Norfolk, VA 23513"],
                             "biweekly", d, lines, wh, [("N00024-54-C-4410", "Ship repair planning, CLIN 0002", 1.0)],
                             "Planning Yard", Color(0.1, 0.3, 0.2))
             for d, _, _ in pay_schedule("biweekly", 2056, dt.date(2056, 7, 10))[-2:]]
    app = App("6627401985", "Jerome K. Whitlock", "983-47-2106", "5107 Brandon Court", "Norfolk", "VA", "23513",
              "(757) 555-0158", "sandra.whitlock@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2056, 5, 1), "short", {"wages": r2(les_jun.fields["gross_current"] + stubs[-1].monthly)},
              dt.date(2056, 7, 12), co="Sandra P. Whitlock", co_ssn="983-80-5531", b_signs=False, b_dates=False,
              military=True, seed=seed + 81)
    p = Packet("cb8", received, app, ["application_signature"])
    loan = app.loan
    p.pdf(f"Whitlock_{loan}_1.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"Whitlock_{loan}_2.pdf", paper_pdf(les_jun.paper, creator="myPay"), (stub_doc(les_jun, LES_DERIVED), 1))
    for i, s in enumerate(stubs):
        p.pdf(f"Whitlock_{loan}_{3 + i}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    on = dt.date(2056, 7, 12)
    hl = hardship_letter(["Sandra P. Whitlock"], ["5107 Brandon Court", "Norfolk, VA 23513"], loan, on,
                         "Mortgage servicer for Fannie Mae", [
        "My husband Jerome is deployed with his ship until November. Since May I have cut my hours at work from "
        "forty to twenty-eight a week because I have no one to watch our two children after school while he is "
        "away.",
        "His Navy pay has not changed, but my pay dropped by almost $600 a month and we are behind on the "
        "mortgage. I filled out the application and signed it; Jerome will sign it as soon as he can get a copy "
        "on board. Please review us for a forbearance."], ink=False, seed=seed + 8)
    p.pdf(f"Whitlock_{loan}_5.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


# --- checking and main -----------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cb1, packet_cb2, packet_cb3, packet_cb4, packet_cb5, packet_cb6,
                                             packet_cb7, packet_cb8]
CODES = ({"application", "application_signature", "irs_form_4506c"}
         | {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                "hardship_types", "hardship_start_date", "income")}
         | {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
         | {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation", "separation_unmarried",
                                          "death", "relocation", "other")})
APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}


def schema_errors(instance: Any, schema: dict[str, Any], root: dict[str, Any], path: str = "$") -> list[str]:
    """The subset of JSON Schema that case-report.schema.json uses ($ref, type, const, enum, pattern, required,
    properties, additionalProperties, items, minimum, maximum)."""
    if "$ref" in schema:
        node: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        return schema_errors(instance, node, root, path)
    errs: list[str] = []
    kinds = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}

    def is_type(t: str) -> bool:
        if t in ("number", "integer"):
            ok = isinstance(instance, int | float) and not isinstance(instance, bool)
            return ok and (t == "number" or float(instance).is_integer())
        return isinstance(instance, kinds[t])

    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(is_type(t) for t in types):
            return [f"{path}: {instance!r} is not {types}"]
    if "const" in schema and instance != schema["const"]:
        errs.append(f"{path}: not {schema['const']!r}")
    if "enum" in schema and instance not in schema["enum"]:
        errs.append(f"{path}: {instance!r} not in {schema['enum']}")
    if isinstance(instance, str) and "pattern" in schema and not re.search(schema["pattern"], instance):
        errs.append(f"{path}: {instance!r} does not match {schema['pattern']}")
    if isinstance(instance, int | float) and not isinstance(instance, bool):
        if "minimum" in schema and instance < schema["minimum"]:
            errs.append(f"{path}: below minimum")
        if "maximum" in schema and instance > schema["maximum"]:
            errs.append(f"{path}: above maximum")
    if isinstance(instance, dict):
        errs += [f"{path}: missing {k}" for k in schema.get("required", []) if k not in instance]
        props = schema.get("properties", {})
        for k, v in instance.items():
            if k in props:
                errs += schema_errors(v, props[k], root, f"{path}.{k}")
            elif isinstance(schema.get("additionalProperties"), dict):
                errs += schema_errors(v, schema["additionalProperties"], root, f"{path}.{k}")
    if isinstance(instance, list) and "items" in schema:
        for i, v in enumerate(instance):
            errs += schema_errors(v, schema["items"], root, f"{path}[{i}]")
    return errs


def business_days_after(d: dt.date, n: int) -> dt.date:
    while n:
        d += dt.timedelta(days=1)
        n -= d.weekday() < 5
    return d


def as_case_report(exp: dict[str, Any]) -> dict[str, Any]:
    """The case.json a correct service would write for an expected.json (every value read with confidence 1)."""

    def fld(v: Any) -> dict[str, Any]:
        return {"value": v, "confidence": 1.0}

    app = exp["application"]
    application = None
    if app is not None:
        application = {k: fld(v) for k, v in app.items() if k != "income"}
        application["income"] = {k: fld(v) for k, v in app["income"].items()}
    received = dt.date.fromisoformat(exp["received_on"])
    complete = exp["status"] == "complete"
    date_keys = ("pay_date", "period_end", "letter_date", "signed_on")
    docs = [{"id": d["id"], "type": d["type"], "type_confidence": 1.0, "pages": d["pages"],
             "received_on": exp["received_on"],
             "document_date": next((d["fields"][k] for k in date_keys if d["fields"].get(k)), None),
             "fields": {k: fld(v) for k, v in d["fields"].items()}} for d in exp["documents"]]
    return {"schema_version": "1", "loan_number": exp["loan_number"], "program": "fannie_mae_710_2023@1",
            "status": exp["status"], "evaluated_on": exp["received_on"], "received_on": exp["received_on"],
            "complete_on": exp["received_on"] if complete else None,
            "acknowledgment_due": business_days_after(received, 5).isoformat(),
            "documents_due": None if complete else (received + dt.timedelta(days=30)).isoformat(),
            "evaluation_due": (received + dt.timedelta(days=30)).isoformat() if complete else None,
            "application": application, "income_types": sorted(k for k in (app or {}).get("income", {})
                                                                if k != "total"),
            "documents": docs, "missing": [{"code": c, "description": c.replace("_", " "), "reason": "absent"}
                                           for c in exp["missing"]], "needs_review": []}


def check(out: Path, loose: dict[str, set[tuple[str, int]]]) -> list[str]:
    """Validate every expected.json under out against the schema (as the case report it implies), the checklist
    (its codes recomputed from its own application and documents), its pages and its text layers."""
    problems: list[str] = []
    schema = json.loads(SCHEMA.read_text())
    for exp_path in sorted(out.glob("cb*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
            continue
        problems += [f"{name}: schema {e}" for e in schema_errors(as_case_report(exp), schema, schema)]
        received = dt.date.fromisoformat(exp["received_on"])
        if not 2050 <= received.year <= 2059:
            problems.append(f"{name}: received {received} not in the 2050s")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in CODES]
        for both in (False, True):
            again = codes_from(exp["application"], exp["documents"], received, both)
            if again != sorted(exp["missing"]):
                problems.append(f"{name}: checklist gives {again} (both_fresh={both}), expected says {exp['missing']}")
        app = exp["application"]
        if set(app) != APP_KEYS:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"} or any(v <= 0 for v in app["income"].values()):
            problems.append(f"{name}: bad income line")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower and co_borrower_signed disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            want = FIELD_KEYS.get(doc["type"], set())
            if set(doc["fields"]) != want:
                problems.append(f"{name}: {doc['id']} fields {sorted(doc['fields'])}, want {sorted(want)}")
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
            f = doc["fields"]
            for k, v in f.items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
            date = next((f[k] for k in ("pay_date", "period_end", "letter_date") if f.get(k)), None)
            if doc["type"] in ("pay_stub", "bank_statement", "benefit_award_letter") and date:
                age = (received - dt.date.fromisoformat(date)).days
                if age < 0 or abs(age - FRESH_DAYS) < 5:
                    problems.append(f"{name}: {doc['id']} is {age} days old, too near the 90-day edge")
            if doc["type"] == "pay_stub":
                if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] < f["gross_current"]:
                    problems.append(f"{name}: year to date below current {f}")
        stmts = sorted((d["fields"] for d in exp["documents"] if d["type"] == "bank_statement"),
                       key=lambda f: f["period_start"])
        for a, b in itertools.pairwise(stmts):
            if a["account_last4"] == b["account_last4"] and abs(a["ending_balance"] - b["beginning_balance"]) > 0.005:
                problems.append(f"{name}: statements {a['period_end']} and {b['period_start']} do not chain")
        for path in sorted((exp_path.parent / "inbox").rglob("*.pdf")):
            rel = path.relative_to(exp_path.parent / "inbox").as_posix()
            for i in range(len(PdfReader(path).pages)):
                if (rel, i + 1) not in seen and (rel, i + 1) not in loose.get(name, set()):
                    problems.append(f"{name}: page {rel}#{i + 1} belongs to no document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cb1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    loose: dict[str, set[tuple[str, int]]] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        problems += verify_printed(p)
        loose[p.name] = p.loose
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        pages = sum(len(PdfReader(io.BytesIO(b)).pages) for b in p.files.values())
        scanned = sum(len(d.pages) for d in p.docs if d.scanned) + len(p.loose)
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-':<40} ({len(p.files)} files, {pages} "
              f"pages, {scanned} scanned)")
    if args.check:
        problems += check(args.out, loose)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
