"""Holdout set bx (bx1..bx8): DOCUMENTS THAT TRICKLE IN. Written blind: only shared/spec (all files), shared/samples
(packets, expected.json files, README), shared/reference/README.md and the blank forms it names (Form 710 filled
through its AcroForm, Form 4506-C typed over), tests/pdf_factory.py, tests/sample_compare.py,
benchmarks/sample_accuracy.py, the af scaffold (holdout_packets_af.py, whose helpers are copied here) in full and ONLY
the module docstrings of the other holdout sets were read - never the service's code (src/), its yaml/json data
files, other tests, the project README or the git history - and the service was never run on these packets, so they
measure honestly how it reads layouts it has never seen.

    python benchmarks/holdout_packets_bx.py OUT_DIR [--seed N] [--check] [--only bx1 bx5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
tests/sample_compare.compare (benchmarks/sample_accuracy.py --samples OUT_DIR -v) scores them. Each packet is one
batch processed with `--received-on <received_on>` (Mondays, March to September 2050). The seed changes pay
histories, transactions, balances, pen strokes, scanner and photo noise - never names, dates or the truth. Every file
is the same bytes for a seed (reportlab invariant mode, seeded noise, fixed pypdf identifiers). All people,
employers, banks and servicers are fictional; SSNs use the 900-999 area; every page carries a faint "synthetic test
document" line.

THEME. A borrower's papers arrive as SEVERAL FILES in one batch, sent at different times but delivered together:
an application and, later, a re-sent page of it; pay stubs one per file; a bank statement split over two scans; a
fax cover or a borrower's cover note in front of a file; names given by a mail robot or a phone ("SCAN_000231.pdf",
"IMG 20500311 (2).pdf", "fax_00000123.pdf", "document (1).pdf") or with spaces and unicode ("Solicitud –
Ibáñez-Robles (firmada).pdf", "Borrower Questionnaire – Nguyễn Thị Lan.pdf", "hardship letter (final) ✓.pdf"); a
file whose only loan number is its NAME (bx4's stubs, "4471902235.pdf") or a FAX COVER SHEET (bx1's second stub);
and within one case, papers that quote the loan number (applications, letters, cover notes, fax covers) beside
papers that do not (stubs, statements, benefit letters, rent checks, the 4506-C), which carry the borrower's (or the
co-borrower's) name exactly as on the application. Born-digital, scanned, faxed and photographed files are mixed
inside one packet. Truth rules used here: a RE-SENT PAGE of the application is listed as its own
mortgage_assistance_application document (its own file and page), and the application's expected answers are the
ones in force after it (the signature and date it adds in bx2; the corrected ZIP and hardship start date in bx8). A
statement split over two files is ONE bank_statement whose pages run across both files (bx3). Borrowers' cover notes
are documents of type `other` (fields {}); fax cover sheets are not listed.

APPLICATIONS (mortgage_assistance_application).
- The real Form 710 (April 2023) filled through its AcroForm: typed and signed on screen, e-mailed (bx1); typed,
  printed, signed and dated in ink by both spouses, scanned grey at 300 dpi (bx5).
- Wrenfield Home Loan Servicing "Hardship Assistance Request" (WHLS-2C, two pages) set like a NEWSPAPER: a masthead
  and dateline rule across the top, then TWO NARROW COLUMNS with a rule between them; numbered sections 1 ABOUT YOU,
  2 THE PROPERTY flow down the left column and 3 YOUR HARDSHIP down the right; labels in small type over ruled
  answer lines; boxes for occupancy, duration and the ten causes; page 2 asks the loan number again, then 4 MONTHLY
  INCOME ($ lines, blank when nil, a TOTAL) and 5 ASSETS on the left and 6 SIGN AND DATE stacked in the right
  column. bx2 typed on screen and sent UNSIGNED, then page 2 re-sent signed and dated in ink by fax behind a
  library's cover sheet, with "Page 2 again - now signed and dated" written above it; bx6 filled entirely IN PEN and
  scanned, the hardship's start date left EMPTY; bx8 typed on screen by a couple (the co-borrower never signs), then
  a CORRECTED PAGE 1 (new ZIP 49009 instead of 49008, start date 04/03/2050 instead of 05/01/2050) printed, marked
  by hand "CORRECTED PAGE 1 - replaces page 1 sent 08/29/2050" and scanned.
- Corbel Ridge Mortgage Company "Borrower Questionnaire" (CRM-40, two sheets): no boxes, no sections - ONE LONG LIST
  of questions numbered 1 to 40, each run out by a DOTTED LEADER to its answer; occupancy and duration answered in
  words, the ten causes as ten yes/no questions 18-27, the co-borrower "(write NONE if none)" (NONE means none), the
  income as questions 29-36 (zero lines "0.00") and 37 the total, signatures and dates as questions 39 and 40. bx3
  filled IN PEN and scanned; bx4 typed and signed on screen by both; bx7 typed, printed, signed and dated in ink,
  faxed behind the borrower's own cover sheet.

PAY (pay_stub). Larkspur-style retail "EARNINGS STATEMENT", semi-monthly (15th and last day; pay date = period
end), hours and overtime with THIS PERIOD / YEAR-TO-DATE columns and a perforated non-negotiable VOID check below
(Larkspur Hardware & Garden Co., Cypress Run Garden Center, Maplecrest Pharmacy); a school district's bi-weekly
"STATEMENT OF EARNINGS AND DEDUCTIONS", items as rows with CURRENT and CALENDAR YEAR TO DATE columns, paid every other
Friday for a period that ended a week earlier (Kellogg Prairie School District, Warren Ridge County Schools). Every
year-to-date figure is the sum of that year's checks.
STATEMENTS (bank_statement). Fernhollow Savings Bank: FOUR pages ("Page n of 4") - balance panel and daily-balance
bar chart, two register pages "continued" with zebra rows, a page of notices. Quarry Lake Credit Union: one page, an
account table (share savings, a distractor, and everyday checking, the account) then an IN | OUT register.
OTHER PAPERS. Typed hardship letters (signed in ink when scanned or faxed); a trades pension fund's "Benefit
Verification" grid (benefit_award_letter, benefits_taxable, photographed); a VA benefit summary letter (benefits
_nontaxable, photographed); deposited personal rent checks on small pages, hand-written, stamped DEPOSITED
(rent_check, photographed two to a file); page 1 of the real Form 4506-C typed on screen, signed (bx8) or NOT (bx3);
borrowers' typed cover notes (other); fax cover sheets (not listed).

PACKETS.
- bx1 COMPLETE. Form 710 on screen (unicode file name); stub 1 a phone photo "IMG 20500311 (2).pdf"; stub 2 faxed by
  payroll behind a cover sheet that alone names the loan. Reduction in income needs no papers; fresh stubs with YTD.
- bx2 COMPLETE. WHLS-2C sent unsigned + page 2 re-sent signed by fax; two stubs "document.pdf", "document (1).pdf";
  the signed hardship letter scanned explains the "other" hardship (grandchildren placed in her care).
- bx3 INCOMPLETE: irs_form_4506c - self-employment is documented by two consecutive fresh business statements (the
  April one split into SCAN_000233 pages 1-2 and SCAN_000234 pages 3-4), but the 4506-C was never signed.
- bx4 INCOMPLETE: income_doc:wages - the only stubs are of January 15 and 31, more than 90 days before May 9; the
  files are named only by the loan number; the faxed hardship letter covers the illness.
- bx5 COMPLETE. Form 710 in ink by both; wages by two consecutive statements (April e-statement, May faxed), the
  co-borrower's pension by the photographed verification; e-mailed letter covers the illness.
- bx6 INCOMPLETE: application_field:hardship_start_date - pen-filled WHLS-2C behind a cover note, the start date
  blank; VA letter (photo), two statements behind a second cover note (alimony = other), ink hardship letter.
- bx7 INCOMPLETE: income_doc:benefits_nontaxable - VA disability claimed; no award letter and only ONE statement
  (July, behind a cover note). Two fresh stubs satisfy wages.
- bx8 INCOMPLETE: application_signature - the co-borrower named on WHLS-2C signed neither the original nor the
  corrected page; rental income documented by two fresh deposited rent checks and a signed 4506-C.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet and `main` compares them with each packet's scenario. `--check` validates every
expected.json (keys, codes, types, dates, that every listed page exists, that `scanned` matches the absence of a
text layer).
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
    c.setFillGray(0.5)
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
    c.setCreator("holdout_packets_bx")
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
        if style.fax:  # the faint grey line would vanish in black and white: the fax keeps it a little darker
            scale = style.dpi / 72
            font = ImageFont.truetype(str(FONT_DIR / "dejavu/DejaVuSans.ttf"), round(6 * scale))
            ImageDraw.Draw(img).text((img.size[0] - 24 * scale, img.size[1] - 10 * scale), SYNTH, fill=60,
                                     font=font, anchor="rs")
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
    writer.add_metadata({"/Producer": "holdout_packets_bx"})
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
    start: dt.date | None  # None: the start date was left blank on the form
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
        "Date_1": mdy(app.start) if app.start else "",
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
    return fixed_pypdf_bytes(writer, f"bx710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "bx710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)


def form4506c_screen(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                     client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int,
                     signed: bool = True) -> bytes:
    """Page 1 of the real IRS Form 4506-C, typed over (fields flattened into the page) and, when signed, signed on
    screen with its date typed; unsigned, the signature and date lines stay empty."""
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
           (344, 168, mdy(signed_on) if signed else ""), (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    if signed:
        c.drawString(26, 195, "4")
    if signed:
        draw_signature_vector(c, Mark("sig", 80, 166, w=200, seed=seed))
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"bx4506c{seed}")


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
    if app.start is None:
        out.append("application_field:hardship_start_date")

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
             "rental": two_bank or len([d for d in of if d.type == "rent_check" and fresh(d.date)]) >= 2,
             "investment": two_bank, "other": two_bank}
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




# --- phone photos -------------------------------------------------------------------------------------------------


def photo_sheets(paper: Paper, seed: int, dpi: int = 150) -> list[ScannedPage]:
    """A phone photo of each printed (and inked) page: the sheet lies on a dark table, turned a few degrees, lit
    unevenly from one side, a little soft, a warm colour cast; JPEG, no text layer."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    out = []
    for i, (img, page_h) in enumerate(render_pages(buf.getvalue(), dpi)):
        rng = random.Random(seed * 97 + i)
        ink_on_image(img, marks[i], dpi / 72, page_h)
        wd, ht = img.size
        mx, my = int(wd * rng.uniform(0.05, 0.09)), int(ht * rng.uniform(0.04, 0.07))
        table = Image.new("L", (wd + 2 * mx, ht + 2 * my), rng.randrange(70, 105))
        table.paste(img, (mx + rng.randrange(-mx // 2, mx // 2), my + rng.randrange(-my // 2, my // 2)))
        table = table.rotate(rng.uniform(1.2, 3.2) * (1 if (seed + i) % 2 else -1), resample=Image.Resampling.BILINEAR,
                             expand=False, fillcolor=88)
        light = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270]) + rng.uniform(-20, 20),
                                                  fillcolor=128).resize(table.size)
        light = light.point(lambda v: int(190 + v * 0.25))
        shaded = ImageChops.multiply(table, light)
        shaded = shaded.filter(ImageFilter.GaussianBlur(0.8))
        px = shaded.load()
        for _ in range(int(shaded.size[0] * shaded.size[1] * 0.0004)):
            x, y = rng.randrange(shaded.size[0]), rng.randrange(shaded.size[1])
            px[x, y] = max(0, px[x, y] - 40)
        rgb = Image.merge("RGB", (shaded.point(lambda v: min(255, int(v * 1.03))), shaded,
                                  shaded.point(lambda v: int(v * 0.9))))
        out.append(ScannedPage(rgb, (rgb.size[0] * 72 / dpi, rgb.size[1] * 72 / dpi)))
    return out


# --- pay (new layouts) ----------------------------------------------------------------------------------------------


def semimonthly_dates(current: dt.date) -> list[dt.date]:
    """The 15th and the last day of every month of the year, up to the current pay date."""
    out = []
    for month in range(1, current.month + 1):
        _, last = month_bounds(current.year, month)
        out += [dt.date(current.year, month, 15), last]
    return [d for d in out if d <= current]


def larkspur_stub(employer: str, address: str, employee: str, emp_no: str, store: str, pay_date: dt.date,
                  rate: float, hours: float, wh: Withholding, key: str) -> Stub:
    """A retailer's semi-monthly EARNINGS STATEMENT over a perforated, non-negotiable check (pay date = period end)."""
    checks = []
    for d in semimonthly_dates(pay_date):
        rr = random.Random(f"{key}{d}")
        reg = hours + rr.choice([0.0, -4.0, 4.0, -8.0, 2.5])
        ot = rr.choice([0.0, 0.0, 3.0, 5.5])
        lines = {"Regular": (reg, rate, r2(reg * rate))}
        if ot:
            lines["Overtime 1.5x"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start = pay_date.replace(day=1 if pay_date.day == 15 else 16)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.25, 0.42, 0.2))
        c.rect(40, 728, 36, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 22)
        c.drawCentredString(58, 738, employer[0])
        c.setFillColor(black)
        c.setFont("Times-Bold", 14)
        c.drawString(84, 750, employer)
        c.setFont("Helvetica", 7.5)
        c.drawString(84, 738, address)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(572, 750, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 738, "Paid twice a month - on the 15th and the last day")
        c.setLineWidth(0.5)
        kv = [("Associate", employee), ("Associate #", emp_no), ("Store", store),
              ("Pay period", f"{mdy(start)} to {mdy(pay_date)}"), ("Pay date", mdy(pay_date)),
              ("Pay frequency", "Semi-monthly")]
        y = 712
        for i, (k, v) in enumerate(kv):
            x = 40 if i < 3 else 310
            yy = y - (i % 3) * 14
            c.setFont("Helvetica", 8)
            c.drawString(x, yy, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 80, yy, v)
        y = 660
        c.setFillGray(0.85)
        c.rect(40, y - 4, 532, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y, "DESCRIPTION")
        for x, t in ((300, "RATE"), (360, "HOURS"), (450, "THIS PERIOD"), (566, "YEAR-TO-DATE")):
            c.drawRightString(x, y, t)
        y -= 18
        c.setFont("Helvetica", 9)
        for lab in ("Regular", "Overtime 1.5x"):
            if lab not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(44, y, lab)
            if hrs:
                c.drawRightString(300, y, f"{rt:.2f}")
                c.drawRightString(360, y, f"{hrs:.2f}")
                c.drawRightString(450, y, money(amt))
            c.drawRightString(566, y, money(ytd[lab]))
            y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y, "GROSS EARNINGS")
        c.drawRightString(450, y, money(ch.gross))
        c.drawRightString(566, y, money(ytd["GROSS"]))
        y -= 22
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y, "TAXES AND DEDUCTIONS")
        y -= 14
        c.setFont("Helvetica", 9)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(44, y, k)
            c.drawRightString(450, y, money(v))
            c.drawRightString(566, y, money(ytd[k]))
            y -= 13
        y -= 6
        c.setLineWidth(1)
        c.line(360, y + 8, 572, y + 8)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(44, y - 6, "NET PAY")
        c.drawRightString(450, y - 6, money(net))
        c.drawRightString(566, y - 6, money(ytd["NET"]))
        c.setDash(4, 3)
        c.line(20, 250, 592, 250)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, 254, "DETACH AND RETAIN THIS STATEMENT")
        c.setFillGray(0.93)
        c.rect(40, 80, 532, 150, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 11)
        c.drawString(52, 210, employer)
        c.setFont("Helvetica", 8)
        c.drawRightString(560, 210, f"Check date {mdy(pay_date)}")
        c.setFont("Helvetica", 9)
        c.drawString(52, 170, "PAY TO THE ORDER OF")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(170, 170, employee.upper())
        c.rect(450, 162, 110, 20, stroke=1, fill=0)
        c.drawRightString(554, 168, "**" + money(net))
        c.setFont("Helvetica-Bold", 20)
        c.setFillGray(0.7)
        c.drawCentredString(W / 2, 120, "NON-NEGOTIABLE  -  VOID")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(52, 92, "Direct deposit advice. This is not a check.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, pay_date, "semimonthly", ytd["GROSS"], net),
                pay_date)


def district_stub(district: str, address: str, employee: str, emp_id: str, position: str, pay_date: dt.date,
                  salary_per_period: float, wh: Withholding, key: str) -> Stub:
    """A school district's bi-weekly 'Statement of Earnings and Deductions': items as rows, columns for the current
    amount and the calendar-year total, period ending a week before the pay date."""
    first = dt.date(pay_date.year, 1, 1) + dt.timedelta(days=(pay_date - dt.date(pay_date.year, 1, 1)).days % 14)
    checks = []
    for d in pay_dates(first, pay_date, "biweekly"):
        rr = random.Random(f"{key}{d}")
        lines = {"Base salary": (0.0, 0.0, salary_per_period)}
        extra = rr.choice([0.0, 0.0, 1.0, 2.0])
        if extra:
            lines["Extra duty (hours)"] = (extra * 3, 24.50, r2(extra * 3 * 24.50))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=7)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 752, district.upper())
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 741, address)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawCentredString(W / 2, 722, "STATEMENT OF EARNINGS AND DEDUCTIONS")
        c.setLineWidth(0.7)
        c.rect(60, 640, 492, 70, stroke=1, fill=0)
        c.line(306, 640, 306, 710)
        left = [("Employee", employee), ("Employee ID", emp_id), ("Position", position)]
        right = [("Pay date", mdy(pay_date)), ("Period begins", mdy(start)), ("Period ends", mdy(end)),
                 ("Pay schedule", "Every other Friday (bi-weekly)")]
        for col, rows in ((66, left), (312, right)):
            y = 696
            for k, v in rows:
                c.setFont("Helvetica", 7.5)
                c.drawString(col, y, k.upper())
                c.setFont("Courier-Bold", 9)
                c.drawString(col + 72, y, v)
                y -= 15
        y = 612
        c.setFont("Helvetica-Bold", 8)
        c.drawString(66, y, "ITEM")
        c.drawRightString(420, y, "CURRENT")
        c.drawRightString(546, y, "CALENDAR YEAR TO DATE")
        c.line(60, y - 5, 552, y - 5)
        y -= 20
        items: list[tuple[str, float, float, bool]] = []
        for lab in ("Base salary", "Extra duty (hours)"):
            if lab in ytd:
                items.append((lab, ch.lines.get(lab, (0, 0, 0.0))[2], ytd[lab], False))
        items.append(("TOTAL GROSS", ch.gross, ytd["GROSS"], True))
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            items.append((f"  less {k}", v, ytd[k], False))
        items.append(("NET PAY", net, ytd["NET"], True))
        for lab, cur, yt, bold in items:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            c.drawString(66, y, lab)
            c.drawRightString(420, y, money(cur) if cur else "")
            c.drawRightString(546, y, money(yt))
            c.setDash(1, 2)
            c.line(60, y - 5, 552, y - 5)
            c.setDash()
            y -= 19
        c.setFont("Helvetica", 7.5)
        c.drawString(66, y - 12, "Leave balances: sick 41.5 h, personal 16.0 h. Questions: Payroll Office, ext. 2210.")
        return []

    return Stub(Paper([page]), stub_fields(district, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


# --- bank statements (new layouts) ----------------------------------------------------------------------------------


def card_lines(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
               n_debits: int, business: bool = True) -> list[tuple[dt.date, str, float]]:
    """The given credits plus many small card purchases and bills (a statement long enough to run to four pages)."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    shops = ["PETSUPPLY WHOLESALE", "FUEL MART #118", "HILLTOP GROCERY", "AMZN MKTP US", "PAPER & INK CO",
             "COUNTY WATER DEPT", "TRI-STATE ELECTRIC", "CARDSWIPE FEES", "HARBOR INS PREMIUM", "VET SUPPLY DIRECT",
             "DOLLAR DEPOT", "QUICKLUBE 0442", "CELLULAR ONE WIRELESS", "CHECK #10", "ATM CASH WITHDRAWAL"]
    if not business:
        shops = ["FOOD LION #1187", "FUEL MART #118", "HILLTOP GROCERY", "AMZN MKTP US", "CVS/PHARMACY 0421",
                 "COUNTY WATER DEPT", "TRI-STATE ELECTRIC", "HARBOR INS PREMIUM", "DOLLAR DEPOT", "CHECK #10",
                 "CELLULAR ONE WIRELESS", "ATM CASH WITHDRAWAL", "MORTGAGE PMT PARTIAL"]
    span = (end - start).days
    for _ in range(n_debits):
        desc = rng.choice(shops)
        amt = r2(rng.uniform(9, 75) if rng.random() < 0.75 else rng.uniform(120, 360))
        if desc == "CHECK #10":
            desc = f"CHECK #{rng.randrange(1040, 1199)}"
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    return out


def fernhollow_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                         begin: float, credits: Sequence[tuple[int, str, float]], n_debits: int = 36) -> Statement:
    """Fernhollow Savings Bank: FOUR pages - a cover page with a balance panel and a daily-balance chart of bars,
    two register pages with a running balance ('continued'), and a fourth page of notices - 'Page n of 4'."""
    bank = "Fernhollow Savings Bank"
    start, end = month_bounds(year, month)
    lines = card_lines(rng, start, end, credits, n_debits)
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    ending = bal
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wdr = r2(-sum(a for _, _, a in lines if a < 0))
    split = 26

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.42, 0.16, 0.1))
        c.setFont("Times-BoldItalic", 19)
        c.drawString(40, 748, "Fernhollow")
        c.setFont("Times-Roman", 9)
        c.drawString(40, 736, "SAVINGS BANK  -  since 1911")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 752, f"Business Value Checking  |  Acct. ...{acct[-4:]}")
        c.drawRightString(572, 741, f"{long_date(start)} - {long_date(end)}")
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(572, 730, f"Page {n} of 4")
        c.setLineWidth(0.4)
        c.line(40, 724, 572, 724)

    def reg(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((40, "POSTED"), (90, "TRANSACTION")):
            c.drawString(x, y, t)
        for x, t in ((420, "WITHDRAWALS"), (495, "DEPOSITS"), (572, "BALANCE")):
            c.drawRightString(x, y, t)
        y -= 14
        c.setFont("Courier", 8)
        for i, (d, desc, a, b) in enumerate(part):
            if i % 2:
                c.setFillGray(0.94)
                c.rect(38, y - 3, 536, 11, stroke=0, fill=1)
                c.setFillColor(black)
            c.drawString(40, y, d.strftime("%m-%d"))
            c.drawString(90, y, desc)
            c.drawRightString(420 if a < 0 else 495, y, money(abs(a)))
            c.drawRightString(572, y, money(b))
            y -= 11.5
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 700
        for ln in [holder.upper(), *address]:
            c.drawString(50, y, ln)
            y -= 12
        c.setFillGray(0.95)
        c.rect(330, 610, 242, 100, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(338, 696, "YOUR BALANCES THIS PERIOD")
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Opening balance", begin), ("+ Deposits", dep), ("- Withdrawals", wdr),
                                    ("Closing balance", ending))):
            c.drawString(338, 678 - 16 * i, k)
            c.drawRightString(565, 678 - 16 * i, money(v))
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 590, "DAILY BALANCE")
        days = (end - start).days + 1
        top = max([begin] + [b for *_, b in rows] + [1.0])
        for k in range(days):
            d = start + dt.timedelta(days=k)
            b = begin
            for dd, _, _, bb in rows:
                if dd <= d:
                    b = bb
            h = max(0.0, b) / top * 60
            c.setFillGray(0.55)
            c.rect(40 + k * 16.5, 510, 11, h, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 500, mdy(start))
        c.drawRightString(40 + days * 16.5, 500, mdy(end))
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 470, "ACCOUNT ACTIVITY")
        reg(c, 456, rows[:8])
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 706, "ACCOUNT ACTIVITY (continued)")
        reg(c, 690, rows[8:8 + split])
        return []

    def page3(c: Canvas) -> list[Mark]:
        head(c, 3)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 706, "ACCOUNT ACTIVITY (continued)")
        y = reg(c, 690, rows[8 + split:])
        c.setFont("Helvetica-Bold", 9)
        c.drawString(90, y - 6, "CLOSING BALANCE")
        c.drawRightString(572, y - 6, money(ending))
        return []

    def page4(c: Canvas) -> list[Mark]:
        head(c, 4)
        paragraphs(c, 40, 700, 532, [
            "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC TRANSFERS: call us or write to us at Fernhollow "
            "Savings Bank, 9 Tannery Row, as soon as you can, if you think your statement or receipt is wrong or if "
            "you need more information about a transfer listed on the statement or receipt. We must hear from you no "
            "later than 60 days after we sent the FIRST statement on which the problem or error appeared.",
            "BALANCING YOUR ACCOUNT: list any deposits and withdrawals not shown on this statement, add and subtract "
            "them from the closing balance, and compare the result with your register.",
            "This page intentionally carries notices only."], font="Helvetica", size=8, leading=10.5)
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2, page3, page4]), fields, end, acct)


def quarry_statement(rng: random.Random, holders: str, address: Sequence[str], acct: str, year: int, month: int,
                     begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Quarry Lake Credit Union: one page, the account table first (share savings and checking on one statement,
    only the checking is the account that carries the income), then a date-ordered list with an 'IN | OUT' pair."""
    bank = "Quarry Lake Credit Union"
    start, end = month_bounds(year, month)
    lines = card_lines(rng, start, end, credits, 11, business=False)
    ending = r2(begin + sum(a for _, _, a in lines))
    savings = r2(rng.uniform(25, 60))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, 750, "QUARRY LAKE")
        c.setFont("Helvetica", 8)
        c.drawString(40, 739, "CREDIT UNION  -  your money stays in the valley")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 750, "Statement of Accounts")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 739, f"Period: {mdy(start)} thru {mdy(end)}")
        c.drawRightString(572, 728, f"Member no. {acct[:4]}")
        y = 712
        c.setFont("Helvetica", 9)
        for ln in [holders, *address]:
            c.drawString(40, y, ln)
            y -= 11
        y = 650
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((40, "ACCOUNT"), (190, "NUMBER")):
            c.drawString(x, y, t)
        for x, t in ((400, "PREVIOUS BALANCE"), (490, "NEW BALANCE")):
            c.drawRightString(x, y, t)
        c.line(40, y - 4, 572, y - 4)
        c.setFont("Helvetica", 9)
        c.drawString(40, y - 17, "Share savings (S01)")
        c.drawString(190, y - 17, f"{acct[:4]}-S01")
        c.drawRightString(400, y - 17, money(savings))
        c.drawRightString(490, y - 17, money(savings))
        c.drawString(40, y - 31, "Everyday checking (C10)")
        c.drawString(190, y - 31, f"****{acct[-4:]}")
        c.drawRightString(400, y - 31, money(begin))
        c.drawRightString(490, y - 31, money(ending))
        y -= 64
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, f"EVERYDAY CHECKING  ****{acct[-4:]}")
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "DATE")
        c.drawString(100, y, "DESCRIPTION")
        c.drawRightString(420, y, "IN")
        c.drawRightString(490, y, "OUT")
        c.drawRightString(572, y, "BALANCE")
        y -= 14
        c.setFont("Helvetica", 8.5)
        c.drawString(40, y, start.strftime("%b %d"))
        c.drawString(100, y, "Previous balance")
        c.drawRightString(572, y, money(begin))
        y -= 12
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(40, y, d.strftime("%b %d"))
            c.drawString(100, y, desc)
            c.drawRightString(420 if a > 0 else 490, y, money(abs(a)))
            c.drawRightString(572, y, money(bal))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y, "New balance")
        c.drawRightString(572, y, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "Federally insured by NCUA. Dividend rate on share savings 0.15% APY.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- letters, notes and checks (new layouts) ------------------------------------------------------------------------


def pension_statement(member: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date,
                      member_no: str) -> Letter:
    """A multi-employer trades pension fund's 'Benefit Verification' - a form letter with a ruled benefit grid."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.12, 0.3, 0.42))
        c.rect(40, 716, 532, 46, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(52, 742, "IRONBRIDGE BUILDING TRADES PENSION FUND")
        c.setFont("Helvetica", 8)
        c.drawString(52, 728, "Fund Office  -  77 Foundry Square, Ironbridge, PA 18042  -  (610) 555-0133")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(52, 690, "BENEFIT VERIFICATION")
        c.setFont("Helvetica", 9.5)
        c.drawRightString(560, 690, f"Issued {long_date(date)}")
        y = 664
        for ln in [member, *address]:
            c.drawString(52, y, ln)
            y -= 12
        y = paragraphs(c, 52, y - 16, 508, [
            "At the participant's request we verify the pension this Fund pays. The benefit below is a lifetime "
            "monthly annuity paid on the first day of each month by direct deposit. Federal income tax is withheld "
            "at the participant's election; the benefit is reported on Form 1099-R and is taxable income."],
            font="Helvetica", size=9.5, leading=13)
        grid = [("Participant", member), ("Participant no.", member_no), ("Benefit type", "Normal retirement pension"),
                ("Benefit start date", mdy(since)), ("Gross monthly benefit", "$" + money(monthly)),
                ("Frequency of payment", "Monthly, 1st of the month"), ("Taxable", "Yes")]
        y -= 6
        for k, v in grid:
            c.setLineWidth(0.4)
            c.rect(52, y - 5, 200, 18, stroke=1, fill=0)
            c.rect(252, y - 5, 308, 18, stroke=1, fill=0)
            c.setFont("Helvetica", 9)
            c.drawString(58, y + 1, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(258, y + 1, v)
            y -= 18
        paragraphs(c, 52, y - 24, 508, ["This verification is not a guarantee of future benefits. For questions "
                                        "call the Fund Office, Monday to Friday, 8:30 to 4:30.",
                                        "Ironbridge Building Trades Pension Fund - Board of Trustees"],
                   font="Helvetica", size=8.5, leading=11)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def va_summary(veteran: str, address: Sequence[str], date: dt.date, monthly: float, rating: int) -> Letter:
    """A veterans' benefit summary letter (disability compensation, not taxable)."""
    paras = ["This letter is a summary of benefits you currently receive from the Department of Veterans Affairs. "
             "You may use it to verify your income for a mortgage, housing or other purpose.",
             "Your service-connected disability compensation is paid monthly, on the first business day of the month "
             "for the month before. VA disability compensation is not taxable income."]
    table = [("Veteran", veteran), ("Combined service-connected rating", f"{rating}%"),
             ("Current monthly award amount", "$" + money(monthly)), ("Paid", "Monthly"),
             ("Effective date of last change", mdy(dt.date(date.year, 1, 1)))]
    paper = simple_letter(("DEPARTMENT OF VETERANS AFFAIRS", "Regional Benefit Office  -  Benefit Summary and "
                           "Service Verification Letter", Color(0.1, 0.2, 0.35)), date, [veteran, *address],
                          "Your VA benefit summary", paras, ["Sincerely,", "", "Veterans Service Center Manager"],
                          table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def cover_note(writer: str, loan: str | None, date: dt.date, lines: Sequence[str]) -> Paper:
    """The borrower's short typed cover note clipped to the front of what they send (a document of type other)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, 720, "COVER NOTE")
        c.setFont("Helvetica", 10.5)
        y = 690
        rows = [("Date:", mdy(date)), ("From:", writer), ("To:", "Loss Mitigation / Mortgage Assistance")]
        if loan:
            rows.append(("Loan no.:", loan))
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 10.5)
            c.drawString(150, y, v)
            y -= 16
        c.line(72, y + 4, 540, y + 4)
        paragraphs(c, 72, y - 18, 468, lines, font="Helvetica", size=10.5, leading=15)
        return []

    return Paper([page])


@dataclass
class RentCheck:
    paper: Paper
    date: dt.date
    amount: float


def rent_check(tenant: str, tenant_addr: str, payee: str, date: dt.date, amount: float, number: int, memo: str,
               bank: str) -> RentCheck:
    """A tenant's personal check for the rent, deposited: the front with a 'DEPOSITED' stamp, on a small page."""
    size = (6.5 * 72, 3.2 * 72)
    ones = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
            "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen")
    tens = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")

    def words(n: int) -> str:
        out = []
        if n >= 1000:
            out.append(f"{words(n // 1000)} Thousand")
            n %= 1000
        if n >= 100:
            out.append(f"{ones[n // 100]} Hundred")
            n %= 100
        if n >= 20:
            out.append(tens[n // 10] + (f"-{ones[n % 10]}" if n % 10 else ""))
        elif n:
            out.append(ones[n])
        return " ".join(out)

    dollars = int(amount)
    cents = round((amount - dollars) * 100)
    spelled = f"{words(dollars)} and {cents:02d}/100"

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        c.setFillColor(Color(0.86, 0.92, 0.88))
        c.rect(6, 6, pw - 12, ph - 12, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(18, ph - 26, tenant)
        c.setFont("Helvetica", 7)
        c.drawString(18, ph - 36, tenant_addr)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(pw - 18, ph - 26, str(number))
        marks = [Mark("hand", pw - 150, ph - 52, mdy(date), size=11, seed=number)]
        c.setFont("Helvetica", 7)
        c.drawString(pw - 182, ph - 52, "DATE")
        c.line(pw - 152, ph - 54, pw - 60, ph - 54)
        c.drawString(18, ph - 80, "PAY TO THE")
        c.drawString(18, ph - 88, "ORDER OF")
        c.line(62, ph - 88, pw - 110, ph - 88)
        marks.append(Mark("hand", 70, ph - 86, payee, size=11, seed=number + 1))
        c.rect(pw - 100, ph - 94, 82, 18, stroke=1, fill=0)
        marks.append(Mark("hand", pw - 94, ph - 89, money(amount), size=11, seed=number + 2))
        c.line(18, ph - 116, pw - 60, ph - 116)
        marks.append(Mark("hand", 24, ph - 114, spelled, size=10, seed=number + 3))
        c.drawString(pw - 56, ph - 116, "DOLLARS")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(18, ph - 136, bank)
        c.setFont("Helvetica", 7)
        c.drawString(18, 44, "MEMO")
        c.line(44, 42, 200, 42)
        marks.append(Mark("hand", 48, 44, memo, size=10, seed=number + 4))
        c.line(pw - 200, 42, pw - 18, 42)
        marks.append(Mark("sig", pw - 190, 44, w=150, seed=number + 5))
        c.setFont("Courier", 9)
        c.drawString(40, 18, f"A0{number % 97:02d}1447A  {number}  88{number * 7 % 10000:04d}21C")
        c.saveState()
        c.translate(250, 56)
        c.rotate(9)
        c.setStrokeColor(Color(0.6, 0.1, 0.1))
        c.setFillColor(Color(0.6, 0.1, 0.1))
        c.setLineWidth(1.2)
        c.roundRect(0, 0, 112, 28, 5, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(56, 16, "DEPOSITED")
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(56, 6, mdy(date + dt.timedelta(days=3)))
        c.restoreState()
        return marks

    return RentCheck(Paper([page], size), date, amount)


# --- applications (new layouts) -------------------------------------------------------------------------------------


class Filler:
    """Puts the borrower's answers on a form: typed in Courier ("screen" and "ink"), or hand-written ("pen");
    signatures are always strokes; dates beside them typed ("screen") or written ("ink", "pen")."""

    def __init__(self, c: Canvas, mode: str, seed: int) -> None:
        self.c, self.mode, self.seed = c, mode, seed
        self.marks: list[Mark] = []

    def put(self, x: float, y: float, text: str, size: float = 10) -> None:
        if not text:
            return
        if self.mode == "pen":
            self.seed += 1
            self.marks.append(Mark("hand", x, y, text, size=size + 1.5, seed=self.seed))
        else:
            self.c.setFont("Courier", size)
            self.c.drawString(x, y, text)

    def put_right(self, x: float, y: float, text: str, size: float = 10) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        w = stringWidth(text, "Courier", size) * (1.15 if self.mode == "pen" else 1.0)
        self.put(x - w, y, text, size)

    def tick(self, x: float, y: float, on: bool) -> None:
        """x, y: the box's lower-left corner (boxes are 8 points)."""
        if on:
            if self.mode == "pen":
                self.seed += 1
                self.marks.append(Mark("hand", x + 0.5, y + 0.8, "X", size=10, seed=self.seed))
            else:
                self.c.setFont("Courier-Bold", 10)
                self.c.drawString(x + 1.2, y + 0.8, "X")

    def sign(self, x: float, y: float, w: float, seed: int) -> None:
        self.marks.append(Mark("sig", x, y, w=w, seed=seed))

    def date(self, x: float, y: float, d: dt.date) -> None:
        if self.mode == "screen":
            self.c.setFont("Courier", 10)
            self.c.drawString(x, y, mdy(d))
        else:
            self.seed += 1
            self.marks.append(Mark("hand", x, y, mdy(d), size=11.5, seed=self.seed))

    def note(self, x: float, y: float, text: str) -> None:
        """A remark the borrower adds at the top of a re-sent page."""
        if self.mode == "screen":
            self.c.setFont("Courier-Bold", 10)
            self.c.drawString(x, y, text)
        else:
            self.seed += 1
            self.marks.append(Mark("hand", x, y, text, size=12, seed=self.seed))


WHLS_REASONS = ("Unemployment", "Reduction in income (lost overtime, fewer hours, lower pay)",
                "Increase in housing expenses (taxes, insurance, HOA)", "Disaster affecting the home or workplace",
                "Long-term disability or serious illness (borrower or dependent)", "Divorce or legal separation",
                "Separation of borrowers who are not married to each other", "Death of a borrower or wage earner",
                "Distant employment transfer or relocation", "Other hardship (explain below)")
WHLS_INCOME = ("Gross wages, salary, overtime, tips, bonuses", "Self-employment income", "Unemployment benefits",
               "Taxable Social Security, pension, disability, public assistance",
               "Non-taxable Social Security or disability", "Rental income (net of expenses except mortgage)",
               "Investment or insurance income", "Other (alimony, child support, other)")


class Col:
    """One narrow newspaper column of the WHLS-2C form, filled from the top down."""

    def __init__(self, c: Canvas, f: Filler, x: float, w: float, y: float) -> None:
        self.c, self.f, self.x, self.w, self.y = c, f, x, w, y

    def head(self, num: str, title: str) -> None:
        c = self.c
        c.setLineWidth(1.6)
        c.line(self.x, self.y + 12, self.x + self.w, self.y + 12)
        c.setFont("Times-Bold", 11)
        c.drawString(self.x, self.y, f"{num}   {title}")
        self.y -= 20

    def q(self, parts: Sequence[tuple[str, str, float]]) -> None:
        """Labels in small type over ruled answer lines; parts share the column by fraction."""
        c = self.c
        x = self.x
        for label, value, frac in parts:
            w = self.w * frac - 6
            c.setFont("Helvetica", 6.8)
            c.drawString(x, self.y, label)
            c.setLineWidth(0.5)
            c.line(x, self.y - 17, x + w, self.y - 17)
            self.f.put(x + 2, self.y - 14, value)
            x += self.w * frac
        self.y -= 31

    def box(self, label: str, on: bool, size: float = 8.6) -> None:
        c = self.c
        c.setLineWidth(0.6)
        c.rect(self.x, self.y - 1, 8, 8, stroke=1, fill=0)
        self.f.tick(self.x, self.y - 1, on)
        c.setFont("Times-Roman", size)
        for i, ln in enumerate(wrap(label, "Times-Roman", size, self.w - 14)):
            c.drawString(self.x + 13, self.y - i * 10.5, ln)
        self.y -= 10.5 * len(wrap(label, "Times-Roman", size, self.w - 14)) + 3.5

    def text(self, s: str, size: float = 8, font: str = "Times-Italic") -> None:
        self.y = paragraphs(self.c, self.x, self.y, self.w, [s], font=font, size=size, leading=size + 2.2, gap=4)

    def money_row(self, label: str, amount: float, bold: bool = False, blank_zero: bool = True) -> None:
        c = self.c
        lines = wrap(label, "Times-Roman", 8.6, self.w - 96)
        c.setFont("Times-Bold" if bold else "Times-Roman", 8.6)
        for i, ln in enumerate(lines):
            c.drawString(self.x, self.y - i * 10, ln)
        base = self.y - (len(lines) - 1) * 10
        c.setFont("Times-Roman", 9)
        c.drawString(self.x + self.w - 86, base, "$")
        c.setLineWidth(0.5)
        c.line(self.x + self.w - 78, base - 3, self.x + self.w, base - 3)
        if amount > 0 or not blank_zero:
            self.f.put_right(self.x + self.w - 2, base, money(amount))
        self.y = base - 17


def whls(app: App, mode: str, pages: Sequence[int] = (1, 2), note: str = "") -> Paper:
    """Wrenfield Home Loan Servicing 'Hardship Assistance Request' (WHLS-2C): a masthead across the top like a
    newspaper's, then every page set in TWO NARROW COLUMNS with a rule between them; numbered sections flow down the
    left column and on into the right; labels in small type over ruled answer lines; boxes for occupancy, duration and
    the ten causes; the loan number asked again at the top of page 2; signatures and dates stacked in the right
    column of page 2. `pages` picks the pages (a re-sent page), `note` is the borrower's remark written above it."""
    lx, rx, cw = 40.0, 318.0, 254.0

    def masthead(c: Canvas, n: int) -> None:
        c.setFont("Times-Bold", 21)
        c.drawCentredString(W / 2, 748, "WRENFIELD HOME LOAN SERVICING")
        c.setLineWidth(1.4)
        c.line(40, 738, 572, 738)
        c.setLineWidth(0.4)
        c.line(40, 735, 572, 735)
        c.setFont("Times-Roman", 8)
        c.drawString(40, 725, "HARDSHIP ASSISTANCE REQUEST")
        c.drawCentredString(W / 2, 725, "Form WHLS-2C (Rev. 09/2049)  -  PO Box 6120, Wrenfield, MI 49093")
        c.drawRightString(572, 725, f"Page {n} of 2")
        c.line(40, 719, 572, 719)
        c.line(W / 2, 60, W / 2, 688 if note else 712)

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed * 10 + 1)
        masthead(c, 1)
        if note:
            f.note(60, 702, note)
        left = Col(c, f, lx, cw, 680 if not note else 670)
        left.text("Please type or print. Answer every question that applies; mail or fax the request with the "
                  "documents on our checklist.")
        left.y -= 6
        left.head("1", "ABOUT YOU")
        left.q([("Loan number", app.loan, 1.0)])
        left.q([("Borrower's full name", app.borrower, 1.0)])
        left.q([("SSN - last four digits", app.ssn[-4:], 0.45), ("Daytime phone", app.phone, 0.55)])
        left.q([("E-mail", app.email, 1.0)])
        left.q([("Co-borrower's full name (if any)", app.co or "", 1.0)])
        left.q([("Co-borrower SSN - last four", (app.co_ssn or "")[-4:], 0.5), ("", "", 0.5)])
        left.y -= 4
        left.head("2", "THE PROPERTY")
        left.q([("Street address of the mortgaged property", app.street, 1.0)])
        left.q([("City", app.city, 0.55), ("State", app.state, 0.17), ("ZIP", app.zip, 0.28)])
        left.q([("Mailing address, if different", "", 1.0)])
        c.setFont("Times-Bold", 8.6)
        c.drawString(left.x, left.y, "The property is:")
        left.y -= 13
        left.box("the home I live in (primary residence)", app.occupancy == "primary_residence")
        left.box("a second home", app.occupancy == "second_home")
        left.box("an investment or rental property", app.occupancy == "investment_property")
        right = Col(c, f, rx, cw, 680 if not note else 670)
        right.head("3", "YOUR HARDSHIP")
        right.q([("Date the hardship began (mm/dd/yyyy)", mdy(app.start) if app.start else "", 1.0)])
        c.setFont("Times-Bold", 8.6)
        c.drawString(right.x, right.y, "I expect the hardship to be:")
        right.y -= 13
        right.box("short-term (6 months or less)", app.duration == "short")
        right.box("long-term or permanent (more than 6 months)", app.duration == "long")
        right.box("resolved", app.duration == "resolved")
        right.y -= 4
        c.setFont("Times-Bold", 8.6)
        c.drawString(right.x, right.y, "What caused it? Check every one that applies.")
        right.y -= 13
        for h, label in zip(HARDSHIPS, WHLS_REASONS, strict=True):
            right.box(label, h in app.hardships)
        right.y -= 2
        other = [*wrap(app.other_text, "Courier", 10.5 if mode == "pen" else 10, cw - 12), "", ""]
        right.q([("Explain an 'other' hardship", other[0], 1.0)])
        right.q([("", " ".join(other[1:]).strip(), 1.0)])
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed * 10 + 2)
        masthead(c, 2)
        if note:
            f.note(60, 702, note)
        left = Col(c, f, lx, cw, 680 if not note else 670)
        left.q([("Loan number (again, please)", app.loan, 0.7), ("", "", 0.3)])
        left.head("4", "MONTHLY INCOME")
        left.text("Before taxes, for all borrowers together. Leave a line blank if it does not apply.")
        left.y -= 4
        for k, label in zip(INCOMES, WHLS_INCOME, strict=True):
            left.money_row(label, app.income.get(k, 0.0))
        left.money_row("TOTAL MONTHLY INCOME", app.total, bold=True)
        left.y -= 6
        left.head("5", "ASSETS")
        left.money_row("Checking and savings (not retirement)", 640.00)
        left.money_row("Stocks, bonds, other", 0.0)
        right = Col(c, f, rx, cw, 680 if not note else 670)
        right.head("6", "SIGN AND DATE")
        right.text("By signing I certify that the information in this request is true and that the hardship I "
                   "described contributed to my need for help. I agree to send the documents Wrenfield asks for and "
                   "I consent to a credit report for every borrower named. Knowingly false statements may violate "
                   "federal law.", size=8.4, font="Times-Roman")
        right.y -= 30
        people = [("Borrower", app.borrower, app.b_signs, app.b_dates, 0),
                  ("Co-borrower", app.co or "", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, _name, signs, dates, k in people:
            c.setLineWidth(0.6)
            c.line(right.x, right.y, right.x + cw, right.y)
            c.setFont("Helvetica", 6.8)
            c.drawString(right.x, right.y - 9, f"{role}'s signature")
            if signs:
                f.sign(right.x + 12, right.y + 2, 170, app.seed + k)
            right.y -= 36
            c.line(right.x, right.y, right.x + 120, right.y)
            c.drawString(right.x, right.y - 9, "Date (mm/dd/yyyy)")
            if dates:
                f.date(right.x + 4, right.y + 3, app.signed_on)
            right.y -= 46
        right.text("Keep a copy for your records. Send the request and your documents to PO Box 6120, Wrenfield, "
                   "MI 49093, or fax (269) 555-0149.", size=7.5)
        return f.marks

    fns = {1: page1, 2: page2}
    return Paper([fns[n] for n in pages])


CRM_HARDSHIP_Q = ("Did you lose your job?", "Has your income been reduced?", "Have your housing costs gone up?",
                  "Did a disaster damage the home or your workplace?",
                  "Are you or a dependent seriously ill or disabled?", "Are you divorced or legally separated?",
                  "Have you separated from an unmarried co-borrower?", "Has a borrower or wage earner died?",
                  "Were you transferred or relocated far away for work?", "Is there any other hardship?")
CRM_INCOME_Q = ("Monthly gross wages, salary, overtime, tips, bonuses", "Monthly self-employment income",
                "Monthly unemployment benefits", "Taxable Social Security, pension, disability (monthly)",
                "Non-taxable Social Security or disability (monthly)", "Monthly rental income, net",
                "Monthly investment or insurance income", "Other monthly income (alimony, support, other)")


def crm40(app: App, mode: str) -> Paper:
    """Corbel Ridge Mortgage Company 'Borrower Questionnaire' (CRM-40): no boxes and no sections - one long list of
    questions numbered 1 to 40 over two pages, each question run out to its answer by a DOTTED LEADER; occupancy and
    duration answered in words, the ten causes as ten yes/no questions (18-27), the income as questions 29-36 with
    37 the total, the signatures and dates as questions 39 and 40 at the end of the list."""
    yes = {True: "Yes", False: "No"} if mode != "pen" else {True: "YES", False: "no"}
    occ = {"primary_residence": "primary residence", "second_home": "second home",
           "investment_property": "investment property"}
    dur = {"short": "short-term", "long": "long-term", "resolved": "resolved"}

    def amount(v: float) -> str:
        return money(v) if v > 0 else ("0" if mode == "pen" else "0.00")

    qs: list[tuple[str, str]] = [
        ("Loan number (from your monthly statement)", app.loan), ("Borrower's full name", app.borrower),
        ("Borrower's Social Security number - last 4 digits", app.ssn[-4:]), ("Best phone number", app.phone),
        ("E-mail address", app.email), ("Co-borrower's full name (write NONE if none)", app.co or "NONE"),
        ("Co-borrower's SSN - last 4 digits", (app.co_ssn or "")[-4:]),
        ("Street address of the property", app.street), ("City", app.city), ("State", app.state),
        ("ZIP code", app.zip), ("Mailing address, if not the property", ""),
        ("Occupancy (primary residence / second home / investment property)", occ[app.occupancy]),
        ("Is the property listed for sale? (yes / no)", yes[False]),
        ("Monthly HOA or condominium dues, if any", ""),
        ("On what date did the hardship begin? (mm/dd/yyyy)", mdy(app.start) if app.start else ""),
        ("Will it be short-term, long-term, or is it resolved?", dur[app.duration])]
    for h, q in zip(HARDSHIPS, CRM_HARDSHIP_Q, strict=True):
        qs.append((q + " (yes / no)", yes[h in app.hardships]))
    qs.append(("If you answered yes to 27, describe the hardship", app.other_text))
    for k, q in zip(INCOMES, CRM_INCOME_Q, strict=True):
        qs.append((q + "  $", amount(app.income.get(k, 0.0))))
    qs.append(("TOTAL monthly income (add 29 through 36)  $", money(app.total)))
    qs.append(("Money in checking and savings today  $", amount(1215.00)))
    assert len(qs) == 38

    def head(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(48, 748, "CORBEL RIDGE MORTGAGE COMPANY")
        c.setFont("Helvetica", 8)
        c.drawString(48, 737, "Default Prevention  -  1 Corbel Plaza, Ridgeway, NC 27570  -  fax (252) 555-0161")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(564, 748, "Borrower Questionnaire")
        c.setFont("Helvetica", 8)
        c.drawRightString(564, 737, f"CRM-40  -  sheet {n} of 2")
        c.setLineWidth(0.8)
        c.line(48, 730, 564, 730)

    def line(c: Canvas, f: Filler, y: float, num: int, q: str, ans: str) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(68, y, f"{num}.")
        c.setFont("Helvetica", 9)
        c.drawString(74, y, q)
        x = 74 + stringWidth(q, "Helvetica", 9) + 4
        c.setFont("Helvetica", 9)
        while x < 366:
            c.drawString(x, y, ".")
            x += 4
        f.put(372, y, ans)

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed * 10 + 3)
        head(c, 1)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(48, 714, "Answer every question on the dotted line. Sign and date questions 39 and 40 on sheet 2.")
        y = 690
        for i, (q, a) in enumerate(qs[:22]):
            line(c, f, y, i + 1, q, a)
            y -= 27
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed * 10 + 4)
        head(c, 2)
        c.setFont("Helvetica", 8.5)
        c.drawString(48, 714, f"Loan number: {app.loan}" if mode != "pen" else "Loan number:")
        if mode == "pen":
            f.put(110, 714, app.loan)
        y = 690
        for i, (q, a) in enumerate(qs[22:]):
            line(c, f, y, i + 23, q, a)
            y -= 27
        y = paragraphs(c, 74, y - 4, 490, [
            "By signing below I certify that my answers are true and that my hardship contributed to my need for "
            "help; I agree to send the documents Corbel Ridge requests and I consent to a credit report for every "
            "borrower. Knowingly false statements may violate federal law."], font="Helvetica-Oblique", size=8,
            leading=10)
        y -= 26
        people = [(39, "Borrower's signature and date", app.b_signs, app.b_dates, 0),
                  (40, "Co-borrower's signature and date", bool(app.co) and app.co_signs,
                   bool(app.co) and app.co_signs, 1)]
        for num, q, signs, dates, k in people:
            line(c, f, y, num, q, "")
            c.setLineWidth(0.5)
            c.line(372, y - 2, 480, y - 2)
            c.setFont("Helvetica", 7)
            c.drawString(486, y, "date")
            c.line(506, y - 2, 564, y - 2)
            if signs:
                f.sign(376, y, 100, app.seed + k)
            if dates:
                f.date(505, y + 1, app.signed_on)
            y -= 40
        return f.marks

    return Paper([page1, page2])


# --- packets (bx) ---------------------------------------------------------------------------------------------------

WH_1 = Withholding(0.085, 0.031, True, (("Medical plan", 58.20),))
WH_2 = Withholding(0.07, 0.0425, True, (("MPSERS retirement", 112.40), ("Dental", 9.85)))
WH_3 = Withholding(0.09, 0.0475, True, (("401(k) 4%", 52.10), ("Vision", 4.15)))
GREY = Scan(dpi=240, tilt=0.3, blur=0.55, noise=0.0005)
GREY300 = Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004)
GREY200 = Scan(dpi=200, tilt=0.45, blur=0.5, noise=0.0006)
FAX = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True)
PHOTO = Scan(dpi=150, tilt=0.0, blur=0.0, noise=0.0)  # only its JPEG wrapping is used for photos


def photo(paper: Paper, seed: int) -> list[ScannedPage]:
    return photo_sheets(paper, seed)


def packet_bx1(seed: int) -> Packet:
    """Form 710 on screen; one stub photographed by phone, the other faxed by the employer behind a cover sheet
    that alone carries the loan number."""
    received = dt.date(2050, 3, 14)
    stubs = [larkspur_stub("Larkspur Hardware & Garden Co.", "2200 Millrace Road, Bayview Heights, OR 97420",
                           "Ines Ibanez-Robles", "LH-30418", "Store 12 - Bayview Heights", d, 19.40, 80.0, WH_1,
                           f"bx1-{seed}") for d in (dt.date(2050, 2, 15), dt.date(2050, 2, 28))]
    app = App("3370518824", "Ines Ibanez-Robles", "951-44-7302", "19 Cormorant Lane", "Bayview Heights", "OR",
              "97420", "(541) 555-0186", "ines.ibanez@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2049, 11, 1), "long", {"wages": stubs[-1].monthly}, dt.date(2050, 3, 9), seed=seed + 11)
    p = Packet("bx1", received, app, [])
    p.pdf("Solicitud – Ibáñez-Robles (firmada).pdf", form710_screen(app), (app_doc(), 4))
    p.scan("IMG 20500311 (2).pdf", [(stub_doc(stubs[0]), photo(stubs[0].paper, seed + 101))], PHOTO)
    cover = fax_cover("Larkspur Hardware & Garden Co. - Payroll", "(541) 555-0190", "Mortgage Assistance",
                      "(800) 555-0171", dt.date(2050, 3, 13), 2,
                      f"Pay stub for Ines Ibanez-Robles, loan {app.loan}")
    p.scan("FAX 20500313 1422.pdf", [(None, scan_paper(cover, FAX, seed + 102)),
                                     (stub_doc(stubs[1]), scan_paper(stubs[1].paper, FAX, seed + 103))], FAX)
    return p


def packet_bx2(seed: int) -> Packet:
    """WHLS-2C typed on screen and sent UNSIGNED; page 2 re-sent signed in ink by fax; stubs one per file."""
    received = dt.date(2050, 4, 11)
    addr = ["730 Juniper Hollow Drive", "Wrenfield, MI 49093"]
    stubs = [district_stub("Kellogg Prairie School District", "410 Schoolcraft Avenue, Wrenfield, MI 49093",
                           "Marguerite A. Fennimore", "E-044127", "Cafeteria Manager", d, 1684.62, WH_2, f"bx2-{seed}")
             for d in (dt.date(2050, 3, 18), dt.date(2050, 4, 1))]
    app = App("0062519047", "Marguerite A. Fennimore", "968-20-5517", "730 Juniper Hollow Drive", "Wrenfield", "MI",
              "49093", "(269) 555-0114", "mfennimore@example.org", "primary_residence", ["other"],
              dt.date(2049, 12, 1), "long", {"wages": stubs[-1].monthly}, dt.date(2050, 4, 6),
              other_text="Raising two grandchildren the court placed with me", seed=seed + 21)
    first = App(**{**app.__dict__, "b_signs": False, "b_dates": False})
    p = Packet("bx2", received, app, [])
    p.pdf("WHLS request typed.pdf", paper_pdf(whls(first, "screen")), (app_doc(), 2))
    cover = fax_cover("Wrenfield District Library - public fax", "(269) 555-0102", "Wrenfield Home Loan Servicing",
                      "(269) 555-0149", dt.date(2050, 4, 7), 2, f"Signed page 2 - M. Fennimore - loan {app.loan}")
    resent = whls(app, "ink", pages=(2,), note="Page 2 again - now signed and dated. M.F.")
    p.scan("fax_00000123.pdf", [(None, scan_paper(cover, FAX, seed + 201)),
                                (app_doc(), scan_paper(resent, FAX, seed + 202))], FAX)
    p.pdf("document.pdf", paper_pdf(stubs[0].paper), (stub_doc(stubs[0]), 1))
    p.pdf("document (1).pdf", paper_pdf(stubs[1].paper), (stub_doc(stubs[1]), 1))
    on = dt.date(2050, 3, 25)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Wrenfield Home Loan Servicing", [
        "In December the family court placed my two grandchildren, ages four and seven, in my care. I am glad to "
        "have them, but day care, clothes and food for three on one cafeteria salary have put me two payments "
        "behind since January.",
        "My job at the school district is steady and I am not asking for my debt to be forgiven. I am asking for a "
        "lower monthly payment so I can keep the house the children now call home."], ink=True, seed=seed + 2)
    p.scan("SCAN_000124.pdf", [(hardship_doc(on), scan_paper(hl, GREY, seed + 203))], GREY)
    return p


def packet_bx3(seed: int) -> Packet:
    """CRM-40 filled in pen and scanned; two business statements, the newer split across two scans (pages 1-2,
    then 3-4); the 4506-C typed on screen but never signed."""
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2050, 5, 16)
    addr = ["15 Pelican Marsh Road", "Ridgeway, NC 27570"]
    app = App("5804417263", "Delphine K. Aucoin", "927-61-0348", "15 Pelican Marsh Road", "Ridgeway", "NC", "27570",
              "(252) 555-0139", "delphine@aucoingrooming.example", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2050, 1, 10), "short", {"self_employment": 3420.00},
              dt.date(2050, 5, 9), seed=seed + 31)
    p = Packet("bx3", received, app, ["irs_form_4506c"])

    def deposits() -> list[tuple[int, str, float]]:
        return [(d, "SQUARE DEP AUCOIN GROOMING", r2(rng.uniform(180, 420))) for d in range(2, 29, 2)]

    holder = "Delphine K. Aucoin dba Aucoin Grooming"
    s1 = fernhollow_statement(rng, holder, addr, "8830271946", 2050, 3, 1822.47, deposits())
    s2 = fernhollow_statement(rng, holder, addr, "8830271946", 2050, 4, s1.fields["ending_balance"], deposits())
    p.scan("SCAN_000231.pdf", [(app_doc(), scan_paper(crm40(app, "pen"), GREY, seed + 301))], GREY)
    p.scan("SCAN_000232.pdf", [(stmt_doc(s1), scan_paper(s1.paper, GREY, seed + 302))], GREY)
    sheets = scan_paper(s2.paper, GREY, seed + 303)
    d2 = stmt_doc(s2)
    p.scan("SCAN_000233.pdf", [(d2, sheets[:2])], GREY)
    p.scan("SCAN_000234.pdf", [(None, sheets[2:])], GREY)
    d2.pages += [("SCAN_000234.pdf", 1), ("SCAN_000234.pdf", 2)]
    t = form4506c_screen("Delphine", "K", "Aucoin", "927-61-0348", "15 Pelican Marsh Road", "Ridgeway", "NC",
                         "27570", "Corbel Ridge Mortgage Company", "(252) 555-0161", dt.date(2050, 5, 9),
                         "(252) 555-0139", seed + 304, signed=False)
    p.pdf("4506C.pdf", t, (Doc("irs_form_4506c", {"signed": False, "signed_on": None}, None, signed=False), 1))
    return p


def packet_bx4(seed: int) -> Packet:
    """CRM-40 typed on screen by both; the only pay stubs are January's (stale by May), each scanned into a file
    whose NAME is the loan number and nothing else; the hardship letter faxed behind a cover sheet."""
    received = dt.date(2050, 5, 9)
    addr = ["88 Saddle Creek Court", "Ridgeway, NC 27570"]
    stubs = [larkspur_stub("Cypress Run Garden Center", "5 Commerce Loop, Ridgeway, NC 27570", "Lan T. Nguyen",
                           "CR-1187", "Nursery - Ridgeway", d, 17.85, 78.0, WH_1, f"bx4-{seed}")
             for d in (dt.date(2050, 1, 15), dt.date(2050, 1, 31))]
    app = App("4471902235", "Lan T. Nguyen", "939-02-6651", "88 Saddle Creek Court", "Ridgeway", "NC", "27570",
              "(252) 555-0175", "lan.nguyen@example.com", "primary_residence",
              ["reduction_in_income", "disability_or_illness"], dt.date(2049, 12, 15), "long",
              {"wages": stubs[-1].monthly}, dt.date(2050, 5, 2), co="Minh Q. Tran", co_ssn="939-47-2210",
              seed=seed + 41)
    p = Packet("bx4", received, app, ["income_doc:wages"])
    p.pdf("Borrower Questionnaire – Nguyễn Thị Lan.pdf", paper_pdf(crm40(app, "screen")), (app_doc(), 2))
    p.scan(f"{app.loan}.pdf", [(stub_doc(stubs[0]), scan_paper(stubs[0].paper, GREY200, seed + 401))], GREY200)
    p.scan(f"{app.loan} (2).pdf", [(stub_doc(stubs[1]), scan_paper(stubs[1].paper, GREY200, seed + 402))], GREY200)
    on = dt.date(2050, 5, 2)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Corbel Ridge Mortgage Company", [
        "In December my husband Minh had a stroke. He is recovering at home but cannot work, and I cut my hours at "
        "the garden center to care for him, so our income is less than half of what it was.",
        "I sent my January pay stubs with my first letter. We want to keep our home and ask to be reviewed for a "
        "modification."], ink=True, seed=seed + 4)
    cover = fax_cover("Ridgeway Pharmacy & Copy", "(252) 555-0128", "Corbel Ridge Mortgage Company",
                      "(252) 555-0161", dt.date(2050, 5, 5), 2, "Hardship letter - Nguyen")
    p.scan("fax_20500505_0917.pdf", [(None, scan_paper(cover, FAX, seed + 403)),
                                     (hardship_doc(on), scan_paper(hl, FAX, seed + 404))], FAX)
    return p


def packet_bx5(seed: int) -> Packet:
    """Form 710 typed, printed, signed in ink by both and scanned; April's statement downloaded, May's faxed;
    the pension verification photographed; the hardship letter e-mailed."""
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2050, 6, 13)
    addr = ["402 Kiln Street", "Ironbridge, PA 18042"]
    app = App("7215006438", "Roderick J. Vantassel", "944-18-2760", "402 Kiln Street", "Ironbridge", "PA", "18042",
              "(610) 555-0122", "rvantassel@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2050, 2, 20), "long", {"wages": 3980.00, "benefits_taxable": 1276.40}, dt.date(2050, 6, 8),
              co="Agnes M. Vantassel", co_ssn="944-73-1095", seed=seed + 51)
    p = Packet("bx5", received, app, [])
    holders = "Roderick J. Vantassel / Agnes M. Vantassel"
    net = r2(3980.00 * 12 / 26 * 0.78)

    def credits(month: int) -> list[tuple[int, str, float]]:
        pays = [d.day for d in pay_dates(dt.date(2050, 1, 7), month_bounds(2050, month)[1], "biweekly")
                if d.month == month]  # every other Friday
        return [(1, "IRONBRIDGE BTPF PENSION", 1148.76)] + [(d, "PAYROLL DEP KILNWORKS SUPPLY", net) for d in pays]

    s1 = quarry_statement(rng, holders, addr, "44100072281356", 2050, 4, 932.15, credits(4))
    s2 = quarry_statement(rng, holders, addr, "44100072281356", 2050, 5, s1.fields["ending_balance"], credits(5))
    pension = pension_statement("Agnes M. Vantassel", addr, dt.date(2050, 5, 22), 1276.40, dt.date(2047, 9, 1),
                                "IBT-0088142")
    p.scan("Scan 2050-06-10 09.41.12.pdf", [(app_doc(), form710_ink(app, GREY300, seed + 501))], GREY300)
    p.pdf("eStatement_Apr2050.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    cover = fax_cover("Ironbridge Senior Center", "(610) 555-0166", "Loss Mitigation", "(800) 555-0171",
                      dt.date(2050, 6, 10), 2, f"May bank statement - Vantassel - loan {app.loan}")
    p.scan("fax_20500610_0833.pdf", [(None, scan_paper(cover, FAX, seed + 502)),
                                     (stmt_doc(s2), scan_paper(s2.paper, FAX, seed + 503))], FAX)
    p.scan("IMG 20500611 (1).pdf", [(letter_doc(pension), photo(pension.paper, seed + 504))], PHOTO)
    on = dt.date(2050, 6, 8)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Mortgage Assistance Department", [
        "In February I was diagnosed with a heart condition and my doctor put me on light duty. The plant moved me "
        "from the kiln floor to the shipping office at a lower rate, and I lost the overtime I had every week.",
        "Agnes's pension has not changed, but together we now bring home about nine hundred dollars a month less. "
        "We ask to be considered for a modification of our mortgage."], ink=False, seed=seed + 5)
    p.pdf("hardship letter (final) ✓.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_bx6(seed: int) -> Packet:
    """WHLS-2C filled in pen and scanned behind the borrower's cover note, the hardship's start date left blank;
    the VA letter photographed; both statements downloaded into one file behind a second cover note."""
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2050, 7, 18)
    addr = ["27 Beacon Ridge Road", "Coldwater, MI 49036"]
    app = App("6093381174", "Cornelius P. Ashdown", "916-35-8842", "27 Beacon Ridge Road", "Coldwater", "MI",
              "49036", "(517) 555-0153", "c.ashdown@example.com", "primary_residence", ["disability_or_illness"],
              None, "long", {"benefits_nontaxable": 2146.90, "other": 450.00}, dt.date(2050, 7, 11), seed=seed + 61)
    p = Packet("bx6", received, app, ["application_field:hardship_start_date"])
    va = va_summary(app.borrower, addr, dt.date(2050, 6, 2), 2146.90, 70)
    credits = [(1, "VA TREAS 310 VACP", 2146.90), (5, "ZELLE FROM R ASHDOWN ALIMONY", 450.00)]
    s1 = quarry_statement(rng, app.borrower, addr, "51260093318820", 2050, 5, 611.30, credits)
    s2 = quarry_statement(rng, app.borrower, addr, "51260093318820", 2050, 6, s1.fields["ending_balance"], credits)
    note1 = cover_note(app.borrower, app.loan, dt.date(2050, 7, 11), [
        "Enclosed is my Hardship Assistance Request, filled out and signed. My VA letter and my bank statements "
        "are coming separately. Please call me at (517) 555-0153 if anything is missing."])
    p.scan("SCAN_000301.pdf", [(Doc("other", {}), scan_paper(note1, GREY, seed + 601)),
                               (app_doc(), scan_paper(whls(app, "pen"), GREY, seed + 602))], GREY)
    p.scan("IMG 20500714 (2).pdf", [(letter_doc(va), photo(va.paper, seed + 603))], PHOTO)
    note2 = cover_note(app.borrower, app.loan, dt.date(2050, 7, 14), [
        "Here are my May and June statements from Quarry Lake Credit Union. The VA deposit and the alimony from my "
        "former wife are on both of them."])
    p.pdf("Ashdown — May & June statements.pdf", papers_pdf([note2, s1.paper, s2.paper]), (Doc("other", {}), 1),
          (stmt_doc(s1), 1), (stmt_doc(s2), 1))
    on = dt.date(2050, 7, 11)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Wrenfield Home Loan Servicing", [
        "My service-connected condition got worse this spring and I had to give up my job driving for the county. "
        "My VA compensation and the alimony I receive are now my only income.",
        "I am asking for a modification so that my payment matches what I receive each month."], ink=True,
        seed=seed + 6)
    p.scan("SCAN_000302.pdf", [(hardship_doc(on), scan_paper(hl, GREY, seed + 604))], GREY)
    return p


def packet_bx7(seed: int) -> Packet:
    """CRM-40 typed, printed, signed in ink and faxed behind a cover sheet; a stub in each of two files; ONE bank
    statement behind a cover note; no papers at all for the VA disability income claimed."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2050, 8, 15)
    addr = ["1304 Tobacco Barn Road", "Ridgeway, NC 27570"]
    stubs = [district_stub("Warren Ridge County Schools", "300 Academy Street, Ridgeway, NC 27570",
                           "Harlan W. Beasley", "WR-20931", "Bus Mechanic II", d, 1592.31, WH_3, f"bx7-{seed}")
             for d in (dt.date(2050, 7, 29), dt.date(2050, 8, 12))]
    app = App("2287640519", "Harlan W. Beasley", "955-08-3317", "1304 Tobacco Barn Road", "Ridgeway", "NC", "27570",
              "(252) 555-0144", "hbeasley@example.org", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2050, 3, 1), "long", {"wages": stubs[-1].monthly, "benefits_nontaxable": 1035.00},
              dt.date(2050, 8, 9), seed=seed + 71)
    p = Packet("bx7", received, app, ["income_doc:benefits_nontaxable"])
    cover = fax_cover("Harlan W. Beasley", "(252) 555-0144", "Corbel Ridge Mortgage Company", "(252) 555-0161",
                      dt.date(2050, 8, 10), 3, f"Questionnaire, loan {app.loan}")
    p.scan("FAX_0000004471.pdf", [(None, scan_paper(cover, FAX, seed + 701)),
                                  (app_doc(), scan_paper(crm40(app, "ink"), FAX, seed + 702))], FAX)
    p.pdf("Beasley paystub (1).pdf", paper_pdf(stubs[0].paper), (stub_doc(stubs[0]), 1))
    p.pdf("Beasley paystub (2).pdf", paper_pdf(stubs[1].paper), (stub_doc(stubs[1]), 1))
    net = stubs[-1].fields["net_current"]
    s1 = quarry_statement(rng, app.borrower, addr, "36610058227419", 2050, 7, 488.02,
                          [(1, "VA TREAS 310 VACP", 1035.00), (1, "WARREN RIDGE CO SCH PAYROLL", net),
                           (15, "WARREN RIDGE CO SCH PAYROLL", net), (29, "WARREN RIDGE CO SCH PAYROLL", net)])
    note = cover_note(app.borrower, app.loan, dt.date(2050, 8, 11), [
        "My July bank statement is enclosed. It shows my school pay and my VA disability deposit. I will send more "
        "if you need it."])
    p.scan("SCAN_000417.pdf", [(Doc("other", {}), scan_paper(note, GREY, seed + 703)),
                               (stmt_doc(s1), scan_paper(s1.paper, GREY, seed + 704))], GREY)
    return p


def packet_bx8(seed: int) -> Packet:
    """WHLS-2C typed on screen by a couple, the co-borrower never signs; a CORRECTED page 1 (ZIP and start date)
    re-sent printed and scanned; rent checks photographed; a stub scanned, a stub e-mailed; a signed 4506-C."""
    received = dt.date(2050, 9, 12)
    stubs = [larkspur_stub("Maplecrest Pharmacy", "118 Portage Street, Kalamazoo, MI 49007", "Priya S. Castellanos",
                           "MP-5562", "Pharmacy technician", d, 21.15, 80.0, WH_3, f"bx8-{seed}")
             for d in (dt.date(2050, 8, 15), dt.date(2050, 8, 31))]
    app = App("0918273645", "Priya S. Castellanos", "971-26-4408", "5150 Old Plank Road", "Kalamazoo", "MI", "49009",
              "(269) 555-0197", "priya.castellanos@example.net", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2050, 4, 3), "long", {"wages": stubs[-1].monthly, "rental": 850.00}, dt.date(2050, 8, 29),
              co="Mateo L. Castellanos", co_ssn="971-58-2093", co_signs=False, seed=seed + 81)
    first = App(**{**app.__dict__, "zip": "49008", "start": dt.date(2050, 5, 1)})  # signed by her 08/29, page 2
    p = Packet("bx8", received, app, ["application_signature"])
    p.pdf("WHLS Castellanos.pdf", paper_pdf(whls(first, "screen")), (app_doc(), 2))
    fix = whls(app, "ink", pages=(1,), note="CORRECTED PAGE 1 - replaces page 1 sent 08/29/2050")
    p.scan("SCAN_000513.pdf", [(app_doc(), scan_paper(fix, GREY, seed + 801))], GREY)
    p.scan("SCAN_000512.pdf", [(stub_doc(stubs[0]), scan_paper(stubs[0].paper, GREY, seed + 802))], GREY)
    p.pdf("Castellanos paystub 8-31.pdf", paper_pdf(stubs[1].paper), (stub_doc(stubs[1]), 1))
    checks = [rent_check("Dorian K. Mabry", "5150 Old Plank Road, Apt. B, Kalamazoo, MI 49009", "Priya Castellanos",
                         d, 850.00, n, memo, "First Portage Bank") for d, n, memo in
              ((dt.date(2050, 7, 1), 2114, "July rent - Apt B"), (dt.date(2050, 8, 1), 2121, "August rent - Apt B"))]
    sheets = [photo(ck.paper, seed + 803 + i) for i, ck in enumerate(checks)]
    p.scan("IMG 20500905 (1).pdf", [(Doc("rent_check", {}, ck.date), sh) for ck, sh in zip(checks, sheets,
                                                                                             strict=True)], PHOTO)
    t = form4506c_screen("Priya", "S", "Castellanos", "971-26-4408", "5150 Old Plank Road", "Kalamazoo", "MI",
                         "49009", "Wrenfield Home Loan Servicing", "(269) 555-0149", dt.date(2050, 9, 2),
                         "(269) 555-0197", seed + 805)
    p.pdf("4506-C Castellanos.pdf", t, (Doc("irs_form_4506c", {"signed": True, "signed_on": "2050-09-02"},
                                            dt.date(2050, 9, 2), signed=True), 1))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bx1, packet_bx2, packet_bx3, packet_bx4, packet_bx5, packet_bx6,
                                             packet_bx7, packet_bx8]


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
    ap.add_argument("--only", nargs="*", help="build only these packets (bx1 ..)")
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
