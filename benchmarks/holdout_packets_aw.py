"""A forty-ninth holdout set of borrower packets (aw1..aw8): the mail of several small servicers opened by an
OUTSOURCING VENDOR and passed on as one combined scan (or fax) per envelope, with a barcode separator sheet before
each document and the vendor's index page first. Laid out unlike the shared samples and unlike every earlier set
(a, b .. z, aa .. av), written without looking at the service's code, rules, data files or tests, to estimate
honestly how it reads borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_aw.py OUT_DIR [--seed N] [--check] [--only aw1 aw5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. No stunts: papers are typed; files are born-digital PDFs
(reportlab), plain grey scans (300 dpi, tilted 0.15 to 0.45 degrees, a little blurred and speckled, JPEG, no text
layer) and plain faxes (200 dpi, black and white, the sending machine's header line across the top of every page).
Hand-written parts are signatures (drawn strokes) and the dates beside them. Received dates fall in 2043 (all on
Tuesdays).

THEME. Meridian Default Services (6100 South Yale Avenue, Tulsa, OK) opens the loss-mitigation mail of several small
servicers - Canyon State Home Loans (Phoenix), Prairie Lantern Bank (Emporia, Kansas) and Redstone Mortgage
Servicing (Roswell, New Mexico, which uses the real Form 710) - and sends each borrower's envelope on to the
servicer as ONE combined file:
- the vendor's ENVELOPE CONTENTS INDEX first: "MERIDIAN DEFAULT SERVICES" with a diamond mark, "ENVELOPE CONTENTS
  INDEX", a box of facts (Client servicer, Loan number, Borrower (per envelope), Batch number "MDS-<yymmdd>-<nnnn>",
  Envelope opened <date>, Transmitted <date>, Operator ID), then a ruled table "Seq. | Document as found in the
  envelope | Sheets | Operator note" with one row per separator (the vendor's own words: "Borrower letter,
  hand-written", "Pay stubs (2) - stapled together", "Bank statement, 2 pp. - fed sideways" ...), "Total images in
  this transmission (index and separators included): N", and the disclaimer "Meridian has not reviewed these papers
  for completeness; the servicer makes every determination." It carries NO barcode. By the spec it is neither a
  separator sheet (no code reading LOAN <number>) nor a fax cover sheet, so expected.json LISTS IT as a one-page
  document of type `other` (the samples type every page that is not a separator or fax cover as some document,
  blank pages included). It must not be taken for any borrower paper: its rows name pay stubs, statements and
  letters, and it prints the loan number and borrower.
- before each document (or before two papers the borrower STAPLED together), the spec's SEPARATOR SHEET: the
  vendor's mark, "DOCUMENT SEPARATOR - DO NOT REMOVE" in large capitals in a heavy box, a Code 128 barcode reading
  `LOAN <loan number>` about 3.9 inches wide (grey scans) or a QR code reading the same about 2.2 inches square
  (faxes) with "LOAN <number>" printed under it, then Batch, Date, Client, "Separator k of n" - and nothing about
  the document type. Separators are not listed in expected.json. `--check` decodes every page of every combined
  file with zxingcpp and requires the unlisted pages to be exactly those that read `LOAN <loan>`.

APPLICATIONS (three layouts).
- Canyon State Home Loans "FINANCIAL HARDSHIP WORKSHEET" (form CSHL-FHW rev. 06/2042): ONE LANDSCAPE page, a dense
  ruled grid. Header: a terracotta band with a mesa-and-sun mark, "CANYON STATE HOME LOANS", the title, and a
  "Loan No." box at the top right. Section 1 BORROWERS: rows Full legal name / SSN (last 4) / Phone / E-mail with
  a BORROWER column and a CO-BORROWER column side by side; section 2 PROPERTY at the right of it (street / city,
  state, ZIP / mailing address if different / listed for sale). Section 3 MONTHLY GROSS INCOME on the left half:
  eight income lines down the left (Wages; Self-employment; Unemployment; Taxable SS, pension, disability; Non-
  taxable SS or disability; Net rental; Investment or insurance; Alimony, child support, other) and a TOTAL line,
  each with a Borrower | Co-borrower | Household column (the household column is the sum and is what
  expected.json holds per income code; `total` is the household TOTAL printed). Section 4 MONTHLY HOUSEHOLD
  EXPENSES on the right half (two columns of expense lines with $ amounts and a total) and section 5 ASSETS.
  Across the bottom a strip of TICK BOXES: 6 Occupancy (Owner-occupied primary home / Second home / Investment or
  rental), 7 Hardship (ten boxes in two rows, worded the servicer's way, "Other - describe" with a line), "Hardship
  began" date and "Expected to last" ticks. Then a certification line and a SIGNATURE STRIP with two signature
  lines (Borrower, Co-borrower), each with a Date box. Typed in Courier; scanned copies are signed and dated in ink.
  In the vendor's grey scans (aw1, aw4) the worksheet is a LANDSCAPE page (792 x 612), upright (the capture software
  turns it); in the fax (aw6) it arrives as a PORTRAIT page with its content turned a quarter turn counter-clockwise
  (a fax line is 8.5 inches wide), the fax header across the top of the portrait page.
- Prairie Lantern Bank "REQUEST FOR MORTGAGE RELIEF" (form PLB-RMR-7): TWO PORTRAIT pages of numbered items 1-24 in
  ONE column; each item's question in small type and its answer typed on a RULED LINE UNDER it. 1 Loan number,
  2 Borrower's full name, 3 SSN last four, 4 Co-borrower's full name, 5 co-borrower SSN last four, 6 phone, 7 e-mail,
  8 property street address, 9 city, state and ZIP, 10 mailing address, 11 the property is (CIRCLE ONE: OUR
  PRIMARY HOME / A SECOND HOME / A RENTAL OR INVESTMENT PROPERTY), 12 listed for sale (circle YES / NO), 13 the
  hardship as a NUMBERED LIST 1-10 printed down the page where the numbers of every reason that applies are CIRCLED
  (ellipses drawn by the form's fill-in tool, part of the print), 14 "If you circled 10, describe", 15 date the
  hardship began, 16 the hardship is (circle SHORT-TERM / LONG-TERM / RESOLVED); page 2 repeats "Loan number" at the
  top, items 17-24 are the monthly income lines ($ on the ruled line; "0.00" where none), then an unnumbered
  "TOTAL MONTHLY INCOME", the certification and "Borrower's signature ____ Date ____" / "Co-borrower's signature
  ____ Date ____". "Page 1 of 2" / "Page 2 of 2" at the foot.
- The real Form 710 (April 2023) of Redstone Mortgage Servicing, filled through its AcroForm, printed, signed and
  dated in ink and scanned (aw3 only).

PAPERS.
- A pay stub WITH ITS CHECK ATTACHED at the bottom (BluePeak Payroll, semi-monthly, paid on the 5th and the 20th or
  the Friday before): the upper two thirds "EMPLOYEE EARNINGS STATEMENT - RETAIN FOR YOUR RECORDS" (employee facts
  in a boxed row, Earnings table Description | Hours | Rate | Current | Year to date, then a Deductions table below
  it, a Gross / Deductions / Net strip), a perforation line "DETACH HERE", and the check: a pale security tint, the
  employer's name, the drawee bank, "Check No.", DATE, "PAY" and the net amount in words, the amount in a box, "TO
  THE ORDER OF" the employee's name and address, a printed facsimile signature and an OCR-style account line.
- A "STATEMENT OF EARNINGS AND DEDUCTIONS" (Arbor Crest Payroll Services, bi-weekly Fridays): a facts box at the
  top right (Pay date, Period beginning, Period ending, Advice no., Frequency), the employee block, then two
  side-by-side panels HOURS AND EARNINGS (Description | Rate | Hours | This period | Year to date) and TAXES AND
  DEDUCTIONS (Description | This period | Year to date) and a summary band Gross pay | Pre-tax deductions | Taxes
  | Other deductions | Net pay by Current and YTD. The 401(k) and medical plan are PRE-TAX, so the "Federal taxable
  wages" line differs from gross pay; gross pay is the gross.
- Ironwood National Bank's two-page COMBINED statement: a relationship summary of a CHECKING and a SAVINGS account,
  a checking section (its own summary, a transaction history with Additions / Subtractions / Ending daily balance)
  and on page 2 a savings section (transfers in, interest). The statement cycle does not follow the calendar month.
  The statement's fields in expected.json are those of the PRIMARY account the header names (the checking).
- An SSA-1099 Social Security Benefit Statement (type `other`: a year's total, not an award of a monthly amount),
  a state unemployment "NOTICE OF MONETARY DETERMINATION" (`unemployment_benefit_letter`, letter_date the date
  mailed, benefit_type unemployment), a state CERTIFICATE OF DEATH (certified copy, numbered boxes), the FIRST PAGE
  of a divorce decree ("Page 1 of 5"; typed `divorce_decree`), hardship letters HAND-WRITTEN-LOOKING (set in a
  script face on ruled note paper, signed in ink) and typed (signed in ink when mailed, unsigned when e-mailed).
- Every year-to-date figure is the sum of that year's checks; a check paid in early January starts the year again.

PACKETS.
- aw1 COMPLETE. "MDS_B430120_0031.pdf", one 300 dpi grey scan: index; separator; the Canyon State worksheet signed in
  ink by both spouses (wages for him, unemployment for her; hardship unemployment and reduction in income);
  separator; TWO check-attached stubs STAPLED together behind ONE separator (paid 12/19/2042 and 01/05/2043 - the
  January stub's year to date is its own gross); separator; her Arizona notice of monetary determination;
  separator; their hand-written-looking letter.
- aw2 COMPLETE. "PLB_0303_env0417.pdf", one 300 dpi grey scan with SOME PAGES SCANNED SIDEWAYS (both pages of the
  first Ironwood statement and the SSA-1099 lie turned 90 degrees on landscape images): index; Prairie Lantern
  request in ink (a widow; death; wages and taxable survivor benefits); an earnings statement; the Kansas death
  certificate and her typed letter STAPLED behind ONE separator; two consecutive Ironwood statements showing the
  SSA deposits; the SSA-1099.
- aw3 INCOMPLETE income_doc:wages (stale). "Redstone_MDS_20430512.pdf", one 300 dpi grey scan with a BLANK BACK
  PAGE scanned between documents (after the hand-written-looking letter, before the next separator; listed as a
  one-page `other` document as the samples list blank pages): index; the real Form 710 typed, signed and dated in
  ink; the letter (illness); two earnings statements paid 01/16 and 01/30/2043, more than 90 days before
  05/12/2043, and no bank statements.
- aw4 INCOMPLETE irs_form_4506c (absent). "CSHL 0609 batch 2.pdf", one 300 dpi grey scan: index; Canyon State
  worksheet signed by the borrower alone (wages and the rent of a casita; divorce); a check-attached stub; page 1 of
  the Pima County decree; two consecutive Ironwood statements showing the rent; a typed letter signed in ink.
  Rental income is claimed and no Form 4506-C came.
- aw5 INCOMPLETE application_signature (unsigned). "FAX_9185550140_20430714_0922.pdf", one 200 dpi fax behind QR
  separators: index; the Prairie Lantern request typed for a husband and wife but NEITHER signed nor dated (the
  signature lines are empty); his Kansas notice of monetary determination; her check-attached stub; their typed
  letter signed in ink.
- aw6 COMPLETE. "FAX_9185550140_20430811_1405.pdf", one 200 dpi fax behind QR separators: index; Canyon State
  worksheet signed in ink by the borrower alone (increase in housing expenses and "other"; the landscape sheet lies
  turned on a portrait fax page); TWO earnings statements
  STAPLED behind ONE separator; the hand-written-looking letter explaining the "other" hardship.
- aw7 COMPLETE. Loose e-mailed born-digital files, no separators, names like "Whitehorse_3340071956_RMR.pdf": the
  Prairie Lantern request typed and signed on screen (circles from the fill-in tool, the date typed); a check-stub
  PDF from the payroll portal; the e-filed first page of a Kansas divorce decree; two consecutive Ironwood
  e-statements showing alimony deposits (the "other" income); a typed, unsigned letter.
- aw8 INCOMPLETE income_doc:benefits_nontaxable (absent). Loose e-mailed born-digital files named
  "LN 5519203384 - ...pdf" and one "hardship letter.pdf": the Canyon State worksheet typed and signed on screen by
  both (VA disability compensation, non-taxable, for him; wages for her); her earnings statement; ONE Ironwood
  statement (not two) and no award letter; a typed letter covering his illness.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet and must agree with each packet's scenario. `--check` validates every expected.json
(keys, codes, types, dates, income totals, that every listed page exists and no page is listed twice, that `scanned`
matches the absence of a text layer, that every page of a file is either listed or a separator whose barcode
decodes to `LOAN <loan>`), and at build time that the values in expected.json are printed on the documents drawn
(the pre-scan PDFs' text, the Form 710's field values, the ink dates). Every file is the same bytes for a seed:
reportlab runs in invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. All people,
employers, banks and servicers are fictional; SSNs use the 900-999 area, and every printed page carries a faint
"synthetic test document" line (the blank back page carries nothing).
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
import reportlab
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
MONO_FONT = FONT_DIR / "dejavu/DejaVuSansMono.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
LAND = landscape(letter)

_RL_FONTS = Path(reportlab.__file__).parent / "fonts"
_SCRIPT_FACE = pdfmetrics.EmbeddedType1Face(str(_RL_FONTS / "callig15.afm"), str(_RL_FONTS / "callig15.pfb"))
pdfmetrics.registerTypeFace(_SCRIPT_FACE)
pdfmetrics.registerFont(pdfmetrics.Font("AwScript", _SCRIPT_FACE.name, "WinAnsiEncoding"))
SCRIPT = "AwScript"

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
VENDOR = "Meridian Default Services"
VENDOR_FAX = "(918) 555-0140"


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


_ONES = ("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
         "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen")
_TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")


def number_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " Hundred" + (" " + number_words(n % 100) if n % 100 else "")
    return number_words(n // 1000) + " Thousand" + (" " + number_words(n % 1000) if n % 1000 else "")


def check_words(v: float) -> str:
    cents = round(v * 100)
    return f"{number_words(cents // 100)} and {cents % 100:02d}/100 Dollars"


# --- drawing primitives (after holdout_packets_af) -----------------------------------------------------------


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
    synth: bool = True


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


def draw_signature_vector(c: Canvas, m: Mark, color: Color | None = None) -> None:
    c.saveState()
    c.setStrokeColor(color or Color(0.08, 0.12, 0.45))
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
    c.setCreator("holdout_packets_aw")
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        if paper.synth:
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


# --- scanning ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 300
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0005
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
    tilt = style.tilt * rng.uniform(0.5, 1.0) * (1 if seed % 2 else -1)
    out = img.rotate(tilt, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
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


def paper_source(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """The paper printed (its PDF without the ink) and the ink marks of each page."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        if paper.synth:
            synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    pdf, marks = paper_source(paper)
    return scan_sheets(pdf, marks, style, seed)


def sideways(pages: Sequence[ScannedPage], clockwise: bool = True) -> list[ScannedPage]:
    """Sheets fed turned a quarter turn: the image lies on its side and the page's width and height swap."""
    out = []
    for pg in pages:
        img = pg.image.rotate(-90 if clockwise else 90, expand=True)
        out.append(ScannedPage(img, (pg.size[1], pg.size[0])))
    return out


def blank_back(style: Scan, seed: int) -> list[ScannedPage]:
    """The empty back of a sheet, scanned: paper tone, speckle, nothing printed."""
    img = Image.new("L", (round(8.5 * style.dpi), round(11 * style.dpi)), 255)
    return [ScannedPage(degrade(img, style, seed), letter)]


def fax_headers(sheets: Sequence[ScannedPage], when: dt.datetime, to_fax: str, style: Scan) -> list[ScannedPage]:
    """The sending machine's header line across the top of every page of a fax."""
    font = ImageFont.truetype(str(MONO_FONT), round(8.5 * style.dpi / 72))
    out = []
    n = len(sheets)
    for k, sh in enumerate(sheets, 1):
        img = sh.image.convert("L")
        draw = ImageDraw.Draw(img)
        stamp = when + dt.timedelta(seconds=38 * (k - 1))
        text = (f"{stamp.strftime('%b %d %Y %H:%M').upper()}   FROM: MERIDIAN DEFAULT SVCS {VENDOR_FAX}   "
                f"TO: {to_fax}   P.{k:03d}/{n:03d}")
        draw.rectangle((0, 0, img.size[0], round(0.17 * style.dpi)), fill=255)
        draw.text((round(0.3 * style.dpi), round(0.04 * style.dpi)), text, fill=0, font=font)
        out.append(ScannedPage(img.point(lambda v: 255 if v > 150 else 0).convert("1"), sh.size))
    return out


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
            sheet.image.convert("L").save(data, "JPEG", quality=78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_aw"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def box(c: Canvas, x: float, y: float, w: float, h: float, fill: float | None = None, lw: float = 0.6) -> None:
    c.setLineWidth(lw)
    if fill is not None:
        c.setFillGray(fill)
        c.rect(x, y, w, h, stroke=1, fill=1)
        c.setFillColor(black)
    else:
        c.rect(x, y, w, h, stroke=1, fill=0)


def text(c: Canvas, x: float, y: float, s: str, font: str = "Helvetica", size: float = 8.0,
         align: str = "l") -> None:
    c.setFont(font, size)
    if align == "r":
        c.drawRightString(x, y, s)
    elif align == "c":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class PayCheck:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Withholding:
    fed: float
    state_name: str
    state: float
    pretax: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check, taken before income tax
    after: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check, after tax

    def taxes(self, gross: float) -> dict[str, float]:
        taxable = gross - sum(v for _, v in self.pretax)
        return {"Federal income tax": r2(taxable * self.fed), "Social Security": r2(gross * 0.062),
                "Medicare": r2(gross * 0.0145), f"{self.state_name} income tax": r2(taxable * self.state)}

    def net(self, gross: float) -> float:
        return r2(gross - sum(self.taxes(gross).values()) - sum(v for _, v in self.pretax + self.after))


def ytd_of(checks: Sequence[PayCheck], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line (amount and hours), each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update({f"{k} hours": v[0] for k, v in ch.lines.items()})
        items.update(wh.taxes(ch.gross))
        items.update(dict(wh.pretax + wh.after))
        items["GROSS"] = ch.gross
        items["NET"] = wh.net(ch.gross)
        items["FEDTAX"] = r2(ch.gross - sum(v for _, v in wh.pretax))
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def semimonthly_dates(year: int, upto: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of a semi-monthly payroll paid on the 5th (for the 16th to the month's
    end before) and the 20th (for the 1st to the 15th), or on the Friday before when that falls on a weekend."""
    out = []
    for month in range(1, 13):
        for day in (5, 20):
            nominal = dt.date(year, month, day)
            pay = nominal - dt.timedelta(days=max(0, nominal.weekday() - 4))
            if day == 20:
                start, end = dt.date(year, month, 1), dt.date(year, month, 15)
            else:
                prev_end = dt.date(year, month, 1) - dt.timedelta(days=1)
                start, end = prev_end.replace(day=16), prev_end
            if pay <= upto:
                out.append((pay, start, end))
    return out


def biweekly_dates(first: dt.date, upto: dt.date) -> list[dt.date]:
    out = []
    d = first
    while d <= upto:
        if d.year == upto.year:
            out.append(d)
        d += dt.timedelta(days=14)
    return out


def stub_fields(employer: str, employee: str, ch: PayCheck, start: dt.date, end: dt.date, frequency: str,
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


@dataclass
class Person:
    name: str
    street: str
    city_line: str
    emp_id: str


@dataclass
class Employer:
    name: str
    street: str
    city_line: str
    bank: str = ""
    routing: str = ""
    account: str = ""


def hourly_history(key: str, dates: Sequence[dt.date], rate: float, base_hours: float, ot_choices: Sequence[float],
                   extra: tuple[str, float] | None = None) -> list[PayCheck]:
    """One check per pay date, each drawn from its own date, so every stub of one job tells one history."""
    out = []
    for d in dates:
        rr = random.Random(f"{key}{d}")
        reg = base_hours - rr.choice([0.0, 0.0, 0.0, 4.0, 8.0])
        ot = rr.choice(list(ot_choices))
        lines = {"Regular": (reg, rate, r2(reg * rate))}
        if ot:
            lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        if extra and rr.random() < 0.5:
            lines[extra[0]] = (0.0, 0.0, extra[1])
        out.append(PayCheck(d, lines))
    return out


def check_stub(er: Employer, ee: Person, pay_date: dt.date, rate: float, wh: Withholding, check_no: int,
               screen: bool = False) -> Stub:
    """BluePeak Payroll: a semi-monthly earnings statement with the pay check attached below a perforation."""
    sched = semimonthly_dates(pay_date.year, pay_date)
    checks = hourly_history(ee.emp_id + er.name, [s[0] for s in sched], rate, 86.67, (0.0, 0.0, 3.5, 6.0, 9.25))
    ch = checks[-1]
    _, start, end = sched[-1]
    ytd = ytd_of(checks, wh)
    taxes = wh.taxes(ch.gross)
    net = wh.net(ch.gross)
    green = Color(0.16, 0.42, 0.36)

    def page(c: Canvas) -> list[Mark]:
        # --- statement
        c.setFillColor(green)
        c.rect(36, 738, 540, 22, stroke=0, fill=1)
        c.setFillColor(white)
        text(c, 44, 745, "EMPLOYEE EARNINGS STATEMENT", "Helvetica-Bold", 11)
        text(c, 568, 745, "RETAIN FOR YOUR RECORDS", "Helvetica", 8, "r")
        c.setFillColor(black)
        text(c, 40, 718, er.name, "Helvetica-Bold", 12)
        text(c, 40, 706, f"{er.street}, {er.city_line}", "Helvetica", 8)
        text(c, 572, 718, "Semi-Monthly Payroll", "Helvetica-Bold", 8.5, "r")
        text(c, 572, 706, f"Check No. {check_no}", "Helvetica", 8.5, "r")
        cells = [("EMPLOYEE", ee.name, 170), ("EMPLOYEE ID", ee.emp_id, 70), ("PAY PERIOD",
                 f"{mdy(start)} - {mdy(end)}", 130), ("CHECK DATE", mdy(pay_date), 70),
                 ("PAY FREQUENCY", "Semi-Monthly", 96)]
        x = 40.0
        for cap, val, wd in cells:
            box(c, x, 664, wd, 30)
            text(c, x + 3, 684, cap, "Helvetica-Bold", 6)
            text(c, x + 3, 670, val, "Helvetica", 8.5)
            x += wd
        y = 642
        text(c, 40, y, "EARNINGS", "Helvetica-Bold", 8.5)
        for xx, t in ((300, "HOURS"), (360, "RATE"), (450, "CURRENT"), (560, "YEAR TO DATE")):
            text(c, xx, y, t, "Helvetica-Bold", 7, "r")
        c.setLineWidth(0.5)
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        for label in ("Regular", "Overtime", "Holiday"):
            if f"{label} hours" not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(label, (0.0, 0.0, 0.0))
            text(c, 40, y, label, "Helvetica", 8.5)
            if label in ch.lines:
                text(c, 300, y, f"{hrs:.2f}", "Helvetica", 8.5, "r")
                text(c, 360, y, f"{rt:.2f}", "Helvetica", 8.5, "r")
                text(c, 450, y, money(amt), "Helvetica", 8.5, "r")
            text(c, 560, y, money(ytd[label]), "Helvetica", 8.5, "r")
            y -= 12
        c.line(380, y + 6, 572, y + 6)
        text(c, 40, y - 4, "Gross Pay", "Helvetica-Bold", 8.5)
        text(c, 450, y - 4, money(ch.gross), "Helvetica-Bold", 8.5, "r")
        text(c, 560, y - 4, money(ytd["GROSS"]), "Helvetica-Bold", 8.5, "r")
        y -= 26
        text(c, 40, y, "DEDUCTIONS", "Helvetica-Bold", 8.5)
        text(c, 450, y, "CURRENT", "Helvetica-Bold", 7, "r")
        text(c, 560, y, "YEAR TO DATE", "Helvetica-Bold", 7, "r")
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        for k, v in [*taxes.items(), *wh.pretax, *wh.after]:
            text(c, 40, y, k, "Helvetica", 8.5)
            text(c, 450, y, money(v), "Helvetica", 8.5, "r")
            text(c, 560, y, money(ytd[k]), "Helvetica", 8.5, "r")
            y -= 12
        ded_cur = r2(ch.gross - net)
        ded_ytd = r2(ytd["GROSS"] - ytd["NET"])
        y -= 8
        heads = (("GROSS PAY", ch.gross, ytd["GROSS"]), ("TOTAL DEDUCTIONS", ded_cur, ded_ytd),
                 ("NET PAY", net, ytd["NET"]))
        x = 40.0
        for cap, cur, yt in heads:
            box(c, x, y - 30, 176, 30, 0.93)
            text(c, x + 4, y - 10, cap, "Helvetica-Bold", 7)
            text(c, x + 4, y - 24, "Current", "Helvetica", 7)
            text(c, x + 80, y - 24, money(cur), "Helvetica-Bold", 9, "r")
            text(c, x + 96, y - 24, "YTD", "Helvetica", 7)
            text(c, x + 172, y - 24, money(yt), "Helvetica", 9, "r")
            x += 178
        text(c, 40, y - 44, "Processed by BluePeak Payroll  -  questions about this statement: see your payroll "
                            "administrator.", "Helvetica", 7)
        # --- perforation and check
        perf = 262
        c.setDash(2, 3)
        c.setLineWidth(0.7)
        c.line(20, perf, W - 20, perf)
        c.setDash()
        text(c, W / 2, perf + 4, "- - -  DETACH HERE BEFORE CASHING  - - -", "Helvetica", 6.5, "c")
        c.setFillColor(Color(0.88, 0.95, 0.91))
        c.rect(30, 36, W - 60, perf - 50, stroke=0, fill=1)
        c.setStrokeColor(Color(0.78, 0.89, 0.83))
        c.setLineWidth(0.4)
        for i in range(0, 480, 9):
            c.line(30 + i, 36, 30 + i + 60, perf - 14)
        c.setStrokeColor(black)
        c.setFillColor(black)
        text(c, 44, perf - 34, er.name, "Helvetica-Bold", 10.5)
        text(c, 44, perf - 45, er.street, "Helvetica", 7.5)
        text(c, 44, perf - 55, er.city_line, "Helvetica", 7.5)
        text(c, W / 2 + 20, perf - 34, er.bank, "Times-Bold", 9, "c")
        text(c, W / 2 + 20, perf - 44, "Payable at any office of the bank", "Times-Roman", 7, "c")
        text(c, 566, perf - 34, str(check_no), "Helvetica-Bold", 11, "r")
        text(c, 470, perf - 62, "DATE", "Helvetica", 7)
        text(c, 566, perf - 62, mdy(pay_date), "Courier-Bold", 10, "r")
        c.line(494, perf - 65, 568, perf - 65)
        text(c, 44, perf - 92, "PAY", "Helvetica-Bold", 8)
        text(c, 70, perf - 92, f"*** {check_words(net)} ***", "Courier-Bold", 9)
        c.line(68, perf - 95, 460, perf - 95)
        box(c, 470, perf - 100, 98, 20, 1.0)
        text(c, 564, perf - 93, f"$****{money(net)}", "Courier-Bold", 10, "r")
        text(c, 44, perf - 120, "TO THE", "Helvetica", 6.5)
        text(c, 44, perf - 128, "ORDER OF", "Helvetica", 6.5)
        for i, ln in enumerate((ee.name.upper(), ee.street.upper(), ee.city_line.upper())):
            text(c, 84, perf - 124 - 11 * i, ln, "Courier", 9.5)
        c.line(380, perf - 160, 568, perf - 160)
        text(c, 474, perf - 170, "AUTHORIZED SIGNATURE", "Helvetica", 6.5, "c")
        draw_signature_vector(c, Mark("sig", 392, perf - 158, w=150, seed=check_no % 97), Color(0.1, 0.1, 0.1))
        text(c, 400, perf - 186, "VOID AFTER 90 DAYS", "Helvetica", 6, "c")
        text(c, W / 2, 46, f"C{check_no:06d}C  A{er.routing}A  {er.account}C", "Courier-Bold", 11, "c")
        return []

    return Stub(Paper([page]), stub_fields(er.name, ee.name, ch, start, end, "semimonthly", ytd["GROSS"], net),
                pay_date)


def earnings_statement(er: Employer, ee: Person, pay_date: dt.date, first_pay: dt.date, rate: float,
                       wh: Withholding, dept: str, advice: int) -> Stub:
    """Arbor Crest Payroll Services: a bi-weekly Statement of Earnings and Deductions with side-by-side panels."""
    dates = biweekly_dates(first_pay, pay_date)
    checks = hourly_history(ee.emp_id + er.name, dates, rate, 80.0, (0.0, 2.0, 4.5, 7.0),
                            ("Shift differential", 46.80))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    taxes = wh.taxes(ch.gross)
    net = wh.net(ch.gross)
    navy = Color(0.13, 0.2, 0.38)

    def panel(c: Canvas, x: float, top: float, w: float, h: float, title: str) -> None:
        c.setLineWidth(0.8)
        c.roundRect(x, top - h, w, h, 6, stroke=1, fill=0)
        c.setFillColor(navy)
        c.rect(x, top - 16, w, 16, stroke=0, fill=1)
        c.setFillColor(white)
        text(c, x + 6, top - 11.5, title, "Helvetica-Bold", 8)
        c.setFillColor(black)

    def page(c: Canvas) -> list[Mark]:
        text(c, 36, 742, er.name, "Times-Bold", 16)
        text(c, 36, 729, er.street, "Times-Roman", 9)
        text(c, 36, 718, er.city_line, "Times-Roman", 9)
        box(c, 360, 680, 216, 76)
        c.setFillColor(navy)
        c.rect(360, 740, 216, 16, stroke=0, fill=1)
        c.setFillColor(white)
        text(c, 468, 744.5, "STATEMENT OF EARNINGS AND DEDUCTIONS", "Helvetica-Bold", 7.5, "c")
        c.setFillColor(black)
        facts = (("Pay date", mdy(pay_date)), ("Period beginning", mdy(start)), ("Period ending", mdy(end)),
                 ("Advice no.", f"{advice:08d}"), ("Pay frequency", "Biweekly"))
        for i, (k, v) in enumerate(facts):
            text(c, 366, 729 - 11 * i, k, "Helvetica", 7.5)
            text(c, 570, 729 - 11 * i, v, "Helvetica-Bold", 7.5, "r")
        text(c, 36, 690, ee.name.upper(), "Helvetica-Bold", 9.5)
        text(c, 36, 679, ee.street, "Helvetica", 8.5)
        text(c, 36, 668, ee.city_line, "Helvetica", 8.5)
        text(c, 230, 690, f"Employee ID  {ee.emp_id}", "Helvetica", 8)
        text(c, 230, 679, f"Department   {dept}", "Helvetica", 8)
        text(c, 230, 668, "Federal filing status  Married", "Helvetica", 8)
        top = 650
        panel(c, 36, top, 318, 150, "HOURS AND EARNINGS")
        panel(c, 362, top, 214, 150, "TAXES AND DEDUCTIONS")
        hy = top - 28
        for xx, t in ((40, "Description"), (178, "Rate"), (216, "Hours"), (276, "This period"),
                      (350, "Year to date")):
            text(c, xx, hy, t, "Helvetica-Bold", 7, "l" if t == "Description" else "r")
        for xx, t in ((366, "Description"), (512, "This period"), (572, "Year to date")):
            text(c, xx, hy, t, "Helvetica-Bold", 7, "l" if t == "Description" else "r")
        c.setLineWidth(0.4)
        c.line(40, hy - 4, 350, hy - 4)
        c.line(366, hy - 4, 572, hy - 4)
        y = hy - 16
        for label in ("Regular", "Overtime", "Shift differential"):
            if label not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(label, (0.0, 0.0, 0.0))
            text(c, 40, y, label, "Helvetica", 8)
            if label in ch.lines and hrs:
                text(c, 178, y, f"{rt:.4f}", "Helvetica", 8, "r")
                text(c, 216, y, f"{hrs:.2f}", "Helvetica", 8, "r")
            if label in ch.lines:
                text(c, 276, y, money(amt), "Helvetica", 8, "r")
            text(c, 350, y, money(ytd[label]), "Helvetica", 8, "r")
            y -= 12
        c.line(230, y + 7, 350, y + 7)
        text(c, 40, y - 3, "Gross pay", "Helvetica-Bold", 8)
        text(c, 276, y - 3, money(ch.gross), "Helvetica-Bold", 8, "r")
        text(c, 350, y - 3, money(ytd["GROSS"]), "Helvetica-Bold", 8, "r")
        text(c, 40, y - 17, "Federal taxable wages", "Helvetica", 7.5)
        text(c, 276, y - 17, money(r2(ch.gross - sum(v for _, v in wh.pretax))), "Helvetica", 7.5, "r")
        text(c, 350, y - 17, money(ytd["FEDTAX"]), "Helvetica", 7.5, "r")
        y = hy - 16
        for k, v in [*taxes.items(), *((f"{k} (pre-tax)", v) for k, v in wh.pretax), *wh.after]:
            base = k.replace(" (pre-tax)", "")
            text(c, 366, y, k, "Helvetica", 8)
            text(c, 512, y, money(v), "Helvetica", 8, "r")
            text(c, 572, y, money(ytd[base]), "Helvetica", 8, "r")
            y -= 12
        # summary band
        sy = 470
        pre_c = r2(sum(v for _, v in wh.pretax))
        pre_y = r2(sum(ytd[k] for k, _ in wh.pretax))
        tax_c = r2(sum(taxes.values()))
        tax_y = r2(sum(ytd[k] for k in taxes))
        oth_c = r2(sum(v for _, v in wh.after))
        oth_y = r2(sum(ytd[k] for k, _ in wh.after))
        cols = (("", None, None), ("Gross pay", ch.gross, ytd["GROSS"]), ("Pre-tax deductions", pre_c, pre_y),
                ("Taxes", tax_c, tax_y), ("Other deductions", oth_c, oth_y), ("Net pay", net, ytd["NET"]))
        widths = (60, 96, 96, 96, 96, 96)
        x = 36.0
        for (cap, cur, yt), wd in zip(cols, widths, strict=True):
            box(c, x, sy, wd, 16, 0.85)
            text(c, x + wd / 2, sy + 5, cap, "Helvetica-Bold", 7.5, "c")
            for row, val in ((1, cur), (2, yt)):
                box(c, x, sy - 16 * row, wd, 16)
                if cur is None:
                    text(c, x + 4, sy - 16 * row + 5, "Current" if row == 1 else "YTD", "Helvetica-Bold", 7.5)
                else:
                    text(c, x + wd - 5, sy - 16 * row + 5, money(val or 0.0), "Helvetica", 8, "r")
            x += wd
        text(c, 36, 420, f"Net pay distribution:  direct deposit to checking account ending {ee.emp_id[-4:]}"
                         f"   {money(net)}", "Helvetica", 7.5)
        text(c, 36, 408, "This is a statement of earnings and deductions only. It is not a check.", "Helvetica",
             7.5)
        text(c, 36, 60, "Arbor Crest Payroll Services  -  payroll processed on behalf of the employer named above",
             "Helvetica-Oblique", 6.5)
        return []

    return Stub(Paper([page]), stub_fields(er.name, ee.name, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str
    savings_end: float = 0.0


def cycle(start: dt.date) -> tuple[dt.date, dt.date]:
    """A statement cycle from `start` to the day before the same day of the next month."""
    nxt = dt.date(start.year + (start.month == 12), start.month % 12 + 1, start.day)
    return start, nxt - dt.timedelta(days=1)


def month_lines(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                debits: Sequence[tuple[str, float, float]], transfer: float) -> list[tuple[dt.date, str, float]]:
    """The cycle's checking lines: credits (day offset, description, amount), ordinary debits drawn in a range,
    and the monthly transfer to savings."""
    out = [(start + dt.timedelta(days=day), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    if transfer:
        out.append((start + dt.timedelta(days=min(span, 16)), "ONLINE TRANSFER TO SAVINGS XXXXXX" , -transfer))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


DEBITS_AZ = (("SAFEWAY #1734 PURCHASE", 40, 160), ("APS ELECTRIC AUTOPAY", 120, 260),
             ("CIRCLE K 2281 PURCHASE", 25, 70),
             ("COX COMMUNICATIONS", 80, 120), ("CVS/PHARMACY 0918", 12, 60), ("GEICO AUTO INS", 110, 160),
             ("ATM WITHDRAWAL 3RD & MILL", 40, 100), ("FRYS FOOD 660 PURCHASE", 50, 170))
DEBITS_KS = (("DILLONS #41 PURCHASE", 40, 150), ("EVERGY KS AUTOPAY", 90, 190), ("CASEYS 3310 PURCHASE", 20, 65),
             ("KS GAS SERVICE", 35, 110), ("WALMART SC 0412", 30, 140), ("FARM BUREAU INS", 90, 150),
             ("ATM WITHDRAWAL COMMERCIAL ST", 40, 100), ("AT&T WIRELESS", 70, 110))


def ironwood_statement(rng: random.Random, holders: Sequence[str], address: Sequence[str], chk: str, sav: str,
                       start: dt.date, chk_begin: float, sav_begin: float, credits: Sequence[tuple[int, str, float]],
                       debits: Sequence[tuple[str, float, float]], transfer: float) -> Statement:
    """Ironwood National Bank: a two-page combined statement of a checking and a savings account."""
    start, end = cycle(start)
    lines = month_lines(rng, start, end, credits, debits, transfer)
    lines = [(d, desc.replace("XXXXXX", "XXXXXX" + sav[-4:]), a) for d, desc, a in lines]
    chk_end = r2(chk_begin + sum(a for _, _, a in lines))
    adds = r2(sum(a for _, _, a in lines if a > 0))
    subs = r2(-sum(a for _, _, a in lines if a < 0))
    interest = r2(sav_begin * 0.0004)
    sav_end = r2(sav_begin + transfer + interest)
    rows = []
    bal = chk_begin
    for i, (d, desc, a) in enumerate(lines):
        bal = r2(bal + a)
        last_of_day = i + 1 == len(lines) or lines[i + 1][0] != d
        rows.append((d, desc, a, bal if last_of_day else None))
    first, rest = rows[:13], rows[13:]
    slate = Color(0.2, 0.24, 0.3)
    copper = Color(0.72, 0.42, 0.2)

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(copper)
        c.rect(36, 736, 8, 30, stroke=0, fill=1)
        c.setFillColor(slate)
        text(c, 52, 752, "IRONWOOD", "Helvetica-Bold", 18)
        text(c, 52, 739, "NATIONAL BANK", "Helvetica", 9)
        c.setFillColor(black)
        text(c, 576, 756, "Combined Statement", "Helvetica-Bold", 11, "r")
        text(c, 576, 744, f"Statement period {mdy(start)} - {mdy(end)}", "Helvetica", 8, "r")
        text(c, 576, 733, f"Primary account: Everyday Checking ...{chk[-4:]}", "Helvetica", 8, "r")
        text(c, 576, 722, f"Page {n} of 2", "Helvetica", 8, "r")
        text(c, 36, 40, "Ironwood National Bank, N.A.  -  Member FDIC  -  Equal Housing Lender", "Helvetica", 6.5)
        c.setStrokeColor(slate)
        c.setLineWidth(1.2)
        c.line(36, 714, 576, 714)
        c.setStrokeColor(black)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float | None]]) -> float:
        for xx, t, al in ((40, "Date", "l"), (86, "Description", "l"), (410, "Additions", "r"),
                          (490, "Subtractions", "r"), (572, "Ending daily balance", "r")):
            text(c, xx, y, t, "Helvetica-Bold", 7.5, al)
        c.setLineWidth(0.4)
        c.line(36, y - 4, 576, y - 4)
        y -= 15
        for d, desc, a, b in part:
            text(c, 40, y, d.strftime("%m/%d"), "Helvetica", 8)
            text(c, 86, y, desc, "Helvetica", 8)
            text(c, 410 if a > 0 else 490, y, money(abs(a)), "Helvetica", 8, "r")
            if b is not None:
                text(c, 572, y, money(b), "Helvetica", 8, "r")
            y -= 12.5
        return y

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        y = 690
        for ln in [*(h.upper() for h in holders), *(a.upper() for a in address)]:
            text(c, 48, y, ln, "Courier", 9.5)
            y -= 11.5
        box(c, 330, 610, 246, 86)
        text(c, 338, 684, "Questions?  Call 1-800-555-0147, 24 hours a day", "Helvetica", 7.5)
        text(c, 338, 672, "ironwoodbank.example  |  PO Box 6100, Tulsa, OK 74121", "Helvetica", 7.5)
        text(c, 338, 652, "Your relationship at a glance", "Helvetica-Bold", 8)
        text(c, 338, 638, f"Everyday Checking ...{chk[-4:]}", "Helvetica", 7.5)
        text(c, 338, 626, f"Ironwood Saver ...{sav[-4:]}", "Helvetica", 7.5)
        text(c, 520, 638, money(chk_end), "Helvetica", 7.5, "r")
        text(c, 520, 626, money(sav_end), "Helvetica", 7.5, "r")
        text(c, 572, 652, "Ending", "Helvetica-Bold", 7, "r")
        # relationship summary
        y = 590
        text(c, 36, y, "RELATIONSHIP SUMMARY", "Helvetica-Bold", 9)
        y -= 14
        for xx, t, al in ((40, "Account", "l"), (200, "Account number", "l"), (450, "Beginning balance", "r"),
                          (572, "Ending balance", "r")):
            text(c, xx, y, t, "Helvetica-Bold", 7.5, al)
        c.line(36, y - 4, 576, y - 4)
        y -= 15
        for nm, num, b0, b1 in (("Everyday Checking", chk, chk_begin, chk_end),
                                ("Ironwood Saver Savings", sav, sav_begin, sav_end)):
            text(c, 40, y, nm, "Helvetica", 8)
            text(c, 200, y, "XXXXXX" + num[-4:], "Helvetica", 8)
            text(c, 450, y, money(b0), "Helvetica", 8, "r")
            text(c, 572, y, money(b1), "Helvetica", 8, "r")
            y -= 12
        y -= 14
        c.setFillColor(slate)
        c.rect(36, y - 4, 540, 16, stroke=0, fill=1)
        c.setFillColor(white)
        text(c, 42, y + 1, f"EVERYDAY CHECKING  ...{chk[-4:]}", "Helvetica-Bold", 9)
        c.setFillColor(black)
        y -= 22
        for i, (k, v) in enumerate((("Beginning balance on " + mdy(start), chk_begin),
                                    ("Deposits/Additions", adds), ("Withdrawals/Subtractions", -subs),
                                    ("Ending balance on " + mdy(end), chk_end))):
            text(c, 40, y - 12 * i, k, "Helvetica-Bold" if i in (0, 3) else "Helvetica", 8)
            text(c, 300, y - 12 * i, ("- " if v < 0 else "") + money(abs(v)), "Helvetica", 8, "r")
        y -= 62
        text(c, 36, y, "Transaction history", "Helvetica-Bold", 8.5)
        register(c, y - 16, first)
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        text(c, 36, 696, f"Everyday Checking ...{chk[-4:]}  (continued)", "Helvetica-Bold", 8.5)
        y = register(c, 680, rest)
        c.line(380, y + 6, 576, y + 6)
        text(c, 86, y - 4, "Ending balance", "Helvetica-Bold", 8)
        text(c, 572, y - 4, money(chk_end), "Helvetica-Bold", 8, "r")
        y -= 34
        c.setFillColor(slate)
        c.rect(36, y - 4, 540, 16, stroke=0, fill=1)
        c.setFillColor(white)
        text(c, 42, y + 1, f"IRONWOOD SAVER SAVINGS  ...{sav[-4:]}", "Helvetica-Bold", 9)
        c.setFillColor(black)
        y -= 22
        for i, (k, v) in enumerate((("Beginning balance on " + mdy(start), sav_begin),
                                    ("Deposits/Additions", r2(transfer + interest)),
                                    ("Ending balance on " + mdy(end), sav_end))):
            text(c, 40, y - 12 * i, k, "Helvetica-Bold" if i != 1 else "Helvetica", 8)
            text(c, 300, y - 12 * i, money(v), "Helvetica", 8, "r")
        y -= 48
        tr_day = start + dt.timedelta(days=min((end - start).days, 16))
        register(c, y, [(tr_day, f"ONLINE TRANSFER FROM CHECKING XXXXXX{chk[-4:]}", transfer,
                         r2(sav_begin + transfer)), (end, "INTEREST PAYMENT", interest, sav_end)]
                 if transfer else [(end, "INTEREST PAYMENT", interest, sav_end)])
        text(c, 36, 120, "Annual percentage yield earned this period 0.05%.  Interest paid year to date is shown on "
                         "your year-end statement.", "Helvetica", 7)
        text(c, 36, 108, "Please examine this statement at once. Report any error within 60 days. Member FDIC.",
             "Helvetica", 7)
        return []

    fields = {"bank_name": "Ironwood National Bank", "account_last4": chk[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": chk_begin, "ending_balance": chk_end}
    return Statement(Paper([page1, page2]), fields, end, chk, sav_end)


# --- letters and papers ---------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date | None
    fields: dict[str, Any] = field(default_factory=dict)


def typed_letter(writers: Sequence[str], address: Sequence[str], loan: str, date: dt.date, servicer: str,
                 servicer_addr: Sequence[str], paras: Sequence[str], ink: bool, seed: int) -> Letter:
    """A typed hardship letter; signed in ink only when it was printed and mailed."""

    def page(c: Canvas) -> list[Mark]:
        y = 730
        c.setFont("Times-Roman", 11)
        for ln in [" and ".join(writers), *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in [servicer, "Attn: Loss Mitigation", *servicer_addr]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        text(c, 72, y, f"Re: Hardship letter - loan number {loan}", "Times-Bold", 11)
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

    return Letter(Paper([page]), "hardship_letter", date, {"letter_date": date.isoformat()})


def script_words(c: Canvas, x0: float, y: float, width: float, words: Sequence[str], size: float,
                 rng: random.Random, leading: float) -> float:
    """Words set in the script face one by one (the face has no space glyph), a little off the line."""
    x = x0
    gap = size * 0.32
    for word in words:
        w = stringWidth(word, SCRIPT, size)
        if x + w > x0 + width and x > x0:
            x = x0
            y -= leading
        c.setFont(SCRIPT, size)
        c.drawString(x, y + rng.uniform(-0.6, 0.6), word)
        x += w + gap * rng.uniform(0.85, 1.2)
    return y - leading


def script_letter(writers: Sequence[str], loan: str, date: dt.date, greeting: str, paras: Sequence[str],
                  seed: int) -> Letter:
    """A letter that looks hand-written: a script face in dark blue on ruled note paper, signed in ink."""
    size = 16.5
    leading = 24.0

    def page(c: Canvas) -> list[Mark]:
        rng = random.Random(seed)
        c.setStrokeColor(Color(0.62, 0.75, 0.9))
        c.setLineWidth(0.5)
        yy = 708.0
        while yy > 60:
            c.line(36, yy - 3, W - 36, yy - 3)
            yy -= leading
        c.setStrokeColor(Color(0.9, 0.55, 0.55))
        c.line(66, 40, 66, 760)
        c.setStrokeColor(black)
        c.setFillColor(Color(0.1, 0.14, 0.42))
        y = 708.0
        script_words(c, 380, y, 200, long_date(date).split(), size, rng, leading)
        y -= leading
        y = script_words(c, 76, y, 460, f"Re: my loan {loan}".split(), size, rng, leading)
        y = script_words(c, 76, y, 460, greeting.split(), size, rng, leading)
        for para in paras:
            y = script_words(c, 96, y, 460, para.split(), size, rng, leading)
        y = script_words(c, 76, y, 460, ["Thank", "you,"], size, rng, leading)
        c.setFillColor(black)
        marks = []
        for i, nm in enumerate(writers):
            x = 80 + i * 240
            marks.append(Mark("sig", x, y - leading + 6, w=150, seed=seed + 11 + i))
            c.setFillColor(Color(0.1, 0.14, 0.42))
            script_words(c, x, y - 2 * leading, 230, nm.split(), size - 2, rng, leading)
            c.setFillColor(black)
        return marks

    return Letter(Paper([page]), "hardship_letter", date, {"letter_date": date.isoformat()})


def monetary_determination(state: str, agency: str, agency_addr: str, claimant: Person, ssn: str, mailed: dt.date,
                           effective: dt.date, wba: float, quarters: Sequence[tuple[str, str, float]]) -> Letter:
    """A state unemployment agency's Notice of Monetary Determination."""

    def page(c: Canvas) -> list[Mark]:
        text(c, 72, 742, f"STATE OF {state.upper()}", "Helvetica-Bold", 10)
        text(c, 72, 729, agency.upper(), "Helvetica-Bold", 12)
        text(c, 72, 717, agency_addr, "Helvetica", 8)
        box(c, 72, 664, W - 144, 34, lw=1.6)
        text(c, W / 2, 684, "NOTICE OF MONETARY DETERMINATION", "Helvetica-Bold", 14, "c")
        text(c, W / 2, 671, "Unemployment Insurance Benefits - This is not a check", "Helvetica", 8.5, "c")
        y = 640
        for ln in (claimant.name.upper(), claimant.street.upper(), claimant.city_line.upper()):
            text(c, 72, y, ln, "Courier", 10)
            y -= 12
        facts = (("Date mailed", mdy(mailed)), ("Claimant SSN", f"XXX-XX-{ssn[-4:]}"),
                 ("Claim effective date", mdy(effective)),
                 ("Benefit year ends", mdy(effective.replace(year=effective.year + 1) - dt.timedelta(days=1))))
        for i, (k, v) in enumerate(facts):
            text(c, 370, 640 - 13 * i, k + ":", "Helvetica", 8.5)
            text(c, 540, 640 - 13 * i, v, "Helvetica-Bold", 8.5, "r")
        y = 570
        paragraphs(c, 72, y, W - 144, [
            "We have determined that you have enough wages in your base period to establish a claim for "
            "unemployment insurance benefits. The wages used are shown below as reported by your employers. If "
            "any wages are missing or wrong, contact us within 20 days of the date mailed."],
            font="Helvetica", size=9, leading=12)
        y = 520
        text(c, 72, y, "BASE PERIOD WAGES", "Helvetica-Bold", 9)
        y -= 14
        text(c, 76, y, "Quarter", "Helvetica-Bold", 8)
        text(c, 170, y, "Employer", "Helvetica-Bold", 8)
        text(c, 536, y, "Wages", "Helvetica-Bold", 8, "r")
        c.line(72, y - 4, W - 72, y - 4)
        y -= 16
        for qtr, emp, amt in quarters:
            text(c, 76, y, qtr, "Helvetica", 8.5)
            text(c, 170, y, emp, "Helvetica", 8.5)
            text(c, 536, y, money(amt), "Helvetica", 8.5, "r")
            y -= 12
        total = r2(sum(q[2] for q in quarters))
        text(c, 170, y - 2, "Total base period wages", "Helvetica-Bold", 8.5)
        text(c, 536, y - 2, money(total), "Helvetica-Bold", 8.5, "r")
        y -= 34
        box(c, 72, y - 50, W - 144, 62, 0.94)
        for i, (k, v) in enumerate((("Weekly benefit amount", wba), ("Maximum benefit amount", r2(wba * 26)),
                                    ("Highest quarter wages", max(q[2] for q in quarters)))):
            text(c, 84, y - 4 - 16 * i, k, "Helvetica-Bold", 9.5)
            text(c, 520, y - 4 - 16 * i, "$" + money(v), "Helvetica-Bold", 9.5, "r")
        paragraphs(c, 72, y - 80, W - 144, [
            "You must request payment every week you are unemployed and meet the eligibility requirements. Each "
            "week's payment depends on your answers to the weekly questions. Earnings from part-time work reduce "
            "your weekly payment.",
            "APPEAL RIGHTS: If you disagree with this determination you may file an appeal within 15 calendar days "
            "of the date mailed. Give your name, the last four digits of your Social Security number and the "
            "reason you disagree."], font="Helvetica", size=8.5, leading=11)
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", mailed,
                  {"letter_date": mailed.isoformat(), "benefit_type": "unemployment"})


def ssa_1099(name: str, ssn: str, year: int, paid: float, medicare: float, address: Sequence[str],
             claim: str) -> Letter:
    """Form SSA-1099, the Social Security Benefit Statement for a year (an `other` paper)."""

    def page(c: Canvas) -> list[Mark]:
        top = 730
        box(c, 54, top - 360, W - 108, 360, lw=1.2)
        text(c, 62, top - 16, "FORM SSA-1099 - SOCIAL SECURITY BENEFIT STATEMENT", "Helvetica-Bold", 11)
        text(c, W - 62, top - 16, str(year), "Helvetica-Bold", 18, "r")
        text(c, 62, top - 28, "PART OF YOUR SOCIAL SECURITY BENEFITS SHOWN IN BOX 5 MAY BE TAXABLE INCOME.",
             "Helvetica", 7)
        text(c, 62, top - 37, "SEE THE REVERSE FOR MORE INFORMATION.", "Helvetica", 7)
        c.line(54, top - 44, W - 54, top - 44)
        cells = [(54, top - 84, 300, "Box 1. Name", name.upper()),
                 (354, top - 84, W - 408, "Box 2. Beneficiary's Social Security Number", f"XXX-XX-{ssn[-4:]}"),
                 (54, top - 124, 168, f"Box 3. Benefits Paid in {year}", money(paid)),
                 (222, top - 124, 168, f"Box 4. Benefits Repaid to SSA in {year}", "NONE"),
                 (390, top - 124, W - 444, f"Box 5. Net Benefits for {year} (Box 3 minus Box 4)", money(paid))]
        for x, y, wd, cap, val in cells:
            box(c, x, y, wd, 40)
            text(c, x + 4, y + 30, cap, "Helvetica-Bold", 6.5)
            text(c, x + 8, y + 10, val, "Courier-Bold", 10)
        y = top - 140
        text(c, 62, y, "DESCRIPTION OF AMOUNT IN BOX 3", "Helvetica-Bold", 8)
        text(c, 330, y, "DESCRIPTION OF AMOUNT IN BOX 4", "Helvetica-Bold", 8)
        rows = (("Paid by check or direct deposit", r2(paid - medicare)), ("Medicare Part B premiums deducted from "
                "your benefits", medicare), ("Total Additions", paid), (f"Benefits for {year}", paid))
        for i, (k, v) in enumerate(rows):
            text(c, 62, y - 14 - 12 * i, k, "Helvetica", 7.5)
            text(c, 318, y - 14 - 12 * i, money(v), "Courier", 8.5, "r")
        text(c, 330, y - 14, "NONE", "Courier", 8.5)
        yb = top - 250
        box(c, 54, yb, 300, 50)
        text(c, 58, yb + 40, "Box 6. Voluntary Federal Income Tax Withheld", "Helvetica-Bold", 6.5)
        text(c, 62, yb + 14, "NONE", "Courier-Bold", 10)
        box(c, 354, yb, W - 408, 50)
        text(c, 358, yb + 40, "Box 8. Claim Number (Use this number if you need to contact SSA.)", "Helvetica-Bold",
             6.2)
        text(c, 362, yb + 14, claim, "Courier-Bold", 10)
        box(c, 54, top - 360, 300, 110)
        text(c, 58, top - 262, "Box 7. Address", "Helvetica-Bold", 6.5)
        for i, ln in enumerate((name.upper(), *(a.upper() for a in address))):
            text(c, 66, top - 282 - 12 * i, ln, "Courier", 9)
        text(c, 362, top - 290, "DO NOT RETURN THIS FORM TO SSA OR IRS", "Helvetica-Bold", 7.5)
        text(c, 362, top - 305, f"Form SSA-1099-SM ({year})", "Helvetica", 7.5)
        return []

    return Letter(Paper([page]), "other", None, {})


def death_certificate(state: str, decedent: str, sex: str, ssn: str, died: dt.date, born: dt.date,
                      birthplace: str, residence: str, spouse: str, informant: str, place: str, cause: str,
                      funeral: str, certifier: str, filed: dt.date, file_no: str) -> Letter:
    """A state's certified copy of a Certificate of Death: numbered boxes in a ruled grid."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.93, 0.95, 0.9))
        c.rect(36, 40, W - 72, 712, stroke=0, fill=1)
        c.setStrokeColor(Color(0.84, 0.89, 0.82))
        c.setLineWidth(0.5)
        for i in range(0, 40):
            c.circle(W / 2, 400, 30 + i * 9, stroke=1, fill=0)
        c.setFillColor(black)
        c.setStrokeColor(Color(0.3, 0.4, 0.3))
        c.setLineWidth(2)
        c.rect(42, 46, W - 84, 700, stroke=1, fill=0)
        c.setStrokeColor(black)
        text(c, W / 2, 722, f"STATE OF {state.upper()}", "Times-Bold", 13, "c")
        text(c, W / 2, 706, "CERTIFICATE OF DEATH", "Times-Bold", 17, "c")
        text(c, W / 2, 692, "Office of Vital Statistics  -  CERTIFIED COPY", "Times-Roman", 9, "c")
        text(c, 560, 722, f"State file no. {file_no}", "Helvetica", 7.5, "r")
        grid = [[("1. DECEDENT'S LEGAL NAME (First, Middle, Last)", decedent.upper(), 360), ("2. SEX", sex, 70),
                 ("3. SOCIAL SECURITY NUMBER", f"{ssn[:3]}-{ssn[4:6]}-{ssn[-4:]}", 98)],
                [("4. DATE OF DEATH", long_date(died).upper(), 150), ("5. AGE (years)",
                  str(died.year - born.year - ((died.month, died.day) < (born.month, born.day))), 80),
                 ("6. DATE OF BIRTH", mdy(born), 110), ("7. BIRTHPLACE", birthplace.upper(), 188)],
                [("8. RESIDENCE (street, city, state, ZIP)", residence.upper(), 528)],
                [("9. MARITAL STATUS AT DEATH", "MARRIED", 160), ("10. SURVIVING SPOUSE'S NAME", spouse.upper(),
                  368)],
                [("11. INFORMANT'S NAME AND RELATIONSHIP", informant.upper(), 528)],
                [("12. PLACE OF DEATH", place.upper(), 528)],
                [("13. METHOD OF DISPOSITION", "BURIAL", 160), ("14. FUNERAL FACILITY", funeral.upper(), 368)],
                [("15. IMMEDIATE CAUSE OF DEATH (Part I, line a)", cause.upper(), 528)],
                [("16. CERTIFIER", certifier.upper(), 360), ("17. DATE FILED", mdy(filed), 168)]]
        y = 670
        for row in grid:
            x = 42.0
            for cap, val, wd in row:
                box(c, x, y - 34, wd, 34, lw=0.7)
                text(c, x + 3, y - 9, cap, "Helvetica", 6)
                text(c, x + 6, y - 26, val, "Courier-Bold", 9.5)
                x += wd
            y -= 34
        paragraphs(c, 60, y - 24, W - 120, [
            "This is a true and correct copy of the official record filed with the Office of Vital Statistics. "
            "This copy is not valid unless it bears the raised seal of the State Registrar.",
            f"Issued {long_date(filed + dt.timedelta(days=9))}."], font="Times-Roman", size=9.5, leading=12)
        c.setStrokeColor(Color(0.45, 0.5, 0.45))
        c.setLineWidth(1.5)
        c.circle(470, y - 90, 38, stroke=1, fill=0)
        c.circle(470, y - 90, 31, stroke=1, fill=0)
        text(c, 470, y - 87, "SEAL OF THE", "Times-Roman", 6.5, "c")
        text(c, 470, y - 96, "STATE REGISTRAR", "Times-Roman", 6.5, "c")
        c.setStrokeColor(black)
        c.line(60, y - 110, 300, y - 110)
        draw_signature_vector(c, Mark("sig", 80, y - 108, w=150, seed=17), Color(0.15, 0.15, 0.15))
        text(c, 60, y - 120, "State Registrar of Vital Statistics", "Times-Roman", 8.5)
        return []

    return Letter(Paper([page]), "death_certificate", None, {})


def decree_first_page(court: Sequence[str], petitioner: str, respondent: str, case_no: str, title: str,
                      filed: dt.date, judge: str, efiled: str | None, paras: Sequence[str]) -> Letter:
    """The first page of a divorce decree ("Page 1 of 5"): caption, title, the opening findings."""

    def page(c: Canvas) -> list[Mark]:
        if efiled:
            text(c, W / 2, 764, efiled, "Helvetica-Bold", 7.5, "c")
        else:
            box(c, 418, 676, 150, 70, lw=1.4)
            text(c, 493, 728, "FILED", "Helvetica-Bold", 16, "c")
            text(c, 493, 712, filed.strftime("%b %d %Y").upper(), "Courier-Bold", 10, "c")
            text(c, 493, 698, "CLERK OF THE SUPERIOR COURT", "Helvetica", 6.5, "c")
            text(c, 493, 687, "BY: M. ORTIZ, DEPUTY", "Helvetica", 6.5, "c")
        c.setStrokeColor(Color(0.6, 0.6, 0.6))
        c.setLineWidth(0.5)
        c.line(64, 40, 64, 750)
        c.line(W - 54, 40, W - 54, 750)
        c.setStrokeColor(black)
        for i in range(1, 29):
            text(c, 56, 742 - i * 24 + 24, str(i), "Times-Roman", 8, "r")
        y = 660
        for ln in court:
            text(c, W / 2, y, ln, "Times-Bold", 11, "c")
            y -= 14
        y -= 16
        c.setLineWidth(0.7)
        c.line(78, y + 6, 320, y + 6)
        cap = ["In re the Marriage of:", "", f"{petitioner.upper()},", "Petitioner,", "", "and", "",
               f"{respondent.upper()},", "Respondent."]
        for i, ln in enumerate(cap):
            text(c, 90 if i not in (3, 8) else 150, y - 10 - 13 * i, ln, "Times-Roman", 11)
        c.line(320, y + 6, 320, y - 120)
        c.line(78, y - 120, 320, y - 120)
        text(c, 340, y - 20, f"Case No. {case_no}", "Times-Roman", 11)
        for i, ln in enumerate(title.split("|")):
            text(c, 340, y - 50 - 14 * i, ln, "Times-Bold", 11.5)
        text(c, 340, y - 100, f"(Assigned to the Hon. {judge})", "Times-Roman", 10)
        y -= 150
        paragraphs(c, 84, y, W - 150, paras, font="Times-Roman", size=11.5, leading=24, gap=4)
        text(c, W / 2, 50, "Page 1 of 5", "Times-Roman", 9, "c")
        return []

    return Letter(Paper([page]), "divorce_decree", None, {})


# --- the vendor's pages -----------------------------------------------------------------------------------------


def vendor_mark(c: Canvas, x: float, y: float, s: float = 1.0) -> None:
    c.saveState()
    c.setFillColor(Color(0.12, 0.22, 0.4))
    p = c.beginPath()
    p.moveTo(x, y + 9 * s)
    p.lineTo(x + 9 * s, y + 18 * s)
    p.lineTo(x + 18 * s, y + 9 * s)
    p.lineTo(x + 9 * s, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(white)
    c.circle(x + 9 * s, y + 9 * s, 3 * s, stroke=0, fill=1)
    c.restoreState()


@dataclass
class Batch:
    client: str
    loan: str
    borrower: str
    number: str
    opened: dt.date
    sent: dt.date
    operator: str


def index_page(b: Batch, rows: Sequence[tuple[str, int, str]], total_images: int) -> Paper:
    """The vendor's envelope contents index: the first page of every transmission (no barcode)."""

    def page(c: Canvas) -> list[Mark]:
        vendor_mark(c, 54, 728, 1.3)
        text(c, 88, 740, "MERIDIAN DEFAULT SERVICES", "Helvetica-Bold", 15)
        text(c, 88, 728, "Mail Processing Center  -  6100 South Yale Avenue, Suite 300  -  Tulsa, OK 74136",
             "Helvetica", 8)
        c.setLineWidth(1.4)
        c.line(54, 718, W - 54, 718)
        text(c, 54, 690, "ENVELOPE CONTENTS INDEX", "Helvetica-Bold", 17)
        text(c, W - 54, 690, "Page 1 of transmission", "Helvetica", 8, "r")
        box(c, 54, 572, W - 108, 104)
        facts = (("Client servicer", b.client), ("Loan number", b.loan), ("Borrower (per envelope)", b.borrower),
                 ("Batch number", b.number), ("Envelope opened", mdy(b.opened)), ("Transmitted", mdy(b.sent)),
                 ("Operator ID", b.operator))
        for i, (k, v) in enumerate(facts):
            col, row = divmod(i, 4)
            text(c, 62 + col * 260, 660 - 20 * row, k, "Helvetica", 8)
            text(c, 172 + col * 260, 660 - 20 * row, v, "Courier-Bold", 9.5)
        y = 548
        c.setFillGray(0.88)
        c.rect(54, y - 5, W - 108, 17, stroke=0, fill=1)
        c.setFillColor(black)
        for xx, t in ((60, "Seq."), (96, "Document as found in the envelope"), (398, "Sheets"),
                      (440, "Operator note")):
            text(c, xx, y, t, "Helvetica-Bold", 8.5)
        y -= 22
        for i, (title, sheets, note) in enumerate(rows, 1):
            text(c, 66, y, f"{i:02d}", "Courier", 9.5)
            text(c, 96, y, title, "Helvetica", 9)
            text(c, 412, y, str(sheets), "Courier", 9.5, "c")
            text(c, 440, y, note, "Helvetica-Oblique", 8)
            c.setLineWidth(0.3)
            c.line(54, y - 6, W - 54, y - 6)
            y -= 20
        y -= 14
        text(c, 54, y, f"Total images in this transmission (index and separators included): {total_images}",
             "Helvetica-Bold", 9)
        paragraphs(c, 54, y - 30, W - 108, [
            "Each document above follows its own DOCUMENT SEPARATOR sheet. Where the borrower stapled papers "
            "together they were kept together behind one separator.",
            "Meridian has not reviewed these papers for completeness; the servicer makes every determination. "
            "Originals are retained for 30 days and then returned to the client servicer."],
            font="Helvetica", size=8.5, leading=11)
        return []

    return Paper([page])


def separator_page(b: Batch, seq: int, total: int, use_qr: bool) -> Paper:
    """The spec's separator sheet: a code reading LOAN <number>, with the vendor's batch facts."""

    def page(c: Canvas) -> list[Mark]:
        vendor_mark(c, 54, 732)
        text(c, 80, 740, "MERIDIAN DEFAULT SERVICES", "Helvetica-Bold", 11)
        text(c, W - 54, 740, f"Separator {seq} of {total}", "Helvetica", 9, "r")
        box(c, 72, 640, W - 144, 60, lw=3)
        text(c, W / 2, 674, "DOCUMENT SEPARATOR", "Helvetica-Bold", 26, "c")
        text(c, W / 2, 650, "DO NOT REMOVE", "Helvetica-Bold", 18, "c")
        value = f"LOAN {b.loan}"
        if use_qr:
            widget = qr.QrCodeWidget(value, barLevel="M")
            bx = widget.getBounds()
            side = 160.0
            s = side / (bx[2] - bx[0])
            d = Drawing(side, side, transform=[s, 0, 0, s, 0, 0])
            d.add(widget)
            renderPDF.draw(d, c, (W - side) / 2, 430)
            y = 412
        else:
            bc = code128.Code128(value, barWidth=1.55, barHeight=88, humanReadable=False, quiet=False)
            bc.drawOn(c, (W - bc.width) / 2, 500)
            y = 478
        text(c, W / 2, y, value, "Courier-Bold", 16, "c")
        for i, (k, v) in enumerate((("Batch", b.number), ("Date", mdy(b.sent)), ("Client", b.client))):
            text(c, 200, y - 50 - 18 * i, k, "Helvetica-Bold", 10)
            text(c, 260, y - 50 - 18 * i, v, "Helvetica", 10)
        text(c, W / 2, 120, "Meridian Default Services  -  loss mitigation mail processing  -  Tulsa, Oklahoma",
             "Helvetica", 8, "c")
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
    start: dt.date
    duration: str  # short | long | resolved
    income: dict[str, float]  # the borrower's (or the household's, on forms with one column)
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_income: dict[str, float] = field(default_factory=dict)
    other_text: str = ""
    signs: bool = True  # the borrower signs and dates
    co_signs: bool = True
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def household(self) -> dict[str, float]:
        return {k: r2(self.income.get(k, 0.0) + self.co_income.get(k, 0.0)) for k in INCOMES
                if self.income.get(k, 0.0) + self.co_income.get(k, 0.0) > 0}

    @property
    def total(self) -> float:
        return r2(sum(self.household.values()))

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = dict(self.household)
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.signs, "signed_on": self.signed_on.isoformat() if self.signs else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


CS_INCOME = ("Wages, salary, overtime, tips, bonuses", "Self-employment (net)", "Unemployment benefits",
             "Soc. Sec., pension, disability (taxable)", "Non-taxable Soc. Sec. / disability",
             "Rental income (net of expenses)", "Investment or insurance income", "Alimony, child support, other")
CS_HARDSHIP = ("Job loss / unemployment", "Reduced income or hours", "Higher housing costs", "Disaster",
               "Illness / disability", "Divorce / legal separation", "Separation (unmarried co-owners)",
               "Death in household", "Job transfer / relocation", "Other - describe:")
CS_EXPENSES = (("First mortgage payment", "Second mortgage / HELOC", "Homeowner's insurance*",
                "Property taxes*", "HOA / condo dues", "Utilities"),
               ("Car payments / leases", "Credit cards, installment loans", "Food and groceries",
                "Medical and insurance", "Child care / support paid", "Other"))


def canyon_worksheet(app: App, expenses: Sequence[float], assets: tuple[float, float], ink: bool) -> Paper:
    """Canyon State Home Loans: the one-page landscape Financial Hardship Worksheet."""
    terracotta = Color(0.66, 0.3, 0.18)
    pw = LAND[0]

    def tick(c: Canvas, x: float, y: float, on: bool) -> None:
        c.setLineWidth(0.7)
        c.rect(x, y, 8, 8, stroke=1, fill=0)
        if on:
            text(c, x + 1.2, y + 1.2, "X", "Courier-Bold", 9)

    def sect(c: Canvas, x: float, y: float, w: float, title: str) -> None:
        c.setFillColor(terracotta)
        c.rect(x, y, w, 12, stroke=0, fill=1)
        c.setFillColor(white)
        text(c, x + 4, y + 3, title, "Helvetica-Bold", 7.5)
        c.setFillColor(black)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(terracotta)
        c.rect(24, 562, pw - 48, 30, stroke=0, fill=1)
        c.setFillColor(Color(0.98, 0.8, 0.45))
        c.circle(44, 577, 8, stroke=0, fill=1)
        c.setFillColor(Color(0.45, 0.18, 0.1))
        p = c.beginPath()
        p.moveTo(30, 563)
        p.lineTo(36, 572)
        p.lineTo(48, 572)
        p.lineTo(56, 563)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(white)
        text(c, 64, 577, "CANYON STATE HOME LOANS", "Helvetica-Bold", 13)
        text(c, 64, 567, "Loss Mitigation  -  3800 N. Central Ave., Suite 1400, Phoenix, AZ 85012  -  "
                         "Fax (602) 555-0163", "Helvetica", 6.5)
        text(c, 470, 575, "FINANCIAL HARDSHIP WORKSHEET", "Helvetica-Bold", 12, "c")
        text(c, 470, 566, "Form CSHL-FHW (rev. 06/2042)  -  one page  -  type or print", "Helvetica", 6, "c")
        c.setFillColor(black)
        box(c, 620, 565, 144, 24, 1.0)
        text(c, 624, 581, "Loan No.", "Helvetica-Bold", 6)
        text(c, 640, 569, app.loan, "Courier-Bold", 11)
        # 1 borrowers
        top = 550
        sect(c, 24, top - 12, 500, "1  BORROWERS")
        hy = top - 24
        text(c, 130, hy, "BORROWER", "Helvetica-Bold", 7)
        text(c, 330, hy, "CO-BORROWER", "Helvetica-Bold", 7)
        rows = (("Full legal name", app.borrower, app.co or ""), ("SSN (last 4 only)", app.ssn[-4:],
                (app.co_ssn or "")[-4:]), ("Phone", app.phone, app.phone if app.co else ""),
                ("E-mail", app.email, ""))
        y = hy - 4
        for label, b, co in rows:
            box(c, 24, y - 15, 100, 15)
            box(c, 124, y - 15, 200, 15)
            box(c, 324, y - 15, 200, 15)
            text(c, 28, y - 10.5, label, "Helvetica", 6.8)
            text(c, 128, y - 11, b, "Courier", 8.5)
            text(c, 328, y - 11, co, "Courier", 8.5)
            y -= 15
        # 2 property
        sect(c, 532, top - 12, 236, "2  PROPERTY")
        py = top - 16
        for label, val in (("Street address", app.street), ("City, state, ZIP", f"{app.city}, {app.state} {app.zip}"),
                           ("Mailing address, if different", ""), ("Listed for sale?  No", "")):
            box(c, 532, py - 20, 236, 20)
            text(c, 535, py - 7, label, "Helvetica", 6)
            text(c, 540, py - 17, val, "Courier", 8.5)
            py -= 20
        # 3 income
        top = 452
        sect(c, 24, top - 12, 372, "3  MONTHLY GROSS INCOME (before taxes)")
        hy = top - 24
        for xx, t in ((246, "Borrower"), (318, "Co-borrower"), (392, "Household")):
            text(c, xx, hy, t, "Helvetica-Bold", 6.8, "r")
        y = hy - 4
        for i, (code, label) in enumerate(zip(INCOMES, CS_INCOME, strict=True)):
            b = app.income.get(code, 0.0)
            co = app.co_income.get(code, 0.0)
            for x0, wd in ((24, 158), (182, 70), (252, 72), (324, 72)):
                box(c, x0, y - 15, wd, 15)
            text(c, 27, y - 10.5, f"{chr(97 + i)}. {label}", "Helvetica", 6.6)
            for right, v in ((248, b), (320, co), (392, r2(b + co))):
                if v > 0:
                    text(c, right, y - 11, money(v), "Courier", 8.5, "r")
            y -= 15
        for x0, wd in ((24, 158), (182, 70), (252, 72), (324, 72)):
            box(c, x0, y - 16, wd, 16, 0.9)
        text(c, 27, y - 11, "TOTAL monthly income (a through h)", "Helvetica-Bold", 6.8)
        tb = r2(sum(app.income.values()))
        tc = r2(sum(app.co_income.values()))
        for right, v in ((248, tb), (320, tc), (392, app.total)):
            if v > 0:
                text(c, right, y - 12, money(v), "Courier-Bold", 8.5, "r")
        # 4 expenses, 5 assets
        sect(c, 404, top - 12, 364, "4  MONTHLY HOUSEHOLD EXPENSES")
        y0 = top - 16
        for col, items in enumerate(CS_EXPENSES):
            y = y0
            for j, label in enumerate(items):
                x0 = 404 + col * 182
                box(c, x0, y - 15, 120, 15)
                box(c, x0 + 120, y - 15, 62, 15)
                text(c, x0 + 3, y - 10.5, label, "Helvetica", 6.5)
                v = expenses[col * 6 + j]
                text(c, x0 + 178, y - 11, money(v) if v else "", "Courier", 8, "r")
                y -= 15
        box(c, 404, y - 15, 302, 15, 0.9)
        box(c, 706, y - 15, 62, 15, 0.9)
        text(c, 407, y - 10.5, "TOTAL monthly expenses     * if not paid through the mortgage escrow", "Helvetica-Bold",
             6.5)
        text(c, 764, y - 11, money(r2(sum(expenses))), "Courier-Bold", 8, "r")
        y -= 24
        sect(c, 404, y - 12, 364, "5  ASSETS (exclude retirement accounts)")
        y -= 16
        for k, (label, v) in enumerate((("Checking and cash", assets[0]), ("Savings, money market, CDs",
                                                                            assets[1]))):
            x0 = 404 + k * 182
            box(c, x0, y - 15, 120, 15)
            box(c, x0 + 120, y - 15, 62, 15)
            text(c, x0 + 3, y - 10.5, label, "Helvetica", 6.5)
            text(c, x0 + 178, y - 11, money(v), "Courier", 8, "r")
        # 6-7 tick strip
        sy = 222
        c.setLineWidth(0.9)
        c.rect(24, sy - 92, pw - 48, 100, stroke=1, fill=0)
        text(c, 30, sy - 6, "6  OCCUPANCY (tick one)", "Helvetica-Bold", 7)
        for i, lab in enumerate(("Owner-occupied primary home", "Second home", "Investment / rental")):
            tick(c, 30, sy - 22 - 13 * i, app.occupancy == OCCUPANCIES[i])
            text(c, 42, sy - 21 - 13 * i, lab, "Helvetica", 7)
        c.line(170, sy - 92, 170, sy + 8)
        text(c, 176, sy - 6, "7  HARDSHIP (tick every reason that applies)", "Helvetica-Bold", 7)
        for i, lab in enumerate(CS_HARDSHIP):
            row, col = divmod(i, 5)
            x = 176 + col * 118
            yy = sy - 22 - 14 * row
            tick(c, x, yy, HARDSHIPS[i] in app.hardships)
            text(c, x + 12, yy + 1, lab, "Helvetica", 6.8)
        c.setLineWidth(0.5)
        c.line(648, sy - 49, 764, sy - 49)
        text(c, 650, sy - 47, app.other_text[:28], "Courier", 7.5)
        text(c, 176, sy - 62, "Hardship began (mm/dd/yyyy):", "Helvetica-Bold", 7)
        box(c, 296, sy - 66, 70, 14)
        text(c, 300, sy - 62, mdy(app.start), "Courier", 8.5)
        text(c, 386, sy - 62, "Expected to last:", "Helvetica-Bold", 7)
        for i, (lab, key) in enumerate((("6 months or less", "short"), ("more than 6 months", "long"),
                                        ("already resolved", "resolved"))):
            tick(c, 456 + i * 100, sy - 64, app.duration == key)
            text(c, 468 + i * 100, sy - 62, lab, "Helvetica", 6.8)
        text(c, 176, sy - 84, "Other occupants: none   Bankruptcy filed: No   Servicemember or dependent: No",
             "Helvetica", 6.5)
        # certification and signatures
        text(c, 24, 118, "I/We certify that the information on this worksheet is true and complete, that the hardship "
                         "ticked above contributed to my/our need for relief, and consent to a credit report for "
                         "each borrower. Knowingly false statements may violate federal law.", "Helvetica", 6.3)
        marks: list[Mark] = []
        people = [(app.borrower, "Borrower signature", app.signs, 0), (app.co or "", "Co-borrower signature",
                                                                        bool(app.co) and app.co_signs, 1)]
        for name, cap, signs, k in people:
            x = 24 + k * 376
            c.setLineWidth(0.8)
            c.rect(x, 48, 368, 58, stroke=1, fill=0)
            c.line(x + 8, 68, x + 250, 68)
            text(c, x + 8, 58, cap, "Helvetica-Bold", 6.8)
            text(c, x + 100, 58, name, "Helvetica", 6.8)
            box(c, x + 262, 64, 98, 22)
            text(c, x + 262, 56, "Date (mm/dd/yyyy)", "Helvetica-Bold", 6.5)
            if signs:
                marks.append(Mark("sig", x + 20, 70, w=170, seed=app.seed + k))
                if ink:
                    marks.append(Mark("hand", x + 266, 69, mdy(app.signed_on), size=11.5, seed=app.seed + 5 + k))
                else:
                    text(c, x + 268, 71, mdy(app.signed_on), "Courier", 9)
        text(c, 24, 34, "CSHL-FHW 06/2042", "Helvetica", 6)
        return marks

    return Paper([page], LAND)


PL_HARDSHIP = ("Loss of a job or of unemployment benefits", "Less income: fewer hours, lower pay, lost overtime",
               "Higher housing costs (taxes, insurance, association dues)",
               "A disaster damaged the home or my workplace",
               "Long-term illness or disability (mine, a co-borrower's or a dependent's)",
               "Divorce or legal separation", "Separation from a co-borrower I am not married to",
               "Death of a borrower or of a wage earner in the household",
               "A distant job transfer or relocation", "Other (explain in item 14)")
PL_INCOME = ("Wages, salary, overtime, commissions, tips and bonuses (all borrowers)", "Self-employment income",
             "Unemployment benefits", "Taxable Social Security, pension, disability, death benefits, public assistance",
             "Non-taxable Social Security or disability income",
             "Rental income (rents received less expenses other than the mortgage)", "Investment or insurance income",
             "Other income: alimony, child support, separate maintenance, other")


def prairie_request(app: App, ink: bool) -> Paper:
    """Prairie Lantern Bank: the two-page Request for Mortgage Relief, items 1-24 in one column."""
    green = Color(0.2, 0.35, 0.22)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.85, 0.62, 0.15))
        c.circle(52, 746, 9, stroke=0, fill=1)
        c.setFillColor(green)
        c.rect(49, 728, 6, 9, stroke=0, fill=1)
        text(c, 70, 748, "PRAIRIE LANTERN BANK", "Times-Bold", 15)
        c.setFillColor(black)
        text(c, 70, 736, "Homeowner Assistance  -  612 Commercial Street, Emporia, KS 66801  -  (620) 555-0118",
             "Times-Roman", 8)
        text(c, W - 40, 748, "REQUEST FOR MORTGAGE RELIEF", "Helvetica-Bold", 11, "r")
        text(c, W - 40, 736, "Form PLB-RMR-7", "Helvetica", 7.5, "r")
        c.setLineWidth(1)
        c.line(40, 726, W - 40, 726)
        text(c, W / 2, 30, f"Page {n} of 2", "Helvetica", 7.5, "c")

    def item(c: Canvas, y: float, n: int, q: str, answer: str, prefix: str = "") -> float:
        text(c, 44, y, f"{n}.", "Helvetica-Bold", 8.5)
        text(c, 62, y, q, "Helvetica", 8.5)
        c.setLineWidth(0.5)
        c.line(62, y - 18, W - 44, y - 18)
        if prefix:
            text(c, 64, y - 15, prefix, "Helvetica", 9.5)
        text(c, 76 if prefix else 66, y - 15, answer, "Courier", 10)
        return y - 32

    def circled(c: Canvas, x: float, y: float, w: float, on: bool) -> None:
        if on:
            c.setLineWidth(1.1)
            c.ellipse(x - 4, y - 4, x + w + 4, y + 10, stroke=1, fill=0)

    def choices(c: Canvas, y: float, n: int, q: str, opts: Sequence[tuple[str, bool]]) -> float:
        text(c, 44, y, f"{n}.", "Helvetica-Bold", 8.5)
        text(c, 62, y, q, "Helvetica", 8.5)
        x = 80.0
        for lab, on in opts:
            w = stringWidth(lab, "Helvetica-Bold", 8.5)
            text(c, x, y - 16, lab, "Helvetica-Bold", 8.5)
            circled(c, x, y - 16, w, on)
            x += w + 34
        return y - 34

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        paragraphs(c, 44, 712, W - 88, ["Answer every item on the line under it. Where the item says CIRCLE, circle "
                                        "your answer. Sign page 2 and send the request with your documents."],
                   font="Helvetica-Oblique", size=8, leading=10)
        y = 688.0
        y = item(c, y, 1, "Loan number", app.loan)
        y = item(c, y, 2, "Borrower's full name", app.borrower)
        y = item(c, y, 3, "Last four digits of the borrower's Social Security number", app.ssn[-4:])
        y = item(c, y, 4, "Co-borrower's full name (leave blank if none)", app.co or "")
        y = item(c, y, 5, "Last four digits of the co-borrower's Social Security number", (app.co_ssn or "")[-4:])
        y = item(c, y, 6, "Best phone number", app.phone)
        y = item(c, y, 7, "E-mail address", app.email)
        y = item(c, y, 8, "Street address of the property", app.street)
        y = item(c, y, 9, "City, state and ZIP code of the property", f"{app.city}, {app.state} {app.zip}")
        y = item(c, y, 10, "Mailing address, if different from the property", "")
        y = choices(c, y, 11, "The property is (CIRCLE ONE):",
                    [(lab, app.occupancy == OCCUPANCIES[i]) for i, lab in
                     enumerate(("OUR PRIMARY HOME", "A SECOND HOME", "A RENTAL OR INVESTMENT PROPERTY"))])
        y = choices(c, y, 12, "Is the property listed for sale? (CIRCLE ONE)", [("YES", False), ("NO", True)])
        text(c, 44, y, "13.", "Helvetica-Bold", 8.5)
        text(c, 62, y, "What caused your hardship? CIRCLE THE NUMBER of every reason that applies:", "Helvetica",
             8.5)
        y -= 15
        for i, reason in enumerate(PL_HARDSHIP):
            num = str(i + 1)
            text(c, 92, y, num, "Helvetica-Bold", 9, "r")
            circled(c, 92 - stringWidth(num, "Helvetica-Bold", 9), y, stringWidth(num, "Helvetica-Bold", 9),
                    HARDSHIPS[i] in app.hardships)
            text(c, 104, y, reason, "Helvetica", 8.5)
            y -= 14
        y -= 6
        y = item(c, y, 14, "If you circled 10, describe the hardship", app.other_text)
        y = item(c, y, 15, "Date the hardship began (month/day/year)", mdy(app.start))
        choices(c, y, 16, "The hardship is (CIRCLE ONE):",
                [(lab, app.duration == key) for lab, key in (("SHORT-TERM (6 months or less)", "short"),
                                                             ("LONG-TERM OR PERMANENT", "long"),
                                                             ("RESOLVED", "resolved"))])
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        text(c, 44, 706, "Loan number (item 1):", "Helvetica-Bold", 8.5)
        text(c, 150, 706, app.loan, "Courier", 10)
        text(c, 44, 684, "MONTHLY INCOME OF ALL BORROWERS, BEFORE TAXES - write 0.00 where none", "Helvetica-Bold",
             8.5)
        y = 662.0
        hh = app.household
        for i, (code, q) in enumerate(zip(INCOMES, PL_INCOME, strict=True)):
            y = item(c, y, 17 + i, q, money(hh.get(code, 0.0)), prefix="$")
        text(c, 62, y, "TOTAL MONTHLY INCOME (items 17 through 24)", "Helvetica-Bold", 8.5)
        c.line(62, y - 18, W - 44, y - 18)
        text(c, 64, y - 15, "$", "Helvetica", 9.5)
        text(c, 76, y - 15, money(app.total), "Courier-Bold", 10)
        y -= 44
        y = paragraphs(c, 44, y, W - 88, [
            "By signing I certify that the answers in this request are true and that the hardship I described "
            "contributed to my need for mortgage relief. I agree to send Prairie Lantern Bank the documents it asks "
            "for, I consent to a credit report for each borrower, and I understand that knowingly false statements "
            "may violate federal law."], font="Helvetica", size=8.5, leading=11)
        marks: list[Mark] = []
        y -= 30
        for k, (cap, signs) in enumerate((("Borrower's signature", app.signs),
                                          ("Co-borrower's signature", bool(app.co) and app.co_signs))):
            c.setLineWidth(0.6)
            c.line(62, y, 380, y)
            c.line(420, y, W - 44, y)
            text(c, 62, y - 10, cap, "Helvetica", 7.5)
            text(c, 420, y - 10, "Date", "Helvetica", 7.5)
            if signs:
                marks.append(Mark("sig", 80, y + 2, w=190, seed=app.seed + k))
                if ink:
                    marks.append(Mark("hand", 428, y + 3, mdy(app.signed_on), size=12, seed=app.seed + 7 + k))
                else:
                    text(c, 428, y + 4, mdy(app.signed_on), "Courier", 10)
            y -= 52
        return marks

    return Paper([page1, page2])


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_values(app: App) -> dict[str, str | bool]:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_2": True, "Checkbox_18": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True, "Checkbox_27": True, "Checkbox_30": True,
        "Checkbox_35": True, "Checkbox_37": True, "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "412.00"}
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.household.items():
        values[F710_INCOME[k]] = money(v)
    return values


def form710_ink(app: App, style: Scan, seed: int) -> tuple[list[ScannedPage], bytes, list[list[Mark]]]:
    """The real Form 710 typed through its AcroForm, printed, signed and dated in ink, and scanned."""
    values = form710_values(app)
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for page in writer.pages:
        names = {str(ref.get_object().get("/T", "")): ref.get_object() for ref in page.get("/Annots") or []}
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
    pdf = fixed_pypdf_bytes(writer, "aw710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed), pdf, marks


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
    blank: bool = False
    source: bytes | None = None  # the paper as printed, before any ink or scanning
    marks: list[str] = field(default_factory=list)  # what was written by hand on it


@dataclass
class Part:
    """What follows one separator sheet: one paper, or papers the borrower stapled together."""

    title: str
    note: str
    items: list[tuple[Doc, list[ScannedPage]]]


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def pdf(self, rel: str, doc: Doc, paper: Paper) -> None:
        """A born-digital file holding one paper, signed on screen."""
        data = paper_pdf(paper)
        src, marks = paper_source(paper)
        doc.source = src
        doc.marks = [m.text for ms in marks for m in ms if m.kind == "hand"]
        doc.pages = [(rel, i + 1) for i in range(len(paper.pages))]
        self.files[rel] = data
        self.docs.append(doc)

    def vendor_file(self, rel: str, batch: Batch, parts: Sequence[Part], style: Scan, seed: int,
                    fax: tuple[str, dt.datetime] | None = None) -> None:
        """One combined file from the vendor: the index page, then a separator before every part."""
        total = 1 + sum(1 + sum(len(pg) for _, pg in part.items) for part in parts)
        rows = [(part.title, sum(len(pg) for d, pg in part.items if not d.blank), part.note) for part in parts]
        index = index_page(batch, rows, total)
        index_doc = Doc("other", {})
        index_doc.source = paper_source(index)[0]
        sheets = scan_paper(index, style, seed)
        index_doc.pages = [(rel, 1)]
        index_doc.scanned = True
        self.docs.append(index_doc)
        for k, part in enumerate(parts, 1):
            sheets += scan_paper(separator_page(batch, k, len(parts), use_qr=style.fax), style, seed + 50 + k)
            for doc, pages in part.items:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
                sheets += pages
        if fax:
            sheets = fax_headers(sheets, fax[1], fax[0], style)
        self.files[rel] = scans_pdf(sheets, style)


def scanned(doc: Doc, paper: Paper, style: Scan, seed: int) -> tuple[Doc, list[ScannedPage]]:
    src, marks = paper_source(paper)
    doc.source = src
    doc.marks = [m.text for ms in marks for m in ms if m.kind == "hand"]
    return doc, scan_sheets(src, marks, style, seed)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.fields.get("benefit_type"))


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not app.signs or (app.co and not app.co_signs):
        out.append("application_signature")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(b.date) and
                   dt.date.fromisoformat(b.fields["period_start"]) ==
                   dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank}
    for k in app.household:
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
    if ("self_employment" in app.household or "rental" in app.household) and not any(
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


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s).lower()


def drawn_problems(p: Packet) -> list[str]:
    """That the values expected.json holds are printed on the papers drawn (their pre-scan PDFs) or inked on them."""
    problems: list[str] = []
    app_fields = p.app.expected()
    for d in p.docs:
        if d.source is None:
            problems.append(f"{p.name}: {d.type} has no source")
            continue
        reader = PdfReader(io.BytesIO(d.source))
        printed = " ".join(pg.extract_text() or "" for pg in reader.pages) + " " + " ".join(d.marks)
        form = {k: str(v.get("/V", "")) for k, v in (reader.get_fields() or {}).items()}
        printed += " " + " ".join(form.values())
        hay = _squash(printed)
        want: list[str] = []
        f = d.fields
        if d.type == "mortgage_assistance_application":
            want = [p.app.loan, p.app.borrower, p.app.ssn[-4:], p.app.street, mdy(p.app.start)]
            want += [money(v) for v in app_fields["income"].values()]
            if p.app.co:
                want.append(p.app.co)
            if p.app.signs:
                want.append(mdy(p.app.signed_on))
            elif mdy(p.app.signed_on) in printed:
                problems.append(f"{p.name}: an unsigned application shows its date")
        elif d.type == "pay_stub":
            want = [f["employer"], f["employee_name"], money(f["gross_current"]), money(f["gross_ytd"]),
                    money(f["net_current"])]
            want += [mdy(dt.date.fromisoformat(f[k])) for k in ("pay_date", "period_start", "period_end")]
        elif d.type == "bank_statement":
            want = [f["bank_name"], f["account_last4"], money(f["beginning_balance"]), money(f["ending_balance"])]
            want += [mdy(dt.date.fromisoformat(f[k])) for k in ("period_start", "period_end")]
        elif "letter_date" in f:
            ld = dt.date.fromisoformat(f["letter_date"])
            if _squash(mdy(ld)) not in hay and _squash(long_date(ld)) not in hay:
                problems.append(f"{p.name}: {d.type} letter date {ld} not printed")
        for s in want:
            if _squash(s) not in hay:
                problems.append(f"{p.name}: {d.type} {d.pages[:1]} does not show {s!r}")
    return problems


GREY = Scan(dpi=300, tilt=0.45, blur=0.6, noise=0.0004)
FAX = Scan(dpi=200, tilt=0.35, blur=0.4, noise=0.0006, fax=True)
PRAIRIE = ("Prairie Lantern Bank", ["612 Commercial Street", "Emporia, KS 66801"])
CANYON = ("Canyon State Home Loans", ["3800 N. Central Ave., Suite 1400", "Phoenix, AZ 85012"])
WH_AZ = Withholding(0.08, "Arizona", 0.025, (("401(k)", 85.00),), (("Dental plan", 14.50),))
WH_AZ2 = Withholding(0.075, "Arizona", 0.025, (("401(k)", 64.80), ("Medical plan", 112.30)), ())
WH_KS = Withholding(0.07, "Kansas", 0.04, (("401(k)", 57.12), ("Medical plan", 88.40)), (("Life insurance", 6.25),))
WH_KS2 = Withholding(0.065, "Kansas", 0.04, (), (("Health insurance", 48.75),))
WH_NM = Withholding(0.075, "New Mexico", 0.03, (("401(k)", 62.00),), ())


def semimonthly_stub(er: Employer, ee: Person, pay: dt.date, rate: float, wh: Withholding, check_no: int) -> Stub:
    stub = check_stub(er, ee, pay, rate, wh, check_no)
    assert stub.date == pay and dt.date.fromisoformat(stub.fields["pay_date"]) == pay, pay
    return stub


def nets(er: Employer, ee: Person, dates: Sequence[dt.date], rate: float, wh: Withholding,
         kind: str) -> dict[dt.date, float]:
    """The net pay of each check, as the statements show the deposits."""
    out = {}
    for d in dates:
        s = (check_stub(er, ee, d, rate, wh, 1) if kind == "semi" else
             earnings_statement(er, ee, d, dt.date(d.year, 1, 2), rate, wh, "", 1))
        out[d] = float(s.fields["net_current"])
    return out


def packet_aw1(seed: int) -> Packet:
    received = dt.date(2043, 1, 20)
    er = Employer("Sonoran Pipe & Valve Supply", "1450 South Country Club Drive", "Mesa, AZ 85210",
                  "Bank of the Canyon", "122105278", "0045123391")
    ee = Person("Luis A. Carranza", "2217 West Palo Verde Drive", "Mesa, AZ 85202", "SPV-0418")
    stubs = [semimonthly_stub(er, ee, d, 24.50, WH_AZ, 40210 + i)
             for i, d in enumerate((dt.date(2042, 12, 19), dt.date(2043, 1, 5)))]
    wba = 320.00
    app = App("0073115842", "Luis A. Carranza", "941-27-6630", "2217 West Palo Verde Drive", "Mesa", "AZ", "85202",
              "(480) 555-0166", "lcarranza@example.net", "primary_residence", ["unemployment", "reduction_in_income"],
              dt.date(2042, 10, 17), "short", {"wages": stubs[-1].monthly}, dt.date(2043, 1, 14),
              co="Pilar M. Carranza", co_ssn="941-53-0187", co_income={"unemployment": r2(wba * 52 / 12)},
              seed=seed + 11)
    p = Packet("aw1", received, app, [])
    pilar = Person("Pilar M. Carranza", app.street, "Mesa, AZ 85202", "")
    notice = monetary_determination("Arizona", "Department of Economic Security",
                                    "Unemployment Insurance Administration  -  PO Box 29225, Phoenix, AZ 85038",
                                    pilar, app.co_ssn or "", dt.date(2042, 10, 30), dt.date(2042, 10, 19), wba,
                                    [("Q2 2041", "Desert Bloom Nurseries LLC", 7120.40),
                                     ("Q3 2041", "Desert Bloom Nurseries LLC", 7388.15),
                                     ("Q4 2041", "Desert Bloom Nurseries LLC", 6904.00),
                                     ("Q1 2042", "Desert Bloom Nurseries LLC", 7251.62)])
    letter = script_letter([app.borrower, app.co or ""], app.loan, dt.date(2043, 1, 14), "Dear Canyon State,", [
        "We are writing to ask for help with our house payment. Pilar lost her job at the nursery in October "
        "when they closed the retail side, and she gets unemployment now, which is a lot less than her pay.",
        "At the same time my company cut the overtime I always had. We paid what we could in November and "
        "December but we are behind two payments now.",
        "We want to keep our home. Please look at lowering the payment until Pilar is working again."],
        seed + 12)
    b = Batch(CANYON[0], app.loan, "CARRANZA, LUIS & PILAR", "MDS-430120-0031", dt.date(2043, 1, 19), received,
              "OP-4471")
    parts = [
        Part("Financial Hardship Worksheet (Canyon State)", "landscape; two signatures",
             [scanned(app_doc(), canyon_worksheet(app, (1486.20, 0, 0, 0, 0, 268.40, 412.00, 190.00, 820.00, 145.00,
                                                        0, 120.00), (610.35, 1240.00), ink=True), GREY, seed + 101)]),
        Part("Pay stubs (2) with checks attached", "stapled together; kept together",
             [scanned(stub_doc(s), s.paper, GREY, seed + 102 + i) for i, s in enumerate(stubs)]),
        Part("State notice - unemployment insurance", "", [scanned(letter_doc(notice), notice.paper, GREY,
                                                                    seed + 105)]),
        Part("Borrower letter, hand-written", "", [scanned(letter_doc(letter), letter.paper, GREY, seed + 106)]),
    ]
    p.vendor_file("MDS_B430120_0031.pdf", b, parts, GREY, seed + 100)
    return p


def packet_aw2(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2043, 3, 3)
    er = Employer("Flint Hills Family Clinic", "915 West 12th Avenue", "Emporia, KS 66801")
    ee = Person("Roberta J. Hollins", "1120 Rural Street", "Emporia, KS 66801", "FH-22071")
    stub = earnings_statement(er, ee, dt.date(2043, 2, 27), dt.date(2043, 1, 2), 17.85, WH_KS, "Front Office",
                              30017741)
    survivor = 1318.00
    app = App("4100562097", "Roberta J. Hollins", "927-81-4402", "1120 Rural Street", "Emporia", "KS", "66801",
              "(620) 555-0139", "rhollins@example.com", "primary_residence", ["death"], dt.date(2042, 11, 9), "long",
              {"wages": stub.monthly, "benefits_taxable": survivor}, dt.date(2043, 2, 24), seed=seed + 21)
    p = Packet("aw2", received, app, [])
    cert = death_certificate("Kansas", "Walter E. Hollins", "M", "927-80-1193", dt.date(2042, 11, 9),
                             dt.date(1976, 3, 22), "Council Grove, Kansas", "1120 Rural Street, Emporia, KS 66801",
                             "Roberta J. Hollins", "Roberta J. Hollins, wife",
                             "Newman Regional Health, Emporia, Lyon County", "Acute myocardial infarction",
                             "Prairie Rest Funeral Home, Emporia", "Dana K. Whitlow, M.D.", dt.date(2042, 11, 16),
                             "2042-017733")
    letter = typed_letter([app.borrower], [app.street, "Emporia, KS 66801"], app.loan, dt.date(2043, 2, 24),
                          *PRAIRIE, [
        "My husband Walter died suddenly on November 9. He drove for a grain hauler and earned most of our income. "
        "I work at the front desk of a clinic, and since December I receive a survivor's benefit from Social "
        "Security, but together it is about half of what we had.",
        "I have paid what I could since December. I would like to stay in the house and ask the bank to review "
        "me for a modification that brings the payment down to what I earn now. A copy of the death certificate "
        "is attached."], ink=True, seed=seed + 22)
    pays = nets(er, ee, [dt.date(2043, 1, 2), dt.date(2043, 1, 16), dt.date(2043, 1, 30), dt.date(2043, 2, 13)],
                17.85, WH_KS, "bi")
    debits = (*DEBITS_KS, ("PRAIRIE LANTERN BK LOAN PMT", 600, 700))
    chk, sav = "7710482236", "7710482951"
    s1 = ironwood_statement(rng, [app.borrower], [app.street, "Emporia, KS 66801"], chk, sav, dt.date(2042, 12, 20),
                            1240.18, 3105.77, [(13, "FLINT HILLS FAMILY CL PAYROLL", pays[dt.date(2043, 1, 2)]),
                                               (25, "SSA TREAS 310 XXSOC SEC", survivor),
                                               (27, "FLINT HILLS FAMILY CL PAYROLL", pays[dt.date(2043, 1, 16)])],
                            debits, 50.00)
    s2 = ironwood_statement(rng, [app.borrower], [app.street, "Emporia, KS 66801"], chk, sav, dt.date(2043, 1, 20),
                            s1.fields["ending_balance"], s1.savings_end,
                            [(10, "FLINT HILLS FAMILY CL PAYROLL", pays[dt.date(2043, 1, 30)]),
                             (22, "SSA TREAS 310 XXSOC SEC", survivor),
                             (24, "FLINT HILLS FAMILY CL PAYROLL", pays[dt.date(2043, 2, 13)])], debits, 50.00)
    form1099 = ssa_1099(app.borrower, app.ssn, 2042, survivor, 0.0, [app.street, "Emporia, KS 66801"],
                        "927-80-1193D")
    b = Batch(PRAIRIE[0], app.loan, "HOLLINS, ROBERTA J", "MDS-430303-0417", dt.date(2043, 3, 2), received, "OP-2290")
    d1, pg1 = scanned(stmt_doc(s1), s1.paper, GREY, seed + 205)
    d6, pg6 = scanned(letter_doc(form1099), form1099.paper, GREY, seed + 208)
    parts = [
        Part("Request for Mortgage Relief (Prairie Lantern), 2 pp.", "",
             [scanned(app_doc(), prairie_request(app, ink=True), GREY, seed + 201)]),
        Part("Earnings statement", "", [scanned(stub_doc(stub), stub.paper, GREY, seed + 202)]),
        Part("Death certificate and borrower letter", "stapled together; kept together",
             [scanned(letter_doc(cert), cert.paper, GREY, seed + 203),
              scanned(letter_doc(letter), letter.paper, GREY, seed + 204)]),
        Part("Bank statement, 2 pp.", "fed sideways", [(d1, sideways(pg1))]),
        Part("Bank statement, 2 pp.", "", [scanned(stmt_doc(s2), s2.paper, GREY, seed + 206)]),
        Part("Form SSA-1099", "fed sideways", [(d6, sideways(pg6, clockwise=False))]),
    ]
    p.vendor_file("PLB_0303_env0417.pdf", b, parts, GREY, seed + 200)
    return p


def packet_aw3(seed: int) -> Packet:
    received = dt.date(2043, 5, 12)
    er = Employer("Pecos Valley Dairy Cooperative", "2200 East Second Street", "Roswell, NM 88201")
    ee = Person("Teodoro V. Salcedo", "3915 Pecos Trail", "Roswell, NM 88201", "PVD-0937")
    stubs = [earnings_statement(er, ee, d, dt.date(2043, 1, 2), 19.40, WH_NM, "Milk Plant", 5500120 + i)
             for i, d in enumerate((dt.date(2043, 1, 16), dt.date(2043, 1, 30)))]
    app = App("0026637410", "Teodoro V. Salcedo", "968-12-3357", "3915 Pecos Trail", "Roswell", "NM", "88201",
              "(575) 555-0182", "tsalcedo@example.org", "primary_residence", ["disability_or_illness"],
              dt.date(2043, 2, 9), "long", {"wages": stubs[-1].monthly}, dt.date(2043, 5, 5), seed=seed + 31)
    p = Packet("aw3", received, app, ["income_doc:wages"])
    letter = script_letter([app.borrower], app.loan, dt.date(2043, 5, 5), "To Redstone Mortgage,", [
        "In February I had a heart attack at work and needed surgery. My doctor kept me off work for ten weeks and "
        "the short-term disability from the co-op paid only part of my pay.",
        "I am back on light duty now with fewer hours. I am sending the last pay stubs I have. I fell behind "
        "on the house in March and April and want to catch up with a lower payment if you can help me."],
        seed + 32)
    b = Batch("Redstone Mortgage Servicing", app.loan, "SALCEDO, TEODORO V", "MDS-430512-0108", dt.date(2043, 5, 11),
              received, "OP-3318")
    sheets, src, marks = form710_ink(app, GREY, seed + 301)
    d_app = app_doc()
    d_app.source = src
    d_app.marks = [m.text for ms in marks for m in ms if m.kind == "hand"]
    blank = Doc("other", {}, blank=True)
    blank.source = paper_pdf(Paper([lambda c: []], synth=False))
    parts = [
        Part("Mortgage Assistance Application (Form 710), 4 pp.", "signed", [(d_app, sheets)]),
        Part("Borrower letter, hand-written", "scanned both sides", [
            scanned(letter_doc(letter), letter.paper, GREY, seed + 302), (blank, blank_back(GREY, seed + 303))]),
        Part("Earnings statement", "", [scanned(stub_doc(stubs[0]), stubs[0].paper, GREY, seed + 304)]),
        Part("Earnings statement", "", [scanned(stub_doc(stubs[1]), stubs[1].paper, GREY, seed + 305)]),
    ]
    p.vendor_file("Redstone_MDS_20430512.pdf", b, parts, GREY, seed + 300)
    return p


def packet_aw4(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2043, 6, 9)
    er = Employer("Catalina Foothills Dental Group", "5200 East Sunrise Drive", "Tucson, AZ 85718",
                  "Saguaro Federal Bank", "122187445", "3308815527")
    ee = Person("Kimberly D. Ashworth", "6641 East Paloma Vista Road", "Tucson, AZ 85750", "CFD-1107")
    stub = semimonthly_stub(er, ee, dt.date(2043, 6, 5), 22.75, WH_AZ, 18833)
    rent = 850.00
    app = App("7302288514", "Kimberly D. Ashworth", "952-64-1809", "6641 East Paloma Vista Road", "Tucson", "AZ",
              "85750", "(520) 555-0114", "kdashworth@example.com", "primary_residence", ["divorce_or_separation"],
              dt.date(2042, 9, 15), "long", {"wages": stub.monthly, "rental": rent}, dt.date(2043, 6, 1),
              seed=seed + 41)
    p = Packet("aw4", received, app, ["irs_form_4506c"])
    decree = decree_first_page(
        ["IN THE SUPERIOR COURT OF THE STATE OF ARIZONA", "IN AND FOR THE COUNTY OF PIMA"], app.borrower,
        "Bradley T. Ashworth", "D20421183", "DECREE OF DISSOLUTION OF|NON-COVENANT MARRIAGE|(Without Minor Children)",
        dt.date(2043, 2, 27), "Elena R. Vasquez", None, [
            "This matter came before the Court on February 23, 2043, on the Petition for Dissolution of a "
            "Non-Covenant Marriage filed by Petitioner. Both parties appeared. The Court has considered the "
            "testimony, the exhibits and the parties' written agreement.",
            "THE COURT FINDS that at least one of the parties was domiciled in Arizona for more than ninety days "
            "before the petition was filed, that the conciliation provisions do not apply, and that the marriage "
            "is irretrievably broken.",
            "IT IS ORDERED that the marriage of the parties is dissolved, and each party is restored to the status "
            "of a single person. IT IS FURTHER ORDERED that the parties' property and debts are divided as set out "
            "in the following pages, and that the residence on East Paloma Vista Road is awarded to Petitioner as "
            "her sole and separate property, subject to the encumbrance on it."])
    pays = nets(er, ee, [dt.date(2043, 4, 3), dt.date(2043, 4, 20), dt.date(2043, 5, 5), dt.date(2043, 5, 20)], 22.75,
                WH_AZ, "semi")
    chk, sav = "5580193364", "5580197012"
    addr = [app.street, "Tucson, AZ 85750"]
    s1 = ironwood_statement(rng, [app.borrower], addr, chk, sav, dt.date(2043, 4, 2), 932.60, 1480.25,
                            [(0, "ZELLE FROM JAVIER MORENO RENT", rent),
                             (1, "MOBILE DEPOSIT CHECK 18738", pays[dt.date(2043, 4, 3)]),
                             (18, "MOBILE DEPOSIT CHECK 18761", pays[dt.date(2043, 4, 20)])], DEBITS_AZ, 25.00)
    s2 = ironwood_statement(rng, [app.borrower], addr, chk, sav, dt.date(2043, 5, 2), s1.fields["ending_balance"],
                            s1.savings_end, [(0, "ZELLE FROM JAVIER MORENO RENT", rent),
                                             (3, "MOBILE DEPOSIT CHECK 18782", pays[dt.date(2043, 5, 5)]),
                                             (18, "MOBILE DEPOSIT CHECK 18807", pays[dt.date(2043, 5, 20)])],
                            DEBITS_AZ, 25.00)
    letter = typed_letter([app.borrower], addr, app.loan, dt.date(2043, 6, 1), *CANYON, [
        "My husband and I separated last September and our divorce was final in February. Since he moved out I "
        "have paid the whole mortgage on my own from my pay at the dental office and the rent from the casita "
        "behind the house.",
        "The decree gives me the house, but the payment was set when we had two incomes. I am asking for a "
        "modification so that I can keep it. The first page of the decree is enclosed."], ink=True, seed=seed + 42)
    b = Batch(CANYON[0], app.loan, "ASHWORTH, KIMBERLY D", "MDS-430609-0212", dt.date(2043, 6, 8), received,
              "OP-4471")
    parts = [
        Part("Financial Hardship Worksheet (Canyon State)", "landscape; one signature",
             [scanned(app_doc(), canyon_worksheet(app, (1644.90, 0, 0, 0, 45.00, 236.10, 389.00, 210.00, 640.00, 95.00,
                                                        0, 60.00), (420.10, 1505.00), ink=True), GREY, seed + 401)]),
        Part("Pay stub with check attached", "", [scanned(stub_doc(stub), stub.paper, GREY, seed + 402)]),
        Part("Court decree - first page only", "page 1 of 5 received",
             [scanned(letter_doc(decree), decree.paper, GREY, seed + 403)]),
        Part("Bank statement, 2 pp.", "", [scanned(stmt_doc(s1), s1.paper, GREY, seed + 404)]),
        Part("Bank statement, 2 pp.", "", [scanned(stmt_doc(s2), s2.paper, GREY, seed + 405)]),
        Part("Borrower letter, typed", "", [scanned(letter_doc(letter), letter.paper, GREY, seed + 406)]),
    ]
    p.vendor_file("CSHL 0609 batch 2.pdf", b, parts, GREY, seed + 400)
    return p


def packet_aw5(seed: int) -> Packet:
    received = dt.date(2043, 7, 14)
    er = Employer("Neosho Valley Grain Cooperative", "100 Elevator Road", "Council Grove, KS 66846",
                  "Flint Hills State Bank", "101100029", "0087220413")
    lorna = Person("Lorna S. Pennock", "418 Sunflower Lane", "Council Grove, KS 66846", "NVG-0266")
    stub = semimonthly_stub(er, lorna, dt.date(2043, 7, 3), 18.10, WH_KS2, 7720)
    wba = 503.00
    app = App("0958810263", "Gerald W. Pennock", "933-40-2765", "418 Sunflower Lane", "Council Grove", "KS",
              "66846", "(620) 555-0171", "gwpennock@example.net", "primary_residence", ["unemployment"],
              dt.date(2043, 5, 29), "short", {"wages": stub.monthly, "unemployment": r2(wba * 52 / 12)},
              dt.date(2043, 7, 8), co="Lorna S. Pennock", co_ssn="933-47-8812", signs=False, co_signs=False,
              seed=seed + 51)
    p = Packet("aw5", received, app, ["application_signature"])
    gerald = Person(app.borrower, app.street, "Council Grove, KS 66846", "")
    notice = monetary_determination("Kansas", "Kansas Department of Labor",
                                    "Unemployment Insurance  -  401 SW Topeka Boulevard, Topeka, KS 66603", gerald,
                                    app.ssn, dt.date(2043, 6, 6), dt.date(2043, 5, 31), wba,
                                    [("Q1 2042", "Tallgrass Feedyards Inc", 11620.00),
                                     ("Q2 2042", "Tallgrass Feedyards Inc", 12044.50),
                                     ("Q3 2042", "Tallgrass Feedyards Inc", 12390.25),
                                     ("Q4 2042", "Tallgrass Feedyards Inc", 11876.10)])
    letter = typed_letter([app.borrower, app.co or ""], [app.street, "Council Grove, KS 66846"], app.loan,
                          dt.date(2043, 7, 8), *PRAIRIE, [
        "The feedyard where I worked for eleven years closed at the end of May and I have been drawing "
        "unemployment since. Lorna works at the grain co-op, but her pay and my unemployment do not cover our "
        "bills and the house payment.",
        "I have interviews at two places and expect to be working again by fall. Until then we ask the bank for a "
        "lower payment or a forbearance so we do not fall further behind."], ink=True, seed=seed + 52)
    b = Batch(PRAIRIE[0], app.loan, "PENNOCK, GERALD W & LORNA S", "MDS-430714-0533", dt.date(2043, 7, 13), received,
              "OP-2290")
    parts = [
        Part("Request for Mortgage Relief (Prairie Lantern), 2 pp.", "",
             [scanned(app_doc(), prairie_request(app, ink=True), FAX, seed + 501)]),
        Part("State notice - unemployment insurance", "", [scanned(letter_doc(notice), notice.paper, FAX,
                                                                    seed + 502)]),
        Part("Pay stub with check attached", "", [scanned(stub_doc(stub), stub.paper, FAX, seed + 503)]),
        Part("Borrower letter, typed", "", [scanned(letter_doc(letter), letter.paper, FAX, seed + 504)]),
    ]
    p.vendor_file("FAX_9185550140_20430714_0922.pdf", b, parts, FAX, seed + 500,
                  fax=("(620) 555-0119", dt.datetime(2043, 7, 14, 9, 22)))
    return p


def packet_aw6(seed: int) -> Packet:
    received = dt.date(2043, 8, 11)
    er = Employer("Salt River Valley Medical Supply", "3030 North 35th Avenue", "Phoenix, AZ 85017")
    ee = Person("Marcus T. Oyelaran", "1452 West Mariposa Street", "Phoenix, AZ 85015", "SRV-5104")
    stubs = [earnings_statement(er, ee, d, dt.date(2043, 1, 2), 21.60, WH_AZ2, "Warehouse", 8801220 + i)
             for i, d in enumerate((dt.date(2043, 7, 17), dt.date(2043, 7, 31)))]
    app = App("5180447329", "Marcus T. Oyelaran", "984-22-6071", "1452 West Mariposa Street", "Phoenix", "AZ",
              "85015", "(602) 555-0148", "moyelaran@example.com", "primary_residence",
              ["increase_in_housing_expenses", "other"], dt.date(2043, 3, 1), "long", {"wages": stubs[-1].monthly},
              dt.date(2043, 8, 4), other_text="Co-signed car loan default", seed=seed + 61)
    p = Packet("aw6", received, app, [])
    letter = script_letter([app.borrower], app.loan, dt.date(2043, 8, 4), "Dear Canyon State Home Loans,", [
        "In March our association billed a special assessment of $4,800 for the new roofs, payable over twelve "
        "months, and my insurance went up the same month.",
        "Also my sister stopped paying the car loan I co-signed for her, and the lender now takes $385 a month "
        "from me. That is the other hardship I marked on the worksheet.",
        "My pay has not changed but these two things put me behind. I ask for a lower payment for a while."],
        seed + 62)
    d_app, pg_app = scanned(app_doc(), canyon_worksheet(app, (1312.45, 0, 0, 0, 400.00, 214.75, 385.00, 160.00,
                                                              520.00, 70.00, 0, 45.00), (288.40, 610.00), ink=True),
                            FAX, seed + 601)
    b = Batch(CANYON[0], app.loan, "OYELARAN, MARCUS T", "MDS-430811-0390", dt.date(2043, 8, 10), received, "OP-3318")
    parts = [
        Part("Financial Hardship Worksheet (Canyon State)", "landscape; one signature", [(d_app, sideways(pg_app))]),
        Part("Earnings statements (2)", "stapled together; kept together",
             [scanned(stub_doc(s), s.paper, FAX, seed + 602 + i) for i, s in enumerate(stubs)]),
        Part("Borrower letter, hand-written", "", [scanned(letter_doc(letter), letter.paper, FAX, seed + 604)]),
    ]
    p.vendor_file("FAX_9185550140_20430811_1405.pdf", b, parts, FAX, seed + 600,
                  fax=("(602) 555-0163", dt.datetime(2043, 8, 11, 14, 5)))
    return p


def packet_aw7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2043, 9, 15)
    er = Employer("Osage Hills Title Company", "301 North Main Street", "Wichita, KS 67202", "Chisholm Trail Bank",
                  "101000695", "4471902258")
    ee = Person("Janelle P. Whitehorse", "2740 North Amidon Avenue", "Wichita, KS 67204", "OHT-0388")
    stub = semimonthly_stub(er, ee, dt.date(2043, 9, 4), 23.10, WH_KS2, 30514)
    alimony = 600.00
    app = App("3340071956", "Janelle P. Whitehorse", "919-73-5048", "2740 North Amidon Avenue", "Wichita", "KS",
              "67204", "(316) 555-0152", "jwhitehorse@example.com", "primary_residence", ["divorce_or_separation"],
              dt.date(2043, 4, 18), "long", {"wages": stub.monthly, "other": alimony}, dt.date(2043, 9, 9),
              seed=seed + 71)
    p = Packet("aw7", received, app, [])
    decree = decree_first_page(
        ["IN THE EIGHTEENTH JUDICIAL DISTRICT", "DISTRICT COURT OF SEDGWICK COUNTY, KANSAS", "FAMILY LAW DEPARTMENT"],
        app.borrower, "Russell K. Whitehorse", "2043-DM-000418", "DECREE OF DIVORCE", dt.date(2043, 6, 30),
        "Thomas A. Reinholt", "ELECTRONICALLY FILED  2043 Jun 30 PM 2:14  CLERK OF THE SEDGWICK COUNTY DISTRICT "
                              "COURT  CASE NUMBER: 2043-DM-000418", [
            "NOW on this 30th day of June, 2043, this matter comes before the Court on the Petition for Divorce. "
            "Petitioner appears in person and by counsel; Respondent appears in person and by counsel.",
            "The Court, having reviewed the file and heard the evidence, FINDS that it has jurisdiction of the "
            "parties and the subject matter, that the parties have been residents of Kansas for more than sixty "
            "days, and that the parties are incompatible.",
            "IT IS THEREFORE BY THE COURT ORDERED that the parties are granted a divorce, and that the parties' "
            "Property Settlement Agreement, filed herein, is approved and incorporated into this decree. "
            "Respondent shall pay Petitioner spousal maintenance as provided on page 3 of this decree."])
    pays = nets(er, ee, [dt.date(2043, 7, 20), dt.date(2043, 8, 5), dt.date(2043, 8, 20), dt.date(2043, 9, 4)],
                23.10, WH_KS2, "semi")
    chk, sav = "9021337460", "9021338815"
    addr = [app.street, "Wichita, KS 67204"]
    s1 = ironwood_statement(rng, [app.borrower], addr, chk, sav, dt.date(2043, 7, 11), 704.33, 2210.00,
                            [(9, "OSAGE HILLS TITLE PAYROLL", pays[dt.date(2043, 7, 20)]),
                             (21, "ZELLE FROM RUSSELL WHITEHORSE ALIMONY", alimony),
                             (25, "OSAGE HILLS TITLE PAYROLL", pays[dt.date(2043, 8, 5)])], DEBITS_KS, 40.00)
    s2 = ironwood_statement(rng, [app.borrower], addr, chk, sav, dt.date(2043, 8, 11), s1.fields["ending_balance"],
                            s1.savings_end, [(9, "OSAGE HILLS TITLE PAYROLL", pays[dt.date(2043, 8, 20)]),
                                             (21, "ZELLE FROM RUSSELL WHITEHORSE ALIMONY", alimony),
                                             (24, "OSAGE HILLS TITLE PAYROLL", pays[dt.date(2043, 9, 4)])],
                            DEBITS_KS, 40.00)
    letter = typed_letter([app.borrower], addr, app.loan, dt.date(2043, 9, 9), *PRAIRIE, [
        "My husband moved out in April and our divorce was final on June 30. The house was awarded to me, along "
        "with $600 a month in maintenance, which he pays on the first of each month.",
        "My salary and the maintenance are not enough to carry the payment we took on together. I am asking "
        "Prairie Lantern Bank to review me for a modification. I have attached my pay stub, my last two bank "
        "statements and the first page of the decree."], ink=False, seed=seed + 72)
    stem = f"Whitehorse_{app.loan}"
    p.pdf(f"{stem}_RMR.pdf", app_doc(), prairie_request(app, ink=False))
    p.pdf(f"{stem}_paystub.pdf", stub_doc(stub), stub.paper)
    p.pdf(f"{stem}_decree_p1.pdf", letter_doc(decree), decree.paper)
    p.pdf(f"{stem}_stmt_0810.pdf", stmt_doc(s1), s1.paper)
    p.pdf(f"{stem}_stmt_0910.pdf", stmt_doc(s2), s2.paper)
    p.pdf(f"{stem}_letter.pdf", letter_doc(letter), letter.paper)
    return p


def packet_aw8(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2043, 10, 27)
    er = Employer("Westgate Veterinary Hospital", "9410 West Hanna Lane", "Glendale, AZ 85305")
    rosa = Person("Rosa M. Quintana", "7719 North 43rd Drive", "Glendale, AZ 85301", "WVH-0712")
    stub = earnings_statement(er, rosa, dt.date(2043, 10, 23), dt.date(2043, 1, 2), 18.65, WH_AZ2, "Reception",
                              6610455)
    va = 1663.06
    app = App("5519203384", "Ernesto L. Quintana", "976-30-4418", "7719 North 43rd Drive", "Glendale", "AZ",
              "85301", "(623) 555-0127", "elquintana@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2043, 6, 12), "long", {"benefits_nontaxable": va}, dt.date(2043, 10, 22),
              co="Rosa M. Quintana", co_ssn="976-38-1290", co_income={"wages": stub.monthly}, seed=seed + 81)
    p = Packet("aw8", received, app, ["income_doc:benefits_nontaxable"])
    pays = nets(er, rosa, [dt.date(2043, 9, 11), dt.date(2043, 9, 25)], 18.65, WH_AZ2, "bi")
    addr = [app.street, "Glendale, AZ 85301"]
    st = ironwood_statement(rng, [app.borrower, app.co or ""], addr, "6604128873", "6604129940", dt.date(2043, 9, 8),
                            1022.47, 640.00, [(3, "WESTGATE VET HOSP PAYROLL", pays[dt.date(2043, 9, 11)]),
                                              (17, "WESTGATE VET HOSP PAYROLL", pays[dt.date(2043, 9, 25)]),
                                              (23, "VA BENEFIT DEP US TREASURY 220", va)], DEBITS_AZ, 0.0)
    letter = typed_letter([app.borrower], addr, app.loan, dt.date(2043, 10, 22), *CANYON, [
        "In June I was diagnosed with a degenerative condition of the spine and had to leave my job as a "
        "diesel mechanic. My VA disability rating was raised, and the VA compensation is now my only income. My "
        "wife works at a veterinary hospital.",
        "We can no longer make the full payment. We ask Canyon State to review us for a modification so we can "
        "stay in our home while I finish treatment."], ink=False, seed=seed + 82)
    stem = f"LN {app.loan} - "
    p.pdf(f"{stem}worksheet.pdf", app_doc(),
          canyon_worksheet(app, (1395.80, 0, 0, 0, 0, 251.30, 318.00, 0, 780.00, 160.00, 0, 80.00), (1120.50, 640.00),
                           ink=False))
    p.pdf(f"{stem}Rosa paystub 10-23.pdf", stub_doc(stub), stub.paper)
    p.pdf(f"{stem}Ironwood statement Oct.pdf", stmt_doc(st), st.paper)
    p.pdf("hardship letter.pdf", letter_doc(letter), letter.paper)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_aw1, packet_aw2, packet_aw3, packet_aw4, packet_aw5, packet_aw6,
                                             packet_aw7, packet_aw8]


def page_codes(path: Path) -> list[set[str]]:
    """The barcode and QR code texts found on every page of a PDF (rendered at 300 dpi)."""
    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for i in range(len(doc)):
            img = doc[i].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
            out.append({r.text for r in zxingcpp.read_barcodes(img)})
        return out
    finally:
        doc.close()


def check(out: Path, names: Sequence[str] | None = None) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned, separators."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    app_keys = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
                "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
    field_keys = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                               "gross_current", "gross_ytd", "net_current", "monthly_gross"},
                  "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                     "ending_balance"},
                  "hardship_letter": {"letter_date"}, "unemployment_benefit_letter": {"letter_date", "benefit_type"},
                  "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"}}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        if names and name not in names:
            continue
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year != 2043:
            problems.append(f"{name}: received {received}")
        if not re.fullmatch(r"\d{6,15}", exp["loan_number"]):
            problems.append(f"{name}: loan number {exp['loan_number']}")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if set(app) != app_keys:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: application loan number")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if app["signed"] != (app["signed_on"] is not None):
            problems.append(f"{name}: signed and signed_on disagree")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower and co_borrower_signed disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            want = field_keys.get(doc["type"], set())
            if set(doc["fields"]) != want:
                problems.append(f"{name}: {doc['type']} fields {sorted(doc['fields'])}")
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
        # every page of every file: listed in one document, or a separator reading LOAN <loan>
        inbox = exp_path.parent / "inbox"
        want_code = f"LOAN {exp['loan_number']}"
        for path in sorted(inbox.rglob("*.pdf")):
            rel = path.relative_to(inbox).as_posix()
            for i, codes in enumerate(page_codes(path), 1):
                listed = (rel, i) in seen
                if listed and any(c.startswith("LOAN") for c in codes):
                    problems.append(f"{name}: listed page {rel}#{i} carries a separator code {codes}")
                if not listed and want_code not in codes:
                    problems.append(f"{name}: page {rel}#{i} is neither listed nor a separator ({codes})")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (aw1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        problems += drawn_problems(p)
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        built.append(p.name)
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out, built)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
