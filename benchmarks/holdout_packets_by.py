"""Holdout set by (by1..by8): PUBLIC-SECTOR EMPLOYEES. Written blind: only shared/spec (all files), shared/samples
(packets, expected.json files, README), shared/reference/README.md and the blank forms it names (Form 710 filled
through its AcroForm), tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, the af scaffold
(holdout_packets_af.py, whose helpers are copied and adapted here) in full and ONLY the module docstrings of the other
holdout sets were read - never the service's code (src/), its yaml/json data files, other tests, the project README
or the git history - and the service was never run on these packets, so they measure honestly how it reads borrower
mail in layouts it has never seen.

    python benchmarks/holdout_packets_by.py OUT_DIR [--seed N] [--check] [--only by1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
tests/sample_compare.compare (benchmarks/sample_accuracy.py --samples OUT_DIR -v) scores them; each packet is one batch
processed with `--received-on <received_on>` (March to December 2051). The seed changes pay histories (overtime,
differentials, leave), transactions, balances, pen strokes and scanner / photo noise - never names, dates or the
scenario. Every file is the same bytes for a seed (reportlab invariant mode, seeded noise, fixed pypdf identifiers).
All people, employers, agencies, banks and servicers are fictional; SSNs use the 900-999 area; every page carries a
faint "synthetic test document" line. Expected status and missing codes are not written by hand: `missing_codes`
applies shared/spec/checklist.md to the values drawn into each packet and must agree with the scenario. `--check`
validates every expected.json (keys, codes, field names, dates, pages, `scanned` against the text layer, the
synthetic line) and verifies that EVERY truth value is printed on its pages: read back from the written file's text
layer (and AcroForm values) for born-digital pages, and from the paper as it was printed - before it was scanned,
faxed or photographed, hand-written dates included - for image pages.

THEME. Teachers on 10-month contracts paid over 12 months (summer holdback) or over 10 months (no summer pay), state
and county workers, a transit operator, county-hospital nurses, a police sergeant with overtime and shift
differentials, a retired state employee and a state retirement system's survivor.

PAY STUBS (pay_stub; every year-to-date figure is the sum of that calendar year's checks, counted by pay date; the
frequency is always printed; pension and other pre-tax items come off before income tax; several employees pay no
Social Security).
- School district "EMPLOYEE PAY STATEMENT" (Merrivale Unified, Tolland Creek Public Schools), monthly, paid on the
  month's last business day for the calendar month: a coloured band, a grey SIDEBAR down the left with the employee
  facts stacked (Employee, Employee number, Position, Work location, Pay group "CERT 10/12" or "CERT 10/10", Pay
  frequency, CHECK DATE, PAY PERIOD BEGIN and PAY PERIOD END each on its own line, Deposit number, Net pay),
  EARNINGS ("CONTRACT SALARY" and GROSS PAY, CURRENT and CAL YTD), DEDUCTIONS AND TAXES, a NET PAY band, a CONTRACT
  box (10 months / 186 days, annual salary, "12 equal installments" with "Earned but deferred to summer (holdback to
  date - memo, not paid)", or "10 equal installments, September - June" with the next year's first check date) and a
  leave grid in days. Expected gross is the installment paid (CONTRACT SALARY), never the salary or the holdback.
- State and county central payroll "ADVICE OF DEPOSIT" (State of Wisconsin, Norland County, Commonwealth of
  Pennsylvania): a round seal, "THIS IS NOT A CHECK - NON-NEGOTIABLE", two rows of caption boxes (EMPLOYEE NAME,
  EMPLOYEE ID, AGENCY / DEPARTMENT, POSITION / CLASS; PAY PERIOD BEGIN and PAY PERIOD END in separate boxes, ADVICE
  DATE, ADVICE NUMBER, PAY FREQUENCY, NET PAY), an EARNINGS grid (salaried hours without a rate, longevity, RETRO PAY,
  bereavement leave, winter-operations overtime), TAXES | PRE-TAX DEDUCTIONS | POST-TAX DEDUCTIONS side by side,
  EMPLOYER-PAID BENEFITS (NOT PART OF YOUR PAY), a LEAVE BALANCES grid (Begin / Earned / Used / End), a SUMMARY grid
  (Total gross, Pre-tax, TAXABLE GROSS, Taxes, Post-tax, Net pay; Current and Year to Date rows) and a NET PAY
  DISTRIBUTION. State checks are semi-monthly in arrears (1st-15th paid on the 22nd, 16th-month end paid on the 7th);
  county checks bi-weekly (a Sunday-Saturday fortnight paid the Friday six days later).
- A transit authority's "PAYROLL STATEMENT" for a bus operator (Tri-County Regional Transit Authority), bi-weekly:
  caption boxes with Badge no., Garage / division, PAY PERIOD BEGIN, PAY PERIOD END, CHECK DATE, Check no.; a DAILY
  RUN RECORD grid (each weekday's run number, platform and spread hours); PLATFORM TIME, OVERTIME 1.5X, SPREAD
  PREMIUM, SPLIT SHIFT ALLOWANCE and SICK LEAVE lines; taxes beside deductions (OPERS 10%, ATU dues); leave grid;
  four Current / YTD tiles. The operator was off work for seven weeks (two paid as sick leave, no checks for the
  unpaid weeks), which the year-to-date figures show.
- A county "EARNINGS STATEMENT" in quadrants (Harrow County Medical Center and Bellmont County Hospital for nurses,
  Kettle Ridge County for a highway equipment operator), bi-weekly: an EMPLOYEE box beside a PAY box of four
  separate boxes (PAY PERIOD BEGIN, PAY PERIOD END, CHECK DATE, PAY FREQUENCY), earnings with EVENING / NIGHT /
  WEEKEND differentials, CHARGE NURSE PAY and a one-time RETRO PAY line (included in the current gross), or
  overtime and STANDBY PAY; taxes beside deductions; TIME BANKS; four GROSS / TAXES / DEDUCTIONS / NET tiles.
- A city's LANDSCAPE "EARNINGS STATEMENT" for sworn police personnel (City of Port Ellery), bi-weekly: eight
  caption boxes across (Name, Emp #, Rank, Unit, PAY PERIOD BEGIN, PAY PERIOD END, CHECK DATE, FREQUENCY), four
  columns across the page - HOURS AND EARNINGS (REG, SDN shift differential nights, OT and CRT court time at 1.5,
  HOL, UNI uniform allowance), TAXES (no Social Security), DEDUCTIONS (Police Pension Fund 9.5%, FOP dues) and TIME
  BANKS (comp time, holiday, vacation, sick) -, the period's OVERTIME DETAIL and a Current / YTD totals strip.
STATEMENTS (bank_statement). Civic Employees Federal Credit Union: one page, a dark STATEMENT PERIOD bar naming the
account, a key / value summary, ONE register with Withdrawals / Deposits / Balance from "Balance forward" to
"Closing balance". Keystone Ridge Savings Bank: two pages ("Page n of 2"), a CHECKING SUMMARY table, transactions
grouped by kind, a DAILY ENDING BALANCE grid.
LETTERS AND PAPERS. A state retirement system's benefit verification for a RETIRED SPOUSE (service retirement) and
another's survivor benefit verification (benefit_award_letter, benefits_taxable, monthly); a school district's
employment verification and a summer "reasonable assurance" letter (other); a state department's HR "Notice of
change in headquarters location" with the relocation allowance (employer_relocation_letter); a state's certified
copy of a certificate of death in numbered boxes; typed hardship letters (unsigned when e-mailed, signed in ink when
scanned or faxed); a mailroom's Code 128 "LOAN <number>" batch separator and a library's fax transmittal (neither is
listed).

APPLICATIONS (mortgage_assistance_application).
- The real Form 710 (April 2023) filled through its AcroForm: typed and signed on screen, e-mailed (by1); typed,
  printed, signed and dated in ink by the borrower ONLY - the co-borrower named on page 1 left both blank - and
  scanned grey at 300 dpi (by4); typed, printed, signed and dated in ink and PHOTOGRAPHED page by page with a phone,
  the third photo sideways (by7). Form 710 prints no total: the expected total is the sum of its lines.
- Halden Crossing Mortgage Servicing "BORROWER ASSISTANCE WORKBOOK" (HCMS-XL), a SPREADSHEET EXPORTED TO PDF: the
  .xlsx file name as page header, grey column letters A-D and row numbers 1-51, gridlines, a shaded header row
  "Item | Borrower | Co-Borrower | Household", shaded section rows; labels in column A, the borrower in B, the
  co-borrower in C, figures right-aligned in their cells in accounting format (a dash for zero), hardship types as
  ten rows marked X in column B, monthly income per type for B and C with the household sum in D and a TOTAL row,
  signatures in a tall row, "Sheet: Application" and "Page n of 2" in the footer. Typed and signed on screen (by2);
  printed, signed and dated in ink by both spouses and faxed (by5). Expected income: column D (household).
- Thornbury Point Loan Servicing "MORTGAGE RELIEF REQUEST" (TPLS-4L), two LANDSCAPE pages: page 1 four rounded CARDS
  side by side (A Borrower, B Co-borrower, C Property, D Hardship) with small grey labels over ruled typed answers
  and check boxes; page 2 the income as a TRANSPOSED table - income types as COLUMNS, rows Borrower / Co-borrower /
  Household total -, assets, certification, two signature blocks side by side. Typed and signed on screen by a
  couple (by3); printed, signed in ink and scanned with page 2 lying SIDEWAYS (by6); printed, signed in ink and
  photographed (by8). Expected income: the Household total row.

PACKETS.
- by1 COMPLETE (2051-03-14). Folder "5108823746/": Form 710 on screen (teacher and her retired husband), the
  teacher's January and February statements (CERT 10/12, born-digital), the husband's state retirement letter as a
  phone photo "IMG_20510311_184522.pdf", the district's employment verification (other), the hardship letter.
  Wages by a fresh stub with YTD; the pension by the fresh letter; reduction in income needs no paper.
- by2 INCOMPLETE income_doc:wages, reason STALE (2051-10-10). Loose files "0637154298_...": the workbook on screen,
  the 10-month teacher's May and June statements scanned (June's fed UPSIDE DOWN), the summer reasonable-assurance
  letter, the hardship letter. The newest stub was paid on 06/30/2051, 102 days before the packet arrived, and no
  bank statements came.
- by3 COMPLETE (2051-05-19). Loose files "Fairweather - 7720459183 - ...": TPLS-4L on screen by both spouses, the
  operator's two transit statements (born-digital), the nurse's county statement with retro pay as a phone photo,
  the hardship letter (covers the illness; reduced income needs nothing).
- by4 INCOMPLETE application_signature (2051-06-20). ONE 300 dpi grey scan "ScanPacket_0620_0833.pdf": separator
  sheet, Form 710 in ink (the co-borrower did not sign or date), two LANDSCAPE police statements inside the portrait
  file (the second UPSIDE DOWN), the signed hardship letter.
- by5 COMPLETE (2051-07-24). ONE 200 dpi fax "FAX_6085550199_20510724_0912.pdf": transmittal cover, the workbook in
  ink by both, her state ADVICE OF DEPOSIT (with a retro line), his county statement, the HR notice moving her
  headquarters (relocation paper), their signed letter.
- by6 INCOMPLETE hardship_doc:divorce_or_separation (2051-08-21). Folder "2281904457/": TPLS-4L in ink "SCN_0417.pdf"
  (page 2 sideways), two fresh nurse statements "SCN_0418/0419.pdf", her signed letter "SCN_0420.pdf" and two
  consecutive fresh credit-union e-statements (June, July) showing the child support claimed as "other" income. No
  decree, separation agreement or quitclaim deed came.
- by7 COMPLETE (2051-10-23). Loose files "8015327764 ...": Form 710 photographed "IMG_5012.pdf", two county ADVICES
  OF DEPOSIT (born-digital; June's bereavement leave shows in their YTD), the survivor benefit letter scanned, the death
  certificate photographed "IMG_5019.pdf", the hardship letter.
- by8 INCOMPLETE irs_form_4506c (2051-12-04). Loose files "6604318825_...": TPLS-4L photographed, the Commonwealth's
  November 7 advice born-digital and November 22 advice scanned SIDEWAYS, two consecutive Keystone statements
  (October, November) showing payroll and the duplex's rent, the letter (a disaster needs nothing). Rental income
  is claimed and documented, but no signed IRS Form 4506-C came.

TRUTH CONVENTIONS. A stub's employer is the name at its top (the state, the county, the district, the authority,
the hospital, the city), not the agency box; names are printed in natural order. gross_current is the printed
current gross (retro pay, differentials and overtime included); monthly_gross follows the checklist formula with
the printed frequency (a 10-month teacher's monthly installment counts as monthly). Leave balances, employer-paid
benefits, contract salary and summer holdback memos are not pay. Letters of employment and reasonable assurance are
"other" (fields {}). Co-borrowers are named in by1, by3, by4 and by5.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
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
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
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
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
TAG = "holdout_packets_by"
W, H = letter
LAND = landscape(letter)

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
FREQ_WORDS = {"weekly": ("weekly",), "biweekly": ("bi-weekly", "biweekly", "every two weeks"),
              "semimonthly": ("semi-monthly", "semimonthly", "twice a month"), "monthly": ("monthly",)}


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def last_business_day(year: int, month: int) -> dt.date:
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def back_to_friday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


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
    """One logical document: its pages (draw functions) and the size of each page."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


def synth_line(c: Canvas, size: tuple[float, float] = letter, centred: bool = False) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.72)
    if centred:  # clear of a printed form's own footer
        c.drawCentredString(size[0] / 2, 5, SYNTH)
    else:
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


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    return papers_pdf([paper], screen_marks)


def papers_pdf(papers: Sequence[Paper], screen_marks: bool = True) -> bytes:
    """Several born-digital papers in one file (a borrower's combined upload)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=papers[0].size, invariant=1, pageCompression=1)
    c.setCreator(TAG)
    for paper in papers:
        for fn in paper.pages:
            c.setPageSize(paper.size)
            marks = fn(c)
            if screen_marks:
                apply_screen_marks(c, marks)
            synth_line(c, paper.size)
            c.showPage()
    c.save()
    return buf.getvalue()


def paper_marks(paper: Paper) -> list[list[Mark]]:
    """The hand marks of each page (drawing the paper once on a scratch canvas)."""
    c = Canvas(io.BytesIO(), pagesize=paper.size, invariant=1)
    out = []
    for fn in paper.pages:
        c.setPageSize(paper.size)
        out.append(fn(c))
        c.showPage()
    return out


# --- scanning, faxing, photographing ----------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    seed: int = 1


def _hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = _hand_font(round(m.size * scale))
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


def turned(img: Image.Image, turn: int) -> Image.Image:
    """The sheet lay turned `turn` degrees clockwise on the glass (0, 90, 180, 270)."""
    return img.rotate(-turn, expand=True) if turn else img


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int,
                turns: Sequence[int] = ()) -> list[ScannedPage]:
    """Print a PDF, add the ink marks of each page, and scan the sheets (each turned as it lay)."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        out = turned(degrade(img, style, seed * 31 + i), turns[i] if i < len(turns) else 0)
        size = (out.size[0] * 72 / style.dpi, out.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(out, size))
    return sheets


def scan_paper(paper: Paper, style: Scan, seed: int, turns: Sequence[int] = ()) -> list[ScannedPage]:
    return scan_sheets(paper_pdf(paper, screen_marks=False), paper_marks(paper), style, seed, turns)


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.fax:
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        elif sheet.image.mode == "RGB":
            sheet.image.save(data, "JPEG", quality=72)
        else:
            sheet.image.save(data, "JPEG", quality=78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


PHOTO_DPI = 150
TABLES = ((118, 92, 66), (86, 90, 97), (150, 140, 126), (64, 58, 52))


def photograph(img: Image.Image, seed: int, turn: int = 0) -> Image.Image:
    """A phone photo of a sheet: on a table, a little off square and in perspective, lit unevenly, JPEG colours."""
    rng = random.Random(seed)
    grey = img.filter(ImageFilter.GaussianBlur(0.7))
    paper = Image.merge("RGB", (grey.point(lambda v: int(10 + v * 0.94)), grey.point(lambda v: int(8 + v * 0.92)),
                                grey.point(lambda v: int(4 + v * 0.86))))
    w, h = paper.size
    m = int(0.07 * w)
    table = TABLES[rng.randrange(len(TABLES))]
    shot = Image.new("RGB", (w + 2 * m, h + 2 * m), table)
    shot.paste(paper, (m, m))
    sw, sh = shot.size
    j = [rng.uniform(-0.025, 0.025) * sw for _ in range(8)]
    quad = (0 + j[0], 0 + j[1], 0 + j[2], sh + j[3], sw + j[4], sh + j[5], sw + j[6], 0 + j[7])
    shot = shot.transform((sw, sh), Image.Transform.QUAD, quad, resample=Image.Resampling.BILINEAR, fillcolor=table)
    shot = shot.rotate(rng.uniform(-2.2, 2.2), resample=Image.Resampling.BILINEAR, expand=False, fillcolor=table)
    light = Image.linear_gradient("L")
    turn = rng.choice([None, Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_270])
    light = (light.transpose(turn) if turn is not None else light).resize((sw, sh))
    light = light.point(lambda v: int(178 + v * 0.30))
    shot = ImageChops.multiply(shot, Image.merge("RGB", (light, light, light)))
    px = shot.load()
    for _ in range(int(sw * sh * 0.0004)):
        x, y = rng.randrange(sw), rng.randrange(sh)
        r, g, b = px[x, y]
        px[x, y] = (max(0, r - 40), max(0, g - 40), max(0, b - 40))
    return turned(shot, turn)


def photo_paper(paper: Paper, seed: int, turns: Sequence[int] = ()) -> list[ScannedPage]:
    """Each page of a paper (signed and dated in ink) photographed with a phone."""
    return photo_sheets(paper_pdf(paper, screen_marks=False), paper_marks(paper), seed, turns)


def photo_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], seed: int,
                 turns: Sequence[int] = ()) -> list[ScannedPage]:
    out = []
    for i, (img, page_h) in enumerate(render_pages(pdf, PHOTO_DPI)):
        ink_on_image(img, marks[i] if i < len(marks) else [], PHOTO_DPI / 72, page_h)
        shot = photograph(img, seed * 17 + i, turns[i] if i < len(turns) else 0)
        out.append(ScannedPage(shot, (shot.size[0] * 72 / PHOTO_DPI, shot.size[1] * 72 / PHOTO_DPI)))
    return out


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": TAG})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay: a public employer's payroll history ---------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours or units, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class GovWithholding:
    """A public employer's withholding: pension and other pre-tax items come off before the income taxes."""

    fed: float = 0.09
    state: float = 0.04
    social_security: bool = True
    pension: tuple[str, float] = ("State Retirement System", 0.06)
    pretax: tuple[tuple[str, float], ...] = ()
    posttax: tuple[tuple[str, float], ...] = ()
    employer: tuple[tuple[str, float], ...] = ()  # employer-paid items as a share of gross (memo, not pay)
    state_label: str = "State Income Tax"

    def pre(self, gross: float) -> dict[str, float]:
        out = {self.pension[0]: r2(gross * self.pension[1])}
        out.update(dict(self.pretax))
        return out

    def taxes(self, gross: float) -> dict[str, float]:
        taxable = gross - sum(self.pre(gross).values())
        out = {"Federal Income Tax": r2(taxable * self.fed)}
        if self.social_security:
            out["Social Security"] = r2(gross * 0.062)
        out["Medicare"] = r2(gross * 0.0145)
        out[self.state_label] = r2(taxable * self.state)
        return out

    def post(self) -> dict[str, float]:
        return dict(self.posttax)

    def paid_by_employer(self, gross: float) -> dict[str, float]:
        return {k: r2(gross * v) for k, v in self.employer}

    def net(self, gross: float) -> float:
        return r2(gross - sum(self.pre(gross).values()) - sum(self.taxes(gross).values())
                  - sum(self.post().values()))


@dataclass
class Leave:
    kind: str
    start: float  # balance on January 1
    accrual: float  # hours earned each check
    use: tuple[float, ...] = (0.0, 0.0, 0.0, 4.0, 8.0)  # hours taken, chosen per check
    line: str = ""  # the earnings line whose hours are the leave taken, when there is one


def leave_grid(leaves: Sequence[Leave], checks: Sequence[Check], key: str) -> list[tuple[str, float, float, float,
                                                                                            float]]:
    """Balances through the year's checks: (type, balance before, earned, used, balance after) on the last one."""
    out = []
    for lv in leaves:
        bal = lv.start
        row = (lv.kind, bal, 0.0, 0.0, bal)
        for ch in checks:
            rr = random.Random(f"{key}{lv.kind}{ch.pay_date}")
            used = ch.lines.get(lv.line, (0.0,))[0] if lv.line else min(bal + lv.accrual, rr.choice(lv.use))
            row = (lv.kind, bal, lv.accrual, used, r2(bal + lv.accrual - used))
            bal = row[4]
        out.append(row)
    return out


@dataclass
class Job:
    """One public employee's pay: who pays, how often and for what period, and the lines of each check."""

    employer: str
    employee: str
    emp_id: str
    frequency: str
    wh: GovWithholding
    lines: Callable[[random.Random, dt.date], dict[str, tuple[float, float, float]]]
    period: Callable[[dt.date], tuple[dt.date, dt.date]]
    schedule: Callable[[int], list[dt.date]]  # the year's pay dates
    leaves: tuple[Leave, ...] = ()
    key: int = 1

    def checks(self, pay_date: dt.date) -> list[Check]:
        out = []
        for d in self.schedule(pay_date.year):
            if d > pay_date:
                break
            rr = random.Random(f"{self.emp_id}{d}{self.key}")
            start, end = self.period(d)
            lines = self.lines(rr, d)
            if lines:  # no check is issued for a period without pay (unpaid leave)
                out.append(Check(d, start, end, lines))
        if not out or out[-1].pay_date != pay_date:
            raise ValueError(f"{pay_date} is not a pay date of {self.employer}")
        return out


def biweekly_fridays(anchor: dt.date) -> Callable[[int], list[dt.date]]:
    """Every other Friday in step with `anchor` (a pay date)."""

    def dates(year: int) -> list[dt.date]:
        d = anchor
        while d.year >= year:
            d -= dt.timedelta(days=14)
        out = []
        while d.year <= year:
            if d.year == year:
                out.append(d)
            d += dt.timedelta(days=14)
        return out

    return dates


def biweekly_period(lag: int) -> Callable[[dt.date], tuple[dt.date, dt.date]]:
    """A 14-day period ending `lag` days before the pay date."""

    def period(d: dt.date) -> tuple[dt.date, dt.date]:
        end = d - dt.timedelta(days=lag)
        return end - dt.timedelta(days=13), end

    return period


def semimonthly_arrears(year: int) -> list[dt.date]:
    """1st-15th paid on the 22nd, 16th-month end paid on the 7th of the next month (back to a Friday)."""
    out = []
    for m in range(1, 13):
        out.append(back_to_friday(dt.date(year, m, 7)))
        out.append(back_to_friday(dt.date(year, m, 22)))
    return out


def semimonthly_arrears_period(d: dt.date) -> tuple[dt.date, dt.date]:
    if d.day >= 16:
        return d.replace(day=1), d.replace(day=15)
    prev_end = d.replace(day=1) - dt.timedelta(days=1)
    return prev_end.replace(day=16), prev_end


def monthly_last_business(months: Sequence[int]) -> Callable[[int], list[dt.date]]:
    return lambda year: [last_business_day(year, m) for m in months]


def calendar_month(d: dt.date) -> tuple[dt.date, dt.date]:
    start = d.replace(day=1)
    return start, dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1) - dt.timedelta(days=1)


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


@dataclass
class PayFacts:
    """Everything one stub prints, worked out from the job's history."""

    job: Job
    check: Check
    history: list[Check]
    ytd: dict[str, float]
    pre: dict[str, float]
    taxes: dict[str, float]
    post: dict[str, float]
    employer_paid: dict[str, float]
    net: float
    leave: list[tuple[str, float, float, float, float]]

    @property
    def fields(self) -> dict[str, Any]:
        ch, job = self.check, self.job
        return {"employer": job.employer, "employee_name": job.employee, "pay_date": ch.pay_date.isoformat(),
                "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": job.frequency,
                "gross_current": ch.gross, "gross_ytd": self.ytd["GROSS"], "net_current": self.net,
                "monthly_gross": r2(ch.gross * PERIODS[job.frequency] / 12)}


def pay_facts(job: Job, pay_date: dt.date) -> PayFacts:
    history = job.checks(pay_date)
    ytd: dict[str, float] = {}
    wh = job.wh
    for ch in history:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.pre(ch.gross))
        items.update(wh.taxes(ch.gross))
        items.update(wh.post())
        items.update({f"ER {k}": v for k, v in wh.paid_by_employer(ch.gross).items()})
        items["GROSS"] = ch.gross
        items["NET"] = wh.net(ch.gross)
        items["PRE"] = r2(sum(wh.pre(ch.gross).values()))
        items["TAX"] = r2(sum(wh.taxes(ch.gross).values()))
        items["POST"] = r2(sum(wh.post().values()))
        for k, v in items.items():
            ytd[k] = r2(ytd.get(k, 0.0) + v)
    ch = history[-1]
    return PayFacts(job, ch, history, ytd, wh.pre(ch.gross), wh.taxes(ch.gross), wh.post(),
                    wh.paid_by_employer(ch.gross), wh.net(ch.gross),
                    leave_grid(job.leaves, history, f"{job.emp_id}{job.key}"))


# --- pay stubs: government payroll layouts -----------------------------------------------------------------


def cap_box(c: Canvas, x: float, y: float, w: float, h: float, caption: str, value: str, cap_size: float = 5.8,
            val_font: tuple[str, float] = ("Helvetica", 8.5), fill: float | None = None) -> None:
    """A ruled box with a small caption at its top left and the value under it."""
    if fill is not None:
        c.setFillGray(fill)
        c.rect(x, y, w, h, stroke=1, fill=1)
        c.setFillColor(black)
    else:
        c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", cap_size)
    c.drawString(x + 2.5, y + h - cap_size - 1.5, caption)
    font, size = val_font
    while size > 5.5 and stringWidth(value, font, size) > w - 5:
        size -= 0.25
    c.setFont(font, size)
    c.drawString(x + 3, y + 3.5, value)


def ledger(c: Canvas, x: float, y: float, widths: Sequence[float], heads: Sequence[str],
           rows: Sequence[Sequence[str]], size: float = 7.2, row_h: float = 9.6, head_fill: float | None = 0.85,
           font: str = "Helvetica", bold_last: bool = False) -> float:
    """A dense ruled table: a shaded heading row, then rows; first column left, the others right-aligned.
    Returns the y under the table."""
    total = sum(widths)
    if head_fill is not None:
        c.setFillGray(head_fill)
        c.rect(x, y - row_h + 1, total, row_h + 1, stroke=0, fill=1)
        c.setFillColor(black)
    c.setFont("Helvetica-Bold", size - 0.6)
    xx = x
    for i, (wd, hd) in enumerate(zip(widths, heads, strict=True)):
        if i == 0:
            c.drawString(xx + 2, y - row_h + 3.5, hd)
        else:
            c.drawRightString(xx + wd - 2, y - row_h + 3.5, hd)
        xx += wd
    c.setLineWidth(0.4)
    c.line(x, y - row_h + 1, x + total, y - row_h + 1)
    yy = y - row_h
    for n, row in enumerate(rows):
        yy -= row_h
        last = bold_last and n == len(rows) - 1
        face = font + ("-Bold" if last and font == "Helvetica" else "")
        if last:
            c.line(x, yy + row_h - 1, x + total, yy + row_h - 1)
        xx = x
        for i, (wd, val) in enumerate(zip(widths, row, strict=True)):
            fit = size
            while fit > 5.0 and stringWidth(val, face, fit) > wd - 4:
                fit -= 0.2
            c.setFont(face, fit)
            if i == 0:
                c.drawString(xx + 2, yy + 3, val)
            elif val:
                c.drawRightString(xx + wd - 2, yy + 3, val)
            xx += wd
    c.rect(x, yy + 1, total, y - yy, stroke=1, fill=0)
    return yy - 4


def seal(c: Canvas, x: float, y: float, r: float, letters: str, color: Color) -> None:
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(1.2)
    c.circle(x, y, r, stroke=1, fill=0)
    c.circle(x, y, r - 3, stroke=1, fill=0)
    c.setFont("Times-Bold", r * 0.62)
    c.drawCentredString(x, y - r * 0.22, letters)
    c.restoreState()


def hrs(v: float) -> str:
    return f"{v:,.2f}" if v else ""


def earn_rows(f: PayFacts, rate_fmt: str = "{:.4f}") -> list[list[str]]:
    rows = []
    for lab in dict.fromkeys(k for ch in f.history for k in ch.lines):
        q, rate, amt = f.check.lines.get(lab, (0.0, 0.0, 0.0))
        rows.append([lab, hrs(q), rate_fmt.format(rate) if q and rate else "", money(amt) if amt else "",
                     money(f.ytd[lab])])
    return rows


FREQ_PRINT = {"weekly": "Weekly", "biweekly": "Bi-Weekly", "semimonthly": "Semi-Monthly", "monthly": "Monthly"}


@dataclass
class Look:
    """How an employer's payroll system heads its stub."""

    name_lines: tuple[str, ...]
    initials: str
    color: Color
    address: str = ""


def advice_of_deposit(f: PayFacts, look: Look, dept: str, position: str, bank: str, acct: str) -> Stub:
    """A state or county central payroll system's portrait ADVICE OF DEPOSIT: two rows of caption boxes (Pay
    Period Begin and Pay Period End in boxes of their own, the Advice Date), an earnings grid, taxes and pre-tax and
    post-tax deductions side by side, employer-paid benefits as a memo, a leave-balance grid and a summary grid."""
    ch, job = f.check, f.job

    def page(c: Canvas) -> list[Mark]:
        seal(c, 66, 736, 22, look.initials, look.color)
        c.setFillColor(look.color)
        c.setFont("Times-Bold", 13)
        c.drawString(96, 744, look.name_lines[0])
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        for i, ln in enumerate(look.name_lines[1:]):
            c.drawString(96, 733 - 9 * i, ln)
        c.setFont("Helvetica-Bold", 15)
        c.drawRightString(570, 744, "ADVICE OF DEPOSIT")
        c.setFont("Helvetica", 6.8)
        c.drawRightString(570, 734, "THIS IS NOT A CHECK  -  NON-NEGOTIABLE")
        c.setLineWidth(0.6)
        y = 690
        row1 = [("EMPLOYEE NAME", job.employee, 170), ("EMPLOYEE ID", job.emp_id, 70),
                ("AGENCY / DEPARTMENT", dept, 170), ("POSITION / CLASS", position, 118)]
        x = 42.0
        for cap, val, wd in row1:
            cap_box(c, x, y, wd, 22, cap, val)
            x += wd
        y -= 22
        row2 = [("PAY PERIOD BEGIN", mdy(ch.start), 88), ("PAY PERIOD END", mdy(ch.end), 88),
                ("ADVICE DATE", mdy(ch.pay_date), 88), ("ADVICE NUMBER", f"A{job.emp_id[-4:]}{ch.pay_date:%m%d}", 88),
                ("PAY FREQUENCY", FREQ_PRINT[job.frequency], 88), ("NET PAY", "$" + money(f.net), 88)]
        x = 42.0
        for cap, val, wd in row2:
            cap_box(c, x, y, wd, 22, cap, val, fill=0.93 if cap == "NET PAY" else None)
            x += wd
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(42, y, "EARNINGS")
        yy = ledger(c, 42, y - 3, [178, 52, 60, 78, 160], ["DESCRIPTION", "HOURS", "RATE", "CURRENT", "YEAR TO DATE"],
                    [*earn_rows(f), ["TOTAL GROSS", "", "", money(ch.gross), money(f.ytd["GROSS"])]],
                    bold_last=True)
        top = yy - 8
        cols = [("TAXES", f.taxes), ("PRE-TAX DEDUCTIONS", f.pre), ("POST-TAX DEDUCTIONS", f.post)]
        low = top
        for i, (title, items) in enumerate(cols):
            x = 42 + i * 176
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x, top, title)
            rows = [[k, money(v), money(f.ytd[k])] for k, v in items.items()]
            low = min(low, ledger(c, x, top - 3, [84, 40, 48], ["DESCRIPTION", "CURRENT", "YTD"], rows))
        y = low - 10
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(42, y, "EMPLOYER-PAID BENEFITS (NOT PART OF YOUR PAY)")
        c.drawString(310, y, "LEAVE BALANCES (HOURS)")
        rows = [[k, money(v), money(f.ytd[f"ER {k}"])] for k, v in f.employer_paid.items()]
        y1 = ledger(c, 42, y - 3, [150, 50, 60], ["BENEFIT", "CURRENT", "YTD"], rows)
        rows = [[k, f"{b:.2f}", f"{e:.2f}", f"{u:.2f}", f"{a:.2f}"] for k, b, e, u, a in f.leave]
        y2 = ledger(c, 310, y - 3, [84, 44, 44, 44, 44], ["TYPE", "BEGIN", "EARNED", "USED", "END"], rows)
        y = min(y1, y2) - 10
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(42, y, "SUMMARY")
        taxable = r2(ch.gross - sum(f.pre.values()))
        taxable_ytd = r2(f.ytd["GROSS"] - f.ytd["PRE"])
        rows = [["Current", money(ch.gross), money(sum(f.pre.values())), money(taxable), money(sum(f.taxes.values())),
                 money(sum(f.post.values())), money(f.net)],
                ["Year to Date", money(f.ytd["GROSS"]), money(f.ytd["PRE"]), money(taxable_ytd), money(f.ytd["TAX"]),
                 money(f.ytd["POST"]), money(f.ytd["NET"])]]
        y = ledger(c, 42, y - 3, [72, 76, 76, 76, 76, 76, 76], ["", "TOTAL GROSS", "PRE-TAX DED", "TAXABLE GROSS",
                                                               "TAXES", "POST-TAX DED", "NET PAY"], rows, size=7.6)
        y -= 8
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(42, y, "NET PAY DISTRIBUTION")
        ledger(c, 42, y - 3, [200, 110, 90], ["DEPOSITED TO", "ACCOUNT", "AMOUNT"],
               [[bank, "XXXXXX" + acct[-4:], money(f.net)]])
        c.setFont("Helvetica-Oblique", 6.8)
        c.drawString(42, 70, "Retain this advice for your records. Report pay discrepancies to your agency payroll "
                             "office within 30 days.")
        if look.address:
            c.drawString(42, 61, look.address)
        return []

    return Stub(Paper([page]), f.fields, ch.pay_date)


def school_advice(f: PayFacts, look: Look, position: str, site: str, contract: dict[str, str], bank: str) -> Stub:
    """A school district's monthly teacher stub: a shaded SIDEBAR down the left with the employee facts stacked
    (Check Date, Pay Period Begin, Pay Period End each on its own line), earnings and deductions in the main area,
    a CONTRACT box showing how the 10-month contract is paid (over 12 or over 10 months) and sick / personal leave."""
    ch, job = f.check, f.job

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(look.color)
        c.rect(36, 700, 540, 56, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 16)
        c.drawString(50, 734, look.name_lines[0])
        c.setFont("Helvetica", 7.5)
        for i, ln in enumerate(look.name_lines[1:]):
            c.drawString(50, 722 - 9 * i, ln)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(564, 734, "EMPLOYEE PAY STATEMENT")
        c.setFont("Helvetica", 7)
        c.drawRightString(564, 723, "Certificated staff  -  direct deposit advice")
        c.setFillColor(black)
        c.setFillGray(0.92)
        c.rect(36, 300, 150, 396, stroke=0, fill=1)
        c.setFillColor(black)
        facts = [("EMPLOYEE", job.employee), ("EMPLOYEE NUMBER", job.emp_id), ("POSITION", position),
                 ("WORK LOCATION", site), ("PAY GROUP", contract["group"]),
                 ("PAY FREQUENCY", FREQ_PRINT[job.frequency]), ("CHECK DATE", mdy(ch.pay_date)),
                 ("PAY PERIOD BEGIN", mdy(ch.start)), ("PAY PERIOD END", mdy(ch.end)),
                 ("DEPOSIT NUMBER", f"DD{ch.pay_date:%y%m}{job.emp_id[-3:]}"), ("NET PAY", "$" + money(f.net))]
        y = 682
        for cap, val in facts:
            c.setFont("Helvetica-Bold", 6.2)
            c.drawString(44, y, cap)
            c.setFont("Helvetica-Bold" if cap == "NET PAY" else "Helvetica", 8.6)
            c.drawString(44, y - 10, val)
            y -= 32
        x0 = 196
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0, 686, "EARNINGS")
        y = ledger(c, x0, 683, [148, 46, 54, 66, 66], ["DESCRIPTION", "DAYS", "RATE", "CURRENT", "CAL YTD"],
                   [*earn_rows(f, "{:,.2f}"), ["GROSS PAY", "", "", money(ch.gross), money(f.ytd["GROSS"])]],
                   bold_last=True)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0, y - 6, "DEDUCTIONS AND TAXES")
        items = [*f.pre.items(), *f.taxes.items(), *f.post.items()]
        rows = [[k, money(v), money(f.ytd[k])] for k, v in items]
        rows.append(["TOTAL DEDUCTIONS", money(r2(sum(v for _, v in items))),
                     money(r2(f.ytd["PRE"] + f.ytd["TAX"] + f.ytd["POST"]))])
        y = ledger(c, x0, y - 9, [248, 66, 66], ["DESCRIPTION", "CURRENT", "CAL YTD"], rows, bold_last=True)
        c.setFont("Helvetica-Bold", 9)
        c.setFillGray(0.85)
        c.rect(x0, y - 22, 380, 18, stroke=1, fill=1)
        c.setFillColor(black)
        c.drawString(x0 + 6, y - 16, "NET PAY")
        c.drawRightString(x0 + 312, y - 16, money(f.net))
        c.drawRightString(x0 + 376, y - 16, money(f.ytd["NET"]))
        y -= 40
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0, y, "CONTRACT")
        c.setLineWidth(0.6)
        c.rect(x0, y - 8 - 11 * len(contract["lines"]), 380, 6 + 11 * len(contract["lines"]), stroke=1, fill=0)
        c.setFont("Helvetica", 7.6)
        yy = y - 14
        for k, v in contract["lines"]:
            c.drawString(x0 + 6, yy, k)
            c.drawRightString(x0 + 374, yy, v)
            yy -= 11
        y = yy - 14
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0, y, "LEAVE (DAYS)")
        rows = [[k, f"{b:.1f}", f"{e:.1f}", f"{u:.1f}", f"{a:.1f}"] for k, b, e, u, a in f.leave]
        y = ledger(c, x0, y - 3, [140, 60, 60, 60, 60], ["TYPE", "BEGIN", "EARNED", "USED", "AVAILABLE"], rows)
        c.setFont("Helvetica", 7)
        c.drawString(44, 280, f"Net pay deposited to {bank}.")
        c.drawString(44, 270, "Questions: Payroll Office, extension 2210.")
        return []

    return Stub(Paper([page]), f.fields, ch.pay_date)


def transit_days(emp_id: str, key: int, start: dt.date, off: tuple[dt.date, dt.date] | None = None
                 ) -> list[tuple[dt.date, str, float, float]]:
    """An operator's runs in a 14-day period (weekdays, none while off work): (day, run number, platform hours,
    spread hours)."""
    out = []
    for i in range(14):
        day = start + dt.timedelta(days=i)
        if day.weekday() in (5, 6) or (off and off[0] <= day <= off[1]):
            continue
        rr = random.Random(f"{emp_id}{key}{day}")
        out.append((day, f"{rr.randrange(100, 999)}-{rr.choice('ABCD')}", rr.choice([7.5, 8.0, 8.0, 8.25, 8.5, 9.0]),
                    rr.choice([0.0, 0.0, 0.0, 0.5, 1.0])))
    return out


def transit_lines(emp_id: str, key: int, rate: float, period: Callable[[dt.date], tuple[dt.date, dt.date]],
                  off: tuple[dt.date, dt.date] | None = None, sick_days: int = 0
                  ) -> Callable[[random.Random, dt.date], dict[str, tuple[float, float, float]]]:
    """An operator's check; while `off` work the first `sick_days` weekdays are paid as sick leave, the rest not."""

    def lines(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        start = period(d)[0]
        days = transit_days(emp_id, key, start, off)
        plat = sum(p for _, _, p, _ in days)
        spread = sum(s for _, _, _, s in days)
        reg = min(plat, 80.0)
        out = {"PLATFORM TIME": (reg, rate, r2(reg * rate))} if reg else {}
        if plat > 80:
            out["OVERTIME 1.5X"] = (plat - 80, r2(rate * 1.5), r2((plat - 80) * rate * 1.5))
        if spread:
            out["SPREAD PREMIUM"] = (spread, r2(rate * 0.5), r2(spread * rate * 0.5))
        splits = sum(1 for _, run, _, _ in days if run.endswith("D"))
        if splits:
            out["SPLIT SHIFT ALLOWANCE"] = (float(splits), 14.0, r2(splits * 14.0))
        if off:
            weekdays = [off[0] + dt.timedelta(days=i) for i in range((off[1] - off[0]).days + 1)]
            sick = [w for w in weekdays if w.weekday() < 5][:sick_days]
            n = sum(1 for w in sick if start <= w <= start + dt.timedelta(days=13))
            if n:
                out["SICK LEAVE"] = (8.0 * n, rate, r2(8.0 * n * rate))
        return out

    return lines


def transit_stub(f: PayFacts, look: Look, garage: str, classification: str,
                 off: tuple[dt.date, dt.date] | None = None) -> Stub:
    """A transit authority's PAYROLL STATEMENT for a bus operator: caption boxes, a DAILY RUN GRID of the period
    (each weekday's run number, platform and spread hours), earnings, then taxes and deductions side by side, a
    leave grid and a stack of Current / YTD tiles."""
    ch, job = f.check, f.job
    days = transit_days(job.emp_id, job.key, ch.start, off)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(look.color)
        c.rect(36, 742, 540, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(42, 747, look.name_lines[0])
        c.drawRightString(570, 747, "PAYROLL STATEMENT")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        for i, ln in enumerate(look.name_lines[1:]):
            c.drawString(42, 732 - 8.5 * i, ln)
        c.setLineWidth(0.6)
        y = 690
        row = [("EMPLOYEE", job.employee, 160), ("BADGE NO.", job.emp_id, 62), ("GARAGE / DIVISION", garage, 150),
               ("CLASSIFICATION", classification, 168)]
        x = 36.0
        for cap, val, wd in row:
            cap_box(c, x, y, wd, 22, cap, val)
            x += wd
        y -= 22
        row = [("PAY PERIOD BEGIN", mdy(ch.start), 108), ("PAY PERIOD END", mdy(ch.end), 108),
               ("CHECK DATE", mdy(ch.pay_date), 108), ("CHECK NO.", f"{ch.pay_date:%y%j}{job.emp_id[-2:]}", 108),
               ("FREQUENCY", FREQ_PRINT[job.frequency], 108)]
        x = 36.0
        for cap, val, wd in row:
            cap_box(c, x, y, wd, 22, cap, val)
            x += wd
        y -= 16
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, "DAILY RUN RECORD")
        y -= 3
        colw = 48.0
        c.setLineWidth(0.4)
        heads = ["", *[d.strftime("%a %m/%d") for d, *_ in days]]
        rows = [["RUN", *[r for _, r, _, _ in days]], ["PLATFORM", *[f"{p:.2f}" for _, _, p, _ in days]],
                ["SPREAD", *[f"{s:.2f}" if s else "-" for _, _, _, s in days]]]
        widths = [60.0] + [colw] * len(days)
        y = ledger(c, 36, y, widths, heads, rows, size=6.6, row_h=9.0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y - 6, "EARNINGS")
        y = ledger(c, 36, y - 9, [190, 60, 70, 100, 120], ["EARNING", "HOURS", "RATE", "CURRENT", "YTD AMOUNT"],
                   [*earn_rows(f), ["GROSS EARNINGS", "", "", money(ch.gross), money(f.ytd["GROSS"])]],
                   bold_last=True)
        top = y - 8
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, top, "TAXES")
        c.drawString(306, top, "DEDUCTIONS")
        rows = [[k, money(v), money(f.ytd[k])] for k, v in f.taxes.items()]
        y1 = ledger(c, 36, top - 3, [140, 60, 64], ["TAX", "CURRENT", "YTD"], rows)
        rows = [[k, money(v), money(f.ytd[k])] for k, v in [*f.pre.items(), *f.post.items()]]
        y2 = ledger(c, 306, top - 3, [146, 60, 64], ["DEDUCTION", "CURRENT", "YTD"], rows)
        y = min(y1, y2) - 8
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, "LEAVE BALANCES (HOURS)")
        rows = [[k, f"{b:.2f}", f"{e:.2f}", f"{u:.2f}", f"{a:.2f}"] for k, b, e, u, a in f.leave]
        ledger(c, 36, y - 3, [100, 40, 40, 40, 44], ["LEAVE", "START", "EARNED", "TAKEN", "BALANCE"], rows)
        tiles = [("GROSS", ch.gross, f.ytd["GROSS"]), ("TAXES", sum(f.taxes.values()), f.ytd["TAX"]),
                 ("DEDUCTIONS", sum(f.pre.values()) + sum(f.post.values()), f.ytd["PRE"] + f.ytd["POST"]),
                 ("NET PAY", f.net, f.ytd["NET"])]
        for i, (cap, cur, ytd) in enumerate(tiles):
            x = 322 + (i % 2) * 128
            ty = y - 40 - (i // 2) * 44
            c.setFillGray(0.9 if cap != "NET PAY" else 0.8)
            c.rect(x, ty, 124, 40, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 4, ty + 31, cap)
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(x + 120, ty + 17, money(r2(cur)))
            c.setFont("Helvetica", 6.5)
            c.drawRightString(x + 120, ty + 5, "YTD " + money(r2(ytd)))
        c.setFont("Helvetica", 6.8)
        c.drawString(36, 64, "Spread premium is paid at one-half the hourly rate for platform time beyond a 10-hour "
                             "spread, per Article 14 of the operators' agreement.")
        return []

    return Stub(Paper([page]), f.fields, ch.pay_date)


def hospital_lines(rate: float, base_hours: float, retro: dict[dt.date, tuple[str, float]]
                   ) -> Callable[[random.Random, dt.date], dict[str, tuple[float, float, float]]]:
    """A county hospital nurse's check: regular hours, evening / night / weekend differentials, charge pay, and
    a one-time retro pay line on the checks named in `retro`."""

    def lines(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        reg = rr.choice([base_hours, base_hours, base_hours - 12, base_hours])
        out = {"REGULAR": (reg, rate, r2(reg * rate))}
        eve = rr.choice([0.0, 12.0, 24.0])
        night = rr.choice([0.0, 24.0, 36.0])
        wknd = rr.choice([12.0, 24.0])
        charge = rr.choice([0.0, 12.0])
        out["SHIFT DIFF - EVENING"] = (eve, 2.50, r2(eve * 2.50))
        out["SHIFT DIFF - NIGHT"] = (night, 4.25, r2(night * 4.25))
        out["WEEKEND DIFFERENTIAL"] = (wknd, 3.00, r2(wknd * 3.00))
        out["CHARGE NURSE PAY"] = (charge, 1.50, r2(charge * 1.50))
        if d in retro:
            label, amount = retro[d]
            out[label] = (0.0, 0.0, amount)
        return {k: v for k, v in out.items() if v[2]}

    return lines


def county_hospital_stub(f: PayFacts, look: Look, unit: str, job_class: str, fte: str) -> Stub:
    """A county hospital's EARNINGS STATEMENT in quadrants: an EMPLOYEE box and a PAY box (Pay Period Begin, Pay
    Period End, Check Date and Pay Frequency in separate boxes) side by side, earnings with shift differentials and
    retro pay, taxes beside deductions (county retirement, deferred compensation, union dues), a time-bank grid and
    four GROSS / TAXES / DEDUCTIONS / NET tiles."""
    ch, job = f.check, f.job

    def page(c: Canvas) -> list[Mark]:
        seal(c, 58, 738, 18, look.initials, look.color)
        c.setFont("Helvetica-Bold", 12)
        c.setFillColor(look.color)
        c.drawString(84, 743, look.name_lines[0])
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        for i, ln in enumerate(look.name_lines[1:]):
            c.drawString(84, 733 - 8.5 * i, ln)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(574, 743, "EARNINGS STATEMENT")
        c.setLineWidth(0.6)
        c.rect(38, 618, 262, 92, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(42, 701, "EMPLOYEE")
        c.setFont("Helvetica", 8)
        for i, (k, v) in enumerate([("Name", job.employee), ("Employee ID", job.emp_id), ("Unit", unit),
                                    ("Job class", job_class), ("FTE", fte)]):
            c.drawString(46, 688 - 13 * i, k)
            c.drawString(112, 688 - 13 * i, v)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(312, 701, "PAY")
        for i, (cap, val) in enumerate([("PAY PERIOD BEGIN", mdy(ch.start)), ("PAY PERIOD END", mdy(ch.end)),
                                        ("CHECK DATE", mdy(ch.pay_date)),
                                        ("PAY FREQUENCY", FREQ_PRINT[job.frequency])]):
            cap_box(c, 312 + (i % 2) * 131, 658 - (i // 2) * 38, 129, 34, cap, val,
                    val_font=("Helvetica", 10))
        y = 604
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(38, y, "EARNINGS")
        y = ledger(c, 38, y - 3, [200, 56, 56, 110, 114], ["CODE / DESCRIPTION", "HOURS", "RATE", "THIS PERIOD",
                                                           "YEAR TO DATE"],
                   [*earn_rows(f), ["TOTAL EARNINGS", "", "", money(ch.gross), money(f.ytd["GROSS"])]],
                   bold_last=True)
        top = y - 8
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(38, top, "TAXES")
        c.drawString(310, top, "DEDUCTIONS")
        rows = [[k, money(v), money(f.ytd[k])] for k, v in f.taxes.items()]
        y1 = ledger(c, 38, top - 3, [132, 60, 70], ["TAX", "THIS PERIOD", "YTD"], rows)
        rows = [[k, money(v), money(f.ytd[k])] for k, v in [*f.pre.items(), *f.post.items()]]
        y2 = ledger(c, 310, top - 3, [136, 60, 70], ["DEDUCTION", "THIS PERIOD", "YTD"], rows)
        y = min(y1, y2) - 8
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(38, y, "TIME BANKS (HOURS)")
        rows = [[k, f"{b:.2f}", f"{e:.2f}", f"{u:.2f}", f"{a:.2f}"] for k, b, e, u, a in f.leave]
        y = ledger(c, 38, y - 3, [140, 60, 60, 60, 70], ["BANK", "PRIOR", "ACCRUED", "USED", "AVAILABLE"], rows)
        tiles = [("GROSS PAY", ch.gross, f.ytd["GROSS"]), ("TAXES", sum(f.taxes.values()), f.ytd["TAX"]),
                 ("DEDUCTIONS", sum(f.pre.values()) + sum(f.post.values()), f.ytd["PRE"] + f.ytd["POST"]),
                 ("NET PAY", f.net, f.ytd["NET"])]
        for i, (cap, cur, ytd) in enumerate(tiles):
            x = 38 + i * 134
            c.setFillColor(look.color if cap == "NET PAY" else Color(0.9, 0.92, 0.94))
            c.rect(x, y - 50, 130, 44, stroke=0, fill=1)
            c.setFillColor(white if cap == "NET PAY" else black)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 5, y - 16, cap)
            c.setFont("Helvetica-Bold", 11)
            c.drawRightString(x + 125, y - 31, money(r2(cur)))
            c.setFont("Helvetica", 6.5)
            c.drawRightString(x + 125, y - 44, "Year to date " + money(r2(ytd)))
            c.setFillColor(black)
        c.setFont("Helvetica", 6.8)
        c.drawString(38, 62, f"Issued by {' - '.join(look.name_lines[1:])}. Direct deposit advice - not negotiable.")
        return []

    return Stub(Paper([page]), f.fields, ch.pay_date)


def police_lines(rate: float, ot_days: Callable[[random.Random, dt.date], list[tuple[int, str, float]]]
                 ) -> Callable[[random.Random, dt.date], dict[str, tuple[float, float, float]]]:
    """A sworn officer's check: 80 regular hours, night shift differential, overtime and court time at time and a
    half (from the period's overtime slips), holiday pay on some checks and a uniform allowance."""

    def lines(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        slips = ot_days(rr, d)
        ot = sum(h for _, why, h in slips if not why.startswith("Court"))
        court = sum(h for _, why, h in slips if why.startswith("Court"))
        night = rr.choice([40.0, 50.0, 60.0, 80.0])
        out = {"REG  REGULAR": (80.0, rate, r2(80 * rate)),
               "SDN  SHIFT DIFF NIGHTS": (night, 1.75, r2(night * 1.75)),
               "OT   OVERTIME 1.5X": (ot, r2(rate * 1.5), r2(ot * rate * 1.5)),
               "CRT  COURT TIME 1.5X": (court, r2(rate * 1.5), r2(court * rate * 1.5)),
               "HOL  HOLIDAY PAY": (8.0 if rr.random() < 0.3 else 0.0, rate, 0.0),
               "UNI  UNIFORM ALLOWANCE": (0.0, 0.0, 36.92)}
        q = out["HOL  HOLIDAY PAY"][0]
        out["HOL  HOLIDAY PAY"] = (q, rate, r2(q * rate))
        return {k: v for k, v in out.items() if v[2]}

    return lines


def police_slips(emp_id: str, key: int, period: Callable[[dt.date], tuple[dt.date, dt.date]]
                 ) -> Callable[[random.Random, dt.date], list[tuple[int, str, float]]]:
    """The overtime slips of the period ending before pay date d: (day offset, reason, hours)."""

    def slips(_: random.Random, d: dt.date) -> list[tuple[int, str, float]]:
        rr = random.Random(f"{emp_id}{key}{d}slips")
        reasons = ["Holdover - call for service", "Special detail - stadium", "Court - District Court",
                   "Shift coverage - minimum staffing", "Court - grand jury"]
        out = []
        for _ in range(rr.choice([1, 2, 3, 4])):
            out.append((rr.randrange(14), rr.choice(reasons), rr.choice([2.0, 3.0, 4.0, 4.5, 6.0, 8.0])))
        return sorted(out)

    return slips


def police_stub(f: PayFacts, look: Look, rank: str, unit: str,
                slips: Callable[[random.Random, dt.date], list[tuple[int, str, float]]]) -> Stub:
    """A city's LANDSCAPE earnings statement for sworn police personnel: a row of eight caption boxes (Pay Period
    Begin and Pay Period End in their own boxes, the Check Date), four columns across the page - hours and earnings,
    taxes, deductions (police pension fund, FOP dues) and TIME BANKS (comp time, holiday, vacation, sick) -, the
    period's OVERTIME DETAIL and a totals strip."""
    ch, job = f.check, f.job
    slip_rows = slips(random.Random(0), ch.pay_date)

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LAND
        c.setFillColor(look.color)
        c.rect(30, ph - 64, pw - 60, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, ph - 44, look.name_lines[0])
        c.setFont("Helvetica", 7.5)
        c.drawString(40, ph - 56, "  -  ".join(look.name_lines[1:]))
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(pw - 40, ph - 44, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(pw - 40, ph - 56, "Sworn personnel  -  direct deposit advice, not a check")
        c.setFillColor(black)
        c.setLineWidth(0.6)
        boxes = [("NAME", job.employee, 150), ("EMP #", job.emp_id, 58), ("RANK", rank, 72), ("UNIT", unit, 120),
                 ("PAY PERIOD BEGIN", mdy(ch.start), 82), ("PAY PERIOD END", mdy(ch.end), 82),
                 ("CHECK DATE", mdy(ch.pay_date), 82), ("FREQUENCY", FREQ_PRINT[job.frequency], 86)]
        x, y = 30.0, ph - 100
        for cap, val, wd in boxes:
            cap_box(c, x, y, wd, 26, cap, val, val_font=("Helvetica", 9))
            x += wd
        top = y - 14
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((30, "HOURS AND EARNINGS"), (318, "TAXES"), (458, "DEDUCTIONS"), (614, "TIME BANKS (HOURS)")):
            c.drawString(x, top, t)
        y1 = ledger(c, 30, top - 3, [112, 30, 38, 50, 52], ["CODE  DESCRIPTION", "HRS", "RATE", "CURRENT", "YTD"],
                    [*earn_rows(f, "{:.2f}"), ["GROSS", "", "", money(ch.gross), money(f.ytd["GROSS"])]],
                    size=6.6, bold_last=True)
        rows = [[k, money(v), money(f.ytd[k])] for k, v in f.taxes.items()]
        y2 = ledger(c, 318, top - 3, [58, 36, 40], ["TAX", "CUR", "YTD"], rows, size=6.6)
        rows = [[k, money(v), money(f.ytd[k])] for k, v in [*f.pre.items(), *f.post.items()]]
        y3 = ledger(c, 458, top - 3, [72, 36, 42], ["DEDUCTION", "CUR", "YTD"], rows, size=6.6)
        rows = [[k, f"{b:.1f}", f"{e:.1f}", f"{u:.1f}", f"{a:.1f}"] for k, b, e, u, a in f.leave]
        y4 = ledger(c, 614, top - 3, [46, 24, 26, 26, 26], ["BANK", "BEG", "EARN", "USED", "BAL"], rows, size=6.6)
        y = min(y1, y2, y3, y4) - 10
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(30, y, "OVERTIME DETAIL THIS PERIOD")
        rows = [[mdy(ch.start + dt.timedelta(days=off)), why, f"{h:.2f}"] for off, why, h in slip_rows]
        ledger(c, 30, y - 3, [70, 200, 40], ["DATE", "REASON", "HOURS"], rows, size=6.8)
        strip = [("", ""), ("GROSS PAY", "GROSS"), ("TAXES", "TAX"), ("DEDUCTIONS", ""), ("NET PAY", "NET")]
        cur = [ch.gross, sum(f.taxes.values()), sum(f.pre.values()) + sum(f.post.values()), f.net]
        ytd = [f.ytd["GROSS"], f.ytd["TAX"], f.ytd["PRE"] + f.ytd["POST"], f.ytd["NET"]]
        x = 360.0
        for i, (hd, _) in enumerate(strip):
            wd = 52 if i == 0 else 87
            c.setFillGray(0.86)
            c.rect(x, y - 14, wd, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(x + wd / 2, y - 10, hd)
            for row, vals in ((1, cur), (2, ytd)):
                c.rect(x, y - 14 - 14 * row, wd, 14, stroke=1, fill=0)
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 7.5)
                if i == 0:
                    c.drawString(x + 4, y - 10 - 14 * row, "Current" if row == 1 else "YTD")
                else:
                    c.drawRightString(x + wd - 4, y - 10 - 14 * row, money(r2(vals[i - 1])))
            x += wd
        c.setFont("Helvetica", 6.8)
        c.drawString(30, 40, "Police Pension Fund contributions are made before federal income tax. Sworn members do "
                             "not pay Social Security tax on city wages. Comp time is earned at 1.5 hours per hour.")
        return []

    return Stub(Paper([page], LAND), f.fields, ch.pay_date)


# --- bank statements ------------------------------------------------------------------------------------------


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


def transactions(rng: random.Random, start: dt.date, end: dt.date,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    debits = [("MORTGAGE PMT ONLINE TRANSFER", 0), ("GIANT EAGLE #2231 POS", 1), ("COUNTY WATER AUTH AUTOPAY", 0),
              ("SUNOCO 0447 POS", 1), ("T-MOBILE AUTOPAY", 0), ("CVS/PHARMACY #1188 POS", 1), ("ERIE INS GROUP", 0),
              ("ATM WITHDRAWAL 11 MAIN ST", 1), ("ALDI 61 POS", 1), ("DAYCARE TUITION ACH", 0)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(22, 150) if small else rng.uniform(80, 390))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def civic_cu_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Civic Employees Federal Credit Union: one page for public employees - a member block and a dark STATEMENT
    PERIOD bar, a checking summary in a two-column key / value list, then ONE register with Withdrawals and Deposits
    columns and a running balance, "Balance forward" first and "Closing balance" last."""
    bank = "Civic Employees Federal Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.36, 0.12, 0.16))
        c.setFont("Times-Bold", 17)
        c.drawString(40, 742, "CIVIC EMPLOYEES")
        c.setFont("Times-Roman", 10)
        c.drawString(40, 730, "Federal Credit Union  -  serving public employees since 1954")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 744, "PO Box 4400, Capitol Station")
        c.drawRightString(572, 734, "Member Service (614) 555-0183")
        c.setFont("Helvetica", 9)
        y = 700
        for ln in [holder.upper(), *(a.upper() for a in address)]:
            c.drawString(52, y, ln)
            y -= 11
        c.setFillColor(Color(0.36, 0.12, 0.16))
        c.rect(40, 630, 532, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, 635, f"STATEMENT PERIOD  {mdy(start)}  THROUGH  {mdy(end)}")
        c.drawRightString(566, 635, f"EVERYDAY CHECKING  ACCOUNT NO. ******{acct[-4:]}")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Balance forward", begin), ("Deposits", dep), ("Withdrawals", wd),
                                    ("Closing balance", ending))):
            x = 46 + (i % 2) * 266
            yy = 612 - (i // 2) * 13
            c.drawString(x, yy, k)
            c.drawRightString(x + 250, yy, "$" + money(v))
        rows = [[f"{start:%m/%d}   Balance forward", "", "", money(begin)]]
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            rows.append([f"{d:%m/%d}   {desc}", money(-a) if a < 0 else "", money(a) if a > 0 else "", money(bal)])
        rows.append([f"{end:%m/%d}   Closing balance", "", "", money(ending)])
        ledger(c, 40, 580, [282, 80, 80, 90], ["DATE   DESCRIPTION", "WITHDRAWALS", "DEPOSITS", "BALANCE"], rows,
               size=7.6, row_h=11, head_fill=0.88)
        c.setFont("Helvetica", 6.8)
        c.drawString(40, 60, "Federally insured by NCUA. Dividends on checking are paid on the last day of the month.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)



def keystone_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Keystone Ridge Savings Bank: two pages - a CHECKING SUMMARY table (Beginning Balance, Deposits and
    Additions, Electronic Withdrawals, Ending Balance) beside the address, transactions grouped by kind, and a
    DAILY ENDING BALANCE grid on page 2."""
    bank = "Keystone Ridge Savings Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    deps = [t for t in lines if t[2] > 0]
    wds = [t for t in lines if t[2] < 0]

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.08, 0.3, 0.22))
        c.rect(40, 736, 8, 28, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(56, 750, "KEYSTONE RIDGE")
        c.setFont("Helvetica", 8.5)
        c.drawString(56, 738, "SAVINGS BANK")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 756, f"{long_date(start)} through {long_date(end)}")
        c.drawRightString(572, 746, f"Primary Account: {acct}")
        c.drawRightString(572, 736, f"Page {n} of 2")
        c.setLineWidth(0.8)
        c.line(40, 728, 572, 728)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 700
        for ln in [holder, *address]:
            c.drawString(56, y, ln)
            y -= 11
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(330, 706, "CHECKING SUMMARY")
        rows = [["Beginning Balance", "", "$" + money(begin)],
                ["Deposits and Additions", str(len(deps)), money(r2(sum(t[2] for t in deps)))],
                ["Electronic Withdrawals", str(len(wds)), "-" + money(r2(-sum(t[2] for t in wds)))],
                ["Ending Balance", str(len(lines)), "$" + money(ending)]]
        ledger(c, 330, 702, [130, 40, 72], ["", "INSTANCES", "AMOUNT"], rows, size=7.8, row_h=11, bold_last=True)
        y = 600
        for title, part in (("DEPOSITS AND ADDITIONS", deps), ("ELECTRONIC WITHDRAWALS", wds[:6])):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(40, y, title)
            rows = [[f"{d:%m/%d}   {desc}", money(abs(a))] for d, desc, a in part]
            y = ledger(c, 40, y - 3, [432, 100], ["DATE   DESCRIPTION", "AMOUNT"], rows, size=7.8, row_h=11) - 12
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 708, "ELECTRONIC WITHDRAWALS (continued)")
        rows = [[f"{d:%m/%d}   {desc}", money(abs(a))] for d, desc, a in wds[6:]]
        rows.append(["Total Electronic Withdrawals", money(r2(-sum(t[2] for t in wds)))])
        y = ledger(c, 40, 705, [432, 100], ["DATE   DESCRIPTION", "AMOUNT"], rows, size=7.8, row_h=11,
                   bold_last=True) - 14
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "DAILY ENDING BALANCE")
        bal = begin
        days: dict[dt.date, float] = {}
        for d, _, a in lines:
            bal = r2(bal + a)
            days[d] = bal
        items = sorted(days.items())
        rows = []
        for i in range(0, len(items), 3):
            row = []
            for d, b in items[i:i + 3]:
                row += [f"{d:%m/%d}", money(b)]
            rows.append(row + [""] * (6 - len(row)))
        ledger(c, 40, y - 3, [60, 117, 60, 117, 60, 118], ["DATE", "AMOUNT", "DATE", "AMOUNT", "DATE", "AMOUNT"],
               [[r[0], *r[1:]] for r in rows], size=7.8, row_h=11)
        c.setFont("Helvetica", 6.8)
        c.drawString(40, 60, "Member FDIC. In case of errors or questions about your electronic transfers, call "
                             "(717) 555-0142.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


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


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int, co_signs: bool = True) -> Paper:
    """A typed hardship letter; signed in ink only when it was printed and mailed, scanned or faxed."""

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
            if ink and (i == 0 or co_signs):
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def letterhead(c: Canvas, name: str, sub: str, color: Color) -> None:
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 735, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 722, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, 714, W - 72, 714)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def simple_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re_line: str,
                  paras: Sequence[str], closing: Sequence[str], table: Sequence[tuple[str, str]] = (),
                  after: Sequence[str] = ()) -> Paper:
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
        c.drawString(72, y, re_line)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
        if table:
            c.setLineWidth(0.5)
            top = y + 10
            for k, v in table:
                c.setFont("Times-Roman", 10.5)
                c.drawString(96, y, k)
                c.setFont("Times-Bold", 10.5)
                c.drawString(300, y, v)
                y -= 15
            c.rect(88, y + 8, W - 176, top - y - 6, stroke=1, fill=0)
            y -= 14
        y = paragraphs(c, 72, y, W - 144, after) if after else y
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
        if self.type in ("other", "death_certificate", "obituary"):
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def system_name(upper: str) -> str:
    return " ".join(w if w in ("of",) else w.capitalize() for w in upper.lower().split()).replace("'S", "'s")


def retirement_letter(system: tuple[str, str, Color], member: str, payee: str, address: Sequence[str],
                      date: dt.date, monthly: float, since: dt.date, kind: str, member_no: str) -> Letter:
    """A state retirement system's benefit verification: a service retirement for a retired spouse, or a
    survivor's continuing benefit after a member's death. Taxable, paid monthly."""
    if kind == "service":
        paras = [f"At your request, this letter verifies the monthly retirement benefit paid to {payee}, a retired "
                 f"member of the {system_name(system[0])}. The member retired on {long_date(since)} "
                 "after service with a participating employer.",
                 "The benefit is a lifetime annuity paid on the last business day of each month by direct deposit. "
                 "It is reported on Form 1099-R and is subject to federal income tax."]
        table = [("Retiree", payee), ("Member number", member_no), ("Benefit type", "Service retirement"),
                 ("Gross monthly benefit", "$" + money(monthly)), ("Payment frequency", "Monthly"),
                 ("Federal tax withheld", "Per W-4P election on file")]
        re_line = "Re: Verification of monthly retirement benefit"
    else:
        paras = [f"We are sorry for the loss of {member}. As the named beneficiary under the joint and survivor "
                 f"option the member elected, {payee} will receive a continuing monthly survivor benefit beginning "
                 f"{long_date(since)}.",
                 "The survivor benefit is paid for the beneficiary's lifetime on the last business day of each month "
                 "and is taxable income reported on Form 1099-R."]
        table = [("Deceased member", member), ("Member number", member_no), ("Survivor / payee", payee),
                 ("Benefit type", "Joint and survivor continuance (100%)"),
                 ("Gross monthly survivor benefit", "$" + money(monthly)), ("Payment frequency", "Monthly"),
                 ("First payment", mdy(since))]
        re_line = "Re: Survivor benefit - verification of amount"
    paper = simple_letter(system, date, [payee, *address], re_line, paras,
                          ["Sincerely,", "", "Member Services - Benefit Payments", system_name(system[0])], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def district_hr_letter(district: tuple[str, str, Color], date: dt.date, employee: str, to: Sequence[str],
                       re_line: str, paras: Sequence[str], table: Sequence[tuple[str, str]], signer: Sequence[str],
                       kind: str = "other") -> Letter:
    """A letter from a school district's or agency's human resources office (employment verification, summer
    reasonable assurance, or a notice of transfer)."""
    paper = simple_letter(district, date, [employee, *to], re_line, paras, ["Sincerely,", "", *signer], table)
    return Letter(paper, kind, date)


def death_certificate(state: str, county: str, name: str, died: dt.date, born: dt.date, place: str,
                      spouse: str, residence: str, cause_note: str, filed: dt.date, cert_no: str) -> Letter:
    """A state's certified copy of a certificate of death: numbered boxes in a grid."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 748, f"STATE OF {state.upper()}  -  DEPARTMENT OF HEALTH")
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 730, "CERTIFICATE OF DEATH")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 718, f"State file number {cert_no}  -  CERTIFIED COPY")
        c.setLineWidth(1.2)
        c.rect(46, 300, 520, 408, stroke=1, fill=0)
        c.setLineWidth(0.5)
        boxes = [[("1. DECEDENT'S LEGAL NAME", name, 340), ("2. SEX", "Male", 180)],
                 [("3. DATE OF DEATH", mdy(died), 173), ("4. DATE OF BIRTH", mdy(born), 173),
                  ("5. AGE", str(died.year - born.year - ((died.month, died.day) < (born.month, born.day))), 174)],
                 [("6. PLACE OF DEATH", place, 340), ("7. COUNTY OF DEATH", county, 180)],
                 [("8. RESIDENCE", residence, 520)],
                 [("9. MARITAL STATUS AT TIME OF DEATH", "Married", 260), ("10. SURVIVING SPOUSE", spouse, 260)],
                 [("11. USUAL OCCUPATION", "Highway maintenance supervisor (retired)", 260),
                  ("12. KIND OF BUSINESS", "State government", 260)],
                 [("13. IMMEDIATE CAUSE", cause_note, 520)],
                 [("14. MANNER OF DEATH", "Natural", 173), ("15. DATE FILED", mdy(filed), 173),
                  ("16. LOCAL REGISTRAR", f"{county} County Registrar", 174)]]
        y = 708
        for row in boxes:
            y -= 44
            x = 46.0
            for cap, val, wd in row:
                cap_box(c, x, y, wd, 44, cap, val, cap_size=6.2, val_font=("Courier", 10))
                x += wd
        c.setFont("Times-Italic", 8.5)
        paragraphs(c, 60, 280, 490, [f"I certify that this is a true and correct copy of the official record "
                                     f"filed with the {state} Department of Health, Office of Vital Records."],
                   font="Times-Italic", size=8.5, leading=11)
        c.setFont("Helvetica", 7.5)
        c.drawString(60, 240, "State Registrar of Vital Statistics")
        c.circle(480, 240, 30, stroke=1, fill=0)
        c.setFont("Helvetica", 5.5)
        c.drawCentredString(480, 238, "RAISED SEAL")
        return []

    return Letter(Paper([page]), "death_certificate", filed)


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, "BATCH SEPARATOR")
        c.setFont("Helvetica", 11)
        c.drawString(72, 680, "Mailroom - scan in front of each borrower packet")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, 700, "Fax Transmittal")
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
        c.drawString(72, y - 20, "CONFIDENTIAL: the pages that follow are intended only for the addressee. If you")
        c.drawString(72, y - 32, "received this fax in error, please call the sender and destroy it.")
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
    start: dt.date | None  # None: left blank
    duration: str  # short | long | resolved
    income: dict[str, float]  # household monthly amounts by income code
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_phone: str = ""
    co_email: str = ""
    income_co: dict[str, float] = field(default_factory=dict)  # the co-borrower's share, where a form splits it
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    checking: float = 640.0
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    def part(self, who: str, code: str) -> float:
        co = self.income_co.get(code, 0.0)
        return r2(co if who == "co" else self.income.get(code, 0.0) - co)

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
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
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": money(app.checking)}
    if app.start:
        values["Date_1"] = mdy(app.start)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
        if app.co_phone:
            values.update({"US_Phone_Number_3": app.co_phone, "Checkbox_9": True})
        if app.co_email:
            values["Email_2"] = app.co_email
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


def form710_marks(app: App, ink: bool) -> list[list[Mark]]:
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
    if ink:
        if app.b_dates:
            marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
        if app.co and app.co_signs:
            marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return marks


def form710_screen(app: App) -> bytes:
    """Typed on screen, signed with drawn strokes over the signature field, the date typed."""
    writer = form710_filled(app, type_dates=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for marks in form710_marks(app, ink=False):
        apply_screen_marks(c, marks)
        synth_line(c, centred=True)
        c.showPage()
    c.save()
    overlays = PdfReader(io.BytesIO(buf.getvalue())).pages
    for page, overlay in zip(writer.pages, overlays, strict=True):
        page.merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"by710{app.loan}")


def form710_printed(app: App) -> bytes:
    """Typed, printed (the synthetic line on every sheet), to be signed and dated in ink."""
    writer = form710_filled(app, type_dates=False)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c, centred=True)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    for page in writer.pages:
        page.merge_page(overlay)
    return fixed_pypdf_bytes(writer, "by710ink")


def form710_ink(app: App, style: Scan, seed: int, turns: Sequence[int] = ()) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    return scan_sheets(form710_printed(app), form710_marks(app, ink=True), style, seed, turns)


def form710_photo(app: App, seed: int, turns: Sequence[int] = ()) -> list[ScannedPage]:
    """Typed, printed, signed and dated in ink, and each page photographed with a phone."""
    return photo_sheets(form710_printed(app), form710_marks(app, ink=True), seed, turns)


def form710_texts(app: App) -> list[str]:
    """What the filled Form 710 says, page by page: its printed text, its field values and the hand-written dates."""
    data = form710_printed(app)
    reader = PdfReader(io.BytesIO(data))
    out = []
    marks = form710_marks(app, ink=True)
    for i, page in enumerate(reader.pages):
        values = [str(ref.get_object().get("/V", "")) for ref in page.get("/Annots") or []]
        out.append(" ".join([page.extract_text(), *values, *(m.text for m in marks[i])]))
    return out


OCC_WORDS = {"primary_residence": "Primary residence", "second_home": "Second home",
             "investment_property": "Investment property"}
DUR_WORDS = {"short": "Short-term", "long": "Long-term", "resolved": "Resolved"}
HCMS_HARDSHIP = ("Unemployment", "Reduction in income", "Increase in housing expenses",
                 "Disaster (natural or man-made)", "Disability or serious illness", "Divorce or legal separation",
                 "Separation (unmarried co-owners)",
                 "Death of a borrower or wage earner", "Distant employment transfer / relocation",
                 "Other (describe in row 31)")
HCMS_INCOME = ("Gross wages, salary, overtime, tips, bonuses", "Self-employment income", "Unemployment benefits",
               "Taxable Social Security, pension, disability", "Non-taxable Social Security / disability",
               "Rental income (net of expenses)", "Investment or insurance income",
               "Other (alimony, child support, other)")


def acct(v: float) -> str:
    """A spreadsheet's accounting format: a dash for zero."""
    return money(v) if v else "-"


def sheet_grid(c: Canvas, rows: Sequence[tuple[str, Sequence[str]]], first: int, top: float, file_name: str,
               sheet: str, page: int, pages: int) -> dict[int, float]:
    """A worksheet printed to PDF: the file name as page header, grey column letters A..D and row numbers,
    gridlines, shaded header and section rows, merged title rows, text left and figures right ('>' prefix) or
    centred ('^' prefix) in their cells. Returns each row number's baseline y."""
    x0, rn = 30.0, 22.0
    widths = (214.0, 122.0, 122.0, 82.0)
    xs = [x0 + rn]
    for wd in widths:
        xs.append(xs[-1] + wd)
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(W / 2, 770, file_name)
    c.setLineWidth(0.3)
    c.setFillGray(0.88)
    c.rect(x0, top, xs[-1] - x0, 12, stroke=1, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica", 7.5)
    for i, letter_ in enumerate("ABCD"):
        c.drawCentredString((xs[i] + xs[i + 1]) / 2, top + 3.5, letter_)
    y = top
    out = {}
    for n, (kind, cells) in enumerate(rows):
        h = 26.0 if kind == "tall" else 15.0
        y -= h
        out[first + n] = y
        c.setFillGray(0.88)
        c.rect(x0, y, rn, h, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawCentredString(x0 + rn / 2, y + 4.5, str(first + n))
        fill = {"head": 0.78, "sec": 0.9}.get(kind)
        if fill is not None:
            c.setFillGray(fill)
            c.rect(xs[0], y, xs[-1] - xs[0], h, stroke=0, fill=1)
            c.setFillColor(black)
        if kind in ("title", "note", "sec"):
            c.rect(xs[0], y, xs[-1] - xs[0], h, stroke=1, fill=0)
            font = {"title": ("Helvetica-Bold", 12), "note": ("Helvetica-Oblique", 7.5), "sec": ("Helvetica-Bold", 8)}
            c.setFont(*font[kind])
            c.drawString(xs[0] + 3, y + 4.5, cells[0])
            continue
        for i, text in enumerate(cells):
            c.rect(xs[i], y, widths[i], h, stroke=1, fill=0)
            bold = kind in ("head", "total")
            if text.startswith(">"):
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
                c.drawRightString(xs[i + 1] - 3, y + 4.5, text[1:])
            elif text.startswith("^"):
                c.setFont("Helvetica-Bold", 9)
                c.drawCentredString((xs[i] + xs[i + 1]) / 2, y + 4.5, text[1:])
            elif text:
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
                c.drawString(xs[i] + 3, y + 4.5, text)
    c.setFont("Helvetica", 7.5)
    c.drawString(x0, 40, f"Sheet: {sheet}")
    c.drawRightString(xs[-1], 40, f"Page {page} of {pages}")
    return out


def hcms_workbook(app: App, ink: bool) -> Paper:
    """Halden Crossing Mortgage Servicing's "Borrower Assistance Workbook" (HCMS-XL), a spreadsheet exported to
    PDF: labels in column A, the borrower in column B, the co-borrower in column C, household figures in column D."""
    file_name = "HCMS-XL Borrower Assistance Workbook (rev 2051-01).xlsx"
    co = app.co or ""

    def page1(c: Canvas) -> list[Mark]:
        rows: list[tuple[str, Sequence[str]]] = [
            ("title", ["BORROWER ASSISTANCE WORKBOOK"]),
            ("note", ["Halden Crossing Mortgage Servicing  |  Loss Mitigation  |  PO Box 7731, Madison, WI 53707  |  "
                      "Fax (608) 555-0121"]),
            ("note", ["Fill column B for the borrower and column C for the co-borrower. Column D adds B and C."]),
            ("head", ["Item", "Borrower", "Co-Borrower", "Household"]),
            ("sec", ["1. BORROWERS"]),
            ("data", ["Loan number", app.loan, "", ""]),
            ("data", ["Full legal name", app.borrower, co, ""]),
            ("data", ["SSN - last 4 digits", ">" + app.ssn[-4:], ">" + (app.co_ssn or "")[-4:] if co else "", ""]),
            ("data", ["Phone", app.phone, app.co_phone, ""]),
            ("data", ["E-mail", app.email, app.co_email, ""]),
            ("sec", ["2. PROPERTY"]),
            ("data", ["Property street address", app.street, "", ""]),
            ("data", ["City", app.city, "", ""]),
            ("data", ["State", app.state, "", ""]),
            ("data", ["ZIP code", ">" + app.zip, "", ""]),
            ("data", ["Occupancy (Primary / Second home / Investment)", OCC_WORDS[app.occupancy], "", ""]),
            ("sec", ["3. HARDSHIP"]),
            ("data", ["Date hardship began (mm/dd/yyyy)", ">" + mdy(app.start) if app.start else "", "", ""]),
            ("data", ["Expected duration (Short-term / Long-term / Resolved)", DUR_WORDS[app.duration], "", ""]),
            ("note", ["Hardship type - enter X in column B for every type that applies"]),
        ]
        for h, label in zip(HARDSHIPS, HCMS_HARDSHIP, strict=True):
            rows.append(("data", [label, "^X" if h in app.hardships else "", "", ""]))
        rows.append(("data", ["Describe the other hardship", app.other_text, "", ""]))
        sheet_grid(c, rows, 1, 752, file_name, "Application", 1, 2)
        return []

    def page2(c: Canvas) -> list[Mark]:
        rows: list[tuple[str, Sequence[str]]] = [
            ("head", ["Item", "Borrower", "Co-Borrower", "Household"]),
            ("sec", ["4. MONTHLY GROSS INCOME (before taxes, $)"])]
        for k, label in zip(INCOMES, HCMS_INCOME, strict=True):
            b, cc = app.part("b", k), app.part("co", k)
            rows.append(("data", [label, ">" + acct(b), ">" + acct(cc), ">" + acct(r2(b + cc))]))
        tb = r2(sum(app.part("b", k) for k in INCOMES))
        tc = r2(sum(app.part("co", k) for k in INCOMES))
        rows.append(("total", ["TOTAL MONTHLY INCOME", ">" + acct(tb), ">" + acct(tc), ">" + acct(app.total)]))
        rows += [("sec", ["5. ASSETS (exclude retirement accounts)"]),
                 ("data", ["Checking accounts and cash", ">" + acct(app.checking), "", ">" + acct(app.checking)]),
                 ("data", ["Savings, money market, CDs", ">" + acct(0.0), "", ">" + acct(0.0)]),
                 ("sec", ["6. CERTIFICATION AND SIGNATURES"]),
                 ("note", ["I certify that the information in this workbook is true and that the hardship entered "
                           "contributed to my need for help."]),
                 ("note", ["I agree to send the documents Halden Crossing requests and consent to a credit report "
                           "for each borrower named."]),
                 ("tall", ["Signature", "", "", ""]),
                 ("data", ["Printed name", app.borrower, co, ""]),
                 ("data", ["Date signed (mm/dd/yyyy)",
                           ">" + mdy(app.signed_on) if app.b_dates and not ink else "",
                           ">" + mdy(app.signed_on) if co and app.co_signs and not ink else "", ""])]
        ys = sheet_grid(c, rows, 32, 752, file_name, "Application", 2, 2)
        sig_y, date_y = ys[32 + len(rows) - 3], ys[32 + len(rows) - 1]
        marks = []
        if app.b_signs:
            marks.append(Mark("sig", 272, sig_y + 4, w=80, seed=app.seed))
        if co and app.co_signs:
            marks.append(Mark("sig", 394, sig_y + 4, w=80, seed=app.seed + 1))
        if ink and app.b_dates:
            marks.append(Mark("hand", 310, date_y + 3, mdy(app.signed_on), size=10, seed=app.seed + 7))
        if ink and co and app.co_signs:
            marks.append(Mark("hand", 432, date_y + 3, mdy(app.signed_on), size=10, seed=app.seed + 8))
        return marks

    return Paper([page1, page2])


TPLS_HARDSHIP = ("Unemployment", "Reduced income", "Higher housing costs", "Disaster", "Illness / disability",
                 "Divorce / legal separation", "Separation (not married)", "Death in household",
                 "Job transfer / relocation", "Other:")
TPLS_INCOME = (("Wages, salary,", "overtime, tips,", "bonuses"), ("Self-", "employment", ""),
               ("Unemploy-", "ment", "benefits"), ("Taxable SS,", "pension,", "disability"),
               ("Non-taxable", "SS or", "disability"), ("Rental", "income", "(net)"),
               ("Investment", "or insurance", ""),
               ("Other (support,", "alimony,", "other)"), ("TOTAL", "", ""))
TEAL = Color(0.05, 0.36, 0.4)


def tpls_head(c: Canvas, app: App, page: int) -> None:
    pw, ph = LAND
    c.setFont("Times-Bold", 18)
    c.setFillColor(TEAL)
    c.drawString(30, ph - 46, "THORNBURY POINT")
    c.setFillColor(black)
    c.setFont("Helvetica", 7.5)
    c.drawString(30, ph - 57, "LOAN SERVICING  -  1 Harbor Plaza, Norfolk, VA 23510  -  Fax (757) 555-0168")
    c.setFont("Helvetica-Bold", 15)
    c.drawCentredString(pw / 2 + 70, ph - 46, "MORTGAGE RELIEF REQUEST")
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(pw / 2 + 70, ph - 57, f"Form TPLS-4L (rev. 01/2051)  -  Page {page} of 2")
    c.setLineWidth(0.8)
    c.rect(pw - 170, ph - 62, 140, 32, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 6.5)
    c.drawString(pw - 166, ph - 39, "LOAN NO.")
    c.setFont("Courier-Bold", 12)
    c.drawString(pw - 164, ph - 56, app.loan)
    c.setStrokeColor(TEAL)
    c.setLineWidth(2)
    c.line(30, ph - 70, pw - 30, ph - 70)
    c.setStrokeColor(black)


def card(c: Canvas, x: float, top: float, w: float, h: float, title: str) -> None:
    c.setLineWidth(0.7)
    c.roundRect(x, top - h, w, h, 6, stroke=1, fill=0)
    c.setFillColor(TEAL)
    c.roundRect(x, top - 18, w, 18, 6, stroke=0, fill=1)
    c.rect(x, top - 18, w, 8, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x + 8, top - 13, title)
    c.setFillColor(black)


def field_over(c: Canvas, x: float, y: float, w: float, label: str, value: str) -> None:
    """A small grey label above a typed answer on a rule."""
    c.setFillGray(0.35)
    c.setFont("Helvetica", 6.3)
    c.drawString(x, y + 15, label.upper())
    c.setFillColor(black)
    c.setLineWidth(0.4)
    c.line(x, y - 2, x + w, y - 2)
    size = 9.5
    while size > 6 and stringWidth(value, "Courier", size) > w - 4:
        size -= 0.5
    c.setFont("Courier", size)
    c.drawString(x + 2, y + 1, value)


def tick(c: Canvas, x: float, y: float, on: bool, label: str, size: float = 7.5) -> None:
    c.setLineWidth(0.6)
    c.rect(x, y - 1, 7.5, 7.5, stroke=1, fill=0)
    if on:
        c.setFont("Courier-Bold", 9)
        c.drawString(x + 1, y, "X")
    c.setFont("Helvetica", size)
    c.drawString(x + 11, y, label)


def tpls_form(app: App, ink: bool, employers: tuple[str, str] = ("", "")) -> Paper:
    """Thornbury Point Loan Servicing's two-page LANDSCAPE "Mortgage Relief Request": page 1 four CARDS side by
    side (Borrower, Co-borrower, Property, Hardship) with labels above ruled answers; page 2 the income as a
    TRANSPOSED table - the income types are the COLUMNS and the rows are Borrower, Co-borrower and Household total
    -, assets, the certification and two signature blocks side by side."""
    pw, ph = LAND

    def page1(c: Canvas) -> list[Mark]:
        tpls_head(c, app, 1)
        c.setFont("Helvetica", 8)
        c.drawString(30, ph - 86, "Type or print. Answer every card; check the boxes that apply. Sign page 2. Send "
                                  "with the documents on our checklist.")
        top, cw, gap = ph - 98, 177.0, 6.0
        xs = [30 + i * (cw + gap) for i in range(4)]
        titles = ["A  BORROWER", "B  CO-BORROWER (IF ANY)", "C  PROPERTY", "D  HARDSHIP"]
        for x, t in zip(xs, titles, strict=True):
            card(c, x, top, cw, 440, t)
        people = [(app.borrower, app.ssn[-4:], app.phone, app.email, employers[0]),
                  (app.co or "", (app.co_ssn or "")[-4:] if app.co else "", app.co_phone, app.co_email,
                   employers[1])]
        for x, (nm, ssn, phone, mail, emp) in zip(xs[:2], people, strict=True):
            y = top - 48
            for label, val in (("Full name", nm), ("SSN - last 4 digits", ssn), ("Phone", phone), ("E-mail", mail),
                               ("Employer", emp)):
                field_over(c, x + 8, y, cw - 16, label, val)
                y -= 40
        x = xs[2]
        y = top - 48
        for label, val in (("Street address", app.street), ("City", app.city), ("State", app.state),
                           ("ZIP", app.zip)):
            field_over(c, x + 8, y, cw - 16, label, val)
            y -= 40
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(x + 8, y + 12, "THE PROPERTY IS")
        for i, occ in enumerate(OCCUPANCIES):
            tick(c, x + 8, y - 2 - 13 * i, app.occupancy == occ, OCC_WORDS[occ])
        x = xs[3]
        y = top - 48
        field_over(c, x + 8, y, cw - 16, "Hardship began on (mm/dd/yyyy)", mdy(app.start) if app.start else "")
        y -= 22
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(x + 8, y, "EXPECTED TO LAST")
        for i, (k, lab) in enumerate((("short", "6 months or less"), ("long", "More than 6 months"),
                                      ("resolved", "Already resolved"))):
            tick(c, x + 8, y - 13 - 12 * i, app.duration == k, lab, 7)
        y -= 64
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(x + 8, y, "CAUSE - CHECK ALL THAT APPLY")
        for i, (h, lab) in enumerate(zip(HARDSHIPS, TPLS_HARDSHIP, strict=True)):
            tick(c, x + 8, y - 13 - 13 * i, h in app.hardships, lab, 7)
        c.setFont("Courier", 8)
        c.drawString(x + 50, y - 130, app.other_text[:24])
        return []

    def page2(c: Canvas) -> list[Mark]:
        tpls_head(c, app, 2)
        top = ph - 92
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(TEAL)
        c.drawString(30, top, "E  MONTHLY INCOME BEFORE TAXES (DOLLARS)")
        c.setFillColor(black)
        x0, lw, colw = 30.0, 102.0, 70.0
        c.setFillColor(Color(0.86, 0.93, 0.93))
        c.rect(x0, top - 44, lw + colw * 9, 38, stroke=0, fill=1)
        c.setFillColor(black)
        c.setLineWidth(0.5)
        for i, head in enumerate(TPLS_INCOME):
            cx = x0 + lw + colw * i + colw / 2
            c.setFont("Helvetica-Bold", 6.8)
            for j, ln in enumerate(head):
                c.drawCentredString(cx, top - 16 - 9 * j, ln)
        rows = [("Borrower", [app.part("b", k) for k in INCOMES]),
                ("Co-borrower", [app.part("co", k) for k in INCOMES]),
                ("Household total", [app.income.get(k, 0.0) for k in INCOMES])]
        y = top - 44
        for label, vals in rows:
            y -= 22
            bold = label == "Household total"
            c.rect(x0, y, lw + colw * 9, 22, stroke=1, fill=0)
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
            c.drawString(x0 + 5, y + 8, label)
            for i, v in enumerate([*vals, r2(sum(vals))]):
                cx = x0 + lw + colw * i
                c.line(cx, y, cx, y + 22)
                if v:
                    c.setFont("Courier-Bold" if bold else "Courier", 9)
                    c.drawRightString(cx + colw - 4, y + 8, money(r2(v)))
        c.rect(x0, y, lw + colw * 9, top - 6 - y, stroke=1, fill=0)
        y -= 30
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(TEAL)
        c.drawString(30, y, "F  ASSETS")
        c.setFillColor(black)
        field_over(c, 30, y - 30, 200, "Checking and cash on hand ($)", money(app.checking))
        field_over(c, 250, y - 30, 200, "Savings and money market ($)", "0.00")
        y -= 62
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(TEAL)
        c.drawString(30, y, "G  CERTIFICATION")
        c.setFillColor(black)
        y = paragraphs(c, 30, y - 14, pw - 60, [
            "By signing, I certify that the information in this request is true and complete, that the hardship I "
            "described contributed to my need for mortgage relief, and that I will provide any document Thornbury "
            "Point asks for. I consent to a credit report for every borrower named. Knowingly false statements may "
            "violate federal law."], font="Helvetica", size=8, leading=10.5)
        marks: list[Mark] = []
        people = [("Borrower", app.borrower, app.b_signs, app.b_dates, 0),
                  ("Co-borrower", app.co or "", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for i, (role, nm, signs, dates, k) in enumerate(people):
            x = 30 + i * 372
            by = y - 70
            c.setLineWidth(0.7)
            c.rect(x, by, 360, 58, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 6, by + 49, f"{role.upper()} SIGNATURE")
            c.drawString(x + 250, by + 49, "DATE (MM/DD/YYYY)")
            c.line(x + 6, by + 18, x + 236, by + 18)
            c.line(x + 250, by + 18, x + 352, by + 18)
            c.setFont("Helvetica", 7)
            c.drawString(x + 6, by + 7, f"Printed name: {nm}")
            if signs:
                marks.append(Mark("sig", x + 16, by + 20, w=180, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", x + 254, by + 22, mdy(app.signed_on), size=11, seed=app.seed + 9 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(x + 254, by + 22, mdy(app.signed_on))
        return marks

    return Paper([page1, page2], LAND)


# --- packets -----------------------------------------------------------------------------------------------------


def pdf_texts(data: bytes, marks: Sequence[Sequence[Mark]] = ()) -> list[str]:
    """Each page's text as a reader sees it: the text layer, form field values, and any hand-written strings."""
    out = []
    for i, page in enumerate(PdfReader(io.BytesIO(data)).pages):
        values = [str(ref.get_object().get("/V", "")) for ref in page.get("/Annots") or []]
        hand = [m.text for m in marks[i]] if i < len(marks) else []
        out.append(" ".join([page.extract_text(), *values, *hand]))
    return out


def paper_texts(paper: Paper) -> list[str]:
    return pdf_texts(paper_pdf(paper, screen_marks=False), paper_marks(paper))


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
    texts: list[str] = field(default_factory=list)  # what each page says before it was scanned


Part = tuple[Doc | None, list[ScannedPage]]


def scanned(doc: Doc | None, paper: Paper, style: Scan, seed: int, turns: Sequence[int] = ()) -> Part:
    if doc is not None:
        doc.texts = paper_texts(paper)
    return doc, scan_paper(paper, style, seed, turns)


def photographed(doc: Doc | None, paper: Paper, seed: int, turns: Sequence[int] = ()) -> Part:
    if doc is not None:
        doc.texts = paper_texts(paper)
    return doc, photo_paper(paper, seed, turns)


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
        texts = pdf_texts(data)
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                doc.texts = texts[page - 1:page - 1 + n]
                self.docs.append(doc)
            page += n

    def paper(self, rel: str, doc: Doc, paper: Paper) -> None:
        self.pdf(rel, paper_pdf(paper), (doc, len(paper.pages)))

    def images(self, rel: str, parts: Sequence[Part], style: Scan) -> None:
        """An image-only file: scanned, faxed or photographed sheets, each part a document (None: not listed)."""
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
    required = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
                "income": any(v > 0 for v in app.income.values())}
    out += [f"application_field:{k}" for k, v in required.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(a.date) and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank}
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
    for i, d in enumerate(p.docs, 1):
        docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
                     "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields})
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


# --- the eight packets -------------------------------------------------------------------------------------------


def flat_lines(label: str, amount: float) -> Callable[[random.Random, dt.date], dict[str, tuple[float, float, float]]]:
    return lambda rr, d: {label: (0.0, 0.0, amount)}


TEACHER_LEAVE = (Leave("Sick leave", 12.0, 1.0, (0.0, 0.0, 0.0, 0.5, 1.0)),
                 Leave("Personal leave", 3.0, 0.0, (0.0, 0.0, 0.0, 0.0, 1.0)))


def contract_box(salary: float, installments: int, number: int, paid_months: str, earned: float,
                 paid: float, next_check: str = "") -> dict[str, Any]:
    lines = [("Contract year", "2050-2051"), ("Work year", "10 months - 186 contract days"),
             ("Annual contract salary", money(salary)),
             ("Pay plan", f"{installments} equal installments, {paid_months}"),
             ("This installment", f"{number} of {installments}")]
    if installments == 12:
        lines.append(("Earned but deferred to summer (holdback to date - memo, not paid)", money(r2(earned - paid))))
    elif next_check:
        lines.append(("No pay in July and August. Next contract year's first check", next_check))
    return {"group": f"CERT 10/{installments}", "lines": lines}


def packet_by1(seed: int) -> Packet:
    """Teacher paid over 12 months; a retired state employee's pension; Form 710 on screen; complete."""
    received = dt.date(2051, 3, 14)
    addr = ["2214 Sycamore Bend Drive", "Merrivale, OR 97321"]
    look = Look(("MERRIVALE UNIFIED SCHOOL DISTRICT", "Business Services - Payroll", "1400 Academy Road, Merrivale, "
                 "OR 97321"), "MUSD", Color(0.12, 0.23, 0.42))
    wh = GovWithholding(0.08, 0.058, True, ("PERS member contribution 6%", 0.06),
                        (("Medical - district plan", 212.40), ("Dental", 18.75), ("403(b) annuity", 150.00)),
                        (("Merrivale Education Assn dues", 61.00),), state_label="Oregon Income Tax")
    job = Job("Merrivale Unified School District", "Lorena M. Castellanos", "E-204417", "monthly", wh,
              flat_lines("CONTRACT SALARY", 5700.00), calendar_month, monthly_last_business(range(1, 13)),
              TEACHER_LEAVE, key=seed)
    stubs = []
    for d, n, days in ((dt.date(2051, 1, 31), 5, 103), (dt.date(2051, 2, 28), 6, 121)):
        f = pay_facts(job, d)
        box = contract_box(68400.00, 12, n, "September - August", r2(68400 / 186 * days), 5700.00 * n)
        stubs.append(school_advice(f, look, "Teacher - Grade 4", "Fernhill Elementary", box,
                                   "Willamette Valley Credit Union ****2216"))
    pension = retirement_letter(("STATE EMPLOYEES' RETIREMENT SYSTEM", "State of Oregon  -  PO Box 23700, Salem, OR "
                                 "97309  -  Member Services (503) 555-0171", Color(0.15, 0.3, 0.2)),
                                "Hector R. Castellanos", "Hector R. Castellanos", addr, dt.date(2051, 1, 20),
                                2148.37, dt.date(2048, 7, 1), "service", "SERS-0448213")
    app = App("5108823746", "Lorena M. Castellanos", "941-27-6618", "2214 Sycamore Bend Drive", "Merrivale", "OR",
              "97321", "(541) 555-0147", "lcastellanos@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2050, 9, 1), "long", {"wages": 5700.00, "benefits_taxable": 2148.37}, dt.date(2051, 3, 9),
              co="Hector R. Castellanos", co_ssn="941-55-0392", co_phone="(541) 555-0162", seed=seed + 11)
    p = Packet("by1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Castellanos Form 710 signed.pdf", form710_screen(app), (app_doc(), 4))
    for s, nm in zip(stubs, ("January", "February"), strict=True):
        p.paper(f"{folder}/MUSD pay statement {nm} 2051.pdf", stub_doc(s), s.paper)
    p.images(f"{folder}/IMG_20510311_184522.pdf", [photographed(letter_doc(pension), pension.paper, seed + 101)],
             Scan())
    voe = district_hr_letter(("MERRIVALE UNIFIED SCHOOL DISTRICT", "Human Resources  -  1400 Academy Road, "
                              "Merrivale, OR 97321  -  (541) 555-0100", look.color), dt.date(2051, 3, 3),
                             "Lorena M. Castellanos", addr, "Re: Verification of employment", [
        "At the employee's request, we confirm that Lorena M. Castellanos has been employed by the Merrivale Unified "
        "School District as a certificated teacher since August 21, 2037, and holds a continuing contract.",
        "Teachers work a 10-month, 186-day year. Ms. Castellanos elected to receive her salary in twelve equal "
        "monthly installments, so part of each month's earnings is held back and paid in July and August.",
        "Her extra-duty stipend as after-school program coordinator ended with the 2049-2050 school year when the "
        "program lost its grant."],
        [("Position", "Teacher - Grade 4, Fernhill Elementary"), ("Status", "Full-time, continuing contract"),
         ("2050-2051 contract salary", "$68,400.00"), ("Pay plan", "12 monthly installments")],
        ["Human Resources Specialist", "Merrivale Unified School District"])
    p.paper(f"{folder}/Employment verification.pdf", letter_doc(voe), voe.paper)
    on = dt.date(2051, 3, 9)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Fannie Mae loan servicer", [
        "Until last June I was paid an extra $640 a month to run the after-school program at my school. The grant "
        "that paid for the program ended and the district did not renew it, so since September my pay is my "
        "contract salary only.",
        "My husband retired from the state highway department and his pension has not changed, but together we are "
        "short every month. We would like a modification that brings the payment in line with our income."],
        ink=False, seed=seed)
    p.paper(f"{folder}/hardship letter.pdf", hardship_doc(on), hl)
    return p


def packet_by2(seed: int) -> Packet:
    """Teacher paid over 10 months: only June's stubs at hand in October - stale; spreadsheet form; incomplete."""
    received = dt.date(2051, 10, 10)
    addr = ["87 Quail Run Lane", "Tolland Creek, CT 06084"]
    look = Look(("TOLLAND CREEK PUBLIC SCHOOLS", "Office of the Business Manager - Payroll", "25 Schoolhouse Road, "
                 "Tolland Creek, CT 06084"), "TCPS", Color(0.42, 0.12, 0.12))
    wh = GovWithholding(0.09, 0.05, False, ("Teachers' Retirement Board 7%", 0.07),
                        (("Health - PPO", 176.30),), (("Tolland Creek Education Assn", 58.00),),
                        state_label="CT Income Tax")
    job = Job("Tolland Creek Public Schools", "Yolanda C. Brightwater", "100388", "monthly", wh,
              flat_lines("CONTRACT SALARY", 6185.00), calendar_month,
              monthly_last_business((1, 2, 3, 4, 5, 6, 9, 10, 11, 12)), TEACHER_LEAVE, key=seed)
    stubs = []
    for d, n in ((dt.date(2051, 5, 31), 9), (dt.date(2051, 6, 30), 10)):
        box = contract_box(61850.00, 10, n, "September - June", 0.0, 0.0, "09/29/2051")
        stubs.append(school_advice(pay_facts(job, d), look, "Teacher - Mathematics", "Tolland Creek Middle School",
                                   box, "Nutmeg State Bank ****7730"))
    app = App("0637154298", "Yolanda C. Brightwater", "967-40-2281", "87 Quail Run Lane", "Tolland Creek", "CT",
              "06084", "(860) 555-0139", "ybrightwater@example.org", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2051, 7, 1), "long", {"wages": 6185.00},
              dt.date(2051, 10, 2), checking=1210.0, seed=seed + 21)
    p = Packet("by2", received, app, ["income_doc:wages"])
    loan = app.loan
    p.paper(f"{loan}_assistance_workbook.pdf", app_doc(), hcms_workbook(app, ink=False))
    style = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0005)
    p.images(f"{loan}_paystub_may.pdf", [scanned(stub_doc(stubs[0]), stubs[0].paper, style, seed + 201)], style)
    p.images(f"{loan}_paystub_june.pdf", [scanned(stub_doc(stubs[1]), stubs[1].paper, style, seed + 202, [180])],
             style)
    ra = district_hr_letter(("TOLLAND CREEK PUBLIC SCHOOLS", "Human Resources  -  25 Schoolhouse Road, Tolland "
                             "Creek, CT 06084", look.color), dt.date(2051, 5, 26), "Yolanda C. Brightwater", addr,
                            "Re: Reasonable assurance of employment for the 2051-2052 school year", [
        "This letter gives you reasonable assurance that you will be employed by Tolland Creek Public Schools as a "
        "teacher in the 2051-2052 school year, which begins for teachers on August 28, 2051.",
        "Your 2050-2051 salary is paid in ten installments, the last on June 30, 2051. No salary is paid in July or "
        "August. Your 2051-2052 salary will be paid in ten installments beginning September 29, 2051.",
        "This letter is not a contract and does not state a salary for the coming year."],
        [("Position", "Teacher - Mathematics"), ("School", "Tolland Creek Middle School"),
         ("2051-2052 start date", "08/28/2051")], ["Director of Human Resources", "Tolland Creek Public Schools"])
    p.paper(f"{loan}_district_letter.pdf", letter_doc(ra), ra.paper)
    on = dt.date(2051, 10, 2)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Halden Crossing Mortgage Servicing", [
        "In July my condominium association levied a special assessment of $9,600 for the roof and siding, payable "
        "at $400 a month for two years, and my escrow payment went up with the new tax assessment at the same time.",
        "I teach full time and I am paid over ten months, so the summer was very tight and I fell behind on the "
        "mortgage in August. I am asking for a modification so I can catch up."], ink=False, seed=seed)
    p.paper(f"{loan}_hardship.pdf", hardship_doc(on), hl)
    return p



OHIO_NURSE_LEAVE = (Leave("PTO bank", 118.0, 6.15, (0.0, 0.0, 8.0, 12.0)), Leave("Extended sick", 236.0, 2.31, (0.0,)),
                    Leave("Holiday bank", 16.0, 0.0, (0.0, 0.0, 8.0)))


def nurse_job(employer: str, name: str, emp_id: str, rate: float, base: float, anchor: dt.date,
              retro: dict[dt.date, tuple[str, float]], seed: int) -> Job:
    wh = GovWithholding(0.09, 0.03, False, ("OPERS member contribution 10%", 0.10),
                        (("457(b) deferred comp", 100.00), ("Medical - county plan", 118.00)),
                        (("SEIU 1199 dues", 39.00),), state_label="Ohio Income Tax")
    return Job(employer, name, emp_id, "biweekly", wh, hospital_lines(rate, base, retro), biweekly_period(6),
               biweekly_fridays(anchor), OHIO_NURSE_LEAVE, key=seed)


OFF_BY3 = (dt.date(2051, 2, 20), dt.date(2051, 4, 9))  # the operator's back surgery: off work


def packet_by3(seed: int) -> Packet:
    """A bus operator and a county-hospital nurse; the landscape form typed on screen; complete."""
    received = dt.date(2051, 5, 19)
    addr = ["415 Linden Terrace", "Harrow Falls, OH 44221"]
    period = biweekly_period(6)
    twh = GovWithholding(0.085, 0.032, False, ("OPERS member contribution 10%", 0.10),
                         (("Medical - PPO", 96.50), ("457(b) deferred comp", 50.00)), (("ATU Local 1298 dues", 48.20),),
                         state_label="Ohio Income Tax")
    tjob = Job("Tri-County Regional Transit Authority", "Marcus O. Fairweather", "40718", "biweekly", twh,
               transit_lines("40718", seed, 29.84, period, OFF_BY3, 10), period,
               biweekly_fridays(dt.date(2051, 5, 12)),
               (Leave("Vacation", 96.0, 5.54, (0.0, 0.0, 8.0)), Leave("Sick", 74.0, 3.69, line="SICK LEAVE"),
                Leave("Personal", 16.0, 0.0, (0.0, 0.0, 0.0, 8.0)), Leave("Floating holiday", 8.0, 0.0, (0.0,))),
               key=seed)
    tlook = Look(("TRI-COUNTY REGIONAL TRANSIT AUTHORITY", "Payroll Department  -  1 Transit Center Plaza, Harrow "
                  "Falls, OH 44221", "Questions: payroll@tcrta.example  -  (330) 555-0110"), "TCRTA",
                 Color(0.55, 0.27, 0.05))
    tstubs = [transit_stub(pay_facts(tjob, d), tlook, "Hilltop Garage - Division 3", "Bus Operator (Full-time)",
                           OFF_BY3) for d in (dt.date(2051, 4, 28), dt.date(2051, 5, 12))]
    njob = nurse_job("Harrow County Medical Center", "Nadia L. Fairweather", "0081527", 41.62, 72.0,
                     dt.date(2051, 5, 5), {dt.date(2051, 5, 5): ("RETRO PAY - 2.5% COLA 01/01-03/25/2051", 612.38)},
                     seed)
    nlook = Look(("HARROW COUNTY MEDICAL CENTER", "Harrow County, Ohio", "2900 Hospital Drive, Harrow Falls, OH 44223"),
                 "HC", Color(0.1, 0.33, 0.45))
    nstub = county_hospital_stub(pay_facts(njob, dt.date(2051, 5, 5)), nlook, "5 East Telemetry", "Registered Nurse II",
                                 "0.90")
    app = App("7720459183", "Marcus O. Fairweather", "952-18-7740", "415 Linden Terrace", "Harrow Falls", "OH", "44221",
              "(330) 555-0194", "mfairweather@example.com", "primary_residence",
              ["disability_or_illness", "reduction_in_income"], dt.date(2051, 2, 20), "short",
              {"wages": r2(tstubs[1].monthly + 6712.00)}, dt.date(2051, 5, 15), co="Nadia L. Fairweather",
              co_ssn="952-63-1108", co_phone="(330) 555-0127", co_email="nadia.fairweather@example.com",
              income_co={"wages": 6712.00}, checking=935.0, seed=seed + 31)
    p = Packet("by3", received, app, [])
    pre = f"Fairweather - {app.loan} - "
    p.paper(pre + "relief request.pdf", app_doc(), tpls_form(app, ink=False, employers=(tjob.employer, njob.employer)))
    for s in tstubs:
        p.paper(pre + f"Marcus paystub {s.date:%m-%d}.pdf", stub_doc(s), s.paper)
    p.images(pre + "Nadia paystub.pdf", [photographed(stub_doc(nstub), nstub.paper, seed + 301)], Scan())
    on = dt.date(2051, 5, 15)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Thornbury Point Loan Servicing", [
        "On February 20 I had surgery on my lower back and could not drive a bus for seven weeks. My sick leave "
        "ran out after two weeks and the rest of the time was unpaid, so our income dropped by almost half while "
        "the bills for the surgery came in.",
        "I went back to my runs on April 10 and my wife works full time as a nurse at the county hospital. "
        "We fell three payments behind and ask for a modification or a plan to catch up."], ink=False, seed=seed)
    p.paper(pre + "hardship letter.pdf", hardship_doc(on), hl)
    return p


def packet_by4(seed: int) -> Packet:
    """A police sergeant's landscape stubs inside a portrait scan; Form 710 in ink; the co-borrower did not sign."""
    received = dt.date(2051, 6, 20)
    addr = ["1108 Birchwood Court", "Port Ellery, MI 49441"]
    period = biweekly_period(6)
    slips = police_slips("2207", seed, period)
    wh = GovWithholding(0.11, 0.0425, False, ("Police Pension Fund 9.5%", 0.095),
                        (("Health plan - PPO", 142.00), ("457 deferred comp", 75.00)),
                        (("FOP Lodge 131 dues", 32.50), ("Supplemental life", 8.40)), state_label="Michigan Tax")
    job = Job("City of Port Ellery", "Owen P. Kasprzak", "2207", "biweekly", wh, police_lines(44.36, slips), period,
              biweekly_fridays(dt.date(2051, 6, 16)),
              (Leave("Comp time", 31.5, 0.0, (0.0, 0.0, 4.0)), Leave("Holiday", 0.0, 3.69, (0.0,)),
               Leave("Vacation", 120.0, 6.15, (0.0, 0.0, 0.0, 10.0)), Leave("Sick", 80.0, 3.69, (0.0, 0.0, 10.0))),
              key=seed)
    look = Look(("CITY OF PORT ELLERY", "Finance Department - Payroll Division", "Police Department",
                 "400 Lakeshore Drive, Port Ellery, MI 49441"), "CPE", Color(0.08, 0.16, 0.36))
    stubs = [police_stub(pay_facts(job, d), look, "Sergeant", "Patrol Division - 3rd shift", slips)
             for d in (dt.date(2051, 6, 2), dt.date(2051, 6, 16))]
    app = App("3390176521", "Owen P. Kasprzak", "973-06-4412", "1108 Birchwood Court", "Port Ellery", "MI", "49441",
              "(231) 555-0176", "okasprzak@example.net", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2051, 1, 1), "long", {"wages": 7689.07}, dt.date(2051, 6, 12), co="Renee A. Kasprzak",
              co_ssn="973-41-5590", co_signs=False, checking=1480.0, seed=seed + 41)
    p = Packet("by4", received, app, ["application_signature"])
    style = Scan(dpi=300, tilt=0.25, blur=0.65, noise=0.0004)
    on = dt.date(2051, 6, 12)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Fannie Mae loan servicer", [
        "This year the city reassessed our neighborhood and our property taxes went up by $2,900. Our homeowner's "
        "insurance renewed at almost twice last year's premium after the spring storms, and the escrow shortage "
        "raised our payment by $486 a month in January.",
        "My base pay as a sergeant has not changed and overtime is not something we can count on. My wife stays "
        "home with our two young children. We want to keep our home and ask for a modification."],
        ink=True, seed=seed + 4)
    doc = app_doc()
    doc.texts = form710_texts(app)
    p.images("ScanPacket_0620_0833.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 400)),
        (doc, form710_ink(app, style, seed + 401)),
        scanned(stub_doc(stubs[0]), stubs[0].paper, style, seed + 402),
        scanned(stub_doc(stubs[1]), stubs[1].paper, style, seed + 403, [180]),
        scanned(hardship_doc(on), hl, style, seed + 404)], style)
    return p


def county_lines(rate: float, standby: float, extra: Callable[[dt.date], dict[str, tuple[float, float, float]]]
                 ) -> Callable[[random.Random, dt.date], dict[str, tuple[float, float, float]]]:
    """A county employee's check: regular hours, some overtime, standby days, and any lines `extra` adds."""

    def lines(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        add = extra(d)
        leave = sum(v[0] for v in add.values())
        reg = 80.0 - leave
        out = {"REGULAR": (reg, rate, r2(reg * rate))}
        ot = rr.choice([0.0, 0.0, 4.0, 6.5, 10.0])
        out["OVERTIME 1.5X"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        days = rr.choice([0.0, 0.0, 7.0]) if standby else 0.0
        out["STANDBY PAY"] = (days, standby, r2(days * standby))
        out.update(add)
        return {k: v for k, v in out.items() if v[2]}

    return lines


def packet_by5(seed: int) -> Packet:
    """A state worker's ADVICE OF DEPOSIT with a retro line and a county road worker's statement; the state moved
    her headquarters (HR notice); the spreadsheet form in ink, all faxed; complete."""
    received = dt.date(2051, 7, 24)
    addr = ["63 Pinecrest Avenue", "Baraboo, WI 53913"]
    swh = GovWithholding(0.09, 0.053, True, ("WRS employee contribution 6.9%", 0.069),
                         (("State group health", 118.20), ("Deferred comp 457", 60.00)),
                         (("Supplemental life", 9.75), ("AFSCME Council 32 dues", 27.40)),
                         (("WRS employer contribution", 0.069), ("Health insurance - state share", 0.26)),
                         state_label="Wisconsin Income Tax")

    def state_lines(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        out = {"REGULAR SALARY": (86.67, 0.0, 2437.50), "LONGEVITY PAY": (0.0, 0.0, 25.00)}
        if d == dt.date(2051, 7, 7):
            out["RETRO PAY - PAY PLAN ADJ 01/01-06/15/2051"] = (0.0, 0.0, 182.40)
        return out

    sjob = Job("State of Wisconsin", "Gwendolyn T. Marsh", "00418836", "semimonthly", swh, state_lines,
               semimonthly_arrears_period, semimonthly_arrears,
               (Leave("Vacation", 104.0, 5.0), Leave("Sick leave", 212.0, 5.0, (0.0, 0.0, 0.0, 4.0)),
                Leave("Personal holiday", 36.0, 0.0, (0.0, 0.0, 0.0, 0.0, 8.0)), Leave("Comp time", 6.5, 0.0, (0.0,))),
               key=seed)
    slook = Look(("STATE OF WISCONSIN", "Department of Administration - State Central Payroll",
                  "101 East Wilson Street, Madison, WI 53703"), "WI", Color(0.1, 0.2, 0.45))
    sstub = advice_of_deposit(pay_facts(sjob, dt.date(2051, 7, 7)), slook, "Dept of Natural Resources",
                              "Environmental Specialist - Sr", "Badger Civic Credit Union", "5512093317")
    cwh = GovWithholding(0.08, 0.05, True, ("WRS employee contribution 6.9%", 0.069), (("County health plan", 164.00),),
                         (("Teamsters Local 695 dues", 41.00),), state_label="Wisconsin Income Tax")
    cjob = Job("Kettle Ridge County", "Curtis B. Marsh", "K-10447", "biweekly", cwh,
               county_lines(27.15, 25.0, lambda d: {}), biweekly_period(6), biweekly_fridays(dt.date(2051, 7, 14)),
               (Leave("Vacation", 88.0, 4.62), Leave("Sick", 140.0, 3.69, (0.0, 0.0, 8.0)),
                Leave("Comp time", 12.0, 0.0, (0.0,))), key=seed)
    clook = Look(("KETTLE RIDGE COUNTY", "Finance Department - Payroll", "600 Courthouse Square, Baraboo, WI 53913"),
                 "KRC", Color(0.3, 0.3, 0.1))
    cstub = county_hospital_stub(pay_facts(cjob, dt.date(2051, 7, 14)), clook, "Highway Department",
                                 "Equipment Operator II", "1.00")
    hr = district_hr_letter(("STATE OF WISCONSIN - DEPARTMENT OF NATURAL RESOURCES", "Bureau of Human Resources  -  "
                             "101 South Webster Street, Madison, WI 53707", Color(0.1, 0.2, 0.45)),
                            dt.date(2051, 5, 30), "Gwendolyn T. Marsh", addr,
                            "Re: Notice of change in headquarters location", [
        "This notice confirms that the headquarters of your position, Environmental Specialist - Senior, will move "
        "from the Baraboo Service Center to the Superior Service Center, 1701 North 4th Street, Superior, effective "
        "July 1, 2051. The Baraboo Service Center closes on June 30, 2051 under the department's facilities plan.",
        "Your classification, pay and seniority do not change. As provided in the state relocation policy, the "
        "department will reimburse documented moving and temporary lodging expenses up to $5,000.00."],
        [("Employee", "Gwendolyn T. Marsh"), ("Current headquarters", "Baraboo Service Center"),
         ("New headquarters", "Superior Service Center"), ("Effective date", "07/01/2051"),
         ("Relocation assistance", "up to $5,000.00")],
        ["Human Resources Manager", "Department of Natural Resources"], kind="employer_relocation_letter")
    app = App("4456021870", "Gwendolyn T. Marsh", "988-32-1067", "63 Pinecrest Avenue", "Baraboo", "WI", "53913",
              "(608) 555-0158", "gtmarsh@example.com", "primary_residence", ["relocation"], dt.date(2051, 7, 1),
              "long", {"wages": 9631.00}, dt.date(2051, 7, 20), co="Curtis B. Marsh", co_ssn="988-70-2254",
              co_phone="(608) 555-0113", income_co={"wages": 4706.00}, checking=2240.0, seed=seed + 51)
    p = Packet("by5", received, app, [])
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True)
    on = dt.date(2051, 7, 20)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Halden Crossing Mortgage Servicing", [
        "On July 1 the state moved my office from Baraboo to Superior, more than 300 miles away. My husband works "
        "for the county highway department here, so I now rent a room in Superior during the week and drive home "
        "on weekends, and we are paying for two places to live.",
        "We plan to sell the house and move together next year. Until then we ask for a lower payment or a "
        "forbearance so we do not fall further behind."], ink=True, seed=seed + 5)
    cover = fax_cover("Baraboo Public Library", "(608) 555-0199", "Halden Crossing Mortgage Servicing",
                      "(608) 555-0121", received, 8, f"Loan {app.loan} - Marsh workbook and papers")
    p.images("FAX_6085550199_20510724_0912.pdf", [
        (None, scan_paper(cover, style, seed + 500)),
        scanned(app_doc(), hcms_workbook(app, ink=True), style, seed + 501),
        scanned(stub_doc(sstub), sstub.paper, style, seed + 502),
        scanned(stub_doc(cstub), cstub.paper, style, seed + 503),
        scanned(letter_doc(hr), hr.paper, style, seed + 504),
        scanned(hardship_doc(on), hl, style, seed + 505)], style)
    return p


def packet_by6(seed: int) -> Packet:
    """A county-hospital nurse after a separation; the landscape form in ink, page 2 scanned sideways; child
    support shown by two credit-union statements; no decree or deed - incomplete."""
    received = dt.date(2051, 8, 21)
    rng = random.Random(seed * 1000 + 6)
    addr = ["39 Meadowlark Circle", "Harrow Falls, OH 44223"]
    job = nurse_job("Bellmont County Hospital", "Ingrid S. Holloway", "0120934", 38.90, 64.0, dt.date(2051, 8, 18),
                    {dt.date(2051, 8, 4): ("RETRO PAY - STEP INCREASE 05/21-07/15/2051", 286.16)}, seed + 6)
    look = Look(("BELLMONT COUNTY HOSPITAL", "Bellmont County, Ohio", "1200 Memorial Parkway, Harrow Falls, OH 44223"),
                "BCH", Color(0.35, 0.15, 0.4))
    stubs = [county_hospital_stub(pay_facts(job, d), look, "Labor and Delivery", "Registered Nurse I", "0.80")
             for d in (dt.date(2051, 8, 4), dt.date(2051, 8, 18))]
    nets = {ch.pay_date: job.wh.net(ch.gross) for ch in job.checks(dt.date(2051, 8, 18))}

    def credits(month: int) -> list[tuple[int, str, float]]:
        out = [(d.day, "BELLMONT CO HOSP PAYROLL DD", v) for d, v in nets.items() if d.month == month]
        return [*out, (2, "OHIO CSPC CHILD SUPPORT", 320.00), (16, "OHIO CSPC CHILD SUPPORT", 320.00)]

    acct_no = "70022318846"
    s1 = civic_cu_statement(rng, "Ingrid S. Holloway", addr, acct_no, 2051, 6, 1184.27, credits(6))
    s2 = civic_cu_statement(rng, "Ingrid S. Holloway", addr, acct_no, 2051, 7, s1.fields["ending_balance"],
                            credits(7))
    app = App("2281904457", "Ingrid S. Holloway", "915-84-3306", "39 Meadowlark Circle", "Harrow Falls", "OH",
              "44223", "(330) 555-0185", "iholloway@example.net", "primary_residence", ["divorce_or_separation"],
              dt.date(2051, 3, 15), "long", {"wages": 5650.00, "other": 640.00}, dt.date(2051, 8, 14),
              checking=410.0, seed=seed + 61)
    p = Packet("by6", received, app, ["hardship_doc:divorce_or_separation"])
    style = Scan(dpi=240, tilt=0.45, blur=0.55, noise=0.0005)
    folder = app.loan
    p.images(f"{folder}/SCN_0417.pdf", [scanned(app_doc(), tpls_form(app, ink=True, employers=(job.employer, "")),
                                                style, seed + 601, [0, 90])], style)
    for i, s in enumerate(stubs):
        p.images(f"{folder}/SCN_{418 + i:04d}.pdf", [scanned(stub_doc(s), s.paper, style, seed + 602 + i)], style)
    on = dt.date(2051, 8, 14)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Thornbury Point Loan Servicing", [
        "My husband and I separated in March and he moved out of state. Our divorce is not final yet; the court "
        "has ordered temporary child support of $640 a month, which the state pays to me twice a month.",
        "I work part time as a labor and delivery nurse at the county hospital and cannot add shifts while the "
        "children are small. I want to keep the house for them and ask for a modification I can afford alone."],
        ink=True, seed=seed + 6)
    p.images(f"{folder}/SCN_0420.pdf", [scanned(hardship_doc(on), hl, style, seed + 604)], style)
    p.paper(f"{folder}/eStatement_2051-06.pdf", stmt_doc(s1), s1.paper)
    p.paper(f"{folder}/eStatement_2051-07.pdf", stmt_doc(s2), s2.paper)
    return p


def packet_by7(seed: int) -> Packet:
    """A county clerk's ADVICE OF DEPOSIT, his late wife's survivor benefit from the state retirement system and
    her death certificate; Form 710 printed, signed in ink and photographed with a phone; complete."""
    received = dt.date(2051, 10, 23)
    addr = ["702 Hollis Street", "Grand Ashby, MN 55744"]
    died = dt.date(2051, 6, 11)

    def bereavement(d: dt.date) -> dict[str, tuple[float, float, float]]:
        return {"BEREAVEMENT LEAVE": (24.0, 26.40, r2(24 * 26.40))} if d == dt.date(2051, 6, 30) else {}

    wh = GovWithholding(0.08, 0.0535, True, ("PERA coordinated plan 6.5%", 0.065),
                        (("County health - single", 98.60), ("HSA contribution", 40.00)),
                        (("AFSCME Local 66 dues", 36.10),),
                        (("PERA employer contribution 7.5%", 0.075), ("Health insurance - county share", 0.22)),
                        state_label="Minnesota Income Tax")
    job = Job("Norland County", "Patrick E. Lindqvist", "NC-3318", "biweekly", wh, county_lines(26.40, 0.0,
              bereavement), biweekly_period(6), biweekly_fridays(dt.date(2051, 10, 20)),
              (Leave("Vacation", 112.0, 5.54, (0.0, 0.0, 0.0, 8.0)), Leave("Sick", 186.0, 3.69, (0.0, 0.0, 4.0)),
               Leave("Bereavement", 24.0, 0.0, line="BEREAVEMENT LEAVE"), Leave("Comp time", 9.0, 0.0, (0.0,))),
              key=seed)
    look = Look(("NORLAND COUNTY", "Auditor-Treasurer - Payroll and Benefits",
                 "300 Second Avenue North, Grand Ashby, MN 55744"), "NC", Color(0.12, 0.35, 0.2))
    stubs = [advice_of_deposit(pay_facts(job, d), look, "Auditor-Treasurer's Office", "Property Records Specialist",
                               "North Shore Community Credit Union", "880172405") for d in
             (dt.date(2051, 10, 6), dt.date(2051, 10, 20))]
    surv = retirement_letter(("STATE EMPLOYEES' RETIREMENT SYSTEM", "State of Minnesota  -  60 Empire Drive, "
                              "Suite 300, St. Paul, MN 55103  -  (651) 555-0126", Color(0.35, 0.1, 0.15)),
                             "Marit J. Lindqvist", "Patrick E. Lindqvist", addr, dt.date(2051, 8, 15), 1874.22,
                             dt.date(2051, 7, 31), "survivor", "MSRS-2207719")
    cert = death_certificate("Minnesota", "Norland", "Marit J. Lindqvist", died, dt.date(1986, 3, 2),
                             "Norland Community Hospital, Grand Ashby", "Patrick E. Lindqvist",
                             "702 Hollis Street, Grand Ashby, MN 55744",
                             "Metastatic carcinoma (certified by attending physician)", dt.date(2051, 6, 16),
                             "2051-MN-014772")
    app = App("8015327764", "Patrick E. Lindqvist", "926-51-7738", "702 Hollis Street", "Grand Ashby", "MN", "55744",
              "(218) 555-0149", "pelindqvist@example.com", "primary_residence", ["death"], died, "long",
              {"wages": 4576.00, "benefits_taxable": 1874.22}, dt.date(2051, 10, 17), checking=1365.0, seed=seed + 71)
    p = Packet("by7", received, app, [])
    loan = app.loan
    doc = app_doc()
    doc.texts = form710_texts(app)
    p.images(f"{loan} IMG_5012.pdf", [(doc, form710_photo(app, seed + 701, [0, 0, 90, 0]))], Scan())
    for s in stubs:
        p.paper(f"{loan} advice {s.date:%m-%d}.pdf", stub_doc(s), s.paper)
    style = Scan(dpi=200, tilt=0.35, blur=0.5, noise=0.0006)
    p.images(f"{loan} survivor benefit.pdf", [scanned(letter_doc(surv), surv.paper, style, seed + 702)], style)
    p.images(f"{loan} IMG_5019.pdf", [photographed(letter_doc(cert), cert.paper, seed + 703)], Scan())
    on = dt.date(2051, 10, 17)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Fannie Mae loan servicer", [
        "My wife Marit died on June 11 after a long illness. She was retired from the state highway department and "
        "her pension paid half of our bills. I now receive a survivor benefit from her pension, which is less than "
        "her full pension, and I work for the county.",
        "Her illness left us with medical bills and I fell behind on the mortgage over the summer. I want to keep "
        "our home and I ask to be considered for a modification."], ink=False, seed=seed)
    p.paper(f"{loan} letter.pdf", hardship_doc(on), hl)
    return p


def packet_by8(seed: int) -> Packet:
    """A state transportation worker who rents out the other half of her duplex: two statements show the rent,
    but no IRS Form 4506-C came; the landscape form photographed; one stub scanned sideways; incomplete."""
    received = dt.date(2051, 12, 4)
    rng = random.Random(seed * 1000 + 8)
    addr = ["1520 Ferncliff Avenue", "Harrisburg, PA 17104"]
    wh = GovWithholding(0.085, 0.0307, True, ("SERS member contribution 6.25%", 0.0625),
                        (("PEBTF health contribution", 92.60),), (("AFSCME Council 13 dues", 33.85),),
                        (("SERS employer contribution", 0.32), ("PEBTF employer share", 0.21)),
                        state_label="PA Income Tax")

    def lines(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        out = {"REGULAR SALARY": (75.0, 0.0, 2266.50)}
        if d.month in (1, 2, 3, 11, 12):
            ot = rr.choice([0.0, 6.0, 12.0])
            out["WINTER OPS OVERTIME 1.5X"] = (ot, 45.33, r2(ot * 45.33))
        return {k: v for k, v in out.items() if v[2]}

    job = Job("Commonwealth of Pennsylvania", "Renata J. Szymanski", "00731958", "semimonthly", wh, lines,
              semimonthly_arrears_period, semimonthly_arrears,
              (Leave("Annual leave", 88.0, 5.63, (0.0, 0.0, 7.5)), Leave("Sick leave", 140.0, 3.38, (0.0, 0.0, 7.5)),
               Leave("Personal leave", 15.0, 0.0, (0.0, 0.0, 0.0, 7.5)), Leave("Comp time", 4.0, 0.0, (0.0,))),
              key=seed)
    look = Look(("COMMONWEALTH OF PENNSYLVANIA", "Office of Administration - Bureau of Commonwealth Payroll Operations",
                 "555 Walnut Street, Harrisburg, PA 17101"), "PA", Color(0.1, 0.22, 0.4))
    stubs = [advice_of_deposit(pay_facts(job, d), look, "Dept of Transportation", "Transportation Planning Spec 2",
                               "Keystone Ridge Savings Bank", "4410029937") for d in
             (dt.date(2051, 11, 7), dt.date(2051, 11, 22))]
    nets = {ch.pay_date: job.wh.net(ch.gross) for ch in job.checks(dt.date(2051, 11, 22))}

    def credits(month: int) -> list[tuple[int, str, float]]:
        out = [(d.day, "COMMONWEALTH OF PA PAYROLL", v) for d, v in nets.items() if d.month == month]
        return [*out, (3, "MOBILE DEPOSIT - RENT UNIT B", 1250.00)]

    s1 = keystone_statement(rng, "Renata J. Szymanski", addr, "4410029937", 2051, 10, 2206.58, credits(10))
    s2 = keystone_statement(rng, "Renata J. Szymanski", addr, "4410029937", 2051, 11, s1.fields["ending_balance"],
                            credits(11))
    app = App("6604318825", "Renata J. Szymanski", "934-20-8857", "1520 Ferncliff Avenue", "Harrisburg", "PA",
              "17104", "(717) 555-0164", "rjszymanski@example.net", "primary_residence", ["disaster"],
              dt.date(2051, 9, 2), "short", {"wages": 4533.00, "rental": 1050.00}, dt.date(2051, 11, 28),
              checking=980.0, seed=seed + 81)
    p = Packet("by8", received, app, ["irs_form_4506c"])
    loan = app.loan
    p.images(f"{loan}_relief_request_photos.pdf",
             [photographed(app_doc(), tpls_form(app, ink=True, employers=(job.employer, "")), seed + 801)], Scan())
    p.paper(f"{loan}_advice_1107.pdf", stub_doc(stubs[0]), stubs[0].paper)
    style = Scan(dpi=240, tilt=0.3, blur=0.5, noise=0.0005)
    p.images(f"{loan}_advice_1122.pdf", [scanned(stub_doc(stubs[1]), stubs[1].paper, style, seed + 802, [90])],
             style)
    p.paper(f"{loan}_Keystone_Oct2051.pdf", stmt_doc(s1), s1.paper)
    p.paper(f"{loan}_Keystone_Nov2051.pdf", stmt_doc(s2), s2.paper)
    on = dt.date(2051, 11, 28)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Thornbury Point Loan Servicing", [
        "On September 2 the remnants of a tropical storm tore part of the roof off my duplex. Water came through "
        "both units and my tenant in unit B had to move out for five weeks while the ceilings were replaced, so "
        "I lost that rent while paying my insurance deductible and the contractor.",
        "The repairs are finished and my tenant is back. I work for the state transportation department. I ask "
        "for a short forbearance or a repayment plan so I can catch up."], ink=False, seed=seed)
    p.paper(f"{loan}_hardship_letter.pdf", hardship_doc(on), hl)
    return p

# --- checking ------------------------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]", " ", text.lower()).split())


def _date_forms(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    return [mdy(d), f"{d.month}/{d.day}/{d.year}", long_date(d), d.isoformat(), d.strftime("%m-%d-%Y"),
            f"{d.strftime('%b')} {d.day}, {d.year}"]


def printed_problems(doc: dict[str, Any], texts: Sequence[str], app: dict[str, Any] | None) -> list[str]:
    """Every truth value of a document that cannot be found in what its pages say."""
    whole = " ".join(texts)
    low = " ".join(whole.lower().split())
    words = _norm(whole)
    bad: list[str] = []

    def has_number(text: str) -> bool:  # not as a piece of a longer number
        return re.search(rf"(?<![\d,.]){re.escape(text)}(?![\d])", low) is not None

    def has_money(v: float) -> bool:
        return has_number(money(v)) or has_number(f"{v:.2f}")

    def has_date(iso: str) -> bool:
        return any(f.lower() in low for f in _date_forms(iso))

    def has_name(v: str) -> bool:
        return _norm(v) in words

    checks: list[tuple[str, Any, Callable[[Any], bool]]] = []
    for k, v in doc["fields"].items():
        if v is None or k in ("monthly_gross", "benefit_type", "signed"):
            continue
        if k in ("employer", "employee_name", "bank_name"):
            checks.append((k, v, has_name))
        elif k.endswith(("date", "_start", "_end", "signed_on")):
            checks.append((k, v, has_date))
        elif k == "frequency":
            checks.append((k, v, lambda f: any(w in low for w in FREQ_WORDS[f])))
        elif isinstance(v, float | int) and not isinstance(v, bool):
            checks.append((k, v, has_money))
        else:
            checks.append((k, v, lambda s: str(s).lower() in low))
    if app is not None:
        for k in ("loan_number", "ssn_last4"):
            checks.append((k, app[k], has_number))
        for k in ("borrower_name", "co_borrower_name"):
            if app[k]:
                checks.append((k, app[k], has_name))
        street, city, rest = (s.strip() for s in app["property_address"].split(","))
        for part in (street, city, *rest.split()):
            checks.append(("property_address", part, has_name))
        for k in ("hardship_start_date", "signed_on"):
            if app[k]:
                checks.append((k, app[k], has_date))
        for k, v in app["income"].items():
            if k != "total" or "Freddie Mac Form 710" not in whole:  # Form 710 prints no total: the lines' sum
                checks.append((f"income.{k}", v, has_money))
    for k, v, ok in checks:
        if not ok(v):
            bad.append(f"{k}={v!r} not printed")
    return bad


def check(out: Path, sources: dict[str, dict[str, list[str]]]) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned, and that each truth value
    is printed on its pages (read from the file's text layer for born-digital pages, and from the paper as it was
    printed - before scanning, faxing or photographing - for image pages)."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    app_keys = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
                "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
    field_keys = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                               "gross_current", "gross_ytd", "net_current", "monthly_gross"},
                  "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                     "ending_balance"},
                  "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
                  "hardship_letter": {"letter_date"}, "employer_relocation_letter": {"letter_date"},
                  "irs_form_4506c": {"signed", "signed_on"}}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        if name not in sources:  # not built in this run
            continue
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if set(app) != app_keys:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"} or "total" not in app["income"]:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if app["loan_number"] != exp["loan_number"] or not re.fullmatch(r"\d{6,15}", exp["loan_number"]):
            problems.append(f"{name}: loan number")
        if app["co_borrower_signed"] is not None and not app["co_borrower_name"]:
            problems.append(f"{name}: co-borrower signature without a co-borrower")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        ids = [d["id"] for d in exp["documents"]]
        if len(set(ids)) != len(ids):
            problems.append(f"{name}: duplicate ids")
        if sum(d["type"] == "mortgage_assistance_application" for d in exp["documents"]) != 1:
            problems.append(f"{name}: not exactly one application")
        for doc in exp["documents"]:
            label = f"{name} {doc['id']} {doc['type']}"
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{label}: type")
            want = field_keys.get(doc["type"], {"letter_date"} if doc["type"] == "medical_statement" else set())
            if set(doc["fields"]) != want:
                problems.append(f"{label}: field keys {sorted(doc['fields'])}")
            texts = []
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    problems.append(f"{label}: page listed twice {key}")
                seen.add(key)
                path = exp_path.parent / "inbox" / pg["file"]
                if not path.is_file():
                    problems.append(f"{label}: missing file {pg['file']}")
                    continue
                reader = readers.setdefault(pg["file"], PdfReader(path))
                if pg["page"] > len(reader.pages):
                    problems.append(f"{label}: no page {key}")
                    continue
                page = reader.pages[pg["page"] - 1]
                text = page.extract_text()
                has_text = bool(text.replace(SYNTH, "").strip()) or bool(page.get("/Annots"))
                if has_text == doc["scanned"]:
                    problems.append(f"{label}: scanned={doc['scanned']} but text layer={has_text} on {key}")
                if SYNTH not in text and not doc["scanned"]:
                    problems.append(f"{label}: no synthetic line on {key}")
                values = [str(ref.get_object().get("/V", "")) for ref in page.get("/Annots") or []]
                texts.append(" ".join([text, *values]))
            for k, v in doc["fields"].items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{label}: monthly_gross {f}")
                if dt.date.fromisoformat(f["period_end"]) > dt.date.fromisoformat(f["pay_date"]) + \
                        dt.timedelta(days=16):
                    problems.append(f"{label}: period ends long after the pay date")
            date = doc["fields"].get("pay_date") or doc["fields"].get("period_end") or doc["fields"].get("letter_date")
            if date and dt.date.fromisoformat(date) > received:
                problems.append(f"{label}: dated after the packet arrived")
            is_app = doc["type"] == "mortgage_assistance_application"
            if doc["scanned"]:
                texts = sources.get(name, {}).get(doc["id"], [])
                if not texts:
                    problems.append(f"{label}: no printed source to check against")
                    continue
            problems += [f"{label}: {b}" for b in printed_problems(doc, texts, app if is_app else None)]
    return problems


# --- main ----------------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (by1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    sources: dict[str, dict[str, list[str]]] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        sources[p.name] = {f"D{i:02d}": d.texts for i, d in enumerate(p.docs, 1)}
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out, sources)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


PACKETS: list[Callable[[int], Packet]] = [packet_by1, packet_by2, packet_by3, packet_by4, packet_by5, packet_by6,
                                             packet_by7, packet_by8]

if __name__ == "__main__":
    sys.exit(main())
