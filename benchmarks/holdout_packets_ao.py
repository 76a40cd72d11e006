"""A forty-first holdout set of borrower packets (ao1..ao8), laid out unlike the shared samples and unlike every
earlier set (a, b .. z, aa .. an), written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_ao.py OUT_DIR [--seed N] [--check] [--only ao1 ao5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed; files are born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.3 to 0.5 degrees, a little
blurred and speckled, JPEG, no text layer) or one plain fax (200 dpi, black and white, the sending machine's header
line across the top of every page); the hand-made parts are signatures (drawn strokes) and the dates beside them -
except the one real Form 710 that the borrower filled in by hand in block capitals.

APPLICATIONS (three layouts).
- Harborline Mortgage Servicing's "Borrower Assistance Application" (Form HMS-210 (01/2039), portrait, two pages):
  the servicer's name in navy over a thin rule with the title and "Page n of 2" at the right. The whole form is ONE
  BOXED TABLE: every row is a ruled box split into a NARROW GREY LABEL COLUMN (150 points, labels in small bold
  type, wrapped on two or three lines where long) and a WIDE WHITE ANSWER COLUMN where the answer is typed in
  Courier. Sections open on full-width dark grey rows in white capitals ("SECTION 1 - LOAN AND BORROWERS" ..
  "SECTION 6 - SIGNATURES"). Rows: Loan number; Borrower name; Borrower SSN (last 4 digits); Borrower phone; Borrower
  e-mail; Co-Borrower name; Co-Borrower SSN (last 4 digits); active military duty; Property address (street, city,
  state, ZIP on one line); Mailing address. Every choice is laid out HORIZONTALLY inside its answer cell with the
  BOX AFTER EACH OPTION WORD ("Primary residence [X]   Second home [ ]   Investment property [ ]", "Yes [ ]  No
  [X]"); the ten hardship types run as such word-then-box pairs over three lines of one cell ("Unemployment [ ]
  Reduction in income [X]  Increase in housing expenses [ ] ..  Other [ ]"), then "If Other, describe", "Hardship
  began on (mm/dd/yyyy)" and "The hardship is expected to be  Short-term (6 months or less) [ ]  Long-term or
  permanent [X]  Resolved [ ]". Page 2 repeats the loan number row, then eight income rows whose answer cell holds
  "$ 6,231.42" (left empty where nothing is received) and a "TOTAL monthly household income" row, two asset rows, a
  certification paragraph in the answer column, and the SIGNATURE TABLE: a header row "Signer | Signature | Date
  (mm/dd/yyyy)" and a "Borrower" row and a "Co-Borrower" row, the DATE IN ITS OWN NARROW COLUMN at the right and the
  printed name in small type at the foot of the signature cell. Typed in its PDF and signed on screen with the date
  typed (ao1), or typed, printed, signed and dated in ink - faxed (ao4, borrower alone), scanned one paper a file at
  240 dpi (ao6, both spouses), scanned with the whole packet at 200 dpi (ao8, borrower alone).
- The Keystone Valley Housing Finance Agency's (a STATE HOUSING FINANCE AGENCY) HOMEOWNER ASSISTANCE FUND (HAF)
  application, PRINTED FROM ITS WEB PORTAL (three pages): the browser's print header (date and time at the left, the
  page title at the right) and footer (the portal URL with the HAF application ID, "1/3"), a teal agency banner,
  "Application Summary", "Application ID: HAF-39-0nnnnn - Submitted mm/dd/yyyy - Status: Under review"; each
  section opens on a COLORED BAR in white bold ("1  Primary Applicant", "2  Co-Applicant", "3  Property and Mortgage",
  "4  Hardship", "5  Household Income (monthly, before taxes)", "6  Certifications and Electronic Signature"); every
  answer is a plain label ending in a colon followed by the answer in BOLD ("Primary applicant: Deborah L. Vance",
  "Last 4 of SSN: 4471", "Mortgage servicer: Harborline Mortgage Servicing", "Servicer loan number: 5520187734");
  single choices are RADIO BUTTONS drawn as a filled circle for the choice and empty circles for the others
  ("Is there a co-applicant on the mortgage?  (o) Yes  ( ) No", "How is the home used?", "Expected duration"),
  the hardship types are portal check boxes (a tick in the chosen squares) in two columns; the income is eight
  "Label: $amount" lines, $0.00 where nothing applies, and "Total monthly household income: $x"; the page 3 signature
  block is a tinted box: "Signed electronically by <name> on mm/dd/yyyy at hh:mm AM EDT" with the IP address and a
  signature ID, one line per signer. Born-digital in ao2 (applicant alone), ao5 and ao7 (with a co-applicant). The
  HAF application ID carries six digits of its own; the servicer's loan number is labelled as such.
- The real Form 710 (April 2023) PRINTED BLANK AND FILLED IN BY HAND in block capitals (answers and X marks in the
  boxes in pen), signed but NOT DATED, scanned grey at 300 dpi with the rest of the packet (ao3).

PAY STUBS (every year-to-date figure is the sum of that year's checks; the frequency is printed on each).
- A hospital system's bi-weekly "Earnings Statement" in the manner of a large payroll processor (Allegheny Crest
  Health System in ao1, Susquehanna Valley Health Network in ao5, Blue Mountain Regional Health in ao8): a
  "CO. FILE DEPT. CLOCK VCHR. NO." code strip at the top left over the employer's name and address, "Earnings
  Statement" in large type at the right with Period Beginning / Period Ending / Pay Date / Pay Frequency "Biweekly",
  the employee's name and address block, "Taxable Marital Status / Exemptions", an EARNINGS table "rate | hours |
  this period | year to date" with MANY CODES - Regular, Overtime, Shift Diff Night, Weekend Diff, Charge Pay,
  On Call, Call Back, Holiday, PTO - some showing only a year-to-date figure (blank this period), a "Gross Pay" row,
  then "Deductions  Statutory" (Federal Income Tax, Social Security Tax, Medicare Tax, state income tax) and "Other"
  (403(b), medical, dental) as negatives with YTD, "Net Pay"; at the right "Other Benefits and Information" (PTO
  balance, total hours worked) and "Important Notes" with "Your federal taxable wages this period are $..." (less
  than the gross); a dashed tear line and a NON-NEGOTIABLE deposit advice with the advice number, the net amount and
  the account's masked number. Expected gross is the printed Gross Pay.
- A delivery platform's WEEKLY EARNINGS SUMMARY for an independent contractor (ParcelPeak in ao2, RouteBee in ao6):
  a colored app header, "Weekly Earnings Summary", "Week of Mar 20 - Mar 26, 2039", tiles for deliveries, active
  hours and miles, a breakdown (Base pay, Peak pay, Customer tips, Adjustments, Total earnings), "Paid out to bank
  ending 4471 on Mar 28", a year-to-date line, and the notice "You are an independent contractor. No taxes were
  withheld; you will receive Form 1099-NEC." - self-employment income; the document is an "other" paper (not a
  pay stub, not a profit and loss statement).
- A federal agency's bi-weekly "EARNINGS AND LEAVE STATEMENT" (Federal Inland Waterways Administration, paid by the
  Federal Payroll Services Center; ao4 and ao7): a title strip, a grid of captioned cells (Employee name, Pay period
  number "12", Pay period ending, Pay date, Pay plan / grade / step "GS 09 / 05", Annual salary, Hourly rate, "Pay
  frequency: Biweekly"), a CURRENT / YEAR TO DATE summary of Gross pay, Total deductions, Net pay, an ENTITLEMENTS
  table (Regular, Overtime, Night differential, Holiday - hours and amounts, current and YTD), a DEDUCTIONS table
  (federal tax, OASDI, Medicare, state tax, FERS retirement, TSP, FEHB, FEGLI), a LEAVE table (annual and sick: start
  balance, earned, used, end balance, use-or-lose) and a REMARKS box. The annual salary is not the monthly gross.

STATEMENTS.
- A regional bank's two-page checking statement (Blue Ridge Piedmont Bank; ao2 one month only, ao7 two months):
  page 1 the address block, "Statement Period 08/01/2039 through 08/31/2039", "Account Number ******7734", an
  ACCOUNT SUMMARY (Previous Balance, Deposits and Other Credits, Checks Paid, Other Debits, Ending Balance),
  DEPOSITS AND OTHER CREDITS, CHECKS PAID (check number, date paid, amount) and OTHER DEBITS lists; page 2 "CHECK
  IMAGES" - a grid of the front images of the paid checks (the holder's name, check number, date, "PAY TO THE ORDER
  OF", the amount in a box and in words, memo, a scrawled signature, the MICR line) - "Page 2 of 2". In ao7 the
  September statement was scanned with its CHECK-IMAGE PAGE FIRST (page 2 before page 1); its pages are listed in
  the document's own order.
- A credit union's member statement with THREE SUB-ACCOUNTS (Keel Harbor Federal Credit Union; ao6, two months):
  "Member Number ******2893", an ACCOUNT SUMMARY table by SUFFIX (00 Primary Share Savings, 10 Free Checking,
  20 Vacation Club: previous balance, deposits, withdrawals, new balance; no combined total), then one register per
  sub-account with "Previous Balance" and "New Balance" lines; two pages. The expected values are those of the
  FREE CHECKING sub-account (where the platform's payouts land); account_last4 is the member number's last four.

LETTERS AND PAPERS. Social Security's two-page SSDI "Notice of Award" (monthly benefit before any deduction, a
past-due lump sum that is not monthly income; claimed on the application's taxable line - ao3); the Department of
Veterans Affairs' "Benefit Summary Letter" for disability compensation (combined rating, monthly award amount, "not
taxable"; fresh in ao1, ten months old in ao8); a two-page EXCERPT of a "Final Decree of Divorce" (its page 1 and
its last, signed page of seven - ao4); typed hardship letters (unsigned when uploaded, signed in ink when scanned);
page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over and signed (on screen in ao7, in ink and scanned in
ao6); a public library's fax cover sheet (not a document).

DELIVERIES. ao1 a folder named after the loan holding born-digital files; ao2 loose born-digital files named
"<loan>_<paper>.pdf"; ao3 ONE 300 dpi grey scan of the packet named "<Surname> <loan>.pdf"; ao4 ONE 200 dpi fax with
the sending machine's header line behind a cover sheet under the fax server's name; ao5 a folder named after the
loan of born-digital files; ao6 a folder named after the loan with one 240 dpi grey scan per paper; ao7 loose files
"<loan> <paper>.pdf" - born-digital, except the two statements scanned into one 200 dpi file with the September
statement's pages reversed; ao8 ONE 200 dpi grey scan of the whole packet named "Scan_<loan>_<date>.pdf".

COMPLETE: ao1 (two fresh hospital stubs; the co-borrower's fresh VA letter; reduction in income needs no papers),
ao4 (two fresh federal statements; the divorce decree excerpt for the divorce), ao6 (self-employment shown by two
consecutive fresh credit-union statements, a signed 4506-C, the letter explains the "other" hardship), ao7 (a fresh
federal statement, two consecutive fresh bank statements showing the rent, a signed 4506-C; disaster needs nothing).
INCOMPLETE: ao2 (income_doc:self_employment and irs_form_4506c - the platform summaries are not among the accepted
papers and only one bank statement came; no 4506-C), ao3 (application_signature - the Form 710 is signed but its
date line is empty), ao5 (income_doc:wages - the only stubs were paid in April and the packet came in August; the
co-borrower's unemployment needs nothing), ao8 (income_doc:benefits_nontaxable - the VA letter is ten months old).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet. `--check` validates every expected.json (keys, codes, types, dates, that every listed
page exists, that `scanned` matches the absence of a text layer, and that the rules give the scenario's codes).
Received dates fall between March and November 2039. Every file is the same bytes for a seed: reportlab runs in
invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. All people, employers, banks,
agencies and servicers are fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test
document" line.
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
CAPS_FONT = FONT_DIR / "dejavu/DejaVuSans-ExtraLight.ttf"
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
NAVY = Color(0.08, 0.17, 0.36)
TEAL = Color(0.0, 0.42, 0.47)


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_date(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand: a signature ("sig"), a hand-written date ("hand"), block capitals ("caps") or an
    X drawn in a box ("x"). x, y: PDF points from the page's bottom-left (the baseline's left end)."""

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
    for p in range(rng.randint(2, 3)):
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
    strokes.append([(w * 0.1, h * 0.05), (min(x, w) * 0.95, h * 0.12)])
    return strokes


INK_BLUE = Color(0.08, 0.12, 0.45)


def draw_signature_vector(c: Canvas, m: Mark, color: Color = INK_BLUE) -> None:
    c.saveState()
    c.setStrokeColor(color)
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
        else:
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_ao")
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
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


# --- scanning and faxing ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.4
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(px, 6))


def _caps(img: Image.Image, m: Mark, scale: float, page_h: float) -> None:
    """Block capitals in pen: each letter drawn on its own, a little turned, raised and resized."""
    rng = random.Random(m.seed)
    x = m.x * scale
    base = (page_h - m.y) * scale
    for ch in m.text.upper():
        px = round(m.size * scale * rng.uniform(0.9, 1.1))
        font = _font(CAPS_FONT, px)
        adv = font.getlength(ch) * 0.98
        if ch.strip():
            tile = Image.new("L", (round(px * 1.6), round(px * 1.8)), 0)
            ImageDraw.Draw(tile).text((px * 0.3, px * 1.4), ch, fill=255, font=font, anchor="ls",
                                      stroke_width=max(1, round(scale * 0.45)), stroke_fill=255)
            tile = tile.rotate(rng.uniform(-8, 8), resample=Image.Resampling.BILINEAR)
            ox = round(x - px * 0.3)
            oy = round(base - px * 1.4 + rng.uniform(-1.4, 1.4) * scale)
            ink = Image.new("L", tile.size, 48)
            img.paste(ink, (ox, oy), tile)
        x += adv * rng.uniform(0.92, 1.12)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "x":
            rng = random.Random(m.seed)
            s = m.size
            width = max(2, round(1.2 * scale))
            for (ax, ay), (bx, by) in (((0, 0), (s, s)), ((0, s), (s, 0))):
                j = [rng.uniform(-1, 1) for _ in range(4)]
                draw.line([((m.x + ax + j[0]) * scale, (page_h - m.y - ay - j[1]) * scale),
                           ((m.x + bx + j[2]) * scale, (page_h - m.y - by - j[3]) * scale)], fill=40, width=width)
        elif m.kind == "caps":
            _caps(img, m, scale, page_h)
        else:
            rng = random.Random(m.seed)
            font = _font(HAND_FONT, round(m.size * scale))
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
    if not style.fax:
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
    size: tuple[float, float]


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int) -> list[ScannedPage]:
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


def fax_header(sheets: Sequence[ScannedPage], line: str, dpi: int) -> None:
    """The sending machine's header line across the top of every faxed page, with its page numbers."""
    n = len(sheets)
    font = _font(FONT_DIR / "liberation2/LiberationMono-Regular.ttf", round(8.5 * dpi / 72))
    for i, sheet in enumerate(sheets):
        img = sheet.image.convert("L")
        draw = ImageDraw.Draw(img)
        draw.rectangle((0, 0, img.size[0], round(15 * dpi / 72)), fill=255)
        draw.text((round(18 * dpi / 72), round(4 * dpi / 72)), f"{line}   P.{i + 1:02d}/{n:02d}", fill=0, font=font,
                  anchor="lt")
        sheet.image = img.point(lambda v: 255 if v > 150 else 0).convert("1")


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.fax:
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=80)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_ao"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # code -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def year_dates(pay_date: dt.date, step: int) -> list[dt.date]:
    """Every pay date of pay_date's year on a fixed cycle of step days that ends on pay_date."""
    d = pay_date
    out = []
    while d.year == pay_date.year:
        out.append(d)
        d -= dt.timedelta(days=step)
    return sorted(out)


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.0307
    state_name: str = "State income tax"
    deductions: tuple[tuple[str, float], ...] = ()

    def taxes(self, gross: float) -> dict[str, float]:
        return {"Federal income tax": r2(gross * self.fed), "Social Security tax": r2(gross * 0.062),
                "Medicare tax": r2(gross * 0.0145), self.state_name: r2(gross * self.state)}


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update({f"HRS:{k}": v[0] for k, v in ch.lines.items()})
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


HOSP_CODES = ("Regular", "Overtime", "Shift Diff Night", "Weekend Diff", "Charge Pay", "On Call", "Call Back",
              "Holiday", "PTO")


def hospital_checks(emp_no: str, pay_date: dt.date, rate: float, key: int) -> list[Check]:
    checks = []
    for d in year_dates(pay_date, 14):
        rr = random.Random(f"{emp_no}{d}{key}")
        reg = rr.choice([72.0, 72.0, 80.0, 64.0])
        lines: dict[str, tuple[float, float, float]] = {"Regular": (reg, rate, r2(reg * rate))}
        if d.month == 1 and d.day <= 14:
            lines["Holiday"] = (8.0, rate, r2(8 * rate))
        if rr.random() < 0.5:
            ot = rr.choice([4.0, 6.5, 12.0])
            lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        night = rr.choice([0.0, 24.0, 36.0, 48.0])
        if night:
            lines["Shift Diff Night"] = (night, 4.25, r2(night * 4.25))
        wknd = rr.choice([0.0, 12.0, 24.0])
        if wknd:
            lines["Weekend Diff"] = (wknd, 2.75, r2(wknd * 2.75))
        if rr.random() < 0.4:
            ch_h = rr.choice([12.0, 24.0])
            lines["Charge Pay"] = (ch_h, 1.85, r2(ch_h * 1.85))
        if rr.random() < 0.35:
            oc = rr.choice([12.0, 24.0])
            lines["On Call"] = (oc, 5.00, r2(oc * 5.0))
            if rr.random() < 0.5:
                lines["Call Back"] = (3.0, r2(rate * 1.5), r2(3 * rate * 1.5))
        if rr.random() < 0.25:
            lines["PTO"] = (8.0, rate, r2(8 * rate))
        checks.append(Check(d, lines))
    return checks


def hospital_stub(rng: random.Random, employer: str, address: Sequence[str], co_code: str, employee: str,
                  emp_addr: Sequence[str], emp_no: str, dept: str, pay_date: dt.date, rate: float,
                  wh: Withholding, ssn4: str) -> Stub:
    """A hospital system's bi-weekly Earnings Statement in a large payroll processor's manner."""
    key = random.Random(rng.random()).randrange(10**6)
    checks = hospital_checks(emp_no, pay_date, rate, key)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    pretax = sum(v for k, v in wh.deductions if k.startswith(("403", "Medical", "Dental")))
    advice = f"{random.Random(key).randrange(10**9, 10**10):010d}"

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 752, "CO.       FILE      DEPT.     CLOCK    VCHR. NO.")
        c.setFont("Courier", 8)
        c.drawString(40, 742, f"{co_code}    {emp_no[-6:]}    {dept[:5].upper():<6}  {emp_no[:4]}    {advice[-7:]}")
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, 724, employer)
        c.setFont("Helvetica", 8)
        y = 713
        for ln in address:
            c.drawString(40, y, ln)
            y -= 10
        c.setFont("Helvetica-Bold", 20)
        c.drawRightString(572, 738, "Earnings Statement")
        c.setFont("Helvetica", 8.5)
        info = [("Period Beginning:", mdy(start)), ("Period Ending:", mdy(end)), ("Pay Date:", mdy(pay_date)),
                ("Pay Frequency:", "Biweekly")]
        y = 720
        for k, v in info:
            c.drawString(410, y, k)
            c.drawRightString(572, y, v)
            y -= 11
        c.setFont("Helvetica-Bold", 10)
        c.drawString(380, 660, employee.upper())
        c.setFont("Helvetica", 8.5)
        y = 648
        for ln in emp_addr:
            c.drawString(380, y, ln.upper())
            y -= 10
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 668, "Taxable Marital Status:  Single")
        c.drawString(40, 658, "Exemptions/Allowances:")
        c.drawString(60, 648, "Federal:   Standard withholding table")
        c.drawString(60, 638, "State:     0")
        c.drawString(40, 624, f"Social Security Number:  XXX-XX-{ssn4}")
        # earnings
        y = 596
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "Earnings")
        for x, t in ((170, "rate"), (215, "hours"), (275, "this period"), (345, "year to date")):
            c.drawRightString(x, y, t)
        c.setLineWidth(0.5)
        c.line(40, y - 3, 350, y - 3)
        y -= 14
        c.setFont("Helvetica", 8.5)
        for code in HOSP_CODES:
            if code not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(code, (0.0, 0.0, 0.0))
            c.drawString(40, y, code)
            if amt:
                c.drawRightString(170, y, f"{rt:.4f}")
                c.drawRightString(215, y, f"{hrs:.2f}")
                c.drawRightString(275, y, money(amt))
            c.drawRightString(345, y, money(ytd[code]))
            y -= 11.5
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y - 3, "Gross Pay")
        c.drawRightString(275, y - 3, "$" + money(ch.gross))
        c.drawRightString(345, y - 3, money(ytd["GROSS"]))
        y -= 24
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "Deductions")
        c.drawString(100, y, "Statutory")
        c.setFont("Helvetica", 8.5)
        y -= 12
        for k, v in taxes.items():
            c.drawString(100, y, k.replace(" tax", " Tax").replace("income", "Income"))
            c.drawRightString(275, y, "-" + money(v))
            c.drawRightString(345, y, money(ytd[k]))
            y -= 11.5
        y -= 4
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y, "Other")
        c.setFont("Helvetica", 8.5)
        y -= 12
        for k, v in wh.deductions:
            c.drawString(100, y, k)
            c.drawRightString(275, y, "-" + money(v))
            c.drawRightString(345, y, money(ytd[k]))
            y -= 11.5
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(60, y - 6, "Net Pay")
        c.drawRightString(275, y - 6, "$" + money(net))
        c.line(200, y + 4, 280, y + 4)
        # right column
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(380, 596, "Other Benefits and")
        c.drawString(380, 586, "Information")
        c.drawRightString(520, 586, "this period")
        c.drawRightString(572, 586, "total to date")
        c.line(380, 583, 572, 583)
        c.setFont("Helvetica", 8.5)
        worked = sum(v[0] for k, v in ch.lines.items() if k in ("Regular", "Overtime", "Call Back"))
        c.drawString(380, 571, "Total Hrs Worked")
        c.drawRightString(520, 571, f"{worked:.2f}")
        c.drawString(380, 559, "PTO Balance (hrs)")
        c.drawRightString(572, 559, f"{96.5 + (key % 40):.2f}")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(380, 530, "Important Notes")
        c.setFont("Helvetica", 8)
        paragraphs(c, 380, 518, 190, [
            "Your federal taxable wages this period are $" + money(r2(ch.gross - pretax)) + ".",
            "Open enrollment for next year's benefits begins in October. Review your elections on the employee "
            "portal."], font="Helvetica", size=8, leading=10, gap=4)
        # deposit advice
        c.setDash(4, 3)
        c.line(30, 190, 582, 190)
        c.setDash()
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 170, employer)
        c.setFont("Helvetica", 8)
        c.drawString(40, 159, address[0])
        c.drawRightString(572, 170, f"Advice number:    {advice}")
        c.drawRightString(572, 159, f"Pay date:    {mdy(pay_date)}")
        c.setFont("Helvetica", 8)
        c.drawString(40, 130, "Deposited to the account of")
        c.drawString(250, 130, "account number")
        c.drawString(360, 130, "transit ABA")
        c.drawRightString(572, 130, "amount")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 118, employee.upper())
        c.drawString(250, 118, f"xxxxxx{(int(emp_no) * 7) % 10000:04d}")
        c.drawString(360, 118, "xxxx xxxx")
        c.drawRightString(572, 118, "$" + money(net))
        c.setFont("Helvetica-Bold", 13)
        c.setFillGray(0.6)
        c.drawCentredString(W / 2, 88, "NON-NEGOTIABLE")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


LES_ORDER = ("Regular", "Overtime", "Night differential", "Holiday")


def les_stub(rng: random.Random, employee: str, ssn4: str, org: str, pay_date: dt.date, grade: str, step: str,
             hourly: float, wh: Withholding, annual: float, al_rate: float, station: str) -> Stub:
    """A federal agency's bi-weekly Earnings and Leave Statement."""
    agency = "Federal Inland Waterways Administration"
    key = random.Random(rng.random()).randrange(10**6)
    checks = []
    for d in year_dates(pay_date, 14):
        rr = random.Random(f"{ssn4}{d}{key}")
        hol = 8.0 if (d.month == 1 and d.day <= 20) or (d.month == 5 and d.day >= 29) or (d.month == 7 and
                                                                                            d.day <= 14) else 0.0
        lines = {"Regular": (80.0 - hol, hourly, r2((80.0 - hol) * hourly))}
        if rr.random() < 0.4:
            ot = rr.choice([4.0, 6.0, 10.0])
            lines["Overtime"] = (ot, r2(hourly * 1.5), r2(ot * r2(hourly * 1.5)))
        if rr.random() < 0.3:
            nd = rr.choice([16.0, 24.0])
            lines["Night differential"] = (nd, r2(hourly * 0.1), r2(nd * r2(hourly * 0.1)))
        if hol:
            lines["Holiday"] = (hol, hourly, r2(hol * hourly))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    pp = len(checks)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def cellbox(c: Canvas, x: float, y: float, w: float, cap: str, val: str) -> None:
        c.setLineWidth(0.5)
        c.rect(x, y, w, 26, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawString(x + 3, y + 18, cap.upper())
        c.setFont("Courier-Bold", 9)
        c.drawString(x + 3, y + 5, val)

    def page(c: Canvas) -> list[Mark]:
        c.setFillGray(0.15)
        c.rect(36, 738, 540, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(44, 749, "EARNINGS AND LEAVE STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(568, 756, "FEDERAL PAYROLL SERVICES CENTER")
        c.drawRightString(568, 746, "Payroll Office 4410  -  Denver, CO")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, 724, agency.upper())
        c.setFont("Helvetica", 8)
        c.drawString(36, 713, org)
        cells = [(130, "Employee name", employee.upper()), (75, "SSN (last 4)", f"XXX-XX-{ssn4}"),
                 (45, "Pay period", f"{pp:02d}"), (75, "Pay period ending", mdy(end)), (70, "Pay date", mdy(pay_date)),
                 (75, "Pay plan/grade/step", f"GS {grade} / {step}"), (70, "Pay frequency", "Biweekly")]
        x = 36.0
        for w, cap, val in cells:
            cellbox(c, x, 676, w, cap, val)
            x += w
        cells2 = [(110, "Annual salary", "$" + money(annual)), (90, "Hourly rate", "$" + money(hourly)),
                  (110, "Period beginning", mdy(start)), (110, "Duty station", station),
                  (120, "Retirement plan", "FERS-FRAE")]
        x = 36.0
        for w, cap, val in cells2:
            cellbox(c, x, 650, w, cap, val)
            x += w
        # summary
        y = 626
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(36, y, "PAY SUMMARY")
        c.drawRightString(330, y, "CURRENT")
        c.drawRightString(420, y, "YEAR TO DATE")
        c.line(36, y - 3, 430, y - 3)
        c.setFont("Helvetica", 8.5)
        tot_ded = r2(ch.gross - net)
        for i, (k, cur, yv) in enumerate((("Gross pay", ch.gross, ytd["GROSS"]),
                                          ("Total deductions", tot_ded, r2(ytd["GROSS"] - ytd["NET"])),
                                          ("Net pay", net, ytd["NET"]))):
            c.setFont("Helvetica-Bold" if i != 1 else "Helvetica", 8.5)
            c.drawString(36, y - 14 - 12 * i, k)
            c.drawRightString(330, y - 14 - 12 * i, money(cur))
            c.drawRightString(420, y - 14 - 12 * i, money(yv))
        # entitlements
        y = 566
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(36, y, "ENTITLEMENTS")
        for x, t in ((230, "HOURS"), (290, "CURRENT"), (345, "YTD HOURS"), (420, "YTD AMOUNT")):
            c.drawRightString(x, y, t)
        c.line(36, y - 3, 430, y - 3)
        c.setFont("Helvetica", 8.5)
        y -= 14
        for code in LES_ORDER:
            if code not in ytd:
                continue
            hrs, _, amt = ch.lines.get(code, (0.0, 0.0, 0.0))
            c.drawString(36, y, code)
            if amt:
                c.drawRightString(230, y, f"{hrs:.1f}")
                c.drawRightString(290, y, money(amt))
            c.drawRightString(345, y, f"{ytd['HRS:' + code]:.1f}")
            c.drawRightString(420, y, money(ytd[code]))
            y -= 12
        y -= 10
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(36, y, "DEDUCTIONS")
        c.drawRightString(290, y, "CURRENT")
        c.drawRightString(420, y, "YEAR TO DATE")
        c.line(36, y - 3, 430, y - 3)
        c.setFont("Helvetica", 8.5)
        y -= 14
        for k, v in [*taxes.items(), *wh.deductions]:
            c.drawString(36, y, k.replace("Social Security tax", "OASDI").replace("Medicare tax", "Medicare"))
            c.drawRightString(290, y, money(v))
            c.drawRightString(420, y, money(ytd[k]))
            y -= 12
        # leave
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(36, y - 12, "LEAVE")
        ly = y - 26
        c.setFont("Helvetica-Bold", 7)
        for x, t in ((170, "START BAL"), (230, "EARNED PP"), (290, "USED PP"), (350, "END BAL"),
                     (420, "USE OR LOSE")):
            c.drawRightString(x, ly, t)
        c.line(36, ly - 3, 430, ly - 3)
        c.setFont("Helvetica", 8.5)
        sick = 54.0 + key % 60
        annual_bal = 61.0 + key % 50
        for j, (k, start_bal, earned, used) in enumerate((("Annual", annual_bal, al_rate, 0.0),
                                                          ("Sick", sick, 4.0, 0.0))):
            yy = ly - 14 - 12 * j
            c.drawString(36, yy, k)
            c.drawRightString(170, yy, f"{start_bal:.1f}")
            c.drawRightString(230, yy, f"{earned:.1f}")
            c.drawRightString(290, yy, f"{used:.1f}")
            c.drawRightString(350, yy, f"{start_bal + earned - used:.1f}")
            c.drawRightString(420, yy, "0.0" if k == "Annual" else "")
        # remarks
        c.rect(450, ly - 40, 126, 250, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(456, ly + 198, "REMARKS")
        paragraphs(c, 456, ly + 184, 114, [
            "Net pay deposited by EFT to the financial institution on file.",
            "TSP contribution elections may be changed at any time.",
            f"Leave year ends {short_date(dt.date(pay_date.year + 1, 1, 4))}."], font="Helvetica", size=7,
                   leading=9, gap=5)
        return []

    return Stub(Paper([page]), stub_fields(agency, employee, ch, start, end, "biweekly", ytd["GROSS"], net), pay_date)


@dataclass
class Other:
    paper: Paper
    amount: float = 0.0


def gig_summary(platform: str, color: Color, driver: str, week_end: dt.date, bank4: str, key: int,
                avg: float) -> Other:
    """A delivery platform's weekly earnings summary for an independent contractor."""
    start = week_end - dt.timedelta(days=6)
    rr = random.Random(f"{driver}{week_end}{key}")
    deliveries = rr.randint(58, 84)
    base = r2(avg * 0.58 + rr.uniform(-40, 40))
    peak = r2(rr.uniform(20, 60))
    tips = r2(avg * 0.36 + rr.uniform(-30, 30))
    adj = r2(rr.choice([0.0, 0.0, 4.5, -2.25]))
    total = r2(base + peak + tips + adj)
    ytd = r2(total * (int(week_end.strftime("%j")) // 7 + 1) * 0.97)
    paid = week_end + dt.timedelta(days=2)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(color)
        c.rect(0, 730, W, 62, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(48, 752, platform)
        c.setFont("Helvetica", 9)
        c.drawString(48 + stringWidth(platform, "Helvetica-Bold", 22) + 8, 753, "Driver")
        c.drawRightString(564, 752, "driver.help/earnings")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(48, 700, "Weekly Earnings Summary")
        c.setFont("Helvetica", 10)
        c.drawString(48, 684, f"Week of {start.strftime('%b')} {start.day} - {week_end.strftime('%b')} "
                              f"{week_end.day}, {week_end.year}")
        c.drawString(48, 670, f"Driver: {driver}")
        tiles = [("Deliveries", str(deliveries)), ("Active time", f"{rr.randint(24, 36)} h {rr.randint(1, 59)} m"),
                 ("Miles", f"{rr.randint(310, 520)}"), ("Total earnings", "$" + money(total))]
        for i, (k, v) in enumerate(tiles):
            x = 48 + i * 130
            c.setFillGray(0.94)
            c.roundRect(x, 596, 120, 56, 8, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 10, 636, k)
            c.setFont("Helvetica-Bold", 15)
            c.drawString(x + 10, 610, v)
        y = 566
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, y, "Earnings breakdown")
        c.setLineWidth(0.5)
        c.line(48, y - 5, 564, y - 5)
        c.setFont("Helvetica", 10)
        y -= 22
        for k, v in (("Base pay", base), ("Peak pay", peak), ("Customer tips", tips), ("Adjustments", adj)):
            c.drawString(48, y, k)
            c.drawRightString(564, y, ("-$" if v < 0 else "$") + money(abs(v)))
            y -= 18
        c.line(48, y + 8, 564, y + 8)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, y - 6, "Total earnings")
        c.drawRightString(564, y - 6, "$" + money(total))
        y -= 34
        c.setFont("Helvetica", 10)
        c.drawString(48, y, f"Paid out to bank account ending {bank4} on {paid.strftime('%b')} {paid.day}, "
                            f"{paid.year} (weekly direct deposit)")
        y -= 16
        c.drawString(48, y, f"Earnings this year to date: ${money(ytd)}")
        y -= 30
        c.setFillGray(0.94)
        c.rect(48, y - 40, 516, 52, stroke=0, fill=1)
        c.setFillColor(black)
        paragraphs(c, 58, y, 496, [
            f"You are an independent contractor. {platform} does not withhold income or payroll taxes from your "
            "earnings. If you earn $600 or more this year you will receive Form 1099-NEC. Customer tips are passed "
            "to you in full."], font="Helvetica", size=8.5, leading=11)
        return []

    return Other(Paper([page]), total)


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str
    ends: tuple[float, ...] = ()


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def debits(rng: random.Random, start: dt.date, end: dt.date, names: Sequence[tuple[str, int]]
           ) -> list[tuple[dt.date, str, float]]:
    span = (end - start).days
    out = []
    for desc, small in names:
        amt = r2(rng.uniform(18, 130) if small else rng.uniform(80, 380))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    return out


WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(v: float) -> str:
    dollars = int(v)
    cents = round((v - dollars) * 100)

    def below_1000(n: int) -> str:
        parts = []
        if n >= 100:
            parts.append(f"{WORDS[n // 100]} hundred")
            n %= 100
        if n >= 20:
            parts.append(TENS[n // 10 - 2] + (f"-{WORDS[n % 10]}" if n % 10 else ""))
        elif n or not parts:
            parts.append(WORDS[n])
        return " ".join(parts)

    text = below_1000(dollars % 1000)
    if dollars >= 1000:
        text = f"{below_1000(dollars // 1000)} thousand " + (text if dollars % 1000 else "")
    return f"{text.strip().capitalize()} and {cents:02d}/100"


def piedmont_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]],
                       checks: Sequence[tuple[int, int, str, float, str]],
                       bills: Sequence[tuple[int, str, float]] = ()) -> Statement:
    """Blue Ridge Piedmont Bank: page 1 summary and lists, page 2 the paid checks' images."""
    bank = "Blue Ridge Piedmont Bank"
    start, end = month_bounds(year, month)
    dep = [(start + dt.timedelta(days=d - 1), desc, a) for d, desc, a in credits]
    chk = [(n, start + dt.timedelta(days=d - 1), payee, a, memo) for n, d, payee, a, memo in checks]
    oth = debits(rng, start, end, [("POS PURCHASE FOOD LION #1123", 1), ("APPALACHIAN POWER ONLINE PMT", 0),
                                   ("POS PURCHASE SHEETZ 0412", 1), ("VERIZON WIRELESS PAYMENT", 0),
                                   ("ATM WITHDRAWAL 0031 MAIN ST", 1), ("GEICO AUTO INS", 0),
                                   ("POS PURCHASE DOLLAR TREE", 1)])
    oth += [(start + dt.timedelta(days=d - 1), desc, -a) for d, desc, a in bills]
    dep.sort()
    oth.sort()
    tot_dep = r2(sum(a for _, _, a in dep))
    tot_chk = r2(sum(c[3] for c in chk))
    tot_oth = r2(-sum(a for _, _, a in oth))
    ending = r2(begin + tot_dep - tot_chk - tot_oth)

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.12, 0.3, 0.55))
        c.circle(58, 740, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(58, 736, "BR")
        c.setFillColor(Color(0.12, 0.3, 0.55))
        c.setFont("Times-Bold", 16)
        c.drawString(80, 742, "Blue Ridge Piedmont Bank")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(80, 731, "Member FDIC  -  PO Box 2210, Lynchburg, VA 24505  -  (434) 555-0100")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 744, f"Statement Period {mdy(start)} through {mdy(end)}")
        c.drawRightString(572, 733, f"Account Number ******{acct[-4:]}")
        c.drawRightString(572, 722, f"Page {n} of 2")
        c.setLineWidth(1)
        c.line(40, 714, 572, 714)

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 688
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(330, 690, "EVERYDAY CHECKING")
        c.setFont("Helvetica", 8.5)
        rows = [("Previous Balance", begin), (f"Deposits and Other Credits ({len(dep)})", tot_dep),
                (f"Checks Paid ({len(chk)})", -tot_chk), (f"Other Debits ({len(oth)})", -tot_oth),
                ("Ending Balance", ending)]
        y = 676
        for k, v in rows:
            c.drawString(330, y, k)
            c.drawRightString(572, y, ("-" if v < 0 else "") + money(abs(v)))
            y -= 12
        c.line(330, y + 9, 572, y + 9)
        y = 600
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "DEPOSITS AND OTHER CREDITS")
        c.line(40, y - 3, 572, y - 3)
        y -= 14
        c.setFont("Helvetica", 8.5)
        for d, desc, a in dep:
            c.drawString(40, y, d.strftime("%m/%d"))
            c.drawString(90, y, desc)
            c.drawRightString(572, y, money(a))
            y -= 11.5
        y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "CHECKS PAID")
        c.line(40, y - 3, 572, y - 3)
        y -= 14
        c.setFont("Helvetica", 8.5)
        for i, (n, d, _, a, _) in enumerate(chk):
            x = 40 + (i % 3) * 180
            c.drawString(x, y, f"{n}")
            c.drawString(x + 40, y, d.strftime("%m/%d"))
            c.drawRightString(x + 160, y, money(a))
            if i % 3 == 2 or i == len(chk) - 1:
                y -= 11.5
        y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "OTHER DEBITS")
        c.line(40, y - 3, 572, y - 3)
        y -= 14
        c.setFont("Helvetica", 8.5)
        for d, desc, a in oth:
            c.drawString(40, y, d.strftime("%m/%d"))
            c.drawString(90, y, desc)
            c.drawRightString(572, y, money(-a))
            y -= 11.5
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "Images of the checks paid this period appear on the following page. Report any error "
                             "or unauthorized item within 60 days.")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 694, "CHECK IMAGES")
        marks: list[Mark] = []
        for i, (n, d, payee, a, memo) in enumerate(chk):
            col, row = i % 2, i // 2
            x = 40 + col * 270
            y = 560 - row * 150
            c.setLineWidth(0.6)
            c.setFillGray(0.96)
            c.rect(x, y, 258, 118, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 6, y + 106, holder.upper())
            c.setFont("Helvetica", 6)
            c.drawString(x + 6, y + 98, address[0].upper())
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(x + 252, y + 106, str(n))
            c.setFont("Helvetica", 7)
            c.drawString(x + 160, y + 90, "DATE")
            c.setFont("Courier", 8)
            c.drawString(x + 182, y + 90, mdy(d - dt.timedelta(days=3)))
            c.setFont("Helvetica", 6)
            c.drawString(x + 6, y + 72, "PAY TO THE")
            c.drawString(x + 6, y + 65, "ORDER OF")
            c.setFont("Courier", 8)
            c.drawString(x + 42, y + 67, payee)
            c.line(x + 40, y + 64, x + 200, y + 64)
            c.rect(x + 206, y + 62, 46, 12, stroke=1, fill=0)
            c.drawRightString(x + 250, y + 65, money(a))
            c.setFont("Courier", 6.5)
            c.drawString(x + 8, y + 50, in_words(a))
            c.line(x + 6, y + 47, x + 222, y + 47)
            c.setFont("Helvetica", 6)
            c.drawString(x + 225, y + 49, "DOLLARS")
            c.drawString(x + 6, y + 30, "MEMO")
            c.setFont("Courier", 7)
            c.drawString(x + 28, y + 30, memo)
            c.line(x + 26, y + 28, x + 120, y + 28)
            c.line(x + 140, y + 28, x + 252, y + 28)
            marks.append(Mark("sig", x + 148, y + 29, w=68, seed=n))
            c.setFont("Courier", 8)
            c.drawString(x + 20, y + 8, f"a051404260a  {acct}c  {n:04d}")
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "Blue Ridge Piedmont Bank  -  Member FDIC  -  Equal Housing Lender")
        for m in marks:
            draw_signature_vector(c, m, Color(0.2, 0.2, 0.2))
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def keel_statement(rng: random.Random, holder: str, address: Sequence[str], member: str, year: int, month: int,
                   begins: tuple[float, float, float], deposits: Sequence[tuple[int, str, float]],
                   bills: Sequence[tuple[int, str, float]] = ()) -> Statement:
    """Keel Harbor Federal Credit Union: a member statement of three sub-accounts."""
    bank = "Keel Harbor Federal Credit Union"
    start, end = month_bounds(year, month)
    sav_in = [(start + dt.timedelta(days=14), "Transfer from Share 10", 50.0),
              (end, "Dividend  APY 0.25%", r2(begins[0] * 0.0025 / 12))]
    club_in = [(start + dt.timedelta(days=14), "Transfer from Share 10", 25.0),
               (end, "Dividend  APY 0.10%", r2(begins[2] * 0.001 / 12))]
    chk = [(start + dt.timedelta(days=d - 1), desc, a) for d, desc, a in [*deposits, *bills]]
    chk += debits(rng, start, end, [("POS  PUBLIX #0783 SAVANNAH GA", 1), ("ACH  GA POWER BILL PAY", 0),
                                    ("POS  RACETRAC 2231", 1), ("POS  RACETRAC 2231", 1), ("ACH  PROGRESSIVE INS", 0),
                                    ("POS  O REILLY AUTO 5521", 1), ("ACH  T-MOBILE", 0)])
    chk.append((start + dt.timedelta(days=14), "Transfer to Share 00", -50.0))
    chk.append((start + dt.timedelta(days=14), "Transfer to Share 20", -25.0))
    chk.sort(key=lambda t: (t[0], -t[2]))
    regs = [("00", "PRIMARY SHARE SAVINGS", begins[0], sorted(sav_in)),
            ("10", "FREE CHECKING", begins[1], chk),
            ("20", "VACATION CLUB", begins[2], sorted(club_in))]
    summary = []
    for suf, name, b, lines in regs:
        d = r2(sum(a for _, _, a in lines if a > 0))
        w = r2(-sum(a for _, _, a in lines if a < 0))
        summary.append((suf, name, b, d, w, r2(b + d - w)))
    ending_chk = summary[1][5]

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.05, 0.3, 0.3))
        c.setFont("Helvetica-Bold", 17)
        c.drawString(40, 742, "KEEL HARBOR")
        c.setFont("Helvetica", 9)
        c.drawString(40, 730, "Federal Credit Union  -  Savannah, Georgia  -  (912) 555-0170")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(572, 744, "MEMBER STATEMENT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 733, f"Member Number ******{member[-4:]}")
        c.drawRightString(572, 722, f"{mdy(start)} to {mdy(end)}     Page {n} of 2")
        c.setStrokeColor(Color(0.05, 0.3, 0.3))
        c.setLineWidth(1.5)
        c.line(40, 714, 572, 714)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)

    def register(c: Canvas, y: float, reg: tuple[str, str, float, list[Any]], summ: tuple[Any, ...]) -> float:
        suf, name, b, lines = reg
        c.setFillGray(0.9)
        c.rect(40, y - 4, 532, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y, f"SHARE {suf}  {name}")
        y -= 16
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((44, "DATE"), (100, "TRANSACTION DESCRIPTION")):
            c.drawString(x, y, t)
        for x, t in ((420, "WITHDRAWALS"), (495, "DEPOSITS"), (570, "BALANCE")):
            c.drawRightString(x, y, t)
        y -= 12
        c.setFont("Helvetica", 8.5)
        c.drawString(44, y, start.strftime("%m/%d"))
        c.drawString(100, y, "Previous Balance")
        c.drawRightString(570, y, money(b))
        y -= 11
        bal = b
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(44, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(420 if a < 0 else 495, y, money(abs(a)))
            c.drawRightString(570, y, money(bal))
            y -= 11
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, end.strftime("%m/%d"))
        c.drawString(100, y, "New Balance")
        c.drawRightString(570, y, money(summ[5]))
        return y - 22

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(56, y, ln)
            y -= 12
        y = 626
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, y, "ACCOUNT SUMMARY")
        y -= 16
        c.setFont("Helvetica-Bold", 7.5)
        heads = [(40, "SUFFIX", "l"), (80, "ACCOUNT", "l"), (330, "PREVIOUS BALANCE", "r"),
                 (410, "DEPOSITS", "r"), (490, "WITHDRAWALS", "r"), (570, "NEW BALANCE", "r")]
        for x, t, al in heads:
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        c.line(40, y - 3, 572, y - 3)
        c.setFont("Helvetica", 8.5)
        y -= 14
        for suf, name, b, d, w, e in summary:
            c.drawString(40, y, suf)
            c.drawString(80, y, name.title())
            c.drawRightString(330, y, money(b))
            c.drawRightString(410, y, money(d))
            c.drawRightString(490, y, money(w))
            c.drawRightString(570, y, money(e))
            y -= 12
        y -= 16
        register(c, y, regs[0], summary[0])
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = register(c, 690, regs[1], summary[1])
        y = register(c, y, regs[2], summary[2])
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "Federally insured by NCUA. Dividends are credited on the last day of the month.")
        return []

    fields = {"bank_name": bank, "account_last4": member[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begins[1], "ending_balance": ending_chk}
    return Statement(Paper([page1, page2]), fields, end, member, (summary[0][5], summary[1][5], summary[2][5]))


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


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 10.5)
        y = 730
        c.drawRightString(W - 72, y, long_date(date))
        for ln in [writer if not co_writer else f"{writer} and {co_writer}", *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 20
        for ln in [servicer, "Attn: Loss Mitigation"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, f"RE: Loan number {loan} - explanation of hardship")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Loss Mitigation Department,", *paras], font="Helvetica",
                       size=10.5, leading=14)
        c.setFont("Helvetica", 10.5)
        c.drawString(72, y - 4, "Thank you,")
        marks = []
        sy = y - 44
        for i, nm in enumerate([writer] + ([co_writer] if co_writer else [])):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def gov_letterhead(c: Canvas, top: str, sub: str) -> None:
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 738, top)
    c.setFont("Helvetica", 9)
    c.drawString(72, 726, sub)


def ssdi_award(person: str, address: Sequence[str], ssn4: str, date: dt.date, monthly: float, onset: dt.date,
               entitled: dt.date, past_due: float) -> Letter:
    """Social Security's two-page Notice of Award for disability benefits."""
    first_pay = dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)

    def page1(c: Canvas) -> list[Mark]:
        gov_letterhead(c, "Social Security Administration", "Retirement, Survivors and Disability Insurance")
        c.setFont("Helvetica-Bold", 15)
        c.drawString(72, 700, "Notice of Award")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 72, 738, "Office of Disability Operations")
        c.drawRightString(W - 72, 727, "1500 Woodlawn Drive")
        c.drawRightString(W - 72, 716, "Baltimore, Maryland 21241-1500")
        c.drawRightString(W - 72, 700, f"Date: {long_date(date)}")
        c.drawRightString(W - 72, 689, f"Claim Number: XXX-XX-{ssn4}HA")
        c.setFont("Helvetica", 10.5)
        y = 664
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(90, y, ln)
            y -= 13
        y -= 18
        y = paragraphs(c, 72, y, W - 144, [
            f"You are entitled to monthly disability benefits beginning {entitled.strftime('%B %Y')}.",
        ], font="Helvetica-Bold", size=10.5, leading=14)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, "The Date You Became Disabled")
        y = paragraphs(c, 72, y - 16, W - 144, [
            f"We found that you became disabled under our rules on {long_date(onset)}. This is the day you told us "
            "you became unable to work because of your condition.",
            "You have to be disabled for 5 full calendar months in a row before you can be entitled to benefits. "
            f"For these reasons, your first month of entitlement to benefits is {entitled.strftime('%B %Y')}."],
            font="Helvetica", size=10.5, leading=14)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, "What We Will Pay and When")
        y = paragraphs(c, 72, y - 16, W - 144, [
            f"You will receive ${money(past_due)} around {long_date(date + dt.timedelta(days=6))}. This is the money "
            f"you are due for {entitled.strftime('%B %Y')} through "
            f"{(first_pay - dt.timedelta(days=1)).strftime('%B %Y')}. It is a one-time payment for the months "
            "before your regular benefits begin.",
            f"Your monthly benefit amount beginning {first_pay.strftime('%B %Y')} is ${money(monthly)}. We pay "
            "benefits each month, and you will receive the payment for each month in the following month, on the "
            "second Wednesday. Your payments will go to the account you chose at your bank."],
            font="Helvetica", size=10.5, leading=14)
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 50, "See Next Page")
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 9)
        c.drawString(72, 740, f"{person}     XXX-XX-{ssn4}HA")
        c.drawRightString(W - 72, 740, "Page 2 of 2")
        y = 708
        for title, text in (
                ("Information About Medicare", "You will be eligible for Medicare after you have been entitled to "
                 "disability benefits for 24 months. We will send you information a few months before your "
                 "Medicare coverage starts."),
                ("Tax Information", "Part of your Social Security benefits may be taxable. Each January we will mail "
                 "you a Form SSA-1099 showing the benefits we paid you in the year before, to use when you file "
                 "your federal income tax return."),
                ("Things You Must Report", "You must tell us if you go back to work, if your condition improves, or "
                 "if you move or change the account where your payments go."),
                ("If You Disagree With The Decision", "If you disagree with this decision, you have the right to "
                 "appeal. We will review your case. You must ask for an appeal in writing within 60 days from the "
                 "date you receive this letter.")):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, title)
            y = paragraphs(c, 72, y - 16, W - 144, [text], font="Helvetica", size=10.5, leading=14)
            y -= 4
        c.setFont("Helvetica", 10.5)
        c.drawString(72, y - 10, "Social Security Administration")
        return []

    return Letter(Paper([page1, page2]), "benefit_award_letter", date, monthly, "benefits_taxable")


def va_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, rating: int,
              effective: dt.date) -> Letter:
    """The VA's Benefit Summary Letter for service-connected disability compensation (not taxable)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 742, "DEPARTMENT OF VETERANS AFFAIRS")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 730, "Regional Benefit Office  -  PO Box 4444, Janesville, WI 53547")
        c.setLineWidth(0.8)
        c.line(72, 722, W - 72, 722)
        c.setFont("Helvetica", 10.5)
        c.drawRightString(W - 72, 704, long_date(date))
        y = 690
        for ln in [person, *address]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 16
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, "Benefit Summary Letter")
        y -= 22
        y = paragraphs(c, 72, y, W - 144, [
            f"Dear {person.split()[0]} {person.split()[-1]}:",
            "This letter is a summary of benefits you currently receive from the Department of Veterans Affairs "
            "(VA). We are providing this letter to disabled Veterans to use in applying for benefits such as loans, "
            "housing assistance and state or local property tax relief."], font="Helvetica", size=10.5, leading=14)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, "Your VA Benefits")
        y -= 8
        rows = [("Service-connected disability:", "Yes"),
                ("Your combined service-connected evaluation is:", f"{rating}%"),
                ("Your current monthly award amount is:", "$" + money(monthly)),
                ("The effective date of the last change to your current award was:", long_date(effective)),
                ("You are considered to be totally and permanently disabled:", "No")]
        for k, v in rows:
            y -= 18
            c.setLineWidth(0.4)
            c.line(72, y - 5, W - 72, y - 5)
            c.setFont("Helvetica", 10)
            c.drawString(76, y, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(W - 76, y, v)
        y -= 30
        y = paragraphs(c, 72, y, W - 144, [
            "Disability compensation is paid monthly and is not taxable income. It is not counted as income for "
            "federal income tax purposes.",
            "You may request another copy of this letter at any time. If you have questions, call us toll-free at "
            "1-800-555-0127."], font="Helvetica", size=10.5, leading=14)
        c.setFont("Helvetica", 10.5)
        c.drawString(72, y - 6, "Sincerely Yours,")
        c.drawString(72, y - 34, "Regional Office Director")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_nontaxable")


def decree_excerpt(husband: str, wife: str, county: str, case_no: str, entered: dt.date, judge: str) -> Paper:
    """Pages 1 and 7 of a seven-page Final Decree of Divorce (the borrower sent the first and the signed last)."""
    def caption(c: Canvas, n: int) -> None:
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 40, f"Final Decree of Divorce  -  Case No. {case_no}  -  Page {n} of 7")
        c.setLineWidth(0.5)
        c.line(90, 60, 90, 760)

    def page1(c: Canvas) -> list[Mark]:
        caption(c, 1)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 730, f"VIRGINIA: IN THE CIRCUIT COURT OF {county.upper()} COUNTY")
        c.setFont("Times-Roman", 12)
        c.drawString(108, 690, f"{wife.upper()},")
        c.drawString(140, 674, "Plaintiff,")
        c.drawString(108, 650, "v.")
        c.drawString(360, 650, f"Case No. {case_no}")
        c.drawString(108, 626, f"{husband.upper()},")
        c.drawString(140, 610, "Defendant.")
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 572, "FINAL DECREE OF DIVORCE")
        paragraphs(c, 108, 540, W - 180, [
            "THIS CAUSE came to be heard upon the Complaint for Divorce filed by the Plaintiff, upon the Defendant's "
            "acceptance of service, upon the Property Settlement Agreement of the parties, and upon the evidence "
            "taken by deposition, and was argued by counsel.",
            "UPON CONSIDERATION WHEREOF, the Court finds that it has jurisdiction over the parties and the subject "
            "matter; that at least one of the parties has been a bona fide resident and domiciliary of the "
            "Commonwealth of Virginia for more than six months preceding the filing of this suit; that the parties "
            "have lived separate and apart without any cohabitation and without interruption for more than one "
            "year; and that there are no minor children born of the marriage.",
            f"It is therefore ADJUDGED, ORDERED and DECREED that the Plaintiff, {wife}, be and hereby is granted a "
            f"divorce a vinculo matrimonii from the Defendant, {husband}, on the ground that the parties have lived "
            "separate and apart for more than one year."], size=12, leading=24, gap=10)
        return []

    def page7(c: Canvas) -> list[Mark]:
        caption(c, 7)
        y = paragraphs(c, 108, 730, W - 180, [
            f"It is further ORDERED that the marital residence shall be the sole and separate property of the "
            f"Plaintiff, {wife}, who shall be solely responsible for the mortgage indebtedness on it, and that the "
            "Defendant shall execute a deed conveying his interest in it within thirty days of the entry of this "
            "Decree.",
            "This Decree is FINAL. The Clerk shall forward a copy of this Decree to counsel of record and shall "
            "furnish the Virginia Department of Health the report of divorce required by law.",
            "AND THIS CAUSE IS ENDED."], size=12, leading=24, gap=10)
        c.setFont("Times-Roman", 12)
        c.drawString(108, y - 10, f"ENTERED this {ordinal(entered.day)} day of {entered.strftime('%B')}, "
                                  f"{entered.year}.")
        c.line(330, y - 60, 520, y - 60)
        c.drawString(330, y - 74, judge)
        c.drawString(330, y - 88, "JUDGE")
        c.setFont("Times-Roman", 10)
        c.drawString(108, y - 130, "SEEN AND AGREED:")
        c.line(108, y - 160, 280, y - 160)
        c.drawString(108, y - 172, "Counsel for Plaintiff")
        c.line(330, y - 160, 520, y - 160)
        c.drawString(330, y - 172, "Counsel for Defendant")
        c.drawString(108, y - 210, "A COPY TESTE:  Clerk of the Circuit Court")
        return [Mark("sig", 340, y - 58, w=160, seed=len(judge)), Mark("sig", 116, y - 158, w=140, seed=91),
                Mark("sig", 340, y - 158, w=140, seed=92)]

    return Paper([page1, page7])


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int) -> bytes:
    """Page 1 of the real IRS Form 4506-C, typed over and signed (fields flattened into the page)."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Cordell Income Verification LLC"),
           (312, 506, "CIV-40913"), (420, 506, "CORDELL1"), (27, 484, "85 Commerce Park Drive"),
           (312, 484, "Reston"), (420, 484, "VA"), (474, 484, "20191"), (27, 430, client), (474, 430, client_phone),
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
    return fixed_pypdf_bytes(writer, "ao4506c")


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 16)
        c.drawString(72, 720, sender)
        c.setFont("Times-Roman", 10)
        c.drawString(72, 706, "Public fax service  -  115 Main Street  -  (540) 555-0144")
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, 660, "Fax Transmittal")
        rows = [("Date", mdy(date)), ("To", to), ("Fax number", to_fax), ("From", "Patron - see attached"),
                ("Sender's fax", sender_fax), ("Number of pages", f"{pages} (including this cover)"),
                ("Subject", note)]
        y = 620
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 10.5)
            c.drawString(200, y, v)
            c.setLineWidth(0.4)
            c.line(196, y - 4, 540, y - 4)
            y -= 24
        c.setFont("Helvetica", 8.5)
        c.drawString(72, y - 20, "The library sends faxes for patrons and keeps no copy. Please contact the sender, "
                                 "not the library, about this fax.")
        return []

    return Paper([page])


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str
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
    co_signed_on: dt.date | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    checking: float = 0.0
    savings: float = 0.0
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    @property
    def co_date(self) -> dt.date:
        return self.co_signed_on or self.signed_on

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


# Harborline HMS-210: the boxed two-column table form.

LX, LW, AX, RX = 40.0, 150.0, 190.0, 572.0
HMS_HARDSHIP = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster",
                "Disability or serious illness", "Divorce or legal separation", "Separation of unmarried borrowers",
                "Death of a borrower or wage earner", "Distant employment transfer / relocation", "Other")
HMS_INCOME = ("Gross wages, salary, overtime, tips, commissions, bonuses", "Self-employment income",
              "Unemployment benefits", "Taxable Social Security, pension, disability, public assistance",
              "Non-taxable Social Security or disability income", "Rental income (less expenses other than mortgage)",
              "Investment or insurance income", "Other income (alimony, child support, other)")


def _label(c: Canvas, y: float, h: float, label: str, size: float = 7.5) -> None:
    lines = wrap(label, "Helvetica-Bold", size, LW - 10)
    c.setFillGray(0.84)
    c.rect(LX, y - h, LW, h, stroke=0, fill=1)
    c.setFillColor(black)
    c.setLineWidth(0.6)
    c.rect(LX, y - h, RX - LX, h, stroke=1, fill=0)
    c.line(AX, y - h, AX, y)
    c.setFont("Helvetica-Bold", size)
    ty = y - h / 2 + (len(lines) - 1) * (size + 1) / 2 - size / 2 + 1
    for ln in lines:
        c.drawString(LX + 5, ty, ln)
        ty -= size + 1


def _row_h(label: str, minimum: float = 20.0) -> float:
    return max(minimum, len(wrap(label, "Helvetica-Bold", 7.5, LW - 10)) * 8.5 + 8)


def t_text(c: Canvas, y: float, label: str, value: str) -> float:
    h = _row_h(label)
    _label(c, y, h, label)
    c.setFont("Courier", 10)
    c.drawString(AX + 6, y - h / 2 - 3.5, value)
    return y - h


def _option_layout(options: Sequence[str], width: float) -> list[list[str]]:
    lines: list[list[str]] = [[]]
    x = 0.0
    for opt in options:
        w = stringWidth(opt, "Helvetica", 8.5) + 4 + 9 + 16
        if x + w > width and lines[-1]:
            lines.append([])
            x = 0.0
        lines[-1].append(opt)
        x += w
    return lines


def t_options(c: Canvas, y: float, label: str, options: Sequence[str], chosen: set[str]) -> float:
    """Options laid out across the answer cell, each option's word followed by its box."""
    lines = _option_layout(options, RX - AX - 12)
    h = max(_row_h(label), len(lines) * 15 + 7)
    _label(c, y, h, label)
    ty = y - 14
    for line in lines:
        x = AX + 6
        for opt in line:
            c.setFont("Helvetica", 8.5)
            c.drawString(x, ty, opt)
            x += stringWidth(opt, "Helvetica", 8.5) + 4
            c.setLineWidth(0.7)
            c.rect(x, ty - 1.5, 9, 9, stroke=1, fill=0)
            if opt in chosen:
                c.setFont("Courier-Bold", 10)
                c.drawString(x + 1.4, ty - 0.2, "X")
            x += 9 + 16
        ty -= 15
    return y - h


def t_section(c: Canvas, y: float, title: str) -> float:
    c.setFillGray(0.28)
    c.setLineWidth(0.6)
    c.rect(LX, y - 17, RX - LX, 17, stroke=1, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(LX + 6, y - 12, title)
    c.setFillColor(black)
    return y - 17


def hms210(app: App, ink: bool) -> Paper:
    def head(c: Canvas, n: int) -> None:
        c.setFillColor(NAVY)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(LX, 742, "HARBORLINE")
        c.setFont("Helvetica", 8.5)
        c.drawString(LX, 730, "MORTGAGE SERVICING  -  PO Box 90417, Norfolk, VA 23509  -  Fax (757) 555-0188")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(RX, 744, "Borrower Assistance Application")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(RX, 733, f"Form HMS-210 (01/2039)   Page {n} of 2")
        c.setStrokeColor(NAVY)
        c.setLineWidth(1.2)
        c.line(LX, 724, RX, 724)
        c.setStrokeColor(black)

    yes_no = ("Yes", "No")

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        paragraphs(c, LX, 712, RX - LX, [
            "Answer every row. Mark each choice by putting an X in the box after the words that apply. Send the "
            "application with the documents listed on the enclosed checklist; we will tell you within five business "
            "days whether anything else is needed."], font="Helvetica", size=8, leading=10)
        y = 688.0
        y = t_section(c, y, "SECTION 1 - LOAN AND BORROWERS")
        y = t_text(c, y, "Loan number", app.loan)
        y = t_text(c, y, "Borrower name", app.borrower)
        y = t_text(c, y, "Borrower SSN (last 4 digits)", app.ssn[-4:])
        y = t_text(c, y, "Borrower phone", app.phone)
        y = t_text(c, y, "Borrower e-mail", app.email)
        y = t_text(c, y, "Co-Borrower name", app.co or "")
        y = t_text(c, y, "Co-Borrower SSN (last 4 digits)", (app.co_ssn or "")[-4:])
        y = t_options(c, y, "Is any borrower on active military duty (or a dependent or surviving spouse)?", yes_no,
                      {"No"})
        y = t_section(c, y, "SECTION 2 - PROPERTY")
        y = t_text(c, y, "Property address (street, city, state, ZIP)", app.address)
        y = t_text(c, y, "Mailing address (if different)", "")
        occ = ("Primary residence", "Second home", "Investment property")
        y = t_options(c, y, "The property is", occ, {occ[OCCUPANCIES.index(app.occupancy)]})
        y = t_options(c, y, "Is the property listed for sale?", yes_no, {"No"})
        y = t_options(c, y, "Do you pay HOA or condominium dues?", yes_no, {"No"})
        y = t_section(c, y, "SECTION 3 - HARDSHIP")
        y = t_options(c, y, "Type(s) of hardship (mark all that apply)", HMS_HARDSHIP,
                      {HMS_HARDSHIP[HARDSHIPS.index(h)] for h in app.hardships})
        y = t_text(c, y, "If Other, describe", app.other_text)
        y = t_text(c, y, "Hardship began on (mm/dd/yyyy)", mdy(app.start))
        dur = ("Short-term (6 months or less)", "Long-term or permanent", "Resolved")
        y = t_options(c, y, "The hardship is expected to be", dur,
                      {dur[("short", "long", "resolved").index(app.duration)]})
        c.setFont("Helvetica", 7)
        c.drawString(LX, 40, "HMS-210 (01/2039)  -  Continue on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = 712.0
        y = t_text(c, y, "Loan number", app.loan)
        y -= 10
        y = t_section(c, y, "SECTION 4 - MONTHLY HOUSEHOLD INCOME (BEFORE TAXES, ALL BORROWERS)")
        for k, label in zip(INCOMES, HMS_INCOME, strict=True):
            v = app.income.get(k, 0.0)
            y = t_text(c, y, label, f"$ {money(v)}" if v > 0 else "")
        h = 20.0
        _label(c, y, h, "TOTAL monthly household income")
        c.setFont("Courier-Bold", 10)
        c.drawString(AX + 6, y - h / 2 - 3.5, f"$ {money(app.total)}")
        y -= h
        y = t_section(c, y, "SECTION 5 - ASSETS")
        y = t_text(c, y, "Checking accounts and cash on hand", f"$ {money(app.checking)}" if app.checking else "")
        y = t_text(c, y, "Savings, money market, CDs", f"$ {money(app.savings)}" if app.savings else "")
        text = ("I certify that the information in this application is true and that the hardship I described "
                "contributed to my need for mortgage relief. I agree to provide the documents Harborline requests "
                "and consent to a credit report for each borrower. Knowingly false statements may violate federal "
                "law.")
        lines = wrap(text, "Helvetica", 8, RX - AX - 12)
        h = len(lines) * 10 + 10
        _label(c, y, h, "Certification")
        ty = y - 11
        c.setFont("Helvetica", 8)
        for ln in lines:
            c.drawString(AX + 6, ty, ln)
            ty -= 10
        y -= h
        y = t_section(c, y, "SECTION 6 - SIGNATURES")
        dx = 482.0
        c.setFillGray(0.84)
        c.rect(LX, y - 16, LW, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.rect(LX, y - 16, RX - LX, 16, stroke=1, fill=0)
        c.line(AX, y - 16, AX, y)
        c.line(dx, y - 16, dx, y)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(LX + 5, y - 11, "Signer")
        c.drawString(AX + 6, y - 11, "Signature")
        c.drawString(dx + 5, y - 11, "Date (mm/dd/yyyy)")
        y -= 16
        marks: list[Mark] = []
        people = [("Borrower", app.borrower, app.b_signs, app.b_dates, app.signed_on, 0),
                  ("Co-Borrower", app.co or "", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs,
                   app.co_date, 1)]
        for role, name, signs, dates, on, k in people:
            h = 44.0
            _label(c, y, h, role, size=8.5)
            c.line(dx, y - h, dx, y)
            c.setFont("Helvetica", 6.5)
            c.drawString(AX + 6, y - h + 4, f"Printed name: {name}")
            if signs:
                marks.append(Mark("sig", AX + 30, y - 30, w=200, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", dx + 8, y - 27, mdy(on), size=12, seed=app.seed + 7 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(dx + 8, y - 26, mdy(on))
            y -= h
        c.setFont("Helvetica", 7)
        c.drawString(LX, 40, "HMS-210 (01/2039)  -  Return both pages.")
        return marks

    return Paper([page1, page2])


# Keystone Valley HFA's Homeowner Assistance Fund application, printed from its web portal.

HAF_HARDSHIP = ("Job loss / unemployment", "Reduced income or hours", "Higher housing costs",
                "Disaster damage", "Disability or serious illness", "Divorce or legal separation",
                "Separation from an unmarried co-owner", "Death in the household", "Relocation for work",
                "Other")
HAF_INCOME = ("Wages, salaries, tips, overtime", "Self-employment / gig income", "Unemployment benefits",
              "Taxable Social Security, pension, disability", "Non-taxable Social Security, SSI, VA disability",
              "Rental income (net)", "Investment or insurance income", "Other (alimony, child support, other)")


def haf_portal(app: App, app_id: str, submitted: dt.datetime, printed: dt.datetime, servicer: str) -> Paper:
    url = f"https://homeowner.kvhfa.example.org/haf/applications/{app_id}/summary"
    pages = 3

    def chrome(c: Canvas, n: int) -> None:
        c.setFont("Helvetica", 7)
        c.drawString(24, 778, printed.strftime("%-m/%-d/%y, %-I:%M %p"))
        c.drawRightString(W - 24, 778, "Application Summary | KVHFA Homeowner Portal")
        c.drawString(24, 20, url)
        c.drawRightString(W - 24, 20, f"{n}/{pages}")

    def bar(c: Canvas, y: float, title: str) -> float:
        c.setFillColor(TEAL)
        c.rect(44, y - 18, W - 88, 20, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(52, y - 12, title)
        c.setFillColor(black)
        return y - 36

    def qa(c: Canvas, x: float, y: float, label: str, answer: str) -> None:
        c.setFont("Helvetica", 9.5)
        c.drawString(x, y, label + ":")
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x + stringWidth(label + ": ", "Helvetica", 9.5), y, answer)

    def radios(c: Canvas, x: float, y: float, label: str, options: Sequence[str], chosen: str) -> None:
        c.setFont("Helvetica", 9.5)
        c.drawString(x, y, label)
        xx = x + stringWidth(label, "Helvetica", 9.5) + 12
        for opt in options:
            c.setLineWidth(0.8)
            c.circle(xx + 4, y + 3.2, 4.2, stroke=1, fill=0)
            if opt == chosen:
                c.circle(xx + 4, y + 3.2, 2.3, stroke=0, fill=1)
            c.setFont("Helvetica", 9.5)
            c.drawString(xx + 12, y, opt)
            xx += stringWidth(opt, "Helvetica", 9.5) + 28

    def page1(c: Canvas) -> list[Mark]:
        chrome(c, 1)
        c.setFillColor(Color(0.02, 0.3, 0.34))
        c.rect(44, 716, W - 88, 48, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(56, 744, "Keystone Valley Housing Finance Agency")
        c.setFont("Helvetica", 9)
        c.drawString(56, 729, "Homeowner Assistance Fund (HAF)  -  Homeowner Portal")
        c.drawRightString(W - 56, 744, "My applications   Messages   Sign out")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(44, 690, "Application Summary")
        c.setFont("Helvetica", 8.5)
        c.setFillGray(0.35)
        c.drawString(44, 675, f"Application ID: {app_id}  -  Submitted {submitted.strftime('%m/%d/%Y')}  -  "
                              "Status: Under review")
        c.setFillColor(black)
        y = bar(c, 656, "1   Primary Applicant")
        qa(c, 52, y, "Primary applicant", app.borrower)
        y -= 18
        qa(c, 52, y, "Last 4 of SSN", app.ssn[-4:])
        qa(c, 300, y, "Phone", app.phone)
        y -= 18
        qa(c, 52, y, "Email", app.email)
        y -= 18
        radios(c, 52, y, "Are you or a co-applicant on active military duty?", ("Yes", "No"), "No")
        y -= 30
        y = bar(c, y, "2   Co-Applicant")
        radios(c, 52, y, "Is there a co-applicant on the mortgage?", ("Yes", "No"), "Yes" if app.co else "No")
        y -= 18
        if app.co:
            qa(c, 52, y, "Co-applicant", app.co)
            y -= 18
            qa(c, 52, y, "Co-applicant last 4 of SSN", (app.co_ssn or "")[-4:])
            y -= 18
        y -= 12
        y = bar(c, y, "3   Property and Mortgage")
        qa(c, 52, y, "Property address", app.address)
        y -= 18
        qa(c, 52, y, "Mortgage servicer", servicer)
        y -= 18
        qa(c, 52, y, "Servicer loan number", app.loan)
        y -= 18
        radios(c, 52, y, "How is the home used?", ("Primary residence", "Second home", "Rental / investment"),
               ("Primary residence", "Second home", "Rental / investment")[OCCUPANCIES.index(app.occupancy)])
        y -= 18
        radios(c, 52, y, "Is the home listed for sale?", ("Yes", "No"), "No")
        y -= 18
        qa(c, 52, y, "Months behind on the mortgage", "3")
        return []

    def page2(c: Canvas) -> list[Mark]:
        chrome(c, 2)
        y = bar(c, 752, "4   Hardship")
        c.setFont("Helvetica", 9.5)
        c.drawString(52, y, "What caused your hardship? (select all that apply)")
        y -= 20
        for i, opt in enumerate(HAF_HARDSHIP):
            col, row = divmod(i, 5)
            x = 60 + col * 250
            yy = y - row * 17
            c.setLineWidth(0.8)
            c.rect(x, yy - 1.5, 9, 9, stroke=1, fill=0)
            if HARDSHIPS[i] in app.hardships:
                c.setFont("ZapfDingbats", 8.5)
                c.drawString(x + 1, yy, "4")
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 15, yy, opt)
        y -= 5 * 17 + 8
        qa(c, 52, y, "If other, describe", app.other_text or "-")
        y -= 18
        qa(c, 52, y, "Date the hardship began", mdy(app.start))
        y -= 18
        dur = ("Short-term (6 months or less)", "Long-term (more than 6 months)", "Resolved")
        radios(c, 52, y, "Expected duration:", dur, dur[("short", "long", "resolved").index(app.duration)])
        y -= 34
        y = bar(c, y, "5   Household Income (monthly, before taxes)")
        for k, label in zip(INCOMES, HAF_INCOME, strict=True):
            qa(c, 52, y, label, "$" + money(app.income.get(k, 0.0)))
            y -= 17
        c.setLineWidth(0.5)
        c.line(52, y + 8, W - 60, y + 8)
        qa(c, 52, y - 6, "Total monthly household income", "$" + money(app.total))
        y -= 40
        qa(c, 52, y, "Household size", "3" if app.co else "1")
        y -= 17
        qa(c, 52, y, "Checking and savings balances", "$" + money(app.checking + app.savings))
        return []

    def page3(c: Canvas) -> list[Mark]:
        chrome(c, 3)
        y = bar(c, 752, "6   Certifications and Electronic Signature")
        y = paragraphs(c, 52, y, W - 112, [
            "I certify that the information in this application is true and complete, that the hardship I "
            "described happened after January 21, 2020 or is continuing, and that I will provide documents the "
            "Agency or my mortgage servicer asks for.",
            "I authorize the Agency to share this application and my documents with my mortgage servicer, and I "
            "ask my servicer to review this application as my request for mortgage assistance (loss mitigation).",
            "I understand that knowingly false statements may be punished under federal and state law."],
            font="Helvetica", size=9.5, leading=13)
        signers = [(app.borrower, app.signed_on, 0)]
        if app.co and app.co_signs:
            signers.append((app.co, app.co_date, 1))
        h = 30 + 40 * len(signers)
        c.setFillColor(Color(0.9, 0.96, 0.96))
        c.setStrokeColor(TEAL)
        c.rect(52, y - h, W - 112, h, stroke=1, fill=1)
        c.setStrokeColor(black)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(62, y - 16, "Electronic signatures")
        yy = y - 36
        for name, on, k in signers:
            when = dt.datetime.combine(on, dt.time(9 + 3 * k, 14 + 17 * k))
            c.setFont("Helvetica", 9.5)
            c.drawString(62, yy, "Signed electronically by ")
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(62 + stringWidth("Signed electronically by ", "Helvetica", 9.5), yy,
                         f"{name} on {mdy(on)} at {when.strftime('%-I:%M %p')} EDT")
            c.setFont("Helvetica", 7.5)
            c.setFillGray(0.4)
            c.drawString(62, yy - 12, f"IP address 198.51.100.{40 + k * 13 + app.seed % 50}  -  Signature ID "
                                      f"{app_id[-6:]}-{k + 1:02d}-{app.seed % 9000 + 1000}")
            c.setFillColor(black)
            yy -= 40
        c.setFont("Helvetica", 8)
        c.drawString(52, y - h - 24, "Need help? Call the KVHFA Homeowner Help Line at (717) 555-0150, "
                                     "Monday to Friday, 8 a.m. to 6 p.m.")
        return []

    return Paper([page1, page2, page3])


# The real Form 710, printed blank and filled in by hand in block capitals.

F710_HARD = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INC = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_hand(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    reader = PdfReader(FORM710)
    rects: dict[str, tuple[int, list[float]]] = {}
    for i, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            rects[str(w.get("/T", ""))] = (i, [float(v) for v in w["/Rect"]])
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    for page in writer.pages:
        if "/Annots" in page:
            del page["/Annots"]
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    blank = fixed_pypdf_bytes(writer, "ao710hand")
    marks: list[list[Mark]] = [[], [], [], []]
    rng = random.Random(seed)

    def text(name: str, value: str, size: float = 10.5) -> None:
        i, (x0, y0, _, _) = rects[name]
        marks[i].append(Mark("caps", x0 + 4, y0 + 3, value, size=size, seed=rng.randrange(10**6)))

    def tick(name: str) -> None:
        i, (x0, y0, x1, y1) = rects[name]
        marks[i].append(Mark("x", x0 + 0.5, y0 + 0.5, size=min(x1 - x0, y1 - y0) - 1, seed=rng.randrange(10**6)))

    text("Text_1", app.loan)
    text("Text_2", app.borrower)
    text("Text_3", app.ssn[-4:])
    text("Email_1", app.email)
    text("US_Phone_Number_1", app.phone)
    for name in ("Checkbox_2", "Checkbox_18", "Checkbox_23", F710_OCC[app.occupancy], "Checkbox_27", "Checkbox_30",
                 "Checkbox_35", "Checkbox_37"):
        tick(name)
    if app.co:
        text("Text_4", app.co)
        text("Text_5", (app.co_ssn or "")[-4:])
    text("Text_6", app.address, size=10)
    text("Date_1", mdy(app.start))
    tick({"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"))
    for h in app.hardships:
        tick(F710_HARD[h])
    for k, v in app.income.items():
        if v > 0:
            text(F710_INC[k], money(v))
    if app.checking:
        text("Number_10", money(app.checking))
    if app.b_signs:
        i, (x0, y0, _, _) = rects["Signature_1"]
        marks[i].append(Mark("sig", x0 + 8, y0 + 3, w=190, seed=app.seed))
    if app.b_dates:
        i, (x0, y0, _, _) = rects["Date_3"]
        marks[i].append(Mark("hand", x0 + 4, y0 + 3, mdy(app.signed_on), size=12, seed=app.seed + 5))
    return scan_sheets(blank, marks, style, seed)


# --- packets -----------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None
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
    scenario: list[str]
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan,
             header: str = "", order: Sequence[int] | None = None) -> None:
        """Scanned sheets into one image-only file. order: the sheets' positions in the file when they were fed
        out of order (sheet i lands at file page order[i])."""
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        if order is not None:
            placed: list[ScannedPage | None] = [None] * len(sheets)
            for i, pos in enumerate(order):
                placed[pos - 1] = sheets[i]
            for doc in self.docs:
                doc.pages = [(f, order[n - 1]) if f == rel else (f, n) for f, n in doc.pages]
            sheets = [s for s in placed if s is not None]
        if header:
            fax_header(sheets, header, style.dpi)
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


def other_doc() -> Doc:
    return Doc("other", {})


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and a is not b and fresh(b.date) and
                   dt.date.fromisoformat(b.fields["period_start"]) ==
                   dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   and fresh(a.date) for a in stmts for b in stmts)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    signed_pl = any(d.type == "profit_and_loss_statement" and d.signed and fresh(d.date) for d in docs)
    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or signed_pl, "unemployment": True,
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


WH_PA = Withholding(0.095, 0.0307, "PA State Income Tax", (("403(b) Retirement", 112.50), ("Medical Plan", 88.40),
                                                          ("Dental Plan", 14.25)))
WH_PA2 = Withholding(0.085, 0.0307, "PA State Income Tax", (("403(b) Retirement", 64.00), ("Medical Plan", 131.20)))
WH_VA = Withholding(0.09, 0.0575, "VA State Income Tax", (("403(b) Retirement", 90.00), ("Medical Plan", 102.75),
                                                          ("Dental Plan", 11.10)))
WH_FED = Withholding(0.1, 0.0575, "State tax (VA)", (("FERS retirement", 119.06), ("TSP savings", 135.30),
                                                    ("FEHB health benefits", 148.92), ("FEGLI life insurance", 9.75)))
WH_FED2 = Withholding(0.095, 0.0575, "State tax (VA)", (("FERS retirement", 98.44), ("TSP savings", 112.10),
                                                        ("FEHB health benefits", 211.60), ("FEGLI life insurance",
                                                                                           7.80)))


def ink_letter(seed: int) -> int:
    return seed * 13 + 5


def packet_ao1(seed: int) -> Packet:
    received = dt.date(2039, 3, 23)
    addr = ["4471 Cedar Glen Drive", "Monroeville, PA 15146"]
    stubs = [hospital_stub(random.Random(seed * 7 + 1), "Allegheny Crest Health System",
                           ["3200 Forbes Crest Avenue", "Pittsburgh, PA 15213"], "XK4", "Yolanda M. Prescott", addr,
                           "0118842", "ICU", d, 41.35, WH_PA, "3318")
             for d in (dt.date(2039, 3, 4), dt.date(2039, 3, 18))]
    va = va_letter("Calvin R. Prescott", addr, dt.date(2039, 2, 10), 1716.28, 70, dt.date(2038, 12, 1))
    app = App("3108842267", "Yolanda M. Prescott", "946-20-3318", "4471 Cedar Glen Drive", "Monroeville", "PA",
              "15146", "(412) 555-0163", "ymprescott@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2038, 11, 6), "long", {"wages": stubs[-1].monthly, "benefits_nontaxable": 1716.28},
              dt.date(2039, 3, 20), co="Calvin R. Prescott", co_ssn="946-71-0927", checking=1240.00,
              savings=400.00, seed=seed + 11)
    p = Packet("ao1", received, app, [])
    f = app.loan
    p.pdf(f"{f}/Prescott assistance application.pdf", paper_pdf(hms210(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{f}/paystub {s.date.strftime('%m-%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{f}/VA benefit summary.pdf", paper_pdf(va.paper), (letter_doc(va), 1))
    on = dt.date(2039, 3, 20)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Harborline Mortgage Servicing", [
        "In November the hospital closed one of its two intensive care units and moved the remaining nurses to a "
        "reduced schedule. I went from working extra shifts most pay periods to 64 or 72 hours, and the overtime "
        "and call pay I counted on mostly stopped.",
        "My husband's VA disability compensation went up a little in December, but it does not make up the "
        "difference. We would like to keep our home and ask to be reviewed for a modification."],
        ink=False, seed=seed)
    p.pdf(f"{f}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ao2(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2039, 4, 12)
    addr = ["218 Tinker Mill Road", "Forest, VA 24551"]
    key = rng.randrange(10**6)
    weeks = [(d, gig_summary("ParcelPeak", Color(0.85, 0.33, 0.1), "Desmond T. Achebe", d, "7734", key, 690.0))
             for d in (dt.date(2039, 3, 26), dt.date(2039, 4, 2))]
    credits = [(7, "PARCELPEAK PAYOUT  DIRECT DEP", 655.40), (14, "PARCELPEAK PAYOUT  DIRECT DEP", 731.92),
               (21, "PARCELPEAK PAYOUT  DIRECT DEP", 688.05), (28, "PARCELPEAK PAYOUT  DIRECT DEP", weeks[0][1].amount),
               (29, "MOBILE DEPOSIT", 150.00)]
    checks = [(1041, 3, "Forest Pediatric Dentistry", 85.00, "copay"),
              (1042, 9, "Bedford County Treasurer", 312.40, "personal property tax"),
              (1043, 22, "Lamont Ruiz", 120.00, "lawn"), (1044, 27, "Grace Lutheran Preschool", 265.00, "April")]
    st = piedmont_statement(rng, "Desmond T. Achebe", addr, "4102267734", 2039, 3, 1184.62, credits, checks,
                            [(2, "ONLINE PMT HARBORLINE MORTGAGE", 1096.33)])
    app = App("5520187734", "Desmond T. Achebe", "951-34-8802", "218 Tinker Mill Road", "Forest", "VA", "24551",
              "(434) 555-0119", "d.achebe@example.com", "primary_residence",
              ["reduction_in_income", "increase_in_housing_expenses"], dt.date(2038, 10, 15), "long",
              {"self_employment": 2940.00}, dt.date(2039, 4, 7), checking=640.00, seed=seed + 21)
    p = Packet("ao2", received, app, ["income_doc:self_employment", "irs_form_4506c"])
    haf = haf_portal(app, "HAF-39-018822", dt.datetime(2039, 4, 7, 10, 22), dt.datetime(2039, 4, 11, 19, 5),
                     "Harborline Mortgage Servicing")
    loan = app.loan
    p.pdf(f"{loan}_HAF_Application_Summary.pdf", paper_pdf(haf), (app_doc(), 3))
    for end, wk in weeks:
        p.pdf(f"{loan}_ParcelPeak_week_{end.strftime('%m%d')}.pdf", paper_pdf(wk.paper), (other_doc(), 1))
    p.pdf(f"{loan}_March_statement.pdf", paper_pdf(st.paper), (stmt_doc(st), 2))
    on = dt.date(2039, 4, 7)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Harborline Mortgage Servicing", [
        "I lost my warehouse job last fall and have been delivering for ParcelPeak full time since October. My "
        "weekly payouts are less than my old paychecks, and I pay for my own gas and car repairs.",
        "In January our homeowners insurance renewed at almost twice the old premium, and the escrow shortage "
        "raised the mortgage payment by $188 a month. I applied to the state Homeowner Assistance Fund and I am "
        "sending my application to you as well."], ink=False, seed=seed)
    p.pdf(f"{loan}_hardship_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ao3(seed: int) -> Packet:
    received = dt.date(2039, 5, 17)
    addr = ["412 Wren Hollow Road", "Bedford, VA 24523"]
    award = ssdi_award("Harold J. Whitlock", addr, "5590", dt.date(2039, 3, 29), 1487.00, dt.date(2038, 6, 14),
                       dt.date(2038, 12, 1), 5948.00)
    app = App("6613092281", "Harold J. Whitlock", "977-48-5590", "412 Wren Hollow Road", "Bedford", "VA", "24523",
              "(540) 555-0186", "hwhitlock@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2038, 6, 14), "long", {"benefits_taxable": 1487.00}, dt.date(2039, 5, 9), b_dates=False,
              checking=310.00, seed=seed + 31)
    p = Packet("ao3", received, app, ["application_signature"])
    style = Scan(dpi=300, tilt=0.35, blur=0.65, noise=0.0004)
    on = dt.date(2039, 5, 8)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Harborline Mortgage Servicing", [
        "In June of last year I had a stroke at work. I was a maintenance mechanic at the paper mill for "
        "twenty-two years and I have not been able to go back. My short-term disability ran out in December.",
        "Social Security approved my disability claim in March. The monthly benefit is much less than my pay was, "
        "and I fell behind on the mortgage while I waited. I am asking for a modification so I can stay in my home."],
        ink=True, seed=ink_letter(seed))
    p.scan(f"Whitlock {app.loan}.pdf", [
        (app_doc(), form710_hand(app, style, seed + 300)),
        (letter_doc(award), scan_paper(award.paper, style, seed + 301)),
        (hardship_doc(on), scan_paper(hl, style, seed + 302))], style)
    return p


def packet_ao4(seed: int) -> Packet:
    received = dt.date(2039, 6, 21)
    stubs = [les_stub(random.Random(seed * 7 + 4), "Renee A. Castellano", "2206",
                      "Lower Basin District - Lock and Dam Operations", d, "09", "05", 32.53, WH_FED2, 67881.00, 6.0,
                      "Fredericksburg, VA")
             for d in (dt.date(2039, 6, 3), dt.date(2039, 6, 17))]
    app = App("7204415590", "Renee A. Castellano", "962-07-2206", "27 Quarry Ridge Court", "Fredericksburg", "VA",
              "22405", "(540) 555-0132", "rcastellano@example.org", "primary_residence", ["divorce_or_separation"],
              dt.date(2039, 1, 9), "long", {"wages": stubs[-1].monthly}, dt.date(2039, 6, 18), checking=2110.00,
              seed=seed + 41)
    p = Packet("ao4", received, app, [])
    style = Scan(dpi=200, tilt=0.3, blur=0.35, noise=0.0005, fax=True)
    decree = decree_excerpt("Michael P. Castellano", "Renee A. Castellano", "Stafford", "CL38-1147",
                            dt.date(2039, 1, 9), "Hon. Sandra K. Whitfield")
    cover = fax_cover("Fredericksburg Area Public Library", "(540) 555-0145", "Harborline Mortgage Servicing",
                      "(757) 555-0188", received, 7, f"Loan {app.loan} - assistance application")
    header = f"{received.strftime('%b-%d-%Y').upper()} 10:41   FROM: FRBG PUBLIC LIBRARY  5405550145   " \
             "TO: 17575550188"
    p.scan("FAX_0621_104102_5405550145.pdf", [
        (None, scan_paper(cover, style, seed + 400)),
        (app_doc(), scan_paper(hms210(app, ink=True), style, seed + 401)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 402)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 403)),
        (Doc("divorce_decree", {}), scan_paper(decree, style, seed + 404))], style, header=header)
    return p


def packet_ao5(seed: int) -> Packet:
    received = dt.date(2039, 8, 9)
    addr = ["96 Laurel Spring Lane", "Lewisburg, PA 17837"]
    stubs = [hospital_stub(random.Random(seed * 7 + 5), "Susquehanna Valley Health Network",
                           ["1100 Riverside Drive", "Lewisburg, PA 17837"], "QV2", "Gwendolyn S. Marsh", addr,
                           "0402719", "MED/SURG", d, 36.90, WH_PA2, "1174")
             for d in (dt.date(2039, 4, 8), dt.date(2039, 4, 22))]
    app = App("2290716645", "Gwendolyn S. Marsh", "939-62-1174", "96 Laurel Spring Lane", "Lewisburg", "PA", "17837",
              "(570) 555-0148", "gwen.marsh@example.com", "primary_residence", ["unemployment"],
              dt.date(2039, 2, 17), "short", {"wages": stubs[-1].monthly, "unemployment": 1560.00},
              dt.date(2039, 8, 2), co="Theodore J. Marsh", co_ssn="939-15-8830", co_signed_on=dt.date(2039, 8, 3),
              checking=890.00, savings=1500.00, seed=seed + 51)
    p = Packet("ao5", received, app, ["income_doc:wages"])
    haf = haf_portal(app, "HAF-39-044107", dt.datetime(2039, 8, 3, 21, 40), dt.datetime(2039, 8, 5, 8, 12),
                     "Harborline Mortgage Servicing")
    f = app.loan
    p.pdf(f"{f}/HAF application summary.pdf", paper_pdf(haf), (app_doc(), 3))
    for s in stubs:
        p.pdf(f"{f}/Gwen pay stub {s.date.strftime('%B')} {s.date.day}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    return p


def packet_ao6(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2039, 9, 13)
    addr = ["1508 Live Oak Circle", "Pooler, GA 31322"]
    key = rng.randrange(10**6)
    wk = gig_summary("RouteBee", Color(0.93, 0.7, 0.05), "Luis F. Ortega-Blake", dt.date(2039, 9, 3), "2893", key,
                     760.0)
    jul = [(d, "ACH DEP ROUTEBEE INC PAYOUT", a) for d, a in ((2, 741.10), (9, 802.65), (16, 688.20), (23, 775.90),
                                                              (30, 733.45))]
    aug = [(d, "ACH DEP ROUTEBEE INC PAYOUT", a) for d, a in ((6, 790.30), (13, 716.85), (20, 758.40),
                                                              (27, 804.15))]
    bills = [(5, "ACH HARBORLINE MTG PAYMENT", -1285.40), (12, "ACH ALLY AUTO LOAN PMT", -412.77),
             (18, "ZELLE TO MARISA ORTEGA-BLAKE", -400.00), (24, "ATM WITHDRAWAL POOLER PKWY", -200.00)]
    s1 = keel_statement(rng, "Luis F. Ortega-Blake", addr, "0004412893", 2039, 7, (1520.44, 986.13, 212.50), jul,
                        bills)
    b0, b1, b2 = s1.ends
    s2 = keel_statement(rng, "Luis F. Ortega-Blake", addr, "0004412893", 2039, 8, (b0, b1, b2), aug, bills)
    app = App("8831570426", "Luis F. Ortega-Blake", "924-83-6617", "1508 Live Oak Circle", "Pooler", "GA", "31322",
              "(912) 555-0174", "lf.ortegablake@example.net", "primary_residence", ["other"], dt.date(2039, 5, 30),
              "short", {"self_employment": 3210.00}, dt.date(2039, 9, 8), co="Marisa K. Ortega-Blake",
              co_ssn="924-19-0355", other_text="Delivery car destroyed in crash; no income for 6 weeks",
              checking=1150.00, savings=1590.00, seed=seed + 61)
    p = Packet("ao6", received, app, [])
    style = Scan(dpi=240, tilt=0.45, blur=0.55, noise=0.0005)
    on = dt.date(2039, 9, 8)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Harborline Mortgage Servicing", [
        "At the end of May another driver ran a red light and totaled the car I use for deliveries. I was not badly "
        "hurt, but I could not work for six weeks until the other driver's insurance paid and I found another car.",
        "We used our savings and fell two payments behind. I am back to delivering full time and my payouts are "
        "back to normal, as our credit union statements show. We ask to add the missed payments to the loan."],
        ink=True, seed=ink_letter(seed))
    t = form4506c("Luis", "F", "Ortega-Blake", "924-83-6617", "1508 Live Oak Circle", "Pooler", "GA", "31322",
                  "Harborline Mortgage Servicing", "(757) 555-0100", dt.date(2039, 9, 8), "(912) 555-0174", seed + 66)
    folder = app.loan
    items = [(app_doc(), scan_paper(hms210(app, ink=True), style, seed + 600)),
             (stmt_doc(s1), scan_paper(s1.paper, style, seed + 601)),
             (stmt_doc(s2), scan_paper(s2.paper, style, seed + 602)),
             (other_doc(), scan_paper(wk.paper, style, seed + 603)),
             (Doc("irs_form_4506c", {"signed": True, "signed_on": "2039-09-08"}, dt.date(2039, 9, 8), signed=True),
              scan_sheets(t, [[]], style, seed + 604)),
             (hardship_doc(on), scan_paper(hl, style, seed + 605))]
    for i, (doc, sheets) in enumerate(items):
        p.scan(f"{folder}/SCAN_{i + 1:04d}.pdf", [(doc, sheets)], style)
    return p


def packet_ao7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2039, 10, 18)
    addr = ["3915 Hollins Ferry Lane", "Lynchburg, VA 24502"]
    stub = les_stub(random.Random(seed * 7 + 7), "Priya N. Hollister", "7718",
                    "James River District - Navigation Engineering", dt.date(2039, 10, 7), "11", "03", 37.18, WH_FED,
                    77594.00, 6.0, "Lynchburg, VA")
    net = stub.fields["net_current"]
    aug_cr = [(1, "MOBILE DEPOSIT  RENT APT B", 950.00), (5, "US TREASURY 310 FED SAL", r2(net - 41.12)),
              (19, "US TREASURY 310 FED SAL", r2(net + 12.40))]
    sep_cr = [(2, "US TREASURY 310 FED SAL", r2(net - 6.75)), (3, "MOBILE DEPOSIT  RENT APT B", 950.00),
              (16, "US TREASURY 310 FED SAL", r2(net + 23.10)), (30, "US TREASURY 310 FED SAL", net)]
    aug_ck = [(2217, 8, "Hill City Plumbing", 385.00, "water heater"), (2218, 15, "Amherst Glass Co", 142.60, ""),
              (2219, 26, "Lynchburg Music Academy", 160.00, "Sept lessons")]
    sep_ck = [(2220, 4, "Blue Ridge Restoration", 1250.00, "basement deposit"),
              (2221, 12, "City of Lynchburg", 96.35, "permit"), (2222, 21, "Hill City Plumbing", 210.00, ""),
              (2223, 28, "Lynchburg Music Academy", 160.00, "Oct lessons")]
    bills = [(1, "ONLINE PMT HARBORLINE MORTGAGE", 1642.18), (10, "TRUIST CARD PAYMENT", 850.00),
             (14, "ONLINE TRANSFER TO SAV 8812", 500.00), (22, "KINDERCARE TUITION ACH", 640.00)]
    s1 = piedmont_statement(rng, "Priya N. Hollister  Graham R. Hollister", addr, "4108851109", 2039, 8, 1422.87,
                            aug_cr, aug_ck, bills)
    s2 = piedmont_statement(rng, "Priya N. Hollister  Graham R. Hollister", addr, "4108851109", 2039, 9,
                            s1.fields["ending_balance"], sep_cr, sep_ck, bills)
    app = App("4417029361", "Priya N. Hollister", "913-56-7718", "3915 Hollins Ferry Lane", "Lynchburg", "VA",
              "24502", "(434) 555-0157", "priya.hollister@example.org", "primary_residence", ["disaster"],
              dt.date(2039, 7, 28), "short", {"wages": stub.monthly, "rental": 950.00}, dt.date(2039, 10, 12),
              co="Graham R. Hollister", co_ssn="913-04-2265", co_signed_on=dt.date(2039, 10, 13), checking=2650.00,
              seed=seed + 71)
    p = Packet("ao7", received, app, [])
    haf = haf_portal(app, "HAF-39-071563", dt.datetime(2039, 10, 13, 7, 51), dt.datetime(2039, 10, 16, 14, 30),
                     "Harborline Mortgage Servicing")
    loan = app.loan
    p.pdf(f"{loan} HAF application.pdf", paper_pdf(haf), (app_doc(), 3))
    p.pdf(f"{loan} earnings and leave statement.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    style = Scan(dpi=200, tilt=0.4, blur=0.45, noise=0.0006)
    p.scan(f"{loan} bank statements.pdf", [(stmt_doc(s1), scan_paper(s1.paper, style, seed + 701)),
                                           (stmt_doc(s2), scan_paper(s2.paper, style, seed + 702))], style,
           order=[1, 2, 4, 3])
    t = form4506c("Graham", "R", "Hollister", "913-04-2265", "3915 Hollins Ferry Lane", "Lynchburg", "VA", "24502",
                  "Harborline Mortgage Servicing", "(757) 555-0100", dt.date(2039, 10, 13), "(434) 555-0157",
                  seed + 77)
    p.pdf(f"{loan} 4506-C.pdf", t, (Doc("irs_form_4506c", {"signed": True, "signed_on": "2039-10-13"},
                                        dt.date(2039, 10, 13), signed=True), 1))
    return p


def packet_ao8(seed: int) -> Packet:
    received = dt.date(2039, 11, 15)
    addr = ["640 Stonewall Heights", "Roanoke, VA 24014"]
    stub = hospital_stub(random.Random(seed * 7 + 8), "Blue Mountain Regional Health", ["2401 Jefferson Street SE",
                         "Roanoke, VA 24014"], "RB9", "Marcus D. Kettering", addr, "0776310", "RESP THER",
                         dt.date(2039, 11, 4), 33.80, WH_VA, "4410")
    va = va_letter("Marcus D. Kettering", addr, dt.date(2039, 1, 20), 1075.16, 50, dt.date(2038, 12, 1))
    app = App("9036641158", "Marcus D. Kettering", "985-23-4410", "640 Stonewall Heights", "Roanoke", "VA", "24014",
              "(540) 555-0121", "mkettering@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2039, 7, 1), "long", {"wages": stub.monthly, "benefits_nontaxable": 1075.16},
              dt.date(2039, 11, 10), checking=530.00, seed=seed + 81)
    p = Packet("ao8", received, app, ["income_doc:benefits_nontaxable"])
    style = Scan(dpi=200, tilt=0.5, blur=0.5, noise=0.0006)
    on = dt.date(2039, 11, 10)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Harborline Mortgage Servicing", [
        "In July the hospital cut the respiratory therapy staff's scheduled hours. Most pay periods I now get 64 or "
        "72 hours instead of 80, my pay dropped by about $600 a month, and my VA disability compensation has not "
        "changed.",
        "I have made partial payments since August. I would like to be reviewed for a modification that lowers my "
        "monthly payment."], ink=True, seed=ink_letter(seed))
    p.scan(f"Scan_{app.loan}_{received.strftime('%Y%m%d')}.pdf", [
        (app_doc(), scan_paper(hms210(app, ink=True), style, seed + 800)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 801)),
        (letter_doc(va), scan_paper(va.paper, style, seed + 802)),
        (hardship_doc(on), scan_paper(hl, style, seed + 803))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ao1, packet_ao2, packet_ao3, packet_ao4, packet_ao5, packet_ao6,
                                             packet_ao7, packet_ao8]


def check(out: Path, names: Sequence[str] | None = None) -> list[str]:
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
        if names and name not in names:
            continue
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
        if app["signed"] != (app["signed_on"] is not None):
            problems.append(f"{name}: signed and signed_on disagree")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
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
                if f["gross_ytd"] is not None and f["gross_ytd"] < f["gross_current"]:
                    problems.append(f"{name}: year to date below the current gross")
            if doc["type"] == "bank_statement":
                f = doc["fields"]
                if dt.date.fromisoformat(f["period_start"]) > dt.date.fromisoformat(f["period_end"]):
                    problems.append(f"{name}: statement period reversed")
        listed = {p for p in seen}
        for rel in {p[0] for p in listed}:
            n = len(PdfReader(exp_path.parent / "inbox" / rel).pages)
            unlisted = [i for i in range(1, n + 1) if (rel, i) not in listed]
            if len(unlisted) > 1:
                problems.append(f"{name}: pages {unlisted} of {rel} belong to no document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ao1 ..)")
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
        problems += check(args.out, args.only)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
