"""A forty-third holdout set of borrower packets (ar1..ar8), laid out unlike the shared samples and unlike every
earlier set (a, b .. z, aa .. ap), written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen. Its theme: packets
routed through a HUD-approved HOUSING COUNSELING AGENCY.

    python benchmarks/holdout_packets_ar.py OUT_DIR [--seed N] [--check] [--only ar1 ar5 ...]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. No stunts: papers are typed; files are born-digital PDFs,
plain grey scans (200, 240 or 300 dpi, tilted 0.25 to 0.45 degrees, a little blurred and speckled, JPEG, no text
layer) or one plain fax (200 dpi, black and white, the sending machine's header line "SEP-25-2040 10:38  LANTERNWOOD
HSG CNSL  218 555 0142   P.004/009" across the top of every page). Hand-written parts are signatures (drawn strokes)
and the dates beside them, plus the one form a borrower filled IN PEN IN BLOCK CAPITALS (ar7).

COUNSELING AGENCY PAPERS (both "other" documents; the agency never signs for the borrower)
- The counselor's COVER LETTER that opens the packet (Lanternwood Housing Counseling Services, Duluth MN, in ar1 and
  ar5; Crestfield Community Housing Partnership, Bennington VT, in ar2 and ar8): a round initial badge and the
  agency's name in its colour, "HUD-approved housing counseling agency - HUD agency ID nn-nnnn", address and phone,
  a rule; the date, the servicer's address, a bold two-line "Re: <client> [and <co-client>] - loan number <loan>" /
  "Request for mortgage assistance submitted by a housing counselor", three paragraphs (the clients' authorization
  is on file; the budget summary is for information only and "the amounts on the borrowers' own application
  control"), an "Enclosed:" list naming every paper, "Sincerely," and the counselor's name and title - signed on
  screen with no strokes when e-mailed (ar1, ar8), signed in ink when scanned or faxed (ar2, ar5).
- The counselor's one-page CLIENT BUDGET SUMMARY (same letterhead): "Client budget summary", "Prepared during the
  counseling session. Monthly amounts, rounded to whole dollars.", a facts block (Client, Co-client, Servicer /
  loan, Counselor, Session date), a grey-banded "HOUSEHOLD INCOME (gross, as reported in session)" list with a
  "per month" column in WHOLE DOLLARS ROUNDED TO THE NEAREST TEN for wages ($4,220 where the application says
  $4,220.67; $3,610 against $3,614.00; $3,130 against $3,133.87) or to the dollar, "Total household income",
  "HOUSEHOLD EXPENSES" (mortgage payment (PITI), utilities, food, ...), "Total expenses", "Monthly surplus /
  (shortfall)" and a "Counselor's note" paragraph. Its figures are NOT the application's.

APPLICATIONS
- Wintergreen Harbor Loan Servicing (Portland ME), "Mortgage Assistance Questionnaire", Form WH-MAQ (01/2040), THREE
  portrait pages: "Wintergreen Harbor" in a green serif over "LOAN SERVICING - PO Box ..." at the top left, the
  title and "Form WH-MAQ (01/2040) - Page n of 3" at the top right, a rule; page 1 opens with a two-line
  instruction, pages 2 and 3 with "Loan number: <loan>". The whole form is ONE TWO-COLUMN RULED TABLE under a grey
  header row QUESTION | YOUR ANSWER: the LEFT CELL (about 290 points wide) holds a bold question number and a LONG
  QUESTION IN FULL SENTENCES wrapped over two to eight lines in small sans type ("1. What is the number of the
  mortgage loan you are asking us to review? You will find it at the top of your monthly mortgage statement; please
  copy every digit, including any leading zeros."), the RIGHT CELL (about 220 points) holds the answer typed in
  Courier at its top; dark green full-width bands split it into PART 1 - ABOUT YOU AND YOUR LOAN (1 loan number, 2
  borrower's full legal name, 3 last four of the borrower's SSN, 4 co-borrower's name - empty when none -, 5
  co-borrower's last four, 6 phone and e-mail on two lines), PART 2 - THE PROPERTY (7 street address, 8 "City, ST
  ZIP", 9 occupancy ANSWERED BY TYPING ONE OF THE WORDS THE QUESTION OFFERS - "Owner-occupied", "Second home" or
  "Investment property" -, 10 "Keep" / "Sell" / "Undecided"), PART 3 - YOUR HARDSHIP (11 the reasons TYPED AS A
  COMMA-SEPARATED LIST of the words the question offers - Unemployment; Reduced income; Higher housing costs;
  Disaster; Illness or disability; Divorce or legal separation; Separation of unmarried co-borrowers; Death of a
  borrower or wage earner; Distant job transfer or relocation; Other -, e.g. "Reduced income," / "Higher housing
  costs" on two lines, 12 the "Other" description, 13 the start date mm/dd/yyyy, 14 "Short-term" / "Long-term" /
  "Resolved"), PART 4 - YOUR HOUSEHOLD'S MONTHLY INCOME (15 the income AS A TYPED LIST, one source a line, "Wages:
  $4,220.67 / month", "Self-employment: $4,185.00 / month", the source words again prescribed by the question -
  Wages; Self-employment; Unemployment benefits; Taxable benefits; Non-taxable benefits; Rental income; Investment
  income; Other income -, 16 the total "$7,799.00 / month", 17 the assets "$3,120.00"), PART 5 - CERTIFICATION AND
  SIGNATURES (a certification paragraph across both cells, then 18 the borrower and 19 the co-borrower: the left
  cell asks in a sentence to sign and date, the right cell has a "Signature" line and a "Date (mm/dd/yyyy)" line).
  ar1 (signed on screen: drawn strokes, the date typed), ar8 (the same by both spouses), ar4 (typed on screen and
  e-mailed WITHOUT ANY SIGNATURE OR DATE), ar3 (typed, printed, signed and dated in pen, scanned grey at 240 dpi),
  ar5 (typed, printed, signed and dated in pen by both spouses, faxed, with ANSWER 9 - the occupancy - LEFT EMPTY),
  ar7 (printed blank and FILLED IN PEN IN BLOCK CAPITALS - an upright condensed sans face a little heavier than
  print, each letter jittered - "OWNER-OCCUPIED", "OTHER", "WAGES: $3,486.40 / MONTH", the loan number written again
  at the top of pages 2 and 3 -, signed and dated in pen, scanned grey at 240 dpi).
- Pemberton Falls Savings Bank (a small Vermont bank), "APPLICATION FOR MORTGAGE PAYMENT RELIEF", Form PF-22 (Rev.
  3/31): an OLD-STYLE TYPEWRITTEN form on two sheets, everything in a monospace typewriter face: the bank's name,
  address and the title centred, "Form PF-22 (Rev. 3/31)" and "Sheet n of 2" over a dotted rule; sections "A.
  BORROWER", "B. THE PROPERTY", "C. HARDSHIP" on sheet 1 with numbered labels each followed by an UNDERLINE on which
  the answer was TYPED ON A TYPEWRITER (every character a little high or low, a little lighter or darker): 1 Loan
  number, 2 Borrower's name | 3 SSN, last 4, 4 Co-borrower's name | 5 SSN, last 4, 6 Telephone | 7 E-mail, 8 Street
  address, 9 City | State | ZIP code, 10 "The property is:" with typed brackets "[X] Owner-occupied (my home)  [ ]
  Second home  [ ] Investment/rental", 11 "Date the hardship began (mm/dd/yyyy)", 12 "[ ] Short-term [X] Long-term
  [ ] Resolved", 13 ten reasons as "[ ]" / "[X]" in two columns and 'Explain "Other":'; sheet 2 repeats "Loan
  number", then "D. GROSS MONTHLY INCOME OF ALL BORROWERS (before taxes)" - lines 14 to 21 run out by DOT LEADERS to
  "$" and an underline holding the typed amount flush right (unused lines left blank) and a bold "22. TOTAL MONTHLY
  INCOME" -, "E. CERTIFICATION" and "Borrower's signature ____ Date ____" / "Co-borrower's signature ____ Date
  ____", and "FOR BANK USE: Rec'd ___ By ___ Logged ___". ar2 (signed and dated in pen by both spouses, in the
  packet's combined 300 dpi scan), ar6 (signed and dated in pen, scanned alone at 200 dpi).

PAY STUBS (every year-to-date figure is the sum of that year's checks by pay date; the frequency is printed)
- ClearLedger Payroll Services' "EARNINGS STATEMENT" for its client employers (Tolliver Orthopedic Associates,
  Redfern Valve & Fitting Co., Northshore Granary & Feed, Marigold Valley School District, Saco Bay Linen Service,
  Kestrel Pond Veterinary Clinic): a VERTICAL LAYOUT - ONE NARROW COLUMN (about 4.3 inches) in the middle of the
  sheet, the employer's name and address, a teal "EARNINGS STATEMENT | Non-negotiable" bar, then SECTIONS STACKED
  ONE UNDER ANOTHER, each a grey heading band and label ... value rows with hairlines, no side-by-side panels:
  EMPLOYEE (Name, Employee ID, Department), PAY PERIOD (Period beginning, Period ending, Pay date, Pay frequency -
  "Biweekly (every other Friday)", "Semimonthly (5th and 20th)", "Weekly"), EARNINGS THIS PERIOD (Regular and
  Overtime with "80.00 hrs x 24.3500" in small type, "Gross pay this period"), TAXES WITHHELD THIS PERIOD,
  DEDUCTIONS THIS PERIOD, YEAR TO DATE ("Gross pay year to date", taxes, deductions, net), NET PAY ("Net pay this
  period", "Direct deposit Checking ****nnnn"), and "Prepared by ClearLedger Payroll Services for client ...".
  Bi-weekly paydays are Fridays (the period ends six days before), semi-monthly paydays the 20th (1st-15th) and the
  5th (16th-month end), weekly paydays Fridays.

BANK STATEMENTS AND OTHER PAPERS
- Harborstone Bank's monthly statement PRINTED FROM ONLINE BANKING to PDF IN LANDSCAPE (ar4): the browser's print
  header (date and time "6/6/40, 9:12 AM" at the left, "Harborstone Online Banking - Statements" centred) and footer
  (the page's URL at the left, "1/2" at the right); "HARBORSTONE BANK" at the top left, "Account Statement" at the
  right over a blue rule; the holder's address at the left and Account "Everyday Checking ...nnnn" / Statement
  period "April 1, 2040 - April 30, 2040" / Statement date at the right; FOUR SUMMARY CELLS across the page
  (Beginning balance, Deposits and credits, Withdrawals and debits as "-$", Ending balance); a wide "Transactions"
  table Posted ("Apr 03, 2040") | Description | Type | Withdrawals ("-$41.48") | Deposits | Balance, the first row
  "Beginning balance", continued on page 2 under "Everyday Checking ...nnnn - Transactions (continued)" and closed
  by "Ending balance".
- A small business owner's YEAR-TO-DATE PROFIT AND LOSS STATEMENT (Verhoeven Custom Cabinetry in ar2, January 1
  through March 31, signed and dated in pen; Harkavy Landscape & Stonework in ar8, January 1 through June 30, signed
  on screen with the date typed): a serif business name and address centred, "Profit and Loss Statement (Year to
  Date)", "For the period January 1, 2040 through March 31, 2040", Income lines and Total income, Expenses lines
  and Total expenses, a double-ruled "Net income", a certification sentence, "Signature of owner - <name>" and
  "Date". Page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over for the self-employed borrower (signed and
  dated in pen and scanned in ar2; signed on screen, the date typed, in ar8).
- Social Security's BENEFIT VERIFICATION LETTER (taxable, monthly): "SOCIAL SECURITY ADMINISTRATION" / "Benefit
  Verification Letter", the date and a BNC number at the right, the address in capitals, "Information About Current
  Social Security Benefits" - the type (Retirement in ar2 for the co-borrower; Surviving spouse in ar6), "the full
  monthly Social Security benefit before any deductions is $1,386.00. We deduct $0.00 for medical insurance
  premiums each month.", "The regular monthly Social Security payment is $1,386.00." (one amount, twice).
- Typed hardship letters (unsigned when e-mailed, signed in ink when scanned or faxed) and the agency's FAX
  TRANSMITTAL cover (ar5, not a document).

PACKETS AND DELIVERIES (received dates fall between March and October 2040)
COMPLETE
- ar1: LOOSE BORN-DIGITAL FILES e-mailed by the counselor, odd names ("Lanternwood cover - Castellano.pdf",
  "budget summary <loan>.pdf", "WH-MAQ_<loan>_signed.pdf", "paystub_0217.pdf", "paystub_0302.pdf" - no loan number
  -, "<loan> hardship ltr.pdf"); two fresh bi-weekly stubs; a reduction in income needs no papers.
- ar2: ONE 300 dpi GREY SCAN of the whole counselor-assembled packet, no separator, "Scan_2040-05-07_0931.pdf":
  cover letter, budget summary, the typewritten PF-22 (both spouses), hardship letter (the husband's illness), the
  signed P&L for his self-employment, the signed 4506-C, the wife's Social Security letter.
- ar7: A FOLDER NAMED AFTER THE LOAN holding one 240 dpi grey scan per paper ("SCN_7041.pdf" ..): the questionnaire
  filled in pen in block capitals, two fresh semi-monthly stubs, a signed letter explaining the "other" hardship
  (an uninsured driver's accident).
- ar8: LOOSE BORN-DIGITAL FILES "Harkavy_<loan>_<paper>.pdf" (one "P&L Jan-Jun" with an ampersand in its name):
  counselor's cover and budget, the questionnaire signed on screen by both spouses, the signed P&L and 4506-C for
  the husband's self-employment, the wife's fresh bi-weekly stub, the letter.
INCOMPLETE, each for one reason
- ar3 income_doc:wages (STALE): loose 240 dpi grey scans named "Kowalczyk docs (1).pdf" .. "(4).pdf" (no loan number
  in the names): the questionnaire signed in ink, two semi-monthly stubs paid 122 and 107 days before the packet
  arrived, the letter (higher housing costs need nothing).
- ar4 application_signature: loose born-digital files - the typed questionnaire e-mailed with neither signature nor
  date, two consecutive fresh landscape online-banking statements showing the payroll deposits (they document the
  wages), the letter (a disaster needs nothing).
- ar5 application_field:occupancy: ONE 200 dpi FAX from the counseling agency behind its transmittal cover,
  "FAX0925_104112.pdf": cover letter, budget summary, the questionnaire signed in ink by both spouses with answer 9
  empty, two fresh weekly stubs, the letter explaining the "other" hardship.
- ar6 hardship_doc:death: loose files - the typewritten PF-22 scanned alone at 200 dpi ("PFSB application
  Szabo.pdf"), two born-digital ClearLedger stubs ("ClearLedger_Stub_<yyyymmdd>.pdf"), the born-digital Social
  Security survivor letter, a scanned letter; the husband's death is claimed but no death certificate or obituary
  came (wages and the survivor benefit are documented).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and the scenario's codes are asserted. `--check` validates every expected.json (keys,
codes, types, dates, that every listed page exists and every page belongs to a document - the fax cover aside -,
that `scanned` matches the absence of a text layer, monthly gross) and that every expected field of a born-digital
document, and the application's values, are printed in its text layer. Every file is the same bytes for a seed:
reportlab runs in invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. All people,
employers, banks, servicers and counseling agencies are fictional (the Social Security Administration and the IRS
form aside); SSNs use the 900-999 area, and every page carries a faint "synthetic test document" line.
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
BLOCK_FONT = FONT_DIR / "dejavu/DejaVuSansCondensed.ttf"
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
REQUIRED_FIELDS = ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
                   "hardship_start_date", "income")
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
    """Something added by hand: a signature ("sig"), a hand-written date or note in a slanted pen face ("hand"),
    or an answer printed in pen in block capitals ("block"). x, y: PDF points from the page's bottom-left (the
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
    c.setCreator("holdout_packets_ar")
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


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), px)


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
        block = m.kind == "block"
        font = _font(BLOCK_FONT if block else HAND_FONT, round(m.size * scale))
        x = m.x * scale
        for ch in m.text:
            dy = rng.uniform(-0.9, 0.9) * scale
            draw.text((x, (page_h - m.y) * scale + dy), ch, fill=38, font=font, anchor="ls")
            if block:  # a pen's stroke is a little heavier than the font's
                draw.text((x + 0.35 * scale, (page_h - m.y) * scale + dy), ch, fill=38, font=font, anchor="ls")
            x += font.getlength(ch) * rng.uniform(1.0, 1.12 if block else 1.08)


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


def fax_headers(sheets: Sequence[ScannedPage], line: str, dpi: int) -> None:
    """The sending machine's header line across the top of every transmitted page, with the page count."""
    font = _font(FAX_FONT, round(8 * dpi / 72))
    n = len(sheets)
    for i, sheet in enumerate(sheets):
        draw = ImageDraw.Draw(sheet.image)
        draw.rectangle((0, 0, sheet.image.size[0], round(0.2 * dpi)), fill=255)
        draw.text((round(0.25 * dpi), round(0.06 * dpi)), f"{line}   P.{i + 1:03d}/{n:03d}", fill=0, font=font)


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
    writer.add_metadata({"/Producer": "holdout_packets_ar"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- text helpers -------------------------------------------------------------------------------------------


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


def wrap_items(items: Sequence[str], chars: int) -> list[str]:
    """A comma-separated list broken into lines of at most `chars` characters, never inside an item."""
    lines: list[str] = []
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 else "")
        if lines and len(lines[-1]) + 1 + len(piece) <= chars:
            lines[-1] += " " + piece
        else:
            lines.append(piece)
    return lines


# --- pay: the payroll provider's vertical earnings statement -------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def pay_dates(current: dt.date, frequency: str) -> list[dt.date]:
    """Every pay date of current's year up to current. Bi-weekly and weekly paydays are Fridays counted from the
    year's first Friday (bi-weekly: every other one); semi-monthly paydays are the 5th and the 20th."""
    out: list[dt.date] = []
    if frequency == "semimonthly":
        for month in range(1, 13):
            for day in (5, 20):
                d = dt.date(current.year, month, day)
                if d <= current:
                    out.append(d)
        return out
    d = dt.date(current.year, 1, 1)
    while d.weekday() != 4:
        d += dt.timedelta(days=1)
    step = 7 if frequency == "weekly" else 14
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=step)
    if out[-1] != current:
        raise ValueError(f"{current} is not a {frequency} payday")
    return out


def period_of(pay_date: dt.date, frequency: str) -> tuple[dt.date, dt.date]:
    if frequency == "semimonthly":
        if pay_date.day == 20:
            return pay_date.replace(day=1), pay_date.replace(day=15)
        prev_end = pay_date.replace(day=1) - dt.timedelta(days=1)
        return prev_end.replace(day=16), prev_end
    if frequency == "weekly":
        end = pay_date - dt.timedelta(days=6)
        return end - dt.timedelta(days=6), end
    end = pay_date - dt.timedelta(days=6)
    return end - dt.timedelta(days=13), end


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    state_name: str = "State income tax"
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        return {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
                "Medicare": r2(gross * 0.0145), self.state_name: r2(gross * self.state)}


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
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


FREQ_WORDS = {"weekly": "Weekly", "biweekly": "Biweekly (every other Friday)",
              "semimonthly": "Semimonthly (5th and 20th)", "monthly": "Monthly"}
BASE_HOURS = {"weekly": 40.0, "biweekly": 80.0, "semimonthly": 86.67}


def clearledger_stub(employer: str, employer_addr: str, client_code: str, employee: str, emp_id: str, dept: str,
                     pay_date: dt.date, frequency: str, rate: float, wh: Withholding, ot: bool, key: int,
                     acct4: str) -> Stub:
    """ClearLedger Payroll Services' earnings statement: every section stacked in one column down the page."""
    checks = []
    for d in pay_dates(pay_date, frequency):
        rr = random.Random(f"{emp_id}{d}{key}")
        reg = BASE_HOURS[frequency] - rr.choice([0.0, 0.0, 0.0, 4.0, 8.0])
        lines = {"Regular": (reg, rate, r2(reg * rate))}
        if ot:
            hrs = rr.choice([0.0, 2.5, 4.0, 6.0])
            if hrs:
                lines["Overtime"] = (hrs, r2(rate * 1.5), r2(hrs * r2(rate * 1.5)))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start, end = period_of(pay_date, frequency)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        x0, x1 = 150, 462  # one narrow column in the middle of the sheet
        c.setFont("Helvetica-Bold", 13)
        c.drawString(x0, 742, employer)
        c.setFont("Helvetica", 8)
        c.drawString(x0, 731, employer_addr)
        c.setFillColor(Color(0.0, 0.42, 0.45))
        c.rect(x0, 708, x1 - x0, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x0 + 6, 713, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 7)
        c.drawRightString(x1 - 6, 713, "Non-negotiable")
        c.setFillColor(black)
        y = 690.0

        def section(title: str) -> None:
            nonlocal y
            y -= 8
            c.setFillGray(0.86)
            c.rect(x0, y - 3, x1 - x0, 13, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x0 + 4, y, title)
            y -= 16

        def row(label: str, value: str, bold: bool = False, sub: str = "") -> None:
            nonlocal y
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            c.drawString(x0 + 4, y, label)
            if sub:
                c.setFont("Helvetica", 7.5)
                c.drawString(x0 + 110, y, sub)
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            c.drawRightString(x1 - 4, y, value)
            c.setLineWidth(0.25)
            c.setStrokeGray(0.75)
            c.line(x0 + 4, y - 3.5, x1 - 4, y - 3.5)
            c.setStrokeColor(black)
            y -= 13.5

        section("EMPLOYEE")
        row("Name", employee)
        row("Employee ID", emp_id)
        row("Department", dept)
        section("PAY PERIOD")
        row("Period beginning", mdy(start))
        row("Period ending", mdy(end))
        row("Pay date", mdy(pay_date))
        row("Pay frequency", FREQ_WORDS[frequency])
        section("EARNINGS THIS PERIOD")
        for lab, (hrs, rt, amt) in ch.lines.items():
            row(lab, money(amt), sub=f"{hrs:.2f} hrs x {rt:.4f}")
        row("Gross pay this period", money(ch.gross), bold=True)
        section("TAXES WITHHELD THIS PERIOD")
        for k, v in taxes.items():
            row(k, money(v))
        section("DEDUCTIONS THIS PERIOD")
        for k, v in wh.deductions:
            row(k, money(v))
        if not wh.deductions:
            row("None", "0.00")
        section("YEAR TO DATE")
        row("Gross pay year to date", money(ytd["GROSS"]), bold=True)
        row("Taxes withheld year to date", money(r2(sum(ytd[k] for k in taxes))))
        row("Deductions year to date", money(r2(sum(ytd[k] for k, _ in wh.deductions))))
        row("Net pay year to date", money(ytd["NET"]))
        section("NET PAY")
        row("Net pay this period", money(net), bold=True)
        row("Direct deposit", f"Checking ****{acct4}  {money(net)}")
        y -= 14
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.3)
        c.drawString(x0, y, f"Prepared by ClearLedger Payroll Services for client {client_code}.")
        c.drawString(x0, y - 9, "Questions about this statement? Ask your employer's payroll contact.")
        c.setFillColor(black)
        return []

    fields = {"employer": employer, "employee_name": employee, "pay_date": pay_date.isoformat(),
              "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
              "gross_current": ch.gross, "gross_ytd": ytd["GROSS"], "net_current": net,
              "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}
    return Stub(Paper([page]), fields, pay_date)


# --- bank statements: printed from online banking in landscape ------------------------------------------------


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
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, str, float]]:
    out = [(start + dt.timedelta(days=day - 1), desc, "Deposit", amt) for day, desc, amt in credits]
    debits = [("NORTHLAND PROPANE", "Bill pay", 0), ("CUB FOODS #1147", "Debit card", 1),
              ("XCEL ENERGY AUTOPAY", "ACH", 0), ("HOLIDAY STATIONSTORE 312", "Debit card", 1),
              ("T-MOBILE AUTOPAY", "ACH", 0), ("CVS/PHARMACY #08812", "Debit card", 1),
              ("AMFAM INSURANCE", "ACH", 0), ("ATM WITHDRAWAL 4TH ST", "ATM", 1)]
    span = (end - start).days
    for desc, kind, small in debits:
        amt = r2(rng.uniform(18, 130) if small else rng.uniform(85, 390))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, kind, -amt))
    out.sort(key=lambda t: (t[0], -t[3]))
    return out


def harborstone_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                          begin: float, credits: Sequence[tuple[int, str, float]], printed: dt.datetime) -> Statement:
    """Harborstone Bank's monthly statement as printed from its online banking to PDF, in landscape."""
    bank = "Harborstone Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(t[3] for t in lines))
    dep = r2(sum(t[3] for t in lines if t[3] > 0))
    wd = r2(-sum(t[3] for t in lines if t[3] < 0))
    rows = []
    bal = begin
    for d, desc, kind, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, kind, a, bal))
    parts = [rows[:9], rows[9:]]
    size = landscape(letter)
    pw, ph = size
    stamp = f"{printed.month}/{printed.day}/{printed.strftime('%y')}, {printed.strftime('%I:%M %p').lstrip('0')}"
    url = f"https://online.harborstone.example/accounts/{acct[-4:]}/statements/{year}-{month:02d}"

    def chrome(c: Canvas, n: int) -> None:
        c.setFont("Helvetica", 7)
        c.drawString(24, ph - 16, stamp)
        c.drawCentredString(pw / 2, ph - 16, "Harborstone Online Banking - Statements")
        c.drawString(24, 22, url)
        c.drawRightString(pw - 24, 22, f"{n}/2")

    def table(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, str, float, float]], opening: bool) -> float:
        c.setFillColor(Color(0.93, 0.95, 0.97))
        c.rect(40, y - 5, pw - 80, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, "Posted")
        c.drawString(120, y, "Description")
        c.drawString(400, y, "Type")
        c.drawRightString(560, y, "Withdrawals")
        c.drawRightString(650, y, "Deposits")
        c.drawRightString(pw - 48, y, "Balance")
        y -= 18
        c.setFont("Helvetica", 9)
        if opening:
            c.drawString(48, y, start.strftime("%b %d, %Y"))
            c.drawString(120, y, "Beginning balance")
            c.drawRightString(pw - 48, y, "$" + money(begin))
            y -= 16
        for d, desc, kind, a, b in part:
            c.drawString(48, y, d.strftime("%b %d, %Y"))
            c.drawString(120, y, desc)
            c.drawString(400, y, kind)
            c.drawRightString(560 if a < 0 else 650, y, ("-$" if a < 0 else "$") + money(abs(a)))
            c.drawRightString(pw - 48, y, "$" + money(b))
            c.setStrokeGray(0.85)
            c.setLineWidth(0.4)
            c.line(40, y - 5, pw - 40, y - 5)
            c.setStrokeColor(black)
            y -= 16
        return y

    def page1(c: Canvas) -> list[Mark]:
        chrome(c, 1)
        c.setFillColor(Color(0.05, 0.23, 0.4))
        c.setFont("Helvetica-Bold", 18)
        c.drawString(40, ph - 58, "HARBORSTONE")
        c.setFont("Helvetica", 10)
        c.drawString(44 + stringWidth("HARBORSTONE", "Helvetica-Bold", 18), ph - 58, "BANK")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(pw - 40, ph - 56, "Account Statement")
        c.setStrokeColor(Color(0.05, 0.23, 0.4))
        c.setLineWidth(2)
        c.line(40, ph - 68, pw - 40, ph - 68)
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.setFont("Helvetica", 9)
        y = ph - 90
        for ln in [holder, *address]:
            c.drawString(40, y, ln)
            y -= 12
        info = [("Account", f"Everyday Checking ...{acct[-4:]}"),
                ("Statement period", f"{long_date(start)} - {long_date(end)}"), ("Statement date", long_date(end))]
        y = ph - 90
        for k, v in info:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(430, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(530, y, v)
            y -= 12
        y = ph - 160
        cells = [("Beginning balance", begin), ("Deposits and credits", dep), ("Withdrawals and debits", wd),
                 ("Ending balance", ending)]
        cw = (pw - 80) / 4
        for i, (k, v) in enumerate(cells):
            x = 40 + i * cw
            c.rect(x, y - 26, cw, 40, stroke=1, fill=0)
            c.setFont("Helvetica", 8)
            c.drawString(x + 8, y + 2, k)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(x + 8, y - 17, ("-$" if k.startswith("With") else "$") + money(v))
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y - 52, "Transactions")
        table(c, y - 72, parts[0], True)
        return []

    def page2(c: Canvas) -> list[Mark]:
        chrome(c, 2)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, ph - 50, f"Everyday Checking ...{acct[-4:]}  -  Transactions (continued)")
        y = table(c, ph - 72, parts[1], False)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(120, y - 4, "Ending balance")
        c.drawRightString(pw - 48, y - 4, "$" + money(ending))
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 36, "Harborstone Bank, Member FDIC. Tell us about an error within 60 days of this "
                                 "statement. Customer care 1-800-555-0130.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2], size), fields, end, acct)


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
        return out


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int) -> Paper:
    """A typed hardship letter; signed in ink when it was printed, not when it was e-mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in [writer if not co_writer else f"{writer} and {co_writer}", *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in [servicer, "Attn: Loss Mitigation"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Hardship letter - loan number {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Loss Mitigation team:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Sincerely,")
        marks = []
        sy = y - 44
        for i, nm in enumerate([writer] + ([co_writer] if co_writer else [])):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


AGENCIES = {
    "lanternwood": ("Lanternwood Housing Counseling Services", "A HUD-approved housing counseling agency",
                    "1402 Grand Avenue, Suite 210, Duluth, MN 55807", "(218) 555-0142", "84-2117",
                    Color(0.42, 0.3, 0.05)),
    "crestfield": ("Crestfield Community Housing Partnership", "HUD-approved housing counseling agency",
                   "77 Meeting House Road, Bennington, VT 05201", "(802) 555-0166", "86-0931",
                   Color(0.1, 0.35, 0.25)),
}


def agency_head(c: Canvas, agency: str) -> None:
    name, sub, addr, phone, hud, color = AGENCIES[agency]
    c.setFillColor(color)
    c.circle(84, 738, 11, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(84, 734.5, name[0])
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 13.5)
    c.drawString(102, 741, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8)
    c.drawString(102, 730, f"{sub}  -  HUD agency ID {hud}")
    c.drawString(102, 720, f"{addr}  -  {phone}")
    c.setStrokeColor(color)
    c.setLineWidth(1.2)
    c.line(72, 711, W - 72, 711)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def counselor_cover(agency: str, counselor: str, date: dt.date, servicer: Sequence[str], client: str,
                    co_client: str | None, loan: str, enclosed: Sequence[str], ink: bool, seed: int) -> Letter:
    """The counselor's cover letter that opens the packet (an "other" document)."""
    clients = client if not co_client else f"{client} and {co_client}"

    def page(c: Canvas) -> list[Mark]:
        agency_head(c, agency)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 688, long_date(date))
        y = 662
        for ln in servicer:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: {clients} - loan number {loan}")
        c.drawString(72, y - 14, "Request for mortgage assistance submitted by a housing counselor")
        y -= 40
        y = paragraphs(c, 72, y, W - 144, [
            "To the Loss Mitigation Department:",
            f"Our agency is working with {clients} on the mortgage loan referenced above. With their written "
            "authorization, which is on file with us and enclosed with our first contact, we are submitting "
            "their request for mortgage assistance together with the supporting documents listed below.",
            "Our client budget summary is included for your information only; the amounts on the borrowers' own "
            "application control. Please send your acknowledgment and any request for additional documents to "
            "the borrowers, with a copy to me."])
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, "Enclosed:")
        y -= 15
        c.setFont("Times-Roman", 11)
        for item in enclosed:
            c.drawString(90, y, f"-  {item}")
            y -= 14
        y -= 12
        c.drawString(72, y, "Thank you for your prompt review.")
        c.drawString(72, y - 22, "Sincerely,")
        sy = y - 60
        c.drawString(72, sy - 14, counselor)
        c.drawString(72, sy - 28, "Housing Counselor")
        return [Mark("sig", 72, sy - 2, w=130, seed=seed)] if ink else []

    return Letter(Paper([page]), "other", date)


def budget_summary(agency: str, counselor: str, session: dt.date, client: str, co_client: str | None, loan: str,
                   servicer: str, income: Sequence[tuple[str, float]], expenses: Sequence[tuple[str, float]],
                   note: str) -> Letter:
    """The counselor's one-page client budget summary, amounts rounded to whole dollars (an "other" document)."""

    def page(c: Canvas) -> list[Mark]:
        agency_head(c, agency)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 684, "Client budget summary")
        c.setFont("Helvetica", 8)
        c.drawString(72, 672, "Prepared during the counseling session. Monthly amounts, rounded to whole dollars.")
        facts = [("Client", client), ("Co-client", co_client or "-"), ("Servicer / loan", f"{servicer} / {loan}"),
                 ("Counselor", counselor), ("Session date", mdy(session))]
        y = 650
        for k, v in facts:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(170, y, v)
            y -= 13

        def block(title: str, items: Sequence[tuple[str, float]], total_label: str) -> float:
            nonlocal y
            y -= 12
            c.setFillGray(0.88)
            c.rect(72, y - 4, W - 144, 15, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(78, y, title)
            c.drawRightString(W - 78, y, "per month")
            y -= 17
            c.setFont("Helvetica", 9.5)
            for k, v in items:
                c.drawString(84, y, k)
                c.drawRightString(W - 78, y, f"${v:,.0f}")
                y -= 13
            total = sum(v for _, v in items)
            c.line(W - 178, y + 8, W - 72, y + 8)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(84, y - 2, total_label)
            c.drawRightString(W - 78, y - 2, f"${total:,.0f}")
            y -= 16
            return total

        inc = block("HOUSEHOLD INCOME (gross, as reported in session)", income, "Total household income")
        exp = block("HOUSEHOLD EXPENSES", expenses, "Total expenses")
        y -= 8
        c.setFont("Helvetica-Bold", 10)
        gap = inc - exp
        c.drawString(84, y, "Monthly surplus / (shortfall)")
        c.drawRightString(W - 78, y, f"${gap:,.0f}" if gap >= 0 else f"(${-gap:,.0f})")
        y -= 26
        c.setFont("Helvetica-Bold", 9)
        c.drawString(72, y, "Counselor's note")
        paragraphs(c, 72, y - 14, W - 144, [note], font="Helvetica", size=9, leading=12)
        return []

    return Letter(Paper([page]), "other", session)


def ssa_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, kind: str, since: str,
               effective: str) -> Letter:
    """Social Security's benefit verification letter (retirement or survivor benefits: taxable, monthly)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, 738, "SOCIAL SECURITY ADMINISTRATION")
        c.setFont("Helvetica", 9)
        c.drawString(72, 726, "Benefit Verification Letter")
        c.drawRightString(W - 72, 738, f"Date: {long_date(date)}")
        c.drawRightString(W - 72, 726, f"BNC#: {date.strftime('%y')}BV{sum(map(ord, person)) * 97 % 10**6:06d}")
        c.setFont("Times-Roman", 11)
        y = 690
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 20
        y = paragraphs(c, 72, y, W - 144, [
            "You asked us for information from your record. The information that you requested is shown below. "
            "If you want anyone else to have this information, you may send them this letter."])
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, "Information About Current Social Security Benefits")
        y -= 20
        y = paragraphs(c, 72, y, W - 144, [
            f"Type of Social Security benefit: {kind}. You are entitled to monthly benefits beginning {since}.",
            f"Beginning {effective}, the full monthly Social Security benefit before any deductions is "
            f"${money(monthly)}. We deduct $0.00 for medical insurance premiums each month.",
            f"The regular monthly Social Security payment is ${money(monthly)}. Social Security benefits for a "
            "given month are paid the following month, once a month, by direct deposit.",
            "Social Security benefits may be subject to federal income tax. Each January we mail a Form SSA-1099 "
            "showing the benefits paid in the year before."])
        y -= 6
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, "If you have any questions, you may call us at 1-800-772-1213.")
        c.drawString(72, y - 40, "SOCIAL SECURITY ADMINISTRATION")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def pnl_statement(business: str, owner: str, address: str, start: dt.date, end: dt.date, net: float,
                  revenue: Sequence[tuple[str, float]], expenses: Sequence[tuple[str, float]], signed_on: dt.date,
                  ink: bool, seed: int) -> tuple[Paper, dict[str, Any]]:
    """A small business's year-to-date profit and loss statement, signed and dated by its owner. The last expense
    line is set so that the net income comes out at `net`."""
    total_rev = r2(sum(v for _, v in revenue))
    fixed = r2(sum(v for _, v in expenses[:-1]))
    plug = r2(total_rev - fixed - net)
    if plug <= 0:
        raise ValueError("expenses exceed revenue")
    exp = [*expenses[:-1], (expenses[-1][0], plug)]
    total_exp = r2(sum(v for _, v in exp))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 730, business)
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(W / 2, 717, address)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 690, "Profit and Loss Statement (Year to Date)")
        c.setFont("Times-Roman", 10.5)
        c.drawCentredString(W / 2, 675, f"For the period {long_date(start)} through {long_date(end)}")
        c.drawCentredString(W / 2, 662, "Prepared by the owner - cash basis - unaudited")
        y = 630.0
        c.setLineWidth(0.6)

        def head(t: str) -> None:
            nonlocal y
            c.setFont("Times-Bold", 11)
            c.drawString(100, y, t)
            y -= 16

        def line(k: str, v: float, bold: bool = False, indent: float = 116) -> None:
            nonlocal y
            c.setFont("Times-Bold" if bold else "Times-Roman", 11)
            c.drawString(indent, y, k)
            c.drawRightString(500, y, money(v))
            y -= 15

        head("Income")
        for k, v in revenue:
            line(k, v)
        c.line(420, y + 11, 500, y + 11)
        line("Total income", total_rev, bold=True, indent=100)
        y -= 8
        head("Expenses")
        for k, v in exp:
            line(k, v)
        c.line(420, y + 11, 500, y + 11)
        line("Total expenses", total_exp, bold=True, indent=100)
        y -= 6
        c.line(420, y + 14, 500, y + 14)
        c.line(420, y + 11.5, 500, y + 11.5)
        line("Net income", net, bold=True, indent=100)
        y -= 24
        paragraphs(c, 100, y, W - 200, [
            "I certify that this profit and loss statement is true and correct to the best of my knowledge and "
            "reflects all income and expenses of the business for the period shown."], size=10, leading=13)
        sy = y - 70
        c.line(100, sy, 330, sy)
        c.line(380, sy, 512, sy)
        c.setFont("Times-Roman", 9)
        c.drawString(100, sy - 11, f"Signature of owner - {owner}")
        c.drawString(380, sy - 11, "Date")
        marks = [Mark("sig", 112, sy + 2, w=170, seed=seed)]
        if ink:
            marks.append(Mark("hand", 386, sy + 4, mdy(signed_on), size=12, seed=seed + 3))
        else:
            c.setFont("Courier", 10)
            c.drawString(386, sy + 4, mdy(signed_on))
        return marks

    fields = {"period_start": start.isoformat(), "period_end": end.isoformat(), "net_income": net, "signed": True}
    return Paper([page]), fields


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int,
              ink: bool) -> tuple[bytes, list[Mark]]:
    """Page 1 of the real IRS Form 4506-C, typed over (fields flattened into the page). Signed on screen (drawn
    strokes, the date typed) or left for ink: then the marks to add in pen are returned."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Northfork Income Verification LLC"),
           (312, 506, "NIV-40713"), (420, 506, "NORTHFRK2"), (27, 484, "2210 Commerce Parkway"),
           (312, 484, "Reston"), (420, 484, "VA"), (474, 484, "20191"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    marks = [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 344, 168, mdy(signed_on), size=11, seed=seed + 1)]
    if not ink:
        c.setFont("Courier", 9)
        c.drawString(344, 168, mdy(signed_on))
        draw_signature_vector(c, marks[0])
        marks = []
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"ar4506c{seed}"), marks


def fax_cover(agency: str, counselor: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    name, _, addr, phone, _, _ = AGENCIES[agency]

    def page(c: Canvas) -> list[Mark]:
        agency_head(c, agency)
        c.setFont("Helvetica-Bold", 28)
        c.drawString(72, 660, "FAX TRANSMITTAL")
        rows = [("Date", mdy(date)), ("To", to), ("Fax", to_fax), ("From", f"{counselor}, {name}"),
                ("Phone", phone), ("Pages", f"{pages} including this cover"), ("Subject", note)]
        y = 620
        c.setLineWidth(0.6)
        for k, v in rows:
            c.rect(72, y - 8, 110, 24, stroke=1, fill=0)
            c.rect(182, y - 8, W - 254, 24, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(80, y, k)
            c.setFont("Helvetica", 10)
            c.drawString(190, y, v)
            y -= 24
        paragraphs(c, 72, y - 24, W - 144, [
            "CONFIDENTIAL: this transmission contains a client's financial information and is meant only for the "
            "servicer named above. If you received it in error, please call us and destroy it."],
                   font="Helvetica", size=9, leading=12)
        c.setFont("Helvetica", 8)
        c.drawString(72, 80, addr)
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
    occupancy: str | None
    hardships: list[str]
    start: dt.date | None
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    assets: float = 0.0
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
                "signed_on": self.signed_on.isoformat() if self.b_signs and self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


# Wintergreen Harbor's questionnaire: the words a borrower types for each choice.
WH_OCC = {"primary_residence": "Owner-occupied", "second_home": "Second home",
          "investment_property": "Investment property"}
WH_HARDSHIP = {"unemployment": "Unemployment", "reduction_in_income": "Reduced income",
               "increase_in_housing_expenses": "Higher housing costs", "disaster": "Disaster",
               "disability_or_illness": "Illness or disability", "divorce_or_separation": "Divorce or legal separation",
               "separation_unmarried": "Separation of unmarried co-borrowers",
               "death": "Death of a borrower or wage earner", "relocation": "Distant job transfer or relocation",
               "other": "Other"}
WH_INCOME = {"wages": "Wages", "self_employment": "Self-employment", "unemployment": "Unemployment benefits",
             "benefits_taxable": "Taxable benefits", "benefits_nontaxable": "Non-taxable benefits",
             "rental": "Rental income", "investment": "Investment income", "other": "Other income"}
WH_DURATION = {"short": "Short-term", "long": "Long-term", "resolved": "Resolved"}


@dataclass
class QRow:
    kind: str  # "q": question | "part": a section band | "text": a paragraph across the table | "sign"
    text: str
    answer: list[str] = field(default_factory=list)
    num: str = ""
    signer: str = ""
    signs: bool = False
    dates: bool = False
    seed: int = 0


def whl_questionnaire(app: App, mode: str) -> Paper:
    """Wintergreen Harbor Loan Servicing's "Mortgage Assistance Questionnaire" (WH-MAQ): every question a row of a
    two-column table, the long question in full sentences on the left, the answer on the right. mode: "screen"
    (typed in its PDF, signed with drawn strokes, the date typed), "ink" (typed, printed, signed and dated in pen),
    "pen" (printed blank and filled in pen in block capitals)."""
    pen = mode == "pen"

    def ans(*lines: str) -> list[str]:
        return [ln.upper() if pen else ln for ln in lines if ln]

    income_lines = [f"{WH_INCOME[k]}: ${money(v)} / month" for k, v in
                    sorted(app.income.items(), key=lambda kv: INCOMES.index(kv[0])) if v > 0]
    dated_b = app.b_signs and app.b_dates
    pages: list[list[QRow]] = [
        [QRow("part", "PART 1 - ABOUT YOU AND YOUR LOAN"),
         QRow("q", "What is the number of the mortgage loan you are asking us to review? You will find it at the top "
                   "of your monthly mortgage statement; please copy every digit, including any leading zeros.",
              ans(app.loan), "1"),
         QRow("q", "What is the full legal name of the borrower, written the way it appears on the mortgage note "
                   "(first name, middle initial and last name)?", ans(app.borrower), "2"),
         QRow("q", "What are the last four digits of the borrower's Social Security number? For your protection, "
                   "please do not write the whole number anywhere on this questionnaire.", ans(app.ssn[-4:]), "3"),
         QRow("q", "If another person signed the mortgage note with you, what is that co-borrower's full legal name? "
                   "Leave the answer space empty if you are the only borrower on the loan.", ans(app.co or ""), "4"),
         QRow("q", "If there is a co-borrower, what are the last four digits of the co-borrower's Social Security "
                   "number?", ans((app.co_ssn or "")[-4:]), "5"),
         QRow("q", "At which telephone number and e-mail address can we reach you during the day if we have a "
                   "question about your request?", ans(app.phone, app.email), "6"),
         QRow("part", "PART 2 - THE PROPERTY"),
         QRow("q", "What is the street address of the property that secures this mortgage, including the apartment "
                   "or unit number if there is one?", ans(app.street), "7"),
         QRow("q", "In which city or town, state and ZIP code is the property located?",
              ans(f"{app.city}, {app.state} {app.zip}"), "8"),
         QRow("q", "How is the property used today? Please type one of these words or phrases: Owner-occupied (you "
                   "live in it as your principal residence), Second home, or Investment property (it is rented to "
                   "others or stands empty).", ans(WH_OCC[app.occupancy] if app.occupancy else ""), "9"),
         QRow("q", "Do you want to keep the property, or are you thinking of selling it? Type Keep, Sell or "
                   "Undecided.", ans("Keep"), "10")],
        [QRow("part", "PART 3 - YOUR HARDSHIP"),
         QRow("q", "Which of the following caused your difficulty in paying the mortgage? Type every one that "
                   "applies, separated by commas, using these words: Unemployment; Reduced income; Higher housing "
                   "costs; Disaster; Illness or disability; Divorce or legal separation; Separation of unmarried "
                   "co-borrowers; Death of a borrower or wage earner; Distant job transfer or relocation; Other.",
              ans(*wrap_items([WH_HARDSHIP[h] for h in sorted(app.hardships, key=HARDSHIPS.index)], 34)),
              "11"),
         QRow("q", "If you typed Other in the answer above, please describe the hardship in a few words. A "
                   "longer explanation may be sent in a separate letter.",
              ans(*wrap(app.other_text, "Courier", 10, 196)), "12"),
         QRow("q", "On approximately what date did the hardship begin? Please give the month, the day and the year "
                   "(mm/dd/yyyy).", ans(mdy(app.start) if app.start else ""), "13"),
         QRow("q", "Do you expect the hardship to be short-term (six months or less) or long-term (more than six "
                   "months), or has it already been resolved? Type Short-term, Long-term or Resolved.",
              ans(WH_DURATION[app.duration]), "14"),
         QRow("part", "PART 4 - YOUR HOUSEHOLD'S MONTHLY INCOME"),
         QRow("q", "Please list every source of monthly income of the borrowers before taxes, one source to a line, "
                   "in the form \"Source: $amount / month\". Name the sources with these words: Wages; "
                   "Self-employment; Unemployment benefits; Taxable benefits (Social Security, pension, disability); "
                   "Non-taxable benefits (SSI, VA disability); Rental income; Investment income; Other income "
                   "(alimony, child support).", ans(*income_lines), "15"),
         QRow("q", "What is the total of the monthly amounts you listed in the answer above?",
              ans(f"${money(app.total)} / month"), "16"),
         QRow("q", "How much money do the borrowers have today in checking, savings and other accounts that are not "
                   "retirement accounts?", ans(f"${money(app.assets)}"), "17")],
        [QRow("part", "PART 5 - CERTIFICATION AND SIGNATURES"),
         QRow("text", "By signing below, each borrower certifies that every answer in this questionnaire is true and "
                      "complete, that the hardship described contributed to the need for mortgage relief, and that "
                      "knowingly false statements may violate federal law. Each borrower agrees to send the documents "
                      "Wintergreen Harbor asks for, consents to a credit report, and authorizes Wintergreen Harbor "
                      "to share information about this request with a HUD-approved housing counseling agency "
                      "working with the borrowers."),
         QRow("sign", "Borrower: please sign in the answer space to the right and write the date on which you "
                      "signed, to confirm that you have read the certification above.", num="18",
              signer=app.borrower, signs=app.b_signs, dates=dated_b, seed=app.seed),
         QRow("sign", "Co-borrower, if there is one: please sign in the answer space to the right and write the "
                      "date on which you signed. Leave this space empty if you are the only borrower.", num="19",
              signer=app.co or "", signs=bool(app.co) and app.co_signs, dates=bool(app.co) and app.co_signs,
              seed=app.seed + 1)],
    ]
    x0, xs, x1 = 50.0, 340.0, 562.0
    qw = xs - x0 - 36

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.12, 0.32, 0.3))
        c.setFont("Times-Bold", 16)
        c.drawString(x0, 742, "Wintergreen Harbor")
        c.setFont("Times-Roman", 9)
        c.drawString(x0, 731, "LOAN SERVICING  -  PO Box 60418, Portland, ME 04104  -  (207) 555-0114")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawRightString(x1, 744, "Mortgage Assistance Questionnaire")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(x1, 733, f"Form WH-MAQ (01/2040)  -  Page {n} of 3")
        c.setLineWidth(1)
        c.line(x0, 724, x1, 724)

    def draw_page(rows: list[QRow], n: int) -> PageFn:
        def page(c: Canvas) -> list[Mark]:
            header(c, n)
            y = 712.0
            if n == 1:
                y = paragraphs(c, x0, 710, x1 - x0, [
                    "Please answer every question in the space to its right. Type your answers, or print them "
                    "clearly in capital letters. Where a question gives you words to choose from, write the word. "
                    "Return all three pages with the documents on our checklist; a housing counselor may send them "
                    "for you."], font="Helvetica", size=8, leading=10, gap=0) + 2
            else:
                c.setFont("Helvetica", 8)
                c.drawString(x0, 710, "Loan number:")
                c.setFont("Courier", 10)
                if not pen:
                    c.drawString(x0 + 56, 710, app.loan)
                y = 700.0
            marks: list[Mark] = []
            if pen and n > 1:
                marks.append(Mark("block", x0 + 58, 709, app.loan, size=10.5, seed=app.seed + 40 + n))
            c.setFillGray(0.8)
            c.rect(x0, y - 14, x1 - x0, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x0 + 6, y - 10, "QUESTION")
            c.drawString(xs + 6, y - 10, "YOUR ANSWER")
            y -= 14
            for r in rows:
                c.setLineWidth(0.6)
                if r.kind == "part":
                    c.setFillColor(Color(0.12, 0.32, 0.3))
                    c.rect(x0, y - 16, x1 - x0, 16, stroke=1, fill=1)
                    c.setFillColor(white)
                    c.setFont("Helvetica-Bold", 8.5)
                    c.drawString(x0 + 6, y - 11.5, r.text)
                    c.setFillColor(black)
                    y -= 16
                    continue
                if r.kind == "text":
                    lines = wrap(r.text, "Helvetica", 8.5, x1 - x0 - 14)
                    h = len(lines) * 10.5 + 10
                    c.rect(x0, y - h, x1 - x0, h, stroke=1, fill=0)
                    c.setFont("Helvetica", 8.5)
                    for i, ln in enumerate(lines):
                        c.drawString(x0 + 7, y - 12 - i * 10.5, ln)
                    y -= h
                    continue
                qlines = wrap(r.text, "Helvetica", 8.5, qw)
                if r.kind == "sign":
                    h = max(len(qlines) * 10.5 + 10, 70)
                else:
                    h = max(len(qlines) * 10.5, len(r.answer) * 13) + 10
                c.rect(x0, y - h, xs - x0, h, stroke=1, fill=0)
                c.rect(xs, y - h, x1 - xs, h, stroke=1, fill=0)
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(x0 + 6, y - 12, f"{r.num}.")
                c.setFont("Helvetica", 8.5)
                for i, ln in enumerate(qlines):
                    c.drawString(x0 + 28, y - 12 - i * 10.5, ln)
                if r.kind == "q":
                    for i, ln in enumerate(r.answer):
                        if pen:
                            marks.append(Mark("block", xs + 8, y - 15 - i * 13, ln, size=10.5,
                                              seed=app.seed * 100 + int(r.num) * 7 + i))
                        else:
                            c.setFont("Courier", 10)
                            c.drawString(xs + 8, y - 14 - i * 13, ln)
                else:
                    c.setFont("Helvetica", 6.5)
                    c.setFillGray(0.35)
                    c.drawString(xs + 6, y - 36, "Signature")
                    c.drawString(xs + 6, y - h + 5, "Date (mm/dd/yyyy)")
                    c.setFillColor(black)
                    c.setLineWidth(0.4)
                    c.line(xs + 6, y - 28, x1 - 8, y - 28)
                    c.line(xs + 70, y - h + 4, x1 - 60, y - h + 4)
                    if r.signs:
                        marks.append(Mark("sig", xs + 16, y - 27, w=150, seed=r.seed))
                    if r.dates:
                        if mode == "screen":
                            c.setFont("Courier", 10)
                            c.drawString(xs + 76, y - h + 7, mdy(app.signed_on))
                        else:
                            marks.append(Mark("hand", xs + 76, y - h + 7, mdy(app.signed_on), size=12,
                                              seed=r.seed + 20))
                y -= h
            if n == 3:
                paragraphs(c, x0, y - 20, x1 - x0, [
                    "Return this questionnaire to Wintergreen Harbor Loan Servicing, Loss Mitigation, PO Box 60418, "
                    "Portland, ME 04104, or fax it to (207) 555-0119. We will acknowledge it within five business "
                    "days and tell you if anything else is needed."], font="Helvetica", size=8, leading=10)
            c.setFont("Helvetica", 7)
            c.drawCentredString(W / 2, 30, f"WH-MAQ  -  Page {n} of 3")
            return marks

        return page

    return Paper([draw_page(rows, i + 1) for i, rows in enumerate(pages)])


PF_REASONS = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster",
              "Disability or serious illness", "Divorce or legal separation", "Separation, unmarried borrowers",
              "Death of borrower or wage earner", "Distant job transfer / relocation", "Other (explain below)")
PF_INCOME = ("Gross wages, salary, overtime, tips", "Self-employment income", "Unemployment benefits",
             "Taxable Social Security, pension, disab.", "Non-taxable Social Security / SSI", "Rental income (net)",
             "Investment or insurance income", "Other (alimony, support, etc.)")


def pfsb_application(app: App, ink: bool, seed: int) -> Paper:
    """Pemberton Falls Savings Bank's old typewritten "Application for Mortgage Payment Relief" (PF-22): labels and
    rules in a typewriter face, answers typed on a typewriter over the underlines, boxes as typed [X]."""
    rng = random.Random(seed)

    def typed(c: Canvas, x: float, y: float, text: str, size: float = 10.0) -> None:
        """A typewriter's line: each character struck a little high or low, a little lighter or darker."""
        cw = stringWidth("M", "Courier", size)
        for i, ch in enumerate(text):
            c.setFillGray(rng.uniform(0.0, 0.22))
            c.setFont("Courier", size)
            c.drawString(x + i * cw, y + rng.uniform(-0.45, 0.45), ch)
        c.setFillColor(black)

    def label(c: Canvas, x: float, y: float, text: str, size: float = 9.5, bold: bool = False) -> float:
        c.setFont("Courier-Bold" if bold else "Courier", size)
        c.drawString(x, y, text)
        return x + stringWidth(text, "Courier", size)

    def blank(c: Canvas, x: float, y: float, w: float, answer: str) -> None:
        c.setLineWidth(0.5)
        c.line(x, y - 2, x + w, y - 2)
        if answer:
            typed(c, x + 4, y, answer)

    def box(c: Canvas, x: float, y: float, on: bool, text: str) -> None:
        c.setFont("Courier", 9.5)
        c.drawString(x, y, "[ ]")
        if on:
            typed(c, x + stringWidth("[", "Courier", 9.5), y, "X", 9.5)
        c.drawString(x + 24, y, text)

    def head(c: Canvas, n: int) -> None:
        c.setFont("Courier-Bold", 13)
        c.drawCentredString(W / 2, 742, "PEMBERTON FALLS SAVINGS BANK")
        c.setFont("Courier", 8.5)
        c.drawCentredString(W / 2, 730, "22 Mill Race Street  *  Pemberton Falls, Vermont 05156  *  (802) 555-0107")
        c.setFont("Courier-Bold", 11)
        c.drawCentredString(W / 2, 708, "APPLICATION FOR MORTGAGE PAYMENT RELIEF")
        c.setFont("Courier", 8)
        c.drawString(60, 694, "Form PF-22 (Rev. 3/31)")
        c.drawRightString(W - 60, 694, f"Sheet {n} of 2")
        c.setDash(1, 2)
        c.line(60, 688, W - 60, 688)
        c.setDash()

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        y = 666.0
        label(c, 60, y, "A. BORROWER", bold=True)
        y -= 22
        blank(c, label(c, 60, y, "1. Loan number ") + 4, y, 150, app.loan)
        y -= 22
        blank(c, label(c, 60, y, "2. Borrower's name ") + 4, y, 210, app.borrower)
        blank(c, label(c, 390, y, "3. SSN, last 4 ") + 4, y, 56, app.ssn[-4:])
        y -= 22
        blank(c, label(c, 60, y, "4. Co-borrower's name ") + 4, y, 192, app.co or "")
        blank(c, label(c, 390, y, "5. SSN, last 4 ") + 4, y, 56, (app.co_ssn or "")[-4:])
        y -= 22
        blank(c, label(c, 60, y, "6. Telephone ") + 4, y, 120, app.phone)
        blank(c, label(c, 268, y, "7. E-mail ") + 4, y, 222, app.email)
        y -= 34
        label(c, 60, y, "B. THE PROPERTY", bold=True)
        y -= 22
        blank(c, label(c, 60, y, "8. Street address ") + 4, y, 380, app.street)
        y -= 22
        blank(c, label(c, 60, y, "9. City ") + 4, y, 180, app.city)
        blank(c, label(c, 300, y, "State ") + 4, y, 40, app.state)
        blank(c, label(c, 390, y, "ZIP code ") + 4, y, 80, app.zip)
        y -= 24
        label(c, 60, y, "10. The property is:")
        y -= 16
        box(c, 84, y, app.occupancy == "primary_residence", "Owner-occupied (my home)")
        box(c, 270, y, app.occupancy == "second_home", "Second home")
        box(c, 400, y, app.occupancy == "investment_property", "Investment/rental")
        y -= 34
        label(c, 60, y, "C. HARDSHIP", bold=True)
        y -= 22
        blank(c, label(c, 60, y, "11. Date the hardship began (mm/dd/yyyy) ") + 4, y, 100,
              mdy(app.start) if app.start else "")
        y -= 22
        label(c, 60, y, "12. The hardship is:")
        box(c, 200, y, app.duration == "short", "Short-term")
        box(c, 310, y, app.duration == "long", "Long-term")
        box(c, 420, y, app.duration == "resolved", "Resolved")
        y -= 22
        label(c, 60, y, "13. Cause of the hardship (mark all that apply):")
        y -= 18
        for i, reason in enumerate(PF_REASONS):
            col, row = divmod(i, 5)
            box(c, 84 + col * 240, y - row * 16, HARDSHIPS[i] in app.hardships, reason)
        y -= 5 * 16 + 8
        blank(c, label(c, 84, y, "Explain \"Other\": ") + 4, y, 340, app.other_text)
        c.setFont("Courier", 8)
        c.drawCentredString(W / 2, 40, "PF-22  -  continue on sheet 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = 666.0
        blank(c, label(c, 60, y, "Loan number ") + 4, y, 150, app.loan)
        y -= 34
        label(c, 60, y, "D. GROSS MONTHLY INCOME OF ALL BORROWERS (before taxes)", bold=True)
        y -= 24
        rows = [(f"{14 + i}. {lab} ", app.income.get(k, 0.0)) for i, (k, lab) in enumerate(zip(INCOMES, PF_INCOME,
                                                                                                   strict=True))]
        rows.append(("22. TOTAL MONTHLY INCOME ", app.total))
        for lab, amount in rows:
            end = label(c, 60, y, lab, bold=lab.startswith("22"))
            c.setFont("Courier", 9.5)
            dots = int((400 - end) / stringWidth(".", "Courier", 9.5))
            c.drawString(end, y, "." * max(0, dots))
            c.drawString(404, y, "$")
            c.setLineWidth(0.5)
            c.line(416, y - 2, 520, y - 2)
            if amount > 0:
                txt = money(amount)
                typed(c, 516 - stringWidth(txt, "Courier", 10), y, txt)
            y -= 20
        y -= 16
        label(c, 60, y, "E. CERTIFICATION", bold=True)
        y -= 18
        c.setFont("Courier", 9)
        for ln in wrap("I/We certify that the information in this application is true and complete, that the "
                       "hardship described above contributed to my/our need for mortgage relief, and that knowingly "
                       "false statements may violate federal law. I/We agree to provide the documents the Bank "
                       "requests and consent to a credit report for each borrower.", "Courier", 9, W - 120):
            c.drawString(60, y, ln)
            y -= 12
        y -= 30
        marks: list[Mark] = []
        people = [("Borrower", app.b_signs, app.b_signs and app.b_dates, 0),
                  ("Co-borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, signs, dates, k in people:
            label(c, 60, y, f"{role}'s signature")
            c.line(200, y - 2, 400, y - 2)
            label(c, 410, y, "Date")
            c.line(440, y - 2, 540, y - 2)
            if signs:
                marks.append(Mark("sig", 210, y, w=135, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 446, y + 1, mdy(app.signed_on), size=12, seed=app.seed + 9 + k))
                else:
                    typed(c, 446, y, mdy(app.signed_on))
            y -= 44
        c.setFont("Courier", 8)
        c.drawString(60, y - 6, "FOR BANK USE:  Rec'd ________  By ____  Logged ________")
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
             fax_line: str | None = None) -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        if fax_line:
            fax_headers(sheets, fax_line, style.dpi)
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


def pnl_doc(fields: dict[str, Any]) -> Doc:
    return Doc("profit_and_loss_statement", fields, dt.date.fromisoformat(fields["period_end"]), signed=True)


def t4506_doc(signed_on: dt.date) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": signed_on.isoformat()}, signed_on, signed=True)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    blank = {"loan_number": not app.loan, "borrower_name": not app.borrower, "property_address": not app.street,
             "occupancy": app.occupancy is None, "hardship_types": not app.hardships,
             "hardship_start_date": app.start is None, "income": not any(v > 0 for v in app.income.values())}
    out += [f"application_field:{k}" for k in REQUIRED_FIELDS if blank[k]]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and a is not b and fresh(b.date) and
                   dt.date.fromisoformat(b.fields["period_start"]) ==
                   dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts)
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


def stub(employer: str, addr: str, code: str, employee: str, emp_id: str, dept: str, pay: dt.date, freq: str,
         rate: float, wh: Withholding, ot: bool, key: int, acct4: str) -> Stub:
    return clearledger_stub(employer, addr, code, employee, emp_id, dept, pay, freq, rate, wh, ot, key, acct4)


def packet_ar1(seed: int) -> Packet:
    """Complete: loose born-digital files sent by the counselor; typed questionnaire signed on screen."""
    received = dt.date(2040, 3, 19)
    addr = ["418 Wren Hollow Drive", "Hermantown, MN 55811"]
    wh = Withholding(0.085, 0.0535, "Minnesota income tax", (("Medical plan", 88.20),))
    stubs = [stub("Tolliver Orthopedic Associates", "3301 Miller Trunk Highway, Duluth, MN 55811", "TOA-0418",
                  "Delphine R. Castellano", "E-20417", "Surgical scheduling", d, "biweekly", 24.35, wh, False,
                  seed * 11 + 1, "7731") for d in (dt.date(2040, 2, 17), dt.date(2040, 3, 2))]
    app = App("5530918246", "Delphine R. Castellano", "961-42-3378", "418 Wren Hollow Drive", "Hermantown", "MN",
              "55811", "(218) 555-0193", "d.castellano@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2039, 11, 4), "long", {"wages": stubs[-1].monthly}, dt.date(2040, 3, 12), assets=640.00,
              seed=seed + 11)
    p = Packet("ar1", received, app, [])
    on = dt.date(2040, 3, 12)
    cover = counselor_cover("lanternwood", "Marguerite O. Lindqvist", dt.date(2040, 3, 14),
                            ["Wintergreen Harbor Loan Servicing", "Loss Mitigation", "PO Box 60418",
                             "Portland, ME 04104"], app.borrower, None, app.loan,
                            ["Mortgage Assistance Questionnaire (3 pages), signed",
                             "Two most recent pay statements", "Hardship letter", "Client budget summary"],
                            ink=False, seed=seed + 12)
    wages = stubs[-1].monthly
    budget = budget_summary("lanternwood", "Marguerite O. Lindqvist", dt.date(2040, 3, 12), app.borrower, None,
                            app.loan, "Wintergreen Harbor", [("Wages - Tolliver Orthopedic", round(wages, -1))],
                            [("Mortgage payment (PITI)", 1684), ("Utilities", 238), ("Food", 520),
                             ("Transportation", 310), ("Insurance (auto)", 96), ("Medical", 85),
                             ("Credit cards / loans", 215), ("Other", 140)],
                            "Overtime ended in November when the clinic cut its evening schedule. Client wants to "
                            "keep the home; a modification that brings the payment near $1,300 would balance the "
                            "budget.")
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Wintergreen Harbor Loan Servicing", [
        "Until last fall I worked many evening shifts at the clinic, and the overtime was a big part of my pay. In "
        "November the clinic closed its evening hours, and since then I am paid for my regular schedule only.",
        "I have met with a housing counselor, who helped me put together a budget. I want to stay in my home and "
        "ask you to review me for a loan modification."], ink=False, seed=seed)
    p.pdf("Lanternwood cover - Castellano.pdf", paper_pdf(cover.paper), (letter_doc(cover), 1))
    p.pdf(f"budget summary {app.loan}.pdf", paper_pdf(budget.paper), (letter_doc(budget), 1))
    p.pdf(f"WH-MAQ_{app.loan}_signed.pdf", paper_pdf(whl_questionnaire(app, "screen")), (app_doc(), 3))
    for s in stubs:
        p.pdf(f"paystub_{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{app.loan} hardship ltr.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ar2(seed: int) -> Packet:
    """Complete: ONE 300 dpi grey scan of the whole packet; typewritten bank application signed in ink."""
    received = dt.date(2040, 5, 7)
    addr = ["9 Sawmill Brook Road", "Pemberton Falls, VT 05156"]
    app_start = dt.date(2039, 10, 20)
    pnl_paper, pnl_fields = pnl_statement(
        "Verhoeven Custom Cabinetry", "Anselm J. Verhoeven", "9 Sawmill Brook Road, Pemberton Falls, VT 05156",
        dt.date(2040, 1, 1), dt.date(2040, 3, 31), 12870.00,
        [("Cabinet and millwork sales", 31450.00), ("Installation and repair", 4120.00)],
        [("Lumber, hardware and finishes", 11840.00), ("Shop rent", 3600.00), ("Utilities", 1287.45),
         ("Vehicle and fuel", 1402.18), ("Insurance", 966.00), ("Tools and equipment", 1148.62),
         ("Office, phone and other", 0.0)], dt.date(2040, 4, 22), ink=True, seed=seed + 23)
    ssa = ssa_letter("Maribel O. Verhoeven", addr, dt.date(2040, 3, 4), 1386.00, "Retirement", "July 2037",
                     "December 2039")
    app = App("0007718452", "Anselm J. Verhoeven", "937-15-8804", "9 Sawmill Brook Road", "Pemberton Falls", "VT",
              "05156", "(802) 555-0128", "averhoeven.cabinets@example.com", "primary_residence",
              ["disability_or_illness"], app_start, "long",
              {"self_employment": 4290.00, "benefits_taxable": 1386.00}, dt.date(2040, 4, 22),
              co="Maribel O. Verhoeven", co_ssn="937-60-2215", seed=seed + 21)
    p = Packet("ar2", received, app, [])
    on = dt.date(2040, 4, 22)
    cover = counselor_cover("crestfield", "Thaddeus W. Okafor-Reyes", dt.date(2040, 4, 30),
                            ["Pemberton Falls Savings Bank", "Attn: Loan Servicing", "22 Mill Race Street",
                             "Pemberton Falls, VT 05156"], app.borrower, app.co, app.loan,
                            ["Application for Mortgage Payment Relief (Form PF-22), signed",
                             "Year-to-date profit and loss statement, signed", "IRS Form 4506-C, signed",
                             "Social Security benefit verification letter", "Hardship letter",
                             "Client budget summary"], ink=True, seed=seed + 22)
    budget = budget_summary("crestfield", "Thaddeus W. Okafor-Reyes", dt.date(2040, 4, 22), app.borrower, app.co,
                            app.loan, "Pemberton Falls Savings Bank",
                            [("Self-employment (net, Q1 average)", 4290), ("Social Security - Maribel", 1386)],
                            [("Mortgage payment (PITI)", 1912), ("Utilities and heat", 405), ("Food", 610),
                             ("Transportation", 355), ("Insurance", 210), ("Medical and prescriptions", 690),
                             ("Business debt", 1140), ("Other", 160)],
                            "Anselm's back surgery in October kept him out of the shop for ten weeks. Work is "
                            "returning slowly. Clients ask for a temporary payment reduction.")
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Pemberton Falls Savings Bank", [
        "In October I had surgery on my spine and could not work in my cabinet shop for ten weeks. My shop earns "
        "only when I build and install, so our income dropped to my wife's Social Security for most of the winter.",
        "I am back at work part of the day and business is picking up, but the medical bills and the missed months "
        "left us behind on the mortgage. We ask the bank to help us with a lower payment for a while."],
        ink=True, seed=seed + 24)
    t_pdf, t_marks = form4506c("Anselm", "J", "Verhoeven", "937-15-8804", "9 Sawmill Brook Road", "Pemberton Falls",
                               "VT", "05156", "Pemberton Falls Savings Bank", "(802) 555-0107", on, "(802) 555-0128",
                               seed + 25, ink=True)
    style = Scan(dpi=300, tilt=0.25, blur=0.6, noise=0.0004)
    p.scan("Scan_2040-05-07_0931.pdf", [
        (letter_doc(cover), scan_paper(cover.paper, style, seed + 200)),
        (letter_doc(budget), scan_paper(budget.paper, style, seed + 201)),
        (app_doc(), scan_paper(pfsb_application(app, ink=True, seed=seed + 26), style, seed + 202)),
        (hardship_doc(on), scan_paper(hl, style, seed + 203)),
        (pnl_doc(pnl_fields), scan_paper(pnl_paper, style, seed + 204)),
        (t4506_doc(on), scan_sheets(t_pdf, [t_marks], style, seed + 205)),
        (letter_doc(ssa), scan_paper(ssa.paper, style, seed + 206))], style)
    return p


def packet_ar3(seed: int) -> Packet:
    """Incomplete (income_doc:wages, stale): loose 240 dpi grey scans under a phone scanner app's names."""
    received = dt.date(2040, 8, 20)
    addr = ["27 Cormorant Lane", "Westbrook, ME 04092"]
    wh = Withholding(0.09, 0.058, "Maine income tax", (("Health insurance", 112.40), ("Union dues", 21.00)))
    stubs = [stub("Redfern Valve & Fitting Co.", "600 Bridge Street, Westbrook, ME 04092", "RVF-1102",
                  "Teodor Kowalczyk", "100472", "Machining - 2nd shift", d, "semimonthly", 27.80, wh, True,
                  seed * 11 + 3, "0586") for d in (dt.date(2040, 4, 20), dt.date(2040, 5, 5))]
    app = App("3304871195", "Teodor Kowalczyk", "952-07-6613", "27 Cormorant Lane", "Westbrook", "ME", "04092",
              "(207) 555-0152", "tkowalczyk@example.org", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2040, 1, 1), "long", {"wages": stubs[-1].monthly}, dt.date(2040, 8, 11), assets=1215.00,
              seed=seed + 31)
    p = Packet("ar3", received, app, ["income_doc:wages"])
    on = dt.date(2040, 8, 11)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Wintergreen Harbor Loan Servicing", [
        "In January the city revalued every house on our street and my property tax went up by more than $2,400 a "
        "year. My escrow account came up short and my monthly payment rose by $310 in February.",
        "My pay at the plant has not changed. I can afford the old payment but not the new one, and I ask you to "
        "spread the shortage out or modify the loan."], ink=True, seed=seed + 32)
    style = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0006)
    p.scan("Kowalczyk docs (1).pdf", [(app_doc(), scan_paper(whl_questionnaire(app, "ink"), style, seed + 300))],
           style)
    for i, s in enumerate(stubs):
        p.scan(f"Kowalczyk docs ({i + 2}).pdf", [(stub_doc(s), scan_paper(s.paper, style, seed + 301 + i))], style)
    p.scan("Kowalczyk docs (4).pdf", [(hardship_doc(on), scan_paper(hl, style, seed + 303))], style)
    return p


def packet_ar4(seed: int) -> Packet:
    """Incomplete (application_signature): the typed questionnaire e-mailed without signature or date."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2040, 6, 11)
    addr = ["1160 Tamarack Ridge Road", "Cloquet, MN 55720"]
    net = 1642.18
    credits = [(3, "CARLTON CNTY HWY DEPT PAYROLL", net), (17, "CARLTON CNTY HWY DEPT PAYROLL", net),
               (24, "MOBILE DEPOSIT", 150.00)]
    s1 = harborstone_statement(rng, "ROSALIND F. ACHTERBERG", addr, "6102448817", 2040, 4, 1128.54, credits,
                               dt.datetime(2040, 6, 6, 9, 12))
    s2 = harborstone_statement(rng, "ROSALIND F. ACHTERBERG", addr, "6102448817", 2040, 5,
                               s1.fields["ending_balance"], [(1, "CARLTON CNTY HWY DEPT PAYROLL", net),
                                                             (15, "CARLTON CNTY HWY DEPT PAYROLL", net),
                                                             (29, "CARLTON CNTY HWY DEPT PAYROLL", net)],
                               dt.datetime(2040, 6, 6, 9, 14))
    app = App("8843170025", "Rosalind F. Achterberg", "974-28-1056", "1160 Tamarack Ridge Road", "Cloquet", "MN",
              "55720", "(218) 555-0177", "rf.achterberg@example.com", "primary_residence", ["disaster"],
              dt.date(2040, 4, 9), "short", {"wages": 3558.06}, dt.date(2040, 6, 6), b_signs=False, b_dates=False,
              assets=2310.00, seed=seed + 41)
    p = Packet("ar4", received, app, ["application_signature"])
    on = dt.date(2040, 6, 6)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Wintergreen Harbor Loan Servicing", [
        "On April 9 the ice dam on the St. Louis River broke loose and the water backed up into my basement. The "
        "furnace, the water heater and the well pump were ruined and the foundation wall cracked.",
        "My insurance covers only part of the repairs, and I paid the rest from my savings and a credit card. "
        "I ask for a forbearance of a few months while I finish the repairs."], ink=False, seed=seed)
    p.pdf(f"Questionnaire - {app.loan}.pdf", paper_pdf(whl_questionnaire(app, "screen")), (app_doc(), 3))
    p.pdf("Statement_Apr2040 (1).pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf("Statement_May2040.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    p.pdf(f"letter re {app.loan}.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ar5(seed: int) -> Packet:
    """Incomplete (application_field:occupancy): the counselor's 200 dpi fax; the occupancy answer left empty."""
    received = dt.date(2040, 9, 25)
    addr = ["3052 Lakewood Road", "Duluth, MN 55804"]
    wh = Withholding(0.08, 0.0535, "Minnesota income tax", (("Health plan", 46.10),))
    stubs = [stub("Northshore Granary & Feed", "18 Canal Park Drive, Duluth, MN 55802", "NGF-2231", "Emil T. Haugland",
                  "3318", "Warehouse", d, "weekly", 22.60, wh, True, seed * 11 + 5, "2940")
             for d in (dt.date(2040, 9, 14), dt.date(2040, 9, 21))]
    app = App("0061529734", "Emil T. Haugland", "919-83-4470", "3052 Lakewood Road", "Duluth", "MN", "55804",
              "(218) 555-0160", "emil.haugland@example.net", None, ["increase_in_housing_expenses", "other"],
              dt.date(2040, 5, 15), "long", {"wages": stubs[-1].monthly}, dt.date(2040, 9, 18),
              co="Ingrid S. Haugland", co_ssn="919-51-0387",
              other_text="Ingrid's mother moved in; home care costs", assets=480.00, seed=seed + 51)
    p = Packet("ar5", received, app, ["application_field:occupancy"])
    on = dt.date(2040, 9, 18)
    counselor = "Marguerite O. Lindqvist"
    cover = counselor_cover("lanternwood", counselor, dt.date(2040, 9, 24),
                            ["Wintergreen Harbor Loan Servicing", "Loss Mitigation", "Fax (207) 555-0119"],
                            app.borrower, app.co, app.loan,
                            ["Mortgage Assistance Questionnaire (3 pages)", "Two weekly pay statements",
                             "Hardship letter", "Client budget summary"], ink=True, seed=seed + 52)
    wages = stubs[-1].monthly
    budget = budget_summary("lanternwood", counselor, dt.date(2040, 9, 18), app.borrower, app.co, app.loan,
                            "Wintergreen Harbor", [("Wages - Northshore Granary (Emil)", round(wages, -1))],
                            [("Mortgage payment (PITI)", 1529), ("Utilities", 262), ("Food", 690),
                             ("Transportation", 280), ("Home care aide", 640), ("Insurance", 118),
                             ("Other", 95)],
                            "Ingrid left her part-time job in May to care for her mother, who now lives with them. "
                            "Taxes and insurance also rose in the escrow analysis. Clients want to keep the home.")
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Wintergreen Harbor Loan Servicing", [
        "In May my wife's mother could no longer live alone, and she moved in with us. Ingrid left her part-time job "
        "to take care of her, and we pay an aide to come three afternoons a week.",
        "At the same time our escrow payment went up by $180 a month because of higher taxes and insurance. We "
        "are asking for a modification that fits the one income we have now."], ink=True, seed=seed + 53)
    fax = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0007, fax=True)
    parts: list[tuple[Doc | None, list[ScannedPage]]] = [
        (letter_doc(cover), scan_paper(cover.paper, fax, seed + 501)),
        (letter_doc(budget), scan_paper(budget.paper, fax, seed + 502)),
        (app_doc(), scan_paper(whl_questionnaire(app, "ink"), fax, seed + 503)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, fax, seed + 504)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, fax, seed + 505)),
        (hardship_doc(on), scan_paper(hl, fax, seed + 506))]
    total = 1 + sum(len(pg) for _, pg in parts)
    fc = fax_cover("lanternwood", counselor, "Wintergreen Harbor Loan Servicing - Loss Mitigation",
                   "(207) 555-0119", received, total, f"Haugland - loan {app.loan} - assistance request")
    p.scan("FAX0925_104112.pdf", [(None, scan_paper(fc, fax, seed + 500)), *parts], fax,
           fax_line="SEP-25-2040 10:38  LANTERNWOOD HSG CNSL  218 555 0142")
    return p


def packet_ar6(seed: int) -> Packet:
    """Incomplete (hardship_doc:death): the typewritten application scanned at 200 dpi, the rest born digital."""
    received = dt.date(2040, 10, 15)
    addr = ["14 Quarry Hill Road", "Chester, VT 05143"]
    wh = Withholding(0.07, 0.035, "Vermont income tax", (("Dental", 14.75),))
    stubs = [stub("Marigold Valley School District", "200 Depot Street, Chester, VT 05143", "MVSD-09",
                  "Winifred A. Szabo", "T-5512", "Food service", d, "biweekly", 19.40, wh, False, seed * 11 + 6,
                  "4408") for d in (dt.date(2040, 9, 28), dt.date(2040, 10, 12))]
    ssa = ssa_letter("Winifred A. Szabo", addr, dt.date(2040, 9, 3), 1512.00, "Surviving spouse",
                     "July 2040", "July 2040")
    app = App("4471290358", "Winifred A. Szabo", "986-30-7142", "14 Quarry Hill Road", "Chester", "VT", "05143",
              "(802) 555-0185", "wszabo@example.org", "primary_residence", ["death"], dt.date(2040, 6, 2), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1512.00}, dt.date(2040, 10, 8), seed=seed + 61)
    p = Packet("ar6", received, app, ["hardship_doc:death"])
    on = dt.date(2040, 10, 8)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Pemberton Falls Savings Bank", [
        "My husband Laszlo died on June 2 after a short illness. He drove for the county and his pay was most of "
        "what we lived on. I work in the school kitchen during the school year and now receive his Social "
        "Security as his widow.",
        "I want to keep our house. With his income gone I cannot make the full payment, and I ask the bank to "
        "lower it so that I can stay."], ink=True, seed=seed + 62)
    style = Scan(dpi=200, tilt=0.45, blur=0.5, noise=0.0007)
    p.scan("PFSB application Szabo.pdf", [(app_doc(), scan_paper(pfsb_application(app, ink=True, seed=seed + 63),
                                                                 style, seed + 600))], style)
    for s in stubs:
        p.pdf(f"ClearLedger_Stub_{s.date.strftime('%Y%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf("SSA benefit letter.pdf", paper_pdf(ssa.paper), (letter_doc(ssa), 1))
    p.scan(f"Szabo {app.loan} letter.pdf", [(hardship_doc(on), scan_paper(hl, style, seed + 601))], style)
    return p


def packet_ar7(seed: int) -> Packet:
    """Complete: the questionnaire filled in pen in block capitals; a folder named after the loan of grey scans."""
    received = dt.date(2040, 7, 9)
    addr = ["88 Fletcher Street", "Biddeford, ME 04005"]
    wh = Withholding(0.075, 0.058, "Maine income tax", (("Health insurance", 64.00),))
    stubs = [stub("Saco Bay Linen Service", "41 Pool Street, Biddeford, ME 04005", "SBL-0307", "Ignatius P. Okonjo",
                  "0719", "Route driver", d, "semimonthly", 21.15, wh, True, seed * 11 + 7, "1163")
             for d in (dt.date(2040, 6, 5), dt.date(2040, 6, 20))]
    app = App("2209653817", "Ignatius P. Okonjo", "948-66-2091", "88 Fletcher Street", "Biddeford", "ME", "04005",
              "(207) 555-0134", "iokonjo@example.com", "primary_residence", ["other"], dt.date(2040, 3, 2),
              "short", {"wages": stubs[-1].monthly}, dt.date(2040, 7, 1),
              other_text="Uninsured car accident - repairs and rental car", assets=305.00, seed=seed + 71)
    p = Packet("ar7", received, app, [])
    on = dt.date(2040, 7, 1)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Wintergreen Harbor Loan Servicing", [
        "On March 2 a driver without insurance ran a red light and hit my car. I was not badly hurt, but the car "
        "needed $4,800 of repairs that no insurer would pay, and I rented a car for five weeks to keep my route.",
        "I paid for all of it with my mortgage money for April and May. My pay is back to normal and I ask for a "
        "short forbearance or a plan to catch up the two payments."], ink=True, seed=seed + 72)
    style = Scan(dpi=240, tilt=0.35, blur=0.6, noise=0.0005)
    folder = app.loan
    for i, (doc, paper) in enumerate([(app_doc(), whl_questionnaire(app, "pen")), (stub_doc(stubs[0]),
                                      stubs[0].paper), (stub_doc(stubs[1]), stubs[1].paper),
                                      (hardship_doc(on), hl)]):
        p.scan(f"{folder}/SCN_{7041 + i}.pdf", [(doc, scan_paper(paper, style, seed + 700 + i))], style)
    return p


def packet_ar8(seed: int) -> Packet:
    """Complete: loose born-digital files; self-employment by a signed P&L and a signed 4506-C, spouse's stub."""
    received = dt.date(2040, 8, 6)
    addr = ["5 Birch Knoll Way", "Manchester Center, VT 05255"]
    wh = Withholding(0.08, 0.035, "Vermont income tax", (("Medical plan", 71.30),))
    co_stub = stub("Kestrel Pond Veterinary Clinic", "1290 Depot Street, Manchester Center, VT 05255", "KPV-0044",
                   "Lucinda M. Harkavy", "V-118", "Front desk", dt.date(2040, 7, 20), "biweekly", 20.85, wh, False,
                   seed * 11 + 8, "5526")
    pnl_paper, pnl_fields = pnl_statement(
        "Harkavy Landscape & Stonework", "Colm D. Harkavy", "5 Birch Knoll Way, Manchester Center, VT 05255",
        dt.date(2040, 1, 1), dt.date(2040, 6, 30), 25110.00,
        [("Landscape installation", 38620.00), ("Stone walls and patios", 21480.00), ("Snow removal", 6150.00)],
        [("Materials and plants", 17230.00), ("Subcontract labor", 9880.00), ("Equipment fuel and repair", 5912.40),
         ("Truck payment and insurance", 4218.00), ("Liability insurance", 1650.00), ("Phone and office", 0.0)],
        dt.date(2040, 7, 24), ink=False, seed=seed + 81)
    app = App("6625014489", "Colm D. Harkavy", "965-19-3307", "5 Birch Knoll Way", "Manchester Center", "VT", "05255",
              "(802) 555-0149", "colm@harkavystone.example.com", "primary_residence",
              ["reduction_in_income", "increase_in_housing_expenses"], dt.date(2039, 12, 1), "long",
              {"wages": co_stub.monthly, "self_employment": 4185.00}, dt.date(2040, 7, 24),
              co="Lucinda M. Harkavy", co_ssn="965-74-0612", assets=3120.00, seed=seed + 82)
    p = Packet("ar8", received, app, [])
    on = dt.date(2040, 7, 24)
    cover = counselor_cover("crestfield", "Thaddeus W. Okafor-Reyes", dt.date(2040, 7, 31),
                            ["Wintergreen Harbor Loan Servicing", "Loss Mitigation", "PO Box 60418",
                             "Portland, ME 04104"], app.borrower, app.co, app.loan,
                            ["Mortgage Assistance Questionnaire (3 pages), signed by both borrowers",
                             "Profit and loss statement, January - June 2040, signed", "IRS Form 4506-C, signed",
                             "Pay statement for Lucinda Harkavy", "Hardship letter", "Client budget summary"],
                            ink=False, seed=seed + 83)
    budget = budget_summary("crestfield", "Thaddeus W. Okafor-Reyes", dt.date(2040, 7, 24), app.borrower, app.co,
                            app.loan, "Wintergreen Harbor",
                            [("Self-employment (Colm), net", 4190), ("Wages (Lucinda)", round(co_stub.monthly, -1))],
                            [("Mortgage payment (PITI)", 2244), ("Utilities and heat", 388), ("Food", 720),
                             ("Transportation", 410), ("Insurance", 265), ("Child care", 560),
                             ("Credit cards", 330), ("Other", 150)],
                            "A dry spring and the loss of two commercial accounts cut Colm's business income; the "
                            "town's revaluation raised taxes. Clients ask for a modification.")
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Wintergreen Harbor Loan Servicing", [
        "Last December two of my largest commercial customers ended their contracts, and this spring the dry "
        "weather cut the planting season short. My business now earns about a third less than it did.",
        "At the same time the town revaluation raised our property taxes, and our escrow payment went up by $260 a "
        "month. We ask for a modification so that we can keep our home."], ink=False, seed=seed)
    t_pdf, _ = form4506c("Colm", "D", "Harkavy", "965-19-3307", "5 Birch Knoll Way", "Manchester Center", "VT",
                         "05255", "Wintergreen Harbor Loan Servicing", "(207) 555-0114", on, "(802) 555-0149",
                         seed + 84, ink=False)
    p.pdf(f"Harkavy_{app.loan}_counselor letter.pdf", paper_pdf(cover.paper), (letter_doc(cover), 1))
    p.pdf(f"Harkavy_{app.loan}_budget.pdf", paper_pdf(budget.paper), (letter_doc(budget), 1))
    p.pdf(f"Harkavy_{app.loan}_WH-MAQ.pdf", paper_pdf(whl_questionnaire(app, "screen")), (app_doc(), 3))
    p.pdf(f"Harkavy_{app.loan}_P&L Jan-Jun.pdf", paper_pdf(pnl_paper), (pnl_doc(pnl_fields), 1))
    p.pdf(f"Harkavy_{app.loan}_4506C.pdf", t_pdf, (t4506_doc(on), 1))
    p.pdf(f"Harkavy_{app.loan}_stub LH.pdf", paper_pdf(co_stub.paper), (stub_doc(co_stub), 1))
    p.pdf(f"Harkavy_{app.loan}_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ar1, packet_ar2, packet_ar3, packet_ar4, packet_ar5, packet_ar6,
                                             packet_ar7, packet_ar8]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and pay arithmetic."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in REQUIRED_FIELDS}
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
        if app["occupancy"] not in (*OCCUPANCIES, None) or not set(app["hardship_types"]) <= set(HARDSHIPS):
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
                text = reader.pages[pg["page"] - 1].extract_text() or ""
                has_text = bool(text.replace(SYNTH, "").strip())
                if has_text == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={has_text} on {key}")
            for k, v in doc["fields"].items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
            if not doc["scanned"]:
                texts = [readers[pg["file"]].pages[pg["page"] - 1].extract_text() or "" for pg in doc["pages"]
                         if pg["file"] in readers]
                problems += printed_problems(name, doc, texts)
                if doc["type"] == "mortgage_assistance_application":
                    problems += printed_problems(name, {"type": "application", "fields": {
                        k: v for k, v in app.items() if k in ("loan_number", "borrower_name", "co_borrower_name",
                                                              "ssn_last4", "hardship_start_date", "signed_on")}},
                        texts)
                    problems += printed_problems(name, {"type": "application", "fields": {
                        f"income.{k}": v for k, v in app["income"].items()}}, texts)
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
        listed = {(pg["file"], pg["page"]) for d in exp["documents"] for pg in d["pages"]}
        for rel in {pg["file"] for d in exp["documents"] for pg in d["pages"]}:
            n = len(readers[rel].pages) if rel in readers else 0
            extra = [i for i in range(1, n + 1) if (rel, i) not in listed]
            if extra and not (exp["documents"] and extra == [1] and rel.startswith("FAX")):
                problems.append(f"{name}: pages {extra} of {rel} belong to no document")
    return problems


def printed_problems(name: str, doc: dict[str, Any], texts: Sequence[str]) -> list[str]:
    """A born-digital document must carry each expected value in its text layer, in one of the ways it prints."""
    text = " ".join(" ".join(texts).split())
    out = []
    for k, v in doc["fields"].items():
        if v is None or isinstance(v, bool) or k in ("frequency", "benefit_type", "monthly_gross"):
            continue
        if isinstance(v, float | int) and k != "tax_year":
            ways = [money(v)]
        elif k.endswith(("date", "_start", "_end", "signed_on")):
            d = dt.date.fromisoformat(v)
            ways = [mdy(d), long_date(d), d.strftime("%b %d, %Y")]
        else:
            ways = [str(v)]
        if not any(w in text for w in ways):
            out.append(f"{name}: {doc['type']} {k}={v!r} not printed")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ar1 ..)")
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
