"""Holdout set bz (bz1..bz8): GOVERNMENT-INSURED LOANS (FHA, VA, USDA), written BLIND - without looking at the
service's code, rules, data files, tests, project README or history - to measure honestly how lossmit-docs reads
borrower mail in layouts it has never seen.

Read to write it: shared/spec/ (README, checklist.md, case-report.schema.json, form710.md, domain-rules.md),
shared/samples/ (README and expected.json files), shared/reference/README.md with the real Form 710 and the blank
Form 4506-C, tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/
holdout_packets_af.py in full (the scaffold: signatures, scans, invariant reportlab, expected.json, --check) and only
the module docstrings of the other holdout_packets_*.py files.

    python benchmarks/holdout_packets_bz.py OUT_DIR [--seed N] [--check] [--only bz1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them; each packet is one
batch processed with `--received-on <received_on>`. Received dates fall between March and September 2054.

THEME. Servicers of FHA, VA and USDA loans send their own financial statements modelled on the agencies' forms: every
monthly income line has GROSS and NET columns side by side (the application's income answer is the GROSS figure; the
truth's `total` is the GROSS total the form prints), a household expense table beside the income table, a number of
dependents with a grid, a veteran's service-details section, certification paragraphs and signature blocks for
"Borrower" and "Co-Borrower/Spouse". Benefit papers: VA compensation and DIC award letters, a DFAS retiree account
statement, Social Security letters, a National Guard leave and earnings statement, a farm's profit and loss and a
country bank's statements. Hardships: a service-connected disability, a Guard mobilization, drought and hail, a
veteran's death, a VA overpayment offset, an escrow jump.

FORMS.
- Old Dominion Veterans Home Loan Servicing "Borrower Financial Statement and Request for Loss Mitigation" (Form
  ODV-26-44, VA loans), THREE pages, the middle one LANDSCAPE: a maroon banner; boxes SERVICER LOAN NUMBER (the loan
  number) beside a VA LOAN IDENTIFICATION NUMBER "49-49-6-..." (not the loan number) and persons in the home; Part I
  a borrower grid, one ROW per person (Role | Full name | SSN last 4 | Date of birth | Phone | E-mail); Part II the
  property in four boxes and "The property is: [ ] my primary residence ..."; Part III VETERAN'S SERVICE DETAILS
  (branch, component, status boxes, entered/separated dates, VA rating, deployed?, SCRA?); Part IV a dependents
  count and Name/Relationship/Age grid. Page 2: Part V MONTHLY INCOME, rows a..j (civilian wages and military base
  pay -> wages; military retired pay and Social Security -> benefits_taxable; VA compensation or DIC ->
  benefits_nontaxable; ...) under a two-tier header VETERAN / BORROWER (GROSS | NET) and CO-BORROWER / SPOUSE (GROSS |
  NET), column totals and two boxed household totals (GROSS, NET); Part VI expenses and Part VII assets at the right.
  Page 3: ten hardship boxes, "began on" box, duration boxes, a typed explanation, four certification paragraphs and
  two stacked signature lines "Borrower (Veteran)" / "Co-Borrower/Spouse" with date boxes. Expected income per code =
  the GROSS cells of both people added.
- Ironhorse Federal Mortgage Servicing "Financial Statement and Hardship Affidavit" (Form IFM-9200, FHA loans), two
  pages of NUMBERED CAPTION BOXES: 1 FHA case number "541-...-703" beside 2 servicer loan number; names typed first
  middle last; 12 the property address in ONE box; 13 occupancy as "principal residence? Yes / No - if no: second
  home / rented"; 14 dependents count and age cells; 15 REASON FOR DEFAULT boxes each with a HUD-style code (006
  Curtailment of income -> reduction_in_income, 016 Increase in taxes, insurance or MIP -> increase_in_housing_
  expenses, ...); 16-18 start date, duration, explanation. Page 2: 19 MONTHLY INCOME (SOURCE | GROSS | NET; wages
  of borrower and co-borrower on separate rows, "SSI, SSDI, non-taxable disability" -> benefits_nontaxable) beside
  20 MONTHLY EXPENSES, 21 assets, 22 certification with an 18 U.S.C. 1001 warning, and a signature GRID (Signature |
  Printed name | Date) with rows Borrower and Co-Borrower/Spouse.
- Heartland Rural Home Loan Servicing "Borrower Financial Statement and Request for Servicing Assistance" (Form
  HRHL-55, USDA guaranteed loans), two pages under green part rules: key-value grids (shaded label cells) with the
  lender loan number beside a USDA borrower ID "RD-..."; "How is the home used?"; a household grid listing the
  borrowers themselves and the children (Name | Relationship | Age | Student | Dependent) under "Number of
  dependents"; ten hardship boxes ("Natural disaster, crop failure or livestock loss" -> disaster); a seasonal-income
  question. Page 2: income table INCOME SOURCE | WHO (B/C) | ANNUAL | MONTHLY GROSS | MONTHLY NET (net farm income
  -> self_employment, given as a year's figure and its twelfth) beside the expenses, assets, and two signature boxes
  side by side BORROWER | CO-BORROWER/SPOUSE.
- The real Form 710 (April 2023) typed through its AcroForm, printed, signed in ink and PHOTOGRAPHED (bz4); it has
  one amount column and no total, so the truth's total is the sum of its lines.

PAPERS. Pay: a clinic's biweekly "Earnings Statement" with a dark sidebar of particulars (layout A); a factory's and a
hardware store's "Statement of Earnings and Deductions" over a perforation and a NON-NEGOTIABLE check voucher with
the net in words (layout B, semi-monthly and biweekly); a school district's and a water utility's fixed-width
"EMPLOYEE PAY STATEMENT" with CURRENT / CAL YTD columns (layout C, monthly and weekly); a portrait DFAS "MILITARY LEAVE
AND EARNINGS STATEMENT" for a mobilized Guard soldier (name LAST, FIRST MI; a "PAY DATE" cell that is the pay entry
base date 390605, not the pay date; period "01-30 JUN 2054"; entitlements, deductions and allotments panels; SUMMARY
+TOT ENT / =NET AMT; YTD ENTITLE from the day of mobilization; remarks with the period and the deposit date; expected:
employer "Defense Finance and Accounting Service", frequency monthly, gross = TOT ENT). Every year-to-date figure is
the sum of that year's checks. Benefits (benefit_award_letter; monthly_amount = the GROSS, before deductions, as the
application lists it; benefit_type = the line the application claims it on): VA award letters with a Monthly
Entitlement Amount / Payment Start Date / Reason For Change history whose LAST row is the award; a VA DIC award to a
widow; a DFAS "RETIREE ACCOUNT STATEMENT" (Gross Pay, VA Waiver, Taxable Income, SBP, Federal Tax, Net Pay; statement
date = letter date); Social Security "Benefit Verification Letter"s and a survivors "Notice of Award". Others: a farm's
unsigned year-to-date PROFIT AND LOSS (signed: false), a country bank's one-page statement on a 6th-to-5th cycle with
the summary row at the FOOT, page 1 of the real IRS Form 4506-C typed and signed in ink, a DD-214 copy (other), a
newspaper obituary clipping, typed hardship letters (unsigned when e-mailed, signed in ink when mailed, faxed or
photographed), a mailroom BATCH SEPARATOR with a Code 128 "LOAN <n>" and a fax cover sheet (neither is a document).

DELIVERIES. Born-digital PDFs signed on screen; grey scans (200, 240, 300 dpi, tilted, blurred, speckled, JPEG);
faxes (200 dpi black and white, the sending machine's header line "JUL 13 2054 16:42 FROM: ... P.04/07" on every
page; the ODV form's landscape page arrives SIDEWAYS on a portrait sheet, as a printed landscape page does); phone
PHOTOS (the sheet on a table, turned 1-3 degrees, seen slightly from the side, one corner in shadow, colour JPEG,
one picture per page, page size = picture size).

PACKETS (C = complete, I = incomplete, by checklist.md on received_on):
- bz1 C 2054-03-24: folder named after the loan of e-mailed files - ODV-26-44 typed and signed on screen by a
  retired SFC and his wife (retired pay 2,384.00 taxable, VA compensation 1,986.44 non-taxable, her wages from two
  fresh sidebar stubs), the retiree account statement, the VA award letter, an unsigned hardship letter (the
  service-connected disability), a 200 dpi grey scan of his DD-214 (other).
- bz2 I income_doc:wages 2054-06-02: ONE 300 dpi grey scan of the envelope behind the separator sheet - IFM-9200 signed
  in ink by both, two voucher stubs paid 02/05 and 02/20/2054 (more than 90 days old, no bank statements), the
  co-borrower's Social Security letter (fresh), a signed hardship letter (curtailment of income).
- bz3 I income_doc:self_employment 2054-07-14: ONE fax behind a cover sheet with header lines - HRHL-55 signed in ink
  by both (net farm income 38,400.00 a year = 3,200.00 a month; drought and hail = disaster), the wife's monthly
  school stub, the farm's P&L NOT signed, ONE bank statement only, a signed 4506-C (so no irs_form_4506c).
- bz4 C 2054-04-21: folder of phone photos IMG_44xx.pdf - the real Form 710 of a veteran's widow (Social Security
  survivors 1,482.80 taxable, VA DIC 1,699.36 non-taxable, death), the SSA notice of award, the VA DIC award, the
  obituary clipping, her signed hardship letter.
- bz5 I application_signature 2054-07-22: ONE fax with header lines, no cover - ODV-26-44 filled by the wife of a
  deployed Guard staff sergeant: HER line signed and dated, the BORROWER's (veteran's) line EMPTY (signed false,
  signed_on null, co_borrower_signed true); his LES (military pay 6,461.45 gross on the wages row) and her two
  sidebar stubs, her signed hardship letter.
- bz6 C 2054-05-19: loose born-digital files "<loan>_..." - IFM-9200 typed and signed on screen by a borrower with no
  co-borrower (part-time wages, SSDI 1,388.00 on the non-taxable row; escrow increase), two voucher stubs, the SSA
  benefit verification (disability), an unsigned hardship letter.
- bz7 C 2054-08-26: a folder named after the loan holding ONE 240 dpi grey scan per paper ("Scan 2054-08-24 ...pdf")
  - HRHL-55 signed in ink by a ranch couple (farm income 31,200.00 a year = 2,600.00 a month, her Social Security
  1,211.40; hail and his broken hip: disaster + disability_or_illness), two consecutive fresh bank statements (the
  farm income), a signed 4506-C, the SSA letter, a signed hardship letter.
- bz8 I income_doc:benefits_nontaxable 2054-09-15: loose files "<loan> ..." - ODV-26-44 typed and signed on screen by
  a Marine veteran and his wife (VA compensation GROSS 1,476.65 but NET 738.33 because the VA withholds half; an
  "other" hardship explained by his letter), a weekly fixed-width stub, a PHONE PHOTO of his VA award letter dated
  February 11, 2053 (stale, the only paper for the non-taxable line), a 200 dpi grey scan of the signed letter.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and the build fails if they differ from the scenario's. `--check` regenerates, then
validates every expected.json (the keys compare reads, codes, types, dates, per-type field keys, that every listed
page exists once, that `scanned` matches the absence of a text layer, monthly_gross) and looks EVERY truth value up
in the text printed on its pages - the delivered file's text layer for born-digital pages, the printed sheet's text
plus the hand-written dates for scanned, faxed and photographed pages - allowing the ways papers print a value
(06/30/2054, June 30, 2054, 01 JUL 2054; 1,234.56; "LAST, FIRST MI"; Bi-Weekly / Semi-monthly). Every file is the
same bytes for a seed: reportlab runs in invariant mode, noise and signatures are seeded, pypdf output carries fixed
identifiers. All people, employers, banks and servicers are fictional; SSNs use the 900-999 area, and every page
carries a faint "synthetic test document" line.
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
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
FAX_FONT = FONT_DIR / "dejavu/DejaVuSansMono.ttf"
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
MONTHS3 = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def dmy_mil(d: dt.date) -> str:
    """A military date: 01 JUN 2054."""
    return f"{d.day:02d} {MONTHS3[d.month - 1]} {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something the borrower adds by hand: a signature ("sig") or a hand-written string ("hand").
    x, y: PDF points from the page's bottom-left (the baseline's left end); w: the signature's width.
    On a paper signed on screen a "hand" mark is typed in Courier instead."""

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
    sizes: list[tuple[float, float]] | None = None  # per page, where the pages differ (a landscape page)

    def size_at(self, i: int) -> tuple[float, float]:
        return self.sizes[i] if self.sizes else self.size


def synth_line(c: Canvas, size: tuple[float, float] = letter, gray: float = 0.72, y: float = 10) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5 if gray > 0.6 else 6.0)
    c.setFillGray(gray)
    c.drawRightString(size[0] - 24, y, SYNTH)
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
            c.setFillColor(black)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True, synth_gray: float = 0.72) -> tuple[bytes, list[list[Mark]]]:
    """The PDF of a paper and each page's marks; the marks drawn as vector strokes and typed text (signed on
    screen) when asked, else left off the page (for ink added after printing)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_bz")
    marks: list[list[Mark]] = []
    for i, fn in enumerate(paper.pages):
        c.setPageSize(paper.size_at(i))
        page_marks = fn(c)
        marks.append(page_marks)
        if screen_marks:
            apply_screen_marks(c, page_marks)
        synth_line(c, paper.size_at(i), synth_gray)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def born_digital(paper: Paper) -> bytes:
    return paper_pdf(paper, screen_marks=True)[0]


def box(c: Canvas, x: float, y: float, w: float, h: float, caption: str, value: str = "", cap_size: float = 6.0,
        val_font: tuple[str, float] = ("Courier", 10), fill: float | None = None) -> None:
    """A ruled cell with a small caption in its top-left corner and the typed answer along its foot."""
    if fill is not None:
        c.setFillGray(fill)
        c.rect(x, y, w, h, stroke=1, fill=1)
        c.setFillColor(black)
    else:
        c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica", cap_size)
    c.drawString(x + 2.5, y + h - cap_size - 1.5, caption)
    if value:
        c.setFont(*val_font)
        c.drawString(x + 4, y + 4, value)


def tick(c: Canvas, x: float, y: float, checked: bool, label: str = "", size: float = 8.0,
         font: str = "Helvetica", box_size: float = 7.5) -> float:
    """A check box with its label; returns the x after the label."""
    c.setLineWidth(0.6)
    c.rect(x, y - 1, box_size, box_size, stroke=1, fill=0)
    if checked:
        c.setFont("Courier-Bold", box_size + 2)
        c.drawString(x + 0.8, y - 0.2, "X")
    c.setFont(font, size)
    c.drawString(x + box_size + 3, y, label)
    return x + box_size + 3 + stringWidth(label, font, size) + 10


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


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_bz"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def pdf_page_texts(pdf: bytes) -> list[str]:
    """The text layer of each page (pdfium), the synthetic-document line left out."""
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            out.append(tp.get_text_bounded().replace(SYNTH, " "))
            tp.close()
        return out
    finally:
        doc.close()


# --- scanning, faxing, photographing ---------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    seed: int = 1


@dataclass(frozen=True)
class Photo:
    """A phone photograph of a sheet lying on a table."""

    dpi: int = 160  # the sheet's resolution in the picture
    angle: float = 2.0  # degrees the phone was turned
    keystone: float = 0.035  # share of the width by which the far edge of the sheet looks narrower
    shade: float = 0.25  # how much darker the dim corner is
    table: tuple[int, int, int] = (96, 78, 60)
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


FaxHeader = Callable[[int], str]


def fax_header_line(img: Image.Image, text: str, dpi: int) -> None:
    """The sending machine's header line printed across the top of a faxed sheet."""
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FAX_FONT), round(7.5 * dpi / 72))
    draw.text((round(0.3 * dpi), round(0.12 * dpi)), text, fill=0, font=font)


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int,
                header: FaxHeader | None = None) -> list[ScannedPage]:
    """Print a PDF, add the ink marks of each page, and scan (or fax) the sheets."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        if img.width > img.height:  # a landscape page comes out of the printer sideways on a letter sheet
            img = img.rotate(90, expand=True)
        if header is not None:
            fax_header_line(img, header(i), style.dpi)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return sheets


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    """A paper printed, signed and dated in ink where its marks are, then scanned or faxed."""
    pdf, marks = paper_pdf(paper, screen_marks=False, synth_gray=0.4 if style.fax else 0.62)
    return scan_sheets(pdf, marks, style, seed)


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


def _perspective_coeffs(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    """PIL's eight PERSPECTIVE coefficients that map each output point in dst to its input point in src."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return [float(k) for k in np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float))]


def photograph(img: Image.Image, style: Photo, seed: int) -> Image.Image:
    """A grey page image as a phone picture of the sheet on a table: warm colour, the sheet turned and seen a
    little from the side, one corner in shadow, soft focus, sensor speckle."""
    rng = random.Random(seed)
    grey = img.convert("L")
    sheet = Image.merge("RGB", [grey.point(lambda v: int(v * 0.97 + 5)), grey.point(lambda v: int(v * 0.94 + 4)),
                                grey.point(lambda v: int(v * 0.84 + 3))])
    sw, sh = sheet.size
    mx, my = round(sw * 0.08), round(sh * 0.06)
    canvas_img = Image.new("RGB", (sw + 2 * mx, sh + 2 * my), style.table)
    grain = ImageDraw.Draw(canvas_img)
    for k in range(0, canvas_img.size[1], 7):  # wood grain
        tone = rng.randint(-12, 12)
        grain.line([(0, k), (canvas_img.size[0], k + rng.randint(-4, 4))],
                   fill=tuple(max(0, min(255, c + tone)) for c in style.table), width=3)
    canvas_img.paste(sheet, (mx, my))
    cw, ch = canvas_img.size
    k = style.keystone * sw
    # the sheet's corners as they appear in the picture: the far (top) edge narrower
    dst = [(mx + k, my + k * 0.3), (mx + sw - k, my), (mx + sw, my + sh), (mx, my + sh - k * 0.2)]
    src = [(mx, my), (mx + sw, my), (mx + sw, my + sh), (mx, my + sh)]
    coeffs = _perspective_coeffs(dst, src)
    out = canvas_img.transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC,
                               fillcolor=style.table)
    out = out.rotate(style.angle * (1 if seed % 2 else -1), resample=Image.Resampling.BICUBIC, expand=False,
                     fillcolor=style.table)
    yy, xx = np.mgrid[0:ch, 0:cw].astype(float)
    fx, fy = (xx / cw, yy / ch) if seed % 2 else (1 - xx / cw, yy / ch)
    light = 1.0 - style.shade * np.clip((fx * 0.6 + fy * 0.4) ** 1.6, 0, 1)
    arr = np.asarray(out, dtype=float) * light[..., None]
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    out = out.filter(ImageFilter.GaussianBlur(0.9))
    px = out.load()
    for _ in range(int(cw * ch * 0.0015)):
        x, y = rng.randrange(cw), rng.randrange(ch)
        r, g, b = px[x, y]
        d = rng.randint(-28, 28)
        px[x, y] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    return out


def photo_paper(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Photo, seed: int) -> list[ScannedPage]:
    """Print a PDF, add the ink, and photograph each sheet with a phone."""
    pages = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        if img.width > img.height:
            img = img.rotate(90, expand=True)
        pic = photograph(img, style, seed * 17 + i)
        pages.append(ScannedPage(pic, (pic.size[0] * 72 / style.dpi, pic.size[1] * 72 / style.dpi)))
    return pages


def photos_pdf(pages: Sequence[ScannedPage]) -> bytes:
    """A phone's "save as PDF": one colour JPEG per page, the page the size of the picture."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for pg in pages:
        c.setPageSize(pg.size)
        data = io.BytesIO()
        pg.image.save(data, "JPEG", quality=72)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=pg.size[0], height=pg.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class PayLine:
    label: str
    hours: float | None
    rate: float | None
    amount: float


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    state_name: str = "State income tax"
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
               "Medicare": r2(gross * 0.0145)}
        if self.state:
            out[self.state_name] = r2(gross * self.state)
        return out


@dataclass
class PayRun:
    """One pay check and the year of checks behind it."""

    employer: str
    address: str
    employee: str
    emp_id: str
    frequency: str
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: list[PayLine]
    taxes: dict[str, float]
    deductions: list[tuple[str, float]]
    ytd: dict[str, float]
    gross: float
    net: float

    @property
    def fields(self) -> dict[str, Any]:
        return {"employer": self.employer, "employee_name": self.employee, "pay_date": self.pay_date.isoformat(),
                "period_start": self.start.isoformat(), "period_end": self.end.isoformat(),
                "frequency": self.frequency, "gross_current": self.gross, "gross_ytd": self.ytd["GROSS"],
                "net_current": self.net, "monthly_gross": r2(self.gross * PERIODS[self.frequency] / 12)}

    @property
    def monthly(self) -> float:
        return r2(self.gross * PERIODS[self.frequency] / 12)

    @property
    def monthly_net(self) -> float:
        return r2(self.net * PERIODS[self.frequency] / 12)


def period_of(frequency: str, pay_date: dt.date) -> tuple[dt.date, dt.date]:
    if frequency == "weekly":
        end = pay_date - dt.timedelta(days=5)
        return end - dt.timedelta(days=6), end
    if frequency == "biweekly":
        end = pay_date - dt.timedelta(days=6)
        return end - dt.timedelta(days=13), end
    if frequency == "semimonthly":  # paid on the 20th for the 1st-15th, on the 5th for the 16th-month end
        if pay_date.day == 20:
            return pay_date.replace(day=1), pay_date.replace(day=15)
        prev = pay_date.replace(day=1) - dt.timedelta(days=1)
        return prev.replace(day=16), prev
    return pay_date.replace(day=1), month_end(pay_date)


def pay_dates_of(frequency: str, pay_date: dt.date) -> list[dt.date]:
    """Every pay date of pay_date's year up to it."""
    year = pay_date.year
    if frequency in ("weekly", "biweekly"):
        step = dt.timedelta(days=7 if frequency == "weekly" else 14)
        out = []
        d = pay_date
        while d.year == year:
            out.append(d)
            d -= step
        return out[::-1]
    if frequency == "semimonthly":
        out = [dt.date(year, m, day) for m in range(1, 13) for day in (5, 20)]
        return [d for d in out if d <= pay_date]
    return [month_end(dt.date(year, m, 1)) for m in range(1, pay_date.month + 1)]


Earn = Callable[[dt.date, bool], list[PayLine]]


def hourly(rate: float, hours: float, key: str, extra: Sequence[tuple[str, float]] = (),
           ot_now: float = 0.0) -> Earn:
    """Regular hours at a rate, some overtime in earlier checks (drawn from the date), fixed extras."""

    def earn(d: dt.date, current: bool) -> list[PayLine]:
        rr = random.Random(f"{key}{d}")
        ot = ot_now if current else rr.choice([0.0, 0.0, 2.0, 4.0, 6.5])
        out = [PayLine("Regular", hours, rate, r2(hours * rate)),
               PayLine("Overtime", ot, r2(rate * 1.5), r2(ot * rate * 1.5))]
        out += [PayLine(label, None, None, amt) for label, amt in extra]
        return out

    return earn


def salaried(amount: float, label: str = "Salary") -> Earn:
    def earn(d: dt.date, current: bool) -> list[PayLine]:
        return [PayLine(label, None, None, amount)]

    return earn


def pay_run(employer: str, address: str, employee: str, emp_id: str, frequency: str, pay_date: dt.date,
            earn: Earn, wh: Withholding) -> PayRun:
    ytd: dict[str, float] = {}
    cur: list[PayLine] = []
    for d in pay_dates_of(frequency, pay_date):
        lines = earn(d, d == pay_date)
        gross = r2(sum(ln.amount for ln in lines))
        items = {ln.label: ln.amount for ln in lines}
        items.update(wh.taxes(gross))
        items.update(dict(wh.deductions))
        items["GROSS"] = gross
        items["NET"] = r2(gross - sum(wh.taxes(gross).values()) - sum(v for _, v in wh.deductions))
        for k, v in items.items():
            ytd[k] = r2(ytd.get(k, 0.0) + v)
        cur = lines
    gross = r2(sum(ln.amount for ln in cur))
    taxes = wh.taxes(gross)
    net = r2(gross - sum(taxes.values()) - sum(v for _, v in wh.deductions))
    start, end = period_of(frequency, pay_date)
    return PayRun(employer, address, employee, emp_id, frequency, pay_date, start, end, cur, taxes,
                  list(wh.deductions), ytd, gross, net)


FREQ_LABEL = {"weekly": "Weekly", "biweekly": "Biweekly", "semimonthly": "Semi-monthly", "monthly": "Monthly"}


def stub_sidebar(run: PayRun, tint: Color) -> Paper:
    """Layout A: a dark sidebar down the left edge with the employer and the employee's particulars, the
    earnings, taxes and deductions tables at the right, a row of four total tiles at the foot."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(tint)
        c.rect(36, 160, 170, 600, stroke=0, fill=1)
        c.setFillColor(white)
        y = 730
        for ln in wrap(run.employer, "Helvetica-Bold", 12, 150):
            c.setFont("Helvetica-Bold", 12)
            c.drawString(46, y, ln)
            y -= 14
        c.setFont("Helvetica", 7)
        for ln in wrap(run.address, "Helvetica", 7, 150):
            c.drawString(46, y, ln)
            y -= 9
        y -= 22
        for cap, val in (("EMPLOYEE", run.employee), ("EMPLOYEE ID", run.emp_id),
                         ("PAY PERIOD", f"{mdy(run.start)} - {mdy(run.end)}"), ("PAY DATE", mdy(run.pay_date)),
                         ("PAY FREQUENCY", FREQ_LABEL[run.frequency])):
            c.setFont("Helvetica", 6.5)
            c.drawString(46, y, cap)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(46, y - 12, val)
            y -= 34
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(222, 738, "Earnings Statement")
        c.setFont("Helvetica", 7.5)
        c.drawString(222, 726, "Keep this statement for your records. Net pay was deposited to your account.")
        y = 700
        heads = (("EARNINGS", 222, "l"), ("HOURS", 372, "r"), ("RATE", 420, "r"), ("CURRENT", 492, "r"),
                 ("YEAR-TO-DATE", 572, "r"))

        def header_row(yy: float, title: str) -> None:
            c.setFillColor(tint)
            c.rect(218, yy - 4, 358, 14, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7.5)
            cols = heads if title == "EARNINGS" else ((title, 222, "l"), ("CURRENT", 492, "r"),
                                                      ("YEAR-TO-DATE", 572, "r"))
            for t, x, al in cols:
                (c.drawString if al == "l" else c.drawRightString)(x, yy, t)
            c.setFillColor(black)

        header_row(y, "EARNINGS")
        y -= 16
        c.setFont("Helvetica", 8.5)
        for ln in run.lines:
            c.drawString(222, y, ln.label)
            if ln.hours is not None:
                c.drawRightString(372, y, f"{ln.hours:.2f}")
            if ln.rate is not None:
                c.drawRightString(420, y, f"{ln.rate:.2f}")
            c.drawRightString(492, y, money(ln.amount))
            c.drawRightString(572, y, money(run.ytd[ln.label]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(222, y, "Gross pay")
        c.drawRightString(492, y, money(run.gross))
        c.drawRightString(572, y, money(run.ytd["GROSS"]))
        y -= 26
        header_row(y, "TAXES WITHHELD")
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, v in run.taxes.items():
            c.drawString(222, y, k)
            c.drawRightString(492, y, money(v))
            c.drawRightString(572, y, money(run.ytd[k]))
            y -= 12
        y -= 14
        header_row(y, "DEDUCTIONS")
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, v in run.deductions:
            c.drawString(222, y, k)
            c.drawRightString(492, y, money(v))
            c.drawRightString(572, y, money(run.ytd[k]))
            y -= 12
        tiles = (("GROSS PAY", run.gross, run.ytd["GROSS"]), ("TAXES", sum(run.taxes.values()),
                                                              sum(run.ytd[k] for k in run.taxes)),
                 ("DEDUCTIONS", sum(v for _, v in run.deductions), sum(run.ytd[k] for k, _ in run.deductions)),
                 ("NET PAY", run.net, run.ytd["NET"]))
        for i, (t, cur, yt) in enumerate(tiles):
            x = 222 + i * 89
            c.setLineWidth(0.8)
            c.rect(x, 176, 85, 52, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 5, 218, t)
            c.setFont("Helvetica-Bold" if t == "NET PAY" else "Helvetica", 10)
            c.drawRightString(x + 80, 200, money(r2(cur)))
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 5, 182, "YTD")
            c.drawRightString(x + 80, 182, money(r2(yt)))
        return []

    return Paper([page])


def amount_words(v: float) -> str:
    ones = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
    tens = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

    def under1000(n: int) -> str:
        parts = []
        if n >= 100:
            parts.append(f"{ones[n // 100]} hundred")
            n %= 100
        if n >= 20:
            parts.append(tens[n // 10] + (f"-{ones[n % 10]}" if n % 10 else ""))
        elif n:
            parts.append(ones[n])
        return " ".join(parts)

    dollars = int(v)
    cents = round((v - dollars) * 100)
    words = []
    if dollars >= 1000:
        words.append(f"{under1000(dollars // 1000)} thousand")
    if dollars % 1000:
        words.append(under1000(dollars % 1000))
    text = " ".join(words) or "zero"
    return f"{text[0].upper()}{text[1:]} and {cents:02d}/100 dollars"


def stub_voucher(run: PayRun, check_no: str, bank: str) -> Paper:
    """Layout B: a pay statement on the top half of the sheet, a perforation, and a non-negotiable check
    voucher on the bottom half with the net pay written out in words."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 746, run.employer.upper())
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 734, run.address)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(W / 2, 718, "STATEMENT OF EARNINGS AND DEDUCTIONS")
        c.setLineWidth(0.6)
        cols = (("Employee", run.employee, 150), ("Employee no.", run.emp_id, 70),
                ("Period beginning", mdy(run.start), 80), ("Period ending", mdy(run.end), 80),
                ("Check date", mdy(run.pay_date), 72), ("Pay frequency", FREQ_LABEL[run.frequency], 78))
        x = 36.0
        for cap, val, wd in cols:
            c.setFillGray(0.9)
            c.rect(x, 692, wd, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 3, 696, cap)
            c.rect(x, 676, wd, 16, stroke=1, fill=0)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 3, 681, val)
            x += wd
        y = 656
        c.setFont("Helvetica-Bold", 7.5)
        for t, xx, al in (("EARNINGS", 36, "l"), ("HRS/UNITS", 128, "r"), ("RATE", 172, "r"), ("THIS PERIOD", 236, "r"),
                          ("YEAR TO DATE", 306, "r"), ("DEDUCTIONS", 330, "l"), ("THIS PERIOD", 500, "r"),
                          ("YEAR TO DATE", 574, "r")):
            (c.drawString if al == "l" else c.drawRightString)(xx, y, t)
        c.line(36, y - 4, 306, y - 4)
        c.line(330, y - 4, 576, y - 4)
        c.setFont("Helvetica", 8)
        ly = y - 16
        for ln in run.lines:
            c.drawString(36, ly, ln.label)
            if ln.hours is not None:
                c.drawRightString(128, ly, f"{ln.hours:.2f}")
            if ln.rate is not None:
                c.drawRightString(172, ly, f"{ln.rate:.4f}")
            c.drawRightString(236, ly, money(ln.amount))
            c.drawRightString(306, ly, money(run.ytd[ln.label]))
            ly -= 11
        dy = y - 16
        for k, v in [*run.taxes.items(), *run.deductions]:
            c.drawString(330, dy, k)
            c.drawRightString(500, dy, money(v))
            c.drawRightString(574, dy, money(run.ytd[k]))
            dy -= 11
        y = min(ly, dy) - 10
        c.setLineWidth(1)
        c.line(36, y + 6, 576, y + 6)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(36, y - 6, "GROSS EARNINGS")
        c.drawRightString(236, y - 6, money(run.gross))
        c.drawRightString(306, y - 6, money(run.ytd["GROSS"]))
        ded = r2(sum(run.taxes.values()) + sum(v for _, v in run.deductions))
        ded_ytd = r2(sum(run.ytd[k] for k in run.taxes) + sum(run.ytd[k] for k, _ in run.deductions))
        c.drawString(330, y - 6, "TOTAL DEDUCTIONS")
        c.drawRightString(500, y - 6, money(ded))
        c.drawRightString(574, y - 6, money(ded_ytd))
        c.drawString(330, y - 22, "NET PAY")
        c.drawRightString(500, y - 22, money(run.net))
        c.drawRightString(574, y - 22, money(run.ytd["NET"]))
        # perforation
        c.setDash(2, 3)
        c.line(20, 396, W - 20, 396)
        c.setDash()
        c.setFont("Helvetica", 6)
        c.drawCentredString(W / 2, 399, "DETACH AND RETAIN THIS STATEMENT")
        # the voucher
        c.setFillColor(Color(0.9, 0.93, 0.88))
        c.rect(36, 150, 540, 226, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 12)
        c.drawString(50, 352, run.employer)
        c.setFont("Times-Roman", 8)
        c.drawString(50, 341, run.address)
        c.setFont("Helvetica", 8)
        c.drawRightString(560, 352, f"No. {check_no}")
        c.drawRightString(560, 340, bank)
        c.setFont("Helvetica", 9)
        c.drawString(360, 310, "DATE")
        c.setFont("Courier-Bold", 10)
        c.drawString(400, 310, mdy(run.pay_date))
        c.setFont("Helvetica", 9)
        c.drawString(50, 276, "PAY TO THE")
        c.drawString(50, 266, "ORDER OF")
        c.setFont("Courier-Bold", 10)
        c.drawString(110, 270, run.employee.upper())
        c.rect(440, 262, 118, 20, stroke=1, fill=0)
        c.drawRightString(552, 268, "$**" + money(run.net))
        c.setFont("Courier", 9)
        c.drawString(50, 240, amount_words(run.net).upper())
        c.line(50, 236, 558, 236)
        c.setFont("Helvetica-Bold", 14)
        c.setFillGray(0.55)
        c.drawCentredString(W / 2, 200, "NON-NEGOTIABLE  -  DIRECT DEPOSIT ADVICE")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(360, 166, "AUTHORIZED SIGNATURE")
        c.line(360, 176, 558, 176)
        return []

    return Paper([page])


def stub_register(run: PayRun, dept: str, fiscal_note: str) -> Paper:
    """Layout C: a plain payroll printout in a fixed-width face, labels in capitals, a CURRENT / CAL YTD pair
    of columns for earnings and for deductions."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Courier-Bold", 12)
        c.drawString(48, 744, run.employer.upper())
        c.setFont("Courier", 8.5)
        c.drawString(48, 732, run.address.upper())
        c.drawRightString(564, 744, "EMPLOYEE PAY STATEMENT")
        c.drawRightString(564, 732, fiscal_note)
        c.setDash(1, 2)
        c.line(48, 724, 564, 724)
        c.setDash()
        c.setFont("Courier", 9)
        rows = [(f"EMPL NAME : {run.employee.upper()}", f"EMPL NO   : {run.emp_id}"),
                (f"DEPT      : {dept}", f"PAY CYCLE : {run.frequency.upper()}"),
                (f"PERIOD BEG: {mdy(run.start)}", f"PERIOD END: {mdy(run.end)}"),
                (f"CHECK DATE: {mdy(run.pay_date)}", "")]
        y = 706
        for a, b in rows:
            c.drawString(48, y, a)
            c.drawString(320, y, b)
            y -= 13
        y -= 10
        c.setFont("Courier-Bold", 9)
        c.drawString(48, y, f"{'EARNINGS':<18}{'HOURS':>8}{'CURRENT':>12}{'CAL YTD':>12}")
        c.drawString(320, y, f"{'DEDUCTIONS':<18}{'CURRENT':>10}{'CAL YTD':>11}")
        y -= 4
        c.line(48, y, 300, y)
        c.line(320, y, 564, y)
        c.setFont("Courier", 9)
        ly = y - 12
        for ln in run.lines:
            hrs = f"{ln.hours:.2f}" if ln.hours is not None else ""
            c.drawString(48, ly, f"{ln.label.upper()[:18]:<18}{hrs:>8}{money(ln.amount):>12}"
                                 f"{money(run.ytd[ln.label]):>12}")
            ly -= 12
        dy = y - 12
        for k, v in [*run.taxes.items(), *run.deductions]:
            c.drawString(320, dy, f"{k.upper()[:18]:<18}{money(v):>10}{money(run.ytd[k]):>11}")
            dy -= 12
        y = min(ly, dy) - 8
        c.line(48, y + 4, 564, y + 4)
        c.setFont("Courier-Bold", 9)
        c.drawString(48, y - 8, f"{'GROSS PAY':<26}{money(run.gross):>12}{money(run.ytd['GROSS']):>12}")
        ded = r2(sum(run.taxes.values()) + sum(v for _, v in run.deductions))
        ded_ytd = r2(sum(run.ytd[k] for k in run.taxes) + sum(run.ytd[k] for k, _ in run.deductions))
        c.drawString(320, y - 8, f"{'TOTAL DEDUCT':<18}{money(ded):>10}{money(ded_ytd):>11}")
        c.drawString(48, y - 24, f"{'NET PAY':<26}{money(run.net):>12}{money(run.ytd['NET']):>12}")
        c.setFont("Courier", 8)
        c.drawString(48, y - 52, "NET PAY DISTRIBUTED BY DIRECT DEPOSIT. QUESTIONS: PAYROLL OFFICE.")
        return []

    return Paper([page])


def les_run(last_first: str, natural: str, ssn: str, grade: str, pebd: dt.date, years: int, month: dt.date,
            since: dt.date, base: float, bas: float, bah: float, fed: float, state: float,
            deductions: Sequence[tuple[str, float]]) -> tuple[PayRun, dict[str, str]]:
    """A mobilized Guard member's month: entitlements, deductions, and year to date from the day of
    mobilization (that month prorated by days)."""
    start, end = month.replace(day=1), month_end(month)
    pay_date = end + dt.timedelta(days=1)
    ent = [PayLine("BASE PAY", None, None, base), PayLine("BAS", None, None, bas), PayLine("BAH", None, None, bah)]
    taxes = {"FEDERAL TAXES": r2(base * fed), "FICA-SOC SECURITY": r2(base * 0.062),
             "FICA-MEDICARE": r2(base * 0.0145), "STATE TAXES": r2(base * state)}
    gross = r2(base + bas + bah)
    net = r2(gross - sum(taxes.values()) - sum(v for _, v in deductions))
    ytd: dict[str, float] = {}
    m = since.replace(day=1)
    while m <= start:
        days = month_end(m).day
        share = (days - since.day + 1) / days if m == since.replace(day=1) else 1.0
        items = {ln.label: r2(ln.amount * share) for ln in ent}
        g = r2(sum(items.values()))
        tx = {k: r2(v * share) for k, v in taxes.items()}
        dd = {k: r2(v * share) for k, v in deductions}
        items.update(tx)
        items.update(dd)
        items["GROSS"] = g
        items["NET"] = r2(g - sum(tx.values()) - sum(dd.values()))
        for k, v in items.items():
            ytd[k] = r2(ytd.get(k, 0.0) + v)
        m = month_end(m) + dt.timedelta(days=1)
    run = PayRun("Defense Finance and Accounting Service", "Indianapolis, IN 46249", natural, ssn[-4:], "monthly",
                 pay_date, start, end, ent, taxes, list(deductions), ytd, gross, net)
    extra = {"last_first": last_first, "ssn": f"XXX-XX-{ssn[-4:]}", "grade": grade, "pebd": pebd.strftime("%y%m%d"),
             "years": f"{years:02d}"}
    return run, extra


def les_paper(run: PayRun, extra: dict[str, str], acct4: str) -> Paper:
    """A portrait military leave and earnings statement: a caption-cell strip, then ENTITLEMENTS, DEDUCTIONS
    and ALLOTMENTS panels one above the other, the SUMMARY column at the right, year-to-date cells and remarks."""

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.2)
        c.rect(36, 712, 540, 48, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(W / 2, 744, "DEFENSE FINANCE AND ACCOUNTING SERVICE")
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 729, "MILITARY LEAVE AND EARNINGS STATEMENT")
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 718, "ARMY NATIONAL GUARD  -  ORDERED TO ACTIVE DUTY (TITLE 10)  -  "
                                        "END-OF-MONTH PAY OPTION, PAID MONTHLY")
        c.setLineWidth(0.6)
        cells = (("NAME (LAST, FIRST, MI)", extra["last_first"], 150), ("SOC. SEC. NO.", extra["ssn"], 78),
                 ("GRADE", extra["grade"], 40), ("PAY DATE", extra["pebd"], 50), ("YRS SVC", extra["years"], 38),
                 ("BRANCH", "ARNG", 44), ("PERIOD COVERED", f"01-{run.end.day:02d} "
                                                            f"{MONTHS3[run.end.month - 1]} {run.end.year}", 140))
        x = 36.0
        for cap, val, wd in cells:
            box(c, x, 676, wd, 30, cap, val, cap_size=5.8, val_font=("Courier-Bold", 9))
            x += wd
        panels = (("ENTITLEMENTS", [(ln.label, ln.amount) for ln in run.lines]),
                  ("DEDUCTIONS", [*run.taxes.items(), *run.deductions]), ("ALLOTMENTS", []))
        y = 664
        for title, items in panels:
            hgt = 18 + 13 * max(2, len(items))
            c.rect(36, y - hgt, 380, hgt, stroke=1, fill=0)
            c.setFillGray(0.85)
            c.rect(36, y - 14, 380, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(42, y - 10, title)
            c.drawString(250, y - 10, "TYPE")
            c.drawRightString(408, y - 10, "AMOUNT")
            c.setFont("Courier", 9)
            iy = y - 27
            for k, v in items:
                c.drawString(250, iy, k)
                c.drawRightString(408, iy, money(v))
                iy -= 13
            if not items:
                c.drawString(250, iy, "NONE")
            y -= hgt + 8
        ded = r2(sum(run.taxes.values()) + sum(v for _, v in run.deductions))
        c.rect(424, y + 8, 152, 664 - y - 8, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(430, 654, "SUMMARY")
        c.setFont("Courier", 9)
        sy = 636
        for k, v in (("+AMT FWD", 0.0), ("+TOT ENT", run.gross), ("-TOT DED", ded), ("-TOT ALMT", 0.0),
                     ("=NET AMT", run.net), ("-CR FWD", 0.0), ("=EOM PAY", run.net)):
            c.drawString(430, sy, k)
            c.drawRightString(570, sy, money(v))
            sy -= 16
        y -= 4
        cells2 = (("YTD ENTITLE", money(run.ytd["GROSS"])),
                  ("YTD DEDUCT", money(r2(sum(run.ytd[k] for k in run.taxes) +
                                          sum(run.ytd[k] for k, _ in run.deductions)))),
                  ("YTD NET", money(run.ytd["NET"])), ("LEAVE BAL", "22.5"))
        for i, (cap, val) in enumerate(cells2):
            box(c, 36 + i * 135, y - 30, 135, 30, cap, val, val_font=("Courier-Bold", 9))
        y -= 48
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y, "REMARKS")
        c.setFont("Courier", 8.5)
        for ln in (f"ENTITLEMENTS FOR THE PERIOD {dmy_mil(run.start)} THROUGH {dmy_mil(run.end)}.",
                   f"NET PAY OF ${money(run.net)} DEPOSITED {dmy_mil(run.pay_date)} TO ACCT ENDING {acct4}.",
                   f"YOUR PAY FOR {MONTHS3[run.end.month - 1]} {run.end.year} IS PAID ONCE, AT THE END OF THE MONTH, "
                   "AS YOU ELECTED.", "FAMILY READINESS: CONTACT YOUR UNIT FAMILY PROGRAMS OFFICE."):
            y -= 12
            c.drawString(36, y, ln)
        return []

    return Paper([page])


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def farm_statement(rng: random.Random, bank: str, town: str, holder: str, address: Sequence[str], acct: str,
                   start: dt.date, begin: float, credits: Sequence[tuple[int, str, float]], tint: Color,
                   product: str = "FARM AND RANCH CHECKING") -> Statement:
    """A country bank's one-page statement on a cycle from the 6th to the 5th: the account block at the top,
    a Date / Check no. / Description / Withdrawals / Deposits / Balance ledger opened by a balance forward, and
    the summary as one sentence-like row at the FOOT of the page."""
    end = (start + dt.timedelta(days=32)).replace(day=start.day - 1)
    span = (end - start).days
    lines = [(start + dt.timedelta(days=day), "", desc, amt) for day, desc, amt in credits]
    debits = [("FARMERS UNION OIL - DIESEL", 260, 980), ("CENEX FUEL", 60, 190), ("CO-OP ELEVATOR - SEED", 300, 1400),
              ("OTTER TAIL POWER CO", 110, 260), ("CHECK", 40, 460), ("CHECK", 60, 380),
              ("RURAL MUTUAL INS", 140, 260), ("MARKET FOODS POS", 35, 140), ("DEBIT CARD - TRACTOR SUPPLY", 20, 170),
              ("HEARTLAND RURAL HOME LN PMT", 1180, 1180)]
    check_no = 3100 + rng.randrange(600)
    for desc, lo, hi in debits:
        amt = r2(rng.uniform(lo, hi))
        ref = ""
        if desc == "CHECK":
            check_no += rng.randrange(1, 4)
            ref = str(check_no)
        lines.append((start + dt.timedelta(days=rng.randrange(span + 1)), ref, desc, -amt))
    lines.sort(key=lambda t: (t[0], -t[3]))
    ending = r2(begin + sum(t[3] for t in lines))
    dep = r2(sum(t[3] for t in lines if t[3] > 0))
    wd = r2(-sum(t[3] for t in lines if t[3] < 0))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(tint)
        c.rect(36, 736, 8, 34, stroke=0, fill=1)
        c.setFont("Times-Bold", 17)
        c.drawString(52, 754, bank)
        c.setFillColor(black)
        c.setFont("Times-Italic", 9)
        c.drawString(52, 740, f"Serving agriculture since 1911  -  {town}  -  Member FDIC")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(576, 754, "ACCOUNT STATEMENT")
        c.setFont("Helvetica", 9)
        y = 704
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 11
        c.setLineWidth(0.6)
        c.rect(340, 660, 236, 60, stroke=1, fill=0)
        c.setFont("Helvetica", 8)
        for i, (k, v) in enumerate((("Account", product), ("Account number", "******" + acct[-4:]),
                                    ("Statement period", f"{mdy(start)} to {mdy(end)}"),
                                    ("Enclosures", "0"))):
            c.drawString(346, 708 - 13 * i, k)
            c.drawRightString(570, 708 - 13 * i, v)
        y = 636
        c.setFillColor(tint)
        c.rect(36, y - 4, 540, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.5)
        for t, x, al in (("DATE", 40, "l"), ("CHECK NO.", 82, "l"), ("DESCRIPTION", 130, "l"),
                         ("WITHDRAWALS", 410, "r"), ("DEPOSITS", 490, "r"), ("BALANCE", 572, "r")):
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        c.setFillColor(black)
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(40, y, start.strftime("%m-%d"))
        c.drawString(130, y, "BALANCE FORWARD")
        c.drawRightString(572, y, money(begin))
        bal = begin
        for d, ref, desc, amt in lines:
            y -= 13
            bal = r2(bal + amt)
            c.drawString(40, y, d.strftime("%m-%d"))
            c.drawString(82, y, ref)
            c.drawString(130, y, desc)
            c.drawRightString(410 if amt < 0 else 490, y, money(abs(amt)))
            c.drawRightString(572, y, money(bal))
        y -= 8
        c.line(36, y, 576, y)
        y -= 40
        c.setFillGray(0.93)
        c.rect(36, y - 8, 540, 40, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7)
        heads = ("PREVIOUS BALANCE", f"+ {sum(1 for t in lines if t[3] > 0)} DEPOSITS",
                 f"- {sum(1 for t in lines if t[3] < 0)} WITHDRAWALS", "- SERVICE CHARGE", "= NEW BALANCE")
        vals = (begin, dep, wd, 0.0, ending)
        for i, (hd, v) in enumerate(zip(heads, vals, strict=True)):
            x = 44 + i * 107
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x, y + 18, hd)
            c.setFont("Helvetica-Bold" if i == 4 else "Helvetica", 10)
            c.drawString(x, y + 2, money(v))
        c.setFont("Helvetica", 7)
        c.drawString(36, y - 26, "Questions about this statement? Call us or stop by the bank. Report errors within "
                                 "60 days of the statement date.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- letters and other papers ----------------------------------------------------------------------------------


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


def va_letterhead(c: Canvas, office: str, office_addr: str) -> None:
    c.setFillColor(Color(0.05, 0.2, 0.4))
    c.circle(96, 728, 22, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(96, 725, "VA")
    c.setFillColor(black)
    c.setFont("Times-Bold", 13)
    c.drawString(128, 736, "DEPARTMENT OF VETERANS AFFAIRS")
    c.setFont("Times-Roman", 9)
    c.drawString(128, 724, office)
    c.drawString(128, 713, office_addr)


def va_award_letter(person: str, address: Sequence[str], file4: str, date: dt.date,
                    rows: Sequence[tuple[float, dt.date, str]], rating: int, dic: bool = False,
                    veteran: str = "", died: dt.date | None = None) -> Letter:
    """The VA's award letter: compensation (or DIC for a surviving spouse) with the entitlement history table
    Monthly Entitlement Amount / Payment Start Date / Reason For Change, the last row the current award."""

    def page(c: Canvas) -> list[Mark]:
        va_letterhead(c, "Regional Office", "P.O. Box 8888, Roanoke, VA 24014")
        c.setFont("Times-Roman", 10)
        c.drawRightString(540, 690, long_date(date))
        c.setFont("Times-Roman", 9)
        c.drawRightString(540, 676, "In Reply Refer To: 314/214")
        c.drawRightString(540, 665, f"File Number: XXX XX {file4}")
        y = 680
        c.setFont("Times-Roman", 10.5)
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 14
        c.drawString(72, y, f"Dear {person}:")
        y -= 20
        if dic:
            paras = [f"We made a decision on your claim for Dependency and Indemnity Compensation (DIC) as the "
                     f"surviving spouse of {veteran}, who died on {long_date(died or date)}. Your claim is granted.",
                     "DIC is a tax-free monetary benefit. We pay it monthly, at the beginning of the month after the "
                     "month for which it is due. Your payment amount is shown below."]
            title = "Your DIC award"
        else:
            paras = [f"We made a decision on your claim for service-connected compensation. Your combined "
                     f"service-connected evaluation is {rating} percent. This letter tells you what we decided and "
                     "how much we will pay you.",
                     "Disability compensation is a tax-free benefit paid monthly. The amount below includes the "
                     "additional amount for the dependents we have on record for you."]
            title = "Your compensation award"
        y = paragraphs(c, 72, y, W - 144, paras, size=10.5, leading=13.5)
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 4, title)
        y -= 24
        c.setLineWidth(0.8)
        c.setFillGray(0.88)
        c.rect(72, y - 4, W - 144, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(78, y + 1, "Monthly Entitlement Amount")
        c.drawString(220, y + 1, "Payment Start Date")
        c.drawString(330, y + 1, "Reason For Change")
        c.setFont("Helvetica", 9)
        for amt, start, reason in rows:
            y -= 16
            c.rect(72, y - 4, W - 144, 16, stroke=1, fill=0)
            c.drawString(78, y + 1, "$" + money(amt))
            c.drawString(220, y + 1, long_date(start))
            c.drawString(330, y + 1, reason)
        y -= 30
        paras2 = ["If you have questions, call us toll-free at 1-800-827-1000. If you use a TTY, call 711. Keep this "
                  "letter for your records; you may need it to show your benefit amount to a lender or a state "
                  "agency.", "You have one year from the date of this letter to request a review of this decision."]
        y = paragraphs(c, 72, y, W - 144, paras2, size=10, leading=13)
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, y - 6, "Sincerely yours,")
        c.drawString(72, y - 40, "Veterans Service Center Manager")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, rows[-1][0],
                  "benefits_nontaxable")


def retiree_statement(name_last_first: str, address: Sequence[str], ssn4: str, date: dt.date, grade: str,
                      years: int, gross: float, sbp: float, fed: float, rating: int) -> Letter:
    """DFAS's retiree account statement for military retired pay: caption cells, then the pay information
    column Gross Pay / VA Waiver / SBP / Federal Tax / Net Pay, paid monthly."""
    net = r2(gross - sbp - fed)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(54, 748, "DEFENSE FINANCE AND ACCOUNTING SERVICE")
        c.setFont("Helvetica", 8)
        c.drawString(54, 737, "U.S. Military Retired Pay  -  P.O. Box 7130, London, KY 40742-7130")
        c.setFont("Helvetica-Bold", 15)
        c.drawRightString(558, 744, "RETIREE ACCOUNT STATEMENT")
        c.setLineWidth(1.5)
        c.line(54, 728, 558, 728)
        c.setLineWidth(0.6)
        c.setFont("Helvetica", 9.5)
        y = 706
        for ln in [name_last_first.upper(), *[a.upper() for a in address]]:
            c.drawString(64, y, ln)
            y -= 12
        cells = (("STATEMENT DATE", mdy(date)), ("SSN", f"XXX-XX-{ssn4}"), ("RETIRED GRADE", grade),
                 ("YEARS OF SERVICE", str(years)), ("VA DISABILITY %", f"{rating} (CRDP)"),
                 ("PAY FREQUENCY", "MONTHLY"))
        for i, (cap, val) in enumerate(cells):
            col, row = i % 3, i // 3
            box(c, 54 + col * 168, 608 - row * 30, 168, 30, cap, val, val_font=("Helvetica-Bold", 9))
        y = 552
        c.setFont("Helvetica-Bold", 10)
        c.drawString(54, y, "PAY INFORMATION")
        c.drawRightString(400, y, "MONTHLY AMOUNT")
        c.line(54, y - 4, 400, y - 4)
        c.setFont("Helvetica", 9.5)
        for k, v in (("Gross Pay", gross), ("VA Waiver", 0.0), ("Taxable Income", r2(gross - sbp)),
                     ("SBP Costs", sbp), ("Federal Tax Withheld", fed), ("Allotments", 0.0)):
            y -= 16
            c.drawString(64, y, k)
            c.drawRightString(400, y, money(v))
        y -= 10
        c.line(250, y, 400, y)
        y -= 14
        c.setFont("Helvetica-Bold", 10)
        c.drawString(64, y, "Net Pay")
        c.drawRightString(400, y, money(net))
        c.setFont("Helvetica", 8.5)
        paragraphs(c, 420, 552, 138, [
            "Your retired pay is paid on the first business day of each month for the month before.",
            "Combat-Related / Concurrent Retirement and Disability Pay: your VA compensation is paid by the VA and "
            "does not reduce the gross pay shown."], font="Helvetica", size=8, leading=10)
        paragraphs(c, 54, y - 40, 504, [
            "This statement shows your account as of the statement date. We send a new statement only when your "
            "pay or your deductions change. Keep it with your records; lenders accept it as proof of retired pay."],
            font="Helvetica", size=8.5, leading=11)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, gross, "benefits_taxable")


def ssa_letter(person: str, address: Sequence[str], date: dt.date, kind: str, gross: float, medicare: float,
               benefit: str, claim4: str, award: bool = False, since: dt.date | None = None,
               deceased: str = "") -> Letter:
    """A Social Security letter: the on-request benefit verification, or a notice of award for survivors."""
    net = float(math.floor(gross - medicare))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, 742, "Social Security Administration")
        c.setFont("Helvetica", 9)
        c.drawString(72, 729, "Retirement, Survivors and Disability Insurance")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, 714, "Notice of Award" if award else "Benefit Verification Letter")
        c.setFont("Helvetica", 9)
        c.drawRightString(540, 742, "Date: " + long_date(date))
        c.drawRightString(540, 729, "Claim Number: XXX-XX-" + claim4)
        y = 686
        c.setFont("Helvetica", 10)
        for ln in [person, *address]:
            c.drawString(72, y, ln)
            y -= 12
        y -= 18
        if award:
            paras = [f"We are writing to let you know that you are entitled to monthly survivors benefits as the "
                     f"widow of {deceased}, beginning {since.strftime('%B %Y') if since else ''}.",
                     f"The full monthly benefit before any deductions is ${money(gross)}. We deduct "
                     f"${money(medicare)} for medical insurance premiums each month, so the amount we will pay you "
                     f"is ${money(net)}.", "We pay benefits once a month. You will receive your payment on or about "
                     "the second Wednesday of each month."]
        else:
            paras = ["You asked us for information from your record. The information that you requested is shown "
                     "below.", f"Type of Social Security benefit: {kind}.",
                     f"Beginning December {date.year - 1}, the full monthly Social Security benefit before any "
                     f"deductions is ${money(gross)}.", f"We deduct ${money(medicare)} for medical insurance "
                     "premiums each month.", f"The regular monthly Social Security payment is ${money(net)}. (We "
                     "must round down to whole dollars.)", "Social Security benefits for a given month are paid the "
                     "following month. For example, Social Security benefits for March are paid in April."]
        y = paragraphs(c, 72, y, W - 144, paras, font="Helvetica", size=10, leading=13, gap=7)
        c.setFont("Helvetica", 10)
        c.drawString(72, y - 10, "If you have any questions, call us toll-free at 1-800-772-1213.")
        c.drawString(72, y - 50, "Social Security Administration")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, gross, benefit)


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int, signers: Sequence[str] = ()) -> Paper:
    """A typed hardship letter; the signers sign in ink only when it was printed and mailed or faxed."""

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
        c.drawString(72, y, f"Re: Loan number {loan} - letter of hardship")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["To whom it may concern:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Respectfully,")
        marks = []
        sy = y - 44
        names = list(signers) or [writer] + ([co_writer] if co_writer else [])
        for i, nm in enumerate(names):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def obituary_clip(paper_name: str, date: dt.date, page_ref: str, name: str, born: dt.date, died: dt.date,
                  paras: Sequence[str]) -> Letter:
    """A newspaper obituary cut out as a narrow column and laid on a sheet for copying."""

    def page(c: Canvas) -> list[Mark]:
        x0, wd = 190, 232
        c.setFillGray(0.97)
        c.rect(x0 - 8, 250, wd + 16, 520, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Italic", 7.5)
        c.drawString(x0, 756, f"{paper_name}  -  {date.strftime('%A')}, {long_date(date)}  -  {page_ref}")
        c.setLineWidth(0.4)
        c.line(x0, 751, x0 + wd, 751)
        c.setFont("Times-Bold", 10)
        c.drawCentredString(x0 + wd / 2, 738, "OBITUARIES")
        c.setFillGray(0.7)
        c.rect(x0, 640, 70, 88, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 12)
        y = 716
        for ln in wrap(name, "Times-Bold", 12, wd - 80):
            c.drawString(x0 + 78, y, ln)
            y -= 14
        c.setFont("Times-Italic", 8.5)
        c.drawString(x0 + 78, y - 2, f"{born.strftime('%b. %d, %Y')} -")
        c.drawString(x0 + 78, y - 13, died.strftime("%b. %d, %Y"))
        paragraphs(c, x0, 626, wd, paras, size=8.5, leading=10.4, gap=4)
        return []

    return Letter(Paper([page]), "obituary", date)


def dd214_page(last: str, first: str, middle: str, ssn4: str, branch: str, grade: str, paygrade: str,
               entered: dt.date, separated: dt.date, character: str, narrative: str) -> Paper:
    """A copy of a service member's release from active duty: numbered boxes in a dense grid."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 756, "CAUTION: NOT TO BE USED FOR IDENTIFICATION PURPOSES")
        c.drawRightString(572, 756, "MEMBER - 4")
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 738, "CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY")
        c.setLineWidth(0.5)
        rows = [[("1. NAME (Last, First, Middle)", f"{last.upper()}, {first.upper()} {middle.upper()}", 300),
                 ("2. DEPARTMENT, COMPONENT AND BRANCH", branch, 232)],
                [("3. SOCIAL SECURITY NUMBER", f"XXX-XX-{ssn4}", 140), ("4.a GRADE, RATE OR RANK", grade, 140),
                 ("b. PAY GRADE", paygrade, 80), ("5. DATE OF BIRTH (YYYYMMDD)", "XXXXXXXX", 172)],
                [("12. RECORD OF SERVICE   a. DATE ENTERED AD THIS PERIOD", entered.strftime("%Y %m %d"), 266),
                 ("b. SEPARATION DATE THIS PERIOD", separated.strftime("%Y %m %d"), 266)],
                [("13. DECORATIONS, MEDALS, BADGES, CITATIONS AND CAMPAIGN RIBBONS AWARDED",
                  "ARMY COMMENDATION MEDAL (3RD AWARD)//ARMY GOOD CONDUCT MEDAL (6TH AWARD)", 532)],
                [("23. TYPE OF SEPARATION", "RETIREMENT", 180), ("24. CHARACTER OF SERVICE", character, 180),
                 ("25. SEPARATION AUTHORITY", "AR 635-200, CHAPTER 12", 172)],
                [("28. NARRATIVE REASON FOR SEPARATION", narrative, 532)]]
        y = 716
        for row in rows:
            x = 40.0
            for cap, val, wd in row:
                box(c, x, y - 30, wd, 30, cap, val, cap_size=5.5, val_font=("Courier", 8.5))
                x += wd
            y -= 30
        box(c, 40, y - 120, 532, 120, "18. REMARKS", "", cap_size=5.5)
        c.setFont("Courier", 8)
        for i, ln in enumerate(("MEMBER HAS COMPLETED FIRST FULL TERM OF SERVICE//SERVICE IN SOUTHWEST",
                                "ASIA 20350301-20351120//NOTHING FOLLOWS")):
            c.drawString(46, y - 24 - 11 * i, ln)
        c.setFont("Helvetica", 6.5)
        c.drawString(40, y - 134, "DD FORM 214 (COPY)  -  PREVIOUS EDITION IS OBSOLETE.")
        return []

    return Paper([page])


def farm_pnl(farm: str, owner: str, address: str, start: dt.date, end: dt.date,
             income: Sequence[tuple[str, float]], expenses: Sequence[tuple[str, float]], signed: bool,
             signed_on: dt.date | None, seed: int) -> tuple[Paper, dict[str, Any], float]:
    """A farm's year-to-date profit and loss statement typed from the farm's books, with a certification line
    the owner signs and dates (or leaves empty)."""
    gross = r2(sum(v for _, v in income))
    cost = r2(sum(v for _, v in expenses))
    net = r2(gross - cost)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 740, farm.upper())
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 727, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 704, "PROFIT AND LOSS STATEMENT - YEAR TO DATE")
        c.setFont("Helvetica", 9.5)
        c.drawCentredString(W / 2, 690, f"For the period {long_date(start)} through {long_date(end)}")
        y = 660
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(90, y, "FARM INCOME")
        c.setFont("Helvetica", 9.5)
        for k, v in income:
            y -= 14
            c.drawString(110, y, k)
            c.drawRightString(500, y, money(v))
        y -= 16
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(110, y, "Gross farm income")
        c.drawRightString(500, y, money(gross))
        y -= 26
        c.drawString(90, y, "FARM EXPENSES")
        c.setFont("Helvetica", 9.5)
        for k, v in expenses:
            y -= 14
            c.drawString(110, y, k)
            c.drawRightString(500, y, money(v))
        y -= 16
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(110, y, "Total farm expenses")
        c.drawRightString(500, y, money(cost))
        y -= 24
        c.setLineWidth(1)
        c.line(380, y + 12, 505, y + 12)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(90, y, "NET FARM PROFIT (LOSS)")
        c.drawRightString(500, y, money(net))
        c.line(380, y - 4, 505, y - 4)
        c.line(380, y - 6, 505, y - 6)
        y -= 50
        paragraphs(c, 90, y, 420, ["I certify that this statement was prepared from the books and records of the "
                                   "farm and is true and complete to the best of my knowledge."],
                   font="Helvetica", size=9, leading=11.5)
        y -= 70
        c.setLineWidth(0.6)
        c.line(90, y, 330, y)
        c.line(370, y, 500, y)
        c.setFont("Helvetica", 7.5)
        c.drawString(90, y - 10, f"Signature of owner ({owner})")
        c.drawString(370, y - 10, "Date")
        marks = []
        if signed:
            marks.append(Mark("sig", 100, y + 2, w=170, seed=seed))
            if signed_on:
                marks.append(Mark("hand", 376, y + 4, mdy(signed_on), size=11, seed=seed + 3))
        return marks

    fields = {"period_start": start.isoformat(), "period_end": end.isoformat(), "net_income": net, "signed": signed}
    return Paper([page]), fields, net


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int,
              synth_gray: float = 0.72) -> tuple[bytes, list[list[Mark]]]:
    """Page 1 of the real IRS Form 4506-C, typed over (fields flattened into the page); the signature and its
    date are marks, drawn on screen or in ink by the caller."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Tallgrass Income Verification LLC"),
           (312, 506, "TIV-40913"), (420, 506, "TALLGRS01"), (27, 484, "900 Commerce Drive"),
           (312, 484, "Sioux Falls"), (420, 484, "SD"), (474, 484, "57104"), (27, 430, client),
           (474, 430, client_phone), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
           (81, 268, str(signed_on.year - 2)), (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    synth_line(c, letter, synth_gray)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    marks = [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 344, 168, mdy(signed_on), size=10, seed=seed + 2)]
    return fixed_pypdf_bytes(writer, "bz4506c"), [marks]


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(W / 2, 700, "BATCH SEPARATOR")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 682, "Scan operations - one sheet in front of each borrower's papers")
        c.drawImage(ImageReader(code), W / 2 - 160, 540, width=320, height=90)
        c.setFont("Courier-Bold", 13)
        c.drawCentredString(W / 2, 515, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 24)
        c.drawString(72, 712, "Facsimile Transmittal")
        c.setLineWidth(2)
        c.line(72, 702, 540, 702)
        c.setLineWidth(0.6)
        rows = [("TO", to), ("FAX", to_fax), ("FROM", sender), ("FAX", sender_fax), ("DATE", mdy(date)),
                ("PAGES", f"{pages} including this cover"), ("RE", note)]
        y = 670
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(150, y, v)
            y -= 24
        c.setFont("Helvetica", 9)
        c.drawString(72, y - 20, "CONFIDENTIAL: this transmission is meant only for the addressee. If you received it")
        c.drawString(72, y - 32, "in error, please call us and destroy the pages.")
        return []

    return Paper([page])


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class Inc:
    """One filled income line of a form: the form's row, whose income, GROSS and NET a month."""

    row: str
    who: str  # "b" borrower, "c" co-borrower/spouse, "h" household
    gross: float
    net: float
    annual: float | None = None  # seasonal income, as a year's figure


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
    incomes: list[Inc]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    explain: list[str] = field(default_factory=list)
    b_signs: bool = True
    co_signs: bool = True
    seed: int = 1
    case_no: str = ""  # FHA case number, VA loan identification number or USDA borrower id
    dob: tuple[dt.date | None, dt.date | None] = (None, None)
    dependents: list[tuple[str, str, int]] = field(default_factory=list)  # name, relationship, age
    expenses: list[tuple[str, float]] = field(default_factory=list)
    service: dict[str, Any] = field(default_factory=dict)
    employers: tuple[str, str] = ("", "")
    assets: tuple[float, float] = (0.0, 0.0)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    def code_of(self, row: str) -> str:
        return ROW_CODES[row]

    @property
    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for inc in self.incomes:
            if inc.gross > 0:
                code = self.code_of(inc.row)
                out[code] = r2(out.get(code, 0.0) + inc.gross)
        return out

    @property
    def total(self) -> float:
        return r2(sum(i.gross for i in self.incomes))

    @property
    def total_net(self) -> float:
        return r2(sum(i.net for i in self.incomes))

    def gross_of(self, row: str, who: str) -> float:
        return r2(sum(i.gross for i in self.incomes if i.row == row and i.who == who))

    def net_of(self, row: str, who: str) -> float:
        return r2(sum(i.net for i in self.incomes if i.row == row and i.who == who))

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = dict(self.income)
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs,
                "signed_on": self.signed_on.isoformat() if self.b_signs else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


# the rows of the three servicers' income tables: key -> (label, income code)
ODV_ROWS = {"civ": ("a. Wages / salary - civilian job", "wages"),
            "mil": ("b. Military base pay and allowances", "wages"),
            "ret": ("c. Military retired pay", "benefits_taxable"),
            "vac": ("d. VA disability compensation or DIC", "benefits_nontaxable"),
            "ss": ("e. Social Security (retirement, survivor)", "benefits_taxable"),
            "se": ("f. Self-employment (net)", "self_employment"),
            "rent": ("g. Rental income (net)", "rental"),
            "ue": ("h. Unemployment compensation", "unemployment"),
            "cs": ("i. Child support / alimony received", "other"),
            "oth": ("j. Other income", "other")}
IFM_ROWS = {"wb": ("Wages / salary - Borrower", "wages"),
            "wc": ("Wages / salary - Co-Borrower/Spouse", "wages"),
            "ot": ("Overtime, commissions, bonus", "wages"),
            "fse": ("Self-employment (net)", "self_employment"),
            "fss": ("Social Security - retirement/survivors", "benefits_taxable"),
            "fnt": ("SSI, SSDI, non-taxable disability", "benefits_nontaxable"),
            "pen": ("Pension / annuity", "benefits_taxable"),
            "fva": ("VA benefits (tax-free)", "benefits_nontaxable"),
            "fue": ("Unemployment compensation", "unemployment"),
            "frent": ("Rental income (net)", "rental"),
            "fcs": ("Child support / alimony", "other"),
            "foth": ("Other", "other")}
HRHL_ROWS = {"w": ("1 Wages and salaries", "wages"),
             "farm": ("2 Net farm income (Sch. F)", "self_employment"),
             "bus": ("3 Other business income (net)", "self_employment"),
             "uss": ("4 Social Security, pensions", "benefits_taxable"),
             "unt": ("5 SSI, disability, VA (tax-free)", "benefits_nontaxable"),
             "uue": ("6 Unemployment compensation", "unemployment"),
             "urent": ("7 Net rental income", "rental"),
             "int": ("8 Interest and dividends", "investment"),
             "ucs": ("9 Child support / alimony", "other"),
             "uoth": ("10 Other", "other")}
ROW_CODES = {k: v[1] for rows in (ODV_ROWS, IFM_ROWS, HRHL_ROWS) for k, v in rows.items()}
F710_ROWS = {code: code for code in INCOMES}
ROW_CODES.update(F710_ROWS)

ODV_REASONS = ("Loss of job or unemployment", "Reduced pay or hours, or a change in military pay",
               "Higher taxes, insurance or other housing costs", "Natural disaster (fire, flood, storm)",
               "Illness, injury or disability - including service-connected", "Divorce or legal separation",
               "Separation of co-borrowers not married to each other", "Death of a borrower or a wage earner",
               "PCS orders or a distant job transfer", "Other - explain below")
ODV_RED = Color(0.45, 0.09, 0.12)


def odv_bar(c: Canvas, x: float, y: float, w: float, title: str) -> None:
    c.setFillColor(ODV_RED)
    c.rect(x, y, w, 13, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x + 5, y + 3.5, title)
    c.setFillColor(black)


def odv_head(c: Canvas, app: App, page: int, pw: float, ph: float) -> None:
    c.setFont("Helvetica-Bold", 8)
    c.setFillColor(ODV_RED)
    c.drawString(36, ph - 30, "OLD DOMINION VETERANS HOME LOAN SERVICING")
    c.setFillColor(black)
    c.setFont("Helvetica", 7.5)
    c.drawString(36, ph - 40, "Form ODV-26-44 (Rev. 03/2054)  -  Borrower Financial Statement")
    c.drawRightString(pw - 36, ph - 30, f"Servicer loan number: {app.loan}")
    c.drawRightString(pw - 36, ph - 40, f"Page {page} of 3")
    c.setLineWidth(0.8)
    c.line(36, ph - 46, pw - 36, ph - 46)


def odv26(app: App) -> Paper:
    """Old Dominion Veterans Home Loan Servicing's three-page financial statement for VA-guaranteed loans."""
    sv = app.service

    def page1(c: Canvas) -> list[Mark]:
        c.setFillColor(ODV_RED)
        c.rect(36, 728, 540, 44, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(1.5)
        c.circle(60, 750, 14, stroke=1, fill=0)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(60, 746, "*")
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(84, 754, "OLD DOMINION VETERANS HOME LOAN SERVICING")
        c.setFont("Helvetica", 7.5)
        c.drawString(84, 741, "1800 Granby Street, Norfolk, VA 23510  -  (800) 555-0126  -  fax (757) 555-0127")
        c.drawRightString(570, 756, "Form ODV-26-44 (Rev. 03/2054)")
        c.drawRightString(570, 745, "Page 1 of 3")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 712, "BORROWER FINANCIAL STATEMENT AND REQUEST FOR LOSS MITIGATION")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 700, "VA-guaranteed home loans  -  complete every part, sign page 3 and attach the "
                                        "papers listed there")
        c.setLineWidth(0.6)
        box(c, 36, 660, 180, 30, "SERVICER LOAN NUMBER", app.loan, val_font=("Courier-Bold", 11))
        box(c, 216, 660, 200, 30, "VA LOAN IDENTIFICATION NUMBER (LIN)", app.case_no)
        box(c, 416, 660, 160, 30, "PERSONS LIVING IN THE HOME", str(2 + len(app.dependents) if app.co else
                                                                       1 + len(app.dependents)))
        odv_bar(c, 36, 640, 540, "PART I - BORROWERS")
        widths = (88, 140, 50, 62, 78, 122)
        heads = ("ROLE", "FULL NAME", "SSN - LAST 4", "DATE OF BIRTH", "PHONE", "E-MAIL")
        x = 36.0
        for wd, hd in zip(widths, heads, strict=True):
            c.setFillGray(0.9)
            c.rect(x, 626, wd, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 3, 630, hd)
            x += wd
        people = [("Borrower (Veteran)", app.borrower, app.ssn[-4:], app.dob[0], app.phone, app.email),
                  ("Co-Borrower/Spouse", app.co or "", (app.co_ssn or "")[-4:], app.dob[1] if app.co else None,
                   app.phone if app.co else "", "")]
        y = 606
        for row in people:
            x = 36.0
            vals = (row[0], row[1], row[2], mdy(row[3]) if row[3] else "", row[4], row[5])
            for i, (wd, val) in enumerate(zip(widths, vals, strict=True)):
                c.rect(x, y, wd, 20, stroke=1, fill=0)
                c.setFont("Helvetica-Bold" if i == 0 else "Courier", 7.5 if i == 0 else 8.5)
                c.drawString(x + 3, y + 7, val)
                x += wd
            y -= 20
        odv_bar(c, 36, 550, 540, "PART II - THE PROPERTY")
        box(c, 36, 516, 300, 30, "Property street address", app.street)
        box(c, 336, 516, 120, 30, "City", app.city)
        box(c, 456, 516, 40, 30, "State", app.state)
        box(c, 496, 516, 80, 30, "ZIP code", app.zip)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 500, "The property is:")
        x = 120.0
        for occ, label in zip(OCCUPANCIES, ("my primary residence (I live there)", "a second or vacation home",
                                            "an investment / rental property"), strict=True):
            x = tick(c, x, 500, app.occupancy == occ, label, size=7.5)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 484, "Is the property listed for sale?")
        x = tick(c, 170, 484, False, "Yes", size=7.5)
        tick(c, x, 484, True, "No", size=7.5)
        odv_bar(c, 36, 462, 540, "PART III - VETERAN'S SERVICE DETAILS")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 446, "Branch:")
        x = 100.0
        for b in ("Army", "Navy", "Air Force", "Marine Corps", "Coast Guard", "Space Force"):
            x = tick(c, x, 446, sv.get("branch") == b, b, size=7.5)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 430, "Component:")
        x = 100.0
        for b in ("Regular", "Reserve", "National Guard"):
            x = tick(c, x, 430, sv.get("component") == b, b, size=7.5)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 414, "Status now:")
        x = 100.0
        for b in ("Active duty", "Guard/Reserve on active orders", "Retired", "Separated veteran",
                  "Surviving spouse"):
            x = tick(c, x, 414, sv.get("status") == b, b, size=7.5)
        cells = (("Date entered service (mm/dd/yyyy)", mdy(sv["entered"]) if sv.get("entered") else "", 120),
                 ("Date separated or retired", mdy(sv["separated"]) if sv.get("separated") else "", 110),
                 ("VA combined disability rating", f"{sv['rating']} %" if sv.get("rating") is not None else "", 110),
                 ("Deployed / on orders now?", sv.get("deployed", "No"), 100),
                 ("SCRA relief requested?", sv.get("scra", "No"), 100))
        x = 36.0
        for cap, val, wd in cells:
            box(c, x, 372, wd, 30, cap, val)
            x += wd
        odv_bar(c, 36, 350, 540, "PART IV - DEPENDENTS")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 332, "Number of dependents (do not count the borrowers):")
        c.rect(262, 326, 30, 18, stroke=1, fill=0)
        c.setFont("Courier-Bold", 11)
        c.drawCentredString(277, 331, str(len(app.dependents)))
        grid = (("NAME", 220), ("RELATIONSHIP", 150), ("AGE", 60), ("LIVES IN THE HOME", 110))
        y = 306
        x = 36.0
        for hd, wd in grid:
            c.setFillGray(0.9)
            c.rect(x, y, wd, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 3, y + 4, hd)
            x += wd
        for i in range(4):
            y -= 18
            x = 36.0
            dep = app.dependents[i] if i < len(app.dependents) else None
            vals = (dep[0], dep[1], str(dep[2]), "Yes") if dep else ("", "", "", "")
            for (_, wd), val in zip(grid, vals, strict=True):
                c.rect(x, y, wd, 18, stroke=1, fill=0)
                c.setFont("Courier", 9)
                c.drawString(x + 4, y + 5, val)
                x += wd
        c.setFont("Helvetica", 7)
        c.drawString(36, 180, "Old Dominion services loans guaranteed by the U.S. Department of Veterans Affairs. "
                              "VA does not require you to use this form; it helps us review you for every option.")
        return []

    def page2(c: Canvas) -> list[Mark]:
        pw, ph = landscape(letter)
        odv_head(c, app, 2, pw, ph)
        odv_bar(c, 36, 542, 430, "PART V - MONTHLY INCOME")
        c.setFont("Helvetica", 7)
        c.drawString(36, 530, "GROSS = before taxes and deductions.  NET = the amount you actually receive.  Leave "
                              "lines that do not apply empty.")
        cols = (170, 65, 65, 65, 65)
        top = 510
        c.setFillGray(0.9)
        c.rect(206, top, 130, 13, stroke=1, fill=1)
        c.rect(336, top, 130, 13, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(271, top + 4, "VETERAN / BORROWER")
        c.drawCentredString(401, top + 4, "CO-BORROWER / SPOUSE")
        x = 36.0
        for wd, hd in zip(cols, ("SOURCE OF INCOME", "GROSS", "NET", "GROSS", "NET"), strict=True):
            c.setFillGray(0.9)
            c.rect(x, top - 14, wd, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            (c.drawString(x + 3, top - 10, hd) if wd == 170 else c.drawCentredString(x + wd / 2, top - 10, hd))
            x += wd
        y = top - 14
        sums = [0.0, 0.0, 0.0, 0.0]
        for key, (label, _) in ODV_ROWS.items():
            y -= 17
            vals = (app.gross_of(key, "b"), app.net_of(key, "b"), app.gross_of(key, "c"), app.net_of(key, "c"))
            x = 36.0
            c.rect(x, y, 170, 17, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 3, y + 5.5, label)
            x += 170
            for i, v in enumerate(vals):
                c.rect(x, y, 65, 17, stroke=1, fill=0)
                if v:
                    c.setFont("Courier", 9)
                    c.drawRightString(x + 61, y + 5, money(v))
                    sums[i] = r2(sums[i] + v)
                x += 65
        y -= 18
        x = 36.0
        c.setFillGray(0.8)
        c.rect(x, y, 170, 18, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x + 3, y + 6, "TOTALS (lines a through j)")
        x += 170
        for v in sums:
            c.rect(x, y, 65, 18, stroke=1, fill=0)
            c.setFont("Courier-Bold", 9)
            c.drawRightString(x + 61, y + 5.5, money(v))
            x += 65
        for i, (label, v) in enumerate((("TOTAL HOUSEHOLD GROSS MONTHLY INCOME (both GROSS columns)", app.total),
                                        ("TOTAL HOUSEHOLD NET MONTHLY INCOME (both NET columns)", app.total_net))):
            yy = y - 30 - 24 * i
            c.setLineWidth(1.2 if i == 0 else 0.6)
            c.rect(36, yy, 430, 20, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(42, yy + 7, label)
            c.setFont("Courier-Bold", 10.5)
            c.drawRightString(460, yy + 6, "$ " + money(v))
        c.setLineWidth(0.6)
        odv_bar(c, 482, 542, 274, "PART VI - MONTHLY HOUSEHOLD EXPENSES")
        y = 528
        total_exp = 0.0
        for label, v in app.expenses:
            y -= 17
            c.rect(482, y, 204, 17, stroke=1, fill=0)
            c.rect(686, y, 70, 17, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(486, y + 5.5, label)
            c.setFont("Courier", 9)
            c.drawRightString(752, y + 5, money(v))
            total_exp = r2(total_exp + v)
        y -= 18
        c.setFillGray(0.8)
        c.rect(482, y, 204, 18, stroke=1, fill=1)
        c.setFillColor(black)
        c.rect(686, y, 70, 18, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(486, y + 6, "TOTAL MONTHLY EXPENSES")
        c.setFont("Courier-Bold", 9)
        c.drawRightString(752, y + 5.5, money(total_exp))
        y -= 24
        c.rect(482, y, 274, 18, stroke=1, fill=0)
        c.setFont("Helvetica", 7)
        c.drawString(486, y + 6, "Surplus / (shortfall): household NET income less expenses")
        c.setFont("Courier", 9)
        surplus = r2(app.total_net - total_exp)
        c.drawRightString(752, y + 5.5, money(surplus) if surplus >= 0 else f"({money(-surplus)})")
        odv_bar(c, 482, y - 30, 274, "PART VII - ASSETS (information only)")
        for i, (label, v) in enumerate((("Checking and savings", app.assets[0]),
                                        ("Retirement (TSP, IRA) - not counted", app.assets[1]))):
            yy = y - 48 - 17 * i
            c.rect(482, yy, 204, 17, stroke=1, fill=0)
            c.rect(686, yy, 70, 17, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(486, yy + 5.5, label)
            c.setFont("Courier", 9)
            c.drawRightString(752, yy + 5, money(v))
        c.setFont("Helvetica", 7)
        c.drawString(36, 40, "Income you list here must match the papers you send: pay stubs or leave and earnings "
                             "statements, award letters, retiree account statements, bank statements.")
        return []

    def page3(c: Canvas) -> list[Mark]:
        odv_head(c, app, 3, W, H)
        odv_bar(c, 36, 724, 540, "PART VIII - HARDSHIP")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 708, "What caused your difficulty? Check every reason that applies.")
        for i, reason in enumerate(ODV_REASONS):
            col, row = divmod(i, 5)
            tick(c, 44 + col * 270, 690 - row * 15, HARDSHIPS[i] in app.hardships, reason, size=7.5)
        c.setFont("Helvetica", 8)
        c.drawString(44, 606, "If other, explain:")
        c.line(120, 604, 576, 604)
        c.setFont("Courier", 9)
        c.drawString(124, 606, app.other_text)
        box(c, 36, 560, 170, 30, "The hardship began on (mm/dd/yyyy)", mdy(app.start))
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(216, 580, "It is:")
        x = 246.0
        for d, label in (("short", "temporary (6 months or less)"), ("long", "long-term or permanent"),
                         ("resolved", "resolved")):
            x = tick(c, x, 580, app.duration == d, label, size=7.5)
        c.setFont("Helvetica", 8)
        c.drawString(40, 544, "Tell us briefly what happened:")
        for i in range(4):
            c.line(40, 528 - 16 * i, 576, 528 - 16 * i)
            if i < len(app.explain):
                c.setFont("Courier", 8.5)
                c.drawString(44, 531 - 16 * i, app.explain[i])
        odv_bar(c, 36, 450, 540, "PART IX - CERTIFICATIONS AND SIGNATURES")
        y = paragraphs(c, 40, 434, 530, [
            "1. I certify that the information in this statement is true and complete and that the hardship I "
            "described contributed to my need for help with my mortgage.",
            "2. I understand that Old Dominion will use this statement to review me for every option the VA and the "
            "holder of my loan allow, and that it may ask me for more papers.",
            "3. I consent to Old Dominion obtaining a credit report and verifying my income, benefits and service "
            "details with employers, the VA and DFAS.",
            "4. I understand that knowingly false statements may violate federal law (18 U.S.C. 1001)."],
            font="Helvetica", size=8, leading=10, gap=4)
        marks: list[Mark] = []
        y -= 24
        people = [(app.borrower, "Borrower (Veteran)", app.b_signs, 0),
                  (app.co or "", "Co-Borrower/Spouse", bool(app.co) and app.co_signs, 1)]
        for name, role, signs, k in people:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y + 18, role)
            c.setLineWidth(0.6)
            c.line(40, y, 360, y)
            c.rect(400, y - 4, 120, 24, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(40, y - 9, "Signature")
            c.drawString(200, y - 9, f"Printed name: {name}")
            c.drawString(402, y + 14, "Date (mm/dd/yyyy)")
            if signs:
                marks.append(Mark("sig", 60, y + 2, w=180, seed=app.seed + k))
                marks.append(Mark("hand", 408, y + 1, mdy(app.signed_on), size=11, seed=app.seed + 9 + k))
            y -= 58
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.rect(36, 60, 540, 62, stroke=1, fill=0)
        c.setDash()
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(42, 110, "PAPERS TO ATTACH")
        paragraphs(c, 42, 98, 528, [
            "Your two most recent pay stubs or leave and earnings statements; your VA award letter; your retiree "
            "account statement if you receive retired pay; Social Security award letters; a letter explaining your "
            "hardship; PCS orders if you are relocating."], font="Helvetica", size=7.5, leading=9.5)
        return marks

    return Paper([page1, page2, page3], sizes=[letter, landscape(letter), letter])


IFM_REASONS = (("019", "Unemployment", "unemployment"), ("006", "Curtailment of income", "reduction_in_income"),
               ("016", "Increase in taxes, insurance or MIP (escrow)", "increase_in_housing_expenses"),
               ("015", "Casualty loss / natural disaster", "disaster"),
               ("002", "Illness or disability of borrower or family member", "disability_or_illness"),
               ("005", "Marital difficulties - divorce or separation", "divorce_or_separation"),
               ("023", "Separation of unmarried co-borrowers", "separation_unmarried"),
               ("001", "Death of a borrower or wage earner", "death"),
               ("009", "Distant employment transfer", "relocation"),
               ("030", "Other (explain in item 18)", "other"))


def ifm_title(c: Canvas, page: int) -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawString(36, 752, "IRONHORSE FEDERAL MORTGAGE SERVICING")
    c.setFont("Helvetica", 7.5)
    c.drawString(36, 741, "Loss Mitigation - 600 Depot Street, Rocky Mount, NC 27804 - (252) 555-0110 - "
                          "fax (252) 555-0111")
    c.setFont("Helvetica-Bold", 8)
    c.drawRightString(576, 756, "FHA-INSURED LOANS")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(576, 746, "Form IFM-9200 (05/2054)")
    c.drawRightString(576, 736, f"Page {page} of 2")
    c.setLineWidth(1.6)
    c.line(36, 730, 576, 730)
    c.setLineWidth(0.5)
    c.line(36, 727, 576, 727)


def ifm9200(app: App) -> Paper:
    """Ironhorse Federal Mortgage Servicing's two-page financial statement and hardship affidavit for FHA loans:
    numbered caption boxes in a government-form grid, HUD-style reason-for-default codes, and on page 2 the
    income table (GROSS | NET) beside the expense table."""

    def page1(c: Canvas) -> list[Mark]:
        ifm_title(c, 1)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 710, "FINANCIAL STATEMENT AND HARDSHIP AFFIDAVIT")
        c.setLineWidth(0.6)
        rows = [[("1. FHA case number", app.case_no, 200), ("2. Servicer loan number", app.loan, 200),
                 ("3. Home phone", app.phone, 140)],
                [("4. Borrower's name (first, middle, last)", app.borrower, 300),
                 ("5. Social Security no. (last 4)", app.ssn[-4:], 110),
                 ("6. Date of birth", mdy(app.dob[0]) if app.dob[0] else "", 130)],
                [("7. Co-Borrower/Spouse name (first, middle, last)", app.co or "", 300),
                 ("8. Social Security no. (last 4)", (app.co_ssn or "")[-4:], 110),
                 ("9. Date of birth", mdy(app.dob[1]) if app.co and app.dob[1] else "", 130)],
                [("10. E-mail address", app.email, 250), ("11. Employer(s)", " / ".join(e for e in app.employers if e),
                                                          290)],
                [("12. Property address (street, city, state, ZIP code)", app.address, 540)]]
        y = 694
        for row in rows:
            x = 36.0
            for cap, val, wd in row:
                box(c, x, y - 30, wd, 30, cap, val)
                x += wd
            y -= 30
        # 13 occupancy
        c.rect(36, y - 34, 540, 34, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawString(38.5, y - 7.5, "13. Occupancy")
        c.setFont("Helvetica", 8)
        c.drawString(44, y - 22, "Is the property your principal residence?")
        x = tick(c, 212, y - 22, app.occupancy == "primary_residence", "Yes", size=8)
        x = tick(c, x, y - 22, app.occupancy != "primary_residence", "No", size=8)
        c.setFont("Helvetica", 8)
        c.drawString(x + 6, y - 22, "If no, it is:")
        x = tick(c, x + 52, y - 22, app.occupancy == "second_home", "a second home", size=8)
        tick(c, x, y - 22, app.occupancy == "investment_property", "rented to others", size=8)
        y -= 34
        # 14 dependents
        c.rect(36, y - 36, 540, 36, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawString(38.5, y - 7.5, "14. Dependents")
        c.setFont("Helvetica", 8)
        c.drawString(44, y - 25, "Number of dependents")
        c.rect(140, y - 30, 24, 18, stroke=1, fill=0)
        c.setFont("Courier-Bold", 11)
        c.drawCentredString(152, y - 25, str(len(app.dependents)))
        c.setFont("Helvetica", 8)
        c.drawString(190, y - 25, "Ages of dependents")
        for i in range(6):
            c.rect(270 + i * 30, y - 30, 30, 18, stroke=1, fill=0)
            if i < len(app.dependents):
                c.setFont("Courier", 10)
                c.drawCentredString(285 + i * 30, y - 25, str(app.dependents[i][2]))
        y -= 36
        # 15 reason for default
        hgt = 104
        c.rect(36, y - hgt, 540, hgt, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawString(38.5, y - 7.5, "15. Reason for default - mark every reason that applies (HUD default reason "
                                    "code shown before each)")
        for i, (code, label, hcode) in enumerate(IFM_REASONS):
            col, row = divmod(i, 5)
            xx = 46 + col * 268
            yy = y - 24 - row * 16
            c.setFont("Courier", 8)
            c.drawString(xx + 12, yy, code)
            tick(c, xx, yy, hcode in app.hardships, "", size=8)
            c.setFont("Helvetica", 8)
            c.drawString(xx + 34, yy, label)
        y -= hgt
        box(c, 36, y - 30, 180, 30, "16. Date the hardship began (mm/dd/yyyy)", mdy(app.start))
        c.rect(216, y - 30, 360, 30, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawString(218.5, y - 7.5, "17. Expected duration")
        x = 224.0
        for d, label in (("short", "Temporary (6 months or less)"), ("long", "Long-term"),
                         ("resolved", "Resolved")):
            x = tick(c, x, y - 23, app.duration == d, label, size=8)
        y -= 30
        c.rect(36, y - 92, 540, 92, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawString(38.5, y - 7.5, "18. Explain your hardship (attach a letter if you need more room)")
        lines = ([f"Other: {app.other_text}"] if app.other_text else []) + app.explain
        c.setFont("Courier", 9)
        for i, ln in enumerate(lines[:6]):
            c.drawString(44, y - 22 - 12 * i, ln)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 40, "IFM-9200 (05/2054)  -  Page 1 of 2  -  continue on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        ifm_title(c, 2)
        box(c, 36, 690, 200, 28, "FHA case number", app.case_no)
        box(c, 236, 690, 200, 28, "Servicer loan number", app.loan)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, 674, "19. MONTHLY INCOME (all borrowers)")
        c.drawString(330, 674, "20. MONTHLY EXPENSES")
        y = 656
        c.setFillGray(0.15)
        c.rect(36, y, 284, 13, stroke=0, fill=1)
        c.rect(330, y, 246, 13, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, y + 4, "SOURCE")
        c.drawRightString(256, y + 4, "GROSS")
        c.drawRightString(316, y + 4, "NET")
        c.drawString(334, y + 4, "EXPENSE")
        c.drawRightString(572, y + 4, "AMOUNT")
        c.setFillColor(black)
        iy = y
        gsum = nsum = 0.0
        for key, (label, _) in IFM_ROWS.items():
            iy -= 15
            g = r2(app.gross_of(key, "b") + app.gross_of(key, "c") + app.gross_of(key, "h"))
            n = r2(app.net_of(key, "b") + app.net_of(key, "c") + app.net_of(key, "h"))
            c.setLineWidth(0.4)
            c.line(36, iy - 3, 320, iy - 3)
            c.line(204, iy - 3, 204, iy + 12)
            c.line(262, iy - 3, 262, iy + 12)
            c.setFont("Helvetica", 7.5)
            c.drawString(40, iy + 1, label)
            if g:
                c.setFont("Courier", 8.5)
                c.drawRightString(258, iy + 1, money(g))
                c.drawRightString(316, iy + 1, money(n))
                gsum = r2(gsum + g)
                nsum = r2(nsum + n)
        iy -= 17
        c.setLineWidth(1)
        c.rect(36, iy - 4, 284, 16, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, iy + 1, "TOTAL MONTHLY INCOME")
        c.setFont("Courier-Bold", 8.5)
        c.drawRightString(258, iy + 1, money(app.total))
        c.drawRightString(316, iy + 1, money(app.total_net))
        ey = y
        etot = 0.0
        for label, v in app.expenses:
            ey -= 15
            c.setLineWidth(0.4)
            c.line(330, ey - 3, 576, ey - 3)
            c.line(506, ey - 3, 506, ey + 12)
            c.setFont("Helvetica", 7.5)
            c.drawString(334, ey + 1, label)
            c.setFont("Courier", 8.5)
            c.drawRightString(572, ey + 1, money(v))
            etot = r2(etot + v)
        ey -= 17
        c.setLineWidth(1)
        c.rect(330, ey - 4, 246, 16, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(334, ey + 1, "TOTAL MONTHLY EXPENSES")
        c.setFont("Courier-Bold", 8.5)
        c.drawRightString(572, ey + 1, money(etot))
        ey -= 20
        c.setFont("Helvetica", 7.5)
        c.drawString(334, ey, "Net income less expenses:")
        c.setFont("Courier", 8.5)
        diff = r2(app.total_net - etot)
        c.drawRightString(572, ey, money(diff) if diff >= 0 else f"({money(-diff)})")
        y = min(iy, ey) - 30
        c.setLineWidth(0.6)
        cells = (("21. Checking / savings", money(app.assets[0]), 180), ("Other liquid assets", money(app.assets[1]),
                                                                          180), ("Other real estate owned?", "No", 180))
        x = 36.0
        for cap, val, wd in cells:
            box(c, x, y - 28, wd, 28, cap, val)
            x += wd
        y -= 46
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y, "22. CERTIFICATION")
        y = paragraphs(c, 36, y - 13, 540, [
            "I/We certify that the statements above are true and complete, that the hardship described caused the "
            "default, and that I/we will tell Ironhorse Federal of any change in income. I/We authorize Ironhorse "
            "Federal and HUD to verify this information and to obtain credit reports.",
            "WARNING: Anyone who knowingly makes a false statement on this form to obtain loss mitigation on an "
            "FHA-insured mortgage may be subject to fines and imprisonment under 18 U.S.C. 1001 and 1010."],
            font="Helvetica", size=7.8, leading=9.6, gap=5)
        y -= 6
        c.setFillGray(0.9)
        c.rect(36, y - 14, 540, 14, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7)
        for x, t in ((40, ""), (140, "SIGNATURE"), (360, "PRINTED NAME"), (490, "DATE")):
            c.drawString(x, y - 10, t)
        marks: list[Mark] = []
        people = [("Borrower", app.borrower, app.b_signs, 0),
                  ("Co-Borrower/Spouse", app.co or "", bool(app.co) and app.co_signs, 1)]
        for role, name, signs, k in people:
            y -= 40
            c.rect(36, y - 14, 100, 40, stroke=1, fill=0)
            c.rect(136, y - 14, 220, 40, stroke=1, fill=0)
            c.rect(356, y - 14, 130, 40, stroke=1, fill=0)
            c.rect(486, y - 14, 90, 40, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y + 2, role)
            c.setFont("Courier", 8.5)
            c.drawString(360, y + 2, name)
            if signs:
                marks.append(Mark("sig", 150, y - 6, w=170, seed=app.seed + k))
                marks.append(Mark("hand", 490, y, mdy(app.signed_on), size=10.5, seed=app.seed + 20 + k))
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 40, "IFM-9200 (05/2054)  -  Page 2 of 2")
        return marks

    return Paper([page1, page2])


HRHL_REASONS = ("Loss of job or off-farm employment", "Reduced income or hours; lower commodity prices",
                "Higher taxes, insurance or other housing costs",
                "Natural disaster, crop failure or livestock loss (drought, hail, flood, fire)",
                "Illness, injury or disability in the household", "Divorce or legal separation",
                "Separation of co-borrowers who are not married", "Death of a borrower or a wage earner",
                "Job transfer or relocation", "Other (explain)")
USDA_GREEN = Color(0.13, 0.38, 0.2)


def hrhl_part(c: Canvas, y: float, title: str, x: float = 36, w: float = 540) -> None:
    c.setStrokeColor(USDA_GREEN)
    c.setLineWidth(1.4)
    c.line(x, y, x + w, y)
    c.setStrokeColor(black)
    c.setFillColor(USDA_GREEN)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x, y + 4, title)
    c.setFillColor(black)
    c.setLineWidth(0.5)


def kv_rows(c: Canvas, x: float, y: float, rows: Sequence[tuple[str, str]], label_w: float, val_w: float,
            h: float = 17) -> float:
    """A key-value grid: shaded label cells at the left, typed answers at the right."""
    for k, v in rows:
        c.setFillColor(Color(0.9, 0.95, 0.9))
        c.rect(x, y - h, label_w, h, stroke=1, fill=1)
        c.setFillColor(black)
        c.rect(x + label_w, y - h, val_w, h, stroke=1, fill=0)
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 4, y - h + 5.5, k)
        c.setFont("Courier", 9)
        c.drawString(x + label_w + 4, y - h + 5, v)
        y -= h
    return y


def hrhl55(app: App) -> Paper:
    """Heartland Rural Home Loan Servicing's two-page statement for USDA guaranteed loans: green part rules,
    key-value grids, a household grid, and on page 2 the income table with an ANNUAL column for seasonal income
    and Monthly GROSS / Monthly NET, beside the expense table; signature boxes side by side."""
    ex = app.extra

    def head(c: Canvas, page: int) -> None:
        c.setFillColor(USDA_GREEN)
        for i in range(3):
            c.ellipse(40 + i * 7, 742, 46 + i * 7, 768, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(70, 756, "HEARTLAND RURAL HOME LOAN SERVICING")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(70, 745, "USDA Single Family Housing Guaranteed Loans  -  410 Main Avenue, Fargo, ND 58103  -  "
                              "(701) 555-0135")
        c.drawRightString(576, 758, "Form HRHL-55 (Rev. 01/2054)")
        c.drawRightString(576, 747, f"Page {page} of 2")

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawCentredString(W / 2, 718, "BORROWER FINANCIAL STATEMENT AND REQUEST FOR SERVICING ASSISTANCE")
        hrhl_part(c, 694, "PART A - LOAN AND BORROWERS")
        left = [("Lender loan number", app.loan), ("Borrower", app.borrower),
                ("Co-Borrower/Spouse", app.co or ""), ("Telephone", app.phone)]
        right = [("USDA borrower ID", app.case_no), ("Borrower SSN (last 4)", app.ssn[-4:]),
                 ("Co-Borrower SSN (last 4)", (app.co_ssn or "")[-4:]), ("E-mail", app.email)]
        kv_rows(c, 36, 690, left, 95, 175)
        kv_rows(c, 306, 690, right, 100, 170)
        hrhl_part(c, 606, "PART B - THE HOME")
        y = kv_rows(c, 36, 602, [("Street address", app.street),
                                 ("City, State, ZIP", f"{app.city}, {app.state} {app.zip}"),
                                 ("Acres with the home", ex.get("acres", ""))], 95, 445)
        c.setFont("Helvetica", 8)
        c.drawString(40, y - 14, "How is the home used?")
        x = 140.0
        for occ, label in zip(OCCUPANCIES, ("We live in it as our only home", "Seasonal or second home",
                                            "Rented out"), strict=True):
            x = tick(c, x, y - 14, app.occupancy == occ, label, size=8)
        hrhl_part(c, y - 40, "PART C - HOUSEHOLD")
        c.setFont("Helvetica", 8)
        c.drawString(40, y - 58, "List everyone who lives in the home.  Number of dependents:")
        c.rect(286, y - 63, 26, 17, stroke=1, fill=0)
        c.setFont("Courier-Bold", 10.5)
        c.drawCentredString(299, y - 58, str(len(app.dependents)))
        cols = (("NAME", 190), ("RELATIONSHIP TO BORROWER", 150), ("AGE", 50), ("FULL-TIME STUDENT", 75),
                ("DEPENDENT", 75))
        gy = y - 84
        x = 36.0
        for hd, wd in cols:
            c.setFillColor(Color(0.9, 0.95, 0.9))
            c.rect(x, gy, wd, 13, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 3, gy + 4, hd)
            x += wd
        members = [(app.borrower, "Self", ex.get("ages", (0, 0))[0], "No", "No")]
        if app.co:
            members.append((app.co, "Spouse", ex.get("ages", (0, 0))[1], "No", "No"))
        members += [(n, r, a, "Yes" if a >= 6 else "No", "Yes") for n, r, a in app.dependents]
        for i in range(6):
            gy -= 16
            x = 36.0
            vals = [str(v) for v in members[i]] if i < len(members) else [""] * 5
            for (_, wd), v in zip(cols, vals, strict=True):
                c.rect(x, gy, wd, 16, stroke=1, fill=0)
                c.setFont("Courier", 8.5)
                c.drawString(x + 4, gy + 5, v)
                x += wd
        hrhl_part(c, gy - 26, "PART D - HARDSHIP")
        y = gy - 44
        c.setFont("Helvetica", 8)
        c.drawString(40, y, "What caused the trouble making payments? Mark all that apply.")
        for i, reason in enumerate(HRHL_REASONS):
            tick(c, 44, y - 16 - 13 * i, HARDSHIPS[i] in app.hardships, reason, size=7.8)
        y -= 16 + 13 * 10
        c.setFont("Helvetica", 8)
        c.drawString(40, y, "Explain:")
        c.line(80, y - 2, 576, y - 2)
        c.setFont("Courier", 8.5)
        c.drawString(84, y, app.other_text or (app.explain[0] if app.explain else ""))
        y -= 24
        c.setFont("Helvetica", 8)
        c.drawString(40, y, "The hardship began (month/day/year):")
        c.rect(190, y - 5, 84, 17, stroke=1, fill=0)
        c.setFont("Courier", 9.5)
        c.drawString(195, y, mdy(app.start))
        c.setFont("Helvetica", 8)
        c.drawString(290, y, "Expected to last:")
        x = 360.0
        for d, label in (("short", "6 months or less"), ("long", "more than 6 months"), ("resolved", "it is over")):
            x = tick(c, x, y, app.duration == d, label, size=7.8)
        y -= 22
        c.setFont("Helvetica", 8)
        c.drawString(40, y, "Is any household income seasonal?")
        seasonal = any(i.annual for i in app.incomes)
        x = tick(c, 184, y, seasonal, "Yes", size=8)
        x = tick(c, x, y, not seasonal, "No", size=8)
        c.drawString(x, y, "Months it is received:")
        c.line(x + 84, y - 2, 576, y - 2)
        c.setFont("Courier", 8.5)
        c.drawString(x + 88, y, ex.get("season", ""))
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica", 8)
        c.drawString(36, 722, f"Lender loan number {app.loan}   -   USDA borrower ID {app.case_no}")
        hrhl_part(c, 700, "PART E - MONTHLY INCOME", 36, 330)
        hrhl_part(c, 700, "PART F - MONTHLY EXPENSES", 380, 196)
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 690, "For seasonal income give the year's amount; GROSS = before taxes, NET = after taxes.")
        cols = (("INCOME SOURCE", 132), ("WHO", 28), ("ANNUAL", 58), ("MONTHLY GROSS", 56), ("MONTHLY NET", 56))
        y = 670
        x = 36.0
        for hd, wd in cols:
            c.setFillColor(USDA_GREEN)
            c.rect(x, y, wd, 14, stroke=1, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 6)
            c.drawCentredString(x + wd / 2, y + 4.5, hd)
            x += wd
        c.setFillColor(black)
        for key, (label, _) in HRHL_ROWS.items():
            y -= 16
            lines = [i for i in app.incomes if i.row == key]
            g = r2(sum(i.gross for i in lines))
            n = r2(sum(i.net for i in lines))
            annual = r2(sum(i.annual or 0.0 for i in lines))
            who = "/".join(sorted({"B" if i.who == "b" else "C" if i.who == "c" else "B/C" for i in lines}))
            vals = (label, who, money(annual) if annual else "", money(g) if g else "", money(n) if g else "")
            x = 36.0
            for i, ((_, wd), v) in enumerate(zip(cols, vals, strict=True)):
                c.rect(x, y, wd, 16, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica", 7)
                    c.drawString(x + 3, y + 5, v)
                elif i == 1:
                    c.setFont("Courier", 8)
                    c.drawCentredString(x + wd / 2, y + 5, v)
                else:
                    c.setFont("Courier", 8)
                    c.drawRightString(x + wd - 3, y + 5, v)
                x += wd
        y -= 18
        c.setLineWidth(1.1)
        c.rect(36, y, 330, 18, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y + 6, "TOTAL MONTHLY HOUSEHOLD INCOME")
        c.setFont("Courier-Bold", 8)
        c.drawRightString(307, y + 6, money(app.total))
        c.drawRightString(363, y + 6, money(app.total_net))
        c.setLineWidth(0.5)
        ey = 684
        etot = 0.0
        for label, v in app.expenses:
            ey -= 16
            c.rect(380, ey, 130, 16, stroke=1, fill=0)
            c.rect(510, ey, 66, 16, stroke=1, fill=0)
            c.setFont("Helvetica", 7)
            c.drawString(384, ey + 5, label)
            c.setFont("Courier", 8)
            c.drawRightString(573, ey + 5, money(v))
            etot = r2(etot + v)
        ey -= 18
        c.setLineWidth(1.1)
        c.rect(380, ey, 196, 18, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(384, ey + 6, "TOTAL EXPENSES")
        c.setFont("Courier-Bold", 8)
        c.drawRightString(573, ey + 6, money(etot))
        c.setLineWidth(0.5)
        y = min(y, ey) - 36
        hrhl_part(c, y, "PART G - ASSETS")
        y = kv_rows(c, 36, y - 4, [("Checking and savings", money(app.assets[0])),
                                   ("Machinery, livestock, stored grain (estimated value)", money(app.assets[1]))],
                    300, 240)
        hrhl_part(c, y - 24, "PART H - CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 36, y - 40, 540, [
            "We certify that the information in this statement is true and complete. We understand that Heartland "
            "will use it to review us for the servicing options of the USDA Single Family Housing Guaranteed Loan "
            "Program and may verify it, including with a credit report and IRS transcripts."],
            font="Helvetica", size=8, leading=10)
        marks: list[Mark] = []
        people = [("Borrower", app.borrower, app.b_signs, 0),
                  ("Co-Borrower/Spouse", app.co or "", bool(app.co) and app.co_signs, 1)]
        for i, (role, name, signs, k) in enumerate(people):
            x = 36 + i * 276
            c.setStrokeColor(USDA_GREEN)
            c.rect(x, y - 96, 264, 84, stroke=1, fill=0)
            c.setStrokeColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 6, y - 24, role.upper())
            c.line(x + 6, y - 56, x + 258, y - 56)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 6, y - 64, "Signature")
            c.line(x + 160, y - 84, x + 258, y - 84)
            c.drawString(x + 160, y - 92, "Date signed")
            c.setFont("Courier", 8)
            c.drawString(x + 6, y - 84, name)
            if signs:
                marks.append(Mark("sig", x + 20, y - 54, w=170, seed=app.seed + k))
                marks.append(Mark("hand", x + 164, y - 82, mdy(app.signed_on), size=10.5, seed=app.seed + 30 + k))
        return marks

    return Paper([page1, page2])


# --- the real Form 710 ---------------------------------------------------------------------------------------

F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_values(app: App) -> dict[str, str | bool]:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_2": True, "Checkbox_18": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": money(app.assets[0])}
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        values[F710_INCOME[k]] = money(v)
    return values


def form710_print(app: App) -> tuple[bytes, list[list[Mark]], str]:
    """The real Form 710 typed through its AcroForm and printed; the signatures and their dates are ink marks
    for the caller. Also returns the typed values as text, for the truth check."""
    values = form710_values(app)
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
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c, letter, 0.55, y=4)
    c.showPage()
    c.save()
    for page in writer.pages:
        page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    typed = " ".join(v for v in values.values() if isinstance(v, str))
    return fixed_pypdf_bytes(writer, f"bz710{app.loan}"), marks, typed


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
    printed: str = ""  # every string printed or written on its pages, for the truth check


@dataclass
class Sheets:
    """A paper turned into page images (scanned, faxed or photographed), with what was printed on it."""

    pages: list[ScannedPage]
    text: str


class FaxLine:
    """The sending fax machine's header: the same stamp on every page and a running page count."""

    def __init__(self, stamp: str, total: int) -> None:
        self.stamp = stamp
        self.total = total
        self.n = 0

    def __call__(self, i: int) -> str:
        self.n += 1
        return f"{self.stamp}   P.{self.n:02d}/{self.total:02d}"


def marks_text(marks: Sequence[Sequence[Mark]]) -> str:
    return " ".join(m.text for page in marks for m in page if m.kind == "hand")


def scanned(paper: Paper, style: Scan, seed: int, header: FaxHeader | None = None) -> Sheets:
    pdf, marks = paper_pdf(paper, screen_marks=False, synth_gray=0.4 if style.fax else 0.62)
    return Sheets(scan_sheets(pdf, marks, style, seed, header), " ".join(pdf_page_texts(pdf)) + " " +
                  marks_text(marks))


def scanned_bytes(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int, typed: str = "",
                  header: FaxHeader | None = None) -> Sheets:
    return Sheets(scan_sheets(pdf, marks, style, seed, header), " ".join(pdf_page_texts(pdf)) + " " + typed + " " +
                  marks_text(marks))


def photographed(paper: Paper, style: Photo, seed: int) -> Sheets:
    pdf, marks = paper_pdf(paper, screen_marks=False, synth_gray=0.5)
    return Sheets(photo_paper(pdf, marks, style, seed), " ".join(pdf_page_texts(pdf)) + " " + marks_text(marks))


def photographed_bytes(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Photo, seed: int,
                       typed: str = "") -> Sheets:
    return Sheets(photo_paper(pdf, marks, style, seed), " ".join(pdf_page_texts(pdf)) + " " + typed + " " +
                  marks_text(marks))


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def digital(self, rel: str, parts: Sequence[tuple[Doc | None, Paper]]) -> None:
        """A born-digital file holding the given papers in order, signed and dated on screen."""
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
        c.setCreator("holdout_packets_bz")
        page = 1
        for doc, paper in parts:
            texts = []
            for i, fn in enumerate(paper.pages):
                c.setPageSize(paper.size_at(i))
                marks = fn(c)
                apply_screen_marks(c, marks)
                synth_line(c, paper.size_at(i))
                c.showPage()
                texts.append(marks_text([marks]))
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(len(paper.pages))]
                doc.printed = " ".join(texts)
                self.docs.append(doc)
            page += len(paper.pages)
        c.save()
        self.files[rel] = buf.getvalue()

    def digital_bytes(self, rel: str, data: bytes, doc: Doc, typed: str = "") -> None:
        """A born-digital file made elsewhere (a real form typed over), holding one document."""
        n = len(PdfReader(io.BytesIO(data)).pages)
        doc.pages = [(rel, i + 1) for i in range(n)]
        doc.printed = typed
        self.docs.append(doc)
        self.files[rel] = data

    def images(self, rel: str, parts: Sequence[tuple[Doc | None, Sheets]], how: Scan | None) -> None:
        """An image-only file: scanned or faxed sheets (how = the Scan style) or phone photos (how = None)."""
        pages: list[ScannedPage] = []
        for doc, sheets in parts:
            if doc is not None:
                doc.pages = [(rel, len(pages) + 1 + i) for i in range(len(sheets.pages))]
                doc.scanned = True
                doc.printed = sheets.text
                self.docs.append(doc)
            pages.extend(sheets.pages)
        self.files[rel] = scans_pdf(pages, how) if how is not None else photos_pdf(pages)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(run: PayRun) -> Doc:
    return Doc("pay_stub", run.fields, run.pay_date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date)


def other_doc() -> Doc:
    return Doc("other", {})


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
    two_bank = any(a.account == b.account and a is not b and fresh(b.date) and
                   dt.date.fromisoformat(b.fields["period_start"]) ==
                   dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]
    pnl = any(d.type == "profit_and_loss_statement" and d.signed and fresh(d.date) for d in docs)
    returns = any(d.type == "tax_return" and d.signed for d in docs)

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or pnl or returns, "unemployment": True,
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


# --- is every truth value printed on its page? ---------------------------------------------------------------


def _squash(s: str) -> str:
    return " ".join(s.lower().replace("$", " ").split())


def _bare(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def date_forms(d: dt.date) -> list[str]:
    return [mdy(d), f"{d.month}/{d.day}/{d.year}", long_date(d), dmy_mil(d), d.strftime("%b. %d, %Y"),
            d.strftime("%b %d, %Y"), d.isoformat(), d.strftime("%m/%d/%y"), d.strftime("%Y %m %d")]


def name_forms(name: str) -> list[str]:
    parts = name.replace(".", "").split()
    out = [name]
    if len(parts) >= 2:
        out += [f"{parts[-1]}, {' '.join(parts[:-1])}", f"{parts[-1]}, {parts[0]}"]
    return out


FREQ_FORMS = {"weekly": ["weekly"], "biweekly": ["biweekly", "bi-weekly", "every two weeks"],
              "semimonthly": ["semi-monthly", "semimonthly", "twice a month"], "monthly": ["monthly"]}
NOT_PRINTED = {"monthly_gross", "benefit_type", "signed", "occupancy", "hardship_types", "co_borrower_signed",
               "income", "property_address", "tax_year", "form"}


def printed(name: str, value: Any, text: str) -> bool:
    """Whether a truth value appears in a page's text in one of the ways papers print it."""
    sq, bare = _squash(text), _bare(text)
    if isinstance(value, bool) or value is None:
        return True
    if isinstance(value, float | int) and not isinstance(value, bool):
        return any(_squash(f) in sq for f in (money(value), f"{value:.2f}"))
    if name == "frequency":
        return any(f in sq for f in FREQ_FORMS[value])
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
        return any(_squash(f) in sq for f in date_forms(dt.date.fromisoformat(value)))
    if name in ("borrower_name", "co_borrower_name", "employee_name"):
        return any(_bare(f) in bare for f in name_forms(value))
    return _bare(str(value)) in bare


def truth_problems(p: Packet) -> list[str]:
    """Every expected value of the packet looked up in the text printed or written on its document's pages: the
    delivered file's own text layer for a born-digital document, the sheets' text before scanning otherwise."""
    out: list[str] = []
    layers: dict[str, list[str]] = {}
    for d in p.docs:
        if d.scanned:
            text = d.printed
        else:
            pages = layers.setdefault(d.pages[0][0], pdf_page_texts(p.files[d.pages[0][0]]))
            text = " ".join(pages[n - 1] for _, n in d.pages) + " " + d.printed
        checks: list[tuple[str, Any]] = [(k, v) for k, v in d.fields.items() if k not in NOT_PRINTED]
        if d.type == "mortgage_assistance_application":
            a = p.app
            exp = a.expected()
            checks += [(k, exp[k]) for k in ("loan_number", "borrower_name", "co_borrower_name", "ssn_last4",
                                             "hardship_start_date", "signed_on")]
            checks += [("street", a.street), ("city", a.city), ("state", a.state), ("zip", a.zip)]
            if not a.extra.get("no_total"):  # Form 710 prints no total: the truth's total is the lines' sum
                checks.append(("total", a.total))
            checks += [(f"income {i.row}", i.gross) for i in a.incomes]
        for k, v in checks:
            if not printed(k, v, text):
                out.append(f"{p.name}: {d.type} {d.pages[0]} does not print {k}={v!r}")
    return out


# --- the eight packets ---------------------------------------------------------------------------------------------

WH_VA = Withholding(0.1, 0.045, "Virginia income tax", (("Medical - family", 212.40), ("401(k) 5%", 137.00)))
WH_NC = Withholding(0.08, 0.045, "NC income tax", (("Health insurance", 96.15),))
WH_ND = Withholding(0.07, 0.0195, "ND income tax", (("TFFR retirement", 277.20), ("Health insurance", 145.00)))
WH_TX = Withholding(0.085, 0.0, "", (("Medical plan", 58.20), ("TCDRS retirement", 67.48)))
WH_PT = Withholding(0.04, 0.045, "NC income tax", ())


def ord_expenses(piti: float, auto: float, cards: float, util: float, food: float, medical: float,
                 other: float = 0.0) -> list[tuple[str, float]]:
    return [("First mortgage payment (PITI)", piti), ("Second mortgage / HELOC", 0.0), ("Auto loans / leases", auto),
            ("Auto insurance and fuel", r2(util * 0.6)), ("Credit cards (minimum payments)", cards),
            ("Utilities (electric, gas, water)", util), ("Phone, cable, internet", 164.00),
            ("Food and household", food), ("Child care / tuition", 0.0), ("Medical and prescriptions", medical),
            ("Other", other)]


def packet_bz1(seed: int) -> Packet:
    """VA form typed and signed on screen by a retired soldier and his wife, e-mailed as a folder."""
    received = dt.date(2054, 3, 24)
    addr = ["318 Laurel Bay Drive", "Chesapeake, VA 23322"]
    runs = [pay_run("Bayside Pediatric Associates", "4100 Battlefield Boulevard, Chesapeake, VA 23322",
                    "Alicia R. Whitlock", "BPA-0417", "biweekly", d, hourly(34.25, 80.0, f"bz1{seed}"), WH_VA)
            for d in (dt.date(2054, 2, 27), dt.date(2054, 3, 13))]
    ras = retiree_statement("Whitlock, Marcus D", addr, "4417", dt.date(2054, 3, 1), "E-7 / SFC", 20, 2384.00,
                            155.36, 188.00, 70)
    award = va_award_letter("Marcus D. Whitlock", addr, "4417", dt.date(2054, 2, 20),
                            [(1102.04, dt.date(2049, 7, 1), "Original award, 30 percent"),
                             (1141.71, dt.date(2052, 12, 1), "Cost-of-living adjustment"),
                             (1986.44, dt.date(2054, 2, 1), "Evaluation increased to 70 percent; dependents added")],
                            70)
    app = App("4401928837", "Marcus D. Whitlock", "951-22-4417", "318 Laurel Bay Drive", "Chesapeake", "VA",
              "23322", "(757) 555-0148", "mwhitlock@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2053, 11, 14), "long",
              [Inc("ret", "b", 2384.00, r2(2384.00 - 155.36 - 188.00)), Inc("vac", "b", 1986.44, 1986.44),
               Inc("civ", "c", runs[-1].monthly, runs[-1].monthly_net)],
              dt.date(2054, 3, 18), co="Alicia R. Whitlock", co_ssn="951-30-2286",
              explain=["My service-connected back and knee conditions got worse in November and I had to",
                       "give up my civilian job as a range safety contractor. My VA rating went up to 70%,",
                       "but the increase does not replace the pay I lost."],
              seed=seed + 11, case_no="49-49-6-0712833", dob=(dt.date(2011, 4, 2), dt.date(2013, 8, 30)),
              dependents=[("Jaden Whitlock", "Son", 14), ("Maya Whitlock", "Daughter", 9)],
              expenses=ord_expenses(1894.22, 512.00, 240.00, 388.50, 1150.00, 135.00),
              service={"branch": "Army", "component": "Regular", "status": "Retired",
                       "entered": dt.date(2029, 6, 12), "separated": dt.date(2049, 6, 30), "rating": 70,
                       "deployed": "No", "scra": "No"}, assets=(2140.00, 38200.00))
    p = Packet("bz1", received, app, [])
    folder = app.loan
    p.digital(f"{folder}/ODV-26-44 Whitlock signed.pdf", [(app_doc(), odv26(app))])
    for r in runs:
        p.digital(f"{folder}/Alicia paystub {r.pay_date.strftime('%m-%d')}.pdf",
                  [(stub_doc(r), stub_sidebar(r, Color(0.12, 0.32, 0.42)))])
    p.digital(f"{folder}/Retiree Account Statement.pdf", [(letter_doc(ras), ras.paper)])
    p.digital(f"{folder}/VA award letter Feb 2054.pdf", [(letter_doc(award), award.paper)])
    on = dt.date(2054, 3, 18)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Old Dominion Veterans Home Loan Servicing", [
        "I retired from the Army in 2049 after twenty years. Since then I worked as a range safety contractor "
        "while my wife works as a nurse. In November my service-connected back and knee conditions got worse. My "
        "doctor at the VA clinic told me to stop the field work, and the contractor let me go at the end of the "
        "month.",
        "The VA raised my rating to 70 percent in February, but the extra compensation is far less than the pay I "
        "lost. We are behind two payments and ask to be reviewed for a modification of our VA loan."],
        ink=False, seed=seed + 12)
    p.digital(f"{folder}/hardship letter.pdf", [(hardship_doc(on), hl)])
    dd = dd214_page("Whitlock", "Marcus", "Dale", "4417", "ARMY / RA", "SFC", "E07", dt.date(2029, 6, 12),
                    dt.date(2049, 6, 30), "HONORABLE", "SUFFICIENT SERVICE FOR RETIREMENT")
    style = Scan(dpi=200, tilt=0.4, blur=0.5, noise=0.0005)
    p.images(f"{folder}/DD214 Whitlock.pdf", [(other_doc(), scanned(dd, style, seed + 13))], style)
    return p


def packet_bz2(seed: int) -> Packet:
    """FHA form printed, signed in ink and scanned with the rest of the envelope behind a separator sheet."""
    received = dt.date(2054, 6, 2)
    addr = ["2214 Cedar Knoll Drive", "Rocky Mount, NC 27804"]
    runs = [pay_run("Blue Ridge Casegoods, Inc.", "1200 Sunset Avenue, Rocky Mount, NC 27804",
                    "Raymond T. Castellano", "004471", "semimonthly", d, hourly(19.75, 86.67, f"bz2{seed}"), WH_NC)
            for d in (dt.date(2054, 2, 5), dt.date(2054, 2, 20))]
    ssa = ssa_letter("Gloria M. Castellano", addr, dt.date(2054, 5, 12), "Retirement", 1604.90, 202.90,
                     "benefits_taxable", "1190")
    app = App("7730418852", "Raymond T. Castellano", "962-41-7730", "2214 Cedar Knoll Drive", "Rocky Mount", "NC",
              "27804", "(252) 555-0187", "rtcastellano@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2053, 12, 1), "short",
              [Inc("wb", "b", runs[-1].monthly, runs[-1].monthly_net), Inc("fss", "c", 1604.90, 1402.00)],
              dt.date(2054, 5, 27), co="Gloria M. Castellano", co_ssn="962-58-1190",
              explain=["Blue Ridge Casegoods cut the second shift on December 1. My hours went from about",
                       "45 a week with overtime to 40 or less, and there is no overtime at all now."],
              seed=seed + 21, case_no="541-9938471-703", dob=(dt.date(1996, 10, 14), dt.date(1988, 3, 3)),
              dependents=[("Luis Castellano", "Grandson", 12)], employers=("Blue Ridge Casegoods, Inc.", ""),
              expenses=ord_expenses(1488.22, 389.00, 175.00, 322.40, 860.00, 210.00),
              assets=(1140.00, 0.0))
    p = Packet("bz2", received, app, ["income_doc:wages"])
    style = Scan(dpi=300, tilt=0.25, blur=0.7, noise=0.0004)
    on = dt.date(2054, 5, 27)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Ironhorse Federal Mortgage Servicing", [
        "On December 1 the furniture plant where I have worked for eleven years shut down the second shift. I was "
        "moved to days, but I lost the shift premium and all of my overtime, and some weeks we only work four "
        "days.",
        "My wife's Social Security and my reduced pay cover the bills but not the full house payment. The plant "
        "says orders should pick up by summer. We are asking for a forbearance or a plan we can afford until then."],
        ink=True, seed=seed + 22)
    p.images("mailroom_batch_0602_07.pdf", [
        (None, scanned(separator_sheet(app.loan), style, seed + 200)),
        (app_doc(), scanned(ifm9200(app), style, seed + 201)),
        (stub_doc(runs[0]), scanned(stub_voucher(runs[0], "20418", "Tar River Savings Bank"), style, seed + 202)),
        (stub_doc(runs[1]), scanned(stub_voucher(runs[1], "20533", "Tar River Savings Bank"), style, seed + 203)),
        (letter_doc(ssa), scanned(ssa.paper, style, seed + 204)),
        (hardship_doc(on), scanned(hl, style, seed + 205))], style)
    return p


def packet_bz3(seed: int) -> Packet:
    """USDA form printed, signed in ink and faxed from the farm supply store behind a cover sheet."""
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2054, 7, 14)
    addr = ["14620 County Road 9", "Hillsboro, ND 58045"]
    run = pay_run("Hillsboro Public School District No. 9", "400 Viking Drive, Hillsboro, ND 58045",
                  "Kari L. Brandvold", "20871", "monthly", dt.date(2054, 6, 30), salaried(2310.00, "Food service"),
                  WH_ND)
    app = App("0318822705", "Elias J. Brandvold", "974-20-5518", "14620 County Road 9", "Hillsboro", "ND", "58045",
              "(701) 555-0162", "brandvoldfarm@example.net", "primary_residence", ["disaster"],
              dt.date(2053, 7, 15), "long",
              [Inc("farm", "b", 3200.00, 2890.00, annual=38400.00), Inc("w", "c", run.monthly, run.monthly_net)],
              dt.date(2054, 7, 8), co="Kari L. Brandvold", co_ssn="974-33-0921",
              explain=["Drought, then hail on July 15, took most of the 2053 wheat and soybean crop."],
              seed=seed + 31, case_no="RD-0091-4473-2",
              dependents=[("Nils Brandvold", "Son", 15), ("Ingrid Brandvold", "Daughter", 11)],
              expenses=[("Mortgage payment (PITI)", 1312.40), ("Farm operating loan", 640.00),
                        ("Machinery payments", 815.00), ("Vehicle insurance and fuel", 410.00),
                        ("Utilities and propane", 388.50), ("Phone and internet", 129.00),
                        ("Food and household", 980.00), ("Medical and insurance", 455.00)],
              assets=(3140.00, 86000.00),
              extra={"acres": "4.5", "ages": (52, 49), "season": "September - December (harvest)"})
    p = Packet("bz3", received, app, ["income_doc:self_employment"])
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True)
    pnl, pnl_fields, _ = farm_pnl("Brandvold Farms", "Elias J. Brandvold", "14620 County Road 9, Hillsboro, ND 58045",
                                  dt.date(2054, 1, 1), dt.date(2054, 6, 30),
                                  [("Grain sales - 2053 crop carried over", 14820.00),
                                   ("Crop insurance indemnity", 9650.00), ("Custom hauling", 1240.00)],
                                  [("Seed", 6210.50), ("Fertilizer and chemicals", 4830.25), ("Fuel and oil", 2110.40),
                                   ("Repairs and maintenance", 1288.60), ("Interest - operating loan", 1840.00),
                                   ("Insurance", 960.00)], signed=False, signed_on=None, seed=seed + 32)
    stmt = farm_statement(rng, "Red River Valley State Bank", "Hillsboro, North Dakota", "Elias J. or Kari L. "
                          "Brandvold", addr, "20417733", dt.date(2054, 6, 6), 4212.37,
                          [(24, "HILLSBORO PUBLIC SCHOOLS PAYROLL", run.net), (11, "ADM GRAIN - SETTLEMENT", 3312.80),
                           (19, "MOBILE DEPOSIT - CUSTOM HAULING", 620.00)], Color(0.55, 0.1, 0.1))
    t4506, t_marks = form4506c("Elias", "J", "Brandvold", "974-20-5518", "14620 County Road 9", "Hillsboro", "ND",
                               "58045", "Heartland Rural Home Loan Servicing", "(701) 555-0135", dt.date(2054, 7, 8),
                               "(701) 555-0162", seed + 33, synth_gray=0.4)
    cover = fax_cover("Hillsboro Ag Supply", "(701) 555-0199", "Heartland Rural Home Loan Servicing",
                      "(701) 555-0136", dt.date(2054, 7, 13), 7, f"Brandvold - loan {app.loan}")
    line = FaxLine("JUL 13 2054 16:42  FROM: HILLSBORO AG SUPPLY  7015550199", 7)
    pnl_doc = Doc("profit_and_loss_statement", pnl_fields, dt.date(2054, 6, 30), signed=False)
    p.images("fax_7015550199_20540713164211.pdf", [
        (None, scanned(cover, style, seed + 300, line)),
        (app_doc(), scanned(hrhl55(app), style, seed + 301, line)),
        (stub_doc(run), scanned(stub_register(run, "FOOD SERVICE", "PAY CYCLE MONTHLY - CALENDAR YTD SHOWN"), style,
                                seed + 302, line)),
        (pnl_doc, scanned(pnl, style, seed + 303, line)),
        (stmt_doc(stmt), scanned(stmt.paper, style, seed + 304, line)),
        (Doc("irs_form_4506c", {"signed": True, "signed_on": "2054-07-08"}, dt.date(2054, 7, 8), signed=True),
         scanned_bytes(t4506, t_marks, style, seed + 305, header=line))], style)
    return p


def packet_bz4(seed: int) -> Packet:
    """A veteran's widow: the real Form 710 printed, signed in ink and photographed page by page with a phone."""
    received = dt.date(2054, 4, 21)
    addr = ["77 Old Mill Road", "Bedford, VA 24523"]
    ssa = ssa_letter("Loretta J. Haskins", addr, dt.date(2054, 3, 2), "Survivors", 1482.80, 202.90,
                     "benefits_taxable", "0275", award=True, since=dt.date(2054, 2, 1), deceased="Calvin R. Haskins")
    dic = va_award_letter("Loretta J. Haskins", addr, "0275", dt.date(2054, 3, 19),
                          [(1699.36, dt.date(2054, 2, 1), "Surviving spouse - DIC granted")], 0, dic=True,
                          veteran="Calvin R. Haskins", died=dt.date(2054, 1, 9))
    app = App("2290574613", "Loretta J. Haskins", "983-61-0275", "77 Old Mill Road", "Bedford", "VA", "24523",
              "(540) 555-0176", "lhaskins@example.com", "primary_residence", ["death"], dt.date(2054, 1, 9), "long",
              [Inc("benefits_taxable", "b", 1482.80, 1279.00), Inc("benefits_nontaxable", "b", 1699.36, 1699.36)],
              dt.date(2054, 4, 14), seed=seed + 41, assets=(4380.00, 0.0), extra={"no_total": True})
    p = Packet("bz4", received, app, [])
    pdf, marks, typed = form710_print(app)
    obit = obituary_clip("The Bedford Bulletin", dt.date(2054, 1, 13), "Page A5", "Calvin Ray Haskins",
                         dt.date(1979, 5, 2), dt.date(2054, 1, 9), [
                             "Calvin Ray Haskins, 74, of Bedford died Friday, January 9, 2054, at Centra Bedford "
                             "Memorial Hospital.",
                             "Born in Lynchburg, he served twenty-two years in the United States Air Force and "
                             "retired as a Master Sergeant. After the service he drove for the county school "
                             "system until 2046.",
                             "He is survived by his wife of forty-one years, Loretta Haskins; a daughter, Denise "
                             "Haskins Morgan of Roanoke; and three grandchildren.",
                             "A graveside service with military honors will be held at the Bedford Memorial Park on "
                             "Thursday at 11 a.m."])
    on = dt.date(2054, 4, 14)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Old Dominion Veterans Home Loan Servicing", [
        "My husband Calvin died on January 9. He was a retired Air Force Master Sergeant and his retired pay "
        "stopped when he died. I now live on my Social Security survivor benefit and the DIC the VA granted me in "
        "March.",
        "I have been in this house for thirty years and want to keep it. I am asking for a modification so that "
        "the payment fits what I receive now."], ink=True, seed=seed + 42)
    folder = app.loan
    shots = [(app_doc(), photographed_bytes(pdf, marks, Photo(dpi=150, angle=2.2, seed=seed + 400), seed + 400,
                                            typed), "IMG_4471.pdf"),
             (letter_doc(ssa), photographed(ssa.paper, Photo(dpi=150, angle=-1.4, keystone=0.05, seed=seed + 401),
                                            seed + 401), "IMG_4475.pdf"),
             (letter_doc(dic), photographed(dic.paper, Photo(dpi=150, angle=3.1, shade=0.3, seed=seed + 402),
                                            seed + 402), "IMG_4476.pdf"),
             (letter_doc(obit), photographed(obit.paper, Photo(dpi=170, angle=-2.6, table=(70, 74, 82),
                                                               seed=seed + 403), seed + 403), "IMG_4478.pdf"),
             (hardship_doc(on), photographed(hl, Photo(dpi=150, angle=1.2, seed=seed + 404), seed + 404),
              "IMG_4480.pdf")]
    for doc, sheets, name in shots:
        p.images(f"{folder}/{name}", [(doc, sheets)], None)
    return p


def packet_bz5(seed: int) -> Packet:
    """A Guard soldier mobilized overseas: his wife fills the VA form, signs her own line and faxes it; his
    signature line stays empty."""
    received = dt.date(2054, 7, 22)
    addr = ["905 Sandpiper Court", "Jacksonville, NC 28546"]
    les, les_extra = les_run("WIERZBICKI, TOMASZ K", "Tomasz K. Wierzbicki", "968-44-2031", "E-6",
                             dt.date(2039, 6, 5), 15, dt.date(2054, 6, 1), dt.date(2054, 2, 10), 4156.20, 460.25,
                             1845.00, 0.09, 0.045, (("SGLI", 31.00), ("AFRH", 0.50), ("TRICARE DENTAL", 15.65)))
    runs = [pay_run("Onslow Family Dental", "1410 Western Boulevard, Jacksonville, NC 28546", "Renee C. Wierzbicki",
                    "OFD-118", "biweekly", d, hourly(22.40, 64.0, f"bz5{seed}"), WH_NC)
            for d in (dt.date(2054, 7, 3), dt.date(2054, 7, 17))]
    app = App("5108834296", "Tomasz K. Wierzbicki", "968-44-2031", "905 Sandpiper Court", "Jacksonville", "NC",
              "28546", "(910) 555-0173", "tkwierz@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2054, 2, 10), "long",
              [Inc("mil", "b", les.monthly, les.monthly_net), Inc("civ", "c", runs[-1].monthly,
                                                                  runs[-1].monthly_net)],
              dt.date(2054, 7, 16), co="Renee C. Wierzbicki", co_ssn="968-52-7710",
              explain=["My husband's Guard unit was mobilized on February 10 for twelve months. His military",
                       "pay is less than his salary as a lineman, and I had to cut my hours to care for our",
                       "children alone. He is deployed overseas and could not sign this form."],
              b_signs=False, seed=seed + 51, case_no="49-53-6-1180427",
              dob=(dt.date(2021, 1, 22), dt.date(2022, 9, 8)),
              dependents=[("Oliwia Wierzbicka", "Daughter", 7), ("Jakub Wierzbicki", "Son", 4)],
              expenses=ord_expenses(1711.85, 468.00, 310.00, 341.20, 920.00, 60.00, other=380.00),
              service={"branch": "Army", "component": "National Guard", "status": "Guard/Reserve on active orders",
                       "entered": dt.date(2039, 6, 5), "rating": None, "deployed": "Yes", "scra": "Yes"},
              assets=(1920.00, 14300.00))
    p = Packet("bz5", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.45, blur=0.45, noise=0.0007, fax=True)
    on = dt.date(2054, 7, 16)
    hl = hardship_letter("Renee C. Wierzbicki", None, addr, app.loan, on, "Old Dominion Veterans Home Loan "
                         "Servicing", [
                             "My husband, Staff Sergeant Tomasz Wierzbicki, was ordered to active duty with his "
                             "North Carolina Army National Guard unit on February 10 and deployed overseas in "
                             "March. His orders run for twelve months. His civilian pay as a lineman with the "
                             "electric cooperative stopped, and his military pay is about $1,400 a month less.",
                             "With him gone I cut my hours at the dental office to be home with our children. We "
                             "have asked for the SCRA interest rate and now ask for a lower payment until he comes "
                             "home. He cannot sign papers where he is; I have signed for myself."],
                         ink=True, seed=seed + 52, signers=["Renee C. Wierzbicki"])
    line = FaxLine("JUL 21 2054 12:07  FROM: ONSLOW FAMILY DENTAL  910 555 0190", 7)
    p.images("Wierzbicki 5108834296 fax.pdf", [
        (app_doc(), scanned(odv26(app), style, seed + 501, line)),
        (stub_doc(les), scanned(les_paper(les, les_extra, "6630"), style, seed + 502, line)),
        (stub_doc(runs[0]), scanned(stub_sidebar(runs[0], Color(0.3, 0.3, 0.3)), style, seed + 503, line)),
        (stub_doc(runs[1]), scanned(stub_sidebar(runs[1], Color(0.3, 0.3, 0.3)), style, seed + 504, line)),
        (hardship_doc(on), scanned(hl, style, seed + 505, line))], style)
    return p


def packet_bz6(seed: int) -> Packet:
    """FHA form typed and signed on screen by a borrower on SSDI with a part-time job; loose uploaded files."""
    received = dt.date(2054, 5, 19)
    addr = ["48 Magnolia Street", "Tarboro, NC 27886"]
    runs = [pay_run("Tar River Hardware & Feed", "301 Main Street, Tarboro, NC 27886", "Yolanda P. Ferris", "0228",
                    "biweekly", d, hourly(15.80, 48.0, f"bz6{seed}"), WH_PT)
            for d in (dt.date(2054, 4, 24), dt.date(2054, 5, 8))]
    ssa = ssa_letter("Yolanda P. Ferris", addr, dt.date(2054, 4, 30), "Disability", 1388.00, 202.90,
                     "benefits_nontaxable", "8841")
    app = App("6627105538", "Yolanda P. Ferris", "957-63-8841", "48 Magnolia Street", "Tarboro", "NC", "27886",
              "(252) 555-0139", "yferris@example.com", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2054, 1, 1), "long",
              [Inc("wb", "b", runs[-1].monthly, runs[-1].monthly_net), Inc("fnt", "b", 1388.00, 1185.00)],
              dt.date(2054, 5, 12),
              explain=["Edgecombe County reassessed my house in January and FEMA's new flood map put it in",
                       "a flood zone, so flood insurance is now required. My escrow went up $286 a month."],
              seed=seed + 61, case_no="541-7720316-703", dob=(dt.date(1990, 2, 17), None),
              dependents=[("Kiara Ferris", "Daughter", 16)], employers=("Tar River Hardware & Feed (part time)", ""),
              expenses=[("First mortgage (P&I, taxes, insurance, MIP)", 1264.18), ("Flood insurance (not escrowed)",
                                                                                   0.0),
                        ("Auto loan", 228.00), ("Auto insurance and fuel", 190.00), ("Credit cards", 75.00),
                        ("Utilities", 281.30), ("Phone and internet", 118.00), ("Food and household", 610.00),
                        ("Medical and prescriptions", 144.00)],
              assets=(690.00, 0.0))
    p = Packet("bz6", received, app, [])
    loan = app.loan
    p.digital(f"{loan}_application.pdf", [(app_doc(), ifm9200(app))])
    for r in runs:
        p.digital(f"{loan}_paystub_{r.pay_date.strftime('%m%d')}.pdf",
                  [(stub_doc(r), stub_voucher(r, f"8{r.pay_date.strftime('%m%d')}", "First Carolina Bank"))])
    p.digital(f"{loan}_ssa_letter.pdf", [(letter_doc(ssa), ssa.paper)])
    on = dt.date(2054, 5, 12)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Ironhorse Federal Mortgage Servicing", [
        "I receive Social Security disability and work part time at the hardware store, about twenty-four hours "
        "a week, which is as much as my doctor allows.",
        "In January the county reassessed my house and raised my taxes, and the new FEMA flood map put my street "
        "in a flood zone, so Ironhorse added flood insurance to my escrow. My payment went up by $286 a month and I "
        "fell behind in March. I am asking for a modification that brings the payment back to what I can afford."],
        ink=False, seed=seed + 62)
    p.digital(f"{loan}_hardship.pdf", [(hardship_doc(on), hl)])
    return p


def packet_bz7(seed: int) -> Packet:
    """A ranch couple's USDA form printed, signed in ink and scanned one paper per file into a folder."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2054, 8, 26)
    addr = ["3390 Prairie Hill Road", "Belle Fourche, SD 57717"]
    ssa = ssa_letter("Bonnie S. Hutchens", addr, dt.date(2054, 7, 28), "Retirement", 1211.40, 202.90,
                     "benefits_taxable", "8817")
    app = App("0907316624", "Dale R. Hutchens", "991-27-4406", "3390 Prairie Hill Road", "Belle Fourche", "SD",
              "57717", "(605) 555-0144", "hutchensranch@example.com", "primary_residence",
              ["disaster", "disability_or_illness"], dt.date(2054, 5, 21), "long",
              [Inc("farm", "b", 2600.00, 2400.00, annual=31200.00), Inc("uss", "c", 1211.40, 1008.00)],
              dt.date(2054, 8, 19), co="Bonnie S. Hutchens", co_ssn="991-40-8817",
              explain=["Hail destroyed the first hay cutting and the barn roof on May 21; Dale broke his hip."],
              seed=seed + 71, case_no="RD-0046-2281-9", dependents=[],
              expenses=[("Mortgage payment (PITI)", 1096.75), ("Ranch operating loan", 520.00),
                        ("Vehicle insurance and fuel", 385.00), ("Utilities and propane", 301.10),
                        ("Phone and internet", 96.00), ("Food and household", 640.00),
                        ("Medical and insurance", 612.00)],
              assets=(5210.00, 142000.00),
              extra={"acres": "10.0", "ages": (63, 66), "season": "October - November (calves), July (hay)"})
    p = Packet("bz7", received, app, [])
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005)
    tint = Color(0.2, 0.25, 0.5)
    s1 = farm_statement(rng, "Black Hills Farmers State Bank", "Belle Fourche, South Dakota",
                        "Dale R. or Bonnie S. Hutchens", addr, "4470192", dt.date(2054, 6, 6), 6120.55,
                        [(2, "SSA TREAS 310 XXSOC SEC", 1008.00), (14, "BELLE FOURCHE LIVESTOCK AUCTION", 4185.60),
                         (23, "MOBILE DEPOSIT - HAY SALE", 860.00)], tint)
    s2 = farm_statement(rng, "Black Hills Farmers State Bank", "Belle Fourche, South Dakota",
                        "Dale R. or Bonnie S. Hutchens", addr, "4470192", dt.date(2054, 7, 6),
                        s1.fields["ending_balance"],
                        [(6, "SSA TREAS 310 XXSOC SEC", 1008.00), (12, "CROP HAIL INS CLAIM PMT", 3250.00),
                         (20, "MOBILE DEPOSIT - HAY SALE", 1120.00)], tint)
    t4506, t_marks = form4506c("Dale", "R", "Hutchens", "991-27-4406", "3390 Prairie Hill Road", "Belle Fourche",
                               "SD", "57717", "Heartland Rural Home Loan Servicing", "(701) 555-0135",
                               dt.date(2054, 8, 19), "(605) 555-0144", seed + 73, synth_gray=0.62)
    on = dt.date(2054, 8, 19)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Heartland Rural Home Loan Servicing", [
        "On May 21 a hailstorm flattened our first cutting of hay and tore the roof off the hay barn. The crop-hail "
        "policy paid part of the loss in July. Two weeks after the storm I fell from the barn while we were "
        "cleaning up and broke my hip; I could not work the cattle or put up the second cutting.",
        "We sold some of the herd early to pay the bills. We ask Heartland for a lower payment for a year while I "
        "recover and we rebuild the herd."], ink=True, seed=seed + 74)
    folder = app.loan
    papers = [(app_doc(), scanned(hrhl55(app), style, seed + 701)),
              (stmt_doc(s1), scanned(s1.paper, style, seed + 702)),
              (stmt_doc(s2), scanned(s2.paper, style, seed + 703)),
              (Doc("irs_form_4506c", {"signed": True, "signed_on": "2054-08-19"}, on, signed=True),
               scanned_bytes(t4506, t_marks, style, seed + 704)),
              (letter_doc(ssa), scanned(ssa.paper, style, seed + 705)),
              (hardship_doc(on), scanned(hl, style, seed + 706))]
    for i, (doc, sheets) in enumerate(papers):
        p.images(f"{folder}/Scan 2054-08-24 10.{31 + i:02d}.{(7 * i) % 60:02d}.pdf", [(doc, sheets)], style)
    return p


def packet_bz8(seed: int) -> Packet:
    """A Marine veteran whose VA compensation is being withheld: the VA form typed and signed on screen, a pay stub,
    a phone photo of his year-old VA award letter and a scanned letter."""
    received = dt.date(2054, 9, 15)
    addr = ["2741 Foxhall Lane", "Killeen, TX 76542"]
    run = pay_run("Central Texas Water Supply Corporation", "2005 Trimmier Road, Killeen, TX 76541",
                  "Kenji A. Morrow", "W-3392", "weekly", dt.date(2054, 9, 4), hourly(24.10, 40.0, f"bz8{seed}"),
                  WH_TX)
    award = va_award_letter("Kenji A. Morrow", addr, "3352", dt.date(2053, 2, 11),
                            [(1361.88, dt.date(2045, 9, 1), "Original award, 40 percent"),
                             (1476.65, dt.date(2053, 2, 1), "Evaluation increased to 60 percent")], 60)
    app = App("3361940087", "Kenji A. Morrow", "946-18-3352", "2741 Foxhall Lane", "Killeen", "TX", "76542",
              "(254) 555-0120", "kmorrow@example.org", "primary_residence", ["other"], dt.date(2054, 6, 1), "short",
              [Inc("civ", "b", run.monthly, run.monthly_net), Inc("vac", "b", 1476.65, 738.33)],
              dt.date(2054, 9, 9), co="Danielle F. Morrow", co_ssn="946-29-6618",
              other_text="VA withholding half my compensation to recover an overpayment",
              explain=["Since June the VA has kept half of my monthly compensation to collect an overpayment",
                       "from 2052. The withholding ends in November."],
              seed=seed + 81, case_no="49-62-6-0933518", dob=(dt.date(2018, 11, 30), dt.date(2020, 5, 4)),
              dependents=[("Aiko Morrow", "Daughter", 6)],
              expenses=ord_expenses(1567.92, 405.00, 220.00, 356.75, 780.00, 45.00),
              service={"branch": "Marine Corps", "component": "Regular", "status": "Separated veteran",
                       "entered": dt.date(2036, 8, 14), "separated": dt.date(2044, 8, 13), "rating": 60,
                       "deployed": "No", "scra": "No"}, assets=(860.00, 6100.00))
    p = Packet("bz8", received, app, ["income_doc:benefits_nontaxable"])
    loan = app.loan
    p.digital(f"{loan} application.pdf", [(app_doc(), odv26(app))])
    p.digital(f"{loan} pay stub.pdf", [(stub_doc(run), stub_register(run, "DISTRIBUTION",
                                                                      "PAY CYCLE WEEKLY - CALENDAR YTD SHOWN"))])
    p.images(f"{loan} VA award.pdf", [(letter_doc(award), photographed(award.paper, Photo(
        dpi=150, angle=-2.8, keystone=0.045, shade=0.3, table=(120, 118, 112), seed=seed + 802), seed + 802))], None)
    on = dt.date(2054, 9, 9)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, "Old Dominion Veterans Home Loan Servicing", [
        "In 2052 the VA paid me for my daughter as a dependent after she had already been added, and it found the "
        "overpayment this spring. Since June the VA has withheld half of my disability compensation each month to "
        "recover it. The withholding should end in November.",
        "My job with the water supply corporation has not changed, but without the full compensation we cannot "
        "make the whole mortgage payment. We ask for a short forbearance or a repayment plan until the VA debt is "
        "paid off."], ink=True, seed=seed + 83)
    style = Scan(dpi=200, tilt=0.5, blur=0.5, noise=0.0006)
    p.images(f"{loan} hardship letter.pdf", [(hardship_doc(on), scanned(hl, style, seed + 804))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bz1, packet_bz2, packet_bz3, packet_bz4, packet_bz5, packet_bz6,
                                             packet_bz7, packet_bz8]
EXPECTED_KEYS = {"loan_number", "received_on", "status", "missing", "application", "documents"}
APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
FIELD_KEYS = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                           "gross_current", "gross_ytd", "net_current", "monthly_gross"},
              "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                 "ending_balance"},
              "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
              "profit_and_loss_statement": {"period_start", "period_end", "net_income", "signed"},
              "irs_form_4506c": {"signed", "signed_on"}}
LETTERS = {"hardship_letter", "medical_statement", "employer_relocation_letter", "obituary",
           "unemployment_benefit_letter"}


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: the keys compare reads, codes, types, dates, that every listed
    page exists once, and that `scanned` matches the absence of a text layer."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for exp_path in sorted(out.glob("bz*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != EXPECTED_KEYS:
            problems.append(f"{name}: keys {sorted(exp)}")
        if not re.fullmatch(r"[0-9]{6,15}", exp["loan_number"]):
            problems.append(f"{name}: loan number {exp['loan_number']}")
        dt.date.fromisoformat(exp["received_on"])
        if exp["status"] not in ("complete", "incomplete") or (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if set(app) != APP_KEYS:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"} or "total" not in app["income"]:
            problems.append(f"{name}: bad income code")
        if any(v <= 0 for v in app["income"].values()):
            problems.append(f"{name}: an income line at zero")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if app["signed"] != (app["signed_on"] is not None):
            problems.append(f"{name}: signed and signed_on disagree")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None:
                dt.date.fromisoformat(app[k])
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        ids = [d["id"] for d in exp["documents"]]
        if len(set(ids)) != len(ids):
            problems.append(f"{name}: document ids repeat")
        for doc in exp["documents"]:
            if set(doc) != {"id", "type", "scanned", "pages", "fields"} or doc["type"] not in DOC_TYPES or \
                    doc["type"] == "separator_sheet":
                problems.append(f"{name}: document {doc.get('id')} shape or type")
            want = FIELD_KEYS.get(doc["type"], {"letter_date"} if doc["type"] in LETTERS else set())
            if set(doc["fields"]) != want:
                problems.append(f"{name}: {doc['id']} {doc['type']} fields {sorted(doc['fields'])}")
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
        if not any(d["type"] == "mortgage_assistance_application" for d in exp["documents"]):
            problems.append(f"{name}: no application listed")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true",
                    help="validate the expected.json files written and look every truth value up on its page")
    ap.add_argument("--only", nargs="*", help="build only these packets (bz1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built = 0
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        built += 1
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        if args.check:
            problems += truth_problems(p)
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out) if built else ["no packet built"]
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
