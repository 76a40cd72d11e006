"""A holdout set of borrower packets (cc1..cc8) for SELF-EMPLOYED, GIG AND SMALL-LANDLORD HOUSEHOLDS, written BLIND:
from shared/spec (README, checklist, case-report schema, form710.md, domain-rules.md), shared/samples (the packets,
their expected.json and README), shared/reference/README.md and the blank Form 710 and Form 4506-C it names,
tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py (the
scaffold: scan noise, invariant reportlab output, expected.json, --check) and only the module docstrings of the other
holdout_packets_*.py - never the service's code, rules, data files or tests, and the service was not run on them.

    python benchmarks/holdout_packets_cc.py OUT_DIR [--seed N] [--check] [--only cc1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch processed with `--received-on <received_on>`; received dates are Tuesdays in 2053 (April to November).

THEME. Rideshare and delivery drivers, a salon-suite stylist, a bakery, a landscaper, a food truck, a handyman and a
wedding photographer - most of them also landlords of a basement apartment or the other side of a duplex. Their
packets are full of papers that PROVE self-employment or rent only under conditions: a profit and loss statement counts
only when signed AND dated (and fresh by its period end); a Form 1040 only when signed; bank statements only as two
consecutive months of one account; rent only as two deposited checks of the two most recent months. Form 4506-C is
required whenever self-employment or rental income is claimed.

APPLICATIONS.
- The real Form 710 (April 2023) through its AcroForm: typed and signed on screen with drawn strokes over the
  signature field and the date typed (cc1); the same but the date field left EMPTY (cc7: signed = false); typed,
  printed, signed and dated in ink, then faxed (cc3, both spouses) or PHOTOGRAPHED page by page on a table (cc5).
- Harborlight Home Loan Servicing's own "MORTGAGE ASSISTANCE APPLICATION for self-employed borrowers, gig workers and
  landlords" (Form HL-SE3 (06/2052), three pages): a navy band with a gold lighthouse, a boxed LOAN NUMBER on every
  page, numbered round section badges with gold rules, captions in small capitals ABOVE open answer boxes. 1 ABOUT YOU
  (borrower / co-borrower name, SSN last 4, phone; e-mail), 2 THE PROPERTY (street | city | state | ZIP, three use
  boxes, units, "rented to a tenant? Yes / No"), 3 YOUR BUSINESS, GIG OR SELF-EMPLOYMENT - a table, one row per
  business or app: name | what it does | since | MONTHLY GROSS RECEIPTS | MONTHLY EXPENSES | MONTHLY NET -, 4 RENTAL
  UNITS (unit | tenant | lease ends | monthly rent collected - the GROSS rent), 5 HOUSEHOLD MONTHLY INCOME lines 5a..5h
  and 5i TOTAL (5b "Self-employment income - monthly NET from section 3", 5f "Rental income - rents after expenses"),
  6 HARDSHIP (ten boxes in two columns, start date, duration boxes, three ruled lines), 7 MONEY ON HAND, 8 CERTIFY AND
  SIGN (shaded panels BORROWER / CO-BORROWER with signature and date lines). The truth's income is what lines 5a..5i
  say - not section 3's gross receipts, not section 4's gross rent; in cc6 the borrower wrote 3,400.00 on line 5b
  while section 3's net reads 3,412.50, and 3,400.00 is the answer. Typed and signed on screen (cc4) or filled BY
  HAND in ink (hand-printed capitals and numbers, X-ed boxes; cc2, cc6, cc8).

PAPERS (type; the fields expected.json holds).
- profit_and_loss_statement (period_start, period_end, net_income, signed) in three styles: bookkeeping software's
  year-to-date "Profit and Loss" (company, period "January 1 - April 30, 2053", Income / Cost of Goods Sold / GROSS
  PROFIT / Expenses / NET OPERATING INCOME / Other Income / NET INCOME - the truth is NET INCOME, which differs from net
  operating income by the interest earned -, footer "Accrual Basis <weekday, date, time>"), printed with a
  certification line signed and dated in ink (cc2, cc6) or exported and e-mailed with NO signature at all (cc4); a
  quarterly P&L kept in a SPREADSHEET and printed landscape with gridlines, column letters and row numbers, months
  as columns and a quarter total, signed and dated under the grid on screen (cc1) or in ink (cc7); a P&L HAND-WRITTEN on
  a green columnar ledger sheet, months and a total, signed at the foot but NOT dated (cc8).
- tax_return (tax_year, form "1040"): a Form 1040 for 2052 as tax software prints it, page 1 and page 2 (the "Sign
  Here" block) with its Schedule C behind them as one three-page return; signed and dated in ink by both spouses (cc2,
  cc6) or UNSIGNED (cc4, the borrower's file copy, colour scan).
- other: Forms 1099-NEC and 1099-K (Copy B, printed by the payer's software, 1099-K with its monthly boxes), a
  rideshare platform's weekly earnings statement printed from the driver dashboard (Curbly: earnings tile, breakdown,
  payout; cc1, cc7), a delivery app's landscape weekly courier pay summary (BiteRunner, a row per day; cc4), a
  residential lease for the rented unit (two pages, initialled and signed; cc1, cc3, cc5), a commercial insurer's flood
  claim acknowledgment (cc2). None of them is a pay stub, a P&L or a statement.
- rent_check (no fields; dated by the check, deposited a day or three later - both readings give the same truth): a
  tenant's check front and back with the landlord's endorsement and the bank's purple DEPOSITED stamp, as two PHONE
  PHOTOS per check (cc1, cc5), as one photocopied sheet faxed (cc3), or as the bank's online "Deposited item" page
  printed and colour-scanned (cc6).
- bank_statement: Saltmarsh Merchants Bank "Business Essentials Checking" (two pages: summary box, deposits, electronic
  debits, a checks-paid grid, daily ending balances; cc2, cc6); Quillback Valley Credit Union (one page, one register
  with withdrawal and deposit columns and a running balance, a totals strip; personal checking cc3, cc4, "Business
  Share Draft" cc8).
- pay_stub: a payroll service's "Earnings Statement" (period beginning / ending, pay date, frequency, regular and
  overtime with this period and year to date, statutory and other deductions, net pay distribution) - a school
  district's semi-monthly (cc3) and a dental practice's biweekly (cc5); every year-to-date is the sum of that year's
  checks.
- irs_form_4506c (signed, signed_on): page 1 of the real Rev. 10-2022 form typed over, signed on screen or in ink.
- hardship_letter (letter_date): typed, unsigned when e-mailed, signed in ink when printed.
- Not documents: a Code 128 "LOAN <number>" batch separator (cc2), a QR-code "LOAN <number>" cover sheet (cc8), a
  library's fax cover sheet (cc3; every fax page carries the sending machine's header line).

DELIVERIES. Born-digital PDFs; 300 dpi grey scans (tilted, blurred, speckled JPEG, no text layer); a 200 dpi black and
white fax; 200 dpi colour scans (paper tone, lamp fall-off, grain); phone photos (the sheet on a wooden table,
perspective, uneven warm light). One combined file (cc2, cc3, cc8) or a folder / loose files (cc1, cc4..cc7). About
three quarters of the document pages are images.

PACKETS (truth judged at received_on per checklist.md: fresh = at most 90 days old - a statement or P&L by its period
end, a stub by its pay date, a letter by its date, a rent check by its date):
- cc1 COMPLETE - folder named after the loan: Form 710 on screen (self-employment 2,350.00, rental 925.00; reduction in
  income needs no paper), a Q1 spreadsheet P&L signed and dated on screen, Curbly weekly statement and 1099-K (other),
  March and April rent checks photographed front and back, the lease photographed, a 4506-C signed on screen, a letter.
- cc2 COMPLETE - ONE 300 dpi grey scan behind a Code 128 separator: HL-SE3 by hand (both spouses; bakery flooded -
  disaster needs no paper), signed and dated software P&L through April 30, March and April business statements (April
  scanned first), the signed 1040 with Schedule C, a signed 4506-C, a signed letter, the insurer's letter (other).
- cc3 INCOMPLETE irs_form_4506c - ONE 200 dpi fax behind a cover sheet: Form 710 in ink by both spouses (wages,
  self-employment, rental), a fresh semi-monthly stub with year to date, April and May statements, April and May rent
  checks, the lease, a signed letter - everything but the Form 4506-C that self-employment and rent require.
- cc4 INCOMPLETE income_doc:self_employment - loose e-mailed files "<loan>_<paper>.pdf": HL-SE3 on screen (a stylist
  and delivery courier; "other" hardship, explained by her letter), an UNSIGNED software P&L, an UNSIGNED 1040 with
  Schedule C (colour scan), statements for April and June only (not consecutive), BiteRunner summary and 1099-NEC
  (other), a signed 4506-C: nothing that the checklist accepts for self-employment.
- cc5 INCOMPLETE income_doc:rental - a folder of phone photos: Form 710 in ink (wages and rental; "other" hardship, her
  letter explains it), two fresh biweekly stubs with year to date, rent checks for April (stale, 140 days) and August
  only - the tenant withheld May to July - so not the two most recent months; the lease; a signed 4506-C.
- cc6 COMPLETE - a folder of 200 dpi colour scans, one per paper: HL-SE3 by hand (line 5b 3,400.00 against section 3's
  3,412.50; disaster and reduction in income), signed and dated software P&L through August 31, July and August
  business statements, August and September rent-check printouts, the signed 1040 with Schedule C, a signed 4506-C, a
  signed letter.
- cc7 INCOMPLETE application_signature, hardship_doc:other - loose files "<Surname> - <loan> - <paper>.pdf": Form 710
  on screen, signed but its date left empty, "other" (stolen camera gear) checked with no hardship letter; a Q3
  spreadsheet P&L signed and dated in ink (grey scan; covers self-employment), Curbly week, 1099-K, a signed 4506-C.
- cc8 INCOMPLETE income_doc:self_employment - ONE 200 dpi colour scan behind a QR-code cover sheet: HL-SE3 by hand, the
  ledger P&L signed but NOT dated, ONE business statement (October), 1099-K (other), a signed 4506-C, a signed letter.

Expected status and missing codes are not written by hand: `missing_codes` applies checklist.md to the values drawn
into each packet, under every combination of the readings the spec leaves open (must the older of two statements be
fresh too; a rent check dated by its date or its deposit; a P&L dated by its period end or its signing; whether a
signed return counts) - the packets are built so that every reading gives the same codes. `--check` holds every
expected.json (dressed as a case report) against shared/spec/case-report.schema.json, and checks keys, codes, types,
that no date follows receipt, that every listed page exists and every inbox file holds a document, that `scanned`
matches the absence of a text layer, stub arithmetic, and that the rules under every reading give the scenario's codes.
Same seed, same bytes: reportlab runs in invariant mode, all noise is seeded, pypdf output has fixed identifiers. All
people, businesses, banks and servicers are fictional; SSNs use the 900-999 area; every page carries a faint
"synthetic test document" line.
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

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import landscape, letter
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
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
PRINT_FONT = FONT_DIR / "dejavu/DejaVuSansCondensed-Oblique.ttf"
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
BLUE_INK = (28, 42, 118)
BLACK_INK = (30, 30, 34)


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def words_amount(v: float) -> str:
    """A check's amount in words: 'One thousand one hundred and 00/100'."""
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def under_1000(n: int) -> str:
        out = []
        if n >= 100:
            out.append(ones[n // 100] + " hundred")
            n %= 100
        if n >= 20:
            out.append(tens[n // 10] + ("-" + ones[n % 10] if n % 10 else ""))
        elif n:
            out.append(ones[n])
        return " ".join(out)

    dollars = int(v)
    cents = round((v - dollars) * 100)
    parts = []
    if dollars >= 1000:
        parts.append(under_1000(dollars // 1000) + " thousand")
    if dollars % 1000:
        parts.append(under_1000(dollars % 1000))
    text = " ".join(parts) or "zero"
    return f"{text[0].upper()}{text[1:]} and {cents:02d}/100"


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand: a signature ("sig") or a hand-written string ("hand").
    x, y: PDF points from the page's bottom-left (the baseline's left end); w: the signature's width."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 12.0
    seed: int = 1
    angle: float = 0.0


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


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        else:  # typed on screen
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True, creator: str = "holdout_packets_cc") -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_cc"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


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


def right(c: Canvas, x: float, y: float, text: str, font: str = "Helvetica", size: float = 9) -> None:
    c.setFont(font, size)
    c.drawRightString(x, y, text)


def text(c: Canvas, x: float, y: float, s: str, font: str = "Helvetica", size: float = 9) -> None:
    c.setFont(font, size)
    c.drawString(x, y, s)


# --- scanning, faxing and photographing ------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How paper became an image: 'grey' (flatbed, 8-bit grey), 'fax' (black and white), 'colour' (a colour
    scan with the paper's tone and a lamp fall-off) or 'photo' (a phone picture of the sheet on a table)."""

    mode: str = "grey"
    dpi: int = 300
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0005
    paper: tuple[int, int, int] = (250, 248, 241)
    quality: int = 78
    fax_header: str = ""


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float,
                 ink: tuple[int, int, int] = BLUE_INK) -> None:
    draw = ImageDraw.Draw(img)
    colour = img.mode == "RGB"
    fill: Any = ink if colour else 38
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=fill, width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = _font(HAND_FONT if m.kind == "hand" else PRINT_FONT, round(m.size * scale))
            x = m.x * scale
            base = (page_h - m.y) * scale
            slope = math.tan(math.radians(m.angle))
            for ch in m.text:
                dy = rng.uniform(-0.7, 0.7) * scale - slope * (x - m.x * scale)
                draw.text((x, base + dy), ch, fill=fill, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.96, 1.07)


def render_pages(pdf: bytes, dpi: int, colour: bool) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as an image at dpi (grey or RGB), with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72, grayscale=not colour, may_draw_forms=True)
            img = bitmap.to_pil().convert("RGB" if colour else "L")
            out.append((img, page.get_height()))
        return out
    finally:
        doc.close()


def _specks(img: Image.Image, rng: random.Random, share: float) -> None:
    px = img.load()
    wd, ht = img.size
    dark: Any = (70, 70, 72) if img.mode == "RGB" else 60
    for _ in range(int(wd * ht * share)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = dark


def _perspective_coeffs(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE data mapping output points dst to input points src."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    sol = np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float))
    return [float(v) for v in sol]


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    if style.mode == "photo":
        return photograph(img, style, seed)
    fill: Any = (255, 255, 255) if img.mode == "RGB" else 255
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=fill)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if style.mode == "grey":
        out = out.point(lambda v: int(18 + v * 0.91))
    elif style.mode == "colour":
        arr = np.asarray(out, dtype=np.float32) / 255.0
        h, w = arr.shape[:2]
        fall = np.linspace(1.0, 0.9, w, dtype=np.float32)[None, :, None]  # the lamp is weaker on the right
        tone = np.array(style.paper, dtype=np.float32)[None, None, :]  # 0..255: the paper's tone
        arr = arr * tone * fall
        grain = np.random.default_rng(seed).normal(0.0, 2.2, size=(h, w, 1)).astype(np.float32)
        out = Image.fromarray(np.clip(arr + grain, 0, 255).astype(np.uint8), "RGB")
    _specks(out, rng, style.noise)
    if style.mode == "fax":
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def photograph(page: Image.Image, style: Scan, seed: int) -> Image.Image:
    """A phone photo of a sheet lying on a table: perspective, uneven light, warm tint, softness, grain."""
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    pw, ph = page.size
    cw, ch = int(pw * 1.16), int(ph * 1.12)
    # the table: a brownish wood tone with streaks
    base = np.array([rng.randint(120, 150), rng.randint(92, 110), rng.randint(62, 80)], dtype=np.float32)
    streak = (np.sin(np.linspace(0, rng.uniform(18, 30), cw))[None, :] * 9.0
              + nprng.normal(0, 4.0, size=(1, cw))).astype(np.float32)
    table = np.clip(base[None, None, :] + streak[:, :, None] + np.zeros((ch, 1, 1), np.float32), 0, 255)
    canvas = Image.fromarray(table.astype(np.uint8), "RGB")
    mx, my = (cw - pw) / 2, (ch - ph) / 2
    j = 0.028

    def jit(v: float, span: float) -> float:
        return v + rng.uniform(-j, j) * span

    dst = [(jit(mx, pw), jit(my, ph)), (jit(mx + pw, pw), jit(my, ph)), (jit(mx + pw, pw), jit(my + ph, ph)),
           (jit(mx, pw), jit(my + ph, ph))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _perspective_coeffs(dst, src)
    warped = page.convert("RGB").transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs,
                                           resample=Image.Resampling.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs,
                                                    resample=Image.Resampling.BILINEAR, fillcolor=0)
    canvas.paste(warped, (0, 0), mask)
    arr = np.asarray(canvas, dtype=np.float32)
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * cw, rng.uniform(0.1, 0.5) * ch
    dist = np.sqrt(((xx - cx) / cw) ** 2 + ((yy - cy) / ch) ** 2)
    light = (1.04 - 0.34 * dist)[:, :, None]
    warm = np.array([1.0, 0.975, 0.91], dtype=np.float32)[None, None, :]
    arr = arr * light * warm + nprng.normal(0.0, 3.0, size=(ch, cw, 1)).astype(np.float32)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(style.blur or 0.7))


@dataclass
class ScannedPage:
    image: Image.Image
    size: tuple[float, float]  # points


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int,
                ink: tuple[int, int, int] = BLUE_INK, first_sheet: int = 1, total_sheets: int = 0) -> list[ScannedPage]:
    """Print a PDF, add the ink marks of each page, and scan (or fax, or photograph) the sheets."""
    colour = style.mode in ("colour", "photo")
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi, colour)):
        scale = style.dpi / 72
        ink_on_image(img, marks[i] if i < len(marks) else [], scale, page_h, ink)
        if style.mode == "fax" and style.fax_header:
            draw = ImageDraw.Draw(img)
            head = style.fax_header.format(page=first_sheet + i, total=total_sheets or first_sheet + i)
            mono = _font(FONT_DIR / "dejavu/DejaVuSansMono.ttf", round(7 * scale))
            draw.text((round(20 * scale), round(6 * scale)), head, fill=0, font=mono)
        out = degrade(img, style, seed * 31 + i)
        sheets.append(ScannedPage(out, (out.size[0] * 72 / style.dpi, out.size[1] * 72 / style.dpi)))
    return sheets


def draw_paper(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """The printed sheets of a paper (no marks) and the marks the hand adds to each."""
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


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: JPEG pages (grey or colour), or black and white for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if sheet.image.mode == "1":
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=style.quality)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class Business:
    name: str
    kind: str
    since: str
    gross: float
    expenses: float

    @property
    def net(self) -> float:
        return r2(self.gross - self.expenses)


@dataclass
class Rental:
    unit: str
    tenant: str
    lease_end: str
    rent: float


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
    story: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    businesses: list[Business] = field(default_factory=list)
    rentals: list[Rental] = field(default_factory=list)
    units: int = 1
    biz_account: bool = True
    checking: float = 640.00
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
                "signed_on": self.signed_on.isoformat() if self.b_signs and self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    """The real Form 710 (April 2023) with its AcroForm fields filled."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True, "Checkbox_27": True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": money(app.checking)}
    if app.rentals:
        values["Checkbox_28"] = True  # owner occupied and renter occupied (a rented unit)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
        if app.co_phone:
            values["US_Phone_Number_3"] = app.co_phone
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    if type_dates:
        if app.b_signs and app.b_dates:
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
    """Typed on screen and signed with drawn strokes over the signature field; the date typed in its field
    (left empty when the borrower did not date it)."""
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
    writer.pages[3].merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"cc710{app.loan}")


def form710_ink(app: App) -> tuple[bytes, list[list[Mark]]]:
    """Typed into its fields, printed, then signed and dated in ink: the sheets and the ink marks."""
    pdf = fixed_pypdf_bytes(form710_filled(app, type_dates=False), "cc710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_signs and app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return pdf, marks


# Harborlight Home Loan Servicing's own application for self-employed borrowers and landlords (HL-SE3)

HL_NAVY = Color(0.07, 0.2, 0.36)
HL_GOLD = Color(0.86, 0.62, 0.16)
HL_REASONS = ("Unemployment or loss of a job", "Reduction in income (less work, fewer customers, lower pay)",
              "Increase in housing expenses (taxes, insurance, HOA)",
              "Disaster (fire, flood, storm) - home or business",
              "Disability or serious illness (borrower or dependent)", "Divorce or legal separation",
              "Separation of unmarried co-borrowers", "Death of a borrower or wage earner",
              "Distant job transfer or relocation", "Other (describe below)")
HL_INCOME = ("5a  Wages, salary, overtime, tips, bonuses (all borrowers)",
             "5b  Self-employment income - monthly NET from section 3",
             "5c  Unemployment benefits",
             "5d  Taxable Social Security, pension, disability, public assistance",
             "5e  Non-taxable Social Security or disability income",
             "5f  Rental income - rents after expenses other than the mortgage",
             "5g  Investment or insurance income",
             "5h  Other: alimony, child support, separate maintenance, other")


class Filler:
    """Writes a form's answers either typed on the screen (Courier on the page) or by hand in ink (marks)."""

    def __init__(self, c: Canvas, hand: bool, seed: int) -> None:
        self.c = c
        self.hand = hand
        self.seed = seed
        self.marks: list[Mark] = []

    def put(self, x: float, y: float, s: str, size: float = 10.0, align: str = "left") -> None:
        if not s:
            return
        if self.hand:
            self.seed += 1
            px = size * 1.05
            width = ImageFont.truetype(str(PRINT_FONT), 100).getlength(s) * px / 100
            x0 = x - width if align == "right" else x
            self.marks.append(Mark("print", x0, y, s, size=px, seed=self.seed,
                                   angle=random.Random(self.seed).uniform(-0.8, 0.8)))
        else:
            self.c.saveState()
            self.c.setFont("Courier", size)
            if align == "right":
                self.c.drawRightString(x, y, s)
            else:
                self.c.drawString(x, y, s)
            self.c.restoreState()

    def tick(self, x: float, y: float, on: bool) -> None:
        """A box of 9 points at (x, y); marked with an X when on."""
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, 9, 9, stroke=1, fill=0)
        if on:
            if self.hand:
                self.seed += 1
                self.marks.append(Mark("print", x + 0.5, y + 0.8, "X", size=11.5, seed=self.seed))
            else:
                self.c.saveState()
                self.c.setFont("Courier-Bold", 10)
                self.c.drawString(x + 1.4, y + 1.4, "X")
                self.c.restoreState()

    def sign(self, x: float, y: float, w: float, seed: int) -> None:
        self.marks.append(Mark("sig", x, y, w=w, seed=seed))

    def date(self, x: float, y: float, d: dt.date) -> None:
        if self.hand:
            self.seed += 1
            self.marks.append(Mark("hand", x, y, mdy(d), size=11.5, seed=self.seed))
        else:
            self.c.saveState()
            self.c.setFont("Courier", 10)
            self.c.drawString(x, y, mdy(d))
            self.c.restoreState()


def hl_header(c: Canvas, loan: str, page: int, f: Filler) -> None:
    c.setFillColor(HL_NAVY)
    c.rect(40, 724, 532, 46, stroke=0, fill=1)
    c.setFillColor(HL_GOLD)
    p = c.beginPath()
    p.moveTo(58, 732)
    p.lineTo(70, 762)
    p.lineTo(82, 732)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.circle(70, 760, 4, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(92, 749, "HARBORLIGHT")
    c.setFont("Helvetica", 7.5)
    c.drawString(92, 737, "HOME LOAN SERVICING  |  1 Lantern Wharf, Suite 600, Port Sorrel, ME 04112")
    c.setFont("Helvetica-Bold", 10.5)
    c.drawRightString(562, 754, "MORTGAGE ASSISTANCE APPLICATION")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(562, 743, "for self-employed borrowers, gig workers and landlords")
    c.drawRightString(562, 733, "Form HL-SE3 (06/2052)")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 7)
    c.drawString(430, 708, "LOAN NUMBER")
    c.setLineWidth(1)
    c.rect(430, 684, 142, 20, stroke=1, fill=0)
    f.put(436, 690, loan, size=11)
    c.setFont("Helvetica", 7)
    c.drawString(40, 30, "Form HL-SE3 (06/2052)")
    c.drawRightString(572, 30, f"Page {page} of 3")


def hl_section(c: Canvas, y: float, num: int, title: str) -> None:
    c.setFillColor(HL_NAVY)
    c.circle(50, y + 4, 8, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(50, y + 1, str(num))
    c.setFillColor(HL_NAVY)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(64, y, title)
    c.setStrokeColor(HL_GOLD)
    c.setLineWidth(1.2)
    c.line(64 + stringWidth(title, "Helvetica-Bold", 10) + 8, y + 3, 572, y + 3)
    c.setStrokeColor(black)
    c.setFillColor(black)


def capbox(c: Canvas, f: Filler, x: float, y: float, w: float, caption: str, value: str, h: float = 18,
           align: str = "left") -> None:
    """A caption in small capitals above an open box; the answer goes inside the box."""
    c.setFont("Helvetica", 6.5)
    c.setFillGray(0.25)
    c.drawString(x, y + h + 2.5, caption.upper())
    c.setFillColor(black)
    c.setLineWidth(0.6)
    c.rect(x, y, w, h, stroke=1, fill=0)
    if align == "right":
        f.put(x + w - 5, y + 5, value, align="right")
    else:
        f.put(x + 5, y + 5, value)


def hlse3(app: App, hand: bool) -> Paper:
    def page1(c: Canvas) -> list[Mark]:
        f = Filler(c, hand, app.seed * 10 + 1)
        hl_header(c, app.loan, 1, f)
        paragraphs(c, 40, 708, 380, [
            "Use this application if any borrower earns money from a business, a gig or delivery app, 1099 work, or "
            "rent. Answer every question; write 0 where you have no income of a kind. Send it with the documents "
            "on the checklist to Harborlight by mail, fax (207) 555-0164 or upload."], font="Helvetica", size=7.5,
            leading=9.5)
        hl_section(c, 652, 1, "ABOUT YOU")
        capbox(c, f, 40, 612, 300, "Borrower - full legal name", app.borrower)
        capbox(c, f, 350, 612, 80, "SSN - last 4", app.ssn[-4:])
        capbox(c, f, 440, 612, 132, "Best phone", app.phone)
        capbox(c, f, 40, 578, 300, "Co-borrower - full legal name (if any)", app.co or "")
        capbox(c, f, 350, 578, 80, "SSN - last 4", (app.co_ssn or "")[-4:])
        capbox(c, f, 440, 578, 132, "Best phone", app.co_phone if app.co else "")
        capbox(c, f, 40, 544, 532, "E-mail address", app.email)
        hl_section(c, 516, 2, "THE PROPERTY THIS LOAN IS FOR")
        capbox(c, f, 40, 476, 532, "Street address", app.street)
        capbox(c, f, 40, 442, 300, "City", app.city)
        capbox(c, f, 350, 442, 80, "State", app.state)
        capbox(c, f, 440, 442, 132, "ZIP code", app.zip)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 420, "How is the property used?")
        opts = (("primary_residence", "I / we live here (primary residence)"), ("second_home", "Second home"),
                ("investment_property", "Rental or investment - no borrower lives here"))
        x = 40.0
        for code, label in opts:
            f.tick(x, 404, app.occupancy == code)
            c.setFont("Helvetica", 8)
            c.drawString(x + 13, 405.5, label)
            x += 26 + stringWidth(label, "Helvetica", 8)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 384, "Number of units in the building:")
        c.rect(172, 380, 24, 14, stroke=1, fill=0)
        f.put(180, 383, str(app.units))
        c.drawString(214, 384, "Is any part of it rented to a tenant?")
        f.tick(362, 382, bool(app.rentals))
        c.setFont("Helvetica", 8)
        c.drawString(375, 383.5, "Yes")
        f.tick(400, 382, not app.rentals)
        c.drawString(413, 383.5, "No")
        hl_section(c, 356, 3, "YOUR BUSINESS, GIG OR SELF-EMPLOYMENT")
        paragraphs(c, 40, 340, 532, [
            "One row for each business, gig, app or 1099 contract any borrower works as a sole proprietor, partner or "
            "independent contractor. Give monthly AVERAGES for this year. Copy the total NET to line 5b on page 2."],
            font="Helvetica", size=7.5, leading=9.5)
        cols = [(40, 150, "Business, gig or app name"), (190, 124, "What the business does"), (314, 34, "Since"),
                (348, 72, "Monthly gross|receipts"), (420, 72, "Monthly|expenses"),
                (492, 80, "Monthly NET|(receipts - expenses)")]
        top = 302
        c.setFillColor(Color(0.9, 0.92, 0.95))
        c.rect(40, top - 2, 532, 22, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 6.8)
        for x, _w, cap in cols:
            parts = cap.upper().split("|")
            for j, part in enumerate(parts):
                c.drawString(x + 3, top + 11 - j * 8 if len(parts) > 1 else top + 6, part)
        c.setLineWidth(0.6)
        rows = [*app.businesses, *[None] * (3 - len(app.businesses))]
        y = top - 2
        for b in rows:
            y -= 22
            for x, w, _ in cols:
                c.rect(x, y, w, 22, stroke=1, fill=0)
            if b is not None:
                f.put(43, y + 7, b.name, size=7.5)
                f.put(193, y + 7, b.kind, size=7.5)
                f.put(317, y + 7, b.since, size=7.5)
                f.put(416, y + 7, money(b.gross), size=8.5, align="right")
                f.put(488, y + 7, money(b.expenses), size=8.5, align="right")
                f.put(568, y + 7, money(b.net), size=8.5, align="right")
        y -= 26
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y + 4, "Does the business have its own bank account?")
        f.tick(240, y + 2, app.biz_account)
        c.setFont("Helvetica", 8)
        c.drawString(253, y + 3.5, "Yes")
        f.tick(278, y + 2, not app.biz_account)
        c.drawString(291, y + 3.5, "No")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(330, y + 4, "Reported on Schedule C of your 1040?")
        f.tick(488, y + 2, True)
        c.setFont("Helvetica", 8)
        c.drawString(501, y + 3.5, "Yes")
        f.tick(526, y + 2, False)
        c.drawString(539, y + 3.5, "No")
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(c, hand, app.seed * 10 + 2)
        hl_header(c, app.loan, 2, f)
        hl_section(c, 652, 4, "RENTAL UNITS (a rented basement, the other side of a duplex, a second house)")
        cols = [(40, 200, "Unit and address"), (240, 140, "Tenant"), (380, 80, "Lease ends"),
                (460, 112, "Monthly rent collected")]
        top = 626
        c.setFillColor(Color(0.9, 0.92, 0.95))
        c.rect(40, top - 2, 532, 18, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 6.8)
        for x, _w, cap in cols:
            c.drawString(x + 3, top + 5, cap.upper())
        y = top - 2
        for rnt in [*app.rentals, *[None] * (2 - len(app.rentals))]:
            y -= 22
            for x, w, _ in cols:
                c.rect(x, y, w, 22, stroke=1, fill=0)
            if rnt is not None:
                f.put(44, y + 7, rnt.unit, size=8.5)
                f.put(244, y + 7, rnt.tenant, size=8.5)
                f.put(384, y + 7, rnt.lease_end, size=8.5)
                f.put(568, y + 7, money(rnt.rent), size=9, align="right")
        hl_section(c, 552, 5, "HOUSEHOLD MONTHLY INCOME BEFORE TAXES")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 538, "Self-employment and rent: enter what is LEFT after business or rental expenses "
                              "(not the gross). Leave a line blank or write 0 if none.")
        y = 516
        for i, (k, label) in enumerate(zip(INCOMES, HL_INCOME, strict=True)):
            c.setFillGray(0.96 if i % 2 else 1.0)
            c.rect(40, y - 5, 532, 19, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 8.5)
            c.drawString(44, y + 1, label)
            c.setFont("Helvetica", 9)
            c.drawString(454, y + 1, "$")
            c.setLineWidth(0.6)
            c.rect(462, y - 3, 110, 16, stroke=1, fill=0)
            amount = app.income.get(k, 0.0)
            if amount > 0:
                f.put(567, y + 1, money(amount), align="right")
            y -= 19
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y + 1, "5i  TOTAL monthly household income (add 5a through 5h)")
        c.drawString(454, y + 1, "$")
        c.setLineWidth(1.4)
        c.rect(462, y - 3, 110, 16, stroke=1, fill=0)
        f.put(567, y + 1, money(app.total), align="right")
        hl_section(c, y - 30, 6, "YOUR HARDSHIP")
        y -= 50
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "What happened? Check every box that applies.")
        y -= 16
        for i, reason in enumerate(HL_REASONS):
            col, row = divmod(i, 5)
            x = 40 + col * 270
            yy = y - row * 15
            f.tick(x, yy - 2, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 8)
            c.drawString(x + 13, yy - 0.5, reason)
        y -= 5 * 15 + 14
        capbox(c, f, 40, y - 18, 110, "It started on (mm/dd/yyyy)", mdy(app.start))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(170, y - 4, "It will last:")
        f.tick(222, y - 6, app.duration == "short")
        c.setFont("Helvetica", 8)
        c.drawString(235, y - 4.5, "6 months or less")
        f.tick(312, y - 6, app.duration == "long")
        c.drawString(325, y - 4.5, "more than 6 months")
        f.tick(410, y - 6, app.duration == "resolved")
        c.drawString(423, y - 4.5, "it is over")
        y -= 44
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "Tell us briefly what happened (for \"Other\", say what it is):")
        lines = wrap(app.other_text or app.story, "Courier", 9.5, 520)
        for i in range(3):
            c.setLineWidth(0.4)
            c.line(40, y - 20 - i * 18, 572, y - 20 - i * 18)
            if i < len(lines):
                f.put(44, y - 17 - i * 18, lines[i], size=9.5)
        return f.marks

    def page3(c: Canvas) -> list[Mark]:
        f = Filler(c, hand, app.seed * 10 + 3)
        hl_header(c, app.loan, 3, f)
        hl_section(c, 652, 7, "MONEY ON HAND")
        capbox(c, f, 40, 612, 260, "Checking accounts and cash (personal and business)", money(app.checking),
               align="right")
        capbox(c, f, 312, 612, 260, "Savings, money market, CDs", "0.00", align="right")
        hl_section(c, 580, 8, "CERTIFY AND SIGN")
        y = paragraphs(c, 40, 562, 532, [
            "I certify that everything in this application is true and that the hardship I described contributed to "
            "my need for mortgage relief. The business and rental figures are my honest monthly averages. I will "
            "give Harborlight the documents it asks for, including a signed IRS Form 4506-C, and I consent to a "
            "credit report for every borrower. Knowingly false statements may violate federal law.",
            "Every borrower named on page 1 must sign and date below."], font="Helvetica", size=8.5, leading=11)
        y -= 34
        people = [(app.borrower, "BORROWER", app.b_signs, app.b_signs and app.b_dates, 0),
                  (app.co or "", "CO-BORROWER", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for name, role, signs, dates, k in people:
            c.setFillColor(Color(0.95, 0.96, 0.98))
            c.rect(40, y - 46, 532, 62, stroke=0, fill=1)
            c.setFillColor(HL_NAVY)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(48, y + 4, role)
            c.setFillColor(black)
            c.setLineWidth(0.7)
            c.line(48, y - 22, 360, y - 22)
            c.line(390, y - 22, 560, y - 22)
            c.setFont("Helvetica", 7)
            c.drawString(48, y - 32, "Signature")
            c.drawString(390, y - 32, "Date (mm/dd/yyyy)")
            c.drawString(160, y - 32, f"Printed name: {name}" if name else "Printed name:")
            if signs:
                f.sign(70, y - 20, 200, app.seed + k)
            if dates:
                f.date(396, y - 18, app.signed_on)
            y -= 90
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 6, "Harborlight Home Loan Servicing is a debt collector. Housing counseling: HUD "
                                "(800) 569-4287. Keep a copy of this application for your records.")
        return f.marks

    return Paper([page1, page2, page3])


# --- profit and loss statements ----------------------------------------------------------------------------------


@dataclass
class PnL:
    paper: Paper
    start: dt.date
    end: dt.date
    net: float
    signed: bool
    dated: bool

    @property
    def fields(self) -> dict[str, Any]:
        return {"period_start": self.start.isoformat(), "period_end": self.end.isoformat(), "net_income": self.net,
                "signed": self.signed}


Lines = Sequence[tuple[str, float]]


def software_pnl(company: str, start: dt.date, end: dt.date, printed: dt.datetime, income: Lines, cogs: Lines,
                 expenses: Lines, other_income: Lines, sign_on: dt.date | None, signs: bool, owner: str,
                 seed: int) -> PnL:
    """A year-to-date 'Profit and Loss' as bookkeeping software prints it: accrual basis, the print date and time in
    the footer; a certification line signed (and dated) by the owner in ink when it was printed for the servicer."""
    t_inc = r2(sum(v for _, v in income))
    t_cogs = r2(sum(v for _, v in cogs))
    gross = r2(t_inc - t_cogs)
    t_exp = r2(sum(v for _, v in expenses))
    noi = r2(gross - t_exp)
    t_oth = r2(sum(v for _, v in other_income))
    net = r2(noi + t_oth)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 736, company)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 720, "Profit and Loss")
        c.setFont("Helvetica", 9)
        period = f"{start.strftime('%B')} {start.day} - {end.strftime('%B')} {end.day}, {end.year}"
        c.drawCentredString(W / 2, 706, period)
        c.setLineWidth(0.8)
        c.line(60, 690, 552, 690)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(548, 694, "TOTAL")
        y = 676.0

        def row(label: str, amount: float | None, indent: int, bold: bool = False, dollar: bool = False,
                rule: bool = False) -> None:
            nonlocal y
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.8)
            c.drawString(62 + indent * 12, y, label)
            if amount is not None:
                if rule:
                    c.setLineWidth(0.5)
                    c.line(470, y + 9, 552, y + 9)
                c.drawRightString(548, y, ("$" if dollar else "") + money(amount))
            y -= 13.2

        row("Income", None, 0, True)
        for k, v in income:
            row(k, v, 1)
        row("Total Income", t_inc, 0, True, True, True)
        row("Cost of Goods Sold", None, 0, True)
        for k, v in cogs:
            row(k, v, 1)
        row("Total Cost of Goods Sold", t_cogs, 0, True, True, True)
        row("GROSS PROFIT", gross, 0, True, True)
        row("Expenses", None, 0, True)
        for k, v in expenses:
            row(k, v, 1)
        row("Total Expenses", t_exp, 0, True, True, True)
        row("NET OPERATING INCOME", noi, 0, True, True)
        if other_income:
            row("Other Income", None, 0, True)
            for k, v in other_income:
                row(k, v, 1)
            row("Total Other Income", t_oth, 0, True, True, True)
            row("NET OTHER INCOME", t_oth, 0, True, True)
        c.setLineWidth(0.5)
        c.line(470, y + 9, 552, y + 9)
        row("NET INCOME", net, 0, True, True)
        c.line(470, y + 10, 552, y + 10)
        c.line(470, y + 8, 552, y + 8)
        c.setFont("Helvetica", 7.5)
        stamp = f"{printed.strftime('%A')}, {long_date(printed.date())} {printed.strftime('%I:%M %p')} GMT-05:00"
        c.drawCentredString(W / 2, 42, f"Accrual Basis  {stamp}")
        c.drawRightString(552, 42, "1/1")
        marks: list[Mark] = []
        if signs or sign_on:
            yy = max(90.0, y - 40)
            c.setFont("Times-Italic", 9.5)
            c.drawString(62, yy + 30, "I certify that this profit and loss statement is true and complete.")
            c.setLineWidth(0.6)
            c.line(62, yy, 300, yy)
            c.line(360, yy, 500, yy)
            c.setFont("Helvetica", 7.5)
            c.drawString(62, yy - 10, f"{owner}, owner")
            c.drawString(360, yy - 10, "Date")
            if signs:
                marks.append(Mark("sig", 80, yy + 2, w=170, seed=seed))
            if sign_on:
                marks.append(Mark("hand", 366, yy + 4, mdy(sign_on), size=12, seed=seed + 3))
        return marks

    return PnL(Paper([page]), start, end, net, signs, sign_on is not None)


def spreadsheet_pnl(owner: str, business: str, quarter_end: dt.date, months: Sequence[str],
                    income: Sequence[tuple[str, Sequence[float]]], expenses: Sequence[tuple[str, Sequence[float]]],
                    sign_on: dt.date | None, seed: int) -> PnL:
    """A quarterly P&L kept in a spreadsheet and printed landscape with gridlines and row and column headings; the
    owner signs (and dates) under the grid."""
    q_start = dt.date(quarter_end.year, quarter_end.month - 2, 1)
    t_inc = [r2(sum(v[i] for _, v in income)) for i in range(3)]
    t_exp = [r2(sum(v[i] for _, v in expenses)) for i in range(3)]
    net_m = [r2(t_inc[i] - t_exp[i]) for i in range(3)]
    net = r2(sum(net_m))
    size = landscape(letter)
    qn = (quarter_end.month - 1) // 3 + 1

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        x0, top = 50.0, ph - 70
        widths = [230.0, 110.0, 110.0, 110.0, 120.0]
        rows: list[tuple[str, list[str], str]] = [
            (f"{business} - Profit and Loss", ["", "", "", ""], "title"),
            (f"{owner}, sole proprietor   |   Q{qn} {quarter_end.year} (quarter ended {mdy(quarter_end)})",
             ["", "", "", ""], "sub"),
            ("", ["", "", "", ""], ""),
            ("INCOME", [*months, f"Q{qn} TOTAL"], "head")]
        for k, v in income:
            rows.append((k, [money(a) for a in v] + [money(r2(sum(v)))], ""))
        rows.append(("Total income", [money(a) for a in t_inc] + [money(r2(sum(t_inc)))], "bold"))
        rows.append(("", ["", "", "", ""], ""))
        rows.append(("EXPENSES", ["", "", "", ""], "head"))
        for k, v in expenses:
            rows.append((k, [money(a) for a in v] + [money(r2(sum(v)))], ""))
        rows.append(("Total expenses", [money(a) for a in t_exp] + [money(r2(sum(t_exp)))], "bold"))
        rows.append(("", ["", "", "", ""], ""))
        rows.append(("NET PROFIT", [money(a) for a in net_m] + [money(net)], "net"))
        rh = 15.5
        total_w = sum(widths)
        c.setFont("Helvetica", 7)
        c.setFillGray(0.55)
        x = x0
        for i, w in enumerate(widths):
            c.drawCentredString(x + w / 2, top + 4, "ABCDE"[i])
            x += w
        for r in range(len(rows)):
            c.drawRightString(x0 - 6, top - (r + 1) * rh + 4.5, str(r + 1))
        c.setFillColor(black)
        for r, (label, vals, style) in enumerate(rows):
            y = top - (r + 1) * rh
            if style == "head":
                c.setFillColor(Color(0.85, 0.92, 0.85))
                c.rect(x0, y, total_w, rh, stroke=0, fill=1)
            elif style == "net":
                c.setFillColor(Color(1.0, 0.95, 0.7))
                c.rect(x0, y, total_w, rh, stroke=0, fill=1)
            c.setFillColor(black)
            font = {"title": ("Helvetica-Bold", 12), "sub": ("Helvetica", 8.5)}.get(
                style, ("Helvetica-Bold" if style in ("head", "bold", "net") else "Helvetica", 9))
            c.setFont(*font)
            c.drawString(x0 + 4, y + 4.5, label)
            c.setFont("Helvetica-Bold" if style in ("head", "bold", "net") else "Helvetica", 9)
            x = x0 + widths[0]
            for i, v in enumerate(vals):
                if style == "head":
                    c.drawCentredString(x + widths[i + 1] / 2, y + 4.5, v)
                else:
                    c.drawRightString(x + widths[i + 1] - 5, y + 4.5, v)
                x += widths[i + 1]
        c.setStrokeGray(0.72)
        c.setLineWidth(0.4)
        for r in range(len(rows) + 1):
            c.line(x0, top - r * rh, x0 + total_w, top - r * rh)
        x = x0
        for w in [*widths, 0]:
            c.line(x, top, x, top - len(rows) * rh)
            x += w
        c.setStrokeColor(black)
        y = top - len(rows) * rh - 46
        c.setFont("Helvetica", 9)
        c.drawString(x0, y + 22, "I certify that the figures above are true and correct to the best of my knowledge.")
        c.drawString(x0, y, "Signed:")
        c.line(x0 + 40, y - 2, x0 + 270, y - 2)
        c.drawString(x0 + 300, y, "Date:")
        c.line(x0 + 330, y - 2, x0 + 450, y - 2)
        c.setFont("Helvetica", 7)
        c.setFillGray(0.5)
        c.drawString(x0, 30, f"{owner.split()[0]} {owner.split()[-1]} - Q{qn} P&L.xlsx")
        c.drawRightString(pw - 50, 30, "Page 1")
        c.setFillColor(black)
        marks = [Mark("sig", x0 + 52, y, w=180, seed=seed)]
        if sign_on:
            marks.append(Mark("hand", x0 + 336, y + 1, mdy(sign_on), size=11.5, seed=seed + 2))
        return marks

    return PnL(Paper([page], size), q_start, quarter_end, net, True, sign_on is not None)


def ledger_pnl(title: str, period: str, start: dt.date, end: dt.date, months: Sequence[str],
               income: Sequence[tuple[str, Sequence[float]]], expenses: Sequence[tuple[str, Sequence[float]]],
               owner: str, seed: int) -> PnL:
    """A P&L written by hand on a green columnar ledger sheet; signed at the foot but not dated."""
    n = len(months)
    t_inc = [r2(sum(v[i] for _, v in income)) for i in range(n)]
    t_exp = [r2(sum(v[i] for _, v in expenses)) for i in range(n)]
    net_m = [r2(t_inc[i] - t_exp[i]) for i in range(n)]
    net = r2(sum(net_m))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.93, 0.97, 0.9))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(Color(0.25, 0.45, 0.3))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 760, "COLUMNAR PAD  -  6 COLUMN")
        c.setFont("Helvetica", 6.5)
        c.drawRightString(572, 760, "Prepared by ____________   Approved by ____________")
        cols = [40, 210, 272, 334, 396, 458, 520, 572]
        top = 730
        rh = 17.0
        c.setStrokeColor(Color(0.55, 0.72, 0.6))
        c.setLineWidth(0.4)
        y = top
        while y > 70:
            c.line(40, y, 572, y)
            y -= rh
        c.setStrokeColor(Color(0.75, 0.35, 0.35))
        c.setLineWidth(0.7)
        for x in cols:
            c.line(x, top, x, 70 + (top - 70) % rh)
        c.setStrokeColor(black)
        c.setFillColor(black)
        marks: list[Mark] = []
        s = seed

        def hand(x: float, y: float, t: str, size: float = 11.0, right_edge: float | None = None) -> None:
            nonlocal s
            s += 1
            if right_edge is not None:
                width = ImageFont.truetype(str(HAND_FONT), 100).getlength(t) * size / 100
                x = right_edge - width - 3
            marks.append(Mark("hand", x, y, t, size=size, seed=s, angle=random.Random(s).uniform(-0.6, 0.6)))

        hand(46, top + 14, title, 14)
        hand(330, top + 14, period, 11.5)
        row = 1
        heads = [*months, "Total"]
        for i, hd in enumerate(heads):
            hand(cols[1 + i] + 8, top - row * rh + 4, hd, 10.5)
        row += 1
        hand(46, top - row * rh + 4, "SALES / INCOME", 10.5)
        row += 1
        for k, v in income:
            hand(54, top - row * rh + 4, k, 10.5)
            for i, a in enumerate([*v, r2(sum(v))]):
                hand(0, top - row * rh + 4, money(a), 10, right_edge=cols[2 + i])
            row += 1
        hand(46, top - row * rh + 4, "Total sales", 10.5)
        for i, a in enumerate([*t_inc, r2(sum(t_inc))]):
            hand(0, top - row * rh + 4, money(a), 10, right_edge=cols[2 + i])
        row += 2
        hand(46, top - row * rh + 4, "EXPENSES", 10.5)
        row += 1
        for k, v in expenses:
            hand(54, top - row * rh + 4, k, 10.5)
            for i, a in enumerate([*v, r2(sum(v))]):
                hand(0, top - row * rh + 4, money(a), 10, right_edge=cols[2 + i])
            row += 1
        hand(46, top - row * rh + 4, "Total expenses", 10.5)
        for i, a in enumerate([*t_exp, r2(sum(t_exp))]):
            hand(0, top - row * rh + 4, money(a), 10, right_edge=cols[2 + i])
        row += 2
        hand(46, top - row * rh + 4, "NET PROFIT", 11.5)
        for i, a in enumerate([*net_m, net]):
            hand(0, top - row * rh + 4, money(a), 10.5, right_edge=cols[2 + i])
        row += 3
        hand(46, top - row * rh + 4, "These numbers are true - from my sales book and receipts.", 10.5)
        row += 2
        marks.append(Mark("sig", 60, top - row * rh + 2, w=170, seed=seed + 99))
        hand(300, top - row * rh + 4, f"({owner})", 10.5)
        return marks

    return PnL(Paper([page]), start, end, net, True, False)


# --- tax papers: Form 1040 with Schedule C, Forms 1099-NEC and 1099-K ------------------------------------------


@dataclass
class TaxPayer:
    first: str
    last: str
    ssn: str
    street: str
    city: str
    state: str
    zip: str
    occupation: str
    spouse_first: str = ""
    spouse_last: str = ""
    spouse_ssn: str = ""
    spouse_occupation: str = ""
    phone: str = ""

    @property
    def joint(self) -> bool:
        return bool(self.spouse_first)


@dataclass
class TaxReturn:
    paper: Paper
    year: int
    signed: bool
    signed_on: dt.date | None

    @property
    def fields(self) -> dict[str, Any]:
        return {"tax_year": self.year, "form": "1040"}


def irs_box(c: Canvas, x: float, y: float, w: float, h: float, cap: str, val: str = "", size: float = 6.3,
            val_size: float = 9.5, val_font: str = "Courier") -> None:
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica", size)
    c.drawString(x + 2, y + h - size - 1, cap)
    if val:
        c.setFont(val_font, val_size)
        c.drawString(x + 4, y + 3, val)


def form_line(c: Canvas, y: float, num: str, label: str, amount: float | None, col: float = 500,
              width: float = 72, leader_to: float | None = None) -> None:
    """A numbered line of a tax form: number, label with dot leaders, the line number again and the amount."""
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(40, y, num)
    c.setFont("Helvetica", 7.5)
    c.drawString(60, y, label)
    lw = stringWidth(label, "Helvetica", 7.5)
    end = leader_to if leader_to is not None else col - 22
    dots = max(0, int((end - 66 - lw) / 3.2))
    c.setFillGray(0.45)
    c.drawString(62 + lw, y, " ." * (dots // 2))
    c.setFillColor(black)
    c.setLineWidth(0.5)
    c.rect(col - 20, y - 3, 20, 12, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 7)
    c.drawCentredString(col - 10, y, num)
    c.rect(col, y - 3, width, 12, stroke=1, fill=0)
    if amount is not None:
        c.setFont("Courier", 9)
        c.drawRightString(col + width - 4, y - 0.5, f"{amount:,.0f}")


def form1040(tp: TaxPayer, year: int, wages: float, schedule_c: tuple[PageFn, float], other_business: float,
             rents: float, withheld: float, estimated: float, sign_on: dt.date | None, signs: bool,
             seed: int) -> TaxReturn:
    """Pages 1 and 2 of a Form 1040 as tax software prints it, with a Schedule C behind it (other_business: the net
    of any further Schedule C the borrower did not send)."""
    sch_c = r2(schedule_c[1] + other_business)
    se_tax = round(sch_c * 0.9235 * 0.153)
    add_income = round(sch_c + rents)
    total_income = round(wages + add_income)
    adj = round(se_tax / 2)
    agi = total_income - adj
    std = 41300 if tp.joint else 20650
    qbi = max(0, round(min((sch_c - adj) * 0.2, max(0, agi - std) * 0.2)))
    taxable = max(0, agi - std - qbi)
    tax = round(taxable * 0.105)
    total_tax = tax + se_tax
    payments = round(withheld + estimated)
    status = "Married filing jointly" if tp.joint else "Single"

    def head(c: Canvas) -> None:
        c.setLineWidth(1.6)
        c.line(36, 742, 576, 742)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(38, 748, "1040")
        c.setFont("Helvetica", 6.5)
        c.drawString(38, 768, "Form")
        c.drawString(92, 762, "Department of the Treasury - Internal Revenue Service")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(92, 749, "U.S. Individual Income Tax Return")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(300, 748, str(year))
        c.setFont("Helvetica", 6.5)
        c.drawString(350, 752, "OMB No. 1545-0074")
        c.drawString(430, 752, "IRS Use Only - Do not write or staple in this space.")

    def page1(c: Canvas) -> list[Mark]:
        head(c)
        c.setFont("Helvetica", 7)
        c.drawString(38, 732, f"For the year Jan. 1 - Dec. 31, {year}, or other tax year beginning ______, {year}, "
                              "ending ______, 20__      See separate instructions.")
        c.setFont("Helvetica-Bold", 7)
        c.drawString(38, 718, "Filing Status")
        x = 110.0
        for st in ("Single", "Married filing jointly", "Married filing separately (MFS)", "Head of household (HOH)"):
            c.rect(x, 716, 7, 7, stroke=1, fill=0)
            if st == status:
                c.setFont("Courier-Bold", 8)
                c.drawString(x + 1, 717, "X")
            c.setFont("Helvetica", 7)
            c.drawString(x + 10, 717, st)
            x += 18 + stringWidth(st, "Helvetica", 7)
        irs_box(c, 36, 684, 200, 24, "Your first name and middle initial", tp.first)
        irs_box(c, 236, 684, 220, 24, "Last name", tp.last)
        irs_box(c, 456, 684, 120, 24, "Your social security number", tp.ssn)
        irs_box(c, 36, 660, 200, 24, "If joint return, spouse's first name and middle initial", tp.spouse_first)
        irs_box(c, 236, 660, 220, 24, "Last name", tp.spouse_last)
        irs_box(c, 456, 660, 120, 24, "Spouse's social security number", tp.spouse_ssn)
        irs_box(c, 36, 636, 380, 24, "Home address (number and street). If you have a P.O. box, see instructions.",
                tp.street)
        irs_box(c, 416, 636, 40, 24, "Apt. no.")
        irs_box(c, 36, 612, 260, 24, "City, town, or post office. If you have a foreign address, also complete "
                                     "spaces below.", tp.city)
        irs_box(c, 296, 612, 60, 24, "State", tp.state)
        irs_box(c, 356, 612, 100, 24, "ZIP code", tp.zip)
        irs_box(c, 456, 612, 120, 48, "Presidential Election Campaign", "")
        c.setFont("Helvetica-Bold", 7)
        c.drawString(38, 598, "Digital Assets")
        c.setFont("Helvetica", 7)
        c.drawString(110, 598, f"At any time during {year}, did you receive, sell, exchange, or otherwise dispose "
                               "of a digital asset?        Yes    X No")
        c.drawString(38, 586, "Dependents (see instructions): none")
        c.setLineWidth(1)
        c.line(36, 580, 576, 580)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(38, 568, "Income")
        y = 556.0
        lines1 = [("1a", "Total amount from Form(s) W-2, box 1", wages), ("1z", "Add lines 1a through 1h", wages),
                  ("2b", "Taxable interest", 0.0), ("3b", "Ordinary dividends", 0.0),
                  ("4b", "IRA distributions - taxable amount", 0.0), ("5b", "Pensions and annuities - taxable amount",
                                                                       0.0),
                  ("6b", "Social security benefits - taxable amount", 0.0),
                  ("7", "Capital gain or (loss). Attach Schedule D if required", 0.0),
                  ("8", "Additional income from Schedule 1, line 10", float(add_income)),
                  ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income",
                   float(total_income)),
                  ("10", "Adjustments to income from Schedule 1, line 26", float(adj)),
                  ("11", "Subtract line 10 from line 9. This is your adjusted gross income", float(agi)),
                  ("12", "Standard deduction or itemized deductions (from Schedule A)", float(std)),
                  ("13", "Qualified business income deduction from Form 8995 or Form 8995-A", float(qbi)),
                  ("14", "Add lines 12 and 13", float(std + qbi)),
                  ("15", "Subtract line 14 from line 11. If zero or less, enter -0-. This is your taxable income",
                   float(taxable))]
        for num, label, amt in lines1:
            form_line(c, y, num, label, amt if amt else None)
            y -= 15.5
        c.setFont("Helvetica", 6.5)
        c.drawString(38, 60, "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate "
                             "instructions.")
        c.drawRightString(576, 60, f"Form 1040 ({year})")
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.drawString(38, 760, f"Form 1040 ({year})")
        c.drawRightString(576, 760, "Page 2")
        c.setLineWidth(1.2)
        c.line(36, 755, 576, 755)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(38, 742, "Tax and Credits")
        y = 728.0
        owed = total_tax - payments
        lines2 = [("16", "Tax (see instructions)", float(tax)), ("18", "Add lines 16 and 17", float(tax)),
                  ("22", "Subtract line 21 from line 18. If zero or less, enter -0-", float(tax)),
                  ("23", "Other taxes, including self-employment tax, from Schedule 2, line 21", float(se_tax)),
                  ("24", "Add lines 22 and 23. This is your total tax", float(total_tax)),
                  ("25a", "Federal income tax withheld from Form(s) W-2", float(round(withheld)) or None),
                  ("26", f"{year} estimated tax payments and amount applied from prior year return",
                   float(round(estimated)) or None),
                  ("33", "Add lines 25d, 26, and 32. These are your total payments", float(payments)),
                  ("34", "If line 33 is more than line 24, subtract line 24 from line 33. Amount you overpaid",
                   float(-owed) if owed < 0 else None),
                  ("37", "Subtract line 33 from line 24. This is the amount you owe",
                   float(owed) if owed > 0 else None)]
        for num, label, amt in lines2:
            form_line(c, y, num, label, amt)
            y -= 16
        y -= 10
        c.setLineWidth(1)
        c.line(36, y, 576, y)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(38, y - 12, "Third Party Designee")
        c.setFont("Helvetica", 7)
        c.drawString(150, y - 12, "Do you want to allow another person to discuss this return with the IRS?     "
                                  "Yes    X No")
        y -= 24
        c.line(36, y, 576, y)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(38, y - 20, "Sign")
        c.drawString(38, y - 36, "Here")
        c.setFont("Helvetica", 6.5)
        for i, ln in enumerate(wrap("Under penalties of perjury, I declare that I have examined this return and "
                                    "accompanying schedules and statements, and to the best of my knowledge and "
                                    "belief, they are true, correct, and complete. Declaration of preparer (other "
                                    "than taxpayer) is based on all information of which preparer has any "
                                    "knowledge.", "Helvetica", 6.5, 480)):
            c.drawString(92, y - 10 - i * 8, ln)
        yy = y - 34
        marks: list[Mark] = []
        people = [("Your signature", "Your occupation", tp.occupation, 0)]
        if tp.joint:
            people.append(("Spouse's signature. If a joint return, both must sign.", "Spouse's occupation",
                           tp.spouse_occupation, 1))
        for cap, occ_cap, occ, k in people:
            c.setLineWidth(0.5)
            c.rect(92, yy - 24, 240, 24, stroke=1, fill=0)
            c.rect(332, yy - 24, 70, 24, stroke=1, fill=0)
            c.rect(402, yy - 24, 100, 24, stroke=1, fill=0)
            c.rect(502, yy - 24, 74, 24, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(94, yy - 7, cap)
            c.drawString(334, yy - 7, "Date")
            c.drawString(404, yy - 7, occ_cap)
            c.drawString(504, yy - 7, "Identity Protection PIN")
            c.setFont("Courier", 8.5)
            c.drawString(406, yy - 20, occ)
            if signs:
                marks.append(Mark("sig", 140, yy - 21, w=150, seed=seed + k))
            if signs and sign_on:
                marks.append(Mark("hand", 335, yy - 20, sign_on.strftime("%m/%d/%y"), size=10.5, seed=seed + 7 + k))
            yy -= 24
        irs_box(c, 92, yy - 20, 240, 20, "Phone no.", tp.phone, val_size=8.5)
        irs_box(c, 332, yy - 20, 244, 20, "Email address")
        yy -= 30
        c.setLineWidth(1)
        c.line(36, yy, 576, yy)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(38, yy - 14, "Paid")
        c.drawString(38, yy - 25, "Preparer")
        c.drawString(38, yy - 36, "Use Only")
        irs_box(c, 92, yy - 22, 180, 22, "Preparer's name")
        irs_box(c, 272, yy - 22, 160, 22, "Preparer's signature")
        irs_box(c, 432, yy - 22, 60, 22, "Date")
        irs_box(c, 492, yy - 22, 84, 22, "PTIN")
        irs_box(c, 92, yy - 44, 340, 22, "Firm's name")
        irs_box(c, 432, yy - 44, 144, 22, "Phone no.")
        c.setFont("Helvetica", 6.5)
        c.drawString(38, 60, "Go to www.irs.gov/Form1040 for instructions and the latest information.")
        c.drawRightString(576, 60, f"Form 1040 ({year})")
        return marks

    pages = [page1, page2, schedule_c[0]]
    return TaxReturn(Paper(pages), year, signs and sign_on is not None, sign_on if signs else None)


def schedule_c_page(tp: TaxPayer, year: int, business: str, activity: str, code: str, address: str,
                    receipts: float, cogs: float, expenses: Lines, method: str = "Cash") -> tuple[PageFn, float]:
    """Schedule C (Form 1040), Profit or Loss From Business, as tax software prints it."""
    gross_profit = round(receipts - cogs)
    total_exp = round(sum(v for _, v in expenses))
    net = gross_profit - total_exp

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(38, 748, "SCHEDULE C")
        c.setFont("Helvetica", 7)
        c.drawString(38, 738, "(Form 1040)")
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 752, "Profit or Loss From Business")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 741, "(Sole Proprietorship)")
        c.setFont("Helvetica-Bold", 15)
        c.drawRightString(576, 745, str(year))
        c.setLineWidth(1.4)
        c.line(36, 732, 576, 732)
        irs_box(c, 36, 706, 420, 24, "Name of proprietor", f"{tp.first} {tp.last}")
        irs_box(c, 456, 706, 120, 24, "Social security number (SSN)", tp.ssn)
        irs_box(c, 36, 682, 420, 24, "A  Principal business or profession, including product or service", activity)
        irs_box(c, 456, 682, 120, 24, "B  Enter code from instructions", code)
        irs_box(c, 36, 658, 420, 24, "C  Business name. If no separate business name, leave blank.", business)
        irs_box(c, 456, 658, 120, 24, "D  Employer ID number (EIN)")
        irs_box(c, 36, 634, 540, 24, "E  Business address (including suite or room no.) and City, town or post "
                                     "office, state, and ZIP code", address)
        c.setFont("Helvetica", 7)
        c.drawString(40, 622, f"F  Accounting method:   (1) {'X' if method == 'Cash' else ' '} Cash    "
                              f"(2) {'X' if method == 'Accrual' else ' '} Accrual    (3)   Other (specify)")
        c.drawString(40, 611, f"G  Did you \"materially participate\" in the operation of this business during {year}?"
                              "   X Yes    No")
        c.drawString(40, 600, f"I  Did you make any payments in {year} that would require you to file Form(s) 1099?"
                              "   Yes   X No")
        c.setFillColor(black)
        c.rect(36, 584, 40, 11, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 586.5, "Part I")
        c.setFillColor(black)
        c.drawString(84, 586.5, "Income")
        y = 572.0
        for num, label, amt in (("1", "Gross receipts or sales", receipts), ("2", "Returns and allowances", 0.0),
                                ("3", "Subtract line 2 from line 1", receipts),
                                ("4", "Cost of goods sold (from line 42)", cogs),
                                ("5", "Gross profit. Subtract line 4 from line 3", float(gross_profit)),
                                ("6", "Other income, including federal and state gasoline or fuel tax credit", 0.0),
                                ("7", "Gross income. Add lines 5 and 6", float(gross_profit))):
            form_line(c, y, num, label, amt if amt else None)
            y -= 14.5
        c.rect(36, y - 2, 40, 11, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y + 0.5, "Part II")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(84, y + 0.5, "Expenses. Enter expenses for business use of your home only on line 30.")
        y -= 15
        half = (len(expenses) + 1) // 2
        for i, (label, amt) in enumerate(expenses):
            col = 0 if i < half else 1
            yy = y - (i % half) * 14.5
            x = 40 + col * 270
            c.setFont("Helvetica", 7.2)
            c.drawString(x, yy, label)
            c.rect(x + 170, yy - 3, 90, 12, stroke=1, fill=0)
            c.setFont("Courier", 9)
            c.drawRightString(x + 256, yy - 0.5, f"{amt:,.0f}")
        y -= half * 14.5 + 6
        for num, label, amt in (("28", "Total expenses before expenses for business use of home. Add lines 8 "
                                       "through 27a", float(total_exp)),
                                ("29", "Tentative profit or (loss). Subtract line 28 from line 7", float(net)),
                                ("30", "Expenses for business use of your home. Do not report these expenses "
                                       "elsewhere", None),
                                ("31", "Net profit or (loss). Subtract line 30 from line 29.", float(net))):
            form_line(c, y, num, label, amt)
            y -= 14.5
        c.setFont("Helvetica", 7)
        c.drawString(60, y, "If a profit, enter on both Schedule 1 (Form 1040), line 3, and on Schedule SE, line 2.")
        c.setFont("Helvetica", 6.5)
        c.drawString(38, 60, "For Paperwork Reduction Act Notice, see the separate instructions.")
        c.drawRightString(576, 60, f"Schedule C (Form 1040) {year}")
        return []

    return page, float(net)


def form_1099(kind: str, year: int, payer: Sequence[str], payer_tin: str, payee: str, payee_street: str,
              payee_city: str, payee_tin: str, boxes: Sequence[tuple[str, str]], months: Sequence[float] = ()) -> Paper:
    """Copy B of a Form 1099-NEC or 1099-K as the payer's software prints it on plain paper (type other)."""

    def page(c: Canvas) -> list[Mark]:
        top = 740.0
        tall = max(300.0, 100 + 26 * len(boxes) + (22 * 6 + 4 if months else 0))
        c.setLineWidth(0.8)
        c.rect(36, top - tall, 540, tall, stroke=1, fill=0)
        c.line(300, top, 300, top - tall)
        c.setFont("Helvetica", 6.3)
        name_cap = "FILER'S name, street address, city or town, state or province, country, ZIP or foreign postal " \
                   "code, and telephone no." if kind == "K" else "PAYER'S name, street address, city or town, " \
                                                                 "state or province, country, ZIP or foreign postal " \
                                                                 "code, and telephone no."
        for i, ln in enumerate(wrap(name_cap, "Helvetica", 6.3, 255)):
            c.drawString(40, top - 9 - i * 8, ln)
        c.setFont("Courier", 9)
        for i, ln in enumerate(payer):
            c.drawString(44, top - 32 - i * 11, ln)
        c.line(36, top - 90, 300, top - 90)
        irs_box(c, 36, top - 116, 132, 26, "FILER'S TIN" if kind == "K" else "PAYER'S TIN", payer_tin)
        irs_box(c, 168, top - 116, 132, 26, "PAYEE'S TIN" if kind == "K" else "RECIPIENT'S TIN", payee_tin)
        irs_box(c, 36, top - 146, 264, 30, "PAYEE'S name" if kind == "K" else "RECIPIENT'S name", payee)
        irs_box(c, 36, top - 176, 264, 30, "Street address (including apt. no.)", payee_street)
        irs_box(c, 36, top - 206, 264, 30, "City or town, state or province, country, and ZIP or foreign postal code",
                payee_city)
        irs_box(c, 36, top - 232, 264, 26, "Account number (see instructions)", "DRV-" + payee_tin[-4:] + "-01")
        c.setFont("Helvetica-Bold", 16)
        title = "1099-K" if kind == "K" else "1099-NEC"
        c.drawString(470, top - 22, title)
        c.setFont("Helvetica", 7)
        c.drawString(440, top - 10, "Form")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(470, top - 40, str(year))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(440, top - 56, "Payment Card and Third Party" if kind == "K" else "Nonemployee")
        c.drawString(440, top - 66, "Network Transactions" if kind == "K" else "Compensation")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(440, top - 84, "Copy B")
        c.setFont("Helvetica", 6.5)
        c.drawString(440, top - 93, "For Payee" if kind == "K" else "For Recipient")
        y = top - 100.0
        for cap, val in boxes:
            irs_box(c, 300, y - 26, 130, 26, cap, val)
            y -= 26
        if months:
            names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
            for i, v in enumerate(months):
                col, row = divmod(i, 6)
                yy = y - 22 * (row + 1)
                irs_box(c, 300 + col * 138, yy, 138, 22, f"5{'abcdefghijkl'[i]} {names[i]}", f"$ {money(v)}",
                        val_size=8.5)
        c.setFont("Helvetica", 6.5)
        c.drawString(36, top - tall - 12, f"Form {title}  (keep for your records)   www.irs.gov/Form{title}     "
                                          "Department of the Treasury - Internal Revenue Service")
        c.setFont("Helvetica", 7)
        for i, ln in enumerate(wrap("This is important tax information and is being furnished to the IRS. If you are "
                                    "required to file a return, a negligence penalty or other sanction may be imposed "
                                    "on you if this income is taxable and the IRS determines that it has not been "
                                    "reported. Report this income on Schedule C (Form 1040) if you are engaged in a "
                                    "trade or business.", "Helvetica", 7, 520)):
            c.drawString(36, top - tall - 32 - i * 9, ln)
        return []

    return Paper([page])


# --- gig platforms' earnings summaries (type other) --------------------------------------------------------------


def curbly_week(driver: str, week_start: dt.date, printed: dt.datetime, trips: int, online: str,
                fares: float, surge: float, tips: float, promos: float, fee: float, bank4: str) -> Paper:
    """A rideshare platform's weekly earnings statement printed from the driver's web dashboard."""
    week_end = week_start + dt.timedelta(days=6)
    earnings = r2(fares + surge + tips + promos - fee)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.drawString(30, 770, f"{printed.month}/{printed.day}/{printed.strftime('%y')}, {printed.strftime('%I:%M %p')}"
                              .replace(" 0", " "))
        c.drawCentredString(W / 2, 770, "Curbly Driver - Weekly statement")
        c.setFillColor(Color(0.0, 0.0, 0.0))
        c.roundRect(40, 712, 80, 32, 8, stroke=0, fill=1)
        c.setFillColor(Color(0.3, 0.95, 0.6))
        c.setFont("Helvetica-Bold", 17)
        c.drawString(50, 722, "curbly")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        c.drawRightString(572, 734, driver)
        c.drawRightString(572, 722, "Driver account - independent contractor")
        c.setFont("Helvetica-Bold", 20)
        c.drawString(40, 672, "Weekly statement")
        c.setFont("Helvetica", 11)
        c.drawString(40, 654, f"{week_start.strftime('%b')} {week_start.day}, {week_start.year} - "
                              f"{week_end.strftime('%b')} {week_end.day}, {week_end.year}")
        c.setFillColor(Color(0.95, 0.96, 0.95))
        c.roundRect(40, 560, 532, 76, 10, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        c.drawString(56, 614, "Your earnings this week")
        c.setFont("Helvetica-Bold", 26)
        c.drawString(56, 578, "$" + money(earnings))
        c.setFont("Helvetica", 9)
        c.drawString(330, 614, "Trips")
        c.drawString(450, 614, "Online")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(330, 590, str(trips))
        c.drawString(450, 590, online)
        y = 530
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, y, "Breakdown")
        y -= 20
        rows = [("Fares", fares), ("Surge", surge), ("Promotions - weekly quest", promos), ("Tips from riders", tips),
                ("Curbly service fee", -fee)]
        for k, v in rows:
            c.setFont("Helvetica", 10)
            c.drawString(40, y, k)
            c.drawRightString(572, y, ("-$" if v < 0 else "$") + money(abs(v)))
            c.setStrokeGray(0.85)
            c.line(40, y - 6, 572, y - 6)
            y -= 22
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "Total earnings")
        c.drawRightString(572, y, "$" + money(earnings))
        y -= 40
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, y, "Payouts")
        y -= 20
        c.setFont("Helvetica", 10)
        pay_on = week_end + dt.timedelta(days=1)
        c.drawString(40, y, f"Weekly transfer to bank account ****{bank4}")
        c.drawRightString(572, y, f"{pay_on.strftime('%b')} {pay_on.day}    $" + money(earnings))
        y -= 36
        c.setFont("Helvetica", 8)
        c.setFillGray(0.35)
        for ln in wrap("Curbly does not withhold taxes. As an independent contractor you may receive a Form 1099-K "
                       "and a Form 1099-NEC for the year. This statement is provided for your records and is not a "
                       "pay stub.", "Helvetica", 8, 532):
            c.drawString(40, y, ln)
            y -= 10
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(30, 22, f"https://drivers.curbly.example/earnings/statements/{week_start.isoformat()}")
        c.drawRightString(582, 22, "1/1")
        return []

    return Paper([page])


def biterunner_week(courier: str, week_start: dt.date, days: Sequence[tuple[int, float, float, float]],
                    bank4: str) -> Paper:
    """A food-delivery app's weekly pay summary for a courier: one row per day (deliveries, delivery pay, peak pay,
    tips), a total and the direct deposit."""
    week_end = week_start + dt.timedelta(days=6)
    size = landscape(letter)

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        c.setFillColor(Color(0.93, 0.3, 0.18))
        c.rect(0, ph - 64, pw, 64, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(40, ph - 42, "BiteRunner")
        c.setFont("Helvetica", 10)
        c.drawString(170, ph - 40, "Courier pay summary")
        c.drawRightString(pw - 40, ph - 34, courier)
        c.drawRightString(pw - 40, ph - 48, f"Week of {mdy(week_start)} - {mdy(week_end)}")
        c.setFillColor(black)
        heads = ["Day", "Date", "Deliveries", "Delivery pay", "Peak pay", "Customer tips", "Day total"]
        xs = [40, 130, 250, 360, 470, 580, 690]
        y = ph - 100
        c.setFont("Helvetica-Bold", 9)
        for x, hd in zip(xs, heads, strict=True):
            c.drawString(x, y, hd)
        c.line(40, y - 5, pw - 40, y - 5)
        totals = [0, 0.0, 0.0, 0.0, 0.0]
        y -= 22
        for i, (n, base, peak, tip) in enumerate(days):
            d = week_start + dt.timedelta(days=i)
            day_total = r2(base + peak + tip)
            vals = [d.strftime("%A"), mdy(d), str(n), money(base), money(peak), money(tip), money(day_total)]
            c.setFont("Helvetica", 9.5)
            for x, v in zip(xs, vals, strict=True):
                c.drawString(x, y, v)
            totals = [totals[0] + n, r2(totals[1] + base), r2(totals[2] + peak), r2(totals[3] + tip),
                      r2(totals[4] + day_total)]
            y -= 20
        c.line(40, y + 12, pw - 40, y + 12)
        c.setFont("Helvetica-Bold", 9.5)
        for x, v in zip(xs[2:], [str(totals[0]), *[money(t) for t in totals[1:]]], strict=True):
            c.drawString(x, y - 2, v)
        c.drawString(40, y - 2, "Week total")
        y -= 40
        c.setFont("Helvetica", 9.5)
        dep = week_end + dt.timedelta(days=2)
        c.drawString(40, y, f"Direct deposit to checking ****{bank4} on {mdy(dep)}:  ${money(totals[4])}")
        c.drawString(40, y - 16, "No taxes are withheld. Couriers are independent contractors and receive Form "
                                 "1099-NEC for the year.")
        return []

    return Paper([page], size)


# --- bank statements ------------------------------------------------------------------------------------------------


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


def register(start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
             debits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    out += [(start + dt.timedelta(days=day - 1), desc, -amt) for day, desc, amt in debits]
    out = [t for t in out if t[0] <= end]
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def saltmarsh_statement(holder: Sequence[str], acct: str, year: int, month: int, begin: float,
                        credits: Sequence[tuple[int, str, float]], debits: Sequence[tuple[int, str, float]],
                        checks: Sequence[tuple[int, int, float]]) -> Statement:
    """Saltmarsh Merchants Bank, 'Business Essentials Checking': two pages - an account summary, deposits and
    credits, electronic debits, a grid of checks paid, and a daily ending balance table."""
    bank = "Saltmarsh Merchants Bank"
    start, end = month_bounds(year, month)
    lines = register(start, end, credits, debits)
    chk = sorted(checks)
    dep = r2(sum(a for _, _, a in lines if a > 0))
    ele = r2(-sum(a for _, _, a in lines if a < 0))
    chk_total = r2(sum(a for _, _, a in chk))
    ending = r2(begin + dep - ele - chk_total)
    daily: dict[dt.date, float] = {}
    bal = begin
    events = [(d, a) for d, _, a in lines] + [(start + dt.timedelta(days=day - 1), -a) for day, _, a in chk]
    for d, a in sorted(events):
        bal = r2(bal + a)
        daily[d] = bal

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.1, 0.32, 0.34))
        c.setFont("Times-BoldItalic", 19)
        c.drawString(40, 740, "Saltmarsh")
        c.setFont("Times-Roman", 9)
        c.drawString(40, 728, "MERCHANTS BANK  -  Member FDIC  -  saltmarshbank.example")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 746, "Business Essentials Checking")
        c.drawRightString(572, 735, f"Account number: ******{acct[-4:]}")
        c.drawRightString(572, 724, f"{long_date(start)} through {long_date(end)}")
        c.drawRightString(572, 713, f"Page {n} of 2")
        c.setStrokeColor(Color(0.1, 0.32, 0.34))
        c.setLineWidth(1.5)
        c.line(40, 706, 572, 706)
        c.setStrokeColor(black)

    def section(c: Canvas, y: float, title: str) -> float:
        c.setFillColor(Color(0.88, 0.93, 0.93))
        c.rect(40, y - 4, 532, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, title)
        return y - 16

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 684
        for ln in holder:
            c.drawString(52, y, ln.upper())
            y -= 11.5
        c.setLineWidth(0.6)
        c.rect(330, 600, 242, 92, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(338, 680, "Account summary")
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Beginning balance on " + mdy(start), money(begin)),
                                    ("Deposits and other credits", "+" + money(dep)),
                                    ("Electronic debits", "-" + money(ele)),
                                    ("Checks paid", "-" + money(chk_total)),
                                    ("Ending balance on " + mdy(end), money(ending)))):
            c.drawString(338, 664 - 14 * i, k)
            c.drawRightString(564, 664 - 14 * i, v)
        y = section(c, 572, "DEPOSITS AND OTHER CREDITS")
        c.setFont("Helvetica", 8.3)
        for d, desc, a in (t for t in lines if t[2] > 0):
            c.drawString(44, y, d.strftime("%m/%d"))
            c.drawString(90, y, desc)
            c.drawRightString(568, y, money(a))
            y -= 11.5
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(90, y, "Total deposits and other credits")
        c.drawRightString(568, y, money(dep))
        y = section(c, y - 22, "ELECTRONIC DEBITS")
        c.setFont("Helvetica", 8.3)
        for d, desc, a in (t for t in lines if t[2] < 0):
            c.drawString(44, y, d.strftime("%m/%d"))
            c.drawString(90, y, desc)
            c.drawRightString(568, y, money(-a))
            y -= 11.5
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(90, y, "Total electronic debits")
        c.drawRightString(568, y, money(ele))
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, "Continued on next page")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = section(c, 684, "CHECKS PAID")
        c.setFont("Helvetica-Bold", 7.5)
        for col in range(3):
            x = 44 + col * 178
            c.drawString(x, y, "CHECK NO.")
            c.drawString(x + 60, y, "DATE PAID")
            c.drawRightString(x + 168, y, "AMOUNT")
        y -= 12
        c.setFont("Helvetica", 8.3)
        for i, (day, no, amt) in enumerate(chk):
            col, row = i % 3, i // 3
            x = 44 + col * 178
            yy = y - row * 11.5
            c.drawString(x, yy, str(no))
            c.drawString(x + 60, yy, (start + dt.timedelta(days=day - 1)).strftime("%m/%d"))
            c.drawRightString(x + 168, yy, money(amt))
        y -= ((len(chk) + 2) // 3) * 11.5 + 6
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(44, y, f"Total checks paid ({len(chk)})")
        c.drawRightString(568, y, money(chk_total))
        y = section(c, y - 24, "DAILY ENDING BALANCE")
        c.setFont("Helvetica", 8.3)
        items = sorted(daily.items())
        for i, (d, b) in enumerate(items):
            col, row = i % 4, i // 4
            x = 44 + col * 133
            c.drawString(x, y - row * 11.5, d.strftime("%m/%d"))
            c.drawRightString(x + 118, y - row * 11.5, money(b))
        y -= ((len(items) + 3) // 4) * 11.5 + 20
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, f"Ending balance on {mdy(end)}")
        c.drawRightString(568, y, money(ending))
        c.setFont("Helvetica", 7.5)
        for i, ln in enumerate(wrap("In case of errors or questions about your electronic transfers, call "
                                    "(207) 555-0110 or write to Saltmarsh Merchants Bank, 40 Tidemill Road, Port "
                                    "Sorrel, ME 04112, as soon as you can.", "Helvetica", 7.5, 520)):
            c.drawString(44, y - 30 - i * 9.5, ln)
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def quillback_statement(holder: Sequence[str], acct: str, year: int, month: int, begin: float,
                        credits: Sequence[tuple[int, str, float]], debits: Sequence[tuple[int, str, float]],
                        kind: str = "Share Draft Checking") -> Statement:
    """Quillback Valley Credit Union: one page, a single register with withdrawals and deposits in two columns and a
    running balance, the totals in a strip at the foot."""
    bank = "Quillback Valley Credit Union"
    start, end = month_bounds(year, month)
    lines = register(start, end, credits, debits)
    ending = r2(begin + sum(a for _, _, a in lines))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.36, 0.22, 0.5))
        c.circle(58, 742, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(58, 737, "Q")
        c.setFillColor(Color(0.36, 0.22, 0.5))
        c.setFont("Helvetica-Bold", 14)
        c.drawString(82, 744, "Quillback Valley")
        c.setFont("Helvetica", 8.5)
        c.drawString(82, 732, "CREDIT UNION  |  Federally insured by NCUA")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 746, "ACCOUNT STATEMENT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 734, f"Statement period: {mdy(start)} to {mdy(end)}")
        c.drawRightString(572, 723, f"{kind}  xxxx{acct[-4:]}")
        y = 700
        c.setFont("Helvetica", 9)
        for ln in holder:
            c.drawString(48, y, ln)
            y -= 11.5
        y = 630
        c.setFillColor(Color(0.36, 0.22, 0.5))
        c.rect(40, y - 4, 532, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((44, "POSTED"), (96, "DESCRIPTION")):
            c.drawString(x, y, t)
        for x, t in ((420, "WITHDRAWALS"), (496, "DEPOSITS"), (568, "BALANCE")):
            c.drawRightString(x, y, t)
        c.setFillColor(black)
        y -= 16
        c.setFont("Helvetica", 8.3)
        c.drawString(44, y, mdy(start))
        c.drawString(96, y, "Previous balance")
        c.drawRightString(568, y, money(begin))
        bal = begin
        for d, desc, a in lines:
            y -= 12
            bal = r2(bal + a)
            c.drawString(44, y, mdy(d))
            c.drawString(96, y, desc)
            c.drawRightString(420 if a < 0 else 496, y, money(abs(a)))
            c.drawRightString(568, y, money(bal))
        y -= 26
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        dp = r2(sum(a for _, _, a in lines if a > 0))
        c.setLineWidth(0.6)
        c.rect(40, y - 26, 532, 30, stroke=1, fill=0)
        c.setFont("Helvetica", 7)
        cells = [("PREVIOUS BALANCE", begin), ("TOTAL WITHDRAWALS", wd), ("TOTAL DEPOSITS", dp),
                 ("NEW BALANCE", ending)]
        for i, (k, v) in enumerate(cells):
            x = 40 + i * 133
            c.drawString(x + 6, y - 5, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x + 6, y - 20, money(v))
            c.setFont("Helvetica", 7)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 48, "Quillback Valley Credit Union, 9 Millrace Lane, Alder Falls, VT 05602  -  "
                                 "(802) 555-0181")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- deposited rent checks and the lease (rent_check / other) ----------------------------------------------------


@dataclass
class RentCheck:
    payer: str
    payer_addr: tuple[str, str]
    payer_bank: str
    number: int
    date: dt.date
    payee: str
    amount: float
    memo: str
    deposit_bank: str
    deposited: dt.date
    acct4: str
    routing: str
    payer_acct: str
    seed: int = 1


CHECK_W, CHECK_H = 432.0, 198.0


def draw_check_front(c: Canvas, x: float, y: float, k: RentCheck) -> list[Mark]:
    c.saveState()
    c.setFillColor(Color(0.9, 0.95, 0.91))
    c.roundRect(x, y, CHECK_W, CHECK_H, 6, stroke=0, fill=1)
    c.setStrokeColor(Color(0.8, 0.89, 0.82))
    c.setLineWidth(0.4)
    for i in range(0, int(CHECK_H), 9):
        p = c.beginPath()
        p.moveTo(x + 4, y + i)
        for j in range(0, int(CHECK_W) - 8, 12):
            p.lineTo(x + 4 + j, y + i + 2.5 * math.sin(j / 14 + i))
        c.drawPath(p, stroke=1, fill=0)
    c.setStrokeColor(black)
    c.setLineWidth(0.8)
    c.roundRect(x, y, CHECK_W, CHECK_H, 6, stroke=1, fill=0)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x + 12, y + CHECK_H - 18, k.payer.upper())
    c.setFont("Helvetica", 7)
    c.drawString(x + 12, y + CHECK_H - 27, k.payer_addr[0])
    c.drawString(x + 12, y + CHECK_H - 35, k.payer_addr[1])
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(x + CHECK_W - 12, y + CHECK_H - 18, str(k.number))
    c.setFont("Helvetica", 7)
    c.drawString(x + 270, y + CHECK_H - 50, "DATE")
    c.line(x + 292, y + CHECK_H - 52, x + CHECK_W - 14, y + CHECK_H - 52)
    c.drawString(x + 12, y + CHECK_H - 80, "PAY TO THE")
    c.drawString(x + 12, y + CHECK_H - 88, "ORDER OF")
    c.line(x + 56, y + CHECK_H - 88, x + 330, y + CHECK_H - 88)
    c.rect(x + 340, y + CHECK_H - 94, 80, 20, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x + 332, y + CHECK_H - 87, "$")
    c.line(x + 12, y + CHECK_H - 114, x + 370, y + CHECK_H - 114)
    c.setFont("Helvetica", 7)
    c.drawString(x + 374, y + CHECK_H - 114, "DOLLARS")
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(x + 12, y + 62, k.payer_bank)
    c.setFont("Helvetica", 7)
    c.drawString(x + 12, y + 40, "MEMO")
    c.line(x + 36, y + 38, x + 200, y + 38)
    c.line(x + 240, y + 38, x + CHECK_W - 14, y + 38)
    c.setFont("Courier-Bold", 11)
    c.drawString(x + 40, y + 12, f':{k.routing}: {k.payer_acct}" {k.number:04d}')
    c.restoreState()
    return [Mark("hand", x + 296, y + CHECK_H - 50, mdy(k.date), size=11, seed=k.seed),
            Mark("hand", x + 62, y + CHECK_H - 86, k.payee, size=11, seed=k.seed + 1),
            Mark("hand", x + 346, y + CHECK_H - 88, money(k.amount), size=11, seed=k.seed + 2),
            Mark("hand", x + 20, y + CHECK_H - 112, words_amount(k.amount), size=10.5,
                 seed=k.seed + 3),
            Mark("hand", x + 40, y + 40, k.memo, size=10, seed=k.seed + 4),
            Mark("sig", x + 262, y + 40, w=118, seed=k.seed + 5)]


def draw_check_back(c: Canvas, x: float, y: float, k: RentCheck, stamp: bool = True) -> list[Mark]:
    c.saveState()
    c.setFillColor(Color(0.97, 0.97, 0.96))
    c.roundRect(x, y, CHECK_W, CHECK_H, 6, stroke=0, fill=1)
    c.setFillColor(black)
    c.setLineWidth(0.8)
    c.roundRect(x, y, CHECK_W, CHECK_H, 6, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 6.5)
    c.drawString(x + 12, y + CHECK_H - 14, "ENDORSE HERE")
    c.setLineWidth(0.5)
    for i in range(3):
        c.line(x + 12, y + CHECK_H - 38 - i * 20, x + 230, y + CHECK_H - 38 - i * 20)
    c.setFont("Helvetica", 5.5)
    c.drawString(x + 12, y + CHECK_H - 90, "DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE")
    c.drawString(x + 12, y + CHECK_H - 97, "RESERVED FOR FINANCIAL INSTITUTION USE")
    if stamp:
        c.translate(x + 300, y + 70)
        c.rotate(8)
        c.setStrokeColor(Color(0.45, 0.15, 0.5))
        c.setFillColor(Color(0.45, 0.15, 0.5))
        c.setLineWidth(1.2)
        c.roundRect(-60, -34, 150, 66, 6, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(-52, 16, "DEPOSITED")
        c.setFont("Helvetica", 7.5)
        c.drawString(-52, 4, k.deposit_bank.upper())
        c.drawString(-52, -8, mdy(k.deposited))
        c.drawString(-52, -20, f"ACCT ****{k.acct4}")
    c.restoreState()
    return [Mark("sig", x + 20, y + CHECK_H - 36, w=130, seed=k.seed + 11),
            Mark("hand", x + 18, y + CHECK_H - 55, "For deposit only", size=10.5, seed=k.seed + 12),
            Mark("hand", x + 18, y + CHECK_H - 75, f"Acct ****{k.acct4}", size=10.5, seed=k.seed + 13)]


def check_photos(k: RentCheck) -> Paper:
    """Two phone pictures - the front and the back of the deposited check - each page the size of the check."""
    margin = 10.0
    size = (CHECK_W + 2 * margin, CHECK_H + 2 * margin)

    def front(c: Canvas) -> list[Mark]:
        return draw_check_front(c, margin, margin, k)

    def back(c: Canvas) -> list[Mark]:
        return draw_check_back(c, margin, margin, k)

    return Paper([front, back], size)


def check_copy(k: RentCheck) -> Paper:
    """A photocopy of the check's front and back on one letter sheet."""

    def page(c: Canvas) -> list[Mark]:
        return draw_check_front(c, 90, 500, k) + draw_check_back(c, 90, 230, k)

    return Paper([page])


def check_printout(k: RentCheck, bank: str, printed: dt.datetime, account: str) -> Paper:
    """The bank's online-banking 'deposited item' page printed from a browser: the deposit's details, then the
    images of the check's front and back."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.drawString(30, 770, printed.strftime("%m/%d/%Y %I:%M %p"))
        c.drawCentredString(W / 2, 770, f"{bank} - Online Banking")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(60, 730, "Deposited item")
        c.setFont("Helvetica", 9)
        rows = [("Account", f"{account} ****{k.acct4}"), ("Posted", mdy(k.deposited)),
                ("Description", "MOBILE DEPOSIT"), ("Item amount", "$" + money(k.amount)),
                ("Check number", str(k.number))]
        y = 708
        for a, b in rows:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(60, y, a)
            c.setFont("Helvetica", 9)
            c.drawString(160, y, b)
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, 628, "Front")
        c.saveState()
        c.translate(90, 410)
        c.scale(0.98, 0.98)
        marks_f = draw_check_front(c, 0, 0, k)
        c.restoreState()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, 386, "Back")
        c.saveState()
        c.translate(90, 170)
        c.scale(0.98, 0.98)
        marks_b = draw_check_back(c, 0, 0, k)
        c.restoreState()
        c.setFont("Helvetica", 7)
        c.drawString(30, 22, "https://online.saltmarshbank.example/accounts/deposits/item")
        c.drawRightString(582, 22, "1/1")
        out = []
        for m, (dx, dy) in [(m, (90, 410)) for m in marks_f] + [(m, (90, 170)) for m in marks_b]:
            out.append(Mark(m.kind, dx + m.x * 0.98, dy + m.y * 0.98, m.text, m.w * 0.98, m.size * 0.98, m.seed,
                            m.angle))
        return out

    return Paper([page])


def lease(landlord: str, tenant: str, unit: str, start: dt.date, end: dt.date, rent: float, deposit: float,
          signed_on: dt.date, seed: int, town: str) -> Paper:
    """A two-page residential lease for a rented unit (type other)."""

    def page1(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 730, "RESIDENTIAL LEASE AGREEMENT")
        c.setFont("Times-Italic", 9)
        c.drawCentredString(W / 2, 716, "(month-to-month after the initial term)")
        paras = [
            f"1. PARTIES. This lease is made on {long_date(signed_on)} between {landlord} (\"Landlord\") and "
            f"{tenant} (\"Tenant\").",
            f"2. PREMISES. Landlord rents to Tenant the dwelling unit known as {unit} (the \"Premises\"), together "
            "with the use of the shared driveway and the laundry area in common with Landlord.",
            f"3. TERM. The term begins on {long_date(start)} and ends on {long_date(end)}. After that the tenancy "
            "continues from month to month until either party gives thirty days' written notice.",
            f"4. RENT. Tenant shall pay rent of ${money(rent)} per month, in advance, on or before the first day of "
            "each month, by check payable to Landlord. A late charge of $35.00 applies to rent received after the "
            "fifth day of the month.",
            f"5. SECURITY DEPOSIT. Tenant has paid a security deposit of ${money(deposit)}, which Landlord will hold "
            "and return as the law of the state requires.",
            "6. UTILITIES. Electricity and internet are in Tenant's name. Heat, water and sewer are included in the "
            "rent.",
            "7. USE AND OCCUPANCY. The Premises shall be used only as a private residence for Tenant. No more than "
            "two persons may occupy the Premises without Landlord's written consent. No smoking inside.",
            "8. REPAIRS. Tenant will keep the Premises clean and report any needed repairs promptly. Landlord will "
            "make repairs that are not caused by Tenant's negligence within a reasonable time."]
        paragraphs(c, 72, 690, W - 144, paras, size=10.5, leading=13.5, gap=7)
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 40, "Page 1 of 2")
        c.drawString(380, 40, "Landlord initials _______")
        c.drawString(480, 40, "Tenant initials _______")
        return [Mark("hand", 445, 41, "".join(p[0] for p in landlord.split()[:2]), size=9, seed=seed + 1),
                Mark("hand", 539, 41, "".join(p[0] for p in tenant.split()[:2]), size=9, seed=seed + 2)]

    def page2(c: Canvas) -> list[Mark]:
        paras = [
            "9. ENTRY. Landlord may enter the Premises at reasonable times after 24 hours' notice, or at any time in "
            "an emergency.",
            "10. PETS. No pets without Landlord's written consent.",
            "11. ASSIGNMENT. Tenant may not sublet the Premises or assign this lease.",
            "12. END OF TENANCY. At the end of the tenancy Tenant will return all keys and leave the Premises clean "
            "and in the condition received, ordinary wear and tear excepted.",
            "13. ENTIRE AGREEMENT. This is the entire agreement of the parties. Any change must be in writing and "
            "signed by both parties."]
        y = paragraphs(c, 72, 720, W - 144, paras, size=10.5, leading=13.5, gap=7)
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, y - 6, f"Signed at {town} on the date first written above.")
        marks = []
        yy = y - 70
        for i, (who, name) in enumerate((("LANDLORD", landlord), ("TENANT", tenant))):
            x = 72 + i * 250
            c.setLineWidth(0.6)
            c.line(x, yy, x + 210, yy)
            c.setFont("Times-Roman", 9)
            c.drawString(x, yy - 12, f"{who}: {name}")
            marks.append(Mark("sig", x + 10, yy + 2, w=150, seed=seed + 10 + i))
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 40, "Page 2 of 2")
        return marks

    return Paper([page1, page2])


# --- a pay stub --------------------------------------------------------------------------------------------------


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def semimonthly_dates(year: int, upto: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(period start, period end, pay date) of each semi-monthly check of the year up to a date."""
    out = []
    for m in range(1, 13):
        s, e = month_bounds(year, m)
        for a, b in ((s, s.replace(day=15)), (s.replace(day=16), e)):
            if b <= upto:
                out.append((a, b, b))
    return out


def biweekly_dates(first_pay: dt.date, upto: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    out = []
    d = first_pay
    while d <= upto:
        end = d - dt.timedelta(days=6)
        out.append((end - dt.timedelta(days=13), end, d))
        d += dt.timedelta(days=14)
    return out


def payroll_stub(employer: str, emp_addr: str, employee: str, emp_addr2: Sequence[str], emp_id: str,
                 frequency: str, checks: Sequence[tuple[dt.date, dt.date, dt.date]], rate: float, hours: float,
                 seed: int, deductions: Sequence[tuple[str, float]] = ()) -> Stub:
    """An 'EARNINGS STATEMENT' from a payroll service: hourly regular and overtime pay, statutory and voluntary
    deductions, each with this period and year to date, and the net pay distribution."""
    def lines_of(pay: dt.date) -> dict[str, tuple[float, float, float]]:
        rr = random.Random(f"{emp_id}{pay}{seed}")
        reg = hours - rr.choice([0.0, 0.0, 2.5, 4.0])
        ot = rr.choice([0.0, 0.0, 1.5, 3.0])
        out = {"Regular": (reg, rate, r2(reg * rate))}
        if ot:
            out["Overtime"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        return out

    def taxes(g: float) -> dict[str, float]:
        return {"Federal Income Tax": r2(g * 0.085), "Social Security Tax": r2(g * 0.062),
                "Medicare Tax": r2(g * 0.0145), "State Income Tax": r2(g * 0.031)}

    ytd: dict[str, float] = {}
    for _, _, pay in checks:
        ln = lines_of(pay)
        g = r2(sum(v[2] for v in ln.values()))
        items = {k: v[2] for k, v in ln.items()} | taxes(g) | dict(deductions)
        items["GROSS"] = g
        items["NET"] = r2(g - sum(taxes(g).values()) - sum(v for _, v in deductions))
        for k, v in items.items():
            ytd[k] = r2(ytd.get(k, 0.0) + v)
    start, end, pay = checks[-1]
    cur = lines_of(pay)
    gross = r2(sum(v[2] for v in cur.values()))
    tx = taxes(gross)
    net = r2(gross - sum(tx.values()) - sum(v for _, v in deductions))
    freq_label = {"semimonthly": "Semi-Monthly", "biweekly": "Biweekly"}[frequency]

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 742, employer)
        c.setFont("Helvetica", 8)
        c.drawString(40, 731, emp_addr)
        c.setLineWidth(0.8)
        c.rect(372, 676, 200, 80, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(380, 740, "Earnings Statement")
        c.setFont("Helvetica", 8)
        for i, (k, v) in enumerate((("Period Beginning:", mdy(start)), ("Period Ending:", mdy(end)),
                                    ("Pay Date:", mdy(pay)), ("Pay Frequency:", freq_label))):
            c.drawString(380, 726 - i * 11, k)
            c.drawRightString(566, 726 - i * 11, v)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(300, 650, employee.upper())
        c.setFont("Helvetica", 8.5)
        for i, ln in enumerate(emp_addr2):
            c.drawString(300, 639 - i * 10.5, ln)
        c.setFont("Helvetica", 8)
        c.drawString(40, 650, f"Employee ID: {emp_id}")
        c.drawString(40, 639, "Filing Status: Married / 0")
        y = 600
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "Earnings")
        for x, t in ((190, "rate"), (240, "hours"), (320, "this period"), (400, "year to date")):
            c.drawRightString(x, y, t)
        c.line(40, y - 3, 400, y - 3)
        y -= 14
        c.setFont("Helvetica", 8.5)
        for k in ("Regular", "Overtime"):
            if k not in ytd:
                continue
            hrs, rt, amt = cur.get(k, (0.0, 0.0, 0.0))
            c.drawString(40, y, k)
            if hrs:
                c.drawRightString(190, y, f"{rt:.4f}")
                c.drawRightString(240, y, f"{hrs:.2f}")
                c.drawRightString(320, y, money(amt))
            c.drawRightString(400, y, money(ytd[k]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 2, "Gross Pay")
        c.drawRightString(320, y - 2, "$" + money(gross))
        c.drawRightString(400, y - 2, money(ytd["GROSS"]))
        y -= 24
        c.drawString(40, y, "Deductions")
        c.drawString(100, y, "Statutory")
        c.line(40, y - 3, 400, y - 3)
        y -= 14
        c.setFont("Helvetica", 8.5)
        for k, v in tx.items():
            c.drawString(100, y, k)
            c.drawRightString(320, y, "-" + money(v))
            c.drawRightString(400, y, money(ytd[k]))
            y -= 12
        if deductions:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(100, y, "Other")
            y -= 12
            c.setFont("Helvetica", 8.5)
            for k, v in deductions:
                c.drawString(100, y, k)
                c.drawRightString(320, y, "-" + money(v))
                c.drawRightString(400, y, money(ytd[k]))
                y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(100, y - 4, "Net Pay")
        c.drawRightString(320, y - 4, "$" + money(net))
        c.setFont("Helvetica", 8)
        c.drawString(430, 600, "Net Pay Distribution")
        c.drawString(430, 586, f"Checking xxxx{emp_id[-4:]}")
        c.drawRightString(572, 586, money(net))
        c.setDash(3, 3)
        c.line(30, 330, 582, 330)
        c.setDash()
        c.setFont("Helvetica", 7)
        c.drawString(40, 320, "Keep this statement for your records. Your net pay has been deposited - this is not a "
                              "check.")
        return []

    fields = {"employer": employer, "employee_name": employee, "pay_date": pay.isoformat(),
              "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
              "gross_current": gross, "gross_ytd": ytd["GROSS"], "net_current": net,
              "monthly_gross": r2(gross * PERIODS[frequency] / 12)}
    return Stub(Paper([page]), fields, pay)


# --- Form 4506-C, letters, cover sheets ---------------------------------------------------------------------------


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              signed_on: dt.date | None, phone: str, seed: int, ink: bool) -> tuple[bytes, list[list[Mark]]]:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over (fields flattened into the page) and signed -
    on the screen (vector strokes, the date typed) or, when ink, printed and signed and dated by hand."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Courier", 9)
    year = (signed_on or dt.date(2053, 1, 1)).year
    put = [(27, 668, first), (114, 668, mi), (171, 668, last), (27, 636, ssn), (27, 571, street), (312, 571, city),
           (420, 571, state), (474, 571, zipc), (27, 506, "Beacon Transcript Services LLC"),
           (312, 506, "BTS-40918"), (420, 506, "BEACON07"), (27, 484, "77 Quarry Hill Road"),
           (312, 484, "Augusta"), (420, 484, "ME"), (474, 484, "04330"),
           (27, 430, "Harborlight Home Loan Servicing"), (474, 430, "(207) 555-0160"),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(year - 1)), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    if signed_on and not ink:
        c.drawString(344, 168, mdy(signed_on))
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    marks: list[Mark] = []
    if signed_on:
        sig = Mark("sig", 80, 166, w=200, seed=seed)
        if ink:
            marks = [sig, Mark("hand", 346, 167, mdy(signed_on), size=10.5, seed=seed + 4)]
        else:
            draw_signature_vector(c, sig)
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, "cc4506c"), [marks]


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
        for ln in [servicer, "Attn: Loss Mitigation"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Loan number {loan} - letter explaining our hardship")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Loss Mitigation Department,", *paras])
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


def insurer_letter(insured: str, business: str, address: Sequence[str], date: dt.date, loss: dt.date,
                   claim: str) -> Paper:
    """A commercial insurer's acknowledgment of a flood claim on the borrower's shop (type other)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.05, 0.35, 0.55))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 735, "EVERWELL MUTUAL")
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 722, "Commercial Property Claims  -  PO Box 5120, Bangor, ME 04402  -  (207) 555-0133")
        c.setFillColor(black)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 664
        for ln in [insured, business, *address]:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 12, f"Claim {claim} - date of loss {mdy(loss)} - flood / water damage")
        paragraphs(c, 72, y - 38, W - 144, [
            f"Dear {insured.split()[0]}:",
            f"We acknowledge your claim for water damage at {business}. Our adjuster inspected the premises and "
            "confirmed that river water entered the ground floor, damaging the ovens, the walk-in cooler, the "
            "display cases and stock on hand.",
            "Your policy's flood endorsement has a limit of $25,000 for business personal property. We have issued "
            "an advance of $7,500.00. The remainder of the claim is under review pending the repair estimates you "
            "have submitted. Business income coverage does not apply to flood under your policy.",
            "Please keep all receipts for cleanup and repairs and call us with any questions."])
        c.setFont("Times-Roman", 11)
        c.drawString(72, 190, "Sincerely,")
        c.drawString(72, 160, "Claims Adjuster, Commercial Property")
        return []

    return Paper([page])


def code128_separator(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 22)
        c.drawCentredString(W / 2, 690, "BATCH SEPARATOR")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 670, "Harborlight mail center - scan this sheet first, face down")
        c.drawImage(ImageReader(code), W / 2 - 170, 520, width=340, height=95)
        c.setFont("Courier-Bold", 14)
        c.drawCentredString(W / 2, 496, f"LOAN {loan}")
        return []

    return Paper([page])


def qr_separator(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.QRCode).to_image(scale=8)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(HL_NAVY)
        c.rect(0, H - 90, W, 90, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(50, H - 55, "HARBORLIGHT  |  Document cover sheet")
        c.setFillColor(black)
        c.setFont("Helvetica", 11)
        c.drawString(50, H - 130, "Put this sheet on top of the papers for ONE loan and scan them together.")
        c.drawImage(ImageReader(code), W / 2 - 90, 400, width=180, height=180)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 375, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 36)
        c.drawString(72, 690, "Facsimile")
        c.setLineWidth(2)
        c.line(72, 680, W - 72, 680)
        c.setFont("Times-Roman", 12)
        rows = [("To:", to), ("Fax number:", to_fax), ("From:", sender), ("Fax number:", sender_fax),
                ("Date:", long_date(date)), ("Number of pages:", f"{pages} including this cover"), ("Regarding:", note)]
        y = 640
        for k, v in rows:
            c.setFont("Times-Bold", 12)
            c.drawString(72, y, k)
            c.setFont("Times-Roman", 12)
            c.drawString(200, y, v)
            y -= 24
        c.setFont("Times-Italic", 9.5)
        c.drawString(72, y - 20, "If you did not receive all pages, please call the sender right away.")
        return []

    return Paper([page])


# --- packets and the checklist -------------------------------------------------------------------------------------

Source = Paper | tuple[bytes, list[list[Mark]]]


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    alt_date: dt.date | None = None  # a second reading of that date (a check's deposit, a P&L's signing)
    account: str | None = None
    signed: bool = False
    dated: bool = False
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


def source_pages(src: Source) -> int:
    return len(src.pages) if isinstance(src, Paper) else len(src[1])


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

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, Source]], style: Scan, seed: int,
             ink: tuple[int, int, int] = BLUE_INK) -> None:
        """One image-only file: every part printed (with its hand marks) and scanned, faxed or photographed."""
        total = sum(source_pages(src) for _, src in parts)
        sheets: list[ScannedPage] = []
        for i, (doc, src) in enumerate(parts):
            pdf, marks = draw_paper(src) if isinstance(src, Paper) else src
            pages = scan_sheets(pdf, marks, style, seed * 17 + i, ink, len(sheets) + 1, total)
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + j) for j in range(len(pages))]
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


def pnl_doc(p: PnL, sign_on: dt.date | None = None) -> Doc:
    return Doc("profit_and_loss_statement", p.fields, p.end, alt_date=sign_on if p.dated else None, signed=p.signed,
               dated=p.dated)


def tax_doc(t: TaxReturn) -> Doc:
    return Doc("tax_return", t.fields, t.signed_on, signed=t.signed, dated=t.signed_on is not None)


def check_doc(k: RentCheck) -> Doc:
    return Doc("rent_check", {}, k.date, alt_date=k.deposited)


def c4506_doc(signed_on: dt.date | None) -> Doc:
    return Doc("irs_form_4506c", {"signed": signed_on is not None,
                                  "signed_on": signed_on.isoformat() if signed_on else None},
               signed_on, signed=signed_on is not None, dated=signed_on is not None)


def letter_doc(kind: str, date: dt.date) -> Doc:
    return Doc(kind, {"letter_date": date.isoformat()}, date)


def other_doc() -> Doc:
    return Doc("other", {})


@dataclass(frozen=True)
class Reading:
    """Where shared/spec leaves a choice, one way of taking it. A packet's truth must not depend on the choice."""

    older_statement_fresh: bool  # must the older of two statements be fresh too, or only the newer?
    check_by_deposit: bool  # a rent check dated by its deposit rather than its own date
    pnl_by_signing: bool  # a P&L dated by its signing rather than its period end
    tax_return_counts: bool  # a signed and dated return counts (judged fresh by its signing date)


READINGS = [Reading(a, b, c, d) for a in (False, True) for b in (False, True) for c in (False, True)
            for d in (False, True)]


def month_key(d: dt.date) -> int:
    return d.year * 12 + d.month


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date, rd: Reading) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet, under one reading."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(
        a.account == b.account and a is not b and fresh(b.date) and (fresh(a.date) or not rd.older_statement_fresh)
        and dt.date.fromisoformat(b.fields["period_start"]) == dt.date.fromisoformat(a.fields["period_end"])
        + dt.timedelta(days=1) for a in stmts for b in stmts)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]
    pnl = any(d.type == "profit_and_loss_statement" and d.signed and d.dated
              and fresh(d.alt_date if rd.pnl_by_signing else d.date) for d in docs)
    tax = rd.tax_return_counts and any(d.type == "tax_return" and d.signed and d.dated and fresh(d.date)
                                       for d in docs)
    checks = [(d.alt_date if rd.check_by_deposit else d.date) for d in docs if d.type == "rent_check"]
    fresh_months = sorted({month_key(d) for d in checks if d is not None and fresh(d)})
    all_months = sorted({month_key(d) for d in checks if d is not None})
    two_checks = len(fresh_months) >= 2 and fresh_months[-1] - fresh_months[-2] == 1 and \
        fresh_months[-1] == all_months[-1]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.fields.get("benefit_type") == kind and fresh(d.date)
                   for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or pnl or tax, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank or two_checks, "investment": two_bank, "other": two_bank}
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
            d.type == "irs_form_4506c" and d.signed and d.dated for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    codes = missing_codes(p.app, p.docs, p.received, READINGS[0])
    docs = []
    for i, d in enumerate(p.docs, 1):
        docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
                     "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields})
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


# --- the packets ---------------------------------------------------------------------------------------------------

GREY300 = Scan("grey", dpi=300, tilt=0.35, blur=0.65, noise=0.0004)
FAX200 = Scan("fax", dpi=200, tilt=0.3, blur=0.45, noise=0.0007,
              fax_header="JUN 10 2053 08:47AM  BELLOWS XING LIBRARY  8025550107   P.{page:02d}/{total:02d}")
COLOUR200 = Scan("colour", dpi=200, tilt=0.4, blur=0.55, noise=0.0003, paper=(252, 248, 238), quality=80)
COLOUR300 = Scan("colour", dpi=300, tilt=0.25, blur=0.6, noise=0.0002, paper=(251, 251, 246), quality=78)
PHOTO_PAGE = Scan("photo", dpi=110, blur=0.8, quality=80)
PHOTO_CHECK = Scan("photo", dpi=190, blur=0.9, quality=80)


def packet_cc1(seed: int) -> Packet:
    """Rideshare driver with a rented basement apartment; Form 710 on screen; a folder of e-mailed files and phone
    photos of the rent checks and the lease."""
    received = dt.date(2053, 4, 22)
    on = dt.date(2053, 4, 16)
    addr = ["88 Cobble Hill Road", "Alder Falls, VT 05602"]
    app = App("7304418825", "Anselm R. Brightwater", "947-62-3318", "88 Cobble Hill Road", "Alder Falls", "VT",
              "05602", "(802) 555-0148", "anselm.brightwater@example.net", "primary_residence",
              ["reduction_in_income"], dt.date(2052, 11, 1), "long", {"self_employment": 2350.00, "rental": 925.00},
              on, rentals=[Rental("Basement apartment", "Wren T. Halvorsen", "08/31/2053", 1100.00)], units=2,
              checking=412.50, seed=seed + 11)
    p = Packet("cc1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Brightwater MAA.pdf", form710_screen(app), (app_doc(), 4))
    pnl = spreadsheet_pnl("Anselm R. Brightwater", "Brightwater Rides", dt.date(2053, 3, 31), ["JAN", "FEB", "MAR"],
                          [("Curbly fares, surge and promotions", [2890.40, 2655.15, 3104.80]),
                           ("Rider tips", [412.00, 366.50, 455.25]),
                           ("Private airport runs (cash and app)", [180.00, 0.00, 240.00])],
                          [("Fuel", [382.16, 344.90, 401.38]),
                           ("Vehicle repairs and tires", [64.20, 311.75, 88.40]),
                           ("Auto insurance - rideshare endorsement", [118.00, 118.00, 118.00]),
                           ("Vehicle payment - business share 85%", [331.50, 331.50, 331.50]),
                           ("Phone and data plan", [58.00, 58.00, 58.00]),
                           ("Car washes, cleaning, water for riders", [42.50, 38.00, 51.25])],
                          on, seed + 12)
    p.pdf(f"{folder}/Q1 2053 P&L.pdf", paper_pdf(pnl.paper), (pnl_doc(pnl, on), 1))
    week = curbly_week("Anselm R. Brightwater", dt.date(2053, 4, 7), dt.datetime(2053, 4, 16, 21, 14), 58,
                       "34h 51m", 801.40, 58.30, 104.50, 60.00, 159.55, "4471")
    p.pdf(f"{folder}/Curbly weekly statement.pdf", paper_pdf(week), (other_doc(), 1))
    k99 = form_1099("K", 2052, ["Curbly Technologies, Inc.", "500 Harbor View Plaza", "Oakmere, CA 94607",
                                "(800) 555-0199"], "94-8817203", "Anselm R Brightwater", "88 Cobble Hill Road",
                    "Alder Falls, VT 05602", "XXX-XX-3318",
                    [("1a Gross amount of payment card/third party network transactions", "$ 41,862.17"),
                     ("1b Card not present transactions", "$ 41,862.17"), ("2 Merchant category code", "4121"),
                     ("3 Number of payment transactions", "3,118"), ("4 Federal income tax withheld", "$ 0.00")],
                    [3120.44, 3018.90, 3455.10, 3390.27, 3610.02, 3702.55, 3944.80, 3801.16, 3511.38, 3386.05,
                     3279.66, 3641.84])
    p.pdf(f"{folder}/2052 1099-K.pdf", paper_pdf(k99), (other_doc(), 1))
    checks = [RentCheck("Wren T. Halvorsen", ("88 Cobble Hill Road, Apt B", "Alder Falls, VT 05602"),
                        "Green Mountain Savings Bank", 1041 + i, d, "Anselm Brightwater", 1100.00,
                        f"Rent - {d.strftime('%B')} (basement)", "Quillback Valley Credit Union",
                        d + dt.timedelta(days=dep), "4471", "211672803", "3320419965", seed + 20 + 10 * i)
              for i, (d, dep) in enumerate(((dt.date(2053, 3, 1), 1), (dt.date(2053, 4, 1), 2)))]
    for k, name in zip(checks, ("IMG_4471.pdf", "IMG_4502.pdf"), strict=True):
        p.scan(f"{folder}/{name}", [(check_doc(k), check_photos(k))], PHOTO_CHECK, seed + k.number)
    ls = lease("Anselm R. Brightwater", "Wren T. Halvorsen", "the basement apartment (Apt B) at 88 Cobble Hill Road, "
               "Alder Falls, Vermont", dt.date(2052, 9, 1), dt.date(2053, 8, 31), 1100.00, 1100.00,
               dt.date(2052, 8, 20), seed + 40, "Alder Falls, Vermont")
    p.scan(f"{folder}/IMG_4388.pdf", [(other_doc(), ls)], PHOTO_PAGE, seed + 41)
    t = form4506c("Anselm", "R", "Brightwater", "947-62-3318", "88 Cobble Hill Road", "Alder Falls", "VT", "05602",
                  on, "(802) 555-0148", seed + 50, ink=False)
    p.pdf(f"{folder}/4506-C signed.pdf", t[0], (c4506_doc(on), 1))
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Harborlight Home Loan Servicing", [
        "I drive full time for Curbly and rent out the basement apartment of my house. Last November Curbly cut "
        "the per-mile rate in our area and began keeping a larger share of every fare. I drive the same hours but "
        "take home about six hundred dollars a month less than I did a year ago.",
        "The rent from the basement covers part of the mortgage, but not the difference. I am asking for a loan "
        "modification so that the payment matches what I earn now. I have attached my first-quarter profit and "
        "loss, my Curbly statements, the tenant's last two rent checks and the signed 4506-C."], ink=False,
        seed=seed)
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl), (letter_doc("hardship_letter", on), 1))
    return p


def packet_cc2(seed: int) -> Packet:
    """A bakery flooded out; HL-SE3 filled by hand; ONE 300 dpi grey scan behind a Code 128 separator sheet."""
    received = dt.date(2053, 5, 13)
    on = dt.date(2053, 5, 8)
    home = ["27 Pickering Lane", "Port Sorrel, ME 04112"]
    shop = ["112 Water Street", "Port Sorrel, ME 04112"]
    biz = Business("Oszlanyi's Corner Bakery", "Retail bakery and cafe", "2041", 16650.00, 13700.00)
    app = App("0620917743", "Marguerite A. Oszlanyi", "961-27-4450", "27 Pickering Lane", "Port Sorrel", "ME",
              "04112", "(207) 555-0172", "corner.bakery@example.com", "primary_residence", ["disaster"],
              dt.date(2053, 2, 26), "short", {"self_employment": 2950.00}, on, co="Imre L. Oszlanyi",
              co_ssn="961-30-8812", co_phone="(207) 555-0173",
              story="The river flooded our bakery on Water Street on Feb 26. We were closed five weeks and lost "
                    "our ovens and the walk-in cooler.",
              businesses=[biz], checking=2310.00, seed=seed + 21)
    p = Packet("cc2", received, app, [])
    pnl = software_pnl("Oszlanyi's Corner Bakery", dt.date(2053, 1, 1), dt.date(2053, 4, 30),
                       dt.datetime(2053, 5, 7, 9, 14),
                       [("Counter sales", 41260.55), ("Wholesale - cafes and markets", 18930.00),
                        ("Custom cakes and catering", 6420.00)],
                       [("Flour, dairy and ingredients", 19842.18), ("Packaging", 2310.40)],
                       [("Advertising", 310.00), ("Bank and card processing fees", 1534.22),
                        ("Insurance - business", 2480.00), ("Office and software", 288.00),
                        ("Payroll - counter staff", 10420.00), ("Payroll taxes", 1612.35),
                        ("Rent - 112 Water Street", 8800.00), ("Repairs and maintenance", 2215.60),
                        ("Utilities", 3918.44), ("Vehicle and delivery", 1104.30)],
                       [("Interest earned", 3.12)], dt.date(2053, 5, 7), True, "Marguerite A. Oszlanyi", seed + 22)
    holder = ["Oszlanyi's Corner Bakery", "Marguerite A. Oszlanyi, Owner", *shop]
    mar = saltmarsh_statement(holder, "4400187263", 2053, 3, 8214.66,
                              [(3, "DEPOSIT - CASH", 420.00), (14, "INSURANCE ADVANCE EVERWELL MUTUAL", 7500.00),
                               (28, "CARD SETTLEMENT TAPTILL", 1865.40), (31, "CARD SETTLEMENT TAPTILL", 2210.75)],
                              [(2, "ACH PAYROLL PAYWELL", 1180.00), (5, "PORT SORREL ELECTRIC", 612.48),
                               (10, "ACH EVERWELL MUTUAL PREMIUM", 620.00), (16, "ACH PAYROLL PAYWELL", 640.00),
                               (24, "NORTHEAST MILLING CO ACH", 2430.18), (31, "OWNER DRAW - TRANSFER", 2200.00)],
                              [(6, 3318, 2200.00), (12, 3319, 1840.00), (21, 3320, 385.50), (27, 3321, 1460.00)])
    apr = saltmarsh_statement(holder, "4400187263", 2053, 4, mar.fields["ending_balance"],
                              [(4, "CARD SETTLEMENT TAPTILL", 2640.15), (7, "DEPOSIT - CASH", 1385.00),
                               (11, "CARD SETTLEMENT TAPTILL", 3102.60), (14, "DEPOSIT - HARBOR CAFE WHOLESALE",
                                                                          1840.00),
                               (18, "CARD SETTLEMENT TAPTILL", 3377.90), (21, "DEPOSIT - CASH", 1512.00),
                               (25, "CARD SETTLEMENT TAPTILL", 3505.25), (29, "DEPOSIT - MILL POND MARKET", 2115.00)],
                              [(1, "ACH PAYROLL PAYWELL", 2410.00), (2, "PORT SORREL ELECTRIC", 844.12),
                               (8, "NORTHEAST MILLING CO ACH", 4180.66), (15, "ACH PAYROLL PAYWELL", 2410.00),
                               (22, "NORTHEAST MILLING CO ACH", 3920.40), (29, "ACH PAYROLL PAYWELL", 2410.00),
                               (30, "OWNER DRAW - TRANSFER", 2200.00)],
                              [(1, 3322, 2200.00), (9, 3323, 716.80), (17, 3324, 1290.00), (23, 3325, 468.35)])
    tp = TaxPayer("Marguerite A", "Oszlanyi", "961-27-4450", "27 Pickering Lane", "Port Sorrel", "ME", "04112",
                  "Baker / owner", "Imre L", "Oszlanyi", "961-30-8812", "Baker", "(207) 555-0172")
    sch = schedule_c_page(tp, 2052, "Oszlanyi's Corner Bakery", "Retail bakery and cafe", "311810",
                          "112 Water Street, Port Sorrel, ME 04112", 214360.0, 64880.0,
                          [("8  Advertising", 1240.0), ("10 Commissions and fees", 4655.0),
                           ("15 Insurance (other than health)", 7440.0), ("18 Office expense", 860.0),
                           ("20b Rent - other business property", 26400.0), ("21 Repairs and maintenance", 3110.0),
                           ("22 Supplies", 2985.0), ("23 Taxes and licenses", 5210.0),
                           ("25 Utilities", 10950.0), ("26 Wages", 48120.0)], method="Accrual")
    ret = form1040(tp, 2052, 0.0, sch, 0.0, 0.0, 0.0, 6800.0, dt.date(2053, 4, 9), True, seed + 23)
    c4 = form4506c("Marguerite", "A", "Oszlanyi", "961-27-4450", "27 Pickering Lane", "Port Sorrel", "ME", "04112",
                   on, "(207) 555-0172", seed + 24, ink=True)
    hl = hardship_letter(app.borrower, app.co, home, app.loan, on, "Harborlight Home Loan Servicing", [
        "On February 26 the Sorrel River came over the seawall and flooded our bakery at 112 Water Street. We had "
        "almost three feet of water in the kitchen. The ovens, the walk-in cooler and everything on the shelves "
        "were ruined, and we could not open again until April 3.",
        "The bakery is how we both earn our living. Our insurance advanced part of the claim, but it does not pay "
        "for lost business, and we used our savings to reopen. We fell behind on the mortgage in March and April. "
        "Sales are coming back, and we ask for a few months of relief while we catch up."], ink=True,
        seed=seed + 25)
    ins = insurer_letter("Marguerite A. Oszlanyi", "Oszlanyi's Corner Bakery", shop, dt.date(2053, 3, 20),
                         dt.date(2053, 2, 26), "CP-53-0048817")
    p.scan("HLS_MAILROOM_20530513_0921.pdf", [
        (None, code128_separator(app.loan)),
        (app_doc(), hlse3(app, hand=True)),
        (letter_doc("hardship_letter", on), hl),
        (pnl_doc(pnl, dt.date(2053, 5, 7)), pnl.paper),
        (stmt_doc(apr), apr.paper),
        (stmt_doc(mar), mar.paper),
        (tax_doc(ret), ret.paper),
        (c4506_doc(on), c4),
        (other_doc(), ins)], GREY300, seed + 26)
    return p


def packet_cc3(seed: int) -> Packet:
    """Duplex owners: a handyman sideline, the other unit rented, the wife's school pay; Form 710 printed, signed in
    ink and faxed from a library behind a cover sheet - and no Form 4506-C."""
    received = dt.date(2053, 6, 10)
    on = dt.date(2053, 6, 5)
    addr = ["61 Orchard Street, Unit A", "Bellows Crossing, VT 05101"]
    stub = payroll_stub("Bellows Crossing School District", "40 School Street, Bellows Crossing, VT 05101",
                        "Danielle M. Thistlewood", addr, "BX-30419", "semimonthly",
                        semimonthly_dates(2053, dt.date(2053, 5, 31)), 21.40, 80.0, seed + 31,
                        (("Dental plan", 14.50), ("Union dues - VEA", 22.00)))
    app = App("5118830264", "Lamar K. Thistlewood", "938-44-1276", "61 Orchard Street", "Bellows Crossing", "VT",
              "05101", "(802) 555-0129", "lkthistlewood@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2053, 1, 15), "long", {"wages": stub.monthly, "self_employment": 1640.00, "rental": 1075.00},
              on, co="Danielle M. Thistlewood", co_ssn="938-51-0093", co_phone="(802) 555-0130",
              rentals=[Rental("61 Orchard Street, Unit B", "Corinne A. Vantongeren", "10/31/2053", 1350.00)],
              units=2, checking=1450.00, seed=seed + 31)
    p = Packet("cc3", received, app, ["irs_form_4506c"])
    net = stub.fields["net_current"]
    holder = ["LAMAR K THISTLEWOOD", "DANIELLE M THISTLEWOOD", *[a.upper() for a in addr]]
    apr = quillback_statement(holder, "2208841107", 2053, 4, 1214.37,
                              [(2, "MOBILE DEPOSIT RENT UNIT B", 1350.00), (15, "BXSD PAYROLL DIR DEP", net),
                               (9, "MOBILE DEPOSIT - CHECK 2291 R. AMES", 420.00),
                               (23, "ZELLE FROM P. LAROCHE", 650.00),
                               (30, "BXSD PAYROLL DIR DEP", net), (27, "MOBILE DEPOSIT - CHECK 118 GRANGE HALL",
                                                                   380.00)],
                              [(1, "HARBORLIGHT MTG PMT PARTIAL", 1150.00), (5, "GMP ELECTRIC AUTOPAY", 188.42),
                               (8, "HOME DEPOT 4471 POS", 236.17), (12, "VT GAS SYSTEMS", 96.30),
                               (19, "PRICE CHOPPER 212 POS", 164.88), (26, "AUTO INS - COPLEY MUTUAL", 142.00),
                               (20, "CAPITAL ONE CRCARDPMT", 1250.00), (14, "R&L LUMBER SUPPLY", 410.50),
                               (28, "CHILDRENS CORNER DAYCARE", 1100.00), (16, "ATM WITHDRAWAL", 300.00)])
    may = quillback_statement(holder, "2208841107", 2053, 5, apr.fields["ending_balance"],
                              [(2, "MOBILE DEPOSIT RENT UNIT B", 1350.00), (15, "BXSD PAYROLL DIR DEP", net),
                               (12, "ZELLE FROM K. OYELARAN", 560.00), (20, "MOBILE DEPOSIT - CHECK 5530 M. PIKE",
                                                                        715.00),
                               (31, "BXSD PAYROLL DIR DEP", net)],
                              [(1, "HARBORLIGHT MTG PMT PARTIAL", 1150.00), (6, "GMP ELECTRIC AUTOPAY", 171.05),
                               (9, "LOWES 0388 POS", 318.40), (13, "VT GAS SYSTEMS", 82.75),
                               (21, "PRICE CHOPPER 212 POS", 187.30), (26, "AUTO INS - COPLEY MUTUAL", 142.00),
                               (20, "CAPITAL ONE CRCARDPMT", 1400.00), (15, "R&L LUMBER SUPPLY", 522.80),
                               (28, "CHILDRENS CORNER DAYCARE", 1100.00), (24, "ORCHARD ST WATER SEWER", 214.60)])
    checks = [RentCheck("Corinne A. Vantongeren", ("61 Orchard Street, Unit B", "Bellows Crossing, VT 05101"),
                        "Connecticut River Bank", 2207 + i, d, "Lamar Thistlewood", 1350.00,
                        f"{d.strftime('%B')} rent - Unit B", "Quillback Valley Credit Union", d + dt.timedelta(days=1),
                        "1107", "011600033", "88104425", seed + 35 + 10 * i)
              for i, d in enumerate((dt.date(2053, 4, 1), dt.date(2053, 5, 1)))]
    ls = lease("Lamar K. Thistlewood", "Corinne A. Vantongeren", "Unit B (the north side) of the duplex at 61 Orchard "
               "Street, Bellows Crossing, Vermont", dt.date(2052, 11, 1), dt.date(2053, 10, 31), 1350.00, 1350.00,
               dt.date(2052, 10, 22), seed + 37, "Bellows Crossing, Vermont")
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Harborlight Home Loan Servicing", [
        "I have worked for myself as a handyman and small-repair contractor for eleven years. Since January the two "
        "property managers who gave me most of my work have brought their maintenance in-house, and my jobs have "
        "dropped to a few a week. My wife works for the school district, and we rent the other side of our duplex.",
        "Our income fell by about a third. We have kept paying part of the mortgage each month. We are asking for a "
        "modification so we can keep the house."], ink=True, seed=seed + 38)
    n_pages = 1 + 4 + 1 + 1 + 1 + 1 + 1 + 2 + 1
    cover = fax_cover("Lamar Thistlewood", "(802) 555-0107 (Bellows Crossing Library)",
                      "Harborlight Home Loan Servicing - Loss Mitigation", "(207) 555-0164", received, n_pages,
                      f"Loan {app.loan} - assistance application")
    p.scan("FAX_20530610_084712.pdf", [
        (None, cover),
        (app_doc(), form710_ink(app)),
        (stub_doc(stub), stub.paper),
        (stmt_doc(apr), apr.paper),
        (stmt_doc(may), may.paper),
        (check_doc(checks[0]), check_copy(checks[0])),
        (check_doc(checks[1]), check_copy(checks[1])),
        (other_doc(), ls),
        (letter_doc("hardship_letter", on), hl)], FAX200, seed + 39)
    return p


def packet_cc4(seed: int) -> Packet:
    """A salon-suite stylist who also delivers food; HL-SE3 typed and signed on screen; loose e-mailed files named
    after the loan - an UNSIGNED software P&L, an UNSIGNED 1040 (colour scan), two statements a month apart."""
    received = dt.date(2053, 7, 15)
    on = dt.date(2053, 7, 10)
    addr = ["417 Heron Bend Road", "Lisbon Landing, NH 03585"]
    bizs = [Business("Priya Castellanos Hair Studio", "Stylist, rents salon suite", "2046", 3980.00, 2290.00),
            Business("BiteRunner", "Food delivery courier (app)", "2051", 1045.00, 325.00)]
    app = App("2290457716", "Priya N. Castellanos", "952-18-6604", "417 Heron Bend Road", "Lisbon Landing", "NH",
              "03585", "(603) 555-0186", "priya.hair@example.com", "primary_residence", ["other"],
              dt.date(2053, 4, 14), "short", {"self_employment": 2410.00}, on,
              other_text="City closed my salon suite building for asbestos removal - 9 weeks without clients.",
              businesses=bizs, biz_account=False, checking=1180.00, seed=seed + 41)
    p = Packet("cc4", received, app, ["income_doc:self_employment"])
    loan = app.loan
    p.pdf(f"{loan}_application.pdf", paper_pdf(hlse3(app, hand=False)), (app_doc(), 3))
    pnl = software_pnl("Priya Castellanos Hair Studio", dt.date(2053, 1, 1), dt.date(2053, 6, 30),
                       dt.datetime(2053, 7, 8, 22, 41),
                       [("Services - cuts, color, styling", 17420.00), ("Retail product sales", 1385.50),
                        ("Bridal and event styling", 2150.00)],
                       [("Retail product cost", 742.10)],
                       [("Suite rent - Lisbon Salon Suites", 5400.00), ("Color, chemical and back-bar supplies",
                                                                        2864.35),
                        ("Booking software", 240.00), ("Card processing fees", 598.44), ("Education and licensing",
                                                                                        310.00),
                        ("Insurance - professional liability", 282.00), ("Laundry and towels", 415.80),
                        ("Phone", 294.00), ("Advertising", 185.00)],
                       [], None, False, "Priya N. Castellanos", seed + 42)
    p.pdf(f"{loan}_PL_YTD.pdf", paper_pdf(pnl.paper, creator="Ledgerly Online"), (pnl_doc(pnl), 1))
    tp = TaxPayer("Priya N", "Castellanos", "952-18-6604", "417 Heron Bend Road", "Lisbon Landing", "NH", "03585",
                  "Hair stylist", phone="(603) 555-0186")
    sch = schedule_c_page(tp, 2052, "Priya Castellanos Hair Studio", "Hair stylist", "812111",
                          "Suite 14, 90 Depot Street, Lisbon Landing, NH 03585", 46215.0, 1480.0,
                          [("8  Advertising", 420.0), ("10 Commissions and fees", 1190.0),
                           ("15 Insurance (other than health)", 564.0), ("20b Rent - other business property", 10800.0),
                           ("22 Supplies", 6120.0), ("23 Taxes and licenses", 310.0), ("25 Utilities", 588.0),
                           ("27a Other expenses", 1425.0)])
    ret = form1040(tp, 2052, 0.0, sch, 6410.0, 0.0, 0.0, 2400.0, None, False, seed + 43)
    p.scan(f"{loan}_2052_tax_return.pdf", [(tax_doc(ret), ret.paper)], COLOUR200, seed + 44)
    holder = ["PRIYA N CASTELLANOS", *[a.upper() for a in addr]]
    apr = quillback_statement(holder, "2207719438", 2053, 4, 602.18,
                              [(2, "BITERUNNER PAYOUT", 244.10), (9, "BITERUNNER PAYOUT", 286.55),
                               (16, "BITERUNNER PAYOUT", 301.20), (23, "BITERUNNER PAYOUT", 262.85),
                               (30, "BITERUNNER PAYOUT", 279.40), (11, "SQUARE DEP - HAIR STUDIO", 410.00)],
                              [(1, "LISBON SALON SUITES RENT", 900.00), (6, "NH ELECTRIC COOP", 84.22),
                               (12, "MARKET BASKET 61 POS", 146.90), (18, "IRVING OIL 2231", 48.30),
                               (25, "VERIZON", 72.00)])
    jun = quillback_statement(holder, "2207719438", 2053, 6, 318.64,
                              [(4, "BITERUNNER PAYOUT", 231.75), (11, "BITERUNNER PAYOUT", 255.40),
                               (18, "BITERUNNER PAYOUT", 240.95), (25, "BITERUNNER PAYOUT", 268.10),
                               (19, "SQUARE DEP - HAIR STUDIO", 1210.00), (26, "SQUARE DEP - HAIR STUDIO", 985.50)],
                              [(1, "LISBON SALON SUITES RENT", 900.00), (5, "NH ELECTRIC COOP", 61.47),
                               (13, "MARKET BASKET 61 POS", 171.38), (20, "IRVING OIL 2231", 52.10),
                               (25, "VERIZON", 72.00), (27, "SALLY BEAUTY 0412 POS", 214.66)])
    p.pdf(f"{loan}_bank_april.pdf", paper_pdf(apr.paper), (stmt_doc(apr), 1))
    p.pdf(f"{loan}_bank_june.pdf", paper_pdf(jun.paper), (stmt_doc(jun), 1))
    wk = biterunner_week("Priya N. Castellanos", dt.date(2053, 6, 30),
                         [(4, 21.50, 4.00, 11.25), (0, 0.0, 0.0, 0.0), (6, 33.75, 6.00, 19.40), (5, 27.10, 2.50, 14.00),
                          (9, 51.20, 11.00, 31.85), (11, 62.40, 14.50, 38.20), (7, 38.90, 5.00, 22.75)], "9438")
    p.pdf(f"{loan}_biterunner_week.pdf", paper_pdf(wk), (other_doc(), 1))
    nec = form_1099("NEC", 2052, ["Marigold Bridal Events LLC", "12 Chapel Row", "Franconia, NH 03580",
                                  "(603) 555-0144"], "02-6614870", "Priya N Castellanos", "417 Heron Bend Road",
                    "Lisbon Landing, NH 03585", "XXX-XX-6604",
                    [("1 Nonemployee compensation", "$ 6,850.00"), ("2 Payer made direct sales totaling $5,000 or "
                                                                   "more", ""),
                     ("4 Federal income tax withheld", "$ 0.00"), ("5 State tax withheld", "$ 0.00")])
    p.pdf(f"{loan}_1099NEC.pdf", paper_pdf(nec), (other_doc(), 1))
    t = form4506c("Priya", "N", "Castellanos", "952-18-6604", "417 Heron Bend Road", "Lisbon Landing", "NH",
                  "03585", on, "(603) 555-0186", seed + 45, ink=False)
    p.pdf(f"{loan}_4506C.pdf", t[0], (c4506_doc(on), 1))
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Harborlight Home Loan Servicing", [
        "I am a hair stylist and rent a suite in the Lisbon Salon Suites building on Depot Street. On April 14 the "
        "city closed the whole building when asbestos was found in the ceiling tiles during a repair. It did not "
        "reopen until June 16, and for nine weeks I could not see my clients.",
        "I delivered food for BiteRunner in the evenings to keep some money coming in, but it was not enough to "
        "pay the mortgage in May and June. My clients are coming back now. I am asking for help with the missed "
        "payments."], ink=False, seed=seed)
    p.pdf(f"{loan}_letter.pdf", paper_pdf(hl), (letter_doc("hardship_letter", on), 1))
    return p


def packet_cc5(seed: int) -> Packet:
    """A dental hygienist who rents out her basement; Form 710 printed, signed in ink and PHOTOGRAPHED page by page
    with a phone; the tenant withheld rent, so the only rent checks are April's (stale) and August's."""
    received = dt.date(2053, 8, 19)
    on = dt.date(2053, 8, 13)
    addr = ["19 Juniper Hollow Lane", "Quarry Junction, VT 05650"]
    stubs = [payroll_stub("Juniper Family Dental, P.C.", "300 Granite Avenue, Quarry Junction, VT 05650",
                          "Henrietta J. Marchbanks", addr, "JFD-0072", "biweekly",
                          biweekly_dates(dt.date(2053, 1, 3), d), 41.25, 64.0, seed + 51)
             for d in (dt.date(2053, 8, 1), dt.date(2053, 8, 15))]
    app = App("8847302219", "Henrietta J. Marchbanks", "974-03-5521", "19 Juniper Hollow Lane", "Quarry Junction",
              "VT", "05650", "(802) 555-0163", "hmarchbanks@example.org", "primary_residence", ["other"],
              dt.date(2053, 5, 1), "short", {"wages": stubs[-1].monthly, "rental": 780.00}, on,
              other_text="Tenant withheld rent May-July over a repair dispute; I paid for the repairs",
              rentals=[Rental("Basement apartment", "Tobias E. Farnsworth", "02/28/2054", 1025.00)], units=2,
              checking=1188.00, seed=seed + 51)
    p = Packet("cc5", received, app, ["income_doc:rental"])
    folder = app.loan
    p.scan(f"{folder}/Application.pdf", [(app_doc(), form710_ink(app))], PHOTO_PAGE, seed + 52)
    p.scan(f"{folder}/Paystubs.pdf", [(stub_doc(s), s.paper) for s in stubs], PHOTO_PAGE, seed + 53)
    checks = [RentCheck("Tobias E. Farnsworth", ("19 Juniper Hollow Lane, Lower Level", "Quarry Junction, VT 05650"),
                        "Barre Granite Savings", 318 + i, d, "Henrietta Marchbanks", 1025.00,
                        f"{d.strftime('%B')} rent", "Quillback Valley Credit Union", d + dt.timedelta(days=3),
                        "6620", "011601029", "40077213", seed + 54 + 10 * i)
              for i, d in enumerate((dt.date(2053, 4, 1), dt.date(2053, 8, 1)))]
    p.scan(f"{folder}/Rent checks.pdf", [(check_doc(k), check_photos(k)) for k in checks], PHOTO_CHECK, seed + 55)
    ls = lease("Henrietta J. Marchbanks", "Tobias E. Farnsworth", "the lower-level apartment at 19 Juniper Hollow "
               "Lane, Quarry Junction, Vermont", dt.date(2053, 3, 1), dt.date(2054, 2, 28), 1025.00, 1025.00,
               dt.date(2053, 2, 18), seed + 56, "Quarry Junction, Vermont")
    p.scan(f"{folder}/Lease.pdf", [(other_doc(), ls)], PHOTO_PAGE, seed + 57)
    c4 = form4506c("Henrietta", "J", "Marchbanks", "974-03-5521", "19 Juniper Hollow Lane", "Quarry Junction", "VT",
                   "05650", on, "(802) 555-0163", seed + 58, ink=True)
    p.scan(f"{folder}/4506C.pdf", [(c4506_doc(on), c4)], PHOTO_PAGE, seed + 59)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Harborlight Home Loan Servicing", [
        "I rent the lower-level apartment of my house. In late April the tenant reported a leak in the bathroom "
        "ceiling and, while we argued with the plumber and my insurer about who would pay, he stopped paying rent "
        "for May, June and July. I paid $3,900 for the repairs myself.",
        "The repairs are finished and he paid August's rent on time, but I fell two payments behind on the mortgage. "
        "My job at the dental office is steady. I am asking to add the missed payments to the end of the loan."],
        ink=True, seed=seed + 60)
    p.scan(f"{folder}/Letter.pdf", [(letter_doc("hardship_letter", on), hl)], PHOTO_PAGE, seed + 61)
    return p


def packet_cc6(seed: int) -> Packet:
    """A landscaper whose equipment a hailstorm wrecked, living in one side of a duplex; HL-SE3 by hand; a folder
    named after the loan of 200 dpi colour scans, one per paper."""
    received = dt.date(2053, 9, 16)
    on = dt.date(2053, 9, 10)
    addr = ["208 Kettle Pond Road, Unit 1", "Port Sorrel, ME 04112"]
    biz = Business("Montiel Lawn & Landscape", "Lawn care & landscaping", "2044", 9860.00, 6447.50)
    app = App("3369021457", "Rafael J. Montiel", "985-40-7719", "208 Kettle Pond Road", "Port Sorrel", "ME", "04112",
              "(207) 555-0191", "montiel.lawn@example.com", "primary_residence", ["disaster", "reduction_in_income"],
              dt.date(2053, 6, 3), "short", {"self_employment": 3400.00, "rental": 1150.00}, on,
              co="Ines C. Montiel", co_ssn="985-42-1180", co_phone="(207) 555-0192",
              story="Hail on June 3 wrecked our trailer and two mowers. We lost most of June's lawn contracts.",
              businesses=[biz], rentals=[Rental("208 Kettle Pond Road, Unit 2", "Yusuf and Amira Haddad",
                                                "05/31/2054", 1450.00)], units=2, checking=1845.00, seed=seed + 61)
    p = Packet("cc6", received, app, [])
    folder = app.loan
    files = iter(f"{folder}/Scan_20530915_{i:04d}.pdf" for i in range(1, 20))
    p.scan(next(files), [(app_doc(), hlse3(app, hand=True))], COLOUR200, seed + 62)
    pnl = software_pnl("Montiel Lawn & Landscape", dt.date(2053, 1, 1), dt.date(2053, 8, 31),
                       dt.datetime(2053, 9, 8, 7, 52),
                       [("Lawn care contracts", 38450.00), ("Landscape installs", 21780.00),
                        ("Snow plowing", 9420.00), ("Cleanups and mulch", 6935.00)],
                       [("Plants, mulch and stone", 10266.40)],
                       [("Fuel", 5830.25), ("Equipment repairs", 4410.90), ("Equipment rental", 1260.00),
                        ("Helper wages", 19990.00), ("Payroll taxes", 1968.00), ("Insurance", 2960.00),
                        ("Truck payment - interest", 1122.60), ("Dump fees", 640.00), ("Phone", 488.00),
                        ("Advertising", 350.00)],
                       [("Interest earned", 1.84)], dt.date(2053, 9, 8), True, "Rafael J. Montiel", seed + 63)
    p.scan(next(files), [(pnl_doc(pnl, dt.date(2053, 9, 8)), pnl.paper)], COLOUR200, seed + 64)
    holder = ["Montiel Lawn & Landscape", "Rafael J. Montiel", *addr]
    jul = saltmarsh_statement(holder, "4400552190", 2053, 7, 3612.40,
                              [(3, "MOBILE DEPOSIT", 2840.00), (10, "MOBILE DEPOSIT", 1915.00),
                               (14, "ACH CREDIT KETTLE POND HOA", 1480.00), (18, "MOBILE DEPOSIT", 2260.50),
                               (25, "ZELLE FROM B. GAGNON", 650.00), (31, "MOBILE DEPOSIT", 1688.00)],
                              [(2, "COASTAL FUEL FLEET CARD", 812.44), (8, "ACH HELPER PAYROLL", 1240.00),
                               (15, "SEASIDE EQUIPMENT RENTAL", 420.00), (22, "ACH HELPER PAYROLL", 1240.00),
                               (28, "PINE STATE NURSERY", 1386.75), (16, "KUBOTA CREDIT ACH", 1180.00),
                               (30, "TRANSFER TO EVERYDAY CHECKING", 2500.00)],
                              [(5, 1207, 2350.00), (19, 1208, 612.30), (29, 1209, 480.00)])
    aug = saltmarsh_statement(holder, "4400552190", 2053, 8, jul.fields["ending_balance"],
                              [(1, "ACH CREDIT KETTLE POND HOA", 1480.00), (6, "MOBILE DEPOSIT", 3120.00),
                               (13, "MOBILE DEPOSIT", 2455.00), (20, "ZELLE FROM L. OUELLETTE", 900.00),
                               (27, "MOBILE DEPOSIT", 2780.25)],
                              [(4, "COASTAL FUEL FLEET CARD", 764.10), (5, "ACH HELPER PAYROLL", 1240.00),
                               (12, "PINE STATE NURSERY", 1622.40), (19, "ACH HELPER PAYROLL", 1240.00),
                               (26, "DOWNEAST SMALL ENGINE", 688.15), (16, "KUBOTA CREDIT ACH", 1180.00),
                               (30, "TRANSFER TO EVERYDAY CHECKING", 2500.00)],
                              [(7, 1210, 2350.00), (21, 1211, 395.00)])
    p.scan(next(files), [(stmt_doc(jul), jul.paper)], COLOUR200, seed + 65)
    p.scan(next(files), [(stmt_doc(aug), aug.paper)], COLOUR200, seed + 66)
    for i, d in enumerate((dt.date(2053, 8, 1), dt.date(2053, 9, 1))):
        k = RentCheck("Yusuf Haddad", ("208 Kettle Pond Road, Unit 2", "Port Sorrel, ME 04112"),
                      "Bangor Coastal Credit Union", 561 + i, d, "Rafael & Ines Montiel", 1450.00,
                      f"{d.strftime('%b')} rent unit 2", "Saltmarsh Merchants Bank", d + dt.timedelta(days=1),
                      "3318", "221172186", "0094417253", seed + 67 + 10 * i)
        paper = check_printout(k, "Saltmarsh Merchants Bank", dt.datetime(2053, 9, 9, 19, 5 + i), "Everyday Checking")
        p.scan(next(files), [(check_doc(k), paper)], COLOUR200, seed + 68 + i)
    tp = TaxPayer("Rafael J", "Montiel", "985-40-7719", "208 Kettle Pond Road", "Port Sorrel", "ME", "04112",
                  "Landscaper", "Ines C", "Montiel", "985-42-1180", "Bookkeeper", "(207) 555-0191")
    sch = schedule_c_page(tp, 2052, "Montiel Lawn & Landscape", "Landscaping services", "561730",
                          "208 Kettle Pond Road, Port Sorrel, ME 04112", 118640.0, 15220.0,
                          [("9  Car and truck expenses", 9310.0), ("13 Depreciation", 6200.0),
                           ("15 Insurance (other than health)", 4380.0), ("16b Interest - other", 1690.0),
                           ("20a Rent - vehicles, machinery, equipment", 1880.0), ("21 Repairs and maintenance",
                                                                                   6025.0),
                           ("22 Supplies", 3110.0), ("26 Wages", 22300.0), ("27a Other expenses", 2240.0)])
    ret = form1040(tp, 2052, 0.0, sch, 0.0, 13680.0, 0.0, 7200.0, dt.date(2053, 4, 11), True, seed + 70)
    p.scan(next(files), [(tax_doc(ret), ret.paper)], COLOUR200, seed + 71)
    c4 = form4506c("Rafael", "J", "Montiel", "985-40-7719", "208 Kettle Pond Road", "Port Sorrel", "ME", "04112",
                   on, "(207) 555-0191", seed + 72, ink=True)
    p.scan(next(files), [(c4506_doc(on), c4)], COLOUR200, seed + 73)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Harborlight Home Loan Servicing", [
        "We run a small lawn and landscaping business and live in one side of our duplex; we rent the other side. "
        "On June 3 a hailstorm came through while our crew was loading, and the hail and a falling limb wrecked our "
        "equipment trailer and two riding mowers. The insurance on the equipment paid only part of the loss.",
        "It took us until July to rent and then buy replacement equipment, and we lost eleven of our weekly lawn "
        "contracts to other companies. We missed the July and August mortgage payments. Business is steady again, "
        "and we would like a repayment plan or a modification."], ink=True, seed=seed + 74)
    p.scan(next(files), [(letter_doc("hardship_letter", on), hl)], COLOUR200, seed + 75)
    return p


def packet_cc7(seed: int) -> Packet:
    """A wedding photographer who also drives for Curbly; Form 710 on screen signed but NOT dated; loose files
    '<Surname> - <loan> - <paper>.pdf', some born-digital, some 300 dpi grey scans; no letter for 'Other'."""
    received = dt.date(2053, 10, 21)
    on = dt.date(2053, 10, 14)
    app = App("6604187532", "Cormac D. Ravensworth", "929-71-4036", "5 Ledgewood Drive", "Harmony Flats", "NH",
              "03244", "(603) 555-0117", "cormac@ravensworthphoto.example", "primary_residence",
              ["reduction_in_income", "other"], dt.date(2053, 8, 9), "short", {"self_employment": 2000.00},
              dt.date(2053, 10, 15), other_text="Camera gear stolen from my car Aug 9; had to cancel 3 weddings",
              b_dates=False, checking=270.00, seed=seed + 81)
    p = Packet("cc7", received, app, ["application_signature", "hardship_doc:other"])
    base = f"Ravensworth - {app.loan} - "
    p.pdf(base + "application.pdf", form710_screen(app), (app_doc(), 4))
    pnl = spreadsheet_pnl("Cormac D. Ravensworth", "Ravensworth Photography", dt.date(2053, 9, 30),
                          ["JUL", "AUG", "SEP"],
                          [("Wedding and event photography", [3200.00, 1450.00, 900.00]),
                           ("Portrait sessions and prints", [640.00, 385.00, 510.00]),
                           ("Curbly driving (fares, tips, promotions)", [0.00, 1312.40, 1688.15])],
                          [("Second shooter", [450.00, 0.00, 0.00]), ("Rented camera bodies and lenses",
                                                                       [0.00, 380.00, 420.00]),
                           ("Editing software and cloud storage", [64.99, 64.99, 64.99]),
                           ("Fuel and mileage costs", [188.40, 402.75, 466.30]),
                           ("Equipment insurance deductible", [0.00, 1000.00, 0.00]),
                           ("Phone", [72.00, 72.00, 72.00]),
                           ("Advertising - wedding listings", [125.00, 125.00, 125.00])],
                          on, seed + 82)
    p.scan(base + "Q3 P&L.pdf", [(pnl_doc(pnl, on), pnl.paper)], GREY300, seed + 83)
    week = curbly_week("Cormac D. Ravensworth", dt.date(2053, 10, 6), dt.datetime(2053, 10, 14, 23, 2), 41,
                       "24h 10m", 503.25, 31.75, 71.00, 35.00, 100.65, "2290")
    p.pdf(base + "Curbly week.pdf", paper_pdf(week), (other_doc(), 1))
    k99 = form_1099("K", 2052, ["Lumenpay Services, Inc.", "1 Market Square", "Boston, MA 02109",
                                "(800) 555-0177"], "46-2281095", "Cormac D Ravensworth", "5 Ledgewood Drive",
                    "Harmony Flats, NH 03244", "XXX-XX-4036",
                    [("1a Gross amount of payment card/third party network transactions", "$ 38,410.00"),
                     ("1b Card not present transactions", "$ 35,120.00"), ("2 Merchant category code", "7221"),
                     ("3 Number of payment transactions", "64"), ("4 Federal income tax withheld", "$ 0.00")],
                    [850.00, 1200.00, 1950.00, 2400.00, 4650.00, 5800.00, 4975.00, 3850.00, 6100.00, 4125.00,
                     1510.00, 1000.00])
    p.scan(base + "1099-K.pdf", [(other_doc(), k99)], GREY300, seed + 84)
    c4 = form4506c("Cormac", "D", "Ravensworth", "929-71-4036", "5 Ledgewood Drive", "Harmony Flats", "NH", "03244",
                   on, "(603) 555-0117", seed + 85, ink=True)
    p.scan(base + "4506-C.pdf", [(c4506_doc(on), c4)], GREY300, seed + 86)
    return p


def packet_cc8(seed: int) -> Packet:
    """A tamale food truck off its corner all summer; HL-SE3 by hand; ONE 200 dpi colour scan behind a QR-code
    cover sheet: a hand-written ledger P&L signed but NOT dated, and a single bank statement."""
    received = dt.date(2053, 11, 18)
    on = dt.date(2053, 11, 12)
    addr = ["330 Foundry Street", "Bellows Crossing, VT 05101"]
    biz = Business("Carrizales Tamales", "Food truck (tamales)", "2049", 6179.00, 4341.00)
    app = App("9051736648", "Odalys M. Carrizales", "917-62-0385", "330 Foundry Street", "Bellows Crossing", "VT",
              "05101", "(802) 555-0152", "tamales.carrizales@example.com", "primary_residence",
              ["reduction_in_income"], dt.date(2053, 6, 20), "long", {"self_employment": 1838.00}, on,
              story="Road work closed Foundry Street, where I park the truck, from June to October. Sales fell "
                    "by a third.",
              businesses=[biz], checking=2050.00, seed=seed + 91)
    p = Packet("cc8", received, app, ["income_doc:self_employment"])
    pnl = ledger_pnl("Carrizales Tamales - Profit + Loss", "July 1 thru Oct 31, 2053", dt.date(2053, 7, 1),
                     dt.date(2053, 10, 31), ["July", "Aug", "Sept", "Oct"],
                     [("Truck sales - cash", [2140.00, 1985.00, 2310.00, 2460.00]),
                      ("Truck sales - card", [3020.50, 2860.25, 3315.75, 3580.00]),
                      ("Catering orders", [650.00, 420.00, 1100.00, 875.00])],
                     [("Masa, meat, supplies", [1890.40, 1760.15, 2045.80, 2190.35]),
                      ("Commissary kitchen rent", [600.00, 600.00, 600.00, 600.00]),
                      ("Propane", [214.00, 198.50, 236.00, 251.25]), ("Truck fuel", [188.60, 172.30, 205.45, 230.10]),
                      ("Card fees", [104.40, 98.85, 114.20, 123.60]), ("Helper (cash)", [900.00, 840.00, 960.00,
                                                                                       1000.00]),
                      ("Permits + insurance", [310.00, 310.00, 310.00, 310.00])],
                     "Odalys M. Carrizales", seed + 92)
    holder = ["CARRIZALES TAMALES", "ODALYS M CARRIZALES", *[a.upper() for a in addr]]
    octo = quillback_statement(holder, "2209330614", 2053, 10, 1486.22,
                               [(3, "TAPTILL SETTLEMENT", 812.40), (6, "CASH DEPOSIT", 600.00),
                                (10, "TAPTILL SETTLEMENT", 904.15), (14, "CATERING - ST. ROSE PARISH", 875.00),
                                (17, "TAPTILL SETTLEMENT", 868.90), (24, "TAPTILL SETTLEMENT", 931.55),
                                (27, "CASH DEPOSIT", 720.00), (31, "TAPTILL SETTLEMENT", 1063.00)],
                               [(1, "VALLEY COMMISSARY KITCHEN", 600.00), (4, "RESTAURANT DEPOT 118", 742.18),
                                (9, "GREEN MTN PROPANE", 251.25), (15, "RESTAURANT DEPOT 118", 688.40),
                                (22, "RESTAURANT DEPOT 118", 759.77), (28, "STEWARTS SHOPS FUEL", 230.10),
                                (20, "VT DEPT TAXES MEALS TAX", 1262.40), (8, "GREEN MTN AUTO TRUCK LOAN", 612.00),
                                (30, "CASH WITHDRAWAL - HELPER PAY", 1000.00)],
                               kind="Business Share Draft")
    k99 = form_1099("K", 2052, ["TapTill Payments, Inc.", "800 Lakeshore Drive", "Chicago, IL 60611",
                                "(800) 555-0140"], "83-4406127", "Odalys M Carrizales DBA Carrizales Tamales",
                    "330 Foundry Street", "Bellows Crossing, VT 05101", "XXX-XX-0385",
                    [("1a Gross amount of payment card/third party network transactions", "$ 44,086.30"),
                     ("1b Card not present transactions", "$ 2,140.00"), ("2 Merchant category code", "5814"),
                     ("3 Number of payment transactions", "4,902"), ("4 Federal income tax withheld", "$ 0.00")],
                    [1210.40, 1388.15, 2640.80, 3905.25, 4810.60, 5322.10, 5480.35, 5260.90, 4718.45, 4122.80,
                     2984.30, 2242.20])
    c4 = form4506c("Odalys", "M", "Carrizales", "917-62-0385", "330 Foundry Street", "Bellows Crossing", "VT",
                   "05101", on, "(802) 555-0152", seed + 93, ink=True)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Harborlight Home Loan Servicing", [
        "I sell tamales from my food truck, parked most days on Foundry Street by the mill buildings. From June 20 "
        "until the end of October the town rebuilt the street and the sidewalks, and the block was closed to "
        "parking. I moved the truck to the fairgrounds lot, but I have fewer customers there and my sales dropped "
        "by about a third.",
        "I kept paying my commissary rent and my helper, and fell behind on the mortgage. I am asking for a "
        "modification that lowers my payment. I have included my profit and loss for July to October."],
        ink=True, seed=seed + 94)
    p.scan("HLS_CS_20531118_1402.pdf", [
        (None, qr_separator(app.loan)),
        (app_doc(), hlse3(app, hand=True)),
        (pnl_doc(pnl), pnl.paper),
        (stmt_doc(octo), octo.paper),
        (other_doc(), k99),
        (c4506_doc(on), c4),
        (letter_doc("hardship_letter", on), hl)], COLOUR200, seed + 95)
    return p


# --- main and --check ------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cc1, packet_cc2, packet_cc3, packet_cc4, packet_cc5, packet_cc6,
                                             packet_cc7, packet_cc8]


def business_days_after(d: dt.date, n: int) -> dt.date:
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def as_case_report(exp: dict[str, Any]) -> dict[str, Any]:
    """expected.json dressed as a case.json, to hold it against shared/spec/case-report.schema.json."""

    def fld(v: Any) -> dict[str, Any]:
        return {"value": v, "confidence": 1.0}

    app = None
    if exp["application"] is not None:
        app = {k: fld(v) for k, v in exp["application"].items() if k != "income"}
        app["income"] = {k: fld(v) for k, v in exp["application"]["income"].items()}
    received = dt.date.fromisoformat(exp["received_on"])
    return {"schema_version": "1", "loan_number": exp["loan_number"], "program": "fannie_mae_710_2023@1",
            "status": exp["status"], "evaluated_on": exp["received_on"], "received_on": exp["received_on"],
            "acknowledgment_due": business_days_after(received, 5).isoformat(), "application": app,
            "income_types": sorted(k for k in (exp["application"] or {}).get("income", {}) if k != "total"),
            "documents": [{"id": d["id"], "type": d["type"], "pages": d["pages"], "received_on": exp["received_on"],
                           "fields": {k: fld(v) for k, v in d["fields"].items()}} for d in exp["documents"]],
            "missing": [{"code": c, "description": c} for c in exp["missing"]], "needs_review": []}


def check(out: Path, built: dict[str, Packet]) -> list[str]:
    """Validate every expected.json under out against the schema and the packet's own truth."""
    import jsonschema

    schema = json.loads(SCHEMA.read_text())
    validator = jsonschema.Draft202012Validator(schema)
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
        problems += [f"{name}: schema: {e.message}" for e in validator.iter_errors(as_case_report(exp))]
        received = dt.date.fromisoformat(exp["received_on"])
        if received.weekday() >= 5 or not 2050 <= received.year <= 2059:
            problems.append(f"{name}: received on {received}")
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
        if app["signed"] != (app["signed_on"] is not None):
            problems.append(f"{name}: signed and signed_on disagree")
        if app["signed_on"] and dt.date.fromisoformat(app["signed_on"]) > received:
            problems.append(f"{name}: signed after receipt")
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
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None and \
                        dt.date.fromisoformat(v) > received:
                    problems.append(f"{name}: {doc['id']} {k} after receipt")
            f = doc["fields"]
            if doc["type"] == "pay_stub":
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] < f["gross_current"]:
                    problems.append(f"{name}: year to date below current {f}")
            if doc["type"] == "profit_and_loss_statement" and not f["period_start"] < f["period_end"]:
                problems.append(f"{name}: P&L period {f}")
            if doc["type"] == "irs_form_4506c" and f["signed"] != (f["signed_on"] is not None):
                problems.append(f"{name}: 4506-C signed {f}")
        inbox = exp_path.parent / "inbox"
        used = {pg["file"] for d in exp["documents"] for pg in d["pages"]}
        for path in inbox.rglob("*.pdf"):
            rel = path.relative_to(inbox).as_posix()
            if rel not in used:
                problems.append(f"{name}: file {rel} holds no document")
        p = built.get(name)
        if p is None:
            continue
        for d, e in zip(p.docs, exp["documents"], strict=True):
            if any(x is not None and x > received for x in (d.date, d.alt_date)):
                problems.append(f"{name}: {e['id']} dated after receipt")
        for rd in READINGS:
            got = missing_codes(p.app, p.docs, p.received, rd)
            if got != sorted(exp["missing"]):
                problems.append(f"{name}: under {rd} the rules give {got}, expected.json says {exp['missing']}")
        if sorted(exp["missing"]) != sorted(p.scenario):
            problems.append(f"{name}: scenario {p.scenario} but expected.json {exp['missing']}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cc1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built: dict[str, Packet] = {}
    scanned_pages = all_pages = 0
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        built[p.name] = p
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        pages = sum(len(d["pages"]) for d in exp["documents"])
        scanned = sum(len(d["pages"]) for d in exp["documents"] if d["scanned"])
        scanned_pages += scanned
        all_pages += pages
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{pages} document pages, {scanned} scanned)")
    print(f"scanned, faxed or photographed: {scanned_pages} of {all_pages} document pages")
    if args.check:
        problems += check(args.out, built)
        if not args.only and scanned_pages * 2 < all_pages:
            problems.append("fewer than half the pages are scanned")
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
