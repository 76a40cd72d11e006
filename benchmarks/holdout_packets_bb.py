"""A holdout set of borrower packets (bb1..bb8), laid out unlike the shared samples and unlike the earlier sets (a, b
.. z, aa .. az, whose module docstrings only were read), written without looking at the service's code, rules, data
files or tests, to estimate honestly how it reads borrower mail CAPTURED WITH A PHONE in layouts it has never seen.

    python benchmarks/holdout_packets_bb.py OUT_DIR [--seed N] [--check] [--only bb1 bb5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them; each packet is one
batch processed with `--received-on <received_on>`. Papers are typed; the hand-made parts are signatures (drawn
strokes in blue-black ink) and the dates written beside them (a slanted hand with a wavering baseline).

THEME. Tallowind Mortgage Servicing (2250 Kettle Creek Parkway, Suite 300, Boise, ID 83709) serves borrowers in
Idaho, Montana and Utah who no longer own scanners: they PHOTOGRAPH their papers with a phone and upload or e-mail
them. Three renditions, every one an image-only PDF of one image per page (pages of different pixel sizes):
- PHONE SCANNER APP: the app finds the sheet, crops and flattens it to a letter page at about 200 dpi, but leaves a
  soft SHADOW GRADIENT across 30-50% of the page (the phone's or the hand's shadow, 20-34% darker, soft edge at a
  random angle), a GREY-BLUE paper tone, a residual keystone (the top edge 3-8 pixels narrower on each side than the
  bottom), a 0.5-2 degree turn whose corners show slivers of the dark table, slight blur and sensor noise, colour
  JPEG at quality 66-74.
- PLAIN PHOTO turned into a PDF: the sheet lies on a table - WOOD (plank grain and seams), a DARK desk mat or a GREY
  stone counter - and fills 80-90% of a 3:4 frame, with a keystone of 1.5-3.5 degrees (the far edge narrower), a
  twist of 0.5-3 degrees, a soft drop shadow under the sheet, lamp light falling off towards one side with a warm
  cast, warm off-white paper, camera blur and noise, colour JPEG at quality 80-86; the page's PDF size follows the
  photo's pixels (about 210 per inch of paper), so photographed pages measure 8 to 14 inches on their long side
  and differ from one another. Some
  photos were taken in LANDSCAPE and saved without EXIF rotation, so the whole image - page and table - is SIDEWAYS
  (bb1 the first receipt stub, bb2 page 2 of Form 710, bb3 page 1 of the application - turned the other way -, bb6 the
  second stub, bb8 the death certificate). One page shows a THUMB pressing the sheet's left edge flat, its shadow on
  the margin (bb6, page 1 of the application).
- BORN-DIGITAL: statements and pay stubs downloaded from portals, letters typed and e-mailed (text layer).

APPLICATIONS.
- Tallowind's own "HOMEOWNER ASSISTANCE APPLICATION" (Form TMS-200, rev. 01/2047, two pages): a teal three-arc mark
  and "TALLOWIND / MORTGAGE SERVICING" top left, the title and "Form TMS-200 | rev. 01/2047 | Page n of 2" top right,
  numbered teal section bands (1 BORROWER AND LOAN, 2 PROPERTY, 3 HARDSHIP on page 1; 4 MONTHLY INCOME BEFORE TAXES,
  5 ASSETS, 6 CERTIFICATION AND SIGNATURES on page 2). Every answer is in a BOXED GRID CELL whose caption is printed
  in SMALL CAPS in the cell's top-left corner ("Loan Number", "Borrower's Full Name", "SSN (Last 4 Digits)",
  "Co-borrower's Full Name", "Property Street Address", then separate City | State | ZIP Code | County cells,
  "Date Hardship Began (mm/dd/yyyy)") with the answer TYPED UNDER IT in Courier; choices are boxes inside cells
  ("The Property Is [X] Primary residence [ ] Second home [ ] Investment property", "Expected To Last", ten hardship
  boxes in two columns, "If "Other", Describe Your Hardship"); page 1 ends with a "WHAT TO SEND" list. Page 2 repeats
  the loan number in a cell at the top right, the income as EIGHT CELLS in a 2 x 4 grid (each income type's caption,
  the amount "$ 2,796.00" typed flush right under it, blank when none) and a "Total Monthly Income" cell, four asset
  cells, a certification paragraph, then "Borrower Signature" | "Date Signed (mm/dd/yyyy)" and the co-borrower's
  pair of cells, signed and dated in pen. Printed, signed and captured by the scanner app (bb1, bb7) or photographed
  (bb3 on a dark desk, bb6 on wood with the thumb).
- The real Form 710 (April 2023) typed through its AcroForm, printed, signed and dated in pen on page 4 (the "Date"
  fields left empty for the pen), captured by the scanner app (bb4, bb8) or photographed on a counter or a wooden
  table (bb2; bb5, whose borrower signed but left the date line empty).

PAY STUBS (every year-to-date figure is the sum of that year's checks by pay date; the frequency is printed):
- A fuel-and-grocery chain's weekly "EMPLOYEE PAY STATEMENT" from the store's RECEIPT PRINTER (Sagebrush Fuel &
  Market store #0412 in bb1, Teton Travel Plaza store #07 in bb7): a strip 3.2 inches wide and 6-7 long in Courier,
  the store name, number and address centred, "=" and "-" rules, EMPLOYEE / EMP NO / JOB / PAY FREQ WEEKLY / PERIOD
  (Sunday to Saturday) / PAY DATE (the Friday after) as key-value lines, an EARNINGS table (REGULAR, OVERTIME at
  1.5x, SUNDAY PREM; HRS, RATE, AMOUNT), GROSS PAY, TAXES with THIS PERIOD and YTD columns, DEDUCTIONS, NET PAY, a
  YEAR TO DATE block (GROSS EARNINGS, NET PAY, HOURS PAID), the direct deposit line and a register / transaction
  footer. Always PHOTOGRAPHED lying on a table, lots of table on both sides of the narrow strip.
- A payroll service's semi-monthly "Earnings Statement" downloaded from its portal (Stratus Payroll Services, for
  Wasatch Orthodontic Group in bb5 and Canyon County Title & Escrow in bb8): employer top left, a boxed "Period
  Beginning / Period Ending / Pay Date / Pay Frequency: Semi-Monthly" top right, the employee's address in the window
  position, Earnings (rate, hours, this period, year to date), "Gross Pay", Deductions split "Statutory" and "Other"
  as negatives, "Net Pay", an "Other Benefits and Information" column, and a NON-NEGOTIABLE deposit advice below a
  dashed rule. Born-digital.
- An employer's bi-weekly "PAY STATEMENT" from its HR system (Snake River Timber Products in bb2, Clearwater Plywood
  in bb6): a square initial mark, NAME / EMPLOYEE ID / DEPARTMENT / LOCATION and PAY BEGIN DATE / PAY END DATE /
  CHECK DATE / PAY FREQUENCY / PAY PERIOD "n of 26" caption grids, TAX DATA, a grey SUMMARY BAND (TOTAL GROSS, FED
  TAXABLE GROSS, TOTAL TAXES, TOTAL DEDUCTIONS, NET PAY) with Current and YTD rows, HOURS AND EARNINGS with
  current and YTD columns (Regular, Overtime, Holiday, a shift differential), TAXES beside BEFORE-TAX and AFTER-TAX
  DEDUCTIONS, NET PAY DISTRIBUTION. Printed and captured by the scanner app (bb2) or photographed (bb6).

BANK STATEMENTS:
- Bitterbrush Federal Credit Union's downloaded two-page "eStatement" (born-digital; bb3, bb7): a sage sprig and
  spaced "FEDERAL CREDIT UNION", "Statement Period: mm/dd/yyyy - mm/dd/yyyy", "Account Number: XXXXXX0388", "Page n of
  2", a fraud notice box, an ACCOUNT SUMMARY row of five cells (Previous Balance, Deposits & Credits (n), Withdrawals
  & Debits (n), Dividends Earned, Ending Balance), one running-balance register (Date / Description / Withdrawals /
  Deposits / Balance) from "Beginning Balance" to "Ending Balance", calendar-month cycles.
- First Larkspur Bank's "Everyday Checking" statement PRINTED AND CAPTURED BY THE SCANNER APP (bb4): a larkspur stem,
  the bank's name in serif type, a cycle from the 16th to the 15th ("Statement period: April 16, 2047 through May
  15, 2047"), "Account number: ****3391", an "Account summary" (Beginning balance on April 16, additions, checks
  paid, electronic withdrawals, service fees, Ending balance on ...), then sections WITHOUT a running balance -
  "Deposits and other additions", "Checks paid" (page 2), "Electronic withdrawals" - and a "Daily ending balance"
  table in three columns.

LETTERS AND OTHER PAPERS: typed hardship letters in block form to Tallowind with "RE: Hardship letter - Loan No. ..."
(signed in pen and photographed or app-scanned in bb1, bb2, bb3, bb5; typed and e-mailed unsigned in bb4, bb8); the
Montana Department of Labor & Industry's "NOTICE OF MONETARY DETERMINATION" (base-period wages by quarter, a five-cell
benefit row with the weekly benefit amount, appeal rights; type unemployment_benefit_letter) through the scanner app
(bb3); a union pension trust's surviving-spouse benefit award (monthly, taxable; benefit_award_letter) through the
scanner app (bb8); a state "CERTIFICATE OF DEATH" certified copy (double border, numbered caption boxes, cause of
death, registrar's signature, seal; SSN as XXX-XX-nnnn) photographed sideways (bb8); a district court's "JUDGMENT AND
DECREE OF DIVORCE" on numbered PLEADING PAPER, two pages (the house to the petitioner, spousal maintenance of $1,100.00
a month) photographed on a counter (bb4); a two-page residential LEASE for the other half of a duplex (type other),
photographed (bb7); page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed, signed and dated in pen (the SSN kept to
its last four digits) through the scanner app (bb7).

PACKETS (received dates March to October 2047, weekdays):
- bb1 (03/19) COMPLETE - a folder named after the loan: "Scan 2047-03-16 20.41.pdf" (TMS-200, app), "IMG_3318.pdf"
  and "IMG_3319.pdf" (two fresh weekly receipt stubs photographed on wood, the first sideways), "IMG_3322.pdf" (the
  signed letter). Wages by a fresh stub with year-to-date pay; a reduction in income needs no paper.
- bb2 (05/22) INCOMPLETE income_doc:wages - loose "<loan> - MAA photos.pdf" (Form 710 photographed on a counter, page 2
  sideways), "<loan> - paystub jan 18.pdf" and "... feb 1.pdf" (HR-system stubs through the app, paid 124 and 110
  days before receipt: STALE), "<loan> - letter.pdf". No statements.
- bb3 (06/24) INCOMPLETE income_doc:wages - loose portal uploads "LN<loan>_upload_01..04.pdf": TMS-200 naming a
  co-borrower, both signed (photographed on a dark desk, sideways); the monetary determination (the borrower's
  unemployment benefit needs no paper); ONE downloaded Bitterbrush statement showing the co-borrower's pay; a letter
  signed by both. The co-borrower's wages have no pay stub and only one statement.
- bb4 (07/18) COMPLETE - a folder named after the loan: Form 710 (app), two consecutive fresh First Larkspur statements
  (app) carrying the pay and the spousal maintenance (wages and other income), the decree photographed, an e-mailed
  letter. The decree covers the divorce.
- bb5 (08/20) INCOMPLETE application_signature - loose "Reyes_<loan>_application.pdf" (Form 710 photographed on wood,
  signed, DATE LEFT BLANK), "..._paystub_0815.pdf" (a fresh Stratus stub, born-digital), "..._letter.pdf" (the signed
  letter about the illness, app).
- bb6 (09/26) INCOMPLETE hardship_doc:other - a folder named after the loan: "IMG_0941.pdf" (TMS-200 photographed on
  wood with the thumb, an "other" hardship - identity theft - described on the form), "IMG_0944.pdf" and
  "IMG_0945.pdf" (two fresh HR-system stubs photographed on a dark desk, the second sideways). No letter explains the
  hardship.
- bb7 (04/17) INCOMPLETE income_doc:rental - loose "<loan>-application.pdf" (TMS-200, app), "<loan>-paystub.pdf" (a
  fresh receipt stub photographed on a dark desk), "<loan>-lease.pdf" (photographed), "<loan>-january-statement.pdf"
  and "<loan>-march-statement.pdf" (downloaded Bitterbrush statements showing the rent - fresh but NOT CONSECUTIVE, the
  February statement missing), "<loan>-4506C.pdf" (signed, app). Wages are covered by the stub; the rental income
  is not (no two consecutive statements, no rent checks).
- bb8 (10/25) COMPLETE - a folder named after the loan: "Scan Oct 18, 2047 (1).pdf" (Form 710, app), "Scan Oct 18,
  2047 (2).pdf" (the survivor award, app), "IMG_5207.pdf" (the death certificate photographed sideways on a counter),
  "EarningsStatement_2047-09-30.pdf" and "..._2047-10-15.pdf" (fresh Stratus stubs), an e-mailed letter.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
expected.json values (the 90-day freshness by pay date, period end and letter date; two statements of consecutive
periods of one account with the newer one fresh; one fresh stub with year-to-date pay; award letters; hardship papers
by type; the 4506-C for self-employment or rental income), refuses to draw a packet whose outcome would change under
a second fair reading (a document within six days of the 90-day edge, a stale older statement of a pair, "other"
income resting on a paper other than statements), and each packet asserts the scenario's codes. `--check` validates
every written packet: expected.json keys and codes, income total, signed / signed_on consistency, dates not after
receipt, the rules applied again, every file opens (pdfium), every page belongs to exactly one document, `scanned`
matches the absence of a text layer, each stub's monthly gross follows from its frequency, and every money value and
name a born-digital paper is judged by is printed in its text layer. Every file is the same bytes for a seed
(reportlab invariant mode, seeded noise, fixed pypdf identifiers). All people, employers, banks and servicers are
fictional (the state agencies and the IRS form aside); SSNs appear as last four only, and every page carries a faint
"synthetic test document" line.
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
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)
cv2.setNumThreads(2)

REPO = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if p.is_dir()), REPO.parent / "shared")
REFERENCE = SHARED / "reference"
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONTS = Path("/usr/share/fonts/truetype")
HAND_FONT = FONTS / "dejavu/DejaVuSansCondensed-Oblique.ttf"
SYNTH_FONT = FONTS / "dejavu/DejaVuSans.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter

SERVICER = "Tallowind Mortgage Servicing"
SERVICER_STREET = "2250 Kettle Creek Parkway, Suite 300"
SERVICER_CITY = "Boise, ID 83709"
SERVICER_PHONE = "(208) 555-0143"
SERVICER_FAX = "(208) 555-0149"
SERVICER_WEB = "www.tallowind-servicing.example/help"
TEAL = Color(0.05, 0.42, 0.45)

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
CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def q(v: Decimal | int | str) -> Decimal:
    return Decimal(v).quantize(CENT, rounding=ROUND_HALF_UP)


def D(v: str | int) -> Decimal:
    return q(Decimal(v))


def money(v: Decimal) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def num(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


# --- drawing on born-digital pages ------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand after printing: a signature ("sig") or a pen-written string ("hand").
    x, y in PDF points from the page's bottom-left (the baseline's left end); w: a signature's width."""

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
    pages: list[PageFn]
    size: tuple[float, float] = letter


def synth_line(c: Canvas, size: tuple[float, float]) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.7)
    c.drawRightString(size[0] - 14, 8, SYNTH)
    c.restoreState()


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
               size: float = 11.0, leading: float = 14.5, gap: float = 8.0, indent: float = 0.0) -> float:
    c.setFont(font, size)
    for para in paras:
        for i, ln in enumerate(wrap(para, font, size, width - indent)):
            c.drawString(x + (indent if i == 0 else 0), y, ln)
            y -= leading
        y -= gap
    return y


def signature_strokes(seed: int, w: float, h: float = 16.0) -> list[list[tuple[float, float]]]:
    """A scrawled signature as polylines inside roughly w x h points (0,0 at the baseline's left end)."""
    rng = random.Random(seed)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    words = rng.choice([2, 2, 3])
    for wi in range(words):
        span = w * (0.42 if wi == 0 else 0.3) * rng.uniform(0.85, 1.05)
        cap = h * rng.uniform(0.95, 1.3)
        pts = [(x, h * 0.05), (x + span * 0.06, cap), (x + span * 0.08, cap * 0.8), (x + span * 0.1, h * 0.1)]
        humps = rng.randint(4, 7)
        amps = [rng.uniform(0.25, 0.6) * h for _ in range(humps + 1)]
        steps = humps * 9
        for i in range(steps + 1):
            t = i / steps
            phase = t * humps * 2 * math.pi
            amp = amps[min(int(t * humps), humps)]
            px = x + span * (0.1 + 0.9 * t) + h * 0.16 * math.sin(phase + 0.6)
            py = h * 0.12 + amp * (1 - math.cos(phase)) / 2
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * rng.uniform(0.04, 0.08)
        if x > w * 0.92:
            break
    end = min(x, w)
    strokes.append([(w * 0.04, -h * 0.12), (end * 0.55, -h * 0.22), (end, -h * 0.02)])
    return strokes


def draw_vector_signature(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.1, 0.14, 0.46))
    c.setLineWidth(1.0)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in signature_strokes(m.seed, m.w):
        path = c.beginPath()
        path.moveTo(m.x + stroke[0][0], m.y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(m.x + px, m.y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def paper_pdf(paper: Paper, marks_on_screen: bool = False) -> bytes:
    """The born-digital PDF of a paper (e-mailed or downloaded); marks drawn only when signed on screen."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_bb")
    for fn in paper.pages:
        marks = fn(c)
        if marks_on_screen:
            for m in marks:
                if m.kind == "sig":
                    draw_vector_signature(c, m)
                else:
                    c.setFont("Helvetica", 10)
                    c.drawString(m.x, m.y, m.text)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- printing: a page as the sheet of paper that gets photographed -------------------------------------------


INK = (26, 36, 112)


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def ink_marks(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    """Pen strokes on a printed sheet: signatures as polylines, dates in a slanted hand with a shaky baseline."""
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.15 * scale))
            for stroke in signature_strokes(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=INK, width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = _font(HAND_FONT, round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.9, 0.9) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=INK, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.97, 1.12)


def render_pdf(pdf: bytes, dpi: int, marks: Sequence[Sequence[Mark]] = (), synth: bool = False,
               pages: Sequence[int] | None = None) -> list[Image.Image]:
    """Each page of a PDF printed at dpi (RGB), with the pen marks of each page added."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in pages if pages is not None else range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("RGB")
            if synth:
                draw = ImageDraw.Draw(img)
                f = _font(SYNTH_FONT, round(5.5 * dpi / 72))
                draw.text((img.width - 14 * dpi / 72, img.height - 8 * dpi / 72), SYNTH, fill=(178, 178, 178),
                          font=f, anchor="rs")
            k = len(out)
            ink_marks(img, marks[k] if k < len(marks) else [], dpi / 72, page.get_height())
            out.append(img)
        return out
    finally:
        doc.close()


def print_paper(paper: Paper, dpi: int) -> list[Image.Image]:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    marks: list[list[Mark]] = []
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return render_pdf(buf.getvalue(), dpi, marks)


# --- capture: a phone scanner app, or a plain photo ------------------------------------------------------


@dataclass
class Capture:
    """A page image as it reaches the servicer, and the resolution its paper is drawn at (for the PDF size)."""

    image: Image.Image
    dpi: float
    quality: int


def _np(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _smooth_noise(rng: np.random.Generator, h: int, w: int, cell: int) -> np.ndarray:
    small = rng.standard_normal((h // cell + 3, w // cell + 3)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def app_scan(sheet: Image.Image, seed: int) -> Capture:
    """A phone scanner app's page: cropped and flattened, but with a soft shadow across part of the sheet, a grey-blue
    paper tone, a residual keystone (top edge a few pixels narrower), a 0.5-2 degree turn, JPEG."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    img = _np(sheet)
    h, w = img.shape[:2]
    tone = np.array([rng.uniform(206, 216), rng.uniform(214, 222), rng.uniform(226, 235)], np.float32) / 255.0
    img = img * tone * 0.94 + 12.0
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    theta = rng.uniform(0, 2 * math.pi)
    proj = (xx / w - 0.5) * math.cos(theta) + (yy / h - 0.5) * math.sin(theta) + 0.5
    start, soft, depth = rng.uniform(0.5, 0.7), rng.uniform(0.06, 0.14), rng.uniform(0.2, 0.34)
    shade = 1.0 - depth / (1.0 + np.exp(-(proj - start) / soft))
    shade *= 1.0 - 0.07 * (((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * 4)
    img *= shade[..., None]
    del yy, xx, proj, shade
    inset = rng.uniform(3.0, 8.0)
    src = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    dst = np.float32([[inset, rng.uniform(0, 2)], [w - 1 - inset * rng.uniform(0.8, 1.2), 0], [w - 1, h - 1],
                      [0, h - 1]])
    persp = cv2.getPerspectiveTransform(src, dst)
    angle = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
    rot = np.vstack([cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), [0, 0, 1]])
    edge = (rng.uniform(55, 75), rng.uniform(58, 78), rng.uniform(62, 84))
    img = cv2.warpPerspective(img, rot @ persp, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=edge)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.55, 0.8))
    img += nrng.normal(0.0, 2.6, img.shape).astype(np.float32)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    return Capture(out, sheet.info.get("dpi_render", 200), rng.choice([66, 70, 74]))


def _table(kind: str, h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    low = _smooth_noise(rng, h, w, 110)
    if kind == "wood":
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        period = float(rng.uniform(16, 26))
        grain = np.sin((y + 34 * low + 6 * np.sin(x / 260.0)) * (2 * math.pi / period))
        streak = cv2.resize(rng.standard_normal((h // 4 + 2, w // 60 + 2)).astype(np.float32), (w, h),
                            interpolation=cv2.INTER_LINEAR)
        plank = float(rng.uniform(300, 420))
        seam = (np.mod(y + 8 * low, plank) < 4).astype(np.float32)
        v = 0.82 + 0.08 * grain + 0.05 * streak + 0.05 * low
        v *= 1.0 - 0.45 * seam
        base = np.array([rng.uniform(104, 128), rng.uniform(68, 82), rng.uniform(38, 48)], np.float32)
        return base[None, None, :] * v[..., None]
    if kind == "stone":
        speck = rng.standard_normal((h, w)).astype(np.float32)
        speck = cv2.GaussianBlur(speck, (0, 0), 1.1) * 16
        v = 0.9 + 0.025 * low
        base = np.array([152, 149, 142], np.float32)
        return base[None, None, :] * v[..., None] + speck[..., None]
    fine = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), 1.2)
    v = 1.0 + 0.04 * low + 0.05 * fine  # a dark desk mat
    base = np.array([rng.uniform(30, 40), rng.uniform(32, 42), rng.uniform(38, 48)], np.float32)
    return base[None, None, :] * v[..., None]


def _ellipse_mask(h: int, w: int, center: tuple[float, float], axes: tuple[float, float], angle: float,
                  blur: float) -> np.ndarray:
    m = np.zeros((h, w), np.float32)
    cv2.ellipse(m, (round(center[0]), round(center[1])), (round(axes[0]), round(axes[1])), angle, 0, 360, 1.0, -1,
                lineType=cv2.LINE_AA)
    return cv2.GaussianBlur(m, (0, 0), blur) if blur else m


def photo(sheet: Image.Image, seed: int, table: str = "wood", turn: int = 0, thumb: bool = False) -> Capture:
    """A plain phone photo of a sheet lying on a table: the table around it, the sheet 80-90% of the frame, a keystone
    of a few degrees and a small twist, lamp light falling off, a drop shadow, optionally a thumb holding one edge,
    and the whole photo turned when it was taken in landscape (turn: 90 = the page lies on its left side)."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    paper = _np(sheet)
    h, w = paper.shape[:2]
    frac = rng.uniform(0.80, 0.90)
    hh = int(h / frac)
    ww = max(int(hh * 0.75), int(w / 0.9))
    bg = _table(table, hh, ww, nrng)
    paper *= np.array([rng.uniform(0.95, 0.98), rng.uniform(0.935, 0.96), rng.uniform(0.88, 0.92)], np.float32)
    keystone = math.tan(math.radians(rng.uniform(1.5, 3.5))) * h * 0.5
    half_h = h * rng.uniform(0.955, 0.985) / 2
    corners = [(-w / 2 + keystone, -half_h), (w / 2 - keystone, -half_h), (w / 2, half_h), (-w / 2, half_h)]
    twist = math.radians(rng.choice([-1, 1]) * rng.uniform(0.5, 3.0))
    cx = ww / 2 + rng.uniform(-0.02, 0.02) * ww
    cy = hh / 2 + rng.uniform(-0.015, 0.015) * hh
    dst = []
    for px, py in corners:
        rx = px * math.cos(twist) - py * math.sin(twist)
        ry = px * math.sin(twist) + py * math.cos(twist)
        dst.append((cx + rx + rng.uniform(-5, 5), cy + ry + rng.uniform(-5, 5)))
    src = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    m = cv2.getPerspectiveTransform(src, np.float32(dst))
    warped = cv2.warpPerspective(paper, m, (ww, hh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                 borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (ww, hh), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(mask, (0, 0), 16)
    shadow = np.roll(shadow, (int(rng.uniform(8, 16)), int(rng.uniform(6, 14))), axis=(0, 1))
    bg *= (1.0 - 0.55 * shadow)[..., None]
    out = bg * (1.0 - mask[..., None]) + warped * mask[..., None]
    del bg, warped, shadow
    if thumb:  # a thumb pressing the sheet's left edge flat, and its shadow on the paper
        t = rng.uniform(0.55, 0.7)
        ex = dst[0][0] + (dst[3][0] - dst[0][0]) * t
        ey = dst[0][1] + (dst[3][1] - dst[0][1]) * t
        edge_dx, edge_dy = dst[3][0] - dst[0][0], dst[3][1] - dst[0][1]
        norm = math.hypot(edge_dx, edge_dy)
        nx, ny = -edge_dy / norm, edge_dx / norm  # points away from the page (to the left)
        a, b = 0.78 * PHOTO_DPI, 0.44 * PHOTO_DPI  # a thumb about 1.5 by 0.9 inches, its tip on the margin
        ang = math.degrees(math.atan2(ny, nx))
        c0 = (ex + nx * a * 0.58, ey + ny * a * 0.58)
        sh = _ellipse_mask(hh, ww, (c0[0] - nx * 30 + 10, c0[1] - ny * 30 + 18), (a * 1.02, b * 1.1), ang, 13)
        out *= (1.0 - 0.62 * sh)[..., None]
        skin = _ellipse_mask(hh, ww, c0, (a, b), ang, 2.5)
        inner = _ellipse_mask(hh, ww, c0, (a * 0.8, b * 0.55), ang, 26)
        tone = np.array([rng.uniform(168, 186), rng.uniform(118, 132), rng.uniform(88, 100)], np.float32)
        shade = (0.72 + 0.3 * inner)[..., None] * tone
        out = out * (1.0 - skin[..., None]) + shade * skin[..., None]
        nail = _ellipse_mask(hh, ww, (c0[0] - nx * a * 0.6, c0[1] - ny * a * 0.6), (a * 0.26, b * 0.6), ang, 2)
        out = out * (1.0 - 0.55 * nail[..., None]) + np.array([214, 180, 164], np.float32) * 0.55 * nail[..., None]
    yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
    lx, ly = rng.uniform(-0.2, 1.2), rng.uniform(-0.3, 0.6)
    light = 1.0 - rng.uniform(0.22, 0.4) * ((xx / ww - lx) ** 2 + (yy / hh - ly) ** 2) / 2.0
    out *= light[..., None] * np.array([1.0, 0.985, 0.955], np.float32)
    del yy, xx, light
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.0))
    out += nrng.normal(0.0, 3.4, out.shape).astype(np.float32)
    arr = np.clip(out, 0, 255).astype(np.uint8)
    if turn:
        arr = np.ascontiguousarray(np.rot90(arr, k=turn // 90))
    return Capture(Image.fromarray(arr, "RGB"), sheet.info.get("dpi_render", 210), rng.choice([80, 84, 86]))


def captures_pdf(caps: Sequence[Capture]) -> bytes:
    """One image-only PDF, one JPEG page per capture, each page sized from its own pixels."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setCreator("holdout_packets_bb")
    for cap in caps:
        size = (cap.image.width * 72 / cap.dpi, cap.image.height * 72 / cap.dpi)
        c.setPageSize(size)
        data = io.BytesIO()
        cap.image.save(data, "JPEG", quality=cap.quality)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=size[0], height=size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def sheets(images: list[Image.Image], dpi: int) -> list[Image.Image]:
    for img in images:
        img.info["dpi_render"] = dpi
    return images


APP_DPI = 200
PHOTO_DPI = 210


def app_pages(paper: Paper, seed: int) -> list[Capture]:
    return [app_scan(s, seed * 17 + i) for i, s in enumerate(sheets(print_paper(paper, APP_DPI), APP_DPI))]


def photo_pages(paper: Paper, seed: int, table: str, turns: dict[int, int] | None = None,
                thumb_page: int | None = None) -> list[Capture]:
    turns = turns or {}
    return [photo(s, seed * 19 + i, table, turns.get(i, 0), thumb_page == i)
            for i, s in enumerate(sheets(print_paper(paper, PHOTO_DPI), PHOTO_DPI))]


def fixed_pypdf(writer: PdfWriter, tag: str) -> bytes:
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_bb"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Withholding:
    fed: Decimal
    state: Decimal
    pretax: tuple[tuple[str, Decimal], ...] = ()
    posttax: tuple[tuple[str, Decimal], ...] = ()

    def taxes(self, gross: Decimal) -> dict[str, Decimal]:
        taxable = gross - sum((v for _, v in self.pretax), ZERO)
        return {"fed": q(taxable * self.fed), "ss": q(gross * Decimal("0.062")),
                "med": q(gross * Decimal("0.0145")), "state": q(taxable * self.state)}

    def net(self, gross: Decimal) -> Decimal:
        return (gross - sum(self.taxes(gross).values(), ZERO) - sum((v for _, v in self.pretax), ZERO)
                - sum((v for _, v in self.posttax), ZERO))


@dataclass
class PayCheck:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: dict[str, tuple[Decimal, Decimal, Decimal]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> Decimal:
        return sum((v[2] for v in self.lines.values()), ZERO)


def year_totals(checks: Sequence[PayCheck], wh: Withholding) -> dict[str, Decimal]:
    """Year-to-date sums of every earnings line (amount and hours), tax, deduction, gross and net."""
    tot: dict[str, Decimal] = {}

    def add(k: str, v: Decimal) -> None:
        tot[k] = tot.get(k, ZERO) + v

    for ch in checks:
        for label, (hours, _, amount) in ch.lines.items():
            add(label, amount)
            add(label + " hours", hours)
        for k, v in wh.taxes(ch.gross).items():
            add(k, v)
        for k, v in (*wh.pretax, *wh.posttax):
            add(k, v)
        add("GROSS", ch.gross)
        add("NET", wh.net(ch.gross))
        add("HOURS", worked_hours(ch))
    return tot


def worked_hours(ch: PayCheck) -> Decimal:
    """Hours paid, without the hours a premium or differential is paid on top of (those are counted already)."""
    return sum((h for label, (h, _, _) in ch.lines.items() if not re.search(r"prem|diff", label, re.I)),
               Decimal(0))


def fridays_until(first: dt.date, last: dt.date, step: int) -> list[dt.date]:
    out = []
    d = first
    while d <= last:
        out.append(d)
        d += dt.timedelta(days=step)
    return out


def first_friday(year: int, on_or_after: int = 1) -> dt.date:
    d = dt.date(year, 1, on_or_after)
    return d + dt.timedelta(days=(4 - d.weekday()) % 7)


def semimonthly_dates(last: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of a year's semi-monthly checks up to `last`: paid on the 15th and the
    month's last day, the Friday before when that falls on a weekend."""
    out = []
    for m in range(1, 13):
        end_of_month = (dt.date(last.year + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        for start, end in ((dt.date(last.year, m, 1), dt.date(last.year, m, 15)),
                           (dt.date(last.year, m, 16), end_of_month)):
            pay = end - dt.timedelta(days=max(0, end.weekday() - 4))
            if pay <= last:
                out.append((pay, start, end))
    return out


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    pay_date: dt.date
    monthly: Decimal


def stub_fields(employer: str, employee: str, ch: PayCheck, frequency: str, ytd: Decimal | None,
                net: Decimal) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": frequency,
            "gross_current": num(ch.gross), "gross_ytd": num(ytd), "net_current": num(net),
            "monthly_gross": num(q(ch.gross * PERIODS[frequency] / 12))}


def receipt_stub(employer: str, store: str, street: str, city: str, employee: str, emp_no: str, job: str,
                 pay_date: dt.date, rate: Decimal, base_hours: Decimal, dd_last4: str, wh: Withholding,
                 key: str, state_code: str = "ID") -> Stub:
    """A fuel-and-grocery chain's weekly pay statement printed on the store's receipt printer: a narrow strip in a
    fixed-width face (about 3.2 inches wide), paid Friday for the Sunday-Saturday week before."""
    ot_rate = q(rate * Decimal("1.5"))
    checks = []
    for d in fridays_until(first_friday(pay_date.year, 3), pay_date, 7):
        rr = random.Random(f"{key}|{d}")
        reg = base_hours - Decimal(rr.choice(["0", "0", "1.5", "2.75", "4.25"]))
        ot = Decimal(rr.choice(["0", "0", "1.5", "2.25", "3.00", "4.50"]))
        prem = Decimal(rr.choice(["0", "8.00", "8.00", "7.50"]))
        end = d - dt.timedelta(days=6)
        checks.append(PayCheck(d, end - dt.timedelta(days=6), end, {
            "REGULAR": (reg, rate, q(reg * rate)), "OVERTIME": (ot, ot_rate, q(ot * ot_rate)),
            "SUNDAY PREM": (prem, Decimal("1.00"), q(prem))}))
    ch = checks[-1]
    ytd = year_totals(checks, wh)
    tax = wh.taxes(ch.gross)
    net = wh.net(ch.gross)
    rule = "-" * 44
    rows: list[tuple[str, str]] = [
        ("cb", employer.upper()), ("c", store), ("c", street), ("c", city), ("c", ""),
        ("cb", "EMPLOYEE PAY STATEMENT"), ("l", "=" * 44),
        ("l", f"EMPLOYEE   {employee}"), ("l", f"EMP NO     {emp_no}"), ("l", f"JOB        {job}"),
        ("l", "PAY FREQ   WEEKLY"), ("l", f"PERIOD     {mdy(ch.start)} - {mdy(ch.end)}"),
        ("l", f"PAY DATE   {mdy(ch.pay_date)}"), ("l", rule),
        ("l", f"{'EARNINGS':<13}{'HRS':>7}{'RATE':>9}{'AMOUNT':>12}")]
    for label, (hrs, rt, amt) in ch.lines.items():
        if hrs:
            rows.append(("l", f"{label:<13}{hrs:>7.2f}{rt:>9.2f}{money(amt):>12}"))
    rows += [("l", f"{'':29}{'-' * 12}"), ("l", f"{'GROSS PAY':<29}{money(ch.gross):>12}"), ("l", rule),
             ("l", f"{'TAXES':<18}{'THIS PERIOD':>12}{'YTD':>11}")]
    for k, label in (("fed", "FED WITHHOLDING"), ("ss", "SOCIAL SEC"), ("med", "MEDICARE"),
                     ("state", f"{state_code} STATE TAX")):
        rows.append(("l", f"{label:<18}{money(tax[k]):>12}{money(ytd[k]):>11}"))
    if wh.pretax or wh.posttax:
        rows += [("l", rule), ("l", "DEDUCTIONS")]
        for k, v in (*wh.pretax, *wh.posttax):
            rows.append(("l", f"{k.upper():<18}{money(v):>12}{money(ytd[k]):>11}"))
    rows += [("l", rule), ("lb", f"{'NET PAY':<29}{money(net):>12}"), ("l", "=" * 44),
             ("l", "YEAR TO DATE"), ("l", f"  {'GROSS EARNINGS':<24}{money(ytd['GROSS']):>15}"),
             ("l", f"  {'NET PAY':<24}{money(ytd['NET']):>15}"), ("l", f"  {'HOURS PAID':<24}{ytd['HOURS']:>15.2f}"),
             ("l", "=" * 44), ("l", f"DIRECT DEPOSIT  ****{dd_last4}{money(net):>19}"), ("c", ""),
             ("c", "KEEP THIS STATEMENT FOR YOUR RECORDS"),
             ("c", f"REG 02  TRN {random.Random(f'{key}{pay_date}').randrange(10000, 99999)}  "
                   f"{mdy(ch.pay_date)} 06:02")]
    size = (232.0, 46.0 + 10.4 * len(rows))

    def page(c: Canvas) -> list[Mark]:
        y = size[1] - 24
        for style, text in rows:
            bold = style.endswith("b")
            c.setFont("Courier-Bold" if bold else "Courier", 8.6 if style == "cb" else 7.6)
            if style.startswith("c"):
                c.drawCentredString(size[0] / 2, y, text)
            else:
                c.drawString(15, y, text)
            y -= 10.4
        return []

    fields = stub_fields(employer, employee, ch, "weekly", ytd["GROSS"], net)
    return Stub(Paper([page], size), fields, pay_date, Decimal(str(fields["monthly_gross"])))


def stratus_stub(employer: str, emp_street: str, emp_city: str, employee: str, home: Sequence[str], emp_id: str,
                 dept: str, pay_date: dt.date, salary: Decimal, wh: Withholding, dd_last4: str, key: str,
                 state_code: str = "ID") -> Stub:
    """A payroll service's semi-monthly 'Earnings Statement' downloaded from its employee portal (Stratus Payroll
    Services): employer top left, a boxed period block top right, the employee's address in the window position,
    Earnings with rate / hours / this period / year to date, Deductions split Statutory and Other as negatives,
    a Net Pay line, an 'Other Benefits and Information' column and a non-negotiable deposit advice below a rule."""
    checks = [PayCheck(p, s, e, {"Regular Salary": (Decimal(0), ZERO, salary)})
              for p, s, e in semimonthly_dates(pay_date)]
    ch = checks[-1]
    assert ch.pay_date == pay_date, (ch.pay_date, pay_date)
    ytd = year_totals(checks, wh)
    tax = wh.taxes(ch.gross)
    net = wh.net(ch.gross)
    advice = f"{random.Random(f'{key}{pay_date}').randrange(10**9, 10**10)}"

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(48, 742, employer)
        c.setFont("Helvetica", 8.5)
        c.drawString(48, 730, emp_street)
        c.drawString(48, 719, emp_city)
        c.setLineWidth(0.8)
        c.rect(352, 680, 212, 76)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(360, 740, "Earnings Statement")
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Period Beginning:", mdy(ch.start)), ("Period Ending:", mdy(ch.end)),
                                    ("Pay Date:", mdy(ch.pay_date)), ("Pay Frequency:", "Semi-Monthly"))):
            c.drawString(360, 725 - 11 * i, k)
            c.drawString(460, 725 - 11 * i, v)
        c.setFont("Helvetica", 8)
        for i, (k, v) in enumerate((("Filing Status:", "Single"), ("Exemptions/Allowances:", "Federal: Std W-4"),
                                    ("", f"{state_code}: 1"), ("Employee ID:", emp_id), ("Department:", dept))):
            c.drawString(48, 690 - 10 * i, k)
            c.drawString(150, 690 - 10 * i, v)
        c.setFont("Helvetica-Bold", 10)
        y = 660
        c.drawString(352, y, employee)
        c.setFont("Helvetica", 9.5)
        for ln in home:
            y -= 12
            c.drawString(352, y, ln)
        y = 600
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, "Earnings")
        c.drawRightString(178, y, "rate")
        c.drawRightString(218, y, "hours")
        c.drawRightString(280, y, "this period")
        c.drawRightString(344, y, "year to date")
        c.setLineWidth(0.5)
        c.line(48, y - 3, 346, y - 3)
        c.setFont("Helvetica", 8.5)
        y -= 14
        c.drawString(48, y, "Regular Salary")
        c.drawRightString(280, y, money(ch.gross))
        c.drawRightString(344, y, money(ytd["Regular Salary"]))
        y -= 16
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, "Gross Pay")
        c.drawRightString(280, y, "$" + money(ch.gross))
        c.drawRightString(344, y, money(ytd["GROSS"]))
        y -= 22
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, "Deductions")
        c.drawString(110, y, "Statutory")
        c.line(48, y - 3, 346, y - 3)
        c.setFont("Helvetica", 8.5)
        y -= 14
        for k, label in (("fed", "Federal Income Tax"), ("ss", "Social Security Tax"), ("med", "Medicare Tax"),
                         ("state", f"{state_code} State Income Tax")):
            c.drawString(110, y, label)
            c.drawRightString(280, y, "-" + money(tax[k]))
            c.drawRightString(344, y, money(ytd[k]))
            y -= 11
        y -= 4
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(110, y, "Other")
        c.setFont("Helvetica", 8.5)
        y -= 12
        for k, v in (*wh.pretax, *wh.posttax):
            c.drawString(110, y, k + (" *" if (k, v) in wh.pretax else ""))
            c.drawRightString(280, y, "-" + money(v))
            c.drawRightString(344, y, money(ytd[k]))
            y -= 11
        y -= 8
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, "Net Pay")
        c.drawRightString(280, y, "$" + money(net))
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 20, "* Excluded from federal taxable wages")
        taxable = ch.gross - sum((v for _, v in wh.pretax), ZERO)
        c.drawString(48, y - 30, f"Your federal taxable wages this period are ${money(taxable)}")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(372, 600, "Other Benefits and")
        c.drawString(372, 589, "Information")
        c.drawRightString(560, 589, "this period / total to date")
        c.line(372, 586, 562, 586)
        c.setFont("Helvetica", 8.5)
        c.drawString(372, 574, "Vacation Hrs Avail")
        c.drawRightString(560, 574, f"{random.Random(key + 'v').randrange(16, 80)}.00")
        c.drawString(372, 563, "Sick Hrs Avail")
        c.drawRightString(560, 563, f"{random.Random(key + 's').randrange(8, 40)}.50")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(372, 540, "Important Notes")
        c.setFont("Helvetica", 8)
        paragraphs(c, 372, 528, 190, ["Open enrollment for dental and vision coverage runs through the end of the "
                                      "month. Questions about this statement? Contact your payroll administrator."],
                   font="Helvetica", size=8, leading=10)
        c.setDash(2, 2)
        c.line(40, 300, 572, 300)
        c.setDash()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, 280, employer)
        c.setFont("Helvetica", 8.5)
        c.drawString(360, 280, f"Advice number:   {advice}")
        c.drawString(360, 268, f"Pay date:        {mdy(ch.pay_date)}")
        c.drawString(48, 240, "Deposited to the account of")
        c.drawString(250, 240, "account number")
        c.drawString(400, 240, "transit ABA")
        c.drawRightString(560, 240, "amount")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, 226, employee)
        c.drawString(250, 226, f"xxxxxx{dd_last4}")
        c.drawString(400, 226, "xxxx xxxx")
        c.drawRightString(560, 226, "$" + money(net))
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 190, "NON-NEGOTIABLE")
        c.setFont("Helvetica", 7)
        c.drawString(48, 60, "Stratus Payroll Services - employee self-service portal - printed statement")
        return []

    fields = stub_fields(employer, employee, ch, "semimonthly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, pay_date, Decimal(str(fields["monthly_gross"])))


def ps_stub(employer: str, address: str, employee: str, home: Sequence[str], emp_id: str, dept: str, location: str,
            pay_date: dt.date, rate: Decimal, wh: Withholding, dd_last4: str, key: str,
            shift_label: str = "Shift Differential") -> Stub:
    """An employer's bi-weekly 'PAY STATEMENT' from an HR system: an Employee / Pay period information grid, a
    summary band TOTAL GROSS / FED TAXABLE GROSS / TOTAL TAXES / TOTAL DEDUCTIONS / NET PAY with Current and YTD rows,
    HOURS AND EARNINGS with current and YTD columns, TAXES beside BEFORE-TAX and AFTER-TAX DEDUCTIONS, and a NET PAY
    DISTRIBUTION line."""
    anchor = first_friday(pay_date.year, 1)
    while (pay_date - anchor).days % 14:
        anchor += dt.timedelta(days=7)
    ot_rate = q(rate * Decimal("1.5"))
    checks = []
    for d in fridays_until(anchor, pay_date, 14):
        rr = random.Random(f"{key}|{d}")
        hol = Decimal(rr.choice(["0", "0", "0", "8"]))
        reg = Decimal(80) - hol - Decimal(rr.choice(["0", "0", "0", "4", "8"]))
        ot = Decimal(rr.choice(["0", "2.5", "4", "6.75", "0"]))
        sh = Decimal(rr.choice(["0", "16", "24", "40"]))
        end = d - dt.timedelta(days=6)
        checks.append(PayCheck(d, end - dt.timedelta(days=13), end, {
            "Regular": (reg, rate, q(reg * rate)), "Overtime": (ot, ot_rate, q(ot * ot_rate)),
            "Holiday": (hol, rate, q(hol * rate)), shift_label: (sh, Decimal("1.10"), q(sh * Decimal("1.10")))}))
    ch = checks[-1]
    ytd = year_totals(checks, wh)
    tax = wh.taxes(ch.gross)
    net = wh.net(ch.gross)
    pre = sum((v for _, v in wh.pretax), ZERO)
    post = sum((v for _, v in wh.posttax), ZERO)
    n = len(checks)
    check_no = f"{random.Random(f'{key}{pay_date}').randrange(400000, 499999)}"

    def grid(c: Canvas, x: float, y: float, cols: Sequence[tuple[float, str, str]], h: float = 24) -> None:
        for w_, cap, val in cols:
            c.rect(x, y - h, w_, h)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 3, y - 8, cap)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 3, y - h + 5, val)
            x += w_

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.18, 0.3, 0.22))
        c.rect(40, 736, 24, 24, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(52, 743, employer[0])
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, 750, employer)
        c.setFont("Helvetica", 8)
        c.drawString(72, 739, address)
        c.setFont("Helvetica-Bold", 15)
        c.drawRightString(572, 748, "PAY STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 737, f"Pay Group: BWH - Biweekly Hourly   Check/Advice No.: {check_no}")
        c.setLineWidth(0.5)
        grid(c, 40, 724, [(170, "NAME", employee), (80, "EMPLOYEE ID", emp_id), (150, "DEPARTMENT", dept),
                          (132, "LOCATION", location)])
        grid(c, 40, 700, [(110, "PAY BEGIN DATE", mdy(ch.start)), (110, "PAY END DATE", mdy(ch.end)),
                          (110, "CHECK DATE", mdy(ch.pay_date)), (100, "PAY FREQUENCY", "Biweekly"),
                          (102, "PAY PERIOD", f"{n} of 26")])
        c.setFont("Helvetica", 8.5)
        y = 660
        for ln in [employee, *home]:
            c.drawString(48, y, ln)
            y -= 10.5
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(330, 664, "TAX DATA:")
        c.drawString(400, 664, "FEDERAL")
        c.drawString(480, 664, "STATE (ID)")
        c.setFont("Helvetica", 8)
        c.drawString(330, 652, "Marital Status")
        c.drawString(400, 652, "Single")
        c.drawString(480, 652, "Single")
        c.drawString(330, 641, "Addl. Pct.")
        c.drawString(400, 641, "0.00")
        c.drawString(480, 641, "0.00")
        top = 612
        heads = ["", "TOTAL GROSS", "FED TAXABLE GROSS", "TOTAL TAXES", "TOTAL DEDUCTIONS", "NET PAY"]
        cur = [ch.gross, ch.gross - pre, sum(tax.values(), ZERO), pre + post, net]
        yt = [ytd["GROSS"], ytd["GROSS"] - pre * n, sum((ytd[k] for k in tax), ZERO), (pre + post) * n,
              ytd["NET"]]
        widths = [62, 94, 94, 94, 94, 94]
        x = 40.0
        for i, hd in enumerate(heads):
            c.setFillGray(0.85)
            c.rect(x, top - 14, widths[i], 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(x + widths[i] / 2, top - 10, hd)
            for r, vals in ((1, cur), (2, yt)):
                c.rect(x, top - 14 - 14 * r, widths[i], 14)
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8)
                if i == 0:
                    c.drawString(x + 4, top - 24 - 14 * (r - 1), "Current" if r == 1 else "YTD")
                else:
                    c.drawRightString(x + widths[i] - 5, top - 24 - 14 * (r - 1), money(vals[i - 1]))
            x += widths[i]
        y = 550
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "HOURS AND EARNINGS")
        c.setFont("Helvetica-Bold", 7)
        y -= 12
        c.drawString(40, y, "Description")
        for xx, t in ((210, "Rate"), (260, "Hours"), (330, "Earnings"), (420, "YTD Hours"), (500, "YTD Earnings")):
            c.drawRightString(xx, y, t)
        c.drawCentredString(290, y + 9, "- - - - - - Current - - - - - -")
        c.drawCentredString(460, y + 9, "- - - - - YTD - - - - -")
        c.line(40, y - 3, 510, y - 3)
        c.setFont("Helvetica", 8)
        y -= 13
        for label, (hrs, rt, amt) in ch.lines.items():
            if not ytd[label]:
                continue
            c.drawString(40, y, label)
            if hrs:
                c.drawRightString(210, y, f"{rt:.4f}")
                c.drawRightString(260, y, f"{hrs:.2f}")
                c.drawRightString(330, y, money(amt))
            c.drawRightString(420, y, f"{ytd[label + ' hours']:.2f}")
            c.drawRightString(500, y, money(ytd[label]))
            y -= 11
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y - 2, "TOTAL:")
        c.drawRightString(260, y - 2, f"{worked_hours(ch):.2f}")
        c.drawRightString(330, y - 2, money(ch.gross))
        c.drawRightString(500, y - 2, money(ytd["GROSS"]))
        y -= 30
        top = y
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "TAXES")
        c.drawString(310, y, "BEFORE-TAX DEDUCTIONS")
        c.setFont("Helvetica-Bold", 7)
        y -= 12
        c.drawString(40, y, "Description")
        c.drawRightString(220, y, "Current")
        c.drawRightString(290, y, "YTD")
        c.drawString(310, y, "Description")
        c.drawRightString(500, y, "Current")
        c.drawRightString(570, y, "YTD")
        c.line(40, y - 3, 290, y - 3)
        c.line(310, y - 3, 572, y - 3)
        c.setFont("Helvetica", 8)
        ty = y - 13
        for k, label in (("fed", "Fed Withholding"), ("ss", "Fed OASDI/EE"), ("med", "Fed MED/EE"),
                         ("state", "ID Withholding")):
            c.drawString(40, ty, label)
            c.drawRightString(220, ty, money(tax[k]))
            c.drawRightString(290, ty, money(ytd[k]))
            ty -= 11
        dy = y - 13
        for k, v in wh.pretax:
            c.drawString(310, dy, k)
            c.drawRightString(500, dy, money(v))
            c.drawRightString(570, dy, money(ytd[k]))
            dy -= 11
        dy -= 10
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(310, dy, "AFTER-TAX DEDUCTIONS")
        c.setFont("Helvetica", 8)
        dy -= 13
        for k, v in wh.posttax:
            c.drawString(310, dy, k)
            c.drawRightString(500, dy, money(v))
            c.drawRightString(570, dy, money(ytd[k]))
            dy -= 11
        y = min(ty, dy) - 24
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "NET PAY DISTRIBUTION")
        c.setFont("Helvetica-Bold", 7)
        y -= 12
        for xx, t in ((40, "Advice #"), (150, "Account Type"), (260, "Account Number")):
            c.drawString(xx, y, t)
        c.drawRightString(420, y, "Deposit Amount")
        c.line(40, y - 3, 422, y - 3)
        c.setFont("Helvetica", 8)
        y -= 13
        c.drawString(40, y, f"00000{check_no}")
        c.drawString(150, y, "Checking")
        c.drawString(260, y, f"XXXXXX{dd_last4}")
        c.drawRightString(420, y, money(net))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y - 13, "Total:")
        c.drawRightString(420, y - 13, money(net))
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 40, "MESSAGE: Keep this statement for your records. Report discrepancies to Payroll "
                                 "within 30 days.")
        return []

    fields = stub_fields(employer, employee, ch, "biweekly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, pay_date, Decimal(str(fields["monthly_gross"])))


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    start: dt.date
    end: dt.date


Txn = tuple[dt.date, str, Decimal]


def cycle_txns(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[Txn],
               debits: Sequence[tuple[str, str, str]]) -> list[Txn]:
    """The cycle's lines: the given credits and the borrower's ordinary debits (description, low, high)."""
    out = list(credits)
    span = (end - start).days
    for desc, lo, hi in debits:
        amt = q(Decimal(str(rng.uniform(float(lo), float(hi)))))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    return out


EVERYDAY_DEBITS = (("SAFEWAY #1723 POS PURCHASE", "48", "162"), ("NORTHWESTERN ENERGY AUTOPAY", "88", "176"),
                   ("VERIZON WIRELESS PAYMENT", "64", "118"), ("CHEVRON 00401 POS PURCHASE", "31", "62"),
                   ("WINCO FOODS #42 POS PURCHASE", "55", "140"), ("CITY WATER SEWER AUTOPAY", "41", "79"),
                   ("ATM WITHDRAWAL", "40", "120"), ("PROGRESSIVE INS AUTOPAY", "96", "131"),
                   ("AMAZON MKTPL PMTS", "14", "58"), ("WALGREENS #5521 POS PURCHASE", "9", "36"))


def bitterbrush_statement(rng: random.Random, holders: str, address: Sequence[str], acct: str, year: int, month: int,
                          begin: Decimal, credits: Sequence[Txn]) -> Statement:
    """Bitterbrush Federal Credit Union's downloaded eStatement: two pages, an account summary row of five cells,
    then one running-balance register (Date / Description / Withdrawals / Deposits / Balance) that opens with a
    Beginning Balance line and closes with an Ending Balance line on page 2."""
    bank = "Bitterbrush Federal Credit Union"
    start = dt.date(year, month, 1)
    end = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    txns = cycle_txns(rng, start, end, credits, rng.sample(EVERYDAY_DEBITS, 8))
    div = q(Decimal(str(rng.uniform(0.05, 0.6))))
    txns.append((end, "DIVIDEND EARNED", div))
    rows = []
    bal = begin
    for d, desc, a in txns:
        bal += a
        rows.append((d, desc, a, bal))
    ending = bal
    assert min(r[3] for r in rows) > 0, f"{holders} {start}: the balance drops below zero"
    deps = [a for _, _, a in txns if a > 0]
    wds = [-a for _, _, a in txns if a < 0]
    split = 11
    sage = Color(0.32, 0.44, 0.33)

    def head(c: Canvas, page: int) -> None:
        c.setFillColor(sage)
        for i, (dx, dy) in enumerate(((0, 0), (6, 7), (-6, 7), (0, 14), (5, 20))):
            c.ellipse(48 + dx - 3, 736 + dy, 48 + dx + 3, 736 + dy + 8 - i * 0.5, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(64, 744, "BITTERBRUSH")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(65, 734, "F E D E R A L   C R E D I T   U N I O N")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 750, "eStatement")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 738, f"Statement Period: {mdy(start)} - {mdy(end)}")
        c.drawRightString(572, 727, f"Account Number: XXXXXX{acct[-4:]}")
        c.drawRightString(572, 716, f"Page {page} of 2")
        c.setStrokeColor(sage)
        c.setLineWidth(1.4)
        c.line(40, 708, 572, 708)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, Decimal, Decimal]], first: bool,
                 last: bool) -> float:
        c.setFillGray(0.9)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y, "Date")
        c.drawString(100, y, "Description")
        c.drawRightString(410, y, "Withdrawals")
        c.drawRightString(490, y, "Deposits")
        c.drawRightString(568, y, "Balance")
        y -= 16
        c.setFont("Helvetica", 8.5)
        if first:
            c.drawString(44, y, mdy(start))
            c.drawString(100, y, "Beginning Balance")
            c.drawRightString(568, y, money(begin))
            y -= 13
        for d, desc, a, b in part:
            c.drawString(44, y, mdy(d))
            c.drawString(100, y, desc)
            c.drawRightString(410 if a < 0 else 490, y, money(abs(a)))
            c.drawRightString(568, y, money(b))
            y -= 13
        if last:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(44, y, mdy(end))
            c.drawString(100, y, "Ending Balance")
            c.drawRightString(568, y, money(ending))
            y -= 13
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 680
        for ln in [holders.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 12
        c.setFont("Helvetica", 8)
        c.drawString(360, 680, "Questions? Call (406) 555-0171")
        c.drawString(360, 669, "bitterbrushfcu.example  -  700 Front Street")
        c.drawString(360, 658, "Missoula, MT 59802")
        c.setFillGray(0.95)
        c.rect(40, 596, 532, 26, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(48, 611, "Bitterbrush will never ask for your PIN or online banking code by text or phone. "
                              "Report suspicious calls")
        c.drawString(48, 601, "to (406) 555-0171. Skip-a-Pay requests for auto loans are open through the end of "
                              "the month.")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 576, f"ACCOUNT SUMMARY  -  FREE CHECKING  XXXXXX{acct[-4:]}")
        caps = (("Previous Balance", begin), (f"Deposits & Credits ({len(deps)})", sum(deps, ZERO)),
                (f"Withdrawals & Debits ({len(wds)})", sum(wds, ZERO)), ("Dividends Earned", div),
                ("Ending Balance", ending))
        for i, (k, v) in enumerate(caps):
            x = 40 + i * 106.4
            c.rect(x, 532, 106.4, 36)
            c.setFont("Helvetica", 7)
            c.drawString(x + 4, 558, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(x + 102, 538, "$" + money(v))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 510, "ACCOUNT ACTIVITY")
        register(c, 494, rows[:split], True, False)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = register(c, 690, rows[split:], False, True)
        y -= 16
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "DIVIDEND SUMMARY")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, y - 13, f"Dividends earned this period ${money(div)}    Annual percentage yield earned 0.05%")
        paragraphs(c, 40, y - 44, 532, [
            "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC TRANSFERS: call us or write to Bitterbrush Federal "
            "Credit Union, 700 Front Street, Missoula, MT 59802, as soon as you can if you think your statement or "
            "receipt is wrong. We must hear from you no later than 60 days after we sent the FIRST statement on "
            "which the problem appeared."], font="Helvetica", size=7.5, leading=9.5)
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, f"{bank}  -  Federally insured by NCUA  -  Equal Housing Opportunity")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": num(begin), "ending_balance": num(ending)}
    return Statement(Paper([page1, page2]), fields, start, end)


def larkspur_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, start: dt.date,
                       begin: Decimal, credits: Sequence[Txn]) -> Statement:
    """First Larkspur Bank's printed checking statement: a cycle from the 16th to the 15th, an Account summary,
    then sections without a running balance - Deposits and other additions, Checks paid, Electronic withdrawals -
    and a Daily ending balance table on page 2."""
    bank = "First Larkspur Bank"
    end = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=15)
    txns = cycle_txns(rng, start, end, credits, rng.sample(EVERYDAY_DEBITS, 7))
    span = (end - start).days
    checks = []
    for i in range(rng.randint(2, 3)):
        checks.append((1180 + start.month * 4 + i, start + dt.timedelta(days=rng.randrange(span + 1)),
                       q(Decimal(str(rng.uniform(35, 260))))))
    checks.sort(key=lambda t: t[0])
    deps = [t for t in txns if t[2] > 0]
    elec = [t for t in txns if t[2] < 0]
    total_dep = sum((t[2] for t in deps), ZERO)
    total_chk = sum((t[2] for t in checks), ZERO)
    total_el = -sum((t[2] for t in elec), ZERO)
    ending = begin + total_dep - total_chk - total_el
    running = begin
    for _, a in sorted([(d, a) for d, _, a in txns] + [(d, -a) for _, d, a in checks]):
        running += a
        assert running > 0, f"{holder} {start}: the balance drops below zero"
    plum = Color(0.36, 0.22, 0.5)

    def head(c: Canvas, page: int) -> None:
        c.setStrokeColor(Color(0.3, 0.45, 0.3))
        c.setLineWidth(1.2)
        c.line(52, 728, 52, 758)
        c.setFillColor(plum)
        for i in range(5):
            c.circle(52 + (3 if i % 2 else -3), 740 + i * 4.5, 2.6 - i * 0.3, stroke=0, fill=1)
        c.setFont("Times-Bold", 20)
        c.drawString(64, 740, bank)
        c.setFillColor(black)
        c.setFont("Times-Roman", 8)
        c.drawString(65, 729, "Member FDIC  -  Equal Housing Lender")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 754, "P.O. Box 1150, Pocatello, ID 83204")
        c.drawRightString(572, 744, "Customer Service 1-800-555-0186")
        c.drawRightString(572, 734, f"Page {page} of 2")
        c.setStrokeColor(plum)
        c.line(40, 720, 572, 720)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)

    def section(c: Canvas, y: float, title: str, heads: Sequence[tuple[float, str, str]],
                rows: Sequence[Sequence[str]], total: str) -> float:
        c.setFont("Times-Bold", 11)
        c.setFillColor(plum)
        c.drawString(40, y, title)
        c.setFillColor(black)
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        for x, t, al in heads:
            (c.drawRightString if al == "r" else c.drawString)(x, y, t)
        c.line(40, y - 3, 572, y - 3)
        y -= 13
        c.setFont("Helvetica", 8.5)
        for row in rows:
            for (x, _, al), t in zip(heads, row, strict=True):
                (c.drawRightString if al == "r" else c.drawString)(x, y, t)
            y -= 11.5
        c.line(40, y + 6, 572, y + 6)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 5, total.split("|")[0])
        c.drawRightString(568, y - 5, total.split("|")[1])
        return y - 30

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [holder, *address]:
            c.drawString(56, y, ln)
            y -= 12
        c.rect(340, 632, 232, 74)
        c.setFont("Times-Bold", 12)
        c.drawString(350, 688, "Everyday Checking")
        c.setFont("Helvetica", 8.5)
        c.drawString(350, 673, f"Account number: ****{acct[-4:]}")
        c.drawString(350, 660, f"Statement period: {long_date(start)}")
        c.drawString(350, 648, f"through {long_date(end)}")
        c.setFont("Times-Bold", 11)
        c.setFillColor(plum)
        c.drawString(40, 610, "Account summary")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        lines = ((f"Beginning balance on {start.strftime('%B')} {start.day}", "$" + money(begin)),
                 ("Deposits and other additions", "+" + money(total_dep)), ("Checks paid", "-" + money(total_chk)),
                 ("Electronic withdrawals", "-" + money(total_el)), ("Service fees", "-0.00"))
        y = 594
        for k, v in lines:
            c.drawString(48, y, k)
            c.drawRightString(330, y, v)
            y -= 12
        c.line(48, y + 8, 330, y + 8)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y - 3, f"Ending balance on {long_date(end)}")
        c.drawRightString(330, y - 3, "$" + money(ending))
        y -= 34
        section(c, y, "Deposits and other additions",
                [(48, "Date", "l"), (110, "Description", "l"), (568, "Amount", "r")],
                [(d.strftime("%m/%d"), desc, money(a)) for d, desc, a in deps],
                f"Total deposits and other additions|${money(total_dep)}")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica", 8)
        c.drawString(40, 704, f"{holder}  -  Everyday Checking ****{acct[-4:]}  -  {mdy(start)} to {mdy(end)}")
        y = section(c, 680, "Checks paid", [(48, "Check number", "l"), (160, "Date paid", "l"), (568, "Amount", "r")],
                    [(str(n), d.strftime("%m/%d"), money(a)) for n, d, a in checks],
                    f"Total checks paid|${money(total_chk)}")
        y = section(c, y, "Electronic withdrawals",
                    [(48, "Date", "l"), (110, "Description", "l"), (568, "Amount", "r")],
                    [(d.strftime("%m/%d"), desc, money(-a)) for d, desc, a in elec],
                    f"Total electronic withdrawals|${money(total_el)}")
        c.setFont("Times-Bold", 11)
        c.setFillColor(plum)
        c.drawString(40, y, "Daily ending balance")
        c.setFillColor(black)
        events = sorted([(d, a) for d, _, a in txns] + [(d, -a) for _, d, a in checks])
        bal = begin
        daily: list[tuple[dt.date, Decimal]] = []
        for d, a in events:
            bal += a
            if daily and daily[-1][0] == d:
                daily[-1] = (d, bal)
            else:
                daily.append((d, bal))
        c.setFont("Helvetica", 8.5)
        y -= 14
        for i, (d, b) in enumerate(daily):
            col, row = divmod(i, (len(daily) + 2) // 3)
            c.drawString(48 + col * 180, y - row * 11, d.strftime("%m/%d"))
            c.drawRightString(190 + col * 180, y - row * 11, money(b))
        c.setFont("Helvetica", 7)
        c.drawString(40, 50, "First Larkspur Bank, N.A.  -  Please examine this statement promptly and report any "
                             "error within 60 days.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": num(begin), "ending_balance": num(ending)}
    return Statement(Paper([page1, page2]), fields, start, end)


# --- letters and other papers ---------------------------------------------------------------------------------


def hardship_letter(names: Sequence[str], address: Sequence[str], loan: str, date: dt.date, paras: Sequence[str],
                    signed: bool, seed: int, font: str = "Times-Roman") -> Paper:
    """A borrower's typed hardship letter in block form; signed in pen when it was printed and photographed."""
    bold = {"Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold"}[font]
    size = 11.5 if font == "Times-Roman" else 10.5

    def page(c: Canvas) -> list[Mark]:
        c.setFont(font, size)
        y = 730
        for ln in [" and ".join(names), *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 16
        c.drawString(72, y, long_date(date))
        y -= 30
        for ln in (SERVICER, "Attn: Loss Mitigation Department", SERVICER_STREET, SERVICER_CITY):
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont(bold, size)
        c.drawString(72, y, f"RE: Hardship letter - Loan No. {loan}")
        y -= 28
        y = paragraphs(c, 72, y, W - 144, ["To the Loss Mitigation Department:", *paras], font=font, size=size,
                       leading=size * 1.35, gap=9)
        c.setFont(font, size)
        c.drawString(72, y - 2, "Sincerely,")
        marks = []
        for i, nm in enumerate(names):
            x = 72 + i * 240
            c.drawString(x, y - 52, nm)
            if signed:
                marks.append(Mark("sig", x + 4, y - 38, w=150, seed=seed + i))
        return marks

    return Paper([page])


def ui_determination(claimant: str, address: Sequence[str], ssn4: str, mailed: dt.date, wba: Decimal, weeks: int,
                     employer: str, quarters: Sequence[tuple[str, Decimal]], claim_id: str) -> Paper:
    """A state labor department's notice of monetary determination for an unemployment claim (weekly benefit)."""
    by_start = mailed - dt.timedelta(days=mailed.weekday() + 15)
    by_end = by_start + dt.timedelta(days=364)
    navy = Color(0.1, 0.2, 0.4)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(navy)
        c.rect(40, 730, 532, 32, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 748, "MONTANA DEPARTMENT OF LABOR & INDUSTRY")
        c.setFont("Helvetica", 8)
        c.drawString(50, 736, "Unemployment Insurance Division  -  P.O. Box 8020  -  Helena, MT 59604-8020  -  "
                              "(406) 555-0190")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 706, "NOTICE OF MONETARY DETERMINATION")
        c.setFont("Helvetica", 9.5)
        y = 676
        for ln in [claimant.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 12
        c.rect(372, 628, 200, 58)
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Date mailed:", mdy(mailed)), ("Claim ID:", claim_id),
                                    ("Claimant SSN:", f"XXX-XX-{ssn4}"), ("Claim type:", "Regular UI"))):
            c.drawString(380, 674 - 13 * i, k)
            c.drawString(460, 674 - 13 * i, v)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, 600, "BASE PERIOD WAGES REPORTED BY YOUR EMPLOYERS")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, 586, "Quarter")
        c.drawString(150, 586, "Employer")
        c.drawRightString(560, 586, "Wages")
        c.line(40, 582, 572, 582)
        c.setFont("Helvetica", 8.5)
        y = 570
        for qtr, amt in quarters:
            c.drawString(48, y, qtr)
            c.drawString(150, y, employer.upper())
            c.drawRightString(560, y, money(amt))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(150, y - 2, "Total base period wages")
        c.drawRightString(560, y - 2, money(sum((a for _, a in quarters), ZERO)))
        y -= 30
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, y, "YOUR BENEFIT")
        y -= 8
        caps = (("Benefit year begins", mdy(by_start)), ("Benefit year ends", mdy(by_end)),
                ("Weekly benefit amount", "$" + money(wba)), ("Maximum benefit amount", "$" + money(wba * weeks)),
                ("Weeks payable", str(weeks)))
        for i, (k, v) in enumerate(caps):
            x = 40 + i * 106.4
            c.rect(x, y - 34, 106.4, 34)
            c.setFont("Helvetica", 7)
            c.drawString(x + 4, y - 10, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x + 4, y - 27, v)
        y -= 60
        y = paragraphs(c, 40, y, 532, [
            "You are monetarily eligible for unemployment insurance benefits. Your weekly benefit amount is based on "
            "your highest base period wages. Benefits are paid for each week you file a weekly payment request and "
            "meet the weekly eligibility requirements, including being able to work, available for work and "
            "actively seeking work.",
            "Benefits are taxable income. You may choose to have 10 percent federal income tax withheld from each "
            "payment.",
            "APPEAL RIGHTS: If you believe this determination is wrong, you may appeal. This determination becomes "
            "final unless an appeal is filed within 10 days of the date mailed shown above."],
            font="Helvetica", size=9, leading=12, gap=7)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 60, "UI-MD-201  Notice of Monetary Determination")
        return []

    return Paper([page])


def survivor_award(person: str, address: Sequence[str], date: dt.date, monthly: Decimal, participant: str,
                   died: dt.date, effective: dt.date) -> Paper:
    """A union pension trust's notice awarding a surviving spouse's monthly pension (taxable)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.45, 0.25, 0.1))
        c.rect(72, 728, 30, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(87, 739, "ICM")
        c.setFillColor(black)
        c.setFont("Times-Bold", 12)
        c.drawString(110, 748, "INTERMOUNTAIN CARPENTERS & MILLWRIGHTS")
        c.drawString(110, 734, "PENSION TRUST")
        c.setFont("Times-Roman", 8)
        c.drawRightString(540, 748, "Benefits Office")
        c.drawRightString(540, 738, "4100 Emerald Street, Boise, ID 83706")
        c.drawRightString(540, 728, "(208) 555-0122")
        c.line(72, 720, 540, 720)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 696, long_date(date))
        y = 668
        for ln in [person, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Surviving spouse pension - Participant {participant} (deceased)")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, [
            f"Dear {person.split()[0]}:",
            f"We were sorry to learn of the death of {participant} on {long_date(died)}. The Board of Trustees has "
            "approved your application for the surviving spouse pension earned by his years of covered service "
            "under the Plan.",
            "Your benefit is shown below. It is paid monthly for the rest of your life, by direct deposit on the "
            "first business day of each month. The benefit is taxable income; federal income tax will be withheld "
            "according to the Form W-4P you returned with your application."], size=11, leading=14.5)
        for k, v in (("Monthly survivor benefit (gross)", "$" + money(monthly)), ("Payment frequency", "Monthly"),
                     ("Benefit effective date", mdy(effective)), ("Form of payment", "Lifetime annuity")):
            c.setFont("Times-Roman", 11)
            c.drawString(96, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(320, y, v)
            y -= 16
        y -= 14
        y = paragraphs(c, 72, y, W - 144, [
            "Please keep this letter. It may be used as proof of your income. If your address or bank account "
            "changes, notify the Benefits Office in writing."], size=11, leading=14.5)
        c.setFont("Times-Roman", 11)
        for i, ln in enumerate(("Sincerely,", "", "Benefits Office", "Intermountain Carpenters & Millwrights "
                                "Pension Trust")):
            c.drawString(72, y - 4 - 14 * i, ln)
        return []

    return Paper([page])


def death_certificate(name: str, sex: str, ssn4: str, born: dt.date, died: dt.date, birthplace: str,
                      residence: str, county: str, spouse: str, informant: str, place: str, funeral: str,
                      certifier: str, filed: dt.date, file_no: str, causes: Sequence[str]) -> Paper:
    """A state's certified copy of a death certificate: a double border, numbered boxes in rows, a cause of death
    block and the registrar's certification at the foot."""
    age = died.year - born.year - ((died.month, died.day) < (born.month, born.day))

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.2, 0.35, 0.5))
        c.setLineWidth(2.2)
        c.rect(30, 30, W - 60, H - 60)
        c.setLineWidth(0.6)
        c.rect(36, 36, W - 72, H - 72)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 11)
        c.drawCentredString(W / 2, 730, "STATE OF IDAHO")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 718, "BUREAU OF VITAL RECORDS AND HEALTH STATISTICS")
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, 698, "CERTIFICATE OF DEATH")
        c.setFont("Helvetica", 8)
        c.drawString(48, 730, f"STATE FILE NUMBER {file_no}")
        c.drawRightString(W - 48, 730, "CERTIFIED COPY")
        rows = [
            [(300, "1. DECEDENT'S LEGAL NAME (First, Middle, Last)", name), (90, "2. SEX", sex),
             (126, "3. SOCIAL SECURITY NUMBER", f"XXX-XX-{ssn4}")],
            [(110, "4. AGE (Years)", str(age)), (140, "5. DATE OF BIRTH", mdy(born)),
             (266, "6. BIRTHPLACE (City and State)", birthplace)],
            [(390, "7. RESIDENCE (Street, City, State, ZIP)", residence), (126, "8. COUNTY", county)],
            [(160, "9. MARITAL STATUS AT DEATH", "Married"), (356, "10. SURVIVING SPOUSE'S NAME", spouse)],
            [(140, "11. DATE OF DEATH", mdy(died)), (250, "12. PLACE OF DEATH", place), (126, "13. COUNTY", county)],
            [(260, "14. INFORMANT'S NAME AND RELATIONSHIP", informant), (256, "15. METHOD OF DISPOSITION",
                                                                            "Burial")],
            [(516, "16. FUNERAL FACILITY", funeral)],
        ]
        y = 680
        for row in rows:
            x = 48.0
            for w_, cap, val in row:
                c.rect(x, y - 30, w_, 30)
                c.setFont("Helvetica", 6.2)
                c.drawString(x + 3, y - 8, cap)
                c.setFont("Courier", 10)
                c.drawString(x + 5, y - 24, val)
                x += w_
            y -= 30
        c.rect(48, y - 92, 516, 92)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(51, y - 9, "17. CAUSE OF DEATH  PART I. Immediate cause and conditions leading to it")
        c.setFont("Courier", 10)
        for i, cause in enumerate(causes):
            c.setFont("Helvetica", 7)
            c.drawString(56, y - 27 - 18 * i, "abc"[i] + ".")
            c.setFont("Courier", 10)
            c.drawString(72, y - 27 - 18 * i, cause)
        y -= 92
        c.rect(48, y - 30, 300, 30)
        c.rect(348, y - 30, 216, 30)
        c.setFont("Helvetica", 6.2)
        c.drawString(51, y - 8, "18. CERTIFIER (Name and title)")
        c.drawString(351, y - 8, "19. DATE FILED BY REGISTRAR")
        c.setFont("Courier", 10)
        c.drawString(53, y - 24, certifier)
        c.drawString(353, y - 24, mdy(filed))
        paragraphs(c, 56, 150, 500, [
            "This is a true and correct copy of the official record filed with the Idaho Bureau of Vital Records "
            "and Health Statistics. This copy is not valid unless it bears the raised seal of the Bureau."],
            font="Times-Italic", size=9, leading=11.5)
        c.setFont("Times-Roman", 9)
        c.drawString(330, 92, "State Registrar of Vital Statistics")
        c.line(330, 104, 540, 104)
        c.setStrokeColor(Color(0.6, 0.6, 0.65))
        c.circle(130, 92, 32)
        c.circle(130, 92, 26)
        c.setFont("Times-Roman", 6)
        c.drawCentredString(130, 90, "SEAL")
        c.setStrokeColor(black)
        return [Mark("sig", 350, 107, w=150, seed=sum(map(ord, file_no)))]

    return Paper([page])


def pleading(c: Canvas, page: int, pages: int, short: str) -> None:
    """Numbered pleading-paper lines and the footer of a court paper."""
    c.setStrokeColor(Color(0.55, 0.55, 0.55))
    c.setLineWidth(0.5)
    c.line(64, 36, 64, 760)
    c.line(67, 36, 67, 760)
    c.line(W - 50, 36, W - 50, 760)
    c.setStrokeColor(black)
    c.setFont("Times-Roman", 8.5)
    for i in range(1, 29):
        c.drawRightString(58, 742 - (i - 1) * 24.5, str(i))
    c.line(72, 58, W - 56, 58)
    c.setFont("Times-Roman", 8.5)
    c.drawString(76, 46, short)
    c.drawRightString(W - 56, 46, f"Page {page} of {pages}")


def divorce_decree(petitioner: str, respondent: str, case_no: str, entered: dt.date, county: str, district: str,
                   property_address: str, support: Decimal, support_months: int, judge: str, seed: int) -> Paper:
    """A county district court's judgment and decree of divorce on numbered pleading paper, two pages."""
    short = "JUDGMENT AND DECREE OF DIVORCE"

    def page1(c: Canvas) -> list[Mark]:
        pleading(c, 1, 2, short)
        c.setFont("Times-Roman", 11)
        y = 700
        for ln in (f"IN THE DISTRICT COURT OF THE {district} JUDICIAL DISTRICT OF THE",
                   f"STATE OF IDAHO, IN AND FOR THE COUNTY OF {county.upper()}"):
            c.drawCentredString(W / 2 + 6, y, ln)
            y -= 14
        y -= 20
        c.drawString(80, y, "In re the Marriage of:")
        y -= 20
        for ln in (f"{petitioner.upper()},", "                    Petitioner,", "", "and", "",
                   f"{respondent.upper()},", "                    Respondent."):
            c.drawString(80, y, ln)
            y -= 13.5
        c.line(300, y + 100, 300, y + 2)
        c.line(80, y + 2, 300, y + 2)
        c.drawString(316, y + 80, f"Case No. {case_no}")
        c.setFont("Times-Bold", 11)
        c.drawString(316, y + 52, "JUDGMENT AND DECREE")
        c.drawString(316, y + 38, "OF DIVORCE")
        y -= 26
        paragraphs(c, 80, y, W - 150, [
            f"This matter came before the Court on {long_date(entered - dt.timedelta(days=9))} on the Petitioner's "
            "verified petition for divorce. The Court, having reviewed the stipulated property settlement and "
            "support agreement of the parties and being fully advised, FINDS that the parties have irreconcilable "
            "differences and that the marriage should be dissolved. NOW, THEREFORE, IT IS HEREBY ORDERED, ADJUDGED "
            "AND DECREED:",
            "1. The bonds of matrimony between the Petitioner and the Respondent are dissolved, and each party is "
            "restored to the status of a single person.",
            f"2. The real property and residence located at {property_address} is awarded to the Petitioner as her "
            "sole and separate property, subject to the existing mortgage, which the Petitioner shall assume and "
            "pay. The Respondent shall execute a quitclaim deed to the Petitioner within thirty (30) days."],
            size=11, leading=24.5, gap=0, indent=36)
        return []

    def page2(c: Canvas) -> list[Mark]:
        pleading(c, 2, 2, short)
        y = paragraphs(c, 80, 742, W - 150, [
            f"3. The Respondent shall pay to the Petitioner spousal maintenance of ${money(support)} per month, due "
            f"on the first day of each month, for {support_months} months beginning with the first month after "
            "entry of this Decree, by direct deposit to an account the Petitioner designates.",
            "4. Each party shall keep the vehicles, bank accounts and retirement accounts titled in that party's "
            "own name, and shall pay the debts incurred in that party's own name since the date of separation.",
            "5. Each party shall bear his or her own attorney fees and costs."],
            size=11, leading=24.5, gap=0, indent=36)
        c.setFont("Times-Roman", 11)
        c.drawString(116, y - 24.5, f"DATED: {long_date(entered)}.")
        c.line(330, y - 73.5, W - 80, y - 73.5)
        c.drawString(330, y - 86, f"{judge}, District Judge")
        c.setFont("Times-Italic", 9)
        c.drawString(80, y - 150, "I certify that this is a true copy of the document on file in this office.")
        c.drawString(80, y - 162, f"Clerk of the District Court, {county} County - {mdy(entered)}")
        return [Mark("sig", 340, y - 70, w=170, seed=seed)]

    return Paper([page1, page2])


def lease(landlord: str, tenant: str, unit: str, start: dt.date, rent: Decimal, deposit: Decimal, signed: dt.date,
          seed: int) -> Paper:
    """A plain two-page residential lease the borrower made for the other half of a duplex."""
    title = "RESIDENTIAL LEASE AGREEMENT"

    def foot(c: Canvas, n: int) -> None:
        c.setFont("Helvetica", 8)
        c.drawString(72, 40, "Landlord initials ______   Tenant initials ______")
        c.drawRightString(W - 72, 40, f"Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(W / 2, 730, title)
        paragraphs(c, 72, 700, W - 144, [
            f"This Residential Lease Agreement is made on {long_date(signed)} between {landlord} (\"Landlord\") and "
            f"{tenant} (\"Tenant\").",
            f"1. PREMISES. Landlord rents to Tenant the dwelling unit at {unit} (the \"Premises\"), together with "
            "one parking space and shared use of the yard.",
            f"2. TERM. The lease begins on {long_date(start)} and ends on "
            f"{long_date(start.replace(year=start.year + 1) - dt.timedelta(days=1))}, and continues month to month "
            "afterwards unless either party gives thirty days' written notice.",
            f"3. RENT. Tenant shall pay rent of ${money(rent)} per month, due on the first day of each month, by "
            "check or electronic transfer to Landlord. Rent received after the fifth day of the month is late and "
            "a late fee of $50.00 applies.",
            f"4. SECURITY DEPOSIT. Tenant has paid a security deposit of ${money(deposit)}, to be returned within "
            "thirty days after Tenant moves out, less lawful deductions for damage beyond normal wear and tear.",
            "5. UTILITIES. Tenant pays electricity, gas and internet for the Premises. Landlord pays water, sewer "
            "and trash.",
            "6. USE AND OCCUPANCY. The Premises shall be used only as a private residence for Tenant and the "
            "persons listed in the rental application. No more than two pets without Landlord's written consent."],
            font="Helvetica", size=10, leading=13.5, gap=8)
        foot(c, 1)
        return []

    def page2(c: Canvas) -> list[Mark]:
        y = paragraphs(c, 72, 730, W - 144, [
            "7. MAINTENANCE. Tenant shall keep the Premises clean and report needed repairs promptly. Landlord "
            "shall keep the roof, structure, plumbing, heating and electrical systems in good repair.",
            "8. ENTRY. Landlord may enter the Premises at reasonable times with twenty-four hours' notice, or at any "
            "time in an emergency.",
            "9. ENTIRE AGREEMENT. This lease is the entire agreement of the parties and may be changed only in "
            "writing signed by both."], font="Helvetica", size=10, leading=13.5, gap=8)
        y -= 30
        marks = []
        for i, who in enumerate((("Landlord", landlord), ("Tenant", tenant))):
            yy = y - i * 70
            c.line(72, yy, 330, yy)
            c.line(370, yy, 520, yy)
            c.setFont("Helvetica", 8.5)
            c.drawString(72, yy - 11, f"{who[0]}: {who[1]}")
            c.drawString(370, yy - 11, "Date")
            marks.append(Mark("sig", 84, yy + 3, w=170, seed=seed + i))
            marks.append(Mark("hand", 376, yy + 4, mdy(signed), size=12, seed=seed + 10 + i))
        foot(c, 2)
        return marks

    return Paper([page1, page2])


# --- applications ---------------------------------------------------------------------------------------------


@dataclass
class AppData:
    loan: str
    borrower: str
    ssn4: str
    street: str
    city: str
    state: str
    zip: str
    county: str
    phone: str
    email: str
    occupancy: str
    hardships: list[str]
    start: dt.date | None
    duration: str  # short | long | resolved
    income: dict[str, Decimal]
    signed_on: dt.date
    co: str | None = None
    co_ssn4: str = ""
    co_phone: str = ""
    other_text: str = ""
    b_signs: bool = True
    b_dates: bool = True
    co_signs: bool = True
    co_dates: bool = True
    checking: Decimal = ZERO
    savings: Decimal = ZERO
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> Decimal:
        return sum((v for v in self.income.values() if v > 0), ZERO)

    def expected(self) -> dict[str, Any]:
        income: dict[str, float | None] = {k: num(v) for k, v in self.income.items() if v > 0}
        income["total"] = num(self.total)
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn4, "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None, "income": income,
                "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_signs and self.b_dates else None,
                "co_borrower_signed": None if self.co is None else (self.co_signs and self.co_dates)}


def smallcaps(c: Canvas, x: float, y: float, text: str, size: float = 6.9) -> None:
    """A caption in small capitals: each word's first letter full size, the rest as smaller capitals."""
    c.saveState()
    c.setFillColor(Color(0.22, 0.3, 0.34))
    cx = x
    for i, word in enumerate(text.split(" ")):
        if i:
            cx += stringWidth(" ", "Helvetica", size)
        for j, ch in enumerate(word):
            s = size if j == 0 or not ch.isalpha() else size * 0.8
            c.setFont("Helvetica", s)
            c.drawString(cx, y, ch.upper())
            cx += stringWidth(ch.upper(), "Helvetica", s) + 0.35
    c.restoreState()


def tms_box(c: Canvas, x: float, top: float, w: float, h: float, label: str, answer: str = "",
            right: bool = False) -> None:
    """One box of the TMS-200 grid: the caption in small caps in its top-left corner, the typed answer under it."""
    c.setStrokeColor(Color(0.35, 0.42, 0.46))
    c.setLineWidth(0.6)
    c.rect(x, top - h, w, h)
    c.setStrokeColor(black)
    smallcaps(c, x + 3.5, top - 8.5, label)
    if answer:
        c.setFont("Courier", 10.5)
        if right:
            c.drawRightString(x + w - 8, top - h + 6.5, answer)
        else:
            c.drawString(x + 6, top - h + 6.5, answer)


def tms_options(c: Canvas, x: float, y: float, options: Sequence[tuple[str, bool]], gap: float = 12) -> float:
    for label, on in options:
        c.setLineWidth(0.6)
        c.rect(x, y - 1, 7.5, 7.5)
        if on:
            c.setFont("Courier-Bold", 10)
            c.drawString(x + 0.9, y - 0.2, "X")
        c.setFont("Helvetica", 8)
        c.drawString(x + 11, y, label)
        x += 11 + stringWidth(label, "Helvetica", 8) + gap
    return x


def tms_band(c: Canvas, top: float, title: str) -> float:
    c.setFillColor(TEAL)
    c.rect(40, top - 13, 532, 13, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(45, top - 9.5, title)
    c.setFillColor(black)
    return top - 13


def tms_header(c: Canvas, page: int) -> None:
    c.setStrokeColor(TEAL)
    c.setLineWidth(2)
    for i in range(3):
        c.arc(38 + i * 3, 728 + i * 5, 66 - i * 3, 756 - i * 5, 20, 140)
    c.setStrokeColor(black)
    c.setFillColor(TEAL)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 741, "TALLOWIND")
    c.setFillColor(black)
    c.setFont("Helvetica", 7)
    c.drawString(73, 731, "M O R T G A G E   S E R V I C I N G")
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(572, 744, "HOMEOWNER ASSISTANCE APPLICATION")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(572, 733, f"Form TMS-200  |  rev. 01/2047  |  Page {page} of 2")
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.5)
    c.line(40, 722, 572, 722)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.setFont("Helvetica", 7)
    c.drawString(40, 36, "TMS-200 (01/2047)")
    c.drawCentredString(W / 2, 36, f"{SERVICER}  -  {SERVICER_STREET}, {SERVICER_CITY}")
    c.drawRightString(572, 36, f"Page {page} of 2")


TMS_REASONS = (("unemployment", "Unemployment"), ("reduction_in_income", "Reduction in income (hours, pay, overtime)"),
               ("increase_in_housing_expenses", "Increase in housing expenses"),
               ("disaster", "Disaster affecting the home or workplace"),
               ("disability_or_illness", "Disability or serious illness"),
               ("divorce_or_separation", "Divorce or legal separation"),
               ("separation_unmarried", "Separation of unmarried co-borrowers"),
               ("death", "Death of a borrower or wage earner"),
               ("relocation", "Distant job transfer or relocation"), ("other", "Other (describe below)"))
TMS_INCOME = (("wages", "Gross wages, salary, overtime, tips, bonuses"), ("self_employment", "Self-employment income"),
              ("unemployment", "Unemployment benefits"),
              ("benefits_taxable", "Taxable Social Security, pension, disability, public aid"),
              ("benefits_nontaxable", "Non-taxable Social Security or disability"),
              ("rental", "Rental income (less expenses except mortgage)"),
              ("investment", "Investment or insurance income"),
              ("other", "Other: alimony, child support, other income"))


def tms200(app: AppData) -> Paper:
    """Tallowind's own two-page application: a grid of boxes, each caption in small caps at its top-left corner and
    the answer typed under it; choices as boxes inside the grid; signatures and dates in boxes on page 2."""

    def page1(c: Canvas) -> list[Mark]:
        tms_header(c, 1)
        paragraphs(c, 40, 710, 532, [
            "Type or print in the boxes - each box's caption is in its top-left corner; write the answer under it. "
            "Mark every box that applies. Sign page 2 and return both pages with the documents listed below to "
            f"{SERVICER}, Loss Mitigation, {SERVICER_STREET}, {SERVICER_CITY}, fax {SERVICER_FAX}, or upload "
            f"them at {SERVICER_WEB}."], font="Helvetica", size=7.6, leading=9.4)
        y = tms_band(c, 684, "1   BORROWER AND LOAN")
        tms_box(c, 40, y, 150, 28, "Loan number", app.loan)
        tms_box(c, 190, y, 262, 28, "Borrower's full name", app.borrower)
        tms_box(c, 452, y, 120, 28, "SSN (last 4 digits)", app.ssn4)
        y -= 28
        tms_box(c, 40, y, 150, 28, "Primary phone", app.phone)
        tms_box(c, 190, y, 262, 28, "E-mail address", app.email)
        tms_box(c, 452, y, 120, 28, "Active-duty military?")
        tms_options(c, 458, y - 22, (("Yes", False), ("No", True)))
        y -= 28
        tms_box(c, 40, y, 300, 28, "Co-borrower's full name", app.co or "")
        tms_box(c, 340, y, 112, 28, "Co-borrower SSN (last 4)", app.co_ssn4 if app.co else "")
        tms_box(c, 452, y, 120, 28, "Co-borrower phone", app.co_phone if app.co else "")
        y = tms_band(c, y - 34, "2   PROPERTY")
        tms_box(c, 40, y, 532, 28, "Property street address", app.street)
        y -= 28
        tms_box(c, 40, y, 220, 28, "City", app.city)
        tms_box(c, 260, y, 60, 28, "State", app.state)
        tms_box(c, 320, y, 100, 28, "ZIP code", app.zip)
        tms_box(c, 420, y, 152, 28, "County", app.county)
        y -= 28
        tms_box(c, 40, y, 532, 28, "Mailing address (if different)")
        y -= 28
        tms_box(c, 40, y, 330, 28, "The property is")
        tms_options(c, 46, y - 22, [(lab, app.occupancy == code) for code, lab in
                                    (("primary_residence", "Primary residence"), ("second_home", "Second home"),
                                     ("investment_property", "Investment property"))])
        tms_box(c, 370, y, 202, 28, "I want to")
        tms_options(c, 376, y - 22, (("Keep it", True), ("Sell it", False), ("Undecided", False)), gap=8)
        y -= 28
        tms_box(c, 40, y, 160, 28, "Listed for sale?")
        tms_options(c, 46, y - 22, (("Yes", False), ("No", True)))
        tms_box(c, 200, y, 160, 28, "HOA or condo fees?")
        tms_options(c, 206, y - 22, (("Yes", False), ("No", True)))
        tms_box(c, 360, y, 212, 28, "Monthly HOA dues")
        y = tms_band(c, y - 34, "3   HARDSHIP")
        tms_box(c, 40, y, 170, 28, "Date hardship began (mm/dd/yyyy)", mdy(app.start) if app.start else "")
        tms_box(c, 210, y, 362, 28, "Expected to last")
        tms_options(c, 216, y - 22, (("6 months or less", app.duration == "short"),
                                     ("More than 6 months", app.duration == "long"),
                                     ("Resolved as of ________", app.duration == "resolved")))
        y -= 28
        tms_box(c, 40, y, 532, 88, "Type of hardship (check all that apply)")
        for i, (code, lab) in enumerate(TMS_REASONS):
            col, row = divmod(i, 5)
            tms_options(c, 48 + col * 266, y - 24 - row * 14, ((lab, code in app.hardships),))
        y -= 88
        tms_box(c, 40, y, 532, 28, "If \"other\", describe your hardship", app.other_text)
        y -= 44
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "WHAT TO SEND WITH THIS APPLICATION")
        paragraphs(c, 40, y - 12, 532, [
            "- Wages: your most recent pay stub showing year-to-date pay, or your two most recent bank statements.",
            "- Self-employment: two most recent bank statements, or a signed year-to-date profit and loss statement, "
            "or your most recent signed tax return; and a signed IRS Form 4506-C.",
            "- Benefits, pension, rental, investment or other income: an award letter or other paper showing the "
            "amount and how often it is paid, or two most recent bank statements. Rental income: also Form 4506-C.",
            "- Illness or disability, divorce, death, relocation or \"other\": the hardship document listed on our "
            "checklist (a letter explaining the hardship is always welcome)."],
            font="Helvetica", size=7.4, leading=9.2, gap=1.5)
        return []

    def page2(c: Canvas) -> list[Mark]:
        tms_header(c, 2)
        tms_box(c, 422, 712, 150, 26, "Loan number", app.loan)
        y = tms_band(c, 678, "4   MONTHLY INCOME BEFORE TAXES (ALL BORROWERS TOGETHER)")
        for i, (code, lab) in enumerate(TMS_INCOME):
            col, row = i % 2, i // 2
            amount = app.income.get(code, ZERO)
            tms_box(c, 40 + col * 266, y - row * 30, 266, 30, lab, f"$ {money(amount)}" if amount > 0 else "",
                    right=True)
        y -= 120
        tms_box(c, 40, y, 532, 30, "Total monthly income (add the eight boxes above)", f"$ {money(app.total)}",
                right=True)
        y = tms_band(c, y - 38, "5   ASSETS (DO NOT INCLUDE RETIREMENT ACCOUNTS)")
        for i, (lab, v) in enumerate((("Checking and cash", app.checking), ("Savings, money market, CDs", app.savings),
                                      ("Stocks and bonds", ZERO), ("Other assets", ZERO))):
            tms_box(c, 40 + i * 133, y, 133, 28, lab, f"$ {money(v)}" if v > 0 else "", right=True)
        y = tms_band(c, y - 34, "6   CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 40, y - 12, 532, [
            "I certify that the information in this application is true and that the hardship I described "
            "contributed to my need for mortgage relief. I agree to send the documents Tallowind asks for and to "
            "answer its requests promptly. I consent to Tallowind obtaining a credit report for each borrower and "
            "to being contacted about this application at the phone numbers and e-mail address I gave. I "
            "understand that knowingly false statements may violate federal law."],
            font="Helvetica", size=7.8, leading=9.8)
        marks: list[Mark] = []
        y -= 4
        people = [("Borrower signature", app.b_signs, app.b_dates, 0),
                  ("Co-borrower signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_dates, 1)]
        for label, signs, dates, k in people:
            tms_box(c, 40, y, 380, 40, label)
            tms_box(c, 420, y, 152, 40, "Date signed (mm/dd/yyyy)")
            if signs:
                marks.append(Mark("sig", 70, y - 32, w=230, seed=app.seed + k))
            if dates:
                marks.append(Mark("hand", 430, y - 31, mdy(app.signed_on), size=13, seed=app.seed + 20 + k))
            y -= 46
        tms_box(c, 40, y - 8, 532, 40, "For Tallowind use only")
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 40, "Received ____________   Logged by ____________   Case ____________")
        return marks

    return Paper([page1, page2])


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}
F710_DURATION = {"short": "Checkbox_38", "long": "Checkbox_39", "resolved": "Checkbox_40"}


def form710_pdf(app: AppData) -> bytes:
    """The real blank Form 710 with the borrower's typed answers in its AcroForm fields (dates of signing left for
    the pen)."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn4, "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_28" if app.occupancy == "investment_property" else "Checkbox_27"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True, F710_DURATION[app.duration]: True}
    if app.start:
        values["Date_1"] = mdy(app.start)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": app.co_ssn4, "US_Phone_Number_3": app.co_phone,
                       "Checkbox_9": True})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    if app.checking > 0:
        values["Number_10"] = money(app.checking)
    if app.savings > 0:
        values["Number_11"] = money(app.savings)
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for page in writer.pages:
        texts: dict[str, str] = {}
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            name = str(widget.get("/T", ""))
            if name not in values:
                continue
            value = values[name]
            if isinstance(value, bool):
                on = next(str(k) for k in widget["/AP"]["/N"] if str(k) != "/Off")
                state = NameObject(on if value else "/Off")
                widget[NameObject("/V")] = state
                widget[NameObject("/AS")] = state
            else:
                texts[name] = value
        if texts:
            writer.update_page_form_field_values(page, texts, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    return fixed_pypdf(writer, f"bb710{app.loan}")


def form710_sheets(app: AppData, dpi: int) -> list[Image.Image]:
    """Form 710 typed, printed, then signed and dated in pen (page 4's signature and date lines)."""
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 156, 347, w=200, seed=app.seed))
    if app.b_signs and app.b_dates:
        marks[3].append(Mark("hand", 432, 347, mdy(app.signed_on), size=12.5, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 170, 309, w=190, seed=app.seed + 1))
    if app.co and app.co_dates:
        marks[3].append(Mark("hand", 432, 309, mdy(app.signed_on), size=12.5, seed=app.seed + 6))
    return sheets(render_pdf(form710_pdf(app), dpi, marks, synth=True), dpi)


def form4506c_sheet(first: str, mi: str, last: str, ssn4: str, street: str, city: str, state: str, zipc: str,
                    phone: str, signed_on: dt.date, dpi: int, seed: int) -> Image.Image:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed in, printed, signed and dated in pen; the borrower
    kept only the last four digits of the SSN on the copy sent to the servicer."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica", 9)
    put = [(28, 668, first), (115, 668, mi), (172, 668, last), (28, 636, f"XXX-XX-{ssn4}"), (28, 571, street),
           (313, 571, city), (421, 571, state), (475, 571, zipc),
           (28, 506, "Northpass Income Verification LLC"), (313, 506, "NPV-40918"), (421, 506, "NORTHPASS07"),
           (28, 484, "88 Quarry Ridge Road"), (313, 484, "Sandy"), (421, 484, "UT"), (475, 484, "84070"),
           (28, 430, SERVICER), (475, 430, SERVICER_PHONE), (28, 409, SERVICER_STREET), (313, 409, "Boise"),
           (421, 409, "ID"), (475, 409, "83709"), (28, 362, "1040"),
           (25, 269, "12"), (53, 269, "31"), (82, 269, str(signed_on.year - 2)), (187, 269, "12"),
           (215, 269, "31"), (244, 269, str(signed_on.year - 1)), (435, 169, phone),
           (64, 130, f"{first} {mi}. {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(99, 350, "X")
    c.drawString(30, 196, "X")
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    pdf = fixed_pypdf(writer, "bb4506c")
    marks = [[Mark("sig", 80, 169, w=190, seed=seed), Mark("hand", 346, 169, mdy(signed_on), size=11.5,
                                                              seed=seed + 3)]]
    return sheets(render_pdf(pdf, dpi, marks, synth=True), dpi)[0]


# --- packets and the checklist --------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any] = field(default_factory=dict)
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


@dataclass
class Packet:
    name: str
    received: dt.date
    app: AppData
    scenario: list[str]
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def digital(self, rel: str, data: bytes, doc: Doc) -> None:
        """A born-digital file (downloaded or e-mailed) holding one document."""
        self.files[rel] = data
        doc.pages = [(rel, i + 1) for i in range(len(PdfReader(io.BytesIO(data)).pages))]
        self.docs.append(doc)

    def captured(self, rel: str, caps: Sequence[Capture], doc: Doc) -> None:
        """A photographed or phone-scanned document: one image per page in one PDF."""
        self.files[rel] = captures_pdf(caps)
        doc.pages = [(rel, i + 1) for i in range(len(caps))]
        doc.scanned = True
        self.docs.append(doc)


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields)


def letter_doc(kind: str, date: dt.date, **extra: Any) -> Doc:
    return Doc(kind, {"letter_date": date.isoformat(), **extra})


class Ambiguous(ValueError):
    """The packet would be judged differently under two fair readings of the checklist: redraw it."""


HARDSHIP_PAPERS = {"disability_or_illness": {"hardship_letter", "medical_statement"},
                   "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
                   "separation_unmarried": {"quitclaim_deed"}, "death": {"death_certificate", "obituary"},
                   "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}


def missing_codes(app: dict[str, Any] | None, docs: Sequence[dict[str, Any]], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to an expected.json's application and documents (so `--check` can apply it
    again to what was written). Raises Ambiguous when a fair second reading of the rules would judge otherwise."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not app["signed"] or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        out.append("application_signature")
    for name in ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
                 "hardship_start_date"):
        if not app.get(name):
            out.append(f"application_field:{name}")
    claimed = {k for k, v in app["income"].items() if k != "total" and v and v > 0}
    if not claimed:
        out.append("application_field:income")

    def age(iso: str) -> int:
        return (received - dt.date.fromisoformat(iso)).days

    def fresh(iso: str) -> bool:
        return 0 <= age(iso) <= FRESH_DAYS

    dated = [(d, d["fields"].get("pay_date") or d["fields"].get("period_end") or d["fields"].get("letter_date"))
             for d in docs if d["type"] in ("pay_stub", "bank_statement", "benefit_award_letter")]
    for d, iso in dated:
        if abs(age(iso) - FRESH_DAYS) <= 6:
            raise Ambiguous(f"{d['type']} dated {iso} sits on the 90-day edge")
    stubs = any(d["type"] == "pay_stub" and d["fields"].get("gross_ytd") is not None and fresh(d["fields"]["pay_date"])
                for d in docs)
    stmts = [d["fields"] for d in docs if d["type"] == "bank_statement"]
    newer_fresh = both_fresh = False
    for a in stmts:
        for b in stmts:
            if (a["bank_name"], a["account_last4"]) == (b["bank_name"], b["account_last4"]) and \
                    dt.date.fromisoformat(b["period_start"]) == \
                    dt.date.fromisoformat(a["period_end"]) + dt.timedelta(days=1):
                newer_fresh |= fresh(b["period_end"])
                both_fresh |= fresh(b["period_end"]) and fresh(a["period_end"])
    if newer_fresh != both_fresh:
        raise Ambiguous("two consecutive statements whose older one is stale")
    two_bank = newer_fresh

    def award(kind: str) -> bool:
        return any(d["type"] == "benefit_award_letter" and d["fields"].get("benefit_type") == kind
                   and fresh(d["fields"]["letter_date"]) for d in docs)

    def count(kind: str) -> int:
        return sum(d["type"] == kind for d in docs)

    if "other" in claimed and not two_bank and docs:
        raise Ambiguous("'other' income resting on a paper other than two statements")
    if "self_employment" in claimed and not two_bank:
        raise Ambiguous("self-employment papers other than statements are not drawn in this set")
    satisfied = {"wages": stubs or two_bank, "self_employment": two_bank, "unemployment": True,
                 "benefits_taxable": two_bank or award("benefits_taxable"),
                 "benefits_nontaxable": two_bank or award("benefits_nontaxable"),
                 "rental": two_bank or count("rent_check") >= 2,
                 "investment": two_bank or count("investment_statement") >= 2, "other": two_bank}
    out += [f"income_doc:{k}" for k in INCOMES if k in claimed and not satisfied[k]]
    types = {d["type"] for d in docs}
    out += [f"hardship_doc:{h}" for h in app["hardship_types"] if h in HARDSHIP_PAPERS and
            not HARDSHIP_PAPERS[h] & types]
    if claimed & {"self_employment", "rental"} and not any(
            d["type"] == "irs_form_4506c" and d["fields"].get("signed") for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    docs = [{"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
             "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields}
            for i, d in enumerate(p.docs, 1)]
    app = p.app.expected()
    codes = missing_codes(app, docs, p.received)
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": app,
            "documents": docs}


def monthly_of(amount: Decimal) -> Decimal:
    """What a borrower writes on the form for a pay: the figure rounded to whole dollars."""
    return q(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- the eight packets ------------------------------------------------------------------------------------------


def packet_bb1(seed: int) -> Packet:
    """Complete: a convenience-store cashier; two fresh weekly receipt stubs photographed on the kitchen table (the
    first in landscape), Tallowind's form through the scanner app, a signed letter photographed."""
    received = dt.date(2047, 3, 19)
    home = ["1446 Juniper Hollow Drive", "Twin Falls, ID 83301"]
    wh = Withholding(Decimal("0.08"), Decimal("0.045"), (), (("Uniform", D("5.00")),))
    stubs = [receipt_stub("Sagebrush Fuel & Market", "STORE #0412", "1880 BLUE LAKES BLVD N", "TWIN FALLS, ID 83301",
                          "Imelda R. Castellanos", "004471", "CASHIER/STOCKER", d, D("16.25"), Decimal("38.50"),
                          "8812", wh, f"bb1-{seed}") for d in (dt.date(2047, 3, 8), dt.date(2047, 3, 15))]
    app = AppData("0071842236", "Imelda R. Castellanos", "6613", "1446 Juniper Hollow Drive", "Twin Falls", "ID",
                  "83301", "Twin Falls", "(208) 555-0187", "imelda.castellanos@example.net", "primary_residence",
                  ["reduction_in_income"], dt.date(2046, 11, 4), "long",
                  {"wages": monthly_of(stubs[-1].monthly)}, dt.date(2047, 3, 16), checking=D("412.00"),
                  seed=seed + 100)
    p = Packet("bb1", received, app, [])
    folder = app.loan
    p.captured(f"{folder}/Scan 2047-03-16 20.41.pdf", app_pages(tms200(app), seed + 101), Doc(
        "mortgage_assistance_application"))
    for i, (s, name) in enumerate(zip(stubs, ("IMG_3318.pdf", "IMG_3319.pdf"), strict=True)):
        p.captured(f"{folder}/{name}", photo_pages(s.paper, seed + 110 + i, "wood", {0: 90} if i == 0 else None),
                   stub_doc(s))
    on = dt.date(2047, 3, 16)
    hl = hardship_letter([app.borrower], home, app.loan, on, [
        "In November the store cut the night shift I had worked for four years. I am back on days at fewer hours, "
        "and my pay went down by about six hundred dollars a month. I also lost the night differential.",
        "I have paid what I could, but I am now two payments behind. I want to keep my home and I am asking for a "
        "modification or any plan that brings the payment in line with what I earn now. My pay stubs are "
        "attached."], signed=True, seed=seed + 120)
    p.captured(f"{folder}/IMG_3322.pdf", photo_pages(hl, seed + 121, "wood"), letter_doc("hardship_letter", on))
    return p


def packet_bb2(seed: int) -> Packet:
    """Incomplete (income_doc:wages, stale): a mill worker's Form 710 photographed on a counter (page 2 in
    landscape), but the only pay stubs he had at hand are from January, more than 90 days old."""
    received = dt.date(2047, 5, 22)
    home = ["612 Cedar Bluff Lane", "Pocatello, ID 83204"]
    wh = Withholding(Decimal("0.085"), Decimal("0.045"), (("401(k) 4%", D("86.40")), ("Medical PPO", D("64.10"))),
                     (("Union Dues", D("22.00")),))
    stubs = [ps_stub("Snake River Timber Products, Inc.", "4700 Portneuf Road, Pocatello, ID 83204",
                     "Thaddeus J. Moorcroft", home, "20418", "Planer Mill", "Pocatello Mill", d, D("27.15"), wh,
                     "0637", f"bb2-{seed}", "Night Shift Diff") for d in (dt.date(2047, 1, 18), dt.date(2047, 2, 1))]
    app = AppData("4409316728", "Thaddeus J. Moorcroft", "2291", "612 Cedar Bluff Lane", "Pocatello", "ID", "83204",
                  "Bannock", "(208) 555-0164", "tj.moorcroft@example.com", "primary_residence",
                  ["increase_in_housing_expenses"], dt.date(2046, 12, 1), "long", {"wages": D("4680.00")},
                  dt.date(2047, 5, 14), checking=D("1265.00"), savings=D("300.00"), seed=seed + 200)
    p = Packet("bb2", received, app, ["income_doc:wages"])
    caps = [photo(s, seed * 19 + 201 + i, "stone", 90 if i == 1 else 0)
            for i, s in enumerate(form710_sheets(app, PHOTO_DPI))]
    p.captured(f"{app.loan} - MAA photos.pdf", caps, Doc("mortgage_assistance_application"))
    for s, label in zip(stubs, ("jan 18", "feb 1"), strict=True):
        p.captured(f"{app.loan} - paystub {label}.pdf", app_pages(s.paper, seed + 210 + len(p.docs)), stub_doc(s))
    on = dt.date(2047, 5, 14)
    hl = hardship_letter([app.borrower], home, app.loan, on, [
        "Our county reassessed the house last fall and the property tax bill went up by almost $2,400 a year. "
        "Then the homeowner's insurance renewed in December at nearly double the old premium after the hail "
        "claims in our area. My escrow payment went up by $390 a month starting in January.",
        "My pay at the mill has not changed, but I cannot cover the new payment with it. I am asking for a "
        "modification so I can stay in the house."], signed=True, seed=seed + 220, font="Helvetica")
    p.captured(f"{app.loan} - letter.pdf", photo_pages(hl, seed + 221, "stone"), letter_doc("hardship_letter", on))
    return p


def packet_bb3(seed: int) -> Packet:
    """Incomplete (income_doc:wages): the borrower lost his job (unemployment needs no paper) and sent the state's
    monetary determination; his wife's wages are on the form but there is no pay stub and only ONE bank statement."""
    received = dt.date(2047, 6, 24)
    home = ["2307 Bitterroot Trail", "Missoula, MT 59803"]
    rng = random.Random(seed * 1000 + 3)
    wba = D("498.00")
    app = AppData("1186027534", "Desmond K. Achterberg", "4417", "2307 Bitterroot Trail", "Missoula", "MT", "59803",
                  "Missoula", "(406) 555-0112", "d.achterberg@example.org", "primary_residence", ["unemployment"],
                  dt.date(2047, 4, 11), "short", {"wages": D("3215.00"), "unemployment": q(wba * 52 / 12)},
                  dt.date(2047, 6, 17), co="Lucia M. Achterberg", co_ssn4="0952", co_phone="(406) 555-0139",
                  checking=D("2140.00"), savings=D("1800.00"), seed=seed + 300)
    p = Packet("bb3", received, app, ["income_doc:wages"])
    p.captured(f"LN{app.loan}_upload_01.pdf", photo_pages(tms200(app), seed + 301, "dark", {0: 270}),
               Doc("mortgage_assistance_application"))
    mailed = dt.date(2047, 4, 29)
    ui = ui_determination(app.borrower, home, app.ssn4, mailed, wba, 26, "Clark Fork Millwork LLC",
                          [("Q1 2046", D("11840.00")), ("Q2 2046", D("12615.50")), ("Q3 2046", D("13002.75")),
                           ("Q4 2046", D("12288.00"))], "MT-UI-2047-0418826")
    p.captured(f"LN{app.loan}_upload_02.pdf", app_pages(ui, seed + 302),
               letter_doc("unemployment_benefit_letter", mailed, benefit_type="unemployment"))
    credits: list[Txn] = [(dt.date(2047, 5, d), "RATTLESNAKE VLY VET PAYROLL", D("1184.37")) for d in (2, 16, 30)]
    credits += [(dt.date(2047, 5, d), "MT DLI UI BENEFIT PAYMENT", D("448.20")) for d in (6, 13, 20, 27)]
    credits += [(dt.date(2047, 5, 9), "TALLOWIND MTG ONLINE PMT", D("-1250.00")),
                (dt.date(2047, 5, 14), "MISSOULA FCU AUTO LOAN PMT", D("-412.66")),
                (dt.date(2047, 5, 24), "COSTCO WHSE #0076", D("-214.37"))]
    st = bitterbrush_statement(rng, "Desmond K Achterberg / Lucia M Achterberg", home, "7720150388", 2047, 5,
                               D("1873.42"), credits)
    p.digital(f"LN{app.loan}_upload_03.pdf", paper_pdf(st.paper), stmt_doc(st))
    on = dt.date(2047, 6, 17)
    hl = hardship_letter([app.borrower, app.co or ""], home, app.loan, on, [
        "On April 11 Clark Fork Millwork closed its door shop and laid off the whole second shift, including me. "
        "I have filed for unemployment and I am looking for work every week.",
        "Lucia still works at the veterinary clinic, but her pay and my unemployment benefit do not cover the "
        "mortgage and our other bills. We are asking for a few months of reduced payments until I am working "
        "again."], signed=True, seed=seed + 310)
    p.captured(f"LN{app.loan}_upload_04.pdf", photo_pages(hl, seed + 311, "dark"), letter_doc("hardship_letter", on))
    return p


def packet_bb4(seed: int) -> Packet:
    """Complete: a divorced teacher keeps the house; Form 710 and two consecutive fresh First Larkspur statements
    through the scanner app (they show the pay and the spousal maintenance), the decree photographed, an e-mailed
    letter."""
    received = dt.date(2047, 7, 18)
    home = ["88 Sagewood Court", "Boise, ID 83716"]
    rng = random.Random(seed * 1000 + 4)
    app = AppData("0093518847", "Priyanka S. Raman-Holt", "5038", "88 Sagewood Court", "Boise", "ID", "83716", "Ada",
                  "(208) 555-0171", "priyanka.ramanholt@example.com", "primary_residence", ["divorce_or_separation"],
                  dt.date(2046, 10, 2), "long", {"wages": D("3940.00"), "other": D("1100.00")}, dt.date(2047, 7, 12),
                  checking=D("3810.00"), seed=seed + 400)
    p = Packet("bb4", received, app, [])
    folder = app.loan
    p.captured(f"{folder}/Scan_20470712_1844.pdf",
               [app_scan(s, seed * 17 + 401 + i) for i, s in enumerate(form710_sheets(app, APP_DPI))],
               Doc("mortgage_assistance_application"))
    begin = D("2218.64")
    for n, start in enumerate((dt.date(2047, 4, 16), dt.date(2047, 5, 16))):
        credits: list[Txn] = [(dt.date(2047, start.month + 1, 1), "HOLT J XFER SPOUSAL MAINT", D("1100.00")),
                              (dt.date(2047, start.month, 30), "ADA CO SCH DIST PAYROLL DEP", D("2873.16")),
                              (dt.date(2047, start.month + 1, 2), "TALLOWIND MTG ONLINE PMT", D("-1480.00")),
                              (dt.date(2047, start.month, 22), "LITTLE SPROUTS CHILD CARE", D("-655.00")),
                              (dt.date(2047, start.month + 1, 8), "IDAHO POWER AUTOPAY", D("-118.42") - n * 9)]
        st = larkspur_statement(rng, app.borrower, home, "5104423391", start, begin, credits)
        begin = Decimal(str(st.fields["ending_balance"]))
        p.captured(f"{folder}/Scan_20470712_18{51 + 2 * n}.pdf", app_pages(st.paper, seed + 410 + n), stmt_doc(st))
    decree = divorce_decree(app.borrower, "Jonathan R. Holt", "CV01-46-08812", dt.date(2046, 12, 19), "Ada", "FOURTH",
                            app.address, D("1100.00"), 36, "Hon. Marisa T. Quenneville", seed + 420)
    p.captured(f"{folder}/PXL_20470712_185902.pdf", photo_pages(decree, seed + 421, "stone"), Doc("divorce_decree"))
    on = dt.date(2047, 7, 12)
    hl = hardship_letter([app.borrower], home, app.loan, on, [
        "My husband and I separated in October and our divorce became final in December. Under the decree I kept "
        "the house and took over the mortgage, and Jonathan pays me $1,100.00 a month in spousal maintenance.",
        "Until the separation the payment was made from two incomes. On my teacher's salary and the maintenance "
        "I cannot keep up with the full payment, and I fell behind in the spring. I want to stay in the house "
        "with my children and ask you to review me for a modification. I have attached the decree and my last two "
        "bank statements."], signed=False, seed=seed + 430, font="Helvetica")
    p.digital(f"{folder}/hardship letter Raman-Holt.pdf", paper_pdf(hl), letter_doc("hardship_letter", on))
    return p


def packet_bb5(seed: int) -> Packet:
    """Incomplete (application_signature): Form 710 photographed on the table, signed but the date line left empty;
    a fresh downloaded semi-monthly stub and a signed letter (the illness) through the scanner app."""
    received = dt.date(2047, 8, 20)
    home = ["3875 Harrison Boulevard", "Ogden, UT 84403"]
    wh = Withholding(Decimal("0.07"), Decimal("0.0455"), (("401(k)", D("61.88")),), (("Dental", D("14.25")),))
    stub = stratus_stub("Wasatch Orthodontic Group, PLLC", "925 Chambers Street", "Ogden, UT 84403",
                        "Florentino V. Reyes", home, "10447", "Dental Lab", dt.date(2047, 8, 15), D("2062.50"), wh,
                        "2206", f"bb5-{seed}", "UT")
    app = AppData("5520749163", "Florentino V. Reyes", "7184", "3875 Harrison Boulevard", "Ogden", "UT", "84403",
                  "Weber", "(801) 555-0158", "fv.reyes@example.net", "primary_residence", ["disability_or_illness"],
                  dt.date(2047, 3, 3), "long", {"wages": D("4125.00")}, dt.date(2047, 8, 12), b_dates=False,
                  checking=D("655.00"), seed=seed + 500)
    p = Packet("bb5", received, app, ["application_signature"])
    caps = [photo(s, seed * 19 + 501 + i, "wood") for i, s in enumerate(form710_sheets(app, PHOTO_DPI))]
    p.captured(f"Reyes_{app.loan}_application.pdf", caps, Doc("mortgage_assistance_application"))
    p.digital(f"Reyes_{app.loan}_paystub_0815.pdf", paper_pdf(stub.paper), stub_doc(stub))
    on = dt.date(2047, 8, 12)
    hl = hardship_letter([app.borrower], home, app.loan, on, [
        "In March I was diagnosed with a serious illness and I was out of work for eight weeks. Since May I have "
        "been back at the lab on a reduced schedule of about thirty hours a week while I finish treatment, and my "
        "salary was cut to match.",
        "The medical bills and the lower pay put me behind on the mortgage. My doctor expects me to return to full "
        "time next year. I am asking for a modification or a lower payment until then."],
        signed=True, seed=seed + 510)
    p.captured(f"Reyes_{app.loan}_letter.pdf", app_pages(hl, seed + 511), letter_doc("hardship_letter", on))
    return p


def packet_bb6(seed: int) -> Packet:
    """Incomplete (hardship_doc:other): an 'other' hardship (identity theft) described on Tallowind's form, which
    was photographed with a thumb holding it flat; two fresh bi-weekly stubs photographed; no letter explains it."""
    received = dt.date(2047, 9, 26)
    home = ["1419 Prospect Avenue", "Lewiston, ID 83501"]
    wh = Withholding(Decimal("0.075"), Decimal("0.042"), (("Medical HMO", D("48.75")),),
                     (("Life Ins Suppl", D("6.20")),))
    stubs = [ps_stub("Clearwater Plywood Company", "2200 Mill Road, Lewiston, ID 83501", "Wren A. Halvorsen", home,
                     "7731", "Veneer Dryer", "Lewiston Plant", d, D("24.60"), wh, "4093", f"bb6-{seed}")
             for d in (dt.date(2047, 9, 6), dt.date(2047, 9, 20))]
    app = AppData("2750084196", "Wren A. Halvorsen", "3365", "1419 Prospect Avenue", "Lewiston", "ID", "83501",
                  "Nez Perce", "(208) 555-0126", "wren.halvorsen@example.org", "primary_residence", ["other"],
                  dt.date(2047, 6, 9), "short", {"wages": D("4410.00")}, dt.date(2047, 9, 21),
                  other_text="Identity theft - checking account emptied, bank fraud claim pending",
                  checking=D("190.00"), seed=seed + 600)
    p = Packet("bb6", received, app, ["hardship_doc:other"])
    folder = app.loan
    p.captured(f"{folder}/IMG_0941.pdf", photo_pages(tms200(app), seed + 601, "wood", thumb_page=0),
               Doc("mortgage_assistance_application"))
    for i, s in enumerate(stubs):
        p.captured(f"{folder}/IMG_09{44 + i}.pdf", photo_pages(s.paper, seed + 610 + i, "dark",
                                                              {0: 90} if i == 1 else None), stub_doc(s))
    return p


def packet_bb7(seed: int) -> Packet:
    """Incomplete (income_doc:rental): a duplex owner; a fresh weekly receipt stub photographed, the lease
    photographed, a signed 4506-C through the scanner app, but the two downloaded statements that show the rent are
    January and March - not consecutive - and no rent checks."""
    received = dt.date(2047, 4, 17)
    home = ["560 Teton Street", "Idaho Falls, ID 83402"]
    rng = random.Random(seed * 1000 + 7)
    wh = Withholding(Decimal("0.065"), Decimal("0.04"), (), ())
    stub = receipt_stub("Teton Travel Plaza", "STORE #07", "3150 N YELLOWSTONE HWY", "IDAHO FALLS, ID 83401",
                        "Marguerite L. Osei", "070188", "DELI LEAD", dt.date(2047, 4, 12), D("17.40"),
                        Decimal("36.00"), "5127", wh, f"bb7-{seed}")
    app = AppData("3307158420", "Marguerite L. Osei", "8820", "560 Teton Street", "Idaho Falls", "ID", "83402",
                  "Bonneville", "(208) 555-0148", "m.osei@example.com", "primary_residence", ["reduction_in_income"],
                  dt.date(2047, 1, 6), "long", {"wages": monthly_of(stub.monthly), "rental": D("985.00")},
                  dt.date(2047, 4, 10), checking=D("870.00"), seed=seed + 700)
    p = Packet("bb7", received, app, ["income_doc:rental"])
    p.captured(f"{app.loan}-application.pdf", app_pages(tms200(app), seed + 701),
               Doc("mortgage_assistance_application"))
    p.captured(f"{app.loan}-paystub.pdf", photo_pages(stub.paper, seed + 702, "dark"), stub_doc(stub))
    lz = lease(app.borrower, "Caleb J. Whitford", "Unit B, 560 Teton Street, Idaho Falls, ID 83402",
               dt.date(2046, 9, 1), D("1150.00"), D("1150.00"), dt.date(2046, 8, 20), seed + 710)
    p.captured(f"{app.loan}-lease.pdf", photo_pages(lz, seed + 711, "wood"), Doc("other"))
    begin = D("1412.08")
    for month in (1, 3):
        credits: list[Txn] = [(dt.date(2047, month, 3), "MOBILE DEPOSIT CHECK 1043" if month == 1 else
                               "MOBILE DEPOSIT CHECK 1045", D("1150.00")),
                              (dt.date(2047, month, 12), "TALLOWIND MTG ONLINE PMT", D("-950.00")),
                              (dt.date(2047, month, 18), "ROCKY MTN POWER AUTOPAY", D("-143.28") + month * 3)]
        for d in fridays_until(first_friday(2047, 1), dt.date(2047, month + 1, 1) - dt.timedelta(days=1), 7):
            if d.month == month:
                credits.append((d, "TETON TRAVEL PLAZA PAYRL", q(Decimal(str(rng.uniform(498, 552))))))
        st = bitterbrush_statement(rng, app.borrower, home, "7720661205", 2047, month, begin, credits)
        begin = Decimal(str(st.fields["ending_balance"])) + D("63.17")  # February's statement is not in the packet
        p.digital(f"{app.loan}-{st.start.strftime('%B').lower()}-statement.pdf", paper_pdf(st.paper), stmt_doc(st))
    on = dt.date(2047, 4, 10)
    sheet = form4506c_sheet("Marguerite", "L", "Osei", app.ssn4, app.street, app.city, app.state, app.zip, app.phone,
                            on, APP_DPI, seed + 720)
    p.captured(f"{app.loan}-4506C.pdf", [app_scan(sheet, seed * 17 + 721)],
               Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}))
    return p


def packet_bb8(seed: int) -> Packet:
    """Complete: a widow; Form 710 and the pension trust's survivor award through the scanner app, the death
    certificate photographed in landscape, two fresh downloaded semi-monthly stubs, an e-mailed letter."""
    received = dt.date(2047, 10, 25)
    home = ["1733 Greenhurst Road", "Nampa, ID 83686"]
    wh = Withholding(Decimal("0.06"), Decimal("0.04"), (("403(b)", D("58.13")),), (("Vision", D("4.80")),))
    stubs = [stratus_stub("Canyon County Title & Escrow, LLC", "118 12th Avenue South", "Nampa, ID 83651",
                          "Rosalind P. Vantongeren", home, "3302", "Escrow Services", d, D("1937.50"), wh, "9154",
                          f"bb8-{seed}") for d in (dt.date(2047, 9, 30), dt.date(2047, 10, 15))]
    pension = D("1286.40")
    app = AppData("0614472958", "Rosalind P. Vantongeren", "2760", "1733 Greenhurst Road", "Nampa", "ID", "83686",
                  "Canyon", "(208) 555-0193", "rosalind.vt@example.net", "primary_residence", ["death"],
                  dt.date(2047, 7, 30), "long", {"wages": D("3875.00"), "benefits_taxable": pension},
                  dt.date(2047, 10, 18), checking=D("2405.00"), savings=D("5200.00"), seed=seed + 800)
    p = Packet("bb8", received, app, [])
    folder = app.loan
    p.captured(f"{folder}/Scan Oct 18, 2047 (1).pdf",
               [app_scan(s, seed * 17 + 801 + i) for i, s in enumerate(form710_sheets(app, APP_DPI))],
               Doc("mortgage_assistance_application"))
    letter_on = dt.date(2047, 9, 18)
    award = survivor_award(app.borrower, home, letter_on, pension, "Henrik A. Vantongeren", dt.date(2047, 7, 30),
                           dt.date(2047, 9, 1))
    p.captured(f"{folder}/Scan Oct 18, 2047 (2).pdf", app_pages(award, seed + 810),
               letter_doc("benefit_award_letter", letter_on, monthly_amount=num(pension),
                          benefit_type="benefits_taxable"))
    cert = death_certificate("Henrik Albert Vantongeren", "Male", "1045", dt.date(1981, 2, 14), dt.date(2047, 7, 30),
                             "Caldwell, Idaho", "1733 Greenhurst Road, Nampa, ID 83686", "Canyon",
                             app.borrower, f"{app.borrower}, wife", "Saint Alphonsus Medical Center - Nampa",
                             "Dakan Funeral Chapel, Caldwell", "Marcus J. Feldheim, MD", dt.date(2047, 8, 5),
                             "2047-0031884", ["Acute myocardial infarction", "Coronary artery disease"])
    p.captured(f"{folder}/IMG_5207.pdf", photo_pages(cert, seed + 820, "stone", {0: 90}), Doc("death_certificate"))
    for s in stubs:
        p.digital(f"{folder}/EarningsStatement_{s.pay_date.isoformat()}.pdf", paper_pdf(s.paper), stub_doc(s))
    on = dt.date(2047, 10, 18)
    hl = hardship_letter([app.borrower], home, app.loan, on, [
        "My husband Henrik died suddenly on July 30. He was a millwright and earned most of our household income; "
        "I work at a title company.",
        "His union pension pays me a survivor benefit now, but together with my salary it is about half of what "
        "we had. I have been able to make only partial payments since August. I would like to stay in our home "
        "and ask to be reviewed for a loan modification. A copy of the death certificate is attached."],
        signed=False, seed=seed + 830)
    p.digital(f"{folder}/Vantongeren hardship letter.pdf", paper_pdf(hl), letter_doc("hardship_letter", on))
    return p


PACKETS: list[Callable[[int], Packet]] = [packet_bb1, packet_bb2, packet_bb3, packet_bb4, packet_bb5, packet_bb6,
                                             packet_bb7, packet_bb8]


# --- check and main ------------------------------------------------------------------------------------------------

CODES = ({"application", "application_signature", "irs_form_4506c"}
         | {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                               "hardship_types", "hardship_start_date", "income")}
         | {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
         | {f"hardship_doc:{h}" for h in HARDSHIP_PAPERS})
APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
FIELD_KEYS = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                           "gross_current", "gross_ytd", "net_current", "monthly_gross"},
              "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                 "ending_balance"},
              "hardship_letter": {"letter_date"}, "unemployment_benefit_letter": {"letter_date", "benefit_type"},
              "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
              "irs_form_4506c": {"signed", "signed_on"}}


def _squash(text: str) -> str:
    return " ".join(re.sub(r"[^\w$.,/-]", " ", text.lower()).split())


def check_packet(root: Path, scenario: Sequence[str] | None = None) -> list[str]:
    """Validate one written packet: expected.json's keys and values, the rules, every file and page."""
    name = root.name
    problems: list[str] = []
    exp = json.loads((root / "expected.json").read_text())
    if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
        problems.append(f"{name}: top-level keys {sorted(exp)}")
    if not re.fullmatch(r"\d{6,15}", exp["loan_number"]):
        problems.append(f"{name}: loan number {exp['loan_number']}")
    received = dt.date.fromisoformat(exp["received_on"])
    if received.weekday() > 4:
        problems.append(f"{name}: received on a weekend")
    if (exp["status"] == "complete") != (not exp["missing"]) or exp["status"] not in ("complete", "incomplete"):
        problems.append(f"{name}: status and missing disagree")
    problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in CODES]
    app = exp["application"]
    if set(app) != APP_KEYS:
        problems.append(f"{name}: application keys {sorted(app)}")
    if app["loan_number"] != exp["loan_number"]:
        problems.append(f"{name}: application loan number")
    if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
        problems.append(f"{name}: occupancy or hardship code")
    if not re.fullmatch(r"\d{4}", app["ssn_last4"] or ""):
        problems.append(f"{name}: ssn_last4")
    if not set(app["income"]) <= set(INCOMES) | {"total"}:
        problems.append(f"{name}: income code")
    lines = [Decimal(str(v)) for k, v in app["income"].items() if k != "total"]
    if sum(lines, ZERO) != Decimal(str(app["income"]["total"])) or any(v <= 0 for v in lines):
        problems.append(f"{name}: income total")
    if app["signed"] != (app["signed_on"] is not None):
        problems.append(f"{name}: signed and signed_on disagree")
    if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
        problems.append(f"{name}: co-borrower and co_borrower_signed disagree")
    for k in ("hardship_start_date", "signed_on"):
        if app[k] is not None and dt.date.fromisoformat(app[k]) > received:
            problems.append(f"{name}: {k} after receipt")
    try:
        again = missing_codes(app, exp["documents"], received)
    except Ambiguous as exc:
        again = [f"ambiguous: {exc}"]
    if again != sorted(exp["missing"]):
        problems.append(f"{name}: rules give {again}, expected.json says {exp['missing']}")
    if scenario is not None and sorted(scenario) != sorted(exp["missing"]):
        problems.append(f"{name}: scenario {sorted(scenario)} but rules give {exp['missing']}")
    listed: dict[tuple[str, int], str] = {}
    texts: dict[str, list[str]] = {}
    for doc in exp["documents"]:
        if set(doc) != {"id", "type", "scanned", "pages", "fields"} or doc["type"] not in DOC_TYPES:
            problems.append(f"{name}: document {doc.get('id')} keys or type")
            continue
        want = FIELD_KEYS.get(doc["type"], set())
        if set(doc["fields"]) != want:
            problems.append(f"{name}: {doc['id']} fields {sorted(doc['fields'])}")
        for pg in doc["pages"]:
            key = (pg["file"], pg["page"])
            if key in listed:
                problems.append(f"{name}: page listed twice {key}")
            listed[key] = doc["id"]
            path = root / "inbox" / pg["file"]
            if not path.is_file():
                problems.append(f"{name}: missing file {pg['file']}")
                continue
            if pg["file"] not in texts:
                texts[pg["file"]] = [pg_.extract_text() or "" for pg_ in PdfReader(path).pages]
            pages = texts[pg["file"]]
            if not 1 <= pg["page"] <= len(pages):
                problems.append(f"{name}: no page {key}")
                continue
            has_text = bool(pages[pg["page"] - 1].replace(SYNTH, "").strip())
            if has_text == doc["scanned"]:
                problems.append(f"{name}: scanned={doc['scanned']} but text layer={has_text} on {key}")
        f = doc["fields"]
        for k, v in f.items():
            is_date = k.endswith(("_date", "_start", "_end")) or k == "signed_on"
            if v is not None and is_date and dt.date.fromisoformat(v) > received:
                problems.append(f"{name}: {doc['id']} {k} after receipt")
        if doc["type"] == "pay_stub":
            mg = q(Decimal(str(f["gross_current"])) * PERIODS[f["frequency"]] / 12)
            if mg != Decimal(str(f["monthly_gross"])):
                problems.append(f"{name}: {doc['id']} monthly_gross")
        if not doc["scanned"] and f:  # every value a born-digital paper is judged by is printed in its text layer
            text = _squash(" ".join(texts.get(p["file"], [""] * p["page"])[p["page"] - 1] for p in doc["pages"]))
            probes = [money(Decimal(str(v))) for k, v in f.items()
                      if isinstance(v, float) and k not in ("monthly_gross",)]
            probes += [_squash(str(f[k])) for k in ("employee_name", "employer", "bank_name", "account_last4")
                       if k in f]
            problems += [f"{name}: {doc['id']} does not print {pr!r}" for pr in probes if pr not in text]
    for path in sorted((root / "inbox").rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(root / "inbox").as_posix()
        try:
            pdf = pdfium.PdfDocument(str(path))
            count = len(pdf)
            pdf.close()
        except pdfium.PdfiumError as exc:
            problems.append(f"{name}: {rel} does not open: {exc}")
            continue
        for n in range(1, count + 1):
            if (rel, n) not in listed:
                problems.append(f"{name}: page {n} of {rel} belongs to no document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate what was written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bb1 .. bb8)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        root = args.out / p.name
        if root.exists():
            for old in sorted(root.rglob("*"), reverse=True):
                old.unlink() if old.is_file() else old.rmdir()
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        pages = sum(len(d["pages"]) for d in exp["documents"])
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-':<28} ({len(p.files)} files, "
              f"{pages} pages)")
        if args.check:
            problems += check_packet(root, p.scenario)
    if args.check:
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
