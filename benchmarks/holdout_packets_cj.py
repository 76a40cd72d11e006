"""Holdout set cj (cj1..cj8): COURT FORECLOSURE-MEDIATION PROGRAM SUBMISSIONS. Written blind: only shared/spec (all
files), shared/samples (packets, expected.json, README), shared/reference (README and the blank Form 710 and Form
4506-C filled here), tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, the af scaffold in
full and the MODULE DOCSTRINGS ONLY of the other holdout sets were read - never the service's code, rules, data files,
README, git history or other tests, and the service was not run - to measure honestly how it reads papers it has
never seen.

    python benchmarks/holdout_packets_cj.py OUT_DIR [--seed N] [--check] [--only cj1 cj5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`; received dates are Tuesdays in 2042 (May to December). The seed
changes hours, amounts, transactions, pen strokes and scanner noise, never names, dates or the missing codes.

THEME. In judicial-foreclosure states the borrower's packet reaches the servicer through the court's mediation or
settlement-conference program, so the checklist papers arrive wrapped in court and program papers:
- COURT AND PROGRAM PAPERS, each listed as a document of type `other`: a defendants' notice of filing with a
  Connecticut caption (docket number, "HARBORVIEW SAVINGS BANK : J.D. OF HARWICK / V. / DEFENDANTS, ET AL.") and a
  certification of service, signed "/s/" by legal aid (cj1); a mediation program's DOCUMENT SUBMISSION COVER SHEET
  with case number, loan number, session date and a document checklist whose ticks are the homeowner's, not the
  truth (cj3, cj7); legal-aid transmittal letters listing the enclosures (cj2, cj5, cj6); the mediator's or
  court attorney-referee's REPORT of an earlier session listing "documents the homeowner still owes" - in cj5 all of
  them are now enclosed, in cj4, cj6 and cj8 the packet still lacks one of them (cj4, cj5, cj6, cj8); a summons with
  notice in a PENDING divorce action (cj6: not a decree).
- EXHIBITS separated by "EXHIBIT A / B / C" SLIP SHEETS (cj1, cj2 inside one file; cj8 as the first page of each
  exhibit file). A slip sheet is a separator by function and carries no content, so it is NOT listed (like a
  separator or fax cover sheet); the document after it starts on the next page. cj7 uses yellow EXHIBIT 1 / 2 / 3
  STICKERS on the first page of an exhibit instead (the page belongs to the exhibit).
- EVERY PAGE STAMPED: the e-filing system's header "<docket> E-FILED mm/dd/yyyy hh:mm AM Page n of 12" (cj1, text
  over the page), legal aid's Bates numbers "OCLS-FERREIRA 000101" (cj2, printed on the paper copies before the
  scan), "OCLS-MALONEY 000201" and "HLA-SCARPELLI 000001" numbered ACROSS the files of a set (cj6, cj8, text), the
  program portal's footer "... - Case 2042-CA-001873 | Page 1 of 4" per file (cj3, text), a footer "Page 5 of 8"
  numbered across six separately scanned files (cj4) or across one intake scan (cj7), the fax machine's header
  "SEP 16 2042 14:02 FROM: BRISTOW LEGAL AID 860 555 0108 P. 05/12" (cj5). These page counts are the bundle's, not a
  document's; the papers' own "Page 1 of 2" (statements, the decree, the worksheet) still tell where they split.
- Case numbers that look like numbers: CT dockets "HHD-CV42-6047731-S" (cj1's only file is named after its docket),
  NY index numbers "004417/2041", a divorce index "E2042-07781". The loan number is on the application, the cover
  sheets and the reports.

APPLICATIONS (mortgage_assistance_application) - the state program's own uniform form instead of Form 710 in six
packets:
- Connecticut's HOMEOWNER'S UNIFORM FINANCIAL WORKSHEET (JD-FM-7 Rev. 1-42, three pages, "STATE OF CONNECTICUT /
  SUPERIOR COURT / FORECLOSURE MEDIATION PROGRAM"): numbered questions Q1..Q44 under black PART I..VII bands; Q4
  "Mortgage loan / account number", SSN last 4, ZIP and the hardship date typed ONE CHARACTER PER BOX (comb fields,
  the date as MM / DD / YYYY combs); HOMEOWNER 1 and HOMEOWNER 2 panels; "Q17 How is the property used? Fill in ONE
  square" with SOLID-FILLED squares; ten causes in the program's words ("Decrease in earnings (hours, pay,
  overtime)", "Break-up of unmarried co-owners"); "Q22 It is expected to last"; PART V income as a table SOURCE |
  HOW OFTEN (W / B / S / M) | GROSS EACH PAYMENT | GROSS PER MONTH with Q31 TOTAL - the report's income is the PER
  MONTH column (a semi-monthly or bi-weekly wage's "each payment" is the stub's gross); PART VI expenses with a Q40
  total (not income); signatures Q41..Q44 and a "FOR PROGRAM USE ONLY" box. cj1 and cj8 typed and signed on screen,
  cj5 printed, signed and dated in ink, faxed.
- New York's HOMEOWNER'S AFFIDAVIT OF FINANCIAL CIRCUMSTANCES (UCS RFSC-4, three pages): the court caption (HUDSON
  CREST BANK, N.A., Plaintiff, -against- ..., Defendants; Index No.), "STATE OF NEW YORK ) ss.: COUNTY OF ONDAGA )",
  sworn numbered paragraphs with the answers typed on blanks INSIDE the sentences ("My full name is ____ and the
  last four digits of my Social Security number are ____"; "The other owner ... is NONE"; "[X] my primary
  residence"), Schedule A income as lettered lines a.-h. on dot leaders ("-0-" when none) with a TOTAL, Schedule B
  expenses, then each homeowner's signature, "Dated:" and a notary's jurat with an inked stamp. cj2 and cj4 signed
  in ink before a notary and scanned (cj4: the co-homeowner named in paragraph 2 left her signature, date and jurat
  blank), cj6 typed, signed on screen and notarized remotely.
- The real Form 710 (April 2023) through its AcroForm: typed and signed on screen (cj3); typed, printed, signed and
  dated in ink by both spouses and scanned inside the program's intake scan (cj7).

INCOME AND HARDSHIP PAPERS (ordinary): a transit district's SEMI-MONTHLY "STATEMENT OF EARNINGS AND DEDUCTIONS"
(hours, rate, current, YTD hours and YTD amount, three totals boxes), a supermarket chain's WEEKLY "ASSOCIATE PAY
STATEMENT" (time worked by day, pay date six days after the week ends), a nursing home's BI-WEEKLY "Earnings
Statement" from a payroll bureau with a deposit advice below a dashed line; every year-to-date is the sum of that
year's checks. Statements: a community bank's one-page statement (Tri-County Savings Bank; Mangrove Coast Bank in
Florida) and a credit union's two-page statement with two-digit-year dates (Ondaga Teachers FCU). Letters: a town
pension verification (taxable), a pipe trades fund's survivor annuity award (taxable), VA disability compensation
(non-taxable), a state unemployment monetary determination, a physician's statement, a Florida certification of
death, a Connecticut judgment of dissolution of marriage (two pages, the final decree), typed hardship letters and
HARDSHIP AFFIDAVITS sworn before a notary (hardship_letter; the letter date is the "Dated" line), page 1 of the real
IRS Form 4506-C typed and signed on screen.

PACKETS (complete: cj1, cj3, cj5, cj7; incomplete: cj2, cj4, cj6, cj8):
cj1 CT, ONE born-digital e-filed PDF named after the docket: notice of filing, JD-FM-7, slip sheets, two fresh
    stubs, a fresh pension letter for the co-borrower, and the notarized hardship affidavit embedded as a 200 dpi
    SCAN (image pages under the text header); complete.
cj2 NY, ONE 300 dpi grey scan of legal aid's Bates-stamped set: transmittal, RFSC-4 in ink, slip sheets, ONE stub
    paid 110 days before receipt (stale), ONE month's statement, notarized hardship affidavit -> income_doc:wages.
cj3 FL, a folder named after the loan of born-digital uploads (program cover sheet, Form 710, 4506-C, two
    consecutive statements of the borrower's cleaning business, survivor annuity letter) and a scanned death
    certificate, each footed by the portal; self-employment and a death; complete.
cj4 NY, a folder named after the loan, one 240 dpi scan per paper: the referee's report, RFSC-4 signed by the
    homeowner only, two weekly stubs, the co-homeowner's unemployment determination, a hardship letter ->
    application_signature.
cj5 CT, ONE 200 dpi fax from legal aid: transmittal, the mediator's earlier report, JD-FM-7 in ink, two bi-weekly
    stubs, two statements showing child support (other income), the judgment of dissolution, a hardship letter;
    complete.
cj6 NY, loose born-digital files "<loan>_0n_<paper>.pdf", Bates across the set: transmittal, RFSC-4, two stubs in
    one file, hardship affidavit, the divorce summons, the referee's report asking for the decree ->
    hardship_doc:divorce_or_separation.
cj7 IL, ONE 300 dpi intake scan by the program: its cover sheet, Form 710 in ink (both spouses), stickered exhibits
    (two bi-weekly stubs, VA award letter, physician's statement); complete.
cj8 CT, loose born-digital files "<loan> - Exhibit A - ...pdf" each opening with its slip sheet, Bates across the
    set, the mediator's report as a scan: JD-FM-7 on screen, two semi-monthly stubs, two statements showing the
    rent, a hardship letter; rental income and no 4506-C (the report lists it as owed) -> irs_form_4506c.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and main() fails when they differ from the scenario. `--check` validates every
expected.json (keys, codes, types, dates, a weekday received date, loan number shape, pay-stub arithmetic, no full
SSN), that every page of every file belongs to exactly one listed document or is a slip sheet, that `scanned`
matches the absence of a text layer once the stamps drawn over the page are set aside, that a born-digital
application carries its loan number, that expected.json scores perfectly against itself through
tests/sample_compare.compare, and that a rebuild with the same seed writes the same bytes (reportlab invariant
mode, seeded noise, fixed pypdf identifiers). All people, employers, banks, courts, programs, law offices and
servicers are fictional; SSNs use the 900-999 area (the forms print the last four digits, the 4506-C the whole
number); every page carries a faint "synthetic test document" line.
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
STAMP_FONT = FONT_DIR / "dejavu/DejaVuSansMono-Bold.ttf"
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
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def add_days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# --- drawing primitives ---------------------------------------------------------------------------------------


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
    """One logical paper: its pages (draw functions) and the page size."""

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
        span = w * (0.5 if p == 0 else 0.33) * rng.uniform(0.8, 1.0)
        loops = rng.randint(4, 7)
        slant = rng.uniform(0.15, 0.35)
        for i in range(loops * 8 + 1):
            t = i / (loops * 8)
            amp = h * (0.95 if i < 8 else 0.5) * rng.uniform(0.85, 1.1)
            py = h * 0.35 + amp * 0.5 * math.sin(t * loops * 2 * math.pi) * (1 - 0.4 * t)
            px = x + span * t + 2.5 * math.sin(t * loops * 2 * math.pi + 1.1) + slant * (py - h * 0.35)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.06
        if x > w * 0.95:
            break
    strokes.append([(w * 0.05, h * 0.02), (min(x, w) * 0.9, h * 0.1)])
    return strokes


def draw_signature_vector(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.07, 0.1, 0.42))
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
               size: float = 11, leading: float = 14.5, gap: float = 8, indent: float = 0.0) -> float:
    for para in paras:
        first = True
        for ln in wrap(para, font, size, width - (indent if first else 0)):
            c.setFont(font, size)
            c.drawString(x + (indent if first else 0), y, ln)
            first = False
            y -= leading
        y -= gap
    return y


def checkbox(c: Canvas, x: float, y: float, on: bool, size: float = 8.0, style: str = "x") -> None:
    """A small box with its bottom-left at (x, y): crossed ("x"), solid-filled ("fill") or ticked ("tick")."""
    c.saveState()
    c.setLineWidth(0.7)
    if style == "fill":
        c.rect(x, y, size, size, stroke=1, fill=1 if on else 0)
    else:
        c.rect(x, y, size, size, stroke=1, fill=0)
        if on and style == "x":
            c.setLineWidth(1.1)
            c.line(x + 1.5, y + 1.5, x + size - 1.5, y + size - 1.5)
            c.line(x + 1.5, y + size - 1.5, x + size - 1.5, y + 1.5)
        elif on:
            c.setLineWidth(1.3)
            c.line(x + 1.2, y + size * 0.5, x + size * 0.4, y + 1.2)
            c.line(x + size * 0.4, y + 1.2, x + size + 1.5, y + size + 1.5)
    c.restoreState()


def comb(c: Canvas, x: float, y: float, text: str, n: int, cell: float = 13.0, h: float = 16.0,
         font: tuple[str, float] = ("Courier-Bold", 11)) -> float:
    """Character boxes (a comb field) with one typed character centred in each; returns the right edge."""
    c.saveState()
    c.setLineWidth(0.5)
    c.rect(x, y, cell * n, h, stroke=1, fill=0)
    for i in range(1, n):
        c.line(x + cell * i, y, x + cell * i, y + h * 0.35)
    c.setFont(*font)
    for i, ch in enumerate(text[:n]):
        c.drawCentredString(x + cell * i + cell / 2, y + 4, ch)
    c.restoreState()
    return x + cell * n


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_cj"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- scanning -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False


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
        out = out.point(lambda v: int(16 + v * 0.92))
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


StampFn = Callable[[Canvas, int, int, tuple[float, float]], list[str]]  # draws; returns the strings it drew


def paper_pages_pdf(paper: Paper, screen_marks: bool = False) -> tuple[bytes, list[list[Mark]]]:
    """A paper as a PDF (the pen's marks drawn as vector strokes when signed on screen); returns the PDF and each
    page's marks."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_cj")
    marks: list[list[Mark]] = []
    for fn in paper.pages:
        m = fn(c)
        if screen_marks:
            apply_screen_marks(c, m)
        marks.append(m)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def sheet_to_canvas(c: Canvas, sheet: ScannedPage, fax: bool) -> None:
    data = io.BytesIO()
    if fax:
        sheet.image.convert("L").save(data, "PNG", optimize=False)
    else:
        sheet.image.save(data, "JPEG", quality=78)
    data.seek(0)
    c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        sheet_to_canvas(c, sheet, style.fax)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- pay ------------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def pay_dates(first: dt.date, current: dt.date, frequency: str) -> list[dt.date]:
    """Every pay date of current's year up to current: weekly / bi-weekly from first, semi-monthly on the 15th and
    the last day of the month."""
    out: list[dt.date] = []
    if frequency == "semimonthly":
        for month in range(1, current.month + 1):
            for d in (dt.date(current.year, month, 15), month_end(dt.date(current.year, month, 1))):
                if d <= current:
                    out.append(d)
        return out
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
    state_label: str = "State income tax"
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        return {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
                "Medicare": r2(gross * 0.0145), self.state_label: r2(gross * self.state)}


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line (amount and hours), each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update({f"{k}#h": v[0] for k, v in ch.lines.items()})
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

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, ch: Check, start: dt.date, end: dt.date, frequency: str,
                ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


def history(key: str, dates: Sequence[dt.date], make: Callable[[random.Random, dt.date], dict[str, tuple[float, float,
                                                                                                          float]]]
            ) -> list[Check]:
    """One check per pay date, each drawn from its own date, so two stubs of one job tell one history."""
    return [Check(d, make(random.Random(f"{key}|{d.isoformat()}"), d)) for d in dates]


def transit_stub(key: str, employee: str, emp_no: str, title: str, pay_date: dt.date, rate: float,
                 wh: Withholding) -> Stub:
    """Harwick Area Transit District: a semi-monthly STATEMENT OF EARNINGS AND DEDUCTIONS (bus operator)."""
    employer = "Harwick Area Transit District"

    def make(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        reg = rr.choice([80.0, 84.0, 88.0, 80.0])
        ot = rr.choice([0.0, 4.5, 9.0, 12.0, 0.0])
        spread = rr.choice([0.0, 5.0, 7.5])
        lines = {"Regular": (reg, rate, r2(reg * rate)), "Overtime 1.5": (ot, r2(rate * 1.5), r2(ot * rate * 1.5)),
                 "Spread premium": (spread, 2.10, r2(spread * 2.10))}
        return lines

    checks = history(key, pay_dates(dt.date(pay_date.year, 1, 15), pay_date, "semimonthly"), make)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start = pay_date.replace(day=1) if pay_date.day == 15 else pay_date.replace(day=16)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.55, 0.12, 0.1))
        c.rect(40, 726, 532, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, 744, "HARWICK AREA TRANSIT DISTRICT")
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 733, "Payroll Office  -  90 Depot Square, Harwick, CT 06492")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(562, 744, "STATEMENT OF EARNINGS")
        c.drawRightString(562, 732, "AND DEDUCTIONS")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        left = [("Employee", employee), ("Employee No.", emp_no), ("Job title", title), ("Division", "Bus Operations")]
        right = [("Pay period", f"{mdy(start)} - {mdy(pay_date)}"), ("Check date", mdy(pay_date)),
                 ("Pay frequency", "Semi-Monthly"), ("Base rate", f"{rate:.4f} / hr")]
        y = 706
        for (a, b), (k, v) in zip(left, right, strict=True):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(45, y, a)
            c.drawString(320, y, k)
            c.setFont("Helvetica", 8.5)
            c.drawString(125, y, b)
            c.drawString(400, y, v)
            y -= 13
        y -= 14
        c.setLineWidth(0.6)
        c.setFillGray(0.88)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(45, y, "EARNINGS")
        for x, t in ((250, "HOURS"), (320, "RATE"), (400, "CURRENT"), (470, "YTD HOURS"), (562, "YTD AMOUNT")):
            c.drawRightString(x, y, t)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, (hrs, rt, amt) in ch.lines.items():
            c.drawString(45, y, k)
            c.drawRightString(250, y, f"{hrs:.2f}")
            c.drawRightString(320, y, f"{rt:.4f}")
            c.drawRightString(400, y, money(amt))
            c.drawRightString(470, y, f"{ytd[k + '#h']:.2f}")
            c.drawRightString(562, y, money(ytd[k]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(45, y, "Total gross earnings")
        c.drawRightString(400, y, money(ch.gross))
        c.drawRightString(562, y, money(ytd["GROSS"]))
        y -= 24
        c.setFillGray(0.88)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(45, y, "TAXES AND DEDUCTIONS")
        c.drawRightString(400, y, "CURRENT")
        c.drawRightString(562, y, "YTD AMOUNT")
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(45, y, k)
            c.drawRightString(400, y, money(v))
            c.drawRightString(562, y, money(ytd[k]))
            y -= 12
        y -= 14
        cells = [("GROSS", ch.gross, ytd["GROSS"]),
                 ("TOTAL DEDUCTIONS", r2(ch.gross - net), r2(ytd["GROSS"] - ytd["NET"])), ("NET PAY", net, ytd["NET"])]
        x = 40.0
        for title_, cur, yt in cells:
            c.setLineWidth(0.8)
            c.rect(x, y - 34, 177, 40, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 6, y - 6, title_)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 6, y - 18, "Current")
            c.drawRightString(x + 170, y - 18, money(cur))
            c.drawString(x + 6, y - 29, "Year to date")
            c.drawRightString(x + 170, y - 29, money(yt))
            x += 177.3
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 56, "ATU Local 1187 dues are deducted on the first check of each month. "
                                 "Direct deposit advice - not negotiable.")
        return []

    fields = stub_fields(employer, employee, ch, start, pay_date, "semimonthly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, pay_date)


def grocer_stub(key: str, employee: str, assoc_id: str, store: str, pay_date: dt.date, rate: float,
                wh: Withholding) -> Stub:
    """Fairway Fresh Markets: a weekly ASSOCIATE PAY STATEMENT, hours by day for the week."""
    employer = "Fairway Fresh Markets"

    def make(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        reg = rr.choice([32.0, 36.0, 38.5, 40.0, 40.0])
        ot = rr.choice([0.0, 0.0, 2.5, 5.0]) if reg == 40.0 else 0.0
        sun = rr.choice([0.0, 8.0])
        return {"Regular": (reg, rate, r2(reg * rate)), "Overtime": (ot, r2(rate * 1.5), r2(ot * rate * 1.5)),
                "Sunday premium": (sun, 1.00, r2(sun * 1.0))}

    first = dt.date(pay_date.year, 1, 1)
    while first.weekday() != pay_date.weekday():
        first += dt.timedelta(days=1)
    checks = history(key, pay_dates(first, pay_date, "weekly"), make)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    total_hours = ch.lines["Regular"][0] + ch.lines["Overtime"][0]
    each = math.floor(total_hours / 5 * 4) / 4
    off = {1, 4}  # the associate's two days off in the week
    days = []
    worked = 0
    for i in range(7):
        d = start + dt.timedelta(days=i)
        if i in off:
            days.append((d, 0.0))
            continue
        worked += 1
        days.append((d, each if worked < 5 else r2(total_hours - 4 * each)))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.12, 0.45, 0.2))
        c.circle(62, 742, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(62, 738, "FF")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(84, 744, "Fairway Fresh Markets")
        c.setFont("Helvetica", 7.5)
        c.drawString(84, 733, "Associate Payroll  -  2200 Commerce Drive, Yonkers, NY 10704")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 744, "ASSOCIATE PAY STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 733, f"{store}")
        c.setLineWidth(1.5)
        c.setStrokeColor(Color(0.12, 0.45, 0.2))
        c.line(50, 722, 562, 722)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        c.setFont("Helvetica", 8.5)
        info = [("Associate", employee), ("Associate ID", assoc_id), ("Week ending", mdy(end)),
                ("Week beginning", mdy(start)), ("Pay date", mdy(pay_date)), ("Paid", "Weekly")]
        for i, (k, v) in enumerate(info):
            x = 50 + (i % 3) * 172
            y = 704 - (i // 3) * 24
            c.setFont("Helvetica", 6.5)
            c.drawString(x, y + 9, k.upper())
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x, y - 1, v)
        y = 640
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "TIME WORKED THIS WEEK")
        y -= 13
        c.setFont("Helvetica", 8)
        for i, (d, hrs) in enumerate(days):
            x = 50 + i * 73
            c.rect(x, y - 22, 70, 30, stroke=1, fill=0)
            c.drawCentredString(x + 35, y - 2, d.strftime("%a %m/%d"))
            c.drawCentredString(x + 35, y - 15, f"{hrs:.2f} h")
        y -= 48
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "PAY")
        for x, t in ((260, "HOURS"), (320, "RATE"), (420, "THIS WEEK"), (560, "YEAR-TO-DATE")):
            c.drawRightString(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, (hrs, rt, amt) in ch.lines.items():
            c.drawString(50, y, k)
            c.drawRightString(260, y, f"{hrs:.2f}")
            c.drawRightString(320, y, f"{rt:.2f}")
            c.drawRightString(420, y, money(amt))
            c.drawRightString(560, y, money(ytd[k]))
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y - 2, "Gross pay")
        c.drawRightString(420, y - 2, money(ch.gross))
        c.drawRightString(560, y - 2, money(ytd["GROSS"]))
        y -= 26
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "WITHHOLDINGS")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(50, y, k)
            c.drawRightString(420, y, "-" + money(v))
            c.drawRightString(560, y, "-" + money(ytd[k]))
            y -= 12
        c.setFillColor(Color(0.88, 0.95, 0.88))
        c.rect(300, y - 26, 262, 22, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(308, y - 18, "NET PAY")
        c.drawRightString(420, y - 18, money(net))
        c.drawRightString(556, y - 18, money(ytd["NET"]))
        c.setFont("Helvetica", 7)
        c.drawString(50, y - 50, "Deposited to your account on the pay date. Questions: Associate Service Center, "
                                 "ext. 2-7700.")
        return []

    fields = stub_fields(employer, employee, ch, start, end, "weekly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, pay_date)


def nursing_stub(key: str, employer: str, emp_addr: str, employee: str, file_no: str, pay_date: dt.date,
                 rate: float, wh: Withholding) -> Stub:
    """A nursing home's bi-weekly EARNINGS STATEMENT printed by a payroll bureau (PayLedger), with a check stub."""

    def make(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        reg = rr.choice([64.0, 72.0, 72.0, 75.0, 80.0])
        shift = rr.choice([0.0, 16.0, 24.0, 32.0])
        holiday = rr.choice([0.0, 0.0, 0.0, 8.0])
        return {"Regular": (reg, rate, r2(reg * rate)), "Shift diff eve/night": (shift, 1.75, r2(shift * 1.75)),
                "Holiday worked": (holiday, r2(rate * 0.5), r2(holiday * rate * 0.5))}

    first = dt.date(pay_date.year, 1, 1)
    while first.weekday() != pay_date.weekday():
        first += dt.timedelta(days=1)
    if (pay_date - first).days % 14:
        first += dt.timedelta(days=7)
    checks = history(key, pay_dates(first, pay_date, "biweekly"), make)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawString(50, 742, employer)
        c.setFont("Times-Roman", 8.5)
        c.drawString(50, 730, emp_addr)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 742, "Earnings Statement")
        c.setFont("Helvetica", 7)
        c.drawRightString(562, 731, "Prepared by PayLedger Payroll Services")
        c.setLineWidth(0.6)
        c.rect(50, 650, 512, 70, stroke=1, fill=0)
        c.line(306, 650, 306, 720)
        c.setFont("Helvetica", 8.5)
        rows_l = [("File number", file_no), ("Employee", employee), ("Department", "Nursing - CNA"),
                  ("Pay rate", f"${rate:.2f} hourly")]
        rows_r = [("Period beginning", mdy(start)), ("Period ending", mdy(end)), ("Pay date", mdy(pay_date)),
                  ("Pay schedule", "Biweekly")]
        for i, ((a, b), (k, v)) in enumerate(zip(rows_l, rows_r, strict=True)):
            yy = 706 - i * 15
            c.setFont("Helvetica", 8.5)
            c.drawString(58, yy, a + ":")
            c.drawString(314, yy, k + ":")
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(150, yy, b)
            c.drawString(410, yy, v)
        y = 628
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((50, "Earnings"), (240, "rate"), (290, "hours"), (360, "this period"), (440, "year to date")):
            if x == 50:
                c.drawString(x, y, t)
            else:
                c.drawRightString(x, y, t)
        c.drawString(460, y, "Deductions")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        top = y
        c.setFont("Helvetica", 8.5)
        for k, (hrs, rt, amt) in ch.lines.items():
            c.drawString(50, y, k)
            c.drawRightString(240, y, f"{rt:.2f}")
            c.drawRightString(290, y, f"{hrs:.2f}")
            c.drawRightString(360, y, money(amt))
            c.drawRightString(440, y, money(ytd[k]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y - 4, "Gross Pay")
        c.drawRightString(360, y - 4, money(ch.gross))
        c.drawRightString(440, y - 4, money(ytd["GROSS"]))
        yy = top
        c.setFont("Helvetica", 7.5)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(460, yy, k)
            c.drawRightString(562, yy, money(v))
            yy -= 11
        yb = min(y - 30, yy - 14)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, yb, f"Net Pay  ${money(net)}")
        c.setFont("Helvetica", 8)
        c.drawString(220, yb, f"Year-to-date net pay  ${money(ytd['NET'])}")
        c.setDash(4, 3)
        c.line(40, yb - 24, 572, yb - 24)
        c.setDash()
        c.setFont("Helvetica", 7)
        c.drawString(50, yb - 36, "DETACH HERE - DIRECT DEPOSIT ADVICE - THIS IS NOT A CHECK")
        c.setFont("Courier", 9)
        c.drawString(50, yb - 56, f"PAY DATE {mdy(pay_date)}    DEPOSIT AMOUNT ****{money(net)}")
        c.drawString(50, yb - 70, f"TO THE ACCOUNT OF {employee.upper()}")
        return []

    fields = stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, pay_date)


# --- bank statements ------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    return start, month_end(start)


def transactions(rng: random.Random, start: dt.date, end: dt.date,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    debits = [("EVERSOURCE ENERGY AUTOPAY", 0), ("STOP & SHOP #0622", 1), ("CVS/PHARMACY #4410", 1),
              ("GEICO AUTO INS", 0), ("T-MOBILE AUTOPAY", 0), ("MOBIL 2219 HARWICK", 1), ("ATM WITHDRAWAL", 1),
              ("CHECK", 0), ("AMAZON MKTPLACE PMTS", 1), ("MORTGAGE PMT - PARTIAL", 0)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(18, 130) if small else rng.uniform(80, 390))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


TRICO = ("Tri-County Savings Bank", "Serving Harwick, Bristow and Lyme since 1871  -  Member FDIC",
         "(860) 555-0140 or write Tri-County Savings Bank, 5 Green Street, Harwick, CT 06492.")
MANGROVE = ("Mangrove Coast Bank", "A Florida community bank  -  Member FDIC",
            "(941) 555-0119 or write Mangrove Coast Bank, 400 Tamiami Trail, Calusa, FL 34236.")


def trico_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                    begin: float, credits: Sequence[tuple[int, str, float]],
                    brand: tuple[str, str, str] = TRICO) -> Statement:
    """A community bank's one-page statement (Tri-County Savings Bank, Mangrove Coast Bank): a shaded summary box,
    a Date / Description / Withdrawals / Deposits / Balance register."""
    bank = brand[0]
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 19)
        c.setFillColor(Color(0.1, 0.22, 0.42))
        c.drawString(50, 738, bank)
        c.setFillColor(black)
        c.setFont("Times-Italic", 8.5)
        c.drawString(50, 726, brand[1])
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 742, "Statement of Account")
        c.drawRightString(562, 731, f"Account Number: ******{acct[-4:]}")
        c.drawRightString(562, 720, f"Statement Period: {long_date(start)} through {long_date(end)}")
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(62, y, ln)
            y -= 12
        c.setFillGray(0.92)
        c.rect(340, 618, 222, 84, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(348, 690, "ACCOUNT SUMMARY - EVERYDAY CHECKING")
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Previous balance", begin), ("Deposits / additions", dep),
                                    ("Withdrawals / subtractions", wd), ("New balance", ending))):
            c.drawString(348, 674 - 14 * i, k)
            c.drawRightString(555, 674 - 14 * i, money(v))
        y = 594
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((50, "DATE"), (92, "DESCRIPTION")):
            c.drawString(x, y, t)
        for x, t in ((400, "WITHDRAWALS"), (480, "DEPOSITS"), (560, "BALANCE")):
            c.drawRightString(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.3)
        c.drawString(50, y, start.strftime("%m-%d"))
        c.drawString(92, y, "BALANCE FORWARD")
        c.drawRightString(560, y, money(begin))
        y -= 12
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(50, y, d.strftime("%m-%d"))
            c.drawString(92, y, desc)
            c.drawRightString(400 if a < 0 else 480, y, money(abs(a)))
            c.drawRightString(560, y, money(bal))
            y -= 12
        c.line(50, y + 6, 562, y + 6)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(92, y - 6, "NEW BALANCE")
        c.drawRightString(560, y - 6, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(50, 60, "In case of errors or questions about your electronic transfers call " + brand[2])
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


def ondaga_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                     begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Ondaga Teachers Federal Credit Union: two pages, "Page 1 of 2", one signed amount column."""
    bank = "Ondaga Teachers Federal Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:10], rows[10:]

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.35, 0.2, 0.5))
        c.rect(50, 728, 40, 40, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(70, 742, "OT")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(100, 754, "ONDAGA TEACHERS")
        c.setFont("Helvetica", 9)
        c.drawString(100, 741, "Federal Credit Union")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 756, f"Member Number XXXX{acct[-4:]}")
        c.drawRightString(562, 745, f"Statement Period {start.strftime('%m/%d/%y')} to {end.strftime('%m/%d/%y')}")
        c.drawRightString(562, 734, f"Page {n} of 2")
        c.setLineWidth(0.8)
        c.line(50, 722, 562, 722)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "POSTED")
        c.drawString(110, y, "TRANSACTION DESCRIPTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(560, y, "BALANCE")
        c.line(50, y - 4, 562, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.3)
        if opening:
            c.drawString(50, y, start.strftime("%m/%d/%y"))
            c.drawString(110, y, "Beginning Balance")
            c.drawRightString(560, y, money(begin))
            y -= 12
        for d, desc, a, b in part:
            c.drawString(50, y, d.strftime("%m/%d/%y"))
            c.drawString(110, y, ("Deposit " if a > 0 else "Withdrawal ") + desc)
            c.drawRightString(470, y, ("+" if a > 0 else "-") + money(abs(a)))
            c.drawRightString(560, y, money(b))
            y -= 12
        return y

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 700
        for ln in [holder, *address]:
            c.drawString(60, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 630, f"SHARE DRAFT CHECKING  {acct[:3]}-XXX-{acct[-4:]}")
        c.setFont("Helvetica", 8.5)
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        heads = [("Beginning Balance", begin), ("Deposits", dep), ("Withdrawals", wd), ("Ending Balance", ending)]
        for i, (k, v) in enumerate(heads):
            c.drawString(60 + i * 125, 612, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(60 + i * 125, 599, money(v))
            c.setFont("Helvetica", 8.5)
        register(c, 570, first, True)
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = register(c, 700, rest, False)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(110, y - 4, "Ending Balance")
        c.drawRightString(560, y - 4, money(ending))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 36, "Dividends on share draft accounts are paid quarterly. Federally insured by NCUA.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- letters and the borrower's papers ------------------------------------------------------------------------


def letterhead(c: Canvas, name: str, sub: str, color: Color, font: str = "Helvetica-Bold") -> None:
    c.setFillColor(color)
    c.setFont(font, 15)
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
                  sign_seed: int | None = None) -> Paper:
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
            for k, v in table:
                c.setFont("Times-Roman", 11)
                c.drawString(96, y, k)
                c.setFont("Times-Bold", 11)
                c.drawString(300, y, v)
                y -= 15
            y -= 12
        c.setFont("Times-Roman", 11)
        marks: list[Mark] = []
        for i, ln in enumerate(closing):
            if i == 1 and sign_seed is not None:
                marks.append(Mark("sig", 72, y - 6, w=130, seed=sign_seed))
            c.drawString(72, y, ln)
            y -= 14
        return marks

    return Paper([page])


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date | None
    monthly: float | None = None
    benefit: str | None = None
    dated: bool = True  # whether letter_date is one of its fields

    @property
    def fields(self) -> dict[str, Any]:
        if not self.dated or self.date is None:
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out["benefit_type"] = "unemployment"
        return out


def pension_letter(member: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    paras = [f"As you requested, this letter verifies the retirement benefit that {member} receives from the Harwick "
             "Municipal Employees' Retirement Fund. Benefits are paid on the last business day of each month by "
             "direct deposit.",
             "The benefit is a lifetime annuity. It is subject to federal income tax and is reported to you each "
             "January on Form 1099-R. The amount below is the gross monthly benefit before tax withholding and "
             "health insurance premiums."]
    table = [("Retiree", member), ("Benefit commenced", long_date(since)),
             ("Gross monthly benefit", "$" + money(monthly)), ("Paid", "Monthly"), ("Taxable", "Yes")]
    paper = simple_letter(("HARWICK MUNICIPAL EMPLOYEES' RETIREMENT FUND",
                           "Town Hall Annex, 41 Church Street, Harwick, CT 06492  -  (860) 555-0177",
                           Color(0.15, 0.3, 0.2)), date, [member, *address], "Re: Benefit verification", paras,
                          ["Very truly yours,", "", "Pension Administrator"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def survivor_annuity_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date,
                            deceased: str) -> Letter:
    paras = [f"We were sorry to learn of the death of {deceased}. As his surviving spouse you are entitled to the "
             "50% joint-and-survivor annuity he elected when he retired from the Fund.",
             f"Your survivor annuity begins {long_date(since)}. It is paid monthly on the first of the month and is "
             "taxable income; federal tax will be withheld as you instructed on Form W-4P."]
    table = [("Survivor", person), ("Monthly survivor annuity", "$" + money(monthly)), ("Frequency", "Monthly"),
             ("First payment", long_date(since))]
    paper = simple_letter(("GULF COAST PIPE TRADES PENSION FUND",
                           "Fund Office  -  7700 Causeway Boulevard, Tampa, FL 33619  -  (813) 555-0126",
                           Color(0.1, 0.3, 0.55)), date, [person, *address], "Re: Survivor annuity award", paras,
                          ["Sincerely,", "", "Benefits Department"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def ui_determination(person: str, address: Sequence[str], date: dt.date, weekly: float, claim_from: dt.date) -> Letter:
    paras = [f"Your claim for Unemployment Insurance benefits effective {long_date(claim_from)} has been reviewed. "
             f"You are eligible for a weekly benefit rate of ${money(weekly)}.",
             "You must certify for benefits each week to be paid. Benefits are taxable income; you chose to have "
             "10% federal income tax withheld.",
             "This is a monetary determination only. Your eligibility may be reviewed again at any time."]
    paper = simple_letter(("NEW YORK STATE DEPARTMENT OF LABOR", "Unemployment Insurance Division  -  "
                           "Notice of Monetary Determination", Color(0.12, 0.2, 0.4)), date, [person, *address],
                          "Re: Unemployment Insurance claim", paras,
                          ["Unemployment Insurance Division", "This notice was mailed " + mdy(date)],
                          [("Weekly benefit rate", "$" + money(weekly)), ("Benefit year begins", mdy(claim_from))])
    return Letter(paper, "unemployment_benefit_letter", date)


def va_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, rating: int) -> Letter:
    paras = [f"This letter is a summary of the benefits you currently receive from the Department of Veterans "
             f"Affairs. You are receiving service-connected disability compensation at a combined rating of "
             f"{rating} percent.",
             f"Your current monthly award amount is ${money(monthly)}, paid on the first business day of each month "
             "for the month before. VA disability compensation is not taxable income.",
             "You may use this letter to verify your benefits to a lender, a landlord or a state or local agency."]
    paper = simple_letter(("DEPARTMENT OF VETERANS AFFAIRS", "Regional Benefit Office  -  2122 West Taylor Street, "
                           "Chicago, IL 60612", Color(0.05, 0.2, 0.4)), date, [person, *address],
                          "Summary of Benefits", paras, ["Sincerely yours,", "", "Regional Office Director"],
                          [("Monthly award amount", "$" + money(monthly)), ("Paid", "Monthly"),
                           ("Combined disability rating", f"{rating}%")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def medical_statement(patient: str, date: dt.date, doctor: str, practice: str, text: str, seed: int) -> Letter:
    paras = [text, "Please contact my office with the patient's written permission if you need anything further."]
    paper = simple_letter((practice.upper(), "Internal Medicine  -  1450 Lake Street, Evanston, IL 60201  -  "
                           "(847) 555-0161", Color(0.1, 0.4, 0.45)), date, ["To whom it may concern"],
                          f"Re: {patient}", paras, ["Sincerely,", "", f"{doctor}, M.D."], sign_seed=seed)
    return Letter(paper, "medical_statement", date)


def notary_block(c: Canvas, x: float, y: float, state: str, county: str, on: dt.date, notary: str, reg: str,
                 expires: dt.date, seed: int, sworn: bool = True) -> list[Mark]:
    """A jurat with the notary's signature and an inked rectangular notary stamp."""
    c.setFont("Times-Roman", 10.5)
    verb = "Sworn to and subscribed before me" if sworn else "Acknowledged before me"
    c.drawString(x, y, f"{verb} this {ordinal(on.day)} day of {on.strftime('%B')}, {on.year},")
    c.drawString(x, y - 13, f"in the County of {county}, State of {state}.")
    c.line(x, y - 46, x + 200, y - 46)
    c.setFont("Times-Roman", 9)
    c.drawString(x, y - 56, "Notary Public")
    c.saveState()
    c.setStrokeColor(Color(0.25, 0.25, 0.5))
    c.setFillColor(Color(0.25, 0.25, 0.5))
    c.setLineWidth(1.2)
    c.rect(x + 230, y - 66, 180, 58, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawCentredString(x + 320, y - 20, notary.upper())
    c.setFont("Helvetica", 6.8)
    c.drawCentredString(x + 320, y - 31, f"NOTARY PUBLIC, STATE OF {state.upper()}")
    c.drawCentredString(x + 320, y - 41, f"No. {reg}")
    c.drawCentredString(x + 320, y - 51, f"Qualified in {county} County")
    c.drawCentredString(x + 320, y - 61, f"My Commission Expires {mdy(expires)}")
    c.restoreState()
    return [Mark("sig", x + 4, y - 44, w=150, seed=seed)]


def hardship_affidavit(affiant: str, co: str | None, address: Sequence[str], loan: str, on: dt.date,
                       state: str, county: str, paras: Sequence[str], notary: tuple[str, str, dt.date],
                       seed: int, caption: Sequence[str] | None = None) -> Paper:
    """A hardship affidavit typed by the homeowner (or legal aid), signed and sworn before a notary."""

    def page(c: Canvas) -> list[Mark]:
        y = 740
        if caption:
            c.setFont("Times-Roman", 9.5)
            for ln in caption:
                c.drawString(72, y, ln)
                y -= 12
            y -= 8
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, y, "AFFIDAVIT OF HARDSHIP")
        y -= 24
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, y, f"STATE OF {state.upper()}")
        c.drawString(250, y, ")")
        c.drawString(250, y - 12, ")  ss.:")
        c.drawString(72, y - 24, f"COUNTY OF {county.upper()}")
        c.drawString(250, y - 24, ")")
        y -= 46
        who = affiant if not co else f"{affiant} and {co}"
        intro = (f"1. {who}, being duly sworn, depose{'s' if not co else ''} and say{'s' if not co else ''}: "
                 f"{'I am' if not co else 'We are'} the owner{'s' if co else ''} of the home at {', '.join(address)}, "
                 f"which secures mortgage loan number {loan}.")
        y = paragraphs(c, 72, y, W - 144, [intro, *[f"{i + 2}. {p}" for i, p in enumerate(paras)]], size=10.5,
                       leading=13.5, gap=6, indent=0)
        y -= 6
        marks: list[Mark] = []
        names = [affiant] + ([co] if co else [])
        for i, nm in enumerate(names):
            x = 72 + i * 250
            c.line(x, y - 24, x + 200, y - 24)
            c.setFont("Times-Roman", 9.5)
            c.drawString(x, y - 35, nm + ", Affiant")
            marks.append(Mark("sig", x + 6, y - 22, w=150, seed=seed + 3 + i))
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, y - 54, f"Dated: {long_date(on)}")
        marks += notary_block(c, 72, y - 84, state, county, on, notary[0], notary[1], notary[2], seed + 9)
        return marks

    return Paper([page])


def hardship_letter(writer: str, address: Sequence[str], loan: str, date: dt.date, to: Sequence[str],
                    paras: Sequence[str], seed: int, signed: bool = True) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in [writer, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: My hardship - mortgage loan no. {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Mediator and Loss Mitigation Department:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Respectfully,")
        c.drawString(72, y - 56, writer)
        return [Mark("sig", 72, y - 44, w=140, seed=seed)] if signed else []

    return Paper([page])


def death_certificate(name: str, died: dt.date, age: int, county: str, spouse: str, filed: dt.date) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(2)
        c.rect(40, 40, W - 80, H - 80, stroke=1, fill=0)
        c.setLineWidth(0.6)
        c.rect(46, 46, W - 92, H - 92, stroke=1, fill=0)
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 724, "STATE OF FLORIDA")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(W / 2, 710, "DEPARTMENT OF HEALTH  -  BUREAU OF VITAL STATISTICS")
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 690, "CERTIFICATION OF DEATH")
        rows = [("1. DECEDENT'S NAME (First, Middle, Last)", name.upper()), ("2. SEX", "MALE"),
                ("3. DATE OF DEATH (Month, Day, Year)", long_date(died).upper()), ("4. AGE (Years)", str(age)),
                ("5. PLACE OF DEATH", "HOSPITAL - INPATIENT"), ("6. COUNTY OF DEATH", county.upper()),
                ("7. MARITAL STATUS", "MARRIED"), ("8. SURVIVING SPOUSE'S NAME", spouse.upper()),
                ("9. USUAL OCCUPATION", "PIPEFITTER (RETIRED)"),
                ("10. MANNER OF DEATH", "NATURAL"), ("11. DATE FILED", mdy(filed)),
                ("STATE FILE NUMBER", f"{died.year}-0{random.Random(name).randrange(100000, 999999)}")]
        y = 660
        for k, v in rows:
            c.setLineWidth(0.5)
            c.rect(70, y - 10, W - 140, 28, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(74, y + 10, k)
            c.setFont("Courier-Bold", 10)
            c.drawString(80, y - 4, v)
            y -= 32
        c.setFont("Times-Italic", 8.5)
        c.drawCentredString(W / 2, y - 8, "This is a true certification of the facts on file in the Bureau of Vital "
                                          "Statistics. Issued " + mdy(add_days(filed, 6)) + ".")
        return []

    return Letter(Paper([page]), "death_certificate", died, dated=False)


def divorce_judgment(plaintiff: str, defendant: str, docket: str, judged: dt.date, district: str) -> Letter:
    """A Connecticut-style JUDGMENT - DISSOLUTION OF MARRIAGE, two pages (the final decree)."""

    def head(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, 752, "JUDGMENT - DISSOLUTION OF MARRIAGE")
        c.setFont("Helvetica", 7)
        c.drawString(60, 742, "JD-FM-180  Rev. 5-38")
        c.drawRightString(552, 752, "STATE OF CONNECTICUT")
        c.drawRightString(552, 742, "SUPERIOR COURT")
        c.drawRightString(552, 732, f"Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        cells = [("Judicial District of", district, 60, 250), ("Docket number", docket, 310, 242),
                 ("Name of plaintiff", plaintiff, 60, 250), ("Name of defendant", defendant, 310, 242),
                 ("Date of judgment", mdy(judged), 60, 250), ("Judge", "Hon. Marguerite T. Ashby", 310, 242)]
        for i, (k, v, x, w) in enumerate(cells):
            y = 690 - (i // 2) * 34
            c.rect(x, y, w, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, y + 21, k)
            c.setFont("Courier-Bold", 10)
            c.drawString(x + 6, y + 6, v)
        paragraphs(c, 60, 570, 492, [
            "The Court, having heard the parties, finds that it has jurisdiction, that the allegations of the "
            "complaint are proven and that the marriage of the parties has broken down irretrievably.",
            "IT IS HEREBY ADJUDGED AND DECREED that the marriage of the parties is DISSOLVED and the parties are each "
            "declared to be single and unmarried.",
            "The written separation agreement of the parties dated " + mdy(add_days(judged, -21)) + " is found fair "
            "and equitable and is incorporated by reference into this judgment."], font="Times-Roman", size=10.5,
            leading=14)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        paragraphs(c, 60, 700, 492, [
            "ORDERS: 1. The marital home shall be the sole property of the plaintiff, who shall hold the defendant "
            "harmless from the first mortgage thereon. The defendant shall execute a quitclaim deed within thirty "
            "days.",
            "2. The defendant shall pay child support of $650.00 per month through Support Enforcement Services, "
            "in accordance with the Child Support Guidelines worksheet filed this day.",
            "3. Neither party shall pay alimony to the other.",
            "BY THE COURT, judgment entered " + long_date(judged) + "."], font="Times-Roman", size=10.5, leading=14)
        c.line(330, 470, 540, 470)
        c.setFont("Times-Roman", 9)
        c.drawString(330, 460, "Assistant Clerk")
        return [Mark("sig", 336, 472, w=150, seed=len(docket) * 7 + judged.day)]

    return Letter(Paper([page1, page2]), "divorce_decree", judged, dated=False)


def divorce_summons(plaintiff: str, defendant: str, index_no: str, county: str, filed: dt.date,
                    attorney: str) -> Letter:
    """SUMMONS WITH NOTICE in an action for divorce (New York): the action is pending - not a decree."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 11)
        c.drawString(72, 730, "SUPREME COURT OF THE STATE OF NEW YORK")
        c.drawString(72, 716, f"COUNTY OF {county.upper()}")
        c.setFont("Times-Roman", 10)
        c.drawRightString(540, 716, f"Index No.: {index_no}")
        c.drawRightString(540, 703, f"Date filed: {mdy(filed)}")
        c.line(72, 700, 330, 700)
        c.drawString(80, 684, plaintiff.upper() + ",")
        c.drawString(200, 670, "Plaintiff,")
        c.drawString(120, 652, "- against -")
        c.drawString(80, 634, defendant.upper() + ",")
        c.drawString(200, 620, "Defendant.")
        c.line(72, 612, 330, 612)
        c.line(330, 612, 330, 700)
        c.setFont("Times-Bold", 13)
        c.drawString(360, 660, "SUMMONS WITH NOTICE")
        c.drawString(360, 644, "ACTION FOR DIVORCE")
        paragraphs(c, 72, 585, W - 144, [
            "TO THE ABOVE NAMED DEFENDANT: You are hereby summoned to serve a notice of appearance on the "
            "plaintiff's attorney within twenty days after the service of this summons, exclusive of the day of "
            "service.",
            "NOTICE: The nature of this action is to dissolve the marriage between the parties on the grounds of "
            "DRL Section 170(7). The relief sought is a judgment of absolute divorce, equitable distribution of "
            "marital property, including the marital residence, and maintenance.",
            "No judgment has been entered in this action. A preliminary conference is scheduled before the "
            "matrimonial part."], size=10.5, leading=14)
        c.drawString(330, 340, "Dated: " + long_date(filed))
        c.drawString(330, 296, f"{attorney}, Esq.")
        c.drawString(330, 283, "Attorney for Plaintiff")
        return [Mark("sig", 330, 310, w=130, seed=filed.day * 13)]

    return Letter(Paper([page]), "other", filed, dated=False)


# --- court and mediation papers -------------------------------------------------------------------------------


@dataclass
class Court:
    """The foreclosure case a packet belongs to, as the court's and the program's papers print it."""

    style: str  # ct | ny | fl | il
    number: str  # docket / index / case number
    plaintiff: str
    defendants: list[str]
    lines: list[str]  # the court's name as its captions print it
    county: str
    program: str
    mediator: str

    @property
    def name(self) -> str:
        """The court in plain words, for the program's own papers."""
        where = self.lines[0].replace("J.D. OF ", "").title()
        return {"ct": f"Superior Court, Judicial District of {where}",
                "ny": f"Supreme Court of the State of New York, County of {self.county}",
                "fl": f"Circuit Court, Twenty-Third Judicial Circuit, {self.county} County, Florida",
                "il": f"Circuit Court of the Nineteenth Judicial Circuit, {self.county} County, Illinois"}[self.style]


def caption(c: Canvas, y: float, court: Court, date: dt.date | None = None, title: Sequence[str] = ()) -> float:
    """The case caption in the court's own style; returns the y below it."""
    defs = ", ".join(d.upper() for d in court.defendants[:2]) + (", ET AL." if len(court.defendants) else "")
    if court.style == "ct":
        rows = [(f"DOCKET NO. {court.number}", "SUPERIOR COURT"), (court.plaintiff.upper(), court.lines[0]),
                ("V.", court.lines[1]), (defs, date.strftime("%B %d, %Y").upper() if date else "")]
        c.setFont("Times-Roman", 10.5)
        for a, b in rows:
            c.drawString(72, y, a)
            c.drawString(330, y, ":")
            c.drawString(350, y, b)
            y -= 15
        y -= 10
    elif court.style == "ny":
        c.setFont("Times-Bold", 10.5)
        for ln in court.lines:
            c.drawString(72, y, ln)
            y -= 13
        top = y
        c.setFont("Times-Roman", 10.5)
        c.line(72, y, 330, y)
        y -= 15
        c.drawString(80, y, court.plaintiff.upper() + ",")
        c.drawString(230, y - 13, "Plaintiff,")
        c.drawString(140, y - 30, "-against-")
        yy = y - 47
        for d in court.defendants:
            c.drawString(80, yy, d.upper() + ",")
            yy -= 13
        c.drawString(80, yy, "et al.,")
        c.drawString(230, yy - 13, "Defendants.")
        y = yy - 21
        c.line(72, y, 330, y)
        c.line(330, y, 330, top)
        c.drawString(345, top - 18, f"Index No. {court.number}")
        ty = top - 44
        c.setFont("Times-Bold", 11)
        for t in title:
            c.drawString(345, ty, t)
            ty -= 14
        y -= 16
    else:
        c.setFont("Times-Bold", 10.5)
        for ln in court.lines:
            c.drawCentredString(W / 2, y, ln)
            y -= 13
        y -= 8
        c.setFont("Times-Roman", 10.5)
        c.drawRightString(540, y, f"CASE NO. {court.number}")
        c.drawString(72, y, court.plaintiff.upper() + ",")
        c.drawString(110, y - 13, "Plaintiff,")
        c.drawString(72, y - 28, "v.")
        yy = y - 43
        for d in court.defendants:
            c.drawString(72, yy, d.upper() + ",")
            yy -= 13
        c.drawString(110, yy, "Defendants.")
        c.line(72, yy - 6, 300, yy - 6)
        y = yy - 26
    return y


def efile_header(court: Court, filed: dt.date, time: str) -> StampFn:
    def stamp(c: Canvas, i: int, n: int, size: tuple[float, float]) -> list[str]:
        text = f"{court.number}    E-FILED {mdy(filed)} {time}    Page {i + 1} of {n}"
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(Color(0.15, 0.15, 0.5))
        c.drawCentredString(size[0] / 2, size[1] - 14, text)
        c.restoreState()
        return [text]

    return stamp


def bates_stamp(prefix: str, start: int, footer: str | None = None) -> StampFn:
    """A Bates number at the bottom right and, if given, "<footer> - Page x of y" at the bottom centre."""

    def stamp(c: Canvas, i: int, n: int, size: tuple[float, float]) -> list[str]:
        out = [f"{prefix} {start + i:06d}"]
        c.saveState()
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(size[0] - 30, 22, out[0])
        if footer:
            out.append(f"{footer} - Page {i + 1} of {n}")
            c.setFont("Helvetica", 8)
            c.drawCentredString(size[0] / 2, 22, out[1])
        c.restoreState()
        return out

    return stamp


def fax_stamp(sender: str, number: str, when: dt.date, time: str) -> StampFn:
    def stamp(c: Canvas, i: int, n: int, size: tuple[float, float]) -> list[str]:
        text = f"{when.strftime('%b %d %Y').upper()} {time}   FROM: {sender}   {number}   P. {i + 1:02d}/{n:02d}"
        c.saveState()
        c.setFont("Courier", 8)
        c.drawString(30, size[1] - 12, text)
        c.restoreState()
        return [text]

    return stamp


def page_footer(label: str) -> StampFn:
    def stamp(c: Canvas, i: int, n: int, size: tuple[float, float]) -> list[str]:
        text = f"{label}  |  Page {i + 1} of {n}"
        c.saveState()
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawCentredString(size[0] / 2, 17, text)
        c.restoreState()
        return [text]

    return stamp


def exhibit_sticker(c: Canvas, label: str, who: str) -> None:
    """A pre-printed exhibit sticker stuck at the bottom right of the first page of an exhibit."""
    c.saveState()
    c.setFillColor(Color(1.0, 0.93, 0.55))
    c.setStrokeColor(Color(0.3, 0.3, 0.3))
    c.roundRect(470, 38, 96, 46, 5, stroke=1, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(518, 66, f"EXHIBIT {label}")
    c.setFont("Helvetica", 7)
    c.drawCentredString(518, 54, who)
    c.drawCentredString(518, 44, "Mediation")
    c.restoreState()


def stickered(paper: Paper, label: str, who: str) -> Paper:
    """The same paper with an exhibit sticker on its first page."""

    def first(c: Canvas, fn: PageFn = paper.pages[0]) -> list[Mark]:
        marks = fn(c)
        exhibit_sticker(c, label, who)
        return marks

    return Paper([first, *paper.pages[1:]], paper.size)


def exhibit_slip(label: str, note: str = "") -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 44)
        c.drawCentredString(W / 2, H / 2 + 10, f"EXHIBIT {label}")
        if note:
            c.setFont("Times-Roman", 12)
            c.drawCentredString(W / 2, H / 2 - 24, note)
        return []

    return Paper([page])


def ct_notice_of_filing(court: Court, filed: dt.date, exhibits: Sequence[tuple[str, str]], attorney: str,
                        juris: str, firm: Sequence[str]) -> Paper:
    """Defendants' notice of filing of financial documents for mediation, with a certification (two pages)."""

    def page1(c: Canvas) -> list[Mark]:
        y = caption(c, 720, court, filed)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, y - 6, "DEFENDANTS' NOTICE OF FILING OF FINANCIAL DOCUMENTS")
        c.drawCentredString(W / 2, y - 21, "FOR THE FORECLOSURE MEDIATION PROGRAM")
        y = paragraphs(c, 72, y - 50, W - 144, [
            "Pursuant to the Foreclosure Mediation Program, the defendants, through counsel, hereby file the "
            "following documents for the mediation session scheduled before the program mediator, and have served "
            "copies on counsel for the plaintiff and on the plaintiff's servicer:"], size=11.5, leading=16)
        for lab, desc in exhibits:
            c.setFont("Times-Roman", 11.5)
            c.drawString(100, y, f"Exhibit {lab}")
            c.drawString(180, y, desc)
            y -= 17
        paragraphs(c, 72, y - 10, W - 144, [
            "The Homeowner's Uniform Financial Worksheet (JD-FM-7) precedes the exhibits. The defendants reserve "
            "the right to supplement these documents before the next session."], size=11.5, leading=16)
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11.5)
        y = 700
        c.drawString(330, y, "THE DEFENDANTS,")
        c.drawString(330, y - 30, f"By:  /s/ {attorney}")
        for i, ln in enumerate([attorney, *firm, f"Juris No. {juris}"]):
            c.drawString(352, y - 48 - 15 * i, ln)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 540, "CERTIFICATION")
        paragraphs(c, 72, 515, W - 144, [
            f"I certify that a copy of the foregoing was or will immediately be mailed or delivered electronically "
            f"or non-electronically on {long_date(filed)} to all counsel and self-represented parties of record and "
            f"that written consent for electronic delivery was received from all counsel and self-represented "
            f"parties receiving electronic delivery.",
            "Counsel for the plaintiff: Brennan & Falk LLP, 200 State Street, Hartford, CT 06103."],
            size=11.5, leading=16)
        c.drawString(330, 390, f"/s/ {attorney}")
        c.drawString(330, 375, f"{attorney}, Commissioner of the Superior Court")
        return []

    return Paper([page1, page2])


def program_cover(court: Court, loan: str, borrower: str, session: dt.date, submitted: dt.date,
                  checklist: Sequence[tuple[str, bool]], phone: str) -> Paper:
    """The mediation program's DOCUMENT SUBMISSION COVER SHEET with its document checklist."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.2, 0.2, 0.2))
        c.rect(50, 720, 512, 46, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, 748, court.program.upper())
        c.setFont("Helvetica", 8.5)
        c.drawString(60, 734, court.name)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 694, "DOCUMENT SUBMISSION COVER SHEET")
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(W / 2, 680, "Place this sheet on top of the homeowner's documents. One cover sheet per "
                                        "submission.")
        cells = [("Case number", court.number), ("Plaintiff / lender", court.plaintiff),
                 ("Homeowner (defendant)", borrower), ("Mortgage loan number", loan),
                 ("Mediation session", mdy(session)), ("Mediator", court.mediator),
                 ("Date submitted", mdy(submitted)), ("Program telephone", phone)]
        for i, (k, v) in enumerate(cells):
            x = 50 + (i % 2) * 256
            y = 640 - (i // 2) * 30
            c.setLineWidth(0.5)
            c.rect(x, y, 256, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, y + 21, k.upper())
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x + 8, y + 6, v)
        y = 500
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "HOMEOWNER DOCUMENT CHECKLIST")
        c.drawRightString(562, y, "ENCLOSED")
        c.line(50, y - 4, 562, y - 4)
        y -= 18
        c.setFont("Helvetica", 9)
        for item, enclosed in checklist:
            c.drawString(60, y, item)
            checkbox(c, 540, y - 1, enclosed, 9, "x")
            y -= 16
        paragraphs(c, 50, y - 12, 512, [
            "The program forwards every document to the plaintiff's servicer before the session. Checking a box "
            "does not mean the servicer has found the document complete."], font="Helvetica", size=8, leading=10)
        return []

    return Paper([page])


def transmittal_letter(office: tuple[str, str, Color], date: dt.date, to: Sequence[str], court: Court, loan: str,
                       client: str, enclosures: Sequence[str], attorney: str, seed: int,
                       via: str = "Via e-mail and first class mail") -> Paper:
    """A legal-aid attorney's transmittal letter listing the enclosures."""

    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *office, font="Times-Bold")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 664
        c.setFont("Times-Italic", 10)
        c.drawString(72, y, via)
        y -= 18
        c.setFont("Times-Roman", 11)
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 10
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re:  {court.plaintiff} v. {client}")
        c.drawString(100, y - 14, f"{'Index' if court.style == 'ny' else 'Docket'} No. {court.number}")
        c.drawString(100, y - 28, f"Loan No. {loan}  -  {court.program}")
        y = paragraphs(c, 72, y - 54, W - 144, [
            "Dear Sir or Madam:",
            f"This office represents {client} in the above foreclosure action. In preparation for the next "
            "mediation session, enclosed please find the following documents for your review:"])
        c.setFont("Times-Roman", 11)
        for i, e in enumerate(enclosures, 1):
            c.drawString(96, y, f"{i}.")
            c.drawString(114, y, e)
            y -= 15
        y = paragraphs(c, 72, y - 10, W - 144, [
            "Please let me know promptly, and in any event before the session, if anything further is needed to "
            "complete the review."])
        c.drawString(72, y - 2, "Very truly yours,")
        c.drawString(72, y - 50, attorney)
        c.drawString(72, y - 64, "Staff Attorney")
        c.setFont("Times-Roman", 9)
        c.drawString(72, y - 90, f"cc: {client} (w/o encl.); {court.mediator}, Mediator")
        return [Mark("sig", 72, y - 38, w=130, seed=seed)]

    return Paper([page])


def session_report(court: Court, loan: str, borrower: str, held: dt.date, next_on: dt.date,
                   appearances: Sequence[str], owed: Sequence[str], notes: str, seed: int) -> Paper:
    """The mediator's report of a session, listing the documents the homeowner still owed at that session."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(60, 748, court.program.upper())
        c.setFont("Helvetica", 8)
        c.drawString(60, 737, court.name)
        c.setFont("Helvetica-Bold", 15)
        c.drawRightString(552, 744, "MEDIATOR'S REPORT")
        c.setFont("Helvetica", 8)
        c.drawRightString(552, 733, "Report of mediation session (form FMP-12)")
        c.setLineWidth(1)
        c.line(60, 726, 552, 726)
        rows = [("Case", f"{court.plaintiff} v. {borrower}"), ("Case number", court.number),
                ("Mortgage loan no.", loan), ("Session held", mdy(held)), ("Mediator", court.mediator),
                ("Next session", mdy(next_on))]
        y = 706
        for k, v in rows:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(60, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(170, y, v)
            y -= 14
        y -= 8
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, "1. Appearances")
        y -= 14
        c.setFont("Helvetica", 9)
        for a in appearances:
            c.drawString(76, y, "- " + a)
            y -= 12
        y -= 8
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, "2. Documents the homeowner still owes the servicer (as of this session)")
        y -= 14
        c.setFont("Helvetica", 9)
        for o in owed:
            checkbox(c, 76, y - 1, False, 8)
            c.drawString(90, y, o)
            y -= 13
        y -= 8
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, "3. Status and notes")
        y = paragraphs(c, 76, y - 14, 470, [notes], font="Helvetica", size=9, leading=11.5)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y - 6, "4. The parties are directed to exchange the documents above no later than "
                                f"{mdy(add_days(next_on, -14))}.")
        c.line(330, y - 60, 540, y - 60)
        c.setFont("Helvetica", 8)
        c.drawString(330, y - 70, f"{court.mediator}, Mediator")
        c.drawString(330, y - 80, "Dated " + mdy(held))
        return [Mark("sig", 336, y - 58, w=140, seed=seed)]

    return Paper([page])


# --- applications ---------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area (only the last four are ever printed)
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
    income: dict[str, float]  # monthly amounts by income code
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    seed: int = 1
    paid: dict[str, tuple[str, float]] = field(default_factory=dict)  # code -> (W/B/S/M, gross each payment)

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    def each(self, code: str) -> tuple[str, float]:
        return self.paid.get(code, ("M", self.income.get(code, 0.0)))

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs, "signed_on": self.signed_on.isoformat(),
                "co_borrower_signed": None if self.co is None else self.co_signs}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    """The real Form 710 (April 2023) with its AcroForm fields filled."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_2": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "1,240.00"}
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


def form710_marks(app: App, ink: bool) -> list[Mark]:
    marks = [Mark("sig", 150, 348, w=200, seed=app.seed)] if app.b_signs else []
    if ink:
        marks.append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks.append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        if ink:
            marks.append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return marks


def form710_part(app: App, ink: bool) -> Part:
    """The real Form 710 typed through its AcroForm: signed on screen with the dates typed into their fields, or
    printed with the dates left for the pen (signed and dated in ink)."""
    pdf = fixed_pypdf_bytes(form710_filled(app, type_dates=not ink), f"cj710{app.loan}")
    return Part(app_doc(), pdf=pdf, marks=[[], [], [], form710_marks(app, ink)])


FM7_REASONS = ("Loss of employment", "Decrease in earnings (hours, pay, overtime)",
               "Increased housing costs (taxes, insurance, assessments)", "Disaster affecting the home or workplace",
               "Medical condition or disability (homeowner or dependent)", "Divorce or legal separation",
               "Break-up of unmarried co-owners", "Death of a homeowner or wage earner",
               "Job relocation to a distant place", "Other (explain at Q20)")
FM7_INCOME = ("Wages, salary, overtime, tips, commissions, bonus", "Self-employment (business income)",
              "Unemployment compensation", "Social Security, pension, disability - taxable",
              "Social Security, SSI, disability - non-taxable", "Rents received (less expenses except mortgage)",
              "Investment or insurance income", "Alimony, child support, other income")
FM7_EXPENSES = ("First mortgage payment", "Second mortgage / home equity", "Real estate taxes (if not escrowed)",
                "Homeowner's insurance (if not escrowed)", "HOA / condominium fees", "Utilities (heat, electric, "
                "water, phone)", "Car payments and insurance", "Food, medical, child care, other")


def jdfm7(app: App, court: Court, ink: bool, expenses: Sequence[float], return_date: dt.date) -> Paper:
    """The Connecticut program's HOMEOWNER'S UNIFORM FINANCIAL WORKSHEET (JD-FM-7): three pages of numbered
    questions Q1..Q44, comb boxes for numbers and dates, filled squares for choices, income by payment and by month."""

    def head(c: Canvas, n: int) -> None:
        c.setFont("Helvetica", 7)
        c.drawString(50, 760, "JD-FM-7  Rev. 1-42")
        c.drawString(50, 751, "C.G.S. 49-31k et seq.")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 734, "HOMEOWNER'S UNIFORM FINANCIAL WORKSHEET")
        c.setFont("Helvetica-Bold", 8.5)
        for i, t in enumerate(("STATE OF CONNECTICUT", "SUPERIOR COURT", "FORECLOSURE MEDIATION PROGRAM")):
            c.drawRightString(562, 760 - 10 * i, t)
        c.setLineWidth(1.4)
        c.line(50, 726, 562, 726)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 30, f"JD-FM-7  Rev. 1-42        Page {n} of 3")

    def part(c: Canvas, y: float, title: str) -> float:
        c.setFillGray(0.15)
        c.rect(50, y - 3, 512, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(55, y + 1, title)
        c.setFillColor(black)
        return y - 22

    def q(c: Canvas, x: float, y: float, num: int, label: str) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x, y, f"Q{num}")
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 18, y, label)
        return x + 22 + stringWidth(label, "Helvetica", 7.5)

    def line_answer(c: Canvas, x: float, y: float, w: float, text: str) -> None:
        c.setLineWidth(0.4)
        c.line(x, y - 3, x + w, y - 3)
        c.setFont("Courier", 10)
        c.drawString(x + 3, y, text)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        paragraphs(c, 50, 712, 512, [
            "Give this worksheet, with the documents listed on the program's checklist, to the mediator and to the "
            "lender's servicer at least 15 days before your first mediation session. Type or print in ink, one "
            "character in each box. Amounts are in dollars and cents."], font="Helvetica", size=8, leading=10)
        y = part(c, 676, "PART I - THE CASE")
        q(c, 55, y, 1, "Docket number")
        line_answer(c, 150, y, 150, court.number)
        q(c, 320, y, 2, "Return date")
        line_answer(c, 400, y, 100, mdy(return_date))
        y -= 24
        q(c, 55, y, 3, "Plaintiff (lender)")
        line_answer(c, 150, y, 400, court.plaintiff)
        y -= 26
        q(c, 55, y, 4, "Mortgage loan / account number")
        comb(c, 200, y - 4, app.loan, len(app.loan) + 2)
        y = part(c, y - 26, "PART II - HOMEOWNERS")
        people = [(app.borrower, app.ssn, app.phone, app.email), (app.co or "", app.co_ssn or "", "", "")]
        for k, (nm, ssn, ph, em) in enumerate(people):
            n0 = 5 + 4 * k
            c.setLineWidth(0.6)
            c.rect(50, y - 62, 512, 74, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(56, y + 2, "HOMEOWNER 1" if k == 0 else
                         "HOMEOWNER 2  (only if another person signed the note or mortgage)")
            y -= 18
            q(c, 56, y, n0, "Full name")
            line_answer(c, 140, y, 250, nm)
            q(c, 400, y, n0 + 1, "SSN - last 4")
            comb(c, 490, y - 4, ssn[-4:] if ssn else "", 4)
            y -= 24
            q(c, 56, y, n0 + 2, "Daytime telephone")
            line_answer(c, 140, y, 140, ph)
            q(c, 300, y, n0 + 3, "E-mail")
            line_answer(c, 350, y, 200, em)
            y -= 40
        y = part(c, y + 6, "PART III - THE MORTGAGED PROPERTY")
        q(c, 55, y, 13, "Street address")
        line_answer(c, 150, y, 400, app.street)
        y -= 24
        q(c, 55, y, 14, "Town")
        line_answer(c, 150, y, 170, app.city)
        q(c, 330, y, 15, "State")
        line_answer(c, 380, y, 40, app.state)
        q(c, 430, y, 16, "ZIP")
        comb(c, 480, y - 4, app.zip, 5)
        y -= 26
        q(c, 55, y, 17, "How is the property used? Fill in ONE square.")
        y -= 15
        opts = ("Homeowner's primary residence", "Second or vacation home", "Rental / investment property")
        for i, o in enumerate(opts):
            checkbox(c, 75 + i * 165, y - 1, app.occupancy == OCCUPANCIES[i], 8, "fill")
            c.setFont("Helvetica", 8)
            c.drawString(87 + i * 165, y, o)
        y -= 22
        q(c, 55, y, 18, "Is the property listed for sale?")
        checkbox(c, 230, y - 1, False, 8, "fill")
        c.drawString(242, y, "Yes")
        checkbox(c, 270, y - 1, True, 8, "fill")
        c.drawString(282, y, "No")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica", 8)
        c.drawString(50, 712, f"Docket number  {court.number}")
        c.drawString(300, 712, f"Loan number  {app.loan}")
        y = part(c, 690, "PART IV - HARDSHIP")
        q(c, 55, y, 19, "What caused you to fall behind? Fill in EVERY square that applies.")
        y -= 16
        for i, r in enumerate(FM7_REASONS):
            col, row = divmod(i, 5)
            yy = y - row * 14
            checkbox(c, 75 + col * 250, yy - 1, HARDSHIPS[i] in app.hardships, 8, "fill")
            c.setFont("Helvetica", 8)
            c.drawString(87 + col * 250, yy, r)
        y -= 78
        q(c, 55, y, 20, "If Other, explain")
        line_answer(c, 150, y, 400, app.other_text)
        y -= 26
        q(c, 55, y, 21, "The hardship began on")
        c.setFont("Helvetica", 6.5)
        c.drawString(160, y + 12, "MM")
        c.drawString(198, y + 12, "DD")
        c.drawString(236, y + 12, "YYYY")
        comb(c, 160, y - 4, app.start.strftime("%m"), 2)
        comb(c, 198, y - 4, app.start.strftime("%d"), 2)
        comb(c, 236, y - 4, app.start.strftime("%Y"), 4)
        y -= 24
        q(c, 55, y, 22, "It is expected to last")
        for i, (code, o) in enumerate((("short", "6 months or less"), ("long", "more than 6 months"),
                                       ("resolved", "it has ended"))):
            checkbox(c, 160 + i * 120, y - 1, app.duration == code, 8, "fill")
            c.setFont("Helvetica", 8)
            c.drawString(172 + i * 120, y, o)
        y = part(c, y - 22, "PART V - MONTHLY HOUSEHOLD INCOME  (gross, before taxes and deductions; all homeowners)")
        c.setFont("Helvetica-Bold", 7)
        c.drawString(55, y, "Q")
        c.drawString(80, y, "SOURCE")
        c.drawCentredString(338, y + 7, "HOW OFTEN")
        c.drawCentredString(338, y, "W / B / S / M")
        c.drawCentredString(428, y + 7, "GROSS EACH")
        c.drawCentredString(428, y, "PAYMENT $")
        c.drawCentredString(515, y + 7, "GROSS PER")
        c.drawCentredString(515, y, "MONTH $")
        y -= 8
        rows = [(23 + i, label, code) for i, (code, label) in enumerate(zip(INCOMES, FM7_INCOME, strict=True))]
        for num, label, code in rows:
            c.setLineWidth(0.4)
            c.rect(50, y - 16, 512, 16, stroke=1, fill=0)
            for x in (305, 370, 468):
                c.line(x, y - 16, x, y)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(55, y - 11, f"Q{num}")
            c.setFont("Helvetica", 7.8)
            c.drawString(80, y - 11, label)
            amt = app.income.get(code, 0.0)
            if amt > 0:
                freq, each = app.each(code)
                c.setFont("Courier", 9.5)
                c.drawCentredString(338, y - 11, freq)
                c.drawRightString(462, y - 11, money(each))
                c.drawRightString(556, y - 11, money(amt))
            y -= 16
        c.setLineWidth(0.9)
        c.rect(50, y - 18, 512, 18, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(55, y - 12, "Q31")
        c.drawString(80, y - 12, "TOTAL GROSS MONTHLY HOUSEHOLD INCOME (add Q23 through Q30, last column)")
        c.setFont("Courier-Bold", 10)
        c.drawRightString(556, y - 12, money(app.total))
        c.setFont("Helvetica", 7)
        c.drawString(55, y - 32, "W = weekly   B = every two weeks   S = twice a month   M = monthly.   "
                                 "Attach proof of each source (see checklist).")
        return []

    def page3(c: Canvas) -> list[Mark]:
        head(c, 3)
        c.setFont("Helvetica", 8)
        c.drawString(50, 712, f"Docket number  {court.number}")
        c.drawString(300, 712, f"Loan number  {app.loan}")
        y = part(c, 690, "PART VI - MONTHLY HOUSEHOLD EXPENSES")
        for i, (label, amt) in enumerate(zip(FM7_EXPENSES, expenses, strict=True)):
            q(c, 55, y, 32 + i, label)
            c.setFont("Courier", 9.5)
            c.drawRightString(556, y, money(amt) if amt else "")
            c.setLineWidth(0.3)
            c.line(470, y - 3, 560, y - 3)
            y -= 15
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(55, y, "Q40  TOTAL MONTHLY EXPENSES")
        c.setFont("Courier-Bold", 9.5)
        c.drawRightString(556, y, money(r2(sum(expenses))))
        y = part(c, y - 22, "PART VII - CERTIFICATION")
        y = paragraphs(c, 55, y, 500, [
            "I certify that the information in this worksheet is true and complete. I understand that the lender "
            "will rely on it to review me for a loan modification or other alternative to foreclosure, and that "
            "the mediator may share it with the lender and its attorney. I authorize the lender to obtain a credit "
            "report."], font="Helvetica", size=8.5, leading=11)
        marks: list[Mark] = []
        y -= 30
        people = [(app.borrower, 1, app.b_signs), (app.co or "", 2, bool(app.co) and app.co_signs)]
        for k, (nm, n, signs) in enumerate(people):
            c.setLineWidth(0.6)
            c.line(55, y, 330, y)
            c.rect(380, y - 2, 120, 20, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(55, y - 10, f"Q{41 + 2 * k}  Signature of homeowner {n}")
            c.drawString(380, y - 12, f"Q{42 + 2 * k}  Date signed (mm/dd/yyyy)")
            c.setFont("Helvetica", 7)
            c.drawString(200, y - 10, f"Print name: {nm}")
            if signs:
                marks.append(Mark("sig", 70, y + 2, w=170, seed=app.seed + k))
                if ink:
                    marks.append(Mark("hand", 386, y + 4, mdy(app.signed_on), size=12, seed=app.seed + 7 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(386, y + 5, mdy(app.signed_on))
            y -= 58
        c.setDash(3, 2)
        c.rect(50, y - 50, 512, 56, stroke=1, fill=0)
        c.setDash()
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(56, y - 6, "FOR PROGRAM USE ONLY")
        c.setFont("Helvetica", 7.5)
        c.drawString(56, y - 22, "Received by mediator on ____________    Mediator's initials ______    "
                                 "Forwarded to servicer on ____________")
        c.drawString(56, y - 38, "Session no. ____     Continued to ____________")
        return marks

    return Paper([page1, page2, page3])


def flow(c: Canvas, x0: float, y: float, width: float, segs: Sequence[Any], size: float = 10.5,
         leading: float = 19.0, font: str = "Times-Roman") -> float:
    """Running text with answer blanks ("blank", width, typed answer) and boxes ("box", checked) inside it."""
    x = x0
    space = stringWidth(" ", font, size)

    def room(w: float) -> None:
        nonlocal x, y
        if x + w > x0 + width and x > x0:
            x = x0
            y -= leading

    for k, seg in enumerate(segs):
        if isinstance(seg, str):
            for word in seg.split():
                w = stringWidth(word, font, size)
                room(w)
                c.setFont(font, size)
                c.drawString(x, y, word)
                x += w + space
        elif seg[0] == "blank":
            _, w, answer = seg
            w = max(w, stringWidth(answer, "Courier-Bold", 10) + 8)
            room(w)
            c.setLineWidth(0.5)
            c.line(x, y - 2, x + w, y - 2)
            c.setFont("Courier-Bold", 10)
            c.drawString(x + 4, y + 1, answer)
            x += w + space
        else:
            nxt = segs[k + 1] if k + 1 < len(segs) else ""
            first_word = nxt.split()[0] if isinstance(nxt, str) and nxt.split() else ""
            room(14 + space + stringWidth(first_word, font, size))  # a box stays on the line of its label
            c.setFont(font, size)
            c.drawString(x, y, "[")
            if seg[1]:
                c.setFont("Courier-Bold", 10)
                c.drawString(x + 3.2, y, "X")
            c.setFont(font, size)
            c.drawString(x + 10, y, "]")
            x += 14 + space
    return y - leading


RFSC_REASONS = ("the loss of my job or of a household member's job", "a reduction in my pay, hours or overtime",
                "an increase in my taxes, insurance or other housing costs", "a fire, flood or other disaster",
                "a serious illness or disability in my household", "my divorce or legal separation",
                "a separation from a co-owner to whom I am not married", "the death of an owner or wage earner",
                "a job transfer or relocation far from home", "another reason, namely")
RFSC_INCOME = ("Wages, salary, overtime, tips and bonuses", "Net income from self-employment",
               "Unemployment insurance benefits", "Taxable Social Security, pension or disability benefits",
               "Non-taxable Social Security (SSI) or disability benefits", "Rent received, less expenses",
               "Investment and insurance income", "Child support, alimony and other income")
RFSC_EXPENSES = ("Mortgage (as last billed, with escrow)", "Utilities and telephone", "Food and household",
                 "Transportation", "Medical and insurance", "Other debts")


def rfsc4(app: App, court: Court, ink: bool, expenses: Sequence[float], savings: float,
          notary: tuple[str, str, dt.date]) -> Paper:
    """The New York settlement-conference part's HOMEOWNER'S AFFIDAVIT OF FINANCIAL CIRCUMSTANCES (RFSC-4): a
    court caption, sworn numbered paragraphs with the answers typed on blanks inside the sentences, a Schedule A of
    income and a Schedule B of expenses, signatures with a date and a notary's jurat for each homeowner."""

    def foot(c: Canvas, n: int) -> None:
        c.setFont("Times-Italic", 8)
        c.drawString(72, 34, "UCS RFSC-4 (1/2042)  Homeowner's Affidavit of Financial Circumstances")
        c.drawRightString(540, 34, f"{n}")

    def dotted(c: Canvas, y: float, letter_: str, label: str, amount: float, bold: bool = False) -> None:
        font = "Times-Bold" if bold else "Times-Roman"
        c.setFont(font, 10.5)
        c.drawString(96, y, f"{letter_}" if letter_ else "")
        c.drawString(114, y, label)
        lx = 114 + stringWidth(label, font, 10.5) + 4
        c.setFont("Times-Roman", 10.5)
        dots = ""
        while stringWidth(dots + " .", "Times-Roman", 10.5) < 430 - lx:
            dots += " ."
        c.drawString(lx, y, dots)
        c.drawString(446, y, "$")
        c.setFont("Courier-Bold", 10)
        c.drawRightString(536, y, money(amount) if amount else "-0-")

    def page1(c: Canvas) -> list[Mark]:
        y = caption(c, 742, court, title=["HOMEOWNER'S AFFIDAVIT OF", "FINANCIAL CIRCUMSTANCES",
                                          "(Uniform Form RFSC-4)"])
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, y, "STATE OF NEW YORK")
        c.drawString(230, y, ")")
        c.drawString(230, y - 11, ")  ss.:")
        c.drawString(72, y - 22, f"COUNTY OF {court.county.upper()}")
        c.drawString(230, y - 22, ")")
        y -= 42
        c.drawString(72, y, "The undersigned homeowner(s), being duly sworn, depose(s) and say(s):")
        y -= 22
        w = W - 144
        y = flow(c, 72, y, w, [
            "1. I am a defendant in this action and an owner of the mortgaged premises. My full name is",
            ("blank", 160, app.borrower), "and the last four digits of my Social Security number are",
            ("blank", 44, app.ssn[-4:]), "."])
        y = flow(c, 72, y - 4, w, [
            "2. The other owner who signed the note or mortgage and joins in this affidavit is",
            ("blank", 150, app.co or "NONE"), ", whose Social Security number ends in",
            ("blank", 44, (app.co_ssn or "")[-4:]), "(write NONE if there is no other owner)."])
        y = flow(c, 72, y - 4, w, [
            "3. The mortgage that plaintiff seeks to foreclose is serviced under loan number",
            ("blank", 110, app.loan), "."])
        y = flow(c, 72, y - 4, w, [
            "4. The mortgaged premises are known as", ("blank", 170, app.street), ", in the city or town of",
            ("blank", 100, app.city), ", State", ("blank", 30, app.state), ", ZIP code", ("blank", 50, app.zip),
            "."])
        y = flow(c, 72, y - 4, w, [
            "5. The premises are", ("box", app.occupancy == "primary_residence"), "my primary residence, where I live;",
            ("box", app.occupancy == "second_home"), "a second or vacation home;",
            ("box", app.occupancy == "investment_property"), "rented to others or held as an investment."])
        segs: list[Any] = ["6. I fell behind in my mortgage payments because of (mark each that applies):"]
        for i, reason in enumerate(RFSC_REASONS):
            segs += [("box", HARDSHIPS[i] in app.hardships), reason + (";" if i < 9 else "")]
        segs += [("blank", 150, app.other_text or ""), "."]
        y = flow(c, 72, y - 4, w, segs)
        flow(c, 72, y - 4, w, [
            "7. These circumstances began on or about", ("blank", 84, mdy(app.start)),
            "(month/day/year), and I believe they are", ("box", app.duration == "short"),
            "temporary (six months or less)", ("box", app.duration == "long"), "long-term or permanent",
            ("box", app.duration == "resolved"), "now resolved."])
        foot(c, 1)
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 9.5)
        c.drawRightString(540, 748, f"Index No. {court.number}")
        y = flow(c, 72, 720, W - 144, [
            "8. My household's gross monthly income, before taxes, from every source, is set out in Schedule A "
            "below. Proof of each source is annexed."])
        c.setFont("Times-Bold", 11)
        c.drawCentredString(W / 2, y - 4, "SCHEDULE A - GROSS MONTHLY HOUSEHOLD INCOME")
        y -= 26
        for i, (code, label) in enumerate(zip(INCOMES, RFSC_INCOME, strict=True)):
            dotted(c, y, f"{'abcdefgh'[i]}.", label, app.income.get(code, 0.0))
            y -= 17
        c.line(446, y + 11, 540, y + 11)
        dotted(c, y - 2, "", "TOTAL GROSS MONTHLY INCOME", app.total, bold=True)
        y -= 34
        y = flow(c, 72, y, W - 144, ["9. My household's necessary monthly expenses are set out in Schedule B."])
        c.setFont("Times-Bold", 11)
        c.drawCentredString(W / 2, y - 4, "SCHEDULE B - MONTHLY HOUSEHOLD EXPENSES")
        y -= 26
        for i, (label, amt) in enumerate(zip(RFSC_EXPENSES, expenses, strict=True)):
            dotted(c, y, f"{'abcdef'[i]}.", label, amt)
            y -= 17
        c.line(446, y + 11, 540, y + 11)
        dotted(c, y - 2, "", "TOTAL MONTHLY EXPENSES", r2(sum(expenses)), bold=True)
        y -= 34
        flow(c, 72, y, W - 144, ["10. The household has", ("blank", 80, money(savings)),
                                 "in checking and savings accounts, and no other liquid assets."])
        foot(c, 2)
        return []

    def page3(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 9.5)
        c.drawRightString(540, 748, f"Index No. {court.number}")
        y = paragraphs(c, 72, 720, W - 144, [
            "11. I make this affidavit in support of my request that plaintiff review me for a loan modification or "
            "other alternative to foreclosure at the settlement conference. I understand that plaintiff will rely on "
            "it, and that a false statement may subject me to penalties under the law."], size=10.5, leading=14)
        marks: list[Mark] = []
        people = [(app.borrower, "Homeowner", app.b_signs, 0)]
        if app.co:
            people.append((app.co, "Co-homeowner", app.co_signs, 1))
        y -= 16
        for nm, role, signs, k in people:
            c.setLineWidth(0.5)
            c.line(72, y, 290, y)
            c.setFont("Times-Roman", 10)
            c.drawString(72, y - 12, f"{nm}, {role}")
            c.drawString(330, y + 2, "Dated:")
            c.line(366, y, 500, y)
            if signs:
                marks.append(Mark("sig", 80, y + 2, w=160, seed=app.seed + k))
                if ink:
                    marks.append(Mark("hand", 372, y + 3, mdy(app.signed_on), size=12, seed=app.seed + 7 + k))
                else:
                    c.setFont("Courier-Bold", 10)
                    c.drawString(372, y + 3, mdy(app.signed_on))
            y -= 36
            if signs:
                marks += notary_block(c, 72, y, "New York", court.county, app.signed_on, notary[0], notary[1],
                                      notary[2], app.seed + 20 + k)
            else:
                c.setFont("Times-Roman", 10.5)
                c.drawString(72, y, "Sworn to before me this ______ day of ______________, 20____")
                c.line(72, y - 46, 272, y - 46)
                c.setFont("Times-Roman", 9)
                c.drawString(72, y - 56, "Notary Public")
            y -= 100
        foot(c, 3)
        return marks

    return Paper([page1, page2, page3])


def form4506c_screen(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                     client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int) -> bytes:
    """Page 1 of the real IRS Form 4506-C, typed over and signed on screen (its fields flattened into the page)."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Tidewater Income Verification LLC"),
           (312, 506, "TIV-40913"), (420, 506, "TIDEWTR1"), (27, 484, "88 Harbor Point Road"),
           (312, 484, "Norfolk"), (420, 484, "VA"), (474, 484, "23510"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (344, 168, mdy(signed_on)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    draw_signature_vector(c, Mark("sig", 80, 166, w=200, seed=seed))
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, "cj4506c")


# --- packets --------------------------------------------------------------------------------------------------


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
class Part:
    """One paper inside a file: the document it is (None for an exhibit slip sheet, which is not listed), drawn
    from a Paper or given as a ready PDF with the pen's marks per page."""

    doc: Doc | None
    paper: Paper | None = None
    pdf: bytes | None = None
    marks: list[list[Mark]] = field(default_factory=list)
    scan: Scan | None = None  # in a born-digital file: this paper went through a scanner first
    seed: int = 0
    synth: bool = True  # a ready PDF still needs the "synthetic test document" line on each page


def part_pdf(part: Part, screen: bool) -> tuple[bytes, list[list[Mark]]]:
    if part.paper is not None:
        return paper_pages_pdf(part.paper, screen_marks=screen)
    assert part.pdf is not None
    if not screen or not any(part.marks):
        return part.pdf, part.marks
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(part.pdf)))
    for i, page in enumerate(writer.pages):
        if i < len(part.marks) and part.marks[i]:
            buf = io.BytesIO()
            c = Canvas(buf, pagesize=(float(page.mediabox.width), float(page.mediabox.height)), invariant=1)
            apply_screen_marks(c, part.marks[i])
            c.showPage()
            c.save()
            page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    return fixed_pypdf_bytes(writer, "cjmarks"), part.marks


def overlay(pdf: bytes, stamp: StampFn | None, first: int, total: int, synth: bool) -> tuple[bytes, list[list[str]]]:
    """Stamp each page of a PDF (text over the page, as e-filing and Bates software do); returns the new PDF and the
    strings stamped on each page."""
    reader = PdfReader(io.BytesIO(pdf))
    if stamp is None and not synth:
        return pdf, [[] for _ in reader.pages]
    writer = PdfWriter(clone_from=reader)
    texts: list[list[str]] = []
    for i, page in enumerate(writer.pages):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=size, invariant=1)
        texts.append(stamp(c, first + i, total, size) if stamp else [])
        if synth:
            synth_line(c, size)
        c.showPage()
        c.save()
        page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    return fixed_pypdf_bytes(writer, f"cjstamp{first}"), texts


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App | None
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    unlisted: dict[tuple[str, int], str] = field(default_factory=dict)
    stamped: dict[tuple[str, int], list[str]] = field(default_factory=dict)

    def _place(self, rel: str, parts: Sequence[Part], counts: Sequence[int], scanned: Sequence[bool]) -> None:
        page = 1
        for part, n, sc in zip(parts, counts, scanned, strict=True):
            if part.doc is None:
                for i in range(n):
                    self.unlisted[(rel, page + i)] = "exhibit slip sheet"
            else:
                part.doc.pages = [(rel, page + i) for i in range(n)]
                part.doc.scanned = sc
                self.docs.append(part.doc)
            page += n

    def digital(self, rel: str, parts: Sequence[Part], stamp: StampFn | None = None) -> None:
        """A born-digital file (e-filed, e-mailed, assembled by software); a part with .scan set is a scanned
        paper embedded as image pages. Stamps are text drawn over every page."""
        pdfs: list[bytes] = []
        for part in parts:
            if part.scan is not None:
                pdf, marks = part_pdf(part, screen=False)
                if part.paper is None and part.synth:
                    pdf, _ = overlay(pdf, None, 0, 0, synth=True)
                pdfs.append(scans_pdf(scan_sheets(pdf, marks, part.scan, part.seed), part.scan))
            else:
                pdf, _ = part_pdf(part, screen=True)
                if part.paper is None and part.synth:
                    pdf, _ = overlay(pdf, None, 0, 0, synth=True)
                pdfs.append(pdf)
        counts = [page_count(p) for p in pdfs]
        if len(pdfs) == 1:
            data = pdfs[0]
        else:
            writer = PdfWriter()
            for p in pdfs:
                writer.append(PdfReader(io.BytesIO(p)))
            data = fixed_pypdf_bytes(writer, f"cj{self.name}join")
        if stamp is not None:
            data, texts = overlay(data, stamp, 0, sum(counts), synth=False)
            for i, t in enumerate(texts):
                self.stamped[(rel, i + 1)] = t
        self.files[rel] = data
        self._place(rel, parts, counts, [p.scan is not None for p in parts])

    def scanned(self, rel: str, parts: Sequence[Part], style: Scan, seed: int, stamp: StampFn | None = None) -> None:
        """One scan (or fax) of paper copies; any stamp was printed on the paper before it was scanned."""
        prepared = []
        for part in parts:
            pdf, marks = part_pdf(part, screen=False)
            prepared.append((pdf, marks, part.paper is None and part.synth))
        counts = [page_count(p) for p, _, _ in prepared]
        total = sum(counts)
        sheets: list[ScannedPage] = []
        first = 0
        for k, ((pdf, marks, ready), n) in enumerate(zip(prepared, counts, strict=True)):
            stamped, _ = overlay(pdf, stamp, first, total, synth=ready)
            sheets += scan_sheets(stamped, marks, style, seed * 100 + k)
            first += n
        self.files[rel] = scans_pdf(sheets, style)
        self._place(rel, parts, counts, [True] * len(parts))


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


def f4506c_doc(on: dt.date) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not app.b_signs or (app.co and not app.co_signs):
        out.append("application_signature")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and a is not b and fresh(a.date) and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts)
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
    return {"loan_number": p.app.loan if p.app else None, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes,
            "application": p.app.expected() if p.app else None, "documents": docs}


WH_T = Withholding(0.11, 0.045, "CT income tax", (("ATU Local 1187 dues", 31.50),
                                                   ("Medical - employee + spouse", 88.40)))
WH_G = Withholding(0.08, 0.041, "NY state tax", (("NY SDI", 0.60), ("NY PFL", 4.12), ("Dental plan", 6.35)))
WH_N = Withholding(0.07, 0.0495, "IL state tax", (("Health plan", 54.10),))
WH_C = Withholding(0.09, 0.05, "CT income tax", (("Medical plan", 71.25), ("403(b)", 40.00)))


def offset(stamp: StampFn, first: int, total: int) -> StampFn:
    """A stamp numbered across several files: this file's pages start at first, out of total."""

    def s(c: Canvas, i: int, n: int, size: tuple[float, float]) -> list[str]:
        return stamp(c, first + i, total, size)

    return s


NOTARY_CT = ("Beverly A. Lindqvist", "218844", dt.date(2045, 6, 30))
NOTARY_NY = ("Arturo M. Delgado", "01DE6391174", dt.date(2044, 11, 19))
NOTARY_NY2 = ("Shanice R. Whitaker", "01WH6408812", dt.date(2045, 3, 2))
HARWICK_LA = ("HARWICK LEGAL AID SOCIETY", "Foreclosure Defense Unit  -  12 Court Street, Harwick, CT 06492  -  "
              "(860) 555-0102", Color(0.2, 0.2, 0.45))
BRISTOW_LA = ("BRISTOW LEGAL AID", "Housing and Foreclosure Project  -  300 Main Street, Bristow, CT 06010  -  "
              "(860) 555-0108", Color(0.3, 0.15, 0.15))
ONDAGA_LS = ("ONDAGA COUNTY LEGAL SERVICES", "Foreclosure Prevention Project  -  9 Genesee Plaza, Ondaga, NY 13202"
             "  -  (315) 555-0163", Color(0.1, 0.3, 0.3))


def packet_cj1(seed: int) -> Packet:
    """Connecticut; the whole submission e-filed by legal aid as ONE born-digital PDF under the docket number."""
    received = dt.date(2042, 5, 13)
    filed = dt.date(2042, 5, 12)
    court = Court("ct", "HHD-CV42-6047731-S", "Harborview Savings Bank", ["Daniel R. Okonkwo", "Grace A. Okonkwo"],
                  ["J.D. OF HARWICK", "AT HARWICK"], "Harwick", "Foreclosure Mediation Program",
                  "Attorney Lorraine B. Whitcomb")
    addr = ["77 Wintergreen Lane", "Harwick, CT 06492"]
    stubs = [transit_stub(f"cj1-{seed}", "Daniel R. Okonkwo", "40817", "Bus Operator", d, 31.42, WH_T)
             for d in (dt.date(2042, 4, 15), dt.date(2042, 4, 30))]
    pension = pension_letter("Grace A. Okonkwo", addr, dt.date(2042, 3, 20), 1386.40, dt.date(2039, 9, 1))
    app = App("3302719845", "Daniel R. Okonkwo", "957-22-4418", "77 Wintergreen Lane", "Harwick", "CT", "06492",
              "(860) 555-0134", "dokonkwo@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2041, 10, 4), "long", {"wages": stubs[-1].monthly, "benefits_taxable": 1386.40},
              dt.date(2042, 5, 8), co="Grace A. Okonkwo", co_ssn="957-61-0093", seed=seed + 11,
              paid={"wages": ("S", stubs[-1].fields["gross_current"])})
    p = Packet("cj1", received, app, [])
    on = dt.date(2042, 5, 8)
    aff = hardship_affidavit(app.borrower, app.co, addr, app.loan, on, "Connecticut", "Harwick", [
        "In October 2041 the Transit District cut the extra runs and weekend overtime I had worked for nine years. "
        "My pay has gone down by about $900 a month since then.",
        "My wife retired in 2039 on a town pension. With my lower pay we can no longer make the full mortgage "
        "payment, and we fell behind in December 2041.",
        "We want to keep our home and ask the bank to review us for a loan modification through the mediation "
        "program."], NOTARY_CT, seed + 100)
    notice = ct_notice_of_filing(court, filed, [("A", "Pay statements of Daniel R. Okonkwo (two)"),
                                                ("B", "Pension benefit verification - Grace A. Okonkwo"),
                                                ("C", "Affidavit of hardship")], "Priya N. Castellanos", "442017",
                                 ["Harwick Legal Aid Society", "12 Court Street", "Harwick, CT 06492",
                                  "(860) 555-0102"])
    parts = [Part(other_doc(), notice),
             Part(app_doc(), jdfm7(app, court, ink=False, expenses=[2212.35, 0, 0, 0, 0, 486.00, 612.40, 1150.00],
                                   return_date=dt.date(2042, 2, 18))),
             Part(None, exhibit_slip("A")), Part(stub_doc(stubs[0]), stubs[0].paper),
             Part(stub_doc(stubs[1]), stubs[1].paper), Part(None, exhibit_slip("B")),
             Part(letter_doc(pension), pension.paper), Part(None, exhibit_slip("C")),
             Part(hardship_doc(on), aff, scan=Scan(dpi=200, tilt=0.35, blur=0.5, noise=0.0005), seed=seed + 19)]
    p.digital(f"{court.number} Okonkwo - Notice of Filing (Mediation).pdf", parts,
              efile_header(court, filed, "10:41 AM"))
    return p


def packet_cj2(seed: int) -> Packet:
    """New York; legal aid's paper set, Bates-stamped, scanned whole at 300 dpi."""
    received = dt.date(2042, 6, 10)
    court = Court("ny", "004417/2041", "Hudson Crest Bank, N.A.", ["Maria L. Ferreira"],
                  ["SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF ONDAGA"], "Ondaga",
                  "Residential Foreclosure Settlement Conference Part", "Court Attorney-Referee Dennis K. Albright")
    addr = ["1419 Butternut Street", "Ondaga, NY 13204"]
    stub = grocer_stub(f"cj2-{seed}", "Maria L. Ferreira", "A-0772391", "Store #114 - Ondaga, NY",
                       dt.date(2042, 2, 20), 19.85, WH_G)
    rng = random.Random(seed * 1000 + 2)
    net = stub.fields["net_current"]
    credits = [(d, "FAIRWAY FRESH PAYROLL", r2(net * f)) for d, f in ((1, 0.62), (8, 0.58), (15, 0.6), (22, 0.64),
                                                                       (29, 0.6))]
    stmt = ondaga_statement(rng, "Maria L. Ferreira", addr, "7730418826", 2042, 5, 612.48, credits)
    app = App("0074418263", "Maria L. Ferreira", "991-40-7716", "1419 Butternut Street", "Ondaga", "NY", "13204",
              "(315) 555-0149", "mferreira@example.com", "primary_residence",
              ["reduction_in_income", "disability_or_illness"], dt.date(2042, 3, 6), "long",
              {"wages": 2460.00}, dt.date(2042, 6, 2), seed=seed + 21)
    p = Packet("cj2", received, app, ["income_doc:wages"])
    on = dt.date(2042, 6, 2)
    aff = hardship_affidavit(app.borrower, None, addr, app.loan, on, "New York", "Ondaga", [
        "On March 6, 2042 I injured my back lifting at work and was out for five weeks. Since I went back my "
        "doctor has limited me to light duty, and the store cut me from 40 hours a week to about 28.",
        "My income went down by almost a third while my medical bills went up. I fell behind on the mortgage in "
        "April 2042.", "I ask the plaintiff to review me for a loan modification."], NOTARY_NY, seed + 200)
    letter_ = transmittal_letter(ONDAGA_LS, dt.date(2042, 6, 9), [
        "Halvorsen Mortgage Servicing, LLC", "Attn: Loss Mitigation - Settlement Conferences", "PO Box 40219",
        "Albany, NY 12204"], court, app.loan, app.borrower, [
        "Homeowner's Affidavit of Financial Circumstances (RFSC-4), sworn June 2, 2042",
        "Exhibit A - Pay statement", "Exhibit B - Bank statement (May 2042)", "Exhibit C - Affidavit of hardship"],
        "Samuel T. Obi", seed + 201)
    parts = [Part(other_doc(), letter_),
             Part(app_doc(), rfsc4(app, court, ink=True, expenses=[1874.20, 402.00, 650.00, 260.00, 310.00, 145.00],
                                   savings=318.40, notary=NOTARY_NY)),
             Part(None, exhibit_slip("A")), Part(stub_doc(stub), stub.paper), Part(None, exhibit_slip("B")),
             Part(stmt_doc(stmt), stmt.paper), Part(None, exhibit_slip("C")), Part(hardship_doc(on), aff)]
    p.scanned("Ferreira submission 06-09-2042.pdf", parts, Scan(dpi=300, tilt=0.3, blur=0.6, noise=0.0004),
              seed + 2, bates_stamp("OCLS-FERREIRA", 101))
    return p


def packet_cj3(seed: int) -> Packet:
    """Florida; the program's cover sheet and the borrower's uploads in a folder named after the loan, each file
    footed by the program portal."""
    received = dt.date(2042, 7, 15)
    court = Court("fl", "2042-CA-001873", "Seagrape Mortgage Trust 2039-2", ["Yolanda C. Pruett"],
                  ["IN THE CIRCUIT COURT OF THE TWENTY-THIRD JUDICIAL CIRCUIT", "IN AND FOR CALUSA COUNTY, FLORIDA"],
                  "Calusa", "Residential Mortgage Foreclosure Mediation Program", "Harold J. Vance")
    addr = ["2208 Sabal Palm Drive", "Calusa, FL 34237"]
    rng = random.Random(seed * 1000 + 3)
    annuity = survivor_annuity_letter("Yolanda C. Pruett", addr, dt.date(2042, 6, 5), 1212.75, dt.date(2042, 3, 1),
                                      "Curtis W. Pruett")
    credits = [[(3, "DEPOSIT - PRUETT CLEANING SVC", 1180.00), (12, "SQUARE INC DEPOSIT", 942.60),
                (2, "GULF COAST PIPE TRADES ANNUITY", 1091.48), (24, "DEPOSIT - PRUETT CLEANING SVC", 1365.00)],
               [(2, "GULF COAST PIPE TRADES ANNUITY", 1091.48), (5, "DEPOSIT - PRUETT CLEANING SVC", 1240.00),
                (16, "SQUARE INC DEPOSIT", 1010.25), (26, "DEPOSIT - PRUETT CLEANING SVC", 1198.00)]]
    s1 = trico_statement(rng, "Yolanda C. Pruett dba Pruett Cleaning Service", addr, "6120558734", 2042, 5, 1406.22,
                         credits[0], MANGROVE)
    s2 = trico_statement(rng, "Yolanda C. Pruett dba Pruett Cleaning Service", addr, "6120558734", 2042, 6,
                         s1.fields["ending_balance"], credits[1], MANGROVE)
    died = dt.date(2042, 1, 19)
    cert = death_certificate("Curtis Wayne Pruett", died, 61, "Calusa", "Yolanda C. Pruett", dt.date(2042, 1, 27))
    app = App("5107732964", "Yolanda C. Pruett", "964-83-2051", "2208 Sabal Palm Drive", "Calusa", "FL", "34237",
              "(941) 555-0188", "ypruett.cleaning@example.com", "primary_residence", ["death"], died, "long",
              {"self_employment": 3450.00, "benefits_taxable": 1212.75}, dt.date(2042, 7, 8), seed=seed + 31)
    p = Packet("cj3", received, app, [])
    folder = app.loan
    label = f"{court.program} - Case {court.number}"
    cover = program_cover(court, app.loan, app.borrower, dt.date(2042, 7, 29), dt.date(2042, 7, 14), [
        ("Mortgage assistance application (Form 710), signed and dated", True),
        ("IRS Form 4506-C, signed", True), ("Two most recent bank statements", True),
        ("Proof of other income (award letters)", True), ("Hardship documentation", True),
        ("Most recent pay stubs", False), ("Most recent federal tax return", False)], "(941) 555-0100")
    files: list[tuple[str, Part]] = [
        ("01 Program cover sheet.pdf", Part(other_doc(), cover)),
        ("02 Form 710 - Pruett.pdf", form710_part(app, ink=False)),
        ("03 IRS 4506-C.pdf", Part(f4506c_doc(dt.date(2042, 7, 8)), pdf=form4506c_screen(
            "Yolanda", "C", "Pruett", "964-83-2051", "2208 Sabal Palm Drive", "Calusa", "FL", "34237",
            "Seagrape Mortgage Trust 2039-2 c/o Palmetto Loan Servicing", "(941) 555-0170", dt.date(2042, 7, 8),
            "(941) 555-0188", seed + 33), synth=False)),
        ("04 Bank statement May 2042.pdf", Part(stmt_doc(s1), s1.paper)),
        ("05 Bank statement June 2042.pdf", Part(stmt_doc(s2), s2.paper)),
        ("06 Survivor annuity letter.pdf", Part(letter_doc(annuity), annuity.paper)),
        ("07 Death certificate.pdf", Part(letter_doc(cert), cert.paper, scan=Scan(dpi=240, tilt=0.45, blur=0.55),
                                          seed=seed + 37))]
    for rel, part in files:
        p.digital(f"{folder}/{rel}", [part], page_footer(label))
    return p


def packet_cj4(seed: int) -> Packet:
    """New York; self-represented homeowners' set numbered by hand-off, scanned one paper per file at 240 dpi."""
    received = dt.date(2042, 8, 19)
    court = Court("ny", "008812/2041", "Clearwater Federal Savings", ["Tomasz J. Wierzbicki", "Halina M. Wierzbicki"],
                  ["SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF TAMARACK"], "Tamarack",
                  "Residential Foreclosure Settlement Conference Part", "Court Attorney-Referee Joan E. Halloran")
    addr = ["38 Kosciuszko Avenue", "Port Tamarack, NY 12901"]
    stubs = [grocer_stub(f"cj4-{seed}", "Tomasz J. Wierzbicki", "A-0415528", "Store #207 - Port Tamarack, NY", d,
                         22.40, WH_G) for d in (dt.date(2042, 8, 7), dt.date(2042, 8, 14))]
    ui = ui_determination("Halina M. Wierzbicki", addr, dt.date(2042, 6, 12), 504.00, dt.date(2042, 6, 1))
    app = App("2290471136", "Tomasz J. Wierzbicki", "978-05-3362", "38 Kosciuszko Avenue", "Port Tamarack", "NY",
              "12901", "(518) 555-0127", "tjwierzbicki@example.net", "primary_residence", ["unemployment"],
              dt.date(2042, 5, 29), "short", {"wages": stubs[-1].monthly, "unemployment": 2184.00},
              dt.date(2042, 8, 12), co="Halina M. Wierzbicki", co_ssn="978-44-1907", co_signs=False, seed=seed + 41)
    p = Packet("cj4", received, app, ["application_signature"])
    report = session_report(court, app.loan, "Tomasz J. Wierzbicki, et al.", dt.date(2042, 8, 5),
                            dt.date(2042, 9, 16), [
                                "Tomasz J. Wierzbicki, defendant-homeowner, self-represented",
                                "Halina M. Wierzbicki, defendant-homeowner, did not appear",
                                "Kerr & Lindell LLP for plaintiff; servicer representative by telephone"], [
                                "RFSC-4 affidavit signed and sworn by BOTH homeowners",
                                "Two most recent pay statements - Tomasz J. Wierzbicki",
                                "Proof of unemployment benefits - Halina M. Wierzbicki"],
                            "Homeowners seek a loan modification. Plaintiff's servicer will review upon receipt of a "
                            "complete package. Co-homeowner could not attend (job interview).",
                            seed + 401)
    on = dt.date(2042, 8, 12)
    hl = hardship_letter(app.borrower, addr, app.loan, on, ["Court Attorney-Referee Joan E. Halloran",
                                                            "Clearwater Federal Savings - Loss Mitigation"], [
        "My wife Halina lost her job at the Port Tamarack paper mill when it closed at the end of May. She now "
        "receives unemployment benefits while she looks for work.",
        "My pay at the market alone does not cover our mortgage and bills. We fell behind in June and July. We "
        "expect to be back on our feet once she finds a new job, and we ask for a short-term plan or a "
        "modification."], seed + 402)
    papers: list[Part] = [
        Part(other_doc(), report),
        Part(app_doc(), rfsc4(app, court, ink=True, expenses=[1632.90, 388.00, 720.00, 310.00, 240.00, 95.00],
                              savings=740.15, notary=NOTARY_NY2)),
        Part(stub_doc(stubs[0]), stubs[0].paper), Part(stub_doc(stubs[1]), stubs[1].paper),
        Part(letter_doc(ui), ui.paper), Part(hardship_doc(on), hl)]
    total = sum(len(pt.paper.pages) for pt in papers if pt.paper)
    style = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0006)
    footer = page_footer(f"Wierzbicki - Index No. {court.number} - documents for settlement conference")
    first = 0
    for i, part in enumerate(papers):
        n = len(part.paper.pages) if part.paper else 0
        p.scanned(f"{app.loan}/SCAN_20420818_{i + 1:04d}.pdf", [part], style, seed + 40 + i,
                  offset(footer, first, total))
        first += n
    return p



def packet_cj5(seed: int) -> Packet:
    """Connecticut; legal aid faxes the whole set from its office machine (200 dpi, the machine's header line)."""
    received = dt.date(2042, 9, 16)
    court = Court("ct", "BRW-CV41-6123390-S", "Pequot River Mortgage Company", ["Renee A. Castellano"],
                  ["J.D. OF BRISTOW", "AT BRISTOW"], "Bristow", "Foreclosure Mediation Program",
                  "Attorney Howard J. Feeney")
    addr = ["19 Old Mill Road", "Bristow, CT 06010"]
    employer = "Bristow Hills Rehabilitation & Nursing Center"
    stubs = [nursing_stub(f"cj5-{seed}", employer, "400 Hillcrest Avenue, Bristow, CT 06010", "Renee A. Castellano",
                          "004471", d, 24.65, WH_C) for d in (dt.date(2042, 8, 22), dt.date(2042, 9, 5))]
    rng = random.Random(seed * 1000 + 5)
    net = [s.fields["net_current"] for s in stubs]
    c1 = [(11, "BRISTOW HILLS PAYROLL", r2(net[0] - 41.37)), (25, "BRISTOW HILLS PAYROLL", r2(net[1] + 12.08)),
          (12, "CT SUPPORT ENFORCEMENT SVCS", 650.00)]
    c2 = [(8, "BRISTOW HILLS PAYROLL", r2(net[1] - 23.90)), (22, "BRISTOW HILLS PAYROLL", net[0]),
          (11, "CT SUPPORT ENFORCEMENT SVCS", 650.00)]
    s1 = trico_statement(rng, "Renee A. Castellano", addr, "3308127764", 2042, 7, 944.10, c1)
    s2 = trico_statement(rng, "Renee A. Castellano", addr, "3308127764", 2042, 8, s1.fields["ending_balance"], c2)
    decree = divorce_judgment("Renee A. Castellano", "Marc D. Castellano", "BRW-FA41-6119042-S",
                              dt.date(2042, 3, 3), "Bristow")
    app = App("8841093327", "Renee A. Castellano", "983-17-5530", "19 Old Mill Road", "Bristow", "CT", "06010",
              "(860) 555-0171", "renee.castellano@example.org", "primary_residence", ["divorce_or_separation"],
              dt.date(2041, 11, 15), "long", {"wages": stubs[-1].monthly, "other": 650.00}, dt.date(2042, 9, 10),
              seed=seed + 51, paid={"wages": ("B", stubs[-1].fields["gross_current"]), "other": ("M", 650.00)})
    p = Packet("cj5", received, app, [])
    report = session_report(court, app.loan, app.borrower, dt.date(2042, 8, 26), dt.date(2042, 9, 30), [
        "Renee A. Castellano, defendant, with Attorney Tobias R. Grant, Bristow Legal Aid",
        "Brennan & Falk LLP for plaintiff; Pequot River loss mitigation specialist by video"], [
        "Current pay stubs (last 30 days)", "Two most recent months of bank statements",
        "Final judgment of dissolution of marriage", "Hardship letter",
        "Updated Homeowner's Uniform Financial Worksheet (JD-FM-7), signed and dated"],
        "Homeowner requests a loan modification. Plaintiff agrees to review on receipt of the documents above. "
        "Homeowner receives child support through Support Enforcement Services.", seed + 501)
    on = dt.date(2042, 9, 10)
    hl = hardship_letter(app.borrower, addr, app.loan, on, ["Attorney Howard J. Feeney, Mediator",
                                                            "Pequot River Mortgage Company"], [
        "My husband moved out in November 2041 and our divorce became final in March 2042. The court gave me the "
        "house, and I am now paying the mortgage alone on my salary as a nursing assistant and the child support "
        "for our two children.",
        "While the divorce was pending I fell four payments behind. My budget now works if the payment can be "
        "brought down to an affordable amount, and I ask to be reviewed for a modification."], seed + 502)
    letter_ = transmittal_letter(BRISTOW_LA, dt.date(2042, 9, 15), [
        "Pequot River Mortgage Company", "Loss Mitigation Department", "Fax (860) 555-0190"], court, app.loan,
        app.borrower, ["Mediator's report of the August 26, 2042 session", "Homeowner's Uniform Financial "
                       "Worksheet (JD-FM-7), signed September 10, 2042", "Pay stubs (two)",
                       "Bank statements for July and August 2042", "Judgment of dissolution of marriage",
                       "Hardship letter"], "Tobias R. Grant", seed + 503, via="Via facsimile to (860) 555-0190")
    parts = [Part(other_doc(), letter_), Part(other_doc(), report),
             Part(app_doc(), jdfm7(app, court, ink=True, expenses=[1788.62, 0, 0, 0, 0, 410.00, 355.00, 980.00],
                                   return_date=dt.date(2042, 6, 2))),
             Part(stub_doc(stubs[0]), stubs[0].paper), Part(stub_doc(stubs[1]), stubs[1].paper),
             Part(stmt_doc(s1), s1.paper), Part(stmt_doc(s2), s2.paper), Part(letter_doc(decree), decree.paper),
             Part(hardship_doc(on), hl)]
    p.scanned("FAX-0916-1402.pdf", parts, Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0008, fax=True), seed + 5,
              fax_stamp("BRISTOW LEGAL AID", "860 555 0108", received, "14:02"))
    return p


def packet_cj6(seed: int) -> Packet:
    """New York; legal aid e-mails born-digital files named after the loan, Bates-numbered across the set."""
    received = dt.date(2042, 10, 21)
    court = Court("ny", "011208/2042", "Hudson Crest Bank, N.A.", ["Kevin P. Maloney"],
                  ["SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF ONDAGA"], "Ondaga",
                  "Residential Foreclosure Settlement Conference Part", "Court Attorney-Referee Dennis K. Albright")
    addr = ["604 Tipperary Hill Road", "Ondaga, NY 13204"]
    stubs = [grocer_stub(f"cj6-{seed}", "Kevin P. Maloney", "A-0588140", "Distribution Center - Ondaga, NY", d, 24.10,
                         WH_G) for d in (dt.date(2042, 10, 9), dt.date(2042, 10, 16))]
    app = App("0613390572", "Kevin P. Maloney", "926-71-4083", "604 Tipperary Hill Road", "Ondaga", "NY", "13204",
              "(315) 555-0192", "kmaloney@example.net", "primary_residence", ["divorce_or_separation"],
              dt.date(2042, 6, 30), "long", {"wages": stubs[-1].monthly}, dt.date(2042, 10, 14), seed=seed + 61)
    p = Packet("cj6", received, app, ["hardship_doc:divorce_or_separation"])
    on = dt.date(2042, 10, 14)
    aff = hardship_affidavit(app.borrower, None, addr, app.loan, on, "New York", "Ondaga", [
        "My wife and I separated at the end of June 2042 and she has started an action for divorce, which is "
        "still pending. She earned about half of our household income.",
        "Since she moved out I have paid the mortgage, the taxes and the utilities on my pay alone and I fell "
        "behind in August.", "I want to keep the house for myself and our son and ask for a loan modification."],
        NOTARY_NY, seed + 600)
    summons = divorce_summons("Colleen M. Maloney", "Kevin P. Maloney", "E2042-07781", "Ondaga",
                              dt.date(2042, 7, 18), "Rosalind K. Terry")
    report = session_report(court, app.loan, app.borrower, dt.date(2042, 10, 7), dt.date(2042, 11, 18), [
        "Kevin P. Maloney, defendant-homeowner, with Jessica A. Moreau, Esq., Ondaga County Legal Services",
        "Kerr & Lindell LLP for plaintiff; Halvorsen Mortgage Servicing by telephone"], [
        "RFSC-4 affidavit, sworn", "Two most recent pay statements", "Hardship affidavit",
        "Judgment of divorce, or recorded deed, or final separation agreement"],
        "Homeowner reports the divorce action is pending; no judgment yet. Servicer cannot complete its review "
        "without divorce documentation.", seed + 601)
    letter_ = transmittal_letter(ONDAGA_LS, dt.date(2042, 10, 20), [
        "Halvorsen Mortgage Servicing, LLC", "Attn: Loss Mitigation - Settlement Conferences", "PO Box 40219",
        "Albany, NY 12204"], court, app.loan, app.borrower, [
        "Homeowner's Affidavit of Financial Circumstances (RFSC-4)", "Pay statements (two)",
        "Affidavit of hardship", "Summons with Notice in the pending divorce action",
        "Referee's report of the October 7, 2042 conference"], "Jessica A. Moreau", seed + 602)
    files: list[tuple[str, list[Part]]] = [
        (f"{app.loan}_01_cover letter.pdf", [Part(other_doc(), letter_)]),
        (f"{app.loan}_02_RFSC-4 affidavit.pdf", [Part(app_doc(), rfsc4(
            app, court, ink=False, expenses=[1915.44, 360.00, 540.00, 420.00, 180.00, 210.00], savings=1206.77,
            notary=NOTARY_NY))]),
        (f"{app.loan}_03_paystubs.pdf", [Part(stub_doc(s), s.paper) for s in stubs]),
        (f"{app.loan}_04_hardship affidavit.pdf", [Part(hardship_doc(on), aff)]),
        (f"{app.loan}_05_summons divorce.pdf", [Part(letter_doc(summons), summons.paper)]),
        (f"{app.loan}_06_referee report.pdf", [Part(other_doc(), report)])]
    total = sum(len(pt.paper.pages) for _, parts in files for pt in parts if pt.paper)
    bates = bates_stamp("OCLS-MALONEY", 201)
    first = 0
    for rel, parts in files:
        p.digital(rel, parts, offset(bates, first, total))
        first += sum(len(pt.paper.pages) for pt in parts if pt.paper)
    return p


def packet_cj7(seed: int) -> Packet:
    """Illinois; the program's intake scan of the whole mediation packet, exhibits stickered, pages footed."""
    received = dt.date(2042, 11, 18)
    court = Court("il", "2042-CH-1187", "Lakeshore Heritage Bank", ["Denise M. Abara", "Victor O. Abara"],
                  ["IN THE CIRCUIT COURT OF THE NINETEENTH JUDICIAL CIRCUIT", "KELLAND COUNTY, ILLINOIS",
                   "CHANCERY DIVISION"], "Kelland", "Kelland County Foreclosure Mediation Program",
                  "Patricia L. Nwosu")
    addr = ["2711 Prairie Rose Court", "Kelland, IL 60085"]
    stubs = [nursing_stub(f"cj7-{seed}", "Kelland Pines Care Center", "1800 Sheridan Road, Kelland, IL 60085",
                          "Victor O. Abara", "118203", d, 21.30, WH_N) for d in (dt.date(2042, 10, 24),
                                                                                  dt.date(2042, 11, 7))]
    va = va_letter("Denise M. Abara", addr, dt.date(2042, 9, 2), 1823.16, 70)
    med = medical_statement("Denise M. Abara", dt.date(2042, 10, 28), "Anita R. Sandoval", "Lakeview Internal "
                            "Medicine Associates",
                            "Ms. Abara has been under my care since March 2042 for a serious medical condition that "
                            "has kept her from working. I expect the condition to last at least twelve more months. "
                            "Her disability has been rated by the Department of Veterans Affairs.", seed + 701)
    app = App("1187406259", "Denise M. Abara", "939-60-2871", "2711 Prairie Rose Court", "Kelland", "IL", "60085",
              "(847) 555-0113", "dabara@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2042, 3, 14), "long", {"wages": stubs[-1].monthly, "benefits_nontaxable": 1823.16},
              dt.date(2042, 11, 10), co="Victor O. Abara", co_ssn="939-18-6604", seed=seed + 71)
    p = Packet("cj7", received, app, [])
    cover = program_cover(court, app.loan, "Denise M. Abara and Victor O. Abara", dt.date(2042, 12, 3),
                          dt.date(2042, 11, 17), [
                              ("Mortgage assistance application (Form 710), signed by all borrowers", True),
                              ("Pay stubs covering the last 30 days", True),
                              ("Award letters for benefit income", True),
                              ("Hardship documentation", True), ("Two most recent bank statements", False),
                              ("IRS Form 4506-C (self-employed or rental income only)", False)], "(847) 555-0150")
    who = "Abara"
    parts = [Part(other_doc(), cover), form710_part(app, ink=True),
             Part(stub_doc(stubs[0]), stickered(stubs[0].paper, "1", who)), Part(stub_doc(stubs[1]), stubs[1].paper),
             Part(letter_doc(va), stickered(va.paper, "2", who)), Part(letter_doc(med), stickered(med.paper, "3", who))]
    p.scanned("FMP intake - Abara.pdf", parts, Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004), seed + 7,
              page_footer("Kelland County Foreclosure Mediation Program - intake 11/17/2042"))
    return p


def packet_cj8(seed: int) -> Packet:
    """Connecticut; loose born-digital exhibit files named after the loan, each opening with its slip sheet,
    Bates-numbered across the set, the mediator's report scanned."""
    received = dt.date(2042, 12, 9)
    court = Court("ct", "HHD-CV42-6051187-S", "Harborview Savings Bank", ["Anthony J. Scarpelli"],
                  ["J.D. OF HARWICK", "AT HARWICK"], "Harwick", "Foreclosure Mediation Program",
                  "Attorney Lorraine B. Whitcomb")
    addr = ["145 Ferry Street", "Harwick, CT 06492"]
    stubs = [transit_stub(f"cj8-{seed}", "Anthony J. Scarpelli", "38862", "Mechanic A", d, 33.18, WH_T)
             for d in (dt.date(2042, 11, 15), dt.date(2042, 11, 30))]
    rng = random.Random(seed * 1000 + 8)
    net = [s.fields["net_current"] for s in stubs]
    c1 = [(1, "MOBILE DEP - RENT 2ND FL", 1150.00), (15, "HATD PAYROLL", 2260.14), (31, "HATD PAYROLL", 2301.77)]
    c2 = [(2, "MOBILE DEP - RENT 2ND FL", 1150.00), (15, "HATD PAYROLL", net[0]), (30, "HATD PAYROLL", net[1])]
    s1 = trico_statement(rng, "Anthony J. Scarpelli", addr, "4470031985", 2042, 10, 1288.35, c1)
    s2 = trico_statement(rng, "Anthony J. Scarpelli", addr, "4470031985", 2042, 11, s1.fields["ending_balance"], c2)
    app = App("0441207738", "Anthony J. Scarpelli", "947-09-6612", "145 Ferry Street", "Harwick", "CT", "06492",
              "(860) 555-0155", "ajscarpelli@example.net", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2042, 7, 1), "long", {"wages": stubs[-1].monthly, "rental": 1150.00}, dt.date(2042, 12, 2),
              seed=seed + 81, paid={"wages": ("S", stubs[-1].fields["gross_current"]), "rental": ("M", 1150.00)})
    p = Packet("cj8", received, app, ["irs_form_4506c"])
    on = dt.date(2042, 12, 2)
    hl = hardship_letter(app.borrower, addr, app.loan, on, ["Attorney Lorraine B. Whitcomb, Mediator",
                                                            "Harborview Savings Bank"], [
        "In July the town revalued every two-family house on Ferry Street. My property taxes rose by $3,100 a year "
        "and my escrow payment went up by $380 a month, on top of a new flood insurance requirement.",
        "I rent the second-floor apartment for $1,150 a month and work full time as a mechanic for the transit "
        "district, but I cannot keep up with the higher payment. I ask for a loan modification."], seed + 801)
    report = session_report(court, app.loan, app.borrower, dt.date(2042, 11, 18), dt.date(2043, 1, 6), [
        "Anthony J. Scarpelli, defendant-homeowner, self-represented",
        "Brennan & Falk LLP for plaintiff; Harborview Savings Bank loss mitigation by telephone"], [
        "Signed IRS Form 4506-C", "Two most recent bank statements showing rent deposits",
        "Current pay stubs", "Hardship letter"],
        "Homeowner rents the second-floor unit. Plaintiff requires a signed 4506-C for rental income before it "
        "can complete the review.", seed + 802)
    files: list[tuple[str, list[Part]]] = [
        (f"{app.loan} - Worksheet JD-FM-7.pdf", [Part(app_doc(), jdfm7(
            app, court, ink=False, expenses=[2406.18, 0, 0, 0, 0, 520.00, 410.00, 890.00],
            return_date=dt.date(2042, 9, 27)))]),
        (f"{app.loan} - Exhibit A - pay statements.pdf",
         [Part(None, exhibit_slip("A", "Pay statements")), *[Part(stub_doc(s), s.paper) for s in stubs]]),
        (f"{app.loan} - Exhibit B - bank statements.pdf",
         [Part(None, exhibit_slip("B", "Bank statements")), Part(stmt_doc(s1), s1.paper),
          Part(stmt_doc(s2), s2.paper)]),
        (f"{app.loan} - Exhibit C - hardship letter.pdf",
         [Part(None, exhibit_slip("C", "Hardship letter")), Part(hardship_doc(on), hl)]),
        (f"{app.loan} - Mediator report 11-18-2042.pdf",
         [Part(other_doc(), report, scan=Scan(dpi=200, tilt=0.5, blur=0.5, noise=0.0006), seed=seed + 88)])]
    total = sum(len(pt.paper.pages) for _, parts in files for pt in parts if pt.paper)
    bates = bates_stamp("HLA-SCARPELLI", 1)
    first = 0
    for rel, parts in files:
        p.digital(rel, parts, offset(bates, first, total))
        first += sum(len(pt.paper.pages) for pt in parts if pt.paper)
    return p


# --- main -----------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cj1, packet_cj2, packet_cj3, packet_cj4, packet_cj5, packet_cj6,
                                          packet_cj7, packet_cj8]

STAMP_NOISE = re.compile(r"\s+")


def page_text_left(reader: PdfReader, page: int, stamps: Sequence[str]) -> str:
    """A page's text layer without the synthetic-document line and the stamps drawn over it."""
    text = STAMP_NOISE.sub("", reader.pages[page - 1].extract_text() or "")
    for s in [SYNTH, *stamps]:
        text = text.replace(STAMP_NOISE.sub("", s), "")
    return text


def check_packet(p: Packet, root: Path) -> list[str]:
    """Validate one written packet against its own build: keys, codes, types, dates, pages, scanned, stamps."""
    name = p.name
    problems: list[str] = []
    exp = json.loads((root / "expected.json").read_text())
    if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
        problems.append(f"{name}: keys {sorted(exp)}")
    received = dt.date.fromisoformat(exp["received_on"])
    if received.weekday() >= 5:
        problems.append(f"{name}: received on a weekend")
    if (exp["status"] == "complete") != (not exp["missing"]):
        problems.append(f"{name}: status and missing disagree")
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
    app = exp["application"]
    if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
        problems.append(f"{name}: bad occupancy or hardship code")
    if not set(app["income"]) <= set(INCOMES) | {"total"}:
        problems.append(f"{name}: bad income code")
    if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
        problems.append(f"{name}: income total")
    if not re.fullmatch(r"\d{6,15}", exp["loan_number"]):
        problems.append(f"{name}: loan number {exp['loan_number']}")
    listed: dict[tuple[str, int], str] = {}
    readers: dict[str, PdfReader] = {}
    for doc in exp["documents"]:
        if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
            problems.append(f"{name}: type {doc['type']}")
        for pg in doc["pages"]:
            key = (pg["file"], pg["page"])
            if key in listed:
                problems.append(f"{name}: page listed twice {key}")
            listed[key] = doc["id"]
            reader = readers.setdefault(pg["file"], PdfReader(root / "inbox" / pg["file"]))
            if pg["page"] > len(reader.pages):
                problems.append(f"{name}: no page {key}")
                continue
            has_text = bool(page_text_left(reader, pg["page"], p.stamped.get(key, [])))
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
        if doc["type"] == "mortgage_assistance_application" and not doc["scanned"]:
            rd = PdfReader(root / "inbox" / doc["pages"][0]["file"])
            text = "".join(rd.pages[pg["page"] - 1].extract_text() or "" for pg in doc["pages"])
            text += " ".join(str(f.get("/V", "")) for f in (rd.get_fields() or {}).values())
            if exp["loan_number"] not in text.replace(" ", "") and text.strip() != "":
                problems.append(f"{name}: the loan number is not in the application's text")
    for path in sorted((root / "inbox").rglob("*.pdf")):
        rel = path.relative_to(root / "inbox").as_posix()
        for i in range(1, len(PdfReader(path).pages) + 1):
            if (rel, i) not in listed and (rel, i) not in p.unlisted:
                problems.append(f"{name}: page {rel}#{i} belongs to no document")
            if (rel, i) in listed and (rel, i) in p.unlisted:
                problems.append(f"{name}: page {rel}#{i} both listed and unlisted")
    if re.search(r"\b9\d\d-\d\d-\d{4}\b", json.dumps(exp)):
        problems.append(f"{name}: a full SSN reached expected.json")
    sys.path.insert(0, str(REPO / "tests"))
    from sample_compare import compare

    case = {"status": exp["status"], "missing": [{"code": c} for c in exp["missing"]],
            "application": {k: ({kk: {"value": vv} for kk, vv in v.items()} if k == "income" else {"value": v})
                            for k, v in app.items()},
            "documents": [{"pages": d["pages"], "type": d["type"],
                           "fields": {k: {"value": v} for k, v in d["fields"].items()}} for d in exp["documents"]]}
    wrong = compare(exp, case).wrong()
    problems += [f"{name}: self-compare {w.label}" for w in wrong]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cj1 ..)")
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
            problems += check_packet(p, root)
            again = build(args.seed)
            if again.files != p.files:
                problems.append(f"{name}: a rebuild with the same seed wrote different bytes")
    if args.check:
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
