"""A fifty-first holdout set of borrower packets (ay1..ay8): BORROWERS WHO FILL A SERVICER'S FLAT PDF FORM ON THEIR
OWN DEVICES - by typewriter on the printout, with a PDF viewer's "Fill & Sign" tool, or in block capitals and faxed.
Laid out unlike the shared samples and unlike every earlier set (a, b .. z, aa .. ax), written without looking at
the service's code, rules, data files or tests, to estimate honestly how it reads borrower mail in layouts it has
never seen.

    python benchmarks/holdout_packets_ay.py OUT_DIR [--seed N] [--check] [--only ay1 ay5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. Received dates fall in 2045 (March to September). No
stunts: papers are typed; files are born-digital PDFs (reportlab, pypdf for the real Form 710), plain grey scans
(300 dpi, tilted up to 0.3 degrees, a little blurred and speckled, JPEG, no text layer) and plain faxes (200 dpi,
black and white, CCITT G4, the page shrunk a little under the sending machine's header line). Hand-written parts are
only signatures and the dates beside them (pen strokes, an oblique jittered face); the on-screen signatures are a
picture of a drawn signature (Fill & Sign) or drawn strokes (Form 710).

THEME. Lakeshore Loan Servicing (777 North Harbor Drive, Milwaukee, WI) posts its "Mortgage Assistance Request"
(Form LLS-MAR-3, Rev. 11/2044) as a FLAT PDF that looks fillable but has NO form fields. Three pages, US Letter:
- page 1: a navy wave mark, "LAKESHORE / LOAN SERVICING", the title and form number at the right, the address and
  fax line, an instruction paragraph, "Lakeshore loan number ____", then section bars "1 BORROWER INFORMATION"
  (Borrower's name (first, middle, last) ____ / Last 4 of SSN ____ / Phone ____ / E-mail ____, the same four for
  the Co-Borrower, a military question with Yes / No squares) and "2 PROPERTY INFORMATION" (Property street address,
  City / State / ZIP code, Mailing address, "How do you use the property? (check one)" with three SQUARES - "I live
  there - it is my primary residence", "Second home or vacation home", "Rental or investment property" -, "What
  would you like to do?", listed for sale, HOA dues, other liens), and a boxed "WHAT TO SEND WITH THIS REQUEST" list
  (which names pay stubs, bank statements, award letters, decrees... as instructions, not as papers enclosed);
- page 2: a small header repeating "Loan number ____", "3 HARDSHIP" ("My hardship began on (mm/dd/yyyy) ____", the
  duration as three squares, "What caused your hardship? Check every reason that applies." - ten squares in two
  columns in Lakeshore's words, the tenth "Other: ____" -, and "Tell us briefly what happened:" on three lines),
  "4 MONTHLY HOUSEHOLD INCOME (before taxes)": a ruled TABLE "SOURCE OF INCOME | BORROWER | CO-BORROWER" with nine
  numbered lines (1 wages..., 2 self-employment, 3 unemployment, 4 Social Security, pension, disability or other
  benefits (taxable), 5 non-taxable SS or disability, 6 rental, 7 investment or insurance, 8 child support, alimony
  or separate maintenance, 9 other income), a "$" printed in every amount cell, a "TOTAL (add lines 1 through 9)"
  row per column, then "Combined monthly household income (Borrower total + Co-Borrower total) $ ____" - the
  income a code gets in expected.json is the sum of its lines and columns (lines 8 and 9 are both `other`), and
  `total` is the combined line; "5 ASSETS";
- page 3: "6 CERTIFICATION AND AGREEMENT" (six numbered paragraphs), "Borrower signature ____ Date ____" /
  "Printed name ____" and the same for the Co-Borrower, a return-address box and a grey "FOR LAKESHORE USE ONLY"
  strip with empty "Rec'd / Ack. sent / Analyst" lines. "Page n of 3" at every foot.
Every fill-in line is a label followed by a run of UNDERSCORE CHARACTERS (they are in the text layer).
Borrowers complete it three ways:
- FILL & SIGN (ay1, ay8; born-digital): the answers are page content in Helvetica, placed where the borrower
  clicked - ABOVE the underscores, OVER THE END OF THE LABEL (e.g. "ZIP code53024"; the place of each answer is
  drawn from the seed), or on the line; the income amounts CENTRED in their cells (ay1 types "2520.00" without a
  comma); ticks are a "✓" glyph set BESIDE the square (to its left in ay1, on its top-right corner in ay8), never
  an X inside it; the signature is a PICTURE of a drawn signature laid on the line; the date is typed "3/15/2045"
  (no leading zeros).
- TYPEWRITER (ay3, ay4, ay6; grey scans): the blank printed and the answers typed on a typewriter (a fixed-pitch
  face, each character a little high or low, lighter or darker) on the underscores, an X struck inside each
  square, amounts after the "$" in the cells; signed and dated in pen.
- BLOCK CAPITALS (ay2, ay7; faxed): the same on a typewriter in CAPITALS ("WALTER F. HOEPPNER", "N4471 LEDGE ROAD").
- Once (ay5) the real Form 710 (April 2023) typed through its AcroForm, signed on screen with drawn strokes over
  its signature line, the date typed into its field, saved born-digital. Form 710 prints no income total, so
  `total` is the sum of its lines.

PAPERS.
- TipLedger Payroll's bi-weekly restaurant "PAY STATEMENT" downloaded from its employee portal (The Copper Pike
  Supper Club, Cedarburg; Lakeview Tap & Grill, Port Washington): a grey portal strip with "Downloaded <date time>",
  the employer at the left and a rounded PAY STATEMENT box at the right (Check date, Period start, Period end, Pay
  frequency Bi-weekly, Statement no.), EARNINGS in an orange band - "Tipped wage (cash wage)" at $2.33 an hour,
  "Charged tips (card, paid through payroll)", "Cash tips reported" - and "Gross pay (includes tips)" with THIS
  PERIOD and YEAR TO DATE; TAXES AND DEDUCTIONS ending with "Cash tips already received" (the reported cash tips
  taken back out, so the net is small); a TIP SUMMARY box (hours, total tips, cash wage plus tips per hour) and the
  net pay distribution. Gross pay is the gross (tips included).
- Kettle Moraine Concrete & Masonry's weekly union "EMPLOYEE EARNINGS STATEMENT" (signatory to Bricklayers Local
  19): a heavy "WEEK ENDING mm/dd/yyyy SATURDAY" box at the top right, Pay period Sunday-Saturday, Check date the
  Thursday after, "Pay frequency Weekly"; SEVERAL JOB LINES (job number, job name, class JR, ST or OT) with the
  hours of each day SU..SA under the dates, hours, rate (straight time and time and one-half) and amount, a TOTAL;
  then PAY AND DEDUCTIONS (gross, taxes, union working dues 2.5%, vacation fund per hour) THIS WEEK / YEAR TO DATE,
  and a dashed box of EMPLOYER CONTRIBUTIONS to the union funds (per hour - not pay). Winter weeks are short, so
  the year to date runs below the current week times the weeks paid.
- A Wisconsin state agency's semi-monthly "Earnings Statement" from central payroll (Wisconsin Department of Inland
  Waterways; Wisconsin Historical Records Commission): a round STATE emblem, ISO dates throughout - "Pay Period:
  2045-04-16 to 2045-04-30", "Pay Date: 2045-05-05", "Pay Frequency: Semi-Monthly" -, an employee grid (annual
  salary, hourly equivalent, advice number), navy-headed EARNINGS / TAXES / PRE-TAX DEDUCTIONS (WRS retirement,
  group health, 457(b)) / AFTER-TAX DEDUCTIONS panels, a summary grid Gross Pay | Pre-Tax Ded. | Taxable Wages |
  Taxes | After-Tax Ded. | Net Pay by Current / YTD (taxable wages are not the gross), a LEAVE BALANCES panel
  (Vacation, Sick Leave, Personal Holiday, Comp Time: begin, earned, taken, end) and the net pay distribution.
- Anchorpoint National Bank's two-page "Everyday Checking" statement: the bank's mark and the customer's address
  at the left, the ACCOUNT SUMMARY BOX at the top right (beginning balance, deposits and other additions, ATM and
  debit card subtractions, other subtractions, checks, service fees, ending balance), the full account number in
  groups of four, activity GROUPED - "Deposits and other additions" on page 1, "Withdrawals and other
  subtractions" (ATM and debit card / Other subtractions), "Checks" by number in three columns with "*" at a gap
  in the sequence, "Service fees" and "Daily ledger balances" on page 2; calendar months.
- Ottercreek Savings Bank's one-page checking statement from its LINE PRINTER: everything in capitals in a
  fixed-pitch face on continuous-form paper (tractor-feed holes, perforation, green-bar shading that a fax drops),
  "STATEMENT PERIOD 04/16/2045 THRU 05/15/2045" (cycles from the 16th to the 15th), a register DATE | DESCRIPTION
  | CHK NO | WITHDRAWAL | DEPOSIT | BALANCE opened by BALANCE FORWARD and closed by ENDING BALANCE, a summary.
- Northlake Benefit Administrators' "BENEFIT AWARD LETTER" for a private plan's pension (taxable; a table of form of
  payment, start date, gross monthly benefit, tax withheld, net, frequency Monthly): `benefit_award_letter`,
  monthly_amount the GROSS benefit, benefit_type benefits_taxable.
- The Badger State Support Disbursement Center's "Payment History" printed from its web portal (browser date line,
  case number, the paying parent, "Current support order $612.00 per month, by income withholding", receipts and
  disbursements): an `other` paper (no checklist type fits it); in both packets that carry it two consecutive fresh
  bank statements also show the child support, so the "other" income is documented whichever way it is read.
- Typed hardship letters (signed in ink when mailed or faxed, unsigned when e-mailed), a public library's fax
  cover sheet and Lakeshore's DOCUMENT COVER SHEET whose Code 128 barcode reads "LOAN <loan>" (the spec's separator
  sheet; it survives the fax). Neither is listed as a document.
Every year-to-date figure is the sum of that year's checks by pay date.

PACKETS (evaluated on the received date; "fresh" = dated at most 90 days before it).
- ay1 COMPLETE (2045-03-17). A folder "3307841526/" of born-digital files: the Fill & Sign request (one borrower, a
  server; wages; reduced income - no papers needed), TipLedger statements paid 02/24 and 03/10/2045 and the 03/10
  statement DOWNLOADED A SECOND TIME ("PayStatement_2045-03-10 (1).pdf": the same figures, another "Downloaded"
  stamp, so other bytes - a duplicate copy, listed as a second pay_stub document), an unsigned e-mailed letter.
  (The spec does not say which of two applications counts, so this set sends a duplicate stub instead.)
- ay2 INCOMPLETE application_signature - unsigned (2045-04-18). ONE fax "FAX_4145550190_20450418_104133.pdf" behind
  the library's cover sheet: the request typed in capitals for Gregory and Renee Lindqvist, signed and dated in pen
  by Gregory only - Renee is named as co-borrower and her signature and date lines are EMPTY; two fresh Kettle
  Moraine weekly statements; his letter, signed, covering her illness.
- ay3 COMPLETE (2045-05-16). ONE grey scan "scan_batch_20450516_0731.pdf": Lakeshore's barcode cover sheet, the
  typewritten request signed and dated by both spouses (his pension on line 4 in the Borrower column, her state
  salary on line 1 in the Co-Borrower column; higher housing costs and "Other: Raising our grandson"), the pension
  award letter (fresh), her fresh earnings statement, and their signed letter explaining the "other" hardship.
- ay4 INCOMPLETE income_doc:wages - stale (2045-05-23). A folder "4471920035/" of grey scans SCAN_0001..0004: the
  typewritten request (wages; a basement flood - disaster needs no papers), two state earnings statements paid
  01/20 and 02/07/2045 (123 and 105 days before receipt), her signed letter; no bank statements.
- ay5 COMPLETE (2045-06-13). A folder "1190367254/" of born-digital files: the real Form 710 (unemployment,
  resolved as of 03/03/2045; wages and child support on the "Other sources" line), a Kettle Moraine statement paid
  06/01/2045 (week ending 05/27), the support payment history, two consecutive fresh Anchorpoint statements (April
  and May 2045) showing payroll and child support deposits, an unsigned e-mailed letter.
- ay6 INCOMPLETE hardship_doc:divorce_or_separation - absent (2045-07-11). ONE grey scan
  "Mailroom_20450711_0042.pdf", no separator and no loan number in its name: the typewritten request (divorce or
  legal separation; salary on line 1, child support on line 8), a fresh state earnings statement, the support
  payment history, two consecutive fresh Ottercreek statements showing pay and support, and her signed letter
  saying the judgment will come in September - no decree, separation agreement or quitclaim deed.
- ay7 COMPLETE (2045-08-15). ONE fax "fax_20450815_093112.pdf" with Lakeshore's barcode cover sheet first: the
  request typed in capitals by a retired widower (Social Security and pension together on line 4, taxable;
  higher housing costs), two consecutive fresh Ottercreek statements showing both deposits (no award letter
  needed), his signed letter.
- ay8 INCOMPLETE income_doc:benefits_taxable - absent (2045-09-19). Loose born-digital files "5029487713 ...pdf":
  the Fill & Sign request of Nicole and Raymond Fairbanks (both signature pictures, both dates typed; her wages as
  a bartender, his pension on line 4 in the Co-Borrower column; reduced income), a fresh TipLedger statement,
  ONLY ONE Anchorpoint statement (August 2045, showing the pension deposit) and no award letter, an unsigned letter.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, the scenario's codes are asserted, and the two points the checklist leaves open
(must the older of two statements be fresh; does an `other` paper showing an amount and frequency document "other"
income) are read both ways and must agree; every income paper is at least five days clear of the 90-day edge.
At build time every value of expected.json (names, loan number, last four of the SSN, address parts, dates, amounts,
frequency) must be found in the drawn text of its document (the pre-scan PDF's text, the typewriter and pen
strings, the Form 710's field values), no full SSN may be printed, consecutive stubs of a job must chain their
year to date and consecutive statements of an account their balances. `--check` validates every expected.json
(keys, codes, document types, per-type fields, dates, that the income lines add up to the total, that every listed
page exists and none is listed twice, that `scanned` matches the absence of a text layer, stub dates and monthly
gross, file sizes) and that every page left out of the documents is a cover sheet or a separator whose barcode
decodes to "LOAN <loan>". Every file is the same bytes for a seed: reportlab runs in invariant mode, scans use
seeded noise, pypdf and Pillow output carry fixed identifiers and dates. All people, employers, banks and servicers
are fictional; SSNs use the 900-999 area, and every printed page carries a faint "synthetic test document" line.
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
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
FORM710 = SHARED / "reference" / "fanniemae-freddiemac-form710-apr2023.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
TYPE_FONT = FONT_DIR / "liberation2/LiberationMono-Regular.ttf"
HEADER_FONT = FONT_DIR / "dejavu/DejaVuSansMono.ttf"
CHECK_FONT = FONT_DIR / "dejavu/DejaVuSans.ttf"
pdfmetrics.registerFont(TTFont("AyCheck", str(CHECK_FONT)))
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
FIXED_TIME = time.strptime("2045-01-01", "%Y-%m-%d")

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
FIELD_CODES = ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
               "hardship_start_date", "income")
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
FIELDS_BY_TYPE = {
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
    "hardship_letter": {"letter_date"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
}


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something put on paper after it was printed: a pen signature ("sig"), a hand-written date ("hand") or
    typewriter text ("type"). x, y: PDF points from the page's bottom-left (the baseline's left end)."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 11.0
    seed: int = 1


PageFn = Callable[[Canvas], list[Mark]]


@dataclass
class Paper:
    """One logical paper: its pages (draw functions returning the marks added after printing)."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


def synth_line(c: Canvas, size: tuple[float, float] = letter, y: float = 10, gray: float = 0.5) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(gray)
    c.drawRightString(size[0] - 24, y, SYNTH)
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


def draw_signature_vector(c: Canvas, x: float, y: float, w: float, seed: int) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.08, 0.12, 0.45))
    c.setLineWidth(1.1)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in signature_path(seed, w):
        path = c.beginPath()
        path.moveTo(x + stroke[0][0], y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(x + px, y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def signature_image(seed: int, w: float, h: float = 26.0, px_per_pt: int = 4) -> Image.Image:
    """A signature drawn with a finger or mouse in a viewer's "Fill & Sign" pad: a transparent PNG."""
    img = Image.new("RGBA", (round(w * px_per_pt), round(h * px_per_pt)), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    for stroke in signature_path(seed, w * 0.94, h * 0.7):
        pts = [((px + w * 0.03) * px_per_pt, (h - py - h * 0.15) * px_per_pt) for px, py in stroke]
        draw.line(pts, fill=(12, 16, 28, 255), width=round(1.4 * px_per_pt), joint="curve")
    return img


def render_paper(paper: Paper, synth_gray: float = 0.5) -> tuple[bytes, list[list[Mark]]]:
    """A paper as a born-digital PDF (without the marks added after printing) and its marks by page."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_ay")
    marks: list[list[Mark]] = []
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks.append(fn(c))
        synth_line(c, paper.size, gray=synth_gray)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def pdf_texts(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    try:
        out = []
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            out.append(tp.get_text_range())
            tp.close()
        return out
    finally:
        doc.close()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_ay"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- print, ink, scan, fax --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 300
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0004
    fax: bool = False
    quality: int = 62


_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font_px(path: Path, px: int) -> ImageFont.FreeTypeFont:
    key = (str(path), px)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(str(path), px)
    return _FONTS[key]


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    """Pen signatures, hand-written dates and typewriter characters on a printed sheet."""
    draw = ImageDraw.Draw(img)
    for m in marks:
        rng = random.Random(m.seed)
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "hand":
            font = font_px(HAND_FONT, round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)
        else:  # a typewriter: fixed pitch, every character a little high or low, a little lighter or darker
            font = font_px(TYPE_FONT, round(m.size * scale))
            pitch = font.getlength("M")
            x = m.x * scale
            base = (page_h - m.y) * scale
            drift = rng.uniform(-0.25, 0.25) * scale
            for ch in m.text:
                if ch != " ":
                    dy = drift + rng.uniform(-0.45, 0.45) * scale
                    shade = rng.choice((22, 30, 38, 46, 58, 72))
                    draw.text((x + rng.uniform(-0.12, 0.12) * scale, base + dy), ch, fill=shade, font=font,
                              anchor="ls")
                x += pitch


@dataclass
class Sheet:
    """A printed (and inked) sheet before it meets the scanner or the fax machine."""

    image: Image.Image
    size: tuple[float, float]


def print_paper(paper: Paper, dpi: int, synth_gray: float = 0.5) -> tuple[list[Sheet], list[str]]:
    """Print a paper, add its ink, and return the sheets and the text on each (printed text and ink)."""
    pdf, marks = render_paper(paper, synth_gray)
    texts = pdf_texts(pdf)
    sheets = []
    doc = pdfium.PdfDocument(pdf)
    try:
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            ink_on_image(img, marks[i], dpi / 72, page.get_height())
            sheets.append(Sheet(img, (page.get_width(), page.get_height())))
    finally:
        doc.close()
    for i, ms in enumerate(marks):
        texts[i] += "\n" + "\n".join(m.text for m in ms if m.text)
    return sheets, texts


def fax_header(sheet: Sheet, text: str, dpi: int) -> Sheet:
    """The sending machine shrinks the page a little and prints its header line across the top."""
    img = sheet.image
    wd, ht = img.size
    small = img.resize((round(wd * 0.965), round(ht * 0.965)), Image.Resampling.BILINEAR)
    out = Image.new("L", (wd, ht), 255)
    out.paste(small, ((wd - small.size[0]) // 2, ht - small.size[1]))
    draw = ImageDraw.Draw(out)
    draw.text((round(0.25 * dpi), round(0.07 * dpi)), text, fill=0, font=font_px(HEADER_FONT, round(0.1 * dpi)),
              anchor="lt")
    return Sheet(out, sheet.size)


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    tilt = style.tilt * rng.uniform(0.6, 1.0) * (1 if seed % 2 else -1)
    out = img.rotate(tilt, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:
        out = out.point(lambda v: int(16 + v * 0.92))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 70 if px[x, y] > 128 else 225
    if style.fax:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def scans_pdf(images: Sequence[Image.Image], style: Scan) -> bytes:
    """Image-only PDF: grey JPEG pages from a scanner, or CCITT G4 black-and-white pages from a fax server."""
    buf = io.BytesIO()
    first, *rest = images
    opts: dict[str, Any] = {"resolution": float(style.dpi), "save_all": True, "append_images": rest,
                            "creationDate": FIXED_TIME, "modDate": FIXED_TIME, "producer": "holdout_packets_ay"}
    if not style.fax:
        opts["quality"] = style.quality
    first.save(buf, "PDF", **opts)
    return buf.getvalue()


# --- words on a page ------------------------------------------------------------------------------------------


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if pdfmetrics.stringWidth(trial, font, size) > width and line:
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


# --- pay ------------------------------------------------------------------------------------------------------


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, pay_date: dt.date, start: dt.date, end: dt.date, frequency: str,
                gross: float, ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": r2(gross), "gross_ytd": None if ytd is None else r2(ytd), "net_current": r2(net),
            "monthly_gross": r2(gross * PERIODS[frequency] / 12)}


def sum_items(history: Sequence[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for items in history:
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def every(step_days: int, current: dt.date) -> list[dt.date]:
    """Pay dates of `current`'s year on a fixed cycle of `step_days`, up to and including `current`."""
    d = current
    while (d - dt.timedelta(days=step_days)).year == current.year:
        d -= dt.timedelta(days=step_days)
    out = []
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=step_days)
    return out


# The Copper Pike / Lakeview Tap: a restaurant payroll service's bi-weekly pay statement downloaded from its
# employee portal. The gross includes the charged (card) tips paid through payroll and the cash tips the server
# reported; the reported cash tips are taken back out before the net, because the server already has them.

def tip_items(key: str, d: dt.date, rate: float, hours: tuple[float, float], charged: tuple[float, float],
              cash: tuple[float, float]) -> dict[str, float]:
    rr = random.Random(f"{key}{d}")
    hrs = round(rr.uniform(*hours) * 4) / 4
    wage = r2(hrs * rate)
    card = r2(rr.uniform(*charged))
    cash_t = r2(round(rr.uniform(*cash)))
    gross = r2(wage + card + cash_t)
    fed = r2(gross * 0.088)
    ss = r2(gross * 0.062)
    med = r2(gross * 0.0145)
    st = r2(gross * 0.039)
    net = r2(gross - fed - ss - med - st - cash_t)
    return {"HOURS": hrs, "WAGE": wage, "CARD": card, "CASH": cash_t, "GROSS": gross, "FED": fed, "SS": ss,
            "MED": med, "ST": st, "NET": net}


def tip_stub(key: str, employer: str, emp_address: str, employee: str, emp_address_lines: Sequence[str],
             emp_id: str, position: str, pay_date: dt.date, downloaded: str, rate: float = 2.33,
             hours: tuple[float, float] = (52, 66), charged: tuple[float, float] = (640, 1080),
             cash: tuple[float, float] = (130, 290)) -> Stub:
    dates = every(14, pay_date)
    history = [tip_items(key, d, rate, hours, charged, cash) for d in dates]
    cur = history[-1]
    ytd = sum_items(history)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=13)
    statement_no = f"{int(key[-4:]):04d}-{len(dates):02d}"

    def page(c: Canvas) -> list[Mark]:
        c.setFillGray(0.93)
        c.rect(0, 762, W, 30, stroke=0, fill=1)
        c.setFillColor(Color(0.78, 0.33, 0.12))
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, 773, "TipLedger")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(92, 773, "Payroll  |  Employee Self-Service")
        c.drawRightString(W - 36, 773, f"Downloaded {downloaded}")
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 728, employer)
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 715, emp_address)
        c.setLineWidth(0.8)
        c.roundRect(372, 640, 200, 100, 6, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(382, 726, "PAY STATEMENT")
        c.setFont("Helvetica", 8.5)
        box = [("Check date", mdy(pay_date)), ("Period start", mdy(start)), ("Period end", mdy(end)),
               ("Pay frequency", "Bi-weekly"), ("Statement no.", statement_no)]
        for i, (k, v) in enumerate(box):
            c.drawString(382, 710 - 14 * i, k)
            c.drawRightString(562, 710 - 14 * i, v)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, 684, employee)
        c.setFont("Helvetica", 8.5)
        y = 671
        for ln in emp_address_lines:
            c.drawString(40, y, ln)
            y -= 11
        c.drawString(40, y - 4, f"Employee ID {emp_id}   |   {position}")
        # earnings
        y = 610
        c.setFillColor(Color(0.78, 0.33, 0.12))
        c.rect(40, y - 3, 532, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(46, y + 1, "EARNINGS")
        for x, t in ((300, "RATE"), (360, "HOURS"), (460, "THIS PERIOD"), (566, "YEAR TO DATE")):
            c.drawRightString(x, y + 1, t)
        c.setFillColor(black)
        rows = [("Tipped wage (cash wage)", f"{rate:.2f}", f"{cur['HOURS']:.2f}", cur["WAGE"], ytd["WAGE"]),
                ("Charged tips (card, paid through payroll)", "", "", cur["CARD"], ytd["CARD"]),
                ("Cash tips reported", "", "", cur["CASH"], ytd["CASH"])]
        y -= 17
        c.setFont("Helvetica", 9)
        for label, rt, hrs, now, yr in rows:
            c.drawString(46, y, label)
            c.drawRightString(300, y, rt)
            c.drawRightString(360, y, hrs)
            c.drawRightString(460, y, money(now))
            c.drawRightString(566, y, money(yr))
            y -= 14
        c.setLineWidth(0.5)
        c.line(40, y + 9, 572, y + 9)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, y - 3, "Gross pay (includes tips)")
        c.drawRightString(460, y - 3, money(cur["GROSS"]))
        c.drawRightString(566, y - 3, money(ytd["GROSS"]))
        # withholding
        y -= 34
        c.setFillColor(Color(0.78, 0.33, 0.12))
        c.rect(40, y - 3, 532, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(46, y + 1, "TAXES AND DEDUCTIONS")
        c.drawRightString(460, y + 1, "THIS PERIOD")
        c.drawRightString(566, y + 1, "YEAR TO DATE")
        c.setFillColor(black)
        y -= 17
        c.setFont("Helvetica", 9)
        for label, k in (("Federal income tax", "FED"), ("Social Security", "SS"), ("Medicare", "MED"),
                         ("Wisconsin income tax", "ST"), ("Cash tips already received", "CASH")):
            c.drawString(46, y, label)
            c.drawRightString(460, y, money(cur[k]))
            c.drawRightString(566, y, money(ytd[k]))
            y -= 14
        c.setFillGray(0.9)
        c.rect(300, y - 10, 272, 20, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(306, y - 4, "NET PAY")
        c.drawRightString(460, y - 4, money(cur["NET"]))
        c.drawRightString(566, y - 4, money(ytd["NET"]))
        # tip summary
        y -= 50
        c.setLineWidth(0.6)
        c.rect(40, y - 78, 300, 92, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, "TIP SUMMARY FOR THIS PERIOD")
        tips = r2(cur["CARD"] + cur["CASH"])
        per_hour = r2((cur["WAGE"] + tips) / cur["HOURS"])
        c.setFont("Helvetica", 8.5)
        summary = (("Hours worked", f"{cur['HOURS']:.2f}"), ("Total tips (charged + cash)", money(tips)),
                   ("Cash wage per hour", f"{rate:.2f}"), ("Cash wage plus tips, per hour", f"{per_hour:.2f}"))
        for i, (k, v) in enumerate(summary):
            c.drawString(48, y - 16 - 13 * i, k)
            c.drawRightString(330, y - 16 - 13 * i, v)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(48, y - 72, "Meets the minimum wage with the tip credit. Report all cash tips by the 10th.")
        c.setFont("Helvetica", 8.5)
        c.drawString(360, y, "NET PAY DISTRIBUTION")
        c.drawString(360, y - 16, "Cream City Credit Union  ****" + emp_id[-2:] + "71")
        c.drawRightString(566, y - 30, money(cur["NET"]))
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "This statement is provided by TipLedger Payroll on behalf of your employer. "
                             "Keep it with your tax records.")
        return []

    fields = stub_fields(employer, employee, pay_date, start, end, "biweekly", cur["GROSS"], ytd["GROSS"],
                         cur["NET"])
    return Stub(Paper([page]), fields, pay_date)


# Kettle Moraine Concrete & Masonry: a union contractor's weekly earnings statement - week ending Saturday, paid
# the Thursday after, one line per job, class and straight-time/overtime with the hours of each day, employer
# fringe contributions to the union funds printed for information (they are not wages).

DAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")


def union_lines(key: str, d: dt.date, jobs: Sequence[tuple[str, str, str, float]],
                busy: bool = False) -> list[tuple[Any, ...]]:
    """The job lines of one week: straight time by day on one or two jobs, overtime at time and one-half; the
    winter weeks are short. A `busy` week (the stub the borrower sends) has both jobs and some overtime."""
    rr = random.Random(f"{key}{d}")
    winter = d.month in (1, 2, 12) and not busy
    workdays = rr.choice((2, 3, 3, 4)) if winter else rr.choice((4, 5, 5, 5))
    days = sorted(rr.sample(range(1, 6), workdays))
    split = rr.randrange(len(days) + 1) if len(jobs) > 1 else len(days)
    if busy and len(jobs) > 1:
        split = rr.randrange(1, len(days))
    lines = []
    for j, (job, name, cls, rate) in enumerate(jobs[:2]):
        mine = days[:split] if j == 0 else days[split:]
        if not mine:
            continue
        grid = [0.0] * 7
        for k in mine:
            grid[k] = 8.0
        hrs = sum(grid)
        lines.append((job, name, cls, "ST", grid, hrs, rate, r2(hrs * rate)))
        if not winter and (rr.random() < 0.6 or (busy and j == len(jobs[:2]) - 1)):
            ot = [0.0] * 7
            ot[rr.choice(mine)] = rr.choice((1.0, 1.5, 2.0))
            if rr.random() < 0.4:
                ot[6] = rr.choice((4.0, 5.0, 6.0))
            ohrs = sum(ot)
            lines.append((job, name, cls, "OT", ot, ohrs, r2(rate * 1.5), r2(ohrs * r2(rate * 1.5))))
    return lines


def union_items(lines: Sequence[tuple[Any, ...]]) -> dict[str, float]:
    gross = r2(sum(ln[7] for ln in lines))
    hours = sum(ln[5] for ln in lines)
    fed = r2(gross * 0.105)
    ss = r2(gross * 0.062)
    med = r2(gross * 0.0145)
    st = r2(gross * 0.046)
    dues = r2(gross * 0.025)
    vac = r2(hours * 2.10)
    net = r2(gross - fed - ss - med - st - dues - vac)
    return {"HOURS": hours, "GROSS": gross, "FED": fed, "SS": ss, "MED": med, "ST": st, "DUES": dues, "VAC": vac,
            "NET": net}


def union_stub(key: str, employee: str, ssn: str, emp_no: str, check_date: dt.date,
               jobs: Sequence[tuple[str, str, str, float]], sent: Sequence[dt.date] = ()) -> Stub:
    """`sent`: the check dates of every stub the borrower sends (busy weeks, the same in each stub's history)."""
    employer = "Kettle Moraine Concrete & Masonry, Inc."
    dates = every(7, check_date)
    history = [union_lines(key, d, jobs, busy=d == check_date or d in sent) for d in dates]
    items = [union_items(ls) for ls in history]
    cur_lines = history[-1]
    cur = items[-1]
    ytd = sum_items(items)
    week_end = check_date - dt.timedelta(days=5)
    start = week_end - dt.timedelta(days=6)
    check_no = f"{30400 + int(key[-3:]) * 3 + len(dates)}"

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13.5)
        c.drawString(40, 742, employer.upper())
        c.setFont("Helvetica", 8)
        c.drawString(40, 730, "N8120 County Road Y, West Bend, WI 53095  -  (262) 555-0131")
        c.drawString(40, 719, "Signatory contractor - Bricklayers & Allied Craftworkers Local 19")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 696, "EMPLOYEE EARNINGS STATEMENT")
        c.setLineWidth(1.4)
        c.rect(430, 690, 142, 58, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(501, 736, "WEEK ENDING")
        c.setFont("Courier-Bold", 15)
        c.drawCentredString(501, 714, mdy(week_end))
        c.setFont("Helvetica", 7)
        c.drawCentredString(501, 698, "SATURDAY")
        c.setLineWidth(0.5)
        info = [("Employee", employee), ("SSN", f"XXX-XX-{ssn[-4:]}"), ("Employee no.", emp_no),
                ("Craft / class", "Bricklayer - Journeyman (JR)"), ("Pay period", f"{mdy(start)} - {mdy(week_end)}"),
                ("Check date", mdy(check_date)), ("Check no.", check_no), ("Pay frequency", "Weekly")]
        y = 676
        for i, (k, v) in enumerate(info):
            x = 40 if i % 2 == 0 else 310
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(x + 78, y, v)
            if i % 2 == 1:
                y -= 13
        # job lines with the hours of each day
        y -= 14
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, y, "JOB")
        c.drawString(76, y, "JOB NAME")
        c.drawString(196, y, "CL")
        c.drawString(214, y, "TYPE")
        for k, dname in enumerate(DAYS):
            day = start + dt.timedelta(days=k)
            c.drawCentredString(250 + 22 * k, y + 7, dname)
            c.drawCentredString(250 + 22 * k, y, day.strftime("%m/%d"))
        c.drawRightString(438, y, "HOURS")
        c.drawRightString(486, y, "RATE")
        c.drawRightString(568, y, "AMOUNT")
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Courier", 8.5)
        for job, name, cls, typ, grid, hrs, rate, amt in cur_lines:
            c.drawString(40, y, job)
            c.drawString(76, y, name[:20])
            c.drawString(196, y, cls)
            c.drawString(214, y, typ)
            for k, h in enumerate(grid):
                c.drawCentredString(250 + 22 * k, y, f"{h:g}" if h else ".")
            c.drawRightString(438, y, f"{hrs:.2f}")
            c.drawRightString(486, y, f"{rate:.2f}")
            c.drawRightString(568, y, money(amt))
            y -= 12
        c.line(380, y + 7, 572, y + 7)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(300, y - 3, "TOTAL")
        c.drawRightString(438, y - 3, f"{cur['HOURS']:.2f}")
        c.drawRightString(568, y - 3, money(cur["GROSS"]))
        # current / year to date
        y -= 30
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "PAY AND DEDUCTIONS")
        c.drawRightString(420, y, "THIS WEEK")
        c.drawRightString(520, y, "YEAR TO DATE")
        c.line(40, y - 4, 530, y - 4)
        y -= 16
        rows = [("Gross earnings", "GROSS"), ("Federal withholding", "FED"), ("Social Security", "SS"),
                ("Medicare", "MED"), ("Wisconsin withholding", "ST"), ("Union working dues 2.5%", "DUES"),
                ("Vacation fund 2.10 / hr", "VAC")]
        for label, k in rows:
            c.setFont("Helvetica-Bold" if k == "GROSS" else "Helvetica", 9)
            c.drawString(40, y, label)
            c.drawRightString(420, y, money(cur[k]))
            c.drawRightString(520, y, money(ytd[k]))
            y -= 13
        c.setLineWidth(1)
        c.line(300, y + 8, 530, y + 8)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y - 5, "NET PAY")
        c.drawRightString(420, y - 5, money(cur["NET"]))
        c.drawRightString(520, y - 5, money(ytd["NET"]))
        # fringes
        y -= 36
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.rect(40, y - 62, 532, 74, stroke=1, fill=0)
        c.setDash()
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "EMPLOYER CONTRIBUTIONS TO LOCAL 19 FUNDS - paid by the contractor, not part of your pay")
        c.setFont("Helvetica", 8.5)
        hrs = cur["HOURS"]
        for i, (name, rate) in enumerate((("Health & Welfare Fund", 12.40), ("Pension Fund", 9.15),
                                          ("Apprenticeship & Training", 0.62))):
            c.drawString(48, y - 16 - 13 * i, f"{name}   {hrs:.2f} hrs x {rate:.2f}")
            c.drawRightString(420, y - 16 - 13 * i, money(r2(hrs * rate)))
        c.setFont("Helvetica", 7)
        c.drawString(40, 70, "Overtime is paid at time and one-half after 8 hours a day, 40 a week, and on Saturdays.")
        return []

    fields = stub_fields(employer, employee, check_date, start, week_end, "weekly", cur["GROSS"], ytd["GROSS"],
                         cur["NET"])
    return Stub(Paper([page]), fields, check_date)


# A state agency's semi-monthly "Earnings Statement" from the state's central payroll: ISO dates, a leave-balance
# panel, pre-tax retirement and health deductions so that the taxable wages differ from the gross.

def semimonthly_periods(upto_end: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(start, end, pay date) of every period whose pay date falls in the year of the current pay date."""
    def pay_of(end: dt.date) -> dt.date:
        p = end + dt.timedelta(days=7)
        while p.weekday() >= 5:
            p -= dt.timedelta(days=1)
        return p

    current_pay = pay_of(upto_end)
    out = []
    y, m = upto_end.year - 1, 12
    while True:
        for start, end in ((dt.date(y, m, 1), dt.date(y, m, 15)), (dt.date(y, m, 16), month_end(y, m))):
            if end > upto_end:
                return out
            p = pay_of(end)
            if p.year == current_pay.year:
                out.append((start, end, p))
        y, m = (y + (m == 12), m % 12 + 1)


def state_items(key: str, start: dt.date, annual: float) -> dict[str, float]:
    rr = random.Random(f"{key}{start}")
    base = r2(annual / 24)
    hourly = r2(annual / 2080)
    ot_h = rr.choice((0.0, 0.0, 0.0, 2.0, 3.5, 4.0))
    ot = r2(ot_h * r2(hourly * 1.5))
    gross = r2(base + ot)
    wrs = r2(gross * 0.0695)
    health = 148.50
    dc = 40.00
    taxable = r2(gross - wrs - health - dc)
    fed = r2(taxable * 0.09)
    ss = r2((gross - health) * 0.062)
    med = r2((gross - health) * 0.0145)
    st = r2(taxable * 0.044)
    life = 6.84
    net = r2(gross - wrs - health - dc - fed - ss - med - st - life)
    return {"BASE": base, "OT_H": ot_h, "OT": ot, "GROSS": gross, "WRS": wrs, "HEALTH": health, "DC": dc,
            "TAXABLE": taxable, "FED": fed, "SS": ss, "MED": med, "ST": st, "LIFE": life, "NET": net,
            "HOURLY": hourly, "PRE": r2(wrs + health + dc), "TAX": r2(fed + ss + med + st)}


def state_stub(key: str, employer: str, employee: str, emp_id: str, position: str, unit: str, annual: float,
               period_end: dt.date) -> Stub:
    periods = semimonthly_periods(period_end)
    history = [state_items(key, s, annual) for s, _, _ in periods]
    start, end, pay = periods[-1]
    cur = history[-1]
    ytd = sum_items(history)
    rr = random.Random(f"{key}leave{end}")
    leave = []
    for name, earn, begin in (("Vacation", 5.34, rr.uniform(40, 110)), ("Sick Leave", 5.00, rr.uniform(60, 300)),
                              ("Personal Holiday", 0.0, 36.0), ("Comp Time", 0.0, rr.choice((0.0, 3.0, 6.5)))):
        taken = rr.choice((0.0, 0.0, 4.0, 8.0)) if begin > 8 else 0.0
        leave.append((name, round(begin, 2), earn, taken, round(begin + earn - taken, 2)))
    advice = f"{int(key[-4:]) * 97 + len(periods):08d}"

    def page(c: Canvas) -> list[Mark]:
        navy = Color(0.12, 0.2, 0.38)
        c.setStrokeColor(navy)
        c.setLineWidth(1.5)
        c.circle(62, 734, 20, stroke=1, fill=0)
        c.circle(62, 734, 15, stroke=1, fill=0)
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(62, 731, "STATE")
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(92, 740, employer)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(92, 728, "Central Payroll Services  -  PO Box 7910, Madison, WI 53707")
        c.setFont("Helvetica-Bold", 17)
        c.drawRightString(572, 740, "Earnings Statement")
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.line(40, 706, 572, 706)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, 690, f"Pay Period: {start.isoformat()} to {end.isoformat()}")
        c.drawString(300, 690, f"Pay Date: {pay.isoformat()}")
        c.drawRightString(572, 690, "Pay Frequency: Semi-Monthly")
        info = [("Employee Name", employee), ("Employee ID", emp_id), ("Position", position),
                ("Work Unit", unit), ("Annual Salary", "$" + money(annual)),
                ("Hourly Equivalent", f"{cur['HOURLY']:.2f}"),
                ("Advice Number", advice), ("Tax Status", "Fed S-0  WI S-0")]
        y = 670
        for i, (k, v) in enumerate(info):
            x = 40 if i % 2 == 0 else 310
            c.setFont("Helvetica", 7.5)
            c.drawString(x, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 80, y, v)
            if i % 2 == 1:
                y -= 13

        def grid(x: float, y: float, w: float, title: str, heads: Sequence[tuple[float, str]],
                 rows: Sequence[Sequence[tuple[float, str]]], label_rows: Sequence[str]) -> float:
            c.setFillColor(navy)
            c.rect(x, y - 3, w, 14, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 4, y + 1, title)
            for hx, h in heads:
                c.drawRightString(x + hx, y + 1, h)
            c.setFillColor(black)
            y -= 14
            c.setFont("Helvetica", 8.5)
            for label, vals in zip(label_rows, rows, strict=True):
                c.drawString(x + 4, y, label)
                for hx, v in vals:
                    c.drawRightString(x + hx, y, v)
                y -= 12
            return y

        y = 610
        earn_rows = [[(150, "86.67"), (192, f"{cur['HOURLY']:.2f}"), (242, money(cur["BASE"])),
                      (292, money(ytd["BASE"]))]]
        labels = ["Regular Salary"]
        if ytd["OT"]:
            earn_rows.append([(150, f"{cur['OT_H']:.2f}" if cur["OT"] else ""),
                              (192, f"{r2(cur['HOURLY'] * 1.5):.2f}" if cur["OT"] else ""),
                              (242, money(cur["OT"]) if cur["OT"] else ""), (292, money(ytd["OT"]))])
            labels.append("Overtime 1.5")
        ye = grid(40, y, 296, "EARNINGS", [(150, "HOURS"), (192, "RATE"), (242, "CURRENT"), (292, "YTD")],
                  earn_rows, labels)
        yt = grid(344, y, 228, "TAXES", [(170, "CURRENT"), (224, "YTD")],
                  [[(170, money(cur[k])), (224, money(ytd[k]))] for k in ("FED", "SS", "MED", "ST")],
                  ["Federal Withholding", "Social Security", "Medicare", "WI Withholding"])
        y = min(ye, yt) - 12
        yp = grid(40, y, 296, "PRE-TAX DEDUCTIONS", [(242, "CURRENT"), (292, "YTD")],
                  [[(242, money(cur[k])), (292, money(ytd[k]))] for k in ("WRS", "HEALTH", "DC")],
                  ["WRS Retirement - Employee", "State Group Health", "Deferred Comp 457(b)"])
        yq = grid(344, y, 228, "AFTER-TAX DEDUCTIONS", [(170, "CURRENT"), (224, "YTD")],
                  [[(170, money(cur["LIFE"])), (224, money(ytd["LIFE"]))]], ["Group Life Insurance"])
        y = min(yp, yq) - 16
        heads = ["", "Gross Pay", "Pre-Tax Ded.", "Taxable Wages", "Taxes", "After-Tax Ded.", "Net Pay"]
        cols = [("GROSS", "PRE", "TAXABLE", "TAX", "LIFE", "NET")]
        widths = [62, 78, 78, 78, 78, 78, 80]
        x = 40.0
        for i, hd in enumerate(heads):
            c.setFillGray(0.88)
            c.rect(x, y, widths[i], 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(x + widths[i] / 2, y + 4, hd)
            for row, src in ((1, cur), (2, ytd)):
                c.rect(x, y - 14 * row, widths[i], 14, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 7.5)
                    c.drawString(x + 4, y - 14 * row + 4, "Current" if row == 1 else "YTD")
                else:
                    c.setFont("Helvetica-Bold" if i in (1, 6) else "Helvetica", 8.5)
                    c.drawRightString(x + widths[i] - 5, y - 14 * row + 4, money(src[cols[0][i - 1]]))
            x += widths[i]
        y -= 58
        lh = [(150, "BEGIN"), (196, "EARNED"), (242, "TAKEN"), (292, "END")]
        grid(40, y, 296, "LEAVE BALANCES (HOURS)", lh,
             [[(150, f"{b:.2f}"), (196, f"{e:.2f}"), (242, f"{t:.2f}"), (292, f"{n:.2f}")] for _, b, e, t, n in leave],
             [n for n, *_ in leave])
        grid(344, y, 228, "NET PAY DISTRIBUTION", [(224, "AMOUNT")],
             [[(224, money(cur["NET"]))]], [f"Direct Deposit  Checking ****{emp_id[-3:]}8"])
        c.setFont("Helvetica", 7)
        c.drawString(40, 80, "Questions about this statement: contact your agency payroll office. Leave balances are "
                             "as of the end of the pay period.")
        return []

    fields = stub_fields(employer, employee, pay, start, end, "semimonthly", cur["GROSS"], ytd["GROSS"], cur["NET"])
    return Stub(Paper([page]), fields, pay)


# --- bank statements --------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def statement_fields(bank: str, acct: str, start: dt.date, end: dt.date, begin: float, ending: float) -> dict[str, Any]:
    return {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
            "period_end": end.isoformat(), "beginning_balance": r2(begin), "ending_balance": r2(ending)}


def month_debits(rr: random.Random, start: dt.date, end: dt.date, begin: float,
                 credits: Sequence[tuple[dt.date, str, float]], budget: float,
                 pool: Sequence[tuple[str, str, float, float]], balancer: tuple[str, str]) -> list[list[Any]]:
    """[date, kind, description, amount] of a month's debits: natural amounts drawn from the pool (kind,
    description, low, high), a transfer that takes up the rest of `budget`, and no day overdrawn (a debit that
    would overdraw the account waits for the next deposit)."""
    span = (end - start).days
    rows: list[list[Any]] = []
    for kind, desc, lo, hi in pool:
        if rr.random() < 0.8:
            a = rr.uniform(lo, hi)
            a = float(round(a / 20) * 20) if desc.startswith("ATM") else r2(a)
            rows.append([start + dt.timedelta(days=rr.randrange(span + 1)), kind, desc, a])
    rows.sort(key=lambda r: -r[3])
    while rows and sum(r[3] for r in rows) > budget * 0.97:
        rows.pop(0)
    rest = budget - sum(r[3] for r in rows)
    if rest >= 25:
        rows.append([end - dt.timedelta(days=rr.randrange(3)), balancer[0], balancer[1], float(round(rest / 5) * 5)])
    paydays = sorted({d for d, _, _ in credits})
    for _ in range(40):
        events = sorted([(d, 0, a, -1) for d, _, a in credits] + [(r[0], 1, -r[3], i) for i, r in enumerate(rows)])
        bal = begin
        for d, _, a, i in events:
            bal = r2(bal + a)
            if bal < 0 and i >= 0:
                later = [p for p in paydays if p > d]
                if later:
                    rows[i][0] = later[0]
                else:
                    rows[i][3] = r2(max(5.0, rows[i][3] + bal - 20))
                break
        else:
            break
    return sorted(rows, key=lambda r: (r[0], r[2]))


ANCHOR_POOL = (("card", "ROUNDY'S FOODS #2217 MILWAUKEE WI", 60, 160), ("card", "KWIK TRIP 0644 WEST BEND WI", 25, 70),
               ("card", "WALGREENS #11872 MILWAUKEE WI", 12, 45), ("card", "ATM WITHDRAWAL 2200 S 27TH ST", 40, 100),
               ("card", "PIGGLY WIGGLY #84 CEDARBURG WI", 35, 120), ("card", "FLEET FARM #41 WEST BEND WI", 20, 90),
               ("card", "AMZN MKTP US ONLINE", 15, 60), ("card", "ROUNDY'S FOODS #2217 MILWAUKEE WI", 50, 140),
               ("ach", "LAKE SHORE POWER & GAS AUTOPAY", 110, 210), ("ach", "BADGER MUTUAL INS PREMIUM", 90, 150),
               ("ach", "NORTHWAVE WIRELESS BILLPAY", 60, 95), ("ach", "CITY WATER UTILITY WEB PMT", 45, 80),
               ("ach", "LAKESHORE LOAN SVC PAYMENT", 600, 900), ("ach", "CAPSTONE AUTO FIN LOAN PMT", 240, 320),
               ("ach", "LITTLE HARBOR ACADEMY CHILD CARE", 640, 880), ("ach", "CARDMEMBER SVC VISA PMT", 150, 420),
               ("card", "MENARDS WEST MILWAUKEE WI", 30, 180), ("card", "KOHL'S #0412 GREENFIELD WI", 25, 110),
               ("check", "CHECK", 20, 240), ("check", "CHECK", 30, 180), ("check", "CHECK", 40, 260))


def anchorpoint_statement(key: str, holders: Sequence[str], address: Sequence[str], acct: str, year: int, month: int,
                          begin: float, deposits: Sequence[tuple[int, str, float]]) -> Statement:
    """Anchorpoint National Bank: a large national bank's two-page checking statement - summary box at the top
    right, activity grouped into Deposits and other additions / ATM and debit card subtractions / Other
    subtractions / Checks (by number, a gap marked) / Service fees, then daily ledger balances."""
    bank = "Anchorpoint National Bank"
    start, end = dt.date(year, month, 1), month_end(year, month)
    rr = random.Random(f"{key}{year}{month}")
    deps = sorted(((dt.date(year, month, d), desc, r2(a)) for d, desc, a in deposits), key=lambda t: t[0])
    dep_total = r2(sum(a for _, _, a in deps))
    rows = month_debits(rr, start, end, begin, deps, dep_total * rr.uniform(0.88, 0.99), ANCHOR_POOL,
                        ("ach", "ONLINE TRANSFER TO SAV XXXXXX4412"))
    out = {k: [(r[0], r[2], r[3]) for r in rows if r[1] == k] for k in ("card", "ach")}
    number = rr.randrange(1100, 1400)
    checks = []
    for i, r in enumerate(r for r in rows if r[1] == "check"):
        checks.append((r[0], str(number + i + (i >= 2)), r[3]))
    card_total = r2(sum(a for _, _, a in out["card"]))
    ach_total = r2(sum(a for _, _, a in out["ach"]))
    check_total = r2(sum(a for _, _, a in checks))
    ending = r2(begin + dep_total - card_total - ach_total - check_total)
    period = f"{long_date(start)} to {long_date(end)}"
    acct_fmt = " ".join(acct[i:i + 4] for i in range(0, len(acct), 4))
    navy = Color(0.05, 0.16, 0.33)

    def logo(c: Canvas, y: float) -> None:
        c.setFillColor(navy)
        c.rect(40, y - 6, 24, 24, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(52, y, "A")
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(70, y + 3, bank)
        c.setFillColor(black)

    def table(c: Canvas, y: float, title: str, rows: Sequence[tuple[dt.date, str, float]], total_label: str) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(navy)
        c.drawString(40, y, title)
        c.setFillColor(black)
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "Date")
        c.drawString(90, y, "Description")
        c.drawRightString(572, y, "Amount")
        c.setLineWidth(0.4)
        c.line(40, y - 3, 572, y - 3)
        y -= 13
        c.setFont("Helvetica", 8.5)
        for d, desc, a in rows:
            c.drawString(40, y, d.strftime("%m/%d"))
            c.drawString(90, y, desc)
            c.drawRightString(572, y, money(a))
            y -= 11.5
        c.line(40, y + 7, 572, y + 7)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(90, y - 3, total_label)
        c.drawRightString(572, y - 3, "$" + money(r2(sum(a for _, _, a in rows))))
        return y - 24

    def page1(c: Canvas) -> list[Mark]:
        logo(c, 742)
        c.setFont("Helvetica", 8)
        c.drawString(40, 716, "P.O. Box 40022")
        c.drawString(40, 706, "Charlotte, NC 28230-0022")
        c.setFont("Helvetica", 9.5)
        y = 664
        for ln in [*[h.upper() for h in holders], *[a.upper() for a in address]]:
            c.drawString(58, y, ln)
            y -= 12
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 598, "Questions? Call 1-800-555-0172, 24 hours a day,")
        c.drawString(40, 588, "or visit anchorpointbank.example")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(330, 742, "Everyday Checking")
        c.setFont("Helvetica", 8.5)
        c.drawString(330, 729, f"For {period}")
        c.drawString(330, 718, f"Account number: {acct_fmt}")
        c.setLineWidth(0.8)
        c.setStrokeColor(navy)
        c.rect(330, 572, 242, 136, stroke=1, fill=0)
        c.setFillColor(navy)
        c.rect(330, 690, 242, 18, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(338, 695, "Account summary")
        c.setFillColor(black)
        c.setStrokeColor(black)
        rows = [(f"Beginning balance on {start.strftime('%B')} {start.day}", money(begin)),
                ("Deposits and other additions", money(dep_total)),
                ("ATM and debit card subtractions", "-" + money(card_total)),
                ("Other subtractions", "-" + money(ach_total)), ("Checks", "-" + money(check_total)),
                ("Service fees", "-0.00")]
        c.setFont("Helvetica", 8.5)
        y = 676
        for k, v in rows:
            c.drawString(338, y, k)
            c.drawRightString(564, y, v)
            y -= 14
        c.line(338, y + 9, 564, y + 9)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(338, y - 3, f"Ending balance on {end.strftime('%B')} {end.day}")
        c.drawRightString(564, y - 3, "$" + money(ending))
        c.setFillGray(0.94)
        c.rect(40, 520, 532, 34, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(48, 540, "Your monthly maintenance fee was waived this period because a qualifying direct deposit")
        c.drawString(48, 529, "was made to this account. Thank you for banking with us.")
        table(c, 500, "Deposits and other additions", deps, "Total deposits and other additions")
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, "Anchorpoint National Bank. Member FDIC. Equal Housing Lender.")
        c.drawRightString(572, 40, "Page 1 of 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 750, f"{bank}  |  Everyday Checking")
        c.setFont("Helvetica", 8)
        c.drawString(40, 739, f"Account number: {acct_fmt}   |   {period}")
        c.line(40, 732, 572, 732)
        c.setFont("Helvetica-Bold", 11)
        c.setFillColor(navy)
        c.drawString(40, 712, "Withdrawals and other subtractions")
        c.setFillColor(black)
        y = table(c, 694, "ATM and debit card subtractions", out["card"], "Total ATM and debit card subtractions")
        y = table(c, y, "Other subtractions", out["ach"], "Total other subtractions")
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(navy)
        c.drawString(40, y, "Checks")
        c.setFillColor(black)
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        for col in range(3):
            x = 40 + col * 180
            c.drawString(x, y, "Date")
            c.drawString(x + 40, y, "Check #")
            c.drawRightString(x + 160, y, "Amount")
        c.line(40, y - 3, 572, y - 3)
        y -= 13
        c.setFont("Helvetica", 8.5)
        prev = None
        for i, (d, num, a) in enumerate(checks):
            x = 40 + (i % 3) * 180
            gap = prev is not None and int(num) != prev + 1
            c.drawString(x, y, d.strftime("%m/%d"))
            c.drawString(x + 40, y, num + (" *" if gap else ""))
            c.drawRightString(x + 160, y, money(a))
            prev = int(num)
            if i % 3 == 2:
                y -= 11.5
        y -= 16
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "Total checks")
        c.drawRightString(572, y, "$" + money(check_total))
        c.setFont("Helvetica", 7.5)
        if len(checks) > 2:
            c.drawString(40, y - 12, "* There is a gap in the check sequence.")
        y -= 38
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(navy)
        c.drawString(40, y, "Service fees")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        c.drawString(40, y - 14, "Monthly maintenance fee  $12.00 - waived")
        c.drawRightString(572, y - 14, "0.00")
        y -= 44
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(navy)
        c.drawString(40, y, "Daily ledger balances")
        c.setFillColor(black)
        bal = begin
        days: dict[dt.date, float] = {}
        every_row = [(d, a) for d, _, a in deps] + [(d, -a) for d, _, a in out["card"] + out["ach"] + checks]
        for d, a in sorted(every_row):
            bal = r2(bal + a)
            days[d] = bal
        c.setFont("Helvetica", 8)
        for i, (d, b) in enumerate(sorted(days.items())):
            c.drawString(40 + (i % 4) * 133, y - 14 - 11 * (i // 4), f"{d.strftime('%m/%d')}   {money(b)}")
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, "Anchorpoint National Bank. Member FDIC. Equal Housing Lender.")
        c.drawRightString(572, 40, "Page 2 of 2")
        return []

    return Statement(Paper([page1, page2]), statement_fields(bank, acct, start, end, begin, ending), end, acct)


OTTER_POOL = (("d", "CHECK", 60, 420), ("d", "CHECK", 30, 160), ("d", "ATM WDL OTTERCREEK MAIN ST", 40, 100),
              ("d", "POS PIGGLY WIGGLY OTTERCREEK", 30, 140), ("d", "ACH LAKE SHORE POWER&GAS", 90, 190),
              ("d", "ACH BADGER MUTUAL INS", 80, 140), ("d", "POS KWIK TRIP 0872", 20, 60),
              ("d", "ACH LAKESHORE LOAN SVC", 500, 850), ("d", "POS OTTERCREEK HARDWARE", 15, 80),
              ("d", "CHECK", 25, 90))


def ottercreek_statement(key: str, holder: str, address: Sequence[str], acct: str, cycle_end: dt.date, begin: float,
                         credits: Sequence[tuple[dt.date, str, float]]) -> Statement:
    """Ottercreek Savings Bank: a small-town savings bank's one-page checking statement printed on its line
    printer - everything in capitals in a fixed-pitch face, green-bar shading, tractor-feed holes, a cycle
    from the 16th to the 15th, a running balance and a summary at the foot."""
    bank = "Ottercreek Savings Bank"
    end = cycle_end
    prev_end = dt.date(end.year - (end.month == 1), (end.month - 2) % 12 + 1, 15)
    start = prev_end + dt.timedelta(days=1)
    rr = random.Random(f"{key}{end}")
    dep_total = r2(sum(a for _, _, a in credits))
    debits = month_debits(rr, start, end, begin, credits, dep_total * rr.uniform(0.9, 1.02), OTTER_POOL,
                          ("d", f"XFER TO SAVINGS {acct[:-1]}{(int(acct[-1]) + 1) % 10}"))
    check_no = rr.randrange(2100, 2600)
    rows: list[tuple[dt.date, str, str, float]] = []
    for d, _, desc, a in debits:
        if desc == "CHECK":
            rows.append((d, "CHECK", str(check_no), -a))
            check_no += 1
        else:
            rows.append((d, desc, "", -a))
    rows += [(d, desc, "", a) for d, desc, a in credits]
    rows.sort(key=lambda t: (t[0], -t[3]))
    bal = begin
    lines = []
    for d, desc, num, a in rows:
        bal = r2(bal + a)
        lines.append((d, desc, num, a, bal))
    ending = bal
    wd_total = r2(-sum(a for *_, a, _b in lines if a < 0))
    n_dep = sum(1 for *_, a, _b in lines if a > 0)
    n_wd = len(lines) - n_dep

    def page(c: Canvas) -> list[Mark]:
        for yy in range(40, 780, 36):  # tractor-feed holes of continuous forms
            for xx in (14, W - 14):
                c.setFillGray(0.85)
                c.circle(xx, yy, 4, stroke=0, fill=1)
        c.setFillColor(black)
        c.setDash(1, 5)
        c.setLineWidth(0.4)
        c.line(28, 20, 28, 780)
        c.line(W - 28, 20, W - 28, 780)
        c.setDash()
        font = ("Courier-Bold", 8.6)
        step = 11.0

        def put(y: float, text: str) -> None:
            c.setFillGray(0.18)
            c.setFont(*font)
            c.drawString(44, y, text)

        y = 742
        put(y, f"{'OTTERCREEK SAVINGS BANK':<44}{'STATEMENT OF ACCOUNT':>34}")
        put(y - step, f"{'214 MAIN STREET  PO BOX 88':<44}{'PAGE 1 OF 1':>34}")
        put(y - 2 * step, f"{'OTTERCREEK WI 53093   (262) 555-0166':<44}{'MEMBER FDIC':>34}")
        put(y - 3 * step, "=" * 78)
        y -= 5 * step
        left = [holder.upper(), *[a.upper() for a in address]]
        right = [f"ACCOUNT NUMBER   {acct}", "ACCOUNT TYPE     REGULAR CHECKING",
                 f"STATEMENT PERIOD {mdy(start)} THRU {mdy(end)}"]
        for i in range(max(len(left), len(right))):
            put(y, f"{(left[i] if i < len(left) else ''):<38}{(right[i] if i < len(right) else ''):<40}")
            y -= step
        y -= step
        put(y, "-" * 78)
        y -= step
        put(y, f"{'DATE':<7}{'DESCRIPTION':<30}{'CHK NO':<7}{'WITHDRAWAL':>11}{'DEPOSIT':>11}{'BALANCE':>12}")
        y -= step
        put(y, "-" * 78)
        y -= step
        all_rows = [(start, "BALANCE FORWARD", "", 0.0, begin), *lines]
        for i, (d, desc, num, a, b) in enumerate(all_rows):
            if (i // 3) % 2 == 1:  # green-bar paper
                c.setFillColor(Color(0.86, 0.93, 0.86))
                c.rect(40, y - 3, W - 80, step, stroke=0, fill=1)
            wd = money(-a) if a < 0 else ""
            dp = money(a) if a > 0 else ""
            put(y, f"{d.strftime('%m/%d'):<7}{desc[:29]:<30}{num:<7}{wd:>11}{dp:>11}{money(b):>12}")
            y -= step
        put(y, f"{end.strftime('%m/%d'):<7}{'ENDING BALANCE':<59}{money(ending):>12}")
        y -= step
        put(y, "-" * 78)
        y -= 2 * step
        put(y, f"SUMMARY   BEGINNING BALANCE {money(begin):>14}")
        put(y - step, f"          {n_dep:>2} DEPOSITS/CREDITS {money(dep_total):>15}")
        put(y - 2 * step, f"          {n_wd:>2} WITHDRAWALS/DEBITS {money(wd_total):>13}")
        put(y - 3 * step, f"          ENDING BALANCE    {money(ending):>15}")
        put(y - 4 * step, f"          DAYS IN PERIOD {(end - start).days + 1:>3}")
        put(y - 6 * step, "=" * 78)
        put(y - 7 * step, "THANK YOU FOR BANKING LOCALLY. OUR LOBBY IS OPEN SATURDAYS 9 TO NOON.")
        c.setFillColor(black)
        return []

    return Statement(Paper([page]), statement_fields(bank, acct, start, end, begin, ending), end, acct)


# --- letters and other papers -----------------------------------------------------------------------------------


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


def hardship_letter(writers: Sequence[str], address: Sequence[str], loan: str, date: dt.date, paras: Sequence[str],
                    ink: bool, seed: int, font: str = "Times-Roman") -> Letter:
    """A typed hardship letter; signed in ink when it was printed and mailed or faxed, unsigned when e-mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont(font, 11)
        y = 730
        for ln in [" and ".join(writers), *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in ("Lakeshore Loan Servicing", "Attn: Loss Mitigation", "PO Box 51277", "Milwaukee, WI 53203"):
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        bold = "Helvetica-Bold" if font.startswith("Helvetica") else "Times-Bold"
        c.setFont(bold, 11)
        c.drawString(72, y, f"RE: Hardship letter, loan # {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Loss Mitigation Department,", *paras], font=font)
        c.setFont(font, 11)
        c.drawString(72, y - 4, "Sincerely,")
        marks = []
        sy = y - 44
        for i, nm in enumerate(writers):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def pension_letter(member: str, address: Sequence[str], date: dt.date, gross: float, tax: float, since: dt.date,
                   participant_no: str) -> Letter:
    """A plan administrator's benefit award letter for a private pension (taxable)."""

    def page(c: Canvas) -> list[Mark]:
        green = Color(0.1, 0.32, 0.25)
        c.setFillColor(green)
        c.setFont("Times-Bold", 16)
        c.drawString(72, 738, "Northlake Benefit Administrators, Inc.")
        c.setFillColor(black)
        c.setFont("Times-Italic", 9)
        c.drawString(72, 725, "Plan administrator for the Badger Tannery Employees' Retirement Plan")
        c.setFont("Helvetica", 7.5)
        c.drawString(72, 713, "3300 Harbor Point Boulevard, Racine, WI 53403  -  Participant services (262) 555-0185")
        c.setStrokeColor(green)
        c.setLineWidth(2)
        c.line(72, 704, W - 72, 704)
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 680, long_date(date))
        y = 652
        for ln in [member, *address]:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Times-Bold", 12)
        c.drawString(72, y - 16, "BENEFIT AWARD LETTER")
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 32, f"Participant number {participant_no}")
        y = paragraphs(c, 72, y - 58, W - 144, [
            f"Dear {member}:",
            "As you asked, this letter confirms the retirement benefit awarded to you under the Badger Tannery "
            f"Employees' Retirement Plan. Your normal retirement pension began on {long_date(since)} and is paid to "
            "you for life in the form of a single life annuity.",
            "Your pension is paid monthly, on the first business day of each month, by direct deposit to the "
            "account you designated. The benefit is taxable income; we send you a Form 1099-R each January."])
        rows = [("Form of payment", "Single life annuity"), ("Benefit start date", mdy(since)),
                ("Gross monthly benefit", "$" + money(gross)), ("Federal income tax withheld", "$" + money(tax)),
                ("Net monthly payment", "$" + money(r2(gross - tax))), ("Payment frequency", "Monthly")]
        c.setLineWidth(0.5)
        c.rect(90, y - len(rows) * 16 - 4, W - 180, len(rows) * 16 + 10, stroke=1, fill=0)
        for k, v in rows:
            c.setFont("Times-Roman", 11)
            c.drawString(100, y - 8, k)
            c.setFont("Times-Bold", 11)
            c.drawRightString(W - 100, y - 8, v)
            y -= 16
        y = paragraphs(c, 72, y - 30, W - 144, [
            "Your benefit does not change unless you change your tax withholding election. If you have questions, "
            "call Participant Services at the number above."])
        c.setFont("Times-Roman", 11)
        for i, ln in enumerate(("Sincerely,", "", "Pension Services Team", "Northlake Benefit Administrators, Inc.")):
            c.drawString(72, y - 6 - 14 * i, ln)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, r2(gross), "benefits_taxable")


def business_day(d: dt.date, ahead: int = 0) -> dt.date:
    """`d` moved to a weekday, then `ahead` business days further."""
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    for _ in range(ahead):
        d += dt.timedelta(days=1)
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
    return d


def support_history(parent: str, case_no: str, payer: str, monthly: float, payments: Sequence[tuple[dt.date, float]],
                    printed: dt.datetime, card4: str) -> Paper:
    """The state support disbursement unit's "Payment History" for the parent who receives child support, printed
    from its web portal (an `other` paper: it shows the amount and the frequency of the child support)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7.5)
        c.drawString(30, 776, printed.strftime("%m/%d/%Y %I:%M %p"))
        c.drawCentredString(W / 2, 776, "Payment History - Child Support Online Services")
        purple = Color(0.3, 0.18, 0.45)
        c.setFillColor(purple)
        c.rect(30, 728, W - 60, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(42, 748, "Badger State Support Disbursement Center")
        c.setFont("Helvetica", 8)
        c.drawString(42, 736, "Receipting and disbursement of support payments  -  PO Box 74200, Madison, WI 53707")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(42, 704, "Payment History")
        c.setFont("Helvetica", 9)
        rows = [("Participant", f"{parent} (receiving parent)"), ("Case number", case_no),
                ("Other party", f"{payer} (paying parent)"),
                ("Current support order", f"${money(monthly)} per month, by income withholding"),
                ("Disbursed to", f"Direct deposit, account ending {card4}")]
        y = 684
        for k, v in rows:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(42, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(170, y, v)
            y -= 14
        y -= 10
        c.setFillGray(0.9)
        c.rect(42, y - 4, W - 84, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((48, "Receipt date"), (128, "Disbursed"), (208, "Source"), (340, "Type")):
            c.drawString(x, y, t)
        c.drawRightString(W - 48, y, "Amount")
        y -= 16
        c.setFont("Helvetica", 8.5)
        total = 0.0
        for d, a in payments:
            paid = business_day(d, 2)
            c.drawString(48, y, mdy(d))
            c.drawString(128, y, mdy(paid))
            c.drawString(208, y, "Income withholding")
            c.drawString(340, y, "Current support")
            c.drawRightString(W - 48, y, money(a))
            total = r2(total + a)
            c.setLineWidth(0.3)
            c.line(42, y - 4, W - 42, y - 4)
            y -= 15
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(340, y - 2, "Total disbursed")
        c.drawRightString(W - 48, y - 2, money(total))
        c.setFont("Helvetica", 7.5)
        c.drawString(42, y - 30, "Payments are disbursed within two business days of receipt. This history is not a "
                                 "court record.")
        c.drawString(30, 22, "https://support.badgerstate.example/cp/payment-history")
        c.drawRightString(W - 30, 22, "1/1")
        return []

    return Paper([page])


def fax_cover(to: str, to_fax: str, sender: str, sender_phone: str, date: dt.date, pages: int, note: str) -> Paper:
    """A public library's fax cover sheet (not a document of the case)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(72, 720, "Riverbend Public Library")
        c.setFont("Helvetica", 10)
        c.drawString(72, 704, "Public Fax Service  -  630 Poplar Street, West Bend, WI 53095  -  (262) 555-0117")
        c.setFont("Helvetica-Bold", 34)
        c.drawString(72, 650, "FAX")
        c.setLineWidth(0.8)
        rows = [("To:", to), ("Fax number:", to_fax), ("From:", sender), ("Phone:", sender_phone),
                ("Date:", mdy(date)), ("Number of pages (including cover):", str(pages)), ("Regarding:", note)]
        y = 610
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(290, y, v)
            c.line(285, y - 4, 540, y - 4)
            y -= 26
        c.setFont("Helvetica", 8.5)
        c.drawString(72, y - 20, "Library staff do not read or keep faxed documents. If you received this fax in")
        c.drawString(72, y - 31, "error, please notify the sender at the phone number above.")
        return []

    return Paper([page])


def barcode_sheet(loan: str) -> Paper:
    """Lakeshore's barcode cover sheet (the spec's separator sheet), mailed to the borrower with the form."""
    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=4)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 716, "LAKESHORE LOAN SERVICING")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, 696, "DOCUMENT COVER SHEET")
        c.setFont("Helvetica", 10)
        c.drawString(72, 676, "Place this page on top of the papers you send us, by mail or by fax.")
        c.drawString(72, 662, "Do not write on or near the barcode.")
        c.drawImage(ImageReader(code), 72, 480, width=330, height=110)
        c.setFont("Helvetica", 12)
        c.drawString(72, 458, f"LOAN {loan}")
        c.setFont("Helvetica", 8)
        c.drawString(72, 120, "Fax: (414) 555-0190   Mail: PO Box 51277, Milwaukee, WI 53203")
        return []

    return Paper([page])


# --- applications -----------------------------------------------------------------------------------------------

LLS_INCOME = (("Gross wages, salary, overtime, tips, commissions, bonuses", "wages"),
              ("Self-employment income", "self_employment"),
              ("Unemployment benefits", "unemployment"),
              ("Social Security, pension, disability or other benefits (taxable)", "benefits_taxable"),
              ("Non-taxable Social Security or disability (SSI, VA)", "benefits_nontaxable"),
              ("Rental income (after expenses other than this mortgage)", "rental"),
              ("Investment or insurance income", "investment"),
              ("Child support, alimony or separate maintenance", "other"),
              ("Other income", "other"))
LLS_REASONS = (("unemployment", "Unemployment or job loss"),
               ("reduction_in_income", "Reduced income (fewer hours, lower pay, lost overtime)"),
               ("increase_in_housing_expenses", "Higher housing costs (taxes, insurance, HOA)"),
               ("disaster", "Disaster (fire, flood, storm) at the home or workplace"),
               ("disability_or_illness", "Long-term disability or serious illness (you or a dependent)"),
               ("divorce_or_separation", "Divorce or legal separation"),
               ("separation_unmarried", "Separation of unmarried co-borrowers"),
               ("death", "Death of a borrower or wage earner"),
               ("relocation", "Distant job transfer or relocation"),
               ("other", "Other:"))


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area; only the last four are ever printed
    phone: str
    email: str
    street: str
    city: str
    state: str
    zip: str
    occupancy: str
    hardships: list[str]
    start: dt.date
    duration: str  # short | long | resolved
    b_income: dict[int, float]  # line of the Lakeshore form (1..9) -> monthly amount
    signed_on: dt.date
    c_income: dict[int, float] = field(default_factory=dict)
    co: str | None = None
    co_ssn: str | None = None
    co_phone: str = ""
    co_email: str = ""
    other_text: str = ""
    explain: str = ""
    resolved_on: dt.date | None = None
    tick: str = "left"  # Fill & Sign: the tick glyph left of the square, or on its top-right "corner"
    plain_amounts: bool = False  # Fill & Sign: amounts typed without thousands separators
    b_signs: bool = True
    b_dates: bool = True
    co_signs: bool = True
    checking: float = 0.0
    savings: float = 0.0
    form: str = "lakeshore"  # lakeshore | 710
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for amounts in (self.b_income, self.c_income):
            for line, v in amounts.items():
                code = LLS_INCOME[line - 1][1]
                out[code] = r2(out.get(code, 0.0) + v)
        return {k: v for k, v in out.items() if v > 0}

    @property
    def b_total(self) -> float:
        return r2(sum(self.b_income.values()))

    @property
    def c_total(self) -> float:
        return r2(sum(self.c_income.values()))

    @property
    def total(self) -> float:
        return r2(self.b_total + self.c_total)

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = dict(self.income)
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


@dataclass
class Place:
    """Where an answer goes on the printed form: a run of underscores after a label, a square, or a table cell."""

    kind: str  # line | box | cell
    x: float
    y: float
    w: float = 0.0
    h: float = 0.0
    label_end: float = 0.0


def ul(c: Canvas, places: dict[str, Place], name: str, x: float, y: float, label: str, n: int,
       font: tuple[str, float] = ("Helvetica", 9)) -> None:
    """A label followed by a run of underscores to write on (the blank form's fill-in line)."""
    c.setFont(*font)
    text = f"{label} {'_' * n}" if label else "_" * n
    c.drawString(x, y, text)
    lead = pdfmetrics.stringWidth(f"{label} " if label else "", *font)
    places[name] = Place("line", x + lead, y, pdfmetrics.stringWidth("_" * n, *font), 0.0,
                         x + pdfmetrics.stringWidth(label, *font))


def square(c: Canvas, places: dict[str, Place], name: str, x: float, y: float, caption: str,
           font: tuple[str, float] = ("Helvetica", 8.5)) -> float:
    c.setLineWidth(0.7)
    c.rect(x, y - 1.5, 8.5, 8.5, stroke=1, fill=0)
    c.setFont(*font)
    c.drawString(x + 13, y, caption)
    places[name] = Place("box", x, y - 1.5, 8.5, 8.5)
    return x + 13 + pdfmetrics.stringWidth(caption, *font)


def lls_section(c: Canvas, y: float, num: int, title: str) -> None:
    c.setFillColor(Color(0.84, 0.89, 0.94))
    c.rect(40, y - 4, 532, 15, stroke=0, fill=1)
    c.setFillColor(Color(0.05, 0.2, 0.36))
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(46, y, f"{num}   {title}")
    c.setFillColor(black)


def lls_logo(c: Canvas, x: float, y: float, s: float = 1.0) -> None:
    c.saveState()
    c.setFillColor(Color(0.05, 0.2, 0.36))
    c.roundRect(x, y, 30 * s, 30 * s, 4 * s, stroke=0, fill=1)
    c.setStrokeColor(white)
    c.setLineWidth(1.6 * s)
    for k in range(3):
        p = c.beginPath()
        yy = y + (8 + 7 * k) * s
        p.moveTo(x + 4 * s, yy)
        for i in range(1, 9):
            p.lineTo(x + (4 + 2.75 * i) * s, yy + (2 if i % 2 else 0) * s)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def lls_footer(c: Canvas, page: int) -> None:
    c.setFont("Helvetica", 7)
    c.drawString(40, 30, "Lakeshore Loan Servicing  -  Form LLS-MAR-3 (Rev. 11/2044)")
    c.drawRightString(572, 30, f"Page {page} of 3")


def lls_small_header(c: Canvas, places: dict[str, Place], page: int) -> None:
    lls_logo(c, 40, 736, 0.6)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(64, 747, "LAKESHORE LOAN SERVICING")
    c.setFont("Helvetica", 8)
    c.drawString(64, 737, "Mortgage Assistance Request (continued)")
    ul(c, places, f"loan_number_{page}", 370, 742, "Loan number", 24, ("Helvetica-Bold", 9))
    c.setLineWidth(0.8)
    c.line(40, 728, 572, 728)


def lls_page1(c: Canvas, A: dict[str, Place]) -> None:
    lls_logo(c, 40, 728)
    c.setFillColor(Color(0.05, 0.2, 0.36))
    c.setFont("Helvetica-Bold", 17)
    c.drawString(78, 745, "LAKESHORE")
    c.setFont("Helvetica", 8.5)
    c.drawString(79, 733, "L O A N   S E R V I C I N G")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 15)
    c.drawRightString(572, 746, "Mortgage Assistance Request")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(572, 735, "Form LLS-MAR-3 (Rev. 11/2044)")
    c.setLineWidth(1)
    c.line(40, 722, 572, 722)
    c.setFont("Helvetica", 7.5)
    c.drawString(40, 712, "777 North Harbor Drive, Suite 1200, Milwaukee, WI 53202   |   Loss Mitigation (800) 555-0144"
                          "   |   Fax (414) 555-0190")
    paragraphs(c, 40, 697, 532, [
        "Please answer every question, sign and date page 3, and return all three pages with the documents listed "
        "below. You may type, write clearly in ink, or fill in this form on your computer or phone and e-mail it to "
        "help@lakeshoreloan.example. We will use your answers to review you for every option your loan's investor "
        "allows."], font="Helvetica", size=8, leading=10, gap=0)
    ul(c, A, "loan_number", 40, 660, "Lakeshore loan number", 30, ("Helvetica-Bold", 9.5))
    lls_section(c, 636, 1, "BORROWER INFORMATION")
    ul(c, A, "b_name", 40, 612, "Borrower's name (first, middle, last)", 40)
    ul(c, A, "b_ssn", 432, 612, "Last 4 of SSN", 10)
    ul(c, A, "b_phone", 40, 590, "Phone", 26)
    ul(c, A, "b_email", 230, 590, "E-mail", 48)
    ul(c, A, "c_name", 40, 564, "Co-Borrower's name (first, middle, last)", 37)
    ul(c, A, "c_ssn", 432, 564, "Last 4 of SSN", 10)
    ul(c, A, "c_phone", 40, 542, "Phone", 26)
    ul(c, A, "c_email", 230, 542, "E-mail", 48)
    c.setFont("Helvetica", 8.5)
    c.drawString(40, 518, "Is any borrower on active military duty, the dependent of one, or the surviving spouse of a "
                          "service member?")
    square(c, A, "mil_yes", 470, 518, "Yes")
    square(c, A, "mil_no", 510, 518, "No")
    lls_section(c, 494, 2, "PROPERTY INFORMATION")
    ul(c, A, "street", 40, 470, "Property street address", 70)
    ul(c, A, "city", 40, 448, "City", 40)
    ul(c, A, "state", 280, 448, "State", 8)
    ul(c, A, "zip", 370, 448, "ZIP code", 16)
    ul(c, A, "mailing", 40, 426, "Mailing address, if different", 64)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(40, 402, "How do you use the property? (check one)")
    c.drawString(300, 402, "What would you like to do?")
    for i, (name, cap) in enumerate((("occ_primary_residence", "I live there - it is my primary residence"),
                                     ("occ_second_home", "Second home or vacation home"),
                                     ("occ_investment_property", "Rental or investment property"))):
        square(c, A, name, 52, 386 - 15 * i, cap)
    for i, (name, cap) in enumerate((("keep", "Keep the property"), ("sell", "Sell the property"),
                                     ("unsure", "Not sure yet"))):
        square(c, A, name, 312, 386 - 15 * i, cap)
    c.setFont("Helvetica", 8.5)
    c.drawString(40, 330, "Is the property listed for sale?")
    square(c, A, "listed_yes", 200, 330, "Yes")
    square(c, A, "listed_no", 240, 330, "No")
    c.setFont("Helvetica", 8.5)
    c.drawString(40, 310, "Do you pay homeowners' association or condominium dues?")
    square(c, A, "hoa_yes", 300, 310, "Yes")
    square(c, A, "hoa_no", 340, 310, "No")
    ul(c, A, "hoa_amt", 390, 310, "Monthly dues $", 12)
    ul(c, A, "liens", 40, 288, "Other mortgages or liens on the property (lender, balance)", 46)
    c.setLineWidth(0.6)
    c.rect(40, 96, 532, 170, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(48, 252, "WHAT TO SEND WITH THIS REQUEST")
    paragraphs(c, 48, 238, 514, [
        "-  Income: for wages, your most recent pay stub showing year-to-date earnings, or your two most recent bank "
        "statements showing the deposits. For benefits, pensions, child support and other income: an award letter "
        "or other paper showing the amount and how often it is paid, or your two most recent bank statements.",
        "-  Self-employment or rental income: also a signed IRS Form 4506-C.",
        "-  Hardship: a letter in your own words if you checked illness or disability or Other; a final divorce "
        "decree, separation agreement or recorded quitclaim deed for divorce or separation; a death certificate or "
        "obituary for a death; an offer letter or transfer notice for a relocation.",
        "-  Everything you send should be dated within the last 90 days. Keep copies of everything you send."],
        font="Helvetica", size=8, leading=10, gap=3)
    lls_footer(c, 1)


def lls_page2(c: Canvas, A: dict[str, Place]) -> None:
    lls_small_header(c, A, 2)
    lls_section(c, 708, 3, "HARDSHIP")
    ul(c, A, "start", 40, 686, "My hardship began on (mm/dd/yyyy)", 20)
    c.setFont("Helvetica", 9)
    c.drawString(310, 686, "It is expected to last:")
    square(c, A, "dur_short", 52, 668, "6 months or less")
    square(c, A, "dur_long", 160, 668, "More than 6 months, or permanent")
    end = square(c, A, "dur_resolved", 330, 668, "It is over; it ended on")
    ul(c, A, "resolved_on", end + 4, 668, "", 14)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(40, 646, "What caused your hardship? Check every reason that applies.")
    for i, (code, cap) in enumerate(LLS_REASONS):
        col, row = divmod(i, 5)
        x = 52 + col * 260
        y = 628 - 16 * row
        end = square(c, A, f"hs_{code}", x, y, cap, ("Helvetica", 8.3))
        if code == "other":
            ul(c, A, "other_text", end + 4, y, "", 32)
    ul(c, A, "explain1", 40, 540, "Tell us briefly what happened:", 78)
    ul(c, A, "explain2", 40, 522, "", 104)
    ul(c, A, "explain3", 40, 504, "", 104)
    lls_section(c, 480, 4, "MONTHLY HOUSEHOLD INCOME (before taxes)")
    c.setFont("Helvetica", 7.5)
    c.drawString(40, 465, "Enter monthly amounts. Leave a line blank if it does not apply. You do not have to list "
                          "alimony, child support or separate maintenance")
    c.drawString(40, 456, "unless you want us to consider it.")
    top = 446.0
    c.setLineWidth(0.6)
    c.setFillGray(0.9)
    c.rect(40, top - 16, 532, 16, stroke=1, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(46, top - 11, "SOURCE OF INCOME")
    c.drawCentredString(428, top - 11, "BORROWER")
    c.drawCentredString(524, top - 11, "CO-BORROWER")
    c.line(380, top - 16, 380, top)
    c.line(476, top - 16, 476, top)
    rows = [(f"{k + 1}.  {label}", str(k + 1)) for k, (label, _) in enumerate(LLS_INCOME)]
    rows.append(("TOTAL (add lines 1 through 9)", "T"))
    y = top - 16
    for label, key in rows:
        y -= 17
        c.rect(40, y, 340, 17, stroke=1, fill=0)
        c.setFont("Helvetica-Bold" if key == "T" else "Helvetica", 8)
        c.drawString(46, y + 5.5, label)
        for who, x in (("b", 380.0), ("c", 476.0)):
            c.rect(x, y, 96, 17, stroke=1, fill=0)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 4, y + 5.5, "$")
            A[f"{who}{key}"] = Place("cell", x, y, 96, 17)
    ul(c, A, "combined", 40, y - 20, "Combined monthly household income (Borrower total + Co-Borrower total)   $", 18,
       ("Helvetica-Bold", 8.5))
    lls_section(c, 218, 5, "ASSETS (do not include retirement accounts)")
    ul(c, A, "checking", 40, 196, "Checking accounts and cash   $", 16)
    ul(c, A, "savings", 300, 196, "Savings, money market, CDs   $", 16)
    ul(c, A, "other_assets", 40, 176, "Other assets (describe)", 30)
    ul(c, A, "other_assets_amt", 300, 176, "Value   $", 16)
    lls_footer(c, 2)


def lls_page3(c: Canvas, A: dict[str, Place]) -> None:
    lls_small_header(c, A, 3)
    lls_section(c, 708, 6, "CERTIFICATION AND AGREEMENT")
    y = paragraphs(c, 40, 688, 532, [
        "1.  I certify that all of the information in this Mortgage Assistance Request is truthful and that the "
        "hardship I described contributed to my need for mortgage relief. Knowingly submitting false information "
        "may violate Federal and state law.",
        "2.  I agree to provide Lakeshore Loan Servicing with all required documents and to respond in a timely "
        "manner to all requests for additional information.",
        "3.  I understand that Lakeshore is not obligated to offer me assistance based solely on the statements in "
        "this request, and that it will use this information to review me for the options my loan's investor allows.",
        "4.  I consent to Lakeshore or an authorized third party obtaining a current credit report for every "
        "borrower named on this request.",
        "5.  I consent to being contacted about this request at any telephone number, including a mobile number, or "
        "e-mail address I have provided.",
        "6.  If I am offered a trial period plan, repayment plan or forbearance plan, my first timely payment under "
        "the plan will serve as my acceptance of it."], font="Helvetica", size=8.5, leading=11, gap=5)
    ys = y - 40
    ul(c, A, "b_sig", 40, ys, "Borrower signature", 46)
    ul(c, A, "b_date", 380, ys, "Date", 22)
    ul(c, A, "b_print", 40, ys - 22, "Printed name", 50)
    ul(c, A, "c_sig", 40, ys - 70, "Co-Borrower signature", 43)
    ul(c, A, "c_date", 380, ys - 70, "Date", 22)
    ul(c, A, "c_print", 40, ys - 92, "Printed name", 50)
    c.setLineWidth(0.8)
    c.rect(40, 150, 532, 84, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(48, 220, "RETURN THIS REQUEST AND YOUR DOCUMENTS")
    paragraphs(c, 48, 206, 516, [
        "Mail: Lakeshore Loan Servicing, Attn: Loss Mitigation, PO Box 51277, Milwaukee, WI 53203.  Fax: "
        "(414) 555-0190 (put our barcode cover sheet on top).  E-mail: help@lakeshoreloan.example.",
        "We will acknowledge your request within five business days and tell you whether we need anything else. "
        "Free help from a HUD-approved housing counselor: (800) 569-4287."], font="Helvetica", size=8, leading=10,
        gap=3)
    c.setFillGray(0.92)
    c.rect(40, 70, 532, 40, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(48, 98, "FOR LAKESHORE USE ONLY")
    c.setFont("Helvetica", 7.5)
    c.drawString(48, 80, "Rec'd ______________   Ack. sent ______________   Analyst ______________   Batch ________")
    lls_footer(c, 3)


@dataclass
class Answers:
    lines: dict[str, str]
    boxes: set[str]
    cells: dict[str, str]
    b_sig: bool
    c_sig: bool


def lls_answers(app: App, how: str) -> Answers:
    """The borrower's answers as text, formatted the way this borrower writes them."""

    def date(d: dt.date) -> str:
        return f"{d.month}/{d.day}/{d.year}" if how == "fillsign" else mdy(d)

    def amount(v: float) -> str:
        return f"{v:.2f}" if how == "fillsign" and app.plain_amounts else money(v)

    lines = {"loan_number": app.loan, "loan_number_2": app.loan, "loan_number_3": app.loan, "b_name": app.borrower,
             "b_ssn": app.ssn[-4:], "b_phone": app.phone, "b_email": app.email, "street": app.street,
             "city": app.city, "state": app.state, "zip": app.zip, "start": date(app.start),
             "b_print": app.borrower}
    if app.co:
        lines.update(c_name=app.co, c_ssn=(app.co_ssn or "")[-4:], c_phone=app.co_phone, c_email=app.co_email,
                     c_print=app.co)
    if app.other_text:
        lines["other_text"] = app.other_text
    if app.resolved_on:
        lines["resolved_on"] = date(app.resolved_on)
    width = 88 if how == "fillsign" else 70
    words = app.explain.split()
    for k in (1, 2, 3):
        row = ""
        while words and len(f"{row} {words[0]}".strip()) <= (width - (22 if k == 1 else 0)):
            row = f"{row} {words.pop(0)}".strip()
        if row:
            lines[f"explain{k}"] = row
    if words:
        raise ValueError(f"explanation too long for the form: {app.explain}")
    if app.checking:
        lines["checking"] = amount(app.checking)
    if app.savings:
        lines["savings"] = amount(app.savings)
    if app.b_dates:
        lines["b_date"] = date(app.signed_on)
    if app.co and app.co_signs:
        lines["c_date"] = date(app.signed_on)
    boxes = {"mil_no", f"occ_{app.occupancy}", "keep", "listed_no", "hoa_no",
             {"short": "dur_short", "long": "dur_long"}.get(app.duration, "dur_resolved")}
    boxes |= {f"hs_{h}" for h in app.hardships}
    cells = {f"b{k}": amount(v) for k, v in app.b_income.items() if v > 0}
    cells |= {f"c{k}": amount(v) for k, v in app.c_income.items() if v > 0}
    cells["bT"] = amount(app.b_total)
    if app.c_income:
        cells["cT"] = amount(app.c_total)
    lines["combined"] = amount(app.total)
    lines = {k: v for k, v in lines.items() if v}
    if how == "caps":
        lines = {k: v.upper() for k, v in lines.items()}
    return Answers(lines, boxes, cells, app.b_signs, bool(app.co) and app.co_signs)


def crc(text: str) -> int:
    return sum((i + 1) * ord(ch) for i, ch in enumerate(text))


def fill_and_sign(c: Canvas, A: dict[str, Place], ans: Answers, app: App) -> None:
    """A PDF viewer's Fill & Sign tool: typed answers become page content, placed where the borrower clicked -
    above the underscores, over the end of the label, or centred in a cell; check marks are a tick glyph set
    beside the square; the signature is the picture of a drawn signature laid on the line; the date is typed."""
    tick_left = app.tick == "left"
    for name, text in ans.lines.items():
        if name not in A:
            continue
        p = A[name]
        rr = random.Random(app.seed * 1009 + crc(name))
        style = rr.choices(("above", "overlap", "on"), (0.45, 0.3, 0.25))[0]
        if style == "overlap" and (p.label_end <= 40 or p.w < 60):
            style = "above"
        if style == "above":
            x, y = p.x + rr.uniform(2, 12), p.y + rr.uniform(6.5, 9.5)
        elif style == "overlap":
            x, y = p.label_end - rr.uniform(3, 9), p.y + rr.uniform(0.5, 2.5)
        else:
            x, y = p.x + rr.uniform(1, 5), p.y + rr.uniform(1.5, 3)
        c.setFont("Helvetica", 10)
        c.setFillColor(black)
        c.drawString(x, y, text)
    for name, text in ans.cells.items():
        if name not in A:
            continue
        p = A[name]
        rr = random.Random(app.seed * 2003 + crc(name))
        c.setFont("Helvetica", 10)
        c.drawCentredString(p.x + p.w / 2 + rr.uniform(-4, 4), p.y + 5 + rr.uniform(-0.5, 1.5), text)
    c.setFont("AyCheck", 12)
    for name in sorted(ans.boxes):
        if name not in A:
            continue
        p = A[name]
        if tick_left:
            c.drawString(p.x - 11.5, p.y + 0.5, "✓")
        else:
            c.drawString(p.x + 6.5, p.y + 8.0, "✓")
    for who, signs in (("b", ans.b_sig), ("c", ans.c_sig)):
        if signs and f"{who}_sig" in A:
            p = A[f"{who}_sig"]
            rr = random.Random(app.seed * 31 + (who == "c"))
            img = signature_image(app.seed + (who == "c") * 17, 150)
            c.drawImage(ImageReader(img), p.x + rr.uniform(6, 22), p.y - rr.uniform(3, 6), width=150, height=26,
                        mask="auto")


def typewriter_marks(A: dict[str, Place], ans: Answers, app: App, page_places: set[str]) -> list[Mark]:
    """A typewriter on the printed form: answers on the underscores, an X struck in each square; the signature
    and the date beside it in pen."""
    marks: list[Mark] = []
    for name, text in ans.lines.items():
        if name not in page_places or name.endswith("_date"):
            continue
        p = A[name]
        marks.append(Mark("type", p.x + 3, p.y + 1.4, text, size=11, seed=app.seed * 101 + crc(name)))
    for name, text in ans.cells.items():
        if name in page_places:
            p = A[name]
            marks.append(Mark("type", p.x + 16, p.y + 5, text, size=11, seed=app.seed * 103 + crc(name)))
    for name in sorted(ans.boxes):
        if name in page_places:
            p = A[name]
            marks.append(Mark("type", p.x + 1.2, p.y + 1.6, "X", size=10, seed=app.seed * 107 + crc(name)))
    for who, signs in (("b", ans.b_sig), ("c", ans.c_sig)):
        if f"{who}_sig" in page_places and signs:
            p = A[f"{who}_sig"]
            marks.append(Mark("sig", p.x + 14, p.y - 1, w=160, seed=app.seed + (who == "c") * 17))
        if f"{who}_date" in page_places and f"{who}_date" in ans.lines:
            p = A[f"{who}_date"]
            marks.append(Mark("hand", p.x + 6, p.y + 1.5, ans.lines[f"{who}_date"], size=12,
                              seed=app.seed * 7 + (who == "c")))
    return marks


def lakeshore_request(app: App, how: str) -> Paper:
    """Lakeshore Loan Servicing's three-page "Mortgage Assistance Request" (a flat PDF, no form fields) as this
    borrower completed it: "fillsign" on screen, "typewriter" typed on the printed form, "caps" typed in capitals."""
    ans = lls_answers(app, how)

    def page_fn(draw: Callable[[Canvas, dict[str, Place]], None]) -> PageFn:
        def fn(c: Canvas) -> list[Mark]:
            places: dict[str, Place] = {}
            draw(c, places)
            if how == "fillsign":
                fill_and_sign(c, places, ans, app)
                return []
            return typewriter_marks(places, ans, app, set(places))
        return fn

    return Paper([page_fn(lls_page1), page_fn(lls_page2), page_fn(lls_page3)])


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_digital(app: App) -> tuple[bytes, list[str]]:
    """The real Form 710 typed through its AcroForm and signed on screen with drawn strokes over the signature
    line, the date typed into its field. Returns the bytes and every value typed into a field."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True, "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True}
    if app.resolved_on:
        values["Date_2"] = mdy(app.resolved_on)
    if app.checking:
        values["Number_10"] = money(app.checking)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        values[F710_INCOME[k]] = money(v)
    if app.b_dates:
        values["Date_3"] = mdy(app.signed_on)
    if app.co and app.co_signs:
        values["Date_4"] = mdy(app.signed_on)
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for page in writer.pages:
        widgets = {}
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            widgets[str(w.get("/T", ""))] = w
        texts = {}
        for name, value in values.items():
            if name not in widgets:
                continue
            w = widgets[name]
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
    if app.b_signs:
        draw_signature_vector(c, 152, 348, 180, app.seed)
    if app.co and app.co_signs:
        draw_signature_vector(c, 164, 310, 175, app.seed + 1)
    synth_line(c, y=3)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    for i, page in enumerate(writer.pages):
        if i == 3:
            page.merge_page(overlay)
        else:
            buf2 = io.BytesIO()
            c2 = Canvas(buf2, pagesize=letter, invariant=1)
            synth_line(c2, y=3)
            c2.showPage()
            c2.save()
            page.merge_page(PdfReader(io.BytesIO(buf2.getvalue())).pages[0])
    typed = [v for v in values.values() if isinstance(v, str)]
    return fixed_pypdf_bytes(writer, f"ay710{app.loan}"), typed


# --- packets ------------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    account: str | None = None
    benefit: str | None = None
    signed: bool = False
    shows_other_income: bool = False  # shows the amount and frequency of an "other" income (child support)
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False
    text: str = ""


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    seed: int
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    unlisted: dict[tuple[str, int], str] = field(default_factory=dict)  # (file, page) -> separator | cover

    def digital(self, rel: str, doc: Doc, paper: Paper | None = None, data: bytes | None = None,
                extra: Sequence[str] = ()) -> None:
        """A born-digital file holding one document."""
        if data is None:
            assert paper is not None
            data, marks = render_paper(paper)
            if any(marks):
                raise ValueError(f"{self.name}: {rel} is born-digital but carries ink")
        texts = pdf_texts(data)
        doc.pages = [(rel, i + 1) for i in range(len(texts))]
        doc.text = "\n".join([*texts, *extra])
        self.docs.append(doc)
        self.files[rel] = data

    def paper(self, rel: str, parts: Sequence[tuple[Doc | None, Paper, str]], style: Scan,
              header: Callable[[int, int], str] | None = None) -> None:
        """Papers printed (and inked), then scanned grey or faxed into one image-only file, in order."""
        sheets: list[Sheet] = []
        for doc, paper, role in parts:
            printed, texts = print_paper(paper, style.dpi, 0.12 if style.fax else 0.5)
            first = len(sheets) + 1
            if doc is not None:
                doc.pages = [(rel, first + i) for i in range(len(printed))]
                doc.scanned = True
                doc.text = "\n".join(texts)
                self.docs.append(doc)
            else:
                for i in range(len(printed)):
                    self.unlisted[(rel, first + i)] = role
            sheets.extend(printed)
        images = []
        for i, sheet in enumerate(sheets):
            if header is not None:
                sheet = fax_header(sheet, header(i + 1, len(sheets)), style.dpi)
            images.append(degrade(sheet.image, style, self.seed * 7919 + crc(rel) + i))
        self.files[rel] = scans_pdf(images, style)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date, strict: bool = True) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet. `strict=False` reads the two places the
    checklist leaves open the other way (the older of two statements need not be fresh; an `other` paper that
    shows the amount and frequency of an "other" income documents it); the packets are built so both agree."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    answers = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
               "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
               "income": app.income}
    out += [f"application_field:{k}" for k, v in answers.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and a is not b and fresh(b.date) and (fresh(a.date) or not strict)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts)
    stub = any(d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None for d in docs)

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    other_paper = not strict and any(d.shows_other_income and fresh(d.date) for d in docs)
    rules = {"wages": stub or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank or other_paper}
    out += [f"income_doc:{k}" for k in app.income if not rules[k]]
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    out += [f"hardship_doc:{h}" for h in app.hardships if h in need and not need[h] & types]
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


# --- the values of expected.json must be printed on the papers drawn ----------------------------------------------

FREQUENCY_WORDS = {"weekly": ("WEEKLY",), "biweekly": ("BI-WEEKLY", "BIWEEKLY"),
                   "semimonthly": ("SEMI-MONTHLY", "SEMIMONTHLY"), "monthly": ("MONTHLY",)}


def squash(text: str) -> str:
    return " ".join(text.upper().split())


def renderings(value: Any) -> list[str]:
    """The ways a value of expected.json may be printed."""
    if isinstance(value, float | int) and not isinstance(value, bool):
        return [money(float(value)), f"{float(value):.2f}"]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        d = dt.date.fromisoformat(value)
        return [value, mdy(d), f"{d.month}/{d.day}/{d.year}", long_date(d), d.strftime("%b %d, %Y"),
                d.strftime("%m-%d-%Y")]
    return [str(value)]


def verify_printed(p: Packet) -> list[str]:
    problems = []
    skip = {"monthly_gross", "benefit_type", "signed"}
    for d in p.docs:
        text = squash(d.text)
        for k, v in d.fields.items():
            if k in skip or v is None:
                continue
            options = FREQUENCY_WORDS[v] if k == "frequency" else renderings(v)
            if not any(squash(o) in text for o in options):
                problems.append(f"{p.name}: {d.type} {d.pages[0]} does not print {k}={v!r}")
    app_docs = [d for d in p.docs if d.type == "mortgage_assistance_application"]
    for d in app_docs:
        text = squash(d.text)
        a = p.app
        values: list[Any] = [a.loan, a.borrower, a.ssn[-4:], a.street, a.city, a.state, a.zip, a.start.isoformat(),
                             *a.b_income.values(), *a.c_income.values()]
        if a.form == "lakeshore":  # Form 710 prints no total: expected.json's total is then the sum of the lines
            values.append(a.total)
        if a.co:
            values.append(a.co)
        if a.b_dates:
            values.append(a.signed_on.isoformat())
        for v in values:
            if not any(squash(o) in text for o in renderings(v)):
                problems.append(f"{p.name}: the application does not print {v!r}")
    for d in p.docs:
        for ssn in filter(None, (p.app.ssn, p.app.co_ssn)):
            if ssn in d.text or ssn.replace("-", "") in d.text:
                problems.append(f"{p.name}: a full SSN is printed on {d.type}")
    return problems


def chains(p: Packet) -> list[str]:
    """Consecutive stubs of one job tell one history (year to date grows by the newer gross); consecutive statements
    of one account chain (the newer one begins with the older one's ending balance)."""
    out = []
    stubs = sorted((d.fields for d in p.docs if d.type == "pay_stub"), key=lambda f: f["pay_date"])
    for a, b in pairwise(stubs):
        nxt = dt.date.fromisoformat(a["period_end"]) + dt.timedelta(days=1)
        same = a["employee_name"] == b["employee_name"] and a["pay_date"][:4] == b["pay_date"][:4]
        if same and b["period_start"] == nxt.isoformat() and \
                abs(b["gross_ytd"] - a["gross_ytd"] - b["gross_current"]) > 0.005:
            out.append(f"{p.name}: year to date does not chain from {a['pay_date']} to {b['pay_date']}")
    stmts = sorted((d.fields for d in p.docs if d.type == "bank_statement"), key=lambda f: f["period_end"])
    for a, b in pairwise(stmts):
        if a["account_last4"] == b["account_last4"] and abs(a["ending_balance"] - b["beginning_balance"]) > 0.005:
            out.append(f"{p.name}: statements of {a['period_end']} and {b['period_end']} do not chain")
    return out


def margins(p: Packet) -> list[str]:
    """Income papers stay clear of the 90-day edge, so that counting the edge one way or the other changes nothing."""
    out = []
    for d in p.docs:
        if d.date is not None and d.type in ("pay_stub", "bank_statement", "benefit_award_letter", "other"):
            age = (p.received - d.date).days
            if age < 0 or abs(age - FRESH_DAYS) <= 5:
                out.append(f"{p.name}: {d.type} dated {d.date} is {age} days old at receipt")
    return out


GREY = Scan(dpi=300, tilt=0.3, blur=0.6, noise=0.0003, quality=50)
FAX = Scan(dpi=200, tilt=0.25, blur=0.35, noise=0.0008, fax=True)


def cs_deposits(support: Sequence[tuple[dt.date, float]], month: int) -> list[tuple[int, str, float]]:
    """The disbursement unit's child support deposits of a month, two business days after each receipt."""
    return [(business_day(d, 2).day, "BADGER ST SUPPORT DISB CS PMT", a) for d, a in support
            if business_day(d, 2).month == month]


def packet_ay1(seed: int) -> Packet:
    received = dt.date(2045, 3, 17)
    downloads = ((dt.date(2045, 2, 24), "02/24/2045 6:05 AM"), (dt.date(2045, 3, 10), "03/10/2045 7:42 AM"),
                 (dt.date(2045, 3, 10), "03/15/2045 9:18 PM"))  # the newest statement downloaded twice
    stubs = [tip_stub(f"ay1-{seed}-2217", "The Copper Pike Supper Club",
                      "W62 N590 Hillcrest Road, Cedarburg, WI 53012", "Brianna L. Kowalczyk",
                      ["1843 Tamarack Trail", "Grafton, WI 53024"], "CP-2217", "Server (tipped)", d, when)
             for d, when in downloads]
    wages = r2(round(stubs[1].monthly, -1))
    app = App("3307841526", "Brianna L. Kowalczyk", "957-42-3318", "(262) 555-0148", "bri.kowalczyk@example.net",
              "1843 Tamarack Trail", "Grafton", "WI", "53024", "primary_residence", ["reduction_in_income"],
              dt.date(2044, 12, 1), "short", {1: wages}, dt.date(2045, 3, 15), checking=412.00,
              explain="The supper club cut dinner service to four nights a week after the holidays, so I lost two "
                      "shifts a week and about a third of my tips.", tick="left", plain_amounts=True,
              seed=seed * 100 + 1)
    p = Packet("ay1", received, app, [], seed)
    folder = app.loan
    p.digital(f"{folder}/Mortgage Assistance Request - signed.pdf", app_doc(), lakeshore_request(app, "fillsign"))
    for s, name in zip(stubs, ("PayStatement_2045-02-24.pdf", "PayStatement_2045-03-10.pdf",
                               "PayStatement_2045-03-10 (1).pdf"), strict=True):
        p.digital(f"{folder}/{name}", stub_doc(s), s.paper)
    on = dt.date(2045, 3, 15)
    hl = hardship_letter([app.borrower], ["1843 Tamarack Trail", "Grafton, WI 53024"], app.loan, on, [
        "I am a server at The Copper Pike Supper Club in Cedarburg. After the holidays the owners closed the dining "
        "room on Mondays, Tuesdays and Wednesdays for the winter, and I went from five dinner shifts a week to three. "
        "Most of my pay is tips, so my income dropped by about a third.",
        "I paid what I could in January and February but I am now two payments behind. The owners expect to open "
        "five nights again in May. I would like a forbearance or a lower payment until then so I can keep my home.",
        "I attached my two most recent pay statements. One of them I downloaded twice by mistake."],
        ink=False, seed=seed, font="Helvetica")
    p.digital(f"{folder}/Hardship letter.pdf", letter_doc(hl), hl.paper)
    return p


def packet_ay2(seed: int) -> Packet:
    received = dt.date(2045, 4, 18)
    jobs = [("24-118", "MEQUON LIBRARY ADDN", "JR", 41.85), ("25-007", "OAK CREEK WWTP", "JR", 41.85)]
    paid = (dt.date(2045, 4, 6), dt.date(2045, 4, 13))
    stubs = [union_stub(f"ay2-{seed}-044", "Gregory A. Lindqvist", "963-18-4470", "KM-1044", d, jobs, paid)
             for d in paid]
    addr = ["2207 North Oakridge Drive", "West Bend, WI 53090"]
    app = App("0058213347", "Gregory A. Lindqvist", "963-18-4470", "(262) 555-0163", "glindqvist@example.com",
              "2207 North Oakridge Drive", "West Bend", "WI", "53090", "primary_residence", ["disability_or_illness"],
              dt.date(2044, 11, 10), "long", {1: r2(round(stubs[-1].monthly, -1))}, dt.date(2045, 4, 14),
              co="Renee M. Lindqvist", co_ssn="963-55-2109", co_phone="(262) 555-0164", co_email="",
              co_signs=False, savings=1250.00,
              explain="My wife Renee is in treatment for cancer and had to stop working in November. Her paycheck "
                      "is gone and her medical bills are high.", seed=seed * 100 + 2)
    p = Packet("ay2", received, app, ["application_signature"], seed)
    on = dt.date(2045, 4, 14)
    hl = hardship_letter([app.borrower], addr, app.loan, on, [
        "My wife Renee was diagnosed with breast cancer last November. She worked as a dental hygienist and had "
        "to stop working to start treatment. We lost her income, about $3,000 a month, and we have large "
        "out-of-pocket medical bills.",
        "I am a bricklayer. Work is slow every winter, and this year I was also taking days off to drive her to "
        "treatment. I am back to full weeks now, but we fell three payments behind.",
        "We want to keep our home. Please review us for a modification."], ink=True, seed=seed + 20)
    cover = fax_cover("Lakeshore Loan Servicing - Loss Mitigation", "(414) 555-0190", "Gregory Lindqvist",
                      "(262) 555-0163", received, 7, f"Loan {app.loan} - assistance request")
    p.paper("FAX_4145550190_20450418_104133.pdf", [
        (None, cover, "cover"), (app_doc(), lakeshore_request(app, "caps"), ""),
        (stub_doc(stubs[0]), stubs[0].paper, ""), (stub_doc(stubs[1]), stubs[1].paper, ""),
        (letter_doc(hl), hl.paper, "")], FAX,
        header=lambda i, n: f"04/18/2045 10:41  FROM: RIVERBEND PUB LIB 2625550117   TO: 4145550190   P.{i}/{n}")
    return p


def packet_ay3(seed: int) -> Packet:
    received = dt.date(2045, 5, 16)
    addr = ["510 Cottonwood Lane", "Fond du Lac, WI 54935"]
    pension = pension_letter("Harold E. Brandvold", addr, dt.date(2045, 4, 28), 1412.60, 95.00, dt.date(2041, 7, 1),
                             "BT-004417")
    stub = state_stub(f"ay3-{seed}-8826", "Wisconsin Department of Inland Waterways", "Janice K. Brandvold",
                      "00418826", "Program Assistant 3", "Winnebago Region Office", 49920.00, dt.date(2045, 4, 30))
    app = App("2164093378", "Harold E. Brandvold", "971-26-5583", "(920) 555-0151", "hbrandvold@example.net",
              "510 Cottonwood Lane", "Fond du Lac", "WI", "54935", "primary_residence",
              ["increase_in_housing_expenses", "other"], dt.date(2044, 9, 1), "long", {4: 1412.60},
              dt.date(2045, 5, 9), c_income={1: 4160.00}, co="Janice K. Brandvold", co_ssn="971-40-8816",
              co_phone="(920) 555-0152", co_email="jbrandvold@example.net", other_text="Raising our grandson",
              checking=860.00, savings=2300.00,
              explain="Our grandson came to live with us in September. Our insurance and taxes went up the same "
                      "month.", seed=seed * 100 + 3)
    p = Packet("ay3", received, app, [], seed)
    on = dt.date(2045, 5, 9)
    hl = hardship_letter([app.borrower, app.co or ""], addr, app.loan, on, [
        "Last September our daughter's son, who is six, came to live with us, and the county has made us his "
        "guardians. We are glad to have him, but his child care after school and his clothes and food cost us "
        "about $700 a month that we did not plan for.",
        "The same month our homeowners insurance renewed at a much higher premium after the hail storms, and our "
        "escrow payment went up by $186. Harold is retired on his pension and Janice works for the state.",
        "We have missed two payments. We are asking for a modification so that our payment fits our income."],
        ink=True, seed=seed + 30)
    p.paper("scan_batch_20450516_0731.pdf", [
        (None, barcode_sheet(app.loan), "separator"), (app_doc(), lakeshore_request(app, "typewriter"), ""),
        (letter_doc(pension), pension.paper, ""), (stub_doc(stub), stub.paper, ""), (letter_doc(hl), hl.paper, "")],
        GREY)
    return p


def packet_ay4(seed: int) -> Packet:
    received = dt.date(2045, 5, 23)
    stubs = [state_stub(f"ay4-{seed}-1937", "Wisconsin Historical Records Commission", "Denise R. Hallberg", "00311937",
                        "Archivist 2", "Oshkosh Records Center", 56160.00, d)
             for d in (dt.date(2045, 1, 15), dt.date(2045, 1, 31))]
    addr = ["88 Marquette Street Apt 2", "Oshkosh, WI 54901"]
    app = App("4471920035", "Denise R. Hallberg", "948-61-2297", "(920) 555-0139", "dhallberg@example.org",
              "88 Marquette Street Apt 2", "Oshkosh", "WI", "54901", "primary_residence", ["disaster"],
              dt.date(2045, 3, 19), "short", {1: 4680.00}, dt.date(2045, 5, 17), checking=390.00,
              explain="A storm flooded the basement on March 19. The furnace, water heater and washer had to be "
                      "replaced and insurance paid only part.", seed=seed * 100 + 4)
    p = Packet("ay4", received, app, ["income_doc:wages"], seed)
    on = dt.date(2045, 5, 17)
    hl = hardship_letter([app.borrower], addr, app.loan, on, [
        "On March 19 a storm flooded the basement of my duplex with more than a foot of water. The furnace, the "
        "water heater and the washer and dryer were ruined. My insurance covered the furnace only, and I paid "
        "almost $6,000 for the rest with a credit card and my savings.",
        "My job with the state has not changed, but the repairs used the money I keep for the mortgage and I "
        "missed the April and May payments. I am sending my pay stubs and ask for a repayment plan or a "
        "deferral."], ink=True, seed=seed + 40)
    folder = app.loan
    p.paper(f"{folder}/SCAN_0001.pdf", [(app_doc(), lakeshore_request(app, "typewriter"), "")], GREY)
    for i, s in enumerate(stubs):
        p.paper(f"{folder}/SCAN_{i + 2:04d}.pdf", [(stub_doc(s), s.paper, "")], GREY)
    p.paper(f"{folder}/SCAN_0004.pdf", [(letter_doc(hl), hl.paper, "")], GREY)
    return p


def packet_ay5(seed: int) -> Packet:
    received = dt.date(2045, 6, 13)
    jobs = [("25-019", "BAY VIEW SCHOOL REMODEL", "JR", 42.60), ("25-022", "PEWAUKEE MEDICAL OFFICE", "JR", 42.60)]
    stub = union_stub(f"ay5-{seed}-210", "Dominic R. Szymanski", "935-77-1042", "KM-2210", dt.date(2045, 6, 1), jobs)
    addr = ["3915 South 19th Street", "Milwaukee, WI 53221"]
    rr = random.Random(seed * 1000 + 5)
    support = [(business_day(dt.date(2045, m, d)), 306.00) for m in range(1, 6) for d in (6, 21)]
    history = support_history("Dominic R. Szymanski", "FA-43-0118734", "Kristen L. Szymanski", 612.00, support,
                              dt.datetime(2045, 6, 2, 10, 14), "1046")
    net = stub.fields["net_current"]
    payroll = "KETTLE MORAINE CONC PAYROLL DIR DEP"
    s1 = anchorpoint_statement(f"ay5-{seed}", ["Dominic R. Szymanski"], addr, "4417209388101046", 2045, 4,
                               r2(rr.uniform(380, 900)),
                               [*((d, payroll, r2(net * rr.uniform(0.8, 1.05))) for d in (6, 13, 20, 27)),
                                *cs_deposits(support, 4)])
    s2 = anchorpoint_statement(f"ay5-{seed}", ["Dominic R. Szymanski"], addr, "4417209388101046", 2045, 5,
                               s1.fields["ending_balance"],
                               [*((d, payroll, r2(net * rr.uniform(0.85, 1.05))) for d in (4, 11, 18, 25)),
                                *cs_deposits(support, 5)])
    app = App("1190367254", "Dominic R. Szymanski", "935-77-1042", "(414) 555-0129", "dszymanski@example.org",
              "3915 South 19th Street", "Milwaukee", "WI", "53221", "primary_residence", ["unemployment"],
              dt.date(2044, 12, 9), "resolved", {1: r2(round(stub.monthly, -1)), 8: 612.00}, dt.date(2045, 6, 5),
              checking=s2.fields["ending_balance"], resolved_on=dt.date(2045, 3, 3), form="710",
              seed=seed * 100 + 5)
    p = Packet("ay5", received, app, [], seed)
    folder = app.loan
    data, typed = form710_digital(app)
    p.digital(f"{folder}/Form 710 Szymanski.pdf", app_doc(), data=data, extra=typed)
    p.digital(f"{folder}/KMCM earnings 06-01-2045.pdf", stub_doc(stub), stub.paper)
    p.digital(f"{folder}/payment history.pdf",
              Doc("other", {}, dt.date(2045, 6, 2), shows_other_income=True), history)
    p.digital(f"{folder}/Statement_2045-04-30.pdf", stmt_doc(s1), s1.paper)
    p.digital(f"{folder}/Statement_2045-05-31.pdf", stmt_doc(s2), s2.paper)
    on = dt.date(2045, 6, 5)
    hl = hardship_letter([app.borrower], addr, app.loan, on, [
        "I am a union bricklayer. Our contractor laid off the whole crew on December 9 when the ground froze, and "
        "I was on unemployment until March 3, when I went back to work. Unemployment paid less than half of what I "
        "earn, and I fell four payments behind.",
        "I am working full weeks again and I receive child support for my two children. I can afford my regular "
        "payment now but not the past-due amount all at once. I ask for a modification or a deferral of the "
        "missed payments."], ink=False, seed=seed, font="Helvetica")
    p.digital(f"{folder}/letter to lakeshore.pdf", letter_doc(hl), hl.paper)
    return p


def packet_ay6(seed: int) -> Packet:
    received = dt.date(2045, 7, 11)
    addr = ["1207 Birch Hollow Court", "Ottercreek, WI 53093"]
    stub = state_stub(f"ay6-{seed}-2071", "Wisconsin Department of Inland Waterways", "Melissa J. Vandenberg",
                      "00522071", "Hydrologist - Senior", "Lake Michigan District", 71240.00, dt.date(2045, 6, 30))
    support = [(business_day(dt.date(2045, m, d)), 242.50) for m in range(1, 7) for d in (5, 20)]
    history = support_history("Melissa J. Vandenberg", "FA-44-0062291", "Craig T. Vandenberg", 485.00, support,
                              dt.datetime(2045, 7, 3, 19, 52), "8209")
    rr = random.Random(seed * 1000 + 6)
    net = stub.fields["net_current"]
    paydays = [pay for _, _, pay in semimonthly_periods(dt.date(2045, 6, 30))]
    statements: list[Statement] = []
    begin = r2(rr.uniform(600, 1400))
    for cycle_end in (dt.date(2045, 5, 15), dt.date(2045, 6, 15)):
        cycle_start = dt.date(2045, cycle_end.month - 1, 16)
        credits = [(d, "DEP WI DEPT INLAND WTRWYS PAYROLL", net) for d in paydays if cycle_start <= d <= cycle_end]
        credits += [(business_day(d, 2), "DEP BADGER ST SUPPORT DISB", a) for d, a in support
                    if cycle_start <= business_day(d, 2) <= cycle_end]
        st = ottercreek_statement(f"ay6-{seed}", "Melissa J. Vandenberg", addr, "0031-778209", cycle_end, begin,
                                  credits)
        statements.append(st)
        begin = st.fields["ending_balance"]
    s1, s2 = statements
    app = App("6603158842", "Melissa J. Vandenberg", "926-30-7741", "(262) 555-0177", "mvandenberg@example.com",
              "1207 Birch Hollow Court", "Ottercreek", "WI", "53093", "primary_residence", ["divorce_or_separation"],
              dt.date(2045, 2, 1), "long", {1: 5936.67, 8: 485.00}, dt.date(2045, 7, 5), checking=740.00,
              explain="My husband moved out in February and we are divorcing. I now pay the mortgage and the "
                      "household bills on my salary alone.", seed=seed * 100 + 6)
    p = Packet("ay6", received, app, ["hardship_doc:divorce_or_separation"], seed)
    on = dt.date(2045, 7, 5)
    hl = hardship_letter([app.borrower], addr, app.loan, on, [
        "My husband Craig moved out on February 1 and I filed for divorce in March. The court ordered temporary "
        "child support of $485 a month, which I receive through the state. The divorce should be final in "
        "September; I will send the judgment when I have it.",
        "Until February we paid the mortgage from both of our paychecks. Now I pay it and everything else on my "
        "salary, and I have fallen two payments behind. The house will be mine in the divorce and I want to keep "
        "it for my children. Please review me for a lower payment."], ink=True, seed=seed + 60)
    p.paper("Mailroom_20450711_0042.pdf", [
        (app_doc(), lakeshore_request(app, "typewriter"), ""), (stub_doc(stub), stub.paper, ""),
        (Doc("other", {}, dt.date(2045, 7, 3), shows_other_income=True), history, ""),
        (stmt_doc(s1), s1.paper, ""), (stmt_doc(s2), s2.paper, ""), (letter_doc(hl), hl.paper, "")], GREY)
    return p


def packet_ay7(seed: int) -> Packet:
    received = dt.date(2045, 8, 15)
    addr = ["N4471 Ledge Road", "Ottercreek, WI 53093"]
    rr = random.Random(seed * 1000 + 7)
    credits = [[(dt.date(2045, 6, 2), "ACH BADGER TANNERY RET PLAN", 1180.40),
                (dt.date(2045, 6, 3), "ACH SSA TREAS 310 XXSOC SEC", 1306.00)],
               [(dt.date(2045, 7, 1), "ACH BADGER TANNERY RET PLAN", 1180.40),
                (dt.date(2045, 7, 3), "ACH SSA TREAS 310 XXSOC SEC", 1306.00)]]
    s1 = ottercreek_statement(f"ay7-{seed}", "Walter F. Hoeppner", addr, "0027-104455", dt.date(2045, 6, 15),
                              r2(rr.uniform(900, 1600)), credits[0])
    s2 = ottercreek_statement(f"ay7-{seed}", "Walter F. Hoeppner", addr, "0027-104455", dt.date(2045, 7, 15),
                              s1.fields["ending_balance"], credits[1])
    app = App("7715032968", "Walter F. Hoeppner", "984-12-6630", "(262) 555-0174", "", "N4471 Ledge Road",
              "Ottercreek", "WI", "53093", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2045, 1, 1), "long", {4: 2486.40}, dt.date(2045, 8, 10), checking=s2.fields["ending_balance"],
              explain="Property taxes and homeowners insurance went up in January and my escrow payment rose by "
                      "$236 a month.", seed=seed * 100 + 7)
    p = Packet("ay7", received, app, [], seed)
    on = dt.date(2045, 8, 10)
    hl = hardship_letter([app.borrower], addr, app.loan, on, [
        "I am 74 and retired. My only income is my pension from the tannery and my Social Security, which both go "
        "into my account at Ottercreek Savings Bank. Since my wife died I live on one Social Security check.",
        "In January the town reassessed my property and my taxes went up, and my insurance company raised the "
        "premium after the spring storms. My escrow payment went up by $236 a month and I cannot keep up. I ask "
        "for a modification so that I can stay in my house."], ink=True, seed=seed + 70)
    p.paper("fax_20450815_093112.pdf", [
        (None, barcode_sheet(app.loan), "separator"), (app_doc(), lakeshore_request(app, "caps"), ""),
        (stmt_doc(s1), s1.paper, ""), (stmt_doc(s2), s2.paper, ""), (letter_doc(hl), hl.paper, "")], FAX,
        header=lambda i, n: f"AUG-15-2045 09:31  FROM: HOEPPNER W  2625550174   TO: 14145550190   P.{i:02d}")
    return p


def packet_ay8(seed: int) -> Packet:
    received = dt.date(2045, 9, 19)
    addr = ["64 Harbor View Road", "Port Washington, WI 53074"]
    stub = tip_stub(f"ay8-{seed}-3902", "Lakeview Tap & Grill", "410 Franklin Street, Port Washington, WI 53074",
                    "Nicole A. Fairbanks", addr, "LT-3902", "Bartender (tipped)", dt.date(2045, 9, 8),
                    "09/11/2045 11:26 PM", hours=(58, 70), charged=(520, 900), cash=(220, 420))
    rr = random.Random(seed * 1000 + 8)
    net = stub.fields["net_current"]
    s1 = anchorpoint_statement(f"ay8-{seed}", ["Nicole A. Fairbanks", "Raymond L. Fairbanks"], addr,
                               "6120448713350921", 2045, 8, r2(rr.uniform(300, 800)),
                               [(1, "NORTHLAKE BENEFIT ADM PENSION", 1655.00),
                                (4, "TIPLEDGER PAYROLL LAKEVIEW TAP", r2(net * 0.93)),
                                (18, "TIPLEDGER PAYROLL LAKEVIEW TAP", r2(net * 1.05)),
                                (12, "MOBILE DEPOSIT", 140.00)])
    app = App("5029487713", "Nicole A. Fairbanks", "919-84-3025", "(262) 555-0193", "nicole.fairbanks@example.com",
              "64 Harbor View Road", "Port Washington", "WI", "53074", "primary_residence", ["reduction_in_income"],
              dt.date(2045, 6, 1), "short", {1: r2(round(stub.monthly, -1))}, dt.date(2045, 9, 12),
              c_income={4: 1655.00}, co="Raymond L. Fairbanks", co_ssn="919-62-7718", co_phone="(262) 555-0194",
              co_email="rfairbanks@example.com", checking=s1.fields["ending_balance"],
              explain="Road construction closed Franklin Street all summer and the bar lost most of its business. "
                      "My hours and tips fell by half.", tick="corner", seed=seed * 100 + 8)
    p = Packet("ay8", received, app, ["income_doc:benefits_taxable"], seed)
    loan = app.loan
    p.digital(f"{loan} assistance request.pdf", app_doc(), lakeshore_request(app, "fillsign"))
    p.digital(f"{loan} paystub.pdf", stub_doc(stub), stub.paper)
    p.digital(f"{loan} August statement.pdf", stmt_doc(s1), s1.paper)
    on = dt.date(2045, 9, 12)
    hl = hardship_letter([app.borrower, app.co or ""], addr, loan, on, [
        "I tend bar at the Lakeview Tap & Grill on Franklin Street. From June 1 until Labor Day the city rebuilt "
        "the street and closed it to traffic, and the bar lost most of its customers. My hours were cut and my "
        "tips fell by half.",
        "My husband Raymond is retired and receives a pension from his old employer, which did not change. The "
        "street is open again and business is coming back, but we are three payments behind. We ask for a "
        "short forbearance or a repayment plan."], ink=False, seed=seed, font="Helvetica")
    p.digital(f"{loan} letter.pdf", letter_doc(hl), hl.paper)
    return p


PACKETS: list[Callable[[int], Packet]] = [packet_ay1, packet_ay2, packet_ay3, packet_ay4, packet_ay5, packet_ay6,
                                          packet_ay7, packet_ay8]
BUILT: dict[str, Packet] = {}


# --- checks and main ---------------------------------------------------------------------------------------------


def decode_page(path: Path, index: int) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    try:
        img = doc[index].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()
    return [r.text for r in zxingcpp.read_barcodes(img)]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, fields, dates, sums, pages, scanned, and that
    every page left out of the documents is a separator sheet reading LOAN <loan> or a fax cover sheet."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in FIELD_CODES}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    app_keys = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
                "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        if not re.fullmatch(r"\d{6,15}", exp["loan_number"]):
            problems.append(f"{name}: loan number {exp['loan_number']}")
        dt.date.fromisoformat(exp["received_on"])
        if exp["status"] not in ("complete", "incomplete") or (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if set(app) != app_keys:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: application loan number")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"} or "total" not in app["income"]:
            problems.append(f"{name}: bad income codes")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income lines do not add up to the total")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None:
                dt.date.fromisoformat(app[k])
        if app["signed"] != (app["signed_on"] is not None):
            problems.append(f"{name}: signed and signed_on disagree")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            want = FIELDS_BY_TYPE.get(doc["type"], set())
            if doc["type"] in ("pay_stub", "bank_statement", "benefit_award_letter") and set(doc["fields"]) != want:
                problems.append(f"{name}: fields of {doc['type']}: {sorted(doc['fields'])}")
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
                if not 1 <= pg["page"] <= len(reader.pages):
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
                if f["frequency"] not in PERIODS:
                    problems.append(f"{name}: frequency {f['frequency']}")
                    continue
                if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: year to date below the current gross {f}")
                if not f["period_start"] <= f["period_end"] <= f["pay_date"]:
                    problems.append(f"{name}: pay stub dates out of order {f}")
        for path in sorted((exp_path.parent / "inbox").rglob("*")):
            if not path.is_file():
                continue
            rel = path.relative_to(exp_path.parent / "inbox").as_posix()
            reader = readers.setdefault(rel, PdfReader(path))
            for i in range(len(reader.pages)):
                if (rel, i + 1) in seen:
                    continue
                codes = decode_page(path, i)
                if f"LOAN {exp['loan_number']}" in codes:
                    continue
                built = BUILT.get(name)
                role = built.unlisted.get((rel, i + 1)) if built else None
                if role == "cover" or (built is None and i == 0):
                    continue
                problems.append(f"{name}: page {rel}#{i + 1} is neither listed nor a separator ({codes})")
            if path.stat().st_size > 3_000_000:
                problems.append(f"{name}: {rel} is {path.stat().st_size} bytes")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ay1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        BUILT[name] = p
        exp = expected_of(p)
        lenient = missing_codes(p.app, p.docs, p.received, strict=False)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        if lenient != exp["missing"]:
            problems.append(f"{name}: the open readings of the checklist disagree: {exp['missing']} vs {lenient}")
        problems += verify_printed(p) + margins(p) + chains(p)
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
