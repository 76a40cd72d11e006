"""Holdout set bt (bt1..bt8): SERVICERS' OWN APPLICATIONS WITH THE BORROWER AND THE CO-BORROWER IN SIDE-BY-SIDE
COLUMNS. Written blind: only shared/spec (all files), shared/samples (packets, expected.json, README),
shared/reference/README.md and the blank forms it names (the blank Form 4506-C is typed over here),
tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, the af scaffold
(holdout_packets_af.py) in full and the MODULE DOCSTRINGS ONLY of the other holdout sets were read - never the
service's code (src/), its .yaml data files, other tests, the project README or the git history - and the service was
never run on these packets, so they measure honestly how it reads layouts it has never seen.

    python benchmarks/holdout_packets_bt.py OUT_DIR [--seed N] [--check] [--only bt1 bt5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
tests/sample_compare.compare (benchmarks/sample_accuracy.py --samples OUT_DIR -v) scores them. Each packet is one
batch processed with `--received-on <received_on>`; received dates are weekdays in 2048 (March to October). The seed
changes pay histories (hours, overtime), transactions, pen strokes and scanner noise, never names, dates or the
truth. Every file is the same bytes for a seed (reportlab invariant mode, seeded noise, fixed pypdf identifiers).

APPLICATIONS (mortgage_assistance_application; none is Form 710). Four servicers' own forms, each question one row,
the borrower's and the co-borrower's answers in two columns side by side (name, SSN, phone, e-mail, employer, every
monthly income line, signature and date), the property and the hardship answered once for both:
- Quillfeather Mortgage Servicing "Joint Borrower Assistance Ledger" (QMS-77): two LANDSCAPE sheets printed like a
  SPREADSHEET - lettered columns A | B | C | D over a heading row ROW | QUESTION | BORROWER | CO-BORROWER | BOTH,
  numbered rows 1-37; answers for both typed across merged cells B:D; occupancy and duration as LETTER CODES from a
  legend in the row's label ("P = primary home, S = second home, I = investment / rental"; "S / L / R"); the ten
  reasons as ten rows each with a box; sheet 2 income rows 25-34 with a third HOUSEHOLD TOTAL column (base wages and
  overtime on separate rows, both `wages`; alimony / child support is `other`), row 35 TOTAL, and the signature and
  date as grid rows 36-37 under columns B and C. bt1 typed and signed on screen by both; bt5 by a lone borrower,
  column C left EMPTY.
- Tidewater Bend Loan Servicing "Two-Borrower Hardship Application" (TBLS-12): MIRRORED - the question in a grey
  CENTRE column, the borrower's answer on its LEFT, the co-borrower's on its RIGHT (right-aligned); the income the
  same way with each column's own "MONTHLY TOTAL" and NO combined figure printed (expected total = both added);
  two signature boxes side by side. bt2 typed on screen with "N/A" in every co-borrower cell; bt6 typed, printed,
  signed and dated in ink by both, scanned.
- Ironwood Trust Mortgage Services "Request for Workout Review" (ITMS-4): a brown band, PARTS I-VI, ZEBRA-STRIPED
  numbered rows 1.1 .. under APPLICANT 1 (BORROWER) | APPLICANT 2 (CO-BORROWER), full SSN and date of birth, income
  4.1-4.9 with a third TOTAL column and a 4.10 TOTAL row, two signature boxes side by side. bt3 FILLED IN PEN in
  capitals by both (every answer hand-written) and scanned; bt7 typed and signed on screen.
- Saltmarsh Cooperative Bank "Mortgage Relief Application" (SCB-9): serif type, every row numbered in a small BLACK
  SQUARE, columns YOU (BORROWER) | CO-BORROWER (IF ANY), rows parted by dotted rules, "Monthly income - both columns
  added" one merged cell, signature and date as grid rows 23-24. bt4 typed, printed, signed and dated in ink by the
  CO-BORROWER ONLY (the borrower's cells empty), faxed; bt8 FILLED IN PEN by both and scanned.
Expected income per code = every line of that code in both columns added; total = the form's total (= the sum).

PAPERS. Pay stubs in three payroll services' layouts: PayLantern's semi-monthly "PAY STATEMENT" (rounded date box,
big NET PAY call-out, four totals tiles); Cobbleworth Payroll's bi-weekly "EARNINGS STATEMENT" (caption bar, three
green bands, a detachable VOID check); Tally Bridge HR's weekly "pay slip" (a framed slip with one Current / YTD
list, taxes as minus figures, a cut line). Every YTD is the sum of that year's checks. Statements: Brindlewood
Savings Bank (one page, grey summary sidebar, one signed Amount column) and Harrowgate Federal Credit Union (two
pages, "Previous balance" / "New balance"). Typed hardship letters (signed in ink when scanned or faxed), a group
disability insurer's LTD approval and a municipal retirement system's pension verification (both benefits_taxable),
a joint Form 1040 for 2047 drawn in the 1040 manner (tax_return, signed), page 1 of the real Form 4506-C typed over
and signed in ink, a Code 128 "LOAN <number>" separator sheet and a fax cover sheet (neither is listed).

PACKETS (delivery; truth):
- bt1: folder named after the loan, e-mailed born-digital files; QMS-77, both spouses earn wages (two PayLantern
  stubs, one Cobbleworth stub), reduction in income, hardship letter, 1040. COMPLETE.
- bt2: loose files "<loan>_..."; TBLS-12 with "N/A" for the co-borrower (co_borrower_name null); wages (one Tally
  Bridge slip) and a taxable LTD benefit (approval letter); illness covered by the letter. COMPLETE.
- bt3: ONE 240 dpi grey scan behind a separator sheet; ITMS-4 in pen; the borrower was laid off and ONLY THE
  CO-BORROWER'S COLUMN HOLDS INCOME (wages + overtime, two fresh weekly slips); unemployment hardship. COMPLETE.
- bt4: ONE 200 dpi fax behind a cover sheet; SCB-9 signed and dated by the co-borrower only (signed false,
  signed_on null, co_borrower_signed true); both earn wages, a stub each. INCOMPLETE: application_signature.
- bt5: loose files "Renfroe <loan> <paper>.pdf"; QMS-77, no co-borrower; wages and basement-apartment rent, a fresh
  stub and two consecutive statements; a disaster; no Form 4506-C. INCOMPLETE: irs_form_4506c.
- bt6: folder named after the loan, one 300 dpi grey scan per paper (IMG_0417..); TBLS-12 in ink by both; wages and
  the co-borrower's self-employment (two consecutive statements with the business deposits, a signed 1040 and a
  signed 4506-C); housing costs and "other" explained by the letter. COMPLETE.
- bt7: loose files "<loan> - <paper>.pdf"; ITMS-4 on screen by both; the borrower's only stub was paid 103 days
  before the packet arrived; the co-borrower's pension letter is fresh. INCOMPLETE: income_doc:wages.
- bt8: ONE 300 dpi grey scan "Drummond <loan>.pdf", no separator; SCB-9 in pen, signed by both unmarried co-owners,
  the co-borrower moved out and her income column is empty; separation of unmarried borrowers with no quitclaim deed
  or agreement. INCOMPLETE: hardship_doc:separation_unmarried.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet (self-employment is met here by two consecutive fresh statements; the tax return is
not relied on, since the checklist gives it no document date). Before writing, each packet's values are verified
(weekday arrival, nothing dated after it, YTD / checks near the current gross, monthly gross = current x periods /
12, the application's lines add to its total). `--check` validates every expected.json (keys, codes, types, dates,
that every page listed exists and every inbox file is used, that `scanned` matches the absence of a text layer,
signature codes) and READS BACK from the text layer of every born-digital document the strings it must print (loan
number, names, address, start date, income amounts; stub names and amounts; balances; letter dates).
All people, employers, banks and servicers are fictional; SSNs use the 900-999 area; every page carries a faint
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

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
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
SYNTH = "synthetic test document - all names and numbers are fictional"
TAG = "holdout_packets_bt"
W, H = letter
LW, LH = landscape(letter)

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
# the income lines a person's column can hold on these forms, and the checklist code each one belongs to
LINE_CODE = {"wages": "wages", "overtime": "wages", "self_employment": "self_employment",
             "unemployment": "unemployment", "benefits_taxable": "benefits_taxable",
             "benefits_nontaxable": "benefits_nontaxable", "rental": "rental", "investment": "investment",
             "support": "other", "other": "other"}


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- drawing primitives (after the af scaffold) ----------------------------------------------------------------


@dataclass
class Mark:
    """Something a person adds by hand: a signature ("sig") or a hand-written string ("hand").
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


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        else:  # typed on screen
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


# --- scanning ---------------------------------------------------------------------------------------------


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


_HAND_100 = _hand_font(100)


def hand_width(text: str, size: float) -> float:
    """About how wide, in points, a hand-written string of this size comes out."""
    return _HAND_100.getlength(text) * size / 100 * 1.015


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
    writer.add_metadata({"/Producer": TAG})
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


def schedule(pay_date: dt.date, frequency: str) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of every check paid this calendar year up to pay_date, oldest first.
    Weekly: paid Friday for Monday-Sunday of the week before; bi-weekly: paid Friday, the two weeks ending the
    Saturday before; semi-monthly: the 1st-15th paid on the 20th, the 16th-end paid on the 5th of next month."""
    out = []
    if frequency == "semimonthly":
        for month in range(1, pay_date.month + 1):
            prev_y, prev_m = (pay_date.year - 1, 12) if month == 1 else (pay_date.year, month - 1)
            prev_end = dt.date(pay_date.year, month, 1) - dt.timedelta(days=1)
            out.append((dt.date(pay_date.year, month, 5), dt.date(prev_y, prev_m, 16), prev_end))
            out.append((dt.date(pay_date.year, month, 20), dt.date(pay_date.year, month, 1),
                        dt.date(pay_date.year, month, 15)))
        return [t for t in out if t[0] <= pay_date]
    step, lag, span = (7, 5, 6) if frequency == "weekly" else (14, 6, 13)
    d = pay_date
    while d.year == pay_date.year:
        end = d - dt.timedelta(days=lag)
        out.append((d, end - dt.timedelta(days=span), end))
        d -= dt.timedelta(days=step)
    return out[::-1]


def hourly_checks(pay_date: dt.date, frequency: str, emp_id: str, key: int, rate: float, base_hours: float,
                  extra: tuple[str, float] | None = None) -> list[Check]:
    """Each check of the year drawn from its own date, so every stub of one job tells the same history."""
    checks = []
    for d, start, end in schedule(pay_date, frequency):
        rr = random.Random(f"{emp_id}{d}{key}")
        reg = rr.choice([base_hours, base_hours, base_hours, base_hours - 4])
        ot = rr.choice([0.0, 0.0, 1.5, 2.75, 4.0, 6.5])
        lines = {"Regular": (reg, rate, r2(reg * rate)), "Overtime": (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))}
        if extra:
            name, per_hour = extra
            lines[name] = (reg, per_hour, r2(reg * per_hour))
        checks.append(Check(d, start, end, lines))
    return checks


def rng_key(rng: random.Random) -> int:
    return rng.randrange(10**6)


def stub_fields(employer: str, employee: str, ch: Check, frequency: str, ytd: float | None,
                net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    checks: list[Check]

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def paylantern_stub(rng: random.Random, employer: str, address: str, employee: str, emp_id: str, dept: str,
                    pay_date: dt.date, rate: float, wh: Withholding) -> Stub:
    """A semi-monthly PAY STATEMENT printed by the PayLantern payroll service: a rounded date box at the top
    right, a big NET PAY call-out, earnings / taxes / deductions tables and a four-box totals strip."""
    checks = hourly_checks(pay_date, "semimonthly", emp_id, rng_key(rng), rate, 86.67)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(48, 742, employer)
        c.setFont("Helvetica", 8)
        c.drawString(48, 730, address)
        c.setLineWidth(0.8)
        c.roundRect(372, 690, 192, 66, 8, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(382, 740, "PAY STATEMENT")
        c.setFont("Helvetica", 8)
        for i, (k, v) in enumerate((("Check date", mdy(ch.pay_date)),
                                    ("Pay period", f"{mdy(ch.start)} - {mdy(ch.end)}"),
                                    ("Pay schedule", "Semi-monthly"))):
            c.drawString(382, 726 - 11 * i, k)
            c.drawRightString(556, 726 - 11 * i, v)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, 700, "EMPLOYEE")
        c.setFont("Helvetica", 9)
        for i, ln in enumerate((employee, f"Employee ID {emp_id}", dept)):
            c.drawString(48, 688 - 12 * i, ln)
        c.setFillColor(Color(0.98, 0.93, 0.8))
        c.rect(372, 628, 192, 50, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(382, 664, "NET PAY THIS PERIOD")
        c.setFont("Helvetica-Bold", 18)
        c.drawRightString(556, 637, "$" + money(net))
        y = 600
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "EARNINGS")
        for x, t in ((300, "HOURS"), (360, "RATE"), (460, "CURRENT"), (560, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.line(48, y - 4, 564, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k in ("Regular", "Overtime"):
            hrs, rt, amt = ch.lines[k]
            c.drawString(48, y, k + (" 1.5x" if k == "Overtime" else ""))
            c.drawRightString(300, y, f"{hrs:.2f}" if hrs else "")
            c.drawRightString(360, y, f"{rt:.2f}" if hrs else "")
            c.drawRightString(460, y, money(amt) if hrs else "")
            c.drawRightString(560, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, "Gross pay")
        c.drawRightString(460, y, money(ch.gross))
        c.drawRightString(560, y, money(ytd["GROSS"]))
        y -= 30
        top = y
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "TAXES")
        c.drawRightString(220, y, "CURRENT")
        c.drawRightString(290, y, "YTD")
        c.drawString(320, y, "DEDUCTIONS")
        c.drawRightString(490, y, "CURRENT")
        c.drawRightString(560, y, "YTD")
        c.line(48, y - 4, 292, y - 4)
        c.line(320, y - 4, 564, y - 4)
        c.setFont("Helvetica", 8.5)
        y = top - 16
        for k, v in taxes.items():
            c.drawString(48, y, k)
            c.drawRightString(220, y, money(v))
            c.drawRightString(290, y, money(ytd[k]))
            y -= 13
        y2 = top - 16
        for k, v in wh.deductions:
            c.drawString(320, y2, k)
            c.drawRightString(490, y2, money(v))
            c.drawRightString(560, y2, money(ytd[k]))
            y2 -= 13
        y = min(y, y2) - 30
        tiles = (("GROSS PAY", ch.gross, ytd["GROSS"]), ("TAXES", sum(taxes.values()), sum(ytd[k] for k in taxes)),
                 ("DEDUCTIONS", sum(v for _, v in wh.deductions), sum(ytd[k] for k, _ in wh.deductions)),
                 ("NET PAY", net, ytd["NET"]))
        for i, (k, cur, yv) in enumerate(tiles):
            x = 48 + i * 129
            c.setFillGray(0.93)
            c.rect(x, y - 46, 124, 52, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 6, y - 6, k)
            c.setFont("Helvetica", 8)
            c.drawString(x + 6, y - 22, "Current")
            c.drawRightString(x + 118, y - 22, money(r2(cur)))
            c.drawString(x + 6, y - 37, "YTD")
            c.drawRightString(x + 118, y - 37, money(r2(yv)))
        c.setFont("Helvetica", 7)
        c.setFillGray(0.35)
        c.drawString(48, y - 70, "Payroll processed by PayLantern  |  Employee self-service: my.paylantern.example  "
                                 "|  This statement is not a check.")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, "semimonthly", ytd["GROSS"], net), pay_date,
                checks)


def cobbleworth_stub(rng: random.Random, employer: str, address: str, employee: str, emp_no: str,
                     pay_date: dt.date, rate: float, wh: Withholding, premium: tuple[str, float] | None = None,
                     acct_tail: str = "4410") -> Stub:
    """A bi-weekly EARNINGS STATEMENT from Cobbleworth Payroll Services: a two-row caption bar, three stacked
    bands (earnings, withholdings, summary) and a detachable non-negotiable check at the foot."""
    checks = hourly_checks(pay_date, "biweekly", emp_no, rng_key(rng), rate, 80.0, premium)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def band(c: Canvas, y: float, title: str, hours: bool = False) -> float:
        c.setFillColor(Color(0.25, 0.32, 0.22))
        c.rect(40, y, 532, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(46, y + 4, title)
        if hours:
            c.drawRightString(190, y + 4, "HOURS")
            c.drawRightString(250, y + 4, "RATE")
        c.drawRightString(470, y + 4, "THIS PERIOD")
        c.drawRightString(566, y + 4, "YEAR-TO-DATE")
        c.setFillColor(black)
        return y - 13

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.setFillGray(0.4)
        c.drawRightString(572, 762, "Cobbleworth Payroll Services  -  client 4471")
        c.setFillColor(black)
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 744, employer)
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 732, address)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(W / 2, 716, "EARNINGS STATEMENT")
        heads = [("EMPLOYEE", employee, 150), ("EMP. NO.", emp_no, 62), ("PAY PERIOD", f"{mdy(ch.start)} to "
                 f"{mdy(ch.end)}", 150), ("PAY DATE", mdy(ch.pay_date), 80), ("FREQUENCY", "Biweekly", 90)]
        x = 40.0
        c.setLineWidth(0.5)
        for cap, val, wd in heads:
            c.setFillGray(0.88)
            c.rect(x, 690, wd, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.rect(x, 672, wd, 18, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 4, 694, cap)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 4, 678, val)
            x += wd
        y = band(c, 650, "EARNINGS", hours=True)
        c.setFont("Helvetica", 8.5)
        for k, (hrs, rt, amt) in ch.lines.items():
            c.drawString(46, y, k)
            c.drawRightString(190, y, f"{hrs:.2f}" if hrs else "")
            c.drawRightString(250, y, f"{rt:.4f}" if hrs else "")
            c.drawRightString(470, y, money(amt) if hrs else "")
            c.drawRightString(566, y, money(ytd[k]))
            y -= 12
        y = band(c, y - 14, "WITHHOLDINGS AND DEDUCTIONS")
        c.setFont("Helvetica", 8.5)
        for k, v in [*taxes.items(), *wh.deductions]:
            c.drawString(46, y, k)
            c.drawRightString(470, y, money(v))
            c.drawRightString(566, y, money(ytd[k]))
            y -= 12
        y = band(c, y - 14, "SUMMARY")
        c.setFont("Helvetica-Bold", 8.5)
        rows = (("Gross pay", ch.gross, ytd["GROSS"]),
                ("Total withholdings", r2(ch.gross - net), r2(ytd["GROSS"] - ytd["NET"])), ("Net pay", net, ytd["NET"]))
        for k, cur, yv in rows:
            c.drawString(46, y, k)
            c.drawRightString(470, y, money(cur))
            c.drawRightString(566, y, money(yv))
            y -= 12
        c.setDash(4, 3)
        c.line(30, 262, 582, 262)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, 266, "DETACH HERE")
        c.setFont("Times-Bold", 12)
        c.drawString(50, 232, employer)
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 232, f"Date  {mdy(ch.pay_date)}")
        c.drawString(50, 196, "PAY TO THE ORDER OF")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(160, 196, employee.upper())
        c.rect(440, 188, 122, 22, stroke=1, fill=0)
        c.drawRightString(556, 195, "**" + money(net) + "**")
        c.setFont("Helvetica-Bold", 11)
        c.setFillGray(0.55)
        c.drawCentredString(W / 2, 150, "VOID  -  NON-NEGOTIABLE  -  DIRECT DEPOSIT ADVICE")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(50, 124, f"Deposited to checking account ending {acct_tail}.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, "biweekly", ytd["GROSS"], net), pay_date, checks)


def tallybridge_stub(rng: random.Random, employer: str, address: str, employee: str, emp_no: str,
                     pay_date: dt.date, rate: float, base_hours: float, wh: Withholding) -> Stub:
    """A weekly PAY SLIP from the Tally Bridge HR service: a framed slip in the top third of the sheet, a
    two-column key / value block and ONE list of items with Current and YTD columns (taxes as minus figures),
    then a dashed cut line."""
    checks = hourly_checks(pay_date, "weekly", emp_no, rng_key(rng), rate, base_hours)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1)
        c.roundRect(36, 400, 540, 366, 10, stroke=1, fill=0)
        c.setFillColor(Color(0.05, 0.42, 0.55))
        c.rect(36, 740, 540, 26, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, 749, "TALLY BRIDGE HR")
        c.setFont("Helvetica", 8)
        c.drawString(150, 749, "pay slip")
        c.drawRightString(566, 749, "Weekly pay")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, 722, employer)
        c.setFont("Helvetica", 8)
        c.drawString(48, 711, address)
        kv = [("Employee", employee), ("Employee #", emp_no), ("Week", f"{mdy(ch.start)} - {mdy(ch.end)}"),
              ("Pay date", mdy(ch.pay_date)), ("Pay frequency", "Weekly"), ("Pay method", "Direct deposit")]
        for i, (k, v) in enumerate(kv):
            x = 48 if i % 2 == 0 else 316
            yy = 690 - 13 * (i // 2)
            c.setFont("Helvetica", 8)
            c.setFillGray(0.35)
            c.drawString(x, yy, k)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x + 70, yy, v)
        y = 640
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "ITEM")
        c.drawRightString(430, y, "CURRENT")
        c.drawRightString(560, y, "YTD")
        c.line(48, y - 4, 564, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for k, (hrs, rt, amt) in ch.lines.items():
            c.drawString(48, y, f"{k} ({hrs:.2f} h @ {rt:.2f})" if hrs else k)
            c.drawRightString(430, y, money(amt))
            c.drawRightString(560, y, money(ytd[k]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, "Gross earnings")
        c.drawRightString(430, y, money(ch.gross))
        c.drawRightString(560, y, money(ytd["GROSS"]))
        y -= 15
        c.setFont("Helvetica", 8.5)
        for k, v in [*taxes.items(), *wh.deductions]:
            c.drawString(48, y, k)
            c.drawRightString(430, y, "-" + money(v))
            c.drawRightString(560, y, "-" + money(ytd[k]))
            y -= 12
        c.line(300, y + 6, 564, y + 6)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(48, y - 8, "Net pay")
        c.drawRightString(430, y - 8, money(net))
        c.drawRightString(560, y - 8, money(ytd["NET"]))
        c.setDash(2, 3)
        c.line(20, 388, 592, 388)
        c.setDash()
        c.setFont("Helvetica", 7)
        c.drawString(36, 376, "Cut along the line and keep the slip for your records. Questions: talk to your "
                              "manager or "
                              "open the Tally Bridge HR app.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, "weekly", ytd["GROSS"], net), pay_date, checks)


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str
    lines: list[tuple[dt.date, str, float]]


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def transactions(rng: random.Random, start: dt.date, end: dt.date,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    debits = [("HOME LOAN PMT - PARTIAL", 0), ("FRESHWAY MARKET #118", 1), ("COUNTY WATER & SEWER", 0),
              ("QUIKFILL FUEL 2290", 1), ("LUMEN MOBILE AUTOPAY", 0), ("CORNER PHARMACY", 1),
              ("HEARTLAND AUTO INS", 0), ("ATM CASH WITHDRAWAL", 1), ("VALUE HOME SUPPLY", 1)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(18, 150) if small else rng.uniform(80, 440))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def brindlewood_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                          begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Brindlewood Savings Bank: one page, a grey SIDEBAR down the left holding the summary, one signed Amount
    column (+ / -) and a running balance."""
    bank = "Brindlewood Savings Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = [a for _, _, a in lines if a > 0]
    wds = [a for _, _, a in lines if a < 0]

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.9, 0.91, 0.88))
        c.rect(0, 0, 176, H, stroke=0, fill=1)
        c.setFillColor(Color(0.36, 0.24, 0.12))
        c.setFont("Times-Bold", 19)
        c.drawString(22, 744, "Brindlewood")
        c.setFont("Times-Roman", 9.5)
        c.drawString(22, 731, "SAVINGS BANK  -  est. 1911")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(22, 690, "ACCOUNT SUMMARY")
        c.setFont("Helvetica", 8)
        rows = [("Opening balance", money(begin)), (f"Deposits ({len(dep)})", money(r2(sum(dep)))),
                (f"Withdrawals ({len(wds)})", money(r2(-sum(wds)))), ("Closing balance", money(ending))]
        y = 674
        for k, v in rows:
            c.drawString(22, y, k)
            c.drawRightString(160, y, v)
            y -= 13
        y -= 14
        c.setFont("Helvetica-Bold", 8)
        c.drawString(22, y, "ACCOUNT")
        c.setFont("Helvetica", 8)
        c.drawString(22, y - 12, f"Everyday Checking ****{acct[-4:]}")
        c.drawString(22, y - 36, "Questions? (608) 555-0141")
        c.drawString(22, y - 48, "brindlewood.example/help")
        c.setFont("Helvetica", 9.5)
        y = 740
        for ln in [holder.upper(), *address]:
            c.drawString(200, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 13)
        c.drawString(200, 680, "Statement of Account")
        c.setFont("Helvetica", 9)
        c.drawString(200, 666, f"Statement period: {long_date(start)} through {long_date(end)}")
        y = 640
        c.setFont("Helvetica-Bold", 8)
        c.drawString(200, y, "DATE")
        c.drawString(244, y, "DESCRIPTION")
        c.drawRightString(500, y, "AMOUNT")
        c.drawRightString(574, y, "BALANCE")
        c.line(200, y - 4, 576, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(200, y, start.strftime("%m/%d"))
        c.drawString(244, y, "Balance forward")
        c.drawRightString(574, y, money(begin))
        y -= 13
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(200, y, d.strftime("%m/%d"))
            c.drawString(244, y, desc)
            c.drawRightString(500, y, ("+" if a > 0 else "-") + money(abs(a)))
            c.drawRightString(574, y, money(bal))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(244, y - 2, "Closing balance")
        c.drawRightString(574, y - 2, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(200, 60, "Member FDIC. Please examine this statement and report any difference within 30 days.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct, lines)


def harrowgate_statement(rng: random.Random, holder: str, address: Sequence[str], member: str, acct: str, year: int,
                         month: int, begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Harrowgate Federal Credit Union: two pages, "Previous balance" / "New balance" wording, a four-cell
    summary row and a register with separate Withdrawals and Deposits columns."""
    bank = "Harrowgate Federal Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:10], rows[10:]

    def head(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 748, "HARROWGATE FEDERAL CREDIT UNION")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 737, "410 Mill Race Road, Harrowgate, NC 27330  -  (919) 555-0119  -  "
                                        "Insured by NCUA")
        c.setLineWidth(0.6)
        c.line(40, 728, 572, 728)
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 714, f"Member number {member}")
        c.drawRightString(572, 703, f"Statement period {mdy(start)} thru {mdy(end)}")
        c.drawRightString(572, 692, f"Page {n} of 2")

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((44, "EFF. DATE"), (100, "TRANSACTION DESCRIPTION")):
            c.drawString(x, y, t)
        for x, t in ((410, "WITHDRAWALS"), (490, "DEPOSITS"), (568, "BALANCE")):
            c.drawRightString(x, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in part:
            c.drawString(44, y, mdy(d))
            c.drawString(100, y, desc)
            c.drawRightString(410 if a < 0 else 490, y, money(abs(a)))
            c.drawRightString(568, y, money(b))
            y -= 12.5
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        y = 714
        c.setFont("Helvetica", 9.5)
        for ln in [holder, *address]:
            c.drawString(44, y, ln)
            y -= 12
        c.setFillColor(Color(0.55, 0.12, 0.12))
        c.rect(40, 636, 532, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, 641, f"SHARE DRAFT CHECKING  -  ACCOUNT ****{acct[-4:]}")
        c.setFillColor(black)
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wdr = r2(-sum(a for _, _, a in lines if a < 0))
        for i, (k, v) in enumerate((("Previous balance", begin), ("Deposits & credits", dep),
                                    ("Withdrawals & debits", wdr), ("New balance", ending))):
            x = 40 + 133 * i
            c.rect(x, 596, 133, 36, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 5, 620, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(x + 127, 602, money(v))
        register(c, 570, first)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = register(c, 670, rest)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 2, "New balance")
        c.drawRightString(568, y - 2, money(ending))
        c.setFont("Helvetica", 7.5)
        paragraphs(c, 44, y - 40, 520, ["In case of errors or questions about your electronic transfers, call or "
                                        "write us as soon as you can. We must hear from you no later than 60 days "
                                        "after we sent the first statement on which the problem appeared."],
                   font="Helvetica", size=7.5, leading=9.5)
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct, lines)


# --- letters and papers ---------------------------------------------------------------------------------------


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
        return out


def hardship_letter(writers: Sequence[str], address: Sequence[str], loan: str, date: dt.date, servicer: str,
                    paras: Sequence[str], ink: bool, seed: int) -> Paper:
    """A borrower's typed block-style letter (sans serif); signed in ink only when it was printed and mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 10.5)
        y = 728
        c.drawString(72, y, long_date(date))
        y -= 30
        for ln in [" and ".join(writers), *address]:
            c.drawString(72, y, ln)
            y -= 13.5
        y -= 16
        for ln in [servicer, "Attn: Loss Mitigation / Hardship Review"]:
            c.drawString(72, y, ln)
            y -= 13.5
        y -= 16
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, f"Subject: Letter of hardship for loan # {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Loss Mitigation Team,", *paras], font="Helvetica", size=10.5,
                       leading=14, gap=9)
        c.setFont("Helvetica", 10.5)
        c.drawString(72, y - 4, "Respectfully,")
        marks = []
        sy = y - 44
        for i, nm in enumerate(writers):
            x = 72 + i * 240
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def letterhead(c: Canvas, name: str, sub: str, color: Color) -> None:
    c.setFillColor(color)
    c.rect(0, 756, W, 36, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 769, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 742, sub)


def simple_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = ()) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 706, long_date(date))
        y = 678
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
        if table:
            c.setLineWidth(0.5)
            for k, v in table:
                c.setFont("Times-Roman", 11)
                c.drawString(96, y, k)
                c.setFont("Times-Bold", 11)
                c.drawString(310, y, v)
                c.line(92, y - 4, 480, y - 4)
                y -= 17
            y -= 12
        c.setFont("Times-Roman", 11)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Paper([page])


def disability_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, claim: str,
                      since: dt.date, employer: str) -> Letter:
    paras = [f"Your claim for Long Term Disability benefits under the group policy issued to {employer} has been "
             f"approved. Benefits are payable from {long_date(since)}, after the 90-day elimination period.",
             f"Your gross monthly benefit is ${money(monthly)}. It is paid once a month, by direct deposit, for as "
             "long as you remain disabled under the terms of the policy. Because your employer paid the premiums, "
             "the benefit is taxable income and we will send you a Form W-2 each January.",
             "We will review your claim from time to time and may ask you for updated information."]
    paper = simple_letter(("CLEARWATER MUTUAL INSURANCE COMPANY",
                           "Group Disability Claims  -  PO Box 4410, Clearwater Falls, MN 56001  -  (507) 555-0166",
                           Color(0.12, 0.3, 0.42)), date, [person, *address],
                          f"Claim number {claim} - approval of Long Term Disability benefits", paras,
                          ["Sincerely,", "", "Disability Claims Examiner", "Clearwater Mutual Insurance Company"],
                          [("Gross monthly benefit", "$" + money(monthly)), ("Paid", "Monthly"),
                           ("Benefits payable from", mdy(since))])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def pension_letter(member: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    paras = [f"As you asked, this letter verifies the retirement allowance that {member} receives from the "
             "Stonebridge Municipal Retirement System.",
             "The allowance is paid on the last business day of every month. Federal income tax is withheld at the "
             "member's election, and the allowance is reported on Form 1099-R each year. It is payable for life."]
    paper = simple_letter(("STONEBRIDGE MUNICIPAL RETIREMENT SYSTEM",
                           "City Hall Annex, 2nd floor  -  18 Quarry Street, Stonebridge, MI 49801  -  (906) 555-0127",
                           Color(0.35, 0.2, 0.4)), date, [member, *address], "Re: Benefit verification", paras,
                          ["Member Services", "Stonebridge Municipal Retirement System"],
                          [("Member", member), ("Retired", long_date(since)), ("Monthly allowance (gross)",
                           "$" + money(monthly)), ("Frequency", "Monthly")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


@dataclass
class Return1040:
    paper: Paper
    year: int

    @property
    def fields(self) -> dict[str, Any]:
        return {"tax_year": self.year, "form": "1040"}


def form1040(year: int, first: str, last: str, ssn: str, sp_first: str | None, sp_last: str | None,
             sp_ssn: str | None, street: str, city_line: str, wages: float, sched1: float, occupations: tuple[str, str],
             signed_on: dt.date, ink: bool, seed: int) -> Return1040:
    """A two-page individual income tax return of the year drawn in the Form 1040 manner (typed by tax software),
    signed by both spouses on page 2."""
    joint = sp_first is not None
    total = r2(wages + sched1)
    std = 31_500.00 if joint else 15_750.00
    taxable = max(0.0, r2(total - std))
    tax = r2(taxable * 0.11)

    def lines(c: Canvas, y: float, rows: Sequence[tuple[str, str, float | None]]) -> float:
        for num, label, amount in rows:
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(44, y, num)
            c.setFont("Helvetica", 7.5)
            c.drawString(66, y, label)
            c.rect(470, y - 4, 100, 13, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7)
            c.drawRightString(466, y, num)
            if amount is not None:
                c.setFont("Courier", 9)
                c.drawRightString(566, y - 1, money(amount))
            y -= 15
        return y

    def page1(c: Canvas) -> list[Mark]:
        c.setLineWidth(0.6)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(40, 738, "1040")
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 756, "Form")
        c.drawString(100, 752, "Department of the Treasury - Internal Revenue Service")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(100, 738, "U.S. Individual Income Tax Return")
        c.setFont("Helvetica-Bold", 20)
        c.drawString(330, 738, str(year))
        c.setFont("Helvetica", 6.5)
        c.drawString(400, 746, "OMB No. 1545-0074   IRS Use Only")
        c.line(40, 730, 572, 730)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 718, "Filing Status")
        for i, t in enumerate(("Single", "Married filing jointly", "Married filing separately",
                               "Head of household")):
            x = 110 + i * 110
            c.rect(x, 716, 7, 7, stroke=1, fill=0)
            c.drawString(x + 10, 717, t)
            if t == ("Married filing jointly" if joint else "Single"):
                c.setFont("ZapfDingbats", 7)
                c.drawString(x + 1, 717.5, "4")
                c.setFont("Helvetica", 7.5)
        c.line(40, 708, 572, 708)
        boxes = [(40, 676, 230, "Your first name and middle initial", first), (270, 676, 160, "Last name", last),
                 (430, 676, 142, "Your social security number", ssn),
                 (40, 646, 230, "If joint return, spouse's first name and middle initial", sp_first or ""),
                 (270, 646, 160, "Last name", sp_last or ""), (430, 646, 142, "Spouse's social security number",
                                                               sp_ssn or ""),
                 (40, 616, 390, "Home address (number and street)", street),
                 (40, 586, 390, "City, town, or post office, state, and ZIP code", city_line)]
        for x, y, w, cap, val in boxes:
            c.rect(x, y, w, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 3, y + 22, cap)
            c.setFont("Courier", 10)
            c.drawString(x + 6, y + 6, val)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 560, "Income")
        y = lines(c, 544, [("1a", "Total amount from Form(s) W-2, box 1", wages),
                           ("1z", "Add lines 1a through 1h", wages),
                           ("2b", "Taxable interest", None),
                           ("3b", "Ordinary dividends", None),
                           ("8", "Additional income from Schedule 1, line 10", sched1 or None),
                           ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7 and 8. This is your total income", total),
                           ("10", "Adjustments to income from Schedule 1, line 26", None),
                           ("11", "Subtract line 10 from line 9. This is your adjusted gross income", total),
                           ("12", "Standard deduction or itemized deductions (from Schedule A)", std),
                           ("15", "Taxable income", taxable)])
        c.setFont("Helvetica", 6.5)
        c.drawString(40, y - 10, "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate "
                                 "instructions.")
        c.drawRightString(572, y - 10, f"Form 1040 ({year})")
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.drawString(40, 752, f"Form 1040 ({year})")
        c.drawRightString(572, 752, "Page 2")
        c.line(40, 746, 572, 746)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 728, "Tax and Credits")
        withheld = r2(tax * 1.08)
        y = lines(c, 712, [("16", "Tax", tax), ("22", "Subtract line 21 from line 18", tax),
                           ("24", "Add lines 22 and 23. This is your total tax", tax),
                           ("25a", "Federal income tax withheld from Form(s) W-2", withheld),
                           ("33", "Add lines 25d, 26, and 32. These are your total payments", withheld),
                           ("34", "If line 33 is more than line 24, this is the amount you overpaid",
                            r2(withheld - tax)),
                           ("35a", "Amount of line 34 you want refunded to you", r2(withheld - tax))])
        y -= 20
        c.setLineWidth(1)
        c.rect(40, y - 104, 532, 112, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(46, y - 14, "Sign")
        c.drawString(46, y - 28, "Here")
        c.setFont("Helvetica", 6.5)
        c.drawString(110, y - 6, "Under penalties of perjury, I declare that I have examined this return and "
                                 "accompanying schedules and statements, and to the")
        c.drawString(110, y - 14, "best of my knowledge and belief, they are true, correct, and complete.")
        marks: list[Mark] = []
        rows = [("Your signature", occupations[0], 0)] + ([("Spouse's signature. If a joint return, both must sign.",
                                                            occupations[1], 1)] if joint else [])
        for label, occ, k in rows:
            yy = y - 50 - 36 * k
            c.line(110, yy, 330, yy)
            c.line(340, yy, 420, yy)
            c.line(430, yy, 566, yy)
            c.setFont("Helvetica", 6.5)
            c.drawString(110, yy - 8, label)
            c.drawString(340, yy - 8, "Date")
            c.drawString(430, yy - 8, "Occupation")
            c.setFont("Courier", 9)
            c.drawString(434, yy + 3, occ)
            marks.append(Mark("sig", 120, yy + 1, w=170, seed=seed + k))
            if ink:
                marks.append(Mark("hand", 343, yy + 3, mdy(signed_on), size=10, seed=seed + 5 + k))
            else:
                c.drawString(343, yy + 3, mdy(signed_on))
        c.setFont("Helvetica", 7)
        c.drawString(46, y - 124, "Paid Preparer Use Only:  Self-prepared")
        return marks

    return Return1040(Paper([page1, page2]), year)


def form4506c_pdf(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                  client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int, ink: bool) -> bytes:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), typed over (fields flattened into the page); signed with
    drawn strokes when signed on screen, left for ink (see form4506c_marks) when printed."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Larchgate Income Verification LLC"),
           (312, 506, "LIV-40719"), (420, 506, "LARCHGT02"), (27, 484, "77 Transcript Plaza"),
           (312, 484, "Ogden"), (420, 484, "UT"), (474, 484, "84401"), (27, 430, client), (474, 430, client_phone),
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
    return fixed_pypdf_bytes(writer, f"bt4506c{seed}")


def form4506c_marks(signed_on: dt.date, seed: int) -> list[Mark]:
    return [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 344, 168, mdy(signed_on), size=10, seed=seed + 3)]


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


def fax_cover(sender: str, sender_phone: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    """A shipping store's fax cover sheet: a boxed grid of To / From cells and a comments box."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 24)
        c.drawCentredString(W / 2, 720, "FACSIMILE TRANSMITTAL")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 704, f"{sender}  -  {sender_phone}")
        c.setLineWidth(0.8)
        cells = [("TO", to), ("FROM", "Customer - self service"), ("FAX NUMBER", to_fax), ("DATE", mdy(date)),
                 ("PAGES (INCL. COVER)", str(pages)), ("RE", note)]
        for i, (k, v) in enumerate(cells):
            col, row = i % 2, i // 2
            x, y = 72 + col * 234, 640 - row * 44
            c.rect(x, y, 234, 44, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 5, y + 33, k)
            c.setFont("Helvetica", 10)
            for j, ln in enumerate(wrap(v, "Helvetica", 10, 222)[:2]):
                c.drawString(x + 5, y + 18 - 12 * j, ln)
        c.rect(72, 360, 468, 140, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(77, 490, "COMMENTS")
        c.setFont("Helvetica", 9)
        c.drawString(77, 470, "Please deliver to the loss mitigation department. Thank you.")
        c.setFont("Helvetica", 7.5)
        c.drawString(72, 330, "This transmission may contain confidential information. If you received it in error, "
                              "please notify the sender.")
        return []

    return Paper([page])


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class Person:
    """One column of a side-by-side form: a borrower or a co-borrower."""

    name: str
    ssn: str  # full, 900-999 area
    dob: dt.date
    phone: str
    email: str
    employer: str
    since: dt.date | None
    income: dict[str, float]  # LINE_CODE key -> monthly amount
    signs: bool = True
    dates: bool = True
    signed_on: dt.date | None = None

    def line(self, keys: Sequence[str]) -> float:
        return r2(sum(self.income.get(k, 0.0) for k in keys))

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))


@dataclass
class App:
    loan: str
    b: Person
    co: Person | None
    street: str
    city: str
    state: str
    zip: str
    occupancy: str
    hardships: list[str]
    start: dt.date
    duration: str  # short | long | resolved
    signed_on: dt.date
    other_text: str = ""
    co_na: bool = False  # the co-borrower column answered "N/A" rather than left empty
    seed: int = 1

    def __post_init__(self) -> None:
        for p in (self.b, self.co):
            if p is not None and p.signed_on is None:
                p.signed_on = self.signed_on

    @property
    def people(self) -> list[Person]:
        return [self.b] + ([self.co] if self.co else [])

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def income(self) -> dict[str, float]:
        """Monthly amounts by checklist income code, both columns and every line of a code added."""
        out: dict[str, float] = {}
        for p in self.people:
            for k, v in p.income.items():
                out[LINE_CODE[k]] = r2(out.get(LINE_CODE[k], 0.0) + v)
        return {k: v for k, v in out.items() if v > 0}

    @property
    def total(self) -> float:
        return r2(sum(p.total for p in self.people))

    @property
    def signature_ok(self) -> bool:
        return all(p.signs and p.dates for p in self.people)

    def expected(self) -> dict[str, Any]:
        income = dict(sorted(self.income.items()))
        income["total"] = self.total
        b = self.b
        return {"loan_number": self.loan, "borrower_name": b.name,
                "co_borrower_name": self.co.name if self.co else None,
                "ssn_last4": b.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": b.signs and b.dates,
                "signed_on": b.signed_on.isoformat() if b.dates and b.signed_on else None,
                "co_borrower_signed": None if self.co is None else (self.co.signs and self.co.dates)}


class Fill:
    """How the answers get onto one page of a form. mode "screen": typed in the PDF, signatures drawn on the
    screen, dates typed; "ink": typed, printed, then signed and dated in pen; "pen": the blank form printed and
    every answer written by hand."""

    def __init__(self, mode: str, seed: int) -> None:
        self.mode = mode
        self.seed = seed
        self.marks: list[Mark] = []

    @property
    def pen(self) -> bool:
        return self.mode == "pen"

    def _hand(self, x: float, y: float, text: str, size: float, align: str) -> None:
        w = hand_width(text, size)
        x0 = x - w if align == "right" else x - w / 2 if align == "center" else x
        self.marks.append(Mark("hand", x0, y, text, size=size, seed=self.seed * 1000 + len(self.marks)))

    def text(self, c: Canvas, x: float, y: float, text: str, size: float = 10, align: str = "left",
             font: str = "Courier") -> None:
        if not text:
            return
        if self.pen:
            self._hand(x, y, text, size + 1.5, align)
            return
        c.setFont(font, size)
        {"left": c.drawString, "right": c.drawRightString, "center": c.drawCentredString}[align](x, y, text)

    def box(self, c: Canvas, x: float, y: float, on: bool, size: float = 8) -> None:
        """A printed check box with its bottom-left at (x, y), crossed when on."""
        c.setLineWidth(0.7)
        c.rect(x, y, size, size, stroke=1, fill=0)
        if not on:
            return
        if self.pen:
            self.marks.append(Mark("hand", x + 0.8, y + 0.6, "X", size=size + 2.5,
                                   seed=self.seed * 1000 + len(self.marks)))
        else:
            c.setFont("Courier-Bold", size + 2)
            c.drawString(x + 0.9, y + 1, "X")

    def sign(self, x: float, y: float, w: float, on: bool, seed: int) -> None:
        if on:
            self.marks.append(Mark("sig", x, y, w=w, seed=seed))

    def date(self, c: Canvas, x: float, y: float, d: dt.date | None, size: float = 10) -> None:
        if d is None:
            return
        if self.mode == "screen":
            c.setFont("Courier", size)
            c.drawString(x, y, mdy(d))
        else:
            self._hand(x, y, mdy(d), size + 2, "left")


def options(c: Canvas, f: Fill, x: float, y: float, items: Sequence[tuple[str, bool]], size: float = 8,
            font: str = "Helvetica", gap: float = 16, box_first: bool = True) -> None:
    """Boxes and their words on one line."""
    for label, on in items:
        if box_first:
            f.box(c, x, y - 1, on)
            c.setFont(font, size)
            c.drawString(x + 12, y, label)
            x += 12 + stringWidth(label, font, size) + gap
        else:
            c.setFont(font, size)
            c.drawString(x, y, label)
            x += stringWidth(label, font, size) + 4
            f.box(c, x, y - 1, on)
            x += 8 + gap


def amount(v: float) -> str:
    return money(v) if v > 0 else ""


# Layout 1: Quillfeather Mortgage Servicing, "Joint Borrower Assistance Ledger" (Form QMS-77), two LANDSCAPE
# sheets printed like a spreadsheet: lettered columns A-D over a heading row, numbered rows, the borrower in
# column B, the co-borrower in C, answers that belong to both typed across B:D (merged cells), income with a
# HOUSEHOLD TOTAL column D, signatures and dates as the last rows of the grid.

QMS_X = (30.0, 56.0, 330.0, 474.0, 618.0, 762.0)  # row no. | A | B | C | D | right edge
QMS_REASONS = ("Reason: unemployment / lost job", "Reason: income reduced (hours, pay or overtime cut)",
               "Reason: housing costs went up (taxes, insurance, HOA)", "Reason: disaster (natural or man-made)",
               "Reason: serious illness or disability in the household", "Reason: divorce or legal separation",
               "Reason: separation of co-borrowers not married to each other",
               "Reason: death of a borrower or of a wage earner", "Reason: distant job transfer / relocation",
               "Reason: other (describe on row 23)")
QMS_INCOME = (("Base wages or salary (gross)", ("wages",)), ("Overtime, bonuses, commissions, tips", ("overtime",)),
              ("Self-employment income (net)", ("self_employment",)), ("Unemployment compensation", ("unemployment",)),
              ("Social Security, pension, disability - taxable", ("benefits_taxable",)),
              ("Social Security, SSI, disability - non-taxable", ("benefits_nontaxable",)),
              ("Rents received, less expenses other than the mortgage", ("rental",)),
              ("Investment or insurance income", ("investment",)),
              ("Alimony, child support, separate maintenance *", ("support",)), ("Any other income", ("other",)))


def qms77(app: App, mode: str) -> Paper:
    x0, xa, xb, xc, xd, x1 = QMS_X
    rh = 18.0

    def header(c: Canvas, sheet: int) -> None:
        c.setFont("Times-Bold", 17)
        c.drawString(30, 578, "QUILLFEATHER")
        c.setFont("Times-Roman", 8)
        c.drawString(30, 567, "MORTGAGE SERVICING, LLC  -  500 Inkwell Avenue, Dunmore Ridge, WI 54301")
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(x1, 580, "JOINT BORROWER ASSISTANCE LEDGER")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(x1, 569, f"Form QMS-77 (rev. 03/2047)  -  Sheet {sheet} of 2")
        c.setLineWidth(1.2)
        c.line(30, 560, x1, 560)

    def grid_head(c: Canvas, top: float, heads: Sequence[str]) -> float:
        c.setLineWidth(0.4)
        for i, letter_ in enumerate(("", "A", "B", "C", "D")):
            xl, xr = QMS_X[i], QMS_X[i + 1]
            c.setFillGray(0.86)
            c.rect(xl, top - 11, xr - xl, 11, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7)
            c.drawCentredString((xl + xr) / 2, top - 8.5, letter_)
            c.setFillGray(0.95)
            c.rect(xl, top - 27, xr - xl, 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString((xl + xr) / 2, top - 22, heads[i])
        return top - 27

    def row(c: Canvas, y: float, num: int, label: str, merged: bool, h: float = rh, bold: bool = False,
            shade: float | None = None) -> None:
        """One grid row whose top is y; cells B:D merged for the answers that belong to both."""
        c.setLineWidth(0.4)
        if shade is not None:
            c.setFillGray(shade)
            c.rect(x0, y - h, x1 - x0, h, stroke=0, fill=1)
            c.setFillColor(black)
        c.rect(x0, y - h, x1 - x0, h, stroke=1, fill=0)
        c.setFillGray(0.9)
        c.rect(x0, y - h, xa - x0, h, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawCentredString((x0 + xa) / 2, y - h / 2 - 2.5, str(num))
        for xx in (xa, xb) if merged else (xa, xb, xc, xd):
            c.line(xx, y, xx, y - h)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 7.8)
        c.drawString(xa + 4, y - h / 2 - 2.8, label)

    def page1(c: Canvas) -> list[Mark]:
        f = Fill(mode, app.seed + 1)
        header(c, 1)
        c.setFont("Helvetica", 7.5)
        c.drawString(30, 548, "Answer every row. Column B is the borrower and column C the co-borrower (leave column C "
                              "empty if no one else is on the loan). Rows with merged cells apply to both of you.")
        y = grid_head(c, 538, ("ROW", "QUESTION", "BORROWER", "CO-BORROWER", "BOTH"))
        co = app.co
        per = [("Full legal name", lambda p: p.name), ("Social Security number - last 4 digits",
                                                        lambda p: p.ssn[-4:]),
               ("Mobile phone", lambda p: p.phone), ("E-mail address", lambda p: p.email),
               ("Employer (write NONE if not working)", lambda p: p.employer),
               ("Months with this employer", lambda p: "" if p.since is None else
                str((app.signed_on.year - p.since.year) * 12 + app.signed_on.month - p.since.month))]
        both: list[tuple[str, str]] = [("Loan number", app.loan)]
        num = 1
        row(c, y, num, both[0][0], True)
        f.text(c, xb + 6, y - 12.5, app.loan)
        y -= rh
        for label, get in per:
            num += 1
            row(c, y, num, label, False)
            f.text(c, xb + 5, y - 12.5, get(app.b), size=9)
            if co:
                f.text(c, xc + 5, y - 12.5, get(co), size=9)
            y -= rh
        occ = {"primary_residence": "P", "second_home": "S", "investment_property": "I"}[app.occupancy]
        dur = {"short": "S", "long": "L"}.get(app.duration, "R")
        for label, val in (("Property street address", app.street),
                           ("City, state, ZIP code", f"{app.city}, {app.state} {app.zip}"),
                           ("Property use: P = primary home, S = second home, I = investment / rental", occ),
                           ("Hardship began (mm/dd/yyyy)", mdy(app.start)),
                           ("Expected to last: S = 6 months or less, L = longer, R = already resolved", dur)):
            num += 1
            row(c, y, num, label, True)
            f.text(c, xb + 6, y - 12.5, val)
            y -= rh
        for i, reason in enumerate(QMS_REASONS):
            num += 1
            row(c, y, num, reason, True)
            f.box(c, xb + 6, y - 13, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 6.5)
            c.drawString(xb + 18, y - 12, "mark if it applies")
            y -= rh
        num += 1
        row(c, y, num, "Other reason - describe", True)
        f.text(c, xb + 6, y - 12.5, app.other_text, size=9)
        y -= rh
        num += 1
        row(c, y, num, "Mailing address, if not the property", True)
        c.setFont("Helvetica", 7)
        c.drawCentredString(LW / 2, 30, "QMS-77  -  continue on sheet 2")
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Fill(mode, app.seed + 2)
        header(c, 2)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(30, 546, "Loan number (row 1):")
        f.text(c, 120, 546, app.loan)
        y = grid_head(c, 536, ("ROW", "MONTHLY INCOME, GROSS (BEFORE TAXES)", "BORROWER", "CO-BORROWER",
                               "HOUSEHOLD TOTAL"))
        people = [app.b, app.co]
        num = 24
        for label, keys in QMS_INCOME:
            num += 1
            row(c, y, num, label, False)
            vals = [p.line(keys) if p else 0.0 for p in people]
            for xx, v in zip((xc, xd), vals, strict=True):
                f.text(c, xx - 6, y - 12.5, amount(v), align="right")
            f.text(c, x1 - 6, y - 12.5, amount(r2(sum(vals))), align="right")
            y -= rh
        num += 1
        row(c, y, num, "TOTAL MONTHLY INCOME (rows 25 through 34)", False, bold=True, shade=0.9)
        totals = [p.total if p else 0.0 for p in people]
        for xx, v in zip((xc, xd), totals, strict=True):
            f.text(c, xx - 6, y - 12.5, amount(v), align="right")
        f.text(c, x1 - 6, y - 12.5, money(app.total), align="right")
        y -= rh + 8
        c.setFont("Helvetica", 6.8)
        c.drawString(56, y, "* Alimony, child support or separate maintenance need not be shown unless you want it "
                            "considered.")
        y = paragraphs(c, 56, y - 16, 700, [
            "CERTIFICATION. Each of us certifies that the answers on this ledger are true and complete, that the "
            "hardship described contributed to our need for help, and that we will send the documents Quillfeather "
            "asks for. We consent to a credit report for each borrower named in column B or C and to being contacted "
            "at the numbers and addresses given. Knowingly false statements may violate federal law."],
            font="Helvetica", size=7.8, leading=10)
        y -= 4
        for label, h, kind in (("Signature", 34.0, "sig"), ("Date signed (mm/dd/yyyy)", rh + 2, "date")):
            num += 1
            row(c, y, num, label, False, h=h)
            c.setFillGray(0.8)
            c.rect(xd, y - h, x1 - xd, h, stroke=1, fill=1)
            c.setFillColor(black)
            for k, (p, xx) in enumerate(zip(people, (xb, xc), strict=True)):
                if p is None:
                    continue
                if kind == "sig":
                    f.sign(xx + 8, y - h + 6, 120, p.signs, app.seed + 10 + k)
                elif p.dates:
                    f.date(c, xx + 6, y - 13.5, p.signed_on)
            y -= h
        c.setFont("Helvetica", 7)
        c.drawCentredString(LW / 2, 30, "QMS-77  -  sheet 2 of 2  -  return both sheets")
        return f.marks

    return Paper([page1, page2], (LW, LH))


# Layout 2: Tidewater Bend Loan Servicing, "Two-Borrower Hardship Application" (Form TBLS-12), portrait, MIRRORED:
# the question in a grey CENTRE column, the borrower's answer to its LEFT and the co-borrower's to its RIGHT;
# the property and hardship answered once across the page; income mirrored the same way with each column's own
# "MONTHLY TOTAL" (no combined figure printed); two signature blocks side by side at the foot of page 2.

TB_X = (40.0, 214.0, 398.0, 572.0)
TB_REASONS = ("Job loss or unemployment", "Lower pay, fewer hours, lost overtime", "Higher housing costs",
              "Disaster (natural or man-made)", "Illness or disability", "Divorce or legal separation",
              "Unmarried co-owners separated", "Death of a borrower or earner", "Job transfer / relocation far away",
              "Other (explain below)")
TB_INCOME = (("Wages / salary / overtime / tips (gross)", ("wages", "overtime")),
             ("Income from own business (net)", ("self_employment",)), ("Unemployment benefits", ("unemployment",)),
             ("Taxable Social Security, pension, disability", ("benefits_taxable",)),
             ("Non-taxable Social Security or disability", ("benefits_nontaxable",)),
             ("Rental income (net of expenses)", ("rental",)), ("Investments / insurance", ("investment",)),
             ("Other: alimony, child support, anything else", ("support", "other")))


def tbls12(app: App, mode: str) -> Paper:
    xl, xm, xr, x1 = TB_X
    rh = 22.0
    na = "N/A"

    def header(c: Canvas, page: int) -> None:
        c.setStrokeColor(Color(0.1, 0.4, 0.5))
        c.setLineWidth(1.4)
        for k in range(3):
            path = c.beginPath()
            path.moveTo(40, 744 - 5 * k)
            for i in range(1, 25):
                path.lineTo(40 + i * 2.5, 744 - 5 * k + 2.2 * math.sin(i / 3.0))
            c.drawPath(path, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(108, 744, "Tidewater Bend")
        c.setFont("Helvetica", 8)
        c.drawString(108, 733, "LOAN SERVICING  -  12 Harbor Light Road, Tidewater Bend, NC 28401")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(x1, 747, "TWO-BORROWER HARDSHIP APPLICATION")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(x1, 736, f"Form TBLS-12  -  Page {page} of 2")
        c.setLineWidth(0.8)
        c.line(40, 726, x1, 726)

    def heads(c: Canvas, y: float, centre: str) -> float:
        c.setFillColor(Color(0.1, 0.4, 0.5))
        c.rect(xl, y - 16, x1 - xl, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(xl + 5, y - 11.5, "BORROWER")
        c.drawCentredString((xm + xr) / 2, y - 11.5, centre)
        c.drawRightString(x1 - 5, y - 11.5, "CO-BORROWER")
        c.setFillColor(black)
        return y - 16

    def mirror_row(c: Canvas, y: float, label: str, h: float = rh, bold: bool = False) -> None:
        c.setLineWidth(0.5)
        c.rect(xl, y - h, x1 - xl, h, stroke=1, fill=0)
        c.setFillGray(0.88)
        c.rect(xm, y - h, xr - xm, h, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 7.6)
        lines = wrap(label, "Helvetica", 7.6, xr - xm - 8)
        for i, ln in enumerate(lines):
            c.drawCentredString((xm + xr) / 2, y - h / 2 + 4 * (len(lines) - 1) - 2.6 - 8 * i, ln)

    def page1(c: Canvas) -> list[Mark]:
        f = Fill(mode, app.seed + 1)
        header(c, 1)
        c.setLineWidth(1)
        c.rect(206, 680, 200, 34, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(306, 705, "LOAN NUMBER")
        f.text(c, 306, 686, app.loan, size=11, align="center")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 666, "Answer for yourself on the LEFT. If someone else is on the loan, that "
                                         "person answers on the RIGHT (write N/A if no one).")
        y = heads(c, 656, "QUESTION")
        co = app.co
        rows = [("Full name", lambda p: p.name), ("Social Security number", lambda p: "XXX-XX-" + p.ssn[-4:]),
                ("Best phone number", lambda p: p.phone), ("E-mail", lambda p: p.email),
                ("Employer", lambda p: p.employer),
                ("Working there since (mm/yyyy)", lambda p: p.since.strftime("%m/%Y") if p.since else "")]
        for label, get in rows:
            mirror_row(c, y, label)
            f.text(c, xl + 5, y - 14.5, get(app.b), size=9)
            if co:
                f.text(c, x1 - 5, y - 14.5, get(co), size=9, align="right")
            elif app.co_na:
                f.text(c, x1 - 5, y - 14.5, na, size=9, align="right")
            y -= rh
        y -= 18
        c.setFillColor(Color(0.1, 0.4, 0.5))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "THE PROPERTY AND THE HARDSHIP  (answer once, for both of you)")
        c.setFillColor(black)
        c.setLineWidth(0.5)
        c.line(40, y - 4, x1, y - 4)
        y -= 24
        for label, val in (("Property address", app.street),
                           ("City / State / ZIP", f"{app.city}, {app.state}  {app.zip}")):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y, label)
            c.line(150, y - 3, x1, y - 3)
            f.text(c, 156, y, val)
            y -= 24
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "The property is")
        options(c, f, 150, y, [("Our home (primary residence)", app.occupancy == "primary_residence"),
                               ("A second home", app.occupancy == "second_home"),
                               ("A rental / investment", app.occupancy == "investment_property")])
        y -= 24
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "The hardship began on")
        c.line(150, y - 3, 250, y - 3)
        f.text(c, 154, y, mdy(app.start))
        c.setFont("Helvetica", 7)
        c.drawString(150, y - 11, "mm/dd/yyyy")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(270, y, "It will last")
        options(c, f, 320, y, [("6 months or less", app.duration == "short"), ("Longer", app.duration == "long"),
                               ("It is over", app.duration == "resolved")], gap=10)
        y -= 28
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "What caused it? Mark every box that applies.")
        y -= 16
        for i, reason in enumerate(TB_REASONS):
            col, r = divmod(i, 5)
            f.box(c, 50 + col * 260, y - 14 * r - 1, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 8)
            c.drawString(62 + col * 260, y - 14 * r, reason)
        y -= 14 * 5 + 10
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "If other, explain")
        c.line(150, y - 3, x1, y - 3)
        f.text(c, 154, y, app.other_text, size=9)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 36, "TBLS-12  -  please complete page 2")
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Fill(mode, app.seed + 2)
        header(c, 2)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 708, "Loan number")
        f.text(c, 104, 708, app.loan)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 690, "Monthly income BEFORE taxes. Leave a line empty if it does not apply to you.")
        y = heads(c, 680, "MONTHLY INCOME")
        co = app.co
        for label, keys in TB_INCOME:
            mirror_row(c, y, label)
            c.setFont("Helvetica", 8)
            c.drawString(xl + 4, y - 14.5, "$")
            c.drawString(xr + 4, y - 14.5, "$")
            f.text(c, xm - 6, y - 14.5, amount(app.b.line(keys)), align="right")
            if co:
                f.text(c, x1 - 6, y - 14.5, amount(co.line(keys)), align="right")
            y -= rh
        mirror_row(c, y, "MONTHLY TOTAL", h=24, bold=True)
        c.setLineWidth(1.4)
        c.rect(xl, y - 24, x1 - xl, 24, stroke=1, fill=0)
        c.setFont("Helvetica", 8)
        c.drawString(xl + 4, y - 15.5, "$")
        c.drawString(xr + 4, y - 15.5, "$")
        f.text(c, xm - 6, y - 15.5, money(app.b.total), align="right")
        if co:
            f.text(c, x1 - 6, y - 15.5, money(co.total), align="right")
        elif app.co_na:
            f.text(c, x1 - 6, y - 15.5, na, align="right")
        y -= 48
        y = paragraphs(c, 40, y, x1 - 40, [
            "By signing, each of us certifies that everything in this application is true, that the hardship "
            "described is why we need help, and that we will send the papers Tidewater Bend asks for. We consent to "
            "a credit report for each of us and to being contacted at the numbers given. False statements may "
            "violate federal law."], font="Helvetica", size=8, leading=10.5)
        y -= 30
        people = [(app.b, "BORROWER", xl), (co, "CO-BORROWER", xr)]
        for k, (p, role, x) in enumerate(people):
            c.setLineWidth(0.8)
            c.rect(x, y - 108, xm - xl, 112, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 6, y - 8, role)
            c.setLineWidth(0.5)
            c.line(x + 6, y - 44, x + 166, y - 44)
            c.setFont("Helvetica", 7)
            c.drawString(x + 6, y - 53, "Signature")
            c.line(x + 6, y - 74, x + 166, y - 74)
            c.drawString(x + 6, y - 83, "Printed name")
            c.line(x + 6, y - 100, x + 100, y - 100)
            c.drawString(x + 104, y - 100, "Date (mm/dd/yyyy)")
            if p is not None:
                f.sign(x + 12, y - 42, 140, p.signs, app.seed + 10 + k)
                f.text(c, x + 8, y - 71, p.name, size=9)
                if p.dates:
                    f.date(c, x + 8, y - 97, p.signed_on)
            elif app.co_na:
                f.text(c, x + 8, y - 71, na, size=9)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 36, "TBLS-12  -  page 2 of 2")
        return f.marks

    return Paper([page1, page2])


# Layout 3: Ironwood Trust Mortgage Services, "Request for Workout Review" (Form ITMS-4), portrait: a brown band,
# PARTS I-VI, ZEBRA-STRIPED numbered rows (1.1, 1.2 ..) with the columns APPLICANT 1 (BORROWER) and APPLICANT 2
# (CO-BORROWER), the property and hardship in merged answer cells, the income on page 2 with a third TOTAL column
# and a TOTAL row, and the two signatures in two boxes side by side. Meant to be printed in capital letters.

IT_BROWN = Color(0.33, 0.2, 0.1)
IT_REASONS = ("Unemployment", "Reduced income", "Higher housing expenses", "Disaster", "Illness / disability",
              "Divorce / legal separation", "Separation - unmarried co-borrowers", "Death of borrower / earner",
              "Distant job transfer", "Other (describe in 3.4)")
IT_INCOME = (("4.1", "Gross wages or salary", ("wages",)), ("4.2", "Overtime, bonus, commission, tips", ("overtime",)),
             ("4.3", "Self-employment (net profit)", ("self_employment",)),
             ("4.4", "Unemployment insurance", ("unemployment",)),
             ("4.5", "Social Security / pension / disability (taxable)", ("benefits_taxable",)),
             ("4.6", "SSDI / SSI / VA disability (non-taxable)", ("benefits_nontaxable",)),
             ("4.7", "Rental income (net)", ("rental",)), ("4.8", "Investment / insurance income", ("investment",)),
             ("4.9", "Child support / alimony / other", ("support", "other")))


def itms4(app: App, mode: str) -> Paper:
    cap = (lambda s: s.upper()) if mode == "pen" else (lambda s: s)

    def header(c: Canvas, page: int) -> None:
        c.setFillColor(IT_BROWN)
        c.rect(0, 740, W, 52, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 19)
        c.drawString(40, 762, "IRONWOOD TRUST")
        c.setFont("Helvetica", 8)
        c.drawString(40, 750, "MORTGAGE SERVICES  -  PO Box 2207, Ironwood Falls, MI 49938  -  (906) 555-0183")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 764, "REQUEST FOR WORKOUT REVIEW")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 752, f"Form ITMS-4  |  page {page}/2")
        c.setFillColor(black)

    def part(c: Canvas, y: float, title: str) -> float:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, title)
        c.setLineWidth(2)
        c.setStrokeColor(IT_BROWN)
        c.line(40, y - 4, 572, y - 4)
        c.setStrokeColor(black)
        return y - 8

    def head_row(c: Canvas, y: float, cols: Sequence[float], heads: Sequence[str]) -> float:
        c.setFillColor(IT_BROWN)
        c.rect(cols[0], y - 16, cols[-1] - cols[0], 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7)
        for i, t in enumerate(heads):
            c.drawString(cols[i] + 3, y - 11, t)
        c.setFillColor(black)
        return y - 16

    def zrow(c: Canvas, y: float, k: int, cols: Sequence[float], num: str, label: str, h: float = 20,
             merged: bool = False, bold: bool = False) -> None:
        if k % 2 == 0:
            c.setFillGray(0.92)
            c.rect(cols[0], y - h, cols[-1] - cols[0], h, stroke=0, fill=1)
            c.setFillColor(black)
        c.setLineWidth(0.3)
        c.setStrokeGray(0.55)
        c.line(cols[0], y - h, cols[-1], y - h)
        for xx in (cols[1:3] if merged else cols[1:-1]):
            c.line(xx, y, xx, y - h)
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(cols[0] + 3, y - 12.5, num)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 7.8)
        c.drawString(cols[1] + 4, y - 12.5, label)

    def page1(c: Canvas) -> list[Mark]:
        f = Fill(mode, app.seed + 1)
        header(c, 1)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, 724, "PLEASE PRINT IN CAPITAL LETTERS WITH BLUE OR BLACK INK.")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 713, "Applicant 1 is the borrower. Applicant 2 is the co-borrower - leave that column empty "
                              "if there is none.")
        c.setLineWidth(0.8)
        c.rect(400, 684, 172, 26, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(404, 703, "LOAN NO.")
        f.text(c, 440, 690, app.loan, size=11)
        cols = (40.0, 66.0, 250.0, 411.0, 572.0)
        y = part(c, 668, "PART I - APPLICANTS")
        y = head_row(c, y, cols, ("NO.", "ITEM", "APPLICANT 1 (BORROWER)", "APPLICANT 2 (CO-BORROWER)"))
        rows = [("1.1", "Name (first, middle, last)", lambda p: p.name), ("1.2", "Social Security number",
                                                                       lambda p: p.ssn),
                ("1.3", "Date of birth (mm/dd/yyyy)", lambda p: mdy(p.dob)), ("1.4", "Telephone", lambda p: p.phone),
                ("1.5", "E-mail", lambda p: p.email), ("1.6", "Employer", lambda p: p.employer),
                ("1.7", "Employed since (mm/yyyy)", lambda p: p.since.strftime("%m/%Y") if p.since else "")]
        for k, (num, label, get) in enumerate(rows):
            zrow(c, y, k, cols, num, label)
            f.text(c, cols[2] + 5, y - 13.5, cap(get(app.b)), size=9)
            if app.co:
                f.text(c, cols[3] + 5, y - 13.5, cap(get(app.co)), size=9)
            y -= 20
        y = part(c, y - 18, "PART II - PROPERTY")
        y = head_row(c, y, cols, ("NO.", "ITEM", "ANSWER (FOR BOTH APPLICANTS)", ""))
        for k, (num, label, val) in enumerate((("2.1", "Street address", app.street), ("2.2", "City", app.city),
                                               ("2.3", "State / ZIP code", f"{app.state}  {app.zip}"))):
            zrow(c, y, k, cols, num, label, merged=True)
            f.text(c, cols[2] + 5, y - 13.5, cap(val), size=9.5)
            y -= 20
        zrow(c, y, 3, cols, "2.4", "Occupancy (mark one)", merged=True)
        options(c, f, cols[2] + 5, y - 13, [("Our main home", app.occupancy == "primary_residence"),
                                            ("Second home", app.occupancy == "second_home"),
                                            ("Investment / rental", app.occupancy == "investment_property")],
                size=7.5, gap=10)
        y -= 20
        y = part(c, y - 18, "PART III - HARDSHIP")
        y = head_row(c, y, cols, ("NO.", "ITEM", "ANSWER (FOR BOTH APPLICANTS)", ""))
        zrow(c, y, 0, cols, "3.1", "Date the hardship began (mm/dd/yyyy)", merged=True)
        f.text(c, cols[2] + 5, y - 13.5, mdy(app.start), size=9.5)
        y -= 20
        zrow(c, y, 1, cols, "3.2", "Expected duration (mark one)", merged=True)
        options(c, f, cols[2] + 5, y - 13, [("6 months or less", app.duration == "short"),
                                            ("More than 6 months", app.duration == "long"),
                                            ("Resolved", app.duration == "resolved")], size=7.5, gap=10)
        y -= 20
        zrow(c, y, 2, cols, "3.3", "Cause (mark all that apply)", h=78, merged=True)
        for i, reason in enumerate(IT_REASONS):
            col, r = divmod(i, 5)
            f.box(c, cols[2] + 5 + col * 160, y - 14 - 14 * r, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 7.5)
            c.drawString(cols[2] + 17 + col * 160, y - 13 - 14 * r, reason)
        y -= 78
        zrow(c, y, 3, cols, "3.4", "If other, describe", merged=True)
        f.text(c, cols[2] + 5, y - 13.5, cap(app.other_text), size=9)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 36, "ITMS-4  -  continued on page 2")
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Fill(mode, app.seed + 2)
        header(c, 2)
        c.setLineWidth(0.8)
        c.rect(400, 700, 172, 26, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(404, 719, "LOAN NO.")
        f.text(c, 440, 706, app.loan, size=11)
        cols = (40.0, 66.0, 300.0, 390.0, 480.0, 572.0)
        y = part(c, 682, "PART IV - MONTHLY INCOME (GROSS, BEFORE TAXES)")
        y = head_row(c, y, cols, ("NO.", "SOURCE", "APPLICANT 1", "APPLICANT 2", "TOTAL"))
        people = [app.b, app.co]
        for k, (num, label, keys) in enumerate(IT_INCOME):
            zrow(c, y, k, cols, num, label)
            vals = [p.line(keys) if p else 0.0 for p in people]
            f.text(c, cols[3] - 5, y - 13.5, amount(vals[0]), size=9.5, align="right")
            f.text(c, cols[4] - 5, y - 13.5, amount(vals[1]), size=9.5, align="right")
            f.text(c, cols[5] - 5, y - 13.5, amount(r2(sum(vals))), size=9.5, align="right")
            y -= 20
        zrow(c, y, 9, cols, "4.10", "TOTAL (add 4.1 through 4.9)", h=22, bold=True)
        c.setLineWidth(1.2)
        c.line(cols[0], y, cols[-1], y)
        totals = [p.total if p else 0.0 for p in people]
        f.text(c, cols[3] - 5, y - 14.5, amount(totals[0]), size=9.5, align="right")
        f.text(c, cols[4] - 5, y - 14.5, amount(totals[1]), size=9.5, align="right")
        f.text(c, cols[5] - 5, y - 14.5, money(app.total), size=9.5, align="right")
        y = part(c, y - 44, "PART V - CERTIFICATION")
        y = paragraphs(c, 40, y - 12, 532, [
            "We certify that the information in this request is true and complete and that the hardship described "
            "above caused our difficulty in making the mortgage payment. We will provide the documents Ironwood Trust "
            "requests, we authorize Ironwood Trust to obtain a credit report for each applicant, and we understand "
            "that a knowingly false statement may violate federal law."], font="Helvetica", size=8, leading=10.5)
        y = part(c, y - 10, "PART VI - SIGNATURES")
        y -= 10
        for k, (p, title, x) in enumerate(((app.b, "APPLICANT 1 (BORROWER)", 40.0),
                                           (app.co, "APPLICANT 2 (CO-BORROWER)", 312.0))):
            c.setLineWidth(0.8)
            c.rect(x, y - 96, 260, 96, stroke=1, fill=0)
            c.setFillGray(0.92)
            c.rect(x, y - 16, 260, 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 5, y - 11, title)
            c.setLineWidth(0.5)
            c.line(x + 8, y - 52, x + 250, y - 52)
            c.setFont("Helvetica", 7)
            c.drawString(x + 8, y - 61, "Signature")
            c.line(x + 8, y - 82, x + 120, y - 82)
            c.drawString(x + 8, y - 91, "Date (mm/dd/yyyy)")
            if p is not None:
                f.sign(x + 14, y - 50, 150, p.signs, app.seed + 10 + k)
                if p.dates:
                    f.date(c, x + 10, y - 79, p.signed_on)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 36, "ITMS-4  -  page 2 of 2")
        return f.marks

    return Paper([page1, page2])


# Layout 4: Saltmarsh Cooperative Bank, "Mortgage Relief Application" (Form SCB-9), portrait, serif: every row
# numbered in a small BLACK SQUARE, the question in a wide left column, the answers under "YOU (BORROWER)" and
# "CO-BORROWER (IF ANY)", rows parted by DOTTED rules; questions for both answered across the two columns; the
# income's last row "Monthly income - both columns added" is one merged cell; the signature and its date are
# rows 23 and 24 of the same grid.

SC_MAROON = Color(0.45, 0.08, 0.16)
SC_X = (40.0, 300.0, 436.0, 572.0)
SC_REASONS = ("Lost my job", "Earning less", "Housing costs rose", "A disaster", "Illness or disability",
              "Divorce or separation", "Unmarried co-owner left", "Death of borrower / earner", "Moved far for work",
              "Something else")
SC_INCOME = (("Pay from a job (gross, including overtime)", ("wages", "overtime")),
             ("Business income if self-employed (net)", ("self_employment",)), ("Unemployment", ("unemployment",)),
             ("Social Security, pension or disability that is taxed", ("benefits_taxable",)),
             ("Social Security or disability that is not taxed", ("benefits_nontaxable",)),
             ("Rent from tenants (after expenses)", ("rental",)), ("Investments or insurance", ("investment",)),
             ("Alimony, child support or other income", ("support", "other")))


def scb9(app: App, mode: str) -> Paper:
    xl, xb, xc, x1 = SC_X

    def header(c: Canvas, page: int) -> None:
        c.setFillColor(SC_MAROON)
        c.setFont("Times-BoldItalic", 24)
        c.drawString(40, 740, "Saltmarsh")
        c.setFont("Helvetica", 7.5)
        c.drawString(42, 728, "C O O P E R A T I V E   B A N K   -   9 Ferry Landing, Saltmarsh, ME 04011")
        c.setFillColor(black)
        c.setFont("Times-Bold", 12.5)
        c.drawRightString(x1, 748, "MORTGAGE RELIEF APPLICATION")
        c.setFont("Times-Italic", 9)
        c.drawRightString(x1, 736, "for a borrower and a co-borrower")
        c.setFont("Helvetica", 7)
        c.drawRightString(x1, 725, f"SCB-9 (2047)  -  p. {page} of 2")
        c.setStrokeColor(SC_MAROON)
        c.setLineWidth(1.2)
        c.line(40, 717, x1, 717)
        c.setLineWidth(0.5)
        c.line(40, 714, x1, 714)
        c.setStrokeColor(black)

    def loan_line(c: Canvas, f: Fill, y: float) -> None:
        c.setFont("Times-Bold", 10)
        c.drawString(40, y, "Loan number")
        c.setDash(1, 2)
        c.line(112, y - 3, 300, y - 3)
        c.setDash()
        f.text(c, 118, y, app.loan, size=10.5)

    def heads(c: Canvas, y: float) -> float:
        c.setStrokeColor(SC_MAROON)
        c.setLineWidth(1)
        c.rect(xl, y - 18, x1 - xl, 18, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 9)
        c.drawString(xl + 6, y - 12.5, "QUESTION")
        c.drawCentredString((xb + xc) / 2, y - 12.5, "YOU (BORROWER)")
        c.drawCentredString((xc + x1) / 2, y - 12.5, "CO-BORROWER (IF ANY)")
        return y - 18

    def srow(c: Canvas, y: float, num: int, label: str, h: float = 22, merged: bool = False,
             bold: bool = False) -> None:
        c.setFillColor(black)
        c.rect(xl + 2, y - h / 2 - 6, 12, 12, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawCentredString(xl + 8, y - h / 2 - 2.3, str(num))
        c.setFillColor(black)
        c.setFont("Times-Bold" if bold else "Times-Roman", 9.3)
        lines = wrap(label, "Times-Roman", 9.3, xb - xl - 28)
        for i, ln in enumerate(lines):
            c.drawString(xl + 20, y - h / 2 + 4.5 * (len(lines) - 1) - 3 - 9 * i, ln)
        c.setLineWidth(0.4)
        for xx in (xb,) if merged else (xb, xc):
            c.line(xx, y, xx, y - h)
        c.setDash(1, 2)
        c.line(xl, y - h, x1, y - h)
        c.setDash()

    def page1(c: Canvas) -> list[Mark]:
        f = Fill(mode, app.seed + 1)
        header(c, 1)
        loan_line(c, f, 694)
        c.setFont("Times-Italic", 8.5)
        c.drawString(40, 676, "Each of you answers in your own column. If no one else is on the loan, leave the "
                              "co-borrower column empty.")
        y = heads(c, 668)
        co = app.co
        per = [("Name", lambda p: p.name), ("Last 4 digits of Social Security number", lambda p: p.ssn[-4:]),
               ("Phone number", lambda p: p.phone), ("E-mail", lambda p: p.email),
               ("Employer or source of income", lambda p: p.employer),
               ("Are you on active military duty? (Yes / No)", lambda p: "No")]
        num = 0
        for label, get in per:
            num += 1
            srow(c, y, num, label)
            f.text(c, xb + 5, y - 14.5, get(app.b), size=8.8)
            if co:
                f.text(c, xc + 5, y - 14.5, get(co), size=8.8)
            y -= 22
        y -= 14
        c.setFont("Times-BoldItalic", 9.5)
        c.setFillColor(SC_MAROON)
        c.drawString(40, y, "Questions for both of you - answer once, across both columns")
        c.setFillColor(black)
        y -= 8
        for label, val in (("Property address (street)", app.street),
                           ("City, state and ZIP code", f"{app.city}, {app.state} {app.zip}")):
            num += 1
            srow(c, y, num, label, merged=True)
            f.text(c, xb + 5, y - 14.5, val, size=9.5)
            y -= 22
        num += 1
        srow(c, y, num, "The property is", merged=True)
        options(c, f, xb + 5, y - 14, [("our home", app.occupancy == "primary_residence"),
                                       ("second home", app.occupancy == "second_home"),
                                       ("rental / investment", app.occupancy == "investment_property")],
                size=7.8, font="Times-Roman", gap=8)
        y -= 22
        num += 1
        srow(c, y, num, "When did the hardship start? (mm/dd/yyyy)", merged=True)
        f.text(c, xb + 5, y - 14.5, mdy(app.start), size=9.5)
        y -= 22
        num += 1
        srow(c, y, num, "How long will it last?", merged=True)
        options(c, f, xb + 5, y - 14, [("up to 6 months", app.duration == "short"),
                                       ("longer", app.duration == "long"), ("it is over", app.duration == "resolved")],
                size=7.8, font="Times-Roman", gap=8)
        y -= 22
        num += 1
        srow(c, y, num, "What happened? Mark every box that applies.", h=80, merged=True)
        for i, reason in enumerate(SC_REASONS):
            col, r = divmod(i, 5)
            f.box(c, xb + 5 + col * 136, y - 15 - 14 * r, HARDSHIPS[i] in app.hardships)
            c.setFont("Times-Roman", 8)
            c.drawString(xb + 17 + col * 136, y - 14 - 14 * r, reason)
        y -= 80
        num += 1
        srow(c, y, num, "If something else, explain", merged=True)
        f.text(c, xb + 5, y - 14.5, app.other_text, size=8.5)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 36, "SCB-9  -  turn over for income and signatures")
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Fill(mode, app.seed + 2)
        header(c, 2)
        loan_line(c, f, 694)
        c.setFont("Times-Italic", 8.5)
        c.drawString(40, 676, "Monthly income before taxes. Leave a line empty when it does not apply.")
        y = heads(c, 668)
        num = 13
        for label, keys in SC_INCOME:
            num += 1
            srow(c, y, num, label)
            c.setFont("Times-Roman", 9)
            c.drawString(xb + 4, y - 14.5, "$")
            c.drawString(xc + 4, y - 14.5, "$")
            f.text(c, xc - 6, y - 14.5, amount(app.b.line(keys)), size=9.5, align="right")
            if app.co:
                f.text(c, x1 - 6, y - 14.5, amount(app.co.line(keys)), size=9.5, align="right")
            y -= 22
        num += 1
        srow(c, y, num, "Monthly income - both columns added", h=24, merged=True, bold=True)
        c.setLineWidth(1)
        c.rect(xb + 60, y - 20, x1 - xb - 64, 16, stroke=1, fill=0)
        c.setFont("Times-Roman", 9)
        c.drawString(xb + 64, y - 15.5, "$")
        f.text(c, x1 - 8, y - 15.5, money(app.total), size=9.5, align="right")
        y -= 40
        y = paragraphs(c, 40, y, 532, [
            "By signing below each of us says that the answers on this application are true, that the hardship we "
            "described is the reason we need relief, and that we will send Saltmarsh Cooperative Bank the papers it "
            "asks for. We allow the bank to get a credit report on each of us. A knowingly false statement may "
            "violate federal law."], font="Times-Roman", size=9, leading=11.5)
        y = heads(c, y - 6)
        num += 1
        srow(c, y, num, "Signature", h=36)
        people = [(app.b, xb), (app.co, xc)]
        for k, (p, x) in enumerate(people):
            if p is not None:
                f.sign(x + 8, y - 28, 100, p.signs, app.seed + 10 + k)
        y -= 36
        num += 1
        srow(c, y, num, "Date signed (mm/dd/yyyy)")
        for p, x in people:
            if p is not None and p.dates:
                f.date(c, x + 6, y - 15, p.signed_on)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 36, "SCB-9  -  p. 2 of 2")
        return f.marks

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
    printed: list[str] = field(default_factory=list)  # strings its born-digital text layer must hold


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


def app_doc(app: App, joined_wages: bool = False) -> Doc:
    """The application; joined_wages when the form has one line for wages and overtime together."""
    printed = [app.loan, app.b.name, app.street, mdy(app.start)]
    printed += [p.name for p in app.people[1:]]
    for p in app.people:
        keys = [k for k in p.income if not (joined_wages and k in ("wages", "overtime"))]
        printed += [money(p.line((k,))) for k in keys]
        if joined_wages and p.line(("wages", "overtime")):
            printed.append(money(p.line(("wages", "overtime"))))
    return Doc("mortgage_assistance_application", {}, printed=printed)


def stub_doc(s: Stub) -> Doc:
    f = s.fields
    return Doc("pay_stub", f, s.date, printed=[f["employee_name"], f["employer"], money(f["gross_current"]),
                                                money(f["gross_ytd"]), money(f["net_current"])])


def stmt_doc(s: Statement) -> Doc:
    f = s.fields
    return Doc("bank_statement", f, s.date, account=s.account,
               printed=[f["bank_name"].upper() if "Harrowgate" in f["bank_name"] else "Brindlewood",
                        money(f["beginning_balance"]), money(f["ending_balance"]), f["account_last4"]])


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit,
               printed=[long_date(lt.date)] + ([money(lt.monthly)] if lt.monthly else []))


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date, printed=[long_date(date)])


def return_doc(r: Return1040) -> Doc:
    return Doc("tax_return", r.fields, None, signed=True, printed=["1040", str(r.year)])


def form4506c_doc(on: dt.date) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not app.signature_ok:
        out.append("application_signature")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and a is not b and fresh(a.date) and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]
    pnl = any(d.type == "profit_and_loss_statement" and d.signed and fresh(d.date) for d in docs)

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or pnl, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank}
    for k in app.income:
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
    if ("self_employment" in app.income or "rental" in app.income) and not any(
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


WH_DENTAL = Withholding(0.085, 0.045, True, (("Dental/medical plan", 74.30), ("401(k) contribution", 60.00)))
WH_FOODS = Withholding(0.07, 0.045, True, (("Health insurance", 52.80),))
WH_LIGHT = Withholding(0.05, 0.0425, True, ())
WH_MARINE = Withholding(0.08, 0.0715, True, (("Union dues", 21.00), ("Medical", 63.40)))
WH_SCHOOL = Withholding(0.075, 0.053, True, (("Pension contribution", 98.40), ("Vision plan", 6.15)))
WH_GRAIN = Withholding(0.07, 0.0535, True, (("Family health plan", 118.60),))


def packet_bt1(seed: int) -> Packet:
    """QMS-77 typed and signed on screen by both spouses; both earn wages; e-mailed into a folder. Complete."""
    received = dt.date(2048, 3, 17)
    addr = ["611 Wren Hollow Lane", "Dunmore Ridge, WI 54301"]
    b_stubs = [paylantern_stub(random.Random(seed * 7 + 1), "Verdigris Dental Group",
                               "40 Enamel Court, Green Bay, WI 54303", "Thaddeus R. Ellery", "VDG-2231",
                               "Hygiene - North office", d, 27.40, WH_DENTAL)
               for d in (dt.date(2048, 2, 20), dt.date(2048, 3, 5))]
    co_stub = cobbleworth_stub(random.Random(seed * 7 + 2), "Kestrel Foods Distribution",
                               "2900 Packer Drive, Green Bay, WI 54304", "Nadia P. Ellery", "40718",
                               dt.date(2048, 3, 13), 21.15, WH_FOODS, acct_tail="6620")
    b = Person("Thaddeus R. Ellery", "947-22-1186", dt.date(1988, 3, 4), "(920) 555-0134", "t.ellery@example.net",
               "Verdigris Dental Group", dt.date(2041, 6, 1), {"wages": r2(27.40 * 86.67 * 2), "overtime": 96.00})
    co = Person("Nadia P. Ellery", "947-60-3391", dt.date(1990, 7, 9), "(920) 555-0177", "nadia.e@example.com",
                "Kestrel Foods Distribution", dt.date(2044, 2, 1), {"wages": r2(21.15 * 80 * 26 / 12)})
    app = App("4471203958", b, co, "611 Wren Hollow Lane", "Dunmore Ridge", "WI", "54301", "primary_residence",
              ["reduction_in_income"], dt.date(2047, 11, 3), "long", dt.date(2048, 3, 12), seed=seed + 11)
    p = Packet("bt1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/QMS-77 Ellery.pdf", paper_pdf(qms77(app, "screen")), (app_doc(app), 2))
    for s in b_stubs:
        p.pdf(f"{folder}/paylantern_{s.date.isoformat()}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{folder}/Nadia stub {co_stub.date.strftime('%m%d')}.pdf", paper_pdf(co_stub.paper), (stub_doc(co_stub), 1))
    on = dt.date(2048, 3, 12)
    hl = hardship_letter([b.name, co.name], addr, app.loan, on, "Quillfeather Mortgage Servicing, LLC", [
        "In November Kestrel Foods closed its second shift and Nadia was moved to days at a lower rate with "
        "fewer hours. At the same time the dental group stopped scheduling Saturday clinics, which were most of "
        "my extra hours.", "Together we now bring home about $900 a month less than we did last fall. We fell "
        "behind in January and would like to be considered for a loan modification so that we can stay in our "
        "home."], ink=False, seed=seed)
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    ret = form1040(2047, "Thaddeus R", "Ellery", "947-22-1186", "Nadia P", "Ellery", "947-60-3391", addr[0], addr[1],
                   r2(27.40 * 2080 + 21.15 * 2080 + 1846.25), 0.0,
                   ("Dental hygienist", "Warehouse lead"), dt.date(2048, 2, 27), ink=False, seed=seed + 15)
    p.pdf(f"{folder}/2047 Form 1040.pdf", paper_pdf(ret.paper), (return_doc(ret), 2))
    return p


def packet_bt2(seed: int) -> Packet:
    """TBLS-12 typed and signed on screen; no co-borrower - that column answered "N/A". Complete."""
    received = dt.date(2048, 4, 14)
    addr = ["38 Egret Marsh Road", "Tidewater Bend, NC 28401"]
    stub = tallybridge_stub(random.Random(seed * 7 + 3), "Harborview Veterinary Clinic",
                            "702 Causeway Boulevard, Wilmington, NC 28403", "Lucinda F. Marchbanks", "HV-0188",
                            dt.date(2048, 4, 10), 19.75, 24.0, WH_LIGHT)
    ltd = disability_letter("Lucinda F. Marchbanks", addr, dt.date(2048, 2, 26), 1180.00, "LTD-48-220917",
                            dt.date(2048, 1, 18), "Harborview Veterinary Clinic")
    b = Person("Lucinda F. Marchbanks", "962-41-7730", dt.date(1979, 12, 2), "(910) 555-0148",
               "lmarchbanks@example.org", "Harborview Veterinary Clinic", dt.date(2036, 9, 1),
               {"wages": stub.monthly, "benefits_taxable": 1180.00})
    app = App("3308917265", b, None, "38 Egret Marsh Road", "Tidewater Bend", "NC", "28401", "primary_residence",
              ["disability_or_illness"], dt.date(2047, 10, 20), "long", dt.date(2048, 4, 8), co_na=True,
              seed=seed + 21)
    p = Packet("bt2", received, app, [])
    loan = app.loan
    p.pdf(f"{loan}_application.pdf", paper_pdf(tbls12(app, "screen")), (app_doc(app, True), 2))
    p.pdf(f"{loan}_payslip.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{loan}_disability_approval.pdf", paper_pdf(ltd.paper), (letter_doc(ltd), 1))
    on = dt.date(2048, 4, 8)
    hl = hardship_letter([b.name], addr, loan, on, "Tidewater Bend Loan Servicing", [
        "Last October I had a stroke. After two months off work I went back to the clinic three days a week, "
        "which is all my doctor allows for now. My disability insurance pays part of what I lost, but not all "
        "of it.", "I live alone and I am the only borrower on this loan. I am asking for a lower payment while I "
        "recover, and I can send anything else you need."], ink=False, seed=seed)
    p.pdf(f"{loan}_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_bt3(seed: int) -> Packet:
    """ITMS-4 filled IN PEN by both and scanned behind a separator sheet; only the co-borrower's column holds
    income (the borrower was laid off). Complete."""
    received = dt.date(2048, 5, 12)
    addr = ["1420 Tamarack Street", "Ironwood Falls, MI 49938"]
    stubs = [tallybridge_stub(random.Random(seed * 7 + 4), "Lakeshore Cold Storage",
                              "88 Dock Road, Ironwood Falls, MI 49938", "Priya N. Kowalczyk", "LCS-5102", d, 22.40,
                              40.0, WH_FOODS) for d in (dt.date(2048, 5, 1), dt.date(2048, 5, 8))]
    b = Person("Desmond A. Kowalczyk", "931-08-5527", dt.date(1983, 5, 30), "(906) 555-0120",
               "dkowalczyk@example.net", "NONE - laid off 01/2048", None, {})
    co = Person("Priya N. Kowalczyk", "931-44-0962", dt.date(1985, 11, 14), "(906) 555-0161", "priya.k@example.net",
                "Lakeshore Cold Storage", dt.date(2042, 3, 1), {"wages": r2(22.40 * 40 * 52 / 12), "overtime": 140.00})
    app = App("7702418836", b, co, "1420 Tamarack Street", "Ironwood Falls", "MI", "49938", "primary_residence",
              ["unemployment"], dt.date(2048, 1, 19), "long", dt.date(2048, 5, 9), seed=seed + 31)
    p = Packet("bt3", received, app, [])
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005)
    on = dt.date(2048, 5, 9)
    hl = hardship_letter([b.name, co.name], addr, app.loan, on, "Ironwood Trust Mortgage Services", [
        "Desmond was laid off from the paper mill on January 19 when the mill shut down its No. 2 machine. His "
        "unemployment benefits ran out in April and he is still looking for work.",
        "Priya works full time at Lakeshore Cold Storage and picks up overtime when she can, but her pay alone "
        "does not cover the mortgage and our other bills. We ask for a reduced payment until Desmond is working "
        "again."], ink=True, seed=seed + 3)
    p.scan("scan_20480512_0931.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(app), scan_paper(itms4(app, "pen"), style, seed + 301)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 302)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 303)),
        (hardship_doc(on), scan_paper(hl, style, seed + 304))], style)
    return p


def packet_bt4(seed: int) -> Packet:
    """SCB-9 typed, printed, signed and dated in ink by the CO-BORROWER ONLY, faxed behind a cover sheet.
    Incomplete: application_signature."""
    received = dt.date(2048, 6, 9)
    addr = ["27 Ferry Landing Road", "Saltmarsh, ME 04011"]
    b_stub = cobbleworth_stub(random.Random(seed * 7 + 5), "Casco Marine Fabrication",
                              "15 Wharf Street, Portland, ME 04101", "Gerald T. Finchley", "2207",
                              dt.date(2048, 6, 5), 26.10, WH_MARINE, ("Shift premium", 1.25), acct_tail="0381")
    co_stub = paylantern_stub(random.Random(seed * 7 + 6), "Pinecone Pediatrics", "300 Birch Hill Road, Brunswick, "
                              "ME 04011", "Marguerite L. Finchley", "PP-0419", "Front office", dt.date(2048, 5, 20),
                              24.30, WH_LIGHT)
    b = Person("Gerald T. Finchley", "975-31-2048", dt.date(1976, 8, 21), "(207) 555-0192", "gfinchley@example.com",
               "Casco Marine Fabrication", dt.date(2030, 4, 1), {"wages": r2(27.35 * 80 * 26 / 12)},
               signs=False, dates=False)
    co = Person("Marguerite L. Finchley", "975-58-6604", dt.date(1978, 1, 5), "(207) 555-0158",
                "mfinchley@example.com", "Pinecone Pediatrics", dt.date(2039, 10, 1),
                {"wages": r2(24.30 * 86.67 * 2)}, signed_on=dt.date(2048, 6, 3))
    app = App("2259604173", b, co, "27 Ferry Landing Road", "Saltmarsh", "ME", "04011", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2048, 1, 1), "long", dt.date(2048, 6, 3), seed=seed + 41)
    p = Packet("bt4", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0008, fax=True)
    on = dt.date(2048, 6, 3)
    hl = hardship_letter([b.name, co.name], addr, app.loan, on, "Saltmarsh Cooperative Bank", [
        "Our town revalued every house on the harbor this year, and our property taxes went from $4,100 to "
        "$7,350. Our flood insurance premium also went up at renewal in January. Together our escrow payment "
        "rose by more than $400 a month.", "Our pay has not changed. We would like to keep our home and ask the "
        "bank to look at a modification."], ink=True, seed=seed + 4)
    cover = fax_cover("Harbor Copy & Ship", "(207) 555-0100", "Saltmarsh Cooperative Bank - Loss Mitigation",
                      "(207) 555-0145", received, 7, f"Loan {app.loan} - Finchley application")
    p.scan("FAX_20480609_141507.pdf", [
        (None, scan_paper(cover, style, seed + 400)),
        (app_doc(app, True), scan_paper(scb9(app, "ink"), style, seed + 401)),
        (stub_doc(b_stub), scan_paper(b_stub.paper, style, seed + 402)),
        (stub_doc(co_stub), scan_paper(co_stub.paper, style, seed + 403)),
        (hardship_doc(on), scan_paper(hl, style, seed + 404))], style)
    return p


def packet_bt5(seed: int) -> Packet:
    """QMS-77 typed and signed on screen by a borrower alone (co-borrower column left empty); wages and the rent of
    a basement apartment, two consecutive statements; no Form 4506-C. Incomplete: irs_form_4506c."""
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2048, 7, 15)
    addr = ["2204 Birchbark Avenue", "Green Bay, WI 54302"]
    stub = paylantern_stub(random.Random(seed * 7 + 7), "Dunmore Ridge School District",
                           "1 Schoolhouse Lane, Dunmore Ridge, WI 54301", "Octavia M. Renfroe", "DRSD-30917",
                           "Food services", dt.date(2048, 7, 5), 29.80, WH_SCHOOL)
    net = stub.fields["net_current"]
    credits = [(2, "MOBILE DEP - RENT APT B", 950.00), (5, "DUNMORE RIDGE SD PAYROLL", net),
               (20, "DUNMORE RIDGE SD PAYROLL", net)]
    s1 = brindlewood_statement(rng, "Octavia M. Renfroe", addr, "6120448573", 2048, 5, 1412.08, credits)
    credits2 = [(1, "MOBILE DEP - RENT APT B", 950.00), (5, "DUNMORE RIDGE SD PAYROLL", net),
                (19, "DUNMORE RIDGE SD PAYROLL", net)]
    s2 = brindlewood_statement(rng, "Octavia M. Renfroe", addr, "6120448573", 2048, 6, s1.fields["ending_balance"],
                               credits2)
    b = Person("Octavia M. Renfroe", "958-17-4402", dt.date(1971, 2, 17), "(920) 555-0109", "orenfroe@example.net",
               "Dunmore Ridge School District", dt.date(2033, 8, 15),
               {"wages": r2(29.80 * 86.67 * 2), "rental": 780.00})
    app = App("5140278863", b, None, "2204 Birchbark Avenue", "Green Bay", "WI", "54302", "primary_residence",
              ["disaster"], dt.date(2048, 4, 28), "short", dt.date(2048, 7, 10), seed=seed + 51)
    p = Packet("bt5", received, app, ["irs_form_4506c"])
    pre = f"Renfroe {app.loan}"
    p.pdf(f"{pre} application.pdf", paper_pdf(qms77(app, "screen")), (app_doc(app), 2))
    p.pdf(f"{pre} paystub.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{pre} May statement.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf(f"{pre} June statement.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    on = dt.date(2048, 7, 10)
    hl = hardship_letter([b.name], addr, app.loan, on, "Quillfeather Mortgage Servicing, LLC", [
        "On April 28 a storm brought a large oak down on the back of my house. The insurance paid for the roof "
        "but not the $5,000 deductible or the water damage in the basement apartment, and my tenant could not "
        "live there for six weeks.", "I paid the contractor from the money I had set aside for the mortgage. The "
        "apartment is rented again, and I ask for a short break or a repayment plan to catch up."],
        ink=False, seed=seed)
    p.pdf(f"{pre} letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_bt6(seed: int) -> Packet:
    """TBLS-12 typed, printed, signed and dated in ink by both; the co-borrower is self-employed; each paper
    scanned on its own at 300 dpi into a folder named after the loan. Complete."""
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2048, 8, 18)
    addr = ["905 Sandpiper Court", "Pender Crossing, NC 28425"]
    stub = cobbleworth_stub(random.Random(seed * 7 + 8), "Northfork Grain Cooperative",
                            "4400 Elevator Road, Burgaw, NC 28425", "Hollis B. Vantreese", "1187",
                            dt.date(2048, 8, 14), 23.85, WH_GRAIN, acct_tail="2290")
    pay = stub.fields["net_current"]
    june = [(5, "NORTHFORK GRAIN PAYROLL", pay), (8, "SQUARE INC DEPOSIT", r2(rng.uniform(560, 760))),
            (15, "MOBILE DEPOSIT - CLIENT CHECK", 240.00), (19, "NORTHFORK GRAIN PAYROLL", pay),
            (22, "SQUARE INC DEPOSIT", r2(rng.uniform(600, 820))),
            (29, "SQUARE INC DEPOSIT", r2(rng.uniform(480, 700)))]
    july = [(3, "NORTHFORK GRAIN PAYROLL", pay), (6, "SQUARE INC DEPOSIT", r2(rng.uniform(560, 760))),
            (13, "MOBILE DEPOSIT - CLIENT CHECK", 185.00), (17, "NORTHFORK GRAIN PAYROLL", pay),
            (20, "SQUARE INC DEPOSIT", r2(rng.uniform(600, 820))),
            (27, "SQUARE INC DEPOSIT", r2(rng.uniform(480, 700))),
            (31, "NORTHFORK GRAIN PAYROLL", pay)]
    holder = "Hollis B. Vantreese / Serafina M. Vantreese"
    s1 = harrowgate_statement(rng, holder, addr, "40-3318", "7700412290", 2048, 6, 938.55, june)
    s2 = harrowgate_statement(rng, holder, addr, "40-3318", "7700412290", 2048, 7, s1.fields["ending_balance"], july)
    b = Person("Hollis B. Vantreese", "921-64-0087", dt.date(1981, 9, 12), "(910) 555-0173", "hvantreese@example.com",
               "Northfork Grain Cooperative", dt.date(2037, 3, 1), {"wages": r2(23.85 * 80 * 26 / 12)})
    co = Person("Serafina M. Vantreese", "921-70-5316", dt.date(1984, 4, 3), "(910) 555-0129",
                "serafina.grooms@example.com", "Self-employed - mobile dog grooming", dt.date(2039, 5, 1),
                {"self_employment": 2350.00})
    app = App("6083319402", b, co, "905 Sandpiper Court", "Pender Crossing", "NC", "28425", "primary_residence",
              ["increase_in_housing_expenses", "other"], dt.date(2048, 3, 1), "long", dt.date(2048, 8, 11),
              other_text="Grooming van engine failed; business income down", seed=seed + 61)
    p = Packet("bt6", received, app, [])
    style = Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004)
    on = dt.date(2048, 8, 11)
    hl = hardship_letter([b.name, co.name], addr, app.loan, on, "Tidewater Bend Loan Servicing", [
        "In March our homeowner's insurance was not renewed after the storms last fall, and the only policy we "
        "could find costs $3,900 a year more. Our escrow payment went up by $325 a month.",
        "In May the engine of Serafina's grooming van failed. She rented a van for a few weeks but had to cancel "
        "many appointments, and her business income has been about a third lower since. Hollis's pay from the "
        "co-op has not changed. We are asking for a modification while she rebuilds her client list."],
        ink=True, seed=seed + 6)
    ret = form1040(2047, "Hollis B", "Vantreese", "921-64-0087", "Serafina M", "Vantreese", "921-70-5316", addr[0],
                   addr[1], r2(23.85 * 2080 + 1312.40), 27640.00, ("Grain elevator operator", "Dog groomer"),
                   dt.date(2048, 4, 9), ink=True, seed=seed + 65)
    t4506 = form4506c_pdf("Serafina", "M", "Vantreese", "921-70-5316", addr[0], "Pender Crossing", "NC", "28425",
                          "Tidewater Bend Loan Servicing", "(910) 555-0100", on, "(910) 555-0129", seed + 66,
                          ink=True)
    folder = app.loan
    parts: list[tuple[Doc, list[ScannedPage]]] = [
        (app_doc(app, True), scan_paper(tbls12(app, "ink"), style, seed + 600)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 601)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 602)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 603)),
        (return_doc(ret), scan_paper(ret.paper, style, seed + 604)),
        (form4506c_doc(on), scan_sheets(t4506, [form4506c_marks(on, seed + 66)], style, seed + 605)),
        (hardship_doc(on), scan_paper(hl, style, seed + 606))]
    for i, (doc, sheets) in enumerate(parts):
        p.scan(f"{folder}/IMG_{417 + i:04d}.pdf", [(doc, sheets)], style)
    return p


def packet_bt7(seed: int) -> Packet:
    """ITMS-4 typed and signed on screen by both; the borrower's only pay stub is more than 90 days old, the
    co-borrower's pension letter is fresh. Incomplete: income_doc:wages."""
    received = dt.date(2048, 9, 16)
    addr = ["77 Hematite Drive", "Houghton, MI 49931"]
    stub = tallybridge_stub(random.Random(seed * 7 + 9), "Copper Range Linen Service",
                            "310 Portage Street, Houghton, MI 49931", "Winifred O. Castellanos", "CRL-0644",
                            dt.date(2048, 6, 5), 17.90, 32.0, WH_LIGHT)
    pension = pension_letter("Rafael Castellanos", addr, dt.date(2048, 8, 24), 2145.00, dt.date(2044, 7, 1))
    b = Person("Winifred O. Castellanos", "989-25-6613", dt.date(1966, 6, 27), "(906) 555-0152",
               "wcastellanos@example.net", "Copper Range Linen Service", dt.date(2045, 1, 1),
               {"wages": r2(17.90 * 32 * 52 / 12)})
    co = Person("Rafael Castellanos", "989-47-2201", dt.date(1958, 10, 30), "(906) 555-0185", "rafa.c@example.net",
                "Retired - Stonebridge city pension", None, {"benefits_taxable": 2145.00})
    app = App("8816045273", b, co, "77 Hematite Drive", "Houghton", "MI", "49931", "primary_residence",
              ["reduction_in_income"], dt.date(2048, 5, 1), "short", dt.date(2048, 9, 9), seed=seed + 71)
    p = Packet("bt7", received, app, ["income_doc:wages"])
    loan = app.loan
    p.pdf(f"{loan} - application.pdf", paper_pdf(itms4(app, "screen")), (app_doc(app), 2))
    p.pdf(f"{loan} - paystub.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{loan} - pension letter.pdf", paper_pdf(pension.paper), (letter_doc(pension), 1))
    on = dt.date(2048, 9, 9)
    hl = hardship_letter([b.name, co.name], addr, loan, on, "Ironwood Trust Mortgage Services", [
        "In May the linen service lost its contract with the hospital and cut my hours from forty to about "
        "thirty-two a week. I am looking for a second job.", "Rafael's pension has not changed. With my lower pay "
        "we are short about $500 every month, and we ask for a temporary lower payment."], ink=False, seed=seed)
    p.pdf(f"{loan} - hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_bt8(seed: int) -> Packet:
    """SCB-9 filled IN PEN and signed by both unmarried co-owners (the co-borrower moved out and brings no income),
    scanned as one file without a separator; no quitclaim deed or agreement. Incomplete:
    hardship_doc:separation_unmarried."""
    received = dt.date(2048, 10, 20)
    addr = ["14 Cormorant Way", "Saltmarsh, ME 04011"]
    stubs = [tallybridge_stub(random.Random(seed * 7 + 10), "Penobscot Boat Storage",
                              "2 Boatyard Lane, Bucksport, ME 04416", "Ansel P. Drummond", "PBS-117", d, 24.50, 40.0,
                              WH_MARINE) for d in (dt.date(2048, 10, 9), dt.date(2048, 10, 16))]
    b = Person("Ansel P. Drummond", "944-12-7839", dt.date(1987, 1, 23), "(207) 555-0116", "ansel.d@example.com",
               "Penobscot Boat Storage", dt.date(2040, 4, 1), {"wages": r2(24.50 * 40 * 52 / 12)})
    co = Person("Bettina K. Hollowell", "944-63-1057", dt.date(1989, 6, 8), "(207) 555-0170", "bkh@example.org",
                "Moved out 07/2048", None, {}, signed_on=dt.date(2048, 10, 14))
    app = App("9027714486", b, co, "14 Cormorant Way", "Saltmarsh", "ME", "04011", "primary_residence",
              ["separation_unmarried"], dt.date(2048, 7, 31), "long", dt.date(2048, 10, 12), seed=seed + 81)
    p = Packet("bt8", received, app, ["hardship_doc:separation_unmarried"])
    style = Scan(dpi=300, tilt=0.45, blur=0.6, noise=0.0005)
    on = dt.date(2048, 10, 12)
    hl = hardship_letter([b.name], addr, app.loan, on, "Saltmarsh Cooperative Bank", [
        "Bettina and I bought this house together in 2044. We were never married, and at the end of July we "
        "separated and she moved to Bangor. She is still on the loan but no longer pays half of the mortgage.",
        "I want to keep the house and take over the loan. My pay covers most of the payment, and I ask the bank to "
        "lower it to what I can afford on my own."], ink=True, seed=seed + 8)
    p.scan(f"Drummond {app.loan}.pdf", [
        (app_doc(app, True), scan_paper(scb9(app, "pen"), style, seed + 800)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 801)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 802)),
        (hardship_doc(on), scan_paper(hl, style, seed + 803))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bt1, packet_bt2, packet_bt3, packet_bt4, packet_bt5, packet_bt6,
                                             packet_bt7, packet_bt8]


def verify_packet(p: Packet) -> list[str]:
    """Checks on the drawn values themselves, before anything is written."""
    problems: list[str] = []
    if p.received.weekday() >= 5:
        problems.append(f"{p.name}: received on a weekend")
    app = p.app
    if abs(sum(app.income.values()) - app.total) > 0.005:
        problems.append(f"{p.name}: income lines do not add up to the total")
    for person in app.people:
        if person.signed_on and person.signed_on > p.received:
            problems.append(f"{p.name}: signed after it arrived")
        if set(person.income) - set(LINE_CODE):
            problems.append(f"{p.name}: unknown income line")
    for d in p.docs:
        if d.date and d.date > p.received:
            problems.append(f"{p.name}: {d.type} dated after it arrived")
        if d.type == "pay_stub":
            f = d.fields
            per = PERIODS[f["frequency"]]
            paid = dt.date.fromisoformat(f["pay_date"])
            n = len(schedule(paid, f["frequency"]))
            if abs(f["gross_ytd"] / n - f["gross_current"]) > 0.35 * f["gross_current"]:
                problems.append(f"{p.name}: YTD / checks far from the current gross {f}")
            if abs(r2(f["gross_current"] * per / 12) - f["monthly_gross"]) > 0.005:
                problems.append(f"{p.name}: monthly gross {f}")
            start, end = dt.date.fromisoformat(f["period_start"]), dt.date.fromisoformat(f["period_end"])
            if not start <= end <= paid:
                problems.append(f"{p.name}: pay period {f}")
    return problems


def check(out: Path, docs_printed: dict[str, list[list[str]]] | None = None) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and the scenario; where the
    strings each born-digital document must print are known, read them back from its text layer."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    app_keys = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
                "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
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
        if set(app) != app_keys:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"} or any(
                v <= 0 for k, v in app["income"].items()):
            problems.append(f"{name}: bad income code or amount")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
        if app["signed"] != (app["signed_on"] is not None) and app["signed"]:
            problems.append(f"{name}: signed without a date")
        if (not app["signed"] or app["co_borrower_signed"] is False) and \
                "application_signature" not in exp["missing"]:
            problems.append(f"{name}: unsigned application but no application_signature")
        if str(app["loan_number"]) != exp["loan_number"] or not exp["loan_number"].isdigit():
            problems.append(f"{name}: loan number")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        printed = (docs_printed or {}).get(name)
        for i, doc in enumerate(exp["documents"]):
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
                page_text = reader.pages[pg["page"] - 1].extract_text().replace(SYNTH, "")
                text += page_text + "\n"
                if bool(page_text.strip()) == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={not doc['scanned']} on {key}")
            if printed is not None and not doc["scanned"]:
                flat = " ".join(text.split())
                for want in printed[i]:
                    if " ".join(want.split()) not in flat:
                        problems.append(f"{name}: {doc['type']} does not print {want!r}")
            for k, v in doc["fields"].items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
        files = {p.relative_to(exp_path.parent / "inbox").as_posix() for p in (exp_path.parent / "inbox").rglob("*")
                 if p.is_file()}
        listed = {f for f, _ in seen}
        if files - listed:
            problems.append(f"{name}: files with no listed document {sorted(files - listed)}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bt1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    printed: dict[str, list[list[str]]] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        problems += verify_packet(p)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        printed[p.name] = [d.printed for d in p.docs]
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out, printed)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
