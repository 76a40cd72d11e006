"""A forty-first holdout set of borrower packets (ap1..ap8), laid out unlike the shared samples and unlike every
earlier set (a, b .. z, aa .. an), written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_ap.py OUT_DIR [--seed N] [--check] [--only ap1 ap5 ...]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. No stunts: papers are typed; files are born-digital PDFs,
plain grey scans (200, 240 or 300 dpi, tilted 0.3 to 0.5 degrees, a little blurred and speckled, JPEG, no text
layer) or one plain fax (200 dpi, black and white, the sending machine's header line across the top of every page).
Hand-written parts are signatures (drawn strokes) and the dates beside them, plus - as real mail has them - the
BLOCK-CAPITAL answers of the one servicer form that borrowers fill in pen, and one hardship letter written by hand.

APPLICATIONS
- Tamarack Bay Mortgage Servicing (a small regional servicer, Traverse City MI), "MORTGAGE ASSISTANCE APPLICATION",
  form TB-1 (02/2038): ONE DENSE LANDSCAPE PAGE. A dark green rule under "TAMARACK BAY" / "MORTGAGE SERVICING" at
  the top left, the title, form number and "Page 1 of 1" at the top right, one instruction line ("Print or type.
  Answer every question in a small box by typing Y (yes) or N (no)."). The page is THREE COLUMNS split by thin
  vertical rules, each under a small-caps section heading: "A  Borrowers and property", "B  Hardship",
  "C  Monthly income and signatures". Every fill-in is a LABEL IN SMALL CAPS ABOVE AN ANSWER LINE, the answer typed
  in Courier on the line: Loan number; Borrower's full name; Borrower's SSN (last 4) and Phone side by side;
  Co-borrower's full name (blank when none); Co-borrower's SSN (last 4) and E-mail; Property street address; City /
  State / ZIP on one row; Mailing address if different. Every choice is a YES/NO QUESTION ENDING IN A SMALL SQUARE
  BOX HOLDING A TYPED "Y" OR "N": "Is the property your primary residence?", "Is it a second home?", "Is it a
  rental / investment property?" (the occupancy is the question answered Y), "Do you want to keep the property?",
  "Is the property listed for sale?", "Is a borrower on active military duty?"; column B asks the ten hardship
  questions in Form 710's order in the servicer's words ("Did a borrower lose a job?", "Was pay, hours or overtime
  cut?", "Did taxes, insurance or HOA dues go up?", "Did a disaster hit the home or workplace?", "Is a borrower or
  dependent seriously ill or disabled?", "Divorce or legal separation?", "Did unmarried co-owners separate?", "Did a
  borrower or wage earner die?", "Was a borrower transferred or relocated far away?", "Another reason? (explain
  below)"), then the explanation on two lines, "Date the hardship began (mm/dd/yyyy)" and three duration questions
  ("6 months or less?", "Longer than 6 months?", "Already resolved?"). Column C is eight income lines (labels above,
  "$" at the line's left, the amount right-aligned; unused lines left empty) and a heavier "Total monthly income"
  line, a small certification paragraph, then "Borrower signature" / "Date" and "Co-borrower signature" / "Date"
  lines. ap1 and ap8 typed and signed on screen (ap8 by both spouses); ap4 typed, printed, signed and dated in ink by
  both and scanned at 300 dpi with the HARDSHIP DATE LEFT BLANK; ap6 arrives TWICE - a first copy (income lines
  wrong: the child support left off and the total mis-added) and a CORRECTED SECOND COPY signed eight days later -
  the expected application is the corrected copy, both copies are listed as application documents.
- Quillfeather Home Loan Servicing (Asheville NC), "REQUEST FOR MORTGAGE ASSISTANCE", form QHL-RMA (01/2038), two
  portrait pages: the company's name in a serif face at the top left, the title and "Page n of 2" at the right. A
  grey INSTRUCTIONS box refers to the fields BY THEIR NUMBERS ("Fields 1 to 8 are about you ... Mark one box in 13.
  In 14 mark every reason that applies; if you mark Other, explain in 15. Write monthly amounts before taxes in 18
  to 25 and their total in 26. Each borrower signs in 27 / 29 and dates in 28 / 30."). Every field is a RULED CELL
  of a FOUR-COLUMN GRID (cells spanning one to four columns) with a NUMBER IN A SMALL CIRCLE at its top-left corner
  and a short label after the number; the answer sits low in the cell: 1 Loan number, 2 Borrower - full name, 3 SSN
  (last 4), 4 Phone, 5 E-mail, 6 Co-borrower - full name, 7 Co-borrower SSN (last 4), 8 Co-borrower phone,
  9 Property street address, 10 City, 11 State, 12 ZIP, 13 Occupancy (three boxes), 14 Reasons (ten boxes in two
  columns), 15 Explain "Other", 16 Date hardship began, 17 Expected to last (three boxes). Page 2 repeats "Loan
  number (field 1)", then 18..25 income cells four to a row (wages, self-employment, unemployment, taxable benefits,
  non-taxable benefits, rental, investment, other), 26 TOTAL, a certification paragraph, 27 Borrower signature | 28
  Date, 29 Co-borrower signature | 30 Date. ap5 typed in Courier in its PDF and signed on screen. ap2 and ap7
  FILLED IN PEN IN BLOCK CAPITALS (an upright sans face with a little jitter, boxes marked with a hand X),
  signed and dated in pen; ap2 scanned grey at 240 dpi (a co-borrower WITH A DIFFERENT LAST NAME, an unmarried
  partner), ap7 faxed with the date beside the borrower's signature LEFT EMPTY.
- The real Form 710 (April 2023) once: typed through its AcroForm and signed on screen with drawn strokes, the date
  typed (ap3).

PAY STUBS (every year-to-date figure is the sum of that year's checks by pay date; the frequency is printed)
- A discount retail chain's stub printed on a THERMAL-RECEIPT-LIKE NARROW STRIP (Brightway Discount Stores in ap1,
  Fairlane Family Dollar in ap8): about 3.1 inches wide, Courier throughout, centred store name and "STORE #0217",
  dashed rules, "EMPLOYEE PAY STUB", then key: value lines (EMPLOYEE, EMP ID, DEPT, PAY PERIOD mm/dd/yy-mm/dd/yy,
  PAY DATE, PAY FREQ SEMI-MONTHLY), an EARNINGS block "REGULAR 68.50 @ 14.25" with the amount on the next line and
  "YTD" beside it, overtime and holiday lines, GROSS PAY / YTD, TAXES, DEDUCTIONS, NET PAY, "*** THANK YOU ***". The
  strip lies on a flatbed and is scanned on a letter-size sheet (300 dpi in ap1, 240 dpi in ap8), one file a stub.
  Semi-monthly: the 1st-15th paid on the 20th, the 16th-month end paid on the 5th.
- A school bus contractor's bi-weekly "DRIVER EARNINGS STATEMENT" with SPLIT SHIFTS (Yellowbird Student
  Transportation in ap2, Cardinal Pupil Transport in ap7): an employee block, a DAILY LOG of the ten school days
  (date, AM route on/off times and hours, PM route on/off and hours, day total), then earnings "AM route", "PM
  route", "Split-shift premium" (per day worked), "Field trip / charter" (some checks), each with hours, rate,
  current and YTD; taxes and deductions with current and YTD; a GROSS / NET box. Scanned grey (ap2) or faxed (ap7).
- A military LEAVE AND EARNINGS STATEMENT for an active-duty soldier (ap3, born-digital as downloaded): landscape,
  a title bar, a row of ruled ID boxes (NAME, SSN as XXX-XX-nnnn, GRADE, BRANCH, YRS SVC, ETS, PERIOD COVERED, PAY
  DATE, PAY FREQUENCY MONTHLY), three side-by-side columns ENTITLEMENTS (BASE PAY, BAH - with "BAH TYPE W/DEP" and
  the ZIP in the remarks -, BAS), DEDUCTIONS (FEDERAL TAXES, FICA-SOC SECURITY, FICA-MEDICARE, SGLI, AFRH, TSP) and
  ALLOTMENTS, a SUMMARY column (+AMT FWD, +TOT ENT, -TOT DED, -TOT ALMT, =NET AMT, -MID-MONTH PAY, =EOM PAY) and a
  YTD row (YTD ENTITLE, YTD DEDUCT). Gross is the month's total entitlements (BAH and BAS included), net the NET AMT
  (the mid-month advance and the end-of-month payment together), monthly frequency; the employer is the U.S. Army
  (printed "U.S. ARMY - ACTIVE DUTY" in the title bar; DFAS only issues the statement).
- A union electrician's weekly stub from a contractor with MULTIPLE JOB SITES (Brightline Electric Contractors in
  ap4, scanned at 200 dpi): "LOCAL 1347 - INSIDE WIREMAN" classification, a table of hours by JOB NUMBER and SITE
  (straight time and time-and-a-half per site, rate, amount), earnings totals with YTD, taxes, union working dues
  and a voluntary deduction, and a separate box "EMPLOYER FRINGE CONTRIBUTIONS (not wages)" - pension, annuity,
  health and welfare - that is not part of gross pay.

BANK STATEMENTS
- A large national bank's two-page statement (Continental Union Bank, N.A.: ap3, ap6): a dark blue band, the owner's
  address, "Everyday Checking" with the account ending; on page 1 a TWO-COLUMN SUMMARY BOX - the checking figures
  (beginning balance, deposits and other additions, withdrawals and other subtractions, ending balance) on the left,
  "Account information" (account number, statement period, customer service) on the right; the checking register
  (Date / Description / Additions / Subtractions / Balance) across pages 1-2; then a SEPARATE "Savings" section on
  page 2 for a linked savings account with its own number, balances and interest. The expected fields are the
  checking account's (the statement's headline account).
- An online-only bank's CSV-LIKE PDF EXPORT (Lumen Direct Bank, ap5): a plain header (bank, "Account activity
  export", account "Online Checking ****nnnn", date range in ISO dates, generated time stamp), then a PLAIN TABLE of
  monospace rows "Date | Description | Category | Amount | Balance" with ISO dates and signed amounts, the first row
  "Opening balance" and the last "Closing balance"; no logo, no summary box.

LETTERS AND OTHER PAPERS
A typed hardship letter ending with a P.S. (ap1), typed letters without one (ap3, ap5), a HAND-WRITTEN hardship
letter on ruled paper (a slanted serif italic face standing in for script, with a wandering baseline) scanned in
ap2, a Department of Veterans Affairs disability compensation award letter (non-taxable, ap2), and a fax cover sheet
(ap7, not a document).

PACKETS AND DELIVERIES
Complete: ap1 (loose born-digital application and letter + two scanned strips, files "<loan>_..."; "other" hardship
explained by the letter), ap2 (one 240 dpi grey scan of the whole packet named "<Surname> <Surname> <loan>.pdf",
no separator: wages by two fresh stubs, VA letter for the co-borrower's non-taxable income, the illness covered by
the hand-written letter), ap6 (application twice + two consecutive fresh checking statements for a pension and
child support), ap8 (a folder named after the loan: application signed by both, two fresh strips; the co-borrower's
unemployment benefits need nothing).
Incomplete: ap3 (hardship_doc:relocation - PCS relocation claimed, the orders were not sent), ap4
(application_field:hardship_start_date), ap5 (irs_form_4506c - self-employment claimed, no 4506-C), ap7
(application_signature - the borrower's date is empty).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and the scenario's codes are asserted. `--check` validates every expected.json (keys,
codes, types, dates, that every listed page exists, that `scanned` matches the absence of a text layer). Received
dates fall between February and November 2038. Every file is the same bytes for a seed: reportlab runs in invariant
mode, scans use seeded noise, pypdf output carries fixed identifiers. All people, employers, banks and servicers are
fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test document" line.
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
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
BLOCK_FONT = FONT_DIR / "dejavu/DejaVuSans.ttf"
SCRIPT_FONT = FONT_DIR / "liberation2/LiberationSerif-Italic.ttf"
MONO_FONT = FONT_DIR / "dejavu/DejaVuSansMono.ttf"
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
    """Something the borrower adds by hand: a signature ("sig"), a hand-written date ("hand"), block capitals
    ("block") or a line of a hand-written letter ("script"). x, y: PDF points from the page's bottom-left (the
    baseline's left end); w: the signature's width."""

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


def smallcaps(c: Canvas, x: float, y: float, text: str, size: float = 6.5, font: str = "Helvetica",
              right: bool = False) -> float:
    """Text in small capitals: capitals at full size, lower-case letters as capitals at 78 per cent."""
    parts: list[tuple[str, float]] = []
    for ch in text:
        sz = size * 0.78 if ch.islower() else size
        parts.append((ch.upper(), sz))
    width = sum(stringWidth(ch, font, sz) for ch, sz in parts)
    if right:
        x -= width
    for ch, sz in parts:
        c.setFont(font, sz)
        c.drawString(x, y, ch)
        x += stringWidth(ch, font, sz)
    return width


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
    c.setCreator("holdout_packets_ap")
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
    tilt: float = 0.35
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
            continue
        rng = random.Random(m.seed)
        path = {"hand": HAND_FONT, "block": BLOCK_FONT, "script": SCRIPT_FONT}[m.kind]
        font = _font(path, round(m.size * scale))
        x = m.x * scale
        drift = 0.0
        for ch in m.text:
            if m.kind == "script":
                drift += rng.uniform(-0.12, 0.12) * scale
                drift = max(-1.6 * scale, min(1.6 * scale, drift))
                dy = drift + rng.uniform(-0.3, 0.3) * scale
            else:
                dy = rng.uniform(-0.8, 0.8) * scale
            draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
            spread = (1.04, 1.16) if m.kind == "block" else (0.95, 1.08) if m.kind == "hand" else (0.97, 1.03)
            x += font.getlength(ch) * rng.uniform(*spread)


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


def paper_print(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """The printed sheets of a paper (without its hand marks) and the marks to add in ink, page by page."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    pdf, marks = paper_print(paper)
    return scan_sheets(pdf, marks, style, seed)


def fax_header(sheet: ScannedPage, text: str, dpi: int) -> None:
    """The sending machine's header line printed across the top of a received fax page."""
    img = sheet.image.convert("L")
    draw = ImageDraw.Draw(img)
    draw.text((round(0.3 * dpi), round(0.12 * dpi)), text, fill=0, font=_font(MONO_FONT, round(8.5 * dpi / 72)),
              anchor="lt")
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
    writer.add_metadata({"/Producer": "holdout_packets_ap"})
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
    start: dt.date
    end: dt.date
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours or units, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def schedule(frequency: str, pay_date: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(period start, period end, pay date) of every check paid in pay_date's year up to pay_date."""
    out: list[tuple[dt.date, dt.date, dt.date]] = []
    if frequency in ("weekly", "biweekly"):
        step = 7 if frequency == "weekly" else 14
        d = pay_date
        while d.year == pay_date.year:
            end = d - dt.timedelta(days=6)
            out.append((end - dt.timedelta(days=step - 1), end, d))
            d -= dt.timedelta(days=step)
        return out[::-1]
    if frequency == "semimonthly":  # 1st-15th paid on the 20th, 16th-end paid on the 5th of the next month
        for month in range(0, pay_date.month + 1):
            y, m = (pay_date.year - 1, 12) if month == 0 else (pay_date.year, month)
            _, last = month_bounds(y, m)
            for start, end, pay in ((dt.date(y, m, 1), dt.date(y, m, 15), dt.date(y, m, 20)),
                                    (dt.date(y, m, 16), last, last + dt.timedelta(days=5))):
                if pay.year == pay_date.year and pay <= pay_date:
                    out.append((start, end, pay))
        return out
    for m in range(1, pay_date.month + 1):  # monthly, paid on the last day of the month
        start, end = month_bounds(pay_date.year, m)
        if end <= pay_date:
            out.append((start, end, end))
    return out


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    fica: bool = True
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check
    state_name: str = "State income tax"

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed)}
        if self.fica:
            out["Social Security"] = r2(gross * 0.062)
            out["Medicare"] = r2(gross * 0.0145)
        if self.state:
            out[self.state_name] = r2(gross * self.state)
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

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def thermal_stub(chain: str, store: str, store_addr: str, employee: str, emp_id: str, dept: str, pay_date: dt.date,
                 rate: float, hours: float, wh: Withholding, key: str) -> Stub:
    """A discount retail chain's semi-monthly pay stub printed on a narrow thermal strip, lying on a flatbed."""
    checks = []
    for start, end, pay in schedule("semimonthly", pay_date):
        rr = random.Random(f"{key}{pay}")
        reg = hours + rr.choice([-6.0, -2.5, 0.0, 0.0, 3.5])
        lines = {"REGULAR": (reg, rate, r2(reg * rate))}
        ot = rr.choice([0.0, 0.0, 2.5, 4.0])
        lines["OVERTIME"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        hol = 8.0 if (start.month, start.day) in ((1, 1), (5, 16), (7, 1), (11, 16), (12, 16)) else 0.0
        lines["HOLIDAY"] = (hol, rate, r2(hol * rate))
        checks.append(Check(start, end, pay, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    sw = 226.0  # the strip's width in points, about 3.1 inches

    def page(c: Canvas) -> list[Mark]:
        x0 = (W - sw) / 2 - 30
        top = 700.0
        rows: list[tuple[str, str, str]] = [  # (kind, left, right) kind: c centre, l line, d dashes, b bold
            ("b", chain.upper(), ""), ("c", f"STORE #{store}", ""), ("c", store_addr, ""), ("d", "", ""),
            ("b", "EMPLOYEE PAY STUB", ""), ("d", "", ""),
            ("l", "EMPLOYEE", employee.upper()), ("l", "EMP ID", emp_id), ("l", "DEPT", dept),
            ("l", "PAY PERIOD", f"{ch.start.strftime('%m/%d/%y')}-{ch.end.strftime('%m/%d/%y')}"),
            ("l", "PAY DATE", ch.pay_date.strftime("%m/%d/%y")), ("l", "PAY FREQ", "SEMI-MONTHLY"), ("d", "", ""),
            ("l", "EARNINGS", "CURRENT      YTD")]
        for k in ("REGULAR", "OVERTIME", "HOLIDAY"):
            q, rt, amt = ch.lines[k]
            if not amt and not ytd.get(k):
                continue
            rows.append(("l", f"{k} {q:.2f} @ {rt:.2f}" if q else k, ""))
            rows.append(("l", "", f"{money(amt):>9}{money(ytd[k]):>11}"))
        rows += [("l", "GROSS PAY", f"{money(ch.gross):>9}{money(ytd['GROSS']):>11}"), ("d", "", ""),
                 ("l", "TAXES", "")]
        for k, v in wh.taxes(ch.gross).items():
            short = {"Federal income tax": "FED W/H", "Social Security": "SOC SEC", "Medicare": "MEDICARE"}
            rows.append(("l", " " + short.get(k, "STATE W/H"), f"{money(v):>9}{money(ytd[k]):>11}"))
        rows.append(("l", "DEDUCTIONS", ""))
        for k, v in wh.deductions:
            rows.append(("l", " " + k.upper()[:14], f"{money(v):>9}{money(ytd[k]):>11}"))
        rows += [("d", "", ""), ("b2", "NET PAY", f"{money(net):>9}{money(ytd['NET']):>11}"), ("d", "", ""),
                 ("c", "DIRECT DEPOSIT - NOT A CHECK", ""), ("c", "*** THANK YOU ***", "")]
        height = 26 + 10.5 * len(rows)
        c.setFillGray(0.975)
        c.setStrokeGray(0.8)
        c.rect(x0, top - height, sw, height + 14, stroke=1, fill=1)
        c.setFillColor(black)
        c.setStrokeColor(black)
        y = top - 4
        for kind, left, right in rows:
            if kind == "d":
                c.setFont("Courier", 7.5)
                c.drawString(x0 + 8, y, "-" * 46)
            elif kind == "b":
                c.setFont("Courier-Bold", 9)
                c.drawCentredString(x0 + sw / 2, y, left)
            elif kind == "c":
                c.setFont("Courier", 7.5)
                c.drawCentredString(x0 + sw / 2, y, left)
            else:
                c.setFont("Courier-Bold" if kind == "b2" else "Courier", 7.5)
                c.drawString(x0 + 8, y, left)
                c.drawRightString(x0 + sw - 8, y, right)
            y -= 10.5
        return []

    return Stub(Paper([page]), stub_fields(chain, employee, ch, "semimonthly", ytd["GROSS"], net), pay_date)


def bus_stub(contractor: str, address: str, employee: str, emp_no: str, yard: str, pay_date: dt.date, rate: float,
             wh: Withholding, key: str) -> Stub:
    """A school bus contractor's bi-weekly driver earnings statement with split AM / PM shifts."""
    checks = []
    logs: list[tuple[dt.date, str, str, float, str, str, float]] = []
    for start, end, pay in schedule("biweekly", pay_date):
        if dt.date(end.year, 6, 12) <= start and end <= dt.date(end.year, 8, 20):
            continue  # no school, no routes: summer break has no checks
        rr = random.Random(f"{key}{pay}")
        days = [start + dt.timedelta(days=i) for i in range(14) if (start + dt.timedelta(days=i)).weekday() < 5]
        off = rr.choice([0, 0, 0, 1, 2])
        days = days[off:]
        am_h = pm_h = 0.0
        log = []
        for d in days:
            a = rr.choice([2.25, 2.5, 2.5, 2.75])
            p = rr.choice([2.5, 2.75, 2.75, 3.0])
            am_h += a
            pm_h += p
            a0 = rr.choice(["05:55", "06:05", "06:10"])
            p0 = rr.choice(["13:50", "14:00", "14:05"])
            log.append((d, a0, add_time(a0, a), a, p0, add_time(p0, p), p))
        trip = rr.choice([0.0, 0.0, 4.5, 6.0])
        lines = {"AM route": (am_h, rate, r2(am_h * rate)), "PM route": (pm_h, rate, r2(pm_h * rate)),
                 "Split-shift premium": (float(len(days)), 6.00, r2(len(days) * 6.00)),
                 "Field trip / charter": (trip, r2(rate + 1.5), r2(trip * (rate + 1.5)))}
        checks.append(Check(start, end, pay, lines))
        logs = log
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.93, 0.72, 0.1))
        c.rect(50, 728, 26, 26, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(84, 740, contractor)
        c.setFont("Helvetica", 8)
        c.drawString(84, 729, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 742, "DRIVER EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 731, "Bi-weekly payroll - keep for your records")
        c.setLineWidth(1)
        c.line(50, 720, 562, 720)
        info = [("Driver", employee), ("Employee no.", emp_no), ("Yard", yard),
                ("Pay period", f"{mdy(ch.start)} - {mdy(ch.end)}"), ("Pay date", mdy(ch.pay_date)),
                ("Pay frequency", "Bi-weekly")]
        y = 704
        for i, (k, v) in enumerate(info):
            x = 50 + (i % 3) * 172
            c.setFont("Helvetica", 7)
            c.drawString(x, y + 9, k.upper())
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x, y - 1, v)
            if i % 3 == 2:
                y -= 26
        y -= 6
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "DAILY LOG - SPLIT SHIFT")
        y -= 13
        c.setFont("Helvetica-Bold", 7)
        for x, t in ((50, "DATE"), (110, "AM ON"), (150, "AM OFF"), (228, "PM ON"), (268, "PM OFF")):
            c.drawString(x, y, t)
        for x, t in ((215, "AM HRS"), (335, "PM HRS"), (400, "DAY TOTAL")):
            c.drawRightString(x, y, t)
        c.line(50, y - 3, 410, y - 3)
        y -= 12
        c.setFont("Helvetica", 7.5)
        for d, a0, a1, a, p0, p1, p in logs:
            c.drawString(50, y, d.strftime("%a %m/%d"))
            c.drawString(110, y, a0)
            c.drawString(150, y, a1)
            c.drawRightString(215, y, f"{a:.2f}")
            c.drawString(228, y, p0)
            c.drawString(268, y, p1)
            c.drawRightString(335, y, f"{p:.2f}")
            c.drawRightString(400, y, f"{a + p:.2f}")
            y -= 10
        y -= 12
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "EARNINGS")
        for x, t in ((250, "HOURS"), (300, "RATE"), (380, "CURRENT"), (460, "YTD")):
            c.drawRightString(x, y, t)
        c.line(50, y - 3, 465, y - 3)
        y -= 12
        c.setFont("Helvetica", 8)
        for k, (q, rt, amt) in ch.lines.items():
            if not amt and not ytd.get(k):
                continue
            c.drawString(50, y, k + (" (days)" if k.startswith("Split") else ""))
            c.drawRightString(250, y, f"{q:.2f}" if q else "")
            c.drawRightString(300, y, f"{rt:.2f}" if q else "")
            c.drawRightString(380, y, money(amt))
            c.drawRightString(460, y, money(ytd[k]))
            y -= 11
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "Gross pay")
        c.drawRightString(380, y, money(ch.gross))
        c.drawRightString(460, y, money(ytd["GROSS"]))
        y -= 18
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "TAXES AND DEDUCTIONS")
        c.drawRightString(380, y, "CURRENT")
        c.drawRightString(460, y, "YTD")
        c.line(50, y - 3, 465, y - 3)
        y -= 12
        c.setFont("Helvetica", 8)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(50, y, k)
            c.drawRightString(380, y, money(v))
            c.drawRightString(460, y, money(ytd[k]))
            y -= 11
        c.setLineWidth(0.8)
        c.rect(400, 80, 162, 58, stroke=1, fill=0)
        c.setFont("Helvetica", 8)
        c.drawString(408, 124, "GROSS THIS PERIOD")
        c.drawRightString(556, 124, money(ch.gross))
        c.drawString(408, 110, "NET PAY THIS PERIOD")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(556, 109, money(net))
        c.setFont("Helvetica", 8)
        c.drawString(408, 94, "NET PAY YTD")
        c.drawRightString(556, 94, money(ytd["NET"]))
        return []

    return Stub(Paper([page]), stub_fields(contractor, employee, ch, "biweekly", ytd["GROSS"], net), pay_date)


def add_time(hhmm: str, hours: float) -> str:
    h, m = (int(v) for v in hhmm.split(":"))
    total = h * 60 + m + round(hours * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def les_stub(name: str, ssn: str, grade: str, branch: str, yrs: str, ets: str, month: tuple[int, int],
             base: float, bah: float, bas: float, mha: str, allot: float) -> Stub:
    """An active-duty soldier's monthly Leave and Earnings Statement (born-digital, as downloaded)."""
    start, end = month_bounds(*month)
    pay = end + dt.timedelta(days=1)
    ent = {"BASE PAY": base, "BAH": bah, "BAS": bas}
    tot_ent = r2(sum(ent.values()))
    ded = {"FEDERAL TAXES": r2(base * 0.072), "FICA-SOC SECURITY": r2(base * 0.062),
           "FICA-MEDICARE": r2(base * 0.0145), "SGLI": 31.00, "AFRH": 0.50, "TSP": r2(base * 0.05)}
    tot_ded = r2(sum(ded.values()))
    net = r2(tot_ent - tot_ded - allot)
    mid = r2(math.floor(net / 2))
    eom = r2(net - mid)
    months = month[1]
    ytd_ent = r2(tot_ent * months)
    ytd_ded = r2((tot_ded) * months)
    size = landscape(letter)
    ch = Check(start, end, pay, {k: (0.0, 0.0, v) for k, v in ent.items()})

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        c.setFillColor(black)
        c.rect(30, ph - 58, pw - 60, 26, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, ph - 50, "DEFENSE FINANCE AND ACCOUNTING SERVICE  MILITARY LEAVE AND EARNINGS STATEMENT")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(pw - 40, ph - 49, "U.S. ARMY - ACTIVE DUTY")
        c.setFillColor(black)
        boxes = [("NAME (LAST, FIRST, MI)", name, 170), ("SOC. SEC. NO.", f"XXX-XX-{ssn[-4:]}", 80),
                 ("GRADE", grade, 44), ("BRANCH", branch, 50), ("YRS SVC", yrs, 44), ("ETS", ets, 56),
                 ("PERIOD COVERED", f"{start.day:02d}-{end.day:02d} {start.strftime('%b').upper()} "
                                    f"{start.strftime('%y')}", 92),
                 ("PAY DATE", f"{pay.day:02d} {pay.strftime('%b').upper()} {pay.strftime('%y')}", 70),
                 ("PAY FREQUENCY", "MONTHLY", 126)]
        x = 30.0
        y = ph - 92
        c.setLineWidth(0.6)
        for cap, val, wd in boxes:
            c.rect(x, y, wd, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 3, y + 22, cap)
            c.setFont("Courier-Bold", 9)
            c.drawString(x + 3, y + 6, val)
            x += wd
        top = y - 8
        cols = [("ENTITLEMENTS", 30, 190), ("DEDUCTIONS", 220, 200), ("ALLOTMENTS", 420, 150),
                ("SUMMARY", 570, 192)]
        for title, cx, cw in cols:
            c.rect(cx, top - 250, cw, 250, stroke=1, fill=0)
            c.setFillGray(0.85)
            c.rect(cx, top - 14, cw, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(cx + cw / 2, top - 10, title)
        c.setFont("Courier", 8.5)
        yy = top - 28
        for k, v in ent.items():
            c.drawString(36, yy, k)
            c.drawRightString(214, yy, money(v))
            yy -= 12
        yy = top - 28
        for k, v in ded.items():
            c.drawString(226, yy, k)
            c.drawRightString(414, yy, money(v))
            yy -= 12
        c.drawString(426, top - 28, "SAVINGS ALLOT")
        c.drawRightString(564, top - 28, money(allot))
        yy = top - 28
        for k, v in (("+AMT FWD", 0.0), ("+TOT ENT", tot_ent), ("-TOT DED", tot_ded), ("-TOT ALMT", allot),
                     ("=NET AMT", net), ("-MID-MONTH PAY", mid), ("=EOM PAY", eom)):
            c.drawString(576, yy, k)
            c.drawRightString(756, yy, money(v))
            yy -= 12
        c.setFont("Courier-Bold", 8.5)
        c.drawString(36, top - 236, "TOTAL")
        c.drawRightString(214, top - 236, money(tot_ent))
        c.drawString(226, top - 236, "TOTAL")
        c.drawRightString(414, top - 236, money(tot_ded))
        c.drawString(426, top - 236, "TOTAL")
        c.drawRightString(564, top - 236, money(allot))
        yb = top - 282
        for i, (cap, val) in enumerate((("YTD ENTITLE", money(ytd_ent)), ("YTD DEDUCT", money(ytd_ded)),
                                        ("BAH TYPE", "W/DEP"), ("MHA ZIP", mha), ("DEPNS", "3"),
                                        ("BAS TYPE", "STANDARD"))):
            cx = 30 + i * 122
            c.rect(cx, yb, 122, 26, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(cx + 3, yb + 18, cap)
            c.setFont("Courier-Bold", 9)
            c.drawString(cx + 3, yb + 5, val)
        c.rect(30, 60, pw - 60, yb - 70, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(34, yb - 20, "REMARKS")
        c.setFont("Courier", 8)
        rem = [f"ENTITLEMENTS ARE MONTHLY AMOUNTS FOR THE PERIOD {mdy(start)} - {mdy(end)}.",
               f"MID-MONTH PAY OF {money(mid)} WAS DEPOSITED {start.replace(day=15).strftime('%d %b %y').upper()}. "
               f"EOM PAY OF {money(eom)} WILL BE DEPOSITED {pay.strftime('%d %b %y').upper()}.",
               f"BAH RATE IS BASED ON YOUR DUTY STATION MHA ZIP {mha} WITH DEPENDENTS.",
               "BAH AND BAS ARE NOT SUBJECT TO FEDERAL INCOME TAX OR FICA."]
        for i, ln in enumerate(rem):
            c.drawString(36, yb - 34 - 11 * i, ln)
        return []

    fields = stub_fields("U.S. Army", name_first_last(name), ch, "monthly", ytd_ent, net)  # DFAS only pays
    return Stub(Paper([page], size), fields, pay)


def name_first_last(les_name: str) -> str:
    last, rest = les_name.split(",", 1)
    return f"{rest.strip().title()} {last.strip().title()}"


def electrician_stub(contractor: str, address: str, employee: str, emp_no: str, pay_date: dt.date, rate: float,
                     sites: Sequence[tuple[str, str]], wh: Withholding, key: str) -> Stub:
    """A union electrician's weekly stub with hours split over several job sites."""
    checks = []
    alloc: list[tuple[str, str, float, float]] = []
    for start, end, pay in schedule("weekly", pay_date):
        rr = random.Random(f"{key}{pay}")
        chosen = rr.sample(list(sites), rr.choice([2, 2, 3]))
        st_total = rr.choice([40.0, 40.0, 32.0, 40.0])
        split = [float(round(st_total * w)) for w in (0.5, 0.3, 0.2)[:len(chosen)]]
        split[0] += st_total - sum(split)
        rows = []
        ot_total = 0.0
        for (job, site), st in zip(chosen, split, strict=True):
            ot = rr.choice([0.0, 0.0, 2.0, 4.0])
            ot_total += ot
            rows.append((job, site, st, ot))
        lines = {"Straight time": (st_total, rate, r2(st_total * rate)),
                 "Overtime 1.5x": (ot_total, r2(rate * 1.5), r2(ot_total * rate * 1.5))}
        checks.append(Check(start, end, pay, lines))
        alloc = rows
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    st_hours = ch.lines["Straight time"][0]
    fringe = [("NEBF pension (3%)", r2(ch.gross * 0.03)), ("Local annuity fund", r2(st_hours * 4.5)),
              ("Health and welfare", r2(st_hours * 9.1))]

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 17)
        c.drawString(50, 738, contractor.upper())
        c.setFont("Helvetica", 8)
        c.drawString(50, 726, address + "  -  Signatory contractor, Electrical Workers Local 1347")
        c.setLineWidth(2.5)
        c.line(50, 718, 562, 718)
        c.setLineWidth(0.6)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 700, "WEEKLY EARNINGS STATEMENT")
        c.setFont("Helvetica", 8.5)
        rows = [("Employee", employee), ("Employee no.", emp_no), ("Classification", "LOCAL 1347 - INSIDE WIREMAN"),
                ("Week ending", mdy(ch.end)), ("Work week", f"{mdy(ch.start)} to {mdy(ch.end)}"),
                ("Check date", mdy(ch.pay_date)), ("Pay frequency", "Weekly")]
        y = 684
        for i, (k, v) in enumerate(rows):
            x = 50 if i % 2 == 0 else 310
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x, y, k + ":")
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 82, y, v)
            if i % 2 == 1:
                y -= 13
        y -= 22
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "HOURS BY JOB SITE")
        y -= 13
        c.setFont("Helvetica-Bold", 7)
        c.drawString(50, y, "JOB NO.")
        c.drawString(100, y, "SITE")
        for x, t in ((330, "ST HRS"), (380, "OT HRS"), (440, "ST RATE"), (500, "OT RATE"), (560, "AMOUNT")):
            c.drawRightString(x, y, t)
        c.line(50, y - 3, 562, y - 3)
        y -= 12
        c.setFont("Helvetica", 8)
        for job, site, st, ot in alloc:
            c.drawString(50, y, job)
            c.drawString(100, y, site)
            c.drawRightString(330, y, f"{st:.2f}")
            c.drawRightString(380, y, f"{ot:.2f}")
            c.drawRightString(440, y, f"{rate:.2f}")
            c.drawRightString(500, y, f"{rate * 1.5:.2f}")
            c.drawRightString(560, y, money(r2(st * rate + ot * rate * 1.5)))
            y -= 11
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "EARNINGS")
        for x, t in ((250, "HOURS"), (300, "RATE"), (390, "THIS WEEK"), (470, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.line(50, y - 3, 475, y - 3)
        y -= 12
        c.setFont("Helvetica", 8.5)
        for k, (q, rt, amt) in ch.lines.items():
            c.drawString(50, y, k)
            c.drawRightString(250, y, f"{q:.2f}")
            c.drawRightString(300, y, f"{rt:.2f}")
            c.drawRightString(390, y, money(amt))
            c.drawRightString(470, y, money(ytd[k]))
            y -= 11.5
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "GROSS PAY")
        c.drawRightString(390, y, money(ch.gross))
        c.drawRightString(470, y, money(ytd["GROSS"]))
        y -= 18
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "TAXES AND DEDUCTIONS")
        c.line(50, y - 3, 475, y - 3)
        y -= 12
        c.setFont("Helvetica", 8.5)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(50, y, k)
            c.drawRightString(390, y, money(v))
            c.drawRightString(470, y, money(ytd[k]))
            y -= 11.5
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(50, y - 6, "NET PAY")
        c.drawRightString(390, y - 6, money(net))
        c.drawRightString(470, y - 6, money(ytd["NET"]))
        by = y - 100
        c.setDash(2, 2)
        c.rect(50, by, 300, 70, stroke=1, fill=0)
        c.setDash()
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(56, by + 58, "EMPLOYER FRINGE CONTRIBUTIONS (not wages - paid to the funds)")
        c.setFont("Helvetica", 8)
        for i, (k, v) in enumerate(fringe):
            c.drawString(56, by + 42 - 12 * i, k)
            c.drawRightString(340, by + 42 - 12 * i, money(v))
        return []

    return Stub(Paper([page]), stub_fields(contractor, employee, ch, "weekly", ytd["GROSS"], net), pay_date)


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def transactions(rng: random.Random, start: dt.date, end: dt.date,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    debits = [("MORTGAGE PMT TAMARACK BAY", 0), ("MEIJER #221 PURCHASE", 1), ("CONSUMERS ENERGY PAYMENT", 0),
              ("SPEEDWAY 4410 PURCHASE", 1), ("T-MOBILE AUTOPAY", 0), ("CVS/PHARMACY #0817", 1),
              ("PROGRESSIVE INS", 0), ("ATM WITHDRAWAL", 1), ("ALDI 77 PURCHASE", 1)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(18, 130) if small else rng.uniform(80, 380))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def continental_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, savings: str,
                          year: int, month: int, begin: float, sav_begin: float,
                          credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Continental Union Bank, N.A.: two pages, a two-column summary box, a separate savings section."""
    bank = "Continental Union Bank, N.A."
    start, end = month_bounds(year, month)
    transfer = 50.0
    lines = transactions(rng, start, end, credits)
    lines.append((start + dt.timedelta(days=14), f"ONLINE TRANSFER TO SAVINGS ...{savings[-4:]}", -transfer))
    lines.sort(key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in lines))
    add = r2(sum(a for _, _, a in lines if a > 0))
    sub = r2(-sum(a for _, _, a in lines if a < 0))
    interest = r2(sav_begin * 0.0004)
    sav_end = r2(sav_begin + transfer + interest)
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:9], rows[9:]

    def band(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.05, 0.15, 0.4))
        c.rect(0, 742, W, 50, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(40, 762, "CONTINENTAL UNION BANK")
        c.setFont("Helvetica", 8)
        c.drawString(40, 750, "N.A.  -  Member FDIC")
        c.setFont("Helvetica", 9)
        c.drawRightString(572, 765, f"Everyday Checking  -  account ending {acct[-4:]}")
        c.drawRightString(572, 752, f"{long_date(start)} through {long_date(end)}   Page {n} of 2")
        c.setFillColor(black)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "Date")
        c.drawString(90, y, "Description")
        c.drawRightString(420, y, "Additions")
        c.drawRightString(495, y, "Subtractions")
        c.drawRightString(572, y, "Balance")
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in part:
            c.drawString(40, y, d.strftime("%m/%d"))
            c.drawString(90, y, desc)
            c.drawRightString(420 if a > 0 else 495, y, money(abs(a)))
            c.drawRightString(572, y, money(b))
            y -= 13
        return y

    def page1(c: Canvas) -> list[Mark]:
        band(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 712
        for ln in [holder.upper(), *address]:
            c.drawString(40, y, ln)
            y -= 12
        c.setLineWidth(0.8)
        c.rect(40, 520, 532, 130, stroke=1, fill=0)
        c.line(306, 520, 306, 650)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, 636, "Everyday Checking summary")
        c.drawString(314, 636, "Account information")
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Beginning balance on " + mdy(start), money(begin)),
                                    ("Deposits and other additions", money(add)),
                                    ("Withdrawals and other subtractions", "-" + money(sub)),
                                    ("Ending balance on " + mdy(end), money(ending)))):
            if i == 3:
                c.setFont("Helvetica-Bold", 8.5)
                c.line(48, 617 - 18 * i + 12, 298, 617 - 18 * i + 12)
            c.drawString(48, 617 - 18 * i, k)
            c.drawRightString(298, 617 - 18 * i, v)
        c.setFont("Helvetica", 8.5)
        for i, ln in enumerate((f"Account number: {acct}", f"Statement period: {mdy(start)} - {mdy(end)}",
                                "Customer service: 1-800-555-0142", "continentalunion.example/help",
                                f"Linked savings: see page 2 (ending {savings[-4:]})")):
            c.drawString(314, 617 - 16 * i, ln)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 496, "Transaction history - Everyday Checking")
        register(c, 478, first)
        return []

    def page2(c: Canvas) -> list[Mark]:
        band(c, 2)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 716, "Transaction history - Everyday Checking (continued)")
        y = register(c, 698, rest)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(90, y - 2, f"Ending balance on {mdy(end)}")
        c.drawRightString(572, y - 2, money(ending))
        y -= 40
        c.setFillGray(0.9)
        c.rect(40, y - 4, 532, 18, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(46, y + 1, f"Savings  -  Way Ahead Savings, account ending {savings[-4:]}")
        y -= 24
        c.setFont("Helvetica", 8.5)
        for k, v in (("Beginning balance", sav_begin), ("Transfer from checking", transfer),
                     ("Interest paid this period", interest), ("Ending balance", sav_end)):
            c.drawString(46, y, k)
            c.drawRightString(300, y, money(v))
            y -= 13
        c.drawString(46, y - 4, "Annual percentage yield earned 0.48%.")
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "In case of errors or questions about your electronic transfers, call 1-800-555-0142.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def lumen_export(rng: random.Random, holder: str, acct: str, year: int, month: int, begin: float,
                 credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Lumen Direct Bank (online only): the month's activity exported to a plain, CSV-like table."""
    bank = "Lumen Direct Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    cats = {"MORTGAGE": "Housing", "MEIJER": "Groceries", "ALDI": "Groceries", "ENERGY": "Utilities",
            "MOBILE": "Utilities", "SPEEDWAY": "Auto", "INS": "Insurance", "CVS": "Health", "ATM": "Cash"}

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 750, "Lumen Direct Bank - Account activity export")
        c.setFont("Courier", 8.5)
        head = [f"Account holder: {holder}", f"Account: Online Checking ****{acct[-4:]}",
                f"Date range: {start.isoformat()} to {end.isoformat()}",
                f"Generated: {(end + dt.timedelta(days=2)).isoformat()} 09:14 UTC", "Format: PDF (table)"]
        y = 732
        for ln in head:
            c.drawString(40, y, ln)
            y -= 11
        y -= 10
        cols = [(40, "Date"), (110, "Description"), (340, "Category")]
        c.setFont("Courier-Bold", 8.5)
        for x, t in cols:
            c.drawString(x, y, t)
        c.drawRightString(490, y, "Amount")
        c.drawRightString(572, y, "Balance")
        c.setLineWidth(0.4)
        c.line(40, y - 3, 572, y - 3)
        y -= 13
        c.setFont("Courier", 8.5)
        rows = [(start, "Opening balance", "", None, begin)]
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            cat = next((v for k, v in cats.items() if k in desc), "Income" if a > 0 else "Other")
            rows.append((d, desc, cat, a, bal))
        rows.append((end, "Closing balance", "", None, ending))
        for d, desc, cat, a, b in rows:
            c.drawString(40, y, d.isoformat())
            c.drawString(110, y, desc[:36])
            c.drawString(340, y, cat)
            c.drawRightString(490, y, "" if a is None else f"{a:.2f}")
            c.drawRightString(572, y, f"{b:.2f}")
            c.line(40, y - 3, 572, y - 3)
            y -= 13
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- letters and papers ---------------------------------------------------------------------------------------


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int, ps: str = "") -> Paper:
    """A typed hardship letter; signed in ink only when it was printed and mailed; a P.S. under the names."""

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
        y = paragraphs(c, 72, y, W - 144, ["Dear Loss Mitigation Department:", *paras])
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
        if ps:
            paragraphs(c, 72, sy - 44, W - 144, [f"P.S. {ps}"])
        return marks

    return Paper([page])


def handwritten_letter(writer: str, loan: str, date: dt.date, servicer: str, paras: Sequence[str],
                       seed: int) -> Paper:
    """A hardship letter written by hand on ruled paper (only ever scanned)."""

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.62, 0.75, 0.9))
        c.setLineWidth(0.5)
        for i in range(30):
            c.line(36, 720 - 22 * i, W - 36, 720 - 22 * i)
        c.setStrokeColor(Color(0.9, 0.55, 0.55))
        c.line(84, 40, 84, 760)
        c.setStrokeColor(black)
        lines: list[str] = [long_date(date), "", f"To {servicer},", f"Re: my loan number {loan}", ""]
        for para in paras:
            lines += wrap(para, "Times-Italic", 14.5, W - 150)
            lines.append("")
        lines += ["Thank you,"]
        marks: list[Mark] = []
        for i, ln in enumerate(lines):
            if ln:
                x = 400 if i == 0 else 92
                marks.append(Mark("script", x, 723 - 22 * i, ln, size=14.5, seed=seed * 100 + i))
        sy = 723 - 22 * (len(lines) + 1)
        marks.append(Mark("sig", 92, sy, w=150, seed=seed))
        marks.append(Mark("script", 92, sy - 22, writer, size=14.5, seed=seed + 7))
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


def va_award_letter(veteran: str, address: Sequence[str], date: dt.date, monthly: float, rating: int,
                    effective: dt.date) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        letterhead(c, "DEPARTMENT OF VETERANS AFFAIRS", "Regional Benefit Office  -  PO Box 8079, Philadelphia, PA "
                   "19101  -  In reply refer to: 310/21", Color(0.1, 0.2, 0.42))
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 664
        for ln in [veteran, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, "Summary of Benefits - Disability Compensation")
        y -= 24
        y = paragraphs(c, 72, y, W - 144, [
            f"This letter is a summary of benefits you currently receive from the Department of Veterans Affairs. "
            f"Our records show that you are a veteran with a combined service-connected evaluation of {rating} "
            "percent.",
            f"You are receiving disability compensation of ${money(monthly)} each month, paid monthly on the first "
            f"business day of the month, effective {long_date(effective)}. VA disability compensation is not "
            "taxable income.",
            "You may use this letter to apply for housing, mortgage assistance, or other benefits."])
        for k, v in (("Monthly award amount", "$" + money(monthly)), ("Payment frequency", "Monthly"),
                     ("Effective date", mdy(effective)), ("Combined evaluation", f"{rating}%")):
            c.setFont("Times-Roman", 11)
            c.drawString(96, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(300, y, v)
            y -= 15
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 18, "Sincerely yours,")
        c.drawString(72, y - 46, "Regional Office Director")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_nontaxable")


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, 700, "FACSIMILE TRANSMITTAL")
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
    start: dt.date | None  # None: left blank on the form
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_phone: str = ""
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    printed_total: float | None = None  # a total written on the form that is not the sum of its lines
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return self.printed_total if self.printed_total is not None else r2(sum(self.income.values()))

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


def form710_screen(app: App) -> bytes:
    """The real Form 710 typed through its AcroForm, signed with drawn strokes over the signature field, the date
    typed into its field."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_22": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True, "Checkbox_27": True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "1,240.00", "Number_11": "3,100.00"}
    if app.start:
        values["Date_1"] = mdy(app.start)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
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
    return fixed_pypdf_bytes(writer, f"ap710{app.loan}")


# Tamarack Bay TB-1: one dense landscape page, three columns, small-caps labels above lines, Y / N boxes.

TB_REASONS = ("Did a borrower lose a job?", "Was pay, hours or overtime cut?",
              "Did taxes, insurance or HOA dues go up?",
              "Did a disaster hit the home or workplace?", "Is a borrower or dependent seriously ill or disabled?",
              "Divorce or legal separation?", "Did unmarried co-owners separate?",
              "Did a borrower or wage earner die?", "Was a borrower transferred or relocated far away?",
              "Another reason? (explain below)")
TB_INCOME = ("Wages, salary, overtime, tips, bonuses, commissions", "Self-employment income",
             "Unemployment benefits", "Taxable Social Security, pension, disability, public assistance",
             "Non-taxable Social Security or disability", "Rental income (less expenses except mortgage)",
             "Investment or insurance income", "Other: alimony, child support, separate maintenance")


def tb_field(c: Canvas, x: float, y: float, w: float, label: str, value: str, bold: bool = False) -> None:
    """A small-caps label above an answer line; the answer typed in Courier on the line."""
    c.setFillGray(0.25)
    smallcaps(c, x, y, label, 6.3, "Helvetica-Bold" if bold else "Helvetica")
    c.setFillColor(black)
    c.setLineWidth(0.9 if bold else 0.45)
    c.line(x, y - 15, x + w, y - 15)
    if value:
        c.setFont("Courier-Bold" if bold else "Courier", 9.5)
        c.drawString(x + 2, y - 12.5, value)


def tb_money(c: Canvas, x: float, y: float, w: float, label: str, amount: float | None, bold: bool = False) -> None:
    tb_field(c, x, y, w, label, "", bold)
    c.setFont("Helvetica", 8)
    c.drawString(x + 1, y - 12.5, "$")
    if amount:
        c.setFont("Courier-Bold" if bold else "Courier", 9.5)
        c.drawRightString(x + w - 4, y - 12.5, money(amount))


def tb_yn(c: Canvas, x: float, y: float, w: float, question: str, yes: bool) -> None:
    """A question ending in a small square box holding a typed Y or N."""
    c.setFont("Helvetica", 7)
    c.drawString(x, y, question)
    c.setLineWidth(0.6)
    c.rect(x + w - 10, y - 2.5, 10, 10, stroke=1, fill=0)
    c.setFont("Courier-Bold", 8.5)
    c.drawCentredString(x + w - 5, y - 0.5, "Y" if yes else "N")


def tb1(app: App, ink: bool) -> Paper:
    size = landscape(letter)

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        c.setFillColor(Color(0.1, 0.3, 0.2))
        c.setFont("Times-Bold", 17)
        c.drawString(30, ph - 40, "TAMARACK BAY")
        smallcaps(c, 30, ph - 51, "Mortgage Servicing  -  410 Bayshore Drive, Traverse City, MI 49684", 7)
        c.setStrokeColor(Color(0.1, 0.3, 0.2))
        c.setLineWidth(2)
        c.line(30, ph - 58, pw - 30, ph - 58)
        c.setStrokeColor(black)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(pw - 30, ph - 38, "MORTGAGE ASSISTANCE APPLICATION")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(pw - 30, ph - 50, "Form TB-1 (02/2038)  -  Page 1 of 1")
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(30, ph - 70, "Print or type. Answer every question in a small box by typing Y (yes) or N (no). "
                                  "Sign and date at the bottom of column C and return with your documents.")
        ax, bx, cx = 30.0, 284.0, 536.0
        aw, bw, cw = 242.0, 238.0, 226.0
        c.setLineWidth(0.4)
        c.line(277, 40, 277, ph - 80)
        c.line(529, 40, 529, ph - 80)
        top = ph - 94
        for x, w, t in ((ax, aw, "A  Borrowers and property"), (bx, bw, "B  Hardship"),
                        (cx, cw, "C  Monthly income and signatures")):
            c.setFillColor(Color(0.1, 0.3, 0.2))
            smallcaps(c, x, top, t, 9, "Helvetica-Bold")
            c.setFillColor(black)
            c.setLineWidth(0.8)
            c.line(x, top - 4, x + w, top - 4)
        # column A
        y = top - 20
        tb_field(c, ax, y, aw, "Loan number", app.loan)
        y -= 25
        tb_field(c, ax, y, aw, "Borrower's full name", app.borrower)
        y -= 25
        tb_field(c, ax, y, 80, "Borrower's SSN (last 4)", app.ssn[-4:])
        tb_field(c, ax + 92, y, aw - 92, "Phone", app.phone)
        y -= 25
        tb_field(c, ax, y, aw, "Co-borrower's full name (if any)", app.co or "")
        y -= 25
        tb_field(c, ax, y, 80, "Co-borrower's SSN (last 4)", (app.co_ssn or "")[-4:])
        tb_field(c, ax + 92, y, aw - 92, "E-mail", app.email)
        y -= 25
        tb_field(c, ax, y, aw, "Property street address", app.street)
        y -= 25
        tb_field(c, ax, y, 130, "City", app.city)
        tb_field(c, ax + 140, y, 34, "State", app.state)
        tb_field(c, ax + 184, y, aw - 184, "ZIP", app.zip)
        y -= 25
        tb_field(c, ax, y, aw, "Mailing address, if different", "")
        y -= 30
        for q, yes in (("Is the property your primary residence?", app.occupancy == "primary_residence"),
                       ("Is it a second home?", app.occupancy == "second_home"),
                       ("Is it a rental / investment property?", app.occupancy == "investment_property"),
                       ("Do you want to keep the property?", True), ("Is the property listed for sale?", False),
                       ("Is a borrower on active military duty?", False),
                       ("Is a borrower in an open bankruptcy case?", False)):
            tb_yn(c, ax, y, aw, q, yes)
            y -= 14
        y -= 10
        tb_field(c, ax, y, 110, "People in the household", "4" if app.co else "2")
        tb_field(c, ax + 122, y, aw - 122, "Monthly HOA dues, if any", "")
        y -= 30
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(ax, y, "Other debts and assets (monthly payment or balance).")
        y -= 13
        for left, right in (("Second mortgage / HELOC payment", "Car loan payments"),
                            ("Credit card minimum payments", "Checking and cash on hand"),
                            ("Savings, money market, CDs", "Stocks and bonds (not retirement)")):
            tb_field(c, ax, y, 115, left, "")
            tb_field(c, ax + 127, y, aw - 127, right, "")
            y -= 25
        # column B
        y = top - 20
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(bx, y, "What caused your hardship? Answer each question Y or N.")
        y -= 15
        for i, q in enumerate(TB_REASONS):
            tb_yn(c, bx, y, bw, f"{i + 1}.  {q}", HARDSHIPS[i] in app.hardships)
            y -= 14.5
        y -= 10
        lines = wrap(app.other_text, "Courier", 9.5, bw - 4) if app.other_text else ["", ""]
        tb_field(c, bx, y, bw, "If another reason, explain", lines[0])
        y -= 19
        c.setLineWidth(0.45)
        c.line(bx, y - 15, bx + bw, y - 15)
        if len(lines) > 1 and lines[1]:
            c.setFont("Courier", 9.5)
            c.drawString(bx + 2, y - 12.5, lines[1])
        y -= 28
        tb_field(c, bx, y, 130, "Date the hardship began (mm/dd/yyyy)", mdy(app.start) if app.start else "")
        y -= 30
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(bx, y, "How long will the hardship last?")
        y -= 14
        for q, yes in (("6 months or less?", app.duration == "short"),
                       ("Longer than 6 months?", app.duration == "long"),
                       ("Already resolved?", app.duration == "resolved")):
            tb_yn(c, bx, y, bw, q, yes)
            y -= 14
        y -= 10
        for q in ("Has a borrower filed for bankruptcy in the last 2 years?", "Is there a second mortgage or HELOC?",
                  "Are you working with a housing counselor?", "Has the property been damaged and not repaired?",
                  "Is the property vacant?"):
            tb_yn(c, bx, y, bw, q, False)
            y -= 14
        y -= 8
        c.setFont("Helvetica-Bold", 6.8)
        c.drawString(bx, y, "SEND WITH THIS PAGE")
        c.setFont("Helvetica", 6.5)
        for ln in ("- Most recent pay stub with year-to-date earnings, or two bank statements",
                   "- Award letters for Social Security, pension, disability or other benefits",
                   "- Two bank statements for self-employment, rental or other income",
                   "- A letter explaining an 'Another reason' hardship (question 10)",
                   "- IRS Form 4506-C if self-employment or rental income is listed"):
            y -= 8.5
            c.drawString(bx, y, ln)
        # column C
        y = top - 20
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(cx, y, "Monthly amounts before taxes, all borrowers together.")
        y -= 14
        for k, label in zip(INCOMES, TB_INCOME, strict=True):
            tb_money(c, cx, y, cw, label, app.income.get(k, 0.0) or None)
            y -= 23
        tb_money(c, cx, y, cw, "Total monthly income", app.total, bold=True)
        y -= 26
        y = paragraphs(c, cx, y, cw, [
            "I certify that this information is true and complete, that the hardship described contributed to my "
            "need for help, and I consent to Tamarack Bay obtaining a credit report for each borrower. Knowingly "
            "false statements may violate federal law."], font="Helvetica", size=6.3, leading=7.8)
        marks: list[Mark] = []
        y -= 14
        people = [("Borrower signature", app.b_signs, app.b_dates, 0),
                  ("Co-borrower signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for label, signs, dates, k in people:
            tb_field(c, cx, y, 148, label, "")
            tb_field(c, cx + 158, y, cw - 158, "Date", "")
            if signs:
                marks.append(Mark("sig", cx + 8, y - 14, w=100, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", cx + 160, y - 13, mdy(app.signed_on), size=10, seed=app.seed + 9 + k))
                else:
                    c.setFont("Courier", 9.5)
                    c.drawString(cx + 160, y - 12.5, mdy(app.signed_on))
            y -= 36
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.rect(cx, 62, cw, 56, stroke=1, fill=0)
        c.setDash()
        smallcaps(c, cx + 4, 108, "For Tamarack Bay use only", 6.3, "Helvetica-Bold")
        c.setFont("Helvetica", 6.3)
        c.drawString(cx + 4, 96, "Received: ____________   Reviewer: __________")
        c.drawString(cx + 4, 84, "Complete [  ]   Incomplete [  ]   Notice sent: ______")
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.3)
        c.drawString(cx, 46, "Mail: TB-1, PO Box 1180, Traverse City, MI 49685")
        c.drawString(cx, 38, "Fax: (231) 555-0166")
        c.setFillColor(black)
        return marks

    return Paper([page], size)


# Quillfeather QHL-RMA: numbered fields in circles, a four-column grid, instructions by number.

QHL_REASONS = ("Unemployment", "Reduced income (hours, pay, overtime)", "Higher housing costs (taxes, insurance)",
               "Disaster (home or workplace)", "Disability or serious illness", "Divorce or legal separation",
               "Separation of unmarried co-borrowers", "Death of a borrower or wage earner",
               "Distant job transfer / relocation", "Other (explain in 15)")
QHL_INCOME = ("Gross wages, salary, overtime, tips, bonuses", "Self-employment income", "Unemployment benefits",
              "Taxable Social Security, pension, disability", "Non-taxable Social Security / disability",
              "Rental income (less expenses)", "Investment or insurance income",
              "Other (alimony, child support, other)")
GX, GW = 40.0, 133.0


def circled(c: Canvas, x: float, y: float, n: int) -> None:
    c.setLineWidth(0.6)
    c.circle(x, y, 6.2, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 6.5 if n < 10 else 6)
    c.drawCentredString(x, y - 2.3, str(n))


def qcell(c: Canvas, col: int, span: int, top: float, h: float, n: int, label: str) -> tuple[float, float]:
    """A ruled grid cell with its number in a circle and a label; returns its (x, bottom)."""
    x = GX + col * GW
    c.setLineWidth(0.6)
    c.rect(x, top - h, GW * span, h, stroke=1, fill=0)
    circled(c, x + 9, top - 9, n)
    c.setFont("Helvetica", 6.8)
    c.drawString(x + 18, top - 11.5, label)
    return x, top - h


def qhl(app: App, hand: bool) -> Paper:
    """hand: filled in pen in block capitals (marks); otherwise typed in Courier in the PDF."""

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.3, 0.15, 0.4))
        c.setFont("Times-Bold", 16)
        c.drawString(40, 742, "Quillfeather")
        c.setFont("Times-Roman", 9)
        c.drawString(40, 730, "HOME LOAN SERVICING  -  22 Haywood Street, Asheville, NC 28801")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 744, "REQUEST FOR MORTGAGE ASSISTANCE")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 732, f"Form QHL-RMA (01/2038)  -  Page {n} of 2")
        c.setLineWidth(1)
        c.line(40, 722, 572, 722)

    def put(marks: list[Mark], c: Canvas, x: float, y: float, text: str, seed: int) -> None:
        if not text:
            return
        if hand:
            marks.append(Mark("block", x, y, text.upper(), size=10.5, seed=seed))
        else:
            c.setFont("Courier", 10)
            c.drawString(x, y, text)

    def box(marks: list[Mark], c: Canvas, x: float, y: float, on: bool, label: str, seed: int) -> None:
        c.setLineWidth(0.6)
        c.rect(x, y, 8, 8, stroke=1, fill=0)
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 12, y + 1, label)
        if on:
            if hand:
                marks.append(Mark("block", x + 0.8, y + 0.8, "X", size=9.5, seed=seed))
            else:
                c.setFont("Courier-Bold", 10)
                c.drawString(x + 1, y + 1, "X")

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        marks: list[Mark] = []
        s = app.seed * 50
        c.setFillGray(0.93)
        c.rect(40, 642, 532, 70, stroke=0, fill=1)
        c.setFillColor(black)
        paragraphs(c, 48, 700, 516, [
            "INSTRUCTIONS. Print in capital letters with a pen, or type. Fields 1 to 8 are about you and any "
            "co-borrower; leave 6 to 8 empty if there is none. Fields 9 to 12 are the address of the home this loan "
            "is on. Mark one box in 13. In 14 mark every reason that applies; if you mark Other, explain in 15. Write "
            "the date your hardship began in 16 and mark one box in 17. On page 2, write monthly amounts before "
            "taxes in 18 to 25 and their total in 26. Each borrower signs in 27 / 29 and dates in 28 / 30."],
            font="Helvetica", size=7.3, leading=9.4)
        h = 34.0
        top = 632.0
        rows: list[list[tuple[int, int, int, str, str]]] = [
            [(0, 2, 1, "Loan number", app.loan), (2, 2, 2, "Borrower - full name", app.borrower)],
            [(0, 1, 3, "Borrower SSN (last 4)", app.ssn[-4:]), (1, 1, 4, "Phone", app.phone),
             (2, 2, 5, "E-mail", app.email)],
            [(0, 2, 6, "Co-borrower - full name", app.co or ""), (2, 1, 7, "Co-borrower SSN (last 4)",
                                                                   (app.co_ssn or "")[-4:]),
             (3, 1, 8, "Co-borrower phone", app.co_phone if app.co else "")],
            [(0, 3, 9, "Property street address", app.street), (3, 1, 10, "City", app.city)]]
        for row in rows:
            for col, span, n, label, value in row:
                x, bottom = qcell(c, col, span, top, h, n, label)
                put(marks, c, x + 8, bottom + 8, value, s + n)
            top -= h
        h = 48.0
        for col, n, label, value in ((0, 11, "State", app.state), (1, 12, "ZIP", app.zip)):
            x, bottom = qcell(c, col, 1, top, h, n, label)
            put(marks, c, x + 8, bottom + 8, value, s + n)
        x, bottom = qcell(c, 2, 2, top, h, 13, "Occupancy (mark one)")
        for i, (occ, label) in enumerate(zip(OCCUPANCIES, ("Primary residence", "Second home",
                                                           "Investment / rental property"), strict=True)):
            box(marks, c, x + 10, top - 24 - 11 * i, app.occupancy == occ, label, s + 60 + i)
        top -= h
        h = 90.0
        x, bottom = qcell(c, 0, 4, top, h, 14, "Reasons for your hardship (mark every one that applies)")
        for i, reason in enumerate(QHL_REASONS):
            col, row = divmod(i, 5)
            box(marks, c, x + 10 + col * 266, top - 28 - 13 * row, HARDSHIPS[i] in app.hardships, reason,
                s + 70 + i)
        top -= h
        h = 34.0
        x, bottom = qcell(c, 0, 4, top, h, 15, "If you marked Other in 14, explain")
        put(marks, c, x + 8, bottom + 8, app.other_text, s + 15)
        top -= h
        x, bottom = qcell(c, 0, 1, top, h, 16, "Date hardship began")
        put(marks, c, x + 8, bottom + 8, mdy(app.start) if app.start else "", s + 16)
        x, bottom = qcell(c, 1, 3, top, h, 17, "Expected to last (mark one)")
        for i, (dur, label) in enumerate((("short", "6 months or less"), ("long", "More than 6 months"),
                                          ("resolved", "Already resolved"))):
            box(marks, c, x + 10 + 128 * i, bottom + 7, app.duration == dur, label, s + 80 + i)
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, "Continue on page 2.  QHL-RMA")
        return marks

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        marks: list[Mark] = []
        s = app.seed * 50 + 1000
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 704, "Loan number (field 1):")
        c.setLineWidth(0.5)
        c.line(136, 702, 300, 702)
        put(marks, c, 140, 704, app.loan, s)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 682, "MONTHLY INCOME BEFORE TAXES - ALL BORROWERS TOGETHER")
        top = 674.0
        h = 46.0
        for i, (k, label) in enumerate(zip(INCOMES, QHL_INCOME, strict=True)):
            col, row = i % 4, i // 4
            t = top - row * h
            x, bottom = qcell(c, col, 1, t, h, 18 + i, "")
            c.setFont("Helvetica", 6.3)
            for j, ln in enumerate(wrap(label, "Helvetica", 6.3, GW - 22)):
                c.drawString(x + 18, t - 11.5 - 7.5 * j, ln)
            c.setFont("Helvetica", 9)
            c.drawString(x + 6, bottom + 8, "$")
            amount = app.income.get(k, 0.0)
            if amount > 0:
                put(marks, c, x + 16, bottom + 8, money(amount), s + 18 + i)
        top -= 2 * h
        h = 34.0
        x, bottom = qcell(c, 2, 2, top, h, 26, "TOTAL monthly income (18 through 25)")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 6, bottom + 8, "$")
        put(marks, c, x + 16, bottom + 8, money(app.total), s + 26)
        y = paragraphs(c, 40, top - h - 20, 532, [
            "CERTIFICATION. By signing in 27 (and 29 for a co-borrower) I certify that the information in this "
            "request is true and complete, that my hardship contributed to my need for help, and that I will send "
            "the documents Quillfeather asks for. I consent to a credit report for each borrower. Knowingly false "
            "statements may violate federal law."], font="Helvetica", size=8, leading=10.5)
        top = y - 10
        h = 40.0
        people = [(27, 28, "Borrower signature", app.b_signs, app.b_dates),
                  (29, 30, "Co-borrower signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs)]
        for k, (ns, nd, label, signs, dates) in enumerate(people):
            x, bottom = qcell(c, 0, 3, top, h, ns, label)
            if signs:
                marks.append(Mark("sig", x + 30, bottom + 6, w=190, seed=app.seed + k))
            x, bottom = qcell(c, 3, 1, top, h, nd, "Date (mm/dd/yyyy)")
            if dates:
                if hand:
                    marks.append(Mark("hand", x + 10, bottom + 9, mdy(app.signed_on), size=11,
                                      seed=app.seed + 20 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(x + 10, bottom + 9, mdy(app.signed_on))
            top -= h
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, "Return to Quillfeather Home Loan Servicing, Loss Mitigation, PO Box 990, Asheville, "
                             "NC 28802  -  Fax (828) 555-0117")
        return marks

    return Paper([page1, page2])


def qhl_screen(app: App) -> bytes:
    """QHL-RMA typed in its PDF and signed on the screen."""
    return paper_pdf(qhl(app, hand=False))


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
    app: App  # the application the case should read (the newest copy when one arrives twice)
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

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan,
             header: str = "") -> None:
        """One image-only file of scanned parts; a fax gets the sender's header line ({n}/{total} filled in)."""
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        if header:
            for i, sh in enumerate(sheets):
                fax_header(sh, header.format(n=i + 1, total=len(sheets)), style.dpi)
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
    required = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
                "income": any(v > 0 for v in app.income.values())}
    out += [f"application_field:{k}" for k, v in required.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and a is not b and fresh(b.date) and
                   dt.date.fromisoformat(b.fields["period_start"]) ==
                   dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
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
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


WH_RETAIL = Withholding(0.06, 0.0425, True, (("Dental plan", 9.50),), "Michigan income tax")
WH_BUS = Withholding(0.07, 0.0475, True, (("Medical plan", 58.20),), "NC income tax")

def ibew_wh(rate: float) -> Withholding:
    """The electrician's withholding: working dues are a fixed 3.5 % of a 40-hour week at his rate."""
    dues = r2(40 * rate * 0.035)
    return Withholding(0.11, 0.0307, True, (("Working dues", dues), ("Union dues", 38.00),
                                            ("Credit union savings", 25.00)), "PA income tax")


def packet_ap1(seed: int) -> Packet:
    received = dt.date(2038, 2, 22)
    addr = ["1187 Peninsula Drive", "Traverse City, MI 49686"]
    stubs = [thermal_stub("Brightway Discount Stores", "0217", "3350 S Airport Rd W, Traverse City MI",
                          "Corinne A. Delacroix", "BW-884210", "FRONT END / CASH", d, 14.25, 68.5, WH_RETAIL,
                          f"ap1{seed}") for d in (dt.date(2038, 2, 5), dt.date(2038, 2, 20))]
    app = App("3307719245", "Corinne A. Delacroix", "941-62-5530", "1187 Peninsula Drive", "Traverse City", "MI",
              "49686", "(231) 555-0144", "c.delacroix@example.net", "primary_residence", ["other"],
              dt.date(2037, 11, 3), "short", {"wages": stubs[-1].monthly}, dt.date(2038, 2, 19),
              other_text="Identity theft - savings and checking emptied", seed=seed + 11)
    p = Packet("ap1", received, app, [])
    loan = app.loan
    p.pdf(f"{loan}_application.pdf", paper_pdf(tb1(app, ink=False)), (app_doc(), 1))
    style = Scan(dpi=300, tilt=0.4, blur=0.6, noise=0.0004)
    for i, s in enumerate(stubs):
        p.scan(f"{loan}_paystub_{s.date.strftime('%m%d')}.pdf", [(stub_doc(s), scan_paper(s.paper, style,
                                                                                          seed + 100 + i))], style)
    on = dt.date(2038, 2, 19)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Tamarack Bay Mortgage Servicing", [
        "In early November someone opened accounts in my name and drained both my checking and my savings "
        "account. The bank has returned part of the money, but the rest is still under investigation, and I used "
        "what I had left to cover groceries and the car payment.",
        "Because of that I missed the December and January mortgage payments. My job at Brightway has not changed "
        "and my hours are steady, so once the bank finishes its investigation I can pay again. I am asking for a "
        "short forbearance or a repayment plan I can afford."], ink=False, seed=seed,
        ps="I have attached my last two pay stubs. The police report number is TC-37-11842 if you need it.")
    p.pdf(f"{loan}_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ap2(seed: int) -> Packet:
    received = dt.date(2038, 4, 12)
    addr = ["46 Laurel Gap Road", "Weaverville, NC 28787"]
    stubs = [bus_stub("Yellowbird Student Transportation", "900 Riverside Drive, Asheville, NC 28804",
                      "Leah M. Whitcomb", "YB-3317", "Weaverville yard", d, 19.40, WH_BUS, f"ap2{seed}")
             for d in (dt.date(2038, 3, 26), dt.date(2038, 4, 9))]
    va = va_award_letter("Tomas R. Ibarra", addr, dt.date(2038, 2, 3), 1843.47, 70, dt.date(2037, 12, 1))
    app = App("8840261597", "Leah M. Whitcomb", "962-07-3184", "46 Laurel Gap Road", "Weaverville", "NC", "28787",
              "(828) 555-0193", "leah.whitcomb@example.org", "primary_residence", ["disability_or_illness"],
              dt.date(2037, 10, 18), "long", {"wages": stubs[-1].monthly, "benefits_nontaxable": 1843.47},
              dt.date(2038, 4, 6), co="Tomas R. Ibarra", co_ssn="958-41-2207", co_phone="(828) 555-0178",
              seed=seed + 21)
    p = Packet("ap2", received, app, [])
    on = dt.date(2038, 4, 6)
    hl = handwritten_letter(app.borrower, app.loan, on, "Quillfeather Home Loan Servicing", [
        "I am writing for Tomas and me. Last October Tomas had a stroke and he has not been able to go back to "
        "his job at the lumber yard. The VA raised his rating and pays him every month, but it is much less than "
        "he earned.",
        "I drive a school bus mornings and afternoons. We have paid what we could but we are three payments behind. "
        "Tomas and I own the house together and we want to keep it. Please help us with a lower payment."],
        seed=seed + 2)
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005)
    p.scan(f"Whitcomb Ibarra {app.loan}.pdf", [
        (app_doc(), scan_paper(qhl(app, hand=True), style, seed + 200)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 201)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 202)),
        (letter_doc(va), scan_paper(va.paper, style, seed + 203)),
        (hardship_doc(on), scan_paper(hl, style, seed + 204))], style)
    return p


def packet_ap3(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2038, 6, 14)
    addr = ["2209 Stagecoach Trail", "Killeen, TX 76542"]
    les = les_stub("OLUFEMI, MARCUS D", "933-58-6621", "E-6", "ARMY", "09", "410822", (2038, 5), 4112.70, 2046.00,
                   460.25, "28310", 150.00)
    app = App("5519037742", "Marcus D. Olufemi", "933-58-6621", "2209 Stagecoach Trail", "Killeen", "TX", "76542",
              "(254) 555-0120", "marcus.olufemi@example.com", "primary_residence", ["relocation"],
              dt.date(2038, 5, 2), "long", {"wages": les.monthly}, dt.date(2038, 6, 9), seed=seed + 31)
    p = Packet("ap3", received, app, ["hardship_doc:relocation"])
    net = les.fields["net_current"]
    mid = r2(math.floor(net / 2))
    st = continental_statement(rng, "Marcus D. Olufemi", addr, "6021884417", "6021889903", 2038, 5, 3120.56, 2250.00,
                               [(1, "DFAS-IN MIL PAY EOM", r2(net - math.floor(net / 2))),
                                (14, "DFAS-IN MIL PAY MID", mid), (22, "ZELLE FROM A OLUFEMI", 300.00)])
    folder = app.loan
    p.pdf(f"{folder}/Form710_signed.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{folder}/LES_MAY_2038.pdf", paper_pdf(les.paper), (stub_doc(les), 1))
    p.pdf(f"{folder}/CUB_statement_2038-05.pdf", paper_pdf(st.paper), (stmt_doc(st), 2))
    on = dt.date(2038, 6, 9)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Loan servicer", [
        "I am an active-duty soldier. In April I received permanent change of station orders from Fort Cavazos, "
        "Texas to Fort Liberty, North Carolina, and I reported there on May 2. My wife and children will join me "
        "when school ends.",
        "We have listed the house with a property manager but it has not rented yet, and we now pay rent near the "
        "new post on top of the mortgage. I am asking for a modification or forbearance until the house is rented "
        "or sold. A copy of my orders will follow as soon as my unit gives me a clean copy."], ink=False, seed=seed)
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ap4(seed: int) -> Packet:
    received = dt.date(2038, 5, 18)
    rate = 41.86  # time and a half is 62.79, exact to the cent
    wh = ibew_wh(rate)
    sites = [("24-118", "Valley Forge Medical Office Bldg"), ("24-131", "Upper Merion Middle School"),
             ("24-140", "King of Prussia Mall - Suite 2210"), ("24-152", "Norristown Water Plant")]
    stubs = [electrician_stub("Brightline Electric Contractors Inc.", "75 Schuylkill Road, Phoenixville, PA 19460",
                              "Dale R. Kowalczyk", "E-10442", d, rate, sites, wh, f"ap4{seed}")
             for d in (dt.date(2038, 5, 7), dt.date(2038, 5, 14))]
    app = App("2076649130", "Dale R. Kowalczyk", "975-33-1842", "318 Pawling Road", "Phoenixville", "PA", "19460",
              "(610) 555-0157", "dkowalczyk@example.net", "primary_residence", ["reduction_in_income"], None,
              "short", {"wages": stubs[-1].monthly}, dt.date(2038, 5, 15), co="Irene P. Kowalczyk",
              co_ssn="975-61-0093", seed=seed + 41)
    p = Packet("ap4", received, app, ["application_field:hardship_start_date"])
    folder = app.loan
    p.scan(f"{folder}/SCAN_0518_01.pdf", [(app_doc(), scan_paper(tb1(app, ink=True),
                                                                 Scan(dpi=300, tilt=0.3, blur=0.6, noise=0.0004),
                                                                 seed + 400))], Scan(dpi=300))
    style = Scan(dpi=200, tilt=0.45, blur=0.45, noise=0.0006)
    for i, s in enumerate(stubs):
        p.scan(f"{folder}/SCAN_0518_{i + 2:02d}.pdf", [(stub_doc(s), scan_paper(s.paper, style, seed + 401 + i))],
               style)
    return p


def packet_ap5(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2038, 9, 8)
    app = App("7105583624", "Priya N. Ramaswamy", "916-44-2075", "59 Merrimon Avenue", "Asheville", "NC", "28801",
              "(828) 555-0162", "priya@ramaswamy-design.example", "primary_residence", ["reduction_in_income"],
              dt.date(2038, 5, 15), "short", {"self_employment": 5400.00}, dt.date(2038, 9, 2), seed=seed + 51)
    p = Packet("ap5", received, app, ["irs_form_4506c"])
    s1 = lumen_export(rng, "Priya N. Ramaswamy", "40917305", 2038, 7, 2874.19,
                      [(3, "STRIPE TRANSFER ST-7Q2K", 1820.00), (12, "ACH CREDIT BLUE RIDGE BREWING", 2400.00),
                       (24, "STRIPE TRANSFER ST-8M1D", 1265.50)])
    s2 = lumen_export(rng, "Priya N. Ramaswamy", "40917305", 2038, 8, s1.fields["ending_balance"],
                      [(4, "STRIPE TRANSFER ST-9A4C", 1540.00), (15, "ACH CREDIT MOUNTAIN XPRESS", 1900.00),
                       (27, "STRIPE TRANSFER ST-9Z7P", 1735.25)])
    loan = app.loan
    p.pdf(f"RMA_{loan}.pdf", qhl_screen(app), (app_doc(), 2))
    p.pdf(f"{loan}_lumen_2038-07.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf(f"{loan}_lumen_2038-08.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    on = dt.date(2038, 9, 1)
    hl = hardship_letter(app.borrower, None, ["59 Merrimon Avenue", "Asheville, NC 28801"], loan, on,
                         "Quillfeather Home Loan Servicing", [
                             "I run a one-person graphic design studio. In May my largest client, a regional "
                             "grocery chain, moved its design work in-house, and that contract was almost half of my "
                             "income.",
                             "I have found new clients and my income is recovering, as my bank activity shows, but "
                             "I fell two payments behind over the summer. I am asking for a short forbearance and a "
                             "repayment plan."], ink=False, seed=seed)
    p.pdf(f"{loan}_hardship_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ap6(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2038, 7, 20)
    addr = ["904 Cherry Bend Road", "Suttons Bay, MI 49682"]
    app = App("4462018857", "Georgina L. Ashby", "988-20-4471", "904 Cherry Bend Road", "Suttons Bay", "MI", "49682",
              "(231) 555-0109", "georgina.ashby@example.com", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2038, 3, 1), "long", {"benefits_taxable": 2140.00, "other": 650.00}, dt.date(2038, 7, 10),
              seed=seed + 61)
    first = App(**{**app.__dict__, "income": {"benefits_taxable": 2140.00}, "printed_total": 2410.00,
                   "signed_on": dt.date(2038, 7, 2)})
    p = Packet("ap6", received, app, [])
    credits = [(1, "LEELANAU CTY RETIREMENT DIR DEP", 1862.18), (9, "MI SDU CHILD SUPPORT", 650.00)]
    s1 = continental_statement(rng, "Georgina L. Ashby", addr, "6033571208", "6033579945", 2038, 5, 1488.32, 812.40,
                               credits)
    s2 = continental_statement(rng, "Georgina L. Ashby", addr, "6033571208", "6033579945", 2038, 6,
                               s1.fields["ending_balance"], r2(812.40 + 50 + r2(812.40 * 0.0004)), credits)
    loan = app.loan
    p.pdf(f"{loan} application.pdf", paper_pdf(tb1(first, ink=False)), (app_doc(), 1))
    p.pdf(f"{loan} application CORRECTED.pdf", paper_pdf(tb1(app, ink=False)), (app_doc(), 1))
    p.pdf(f"{loan} May statement.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{loan} June statement.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    return p


def packet_ap7(seed: int) -> Packet:
    received = dt.date(2038, 10, 19)
    stubs = [bus_stub("Cardinal Pupil Transport", "15 Depot Street, Marion, NC 28752", "Wendell J. Pettigrew",
                      "CPT-0581", "Marion yard", d, 18.15, WH_BUS, f"ap7{seed}")
             for d in (dt.date(2038, 10, 1), dt.date(2038, 10, 15))]
    app = App("6093314478", "Wendell J. Pettigrew", "947-85-3306", "12 Catawba Ridge Lane", "Old Fort", "NC",
              "28762", "(828) 555-0131", "wjpettigrew@example.net", "primary_residence", ["disaster"],
              dt.date(2038, 9, 27), "short", {"wages": stubs[-1].monthly}, dt.date(2038, 10, 16), b_dates=False,
              seed=seed + 71)
    p = Packet("ap7", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.3, blur=0.35, noise=0.0007, fax=True)
    cover = fax_cover("Mountain Print & Ship", "(828) 555-0148", "Quillfeather Home Loan Servicing",
                      "(828) 555-0117", received, 5, f"Loan {app.loan} - request for assistance + pay stubs")
    p.scan("FAX_20381019_091204.pdf", [
        (None, scan_paper(cover, style, seed + 700)),
        (app_doc(), scan_paper(qhl(app, hand=True), style, seed + 701)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 702)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 703))], style,
        header="OCT-19-2038 09:12  FROM: MOUNTAIN PRINT & SHIP 8285550148  TO: 18285550117   P.{n}/{total}")
    return p


def packet_ap8(seed: int) -> Packet:
    received = dt.date(2038, 11, 15)
    stubs = [thermal_stub("Fairlane Family Dollar", "0988", "1402 Garfield Ave, Traverse City MI",
                          "Rosalind T. Greer", "FF-220947", "STOCK / FREIGHT", d, 15.10, 72.0, WH_RETAIL,
                          f"ap8{seed}") for d in (dt.date(2038, 10, 20), dt.date(2038, 11, 5))]
    app = App("1175640392", "Rosalind T. Greer", "922-16-7048", "77 Birch Hollow Court", "Kingsley", "MI", "49649",
              "(231) 555-0186", "rgreer77@example.com", "primary_residence", ["unemployment"],
              dt.date(2038, 9, 30), "short", {"wages": stubs[-1].monthly, "unemployment": 1680.00},
              dt.date(2038, 11, 9), co="Howard B. Greer", co_ssn="922-54-3310", seed=seed + 81)
    p = Packet("ap8", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Greer application.pdf", paper_pdf(tb1(app, ink=False)), (app_doc(), 1))
    style = Scan(dpi=240, tilt=0.5, blur=0.5, noise=0.0005)
    for i, s in enumerate(stubs):
        p.scan(f"{folder}/stub {s.date.strftime('%b %d').lower()}.pdf",
               [(stub_doc(s), scan_paper(s.paper, style, seed + 800 + i))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ap1, packet_ap2, packet_ap3, packet_ap4, packet_ap5, packet_ap6,
                                          packet_ap7, packet_ap8]


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
    ap.add_argument("--only", nargs="*", help="build only these packets (ap1 ..)")
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
