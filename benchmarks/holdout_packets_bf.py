"""A holdout set of borrower packets (bf1..bf8): DISASTER, DEATH AND HOUSEHOLD CHANGE, every paper FAXED at
STANDARD RESOLUTION. Laid out unlike the shared samples and unlike the earlier sets (a, b .. z, aa .. bc, of which
only some module docstrings were read), written without looking at the service's code, rules, data files or tests,
to estimate honestly how it reads borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_bf.py OUT_DIR [--seed N] [--check] [--only bf1 bf5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`. Received dates are weekdays in 2046. Every file is the same bytes
for a seed (reportlab invariant mode, seeded noise, fixed PDF identifiers). All people, employers, banks, agencies'
case numbers and servicers are fictional; SSNs use the 900-999 area; every page carries a faint "synthetic test
document" line (it mostly dissolves in the fax dither).

THE FAX LINE. Every page of the set went through a G3 fax at STANDARD resolution: the sheet (printed, then signed
and dated in pen) is read at 204 dots an inch across and 98 lines an inch down, 1728 dots a line. The sending
machine shrinks the page a little (95.5%) under its HEADER LINE, printed in a bold fixed-pitch face across the top of
every page: "MAR-07-2046 09:14  FROM: HARLOW PUBLIC LIBRARY   5415550134   TO: 15415550142   P. 02/07" (date and
time, the station name programmed into the machine, its number, the servicer's fax number, page n of the
transmission, the cover sheet counted). The page is tilted a fraction of a degree, sensor noise is added, the machine's
contrast applied, and it is made BILEVEL with Floyd-Steinberg error diffusion, so grey bands, shaded headers, seals and
check backgrounds become DITHERED DOT PATTERNS and text edges turn ragged; four to seven SCAN LINES a page are
DROPPED (a white line) or repeated; in bf3, bf5 (second fax) and bf7 a dirty glass left a thin intermittent
VERTICAL STREAK down every page, crossing the text. The fax server stores each page as a CCITT G4 image with no text
layer in one of two ways: NON-SQUARE pixels, 1728 x 1078 at 204 x 98 dpi (bf1, bf2, bf3, bf7), or STRETCHED - every
scan line doubled to 1728 x 2156, near-square pixels at 204 x 196 dpi (bf4, bf5, bf6, bf8). Either way the PDF page
is 8.47 x 11 inches. All documents are therefore `scanned: true`.

THE SERVICER. Lanyard Credit Union Mortgage Services, LLC (PO Box 7150, Bend, OR 97708; fax (541) 555-0142), a
credit union service organization that SUBSERVICES home loans for member credit unions in Oregon (Willamette Mill
Workers Credit Union, High Desert Community Credit Union, Marrow Creek Teachers Credit Union, Cascade Timberline
FCU - the lender's name appears on the short form; it is not the servicer).

APPLICATIONS.
- Lanyard's ONE-PAGE "LOSS MITIGATION APPLICATION - SHORT FORM" (Form LCU-LM1, rev. 01/2046): a black disc "LCU"
  mark, the name in bold capitals, the address / phone / fax line, the title in large bold capitals, the form number
  at the right, a heavy rule and a one-line instruction. Then the page is PACKED IN TWO COLUMNS of government-style
  UNDERLINE FIELDS: the answer TYPED ON THE LINE (Courier bold) and the field's LABEL PRINTED SMALL UNDER THE LINE.
  Sections are black bands with white capitals. Left column: SECTION A - LOAN AND BORROWERS (Loan number | Credit
  union that made the loan; Borrower - full name (first, middle, last) | SSN - last 4 digits; Borrower phone |
  Borrower e-mail; Co-borrower - full name (leave blank if none) | SSN - last 4 digits; Co-borrower phone | Military
  question answered "NO"); SECTION B - PROPERTY (Property address - number and street (unit); City | State | ZIP
  code; Mailing address, if different (blank); "B5 The property is:" three boxes Primary residence / Second home /
  Investment / rental; "B6 I want to:"; "B7 For sale?" and "HOA dues?" boxes); SECTION C - HARDSHIP (Date hardship
  began (mm/dd/yyyy) on an underline; "Expected to last:" 6 mo. or less / Longer / Over; "C3 Cause of hardship -
  mark every one that applies:" TEN BOXES in one list, in Lanyard's words: Unemployment / job loss; Reduced income or
  hours; Higher housing costs (taxes, insurance, repairs); Disaster (flood, fire, storm) - home or workplace;
  Disability or serious illness; Divorce or legal separation; Separation of unmarried co-borrowers; Death of a
  borrower or wage earner; Distant job transfer / relocation; Other (explain below) - in checklist order, so each maps
  to its code; "C4 Tell us briefly what happened" on two lines). Right column: SECTION D - MONTHLY GROSS INCOME (before
  taxes), NINE NUMBERED LINES D1..D9 each "$ ____" with the amount typed on the line (blank when none), and a heavy
  rule before "D10 TOTAL MONTHLY INCOME (D1 through D9)"; SECTION E - ASSETS (three underline fields); SECTION F -
  CERTIFICATION AND SIGNATURES (a 6-point paragraph, then "Borrower signature" | "Date (mm/dd/yyyy)" and "Co-borrower
  signature" | "Date (mm/dd/yyyy)" underlines, signed in pen with the date written by hand), a grey FOR SERVICER USE
  box, and the HUD / CFPB line and "Form LCU-LM1 ... Page 1 of 1" in the foot. Typed on a computer, printed, signed
  in ink and faxed (bf1, bf3, bf5, bf7).
  How its income maps to expected.json: D1 -> wages; D2 -> self_employment; D3 -> unemployment; D4 "Social Security,
  pension or disability (taxable)" AND D5 "Survivor or death benefits (SS survivor, survivor annuity)" -> both
  benefits_taxable (summed: bf3 lists the county survivor annuity 1,126.40 on D4 and the widow's benefit 1,842.00 on
  D5, so benefits_taxable = 2,968.40); D6 -> benefits_nontaxable; D7 -> rental; D8 "Child support, alimony" and D9
  "Other income" -> other (summed); `total` = D10 as printed (the sum of the lines). A wages line covers both spouses
  (bf1, bf5: the two stubs' monthly gross added).
- The real Fannie Mae / Freddie Mac Form 710 (April 2023), typed through its AcroForm, printed, signed and dated in pen
  on page 4 and faxed (bf2, bf4, bf6, bf8). Wages on the wages line, Social Security and pensions together on the
  taxable line (bf6: 1,690.00 + 1,204.55 = 2,894.55), child support on "Other sources of income" (bf4). Form 710
  prints no total: `total` is the sum of its lines. No Form 710 in the set names a co-borrower.
`signed` is true when the borrower's signature and the date beside it are both there; `co_borrower_signed` is null
when no co-borrower is named.

PAPERS (expected fields as in shared/samples/README.md; money to the cent, dates ISO).
- Harvest Basket Markets' bi-weekly EARNINGS STATEMENT (a grocery chain; "HB" disc and the name, the legal name
  "Harvest Basket Markets, Inc." in the payroll line under it - that is `employer`): associate / ID / store /
  department beside pay period (Sunday to Saturday, two weeks) / check date (the Friday after) / "Bi-Weekly" / base
  rate; EARNINGS (Regular, Sunday premium, Overtime 1.5x; hours, rate, current, year to date) and GROSS PAY; TAXES AND
  DEDUCTIONS (federal, Social Security, Medicare, Oregon, transit tax, Paid Leave Oregon, medical plan, UFCW dues); a
  GROSS PAY | DEDUCTIONS | NET PAY strip with Current and YTD. Hours vary by check; the year to date is the sum of the
  year's checks. (bf1, bf2 - stale -, bf5, bf8.)
- Marrow Creek County's semi-monthly EMPLOYEE PAY ADVICE (a county seal, "MARROW CREEK COUNTY" - the employer -,
  Finance Department - Central Payroll): a caption grid (employee, number, pay date; position, department, pay period
  1st-15th paid on the 20th or 16th-end paid on the 5th, moved back to Friday at a weekend; annual salary at 1.0 FTE,
  FTE, "Semi-monthly (24)"); navy-headed EARNINGS, PRE-TAX (PERS/OPSRP 6%, health), AFTER-TAX (union) and TAXES panels
  with Current / YTD; a LEAVE BALANCES panel; a five-cell Gross / Pre-tax / Taxes / After-tax / NET PAY summary.
  gross = salary x FTE / 24 (bf5's co-borrower works 0.60 FTE since November 2045, so her year to date is consistent).
  (bf1, bf4, bf5, bf7.)
- Juniper Valley Bank's two-page checking statement: page 1 the summary and a register DATE | DESCRIPTION |
  WITHDRAWALS | DEPOSITS | BALANCE with a RUNNING BALANCE on every line, beginning and ending balance rows; page 2
  "CHECK IMAGES", the fronts of the paid checks (grey background, payee, amount and date in hand, the amount in
  words, signature, MICR line) with "Check n  Paid mm/dd/yyyy  Amount" under each; "Page n of 2". Calendar months.
  (bf2 one statement; bf4 July and August.)
- Clearwater Community Credit Union's one-page MEMBER STATEMENT for the 16th to the 15th: a grey four-cell band
  Previous balance (= beginning_balance) / Deposits + dividends / Withdrawals / New balance (= ending_balance), then
  DEPOSITS AND OTHER CREDITS and WITHDRAWALS AND OTHER DEBITS listed apart (no running balance). account_last4 is the
  checking share's "Account ending" number. (bf6 one statement; bf7 two consecutive.)
- Letters: FEMA's Individuals and Households Program "Notice of Decision - Eligible" (other), Cascade Hearth Mutual's
  NFIP flood claim payment letter (other), the county sheriff's LEVEL 3 evacuation verification (other), Social
  Security's "Notice of Award" for widow's (bf3) and mother's (bf8) benefits (benefit_award_letter, benefits_taxable,
  monthly_amount = the amount before deductions, no Medicare deduction), the county retirement plan's survivor annuity
  letter (bf3) and a timber workers' pension trust's 2046 benefit letter (bf6, dated January - stale)
  (benefit_award_letter, benefits_taxable), the county HR's parental leave and reduced schedule approval (other), a
  funeral home's STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED (other - it is neither a death certificate nor an
  obituary), a State of Oregon CERTIFICATE OF DEATH, certified copy with a dithered seal (death_certificate), a
  two-page GENERAL JUDGMENT OF DISSOLUTION OF MARRIAGE on numbered pleading paper, "IT IS ORDERED AND DECREED", child
  support 650.00 a month (divorce_decree), typed hardship letters signed in ink (bf1, bf7, bf8) and one HAND-WRITTEN
  hardship letter on ruled notepaper in a slanted cursive-like hand with a wavering baseline (bf3) - letter_date is
  the date written at its top. Fax cover sheets (a black "FAX" band, To / Fax / From / Date / Pages / Re, comments)
  are not documents and are not listed.

PACKETS AND DELIVERIES (page splitting matters: most packets are ONE combined fax).
- bf1 FLOOD (short form, both spouses): ONE fax behind a public library's cover sheet - application, his grocery
  stub, her county advice, FEMA's decision, the flood claim letter, their letter (7 pages). COMPLETE: fresh stubs with
  year-to-date pay; a disaster needs no papers.
- bf2 WILDFIRE (Form 710; disaster and higher housing costs): a folder named after the loan holding FOUR faxes from
  the apartment office, one paper each - Form 710, a grocery stub paid 07/20/2046 BEFORE the fire, ONE Juniper Valley
  statement (October, with its check images), the evacuation letter. INCOMPLETE: income_doc:wages (the only stub is
  116 days old and one statement is not two).
- bf3 DEATH OF THE CO-BORROWER (short form by the surviving wife alone; the co-borrower line is blank): ONE fax, no
  cover - application, death certificate, Social Security widow's award, survivor annuity letter, her hand-written
  letter. COMPLETE.
- bf4 DIVORCE (Form 710; wages and child support on "other"): ONE fax behind her cover sheet, stretched - Form 710,
  the two-page judgment, July and August Juniper Valley statements (payroll and "OR CSP CHILD SUPPORT PMT" deposits,
  check images), her county advice (12 pages). COMPLETE: the stub covers wages, the two consecutive fresh statements
  cover wages and the child support, the decree covers the divorce.
- bf5 NEW BABY, REDUCED HOURS (short form, both spouses): TWO faxes from his store, "LN<loan>_fax1.pdf" (cover and
  application) and "LN<loan>_fax2.pdf" (his stub, her 0.60 FTE county advice, the leave approval). INCOMPLETE:
  application_signature - he signed but left his date line empty (she signed and dated).
- bf6 FLOOD, A RETIREE (Form 710; Social Security and pension on the taxable line): four faxes from a parish office
  named "<loan>_1.pdf" .. "<loan>_4.pdf" - Form 710, the pension letter of 01/12/2046, ONE Clearwater statement
  (04/16-05/15) and the flood claim letter. INCOMPLETE: income_doc:benefits_taxable (the letter is 147 days old and
  one statement is not two).
- bf7 WILDFIRE (short form: his county wages, her unemployment benefits after the lodge burned; disaster and
  unemployment): ONE fax behind a relief center's cover sheet - application, his county advice, two consecutive
  Clearwater statements, the evacuation letter, their letter. COMPLETE: unemployment income needs no papers.
- bf8 DEATH OF THE HUSBAND, not a borrower (Form 710; her wages and mother's benefits): ONE fax, no cover, stretched -
  Form 710, her grocery stub, the Social Security award, the funeral home's statement, her letter. INCOMPLETE:
  hardship_doc:death (no death certificate, no obituary).
So four complete (bf1, bf3, bf4, bf7) and four incomplete for four different reasons.

Expected status and missing codes are not typed by hand: `missing_codes` applies shared/spec/checklist.md to the
papers drawn into each packet (received date as the evaluation date; 90-day freshness by pay date, period end or
letter date; two statements = consecutive periods of one account; award letters by income code; hardship papers by
type; signatures and dates of every named borrower; required answers; 4506-C for self-employment or rental), and
reports any place where a reasonable reading of the checklist could differ (the packets are built to have none).
`--check` validates every expected.json: keys, codes, application answers, income total, document ids, that every
listed page exists in its PDF and every page of a PDF is listed except a fax cover sheet in front, that no page has a
text layer, pay stub arithmetic, no date after the received date, and it DERIVES THE MISSING CODES AGAIN from
expected.json alone (a second implementation of the checklist) and compares them; it exits non-zero on any problem.
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

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
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
DATE_HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
CURSIVE_FONT = FONT_DIR / "liberation2/LiberationSerif-Italic.ttf"
FAX_HEADER_FONT = FONT_DIR / "dejavu/DejaVuSansMono-Bold.ttf"
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

SERVICER = "Lanyard Credit Union Mortgage Services, LLC"
SERVICER_SHORT = "Lanyard CU Mortgage Services"
SERVICER_ADDR = "PO Box 7150, Bend, OR 97708"
SERVICER_FAX = "(541) 555-0142"
SERVICER_FAX_DIGITS = "15415550142"
SERVICER_PHONE = "(541) 555-0140"


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
    """Something added by hand on paper: a signature ("sig"), a hand-written date ("hand") or a line of a
    hand-written letter ("cursive"). x, y: PDF points from the page's bottom-left (the baseline's left end)."""

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
    """One logical document: its pages (draw functions returning the ink to add by hand)."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


def synth_line(c: Canvas, size: tuple[float, float] = letter) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.6)
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
    strokes.append([(w * 0.1, h * 0.05), (min(x, w) * 0.95, h * 0.12)])
    return strokes


def _font_px(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    """Pen ink on a rendered sheet (grey image at `scale` pixels a point)."""
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.4 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=25, width=width, joint="curve")
        elif m.kind == "hand":
            rng = random.Random(m.seed)
            font = _font_px(DATE_HAND_FONT, round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.9, 0.9) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=30, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.1)
        else:  # a line of a hand-written letter: a slanted italic hand with a wavering baseline
            rng = random.Random(m.seed)
            px = round(m.size * scale)
            font = _font_px(CURSIVE_FONT, px)
            tw = int(font.getlength(m.text) * 1.15) + 4 * px
            tile = Image.new("L", (tw, px * 2), 255)
            td = ImageDraw.Draw(tile)
            x = 2.0 * px
            phase = rng.uniform(0, 6.3)
            for i, ch in enumerate(m.text):
                dy = math.sin(phase + i * 0.35) * 0.06 * px + rng.uniform(-0.05, 0.05) * px
                td.text((x, px * 1.45 + dy), ch, fill=35, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.98, 1.12)
            shear = 0.26
            tile = tile.transform(tile.size, Image.Transform.AFFINE, (1, shear, -shear * px * 1.45, 0, 1, 0),
                                  resample=Image.Resampling.BILINEAR, fillcolor=255)
            left = round(m.x * scale - 2 * px)
            top = round((page_h - m.y) * scale - px * 1.45)
            region = img.crop((left, top, left + tile.size[0], top + tile.size[1]))
            img.paste(Image.fromarray(np.minimum(np.asarray(region), np.asarray(tile))), (left, top))


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


def paper_pdf(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """The printed paper (before ink) and the ink marks of each page."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    marks: list[list[Mark]] = []
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.metadata = None
    writer.add_metadata({"/Producer": "holdout_packets_bf"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- the fax line -------------------------------------------------------------------------------------------

FAX_X_DPI = 204
FAX_Y_DPI = 98
FAX_WIDTH = 1728  # 8.47 inches at 204 dots an inch, the width of a G3 fax line


@dataclass(frozen=True)
class Fax:
    """One transmission: the sending machine's header line and how the receiving server stored it."""

    sender: str  # as programmed in the sending machine
    sender_phone: str
    sent: dt.datetime
    stretched: bool = False  # True: each scan line doubled to square pixels (204 x 196); False: 204 x 98 stored
    tilt: float = 0.25
    drops: int = 5  # dropped scan lines per page
    streak: bool = False  # a dirty glass: a thin vertical streak down the pages
    seed: int = 1


def render_pdf(pdf: bytes, dpi: float) -> list[tuple[Image.Image, float]]:
    """Each page as a grey image at dpi, with the page's height in points (forms drawn)."""
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
class Sheet:
    """A printed sheet with its ink, square pixels at FAX_X_DPI, ready for the fax machine."""

    image: Image.Image


def sheets_of(pdf: bytes, marks: Sequence[Sequence[Mark]]) -> list[Sheet]:
    out = []
    for i, (img, page_h) in enumerate(render_pdf(pdf, FAX_X_DPI)):
        ink_on_image(img, marks[i] if i < len(marks) else [], FAX_X_DPI / 72, page_h)
        out.append(Sheet(img))
    return out


def paper_sheets(paper: Paper) -> list[Sheet]:
    pdf, marks = paper_pdf(paper)
    return sheets_of(pdf, marks)


def fax_header_text(fax: Fax, page: int, pages: int) -> str:
    stamp = fax.sent.strftime("%b-%d-%Y %H:%M").upper()
    return f"{stamp}  FROM: {fax.sender.upper():<28.28} {fax.sender_phone}   TO: {SERVICER_FAX_DIGITS}   " \
           f"P. {page:02d}/{pages:02d}"


def fax_page(sheet: Sheet, fax: Fax, page: int, pages: int) -> Image.Image:
    """What the receiving fax server stores for one sheet: 204 x 98 dpi, bilevel, dithered greys, the sending
    machine's header line at the top, a few dropped scan lines, maybe a streak."""
    rng = random.Random(fax.seed * 1009 + page)
    src = sheet.image
    full_h = round(11 * FAX_X_DPI)
    canvas_img = Image.new("L", (FAX_WIDTH, full_h), 255)
    shrink = 0.955
    small = src.resize((round(src.size[0] * shrink), round(src.size[1] * shrink)), Image.Resampling.LANCZOS)
    tilt = fax.tilt * rng.uniform(-1, 1)
    small = small.rotate(tilt, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    top = round(0.2 * FAX_X_DPI)
    canvas_img.paste(small, ((FAX_WIDTH - small.size[0]) // 2, top))
    draw = ImageDraw.Draw(canvas_img)
    font = _font_px(FAX_HEADER_FONT, 26)
    draw.text((46, 14), fax_header_text(fax, page, pages), fill=0, font=font)
    img = canvas_img.resize((FAX_WIDTH, round(11 * FAX_Y_DPI)), Image.Resampling.BOX)
    arr = np.asarray(img).astype(np.float32)
    arr = arr + np.random.default_rng(fax.seed * 7919 + page).normal(0, 5, arr.shape)  # sensor noise
    arr = np.clip((arr - 40.0) * 255.0 / 190.0, 0, 255).astype(np.uint8)  # the machine's contrast
    bw = Image.fromarray(arr, "L").convert("1")  # Floyd-Steinberg: greys become dot patterns
    bits = np.asarray(bw.convert("L")).copy()
    ht = bits.shape[0]
    for _ in range(fax.drops):
        y = rng.randrange(40, ht - 10)
        if rng.random() < 0.6:
            bits[y, :] = 255  # a dropped line: white
        else:
            bits[y, :] = bits[y - 1, :]  # a repeated line
    if fax.streak:
        x = 300 + (fax.seed * 37) % 1100
        for y in range(ht):
            if (y // 23 + fax.seed) % 5:
                bits[y, x] = 0
    specks = np.random.default_rng(fax.seed * 31 + page).random(bits.shape) < 0.00025
    bits[specks] = 0
    out = Image.fromarray(bits, "L").convert("1", dither=Image.Dither.NONE)
    if fax.stretched:
        out = out.resize((FAX_WIDTH, out.size[1] * 2), Image.Resampling.NEAREST)
    return out


def fax_pdf(sheets: Sequence[Sheet], fax: Fax, tag: str) -> bytes:
    """The fax server's file: one CCITT G4 bilevel image a page, no text layer."""
    pages = len(sheets)
    dpi = (FAX_X_DPI, FAX_Y_DPI * 2) if fax.stretched else (FAX_X_DPI, FAX_Y_DPI)
    writer = PdfWriter()
    for i, sheet in enumerate(sheets, 1):
        img = fax_page(sheet, fax, i, pages)
        buf = io.BytesIO()
        img.save(buf, "PDF", dpi=dpi)
        writer.append(PdfReader(io.BytesIO(buf.getvalue())))
    return fixed_pypdf_bytes(writer, tag)


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    net: float

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, pay_date: dt.date, start: dt.date, end: dt.date, frequency: str,
                gross: float, ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(gross * PERIODS[frequency] / 12)}


def biweekly_fridays(year: int) -> list[dt.date]:
    d = dt.date(year, 1, 5)  # the chain's first pay Friday of 2046; every other Friday after
    while d.year > year or (d - dt.timedelta(days=14)).year == year:
        d -= dt.timedelta(days=14)
    out = []
    while d.year == year:
        out.append(d)
        d += dt.timedelta(days=14)
    return out


GROCER = "Harvest Basket Markets, Inc."


@dataclass(frozen=True)
class GroceryJob:
    employee: str
    emp_id: str
    store: str  # "Store 0231 - Albany"
    store_addr: str
    dept: str
    rate: float
    hours: float  # usual regular hours a two-week period
    fed: float
    dues: float
    medical: float
    key: int


def grocery_check(job: GroceryJob, pay: dt.date) -> dict[str, tuple[float, float, float]]:
    rng = random.Random(job.key * 100003 + pay.toordinal())
    reg = round(job.hours - rng.choice((0, 0, 2.5, 4.0, 6.25)), 2)
    ot = rng.choice((0.0, 0.0, 1.5, 2.75, 3.5))
    sun = rng.choice((8.0, 8.0, 7.5, 0.0))
    lines = {"Regular": (reg, job.rate, r2(reg * job.rate))}
    if ot:
        lines["Overtime 1.5x"] = (ot, r2(job.rate * 1.5), r2(ot * r2(job.rate * 1.5)))
    if sun:
        lines["Sunday premium"] = (sun, 1.00, r2(sun * 1.00))
    return lines


def grocery_deductions(job: GroceryJob, gross: float) -> list[tuple[str, float]]:
    return [("Federal income tax", r2(gross * job.fed)), ("Social Security", r2(gross * 0.062)),
            ("Medicare", r2(gross * 0.0145)), ("Oregon income tax", r2(gross * 0.058)),
            ("OR statewide transit tax", r2(gross * 0.001)), ("Paid Leave Oregon", r2(gross * 0.006)),
            ("Medical plan", job.medical), ("UFCW Local 555 dues", job.dues)]


def grocery_stub(job: GroceryJob, pay: dt.date) -> Stub:
    """Harvest Basket Markets' bi-weekly EARNINGS STATEMENT (the chain's payroll office prints one per check)."""
    dates = [d for d in biweekly_fridays(pay.year) if d <= pay]
    assert dates[-1] == pay, "not a pay Friday"
    checks = {d: grocery_check(job, d) for d in dates}
    gross_of = {d: r2(sum(v[2] for v in ln.values())) for d, ln in checks.items()}
    ded_of = {d: grocery_deductions(job, g) for d, g in gross_of.items()}
    net_of = {d: r2(gross_of[d] - sum(a for _, a in ded_of[d])) for d in dates}
    gross = gross_of[pay]
    ytd_gross = r2(sum(gross_of.values()))
    ytd_net = r2(sum(net_of.values()))
    end = pay - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    lines = checks[pay]
    ytd_lines: dict[str, float] = {}
    for ln in checks.values():
        for k, v in ln.items():
            ytd_lines[k] = r2(ytd_lines.get(k, 0.0) + v[2])
    ytd_ded: dict[str, float] = {}
    for dd in ded_of.values():
        for k, v in dd:
            ytd_ded[k] = r2(ytd_ded.get(k, 0.0) + v)
    net = net_of[pay]
    check_no = 4400000 + (job.key % 900) * 100 + len(dates)

    def page(c: Canvas) -> list[Mark]:
        green = Color(0.15, 0.4, 0.15)
        c.setFillColor(green)
        c.circle(66, 742, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(66, 737, "HB")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(88, 745, "HARVEST BASKET MARKETS")
        c.setFont("Helvetica", 8)
        c.drawString(88, 734, "Harvest Basket Markets, Inc.  -  Associate Payroll  -  2950 Commercial Way SE, Salem, "
                              "OR 97302  -  (503) 555-0119")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 745, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 734, f"Check no. {check_no}")
        c.setLineWidth(1.2)
        c.line(50, 724, 562, 724)
        info = [("Associate", job.employee), ("Associate ID", job.emp_id), ("Store", job.store),
                ("Department", job.dept)]
        info2 = [("Pay period", f"{mdy(start)} - {mdy(end)}"), ("Check date", mdy(pay)),
                 ("Pay frequency", "Bi-Weekly"), ("Base rate", f"${job.rate:.2f} / hr")]
        y = 708
        for (k1, v1), (k2, v2) in zip(info, info2, strict=True):
            c.setFont("Helvetica", 8)
            c.drawString(50, y, k1)
            c.drawString(320, y, k2)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(130, y, v1)
            c.drawString(400, y, v2)
            y -= 13
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 2, job.store_addr)
        # earnings
        y = 640
        c.setFillGray(0.82)
        c.rect(50, y - 4, 512, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y, "EARNINGS")
        c.drawRightString(300, y, "HOURS")
        c.drawRightString(370, y, "RATE")
        c.drawRightString(460, y, "CURRENT")
        c.drawRightString(558, y, "YEAR TO DATE")
        y -= 16
        c.setFont("Helvetica", 9)
        for k in ytd_lines:
            hrs, rate, amt = lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(54, y, k)
            if k in lines:
                c.drawRightString(300, y, f"{hrs:.2f}")
                c.drawRightString(370, y, f"{rate:.2f}")
                c.drawRightString(460, y, money(amt))
            c.drawRightString(558, y, money(ytd_lines[k]))
            y -= 13
        c.line(380, y + 8, 558, y + 8)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(54, y - 2, "GROSS PAY")
        c.drawRightString(460, y - 2, money(gross))
        c.drawRightString(558, y - 2, money(ytd_gross))
        # deductions
        y -= 30
        c.setFillGray(0.82)
        c.rect(50, y - 4, 512, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y, "TAXES AND DEDUCTIONS")
        c.drawRightString(460, y, "CURRENT")
        c.drawRightString(558, y, "YEAR TO DATE")
        y -= 16
        c.setFont("Helvetica", 9)
        for k, v in ded_of[pay]:
            c.drawString(54, y, k)
            c.drawRightString(460, y, money(v))
            c.drawRightString(558, y, money(ytd_ded[k]))
            y -= 13
        tot = r2(sum(v for _, v in ded_of[pay]))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(54, y - 2, "TOTAL DEDUCTIONS")
        c.drawRightString(460, y - 2, money(tot))
        c.drawRightString(558, y - 2, money(r2(sum(ytd_ded.values()))))
        # summary strip
        y -= 34
        c.setLineWidth(1)
        c.rect(50, y - 30, 512, 40, stroke=1, fill=0)
        cells = [("GROSS PAY", gross, ytd_gross), ("DEDUCTIONS", tot, r2(sum(ytd_ded.values()))),
                 ("NET PAY", net, ytd_net)]
        for i, (k, cur, ytd) in enumerate(cells):
            x = 50 + i * 170.6
            if i:
                c.line(x, y - 30, x, y + 10)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 6, y, k)
            c.setFont("Helvetica", 8)
            c.drawString(x + 6, y - 12, "Current")
            c.drawString(x + 6, y - 24, "YTD")
            c.setFont("Helvetica-Bold", 9.5)
            c.drawRightString(x + 164, y - 12, money(cur))
            c.setFont("Helvetica", 9)
            c.drawRightString(x + 164, y - 24, money(ytd))
        y -= 56
        c.setFont("Helvetica", 8)
        c.drawString(54, y, f"Net pay deposited to checking account ending {job.key % 9000 + 1000}:  ${money(net)}")
        c.drawString(54, y - 12, "Questions about your pay? Call Associate Payroll at (503) 555-0119, Mon-Fri 8-5.")
        c.setDash(3, 3)
        c.line(50, y - 26, 562, y - 26)
        c.setDash()
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(W / 2, y - 42, "THIS IS NOT A CHECK  -  NON-NEGOTIABLE")
        return []

    fields = stub_fields(GROCER, job.employee, pay, start, end, "biweekly", gross, ytd_gross, net)
    return Stub(Paper([page]), fields, pay, net)


def business_day_before(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def county_pay_schedule(year: int) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end): the 1st-15th paid on the 20th, the 16th-end on the 5th after."""
    out = []
    for y, m in [(year - 1, 12)] + [(year, k) for k in range(1, 13)]:
        first = dt.date(y, m, 1)
        mid = dt.date(y, m, 15)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        out.append((business_day_before(dt.date(y, m, 20)), first, mid))
        out.append((business_day_before(dt.date(nxt.year, nxt.month, 5)), mid + dt.timedelta(days=1), last))
    return [t for t in out if t[0].year == year]


COUNTY = "Marrow Creek County"


@dataclass(frozen=True)
class CountyJob:
    employee: str
    emp_no: str
    title: str
    dept: str
    annual: float  # full-time annual salary
    fte: float
    fed: float
    health: float
    key: int


def county_stub(job: CountyJob, pay: dt.date) -> Stub:
    """Marrow Creek County's semi-monthly EMPLOYEE PAY ADVICE (central payroll, Finance Department)."""
    sched = [t for t in county_pay_schedule(pay.year) if t[0] <= pay]
    assert sched[-1][0] == pay, "not a county pay date"
    _, start, end = sched[-1]
    gross = r2(job.annual * job.fte / 24)
    pers = r2(gross * 0.06)
    taxable = r2(gross - pers - job.health)
    taxes = [("Federal withholding", r2(taxable * job.fed)), ("Social Security", r2(gross * 0.062)),
             ("Medicare", r2(gross * 0.0145)), ("Oregon withholding", r2(taxable * 0.061)),
             ("OR transit tax", r2(gross * 0.001))]
    pre = [("PERS/OPSRP IAP 6%", pers), ("County health plan", job.health)]
    after = [("AFSCME Local 2831", 24.75)]
    n = len(sched)
    net = r2(gross - sum(v for _, v in taxes) - sum(v for _, v in pre) - sum(v for _, v in after))
    ytd_gross = r2(gross * n)
    ytd_net = r2(net * n)

    def page(c: Canvas) -> list[Mark]:
        navy = Color(0.12, 0.2, 0.4)
        c.setStrokeColor(navy)
        c.setLineWidth(2)
        c.circle(70, 738, 20, stroke=1, fill=0)
        c.setLineWidth(0.8)
        c.circle(70, 738, 15, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.setFillColor(navy)
        c.drawCentredString(70, 741, "MCC")
        c.drawCentredString(70, 732, "1889")
        c.setFont("Times-Bold", 16)
        c.drawString(100, 744, "MARROW CREEK COUNTY")
        c.setFillColor(black)
        c.setFont("Times-Roman", 9)
        c.drawString(100, 732, "Finance Department - Central Payroll  |  201 NW Court Street, Redvale, OR 97760")
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 744, "EMPLOYEE PAY ADVICE")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 733, f"Advice no. {job.key % 97 + 10}{n:02d}{pay.strftime('%m%d')}")
        c.setLineWidth(0.8)
        grid = [[("Employee name", job.employee), ("Employee no.", job.emp_no), ("Pay date", mdy(pay))],
                [("Position", job.title), ("Department", job.dept), ("Pay period", f"{mdy(start)} - {mdy(end)}")],
                [("Annual salary (1.0 FTE)", "$" + money(job.annual)), ("FTE", f"{job.fte:.2f}"),
                 ("Pay frequency", "Semi-monthly (24)")]]
        y = 716
        widths = (210, 130, 172)
        for row in grid:
            x = 50
            for (cap, val), wdt in zip(row, widths, strict=True):
                c.rect(x, y - 24, wdt, 24, stroke=1, fill=0)
                c.setFont("Helvetica", 6.5)
                c.drawString(x + 3, y - 8, cap.upper())
                c.setFont("Helvetica-Bold", 9)
                c.drawString(x + 3, y - 20, val)
                x += wdt
            y -= 24

        def table(x: float, y: float, wdt: float, title: str, rows: Sequence[tuple[str, float, float]]) -> float:
            c.setFillColor(navy)
            c.rect(x, y - 4, wdt, 14, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 4, y, title)
            c.drawRightString(x + wdt - 78, y, "CURRENT")
            c.drawRightString(x + wdt - 4, y, "YTD")
            c.setFillColor(black)
            y -= 16
            c.setFont("Helvetica", 8.5)
            for k, cur, ytd in rows:
                c.drawString(x + 4, y, k)
                c.drawRightString(x + wdt - 78, y, money(cur))
                c.drawRightString(x + wdt - 4, y, money(ytd))
                y -= 12
            return y

        hours = 80.0 * job.fte * 26 / 24
        y = 630
        c.setFont("Helvetica-Bold", 8)
        yl = table(50, y, 250, "EARNINGS", [(f"Regular salary ({hours:.2f} hrs)", gross, ytd_gross)])
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, yl - 2, "GROSS EARNINGS")
        c.drawRightString(222, yl - 2, money(gross))
        c.drawRightString(296, yl - 2, money(ytd_gross))
        yl = table(50, yl - 26, 250, "PRE-TAX DEDUCTIONS", [(k, v, r2(v * n)) for k, v in pre])
        yl = table(50, yl - 12, 250, "AFTER-TAX DEDUCTIONS", [(k, v, r2(v * n)) for k, v in after])
        yr = table(312, y, 250, "TAXES", [(k, v, r2(v * n)) for k, v in taxes])
        vac = 96.5 + (job.key % 40) - 0.0
        sick = 61.25 + (job.key % 23)
        c.setFillGray(0.93)
        c.rect(312, yr - 74, 250, 64, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(316, yr - 20, "LEAVE BALANCES (hours)")
        for x, t in ((440, "Begin"), (480, "Earned"), (520, "Used"), (558, "End")):
            c.drawRightString(x, yr - 20, t)
        c.setFont("Helvetica", 8.5)
        for i, (k, b, e, u) in enumerate((("Vacation", vac, 4.62 * job.fte, 8.0),
                                          ("Sick leave", sick, 3.69 * job.fte, 0.0))):
            yy = yr - 36 - 13 * i
            c.drawString(316, yy, k)
            for x, v in ((440, b), (480, e), (520, u), (558, b + e - u)):
                c.drawRightString(x, yy, f"{v:.2f}")
        y = min(yl, yr - 74) - 24
        c.setLineWidth(1.2)
        c.rect(50, y - 36, 512, 44, stroke=1, fill=0)
        heads = [("Gross", gross, ytd_gross), ("Pre-tax", r2(sum(v for _, v in pre)), r2(sum(v for _, v in pre) * n)),
                 ("Taxes", r2(sum(v for _, v in taxes)), r2(sum(v for _, v in taxes) * n)),
                 ("After-tax", r2(sum(v for _, v in after)), r2(sum(v for _, v in after) * n)),
                 ("NET PAY", net, ytd_net)]
        for i, (k, cur, ytd) in enumerate(heads):
            x = 50 + i * 102.4
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 5, y - 2, k.upper())
            c.setFont("Helvetica", 8)
            c.drawString(x + 5, y - 14, "Current")
            c.drawString(x + 5, y - 26, "YTD")
            c.setFont("Helvetica-Bold" if k == "NET PAY" else "Helvetica", 8.5)
            c.drawRightString(x + 98, y - 14, money(cur))
            c.drawRightString(x + 98, y - 26, money(ytd))
        c.setFont("Helvetica", 8)
        c.drawString(50, y - 56, f"Direct deposit: {money(net)} to account ending {job.key % 9000 + 1000}.  "
                                 "Keep this advice for your records.")
        return []

    fields = stub_fields(COUNTY, job.employee, pay, start, end, "semimonthly", gross, ytd_gross, net)
    return Stub(Paper([page]), fields, pay, net)


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date  # period end
    account: str


Tx = tuple[dt.date, str, float, int | None]  # date, description, amount (+ credit, - debit), check number


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def debits(rng: random.Random, start: dt.date, end: dt.date, pool: Sequence[tuple[str, float, float]],
           checks: Sequence[tuple[str, float]], first_check: int) -> list[Tx]:
    span = (end - start).days
    out: list[Tx] = []
    for desc, lo, hi in pool:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi)), None))
    for i, (_payee, amt) in enumerate(checks):
        out.append((start + dt.timedelta(days=rng.randrange(2, span + 1)), f"CHECK {first_check + i}", -amt,
                    first_check + i))
    return out


JVB_POOL = (("SAFEWAY #1742 ALBANY OR", 38, 140), ("PACIFIC POWER AUTOPAY", 88, 190), ("CHEVRON 0097 POS", 30, 70),
            ("NW NATURAL GAS", 40, 95), ("T-MOBILE AUTOPAY", 60, 115), ("BI-MART #611 POS", 15, 60),
            ("ATM WITHDRAWAL 0441", 40, 120))


def juniper_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                      begin: float, credits: Sequence[tuple[dt.date, str, float]],
                      checks: Sequence[tuple[str, float]], first_check: int) -> Statement:
    """Juniper Valley Bank: page 1 a register with a RUNNING BALANCE column, page 2 the images of the paid checks."""
    bank = "Juniper Valley Bank"
    start, end = month_bounds(year, month)
    txs = [(d, desc, a, None) for d, desc, a in credits]
    txs += debits(rng, start, end, JVB_POOL, checks, first_check)
    txs.sort(key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(t[2] for t in txs))
    dep = r2(sum(t[2] for t in txs if t[2] > 0))
    wd = r2(-sum(t[2] for t in txs if t[2] < 0))
    payee_of = {first_check + i: (p, a) for i, (p, a) in enumerate(checks)}
    date_of = {t[3]: t[0] for t in txs if t[3] is not None}

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.3, 0.45, 0.25))
        c.wedge(50, 720, 86, 756, 0, 180, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 17)
        c.drawString(94, 740, "Juniper Valley Bank")
        c.setFont("Times-Italic", 8.5)
        c.drawString(94, 729, "Serving the mid-valley since 1921  -  Member FDIC  -  jvbank.example")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 748, f"Account number ******{acct[-4:]}")
        c.drawRightString(562, 737, f"Statement period {mdy(start)} to {mdy(end)}")
        c.drawRightString(562, 726, f"Page {n} of 2")
        c.setLineWidth(1)
        c.line(50, 716, 562, 716)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 696
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(62, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(340, 696, "FREE CLASSIC CHECKING")
        c.setFont("Helvetica", 8.5)
        summary = [("Beginning balance", money(begin)), ("Deposits / credits", "+" + money(dep)),
                   ("Checks / debits", "-" + money(wd)), ("Ending balance", money(ending))]
        for i, (k, v) in enumerate(summary):
            c.drawString(340, 682 - 12 * i, k)
            c.drawRightString(562, 682 - 12 * i, v)
        y = 620
        c.setFillGray(0.8)
        c.rect(50, y - 4, 512, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((54, "DATE"), (96, "DESCRIPTION")):
            c.drawString(x, y, t)
        c.drawRightString(410, y, "WITHDRAWALS")
        c.drawRightString(485, y, "DEPOSITS")
        c.drawRightString(558, y, "BALANCE")
        y -= 15
        c.setFont("Helvetica", 8.5)
        c.drawString(54, y, start.strftime("%m/%d"))
        c.drawString(96, y, "BEGINNING BALANCE")
        c.drawRightString(558, y, money(begin))
        bal = begin
        for d, desc, a, _ in txs:
            y -= 12.5
            bal = r2(bal + a)
            c.drawString(54, y, d.strftime("%m/%d"))
            c.drawString(96, y, desc)
            if a < 0:
                c.drawRightString(410, y, money(-a))
            else:
                c.drawRightString(485, y, money(a))
            c.drawRightString(558, y, money(bal))
        y -= 15
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(96, y, "ENDING BALANCE")
        c.drawRightString(558, y, money(ending))
        c.setFont("Helvetica", 7.5)
        c.drawString(54, y - 30, "Paid checks are shown on the following page. In case of errors or questions about "
                                 "your "
                                 "electronic transfers call (541) 555-0107.")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 696, "CHECK IMAGES")
        c.setFont("Helvetica", 8)
        c.drawString(150, 696, f"{len(checks)} checks paid this period, total "
                               f"${money(r2(sum(a for _, a in checks)))}")
        marks: list[Mark] = []
        for i, num in enumerate(sorted(payee_of)):
            payee, amt = payee_of[num]
            col, row = i % 2, i // 2
            x = 50 + col * 262
            y = 560 - row * 150
            c.setFillGray(0.9)
            c.rect(x, y, 250, 118, stroke=0, fill=1)
            c.setFillColor(black)
            c.setLineWidth(0.6)
            c.rect(x, y, 250, 118, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 6, y + 106, holder.upper())
            c.setFont("Helvetica", 6)
            c.drawString(x + 6, y + 98, address[0].upper())
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(x + 244, y + 106, str(num))
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 150, y + 88, "DATE")
            c.line(x + 170, y + 86, x + 244, y + 86)
            c.drawString(x + 6, y + 70, "PAY TO THE ORDER OF")
            c.line(x + 76, y + 68, x + 190, y + 68)
            c.rect(x + 196, y + 64, 48, 13, stroke=1, fill=0)
            c.line(x + 6, y + 50, x + 210, y + 50)
            c.drawString(x + 214, y + 52, "DOLLARS")
            c.drawString(x + 6, y + 40, "JUNIPER VALLEY BANK")
            c.drawString(x + 6, y + 22, "MEMO")
            c.line(x + 28, y + 20, x + 110, y + 20)
            c.line(x + 130, y + 20, x + 244, y + 20)
            c.setFont("Courier", 7)
            c.drawString(x + 6, y + 6, f"C{num:06d}C A123006735A {acct[-6:]}C")
            c.setFont("Helvetica", 6.5)
            c.drawString(x, y - 10, f"Check {num}   Paid {mdy(date_of[num])}   Amount ${money(amt)}")
            marks.append(Mark("hand", x + 172, y + 88, mdy(date_of[num] - dt.timedelta(days=3)), size=7.5,
                              seed=num))
            marks.append(Mark("hand", x + 84, y + 70, payee, size=7.5, seed=num + 1))
            marks.append(Mark("hand", x + 10, y + 52, dollars_in_words(amt), size=7.5, seed=num + 4))
            marks.append(Mark("hand", x + 200, y + 67, money(amt), size=7.5, seed=num + 2))
            marks.append(Mark("sig", x + 136, y + 21, w=100, seed=num + 3))
        return marks

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def dollars_in_words(amount: float) -> str:
    """A check's written amount: "Six hundred forty and 00/100"."""
    whole = int(amount)
    cents = round((amount - whole) * 100)

    def under_1000(n: int) -> str:
        parts = []
        if n >= 100:
            parts.append(f"{ONES[n // 100]} hundred")
            n %= 100
        if n >= 20:
            parts.append(TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
        elif n:
            parts.append(ONES[n])
        return " ".join(parts)

    words = (f"{under_1000(whole // 1000)} thousand " if whole >= 1000 else "") + under_1000(whole % 1000)
    return f"{words.strip().capitalize() or 'Zero'} and {cents:02d}/100"


CCU_POOL = (("WINCO FOODS #88 REDVALE", 45, 160), ("CENTRAL ELECTRIC COOP", 70, 160), ("FRED MEYER FUEL", 30, 65),
            ("CASCADE NATURAL GAS", 30, 80), ("CONSUMER CELLULAR", 35, 60), ("SHARE DRAFT 2211", 40, 140))


def clearwater_statement(rng: random.Random, holder: str, address: Sequence[str], member: str, start: dt.date,
                         begin: float, credits: Sequence[tuple[dt.date, str, float]]) -> Statement:
    """Clearwater Community Credit Union: one page, the 16th to the 15th, deposits and withdrawals listed apart."""
    bank = "Clearwater Community Credit Union"
    nxt = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 15)
    end = nxt
    wds = debits(rng, start, end, CCU_POOL, (), 0)
    wds.sort(key=lambda t: t[0])
    deps = sorted(credits, key=lambda t: t[0])
    div = r2(begin * 0.0005)
    dep_total = r2(sum(a for _, _, a in deps) + div)
    wd_total = r2(-sum(t[2] for t in wds))
    ending = r2(begin + dep_total - wd_total)

    def page(c: Canvas) -> list[Mark]:
        teal = Color(0.05, 0.35, 0.4)
        c.setFillColor(teal)
        for i in range(3):
            c.rect(50 + i * 9, 732 + i * 6, 6, 14 - i * 3 + 6, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(84, 744, "CLEARWATER")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        c.drawString(84, 733, "COMMUNITY CREDIT UNION  -  Federally insured by NCUA")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 744, "MEMBER STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 733, f"{mdy(start)} through {mdy(end)}")
        c.drawRightString(562, 722, f"Member number {member[:3]}***{member[-2:]}")
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(62, y, ln)
            y -= 12
        y = 630
        c.setFillGray(0.86)
        c.rect(50, y - 40, 512, 52, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, y, f"FREEDOM CHECKING   Account ending {acct_last4(member)}")
        cells = [("Previous balance", begin), ("Deposits + dividends", dep_total), ("Withdrawals", wd_total),
                 ("New balance", ending)]
        for i, (k, v) in enumerate(cells):
            x = 56 + i * 127
            c.setFont("Helvetica", 7.5)
            c.drawString(x, y - 16, k)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(x, y - 32, "$" + money(v))
        y -= 66
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "DEPOSITS AND OTHER CREDITS")
        c.line(50, y - 3, 562, y - 3)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for d, desc, a in deps:
            c.drawString(56, y, mdy(d))
            c.drawString(120, y, desc)
            c.drawRightString(558, y, money(a))
            y -= 12
        c.drawString(56, y, mdy(end))
        c.drawString(120, y, "DIVIDEND 0.06% APY")
        c.drawRightString(558, y, money(div))
        y -= 24
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "WITHDRAWALS AND OTHER DEBITS")
        c.line(50, y - 3, 562, y - 3)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for d, desc, a, _ in wds:
            c.drawString(56, y, mdy(d))
            c.drawString(120, y, desc)
            c.drawRightString(558, y, money(-a))
            y -= 12
        y -= 16
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y, "Clearwater Community Credit Union - 66 Riverside Blvd, Redvale, OR 97760 - (541) 555-0163."
                            " Report errors within 60 days.")
        return []

    fields = {"bank_name": bank, "account_last4": acct_last4(member), "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, member)


def acct_last4(member: str) -> str:
    return (member[-2:] + "10")[-4:]


# --- letters and papers -------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date | None
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type not in ("hardship_letter", "benefit_award_letter", "unemployment_benefit_letter",
                             "employer_relocation_letter", "medical_statement") or self.date is None:
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def letterhead(c: Canvas, name: str, sub: str, grey: float = 0.0) -> None:
    c.setFillGray(grey)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 738, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 725, sub)
    c.setLineWidth(1.4)
    c.line(72, 717, W - 72, 717)
    c.setLineWidth(0.6)


def typed_letter(head: tuple[str, str], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                 closing: Sequence[str], table: Sequence[tuple[str, str]] = (), sign_x: float | None = None,
                 seed: int = 1) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 692, long_date(date))
        y = 664
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 10
        c.setFont("Times-Bold", 11)
        for ln in wrap(re, "Times-Bold", 11, W - 144):
            c.drawString(72, y, ln)
            y -= 14
        y -= 10
        y = paragraphs(c, 72, y, W - 144, paras)
        if table:
            c.setLineWidth(0.6)
            c.rect(90, y - 15 * len(table) + 4, W - 180, 15 * len(table) + 6, stroke=1, fill=0)
            for k, v in table:
                c.setFont("Times-Roman", 11)
                c.drawString(98, y - 6, k)
                c.setFont("Times-Bold", 11)
                c.drawRightString(W - 98, y - 6, v)
                y -= 15
            y -= 20
        marks = []
        c.setFont("Times-Roman", 11)
        for i, ln in enumerate(closing):
            c.drawString(72, y, ln)
            if i == 0 and sign_x is not None:
                marks.append(Mark("sig", 72, y - 26, w=130, seed=seed))
                y -= 26
            y -= 14
        return marks

    return Paper([page])


def fema_letter(name: str, address: Sequence[str], date: dt.date, reg: str, disaster: str, damaged: str,
                repair: float, rental: float) -> Letter:
    paras = [f"We have reviewed your application for assistance under the Individuals and Households Program for "
             f"damage to {damaged} caused by the severe storms and flooding in disaster {disaster}. Based on the "
             "inspection of your home and the information you gave us, you are eligible for the assistance shown "
             "below.",
             "Home Repair Assistance may be used only to make your home safe, sanitary and functional. Rental "
             "Assistance is for two months of temporary housing while repairs are made; you may ask for continued "
             "rental assistance if you still cannot live in your home. Keep your receipts for three years.",
             "This grant does not have to be repaid. It is not a loan and it is not counted as income. If you "
             "disagree with this decision you may appeal in writing within 60 days of the date of this letter."]
    table = [("Registration ID", reg), ("Disaster", disaster), ("Home Repair Assistance", "$" + money(repair)),
             ("Rental Assistance (2 months)", "$" + money(rental)),
             ("Total approved", "$" + money(r2(repair + rental)))]
    paper = typed_letter(("U.S. DEPARTMENT OF HOMELAND SECURITY - FEDERAL EMERGENCY MANAGEMENT AGENCY",
                          "Individuals and Households Program  -  P.O. Box 10055, Hyattsville, MD 20782  -  "
                          "1-800-621-3362"), date, [name.upper(), *[a.upper() for a in address]],
                         f"Notice of Decision - Eligible.  FEMA Registration ID {reg}", paras,
                         ["Sincerely,", "", "Individuals and Households Program", "FEMA Recovery"], table)
    return Letter(paper, "other", date)


def flood_claim_letter(name: str, address: Sequence[str], date: dt.date, policy: str, claim: str, loss: dt.date,
                       building: float, contents: float, deductible: float) -> Letter:
    paid = r2(building + contents - deductible)
    paras = [f"We have completed the adjustment of your flood claim for the loss of {long_date(loss)} under your "
             "Standard Flood Insurance Policy (Dwelling Form), written by Cascade Hearth Mutual Insurance Company "
             "as a Write Your Own company of the National Flood Insurance Program.",
             "Your signed Proof of Loss was received and accepted. The payment below is being issued jointly to you "
             "and to your mortgage company as loss payee, as the policy requires. Items the policy does not cover "
             "(the finished basement walls, outdoor property and additional living expenses) are not included.",
             "You have one year from the date of this letter to appeal this decision to FEMA or to file suit."]
    table = [("Policy number", policy), ("Claim number", claim), ("Building (Coverage A)", "$" + money(building)),
             ("Contents (Coverage B)", "$" + money(contents)), ("Less deductibles", "-$" + money(deductible)),
             ("Net claim payment", "$" + money(paid))]
    paper = typed_letter(("CASCADE HEARTH MUTUAL INSURANCE COMPANY",
                          "Flood Claims Unit  -  1200 SW Fifth Avenue, Portland, OR 97204  -  (503) 555-0188"),
                         date, [name, *address], f"Flood claim {claim} - Explanation of claim payment", paras,
                         ["Sincerely,", "", "Flood Claims Examiner", "Cascade Hearth Mutual Insurance Company"],
                         table)
    return Letter(paper, "other", date)


def evacuation_letter(name: str, address: Sequence[str], date: dt.date, fire: str, level3: dt.date,
                      lifted: dt.date | None) -> Letter:
    span = f"from {long_date(level3)} until {long_date(lifted)}" if lifted else \
        f"beginning {long_date(level3)}; that order remains in effect as of the date of this letter"
    paras = [f"This letter verifies that the residence at {address[0]}, {address[1]} was inside an area placed "
             f"under a LEVEL 3 - GO NOW evacuation order during the {fire}, {span}.",
             "During a Level 3 order residents must leave immediately and may not return until the order is "
             "lowered. Access to the area was controlled by the Sheriff's Office and fire officials.",
             "This letter may be given to employers, insurers, lenders and assistance agencies. It does not "
             "describe damage to any particular property."]
    paper = typed_letter(("MARROW CREEK COUNTY SHERIFF'S OFFICE - EMERGENCY MANAGEMENT",
                          "63333 Sheriff's Way, Redvale, OR 97760  -  Non-emergency (541) 555-0171"), date,
                         [name, *address], f"Verification of evacuation - {fire}", paras,
                         ["Emergency Management Coordinator", "Marrow Creek County Sheriff's Office"])
    return Letter(paper, "other", date)


def death_certificate(decedent: str, sex: str, died: dt.date, born: dt.date, place: str, county: str,
                      residence: str, spouse: str, informant: str, cause: Sequence[str], filed: dt.date,
                      file_no: str, issued: dt.date) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(2)
        c.rect(40, 40, W - 80, H - 80, stroke=1, fill=0)
        c.setLineWidth(0.6)
        c.rect(44, 44, W - 88, H - 88, stroke=1, fill=0)
        c.setFont("Times-Bold", 11)
        c.drawCentredString(W / 2, 728, "STATE OF OREGON")
        c.setFont("Times-Bold", 18)
        c.drawCentredString(W / 2, 708, "CERTIFICATE OF DEATH")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 695, "Oregon Health Authority - Center for Health Statistics")
        c.setFont("Helvetica", 8)
        c.drawString(56, 680, f"STATE FILE NUMBER  {file_no}")
        c.drawRightString(W - 56, 680, f"DATE FILED  {mdy(filed)}")
        age = died.year - born.year - ((died.month, died.day) < (born.month, born.day))
        rows = [[("1. DECEDENT'S LEGAL NAME (First, Middle, Last)", decedent.upper(), 380), ("2. SEX", sex, 124)],
                [("3. DATE OF DEATH (Mo/Day/Yr)", mdy(died), 170), ("4. AGE", str(age), 60),
                 ("5. DATE OF BIRTH", mdy(born), 130), ("6. SSN", "XXX-XX-" + file_no[-4:], 144)],
                [("7. PLACE OF DEATH (Facility name)", place, 300), ("8. COUNTY OF DEATH", county, 204)],
                [("9. RESIDENCE (Street, City, State, ZIP)", residence, 504)],
                [("10. MARITAL STATUS AT DEATH", "MARRIED", 170), ("11. SURVIVING SPOUSE'S NAME", spouse.upper(),
                                                                     334)],
                [("12. INFORMANT'S NAME AND RELATIONSHIP", informant, 504)]]
        y = 668
        for row in rows:
            x = 56
            for cap, val, wd in row:
                c.rect(x, y - 30, wd, 30, stroke=1, fill=0)
                c.setFont("Helvetica", 6.5)
                c.drawString(x + 3, y - 8, cap)
                c.setFont("Courier-Bold", 10)
                c.drawString(x + 5, y - 24, val)
                x += wd
            y -= 30
        y -= 14
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y, "PART I. CAUSE OF DEATH - chain of events (diseases, injuries or complications)")
        y -= 6
        for i, line in enumerate(cause):
            c.rect(56, y - 24, 504, 24, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(60, y - 8, "IMMEDIATE CAUSE (a)" if i == 0 else f"Due to ({'bcd'[i - 1]})")
            c.setFont("Courier-Bold", 10)
            c.drawString(150, y - 18, line)
            y -= 24
        y -= 12
        c.rect(56, y - 30, 300, 30, stroke=1, fill=0)
        c.rect(356, y - 30, 204, 30, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(59, y - 8, "CERTIFIER (Name, title)")
        c.drawString(359, y - 8, "MANNER OF DEATH")
        c.setFont("Courier-Bold", 10)
        c.drawString(61, y - 24, "R. A. HOLLINGSHEAD, MD")
        c.drawString(361, y - 24, "NATURAL")
        y -= 70
        c.setFillGray(0.75)
        c.circle(470, y, 46, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(470, y + 8, "CENTER FOR")
        c.drawCentredString(470, y - 1, "HEALTH STATISTICS")
        c.drawCentredString(470, y - 10, "OREGON")
        c.setFont("Times-Roman", 9.5)
        c.drawString(56, y + 20, "I certify that this is a true and correct copy of the official record filed")
        c.drawString(56, y + 8, f"with the Center for Health Statistics. Issued {mdy(issued)}.")
        c.line(56, y - 22, 300, y - 22)
        c.setFont("Helvetica", 7)
        c.drawString(56, y - 32, "STATE REGISTRAR")
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(W / 2, 60, "CERTIFIED COPY - NOT VALID WITHOUT RAISED SEAL")
        return [Mark("sig", 70, y - 20, w=150, seed=len(file_no) + died.toordinal())]

    return Letter(Paper([page]), "death_certificate", None)


def ssa_survivor_notice(name: str, address: Sequence[str], date: dt.date, claim_of: str, kind: str,
                        begin: dt.date, monthly: float, extra: str) -> Letter:
    paras = [f"We are writing to tell you that you are entitled to monthly {kind} benefits on the record of "
             f"{claim_of} beginning {begin.strftime('%B %Y')}. We are sorry for your loss.",
             "The chart below shows your benefit amount. The amount before deductions is your monthly benefit; "
             "the amount we will pay is what you will receive after any deductions. We pay benefits monthly; "
             "the benefit for a month is paid in the following month.",
             extra,
             "Your benefits may be taxable. Each January we will send you a Form SSA-1099 showing the benefits "
             "paid to you in the year before. If you disagree with this decision you have 60 days to ask for an "
             "appeal."]
    table = [("Beginning date", begin.strftime("%B %Y")), ("Benefit amount before deductions", "$" + money(monthly)),
             ("Medicare premium deduction", "$0.00"), ("Amount we will pay (monthly)", "$" + money(monthly))]
    paper = typed_letter(("SOCIAL SECURITY ADMINISTRATION", "Retirement, Survivors and Disability Insurance  -  "
                          "Notice of Award  -  www.ssa.gov  -  1-800-772-1213"), date,
                         [name, *address], f"Notice of Award - {kind.capitalize()} benefits", paras,
                         ["Social Security Administration", f"Date: {long_date(date)}"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def pension_letter(head: tuple[str, str], name: str, address: Sequence[str], date: dt.date, re: str,
                   paras: Sequence[str], monthly: float, since: dt.date, option: str) -> Letter:
    table = [("Payee", name), ("Benefit option", option), ("Effective date", mdy(since)),
             ("Gross monthly benefit", "$" + money(monthly)), ("Payment frequency", "Monthly, first business day"),
             ("Federal income tax", "Withheld per Form W-4P")]
    paper = typed_letter(head, date, [name, *address], re, paras,
                         ["Sincerely,", "", "Member Services", head[0].title()], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def dissolution_judgment(petitioner: str, respondent: str, case_no: str, entered: dt.date, married: dt.date,
                         children: Sequence[str], support: float, property_addr: str) -> Letter:
    def caption(c: Canvas, n: int) -> None:
        c.setFont("Times-Roman", 8)
        for i in range(1, 29):
            c.drawRightString(62, 730 - (i - 1) * 24.5, str(i))
        c.setLineWidth(0.6)
        c.line(68, 50, 68, 750)
        c.line(544, 50, 544, 750)
        c.setFont("Times-Roman", 8.5)
        c.drawString(74, 40, f"Page {n} of 2 - GENERAL JUDGMENT OF DISSOLUTION OF MARRIAGE   Case No. {case_no}")

    def page1(c: Canvas) -> list[Mark]:
        caption(c, 1)
        c.setFont("Times-Bold", 11.5)
        c.drawCentredString(306, 728, "IN THE CIRCUIT COURT OF THE STATE OF OREGON")
        c.drawCentredString(306, 713, "FOR THE COUNTY OF MARROW CREEK")
        c.setFont("Times-Roman", 11)
        c.drawString(80, 680, "In the Matter of the Marriage of:")
        c.drawString(80, 656, f"{petitioner.upper()},")
        c.drawString(110, 642, "Petitioner,")
        c.drawString(96, 626, "and")
        c.drawString(80, 610, f"{respondent.upper()},")
        c.drawString(110, 596, "Respondent.")
        c.line(300, 590, 300, 690)
        c.drawString(312, 670, f"Case No. {case_no}")
        c.setFont("Times-Bold", 11)
        c.drawString(312, 648, "GENERAL JUDGMENT OF")
        c.drawString(312, 634, "DISSOLUTION OF MARRIAGE")
        c.setFont("Times-Roman", 10)
        c.drawString(312, 618, "(With Minor Children)")
        y = 570
        paras = [f"This matter came before the Court on the Petition for Dissolution of Marriage. The parties were "
                 f"married on {long_date(married)}. The Court, having reviewed the record and the parties' "
                 "Stipulated Marital Settlement Agreement, finds that irreconcilable differences have caused the "
                 "irremediable breakdown of the marriage.",
                 "NOW, THEREFORE, IT IS ORDERED AND DECREED:",
                 "1. DISSOLUTION. The marriage of the parties is dissolved, effective on the date this judgment "
                 "is entered. This is a final judgment.",
                 f"2. CUSTODY. The parties share joint legal custody of their minor children, {', '.join(children)}"
                 f". Petitioner shall have primary physical custody under the parenting plan attached as "
                 "Exhibit 1.",
                 f"3. CHILD SUPPORT. Respondent shall pay Petitioner child support of ${money(support)} per month, "
                 "payable on the first day of each month through the Oregon Child Support Program, beginning the "
                 "first month after entry of this judgment, until each child turns 18 (or 21 while attending "
                 "school)."]
        paragraphs(c, 80, y, 452, paras, size=11, leading=24.5, gap=0)
        return []

    def page2(c: Canvas) -> list[Mark]:
        caption(c, 2)
        paras = [f"4. REAL PROPERTY. The real property at {property_addr} is awarded to Petitioner as her sole "
                 "and separate property, subject to the mortgage, which Petitioner shall pay and hold Respondent "
                 "harmless from. Respondent shall sign a quitclaim deed within 30 days.",
                 "5. PERSONAL PROPERTY AND DEBTS. Each party is awarded the vehicles, accounts and personal "
                 "property in his or her possession and shall pay the debts in his or her own name.",
                 "6. SPOUSAL SUPPORT. Neither party is awarded spousal support.",
                 "7. NAME. Petitioner keeps her current name."]
        y = paragraphs(c, 80, 728, 452, paras, size=11, leading=24.5, gap=0)
        c.setFont("Times-Roman", 11)
        c.drawString(80, y - 24, f"Entered {long_date(entered)}.")
        c.line(312, y - 70, 530, y - 70)
        c.setFont("Times-Roman", 10)
        c.drawString(312, y - 82, "Circuit Court Judge  Helena V. Ashgrove")
        c.setFillGray(0.72)
        c.roundRect(80, y - 150, 190, 58, 6, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(88, y - 108, "FILED - ENTERED")
        c.drawString(88, y - 120, f"{entered.strftime('%b %d %Y').upper()}")
        c.drawString(88, y - 132, "MARROW CREEK CO. CIRCUIT COURT")
        return [Mark("sig", 320, y - 68, w=170, seed=entered.toordinal())]

    return Letter(Paper([page1, page2]), "divorce_decree", None)


def leave_letter(name: str, address: Sequence[str], date: dt.date, birth: dt.date, fte: float, start: dt.date,
                 title: str) -> Letter:
    paras = [f"Congratulations on the birth of your child on {long_date(birth)}. This letter confirms the "
             "approval of your request for protected parental leave under the Oregon Family Leave Act and the "
             "Family and Medical Leave Act.",
             f"Following your continuous leave, you asked to return on a reduced schedule. Your request is "
             f"approved: beginning {long_date(start)} you will work as {title} at {fte:.2f} FTE "
             f"({round(40 * fte)} hours a week). Your salary, leave accruals and the County's share of benefits "
             "are prorated to your FTE.",
             "The reduced schedule will continue until you ask in writing to return to full time and a full-time "
             "position is available. Please contact Human Resources with any questions."]
    paper = typed_letter(("MARROW CREEK COUNTY - HUMAN RESOURCES", "201 NW Court Street, Redvale, OR 97760  -  "
                          "(541) 555-0150"), date, [name, *address], "Approval of parental leave and reduced "
                         "work schedule", paras, ["Sincerely,", "", "Leave Administrator", "Human Resources"])
    return Letter(paper, "other", date)


def funeral_statement(decedent: str, died: dt.date, purchaser: str, date: dt.date, items: Sequence[tuple[str,
                      float]], paid: float) -> Letter:
    total = r2(sum(a for _, a in items))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, 738, "Whitlow & Graves Funeral Chapel")
        c.setFont("Times-Italic", 9)
        c.drawCentredString(W / 2, 725, "Family owned since 1952  -  480 East Fifth Street, Redvale, OR 97760  -  "
                                        "(541) 555-0129")
        c.setLineWidth(1)
        c.line(72, 716, W - 72, 716)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 694, "STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED")
        c.setFont("Helvetica", 9.5)
        info = [("Deceased", decedent), ("Date of death", mdy(died)), ("Purchaser", purchaser),
                ("Statement date", mdy(date))]
        y = 668
        for k, v in info:
            c.drawString(80, y, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(200, y, v)
            c.setFont("Helvetica", 9.5)
            y -= 14
        y -= 10
        c.setFont("Helvetica-Bold", 9)
        c.drawString(80, y, "ITEM")
        c.drawRightString(530, y, "PRICE")
        c.line(80, y - 4, 530, y - 4)
        y -= 17
        c.setFont("Helvetica", 9.5)
        for k, a in items:
            c.drawString(80, y, k)
            c.drawRightString(530, y, money(a))
            y -= 14
        c.line(380, y + 8, 530, y + 8)
        for k, a in (("Total of goods and services", total), ("Paid by purchaser", paid),
                     ("Balance due", r2(total - paid))):
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(300, y - 4, k)
            c.drawRightString(530, y - 4, money(a))
            y -= 15
        c.setFont("Helvetica", 8)
        paragraphs(c, 80, y - 20, 450, [
            "Charges are only for those items you selected or that are required. If we are required by law or by a "
            "cemetery or crematory to use any items, we explain the reasons in writing below. The balance is due "
            "within 60 days of the service."], font="Helvetica", size=8, leading=10)
        c.line(80, y - 100, 280, y - 100)
        c.line(330, y - 100, 530, y - 100)
        c.drawString(80, y - 110, "Funeral director")
        c.drawString(330, y - 110, "Purchaser")
        return [Mark("sig", 84, y - 98, w=150, seed=died.toordinal()),
                Mark("sig", 334, y - 98, w=150, seed=died.toordinal() + 9)]

    return Letter(Paper([page]), "other", date)


def hardship_typed(writers: Sequence[str], address: Sequence[str], loan: str, date: dt.date, lender: str,
                   paras: Sequence[str], seed: int) -> Letter:
    """A typed hardship letter, printed and signed in ink before it was faxed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 728
        for ln in [" and ".join(writers), *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.drawString(72, y, long_date(date))
        y -= 26
        for ln in [SERVICER, f"for {lender}", "Loss Mitigation Department", f"Fax {SERVICER_FAX}"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"RE: Hardship letter - Loan number {loan}")
        y -= 24
        y = paragraphs(c, 72, y, W - 144, ["To the Loss Mitigation Department:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 2, "Sincerely,")
        marks = []
        for i, nm in enumerate(writers):
            x = 72 + 230 * i
            c.drawString(x, y - 48, nm)
            marks.append(Mark("sig", x, y - 36, w=140, seed=seed + i))
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def hardship_handwritten(writer: str, loan: str, date: dt.date, lines: Sequence[str], seed: int) -> Letter:
    """A hardship letter written out by hand on ruled notepaper (a slanted cursive-like hand)."""

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeGray(0.55)
        c.setLineWidth(0.5)
        y = 730
        while y > 50:
            c.line(36, y, W - 36, y)
            y -= 24
        c.setStrokeGray(0.35)
        c.line(90, 40, 90, 760)
        c.setStrokeColor(black)
        marks = []
        body = [mdy(date), "", f"To {SERVICER_SHORT} - Loan # {loan}", "", *lines, "", "Thank you,"]
        y = 730
        for i, ln in enumerate(body):
            if ln:
                marks.append(Mark("cursive", 98 if i else 400, y + 3, ln, size=15.5, seed=seed * 13 + i))
            y -= 24
        marks.append(Mark("sig", 104, y - 2, w=150, seed=seed))
        marks.append(Mark("cursive", 110, y - 24, writer, size=14, seed=seed + 99))
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def fax_cover(sender: str, phone: str, fax_no: str, to: str, date: dt.date, pages: int, re: str,
              note: Sequence[str]) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFillGray(0.15)
        c.rect(50, 700, 512, 50, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 34)
        c.drawString(64, 712, "FAX")
        c.setFont("Helvetica", 11)
        c.drawRightString(548, 728, sender)
        c.drawRightString(548, 713, f"Phone {phone}   Fax {fax_no}")
        c.setFillColor(black)
        rows = [("TO", to), ("FAX", SERVICER_FAX), ("FROM", sender), ("DATE", mdy(date)),
                ("PAGES", f"{pages} (including this cover)"), ("RE", re)]
        y = 660
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(64, y, k + ":")
            c.setFont("Helvetica", 12)
            c.drawString(150, y, v)
            c.line(146, y - 5, 548, y - 5)
            y -= 30
        c.setFont("Helvetica-Bold", 10)
        c.drawString(64, y - 10, "COMMENTS:")
        c.setFont("Helvetica", 11)
        y -= 30
        for ln in note:
            c.drawString(64, y, ln)
            y -= 16
        c.setFont("Helvetica", 8)
        c.drawString(64, 90, "CONFIDENTIALITY NOTICE: this transmission may contain private information meant only "
                             "for the addressee.")
        c.drawString(64, 79, "If you received it in error, please call the sender and destroy the pages.")
        return []

    return Paper([page])


# --- applications -------------------------------------------------------------------------------------------

# The short form's income lines: key -> (number, label, the checklist's income code)
SF_LINES = {
    "wages": ("D1", "Wages, salary, overtime, tips, bonuses (all borrowers)", "wages"),
    "self_employment": ("D2", "Self-employment income (net, monthly average)", "self_employment"),
    "unemployment": ("D3", "Unemployment benefits", "unemployment"),
    "ss_pension": ("D4", "Social Security, pension or disability (taxable)", "benefits_taxable"),
    "survivor": ("D5", "Survivor or death benefits (SS survivor, survivor annuity)", "benefits_taxable"),
    "nontaxable": ("D6", "Non-taxable SSI, Social Security or VA disability", "benefits_nontaxable"),
    "rental": ("D7", "Rental income (rents less expenses, not mortgage)", "rental"),
    "support": ("D8", "Child support, alimony, separate maintenance", "other"),
    "other": ("D9", "Other income (describe in Section C)", "other"),
}
F710_CODE = {k: k for k in INCOMES}


@dataclass
class App:
    form: str  # "710" or "short"
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
    start: dt.date | None
    duration: str  # short | long | resolved
    lines: dict[str, float]  # short form: SF_LINES keys; Form 710: income codes
    signed_on: dt.date
    lender: str = "Cascade Timberline Federal Credit Union"
    co: str | None = None
    co_ssn: str | None = None
    co_phone: str = ""
    explain: str = ""
    b_signs: bool = True
    b_dates: bool = True
    co_signs: bool = True
    co_dates: bool = True
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    def code_of(self, key: str) -> str:
        return SF_LINES[key][2] if self.form == "short" else F710_CODE[key]

    @property
    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for k, v in self.lines.items():
            if v > 0:
                code = self.code_of(k)
                out[code] = r2(out.get(code, 0.0) + v)
        return out

    @property
    def total(self) -> float:
        return r2(sum(v for v in self.lines.values() if v > 0))

    @property
    def signed(self) -> bool:
        return self.b_signs and self.b_dates

    @property
    def co_signed(self) -> bool | None:
        return None if self.co is None else (self.co_signs and self.co_dates)

    def answers(self) -> dict[str, Any]:
        """Each required answer as the form shows it (None = blank)."""
        return {"loan_number": self.loan, "borrower_name": self.borrower, "property_address": self.address,
                "occupancy": self.occupancy, "hardship_types": self.hardships or None,
                "hardship_start_date": self.start, "income": self.income or None}

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = dict(self.income)
        income["total"] = self.total  # the short form prints D10 = the sum; Form 710 prints none: the sum
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.signed,
                "signed_on": self.signed_on.isoformat() if self.signed else None,
                "co_borrower_signed": self.co_signed}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_pdf(app: App) -> bytes:
    """The real Form 710 typed through its AcroForm (signature dates left for the pen), as printed."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "612.00", "Number_11": "1,150.00"}
    if app.start:
        values["Date_1"] = mdy(app.start)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:], "US_Phone_Number_3": app.co_phone,
                       "Checkbox_9": True})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.explain and "other" in app.hardships:
        values["Text_9"] = app.explain
    for k, v in app.lines.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
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
    return fixed_pypdf_bytes(writer, f"bf710{app.loan}")


def form710_sheets(app: App) -> list[Sheet]:
    """Typed, printed, then signed and dated in ink on page 4."""
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
    if app.co and app.co_dates:
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return sheets_of(form710_pdf(app), marks)


def uline(c: Canvas, x: float, y: float, w: float, label: str, value: str = "", size: float = 9.5) -> None:
    """A government-form field: the answer typed ON the line, the label printed small UNDER it."""
    c.setLineWidth(0.6)
    c.line(x, y, x + w, y)
    c.setFont("Helvetica", 6.3)
    c.drawString(x + 1, y - 7, label)
    if value:
        c.setFont("Courier-Bold", size)
        c.drawString(x + 3, y + 2.5, value)


def box(c: Canvas, x: float, y: float, label: str, on: bool, size: float = 7.2) -> float:
    c.setLineWidth(0.6)
    c.rect(x, y - 1, 7, 7, stroke=1, fill=0)
    if on:
        c.setFont("Courier-Bold", 10)
        c.drawString(x + 0.6, y - 0.3, "X")
    c.setFont("Helvetica", size)
    c.drawString(x + 10, y, label)
    return x + 10 + stringWidth(label, "Helvetica", size) + 8


def band(c: Canvas, x: float, y: float, w: float, title: str) -> None:
    c.setFillGray(0.2)
    c.rect(x, y - 3, w, 12, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 7.8)
    c.drawString(x + 4, y, title)
    c.setFillColor(black)


SF_HARDSHIP_LABELS = (("unemployment", "Unemployment / job loss"), ("reduction_in_income", "Reduced income or hours"),
                      ("increase_in_housing_expenses", "Higher housing costs (taxes, insurance, repairs)"),
                      ("disaster", "Disaster (flood, fire, storm) - home or workplace"),
                      ("disability_or_illness", "Disability or serious illness"),
                      ("divorce_or_separation", "Divorce or legal separation"),
                      ("separation_unmarried", "Separation of unmarried co-borrowers"),
                      ("death", "Death of a borrower or wage earner"),
                      ("relocation", "Distant job transfer / relocation"), ("other", "Other (explain below)"))


def short_form(app: App) -> Paper:
    """Lanyard CU Mortgage Services' one-page 'Loss Mitigation Application - Short Form' (LCU-LM1)."""

    def page(c: Canvas) -> list[Mark]:
        # head
        c.setFillGray(0.15)
        c.circle(56, 748, 12, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(56, 745, "LCU")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(74, 751, "LANYARD CREDIT UNION MORTGAGE SERVICES, LLC")
        c.setFont("Helvetica", 7)
        c.drawString(74, 742, f"Servicing home loans for member credit unions  |  {SERVICER_ADDR}  |  "
                              f"Phone {SERVICER_PHONE}  |  Fax {SERVICER_FAX}")
        c.setFont("Helvetica-Bold", 13.5)
        c.drawString(40, 722, "LOSS MITIGATION APPLICATION - SHORT FORM")
        c.setFont("Helvetica", 7)
        c.drawRightString(572, 730, "Form LCU-LM1 (rev. 01/2046)")
        c.drawRightString(572, 721, "OMB-style short form - 1 page")
        c.setLineWidth(1.5)
        c.line(40, 714, 572, 714)
        c.setFont("Helvetica", 6.8)
        c.drawString(40, 705, "Type or print in ink. Answer every item; write NONE or 0 where it does not apply. "
                              "Send it with the papers listed on the back of your letter to the fax number above.")
        L, R, CW = 40, 314, 258
        # ---- left column
        y = 690
        band(c, L, y, CW, "SECTION A - LOAN AND BORROWERS")
        y -= 20
        uline(c, L, y, 92, "Loan number", app.loan)
        uline(c, L + 98, y, CW - 98, "Credit union that made the loan", app.lender,
              size=min(9.5, (CW - 104) / stringWidth(app.lender, "Courier-Bold", 1)))
        y -= 22
        uline(c, L, y, 190, "Borrower - full name (first, middle, last)", app.borrower)
        uline(c, L + 198, y, CW - 198, "SSN - last 4 digits", app.ssn[-4:])
        y -= 22
        uline(c, L, y, 100, "Borrower phone", app.phone, size=8.5)
        uline(c, L + 108, y, CW - 108, "Borrower e-mail", app.email, size=8.5)
        y -= 22
        uline(c, L, y, 190, "Co-borrower - full name (leave blank if none)", app.co or "")
        uline(c, L + 198, y, CW - 198, "SSN - last 4 digits", (app.co_ssn or "")[-4:])
        y -= 22
        uline(c, L, y, 100, "Co-borrower phone", app.co_phone, size=8.5)
        uline(c, L + 108, y, CW - 108, "Military: any borrower on active duty or a surviving spouse?", "NO",
              size=8.5)
        y -= 20
        band(c, L, y, CW, "SECTION B - PROPERTY")
        y -= 20
        uline(c, L, y, CW, "Property address - number and street (unit)", app.street)
        y -= 22
        uline(c, L, y, 150, "City", app.city)
        uline(c, L + 158, y, 36, "State", app.state)
        uline(c, L + 202, y, CW - 202, "ZIP code", app.zip)
        y -= 22
        uline(c, L, y, CW, "Mailing address, if different from the property", "")
        y -= 17
        c.setFont("Helvetica-Bold", 7)
        c.drawString(L, y, "B5 The property is:")
        x = L + 70
        for code, lab in (("primary_residence", "Primary residence"), ("second_home", "Second home"),
                          ("investment_property", "Investment / rental")):
            x = box(c, x, y, lab, app.occupancy == code, 6.8)
        y -= 13
        c.setFont("Helvetica-Bold", 7)
        c.drawString(L, y, "B6 I want to:")
        x = L + 70
        for i, lab in enumerate(("Keep the home", "Sell it", "Undecided")):
            x = box(c, x, y, lab, i == 0, 6.8)
        y -= 13
        c.setFont("Helvetica-Bold", 7)
        c.drawString(L, y, "B7 For sale?")
        x = box(c, L + 70, y, "Yes", False, 6.8)
        x = box(c, x, y, "No", True, 6.8)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x + 6, y, "HOA dues?")
        x = box(c, x + 46, y, "Yes", False, 6.8)
        box(c, x, y, "No", True, 6.8)
        y -= 14
        band(c, L, y, CW, "SECTION C - HARDSHIP")
        y -= 20
        uline(c, L, y, 104, "Date hardship began (mm/dd/yyyy)", mdy(app.start) if app.start else "")
        c.setFont("Helvetica-Bold", 6.8)
        c.drawString(L + 114, y + 3, "Expected to last:")
        x = box(c, L + 174, y + 3, "6 mo. or less", app.duration == "short", 6.5)
        box(c, L + 174, y - 7, "Longer", app.duration == "long", 6.5)
        box(c, L + 218, y - 7, "Over", app.duration == "resolved", 6.5)
        y -= 19
        c.setFont("Helvetica-Bold", 7)
        c.drawString(L, y, "C3 Cause of hardship - mark every one that applies:")
        y -= 11
        for i, (code, lab) in enumerate(SF_HARDSHIP_LABELS):
            box(c, L + 2, y - 10.2 * i, lab, code in app.hardships, 6.8)
        y -= 10.2 * len(SF_HARDSHIP_LABELS) + 10
        expl = wrap(app.explain, "Courier-Bold", 8, CW - 6) or [""]
        uline(c, L, y, CW, "C4 Tell us briefly what happened", expl[0], size=8)
        y -= 19
        uline(c, L, y, CW, "", expl[1] if len(expl) > 1 else "", size=8)
        # ---- right column
        y = 690
        band(c, R, y, CW, "SECTION D - MONTHLY GROSS INCOME (before taxes)")
        y -= 11
        c.setFont("Helvetica", 6.3)
        c.drawString(R, y, "Write the monthly amount for all borrowers together. Leave a line blank if none.")
        y -= 17
        for key, (num, lab, _) in SF_LINES.items():
            v = app.lines.get(key, 0.0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(R, y + 2, num)
            c.setFont("Helvetica", 7)
            c.drawString(R + 16, y + 2, lab)
            c.setFont("Helvetica", 8)
            c.drawString(R + 196, y + 2, "$")
            uline(c, R + 204, y, CW - 204, "", money(v) if v > 0 else "", size=8.5)
            y -= 15.5
        c.setLineWidth(1.2)
        c.line(R, y + 10, R + CW, y + 10)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(R, y - 2, "D10")
        c.drawString(R + 16, y - 2, "TOTAL MONTHLY INCOME (D1 through D9)")
        c.setFont("Helvetica", 8)
        c.drawString(R + 196, y - 2, "$")
        uline(c, R + 204, y - 4, CW - 204, "", money(app.total), size=8.5)
        y -= 24
        band(c, R, y, CW, "SECTION E - ASSETS (not retirement accounts)")
        y -= 20
        uline(c, R, y, 80, "Checking and cash", "$612.00", size=8)
        uline(c, R + 88, y, 80, "Savings / CDs", "$1,150.00", size=8)
        uline(c, R + 176, y, CW - 176, "Other", "NONE", size=8)
        y -= 18
        band(c, R, y, CW, "SECTION F - CERTIFICATION AND SIGNATURES")
        y -= 10
        cert = ("I certify that the information in this application is true and that the hardship described "
                "contributed to my need for help. I agree to send the documents my servicer asks for, and I "
                "consent to a credit report and to being contacted about this application at the phone numbers "
                "and e-mail given. I understand that knowingly false statements may violate federal law and "
                "that the servicer is not obliged to offer me assistance. My first timely payment under any "
                "trial, repayment or forbearance plan offered will be my acceptance of that plan.")
        c.setFont("Helvetica", 6.4)
        for ln in wrap(cert, "Helvetica", 6.4, CW):
            c.drawString(R, y, ln)
            y -= 7.8
        y -= 22
        marks: list[Mark] = []
        uline(c, R, y, 172, "Borrower signature")
        uline(c, R + 180, y, CW - 180, "Date (mm/dd/yyyy)")
        if app.b_signs:
            marks.append(Mark("sig", R + 8, y + 1, w=120, seed=app.seed))
        if app.b_dates:
            marks.append(Mark("hand", R + 184, y + 3, mdy(app.signed_on), size=10.5, seed=app.seed + 5))
        y -= 30
        uline(c, R, y, 172, "Co-borrower signature")
        uline(c, R + 180, y, CW - 180, "Date (mm/dd/yyyy)")
        if app.co and app.co_signs:
            marks.append(Mark("sig", R + 8, y + 1, w=115, seed=app.seed + 1))
        if app.co and app.co_dates:
            marks.append(Mark("hand", R + 184, y + 3, mdy(app.signed_on), size=10.5, seed=app.seed + 6))
        y -= 24
        c.setFillGray(0.88)
        c.rect(R, y - 40, CW, 44, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 6.8)
        c.drawString(R + 4, y - 6, "FOR SERVICER USE")
        c.setFont("Helvetica", 6.5)
        c.drawString(R + 4, y - 18, "Received ____________   Ack. sent ____________   Analyst ______")
        c.drawString(R + 4, y - 30, "Credit union no. ______   Investor ______________________________")
        c.setFont("Helvetica", 6.3)
        c.drawString(40, 58, "HUD-approved housing counselors: (800) 569-4287, www.hud.gov/counseling.  CFPB: "
                             "(855) 411-2372, www.consumerfinance.gov/mortgagehelp.")
        c.drawString(40, 50, f"Form LCU-LM1 (rev. 01/2046)    {SERVICER}    Page 1 of 1")
        return marks

    return Paper([page])


# --- packets ------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    account: str | None = None
    benefit: str | None = None
    signed: bool = False
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = True


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App | None
    scenario: list[str]  # the missing codes the scenario is built to produce (checked against the rules)
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def fax(self, rel: str, parts: Sequence[tuple[Doc | None, list[Sheet]]], fax: Fax) -> None:
        """One fax file holding the given papers in order (a None doc: a cover sheet, not a document)."""
        sheets: list[Sheet] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = fax_pdf(sheets, fax, f"bf{self.name}{len(self.files)}")


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> tuple[list[str], list[str]]:
    """shared/spec/checklist.md applied to what the packet holds. Returns the missing codes and any place where a
    reasonable reading of the checklist would decide differently (the generator keeps clear of those)."""
    doubts: list[str] = []
    if app is None:
        return ["application"], doubts
    out: list[str] = []
    if not app.signed or (app.co is not None and not app.co_signed):
        out.append("application_signature")
    for name, value in app.answers().items():
        if value in (None, "", [], {}):
            out.append(f"application_field:{name}")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and 0 <= (received - d).days <= FRESH_DAYS

    stmts = [d for d in docs if d.type == "bank_statement"]

    def two_bank(both_fresh: bool) -> bool:
        for a in stmts:
            for b in stmts:
                if a is b or a.account != b.account:
                    continue
                consecutive = dt.date.fromisoformat(b.fields["period_start"]) == \
                    dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                if consecutive and fresh(b.date) and (fresh(a.date) or not both_fresh):
                    return True
        return False

    bank = two_bank(True)  # "every income document must be fresh"
    if bank != two_bank(False):  # "the newer one fresh"
        doubts.append("a pair of statements whose older one is stale")
    stubs = [d for d in docs if d.type == "pay_stub"]
    if any(fresh(d.date) and d.fields.get("gross_ytd") is None for d in stubs):
        doubts.append("a fresh stub without year-to-date pay")

    def letters(code: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == code and fresh(d.date) for d in docs)

    def count_fresh(kind: str) -> int:
        return sum(1 for d in docs if d.type == kind and fresh(d.date))

    rules = {
        "wages": bank or any(fresh(d.date) and d.fields.get("gross_ytd") is not None for d in stubs),
        "self_employment": bank or any(d.type == "profit_and_loss_statement" and d.signed and fresh(d.date)
                                       for d in docs) or any(d.type == "tax_return" and d.signed for d in docs),
        "unemployment": True,
        "benefits_taxable": bank or letters("benefits_taxable"),
        "benefits_nontaxable": bank or letters("benefits_nontaxable"),
        "rental": bank or count_fresh("rent_check") >= 2,
        "investment": bank or count_fresh("investment_statement") >= 2,
        "other": bank or letters("other"),
    }
    for code in app.income:
        if not rules[code]:
            out.append(f"income_doc:{code}")
            if code == "other" and any(d.type == "divorce_decree" for d in docs):
                doubts.append("a decree may document the other income")
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
    return sorted(out), doubts


def expected_of(p: Packet) -> dict[str, Any]:
    codes, _ = missing_codes(p.app, p.docs, p.received)
    docs = []
    for i, d in enumerate(p.docs, 1):
        docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
                     "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields})
    return {"loan_number": p.app.loan if p.app else None, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes,
            "application": p.app.expected() if p.app else None, "documents": docs}


def sent(day: dt.date, hh: int, mm: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hh, mm)


def packet_bf1(seed: int) -> Packet:
    """Flood: the short form, both spouses' stubs, FEMA's decision, the flood claim letter and a typed letter, in
    ONE fax behind a library's cover sheet."""
    received = dt.date(2046, 3, 7)
    addr = ["3318 Sable Creek Lane", "Harlow, OR 97321"]
    trevor = GroceryJob("Trevor J. Lindqvist", "HB-0231-7714", "Store 0231 - Harlow",
                        "Store 0231, 1900 Pacific Blvd SE, Harlow, OR 97321", "Meat & Seafood", 24.85, 80.0, 0.085,
                        28.50, 71.40, seed * 11 + 1)
    amara = CountyJob("Amara N. Lindqvist", "E-20417", "Office Specialist 2", "Assessment & Taxation", 49872.00, 1.0,
                      0.07, 88.00, seed * 11 + 2)
    s1 = grocery_stub(trevor, dt.date(2046, 3, 2))
    s2 = county_stub(amara, dt.date(2046, 3, 5))
    signed = dt.date(2046, 3, 5)
    app = App("short", "2041187730", "Trevor J. Lindqvist", "941-22-6183", addr[0], "Harlow", "OR", "97321",
              "(541) 555-0187", "tlindqvist@example.net", "primary_residence", ["disaster"], dt.date(2046, 1, 14),
              "short", {"wages": r2(s1.monthly + s2.monthly)}, signed, lender="Willamette Mill Workers Credit Union",
              co="Amara N. Lindqvist", co_ssn="941-58-2207", co_phone="(541) 555-0188",
              explain="Sable Creek flooded our house Jan 14; 30 in. of water on the main floor. Renting until "
                      "repaired.",
              seed=seed + 11)
    p = Packet("bf1", received, app, [])
    fema = fema_letter(app.borrower, addr, dt.date(2046, 2, 21), "41-7730925", "DR-4912-OR",
                       f"your home at {addr[0]}", 14880.52, 3260.00)
    claim = flood_claim_letter(app.borrower, addr, dt.date(2046, 2, 27), "87 1150 4471 09", "FL-46-0013382",
                               dt.date(2046, 1, 14), 41206.18, 6340.00, 2000.00)
    hl = hardship_typed([app.borrower, "Amara N. Lindqvist"], addr, app.loan, signed, app.lender, [
        "On January 14 Sable Creek came over its banks and put thirty inches of water through the main floor of "
        "our house. We had to move out that night and we are renting a small apartment in town while the floors, "
        "walls and furnace are replaced.",
        "FEMA and our flood insurance are paying for most of the repairs, but we are paying rent and the mortgage "
        "at the same time and we missed the February and March payments. We both still work. We are asking for a "
        "forbearance or a modification until we can move back home."], seed + 15)
    cover = fax_cover("Harlow Public Library", "(541) 555-0133", "(541) 555-0134", SERVICER, received, 7,
                      f"Loan {app.loan} - Lindqvist - loss mitigation application",
                      ["Application, two pay stubs, FEMA letter, flood claim letter", "and our hardship letter.",
                       "Please call Trevor at (541) 555-0187 with questions."])
    fax = Fax("Harlow Public Library", "5415550134", sent(received, 9, 14), stretched=False, drops=4, seed=seed + 1)
    p.fax("FAX_20460307_091422_5415550134.pdf", [
        (None, paper_sheets(cover)),
        (app_doc(), paper_sheets(short_form(app))),
        (stub_doc(s1), paper_sheets(s1.paper)),
        (stub_doc(s2), paper_sheets(s2.paper)),
        (letter_doc(fema), paper_sheets(fema.paper)),
        (letter_doc(claim), paper_sheets(claim.paper)),
        (letter_doc(hl), paper_sheets(hl.paper))], fax)
    return p


def packet_bf2(seed: int) -> Packet:
    """Wildfire: Form 710, a pre-fire (stale) stub, ONE statement and the sheriff's evacuation letter, each faxed
    on its own into a folder named after the loan."""
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2046, 11, 13)
    addr = ["71 Ponderosa Loop", "Juniper Flat, OR 97759"]
    temp = ["Sisters Ridge Apartments, Unit 14", "300 Ridgeview Drive", "Redvale, OR 97760"]
    job = GroceryJob("Rosalind M. Whitcombe", "HB-0144-2291", "Store 0144 - Juniper Flat",
                     "Store 0144, 120 W Cascade Avenue, Juniper Flat, OR 97759", "Front End", 19.40, 72.0, 0.06,
                     24.00, 52.80, seed * 11 + 3)
    stub = grocery_stub(job, dt.date(2046, 7, 20))
    app = App("710", "0073316428", "Rosalind M. Whitcombe", "958-40-1179", addr[0], "Juniper Flat", "OR", "97759",
              "(541) 555-0116", "rosalind.whitcombe@example.com", "primary_residence",
              ["disaster", "increase_in_housing_expenses"], dt.date(2046, 7, 28), "long", {"wages": stub.monthly},
              dt.date(2046, 11, 8), lender="High Desert Community Credit Union", seed=seed + 21)
    p = Packet("bf2", received, app, ["income_doc:wages"])
    credits = [(dt.date(2046, 10, 12), "HARVEST BASKET PAYROLL PPD", 948.36),
               (dt.date(2046, 10, 26), "HARVEST BASKET PAYROLL PPD", 1003.12),
               (dt.date(2046, 10, 9), "CASCADE HEARTH MUT ALE ADVANCE", 1500.00)]
    st = juniper_statement(rng, app.borrower, temp, "4410082275", 2046, 10, 1214.77, credits,
                           [("Sisters Ridge Apartments", 1150.00), ("Juniper Flat Water District", 64.30)], 1187)
    evac = evacuation_letter(app.borrower, addr, dt.date(2046, 8, 30), "Tumalo Ridge Fire", dt.date(2046, 7, 28),
                             dt.date(2046, 8, 21))
    loan = app.loan
    base = [(9, 48), (9, 55), (10, 3), (10, 9)]
    items: list[tuple[Doc, list[Sheet]]] = [(app_doc(), form710_sheets(app)),
                                            (stub_doc(stub), paper_sheets(stub.paper)),
                                            (stmt_doc(st), paper_sheets(st.paper)),
                                            (letter_doc(evac), paper_sheets(evac.paper))]
    for i, ((hh, mm), (doc, sheets)) in enumerate(zip(base, items, strict=True), 1):
        fax = Fax("Sisters Ridge Apts Office", "5415550109", sent(received, hh, mm), drops=6, seed=seed * 20 + i)
        p.fax(f"{loan}/20461113-{hh:02d}{mm:02d}{10 + i:02d}-{i:02d}.pdf", [(doc, sheets)], fax)
    return p


def packet_bf3(seed: int) -> Packet:
    """Death of the co-borrower: the surviving wife applies alone on the short form; death certificate, Social
    Security's widow's award, the county plan's survivor annuity letter, and her hand-written letter, in ONE fax
    without a cover sheet."""
    received = dt.date(2046, 4, 18)
    addr = ["18 Larkspur Court", "Redvale, OR 97760"]
    signed = dt.date(2046, 4, 14)
    ssa = ssa_survivor_notice("Ilse M. Brandvold", addr, dt.date(2046, 3, 26), "Gunnar T. Brandvold", "widow's",
                              dt.date(2046, 2, 1), 1842.00,
                              "You are also due a one-time lump-sum death payment of $255.00. We will pay it "
                              "separately to your bank account.")
    pension = pension_letter(("MARROW CREEK COUNTY EMPLOYEES' RETIREMENT PLAN",
                              "201 NW Court Street, Suite 300, Redvale, OR 97760  -  (541) 555-0155"),
                             "Ilse M. Brandvold", addr, dt.date(2046, 3, 2), "Survivor annuity - Gunnar T. Brandvold",
                             ["Please accept our sympathy on the death of your husband, Gunnar T. Brandvold, a "
                              "retired member of the Plan. When he retired he chose a 50% joint and survivor "
                              "annuity naming you as his beneficiary.",
                              "Your survivor annuity begins on the first of the month after his death and is paid "
                              "for your lifetime. It is taxable income; tax is withheld under the election on file."],
                             1126.40, dt.date(2046, 3, 1), "50% joint and survivor")
    cert = death_certificate("Gunnar Tobias Brandvold", "M", dt.date(2046, 2, 3), dt.date(1979, 6, 12),
                             "St. Anselm Medical Center", "Marrow Creek", "18 Larkspur Ct, Redvale, OR 97760",
                             "Ilse Marie Brandvold", "ILSE M. BRANDVOLD - WIFE",
                             ["ACUTE MYOCARDIAL INFARCTION", "CORONARY ARTERY DISEASE"], dt.date(2046, 2, 9),
                             "2046-000417", dt.date(2046, 2, 20))
    app = App("short", "5520093148", "Ilse M. Brandvold", "927-66-0431", addr[0], "Redvale", "OR", "97760",
              "(541) 555-0124", "ilse.brandvold@example.org", "primary_residence", ["death"], dt.date(2046, 2, 3),
              "long", {"ss_pension": 1126.40, "survivor": 1842.00}, signed,
              lender="Marrow Creek Teachers Credit Union",
              explain="My husband Gunnar died Feb 3. His pension was cut in half and his Social Security stopped.",
              seed=seed + 31)
    p = Packet("bf3", received, app, [])
    hw = hardship_handwritten(app.borrower, app.loan, signed, [
        "I am writing to ask for help with our house payment.",
        "My husband Gunnar passed away on February 3rd after",
        "a heart attack. He was retired from the County and his",
        "pension and Social Security paid most of our bills.",
        "Now I get his survivor pension, which is half of what",
        "it was, and a widow's benefit from Social Security.",
        "I fell behind in March while I paid for the funeral.",
        "I want to stay in our home. Could you please lower",
        "the payment or add the missed months to the loan?",
        "I have sent the death certificate and my award letters."], seed + 33)
    fax = Fax("Redvale Senior Center", "5415550166", sent(received, 10, 5), drops=5, streak=True, seed=seed + 3)
    p.fax("RX_0418_1005_5415550166.pdf", [
        (app_doc(), paper_sheets(short_form(app))),
        (letter_doc(cert), paper_sheets(cert.paper)),
        (letter_doc(ssa), paper_sheets(ssa.paper)),
        (letter_doc(pension), paper_sheets(pension.paper)),
        (letter_doc(hw), paper_sheets(hw.paper))], fax)
    return p


def packet_bf4(seed: int) -> Packet:
    """Divorce: Form 710, the general judgment of dissolution, two months of statements with check images, the
    county stub, in ONE fax behind a cover sheet, stored with every scan line doubled."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2046, 9, 18)
    addr = ["2245 Vine Maple Drive", "Redvale, OR 97760"]
    job = CountyJob("Colette A. Marchbanks", "E-18832", "Eligibility Specialist", "Health & Human Services", 58344.00,
                    1.0, 0.075, 112.50, seed * 11 + 4)
    stub = county_stub(job, dt.date(2046, 9, 5))
    net = stub.net
    app = App("710", "3390415276", "Colette A. Marchbanks", "962-18-7054", addr[0], "Redvale", "OR", "97760",
              "(541) 555-0149", "cmarchbanks@example.com", "primary_residence", ["divorce_or_separation"],
              dt.date(2045, 12, 1), "long", {"wages": stub.monthly, "other": 650.00}, dt.date(2046, 9, 12),
              lender="Cascade Timberline Federal Credit Union", seed=seed + 41)
    p = Packet("bf4", received, app, [])
    jul = [(dt.date(2046, 7, 3), "OR CSP CHILD SUPPORT PMT", 650.00), (dt.date(2046, 7, 5), "MARROW CREEK CO PAYROLL",
                                                                      net),
           (dt.date(2046, 7, 20), "MARROW CREEK CO PAYROLL", net)]
    aug = [(dt.date(2046, 8, 2), "OR CSP CHILD SUPPORT PMT", 650.00), (dt.date(2046, 8, 3), "MARROW CREEK CO PAYROLL",
                                                                       net),
           (dt.date(2046, 8, 20), "MARROW CREEK CO PAYROLL", net)]
    s1 = juniper_statement(rng, app.borrower, addr, "4410637718", 2046, 7, 842.63, jul,
                           [("Little Sprouts Daycare", 640.00), ("Redvale School District", 45.00)], 2214)
    s2 = juniper_statement(rng, app.borrower, addr, "4410637718", 2046, 8, s1.fields["ending_balance"], aug,
                           [("Little Sprouts Daycare", 640.00), ("Tomas Ibarra DDS", 118.00),
                            ("Redvale Youth Soccer", 85.00)], 2216)
    decree = dissolution_judgment("Colette Anne Marchbanks", "Desmond Ray Marchbanks", "46DR01177",
                                  dt.date(2046, 5, 22), dt.date(2033, 8, 20), ["Noah D. Marchbanks",
                                                                               "Elise C. Marchbanks"],
                                  650.00, "2245 Vine Maple Drive, Redvale, Oregon")
    cover = fax_cover("Colette Marchbanks", "(541) 555-0149", "(541) 555-0193", f"{SERVICER_SHORT} - Loss Mit.",
                      received, 12, f"Loan # {app.loan}  Mortgage assistance application",
                      ["Enclosed: application, divorce judgment, July and August", "bank statements, latest pay stub.",
                       "My ex-husband is no longer on the house (see judgment)."])
    fax = Fax("Redvale Pack and Ship", "5415550193", sent(received, 13, 27), stretched=True, drops=7, seed=seed + 4)
    p.fax("LCUMS_INBOUND_20460918_1327.pdf", [
        (None, paper_sheets(cover)),
        (app_doc(), form710_sheets(app)),
        (letter_doc(decree), paper_sheets(decree.paper)),
        (stmt_doc(s1), paper_sheets(s1.paper)),
        (stmt_doc(s2), paper_sheets(s2.paper)),
        (stub_doc(stub), paper_sheets(stub.paper))], fax)
    return p


def packet_bf5(seed: int) -> Packet:
    """A new baby and reduced hours: the short form (the borrower signed but left his date blank), then his stub,
    his wife's county stub and her reduced-schedule approval, in TWO faxes from his store."""
    received = dt.date(2046, 5, 16)
    addr = ["940 Osprey Street", "Harlow, OR 97321"]
    marcus = GroceryJob("Marcus D. Featherstone", "HB-0231-5502", "Store 0231 - Harlow",
                        "Store 0231, 1900 Pacific Blvd SE, Harlow, OR 97321", "Produce", 21.15, 80.0, 0.07, 28.50,
                        142.60, seed * 11 + 5)
    priya = CountyJob("Priya S. Featherstone", "E-21190", "Planner II", "Community Development", 71160.00, 0.6, 0.06,
                      64.00, seed * 11 + 6)
    s1 = grocery_stub(marcus, dt.date(2046, 5, 11))
    s2 = county_stub(priya, dt.date(2046, 5, 4))
    app = App("short", "6618230594", "Marcus D. Featherstone", "973-05-4418", addr[0], "Harlow", "OR", "97321",
              "(541) 555-0131", "mfeatherstone@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2045, 11, 1), "long", {"wages": r2(s1.monthly + s2.monthly)}, dt.date(2046, 5, 14),
              lender="Willamette Mill Workers Credit Union", co="Priya S. Featherstone", co_ssn="973-61-2290",
              co_phone="(541) 555-0132", explain="Our daughter was born in Sept. Priya went back at 0.6 FTE; daycare.",
              b_dates=False, seed=seed + 51)
    p = Packet("bf5", received, app, ["application_signature"])
    leave = leave_letter("Priya S. Featherstone", addr, dt.date(2045, 10, 26), dt.date(2045, 9, 2), 0.6,
                         dt.date(2045, 11, 1), "Planner II")
    cover = fax_cover("Harvest Basket Store 0231", "(541) 555-0176", "(541) 555-0177", SERVICER, received, 2,
                      f"Featherstone - loan {app.loan}", ["Application attached. Pay stubs and the County letter",
                                                          "follow in a second fax.  - Marcus"])
    f1 = Fax("Harvest Basket 0231 Office", "5415550177", sent(received, 14, 2), stretched=True, drops=5,
             seed=seed + 50)
    f2 = Fax("Harvest Basket 0231 Office", "5415550177", sent(received, 14, 11), stretched=True, drops=5,
             streak=True, seed=seed + 51)
    p.fax(f"LN{app.loan}_fax1.pdf", [(None, paper_sheets(cover)), (app_doc(), paper_sheets(short_form(app)))], f1)
    p.fax(f"LN{app.loan}_fax2.pdf", [(stub_doc(s1), paper_sheets(s1.paper)), (stub_doc(s2), paper_sheets(s2.paper)),
                                     (letter_doc(leave), paper_sheets(leave.paper))], f2)
    return p


def packet_bf6(seed: int) -> Packet:
    """Flood, a retiree: Form 710, a pension letter from January (stale), ONE credit union statement and the flood
    claim letter, each faxed on its own as "<loan>_<n>.pdf"."""
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2046, 6, 8)
    addr = ["5120 Millrace Road", "Harlow, OR 97321"]
    pension = pension_letter(("PACIFIC TIMBER WORKERS PENSION TRUST", "Benefits Office  -  PO Box 4410, Tacoma, WA "
                              "98401  -  (253) 555-0166"), "Harold E. Vantongeren", addr, dt.date(2046, 1, 12),
                             "Your 2046 monthly pension benefit",
                             ["This letter confirms your monthly pension benefit from the Pacific Timber Workers "
                              "Pension Trust for 2046. You retired on July 1, 2029 with 31.5 years of credited service"
                              " and receive a single life annuity.",
                              "Your benefit is paid on the first business day of each month by direct deposit. It "
                              "is subject to federal and Oregon income tax."],
                             1204.55, dt.date(2029, 7, 1), "Single life annuity")
    app = App("710", "0009183362", "Harold E. Vantongeren", "935-47-8820", addr[0], "Harlow", "OR", "97321",
              "(541) 555-0102", "hvantongeren@example.net", "primary_residence",
              ["disaster", "increase_in_housing_expenses"], dt.date(2046, 1, 14), "short",
              {"benefits_taxable": r2(1690.00 + 1204.55)}, dt.date(2046, 6, 4),
              lender="Willamette Mill Workers Credit Union", seed=seed + 61)
    p = Packet("bf6", received, app, ["income_doc:benefits_taxable"])
    credits = [(dt.date(2046, 4, 25), "SSA TREAS 310 XXSOC SEC", 1690.00),
               (dt.date(2046, 5, 1), "PAC TIMBER PENSION TR PENSION", 1036.12)]
    st = clearwater_statement(rng, app.borrower, addr, "30822147", dt.date(2046, 4, 16), 2316.08, credits)
    claim = flood_claim_letter(app.borrower, addr, dt.date(2046, 5, 29), "87 1150 3398 02", "FL-46-0014106",
                               dt.date(2046, 1, 14), 38450.00, 0.0, 2000.00)
    loan = app.loan
    for i, (doc, sheets, when) in enumerate([(app_doc(), form710_sheets(app), (11, 20)),
                                             (letter_doc(pension), paper_sheets(pension.paper), (11, 26)),
                                             (stmt_doc(st), paper_sheets(st.paper), (11, 29)),
                                             (letter_doc(claim), paper_sheets(claim.paper), (11, 33))], 1):
        fax = Fax("St. Matthias Parish Office", "5415550125", sent(received, *when), stretched=True, drops=6,
                  seed=seed * 60 + i)
        p.fax(f"{loan}_{i}.pdf", [(doc, sheets)], fax)
    return p


def packet_bf7(seed: int) -> Packet:
    """Wildfire: the short form (wages and the wife's unemployment), his county stub, two credit union statements,
    the evacuation letter and a typed letter, in ONE fax behind a relief center's cover sheet."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2046, 10, 23)
    addr = ["66 Cinder Butte Road", "Juniper Flat, OR 97759"]
    job = CountyJob("Wendell J. Harrowgate", "E-16054", "Road Maintenance Worker 3", "Road Department", 61932.00,
                    1.0, 0.07, 112.50, seed * 11 + 7)
    stub = county_stub(job, dt.date(2046, 10, 5))
    net = stub.net
    signed = dt.date(2046, 10, 18)
    app = App("short", "4471902835", "Wendell J. Harrowgate", "948-31-5507", addr[0], "Juniper Flat", "OR", "97759",
              "(541) 555-0114", "wharrowgate@example.com", "primary_residence", ["disaster", "unemployment"],
              dt.date(2046, 8, 19), "long", {"wages": stub.monthly, "unemployment": 1188.00}, signed,
              lender="High Desert Community Credit Union", co="Shauna K. Harrowgate", co_ssn="948-72-0613",
              co_phone="(541) 555-0115",
              explain="Cinder Butte Fire: evacuated Aug 19-Sep 2. The lodge where Shauna worked burned down.",
              seed=seed + 71)
    p = Packet("bf7", received, app, [])
    c1 = [(dt.date(2046, 8, 20), "MARROW CREEK CO PAYROLL", net), (dt.date(2046, 9, 5), "MARROW CREEK CO PAYROLL", net),
          (dt.date(2046, 9, 7), "OR EMPLOYMENT DEPT UI BENEFIT", 274.00),
          (dt.date(2046, 9, 14), "OR EMPLOYMENT DEPT UI BENEFIT", 274.00)]
    c2 = [(dt.date(2046, 9, 20), "MARROW CREEK CO PAYROLL", net),
          (dt.date(2046, 10, 5), "MARROW CREEK CO PAYROLL", net),
          *[(dt.date(2046, 9, 21) + dt.timedelta(days=7 * k), "OR EMPLOYMENT DEPT UI BENEFIT", 274.00)
            for k in range(4)]]
    s1 = clearwater_statement(rng, f"{app.borrower} / {app.co}", addr, "30719356", dt.date(2046, 8, 16), 1408.22, c1)
    s2 = clearwater_statement(rng, f"{app.borrower} / {app.co}", addr, "30719356", dt.date(2046, 9, 16),
                              s1.fields["ending_balance"], c2)
    evac = evacuation_letter(app.borrower, addr, dt.date(2046, 9, 10), "Cinder Butte Fire", dt.date(2046, 8, 19),
                             dt.date(2046, 9, 2))
    hl = hardship_typed([app.borrower, app.co or ""], addr, app.loan, signed, app.lender, [
        "On August 19 the Cinder Butte Fire forced us out of our home for two weeks. Our house is standing, but we "
        "paid for a motel and lost most of the food and the well pump, and the smoke damage is still being cleaned.",
        "The fire also burned Cinder Butte Lodge, where Shauna cooked for eleven years. She is on unemployment "
        "until the lodge rebuilds or she finds other work. I still work for the County road department.",
        "We are behind two payments and ask for a plan that lets us catch up over time."], seed + 75)
    cover = fax_cover("Juniper Flat Fire Relief Center", "(541) 555-0117", "(541) 555-0118", SERVICER, received, 7,
                      f"Harrowgate, loan {app.loan}", ["Sent for the Harrowgate family by relief center volunteers.",
                                                       "6 pages follow."])
    fax = Fax("Juniper Flat Fire Relief", "5415550118", sent(received, 15, 48), drops=4, streak=True, seed=seed + 7)
    p.fax("FAX_20461023_154811_5415550118.pdf", [
        (None, paper_sheets(cover)),
        (app_doc(), paper_sheets(short_form(app))),
        (stub_doc(stub), paper_sheets(stub.paper)),
        (stmt_doc(s1), paper_sheets(s1.paper)),
        (stmt_doc(s2), paper_sheets(s2.paper)),
        (letter_doc(evac), paper_sheets(evac.paper)),
        (letter_doc(hl), paper_sheets(hl.paper))], fax)
    return p


def packet_bf8(seed: int) -> Packet:
    """Death of the husband (not on the loan): Form 710, her stub, Social Security's mother's benefits award, the
    funeral home's statement (not a death certificate) and a typed letter, in ONE fax without a cover sheet."""
    received = dt.date(2046, 12, 10)
    addr = ["1409 Quarry Hill Avenue", "Harlow, OR 97321"]
    job = GroceryJob("Delphine R. Castellanos", "HB-0231-9086", "Store 0231 - Harlow",
                     "Store 0231, 1900 Pacific Blvd SE, Harlow, OR 97321", "Bakery", 20.60, 76.0, 0.065, 28.50, 96.30,
                     seed * 11 + 8)
    stub = grocery_stub(job, dt.date(2046, 12, 7))
    ssa = ssa_survivor_notice("Delphine R. Castellanos", addr, dt.date(2046, 11, 14), "Ruben A. Castellanos",
                              "mother's", dt.date(2046, 10, 1), 1517.00,
                              "You get mother's benefits because you have a child under 16 in your care. Your son "
                              "Mateo is also entitled to child's benefits; we will send him a separate notice.")
    signed = dt.date(2046, 12, 5)
    app = App("710", "7705528461", "Delphine R. Castellanos", "919-84-3356", addr[0], "Harlow", "OR", "97321",
              "(541) 555-0179", "dcastellanos@example.com", "primary_residence", ["death"], dt.date(2046, 9, 24),
              "long", {"wages": stub.monthly, "benefits_taxable": 1517.00}, signed,
              lender="Cascade Timberline Federal Credit Union", seed=seed + 81)
    p = Packet("bf8", received, app, ["hardship_doc:death"])
    fun = funeral_statement("Ruben Alonso Castellanos", dt.date(2046, 9, 24), "Delphine R. Castellanos",
                            dt.date(2046, 9, 29), [("Basic services of funeral director and staff", 2495.00),
                                                   ("Embalming", 895.00), ("Viewing and visitation", 650.00),
                                                   ("Casket - 18 gauge steel, Silver Rose", 2380.00),
                                                   ("Funeral coach (hearse)", 395.00),
                                                   ("Certified copies of death certificate (6)", 150.00)], 4000.00)
    hl = hardship_typed([app.borrower], addr, app.loan, signed, app.lender, [
        "My husband Ruben died suddenly on September 24. He drove for a lumber yard and earned more than half of "
        "our household income. I work in the bakery at Harvest Basket and now receive Social Security for myself "
        "and our son.",
        "I paid for the funeral from our savings and fell behind on the October and November payments. I want to "
        "keep our home for my son and ask you to review me for a modification."], seed + 85)
    fax = Fax("Harlow Mail and More", "5415550158", sent(received, 11, 37), stretched=True, drops=6, seed=seed + 8)
    p.fax("FAX0001273.pdf", [
        (app_doc(), form710_sheets(app)),
        (stub_doc(stub), paper_sheets(stub.paper)),
        (letter_doc(ssa), paper_sheets(ssa.paper)),
        (letter_doc(fun), paper_sheets(fun.paper)),
        (letter_doc(hl), paper_sheets(hl.paper))], fax)
    return p


# --- main ---------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bf1, packet_bf2, packet_bf3, packet_bf4, packet_bf5, packet_bf6,
                                             packet_bf7, packet_bf8]


def codes_from_expected(exp: dict[str, Any]) -> list[str]:
    """The checklist applied a second time, from expected.json alone (a cross-check of missing_codes)."""
    received = dt.date.fromisoformat(exp["received_on"])
    app = exp["application"]
    if app is None:
        return ["application"]
    out = []
    if not app["signed"] or app["co_borrower_signed"] is False:
        out.append("application_signature")
    for name in REQUIRED_FIELDS:
        if not app.get(name):
            out.append(f"application_field:{name}")
    docs = exp["documents"]

    def day(d: dict[str, Any], key: str) -> dt.date | None:
        v = d["fields"].get(key)
        return dt.date.fromisoformat(v) if v else None

    def fresh(d: dt.date | None) -> bool:
        return d is not None and 0 <= (received - d).days <= FRESH_DAYS

    stmts = [d for d in docs if d["type"] == "bank_statement"]
    bank = any(a is not b and a["fields"]["account_last4"] == b["fields"]["account_last4"]
               and a["fields"]["bank_name"] == b["fields"]["bank_name"]
               and day(b, "period_start") == (day(a, "period_end") or dt.date.min) + dt.timedelta(days=1)
               and fresh(day(a, "period_end")) and fresh(day(b, "period_end")) for a in stmts for b in stmts)
    stub_ok = any(d["type"] == "pay_stub" and fresh(day(d, "pay_date")) and d["fields"]["gross_ytd"] is not None
                  for d in docs)

    def award(code: str) -> bool:
        return any(d["type"] == "benefit_award_letter" and d["fields"].get("benefit_type") == code
                   and fresh(day(d, "letter_date")) for d in docs)

    ok = {"wages": bank or stub_ok, "unemployment": True, "benefits_taxable": bank or award("benefits_taxable"),
          "benefits_nontaxable": bank or award("benefits_nontaxable"), "other": bank or award("other")}
    for code in app["income"]:
        if code != "total" and not ok.get(code, bank):
            out.append(f"income_doc:{code}")
    types = {d["type"] for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    out += [f"hardship_doc:{h}" for h in app["hardship_types"] if h in need and not need[h] & types]
    if ({"self_employment", "rental"} & set(app["income"])) and not any(
            d["type"] == "irs_form_4506c" and d["fields"].get("signed") for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, dates, pages against the PDFs, the text layer, the pay
    arithmetic, and the missing codes derived again from the file itself."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in REQUIRED_FIELDS}
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
            continue
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year != 2046 or received.weekday() >= 5:
            problems.append(f"{name}: received {received} is not a 2046 weekday")
        if exp["status"] not in ("complete", "incomplete") or (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        if exp["missing"] != codes_from_expected(exp):
            problems.append(f"{name}: missing {exp['missing']} but the file's contents give {codes_from_expected(exp)}")
        app = exp["application"]
        if set(app) != app_keys:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: loan number")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"} or any(
                v <= 0 for k, v in app["income"].items()):
            problems.append(f"{name}: bad income line")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if app["signed"] != (app["signed_on"] is not None):
            problems.append(f"{name}: signed and signed_on disagree")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower and co_borrower_signed disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        ids = [d["id"] for d in exp["documents"]]
        if ids != [f"D{i:02d}" for i in range(1, len(ids) + 1)]:
            problems.append(f"{name}: document ids {ids}")
        if sum(d["type"] == "mortgage_assistance_application" for d in exp["documents"]) != 1:
            problems.append(f"{name}: not exactly one application")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            if not doc["pages"]:
                problems.append(f"{name}: {doc['id']} has no pages")
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
                has_text = bool(reader.pages[pg["page"] - 1].extract_text().strip())
                if has_text == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={has_text} on {key}")
            for k, v in doc["fields"].items():
                if (k.endswith(("date", "_start", "_end")) or k == "signed_on") and v is not None:
                    d = dt.date.fromisoformat(v)
                    if d > received:
                        problems.append(f"{name}: {doc['id']}.{k} after the received date")
            f = doc["fields"]
            if doc["type"] == "pay_stub":
                if set(f) != {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                              "gross_current", "gross_ytd", "net_current", "monthly_gross"}:
                    problems.append(f"{name}: pay stub fields {sorted(f)}")
                elif abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                elif not f["net_current"] < f["gross_current"] <= (f["gross_ytd"] or f["gross_current"]):
                    problems.append(f"{name}: pay figures out of order {f}")
            if doc["type"] == "bank_statement" and set(f) != {"bank_name", "account_last4", "period_start",
                                                              "period_end", "beginning_balance", "ending_balance"}:
                problems.append(f"{name}: statement fields {sorted(f)}")
            if doc["type"] == "benefit_award_letter" and (f.get("benefit_type") not in INCOMES
                                                          or not f.get("monthly_amount")):
                problems.append(f"{name}: benefit letter fields {f}")
        for rel, reader in readers.items():
            unlisted = [n for n in range(1, len(reader.pages) + 1) if (rel, n) not in seen]
            if unlisted not in ([], [1]):  # only a fax cover sheet, in front, goes unlisted
                problems.append(f"{name}: {rel} pages {unlisted} belong to no document")
        for path in sorted((exp_path.parent / "inbox").rglob("*.pdf")):
            if str(path.relative_to(exp_path.parent / "inbox")) not in readers:
                problems.append(f"{name}: {path.name} holds no listed document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bf1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        codes, doubts = missing_codes(p.app, p.docs, p.received)
        exp = expected_of(p)
        if codes != sorted(p.scenario):
            problems.append(f"{name}: rules give {codes}, scenario says {sorted(p.scenario)}")
        problems += [f"{name}: the checklist is ambiguous here: {d}" for d in doubts]
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        pages = sum(len(PdfReader(io.BytesIO(b)).pages) for b in p.files.values())
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-':<28} ({len(p.files)} file(s), "
              f"{pages} pages)")
    if args.check:
        problems += check(args.out)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
