"""Holdout set bp (bp1..bp8): OLD AND OUTDATED FORMS STILL IN BORROWERS' HANDS. Written blind: only shared/spec (README,
checklist.md, case-report.schema.json, form710.md, domain-rules.md, loan-data.md, architecture.md), shared/samples
(the packets' expected.json and the README), shared/reference/README.md (the blank Form 4506-C is filled from there),
tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, the af scaffold in full and the module
docstrings of the other holdout sets were read - never the service's code, rules, data files, other tests, the README
or the history, and the service was not run on these packets - to measure honestly how it reads layouts it has never
seen.

    python benchmarks/holdout_packets_bp.py OUT_DIR [--seed N] [--check] [--only bp1 bp5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch processed with `--received-on <received_on>` (weekdays in 2047, March to November). The seed changes pay
histories, overtime, deposits, balances, pen strokes, typewriter strikes and scanner noise - never names, dates or the
truth of the answers. `--check` re-derives every year-to-date figure as the sum of the year's checks, every statement's
ending balance from its lines, the application's total from its lines, verifies that every expected value (names,
loan, SSN, address parts, amounts, dates in whichever format the page uses) is among the strings printed on its
document, that the checklist gives the scenario's codes, and validates the written files (keys, codes, pages,
`scanned` = no text layer). All people, employers, banks and servicers are fictional (south-western Pennsylvania);
SSNs use the 900-999 area; every page carries a faint "synthetic test document" line.

THEME. Borrowers of Allegheny Home Loan Servicing (and one of Conestoga Valley Mortgage Company) answer with the
forms they kept from years ago or found online, and with papers printed by old machines.

APPLICATIONS (type mortgage_assistance_application; none of them is the April 2023 Form 710):
- HAMP-era "REQUEST FOR MORTGAGE ASSISTANCE (RMA)" ("MHA RMA (rev. 2011)", "Page n of 4", a black band "MAKING HOME
  AFFORDABLE PROGRAM" on every page). Page 1: "LOAN I.D. NUMBER" and "SERVICER" cells, a grey BORROWER | CO-BORROWER
  bar over CAPTIONED CELLS (caption in small capitals at the top of the cell, the answer under it): "BORROWER'S
  NAME", "SOCIAL SECURITY NUMBER" (the FULL number), "DATE OF BIRTH", phones, e-mail; "I want to:", "The property is
  my: Primary residence / Second home / Investment", "The property is: Owner occupied / Renter occupied / Vacant",
  a one-line "PROPERTY ADDRESS (STREET ADDRESS, CITY, STATE, ZIP CODE)" cell. Page 2: THREE TABLES SIDE BY SIDE -
  "MONTHLY HOUSEHOLD INCOME" (12 lines: Monthly gross wages, Overtime, Child support / alimony / separation,
  Non-taxable Social Security / SSDI, Taxable SS benefits, pensions, annuities, Tips, commissions, bonus,
  Self-employed income (net), Rents received, Unemployment income, Food stamps / welfare, Investment / insurance
  income, Other, and "Total (gross income)"), "MONTHLY HOUSEHOLD EXPENSES/DEBT" and "HOUSEHOLD ASSETS" with their
  own totals (distractors). Wages + overtime + tips make `wages`; child support / alimony is `other`. Page 3: the
  "HARDSHIP AFFIDAVIT" - ten boxes in HAMP wording ("My household income has been reduced ...", "Other: ____"),
  "My hardship began on (date): ____", short-term / long-term boxes, five explanation lines. Page 4:
  "ACKNOWLEDGMENT AND AGREEMENT", the "DODD-FRANK CERTIFICATION" paragraph, a government-monitoring box, then
  "Borrower Signature ____ Date ____" and "Co-Borrower Signature ____ Date ____".
  bp1: typed on a computer (Helvetica answers, boxes X-ed, a mouse-drawn signature, the date typed), born-digital.
  bp5: written by hand in BLOCK CAPITALS (a pen face, jittered), signed and dated in ink by both spouses, 200 dpi
  grey scan. bp6: typed, printed and FAXED AT STANDARD RESOLUTION WITHOUT ITS PAGE 4 - only "Page 1 of 4" .. "Page 3
  of 4" arrived, so there is no signature at all (signed false, signed_on null).
- An EARLIER REVISION of Form 710, the "UNIFORM BORROWER ASSISTANCE FORM" (footer "Fannie Mae/Freddie Mac Form 710",
  "Page n of 4", "Rev. 10/2014", Times type): page 1 "Loan I.D. Number (usually found on your monthly mortgage
  statement)", "Servicer", "I am requesting review under: [ ] the Home Affordable Modification Program [ ] every
  foreclosure prevention option available", "I want to: Keep / Vacate / Sell / Undecided", two "The property is
  currently:" lines, then a FOUR-COLUMN table (label cell | answer cell | label cell | answer cell) under BORROWER |
  CO-BORROWER: "Borrower Name", "Co-Borrower Name", "Social Security Number" (full), "Date of Birth", phones,
  "Email Address", and full-width "Mailing Address" and "Property Address (if same as mailing address, just write
  same)" rows; page 2 a "Monthly Household Income" table (Monthly Gross Wages, Overtime, Child Support / Alimony /
  Separation Maintenance, Social Security / SSDI (non-taxable), Other monthly income from pensions, annuities or
  retirement plans, Tips, Commissions, Bonus, Self-Employed Income, Rents Received, Unemployment Income, Food Stamps /
  Welfare, Investment or Insurance Income, Other, "Total (Gross Income)") BESIDE a "Monthly Household Expenses/Debt"
  table with its own total, and "Household Assets" below; page 3 the "HARDSHIP AFFIDAVIT": "My hardship began on ____
  (mm/dd/yyyy). I believe it is [ ] short-term [ ] long-term" and a two-column table "If Your Hardship is: | Then
  the Required Hardship Documentation is:" with a box in each left cell; page 4 the "Borrower/Co-Borrower
  Acknowledgment and Agreement" (six numbered clauses) and a boxed "Borrower Signature | Date" / "Co-Borrower
  Signature | Date" table. bp4: typed on a computer and signed with the mouse (born-digital). bp2: written by hand in
  block capitals, signed by both spouses but the CO-BORROWER'S DATE LEFT EMPTY (co_borrower_signed false), faxed at
  standard resolution. bp8: typed, printed, signed and dated in ink, faxed in fine mode.
- A servicer's own form of the 2010s, Conestoga Valley Mortgage Company's "FINANCIAL HARDSHIP ASSISTANCE REQUEST"
  (FORM CVM-LM4 (REV. 3/2012), "PAGE n OF 2"): a flat grid of NUMBERED BOXES with captions in small capitals - "1.
  LOAN NUMBER", "2. NAME OF BORROWER (LAST, FIRST, MIDDLE)" (answered "KOWALCZYK, STANLEY J." - the expected name is
  "Stanley J. Kowalczyk"), "3. SOC. SEC. NO.", "4. NAME OF CO-BORROWER (LAST, FIRST, MIDDLE)", "7. ADDRESS OF
  MORTGAGED PROPERTY (NO., STREET, CITY, STATE, ZIP CODE)", "8. OCCUPANCY (X ONE)", "9. REASON(S) FOR HARDSHIP (X ALL
  THAT APPLY)" (ten boxes in two columns), "10. DATE HARDSHIP BEGAN" (written the old way, "June 21, 2047"), "11.
  EXPECTED DURATION", "12. EXPLAIN"; page 2 "13. GROSS MONTHLY INCOME" as lettered lines a..j with dotted leaders
  (a base employment income - borrower, b - co-borrower, c overtime, bonus, commissions: all three `wages`; j
  alimony / child support / other: `other`) and "k. TOTAL GROSS MONTHLY INCOME (ADD a THROUGH j)", "14.
  CERTIFICATION", "15. SIGNATURE OF BORROWER" / "16. SIGNATURE OF CO-BORROWER" each with a DATE box.
  bp3: filled on a TYPEWRITER (Courier strikes, each key a little high or low, light or dark, boxes X-ed by the
  typewriter, the signature date typed "June 3, 2047") with item 10 LEFT BLANK, signed in ink, 300 dpi grey scan.
  bp7: filled by pen in block capitals, signed and dated in ink, 240 dpi grey scan.

PAY STUBS (pay_stub): "EARNINGS STATEMENT" printed by old payroll systems on CONTINUOUS-FEED pre-printed stock -
tractor holes down both margins, side and page perforations, captions pre-printed in green ink (EMPLOYEE NAME, EMPL.
NO., DEPT., PERIOD BEGINNING, PERIOD ENDING, CHECK DATE, PAY FREQUENCY, BASE RATE, CHECK NO., an EARNINGS | HOURS |
RATE | CURRENT | YEAR TO DATE panel beside a DEDUCTIONS panel, a GROSS PAY / TOTAL DEDUCTIONS / NET PAY strip with
CURRENT and YEAR TO DATE rows), the data struck by a 9-PIN DOT-MATRIX printer with a pale, uneven ribbon, ALL
CAPITALS, slightly out of register with the captions, dates with TWO-DIGIT YEARS ("03/15/47"), and a DIRECT DEPOSIT
ADVICE below the perforation repeating the net pay. Only ever paper: scanned or faxed. Employers: Tri-County Foundry &
Machine Co. (bi-weekly, bp1 and bp8), Monongahela Valley Transit Authority (semi-monthly, bp2), Fayette Glass Works
(bi-weekly, bp3 - both stubs more than 90 days old), Sugar Grove Dairy Cooperative (weekly, bp5), Carmichaels Area
School District (semi-monthly, bp7). Year-to-date is the sum of the year's checks (regular hours plus overtime that
varies by check).

STATEMENTS (bank_statement): PASSBOOK-STYLE SAVINGS STATEMENTS (First Millrace Savings Bank bp4, Greene County Savings
Bank bp7): a narrow slip photocopied on a letter sheet (grey lid around it), ruled like a passbook page with numbered
lines 1..30, "ACCOUNT HOLDER", "ACCOUNT NUMBER" (0317-44-2291), "STATEMENT PERIOD 05/01/2047 THRU 05/31/2047", and a
register DATE | CODE | WITHDRAWAL | DEPOSIT | BALANCE printed by the passbook printer, the first line "BAL FWD" (the
beginning balance), the last "NEW BAL" (the ending balance), codes DEP / WD / INT. Merchants and Drovers Bank's old
mainframe CHECKING statement in Courier (bp5 born-digital, two months; bp8 one month inside the fax): "BALANCE LAST
STATEMENT ......", "BALANCE THIS STATEMENT ......", "FROM 06/01/2047 TO 06/30/2047", debits with a trailing minus.

LETTERS AND OTHER PAPERS: hardship letters TYPED ON A TYPEWRITER on printed letterhead (a person's engraved-style
name and address, or the tailoring shop's letterhead in bp4), signed in ink where scanned, unsigned in bp4
(born-digital); Social Security's disability "Notice of Award" (benefits_nontaxable, bp2); a union pension fund's
benefit verification (benefits_taxable, bp6); a photocopied newspaper OBITUARIES column with two notices (bp7); the
HAMP package's separate "DODD-FRANK CERTIFICATION" sheet signed on screen (type other, bp4); an OLD IRS FORM 4506-T
"Request for Transcript of Tax Return" (Rev. September 2015), drawn after that revision, filled and signed by pen (type
other: it is NOT a Form 4506-C, bp5); page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over and signed on screen
(bp4); a copy-shop fax cover sheet written by hand (bp2, bp6) and a Code 128 "LOAN <number>" separator sheet (bp7),
neither of them a document.

DELIVERIES: bp1 a folder named after the loan (born-digital RMA, one 300 dpi grey scan per stub, the scanned letter);
bp2 ONE fax at standard resolution (200 x 100 dpi, 1 bit) behind its cover sheet, no loan number in its name; bp3
loose 300 dpi grey scans named "<loan> hardship request.pdf", "<loan> pay stubs.pdf" (two stubs), "<loan>
letter.pdf"; bp4 loose files "<loan>_UBAF.pdf" etc., the two passbook statements in one 240 dpi grey scan; bp5 a
folder named after the loan mixing 200 dpi grey scans and born-digital statements; bp6 ONE standard-resolution fax
behind its cover sheet; bp7 ONE 240 dpi grey scan behind a separator sheet; bp8 ONE fine-mode fax (200 x 200 dpi)
without a cover sheet. Co-borrowers in bp2 and bp5.

COMPLETE: bp1 (wages and overtime: two fresh bi-weekly stubs with year-to-date pay; a reduction in income needs no
papers), bp4 (self-employment: two consecutive fresh passbook statements and a signed Form 4506-C; higher housing
costs need no papers), bp7 (wages and child support: a fresh stub and two consecutive fresh passbook statements; the
death of the household's wage earner, who was not on the loan, shown by the obituary).
INCOMPLETE: bp2 (application_signature - the co-borrower signed the old UBAF but did not date it), bp3
(application_field:hardship_start_date - item 10 left blank on the typewriter; income_doc:wages - the only stubs are
111 and 125 days old), bp5 (irs_form_4506c - rental income is claimed and the signed paper is an old Form 4506-T, not
a 4506-C; the rent is shown on two fresh consecutive statements and the "other" hardship is explained by the letter),
bp6 (application_signature - page 4 of the RMA, the only page with signature lines, was not sent), bp8
(hardship_doc:divorce_or_separation - a divorce is claimed, only the letter speaks of it, no decree or deed;
income_doc:other - alimony is claimed and shown on one statement only).
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
from pypdf.generic import ArrayObject, ByteStringObject
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
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
BLOCK_FONT = FONT_DIR / "dejavu/DejaVuSansCondensed-Oblique.ttf"
TYPE_FONT = FONT_DIR / "liberation2/LiberationMono-Regular.ttf"
DOT_FONT = FONT_DIR / "dejavu/DejaVuSansMono-Bold.ttf"
SANS_FONT = FONT_DIR / "liberation2/LiberationSans-Regular.ttf"
SANS_BOLD = FONT_DIR / "liberation2/LiberationSans-Bold.ttf"
SERIF_FONT = FONT_DIR / "liberation2/LiberationSerif-Regular.ttf"
SERIF_BOLD = FONT_DIR / "liberation2/LiberationSerif-Bold.ttf"
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


def mdy2(d: dt.date) -> str:
    """The two-digit year of old payroll and passbook printers: 04/15/47."""
    return d.strftime("%m/%d/%y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def abbr_date(d: dt.date) -> str:
    """A typist's date: 'Feb. 3, 2047' (May, June and July are not shortened)."""
    short = {5: "May", 6: "June", 7: "July"}.get(d.month, d.strftime("%b") + ".")
    return f"{short} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- marks: what a person adds to a printed page ---------------------------------------------------------------


@dataclass
class Mark:
    """Something added to a printed page: a signature ("sig"), pen writing ("hand"), block capitals by pen
    ("block") or typewriter strikes ("type"). x, y: PDF points from the page's bottom-left (the baseline's left
    end); w: the signature's width; size: the type size in points."""

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
    """One logical document drawn with reportlab: its pages (draw functions) and the page size."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


RasterFn = Callable[[int], Image.Image]


@dataclass
class RasterPaper:
    """A document that only exists on paper printed by a machine we draw pixel by pixel (a dot-matrix payroll
    printer, a passbook printer): each page function returns the sheet as a grey image at the given dpi."""

    pages: list[RasterFn]
    text: list[str] = field(default_factory=list)  # every string printed, for --check


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
    strokes.append([(w * 0.08, h * 0.02), (min(x, w) * 0.6, h * 0.1), (min(x, w) * 0.97, h * 0.04)])
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
    """Marks on a born-digital page: signatures drawn with a mouse, everything else typed in Courier."""
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        else:
            c.setFont("Courier", m.size if m.kind == "type" else 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True, creator: str = "holdout_packets_bp") -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes and Courier text."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def paper_text(paper: Paper) -> str:
    """Every string a paper prints (its text layer plus its marks' text), for --check."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    extra: list[str] = []
    for fn in paper.pages:
        extra += [m.text for m in fn(c) if m.text]
        c.showPage()
    c.save()
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    return "\n".join([pg.extract_text() for pg in reader.pages] + extra)


# --- scanning and faxing ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How a sheet becomes an image: grey scan at dpi, or fax (1 bit) in fine (200x200) or standard (200x100)."""

    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    fine: bool = True
    tone: int = 18


_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    key = (str(path), px)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(str(path), px)
    return _FONTS[key]


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    """Pen and typewriter marks drawn onto a printed sheet's image (scale: pixels per point)."""
    draw = ImageDraw.Draw(img)
    for m in marks:
        rng = random.Random(m.seed * 7919 + len(m.text))
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind in ("hand", "block"):
            f = font(HAND_FONT if m.kind == "hand" else BLOCK_FONT, round(m.size * scale))
            x = m.x * scale
            text = m.text.upper() if m.kind == "block" else m.text
            drift = 0.0
            for ch in text:
                drift += rng.uniform(-0.25, 0.25) * scale
                drift = max(-1.5 * scale, min(1.5 * scale, drift))
                draw.text((x, (page_h - m.y) * scale + drift), ch, fill=rng.randint(25, 55), font=f, anchor="ls")
                x += f.getlength(ch) * rng.uniform(0.98, 1.08) + (0.25 * scale if m.kind == "block" else 0.0)
        else:  # typewriter: fixed pitch, each key strikes a little high or low and a little light or dark
            f = font(TYPE_FONT, round(m.size * scale))
            pitch = f.getlength("M")
            line_lift = rng.uniform(-0.4, 0.4) * scale
            for i, ch in enumerate(m.text):
                if ch == " ":
                    continue
                dy = line_lift + rng.uniform(-0.55, 0.55) * scale + (0.5 * scale if ch in "eaw" else 0.0)
                dx = rng.uniform(-0.25, 0.25) * scale
                tone = rng.randint(20, 70) if rng.random() > 0.08 else rng.randint(95, 135)
                draw.text((m.x * scale + i * pitch + dx, (page_h - m.y) * scale + dy), ch, fill=tone, font=f,
                          anchor="ls")


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    """The scanner glass or the fax line: tilt, blur, paper tone, specks; a fax ends black and white."""
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:
        lo = style.tone
        out = out.point(lambda v: int(lo + v * (255 - lo - 6) / 255))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 60 if px[x, y] > 128 else 230
    if style.fax:
        if not style.fine:  # standard resolution: every other scan line (200 x 100 dpi)
            out = out.resize((wd, ht // 2), Image.Resampling.BOX)
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


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    """Print a paper, add its pen and typewriter marks, and scan (or fax) the sheets."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(buf.getvalue(), style.dpi)):
        ink_on_image(img, marks[i], style.dpi / 72, page_h)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return sheets


def scan_raster(paper: RasterPaper, style: Scan, seed: int) -> list[ScannedPage]:
    sheets = []
    for i, fn in enumerate(paper.pages):
        img = fn(style.dpi)
        draw = ImageDraw.Draw(img)
        draw.text((img.size[0] - 24 * style.dpi / 72, img.size[1] - 10 * style.dpi / 72), SYNTH, fill=185,
                  font=font(SANS_FONT, max(8, round(5.5 * style.dpi / 72))), anchor="rs")
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return sheets


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or 1-bit pages for a fax (a standard
    resolution fax image is half as tall as it is shown)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.fax:
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=76)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_bp"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- reportlab helpers ----------------------------------------------------------------------------------------------


def wrap(text: str, fnt: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, fnt, size) > width and line:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


def paragraphs(c: Canvas, x: float, y: float, width: float, paras: Sequence[str], fnt: str = "Times-Roman",
               size: float = 11, leading: float = 14.5, gap: float = 8) -> float:
    c.setFont(fnt, size)
    for para in paras:
        for ln in wrap(para, fnt, size, width):
            c.drawString(x, y, ln)
            y -= leading
        y -= gap
    return y


def box(c: Canvas, x: float, y: float, s: float = 8.0) -> None:
    c.setLineWidth(0.6)
    c.rect(x, y, s, s, stroke=1, fill=0)


@dataclass
class Filler:
    """How the answers get onto a form: typed on screen (Helvetica page text, boxes X-ed in Helvetica-Bold,
    mouse-drawn signature, dates typed), typed on a TYPEWRITER and signed in ink ("typewriter"), typed in the PDF
    and printed then signed and dated in ink ("printed"), or written by hand in block capitals ("pen")."""

    how: str  # screen | printed | typewriter | pen
    seed: int = 1
    marks: list[Mark] = field(default_factory=list)

    def text(self, c: Canvas, x: float, y: float, value: str, size: float = 10.0) -> None:
        if not value:
            return
        if self.how in ("screen", "printed"):
            c.setFont("Helvetica", size)
            c.drawString(x, y, value)
        elif self.how == "typewriter":
            self.marks.append(Mark("type", x, y, value, size=size + 0.5, seed=self.seed + len(self.marks)))
        else:
            self.marks.append(Mark("block", x, y, value, size=size + 1.5, seed=self.seed + len(self.marks)))

    def right(self, c: Canvas, x: float, y: float, value: str, size: float = 10.0) -> None:
        """An amount ending at x."""
        if not value:
            return
        if self.how in ("screen", "printed"):
            c.setFont("Helvetica", size)
            c.drawRightString(x, y, value)
        elif self.how == "typewriter":
            w = stringWidth(value, "Courier", size + 0.5)
            self.text(c, x - w, y, value, size)
        else:
            self.text(c, x - len(value) * (size + 1.5) * 0.62, y, value, size)

    def cross(self, c: Canvas, x: float, y: float, s: float = 8.0) -> None:
        """Mark the box whose bottom-left corner is (x, y)."""
        if self.how in ("screen", "printed"):
            c.setFont("Helvetica-Bold", s + 1)
            c.drawCentredString(x + s / 2, y + 1, "X")
        elif self.how == "typewriter":
            self.marks.append(Mark("type", x + 1.0, y + 1.2, "X", size=s + 1.5, seed=self.seed + len(self.marks)))
        else:
            self.marks.append(Mark("block", x + 0.5, y + 0.5, "X", size=s + 2.5, seed=self.seed + len(self.marks)))

    def sign(self, c: Canvas, x: float, y: float, w: float, who: int) -> None:
        self.marks.append(Mark("sig", x, y, w=w, seed=self.seed * 3 + who))

    def date(self, c: Canvas, x: float, y: float, value: str) -> None:
        """The date beside a signature: typed on screen, else written with the pen."""
        if self.how == "screen":
            c.setFont("Helvetica", 10)
            c.drawString(x, y, value)
        else:
            self.marks.append(Mark("hand", x, y, value, size=11.5, seed=self.seed + 50 + len(self.marks)))

    def take(self) -> list[Mark]:
        out, self.marks = self.marks, []
        return out


# --- pay -------------------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def pay_dates(first: dt.date, current: dt.date, frequency: str) -> list[dt.date]:
    """Every pay date of current's year up to current: weekly and bi-weekly from first, semi-monthly on the 15th
    and the last day, monthly on the last day."""
    out: list[dt.date] = []
    if frequency in ("semimonthly", "monthly"):
        for month in range(1, 13):
            nxt = dt.date(current.year + (month == 12), month % 12 + 1, 1)
            days = [dt.date(current.year, month, 15)] if frequency == "semimonthly" else []
            out += [*days, nxt - dt.timedelta(days=1)]
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
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        return {"FED W/H": r2(gross * self.fed), "FICA": r2(gross * 0.062), "MEDICARE": r2(gross * 0.0145),
                "STATE W/H": r2(gross * self.state)}

    def all(self, gross: float) -> dict[str, float]:
        return {**self.taxes(gross), **dict(self.deductions)}


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.all(ch.gross).values()))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line, each deduction, gross and net, as sums of the year's checks."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.all(ch.gross))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        items["DEDUCTIONS"] = r2(sum(wh.all(ch.gross).values()))
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


@dataclass
class Stub:
    paper: RasterPaper
    fields: dict[str, Any]
    date: dt.date
    checks: list[Check]
    wh: Withholding

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


class Sheet:
    """A letter sheet drawn pixel by pixel, coordinates in inches from the top-left corner."""

    def __init__(self, dpi: int, size: tuple[float, float] = (8.5, 11.0), paper: int = 255) -> None:
        self.dpi = dpi
        self.img = Image.new("L", (round(size[0] * dpi), round(size[1] * dpi)), paper)
        self.draw = ImageDraw.Draw(self.img)

    def p(self, v: float) -> int:
        return round(v * self.dpi)

    def text(self, x: float, y: float, s: str, pt: float, fnt: Path = SANS_FONT, fill: int = 0,
             anchor: str = "ls") -> None:
        self.draw.text((self.p(x), self.p(y)), s, fill=fill, font=font(fnt, max(6, round(pt * self.dpi / 72))),
                       anchor=anchor)

    def line(self, x0: float, y0: float, x1: float, y1: float, fill: int = 0, width: float = 0.01) -> None:
        self.draw.line([(self.p(x0), self.p(y0)), (self.p(x1), self.p(y1))], fill=fill,
                       width=max(1, self.p(width)))

    def rect(self, x0: float, y0: float, x1: float, y1: float, outline: int | None = 0, fill: int | None = None,
             width: float = 0.01) -> None:
        self.draw.rectangle([self.p(x0), self.p(y0), self.p(x1), self.p(y1)], outline=outline, fill=fill,
                            width=max(1, self.p(width)))

    def dashed(self, x0: float, y0: float, x1: float, y1: float, fill: int = 120, dash: float = 0.06) -> None:
        n = max(1, int(math.hypot(x1 - x0, y1 - y0) / dash))
        for i in range(0, n, 2):
            t0, t1 = i / n, min(1.0, (i + 1) / n)
            self.line(x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0, x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1, fill)

    def hole(self, x: float, y: float, r: float, fill: int = 70) -> None:
        self.draw.ellipse([self.p(x - r), self.p(y - r), self.p(x + r), self.p(y + r)], fill=fill)


class DotMatrix:
    """A 9-pin printer with a tired ribbon: text becomes rows of round dots, ALL CAPS, 12 characters an inch."""

    GLYPH_PX = 11

    def __init__(self, sheet: Sheet, seed: int, pale: float = 1.0, offset: tuple[float, float] = (0.0, 0.0)) -> None:
        self.sheet = sheet
        self.rng = random.Random(seed)
        self.pale = pale
        self.dx, self.dy = offset
        self.pitch = sheet.dpi / 80.0
        self.font = font(DOT_FONT, self.GLYPH_PX)
        self.advance = self.font.getlength("M")

    def width(self, s: str) -> float:
        """The width of s in inches."""
        return len(s) * self.advance * self.pitch / self.sheet.dpi

    def put(self, x: float, y: float, s: str, right: bool = False) -> None:
        """Print s with its glyph cell's top-left corner at (x, y) inches (its right edge at x if right)."""
        s = s.upper()
        if right:
            x -= self.width(s)
        cols = max(1, math.ceil(self.advance * len(s)) + 2)
        glyphs = Image.new("L", (cols, self.GLYPH_PX + 4), 255)
        ImageDraw.Draw(glyphs).text((0, 1), s, font=self.font, fill=0)
        gp = glyphs.load()
        x0 = (x + self.dx) * self.sheet.dpi
        y0 = (y + self.dy) * self.sheet.dpi
        r = self.pitch * 0.58
        base = self.rng.uniform(70, 110) * self.pale
        draw = self.sheet.draw
        for gy in range(glyphs.size[1]):
            for gx in range(cols):
                if gp[gx, gy] < 128:
                    cx, cy = x0 + gx * self.pitch, y0 + gy * self.pitch
                    tone = int(min(200, base + self.rng.uniform(-25, 35)))
                    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=tone)


def continuous_form(sheet: Sheet, perf_at: float) -> None:
    """Tractor-feed paper: sprocket holes down both margins, the side perforations and a page perforation."""
    for y in [0.25 + 0.5 * i for i in range(22)]:
        sheet.hole(0.25, y, 0.078, 40)
        sheet.hole(8.25, y, 0.078, 40)
    sheet.dashed(0.5, 0.0, 0.5, 11.0, 150, 0.03)
    sheet.dashed(8.0, 0.0, 8.0, 11.0, 150, 0.03)
    sheet.dashed(0.0, perf_at, 8.5, perf_at, 140, 0.04)


def dotmatrix_stub(employer: str, address: str, employee: str, emp_no: str, dept: str, pay_date: dt.date,
                   frequency: str, rate: float, hours: float, wh: Withholding, seed: int, ot_hours: Sequence[float],
                   first: dt.date | None = None) -> Stub:
    """An earnings statement printed on continuous-feed pre-printed stock by an old payroll system's dot-matrix
    printer: captions pre-printed in pale green-grey ink, the data in dots, all capitals, two-digit years."""
    if first is None:  # the first pay date of the year in the same weekly or bi-weekly rhythm
        step = 7 if frequency == "weekly" else 14
        first = pay_date - dt.timedelta(days=step * ((pay_date - dt.date(pay_date.year, 1, 1)).days // step))
    dates = pay_dates(first, pay_date, frequency)
    checks = []
    for d in dates:
        rr = random.Random(f"{emp_no}{d}{seed}")
        ot = rr.choice(list(ot_hours))
        lines = {"REGULAR": (hours, rate, r2(hours * rate))}
        if ot:
            lines["OVERTIME"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    if frequency == "biweekly":
        end = pay_date - dt.timedelta(days=5)
        start = end - dt.timedelta(days=13)
    elif frequency == "weekly":
        end = pay_date - dt.timedelta(days=5)
        start = end - dt.timedelta(days=6)
    else:  # semi-monthly: paid on the last day of the half month
        end = pay_date
        start = pay_date.replace(day=1) if pay_date.day == 15 else pay_date.replace(day=16)
    net = net_of(ch, wh)
    deds = wh.all(ch.gross)
    freq_word = {"weekly": "WEEKLY", "biweekly": "BI-WEEKLY", "semimonthly": "SEMI-MONTHLY", "monthly": "MONTHLY"}
    printed: list[str] = []

    def page(dpi: int) -> Image.Image:
        sh = Sheet(dpi)
        rng = random.Random(seed * 13 + dpi)
        continuous_form(sh, 5.5)
        ink = 95  # the pre-printed form's green ink, as grey (dark enough to survive a fax)
        dm = DotMatrix(sh, seed, pale=1.0 + rng.uniform(0.0, 0.25), offset=(rng.uniform(0.0, 0.05),
                                                                               rng.uniform(0.0, 0.04)))

        def put(x: float, y: float, s: str, right: bool = False) -> None:
            printed.append(s.upper())
            dm.put(x, y, s, right)

        sh.text(7.85, 0.42, "EARNINGS STATEMENT", 14, SANS_BOLD, ink, "rs")
        sh.text(7.85, 0.56, "DETACH AND RETAIN FOR YOUR RECORDS", 6.5, SANS_FONT, ink, "rs")
        put(0.75, 0.30, employer)
        put(0.75, 0.48, address)
        caps = [(0.7, 3.1, "EMPLOYEE NAME", employee), (3.1, 4.0, "EMPL. NO.", emp_no), (4.0, 4.8, "DEPT.", dept),
                (4.8, 5.85, "PERIOD BEGINNING", mdy2(start)), (5.85, 6.9, "PERIOD ENDING", mdy2(end)),
                (6.9, 7.9, "CHECK DATE", mdy2(pay_date))]
        for row, cells in enumerate((caps, [(0.7, 2.3, "PAY FREQUENCY", freq_word[frequency]),
                                            (2.3, 3.6, "BASE RATE", f"{rate:.4f}"),
                                            (3.6, 4.8, "CHECK NO.", f"{rr_no(seed, pay_date)}"),
                                            (4.8, 7.9, "FED. STATUS / ALLOW.", "M  02")])):
            top = 0.75 + row * 0.42
            for x0, x1, cap, val in cells:
                sh.rect(x0, top, x1, top + 0.42, outline=ink, width=0.008)
                sh.text(x0 + 0.04, top + 0.11, cap, 6.5, SANS_BOLD, ink)
                put(x0 + 0.08, top + 0.18, val)
        top = 1.75
        sh.rect(0.7, top, 7.9, 3.95, outline=ink, width=0.008)
        sh.line(4.7, top, 4.7, 3.95, ink, 0.008)
        sh.line(0.7, top + 0.2, 7.9, top + 0.2, ink, 0.008)
        for x, cap, anchor in ((0.78, "EARNINGS", "ls"), (2.05, "HOURS", "rs"), (2.7, "RATE", "rs"),
                               (3.55, "CURRENT", "rs"), (4.62, "YEAR TO DATE", "rs"), (4.78, "DEDUCTIONS", "ls"),
                               (6.75, "CURRENT", "rs"), (7.82, "YEAR TO DATE", "rs")):
            sh.text(x, top + 0.14, cap, 6, SANS_BOLD, ink, anchor)
        y = top + 0.3
        for k in ("REGULAR", "OVERTIME"):
            if k not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            put(0.78, y, k)
            if hrs:
                put(2.05, y, f"{hrs:.2f}", True)
                put(2.7, y, f"{rt:.2f}", True)
                put(3.55, y, money(amt), True)
            put(4.62, y, money(ytd[k]), True)
            y += 1 / 6
        y = top + 0.3
        for k, v in deds.items():
            put(4.78, y, k)
            put(6.75, y, money(v), True)
            put(7.82, y, money(ytd[k]), True)
            y += 1 / 6
        top = 4.05
        heads = [(0.7, 1.8, ""), (1.8, 3.8, "GROSS PAY"), (3.8, 5.8, "TOTAL DEDUCTIONS"), (5.8, 7.9, "NET PAY")]
        cur = [ch.gross, sum(deds.values()), net]
        ytds = [ytd["GROSS"], ytd["DEDUCTIONS"], ytd["NET"]]
        for i, (x0, x1, cap) in enumerate(heads):
            sh.rect(x0, top, x1, top + 0.18, outline=ink, fill=232, width=0.008)
            sh.text((x0 + x1) / 2, top + 0.13, cap, 6, SANS_BOLD, ink, "ms")
            for r_i, lab in enumerate(("CURRENT", "YEAR TO DATE")):
                y0 = top + 0.18 + r_i * 0.3
                sh.rect(x0, y0, x1, y0 + 0.3, outline=ink, width=0.008)
                if i == 0:
                    sh.text(x0 + 0.05, y0 + 0.19, lab, 6, SANS_BOLD, ink)
                else:
                    put(x1 - 0.1, y0 + 0.06, money(r2((cur if r_i == 0 else ytds)[i - 1])), True)
        sh.text(4.25, 5.05, "THIS IS NOT A CHECK - YOUR NET PAY HAS BEEN DEPOSITED AS SHOWN BELOW", 6.5, SANS_BOLD,
                ink, "ms")
        sh.text(0.8, 5.9, "DIRECT DEPOSIT ADVICE", 10, SANS_BOLD, ink)
        sh.text(0.8, 6.05, "NON-NEGOTIABLE", 7, SANS_FONT, ink)
        put(0.9, 6.35, f"DEPOSITED FOR {employee}")
        put(0.9, 6.55, f"ACCOUNT XXXXXX{emp_no[-3:]}{seed % 10}   AMOUNT ***{money(net)}")
        put(0.9, 6.75, f"ON {mdy2(pay_date)}")
        sh.text(7.8, 7.3, "VOID  VOID  VOID", 16, SANS_BOLD, 205, "rs")
        return sh.img

    paper = RasterPaper([page], printed)
    fields = {"employer": employer, "employee_name": employee,
              "pay_date": pay_date.isoformat(), "period_start": start.isoformat(), "period_end": end.isoformat(),
              "frequency": frequency, "gross_current": ch.gross, "gross_ytd": ytd["GROSS"], "net_current": net,
              "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}
    return Stub(paper, fields, pay_date, checks, wh)


def rr_no(seed: int, d: dt.date) -> int:
    return 40000 + (seed * 37 + d.toordinal()) % 9000


# --- statements --------------------------------------------------------------------------------------------------


@dataclass
class Statement:
    fields: dict[str, Any]
    date: dt.date
    account: str
    lines: list[tuple[dt.date, str, float]]
    paper: Paper | None = None
    raster: RasterPaper | None = None


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def passbook_statement(rng: random.Random, bank: str, branch: str, holder: str, acct: str, year: int, month: int,
                       begin: float, deposits: Sequence[tuple[int, str, float]], seed: int) -> Statement:
    """A passbook-style savings statement: a narrow slip ruled like a passbook page with numbered lines, printed
    by the branch's passbook printer, photocopied on a letter sheet. The register starts with the balance brought
    forward (BAL FWD) and ends with the new balance (NEW BAL); dates have two-digit years."""
    start, end = month_bounds(year, month)
    lines = [(start + dt.timedelta(days=d - 1), code, amt) for d, code, amt in deposits]
    for _ in range(rng.randint(2, 3)):
        lines.append((start + dt.timedelta(days=rng.randrange((end - start).days)), "WD",
                      -r2(rng.choice([100, 150, 200, 250, 300, 400]))))
    interest = r2(max(0.01, begin * 0.0009))
    lines.append((end, "INT", interest))
    lines.sort(key=lambda t: (t[0], t[1] == "INT", -t[2]))
    ending = r2(begin + sum(a for _, _, a in lines))
    printed: list[str] = []

    def page(dpi: int) -> Image.Image:
        sh = Sheet(dpi, paper=238)  # the copier lid's grey around the slip
        x0, y0, x1, y1 = 1.6, 0.9, 6.9, 9.9
        sh.rect(x0 + 0.05, y0 + 0.05, x1 + 0.05, y1 + 0.05, outline=None, fill=200)
        sh.rect(x0, y0, x1, y1, outline=170, fill=255, width=0.01)
        ink = 90
        printed.extend([bank.upper(), branch])
        sh.text((x0 + x1) / 2, y0 + 0.38, bank.upper(), 13, SERIF_BOLD, 40, "ms")
        sh.text((x0 + x1) / 2, y0 + 0.55, branch, 7, SERIF_FONT, 60, "ms")
        sh.text((x0 + x1) / 2, y0 + 0.78, "PASSBOOK SAVINGS STATEMENT", 9, SANS_BOLD, 60, "ms")
        dm = DotMatrix(sh, seed, pale=1.15, offset=(rng.uniform(0, 0.04), rng.uniform(0, 0.03)))

        def put(x: float, y: float, s: str, right: bool = False) -> None:
            printed.append(s.upper())
            dm.put(x, y, s, right)

        sh.text(x0 + 0.2, y0 + 1.05, "ACCOUNT HOLDER", 5.5, SANS_FONT, ink)
        put(x0 + 0.2, y0 + 1.1, holder)
        sh.text(x0 + 3.2, y0 + 1.4, "ACCOUNT NUMBER", 5.5, SANS_FONT, ink)
        put(x0 + 3.2, y0 + 1.5, f"{acct[:4]}-{acct[4:6]}-{acct[6:]}")
        sh.text(x0 + 0.2, y0 + 1.4, "STATEMENT PERIOD", 5.5, SANS_FONT, ink)
        put(x0 + 0.2, y0 + 1.5, f"{mdy(start)} THRU {mdy(end)}")
        cols = [(x0 + 0.45, "DATE", "ls"), (x0 + 1.35, "CODE", "ls"), (x0 + 2.75, "WITHDRAWAL", "rs"),
                (x0 + 3.7, "DEPOSIT", "rs"), (x0 + 5.15, "BALANCE", "rs")]
        ty = y0 + 1.95
        sh.line(x0, ty - 0.17, x1, ty - 0.17, ink)
        for x, cap, anchor in cols:
            sh.text(x, ty - 0.03, cap, 6, SANS_BOLD, ink, anchor)
        sh.line(x0, ty + 0.02, x1, ty + 0.02, ink)
        sh.line(x0 + 0.35, ty - 0.17, x0 + 0.35, y1 - 0.3, ink)
        rows = [(start, "BAL FWD", 0.0, begin)]
        bal = begin
        for d, code, a in lines:
            bal = r2(bal + a)
            rows.append((d, code, a, bal))
        rows.append((end, "NEW BAL", 0.0, ending))
        for i in range(30):
            yy = ty + 0.02 + (i + 1) * 0.22
            if yy > y1 - 0.3:
                break
            sh.line(x0 + 0.05, yy, x1 - 0.05, yy, 205, 0.006)
            sh.text(x0 + 0.22, yy - 0.05, str(i + 1), 6, SANS_FONT, ink, "rs")
            if i < len(rows):
                d, code, a, b = rows[i]
                yt = yy - 0.2
                put(x0 + 0.45, yt, mdy2(d))
                put(x0 + 1.35, yt, code)
                if a < 0:
                    put(x0 + 2.75, yt, money(-a), True)
                elif a > 0:
                    put(x0 + 3.7, yt, money(a), True)
                put(x0 + 5.15, yt, money(b), True)
        sh.text((x0 + x1) / 2, y1 - 0.12, "CODES: DEP DEPOSIT  WD WITHDRAWAL  INT INTEREST  BAL FWD BALANCE FORWARD"
                "  NEW BAL NEW BALANCE", 5, SANS_FONT, ink, "ms")
        return sh.img

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(fields, end, acct, lines, raster=RasterPaper([page], printed))


def drovers_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                      begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Merchants and Drovers Bank: an old mainframe checking statement, all Courier, one page, its summary as
    dotted leaders ("BALANCE LAST STATEMENT ....... 1,234.56"), the register with a running balance."""
    bank = "Merchants and Drovers Bank"
    start, end = month_bounds(year, month)
    lines = [(start + dt.timedelta(days=d - 1), desc, amt) for d, desc, amt in credits]
    for desc, lo, hi in (("CHECK 1041", 60, 240), ("CHECK 1042", 40, 180), ("PENN POWER ACH", 90, 210),
                         ("GIANT EAGLE POS", 40, 160), ("SERVICE CHARGE", 6, 6)):
        amt = r2(rng.uniform(lo, hi))
        lines.append((start + dt.timedelta(days=rng.randrange((end - start).days + 1)), desc, -amt))
    lines.sort(key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Courier-Bold", 13)
        c.drawString(54, 740, "MERCHANTS AND DROVERS BANK")
        c.setFont("Courier", 8.5)
        c.drawString(54, 729, "EST. 1871   222 NORTH MAIN STREET   WAYNESBURG PA 15370")
        c.drawRightString(558, 740, f"STATEMENT DATE {mdy(end)}")
        c.drawRightString(558, 729, "PAGE 1")
        y = 700
        c.setFont("Courier", 10)
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 12
        c.drawString(340, 700, f"ACCOUNT NUMBER  {acct}")
        c.drawString(340, 688, "REGULAR CHECKING")
        c.drawString(340, 676, f"FROM {mdy(start)} TO {mdy(end)}")
        y = 630
        for k, v in (("BALANCE LAST STATEMENT", begin), (f"DEPOSITS AND CREDITS ({sum(a > 0 for *_, a in lines)})",
                                                          dep),
                     (f"CHECKS AND DEBITS ({sum(a < 0 for *_, a in lines)})", wd), ("BALANCE THIS STATEMENT",
                                                                                     ending)):
            c.drawString(72, y, f"{k} {'.' * (40 - len(k))} {money(v):>12}")
            y -= 13
        y -= 14
        c.setFont("Courier-Bold", 10)
        c.drawString(72, y, f"{'DATE':<7}{'DESCRIPTION':<30}{'AMOUNT':>12}{'BALANCE':>13}")
        y -= 4
        c.line(72, y, 540, y)
        y -= 13
        c.setFont("Courier", 10)
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            amt = money(a) if a > 0 else money(-a) + "-"
            c.drawString(72, y, f"{d.strftime('%m/%d'):<7}{desc:<30}{amt:>12}{money(bal):>13}")
            y -= 13
        y -= 20
        c.setFont("Courier", 8)
        c.drawString(72, y, "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC TRANSFERS CALL 724-555-0112.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(fields, end, acct, lines, paper=Paper([page]))


# --- letters and other papers ----------------------------------------------------------------------------------------


def typed_letter(head: Sequence[str], head_font: str, date: dt.date, sender: Sequence[str], to: Sequence[str],
                 re_line: str, body: Sequence[str], signers: Sequence[str], signed: bool, seed: int) -> Paper:
    """A letter TYPED ON A TYPEWRITER on printed letterhead: the letterhead is the printed stationery, every typed
    line a typewriter mark (Courier 10 pitch, about 62 characters a line), signed in ink when signed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont(head_font, 15)
        c.drawCentredString(W / 2, 742, head[0])
        c.setFont("Times-Italic", 8.5)
        for i, ln in enumerate(head[1:]):
            c.drawCentredString(W / 2, 729 - 10 * i, ln)
        c.setLineWidth(0.7)
        c.line(90, 716 - 10 * (len(head) - 2), W - 90, 716 - 10 * (len(head) - 2))
        marks: list[Mark] = []
        y = 680.0
        k = 0

        def typ(x: float, s: str) -> None:
            nonlocal y, k
            marks.append(Mark("type", x, y, s, size=11, seed=seed + k))
            k += 1
            y -= 13

        typ(360, long_date(date))
        y -= 13
        for ln in sender:
            typ(360, ln)
        y -= 13
        for ln in to:
            typ(90, ln)
        y -= 13
        typ(90, re_line)
        y -= 13
        typ(90, "Dear Sir or Madam:")
        y -= 13
        for para in body:
            for ln in wrap(para, "Courier", 11, W - 180):
                typ(90, "     " + ln if ln == wrap(para, "Courier", 11, W - 180)[0] else ln)
            y -= 13
        typ(300, "Very truly yours,")
        y -= 40
        for i, nm in enumerate(signers):
            if signed:
                marks.append(Mark("sig", 300, y + 14, w=150, seed=seed * 5 + i))
            typ(300, nm)
            y -= 30
        return marks

    return Paper([page])


def letterhead(c: Canvas, name: str, sub: Sequence[str], color: Color) -> None:
    c.setFillColor(color)
    c.setFont("Times-Bold", 16)
    c.drawString(72, 738, name)
    c.setFillColor(black)
    c.setFont("Times-Roman", 8.5)
    for i, ln in enumerate(sub):
        c.drawString(72, 726 - 10 * i, ln)
    c.setStrokeColor(color)
    c.setLineWidth(1.4)
    c.line(72, 714 - 10 * (len(sub) - 1), W - 72, 714 - 10 * (len(sub) - 1))
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def simple_letter(head: tuple[str, Sequence[str], Color], date: dt.date, to: Sequence[str], re_line: str,
                  paras: Sequence[str], closing: Sequence[str], table: Sequence[tuple[str, str]] = ()) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 676, long_date(date))
        y = 650
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re_line)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
        for k, v in table:
            c.setFont("Times-Roman", 11)
            c.drawString(96, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(320, y, v)
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


def ssdi_award(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    """Social Security's disability award notice: the monthly amount in a sentence and in a small table."""
    paras = [f"We are writing to tell you that you are entitled to monthly disability benefits beginning "
             f"{long_date(since)}. We found that you became disabled under our rules five months before that date.",
             f"Your monthly benefit is ${money(monthly)}. We pay benefits on the second Wednesday of each month for "
             "the month before. The money will be deposited to the account you gave us.",
             "Your benefit is not taxable unless your total income is more than the base amount for your filing "
             "status; we do not withhold federal tax from it. If you disagree with this decision, you may ask for "
             "reconsideration within 60 days."]
    paper = simple_letter(("SOCIAL SECURITY ADMINISTRATION", ["Retirement, Survivors and Disability Insurance",
                                                              "Notice of Award"], Color(0.12, 0.22, 0.42)),
                          date, [person, *address], "Disability benefits - notice of award", paras,
                          ["Social Security Administration", f"Date of this notice: {mdy(date)}"],
                          [("Monthly disability benefit", "$" + money(monthly)), ("Paid", "Monthly"),
                           ("Entitlement begins", mdy(since))])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def pension_letter(member: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    """A union pension fund's annual benefit confirmation (taxable)."""
    paras = [f"As you requested, this letter confirms the pension benefit the Fund pays to {member}. The benefit is "
             "a monthly annuity paid on the first day of each month by direct deposit. Federal income tax is "
             "withheld as you elected on Form W-4P; the benefit is taxable income.",
             "The amount below will continue for your lifetime. It changes only if the Trustees grant a "
             "post-retirement increase."]
    paper = simple_letter(("IRONWORKERS DISTRICT COUNCIL PENSION FUND", ["1900 Liberty Avenue, Pittsburgh, PA 15222",
                                                                         "Member Services (412) 555-0133"],
                           Color(0.3, 0.15, 0.1)), date, [member, *address], "Verification of monthly pension",
                          paras, ["Sincerely,", "", "Member Services", "Ironworkers District Council Pension Fund"],
                          [("Pensioner", member), ("Pension start date", long_date(since)),
                           ("Gross monthly pension", "$" + money(monthly)), ("Frequency", "Monthly")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def obituary_clipping(name: str, died: dt.date, age: int, town: str, survivors: str, date: dt.date) -> Letter:
    """A newspaper's obituary column clipped and photocopied: two narrow columns, a rule between them."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillGray(0.93)
        c.rect(100, 260, 412, 480, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, 716, "THE GREENE COUNTY MESSENGER")
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 704, f"{date.strftime('%A').upper()}, {long_date(date).upper()}  -  PAGE A-9")
        c.line(110, 698, 502, 698)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 680, "OBITUARIES")
        c.line(306, 300, 306, 670)
        c.setFont("Times-Bold", 10.5)
        c.drawString(114, 660, name.upper())
        paragraphs(c, 114, 646, 184, [
            f"{name}, {age}, of {town}, died {long_date(died)}, at Washington Hospital after a brief illness.",
            "He was employed for 31 years as a millwright and was a member of St. Ann's Church and of the "
            "Carmichaels Volunteer Fire Company.", f"Surviving are {survivors}.",
            "Friends will be received at the Behm Funeral Home, where services will be held Saturday at 10 a.m. "
            "Interment follows in Laurel Point Cemetery."], size=9, leading=11, gap=5)
        c.setFont("Times-Bold", 10.5)
        c.drawString(316, 660, "EDNA M. SHRIVER")
        paragraphs(c, 316, 646, 184, [
            "Edna M. Shriver, 88, of Rices Landing, died Tuesday at her home. She was a retired school cook and "
            "a 50-year member of the Eastern Star.", "Arrangements are by the Marshall Funeral Home."],
            size=9, leading=11, gap=5)
        return []

    return Letter(Paper([page]), "obituary", date)


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, "BATCH SEPARATOR")
        c.setFont("Helvetica", 10)
        c.drawString(72, 682, "Insert before each loan's documents. Do not staple.")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str,
              filler: Filler) -> Paper:
    """A stationery store's fax cover sheet, filled in by hand."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 34)
        c.drawString(72, 700, "FAX")
        c.setFont("Helvetica", 9)
        c.drawString(160, 712, "COPY & SHIP CENTER  -  SELF-SERVE FAX  -  $1.50 FIRST PAGE")
        c.drawString(160, 701, f"Sent from {sender_fax}")
        rows = [("TO:", to), ("FAX #:", to_fax), ("FROM:", sender), ("DATE:", mdy(date)),
                ("# OF PAGES (incl. cover):", str(pages)), ("RE:", note)]
        y = 640
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            c.setLineWidth(0.6)
            c.line(240, y - 3, 540, y - 3)
            filler.text(c, 246, y, v, 11)
            y -= 30
        return filler.take()

    return Paper([page])


def dodd_frank_page(borrower: str, co: str | None, loan: str, signed_on: dt.date, filler: Filler) -> Paper:
    """The Dodd-Frank certification that HAMP-era packages sent as a separate sheet (a paper of type other)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 730, "DODD-FRANK CERTIFICATION")
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(W / 2, 716, "Making Home Affordable Program - to be signed by each borrower")
        c.setFont("Helvetica", 10)
        c.drawString(72, 690, "Loan I.D. number:")
        filler.text(c, 170, 690, loan)
        y = paragraphs(c, 72, 660, W - 144, [
            "The following information is requested by the federal government in accordance with the Dodd-Frank "
            "Wall Street Reform and Consumer Protection Act (Pub. L. 111-203). You are required to furnish this "
            "information. The law provides that no person shall be eligible to begin receiving assistance from the "
            "Making Home Affordable Program, authorized under the Emergency Economic Stabilization Act of 2008 "
            "(12 U.S.C. 5201 et seq.), or any other mortgage assistance program authorized or funded by that Act, "
            "if such person, in connection with a mortgage or real estate transaction, has been convicted, within "
            "the last 10 years, of any one of the following: (A) felony larceny, theft, fraud, or forgery, (B) "
            "money laundering or (C) tax evasion.",
            "I/we certify under penalty of perjury that I/we have not been convicted within the last 10 years of "
            "any one of the following in connection with a mortgage or real estate transaction: (a) felony "
            "larceny, theft, fraud, or forgery, (b) money laundering or (c) tax evasion.",
            "I/we understand that the servicer, the U.S. Department of the Treasury, or their agents may "
            "investigate the accuracy of my statements by performing routine background checks."],
            fnt="Helvetica", size=9.5, leading=12.5)
        y -= 40
        for i, nm in enumerate([borrower, co]):
            c.setLineWidth(0.6)
            c.line(72, y, 320, y)
            c.line(380, y, 520, y)
            c.setFont("Helvetica", 8)
            c.drawString(72, y - 10, ("Borrower" if i == 0 else "Co-Borrower") + " signature")
            c.drawString(380, y - 10, "Date")
            if nm:
                c.drawString(170, y - 10, f"Printed name: {nm}")
                filler.sign(c, 90, y + 2, 170, 10 + i)
                filler.date(c, 386, y + 4, mdy(signed_on))
            y -= 56
        return filler.take()

    return Paper([page])


def form4506t_old(name: str, ssn: str, co: str | None, co_ssn: str | None, street: str, city_line: str,
                  third: str, signed_on: dt.date, phone: str, filler: Filler) -> Paper:
    """An OLD IRS Form 4506-T "Request for Transcript of Tax Return" (Rev. September 2015), page 1 drawn after
    that revision's layout: numbered lines 1a-9, the signature block at the foot. Not a Form 4506-C."""

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.2)
        c.line(36, 700, 576, 700)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(40, 738, "4506-T")
        c.setFont("Helvetica", 7)
        c.drawString(40, 750, "Form")
        c.drawString(40, 722, "(Rev. September 2015)")
        c.drawString(40, 713, "Department of the Treasury")
        c.drawString(40, 705, "Internal Revenue Service")
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(330, 738, "Request for Transcript of Tax Return")
        c.setFont("Helvetica", 7)
        c.drawCentredString(330, 724, "Do not sign this form unless all applicable lines have been completed.")
        c.drawCentredString(330, 714, "Request may be rejected if the form is incomplete or illegible.")
        c.drawRightString(572, 738, "OMB No. 1545-1872")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 690, "Tip. Use Form 4506-T to order a transcript or other return information free of charge.")
        rows = [(668, "1a  Name shown on tax return. If a joint return, enter the name shown first.", name,
                 "1b  First social security number on tax return", ssn),
                (640, "2a  If a joint return, enter spouse's name shown on tax return.", co or "",
                 "2b  Second social security number", co_ssn or ""),
                (612, "3  Current name, address (including apt., room, or suite no.), city, state, and ZIP code",
                 f"{street}, {city_line}", "", ""),
                (584, "4  Previous address shown on the last return filed if different from line 3", "", "", ""),
                (556, "5  If the transcript is to be mailed to a third party (such as a mortgage company), enter the "
                 "third party's name, address, and telephone number.", third, "", "")]
        for y, lab, val, lab2, val2 in rows:
            c.setLineWidth(0.5)
            c.line(36, y - 14, 576, y - 14)
            c.setFont("Helvetica", 7)
            c.drawString(40, y, lab)
            if lab2:
                c.line(400, y + 8, 400, y - 14)
                c.drawString(404, y, lab2)
                filler.text(c, 408, y - 11, val2, 9)
            filler.text(c, 48, y - 11, val, 9)
        c.setFont("Helvetica", 7.5)
        y = paragraphs(c, 40, 528, 530, [
            "Caution: If the tax transcript is being mailed to a third party, ensure that you have filled in lines 6 "
            "through 9 before signing. Sign and date the form once you have filled in these lines."],
            fnt="Helvetica", size=7.5, leading=9)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "6  Transcript requested. Enter the tax form number here (1040, 1065, 1120, etc.) and "
                             "check the appropriate box below.")
        filler.text(c, 470, y, "1040", 9)
        y -= 16
        for lab in ("a  Return Transcript", "b  Account Transcript", "c  Record of Account"):
            box(c, 52, y - 1)
            if lab.startswith("a"):
                filler.cross(c, 52, y - 1)
            c.setFont("Helvetica", 7.5)
            c.drawString(66, y, lab)
            y -= 13
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "7  Verification of Nonfiling.")
        y -= 14
        c.drawString(40, y, "8  Form W-2, Form 1099 series, Form 1098 series, or Form 5498 series transcript.")
        y -= 14
        c.drawString(40, y, "9  Year or period requested. Enter the ending date of the year or period, using the "
                             "mm/dd/yyyy format.")
        y -= 16
        for i, yr in enumerate((signed_on.year - 2, signed_on.year - 1)):
            c.line(60 + i * 120, y - 2, 160 + i * 120, y - 2)
            filler.text(c, 64 + i * 120, y, f"12/31/{yr}", 9)
        y -= 26
        c.setFont("Helvetica", 6.5)
        y = paragraphs(c, 40, y, 530, [
            "Caution: Do not sign this form unless all applicable lines have been completed.",
            "Signature of taxpayer(s). I declare that I am either the taxpayer whose name is shown on line 1a or 2a, "
            "or a person authorized to obtain the tax information requested. If the request applies to a joint "
            "return, at least one spouse must sign."], fnt="Helvetica", size=6.5, leading=8, gap=3)
        c.setFont("Helvetica", 7)
        c.drawString(420, y, "Phone number of taxpayer on line 1a or 2a")
        filler.text(c, 424, y - 13, phone, 9)
        y -= 40
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, y + 6, "Sign")
        c.drawString(40, y - 6, "Here")
        for i, nm in enumerate([name, co]):
            c.setLineWidth(0.6)
            c.line(80, y, 380, y)
            c.line(400, y, 560, y)
            c.setFont("Helvetica", 7)
            c.drawString(82, y - 9, "Signature (see instructions)" if i == 0 else "Spouse's signature")
            c.drawString(402, y - 9, "Date")
            if nm:
                filler.sign(c, 96, y + 2, 180, 20 + i)
                filler.date(c, 410, y + 3, mdy(signed_on))
            y -= 34
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, "For Privacy Act and Paperwork Reduction Act Notice, see page 2.")
        c.drawRightString(572, 40, "Form 4506-T (Rev. 9-2015)")
        return filler.take()

    return Paper([page])


def form4506c_screen(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                     client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int) -> bytes:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), typed over and signed on screen (flattened)."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Coalfield Income Verification LLC"),
           (312, 506, "CIV-40913"), (420, 506, "COALFLD01"), (27, 484, "18 Depot Street"),
           (312, 484, "Uniontown"), (420, 484, "PA"), (474, 484, "15401"), (27, 430, client), (474, 430, client_phone),
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
    return fixed_pypdf_bytes(writer, "bp4506c")


# --- applications ---------------------------------------------------------------------------------------------------

LINE_CODE = {"overtime": "wages", "tips": "wages", "co_wages": "wages", "support": "other"}


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area
    dob: str
    street: str
    city: str
    state: str
    zip: str
    phone: str
    email: str
    occupancy: str
    hardships: list[str]
    start: dt.date | None
    duration: str  # short | long
    lines: dict[str, float]  # form line -> monthly amount (overtime, tips, co_wages, support fold into codes)
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_dob: str = ""
    other_text: str = ""
    explain: str = ""
    b_signs: bool = True
    b_dates: bool = True
    co_signs: bool = True
    co_dates: bool = True
    signature_page_sent: bool = True
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.lines.values()))

    @property
    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for k, v in self.lines.items():
            if v > 0:
                code = LINE_CODE.get(k, k)
                out[code] = r2(out.get(code, 0.0) + v)
        return out

    @property
    def signed(self) -> bool:
        return self.signature_page_sent and self.b_signs and self.b_dates

    @property
    def co_signed(self) -> bool | None:
        if self.co is None:
            return None
        return self.signature_page_sent and self.co_signs and self.co_dates

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = dict(self.income)
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.signed,
                "signed_on": self.signed_on.isoformat() if self.signature_page_sent and self.b_dates else None,
                "co_borrower_signed": self.co_signed}


def amt(v: float) -> str:
    return money(v) if v > 0 else ""


def captioned(c: Canvas, f: Filler, x: float, y: float, w: float, h: float, caption: str, value: str,
              size: float = 10.0) -> None:
    """A ruled cell with its caption in small capitals at the top and the answer below it."""
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica", 6.2)
    c.drawString(x + 3, y + h - 8, caption)
    f.text(c, x + 6, y + 5, value, size)


def checks_line(c: Canvas, f: Filler, x: float, y: float, lead: str, options: Sequence[tuple[str, bool]],
                size: float = 8.5, gap: float = 14.0) -> None:
    """A lead-in followed by boxed options on one line."""
    c.setFont("Helvetica-Bold", size)
    c.drawString(x, y, lead)
    xx = x + stringWidth(lead, "Helvetica-Bold", size) + 8
    c.setFont("Helvetica", size)
    for label, on in options:
        box(c, xx, y - 1)
        if on:
            f.cross(c, xx, y - 1)
        c.setFont("Helvetica", size)
        c.drawString(xx + 11, y, label)
        xx += 11 + stringWidth(label, "Helvetica", size) + gap


# The HAMP-era "Request for Mortgage Assistance (RMA)": its income lines, as (line id, label).
RMA_INCOME = (("wages", "Monthly gross wages"), ("overtime", "Overtime"),
              ("support", "Child support / alimony / separation"),
              ("benefits_nontaxable", "Non-taxable Social Security / SSDI"),
              ("benefits_taxable", "Taxable SS benefits, pensions, annuities"), ("tips", "Tips, commissions, bonus"),
              ("self_employment", "Self-employed income (net)"), ("rental", "Rents received"),
              ("unemployment", "Unemployment income"), ("food", "Food stamps / welfare"),
              ("investment", "Investment / insurance income"), ("other", "Other"))
RMA_REASONS = ("I am unemployed, or my job has ended", "My household income has been reduced (reduced pay or "
               "hours, lost overtime)", "My monthly housing expenses have increased (taxes, insurance, HOA)",
               "A disaster (natural or man-made) damaged my property or my place of employment",
               "Long-term or permanent disability, or serious illness of a borrower or dependent",
               "Divorce or legal separation", "Separation of borrowers not married to each other",
               "Death of a borrower, or of the primary or secondary wage earner in the household",
               "Distant employment transfer / relocation", "Other:")


def rma(app: App, f: Filler, expenses: Sequence[tuple[str, float]], assets: Sequence[tuple[str, float]]) -> Paper:
    """Request for Mortgage Assistance (RMA), Making Home Affordable Program, 4 pages (rev. 2011 look): captioned
    BORROWER | CO-BORROWER cells with the full SSN and date of birth; income, expenses and assets side by side;
    a Hardship Affidavit page; the acknowledgment, Dodd-Frank certification and signatures on page 4."""
    servicer = "Allegheny Home Loan Servicing"

    def head(c: Canvas, n: int) -> None:
        c.setFillGray(0.15)
        c.rect(36, 742, 540, 22, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, 750, "MAKING HOME AFFORDABLE PROGRAM")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(568, 749, "REQUEST FOR MORTGAGE ASSISTANCE (RMA)")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(36, 30, "MHA RMA (rev. 2011)")
        c.drawRightString(576, 30, f"Page {n} of 4")

    def p1(c: Canvas) -> list[Mark]:
        head(c, 1)
        paragraphs(c, 36, 728, 540, [
            "If you are experiencing a hardship and need help, you must complete and submit this form along with "
            "other required documentation to be considered for Making Home Affordable (MHA) program assistance. "
            "Please read the Dodd-Frank certification and sign the form on page 4. Complete all sections."],
            fnt="Helvetica", size=7.5, leading=9)
        captioned(c, f, 36, 672, 260, 24, "LOAN I.D. NUMBER", app.loan)
        captioned(c, f, 296, 672, 280, 24, "SERVICER", servicer)
        c.setFillGray(0.82)
        c.rect(36, 652, 540, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(166, 656, "BORROWER")
        c.drawCentredString(446, 656, "CO-BORROWER")
        y = 626
        captioned(c, f, 36, y, 270, 26, "BORROWER'S NAME", app.borrower)
        captioned(c, f, 306, y, 270, 26, "CO-BORROWER'S NAME", app.co or "")
        y -= 26
        captioned(c, f, 36, y, 150, 26, "SOCIAL SECURITY NUMBER", app.ssn)
        captioned(c, f, 186, y, 120, 26, "DATE OF BIRTH", app.dob)
        captioned(c, f, 306, y, 150, 26, "SOCIAL SECURITY NUMBER", app.co_ssn or "")
        captioned(c, f, 456, y, 120, 26, "DATE OF BIRTH", app.co_dob if app.co else "")
        y -= 26
        captioned(c, f, 36, y, 270, 26, "HOME PHONE NUMBER WITH AREA CODE", app.phone)
        captioned(c, f, 306, y, 270, 26, "HOME PHONE NUMBER WITH AREA CODE", app.phone if app.co else "")
        y -= 26
        captioned(c, f, 36, y, 270, 26, "CELL OR WORK NUMBER WITH AREA CODE", "")
        captioned(c, f, 306, y, 270, 26, "CELL OR WORK NUMBER WITH AREA CODE", "")
        y -= 26
        captioned(c, f, 36, y, 270, 26, "EMAIL ADDRESS", app.email)
        captioned(c, f, 306, y, 270, 26, "EMAIL ADDRESS", "")
        y -= 30
        checks_line(c, f, 40, y, "I want to:", [("Keep the property", True), ("Sell the property", False)])
        y -= 18
        checks_line(c, f, 40, y, "The property is my:", [("Primary residence", app.occupancy == "primary_residence"),
                                                         ("Second home", app.occupancy == "second_home"),
                                                         ("Investment", app.occupancy == "investment_property")])
        y -= 18
        checks_line(c, f, 40, y, "The property is:", [("Owner occupied", app.occupancy != "investment_property"),
                                                      ("Renter occupied", app.occupancy == "investment_property"),
                                                      ("Vacant", False)])
        y -= 34
        captioned(c, f, 36, y, 540, 26, "PROPERTY ADDRESS (STREET ADDRESS, CITY, STATE, ZIP CODE)", app.address)
        y -= 26
        captioned(c, f, 36, y, 540, 26, "MAILING ADDRESS (IF DIFFERENT FROM PROPERTY ADDRESS)", "")
        y -= 22
        checks_line(c, f, 40, y, "Is the property listed for sale?", [("Yes", False), ("No", True)])
        y -= 18
        checks_line(c, f, 40, y, "Have you filed for bankruptcy?", [("Yes", False), ("No", True)])
        y -= 18
        checks_line(c, f, 40, y, "Is any borrower a servicemember on active duty?", [("Yes", False), ("No", True)])
        return f.take()

    def table(c: Canvas, x: float, top: float, w: float, title: str, rows: Sequence[tuple[str, str]],
              total: tuple[str, str]) -> None:
        c.setFillGray(0.82)
        c.rect(x, top - 16, w, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawCentredString(x + w / 2, top - 11, title)
        y = top - 16
        for label, value in [*rows, total]:
            y -= 22
            c.setLineWidth(0.5)
            c.rect(x, y, w, 22, stroke=1, fill=0)
            c.line(x + w - 70, y, x + w - 70, y + 22)
            c.setFont("Helvetica-Bold" if (label, value) == total else "Helvetica", 7)
            for i, part in enumerate(wrap(label, "Helvetica", 7, w - 78)[:2]):
                c.drawString(x + 3, y + 13 - 8 * i, part)
            c.setFont("Helvetica", 8)
            c.drawString(x + w - 67, y + 7, "$")
            f.right(c, x + w - 4, y + 7, value, 9)

    def p2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 730, f"Loan I.D. number: {app.loan}" if f.how in ("screen", "printed") else
                     "Loan I.D. number:")
        if f.how not in ("screen", "printed"):
            f.text(c, 110, 730, app.loan, 9)
        income = [(lab, amt(app.lines.get(k, 0.0))) for k, lab in RMA_INCOME]
        table(c, 36, 716, 180, "MONTHLY HOUSEHOLD INCOME", income,
              ("Total (gross income)", money(app.total)))
        exp_total = r2(sum(v for _, v in expenses))
        table(c, 216, 716, 180, "MONTHLY HOUSEHOLD EXPENSES/DEBT", [(k, amt(v)) for k, v in expenses],
              ("Total debt/expenses", money(exp_total)))
        as_total = r2(sum(v for _, v in assets))
        table(c, 396, 716, 180, "HOUSEHOLD ASSETS", [(k, amt(v)) for k, v in assets], ("Total assets",
                                                                                        money(as_total)))
        paragraphs(c, 36, 400, 540, [
            "Include combined income of all borrowers and of any household member who contributes to the mortgage "
            "payment. Child support, alimony or separate maintenance income need not be disclosed unless you want it "
            "considered for repaying this loan. Required income documentation: your most recent pay stubs with "
            "year-to-date earnings, or the two most recent bank statements; for self-employment, the most recent "
            "signed tax return or a year-to-date profit and loss statement; for benefits, an award letter."],
            fnt="Helvetica", size=7.5, leading=9.5)
        return f.take()

    def p3(c: Canvas) -> list[Mark]:
        head(c, 3)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 722, "HARDSHIP AFFIDAVIT")
        y = paragraphs(c, 36, 704, 540, [
            "I (We) am/are requesting review under the Making Home Affordable Program. I am having difficulty making "
            "my monthly payment because of financial difficulties created by (check all that apply):"],
            fnt="Helvetica", size=8.5, leading=11)
        y -= 4
        for i, reason in enumerate(RMA_REASONS):
            box(c, 44, y - 1)
            if HARDSHIPS[i] in app.hardships:
                f.cross(c, 44, y - 1)
            c.setFont("Helvetica", 8.5)
            c.drawString(58, y, reason)
            if i == 9:
                c.line(90, y - 2, 560, y - 2)
                f.text(c, 96, y, app.other_text, 9.5)
            y -= 17
        y -= 8
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(36, y, "My hardship began on (date):")
        c.line(160, y - 2, 260, y - 2)
        f.text(c, 164, y, mdy(app.start) if app.start else "", 10)
        checks_line(c, f, 280, y, "and I believe it is:", [("short-term", app.duration == "short"),
                                                            ("long-term or permanent", app.duration == "long")])
        y -= 24
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(36, y, "Explanation (continue on a separate sheet if needed):")
        lines = wrap(app.explain, "Helvetica", 9.5, 520) if app.explain else []
        for i in range(5):
            y -= 20
            c.setLineWidth(0.4)
            c.line(36, y - 2, 576, y - 2)
            if i < len(lines):
                f.text(c, 40, y, lines[i], 9.5)
        y -= 26
        paragraphs(c, 36, y, 540, [
            "Required hardship documentation: divorce - a final decree or separation agreement, or a recorded "
            "quitclaim deed; death - a death certificate or an obituary; illness or disability - a written statement "
            "or other documentation; relocation - a transfer letter or orders; other - a written explanation."],
            fnt="Helvetica", size=7.5, leading=9.5)
        return f.take()

    def p4(c: Canvas) -> list[Mark]:
        head(c, 4)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, 726, "ACKNOWLEDGMENT AND AGREEMENT")
        y = paragraphs(c, 36, 712, 540, [
            "In making this request for consideration under the Making Home Affordable Program I certify under "
            "penalty of perjury: 1. That all of the information in this document is truthful and the event(s) "
            "identified in the Hardship Affidavit is/are the reason that I need to request a modification of the "
            "terms of my mortgage loan, short sale or deed-in-lieu of foreclosure. 2. I understand that the "
            "servicer, the U.S. Department of the Treasury, or their agents may investigate the accuracy of my "
            "statements and may require me to provide supporting documentation. 3. I understand that knowingly "
            "submitting false information may violate Federal law. 4. I consent to the disclosure of my personal "
            "information and the terms of any Making Home Affordable agreement by the servicer to the U.S. "
            "Department of the Treasury and its agents, Fannie Mae and Freddie Mac."],
            fnt="Helvetica", size=7.5, leading=9.5)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, y - 4, "DODD-FRANK CERTIFICATION")
        y = paragraphs(c, 36, y - 18, 540, [
            "The following information is requested by the federal government in accordance with the Dodd-Frank "
            "Wall Street Reform and Consumer Protection Act (Pub. L. 111-203). I/we certify under penalty of perjury "
            "that I/we have not been convicted within the last 10 years of any one of the following in connection "
            "with a mortgage or real estate transaction: (a) felony larceny, theft, fraud, or forgery, (b) money "
            "laundering or (c) tax evasion."], fnt="Helvetica", size=7.5, leading=9.5)
        c.setLineWidth(0.5)
        c.rect(36, y - 70, 540, 66, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y - 14, "INFORMATION FOR GOVERNMENT MONITORING PURPOSES")
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 26, "The law provides that a lender or servicer may not discriminate on the basis of this "
                                 "information. You are not required to furnish it.")
        for i, lab in enumerate(("Ethnicity", "Race", "Sex")):
            c.drawString(40, y - 42 - 10 * i, f"{lab}:  [  ] I do not wish to furnish this information")
        y -= 110
        people = [(app.borrower, "Borrower", app.b_signs, app.b_dates, 0),
                  (app.co or "", "Co-Borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_dates, 1)]
        for name, role, signs, dates, k in people:
            c.setLineWidth(0.6)
            c.line(36, y, 330, y)
            c.line(360, y, 500, y)
            c.setFont("Helvetica", 7.5)
            c.drawString(36, y - 10, f"{role} Signature")
            c.drawString(360, y - 10, "Date")
            if name:
                c.drawString(150, y - 10, name)
            if signs:
                f.sign(c, 60, y + 2, 200, k)
            if dates:
                f.date(c, 366, y + 4, mdy(app.signed_on))
            y -= 52
        return f.take()

    return Paper([p1, p2, p3, p4])


UBAF_INCOME = (("wages", "Monthly Gross Wages"), ("overtime", "Overtime"),
               ("support", "Child Support / Alimony / Separation Maintenance"),
               ("benefits_nontaxable", "Social Security / SSDI (non-taxable)"),
               ("benefits_taxable", "Other monthly income from pensions, annuities or retirement plans"),
               ("tips", "Tips, Commissions, Bonus"), ("self_employment", "Self-Employed Income"),
               ("rental", "Rents Received"), ("unemployment", "Unemployment Income"),
               ("food", "Food Stamps / Welfare"), ("investment", "Investment or Insurance Income"), ("other", "Other"))
UBAF_REASONS = (("Unemployment", "No hardship documentation required"),
                ("Underemployment (reduced pay or hours, lost overtime)", "No hardship documentation required"),
                ("Increased housing expenses", "No hardship documentation required"),
                ("Disaster (natural or man-made) impacting the property or Borrower's place of employment",
                 "No hardship documentation required"),
                ("Long-term or permanent disability, or serious illness of a borrower / co-borrower or dependent "
                 "family member", "Written statement from the borrower, or other documentation verifying disability"),
                ("Divorce or legal separation", "Final divorce decree or final separation agreement, OR recorded "
                 "quitclaim deed"),
                ("Separation of borrowers unrelated by marriage, civil union or similar domestic partnership",
                 "Recorded quitclaim deed OR legally binding agreement"),
                ("Death of a borrower or death of either the primary or secondary wage earner in the household",
                 "Death certificate OR obituary or newspaper article reporting the death"),
                ("Distant employment transfer / relocation", "Transfer letter, PCS orders or employer notice"),
                ("Other: a hardship that is not covered above", "Written explanation describing the hardship"))


def ubaf(app: App, f: Filler) -> Paper:
    """An EARLIER revision of Form 710, the "Uniform Borrower Assistance Form" (Rev. 10/2014 as drawn here): label
    cells beside answer cells in a four-column BORROWER / CO-BORROWER table with "Borrower Name" and the full SSN,
    "I am requesting review under..." boxes, a "Monthly Household Income" table beside expenses, the Hardship
    Affidavit as an "If Your Hardship is: / Then the Required Hardship Documentation is:" table, and the
    acknowledgment with a signature / date table on page 4."""

    def foot(c: Canvas, n: int) -> None:
        c.setFont("Times-Roman", 7.5)
        c.drawString(40, 28, "Fannie Mae/Freddie Mac Form 710")
        c.drawCentredString(W / 2, 28, f"Page {n} of 4")
        c.drawRightString(572, 28, "Rev. 10/2014")

    def title(c: Canvas, sub: str) -> None:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 744, "UNIFORM BORROWER ASSISTANCE FORM")
        c.setFont("Times-Bold", 10)
        c.drawCentredString(W / 2, 730, sub)
        c.setLineWidth(1.5)
        c.line(40, 722, 572, 722)

    def p1(c: Canvas) -> list[Mark]:
        title(c, "")
        y = paragraphs(c, 40, 708, 532, [
            "If you are experiencing a temporary or long-term hardship and need help, you must complete and submit "
            "this form along with other required documentation to be considered for available solutions. On this "
            "page, you must disclose information about (1) you and your intentions to either keep or transition out "
            "of your home; (2) the property's status; (3) bankruptcy; and (4) your credit counseling agency."],
            fnt="Times-Roman", size=8.5, leading=10.5)
        c.setFont("Times-Bold", 9)
        c.drawString(40, y, "Loan I.D. Number")
        c.setFont("Times-Roman", 7)
        c.drawString(40, y - 9, "(usually found on your monthly mortgage statement)")
        c.line(130, y - 2, 300, y - 2)
        f.text(c, 134, y, app.loan)
        c.setFont("Times-Bold", 9)
        c.drawString(320, y, "Servicer")
        c.line(362, y - 2, 572, y - 2)
        f.text(c, 366, y, "Allegheny Home Loan Servicing", 9)
        y -= 30
        checks_line(c, f, 40, y, "I am requesting review under:", [
            ("the Home Affordable Modification Program", False),
            ("every foreclosure prevention option available", True)], size=8.5, gap=10)
        y -= 18
        checks_line(c, f, 40, y, "I want to:", [("Keep the Property", True), ("Vacate the Property", False),
                                                 ("Sell the Property", False), ("Undecided", False)])
        y -= 18
        checks_line(c, f, 40, y, "The property is currently:", [
            ("My Primary Residence", app.occupancy == "primary_residence"),
            ("A Second Home", app.occupancy == "second_home"),
            ("An Investment Property", app.occupancy == "investment_property")])
        y -= 18
        checks_line(c, f, 40, y, "The property is currently:", [
            ("Owner Occupied", app.occupancy != "investment_property"),
            ("Renter Occupied", app.occupancy == "investment_property"), ("Vacant", False)])
        y -= 16
        c.setFillGray(0.85)
        c.rect(40, y - 16, 532, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 9.5)
        c.drawCentredString(173, y - 11, "BORROWER")
        c.drawCentredString(439, y - 11, "CO-BORROWER")
        y -= 16
        rows = [("Borrower Name", app.borrower, "Co-Borrower Name", app.co or ""),
                ("Social Security Number", app.ssn, "Social Security Number", app.co_ssn or ""),
                ("Date of Birth", app.dob, "Date of Birth", app.co_dob if app.co else ""),
                ("Home Phone Number with Area Code", app.phone, "Home Phone Number with Area Code",
                 app.phone if app.co else ""),
                ("Cell or Work Number with Area Code", "", "Cell or Work Number with Area Code", ""),
                ("Email Address", app.email, "Email Address", "")]
        for la, va, lb, vb in rows:
            y -= 24
            c.setLineWidth(0.5)
            for x0, wl, wv, lab, val in ((40, 96, 170, la, va), (306, 96, 170, lb, vb)):
                c.rect(x0, y, wl, 24, stroke=1, fill=0)
                c.rect(x0 + wl, y, wv, 24, stroke=1, fill=0)
                c.setFont("Times-Roman", 7.5)
                for i, part in enumerate(wrap(lab, "Times-Roman", 7.5, wl - 6)[:2]):
                    c.drawString(x0 + 3, y + 14 - 8 * i, part)
                f.text(c, x0 + wl + 4, y + 8, val, 9.5)
        for lab, val in (("Mailing Address", ""),
                         ("Property Address (if same as mailing address, just write same)", app.address)):
            y -= 24
            c.rect(40, y, 136, 24, stroke=1, fill=0)
            c.rect(176, y, 396, 24, stroke=1, fill=0)
            c.setFont("Times-Roman", 7.5)
            for i, part in enumerate(wrap(lab, "Times-Roman", 7.5, 130)[:2]):
                c.drawString(43, y + 14 - 8 * i, part)
            f.text(c, 182, y + 8, val, 10)
        y -= 22
        checks_line(c, f, 40, y, "Is the property listed for sale?", [("Yes", False), ("No", True)])
        y -= 17
        checks_line(c, f, 40, y, "Have you contacted a credit-counseling agency for help?", [("Yes", False),
                                                                                            ("No", True)])
        y -= 17
        checks_line(c, f, 40, y, "Have you filed for bankruptcy?", [("Yes", False), ("No", True)])
        y -= 17
        checks_line(c, f, 40, y, "Is any Borrower an active duty servicemember?", [("Yes", False), ("No", True)])
        foot(c, 1)
        return f.take()

    def p2(c: Canvas) -> list[Mark]:
        title(c, "Monthly Household Income, Expenses and Assets")
        c.setFont("Times-Roman", 8.5)
        c.drawString(40, 708, "Loan I.D. Number")
        f.text(c, 120, 708, app.loan, 9)
        top = 696
        c.setFillGray(0.85)
        c.rect(40, top - 16, 300, 16, stroke=1, fill=1)
        c.rect(350, top - 16, 222, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 9)
        c.drawString(44, top - 11, "Monthly Household Income")
        c.drawString(354, top - 11, "Monthly Household Expenses/Debt")
        y = top - 16
        rows = [(lab, amt(app.lines.get(k, 0.0))) for k, lab in UBAF_INCOME] + [("Total (Gross Income)",
                                                                                   money(app.total))]
        for lab, val in rows:
            y -= 20
            c.setLineWidth(0.5)
            c.rect(40, y, 220, 20, stroke=1, fill=0)
            c.rect(260, y, 80, 20, stroke=1, fill=0)
            c.setFont("Times-Bold" if lab.startswith("Total") else "Times-Roman", 7.5)
            for i, part in enumerate(wrap(lab, "Times-Roman", 7.5, 214)[:2]):
                c.drawString(43, y + (7 if len(wrap(lab, "Times-Roman", 7.5, 214)) == 1 else 11 - 8 * i), part)
            c.setFont("Times-Roman", 8)
            c.drawString(263, y + 7, "$")
            f.right(c, 336, y + 7, val, 9.5)
        y2 = top - 16
        exp = [("First Mortgage Payment", "1,412.00"), ("Second Mortgage Payment", ""),
               ("Homeowner's Insurance", ""), ("Property Taxes", ""), ("Credit Cards / Installment Loan(s)", "185.00"),
               ("Alimony, child support payments", ""), ("Car Lease Payments", "312.00"),
               ("HOA/Condo Fees/Property Maintenance", ""), ("Mortgage Payments on other properties", ""),
               ("Other", ""), ("Total Household Expenses and Debt Payments", "1,909.00")]
        for lab, val in exp:
            y2 -= 20
            c.rect(350, y2, 150, 20, stroke=1, fill=0)
            c.rect(500, y2, 72, 20, stroke=1, fill=0)
            c.setFont("Times-Roman", 7)
            for i, part in enumerate(wrap(lab, "Times-Roman", 7, 144)[:2]):
                c.drawString(353, y2 + (7 if len(wrap(lab, "Times-Roman", 7, 144)) == 1 else 11 - 8 * i), part)
            c.drawString(503, y2 + 7, "$")
            f.right(c, 568, y2 + 7, val, 9)
        y = min(y, y2) - 24
        c.setFillGray(0.85)
        c.rect(40, y - 16, 532, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 9)
        c.drawString(44, y - 11, "Household Assets (associated with the property and/or borrower(s) excluding "
                                 "retirement funds)")
        y -= 16
        for lab, val in (("Checking Account(s)", "640.00"), ("Savings / Money Market", ""),
                         ("CDs", ""), ("Stocks / Bonds", ""), ("Other Cash on Hand", "")):
            y -= 18
            c.rect(40, y, 452, 18, stroke=1, fill=0)
            c.rect(492, y, 80, 18, stroke=1, fill=0)
            c.setFont("Times-Roman", 7.5)
            c.drawString(43, y + 6, lab)
            c.drawString(495, y + 6, "$")
            f.right(c, 568, y + 6, val, 9)
        paragraphs(c, 40, y - 18, 532, [
            "Required Income Documentation: Are you employed? Provide your most recent pay stub that indicates "
            "year-to-date earnings. Self-employed? Provide the most recent signed tax return or quarterly or "
            "year-to-date profit/loss statement. Benefits? Provide an award letter or two most recent bank statements. "
            "Rental income? Two most recent bank statements or deposited rent checks."],
            fnt="Times-Roman", size=7.5, leading=9.5)
        foot(c, 2)
        return f.take()

    def p3(c: Canvas) -> list[Mark]:
        title(c, "HARDSHIP AFFIDAVIT")
        y = paragraphs(c, 40, 706, 532, [
            "I (We) am/are having difficulty making my (our) monthly payment because of the financial difficulties "
            "created by the following (check all that apply and submit the required documentation):"],
            fnt="Times-Roman", size=9, leading=11)
        c.setFont("Times-Roman", 9)
        c.drawString(40, y - 2, "My hardship began on")
        c.line(136, y - 4, 226, y - 4)
        f.text(c, 140, y - 2, mdy(app.start) if app.start else "", 10)
        c.drawString(230, y - 2, "(mm/dd/yyyy). I believe it is")
        checks_line(c, f, 348, y - 2, "", [("short-term (under 6 months)", app.duration == "short"),
                                           ("long-term or permanent", app.duration == "long")], size=8, gap=6)
        y -= 22
        c.setFillGray(0.85)
        c.rect(40, y - 16, 532, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 9)
        c.drawString(44, y - 11, "If Your Hardship is:")
        c.drawString(330, y - 11, "Then the Required Hardship Documentation is:")
        y -= 16
        for i, (reason, docs) in enumerate(UBAF_REASONS):
            rl = wrap(reason, "Times-Roman", 8.5, 250)
            dl = wrap(docs, "Times-Roman", 8, 232)
            hgt = 10 + 10 * max(len(rl), len(dl))
            y -= hgt
            c.setLineWidth(0.5)
            c.rect(40, y, 286, hgt, stroke=1, fill=0)
            c.rect(326, y, 246, hgt, stroke=1, fill=0)
            box(c, 46, y + hgt - 14)
            if HARDSHIPS[i] in app.hardships:
                f.cross(c, 46, y + hgt - 14)
            c.setFont("Times-Roman", 8.5)
            for j, part in enumerate(rl):
                c.drawString(60, y + hgt - 12 - 10 * j, part)
            c.setFont("Times-Roman", 8)
            for j, part in enumerate(dl):
                c.drawString(330, y + hgt - 12 - 10 * j, part)
        y -= 18
        c.setFont("Times-Roman", 8.5)
        c.drawString(40, y, "Other - describe:")
        c.line(110, y - 2, 572, y - 2)
        f.text(c, 114, y, app.other_text, 9.5)
        y -= 20
        c.drawString(40, y, "Explanation:")
        ex = wrap(app.explain, "Helvetica", 9.5, 470) if app.explain else []
        for i in range(3):
            c.line(100, y - 2 - 18 * i, 572, y - 2 - 18 * i)
            if i < len(ex):
                f.text(c, 104, y - 18 * i, ex[i], 9.5)
        foot(c, 3)
        return f.take()

    def p4(c: Canvas) -> list[Mark]:
        title(c, "Borrower/Co-Borrower Acknowledgment and Agreement")
        clauses = [
            "That all of the information in this document is truthful and the event(s) identified on page 3 is/are "
            "the reason that I need to request assistance.",
            "I understand that the Servicer, the U.S. Department of the Treasury, the owner or guarantor of my "
            "mortgage loan, or their agents may investigate the accuracy of my statements and may require me to "
            "provide additional supporting documentation.",
            "I understand that knowingly submitting false information may violate Federal and other applicable law.",
            "I understand the Servicer will obtain a current credit report on all borrowers obligated on the Note.",
            "I understand that the Servicer will use the information in this document to evaluate my eligibility "
            "for a loan modification or short sale or deed-in-lieu of foreclosure, but the Servicer is not "
            "obligated to offer me assistance based solely on the statements in this document.",
            "I consent to being contacted concerning this request for mortgage assistance at any cellular or mobile "
            "telephone number I have provided to the Lender."]
        y = 704.0
        for i, cl in enumerate(clauses, 1):
            y = paragraphs(c, 56, y, 516, [cl], fnt="Times-Roman", size=8.5, leading=10.5, gap=4)
            c.setFont("Times-Roman", 8.5)
            c.drawString(40, y + 14.5 + 10.5 * (len(wrap(cl, "Times-Roman", 8.5, 516)) - 1), f"{i}.")
        y -= 20
        people = [("Borrower Signature", app.b_signs, app.b_dates, 0, True),
                  ("Co-Borrower Signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_dates, 1,
                   bool(app.co))]
        for role, signs, dates, k, _present in people:
            c.setLineWidth(0.6)
            c.rect(40, y - 34, 380, 34, stroke=1, fill=0)
            c.rect(420, y - 34, 152, 34, stroke=1, fill=0)
            c.setFont("Times-Roman", 7.5)
            c.drawString(44, y - 31, role)
            c.drawString(424, y - 31, "Date")
            if signs:
                f.sign(c, 70, y - 22, 220, k)
            if dates:
                f.date(c, 440, y - 18, mdy(app.signed_on))
            y -= 34
        c.setFont("Times-Roman", 8)
        c.drawString(40, y - 20, "Please return this form with IRS Form 4506T-EZ (4506-T for self-employed borrowers "
                                 "or borrowers with rental income) and the required documentation.")
        foot(c, 4)
        return f.take()

    return Paper([p1, p2, p3, p4])


CVM_REASONS = ("LOSS OF EMPLOYMENT", "REDUCTION IN INCOME / HOURS", "INCREASE IN HOUSING EXPENSES",
               "DISASTER DAMAGE (PROPERTY OR WORKPLACE)", "ILLNESS OR DISABILITY", "DIVORCE / LEGAL SEPARATION",
               "SEPARATION (UNMARRIED CO-OWNERS)", "DEATH OF BORROWER OR WAGE EARNER",
               "JOB TRANSFER / RELOCATION", "OTHER (EXPLAIN IN ITEM 12)")
CVM_INCOME = (("a", "wages", "BASE EMPLOYMENT INCOME - BORROWER"), ("b", "co_wages",
                                                                    "BASE EMPLOYMENT INCOME - CO-BORROWER"),
              ("c", "overtime", "OVERTIME, BONUS, COMMISSIONS"), ("d", "self_employment", "SELF-EMPLOYMENT (NET)"),
              ("e", "unemployment", "UNEMPLOYMENT COMPENSATION"),
              ("f", "benefits_taxable", "SOCIAL SECURITY / PENSION (TAXABLE)"),
              ("g", "benefits_nontaxable", "SSI / SSDI / VA DISABILITY (NON-TAXABLE)"),
              ("h", "rental", "NET RENTAL INCOME"), ("i", "investment", "INTEREST / DIVIDENDS / ANNUITY"),
              ("j", "support", "ALIMONY / CHILD SUPPORT / OTHER"))


def last_first(name: str) -> str:
    """'Stanley J. Kowalczyk' -> 'KOWALCZYK, STANLEY J.' (the caption asks LAST, FIRST, MIDDLE)."""
    parts = name.split()
    return f"{parts[-1]}, {' '.join(parts[:-1])}".upper()


def cvm(app: App, f: Filler, typed_dates: bool) -> Paper:
    """Conestoga Valley Mortgage Company's "FINANCIAL HARDSHIP ASSISTANCE REQUEST" (Form CVM-LM4, Rev. 3/2012):
    a flat printed grid of NUMBERED BOXES whose captions sit in small capitals at the top-left; names are asked
    LAST, FIRST, MIDDLE; occupancy and reasons are boxes to X; income is a lettered list a..j with a TOTAL line k;
    items 15 and 16 are the signatures and dates."""

    def head(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 748, "CONESTOGA VALLEY MORTGAGE COMPANY")
        c.setFont("Helvetica", 7)
        c.drawString(40, 738, "LOSS MITIGATION DEPT.  P.O. BOX 1180  LANCASTER, PA 17603  (717) 555-0140")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 748, "FINANCIAL HARDSHIP ASSISTANCE REQUEST")
        c.setFont("Helvetica", 7)
        c.drawRightString(572, 738, f"FORM CVM-LM4 (REV. 3/2012)     PAGE {n} OF 2")
        c.setLineWidth(2)
        c.line(40, 730, 572, 730)

    def cap(c: Canvas, x: float, y: float, w: float, h: float, label: str) -> None:
        c.setLineWidth(0.6)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawString(x + 2.5, y + h - 7, label)

    def p1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 7)
        c.drawString(40, 720, "PLEASE TYPE OR PRINT IN INK. ANSWER EVERY ITEM. MARK BOXES WITH AN X.")
        y = 680
        cap(c, 40, y, 180, 30, "1. LOAN NUMBER")
        f.text(c, 46, y + 7, app.loan)
        cap(c, 220, y, 352, 30, "2. NAME OF BORROWER (LAST, FIRST, MIDDLE)")
        f.text(c, 226, y + 7, last_first(app.borrower))
        y -= 30
        cap(c, 40, y, 180, 30, "3. SOC. SEC. NO.")
        f.text(c, 46, y + 7, app.ssn)
        cap(c, 220, y, 352, 30, "4. NAME OF CO-BORROWER (LAST, FIRST, MIDDLE)")
        f.text(c, 226, y + 7, last_first(app.co) if app.co else "")
        y -= 30
        cap(c, 40, y, 180, 30, "5. CO-BORROWER SOC. SEC. NO.")
        f.text(c, 46, y + 7, app.co_ssn or "")
        cap(c, 220, y, 170, 30, "6. HOME TELEPHONE")
        f.text(c, 226, y + 7, app.phone)
        cap(c, 390, y, 182, 30, "6A. WORK TELEPHONE")
        y -= 30
        cap(c, 40, y, 532, 30, "7. ADDRESS OF MORTGAGED PROPERTY (NO., STREET, CITY, STATE, ZIP CODE)")
        f.text(c, 46, y + 7, app.address.upper())
        y -= 30
        cap(c, 40, y, 532, 30, "7A. MAILING ADDRESS IF DIFFERENT")
        y -= 46
        cap(c, 40, y, 532, 46, "8. OCCUPANCY (X ONE)")
        for i, (lab, code) in enumerate((("OWNER-OCCUPIED PRINCIPAL RESIDENCE", "primary_residence"),
                                         ("SECOND HOME / VACATION", "second_home"),
                                         ("NON-OWNER OCCUPIED (RENTAL)", "investment_property"))):
            x = 50 + i * 175
            box(c, x, y + 14)
            if app.occupancy == code:
                f.cross(c, x, y + 14)
            c.setFont("Helvetica", 7)
            c.drawString(x + 12, y + 15, lab)
        y -= 104
        cap(c, 40, y, 532, 104, "9. REASON(S) FOR HARDSHIP (X ALL THAT APPLY)")
        for i, lab in enumerate(CVM_REASONS):
            col, row = divmod(i, 5)
            x = 50 + col * 266
            yy = y + 80 - row * 17
            box(c, x, yy)
            if HARDSHIPS[i] in app.hardships:
                f.cross(c, x, yy)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 12, yy + 1, lab)
        y -= 30
        cap(c, 40, y, 230, 30, "10. DATE HARDSHIP BEGAN")
        f.text(c, 46, y + 7, abbr_date(app.start) if app.start else "")
        cap(c, 270, y, 302, 30, "11. EXPECTED DURATION (X ONE)")
        for i, (lab, code) in enumerate((("TEMPORARY (6 MONTHS OR LESS)", "short"), ("LONG-TERM / PERMANENT",
                                                                                     "long"))):
            x = 280 + i * 150
            box(c, x, y + 6)
            if app.duration == code:
                f.cross(c, x, y + 6)
            c.setFont("Helvetica", 7)
            c.drawString(x + 12, y + 7, lab)
        y -= 120
        cap(c, 40, y, 532, 120, "12. EXPLAIN YOUR HARDSHIP (ATTACH A LETTER IF MORE SPACE IS NEEDED)")
        ex = wrap(app.explain, "Courier", 10.5, 500) if app.explain else []
        if app.other_text:
            ex = [f"OTHER: {app.other_text}", *ex]
        for i, ln in enumerate(ex[:6]):
            f.text(c, 48, y + 96 - 16 * i, ln)
        return f.take()

    def p2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica", 7)
        c.drawString(40, 718, "LOAN NUMBER")
        f.text(c, 100, 718, app.loan)
        y = 700
        cap(c, 40, y - 250, 532, 250, "13. GROSS MONTHLY INCOME OF ALL BORROWERS (BEFORE TAXES)")
        c.setFont("Helvetica", 6.5)
        c.drawRightString(560, y - 10, "DOLLARS PER MONTH")
        yy = y - 30
        for letter_, key, lab in CVM_INCOME:
            c.setFont("Helvetica", 7.5)
            c.drawString(50, yy, f"{letter_}.")
            c.drawString(64, yy, lab)
            c.setDash(1, 2)
            c.line(64 + stringWidth(lab, "Helvetica", 7.5) + 4, yy, 440, yy)
            c.setDash()
            c.drawString(446, yy, "$")
            c.line(456, yy - 2, 560, yy - 2)
            v = app.lines.get(key, 0.0)
            f.right(c, 556, yy, amt(v))
            yy -= 20
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, yy, "k.")
        c.drawString(64, yy, "TOTAL GROSS MONTHLY INCOME (ADD a THROUGH j)")
        c.drawString(446, yy, "$")
        c.setLineWidth(1)
        c.line(456, yy - 2, 560, yy - 2)
        f.right(c, 556, yy, money(app.total))
        y -= 262
        cap(c, 40, y - 110, 532, 110, "14. CERTIFICATION")
        paragraphs(c, 48, y - 20, 516, [
            "I/WE CERTIFY THAT THE INFORMATION ON THIS REQUEST IS TRUE AND COMPLETE, THAT THE HARDSHIP DESCRIBED ABOVE "
            "IS THE REASON I/WE CANNOT MAKE THE FULL MORTGAGE PAYMENT, AND THAT CONESTOGA VALLEY MORTGAGE COMPANY MAY "
            "VERIFY ANY INFORMATION GIVEN, INCLUDING BY OBTAINING A CREDIT REPORT. I/WE UNDERSTAND THAT KNOWINGLY "
            "MAKING A FALSE STATEMENT ON THIS FORM IS A FEDERAL CRIME (18 U.S.C. 1001 AND 1014)."],
            fnt="Helvetica", size=7.5, leading=10)
        y -= 110
        for i, (lab, signs, dates) in enumerate((("15. SIGNATURE OF BORROWER", app.b_signs, app.b_dates),
                                                 ("16. SIGNATURE OF CO-BORROWER", bool(app.co) and app.co_signs,
                                                  bool(app.co) and app.co_dates))):
            cap(c, 40, y - 44, 390, 44, lab)
            cap(c, 430, y - 44, 142, 44, "DATE")
            if signs:
                f.sign(c, 70, y - 36, 230, i)
            if dates:
                if typed_dates:
                    f.text(c, 440, y - 34, abbr_date(app.signed_on))
                else:
                    f.date(c, 440, y - 34, mdy(app.signed_on))
            y -= 44
        c.setFont("Helvetica", 6.5)
        c.drawString(40, y - 16, "RETURN WITH: TWO MOST RECENT PAY STUBS OR BANK STATEMENTS, BENEFIT LETTERS, A "
                                 "SIGNED IRS FORM 4506-T, AND A HARDSHIP LETTER.")
        return f.take()

    return Paper([p1, p2])


# --- packets ---------------------------------------------------------------------------------------------------------


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
    source: str = ""  # every string the document prints, for --check
    app: App | None = None
    stub: Stub | None = None
    stmt: Statement | None = None


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
        """An image-only file (scan or fax) holding the given documents' sheets in order."""
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = scans_pdf(sheets, style)


def app_doc(app: App, paper: Paper) -> Doc:
    return Doc("mortgage_assistance_application", {}, app=app, source=paper_text(paper))


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date, source=raster_text(s.paper), stub=s)


def stmt_doc(s: Statement) -> Doc:
    src = paper_text(s.paper) if s.paper else raster_text(s.raster) if s.raster else ""
    return Doc("bank_statement", s.fields, s.date, account=s.account, source=src, stmt=s)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit, source=paper_text(lt.paper))


def hardship_doc(paper: Paper, date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date, source=paper_text(paper))


def other_doc(paper: Paper) -> Doc:
    return Doc("other", {}, source=paper_text(paper))


def raster_text(paper: RasterPaper | None) -> str:
    """Draw a raster paper once (small) so that its printed strings are collected."""
    if paper is None:
        return ""
    if not paper.text:
        for fn in paper.pages:
            fn(72)
    return "\n".join(paper.text)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not app.signed or (app.co and not app.co_signed):
        out.append("application_signature")
    if app.start is None:
        out.append("application_field:hardship_start_date")
    if not app.hardships:
        out.append("application_field:hardship_types")

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


# --- the internal consistency that --check re-derives ---------------------------------------------------------------


def date_forms(d: dt.date) -> list[str]:
    return [mdy(d), mdy2(d), long_date(d), abbr_date(d), d.isoformat()]


def printed_problems(name: str, p: Packet) -> list[str]:
    """Every expected value must be printed on its document; sums must add up."""
    out: list[str] = []

    def seen(doc: Doc, what: str, options: Sequence[str]) -> None:
        src = " ".join(doc.source.upper().split())
        if not any(" ".join(o.upper().split()) in src for o in options if o):
            out.append(f"{name} {doc.type} {doc.pages[:1]}: {what} not printed ({options[0]!r})")

    for doc in p.docs:
        f = doc.fields
        if doc.app is not None:
            a = doc.app
            seen(doc, "loan", [a.loan])
            seen(doc, "borrower", [a.borrower, last_first(a.borrower)])
            if a.co:
                seen(doc, "co-borrower", [a.co, last_first(a.co)])
            seen(doc, "ssn", [a.ssn])
            for part in (a.street, a.city, a.zip):
                seen(doc, "address", [part])
            if a.start:
                seen(doc, "hardship start", date_forms(a.start))
            for k, v in a.lines.items():
                if v > 0:
                    seen(doc, f"income line {k}", [money(v)])
            seen(doc, "total", [money(a.total)])
            if abs(sum(a.income.values()) - a.total) > 0.005:
                out.append(f"{name}: application income does not add up")
            if a.signed:
                seen(doc, "signed on", date_forms(a.signed_on))
        if doc.type == "pay_stub" and doc.stub is not None:
            s = doc.stub
            seen(doc, "employee", [f["employee_name"]])
            seen(doc, "employer", [f["employer"]])
            for k in ("pay_date", "period_start", "period_end"):
                seen(doc, k, date_forms(dt.date.fromisoformat(f[k])))
            for k in ("gross_current", "gross_ytd", "net_current"):
                seen(doc, k, [money(f[k])])
            if abs(r2(sum(ch.gross for ch in s.checks)) - f["gross_ytd"]) > 0.005:
                out.append(f"{name}: YTD is not the sum of the year's checks")
            if s.checks[-1].pay_date.isoformat() != f["pay_date"] or s.checks[-1].gross != f["gross_current"]:
                out.append(f"{name}: current check")
            if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                out.append(f"{name}: monthly_gross")
            if abs(net_of(s.checks[-1], s.wh) - f["net_current"]) > 0.005:
                out.append(f"{name}: net")
        if doc.type == "bank_statement" and doc.stmt is not None:
            st = doc.stmt
            seen(doc, "bank", [f["bank_name"]])
            seen(doc, "account", [f["account_last4"]])
            for k in ("period_start", "period_end"):
                seen(doc, k, date_forms(dt.date.fromisoformat(f[k])))
            for k in ("beginning_balance", "ending_balance"):
                seen(doc, k, [money(f[k])])
            if abs(r2(f["beginning_balance"] + sum(a for *_, a in st.lines)) - f["ending_balance"]) > 0.005:
                out.append(f"{name}: statement does not balance")
        if "letter_date" in f:
            seen(doc, "letter date", date_forms(dt.date.fromisoformat(f["letter_date"])))
        if f.get("monthly_amount") is not None:
            seen(doc, "monthly amount", [money(f["monthly_amount"])])
        if doc.type == "irs_form_4506c":
            seen(doc, "4506-C", ["4506-C"])
    if p.received.weekday() >= 5 or p.received.year != 2047:
        out.append(f"{name}: received_on {p.received} is not a weekday in 2047")
    return out


WH_FOUNDRY = Withholding(0.09, 0.0307, (("UNION DUES", 38.50), ("MEDICAL", 61.20)))
WH_TRANSIT = Withholding(0.08, 0.0307, (("PENSION", 96.00),))
WH_GLASS = Withholding(0.1, 0.0307, (("CREDIT UNION", 50.00),))
WH_DAIRY = Withholding(0.07, 0.0307, ())
WH_SCHOOL = Withholding(0.08, 0.0307, (("PSERS", 95.00), ("HEALTH", 44.10)))


def on_screen(seed: int) -> Filler:
    return Filler("screen", seed)


def packet_bp1(seed: int) -> Packet:
    """HAMP-era RMA typed on a computer, two dot-matrix stubs scanned, a typewritten letter scanned."""
    received = dt.date(2047, 3, 20)
    stubs = [dotmatrix_stub("Tri-County Foundry & Machine Co.", "1 Foundry Lane, Brownsville, PA 15417",
                            "Dolores A. Fiorentino", "004417", "CORE", d, "biweekly", 24.85, 80.0, WH_FOUNDRY,
                            seed * 7 + 1, (0.0, 4.0, 6.0, 8.0)) for d in (dt.date(2047, 3, 1), dt.date(2047, 3, 15))]
    base = r2(24.85 * 80 * 26 / 12)
    app = App("4071835226", "Dolores A. Fiorentino", "934-52-7718", "08/14/1979", "412 Tenmile Creek Road",
              "Clarksville", "PA", "15322", "(724) 555-0148", "dfiorentino@example.net", "primary_residence",
              ["reduction_in_income"], dt.date(2046, 11, 4), "long", {"wages": base, "overtime": 150.00},
              dt.date(2047, 3, 16), explain="The foundry cut the second shift and my overtime in November.",
              seed=seed + 11)
    p = Packet("bp1", received, app, [])
    paper = rma(app, on_screen(seed + 11), [("First mortgage payment", 1186.00), ("Second mortgage", 0.0),
                                            ("Credit cards / installment loans", 220.00),
                                            ("Car payment", 289.00), ("Other", 0.0)],
                [("Checking account(s)", 410.00), ("Savings / money market", 1250.00), ("Other", 0.0)])
    folder = app.loan
    p.pdf(f"{folder}/RMA_Fiorentino.pdf", paper_pdf(paper), (app_doc(app, paper), 4))
    style = Scan(dpi=300, tilt=0.25, blur=0.5, noise=0.0004)
    for i, s in enumerate(stubs):
        p.scan(f"{folder}/stub {s.date.strftime('%m-%d')}.pdf", [(stub_doc(s), scan_raster(s.paper, style,
                                                                                           seed + 100 + i))], style)
    on = dt.date(2047, 3, 16)
    hl = typed_letter(["DOLORES A. FIORENTINO", "412 Tenmile Creek Road  -  Clarksville, Pennsylvania 15322"],
                      "Times-Bold", on, [], ["Allegheny Home Loan Servicing", "Loss Mitigation Department"],
                      f"Re: Loan No. {app.loan} - hardship letter", [
                          "I have worked at Tri-County Foundry for nineteen years. In November the company shut down "
                          "the second shift, and the overtime I counted on every pay is mostly gone. My pay went "
                          "down by about six hundred dollars a month.",
                          "I am current on my taxes and insurance but I have fallen one payment behind. I would like "
                          "to keep my home and ask that you review me for a modification of my loan."],
                      ["Dolores A. Fiorentino"], True, seed + 13)
    p.scan(f"{folder}/letter.pdf", [(hardship_doc(hl, on), scan_paper(hl, style, seed + 120))], style)
    return p


def packet_bp2(seed: int) -> Packet:
    """An old UBAF filled by pen, faxed at standard resolution; the co-borrower signed but did not date."""
    received = dt.date(2047, 4, 16)
    stub = dotmatrix_stub("Monongahela Valley Transit Authority", "300 Water Street, Charleroi, PA 15022",
                          "Harold W. Bittner", "7720", "GARAGE", dt.date(2047, 3, 31), "semimonthly", 22.15, 86.67,
                          WH_TRANSIT, seed * 7 + 2, (0.0, 0.0, 3.0))
    addr = ["61 Fallowfield Avenue", "Charleroi, PA 15022"]
    ssa = ssdi_award("Loretta M. Bittner", addr, dt.date(2047, 2, 20), 1284.00, dt.date(2047, 2, 1))
    app = App("0093317264", "Harold W. Bittner", "951-08-3342", "02/27/1968", "61 Fallowfield Avenue", "Charleroi",
              "PA", "15022", "(724) 555-0191", "hwbittner@example.com", "primary_residence",
              ["disability_or_illness"], dt.date(2046, 9, 12), "long",
              {"wages": stub.monthly, "benefits_nontaxable": 1284.00}, dt.date(2047, 4, 9),
              co="Loretta M. Bittner", co_ssn="951-66-2017", co_dob="06/05/1970", co_dates=False, seed=seed + 21)
    p = Packet("bp2", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.4, blur=0.35, noise=0.0007, fax=True, fine=False)
    paper = ubaf(app, Filler("pen", seed + 21))
    cover = fax_cover("Harold Bittner", "(724) 555-0166", "Allegheny Home Loan Servicing", "(412) 555-0109",
                      received, 9, f"Loan {app.loan} assistance form", Filler("pen", seed + 29))
    on = dt.date(2047, 4, 9)
    hl = typed_letter(["HAROLD & LORETTA BITTNER", "61 Fallowfield Avenue, Charleroi, Pa. 15022  -  724-555-0191"],
                      "Times-Bold", on, [], ["Allegheny Home Loan Servicing", "Loss Mitigation"],
                      f"Re: Loan No. {app.loan}", [
                          "My wife Loretta was diagnosed with multiple sclerosis in September and can no longer "
                          "work at the school cafeteria. She was approved for Social Security disability, but it "
                          "is less than half of what she earned, and her medicine is expensive.",
                          "I drive for the transit authority and my pay has not changed. We are asking for help "
                          "so we can keep our home of twenty-two years."],
                      ["Harold W. Bittner", "Loretta M. Bittner"], True, seed + 23)
    p.scan("fax_20470416_101244.pdf", [
        (None, scan_paper(cover, style, seed + 200)),
        (app_doc(app, paper), scan_paper(paper, style, seed + 201)),
        (stub_doc(stub), scan_raster(stub.paper, style, seed + 202)),
        (letter_doc(ssa), scan_paper(ssa.paper, style, seed + 203)),
        (hardship_doc(hl, on), scan_paper(hl, style, seed + 204))], style)
    return p


def packet_bp3(seed: int) -> Packet:
    """A 2012 servicer form filled on a typewriter without the hardship date; the only stubs are old."""
    received = dt.date(2047, 6, 10)
    stubs = [dotmatrix_stub("Fayette Glass Works", "Glass House Road, Point Marion, PA 15474", "Stanley J. Kowalczyk",
                            "10388", "BATCH", d, "biweekly", 23.10, 80.0, WH_GLASS, seed * 7 + 3, (0.0, 4.0, 8.0))
             for d in (dt.date(2047, 2, 5), dt.date(2047, 2, 19))]
    app = App("2250648193", "Stanley J. Kowalczyk", "962-40-1187", "", "88 Shaft Hill Road", "Uniontown", "PA",
              "15401", "(724) 555-0177", "", "primary_residence", ["reduction_in_income"], None, "long",
              {"wages": 4004.00, "overtime": 210.00}, dt.date(2047, 6, 3),
              explain="The glass works went to a four day week and cut all overtime.", seed=seed + 31)
    p = Packet("bp3", received, app, ["application_field:hardship_start_date", "income_doc:wages"])
    style = Scan(dpi=300, tilt=0.3, blur=0.6, noise=0.0005, tone=24)
    paper = cvm(app, Filler("typewriter", seed + 31), typed_dates=True)
    loan = app.loan
    p.scan(f"{loan} hardship request.pdf", [(app_doc(app, paper), scan_paper(paper, style, seed + 300))], style)
    p.scan(f"{loan} pay stubs.pdf", [(stub_doc(s), scan_raster(s.paper, style, seed + 301 + i))
                                     for i, s in enumerate(stubs)], style)
    on = dt.date(2047, 6, 3)
    hl = typed_letter(["STANLEY J. KOWALCZYK", "88 Shaft Hill Road, Uniontown, Pennsylvania 15401"], "Times-Bold",
                      on, [], ["Conestoga Valley Mortgage Company", "P.O. Box 1180", "Lancaster, PA 17603"],
                      f"Re: Loan Number {loan}", [
                          "Fayette Glass Works put the whole plant on a four day week this winter and did away with "
                          "overtime. I have not been able to make a full payment since.",
                          "I enclose my hardship request and pay stubs. I would like to keep my house and will "
                          "accept a payment I can afford."], ["Stanley J. Kowalczyk"], True, seed + 33)
    p.scan(f"{loan} letter.pdf", [(hardship_doc(hl, on), scan_paper(hl, style, seed + 310))], style)
    return p


def packet_bp4(seed: int) -> Packet:
    """An old UBAF typed on a computer for a self-employed tailor: passbook statements, a real 4506-C, and the
    HAMP package's separate Dodd-Frank sheet."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2047, 7, 15)
    app = App("5180427736", "Marguerite E. Delvecchio", "927-31-5560", "11/02/1972", "27 Orchard Row", "Waynesburg",
              "PA", "15370", "(724) 555-0152", "mdelvecchio.tailor@example.com", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2047, 1, 1), "long", {"self_employment": 3150.00},
              dt.date(2047, 7, 8), explain="School and county taxes rose and my escrow payment went up $260.",
              seed=seed + 41)
    p = Packet("bp4", received, app, [])
    paper = ubaf(app, on_screen(seed + 41))
    loan = app.loan
    p.pdf(f"{loan}_UBAF.pdf", paper_pdf(paper), (app_doc(app, paper), 4))
    dep = [[(4, "DEP", r2(rng.uniform(700, 900))), (12, "DEP", r2(rng.uniform(600, 900))),
            (19, "DEP", r2(rng.uniform(700, 1000))), (27, "DEP", r2(rng.uniform(600, 900)))],
           [(3, "DEP", r2(rng.uniform(700, 900))), (11, "DEP", r2(rng.uniform(600, 900))),
            (18, "DEP", r2(rng.uniform(700, 1000))), (26, "DEP", r2(rng.uniform(600, 900)))]]
    holder = "Marguerite E. Delvecchio dba Delvecchio Tailoring"
    s1 = passbook_statement(rng, "First Millrace Savings Bank", "Greene Street Office  -  Waynesburg, Pennsylvania",
                            holder, "0317442291", 2047, 5, r2(rng.uniform(1800, 2600)), dep[0], seed * 5 + 1)
    s2 = passbook_statement(rng, "First Millrace Savings Bank", "Greene Street Office  -  Waynesburg, Pennsylvania",
                            holder, "0317442291", 2047, 6, s1.fields["ending_balance"], dep[1], seed * 5 + 2)
    style = Scan(dpi=240, tilt=0.45, blur=0.55, noise=0.0006)
    p.scan(f"{loan}_passbook statements.pdf", [(stmt_doc(s), scan_raster(s.raster, style, seed + 400 + i))
                                               for i, s in enumerate((s1, s2)) if s.raster], style)
    t = form4506c_screen("Marguerite", "E", "Delvecchio", "927-31-5560", "27 Orchard Row", "Waynesburg", "PA",
                         "15370", "Allegheny Home Loan Servicing", "(412) 555-0100", dt.date(2047, 7, 8),
                         "(724) 555-0152", seed + 46)
    tdoc = Doc("irs_form_4506c", {"signed": True, "signed_on": "2047-07-08"}, dt.date(2047, 7, 8), signed=True,
               source=PdfReader(io.BytesIO(t)).pages[0].extract_text())
    p.pdf(f"{loan}_4506C.pdf", t, (tdoc, 1))
    df = dodd_frank_page(app.borrower, None, loan, dt.date(2047, 7, 8), on_screen(seed + 47))
    p.pdf(f"{loan}_DoddFrank.pdf", paper_pdf(df), (other_doc(df), 1))
    on = dt.date(2047, 7, 8)
    hl = typed_letter(["DELVECCHIO TAILORING & ALTERATIONS", "27 Orchard Row  -  Waynesburg, Pa. 15370",
                       "Custom Tailoring  -  Bridal  -  Alterations  -  Since 1998"], "Times-BoldItalic", on, [],
                      ["Allegheny Home Loan Servicing", "Loss Mitigation Department"], f"Re: Loan {loan}", [
                          "My shop is in the front room of my house. In January the school district and the county "
                          "both raised their millage, and my escrow payment went up by $260 a month at the same "
                          "time that my fabric costs went up.",
                          "My business is steady but small. I am asking for a modification so that my payment fits "
                          "what the shop brings in."], ["Marguerite E. Delvecchio"], False, seed + 43)
    p.pdf(f"{loan}_letter.pdf", paper_pdf(hl), (hardship_doc(hl, on), 1))
    return p


def packet_bp5(seed: int) -> Packet:
    """An RMA written by pen, rent shown on two statements, and an OLD Form 4506-T instead of a 4506-C."""
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2047, 8, 20)
    stub = dotmatrix_stub("Sugar Grove Dairy Cooperative", "Route 21, Ruff Creek, PA 15357", "Eugene P. Haldeman",
                          "0318", "PLANT", dt.date(2047, 8, 13), "weekly", 19.60, 40.0, WH_DAIRY, seed * 7 + 5,
                          (0.0, 2.0, 5.0))
    addr = ["1516 Ridge Avenue", "Waynesburg, PA 15370"]
    credits = [[(2, "MOBILE DEP RENT 2ND FL", 850.00), (9, "PAYROLL SUGAR GROVE", stub.fields["net_current"]),
                (23, "PAYROLL SUGAR GROVE", stub.fields["net_current"])],
               [(1, "MOBILE DEP RENT 2ND FL", 850.00), (14, "PAYROLL SUGAR GROVE", stub.fields["net_current"]),
                (28, "PAYROLL SUGAR GROVE", stub.fields["net_current"])]]
    s1 = drovers_statement(rng, "Eugene P. Haldeman", addr, "6604719935", 2047, 6, r2(rng.uniform(900, 1500)),
                           credits[0])
    s2 = drovers_statement(rng, "Eugene P. Haldeman", addr, "6604719935", 2047, 7, s1.fields["ending_balance"],
                           credits[1])
    app = App("7312006458", "Eugene P. Haldeman", "948-27-6613", "03/19/1961", "1516 Ridge Avenue", "Waynesburg",
              "PA", "15370", "(724) 555-0135", "", "primary_residence", ["other"], dt.date(2047, 2, 6), "long",
              {"wages": stub.monthly, "rental": 700.00}, dt.date(2047, 8, 12), co="Vivian R. Haldeman",
              co_ssn="948-51-0296", co_dob="12/01/1963", other_text="Raising our grandson (court placement)",
              seed=seed + 51)
    p = Packet("bp5", received, app, ["irs_form_4506c"])
    style = Scan(dpi=200, tilt=0.55, blur=0.45, noise=0.0007)
    folder = app.loan
    paper = rma(app, Filler("pen", seed + 51), [("First mortgage payment", 1018.00), ("Car payment", 0.0),
                                                ("Other", 0.0)], [("Checking account(s)", 0.0), ("Other", 0.0)])
    p.scan(f"{folder}/RMA scan.pdf", [(app_doc(app, paper), scan_paper(paper, style, seed + 500))], style)
    p.scan(f"{folder}/paystub.pdf", [(stub_doc(stub), scan_raster(stub.paper, style, seed + 501))], style)
    p.pdf(f"{folder}/June.pdf", paper_pdf(s1.paper) if s1.paper else b"", (stmt_doc(s1), 1))
    p.pdf(f"{folder}/July.pdf", paper_pdf(s2.paper) if s2.paper else b"", (stmt_doc(s2), 1))
    t = form4506t_old(app.borrower, app.ssn, app.co, app.co_ssn, app.street, "Waynesburg, PA 15370",
                      "Allegheny Home Loan Servicing, 600 Grant Street, Pittsburgh, PA 15219, (412) 555-0100",
                      dt.date(2047, 8, 12), app.phone, Filler("pen", seed + 55))
    p.scan(f"{folder}/4506-T.pdf", [(other_doc(t), scan_paper(t, style, seed + 502))], style)
    on = dt.date(2047, 8, 12)
    hl = typed_letter(["EUGENE AND VIVIAN HALDEMAN", "1516 Ridge Avenue  -  Waynesburg, Pennsylvania 15370"],
                      "Times-Bold", on, [], ["Allegheny Home Loan Servicing", "Loss Mitigation Department"],
                      f"Re: Loan No. {app.loan}", [
                          "In February the county placed our six-year-old grandson with us. Vivian left her job at "
                          "the nursing home to care for him, and the cost of his care, clothes and doctor visits "
                          "has come out of my pay from the dairy.",
                          "We rent the second floor of our house, which helps, but we cannot keep up with the full "
                          "payment. We ask for a modification."], ["Eugene P. Haldeman", "Vivian R. Haldeman"],
                      True, seed + 53)
    p.scan(f"{folder}/letter.pdf", [(hardship_doc(hl, on), scan_paper(hl, style, seed + 503))], style)
    return p


def packet_bp6(seed: int) -> Packet:
    """An RMA typed, printed and faxed at standard resolution WITHOUT its fourth page (the signatures)."""
    received = dt.date(2047, 9, 9)
    addr = ["9 Mill Street", "Masontown, PA 15461"]
    pension = pension_letter("Gloria J. Santangelo", addr, dt.date(2047, 7, 22), 1125.40, dt.date(2044, 4, 1))
    app = App("6604185327", "Gloria J. Santangelo", "973-15-4428", "05/23/1959", "9 Mill Street", "Masontown", "PA",
              "15461", "(724) 555-0129", "gsantangelo@example.org", "primary_residence", ["unemployment"],
              dt.date(2047, 5, 2), "short", {"unemployment": 1460.00, "benefits_taxable": 1125.40},
              dt.date(2047, 9, 2), signature_page_sent=False,
              explain="Laid off from the county nursing home when it closed on May 2.", seed=seed + 61)
    p = Packet("bp6", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0006, fax=True, fine=False)
    full = rma(app, Filler("printed", seed + 61), [("First mortgage payment", 942.00), ("Other", 0.0)],
               [("Checking account(s)", 380.00), ("Other", 0.0)])
    sent = Paper(full.pages[:3])
    cover = fax_cover("Gloria Santangelo", "(724) 555-0188", "Allegheny Home Loan Servicing", "(412) 555-0109",
                      received, 6, f"Loan {app.loan} - RMA", Filler("pen", seed + 69))
    on = dt.date(2047, 9, 2)
    hl = typed_letter(["GLORIA J. SANTANGELO", "9 Mill Street  -  Masontown, Pa. 15461  -  (724) 555-0129"],
                      "Times-Bold", on, [], ["Allegheny Home Loan Servicing", "Loss Mitigation Department"],
                      f"Re: Loan No. {app.loan}", [
                          "I worked in the laundry of the Fayette County nursing home for twenty-six years. The home "
                          "closed on May 2 and I was laid off. I receive unemployment compensation and the survivor "
                          "pension the ironworkers' fund has paid me since my husband died.",
                          "I am looking for work. Until I find it I need a lower payment, and I ask you to review me "
                          "for any program you have."], ["Gloria J. Santangelo"], True, seed + 63)
    p.scan("FAX_0909_1532_0001.pdf", [
        (None, scan_paper(cover, style, seed + 600)),
        (app_doc(app, sent), scan_paper(sent, style, seed + 601)),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 602)),
        (hardship_doc(hl, on), scan_paper(hl, style, seed + 603))], style)
    return p


def packet_bp7(seed: int) -> Packet:
    """The 2012 servicer form filled by pen; a death in the household shown by an obituary clipping; wages and
    child support shown on two passbook statements; one scan behind a separator sheet."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2047, 10, 14)
    stub = dotmatrix_stub("Carmichaels Area School District", "225 North Vine Street, Carmichaels, PA 15320",
                          "Bernadette L. Yablonsky", "2291", "FOOD SVC", dt.date(2047, 9, 30), "semimonthly", 17.40,
                          80.0, WH_SCHOOL, seed * 7 + 7, (0.0,))
    net = stub.fields["net_current"]
    dep = [[(15, "DEP", net), (18, "DEP", 412.00), (30, "DEP", net)], [(1, "DEP", 412.00), (15, "DEP", net),
                                                                       (29, "DEP", 412.00)]]
    s1 = passbook_statement(rng, "Greene County Savings Bank", "Main Office  -  Carmichaels, Pennsylvania",
                            "Bernadette L. Yablonsky", "2088135024", 2047, 8, r2(rng.uniform(300, 900)), dep[0],
                            seed * 5 + 7)
    s2 = passbook_statement(rng, "Greene County Savings Bank", "Main Office  -  Carmichaels, Pennsylvania",
                            "Bernadette L. Yablonsky", "2088135024", 2047, 9, s1.fields["ending_balance"], dep[1],
                            seed * 5 + 8)
    obit = obituary_clipping("Walter F. Yablonsky", dt.date(2047, 6, 21), 58, "Carmichaels",
                             "his wife of 30 years, Bernadette; a son, Mark, at home; and a sister, Irene Duda",
                             dt.date(2047, 6, 24))
    app = App("3390572814", "Bernadette L. Yablonsky", "986-20-7743", "", "204 Second Street", "Carmichaels", "PA",
              "15320", "(724) 555-0116", "", "primary_residence", ["death"], dt.date(2047, 6, 21), "long",
              {"wages": stub.monthly, "support": 412.00}, dt.date(2047, 10, 6),
              explain="My husband Walter died June 21. He was the main wage earner.", seed=seed + 71)
    p = Packet("bp7", received, app, [])
    style = Scan(dpi=240, tilt=0.35, blur=0.5, noise=0.0005)
    paper = cvm(app, Filler("pen", seed + 71), typed_dates=False)
    p.scan("Scan_2047-10-14_0830.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 700)),
        (app_doc(app, paper), scan_paper(paper, style, seed + 701)),
        (letter_doc(obit), scan_paper(obit.paper, style, seed + 702)),
        (stub_doc(stub), scan_raster(stub.paper, style, seed + 703)),
        (stmt_doc(s1), scan_raster(s1.raster, style, seed + 704) if s1.raster else []),
        (stmt_doc(s2), scan_raster(s2.raster, style, seed + 705) if s2.raster else [])], style)
    return p


def packet_bp8(seed: int) -> Packet:
    """An old UBAF typed, printed, signed and faxed in fine mode: a divorce with no decree, and alimony shown on
    one statement only."""
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2047, 11, 18)
    stub = dotmatrix_stub("Tri-County Foundry & Machine Co.", "1 Foundry Lane, Brownsville, PA 15417",
                          "Janice K. Rusnak", "005160", "OFFICE", dt.date(2047, 11, 8), "biweekly", 21.75, 80.0,
                          WH_FOUNDRY, seed * 7 + 8, (0.0, 2.0))
    addr = ["735 Bridge Street", "Brownsville, PA 15417"]
    st = drovers_statement(rng, "Janice K. Rusnak", addr, "6605233871", 2047, 10, r2(rng.uniform(600, 1200)),
                           [(3, "ALIMONY - R RUSNAK", 900.00), (10, "PAYROLL TRI-COUNTY", stub.fields["net_current"]),
                            (24, "PAYROLL TRI-COUNTY", stub.fields["net_current"])])
    app = App("8817340965", "Janice K. Rusnak", "939-64-0071", "09/30/1976", "735 Bridge Street", "Brownsville",
              "PA", "15417", "(724) 555-0183", "jkrusnak@example.net", "primary_residence",
              ["divorce_or_separation"], dt.date(2047, 4, 15), "long", {"wages": stub.monthly, "support": 900.00},
              dt.date(2047, 11, 10), explain="Divorced; my former husband moved out in April.", seed=seed + 81)
    p = Packet("bp8", received, app, ["hardship_doc:divorce_or_separation", "income_doc:other"])
    style = Scan(dpi=200, tilt=0.2, blur=0.35, noise=0.0005, fax=True, fine=True)
    paper = ubaf(app, Filler("printed", seed + 81))
    on = dt.date(2047, 11, 10)
    hl = typed_letter(["JANICE K. RUSNAK", "735 Bridge Street  -  Brownsville, Pennsylvania 15417"], "Times-Bold",
                      on, [], ["Allegheny Home Loan Servicing", "Loss Mitigation Department"],
                      f"Re: Loan No. {app.loan}", [
                          "My husband and I separated in April and our divorce was granted this fall. He moved "
                          "out of the house and the house is now mine. I work in the office at the foundry and "
                          "receive alimony under our agreement.",
                          "On one income I cannot make the full payment. I would like to keep the house for my "
                          "children and ask to be reviewed for a modification."], ["Janice K. Rusnak"], True,
                      seed + 83)
    p.scan("FAX_20471118_093105.pdf", [
        (app_doc(app, paper), scan_paper(paper, style, seed + 800)),
        (stub_doc(stub), scan_raster(stub.paper, style, seed + 801)),
        (stmt_doc(st), scan_paper(st.paper, style, seed + 802) if st.paper else []),
        (hardship_doc(hl, on), scan_paper(hl, style, seed + 803))], style)
    return p


# --- main ---------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bp1, packet_bp2, packet_bp3, packet_bp4, packet_bp5, packet_bp6,
                                          packet_bp7, packet_bp8]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages and that `scanned` matches."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for exp_path in sorted(out.glob("bp*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
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
        if not re.fullmatch(r"\d{6,15}", exp["loan_number"]) or app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: loan number")
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
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="re-derive sums and printed values, validate expected.json")
    ap.add_argument("--only", nargs="*", help="build only these packets (bp1 ..)")
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
        if args.check:
            problems += printed_problems(name, p)
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
