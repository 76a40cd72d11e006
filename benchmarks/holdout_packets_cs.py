"""A holdout set of borrower packets (cs1..cs8) from GIG, SMALL-BUSINESS AND MULTI-JOB HOUSEHOLDS, written BLIND:
without looking at the service's code, rules, data files, tests, README or git history, and without running it, to
estimate honestly how it reads such mail in layouts it has never seen.

    python benchmarks/holdout_packets_cs.py OUT_DIR [--seed N] [--check] [--only cs1 ..]

Written from shared/spec/* (README, checklist, architecture, domain-rules §2 and §6), shared/samples/* (README and
every expected.json), shared/reference/README.md and the blank IRS Form 4506-C it names, tests/pdf_factory.py (its
opening), tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py in full (the
scaffold: signatures, scan noise, invariant reportlab output, expected.json, --check; its helpers are copied here) and
only the module docstrings of the other holdout_packets*.py, so that these layouts differ from theirs. Writes
OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the samples' format, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them; each packet is its own batch, processed with
`--received-on <received_on>`. Received dates are weekdays of 2056 (March to September).

THEME. Rideshare and delivery drivers, a hair-salon suite (booth) renter, two food-truck owners, a handyman, a home
hair-braiding studio, nurses who hold two part-time jobs, and households where three adults bring in income (a
mother-in-law's Social Security or SSI, a grown son's pay) - the non-borrowers are listed on the application but never
sign it.

APPLICATIONS (three servicers' own forms; no Form 710 in this set).
- A. Tamarack Bay Mortgage Servicing (Duluth MN), "Household Mortgage Assistance Application", Form TBM-HA4, two
  portrait pages, green tree mark, a boxed LOAN NUMBER at the top right of both pages. Section 1 "PEOPLE IN THE
  HOUSEHOLD" is a table with one COLUMN PER PERSON (BORROWER | CO-BORROWER | OTHER ADULT WHO CONTRIBUTES INCOME) and
  rows Full name / Relationship / SSN last 4 / Phone / E-mail; 2 THE PROPERTY (street | city | state | ZIP cells,
  three use boxes); 3 HARDSHIP (ten boxes in two columns in the servicer's words - "Income went down (fewer hours,
  lower pay, fewer rides or orders)", "Death of a borrower or of a wage earner" ..., start date, duration, ruled
  lines). Page 2, section 4 "MONTHLY INCOME BEFORE TAXES - ONE COLUMN FOR EACH PERSON": an INCOME MATRIX, rows 4a..4h
  (the checklist's eight income kinds), columns BORROWER / CO-BORROWER / OTHER ADULT (first name under each) and a
  ROW TOTAL column, a bottom row "4i Column totals / household total" whose bottom-right cell (boxed) is the
  household total. The truth per income code is the ROW TOTAL (the sum across people); the total is that corner
  cell. Section 5 money on hand (distractor), 6 signatures of borrower and co-borrower, "Other adults listed in
  section 4 do not sign." Typed on screen and signed with drawn strokes (cs1); typed, printed, signed and dated in
  ink, then photographed with a phone scanning app (cs4) or faxed (cs7).
- B. Kestrel Point Loan Servicing (Corpus Christi TX), "Borrower Assistance Worksheet", Form KP-3C, two LANDSCAPE
  pages with THREE COLUMNS of numbered questions side by side (PART A loan and borrowers | PART B property | PART C
  hardship; PART D monthly household income | PART E expenses and assets, distractors | PART F certification and
  signatures), every answer typed in Courier at the right end of a DOTTED LEADER ("1  Loan number . . . . 0051846203";
  long answers on a leader line of their own); choices are leader lines ending in "X" ("13a My primary residence
  . . . X", "16d Disaster (natural or man-made) . . . X", "18a Short-term (6 months or less) . . . X"); income lines
  20..27 end in "$ amount" (a bare "$" when none) and 28 TOTAL; signatures and "Date signed" on leaders 34..37.
  Typed on screen and signed with strokes (cs5, cs8 - cs8 leaves "17 Date the hardship began" empty); typed,
  printed, signed and dated in ink and scanned at 240 dpi (cs2, where page 1 went through the scanner SIDEWAYS).
- C. Millrace Federal Savings Bank (Lowell MA), "Mortgage Assistance Request", Form MFS-22, two portrait pages laid
  out like a W-2: a grid of ruled boxes, each CAPTION A TINY GREY LABEL in the box's top-left corner ("a  Loan
  number", "e  Borrower's name (first, middle initial, last)", "h  Property address ...", "i  City or town", "j
  State", "k  ZIP code"), the answer TYPED LARGE (13 pt Courier) in the box; box 12 property use and box 13 hardship
  (13a..13j) as cells with a tiny caption and a large typed X, 14 date hardship began, 15a-c duration; page 2 income
  boxes 1..8 and 9 "Total monthly household income" (shaded), distractors 10 and 11, signature boxes 17 / 19 with
  date boxes 18 / 20. Typed, printed, signed and dated in ink, SCANNED AT 200 DPI grey (cs3, cs6).

PAPERS (type; the fields expected.json holds).
- pay_stub: a hospital's portrait "STATEMENT OF EARNINGS AND DEDUCTIONS" (grey bars, employee and pay blocks side
  by side, earnings with hours and YTD hours, taxes and deductions tables, a summary grid; Mercy Ridge Hospital, St.
  Aldric Medical Center); a clinic's or agency's stub over a non-negotiable direct-deposit check (a row of caption
  boxes, one ruled earnings | deductions table, gross / YTD / deductions / net cells, the voucher below a perforation
  with the net in words; Lakeview Dialysis Partners semi-monthly, Harborview Home Health weekly, Brightline Family
  Dental bi-weekly, Swiftline Courier weekly); a payroll service's monospace "EARNINGS STATEMENT" (PayCirrus:
  Northfield Parcel Hub weekly, Corbin Drug bi-weekly). TWO STUBS OF DIFFERENT EMPLOYERS FOR ONE NURSE in cs1
  (bi-weekly + semi-monthly, wages = the two monthly figures added) and cs4 (bi-weekly + weekly, both stale). Every
  year-to-date figure is the sum of that year's checks; semi-monthly checks pay on the 20th (1st-15th) and the 5th.
- bank_statement: a credit union's member statement whose register of MANY SMALL DEPOSITS (Hopscotch Instant Pay
  cash-outs, DashCart deposits, Square / Venmo / Zelle payments from salon clients) runs over "Page n of N"
  (Pawtucket Falls Community CU, Bayfront Federal CU, Lakeshore Heritage CU); a bank's two-page business checking
  statement, page 1 a summary band and every card settlement in two columns, page 2 withdrawals and a daily balance
  table (Copperline Bank, Granite Ledge Bank).
- profit_and_loss_statement (period_start, period_end, net_income, signed): a P&L the OWNER TYPED in a word processor
  with ONE COLUMN PER MONTH and a total column - year to date (Jan-Feb cs1, Jan-Mar cs2, Jan-Aug cs8) or one quarter
  (Apr-Jun cs7) - NET PROFIT (LOSS), an owner's certification signed and dated on screen (cs1, cs2), in ink (cs7), or
  signed in ink with the date line EMPTY (cs8).
- other: a rideshare platform's WEEKLY EARNINGS SUMMARY printed from the driver dashboard (Hopscotch: earnings tile,
  trips / online / miles tiles, a bar per day, breakdown, payouts; it says it is not a pay stub), FORM 1099-K Copy B
  (Tillpoint Payments, Hopscotch Technologies; monthly boxes 5a-5l), a salon-suite BOOTH RENTAL AGREEMENT, and the
  printed E-MAIL that carries cs1's attachments.
- benefit_award_letter (letter_date, monthly_amount, benefit_type): Social Security benefit verification letter for
  retirement benefits (benefits_taxable, cs1), an SSI notice (benefits_nontaxable, cs7). medical_statement
  (letter_date, cs7), obituary (no fields, cs4), hardship_letter (letter_date; unsigned when e-mailed, signed in ink
  on paper), irs_form_4506c (signed, signed_on: page 1 of the real Rev. 10-2022 form typed over, signed on screen or
  in ink). Not documents: a Code 128 "LOAN <number>" separator sheet (cs3), a library's fax cover sheet (cs7).

DELIVERIES. A born-digital E-MAIL printed to ONE PDF with its attachments behind the message (cs1); ONE MERGED PDF
assembled by the borrower from scans and downloads, with pages TURNED: a scanned page whose image lies sideways (90),
a born-digital page carrying /Rotate 180, another /Rotate 90, a scanned page whose image is upside down (cs2); ONE 200
dpi grey scan behind a separator sheet (cs3); a FOLDER named after the loan (an unzipped attachment) of PHONE SCANNING
APP pages "Scanned Document.pdf", "Scanned Document 2.pdf" ... (keystone, uneven light, the app's contrast filter;
two stubs in one file) (cs4); loose born-digital files "<loan>_<paper>.pdf" (cs5); loose 200 dpi scans "<Surname>
<loan> <n>.pdf" (cs6); ONE 200 dpi black-and-white fax behind a cover sheet, the machine's header line on every page
(cs7); loose files "Dorsey <paper> <loan>.pdf", most born-digital, the P&L a 240 dpi scan saved UPSIDE DOWN (cs8).

PACKETS (fresh = at most 90 days before received_on; a stub by its pay date, a statement by its period end, a letter
by its date, a P&L by its period end and its signing date):
- cs1 COMPLETE 2056-03-21 (e-mail): Form A on screen by Andre (rideshare, self-employment from his P&L), Keisha (two
  nursing jobs) and her mother Loretta (Social Security, taxable); wages by two fresh stubs with YTD; self-employment
  by the signed and dated Jan-Feb P&L; benefits_taxable by SSA's letter; 4506-C signed on screen; reduction in income
  needs no paper (letter included); the weekly summary and the e-mail are other.
- cs2 INCOMPLETE irs_form_4506c 2056-05-09 (merged, turned pages): Form B in ink (food truck, disaster); P&L Q1 signed
  and dated, March and April business statements, 1099-K, signed letter - but no Form 4506-C, which self-employment
  requires.
- cs3 COMPLETE 2056-04-12 (200 dpi scan, separator): Form C by a booth-renting stylist and her husband; his fresh
  weekly stub; February and March joint statements full of client deposits (self-employment); booth agreement
  (other); 4506-C in ink; the signed letter covers the illness (wrist surgery).
- cs4 INCOMPLETE income_doc:wages 2056-05-23 (phone scans): Form A in ink by a widowed nurse (her two jobs) with her
  son's pay in the OTHER ADULT column; her two stubs are from February (109 and 103 days old, stale) and only ONE
  statement (April) came - nothing fresh documents wages. The obituary documents the death.
- cs5 COMPLETE 2056-06-14 (loose "<loan>_" files): Form B on screen by a rideshare driver and his partner (not
  married); her fresh bi-weekly stub; his April and May statements of many small platform deposits (self-employment);
  Hopscotch week and 1099-K (other); 4506-C on screen; "other" hardship (car totaled) explained by their letter.
- cs6 INCOMPLETE application_signature 2056-07-19 (loose scans): Form C signed and dated by the borrower, a handyman;
  his wife, named as co-borrower, left boxes 19 and 20 EMPTY. Her two stubs, May and June business statements, 4506-C
  and letter are all in order.
- cs7 COMPLETE 2056-08-22 (fax): Form A in ink by a courier on light duty (wages, fresh weekly stub), his wife's home
  braiding studio (Q2 P&L signed and dated in ink) and her mother (SSI, fresh notice); 4506-C in ink; the illness is
  documented by a physician's statement.
- cs8 INCOMPLETE application_field:hardship_start_date, income_doc:self_employment 2056-09-27 (loose files): Form B on
  screen with the hardship start date left blank; the YTD P&L is signed but NOT dated, and only the August statement
  came; 1099-K (other), 4506-C on screen, unsigned letter (higher housing costs need no paper).

Expected status and missing codes are not written by hand: `missing_codes` applies checklist.md to the values drawn
into each packet under every reading the spec leaves open (must the older of two consecutive statements be fresh too;
is a P&L dated by its period end, its signing, or both), and the packets are built so every reading gives the same
codes. `--check` validates every expected.json (keys, codes, types, dates not after receipt, that every listed page
exists and every inbox file holds a listed document, that `scanned` matches the absence of a text layer, stub
arithmetic), and the build checks that every page of every file is a document's or a separator / cover sheet's.
Same seed, same bytes: reportlab runs in invariant mode, all noise is seeded, pypdf output has fixed identifiers. All
people, businesses, banks and servicers are fictional; SSNs use the 900-999 area; every page carries a faint
"synthetic test document" line.
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
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject
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
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
MONO_FONT = FONT_DIR / "dejavu/DejaVuSansMono.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
LW, LH = landscape(letter)
TAG = "holdout_packets_cs"

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


def short_date(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


# --- drawing primitives (after the scaffold, holdout_packets_af.py) ------------------------------------------


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
    """Marks made on the screen: signatures as drawn strokes, dates typed in Courier."""
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        else:
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(TAG)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
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


def box_x(c: Canvas, x: float, y: float, checked: bool, size: float = 8.0, font: str = "Helvetica-Bold") -> None:
    """A small square at (x, y) bottom-left, crossed with a typed X when checked."""
    c.setLineWidth(0.6)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        c.setFont(font, size + 0.5)
        c.drawCentredString(x + size / 2, y + 1.0, "X")


# --- scanning -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How paper becomes an image: a flatbed or sheet-fed scanner (grey JPEG), a fax (black and white), or a phone
    scanning app (perspective corrected but not quite, uneven light, its "document" contrast filter)."""

    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    phone: bool = False
    header: str = ""  # a fax machine's header line, "{n}" and "{of}" replaced per page
    seed: int = 1


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), px)


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
            font = _font(HAND_FONT, round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)


def phone_look(img: Image.Image, rng: random.Random) -> Image.Image:
    """A phone scanning app's page: corners found a little off (slight keystone), light falling off across the
    sheet, the app's contrast filter, a soft focus."""
    wd, ht = img.size

    def d(frac: float) -> float:
        return rng.uniform(0.3, 1.0) * frac * wd

    quad = (d(0.012), d(0.01), d(0.006), ht - d(0.014), wd - d(0.01), ht - d(0.008), wd - d(0.015), d(0.012))
    out = img.transform(img.size, Image.Transform.QUAD, quad, resample=Image.Resampling.BILINEAR, fillcolor=255)
    grad = Image.linear_gradient("L").resize((wd, ht))
    if rng.random() < 0.5:
        grad = grad.rotate(90, expand=False).resize((wd, ht))
    depth = rng.uniform(0.10, 0.16)
    shade = grad.point(lambda v: int(255 - v * depth))
    noise = Image.frombytes("L", (wd, ht), rng.randbytes(wd * ht)).point(lambda v: 125 + v * 6 // 255)
    shade = ImageChops.add(shade, noise, scale=1.0, offset=-128)
    out = ImageChops.multiply(out, shade)
    out = out.point(lambda v: max(0, min(255, int((v - 35) * 1.22))))
    return out.filter(ImageFilter.GaussianBlur(0.8))


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.phone:
        out = phone_look(out, rng)
    elif style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax and not style.phone:
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
    """A paper printed, signed and dated in ink where its pages say so, then scanned."""
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


def turned(sheet: ScannedPage, degrees: int) -> ScannedPage:
    """The sheet fed turned: the image itself rotated counter-clockwise by degrees (no /Rotate in the PDF)."""
    img = sheet.image.rotate(degrees, expand=True)
    size = sheet.size if degrees % 180 == 0 else (sheet.size[1], sheet.size[0])
    return ScannedPage(img, size)


def fax_header(sheets: Sequence[ScannedPage], template: str, dpi: int) -> None:
    """The sending fax machine's header line across the top of every page."""
    font = _font(MONO_FONT, round(7.5 * dpi / 72))
    for n, sheet in enumerate(sheets, 1):
        img = sheet.image.convert("L")
        ImageDraw.Draw(img).text((round(24 * dpi / 72), round(6 * dpi / 72)),
                                 template.format(n=n, of=len(sheets)), fill=0, font=font)
        sheet.image = img.point(lambda v: 255 if v > 150 else 0).convert("1")


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
            sheet.image.convert("L").save(data, "JPEG", quality=76 if style.phone else 78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": TAG})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay -------------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def pay_calendar(frequency: str, pay_date: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of every check of pay_date's year up to pay_date.
    Weekly checks pay 6 days after the week ends, bi-weekly 6 days after the fortnight; semi-monthly checks pay on
    the 20th for the 1st-15th and on the 5th for the 16th to the month's end; monthly on the month's last day."""
    out: list[tuple[dt.date, dt.date, dt.date]] = []
    if frequency in ("weekly", "biweekly"):
        step = 7 if frequency == "weekly" else 14
        d = pay_date
        while d.year == pay_date.year:
            end = d - dt.timedelta(days=6)
            out.append((d, end - dt.timedelta(days=step - 1), end))
            d -= dt.timedelta(days=step)
        return sorted(out)
    if frequency == "semimonthly":
        for month in range(1, pay_date.month + 1):
            prev_start, prev_end = month_bounds(pay_date.year - (month == 1), (month - 2) % 12 + 1)
            out.append((dt.date(pay_date.year, month, 5), prev_start.replace(day=16), prev_end))
            out.append((dt.date(pay_date.year, month, 20), dt.date(pay_date.year, month, 1),
                        dt.date(pay_date.year, month, 15)))
        return [t for t in out if t[0] <= pay_date]
    for month in range(1, pay_date.month + 1):
        start, end = month_bounds(pay_date.year, month)
        out.append((end, start, end))
    return [t for t in out if t[0] <= pay_date]


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    state_name: str = "State income tax"
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        return {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
                "Medicare": r2(gross * 0.0145), self.state_name: r2(gross * self.state)}


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line (amount and hours), each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update({f"{k}#hours": v[0] for k, v in ch.lines.items()})
        items.update(wh.taxes(ch.gross))
        items.update(dict(wh.deductions))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


LineGen = Callable[[random.Random], dict[str, tuple[float, float, float]]]


def make_checks(frequency: str, pay_date: dt.date, key: str, gen: LineGen) -> list[Check]:
    """Every check of the year up to pay_date, each drawn from its own date, so that two stubs of one job tell one
    history and the year-to-date figures are the sums of the year's checks."""
    return [Check(d, s, e, gen(random.Random(f"{key}|{d.isoformat()}"))) for d, s, e in pay_calendar(frequency,
                                                                                                     pay_date)]


def nurse_lines(rate: float, hours: Sequence[float]) -> LineGen:
    def gen(rr: random.Random) -> dict[str, tuple[float, float, float]]:
        h = float(rr.choice(hours))
        ev = float(rr.choice([0, 8, 12, 12, 24]))
        wk = float(rr.choice([0, 0, 12]))
        out = {"Regular": (h, rate, r2(h * rate)), "Evening shift diff": (ev, 2.75, r2(ev * 2.75))}
        if wk:
            out["Weekend diff"] = (wk, 3.50, r2(wk * 3.50))
        return out
    return gen


def hourly_lines(rate: float, hours: Sequence[float], overtime: Sequence[float]) -> LineGen:
    def gen(rr: random.Random) -> dict[str, tuple[float, float, float]]:
        h = float(rr.choice(hours))
        ot = float(rr.choice(overtime))
        out = {"Regular": (h, rate, r2(h * rate))}
        if ot:
            out["Overtime"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        return out
    return gen


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


@dataclass
class Job:
    employer: str
    address: str
    employee: str
    emp_id: str
    title: str
    frequency: str
    gen: LineGen
    wh: Withholding
    dept: str = ""
    account: str = "4471"


def stub_data(job: Job, pay_date: dt.date) -> tuple[Check, dict[str, float], float, dict[str, Any]]:
    checks = make_checks(job.frequency, pay_date, f"{job.employer}|{job.emp_id}", job.gen)
    ch = checks[-1]
    assert ch.pay_date == pay_date, (job.employer, pay_date)
    ytd = ytd_of(checks, job.wh)
    net = net_of(ch, job.wh)
    fields = {"employer": job.employer, "employee_name": job.employee, "pay_date": pay_date.isoformat(),
              "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": job.frequency,
              "gross_current": ch.gross, "gross_ytd": ytd["GROSS"], "net_current": net,
              "monthly_gross": r2(ch.gross * PERIODS[job.frequency] / 12)}
    return ch, ytd, net, fields


FREQ_WORDS = {"weekly": "Weekly", "biweekly": "Biweekly", "semimonthly": "Semi-monthly", "monthly": "Monthly"}


def hospital_stub(job: Job, pay_date: dt.date) -> Stub:
    """A hospital's portrait "Statement of Earnings and Deductions": grey bars over an employee block and a pay
    block side by side, earnings with hours and year-to-date hours, taxes and deductions tables, a summary grid."""
    ch, ytd, net, fields = stub_data(job, pay_date)
    taxes = job.wh.taxes(ch.gross)

    def bar(c: Canvas, x: float, y: float, w: float, title: str) -> None:
        c.setFillGray(0.82)
        c.rect(x, y, w, 13, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x + 4, y + 4, title)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.1, 0.3, 0.55))
        c.setLineWidth(3)
        c.line(50, 748, 58, 748)
        c.line(54, 744, 54, 752)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 15)
        c.drawString(64, 743, job.employer)
        c.setFont("Helvetica", 7.5)
        c.drawString(64, 732, job.address)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(562, 746, "STATEMENT OF EARNINGS AND DEDUCTIONS")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(562, 735, f"Advice no. {pay_date.strftime('%y%j')}{job.emp_id[-3:]}  -  Non-negotiable")
        c.setLineWidth(0.5)
        bar(c, 50, 705, 250, "EMPLOYEE INFORMATION")
        bar(c, 312, 705, 250, "PAY INFORMATION")
        rows_l = [("Name", job.employee), ("Employee ID", job.emp_id), ("Department", job.dept),
                  ("Job title", job.title), ("Status", "Part-time / per diem")]
        rows_r = [("Period start", mdy(ch.start)), ("Period end", mdy(ch.end)), ("Pay date", mdy(pay_date)),
                  ("Pay frequency", FREQ_WORDS[job.frequency]), ("Check / advice", "Direct deposit")]
        for x, rows in ((54, rows_l), (316, rows_r)):
            y = 692
            for k, v in rows:
                c.setFont("Helvetica", 7.5)
                c.drawString(x, y, k)
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(x + 82, y, v)
                y -= 12
        bar(c, 50, 618, 512, "EARNINGS")
        c.setFont("Helvetica-Bold", 7)
        y = 606
        for x, t in ((54, "DESCRIPTION"),):
            c.drawString(x, y, t)
        for x, t in ((250, "HOURS"), (310, "RATE"), (380, "CURRENT"), (460, "YTD HOURS"), (558, "YTD AMOUNT")):
            c.drawRightString(x, y, t)
        y -= 13
        c.setFont("Helvetica", 8.5)
        for lab in ("Regular", "Evening shift diff", "Weekend diff"):
            if lab not in ytd:
                continue
            hrs, rate, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(54, y, lab)
            if hrs:
                c.drawRightString(250, y, f"{hrs:.2f}")
                c.drawRightString(310, y, f"{rate:.4f}")
                c.drawRightString(380, y, money(amt))
            c.drawRightString(460, y, f"{ytd[lab + '#hours']:.2f}")
            c.drawRightString(558, y, money(ytd[lab]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y, "Total earnings")
        c.drawRightString(380, y, money(ch.gross))
        c.drawRightString(558, y, money(ytd["GROSS"]))
        top = y - 22
        bar(c, 50, top, 250, "TAXES WITHHELD")
        bar(c, 312, top, 250, "DEDUCTIONS")
        c.setFont("Helvetica-Bold", 7)
        for x1 in (300, 562):
            c.drawRightString(x1 - 70, top - 12, "CURRENT")
            c.drawRightString(x1 - 4, top - 12, "YTD")
        c.setFont("Helvetica", 8.5)
        y = top - 25
        for k, v in taxes.items():
            c.drawString(54, y, k)
            c.drawRightString(230, y, money(v))
            c.drawRightString(296, y, money(ytd[k]))
            y -= 12
        y = top - 25
        for k, v in job.wh.deductions:
            c.drawString(316, y, k)
            c.drawRightString(492, y, money(v))
            c.drawRightString(558, y, money(ytd[k]))
            y -= 12
        sy = top - 110
        bar(c, 50, sy, 512, "SUMMARY")
        heads = ["", "GROSS PAY", "TAXES", "DEDUCTIONS", "NET PAY"]
        cur = [ch.gross, sum(taxes.values()), sum(v for _, v in job.wh.deductions), net]
        yt = [ytd["GROSS"], sum(ytd[k] for k in taxes), sum(ytd[k] for k, _ in job.wh.deductions), ytd["NET"]]
        c.setFont("Helvetica-Bold", 7.5)
        for i, hd in enumerate(heads):
            c.drawRightString(150 + i * 100, sy - 12, hd)
        for r, (label, vals) in enumerate((("This period", cur), ("Year to date", yt))):
            yy = sy - 26 - r * 13
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(54, yy, label)
            c.setFont("Helvetica", 8.5)
            for i, v in enumerate(vals):
                c.drawRightString(250 + i * 100, yy, money(r2(v)))
        c.setFont("Helvetica", 7.5)
        c.drawString(54, sy - 66, f"Net pay deposited: checking account ending {job.account} - {money(net)}")
        return []

    return Stub(Paper([page]), fields, pay_date)


def voucher_stub(job: Job, pay_date: dt.date) -> Stub:
    """A clinic's or agency's stub over a non-negotiable check: a row of header boxes, earnings and deductions side
    by side in one ruled table, the voucher below a perforation repeating the net pay in words and figures."""
    ch, ytd, net, fields = stub_data(job, pay_date)
    taxes = job.wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(45, 750, job.employer.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(45, 740, job.address)
        c.setFont("Helvetica-Oblique", 9)
        c.drawRightString(567, 750, "Employee pay stub - detach and retain")
        heads = [("EMPLOYEE", job.employee, 150), ("ID", job.emp_id, 55), ("PAY PERIOD",
                 f"{ch.start.strftime('%m/%d/%y')} - {ch.end.strftime('%m/%d/%y')}", 105),
                 ("PAY DATE", mdy(pay_date), 70), ("FREQUENCY", FREQ_WORDS[job.frequency], 70),
                 ("POSITION", job.title, 72)]
        x = 45.0
        c.setLineWidth(0.6)
        for cap, val, wd in heads:
            c.rect(x, 700, wd, 28, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 3, 720, cap)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 3, 706, val)
            x += wd
        top = 690
        c.rect(45, 470, 522, top - 470, stroke=1, fill=0)
        c.line(306, 470, 306, top)
        c.setFillGray(0.9)
        c.rect(45, top - 16, 522, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7)
        for x, t in ((50, "EARNINGS"), (311, "DEDUCTIONS AND TAXES")):
            c.drawString(x, top - 11, t)
        for x, t in ((160, "HRS"), (200, "RATE"), (250, "CURRENT"), (302, "YTD"), (500, "CURRENT"), (563, "YTD")):
            c.drawRightString(x, top - 11, t)
        y = top - 30
        c.setFont("Helvetica", 8)
        for lab in [k for k in ("Regular", "Overtime", "Evening shift diff", "Weekend diff", "Salary") if k in ytd]:
            hrs, rate, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(50, y, lab)
            if amt:
                c.drawRightString(160, y, f"{hrs:.2f}" if hrs else "")
                c.drawRightString(200, y, f"{rate:.2f}" if hrs else "")
                c.drawRightString(250, y, money(amt))
            c.drawRightString(302, y, money(ytd[lab]))
            y -= 12
        y = top - 30
        for k, v in list(taxes.items()) + list(job.wh.deductions):
            c.drawString(311, y, k)
            c.drawRightString(500, y, money(v))
            c.drawRightString(563, y, money(ytd[k]))
            y -= 12
        c.setFillGray(0.9)
        c.rect(45, 440, 522, 30, stroke=1, fill=1)
        c.setFillColor(black)
        cells = [("GROSS THIS PERIOD", ch.gross), ("GROSS YEAR TO DATE", ytd["GROSS"]),
                 ("DEDUCTIONS THIS PERIOD", r2(ch.gross - net)), ("NET PAY", net)]
        for i, (cap, v) in enumerate(cells):
            x = 50 + i * 130
            c.setFont("Helvetica", 6)
            c.drawString(x, 461, cap)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x, 446, "$" + money(v))
        c.setDash(2, 3)
        c.line(30, 410, 582, 410)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, 414, "fold and tear along the perforation")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(45, 385, job.employer)
        c.setFont("Helvetica", 8)
        c.drawRightString(567, 385, f"DATE  {mdy(pay_date)}")
        c.drawString(45, 355, "PAY TO THE ORDER OF")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(150, 355, job.employee.upper())
        c.rect(470, 348, 97, 18, stroke=1, fill=0)
        c.drawRightString(562, 353, "$**" + money(net))
        dollars = int(net)
        cents = round((net - dollars) * 100)
        c.setFont("Helvetica", 8.5)
        c.drawString(45, 330, f"{dollars:,} DOLLARS AND {cents:02d}/100 ********************")
        c.setFont("Helvetica-Bold", 16)
        c.setFillGray(0.75)
        c.drawCentredString(W / 2, 290, "NON-NEGOTIABLE  -  DIRECT DEPOSIT ADVICE")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(45, 262, f"Deposited to account ending {job.account}.")
        return []

    return Stub(Paper([page]), fields, pay_date)


def service_stub(job: Job, pay_date: dt.date) -> Stub:
    """A payroll service's stub (PayCirrus): monospace columns in a light frame, earnings and deductions as one
    long list with This Period / Year To Date columns, the service's footer."""
    ch, ytd, net, fields = stub_data(job, pay_date)
    taxes = job.wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeGray(0.5)
        c.setLineWidth(0.8)
        c.roundRect(40, 380, 532, 380, 6, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(54, 740, job.employer)
        c.setFont("Helvetica", 7.5)
        c.drawString(54, 729, job.address)
        c.setFont("Courier-Bold", 10)
        c.drawRightString(558, 740, "EARNINGS STATEMENT")
        c.setFont("Courier", 8.5)
        rows = [f"Employee ....... {job.employee}", f"Employee no. ... {job.emp_id}",
                f"Job ............ {job.title}",
                f"Period ......... {mdy(ch.start)} to {mdy(ch.end)}",
                f"Check date ..... {mdy(pay_date)}", f"Pay cycle ...... {FREQ_WORDS[job.frequency].upper()}"]
        y = 712
        for row in rows:
            c.drawString(54, y, row)
            y -= 11
        y -= 8
        c.setFont("Courier-Bold", 8.5)
        c.drawString(54, y, f"{'DESCRIPTION':<22}{'HOURS':>8}{'RATE':>9}{'THIS PERIOD':>14}{'YEAR TO DATE':>15}")
        c.line(54, y - 3, 558, y - 3)
        y -= 14
        c.setFont("Courier", 8.5)
        for lab in [k for k in ("Regular", "Overtime", "Salary") if k in ytd]:
            hrs, rate, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            hs = f"{hrs:.2f}" if hrs else ""
            rs = f"{rate:.2f}" if hrs else ""
            c.drawString(54, y, f"{lab:<22}{hs:>8}{rs:>9}{money(amt) if amt else '':>14}{money(ytd[lab]):>15}")
            y -= 11
        c.setFont("Courier-Bold", 8.5)
        c.drawString(54, y, f"{'GROSS PAY':<39}{money(ch.gross):>14}{money(ytd['GROSS']):>15}")
        y -= 16
        c.setFont("Courier", 8.5)
        for k, v in list(taxes.items()) + list(job.wh.deductions):
            c.drawString(54, y, f"{k:<39}{'-' + money(v):>14}{'-' + money(ytd[k]):>15}")
            y -= 11
        c.line(54, y + 4, 558, y + 4)
        y -= 6
        c.setFont("Courier-Bold", 9)
        c.drawString(54, y, f"{'NET PAY':<39}{money(net):>14}{money(ytd['NET']):>15}")
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.35)
        c.drawString(54, 390, f"Processed by PayCirrus Payroll Services for {job.employer}. Direct deposit to "
                              f"account ****{job.account}.")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), fields, pay_date)

# --- bank statements --------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


Txn = tuple[dt.date, str, float]


@dataclass
class Payout:
    """Small deposits a platform or card processor makes: on each day with probability p, lo..hi dollars."""

    desc: str
    lo: float
    hi: float
    p: float
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)


GIG_DEBITS = [("SHELL OIL {n} POS", 28, 64, 7), ("QUIKTRIP #{n} POS", 22, 58, 5), ("KROGER #{n} POS", 35, 140, 4),
              ("AUTOZONE #{n} POS", 18, 90, 1), ("TMOBILE AUTOPAY", 85, 85, 1),
              ("PROGRESSIVE INS AUTOPAY", 188, 188, 1), ("CITY WATER & SEWER", 61, 92, 1),
              ("ELECTRIC COOP ONLINE PMT", 96, 171, 1), ("ATM WITHDRAWAL", 40, 100, 2),
              ("DOLLAR GENERAL #{n}", 9, 36, 3), ("CAR WASH EXPRESS", 12, 12, 2)]
BIZ_DEBITS = [("RESTAURANT DEPOT PURCH", 180, 640, 6), ("SYSCO FOOD SVC ACH", 240, 820, 3),
              ("PROPANE PLUS #{n}", 55, 140, 4), ("SHELL OIL {n} POS", 60, 120, 5),
              ("COMMISSARY KITCHEN RENT", 650, 650, 1), ("TILLPOINT MONTHLY FEE", 39, 39, 1),
              ("STATE FARM COMM AUTO", 212, 212, 1), ("HOME DEPOT #{n}", 24, 210, 3),
              ("OWNER DRAW TO CHK", 900, 1400, 2)]


def month_txns(rng: random.Random, year: int, month: int, payouts: Sequence[Payout],
               credits: Sequence[tuple[int, str, float]], debits: Sequence[tuple[str, int, int, int]],
               spend: float) -> list[Txn]:
    """A month of lines: the platform's or processor's many small deposits, fixed credits, and ordinary debits
    scaled to about `spend` of what came in."""
    start, end = month_bounds(year, month)
    out: list[Txn] = []
    d = start
    while d <= end:
        for po in payouts:
            if d.weekday() in po.weekdays and rng.random() < po.p:
                out.append((d, po.desc, r2(rng.uniform(po.lo, po.hi))))
        d += dt.timedelta(days=1)
    out += [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    income = sum(a for _, _, a in out)
    fixed: list[Txn] = []
    raw: list[Txn] = []
    for desc, lo, hi, n in debits:
        for _ in range(n):
            day = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
            (fixed if lo == hi else raw).append((day, desc.format(n=rng.randrange(1000, 9999)), rng.uniform(lo, hi)))
    room = max(0.0, income * spend - sum(a for _, _, a in fixed))
    scale = room / max(1.0, sum(a for _, _, a in raw))
    out += [(day, desc, -r2(a)) for day, desc, a in fixed if a > 0]
    out += [(day, desc, -r2(a * scale)) for day, desc, a in raw if a * scale >= 1.0]
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    return out


def register_rows(begin: float, lines: Sequence[Txn]) -> tuple[list[tuple[dt.date, str, float, float]], float]:
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    return rows, bal


def cu_statement(bank: str, motto: str, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                 begin: float, lines: Sequence[Txn], kind: str = "EVERYDAY CHECKING") -> Statement:
    """A credit union's member statement: a summary on page 1, then one long register (date, description,
    withdrawals, deposits, balance) running over as many pages as the many small deposits need, "Page n of N"."""
    start, end = month_bounds(year, month)
    rows, ending = register_rows(begin, lines)
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))
    first_n, per_page = 26, 46
    chunks = [rows[:first_n]] + [rows[i:i + per_page] for i in range(first_n, len(rows), per_page)]
    total = len(chunks)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.12, 0.36, 0.32))
        c.circle(60, 742, 11, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(60, 738.5, bank[0])
        c.setFillColor(Color(0.12, 0.36, 0.32))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(78, 743, bank)
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(78, 733, motto)
        c.setFont("Helvetica", 8)
        c.drawRightString(567, 746, f"{kind} - Account number ******{acct[-4:]}")
        c.drawRightString(567, 735, f"Statement period: {mdy(start)} through {mdy(end)}")
        c.drawRightString(567, 724, f"Page {n} of {total}")
        c.setLineWidth(0.6)
        c.line(45, 716, 567, 716)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(48, y, "DATE")
        c.drawString(92, y, "TRANSACTION DESCRIPTION")
        c.drawRightString(400, y, "WITHDRAWALS")
        c.drawRightString(480, y, "DEPOSITS")
        c.drawRightString(564, y, "BALANCE")
        c.line(45, y - 4, 567, y - 4)
        y -= 14
        c.setFont("Helvetica", 8)
        if opening:
            c.drawString(48, y, start.strftime("%m/%d"))
            c.drawString(92, y, "BALANCE FORWARD")
            c.drawRightString(564, y, money(begin))
            y -= 12.5
        for i, (d, desc, a, b) in enumerate(part):
            if i % 2 == 1:
                c.setFillGray(0.95)
                c.rect(45, y - 3, 522, 12, stroke=0, fill=1)
                c.setFillColor(black)
            c.drawString(48, y, d.strftime("%m/%d"))
            c.drawString(92, y, desc)
            c.drawRightString(400 if a < 0 else 480, y, money(abs(a)))
            c.drawRightString(564, y, money(b))
            y -= 12.5
        return y

    pages: list[PageFn] = []
    for n, part in enumerate(chunks, 1):
        def page(c: Canvas, n: int = n, part: list = part) -> list[Mark]:
            head(c, n)
            if n == 1:
                c.setFont("Helvetica", 9)
                y = 696
                for ln in [holder.upper(), *address]:
                    c.drawString(52, y, ln)
                    y -= 11.5
                c.setFillGray(0.94)
                c.rect(330, 610, 237, 96, stroke=1, fill=1)
                c.setFillColor(black)
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(338, 694, "ACCOUNT SUMMARY")
                c.setFont("Helvetica", 8.5)
                n_dep = sum(1 for _, _, a in lines if a > 0)
                n_wd = sum(1 for _, _, a in lines if a < 0)
                for i, (k, v) in enumerate((("Previous balance", begin), (f"{n_dep} deposits and credits", dep),
                                            (f"{n_wd} withdrawals and debits", wd), ("New balance", ending))):
                    if i == 3:
                        c.setFont("Helvetica-Bold", 8.5)
                    c.drawString(338, 678 - 16 * i, k)
                    c.drawRightString(560, 678 - 16 * i, money(v))
                c.setFont("Helvetica-Bold", 9)
                c.drawString(48, 590, "ACCOUNT ACTIVITY")
                y = register(c, 574, part, True)
            else:
                y = register(c, 700, part, False)
            if n == total:
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(92, y - 2, "ENDING BALANCE")
                c.drawRightString(564, y - 2, money(ending))
                c.setFont("Helvetica", 7)
                c.drawString(48, y - 30, "Federally insured by NCUA. Questions or errors: call Member Services "
                                         "within 60 days of this statement.")
            return []
        pages.append(page)
    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper(pages), fields, end, acct)


def biz_statement(bank: str, holder: Sequence[str], acct: str, year: int, month: int, begin: float,
                  lines: Sequence[Txn], product: str = "Small Business Checking") -> Statement:
    """A bank's business checking statement: page 1 a summary band and the DEPOSITS AND CREDITS list (every card
    settlement), page 2 the ELECTRONIC WITHDRAWALS, CHECKS PAID and a DAILY BALANCE table."""
    start, end = month_bounds(year, month)
    rows, ending = register_rows(begin, lines)
    deps = [t for t in lines if t[2] > 0]
    wds = [t for t in lines if t[2] < 0]
    dep_total = r2(sum(a for _, _, a in deps))
    wd_total = r2(-sum(a for _, _, a in wds))
    daily: dict[dt.date, float] = {}
    for d, _, _, b in rows:
        daily[d] = b

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.55, 0.3, 0.12))
        c.rect(45, 736, 16, 16, stroke=0, fill=1)
        c.rect(65, 736, 16, 16, stroke=0, fill=1)
        c.setFont("Times-Bold", 17)
        c.drawString(88, 738, bank.upper())
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawRightString(567, 748, product)
        c.drawRightString(567, 738, f"Account {acct[:3]}-XXX-{acct[-4:]}")
        c.drawRightString(567, 728, f"{short_date(start)} - {short_date(end)}   |   Page {n} of 2")
        c.setStrokeColor(Color(0.55, 0.3, 0.12))
        c.setLineWidth(1.2)
        c.line(45, 720, 567, 720)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)

    def listing(c: Canvas, y: float, title: str, part: Sequence[Txn], two_col: bool) -> float:
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, title)
        c.line(45, y - 4, 567, y - 4)
        y -= 15
        c.setFont("Helvetica", 7.5)
        if two_col:
            half = (len(part) + 1) // 2
            for col, sub in enumerate((part[:half], part[half:])):
                yy = y
                x = 48 + col * 262
                for d, desc, a in sub:
                    c.drawString(x, yy, d.strftime("%m/%d"))
                    c.drawString(x + 28, yy, desc[:30])
                    c.drawRightString(x + 252, yy, money(abs(a)))
                    yy -= 10.5
            return y - 10.5 * half - 8
        for d, desc, a in part:
            c.drawString(48, y, d.strftime("%m/%d"))
            c.drawString(90, y, desc)
            c.drawRightString(564, y, money(abs(a)))
            y -= 10.5
        return y - 8

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 700
        for ln in holder:
            c.drawString(52, y, ln.upper())
            y -= 11.5
        cells = [("Beginning balance", begin), ("Deposits and credits", dep_total),
                 ("Withdrawals and debits", wd_total), ("Ending balance", ending)]
        for i, (k, v) in enumerate(cells):
            x = 45 + i * 131
            c.setFillColor(Color(0.96, 0.92, 0.86))
            c.rect(x, 610, 127, 36, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7)
            c.drawString(x + 6, 634, k)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(x + 6, 616, "$" + money(v))
        listing(c, 590, f"DEPOSITS AND CREDITS  ({len(deps)} items)", deps, True)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = listing(c, 700, f"WITHDRAWALS AND DEBITS  ({len(wds)} items)", wds, False)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, "DAILY BALANCE SUMMARY")
        c.line(45, y - 4, 567, y - 4)
        y -= 15
        c.setFont("Helvetica", 7.5)
        items = sorted(daily.items())
        per = (len(items) + 2) // 3
        for col in range(3):
            yy = y
            for d, b in items[col * per:(col + 1) * per]:
                c.drawString(48 + col * 175, yy, d.strftime("%m/%d"))
                c.drawRightString(48 + col * 175 + 150, yy, money(b))
                yy -= 10.5
        y -= 10.5 * per + 10
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, "Ending balance")
        c.drawRightString(564, y, money(ending))
        c.setFont("Helvetica", 6.5)
        c.drawString(48, y - 22, f"{bank}, Member FDIC. Card settlements are credited the business day after the "
                                 "batch closes.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)

# --- gig and small-business papers --------------------------------------------------------------------------------


def hopscotch_week(driver: str, email: str, city: str, week_start: dt.date, seed: int) -> Paper:
    """A rideshare platform's weekly earnings summary printed from the driver dashboard in a browser: earnings tile,
    trip statistics, a bar per day, the breakdown, the week's Instant Pay cash-outs. Not a pay stub: the driver is
    an independent contractor (type other)."""
    rng = random.Random(seed)
    days = [week_start + dt.timedelta(days=i) for i in range(7)]
    per_day = [r2(rng.uniform(60, 185)) if rng.random() < 0.85 else 0.0 for _ in days]
    fares = r2(sum(per_day))
    surge = r2(fares * rng.uniform(0.06, 0.1))
    quest = float(rng.choice([0, 45, 60]))
    tips = r2(fares * rng.uniform(0.08, 0.13))
    wait = r2(rng.uniform(4, 14))
    total = r2(fares + surge + quest + tips + wait)
    trips = sum(int(v / rng.uniform(11, 16)) for v in per_day)
    online = rng.randrange(1500, 2400)
    miles = rng.randrange(420, 760)
    cashouts = []
    left = total
    for d, v in zip(days, per_day, strict=True):
        if v and rng.random() < 0.6 and left > v:
            cashouts.append((d, r2(v * 0.9)))
            left = r2(left - r2(v * 0.9))
    printed = week_start + dt.timedelta(days=9)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.setFillGray(0.3)
        c.drawString(30, 775, f"{printed.month}/{printed.day}/{printed.strftime('%y')}, 7:42 AM")
        c.drawCentredString(W / 2, 775, "Weekly summary - Hopscotch Driver")
        c.drawString(30, 14, "https://drive.hopscotch.example/earnings/weekly")
        c.drawRightString(W - 30, 24, "1/1")
        c.setFillColor(Color(0.35, 0.12, 0.55))
        c.rect(30, 728, W - 60, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(44, 740, "hopscotch")
        c.setFont("Helvetica", 9)
        c.drawString(130, 741, "DRIVER")
        c.drawRightString(W - 44, 741, f"{driver}  |  {city}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(44, 700, "Weekly summary")
        c.setFont("Helvetica", 9.5)
        c.drawString(44, 684, f"{days[0].strftime('%a, %b')} {days[0].day} - {days[-1].strftime('%a, %b')} "
                              f"{days[-1].day}, {days[-1].year}")
        c.setFillColor(Color(0.95, 0.93, 0.98))
        c.roundRect(44, 600, 200, 70, 8, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        c.drawString(56, 652, "Total earnings")
        c.setFont("Helvetica-Bold", 24)
        c.drawString(56, 618, "$" + money(total))
        for i, (k, v) in enumerate((("Trips", str(trips)), ("Online", f"{online // 60}h {online % 60}m"),
                                    ("Miles", f"{miles:,}"))):
            x = 262 + i * 100
            c.setFillColor(Color(0.96, 0.96, 0.96))
            c.roundRect(x, 600, 92, 70, 8, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 10, 652, k)
            c.setFont("Helvetica-Bold", 15)
            c.drawString(x + 10, 620, v)
        base = 470
        top = max(per_day) or 1.0
        for i, (d, v) in enumerate(zip(days, per_day, strict=True)):
            x = 60 + i * 70
            hgt = 90 * v / top
            c.setFillColor(Color(0.35, 0.12, 0.55))
            c.rect(x, base, 36, hgt, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawCentredString(x + 18, base - 11, f"{d.strftime('%a')} {d.day}")
            c.drawCentredString(x + 18, base + hgt + 4, "$" + money(v) if v else "-")
        y = 420
        c.setFont("Helvetica-Bold", 11)
        c.drawString(44, y, "Breakdown")
        y -= 18
        c.setFont("Helvetica", 9.5)
        for k, v in (("Fares", fares), ("Surge and boost", surge), ("Quest promotion", quest), ("Wait time", wait),
                     ("Customer tips (100% yours)", tips)):
            c.drawString(56, y, k)
            c.drawRightString(330, y, "$" + money(v))
            y -= 15
        c.setLineWidth(0.5)
        c.line(56, y + 10, 330, y + 10)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(56, y - 2, "Total earnings")
        c.drawRightString(330, y - 2, "$" + money(total))
        y2 = 420
        c.setFont("Helvetica-Bold", 11)
        c.drawString(370, y2, "Payouts")
        y2 -= 18
        c.setFont("Helvetica", 9)
        for d, v in cashouts:
            c.drawString(382, y2, f"Instant Pay  {d.strftime('%b')} {d.day}")
            c.drawRightString(560, y2, "$" + money(v))
            y2 -= 14
        c.drawString(382, y2, f"Weekly deposit  {(days[-1] + dt.timedelta(days=2)).strftime('%b')} "
                              f"{(days[-1] + dt.timedelta(days=2)).day}")
        c.drawRightString(560, y2, "$" + money(left))
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        paragraphs(c, 44, 200, W - 88, [
            f"Signed in as {email}. Earnings are shown after the Hopscotch service fee. Drivers are independent "
            "contractors; this summary is not a pay stub, an earnings statement or a tax document. Your annual "
            "Form 1099-K and 1099-NEC are available under Tax info."], font="Helvetica", size=7.5, leading=9.5)
        c.setFillColor(black)
        return []

    return Paper([page])


def form_1099k(filer: Sequence[str], filer_tin: str, payee: str, payee_addr: Sequence[str], payee_tin: str,
               acct: str, year: int, monthly: Sequence[float], mcc: str, n_tx: int, state: str) -> Paper:
    """Form 1099-K Copy B as a payment settlement entity's software prints it: the boxed grid, 1a gross amount,
    the twelve monthly boxes 5a-5l. Not a tax return (type other)."""
    gross = r2(sum(monthly))

    def cellbox(c: Canvas, x: float, y: float, w: float, h: float, cap: str, val: str, vsize: float = 9) -> None:
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setFont("Helvetica", 5.8)
        yy = y + h - 7
        for ln in wrap(cap, "Helvetica", 5.8, w - 6):
            c.drawString(x + 3, yy, ln)
            yy -= 6.5
        c.setFont("Courier", vsize)
        c.drawString(x + 4, y + 4, val)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(0.5)
        x0, top = 36, 740
        cellbox(c, x0, top - 84, 270, 84, "FILER'S name, street address, city or town, state or province, country, "
                "ZIP or foreign postal code, and telephone no.", "")
        c.setFont("Courier", 9)
        yy = top - 28
        for ln in filer:
            c.drawString(x0 + 5, yy, ln)
            yy -= 11
        cellbox(c, x0 + 270, top - 42, 120, 42, "Check to indicate if FILER is a (an): [X] Payment settlement "
                "entity (PSE)  [ ] Electronic Payment Facilitator (EPF) / Other third party", "")
        cellbox(c, x0 + 270, top - 84, 120, 42, "Check to indicate transactions reported are: [ ] Payment card  "
                "[X] Third party network", "")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0 + 400, top - 12, "OMB No. 1545-2205")
        c.setFont("Helvetica-Bold", 18)
        c.drawString(x0 + 400, top - 40, str(year))
        c.setFont("Helvetica", 8)
        c.drawString(x0 + 400, top - 54, "Form 1099-K")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0 + 400, top - 72, "Payment Card and")
        c.drawString(x0 + 400, top - 84, "Third Party Network")
        c.drawString(x0 + 400, top - 96, "Transactions")
        y = top - 84
        cellbox(c, x0, y - 30, 135, 30, "FILER'S TIN", filer_tin)
        cellbox(c, x0 + 135, y - 30, 135, 30, "PAYEE'S TIN", payee_tin)
        cellbox(c, x0 + 270, y - 30, 120, 30, "1a Gross amount of payment card/third party network transactions",
                "$ " + money(gross))
        y -= 30
        cellbox(c, x0, y - 30, 270, 30, "PAYEE'S name", payee)
        cellbox(c, x0 + 270, y - 30, 120, 30, "1b Card Not Present transactions", "$ " + money(gross))
        cellbox(c, x0 + 390, y - 30, 150, 30, "Copy B", "For Payee", vsize=8)
        y -= 30
        cellbox(c, x0, y - 30, 270, 30, "Street address (including apt. no.)", payee_addr[0])
        cellbox(c, x0 + 270, y - 30, 60, 30, "2 Merchant category code", mcc)
        cellbox(c, x0 + 330, y - 30, 60, 30, "3 Number of payment transactions", f"{n_tx:,}")
        y -= 30
        cellbox(c, x0, y - 30, 270, 30, "City or town, state or province, country, and ZIP or foreign postal code",
                payee_addr[1])
        cellbox(c, x0 + 270, y - 30, 120, 30, "4 Federal income tax withheld", "$ 0.00")
        y -= 30
        cellbox(c, x0, y - 30, 270, 30, "Account number (see instructions)", acct)
        y -= 30
        months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")
        for i, (mname, v) in enumerate(zip(months, monthly, strict=True)):
            col, row = i % 2, i // 2
            cellbox(c, x0 + col * 135, y - 30 - 30 * row, 135, 30, f"5{'abcdefghijkl'[i]} {mname}", "$ " + money(v))
        y -= 30 * 6
        cellbox(c, x0, y - 30, 130, 30, "6 State", state)
        cellbox(c, x0 + 130, y - 30, 130, 30, "7 State identification no.", "")
        cellbox(c, x0 + 260, y - 30, 130, 30, "8 State income tax withheld", "$ 0.00")
        c.setFont("Helvetica", 7)
        c.drawString(x0, y - 44, f"Form 1099-K (Rev. 1-{year})   (keep for your records)   www.irs.gov/Form1099K   "
                                 "Department of the Treasury - Internal Revenue Service")
        paragraphs(c, x0, y - 64, 540, [
            "This is important tax information and is being furnished to the IRS. If you are required to file a "
            "return, a negligence penalty or other sanction may be imposed on you if taxable income results from "
            "this transaction and the IRS determines that it has not been reported. Box 1a shows the aggregate "
            "gross amount of payment card/third party network transactions made to you through the PSE during the "
            "calendar year; it does not include adjustments for credits, discounts, fees or refunds."],
            font="Helvetica", size=7, leading=8.6)
        return []

    return Paper([page])


@dataclass
class PL:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date  # period end
    signed: bool
    signed_on: dt.date | None
    net: float


def monthly_pl(business: str, owner: str, address: str, year: int, first: int, months: int,
               income: dict[str, list[float]], expenses: dict[str, list[float]], signed: bool,
               signed_on: dt.date | None, ink: bool, seed: int, note: str = "") -> PL:
    """A profit and loss statement the owner typed in a word processor: one column per month (of the year so far,
    or of one quarter) and a total column, income and expense rows, NET PROFIT, and a certification the owner signs
    and dates (on screen, or in ink on the printout)."""
    start = dt.date(year, first, 1)
    end = month_bounds(year, first + months - 1)[1]
    ytd = first == 1
    inc_tot = [r2(sum(v[i] for v in income.values())) for i in range(months)]
    exp_tot = [r2(sum(v[i] for v in expenses.values())) for i in range(months)]
    net_m = [r2(a - b) for a, b in zip(inc_tot, exp_tot, strict=True)]
    net = r2(sum(net_m))
    total_head = ("Year to date" if months <= 5 else "YTD total") if ytd else "Quarter"
    cols = [dt.date(year, first + m, 1).strftime("%b") for m in range(months)] + [total_head]
    fsize = 8.8 if len(cols) <= 5 else 7.6 if len(cols) <= 7 else 7.0
    colw = min(62.0, 350.0 / len(cols))
    x_label, x_first = 52, 552 - colw * len(cols)
    span = (f"For the period {long_date(start)} through {long_date(end)} (year to date)" if ytd else
            f"For the quarter {long_date(start)} through {long_date(end)}")

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(W / 2, 738, business)
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 725, f"{address}  -  Owner: {owner}")
        c.setFont("Helvetica-Bold", 12.5)
        c.drawCentredString(W / 2, 700, "PROFIT AND LOSS STATEMENT")
        c.setFont("Helvetica", 9.5)
        c.drawCentredString(W / 2, 686, span)
        c.setFont("Helvetica-Oblique", 8)
        c.drawCentredString(W / 2, 673, "Prepared by the owner from the sales reports, bank deposits and receipts. "
                                        "Cash basis, not audited.")
        y = 648
        c.setLineWidth(0.5)

        def row(label: str, vals: Sequence[float], bold: bool = False, shade: bool = False) -> None:
            nonlocal y
            if shade:
                c.setFillGray(0.9)
                c.rect(x_label - 4, y - 4, 556 - x_label, 14, stroke=0, fill=1)
                c.setFillColor(black)
            c.setFont("Helvetica-Bold" if bold else "Helvetica", fsize)
            c.drawString(x_label + (0 if bold else 8), y, label)
            for i, v in enumerate(vals):
                c.drawRightString(x_first + colw * (i + 1) - 4, y, money(v) if v >= 0 else f"({money(-v)})")
            c.setStrokeGray(0.7)
            c.line(x_label - 4, y - 4, 552, y - 4)
            c.setStrokeColor(black)
            y -= 14

        c.setFont("Helvetica-Bold", fsize)
        for i, t in enumerate(cols):
            c.drawRightString(x_first + colw * (i + 1) - 4, y, t)
        c.line(x_label - 4, y - 4, 552, y - 4)
        y -= 18
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x_label, y, "INCOME")
        y -= 14
        for k, v in income.items():
            row(k, [*v, r2(sum(v))])
        row("Total income", [*inc_tot, r2(sum(inc_tot))], bold=True)
        y -= 8
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x_label, y, "EXPENSES")
        y -= 14
        for k, v in expenses.items():
            row(k, [*v, r2(sum(v))])
        row("Total expenses", [*exp_tot, r2(sum(exp_tot))], bold=True)
        y -= 8
        row("NET PROFIT (LOSS)", [*net_m, net], bold=True, shade=True)
        y -= 10
        if note:
            y = paragraphs(c, x_label, y, 490, [note], font="Helvetica", size=8.5, leading=11)
        y -= 6
        y = paragraphs(c, x_label, y, 490, [
            "Owner's certification. I certify that this profit and loss statement is true, correct and complete to "
            "the best of my knowledge, and that it reflects all income and expenses of the business for the period "
            "shown."], font="Helvetica", size=8.8, leading=11.5)
        y -= 30
        c.setLineWidth(0.6)
        c.line(x_label, y, x_label + 230, y)
        c.line(x_label + 290, y, x_label + 420, y)
        c.setFont("Helvetica", 8)
        c.drawString(x_label, y - 11, "Signature of owner")
        c.drawString(x_label + 290, y - 11, "Date")
        c.drawString(x_label, y - 26, f"Printed name: {owner}")
        marks: list[Mark] = []
        if signed:
            marks.append(Mark("sig", x_label + 14, y + 2, w=170, seed=seed))
        if signed_on is not None:
            if ink:
                marks.append(Mark("hand", x_label + 296, y + 3, mdy(signed_on), size=12, seed=seed + 3))
            else:
                marks.append(Mark("typed", x_label + 296, y + 4, mdy(signed_on)))
        return marks

    fields = {"period_start": start.isoformat(), "period_end": end.isoformat(), "net_income": net,
              "signed": signed}
    return PL(Paper([page]), fields, end, signed, signed_on, net)


def booth_agreement(salon: str, salon_addr: str, owner_rep: str, renter: str, suite: str, weekly: float,
                    since: dt.date, signed_on: dt.date, seed: int) -> Paper:
    """A salon-suite owner's booth (suite) rental agreement with a stylist who rents her chair by the week - proof
    of the business, not of income (type other)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 736, salon.upper())
        c.setFont("Times-Italic", 9.5)
        c.drawCentredString(W / 2, 722, salon_addr)
        c.setFont("Times-Bold", 12.5)
        c.drawCentredString(W / 2, 694, "SUITE RENTAL AGREEMENT (BOOTH RENTER)")
        y = paragraphs(c, 72, 666, W - 144, [
            f"This agreement is made on {long_date(since)} between {salon} (\"Landlord\") and {renter} (\"Renter\"), "
            "an independent licensed cosmetologist doing business in her own name.",
            f"1. Suite. Landlord rents to Renter {suite}, furnished with one styling chair, one shampoo bowl and "
            "storage, together with shared use of the lounge, laundry and restrooms.",
            f"2. Rent. Renter pays ${money(weekly)} per week, due each Monday in advance, by card or ACH. Rent does "
            "not depend on Renter's sales. Landlord takes no commission on services or retail.",
            "3. Independence. Renter sets her own hours and prices, keeps her own clients and appointment book, "
            "buys her own products and collects her own payments. Renter is not an employee of Landlord and "
            "receives no wages from Landlord.",
            "4. Term. Twelve months, renewing month to month after that; either party may end it with thirty "
            "days' written notice.",
            "5. Licenses and insurance. Renter keeps her cosmetology license and a booth-renter license current and "
            "carries liability insurance of at least $1,000,000 naming Landlord as additional insured."],
            size=10.5, leading=13.5)
        y -= 20
        marks = []
        for i, (who, name) in enumerate((("Landlord", f"{owner_rep}, for {salon}"), ("Renter", renter))):
            x = 72 + i * 250
            c.setLineWidth(0.5)
            c.line(x, y, x + 210, y)
            c.setFont("Times-Roman", 9.5)
            c.drawString(x, y - 12, f"{who}: {name}")
            c.drawString(x, y - 24, f"Date: {mdy(signed_on)}")
            marks.append(Mark("sig", x + 10, y + 2, w=150, seed=seed + i))
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


def simple_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = (), sign: int | None = None) -> Paper:
    """A typed letter on letterhead; with `sign`, signed in ink in the first blank line of the closing."""

    def page(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
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
            if not ln and sign is not None and not marks:
                marks.append(Mark("sig", 72, y - 8, w=140, seed=sign))
            c.drawString(72, y, ln)
            y -= 14
        return marks

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
        if self.type == "obituary":
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def ssa_verification(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    """Social Security's benefit verification letter for retirement benefits (taxable Social Security)."""
    paras = [f"You asked us for information from your record. The information below confirms that you are entitled "
             f"to monthly retirement benefits from Social Security. You became entitled to benefits in "
             f"{since.strftime('%B %Y')}.",
             f"Your monthly retirement benefit is ${money(monthly)}. We pay benefits for a month in the following "
             "month, on the third Wednesday, by direct deposit. Social Security benefits may be taxable; we send "
             "you a Form SSA-1099 each January.",
             "This letter may be used as proof of income. If you have questions, call us or visit your local "
             "Social Security office."]
    paper = simple_letter(("SOCIAL SECURITY ADMINISTRATION", "Benefit Verification Letter  -  Retirement, Survivors "
                           "and Disability Insurance", Color(0.1, 0.22, 0.45)), date, [person, *address],
                          "Your benefit verification", paras,
                          ["Social Security Administration", "Date of this letter: " + mdy(date)],
                          [("Monthly retirement benefit", "$" + money(monthly)), ("Paid", "Monthly")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def ssi_notice(person: str, address: Sequence[str], date: dt.date, monthly: float) -> Letter:
    nxt = (date.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    paras = [f"We are writing to tell you about your Supplemental Security Income (SSI) payments. Beginning "
             f"{long_date(nxt)} your monthly SSI payment will be ${money(monthly)}. We pay SSI once a month, on the "
             "first of the month.",
             "SSI payments are not taxable income. You must tell us right away about changes in your income, "
             "resources or living arrangements, because they may change your payment.",
             "If you disagree with this decision, you have 60 days to ask for an appeal."]
    paper = simple_letter(("SOCIAL SECURITY ADMINISTRATION", "Supplemental Security Income  -  Notice of Change in "
                           "Payment", Color(0.1, 0.25, 0.45)), date, [person, *address], "Your SSI payment amount",
                          paras, ["Social Security Administration", "Date of this notice: " + mdy(date)],
                          [("Monthly SSI payment", "$" + money(monthly)), ("Paid", "Monthly")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def medical_statement(patient: str, date: dt.date, clinic: str, clinic_addr: str, doctor: str, since: dt.date,
                      seed: int) -> Letter:
    """A physician's statement that confirms the limitation without medical detail, signed in ink."""
    paras = [f"{patient} has been under my care since {long_date(since)}. Because of a medical condition he is not "
             "able to perform his usual work, which requires lifting and long hours of driving, and he is expected "
             "to remain restricted to light duty for at least six more months.",
             "At the patient's request I am confirming the limitation only; no further medical information is "
             "given in this letter.", "Please contact my office with any questions."]
    paper = simple_letter((clinic.upper(), clinic_addr, Color(0.1, 0.4, 0.3)), date, ["To whom it may concern"],
                          f"Re: {patient}", paras, ["Sincerely,", "", "", f"{doctor}", "Attending physician"],
                          sign=seed)
    return Letter(paper, "medical_statement", date)


def obituary(name: str, died: dt.date, age: int, town: str, paper_name: str, survivors: str, work: str,
             date: dt.date) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 22)
        c.drawCentredString(W / 2, 735, paper_name)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 721, f"OBITUARIES  -  {long_date(date)}  -  Page C4")
        c.line(72, 713, W - 72, 713)
        c.setFillGray(0.85)
        c.rect(72, 600, 90, 100, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 15)
        c.drawString(176, 686, name)
        c.setFont("Times-Italic", 10)
        c.drawString(176, 672, f"{died.year - age} - {died.year}")
        paragraphs(c, 176, 650, W - 248, [
            f"{name}, {age}, of {town}, died unexpectedly on {long_date(died)}. {work}"], size=10.5)
        paragraphs(c, 72, 585, W - 144, [
            f"He is survived by {survivors}. He loved cricket, long drives and his mother's cooking, and never "
            "missed a school concert.",
            "Visitation will be held Friday from 5 to 8 p.m. at Lindqvist & Sons Funeral Home; a service follows "
            "on Saturday at 10 a.m. In lieu of flowers, the family asks for donations to the county food bank."],
            size=10.5)
        return []

    return Letter(Paper([page]), "obituary", date)


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int) -> Paper:
    """A typed hardship letter; signed in ink only when it was printed and mailed or scanned."""

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
        for i, nm in enumerate([writer] + ([co_writer] if co_writer else [])):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def email_message(sender: str, sender_mail: str, to: str, sent: dt.datetime, subject: str, body: Sequence[str],
                  attachments: Sequence[tuple[str, str]]) -> Paper:
    """An e-mail as the mail client prints it: account line, subject, the message header, the body, the attachments
    with their sizes (type other; the attachments follow in the same file)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.setFillGray(0.35)
        clock = f"{(sent.hour - 1) % 12 + 1}:{sent.minute:02d} {'AM' if sent.hour < 12 else 'PM'}"
        c.drawString(30, 775, f"{sent.month}/{sent.day}/{sent.strftime('%y')}, {clock}")
        c.drawCentredString(W / 2, 775, f"Mail - {subject}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.setFillColor(Color(0.75, 0.2, 0.15))
        c.drawString(40, 745, "Mail")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 40, 745, f"{sender} <{sender_mail}>")
        c.setLineWidth(0.5)
        c.line(40, 736, W - 40, 736)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(40, 712, subject)
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 696, "1 message")
        c.line(40, 688, W - 40, 688)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, 672, f"{sender} <{sender_mail}>")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 40, 672, sent.strftime("%a, %b ") + f"{sent.day}, {sent.year} at {clock}")
        c.drawString(40, 659, f"To: {to}")
        y = paragraphs(c, 40, 630, W - 80, body, font="Helvetica", size=10, leading=13.5, gap=9)
        y -= 10
        c.line(40, y, 300, y)
        y -= 16
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, f"{len(attachments)} attachments")
        y -= 16
        c.setFont("Helvetica", 9)
        for name, size in attachments:
            c.setFillGray(0.93)
            c.rect(40, y - 4, 300, 14, stroke=0, fill=1)
            c.setFillColor(black)
            c.drawString(46, y, name)
            c.drawRightString(334, y, size)
            y -= 17
        return []

    return Paper([page])


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int, ink: bool,
              form: str = "1040") -> tuple[bytes, list[Mark]]:
    """Page 1 of the real IRS Form 4506-C typed over (fields flattened into the page). On screen: the signature as
    drawn strokes and the date typed; in ink: the marks to add on paper are returned."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Corvid Income Verification Inc."),
           (312, 506, "CIV-40331"), (420, 506, "CORVID07"), (27, 484, "88 Ledger Street"),
           (312, 484, "Reston"), (420, 484, "VA"), (474, 484, "20190"), (27, 430, client), (474, 430, client_phone),
           (27, 362, form), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    marks: list[Mark] = []
    if ink:
        marks = [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 344, 167, mdy(signed_on), size=11,
                                                              seed=seed + 2)]
    else:
        c.setFont("Courier", 9)
        c.drawString(344, 168, mdy(signed_on))
        draw_signature_vector(c, Mark("sig", 80, 166, w=200, seed=seed))
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"cs4506c{seed}"), marks


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, "DOCUMENT SEPARATOR SHEET")
        c.setFont("Helvetica", 11)
        c.drawString(72, 680, "Mailroom use - place in front of each borrower packet")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 34)
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
        c.drawString(72, y - 20, "The pages that follow may contain confidential information intended only for the")
        c.drawString(72, y - 32, "addressee. If you received this fax in error please call the sender.")
        return []

    return Paper([page])

# --- applications -------------------------------------------------------------------------------------------------


@dataclass
class Member:
    """A person whose income the household counts: the borrower, the co-borrower or another adult."""

    role: str  # borrower | co_borrower | other
    name: str
    relation: str
    income: dict[str, float]


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
    members: list[Member]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    what: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for m in self.members:
            for k, v in m.income.items():
                out[k] = r2(out.get(k, 0.0) + v)
        return {k: out[k] for k in INCOMES if out.get(k, 0.0) > 0}

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    def member(self, role: str) -> Member | None:
        return next((m for m in self.members if m.role == role), None)

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = dict(self.income)
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


def sign_marks(app: App, ink: bool, b_sig: tuple[float, float], b_date: tuple[float, float],
               co_sig: tuple[float, float], co_date: tuple[float, float], w: float = 170) -> list[Mark]:
    """The signatures and dates a form's signature block receives: strokes for signatures; the date typed on screen
    or hand-written in ink. The co-borrower signs and dates together or not at all."""
    kind = "hand" if ink else "typed"
    marks: list[Mark] = []
    if app.b_signs:
        marks.append(Mark("sig", *b_sig, w=w, seed=app.seed))
    if app.b_dates:
        marks.append(Mark(kind, *b_date, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks.append(Mark("sig", *co_sig, w=w, seed=app.seed + 1))
        marks.append(Mark(kind, *co_date, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return marks


# Form A: Tamarack Bay Mortgage Servicing, "Household Mortgage Assistance Application" (TBM-HA4), income matrix

TBM_REASONS = ("Lost a job / now unemployed", "Income went down (fewer hours, lower pay, fewer rides or orders)",
               "Housing costs went up (taxes, insurance, HOA dues)", "Disaster (fire, flood, storm) hit the home "
               "or work", "Illness or disability - a borrower or a dependent", "Divorce or legal separation",
               "Separation from a co-owner you are not married to", "Death of a borrower or of a wage earner",
               "Job moved far away / relocation for work", "Other reason (tell us below)")
TBM_INCOME = ("4a  Wages, salary, overtime, tips, commissions", "4b  Self-employment, gig and 1099 work (net)",
              "4c  Unemployment benefits", "4d  Taxable Social Security, pension, disability",
              "4e  Non-taxable Social Security, SSI, disability", "4f  Rental income (net of expenses)",
              "4g  Investment and insurance income", "4h  Other: child support, alimony, other")
GREEN = Color(0.12, 0.35, 0.22)


def tbm_form(app: App) -> Paper:
    cols = [app.member("borrower"), app.member("co_borrower"), app.member("other")]

    def header(c: Canvas, page: int) -> None:
        c.setFillColor(GREEN)
        for i in range(3):
            p = c.beginPath()
            p.moveTo(52, 726 + i * 8)
            p.lineTo(68 - i * 2, 726 + i * 8)
            p.lineTo(60, 740 + i * 8 - i * 2)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(76, 740, "TAMARACK BAY")
        c.setFont("Helvetica", 7.5)
        c.drawString(76, 730, "MORTGAGE SERVICING  -  PO Box 6610, Duluth, MN 55806  -  (218) 555-0140")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawRightString(562, 746, "Household Mortgage Assistance Application")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(562, 736, f"Form TBM-HA4 (rev. 11/2055)  -  Page {page} of 2")
        c.setLineWidth(0.8)
        c.rect(432, 704, 130, 24, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(436, 720, "LOAN NUMBER")
        c.setFont("Courier-Bold", 11)
        c.drawString(436, 708, app.loan)
        c.setStrokeColor(GREEN)
        c.setLineWidth(1.5)
        c.line(50, 698, 562, 698)
        c.setStrokeColor(black)

    def section(c: Canvas, y: float, num: str, title: str) -> float:
        c.setFillColor(GREEN)
        c.circle(58, y + 3, 7, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(58, y + 0.5, num)
        c.setFillColor(GREEN)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(70, y, title)
        c.setFillColor(black)
        return y - 10

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 708, "Use one column for each adult whose income the household counts.")
        y = section(c, 680, "1", "PEOPLE IN THE HOUSEHOLD")
        heads = ("BORROWER", "CO-BORROWER", "OTHER ADULT WHO CONTRIBUTES INCOME")
        x0, lw, cw, rh = 50, 100, 137.3, 19
        c.setFillColor(Color(0.88, 0.93, 0.89))
        c.rect(x0, y - rh, 512, rh, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 6.5)
        for i, hd in enumerate(heads):
            lines = wrap(hd, "Helvetica-Bold", 6.5, cw - 6)
            for j, ln in enumerate(lines):
                c.drawString(x0 + lw + i * cw + 4, y - 8 - j * 7 + (3 if len(lines) > 1 else 0), ln)
        rows = [("Full name", [m.name if m else "" for m in cols]),
                ("Relationship to borrower", ["Self" if cols[0] else "", cols[1].relation if cols[1] else "",
                                             cols[2].relation if cols[2] else ""]),
                ("SSN - last 4 digits", [app.ssn[-4:], (app.co_ssn or "")[-4:] if app.co else "", ""]),
                ("Phone", [app.phone, app.phone if app.co else "", ""]),
                ("E-mail", [app.email, "", ""])]
        yy = y - rh
        c.setLineWidth(0.5)
        for label, vals in rows:
            c.rect(x0, yy - rh, 512, rh, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x0 + 3, yy - 12.5, label)
            for i, v in enumerate(vals):
                c.line(x0 + lw + i * cw, yy, x0 + lw + i * cw, yy - rh)
                c.setFont("Courier", 9 if len(v) < 23 else 7.5)
                c.drawString(x0 + lw + i * cw + 4, yy - 13, v)
            yy -= rh
        c.setFont("Helvetica-Oblique", 6.5)
        c.drawString(x0, yy - 9, "Only the borrower and the co-borrower sign this application. SSN: last four "
                                 "digits of the borrower and the co-borrower only.")
        y = section(c, yy - 30, "2", "THE PROPERTY")
        cells = [("Street address", app.street, 250), ("City", app.city, 140), ("State", app.state, 42),
                 ("ZIP", app.zip, 80)]
        x = x0
        for cap, v, wd in cells:
            c.rect(x, y - 26, wd, 26, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 3, y - 8, cap)
            c.setFont("Courier", 10)
            c.drawString(x + 4, y - 21, v)
            x += wd
        y -= 42
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x0, y, "The property is:")
        for i, (occ, text) in enumerate(zip(OCCUPANCIES, ("where we live (principal residence)", "a second home",
                                                          "rented out / an investment"), strict=True)):
            bx = x0 + 80 + i * 150
            box_x(c, bx, y - 1, app.occupancy == occ, font="Courier-Bold")
            c.setFont("Helvetica", 7.5)
            c.drawString(bx + 12, y, text)
        y = section(c, y - 28, "3", "HARDSHIP")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x0, y - 2, "Check every reason that applies:")
        for i, reason in enumerate(TBM_REASONS):
            col, row = divmod(i, 5)
            bx = x0 + col * 258
            by = y - 18 - row * 15
            box_x(c, bx, by - 1, HARDSHIPS[i] in app.hardships, font="Courier-Bold")
            c.setFont("Helvetica", 7.5)
            c.drawString(bx + 12, by, reason)
        y -= 100
        c.rect(x0, y - 26, 170, 26, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(x0 + 3, y - 8, "Date the hardship began (mm/dd/yyyy)")
        c.setFont("Courier", 10)
        c.drawString(x0 + 4, y - 21, mdy(app.start) if app.start else "")
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x0 + 185, y - 8, "It will probably last:")
        for i, (dur, text) in enumerate((("short", "6 months or less"), ("long", "longer / permanent"),
                                         ("resolved", "already over"))):
            bx = x0 + 185 + i * 110
            box_x(c, bx, y - 23, app.duration == dur, font="Courier-Bold")
            c.setFont("Helvetica", 7.5)
            c.drawString(bx + 12, y - 22, text)
        y -= 44
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x0, y, "Tell us what happened:")
        lines = wrap(app.what, "Courier", 9, 500)
        for i in range(4):
            ly = y - 16 - i * 16
            c.setStrokeGray(0.6)
            c.line(x0, ly - 3, 562, ly - 3)
            c.setStrokeColor(black)
            if i < len(lines):
                c.setFont("Courier", 9)
                c.drawString(x0 + 2, ly, lines[i])
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = section(c, 680, "4", "MONTHLY INCOME BEFORE TAXES - ONE COLUMN FOR EACH PERSON")
        x0, lw, cw, rh = 50, 188, 81, 20
        heads = [("BORROWER", cols[0]), ("CO-BORROWER", cols[1]), ("OTHER ADULT", cols[2]), ("ROW TOTAL", None)]
        c.setFillColor(Color(0.88, 0.93, 0.89))
        c.rect(x0, y - 26, 512, 26, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x0 + 3, y - 11, "Kind of income (monthly, before taxes)")
        for i, (hd, m) in enumerate(heads):
            cx = x0 + lw + i * cw
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(cx + cw / 2, y - 10, hd)
            if m is not None:
                c.setFont("Helvetica-Oblique", 6.5)
                c.drawCentredString(cx + cw / 2, y - 20, m.name.split()[0])
        yy = y - 26
        c.setLineWidth(0.5)
        col_tot = [0.0, 0.0, 0.0]
        for k, label in zip(INCOMES, TBM_INCOME, strict=True):
            c.rect(x0, yy - rh, 512, rh, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(x0 + 3, yy - 13, label)
            vals = [(m.income.get(k, 0.0) if m else 0.0) for m in cols]
            for i in range(4):
                c.line(x0 + lw + i * cw, yy, x0 + lw + i * cw, yy - rh)
            c.setFont("Courier", 9.5)
            for i, v in enumerate(vals):
                if v > 0:
                    c.drawRightString(x0 + lw + (i + 1) * cw - 5, yy - 13.5, money(v))
                    col_tot[i] = r2(col_tot[i] + v)
            if sum(vals) > 0:
                c.setFont("Courier-Bold", 9.5)
                c.drawRightString(x0 + lw + 4 * cw - 5, yy - 13.5, money(r2(sum(vals))))
            yy -= rh
        c.setFillColor(Color(0.88, 0.93, 0.89))
        c.rect(x0, yy - rh, 512, rh, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x0 + 3, yy - 13, "4i  Column totals / household total")
        for i in range(4):
            c.line(x0 + lw + i * cw, yy, x0 + lw + i * cw, yy - rh)
        c.setFont("Courier-Bold", 9.5)
        for i, v in enumerate(col_tot):
            if v > 0:
                c.drawRightString(x0 + lw + (i + 1) * cw - 5, yy - 13.5, money(v))
        c.setLineWidth(1.4)
        c.rect(x0 + lw + 3 * cw, yy - rh, cw, rh, stroke=1, fill=0)
        c.setLineWidth(0.5)
        c.drawRightString(x0 + lw + 4 * cw - 5, yy - 13.5, money(app.total))
        yy -= rh
        c.setFont("Helvetica-Oblique", 6.5)
        c.drawString(x0, yy - 9, "Self-employed and gig workers: enter income after business expenses. "
                                 "Do not count the same money twice.")
        y = section(c, yy - 30, "5", "MONEY ON HAND (all accounts)")
        c.rect(x0, y - 22, 512, 22, stroke=1, fill=0)
        c.setFont("Helvetica", 7.5)
        c.drawString(x0 + 3, y - 14, "Checking, savings and cash - all household members together")
        c.setFont("Courier", 9.5)
        c.drawRightString(556, y - 14.5, money(r2(app.total * 0.21)))
        y = section(c, y - 46, "6", "CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, x0, y - 4, 512, [
            "Each of us certifies that the information in this application is true and complete, that the hardship "
            "described contributed to our need for help, and that the income of every adult listed in section 4 "
            "is received by the household every month. We consent to a credit report for each borrower and agree "
            "to send the documents Tamarack Bay asks for. Knowingly false statements may violate federal law."],
            font="Helvetica", size=7.5, leading=9.5)
        marks: list[Mark] = []
        sy = y - 30
        blocks = [("Borrower's signature", 50), ("Co-borrower's signature", 310)]
        for cap, bx in blocks:
            c.setLineWidth(0.6)
            c.line(bx, sy, bx + 160, sy)
            c.line(bx + 172, sy, bx + 252, sy)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(bx, sy - 9, cap)
            c.drawString(bx + 172, sy - 9, "Date (mm/dd/yyyy)")
        c.setFont("Helvetica-Oblique", 6.5)
        c.drawString(50, sy - 24, "Other adults listed in section 4 do not sign.")
        marks += sign_marks(app, False, (56, sy + 2), (224, sy + 3), (316, sy + 2), (484, sy + 3), w=100)
        return marks

    return Paper([page1, page2])

# Form B: Kestrel Point Loan Servicing, "Borrower Assistance Worksheet" (KP-3C), landscape, three columns of
# numbered questions, every answer at the end of a dotted leader

KP_REASONS = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster (natural or man-made)",
              "Long-term disability or serious illness", "Divorce or legal separation",
              "Separation of unmarried borrowers", "Death of a borrower or wage earner",
              "Distant employment transfer / relocation", "Other")
KP_INCOME = ("Wages, salary, overtime, tips", "Self-employment / gig income (net)", "Unemployment benefits",
             "Taxable Social Security, pension, disability", "Non-taxable Social Security or disability",
             "Rental income (net)", "Investment or insurance income", "Other: child support, alimony, other")
KP_COLS = (30.0, 284.0, 538.0)
KP_CW = 224.0
SLATE = Color(0.2, 0.27, 0.36)


def dots(c: Canvas, x1: float, x2: float, y: float) -> None:
    """A dotted leader from x1 to x2 on baseline y."""
    c.setFont("Helvetica", 7.5)
    step = stringWidth(". ", "Helvetica", 7.5)
    x = x1 + 2
    while x + step < x2 - 2:
        c.drawString(x, y, ".")
        x += step


def leader(c: Canvas, x: float, y: float, label: str, answer: str, num: str = "", indent: float = 0.0,
           bold: bool = False, lead: float = 12.5) -> float:
    """"num  label . . . . . answer": the answer typed at the end of the dotted leader, right-aligned to the
    column; when the label and the answer do not fit on one line, the label stands alone and the leader with the
    answer runs on the next line. Returns the next baseline."""
    right = x + KP_CW
    font = "Helvetica-Bold" if bold else "Helvetica"
    c.setFont("Helvetica-Bold", 7.5)
    if num:
        c.drawString(x + indent, y, num)
    lx = x + indent + (18 if num else 0)
    c.setFont(font, 7.8)
    c.drawString(lx, y, label)
    lend = lx + stringWidth(label, font, 7.8)
    aw = stringWidth(answer, "Courier", 9.5)
    if lend + aw + 14 > right:
        y -= lead
        lend = lx
    c.setFont("Courier", 9.5)
    c.drawRightString(right, y, answer)
    dots(c, lend, right - aw - (3 if answer else 0), y)
    return y - lead


def kp_part(c: Canvas, x: float, y: float, title: str) -> float:
    c.setFillColor(SLATE)
    c.rect(x, y - 3, KP_CW, 13, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 7.8)
    c.drawString(x + 4, y, title)
    c.setFillColor(black)
    return y - 18


def kp_form(app: App) -> Paper:
    def header(c: Canvas, page: int) -> None:
        c.setFillColor(SLATE)
        p = c.beginPath()
        p.moveTo(30, 572)
        p.lineTo(44, 584)
        p.lineTo(58, 572)
        p.lineTo(44, 578)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Times-Bold", 15)
        c.drawString(64, 574, "KESTREL POINT LOAN SERVICING")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(64, 564, "1200 Harbor Light Way, Suite 300, Corpus Christi, TX 78401  -  fax (361) 555-0133")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(762, 576, "Borrower Assistance Worksheet")
        c.setFont("Helvetica", 7)
        c.drawRightString(762, 566, f"Form KP-3C (04/2055)  -  Page {page} of 2")
        c.setLineWidth(1)
        c.line(30, 556, 762, 556)
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(30, 546, "Answer on the dotted line after each question. Mark choices with an X. Amounts are "
                              "monthly, before taxes, for the whole household.")
        c.setLineWidth(0.4)
        c.setStrokeGray(0.6)
        for x in KP_COLS[1:]:
            c.line(x - 15, 530, x - 15, 40)
        c.setStrokeColor(black)

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        x = KP_COLS[0]
        y = kp_part(c, x, 522, "PART A  -  LOAN AND BORROWERS")
        y = leader(c, x, y, "Loan number", app.loan, "1")
        y = leader(c, x, y, "Borrower's full name", app.borrower, "2")
        y = leader(c, x, y, "Borrower's SSN, last four digits", app.ssn[-4:], "3")
        y = leader(c, x, y, "Co-borrower's full name", app.co or "", "4")
        y = leader(c, x, y, "Co-borrower's SSN, last four digits", (app.co_ssn or "")[-4:], "5")
        y = leader(c, x, y, "Best phone number", app.phone, "6")
        y = leader(c, x, y, "E-mail address", app.email, "7")
        y = leader(c, x, y, "Best time to reach you", "Evenings", "8")
        y = leader(c, x, y, "Preferred language", "English", "8a")
        x = KP_COLS[1]
        y = kp_part(c, x, 522, "PART B  -  THE PROPERTY")
        y = leader(c, x, y, "Property street address", app.street, "9")
        y = leader(c, x, y, "City", app.city, "10")
        y = leader(c, x, y, "State", app.state, "11")
        y = leader(c, x, y, "ZIP code", app.zip, "12")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x, y, "13")
        c.setFont("Helvetica", 7.8)
        c.drawString(x + 18, y, "How is the property used? Mark one with X.")
        y -= 12.5
        for i, (occ, text) in enumerate(zip(OCCUPANCIES, ("My primary residence", "A second home",
                                                          "An investment or rental property"), strict=True)):
            y = leader(c, x, y, text, "X" if app.occupancy == occ else "", f"13{'abc'[i]}", indent=10)
        y = leader(c, x, y, "Is the property listed for sale?", "No", "14")
        y = leader(c, x, y, "Monthly HOA or condo dues", "$ 0.00", "15")
        x = KP_COLS[2]
        y = kp_part(c, x, 522, "PART C  -  HARDSHIP")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x, y, "16")
        c.setFont("Helvetica", 7.8)
        c.drawString(x + 18, y, "What caused the hardship? Mark every one")
        c.drawString(x + 18, y - 10, "that applies with X.")
        y -= 22.5
        for i, reason in enumerate(KP_REASONS):
            y = leader(c, x, y, reason, "X" if HARDSHIPS[i] in app.hardships else "", f"16{'abcdefghij'[i]}",
                       indent=10)
        y = leader(c, x, y, "Date the hardship began", mdy(app.start) if app.start else "", "17")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x, y, "18")
        c.setFont("Helvetica", 7.8)
        c.drawString(x + 18, y, "The hardship is (mark one with X):")
        y -= 12.5
        for i, (dur, text) in enumerate((("short", "Short-term (6 months or less)"),
                                         ("long", "Long-term or permanent"), ("resolved", "Resolved"))):
            y = leader(c, x, y, text, "X" if app.duration == dur else "", f"18{'abc'[i]}", indent=10)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x, y, "19")
        c.setFont("Helvetica", 7.8)
        c.drawString(x + 18, y, "In a few words, what happened:")
        y -= 13
        c.setFont("Courier", 8.5)
        for ln in wrap(app.what, "Courier", 8.5, KP_CW - 10)[:7]:
            c.drawString(x + 6, y, ln)
            y -= 11
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        x = KP_COLS[0]
        y = kp_part(c, x, 522, "PART D  -  MONTHLY HOUSEHOLD INCOME")
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(x, y, f"Loan number {app.loan}. Before taxes; all borrowers together.")
        y -= 15
        for i, (k, label) in enumerate(zip(INCOMES, KP_INCOME, strict=True)):
            v = app.income.get(k, 0.0)
            y = leader(c, x, y, label, "$ " + money(v) if v > 0 else "$", str(20 + i), lead=15)
        y -= 4
        y = leader(c, x, y, "TOTAL monthly household income", "$ " + money(app.total), "28", bold=True, lead=15)
        x = KP_COLS[1]
        y = kp_part(c, x, 522, "PART E  -  EXPENSES AND ASSETS")
        items = [("29", "First mortgage payment (P&I and escrow)", f"$ {money(r2(app.total * 0.36))}"),
                 ("30", "Vehicle loan or lease payments", f"$ {money(r2(app.total * 0.09))}"),
                 ("31", "Credit cards, minimum payments", f"$ {money(r2(app.total * 0.04))}"),
                 ("32", "Checking and savings balances", f"$ {money(r2(app.total * 0.3))}"),
                 ("33", "Retirement accounts (do not count)", "$ 0.00")]
        for num, label, val in items:
            y = leader(c, x, y, label, val, num, lead=15)
        x = KP_COLS[2]
        y = kp_part(c, x, 522, "PART F  -  CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, x, y, KP_CW, [
            "I certify that all information in this worksheet is truthful and that the hardship I identified "
            "contributed to my need for mortgage relief. I consent to a credit report for every borrower and will "
            "send the documents Kestrel Point requests. Knowingly false statements may violate federal law."],
            font="Helvetica", size=7, leading=8.8)
        y -= 26
        rows = [("34", "Borrower's signature"), ("35", "Date signed"), ("36", "Co-borrower's signature"),
                ("37", "Date signed")]
        pos = []
        for num, label in rows:
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x, y, num)
            c.setFont("Helvetica", 7.8)
            c.drawString(x + 18, y, label)
            lend = x + 18 + stringWidth(label, "Helvetica", 7.8)
            dots(c, lend, x + KP_CW, y)
            pos.append((lend + 6, y))
            y -= 30
        (bsx, bsy), (_, bdy), (csx, csy), (_, cdy) = pos
        right = x + KP_CW - 62
        return sign_marks(app, False, (bsx, bsy + 1), (right, bdy + 1), (csx, csy + 1), (right, cdy + 1), w=110)

    return Paper([page1, page2], landscape(letter))


# Form C: Millrace Federal Savings Bank, "Mortgage Assistance Request" (MFS-22): a grid of boxes like a W-2's,
# each caption a tiny grey label in the box's top-left corner, the answer typed large in the box

MF_REASONS = ("Unemployment", "Reduced income", "Higher housing costs", "Disaster", "Disability or illness",
              "Divorce / legal separation", "Separation (unmarried co-owners)", "Death of borrower or wage earner",
              "Distant job transfer", "Other hardship")
MF_INCOME = ("1 Wages, salaries, tips, overtime", "2 Self-employment income (net)", "3 Unemployment benefits",
             "4 Taxable Social Security, pension, disability", "5 Non-taxable Social Security / disability",
             "6 Rental income (net)", "7 Investment or insurance income", "8 Other: alimony, child support, other")


def wbox(c: Canvas, x: float, y: float, w: float, h: float, cap: str, value: str = "", size: float = 13,
         font: str = "Courier") -> None:
    """A W-2-style box: its caption tiny and grey in the top-left corner, the answer typed large inside."""
    c.setLineWidth(0.7)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFillGray(0.45)
    c.setFont("Helvetica", 5.6)
    c.drawString(x + 2.5, y + h - 6.8, cap)
    c.setFillColor(black)
    if value:
        c.setFont(font, size)
        c.drawString(x + 7, y + 6, value)


def mark_cells(c: Canvas, x: float, y: float, w: float, h: float, caps: Sequence[str], marked: Sequence[bool],
               per_row: int) -> None:
    """A box divided into small cells, each with a tiny grey caption and a large typed X when it applies."""
    rows = (len(caps) + per_row - 1) // per_row
    cw, ch = w / per_row, h / rows
    for i, (cap, on) in enumerate(zip(caps, marked, strict=True)):
        col, row = i % per_row, i // per_row
        cx, cy = x + col * cw, y + h - (row + 1) * ch
        c.setLineWidth(0.4)
        c.rect(cx, cy, cw, ch, stroke=1, fill=0)
        c.setFillGray(0.45)
        c.setFont("Helvetica", 5.4)
        for j, ln in enumerate(wrap(cap, "Helvetica", 5.4, cw - 5)[:2]):
            c.drawString(cx + 2.5, cy + ch - 6.5 - j * 6, ln)
        c.setFillColor(black)
        c.rect(cx + cw - 17, cy + 4, 12, 12, stroke=1, fill=0)
        if on:
            c.setFont("Courier-Bold", 14)
            c.drawCentredString(cx + cw - 11, cy + 5.5, "X")


def mfs_form(app: App) -> Paper:
    x0, full = 36.0, 540.0

    def top(c: Canvas, page: int) -> None:
        c.setFont("Helvetica-Bold", 22)
        c.drawString(x0, 742, "MFS-22")
        c.setFont("Helvetica", 7)
        c.drawString(x0 + 96, 752, "Millrace Federal Savings Bank")
        c.drawString(x0 + 96, 743, "Loss Mitigation Department - 310 Mill Race Road, Lowell, MA 01852")
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(x0 + full, 748, "Mortgage Assistance Request")
        c.setFont("Helvetica", 6.5)
        c.drawRightString(x0 + full, 738, f"Rev. 6-2055   Page {page} of 2   Type or print in the boxes")
        c.setLineWidth(1.6)
        c.line(x0, 732, x0 + full, 732)

    def page1(c: Canvas) -> list[Mark]:
        top(c, 1)
        rh = 32.0
        y = 732 - rh - 6
        wbox(c, x0, y, 180, rh, "a  Loan number", app.loan)
        wbox(c, x0 + 180, y, 100, rh, "b  Borrower's SSN (last 4)", app.ssn[-4:])
        wbox(c, x0 + 280, y, 100, rh, "c  Co-borrower's SSN (last 4)", (app.co_ssn or "")[-4:] if app.co else "")
        wbox(c, x0 + 380, y, 160, rh, "d  Telephone", app.phone, size=11.5)
        y -= rh
        wbox(c, x0, y, 270, rh, "e  Borrower's name (first, middle initial, last)", app.borrower, size=12)
        wbox(c, x0 + 270, y, 270, rh, "f  Co-borrower's name (first, middle initial, last)", app.co or "",
             size=12)
        y -= rh
        wbox(c, x0, y, full, rh, "g  E-mail address", app.email, size=12)
        y -= rh
        wbox(c, x0, y, full, rh, "h  Property address (number, street, apt. or unit)", app.street)
        y -= rh
        wbox(c, x0, y, 270, rh, "i  City or town", app.city)
        wbox(c, x0 + 270, y, 80, rh, "j  State", app.state)
        wbox(c, x0 + 350, y, 190, rh, "k  ZIP code", app.zip)
        y -= 14 + 30
        c.setFillGray(0.45)
        c.setFont("Helvetica", 5.6)
        c.drawString(x0 + 2.5, y + 31, "12  Property use (mark one)")
        c.setFillColor(black)
        mark_cells(c, x0, y, full, 28, ["12a  Principal residence", "12b  Second home", "12c  Investment / rental"],
                   [app.occupancy == o for o in OCCUPANCIES], 3)
        y -= 14 + 64
        c.setFillGray(0.45)
        c.setFont("Helvetica", 5.6)
        c.drawString(x0 + 2.5, y + 67, "13  Hardship (mark every reason that applies)")
        c.setFillColor(black)
        mark_cells(c, x0, y, full, 64, [f"13{'abcdefghij'[i]}  {r}" for i, r in enumerate(MF_REASONS)],
                   [h in app.hardships for h in HARDSHIPS], 5)
        y -= rh + 10
        wbox(c, x0, y, 180, rh, "14  Date hardship began (MM/DD/YYYY)", mdy(app.start) if app.start else "")
        c.setFillGray(0.45)
        c.setFont("Helvetica", 5.6)
        c.drawString(x0 + 182.5, y + rh - 6.8, "15  Expected to last")
        c.setFillColor(black)
        mark_cells(c, x0 + 180, y, 360, rh - 8, ["15a  6 months or less", "15b  Longer / permanent",
                                                 "15c  Already resolved"],
                   [app.duration == d for d in ("short", "long", "resolved")], 3)
        c.rect(x0 + 180, y, 360, rh, stroke=1, fill=0)
        y -= 96
        wbox(c, x0, y, full, 92, "16  What happened (short explanation)")
        c.setFont("Courier", 10)
        yy = y + 72
        for ln in wrap(app.what, "Courier", 10, full - 16)[:6]:
            c.drawString(x0 + 7, yy, ln)
            yy -= 12.5
        c.setFont("Helvetica", 6)
        c.setFillGray(0.45)
        c.drawString(x0, y - 12, "Form MFS-22 (Rev. 6-2055)   Cat. No. 22A   Millrace Federal Savings Bank - "
                                 "Continue on page 2")
        c.setFillColor(black)
        return []

    def page2(c: Canvas) -> list[Mark]:
        top(c, 2)
        rh = 34.0
        y = 732 - rh - 6
        wbox(c, x0, y, 180, rh, "a  Loan number", app.loan)
        wbox(c, x0 + 180, y, 360, rh, "e  Borrower's name", app.borrower, size=12)
        y -= 16
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x0, y, "MONTHLY HOUSEHOLD INCOME BEFORE TAXES - all borrowers together (leave a box empty "
                            "if none)")
        y -= 4 + rh
        for i, (k, cap) in enumerate(zip(INCOMES, MF_INCOME, strict=True)):
            col, row = i % 2, i // 2
            v = app.income.get(k, 0.0)
            wbox(c, x0 + col * 270, y - row * rh, 270, rh, cap, money(v) if v > 0 else "")
        y -= 4 * rh
        c.setFillGray(0.9)
        c.rect(x0, y, 270, rh, stroke=0, fill=1)
        c.setFillColor(black)
        wbox(c, x0, y, 270, rh, "9  Total monthly household income", money(app.total), font="Courier-Bold")
        wbox(c, x0 + 270, y, 270, rh, "10  Number of people living in the home", str(len(app.members) + 1))
        y -= rh
        wbox(c, x0, y, 270, rh, "11  Checking and savings (all accounts)", money(r2(app.total * 0.24)))
        wbox(c, x0 + 270, y, 270, rh, "11a  Other assets (not retirement)", "")
        y -= 20
        y = paragraphs(c, x0, y, full, [
            "Certification. By signing, each borrower certifies that the information in this request is true and "
            "complete and that the hardship described contributed to the need for mortgage relief, consents to a "
            "credit report, and agrees to provide the documents Millrace Federal Savings Bank requests. Knowingly "
            "false statements may violate federal law (18 U.S.C. 1001 and 1014)."], font="Helvetica", size=7,
            leading=8.8)
        y -= 44
        wbox(c, x0, y, 360, 42, "17  Borrower's signature")
        wbox(c, x0 + 360, y, 180, 42, "18  Date (MM/DD/YYYY)")
        wbox(c, x0, y - 42, 360, 42, "19  Co-borrower's signature")
        wbox(c, x0 + 360, y - 42, 180, 42, "20  Date (MM/DD/YYYY)")
        c.setFont("Helvetica", 6)
        c.setFillGray(0.45)
        c.drawString(x0, y - 56, "Form MFS-22 (Rev. 6-2055)   Return both pages with your documents.")
        c.setFillColor(black)
        return sign_marks(app, True, (x0 + 20, y + 8), (x0 + 370, y + 9), (x0 + 20, y - 34), (x0 + 370, y - 33),
                          w=200)

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
    signed_on: dt.date | None = None
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


@dataclass
class Part:
    """Pages of one logical document (or of a cover or separator, doc None) on their way into a file: born-digital
    PDF bytes or scanned sheets, and /Rotate values to set on some of its pages (0-based index -> degrees)."""

    doc: Doc | None
    pdf: bytes | None = None
    sheets: list[ScannedPage] | None = None
    rotate: dict[int, int] = field(default_factory=dict)


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    skipped: set[tuple[str, int]] = field(default_factory=set)  # separator sheets and fax covers: not documents

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            else:
                self.skipped |= {(rel, page + i) for i in range(n)}
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan) -> None:
        """An image-only file of scanned sheets (a fax gets its machine's header line on every page)."""
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            else:
                self.skipped |= {(rel, len(sheets) + 1 + i) for i in range(len(pages))}
            sheets.extend(pages)
        if style.header:
            fax_header(sheets, style.header, style.dpi)
        self.files[rel] = scans_pdf(sheets, style)

    def merged(self, rel: str, parts: Sequence[Part], style: Scan) -> None:
        """One file a borrower merged from downloads and scans with a free PDF tool: born-digital pages keep their
        text layer, scanned pages are images, and some pages carry a /Rotate the tool left on them."""
        writer = PdfWriter()
        for part in parts:
            data = part.pdf if part.pdf is not None else scans_pdf(part.sheets or [], style)
            reader = PdfReader(io.BytesIO(data))
            first = len(writer.pages) + 1
            for i, page in enumerate(reader.pages):
                writer.add_page(page)
                if part.rotate.get(i):
                    writer.pages[-1].rotate(part.rotate[i])
            if part.doc is not None:
                part.doc.pages = [(rel, first + i) for i in range(len(reader.pages))]
                part.doc.scanned = part.pdf is None
                self.docs.append(part.doc)
            else:
                self.skipped |= {(rel, first + i) for i in range(len(reader.pages))}
        self.files[rel] = fixed_pypdf_bytes(writer, f"csmerge{self.name}")


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


def pl_doc(pl: PL) -> Doc:
    return Doc("profit_and_loss_statement", pl.fields, pl.date, signed=pl.signed, signed_on=pl.signed_on)


def t4506_doc(on: dt.date) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True, signed_on=on)


def other_doc() -> Doc:
    return Doc("other", {})


READINGS = [dict(zip(("both_statements_fresh", "pl_dated_by"), combo, strict=True))
            for combo in itertools.product((False, True), ("period_end", "signed_on", "both"))]


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date, reading: dict[str, Any]) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet, under one reading of the points the spec
    leaves open: must the older of two consecutive statements be fresh too; is a profit and loss statement dated by
    its period's end, by the date it was signed, or must both be fresh."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    required = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
                "income": app.income}
    out += [f"application_field:{k}" for k, v in required.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = False
    for a in stmts:
        for b in stmts:
            consecutive = a.account == b.account and dt.date.fromisoformat(b.fields["period_start"]) == \
                dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
            if consecutive and fresh(b.date) and (fresh(a.date) or not reading["both_statements_fresh"]):
                two_bank = True
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def pl_ok(d: Doc) -> bool:
        if d.type != "profit_and_loss_statement" or not d.signed or d.signed_on is None:
            return False
        by = reading["pl_dated_by"]
        return (by == "signed_on" or fresh(d.date)) and (by == "period_end" or fresh(d.signed_on))

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or any(pl_ok(d) for d in docs),
             "unemployment": True, "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"), "rental": two_bank,
             "investment": two_bank, "other": two_bank}
    out += [f"income_doc:{k}" for k in app.income if not rules[k]]
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    out += [f"hardship_doc:{h}" for h in app.hardships if h in need and not need[h] & types]
    if ("self_employment" in app.income or "rental" in app.income) and not any(
            d.type == "irs_form_4506c" and d.signed for d in docs):
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


RIDE_INCOME = ("Hopscotch fares, surge and tips", "DashCart delivery pay and tips", "Quest and referral bonuses")
RIDE_COSTS = ("Fuel", "Maintenance, tires and oil changes", "Rideshare insurance endorsement", "Phone and data plan",
              "Car washes and cleaning supplies", "Tolls and parking")
TRUCK_INCOME = ("Food truck sales - card", "Food truck sales - cash", "Catering and events")
TRUCK_COSTS = ("Food, meat and supplies", "Commissary kitchen rent", "Propane and generator fuel", "Truck fuel",
               "Permits, licenses and inspections", "Insurance", "Card processing fees", "Repairs",
               "Phone and POS subscription")
BRAID_INCOME = ("Braiding and styling services", "Product sales")
BRAID_COSTS = ("Hair, extensions and products", "Booking app and card fees", "Supplies and tools",
               "Advertising", "Share of home utilities (studio room)")


def pl_rows(rng: random.Random, labels: Sequence[str], months: int, base: Sequence[tuple[float, float]],
            dips: Sequence[int] = (), dip: float = 1.0) -> dict[str, list[float]]:
    """Monthly amounts per row: each row drawn between its (lo, hi); months in `dips` scaled by `dip`."""
    out = {}
    for label, (lo, hi) in zip(labels, base, strict=True):
        vals = []
        for m in range(months):
            v = rng.uniform(lo, hi) * (dip if m in dips else 1.0)
            vals.append(r2(round(v, 0)) if hi > 300 else r2(v))
        out[label] = vals
    return out


def packet_cs1(seed: int) -> Packet:
    """COMPLETE. One born-digital e-mail: the message printed by the mail client with its attachments behind it."""
    rng = random.Random(seed * 1000 + 1)
    received = dt.date(2056, 3, 21)
    addr = ["4418 Wexford Run Road", "Duluth, MN 55811"]
    wh_m = Withholding(0.10, 0.052, "Minnesota income tax", (("Medical plan", 58.20), ("457(b) deferral", 40.00)))
    wh_l = Withholding(0.09, 0.05, "Minnesota income tax", ())
    mercy = Job("Mercy Ridge Hospital", "1100 East Superior Street, Duluth, MN 55805", "Keisha M. Beaumont",
                "MR-208841", "Registered Nurse II", "biweekly", nurse_lines(41.80, [24, 36, 36, 48]), wh_m,
                dept="Telemetry 5B", account="3316")
    lake = Job("Lakeview Dialysis Partners", "2602 London Road, Duluth, MN 55812", "Keisha M. Beaumont", "LDP-0417",
               "RN - per diem", "semimonthly", nurse_lines(39.50, [16, 24, 24, 32]), wh_l, account="3316")
    s1 = hospital_stub(mercy, dt.date(2056, 3, 10))
    s2 = voucher_stub(lake, dt.date(2056, 3, 20))
    on = dt.date(2056, 3, 14)
    inc = pl_rows(rng, RIDE_INCOME, 2, [(2650, 3100), (610, 820), (60, 180)])
    cost = pl_rows(rng, RIDE_COSTS, 2, [(520, 640), (90, 260), (118, 118), (85, 85), (30, 55), (12, 40)])
    pl = monthly_pl("Andre Beaumont - Rideshare and Delivery", "Andre L. Beaumont", "4418 Wexford Run Road, Duluth, "
                    "MN 55811", 2056, 1, 2, inc, cost, True, on, False, seed + 13,
                    note="Income is what Hopscotch and DashCart paid out after their service fees. Mileage is "
                         "logged in the Hopscotch app; vehicle costs are actual receipts.")
    ssa = ssa_verification("Loretta J. Simms", addr, dt.date(2056, 2, 16), 1286.00, dt.date(2049, 7, 1))
    app = App("3390417726", "Andre L. Beaumont", "942-61-7730", "4418 Wexford Run Road", "Duluth", "MN", "55811",
              "(218) 555-0186", "andre.beaumont@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2055, 11, 1), "long",
              [Member("borrower", "Andre L. Beaumont", "Self", {"self_employment": r2(pl.net / 2)}),
               Member("co_borrower", "Keisha M. Beaumont", "Spouse", {"wages": r2(s1.monthly + s2.monthly)}),
               Member("other", "Loretta J. Simms", "Mother-in-law", {"benefits_taxable": 1286.00})],
              on, co="Keisha M. Beaumont", co_ssn="942-18-0365",
              what="Hopscotch cut its per-mile rates in November and my rides dropped by a third. Keisha's "
                   "full-time job ended when the telemetry unit was merged, and she now works two part-time "
                   "nursing jobs with fewer hours.", seed=seed + 11)
    p = Packet("cs1", received, app, [])
    t4506, _ = form4506c("Andre", "L", "Beaumont", "942-61-7730", "4418 Wexford Run Road", "Duluth", "MN", "55811",
                         "Tamarack Bay Mortgage Servicing", "(218) 555-0140", on, "(218) 555-0186", seed + 16,
                         ink=False)
    hl = hardship_letter("Andre L. Beaumont", "Keisha M. Beaumont", addr, app.loan, on,
                         "Tamarack Bay Mortgage Servicing", [
                             "Last November the rideshare company I drive for cut what it pays per mile and per "
                             "minute, and there are more drivers than ever in Duluth. I drive the same hours and "
                             "bring home about a third less.",
                             "At the same time my wife Keisha's full-time position at Mercy Ridge ended when two "
                             "units were merged. She now works part-time there and per diem at a dialysis center, "
                             "but together it is fewer hours than before. Her mother lives with us and contributes "
                             "from her Social Security.",
                             "We have paid every month until January. We are asking for a modification so that the "
                             "payment matches what the three of us bring in now."], ink=False, seed=seed)
    week = hopscotch_week("Andre B.", "andre.beaumont@example.com", "Duluth, MN", dt.date(2056, 3, 6), seed + 17)
    papers: list[tuple[Doc | None, Paper | bytes]] = [
        (app_doc(), tbm_form(app)), (pl_doc(pl), pl.paper), (other_doc(), week), (stub_doc(s1), s1.paper),
        (stub_doc(s2), s2.paper), (letter_doc(ssa), ssa.paper), (t4506_doc(on), t4506), (hardship_doc(on), hl)]
    names = [("Tamarack application signed.pdf", "412 KB"), ("P&L Jan-Feb 2056.pdf", "88 KB"),
             ("Hopscotch weekly summary.pdf", "240 KB"), ("Mercy Ridge paystub 3-10.pdf", "96 KB"),
             ("Lakeview paystub 3-20.pdf", "91 KB"), ("Mom SSA letter.pdf", "64 KB"), ("4506-C Andre.pdf", "377 KB"),
             ("Hardship letter.pdf", "52 KB")]
    mail = email_message("Keisha Beaumont", "keisha.beaumont@example.com",
                         "Loss Mitigation <assistance@tamarackbay.example>", dt.datetime(2056, 3, 20, 21, 47),
                         f"Loan {app.loan} - assistance application and documents", [
                             "Hello,",
                             f"Attached are our completed application for loan {app.loan} and the papers from your "
                             "checklist: Andre's profit and loss statement and a weekly summary from Hopscotch, my "
                             "two most recent pay stubs (I work for two employers), my mother's Social Security "
                             "letter, the signed 4506-C and our letter.",
                             "Please call me at (218) 555-0186 after 4 pm if anything is missing.",
                             "Thank you,", "Keisha Beaumont"], names)
    writer = PdfWriter()
    metas: list[tuple[Doc | None, int]] = [(other_doc(), 1)]
    for data in [paper_pdf(mail)] + [x if isinstance(x, bytes) else paper_pdf(x) for _, x in papers]:
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    metas += [(doc, len(x.pages) if isinstance(x, Paper) else 1) for doc, x in papers]
    p.pdf(f"Loan {app.loan} - assistance application and documents.pdf", fixed_pypdf_bytes(writer, "cs1mail"),
          *metas)
    return p


def packet_cs2(seed: int) -> Packet:
    """INCOMPLETE irs_form_4506c. One PDF the borrower merged from scans and downloads, pages turned every way."""
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2056, 5, 9)
    on = dt.date(2056, 4, 28)
    inc = pl_rows(rng, TRUCK_INCOME, 3, [(5200, 6900), (1400, 2100), (0, 1600)], dips=(1,), dip=0.55)
    cost = pl_rows(rng, TRUCK_COSTS, 3, [(2300, 2900), (450, 450), (160, 260), (190, 280), (40, 120), (165, 165),
                                         (150, 210), (60, 900), (89, 89)])
    pl = monthly_pl("La Fogata Street Kitchen", "Rosalinda Q. Ibarra", "618 Palo Verde Drive, Kingsville, TX 78363",
                    2056, 1, 3, inc, cost, True, on, False, seed + 23,
                    note="February: the truck was parked from February 19 to March 6 after the fire at the shared "
                         "commissary kitchen; two catering jobs were cancelled.")
    acct = "6120075518"
    holder = ["Rosalinda Q. Ibarra", "DBA La Fogata Street Kitchen", "618 Palo Verde Drive", "Kingsville TX 78363"]
    pays = [Payout("TILLPOINT CARD SETTLEMENT", 180, 690, 0.86, (1, 2, 3, 4, 5, 6)),
            Payout("CASH DEPOSIT - BRANCH 014", 300, 900, 0.3, (0,)),
            Payout("MOBILE DEP - CATERING CHECK", 250, 800, 0.05)]
    lines3 = month_txns(rng, 2056, 3, pays, [], BIZ_DEBITS, 0.93)
    st3 = biz_statement("Copperline Bank", holder, acct, 2056, 3, 3412.77, lines3)
    lines4 = month_txns(rng, 2056, 4, pays, [], BIZ_DEBITS, 0.95)
    st4 = biz_statement("Copperline Bank", holder, acct, 2056, 4, st3.fields["ending_balance"], lines4)
    k = form_1099k(["Tillpoint Payments, Inc.", "500 Congress Avenue, Floor 9", "Austin, TX 78701",
                    "(512) 555-0171"], "97-4410283", "Rosalinda Q. Ibarra DBA La Fogata Street Kitchen",
                   ["618 Palo Verde Drive", "Kingsville, TX 78363"], "***-**-2290", "TP-00882140", 2055,
                   [r2(rng.uniform(5600, 8900)) for _ in range(12)], "5814", rng.randrange(9000, 12000), "TX")
    app = App("0051846203", "Rosalinda Q. Ibarra", "915-27-2290", "618 Palo Verde Drive", "Kingsville", "TX",
              "78363", "(361) 555-0192", "lafogata.rosalinda@example.com", "primary_residence", ["disaster"],
              dt.date(2056, 2, 19), "short",
              [Member("borrower", "Rosalinda Q. Ibarra", "Self", {"self_employment": r2(pl.net / 3)})], on,
              what="A fire at the shared commissary kitchen on Feb 19 damaged my food truck's generator and "
                   "wiring. I could not sell for 17 days and lost two catering jobs. The truck is running again "
                   "but I am behind on the mortgage.", seed=seed + 21)
    p = Packet("cs2", received, app, ["irs_form_4506c"])
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005)
    app_sheets = scan_paper(kp_form(app), style, seed + 200)
    hl = hardship_letter("Rosalinda Q. Ibarra", None, ["618 Palo Verde Drive", "Kingsville, TX 78363"], app.loan,
                         on, "Kestrel Point Loan Servicing", [
                             "I own and run La Fogata Street Kitchen, a food truck. On February 19 a fire started in "
                             "the shared commissary kitchen where I prep and park. The truck's generator and part of "
                             "its wiring were damaged, and the health department closed the commissary for two "
                             "weeks.",
                             "I could not sell for seventeen days and two catering jobs were cancelled, so I missed "
                             "my March payment. The truck is back on the road and April sales were close to normal. "
                             "I am asking for a few months of help to catch up."], ink=True, seed=seed + 2)
    parts = [Part(app_doc(), sheets=[turned(app_sheets[0], 90), app_sheets[1]]),
             Part(pl_doc(pl), pdf=paper_pdf(pl.paper), rotate={0: 180}),
             Part(stmt_doc(st3), pdf=paper_pdf(st3.paper), rotate={1: 90}),
             Part(stmt_doc(st4), pdf=paper_pdf(st4.paper)),
             Part(other_doc(), sheets=[turned(s, 180) for s in scan_paper(k, style, seed + 204)]),
             Part(hardship_doc(on), sheets=scan_paper(hl, style, seed + 205))]
    p.merged(f"Ibarra merged documents {app.loan}.pdf", parts, style)
    return p


def packet_cs3(seed: int) -> Packet:
    """COMPLETE. One 200 dpi grey scan of the whole packet behind the mailroom's separator sheet."""
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2056, 4, 12)
    on = dt.date(2056, 4, 3)
    addr = ["47 Saddle Creek Road", "Chelmsford, MA 01824"]
    wh = Withholding(0.08, 0.05, "Massachusetts income tax", (("Dental", 9.40), ("Union dues", 12.00)))
    hub = Job("Northfield Parcel Hub", "900 Industrial Avenue, Lowell, MA 01852", "Dale P. Whitlock", "NPH-55102",
              "Package handler II", "weekly", hourly_lines(21.40, [32, 36, 40, 40], [0, 0, 4, 6]), wh,
              account="4452")
    stub = service_stub(hub, dt.date(2056, 4, 7))
    net = stub.fields["net_current"]
    acct = "0098814452"
    holder = "Tamsin R. Whitlock / Dale P. Whitlock"
    pays = [Payout("SQUARE INC DEPOSIT", 45, 260, 0.72, (1, 2, 3, 4, 5)),
            Payout("VENMO CASHOUT", 35, 140, 0.3, (1, 2, 3, 4, 5, 6)),
            Payout("ZELLE FROM CLIENT", 40, 110, 0.15, (2, 4, 5))]
    statements = []
    begin = 1188.42
    for month in (2, 3):
        start, end = month_bounds(2056, month)
        credits: list[tuple[int, str, float]] = []
        d = start
        while d <= end:
            if d.weekday() == 4:
                credits.append((d.day, "NORTHFIELD PARCEL PAYROLL", net))
            if d.weekday() == 0:
                credits.append((d.day, "LUXE ROW SUITES RENT ACH", -285.00))
            d += dt.timedelta(days=1)
        lines = month_txns(rng, 2056, month, pays, credits, GIG_DEBITS, 0.78)
        st = cu_statement("Pawtucket Falls Community Credit Union", "Members first since 1931  -  Lowell, "
                          "Massachusetts", holder, addr, acct, 2056, month, begin, lines, "SHARE DRAFT CHECKING")
        statements.append(st)
        begin = st.fields["ending_balance"]
    app = App("7264019385", "Tamsin R. Whitlock", "977-40-1186", "47 Saddle Creek Road", "Chelmsford", "MA",
              "01824", "(978) 555-0122", "tamsin.whitlock@example.net", "primary_residence",
              ["disability_or_illness"], dt.date(2056, 1, 9), "short",
              [Member("borrower", "Tamsin R. Whitlock", "Self", {"self_employment": 2140.00}),
               Member("co_borrower", "Dale P. Whitlock", "Spouse", {"wages": stub.monthly})], on,
              co="Dale P. Whitlock", co_ssn="977-52-6604",
              what="I rent a suite at a salon and am paid by my own clients. Wrist surgery in January kept me "
                   "from working for eight weeks and I can take only half my clients now.", seed=seed + 31)
    p = Packet("cs3", received, app, [])
    style = Scan(dpi=200, tilt=0.4, blur=0.5, noise=0.0006)
    agree = booth_agreement("Luxe Row Salon Suites", "212 Middlesex Street, Lowell, MA 01851", "Gail F. Moran",
                            "Tamsin R. Whitlock", "Suite 7", 285.00, dt.date(2054, 9, 1), dt.date(2054, 8, 28),
                            seed + 34)
    t4506, marks = form4506c("Tamsin", "R", "Whitlock", "977-40-1186", "47 Saddle Creek Road", "Chelmsford", "MA",
                             "01824", "Millrace Federal Savings Bank", "(978) 555-0150", on, "(978) 555-0122",
                             seed + 36, ink=True)
    hl = hardship_letter("Tamsin R. Whitlock", "Dale P. Whitlock", addr, app.loan, on,
                         "Millrace Federal Savings Bank", [
                             "I am a hairstylist and rent a suite at Luxe Row Salon Suites, where my own clients "
                             "pay me directly. In January I had surgery on my right wrist. I could not work at all "
                             "for eight weeks, and my surgeon has limited me to half days until the summer.",
                             "My husband Dale works at the Northfield parcel hub and picked up extra shifts, but "
                             "with my booth rent still due every week we fell two payments behind. We ask for a "
                             "temporary plan until I am back to a full book of clients."], ink=True, seed=seed + 3)
    p.scan("SCAN_20560412_0834.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(), scan_paper(mfs_form(app), style, seed + 301)),
        (hardship_doc(on), scan_paper(hl, style, seed + 302)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 303)),
        (stmt_doc(statements[0]), scan_paper(statements[0].paper, style, seed + 304)),
        (stmt_doc(statements[1]), scan_paper(statements[1].paper, style, seed + 305)),
        (other_doc(), scan_paper(agree, style, seed + 306)),
        (t4506_doc(on), scan_sheets(t4506, [marks], style, seed + 307))], style)
    return p


def packet_cs4(seed: int) -> Packet:
    """INCOMPLETE income_doc:wages. A folder named after the loan (an unzipped e-mail attachment) of phone scans."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2056, 5, 23)
    on = dt.date(2056, 5, 15)
    addr = ["2315 Lakeview Terrace", "Duluth, MN 55803"]
    wh_a = Withholding(0.09, 0.05, "Minnesota income tax", (("Medical plan", 64.10),))
    wh_h = Withholding(0.08, 0.048, "Minnesota income tax", ())
    aldric = Job("St. Aldric Medical Center", "400 East Third Street, Duluth, MN 55805", "Priya N. Chandrasekar",
                 "SA-330917", "Staff Nurse - PRN", "biweekly", nurse_lines(43.25, [24, 24, 36, 36]), wh_a,
                 dept="Post-Anesthesia Care", account="0718")
    harbor = Job("Harborview Home Health", "18 West Superior Street, Duluth, MN 55802", "Priya N. Chandrasekar",
                 "HHH-2281", "Visiting RN", "weekly", nurse_lines(38.00, [12, 16, 16, 20]), wh_h, account="0718")
    s1 = hospital_stub(aldric, dt.date(2056, 2, 4))
    s2 = voucher_stub(harbor, dt.date(2056, 2, 10))
    pays = [Payout("ATM DEPOSIT", 40, 120, 0.06)]
    credits = [(d, "ST ALDRIC MED CTR PAYROLL", v) for d, v in ((7, 1133.18), (21, 1096.52))]
    credits += [(d, "HARBORVIEW HOME HEALTH DIR DEP", v) for d, v in ((1, 496.88), (8, 452.07), (15, 530.16),
                                                                     (22, 417.41), (29, 489.93))]
    lines = month_txns(rng, 2056, 4, pays, credits, GIG_DEBITS, 0.97)
    st = cu_statement("Lakeshore Heritage Credit Union", "Duluth - Superior - Two Harbors", "Priya N. Chandrasekar",
                      addr, "20044190718", 2056, 4, 812.35, lines)
    obit = obituary("Vikram S. Chandrasekar", dt.date(2055, 12, 8), 51, "Duluth", "The Duluth Harbor Courier",
                    "his wife of 24 years, Priya, his son Rohan and daughter Meera, and his mother in Pune",
                    "He was a structural engineer with the county highway department for nineteen years.",
                    dt.date(2055, 12, 12))
    app = App("0008812457", "Priya N. Chandrasekar", "963-08-4471", "2315 Lakeview Terrace", "Duluth", "MN", "55803",
              "(218) 555-0109", "priya.chandrasekar@example.org", "primary_residence", ["death"],
              dt.date(2055, 12, 8), "long",
              [Member("borrower", "Priya N. Chandrasekar", "Self", {"wages": r2(s1.monthly + s2.monthly)}),
               Member("other", "Rohan V. Chandrasekar", "Son", {"wages": 780.00})], on,
              what="My husband Vikram died in December. His salary paid most of the mortgage. I work two part-time "
                   "nursing jobs and my son contributes from his job.", seed=seed + 41)
    p = Packet("cs4", received, app, ["income_doc:wages"])
    style = Scan(dpi=200, tilt=0.8, noise=0.0003, phone=True)
    hl = hardship_letter("Priya N. Chandrasekar", None, addr, app.loan, on, "Tamarack Bay Mortgage Servicing", [
        "My husband Vikram died suddenly on December 8. He was an engineer with the county and his salary paid "
        "most of our bills, including the mortgage. I am a nurse and work two part-time jobs, one at St. Aldric "
        "and one visiting patients for Harborview, and our son Rohan gives us part of his pay.",
        "I have not been able to keep up with the full payment since February. I want to keep the house our "
        "children grew up in and ask to be considered for a modification."], ink=True, seed=seed + 4)
    folder = app.loan
    p.scan(f"{folder}/Scanned Document.pdf", [(app_doc(), scan_paper(tbm_form(app), style, seed + 401))], style)
    p.scan(f"{folder}/Scanned Document 2.pdf", [(stub_doc(s1), scan_paper(s1.paper, style, seed + 402)),
                                                (stub_doc(s2), scan_paper(s2.paper, style, seed + 403))], style)
    p.scan(f"{folder}/Scanned Document 3.pdf", [(stmt_doc(st), scan_paper(st.paper, style, seed + 404))], style)
    p.scan(f"{folder}/Scanned Document 4.pdf", [(letter_doc(obit), scan_paper(obit.paper, style, seed + 405))], style)
    p.scan(f"{folder}/Scanned Document 5.pdf", [(hardship_doc(on), scan_paper(hl, style, seed + 406))], style)
    return p


HANDY_DEBITS = [("HOME DEPOT #{n}", 40, 380, 6), ("LOWES #{n}", 30, 260, 4), ("SHELL OIL {n} POS", 45, 90, 5),
                ("NEXTGEN LIABILITY INS", 146, 146, 1), ("VERIZON BUSINESS", 92, 92, 1),
                ("OWNER DRAW TO CHK", 900, 1500, 2), ("FERGUSON PLUMBING SUPPLY", 60, 400, 2)]


def packet_cs5(seed: int) -> Packet:
    """COMPLETE. Loose born-digital files "<loan>_<paper>.pdf" uploaded by a rideshare driver and his partner."""
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2056, 6, 14)
    on = dt.date(2056, 6, 7)
    addr = ["3914 Laguna Shores Road", "Corpus Christi, TX 78418"]
    wh = Withholding(0.085, 0.0, "State income tax (none)", (("Dental and vision", 22.60), ("401(k)", 54.75)))
    dental = Job("Brightline Family Dental", "5526 Saratoga Boulevard, Corpus Christi, TX 78413", "Simone A. Lacroix",
                 "BFD-117", "Dental hygienist", "biweekly", hourly_lines(36.50, [64, 72, 72, 80], [0]), wh,
                 account="8820")
    stub = voucher_stub(dental, dt.date(2056, 6, 9))
    acct = "5531907264"
    statements = []
    begin = 640.18
    for month, p_ride in ((4, 0.25), (5, 0.8)):
        pays = [Payout("HOPSCOTCH INSTANT PAY", 38, 165, p_ride), Payout("DASHCART DIRECT DEP", 180, 420, 1.0, (1,)),
                Payout("HOPSCOTCH WEEKLY DEPOSIT", 90, 260, p_ride + 0.15, (2,))]
        lines = month_txns(rng, 2056, month, pays, [], GIG_DEBITS, 0.9)
        st = cu_statement("Bayfront Federal Credit Union", "Serving the Coastal Bend since 1952", "Gordon E. Pryce",
                          addr, acct, 2056, month, begin, lines)
        statements.append(st)
        begin = st.fields["ending_balance"]
    k = form_1099k(["Hopscotch Technologies, Inc.", "1 Market Plaza, Suite 2100", "San Francisco, CA 94105",
                    "(415) 555-0119"], "88-2047716", "Gordon E. Pryce", addr, "***-**-5518", "HS-D-7730215", 2055,
                   [r2(rng.uniform(2400, 3650)) for _ in range(12)], "4121", rng.randrange(1900, 2400), "TX")
    week = hopscotch_week("Gordon P.", "gpryce.drives@example.com", "Corpus Christi, TX", dt.date(2056, 6, 5),
                          seed + 57)
    app = App("518830274", "Gordon E. Pryce", "951-66-5518", "3914 Laguna Shores Road", "Corpus Christi", "TX",
              "78418", "(361) 555-0175", "gpryce.drives@example.com", "primary_residence", ["other"],
              dt.date(2056, 3, 30), "short",
              [Member("borrower", "Gordon E. Pryce", "Self", {"self_employment": 2385.00}),
               Member("co_borrower", "Simone A. Lacroix", "Partner", {"wages": stub.monthly})], on,
              co="Simone A. Lacroix", co_ssn="951-20-3347",
              what="My car was totaled by an uninsured driver on March 30. Without a car I could not drive for "
                   "Hopscotch or DashCart for seven weeks.", seed=seed + 51)
    p = Packet("cs5", received, app, [])
    t4506, _ = form4506c("Gordon", "E", "Pryce", "951-66-5518", "3914 Laguna Shores Road", "Corpus Christi", "TX",
                         "78418", "Kestrel Point Loan Servicing", "(361) 555-0130", on, "(361) 555-0175", seed + 56,
                         ink=False)
    hl = hardship_letter("Gordon E. Pryce", "Simone A. Lacroix", addr, app.loan, on, "Kestrel Point Loan Servicing", [
        "I drive full time for Hopscotch and deliver for DashCart; my car is how I earn a living. On March 30 an "
        "uninsured driver ran a red light and totaled it. I was not badly hurt, but I had no car for seven weeks "
        "while I waited on my own insurance and found another one.",
        "For those weeks I earned almost nothing. Simone's pay from the dental office covered food and utilities "
        "but not the mortgage, and we missed April and May. I am driving again and ask for a plan to catch up."],
        ink=False, seed=seed)
    loan = app.loan
    p.pdf(f"{loan}_application.pdf", paper_pdf(kp_form(app)), (app_doc(), 2))
    p.pdf(f"{loan}_simone_paystub.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    for st in statements:
        p.pdf(f"{loan}_bank_{st.date.strftime('%Y-%m')}.pdf", paper_pdf(st.paper),
              (stmt_doc(st), len(st.paper.pages)))
    p.pdf(f"{loan}_hopscotch_weekly.pdf", paper_pdf(week), (other_doc(), 1))
    p.pdf(f"{loan}_1099-K_2055.pdf", paper_pdf(k), (other_doc(), 1))
    p.pdf(f"{loan}_4506-C.pdf", t4506, (t4506_doc(on), 1))
    p.pdf(f"{loan}_hardship_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_cs6(seed: int) -> Packet:
    """INCOMPLETE application_signature. Loose 200 dpi grey scans "<Surname> <loan> <n>.pdf"."""
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2056, 7, 19)
    on = dt.date(2056, 7, 12)
    addr = ["19 Birchwood Lane", "Dracut, MA 01826"]
    wh = Withholding(0.07, 0.05, "Massachusetts income tax", (("Health insurance", 71.30),))
    drug = Job("Corbin Drug Company", "61 Bridge Street, Lowell, MA 01852", "Renee S. Arbuckle", "CD-40872",
               "Pharmacy technician", "biweekly", hourly_lines(19.75, [72, 76, 80, 80], [0, 0, 4]), wh,
               account="1190")
    stubs = [service_stub(drug, d) for d in (dt.date(2056, 6, 30), dt.date(2056, 7, 14))]
    acct = "7730418826"
    holder = ["Arbuckle Handyman & Repair LLC", "Desmond K. Arbuckle, Member", "19 Birchwood Lane", "Dracut MA 01826"]
    pays = [Payout("MOBILE DEPOSIT - CUSTOMER CHECK", 120, 900, 0.35, (0, 1, 2, 3, 4)),
            Payout("SQUARE INC DEPOSIT", 60, 480, 0.4, (0, 1, 2, 3, 4, 5))]
    statements = []
    begin = 2206.91
    for month in (5, 6):
        lines = month_txns(rng, 2056, month, pays, [], HANDY_DEBITS, 0.92)
        st = biz_statement("Granite Ledge Bank", holder, acct, 2056, month, begin, lines, "Business Checking Plus")
        statements.append(st)
        begin = st.fields["ending_balance"]
    app = App("4602287719", "Desmond K. Arbuckle", "936-14-7702", "19 Birchwood Lane", "Dracut", "MA", "01826",
              "(978) 555-0163", "arbuckle.handyman@example.com", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2056, 2, 1), "long",
              [Member("borrower", "Desmond K. Arbuckle", "Self", {"self_employment": 3180.00}),
               Member("co_borrower", "Renee S. Arbuckle", "Spouse", {"wages": stubs[-1].monthly})], on,
              co="Renee S. Arbuckle", co_ssn="936-58-0431", co_signs=False,
              what="Our homeowner's insurance and property taxes went up $388 a month in February, and the escrow "
                   "shortage raised the payment again in June.", seed=seed + 61)
    p = Packet("cs6", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.3, blur=0.5, noise=0.0006)
    t4506, marks = form4506c("Desmond", "K", "Arbuckle", "936-14-7702", "19 Birchwood Lane", "Dracut", "MA", "01826",
                             "Millrace Federal Savings Bank", "(978) 555-0150", on, "(978) 555-0163", seed + 66,
                             ink=True)
    hl = hardship_letter("Desmond K. Arbuckle", None, addr, app.loan, on, "Millrace Federal Savings Bank", [
        "I run a small handyman and repair business, and my wife Renee is a pharmacy technician. Our income has "
        "not dropped, but our housing costs have. In February our homeowner's insurance renewed at almost twice "
        "the premium and the town's new assessment raised our taxes, so the escrow part of our payment went up "
        "by $388 a month. In June the escrow analysis added a shortage on top of that.",
        "We have paid what we could each month but are now two payments behind. We ask for a modification that "
        "brings the payment back within reach."], ink=True, seed=seed + 6)
    name = f"Arbuckle {app.loan}"
    p.scan(f"{name} 1.pdf", [(app_doc(), scan_paper(mfs_form(app), style, seed + 601))], style)
    p.scan(f"{name} 2.pdf", [(stub_doc(s), scan_paper(s.paper, style, seed + 602 + i)) for i, s in enumerate(stubs)],
           style)
    for i, st in enumerate(statements):
        p.scan(f"{name} {3 + i}.pdf", [(stmt_doc(st), scan_paper(st.paper, style, seed + 605 + i))], style)
    p.scan(f"{name} 5.pdf", [(t4506_doc(on), scan_sheets(t4506, [marks], style, seed + 607))], style)
    p.scan(f"{name} 6.pdf", [(hardship_doc(on), scan_paper(hl, style, seed + 608))], style)
    return p


def packet_cs7(seed: int) -> Packet:
    """COMPLETE. One 200 dpi black-and-white fax from a public library, behind its cover sheet."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2056, 8, 22)
    on = dt.date(2056, 8, 14)
    addr = ["811 Orchard Hill Drive", "Hermantown, MN 55811"]
    wh = Withholding(0.08, 0.05, "Minnesota income tax", (("Medical plan", 44.00),))
    courier = Job("Swiftline Courier Co.", "4020 Airpark Boulevard, Duluth, MN 55811", "Ignatius O. Mbeki", "SC-3307",
                  "Courier - light duty", "weekly", hourly_lines(22.75, [24, 28, 30, 32], [0]), wh, account="5024")
    stub = voucher_stub(courier, dt.date(2056, 8, 18))
    inc = pl_rows(rng, BRAID_INCOME, 3, [(2600, 3400), (120, 260)])
    cost = pl_rows(rng, BRAID_COSTS, 3, [(420, 610), (70, 110), (40, 95), (25, 60), (60, 60)])
    pl = monthly_pl("Crown & Coil Braiding Studio", "Adaeze N. Mbeki", "811 Orchard Hill Drive, Hermantown, MN 55811",
                    2056, 4, 3, inc, cost, True, on, True, seed + 73,
                    note="Clients book and pay through the studio's booking app or in cash at the appointment. The "
                         "studio is a room of our home.")
    ssi = ssi_notice("Ngozi C. Eze", addr, dt.date(2056, 7, 1), 943.00)
    med = medical_statement("Ignatius O. Mbeki", dt.date(2056, 8, 3), "Northside Family Medicine",
                            "2200 Arrowhead Road, Duluth, MN 55811  -  (218) 555-0177", "Helena R. Marsh, MD",
                            dt.date(2056, 5, 2), seed + 74)
    app = App("2217956048", "Ignatius O. Mbeki", "928-70-3316", "811 Orchard Hill Drive", "Hermantown", "MN", "55811",
              "(218) 555-0124", "ignatius.mbeki@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2056, 5, 2), "long",
              [Member("borrower", "Ignatius O. Mbeki", "Self", {"wages": stub.monthly}),
               Member("co_borrower", "Adaeze N. Mbeki", "Spouse", {"self_employment": r2(pl.net / 3)}),
               Member("other", "Ngozi C. Eze", "Mother-in-law", {"benefits_nontaxable": 943.00})], on,
              co="Adaeze N. Mbeki", co_ssn="928-45-1187",
              what="I hurt my back lifting at work in May. My doctor limits me to light duty, so Swiftline cut my "
                   "routes and hours. My wife braids hair at home and her mother lives with us.", seed=seed + 71)
    p = Packet("cs7", received, app, [])
    style = Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0007, fax=True,
                 header="AUG-22-2056 14:06  FROM: HERMANTOWN PUBLIC LIB  218 555 0166   TO: 12185550141   "
                        "P.{n:03d}/{of:03d}")
    t4506, marks = form4506c("Adaeze", "N", "Mbeki", "928-45-1187", "811 Orchard Hill Drive", "Hermantown", "MN",
                             "55811", "Tamarack Bay Mortgage Servicing", "(218) 555-0140", on, "(218) 555-0124",
                             seed + 76, ink=True)
    cover = fax_cover("Hermantown Public Library", "(218) 555-0166", "Tamarack Bay Mortgage Servicing - Loss "
                      "Mitigation", "(218) 555-0141", received, 8, f"Mbeki - loan {app.loan}")
    p.scan("FAX_20560822_140612.pdf", [
        (None, scan_paper(cover, style, seed + 700)),
        (app_doc(), scan_paper(tbm_form(app), style, seed + 701)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 702)),
        (pl_doc(pl), scan_paper(pl.paper, style, seed + 703)),
        (letter_doc(ssi), scan_paper(ssi.paper, style, seed + 704)),
        (letter_doc(med), scan_paper(med.paper, style, seed + 705)),
        (t4506_doc(on), scan_sheets(t4506, [marks], style, seed + 706))], style)
    return p


def packet_cs8(seed: int) -> Packet:
    """INCOMPLETE application_field:hardship_start_date, income_doc:self_employment. Loose files "Dorsey <paper>
    <loan>.pdf": most born-digital, the profit and loss statement a 240 dpi scan saved upside down."""
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2056, 9, 27)
    on = dt.date(2056, 9, 20)
    inc = pl_rows(rng, TRUCK_INCOME, 8, [(6100, 8200), (1200, 1900), (0, 2400)])
    cost = pl_rows(rng, TRUCK_COSTS, 8, [(2600, 3400), (500, 500), (150, 260), (210, 300), (30, 140), (188, 188),
                                         (170, 240), (40, 700), (89, 89)])
    pl = monthly_pl("Dorsey's Smokehouse on Wheels", "Winston A. Dorsey", "5102 Mesquite Bend Drive, Portland, TX "
                    "78374", 2056, 1, 8, inc, cost, True, None, True, seed + 83)
    acct = "6120993047"
    holder = ["Winston A. Dorsey", "DBA Dorsey's Smokehouse on Wheels", "5102 Mesquite Bend Drive", "Portland TX 78374"]
    pays = [Payout("TILLPOINT CARD SETTLEMENT", 220, 760, 0.82, (2, 3, 4, 5, 6)),
            Payout("CASH DEPOSIT - BRANCH 031", 400, 1100, 0.4, (0,))]
    st = biz_statement("Copperline Bank", holder, acct, 2056, 8, 2871.36, month_txns(rng, 2056, 8, pays, [],
                                                                                     BIZ_DEBITS, 0.94))
    k = form_1099k(["Tillpoint Payments, Inc.", "500 Congress Avenue, Floor 9", "Austin, TX 78701",
                    "(512) 555-0171"], "97-4410283", "Winston A. Dorsey DBA Dorsey's Smokehouse on Wheels",
                   ["5102 Mesquite Bend Drive", "Portland, TX 78374"], "***-**-6081", "TP-00913377", 2055,
                   [r2(rng.uniform(6200, 9800)) for _ in range(12)], "5814", rng.randrange(10000, 14000), "TX")
    app = App("006734120591", "Winston A. Dorsey", "984-22-6081", "5102 Mesquite Bend Drive", "Portland", "TX",
              "78374", "(361) 555-0158", "smokehouse.winston@example.com", "primary_residence",
              ["increase_in_housing_expenses"], None, "long",
              [Member("borrower", "Winston A. Dorsey", "Self", {"self_employment": r2(pl.net / 8)})], on,
              what="Our homeowner's insurance premium nearly doubled at the June renewal after the spring hail "
                   "claims, and the escrow shortage raised our payment by $412 a month.", seed=seed + 81)
    p = Packet("cs8", received, app, ["application_field:hardship_start_date", "income_doc:self_employment"])
    t4506, _ = form4506c("Winston", "A", "Dorsey", "984-22-6081", "5102 Mesquite Bend Drive", "Portland", "TX",
                         "78374", "Kestrel Point Loan Servicing", "(361) 555-0130", on, "(361) 555-0158", seed + 86,
                         ink=False)
    hl = hardship_letter("Winston A. Dorsey", None, ["5102 Mesquite Bend Drive", "Portland, TX 78374"], app.loan, on,
                         "Kestrel Point Loan Servicing", [
                             "I own a barbecue food truck and have paid this mortgage on time for eleven years. In "
                             "June our homeowner's insurance renewed at nearly double the premium after the hail "
                             "claims in San Patricio County this spring, and the escrow analysis added a shortage. "
                             "Our payment went up by $412 a month.",
                             "The truck does well in summer but sales drop after Labor Day. I am asking for a "
                             "modification so that the payment is one I can make all year."], ink=False, seed=seed)
    style = Scan(dpi=240, tilt=0.45, blur=0.55, noise=0.0005)
    loan = app.loan
    p.pdf(f"Dorsey application {loan}.pdf", paper_pdf(kp_form(app)), (app_doc(), 2))
    p.scan(f"Dorsey P&L {loan}.pdf", [(pl_doc(pl), [turned(s, 180) for s in scan_paper(pl.paper, style,
                                                                                        seed + 801)])], style)
    p.pdf(f"Dorsey August bank statement {loan}.pdf", paper_pdf(st.paper), (stmt_doc(st), 2))
    p.pdf(f"Dorsey 1099-K {loan}.pdf", paper_pdf(k), (other_doc(), 1))
    p.pdf(f"Dorsey 4506-C {loan}.pdf", t4506, (t4506_doc(on), 1))
    p.pdf(f"Dorsey letter {loan}.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


# --- main ------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cs1, packet_cs2, packet_cs3, packet_cs4, packet_cs5, packet_cs6,
                                          packet_cs7, packet_cs8]
CODES_OK = ({"application", "application_signature", "irs_form_4506c"}
            | {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                  "hardship_types", "hardship_start_date", "income")}
            | {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
            | {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation", "separation_unmarried",
                                             "death", "relocation", "other")})
DOC_FIELDS = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                           "gross_current", "gross_ytd", "net_current", "monthly_gross"},
              "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                 "ending_balance"},
              "hardship_letter": {"letter_date"}, "medical_statement": {"letter_date"},
              "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
              "profit_and_loss_statement": {"period_start", "period_end", "net_income", "signed"},
              "irs_form_4506c": {"signed", "signed_on"}, "obituary": set(), "other": set(),
              "mortgage_assistance_application": set()}


def check_packet(p: Packet) -> list[str]:
    """What only the builder knows: every reading of the spec gives the scenario's codes, and every page of every
    file is either a listed document's page or a separator / cover sheet."""
    problems = []
    for reading in READINGS:
        got = missing_codes(p.app, p.docs, p.received, reading)
        if got != sorted(p.scenario):
            problems.append(f"{p.name}: under {reading} the rules give {got}, the scenario says {sorted(p.scenario)}")
    listed = {pg for d in p.docs for pg in d.pages}
    if listed & p.skipped:
        problems.append(f"{p.name}: a page is both a document's and a cover's: {sorted(listed & p.skipped)}")
    for rel, data in p.files.items():
        n = len(PdfReader(io.BytesIO(data)).pages)
        missing = [i for i in range(1, n + 1) if (rel, i) not in listed | p.skipped]
        if missing:
            problems.append(f"{p.name}: {rel} pages {missing} belong to nothing")
        if not any(f == rel for f, _ in listed):
            problems.append(f"{p.name}: {rel} holds no document")
    return problems


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and stub arithmetic."""
    problems: list[str] = []
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in CODES_OK]
        app = exp["application"]
        if set(app) != {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address",
                        "occupancy", "hardship_types", "hardship_start_date", "income", "signed", "signed_on",
                        "co_borrower_signed"}:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["loan_number"] != exp["loan_number"] or not (6 <= len(app["loan_number"]) <= 15):
            problems.append(f"{name}: loan number")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None and dt.date.fromisoformat(app[k]) > received:
                problems.append(f"{name}: application {k} after receipt")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        ids = [d["id"] for d in exp["documents"]]
        if len(set(ids)) != len(ids) or [d["type"] for d in exp["documents"]].count(
                "mortgage_assistance_application") != 1:
            problems.append(f"{name}: document ids or application count")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            if set(doc["fields"]) != DOC_FIELDS.get(doc["type"], set(doc["fields"])):
                problems.append(f"{name}: fields of {doc['id']} {sorted(doc['fields'])}")
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
                if abs(mg - f["monthly_gross"]) > 0.005 or (f["gross_ytd"] is not None and \
                        f["gross_ytd"] < f["gross_current"]):
                    problems.append(f"{name}: stub arithmetic {f}")
            if doc["type"] == "bank_statement" and f["period_start"] > f["period_end"]:
                problems.append(f"{name}: statement period {f}")
        inbox = exp_path.parent / "inbox"
        for path in sorted(x for x in inbox.rglob("*") if x.is_file()):
            rel = path.relative_to(inbox).as_posix()
            if not any(pg["file"] == rel for d in exp["documents"] for pg in d["pages"]):
                problems.append(f"{name}: inbox file {rel} holds no listed document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cs1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        problems += check_packet(p)
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
