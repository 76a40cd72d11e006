"""A forty-fourth holdout set of borrower packets (as1..as8), laid out unlike the shared samples and unlike every
earlier set (a, b .. z, aa .. ar), written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen. Its theme: a SMALL
SERVICER WHOSE FORMS ARE MADE IN A WORD PROCESSOR.

    python benchmarks/holdout_packets_as.py OUT_DIR [--seed N] [--check] [--only as1 as5 ...]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. No stunts: papers are typed; files are born-digital PDFs
(text layer), plain grey scans (200, 240 or 300 dpi, tilted 0.2 to 0.4 degrees, a little blurred and speckled,
JPEG, no text layer) or one plain fax (200 dpi, black and white, the sending machine's header line "MAY-06-2041
09:14  FROM: KWIK SHIP & COPY  608 555 0163   TO: 18155550148   P.002/007" across the top of every page).
Hand-written parts are signatures (drawn strokes) and the dates beside them, plus the one application filled IN PEN
IN BLOCK CAPITALS (as4). Letters are addressed to the servicer.

THE SERVICER: Foxglove Lane Mortgage Servicing, LLC, 220 Depot Street, Suite 4, Galena IL (phone (815) 555-0147,
fax (815) 555-0148); its borrowers live in the Driftless hills of south-west Wisconsin.

APPLICATIONS
- Foxglove Lane's own "Mortgage Assistance Application", "FLMS Form 12 - Mortgage Assistance Application (rev.
  10/2040)", THREE portrait pages made in a word processor: a Word-style page header (the servicer's name in green
  bold, the address / phone / fax line under it, a thin green rule) and footer (the form's name at the left, "Page
  n of 3" at the right), an Arial-metric sans throughout. Every page is built of TABLES WITH MERGED CELLS and thin
  black grid lines: SHADED SECTION ROWS spanning the table ("SECTION 1.  BORROWER INFORMATION", "SECTION 2.  PROPERTY
  INFORMATION", "SECTION 3.  HARDSHIP" on page 1; "SECTION 4.  MONTHLY HOUSEHOLD INCOME (before taxes, all
  borrowers)", "SECTION 5.  ASSETS (exclude retirement accounts)" on page 2; "SECTION 6.  CERTIFICATION AND
  SIGNATURES" on page 3), and under them rows whose every cell holds a BOLD LABEL, A TAB AND THE ANSWER IN THE SAME
  CELL - the answer starts at the cell's next half-inch default tab stop, so its distance from the label varies -,
  one pair a row or TWO OR THREE PAIRS SIDE BY SIDE: "Loan number:" (full width); "Borrower name:" | "SSN (last
  4):"; "Co-borrower name:" | "SSN (last 4):" (empty when none); "Phone:" | "Email:"; "Is either borrower on active
  military duty?" with boxes; "Property address:" (one line: street, city, state ZIP); "Mailing address (if
  different):"; "The property is:" [] My primary residence [] A second home [] An investment property; "I want
  to:" [] Keep the property [] Sell the property [] Undecided; "Listed for sale?" [] Yes [] No | "HOA fees?" [] Yes
  [] No | "HOA dues: $"; "Date the hardship began:" (mm/dd/yyyy); "Expected to last:" [] Short-term (up to 6
  months) [] Long-term (over 6 months) [] Resolved; a row "Type of hardship (check all that apply):" over a row of
  TWO CELLS holding five boxes each in Form 710's order (Unemployment, Reduction in income, Increase in housing
  expenses, Disaster (natural or man-made), Long-term disability or serious illness | Divorce or legal separation,
  Separation of unmarried borrowers, Death of a borrower or wage earner, Distant employment transfer / relocation,
  Other (describe below)); "If Other, describe:". CHOICES ARE CHECK-BOX CHARACTERS inside the cells - U+2610 and
  U+2612 typed as text in the born-digital file (so its text layer holds them), just drawn glyphs on the scans.
  Pages 2 and 3 open with a two-cell row "Loan number:" | "Borrower:". The income is a TWO-COLUMN TABLE under a
  light header row "Monthly income source | Amount": eight rows in Form 710's order in the servicer's words (the
  taxable-benefits row wraps on two lines and, like Form 710, names "housing allowance"), amounts right-aligned as
  "$4,210.00", unused rows left empty, and a bold "Total" row; Section 5 is "Checking and cash:" | "Savings:"; a
  "DOCUMENTS TO SEND WITH THIS APPLICATION (copies, not originals)" box of three bullets closes page 2. Page 3: two
  certification paragraphs, then the signature block as a BORDERLESS TABLE "Borrower signature | Date" (bold
  captions, a signature line and a date line, "Printed name:" and the name under the signature line), the same for
  "Co-borrower signature | Date", and a shaded "FOR FOXGLOVE LANE USE ONLY" table (Date received / Received by /
  Entered in servicing system, empty). Filled three ways: TYPED IN THE DOCUMENT AND E-SIGNED - a picture of the
  signature (dark blue strokes on white) pasted above the line and the date typed (as1, as8 by the borrower alone,
  as6 by both spouses); TYPED, PRINTED, SIGNED AND DATED IN INK and scanned (as2 at 240 dpi with the CO-BORROWER'S
  SIGNATURE AND DATE LEFT EMPTY, as7 at 200 dpi by both); and PRINTED BLANK, FILLED IN PEN IN BLOCK CAPITALS (each
  letter a little turned, off the line and uneven in size; pen crosses over the boxes; "$3,790.28" written in the
  Amount cells), signed and dated in pen and FAXED with the "Date the hardship began" cell LEFT EMPTY (as4).
- The real Form 710 (April 2023) through its AcroForm (borrower, SSN last 4, e-mail, phone with "Home" and "Home
  phone" marked, property address on one line, occupancy, "Owner occupied", "Keep the property", not for sale, no
  HOA, hardship date, duration, hardship boxes, income lines, checking / savings): typed, signed on screen with drawn
  strokes over the signature line and the date typed into its field (as3, born-digital); typed, printed, signed and
  dated in ink and scanned grey at 300 dpi (as5). No total is printed on it: the expected total is the lines' sum.

PAY STUBS (every year-to-date figure is the sum of that year's checks by pay date; the frequency is printed)
- A small-business payroll app's "EARNINGS STATEMENT" (Ledgerlark Payroll, for Bittern Creek Auto Body - bi-weekly,
  paid Fridays from January 11, 2041 for the 14 days ending the Saturday before last -, Marigold Lane Bakery -
  weekly, paid Fridays for the week ending the Saturday before last -, and Quarry Hill Veterinary Clinic -
  semi-monthly, the 1st-15th paid on the 20th and the 16th-month end paid on the 5th): the employer's name in big
  bold type at the top left with its address and "EARNINGS STATEMENT" in grey capitals; at the top right a BIG
  ROUNDED GREEN "NET PAY" BADGE with the net pay in large white figures ("$1,444.20") and "Direct deposit to
  checking ****nnnn" under it; a rounded grey panel of small grey captions over values (EMPLOYEE - name and home
  address -, EMPLOYEE ID, PAY PERIOD "mm/dd/yyyy - mm/dd/yyyy", PAY DATE, PAY SCHEDULE "Weekly" / "Biweekly" /
  "Semi-monthly"); an EARNINGS TABLE under a grey band "Earnings | Rate | Hours | Current | Year to date" (Regular,
  Overtime at 1.5x, Holiday - a line paid earlier in the year shows only its YTD -) closed by a bold "Gross pay" row;
  "Employee taxes | Current | Year to date" (federal, Social Security, Medicare, state) and "Deductions | Current |
  Year to date" tables in the same style (the bakery has no deductions and no Deductions table); then a strip of
  FOUR ROUNDED BOXES "GROSS PAY - TAXES - DEDUCTIONS = NET PAY", each with the current amount large and "YTD $x"
  small, and a grey footer "Ledgerlark Payroll - prepared for <employer>. This is not a check."
- A church treasurer's semi-monthly "MINISTER'S PAY STATEMENT" for a pastor WITH A HOUSING ALLOWANCE (Good Shepherd
  Lutheran Church in as2, Mill Creek Baptist Church in as7; paid on the 15th for the 1st-15th and on the month's last
  day for the 16th to the end): a dark red cross and the church's name in a serif face at the top left, "OFFICE OF THE
  TREASURER" / "MINISTER'S PAY STATEMENT" at the top right, a double rule; a boxed grid of italic captions over bold
  values (Minister, Position, Pay frequency "Semi-monthly (24 pays a year)" / Pay period "mm/dd/yyyy to
  mm/dd/yyyy", Pay date, Advice no.); then THIS PAY and YEAR TO DATE columns: COMPENSATION (Cash salary, "Housing
  allowance *") closed by "Total compensation (gross pay)" - the gross INCLUDES the housing allowance -, WITHHOLDING
  (voluntary, at the minister's request) with federal and state income tax only, DEDUCTIONS (403(b) retirement,
  health plan premium), a double-ruled NET PAY box, and an italic footnote: the allowance designated by the Church
  Council under IRC section 107, no Social Security or Medicare withheld because ministers are self-employed for it.

BANK STATEMENT
- A regional savings bank's two-page checking statement whose SUMMARY COMES AT THE END (Ashby Falls Savings Bank,
  "Homestead Checking"): "ASHBY FALLS" in dark red serif capitals over a letter-spaced "S A V I N G S   B A N K" and
  "Since 1889 - Member FDIC - Equal Housing Lender"; "Statement of Account" / "Page 1 of 2" at the right; the
  holders' address in capitals and a box (Account, Account number "******nnnn", Statement period "mm/dd/yyyy -
  mm/dd/yyyy", Branch); an italic note "Your statement summary, interest and daily balances appear at the end of
  this statement."; an ACCOUNT ACTIVITY register (Date mm/dd | Description | Withdrawals | Deposits | Balance) that
  begins with the month's first transaction - NO beginning-balance line -, continued on page 2 under a short header,
  then "STATEMENT SUMMARY": a shaded box "Beginning balance on mm/dd/yyyy", "Deposits and other credits (n)"
  "+x", "Withdrawals and other debits (n)" "-x", "Ending balance on mm/dd/yyyy", beside "INTEREST" (interest paid
  this period, APY earned); then DAILY BALANCES three across and the bank's address. The beginning balance is
  printed ONLY in the end summary.

LETTERS AND OTHER PAPERS
Social Security's yearly cost-of-living notice "Your New Benefit Amount" (dated December 3, 2040: "SOCIAL SECURITY
ADMINISTRATION" / "Important Information" and a payment-center address at the top left, the date and "Claim Number:
XXX-XX-nnnnA" at the top right, the address in capitals, the 2.6 percent increase, "How Much Will I Get And When?"
in a ruled box - "Your monthly amount (before deductions) is $1,734.00" (the expected monthly_amount), the Medicare
premium deducted, $0.00 tax withheld, the amount received "on or about January 9, 2041" -, "We pay your benefit once
a month"; benefits_taxable, as2 for the co-borrower and as5); a newspaper obituary page (The Driftless Area
Courier: masthead, date line, a grey photo box, the notice in one column, a FUNERAL NOTICES column); typed hardship
letters to Foxglove Lane (unsigned when e-mailed, signed in ink when scanned or faxed); page 1 of the real IRS Form
4506-C (Rev. 10-2022) typed over for Foxglove Lane and signed on screen (as3, as6); a copy shop's "FAX TRANSMITTAL"
cover sheet (as4, not a document).

PACKETS AND DELIVERIES (received dates January to July 2041)
- as1 (03/25): loose born-digital files with odd names "MAA - Varga (signed).pdf" (FLMS e-signed), "Varga paystub
  03-08-2041.pdf" and "... 03-22-2041.pdf" (two fresh bi-weekly Ledgerlark stubs), "hardship ltr.pdf". Complete (a
  reduction in income needs no paper).
- as2 (02/12): ONE 240 dpi grey scan of the whole packet "Scan_2041-02-12_091544.pdf" (no loan number in the name,
  no separator): FLMS typed and ink-signed by the pastor only, two fresh minister's pay statements, the wife's
  Social Security notice, a signed letter. Incomplete: application_signature (the co-borrower named on page 1 did
  not sign or date).
- as3 (04/15): a folder named after the loan of born-digital files: "Form 710 - Arriaga.pdf" (on screen), "QHVC
  paystub 2041-04-05.pdf", "Ashby Falls stmt Feb 2041.pdf" and "... Mar 2041.pdf" (two consecutive fresh statements
  showing the upstairs rent), "4506-C signed.pdf", "ice storm letter.pdf". Complete (rental by the statements and
  the 4506-C; a disaster needs no paper).
- as4 (05/06): ONE 200 dpi fax "fax_0506_091422.pdf" behind a copy shop's cover sheet: FLMS filled in pen, two fresh
  weekly bakery stubs, a signed letter. Incomplete: application_field:hardship_start_date.
- as5 (01/28): a folder named after the loan of one 300 dpi grey scan per paper "IMG_4471.pdf" .. "IMG_4475.pdf":
  Form 710 printed and ink-signed, the Social Security notice, a fresh weekly bakery stub, the husband's obituary, a
  signed letter. Complete (the obituary covers the death).
- as6 (06/10): loose born-digital files "<loan> application.pdf" (FLMS e-signed by both spouses), "<loan> paystub
  Priya.pdf" (the co-borrower's fresh semi-monthly stub), "<loan>_stmt_jan.PDF", "<loan>_stmt_feb.PDF", "<loan>
  4506C.pdf", "<loan> letter.pdf". Incomplete: income_doc:rental (the two consecutive statements that show the rent
  ended January 31 and February 28, more than 90 days before receipt; no rent checks).
- as7 (06/24): loose 200 dpi grey scans "Hollister_<loan>_1.pdf" .. "_4.pdf": FLMS typed and ink-signed by both
  spouses, the pastor's fresh statement, the wife's fresh bi-weekly body-shop stub, a signed letter. Complete (the
  letter covers the illness; wages are the two stubs' monthly gross added).
- as8 (07/15): loose born-digital files "Marsh_<loan>_application.pdf" (FLMS e-signed), "Marsh paystub July.pdf",
  "letter re <loan>.pdf". Incomplete: income_doc:benefits_nontaxable (VA disability compensation claimed on the
  form; the letter promises the award letter later, no statements).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and the scenario's codes are asserted. `--check` validates every expected.json (keys,
codes, types, dates, that every listed page exists, that `scanned` matches the absence of a text layer, that each
stub's monthly gross follows from its frequency, and that every expected value of a born-digital paper is printed in
its text layer). Every file is the same bytes for a seed: reportlab runs in invariant mode, scans use seeded noise,
pypdf output carries fixed identifiers. All people, employers, banks and servicers are fictional (the Social Security
Administration and the IRS form aside); SSNs use the 900-999 area, and every page carries a faint "synthetic test
document" line (put back in black on the fax, where light grey drops out).
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
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
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
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"  # the dates written beside signatures
CAPS_FONT = FONT_DIR / "dejavu/DejaVuSansCondensed.ttf"  # block capitals printed in pen
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter

# The word processor's fonts: an Arial-metric sans for the text, DejaVu Sans for the ballot-box characters.
WORD, WORD_B, WORD_I, GLYPH = "AsWord", "AsWord-Bold", "AsWord-Italic", "AsGlyph"
pdfmetrics.registerFont(TTFont(WORD, str(FONT_DIR / "liberation2/LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont(WORD_B, str(FONT_DIR / "liberation2/LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont(WORD_I, str(FONT_DIR / "liberation2/LiberationSans-Italic.ttf")))
pdfmetrics.registerFont(TTFont(GLYPH, str(FONT_DIR / "dejavu/DejaVuSans.ttf")))
BOX_OFF, BOX_ON = "\u2610", "\u2612"

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
SERVICER = "Foxglove Lane Mortgage Servicing, LLC"
SERVICER_ADDR = "220 Depot Street, Suite 4  |  Galena, IL 61036  |  Phone (815) 555-0147  |  Fax (815) 555-0148"
GREEN = Color(0.11, 0.36, 0.27)


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
    """Something added by hand or pasted in after the page was made: a signature drawn as pen strokes ("sig"),
    a signature pasted in as a picture ("sigimg", born-digital only), a date written in a slanted hand ("hand"),
    block capitals printed in pen ("caps") or a pen cross over a check box ("x", w = the box's side).
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
    title: str = ""


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


def signature_picture(seed: int, w: float, dpi: int = 150) -> Image.Image:
    """A signature as the picture an e-signing tool pastes in: dark blue strokes on white, 4 points of margin."""
    scale = dpi / 72
    img = Image.new("RGB", (math.ceil((w + 8) * scale), math.ceil(30 * scale)), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    for stroke in signature_path(seed, w):
        pts = [((4 + px) * scale, (26 - py) * scale) for px, py in stroke]
        draw.line(pts, fill=(22, 34, 110), width=max(2, round(1.2 * scale)), joint="curve")
    return img


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        elif m.kind == "sigimg":
            pic = signature_picture(m.seed, m.w)
            data = io.BytesIO()
            pic.save(data, "PNG")
            data.seek(0)
            c.drawImage(ImageReader(data), m.x - 4, m.y - 4, width=m.w + 8, height=30)
        else:
            raise ValueError(f"{m.kind} marks are made in ink, not on screen")


def paper_pdf(paper: Paper) -> bytes:
    """The born-digital PDF of a paper; signatures pasted in or drawn as vector strokes."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_as")
    if paper.title:
        c.setTitle(paper.title)
    for fn in paper.pages:
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


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), px)


def caps_width(text: str, size: float) -> float:
    """About how wide (points) `text` comes out in pen block capitals of `size`."""
    return _font(CAPS_FONT, 100).getlength(text.upper()) / 100 * size * 1.06 + 0.6 * len(text)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "hand":
            rng = random.Random(m.seed)
            font = _font(HAND_FONT, round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)
        elif m.kind == "caps":  # printed in pen: upright capitals, each a little turned, off the line, uneven
            rng = random.Random(m.seed)
            x = m.x * scale
            base = (page_h - m.y) * scale
            for ch in m.text.upper():
                px = round(m.size * scale * rng.uniform(0.9, 1.08))
                font = _font(CAPS_FONT, px)
                adv = font.getlength(ch)
                if ch != " ":
                    pad = px // 2
                    tile = Image.new("L", (round(adv) + 2 * pad, 2 * px), 255)
                    ImageDraw.Draw(tile).text((pad, round(1.5 * px)), ch, fill=45, font=font, anchor="ls")
                    tile = tile.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BILINEAR, fillcolor=255)
                    dy = rng.uniform(-1.2, 1.2) * scale
                    box = (round(x - pad), round(base + dy - 1.5 * px))
                    region = img.crop((box[0], box[1], box[0] + tile.size[0], box[1] + tile.size[1]))
                    img.paste(ImageChops.darker(region, tile), box)
                x += adv * rng.uniform(1.0, 1.14) + 0.6 * scale
        elif m.kind == "x":
            rng = random.Random(m.seed)
            s = m.w * scale
            x0, y0 = m.x * scale, (page_h - m.y) * scale
            width = max(2, round(1.4 * scale))
            j = [rng.uniform(-0.12, 0.12) * s for _ in range(4)]
            draw.line([(x0 + j[0], y0 + j[1]), (x0 + s + j[2], y0 - s * 1.05 + j[3])], fill=30, width=width)
            draw.line([(x0 + j[3], y0 - s + j[0]), (x0 + s * 1.05 + j[1], y0 + j[2])], fill=30, width=width)
        else:
            raise ValueError(f"no ink for {m.kind}")


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
    """The paper printed (no signature pasted in), marked in ink where its pages say, and scanned."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return scan_sheets(buf.getvalue(), marks, style, seed)


def fax_header(sheet: ScannedPage, text: str, dpi: int) -> ScannedPage:
    """The sending machine's header line printed across the top of a faxed page (and the synthetic-document
    line put back in black, since its light grey does not survive the fax's black and white)."""
    img = sheet.image.convert("L")
    draw = ImageDraw.Draw(img)
    font = _font(FONT_DIR / "dejavu/DejaVuSansMono.ttf", round(8.5 * dpi / 72))
    draw.text((round(0.25 * dpi), round(0.08 * dpi)), text, fill=0, font=font, anchor="lt")
    small = _font(FONT_DIR / "dejavu/DejaVuSans.ttf", round(5.5 * dpi / 72))  # the grey line drops out in b/w
    draw.text((img.size[0] - round(24 * dpi / 72), img.size[1] - round(10 * dpi / 72)), SYNTH, fill=0, font=small,
              anchor="rs")
    return ScannedPage(img.point(lambda v: 255 if v > 150 else 0).convert("1"), sheet.size)


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
    writer.add_metadata({"/Producer": "holdout_packets_as"})
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


def rng_key(rng: random.Random) -> int:
    """A number fixed by the packet's seed, so histories change with --seed but not between stubs."""
    return random.Random(rng.getstate()[1][0]).randrange(10**6)


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def schedule(frequency: str, pay_date: dt.date, first: dt.date | None = None, rule: str = "") -> list[dt.date]:
    """Every pay date of pay_date's year up to it. Weekly and bi-weekly: every 7 or 14 days from `first`.
    Semi-monthly: rule "5/20" pays on the 5th and 20th, rule "15/end" on the 15th and the month's last day."""
    out: list[dt.date] = []
    if frequency in ("weekly", "biweekly"):
        assert first is not None
        d = first
        while d <= pay_date:
            out.append(d)
            d += dt.timedelta(days=7 if frequency == "weekly" else 14)
    else:
        for month in range(1, pay_date.month + 1):
            m1 = dt.date(pay_date.year, month, 1)
            days = [m1.replace(day=5), m1.replace(day=20)] if rule == "5/20" else [m1.replace(day=15), month_end(m1)]
            out += [d for d in days if d <= pay_date]
    if out[-1] != pay_date:
        raise ValueError(f"{pay_date} is not a pay date of this schedule")
    return out


def period_of(frequency: str, pay_date: dt.date, rule: str = "") -> tuple[dt.date, dt.date]:
    if frequency in ("weekly", "biweekly"):
        end = pay_date - dt.timedelta(days=6)
        return end - dt.timedelta(days=6 if frequency == "weekly" else 13), end
    if rule == "5/20":
        if pay_date.day == 20:
            return pay_date.replace(day=1), pay_date.replace(day=15)
        prev = pay_date.replace(day=1) - dt.timedelta(days=1)
        return prev.replace(day=16), prev
    if pay_date.day == 15:
        return pay_date.replace(day=1), pay_date
    return pay_date.replace(day=16), pay_date


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.0495
    fica: bool = True
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed)}
        if self.fica:
            out["Social Security"] = r2(gross * 0.062)
            out["Medicare"] = r2(gross * 0.0145)
        out["State income tax"] = r2(gross * self.state)
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


FREQ_WORD = {"weekly": "Weekly", "biweekly": "Biweekly", "semimonthly": "Semi-monthly", "monthly": "Monthly"}
BADGE = Color(0.09, 0.47, 0.36)


def ledgerlark_stub(rng: random.Random, employer: str, emp_addr: str, employee: str, home: Sequence[str],
                    emp_id: str, pay_date: dt.date, frequency: str, rate: float, hours: float, wh: Withholding,
                    first: dt.date | None = None, rule: str = "", deposit: str = "4821") -> Stub:
    """A small-business payroll app's earnings statement: a big NET PAY badge, Rate | Hours | Current | Year to
    date earnings, taxes and deductions tables, and a Gross - Taxes - Deductions = Net strip at the foot."""
    key = rng_key(rng)
    checks = []
    for d in schedule(frequency, pay_date, first, rule):
        rr = random.Random(f"{emp_id}{d}{key}")
        reg = hours - rr.choice([0.0, 0.0, 0.0, 2.0, 4.0])
        lines: dict[str, tuple[float, float, float]] = {}
        holiday = rr.random() < 0.2
        if holiday:
            reg -= 8.0
        lines["Regular"] = (reg, rate, r2(reg * rate))
        ot = rr.choice([0.0, 0.0, 0.0, 1.5, 2.5, 4.0, 6.0])
        if ot:
            lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        if holiday:
            lines["Holiday"] = (8.0, rate, r2(8.0 * rate))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start, end = period_of(frequency, pay_date, rule)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(48, 738, employer)
        c.setFont("Helvetica", 8.5)
        c.drawString(48, 725, emp_addr)
        c.setFillGray(0.45)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, 710, "EARNINGS STATEMENT")
        c.setFillColor(BADGE)
        c.roundRect(392, 694, 172, 60, 12, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(478, 738, "NET PAY")
        c.setFont("Helvetica-Bold", 22)
        c.drawCentredString(478, 708, "$" + money(net))
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(478, 683, f"Direct deposit to checking ****{deposit}")
        c.setFillGray(0.95)
        c.roundRect(48, 598, 516, 70, 6, stroke=0, fill=1)
        c.setFillColor(black)
        cells = [(60, "EMPLOYEE", [employee, *home]), (236, "EMPLOYEE ID", [emp_id]),
                 (312, "PAY PERIOD", [f"{mdy(start)} - {mdy(end)}"]), (430, "PAY DATE", [mdy(pay_date)]),
                 (496, "PAY SCHEDULE", [FREQ_WORD[frequency]])]
        for x, cap, vals in cells:
            c.setFillGray(0.42)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x, 654, cap)
            c.setFillColor(black)
            y = 641
            for i, v in enumerate(vals):
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9 if i == 0 else 8)
                c.drawString(x, y, v)
                y -= 11

        def table(y: float, title: str, heads: Sequence[tuple[float, str]],
                  rows: Sequence[tuple[str, Sequence[tuple[float, str]]]], total: tuple[str, str, str] | None) -> float:
            c.setFillGray(0.88)
            c.rect(48, y - 5, 516, 17, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(56, y, title)
            for x, t in heads:
                c.drawRightString(x, y, t)
            y -= 17
            c.setFont("Helvetica", 9)
            for label, figs in rows:
                c.drawString(56, y, label)
                for x, t in figs:
                    c.drawRightString(x, y, t)
                c.setStrokeGray(0.85)
                c.line(48, y - 5, 564, y - 5)
                c.setStrokeColor(black)
                y -= 15
            if total:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(56, y, total[0])
                c.drawRightString(460, y, total[1])
                c.drawRightString(556, y, total[2])
                y -= 15
            return y - 14

        erows = []
        for k in ("Regular", "Overtime", "Holiday"):
            if k not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            figs = [(556, money(ytd[k]))]
            if hrs:
                figs += [(300, "$" + money(rt)), (370, f"{hrs:.2f}"), (460, money(amt))]
            erows.append((k, figs))
        y = table(574, "Earnings", ((300, "Rate"), (370, "Hours"), (460, "Current"), (556, "Year to date")), erows,
                  ("Gross pay", money(ch.gross), money(ytd["GROSS"])))
        y = table(y, "Employee taxes", ((460, "Current"), (556, "Year to date")),
                  [(k, [(460, money(v)), (556, money(ytd[k]))]) for k, v in taxes.items()], None)
        if wh.deductions:
            y = table(y, "Deductions", ((460, "Current"), (556, "Year to date")),
                      [(k, [(460, money(v)), (556, money(ytd[k]))]) for k, v in wh.deductions], None)
        y -= 36
        parts = [("Gross pay", ch.gross, ytd["GROSS"]), ("Taxes", sum(taxes.values()), sum(ytd[k] for k in taxes)),
                 ("Deductions", sum(v for _, v in wh.deductions), sum(ytd[k] for k, _ in wh.deductions)),
                 ("Net pay", net, ytd["NET"])]
        for i, (k, cur, yt) in enumerate(parts):
            x = 48 + i * 132
            c.setLineWidth(0.8)
            c.setStrokeColor(BADGE if k == "Net pay" else Color(0.7, 0.7, 0.7))
            c.roundRect(x, y, 120, 44, 5, stroke=1, fill=0)
            c.setStrokeColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 8, y + 32, k.upper())
            c.setFont("Helvetica-Bold", 12)
            c.drawString(x + 8, y + 16, "$" + money(r2(cur)))
            c.setFont("Helvetica", 7)
            c.drawString(x + 8, y + 5, "YTD $" + money(r2(yt)))
            if i < 3:
                c.setFont("Helvetica-Bold", 12)
                c.drawCentredString(x + 126, y + 18, "=" if i == 2 else "-")
        c.setFont("Helvetica", 7)
        c.setFillGray(0.4)
        c.drawString(48, y - 22, f"Ledgerlark Payroll - prepared for {employer}. This is not a check. "
                                 "Questions about your pay? Ask your employer.")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, frequency, ytd["GROSS"], net),
                pay_date)


def pastor_stub(church: str, address: str, minister: str, position: str, pay_date: dt.date, salary: float,
                housing: float, wh: Withholding, resolution: dt.date) -> Stub:
    """A church treasurer's semi-monthly minister's pay statement: cash salary plus a designated housing
    allowance make the gross; no Social Security or Medicare withheld; paid on the 15th and the month's end."""
    checks = [Check(d, {"Cash salary": (0.0, 0.0, salary), "Housing allowance *": (0.0, 0.0, housing)})
              for d in schedule("semimonthly", pay_date, rule="15/end")]
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start, end = period_of("semimonthly", pay_date, "15/end")
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.42, 0.12, 0.16))
        c.rect(61, 722, 5, 28, stroke=0, fill=1)
        c.rect(54, 738, 19, 5, stroke=0, fill=1)
        c.setFont("Times-Bold", 16)
        c.drawString(84, 738, church)
        c.setFillColor(black)
        c.setFont("Times-Roman", 9)
        c.drawString(84, 725, address)
        c.setFont("Times-Roman", 8)
        c.drawRightString(562, 748, "OFFICE OF THE TREASURER")
        c.setFont("Times-Bold", 12)
        c.drawRightString(562, 734, "MINISTER'S PAY STATEMENT")
        c.setLineWidth(1.2)
        c.line(50, 712, 562, 712)
        c.setLineWidth(0.4)
        c.line(50, 709, 562, 709)
        facts = [[("Minister", minister), ("Position", position), ("Pay frequency", "Semi-monthly (24 pays a year)")],
                 [("Pay period", f"{mdy(start)} to {mdy(end)}"), ("Pay date", mdy(pay_date)),
                  ("Advice no.", f"{pay_date.strftime('%y%m%d')}-01")]]
        y = 690
        for row in facts:
            x = 50.0
            for (cap, val), wd in zip(row, (190, 150, 172), strict=True):
                c.rect(x, y - 26, wd, 30, stroke=1, fill=0)
                c.setFont("Times-Italic", 7.5)
                c.drawString(x + 4, y - 5, cap)
                c.setFont("Times-Bold", 10)
                c.drawString(x + 4, y - 19, val)
                x += wd
            y -= 30
        y -= 24
        c.setFont("Times-Bold", 9)
        c.drawRightString(470, y, "THIS PAY")
        c.drawRightString(556, y, "YEAR TO DATE")
        c.line(50, y - 5, 562, y - 5)
        y -= 20

        def group(title: str, items: Sequence[tuple[str, float, float]]) -> None:
            nonlocal y
            c.setFont("Times-Bold", 9.5)
            c.drawString(50, y, title)
            y -= 14
            c.setFont("Times-Roman", 10)
            for k, v, yt in items:
                c.drawString(66, y, k)
                c.drawRightString(470, y, money(v))
                c.drawRightString(556, y, money(yt))
                y -= 14
            y -= 6

        group("COMPENSATION", [(k, v[2], ytd[k]) for k, v in ch.lines.items()])
        c.line(380, y + 14, 562, y + 14)
        c.setFont("Times-Bold", 10)
        c.drawString(66, y, "Total compensation (gross pay)")
        c.drawRightString(470, y, money(ch.gross))
        c.drawRightString(556, y, money(ytd["GROSS"]))
        y -= 24
        group("WITHHOLDING (voluntary, at the minister's request)", [(k, v, ytd[k]) for k, v in taxes.items()])
        group("DEDUCTIONS", [(k, v, ytd[k]) for k, v in wh.deductions])
        c.setLineWidth(0.8)
        c.rect(50, y - 10, 512, 26, stroke=1, fill=0)
        c.rect(52, y - 8, 508, 22, stroke=1, fill=0)
        c.setFont("Times-Bold", 11.5)
        c.drawString(62, y, "NET PAY")
        c.drawRightString(470, y, money(net))
        c.drawRightString(556, y, money(ytd["NET"]))
        y -= 40
        paragraphs(c, 50, y, 512, [
            f"* Housing allowance designated by resolution of the Church Council on {long_date(resolution)} under "
            "section 107 of the Internal Revenue Code. Ministers are self-employed for Social Security purposes: no "
            "Social Security or Medicare tax is withheld from this pay.",
            "Net pay is deposited to the minister's account on the pay date. Prepared by the church treasurer."],
            font="Times-Italic", size=8.5, leading=11, gap=4)
        return []

    return Stub(Paper([page]), stub_fields(church, minister, ch, start, end, "semimonthly", ytd["GROSS"], net),
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
    return start, month_end(start)


def transactions(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                 mortgage: float, extra: Sequence[tuple[int, str, float]] = ()) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount), the mortgage payment on the 1st, the
    `extra` debits and a household's ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    out += [(start + dt.timedelta(days=day - 1), desc, -amt) for day, desc, amt in extra]
    out.append((start, "FOXGLOVE LANE MTG PMT", -mortgage))
    debits = [("FAREWAY STORES #117 POS", 60, 180), ("FAREWAY STORES #117 POS", 60, 180),
              ("ALLIANT ENERGY AUTOPAY", 140, 260), ("KWIK TRIP 0771 POS", 30, 70), ("KWIK TRIP 0771 POS", 30, 70),
              ("US CELLULAR PREAUTH", 85, 140), (f"CHECK {rng.randrange(2200, 2300)}", 150, 400),
              ("DOLLAR GENERAL POS", 15, 60), ("ATM WITHDRAWAL FALLS ROAD", 60, 200),
              ("RURAL MUTUAL INS PREM", 110, 190), ("CAPITAL CARD SVCS AUTOPAY", 250, 600)]
    span = (end - start).days
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(1, span + 1)), desc, -r2(rng.uniform(lo, hi))))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


ASHBY_RED = Color(0.45, 0.1, 0.13)


def ashby_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                    begin: float, credits: Sequence[tuple[int, str, float]], mortgage: float,
                    extra: Sequence[tuple[int, str, float]] = ()) -> Statement:
    """Ashby Falls Savings Bank: two pages, the register first and the STATEMENT SUMMARY (with the beginning
    balance) and the daily balances at the END of page 2."""
    bank = "Ashby Falls Savings Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits, mortgage, extra)
    interest = r2(rng.uniform(0.08, 0.61))
    lines.append((end, "INTEREST PAID", interest))
    ending = r2(begin + sum(a for _, _, a in lines))
    deps = [a for _, _, a in lines if a > 0]
    wds = [-a for _, _, a in lines if a < 0]
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:12], rows[12:]
    masked = "*" * (len(acct) - 4) + acct[-4:]

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFillGray(0.9)
        c.rect(50, y - 4, 512, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, y, "Date")
        c.drawString(100, y, "Description")
        c.drawRightString(392, y, "Withdrawals")
        c.drawRightString(474, y, "Deposits")
        c.drawRightString(556, y, "Balance")
        y -= 17
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in part:
            c.drawString(54, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(392 if a < 0 else 474, y, money(abs(a)))
            c.drawRightString(556, y, money(b))
            y -= 14
        return y

    def page1(c: Canvas) -> list[Mark]:
        c.setFillColor(ASHBY_RED)
        c.setFont("Times-Bold", 21)
        c.drawString(50, 734, "ASHBY FALLS")
        c.setFont("Times-Roman", 10.5)
        c.drawString(51, 720, "S A V I N G S   B A N K")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(51, 709, "Since 1889  -  Member FDIC  -  Equal Housing Lender")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 738, "Statement of Account")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 726, "Page 1 of 2")
        c.setStrokeColor(ASHBY_RED)
        c.setLineWidth(1.4)
        c.line(50, 700, 562, 700)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        c.setFont("Helvetica", 9.5)
        y = 668
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(66, y, ln)
            y -= 12
        c.rect(330, 608, 232, 74, stroke=1, fill=0)
        info = [("Account", "Homestead Checking"), ("Account number", masked),
                ("Statement period", f"{mdy(start)} - {mdy(end)}"), ("Branch", "Main Office, 12 Falls Road")]
        for i, (k, v) in enumerate(info):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(338, 668 - 17 * i, k)
            c.setFont("Helvetica", 8.5)
            c.drawString(420, 668 - 17 * i, v)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(50, 584, "Your statement summary, interest and daily balances appear at the end of this "
                              "statement.")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 560, "ACCOUNT ACTIVITY")
        register(c, 542, first)
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFillColor(ASHBY_RED)
        c.setFont("Times-Bold", 12)
        c.drawString(50, 744, "ASHBY FALLS SAVINGS BANK")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(50, 732, f"Homestead Checking {masked}  -  {mdy(start)} - {mdy(end)}")
        c.drawRightString(562, 744, "Page 2 of 2")
        c.setStrokeColor(ASHBY_RED)
        c.line(50, 724, 562, 724)
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 704, "ACCOUNT ACTIVITY (continued)")
        y = register(c, 686, rest) - 22
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "STATEMENT SUMMARY")
        y -= 8
        c.setFillGray(0.95)
        c.rect(50, y - 72, 300, 68, stroke=1, fill=1)
        c.setFillColor(black)
        summary = [(f"Beginning balance on {mdy(start)}", money(begin)),
                   (f"Deposits and other credits ({len(deps)})", "+" + money(r2(sum(deps)))),
                   (f"Withdrawals and other debits ({len(wds)})", "-" + money(r2(sum(wds)))),
                   (f"Ending balance on {mdy(end)}", money(ending))]
        for i, (k, v) in enumerate(summary):
            c.setFont("Helvetica-Bold" if i in (0, 3) else "Helvetica", 9)
            c.drawString(58, y - 17 - 15 * i, k)
            c.drawRightString(342, y - 17 - 15 * i, v)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(370, y - 17, "INTEREST")
        c.setFont("Helvetica", 8.5)
        c.drawString(370, y - 32, "Interest paid this period")
        c.drawRightString(562, y - 32, money(interest))
        c.drawString(370, y - 47, "Annual percentage yield earned")
        c.drawRightString(562, y - 47, "0.05%")
        y -= 100
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "DAILY BALANCES")
        y -= 16
        daily: dict[dt.date, float] = {}
        for d, _, _, b in rows:
            daily[d] = b
        c.setFont("Helvetica", 8.5)
        for i, (d, b) in enumerate(daily.items()):
            col, r = i % 3, i // 3
            c.drawString(50 + col * 175, y - 13 * r, d.strftime("%m/%d"))
            c.drawRightString(190 + col * 175, y - 13 * r, money(b))
        y -= 13 * ((len(daily) + 2) // 3) + 20
        c.setFont("Helvetica", 7)
        c.drawString(50, y, "Ashby Falls Savings Bank, 12 Falls Road, Ashby Falls, WI 53801. In case of errors or "
                            "questions about your electronic transfers, call (608) 555-0110.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- letters and papers ---------------------------------------------------------------------------------------


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
                    paras: Sequence[str], ink: bool, seed: int) -> Paper:
    """A typed hardship letter to the servicer; signed in ink only when it was printed and mailed or faxed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in [writer if not co_writer else f"{writer} and {co_writer}", *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in [SERVICER, "Loss Mitigation Department", "220 Depot Street, Suite 4", "Galena, IL 61036"]:
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
        return marks

    return Paper([page])


def ssa_cola_notice(person: str, address: Sequence[str], ssn: str, date: dt.date, monthly: float, medicare: float,
                    first_pay: dt.date) -> Letter:
    """Social Security's yearly notice of the new benefit amount after the cost-of-living adjustment: the amount
    before deductions, the Medicare premium taken off and the amount paid, once a month."""
    paid = r2(monthly - medicare)
    year = date.year + 1

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, 742, "SOCIAL SECURITY ADMINISTRATION")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, 728, "Important Information")
        c.setFont("Helvetica", 8.5)
        for i, ln in enumerate(["Payment Center 9", "PO Box 4417", "Aldenmere, MD 21299"]):
            c.drawString(60, 714 - 11 * i, ln)
        c.setFont("Helvetica", 9.5)
        c.drawRightString(552, 742, long_date(date))
        c.drawRightString(552, 729, f"Claim Number: XXX-XX-{ssn[-4:]}A")
        y = 650
        c.setFont("Helvetica", 10)
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(96, y, ln)
            y -= 12
        y -= 28
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, y, "Your New Benefit Amount")
        y -= 20
        y = paragraphs(c, 60, y, 492, [
            f"Your Social Security benefits will increase by 2.6 percent in {year} because of a rise in the cost of "
            "living. You can use this letter when you need proof of your benefit amount to get loans, housing or "
            "other assistance."], font="Helvetica", size=10, leading=13)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y - 4, "How Much Will I Get And When?")
        y -= 24
        rows = [("Your monthly amount (before deductions) is", "$" + money(monthly)),
                ("The amount we will deduct for Medicare medical insurance is", "$" + money(medicare)),
                ("The amount we will deduct for your voluntary federal tax withholding is", "$0.00"),
                ("After we take any other deductions, you will receive", "$" + money(paid))]
        c.setLineWidth(0.6)
        c.rect(60, y - 15 * len(rows) - 26, 492, 15 * len(rows) + 22, stroke=1, fill=0)
        yy = y - 17
        for k, v in rows:
            c.setFont("Helvetica", 10)
            c.drawString(70, yy, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(542, yy, v)
            yy -= 15
        c.setFont("Helvetica", 10)
        c.drawString(70, yy, f"on or about {long_date(first_pay)}.")
        y = yy - 30
        y = paragraphs(c, 60, y, 492, [
            f"(If you did not have Medicare as of November 20, {date.year}, or if someone else pays your premium, we "
            "show $0.00.)",
            "We pay your benefit once a month. Your payment is deposited to your account on the second Wednesday "
            "of each month.",
            "Social Security benefits may be taxable. In January we will send you a Form SSA-1099 showing the "
            f"benefits you received in {date.year}.",
            "If You Think We Are Wrong: If you disagree with this decision, you have the right to appeal. We must "
            "receive your request in writing within 60 days from the date you receive this letter."],
            font="Helvetica", size=9.5, leading=12.5, gap=7)
        c.setFont("Helvetica", 7.5)
        c.drawString(60, 60, "Notice C41-RIB    Social Security Administration")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def obituary(name: str, born: dt.date, died: dt.date, town: str, paras: Sequence[str], date: dt.date) -> Letter:
    """A newspaper's obituary page clipped whole: masthead, a photo box and the notice in one narrow column."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 24)
        c.drawCentredString(W / 2, 736, "The Driftless Area Courier")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 722, f"{date.strftime('%A')}, {long_date(date)}   -   Obituaries   -   A9")
        c.setLineWidth(1.5)
        c.line(60, 714, W - 60, 714)
        c.setLineWidth(0.4)
        c.line(60, 711, W - 60, 711)
        c.setFillGray(0.78)
        c.rect(60, 560, 110, 130, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 15)
        c.drawString(184, 676, name)
        c.setFont("Times-Italic", 10)
        c.drawString(184, 662, f"{long_date(born)} - {long_date(died)}")
        paragraphs(c, 184, 640, 240, [f"{town.upper()} - " + paras[0], *paras[1:]], size=10, leading=12.5, gap=5)
        c.line(440, 700, 440, 300)
        c.setFont("Times-Bold", 9)
        c.drawString(452, 690, "FUNERAL NOTICES")
        paragraphs(c, 452, 676, 100, ["Services are listed as families provide them. To place a notice call "
                                      "the Courier at (608) 555-0170."], size=8, leading=10)
        return []

    return Letter(Paper([page]), "obituary", date)


def fax_cover(shop: str, shop_fax: str, sender: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 22)
        c.drawString(72, 712, "FAX TRANSMITTAL")
        c.setFont("Helvetica", 9)
        c.drawString(72, 696, f"Sent from {shop}  -  public fax {shop_fax}")
        c.setLineWidth(0.8)
        c.line(72, 688, 540, 688)
        rows = [("TO", SERVICER), ("ATTN", "Loss Mitigation Department"), ("FAX NUMBER", "(815) 555-0148"),
                ("FROM", sender), ("DATE", mdy(date)), ("PAGES", f"{pages} including this cover"), ("RE", note)]
        y = 660
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(170, y, v)
            c.setLineWidth(0.4)
            c.line(166, y - 4, 540, y - 4)
            y -= 26
        c.setFont("Helvetica", 8.5)
        c.drawString(72, y - 20, "If you do not receive all pages, call the sender. This store does not keep copies "
                                 "of faxed documents.")
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
    start: dt.date | None  # None: the hardship's start date left blank
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
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

    def blank_fields(self) -> list[str]:
        values = {"loan_number": self.loan, "borrower_name": self.borrower, "property_address": self.street,
                  "occupancy": self.occupancy, "hardship_types": self.hardships, "hardship_start_date": self.start,
                  "income": [v for v in self.income.values() if v > 0]}
        return [k for k in REQUIRED_FIELDS if not values[k]]

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


# The real Form 710 (April 2023), filled through its AcroForm.

F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_2": True, "Checkbox_18": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True}
    if app.start:
        values["Date_1"] = mdy(app.start)
    if app.checking:
        values["Number_10"] = money(app.checking)
    if app.savings:
        values["Number_11"] = money(app.savings)
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
    """Typed on screen, signed with drawn strokes over the signature field, the date typed into its field."""
    writer = form710_filled(app, type_dates=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    marks = [Mark("sig", 150, 348, w=200, seed=app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        marks.append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
    apply_screen_marks(c, marks)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    synth = io.BytesIO()
    c = Canvas(synth, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    synth_page = PdfReader(io.BytesIO(synth.getvalue())).pages[0]
    for i, page in enumerate(writer.pages):
        if i == 3:
            page.merge_page(overlay)
        page.merge_page(synth_page)
    return fixed_pypdf_bytes(writer, f"as710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    synth = io.BytesIO()
    c = Canvas(synth, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    synth_page = PdfReader(io.BytesIO(synth.getvalue())).pages[0]
    for page in writer.pages:
        page.merge_page(synth_page)
    pdf = fixed_pypdf_bytes(writer, "as710ink")
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
                     signed_on: dt.date, phone: str, seed: int) -> bytes:
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Tern Harbor Income Verification"),
           (312, 506, "THV-40518"), (420, 506, "TERNHB02"), (27, 484, "88 Lockwood Avenue"),
           (312, 484, "Rockford"), (420, 484, "IL"), (474, 484, "61101"), (27, 430, SERVICER),
           (474, 430, "(815) 555-0147"), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
           (81, 268, str(signed_on.year - 2)), (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (344, 168, mdy(signed_on)), (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
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
    return fixed_pypdf_bytes(writer, "as4506c")


# The servicer's own application, made in a word processor: tables with merged cells, label<TAB>answer.

L, R = 72.0, 540.0
TW = R - L
BODY = 9.5
PAD = 5.4
FLMS_REASONS = ("Unemployment", "Reduction in income", "Increase in housing expenses",
                "Disaster (natural or man-made)", "Long-term disability or serious illness",
                "Divorce or legal separation", "Separation of unmarried borrowers",
                "Death of a borrower or wage earner", "Distant employment transfer / relocation",
                "Other (describe below)")
FLMS_INCOME = ("Gross wages, salary, overtime, tips, commissions and bonuses", "Self-employment income",
               "Unemployment benefits",
               "Taxable Social Security, pension, disability, death benefits, adoption assistance, housing "
               "allowance or other public assistance",
               "Non-taxable Social Security or disability income",
               "Rental income (rents received, less expenses other than the mortgage)",
               "Investment or insurance income",
               "Other income (alimony, child support, separate maintenance, other)")


class Fill:
    """Puts a page's answers on paper: typed into the document ("typed"), or printed blank and then written
    in pen in block capitals with crosses over the chosen boxes ("pen", recorded as marks)."""

    def __init__(self, mode: str, seed: int) -> None:
        self.mode = mode
        self.seed = seed
        self.marks: list[Mark] = []

    def text(self, c: Canvas, x: float, y: float, s: str, font: str = WORD) -> None:
        if not s:
            return
        if self.mode == "typed":
            c.setFont(font, BODY)
            c.drawString(x, y, s)
        else:
            self.marks.append(Mark("caps", x, y - 0.5, s, size=10.5, seed=self.seed * 97 + len(self.marks)))

    def text_right(self, c: Canvas, xr: float, y: float, s: str, font: str = WORD) -> None:
        if self.mode == "typed" and s:
            c.setFont(font, BODY)
            c.drawRightString(xr, y, s)
        else:
            self.text(c, xr - caps_width(s, 10.5), y, s)

    def box(self, c: Canvas, x: float, y: float, on: bool, size: float = 10.0) -> float:
        glyph = BOX_ON if on and self.mode == "typed" else BOX_OFF
        c.setFont(GLYPH, size)
        c.drawString(x, y, glyph)
        if on and self.mode == "pen":
            self.marks.append(Mark("x", x - 0.05 * size, y - 0.1 * size, w=0.95 * size,
                                   seed=self.seed * 89 + len(self.marks)))
        return stringWidth(glyph, GLYPH, size)


def grid(c: Canvas, top: float, widths: Sequence[float], h: float, shade: float | None = None) -> float:
    x = L
    c.setLineWidth(0.5)
    for w in widths:
        if shade is not None:
            c.setFillGray(shade)
            c.rect(x, top - h, w, h, stroke=0, fill=1)
            c.setFillColor(black)
        c.rect(x, top - h, w, h, stroke=1, fill=0)
        x += w
    return top - h


def section_row(c: Canvas, top: float, title: str) -> float:
    grid(c, top, [TW], 18, shade=0.8)
    c.setFont(WORD_B, BODY)
    c.drawString(L + PAD, top - 12.5, title)
    return top - 18


def tab_x(x: float, label: str) -> float:
    """Where the answer after the label's TAB lands: the next default tab stop (every half inch) of the cell."""
    return x + PAD + 36 * math.ceil((stringWidth(label, WORD_B, BODY) + 4) / 36)


def pairs_row(c: Canvas, f: Fill, top: float, items: Sequence[tuple[float, str, str]], h: float = 20) -> float:
    """A row of one to three merged cells, each a bold label, a TAB and the answer."""
    grid(c, top, [w for w, _, _ in items], h)
    x = L
    for w, label, value in items:
        c.setFont(WORD_B, BODY)
        c.drawString(x + PAD, top - 13.5, label)
        f.text(c, tab_x(x, label), top - 13.5, value)
        x += w
    return top - h


def options(c: Canvas, f: Fill, x: float, y: float, opts: Sequence[tuple[str, bool]], gap: float = 11) -> None:
    for label, on in opts:
        x += f.box(c, x, y - 0.5, on) + 3
        c.setFont(WORD, BODY)
        c.drawString(x, y, label)
        x += stringWidth(label, WORD, BODY) + gap


def options_cells(c: Canvas, f: Fill, top: float, items: Sequence[tuple[float, str, Sequence[tuple[str, bool]]]],
                  h: float = 20) -> float:
    grid(c, top, [w for w, _, _ in items], h)
    x = L
    for w, label, opts in items:
        c.setFont(WORD_B, BODY)
        c.drawString(x + PAD, top - 13.5, label)
        options(c, f, tab_x(x, label), top - 13.5, opts, gap=7)
        x += w
    return top - h


def word_page(c: Canvas, page: int) -> None:
    c.setFillColor(GREEN)
    c.setFont(WORD_B, 12)
    c.drawString(L, 750, SERVICER)
    c.setFillColor(black)
    c.setFont(WORD, 7.5)
    c.drawString(L, 739, SERVICER_ADDR)
    c.setStrokeColor(GREEN)
    c.setLineWidth(0.75)
    c.line(L, 733, R, 733)
    c.setStrokeColor(black)
    c.setFont(WORD, 7.5)
    c.drawString(L, 40, "FLMS Form 12 - Mortgage Assistance Application (rev. 10/2040)")
    c.drawRightString(R, 40, f"Page {page} of 3")


def flms_form(app: App, fill: str) -> Paper:
    """Foxglove Lane's three-page application. fill: "screen" (typed in the document, a signature picture pasted
    in, the date typed), "ink" (typed, printed, signed and dated in ink) or "pen" (printed blank, every answer
    written in pen in block capitals, signed and dated in ink)."""
    mode = "pen" if fill == "pen" else "typed"

    def page1(c: Canvas) -> list[Mark]:
        f = Fill(mode, app.seed * 10 + 1)
        word_page(c, 1)
        c.setFont(WORD_B, 16)
        c.drawString(L, 706, "Mortgage Assistance Application")
        y = paragraphs(c, L, 688, TW, [
            "If you are having trouble making your mortgage payment, please complete this application and return it "
            "with the documents listed on page 2 by mail, by fax to (815) 555-0148 or by e-mail to "
            "help@foxglovelane.example. Type or print clearly and answer every question. We will acknowledge "
            "receipt within five business days."], font=WORD, size=9, leading=11.5)
        top = y - 4
        top = section_row(c, top, "SECTION 1.  BORROWER INFORMATION")
        top = pairs_row(c, f, top, [(TW, "Loan number:", app.loan)])
        top = pairs_row(c, f, top, [(318, "Borrower name:", app.borrower), (150, "SSN (last 4):", app.ssn[-4:])])
        top = pairs_row(c, f, top, [(318, "Co-borrower name:", app.co or ""),
                                    (150, "SSN (last 4):", (app.co_ssn or "")[-4:])])
        top = pairs_row(c, f, top, [(190, "Phone:", app.phone), (278, "Email:", app.email)])
        top = options_cells(c, f, top, [(TW, "Is either borrower on active military duty?",
                                         [("Yes", False), ("No", True)])])
        top = section_row(c, top, "SECTION 2.  PROPERTY INFORMATION")
        top = pairs_row(c, f, top, [(TW, "Property address:", app.address)])
        top = pairs_row(c, f, top, [(TW, "Mailing address (if different):", "")])
        top = options_cells(c, f, top, [(TW, "The property is:", [
            ("My primary residence", app.occupancy == "primary_residence"),
            ("A second home", app.occupancy == "second_home"),
            ("An investment property", app.occupancy == "investment_property")])])
        top = options_cells(c, f, top, [(TW, "I want to:", [("Keep the property", True), ("Sell the property", False),
                                                            ("Undecided", False)])])
        top = options_cells(c, f, top, [(184, "Listed for sale?", [("Yes", False), ("No", True)]),
                                        (150, "HOA fees?", [("Yes", False), ("No", True)])], h=20)
        c.setFont(WORD_B, BODY)
        c.rect(L + 334, top, TW - 334, 20, stroke=1, fill=0)
        c.drawString(L + 334 + PAD, top + 6.5, "HOA dues:")
        c.setFont(WORD, BODY)
        c.drawString(tab_x(L + 334, "HOA dues:"), top + 6.5, "$")
        top -= 14
        top = section_row(c, top, "SECTION 3.  HARDSHIP")
        top = pairs_row(c, f, top, [(TW, "Date the hardship began:", mdy(app.start) if app.start else "")])
        top = options_cells(c, f, top, [(TW, "Expected to last:", [
            ("Short-term (up to 6 months)", app.duration == "short"),
            ("Long-term (over 6 months)", app.duration == "long"), ("Resolved", app.duration == "resolved")])])
        grid(c, top, [TW], 18)
        c.setFont(WORD_B, BODY)
        c.drawString(L + PAD, top - 12.5, "Type of hardship (check all that apply):")
        top -= 18
        grid(c, top, [TW / 2, TW / 2], 78)
        for i, reason in enumerate(FLMS_REASONS):
            col, row = divmod(i, 5)
            x = L + col * TW / 2 + PAD
            yy = top - 14 - row * 14
            x += f.box(c, x, yy - 0.5, HARDSHIPS[i] in app.hardships) + 3
            c.setFont(WORD, BODY)
            c.drawString(x, yy, reason)
        top -= 78
        pairs_row(c, f, top, [(TW, "If Other, describe:", app.other_text)])
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Fill(mode, app.seed * 10 + 2)
        word_page(c, 2)
        top = pairs_row(c, f, 712, [(200, "Loan number:", app.loan), (268, "Borrower:", app.borrower)])
        top -= 14
        top = section_row(c, top, "SECTION 4.  MONTHLY HOUSEHOLD INCOME (before taxes, all borrowers)")
        grid(c, top, [348, 120], 18, shade=0.92)
        c.setFont(WORD_B, BODY)
        c.drawString(L + PAD, top - 12.5, "Monthly income source")
        c.drawRightString(R - PAD, top - 12.5, "Amount")
        top -= 18
        for k, label in zip(INCOMES, FLMS_INCOME, strict=True):
            lines = wrap(label, WORD, BODY, 348 - 2 * PAD)
            h = 8 + 11.5 * len(lines)
            grid(c, top, [348, 120], h)
            c.setFont(WORD, BODY)
            for j, ln in enumerate(lines):
                c.drawString(L + PAD, top - 13 - 11.5 * j, ln)
            amount = app.income.get(k, 0.0)
            if amount > 0:
                f.text_right(c, R - PAD, top - 13, "$" + money(amount))
            top -= h
        grid(c, top, [348, 120], 20)
        c.setFont(WORD_B, BODY)
        c.drawString(L + PAD, top - 13.5, "Total")
        f.text_right(c, R - PAD, top - 13.5, "$" + money(app.total), font=WORD_B)
        top -= 34
        top = section_row(c, top, "SECTION 5.  ASSETS (exclude retirement accounts)")
        top = pairs_row(c, f, top, [(TW / 2, "Checking and cash:", "$" + money(app.checking) if app.checking else ""),
                                    (TW / 2, "Savings:", "$" + money(app.savings) if app.savings else "")])
        top -= 24
        grid(c, top, [TW], 18, shade=0.92)
        c.setFont(WORD_B, BODY)
        c.drawString(L + PAD, top - 12.5, "DOCUMENTS TO SEND WITH THIS APPLICATION (copies, not originals)")
        items = ["Income: your most recent pay stub showing year-to-date earnings, or your two most recent bank "
                 "statements; award letters for Social Security, pension or disability income.",
                 "Self-employment or rental income: two most recent bank statements, and a signed IRS Form 4506-C.",
                 "Hardship: a letter explaining your hardship, and the documents listed on our checklist for "
                 "divorce, death, disability or relocation."]
        lines = [ln for it in items for ln in wrap(it, WORD, 8.5, TW - 2 * PAD - 12)]
        grid(c, top - 18, [TW], 10 + 11 * len(lines))
        yy = top - 31
        c.setFont(WORD, 8.5)
        for it in items:
            c.drawString(L + PAD, yy, "\u2022")
            for ln in wrap(it, WORD, 8.5, TW - 2 * PAD - 12):
                c.drawString(L + PAD + 12, yy, ln)
                yy -= 11
        return f.marks

    def page3(c: Canvas) -> list[Mark]:
        f = Fill(mode, app.seed * 10 + 3)
        word_page(c, 3)
        top = pairs_row(c, f, 712, [(200, "Loan number:", app.loan), (268, "Borrower:", app.borrower)])
        top -= 14
        top = section_row(c, top, "SECTION 6.  CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, L, top - 14, TW, [
            "I certify that all of the information in this application is true and that the hardship I identified "
            "contributed to my need for mortgage relief. Knowingly submitting false information may violate Federal "
            "and other applicable law.",
            "I agree to provide all required documents and to respond in a timely manner to all communications from "
            "Foxglove Lane Mortgage Servicing. I understand that the servicer is not obligated to offer me "
            "assistance based solely on this application. I consent to Foxglove Lane obtaining a current credit "
            "report for each borrower and to being contacted about this application at any telephone number or "
            "e-mail address I have provided."], font=WORD, size=9, leading=11.5, gap=6)
        marks = list(f.marks)
        people = [(app.borrower, "Borrower", app.b_signs, app.b_dates, 0),
                  (app.co or "", "Co-borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        y -= 14
        for name, role, signs, dates, k in people:
            c.setFont(WORD_B, BODY)
            c.drawString(L, y, f"{role} signature")
            c.drawString(L + 310, y, "Date")
            line_y = y - 34
            c.setLineWidth(0.6)
            c.line(L, line_y, L + 280, line_y)
            c.line(L + 310, line_y, L + 440, line_y)
            c.setFont(WORD_B, 8.5)
            c.drawString(L, line_y - 12, "Printed name:")
            if signs:
                if fill == "screen":
                    marks.append(Mark("sigimg", L + 14, line_y + 7, w=170, seed=app.seed + k))
                else:
                    marks.append(Mark("sig", L + 14, line_y + 3, w=180, seed=app.seed + k))
            if dates:
                if fill == "screen":
                    c.setFont(WORD, BODY)
                    c.drawString(L + 314, line_y + 5, mdy(app.signed_on))
                else:
                    marks.append(Mark("hand", L + 314, line_y + 5, mdy(app.signed_on), size=12,
                                      seed=app.seed + 7 + k))
            g = Fill(mode, app.seed * 10 + 5 + k)
            g.text(c, L + 64, line_y - 12, name)
            marks += g.marks
            y -= 78
        top = y - 20
        grid(c, top, [TW], 18, shade=0.8)
        c.setFont(WORD_B, BODY)
        c.drawString(L + PAD, top - 12.5, "FOR FOXGLOVE LANE USE ONLY")
        grid(c, top - 18, [156, 156, 156], 30)
        c.setFont(WORD, 7.5)
        for i, cap in enumerate(("Date received", "Received by", "Entered in servicing system")):
            c.drawString(L + i * 156 + PAD, top - 27, cap)
        return marks

    return Paper([page1, page2, page3], title="FLMS Form 12 - Mortgage Assistance Application")


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
             header: str = "") -> None:
        """An image-only file of scanned papers; a fax's pages get the sender's header line (`header` with
        {page} and {total})."""
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        if header:
            sheets = [fax_header(s, header.format(page=i + 1, total=len(sheets)), style.dpi)
                      for i, s in enumerate(sheets)]
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


def form4506c_doc(on: dt.date) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    out += [f"application_field:{k}" for k in app.blank_fields()]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = False
    for a in stmts:
        for b in stmts:
            if a.account == b.account and a is not b and fresh(b.date) and \
                    dt.date.fromisoformat(b.fields["period_start"]) == \
                    dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1):
                two_bank = True  # two consecutive periods of one account, the newer one fresh
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


WH_AUTO = Withholding(0.085, 0.0465, True, (("401(k)", 58.00), ("Dental plan", 9.50)))
WH_BAKERY = Withholding(0.06, 0.0354, True, ())
WH_VET = Withholding(0.09, 0.0465, True, (("Health insurance", 88.40),))
WH_PASTOR_A = Withholding(0.08, 0.0465, False, (("403(b) retirement", 86.25), ("Health plan premium", 146.00)))
WH_PASTOR_B = Withholding(0.07, 0.0354, False, (("403(b) retirement", 74.00),))
BITTERN = ("Bittern Creek Auto Body", "2290 Highway 35 North, Ashby Falls, WI 53801")
MARIGOLD = ("Marigold Lane Bakery", "106 Main Street, Cassville, WI 53806")
QUARRY = ("Quarry Hill Veterinary Clinic", "1180 County Road K, Ashby Falls, WI 53801")
FIRST_FRIDAY = dt.date(2041, 1, 4)  # weekly payrolls
BIWEEKLY_FIRST = dt.date(2041, 1, 11)


def packet_as1(seed: int) -> Packet:
    received = dt.date(2041, 3, 25)
    home = ["318 Hawthorn Ridge Road", "Kieler, WI 53812"]
    stubs = [ledgerlark_stub(random.Random(seed * 7 + 1), *BITTERN, "Imogen T. Varga", home, "BCA-0117", d,
                             "biweekly", 24.10, 80.0, WH_AUTO, first=BIWEEKLY_FIRST, deposit="6604")
             for d in (dt.date(2041, 3, 8), dt.date(2041, 3, 22))]
    app = App("3306418852", "Imogen T. Varga", "951-42-6637", "318 Hawthorn Ridge Road", "Kieler", "WI", "53812",
              "(608) 555-0131", "imogen.varga@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2040, 11, 9), "long", {"wages": stubs[-1].monthly}, dt.date(2041, 3, 23), checking=640.00,
              seed=seed + 11)
    p = Packet("as1", received, app, [])
    p.pdf("MAA - Varga (signed).pdf", paper_pdf(flms_form(app, "screen")), (app_doc(), 3))
    for s in stubs:
        p.pdf(f"Varga paystub {s.date.strftime('%m-%d-%Y')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    on = dt.date(2041, 3, 23)
    hl = hardship_letter(app.borrower, None, home, app.loan, on, [
        "In November the body shop lost its contract with the county fleet, and the owner cut the office to four "
        "days a week. My overtime ended at the same time. My take-home pay is about six hundred dollars a month "
        "less than it was last year.",
        "I have paid what I could, but I am now two payments behind. I want to keep my home and I am asking for a "
        "modification that brings the payment down to what I earn now."], ink=False, seed=seed)
    p.pdf("hardship ltr.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_as2(seed: int) -> Packet:
    received = dt.date(2041, 2, 12)
    home = ["77 Coulee View Drive", "Ashby Falls, WI 53801"]
    stubs = [pastor_stub("Good Shepherd Lutheran Church", "410 Church Street, Ashby Falls, WI 53801",
                         "Tobias N. Lindqvist", "Pastor", d, 1725.00, 1150.00, WH_PASTOR_A, dt.date(2040, 11, 17))
             for d in (dt.date(2041, 1, 15), dt.date(2041, 1, 31))]
    ssa = ssa_cola_notice("Margit E. Lindqvist", home, "968-55-1093", dt.date(2040, 12, 3), 1486.00, 202.90,
                          dt.date(2041, 1, 9))
    app = App("0072915346", "Tobias N. Lindqvist", "968-20-4471", "77 Coulee View Drive", "Ashby Falls", "WI",
              "53801", "(608) 555-0178", "pastor.tobias@example.org", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2040, 10, 1), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1486.00}, dt.date(2041, 2, 8),
              co="Margit E. Lindqvist", co_ssn="968-55-1093", co_signs=False, checking=1120.00, savings=2400.00,
              seed=seed + 21)
    p = Packet("as2", received, app, ["application_signature"])
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005)
    on = dt.date(2041, 2, 8)
    hl = hardship_letter(app.borrower, None, home, app.loan, on, [
        "When the congregation sold the parsonage in 2039 we bought this house, and the church began paying me a "
        "housing allowance instead. Last October the county reassessed the house and our taxes and insurance went "
        "up together; our escrow payment rose by $318 a month.",
        "My wife's Social Security and my salary have not changed. We ask Foxglove Lane to review us for a "
        "modification so that the payment fits our income again."], ink=True, seed=seed + 2)
    p.scan("Scan_2041-02-12_091544.pdf", [
        (app_doc(), scan_paper(flms_form(app, "ink"), style, seed + 200)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 201)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 202)),
        (letter_doc(ssa), scan_paper(ssa.paper, style, seed + 203)),
        (hardship_doc(on), scan_paper(hl, style, seed + 204))], style)
    return p


def packet_as3(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2041, 4, 15)
    home = ["29 Mill Race Lane", "Ashby Falls, WI 53801"]
    stub = ledgerlark_stub(random.Random(seed * 7 + 3), *QUARRY, "Consuelo M. Arriaga", home, "QH-2208",
                           dt.date(2041, 4, 5), "semimonthly", 21.40, 84.0, WH_VET, rule="5/20", deposit="7785")
    net = stub.fields["net_current"]
    s1 = ashby_statement(rng, "Consuelo M. Arriaga", home, "4410237785", 2041, 2, 1382.57,
                         [(1, "DEPOSIT - RENT UPPER UNIT", 950.00), (5, "QUARRY HILL VET PAYROLL", net),
                          (20, "QUARRY HILL VET PAYROLL", net)], 1186.42,
                         [(9, "CHECK 2301 MIDWEST ROOFING", 1000.00)])
    s2 = ashby_statement(rng, "Consuelo M. Arriaga", home, "4410237785", 2041, 3, s1.fields["ending_balance"],
                         [(2, "DEPOSIT - RENT UPPER UNIT", 950.00), (5, "QUARRY HILL VET PAYROLL", net),
                          (20, "QUARRY HILL VET PAYROLL", net)], 1186.42,
                         [(12, "CHECK 2305 MIDWEST ROOFING", 1350.00)])
    app = App("5140087723", "Consuelo M. Arriaga", "927-61-3380", "29 Mill Race Lane", "Ashby Falls", "WI", "53801",
              "(608) 555-0152", "c.arriaga@example.com", "primary_residence", ["disaster"], dt.date(2041, 1, 28),
              "short", {"wages": stub.monthly, "rental": 720.00}, dt.date(2041, 4, 10), checking=1215.00,
              seed=seed + 31)
    p = Packet("as3", received, app, [])
    d = app.loan
    p.pdf(f"{d}/Form 710 - Arriaga.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{d}/QHVC paystub 2041-04-05.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{d}/Ashby Falls stmt Feb 2041.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{d}/Ashby Falls stmt Mar 2041.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    on = dt.date(2041, 4, 10)
    p.pdf(f"{d}/4506-C signed.pdf", form4506c_screen("Consuelo", "M", "Arriaga", "927-61-3380", "29 Mill Race Lane",
                                                      "Ashby Falls", "WI", "53801", on, "(608) 555-0152", seed + 36),
          (form4506c_doc(on), 1))
    hl = hardship_letter(app.borrower, None, home, app.loan, on, [
        "On January 28 an ice storm brought a large oak down on the back of my house. The roof over the upper "
        "apartment was broken and my tenant had to move out for five weeks while it was repaired, so I lost that "
        "rent and paid the deductible and the first repair bills myself.",
        "The tenant is back and the insurance claim should close this summer. I am asking for a few months of "
        "lower payments until then."], ink=False, seed=seed + 3)
    p.pdf(f"{d}/ice storm letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_as4(seed: int) -> Packet:
    received = dt.date(2041, 5, 6)
    home = ["605 Ferry Street", "Cassville, WI 53806"]
    stubs = [ledgerlark_stub(random.Random(seed * 7 + 4), *MARIGOLD, "Harlan P. Bjornstad", home, "MLB-014", d,
                             "weekly", 17.85, 40.0, WH_BAKERY, first=FIRST_FRIDAY, deposit="2290")
             for d in (dt.date(2041, 4, 26), dt.date(2041, 5, 3))]
    app = App("8825503164", "Harlan P. Bjornstad", "944-18-2206", "605 Ferry Street", "Cassville", "WI", "53806",
              "(608) 555-0119", "hbjornstad@example.net", "primary_residence", ["reduction_in_income"], None, "long",
              {"wages": stubs[-1].monthly}, dt.date(2041, 5, 4), checking=310.00, seed=seed + 41)
    p = Packet("as4", received, app, ["application_field:hardship_start_date"])
    style = Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0004, fax=True)
    on = dt.date(2041, 5, 4)
    hl = hardship_letter(app.borrower, None, home, app.loan, on, [
        "The bakery stopped its wholesale route to the grocery stores this spring, and the early delivery shift I "
        "drove was cut. I am back to baking hours only, and my pay went down by about a fifth.",
        "I would like to stay in my house. Please look at a modification or a plan that lowers my payment."],
        ink=True, seed=seed + 4)
    parts: list[tuple[Doc | None, list[ScannedPage]]] = [
        (app_doc(), scan_paper(flms_form(app, "pen"), style, seed + 401)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 402)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 403)),
        (hardship_doc(on), scan_paper(hl, style, seed + 404))]
    total = 1 + sum(len(pages) for _, pages in parts)
    cover = fax_cover("Kwik Ship & Copy, Prairie du Chien", "(608) 555-0163", app.borrower, received, total,
                      f"Loan {app.loan} - application, pay stubs, letter")
    p.scan("fax_0506_091422.pdf", [(None, scan_paper(cover, style, seed + 400)), *parts], style,
           header="MAY-06-2041 09:14  FROM: KWIK SHIP & COPY  608 555 0163   TO: 18155550148   "
                  "P.{page:03d}/{total:03d}")
    return p


def packet_as5(seed: int) -> Packet:
    received = dt.date(2041, 1, 28)
    home = ["1906 Prairie Street", "Ashby Falls, WI 53801"]
    stub = ledgerlark_stub(random.Random(seed * 7 + 5), *MARIGOLD, "Mavis L. Sundberg", home, "MLB-022",
                           dt.date(2041, 1, 25), "weekly", 15.90, 24.0, WH_BAKERY, first=FIRST_FRIDAY, deposit="5512")
    ssa = ssa_cola_notice("Mavis L. Sundberg", home, "973-08-5512", dt.date(2040, 12, 3), 1734.00, 202.90,
                          dt.date(2041, 1, 9))
    obit = obituary("Arvid K. Sundberg", dt.date(1958, 3, 14), dt.date(2040, 10, 19), "Ashby Falls", [
        "Arvid Karl Sundberg, 82, died Saturday, October 19, 2040, at his home after a short illness. He farmed "
        "the family's land on Coulee Road for fifty years and drove a school bus for the Ashby Falls district.",
        "He is survived by his wife of 58 years, Mavis, three children and seven grandchildren.",
        "A funeral will be held Thursday at 11 a.m. at Good Shepherd Lutheran Church, with burial in the church "
        "cemetery."], dt.date(2040, 10, 23))
    app = App("0048816207", "Mavis L. Sundberg", "973-08-5512", "1906 Prairie Street", "Ashby Falls", "WI", "53801",
              "(608) 555-0166", "mavis.sundberg@example.com", "primary_residence", ["death"],
              dt.date(2040, 10, 19), "long", {"wages": stub.monthly, "benefits_taxable": 1734.00},
              dt.date(2041, 1, 20), savings=3150.00, seed=seed + 51)
    p = Packet("as5", received, app, [])
    style = Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004)
    on = dt.date(2041, 1, 20)
    hl = hardship_letter(app.borrower, None, home, app.loan, on, [
        "My husband Arvid died in October. His Social Security was larger than mine and it stopped with him, so "
        "our household lost more than half of its income in one month.",
        "I work three mornings a week at the bakery and I receive my own Social Security. I would like to stay in "
        "our house and ask to be considered for a modification."], ink=True, seed=seed + 5)
    folder = app.loan
    p.scan(f"{folder}/IMG_4471.pdf", [(app_doc(), form710_ink(app, style, seed + 500))], style)
    for i, (doc, paper) in enumerate([(letter_doc(ssa), ssa.paper), (stub_doc(stub), stub.paper),
                                      (letter_doc(obit), obit.paper), (hardship_doc(on), hl)]):
        p.scan(f"{folder}/IMG_{4472 + i}.pdf", [(doc, scan_paper(paper, style, seed + 501 + i))], style)
    return p


def packet_as6(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2041, 6, 10)
    home = ["3 Orchard Terrace", "Lancaster, WI 53813"]
    stub = ledgerlark_stub(random.Random(seed * 7 + 6), *QUARRY, "Priya S. Kowalczyk", home, "QH-1931",
                           dt.date(2041, 6, 5), "semimonthly", 27.60, 80.0, WH_VET, rule="5/20", deposit="9936")
    net = stub.fields["net_current"]
    holder = "Desmond A. Kowalczyk / Priya S. Kowalczyk"
    s1 = ashby_statement(rng, holder, home, "7720419936", 2041, 1, 2260.14,
                         [(3, "DEPOSIT - RENT 3B ORCHARD TER", 1250.00), (5, "QUARRY HILL VET PAYROLL", net),
                          (21, "QUARRY HILL VET PAYROLL", net)], 1412.77,
                         [(15, "LANCASTER CHILD CARE CTR", 640.00), (27, "CITY OF LANCASTER UTIL", 188.35)])
    s2 = ashby_statement(rng, holder, home, "7720419936", 2041, 2, s1.fields["ending_balance"],
                         [(4, "DEPOSIT - RENT 3B ORCHARD TER", 1250.00), (5, "QUARRY HILL VET PAYROLL", net),
                          (20, "QUARRY HILL VET PAYROLL", net)], 1412.77,
                         [(15, "LANCASTER CHILD CARE CTR", 640.00), (26, "CITY OF LANCASTER UTIL", 201.10)])
    app = App("6603172490", "Desmond A. Kowalczyk", "939-47-0825", "3 Orchard Terrace", "Lancaster", "WI", "53813",
              "(608) 555-0184", "dkowalczyk@example.net", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2041, 1, 1), "long", {"wages": stub.monthly, "rental": 1100.00}, dt.date(2041, 6, 3),
              co="Priya S. Kowalczyk", co_ssn="939-62-7718", checking=1480.00, seed=seed + 61)
    p = Packet("as6", received, app, ["income_doc:rental"])
    loan = app.loan
    p.pdf(f"{loan} application.pdf", paper_pdf(flms_form(app, "screen")), (app_doc(), 3))
    p.pdf(f"{loan} paystub Priya.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{loan}_stmt_jan.PDF", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{loan}_stmt_feb.PDF", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    on = dt.date(2041, 6, 3)
    p.pdf(f"{loan} 4506C.pdf", form4506c_screen("Desmond", "A", "Kowalczyk", "939-47-0825", "3 Orchard Terrace",
                                                 "Lancaster", "WI", "53813", on, "(608) 555-0184", seed + 66),
          (form4506c_doc(on), 1))
    hl = hardship_letter(app.borrower, app.co, home, loan, on, [
        "We live in one half of our duplex and rent the other. In January the city added a storm-water fee and "
        "the insurer raised the premium on the rental half, and our escrow payment went up by $264 a month.",
        "The rent from the other unit and Priya's pay from the clinic are steady, but they no longer cover the "
        "higher payment with everything else. We ask for a modification."], ink=False, seed=seed + 6)
    p.pdf(f"{loan} letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_as7(seed: int) -> Packet:
    received = dt.date(2041, 6, 24)
    home = ["58 Ridge Road", "Bagley, WI 53801"]
    stub = pastor_stub("Mill Creek Baptist Church", "2201 Mill Creek Road, Bagley, WI 53801", "Ezekiel D. Hollister",
                       "Senior Pastor", dt.date(2041, 6, 15), 1480.00, 900.00, WH_PASTOR_B, dt.date(2040, 12, 8))
    co_stub = ledgerlark_stub(random.Random(seed * 7 + 7), *BITTERN, "Naomi R. Hollister", home, "BCA-0124",
                              dt.date(2041, 6, 14), "biweekly", 19.25, 64.0, WH_AUTO, first=BIWEEKLY_FIRST,
                              deposit="1457")
    app = App("2219064873", "Ezekiel D. Hollister", "986-33-1457", "58 Ridge Road", "Bagley", "WI", "53801",
              "(608) 555-0140", "ez.hollister@example.org", "primary_residence",
              ["reduction_in_income", "disability_or_illness"], dt.date(2041, 2, 17), "long",
              {"wages": r2(stub.monthly + co_stub.monthly)}, dt.date(2041, 6, 19), co="Naomi R. Hollister",
              co_ssn="986-40-2291", checking=905.00, seed=seed + 71)
    p = Packet("as7", received, app, [])
    style = Scan(dpi=200, tilt=0.4, blur=0.5, noise=0.0006)
    on = dt.date(2041, 6, 19)
    hl = hardship_letter(app.borrower, app.co, home, app.loan, on, [
        "In February Naomi was diagnosed with a serious illness. Her treatment keeps her from working full days, "
        "so she cut back to about thirty hours a week at the body shop, and we now pay a large share of her "
        "treatment ourselves.",
        "My pay from the church has not changed, but with her hours cut and the medical bills we cannot keep up "
        "with the full payment. We ask to be considered for a modification."], ink=True, seed=seed + 7)
    for i, (doc, paper) in enumerate([(app_doc(), flms_form(app, "ink")), (stub_doc(stub), stub.paper),
                                      (stub_doc(co_stub), co_stub.paper), (hardship_doc(on), hl)]):
        p.scan(f"Hollister_{app.loan}_{i + 1}.pdf", [(doc, scan_paper(paper, style, seed + 700 + i))], style)
    return p


def packet_as8(seed: int) -> Packet:
    received = dt.date(2041, 7, 15)
    home = ["211 Kettle Lane", "Lancaster, WI 53813"]
    stub = ledgerlark_stub(random.Random(seed * 7 + 8), *QUARRY, "Lucinda F. Marsh", home, "QH-2410",
                           dt.date(2041, 7, 5), "semimonthly", 23.15, 84.0, WH_VET, rule="5/20", deposit="6620")
    app = App("9937015268", "Lucinda F. Marsh", "958-14-6620", "211 Kettle Lane", "Lancaster", "WI", "53813",
              "(608) 555-0125", "lucinda.marsh@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2041, 4, 1), "long", {"wages": stub.monthly, "benefits_nontaxable": 1312.40},
              dt.date(2041, 7, 11), checking=455.00, seed=seed + 81)
    p = Packet("as8", received, app, ["income_doc:benefits_nontaxable"])
    p.pdf(f"Marsh_{app.loan}_application.pdf", paper_pdf(flms_form(app, "screen")), (app_doc(), 3))
    p.pdf("Marsh paystub July.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    on = dt.date(2041, 7, 11)
    hl = hardship_letter(app.borrower, None, home, app.loan, on, [
        "In April the clinic cut my schedule from full time to about four days a week when it lost its second "
        "veterinarian. My VA disability compensation has not changed, but my pay went down by almost four hundred "
        "dollars a month.",
        "I will send my VA award letter as soon as the VA mails me a new copy. I am asking for a modification so "
        "that I can keep my home."], ink=False, seed=seed + 8)
    p.pdf(f"letter re {app.loan}.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_as1, packet_as2, packet_as3, packet_as4, packet_as5, packet_as6,
                                             packet_as7, packet_as8]


def printed_forms(value: Any, name: str) -> list[str]:
    """The ways an expected value can stand on a born-digital page ([] when it is computed, not printed)."""
    if value is None or isinstance(value, bool) or name in ("monthly_gross", "benefit_type", "total"):
        return []
    if isinstance(value, float | int):
        return [money(float(value))]
    if name == "frequency":
        return [FREQ_WORD[value]]
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        d = dt.date.fromisoformat(value)
        return [mdy(d), long_date(d)]
    return [str(value)]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned, and that every expected
    value of a born-digital document is printed in its text layer."""
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
            text = ""
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
                page_text = reader.pages[pg["page"] - 1].extract_text()
                text += page_text + "\n"
                has_text = bool(page_text.replace(SYNTH, "").strip())
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
            if doc["scanned"]:
                continue
            values = dict(doc["fields"])
            first = readers.get(doc["pages"][0]["file"])
            acroform = first is not None and "/AcroForm" in first.trailer["/Root"]
            if doc["type"] == "mortgage_assistance_application" and not acroform:
                values = {k: v for k, v in app.items() if k not in ("income", "hardship_types", "occupancy")}
                values.update({f"income_{k}": v for k, v in app["income"].items()})
            flat = " ".join(text.split()).lower()
            for k, v in values.items():
                forms = printed_forms(v, k)
                if forms and not any(" ".join(s.split()).lower() in flat for s in forms):
                    problems.append(f"{name}: {doc['type']} {k}={v!r} not printed on {doc['pages'][0]['file']}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (as1 ..)")
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
