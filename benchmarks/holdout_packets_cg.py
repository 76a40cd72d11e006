"""Holdout set cg (cg1..cg8): A SERVICING TRANSFER IN THE MIDDLE OF A REQUEST.

Written blind: only shared/spec (all files), shared/samples (the packets, expected.json files and README),
shared/reference/README.md and the blank forms it names (Form 4506-C; Reg X Appendix MS-2 for the wording of the
notice of servicing transfer), tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, the af
scaffold (holdout_packets_af.py, whose helpers are copied and adapted here) in full and ONLY THE MODULE DOCSTRINGS of
the other holdout sets were read - never the service's code (src/), its .yaml data files, other tests, the project
README or the git history - and the service was never run on these packets, so they measure honestly how it reads
layouts it has never seen.

    python benchmarks/holdout_packets_cg.py OUT_DIR [--seed N] [--check] [--only cg1 cg5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch processed with `--received-on <received_on>`; received dates are weekdays between March and July 2052. The
seed changes hours, pay histories, transactions, scanner and fax noise, stamp wear and pen strokes - never names,
numbers, dates or the truth. Every file is the same bytes for a seed (reportlab invariant mode, seeded noise, fixed
pypdf identifiers). All people, employers, agencies, banks and servicers are fictional; SSNs use the 900-999 area;
every page carries a faint "synthetic test document" line.

THE THEME. Two pools of loans moved to Lanternfield Loan Servicing, LLC (Richmond, VA - the NEW servicer, whose
inbox this is) while borrowers were applying for help: Harrow Bend Mortgage Company's Ohio loans (Columbus; transfer
effective March 1, 2052) and Copperfield Trust Mortgage Servicing's Michigan loans (Grand Rapids; effective June
17, 2052). The packets reaching Lanternfield carry the OLD servicers' paper: their own application forms, their
acknowledgment and incomplete-application letters, the RESPA notice of servicing transfer (Appendix MS-2 wording,
joint "goodbye and welcome" notice), Lanternfield's own welcome letter, old mortgage statements, escrow analyses, a
prior trial-plan offer; pages the old servicer forwarded by FAX carry BOTH machines' header lines (the borrower's
sending machine's, then the old servicer's, page numbers of two different transmissions); originals the borrowers
MAILED to the old servicer carry its red "RECEIVED <date>" rubber stamp over the print, and Lanternfield scans those
in COLOUR; Lanternfield's own printed fax cover sheet and its own application form appear too; one borrower RE-SENDS
a pay stub.

TRUTH RULES DECIDED HERE (the spec is silent or general on them):
- An old servicer's application filled in by the borrower is "the servicer's equivalent" of Form 710: a
  mortgage_assistance_application, whichever servicer's name and form number it bears, whoever it was addressed to.
- The loan numbers did NOT change in either transfer (the notices say so), so every paper - old or new - quotes the
  case's loan number; expected.json's loan_number and the application's loan_number answer are the same.
- Old servicers' letters (acknowledgment, notice of incomplete application, transmittal), the notice of servicing
  transfer, Lanternfield's welcome letter, mortgage statements (a servicer's periodic statement is NOT a
  bank_statement), escrow analyses and the prior trial-plan offer are documents of type `other` (fields {}). Fax cover
  sheets - the borrower's, a library's, Lanternfield's printed one, an old servicer's forwarding cover - and
  Lanternfield's separator sheet are not listed. An old servicer's notice that lists "missing" items is only a
  letter: what is missing is decided by shared/spec/checklist.md on the papers in the case, not by that list.
- A RE-SENT copy of a paper (cg5's pay stub of 04/12, faxed again because the first came through dark) is its own
  logical document of the same type with the same fields.
- WHICH DATE GOVERNS FRESHNESS: each income paper's OWN date (a stub's pay date, a statement's period end, a
  letter's date) against the packet's received_on at Lanternfield - the evaluation date of checklist.md (the
  --received-on of the batch). NOT the old servicer's red RECEIVED stamp, NOT the date in either fax header, NOT the
  dates in the old servicer's acknowledgment or incomplete notice. (Reg X 1024.41(k) lets a transferee inherit the
  transferor's timeframes, and Fannie's D2-2-05 counts income documents' age as of the date the servicer first
  determines the package complete; no servicer ever determined these packages complete before Lanternfield did.)
  So cg2's stubs, fresh when Harrow Bend received them on 02/23/2052, are stale on 06/03/2052. Hardship papers
  and the application itself have no freshness rule; "no more than 90 days" includes day 90 (cg7).

APPLICATIONS (three layouts, none like Form 710):
- Harrow Bend "Homeowner Assistance Worksheet" Form HBM-7 (09/2051), two pages: a THREE-COLUMN GRID of ruled cells,
  each with a tiny numbered caption (A1 LOAN NUMBER, A2 BORROWER'S FULL NAME, ...) over its answer, maroon section
  bands (PART A ACCOUNT AND BORROWERS, B THE PROPERTY, C HARDSHIP, D MONTHLY GROSS INCOME, E ASSETS, F
  CERTIFICATION AND SIGNATURES), occupancy as three check cells in a row, the ten hardship reasons as check cells
  three to a row (C4.1..C4.10), the income as a 3 x 3 grid of amount cells D1..D8 plus D9 TOTAL, signature cells
  spanning two columns with the date cell in the third. Typed, signed and dated in ink (cg1, colour scan; cg2, fax
  forwarded); FILLED IN ENTIRELY BY HAND and signed (cg7, grey scan).
- Copperfield Trust "Loss Mitigation Application" Form CTM-22 (Rev. 01/2052): page 1 portrait - "who is applying" as
  a table whose ROWS are Borrower / Co-borrower (name, SSN last 4, phone, e-mail), the property on ruled lines, B4
  occupancy boxes, C1 start date, C2 duration boxes, C3 ten cause boxes in two columns; page 2 LANDSCAPE - the
  income as a TABLE whose ROWS are Borrower / Co-borrower / HOUSEHOLD TOTAL and whose COLUMNS are D1..D8 (the income
  types) and D9 TOTAL (each income code's amount is the household row; `total` is the household D9), then assets
  and the two signature blocks side by side. Typed and signed in ink (cg4 colour scan, occupancy left blank; cg8
  faxed and forwarded - the landscape page arrives landscape); typed and signed on the screen (cg6).
- Lanternfield "Mortgage Assistance Application" Form LLS-410 (03/2052), two pages: scanner registration squares,
  numbered navy panels, every answer in a ROUNDED BOX with its label above, every choice an OVAL to fill in
  (co-borrower "none", occupancy, duration, the ten causes in two columns), income as eight labelled rows with an
  amount box each and a heavier TOTAL box. Typed and signed on the screen (cg3); filled in BY HAND with pen-filled
  ovals and faxed, signed but the date box left empty (cg5).

PAY (pay_stub; every YTD is the sum of that year's checks by pay date; monthly_gross = current x 52/26/24 / 12):
a bi-weekly "PAY STATEMENT" with four summary TILES (gross, taxes, deductions, net - current over YTD) and
earnings / taxes / deductions tables (Orchard Valley Foods, Grand River Millwork, Kentwood Dental Group); a weekly
EMPLOYEE EARNINGS STATEMENT printed in Courier on GREEN-BAR continuous paper with tractor holes (Tri-County
Plastics, Lancaster Glassworks; the green bands vanish in a fax); a transit authority's semi-monthly
"Earnings and Deductions" (captioned info cells, PAY ITEM | UNITS | RATE | THIS PAY | YEAR TO DATE, NET PAY boxed;
paid on the 5th for the 16th-31st and on the 20th for the 1st-15th; Olentangy Valley Transit Authority, Grand Valley
Metro Transit).
STATEMENTS (bank_statement): Thornapple Valley Credit Union's two-page business share-draft statement, the summary
an EQUATION strip (opening + deposits - withdrawals = closing), a POSTED | TRANSACTION | AMOUNT (+/-) | BALANCE
register.
LETTERS AND PAPERS: typed hardship letters (addressed to whichever servicer the borrower wrote to; signed in ink
when mailed or faxed); a county retirement system's survivor-benefit letter and a municipal retirement system's
disability-retirement letter (benefit_award_letter, benefits_taxable); a VA compensation cost-of-living letter
(benefits_nontaxable); a state unemployment determination (unemployment_benefit_letter); a Michigan certified copy
of a death record (death_certificate, fields {}); page 1 of the real IRS Form 4506-C typed over and signed on the
screen; the servicers' `other` papers listed above.

DELIVERIES. cg1: ONE colour 200 dpi scan of the box Harrow Bend forwarded, behind Lanternfield's Code 128 "LOAN
<number>" separator sheet, named by the mailroom ("LLS_MAILROOM_20520312_0007.pdf"). cg2: ONE 200 dpi fax named by
Lanternfield's fax server ("FAXIN_...pdf", no loan number in the name) - Harrow Bend's cover and notice (its header
only), then the borrower's library cover and papers (both headers). cg3: loose born-digital e-mail attachments
"<loan>_<paper>.pdf". cg4: a folder named after the loan, one colour scan per paper ("SCN_0626_000n.pdf"). cg5: TWO
faxes of one day from a shipping store behind Lanternfield's hand-filled fax cover ("LLS_FAX_...pdf"). cg6: a folder
named after the loan - born-digital files plus one colour scan of three stamped papers. cg7: ONE 240 dpi grey scan,
no separator, named "<Surname> <loan>.pdf". cg8: loose files "<paper> - <loan>.pdf", one of them Copperfield's
forwarded fax (both headers).

PACKETS (status and missing codes as `missing_codes` computes them from shared/spec/checklist.md):
- cg1 COMPLETE. Harrow Bend transmittal and acknowledgment (other), HBM-7 in ink, hardship letter, two fresh
  bi-weekly stubs; application, letter and stubs stamped "RECEIVED FEB 26 2052". Reduction in income needs no paper.
- cg2 INCOMPLETE income_doc:wages (stale). Harrow Bend's June forward of a February fax: its incomplete notice
  (asking for a hardship letter and a 4506-C, which the checklist does not require here - other), HBM-7 signed by
  both, two weekly stubs of 02/09 and 02/16 (108 days before 06/03), the co-borrower's unemployment determination
  (unemployment needs no paper).
- cg3 COMPLETE. LLS-410 on the screen (self-employment; increase in housing expenses), two consecutive fresh
  business statements, signed 4506-C, unsigned e-mailed letter, Copperfield's escrow analysis and May mortgage
  statement and Lanternfield's welcome letter (other).
- cg4 INCOMPLETE application_field:occupancy. CTM-22 of a couple (wages in both rows) with B4 left blank, three
  fresh stubs, ink letter, all stamped "RECEIVED JUN 07 2052"; Copperfield's notice names the blank B4 (other).
- cg5 INCOMPLETE application_signature. LLS-410 by hand, signed, date empty; two weekly stubs (the 04/12 stub sent
  twice - three pay_stub documents); Harrow Bend's January mortgage statement and Lanternfield's welcome letter.
- cg6 INCOMPLETE income_doc:benefits_nontaxable (stale). CTM-22 on the screen (taxable survivor benefit +
  non-taxable VA compensation; death of the husband), e-mailed letter, colour scan of the fresh pension letter, the
  VA letter of 12/06/2051 and the death certificate (stamped "RECEIVED JUN 13 2052"), Copperfield's 2051 trial-plan
  offer and May mortgage statement (other). No bank statements.
- cg7 COMPLETE. HBM-7 filled by hand, two semi-monthly stubs, the co-borrower's disability-retirement letter dated
  01/24/2052 = EXACTLY 90 days before 04/23/2052 (fresh), ink letter covering the illness, Harrow Bend's January
  incomplete notice, the notice of servicing transfer, the welcome letter, Lanternfield's escrow analysis (other).
- cg8 INCOMPLETE hardship_doc:divorce_or_separation. CTM-22 and an ink letter faxed to Copperfield and forwarded,
  two born-digital stubs, Copperfield's notice asking for the decree (other), welcome letter; the divorce is still
  pending - no final decree, separation agreement or quitclaim deed.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet and the build fails unless they equal each packet's scenario. The build also checks
that every page of every file is listed exactly once or is a declared cover / separator page. `--check` validates
every expected.json written: keys, codes, document types, per-type field names, dates, income lines adding up to
the total, monthly_gross arithmetic, that every listed page exists and none is listed twice, that `scanned` matches
the absence of a text layer, one application per case, and that no file exceeds 4 MB.
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
STAMP_FONT = FONT_DIR / "dejavu/DejaVuSans-Bold.ttf"
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

# The three servicers of the theme (all fictional).
HB = {"name": "Harrow Bend Mortgage Company", "short": "HARROW BEND MTG", "dept": "Loss Mitigation Department",
      "street": "PO Box 22870", "city": "Columbus, OH 43222", "phone": "(800) 555-0148", "fax": "(614) 555-0142",
      "color": Color(0.48, 0.09, 0.14)}
CT = {"name": "Copperfield Trust Mortgage Servicing", "short": "COPPERFIELD TRUST",
      "dept": "Homeowner Retention Group", "street": "4400 Kalamazoo Avenue SE", "city": "Grand Rapids, MI 49508",
      "phone": "(800) 555-0171", "fax": "(616) 555-0177", "color": Color(0.62, 0.33, 0.12)}
LL = {"name": "Lanternfield Loan Servicing, LLC", "short": "LANTERNFIELD LOAN SVC",
      "dept": "Mortgage Assistance Team", "street": "900 Canal Crossing, Suite 400", "city": "Richmond, VA 23219",
      "phone": "(800) 555-0133", "fax": "(804) 555-0160", "color": Color(0.09, 0.17, 0.38)}
HB_TRANSFER = dt.date(2052, 3, 1)
CT_TRANSFER = dt.date(2052, 6, 17)


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
    """Something added by hand: a signature ("sig"), a hand-written string ("hand") or a pencilled-in oval
    ("oval", w = the oval's width). x, y: PDF points from the page's bottom-left (the baseline's left end)."""

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
    """One logical document: its pages (draw functions) and the page size of each."""

    pages: list[PageFn]
    size: tuple[float, float] = letter
    sizes: list[tuple[float, float]] | None = None

    def page_size(self, i: int) -> tuple[float, float]:
        return self.sizes[i] if self.sizes else self.size


def synth_line(c: Canvas, size: tuple[float, float] = letter, gray: float = 0.72) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(gray)
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
        elif m.kind == "oval":
            c.ellipse(m.x, m.y, m.x + m.w, m.y + m.w * 0.62, stroke=0, fill=1)
        else:  # typed on screen
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True, creator: str = "holdout_packets_cg") -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.page_size(0), invariant=1, pageCompression=1)
    c.setCreator(creator)
    for i, fn in enumerate(paper.pages):
        c.setPageSize(paper.page_size(i))
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.page_size(i))
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


# --- printing, stamping, faxing and scanning --------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 200
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    color: bool = False


@dataclass
class Sheet:
    """One printed (then stamped, faxed, scanned) sheet: its image and its size in points."""

    image: Image.Image
    size: tuple[float, float]
    dpi: int


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    """Pen marks: dark grey on a grey print, blue-black ballpoint on a colour print."""
    draw = ImageDraw.Draw(img)
    pen: Any = (28, 38, 110) if img.mode == "RGB" else 35
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=pen, width=width, joint="curve")
        elif m.kind == "oval":  # filled in with a pen: a scribbled dark oval slightly off its printed ring
            rng = random.Random(m.seed)
            dx, dy = rng.uniform(-0.8, 0.8), rng.uniform(-0.6, 0.6)
            x0, y0 = (m.x + dx) * scale, (page_h - m.y - m.w * 0.62 + dy) * scale
            draw.ellipse([x0, y0, x0 + m.w * 0.97 * scale, y0 + m.w * 0.6 * scale], fill=pen)
        else:
            rng = random.Random(m.seed)
            font = _font(HAND_FONT, round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=pen, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)


def printed(paper: Paper, dpi: int, color: bool = False, dark: bool = False) -> list[Sheet]:
    """Print a paper (its marks in ink) at dpi: grey, or colour for a colour scanner."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.page_size(0), invariant=1)
    for i, fn in enumerate(paper.pages):
        c.setPageSize(paper.page_size(i))
        marks.append(fn(c))
        synth_line(c, paper.page_size(i), gray=0.45 if dark else 0.72)
        c.showPage()
    c.save()
    doc = pdfium.PdfDocument(buf.getvalue())
    sheets = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=not color).to_pil()
            img = img.convert("RGB" if color else "L")
            ink_on_image(img, marks[i], dpi / 72, page.get_height())
            sheets.append(Sheet(img, (page.get_width(), page.get_height()), dpi))
    finally:
        doc.close()
    return sheets


def pdf_sheets(pdf: bytes, dpi: int, marks: Sequence[Sequence[Mark]] = ()) -> list[Sheet]:
    """Print an existing PDF (e.g. a filled IRS form) in grey, with pen marks per page."""
    doc = pdfium.PdfDocument(pdf)
    sheets = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            ink_on_image(img, marks[i] if i < len(marks) else [], dpi / 72, page.get_height())
            sheets.append(Sheet(img, (page.get_width(), page.get_height()), dpi))
    finally:
        doc.close()
    return sheets


@dataclass(frozen=True)
class Stamp:
    """A mailroom's rubber date stamp in red ink: where its centre falls (points from the top-left) and its tilt."""

    lines: tuple[str, str, str]
    cx: float
    cy: float
    angle: float = -4.0
    seed: int = 1


def red_stamp(sheet: Sheet, st: Stamp) -> None:
    """Press a red RECEIVED stamp onto a colour sheet; the ink multiplies with the print under it (the text below
    stays visible through it) and is patchy, as a worn rubber stamp's is."""
    s = sheet.dpi / 72
    big = _font(STAMP_FONT, round(19 * s))
    mid = _font(STAMP_FONT, round(13 * s))
    small = _font(STAMP_FONT, round(6.5 * s))
    wd = round(max(170 * s, small.getlength(st.lines[2]) + 24 * s, big.getlength(st.lines[0]) + 30 * s))
    ht = round(78 * s)
    layer = Image.new("L", (wd, ht), 0)
    d = ImageDraw.Draw(layer)
    lw = max(2, round(2.2 * s))
    d.rounded_rectangle([lw, lw, wd - lw, ht - lw], radius=round(8 * s), outline=255, width=lw)
    d.rounded_rectangle([4 * lw, 4 * lw, wd - 4 * lw, ht - 4 * lw], radius=round(5 * s), outline=255,
                        width=max(1, lw // 2))
    d.text((wd / 2, ht * 0.30), st.lines[0], fill=255, font=big, anchor="mm")
    d.text((wd / 2, ht * 0.60), st.lines[1], fill=255, font=mid, anchor="mm")
    d.text((wd / 2, ht * 0.82), st.lines[2], fill=255, font=small, anchor="mm")
    rng = random.Random(st.seed)
    px = layer.load()
    for _ in range(int(wd * ht * 0.05)):  # worn rubber: ink voids
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = int(px[x, y] * rng.uniform(0.1, 0.6))
    layer = layer.filter(ImageFilter.GaussianBlur(0.5 * s)).rotate(st.angle, resample=Image.Resampling.BICUBIC,
                                                                     expand=True)
    alpha = layer.point(lambda v: int(v * 0.82))
    red = Image.new("RGB", layer.size, (201, 32, 44))
    x0, y0 = round(st.cx * s - layer.size[0] / 2), round(st.cy * s - layer.size[1] / 2)
    box = (x0, y0, x0 + layer.size[0], y0 + layer.size[1])
    under = sheet.image.crop(box)
    inked = ImageChops.multiply(under, red)
    sheet.image.paste(Image.composite(inked, under, alpha), box)


def fax_line(sheet: Sheet, text: str, shrink: float = 0.975) -> Sheet:
    """A fax machine's header line across the top of a page, the page shrunk a little under it."""
    img = sheet.image.convert("L")
    s = sheet.dpi / 72
    band = round(13 * s)
    small = img.resize((round(img.size[0] * shrink), round((img.size[1] - band) * shrink)),
                       Image.Resampling.BILINEAR)
    out = Image.new("L", img.size, 255)
    out.paste(small, ((img.size[0] - small.size[0]) // 2, band))
    d = ImageDraw.Draw(out)
    d.text((round(18 * s), round(3 * s)), text, fill=0, font=_font(MONO_FONT, round(7.6 * s)))
    return Sheet(out, sheet.size, sheet.dpi)


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    fill: Any = (255, 255, 255) if img.mode == "RGB" else 255
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=fill)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if img.mode == "RGB":  # a warm paper tone under a colour scanner's lamp
        r, g, b = out.split()
        out = Image.merge("RGB", (r.point(lambda v: int(14 + v * 0.93)), g.point(lambda v: int(12 + v * 0.92)),
                                  b.point(lambda v: int(10 + v * 0.88))))
    elif not style.fax:  # a light grey paper tone
        out = out.point(lambda v: int(18 + v * 0.91))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        if img.mode == "RGB":
            px[x, y] = (70, 70, 74) if sum(px[x, y]) > 384 else (226, 222, 214)
        else:
            px[x, y] = 60 if px[x, y] > 128 else 230
    if style.fax:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def degrade_sheets(sheets: Sequence[Sheet], style: Scan, seed: int) -> list[Sheet]:
    return [Sheet(degrade(sh.image, style, seed * 31 + i), sh.size, sh.dpi) for i, sh in enumerate(sheets)]


def scan(paper: Paper, style: Scan, seed: int, stamps: dict[int, Stamp] | None = None,
         dark: bool = False) -> list[Sheet]:
    """Print a paper, stamp it (colour only), and scan it (grey, colour or a plain fax without a header)."""
    sheets = printed(paper, style.dpi, color=style.color, dark=dark)
    for i, st in (stamps or {}).items():
        red_stamp(sheets[i], st)
    return degrade_sheets(sheets, style, seed)


@dataclass(frozen=True)
class FaxHeader:
    """A sending machine's header: a format with {n} (page number in the transmission) and {total}."""

    fmt: str
    total: int


def fax_send(sheets: Sequence[Sheet], header: FaxHeader, first: int, seed: int, dark: bool = False) -> list[Sheet]:
    """Send sheets by fax: the sending machine's header line on each, then the 200 dpi black and white image."""
    style = Scan(dpi=200, tilt=0.2, blur=0.45 if not dark else 0.9, noise=0.0007, fax=True)
    out = []
    for i, sh in enumerate(sheets):
        if sh.dpi != 200:
            sh = Sheet(sh.image.resize((round(sh.size[0] * 200 / 72), round(sh.size[1] * 200 / 72))), sh.size, 200)
        img = fax_line(sh, header.fmt.format(n=first + i, total=header.total))
        if dark:
            img = Sheet(img.image.point(lambda v: int(v * 0.72)), img.size, img.dpi)
        out.append(Sheet(degrade(img.image, style, seed * 17 + i), sh.size, 200))
    return out


def images_pdf(sheets: Sequence[Sheet]) -> bytes:
    """Wrap sheets into an image-only PDF: black and white (fax) pages as PNG, grey and colour pages as JPEG."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if sheet.image.mode == "1":
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=74 if sheet.image.mode == "RGB" else 78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_cg"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def pay_dates(current: dt.date, frequency: str) -> list[dt.date]:
    """Every pay date of current's year up to current: weekly / bi-weekly counted back from current, semi-monthly
    on the 5th and the 20th, monthly on the last day."""
    out: list[dt.date] = []
    if frequency == "semimonthly":
        for month in range(1, 13):
            for day in (5, 20):
                d = dt.date(current.year, month, day)
                if d <= current:
                    out.append(d)
        return out
    if frequency == "monthly":
        for month in range(1, current.month + 1):
            nxt = dt.date(current.year + (month == 12), month % 12 + 1, 1)
            out.append(nxt - dt.timedelta(days=1))
        return [d for d in out if d <= current]
    step = dt.timedelta(days=7 if frequency == "weekly" else 14)
    d = current
    while d.year == current.year:
        out.append(d)
        d -= step
    return sorted(out)


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    state_name: str = "State income tax"
    local: float = 0.0
    local_name: str = "City income tax"
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
               "Medicare": r2(gross * 0.0145), self.state_name: r2(gross * self.state)}
        if self.local:
            out[self.local_name] = r2(gross * self.local)
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


def history(key: str, dates: Sequence[dt.date],
            make: Callable[[random.Random, dt.date], dict[str, Any]]) -> list[Check]:
    """The year's checks, each drawn from its own date, so every stub of one job tells one history."""
    return [Check(d, make(random.Random(f"{key}|{d}"), d)) for d in dates]


def tiles_stub(seed: int, employer: str, address: str, employee: str, emp_id: str, dept: str, pay_date: dt.date,
               rate: float, wh: Withholding, overtime: bool = True) -> Stub:
    """A bi-weekly "PAY STATEMENT" with four summary tiles (gross, taxes, deductions, net; current over YTD)."""

    def make(rr: random.Random, d: dt.date) -> dict[str, Any]:
        reg = rr.choice([80.0, 80.0, 80.0, 76.0, 72.0])
        lines = {"Regular": (reg, rate, r2(reg * rate))}
        if overtime:
            ot = rr.choice([0.0, 2.5, 4.0, 6.0, 7.5])
            lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        if reg < 80:
            lines["Holiday"] = (80 - reg, rate, r2((80 - reg) * rate))
        return lines

    checks = history(f"{emp_id}{seed}", pay_dates(pay_date, "biweekly"), make)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    ded = sum(v for _, v in wh.deductions)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.13, 0.4, 0.32))
        c.rect(50, 736, 6, 30, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(64, 752, employer)
        c.setFont("Helvetica", 8)
        c.drawString(64, 740, address)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(562, 754, "PAY STATEMENT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 741, f"Check date  {mdy(pay_date)}")
        c.drawRightString(562, 730, f"Pay period  {mdy(start)} - {mdy(end)}")
        c.drawRightString(562, 719, "Pay frequency  Biweekly")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 712, employee)
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 700, f"Employee ID {emp_id}   |   {dept}")
        tiles = [("GROSS PAY", ch.gross, ytd["GROSS"]), ("TAXES", sum(taxes.values()), sum(ytd[k] for k in taxes)),
                 ("DEDUCTIONS", ded, sum(ytd[k] for k, _ in wh.deductions)), ("NET PAY", net, ytd["NET"])]
        for i, (cap, cur, yt) in enumerate(tiles):
            x = 50 + i * 129
            c.setFillColor(Color(0.9, 0.95, 0.93) if i < 3 else Color(0.13, 0.4, 0.32))
            c.roundRect(x, 622, 120, 62, 6, stroke=0, fill=1)
            c.setFillColor(black if i < 3 else white)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 9, 670, cap)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(x + 9, 648, "$" + money(r2(cur)))
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 9, 631, f"YTD  ${money(r2(yt))}")
        c.setFillColor(black)
        y = 596
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "EARNINGS")
        for x, t in ((300, "HOURS"), (360, "RATE"), (450, "CURRENT"), (560, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.setLineWidth(0.5)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for lab in ("Regular", "Overtime", "Holiday"):
            if lab not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(50, y, lab)
            if hrs:
                c.drawRightString(300, y, f"{hrs:.2f}")
                c.drawRightString(360, y, f"{rt:.4f}")
                c.drawRightString(450, y, money(amt))
            c.drawRightString(560, y, money(ytd[lab]))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Gross pay")
        c.drawRightString(450, y, money(ch.gross))
        c.drawRightString(560, y, money(ytd["GROSS"]))
        y -= 30
        for x0, title, items in ((50, "TAXES", list(taxes.items())), (320, "DEDUCTIONS", list(wh.deductions))):
            yy = y
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x0, yy, title)
            c.drawRightString(x0 + 160, yy, "CURRENT")
            c.drawRightString(x0 + 240, yy, "YTD")
            c.line(x0, yy - 4, x0 + 242, yy - 4)
            yy -= 15
            c.setFont("Helvetica", 8.5)
            for k, v in items:
                c.drawString(x0, yy, k)
                c.drawRightString(x0 + 160, yy, money(v))
                c.drawRightString(x0 + 240, yy, money(ytd[k]))
                yy -= 12
        c.setFont("Helvetica", 8)
        c.drawString(50, 380, f"Net pay of ${money(net)} deposited to checking account ending {emp_id[-2:]}17.")
        c.drawString(50, 368, "This statement is for your records. Questions: Payroll, ext. 2210.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


def greenbar_stub(seed: int, employer: str, address: str, employee: str, emp_no: str, dept: str,
                  pay_date: dt.date, rate: float, wh: Withholding) -> Stub:
    """A weekly earnings statement printed by an old line printer on green-bar continuous paper (tractor holes on
    both edges, pale green bands, everything in Courier)."""

    def make(rr: random.Random, d: dt.date) -> dict[str, Any]:
        reg = rr.choice([40.0, 40.0, 40.0, 36.0, 32.0])
        ot = rr.choice([0.0, 0.0, 3.5, 5.0, 8.0]) if reg == 40 else 0.0
        lines = {"REGULAR": (reg, rate, r2(reg * rate))}
        if ot:
            lines["OVERTIME"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        lines["SHIFT DIFF"] = (reg + ot, 0.60, r2((reg + ot) * 0.60))
        return lines

    checks = history(f"{emp_no}{seed}", pay_dates(pay_date, "weekly"), make)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.86, 0.94, 0.86))
        for i in range(0, 44, 2):
            c.rect(34, 760 - i * 36 - 18, W - 68, 18, stroke=0, fill=1)
        c.setFillColor(white)
        c.setStrokeGray(0.6)
        for x in (17, W - 17):
            for k in range(22):
                c.circle(x, 770 - k * 36, 5, stroke=1, fill=1)
        c.setDash(2, 3)
        c.line(30, 0, 30, H)
        c.line(W - 30, 0, W - 30, H)
        c.setDash()
        c.setStrokeColor(black)
        c.setFillColor(black)
        c.setFont("Courier-Bold", 12)
        c.drawString(50, 742, employer.upper())
        c.setFont("Courier", 9)
        c.drawString(50, 730, address.upper())
        c.setFont("Courier-Bold", 10)
        c.drawRightString(562, 742, "EMPLOYEE EARNINGS STATEMENT")
        c.setFont("Courier", 9)
        c.drawRightString(562, 730, "*** NON-NEGOTIABLE ***")
        rows = [f"{'EMP NO':<9}{'EMPLOYEE NAME':<27}{'DEPT':<14}{'CHECK DATE':<12}",
                f"{emp_no:<9}{employee.upper():<27}{dept.upper():<14}{mdy(pay_date):<12}",
                "",
                f"PERIOD BEGIN {mdy(start)}   PERIOD END {mdy(end)}   PAY FREQ: WEEKLY",
                "",
                f"{'EARNINGS':<16}{'HOURS':>8}{'RATE':>9}{'CURRENT':>13}{'Y-T-D':>14}",
                "-" * 60]
        for lab in ("REGULAR", "OVERTIME", "SHIFT DIFF"):
            if lab not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            cur = f"{hrs:>8.2f}{rt:>9.3f}{money(amt):>13}" if hrs else f"{'':>8}{'':>9}{'':>13}"
            rows.append(f"{lab:<16}{cur}{money(ytd[lab]):>14}")
        rows += [f"{'GROSS PAY':<33}{money(ch.gross):>13}{money(ytd['GROSS']):>14}", "",
                 f"{'WITHHOLDINGS':<33}{'CURRENT':>13}{'Y-T-D':>14}", "-" * 60]
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            rows.append(f"{k.upper():<33}{money(v):>13}{money(ytd[k]):>14}")
        rows += ["-" * 60, f"{'NET PAY':<33}{money(net):>13}{money(ytd['NET']):>14}", "",
                 f"DIRECT DEPOSIT ADVICE NO. {pay_date.strftime('%y%m%d')}{emp_no[-3:]}"]
        y = 700
        c.setFont("Courier", 9.5)
        for row in rows:
            c.drawString(50, y, row)
            y -= 12.5
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


def transit_stub(seed: int, employer: str, address: str, employee: str, emp_no: str, job: str, pay_date: dt.date,
                 base: float, ot_rate: float, wh: Withholding) -> Stub:
    """A public transit authority's semi-monthly stub: an info row of captioned cells, then PAY ITEM | UNITS |
    RATE | THIS PAY | YEAR TO DATE, withholdings below and NET PAY in a boxed corner."""

    def make(rr: random.Random, d: dt.date) -> dict[str, Any]:
        ot = rr.choice([0.0, 4.0, 6.5, 9.0, 12.0])
        spread = rr.choice([0.0, 5.0, 10.0])
        lines = {"Base salary": (1.0, base, base)}
        if ot:
            lines["Overtime 1.5x"] = (ot, ot_rate, r2(ot * ot_rate))
        if spread:
            lines["Split-shift spread"] = (spread, 2.25, r2(spread * 2.25))
        return lines

    checks = history(f"{emp_no}{seed}", pay_dates(pay_date, "semimonthly"), make)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    if pay_date.day == 5:
        end = pay_date.replace(day=1) - dt.timedelta(days=1)
        start = end.replace(day=16)
    else:
        start, end = pay_date.replace(day=1), pay_date.replace(day=15)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.85, 0.45, 0.05))
        c.circle(68, 744, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(68, 740, "T")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(92, 748, employer)
        c.setFont("Helvetica", 8)
        c.drawString(92, 736, address)
        c.setFont("Times-Bold", 12)
        c.drawRightString(562, 748, "Earnings and Deductions")
        c.setFont("Times-Roman", 8.5)
        c.drawRightString(562, 736, "Semi-monthly payroll")
        cells = [("EMPLOYEE", employee, 160), ("EMPLOYEE #", emp_no, 64), ("CLASSIFICATION", job, 118),
                 ("PAY PERIOD", f"{mdy(start)}-{mdy(end)}", 112), ("PAY DATE", mdy(pay_date), 58)]
        x = 50.0
        c.setLineWidth(0.6)
        for cap, val, wd in cells:
            c.rect(x, 690, wd, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 3, 712, cap)
            c.setFont("Helvetica-Bold", 8.5 if wd > 100 else 8)
            c.drawString(x + 3, 695, val)
            x += wd
        y = 664
        c.setFillGray(0.88)
        c.rect(50, y - 4, 512, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(54, y, "PAY ITEM")
        for xx, t in ((300, "UNITS"), (370, "RATE"), (460, "THIS PAY"), (558, "YEAR TO DATE")):
            c.drawRightString(xx, y, t)
        y -= 18
        c.setFont("Helvetica", 9)
        for lab in ("Base salary", "Overtime 1.5x", "Split-shift spread"):
            if lab not in ytd:
                continue
            u, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(54, y, lab)
            if amt and lab != "Base salary":
                c.drawRightString(300, y, f"{u:.2f}")
                c.drawRightString(370, y, f"{rt:.4f}")
            if amt:
                c.drawRightString(460, y, money(amt))
            c.drawRightString(558, y, money(ytd[lab]))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(54, y, "TOTAL GROSS")
        c.drawRightString(460, y, money(ch.gross))
        c.drawRightString(558, y, money(ytd["GROSS"]))
        y -= 24
        c.setFillGray(0.88)
        c.rect(50, y - 4, 512, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(54, y, "WITHHOLDINGS AND DEDUCTIONS")
        c.drawRightString(460, y, "THIS PAY")
        c.drawRightString(558, y, "YEAR TO DATE")
        y -= 18
        c.setFont("Helvetica", 9)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(54, y, k)
            c.drawRightString(460, y, money(v))
            c.drawRightString(558, y, money(ytd[k]))
            y -= 13
        c.setLineWidth(1.4)
        c.rect(372, y - 36, 190, 30, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(380, y - 25, "NET PAY")
        c.drawRightString(556, y - 25, "$" + money(net))
        c.setFont("Helvetica", 7.5)
        c.drawString(54, y - 25, f"YTD net pay {money(ytd['NET'])}")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "semimonthly", ytd["GROSS"], net),
                pay_date)


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
                 debits: Sequence[tuple[str, float, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and debits drawn between two amounts."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def thornapple_statement(seed: int, holder: Sequence[str], acct: str, year: int, month: int, begin: float,
                         credits: Sequence[tuple[int, str, float]], debits: Sequence[tuple[str, float, float]]
                         ) -> Statement:
    """Thornapple Valley Credit Union's business share-draft statement: two pages, the summary as an EQUATION
    strip (opening + deposits - withdrawals = closing), a register with a signed AMOUNT column."""
    bank = "Thornapple Valley Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(random.Random(f"{acct}{year}{month}{seed}"), start, end, credits, debits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:10], rows[10:]
    color = Color(0.25, 0.36, 0.16)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(color)
        c.setFont("Times-Bold", 17)
        c.drawString(50, 744, "Thornapple Valley")
        c.setFont("Times-Roman", 10)
        c.drawString(50, 731, "CREDIT UNION  -  Middleville, Michigan  -  Federally insured by NCUA")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 746, f"Business Share Draft  -  Account {'*' * 6}{acct[-4:]}")
        c.drawRightString(562, 735, f"Statement period: {start.strftime('%b %d, %Y')} to {end.strftime('%b %d, %Y')}")
        c.drawRightString(562, 724, f"Page {n} of 2")
        c.setStrokeColor(color)
        c.setLineWidth(1.2)
        c.line(50, 716, 562, 716)
        c.setStrokeColor(black)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "POSTED")
        c.drawString(100, y, "TRANSACTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(560, y, "BALANCE")
        c.setLineWidth(0.4)
        c.line(50, y - 4, 562, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in part:
            c.drawString(50, y, d.strftime("%m-%d"))
            c.drawString(100, y, desc)
            c.drawRightString(470, y, ("+" if a > 0 else "-") + money(abs(a)))
            c.drawRightString(560, y, money(b))
            y -= 12.5
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 694
        for ln in holder:
            c.drawString(60, y, ln)
            y -= 11.5
        parts = [("Opening balance", begin), ("+ Deposits", dep), ("- Withdrawals", wd), ("= Closing balance", ending)]
        for i, (k, v) in enumerate(parts):
            x = 50 + i * 130
            c.setFillColor(Color(0.93, 0.95, 0.9))
            c.rect(x, 590, 120, 40, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 6, 618, k)
            c.setFont("Helvetica-Bold", 11)
            c.drawRightString(x + 114, 598, money(v))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 566, "ACCOUNT ACTIVITY")
        c.setFont("Helvetica", 8.5)
        c.drawString(100, 552, f"{start.strftime('%m-%d')}  Opening balance {money(begin)}")
        register(c, 534, first)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = register(c, 694, rest)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 4, f"{end.strftime('%m-%d')}  Closing balance")
        c.drawRightString(560, y - 4, money(ending))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 40, "Dividends on business share drafts are paid quarterly. Report errors within 60 days.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- servicers' letters and papers (all `other` documents) --------------------------------------------------------


def logo(c: Canvas, sv: dict[str, Any], y: float = 742) -> None:
    """Each servicer's letterhead: Harrow Bend a maroon square monogram, Copperfield a copper ring, Lanternfield a
    navy lantern."""
    col = sv["color"]
    c.saveState()
    c.setFillColor(col)
    c.setStrokeColor(col)
    if sv is HB:
        c.rect(50, y - 10, 30, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 15)
        c.drawCentredString(65, y, "HB")
        c.setFillColor(col)
        c.setFont("Times-Bold", 15)
        c.drawString(88, y + 6, "HARROW BEND")
        c.setFont("Times-Roman", 8.5)
        c.drawString(88, y - 6, "MORTGAGE COMPANY")
    elif sv is CT:
        c.setLineWidth(3)
        c.circle(65, y + 5, 14, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(65, y, "C")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(88, y + 6, "Copperfield Trust")
        c.setFont("Helvetica", 8)
        c.drawString(88, y - 5, "MORTGAGE SERVICING")
    else:
        p = c.beginPath()
        p.moveTo(58, y - 8)
        p.lineTo(72, y - 8)
        p.lineTo(75, y + 12)
        p.lineTo(55, y + 12)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(60, y + 12, 10, 4, stroke=0, fill=1)
        c.setFillColor(Color(0.98, 0.78, 0.2))
        c.circle(65, y + 2, 4, stroke=0, fill=1)
        c.setFillColor(col)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(86, y + 5, "LANTERNFIELD")
        c.setFont("Helvetica", 8)
        c.drawString(86, y - 6, "LOAN SERVICING, LLC")
    c.setFillColor(black)
    c.setFont("Helvetica", 7.5)
    c.drawRightString(562, y + 8, f"{sv['street']}, {sv['city']}")
    c.drawRightString(562, y - 2, f"Phone {sv['phone']}   Fax {sv['fax']}")
    c.setStrokeColor(col)
    c.setLineWidth(1.2)
    c.line(50, y - 18, 562, y - 18)
    c.restoreState()


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type in ("other", "death_certificate", "obituary", "divorce_decree", "quitclaim_deed"):
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out.update(benefit_type="unemployment")
        return out


def servicer_letter(sv: dict[str, Any], date: dt.date, to: Sequence[str], refs: Sequence[tuple[str, str]],
                    subject: str, paras: Sequence[str], closing: Sequence[str],
                    table: Sequence[tuple[str, str]] = (), after: Sequence[str] = (), font: str = "Times-Roman",
                    size: float = 10.5) -> Paper:
    """A servicer's business letter: letterhead, date, address block, a reference box at the right, subject."""

    def page(c: Canvas) -> list[Mark]:
        logo(c, sv)
        c.setFont(font, size)
        c.drawString(50, 700, long_date(date))
        y = 676
        for ln in to:
            c.drawString(50, y, ln)
            y -= size + 3
        c.setLineWidth(0.5)
        c.rect(360, 610, 202, 78, stroke=1, fill=0)
        ry = 676
        for k, v in refs:
            c.setFont("Helvetica", 7.5)
            c.drawString(366, ry, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(556, ry, v)
            ry -= 13
        y = min(y, 600) - 10
        c.setFont(font.replace("-Roman", "") + "-Bold" if "Times" in font else font + "-Bold", size + 0.5)
        c.drawString(50, y, subject)
        y -= 22
        y = paragraphs(c, 50, y, 512, paras, font=font, size=size, leading=size + 3.5, gap=6)
        if table:
            for k, v in table:
                c.setFont(font, size)
                c.drawString(74, y, k)
                c.setFont("Helvetica-Bold", size - 1)
                c.drawString(330, y, v)
                y -= size + 4
            y -= 8
        if after:
            y = paragraphs(c, 50, y, 512, after, font=font, size=size, leading=size + 3.5, gap=6)
        c.setFont(font, size)
        for ln in closing:
            c.drawString(50, y, ln)
            y -= size + 3
        return []

    return Paper([page])


def borrower_block(names: Sequence[str], street: str, city_line: str) -> list[str]:
    return [*names, street, city_line]


def hb_ack_letter(names: Sequence[str], street: str, city_line: str, loan: str, date: dt.date,
                  got: dt.date) -> Letter:
    paras = [f"Dear {' and '.join(names)}:",
             f"We received your request for mortgage assistance on {long_date(got)}. Thank you for contacting us. "
             "We are reviewing what you sent to see whether it is complete, and we will write to you again if we "
             "need anything more.",
             f"IMPORTANT: the servicing of your loan transfers to {LL['name']} effective {long_date(HB_TRANSFER)}, "
             "as explained in the Notice of Servicing Transfer we mailed to you. Any request for assistance that is "
             "still open on that date, with every document you sent us, will be sent to your new servicer, which "
             "will continue the review. You do not need to send your papers again unless your new servicer asks.",
             "You should also consider contacting the servicer of any other mortgage loan secured by the same "
             "property to discuss the loss mitigation options that may be available."]
    paper = servicer_letter(HB, date, [*names[:1], street, city_line],
                            [("Loan number", loan), ("Request received", mdy(got)), ("Letter date", mdy(date)),
                             ("Questions", HB["phone"])],
                            "Acknowledgment of your request for mortgage assistance", paras,
                            ["Sincerely,", "", "Loss Mitigation Department", HB["name"]])
    return Letter(paper, "other", date)


def incomplete_notice(sv: dict[str, Any], names: Sequence[str], street: str, city_line: str, loan: str,
                      date: dt.date, got: dt.date, items: Sequence[str], by: dt.date, transfer: dt.date) -> Letter:
    """An old servicer's Reg X notice that an application is incomplete: what it lacked, by when."""
    paras = [f"Dear {' and '.join(names)}:",
             f"Thank you for your application for mortgage assistance, which we received on {long_date(got)}. We "
             "have reviewed it and determined that it is INCOMPLETE. To complete your application, please send us "
             "the following documents and information:"]
    after = [f"Please send these items by {long_date(by)}. If we do not receive them, we may not be able to "
             "evaluate you for every option that could be available to you.",
             f"Please note that the servicing of your loan transfers to {LL['name']} effective "
             f"{long_date(transfer)}. After that date, send the items to your new servicer; we will forward to it "
             "everything we have received from you.",
             "You should consider contacting the servicer of any other mortgage loan secured by the same property "
             "to discuss available loss mitigation options. HUD-approved housing counselors can help: "
             "(800) 569-4287."]
    paper = servicer_letter(sv, date, [*names[:1], street, city_line],
                            [("Loan number", loan), ("Application received", mdy(got)), ("Notice date", mdy(date)),
                             ("Reply by", mdy(by))],
                            "Notice of Incomplete Application", paras,
                            ["Sincerely,", "", sv["dept"], sv["name"]],
                            table=[(f"[  ]  {it}", "") for it in items], after=after,
                            font="Helvetica" if sv is CT else "Times-Roman", size=9.5 if sv is CT else 10.5)
    return Letter(paper, "other", date)


def transfer_notice(old: dict[str, Any], names: Sequence[str], street: str, city_line: str, loan: str,
                    date: dt.date, effective: dt.date) -> Letter:
    """The joint Notice of Servicing Transfer (Reg X Appendix MS-2 wording), a "goodbye and welcome" letter."""
    last_day = effective - dt.timedelta(days=1)

    def page(c: Canvas) -> list[Mark]:
        logo(c, old)
        c.setFont("Helvetica", 9)
        c.drawString(50, 702, long_date(date))
        y = 682
        for ln in [*names, street, city_line]:
            c.drawString(50, y, ln)
            y -= 11.5
        c.drawRightString(562, 682, f"Loan number: {loan}")
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 612, "Notice of Servicing Transfer")
        y = paragraphs(c, 50, 588, 512, [
            f"The servicing of your mortgage loan is being transferred, effective {long_date(effective)}. This means "
            "that after this date, a new servicer will be collecting your mortgage loan payments from you. Nothing "
            "else about your mortgage loan will change. Your loan number will not change.",
            f"{old['name']} is now collecting your payments. {old['name']} will stop accepting payments received "
            f"from you after {long_date(last_day)}.",
            f"{LL['name']} will collect your payments going forward. Your new servicer will start accepting payments "
            f"received from you on {long_date(effective)}.",
            f"Send all payments due on or after {long_date(effective)} to {LL['name']} at this address: "
            f"PO Box 71190, Richmond, VA 23255.",
            f"If you have any questions for either your present servicer, {old['name']} or your new servicer "
            f"{LL['name']}, about your mortgage loan or this transfer, please contact them using the information "
            "below:"], font="Helvetica", size=9, leading=12, gap=6)
        y -= 4
        for x, title, sv in ((50, "Current Servicer:", old), (310, "New Servicer:", LL)):
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x, y, title)
            c.setFont("Helvetica", 9)
            for i, ln in enumerate([sv["name"], sv["dept"], sv["phone"], sv["street"], sv["city"]]):
                c.drawString(x, y - 13 - 11 * i, ln)
        y -= 80
        y = paragraphs(c, 50, y, 512, [
            "Under Federal law, during the 60-day period following the effective date of the transfer of the loan "
            "servicing, a loan payment received by your old servicer on or before its due date may not be treated "
            "by the new servicer as late, and a late fee may not be imposed on you.",
            "If you applied for mortgage assistance with your present servicer, your application and the documents "
            "you sent will be transferred to your new servicer with your loan."],
            font="Helvetica", size=9, leading=12, gap=6)
        for x, sv in ((50, old), (310, LL)):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x, y - 14, sv["name"].upper())
            c.setFont("Helvetica", 8.5)
            c.drawString(x, y - 27, mdy(date))
        return []

    return Letter(Paper([page]), "other", date)


def welcome_letter(names: Sequence[str], street: str, city_line: str, loan: str, date: dt.date,
                   old: dict[str, Any], effective: dt.date, payment: float) -> Letter:
    paras = [f"Dear {names[0]}:",
             f"Welcome to {LL['name']}. As of {long_date(effective)} we service the mortgage loan that was serviced by "
             f"{old['name']}. Your loan number stays the same. Your monthly payment of ${money(payment)} is now "
             "payable to us.",
             f"If you asked {old['name']} for help with your payments, we have received your file. If we need "
             "anything else to finish reviewing your request, we will write to you. You may also fax papers to our "
             f"Mortgage Assistance Team at {LL['fax']}; please write your loan number on every page."]
    paper = servicer_letter(LL, date, [*names[:1], street, city_line],
                            [("Loan number", loan), ("Transfer date", mdy(effective)),
                             ("Monthly payment", "$" + money(payment)), ("Customer care", LL["phone"])],
                            "Welcome to Lanternfield Loan Servicing", paras,
                            ["Warm regards,", "", "Customer Care", LL["name"]], font="Helvetica", size=9.5)
    return Letter(paper, "other", date)


def hb_transmittal(date: dt.date, loan: str, borrower: str, items: Sequence[str], got: dt.date) -> Letter:
    paras = ["To the Mortgage Assistance Team:",
             f"The loan below transferred from {HB['name']} to {LL['name']} effective {long_date(HB_TRANSFER)}. The "
             f"borrower's request for mortgage assistance was received by us on {long_date(got)} and was still open "
             "on the transfer date. As required, we forward the original documents listed below, as received.",
             "Our date stamp shows the day each paper reached our mailroom."]
    paper = servicer_letter(HB, date, [LL["name"], LL["dept"], LL["street"], LL["city"]],
                            [("Loan number", loan), ("Borrower", borrower), ("Transfer date", mdy(HB_TRANSFER)),
                             ("Items", str(len(items)))],
                            "Transmittal of loss mitigation documents - transferred loan", paras,
                            ["", "Transfer Services Unit", HB["name"]], table=[("-  " + it, "") for it in items])
    return Letter(paper, "other", date)


def mortgage_statement(sv: dict[str, Any], names: Sequence[str], street: str, city_line: str, prop: str, loan: str,
                       date: dt.date, due: dt.date, pi: float, escrow: float, upb: float, rate: float) -> Letter:
    """A servicer's monthly mortgage (periodic) statement, one payment overdue: not a bank statement - `other`."""
    regular = r2(pi + escrow)
    prev_due = (due.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    late_on = prev_due + dt.timedelta(days=16)
    late_fees = r2(pi * 0.05) if date >= late_on else 0.0
    past_due = regular
    total = r2(regular + past_due + late_fees)

    def page(c: Canvas) -> list[Mark]:
        logo(c, sv)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 700, "Mortgage Statement")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 687, f"Statement date: {mdy(date)}")
        y = 664
        for ln in [*names, street, city_line]:
            c.drawString(50, y, ln)
            y -= 11
        c.setLineWidth(0.6)
        c.rect(330, 600, 232, 94, stroke=1, fill=0)
        rows = [("Account number", loan), ("Payment due date", mdy(due)), ("Amount due", "$" + money(total))]
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica", 8.5)
            c.drawString(338, 676 - 22 * i, k)
            c.setFont("Helvetica-Bold", 11 if i == 2 else 9.5)
            c.drawRightString(554, 676 - 22 * i, v)
        c.setFont("Helvetica", 7)
        c.drawString(338, 607, f"Late fee of ${money(r2(pi * 0.05))} if received after "
                               f"{mdy(due + dt.timedelta(days=15))}.")
        y = 576
        col1 = [("Account Information", ""), ("Outstanding principal", money(upb)), ("Interest rate", f"{rate:.3f}%"),
                ("Prepayment penalty", "None"), ("Property address", prop)]
        col2 = [("Explanation of Amount Due", ""), ("Principal and interest", money(pi)),
                ("Escrow (taxes and insurance)", money(escrow)), ("Regular monthly payment", money(regular)),
                ("Fees and charges since last statement", money(late_fees)), ("Overdue payments", money(past_due)),
                ("Total amount due", money(total))]
        for x, col in ((50, col1), (310, col2)):
            yy = y
            for i, (k, v) in enumerate(col):
                c.setFont("Helvetica-Bold" if i == 0 or k.startswith("Total") else "Helvetica", 8.5)
                c.drawString(x, yy, k)
                if v:
                    c.drawRightString(x + 252 if x > 100 else 290, yy, v if k != "Property address" else "")
                if k == "Property address":
                    c.setFont("Helvetica", 8)
                    c.drawString(x, yy - 11, v)
                yy -= 13
        y -= 104
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Transaction Activity")
        c.setFont("Helvetica-Bold", 7.5)
        y -= 14
        for x, t in ((50, "DATE"), (110, "DESCRIPTION")):
            c.drawString(x, y, t)
        c.drawRightString(440, y, "CHARGES")
        c.drawRightString(560, y, "PAYMENTS")
        c.line(50, y - 4, 562, y - 4)
        c.setFont("Helvetica", 8.5)
        acts = [(prev_due - dt.timedelta(days=29), "Payment received - thank you", "", money(regular)),
                (prev_due, f"Payment due {mdy(prev_due)} - not received", "", "")]
        if late_fees:
            acts.append((late_on, "Late charge", money(late_fees), ""))
        for d, desc, ch, pm in acts:
            y -= 13
            c.drawString(50, y, mdy(d))
            c.drawString(110, y, desc)
            c.drawRightString(440, y, ch)
            c.drawRightString(560, y, pm)
        y -= 30
        c.setFillColor(Color(0.97, 0.93, 0.88))
        c.rect(50, y - 62, 512, 74, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(58, y, "Delinquency Notice")
        paragraphs(c, 58, y - 14, 496, [
            f"You are late on your mortgage payments. As of {mdy(date)} you are {max(1, (date - prev_due).days)} days "
            "delinquent. Failure to bring your loan current may result in fees and foreclosure - the loss of your "
            "home. If you are experiencing financial difficulty, call us or contact a HUD-approved housing "
            "counselor at (800) 569-4287."], font="Helvetica", size=8, leading=10, gap=2)
        c.setDash(4, 3)
        c.line(40, 150, W - 40, 150)
        c.setDash()
        c.setFont("Helvetica", 7)
        c.drawString(50, 154, "Detach and return with your payment")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 130, f"Account number {loan}     Due {mdy(due)}     Amount due ${money(total)}")
        c.drawString(50, 116, "Amount enclosed  $ ______________")
        return []

    return Letter(Paper([page]), "other", date)


def escrow_analysis(sv: dict[str, Any], names: Sequence[str], street: str, city_line: str, loan: str,
                    date: dt.date, first_due: dt.date, pi: float, old_escrow: float, taxes: float, insurance: float,
                    shortage: float) -> Letter:
    """An annual escrow account disclosure statement with a twelve-month projection: type `other`."""
    monthly = r2((taxes + insurance) / 12)
    spread = r2(shortage / 12)
    new_escrow = r2(monthly + spread)

    def page(c: Canvas) -> list[Mark]:
        logo(c, sv)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, 700, "Annual Escrow Account Disclosure Statement")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 687, f"Analysis date {mdy(date)}   -   Loan number {loan}")
        y = 664
        for ln in [*names, street, city_line]:
            c.drawString(50, y, ln)
            y -= 11
        c.rect(330, 610, 232, 70, stroke=1, fill=0)
        rows = [("", "CURRENT", "NEW"), ("Principal and interest", money(pi), money(pi)),
                ("Escrow payment", money(old_escrow), money(new_escrow)),
                ("Total payment", money(r2(pi + old_escrow)), money(r2(pi + new_escrow)))]
        for i, (k, a, b) in enumerate(rows):
            c.setFont("Helvetica-Bold" if i in (0, 3) else "Helvetica", 8)
            c.drawString(336, 666 - 14 * i, k)
            c.drawRightString(490, 666 - 14 * i, a)
            c.drawRightString(556, 666 - 14 * i, b)
        c.setFont("Helvetica", 8)
        c.drawString(336, 614, f"New payment effective {mdy(first_due)}")
        y = 588
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "PROJECTED ESCROW ACTIVITY FOR THE NEXT TWELVE MONTHS")
        y -= 14
        for x, t in ((50, "MONTH"), (140, "DESCRIPTION")):
            c.drawString(x, y, t)
        for x, t in ((380, "PAYMENT IN"), (460, "PAID OUT"), (560, "BALANCE")):
            c.drawRightString(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        outs = [r2(taxes / 2) if k in (1, 7) else (insurance if k == 4 else 0.0) for k in range(12)]
        run, low = 0.0, 0.0
        for k in range(12):
            run = r2(run + monthly - outs[k])
            low = min(low, run)
        bal = r2(2 * monthly - shortage - low)  # the projected low point falls short of the cushion by `shortage`
        c.setFont("Helvetica", 8)
        y -= 12
        c.drawString(140, y, "Projected starting balance")
        c.drawRightString(560, y, money(bal))
        for k in range(12):
            y -= 12
            m = dt.date(first_due.year + (first_due.month + k - 1) // 12, (first_due.month + k - 1) % 12 + 1, 1)
            out = outs[k]
            bal = r2(bal + monthly - out)
            c.drawString(50, y, m.strftime("%b %Y"))
            c.drawString(140, y, "County taxes" if k in (1, 7) else ("Homeowners insurance" if k == 4 else ""))
            c.drawRightString(380, y, money(monthly))
            c.drawRightString(460, y, money(r2(out)) if out else "")
            c.drawRightString(560, y, money(bal))
        y -= 26
        paragraphs(c, 50, y, 512, [
            f"Your projected low balance is ${money(shortage)} below the two-month cushion of "
            f"${money(r2(2 * monthly))} the law allows, a SHORTAGE of ${money(shortage)}, mainly because your "
            "property taxes went up. "
            f"We have spread the shortage over 12 months (${money(spread)} a month). You may instead pay the "
            "shortage in full, and your payment will be lowered.",
            "This statement is for your information. It is not a bill."], font="Helvetica", size=8.5, leading=11)
        return []

    return Letter(Paper([page]), "other", date)


def trial_plan_letter(sv: dict[str, Any], names: Sequence[str], street: str, city_line: str, loan: str,
                      date: dt.date, first: dt.date, payment: float) -> Letter:
    """A prior servicer's Trial Period Plan notice from an earlier request: type `other`."""
    dues = [dt.date(first.year + (first.month + k - 1) // 12, (first.month + k - 1) % 12 + 1, 1) for k in range(3)]
    paras = [f"Dear {' and '.join(names)}:",
             "Good news! You are eligible for a Trial Period Plan. This is the first step toward a permanent "
             "modification of your mortgage. To accept this offer, make your first trial period payment by the "
             "date shown below. Each payment must be received in the month in which it is due.",
             "Trial period payment schedule:"]
    after = ["If you make every trial payment on time, and sign and return the modification agreement we will "
             "send you, your mortgage will be permanently modified. Your existing loan terms stay in effect during "
             "the trial period. We will not start foreclosure while you make the trial payments on time.",
             "Late charges that are unpaid when your loan is modified will be waived."]
    paper = servicer_letter(sv, date, [*names[:1], street, city_line],
                            [("Loan number", loan), ("Offer date", mdy(date)),
                             ("Trial payment", "$" + money(payment)), ("Accept by", mdy(dues[0]))],
                            "Your Trial Period Plan offer", paras, ["Sincerely,", "", sv["dept"], sv["name"]],
                            table=[(f"Payment {i + 1} due {long_date(d)}", "$" + money(payment))
                                   for i, d in enumerate(dues)], after=after, font="Helvetica", size=9.5)
    return Letter(paper, "other", date)


# --- borrowers' papers -----------------------------------------------------------------------------------------


def simple_letterhead(c: Canvas, name: str, sub: str, color: Color) -> None:
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 738, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 725, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, 716, W - 72, 716)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def agency_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = ()) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        simple_letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 692, long_date(date))
        y = 664
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
            c.drawString(310, y, v)
            y -= 15
        y -= 12
        c.setFont("Times-Roman", 11)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Paper([page])


def pension_letter(system: tuple[str, str, Color], member: str, to: Sequence[str], date: dt.date, monthly: float,
                   kind: str, since: dt.date) -> Letter:
    """A public retirement system's benefit verification letter (taxable)."""
    paras = [f"At the member's request, this letter verifies the {kind} paid to {member} by the {system[0].title()}. "
             "The benefit is paid monthly by direct deposit on the last business day of the month. It is reported "
             "on Form 1099-R and is subject to federal income tax.",
             "The benefit continues for the member's lifetime. Its amount changes only by the cost-of-living "
             "adjustment the Board approves each January."]
    table = [("Member", member), ("Benefit type", kind.capitalize()), ("Benefit effective", long_date(since)),
             ("Gross monthly benefit", "$" + money(monthly)), ("Payment frequency", "Monthly")]
    paper = agency_letter(system, date, to, "Re: Benefit verification", paras,
                          ["Sincerely,", "", "Member Services", system[0].title()], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def va_letter(person: str, to: Sequence[str], date: dt.date, monthly: float, effective: dt.date) -> Letter:
    """A VA compensation cost-of-living letter: non-taxable disability compensation."""
    paras = [f"Dear {person}:",
             f"This letter tells you about your VA disability compensation. Because of the cost-of-living "
             f"adjustment, your monthly entitlement changes effective {long_date(effective)}. VA disability "
             "compensation is not taxable income.",
             "Your payment is made monthly, on the first business day of the month for the prior month."]
    paper = agency_letter(("DEPARTMENT OF VETERANS AFFAIRS", "Regional Benefit Office  -  PO Box 8079, Philadelphia, "
                           "PA 19101", Color(0.12, 0.2, 0.42)), date, to, "Your VA benefit summary", paras,
                          ["Sincerely yours,", "", "Veterans Service Center Manager"],
                          [("Service-connected disability rating", "50%"),
                           ("Monthly entitlement amount", "$" + money(monthly)), ("Paid", "Monthly"),
                           ("Effective date", mdy(effective))])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def unemployment_letter(person: str, to: Sequence[str], date: dt.date, weekly: float, claim: str,
                        filed: dt.date) -> Letter:
    paras = [f"This is your monetary determination for the claim you filed on {long_date(filed)}. Based on the wages "
             "your employers reported in your base period, you are monetarily eligible for benefits.",
             "You must request payment every week and keep searching for work. Payments are taxable income; you "
             "chose to have 10% federal income tax withheld."]
    paper = agency_letter(("OHIO JOBS & BENEFITS BUREAU", "Unemployment Compensation  -  PO Box 182404, Columbus, OH "
                           "43218", Color(0.55, 0.1, 0.1)), date, to,
                          f"Determination of benefit amount - claim {claim}", paras,
                          ["Unemployment Compensation Division"],
                          [("Claimant", person), ("Weekly benefit amount", "$" + money(weekly)),
                           ("Maximum benefit amount", "$" + money(weekly * 26)), ("Benefit year begins", mdy(filed))])
    return Letter(paper, "unemployment_benefit_letter", date)


def death_certificate(name: str, died: dt.date, born: dt.date, county: str, spouse: str, issued: dt.date,
                      cert: str) -> Letter:
    """A certified copy of a Michigan-style death record: a bordered grid of numbered items."""

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.3, 0.3, 0.5))
        c.setLineWidth(3)
        c.rect(36, 36, W - 72, H - 72, stroke=1, fill=0)
        c.setLineWidth(0.8)
        c.rect(42, 42, W - 84, H - 84, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 720, "STATE OF MICHIGAN")
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, 700, "CERTIFICATE OF DEATH")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 686, "Department of Health  -  Division for Vital Records and Health Statistics")
        c.drawRightString(W - 60, 664, f"State file number {cert}")
        items = [("1. DECEDENT'S LEGAL NAME", name, 330), ("2. SEX", "Male", 80), ("3. DATE OF DEATH", mdy(died), 82),
                 ("4. DATE OF BIRTH", mdy(born), 110), ("5. AGE", str(died.year - born.year - ((died.month, died.day)
                                                                                             < (born.month, born.day))),
                                                         60), ("6. COUNTY OF DEATH", county, 150),
                 ("7. PLACE OF DEATH", "Hospital - inpatient", 172),
                 ("8. MARITAL STATUS AT TIME OF DEATH", "Married", 210), ("9. SURVIVING SPOUSE", spouse, 282),
                 ("10. INFORMANT", spouse + " (spouse)", 250), ("11. METHOD OF DISPOSITION", "Burial", 242),
                 ("12. FUNERAL HOME", "Vander Ploeg Funeral Chapel, Wyoming MI", 492)]
        x, y = 60.0, 610.0
        for cap, val, wd in items:
            if x + wd > W - 58:
                x, y = 60.0, y - 36
            c.rect(x, y, wd, 34, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 3, y + 26, cap)
            c.setFont("Courier-Bold", 10)
            c.drawString(x + 4, y + 8, val)
            x += wd
        y -= 40
        c.setFont("Helvetica", 6.5)
        c.drawString(60, y, "13. CAUSE OF DEATH - withheld from certified copies issued for non-medical purposes")
        y -= 40
        paragraphs(c, 60, y, W - 120, [
            "I certify that this is a true and correct copy of the record on file in this office.",
            f"Issued {long_date(issued)}. This copy is not valid without the raised seal of the State Registrar."],
            font="Times-Italic", size=10, leading=13)
        c.setStrokeColor(Color(0.5, 0.5, 0.6))
        c.circle(470, 150, 40, stroke=1, fill=0)
        c.setFont("Times-Roman", 7)
        c.drawCentredString(470, 152, "STATE REGISTRAR")
        c.drawCentredString(470, 142, "SEAL")
        return []

    return Letter(Paper([page]), "death_certificate", issued)


def hardship_letter(writers: Sequence[str], address: Sequence[str], loan: str, date: dt.date,
                    to: Sequence[str], paras: Sequence[str], ink: bool, seed: int) -> Paper:
    """A typed hardship letter, addressed to whichever servicer the borrower was writing to; signed in ink only
    when it was printed and mailed or faxed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
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
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Hardship letter - loan number {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["To whom it may concern:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Sincerely,")
        marks = []
        sy = y - 44
        for i, nm in enumerate(writers):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


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
           (420, 571, state), (474, 571, zipc), (27, 506, "Brightline Income Verification Inc"),
           (312, 506, "BIV-40317"), (420, 506, "BRIGHT07"), (27, 484, "77 Lakeview Plaza"),
           (312, 484, "Reston"), (420, 484, "VA"), (474, 484, "20190"), (27, 430, client), (474, 430, client_phone),
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
    return fixed_pypdf_bytes(writer, "cg4506c")


# --- cover sheets (never listed as documents) ----------------------------------------------------------------


def separator_sheet(loan: str) -> Paper:
    """Lanternfield's mailroom separator sheet: a Code 128 barcode reading "LOAN <number>"."""
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        logo(c, LL)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(72, 660, "BATCH SEPARATOR")
        c.setFont("Helvetica", 10)
        c.drawString(72, 640, "Mailroom use only - place in front of each borrower's papers, then scan.")
        c.drawImage(ImageReader(code), 72, 500, width=330, height=92)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, 478, f"LOAN {loan}")
        return []

    return Paper([page])


def servicer_fax_cover(sv: dict[str, Any], date: dt.date, pages: int, loan: str, note: Sequence[str]) -> Paper:
    """An old servicer's typed fax cover for mail it forwards to the new servicer."""

    def page(c: Canvas) -> list[Mark]:
        logo(c, sv)
        c.setFont("Times-Bold", 30)
        c.drawString(50, 660, "Facsimile")
        c.setFont("Times-Roman", 11)
        rows = [("TO", f"{LL['name']} - {LL['dept']}"), ("FAX", LL["fax"]), ("FROM", f"{sv['dept']}, {sv['name']}"),
                ("FAX", sv["fax"]), ("DATE", mdy(date)), ("PAGES", f"{pages} including this cover"),
                ("RE", f"Transferred loan {loan} - forwarded borrower correspondence")]
        y = 620
        c.setLineWidth(0.5)
        for k, v in rows:
            c.setFont("Times-Bold", 10)
            c.drawString(50, y, k)
            c.setFont("Times-Roman", 11)
            c.drawString(120, y, v)
            c.line(115, y - 4, 562, y - 4)
            y -= 24
        paragraphs(c, 50, y - 14, 512, list(note), size=11)
        c.setFont("Times-Italic", 8.5)
        c.drawString(50, 90, "CONFIDENTIALITY NOTICE: this transmission contains nonpublic personal information. If "
                             "you received it in error, call the sender.")
        return []

    return Paper([page])


def store_fax_cover(store: str, store_line: str, to: str, to_fax: str, sender: str, phone: str, date: dt.date,
                    pages: int, note: str, seed: int) -> Paper:
    """A library's or a shipping store's printed fax cover form, filled in by hand."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 22)
        c.drawCentredString(W / 2, 720, store)
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 706, store_line)
        c.setFont("Helvetica-Bold", 40)
        c.drawString(72, 630, "FAX COVER SHEET")
        rows = [("To:", to), ("Fax number:", to_fax), ("From:", sender), ("Phone:", phone), ("Date:", mdy(date)),
                ("Number of pages (with cover):", str(pages)), ("Subject:", note)]
        marks = []
        y = 580
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            x = 72 + stringWidth(k, "Helvetica-Bold", 11) + 8
            c.setLineWidth(0.6)
            c.line(x, y - 3, 540, y - 3)
            marks.append(Mark("hand", x + 6, y, v, size=12, seed=seed + i))
            y -= 34
        c.setFont("Helvetica", 8)
        c.drawString(72, 120, f"{store} is not responsible for the content of faxes sent from this location.")
        return marks

    return Paper([page])


def ll_fax_cover(loan: str, borrower: str, phone: str, date: dt.date, pages: int, sending: Sequence[str],
                 note: str, seed: int) -> Paper:
    """Lanternfield's own printed "Mortgage Assistance Fax Cover Sheet" (from its website), filled in by hand."""
    choices = ["Application", "Pay stubs", "Bank statements", "Hardship letter", "Benefit letters", "Other"]

    def page(c: Canvas) -> list[Mark]:
        logo(c, LL)
        c.setFillColor(LL["color"])
        c.rect(50, 664, 512, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(62, 676, "MORTGAGE ASSISTANCE FAX COVER SHEET")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        c.drawString(50, 646, f"Fax to {LL['fax']}. Use this sheet in front of every fax. Write your loan number on "
                              "every page you send.")
        marks: list[Mark] = []
        boxes = [("LOAN NUMBER", loan, 50, 584, 200), ("BORROWER NAME", borrower, 262, 584, 300),
                 ("PHONE", phone, 50, 534, 200), ("DATE", mdy(date), 262, 534, 140),
                 ("TOTAL PAGES (with this sheet)", str(pages), 414, 534, 148)]
        for i, (cap, val, x, y, wd) in enumerate(boxes):
            c.setLineWidth(0.8)
            c.rect(x, y, wd, 36, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 4, y + 27, cap)
            marks.append(Mark("hand", x + 8, y + 8, val, size=13, seed=seed + i))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 506, "I AM SENDING (check all that apply):")
        for i, ch in enumerate(choices):
            x, y = 50 + (i % 3) * 170, 486 - (i // 3) * 20
            c.rect(x, y - 1, 10, 10, stroke=1, fill=0)
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 16, y, ch)
            if ch in sending:
                marks.append(Mark("hand", x + 1, y, "X", size=12, seed=seed + 20 + i))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 430, "MESSAGE:")
        c.setLineWidth(0.5)
        for k in range(3):
            c.line(50, 408 - 22 * k, 562, 408 - 22 * k)
        marks.append(Mark("hand", 54, 412, note, size=12, seed=seed + 40))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 120, "Lanternfield Loan Servicing, LLC is a debt collector. Information you send is used to "
                              "review you for mortgage assistance.")
        return marks

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
    occupancy: str | None  # None: left blank on the form
    hardships: list[str]
    start: dt.date | None
    duration: str  # short | long | resolved
    income: dict[str, dict[str, float]]  # "b" / "c" (borrower / co-borrower) -> income code -> monthly amount
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    b_signs: bool = True
    b_dates: bool = True
    co_signs: bool = True
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def city_line(self) -> str:
        return f"{self.city}, {self.state} {self.zip}"

    def amount(self, code: str, who: str | None = None) -> float:
        rows = [who] if who else list(self.income)
        return r2(sum(self.income.get(w, {}).get(code, 0.0) for w in rows))

    def total(self, who: str | None = None) -> float:
        return r2(sum(self.amount(k, who) for k in INCOMES))

    @property
    def claimed(self) -> list[str]:
        return [k for k in INCOMES if self.amount(k) > 0]

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = {k: self.amount(k) for k in self.claimed}
        income["total"] = self.total()
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


class Filler:
    """Puts answers on a form: typed in Courier (on screen or before printing) or written with a pen."""

    def __init__(self, c: Canvas, pen: bool, seed: int, size: float = 10.0, font: str = "Courier") -> None:
        self.c, self.pen, self.seed, self.size, self.font = c, pen, seed, size, font
        self.marks: list[Mark] = []

    def text(self, x: float, y: float, value: str, right: float | None = None) -> None:
        if not value:
            return
        if self.pen:
            self.seed += 1
            if right is not None:
                x = right - stringWidth(value, "Helvetica-Oblique", self.size + 1.5) - 4
            self.marks.append(Mark("hand", x, y, value, size=self.size + 1.5, seed=self.seed))
        else:
            self.c.setFont(self.font, self.size)
            if right is not None:
                self.c.drawRightString(right, y, value)
            else:
                self.c.drawString(x, y, value)

    def tick(self, x: float, y: float, box: float = 8.0) -> None:
        """An X in a square box whose bottom-left is (x, y)."""
        if self.pen:
            self.seed += 1
            self.marks.append(Mark("hand", x + 0.5, y + 0.8, "X", size=box + 2, seed=self.seed))
        else:
            self.c.setFont("Courier-Bold", box + 1.5)
            self.c.drawString(x + 1.0, y + 1.2, "X")

    def oval(self, x: float, y: float, w: float) -> None:
        """Fill the oval whose bounding box starts at (x, y), w wide and 0.62 w high."""
        if self.pen:
            self.seed += 1
            self.marks.append(Mark("oval", x, y, w=w, seed=self.seed))
        else:
            self.c.ellipse(x + 1, y + 1, x + w - 1, y + w * 0.62 - 1, stroke=0, fill=1)

    def sign(self, x: float, y: float, w: float, k: int) -> None:
        self.marks.append(Mark("sig", x, y, w=w, seed=self.seed * 7 + k))

    def date(self, x: float, y: float, d: dt.date, ink: bool) -> None:
        if ink:
            self.seed += 1
            self.marks.append(Mark("hand", x, y, mdy(d), size=12, seed=self.seed))
        else:
            self.c.setFont(self.font, self.size)
            self.c.drawString(x, y, mdy(d))


HB_REASONS = ("Unemployment", "Reduction in income (less pay, hours or overtime)",
              "Increase in housing expenses (taxes, insurance, HOA)", "Disaster affecting the home or workplace",
              "Disability or serious illness (borrower or dependent)", "Divorce or legal separation",
              "Separation of borrowers not married to each other", "Death of a borrower or wage earner",
              "Distant employment transfer or relocation", "Other (explain in C5)")
HB_INCOME = ("Wages, salary, overtime, commissions, tips, bonuses", "Self-employment income",
             "Unemployment benefits", "Taxable Social Security, pension, disability, public assistance",
             "Non-taxable Social Security or disability income", "Rental income (after expenses, not mortgage)",
             "Investment or insurance income", "Other (alimony, child support, separate maintenance, other)")


def hbm7(app: App, pen: bool, ink: bool) -> Paper:
    """Harrow Bend's "Homeowner Assistance Worksheet" HBM-7: a THREE-COLUMN GRID of ruled cells, each with a tiny
    numbered caption (A1, A2, ...) over its answer, maroon section bands across the grid, the ten hardship reasons
    as check cells three to a row, the income as a 3 x 3 grid of amount cells (D1..D8 and D9 TOTAL)."""
    col_w = 512 / 3
    maroon = HB["color"]

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(maroon)
        c.rect(50, 736, 30, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 15)
        c.drawCentredString(65, 746, "HB")
        c.setFillColor(maroon)
        c.setFont("Times-Bold", 11.5)
        c.drawString(88, 754, "HARROW BEND MORTGAGE COMPANY")
        c.setFillColor(black)
        c.setFont("Times-Roman", 8)
        c.drawString(88, 742, f"{HB['dept']}  -  {HB['street']}, {HB['city']}  -  Fax {HB['fax']}")
        c.setFont("Helvetica-Bold", 10.5)
        c.drawRightString(562, 756, "HOMEOWNER ASSISTANCE WORKSHEET")
        c.setFont("Helvetica", 7)
        c.drawRightString(562, 745, "Form HBM-7 (09/2051)")
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 30, f"HBM-7 (09/2051)      Page {n} of 2")

    def band(c: Canvas, y: float, title: str) -> float:
        c.setFillColor(maroon)
        c.rect(50, y, 512, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y + 4, title)
        c.setFillColor(black)
        return y

    def cell(c: Canvas, col: int, y: float, caption: str, span: int = 1, h: float = 28) -> tuple[float, float]:
        x = 50 + col * col_w
        c.setLineWidth(0.5)
        c.rect(x, y, col_w * span, h, stroke=1, fill=0)
        c.setFont("Helvetica", 5.8)
        c.drawString(x + 3, y + h - 7, caption)
        return x + 5, y + 6

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(c, pen, app.seed)
        head(c, 1)
        paragraphs(c, 50, 722, 512, [
            "Complete every cell that applies to you. Where a cell shows a box, mark it with an X. Sign page 2. "
            "Send the worksheet with the documents listed on our checklist to the address or fax number above."],
            font="Helvetica", size=7.5, leading=9)
        y = band(c, 690, "PART A    ACCOUNT AND BORROWERS") - 28
        rows = [[("A1 LOAN NUMBER", app.loan), ("A2 BORROWER'S FULL NAME", app.borrower),
                 ("A3 BORROWER SSN (LAST 4)", app.ssn[-4:])],
                [("A4 CO-BORROWER'S FULL NAME (IF ANY)", app.co or ""),
                 ("A5 CO-BORROWER SSN (LAST 4)", (app.co_ssn or "")[-4:]), ("A6 BEST PHONE NUMBER", app.phone)],
                [("A7 E-MAIL ADDRESS", app.email), ("A8 PREFERRED CONTACT", "Cell phone"),
                 ("A9 ACTIVE-DUTY MILITARY?", "No")]]
        for row in rows:
            for col, (cap, val) in enumerate(row):
                x, yy = cell(c, col, y, cap)
                f.text(x, yy, val)
            y -= 28
        y = band(c, y - 8, "PART B    THE PROPERTY") - 28
        for col, (cap, val) in enumerate([("B1 PROPERTY STREET ADDRESS", app.street), ("B2 CITY", app.city),
                                          ("B3 STATE AND ZIP CODE", f"{app.state}  {app.zip}")]):
            x, yy = cell(c, col, y, cap)
            f.text(x, yy, val)
        y -= 28
        occ = ["Primary residence (I live here)", "Second home", "Investment / rental property"]
        for col, label in enumerate(occ):
            x, yy = cell(c, col, y, "B4 OCCUPANCY - MARK ONE" if col == 0 else "")
            c.rect(x, yy, 8, 8, stroke=1, fill=0)
            c.setFont("Helvetica", 8)
            c.drawString(x + 13, yy + 1, label)
            if app.occupancy == OCCUPANCIES[col]:
                f.tick(x, yy)
        y -= 28
        for col, (cap, val) in enumerate([("B5 I WANT TO", "Keep the property"), ("B6 LISTED FOR SALE?", "No"),
                                          ("B7 HOA DUES PER MONTH", "None")]):
            x, yy = cell(c, col, y, cap)
            f.text(x, yy, val)
        y -= 28
        y = band(c, y - 8, "PART C    HARDSHIP") - 28
        dur = {"short": "Short-term (6 mo or less)", "long": "Long-term / permanent", "resolved": "Resolved"}
        for col, (cap, val) in enumerate([("C1 DATE HARDSHIP BEGAN (MM/DD/YYYY)", mdy(app.start) if app.start else ""),
                                          ("C2 EXPECTED TO LAST", dur[app.duration]),
                                          ("C3 IF RESOLVED, DATE", "")]):
            x, yy = cell(c, col, y, cap)
            f.text(x, yy, val)
        y -= 28
        for i, reason in enumerate(HB_REASONS):
            col = i % 3
            if i and col == 0:
                y -= 28
            x, yy = cell(c, col, y, f"C4.{i + 1}")
            c.rect(x, yy + 3, 8, 8, stroke=1, fill=0)
            lines = wrap(reason, "Helvetica", 7, col_w - 24)
            c.setFont("Helvetica", 7)
            for k, ln in enumerate(lines[:2]):
                c.drawString(x + 12, yy + 6 - 8 * k + (4 if len(lines) > 1 else 0), ln)
            if HARDSHIPS[i] in app.hardships:
                f.tick(x, yy + 3)
        y -= 28
        x, yy = cell(c, 0, y, "C5 EXPLAIN AN OTHER HARDSHIP (C4.10)", span=3)
        f.text(x, yy, app.other_text)
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(c, pen, app.seed + 100)
        head(c, 2)
        c.setLineWidth(0.5)
        c.rect(392, 700, 170, 26, stroke=1, fill=0)
        c.setFont("Helvetica", 5.8)
        c.drawString(395, 719, "LOAN NUMBER (REPEAT)")
        f.text(397, 705, app.loan)
        y = band(c, 676, "PART D    MONTHLY GROSS INCOME (BEFORE TAXES) - ALL BORROWERS TOGETHER") - 38
        for i in range(9):
            col = i % 3
            if i and col == 0:
                y -= 38
            label = HB_INCOME[i] if i < 8 else "TOTAL MONTHLY INCOME (D1 through D8)"
            x, yy = cell(c, col, y, "", h=38)
            c.setFont("Helvetica-Bold" if i == 8 else "Helvetica", 6.3)
            for k, ln in enumerate(wrap(f"D{i + 1}  {label}", "Helvetica", 6.3, col_w - 8)[:2]):
                c.drawString(x - 2, y + 30 - 7.5 * k, ln)
            c.setFont("Helvetica", 9)
            c.drawString(x, yy, "$")
            amount = app.amount(INCOMES[i]) if i < 8 else app.total()
            if amount > 0:
                f.text(x + 10, yy, money(amount), right=50 + (col + 1) * col_w - 6)
        y -= 46
        y = band(c, y, "PART E    ASSETS") - 28
        for col, (cap, val) in enumerate([("E1 CHECKING ACCOUNTS AND CASH", "$ 640.00"),
                                          ("E2 SAVINGS, MONEY MARKET, CDs", "$ 0.00"), ("E3 OTHER (NOT RETIREMENT)",
                                                                                        "None")]):
            x, yy = cell(c, col, y, cap)
            f.text(x, yy, val)
        y -= 14
        y = band(c, y - 8, "PART F    CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 52, y - 12, 508, [
            "I certify that the information in this worksheet is true and that the hardship I described contributed "
            "to my need for mortgage relief. I agree to provide the documents Harrow Bend requests and consent to a "
            "credit report for each borrower named. Knowingly false statements may violate federal law. If the "
            "servicing of my loan is transferred, I authorize Harrow Bend to send this worksheet and my documents "
            "to the new servicer."], font="Helvetica", size=7.5, leading=9.5)
        y -= 34
        people = [("F1 BORROWER SIGNATURE", "F2 DATE (MM/DD/YYYY)", app.b_signs, app.b_dates, app.borrower),
                  ("F3 CO-BORROWER SIGNATURE", "F4 DATE (MM/DD/YYYY)", bool(app.co) and app.co_signs,
                   bool(app.co) and app.co_signs, app.co or "")]
        for k, (cap, dcap, signs, dates, name) in enumerate(people):
            x, yy = cell(c, 0, y, cap, span=2, h=34)
            c.setFont("Helvetica", 6)
            c.drawString(50 + 2 * col_w - 140, y + 27, f"Printed name: {name}")
            if signs:
                f.sign(x + 20, yy, 190, k)
            x2, yy2 = cell(c, 2, y, dcap, h=34)
            if dates:
                f.date(x2 + 4, yy2 + 2, app.signed_on, ink)
            y -= 34
        return f.marks

    return Paper([page1, page2])


CT_REASONS = ("Job loss or unemployment", "Reduced income (hours, pay or overtime cut)",
              "Higher housing costs (taxes, insurance, HOA)", "Natural or man-made disaster",
              "Illness or disability of a borrower or dependent", "Divorce or legal separation",
              "Separation of unmarried co-borrowers", "Death of a borrower or wage earner",
              "Job transfer or relocation far away", "Other - describe:")
CT_INCOME = ("Wages, salary, overtime, tips, bonus", "Self-employment", "Unemployment benefits",
             "Taxable Soc. Sec., pension, disability, public aid", "Non-taxable Soc. Sec. or disability",
             "Rental (net of expenses, not mortgage)", "Investment or insurance", "Other: alimony, child support")


def ctm22(app: App, pen: bool, ink: bool) -> Paper:
    """Copperfield Trust's "Loss Mitigation Application" CTM-22: page 1 portrait (who is applying as a table whose
    ROWS are Borrower / Co-borrower, the property, the hardship with two columns of boxes); page 2 LANDSCAPE, whose
    income section is a TABLE OF ROWS Borrower / Co-borrower / Household total and COLUMNS D1..D8 (the income types)
    and D9 Total, the signatures side by side below it."""
    copper = CT["color"]

    def head(c: Canvas, pw: float, top: float, n: int) -> None:
        c.setStrokeColor(copper)
        c.setFillColor(copper)
        c.setLineWidth(3)
        c.circle(66, top - 14, 13, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(66, top - 19, "C")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(88, top - 10, "Copperfield Trust")
        c.setFont("Helvetica", 7.5)
        c.drawString(88, top - 21, f"MORTGAGE SERVICING  -  Grand Rapids, Michigan  -  Fax {CT['fax']}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawRightString(pw - 50, top - 10, "LOSS MITIGATION APPLICATION")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(pw - 50, top - 21, f"Form CTM-22 (Rev. 01/2052)    page {n} of 2")
        c.setLineWidth(0.8)
        c.line(50, top - 30, pw - 50, top - 30)
        c.setStrokeColor(black)

    def section(c: Canvas, y: float, letter_: str, title: str, pw: float = W) -> float:
        c.setFillColor(copper)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, f"SECTION {letter_}")
        c.setFillColor(black)
        c.drawString(120, y, title)
        c.setStrokeColor(copper)
        c.setLineWidth(1.6)
        c.line(50, y - 5, pw - 50, y - 5)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        return y - 22

    def line_field(c: Canvas, f: Filler, x: float, y: float, w: float, label: str, value: str) -> None:
        c.setFont("Helvetica", 8)
        c.drawString(x, y, label)
        lx = x + stringWidth(label, "Helvetica", 8) + 4
        c.line(lx, y - 2, x + w, y - 2)
        f.text(lx + 3, y + 1, value)

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(c, pen, app.seed)
        head(c, W, 770, 1)
        c.rect(402, 700, 160, 26, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(406, 719, "COPPERFIELD LOAN NUMBER")
        f.text(408, 705, app.loan)
        paragraphs(c, 50, 718, 340, [
            "Answer every question. Mark boxes with an X. The borrower and any co-borrower sign page 2. Return this "
            "application with the documents on the enclosed checklist."], font="Helvetica", size=7.5, leading=9)
        y = section(c, 680, "A", "WHO IS APPLYING")
        cols = [("", 80), ("Full name", 170), ("SSN - last 4", 62), ("Phone", 90), ("E-mail", 110)]
        c.setFillColor(Color(0.96, 0.92, 0.87))
        c.rect(50, y - 4, 512, 14, stroke=0, fill=1)
        c.setFillColor(black)
        x = 50.0
        c.setFont("Helvetica-Bold", 7.5)
        for cap, wd in cols:
            c.drawString(x + 3, y, cap)
            x += wd
        rows = [("Borrower", [app.borrower, app.ssn[-4:], app.phone, app.email]),
                ("Co-borrower", [app.co or "", (app.co_ssn or "")[-4:], app.phone if app.co else "", ""])]
        for label, vals in rows:
            y -= 22
            c.rect(50, y - 6, 512, 22, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(53, y + 1, label)
            x = 50.0 + cols[0][1]
            for (_, wd), v in zip(cols[1:], vals, strict=True):
                c.line(x, y - 6, x, y + 16)
                f.size = 9.0 if wd < 100 else (8.0 if wd == 110 else 10.0)
                f.text(x + 4, y, v)
                x += wd
        f.size = 10.0
        y = section(c, y - 34, "B", "THE PROPERTY")
        line_field(c, f, 50, y, 512, "B1 Street address", app.street)
        y -= 24
        line_field(c, f, 50, y, 250, "B2 City", app.city)
        line_field(c, f, 310, y, 90, "B3 State", app.state)
        line_field(c, f, 410, y, 152, "B3 ZIP", app.zip)
        y -= 26
        c.setFont("Helvetica", 8)
        c.drawString(50, y, "B4 How is the property used? (mark one)")
        occ = [("We live there - primary residence", 50), ("Second home", 230), ("Rental / investment", 340)]
        for i, (label, x) in enumerate(occ):
            c.rect(x, y - 17, 8, 8, stroke=1, fill=0)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 12, y - 16, label)
            if app.occupancy == OCCUPANCIES[i]:
                f.tick(x, y - 17)
        y -= 40
        line_field(c, f, 50, y, 260, "B5 Do you want to keep the property?", "Yes")
        line_field(c, f, 320, y, 242, "B6 HOA dues a month", "None")
        y = section(c, y - 30, "C", "YOUR HARDSHIP")
        line_field(c, f, 50, y, 300, "C1 When did the hardship begin? (mm/dd/yyyy)",
                   mdy(app.start) if app.start else "")
        y -= 24
        c.setFont("Helvetica", 8)
        c.drawString(50, y, "C2 Do you expect it to be")
        for label, key, x in [("temporary (6 months or less)", "short", 160), ("long-term or permanent", "long", 310),
                              ("resolved", "resolved", 440)]:
            c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, y, label)
            if app.duration == key:
                f.tick(x, y - 1)
        y -= 24
        c.setFont("Helvetica", 8)
        c.drawString(50, y, "C3 What caused it? Mark every cause that applies.")
        y -= 18
        for i, reason in enumerate(CT_REASONS):
            x = 60 if i < 5 else 310
            yy = y - (i % 5) * 18
            c.rect(x, yy - 1, 8, 8, stroke=1, fill=0)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 13, yy, reason)
            if HARDSHIPS[i] in app.hardships:
                f.tick(x, yy - 1)
        c.line(400, y - 74, 562, y - 74)
        f.text(403, y - 71, app.other_text)
        c.setFont("Helvetica", 7)
        c.drawString(50, 40, "CTM-22 (Rev. 01/2052)  -  Copperfield Trust Mortgage Servicing is a debt collector.")
        return f.marks

    pw, ph = landscape(letter)

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(c, pen, app.seed + 200, size=9.5)
        head(c, pw, ph - 22, 2)
        c.setFont("Helvetica", 8)
        c.drawString(50, ph - 66, "Copperfield loan number")
        c.rect(150, ph - 72, 120, 20, stroke=1, fill=0)
        f.text(155, ph - 66, app.loan)
        y = section(c, ph - 96, "D", "MONTHLY INCOME BEFORE TAXES - one row for each person, whole dollars and cents",
                    pw)
        label_w = 92.0
        col_w = (pw - 100 - label_w) / 9
        top = y + 6
        hh = 44.0
        c.setFillColor(Color(0.96, 0.92, 0.87))
        c.rect(50, top - hh, pw - 100, hh, stroke=0, fill=1)
        c.setFillColor(black)
        c.setLineWidth(0.6)
        heads = [f"D{i + 1} {t}" for i, t in enumerate(CT_INCOME)] + ["D9 TOTAL (D1-D8)"]
        for i, hd in enumerate(heads):
            x = 50 + label_w + i * col_w
            c.setFont("Helvetica-Bold" if i == 8 else "Helvetica", 6.6)
            for k, ln in enumerate(wrap(hd, "Helvetica", 6.6, col_w - 6)[:4]):
                c.drawString(x + 3, top - 9 - 8 * k, ln)
        rows = [("Borrower", "b"), ("Co-borrower", "c"), ("HOUSEHOLD TOTAL", None)]
        y = top - hh
        for label, who in rows:
            y -= 26
            c.rect(50, y, pw - 100, 26, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(54, y + 9, label)
            for i in range(9):
                x = 50 + label_w + i * col_w
                c.line(x, y, x, top)
                amt = (app.amount(INCOMES[i], who) if who else app.amount(INCOMES[i])) if i < 8 else app.total(who)
                if amt > 0 and (who != "c" or app.co):
                    f.text(x + 4, y + 9, money(amt), right=x + col_w - 4)
        c.rect(50, y, pw - 100, top - y, stroke=1, fill=0)
        y = section(c, y - 30, "E", "ASSETS", pw)
        line_field(c, f, 50, y, 330, "E1 Checking and savings accounts, cash on hand  $", "1,100.00")
        line_field(c, f, 400, y, 300, "E2 Other assets (not retirement)", "None")
        y = section(c, y - 26, "F", "CERTIFICATION AND SIGNATURES", pw)
        y = paragraphs(c, 50, y, pw - 100, [
            "Each of us certifies that the information in this application is true and complete and that the hardship "
            "described contributed to our need for mortgage relief. We agree to provide the documents Copperfield "
            "requests, consent to a credit report, and understand that knowingly false statements may violate federal "
            "law. If the servicing of the loan is transferred, this application and our documents may be sent to the "
            "new servicer."], font="Helvetica", size=8, leading=10)
        y -= 36
        people = [("Borrower", app.borrower, app.b_signs, app.b_dates, 50),
                  ("Co-borrower", app.co or "", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 410)]
        for k, (role, name, signs, dates, x) in enumerate(people):
            c.setLineWidth(0.6)
            c.line(x, y, x + 200, y)
            c.line(x + 220, y, x + 330, y)
            c.setFont("Helvetica", 7)
            c.drawString(x, y - 10, f"{role} signature")
            c.drawString(x + 220, y - 10, "Date signed (mm/dd/yyyy)")
            c.drawString(x, y - 20, f"Printed name: {name}")
            if signs:
                f.sign(x + 10, y + 2, 160, k)
            if dates:
                f.date(x + 226, y + 3, app.signed_on, ink)
        return f.marks

    return Paper([page1, page2], sizes=[letter, (pw, ph)])


LL_REASONS = ("Unemployment", "Reduction in income", "Increase in housing-related expenses", "Disaster",
              "Long-term disability or serious illness", "Divorce or legal separation",
              "Separation of borrowers not married to each other", "Death of a borrower or wage earner",
              "Distant employment transfer / relocation", "Other hardship (describe)")
LL_INCOME = ("Gross wages, salary, overtime, commissions, tips and bonuses", "Self-employment income",
             "Unemployment benefits", "Taxable Social Security, pension, disability, public assistance",
             "Non-taxable Social Security or disability income", "Rental income (less expenses other than mortgage)",
             "Investment or insurance income", "Other income (alimony, child support, separate maintenance, other)")


def lls410(app: App, pen: bool, ink: bool) -> Paper:
    """Lanternfield's own "Mortgage Assistance Application" LLS-410: a scanner-ready form with numbered panels,
    answers PRINTED IN ROUNDED BOXES with the label over each box, and every choice an OVAL to fill in
    (occupancy, co-borrower none, duration, the ten hardship causes)."""
    navy = LL["color"]
    ow = 11.0  # oval width

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(navy)
        p = c.beginPath()
        p.moveTo(53, 736)
        p.lineTo(67, 736)
        p.lineTo(70, 756)
        p.lineTo(50, 756)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(55, 756, 10, 4, stroke=0, fill=1)
        c.setFillColor(Color(0.98, 0.78, 0.2))
        c.circle(60, 746, 4, stroke=0, fill=1)
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(80, 750, "LANTERNFIELD LOAN SERVICING")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(80, 733, "Mortgage Assistance Application")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(562, 754, f"Form LLS-410 (03/2052)  -  page {n} of 2")
        c.drawRightString(562, 743, f"Fax {LL['fax']}  -  Phone {LL['phone']}")
        c.drawRightString(562, 732, f"{LL['street']}, {LL['city']}")
        c.setFont("Helvetica", 7)
        for k in range(4):  # scanner registration marks
            x, y = (40 if k % 2 == 0 else W - 48), (770 if k < 2 else 28)
            c.rect(x, y, 8, 8, stroke=0, fill=1)

    def panel(c: Canvas, y: float, num: int, title: str) -> float:
        c.setFillColor(navy)
        c.circle(60, y + 4, 9, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(60, y + 0.5, str(num))
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(76, y, title)
        c.setFillColor(black)
        return y - 14

    def box(c: Canvas, f: Filler, x: float, y: float, w: float, label: str, value: str, h: float = 20,
            right: bool = False) -> None:
        c.setFont("Helvetica", 6.8)
        c.drawString(x + 2, y + h + 2.5, label.upper())
        c.setLineWidth(0.7)
        c.roundRect(x, y, w, h, 4, stroke=1, fill=0)
        f.text(x + 6, y + 6, value, right=(x + w - 6) if right else None)

    def oval(c: Canvas, f: Filler, x: float, y: float, label: str, on: bool, size: float = 8.5) -> float:
        c.setLineWidth(0.7)
        c.ellipse(x, y, x + ow, y + ow * 0.62, stroke=1, fill=0)
        if on:
            f.oval(x, y, ow)
        c.setFont("Helvetica", size)
        c.drawString(x + ow + 4, y + 0.6, label)
        return x + ow + 10 + stringWidth(label, "Helvetica", size)

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(c, pen, app.seed, font="Helvetica", size=10.5)
        head(c, 1)
        c.setFont("Helvetica", 8)
        c.drawString(50, 712, "Print in capital letters or type inside the boxes. Fill each oval completely, like")
        c.ellipse(345, 711, 345 + ow, 711 + ow * 0.62, stroke=0, fill=1)
        c.drawString(361, 712, ". Do not write outside the boxes.")
        y = panel(c, 686, 1, "YOUR LOAN") - 24
        box(c, f, 76, y, 170, "Loan number", app.loan)
        box(c, f, 262, y, 300, "Servicer that sent your last statement", "")
        y = panel(c, y - 22, 2, "BORROWER") - 24
        box(c, f, 76, y, 250, "Full name", app.borrower)
        box(c, f, 338, y, 70, "SSN - last 4", app.ssn[-4:])
        box(c, f, 420, y, 142, "Phone", app.phone)
        y -= 34
        box(c, f, 76, y, 332, "E-mail", app.email)
        y = panel(c, y - 22, 3, "CO-BORROWER") - 8
        oval(c, f, 76, y, "There is no co-borrower on this loan", app.co is None)
        y -= 34
        box(c, f, 76, y, 250, "Full name", app.co or "")
        box(c, f, 338, y, 70, "SSN - last 4", (app.co_ssn or "")[-4:])
        y = panel(c, y - 22, 4, "PROPERTY") - 24
        box(c, f, 76, y, 486, "Street address", app.street)
        y -= 34
        box(c, f, 76, y, 250, "City", app.city)
        box(c, f, 338, y, 70, "State", app.state)
        box(c, f, 420, y, 142, "ZIP code", app.zip)
        y -= 20
        c.setFont("Helvetica-Bold", 8)
        c.drawString(76, y, "This property is:")
        x = 160.0
        for i, label in enumerate(["my primary residence", "a second home", "an investment property"]):
            x = oval(c, f, x, y - 1, label, app.occupancy == OCCUPANCIES[i])
        y = panel(c, y - 26, 5, "HARDSHIP") - 24
        box(c, f, 76, y, 120, "Began on (MM/DD/YYYY)", mdy(app.start) if app.start else "")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(214, y + 7, "Expected to be:")
        x = 284.0
        for label, key in [("short-term", "short"), ("long-term", "long"), ("resolved", "resolved")]:
            x = oval(c, f, x, y + 6, label, app.duration == key)
        y -= 18
        c.setFont("Helvetica-Bold", 8)
        c.drawString(76, y, "Cause - fill every oval that applies:")
        y -= 16
        for i, reason in enumerate(LL_REASONS):
            oval(c, f, 80 if i < 5 else 322, y - (i % 5) * 15, reason, HARDSHIPS[i] in app.hardships, size=8)
        y -= 5 * 15 + 22
        box(c, f, 76, y, 486, "If other, describe", app.other_text)
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(c, pen, app.seed + 300, font="Helvetica", size=10.5)
        head(c, 2)
        box(c, f, 392, 700, 170, "Loan number", app.loan)
        y = panel(c, 690, 6, "MONTHLY GROSS INCOME (before taxes) - all borrowers") - 8
        c.setFont("Helvetica", 7.5)
        c.drawString(76, y, "Leave a box empty if you have no income of that kind.")
        y -= 26
        for i, label in enumerate(LL_INCOME):
            c.setFont("Helvetica", 8.5)
            c.drawString(76, y + 6, label)
            c.drawString(430, y + 6, "$")
            c.setLineWidth(0.7)
            c.roundRect(440, y, 122, 20, 4, stroke=1, fill=0)
            amt = app.amount(INCOMES[i])
            if amt > 0:
                f.text(446, y + 6, money(amt), right=556)
            y -= 26
        c.setFont("Helvetica-Bold", 9)
        c.drawString(76, y + 6, "7   TOTAL MONTHLY GROSS INCOME")
        c.drawString(430, y + 6, "$")
        c.setLineWidth(1.4)
        c.roundRect(440, y, 122, 20, 4, stroke=1, fill=0)
        f.text(446, y + 6, money(app.total()), right=556)
        y = panel(c, y - 30, 8, "ASSETS") - 24
        box(c, f, 76, y, 150, "Checking and cash", "$ 910.00")
        box(c, f, 238, y, 150, "Savings, CDs", "$ 0.00")
        box(c, f, 400, y, 162, "Other (not retirement)", "")
        y = panel(c, y - 22, 9, "SIGN AND DATE")
        y = paragraphs(c, 76, y - 2, 486, [
            "I certify that all of the information in this application is true and that the hardship I identified "
            "contributed to my need for mortgage relief. I agree to provide all required documents, I consent to a "
            "credit report for each borrower, and I understand that knowingly false statements may violate Federal "
            "law."], font="Helvetica", size=7.5, leading=9.5)
        y -= 40
        people = [("Borrower signature", app.b_signs, app.b_dates), ("Co-borrower signature",
                                                                     bool(app.co) and app.co_signs,
                                                                     bool(app.co) and app.co_signs)]
        for k, (label, signs, dates) in enumerate(people):
            c.setLineWidth(0.7)
            c.line(76, y, 380, y)
            c.setFont("Helvetica", 6.8)
            c.drawString(78, y - 9, label.upper())
            c.roundRect(400, y - 2, 162, 22, 4, stroke=1, fill=0)
            c.drawString(402, y + 22.5, "DATE (MM/DD/YYYY)")
            if signs:
                f.sign(96, y + 2, 200, k)
            if dates:
                f.date(408, y + 4, app.signed_on, ink)
            y -= 52
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


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    covers: list[tuple[str, int]] = field(default_factory=list)  # fax covers and separator sheets (not listed)
    pages: dict[str, int] = field(default_factory=dict)

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            else:
                self.covers += [(rel, page + i) for i in range(n)]
            page += n
        self.pages[rel] = page - 1

    def images(self, rel: str, parts: Sequence[tuple[Doc | None, list[Sheet]]]) -> None:
        """An image-only file (scan or fax) of the given parts in order; None marks a cover or separator."""
        sheets: list[Sheet] = []
        for doc, pages in parts:
            span = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
            if doc is not None:
                doc.pages = span
                doc.scanned = True
                self.docs.append(doc)
            else:
                self.covers += span
            sheets.extend(pages)
        self.files[rel] = images_pdf(sheets)
        self.pages[rel] = len(sheets)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", dict(s.fields), s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date)


def other_doc() -> Doc:
    return Doc("other", {})


HARDSHIP_PAPERS = {"disability_or_illness": {"hardship_letter", "medical_statement"},
                   "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
                   "separation_unmarried": {"quitclaim_deed"}, "death": {"death_certificate", "obituary"},
                   "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet. Freshness is judged by each paper's
    own date (pay date, period end, letter date) against the packet's received_on at the NEW servicer - never by
    an old servicer's RECEIVED stamp or a fax header's date."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    blanks = {"loan_number": not app.loan, "borrower_name": not app.borrower, "property_address": not app.street,
              "occupancy": app.occupancy is None, "hardship_types": not app.hardships,
              "hardship_start_date": app.start is None, "income": not app.claimed}
    out += [f"application_field:{k}" for k, blank in blanks.items() if blank]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]
    pnl = [d for d in docs if d.type == "profit_and_loss_statement" and d.signed and fresh(d.date)]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    def two(kind: str) -> bool:
        return sum(1 for d in docs if d.type == kind and fresh(d.date)) >= 2

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or bool(pnl), "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank or two("rent_check"), "investment": two_bank or two("investment_statement"),
             "other": two_bank}
    out += [f"income_doc:{k}" for k in app.claimed if not rules[k]]
    types = {d.type for d in docs}
    out += [f"hardship_doc:{h}" for h in app.hardships if h in HARDSHIP_PAPERS and not HARDSHIP_PAPERS[h] & types]
    if (app.amount("self_employment") > 0 or app.amount("rental") > 0) and not any(
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


WH_OVF = Withholding(0.085, 0.0275, "Ohio income tax", 0.025, "Columbus city tax",
                     (("Medical plan", 71.40), ("401(k) salary deferral", 60.00)))
WH_TCP = Withholding(0.075, 0.0275, "Ohio withholding", 0.025, "Reynoldsburg city tax", (("Union dues", 14.50),))
WH_LGW = Withholding(0.07, 0.0275, "Ohio withholding", 0.02, "Lancaster city tax", (("Health ins", 38.25),))
WH_OVT = Withholding(0.09, 0.0275, "Ohio income tax", 0.025, "Columbus city tax",
                     (("Pension contribution", 124.00), ("Medical", 92.30)))
WH_GVM = Withholding(0.09, 0.0425, "Michigan income tax", 0.015, "Grand Rapids city tax",
                     (("MERS pension", 115.50), ("Health plan", 84.00)))
WH_GRM = Withholding(0.08, 0.0425, "Michigan income tax", 0.0, "", (("Medical", 52.80),))
WH_KDG = Withholding(0.085, 0.0425, "Michigan income tax", 0.015, "Grand Rapids city tax",
                     (("Dental/vision", 21.60), ("Retirement 3%", 54.60)))


def stamp(sv: dict[str, Any], day: dt.date, cx: float, cy: float, angle: float, seed: int) -> Stamp:
    dept = "HARROW BEND MORTGAGE CO. - LOSS MITIGATION" if sv is HB else "COPPERFIELD TRUST - HOMEOWNER RETENTION"
    return Stamp(("RECEIVED", day.strftime("%b %d %Y").upper(), dept), cx, cy, angle, seed)


def packet_cg1(seed: int) -> Packet:
    """Harrow Bend forwarded the originals the borrower mailed it in February; Lanternfield scanned the box in
    colour behind its separator sheet. Complete."""
    received = dt.date(2052, 3, 12)
    got = dt.date(2052, 2, 26)
    stubs = [tiles_stub(seed, "Orchard Valley Foods, Inc.", "2600 Harmon Avenue, Columbus, OH 43223",
                        "Delphine R. Ashworth", "OVF-30418", "Quality Assurance", d, 24.85, WH_OVF)
             for d in (dt.date(2052, 2, 9), dt.date(2052, 2, 23))]
    app = App("0071829364", "Delphine R. Ashworth", "951-44-7302", "4127 Sawmill Creek Drive", "Grove City", "OH",
              "43123", "(614) 555-0118", "d.ashworth@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2051, 11, 3), "long", {"b": {"wages": stubs[0].monthly}}, dt.date(2052, 2, 22),
              seed=seed + 11)
    p = Packet("cg1", received, app, [])
    names = [app.borrower]
    on = dt.date(2052, 2, 22)
    hl = hardship_letter(names, [app.street, app.city_line], app.loan, on, [HB["name"], HB["dept"], HB["street"],
                                                                             HB["city"]], [
        "In November the plant where I work cut our department to one shift and ended all overtime. I used to work "
        "six to eight hours of overtime every pay period, and that is gone. My base pay did not change, but my "
        "take-home pay dropped by about six hundred dollars a month.",
        "I paid the mortgage on time for eleven years. I fell behind in January and I am asking Harrow Bend to "
        "review me for a loan modification or any program that brings my payment in line with what I earn now."],
        ink=True, seed=seed + 13)
    ack = hb_ack_letter(names, app.street, app.city_line, app.loan, dt.date(2052, 2, 28), got)
    items = ["Homeowner Assistance Worksheet HBM-7 (2 pages)", "Hardship letter dated 02/22/2052",
             "Pay statements dated 02/09/2052 and 02/23/2052", "Copy of our acknowledgment letter of 02/28/2052"]
    tr = hb_transmittal(dt.date(2052, 3, 6), app.loan, app.borrower, items, got)
    style = Scan(dpi=200, tilt=0.3, blur=0.5, noise=0.00015, color=True)
    p.images("LLS_MAILROOM_20520312_0007.pdf", [
        (None, scan(separator_sheet(app.loan), style, seed + 100)),
        (other_doc(), scan(tr.paper, style, seed + 101)),
        (other_doc(), scan(ack.paper, style, seed + 102)),
        (app_doc(), scan(hbm7(app, pen=False, ink=True), style, seed + 103,
                         {0: stamp(HB, got, 440, 60, -5.0, seed + 1)})),
        (hardship_doc(on), scan(hl, style, seed + 104, {0: stamp(HB, got, 455, 118, 3.0, seed + 2)})),
        (stub_doc(stubs[0]), scan(stubs[0].paper, style, seed + 105, {0: stamp(HB, got, 312, 92, -3.5, seed + 3)})),
        (stub_doc(stubs[1]), scan(stubs[1].paper, style, seed + 106, {0: stamp(HB, got, 318, 96, 2.0, seed + 4)})),
    ])
    return p


def packet_cg2(seed: int) -> Packet:
    """The borrower faxed Harrow Bend in February; Harrow Bend forwarded the fax to Lanternfield in June, so the
    borrower's pages carry BOTH machines' header lines. Incomplete: the pay stubs were fresh when Harrow Bend got
    them, but are more than 90 days old when Lanternfield receives them."""
    received = dt.date(2052, 6, 3)
    sent = dt.date(2052, 2, 23)
    stubs = [greenbar_stub(seed, "Tri-County Plastics, Inc.", "4100 Taylor Road, Reynoldsburg, OH 43068",
                           "Marcus T. Villanueva", "20417", "Molding", d, 21.40, WH_TCP)
             for d in (dt.date(2052, 2, 9), dt.date(2052, 2, 16))]
    ul = unemployment_letter("Renee A. Villanueva", ["Renee A. Villanueva", "88 Kinnear Court",
                                                     "Reynoldsburg, OH 43068"], dt.date(2052, 1, 26), 342.00,
                             "UC-52-0119773", dt.date(2052, 1, 15))
    app = App("0071904417", "Marcus T. Villanueva", "963-20-5518", "88 Kinnear Court", "Reynoldsburg", "OH", "43068",
              "(614) 555-0163", "mvillanueva@example.com", "primary_residence", ["unemployment"],
              dt.date(2052, 1, 12), "short", {"b": {"wages": stubs[-1].monthly}, "c": {"unemployment": 1482.00}},
              dt.date(2052, 2, 22), co="Renee A. Villanueva", co_ssn="963-71-2284", seed=seed + 21)
    p = Packet("cg2", received, app, ["income_doc:wages"])
    names = [app.borrower, app.co or ""]
    notice = incomplete_notice(HB, names, app.street, app.city_line, app.loan, dt.date(2052, 2, 28), sent,
                               ["A letter explaining your hardship, signed and dated",
                                "IRS Form 4506-C signed by each borrower"], dt.date(2052, 3, 29), HB_TRANSFER)
    cover1 = store_fax_cover("Reynoldsburg Public Library", "1402 Brice Road, Reynoldsburg, OH 43068  -  Public fax "
                             "service (614) 555-0190", "Harrow Bend Mortgage - Loss Mitigation", HB["fax"],
                             "Marcus Villanueva", app.phone, sent, 6, f"Loan {app.loan} - assistance application",
                             seed + 22)
    h1 = FaxHeader("02/23/2052 16:42   REYNOLDSBURG PUB LIBRARY  6145550190  >> 16145550142   P.{n:02d}/{total:02d}", 6)
    h2 = FaxHeader("JUN-03-2052 09:14  HARROW BEND MTG LOSS MIT (614)555-0142  TO:18045550160  #0417 "
                   "P.{n:03d}/{total:03d}", 8)
    cover2 = servicer_fax_cover(HB, received, 8, app.loan, [
        f"The attached fax reached our loss mitigation fax on {long_date(sent)}, before this loan transferred to "
        f"Lanternfield on {long_date(HB_TRANSFER)}. It was found during our post-transfer file review and is "
        "forwarded as received, with a copy of the notice we sent the borrowers.",
        "We regret the delay."])
    own = fax_send(printed(cover2, 200) + printed(notice.paper, 200), h2, 1, seed + 30)
    borrower_papers = [cover1, hbm7(app, pen=False, ink=True), stubs[0].paper, stubs[1].paper, ul.paper]
    first_leg = fax_send([sh for pp in borrower_papers for sh in printed(pp, 200)], h1, 1, seed + 31)
    second_leg = fax_send(first_leg, h2, 3, seed + 32)
    p.images("FAXIN_20520603_091402.pdf", [
        (None, own[:1]), (other_doc(), own[1:2]), (None, second_leg[:1]), (app_doc(), second_leg[1:3]),
        (stub_doc(stubs[0]), second_leg[3:4]), (stub_doc(stubs[1]), second_leg[4:5]),
        (letter_doc(ul), second_leg[5:6])])
    return p


def packet_cg3(seed: int) -> Packet:
    """A Copperfield borrower answers on Lanternfield's own form after the transfer and e-mails born-digital
    files, with the old servicer's escrow analysis and last statement among them. Complete."""
    received = dt.date(2052, 7, 16)
    holder = ["BRANDVOLD PET GROOMING LLC", "ANNELIESE K BRANDVOLD, MEMBER", "2290 LEONARD ST NW",
              "WALKER MI 49534"]
    acct = "7730418826"
    debits = [("PETEDGE SUPPLY ACH", 180, 420), ("WALKER PLAZA LLC RENT", 950, 950), ("CONSUMERS ENERGY", 90, 160),
              ("SQUARE FEES", 45, 80), ("OWNER DRAW TO SAVINGS", 1900, 2300), ("AT&T BUSINESS", 120, 140),
              ("STATE FARM BUS INS", 88, 88), ("MEIJER #214 POS", 30, 110)]
    may = [(3, "SQUARE INC DEPOSIT", 1432.18), (10, "SQUARE INC DEPOSIT", 1610.44), (14, "MOBILE DEPOSIT", 240.00),
           (17, "SQUARE INC DEPOSIT", 1387.92), (24, "SQUARE INC DEPOSIT", 1529.60), (31, "SQUARE INC DEPOSIT",
                                                                                     1288.35)]
    june = [(7, "SQUARE INC DEPOSIT", 1502.71), (14, "SQUARE INC DEPOSIT", 1466.08), (18, "MOBILE DEPOSIT", 310.00),
            (21, "SQUARE INC DEPOSIT", 1571.25), (28, "SQUARE INC DEPOSIT", 1399.90)]
    s1 = thornapple_statement(seed, holder, acct, 2052, 5, 3118.47, may, debits)
    s2 = thornapple_statement(seed, holder, acct, 2052, 6, s1.fields["ending_balance"], june, debits)
    app = App("5520318874", "Anneliese K. Brandvold", "978-31-6620", "2290 Leonard Street NW", "Walker", "MI",
              "49534", "(616) 555-0192", "anneliese@brandvoldgrooming.example", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2052, 5, 1), "long", {"b": {"self_employment": 4260.00}},
              dt.date(2052, 7, 12), seed=seed + 31)
    p = Packet("cg3", received, app, [])
    loan = app.loan
    names = [app.borrower]
    pi, old_esc = 1386.22, 402.10
    esc = escrow_analysis(CT, names, app.street, app.city_line, loan, dt.date(2052, 4, 8), dt.date(2052, 5, 1), pi,
                          old_esc, 6480.00, 1512.00, 1874.40)
    new_esc = r2(r2((6480.00 + 1512.00) / 12) + r2(1874.40 / 12))
    stmt = mortgage_statement(CT, names, app.street, app.city_line, app.address, loan, dt.date(2052, 5, 16),
                              dt.date(2052, 6, 1), pi, new_esc, 214830.66, 4.375)
    welcome = welcome_letter(names, app.street, app.city_line, loan, dt.date(2052, 6, 19), CT, CT_TRANSFER,
                             r2(pi + new_esc))
    on = dt.date(2052, 7, 12)
    hl = hardship_letter(names, [app.street, app.city_line], loan, on, [LL["name"], LL["dept"], LL["street"],
                                                                        LL["city"]], [
        "In April my prior servicer, Copperfield Trust, analyzed my escrow account. The city reassessed my house "
        "and the taxes went up by more than a thousand dollars, and there was a shortage on top of that. From May "
        f"my payment went up by more than ${money(r2(new_esc - old_esc))} a month.",
        "I run a small dog grooming shop and my income has not changed. I can afford my old payment but not the new "
        "one, and I missed the May payment. I ask Lanternfield to review me for a modification now that you service "
        "my loan."],
        ink=False, seed=seed)
    t = form4506c_screen("Anneliese", "K", "Brandvold", "978-31-6620", app.street, app.city, app.state, app.zip,
                         LL["name"], LL["phone"], on, app.phone, seed + 36)
    p.pdf(f"{loan}_application.pdf", paper_pdf(lls410(app, pen=False, ink=False)), (app_doc(), 2))
    p.pdf(f"{loan}_thornapple_2052-05.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{loan}_thornapple_2052-06.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    p.pdf(f"{loan}_4506C.pdf", t, (Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on,
                                       signed=True), 1))
    p.pdf(f"{loan}_hardship_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    p.pdf(f"{loan}_copperfield_escrow_analysis.pdf", paper_pdf(esc.paper), (other_doc(), 1))
    p.pdf(f"{loan}_copperfield_statement_051652.pdf", paper_pdf(stmt.paper), (other_doc(), 1))
    p.pdf(f"{loan}_welcome_letter.pdf", paper_pdf(welcome.paper), (other_doc(), 1))
    return p


def packet_cg4(seed: int) -> Packet:
    """Copperfield forwarded a couple's mailed originals after the transfer; Lanternfield scanned each paper in
    colour into a folder named after the loan. Incomplete: the occupancy question (B4) was left blank - Copperfield's
    own notice said so."""
    received = dt.date(2052, 6, 26)
    got = dt.date(2052, 6, 7)
    g = [transit_stub(seed, "Grand Valley Metro Transit", "300 Ellsworth Avenue SW, Grand Rapids, MI 49503",
                      "Gordon P. Halvorsen", "GV-20931", "Coach Operator", d, 2310.00, 39.98, WH_GVM)
         for d in (dt.date(2052, 5, 20), dt.date(2052, 6, 5))]
    ilse = tiles_stub(seed, "Grand River Millwork Co.", "1550 Chicago Drive SW, Wyoming, MI 49519",
                      "Ilse M. Halvorsen", "GRM-7714", "Finishing", dt.date(2052, 5, 31), 20.15, WH_GRM)
    app = App("5520290461", "Gordon P. Halvorsen", "944-08-3317", "3415 Byron Center Avenue SW", "Wyoming", "MI",
              "49519", "(616) 555-0147", "ghalvorsen@example.com", None, ["reduction_in_income"],
              dt.date(2052, 2, 15), "long", {"b": {"wages": g[0].monthly}, "c": {"wages": ilse.monthly}},
              dt.date(2052, 6, 4), co="Ilse M. Halvorsen", co_ssn="944-52-9061", seed=seed + 41)
    p = Packet("cg4", received, app, ["application_field:occupancy"])
    names = [app.borrower, app.co or ""]
    notice = incomplete_notice(CT, names, app.street, app.city_line, app.loan, dt.date(2052, 6, 12), got,
                               ["Section B, question B4: how the property is used (occupancy)",
                                "IRS Form 4506-C signed by each borrower"], dt.date(2052, 7, 12), CT_TRANSFER)
    on = dt.date(2052, 6, 4)
    hl = hardship_letter(names, [app.street, app.city_line], app.loan, on, [CT["name"], CT["dept"], CT["street"],
                                                                             CT["city"]], [
        "In February the transit agency cut the extra runs I drove on weekends, and Ilse's shop went to four days a "
        "week. Together we bring home about nine hundred dollars a month less than last year.",
        "We have lived in our house for fourteen years and want to keep it. Please review us for a modification "
        "that lowers the payment."], ink=True, seed=seed + 43)
    style = Scan(dpi=200, tilt=0.25, blur=0.5, noise=0.00015, color=True)
    folder = app.loan
    parts = [(other_doc(), notice.paper, {}),
             (app_doc(), ctm22(app, pen=False, ink=True), {0: stamp(CT, got, 230, 60, 3.5, seed + 1)}),
             (stub_doc(g[0]), g[0].paper, {0: stamp(CT, got, 190, 472, -4.0, seed + 2)}),
             (stub_doc(g[1]), g[1].paper, {0: stamp(CT, got, 200, 468, 2.5, seed + 3)}),
             (stub_doc(ilse), ilse.paper, {0: stamp(CT, got, 335, 95, -2.0, seed + 4)}),
             (hardship_doc(on), hl, {0: stamp(CT, got, 450, 110, 4.0, seed + 5)})]
    for i, (doc, paper, st) in enumerate(parts):
        p.images(f"{folder}/SCN_0626_{i + 1:04d}.pdf", [(doc, scan(paper, style, seed + 400 + i, st))])
    return p


def packet_cg5(seed: int) -> Packet:
    """A Harrow Bend borrower who applies after the transfer, by hand on Lanternfield's form, in two faxes on one
    day behind Lanternfield's own fax cover sheet; the second fax RE-SENDS a pay stub that came through dark.
    Incomplete: she signed the application but left the date beside her signature empty."""
    received = dt.date(2052, 4, 15)
    stubs = [greenbar_stub(seed, "Lancaster Glassworks, Inc.", "200 Quarry Road, Lancaster, OH 43130",
                           "Oksana V. Threlkeld", "11873", "Packing", d, 18.60, WH_LGW)
             for d in (dt.date(2052, 4, 5), dt.date(2052, 4, 12))]
    app = App("0072033158", "Oksana V. Threlkeld", "937-65-1049", "615 Brookside Terrace", "Lancaster", "OH",
              "43130", "(740) 555-0126", "oksana.t@example.org", "primary_residence", ["disaster"],
              dt.date(2052, 2, 11), "short", {"b": {"wages": stubs[-1].monthly}}, dt.date(2052, 4, 13),
              b_dates=False, seed=seed + 51)
    p = Packet("cg5", received, app, ["application_signature"])
    names = [app.borrower]
    store = "04/15/2052 {t}   LANCASTER MAIL & MORE   740 555 0119  ->  8045550160   P.{{n:03d}}/{{total:03d}}"
    cover1 = ll_fax_cover(app.loan, app.borrower, app.phone, received, 5, ["Application", "Pay stubs"],
                          "Application and my last two pay stubs", seed + 52)
    fax1 = fax_send(printed(cover1, 200) + printed(lls410(app, pen=True, ink=True), 200)
                    + printed(stubs[0].paper, 200), FaxHeader(store.format(t="09:02"), 5), 1, seed + 53)
    fax1 += fax_send(printed(stubs[1].paper, 200, dark=True), FaxHeader(store.format(t="09:02"), 5), 5, seed + 54,
                     dark=True)
    stmt = mortgage_statement(HB, names, app.street, app.city_line, app.address, app.loan, dt.date(2052, 1, 16),
                              dt.date(2052, 2, 1), 1104.87, 388.15, 161207.19, 3.875)
    welcome = welcome_letter(names, app.street, app.city_line, app.loan, dt.date(2052, 3, 4), HB, HB_TRANSFER,
                             1493.02)
    cover2 = ll_fax_cover(app.loan, app.borrower, app.phone, received, 4, ["Pay stubs", "Other"],
                          "Resending stub of 4/12 - it came out dark. + letters", seed + 55)
    fax2 = fax_send(printed(cover2, 200) + printed(stubs[1].paper, 200) + printed(stmt.paper, 200)
                    + printed(welcome.paper, 200), FaxHeader(store.format(t="15:47"), 4), 1, seed + 56)
    p.images("LLS_FAX_20520415_090214.pdf", [(None, fax1[:1]), (app_doc(), fax1[1:3]),
                                             (stub_doc(stubs[0]), fax1[3:4]), (stub_doc(stubs[1]), fax1[4:5])])
    p.images("LLS_FAX_20520415_154733.pdf", [(None, fax2[:1]), (stub_doc(stubs[1]), fax2[1:2]),
                                             (other_doc(), fax2[2:3]), (other_doc(), fax2[3:4])])
    return p


def packet_cg6(seed: int) -> Packet:
    """A widow's e-mailed Copperfield application and the papers she had mailed to Copperfield (colour scan with
    Copperfield's RECEIVED stamps), forwarded after the transfer, plus a prior trial-plan letter from 2051.
    Incomplete: the only paper for the non-taxable VA compensation is December's cost-of-living letter."""
    received = dt.date(2052, 7, 23)
    got = dt.date(2052, 6, 13)
    to = ["Lorraine M. Pettibone", "4780 Ivanrest Avenue SW", "Grandville, MI 49418"]
    pension = pension_letter(("KENT COUNTY EMPLOYEES' RETIREMENT SYSTEM", "300 Monroe Avenue NW, Grand Rapids, MI "
                              "49503  -  (616) 555-0124", Color(0.15, 0.3, 0.25)), "Lorraine M. Pettibone", to,
                             dt.date(2052, 5, 20), 1246.50, "survivor benefit", dt.date(2052, 4, 1))
    va = va_letter("Lorraine M. Pettibone", to, dt.date(2051, 12, 6), 1102.04, dt.date(2051, 12, 1))
    dc = death_certificate("Harold James Pettibone", dt.date(2052, 3, 2), dt.date(1982, 8, 14), "Kent",
                           "Lorraine M. Pettibone", dt.date(2052, 3, 20), "2052-031877")
    app = App("5520377120", "Lorraine M. Pettibone", "926-47-3815", "4780 Ivanrest Avenue SW", "Grandville", "MI",
              "49418", "(616) 555-0139", "lmpettibone@example.net", "primary_residence", ["death"],
              dt.date(2052, 3, 2), "long", {"b": {"benefits_taxable": 1246.50, "benefits_nontaxable": 1102.04}},
              dt.date(2052, 6, 10), seed=seed + 61)
    p = Packet("cg6", received, app, ["income_doc:benefits_nontaxable"])
    names = [app.borrower]
    on = dt.date(2052, 6, 10)
    hl = hardship_letter(names, [app.street, app.city_line], app.loan, on, [CT["name"], CT["dept"], CT["street"],
                                                                             CT["city"]], [
        "My husband Harold died on March 2. He still worked part time at the hardware store and his pay, with his "
        "pension, made our mortgage payment. His county pension now comes to me as a smaller survivor benefit, and "
        "my own VA compensation is the rest of my income.",
        "We had a trial plan with Copperfield in 2051 and completed it. I want to keep the house and ask you to "
        "look at my payment again now that I am on my own."], ink=False, seed=seed)
    tpp = trial_plan_letter(CT, ["Harold J. Pettibone", "Lorraine M. Pettibone"], app.street, app.city_line,
                            app.loan, dt.date(2051, 8, 14), dt.date(2051, 9, 1), 1318.77)
    stmt = mortgage_statement(CT, names, app.street, app.city_line, app.address, app.loan, dt.date(2052, 5, 18),
                              dt.date(2052, 6, 1), 987.60, 331.17, 143520.09, 3.25)
    folder = app.loan
    p.pdf(f"{folder}/CTM-22 Pettibone signed.pdf", paper_pdf(ctm22(app, pen=False, ink=False)), (app_doc(), 2))
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    style = Scan(dpi=200, tilt=0.4, blur=0.55, noise=0.00015, color=True)
    p.images(f"{folder}/scan_0723_0412.pdf", [
        (letter_doc(pension), scan(pension.paper, style, seed + 600, {0: stamp(CT, got, 455, 80, -3.0, seed + 1)})),
        (letter_doc(va), scan(va.paper, style, seed + 601, {0: stamp(CT, got, 450, 84, 4.5, seed + 2)})),
        (letter_doc(dc), scan(dc.paper, style, seed + 602, {0: stamp(CT, got, 470, 300, -6.0, seed + 3)}))])
    p.pdf(f"{folder}/Copperfield TPP offer 2051.pdf", paper_pdf(tpp.paper), (other_doc(), 1))
    p.pdf(f"{folder}/Copperfield statement May 2052.pdf", paper_pdf(stmt.paper), (other_doc(), 1))
    return p


def packet_cg7(seed: int) -> Packet:
    """A couple fill Harrow Bend's old worksheet by hand after the transfer and send it, with the old and new
    servicers' letters, straight to Lanternfield as one grey scan. Complete - the disability pension letter is
    dated exactly 90 days before it arrives ("no more than 90 days")."""
    received = dt.date(2052, 4, 23)
    stubs = [transit_stub(seed, "Olentangy Valley Transit Authority", "1600 McKinley Avenue, Columbus, OH 43222",
                          "Bartholomew E. Quarles", "OV-55102", "Mechanic II", d, 2480.00, 43.05, WH_OVT)
             for d in (dt.date(2052, 3, 20), dt.date(2052, 4, 5))]
    to = ["Yvette N. Quarles", "3302 Indianola Avenue", "Columbus, OH 43214"]
    pen_date = received - dt.timedelta(days=FRESH_DAYS)
    pension = pension_letter(("CENTRAL OHIO MUNICIPAL RETIREMENT SYSTEM", "88 East Broad Street, Columbus, OH 43215 "
                              " -  (614) 555-0106", Color(0.3, 0.12, 0.4)), "Yvette N. Quarles", to, pen_date,
                             1375.40, "disability retirement benefit", dt.date(2051, 12, 1))
    app = App("0071766502", "Bartholomew E. Quarles", "958-13-4470", "3302 Indianola Avenue", "Columbus", "OH",
              "43214", "(614) 555-0171", "bquarles@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2051, 9, 19), "long", {"b": {"wages": stubs[-1].monthly}, "c": {"benefits_taxable": 1375.40}},
              dt.date(2052, 4, 17), co="Yvette N. Quarles", co_ssn="958-60-2195", seed=seed + 71)
    p = Packet("cg7", received, app, [])
    names = [app.borrower, app.co or ""]
    notice = incomplete_notice(HB, names, app.street, app.city_line, app.loan, dt.date(2052, 1, 31),
                               dt.date(2052, 1, 26), ["Your most recent pay stub (borrower)",
                                                      "Award letter for the co-borrower's disability retirement",
                                                      "Page 2 of the worksheet, signed and dated by both of you"],
                               dt.date(2052, 3, 1), HB_TRANSFER)
    notice_tr = transfer_notice(HB, names, app.street, app.city_line, app.loan, dt.date(2052, 2, 9), HB_TRANSFER)
    welcome = welcome_letter(names, app.street, app.city_line, app.loan, dt.date(2052, 3, 4), HB, HB_TRANSFER,
                             1688.93)
    esc = escrow_analysis(LL, names, app.street, app.city_line, app.loan, dt.date(2052, 3, 28), dt.date(2052, 5, 1),
                          1262.40, 426.53, 5310.00, 1380.00, 1122.60)
    on = dt.date(2052, 4, 17)
    hl = hardship_letter(names, [app.street, app.city_line], app.loan, on, [LL["name"], LL["dept"], LL["street"],
                                                                            LL["city"]], [
        "Last September my wife Yvette was diagnosed with multiple sclerosis and could no longer work as a city "
        "payroll clerk. She now receives a disability retirement benefit, which is about half of her former pay.",
        "We started an application with Harrow Bend in January, before our loan moved to you. We are sending the "
        "worksheet again, filled in and signed by both of us, with my pay stubs and Yvette's benefit letter."],
        ink=True, seed=seed + 73)
    style = Scan(dpi=240, tilt=0.35, blur=0.6, noise=0.0002)
    parts = [(app_doc(), hbm7(app, pen=True, ink=True)), (stub_doc(stubs[0]), stubs[0].paper),
             (stub_doc(stubs[1]), stubs[1].paper), (letter_doc(pension), pension.paper), (hardship_doc(on), hl),
             (other_doc(), notice.paper), (other_doc(), notice_tr.paper), (other_doc(), welcome.paper),
             (other_doc(), esc.paper)]
    p.images(f"Quarles {app.loan}.pdf", [(doc, scan(paper, style, seed + 700 + i)) for i, (doc, paper)
                                         in enumerate(parts)])
    return p


def packet_cg8(seed: int) -> Packet:
    """A Copperfield borrower faxed her application to Copperfield from her office; Copperfield forwarded the fax
    a month later (both header lines). Her other papers are e-mailed. Incomplete: a divorce is claimed and the
    hardship letter explains it, but no final decree, separation agreement or quitclaim deed came."""
    received = dt.date(2052, 7, 8)
    sent = dt.date(2052, 6, 5)
    stubs = [tiles_stub(seed, "Kentwood Dental Group, P.C.", "4400 Breton Road SE, Kentwood, MI 49508",
                        "Sabine T. Marchbanks", "KDG-0318", "Front Office", d, 22.75, WH_KDG, overtime=False)
             for d in (dt.date(2052, 6, 14), dt.date(2052, 6, 28))]
    app = App("5520407713", "Sabine T. Marchbanks", "971-02-8846", "1418 Wealthy Street SE", "Grand Rapids", "MI",
              "49506", "(616) 555-0185", "sabine.marchbanks@example.com", "primary_residence",
              ["divorce_or_separation"], dt.date(2052, 3, 15), "long", {"b": {"wages": stubs[-1].monthly}},
              dt.date(2052, 6, 5), seed=seed + 81)
    p = Packet("cg8", received, app, ["hardship_doc:divorce_or_separation"])
    names = [app.borrower]
    loan = app.loan
    notice = incomplete_notice(CT, names, app.street, app.city_line, loan, dt.date(2052, 6, 11), sent,
                               ["Final divorce decree or final separation agreement, OR a recorded quitclaim deed",
                                "Your most recent pay stub showing year-to-date earnings"], dt.date(2052, 7, 11),
                               CT_TRANSFER)
    welcome = welcome_letter(names, app.street, app.city_line, loan, dt.date(2052, 6, 19), CT, CT_TRANSFER, 1571.06)
    on = dt.date(2052, 6, 5)
    hl = hardship_letter(names, [app.street, app.city_line], loan, on, [CT["name"], CT["dept"], CT["street"],
                                                                        CT["city"]], [
        "My husband moved out in March and filed for divorce. The case is still pending; the final hearing is set "
        "for September. Until March we paid the mortgage from both of our incomes. He is not on the loan and has "
        "not paid anything toward the house since he left.",
        "I want to keep the house for my two children. On my pay alone I cannot make the full payment, and I ask "
        "Copperfield to review me for a modification."], ink=True, seed=seed + 83)
    h1 = FaxHeader("06/05/2052 12:31  KENTWOOD DENTAL GROUP  616 555 0187  TO 16165550177  P.{n:02d}/{total:02d}", 3)
    h2 = FaxHeader("JUL-08-2052 08:52  COPPERFIELD TRUST MTG SVC  (616)555-0177  >>  8045550160  "
                   "PAGE {n:03d} OF {total:03d}", 4)
    cover = servicer_fax_cover(CT, received, 4, loan, [
        "Forwarded to the new servicer: a borrower fax received by Copperfield on "
        f"{long_date(sent)} for a loan that transferred to Lanternfield on {long_date(CT_TRANSFER)}.",
        "Our Notice of Incomplete Application was mailed to the borrower on 06/11/2052."])
    first_leg = fax_send(printed(ctm22(app, pen=False, ink=True), 200) + printed(hl, 200), h1, 1, seed + 84)
    second = fax_send(printed(cover, 200), h2, 1, seed + 85) + fax_send(first_leg, h2, 2, seed + 86)
    p.images(f"Copperfield fax - {loan}.pdf", [(None, second[:1]), (app_doc(), second[1:3]),
                                               (hardship_doc(on), second[3:4])])
    for s in stubs:
        p.pdf(f"Paystub {s.date.strftime('%m-%d')} - {loan}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"Copperfield letter - {loan}.pdf", paper_pdf(notice.paper), (other_doc(), 1))
    p.pdf(f"Welcome letter - {loan}.pdf", paper_pdf(welcome.paper), (other_doc(), 1))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cg1, packet_cg2, packet_cg3, packet_cg4, packet_cg5, packet_cg6,
                                             packet_cg7, packet_cg8]
FIELDS = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                       "gross_current", "gross_ytd", "net_current", "monthly_gross"},
          "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                             "ending_balance"},
          "hardship_letter": {"letter_date"}, "unemployment_benefit_letter": {"letter_date", "benefit_type"},
          "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
          "irs_form_4506c": {"signed", "signed_on"}}


def build_problems(p: Packet) -> list[str]:
    """Checks only the builder can make: every page of every file is listed once or is a cover/separator."""
    problems = []
    listed = [pg for d in p.docs for pg in d.pages] + p.covers
    for rel, n in p.pages.items():
        for k in range(1, n + 1):
            if listed.count((rel, k)) != 1:
                problems.append(f"{p.name}: page {rel}#{k} listed {listed.count((rel, k))} times")
    return problems


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, fields, dates, pages, scanned, income sums."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in HARDSHIP_PAPERS}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        if not (exp["loan_number"].isdigit() and 6 <= len(exp["loan_number"]) <= 15):
            problems.append(f"{name}: loan number {exp['loan_number']}")
        if dt.date.fromisoformat(exp["received_on"]).weekday() > 4:
            problems.append(f"{name}: received on a weekend")
        if exp["status"] not in ("complete", "incomplete") or (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        want = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
                "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
        if set(app) != want:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: application loan number differs from the case's")
        if app["occupancy"] is not None and app["occupancy"] not in OCCUPANCIES:
            problems.append(f"{name}: bad occupancy")
        if not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad hardship code")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None:
                dt.date.fromisoformat(app[k])
        if app["signed"] != (app["signed_on"] is not None) and app["signed"]:
            problems.append(f"{name}: signed without a date")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower and co_borrower_signed disagree")
        if not set(app["income"]) <= set(INCOMES) | {"total"} or "total" not in app["income"]:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if sum(1 for d in exp["documents"] if d["type"] == "mortgage_assistance_application") != 1:
            problems.append(f"{name}: not exactly one application")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            if set(doc["fields"]) != FIELDS.get(doc["type"], set()) and doc["type"] in FIELDS:
                problems.append(f"{name}: fields of {doc['id']} {sorted(doc['fields'])}")
            if doc["type"] not in FIELDS and doc["fields"]:
                problems.append(f"{name}: unexpected fields on {doc['id']}")
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
                if abs(mg - f["monthly_gross"]) > 0.005 or (f["gross_ytd"] is not None
                                                            and f["gross_ytd"] + 0.005 < f["gross_current"]):
                    problems.append(f"{name}: pay stub figures {f}")
        for path in (exp_path.parent / "inbox").rglob("*"):
            if path.is_file() and path.stat().st_size > 4_000_000:
                problems.append(f"{name}: {path.name} is over 4 MB")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cg1 ..)")
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
        problems += build_problems(p)
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(p.pages.values())} pages, {sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
