"""Holdout set bu (bu1..bu8): JOB LOSS AND UNEMPLOYMENT. Written blind: only shared/spec (all files),
shared/samples (the packets, expected.json files and README), shared/reference/README.md and the blank forms it names
(Form 710 and Form 4506-C are filled from there), tests/pdf_factory.py, tests/sample_compare.py,
benchmarks/sample_accuracy.py, the af scaffold in full and the module docstrings of the other holdout sets were read -
never the service's code, rules, data files, other tests, README or history, and the service was not run on these
packets - to measure honestly how it reads layouts it has never seen.

    python benchmarks/holdout_packets_bu.py OUT_DIR [--seed N] [--check] [--only bu1 bu5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>` (weekdays from March to October 2049). The seed changes hours,
overtime, base-period wages, bank transactions, balances, pen strokes, scanner noise and photo light - never names,
dates or the truth of the answers; every file is the same bytes for a seed (reportlab invariant mode, seeded noise,
fixed pypdf identifiers). Papers are typed; hand-made parts are signatures (drawn strokes), pen crosses in boxes and
hand-written answers and dates. All people, employers, agencies, banks and servicers are fictional; SSNs use the
900-999 area; every page carries a faint "synthetic test document" line.

THEME. Households whose hardship is a layoff or a furlough: a furniture plant's reduction in force, an airline
ground crew's furlough and part-time recall, an axle plant's closing under a WARN notice, a sawmill closing and a
call center moving away, a print shop closing its studio (the designer turns freelance), a transit authority's
furlough and reduced-hours recall, a paper mill's shutdown and a new job 200 miles away, a foundry layoff followed by a
new public job while the spouse is laid off. Unemployment benefits are claimed on their own income line wherever the
form has one.

APPLICATIONS (mortgage_assistance_application).
- The real Form 710 (April 2023): typed into its AcroForm and signed on screen, date typed (bu1); printed BLANK and
  filled in entirely by pen - words on the lines, amounts without commas, boxes crossed -, signed and dated by both
  spouses, scanned (bu3); typed into its fields, printed, signed and dated in ink and scanned, the hardship's start
  date left empty (bu7).
- Ashgrove Mortgage Servicing's "Job Loss and Income Interruption Relief Request" (Form AMS-UI2 (Rev. 01-2049), two
  pages) laid out LIKE A FEDERAL TAX RETURN: a "Form AMS-UI2" box, the title in the middle and the loan number in a box
  at the top right; names split into "first name and middle initial" | "Last name" | "SSN (last 4 only)" cells with
  tiny captions; "Part I Property", "Part II Your Job Loss or Income Interruption", "Part III Monthly Income", "Part IV
  Assets" bars; numbered lines run out by dot leaders to entry boxes at the right (5 the start date, 7 the employer
  lost, 8 the last day worked - a distractor date -, 9 the paying state); reasons 3a..3j as boxes; the income lines
  10a..10h and 11 Total in TWO columns, "(a) Before the hardship" and "(b) Now" - column (b) is the claim, column (a)
  a distractor; a "Sign Here" block with signature, date and occupation cells for both borrowers, and a "Housing
  Counselor Use Only" row (a distractor name in bu2). Typed and signed on screen (bu2); printed, filled by pen,
  signed and PHOTOGRAPHED (bu6).
- Keelhaven Home Loans' PRE-ADDRESSED "Mortgage Assistance Application" (Form KHL-14U, Job Loss & Income Loss Edition,
  two pages): the servicer printed the names (capitals) in a window-envelope mailing block under a postal bar code, a
  "YOUR LOAN AT A GLANCE" panel (loan number, property, monthly payment and amount past due - distractors), the names
  in the "Who is applying" table and under the signature lines; the borrower fills in SSNs, contact, occupancy,
  reasons (ten boxes), the start date, a dashed "IF SOMEONE IN THE HOUSEHOLD LOST A JOB" box (who, employer, last day
  worked, state, weekly benefit) and the income, whose unemployment line reads "weekly $ ____ x 52 / 12 = $ ____" (the
  monthly figure is the claim). Filled by pen and faxed, the co-borrower printed on it but not signing (bu4); typed
  and signed on screen by one borrower (bu5) and by both (bu8).

PAPERS.
- Unemployment papers of six states, each typed unemployment_benefit_letter (fields letter_date and benefit_type
  "unemployment", as in sample 02): a two-page NOTICE OF MONETARY DETERMINATION (a coloured agency band, a boxed Date
  mailed / Claim ID / benefit year panel, base-period wages by employer and quarter, the weekly and maximum benefit;
  letter_date = date mailed) for North Carolina, Ohio and Tennessee; a claimant portal's "Payment History" printed
  from a browser (the browser's date and title on top, the URL and "1/1" below, "Payment history as of <date>" =
  letter_date, weeks with gross, earnings deducted, tax withheld, net) for Washington (a partial claim) and Oregon; a
  Georgia "Notice of Claim Approval" letter.
- Benefit PREPAID DEBIT-CARD statements (Indiana's "Crossroads Benefit Card", Minnesota's "North Star Benefit Card"),
  the monthly account statements of the issuing bank, Lanternfield National Bank, with a drawing of the card - typed
  bank_statement (bank_name = the issuing bank, account_last4 = the card's last four).
- Pay stubs (monthly_gross = current gross x 52/26/24 / 12; year to date = the sum of the year's checks): a furniture
  plant's weekly FINAL PAY STATEMENT over a check voucher (amount in words, "NON-NEGOTIABLE"), its last check paying
  out 88 hours of accrued vacation; a payroll service's "Earnings Statement" with a Gross / Pre-Tax / Taxes / Post-Tax
  / Net matrix (semi-monthly; bi-weekly, once stale from before a furlough, once after a recall with the furlough's
  missing checks); a new employer's HALF-SHEET Courier stub with the hire date and "+" / "-" ledger lines, year to
  date from the hire (bi-weekly, weekly).
- Bank statements: Palouse Ridge Savings Bank (one page, the summary as an equation strip "previous + deposits -
  withdrawals = new", lines grouped by day with the day's balance), and a two-page statement with a coloured SIDEBAR
  (Peach Orchard Community Bank; Harpeth Valley Federal Credit Union) - deposits of payroll and of state benefits.
- Employers' letters typed "other" (no fields, as in the samples): a layoff and severance letter, a furlough notice
  (twice), a WARN notice of a plant closing, a position-elimination letter, two job offer letters (local jobs, not
  relocations). Hardship letters: typed (unsigned when e-mailed, signed in ink when scanned or photographed) and one
  written by hand on ruled notebook paper. A signed IRS Form 4506-C (page 1 of the real Rev. 10-2022 form). The
  mailroom's Code 128 "LOAN <number>" separator sheet and a job center's hand-filled fax cover (neither a document).

DELIVERIES. bu1: a folder named after the loan of born-digital files. bu2: loose born-digital files "<loan>_...".
bu3: ONE 300 dpi grey scan of the envelope behind a separator sheet, no loan number in its name. bu4: ONE 200 dpi
black-and-white fax from a public American Job Center behind its cover sheet, the machine's header line
"JUN-17-2049 10:14  CENTRAL OREGON AJC  541 555 0143  P.00n/007" on every page, no loan number in its name. bu5: a
folder named after the loan of e-mailed born-digital files. bu6: a folder named after the loan of PHONE PHOTOS
("IMG_4081.pdf" ..: colour JPEG at 170 dpi, the sheet on a wood table, turned 0.7-1.6 degrees, narrower at the far
edge, a drop shadow, light falling off and a shadow band). bu7: a folder named after the loan of 200 dpi grey scans,
one a paper ("img20490923_0001.pdf" ..). bu8: loose born-digital files "Achterberg <loan> - <paper>.pdf".

TRUTH (status and codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the values drawn
into each packet, and the run fails if they differ from the scenario's).
- bu1 complete: unemployment income only (nothing required), unemployment hardship (nothing required).
- bu2 incomplete, income_doc:wages: part-time wages after the recall are claimed, but the only stub is from December
  2048 (124 days old) and there is ONE bank statement; the partial unemployment needs nothing.
- bu3 complete: the co-borrower's two fresh semi-monthly stubs with year to date; both signed the hand-filled 710.
- bu4 incomplete, application_signature: the co-borrower printed on the form neither signed nor dated; the new job's
  first stub (year to date from the hire) documents the wages.
- bu5 incomplete, income_doc:self_employment: freelance income claimed, ONE bank statement and no profit and loss
  statement or tax return; the signed 4506-C is there, so no irs_form_4506c.
- bu6 complete: two fresh stubs after the recall; the partial unemployment needs nothing.
- bu7 incomplete, application_field:hardship_start_date and hardship_doc:relocation: the start date is blank, and a
  distant new job is claimed as relocation without an offer letter or transfer notice (checklist.md accepts only
  those - the hardship letter explaining the move does not count, though Form 710's own table also names a written
  explanation "if employer documentation not applicable").
- bu8 complete: wages by two consecutive fresh credit-union statements (no stub); the co-borrower's unemployment
  income has no paper at all and the only unemployment paper is a determination 187 days old about an ended claim -
  checklist.md requires nothing for unemployment income, so neither missing nor stale unemployment papers make a
  packet incomplete (the trap of this set).

`--check` validates what was written: keys, codes, types, dates (none after the packet arrived, received on a
weekday), income totals, monthly_gross, YTD not below the current gross, every listed page exists once, `scanned`
matches the absence of a text layer, every page of every file is a listed page or a known cover / separator sheet,
and that the born-digital documents print their expected values (loan number, SSN, income lines, gross, net and YTD,
balances, account, bank name, letter dates; AcroForm answers read from the fields).
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


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def weekly_to_monthly(weekly: float) -> float:
    return r2(weekly * 52 / 12)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand: a signature ("sig"), a hand-written string ("hand") or a pen cross in a box ("x").
    x, y: PDF points from the page's bottom-left (the baseline's left end, or the box's lower-left corner);
    w: the signature's width or the box's side."""

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


def cross_path(seed: int, side: float) -> list[list[tuple[float, float]]]:
    """A pen's X over a box of the given side, a little off the corners."""
    rng = random.Random(seed)
    j = [rng.uniform(-0.12, 0.12) * side for _ in range(8)]
    return [[(0.1 * side + j[0], 0.1 * side + j[1]), (0.92 * side + j[2], 0.95 * side + j[3])],
            [(0.1 * side + j[4], 0.9 * side + j[5]), (0.9 * side + j[6], 0.08 * side + j[7])]]


def draw_strokes(c: Canvas, x: float, y: float, strokes: Sequence[Sequence[tuple[float, float]]],
                 width: float = 1.1) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.08, 0.12, 0.45))
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in strokes:
        path = c.beginPath()
        path.moveTo(x + stroke[0][0], y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(x + px, y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    """Marks made on a screen: signatures drawn with a mouse or finger (vector strokes), text typed."""
    for m in marks:
        if m.kind == "sig":
            draw_strokes(c, m.x, m.y, signature_path(m.seed, m.w))
        elif m.kind == "x":
            draw_strokes(c, m.x, m.y, cross_path(m.seed, m.w), width=1.3)
        else:
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, creator: str = "holdout_packets_bu") -> bytes:
    """The born-digital PDF of a paper; its marks drawn as on a screen."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for fn in paper.pages:
        apply_screen_marks(c, fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- scanning, faxing and photographing --------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    photo: bool = False
    header: str = ""  # a fax machine's header line, "{page}" and "{pages}" filled in
    seed: int = 1


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind in ("sig", "x"):
            width = max(2, round((1.3 if m.kind == "sig" else 1.6) * scale))
            strokes = signature_path(m.seed, m.w) if m.kind == "sig" else cross_path(m.seed, m.w)
            for stroke in strokes:
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = _font(HAND_FONT, round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.9, 0.9) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=38, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.96, 1.09)


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    """A grey scanner page or a fax page: tilt, blur, paper tone, specks, and for a fax black and white."""
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:
        out = out.point(lambda v: int(16 + v * 0.92))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 60 if px[x, y] > 128 else 230
    if style.fax:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def photograph(img: Image.Image, seed: int) -> Image.Image:
    """A phone's picture of a sheet lying on a table: the sheet a little turned and narrower at the far edge,
    warm lamp light falling off to one side, a soft shadow band, a dark wood table round it, grain, colour."""
    rng = random.Random(seed)
    wd, ht = img.size
    margin_x, margin_y = round(wd * 0.07), round(ht * 0.06)
    table = Image.new("RGB", (wd + 2 * margin_x, ht + 2 * margin_y), (74, 52, 36))
    grain = ImageDraw.Draw(table)
    for i in range(0, table.size[1], 6):  # plank grain
        tone = 62 + rng.randrange(24)
        grain.line([(0, i), (table.size[0], i + rng.randrange(-8, 8))], fill=(tone + 14, tone, tone - 16), width=3)
    sheet = Image.merge("RGB", (img, img.point(lambda v: int(v * 0.975)), img.point(lambda v: int(v * 0.91))))
    shadow = Image.new("L", table.size, 0)
    ImageDraw.Draw(shadow).rectangle([margin_x + 10, margin_y + 14, margin_x + wd + 10, margin_y + ht + 14],
                                     fill=150)
    shadow = shadow.filter(ImageFilter.GaussianBlur(12))
    table.paste((20, 14, 10), (0, 0), shadow)
    table.paste(sheet, (margin_x, margin_y))
    # keystone: the far (top) edge narrower; QUAD samples the source quad into the output rectangle
    k = rng.uniform(0.012, 0.03) * table.size[0]
    tw, th = table.size
    table = table.transform((tw, th), Image.Transform.QUAD, (-k, 0, 0, th, tw, th, tw + k, 0),
                            resample=Image.Resampling.BILINEAR, fillcolor=(60, 42, 30))
    table = table.rotate(rng.uniform(0.7, 1.6) * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR,
                         expand=False, fillcolor=(60, 42, 30))
    # light: bright at one side, a shadow band across part of the page
    light = Image.linear_gradient("L").rotate(rng.choice([90, -90, 0]), expand=True).resize((tw, th))
    light = light.point(lambda v: int(255 - v * 0.22))
    band = Image.new("L", (tw, th), 255)
    top = rng.randrange(th // 3, th // 2)
    ImageDraw.Draw(band).polygon([(0, top), (tw, top + rng.randrange(-th // 6, th // 6)), (tw, th), (0, th)],
                                 fill=205)
    band = band.filter(ImageFilter.GaussianBlur(40))
    mask = Image.composite(light, band, Image.new("L", (tw, th), 128))
    channels = [Image.composite(ch, Image.new("L", (tw, th), 0), mask) for ch in table.split()]
    table = Image.merge("RGB", [c.point(lambda v: min(255, int(v * 1.04))) for c in channels])
    table = table.filter(ImageFilter.GaussianBlur(0.7))
    px = table.load()
    for _ in range(int(tw * th * 0.0008)):
        x, y = rng.randrange(tw), rng.randrange(th)
        r, g, b = px[x, y]
        d = rng.randrange(-40, 40)
        px[x, y] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    return table


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
    """Print a PDF, add the ink marks of each page, and scan, fax or photograph the sheets."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        out = photograph(img, seed * 31 + i) if style.photo else degrade(img, style, seed * 31 + i)
        size = (out.size[0] * 72 / style.dpi, out.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(out, size))
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


def fax_header(sheet: ScannedPage, text: str) -> None:
    """The sending machine's header line printed across the top of a received fax page."""
    img = sheet.image.convert("L")
    dpi = img.size[0] / (sheet.size[0] / 72)
    ImageDraw.Draw(img).text((round(0.25 * dpi), round(0.1 * dpi)), text, fill=0,
                             font=_font(MONO_FONT, round(8.5 * dpi / 72)))
    sheet.image = img.point(lambda v: 255 if v > 150 else 0).convert("1")


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap sheets into an image-only PDF: grey JPEG pages, black and white fax pages or colour photos."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for n, sheet in enumerate(sheets, 1):
        if style.header:
            fax_header(sheet, style.header.format(page=n, pages=len(sheets)))
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.fax:
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=74 if style.photo else 78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_bu"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- text helpers -------------------------------------------------------------------------------------------


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


def leaders(c: Canvas, x0: float, x1: float, y: float, size: float = 8) -> None:
    """A row of dot leaders from x0 to x1."""
    c.setFont("Helvetica", size)
    step = stringWidth(". ", "Helvetica", size)
    x = x0
    while x + step < x1:
        c.drawString(x, y, ".")
        x += step


class Filler:
    """Puts a form's answers on a page: typed on the screen (Courier on the page, a check mark typed as X) or
    written in ink (hand marks the scanner or the phone picks up)."""

    def __init__(self, ink: bool, seed: int, size: float = 10.0) -> None:
        self.ink = ink
        self.seed = seed
        self.size = size
        self.marks: list[Mark] = []
        self.n = 0

    def text(self, c: Canvas, x: float, y: float, value: str, size: float | None = None,
             font: str = "Courier") -> None:
        if not value:
            return
        self.n += 1
        if self.ink:
            self.marks.append(Mark("hand", x, y, value, size=(size or self.size) + 1.5, seed=self.seed + self.n))
        else:
            c.saveState()
            c.setFont(font, size or self.size)
            c.drawString(x, y, value)
            c.restoreState()

    def right(self, c: Canvas, x: float, y: float, value: str, size: float | None = None) -> None:
        """A figure ending at x (typed), or written so that it ends about there (ink)."""
        if not value:
            return
        if self.ink:
            px = (size or self.size) + 1.5
            self.text(c, x - stringWidth(value, "Helvetica-Oblique", px) * 1.03, y, value, size)
        else:
            c.saveState()
            c.setFont("Courier", size or self.size)
            c.drawRightString(x, y, value)
            c.restoreState()

    def box(self, c: Canvas, x: float, y: float, side: float, checked: bool) -> None:
        """Check a square box whose lower-left corner is (x, y)."""
        if not checked:
            return
        self.n += 1
        if self.ink:
            self.marks.append(Mark("x", x, y, w=side, seed=self.seed + 100 + self.n))
        else:
            c.saveState()
            c.setFont("Courier-Bold", side + 2)
            c.drawCentredString(x + side / 2, y + side * 0.12, "X")
            c.restoreState()

    def sign(self, x: float, y: float, w: float, seed: int) -> None:
        self.marks.append(Mark("sig", x, y, w=w, seed=seed))


# --- pay ------------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def pay_dates(first: dt.date, current: dt.date, frequency: str) -> list[dt.date]:
    """Every pay date of the job from `first` (the year's or the hire's first check) up to `current`."""
    out: list[dt.date] = []
    if frequency == "semimonthly":
        d = first
        while d <= current:
            out.append(d)
            d = semimonthly_next(d)
        return out
    step = 7 if frequency == "weekly" else 14
    d = first
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=step)
    return out


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def semimonthly_next(d: dt.date) -> dt.date:
    """Semi-monthly pay: the 15th and the month's last day, moved back to the Friday when on a weekend."""
    nominal = month_end(d) if d.day <= 15 else (month_end(d) + dt.timedelta(days=1)).replace(day=15)
    return friday_back(nominal)


def friday_back(d: dt.date) -> dt.date:
    while d.weekday() > 4:
        d -= dt.timedelta(days=1)
    return d


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check
    state_name: str = "State income tax"

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
               "Medicare": r2(gross * 0.0145)}
        if self.state:
            out[self.state_name] = r2(gross * self.state)
        return out


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


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

    @property
    def net(self) -> float:
        return float(self.fields["net_current"])


ONES = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen")
TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")


def words(n: int) -> str:
    """A whole number of dollars in words, as on a check."""
    if n == 0:
        return "Zero"
    out = []
    if n >= 1000:
        out.append(words(n // 1000) + " Thousand")
        n %= 1000
    if n >= 100:
        out.append(ONES[n // 100] + " Hundred")
        n %= 100
    if n >= 20:
        out.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else ""))
    elif n:
        out.append(ONES[n])
    return " ".join(out)


def final_stub(employer: str, address: str, employee: str, emp_no: str, dept: str, pay_date: dt.date,
               rate: float, wh: Withholding, pto_hours: float, separated: dt.date, home: Sequence[str],
               key: str) -> Stub:
    """A furniture plant's weekly pay statement over a check voucher; the last check after a layoff pays out
    the accrued vacation (PTO) and says FINAL PAY STATEMENT."""
    first = pay_date - dt.timedelta(days=7 * ((pay_date - dt.date(pay_date.year, 1, 1)).days // 7))
    dates = pay_dates(first, pay_date, "weekly")
    checks = []
    for d in dates:
        rr = random.Random(f"{key}{d}")
        reg = rr.choice([40.0, 40.0, 40.0, 36.0, 32.0])
        ot = rr.choice([0.0, 0.0, 2.5, 4.0, 6.0]) if reg == 40.0 else 0.0
        lines = {"Regular": (reg, rate, r2(reg * rate)), "Overtime 1.5x": (ot, r2(rate * 1.5), r2(ot * rate * 1.5))}
        if d == pay_date:
            lines = {"Regular": (40.0, rate, r2(40 * rate)), "Overtime 1.5x": (0.0, r2(rate * 1.5), 0.0),
                     "Vacation payout (accrued PTO)": (pto_hours, rate, r2(pto_hours * rate))}
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    check_no = f"{40000 + int(key[-3:]) * 7 + len(dates):06d}"

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 19)
        c.drawString(50, 742, employer)
        c.setFont("Times-Roman", 9)
        c.drawString(50, 729, address)
        c.setLineWidth(0.6)
        for i, (cap, val) in enumerate((("CHECK DATE", mdy(pay_date)), ("CHECK NO.", check_no),
                                        ("PERIOD", f"{mdy(start)} - {mdy(end)}"))):
            x = 360 + [0, 62, 118][i]
            wd = [62, 56, 132][i]
            c.rect(x, 722, wd, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 3, 744, cap)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x + 3, 728, val)
        c.setFillColor(black)
        c.rect(50, 690, 512, 20, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawCentredString(W / 2, 696, "FINAL PAY STATEMENT  -  SEPARATION FROM EMPLOYMENT")
        c.setFillColor(black)
        info = [("Employee", employee), ("Employee #", emp_no), ("Department", dept),
                ("Separation date", mdy(separated)), ("Pay frequency", "Weekly"), ("Reason", "Layoff - RIF")]
        for i, (k, v) in enumerate(info):
            x = 50 + (i % 3) * 172
            y = 672 - (i // 3) * 15
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, y, k + ":")
            c.setFont("Helvetica", 8.5)
            c.drawString(x + stringWidth(k + ": ", "Helvetica-Bold", 8) + 2, y, v)
        y = 624
        c.setFont("Helvetica-Bold", 8)
        for x, t, r in ((52, "EARNINGS", False), (290, "RATE", True), (340, "HOURS", True),
                        (430, "THIS PERIOD", True), (556, "YEAR-TO-DATE", True)):
            (c.drawRightString if r else c.drawString)(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for label in ("Regular", "Overtime 1.5x", "Vacation payout (accrued PTO)"):
            if label not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(label, (0.0, rate, 0.0))
            c.drawString(52, y, label)
            if hrs:
                c.drawRightString(290, y, f"{rt:.3f}")
                c.drawRightString(340, y, f"{hrs:.2f}")
                c.drawRightString(430, y, money(amt))
            c.drawRightString(556, y, money(ytd[label]))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(52, y, "GROSS PAY")
        c.drawRightString(430, y, money(ch.gross))
        c.drawRightString(556, y, money(ytd["GROSS"]))
        y -= 24
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, y, "TAXES AND DEDUCTIONS")
        c.drawRightString(430, y, "THIS PERIOD")
        c.drawRightString(556, y, "YEAR-TO-DATE")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(52, y, k)
            c.drawRightString(430, y, money(v))
            c.drawRightString(556, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(52, y - 4, "NET PAY")
        c.drawRightString(430, y - 4, money(net))
        c.drawRightString(556, y - 4, money(ytd["NET"]))
        c.setFont("Helvetica", 7.5)
        c.drawString(52, y - 26, "Your final check includes all hours worked through your separation date and the "
                                 "payout of accrued, unused vacation.")
        # the check voucher under the perforation
        c.setDash(2, 3)
        c.line(30, 262, W - 30, 262)
        c.setDash()
        c.setFont("Helvetica", 6)
        c.drawCentredString(W / 2, 266, "DETACH ALONG PERFORATION")
        c.setFont("Times-Bold", 11)
        c.drawString(50, 232, employer.upper() + "  -  PAYROLL ACCOUNT")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 236, f"No. {check_no}")
        c.drawRightString(562, 224, f"Date {mdy(pay_date)}")
        dollars = int(net)
        cents = round((net - dollars) * 100)
        c.setFont("Helvetica", 9)
        c.drawString(50, 196, f"PAY  ***{words(dollars)} and {cents:02d}/100 Dollars***")
        c.rect(450, 186, 112, 22, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(556, 193, f"$***{money(net)}")
        c.setFont("Helvetica", 8)
        c.drawString(50, 168, "TO THE")
        c.drawString(50, 158, "ORDER OF")
        c.setFont("Helvetica", 9)
        for i, ln in enumerate([employee.upper(), *home]):
            c.drawString(100, 168 - 11 * i, ln)
        c.setFont("Helvetica-Bold", 16)
        c.setFillGray(0.75)
        c.drawCentredString(420, 140, "NON-NEGOTIABLE")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(50, 100, "DIRECT DEPOSIT ADVICE - THIS IS NOT A CHECK")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "weekly", ytd["GROSS"], net),
                pay_date)


def service_stub(employer: str, address: str, employee: str, emp_id: str, title: str, frequency: str,
                 first: dt.date, pay_date: dt.date, rate: float, hours: float, wh: Withholding, key: str,
                 vary: float = 4.0, plan: Sequence[tuple[dt.date, float]] = ()) -> Stub:
    """An earnings statement from a payroll service: a summary matrix across the top (gross, pre-tax deductions,
    employee taxes, post-tax deductions, net; current and year to date), the detail tables under it. `plan`
    changes the usual hours from a pay date on (0: no check - a furlough)."""
    dates = pay_dates(first, pay_date, frequency)
    checks = []
    for d in dates:
        rr = random.Random(f"{key}{d}")
        usual = hours
        for since, hh in plan:
            if d >= since:
                usual = hh
        if not usual:
            continue
        h = max(8.0, usual + rr.choice([0.0, 0.0, -vary, vary / 2]))
        lines = {"Regular": (h, rate, r2(h * rate))}
        if rr.random() < 0.3:
            lines["Holiday"] = (8.0, rate, r2(8 * rate))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    if frequency == "semimonthly":
        end = dt.date(pay_date.year, pay_date.month, 15) if pay_date.day <= 20 else month_end(pay_date)
        start = end.replace(day=1) if end.day == 15 else end.replace(day=16)
    else:
        end = pay_date - dt.timedelta(days=6)
        start = end - dt.timedelta(days=13 if frequency == "biweekly" else 6)
    net = net_of(ch, wh)
    pretax = [(k, v) for k, v in wh.deductions if k.startswith(("401", "Medical", "Dental", "HSA"))]
    post = [(k, v) for k, v in wh.deductions if (k, v) not in pretax]
    schedule = {"semimonthly": "Semi-monthly", "biweekly": "Bi-weekly", "weekly": "Weekly"}[frequency]

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.2, 0.42, 0.4))
        c.rect(50, 728, 6, 34, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(64, 750, employer)
        c.setFont("Helvetica", 8)
        c.drawString(64, 738, address)
        c.setFont("Helvetica", 16)
        c.drawRightString(562, 748, "Earnings Statement")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 736, f"Pay date {pay_date.strftime('%b %d, %Y')}")
        cols = ["", "Gross Pay", "Pre-Tax Deductions", "Employee Taxes", "Post-Tax Deductions", "Net Pay"]
        taxes = wh.taxes(ch.gross)
        cur = [ch.gross, sum(v for _, v in pretax), sum(taxes.values()), sum(v for _, v in post), net]
        yt = [ytd["GROSS"], sum(ytd[k] for k, _ in pretax), sum(ytd[k] for k in taxes), sum(ytd[k] for k, _ in post),
              ytd["NET"]]
        x0, widths = 50.0, [62, 90, 90, 90, 90, 90]
        y = 700
        c.setLineWidth(0.5)
        x = x0
        for i, head in enumerate(cols):
            c.setFillColor(Color(0.88, 0.93, 0.92))
            c.rect(x, y, widths[i], 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(x + widths[i] / 2, y + 5, head)
            for r, (name, vals) in enumerate((("Current", cur), ("YTD", yt)), 1):
                c.rect(x, y - 16 * r, widths[i], 16, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 8)
                    c.drawString(x + 4, y - 16 * r + 5, name)
                else:
                    c.setFont("Helvetica-Bold" if i == 5 else "Helvetica", 8.5)
                    c.drawRightString(x + widths[i] - 5, y - 16 * r + 5, money(r2(vals[i - 1])))
            x += widths[i]
        y = 640
        info = [("Employee", employee), ("Employee ID", emp_id), ("Job title", title),
                ("Pay period", f"{mdy(start)} to {mdy(end)}"), ("Pay schedule", schedule),
                ("Pay date", mdy(pay_date))]
        for i, (k, v) in enumerate(info):
            x = 50 if i < 3 else 310
            yy = y - 13 * (i % 3)
            c.setFont("Helvetica", 7.5)
            c.setFillGray(0.35)
            c.drawString(x, yy, k)
            c.setFillColor(black)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 70, yy, v)
        y = 586

        def table(title_: str, heads: Sequence[tuple[float, str]], rows: Sequence[Sequence[str]], y: float,
                  rights: Sequence[float]) -> float:
            c.setFont("Helvetica-Bold", 9)
            c.setFillColor(Color(0.2, 0.42, 0.4))
            c.drawString(50, y, title_)
            c.setFillColor(black)
            y -= 13
            c.setFont("Helvetica", 7)
            c.setFillGray(0.35)
            for x, h in heads:
                (c.drawRightString if x > 150 else c.drawString)(x, y, h)
            c.setFillColor(black)
            c.line(50, y - 3, 562, y - 3)
            y -= 14
            c.setFont("Helvetica", 8.5)
            for row in rows:
                c.drawString(50, y, row[0])
                for x, val in zip(rights, row[1:], strict=True):
                    if val:
                        c.drawRightString(x, y, val)
                y -= 12
            return y - 12

        erows = []
        for label in ("Regular", "Holiday"):
            if label not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(label, (0.0, rate, 0.0))
            erows.append([label, f"{rt:.2f}" if hrs else "", f"{hrs:.2f}" if hrs else "", money(amt) if hrs else "",
                          money(ytd[label])])
        y = table("Earnings", [(50, "Description"), (300, "Rate"), (370, "Hours"), (470, "Current"),
                               (560, "Year to date")], erows, y, (300, 370, 470, 560))
        trows = [[k, money(v), money(ytd[k])] for k, v in taxes.items()]
        y = table("Employee Taxes", [(50, "Description"), (470, "Current"), (560, "Year to date")], trows, y,
                  (470, 560))
        drows = [[k + (" (pre-tax)" if (k, v) in pretax else ""), money(v), money(ytd[k])] for k, v in wh.deductions]
        if drows:
            y = table("Deductions", [(50, "Description"), (470, "Current"), (560, "Year to date")], drows, y,
                      (470, 560))
        c.setFont("Helvetica", 7)
        c.setFillGray(0.4)
        c.drawString(50, 60, "Processed by ClearLedger Payroll Services  -  employee self-service: "
                             "my.clearledger.example")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, frequency, ytd["GROSS"], net),
                pay_date)


HALF_SHEET = (612.0, 396.0)


def newhire_stub(employer: str, address: str, employee: str, emp_no: str, hired: dt.date, frequency: str,
                 first: dt.date, pay_date: dt.date, rate: float, hours: float, wh: Withholding, key: str,
                 shift_label: str = "Shift differential", shift: float = 0.0) -> Stub:
    """A new employer's half-sheet pay stub: a key / value block with the hire date, one signed ledger of
    earnings (+) and taxes (-) with Current and Year to date, year to date counted from the hire date."""
    dates = pay_dates(first, pay_date, frequency)
    checks = []
    for d in dates:
        rr = random.Random(f"{key}{d}")
        h = hours if d != dates[0] else hours - rr.choice([0.0, 8.0])
        ot = rr.choice([0.0, 0.0, 3.0, 5.5])
        lines = {"Regular hours": (h, rate, r2(h * rate)), "Overtime": (ot, r2(rate * 1.5), r2(ot * rate * 1.5))}
        if shift:
            lines[shift_label] = (h, shift, r2(h * shift))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13 if frequency == "biweekly" else 6)
    net = net_of(ch, wh)
    size = HALF_SHEET

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1)
        c.rect(24, 24, size[0] - 48, size[1] - 48, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, 350, employer)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 339, address)
        c.setFont("Courier-Bold", 10)
        c.drawRightString(572, 350, "PAY STUB")
        kv = [("Employee", employee), ("Employee no.", emp_no), ("Hire date", mdy(hired)),
              ("Pay group", "Bi-weekly (26 pays a year)" if frequency == "biweekly" else "Weekly (52 pays a year)"),
              ("Period", f"{mdy(start)} thru {mdy(end)}"), ("Pay date", mdy(pay_date))]
        c.setFont("Courier", 8.5)
        for i, (k, v) in enumerate(kv):
            x = 40 if i % 2 == 0 else 320
            y = 318 - 12 * (i // 2)
            c.drawString(x, y, f"{k + ':':<14}{v}")
        y = 268
        c.setFont("Courier-Bold", 8.5)
        c.drawString(40, y, "LINE")
        c.drawRightString(300, y, "HRS")
        c.drawRightString(360, y, "RATE")
        c.drawRightString(460, y, "CURRENT")
        c.drawRightString(568, y, "YEAR TO DATE")
        c.line(40, y - 4, 572, y - 4)
        y -= 14
        c.setFont("Courier", 8.5)
        for label in ch.lines:
            hrs, rt, amt = ch.lines[label]
            if not amt and not ytd.get(label):
                continue
            c.drawString(40, y, f"+ {label}")
            if amt:
                c.drawRightString(300, y, f"{hrs:.2f}")
                c.drawRightString(360, y, f"{rt:.2f}")
            c.drawRightString(460, y, money(amt))
            c.drawRightString(568, y, money(ytd[label]))
            y -= 11
        c.setFont("Courier-Bold", 8.5)
        c.drawString(40, y, "= GROSS")
        c.drawRightString(460, y, money(ch.gross))
        c.drawRightString(568, y, money(ytd["GROSS"]))
        y -= 14
        c.setFont("Courier", 8.5)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(40, y, f"- {k}")
            c.drawRightString(460, y, money(v))
            c.drawRightString(568, y, money(ytd[k]))
            y -= 11
        c.setFont("Courier-Bold", 9)
        c.drawString(40, y - 3, "= NET PAY")
        c.drawRightString(460, y - 3, money(net))
        c.drawRightString(568, y - 3, money(ytd["NET"]))
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(40, 32, f"Year-to-date amounts begin with your hire date ({mdy(hired)}).")
        return []

    return Stub(Paper([page], size), stub_fields(employer, employee, ch, start, end, frequency, ytd["GROSS"], net),
                pay_date)


# --- bank and benefit-card statements ---------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    return start, month_end(start)


DEBITS = (("MORTGAGE PMT - PARTIAL", 0), ("ALDI #2291 POS", 1), ("ELECTRIC COOP AUTOPAY", 0), ("CIRCLE K 4471 POS", 1),
          ("T-MOBILE AUTOPAY", 0), ("CVS/PHARMACY #0812", 1), ("PROGRESSIVE INS", 0), ("ATM WITHDRAWAL", 1),
          ("FAMILY DOLLAR POS", 1), ("WATER DEPT ONLINE PMT", 0))


def transactions(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                 n_debits: int = 8) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, small in rng.sample(DEBITS, n_debits):
        amt = r2(rng.uniform(18, 130) if small else rng.uniform(80, 390))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def equation_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Palouse Ridge Savings Bank: one page; the summary as an equation strip (previous balance + deposits -
    withdrawals = new balance); lines grouped by day with the day's closing balance beside the day's last line."""
    bank = "Palouse Ridge Savings Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.45, 0.32, 0.12))
        for i in range(3):  # three rolling hills
            c.circle(62 + i * 14, 732, 12 - i * 2, stroke=0, fill=1)
        c.setFont("Times-Bold", 17)
        c.drawString(100, 736, "Palouse Ridge")
        c.setFont("Times-Roman", 9.5)
        c.drawString(100, 724, "SAVINGS BANK  -  Pullman, Washington  -  Member FDIC")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(562, 740, "Checking Statement")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 728, f"{start.strftime('%B %d, %Y')} through {end.strftime('%B %d, %Y')}")
        c.drawRightString(562, 717, f"Account number ******{acct[-4:]}")
        y = 690
        c.setFont("Helvetica", 9.5)
        for ln in [holder, *address]:
            c.drawString(60, y, ln)
            y -= 12
        y = 630
        parts = [("Previous balance", begin), ("+", None), ("Deposits", dep), ("-", None), ("Withdrawals", wd),
                 ("=", None), ("New balance", ending)]
        x = 50.0
        for label, val in parts:
            if val is None:
                c.setFont("Helvetica-Bold", 16)
                c.drawCentredString(x + 8, y - 4, label)
                x += 16
                continue
            c.setFillColor(Color(0.96, 0.93, 0.86))
            c.roundRect(x, y - 14, 108, 34, 4, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 6, y + 9, label)
            c.setFont("Helvetica-Bold", 11)
            c.drawRightString(x + 102, y - 8, "$" + money(val))
            x += 108
        y = 580
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "DATE")
        c.drawString(100, y, "DESCRIPTION")
        c.drawRightString(460, y, "AMOUNT")
        c.drawRightString(560, y, "DAY'S BALANCE")
        c.setLineWidth(0.5)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        bal = begin
        for i, (d, desc, a) in enumerate(lines):
            bal = r2(bal + a)
            last = i == len(lines) - 1 or lines[i + 1][0] != d
            c.setFont("Helvetica", 8.5)
            if i == 0 or lines[i - 1][0] != d:
                c.drawString(50, y, d.strftime("%b %d"))
            c.drawString(100, y, desc)
            c.drawRightString(460, y, ("-" if a < 0 else "") + money(abs(a)))
            if last:
                c.drawRightString(560, y, money(bal))
                c.setStrokeGray(0.8)
                c.line(100, y - 4, 562, y - 4)
                c.setStrokeColor(black)
            y -= 13
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 20, "Questions or errors? Call (509) 555-0116 or write to us within 60 days of this "
                                 "statement.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


def sidebar_statement(rng: random.Random, bank: str, tagline: str, holder: str, address: Sequence[str], acct: str,
                      year: int, month: int, begin: float, credits: Sequence[tuple[int, str, float]],
                      tint: Color, insured: str = "Federally insured by NCUA.", phone: str = "(615) 555-0132",
                      product: str = "Everyday Checking") -> Statement:
    """A two-page statement with a tinted SIDEBAR on the left of page 1 (period, masked account, the summary as a
    stacked list, customer service) and the register in the main column: Date | Transaction | Withdrawals |
    Deposits | Balance, continued on page 2 with the closing line."""
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits, n_debits=9)
    ending = r2(begin + sum(a for _, _, a in lines))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:8], rows[8:]

    def head(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 15)
        c.setFillColor(tint)
        c.drawString(190, 742, bank)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(190, 730, tagline)
        c.drawRightString(562, 742, f"Page {n} of 2")

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((190, "Date"), (232, "Transaction")):
            c.drawString(x, y, t)
        for x, t in ((420, "Withdrawals"), (490, "Deposits"), (562, "Balance")):
            c.drawRightString(x, y, t)
        c.setLineWidth(0.5)
        c.line(190, y - 4, 562, y - 4)
        y -= 15
        c.setFont("Helvetica", 8)
        if opening:
            c.drawString(190, y, mdy(start)[:5])
            c.drawString(232, y, "Beginning balance")
            c.drawRightString(562, y, money(begin))
            y -= 12.5
        for d, desc, a, b in part:
            c.drawString(190, y, mdy(d)[:5])
            c.drawString(232, y, desc[:34])
            c.drawRightString(420 if a < 0 else 490, y, money(abs(a)))
            c.drawRightString(562, y, money(b))
            y -= 12.5
        return y

    def page1(c: Canvas) -> list[Mark]:
        c.setFillColor(tint)
        c.rect(0, 0, 160, H, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        y = 740
        c.drawString(16, y, "STATEMENT PERIOD")
        c.setFont("Helvetica", 8.5)
        c.drawString(16, y - 12, f"{mdy(start)} -")
        c.drawString(16, y - 24, mdy(end))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(16, y - 48, "ACCOUNT")
        c.setFont("Helvetica", 8.5)
        c.drawString(16, y - 60, product)
        c.drawString(16, y - 72, f"XXXXXX{acct[-4:]}")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(16, y - 100, "SUMMARY")
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        yy = y - 114
        for k, v in (("Beginning balance", begin), ("Deposits", dep), ("Withdrawals", wd), ("Ending balance", ending)):
            c.setFont("Helvetica", 7.5)
            c.drawString(16, yy, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(16, yy - 12, "$" + money(v))
            yy -= 30
        c.setFont("Helvetica", 7.5)
        c.drawString(16, 120, "Customer service")
        c.drawString(16, 108, phone)
        c.setFillColor(black)
        head(c, 1)
        y = 700
        c.setFont("Helvetica", 9.5)
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(190, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 10)
        c.drawString(190, 620, "Account activity")
        register(c, 602, first, True)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica", 8)
        c.drawString(190, 716, f"{product} XXXXXX{acct[-4:]}  -  activity continued")
        y = register(c, 696, rest, False)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(232, y - 2, "Ending balance")
        c.drawRightString(562, y - 2, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(190, y - 40, f"{insured} Report errors within 60 days.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def benefit_card_statement(rng: random.Random, program: str, state_agency: str, holder: str,
                           address: Sequence[str], card: str, year: int, month: int, begin: float,
                           benefits: Sequence[tuple[int, str, float]]) -> Statement:
    """A state's unemployment benefits PREPAID DEBIT CARD: the monthly account statement of the issuing bank
    (Lanternfield National Bank), with a drawing of the card, the benefit deposits, purchases and ATM withdrawals.
    It is the card account's statement, so it is typed a bank statement."""
    bank = "Lanternfield National Bank"
    start, end = month_bounds(year, month)
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in benefits]
    span = (end - start).days
    for desc in ("KROGER #512 PURCHASE", "SPEEDWAY 3310 PURCHASE", "ATM WITHDRAWAL - IN NETWORK",
                 "DOLLAR TREE PURCHASE", "ATM WITHDRAWAL - IN NETWORK", "WALMART SUPERCENTER PURCHASE",
                 "ONLINE BILL PAY - UTILITY"):
        amt = r2(rng.uniform(25, 220)) if "ATM" not in desc else float(rng.choice([60, 80, 100, 200]))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.append((end, "OUT-OF-NETWORK ATM FEE", -2.50))
    out.sort(key=lambda t: (t[0], -t[2]))
    bal = begin
    fixed = []
    for d, desc, a in out:  # a prepaid card cannot go below zero: skip a debit that would overdraw it
        if bal + a < 0:
            continue
        bal = r2(bal + a)
        fixed.append((d, desc, a, bal))
    ending = bal
    dep = r2(sum(a for _, _, a, _ in fixed if a > 0))
    buys = r2(-sum(a for _, desc, a, _ in fixed if a < 0 and "ATM" not in desc))
    atm = r2(-sum(a for _, desc, a, _ in fixed if a < 0 and "ATM" in desc))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.setFillColor(Color(0.1, 0.3, 0.55))
        c.drawString(50, 742, bank)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(50, 730, f"{program} - Prepaid Debit Card Account Statement")
        c.drawString(50, 719, f"Issued for the {state_agency}")
        # the card
        c.setFillColor(Color(0.12, 0.35, 0.6))
        c.roundRect(412, 690, 150, 86, 8, stroke=0, fill=1)
        c.setFillColor(Color(0.9, 0.75, 0.3))
        c.roundRect(424, 730, 22, 16, 2, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(424, 760, program.upper())
        c.setFont("Courier-Bold", 9)
        c.drawString(424, 712, f"XXXX XXXX XXXX {card[-4:]}")
        c.setFont("Helvetica", 6.5)
        c.drawString(424, 700, holder.upper())
        c.setFillColor(black)
        y = 680
        c.setFont("Helvetica", 9.5)
        for ln in [holder, *address]:
            c.drawString(50, y, ln)
            y -= 12
        c.setFont("Helvetica", 8.5)
        c.drawString(330, 668, "Statement period:")
        c.drawString(420, 668, f"{mdy(start)} - {mdy(end)}")
        c.drawString(330, 656, "Card number:")
        c.drawString(420, 656, f"ending in {card[-4:]}")
        c.drawString(330, 644, "Statement date:")
        c.drawString(420, 644, mdy(end))
        y = 608
        heads = (("Beginning balance", begin), ("Benefit deposits", dep), ("Purchases and fees", buys),
                 ("ATM withdrawals", atm), ("Ending balance", ending))
        c.setLineWidth(0.6)
        for i, (k, v) in enumerate(heads):
            x = 50 + i * 102.4
            c.rect(x, y - 22, 102.4, 40, stroke=1, fill=0)
            c.setFont("Helvetica", 7)
            c.drawString(x + 5, y + 7, k)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawRightString(x + 97, y - 14, "$" + money(v))
        y = 560
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "POSTED")
        c.drawString(110, y, "TRANSACTION DETAIL")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(560, y, "CARD BALANCE")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in fixed:
            c.drawString(50, y, mdy(d))
            c.drawString(110, y, desc)
            c.drawRightString(470, y, ("+" if a > 0 else "-") + money(abs(a)))
            c.drawRightString(560, y, money(b))
            y -= 13
        paragraphs(c, 50, y - 18, 512, [
            f"Benefits are deposited to this card by the {state_agency}. Questions about the amount of your "
            "benefits must be directed to the agency. Questions about card transactions: call the number on the "
            "back of your card.",
            f"This card is issued by {bank}, Member FDIC. Funds are FDIC insured subject to applicable limits."],
            font="Helvetica", size=7.5, leading=9.5, gap=4)
        return []

    fields = {"bank_name": bank, "account_last4": card[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, card)


# --- letters and papers -------------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date

    @property
    def fields(self) -> dict[str, Any]:
        if self.type == "other":  # as in the samples: an "other" paper carries no fields
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "unemployment_benefit_letter":
            out["benefit_type"] = "unemployment"
        return out


@dataclass(frozen=True)
class Agency:
    name: str  # e.g. "North Carolina Office of Reemployment Benefits"
    short: str  # the portal's or the notice's short name
    address: str
    phone: str
    form: str  # the notice's form number
    color: Color


def determination_letter(ag: Agency, claimant: str, address: Sequence[str], claim_id: str, mailed: dt.date,
                         bye: dt.date, wba: float, weeks: int, base: Sequence[tuple[str, Sequence[float]]],
                         quarters: Sequence[str]) -> Letter:
    """A state's NOTICE OF MONETARY DETERMINATION: a boxed date / claim panel, the base-period wages by employer
    and quarter, the weekly benefit amount and the maximum benefit, and the appeal rights; two pages."""

    def page1(c: Canvas) -> list[Mark]:
        c.setFillColor(ag.color)
        c.rect(50, 722, 512, 44, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(60, 748, ag.name.upper())
        c.setFont("Helvetica", 8)
        c.drawString(60, 734, f"{ag.address}  -  {ag.phone}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, 694, "NOTICE OF MONETARY DETERMINATION")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 681, "Unemployment Insurance - Regular State Benefits")
        c.setLineWidth(0.7)
        c.rect(372, 610, 190, 96, stroke=1, fill=0)
        rows = [("Date mailed", mdy(mailed)), ("Claim ID", claim_id), ("Benefit year begins", mdy(bye)),
                ("Benefit year ends", mdy(bye.replace(year=bye.year + 1) - dt.timedelta(days=1))),
                ("Claimant", claimant)]
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica", 7.5)
            c.drawString(378, 692 - 18 * i, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(556, 692 - 18 * i, v)
        y = 650
        c.setFont("Helvetica", 10)
        for ln in [claimant.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 12.5
        y = paragraphs(c, 50, 584, 512, [
            "This notice shows the wages your employers reported for the base period of your claim and the amount "
            "of benefits you may receive. It is not a decision that you are eligible for payment: each week you "
            "request must also meet the eligibility rules."], font="Helvetica", size=8.5, leading=11)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y - 4, "BASE PERIOD WAGES")
        y -= 20
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "EMPLOYER")
        xs = [330, 388, 446, 504, 562]
        for x, q in zip(xs, [*quarters, "TOTAL"], strict=True):
            c.drawRightString(x, y, q)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        total = 0.0
        for emp, qs in base:
            c.drawString(50, y, emp)
            for x, v in zip(xs, [*qs, sum(qs)], strict=True):
                c.drawRightString(x, y, money(r2(v)))
            total += sum(qs)
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "Total base period wages")
        c.drawRightString(562, y, money(r2(total)))
        y -= 34
        c.setFillGray(0.92)
        c.rect(50, y - 34, 512, 50, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        c.drawString(60, y, "Your WEEKLY BENEFIT AMOUNT (WBA) is")
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(552, y - 2, "$" + money(wba))
        c.setFont("Helvetica", 9)
        c.drawString(60, y - 22, f"Your MAXIMUM BENEFIT AMOUNT for this benefit year ({weeks} weeks) is")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(552, y - 24, "$" + money(r2(wba * weeks)))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 40, f"{ag.form}  -  Page 1 of 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 740, f"Claim ID {claim_id}  -  {claimant}")
        c.setLineWidth(0.5)
        c.line(50, 734, 562, 734)
        y = paragraphs(c, 50, 712, 512, [
            "HOW TO REQUEST PAYMENT. Request payment for each week online or by phone. Report all work and all "
            "earnings for the week in which you performed the work, even if you have not been paid. Earnings over "
            "the allowable amount reduce the payment for that week.",
            "IF YOU THINK THIS NOTICE IS WRONG. If a wage or an employer is missing or incorrect, send us your pay "
            "stubs or W-2 forms. You have 30 days from the date mailed on page 1 to file an appeal. Continue to "
            "request payment while your appeal is pending.",
            "TAX WITHHOLDING. Benefits are taxable income. You may choose to have 10% federal income tax withheld "
            "from each payment.",
            "EQUAL OPPORTUNITY. This is an equal opportunity program; auxiliary aids and services are available upon "
            "request to individuals with disabilities."], font="Helvetica", size=9, leading=12.5, gap=9)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 10, f"Questions: {ag.phone}, Monday through Friday, 8:00 a.m. to 5:00 p.m.")
        c.drawString(50, 40, f"{ag.form}  -  Page 2 of 2")
        return []

    return Letter(Paper([page1, page2]), "unemployment_benefit_letter", mailed)


def payment_history(ag: Agency, claimant: str, claim_id: str, as_of: dt.date, printed_at: str,
                    weeks: Sequence[tuple[dt.date, dt.date, float, float, float]], method: str, url: str) -> Letter:
    """A state's claimant portal page "Payment History" printed from a web browser: the browser's date and title
    at the top, the URL and "1/1" at the bottom; the weeks claimed (week ending, paid on, gross, earnings
    deducted, tax withheld, net) in a striped table."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7.5)
        c.drawString(28, 770, printed_at)
        c.drawCentredString(W / 2, 770, f"Payment History | {ag.short}")
        c.drawString(28, 20, url)
        c.drawRightString(W - 28, 20, "1/1")
        c.setFillColor(ag.color)
        c.rect(40, 712, W - 80, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(52, 726, ag.short)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 52, 734, f"Signed in as {claimant}")
        c.drawRightString(W - 52, 722, "Home  |  Claims  |  Payments  |  Messages  |  Sign out")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(40, 684, "Payment History")
        c.setFont("Helvetica", 9)
        c.drawString(40, 668, f"Claim ID {claim_id}   -   Payment history as of {long_date(as_of)}")
        c.drawString(40, 655, f"Payment method: {method}")
        y = 626
        heads = [(44, "Week ending", False), (130, "Status", False), (190, "Paid on", False),
                 (330, "Gross benefit", True), (410, "Earnings deducted", True), (490, "Tax withheld", True),
                 (568, "Net paid", True)]
        c.setFillGray(0.86)
        c.rect(40, y - 6, W - 80, 18, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        for x, t, r in heads:
            (c.drawRightString if r else c.drawString)(x, y, t)
        y -= 20
        tot = [0.0, 0.0, 0.0, 0.0]
        for i, (wk, paid, gross, ded, tax) in enumerate(weeks):
            net = r2(gross - ded - tax)
            if i % 2:
                c.setFillGray(0.95)
                c.rect(40, y - 5, W - 80, 16, stroke=0, fill=1)
                c.setFillColor(black)
            c.setFont("Helvetica", 8.5)
            c.drawString(44, y, mdy(wk))
            c.drawString(130, y, "Paid")
            c.drawString(190, y, mdy(paid))
            for x, v in zip((330, 410, 490, 568), (gross, ded, tax, net), strict=True):
                c.drawRightString(x, y, money(v))
            for j, v in enumerate((gross, ded, tax, net)):
                tot[j] += v
            y -= 16
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y - 2, "Totals for the weeks shown")
        for x, v in zip((330, 410, 490, 568), tot, strict=True):
            c.drawRightString(x, y - 2, money(r2(v)))
        paragraphs(c, 40, y - 34, W - 80, [
            "Earnings you reported for a week are deducted from that week's benefit as the law provides. Payments "
            "are normally deposited two business days after the week is processed."], font="Helvetica", size=8,
            leading=10)
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", as_of)


def approval_notice(ag: Agency, claimant: str, address: Sequence[str], claim_id: str, date: dt.date,
                    effective: dt.date, wba: float, weeks: int, employer: str) -> Letter:
    """A short letter: "Your claim for unemployment insurance benefits has been APPROVED", a rule-boxed table of
    the award, then what to do every week."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 14)
        c.setFillColor(ag.color)
        c.drawCentredString(W / 2, 742, ag.name)
        c.setFillColor(black)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 729, f"{ag.address}  |  {ag.phone}")
        c.setLineWidth(1.2)
        c.line(72, 720, W - 72, 720)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 696, long_date(date))
        y = 670
        for ln in [claimant, *address]:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 12, f"RE: Claim {claim_id} - Notice of Claim Approval")
        y = paragraphs(c, 72, y - 38, W - 144, [
            f"Dear {claimant.split()[0]}:",
            f"Your claim for unemployment insurance benefits has been APPROVED. Our review found that you were "
            f"separated from {employer} for lack of work, which does not disqualify you from benefits.",
            "The details of your award are shown below."])
        c.setLineWidth(0.6)
        rows = [("Effective date of claim", mdy(effective)), ("Weekly benefit amount", "$" + money(wba)),
                ("Payment frequency", "Weekly, after each week you certify"),
                ("Maximum weeks payable", str(weeks)), ("Maximum benefit amount", "$" + money(r2(wba * weeks)))]
        for k, v in rows:
            c.line(96, y + 11, W - 96, y + 11)
            c.setFont("Times-Roman", 11)
            c.drawString(100, y, k)
            c.setFont("Times-Bold", 11)
            c.drawRightString(W - 100, y, v)
            y -= 17
        c.line(96, y + 11, W - 96, y + 11)
        y = paragraphs(c, 72, y - 14, W - 144, [
            "To be paid, you must certify for each week online, be able and available for work, and look for work "
            "as required. Keep a record of your work search contacts.",
            "If you disagree with this decision, you may appeal within 15 days of the date of this letter."])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 6, "Claims Examiner")
        c.drawString(72, y - 20, ag.name)
        c.setFont("Helvetica", 7)
        c.drawString(72, 40, ag.form)
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", date)


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


def employer_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                    closing: Sequence[str], table: Sequence[tuple[str, str]] = (), kind: str = "other",
                    sign_seed: int | None = None) -> Letter:
    """An employer's typed letter on letterhead (layoff, severance, furlough or job offer); signed on screen
    when `sign_seed` is given."""

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
        for k, v in table:
            c.setFont("Times-Roman", 11)
            c.drawString(96, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(320, y, v)
            y -= 15
        if table:
            y -= 12
        c.setFont("Times-Roman", 11)
        marks = []
        for i, ln in enumerate(closing):
            if i == 1 and sign_seed is not None:
                marks.append(Mark("sig", 72, y - 6, w=130, seed=sign_seed))
                y -= 10
            c.drawString(72, y, ln)
            y -= 14
        return marks

    return Letter(Paper([page]), kind, date)


def warn_notice(employer: str, address: str, date: dt.date, employee: str, home: Sequence[str], site: str,
                separation: dt.date, positions: int) -> Letter:
    """A plant's WARN Act notice of a mass layoff: a framed notice with numbered paragraphs."""

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(2)
        c.rect(54, 54, W - 108, H - 108, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 712, employer.upper())
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(W / 2, 700, address)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 672, "WORKER ADJUSTMENT AND RETRAINING NOTIFICATION")
        c.drawCentredString(W / 2, 656, "(WARN) NOTICE OF PERMANENT LAYOFF")
        c.setFont("Helvetica", 10)
        c.drawString(80, 626, f"Date of notice: {long_date(date)}")
        y = 604
        for ln in [f"To: {employee}", *[f"     {a}" for a in home]]:
            c.drawString(80, y, ln)
            y -= 13
        paragraphs(c, 80, y - 14, W - 160, [
            f"1. {employer} will permanently close its {site}. This notice is given to you under the federal Worker "
            f"Adjustment and Retraining Notification Act.",
            f"2. Your position will be eliminated. Your separation from employment is expected to occur on "
            f"{long_date(separation)}, or within the fourteen-day period that begins on that date.",
            f"3. The closing is expected to be permanent. {positions} positions at the site are affected. There are "
            "no bumping rights.",
            "4. You will be paid for all hours worked through your separation date and for accrued, unused vacation. "
            "Information about unemployment insurance and the local American Job Center is enclosed.",
            "5. For more information contact the Human Resources office at the plant."], font="Helvetica", size=10,
            leading=13.5, gap=9)
        c.setFont("Helvetica", 10)
        c.drawString(80, 150, "Human Resources Director")
        c.drawString(80, 137, employer)
        return []

    return Letter(Paper([page]), "other", date)


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int) -> Letter:
    """A typed hardship letter; signed in ink when it was printed and mailed, unsigned when e-mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 10.5)
        y = 736
        names = writer if not co_writer else f"{writer} and {co_writer}"
        c.drawRightString(W - 72, y, names)
        for ln in address:
            y -= 13
            c.drawRightString(W - 72, y, ln)
        y -= 30
        c.drawString(72, y, long_date(date))
        y -= 26
        for ln in [servicer, "Attn: Loss Mitigation"]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 16
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, f"Loan number {loan} - letter explaining our hardship")
        y -= 24
        y = paragraphs(c, 72, y, W - 144, ["Dear Sir or Madam,", *paras], font="Helvetica", size=10.5, leading=14)
        c.setFont("Helvetica", 10.5)
        c.drawString(72, y - 4, "Respectfully,")
        marks = []
        sy = y - 46
        for i, nm in enumerate([writer] + ([co_writer] if co_writer else [])):
            x = 72 + i * 240
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def handwritten_letter(lines: Sequence[str], date: dt.date, signer: str, seed: int) -> Letter:
    """A hardship letter written by hand on ruled notebook paper (blue rules, a red margin line), signed."""

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.55, 0.7, 0.9))
        c.setLineWidth(0.5)
        y = 720.0
        while y > 50:
            c.line(0, y, W, y)
            y -= 24
        c.setStrokeColor(Color(0.9, 0.45, 0.45))
        c.line(86, 0, 86, H)
        c.setStrokeColor(black)
        for hole in (150, 396, 642):
            c.setFillGray(0.9)
            c.circle(34, hole, 9, stroke=0, fill=1)
        c.setFillColor(black)
        marks = [Mark("hand", 400, 722, mdy(date), size=13, seed=seed)]
        y = 698.0 - 24
        for i, ln in enumerate(lines):
            marks.append(Mark("hand", 96, y + 2, ln, size=13, seed=seed + 1 + i))
            y -= 24
        marks.append(Mark("sig", 300, y - 22, w=150, seed=seed + 50))
        marks.append(Mark("hand", 300, y - 46, signer, size=12, seed=seed + 51))
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def separator_sheet(loan: str) -> Paper:
    """The mailroom's cover sheet: a Code 128 barcode that reads "LOAN <number>"."""
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(W / 2, 690, "LOSS MITIGATION - NEW DOCUMENTS")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 670, "Separator sheet. Scan face up in front of the borrower's papers.")
        c.drawImage(ImageReader(code), W / 2 - 170, 500, width=340, height=95)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 476, f"LOAN {loan}")
        return []

    return Paper([page])


def job_center_fax_cover(center: str, center_fax: str, to: str, to_fax: str, date: dt.date, pages: int,
                         sender: str, seed: int) -> Paper:
    """A public job center's fax cover sheet, printed blank and filled in by hand by the borrower."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.15, 0.3, 0.5))
        c.rect(0, 700, W, 92, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(60, 748, center)
        c.setFont("Helvetica", 9)
        c.drawString(60, 730, f"Resource room fax for job seekers  -  our fax {center_fax}  -  free, 10 pages a day")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 40)
        c.drawString(60, 640, "FAX")
        rows = ["Date", "To", "Fax number", "From", "Number of pages (with this one)", "Subject"]
        y = 590
        marks = []
        values = [mdy(date), to, to_fax, sender, str(pages), "Mortgage help papers"]
        for k, v in zip(rows, values, strict=True):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(60, y, k + ":")
            c.setLineWidth(0.6)
            c.line(260, y - 3, 552, y - 3)
            marks.append(Mark("hand", 266, y, v, size=13, seed=seed + len(marks)))
            y -= 34
        c.setFont("Helvetica", 8.5)
        c.drawString(60, y - 10, "This fax was sent from a public computer center. Staff do not read or keep the "
                                 "pages sent.")
        return marks

    return Paper([page])


def form4506c_screen(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                     client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int) -> bytes:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), typed over and signed on screen (fields flattened)."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Quillfeather Transcript Services LLC"),
           (312, 506, "QTS-40912"), (420, 506, "QUILL07"), (27, 484, "88 Ledger Lane"),
           (312, 484, "Reston"), (420, 484, "VA"), (474, 484, "20190"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (344, 168, mdy(signed_on)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    draw_strokes(c, 80, 166, signature_path(seed, 200))
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, "bu4506c")


# --- applications ------------------------------------------------------------------------------------------------


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
    start: dt.date | None  # None: the borrower left it blank
    duration: str  # short | long | resolved
    income: dict[str, float]  # monthly, as written on the form (the "now" column where the form has two)
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    other_text: str = ""
    before: dict[str, float] = field(default_factory=dict)  # income before the hardship (Form AMS-UI2 only)
    lost_employer: str = ""
    lost_who: str = ""
    last_day: dt.date | None = None
    ui_state: str = ""
    wba: float = 0.0
    occupation: str = ""
    co_occupation: str = ""
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
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


def split_name(name: str) -> tuple[str, str]:
    """("First M.", "Last") as a tax form asks for them."""
    *first, last = name.split()
    return " ".join(first), last


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}
F710_DURATION = {"short": "Checkbox_38", "long": "Checkbox_39", "resolved": "Checkbox_40"}


def form710_values(app: App, dates: bool) -> dict[str, str | bool]:
    """The answers of a Form 710 by its AcroForm names: text by string, boxes by True."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True, F710_DURATION[app.duration]: True,
        "Number_10": "415.00"}
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


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    """The real Form 710 filled through its AcroForm."""
    values = form710_values(app, type_dates)
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
    """Typed on screen, signed with drawn strokes laid over the signature field, the date typed in its field."""
    writer = form710_filled(app, type_dates=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    marks = [Mark("sig", 152, 347, w=190, seed=app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        marks.append(Mark("sig", 164, 309, w=180, seed=app.seed + 1))
    apply_screen_marks(c, marks)
    synth_line(c)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    writer.pages[3].merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"bu710{app.loan}")


def form710_signature_marks(app: App) -> list[Mark]:
    marks: list[Mark] = []
    if app.b_signs:
        marks.append(Mark("sig", 152, 347, w=190, seed=app.seed))
    if app.b_dates:
        marks.append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks.append(Mark("sig", 164, 309, w=180, seed=app.seed + 1))
        marks.append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return marks


def form710_typed_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed into the AcroForm, printed, signed and dated in ink, then scanned."""
    pdf = fixed_pypdf_bytes(form710_filled(app, type_dates=False), "bu710ink")
    return scan_sheets(pdf, [[], [], [], form710_signature_marks(app)], style, seed)


def form710_rects() -> dict[str, tuple[int, tuple[float, float, float, float]]]:
    """Every widget of the blank Form 710: name -> (page index, rect)."""
    out = {}
    for i, page in enumerate(PdfReader(FORM710).pages):
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            out[str(w.get("/T", ""))] = (i, tuple(float(v) for v in w["/Rect"]))
    return out


def form710_by_hand(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """The blank Form 710 printed and filled in entirely by pen: words and figures on the lines, boxes crossed,
    signed and dated; then scanned."""
    rects = form710_rects()
    marks: list[list[Mark]] = [[], [], [], []]
    for n, (name, value) in enumerate(form710_values(app, dates=False).items(), 1):
        page, (x0, y0, x1, y1) = rects[name]
        if isinstance(value, bool):
            side = min(x1 - x0, y1 - y0)
            marks[page].append(Mark("x", x0, y0, w=side, seed=app.seed * 7 + n))
        else:
            text = value.replace(",", "") if name.startswith("Number") else value
            marks[page].append(Mark("hand", x0 + 4, y0 + 3, text, size=11.5, seed=app.seed * 7 + n))
    marks[3] += form710_signature_marks(app)
    reader = PdfReader(FORM710)
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    pdf = fixed_pypdf_bytes(writer, "bu710blank")
    return scan_sheets(pdf, marks, style, seed)


AMS_REASONS = ("Unemployment (laid off, furloughed, job eliminated)", "Reduction in income (fewer hours, lower pay)",
               "Increase in housing expenses (taxes, insurance, HOA)", "Disaster affecting the home or workplace",
               "Disability or serious illness", "Divorce or legal separation", "Separation of unmarried co-borrowers",
               "Death of a borrower or wage earner", "Distant employment transfer or relocation",
               "Other (explain on line 4)")
AMS_INCOME = ("Wages, salary, overtime, tips, commissions, bonuses (all jobs)", "Self-employment income (net)",
              "Unemployment insurance benefits (weekly benefit x 52 / 12)",
              "Social Security, pension, disability, public assistance (taxable)",
              "Non-taxable Social Security or disability income",
              "Rental income (less expenses other than the mortgage)", "Investment or insurance income",
              "Other (alimony, child support, severance installments)")
AMS_FORM = "Form AMS-UI2 (Rev. 01-2049)"


def ams_ui2(app: App, ink: bool, counselor: tuple[str, str, str, str] | None = None) -> Paper:
    """Ashgrove Mortgage Servicing's "Job Loss and Income Interruption Relief Request" (Form AMS-UI2), laid out
    like a federal tax return: a "Form" box and the title across the top, the loan number in a box at the top
    right, names split into first-name-and-initial and last-name cells, numbered lines run out by dot leaders to
    entry boxes at the right, "Part I / II / III" bars, the monthly income in TWO columns - (a) before the hardship
    and (b) now, column (b) being the one claimed - and a "Sign Here" block with occupations and a housing
    counselor's cells."""

    def part_bar(c: Canvas, y: float, part: str, title: str) -> None:
        c.setLineWidth(0.8)
        c.line(50, y + 14, 562, y + 14)
        c.setFillColor(black)
        c.rect(50, y, 40, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(70, y + 4, part)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(98, y + 4, title)
        c.line(50, y, 562, y)

    def cell(c: Canvas, f: Filler, x0: float, x1: float, y: float, caption: str, value: str,
             h: float = 26) -> None:
        c.setLineWidth(0.5)
        c.line(x0, y, x1, y)
        if x0 > 50:
            c.line(x0, y, x0, y + h)
        c.setFont("Helvetica", 6.3)
        c.drawString(x0 + 2, y + h - 7, caption)
        f.text(c, x0 + 4, y + 5, value)

    def entry(c: Canvas, f: Filler, y: float, num: str, label: str, value: str, x0: float = 450) -> None:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, y, num)
        c.setFont("Helvetica", 8)
        c.drawString(70, y, label)
        leaders(c, 74 + stringWidth(label, "Helvetica", 8), x0 - 20, y)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(x0 - 3, y, num)
        c.setLineWidth(0.5)
        c.rect(x0, y - 5, 562 - x0, 16, stroke=1, fill=0)
        f.text(c, x0 + 5, y - 1, value, size=9.5)

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(ink, app.seed * 11 + 1)
        c.setLineWidth(0.6)
        c.line(150, 704, 150, 762)
        c.line(450, 704, 450, 762)
        c.setFont("Helvetica", 7)
        c.drawString(52, 752, "Form")
        c.setFont("Helvetica-Bold", 18)
        c.drawString(52, 730, "AMS-UI2")
        c.setFont("Helvetica", 6.5)
        c.drawString(52, 718, "(Rev. January 2049)")
        c.setFont("Helvetica", 8)
        c.drawCentredString(300, 752, "Ashgrove Mortgage Servicing, LLC  -  Loss Mitigation")
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(300, 736, "Job Loss and Income Interruption")
        c.drawCentredString(300, 722, "Relief Request")
        c.setFont("Helvetica", 6.8)
        c.drawCentredString(300, 709, "Attach the papers listed on page 2. Keep a copy for your records.")
        c.setFont("Helvetica", 6.5)
        c.drawString(454, 752, "Loan number (from your statement)")
        f.text(c, 458, 726, app.loan, size=12)
        c.setLineWidth(2)
        c.line(50, 702, 562, 702)
        first, last = split_name(app.borrower)
        cofirst, colast = split_name(app.co) if app.co else ("", "")
        y = 676
        cell(c, f, 50, 250, y, "Borrower's first name and middle initial", first)
        cell(c, f, 250, 450, y, "Last name", last)
        cell(c, f, 450, 562, y, "Borrower's SSN (last 4 only)", app.ssn[-4:])
        y -= 26
        cell(c, f, 50, 250, y, "If a joint request, co-borrower's first name and middle initial", cofirst)
        cell(c, f, 250, 450, y, "Last name", colast)
        cell(c, f, 450, 562, y, "Co-borrower's SSN (last 4 only)", (app.co_ssn or "")[-4:])
        y -= 26
        cell(c, f, 50, 470, y, "Property address (number and street). If you have a P.O. box, see instructions.",
             app.street)
        cell(c, f, 470, 562, y, "Apt. no.", "")
        y -= 26
        cell(c, f, 50, 330, y, "City, town, or post office", app.city)
        cell(c, f, 330, 400, y, "State", app.state)
        cell(c, f, 400, 562, y, "ZIP code", app.zip)
        y -= 26
        cell(c, f, 50, 250, y, "Phone", app.phone)
        cell(c, f, 250, 562, y, "E-mail", app.email)
        part_bar(c, 540, "Part I", "Property")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, 524, "1")
        c.setFont("Helvetica", 8)
        c.drawString(70, 524, "Occupancy. Check only one box.")
        for i, (occ, label) in enumerate(zip(OCCUPANCIES, ("Principal residence", "Second home",
                                                           "Investment / rental property"), strict=True)):
            x = 210 + i * 118
            c.rect(x, 522, 9, 9, stroke=1, fill=0)
            f.box(c, x, 522, 9, app.occupancy == occ)
            c.drawString(x + 13, 524, label)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, 506, "2")
        c.setFont("Helvetica", 8)
        c.drawString(70, 506, "Is the property listed for sale?")
        for i, lab in enumerate(("Yes", "No")):
            c.rect(210 + i * 50, 504, 9, 9, stroke=1, fill=0)
            f.box(c, 210 + i * 50, 504, 9, lab == "No")
            c.drawString(223 + i * 50, 506, lab)
        part_bar(c, 474, "Part II", "Your Job Loss or Income Interruption")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, 458, "3")
        c.setFont("Helvetica", 8)
        c.drawString(70, 458, "Reason(s) you need help. Check all that apply.")
        for i, reason in enumerate(AMS_REASONS):
            col, row = divmod(i, 5)
            x = 70 + col * 250
            y = 442 - row * 14
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x, y, "abcdefghij"[i])
            c.rect(x + 10, y - 2, 9, 9, stroke=1, fill=0)
            f.box(c, x + 10, y - 2, 9, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 7.8)
            c.drawString(x + 24, y, reason)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, 364, "4")
        c.setFont("Helvetica", 8)
        c.drawString(70, 364, "Explain \"other\":")
        c.line(140, 362, 562, 362)
        f.text(c, 144, 365, app.other_text, size=9.5)
        entry(c, f, 340, "5", "Date the hardship began (MM/DD/YYYY)", mdy(app.start) if app.start else "")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, 318, "6")
        c.setFont("Helvetica", 8)
        c.drawString(70, 318, "The hardship is")
        for i, (dur, lab) in enumerate((("short", "short-term (6 months or less)"),
                                        ("long", "long-term (more than 6 months)"), ("resolved", "resolved"))):
            x = 140 + i * 150
            c.rect(x, 316, 9, 9, stroke=1, fill=0)
            f.box(c, x, 316, 9, app.duration == dur)
            c.drawString(x + 13, 318, lab)
        entry(c, f, 294, "7", "Employer you lost, or were furloughed by", app.lost_employer, x0=330)
        entry(c, f, 272, "8", "Last day you worked for that employer (MM/DD/YYYY)",
              mdy(app.last_day) if app.last_day else "")
        entry(c, f, 250, "9", "State that pays your unemployment benefits, if any", app.ui_state)
        c.setLineWidth(2)
        c.line(50, 232, 562, 232)
        c.setFont("Helvetica", 6.5)
        c.drawString(50, 222, "For the privacy notice, see page 2.")
        c.drawCentredString(320, 222, "Cat. No. 40917A")
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(562, 222, AMS_FORM)
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(ink, app.seed * 11 + 2)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 752, AMS_FORM)
        c.drawString(260, 752, "Loan number")
        c.line(312, 750, 430, 750)
        f.text(c, 316, 753, app.loan)
        c.drawRightString(562, 752, "Page 2")
        c.setLineWidth(1.2)
        c.line(50, 746, 562, 746)
        part_bar(c, 718, "Part III", "Monthly Income (before taxes, whole household)")
        paragraphs(c, 52, 704, 330, ["Enter monthly amounts. Column (a): what the household received each month "
                                     "BEFORE the hardship. Column (b): what it receives NOW. We evaluate you on "
                                     "column (b)."], font="Helvetica", size=7.2, leading=8.6)
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(425, 700, "(a) Before the")
        c.drawCentredString(425, 692, "hardship")
        c.drawCentredString(515, 700, "(b) Now")
        c.drawCentredString(515, 692, "(current monthly)")
        y = 668
        rows = [(f"10{'abcdefgh'[i]}", label, app.before.get(k, 0.0), app.income.get(k, 0.0))
                for i, (k, label) in enumerate(zip(INCOMES, AMS_INCOME, strict=True))]
        rows.append(("11", "Total. Add lines 10a through 10h", r2(sum(app.before.values())), app.total))
        for num, label, before, now in rows:
            bold = num == "11"
            c.setFont("Helvetica-Bold", 8)
            c.drawString(52, y, num)
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
            c.drawString(74, y, label)
            leaders(c, 78 + stringWidth(label, "Helvetica-Bold" if bold else "Helvetica", 8), 362, y)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawRightString(376, y, num)
            c.setLineWidth(0.5)
            if bold:
                c.setFillGray(0.9)
            c.rect(380, y - 5, 90, 16, stroke=1, fill=1 if bold else 0)
            c.rect(470, y - 5, 92, 16, stroke=1, fill=1 if bold else 0)
            c.setFillColor(black)
            f.right(c, 466, y - 1, money(before) if before > 0 else "", size=9.5)
            f.right(c, 558, y - 1, money(now) if now > 0 else "", size=9.5)
            y -= 19
        part_bar(c, 470, "Part IV", "Assets (do not include retirement accounts)")
        entry(c, f, 452, "12", "Checking accounts and cash on hand", money(640.0 + app.seed % 7 * 35), x0=470)
        entry(c, f, 432, "13", "Savings, money market, certificates of deposit", "", x0=470)
        # Sign Here
        top = 410
        c.setLineWidth(1.6)
        c.line(50, top, 562, top)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(54, top - 34, "Sign")
        c.drawString(54, top - 52, "Here")
        c.setLineWidth(2.5)
        c.line(100, top - 10, 100, top - 118)
        paragraphs(c, 108, top - 10, 450, [
            "Under penalties of perjury, I declare that I have examined this request and the papers attached, and to "
            "the best of my knowledge and belief they are true, correct, and complete, and that the hardship shown "
            "contributed to my need for help. I consent to a credit report for every borrower named."],
            font="Helvetica", size=6.8, leading=8.2)
        y = top - 66
        for who, name, signs, dates, occ, k in (
                ("Your signature", app.borrower, app.b_signs, app.b_dates, app.occupation, 0),
                ("Co-borrower's signature. If a joint request, both must sign.", app.co, bool(app.co) and app.co_signs,
                 bool(app.co) and app.co_signs, app.co_occupation if app.co else "", 1)):
            c.setLineWidth(0.5)
            c.line(108, y, 562, y)
            c.line(330, y, 330, y + 26)
            c.line(420, y, 420, y + 26)
            c.setFont("Helvetica", 6.3)
            c.drawString(110, y + 19, who)
            c.drawString(332, y + 19, "Date")
            c.drawString(422, y + 19, "Your occupation" if k == 0 else "Co-borrower's occupation")
            if name and signs:
                f.sign(120, y + 3, 150, app.seed + k)
            if name and dates:
                f.text(c, 336, y + 4, mdy(app.signed_on), size=9.5)
            f.text(c, 426, y + 4, occ, size=8.5)
            y -= 34
        c.setLineWidth(1.6)
        c.line(50, top - 124, 562, top - 124)
        y = top - 132
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y - 8, "Housing")
        c.drawString(54, y - 18, "Counselor")
        c.drawString(54, y - 28, "Use Only")
        labels = (("Counselor's name", 108, 260), ("Agency", 260, 430), ("HUD agency ID", 430, 500),
                  ("Phone", 500, 562))
        for i, (cap, x0, x1) in enumerate(labels):
            c.setLineWidth(0.5)
            c.line(x0, y - 30, x1, y - 30)
            c.line(x0, y - 30, x0, y)
            c.setFont("Helvetica", 6.3)
            c.drawString(x0 + 2, y - 7, cap)
            if counselor:
                f.text(c, x0 + 4, y - 25, counselor[i], size=8)
        c.setFont("Helvetica", 6.5)
        paragraphs(c, 50, 190, 512, [
            "Papers to attach: your most recent pay stub from any current job (or two recent bank statements), any "
            "unemployment benefit papers you have, and a letter explaining your hardship if you checked 3j. "
            "Privacy notice: we use this information to review you for mortgage relief; giving it is voluntary, "
            "but without it we may not be able to review your request."], font="Helvetica", size=6.8, leading=8.4)
        c.setLineWidth(2)
        c.line(50, 80, 562, 80)
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(562, 70, AMS_FORM)
        return f.marks

    return Paper([page1, page2])


KHL_REASONS = ("Lost my job / laid off / furloughed", "My pay or hours were cut", "My housing costs went up",
               "A disaster hit my home or my workplace", "Serious illness or disability",
               "Divorce or legal separation", "Separation of unmarried co-owners",
               "Death of a borrower or wage earner", "My job moved far away / relocation", "Something else:")
KHL_NAVY = Color(0.07, 0.16, 0.33)
KHL_FORM = "Form KHL-14U  -  Job Loss & Income Loss Edition  -  03/2049"


def khl14u(app: App, ink: bool, payment: float, past_due: float, prepared: dt.date) -> Paper:
    """Keelhaven Home Loans' PRE-ADDRESSED "Mortgage Assistance Application" (Form KHL-14U): the servicer printed
    the borrowers' names, the mailing block (under a postal bar code) for a window envelope, a "Your loan at a
    glance" panel (loan number, property, payment, amount past due) and the names under the signature lines; the
    borrower completes the rest - the SSNs, contact, occupancy, reasons, the start date, a "lost a job" box (who,
    employer, last day, state, weekly benefit) and, on page 2, the monthly income, where the unemployment line asks
    for the weekly benefit AND its monthly figure (the monthly figure is the claim)."""

    def band(c: Canvas, y: float, num: int, title: str) -> None:
        c.setFillColor(KHL_NAVY)
        c.rect(50, y, 512, 17, stroke=0, fill=1)
        c.setFillColor(white)
        c.circle(62, y + 8.5, 6.5, stroke=0, fill=1)
        c.setFillColor(KHL_NAVY)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(62, y + 5.5, str(num))
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(76, y + 5, title)
        c.setFillColor(black)

    def merge(c: Canvas, x: float, y: float, text: str, size: float = 9.5) -> None:
        c.setFont("Helvetica", size)
        c.drawString(x, y, text)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(KHL_NAVY)
        p = c.beginPath()
        p.moveTo(50, 748)
        p.lineTo(78, 748)
        p.lineTo(70, 732)
        p.lineTo(58, 732)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(62.5, 748, 3, 16, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(86, 746, "KEELHAVEN")
        c.setFont("Helvetica", 7.5)
        c.drawString(87, 736, "H O M E   L O A N S")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(50, 722, "Servicing Center  -  PO Box 60017  -  Norfolk, VA 23501  -  1-800-555-0164")
        c.setFont("Helvetica-Bold", 11.5)
        c.drawRightString(562, 750, "MORTGAGE ASSISTANCE APPLICATION" + ("" if n == 1 else " (continued)"))
        c.setFont("Helvetica", 7)
        c.drawRightString(562, 739, f"Prepared for you on {long_date(prepared)}")
        c.drawRightString(562, 729, KHL_FORM)
        c.drawRightString(562, 719, f"Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(ink, app.seed * 13 + 1)
        head(c, 1)
        rng = random.Random(app.loan)
        x = 72.0
        for _ in range(65):  # a postal bar code over the mailing block
            tall = rng.choice([(0, 9), (0, 6), (3, 6), (3, 9)])
            c.rect(x, 688 + tall[0], 1.3, tall[1] - tall[0], stroke=0, fill=1)
            x += 3.1
        y = 672
        people = [app.borrower.upper()] + ([app.co.upper()] if app.co else [])
        for ln in [*people, app.street.upper(), f"{app.city.upper()} {app.state} {app.zip}"]:
            merge(c, 72, y, ln)
            y -= 12
        c.setLineWidth(0.6)
        c.rect(340, 608, 222, 96, stroke=1, fill=0)
        c.setFillColor(Color(0.9, 0.92, 0.96))
        c.rect(340, 688, 222, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(346, 693, "YOUR LOAN AT A GLANCE")
        glance = [("Loan number", app.loan), ("Property", app.street.upper()),
                  ("", f"{app.city.upper()} {app.state} {app.zip}"), ("Monthly payment", "$" + money(payment)),
                  ("Amount past due", f"${money(past_due)} as of {mdy(prepared)}")]
        for i, (k, v) in enumerate(glance):
            c.setFont("Helvetica", 7)
            c.drawString(346, 676 - 14 * i, k)
            merge(c, 420, 676 - 14 * i, v, size=8.5)
        band(c, 578, 1, "WHO IS APPLYING")
        c.setFont("Helvetica", 6.8)
        for x, t in ((52, "Name on the loan (printed by Keelhaven)"), (250, "Last 4 of SSN"), (330, "Phone"),
                     (430, "E-mail")):
            c.drawString(x, 566, t)
        for i, (name, ssn, phone, email) in enumerate(((app.borrower, app.ssn[-4:], app.phone, app.email),
                                                       (app.co or "", (app.co_ssn or "")[-4:], "", ""))):
            y = 546 - 22 * i
            c.setFont("Helvetica-Bold", 7)
            c.drawString(52, y + 12, "Borrower" if i == 0 else "Co-borrower")
            if name:
                merge(c, 52, y + 1, name.upper())
            c.setLineWidth(0.5)
            for x0, x1 in ((52, 240), (250, 320), (330, 420), (430, 562)):
                c.line(x0, y - 3, x1, y - 3)
            f.text(c, 254, y, ssn)
            f.text(c, 334, y, phone, size=9)
            f.text(c, 434, y, email, size=8.5)
        band(c, 486, 2, "THE PROPERTY")
        c.setFont("Helvetica", 8)
        c.drawString(52, 470, "Property address (as we have it):")
        merge(c, 190, 470, app.address.upper(), size=9)
        c.drawString(52, 454, "If this is wrong, write the correct address:")
        c.line(220, 452, 562, 452)
        c.drawString(52, 436, "How is it used today?")
        occ_labels = ("I live there (principal residence)", "Second or vacation home", "Rented out / investment")
        for i, (occ, lab) in enumerate(zip(OCCUPANCIES, occ_labels, strict=True)):
            x = 150 + i * 140
            c.rect(x, 434, 8, 8, stroke=1, fill=0)
            f.box(c, x, 434, 8, app.occupancy == occ)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, 436, lab)
        c.drawString(52, 420, "Do you want to keep the home?")
        for i, lab in enumerate(("Keep it", "Sell it", "Not sure")):
            x = 190 + i * 70
            c.rect(x, 418, 8, 8, stroke=1, fill=0)
            f.box(c, x, 418, 8, i == 0)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, 420, lab)
        band(c, 388, 3, "WHAT HAPPENED")
        c.setFont("Helvetica", 8)
        c.drawString(52, 374, "Mark every reason that applies:")
        for i, reason in enumerate(KHL_REASONS):
            col, row = divmod(i, 5)
            x = 56 + col * 256
            y = 358 - row * 14
            c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
            f.box(c, x, y - 1, 8, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, y, reason)
        c.line(380, 300, 562, 300)
        f.text(c, 384, 302, app.other_text, size=8.5)
        c.setFont("Helvetica", 8)
        c.drawString(52, 276, "When did it start? (mm/dd/yyyy)")
        c.rect(180, 270, 86, 17, stroke=1, fill=0)
        f.text(c, 185, 275, mdy(app.start) if app.start else "", size=9.5)
        c.setFont("Helvetica", 8)
        c.drawString(290, 276, "How long will it last?")
        for i, (dur, lab) in enumerate((("short", "6 months or less"), ("long", "Longer"), ("resolved", "It is over"))):
            x = 380 + i * 64 + (12 if i else 0)
            c.rect(x, 274, 8, 8, stroke=1, fill=0)
            f.box(c, x, 274, 8, app.duration == dur)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 11, 276, lab)
        c.setDash(3, 2)
        c.rect(50, 150, 512, 104, stroke=1, fill=0)
        c.setDash()
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(58, 240, "IF SOMEONE IN THE HOUSEHOLD LOST A JOB OR WAS FURLOUGHED")
        rows = [("Who lost the job", app.lost_who, 58, 226, 150, 300), ("Employer", app.lost_employer, 310, 226, 356,
                                                                        556),
                ("Last day worked (mm/dd/yyyy)", mdy(app.last_day) if app.last_day else "", 58, 204, 180, 300),
                ("State paying benefits", app.ui_state, 310, 204, 400, 556)]
        for label, value, x, y, lx, rx in rows:
            c.setFont("Helvetica", 8)
            c.drawString(x, y, label)
            c.line(lx, y - 2, rx, y - 2)
            f.text(c, lx + 4, y, value, size=9)
        c.setFont("Helvetica", 8)
        c.drawString(58, 182, "Receiving unemployment benefits now?")
        for i, lab in enumerate(("Yes", "No")):
            c.rect(210 + i * 44, 180, 8, 8, stroke=1, fill=0)
            f.box(c, 210 + i * 44, 180, 8, (app.wba > 0) == (lab == "Yes"))
            c.setFont("Helvetica", 8)
            c.drawString(222 + i * 44, 182, lab)
        c.drawString(310, 182, "Weekly benefit amount  $")
        c.line(410, 180, 500, 180)
        f.text(c, 414, 182, money(app.wba) if app.wba else "", size=9)
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(58, 160, "You do not need to send proof of unemployment benefits, but it helps us if you do.")
        c.setFont("Helvetica", 6.5)
        c.drawString(50, 120, "Keelhaven Home Loans is a debt collector. Information you give us will be used to "
                              "review you for mortgage assistance.")
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(ink, app.seed * 13 + 2)
        head(c, 2)
        c.setFont("Helvetica", 8)
        c.drawString(50, 700, "Loan number")
        merge(c, 110, 700, app.loan, size=10)
        merge(c, 250, 700, app.borrower.upper(), size=9)
        band(c, 668, 4, "MONEY COMING IN EACH MONTH (before taxes, everyone on the loan together)")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(556, 654, "MONTHLY AMOUNT")
        labels = ["Wages and salary from all jobs (include overtime, tips, bonuses)",
                  "Self-employment (after business expenses)",
                  "Unemployment benefits:  weekly $",
                  "Social Security, pension or disability (taxable)", "Social Security or disability (non-taxable)",
                  "Rent received (after expenses other than this mortgage)", "Investments or insurance",
                  "Other (child support, alimony, severance paid monthly)"]
        y = 636
        for k, label in zip(INCOMES, labels, strict=True):
            c.setFont("Helvetica", 8.5)
            c.drawString(56, y, label)
            if k == "unemployment":
                lx = 58 + stringWidth(label, "Helvetica", 8.5)
                c.line(lx, y - 2, lx + 60, y - 2)
                c.drawString(lx + 66, y, "x 52 / 12 =")
                f.text(c, lx + 3, y, money(app.wba) if app.wba and app.income.get(k) else "", size=9)
            c.drawString(452, y, "$")
            c.line(460, y - 2, 560, y - 2)
            f.right(c, 556, y, money(app.income[k]) if app.income.get(k) else "", size=9.5)
            y -= 19
        c.setFillColor(Color(0.9, 0.92, 0.96))
        c.rect(50, y - 6, 512, 19, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, y, "TOTAL EACH MONTH")
        c.drawString(452, y, "$")
        c.line(460, y - 2, 560, y - 2)
        f.right(c, 556, y, money(app.total), size=9.5)
        band(c, 432, 5, "MONEY IN THE BANK")
        for i, lab in enumerate(("Checking and cash", "Savings, CDs, money market")):
            c.setFont("Helvetica", 8.5)
            c.drawString(56, 414 - 18 * i, lab)
            c.drawString(452, 414 - 18 * i, "$")
            c.line(460, 412 - 18 * i, 560, 412 - 18 * i)
        f.right(c, 556, 414, money(310.0 + app.seed % 5 * 41), size=9.5)
        band(c, 362, 6, "SIGN HERE")
        y = paragraphs(c, 56, 346, 500, [
            "By signing, I say that what I wrote on this application is true and that the hardship I described is why "
            "I need help. I will send the papers Keelhaven asks for. Keelhaven may check my credit and may contact "
            "me at the numbers I gave. Lying on this form may be a federal crime."],
            font="Helvetica", size=8, leading=10.5)
        y -= 30
        for k, (name, signs, dates) in enumerate(((app.borrower, app.b_signs, app.b_dates),
                                                  (app.co, bool(app.co) and app.co_signs,
                                                   bool(app.co) and app.co_signs))):
            c.setFont("Helvetica-Bold", 16)
            c.drawString(56, y, "X")
            c.setLineWidth(0.7)
            c.line(72, y - 2, 360, y - 2)
            c.rect(400, y - 4, 110, 20, stroke=1, fill=0)
            c.setFont("Helvetica", 6.8)
            c.drawString(400, y - 12, "Date (mm/dd/yyyy)")
            if name:
                merge(c, 72, y - 12, name.upper(), size=8)
            else:
                c.drawString(72, y - 12, "Co-borrower (if any)")
            if name and signs:
                f.sign(90, y, 170, app.seed + k)
            if name and dates:
                f.text(c, 406, y + 1, mdy(app.signed_on), size=9.5)
            y -= 52
        c.setLineWidth(0.6)
        c.rect(50, 60, 512, y - 50, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(58, y - 4, "WHAT TO SEND WITH THIS FORM")
        items = ["Your most recent pay stub from every job, or your two most recent bank statements",
                 "If you are self-employed: a profit and loss statement or two recent bank statements, and "
                 "Form 4506-C",
                 "A letter explaining your hardship if you marked \"Something else\"",
                 "Papers about unemployment benefits are optional"]
        yy = y - 20
        for it in items:
            c.rect(60, yy - 1, 7, 7, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(72, yy, it)
            yy -= 13
        return f.marks

    return Paper([page1, page2])


# --- packets -------------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    account: str | None = None
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
        """An image-only file (scan, fax or photos) of the given documents' sheets, in order."""
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
    return Doc(lt.type, lt.fields, lt.date)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    required = {"loan_number": bool(app.loan), "borrower_name": bool(app.borrower),
                "property_address": bool(app.street and app.city), "occupancy": app.occupancy in OCCUPANCIES,
                "hardship_types": bool(app.hardships), "hardship_start_date": app.start is not None,
                "income": any(v > 0 for v in app.income.values())}
    out += [f"application_field:{k}" for k, ok in required.items() if not ok]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(b.date) and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stub_ok = any(d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None for d in docs)
    signed_pl = any(d.type in ("profit_and_loss_statement", "tax_return") and d.signed and fresh(d.date) for d in docs)
    rules = {"wages": stub_ok or two_bank, "self_employment": two_bank or signed_pl, "unemployment": True,
             "benefits_taxable": two_bank, "benefits_nontaxable": two_bank, "rental": two_bank,
             "investment": two_bank, "other": two_bank}
    out += [f"income_doc:{k}" for k, v in app.income.items() if v > 0 and not rules[k]]
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    out += [f"hardship_doc:{h}" for h in app.hardships if h in need and not (need[h] & types)]
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


def ui_weeks(first_end: dt.date, last_end: dt.date, gross: float, deducted: Callable[[dt.date], float],
             tax_rate: float, paid_after: int = 3) -> list[tuple[dt.date, dt.date, float, float, float]]:
    """Weekly benefit lines (week ending, paid on, gross, earnings deducted, tax withheld)."""
    out = []
    d = first_end
    while d <= last_end:
        ded = deducted(d)
        out.append((d, d + dt.timedelta(days=paid_after), gross, ded, r2((gross - ded) * tax_rate)))
        d += dt.timedelta(days=7)
    return out


def base_quarters(rng: random.Random, quarterly: float) -> list[float]:
    return [r2(quarterly * rng.uniform(0.93, 1.06)) for _ in range(4)]


AG_NC = Agency("North Carolina Division of Reemployment Security", "NC ReEmploy", "700 Wade Avenue, Raleigh, NC "
               "27605", "(888) 555-0177", "Form NCRS-501M (rev. 07/2048)", Color(0.12, 0.3, 0.5))
AG_WA = Agency("Washington Employment Benefits Office", "ESB Claimant Portal", "PO Box 9046, Olympia, WA 98507",
               "(800) 555-0148", "", Color(0.05, 0.35, 0.3))
AG_OR = Agency("Oregon Employment Benefits Office", "OEBO Online Claims", "875 Union Street NE, Salem, OR 97311",
               "(877) 555-0126", "", Color(0.3, 0.2, 0.45))
AG_GA = Agency("Georgia Reemployment Insurance Division", "", "148 Andrew Young International Blvd NE, Atlanta, GA "
               "30303", "(404) 555-0111", "GRID-1408 (03/2049)", Color(0.45, 0.1, 0.1))
AG_OH = Agency("Ohio Bureau of Reemployment Benefits", "", "4020 East Fifth Avenue, Columbus, OH 43219",
               "(877) 555-0162", "ORB 2211 (rev. 11/2048)", Color(0.55, 0.12, 0.12))
AG_TN = Agency("Tennessee Division of Workforce Benefits", "", "220 French Landing Drive, Nashville, TN 37243",
               "(844) 555-0139", "TDWB MD-7 (rev. 01/2049)", Color(0.2, 0.25, 0.5))


def packet_bu1(seed: int) -> Packet:
    """Born-digital, folder named after the loan: Form 710 typed in its fields and signed on screen; a final pay
    stub with the vacation payout; the layoff and severance letter; the monetary determination; a letter."""
    rng = random.Random(seed * 1000 + 1)
    received = dt.date(2049, 3, 16)
    home = ["1187 Sawmill Ridge Road", "Hickory, NC 28601"]
    wh = Withholding(0.08, 0.0425, (("Medical plan", 54.10), ("401(k) savings", 31.75)), "NC income tax")
    stub = final_stub("Halloway Casegoods, Inc.", "2200 Furniture Row SE, Hickory, NC 28602", "Corinne A. Baptiste",
                      "HC-10472", "Finishing - Line 3", dt.date(2049, 1, 22), 19.85, wh, 88.0, dt.date(2049, 1, 15),
                      home, f"bu1x{seed:04d}")
    wba = 486.00
    app = App("3304917762", "Corinne A. Baptiste", "948-62-1187", "1187 Sawmill Ridge Road", "Hickory", "NC", "28601",
              "(828) 555-0143", "corinne.baptiste@example.net", "primary_residence", ["unemployment"],
              dt.date(2049, 1, 15), "long", {"unemployment": weekly_to_monthly(wba)}, dt.date(2049, 3, 11),
              seed=seed + 11)
    p = Packet("bu1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Baptiste MAA 710.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{folder}/final paycheck stub.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    layoff = employer_letter(
        ("HALLOWAY CASEGOODS, INC.", "Human Resources  -  2200 Furniture Row SE, Hickory, NC 28602  -  (828) 555-0109",
         Color(0.35, 0.2, 0.1)), dt.date(2049, 1, 5), [app.borrower, *home], "Re: Notice of layoff and severance",
        ["Because of the continued drop in orders for case goods, Halloway is reducing the workforce of the finishing "
         "department. We regret to tell you that your position is among those eliminated. Your last day of work "
         "will be Friday, January 15, 2049.",
         "You will be paid for all hours worked through your last day and for your accrued, unused vacation on your "
         "final paycheck. If you sign and return the enclosed separation agreement and release within 21 days, "
         "Halloway will also pay you severance equal to six weeks of base pay, in one lump sum within 30 days after "
         "the release becomes effective.",
         "Your medical coverage continues through January 31, 2049; information about continuation coverage "
         "(COBRA) will be mailed to your home. You may apply for unemployment insurance benefits with the North "
         "Carolina Division of Reemployment Security right away."],
        ["Sincerely,", "", "Brenda Oakes, Human Resources Manager", "Halloway Casegoods, Inc."],
        [("Last day of work", "January 15, 2049"), ("Severance (6 weeks of base pay)", "$" + money(6 * 40 * 19.85)),
         ("Medical coverage ends", "January 31, 2049")], sign_seed=seed + 17)
    p.pdf(f"{folder}/Halloway layoff letter.pdf", paper_pdf(layoff.paper), (letter_doc(layoff), 1))
    det = determination_letter(AG_NC, app.borrower, home, "NC-49-0117-33821", dt.date(2049, 1, 27),
                               dt.date(2049, 1, 17), wba, 16,
                               [("Halloway Casegoods, Inc.", base_quarters(rng, 10640.0))],
                               ["Q4 2047", "Q1 2048", "Q2 2048", "Q3 2048"])
    p.pdf(f"{folder}/UI monetary determination.pdf", paper_pdf(det.paper), (letter_doc(det), 2))
    on = dt.date(2049, 3, 11)
    hl = hardship_letter(app.borrower, None, home, app.loan, on, "Mortgage servicing department", [
        "On January 15 I was laid off from Halloway Casegoods after eleven years in the finishing department. The "
        "company cut two lines because orders dropped, and about sixty of us lost our jobs the same week.",
        f"I now receive unemployment benefits of ${money(wba)} a week. My severance and my vacation payout went to "
        "the January and February payments and to catch up on the electric bill, but I cannot keep up the full "
        "payment on benefits alone.",
        "I am going to job fairs and have applied for a retraining grant at the community college. I want to keep "
        "my home and I am asking for a forbearance or a modification until I am working again."],
        ink=False, seed=seed)
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


def packet_bu2(seed: int) -> Packet:
    """Loose born-digital files named "<loan>_...": Ashgrove's AMS-UI2 typed and signed on screen (before / now
    income columns); a pay stub from before the furlough, stale; the state portal's payment history; ONE bank
    statement; the furlough notice. Wages now are claimed and not documented: income_doc:wages."""
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2049, 4, 21)
    home = ["2716 West Pacific Avenue", "Spokane, WA 99201"]
    wh = Withholding(0.09, 0.0, (("Medical plan", 62.80), ("Union dues", 28.00)))
    stub = service_stub("Cascade Regional Airways", "8200 West Flightline Drive, Spokane, WA 99224",
                        "Desmond K. Aldana", "CRA-55107", "Ramp Agent II", "biweekly", dt.date(2048, 1, 3),
                        dt.date(2048, 12, 18), 24.35, 80.0, wh, f"bu2{seed}")
    weeks = ui_weeks(dt.date(2049, 1, 9), dt.date(2049, 4, 10), 562.00,
                     lambda d: 312.00 if d >= dt.date(2049, 3, 6) else 0.0, 0.10, paid_after=4)
    app = App("0508824413", "Desmond K. Aldana", "957-30-6614", "2716 West Pacific Avenue", "Spokane", "WA", "99201",
              "(509) 555-0177", "d.aldana@example.com", "primary_residence", ["unemployment", "reduction_in_income"],
              dt.date(2049, 1, 4), "short", {"wages": 1872.00, "unemployment": weekly_to_monthly(250.00)},
              dt.date(2049, 4, 16), before={"wages": stub.monthly}, lost_employer="Cascade Regional Airways",
              last_day=dt.date(2049, 1, 3), ui_state="Washington", occupation="Ramp agent (part-time)",
              seed=seed + 21)
    p = Packet("bu2", received, app, ["income_doc:wages"])
    loan = app.loan
    counselor = ("Lorraine Castillo", "Spokane Neighborhood Housing Partners", "80417", "(509) 555-0190")
    p.pdf(f"{loan}_application.pdf", paper_pdf(ams_ui2(app, ink=False, counselor=counselor)), (app_doc(), 2))
    p.pdf(f"{loan}_paystub.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    hist = payment_history(AG_WA, app.borrower, "WA-2049-0104-77120", dt.date(2049, 4, 14), "4/14/49, 8:52 PM",
                           weeks, "Direct deposit to account ending 3390",
                           "https://claims.esb.wa.example/claimant/payments/history")
    p.pdf(f"{loan}_ESB_payments.pdf", paper_pdf(hist.paper), (letter_doc(hist), 1))
    ui_credits = [(wk[1].day, "WA ESB UI BENEFIT DEP", r2(wk[2] - wk[3] - wk[4])) for wk in weeks
                  if (wk[1].year, wk[1].month) == (2049, 3)]
    pay = [(12, "CASCADE REGIONAL AIR PAYROLL", r2(rng.uniform(700, 760))),
           (26, "CASCADE REGIONAL AIR PAYROLL", r2(rng.uniform(700, 760)))]
    stmt = equation_statement(rng, app.borrower, home, "4418203390", 2049, 3, r2(rng.uniform(300, 900)),
                              ui_credits + pay)
    p.pdf(f"{loan}_bank_march.pdf", paper_pdf(stmt.paper), (stmt_doc(stmt), 1))
    notice = employer_letter(
        ("CASCADE REGIONAL AIRWAYS", "Ground Operations  -  8200 West Flightline Drive, Spokane, WA 99224",
         Color(0.05, 0.2, 0.45)), dt.date(2048, 12, 14), [app.borrower, *home], "Notice of temporary furlough",
        ["With the end of our contract flying for Summit Air Connect on January 3, our Spokane ground operation "
         "will shrink by more than half. This letter is your notice that you will be placed on temporary furlough "
         "without pay beginning January 4, 2049.",
         "We expect to recall furloughed agents by seniority as new flying is added, first to part-time schedules. "
         "Your seniority, badge and travel privileges are kept during the furlough. You may file for unemployment "
         "benefits while on furlough.",
         "We are sorry for the hardship this causes and hope to welcome you back soon."],
        ["Sincerely,", "", "Manager, Ground Operations - Spokane", "Cascade Regional Airways"],
        [("Furlough begins", "January 4, 2049"), ("Expected length", "up to 90 days"),
         ("Recall", "by seniority, part-time first")], sign_seed=seed + 27)
    p.pdf(f"{loan}_furlough_notice.pdf", paper_pdf(notice.paper), (letter_doc(notice), 1))
    return p


def packet_bu3(seed: int) -> Packet:
    """ONE 300 dpi grey scan of the whole envelope behind the mailroom's separator sheet: Form 710 printed blank
    and filled in by pen by both spouses; the plant's WARN notice; the co-borrower's two semi-monthly stubs; the
    borrower's benefit debit-card statement; a letter signed by both. Complete."""
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2049, 5, 18)
    home = ["4820 Foxtail Court", "Kokomo, IN 46902"]
    wh = Withholding(0.1, 0.0323, (("401(k)", 115.50), ("Vision plan", 6.40)), "IN state tax")
    stubs = [service_stub("Kokomo Family Dental Group", "3125 South Reed Road, Kokomo, IN 46902", "Annika L. Nwosu",
                          "KFD-0219", "Dental Hygienist", "semimonthly", friday_back(dt.date(2049, 1, 15)), d, 38.50,
                          84.0, wh, f"bu3{seed}", vary=6.0) for d in (dt.date(2049, 4, 15), dt.date(2049, 4, 30))]
    wba = 390.00
    app = App("7716402398", "Gerald T. Nwosu", "936-47-5120", "4820 Foxtail Court", "Kokomo", "IN", "46902",
              "(765) 555-0182", "gnwosu@example.org", "primary_residence", ["unemployment"], dt.date(2049, 3, 5),
              "long", {"wages": stubs[-1].monthly, "unemployment": weekly_to_monthly(wba)}, dt.date(2049, 5, 10),
              co="Annika L. Nwosu", co_ssn="936-81-0457", seed=seed + 31)
    p = Packet("bu3", received, app, [])
    style = Scan(dpi=300, tilt=0.25, blur=0.65, noise=0.0004)
    warn = warn_notice("Wabash Drivetrain Components, Inc.", "1400 East Boulevard, Kokomo, IN 46902",
                       dt.date(2049, 1, 6), app.borrower, home, "Kokomo axle assembly plant", dt.date(2049, 3, 5), 214)
    benefits = [(d, f"UI BENEFIT DEPOSIT - WEEK ENDING {mdy(dt.date(2049, 4, d) - dt.timedelta(days=3))}",
                 r2(wba * 0.9)) for d in (6, 13, 20, 27)]
    card = benefit_card_statement(rng, "Crossroads Benefit Card", "Indiana Unemployment Insurance Division",
                                  app.borrower, home, "5400123498761183", 2049, 4, r2(rng.uniform(120, 260)), benefits)
    on = dt.date(2049, 5, 10)
    hl = hardship_letter(app.borrower, app.co, home, app.loan, on, "Loss Mitigation Department", [
        "Gerald worked at the Wabash Drivetrain axle plant for nineteen years. In January the company announced that "
        "the plant would close, and his job ended on March 5. He has been on unemployment since then and is in a "
        "welding certificate program through the job center.",
        "Annika works as a dental hygienist, but her pay alone does not cover the mortgage, the car and the "
        "utilities. We have fallen two payments behind and ask for help until Gerald finds work."],
        ink=True, seed=seed + 33)
    p.scan("MAILROOM_BATCH_0518-07.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(), form710_by_hand(app, style, seed + 301)),
        (letter_doc(warn), scan_paper(warn.paper, style, seed + 302)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 303)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 304)),
        (stmt_doc(card), scan_paper(card.paper, style, seed + 305)),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 306))], style)
    return p


def packet_bu4(seed: int) -> Packet:
    """ONE 200 dpi fax from a public job center, behind its hand-filled cover sheet, the machine's header line on
    every page: Keelhaven's pre-addressed KHL-14U filled in by pen, signed by the borrower only although the
    co-borrower is printed on it; the new employer's offer letter and first stub; the co-borrower's benefit
    payment history; a hand-written letter. application_signature."""
    received = dt.date(2049, 6, 17)
    home = ["2290 Juniper Butte Drive", "Redmond, OR 97756"]
    wh = Withholding(0.085, 0.0475, (("Medical (employee share)", 38.60),), "OR income tax")
    stub = newhire_stub("High Desert Cold Storage", "4150 SE Airport Way, Redmond, OR 97756", "Marcus J. Oyelaran",
                        "HDC-0388", dt.date(2049, 5, 3), "biweekly", dt.date(2049, 5, 21), dt.date(2049, 6, 4), 23.10,
                        80.0, wh, f"bu4{seed}", "Freezer differential", 1.25)
    wba = 432.00
    app = App("2093357718", "Marcus J. Oyelaran", "927-55-3019", "2290 Juniper Butte Drive", "Redmond", "OR",
              "97756", "(541) 555-0137", "m.oyelaran@example.net", "primary_residence", ["unemployment"],
              dt.date(2049, 2, 11), "long", {"wages": stub.monthly, "unemployment": weekly_to_monthly(wba)},
              dt.date(2049, 6, 12), co="Tessa R. Oyelaran", co_ssn="927-60-8841", co_signs=False,
              lost_who="Tessa (co-borrower)", lost_employer="Cascade Crest Call Center",
              last_day=dt.date(2049, 3, 26), ui_state="Oregon", wba=wba, seed=seed + 41)
    p = Packet("bu4", received, app, ["application_signature"])
    header = "JUN-17-2049 10:14  CENTRAL OREGON AJC  541 555 0143  P.{page:03d}/{pages:03d}"
    style = Scan(dpi=200, tilt=0.35, blur=0.45, noise=0.0008, fax=True, header=header)
    offer = employer_letter(
        ("HIGH DESERT COLD STORAGE", "4150 SE Airport Way, Redmond, OR 97756  -  (541) 555-0175",
         Color(0.1, 0.3, 0.5)), dt.date(2049, 4, 26), [app.borrower, *home], "Offer of employment",
        ["We are pleased to offer you the position of Warehouse Lead, Freezer, at our Redmond distribution center, "
         "starting Monday, May 3, 2049.",
         "The position pays $23.10 an hour plus a freezer differential of $1.25 an hour, paid bi-weekly on Fridays, "
         "with medical coverage after thirty days. Your first pay date will be May 21, 2049.",
         "Please sign below to accept this offer and bring it with you on your first day."],
        ["Sincerely,", "", "Operations Manager", "High Desert Cold Storage"],
        [("Position", "Warehouse Lead, Freezer"), ("Start date", "May 3, 2049"), ("Pay", "$23.10 an hour, bi-weekly")],
        sign_seed=seed + 47)
    weeks = ui_weeks(dt.date(2049, 4, 3), dt.date(2049, 6, 5), wba, lambda d: 0.0, 0.0)
    hist = payment_history(AG_OR, app.co or "", "OR-49-0328-40117", dt.date(2049, 6, 10), "6/10/49, 7:41 PM", weeks,
                           "Direct deposit to checking ending 6620", "https://online.oebo.oregon.example/payments")
    letter_lines = ["To Keelhaven Home Loans,", "",
                    "My name is Marcus Oyelaran. In February the",
                    "Deschutes Pine mill closed and I lost my job of",
                    "12 years. In March my wife Tessa was laid off",
                    "when her call center moved to Boise. We used our",
                    "savings for the house payment until it ran out.", "",
                    "On May 3 I started a new job at High Desert Cold",
                    "Storage. It pays less than the mill did. Tessa gets",
                    "unemployment and is looking for work. We are three",
                    "payments behind and need a lower payment.", "", "Thank you,"]
    letter = handwritten_letter(letter_lines, dt.date(2049, 6, 12), app.borrower, seed + 49)
    cover = job_center_fax_cover("Central Oregon American Job Center", "(541) 555-0143", "Keelhaven Home Loans",
                                 "(757) 555-0199", received, 7, app.borrower, seed + 40)
    p.scan("FAX_0617_101422_5415550143.pdf", [
        (None, scan_paper(cover, style, seed + 400)),
        (app_doc(), scan_paper(khl14u(app, True, 1482.16, 4446.48, dt.date(2049, 5, 20)), style, seed + 401)),
        (letter_doc(offer), scan_paper(offer.paper, style, seed + 402)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 403)),
        (letter_doc(hist), scan_paper(hist.paper, style, seed + 404)),
        (letter_doc(letter), scan_paper(letter.paper, style, seed + 405))], style)
    return p


def packet_bu5(seed: int) -> Packet:
    """A folder named after the loan of e-mailed born-digital files: Keelhaven's KHL-14U typed and signed on screen
    by a designer laid off who started freelancing; ONE bank statement showing benefit and client deposits; a
    signed 4506-C; the state's claim approval; the layoff letter; a letter. income_doc:self_employment."""
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2049, 7, 21)
    home = ["611 Magnolia Terrace", "Macon, GA 31204"]
    wba = 328.00
    app = App("6630185204", "Priya N. Castellanos", "961-08-3346", "611 Magnolia Terrace", "Macon", "GA", "31204",
              "(478) 555-0126", "priya.castellanos.design@example.com", "primary_residence", ["unemployment"],
              dt.date(2049, 3, 26), "long", {"self_employment": 1650.00, "unemployment": weekly_to_monthly(wba)},
              dt.date(2049, 7, 16), lost_who="Me", lost_employer="Ocmulgee Print & Signage Co.",
              last_day=dt.date(2049, 3, 26), ui_state="Georgia", wba=wba, seed=seed + 51)
    p = Packet("bu5", received, app, ["income_doc:self_employment"])
    folder = app.loan
    p.pdf(f"{folder}/application.pdf", paper_pdf(khl14u(app, False, 1264.90, 2529.80, dt.date(2049, 6, 28))),
          (app_doc(), 2))
    credits = [(d, "GA RID UI BENEFIT DEP", r2(wba * 0.9)) for d in (1, 8, 15, 22, 29)]
    credits += [(4, "STRIPE TRANSFER CASTELLANOS DESIGN", r2(rng.uniform(420, 690))),
                (14, "ZELLE FROM BRIGHTWELL BAKERY", 350.00), (23, "PAYPAL TRANSFER", r2(rng.uniform(220, 480))),
                (28, "MOBILE DEPOSIT - CHECK 1044", 450.00)]
    stmt = sidebar_statement(rng, "Peach Orchard Community Bank", "Macon  -  Warner Robins  -  Perry  |  Member FDIC",
                             app.borrower, home, "7702114589", 2049, 6, r2(rng.uniform(400, 900)), credits,
                             Color(0.75, 0.38, 0.22), insured="Member FDIC.", phone="(478) 555-0100",
                             product="Free Checking")
    p.pdf(f"{folder}/bank statement june.pdf", paper_pdf(stmt.paper), (stmt_doc(stmt), 2))
    on = dt.date(2049, 7, 16)
    t = form4506c_screen("Priya", "N", "Castellanos", app.ssn, app.street, app.city, app.state, app.zip,
                         "Keelhaven Home Loans", "(800) 555-0164", on, app.phone, seed + 56)
    p.pdf(f"{folder}/4506C signed.pdf", t, (Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on,
                                                signed=True), 1))
    approval = approval_notice(AG_GA, app.borrower, home, "GA-0328-49-51180", dt.date(2049, 4, 7),
                               dt.date(2049, 3, 28), wba, 14, "Ocmulgee Print & Signage Co.")
    p.pdf(f"{folder}/GA UI approval.pdf", paper_pdf(approval.paper), (letter_doc(approval), 1))
    layoff = employer_letter(
        ("OCMULGEE PRINT & SIGNAGE CO.", "905 Third Street, Macon, GA 31201  -  (478) 555-0150",
         Color(0.1, 0.4, 0.3)), dt.date(2049, 3, 12), [app.borrower, *home], "Re: Elimination of your position",
        ["As we discussed today, Ocmulgee Print & Signage is closing its in-house design studio and will buy design "
         "work from outside firms. Your position of Senior Graphic Designer is eliminated effective March 26, 2049.",
         "You will receive two weeks of severance pay with your final paycheck, along with your unused vacation. "
         "We will gladly serve as a reference and would welcome you as a freelance designer on future projects."],
        ["Regards,", "", "Owner", "Ocmulgee Print & Signage Co."], sign_seed=seed + 57)
    p.pdf(f"{folder}/layoff letter.pdf", paper_pdf(layoff.paper), (letter_doc(layoff), 1))
    hl = hardship_letter(app.borrower, None, home, app.loan, on, "Keelhaven Home Loans", [
        "In March the print shop where I was the senior designer closed its studio and my job ended. I receive "
        f"${money(wba)} a week in unemployment benefits, and since April I take freelance design jobs for local "
        "businesses, which brings in about $1,650 a month so far.",
        "My income is about half of what it was. I would like a modification that lowers my payment while I build "
        "the business."], ink=False, seed=seed)
    p.pdf(f"{folder}/letter.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


def packet_bu6(seed: int) -> Packet:
    """PHONE PHOTOS, one image-only PDF a paper in a folder named after the loan: Ashgrove's AMS-UI2 printed and
    filled in by pen; two stubs after the recall from a furlough (year to date without the furlough's checks);
    the benefit debit-card statement of the partial claim; the furlough notice; a letter signed in ink."""
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2049, 8, 17)
    home = ["1406 Birchwood Lane", "Duluth, MN 55803"]
    wh = Withholding(0.085, 0.0535, (("Medical plan", 71.20), ("Union dues (ATU)", 31.00)), "MN income tax")
    plan = [(dt.date(2049, 4, 23), 0.0), (dt.date(2049, 7, 2), 64.0)]
    stubs = [service_stub("Arrowhead Regional Transit Authority", "2402 West Michigan Street, Duluth, MN 55806",
                          "Dorothea P. Lindqvist", "ARTA-3318", "Bus Mechanic", "biweekly", dt.date(2049, 1, 15), d,
                          31.60, 80.0, wh, f"bu6{seed}", vary=0.0, plan=plan)
             for d in (dt.date(2049, 7, 30), dt.date(2049, 8, 13))]
    partial = 96.00
    app = App("4472091635", "Dorothea P. Lindqvist", "989-14-7702", "1406 Birchwood Lane", "Duluth", "MN", "55803",
              "(218) 555-0164", "dlindqvist@example.net", "primary_residence",
              ["unemployment", "reduction_in_income"], dt.date(2049, 4, 5), "long",
              {"wages": stubs[-1].monthly, "unemployment": weekly_to_monthly(partial)}, dt.date(2049, 8, 9),
              before={"wages": r2(31.60 * 80 * 26 / 12)}, lost_employer="Arrowhead Regional Transit Authority",
              last_day=dt.date(2049, 4, 2), ui_state="Minnesota", occupation="Bus mechanic (32 hrs/wk)",
              seed=seed + 61)
    p = Packet("bu6", received, app, [])
    style = Scan(dpi=170, photo=True)
    benefits = [(d, f"UI PARTIAL BENEFIT - WEEK ENDING {mdy(dt.date(2049, 7, d) - dt.timedelta(days=3))}",
                 r2(partial * 0.9)) for d in (6, 13, 20, 27)]
    card = benefit_card_statement(rng, "North Star Benefit Card", "Minnesota Unemployment Insurance Program",
                                  app.borrower, home, "5400987612340552", 2049, 7, r2(rng.uniform(160, 300)), benefits)
    notice = employer_letter(
        ("ARROWHEAD REGIONAL TRANSIT AUTHORITY", "Maintenance Division  -  2402 West Michigan Street, Duluth, MN 55806",
         Color(0.15, 0.35, 0.2)), dt.date(2049, 3, 22), [app.borrower, *home], "Notice of furlough",
        ["Because the state operating grant for routes 12 through 19 was not renewed, the Authority will suspend "
         "those routes and furlough maintenance staff in order of seniority.",
         "You will be furloughed without pay beginning April 5, 2049. Recall will be in seniority order as service "
         "is restored; recalled staff may first be scheduled at reduced hours.",
         "You remain a member of the bargaining unit during the furlough and may apply for unemployment benefits."],
        ["Sincerely,", "", "Director of Maintenance", "Arrowhead Regional Transit Authority"],
        [("Furlough begins", "April 5, 2049"), ("Recall", "in seniority order")], sign_seed=seed + 67)
    on = dt.date(2049, 8, 9)
    hl = hardship_letter(app.borrower, None, home, app.loan, on, "Ashgrove Mortgage Servicing, LLC", [
        "I was furloughed from my job as a bus mechanic on April 5 when the transit authority cut eight routes. I "
        "lived on unemployment until I was called back on June 14, but only for 32 hours a week.",
        "I still draw a small partial unemployment benefit, but my income is far below what it was, and I fell "
        "behind on the mortgage during the furlough. I am asking for a plan that brings the loan current."],
        ink=True, seed=seed + 69)
    folder = app.loan
    p.scan(f"{folder}/IMG_4081.pdf", [(app_doc(), scan_paper(ams_ui2(app, ink=True), style, seed + 600))], style)
    p.scan(f"{folder}/IMG_4083.pdf", [(stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 601))], style)
    p.scan(f"{folder}/IMG_4084.pdf", [(stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 602))], style)
    p.scan(f"{folder}/IMG_4086.pdf", [(stmt_doc(card), scan_paper(card.paper, style, seed + 603))], style)
    p.scan(f"{folder}/IMG_4090.pdf", [(letter_doc(notice), scan_paper(notice.paper, style, seed + 604))], style)
    p.scan(f"{folder}/IMG_4091.pdf", [(letter_doc(hl), scan_paper(hl.paper, style, seed + 605))], style)
    return p


def packet_bu7(seed: int) -> Packet:
    """A folder named after the loan holding one 200 dpi grey scan a paper under the scanner's names: Form 710
    typed in its fields, printed, signed and dated in ink - the hardship's start date left empty, relocation
    checked beside unemployment; the first stub of the job in another state; the old state's monetary
    determination; a letter. No offer or transfer letter. application_field:hardship_start_date and
    hardship_doc:relocation."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2049, 9, 23)
    home = ["77 Tannery Hill Road", "Chillicothe, OH 45601"]
    wh = Withholding(0.09, 0.04, (("Medical", 41.20),), "KY income tax")
    stub = newhire_stub("Bluegrass Polymer Films, LLC", "7100 Grade Lane, Louisville, KY 40213", "Harold V. Kessinger",
                        "BPF-2291", dt.date(2049, 8, 16), "weekly", dt.date(2049, 8, 27), dt.date(2049, 9, 17), 26.40,
                        40.0, wh, f"bu7{seed}")
    app = App("0931758240", "Harold V. Kessinger", "913-27-4058", "77 Tannery Hill Road", "Chillicothe", "OH",
              "45601", "(740) 555-0119", "hkessinger@example.com", "primary_residence", ["unemployment", "relocation"],
              None, "long", {"wages": stub.monthly}, dt.date(2049, 9, 17), seed=seed + 71)
    p = Packet("bu7", received, app, ["application_field:hardship_start_date", "hardship_doc:relocation"])
    style = Scan(dpi=200, tilt=0.5, blur=0.5, noise=0.0006)
    det = determination_letter(AG_OH, app.borrower, home, "OH-2049-0530-18264", dt.date(2049, 6, 9),
                               dt.date(2049, 5, 30), 541.00, 26,
                               [("Scioto River Paper Mill", base_quarters(rng, 15900.0))],
                               ["Q1 2048", "Q2 2048", "Q3 2048", "Q4 2048"])
    on = dt.date(2049, 9, 17)
    hl = hardship_letter(app.borrower, None, home, app.loan, on, "Loss Mitigation Department", [
        "The Scioto River paper mill laid me off on May 28 when it shut down its last machine. I drew unemployment "
        "through the summer, but there is no mill work left around Chillicothe.",
        "In August I took a job at a film plant in Louisville, Kentucky, two hundred miles away. I rent a room there "
        "during the week and drive home on weekends, so I am paying for two places while my wife keeps our house.",
        "I ask for a lower payment so that we can keep the house until we decide whether to move."],
        ink=True, seed=seed + 77)
    folder = app.loan
    p.scan(f"{folder}/img20490923_0001.pdf", [(app_doc(), form710_typed_ink(app, style, seed + 700))], style)
    p.scan(f"{folder}/img20490923_0002.pdf", [(stub_doc(stub), scan_paper(stub.paper, style, seed + 701))], style)
    p.scan(f"{folder}/img20490923_0003.pdf", [(letter_doc(det), scan_paper(det.paper, style, seed + 702))], style)
    p.scan(f"{folder}/img20490923_0004.pdf", [(letter_doc(hl), scan_paper(hl.paper, style, seed + 703))], style)
    return p


def packet_bu8(seed: int) -> Packet:
    """Loose born-digital files named "<Surname> <loan> - <paper>.pdf": Keelhaven's KHL-14U typed and signed on
    screen by both; two consecutive credit-union statements (the new job's pay and the co-borrower's benefit
    deposits); the new employer's offer letter; an OLD monetary determination (stale, and about a claim that has
    ended); a letter. The co-borrower's unemployment income has no paper at all - none is required. Complete."""
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2049, 10, 18)
    home = ["408 Quail Hollow Lane", "Murfreesboro, TN 37130"]
    wba = 275.00
    app = App("5187320046", "Samuel J. Achterberg", "970-44-2318", "408 Quail Hollow Lane", "Murfreesboro", "TN",
              "37130", "(615) 555-0171", "sam.achterberg@example.org", "primary_residence", ["unemployment"],
              dt.date(2049, 3, 31), "long", {"wages": r2(27.85 * 80 * 26 / 12), "unemployment": weekly_to_monthly(wba)},
              dt.date(2049, 10, 13), co="Noemi R. Achterberg", co_ssn="970-52-9061",
              lost_who="Noemi (co-borrower)", lost_employer="Blue Raider Call Solutions",
              last_day=dt.date(2049, 8, 27), ui_state="Tennessee", wba=wba, seed=seed + 81)
    p = Packet("bu8", received, app, [])
    pre = f"Achterberg {app.loan} - "
    p.pdf(pre + "application.pdf", paper_pdf(khl14u(app, False, 1688.35, 5065.05, dt.date(2049, 9, 28))),
          (app_doc(), 2))
    net = [r2(rng.uniform(1660, 1720)) for _ in range(4)]
    aug = [(6, "RUTHERFORD CO WATER PAYROLL", net[0]), (20, "RUTHERFORD CO WATER PAYROLL", net[1]),
           (13, "BLUE RAIDER CALL SOL PAYROLL", r2(rng.uniform(900, 990))),
           (27, "BLUE RAIDER CALL SOL PAYROLL", r2(rng.uniform(900, 990)))]
    sep = [(3, "RUTHERFORD CO WATER PAYROLL", net[2]), (17, "RUTHERFORD CO WATER PAYROLL", net[3])]
    sep += [(d, "TN DWB UI BENEFIT", r2(wba * 0.9)) for d in (14, 21, 28)]
    s1 = sidebar_statement(rng, "Harpeth Valley Federal Credit Union", "Murfreesboro  -  Smyrna  -  La Vergne",
                           f"{app.borrower} / {app.co}", home, "2200418817", 2049, 8, r2(rng.uniform(500, 1100)), aug,
                           Color(0.2, 0.3, 0.55))
    s2 = sidebar_statement(rng, "Harpeth Valley Federal Credit Union", "Murfreesboro  -  Smyrna  -  La Vergne",
                           f"{app.borrower} / {app.co}", home, "2200418817", 2049, 9, s1.fields["ending_balance"], sep,
                           Color(0.2, 0.3, 0.55))
    p.pdf(pre + "statement August.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(pre + "statement September.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    offer = employer_letter(
        ("RUTHERFORD COUNTY WATER AUTHORITY", "Human Resources  -  300 Cason Lane, Murfreesboro, TN 37128",
         Color(0.05, 0.35, 0.55)), dt.date(2049, 6, 21), [app.borrower, *home], "Conditional offer of employment",
        ["We are pleased to offer you the position of Water Treatment Operator I at the Stones River treatment "
         "plant, beginning Monday, July 12, 2049, subject to a drug screen and your Grade I operator certificate "
         "within twelve months.",
         "The position pays $27.85 an hour for a regular 40-hour week, paid bi-weekly, with the Authority's medical, "
         "dental and retirement benefits."],
        ["Sincerely,", "", "Human Resources Director", "Rutherford County Water Authority"],
        [("Position", "Water Treatment Operator I"), ("Start date", "July 12, 2049"),
         ("Pay", "$27.85 an hour, bi-weekly")], sign_seed=seed + 87)
    p.pdf(pre + "offer letter.pdf", paper_pdf(offer.paper), (letter_doc(offer), 1))
    det = determination_letter(AG_TN, app.borrower, home, "TN-49-0404-60913", dt.date(2049, 4, 14),
                               dt.date(2049, 4, 4), wba, 26,
                               [("Stones River Precision Castings", base_quarters(rng, 12480.0))],
                               ["Q1 2048", "Q2 2048", "Q3 2048", "Q4 2048"])
    p.pdf(pre + "unemployment notice.pdf", paper_pdf(det.paper), (letter_doc(det), 2))
    on = dt.date(2049, 10, 13)
    hl = hardship_letter(app.borrower, app.co, home, app.loan, on, "Keelhaven Home Loans", [
        "Samuel was laid off by Stones River Precision Castings on March 31 and was out of work until July, when he "
        "started at the county water authority. We fell behind during those months.",
        f"On August 27 Noemi lost her job when Blue Raider Call Solutions closed its Murfreesboro office. She now "
        f"receives ${money(wba)} a week in unemployment benefits while she looks for work.",
        "We ask Keelhaven to review us for a modification so that we can bring the loan current."],
        ink=False, seed=seed)
    p.pdf(pre + "letter.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bu1, packet_bu2, packet_bu3, packet_bu4, packet_bu5, packet_bu6,
                                             packet_bu7, packet_bu8]


def date_strings(iso: str) -> set[str]:
    d = dt.date.fromisoformat(iso)
    return {mdy(d), long_date(d), d.strftime("%b %d, %Y"), d.isoformat()}


def printed_values(doc: dict[str, Any], app: dict[str, Any]) -> list[str]:
    """The strings that must be on a born-digital document's pages for its expected values to be true."""
    f = doc["fields"]
    if doc["type"] == "mortgage_assistance_application":
        last = app["borrower_name"].split()[-1]
        return [app["loan_number"], app["ssn_last4"], last] + [
            money(v) for k, v in app["income"].items() if k != "total"]
    if doc["type"] == "pay_stub":
        out = [money(f["gross_current"]), money(f["net_current"]), f["employee_name"]]
        return out + ([money(f["gross_ytd"])] if f["gross_ytd"] is not None else [])
    if doc["type"] == "bank_statement":
        return [money(f["beginning_balance"]), money(f["ending_balance"]), f["account_last4"], f["bank_name"]]
    return []


def check(out: Path, received_files: dict[str, dict[str, int]] | None = None) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, `scanned` against the text layer,
    the printed values of born-digital documents, and (given the non-document pages each file holds) that every
    page of every file is accounted for."""
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
        received = dt.date.fromisoformat(exp["received_on"])
        if received.weekday() > 4:
            problems.append(f"{name}: received on a weekend")
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
        if app["loan_number"] != exp["loan_number"] or not (6 <= len(exp["loan_number"]) <= 15):
            problems.append(f"{name}: loan number")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            text = ""
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
                page_text = reader.pages[pg["page"] - 1].extract_text() or ""
                has_text = bool(page_text.replace(SYNTH, "").strip())
                if has_text == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={has_text} on {key}")
                text += page_text + "\n"
            for k, v in doc["fields"].items():
                late = k.endswith(("date", "_start", "_end", "signed_on")) and v is not None and \
                    dt.date.fromisoformat(v) > received
                if late:
                    problems.append(f"{name}: {doc['id']} {k} after the packet arrived")
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: YTD below the current gross {f}")
            if doc["type"] == "unemployment_benefit_letter" and doc["fields"].get("benefit_type") != "unemployment":
                problems.append(f"{name}: benefit type of {doc['id']}")
            if not doc["scanned"]:
                for rel in {pg["file"] for pg in doc["pages"]}:  # answers typed into form fields
                    fields = readers[rel].get_fields() or {}
                    text += " ".join(str(f.get("/V", "")) for f in fields.values() if f.get("/V"))
                flat = " ".join(text.split())
                for want in printed_values(doc, app):
                    if want not in flat and want.upper() not in flat.upper():
                        problems.append(f"{name}: {doc['id']} ({doc['type']}) does not print {want!r}")
                if "letter_date" in doc["fields"] and not any(s in flat for s in
                                                               date_strings(doc["fields"]["letter_date"])):
                    problems.append(f"{name}: {doc['id']} does not print its letter date")
        if received_files is not None:
            for rel, extra in received_files.get(name, {}).items():
                path = exp_path.parent / "inbox" / rel
                n = len(PdfReader(path).pages)
                listed = sum(1 for f, _ in seen if f == rel)
                if listed + extra != n:
                    problems.append(f"{name}: {rel} has {n} pages, {listed} listed and {extra} cover/separator")
        inbox = exp_path.parent / "inbox"
        files = {str(q.relative_to(inbox)) for q in inbox.rglob("*") if q.is_file()}
        if files != {f for f, _ in seen}:
            problems.append(f"{name}: files without a listed page {sorted(files - {f for f, _ in seen})}")
    return problems


def extra_pages(p: Packet) -> dict[str, int]:
    """Pages of each file that are no document (separator sheets, fax covers)."""
    out: dict[str, int] = {}
    for rel, data in p.files.items():
        n = len(PdfReader(io.BytesIO(data)).pages)
        out[rel] = n - sum(1 for d in p.docs for f, _ in d.pages if f == rel)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bu1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    extras: dict[str, dict[str, int]] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        extras[p.name] = extra_pages(p)
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out, extras)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
