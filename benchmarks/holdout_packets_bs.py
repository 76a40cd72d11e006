"""Holdout set bs (bs1..bs8): MAIL FORWARDED AFTER A SERVICING TRANSFER.

Written blind: only shared/spec (all files), shared/samples (the packets, expected.json files and README),
shared/reference/README.md and the blank forms it names (Form 710, Form 4506-C; Reg X Appendix MS-2 for the wording of
a notice of servicing transfer), tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, the af
scaffold (holdout_packets_af.py) in full and ONLY THE MODULE DOCSTRINGS of the other holdout sets were read - never
the service's code (src/), its .yaml data files, other tests, the project README or the git history - and the service
was never run on these packets, so they measure honestly how it reads layouts it has never seen.

    python benchmarks/holdout_packets_bs.py OUT_DIR [--seed N] [--check] [--only bs1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`; received dates are weekdays of 2049 (April to October). The seed
changes hours, pay histories, transactions, scanner noise and pen strokes, never names, numbers, dates or the truth.

THE THEME. Pennant Bay Loan Servicing, LLC (the current servicer, Norfolk, VA) took over three pools of loans in 2049:
from Stonebridge Lakes Home Loans (effective April 1), Halvard-Pryce Servicing Corp. (effective March 16) and
Marrowfield Mortgage Company (effective June 16). Borrowers keep sending papers on the PRIOR servicer's own hardship
forms, quoting the PRIOR loan number; the prior servicers forward what they receive with a transmittal letter
("Papers received for a loan transferred to you"), borrowers enclose copies of the prior servicer's "goodbye letter"
(a Notice of Servicing Transfer after Reg X Appendix MS-2, naming both servicers, the OLD loan number and, in three of
the four copies, the new one). The spec is
SILENT on prior loan numbers (a file finds its case by separator sheet, sub-folder, file name, the application's loan
number, a notice's reference line, then the borrower's name), so EVERY file here is placed by the CURRENT loan number
in a way the spec ranks first - a separator sheet, the sub-folder's name or the file name - and the prior number
appears only as a distractor inside papers (never in a file or folder name). The case, expected.json's loan_number
and the application's `loan_number` answer are always the CURRENT Pennant Bay number: on the prior servicers' forms
it is typed or hand-written into the form's "new servicer" blank (Stonebridge, Halvard-Pryce) or written in the top
margin beside the printed old number (Marrowfield), while the form's own printed or filled "loan number" is the OLD one.
Transmittal letters and goodbye-letter copies are ordinary letters of type `other` (listed); fax cover sheets and
the mailroom's separator sheet are not listed.

PRIOR SERVICERS' FORMS (none like Form 710):
- Stonebridge Lakes Home Loans "Borrower Assistance Form" SLH-BAF (Rev. 11/2048), two pages, PERSONALIZED by mail
  merge: a printed address window with the borrower's name and mailing address, an "ACCOUNT INFORMATION" box with the
  OLD loan number, borrower(s) and property address printed by the servicer; a shaded "IF YOUR LOAN HAS BEEN
  TRANSFERRED" strip with blanks "New servicer" and "New loan number"; questions coded A1..A5, B1..B3, C1..C3 in
  rows with answers after them; occupancy as filled round bullets; the hardship start date in three MM / DD / YYYY
  boxes; hardship reasons in two columns of square boxes; income on page 2 as a TABLE with BORROWER and CO-BORROWER
  columns and a HOUSEHOLD TOTAL row (each income code's amount is the sum of the two columns). bs1 typed and signed
  on screen; bs2 typed, printed, the new loan number and the date written and signed in ink, faxed by Stonebridge.
- Halvard-Pryce Servicing Corp. "Mortgage Relief Request" HPS-12, two pages of KEY-VALUE TABLES: sections headed by
  circled numbers, every row a shaded label cell on the left and a white answer cell on the right ("Halvard-Pryce
  account no." holds the OLD number with dashes, "Loan no. assigned by new servicer (if transferred)" the new one),
  occupancy and duration answered by writing a word, hardship reasons as "Y / N" cells per reason, income rows with a
  "Monthly gross" cell and a TOTAL row; signature and date cells at the foot of page 2. bs5 typed, the new loan
  number and date written and signed in ink, scanned grey at 240 dpi; bs7 FILLED IN BY HAND in block capitals and
  faxed.
- Marrowfield Mortgage Company "Financial Hardship Application" MMC-FHA, two pages of BOXES WITH CAPTIONS UNDER THE
  ANSWER (the answer typed or written on a rule, a tiny caption below it), a "Marrowfield loan number" box holding
  the OLD number (12 digits) at the top right, the NEW number written in the top margin ("NEW LOAN # ... PENNANT
  BAY"), hardship reasons as "[X]" brackets before each reason, income as a two-column grid of boxes (type caption
  under each amount box) with "TOTAL GROSS MONTHLY INCOME". bs4 typed on screen (the margin note typed in Courier),
  bs8 in ink and scanned grey at 200 dpi.
- The real Form 710 (April 2023) filled through its AcroForm: bs3 (printed, signed in ink, scanned 300 dpi behind the
  mailroom's separator sheet) and bs6 (typed and signed on screen).

PAY (payroll providers' layouts of my own; the employer is the paying company, the provider only prints the stub;
every YTD is the sum of that year's checks; monthly_gross = current x 52/26/24 / 12):
- Fenmore PayWorks "Earnings Statement" with a DIRECT DEPOSIT ADVICE below a perforation (amount in words, "VOID -
  NON-NEGOTIABLE"), bi-weekly, Description / Rate / Hours / This Period / Year-to-Date.
- Ledgerline Payroll Services "PAY STATEMENT": a shaded LEFT SIDEBAR holding the employee, ID, pay date, period and
  frequency, the earnings and withholdings tables at the right, NET PAY in a box; semi-monthly.
- Brightpath HCM employee self-service PRINTOUT (a browser's print header with the PRINT date and time, a URL and
  "1/1" footer, caption-over-value tiles), weekly.
STATEMENTS: Granite Ferry Bank (the summary as a SENTENCE - "Your balance on ... was $...; deposits of ... and
withdrawals of ... bring your balance on ... to $..." - and a Posted / Transaction / Amount / Balance register with
TRAILING-MINUS debits) and Loxley Federal Credit Union (two pages, "Statement opening date" / "closing date" stacked
at the top right, a "Balance forward" first row and an "Ending balance" last row). Mortgage debits go to the prior
servicer before the transfer and to Pennant Bay after it.
LETTERS AND PAPERS: typed hardship letters (some quote both loan numbers), goodbye letters, transmittal letters, a
fax cover sheet from a prior servicer's mailroom (every fax page also carries the sending machine's header line
with both fax numbers), a county retirement system's disability-retirement letter (taxable), a union pension
fund's survivor-annuity letter (taxable), a VA disability compensation award (non-taxable), a state unemployment
determination, a bakery's signed quarterly profit and loss statement, a two-page Form 1040 facsimile (tax year 2048),
page 1 of the real IRS Form 4506-C typed over and signed on screen, the mailroom's Code 128 "LOAN <number>" separator
sheet.

PACKETS (truth):
- bs1 COMPLETE - folder named after the loan, born-digital: Stonebridge form (both spouses signed on screen), two
  Fenmore stubs (borrower) and one Brightpath printout (co-borrower), hardship letter (reduction in income),
  Stonebridge goodbye letter (other).
- bs2 INCOMPLETE irs_form_4506c - ONE 200 dpi fax from Stonebridge named "<loan> forwarded from Stonebridge.pdf":
  fax cover (not listed), transmittal letter (other), Stonebridge form in ink (self-employment, disaster), two
  consecutive fresh Granite Ferry statements, a signed P&L, a 1040; no 4506-C.
- bs3 COMPLETE - ONE 300 dpi grey scan behind a separator sheet, no loan number in its name: Form 710 in ink
  (disability; wages + taxable disability retirement), Marrowfield goodbye letter (other), two Ledgerline stubs, the
  retirement letter, hardship letter.
- bs4 INCOMPLETE application_signature - loose born-digital files "<Surname> <loan> - <paper>.pdf": Marrowfield form
  typed on screen, the co-borrower named but not signed; Brightpath stubs, VA award (co-borrower, non-taxable),
  hardship letter for "other", Marrowfield goodbye letter.
- bs5 INCOMPLETE income_doc:wages - folder named after the loan, one 240 dpi scan per paper: Halvard-Pryce's
  transmittal letter (it held the mail for months), Halvard-Pryce form in ink, two Fenmore stubs that were fresh when
  mailed in March but are more than 90 days old when forwarded in June, hardship letter.
- bs6 COMPLETE - loose born-digital files "<loan>_<paper>.pdf": Form 710 typed on screen (increase in housing
  expenses after the new servicer's escrow analysis; wages + rent), one Fenmore stub, two consecutive Loxley
  statements, signed 4506-C, Stonebridge goodbye letter, hardship letter.
- bs7 INCOMPLETE hardship_doc:death - folder named after the loan holding ONE 200 dpi fax from Halvard-Pryce: fax
  cover (not listed), transmittal (other), Halvard-Pryce form hand-filled (death of the husband; taxable survivor
  pension), pension fund's survivor letter, hardship letter; no death certificate or obituary.
- bs8 COMPLETE - loose 200 dpi grey scans "<loan>-<n>.pdf", one per paper: Marrowfield form in ink (unemployment;
  unemployment benefits + co-borrower's wages), state unemployment determination, two Ledgerline stubs
  (co-borrower), hardship letter, Marrowfield goodbye letter.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet and must give the scenario's codes. `--check` validates every expected.json (keys,
codes, types, dates, every listed page exists, `scanned` matches the absence of a text layer, every page of every
file is either listed once or a declared cover / separator page, every file's name, folder or separator sheet carries
the CURRENT loan number and no file or folder name carries a prior one, stubs' monthly gross, income totals). Every file
is the same bytes for a seed: reportlab runs in invariant mode, scans use seeded noise, pypdf output carries fixed
identifiers. All people, employers, payroll providers, banks and servicers are fictional; SSNs use the 900-999 area,
and every page carries a faint "synthetic test document" line.
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

# The current servicer and the three prior ones (with the effective dates of their transfers to Pennant Bay).
CURRENT = ("Pennant Bay Loan Servicing, LLC", "Borrower Assistance Department", "PO Box 11870, Norfolk, VA 23510",
           "(757) 555-0140")
STONEBRIDGE = ("Stonebridge Lakes Home Loans", "1 Stonebridge Plaza, Lake Orrin, MN 55372", "(952) 555-0113",
               dt.date(2049, 4, 1))
HALVARD = ("Halvard-Pryce Servicing Corp.", "4400 Tradeport Drive, Suite 200, Lexington, KY 40511",
           "(859) 555-0177", dt.date(2049, 3, 16))
MARROWFIELD = ("Marrowfield Mortgage Company", "88 Canal Street, Marrowfield, NY 13440", "(315) 555-0162",
               dt.date(2049, 6, 16))


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
    c.setCreator("holdout_packets_bs")
    for fn in paper.pages:
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


def fax_header(img: Image.Image, text: str, dpi: int) -> None:
    """The sending machine's line across the top of a faxed page."""
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "dejavu/DejaVuSansMono.ttf"), round(7.5 * dpi / 72))
    draw.rectangle((0, 0, img.size[0], round(0.16 * dpi)), fill=255)
    draw.text((round(0.3 * dpi), round(0.03 * dpi)), text, fill=0, font=font)


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


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan, header: str | None = None) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax (with the
    sending machine's header line, page n of N, when `header` is given)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for n, sheet in enumerate(sheets, 1):
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        image = sheet.image
        if header is not None:
            image = image.convert("L")
            fax_header(image, f"{header}   P.{n:03d}/{len(sheets):03d}", style.dpi)
            image = image.convert("1")
        if style.fax:
            image.convert("L").save(data, "PNG", optimize=False)
        else:
            image.save(data, "JPEG", quality=78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_bs"})
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
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def rng_key(rng: random.Random) -> int:
    """A number fixed by the packet's seed, so histories change with --seed but not between stubs."""
    return random.Random(rng.getstate()[1][0]).randrange(10**6)


def every(first: dt.date, current: dt.date, step: int) -> list[dt.date]:
    out = []
    d = first
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=step)
    return out


def semimonthly_dates(current: dt.date) -> list[dt.date]:
    """Checks paid on the 5th (for the 16th to the month's end before) and the 20th (for the 1st to the 15th)."""
    out = []
    for month in range(1, 13):
        for day in (5, 20):
            d = dt.date(current.year, month, day)
            if d <= current:
                out.append(d)
    return out


def semimonthly_period(pay_date: dt.date) -> tuple[dt.date, dt.date]:
    if pay_date.day == 20:
        return pay_date.replace(day=1), pay_date.replace(day=15)
    end = pay_date.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=16), end


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check
    state_label: str = "State income tax"

    def taxes(self, gross: float) -> dict[str, float]:
        return {"Federal withholding": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
                "Medicare": r2(gross * 0.0145), self.state_label: r2(gross * self.state)}


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


ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def words(n: int) -> str:
    """A whole number under a million in words, as printed on a check."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + (" " + words(n % 1000) if n % 1000 else "")


def amount_in_words(v: float) -> str:
    cents = round(v * 100)
    return f"{words(cents // 100).capitalize()} and {cents % 100:02d}/100 dollars"


def fenmore_stub(rng: random.Random, employer: str, emp_address: str, employee: str, home: Sequence[str],
                 emp_id: str, dept: str, pay_date: dt.date, first_pay: dt.date, rate: float, hours: float,
                 wh: Withholding) -> Stub:
    """Fenmore PayWorks' bi-weekly earnings statement with a direct deposit advice below the perforation."""
    key = rng_key(rng)
    checks = []
    for d in every(first_pay, pay_date, 14):
        rr = random.Random(f"{emp_id}{d}{key}")
        reg = rr.choice([hours, hours, hours - 4, hours - 8])
        ot = rr.choice([0.0, 0.0, 2.5, 4.0, 6.0])
        lines = {"Regular": (reg, rate, r2(reg * rate))}
        if ot:
            lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(48, 742, employer)
        c.setFont("Helvetica", 8)
        c.drawString(48, 731, emp_address)
        c.setFillColor(Color(0.42, 0.16, 0.5))
        c.setFont("Helvetica-BoldOblique", 10)
        c.drawRightString(564, 744, "Fenmore PayWorks")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(564, 730, "Earnings Statement")
        c.setLineWidth(0.5)
        c.line(48, 722, 564, 722)
        c.setFont("Helvetica", 8.5)
        y = 706
        for k, v in (("Period Start:", mdy(start)), ("Period End:", mdy(end)), ("Check Date:", mdy(pay_date)),
                     ("Pay Frequency:", "Biweekly")):
            c.drawString(48, y, k)
            c.drawString(122, y, v)
            y -= 12
        y = 706
        c.setFont("Helvetica-Bold", 9)
        c.drawString(330, y, employee.upper())
        c.setFont("Helvetica", 8.5)
        for ln in home:
            y -= 12
            c.drawString(330, y, ln.upper())
        c.drawString(330, y - 14, f"Employee ID: {emp_id}    Dept: {dept}")
        y = 640
        c.setFillGray(0.9)
        c.rect(48, y - 3, 516, 13, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, y, "Earnings")
        for x, t in ((230, "Rate"), (290, "Hours"), (370, "This Period"), (460, "Year-to-Date")):
            c.drawRightString(x, y, t)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for k in ("Regular", "Overtime"):
            if k not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(52, y, k)
            if hrs:
                c.drawRightString(230, y, f"{rt:.2f}")
                c.drawRightString(290, y, f"{hrs:.2f}")
                c.drawRightString(370, y, money(amt))
            c.drawRightString(460, y, money(ytd[k]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(52, y, "Gross Pay")
        c.drawRightString(370, y, money(ch.gross))
        c.drawRightString(460, y, money(ytd["GROSS"]))
        y -= 22
        for title, items in (("Statutory Deductions", list(taxes.items())),
                             ("Voluntary Deductions", list(wh.deductions))):
            if not items:
                continue
            c.setFillGray(0.9)
            c.rect(48, y - 3, 516, 13, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(52, y, title)
            y -= 15
            c.setFont("Helvetica", 8.5)
            for k, v in items:
                c.drawString(52, y, k)
                c.drawRightString(370, y, "-" + money(v))
                c.drawRightString(460, y, "-" + money(ytd[k]))
                y -= 12
            y -= 8
        c.setFont("Helvetica-Bold", 10)
        c.drawString(52, y - 4, "Net Pay")
        c.drawRightString(370, y - 4, money(net))
        c.drawRightString(460, y - 4, money(ytd["NET"]))
        c.setFont("Helvetica", 7)
        c.drawString(48, 322, "Payroll prepared by Fenmore PayWorks for the employer named above. Keep this "
                              "statement for your records.")
        c.setDash(2, 3)
        c.line(30, 308, W - 30, 308)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, 300, "DETACH HERE")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, 270, employer)
        c.drawRightString(564, 270, "DIRECT DEPOSIT ADVICE")
        c.setFont("Helvetica", 8.5)
        c.drawString(48, 252, f"Advice date {mdy(pay_date)}")
        c.drawRightString(564, 252, f"Advice no. {pay_date.strftime('%y%m%d')}{emp_id[-3:]}")
        c.drawString(48, 222, "Deposited to the account of")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(170, 222, employee.upper())
        c.setFont("Helvetica", 8.5)
        c.drawString(48, 204, amount_in_words(net))
        c.rect(460, 198, 104, 18, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(558, 203, "$" + money(net))
        c.setFont("Helvetica", 8)
        c.drawString(48, 182, f"Checking account xxxxx{emp_id[-2:]}71")
        c.setFont("Helvetica-Bold", 16)
        c.setFillGray(0.75)
        c.drawCentredString(W / 2, 150, "VOID - NON-NEGOTIABLE")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


def ledgerline_stub(rng: random.Random, employer: str, emp_address: str, employee: str, emp_no: str, title: str,
                    pay_date: dt.date, salary: float, premium: float, wh: Withholding) -> Stub:
    """Ledgerline Payroll Services' semi-monthly pay statement: a shaded sidebar with the employee's facts."""
    key = rng_key(rng)
    checks = []
    for d in semimonthly_dates(pay_date):
        rr = random.Random(f"{emp_no}{d}{key}")
        shifts = rr.choice([0, 0, 1, 2, 3])
        lines = {"Salary": (0.0, 0.0, salary)}
        if shifts:
            lines["Weekend premium"] = (float(shifts), premium, r2(shifts * premium))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start, end = semimonthly_period(pay_date)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.86, 0.9, 0.86))
        c.rect(36, 300, 150, 456, stroke=0, fill=1)
        c.setFillColor(Color(0.1, 0.3, 0.2))
        c.setFont("Helvetica-Bold", 10)
        c.drawString(44, 736, "LEDGERLINE")
        c.setFont("Helvetica", 7)
        c.drawString(44, 727, "Payroll Services")
        c.setFillColor(black)
        facts = [("EMPLOYEE", employee), ("EMPLOYEE NO.", emp_no), ("JOB TITLE", title), ("PAY DATE", mdy(pay_date)),
                 ("PAY PERIOD", f"{mdy(start)} -"), ("", mdy(end)), ("PAY FREQUENCY", "Semi-Monthly")]
        y = 700
        for k, v in facts:
            if k:
                c.setFont("Helvetica-Bold", 6.5)
                c.drawString(44, y, k)
                y -= 11
            c.setFont("Helvetica", 8.5)
            c.drawString(44, y, v)
            y -= 17
        c.setFont("Helvetica-Bold", 14)
        c.drawString(200, 736, employer)
        c.setFont("Helvetica", 8)
        c.drawString(200, 724, emp_address)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(576, 736, "PAY STATEMENT")
        c.setLineWidth(0.7)
        c.line(200, 714, 576, 714)
        y = 696
        c.setFont("Helvetica-Bold", 8)
        c.drawString(200, y, "EARNINGS")
        c.drawRightString(420, y, "UNITS")
        c.drawRightString(495, y, "CURRENT")
        c.drawRightString(576, y, "YTD")
        c.line(200, y - 4, 576, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k in ("Salary", "Weekend premium"):
            if k not in ytd:
                continue
            units, _, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(200, y, k)
            if units:
                c.drawRightString(420, y, f"{units:.0f} @ {premium:.2f}")
            c.drawRightString(495, y, money(amt) if k in ch.lines else "")
            c.drawRightString(576, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(200, y, "TOTAL GROSS")
        c.drawRightString(495, y, money(ch.gross))
        c.drawRightString(576, y, money(ytd["GROSS"]))
        y -= 26
        c.setFont("Helvetica-Bold", 8)
        c.drawString(200, y, "WITHHOLDINGS")
        c.drawRightString(495, y, "CURRENT")
        c.drawRightString(576, y, "YTD")
        c.line(200, y - 4, 576, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, v in list(taxes.items()) + list(wh.deductions):
            c.drawString(200, y, k)
            c.drawRightString(495, y, money(v))
            c.drawRightString(576, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(200, y, "TOTAL WITHHOLDINGS")
        c.drawRightString(495, y, money(r2(ch.gross - net)))
        c.drawRightString(576, y, money(r2(ytd["GROSS"] - ytd["NET"])))
        y -= 34
        c.setLineWidth(1.2)
        c.roundRect(380, y - 8, 196, 30, 6, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(390, y + 3, "NET PAY")
        c.drawRightString(568, y + 3, "$" + money(net))
        c.setFont("Helvetica", 7.5)
        c.drawString(200, y - 30, f"Year-to-date net pay: ${money(ytd['NET'])}")
        c.drawString(200, y - 42, "Paid by direct deposit. Ledgerline Payroll Services processes payroll on behalf of "
                                  "the employer.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "semimonthly", ytd["GROSS"], net),
                pay_date)


def brightpath_stub(rng: random.Random, employer: str, employee: str, emp_id: str, location: str, pay_date: dt.date,
                    rate: float, hours: float, printed: dt.date, wh: Withholding) -> Stub:
    """A weekly pay slip printed from Brightpath HCM's employee self-service site."""
    key = rng_key(rng)
    first = dt.date(pay_date.year, 1, 1)
    while first.weekday() != pay_date.weekday():
        first += dt.timedelta(days=1)
    checks = []
    for d in every(first, pay_date, 7):
        rr = random.Random(f"{emp_id}{d}{key}")
        reg = min(40.0, hours + rr.choice([-6.0, -3.5, 0.0, 0.0, 1.5]))
        extra = rr.choice([0.0, 0.0, 0.0, 3.0, 5.5])
        lines = {"Regular hours": (reg, rate, r2(reg * rate))}
        if extra:
            lines["Overtime 1.5x"] = (extra, r2(rate * 1.5), r2(extra * r2(rate * 1.5)))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def tile(c: Canvas, x: float, y: float, w: float, cap: str, val: str) -> None:
        c.setStrokeGray(0.7)
        c.roundRect(x, y, w, 34, 4, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFillGray(0.4)
        c.setFont("Helvetica", 7)
        c.drawString(x + 7, y + 22, cap)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + 7, y + 8, val)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7.5)
        c.drawString(30, 772, f"{printed.strftime('%m/%d/%y')}, 8:14 PM")
        c.drawCentredString(W / 2, 772, "Brightpath HCM - Pay Slip")
        c.setFillColor(Color(0.05, 0.45, 0.55))
        c.rect(30, 730, W - 60, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(42, 741, "brightpath")
        c.setFont("Helvetica", 9)
        c.drawString(112, 741, f"{employer}  |  My Pay  >  Pay Slips")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(42, 704, f"Pay slip - {long_date(pay_date)}")
        tiles = [("Employee", employee), ("Employee ID", emp_id), ("Location", location),
                 ("Pay period", f"{mdy(start)} - {mdy(end)}"), ("Pay date", mdy(pay_date)), ("Pay frequency", "Weekly")]
        for i, (cap, val) in enumerate(tiles):
            col, row = i % 3, i // 3
            tile(c, 42 + col * 178, 650 - row * 42, 170, cap, val)
        tile(c, 42, 560, 170, "Gross pay", "$" + money(ch.gross))
        tile(c, 220, 560, 170, "Taxes and deductions", "$" + money(r2(ch.gross - net)))
        tile(c, 398, 560, 170, "Net pay", "$" + money(net))
        y = 530
        c.setFont("Helvetica-Bold", 10)
        c.drawString(42, y, "Earnings")
        y -= 16
        c.setFont("Helvetica-Bold", 7.5)
        c.setFillGray(0.4)
        for x, t in ((250, "HOURS"), (320, "RATE"), (440, "CURRENT"), (568, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.drawString(42, y, "DESCRIPTION")
        c.setFillColor(black)
        c.setStrokeGray(0.7)
        c.line(42, y - 5, 568, y - 5)
        y -= 18
        c.setFont("Helvetica", 9)
        for k in ("Regular hours", "Overtime 1.5x"):
            if k not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(42, y, k)
            if hrs:
                c.drawRightString(250, y, f"{hrs:.2f}")
                c.drawRightString(320, y, f"{rt:.2f}")
                c.drawRightString(440, y, money(amt))
            c.drawRightString(568, y, money(ytd[k]))
            c.line(42, y - 5, 568, y - 5)
            y -= 17
        c.setFont("Helvetica-Bold", 9)
        c.drawString(42, y, "Total earnings")
        c.drawRightString(440, y, money(ch.gross))
        c.drawRightString(568, y, money(ytd["GROSS"]))
        y -= 30
        c.setFont("Helvetica-Bold", 10)
        c.drawString(42, y, "Taxes and deductions")
        y -= 18
        c.setFont("Helvetica", 9)
        for k, v in list(taxes.items()) + list(wh.deductions):
            c.drawString(42, y, k)
            c.drawRightString(440, y, money(v))
            c.drawRightString(568, y, money(ytd[k]))
            c.line(42, y - 5, 568, y - 5)
            y -= 17
        c.setFont("Helvetica-Bold", 9)
        c.drawString(42, y, "Net pay")
        c.drawRightString(440, y, money(net))
        c.drawRightString(568, y, money(ytd["NET"]))
        c.setStrokeColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(30, 24, f"https://my.brightpath-hcm.example/pay/slips/{emp_id.lower()}/{pay_date.isoformat()}")
        c.drawRightString(W - 30, 24, "1/1")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


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
                 mortgage: tuple[str, float] | None) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount), the mortgage payment (to whoever serviced
    the loan that month) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    if mortgage:
        out.append((start + dt.timedelta(days=2), mortgage[0], -mortgage[1]))
    debits = [("HY-VEE #1184 DEBIT CARD", 1), ("XCEL ENERGY ONLINE PMT", 0), ("CASEYS GEN STORE DEBIT", 1),
              ("T-MOBILE AUTOPAY", 0), ("TARGET T-2210 DEBIT", 1), ("PROGRESSIVE INS", 0), ("ATM CASH W/D", 1),
              ("CITY WATER SEWER", 0), ("ALDI 44 DEBIT CARD", 1)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(18, 135) if small else rng.uniform(70, 310))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def granite_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                      begin: float, credits: Sequence[tuple[int, str, float]], mortgage: tuple[str, float] | None,
                      kind: str = "Everyday Checking") -> Statement:
    """Granite Ferry Bank: the summary as a sentence, a register with trailing-minus debits."""
    bank = "Granite Ferry Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits, mortgage)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.25, 0.3, 0.35))
        c.setFont("Times-Bold", 20)
        c.drawString(54, 736, "GRANITE FERRY BANK")
        c.setFont("Times-Italic", 9)
        c.drawString(54, 724, "Since 1911  -  Ferry Street at Second, Red Wing, MN 55066  -  Member FDIC")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        y = 690
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(70, y, ln)
            y -= 11.5
        c.setFont("Helvetica-Bold", 9)
        c.drawString(350, 690, kind)
        c.setFont("Helvetica", 9)
        c.drawString(350, 678, f"Account number   ******{acct[-4:]}")
        c.drawString(350, 666, f"Statement period {start.strftime('%b %d %Y')} thru {end.strftime('%b %d %Y')}")
        c.drawString(350, 654, "Page 1 of 1")
        c.setLineWidth(0.6)
        c.line(54, 630, 558, 630)
        yy = paragraphs(c, 54, 612, 504, [
            f"Your balance on {long_date(start)} was ${money(begin)}. Deposits and other credits of ${money(dep)} "
            f"and withdrawals and other debits of ${money(wd)} bring your balance on {long_date(end)} to "
            f"${money(ending)}."], font="Helvetica", size=9.5, leading=13)
        y = yy - 8
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y, "Posted")
        c.drawString(110, y, "Transaction")
        c.drawRightString(470, y, "Amount")
        c.drawRightString(558, y, "Balance")
        c.line(54, y - 4, 558, y - 4)
        y -= 17
        c.setFont("Helvetica", 8.5)
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(54, y, d.strftime("%m-%d"))
            c.drawString(110, y, desc)
            c.drawRightString(470 + (4 if a < 0 else 0), y, money(abs(a)) + ("-" if a < 0 else ""))
            c.drawRightString(558, y, money(bal))
            y -= 12.5
        c.line(54, y + 4, 558, y + 4)
        c.setFont("Helvetica", 7.5)
        c.drawString(54, y - 14, "A minus sign after an amount marks a debit. In case of errors or questions about "
                                 "your electronic transfers call (651) 555-0110.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


def loxley_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, member: str, year: int,
                     month: int, begin: float, credits: Sequence[tuple[int, str, float]],
                     mortgage: tuple[str, float] | None) -> Statement:
    """Loxley Federal Credit Union: two pages, opening and closing dates stacked, a balance-forward first row."""
    bank = "Loxley Federal Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits, mortgage)
    ending = r2(begin + sum(a for _, _, a in lines))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:8], rows[8:]

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.45, 0.25, 0.08))
        c.circle(66, 740, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 14)
        c.drawCentredString(66, 735, "L")
        c.setFillColor(black)
        c.setFont("Times-Bold", 15)
        c.drawString(88, 742, "Loxley Federal Credit Union")
        c.setFont("Times-Roman", 8.5)
        c.drawString(88, 731, "2 Quarry Hill Road, Cannon Falls, MN 55009  -  loxleyfcu.example  -  "
                              "Federally insured by NCUA")
        c.setFont("Helvetica", 8)
        c.drawRightString(560, 714, f"Page {n} of 2")

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool,
                 closing: bool) -> float:
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((52, "Date"), (104, "Description")):
            c.drawString(x, y, t)
        for x, t in ((400, "Withdrawals"), (480, "Deposits"), (560, "Balance")):
            c.drawRightString(x, y, t)
        c.setLineWidth(0.4)
        c.line(52, y - 4, 560, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        if opening:
            c.drawString(52, y, mdy(start))
            c.drawString(104, y, "Balance forward")
            c.drawRightString(560, y, money(begin))
            y -= 13
        for d, desc, a, b in part:
            c.drawString(52, y, mdy(d))
            c.drawString(104, y, desc)
            c.drawRightString(400 if a < 0 else 480, y, money(abs(a)))
            c.drawRightString(560, y, money(b))
            y -= 13
        if closing:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(52, y, mdy(end))
            c.drawString(104, y, "Ending balance")
            c.drawRightString(560, y, money(ending))
            y -= 13
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 690
        for ln in [holder, *address]:
            c.drawString(60, y, ln)
            y -= 12
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Member number", member), ("Statement opening date", mdy(start)),
                                    ("Statement closing date", mdy(end)),
                                    ("Share draft (checking)", f"...{acct[-4:]}"))):
            c.drawString(360, 690 - 13 * i, k)
            c.drawRightString(560, 690 - 13 * i, v)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(52, 600, f"SHARE DRAFT CHECKING  -  ACCOUNT ENDING {acct[-4:]}")
        register(c, 582, first, True, False)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(52, 694, f"SHARE DRAFT CHECKING ...{acct[-4:]} (continued)")
        y = register(c, 676, rest, False, True)
        c.setFont("Helvetica", 7.5)
        c.drawString(52, y - 20, "Dividends on share draft accounts are credited monthly. Questions? Call "
                                 "(507) 555-0136.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


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
        if self.type == "other":
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out.update(benefit_type="unemployment")
        return out


def letterhead(c: Canvas, name: str, lines: Sequence[str], color: Color, centred: bool = False) -> None:
    c.setFillColor(color)
    c.setFont("Times-Bold", 16)
    (c.drawCentredString if centred else c.drawString)(W / 2 if centred else 72, 738, name)
    c.setFillColor(black)
    c.setFont("Times-Roman", 8.5)
    for i, ln in enumerate(lines):
        (c.drawCentredString if centred else c.drawString)(W / 2 if centred else 72, 725 - 10 * i, ln)
    c.setStrokeColor(color)
    c.setLineWidth(1.2)
    c.line(72, 716 - 10 * max(0, len(lines) - 1), W - 72, 716 - 10 * max(0, len(lines) - 1))
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def business_letter(head: tuple[str, Sequence[str], Color], date: dt.date, to: Sequence[str],
                    refs: Sequence[tuple[str, str]], paras: Sequence[str], closing: Sequence[str],
                    table: Sequence[tuple[str, str]] = (), centred: bool = False, size: float = 10.5,
                    table_x: float = 316) -> Paper:
    """A typed letter: letterhead, date, inside address, a block of reference lines, body, optional table."""

    def page(c: Canvas) -> list[Mark]:
        letterhead(c, head[0], head[1], head[2], centred)
        c.setFont("Times-Roman", size)
        y = 682
        c.drawString(72, y, long_date(date))
        y -= 26
        for ln in to:
            c.drawString(72, y, ln)
            y -= 13
        y -= 12
        for k, v in refs:
            c.setFont("Times-Bold", size)
            c.drawString(72, y, k)
            c.setFont("Times-Roman", size)
            c.drawString(72 + stringWidth(k, "Times-Bold", size) + 6, y, v)
            y -= 13
        y -= 12
        y = paragraphs(c, 72, y, W - 144, paras, size=size, leading=size * 1.32)
        if table:
            for k, v in table:
                c.setFont("Times-Roman", size)
                c.drawString(96, y, k)
                c.setFont("Times-Bold", size)
                c.drawString(table_x, y, v)
                y -= 14
            y -= 10
        c.setFont("Times-Roman", size)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 13
        return []

    return Paper([page])


def hardship_letter(writers: Sequence[str], address: Sequence[str], refs: Sequence[tuple[str, str]],
                    date: dt.date, paras: Sequence[str], ink: bool, seed: int, font: str = "Times-Roman",
                    to: Sequence[str] = CURRENT[:3]) -> Paper:
    """A typed hardship letter (to Pennant Bay unless `to` says otherwise); signed in ink only when it was printed
    and mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont(font, 11)
        y = 730
        for ln in [" and ".join(writers), *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        for k, v in refs:
            c.drawString(72, y, f"{k} {v}")
            y -= 14
        y -= 12
        y = paragraphs(c, 72, y, W - 144, ["Dear Sir or Madam:", *paras], font=font)
        c.setFont(font, 11)
        c.drawString(72, y - 4, "Respectfully,")
        marks = []
        sy = y - 44
        for i, nm in enumerate(writers):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def goodbye_letter(prior: tuple[str, str, str, dt.date], borrower: Sequence[str], address: Sequence[str],
                   prior_loan: str, new_loan: str | None, date: dt.date) -> Letter:
    """The prior servicer's Notice of Servicing Transfer (Reg X Appendix MS-2 wording), the borrower's copy."""
    name, addr, phone, effective = prior
    stop = effective - dt.timedelta(days=1)
    paras = [f"The servicing of your mortgage loan is being transferred, effective {long_date(effective)}. This means "
             "that after this date, a new servicer will be collecting your mortgage loan payments from you. Nothing "
             "else about your mortgage loan will change.",
             f"{name} is now collecting your payments. {name} will stop accepting payments received from you after "
             f"{long_date(stop)}.",
             f"{CURRENT[0]} will collect your payments going forward. Your new servicer will start accepting payments "
             f"received from you on {long_date(effective)}. Send all payments due on or after {long_date(effective)} "
             f"to {CURRENT[0]} at this address: {CURRENT[2]}."
             + (f" Your loan number with {CURRENT[0]} will be {new_loan}." if new_loan else
                f" {CURRENT[0]} will tell you your new loan number in a separate welcome letter."),
             "If you have any questions for either your present servicer or your new servicer about your mortgage "
             "loan or this transfer, please contact them using the information below. If you have applied for "
             "mortgage assistance, your application will be sent to your new servicer.",
             "Under Federal law, during the 60-day period following the effective date of the transfer of the loan "
             "servicing, a loan payment received by your old servicer on or before its due date may not be treated "
             "by the new servicer as late, and a late fee may not be imposed on you."]
    table = [("Present servicer", name), ("", phone), ("New servicer", CURRENT[0]), ("", CURRENT[3])]
    paper = business_letter((name.upper(), [addr, f"Customer Care {phone}"], Color(0.2, 0.3, 0.5)), date,
                            [*borrower, *address],
                            [("NOTICE OF SERVICING TRANSFER", ""), ("Loan number:", prior_loan),
                             ("Property:", address[0])], paras, ["Sincerely,", "", name], table, size=10)
    return Letter(paper, "other", date)


def transmittal_letter(prior: tuple[str, str, str, dt.date], borrower: str, prior_loan: str, new_loan: str,
                       date: dt.date, received: dt.date, enclosed: Sequence[str], held: str = "") -> Letter:
    """The prior servicer's cover letter forwarding papers it received after the transfer."""
    name, addr, phone, effective = prior
    paras = [f"The enclosed papers were received by {name} on {long_date(received)} for a loan whose servicing was "
             f"transferred to you effective {long_date(effective)}. Because we no longer service this loan, we are "
             "forwarding them to you as required. We have kept no copy and have taken no action on them.", *(
             [held] if held else []),
             "Please contact the borrower directly about the status of any request for mortgage assistance. Payments "
             "that reach us are forwarded separately by our cash management unit."]
    table = [(f"{i + 1}.", item) for i, item in enumerate(enclosed)]
    paper = business_letter((name, [addr, f"Correspondence Unit  -  {phone}"], Color(0.35, 0.1, 0.15)),
                            date, [CURRENT[0], "Attn: Loss Mitigation / Borrower Assistance", CURRENT[2]],
                            [("Re:", "Papers received for a loan transferred to you"), ("Borrower:", borrower),
                             (f"{name.split()[0]} loan no.:", prior_loan), ("Your loan no.:", new_loan),
                             ("Transfer date:", mdy(effective))],
                            [*paras, "Enclosed:"], ["Sincerely,", "", "Correspondence Unit", name], table,
                            centred=True, size=10, table_x=116)
    return Letter(paper, "other", date)


def fax_cover(sender: str, sender_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(2)
        c.rect(60, 640, W - 120, 90, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 26)
        c.drawString(76, 696, "FACSIMILE TRANSMITTAL")
        c.setFont("Helvetica", 10)
        c.drawString(76, 660, sender)
        c.setLineWidth(0.7)
        rows = [("TO", CURRENT[0]), ("ATTN", "Loss Mitigation"), ("TO FAX", "(757) 555-0149"), ("FROM", sender),
                ("FROM FAX", sender_fax), ("DATE", mdy(date)), ("PAGES", f"{pages} including this cover"),
                ("SUBJECT", note)]
        y = 600
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(76, y, k)
            c.setFont("Helvetica", 10)
            c.drawString(170, y, v)
            c.line(165, y - 4, 550, y - 4)
            y -= 24
        c.setFont("Helvetica", 8.5)
        c.drawString(76, y - 24, "CONFIDENTIALITY NOTICE: this transmission may contain nonpublic personal "
                                 "information.")
        c.drawString(76, y - 36, "If you received it in error, notify the sender and destroy all copies.")
        return []

    return Paper([page])


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, "PENNANT BAY MAILROOM - SEPARATOR")
        c.setFont("Helvetica", 11)
        c.drawString(72, 680, "Place on top of each borrower's papers before scanning")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")
        return []

    return Paper([page])


def disability_retirement_letter(member: str, address: Sequence[str], date: dt.date, monthly: float,
                                 since: dt.date) -> Letter:
    paras = [f"The Board of Trustees approved your application for an ordinary disability retirement at its meeting "
             f"of {long_date(date - dt.timedelta(days=9))}. Your retirement is effective {long_date(since)}.",
             "Your monthly allowance is shown below. It is paid on the last business day of each month by direct "
             "deposit and is reported to you on Form 1099-R each January; federal and state income tax is withheld "
             "as you elected.",
             "The System may ask you for medical re-examination until you reach the age of service retirement."]
    table = [("Member", member), ("Type of retirement", "Ordinary disability"),
             ("Monthly allowance (gross)", "$" + money(monthly)), ("Paid", "Monthly"),
             ("Taxable", "Yes - reported on Form 1099-R")]
    paper = business_letter(("TAMSEN COUNTY EMPLOYEES' RETIREMENT SYSTEM",
                             ["310 Courthouse Annex, Tamsen, NY 13501", "Member Services (315) 555-0152"],
                             Color(0.15, 0.35, 0.25)), date, [member, *address],
                            [("Re:", "Disability retirement - notice of allowance")], paras,
                            ["Sincerely,", "", "Retirement Benefits Officer",
                             "Tamsen County Employees' Retirement System"],
                            table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def va_award_letter(veteran: str, address: Sequence[str], date: dt.date, monthly: float, rating: int,
                    file_no: str) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 742, "DEPARTMENT OF VETERANS AFFAIRS")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 730, "Regional Benefit Office  -  PO Box 8870, Buffalo, NY 14240")
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, 696, long_date(date))
        c.drawRightString(W - 72, 696, f"In reply refer to: {file_no}")
        y = 668
        for ln in [veteran, *address]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, "Summary of Benefits - Disability Compensation")
        y -= 22
        y = paragraphs(c, 72, y, W - 144, [
            f"This letter summarizes the benefits you currently receive from the Department of Veterans Affairs. "
            f"Your combined service-connected evaluation is {rating} percent.",
            "Disability compensation is a tax-free monetary benefit paid monthly to veterans with disabilities that "
            "are the result of a disease or injury incurred or aggravated during active military service. It is not "
            "reported as income to the Internal Revenue Service."], size=10.5, leading=14)
        c.setLineWidth(0.6)
        c.rect(72, y - 62, W - 144, 62, stroke=1, fill=0)
        c.setFont("Times-Bold", 10.5)
        rows = [("Monthly award amount", "$" + money(monthly)), ("Payment frequency", "Monthly, on the first"),
                ("Effective date of current award", mdy(date.replace(day=1)))]
        for i, (k, v) in enumerate(rows):
            c.setFont("Times-Roman", 10.5)
            c.drawString(84, y - 18 - 17 * i, k)
            c.setFont("Times-Bold", 10.5)
            c.drawString(330, y - 18 - 17 * i, v)
        y = paragraphs(c, 72, y - 90, W - 144, [
            "You may use this letter to apply for housing assistance, mortgage relief or other benefits.",
            "Sincerely yours,", "Veterans Service Center Manager"], size=10.5, leading=14)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_nontaxable")


def survivor_pension_letter(widow: str, address: Sequence[str], date: dt.date, monthly: float, deceased: str,
                            died: dt.date) -> Letter:
    paras = [f"Please accept our sympathy on the death of {deceased} on {long_date(died)}. Because he was a vested "
             "active participant, you as his surviving spouse are entitled to the Fund's pre-retirement survivor "
             "annuity, a monthly survivor pension for your lifetime.",
             "Your first payment will be made on the first day of the month after this letter, with a retroactive "
             "payment for the months since his death. The survivor pension is subject to federal income tax and "
             "will be reported on Form 1099-R."]
    table = [("Participant (deceased)", deceased), ("Survivor", widow),
             ("Monthly survivor pension", "$" + money(monthly)),
             ("Frequency", "Monthly"), ("Tax status", "Taxable")]
    paper = business_letter(("TRI-RIVER BUILDING TRADES PENSION FUND",
                             ["Fund Office  -  1201 Riverside Parkway, Covington, KY 41011  -  (859) 555-0119"],
                             Color(0.1, 0.2, 0.4)), date, [widow, *address],
                            [("Re:", "Survivor pension award")], paras,
                            ["Sincerely,", "", "Fund Administrator", "Tri-River Building Trades Pension Fund"], table,
                            centred=True)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def unemployment_determination(claimant: str, address: Sequence[str], date: dt.date, weekly: float,
                               claim_start: dt.date) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.0, 0.25, 0.45))
        c.rect(54, 728, W - 108, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(64, 748, "NEW YORK STATE DEPARTMENT OF LABOR")
        c.setFont("Helvetica", 8.5)
        c.drawString(64, 735, "Unemployment Insurance Division  -  PO Box 15130, Albany, NY 12212")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(54, 700, "MONETARY BENEFIT DETERMINATION")
        c.setFont("Helvetica", 9.5)
        facts = [("Date mailed", mdy(date)), ("Claimant", claimant), ("Benefit year begins", mdy(claim_start)),
                 ("Weekly benefit rate", "$" + money(weekly)), ("Benefit weeks available", "26")]
        y = 676
        for k, v in facts:
            c.drawString(54, y, k)
            c.drawString(230, y, v)
            y -= 14
        y -= 6
        c.drawString(54, y, "Mailing address:")
        for ln in address:
            c.drawString(230, y, ln)
            y -= 12
        paragraphs(c, 54, y - 14, W - 108, [
            "You have enough wages in your base period to establish a valid claim. Your weekly benefit rate is shown "
            "above. You must certify for benefits every week to be paid, and you must report any work and earnings "
            "for the week.",
            "Unemployment benefits are taxable income; you will receive Form 1099-G. If you believe this "
            "determination is wrong you may request a hearing within 30 days of the date mailed."],
            font="Helvetica", size=9.5, leading=13)
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", date)


@dataclass
class PnL:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date


def profit_and_loss(business: str, owner: str, address: str, start: dt.date, end: dt.date,
                    lines: Sequence[tuple[str, float]], expenses: Sequence[tuple[str, float]], signed_on: dt.date,
                    seed: int) -> PnL:
    """A small business's quarterly profit and loss statement, typed, signed and dated in ink."""
    revenue = r2(sum(v for _, v in lines))
    spent = r2(sum(v for _, v in expenses))
    net = r2(revenue - spent)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 736, business)
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(W / 2, 723, address)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 694, "Profit and Loss Statement")
        c.setFont("Times-Italic", 10.5)
        c.drawCentredString(W / 2, 679, f"For the quarter {long_date(start)} through {long_date(end)}")
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, 656, "(unaudited, cash basis, prepared by the owner)")
        y = 628
        for title, items, total_label, total in (("INCOME", lines, "Total income", revenue),
                                                 ("EXPENSES", expenses, "Total expenses", spent)):
            c.setFont("Times-Bold", 11)
            c.drawString(72, y, title)
            y -= 16
            c.setFont("Times-Roman", 10.5)
            for k, v in items:
                c.drawString(96, y, k)
                c.drawRightString(470, y, money(v))
                y -= 14
            c.line(400, y + 10, 470, y + 10)
            c.setFont("Times-Bold", 10.5)
            c.drawString(96, y, total_label)
            c.drawRightString(540, y, money(total))
            y -= 26
        c.setLineWidth(1)
        c.line(460, y + 12, 540, y + 12)
        c.setFont("Times-Bold", 12)
        c.drawString(72, y - 2, "NET PROFIT FOR THE QUARTER")
        c.drawRightString(540, y - 2, "$" + money(net))
        c.line(460, y - 8, 540, y - 8)
        c.line(460, y - 11, 540, y - 11)
        y -= 50
        paragraphs(c, 72, y, W - 144, ["I certify that this statement is true and complete to the best of my "
                                       "knowledge."], size=10.5)
        c.setLineWidth(0.5)
        c.line(72, y - 50, 300, y - 50)
        c.line(340, y - 50, 480, y - 50)
        c.setFont("Times-Roman", 9)
        c.drawString(72, y - 62, f"Signature of owner - {owner}")
        c.drawString(340, y - 62, "Date")
        return [Mark("sig", 86, y - 48, w=160, seed=seed), Mark("hand", 346, y - 47, mdy(signed_on), seed=seed + 3)]

    fields = {"period_start": start.isoformat(), "period_end": end.isoformat(), "net_income": net, "signed": True}
    return PnL(Paper([page]), fields, end)


def form1040(year: int, first: str, last: str, ssn: str, street: str, city_state_zip: str, occupation: str,
             wages: float, business: float, other: float, signed_on: dt.date, seed: int) -> Paper:
    """A two-page facsimile of an individual return (Form 1040) as a tax preparer prints it, signed in ink."""
    total = r2(wages + business + other)
    se_half = r2(business * 0.9235 * 0.153 / 2)
    agi = r2(total - se_half)
    std = 14600.0
    taxable = r2(max(0.0, agi - std))
    tax = r2(taxable * 0.12)
    se_tax = r2(se_half * 2)

    def boxes(c: Canvas, top: float, rows: Sequence[tuple[str, str, float | None]]) -> float:
        y = top
        c.setLineWidth(0.4)
        for num, label, amount in rows:
            c.line(36, y - 4, 576, y - 4)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(40, y, num)
            c.setFont("Helvetica", 7.5)
            c.drawString(62, y, label)
            c.rect(470, y - 4, 106, 14, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(458, y, num)
            if amount is not None:
                c.setFont("Courier", 9)
                c.drawRightString(572, y, money(amount))
            y -= 16
        return y

    def page1(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.5)
        c.line(36, 726, 576, 726)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(36, 734, "1040")
        c.setFont("Helvetica", 7)
        c.drawString(36, 762, "Form")
        c.drawString(90, 752, "Department of the Treasury - Internal Revenue Service")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(90, 737, "U.S. Individual Income Tax Return")
        c.setFont("Helvetica-Bold", 18)
        c.drawString(350, 734, str(year))
        c.setFont("Helvetica", 7)
        c.drawString(420, 740, "OMB No. 1545-0074   IRS Use Only")
        c.drawString(36, 712, "Filing Status   [X] Single   [ ] Married filing jointly   [ ] Married filing separately"
                              "   [ ] Head of household")
        c.setLineWidth(0.4)
        cells = [(36, 680, 200, "Your first name and middle initial", first), (236, 680, 190, "Last name", last),
                 (426, 680, 150, "Your social security number", ssn),
                 (36, 654, 390, "Home address (number and street)", street),
                 (36, 628, 390, "City, town or post office, state and ZIP code", city_state_zip)]
        for x, y, w, cap, val in cells:
            c.rect(x, y, w, 24, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 3, y + 16, cap)
            c.setFont("Courier", 10)
            c.drawString(x + 6, y + 4, val)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, 610, "Income")
        y = boxes(c, 594, [("1a", "Total amount from Form(s) W-2, box 1", wages or None),
                           ("2b", "Taxable interest", None), ("3b", "Ordinary dividends", None),
                           ("4b", "IRA distributions - taxable amount", None),
                           ("5b", "Pensions and annuities - taxable amount", None),
                           ("6b", "Social security benefits - taxable amount", None),
                           ("7", "Capital gain or (loss)", None),
                           ("8", "Additional income from Schedule 1, line 10 (business income, Schedule C)",
                            r2(business + other)),
                           ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7 and 8. This is your total income", total),
                           ("10", "Adjustments to income from Schedule 1, line 26", se_half),
                           ("11", "Subtract line 10 from line 9. This is your adjusted gross income", agi),
                           ("12", "Standard deduction", std), ("15", "Taxable income", taxable)])
        c.setFont("Helvetica", 7)
        c.drawString(36, y - 10, "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate "
                                 "instructions.")
        c.drawRightString(576, y - 10, f"Form 1040 ({year})")
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 752, f"Form 1040 ({year})")
        c.drawRightString(576, 752, "Page 2")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, 734, "Tax and Credits")
        y = boxes(c, 718, [("16", "Tax", tax), ("22", "Subtract line 21 from line 18", tax),
                           ("23", "Other taxes, including self-employment tax, from Schedule 2, line 21", se_tax),
                           ("24", "Add lines 22 and 23. This is your total tax", r2(tax + se_tax)),
                           ("26", f"{year} estimated tax payments", r2(tax + se_tax)),
                           ("33", "Total payments", r2(tax + se_tax)), ("37", "Amount you owe", 0.0)])
        y -= 20
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, y, "Sign Here")
        c.setFont("Helvetica", 6.5)
        c.drawString(100, y, "Under penalties of perjury, I declare that I have examined this return and "
                             "accompanying schedules and statements, and to the best of my")
        c.drawString(100, y - 8, "knowledge and belief, they are true, correct, and complete.")
        c.setLineWidth(0.4)
        c.rect(100, y - 44, 200, 30, stroke=1, fill=0)
        c.rect(300, y - 44, 80, 30, stroke=1, fill=0)
        c.rect(380, y - 44, 196, 30, stroke=1, fill=0)
        c.drawString(103, y - 22, "Your signature")
        c.drawString(303, y - 22, "Date")
        c.drawString(383, y - 22, "Your occupation")
        c.setFont("Courier", 10)
        c.drawString(386, y - 38, occupation)
        c.setFont("Helvetica", 7)
        c.drawString(36, y - 70, "Paid Preparer Use Only    Self-prepared")
        c.drawRightString(576, y - 90, f"Form 1040 ({year})")
        return [Mark("sig", 112, y - 42, w=130, seed=seed), Mark("hand", 304, y - 40, mdy(signed_on), size=10,
                                                                 seed=seed + 2)]

    return Paper([page1, page2])


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str  # the current (Pennant Bay) loan number: the case
    prior_loan: str  # the prior servicer's number, as that servicer prints it
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
    income_co: dict[str, float] = field(default_factory=dict)  # the co-borrower's part of each line
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
        "Number_10": "615.00"}
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
    return fixed_pypdf_bytes(writer, f"bs710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "bs710ink")
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
                     client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int) -> bytes:
    """Page 1 of the real IRS Form 4506-C, typed over and signed on screen (fields flattened into the page)."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Northbay Transcript Services Inc"),
           (312, 506, "NTS-40917"), (420, 506, "NBAYTS07"), (27, 484, "77 Harbor Gate Blvd"),
           (312, 484, "Chesapeake"), (420, 484, "VA"), (474, 484, "23320"), (27, 430, client), (474, 430, client_phone),
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
    return fixed_pypdf_bytes(writer, "bs4506c")


def put(c: Canvas, marks: list[Mark], x: float, y: float, text: str, hand: bool, seed: int,
        size: float = 10.0, font: str = "Courier") -> None:
    """An answer: typed (on screen or before printing) or written by hand in ink."""
    if not text:
        return
    if hand:
        marks.append(Mark("hand", x, y, text, size=size + 1.5, seed=seed))
    else:
        c.setFont(font, size)
        c.drawString(x, y, text)


SLH_REASONS = ("Loss of job", "Reduced pay or hours", "Higher housing costs", "Disaster damage",
               "Illness or disability", "Divorce or legal separation", "Separation (not married)",
               "Death in the household", "Job relocation", "Other")
SLH_INCOME = ("Wages, salary, overtime, tips", "Self-employment", "Unemployment benefits",
              "Taxable benefits (SS, pension, disability)", "Non-taxable SS or disability", "Rent received (net)",
              "Investments / insurance", "Alimony, child support, other")


def stonebridge_form(app: App, mailing: Sequence[str], prepared: dt.date, ink: bool) -> Paper:
    """Stonebridge Lakes Home Loans' personalized two-page Borrower Assistance Form (SLH-BAF)."""
    teal = Color(0.05, 0.35, 0.4)

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(teal)
        p = c.beginPath()
        p.moveTo(50, 728)
        p.lineTo(62, 752)
        p.lineTo(74, 728)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(82, 740, "STONEBRIDGE LAKES")
        c.setFont("Helvetica", 8)
        c.drawString(82, 729, "HOME LOANS  -  " + STONEBRIDGE[1])
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(564, 742, "Borrower Assistance Form")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(564, 731, f"SLH-BAF  Rev. 11/2048  -  Page {n} of 2")
        c.setLineWidth(1)
        c.line(50, 722, 564, 722)

    def bar(c: Canvas, y: float, title: str) -> None:
        c.setFillColor(teal)
        c.rect(50, y, 514, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, y + 4, title)
        c.setFillColor(black)

    def row(c: Canvas, y: float, code: str, label: str) -> None:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, y, code)
        c.setFont("Helvetica", 8.5)
        c.drawString(74, y, label)
        c.setLineWidth(0.3)
        c.line(214, y - 3, 564, y - 3)

    def bullet(c: Canvas, x: float, y: float, on: bool, label: str) -> float:
        c.setLineWidth(0.7)
        c.circle(x + 4, y + 3, 4, stroke=1, fill=1 if on else 0)
        c.setFont("Helvetica", 8.5)
        c.drawString(x + 12, y, label)
        return x + 24 + stringWidth(label, "Helvetica", 8.5)

    def page1(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 1)
        c.setLineWidth(0.4)
        c.setStrokeGray(0.6)
        c.rect(50, 628, 250, 82, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Helvetica", 9)
        y = 694
        for ln in [app.borrower.upper(), *([app.co.upper()] if app.co else []), *[m.upper() for m in mailing]]:
            c.drawString(62, y, ln)
            y -= 11
        c.rect(318, 628, 246, 82, stroke=1, fill=0)
        c.setFillGray(0.85)
        c.rect(318, 698, 246, 12, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(324, 701, "ACCOUNT INFORMATION")
        info = [("Loan number", app.prior_loan), ("Borrower(s)", app.borrower + (" / " + app.co if app.co else "")),
                ("Property", app.street), ("", f"{app.city}, {app.state} {app.zip}"), ("Prepared", mdy(prepared))]
        for i, (k, v) in enumerate(info):
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(324, 686 - 11.5 * i, k)
            c.setFont("Helvetica-Bold" if k == "Loan number" else "Helvetica", 8 if k != "Loan number" else 9)
            c.drawString(384, 686 - 11.5 * i, v)
        c.setFillGray(0.9)
        c.rect(50, 578, 514, 42, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, 608, "IF YOUR LOAN HAS BEEN TRANSFERRED to another servicer, write the new servicer's name "
                              "and your new loan number:")
        c.setFont("Helvetica", 8)
        c.drawString(56, 586, "New servicer")
        c.line(112, 583, 330, 583)
        c.drawString(340, 586, "New loan number")
        c.line(412, 583, 560, 583)
        put(c, marks, 116, 587, CURRENT[0].replace(", LLC", ""), False, 0, size=9)
        put(c, marks, 418, 587, app.loan, ink, app.seed + 40, size=10)
        bar(c, 548, "A   ABOUT YOU")
        rows = [("A1", "Borrower's full name", app.borrower), ("A2", "Last 4 digits of borrower's SSN", app.ssn[-4:]),
                ("A3", "Co-borrower's full name", app.co or ""),
                ("A4", "Last 4 digits of co-borrower's SSN", (app.co_ssn or "")[-4:]),
                ("A5", "Best phone / e-mail", f"{app.phone}   {app.email}")]
        y = 530
        for code, label, val in rows:
            row(c, y, code, label)
            put(c, marks, 220, y, val, False, 0)
            y -= 19
        bar(c, 426, "B   THE PROPERTY")
        row(c, 408, "B1", "Property address")
        put(c, marks, 220, 408, app.address, False, 0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, 388, "B2")
        c.setFont("Helvetica", 8.5)
        c.drawString(74, 388, "How is the property used?")
        x = 220.0
        for occ, label in zip(OCCUPANCIES, ("I live there (primary home)", "Second home", "Rental / investment"),
                              strict=True):
            x = bullet(c, x, 388, app.occupancy == occ, label)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, 370, "B3")
        c.setFont("Helvetica", 8.5)
        c.drawString(74, 370, "What do you want to do?")
        x = bullet(c, 220, 370, True, "Keep the home")
        bullet(c, x, 370, False, "Sell the home")
        bar(c, 340, "C   YOUR HARDSHIP")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, 320, "C1")
        c.setFont("Helvetica", 8.5)
        c.drawString(74, 320, "When did the hardship begin?")
        for x, w, cap, val in ((220, 28, "MM", f"{app.start.month:02d}"), (278, 28, "DD", f"{app.start.day:02d}"),
                               (336, 44, "YYYY", str(app.start.year))):
            c.setFont("Helvetica", 6.5)
            c.drawString(x - 16 if cap != "YYYY" else x - 22, 320, cap)
            c.setLineWidth(0.6)
            c.rect(x, 314, w, 17, stroke=1, fill=0)
            put(c, marks, x + 4, 319, val, False, 0, size=10.5)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, 298, "C2")
        c.setFont("Helvetica", 8.5)
        c.drawString(74, 298, "How long will it last?")
        x = 220.0
        for dur, label in (("short", "6 months or less"), ("long", "More than 6 months / permanent"),
                           ("resolved", "It is over")):
            x = bullet(c, x, 298, app.duration == dur, label)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, 278, "C3")
        c.setFont("Helvetica", 8.5)
        c.drawString(74, 278, "What caused it? Mark every box that applies.")
        for i, reason in enumerate(SLH_REASONS):
            col, r = divmod(i, 5)
            x, y = 92 + col * 240, 260 - r * 15
            c.setLineWidth(0.6)
            c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
            if HARDSHIPS[i] in app.hardships:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(x + 1.3, y, "X")
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 14, y, reason)
        row(c, 178, "", "If Other, explain:")
        put(c, marks, 220, 178, app.other_text, False, 0)
        c.setFont("Helvetica", 7)
        c.drawString(50, 150, "Continue on page 2. Attach proof of income and of your hardship as listed in the "
                              "enclosed checklist.")
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 2)
        c.setFont("Helvetica", 8)
        c.drawString(50, 708, f"Loan number {app.prior_loan}   -   {app.borrower}")
        bar(c, 684, "D   MONTHLY INCOME BEFORE TAXES")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(56, 668, "SOURCE")
        c.drawRightString(420, 668, "BORROWER")
        c.drawRightString(540, 668, "CO-BORROWER")
        y = 650
        col_b = col_c = 0.0
        for k, label in zip(INCOMES, SLH_INCOME, strict=True):
            amount = app.income.get(k, 0.0)
            co = app.income_co.get(k, 0.0)
            b = r2(amount - co)
            col_b, col_c = r2(col_b + b), r2(col_c + co)
            c.setFont("Helvetica", 8.5)
            c.drawString(56, y, label)
            c.setLineWidth(0.4)
            c.rect(330, y - 4, 100, 15, stroke=1, fill=0)
            c.rect(450, y - 4, 100, 15, stroke=1, fill=0)
            c.drawString(322, y, "$")
            c.drawString(442, y, "$")
            if b > 0:
                c.setFont("Courier", 10)
                c.drawRightString(426, y, money(b))
            if co > 0:
                c.setFont("Courier", 10)
                c.drawRightString(546, y, money(co))
            y -= 19
        c.setLineWidth(0.9)
        c.line(56, y + 11, 560, y + 11)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(56, y - 2, "Column totals")
        c.setFont("Courier-Bold", 10)
        c.drawRightString(426, y - 2, money(col_b))
        if col_c:
            c.drawRightString(546, y - 2, money(col_c))
        y -= 24
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, y, "HOUSEHOLD TOTAL (both columns)")
        c.rect(450, y - 4, 100, 15, stroke=1, fill=0)
        c.drawString(442, y, "$")
        c.setFont("Courier-Bold", 10)
        c.drawRightString(546, y, money(app.total))
        bar(c, y - 34, "E   SIGNATURES")
        yy = paragraphs(c, 56, y - 52, 500, [
            "By signing, I certify that the information on this form is accurate and that the hardship I described "
            "has made it hard for me to pay my mortgage. I authorize Stonebridge Lakes Home Loans, and any servicer "
            "to which my loan is transferred, to obtain a credit report and to verify what I have stated."],
            font="Helvetica", size=8.5, leading=11)
        y = yy - 34
        people = [(app.borrower, "Borrower", app.b_signs, app.b_dates, 0)]
        people.append((app.co or "", "Co-borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1))
        for name, role, signs, dates, k in people:
            c.setLineWidth(0.6)
            c.line(56, y, 330, y)
            c.rect(380, y - 3, 120, 19, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(56, y - 10, f"{role} signature" + (f"  ({name})" if name else ""))
            c.drawString(345, y + 2, "Date")
            if signs:
                marks.append(Mark("sig", 70, y + 1, w=180, seed=app.seed + k))
            if dates:
                put(c, marks, 386, y + 2, mdy(app.signed_on), ink, app.seed + 20 + k)
            y -= 56
        c.setFont("Helvetica", 7)
        c.drawString(50, 60, "Mail to: Stonebridge Lakes Home Loans, Borrower Assistance, " + STONEBRIDGE[1])
        return marks

    return Paper([page1, page2])


HPS_REASONS = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster (natural or man-made)",
               "Long-term disability or serious illness", "Divorce or legal separation",
               "Separation of borrowers not married to each other", "Death of a borrower or wage earner",
               "Distant employment transfer / relocation", "Other hardship (explain in the next row)")
HPS_INCOME = ("Gross wages, salary, overtime, bonuses, tips", "Self-employment income", "Unemployment benefits",
              "Taxable SS, pension, disability, death benefits", "Non-taxable Social Security / disability",
              "Rental income", "Investment or insurance income", "Alimony, child support, other income")
HPS_OCC = {"primary_residence": "OWNER", "second_home": "SECOND HOME", "investment_property": "RENTAL"}
HPS_DUR = {"short": "SHORT", "long": "LONG", "resolved": "OVER"}


def halvard_form(app: App, ink: bool, hand_filled: bool = False) -> Paper:
    """Halvard-Pryce Servicing Corp.'s Mortgage Relief Request (HPS-12): key-value tables under circled numbers.
    `ink`: signed, dated and the new loan number written by hand; `hand_filled`: every answer written by hand."""
    hand = ink and hand_filled

    def header(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 17)
        c.drawString(50, 740, "HALVARD-PRYCE")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 728, "SERVICING CORP.  -  " + HALVARD[1])
        c.setFont("Times-Bold", 14)
        c.drawRightString(564, 742, "Mortgage Relief Request")
        c.setFont("Times-Roman", 8.5)
        c.drawRightString(564, 730, f"Form HPS-12 (01/2048)   page {n} of 2")
        c.setLineWidth(2)
        c.line(50, 720, 564, 720)
        c.setLineWidth(0.5)

    def section(c: Canvas, y: float, num: int, title: str) -> float:
        c.setLineWidth(1)
        c.circle(60, y + 3, 8, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(60, y, str(num))
        c.setFont("Helvetica-Bold", 10)
        c.drawString(74, y, title)
        return y - 12

    def kv(c: Canvas, marks: list[Mark], top: float, rows: Sequence[tuple[str, str]], label_w: float = 230,
           handed: bool = False, seed: int = 0, right: bool = False) -> float:
        """Rows of a shaded label cell and a white answer cell, each 20 points high; returns the table's bottom."""
        y = top
        for i, (label, val) in enumerate(rows):
            c.setFillGray(0.86)
            c.rect(50, y - 20, label_w, 20, stroke=1, fill=1)
            c.setFillColor(black)
            c.rect(50 + label_w, y - 20, 514 - label_w, 20, stroke=1, fill=0)
            c.setFont("Helvetica", 8)
            c.drawString(55, y - 13, label)
            if right and val and not (handed or hand):
                c.setFont("Courier", 10)
                c.drawRightString(556, y - 14, val)
            else:
                put(c, marks, 56 + label_w, y - 14, val, handed or hand, seed + i)
            y -= 20
        return y

    def page1(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 1)
        paragraphs(c, 50, 704, 514, ["Answer every row. Write Y or N against each hardship reason. Send the "
                                     "request with your income documents to the address at the top."],
                   font="Helvetica", size=8.5, leading=11)
        y = section(c, 672, 1, "ACCOUNT AND BORROWERS")
        y = kv(c, marks, y, [("Halvard-Pryce account no.", app.prior_loan)], seed=app.seed + 100)
        y = kv(c, marks, y, [("Loan no. assigned by new servicer (if transferred)", app.loan)], handed=ink,
               seed=app.seed + 41)
        y = kv(c, marks, y, [("Borrower name", app.borrower.upper() if hand else app.borrower),
                             ("Borrower SSN (last four)", app.ssn[-4:]),
                             ("Co-borrower name", (app.co or "").upper() if hand else (app.co or "")),
                             ("Co-borrower SSN (last four)", (app.co_ssn or "")[-4:]),
                             ("Daytime phone", app.phone), ("E-mail", app.email)], seed=app.seed + 110)
        y = section(c, y - 16, 2, "PROPERTY")
        y = kv(c, marks, y, [("Street address", app.street.upper() if hand else app.street),
                             ("City / State / ZIP", f"{app.city}, {app.state} {app.zip}".upper() if hand else
                              f"{app.city}, {app.state} {app.zip}"),
                             ("Occupancy (write OWNER, SECOND HOME or RENTAL)", HPS_OCC[app.occupancy])],
               seed=app.seed + 120)
        y = section(c, y - 16, 3, "HARDSHIP")
        y = kv(c, marks, y, [("Date hardship began (mm/dd/yyyy)", mdy(app.start)),
                             ("Expected to last (write SHORT, LONG or OVER)", HPS_DUR[app.duration])],
               seed=app.seed + 130)
        rows = [(f"{reason}  -  Y / N", "Y" if HARDSHIPS[i] in app.hardships else "N")
                for i, reason in enumerate(HPS_REASONS)]
        y = kv(c, marks, y, rows, label_w=300, seed=app.seed + 140)
        kv(c, marks, y, [("Explain other hardship", app.other_text.upper() if hand else app.other_text)],
           seed=app.seed + 160)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 2)
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 704, f"Account no. {app.prior_loan}")
        y = section(c, 680, 4, "HOUSEHOLD INCOME - MONTHLY GROSS (before taxes)")
        rows = [(label, money(app.income[k]) if app.income.get(k, 0.0) > 0 else "")
                for k, label in zip(INCOMES, HPS_INCOME, strict=True)]
        y = kv(c, marks, y, rows, label_w=330, seed=app.seed + 170, right=True)
        c.setLineWidth(1.4)
        c.rect(50, y - 22, 514, 22, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(55, y - 15, "TOTAL MONTHLY GROSS INCOME")
        if hand:
            put(c, marks, 386, y - 15, money(app.total), True, app.seed + 180)
        else:
            c.setFont("Courier-Bold", 10)
            c.drawRightString(556, y - 15, money(app.total))
        c.setLineWidth(0.5)
        y = section(c, y - 50, 5, "CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 50, y - 4, 514, [
            "I/we certify that all information in this request is truthful and that the hardship identified above "
            "has contributed to my/our need for mortgage relief. I/we understand that Halvard-Pryce, or the servicer "
            "to which my/our loan is transferred, will use this request to evaluate me/us for available options, and "
            "that knowingly submitting false information may violate federal and state law."],
            font="Helvetica", size=8.5, leading=11)
        y -= 6
        people = [(app.borrower, "Borrower", app.b_signs, app.b_dates, 0),
                  (app.co or "", "Co-borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for _name, role, signs, dates, k in people:
            c.setFillGray(0.86)
            c.rect(50, y - 30, 110, 30, stroke=1, fill=1)
            c.rect(364, y - 30, 70, 30, stroke=1, fill=1)
            c.setFillColor(black)
            c.rect(160, y - 30, 204, 30, stroke=1, fill=0)
            c.rect(434, y - 30, 130, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 8)
            c.drawString(55, y - 18, f"{role} signature")
            c.drawString(369, y - 18, "Date signed")
            if signs:
                marks.append(Mark("sig", 172, y - 24, w=170, seed=app.seed + k))
            if dates:
                put(c, marks, 442, y - 20, mdy(app.signed_on), ink, app.seed + 30 + k)
            y -= 30
        c.setFont("Helvetica", 7)
        c.drawString(50, 60, "Halvard-Pryce Servicing Corp. is a debt collector. Form HPS-12 may be copied.")
        return marks

    return Paper([page1, page2])


MMC_REASONS = ("Unemployment", "Reduction in income (hours, pay or overtime)", "Increase in housing expenses",
               "Disaster (natural or man-made) affecting the property or my job",
               "Long-term or permanent disability; serious illness of a borrower or dependent",
               "Divorce or legal separation", "Separation of borrowers unrelated by marriage",
               "Death of a borrower or of the primary or secondary wage earner",
               "Distant employment transfer / relocation", "Other")
MMC_INCOME = ("Wages / salary / overtime / tips", "Self-employment income", "Unemployment benefits",
              "Taxable benefits (SS, pension, disability)", "Non-taxable SS / disability", "Net rental income",
              "Investment / insurance income", "Other (alimony, child support ...)")
MMC_OCC = {"primary_residence": "Primary home", "second_home": "Second home",
           "investment_property": "Investment / rental"}
MMC_DUR = {"short": "Short-term (6 months or less)", "long": "Long-term or permanent", "resolved": "Resolved"}


def marrowfield_form(app: App, ink: bool) -> Paper:
    """Marrowfield Mortgage Company's Financial Hardship Application (MMC-FHA): answers on rules with captions
    UNDER them; the old loan number in its box at the top right, the new one written in the top margin."""

    def box(c: Canvas, marks: list[Mark], x: float, y: float, w: float, caption: str, val: str, seed: int = 0,
            hand: bool = False, align_right: bool = False) -> None:
        c.setLineWidth(0.5)
        c.line(x, y, x + w - 8, y)
        c.setFont("Times-Italic", 7)
        c.drawString(x, y - 9, caption)
        if align_right and val and not hand:
            c.setFont("Courier", 10.5)
            c.drawRightString(x + w - 12, y + 3, val)
        else:
            put(c, marks, x + 3, y + 3, val, hand, seed, size=10.5)

    def header(c: Canvas, marks: list[Mark], n: int) -> None:
        c.setFont("Times-Bold", 15)
        c.drawString(50, 738, "MARROWFIELD")
        c.setFont("Times-Roman", 9.5)
        c.drawString(50, 726, "MORTGAGE COMPANY")
        c.setFont("Times-Roman", 7.5)
        c.drawString(50, 716, MARROWFIELD[1] + "  -  " + MARROWFIELD[2])
        c.setLineWidth(0.8)
        c.rect(404, 712, 160, 34, stroke=1, fill=0)
        box(c, marks, 410, 726, 158, "Marrowfield loan number", app.prior_loan, app.seed + 200 + n)
        c.setLineWidth(0.5)
        c.line(50, 704, 564, 704)
        c.setFont("Times-Italic", 7.5)
        c.drawRightString(564, 696, f"MMC-FHA 03/2047  -  page {n} of 2")

    def part(c: Canvas, y: float, title: str) -> None:
        c.setFont("Times-Bold", 10.5)
        c.drawString(50, y, title)
        c.setLineWidth(0.8)
        c.line(50, y - 4, 564, y - 4)

    def page1(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        note = f"NEW LOAN # {app.loan} - PENNANT BAY"
        if ink:
            marks.append(Mark("hand", 250, 760, note, size=13, seed=app.seed + 43))
        else:
            c.setFont("Courier-Bold", 11)
            c.setFillColor(Color(0.7, 0.05, 0.05))
            c.drawString(250, 762, note)
            c.setFillColor(black)
        header(c, marks, 1)
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 672, "FINANCIAL HARDSHIP APPLICATION")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 658, "Type or print. Write each answer on the line above its caption.")
        part(c, 634, "PART 1.  BORROWER INFORMATION")
        box(c, marks, 50, 604, 360, "Borrower's full name", app.borrower)
        box(c, marks, 420, 604, 144, "Borrower's SSN (last 4 digits)", app.ssn[-4:])
        box(c, marks, 50, 574, 360, "Co-borrower's full name", app.co or "")
        box(c, marks, 420, 574, 144, "Co-borrower's SSN (last 4 digits)", (app.co_ssn or "")[-4:])
        box(c, marks, 50, 544, 200, "Home or cell phone", app.phone)
        box(c, marks, 260, 544, 304, "E-mail address", app.email)
        part(c, 514, "PART 2.  THE PROPERTY")
        box(c, marks, 50, 484, 514, "Street address of the property", app.street)
        box(c, marks, 50, 454, 300, "City", app.city)
        box(c, marks, 360, 454, 80, "State", app.state)
        box(c, marks, 450, 454, 114, "ZIP code", app.zip)
        c.setFont("Times-Roman", 10)
        c.drawString(50, 426, "The property is my / our:")
        x = 170.0
        for occ, label in MMC_OCC.items():
            mark = "[X]" if app.occupancy == occ else "[  ]"
            c.setFont("Courier-Bold", 10)
            c.drawString(x, 426, mark)
            c.setFont("Times-Roman", 10)
            c.drawString(x + 24, 426, label)
            x += 36 + stringWidth(label, "Times-Roman", 10)
        part(c, 400, "PART 3.  HARDSHIP")
        box(c, marks, 50, 370, 200, "Date the hardship began (MM/DD/YYYY)", mdy(app.start))
        box(c, marks, 260, 370, 304, "Expected duration", MMC_DUR[app.duration])
        c.setFont("Times-Roman", 10)
        c.drawString(50, 342, "Reason(s) for the hardship - put an X in the bracket before each one that applies:")
        y = 324
        for i, reason in enumerate(MMC_REASONS):
            c.setFont("Courier-Bold", 10)
            c.drawString(62, y, "[X]" if HARDSHIPS[i] in app.hardships else "[  ]")
            c.setFont("Times-Roman", 10)
            c.drawString(88, y, reason)
            y -= 15
        box(c, marks, 50, y - 8, 514, "If Other, describe the hardship", app.other_text)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, marks, 2)
        part(c, 672, "PART 4.  GROSS MONTHLY INCOME OF ALL BORROWERS")
        c.setFont("Times-Roman", 9)
        c.drawString(50, 654, "Write the monthly amount before taxes in dollars and cents; leave a line blank if it "
                              "does not apply.")
        y = 626
        for i, (k, caption) in enumerate(zip(INCOMES, MMC_INCOME, strict=True)):
            col, r = i % 2, i // 2
            x, yy = 50 + col * 262, y - r * 32
            amount = app.income.get(k, 0.0)
            c.setFont("Times-Roman", 10)
            c.drawString(x, yy + 3, "$")
            box(c, marks, x + 10, yy, 242, caption, money(amount) if amount > 0 else "", align_right=True)
        yy = y - 4 * 32 - 6
        c.setFont("Times-Bold", 10)
        c.drawString(50, yy + 3, "$")
        c.setLineWidth(1.2)
        c.rect(58, yy - 14, 254, 32, stroke=1, fill=0)
        box(c, marks, 62, yy, 250, "TOTAL GROSS MONTHLY INCOME", money(app.total), align_right=True)
        part(c, yy - 44, "PART 5.  ACKNOWLEDGMENT AND SIGNATURES")
        y2 = paragraphs(c, 50, yy - 64, 514, [
            "I/we certify that the statements in this application are true and complete, that the hardship described "
            "has caused me/us to have trouble paying the mortgage, and that Marrowfield Mortgage Company or any later "
            "servicer of the loan may verify them, obtain credit reports and share this application with the owner "
            "of the loan. False statements may be punished under federal law (18 U.S.C. 1001 and 1014)."],
            size=9.5, leading=12.5)
        y2 -= 36
        people = [("Borrower signature", app.b_signs, app.b_dates, 0),
                  ("Co-borrower signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for caption, signs, dates, k in people:
            box(c, marks, 50, y2, 330, caption, "")
            box(c, marks, 390, y2, 174, "Date (MM/DD/YYYY)", mdy(app.signed_on) if dates else "",
                app.seed + 50 + k, hand=ink)
            if signs:
                marks.append(Mark("sig", 70, y2 + 1, w=200, seed=app.seed + k))
            y2 -= 48
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
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    unlisted: list[tuple[str, int]] = field(default_factory=list)  # fax covers and separator sheets
    separated: set[str] = field(default_factory=set)  # files whose first page is a separator sheet

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            else:
                self.unlisted += [(rel, page + i) for i in range(n)]
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan,
             header: str | None = None, separator: bool = False) -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            else:
                self.unlisted += [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
            sheets.extend(pages)
        if separator:
            self.separated.add(rel)
        self.files[rel] = scans_pdf(sheets, style, header)


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


def pnl_doc(p: PnL) -> Doc:
    return Doc("profit_and_loss_statement", p.fields, p.date, signed=True)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    exp = app.expected()
    for name in ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_start_date"):
        if not exp[name]:
            out.append(f"application_field:{name}")
    if not exp["hardship_types"]:
        out.append("application_field:hardship_types")
    if len(exp["income"]) < 2:
        out.append("application_field:income")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(
        a.account == b.account and fresh(b.date) and
        dt.date.fromisoformat(b.fields["period_start"]) == dt.date.fromisoformat(a.fields["period_end"]) +
        dt.timedelta(days=1) for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]
    pnl = any(d.type == "profit_and_loss_statement" and d.signed and fresh(d.date) for d in docs)

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or pnl, "unemployment": True,
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


def first_in_year(pay_date: dt.date, step: int) -> dt.date:
    """The year's first payday on the same cadence as `pay_date`."""
    d = pay_date
    while (d - dt.timedelta(days=step)).year == pay_date.year:
        d -= dt.timedelta(days=step)
    return d


WH_A = Withholding(0.1, 0.0535, (("Medical - PPO", 88.20), ("401(k) deferral", 61.00)), "MN withholding")
WH_B = Withholding(0.08, 0.045, (("Dental", 12.40),), "MN withholding")
WH_NY = Withholding(0.09, 0.047, (("Health insurance", 71.15), ("Union dues", 22.00)), "NY state tax")
WH_NY2 = Withholding(0.085, 0.044, (("Vision", 6.30),), "NY state tax")
WH_KY = Withholding(0.095, 0.04, (("Medical plan", 64.75),), "KY state tax")


def packet_bs1(seed: int) -> Packet:
    """Complete: a folder named after the loan of e-mailed born-digital files on Stonebridge's old form."""
    received = dt.date(2049, 5, 13)
    addr = ["2291 Birchwood Trail", "Lake Orrin, MN 55372"]
    stubs = [fenmore_stub(random.Random(seed * 7 + 1), "Orrin Valley Dental Group", "610 Main Street, Lake Orrin, MN "
                          "55372", "Harriet J. Lindqvist", addr, "OVD-10447", "Hygiene", d,
                          first_in_year(d, 14), 36.75, 72.0, WH_A) for d in (dt.date(2049, 4, 23), dt.date(2049, 5, 7))]
    co_stub = brightpath_stub(random.Random(seed * 7 + 2), "Kettle River Cabinetry", "Soren P. Lindqvist", "KRC-3318",
                              "Lake Orrin plant", dt.date(2049, 5, 7), 24.10, 36.0, dt.date(2049, 5, 9), WH_B)
    wages = r2(stubs[-1].monthly + co_stub.monthly)
    app = App("4026617359", "7301884520", "Harriet J. Lindqvist", "958-22-4107", "2291 Birchwood Trail",
              "Lake Orrin", "MN", "55372", "(952) 555-0183", "hlindqvist@example.net", "primary_residence",
              ["reduction_in_income"], dt.date(2049, 1, 20), "long", {"wages": wages}, dt.date(2049, 5, 10),
              co="Soren P. Lindqvist", co_ssn="958-61-0032", income_co={"wages": co_stub.monthly}, seed=seed + 11)
    p = Packet("bs1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Stonebridge assistance form.pdf", paper_pdf(stonebridge_form(app, addr, dt.date(2049, 1, 6),
                                                                                  ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{folder}/paystub {s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{folder}/Soren pay slip.pdf", paper_pdf(co_stub.paper), (stub_doc(co_stub), 1))
    on = dt.date(2049, 5, 10)
    hl = hardship_letter([app.borrower, app.co or ""], addr,
                         [("Re: Loan number", app.loan), ("(Stonebridge Lakes loan number", app.prior_loan + ")")], on,
                         ["In January the dental group cut every hygienist to three days a week, and my pay dropped by "
                          "about a fifth. My husband's hours at the cabinet plant were also reduced after the holidays "
                          "and have not come back.",
                          "We filled in the assistance form Stonebridge sent us before our loan moved to you. We "
                          "want to keep our home and ask to be reviewed for a modification that lowers our payment."],
                         ink=False, seed=seed)
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    gb = goodbye_letter(STONEBRIDGE, [app.borrower, app.co or ""], addr, app.prior_loan, app.loan,
                        dt.date(2049, 3, 12))
    p.pdf(f"{folder}/transfer notice.pdf", paper_pdf(gb.paper), (letter_doc(gb), 1))
    return p


def packet_bs2(seed: int) -> Packet:
    """Incomplete (irs_form_4506c): Stonebridge faxes on a self-employed borrower's papers mailed to it."""
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2049, 5, 4)
    addr = ["418 Linden Avenue", "Wabasha, MN 55981"]
    app = App("5180043926", "7301995164", "Rosalind M. Achterberg", "963-40-7715", "418 Linden Avenue", "Wabasha",
              "MN", "55981", "(651) 555-0128", "rosalind@achterbergbakehouse.example", "primary_residence",
              ["disaster"], dt.date(2049, 3, 19), "short", {"self_employment": 4120.00}, dt.date(2049, 4, 22),
              seed=seed + 21)
    p = Packet("bs2", received, app, ["irs_form_4506c"])
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True)
    mort = [("STONEBRIDGE LAKES MTG PMT", 1364.18), ("STONEBRIDGE LAKES MTG PMT", 1364.18)]
    credits = [[(2, "DEPOSIT ACHTERBERG BAKEHOUSE", 1480.00), (9, "SQUARE DEP 0207", 1126.45),
                (16, "DEPOSIT ACHTERBERG BAKEHOUSE", 1395.00), (23, "SQUARE DEP 0221", 1204.80)],
               [(2, "DEPOSIT ACHTERBERG BAKEHOUSE", 1310.00), (9, "SQUARE DEP 0307", 1288.15),
                (16, "DEPOSIT ACHTERBERG BAKEHOUSE", 980.00), (30, "SQUARE DEP 0328", 716.40)]]
    s1 = granite_statement(rng, "Rosalind M. Achterberg", addr, "40077125583", 2049, 2, 1744.92, credits[0], mort[0])
    s2 = granite_statement(rng, "Rosalind M. Achterberg", addr, "40077125583", 2049, 3, s1.fields["ending_balance"],
                           credits[1], mort[1])
    pnl = profit_and_loss("Achterberg Bakehouse", app.borrower, "122 Main Street West, Wabasha, MN 55981",
                          dt.date(2049, 1, 1), dt.date(2049, 3, 31),
                          [("Retail bakery sales", 24618.35), ("Wholesale and catering", 6210.00)],
                          [("Flour, butter, ingredients", 8842.10), ("Packaging", 1130.60), ("Shop rent", 4200.00),
                           ("Utilities", 1688.25), ("Part-time counter help", 2394.40), ("Insurance", 612.00),
                           ("Card processing fees", 601.00)], dt.date(2049, 4, 20), seed + 25)
    tax = form1040(2048, "Rosalind M", "Achterberg", "963-40-7715", "418 Linden Avenue", "Wabasha, MN 55981",
                   "Baker / owner", 0.0, 47215.00, 0.0, dt.date(2049, 4, 10), seed + 26)
    tr = transmittal_letter(STONEBRIDGE, app.borrower, app.prior_loan, app.loan, dt.date(2049, 5, 3),
                            dt.date(2049, 4, 28), ["Borrower Assistance Form SLH-BAF (2 pages)",
                                                   "Profit and loss statement, first quarter 2049",
                                                   "Granite Ferry Bank statements, February and March 2049",
                                                   "Form 1040 for 2048 (2 pages)"])
    cover = fax_cover("Stonebridge Lakes Home Loans - Correspondence Unit", "(952) 555-0199", received, 9,
                      f"Transferred loan - borrower {app.borrower}")
    p.scan(f"{app.loan} forwarded from Stonebridge.pdf", [
        (None, scan_paper(cover, style, seed + 200)),
        (letter_doc(tr), scan_paper(tr.paper, style, seed + 201)),
        (app_doc(), scan_paper(stonebridge_form(app, addr, dt.date(2049, 2, 1), ink=True), style, seed + 202)),
        (pnl_doc(pnl), scan_paper(pnl.paper, style, seed + 203)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 204)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 205)),
        (Doc("tax_return", {"tax_year": 2048, "form": "1040"}, dt.date(2049, 4, 10), signed=True),
         scan_paper(tax, style, seed + 206))], style,
        header="MAY-04-2049 10:41  FROM: STONEBRIDGE LAKES CORR  9525550199  TO: 7575550149")
    return p


def packet_bs3(seed: int) -> Packet:
    """Complete: the current Form 710 in ink with a Marrowfield goodbye-letter copy, one 300 dpi scan behind the
    mailroom's separator sheet."""
    received = dt.date(2049, 7, 20)
    addr = ["77 Sable Creek Road", "Oriskany, NY 13424"]
    stubs = [ledgerline_stub(random.Random(seed * 7 + 3), "Mohawk Valley Fabricators", "2400 Dwyer Avenue, Utica, NY "
                             "13501", "Cornelius T. Vandermolen", "004471", "Estimator", d, 1850.00, 95.00, WH_NY)
             for d in (dt.date(2049, 6, 20), dt.date(2049, 7, 5))]
    ret = disability_retirement_letter("Cornelius T. Vandermolen", addr, dt.date(2049, 6, 2), 1286.40,
                                       dt.date(2049, 5, 1))
    app = App("6093318475", "000418839275", "Cornelius T. Vandermolen", "971-08-3362", "77 Sable Creek Road",
              "Oriskany", "NY", "13424", "(315) 555-0107", "ctvandermolen@example.com", "primary_residence",
              ["disability_or_illness"], dt.date(2049, 2, 3), "long",
              {"wages": 3700.00, "benefits_taxable": 1286.40}, dt.date(2049, 7, 12), seed=seed + 31)
    p = Packet("bs3", received, app, [])
    style = Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004)
    gb = goodbye_letter(MARROWFIELD, [app.borrower], addr, app.prior_loan, None, dt.date(2049, 5, 28))
    on = dt.date(2049, 7, 12)
    hl = hardship_letter([app.borrower], addr, [("Re: Pennant Bay loan no.", app.loan),
                                                ("Formerly Marrowfield Mortgage loan no.", app.prior_loan)], on, [
        "In February I had a stroke. I was out of work for eleven weeks on paid sick leave, and when I went back to "
        "Mohawk Valley Fabricators it was as an estimator, because I can no longer work on the shop floor, and I "
        "lost the overtime that made up a third of my pay. The county retirement system approved a partial "
        "disability allowance from my earlier job with the county.",
        "My loan was moved from Marrowfield to Pennant Bay in June and I have been told to send my papers to you. I "
        "am asking for a modification so that my payment matches what I earn now."], ink=True, seed=seed + 3)
    p.scan("mailroom_scan_20490720_0833.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(), form710_ink(app, style, seed + 301)),
        (letter_doc(gb), scan_paper(gb.paper, style, seed + 302)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 303)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 304)),
        (letter_doc(ret), scan_paper(ret.paper, style, seed + 305)),
        (hardship_doc(on), scan_paper(hl, style, seed + 306))], style, separator=True)
    return p


def packet_bs4(seed: int) -> Packet:
    """Incomplete (application_signature): Marrowfield's old form typed on screen, the co-borrower never signed."""
    received = dt.date(2049, 7, 8)
    addr = ["1408 Canal View Drive", "Rome, NY 13440"]
    stubs = [brightpath_stub(random.Random(seed * 7 + 4), "Erie Canal Distribution", "Thaddeus K. Brannigan",
                             "ECD-55190", "Rome DC - inbound", d, 21.85, 40.0, dt.date(2049, 7, 4), WH_NY2)
             for d in (dt.date(2049, 6, 25), dt.date(2049, 7, 2))]
    va = va_award_letter("Marisela O. Brannigan", addr, dt.date(2049, 4, 14), 1132.90, 50, "VA file 28 447 193")
    app = App("7712450983", "000421907716", "Thaddeus K. Brannigan", "944-17-6620", "1408 Canal View Drive", "Rome",
              "NY", "13440", "(315) 555-0191", "tk.brannigan@example.org", "primary_residence",
              ["reduction_in_income", "other"], dt.date(2049, 2, 15), "long",
              {"wages": stubs[-1].monthly, "benefits_nontaxable": 1132.90}, dt.date(2049, 7, 1),
              co="Marisela O. Brannigan", co_ssn="944-52-0318", co_signs=False,
              other_text="Paying for my mother's nursing home care", seed=seed + 41)
    p = Packet("bs4", received, app, ["application_signature"])
    base = f"Brannigan {app.loan} - "
    p.pdf(base + "application.pdf", paper_pdf(marrowfield_form(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(base + f"pay {s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(base + "VA letter.pdf", paper_pdf(va.paper), (letter_doc(va), 1))
    on = dt.date(2049, 7, 1)
    hl = hardship_letter([app.borrower, app.co or ""], addr, [("Loan number:", app.loan)], on, [
        "Since February the distribution center has cut our shifts from ten hours to eight, and overtime is gone. "
        "At the same time my mother moved into a nursing home in Utica, and Medicaid does not yet cover her, so we "
        "pay about $900 a month toward her care.",
        "We used the application Marrowfield mailed us last winter; our loan number with you is written at the top. "
        "We ask to be considered for a modification."], ink=False, seed=seed + 4)
    p.pdf(base + "letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    gb = goodbye_letter(MARROWFIELD, [app.borrower, app.co or ""], addr, app.prior_loan, app.loan,
                        dt.date(2049, 5, 28))
    p.pdf(base + "transfer notice.pdf", paper_pdf(gb.paper), (letter_doc(gb), 1))
    return p


def packet_bs5(seed: int) -> Packet:
    """Incomplete (income_doc:wages): Halvard-Pryce held the mail for three months, so the stubs went stale."""
    received = dt.date(2049, 6, 24)
    addr = ["5120 Bellfounder Lane", "Lexington, KY 40509"]
    stubs = [fenmore_stub(random.Random(seed * 7 + 5), "Bluegrass Pediatric Associates", "1780 Nicholasville Road, "
                          "Lexington, KY 40503", "Wilhelmina D. Stroud", addr, "BPA-2093", "Front office", d,
                          first_in_year(d, 14), 22.40, 64.0, WH_KY)
             for d in (dt.date(2049, 2, 25), dt.date(2049, 3, 11))]
    app = App("8830172645", "20-4719-0238", "Wilhelmina D. Stroud", "982-33-5061", "5120 Bellfounder Lane",
              "Lexington", "KY", "40509", "(859) 555-0146", "wstroud@example.net", "primary_residence",
              ["reduction_in_income"], dt.date(2049, 1, 4), "short", {"wages": stubs[-1].monthly},
              dt.date(2049, 3, 13), seed=seed + 51)
    p = Packet("bs5", received, app, ["income_doc:wages"])
    style = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0005)
    tr = transmittal_letter(HALVARD, app.borrower, app.prior_loan, app.loan, dt.date(2049, 6, 21),
                            dt.date(2049, 3, 18), ["Mortgage Relief Request HPS-12 (2 pages)",
                                                   "Two pay statements (February 25 and March 11, 2049)",
                                                   "Borrower's letter of March 13, 2049"],
                            held="We regret the delay. During the conversion of the transferred loans this envelope "
                                 "was routed to our records center instead of the correspondence unit and was found in "
                                 "a mailroom reconciliation this month.")
    on = dt.date(2049, 3, 13)
    hl = hardship_letter([app.borrower], addr, [("Re: Halvard-Pryce account", app.prior_loan),
                                                ("New loan number (Pennant Bay)", app.loan)], on, [
        "The pediatric practice I work for lost one of its doctors at the end of last year and moved me from full "
        "time to four days a week in January. My pay went down by about four hundred dollars a month.",
        "I received the notice that my loan is moving to Pennant Bay. Please send this request on if it should go "
        "to them. I need a lower payment for a few months until I find a second job."], ink=True, seed=seed + 5,
        to=[HALVARD[0], "Loss Mitigation", HALVARD[1]])
    folder = app.loan
    parts = [(letter_doc(tr), tr.paper), (app_doc(), halvard_form(app, ink=True)),
             (stub_doc(stubs[0]), stubs[0].paper), (stub_doc(stubs[1]), stubs[1].paper), (hardship_doc(on), hl)]
    for i, (doc, paper) in enumerate(parts):
        p.scan(f"{folder}/SCN_{i + 1:04d}.pdf", [(doc, scan_paper(paper, style, seed + 500 + i))], style)
    return p


def packet_bs6(seed: int) -> Packet:
    """Complete: the current Form 710 on screen; wages and rent, two consecutive Loxley statements, a 4506-C."""
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2049, 9, 14)
    addr = ["903 Ferncliff Road", "Red Wing, MN 55066"]
    stub = fenmore_stub(random.Random(seed * 7 + 6), "Cannon River Health Partners", "45 Technology Drive, Red Wing, "
                        "MN 55066", "Ingrid S. Halloran", addr, "CRH-77812", "Billing", dt.date(2049, 9, 3),
                        first_in_year(dt.date(2049, 9, 3), 14), 27.90, 76.0, WH_A)
    net = stub.fields["net_current"]
    mort = ("PENNANT BAY LOAN SVC ACH", 1711.36)
    s1 = loxley_statement(rng, "Ingrid S. Halloran", addr, "71200834466", "208815", 2049, 7, 1322.57,
                          [(2, "MOBILE DEP RENT - UNIT B", 950.00), (9, "CANNON RIVER HLTH PAYROLL", net),
                           (23, "CANNON RIVER HLTH PAYROLL", net)], mort)
    s2 = loxley_statement(rng, "Ingrid S. Halloran", addr, "71200834466", "208815", 2049, 8,
                          s1.fields["ending_balance"],
                          [(3, "MOBILE DEP RENT - UNIT B", 950.00), (6, "CANNON RIVER HLTH PAYROLL", net),
                           (20, "CANNON RIVER HLTH PAYROLL", net)], mort)
    app = App("3374908152", "7302210487", "Ingrid S. Halloran", "927-60-1184", "903 Ferncliff Road", "Red Wing", "MN",
              "55066", "(651) 555-0172", "ingrid.halloran@example.com", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2049, 6, 1), "long", {"wages": stub.monthly, "rental": 950.00},
              dt.date(2049, 9, 8), seed=seed + 61)
    p = Packet("bs6", received, app, [])
    loan = app.loan
    p.pdf(f"{loan}_form710.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{loan}_paystub.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{loan}_july_statement.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{loan}_august_statement.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    t = form4506c_screen("Ingrid", "S", "Halloran", "927-60-1184", "903 Ferncliff Road", "Red Wing", "MN", "55066",
                         CURRENT[0], CURRENT[3], dt.date(2049, 9, 8), "(651) 555-0172", seed + 66)
    p.pdf(f"{loan}_4506C.pdf", t, (Doc("irs_form_4506c", {"signed": True, "signed_on": "2049-09-08"},
                                       dt.date(2049, 9, 8), signed=True), 1))
    gb = goodbye_letter(STONEBRIDGE, [app.borrower], addr, app.prior_loan, app.loan, dt.date(2049, 3, 12))
    p.pdf(f"{loan}_stonebridge_letter.pdf", paper_pdf(gb.paper), (letter_doc(gb), 1))
    on = dt.date(2049, 9, 8)
    hl = hardship_letter([app.borrower], addr, [("Loan number", app.loan)], on, [
        "When my loan moved from Stonebridge Lakes to Pennant Bay in April, the new escrow analysis found that "
        "Stonebridge had under-collected for my property taxes for two years. Since June my payment has gone up "
        "by $388 a month to repay the shortage and cover the higher taxes.",
        "I rent the lower unit of my duplex and work full time, but I cannot carry the new payment. I ask for a "
        "modification or a longer repayment of the escrow shortage."], ink=False, seed=seed + 6,
        font="Helvetica")
    p.pdf(f"{loan}_hardship_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_bs7(seed: int) -> Packet:
    """Incomplete (hardship_doc:death): Halvard-Pryce faxes a widow's hand-filled request; no proof of the death."""
    received = dt.date(2049, 4, 22)
    addr = ["64 Dry Ridge Court", "Florence, KY 41042"]
    pension = survivor_pension_letter("Loretta M. Castellano", addr, dt.date(2049, 3, 2), 1640.00,
                                      "Vincent A. Castellano", dt.date(2049, 1, 27))
    app = App("1957720384", "20-4733-1162", "Loretta M. Castellano", "915-74-2286", "64 Dry Ridge Court", "Florence",
              "KY", "41042", "(859) 555-0163", "lcastellano@example.com", "primary_residence", ["death"],
              dt.date(2049, 1, 27), "long", {"benefits_taxable": 1640.00}, dt.date(2049, 4, 9), seed=seed + 71)
    p = Packet("bs7", received, app, ["hardship_doc:death"])
    style = Scan(dpi=200, tilt=0.35, blur=0.4, noise=0.0007, fax=True)
    tr = transmittal_letter(HALVARD, app.borrower, app.prior_loan, app.loan, dt.date(2049, 4, 21),
                            dt.date(2049, 4, 15), ["Mortgage Relief Request HPS-12 (2 pages)",
                                                   "Tri-River Building Trades Pension Fund letter of March 2, 2049",
                                                   "Borrower's letter of April 9, 2049"])
    on = dt.date(2049, 4, 9)
    hl = hardship_letter([app.borrower], addr, [("Re: account", app.prior_loan), ("and new loan", app.loan)], on, [
        "My husband Vincent passed away on January 27 after a heart attack. He was still working as a union "
        "carpenter and his paycheck paid the mortgage. Now I have only the survivor pension from his union fund.",
        "I want to stay in our house. I am asking for whatever help is available to lower the payment. I can send "
        "more papers if you need them."], ink=True, seed=seed + 7, to=[HALVARD[0], HALVARD[1]])
    cover = fax_cover("Halvard-Pryce Servicing Corp. - Correspondence", "(859) 555-0178", received, 6,
                      f"Forwarded mail - {app.borrower}")
    p.scan(f"{app.loan}/FAX_0422_1518.pdf", [
        (None, scan_paper(cover, style, seed + 700)),
        (letter_doc(tr), scan_paper(tr.paper, style, seed + 701)),
        (app_doc(), scan_paper(halvard_form(app, ink=True, hand_filled=True), style, seed + 702)),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 703)),
        (hardship_doc(on), scan_paper(hl, style, seed + 704))], style,
        header="04/22/2049 15:18  HALVARD-PRYCE CORR  8595550178  >>  PENNANT BAY LM")
    return p


def packet_bs8(seed: int) -> Packet:
    """Complete: Marrowfield's old form in ink, loose 200 dpi grey scans named "<loan>-<n>.pdf"."""
    received = dt.date(2049, 10, 19)
    addr = ["19 Tannery Hill Road", "Herkimer, NY 13350"]
    stubs = [ledgerline_stub(random.Random(seed * 7 + 8), "Herkimer County Memorial Hospital", "300 North Washington "
                             "Street, Herkimer, NY 13350", "Eleanor F. Quist", "017730", "Unit clerk", d, 1612.50,
                             80.00, WH_NY2) for d in (dt.date(2049, 9, 20), dt.date(2049, 10, 5))]
    ui = unemployment_determination("Bartholomew J. Quist", addr, dt.date(2049, 8, 12), 504.00, dt.date(2049, 8, 2))
    app = App("2461830957", "000430216684", "Bartholomew J. Quist", "936-05-4471", "19 Tannery Hill Road", "Herkimer",
              "NY", "13350", "(315) 555-0124", "bjquist@example.net", "primary_residence", ["unemployment"],
              dt.date(2049, 7, 30), "short", {"wages": stubs[-1].monthly, "unemployment": 2184.00},
              dt.date(2049, 10, 11), co="Eleanor F. Quist", co_ssn="936-28-9013", seed=seed + 81)
    p = Packet("bs8", received, app, [])
    style = Scan(dpi=200, tilt=0.45, blur=0.5, noise=0.0006)
    on = dt.date(2049, 10, 11)
    hl = hardship_letter([app.borrower, app.co or ""], addr, [("Loan", f"{app.loan} (Marrowfield no. "
                                                                       f"{app.prior_loan})")], on, [
        "On July 30 the mill where I worked for nineteen years closed its Herkimer plant and I lost my job. I am "
        "collecting unemployment while I look for work, and my wife works at the hospital.",
        "We found the Marrowfield application in our files and filled it in. We hope to catch up once I am working "
        "again and ask for a forbearance or modification until then."], ink=True, seed=seed + 8)
    gb = goodbye_letter(MARROWFIELD, [app.borrower, app.co or ""], addr, app.prior_loan, app.loan,
                        dt.date(2049, 5, 28))
    parts = [(app_doc(), marrowfield_form(app, ink=True)), (letter_doc(ui), ui.paper),
             (stub_doc(stubs[0]), stubs[0].paper), (stub_doc(stubs[1]), stubs[1].paper), (hardship_doc(on), hl),
             (letter_doc(gb), gb.paper)]
    for i, (doc, paper) in enumerate(parts):
        p.scan(f"{app.loan}-{i + 1}.pdf", [(doc, scan_paper(paper, style, seed + 800 + i))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bs1, packet_bs2, packet_bs3, packet_bs4, packet_bs5, packet_bs6,
                                             packet_bs7, packet_bs8]
PRIOR_NUMBERS: dict[str, str] = {}  # packet -> the prior loan number drawn into it (filled by main)


def check(out: Path, unlisted: dict[str, list[tuple[str, int]]] | None = None,
          separated: dict[str, set[str]] | None = None) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned, placement by the current
    loan number, and that every page of every file is accounted for."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    field_names = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                                "gross_current", "gross_ytd", "net_current", "monthly_gross"},
                   "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                      "ending_balance"},
                   "profit_and_loss_statement": {"period_start", "period_end", "net_income", "signed"},
                   "tax_return": {"tax_year", "form"}, "irs_form_4506c": {"signed", "signed_on"},
                   "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
                   "unemployment_benefit_letter": {"letter_date", "benefit_type"},
                   "hardship_letter": {"letter_date"}, "mortgage_assistance_application": set(), "other": set()}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        if unlisted is not None and name not in unlisted:
            continue
        exp = json.loads(exp_path.read_text())
        loan = exp["loan_number"]
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.weekday() > 4:
            problems.append(f"{name}: received on a weekend")
        if not (loan.isdigit() and 6 <= len(loan) <= 15):
            problems.append(f"{name}: loan number {loan}")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if app["loan_number"] != loan:
            problems.append(f"{name}: the application's loan number is not the case's")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
        inbox = exp_path.parent / "inbox"
        files = sorted(str(f.relative_to(inbox)) for f in inbox.rglob("*") if f.is_file())
        prior = PRIOR_NUMBERS.get(name, "")
        for rel in files:
            digits = "".join(ch for ch in rel if ch.isdigit())
            if loan not in rel and rel not in (separated or {}).get(name, set()):
                problems.append(f"{name}: {rel} is not placed by the current loan number")
            if prior and prior.replace("-", "") in digits:
                problems.append(f"{name}: {rel} carries the prior loan number in its name")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES:
                problems.append(f"{name}: type {doc['type']}")
            if set(doc["fields"]) != field_names.get(doc["type"], set(doc["fields"])):
                problems.append(f"{name}: fields of {doc['id']} {sorted(doc['fields'])}")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    problems.append(f"{name}: page listed twice {key}")
                seen.add(key)
                path = inbox / pg["file"]
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
                    problems.append(f"{name}: {doc['id']}.{k} after the packet arrived")
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] < f["gross_current"]:
                    problems.append(f"{name}: YTD below current {f}")
        if unlisted is not None:
            for rel in files:
                n = len(PdfReader(inbox / rel).pages)
                for i in range(1, n + 1):
                    key = (rel, i)
                    if key not in seen and key not in unlisted.get(name, []):
                        problems.append(f"{name}: page {key} is neither listed nor a cover or separator")
                    if key in seen and key in unlisted.get(name, []):
                        problems.append(f"{name}: page {key} is both listed and a cover or separator")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bs1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    unlisted: dict[str, list[tuple[str, int]]] = {}
    separated: dict[str, set[str]] = {}
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
        unlisted[p.name] = p.unlisted
        separated[p.name] = p.separated
        PRIOR_NUMBERS[p.name] = p.app.prior_loan
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out, unlisted, separated)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
