"""A holdout set of borrower packets (bv1..bv8) on MEDICAL HARDSHIP, DISABILITY AND CAREGIVING, laid out unlike the
shared samples and unlike the earlier sets, written without looking at the service's code, rules, data files or
tests, to estimate honestly how it reads such mail at a servicer in layouts it has never seen.

What was read to write it: shared/spec (README, checklist, schema, form710, domain-rules), shared/samples (README and
expected.json files), shared/reference/README.md and the blank Form 710, tests/pdf_factory.py,
tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py (the scaffold whose
structure and helpers this file copies) and only the module docstrings of the other holdout_packets_*.py files.

    python benchmarks/holdout_packets_bv.py OUT_DIR [--seed N] [--check] [--only bv1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them.

THEME: borrowers out of work or on reduced hours because of an illness, an injury or caring for a family member.
Income papers are disability insurers' benefit letters (a long-term disability claim decision, a short-term
disability approval, an LTD benefit payment statement) and Social Security disability (SSDI) notices of award, all
typed as benefit_award_letter with the income code they document (employer-paid LTD / STD: benefits_taxable; SSDI
whose notice says no part is taxable for the household: benefits_nontaxable); pay stubs show reduced hours and, in
one employer's payroll, an "STD" disability pay line. Distractors typed `other`: employers' FMLA / medical-leave
designation notices and hospitals' patient statements full of amounts, account numbers and dates. A physician's
work-status letter is the medical_statement. Hardship letters are written by the borrower or by the caregiving
spouse who is the co-borrower.

Applications:
- the real Form 710 (April 2023) filled through its AcroForm: typed and signed on screen, every page carrying the
  synthetic line (bv1); typed, printed, signed in ink WITHOUT the date beside the signature, faxed (bv4);
- Wrenfield Home Loan Servicing's "Medical Hardship Assistance Request" (WHL-MH2, two pages): the page split into
  TWO COLUMNS of numbered questions (A1.. on the left, B1.. on the right), every answer inside a LIGHT GREY SHADED
  BOX under a small caption, choices as shaded squares, the income as eight shaded boxes and a shaded TOTAL box,
  signatures across the foot of page 2 - pen-filled in block handwriting and scanned grey (bv2), typed on screen
  and e-mailed (bv5), typed, printed, signed and dated in ink and scanned at 300 dpi behind a separator (bv7);
- Tamsin Bay Mortgage's LARGE-PRINT accessibility edition of its "Medical Hardship Assistance Request" (TB-LP7,
  five pages): 15 pt type, ONE QUESTION PER FULL-WIDTH BAND separated by heavy rules, a big question number in a
  dark square at the left, the answer on a long rule under the question in 16 pt, choices as big 16 pt boxes with
  their words beside them, one income kind per band - typed on screen (bv3, and inside a combined upload bv6),
  pen-filled and faxed (bv8).

Pay: Halvorsen Precision Castings' bi-weekly "EARNINGS STATEMENT" with a dark LEFT SIDEBAR holding the employee
block and a REG / STD / HOL table (STD = short-term disability pay at 60% through payroll, reduced REG hours);
Copper Kettle Markets' weekly stub with a perforated "detach and keep" strip, hours cut from 38 to 22-26;
Brightwater Staffing's weekly half-page "EARNINGS RECEIPT" that prints NO year-to-date figures (so it does not
document wages by itself). Every year-to-date figure is the sum of that year's checks. Statements: Lakeshore
Savings Bank's one-page statement (an "At a glance" box down the left, the register on the right), photographed.

Shapes: born-digital PDFs (bv1, bv3, bv5's application, bv6's combined upload), grey scans with pen handwriting
(bv2), fax of a printed Form 710 and of a pen-filled large-print form (bv4, bv8, fax cover sheets), one 300 dpi scan
of a whole packet behind a Code 128 separator sheet (bv7), and PHONE PHOTOS (bv5: colour JPEG photographs of papers
on a table, tilted 1-3 degrees, with uneven light, one page per photo, no text layer).

Packets:
- bv1 COMPLETE: Form 710 on screen; borrower on employer-paid LTD after a spinal injury (fresh claim decision),
  co-borrower's fresh Halvorsen stub with reduced hours, borrower's hardship letter, a hospital statement (other).
- bv2 INCOMPLETE income_doc:benefits_taxable: WHL-MH2 in pen; the only proof of the STD benefit is the approval
  letter dated more than 90 days before the packet arrived (stale); a physician's letter covers the illness; FMLA
  designation notice (other).
- bv3 COMPLETE: TB-LP7 on screen; wife cut her hours at Copper Kettle to care for her husband (fresh weekly stub with
  YTD), his SSDI notice of award (non-taxable), her hardship letter as caregiver; two borrowers sign.
- bv4 INCOMPLETE application_signature: Form 710 printed and signed in ink but the borrower left the date blank;
  Halvorsen stub with STD pay, hardship letter, hospital statement, behind a fax cover.
- bv5 COMPLETE: WHL-MH2 on screen; phone photos of an SSDI award (non-taxable), a physician's work-status letter and
  two consecutive fresh Lakeshore statements showing the co-borrower's payroll deposits (wages without a stub).
- bv6 INCOMPLETE income_doc:wages: one combined upload (TB-LP7 on screen, Brightwater receipt WITHOUT year-to-date,
  FMLA notice for a child's treatment, hospital statement, hardship letter); no bank statements.
- bv7 INCOMPLETE hardship_doc:other: WHL-MH2 typed and inked; "other" checked (caring for a parent after a stroke),
  two fresh Copper Kettle stubs and an FMLA notice, but no written explanation (hardship letter).
- bv8 COMPLETE: TB-LP7 pen-filled and faxed; LTD benefit payment statement (fresh, monthly gross), the spouse's
  hardship letter, hospital statement (other).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet. `--check` validates every expected.json (keys, codes, types, dates, that every listed
page exists, that `scanned` matches the absence of a text layer, and that the rules give the scenario's codes).
Received dates fall in 2038. Every file is the same bytes for a seed: reportlab runs in invariant mode, scans and
photos use seeded noise, pypdf output carries fixed identifiers. All people, employers, banks, insurers, hospitals
and servicers are fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test document"
line.
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
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
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
    c.setCreator("holdout_packets_bv")
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
    writer.add_metadata({"/Producer": "holdout_packets_bv"})
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


# --- phone photos -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Photo:
    """A phone photograph of a paper lying on a table: colour, tilted, lit unevenly, saved as JPEG."""

    dpi: int = 120
    tilt: float = 2.0
    margin: float = 0.05  # share of the picture that is table around the sheet
    seed: int = 1


@dataclass
class PhotoPage:
    image: Image.Image  # RGB
    size: tuple[float, float]  # points


def photograph(paper: Paper, style: Photo, seed: int) -> list[PhotoPage]:
    """Print a paper (marks drawn as typed or signed on it) and photograph each sheet."""
    out = []
    for i, (img, _h) in enumerate(render_pages(paper_pdf(paper), style.dpi)):
        rng = random.Random(seed * 53 + i)
        sheet = img.point(lambda v: int(30 + v * 0.86))
        turn = rng.choice([Image.Transpose.FLIP_TOP_BOTTOM, Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270,
                           Image.Transpose.ROTATE_180])
        light = Image.linear_gradient("L").transpose(turn).resize(sheet.size)
        light = light.point(lambda v: int(205 + v * 50 / 255))
        lit = ImageChops.multiply(sheet, light)
        rgb = Image.merge("RGB", (lit, lit.point(lambda v: int(v * 0.97)), lit.point(lambda v: int(v * 0.9))))
        angle = style.tilt * (1 if (seed + i) % 2 else -1) * rng.uniform(0.7, 1.0)
        turned = rgb.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(92, 74, 58))
        mx, my = round(turned.size[0] * style.margin), round(turned.size[1] * style.margin)
        table = Image.new("RGB", (turned.size[0] + 2 * mx, turned.size[1] + 2 * my), (92, 74, 58))
        table.paste(turned, (mx + rng.randrange(-mx // 2, mx // 2 + 1), my + rng.randrange(-my // 2, my // 2 + 1)))
        table = table.filter(ImageFilter.GaussianBlur(0.7))
        px = table.load()
        wd, ht = table.size
        for _ in range(int(wd * ht * 0.0004)):
            x, y = rng.randrange(wd), rng.randrange(ht)
            r, g, b = px[x, y]
            d = rng.randrange(-40, 41)
            px[x, y] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
        out.append(PhotoPage(table, (wd * 72 / style.dpi, ht * 72 / style.dpi)))
    return out


def photos_pdf(photos: Sequence[PhotoPage]) -> bytes:
    """A phone app's 'share as PDF': one JPEG photo a page, no text layer."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for ph in photos:
        c.setPageSize(ph.size)
        data = io.BytesIO()
        ph.image.save(data, "JPEG", quality=72)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=ph.size[0], height=ph.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- pay stubs ------------------------------------------------------------------------------------------------


def halvorsen_stub(rng: random.Random, employee: str, emp_no: str, dept: str, pay_date: dt.date, rate: float,
                   cut_from: dt.date, reduced_hours: float, std_hours: float, wh: Withholding) -> Stub:
    """Halvorsen Precision Castings: a bi-weekly earnings statement with a dark left sidebar; REG hours cut
    from `cut_from`, and an STD line (short-term disability pay at 60% through payroll) when std_hours."""
    employer = "Halvorsen Precision Castings"
    dates = pay_dates(dt.date(pay_date.year, 1, 7), pay_date, "biweekly")
    key = rng_key(rng)
    checks = []
    for d in dates:
        rr = random.Random(f"{emp_no}{d}{key}")
        lines: dict[str, tuple[float, float, float]] = {}
        if d < cut_from:
            reg = 80.0 if d.month != 1 or d.day > 14 else 72.0
            lines["REG  Regular"] = (reg, rate, r2(reg * rate))
            ot = rr.choice([0.0, 0.0, 4.0, 6.5])
            if ot:
                lines["OT   Overtime 1.5x"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
            if reg == 72.0:
                lines["HOL  Holiday"] = (8.0, rate, r2(8 * rate))
        else:
            lines["REG  Regular"] = (reduced_hours, rate, r2(reduced_hours * rate))
            if std_hours:
                lines["STD  Short-term disability 60%"] = (std_hours, r2(rate * 0.6), r2(std_hours * rate * 0.6))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    order = ["REG  Regular", "OT   Overtime 1.5x", "HOL  Holiday", "STD  Short-term disability 60%"]

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.16, 0.18, 0.2))
        c.rect(0, 0, 176, H, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(22, 742, "HALVORSEN")
        c.setFont("Helvetica", 8.5)
        c.drawString(22, 730, "Precision Castings, Inc.")
        c.drawString(22, 719, "610 Foundry Row")
        c.drawString(22, 708, "Keel Harbor, WI 54220")
        y = 660
        for cap, val in (("EMPLOYEE", employee), ("EMPLOYEE NUMBER", emp_no), ("DEPARTMENT", dept),
                         ("PAY PERIOD", f"{mdy(start)} -"), ("", mdy(end)), ("PAY DATE", mdy(pay_date)),
                         ("PAY FREQUENCY", "Bi-weekly"), ("FILING STATUS", "Married / 2")):
            if cap:
                c.setFillColor(Color(0.7, 0.75, 0.8))
                c.setFont("Helvetica-Bold", 6.5)
                c.drawString(22, y, cap)
                y -= 12
            c.setFillColor(white)
            c.setFont("Helvetica", 9.5)
            c.drawString(22, y, val)
            y -= 18
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(200, 740, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawString(200, 727, f"Check no. {pay_date.strftime('%y%m%d')}{emp_no[-3:]}  -  direct deposit")
        c.setLineWidth(1.2)
        c.line(200, 718, 575, 718)
        y = 700
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((200, "CODE / EARNING"), (370, "HOURS"), (420, "RATE"), (490, "CURRENT"), (572, "YEAR TO DATE")):
            (c.drawString if x == 200 else c.drawRightString)(x, y, t)
        c.setLineWidth(0.5)
        c.line(200, y - 4, 575, y - 4)
        y -= 17
        c.setFont("Helvetica", 9)
        for lab in order:
            if lab not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(200, y, lab)
            if hrs:
                c.drawRightString(370, y, f"{hrs:.2f}")
                c.drawRightString(420, y, f"{rt:.2f}")
                c.drawRightString(490, y, money(amt))
            c.drawRightString(572, y, money(ytd[lab]))
            y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(200, y, "GROSS EARNINGS")
        c.drawRightString(490, y, money(ch.gross))
        c.drawRightString(572, y, money(ytd["GROSS"]))
        y -= 30
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(200, y, "TAXES AND DEDUCTIONS")
        c.drawRightString(490, y, "CURRENT")
        c.drawRightString(572, y, "YEAR TO DATE")
        c.line(200, y - 4, 575, y - 4)
        y -= 17
        c.setFont("Helvetica", 9)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(200, y, k)
            c.drawRightString(490, y, money(v))
            c.drawRightString(572, y, money(ytd[k]))
            y -= 14
        y -= 20
        tax_now = sum(wh.taxes(ch.gross).values()) + sum(v for _, v in wh.deductions)
        tax_ytd = sum(ytd[k] for k in wh.taxes(ch.gross)) + sum(ytd[k] for k, _ in wh.deductions)
        for i, (cap, cur, yy) in enumerate((("GROSS", ch.gross, ytd["GROSS"]), ("TAXES + DEDUCTIONS", tax_now, tax_ytd),
                                            ("NET PAY", net, ytd["NET"]))):
            x = 200 + i * 126
            c.setFillGray(0.9 if i < 2 else 0.78)
            c.rect(x, y - 44, 120, 50, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 6, y - 4, cap)
            c.setFont("Helvetica-Bold", 12)
            c.drawRightString(x + 114, y - 22, money(r2(cur)))
            c.setFont("Helvetica", 7.5)
            c.drawRightString(x + 114, y - 38, "YTD " + money(r2(yy)))
        c.setFont("Helvetica", 7.5)
        c.drawString(200, 90, "STD hours are paid by Halvorsen's self-insured short-term disability plan at 60% of the")
        c.drawString(200, 80, "base rate and are taxable wages. Questions: Payroll, extension 218.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net), pay_date)


def copper_kettle_stub(rng: random.Random, employee: str, store: str, emp_no: str, pay_date: dt.date, rate: float,
                       cut_from: dt.date, wh: Withholding) -> Stub:
    """Copper Kettle Markets: a weekly stub with a perforated 'detach and keep' voucher; hours cut from 38."""
    employer = "Copper Kettle Markets"
    dates = pay_dates(dt.date(pay_date.year, 1, 1) + dt.timedelta(days=(4 - dt.date(pay_date.year, 1, 1).weekday())
                                                                   % 7), pay_date, "weekly")
    key = rng_key(rng)
    checks = []
    for d in dates:
        rr = random.Random(f"{emp_no}{d}{key}")
        hrs = 38.0 if d < cut_from else float(rr.choice([22, 23.5, 24, 25, 26]))
        lines = {"Regular": (hrs, rate, r2(hrs * rate))}
        sun = rr.choice([0.0, 0.0, 4.0, 6.0]) if d < cut_from else rr.choice([0.0, 4.0])
        if sun:
            lines["Sunday premium"] = (sun, 1.50, r2(sun * 1.5))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.62, 0.3, 0.12))
        c.circle(66, 738, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(66, 733, "CK")
        c.setFillColor(Color(0.62, 0.3, 0.12))
        c.setFont("Times-Bold", 19)
        c.drawString(92, 738, "Copper Kettle Markets")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(92, 726, f"{store}  -  Associate pay statement")
        c.setFont("Helvetica", 8.5)
        y = 694
        left = [("Associate", employee), ("Associate #", emp_no), ("Store", store)]
        right = [("Week", f"{mdy(start)} to {mdy(end)}"), ("Paid", mdy(pay_date)), ("Pay cycle", "Weekly")]
        for (k1, v1), (k2, v2) in zip(left, right, strict=True):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(50, y, k1)
            c.drawString(320, y, k2)
            c.setFont("Helvetica", 8.5)
            c.drawString(120, y, v1)
            c.drawString(380, y, v2)
            y -= 13
        y -= 14
        c.setFillGray(0.85)
        c.rect(50, y - 4, 512, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, y, "WHAT YOU EARNED")
        for x, t in ((330, "HOURS"), (390, "RATE"), (470, "THIS WEEK"), (558, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        y -= 17
        c.setFont("Helvetica", 9)
        for lab in ("Regular", "Sunday premium"):
            if lab not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(54, y, lab)
            if hrs:
                c.drawRightString(330, y, f"{hrs:.2f}")
                c.drawRightString(390, y, f"{rt:.2f}")
                c.drawRightString(470, y, money(amt))
            c.drawRightString(558, y, money(ytd[lab]))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(54, y, "Total earnings")
        c.drawRightString(470, y, money(ch.gross))
        c.drawRightString(558, y, money(ytd["GROSS"]))
        y -= 22
        c.setFillGray(0.85)
        c.rect(50, y - 4, 512, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, y, "WHAT WAS TAKEN OUT")
        c.drawRightString(470, y, "THIS WEEK")
        c.drawRightString(558, y, "YEAR TO DATE")
        y -= 17
        c.setFont("Helvetica", 9)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(54, y, k)
            c.drawRightString(470, y, money(v))
            c.drawRightString(558, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 10)
        c.drawString(54, y - 8, "Take-home pay")
        c.drawRightString(470, y - 8, money(net))
        c.drawRightString(558, y - 8, money(ytd["NET"]))
        c.setDash(4, 3)
        c.line(30, 250, W - 30, 250)
        c.setDash()
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 254, "- - - fold and tear along the perforation - keep the top part - - -")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 226, "COPPER KETTLE MARKETS  -  DIRECT DEPOSIT ADVICE")
        c.setFont("Helvetica", 9)
        c.drawString(50, 208, f"Deposited for: {employee}")
        c.drawString(50, 194, f"Advice date: {mdy(pay_date)}")
        c.drawString(330, 208, "Account: checking xxxxx" + emp_no[-3:] + "1")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(330, 190, f"Amount: ***{money(net)}***")
        c.setFont("Helvetica", 8)
        c.drawString(50, 170, "NON-NEGOTIABLE  -  THIS IS NOT A CHECK")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


def brightwater_receipt(employee: str, emp_id: str, client: str, pay_date: dt.date, hours: float, rate: float,
                        wh: Withholding) -> Stub:
    """Brightwater Staffing: a weekly half-page earnings receipt for a temp worker, with NO year-to-date figures."""
    employer = "Brightwater Staffing"
    ch = Check(pay_date, {"Hours worked": (hours, rate, r2(hours * rate))})
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.5)
        c.setStrokeColor(Color(0.1, 0.45, 0.6))
        c.roundRect(40, 420, 532, 340, 10, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFillColor(Color(0.1, 0.45, 0.6))
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, 732, "Brightwater Staffing")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(60, 720, "Temporary and temp-to-hire placement  -  77 Canal Street, Fennimore, NY 13021")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(552, 732, "EARNINGS RECEIPT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(552, 720, "weekly payroll")
        c.setLineWidth(0.5)
        c.line(60, 710, 552, 710)
        rows = [("Temporary employee", employee), ("Employee ID", emp_id), ("Assignment", client),
                ("Week worked", f"{mdy(start)} through {mdy(end)}"), ("Pay date", mdy(pay_date))]
        y = 692
        for k, v in rows:
            c.setFont("Helvetica", 9)
            c.drawString(60, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(200, y, v)
            y -= 14
        y -= 8
        c.setFont("Helvetica", 9)
        c.drawString(60, y, f"Hours worked  {hours:.2f}  x  ${rate:.2f}")
        c.drawRightString(552, y, money(ch.gross))
        y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, "Gross pay")
        c.drawRightString(552, y, money(ch.gross))
        y -= 16
        c.setFont("Helvetica", 9)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(60, y, "less " + k)
            c.drawRightString(552, y, f"-{money(v)}")
            y -= 13
        c.line(420, y + 6, 552, y + 6)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y - 8, "Net pay (pay card)")
        c.drawRightString(552, y - 8, money(net))
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(60, 432, "Keep this receipt. Year-end totals are reported on your W-2.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "weekly", None, net), pay_date)


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
        return out



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




def lakeshore_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                        begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Lakeshore Savings Bank: one page, an 'At a glance' box down the left, the register on the right."""
    bank = "Lakeshore Savings Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.05, 0.32, 0.42))
        c.setFont("Helvetica-Bold", 17)
        c.drawString(40, 742, "Lakeshore Savings Bank")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(40, 730, "Everyday Checking statement  -  lakeshoresavings.example  -  1-800-555-0162")
        c.setFont("Helvetica", 9.5)
        y = 700
        for ln in [holder, *address]:
            c.drawString(40, y, ln)
            y -= 12
        c.setFillGray(0.93)
        c.rect(40, 330, 160, 300, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, 612, "At a glance")
        rows = [("Account number", f"...{acct[-4:]}"), ("Statement period", f"{mdy(start)}"), ("", f"to {mdy(end)}"),
                ("Opening balance", "$" + money(begin)), ("Money in", "+$" + money(dep)),
                ("Money out", "-$" + money(wd)), ("Closing balance", "$" + money(ending))]
        yy = 590
        for k, v in rows:
            if k:
                c.setFont("Helvetica", 7.5)
                c.drawString(48, yy, k)
                yy -= 12
            c.setFont("Helvetica-Bold", 10)
            c.drawString(48, yy, v)
            yy -= 20
        c.setFont("Helvetica-Bold", 8)
        y = 640
        c.drawString(215, y, "DATE")
        c.drawString(255, y, "TRANSACTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(572, y, "BALANCE")
        c.setLineWidth(0.5)
        c.line(215, y - 4, 572, y - 4)
        y -= 16
        bal = begin
        c.setFont("Helvetica", 8.5)
        c.drawString(215, y, start.strftime("%m/%d"))
        c.drawString(255, y, "Opening balance")
        c.drawRightString(572, y, money(begin))
        y -= 13
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(215, y, d.strftime("%m/%d"))
            c.drawString(255, y, desc)
            c.drawRightString(470, y, ("+" if a > 0 else "-") + money(abs(a)))
            c.drawRightString(572, y, money(bal))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(255, y, "Closing balance")
        c.drawRightString(572, y, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "Member FDIC. Tell us about errors within 60 days of this statement. Page 1 of 1")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


def insurer_letter(name: str, sub: str, color: Color, date: dt.date, to: Sequence[str], title: str,
                   summary: Sequence[tuple[str, str]], paras: Sequence[str], closing: Sequence[str]) -> Paper:
    """An insurer's decision letter: a coloured title bar, a boxed benefit summary at the right beside the
    addressee, and the letter under them."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(color)
        c.rect(60, 728, 26, 26, stroke=0, fill=1)
        c.setFont("Times-Bold", 16)
        c.drawString(94, 740, name)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(94, 729, sub)
        c.setFillColor(color)
        c.rect(60, 696, W - 120, 20, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(68, 702, title)
        c.setFillColor(black)
        c.setFont("Times-Roman", 10.5)
        y = 672
        for ln in [long_date(date), "", *to]:
            c.drawString(60, y, ln)
            y -= 13
        c.setLineWidth(0.7)
        bh = 16 * len(summary) + 22
        c.rect(330, 676 - bh, W - 390, bh, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(338, 662, "BENEFIT SUMMARY")
        sy = 646
        for k, v in summary:
            c.setFont("Helvetica", 8.5)
            c.drawString(338, sy, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(W - 68, sy, v)
            sy -= 16
        y = min(y, 676 - bh) - 24
        y = paragraphs(c, 60, y, W - 120, paras, size=10.5, leading=13.5)
        c.setFont("Times-Roman", 10.5)
        for ln in closing:
            c.drawString(60, y, ln)
            y -= 13
        return []

    return Paper([page])


def ltd_decision(person: str, address: Sequence[str], date: dt.date, monthly: float, claim: str, since: dt.date,
                 employer: str) -> Letter:
    paras = [f"We have completed our review of your claim for Long Term Disability benefits under the group policy "
             f"that {employer} provides to its employees. Your claim has been approved.",
             f"Your benefits begin on {long_date(since)}, after the 90-day elimination period. We will pay your "
             f"gross monthly benefit of ${money(monthly)} on the first day of each month for the month before. "
             "Your employer paid the premiums for this coverage, so the benefit is taxable income to you and we "
             "will send you a Form W-2 each January.",
             "We will review your claim from time to time and may ask for updated information. Please tell us "
             "right away if you return to work or begin receiving other income such as Social Security disability."]
    paper = insurer_letter("Keystone Benefit Assurance Company", "Group Disability Claims  -  PO Box 4410, "
                           "Harrow Springs, PA 17013  -  (717) 555-0133", Color(0.12, 0.3, 0.52), date,
                           [person, *address], "NOTICE OF CLAIM DECISION - LONG TERM DISABILITY",
                           [("Claim number", claim), ("Decision", "Approved"), ("Benefit start", mdy(since)),
                            ("Gross monthly benefit", "$" + money(monthly)), ("Paid", "Monthly"),
                            ("Taxable", "Yes - employer-paid")], paras,
                           ["Sincerely,", "", "LTD Claims Unit", "Keystone Benefit Assurance Company"])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def std_approval(person: str, address: Sequence[str], date: dt.date, weekly: float, claim: str, since: dt.date,
                 through: dt.date, employer: str) -> Letter:
    paras = [f"Your claim for Short Term Disability benefits under the plan sponsored by {employer} has been "
             f"approved from {long_date(since)} through {long_date(through)}.",
             f"Your weekly benefit is ${money(weekly)}, which is 60% of your pre-disability weekly earnings. We pay "
             "benefits every week by direct deposit. The plan is paid for by your employer, so the benefit is "
             "taxable and federal income tax will be withheld.",
             "If your doctor extends your time out of work, ask your doctor to send us an updated attending "
             "physician statement before the approved period ends."]
    paper = insurer_letter("Pembury Life Insurance Company", "Short Term Disability Services  -  1200 Granary "
                           "Road, Wexcombe, OH 43085  -  (614) 555-0178", Color(0.42, 0.16, 0.36), date,
                           [person, *address], "SHORT TERM DISABILITY - CLAIM APPROVED",
                           [("Claim number", claim), ("Approved from", mdy(since)), ("Approved through", mdy(through)),
                            ("Weekly benefit", "$" + money(weekly)), ("Paid", "Weekly")], paras,
                           ["Sincerely,", "", "STD Claims Examiner", "Pembury Life Insurance Company"])
    return Letter(paper, "benefit_award_letter", date, r2(weekly * 52 / 12), "benefits_taxable")


def ltd_payment_statement(person: str, address: Sequence[str], date: dt.date, monthly: float, claim: str,
                          covered: tuple[dt.date, dt.date], employer: str) -> Letter:
    """A disability claims administrator's monthly benefit payment statement (an explanation of benefits)."""
    fed = r2(monthly * 0.1)
    state = r2(monthly * 0.0307)
    net = r2(monthly - fed - state)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, 742, "ASHGROVE DISABILITY CLAIMS SERVICES")
        c.setFont("Helvetica", 8)
        c.drawString(50, 730, f"Claims administrator for the {employer} Long Term Disability Plan")
        c.drawString(50, 720, "PO Box 90118, Larchmont Ridge, MN 55418  -  (612) 555-0140")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 742, "BENEFIT PAYMENT STATEMENT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 730, f"Statement date: {mdy(date)}")
        c.setLineWidth(1)
        c.line(50, 710, 562, 710)
        c.setFont("Helvetica", 10)
        y = 688
        for ln in [person, *address]:
            c.drawString(50, y, ln)
            y -= 13
        rows = [("Claim number", claim), ("Benefit", "Long Term Disability, paid monthly"),
                ("Benefit period covered", f"{mdy(covered[0])} - {mdy(covered[1])}"),
                ("Payment date", mdy(date)), ("Payment method", "Direct deposit")]
        y = 610
        for k, v in rows:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(220, y, v)
            y -= 14
        y -= 12
        c.setFillGray(0.88)
        c.rect(50, y - 4, 512, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(56, y, "PAYMENT DETAIL")
        c.drawRightString(556, y, "AMOUNT")
        y -= 18
        c.setFont("Helvetica", 9.5)
        for k, v in (("Gross monthly benefit", money(monthly)), ("Federal income tax withheld", f"-{money(fed)}"),
                     ("State income tax withheld", f"-{money(state)}")):
            c.drawString(56, y, k)
            c.drawRightString(556, y, v)
            y -= 14
        c.line(420, y + 8, 562, y + 8)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, y - 4, "Net payment deposited")
        c.drawRightString(556, y - 4, money(net))
        paragraphs(c, 50, y - 40, 512, [
            "Your benefit is paid once a month for the month just ended, as long as you remain disabled under the "
            "plan. Because the plan is paid for by your employer, your benefits are taxable; you will receive a "
            "Form W-2 for the benefits paid this year.",
            "Please report any other income (Social Security, workers' compensation, return to work) to your claim "
            "manager, because it may reduce your benefit."], font="Helvetica", size=8.5, leading=11)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def ssdi_award(person: str, address: Sequence[str], date: dt.date, monthly: float, entitled: dt.date,
               bnc: str) -> Letter:
    """Social Security's notice of award for disability benefits (SSDI), stating no part is taxable."""
    first_pay = (date.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    onset = (entitled.replace(day=1) - dt.timedelta(days=150)).replace(day=1)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, 742, "Social Security Administration")
        c.setFont("Helvetica", 9)
        c.drawString(60, 730, "Retirement, Survivors and Disability Insurance")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, 706, "Notice of Award")
        c.setFont("Helvetica", 9)
        c.drawRightString(552, 742, "Great Lakes Program Service Center")
        c.drawRightString(552, 731, "600 West Madison Street, Chicago, IL 60661")
        c.drawRightString(552, 716, f"Date: {long_date(date)}")
        c.drawRightString(552, 704, f"BNC#: {bnc}")
        c.setFont("Times-Roman", 11)
        y = 676
        for ln in [person, *address]:
            c.drawString(60, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(60, y, "You are entitled to monthly disability benefits beginning " + entitled.strftime("%B %Y")
                     + ".")
        y -= 22
        y = paragraphs(c, 60, y, W - 120, [
            f"We found that you became disabled under our rules on {long_date(onset)}. You have to be disabled "
            "for 5 full calendar months in a row before you can be entitled to benefits.",
            f"Your monthly benefit is ${money(monthly)}. We will pay this amount on or about the third of each "
            f"month, beginning {long_date(first_pay)}. You will receive a separate payment for the past-due "
            "benefits.", "You are not yet entitled to Medicare. We will send you information before your Medicare "
            "coverage starts."], size=10.5, leading=13.5)
        c.setFont("Times-Bold", 11)
        c.drawString(60, y, "Information About Taxes")
        y = paragraphs(c, 60, y - 16, W - 120, [
            "Based on the household income you reported to us, no part of your Social Security disability benefits "
            "is taxable, and we are not withholding federal income tax. If your income changes, you may ask us to "
            "withhold tax."], size=10.5, leading=13.5)
        c.setFont("Times-Bold", 11)
        c.drawString(60, y, "Your Benefit Amount")
        c.setFont("Times-Roman", 10.5)
        y -= 18
        for k, v in (("Monthly benefit before any deductions", "$" + money(monthly)),
                     ("Medicare premium deducted", "$0.00 (not yet entitled)"), ("How often paid", "Every month")):
            c.drawString(80, y, k)
            c.drawRightString(W - 80, y, v)
            y -= 14
        c.setFont("Times-Italic", 9)
        c.drawString(60, 80, "If you have questions, call 1-800-555-0113 or visit your local Social Security office.")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_nontaxable")


def fmla_notice(employer: str, address: str, employee: str, date: dt.date, reason: str, leave: str,
                start: dt.date, end: dt.date, hours: str) -> Letter:
    """An employer's FMLA designation notice (an `other` paper: it is not a benefit or hardship document)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, 742, employer)
        c.setFont("Helvetica", 8)
        c.drawString(60, 731, f"Human Resources  -  {address}")
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 700, "DESIGNATION NOTICE")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 687, "Family and Medical Leave Act (FMLA)")
        c.setLineWidth(0.6)
        rows = [("To", employee), ("From", f"{employer} Human Resources"), ("Date", mdy(date)),
                ("Reason for leave", reason), ("Type of leave", leave),
                ("Leave period", f"{mdy(start)} through {mdy(end)}"), ("Schedule", hours)]
        y = 660
        for k, v in rows:
            c.rect(60, y - 6, W - 120, 20, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(66, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(200, y, v)
            y -= 20
        y = paragraphs(c, 60, y - 20, W - 120, [
            "We have reviewed your request for leave under the FMLA and the certification you provided. Your "
            "request is APPROVED and the leave above will be counted against your FMLA leave entitlement.",
            "FMLA leave is unpaid. You may use accrued paid time off during the leave. Your group health coverage "
            "continues on the same terms, and you must continue to pay your share of the premium.",
            "When the leave ends you will be restored to the same or an equivalent position. Tell Human Resources "
            "as soon as possible if your need for leave changes."], font="Helvetica", size=9.5, leading=12.5)
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y - 10, "Human Resources Generalist")
        return []

    return Letter(Paper([page]), "other", date)


def hospital_statement(hospital: str, address: str, guarantor: str, patient: str, g_address: Sequence[str],
                       date: dt.date, account: str, services: Sequence[tuple[dt.date, str, float]],
                       insurer_paid: float, adjust: float) -> Letter:
    """A hospital's patient statement: account numbers, charges, payments, a balance and a remittance stub."""
    charges = r2(sum(a for _, _, a in services))
    balance = r2(charges - insurer_paid - adjust)
    due = date + dt.timedelta(days=25)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 742, hospital)
        c.setFont("Helvetica", 8)
        c.drawString(50, 731, address)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 742, "PATIENT STATEMENT")
        cells = [("STATEMENT DATE", mdy(date)), ("GUARANTOR ACCOUNT", account), ("PAYMENT DUE", mdy(due)),
                 ("AMOUNT DUE", "$" + money(balance))]
        for i, (k, v) in enumerate(cells):
            cell(c, 50 + i * 128, 680, 128, 30, k, v)
        c.setFont("Helvetica", 9)
        y = 660
        for ln in [f"Guarantor: {guarantor}", f"Patient: {patient}", *g_address]:
            c.drawString(50, y, ln)
            y -= 12
        y -= 14
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "DATE")
        c.drawString(110, y, "CODE")
        c.drawString(160, y, "DESCRIPTION OF SERVICE")
        c.drawRightString(562, y, "AMOUNT")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for i, (d, desc, amt) in enumerate(services):
            c.drawString(50, y, mdy(d))
            c.drawString(110, y, f"{0x2A0 + 37 * i:04d}")
            c.drawString(160, y, desc)
            c.drawRightString(562, y, money(amt))
            y -= 12
        y -= 6
        for k, v in (("Total charges", money(charges)), ("Insurance payments", f"-{money(insurer_paid)}"),
                     ("Contractual adjustments", f"-{money(adjust)}"), ("Patient responsibility", money(balance))):
            c.setFont("Helvetica-Bold" if k.startswith("Patient") else "Helvetica", 9)
            c.drawString(330, y, k)
            c.drawRightString(562, y, v)
            y -= 13
        c.setFont("Helvetica", 8)
        c.drawString(50, y - 10, "Ask about our financial assistance program and interest-free payment plans.")
        c.setDash(3, 3)
        c.line(40, 200, W - 40, 200)
        c.setDash()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 180, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT")
        c.setFont("Helvetica", 9)
        c.drawString(50, 162, f"Guarantor account: {account}")
        c.drawString(50, 149, f"Amount due: ${money(balance)} by {mdy(due)}")
        c.drawString(330, 162, "Amount enclosed: $ ____________")
        c.drawString(330, 149, "Card no. ____________________  Exp. ____")
        return []

    return Letter(Paper([page]), "other", date)


def physician_letter(clinic: str, address: str, doctor: str, patient: str, dob: str, date: dt.date,
                     paras: Sequence[str]) -> Letter:
    """A physician's work-status letter (a medical_statement) - no medical detail, as the form asks."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 742, clinic)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 730, address)
        c.line(72, 722, W - 72, 722)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 698, long_date(date))
        c.drawString(72, 672, f"RE: {patient}   (date of birth {dob})")
        c.drawString(72, 652, "To whom it may concern:")
        y = paragraphs(c, 72, 630, W - 144, paras)
        c.drawString(72, y - 4, "Sincerely,")
        c.drawString(72, y - 46, doctor)
        c.drawString(72, y - 60, clinic)
        return [Mark("sig", 72, y - 34, w=150, seed=len(patient))]

    return Letter(Paper([page]), "medical_statement", date)


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
    who_ill: str = "me"  # me | co | dependent | family | none (servicer forms' question on who is ill)
    benefit_kinds: tuple[str, ...] = ()  # std | ltd | ssdi | wc
    on_leave: bool = False

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
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "850.00"}
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
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    synth = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    for page in writer.pages:
        page.merge_page(synth)
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
    c.showPage()
    c.save()
    writer.pages[3].merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    return fixed_pypdf_bytes(writer, f"bv710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "bv710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)




def answer(c: Canvas, marks: list[Mark], pen: bool, x: float, y: float, text: str, size: float = 10.0,
           hand: float = 11.0, seed: int = 0, right: bool = False) -> None:
    """An answer typed in Courier, or written by hand (a mark inked onto the printed sheet)."""
    if not text:
        return
    if pen:
        if right:
            x -= len(text) * hand * 0.55
        marks.append(Mark("hand", x, y, text, size=hand, seed=seed))
    else:
        c.setFont("Courier", size)
        (c.drawRightString if right else c.drawString)(x, y, text)


def sign_block(c: Canvas, marks: list[Mark], app: App, mode: str, who: int, sig: tuple[float, float, float],
               date_at: tuple[float, float], size: float = 10.0, hand: float = 11.0) -> None:
    """The signature (drawn strokes or ink) and the date beside it (typed on screen, or in ink)."""
    signs, dates = (app.b_signs, app.b_dates) if who == 0 else (bool(app.co) and app.co_signs,
                                                                bool(app.co) and app.co_signs)
    if signs:
        marks.append(Mark("sig", sig[0], sig[1], w=sig[2], seed=app.seed + who))
    if dates:
        answer(c, marks, mode != "screen", date_at[0], date_at[1], mdy(app.signed_on), size, hand, app.seed + 20 + who)


WHL_REASONS = ("Lost my job", "Less pay or fewer hours", "Higher housing costs", "Disaster (natural or man-made)",
               "Illness, injury or disability", "Divorce or legal separation", "Co-owner moved out (not married)",
               "Death of a borrower or wage earner", "Job moved far away", "Other (explain in C4)")
WHL_INCOME = ("D1 Wages, salary, overtime, tips, bonuses", "D2 Self-employment income", "D3 Unemployment benefits",
              "D4 Taxable disability, Social Security, pension", "D5 Non-taxable disability or Social Security",
              "D6 Rent received, less expenses", "D7 Investment or insurance income",
              "D8 Other: child support, alimony, other")
WHO_ILL = (("me", "Me (the borrower)"), ("co", "My co-borrower"), ("dependent", "A dependent family member"),
           ("family", "Another family member I care for"), ("none", "No one - not a medical hardship"))
BENEFIT_KINDS = (("std", "Short-term disability"), ("ltd", "Long-term disability"),
                 ("ssdi", "Social Security disability (SSDI)"), ("wc", "Workers' compensation"))


def whl_mh2(app: App, mode: str) -> Paper:
    """Wrenfield's two-column Medical Hardship Assistance Request; mode: screen | ink | pen."""
    pen = mode == "pen"
    seed = app.seed * 100

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.2, 0.36, 0.3))
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, 746, "WRENFIELD HOME LOAN SERVICING")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 735, "Hardship Assistance Team  -  PO Box 2290, Wrenfield, MO 65807  -  fax (417) 555-0104")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 746, "Medical Hardship Assistance Request")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 735, f"Form WHL-MH2 (01/2038)  -  page {n} of 2")
        c.setLineWidth(1.5)
        c.setStrokeColor(Color(0.2, 0.36, 0.3))
        c.line(40, 728, 572, 728)
        c.setStrokeColor(black)

    def part(c: Canvas, x: float, y: float, w: float, title: str) -> float:
        c.setFillColor(Color(0.2, 0.36, 0.3))
        c.rect(x, y - 14, w, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x + 5, y - 9, title)
        c.setFillColor(black)
        return y - 22

    def sbox(c: Canvas, marks: list[Mark], x: float, y: float, w: float, cap: str, value: str, k: int,
             h: float = 20, right: bool = False) -> float:
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x, y - 7, cap)
        c.setFillGray(0.86)
        c.rect(x, y - 10 - h, w, h, stroke=0, fill=1)
        c.setFillColor(black)
        answer(c, marks, pen, (x + w - 5) if right else (x + 5), y - 10 - h + 6, value, seed=seed + k, right=right)
        return y - 10 - h - 9

    def squares(c: Canvas, marks: list[Mark], x: float, y: float, items: Sequence[tuple[bool, str]], k: int,
                step: float = 13) -> float:
        for i, (on, label) in enumerate(items):
            c.setFillGray(0.8)
            c.rect(x, y - 8, 9, 9, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 8)
            c.drawString(x + 14, y - 6.5, label)
            if on:
                if pen:
                    marks.append(Mark("hand", x + 0.5, y - 7, "X", size=11, seed=seed + k + i))
                else:
                    c.setFont("Courier-Bold", 10)
                    c.drawString(x + 1.5, y - 6.5, "X")
            y -= step
        return y - 6

    def page1(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 1)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 716, "Answer in the shaded boxes. Mark squares with an X. Do not send medical records - we "
                              "never need details of a diagnosis or treatment.")
        lx, rx, cw = 40.0, 314.0, 258.0
        y = part(c, lx, 700, cw, "PART A   YOU AND YOUR LOAN")
        y = sbox(c, marks, lx, y, cw, "A1  Loan number", app.loan, 1)
        y = sbox(c, marks, lx, y, cw, "A2  Borrower's full name", app.borrower, 2)
        sbox(c, marks, lx, y, 100, "A3  Borrower SSN - last 4", app.ssn[-4:], 3)
        y = sbox(c, marks, lx + 110, y, cw - 110, "A4  Best phone", app.phone, 4)
        y = sbox(c, marks, lx, y, cw, "A5  E-mail", app.email, 5)
        y = sbox(c, marks, lx, y, cw, "A6  Co-borrower's full name (if any)", app.co or "", 6)
        y = sbox(c, marks, lx, y, 100, "A7  Co-borrower SSN - last 4", (app.co_ssn or "")[-4:], 7)
        ly = y
        y = part(c, rx, 700, cw, "PART B   THE HOME")
        y = sbox(c, marks, rx, y, cw, "B1  Street address of the home this loan is on", app.street, 8)
        y = sbox(c, marks, rx, y, cw, "B2  City", app.city, 9)
        sbox(c, marks, rx, y, 80, "B3  State", app.state, 10)
        y = sbox(c, marks, rx + 90, y, cw - 90, "ZIP code", app.zip, 11)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(rx, y - 7, "B4  The home is")
        y = squares(c, marks, rx, y - 14, [(app.occupancy == "primary_residence", "where I live (principal residence)"),
                                           (app.occupancy == "second_home", "my second or vacation home"),
                                           (app.occupancy == "investment_property", "rented out / an investment")], 12)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(rx, y - 7, "B5  Do you want to keep the home?")
        y = squares(c, marks, rx, y - 14, [(True, "Yes"), (False, "No")], 15)
        top = min(ly, y) - 6
        y = part(c, lx, top, cw, "PART C   THE HARDSHIP")
        c.setFont("Helvetica-Bold", 7)
        c.drawString(lx, y - 7, "C1  What caused it? Mark every one that applies.")
        squares(c, marks, lx, y - 16, [(h in app.hardships, WHL_REASONS[i]) for i, h in enumerate(HARDSHIPS)], 17,
                step=14)
        y = part(c, rx, top, cw, "PART C   (continued)")
        y = sbox(c, marks, rx, y, 120, "C2  Date it began (mm/dd/yyyy)", mdy(app.start), 30)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(rx, y - 7, "C3  It is expected to last")
        y = squares(c, marks, rx, y - 14, [(app.duration == "short", "6 months or less"),
                                           (app.duration == "long", "more than 6 months / permanent"),
                                           (app.duration == "resolved", "it is already resolved")], 31)
        y = sbox(c, marks, rx, y, cw, "C4  If you marked Other, explain", app.other_text, 35)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(rx, y - 7, "C5  Who is ill, injured or disabled?")
        squares(c, marks, rx, y - 14, [(app.who_ill == k, t) for k, t in WHO_ILL], 36)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 2)
        lx, rx, cw = 40.0, 314.0, 258.0
        sbox(c, marks, rx + 98, 722, 160, "Loan number", app.loan, 40)
        y = part(c, lx, 690, cw, "PART D   MONTHLY INCOME BEFORE TAXES")
        c.setFont("Helvetica", 7)
        c.drawString(lx, y - 6, "All borrowers together. Leave a line blank if none.")
        y -= 12
        for i, k in enumerate(INCOMES):
            amt = app.income.get(k, 0.0)
            y = sbox(c, marks, lx, y, cw, WHL_INCOME[i], money(amt) if amt > 0 else "", 41 + i, h=18, right=True)
            c.setFont("Helvetica", 9)
            c.drawString(lx + 4, y + 15, "$")
        c.setFont("Helvetica-Bold", 7)
        c.drawString(lx, y - 7, "D9  TOTAL MONTHLY INCOME (D1 through D8)")
        c.setFillGray(0.7)
        c.rect(lx, y - 30, cw, 20, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(lx + 4, y - 24, "$")
        answer(c, marks, pen, lx + cw - 5, y - 24, money(app.total), seed=seed + 50, right=True)
        y = part(c, rx, 690, cw, "PART E   DISABILITY AND LEAVE")
        c.setFont("Helvetica-Bold", 7)
        c.drawString(rx, y - 7, "E1  Benefits anyone in the household receives now")
        y = squares(c, marks, rx, y - 14, [(k in app.benefit_kinds, t) for k, t in BENEFIT_KINDS]
                    + [(not app.benefit_kinds, "None of these")], 51)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(rx, y - 7, "E2  Is anyone on medical or family leave from work?")
        y = squares(c, marks, rx, y - 14, [(app.on_leave, "Yes"), (not app.on_leave, "No")], 57)
        paragraphs(c, rx, y - 6, cw, [
            "E3  Send the income papers on our checklist: award or benefit letters for disability income, and your "
            "most recent pay stub for wages. A letter in your own words is enough to explain an illness."],
            font="Helvetica", size=7.5, leading=9.5)
        top = 300
        y = part(c, lx, top, 532, "PART F   SIGN AND DATE")
        y = paragraphs(c, lx, y - 4, 532, [
            "I certify that the information in this request is true and that the hardship I described contributed "
            "to my need for mortgage help. I agree to provide the documents Wrenfield asks for, and I consent to a "
            "credit report for each borrower. Knowingly false statements may violate federal law."],
            font="Helvetica", size=8, leading=10)
        for who, role, name in ((0, "Borrower", app.borrower), (1, "Co-borrower", app.co or "")):
            yy = y - 34 - who * 56
            c.setLineWidth(0.6)
            c.line(lx, yy, lx + 330, yy)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(lx, yy - 9, f"{role} signature")
            c.setFont("Helvetica", 7)
            c.drawString(lx + 120, yy - 9, "Printed name:")
            answer(c, marks, pen, lx + 170, yy - 9, name, size=8, hand=9, seed=seed + 60 + who)
            c.drawString(lx + 360, yy + 24, "Date signed (mm/dd/yyyy)")
            c.setFillGray(0.86)
            c.rect(lx + 360, yy - 4, 150, 22, stroke=0, fill=1)
            c.setFillColor(black)
            sign_block(c, marks, app, mode, who, (lx + 20, yy + 1, 200), (lx + 366, yy + 3))
        return marks

    return Paper([page1, page2])


LP_REASONS = ("I lost my job", "My pay or my hours were cut", "My housing costs went up",
              "A disaster hit my home or my work", "Illness, injury or disability (me, co-borrower or dependent)",
              "Divorce or legal separation", "A co-owner I am not married to moved out",
              "A borrower or wage earner died", "My job moved far away", "Other (describe in question 13)")
LP_INCOME = ("Wages, salary, overtime, tips, bonuses", "Self-employment income", "Unemployment benefits",
             "Taxable disability, Social Security, pension", "Non-taxable disability or Social Security",
             "Rent received, less expenses", "Investment or insurance income", "Other: child support, alimony")


def tb_lp7(app: App, mode: str) -> Paper:
    """Tamsin Bay's large-print edition: 15 pt questions, one a band, five pages; mode: screen | ink | pen."""
    pen = mode == "pen"
    seed = app.seed * 100 + 7

    def header(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(40, 748, "Tamsin Bay Mortgage")
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 728, "Medical Hardship Assistance Request")
        c.setFont("Helvetica", 12)
        c.drawRightString(572, 748, "LARGE PRINT")
        c.drawRightString(572, 732, f"Page {n} of 5")
        c.setLineWidth(3)
        c.line(40, 716, 572, 716)
        c.setFont("Helvetica", 12)
        c.drawCentredString(W / 2, 34, f"Form TB-LP7 (large print)  -  Page {n} of 5  -  Call 1-800-555-0129 for help")

    def loan_line(c: Canvas, marks: list[Mark]) -> None:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, 696, "Loan number:")
        c.setLineWidth(0.8)
        c.line(140, 692, 330, 692)
        answer(c, marks, pen, 146, 696, app.loan, size=14, hand=15, seed=seed + 99)

    def band(c: Canvas, top: float, h: float, num: int, question: str, shade: bool) -> float:
        if shade:
            c.setFillGray(0.95)
            c.rect(40, top - h, 532, h, stroke=0, fill=1)
            c.setFillColor(black)
        c.setLineWidth(2)
        c.line(40, top, 572, top)
        c.setFillColor(Color(0.1, 0.18, 0.35))
        c.rect(46, top - 36, 30, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 18)
        c.drawCentredString(61, top - 28, str(num))
        c.setFillColor(black)
        lines = wrap(question, "Helvetica-Bold", 15, 480)
        y = top - 22
        c.setFont("Helvetica-Bold", 15)
        for ln in lines:
            c.drawString(88, y, ln)
            y -= 18
        return y

    def line_answer(c: Canvas, marks: list[Mark], y: float, text: str, k: int) -> None:
        c.setLineWidth(0.8)
        c.line(88, y - 18, 560, y - 18)
        answer(c, marks, pen, 94, y - 14, text, size=16, hand=16, seed=seed + k)

    def choices(c: Canvas, marks: list[Mark], y: float, items: Sequence[tuple[bool, str]], k: int,
                step: float = 24, size: float = 15) -> float:
        for i, (on, label) in enumerate(items):
            c.setLineWidth(1.4)
            c.rect(92, y - 16, 15, 15, stroke=1, fill=0)
            c.setFont("Helvetica", size)
            c.drawString(116, y - 14, label)
            if on:
                if pen:
                    marks.append(Mark("hand", 93, y - 14.5, "X", size=16, seed=seed + k + i))
                else:
                    c.setFont("Courier-Bold", 15)
                    c.drawString(94, y - 13.5, "X")
            y -= step
        return y

    def page1(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 1)
        c.setFont("Helvetica", 13)
        c.drawString(40, 696, "Please answer each question on the line under it. Ask us if you need help.")
        qs = [("What is your loan number?", app.loan), ("What is your full name?", app.borrower),
              ("What are the last 4 digits of your Social Security number?", app.ssn[-4:]),
              ("Co-borrower's full name. Leave blank if there is no co-borrower.", app.co or ""),
              ("Last 4 digits of the co-borrower's Social Security number.", (app.co_ssn or "")[-4:]),
              ("What phone number should we call?", app.phone)]
        top = 676.0
        for i, (q, a) in enumerate(qs):
            y = band(c, top, 86, i + 1, q, i % 2 == 1)
            line_answer(c, marks, y, a, i)
            top -= 86
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 2)
        loan_line(c, marks)
        top = 672.0
        y = band(c, top, 80, 7, "What is the street address of the home this loan is on?", False)
        line_answer(c, marks, y, app.street, 10)
        top -= 80
        y = band(c, top, 80, 8, "City, state and ZIP code of the home.", True)
        line_answer(c, marks, y, f"{app.city}, {app.state} {app.zip}", 11)
        top -= 80
        y = band(c, top, 112, 9, "How is the home used? Mark one box.", False)
        choices(c, marks, y - 4, [(app.occupancy == "primary_residence", "I live there. It is my main home."),
                                  (app.occupancy == "second_home", "It is my second home or vacation home."),
                                  (app.occupancy == "investment_property", "I rent it out. It is an investment.")], 12)
        top -= 112
        y = band(c, top, 70, 10, "Do you want to keep the home?", True)
        choices(c, marks, y - 4, [(True, "Yes")], 15)
        top -= 70
        y = band(c, top, 86, 11, "On what date did your hardship begin? (month / day / year)", False)
        line_answer(c, marks, y, mdy(app.start), 16)
        return marks

    def page3(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 3)
        loan_line(c, marks)
        top = 672.0
        y = band(c, top, 288, 12, "What caused your hardship? Mark every box that applies.", False)
        choices(c, marks, y - 2, [(h in app.hardships, LP_REASONS[i]) for i, h in enumerate(HARDSHIPS)], 20,
                step=25, size=14)
        top -= 288
        y = band(c, top, 80, 13, "If you marked Other, tell us what happened.", True)
        line_answer(c, marks, y, app.other_text, 31)
        top -= 80
        y = band(c, top, 112, 14, "How long do you think the hardship will last? Mark one box.", False)
        choices(c, marks, y - 4, [(app.duration == "short", "6 months or less"),
                                  (app.duration == "long", "More than 6 months, or permanent"),
                                  (app.duration == "resolved", "It is already over")], 32)
        return marks

    def page4(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 4)
        loan_line(c, marks)
        top = 672.0
        y = band(c, top, 400, 15, "How much money does your household receive each month before taxes? Write the "
                 "amount beside each kind. Leave it blank if none.", False)
        y -= 6
        rows = [(LP_INCOME[i], app.income.get(k, 0.0), False) for i, k in enumerate(INCOMES)]
        rows.append(("TOTAL MONTHLY INCOME", app.total, True))
        for label, amt, bold in rows:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 14)
            c.drawString(92, y - 16, label)
            c.setFont("Helvetica", 15)
            c.drawString(410, y - 16, "$")
            c.setLineWidth(1.4 if bold else 0.8)
            c.line(424, y - 20, 566, y - 20)
            if amt > 0:
                answer(c, marks, pen, 562, y - 16, money(amt), size=15, hand=15, seed=seed + 40 + len(marks),
                       right=True)
            y -= 36
        return marks

    def page5(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 5)
        loan_line(c, marks)
        top = 672.0
        y = band(c, top, 560, 16, "Please read, then sign and date.", False)
        y = paragraphs(c, 88, y - 6, 470, [
            "I certify that what I wrote on this form is true, and that the hardship I described is why I need help "
            "with my mortgage.", "I will send Tamsin Bay the papers it asks for. Tamsin Bay may get a credit report "
            "for each borrower.", "Knowingly false statements may break federal law."],
            font="Helvetica", size=14, leading=19, gap=8)
        for who, role, name in ((0, "Borrower", app.borrower), (1, "Co-borrower", app.co or "")):
            yy = y - 50 - who * 130
            c.setLineWidth(1.2)
            c.line(88, yy, 400, yy)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(88, yy - 18, f"{role} signature")
            c.setFont("Helvetica", 13)
            c.drawString(88, yy - 36, "Printed name:")
            answer(c, marks, pen, 180, yy - 36, name, size=13, hand=14, seed=seed + 60 + who)
            c.line(420, yy, 566, yy)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(420, yy - 18, "Date")
            sign_block(c, marks, app, mode, who, (110, yy + 2, 220), (426, yy + 5), size=14, hand=15)
        return marks

    return Paper([page1, page2, page3, page4, page5])


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

    def photo(self, rel: str, parts: Sequence[tuple[Doc, list[PhotoPage]]]) -> None:
        """A phone app's PDF of photographs, one photo a page."""
        shots: list[PhotoPage] = []
        for doc, pages in parts:
            doc.pages = [(rel, len(shots) + 1 + i) for i in range(len(pages))]
            doc.scanned = True
            self.docs.append(doc)
            shots.extend(pages)
        self.files[rel] = photos_pdf(shots)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, {} if lt.type == "other" else lt.fields, lt.date, benefit=lt.benefit)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")

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




WH_H = Withholding(0.08, 0.045, True, (("Medical plan", 88.20), ("Supplemental life", 6.40)))
WH_K = Withholding(0.06, 0.04, True, (("Union dues", 9.50),))
WH_T = Withholding(0.07, 0.04, True, ())


def hospital_services(start: dt.date, items: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    return [(start + dt.timedelta(days=d), desc, amt) for d, desc, amt in items]


def packet_bv1(seed: int) -> Packet:
    received = dt.date(2038, 2, 16)
    addr = ["4402 Sumac Ridge Drive", "Keel Harbor, WI 54220"]
    stub = halvorsen_stub(random.Random(seed * 7 + 1), "Maren A. Lindqvist", "H-20931", "Core Room",
                          dt.date(2038, 2, 4), 24.10, dt.date(2038, 1, 15), 56.0, 0.0,
                          Withholding(0.08, 0.045, True, (("Medical plan", 88.20),)))
    ltd = ltd_decision("Everett J. Lindqvist", addr, dt.date(2038, 1, 22), 2418.60, "LTD-38-0021947",
                       dt.date(2038, 1, 5), "Northpoint Marine Electric")
    app = App("3318406275", "Everett J. Lindqvist", "957-22-4018", "4402 Sumac Ridge Drive", "Keel Harbor", "WI",
              "54220", "(920) 555-0147", "ej.lindqvist@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2037, 10, 6), "long", {"wages": stub.monthly, "benefits_taxable": 2418.60},
              dt.date(2038, 2, 12), co="Maren A. Lindqvist", co_ssn="957-61-3390", seed=seed + 11)
    p = Packet("bv1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Form 710 Lindqvist.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{folder}/Keystone LTD approval.pdf", paper_pdf(ltd.paper), (letter_doc(ltd), 1))
    p.pdf(f"{folder}/Maren paystub 02-04.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    on = dt.date(2038, 2, 10)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Loss Mitigation - mortgage servicer", [
        "On October 6 I fell from a ladder at work and injured my spine. After surgery and months of therapy my "
        "doctors have told me I will not be able to go back to electrical work. My long-term disability benefit "
        "started in January and pays about sixty percent of what I earned.",
        "My wife Maren has cut her hours at the foundry to drive me to my appointments and help me at home. With "
        "both of our incomes lower we fell two payments behind. We ask to be considered for a modification so we "
        "can stay in our home."], ink=False, seed=seed + 1)
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    bill = hospital_statement("Saint Aldric Regional Hospital", "900 Aldric Way, Keel Harbor, WI 54220  -  Patient "
                              "Financial Services (920) 555-0190", app.borrower, app.borrower, addr,
                              dt.date(2038, 1, 30), "GA-7730418852",
                              hospital_services(dt.date(2037, 12, 1), [
                                  (0, "Physical therapy evaluation", 412.00), (3, "Physical therapy, 4 units", 388.00),
                                  (7, "Physical therapy, 4 units", 388.00), (10, "MRI lumbar spine w/o contrast",
                                                                             2874.00),
                                  (14, "Pain clinic injection", 1260.50), (21, "Physical therapy, 4 units", 388.00)]),
                              4126.35, 1045.15)
    p.pdf(f"{folder}/hospital bill.pdf", paper_pdf(bill.paper), (letter_doc(bill), 1))
    return p


def packet_bv2(seed: int) -> Packet:
    received = dt.date(2038, 4, 20)
    addr = ["18 Wicklow Terrace", "Wexcombe, OH 43085"]
    std = std_approval("Priya N. Castellanos", addr, dt.date(2038, 1, 12), 612.00, "STD-1188204",
                       dt.date(2038, 1, 4), dt.date(2038, 7, 2), "Granary Road Logistics")
    app = App("0726615409", "Priya N. Castellanos", "963-40-7712", "18 Wicklow Terrace", "Wexcombe", "OH", "43085",
              "(614) 555-0186", "priya.castellanos@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2037, 12, 29), "long", {"benefits_taxable": std.monthly or 0.0}, dt.date(2038, 4, 14),
              seed=seed + 21, who_ill="me", benefit_kinds=("std",), on_leave=True)
    p = Packet("bv2", received, app, ["income_doc:benefits_taxable"])
    style = Scan(dpi=200, tilt=0.45, blur=0.5, noise=0.0007)
    doc = physician_letter("Fernbrook Orthopedic & Spine Clinic", "45 Fernbrook Parkway, Wexcombe, OH 43085  -  "
                           "(614) 555-0111", "Anika S. Rhee, M.D.", app.borrower, "03/17/1979", dt.date(2038, 4, 8), [
                               "Ms. Castellanos has been under my care since December 2037 for a serious medical "
                               "condition that requires surgery and a long recovery.",
                               "She has been unable to work since January 4, 2038. I expect her to remain unable to "
                               "work until at least July 2038, when I will evaluate her for a gradual return.",
                               "Please contact my office if you need anything further. With her permission, no "
                               "other medical details are given in this letter."])
    fmla = fmla_notice("Granary Road Logistics", "300 Granary Road, Wexcombe, OH 43085", app.borrower,
                       dt.date(2038, 1, 6), "Employee's own serious health condition", "Continuous",
                       dt.date(2038, 1, 4), dt.date(2038, 3, 28), "Off work full time during the leave period")
    loan = app.loan
    p.scan(f"Castellanos-{loan}-1.pdf", [(app_doc(), scan_paper(whl_mh2(app, "pen"), style, seed + 201))], style)
    p.scan(f"Castellanos-{loan}-2.pdf", [(letter_doc(std), scan_paper(std.paper, style, seed + 202)),
                                         (letter_doc(fmla), scan_paper(fmla.paper, style, seed + 203))], style)
    p.scan(f"Castellanos-{loan}-3.pdf", [(letter_doc(doc), scan_paper(doc.paper, style, seed + 204))], style)
    return p


def packet_bv3(seed: int) -> Packet:
    received = dt.date(2038, 5, 25)
    addr = ["77 Briar Patch Lane", "Fennimore, NY 13021"]
    stub = copper_kettle_stub(random.Random(seed * 7 + 3), "Loretta V. Hale", "Store #6 Fennimore", "CK-440718",
                              dt.date(2038, 5, 21), 17.40, dt.date(2038, 2, 19), WH_K)
    ssa = ssdi_award("Desmond R. Hale", addr, dt.date(2038, 4, 2), 1684.00, dt.date(2038, 3, 1), "38BV4471D")
    app = App("5150932867", "Loretta V. Hale", "941-08-5536", "77 Briar Patch Lane", "Fennimore", "NY", "13021",
              "(315) 555-0172", "lhale.home@example.org", "primary_residence",
              ["disability_or_illness", "reduction_in_income"], dt.date(2037, 9, 14), "long",
              {"wages": stub.monthly, "benefits_nontaxable": 1684.00}, dt.date(2038, 5, 19), co="Desmond R. Hale",
              co_ssn="941-27-0684", seed=seed + 31, who_ill="co", benefit_kinds=("ssdi",))
    p = Packet("bv3", received, app, [])
    loan = app.loan
    p.pdf(f"{loan} - large print request.pdf", paper_pdf(tb_lp7(app, "screen")), (app_doc(), 5))
    p.pdf(f"{loan} - paystub.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{loan} - SSA award.pdf", paper_pdf(ssa.paper), (letter_doc(ssa), 1))
    on = dt.date(2038, 5, 18)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Tamsin Bay Mortgage", [
        "My husband Desmond had a stroke last September. He cannot walk without help or be left alone for long, "
        "and he will not be able to return to his job as a bus driver. Social Security approved his disability "
        "benefits this spring.",
        "I am his caregiver. In February I had to cut my hours at the market from full time to about twenty-four "
        "hours a week so I can be home with him. Our income is less than half of what it was, and we are asking "
        "for a lower payment so that we can keep our house."], ink=False, seed=seed + 3)
    p.pdf(f"{loan} - letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_bv4(seed: int) -> Packet:
    received = dt.date(2038, 6, 29)
    addr = ["2291 Millrace Road", "Keel Harbor, WI 54220"]
    stub = halvorsen_stub(random.Random(seed * 7 + 4), "Augustin P. Ferreira", "H-17206", "Finishing",
                          dt.date(2038, 6, 24), 26.75, dt.date(2038, 5, 1), 40.0, 40.0, WH_H)
    app = App("8804127736", "Augustin P. Ferreira", "972-55-1043", "2291 Millrace Road", "Keel Harbor", "WI",
              "54220", "(920) 555-0119", "aferreira@example.com", "primary_residence",
              ["disability_or_illness", "reduction_in_income"], dt.date(2038, 4, 11), "short",
              {"wages": stub.monthly}, dt.date(2038, 6, 22), b_dates=False, seed=seed + 41)
    p = Packet("bv4", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True)
    on = dt.date(2038, 6, 20)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Larkmoor Mortgage Servicing", [
        "In April I had heart surgery and was out of work for three weeks. Since May my doctor lets me work only "
        "half days, so I get forty hours of regular pay every two weeks and the rest from the company's "
        "short-term disability plan at sixty percent.",
        "My take-home pay dropped by more than a third while the hospital bills started to arrive. I expect to be "
        "back to full time by the end of the summer and ask for help with my payments until then."],
        ink=True, seed=seed + 4)
    bill = hospital_statement("Keel Harbor Memorial Hospital", "12 Lighthouse Road, Keel Harbor, WI 54220  -  "
                              "Billing (920) 555-0165", app.borrower, app.borrower, addr, dt.date(2038, 6, 5),
                              "KHM-004417729", hospital_services(dt.date(2038, 4, 11), [
                                  (0, "Inpatient room and board, 4 days", 9840.00), (0, "Operating room services",
                                                                                      21450.00),
                                  (0, "Anesthesia", 3275.00), (1, "Cardiac monitoring", 1890.00),
                                  (2, "Pharmacy", 1144.62), (24, "Cardiac rehab session", 310.00)]),
                              31862.44, 4197.18)
    cover = fax_cover("Harbor Print & Ship", "(920) 555-0102", "Larkmoor Mortgage Servicing", "(877) 555-0148",
                      received, 8, f"Loan {app.loan} - assistance application")
    p.scan("RX 2038-06-29 08.14 (8 pages).pdf", [
        (None, scan_paper(cover, style, seed + 400)),
        (app_doc(), form710_ink(app, style, seed + 401)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 402)),
        (hardship_doc(on), scan_paper(hl, style, seed + 403)),
        (letter_doc(bill), scan_paper(bill.paper, style, seed + 404))], style)
    return p


def packet_bv5(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2038, 8, 17)
    addr = ["1140 Crescent Shoals Road", "Port Ellery, MI 49684"]
    ssa = ssdi_award("Harold T. Musgrave", addr, dt.date(2038, 7, 9), 1912.00, dt.date(2038, 6, 1), "38PE2290M")
    doc = physician_letter("Port Ellery Cardiology Associates", "300 Harbor View Drive, Suite 2, Port Ellery, MI "
                           "49684", "Tomasz W. Brandt, M.D.", "Harold T. Musgrave", "08/02/1966", dt.date(2038, 7, 30),
                           ["Mr. Musgrave is my patient and has a chronic heart condition that became disabling in "
                            "December 2037.", "In my opinion he is permanently unable to return to his work as a "
                            "commercial fisherman or to any work that requires physical exertion.",
                            "This letter is provided at his request for his mortgage lender."])
    holder = "Harold T. Musgrave / Nadine C. Musgrave"
    pay = 1204.55
    s1 = lakeshore_statement(rng, holder, addr, "60041187329", 2038, 6, 1322.08,
                             [(5, "DIR DEP ELLERY SCHOOLS PAYROLL", pay), (19, "DIR DEP ELLERY SCHOOLS PAYROLL", pay)])
    s2 = lakeshore_statement(rng, holder, addr, "60041187329", 2038, 7, s1.fields["ending_balance"],
                             [(3, "SSA TREAS 310 SOC SEC", 1912.00), (3, "DIR DEP ELLERY SCHOOLS PAYROLL", pay),
                              (17, "DIR DEP ELLERY SCHOOLS PAYROLL", pay), (31, "DIR DEP ELLERY SCHOOLS PAYROLL", pay)])
    app = App("2267018854", "Harold T. Musgrave", "919-73-2205", "1140 Crescent Shoals Road", "Port Ellery", "MI",
              "49684", "(231) 555-0153", "hmusgrave@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2037, 12, 2), "long", {"wages": 3120.00, "benefits_nontaxable": 1912.00}, dt.date(2038, 8, 12),
              co="Nadine C. Musgrave", co_ssn="919-80-6611", seed=seed + 51, who_ill="me", benefit_kinds=("ssdi",))
    p = Packet("bv5", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Musgrave hardship request.pdf", paper_pdf(whl_mh2(app, "screen")), (app_doc(), 2))
    p.photo(f"{folder}/IMG_4471.pdf", [(letter_doc(ssa), photograph(ssa.paper, Photo(tilt=2.4), seed + 501))])
    p.photo(f"{folder}/IMG_4473.pdf", [(letter_doc(doc), photograph(doc.paper, Photo(tilt=1.6), seed + 502))])
    p.photo(f"{folder}/IMG_4480.pdf", [(stmt_doc(s1), photograph(s1.paper, Photo(tilt=2.8), seed + 503)),
                                       (stmt_doc(s2), photograph(s2.paper, Photo(tilt=1.2), seed + 504))])
    return p


def packet_bv6(seed: int) -> Packet:
    received = dt.date(2038, 9, 21)
    addr = ["309 Towpath Street", "Fennimore, NY 13021"]
    stub = brightwater_receipt("Rosalind K. Varga", "BW-55812", "Larkfield Distribution Center",
                               dt.date(2038, 9, 17), 21.5, 18.25, WH_T)
    app = App("6093358120", "Rosalind K. Varga", "984-16-3307", "309 Towpath Street", "Fennimore", "NY", "13021",
              "(315) 555-0138", "rkvarga@example.com", "primary_residence",
              ["disability_or_illness", "reduction_in_income"], dt.date(2038, 6, 20), "long",
              {"wages": stub.monthly}, dt.date(2038, 9, 16), seed=seed + 61, who_ill="dependent", on_leave=True)
    p = Packet("bv6", received, app, ["income_doc:wages"])
    fmla = fmla_notice("Brightwater Staffing", "77 Canal Street, Fennimore, NY 13021", app.borrower,
                       dt.date(2038, 7, 6), "To care for a child with a serious health condition", "Intermittent",
                       dt.date(2038, 7, 6), dt.date(2039, 1, 5), "Reduced schedule: up to 20 hours a week off work")
    bill = hospital_statement("Fennimore Children's Hospital", "1 Children's Way, Fennimore, NY 13021  -  (315) "
                              "555-0177", app.borrower, "Milo J. Varga (minor)", addr, dt.date(2038, 8, 28),
                              "FCH-20388104", hospital_services(dt.date(2038, 7, 1), [
                                  (0, "Infusion clinic visit", 2310.00), (0, "Chemotherapy drug administration",
                                                                          4875.25),
                                  (14, "Infusion clinic visit", 2310.00), (14, "Laboratory panel", 418.40),
                                  (28, "Infusion clinic visit", 2310.00), (35, "Imaging - CT chest", 1988.00)]),
                              11930.55, 1144.10)
    on = dt.date(2038, 9, 15)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Tamsin Bay Mortgage", [
        "In June my seven-year-old son was diagnosed with a serious illness and began treatment at the children's "
        "hospital every other week. I am a single parent and I have to be with him for treatment and for the days "
        "after.", "My staffing agency approved family leave, but the leave is unpaid, and I now work about twenty "
        "hours a week instead of forty. I am asking for a lower payment while my son is in treatment."],
        ink=False, seed=seed + 6)
    lp = tb_lp7(app, "screen")
    p.pdf(f"{app.loan}_upload.pdf", papers_pdf([lp, stub.paper, fmla.paper, bill.paper, hl]), (app_doc(), 5),
          (stub_doc(stub), 1), (letter_doc(fmla), 1), (letter_doc(bill), 1), (hardship_doc(on), 1))
    return p


def packet_bv7(seed: int) -> Packet:
    received = dt.date(2038, 10, 19)
    stubs = [copper_kettle_stub(random.Random(seed * 7 + 7), "Tobias L. Whitcombe", "Store #14 Wrenfield",
                                "CK-512093", d, 19.10, dt.date(2038, 8, 5), WH_K)
             for d in (dt.date(2038, 10, 8), dt.date(2038, 10, 15))]
    app = App("0419275583", "Tobias L. Whitcombe", "926-49-8810", "63 Gristmill Lane", "Wrenfield", "MO", "65807",
              "(417) 555-0164", "tobias.whitcombe@example.org", "primary_residence", ["other", "reduction_in_income"],
              dt.date(2038, 7, 24), "long", {"wages": stubs[-1].monthly}, dt.date(2038, 10, 13),
              other_text="Caring for my mother after her stroke", seed=seed + 71, who_ill="family", on_leave=True)
    p = Packet("bv7", received, app, ["hardship_doc:other"])
    style = Scan(dpi=300, tilt=0.2, blur=0.6, noise=0.0004)
    fmla = fmla_notice("Copper Kettle Markets", "4100 Commerce Drive, Wrenfield, MO 65807", app.borrower,
                       dt.date(2038, 8, 2), "To care for a parent with a serious health condition", "Intermittent",
                       dt.date(2038, 8, 1), dt.date(2039, 1, 31), "Reduced schedule of about 24 hours a week")
    p.scan("MFD-Lobby_20381019_1532.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 700)),
        (app_doc(), scan_paper(whl_mh2(app, "ink"), style, seed + 701)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 702)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 703)),
        (letter_doc(fmla), scan_paper(fmla.paper, style, seed + 704))], style)
    return p


def packet_bv8(seed: int) -> Packet:
    received = dt.date(2038, 11, 16)
    addr = ["5 Heronsgate Court", "Larchmont Ridge, MN 55418"]
    pay = ltd_payment_statement("Clement A. Haverford", addr, dt.date(2038, 11, 1), 2875.00, "AD-5520841",
                                (dt.date(2038, 10, 1), dt.date(2038, 10, 31)), "Twin Lakes Grain Cooperative")
    app = App("7741920356", "Clement A. Haverford", "935-02-7749", "5 Heronsgate Court", "Larchmont Ridge", "MN",
              "55418", "(612) 555-0187", "", "primary_residence", ["disability_or_illness"], dt.date(2038, 3, 15),
              "long", {"benefits_taxable": 2875.00}, dt.date(2038, 11, 10), co="Irene M. Haverford",
              co_ssn="935-14-2260", seed=seed + 81, who_ill="me", benefit_kinds=("ltd",))
    p = Packet("bv8", received, app, [])
    style = Scan(dpi=200, tilt=0.4, blur=0.35, noise=0.0009, fax=True)
    on = dt.date(2038, 11, 9)
    hl = hardship_letter("Irene M. Haverford", None, addr, app.loan, on, "Tamsin Bay Mortgage", [
        "I am writing for my husband Clement and myself. In March Clement was diagnosed with a degenerative "
        "illness of the nerves and muscles. He had to stop working at the grain cooperative in June, and his "
        "long-term disability benefit is now our only income.",
        "I left my part-time job to take care of him at home, because he needs help with most daily tasks. We have "
        "savings for a few months only. We ask Tamsin Bay to lower our payment so that we can stay in our home."],
        ink=True, seed=seed + 8)
    bill = hospital_statement("Larchmont Ridge Medical Center", "2000 Ridge Boulevard, Larchmont Ridge, MN 55418",
                              app.borrower, app.borrower, addr, dt.date(2038, 10, 20), "LRMC-88120475",
                              hospital_services(dt.date(2038, 9, 2), [
                                  (0, "Neurology clinic visit, established", 385.00),
                                  (0, "Electromyography, 4 limbs", 1740.00), (9, "Pulmonary function test", 612.50),
                                  (16, "Durable medical equipment - wheelchair", 2299.99)]), 3820.39, 612.10)
    cover = fax_cover("Larchmont Ridge Public Library", "(612) 555-0101", "Tamsin Bay Mortgage", "(800) 555-0128",
                      received, 9, f"Haverford - loan {app.loan}")
    p.scan("Incoming fax 2038-11-16 from 6125550101.pdf", [
        (None, scan_paper(cover, style, seed + 800)),
        (app_doc(), scan_paper(tb_lp7(app, "pen"), style, seed + 801)),
        (letter_doc(pay), scan_paper(pay.paper, style, seed + 802)),
        (hardship_doc(on), scan_paper(hl, style, seed + 803)),
        (letter_doc(bill), scan_paper(bill.paper, style, seed + 804))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bv1, packet_bv2, packet_bv3, packet_bv4, packet_bv5, packet_bv6,
                                             packet_bv7, packet_bv8]


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
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
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
    ap.add_argument("--only", nargs="*", help="build only these packets (bv1 ..)")
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
