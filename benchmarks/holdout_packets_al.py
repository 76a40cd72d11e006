"""A holdout set of borrower packets (al1..al8), laid out unlike the shared samples and unlike every earlier holdout
set (a, b, ... z, aa .. aj), written without looking at the service's code, rules, data files or tests, to estimate
honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_al.py OUT_DIR [--seed N] [--check] [--only al1 al5 ...]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. No stunts: papers are typed; files are born-digital PDFs,
plain grey scans (200, 240 or 300 dpi, tilted 0.3 to 0.5 degrees, a little blurred and speckled, JPEG, no text
layer) or one plain fax (200 dpi, black and white, the sending machine's header line across the top of each page).
Hand-written parts are only signatures (drawn strokes) and the dates beside them (an oblique, jittered face); ticks
on forms are typed (an X inside parentheses) or drawn check-mark strokes.

APPLICATIONS
- The real Form 710 (April 2023) through its AcroForm, in two packets: al1 typed in a viewer, both signatures drawn
  with the mouse over the signature lines (vector strokes merged into page 4) and both dates typed into Date_3 /
  Date_4, e-mailed; al4 typed, printed, signed and dated in ink by a widow (no co-borrower) and scanned.
- Harrowgate Mortgage Company's "Homeowner Relief Request" (Form HRR-2 (03/2039)): TWO LANDSCAPE pages, each split
  by a thin vertical rule into a left and a right PANEL; a serif "HARROWGATE / MORTGAGE COMPANY" name at the top
  left, the title at the top right, a blue rule under them. Sections are numbered in filled blue circles with SMALL
  CAPS headings ("1 Who is asking for help", "2 The home", "3 What happened" on page 1; "4 Household income each
  month", "5 Money in the bank", "6 Certify and sign" on page 2). Every answer sits in a light blue-grey SHADED box
  with no border; its caption is in small caps, right-aligned and standing immediately to the box's LEFT ("LOAN
  NUMBER", "BORROWER NAME", "LAST 4 OF SSN", "PHONE", "E-MAIL", "CO-BORROWER NAME", "STREET ADDRESS", "CITY",
  "STATE", "ZIP", "MAILING ADDRESS", "HARDSHIP BEGAN (MM/DD/YYYY)"). Choices are shaded squares ticked with a drawn
  check mark: "This home is my: principal residence / second home / rental / investment", "I want to: keep / sell
  / not sure", ten reasons in its own words ("Loss of job", "Reduced income or hours", "Higher housing costs
  (taxes, insurance, HOA)", ..., "Job transfer or relocation", "Other (explain below)") with an "EXPLAIN OTHER"
  box, "I expect it to last: 6 months or less / more than 6 months / it is over - resolved on [ ]", a military
  yes / no. Page 2 repeats the loan number in a shaded box; income is eight captioned lines ("WAGES, SALARY,
  OVERTIME, TIPS, BONUS" ... "OTHER - ALIMONY, CHILD SUPPORT, OTHER") with "$ 3,900.00" right-aligned in the
  box, a ruled "TOTAL MONTHLY INCOME"; the right panel has the certification, "BORROWER SIGNATURE" and
  "CO-BORROWER SIGNATURE" lines with "Printed name: ..." under them and a shaded DATE box beside each, and a grey
  "Send with this request" list. al2 (typed and signed on screen, the hardship date box LEFT BLANK, a mailing
  address different from the property), al8 (typed and signed on screen by both), al6 (typed, printed, signed and
  dated in ink, scanned at 200 dpi).
- The Maine Foreclosure Diversion Program's "BORROWER FINANCIAL WORKSHEET" (FDP-7, Rev. 01/2039), which homeowners
  fill in the program's PDF and deliver to the servicer before their first mediation session: portrait, two pages,
  "STATE OF MAINE - JUDICIAL BRANCH / FORECLOSURE DIVERSION PROGRAM" over the title, Parts A-G under black bands.
  Part A a two-column ruled table (Docket number - e.g. "WESDC-RE-39-0117", a second identifier beside the loan
  number -, Lender / servicer "Ironbridge Loan Servicing", Loan number, First mediation session); Part B a table
  with columns HOMEOWNER 1 (BORROWER) / HOMEOWNER 2 (CO-BORROWER) and rows Full name, Last 4 digits of SSN,
  Telephone, E-mail; Part C street / city or town / state and ZIP rows and "The property is: ( X ) my primary
  residence ( ) a second / seasonal home ( ) a rental / investment property"; Part D ten reasons each marked
  "( X )" / "(   )" in two columns, "If other, explain:" on a rule, "Date the hardship began:" in a box, "The
  hardship is: ( ) temporary (6 months or less) ( X ) long-term or permanent ( ) resolved as of ____". Page 2
  repeats docket and loan number; Part E a four-column income TABLE (SOURCE | HOMEOWNER 1 $ | HOMEOWNER 2 $ |
  HOUSEHOLD TOTAL $), lines "1. Wages ..." to "8. Alimony, child support, other" and "9. TOTAL (add lines 1-8)" -
  each income code's expected amount is its HOUSEHOLD TOTAL (the co-borrower's VA disability or unemployment sits
  in the HOMEOWNER 2 column); Part F a list of documents with empty ( ) marks (nothing marked); Part G a
  certification and a SIGNATURE | PRINTED NAME | DATE table with a row per homeowner, signed and dated by hand.
  al3 (both sign), al5 (the co-borrower's row left empty), al7 (both sign); all printed and scanned or faxed.

PAY STUBS (every year-to-date figure is the sum of that year's checks; frequency is printed on each)
- A county government's bi-weekly "EMPLOYEE EARNINGS STATEMENT" (County of Wexcombe, Maine - al1, al7 - and County
  of Ostrander, New York - al4): a round county seal with ring lettering, the county's name in serif capitals,
  "Department of Finance - Payroll Division"; two rows of captioned cells with grey caption strips (EMPLOYEE NAME,
  EMPLOYEE ID, DEPARTMENT, POSITION TITLE; PAY GROUP "BW - Biweekly", GRADE / STEP "11 / 05", HOURLY RATE, ANNUAL
  RATE (rate x 2080 - not the monthly gross), PAY PERIOD "06 of 26", PERIOD DATES "02/27/2039 - 03/12/2039",
  CHECK DATE); earnings REG / HOL (paid public holidays) / OT15 / LONG (longevity) with hours, rate, current, YTD
  hours and YTD amount; a leave-balances box; PRE-TAX DEDUCTIONS (state pension "MainePERS 7.50%" or "NYSLRS
  3.00%", health plan, 457(b)), TAXES and AFTER-TAX DEDUCTIONS side by side; a dark totals band GROSS PAY /
  PRE-TAX DED. / TAXES / AFTER-TAX DED. / NET PAY with "This period" and "Year to date" rows; the employee's
  address under a dashed fold line. Friday pay dates, periods of 14 days ending the Saturday before.
- A big-box home-improvement retailer's weekly "Earnings Statement" (BuildRight Home Centers, Inc. - al1, al2, al5,
  al8): an orange top band with a "BR" logo square; ASSOCIATE and PAY INFORMATION rounded boxes (pay date, pay
  period "07/03/2039 to 07/09/2039", "Pay frequency Weekly", base rate); an orange-headed EARNINGS table (Regular,
  Overtime, Holiday, Sunday premium: rate, hours, this period, year to date) with VARIABLE HOURS week to week, 8
  hours of holiday pay in a week holding New Year's, Memorial Day, July 4, Labor Day, Thanksgiving or Christmas
  (al5's second stub), an HOURS SUMMARY, TAXES & DEDUCTIONS (current, YTD; 401(k) 4%, medical, stock purchase),
  a NET PAY box, and a tear-off "DIRECT DEPOSIT ADVICE - NON-NEGOTIABLE" below a dashed line. Thursday pay dates
  for the Sunday-Saturday week ending five days before.

BANK STATEMENTS
- Sandstone Community Bank (al3, al7): two pages, statement CYCLES from the 21st to the 20th (not calendar months);
  page 1 the holders' names in capitals, a grey "HOMETOWN CHECKING - SUMMARY" panel (previous balance, N deposits
  / credits, N checks, N other debits, service charge, ending balance), DEPOSITS AND CREDITS, CHECKS three across
  (number, date, amount), OTHER DEBITS; page 2 a "CHECK IMAGE SUMMARY": the cleared checks' fronts as pictures
  (printed by online bill pay - payee and amount typed - and signed), each captioned "Check 1184 Paid 02/25/2039
  Amount $412.00". Account shown as "******3358".
- Pinnacle National Bank, N.A. (al6): a large bank's "Pinnacle Advantage Checking" statement for a calendar month,
  two pages: an Activity summary (beginning balance on 6/1, deposits/additions, withdrawals/subtractions, ending
  balance on 6/30), "Deposits and other additions" (payroll by direct deposit, child support EFT), then
  "Withdrawals and other subtractions" and a three-across "Daily ending balance" table on page 2.

LETTERS AND PAPERS: typed hardship letters in two styles (a Helvetica block letter with a bold "RE:" line, unsigned
when e-mailed; a Times letter with the sender's address and date at the right, signed in ink when mailed); the
Department of Veterans Affairs' "Summary of Benefits - Disability Compensation" (not taxable: benefits_nontaxable);
two pension funds' "Benefit Verification" letters (a surviving spouse pension and a disability pension, taxable:
benefits_taxable); a retailer's "Notice of Transfer" (employer_relocation_letter); a condominium association's
"Notice of Special Assessment" ("other"); a New York certified copy of a CERTIFICATE OF DEATH (numbered boxes,
registrar's signature); a Maryland circuit court's two-page JUDGMENT OF ABSOLUTE DIVORCE (judge's signature,
ENTERED stamp); page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over, signed and dated in ink (al3) or
typed and NEVER signed or dated (al7); the mailroom's Code 128 "LOAN <number>" BATCH SEPARATOR sheet and a copy
shop's fax cover sheet (neither is a document; expected.json lists neither). Benefit letters, hardship letters and
the transfer letter carry letter_date; the certificate, the decree and the assessment notice carry no fields.

PACKETS (received dates in 2039; every income paper judged fresh is 3-68 days old, every stale one 101-115 days)
- al1 complete - Form 710 on screen, co-borrower; a FOLDER named after the loan (0057318824/) of e-mailed
  born-digital files with everyday names ("Mortgage Assistance Application - signed.pdf", "Theo pay
  03-04-2039.pdf", "Theo pay 03-18-2039.pdf", "Emil BuildRight paystub.pdf", "hardship letter.pdf"): two county
  stubs for the borrower, one retailer stub for the co-borrower (wages on the form = the sum of both monthly
  figures), reduction in income (no paper needed).
- al2 incomplete: application_field:hardship_start_date - Harrowgate form on screen, the hardship date left
  blank; LOOSE born-digital files with everyday names and no loan number ("Homeowner Relief Request.pdf",
  "paystub.pdf", "paystub (1).pdf", "HOA special assessment.pdf", "hardship letter.pdf"); second home; higher
  housing costs.
- al3 complete - ONE 300 dpi grey scan of the whole packet BEHIND a separator sheet ("MAILRM_20390516_093114.pdf",
  10 pages): FDP-7 signed by both, a signed hardship letter (covers the co-borrower's illness), two consecutive
  Sandstone statements (self-employment deposits), the VA letter (co-borrower, non-taxable), a signed 4506-C.
- al4 incomplete: income_doc:wages (stale) - ONE 240 dpi grey scan of the whole packet WITHOUT a separator sheet
  ("Doyle 4820037715 packet.pdf", 9 pages): Form 710 signed and dated in ink, two county stubs paid 115 and 101
  days before receipt and nothing else for the wages, a fresh surviving-spouse pension letter, the death
  certificate, a signed hardship letter.
- al5 incomplete: application_signature - ONE 200 dpi black-and-white FAX under the fax server's name
  ("FAX_2075550188_20390718142205.pdf", 5 pages, a copy shop's cover sheet first): FDP-7 with a co-borrower named
  (her unemployment in the HOMEOWNER 2 column) who neither signed nor dated; two fresh retailer stubs.
- al6 complete - LOOSE files with everyday names: the Harrowgate form signed in ink and scanned alone
  ("scan0001.pdf", landscape), the divorce judgment scanned alone ("scan0002.pdf"), two consecutive born-digital
  Pinnacle statements ("Statement_06-30-2039.pdf", "Statement_07-31-2039.pdf") documenting both the wages (no pay
  stub at all) and the child support ("other"), an e-mailed hardship letter ("Letter to Harrowgate.pdf").
- al7 incomplete: hardship_doc:other (absent) + irs_form_4506c (unsigned) - a FOLDER named after the loan
  (0902267741/) of ONE 200 dpi grey SCAN PER PAPER under the scanner's names (SCN_0107.pdf .. SCN_0111.pdf): FDP-7
  signed by both with "Other" marked and explained only on the form's own line (no letter), a fresh county stub,
  two consecutive Sandstone statements (pay and rent deposits), the typed 4506-C left unsigned and undated.
- al8 complete - Harrowgate form on screen by both; loose born-digital files ("Solano 5530781264 relief
  request.pdf", "Solano paystub 10-13.pdf", "Solano paystub 10-20.pdf", "Dolores pension letter.pdf", "BuildRight
  transfer letter.pdf", "Solano hardship letter.pdf"): relocation documented by the employer's transfer notice,
  the co-borrower's taxable disability pension by the fund's letter.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet (90-day freshness against the received date; two statements must be of one account,
consecutive and both fresh; a pay stub must show year-to-date pay), and the run fails if they differ from the
scenario's intent. `--check` validates every expected.json: dressed as a case.json it must pass
shared/spec/case-report.schema.json; keys, codes, occupancy / hardship / income / document type codes, income
total, ISO dates, signed_on not after receipt, no full SSN; every listed page exists, is listed once, `scanned`
matches the absence of a text layer, and every page of every file belongs to a document except the separator sheet
and the fax cover; pay-stub arithmetic (monthly gross, period length, YTD >= current > net). Every file is the same
bytes for a seed (reportlab invariant mode, seeded noise, fixed pypdf identifiers). All people, employers, banks,
courts and servicers are fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test
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
import re
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
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
SCHEMA = SHARED / "spec" / "case-report.schema.json"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
FAX_FONT = FONT_DIR / "liberation2/LiberationMono-Regular.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
LW, LH = landscape(letter)

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


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) given weekday (Mon=0) of a month."""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(days=7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def paid_holidays(year: int, retail: bool) -> dict[dt.date, str]:
    """The holidays an employer pays: a county pays the eleven public holidays, the retailer six."""
    days = {dt.date(year, 1, 1): "New Year's Day", nth_weekday(year, 5, 0, -1): "Memorial Day",
            dt.date(year, 7, 4): "Independence Day", nth_weekday(year, 9, 0, 1): "Labor Day",
            nth_weekday(year, 11, 3, 4): "Thanksgiving Day", dt.date(year, 12, 25): "Christmas Day"}
    if not retail:
        days.update({nth_weekday(year, 1, 0, 3): "Martin Luther King Jr. Day",
                     nth_weekday(year, 2, 0, 3): "Presidents' Day", dt.date(year, 6, 19): "Juneteenth",
                     nth_weekday(year, 10, 0, 2): "Columbus Day", dt.date(year, 11, 11): "Veterans Day"})
    return days


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand: a signature ("sig") or a hand-written date ("hand").
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


def synth_line(c: Canvas, size: tuple[float, float] = letter) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.72)
    c.drawRightString(size[0] - 24, 10, SYNTH)
    c.restoreState()


def signature_path(seed: int, w: float, h: float = 18.0) -> list[list[tuple[float, float]]]:
    """Strokes of a quick joined signature inside a w x h box (0,0 bottom-left), as polylines."""
    rng = random.Random(seed)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    for p in range(rng.randint(2, 3)):
        pts: list[tuple[float, float]] = []
        span = w * (0.5 if p == 0 else 0.33) * rng.uniform(0.8, 1.0)
        loops = rng.randint(4, 7)
        slant = rng.uniform(2.0, 4.5)
        for i in range(loops * 9 + 1):
            t = i / (loops * 9)
            amp = h * (1.0 if i < 9 else 0.5) * rng.uniform(0.85, 1.1)
            wave = math.sin(t * loops * 2 * math.pi)
            px = x + span * t + slant * math.sin(t * loops * 2 * math.pi + 1.1)
            py = h * 0.35 + amp * 0.5 * wave * (1 - 0.35 * t)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.06
        if x > w * 0.95:
            break
    strokes.append([(w * 0.05, h * 0.02), (min(x, w) * 0.6, h * 0.1), (min(x, w) * 0.98, h * 0.04)])
    return strokes


def draw_signature_vector(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.06, 0.1, 0.4))
    c.setLineWidth(1.0)
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
            c.setFont("Helvetica", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_al")
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


def small_caps(c: Canvas, x: float, y: float, text: str, size: float, font: str = "Helvetica",
               right: bool = False, gray: float = 0.0) -> float:
    """Set text in small caps (lower-case letters as capitals at 78 %); returns its width."""
    runs: list[tuple[str, float]] = []
    for ch in text:
        sz = size * 0.78 if ch.islower() else size
        if runs and runs[-1][1] == sz:
            runs[-1] = (runs[-1][0] + ch.upper(), sz)
        else:
            runs.append((ch.upper(), sz))
    width = sum(stringWidth(s, font, sz) for s, sz in runs)
    if right:
        x -= width
    c.saveState()
    c.setFillGray(gray)
    for s, sz in runs:
        c.setFont(font, sz)
        c.drawString(x, y, s)
        x += stringWidth(s, font, sz)
    c.restoreState()
    return width


# --- scanning ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False


def _hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.25 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=30, width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = _hand_font(round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.9, 0.9) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=38, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.96, 1.1)


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:  # a light grey paper tone
        out = out.point(lambda v: int(16 + v * 0.92))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 60 if px[x, y] > 128 else 230
    if style.fax:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def render_pages(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as a grey image at dpi (form fields drawn), with the page's height in points."""
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
    """Print a PDF, add each page's ink, and scan the sheets."""
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


def fax_headers(sheets: Sequence[ScannedPage], sender: str, when: dt.datetime, dpi: int) -> None:
    """The line a sending fax machine prints across the top of every page."""
    font = ImageFont.truetype(str(FAX_FONT), round(8 * dpi / 72))
    n = len(sheets)
    for i, sheet in enumerate(sheets):
        img = sheet.image.convert("L")
        draw = ImageDraw.Draw(img)
        draw.rectangle((0, 0, img.size[0], round(0.26 * dpi)), fill=255)  # the header line's own strip
        stamp = when + dt.timedelta(seconds=41 * i)
        text = f"{stamp.strftime('%b-%d-%Y %H:%M').upper()}   FROM: {sender}        P.{i + 1:03d}/{n:03d}"
        draw.text((round(0.35 * dpi), round(0.12 * dpi)), text, fill=0, font=font)
        sheet.image = img.point(lambda v: 255 if v > 150 else 0).convert("1")


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.fax:
            sheet.image.convert("1").save(data, "PNG", optimize=False)
        else:
            sheet.image.convert("L").save(data, "JPEG", quality=76)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_al"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Payroll:
    """How a check is taxed and what comes out of it. Pre-tax items are shares of gross or fixed amounts."""

    fed: float
    state: float
    pretax_pct: tuple[tuple[str, float], ...] = ()
    pretax_fixed: tuple[tuple[str, float], ...] = ()
    post_fixed: tuple[tuple[str, float], ...] = ()
    state_name: str = "State income tax"

    def items(self, gross: float) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
        pre = {k: r2(gross * p) for k, p in self.pretax_pct}
        pre.update(dict(self.pretax_fixed))
        taxable = gross - sum(pre.values())
        taxes = {"Federal income tax": r2(taxable * self.fed), "Social Security": r2(gross * 0.062),
                 "Medicare": r2(gross * 0.0145), self.state_name: r2(taxable * self.state)}
        return pre, taxes, dict(self.post_fixed)


@dataclass
class PayCheck:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def totals(ch: PayCheck, pr: Payroll) -> dict[str, float]:
    """Every figure of one check: earnings lines, deductions, taxes, GROSS, PRE, TAX, POST, NET, HOURS."""
    pre, taxes, post = pr.items(ch.gross)
    out = {k: v[2] for k, v in ch.lines.items()}
    out.update(pre)
    out.update(taxes)
    out.update(post)
    out["GROSS"] = ch.gross
    out["PRE"] = r2(sum(pre.values()))
    out["TAX"] = r2(sum(taxes.values()))
    out["POST"] = r2(sum(post.values()))
    out["NET"] = r2(ch.gross - out["PRE"] - out["TAX"] - out["POST"])
    out["HOURS"] = r2(sum(v[0] for k, v in ch.lines.items() if "premium" not in k))
    for k, v in ch.lines.items():
        out[k + " hours"] = v[0]
    return out


def ytd(checks: Sequence[PayCheck], pr: Payroll) -> dict[str, float]:
    out: dict[str, float] = {}
    for ch in checks:
        for k, v in totals(ch, pr).items():
            out[k] = r2(out.get(k, 0.0) + v)
    return out


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, ch: PayCheck, frequency: str, ytd_gross: float | None,
                net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd_gross, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


@dataclass
class CountyJob:
    county: str  # "Wexcombe"
    state: str  # "Maine"
    address: str
    employee: str
    emp_id: str
    dept: str
    title: str
    grade: int
    step: int
    rate: float
    pension: str  # the retirement system's short name
    pension_pct: float
    payroll: Payroll
    home: tuple[str, str]


def county_checks(job: CountyJob, pay_date: dt.date) -> list[PayCheck]:
    """Every bi-weekly check of pay_date's year: Fridays from the first Friday of January, periods of 14 days
    ending the Saturday before; 80 hours a period, holidays paid as HOL, overtime now and then."""
    year = pay_date.year
    d = nth_weekday(year, 1, 4, 1)
    hol = paid_holidays(year, retail=False) | paid_holidays(year - 1, retail=False)
    out = []
    while d <= pay_date:
        end = d - dt.timedelta(days=6)
        start = end - dt.timedelta(days=13)
        rr = random.Random(f"{job.emp_id}{d}")
        holidays = sum(1 for h in hol if start <= h <= end and h.weekday() < 5)
        lines = {"REG  Regular": (80.0 - 8 * holidays, job.rate, r2((80.0 - 8 * holidays) * job.rate))}
        if holidays:
            lines["HOL  Holiday"] = (8.0 * holidays, job.rate, r2(8 * holidays * job.rate))
        ot = rr.choice([0.0, 0.0, 0.0, 2.5, 4.0, 6.0])
        if ot:
            lines["OT15 Overtime 1.5"] = (ot, r2(job.rate * 1.5), r2(ot * r2(job.rate * 1.5)))
        lines["LONG Longevity"] = (0.0, 0.0, 21.54)
        out.append(PayCheck(d, start, end, lines))
        d += dt.timedelta(days=14)
    return out


def county_stub(job: CountyJob, pay_date: dt.date) -> Stub:
    """A county government's bi-weekly "Employee Earnings Statement": seal, captioned cells with grade and step,
    earnings with hours, deductions in three groups, leave balances and a Current / YTD totals band."""
    checks = county_checks(job, pay_date)
    ch = checks[-1]
    if ch.pay_date != pay_date:
        raise ValueError(f"{pay_date} is not a county pay date")
    pr = job.payroll
    cur = totals(ch, pr)
    yt = ytd(checks, pr)
    employer = f"County of {job.county}"
    pp_no = len(checks)
    pre, taxes, post = pr.items(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        # seal
        c.setLineWidth(1.2)
        c.circle(78, 732, 26, stroke=1, fill=0)
        c.setLineWidth(0.5)
        c.circle(78, 732, 20, stroke=1, fill=0)
        c.setFont("Times-Bold", 11)
        c.drawCentredString(78, 734, job.county[:2].upper())
        c.setFont("Times-Roman", 5.5)
        c.drawCentredString(78, 724, "EST. 1791")
        c.saveState()
        c.setFont("Times-Roman", 4.6)
        label = f"COUNTY OF {job.county.upper()} * {job.state.upper()} *"
        for i, ch_ in enumerate(label):
            ang = 90 + 180 - i * (340 / len(label)) - 10
            c.saveState()
            c.translate(78 + 23 * math.cos(math.radians(ang)), 732 + 23 * math.sin(math.radians(ang)))
            c.rotate(ang - 90)
            c.drawCentredString(0, -1.6, ch_)
            c.restoreState()
        c.restoreState()
        c.setFont("Times-Bold", 15)
        c.drawString(114, 742, f"COUNTY OF {job.county.upper()}")
        c.setFont("Times-Roman", 9)
        c.drawString(114, 730, "Department of Finance  -  Payroll Division")
        c.drawString(114, 719, job.address)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawRightString(562, 742, "EMPLOYEE EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 731, f"Advice no. {pay_date.strftime('%y')}{pp_no:02d}-{job.emp_id[-4:]}")
        c.drawRightString(562, 721, "Non-negotiable")
        c.setLineWidth(0.6)

        def cells(y: float, row: Sequence[tuple[str, str, float]]) -> None:
            x = 40.0
            for cap, val, wd in row:
                c.setFillGray(0.9)
                c.rect(x, y + 13, wd, 10, stroke=1, fill=1)
                c.setFillColor(black)
                c.rect(x, y, wd, 13, stroke=1, fill=0)
                c.setFont("Helvetica-Bold", 6)
                c.drawString(x + 3, y + 15.5, cap)
                c.setFont("Helvetica", 8.5)
                c.drawString(x + 3, y + 3.5, val)
                x += wd

        cells(672, [("EMPLOYEE NAME", job.employee, 172), ("EMPLOYEE ID", job.emp_id, 70),
                    ("DEPARTMENT", job.dept, 150), ("POSITION TITLE", job.title, 140)])
        cells(646, [("PAY GROUP", "BW - Biweekly", 82), ("GRADE / STEP", f"{job.grade} / {job.step:02d}", 70),
                    ("HOURLY RATE", f"{job.rate:.4f}", 70), ("ANNUAL RATE", money(r2(job.rate * 2080)), 80),
                    ("PAY PERIOD", f"{pp_no:02d} of 26", 60), ("PERIOD DATES", f"{mdy(ch.start)} - {mdy(ch.end)}", 100),
                    ("CHECK DATE", mdy(pay_date), 70)])
        # earnings
        y = 620
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "EARNINGS")
        c.setFont("Helvetica-Bold", 6.8)
        y -= 11
        c.drawString(40, y, "CODE  DESCRIPTION")
        for x, t in ((222, "HOURS"), (272, "RATE"), (332, "CURRENT"), (392, "YTD HOURS"), (460, "YTD AMOUNT")):
            c.drawRightString(x, y, t)
        c.line(40, y - 3, 462, y - 3)
        c.setFont("Helvetica", 8.3)
        y -= 13
        labels = [k for k in ("REG  Regular", "HOL  Holiday", "OT15 Overtime 1.5", "LONG Longevity") if k in yt]
        for lab in labels:
            hrs, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(40, y, lab)
            if hrs:
                c.drawRightString(222, y, f"{hrs:.2f}")
                c.drawRightString(272, y, f"{rt:.4f}")
            if lab in ch.lines:
                c.drawRightString(332, y, money(amt))
            if yt.get(lab + " hours"):
                c.drawRightString(392, y, f"{yt[lab + ' hours']:.2f}")
            c.drawRightString(460, y, money(yt[lab]))
            y -= 11.5
        c.line(40, y + 6, 462, y + 6)
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(40, y - 4, "TOTAL GROSS EARNINGS")
        c.drawRightString(222, y - 4, f"{cur['HOURS']:.2f}")
        c.drawRightString(332, y - 4, money(ch.gross))
        c.drawRightString(460, y - 4, money(yt["GROSS"]))
        # leave balances box at right
        c.setFont("Helvetica-Bold", 7)
        c.rect(474, y - 10, 88, 96, stroke=1, fill=0)
        c.drawString(478, y + 76, "LEAVE BALANCES")
        c.setFont("Helvetica", 6)
        c.drawRightString(558, y + 76, "HRS")
        rr = random.Random(f"{job.emp_id}leave")
        c.setFont("Helvetica", 7.5)
        for i, (k, v) in enumerate((("Vacation", rr.uniform(40, 160)), ("Sick", rr.uniform(60, 400)),
                                    ("Personal", rr.choice([8.0, 16.0, 24.0])), ("Comp time", rr.uniform(0, 12)))):
            c.drawString(478, y + 60 - 14 * i, k)
            c.drawRightString(558, y + 60 - 14 * i, f"{v:.2f}")
        # deductions in three groups
        y -= 28
        col = [(40, "PRE-TAX DEDUCTIONS", pre), (215, "TAXES", taxes), (390, "AFTER-TAX DEDUCTIONS", post)]
        low = y
        for x, title, items in col:
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x, y, title)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawRightString(x + 122, y - 11, "CURRENT")
            c.drawRightString(x + 170, y - 11, "YTD")
            c.line(x, y - 14, x + 170, y - 14)
            c.setFont("Helvetica", 7.8)
            yy = y - 25
            for k, v in items.items():
                c.drawString(x, yy, k)
                c.drawRightString(x + 122, yy, money(v))
                c.drawRightString(x + 170, yy, money(yt[k]))
                yy -= 11
            low = min(low, yy)
        # totals band
        y = low - 22
        heads = ["", "GROSS PAY", "PRE-TAX DED.", "TAXES", "AFTER-TAX DED.", "NET PAY"]
        vals = [("This period", [ch.gross, cur["PRE"], cur["TAX"], cur["POST"], cur["NET"]]),
                ("Year to date", [yt["GROSS"], yt["PRE"], yt["TAX"], yt["POST"], yt["NET"]])]
        widths = [72, 88, 88, 88, 88, 98]
        x = 40.0
        for i, hd in enumerate(heads):
            c.setFillColor(Color(0.2, 0.24, 0.36))
            c.rect(x, y, widths[i], 13, stroke=1, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(x + widths[i] / 2, y + 4, hd)
            c.setFillColor(black)
            for r, (lab, row) in enumerate(vals, 1):
                c.rect(x, y - 14 * r, widths[i], 14, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 7.5)
                    c.drawString(x + 4, y - 14 * r + 4, lab)
                else:
                    c.setFont("Helvetica-Bold" if i == 5 else "Helvetica", 8.3)
                    c.drawRightString(x + widths[i] - 5, y - 14 * r + 4, money(row[i - 1]))
            x += widths[i]
        c.setFont("Helvetica", 7.2)
        c.drawString(40, y - 48, f"Net pay of ${money(cur['NET'])} was deposited by direct deposit on {mdy(pay_date)}.")
        c.drawString(40, y - 58, f"{job.pension} member contributions ({job.pension_pct * 100:.2f}% of gross) are "
                                 "tax-deferred under IRC 414(h).")
        c.drawString(40, y - 68, "Questions: County Payroll Division, extension 2260, Monday to Friday 8:00 - 4:30.")
        c.setDash(2, 2)
        c.line(40, y - 84, 562, y - 84)
        c.setDash()
        c.setFont("Helvetica", 8.5)
        yy = y - 104
        for ln in (job.employee.upper(), *job.home):
            c.drawString(60, yy, ln)
            yy -= 11
        return []

    return Stub(Paper([page]), stub_fields(employer, job.employee, ch, "biweekly", yt["GROSS"], cur["NET"]),
                pay_date)


@dataclass
class RetailJob:
    employee: str
    assoc_id: str
    store: str  # "Store #2281 - Westbrook, ME"
    dept: str
    rate: float
    hours: tuple[float, float]  # the range of regular hours a week
    payroll: Payroll
    home: tuple[str, str]


BUILDRIGHT = "BuildRight Home Centers, Inc."


def retail_checks(job: RetailJob, pay_date: dt.date) -> list[PayCheck]:
    """Every weekly check of the year: Thursdays, for the Sunday-to-Saturday week ending five days before; hours
    vary week to week, more than 40 are overtime, a paid holiday in the week adds 8 hours of holiday pay."""
    year = pay_date.year
    d = nth_weekday(year, 1, 3, 1)
    hol = paid_holidays(year, retail=True) | paid_holidays(year - 1, retail=True)
    out = []
    while d <= pay_date:
        end = d - dt.timedelta(days=5)
        start = end - dt.timedelta(days=6)
        rr = random.Random(f"{job.assoc_id}{d}")
        worked = round(rr.uniform(*job.hours) * 4) / 4
        reg = min(40.0, worked)
        lines = {"Regular": (reg, job.rate, r2(reg * job.rate))}
        if worked > 40:
            ot = r2(worked - 40)
            lines["Overtime"] = (ot, r2(job.rate * 1.5), r2(ot * r2(job.rate * 1.5)))
        if any(start <= h <= end for h in hol):
            lines["Holiday"] = (8.0, job.rate, r2(8 * job.rate))
        if rr.random() < 0.5:
            sun = min(reg, rr.choice([4.0, 6.0, 8.0]))
            lines["Sunday premium"] = (sun, 1.50, r2(sun * 1.50))
        out.append(PayCheck(d, start, end, lines))
        d += dt.timedelta(days=7)
    return out


def retail_stub(job: RetailJob, pay_date: dt.date) -> Stub:
    """A big-box home-improvement retailer's weekly "Earnings Statement" for an hourly associate: an orange
    band, associate and pay boxes side by side, an earnings table with rate / hours / this period / YTD, taxes
    and deductions on the right, an hours summary and a NET PAY box."""
    checks = retail_checks(job, pay_date)
    ch = checks[-1]
    if ch.pay_date != pay_date:
        raise ValueError(f"{pay_date} is not a retail pay date")
    pr = job.payroll
    cur = totals(ch, pr)
    yt = ytd(checks, pr)
    pre, taxes, post = pr.items(ch.gross)
    orange = Color(0.93, 0.45, 0.1)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(orange)
        c.rect(0, 742, W, 50, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(36, 752, 30, 30, stroke=0, fill=1)
        c.setFillColor(orange)
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(51, 761, "BR")
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(76, 768, "BuildRight")
        c.setFont("Helvetica", 8)
        c.drawString(76, 756, "HOME CENTERS, INC.  -  Associate Payroll  -  PO Box 40110, Columbus, OH 43240")
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(576, 766, "Earnings Statement")
        c.setFont("Helvetica", 8)
        c.drawRightString(576, 755, "Keep for your records")
        c.setFillColor(black)
        c.setLineWidth(0.7)
        c.roundRect(36, 650, 262, 80, 5, stroke=1, fill=0)
        c.roundRect(314, 650, 262, 80, 5, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, 718, "ASSOCIATE")
        c.drawString(322, 718, "PAY INFORMATION")
        info_l = [("Name", job.employee), ("Associate ID", job.assoc_id), ("Location", job.store),
                  ("Department", job.dept)]
        info_r = [("Pay date", mdy(pay_date)), ("Pay period", f"{mdy(ch.start)} to {mdy(ch.end)}"),
                  ("Pay frequency", "Weekly"), ("Base rate", f"${job.rate:.2f} / hour")]
        for x, info in ((44, info_l), (322, info_r)):
            y = 704
            for k, v in info:
                c.setFont("Helvetica", 8)
                c.drawString(x, y, k)
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(x + 76, y, v)
                y -= 13
        # earnings
        y = 628
        c.setFillColor(orange)
        c.rect(36, y - 3, 330, 13, stroke=0, fill=1)
        c.rect(380, y - 3, 196, 13, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "EARNINGS")
        for x, t in ((196, "RATE"), (236, "HOURS"), (294, "THIS PERIOD"), (362, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.drawString(384, y, "TAXES & DEDUCTIONS")
        c.drawRightString(520, y, "CURRENT")
        c.drawRightString(572, y, "YTD")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.3)
        yy = y - 15
        for lab in ("Regular", "Overtime", "Holiday", "Sunday premium"):
            if lab not in yt:
                continue
            hrs, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(40, yy, lab)
            if lab in ch.lines:
                c.drawRightString(196, yy, f"{rt:.2f}")
                c.drawRightString(236, yy, f"{hrs:.2f}")
                c.drawRightString(294, yy, money(amt))
            c.drawRightString(362, yy, money(yt[lab]))
            yy -= 12
        c.line(36, yy + 7, 366, yy + 7)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, yy - 4, "Gross Pay")
        c.drawRightString(236, yy - 4, f"{cur['HOURS']:.2f}")
        c.drawRightString(294, yy - 4, money(ch.gross))
        c.drawRightString(362, yy - 4, money(yt["GROSS"]))
        yy -= 30
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, yy, "HOURS SUMMARY")
        c.setFont("Helvetica", 8)
        c.drawString(40, yy - 12, f"Hours paid this period: {cur['HOURS']:.2f}")
        c.drawString(40, yy - 23, f"Hours paid year to date: {yt['HOURS']:.2f}")
        c.drawString(40, yy - 34, f"Status: {'Full' if job.hours[0] >= 32 else 'Part'}-time / variable hours")
        ry = y - 15
        c.setFont("Helvetica", 8.3)
        for group in (taxes, pre, post):
            for k, v in group.items():
                c.drawString(384, ry, k)
                c.drawRightString(520, ry, money(v))
                c.drawRightString(572, ry, money(yt[k]))
                ry -= 12
            ry -= 4
        c.line(380, ry + 8, 576, ry + 8)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(384, ry - 3, "Total deductions")
        c.drawRightString(520, ry - 3, money(r2(cur["PRE"] + cur["TAX"] + cur["POST"])))
        c.drawRightString(572, ry - 3, money(r2(yt["PRE"] + yt["TAX"] + yt["POST"])))
        ny = min(yy - 70, ry - 50)
        c.setLineWidth(1.4)
        c.setStrokeColor(orange)
        c.rect(380, ny, 196, 34, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(388, ny + 20, "NET PAY")
        c.setFont("Helvetica-Bold", 14)
        c.drawRightString(570, ny + 8, "$" + money(cur["NET"]))
        c.setFont("Helvetica", 7.5)
        c.drawString(388, ny - 12, f"Net pay YTD {money(yt['NET'])}")
        c.drawString(40, ny + 20, f"Direct deposit  -  Checking ****{job.assoc_id[-4:]}  -  {money(cur['NET'])}")
        if "Holiday" in ch.lines:
            c.drawString(40, ny + 8, "Holiday pay included for the paid holiday in this week.")
        c.setDash(3, 2)
        c.line(36, 300, 576, 300)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, 303, "fold and tear here")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 278, "DIRECT DEPOSIT ADVICE")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(576, 278, "NON-NEGOTIABLE")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 262, f"Advice date {mdy(pay_date)}")
        c.drawString(40, 250, f"Advice no. {pay_date.strftime('%y%j')}{job.assoc_id[-4:]}")
        yy = 222
        for ln in (job.employee.upper(), *job.home):
            c.drawString(60, yy, ln)
            yy -= 11
        c.rect(330, 208, 246, 40, stroke=1, fill=0)
        c.setFont("Helvetica", 7.5)
        c.drawString(336, 238, "DEPOSITED TO")
        c.drawRightString(570, 238, "AMOUNT")
        c.setFont("Helvetica", 9)
        c.drawString(336, 220, f"Checking  XXXXXX{job.assoc_id[-4:]}")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(570, 220, money(cur["NET"]))
        c.setFont("Helvetica", 7)
        c.drawString(40, 70, "BuildRight Home Centers, Inc. - associates are paid every Thursday for the week ending "
                             "the Saturday before.")
        c.drawString(40, 60, "Questions about your pay: myBuildRight > Pay, or call Associate Service Center "
                             "1-800-555-0163.")
        return []

    return Stub(Paper([page]), stub_fields(BUILDRIGHT, job.employee, ch, "weekly", yt["GROSS"], cur["NET"]),
                pay_date)


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


@dataclass
class Txn:
    day: dt.date
    desc: str
    amount: float  # + credit, - debit
    check_no: int | None = None
    payee: str = ""


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def cycle_bounds(year: int, month: int, day: int) -> tuple[dt.date, dt.date]:
    """A statement cycle from `day` of a month to the day before `day` of the next month."""
    start = dt.date(year, month, day)
    nxt = dt.date(year + (month == 12), month % 12 + 1, day)
    return start, nxt - dt.timedelta(days=1)


def ordinary_debits(rng: random.Random, start: dt.date, end: dt.date, merchants: Sequence[str]) -> list[Txn]:
    span = (end - start).days
    out = []
    for desc in merchants:
        out.append(Txn(start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(18, 160))))
    return out


def sandstone_statement(rng: random.Random, holders: Sequence[str], address: Sequence[str], acct: str,
                        start: dt.date, end: dt.date, begin: float, credits: Sequence[tuple[int, str, float]],
                        first_check: int, checks: Sequence[tuple[str, float]]) -> Statement:
    """Sandstone Community Bank: page 1 a summary panel, deposits, checks in number order and other debits;
    page 2 a CHECK IMAGE SUMMARY of the cleared checks (fronts, printed by online bill pay, signed)."""
    bank = "Sandstone Community Bank"
    txns = [Txn(start + dt.timedelta(days=d), desc, a) for d, desc, a in credits]
    txns += ordinary_debits(rng, start, end, ["POS HANNAFORD #8812", "POS IRVING OIL 2231", "CMP ELECTRIC ACH",
                                              "POS TRUE VALUE HDW", "ATM WITHDRAWAL MAIN ST", "SPECTRUM ACH"])
    span = (end - start).days
    for i, (payee, amt) in enumerate(checks):
        txns.append(Txn(start + dt.timedelta(days=rng.randrange(2, span)), f"CHECK {first_check + i}", -amt,
                        first_check + i, payee))
    txns.sort(key=lambda t: (t.day, -t.amount))
    ending = r2(begin + sum(t.amount for t in txns))
    dep = [t for t in txns if t.amount > 0]
    chk = sorted((t for t in txns if t.check_no), key=lambda t: t.check_no or 0)
    oth = [t for t in txns if t.amount < 0 and not t.check_no]
    green = Color(0.45, 0.3, 0.12)

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(green)
        c.setFont("Times-Bold", 20)
        c.drawString(50, 738, "Sandstone")
        c.setFont("Times-Roman", 9.5)
        c.drawString(50, 726, "COMMUNITY BANK")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 715, "12 Depot Square, Gorham, ME 04038  -  (207) 555-0177  -  Member FDIC")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 740, f"Account number {'*' * 6}{acct[-4:]}")
        c.drawRightString(562, 729, f"Statement date {mdy(end)}")
        c.drawRightString(562, 718, f"Page {n} of 2")
        c.setStrokeColor(green)
        c.setLineWidth(1.3)
        c.line(50, 708, 562, 708)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9)
        y = 688
        for ln in [*(h.upper() for h in holders), *address]:
            c.drawString(60, y, ln)
            y -= 11.5
        c.setFillGray(0.93)
        c.rect(330, 604, 232, 94, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(338, 686, "HOMETOWN CHECKING  -  SUMMARY")
        c.setFont("Helvetica", 8)
        c.drawString(338, 674, f"{mdy(start)} through {mdy(end)}")
        rows = [("Previous balance", money(begin)),
                (f"{len(dep)} Deposits / credits", money(r2(sum(t.amount for t in dep)))),
                (f"{len(chk)} Checks", money(r2(-sum(t.amount for t in chk)))),
                (f"{len(oth)} Other debits", money(r2(-sum(t.amount for t in oth)))),
                ("Service charge", "0.00"), ("Ending balance", money(ending))]
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == 5 else "Helvetica", 8)
            c.drawString(338, 660 - 10.5 * i, k)
            c.drawRightString(554, 660 - 10.5 * i, v)
        y = 586

        def section(title: str) -> None:
            nonlocal y
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(50, y, title)
            c.line(50, y - 3, 562, y - 3)
            y -= 14

        section("DEPOSITS AND CREDITS")
        c.setFont("Helvetica", 8.2)
        for t in dep:
            c.drawString(50, y, t.day.strftime("%m-%d"))
            c.drawString(100, y, t.desc)
            c.drawRightString(562, y, money(t.amount))
            y -= 11
        y -= 8
        section("CHECKS")
        c.setFont("Helvetica-Bold", 7)
        for k in range(3):
            c.drawString(50 + k * 172, y, "NUMBER      DATE")
            c.drawRightString(200 + k * 172, y, "AMOUNT")
        y -= 11
        c.setFont("Helvetica", 8.2)
        rows_n = (len(chk) + 2) // 3
        for i, t in enumerate(chk):
            col, row = divmod(i, rows_n)
            gap = "*" if i and t.check_no != (chk[i - 1].check_no or 0) + 1 else " "
            c.drawString(50 + col * 172, y - row * 11, f"{t.check_no}{gap}")
            c.drawString(98 + col * 172, y - row * 11, t.day.strftime("%m-%d"))
            c.drawRightString(200 + col * 172, y - row * 11, money(-t.amount))
        y -= rows_n * 11 + 4
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(50, y, "* indicates a gap in check sequence.  Images of paid checks are on the following page.")
        y -= 16
        section("OTHER DEBITS")
        c.setFont("Helvetica", 8.2)
        for t in oth:
            c.drawString(50, y, t.day.strftime("%m-%d"))
            c.drawString(100, y, t.desc)
            c.drawRightString(562, y, money(-t.amount))
            y -= 11
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 690, "CHECK IMAGE SUMMARY")
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 679, f"{len(chk)} paid check(s) this period, shown front side, in check number order.")
        marks: list[Mark] = []
        for i, t in enumerate(chk):
            col, row = i % 2, i // 2
            x, y = 50 + col * 262, 560 - row * 128
            c.setLineWidth(0.5)
            c.setFillGray(0.97)
            c.rect(x, y, 250, 112, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 6, y + 102, " / ".join(h.upper() for h in holders))
            c.setFont("Helvetica", 5.8)
            c.drawString(x + 6, y + 94, address[0].upper())
            c.drawString(x + 6, y + 87, address[1].upper())
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(x + 244, y + 101, str(t.check_no))
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 160, y + 86, "DATE")
            c.setFont("Courier", 7.5)
            c.drawString(x + 182, y + 86, mdy(t.day - dt.timedelta(days=3)))
            c.setFont("Helvetica", 5.5)
            c.drawString(x + 6, y + 70, "PAY TO THE")
            c.drawString(x + 6, y + 64, "ORDER OF")
            c.setFont("Courier-Bold", 7.5)
            c.drawString(x + 40, y + 66, t.payee.upper())
            c.line(x + 34, y + 63, x + 190, y + 63)
            c.rect(x + 196, y + 61, 48, 12, stroke=1, fill=0)
            c.drawRightString(x + 242, y + 64, f"**{money(-t.amount)}")
            c.setFont("Courier", 6.2)
            dollars = int(-t.amount)
            cents = round(-t.amount * 100) % 100
            c.drawString(x + 6, y + 50, f"*** {dollars:,} DOLLARS AND {cents:02d} CENTS ***")
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 6, y + 36, "Sandstone Community Bank")
            c.setFont("Helvetica", 5.5)
            c.drawString(x + 6, y + 22, "MEMO  BILL PAY")
            c.line(x + 140, y + 24, x + 240, y + 24)
            marks.append(Mark("sig", x + 150, y + 25, w=70, seed=(t.check_no or 0) + 7))
            c.setFont("Courier", 7)
            c.drawString(x + 20, y + 8, f"C{t.check_no:06d}C  A211274450A  {acct}C")
            c.setFont("Helvetica", 6.2)
            c.drawString(x, y - 8, f"Check {t.check_no}   Paid {mdy(t.day)}   Amount ${money(-t.amount)}")
        c.setFont("Helvetica", 7.2)
        c.drawString(50, 60, "Please examine this statement at once. Report errors or unauthorized checks within "
                             "30 days. Deposits are insured by the FDIC.")
        return marks

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def pinnacle_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Pinnacle National Bank: a large bank's two-page "Advantage Checking" statement - an activity summary,
    deposits and additions, withdrawals and subtractions, and a three-across DAILY ENDING BALANCE table."""
    bank = "Pinnacle National Bank, N.A."
    start, end = month_bounds(year, month)
    txns = [Txn(start + dt.timedelta(days=d - 1), desc, a) for d, desc, a in credits]
    txns += ordinary_debits(rng, start, end, ["PURCHASE AUTHORIZED ON SAFEWAY #1883", "PURCHASE SHEETZ 0412",
                                              "POTOMAC EDISON BILL PAY", "RECURRING PAYMENT VERIZON",
                                              "PURCHASE TARGET T-2281", "ATM WITHDRAWAL 0442 MARKET ST",
                                              "ZELLE TO KAREN DAYCARE", "GEICO AUTO INS"])
    txns.append(Txn(start + dt.timedelta(days=rng.randrange(3, 12)), "ONLINE TRANSFER TO HARROWGATE MTG",
                    -r2(rng.uniform(700, 900))))
    txns.sort(key=lambda t: (t.day, -t.amount))
    ending = r2(begin + sum(t.amount for t in txns))
    dep = [t for t in txns if t.amount > 0]
    wds = [t for t in txns if t.amount < 0]
    daily: list[tuple[dt.date, float]] = []
    bal = begin
    for t in txns:
        bal = r2(bal + t.amount)
        if daily and daily[-1][0] == t.day:
            daily[-1] = (t.day, bal)
        else:
            daily.append((t.day, bal))
    navy = Color(0.05, 0.16, 0.38)

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(navy)
        c.rect(50, 728, 18, 18, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(59, 732, "P")
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(74, 732, "PINNACLE NATIONAL BANK")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 740, "Pinnacle Advantage Checking")
        c.drawRightString(562, 730, f"{long_date(start)} - {long_date(end)}")
        c.drawRightString(562, 720, f"Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9)
        y = 690
        for ln in [holder.upper(), *(a.upper() for a in address)]:
            c.drawString(64, y, ln)
            y -= 11.5
        c.setFont("Helvetica-Bold", 8)
        c.drawString(340, 690, "Questions?")
        c.setFont("Helvetica", 7.5)
        c.drawString(340, 679, "1-800-555-0123 (24 hours a day)  -  pinnaclenational.example")
        c.drawString(340, 669, "Pinnacle National Bank, N.A., PO Box 6995, Portland, OR 97228")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 630, "Activity summary")
        c.setFont("Helvetica", 8)
        c.drawString(50, 619, f"Account number: {acct[:4]}{'X' * (len(acct) - 8)}{acct[-4:]}")
        c.line(50, 614, 300, 614)
        rows = [(f"Beginning balance on {start.month}/{start.day}", "$" + money(begin)),
                ("Deposits/Additions", money(r2(sum(t.amount for t in dep)))),
                ("Withdrawals/Subtractions", "- " + money(r2(-sum(t.amount for t in wds)))),
                (f"Ending balance on {end.month}/{end.day}", "$" + money(ending))]
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold" if i in (0, 3) else "Helvetica", 8.5)
            c.drawString(50, 602 - 13 * i, k)
            c.drawRightString(300, 602 - 13 * i, v)
        c.setFillGray(0.94)
        c.rect(330, 552, 232, 60, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(338, 598, "Overdraft Protection")
        c.setFont("Helvetica", 7.5)
        c.drawString(338, 586, "Your account is not linked to a savings account")
        c.drawString(338, 576, "for Overdraft Protection. Ask us how to enroll.")
        y = 524
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Deposits and other additions")
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "Date")
        c.drawString(100, y, "Description")
        c.drawRightString(562, y, "Amount")
        c.line(50, y - 3, 562, y - 3)
        y -= 13
        c.setFont("Helvetica", 8.2)
        for t in dep:
            c.drawString(50, y, t.day.strftime("%m/%d/%y"))
            c.drawString(100, y, t.desc)
            c.drawRightString(562, y, money(t.amount))
            y -= 11.5
        c.setFont("Helvetica-Bold", 8.2)
        c.drawString(100, y - 2, "Total deposits and other additions")
        c.drawRightString(562, y - 2, "$" + money(r2(sum(t.amount for t in dep))))
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = 696
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Withdrawals and other subtractions")
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "Date")
        c.drawString(100, y, "Description")
        c.drawRightString(562, y, "Amount")
        c.line(50, y - 3, 562, y - 3)
        y -= 13
        c.setFont("Helvetica", 8.2)
        for t in wds:
            c.drawString(50, y, t.day.strftime("%m/%d/%y"))
            c.drawString(100, y, t.desc)
            c.drawRightString(562, y, money(-t.amount))
            y -= 11.5
        c.setFont("Helvetica-Bold", 8.2)
        c.drawString(100, y - 2, "Total withdrawals and other subtractions")
        c.drawRightString(562, y - 2, "$" + money(r2(-sum(t.amount for t in wds))))
        y -= 34
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Daily ending balance")
        y -= 14
        per = (len(daily) + 2) // 3
        c.setFont("Helvetica-Bold", 7.5)
        for k in range(3):
            c.drawString(50 + k * 172, y, "Date")
            c.drawRightString(210 + k * 172, y, "Balance")
        c.line(50, y - 3, 562, y - 3)
        y -= 13
        c.setFont("Helvetica", 8.2)
        for i, (d, b) in enumerate(daily):
            col, row = divmod(i, per)
            c.drawString(50 + col * 172, y - 11.5 * row, d.strftime("%m/%d"))
            c.drawRightString(210 + col * 172, y - 11.5 * row, money(b))
        y -= per * 11.5 + 24
        c.setFont("Helvetica", 7)
        for ln in ("IMPORTANT ACCOUNT INFORMATION: In case of errors or questions about your electronic transfers, "
                   "call us or write to us", "no later than 60 days after we sent the FIRST statement on which the "
                   "problem appeared.  Member FDIC.  Equal Housing Lender."):
            c.drawString(50, y, ln)
            y -= 9
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- letters and papers ---------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None
    dated: bool = True  # whether the document carries letter_date in expected.json

    @property
    def fields(self) -> dict[str, Any]:
        if not self.dated:
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def hardship_letter(writers: Sequence[str], address: Sequence[str], loan: str, date: dt.date, servicer: str,
                    paras: Sequence[str], ink: bool, seed: int, style: str = "block") -> Paper:
    """A typed hardship letter. "block": a word processor's block letter in Helvetica, the date first and a
    bold subject line; "modified": Times, the sender's address and the date set at the right. Signed in ink
    only when printed and mailed; an e-mailed letter carries the typed names alone."""
    font, bold = ("Helvetica", "Helvetica-Bold") if style == "block" else ("Times-Roman", "Times-Bold")
    size = 10.5 if style == "block" else 11.5

    def page(c: Canvas) -> list[Mark]:
        c.setFont(font, size)
        if style == "block":
            y = 724
            c.drawString(72, y, long_date(date))
            y -= 30
            for ln in (servicer, "Attn: Loss Mitigation / Homeowner Assistance"):
                c.drawString(72, y, ln)
                y -= 13.5
            y -= 18
            c.setFont(bold, size)
            c.drawString(72, y, f"RE: Hardship explanation - Loan #{loan}")
            c.setFont(font, size)
            c.drawString(72, y - 14, "Property: " + ", ".join(address))
            y -= 40
        else:
            y = 730
            for ln in (" and ".join(writers), *address):
                c.drawRightString(W - 72, y, ln)
                y -= 14
            y -= 8
            c.drawRightString(W - 72, y, long_date(date))
            y -= 34
            for ln in (servicer, "Loss Mitigation Department"):
                c.drawString(72, y, ln)
                y -= 14
            y -= 14
            c.setFont(bold, size)
            c.drawString(72, y, f"Loan number {loan}")
            y -= 28
        salutation = "Dear Loss Mitigation Team," if style == "block" else "Dear Sir or Madam:"
        y = paragraphs(c, 72, y, W - 144, [salutation, *paras], font=font, size=size, leading=size * 1.38)
        c.setFont(font, size)
        c.drawString(72, y - 4, "Thank you for your consideration," if style == "block" else "Respectfully,")
        marks = []
        sy = y - 46
        for i, nm in enumerate(writers):
            x = 72 + i * 240
            c.setFont(font, size)
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=135, seed=seed + i))
        if style == "block":
            c.setFont(font, 8.5)
            c.drawString(72, sy - 46, ", ".join(address))
        return marks

    return Paper([page])


def agency_letter(head: Sequence[str], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                  table: Sequence[tuple[str, str]], closing: Sequence[str], ref: Sequence[str] = (),
                  seal: str = "") -> Paper:
    """A plain agency letter: a centred letterhead over a rule, a reference block at the right, the addressee
    in a window-envelope position, a boxed table of the figures, and the closing."""

    def page(c: Canvas) -> list[Mark]:
        if seal:
            c.setLineWidth(1)
            c.circle(90, 730, 22, stroke=1, fill=0)
            c.setFont("Times-Bold", 9)
            c.drawCentredString(90, 727, seal)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 740, head[0])
        c.setFont("Times-Roman", 8.5)
        for i, ln in enumerate(head[1:]):
            c.drawCentredString(W / 2, 728 - 10 * i, ln)
        c.setLineWidth(0.8)
        c.line(72, 702, W - 72, 702)
        c.setFont("Helvetica", 8.5)
        y = 686
        for ln in ref:
            c.drawString(360, y, ln)
            y -= 11
        c.setFont("Times-Roman", 10.5)
        y = 650
        for ln in to:
            c.drawString(84, y, ln)
            y -= 13
        c.drawString(72, 590, long_date(date))
        c.setFont("Times-Bold", 11)
        c.drawString(72, 566, re)
        y = paragraphs(c, 72, 546, W - 144, paras, size=10.5, leading=14)
        if table:
            top = y + 4
            c.setLineWidth(0.5)
            c.rect(90, top - 16 * len(table) - 6, W - 180, 16 * len(table) + 6, stroke=1, fill=0)
            yy = top - 14
            for k, v in table:
                c.setFont("Times-Roman", 10.5)
                c.drawString(100, yy, k)
                c.setFont("Times-Bold", 10.5)
                c.drawRightString(W - 100, yy, v)
                yy -= 16
            y = yy - 16
        c.setFont("Times-Roman", 10.5)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 13
        return []

    return Paper([page])


def va_award_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date,
                    rating: int) -> Letter:
    paras = [f"This letter certifies that {person} is a Veteran who served on active duty and is receiving VA "
             f"service-connected disability compensation. The combined service-connected evaluation is {rating} "
             "percent.",
             "The monthly award shown below is paid on the first business day of each month by direct deposit. VA "
             "disability compensation is not taxable income and is not reported to the Internal Revenue Service.",
             "You may use this letter to show your income to a lender or a state or local agency."]
    table = [("Current monthly award amount", "$" + money(monthly)), ("Effective date of last change", mdy(since)),
             ("Payment frequency", "Monthly"), ("Combined disability rating", f"{rating}%")]
    paper = agency_letter(("DEPARTMENT OF VETERANS AFFAIRS", "Regional Benefit Office",
                           "PO Box 8079, Philadelphia, PA 19101"), date, [person.upper(), *address],
                          "Summary of Benefits - Disability Compensation", paras, table,
                          ["Sincerely yours,", "", "Veterans Service Center Manager"],
                          ref=("In Reply Refer To: 310/21",
                               f"File Number: XXX-XX-{random.Random(person).randrange(1000, 9999)}"),
                          seal="VA")
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def pension_letter(fund: tuple[str, str], person: str, address: Sequence[str], date: dt.date, monthly: float,
                   kind: str, since: dt.date) -> Letter:
    paras = [f"At your request, this letter verifies the {kind} paid to you by the Fund. Payments are made on the "
             "first day of each month for the rest of your life and change only by a cost-of-living increase the "
             "Trustees may adopt.",
             "Benefits from the Fund are taxable income. Federal income tax is withheld according to your "
             "withholding election, and a Form 1099-R is mailed to you each January."]
    table = [("Participant / payee", person), ("Benefit type", kind.capitalize()),
             ("Benefit start date", mdy(since)), ("Gross monthly benefit", "$" + money(monthly)),
             ("Paid", "Monthly, on the 1st")]
    paper = agency_letter((fund[0].upper(), fund[1], "Administered by the Board of Trustees"), date,
                          [person.upper(), *address], "Benefit Verification", paras, table,
                          ["Sincerely,", "", "Pension Department", fund[0]],
                          ref=(f"Payee ID: {random.Random(person).randrange(100000, 999999)}",
                               f"Date: {mdy(date)}"))
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def relocation_letter(employee: str, address: Sequence[str], date: dt.date, old_store: str, new_store: str,
                      start: dt.date, allowance: float) -> Letter:
    paras = [f"This letter confirms your transfer as a Department Supervisor from {old_store} to {new_store}, "
             f"effective {long_date(start)}. Your rate of pay and your weekly pay schedule do not change.",
             f"BuildRight will pay a one-time relocation allowance of ${money(allowance)}, less applicable taxes, "
             "with your first paycheck at the new location. No other relocation assistance is provided.",
             "Please contact the District HR office with any questions."]
    paper = agency_letter(("BUILDRIGHT HOME CENTERS, INC.", "District 14 Human Resources",
                           "5800 Shady Grove Road, Rockville, MD 20850"), date, [employee, *address],
                          "Notice of Transfer", paras, [("New location", new_store), ("Effective", mdy(start)),
                                                        ("Relocation allowance", "$" + money(allowance))],
                          ["Sincerely,", "", "District Human Resources Manager", "BuildRight Home Centers, Inc."])
    return Letter(paper, "employer_relocation_letter", date)


def hoa_notice(owner: str, address: Sequence[str], date: dt.date, unit: str, amount: float) -> Letter:
    paras = ["At its special meeting the Board of Directors adopted a special assessment to replace the roofs "
             "and siding of Buildings A through D, after the reserve study found the work could not wait.",
             f"Your unit's share is ${money(amount)}. It may be paid in full by the due date below or in twelve "
             f"monthly installments of ${money(r2(amount / 12))} added to your regular association dues."]
    paper = agency_letter(("LAKESHORE POINTE CONDOMINIUM ASSOCIATION", "c/o Keystone Community Management",
                           "41 Harbor Road, Ocean City, MD 21842"), date, [owner, *address],
                          f"Notice of Special Assessment - Unit {unit}", paras,
                          [("Special assessment", "$" + money(amount)), ("Due in full", mdy(date + dt.timedelta(45))),
                           ("Installment option", f"12 x ${money(r2(amount / 12))}")],
                          ["By order of the Board of Directors"])
    return Letter(paper, "other", date, dated=False)


def death_certificate(name: str, died: dt.date, born: dt.date, place: str, county: str, spouse: str,
                      issued: dt.date, state: tuple[str, str]) -> Letter:
    """A state's certified copy of a death certificate: a bordered form of numbered boxes."""
    age = died.year - born.year - ((died.month, died.day) < (born.month, born.day))

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(2)
        c.rect(40, 60, W - 80, 690, stroke=1, fill=0)
        c.setLineWidth(0.6)
        c.rect(46, 66, W - 92, 678, stroke=1, fill=0)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 720, state[0])
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 708, state[1])
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 686, "CERTIFICATE OF DEATH")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 60, 670, f"State file no. 2039-{random.Random(name).randrange(10000, 99999)}")
        boxes = [("1. DECEDENT'S LEGAL NAME", name, 300), ("2. SEX", "Male", 80), ("3. DATE OF DEATH", mdy(died), 112),
                 ("4. DATE OF BIRTH", mdy(born), 130), ("5. AGE", str(age), 60),
                 ("6. PLACE OF DEATH", place, 302), ("7. COUNTY OF DEATH", county, 160),
                 ("8. MARITAL STATUS", "Married", 130), ("9. SURVIVING SPOUSE", spouse, 302),
                 ("10. USUAL OCCUPATION", "Carpenter", 200), ("11. INFORMANT", spouse + " (spouse)", 292),
                 ("12. METHOD OF DISPOSITION", "Burial", 200), ("13. FUNERAL HOME", "Alden & Sons Funeral Home", 292),
                 ("14. IMMEDIATE CAUSE OF DEATH", "Acute myocardial infarction", 492)]
        x, y = 60.0, 630.0
        for cap, val, wd in boxes:
            if x + wd > W - 58:
                x = 60.0
                y -= 40
            c.rect(x, y, wd, 36, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 3, y + 28, cap)
            c.setFont("Courier", 10)
            c.drawString(x + 6, y + 9, val)
            x += wd
        y -= 60
        paragraphs(c, 60, y, W - 120, [
            "I certify that this is a true and correct copy of the record on file in this office."],
            font="Times-Italic", size=10)
        c.setFont("Helvetica", 8)
        c.drawString(60, y - 50, f"Date issued: {mdy(issued)}")
        c.line(330, y - 40, 540, y - 40)
        c.drawString(330, y - 50, "State Registrar of Vital Statistics")
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(W / 2, 80, f"THIS COPY IS NOT VALID WITHOUT THE RAISED SEAL OF THE {state[0]}")
        return [Mark("sig", 350, y - 38, w=150, seed=991)]

    return Letter(Paper([page]), "death_certificate", issued, dated=False)


def divorce_decree(plaintiff: str, defendant: str, case_no: str, entered: dt.date, children: str,
                   support: float, house: str) -> Letter:
    """A circuit court's two-page Judgment of Absolute Divorce, signed by the judge."""

    def cap(c: Canvas) -> None:
        c.setFont("Times-Roman", 11)
        c.drawString(72, 730, f"{plaintiff.upper()},")
        c.drawString(100, 716, "Plaintiff,")
        c.drawString(72, 694, "v.")
        c.drawString(72, 672, f"{defendant.upper()},")
        c.drawString(100, 658, "Defendant.")
        for yy in range(650, 742, 12):
            c.drawString(300, yy, ")")
        c.drawString(320, 708, "IN THE CIRCUIT COURT FOR")
        c.drawString(320, 694, "FREDERICK COUNTY, MARYLAND")
        c.drawString(320, 672, f"Case No. {case_no}")

    def page1(c: Canvas) -> list[Mark]:
        cap(c)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 620, "JUDGMENT OF ABSOLUTE DIVORCE")
        paragraphs(c, 72, 596, W - 144, [
            "This matter came before the Court on the Complaint for Absolute Divorce. The Court, having heard the "
            "testimony and reviewed the Marital Settlement Agreement of the parties, finds that the parties have "
            "lived separate and apart for more than six months without interruption before the filing of the "
            "Complaint, and that there is no reasonable expectation of reconciliation.",
            "It is, therefore, ORDERED AND ADJUDGED:",
            f"1. That the Plaintiff, {plaintiff}, is hereby granted an ABSOLUTE DIVORCE from the Defendant, "
            f"{defendant};",
            "2. That the Marital Settlement Agreement of the parties is incorporated but not merged into this "
            "Judgment;",
            f"3. That the Plaintiff shall have primary physical custody of {children};",
            f"4. That the Defendant shall pay to the Plaintiff child support of ${money(support)} per month, "
            "payable on the first day of each month, by earnings withholding order;"], size=11, leading=15)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 50, "Page 1 of 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 9)
        c.drawString(72, 740, f"{plaintiff} v. {defendant}, Case No. {case_no}")
        paragraphs(c, 72, 710, W - 144, [
            f"5. That the Defendant's right, title and interest in the real property known as {house} is "
            "transferred to the Plaintiff, who shall remain solely responsible for the mortgage loan secured by it, "
            "and the Defendant shall execute a deed conveying his interest within thirty days;",
            "6. That each party shall retain the motor vehicle titled in that party's name and the accounts held "
            "in that party's sole name;",
            "7. That the costs of these proceedings are to be paid as agreed by the parties.",
            "This is a FINAL JUDGMENT."], size=11, leading=15)
        c.setFont("Times-Roman", 11)
        c.line(330, 500, 540, 500)
        c.drawString(330, 488, "JUDGE, Circuit Court for Frederick County")
        c.drawString(72, 500, f"Entered: {mdy(entered)}")
        c.setLineWidth(1.5)
        c.setStrokeColor(Color(0.35, 0.35, 0.35))
        c.roundRect(380, 390, 150, 56, 6, stroke=1, fill=0)
        c.setFillColor(Color(0.35, 0.35, 0.35))
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(455, 428, "ENTERED")
        c.setFont("Helvetica", 9)
        c.drawCentredString(455, 414, mdy(entered))
        c.drawCentredString(455, 400, "Clerk, Circuit Court")
        c.setFillColor(black)
        c.setStrokeColor(black)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 50, "Page 2 of 2")
        return [Mark("sig", 340, 503, w=170, seed=7117)]

    return Letter(Paper([page1, page2]), "divorce_decree", entered, dated=False)


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(3)
        c.rect(54, 54, W - 108, H - 108, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 24)
        c.drawCentredString(W / 2, 660, "BATCH SEPARATOR")
        c.setFont("Helvetica", 11)
        c.drawCentredString(W / 2, 636, "Loss mitigation mail - scan this sheet face up before the borrower's papers")
        c.drawImage(ImageReader(code), W / 2 - 170, 470, width=340, height=100)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 444, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(sender: str, sender_phone: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int,
              note: str) -> Paper:
    """A copy shop's fax cover sheet: a big heading, a two-column To / From grid and a comments box."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 34)
        c.drawString(72, 690, "Fax Transmittal")
        c.setFont("Helvetica", 9)
        c.drawString(72, 672, f"{sender}  -  Phone {sender_phone}  -  Fax {sender_fax}")
        c.setLineWidth(1)
        c.line(72, 662, W - 72, 662)
        rows = [("TO", to, "FROM", "Customer (see below)"), ("FAX", to_fax, "DATE", mdy(date)),
                ("RE", note, "PAGES", f"{pages} (including cover)")]
        y = 632
        for a, av, b, bv in rows:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(72, y, a)
            c.drawString(340, y, b)
            c.setFont("Helvetica", 10)
            c.drawString(112, y, av)
            c.drawString(392, y, bv)
            y -= 24
        c.rect(72, 330, W - 144, 200, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(80, 516, "COMMENTS")
        c.setFont("Helvetica", 10)
        c.drawString(80, 496, "Mediation worksheet and pay stubs for the homeowners. Please call them")
        c.drawString(80, 482, "if anything is missing.")
        c.setFont("Helvetica", 7.5)
        c.drawString(72, 300, "CONFIDENTIAL: this transmission is intended only for the addressee named above.")
        return []

    return Paper([page])


# --- IRS Form 4506-C (page 1 of the real form, typed over) -----------------------------------------------------


def form4506c_page(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                   client: str, client_phone: str, signed_on: dt.date | None, phone: str, sign_screen: bool,
                   seed: int) -> tuple[bytes, list[Mark]]:
    """Page 1 of the real IRS Form 4506-C typed over (fields flattened into the page). Returns the PDF and the
    ink marks to add when it is printed and signed by hand (signature and date)."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Courier", 9)
    year = (signed_on or dt.date(2039, 9, 1)).year
    put = [(27, 668, first), (114, 668, mi), (171, 668, last), (27, 636, ssn), (27, 571, street), (312, 571, city),
           (420, 571, state), (474, 571, zipc), (27, 506, "Kestrel Income Verification Inc."),
           (312, 506, "KIV-40912"), (420, 506, "KESTREL7"), (27, 484, "88 Federal Street"),
           (312, 484, "Boston"), (420, 484, "MA"), (474, 484, "02110"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(year - 1)), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}")]
    if sign_screen and signed_on:
        put.append((344, 168, mdy(signed_on)))
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    if sign_screen and signed_on:
        draw_signature_vector(c, Mark("sig", 80, 166, w=200, seed=seed))
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    marks = []
    if signed_on and not sign_screen:
        marks = [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 344, 167, mdy(signed_on), size=11,
                                                              seed=seed + 3)]
    return fixed_pypdf_bytes(writer, f"al4506c{seed}"), marks


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
    start: dt.date | None  # None: the hardship date was left blank
    duration: str  # short | long | resolved
    income: dict[str, float]  # household monthly amounts by income code
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_income: dict[str, float] = field(default_factory=dict)  # the co-borrower's share, where a form splits it
    other_text: str = ""
    mailing: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
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
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_writer(app: App, type_dates: bool) -> PdfWriter:
    """The real blank Form 710 filled through its AcroForm."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_2": True, "Checkbox_18": True, "Checkbox_20": True,
        "Checkbox_23": True, "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "1,240.00", "Number_11": "310.00"}
    if app.start:
        values["Date_1"] = mdy(app.start)
    if app.mailing:
        values["Text_7"] = app.mailing
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
    """Typed in a PDF viewer, both signatures drawn with the mouse over the signature lines, dates typed."""
    writer = form710_writer(app, type_dates=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    marks = [Mark("sig", 150, 348, w=190, seed=app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        marks.append(Mark("sig", 166, 310, w=180, seed=app.seed + 1))
    apply_screen_marks(c, marks)
    synth_line(c)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    writer.pages[3].merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"al710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed through the AcroForm, printed, signed and dated in ink, scanned."""
    pdf = fixed_pypdf_bytes(form710_writer(app, type_dates=False), "al710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=190, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 166, 310, w=180, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)


# Harrowgate Mortgage Company, "Homeowner Relief Request" (HRR-2): landscape, two panels a page.

HRR_REASONS = ("Loss of job", "Reduced income or hours", "Higher housing costs (taxes, insurance, HOA)",
               "Disaster (natural or man-made)", "Serious illness or disability", "Divorce or legal separation",
               "Separation of unmarried co-owners", "Death of a borrower or wage earner",
               "Job transfer or relocation", "Other (explain below)")
HRR_INCOME = ("Wages, salary, overtime, tips, bonus", "Self-employment (net)", "Unemployment benefits",
              "Taxable benefits - SS, pension, disability", "Non-taxable SS or disability", "Rental income (net)",
              "Investment or insurance income", "Other - alimony, child support, other")
SHADE = Color(0.86, 0.89, 0.93)
HRR_BLUE = Color(0.1, 0.22, 0.4)


def hrr_field(c: Canvas, x: float, y: float, cap_w: float, field_w: float, caption: str, value: str,
              right: bool = False, h: float = 15) -> None:
    """A shaded answer field with its small-caps caption standing to its LEFT, flush against it."""
    small_caps(c, x + cap_w - 5, y + 4.5, caption, 7.6, right=True, gray=0.15)
    c.setFillColor(SHADE)
    c.rect(x + cap_w, y, field_w, h, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica", 9.5)
    if right:
        c.drawRightString(x + cap_w + field_w - 4, y + 4, value)
    else:
        c.drawString(x + cap_w + 4, y + 4, value)


def hrr_tick(c: Canvas, x: float, y: float, checked: bool, label: str, size: float = 8.3) -> float:
    c.setFillColor(SHADE)
    c.rect(x, y - 1.5, 10, 10, stroke=0, fill=1)
    c.setFillColor(black)
    if checked:  # a tick typed as a check-mark glyph, drawn as two strokes
        c.saveState()
        c.setLineWidth(1.5)
        c.setLineCap(1)
        c.setLineJoin(1)
        path = c.beginPath()
        path.moveTo(x + 1.8, y + 3.6)
        path.lineTo(x + 4.2, y + 0.6)
        path.lineTo(x + 9.0, y + 8.4)
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()
    c.setFont("Helvetica", size)
    c.drawString(x + 14, y, label)
    return x + 14 + stringWidth(label, "Helvetica", size)


def hrr_heading(c: Canvas, x: float, y: float, num: str, title: str, width: float = 340) -> None:
    c.setFillColor(HRR_BLUE)
    c.circle(x + 7, y + 3, 7.5, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(x + 7, y, num)
    c.setFillColor(HRR_BLUE)
    small_caps(c, x + 20, y, title, 11, font="Helvetica-Bold", gray=0.1)
    c.setStrokeColor(HRR_BLUE)
    c.setLineWidth(0.8)
    c.line(x, y - 6, x + width, y - 6)
    c.setStrokeColor(black)
    c.setFillColor(black)


def hrr2(app: App, ink: bool) -> Paper:
    """Harrowgate's landscape two-page Homeowner Relief Request."""
    size = landscape(letter)

    def header(c: Canvas, page: int) -> None:
        c.setFillColor(HRR_BLUE)
        c.setFont("Times-Bold", 17)
        c.drawString(36, 575, "HARROWGATE")
        c.setFont("Times-Roman", 9)
        c.drawString(36, 563, "MORTGAGE COMPANY")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.2)
        c.drawString(176, 575, "Homeowner Assistance  -  2200 Quarry Street, Suite 300, Frederick, MD 21701")
        c.drawString(176, 565, "Phone (301) 555-0140  -  Fax (301) 555-0149  -  help@harrowgate-mortgage.example")
        c.setFont("Helvetica-Bold", 16)
        c.drawRightString(756, 572, "Homeowner Relief Request")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(756, 561, f"Form HRR-2 (03/2039)  -  Page {page} of 2")
        c.setLineWidth(1.5)
        c.setStrokeColor(HRR_BLUE)
        c.line(36, 552, 756, 552)
        c.setStrokeColor(Color(0.6, 0.65, 0.72))
        c.setLineWidth(0.6)
        c.line(396, 64, 396, 540)
        c.setStrokeColor(black)
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 40, "Harrowgate Mortgage Company is a mortgage servicer. NMLS #55-0190. This request is "
                             "not an offer of credit or a commitment to modify your loan.")

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        x0 = 36.0
        paragraphs(c, x0, 532, 340, ["Please answer every question in the shaded boxes. If you need help, call us "
                                     "or a HUD-approved housing counselor at (800) 569-4287."],
                   font="Helvetica", size=7.5, leading=9.5)
        hrr_heading(c, x0, 502, "1", "Who is asking for help")
        y = 476
        hrr_field(c, x0, y, 104, 236, "Loan number", app.loan)
        y -= 21
        hrr_field(c, x0, y, 104, 236, "Borrower name", app.borrower)
        y -= 21
        hrr_field(c, x0, y, 104, 60, "Last 4 of SSN", app.ssn[-4:])
        hrr_field(c, x0 + 170, y, 54, 116, "Phone", app.phone)
        y -= 21
        hrr_field(c, x0, y, 104, 236, "E-mail", app.email)
        y -= 27
        hrr_field(c, x0, y, 104, 236, "Co-borrower name", app.co or "")
        y -= 21
        hrr_field(c, x0, y, 104, 60, "Last 4 of SSN", (app.co_ssn or "")[-4:])
        hrr_field(c, x0 + 170, y, 54, 116, "Phone", app.phone if app.co else "")
        y -= 36
        hrr_heading(c, x0, y, "2", "The home")
        y -= 26
        hrr_field(c, x0, y, 104, 236, "Street address", app.street)
        y -= 21
        hrr_field(c, x0, y, 104, 110, "City", app.city)
        hrr_field(c, x0 + 214, y, 36, 26, "State", app.state)
        hrr_field(c, x0 + 276, y, 22, 42, "ZIP", app.zip)
        y -= 21
        hrr_field(c, x0, y, 104, 236, "Mailing address", app.mailing or "Same as above")
        y -= 24
        small_caps(c, x0 + 2, y, "This home is my", 7.6, gray=0.15)
        y -= 15
        hrr_tick(c, x0 + 10, y, app.occupancy == "primary_residence", "principal residence")
        hrr_tick(c, x0 + 120, y, app.occupancy == "second_home", "second home")
        hrr_tick(c, x0 + 210, y, app.occupancy == "investment_property", "rental / investment")
        y -= 20
        small_caps(c, x0 + 2, y, "I want to", 7.6, gray=0.15)
        y -= 15
        hrr_tick(c, x0 + 10, y, True, "keep the home")
        hrr_tick(c, x0 + 120, y, False, "sell the home")
        hrr_tick(c, x0 + 210, y, False, "not sure yet")
        # right panel
        x1 = 416.0
        hrr_heading(c, x1, 528, "3", "What happened")
        small_caps(c, x1 + 2, 504, "Check every reason that applies", 7.6, gray=0.15)
        y = 488
        for i, reason in enumerate(HRR_REASONS):
            hrr_tick(c, x1 + 10, y, HARDSHIPS[i] in app.hardships, reason, size=8.6)
            y -= 17
        y -= 4
        hrr_field(c, x1, y, 80, 260, "Explain other", app.other_text)
        y -= 30
        hrr_field(c, x1, y, 160, 90, "Hardship began (mm/dd/yyyy)", mdy(app.start) if app.start else "")
        y -= 24
        small_caps(c, x1 + 2, y, "I expect it to last", 7.6, gray=0.15)
        y -= 15
        hrr_tick(c, x1 + 10, y, app.duration == "short", "6 months or less")
        hrr_tick(c, x1 + 120, y, app.duration == "long", "more than 6 months")
        y -= 17
        hrr_tick(c, x1 + 10, y, app.duration == "resolved", "it is over - resolved on")
        c.setFillColor(SHADE)
        c.rect(x1 + 140, y - 3, 80, 14, stroke=0, fill=1)
        c.setFillColor(black)
        y -= 30
        small_caps(c, x1 + 2, y, "Anyone on active military duty", 7.6, gray=0.15)
        hrr_tick(c, x1 + 170, y, False, "yes")
        hrr_tick(c, x1 + 215, y, True, "no")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        x0 = 36.0
        hrr_field(c, x0, 522, 104, 120, "Loan number", app.loan)
        hrr_heading(c, x0, 494, "4", "Household income each month")
        c.setFont("Helvetica", 7.5)
        c.drawString(x0, 476, "Gross amounts, before taxes, for everyone on the loan. Leave a line blank if it "
                              "does not apply.")
        y = 452
        for k, label in zip(INCOMES, HRR_INCOME, strict=True):
            amount = app.income.get(k, 0.0)
            hrr_field(c, x0, y, 236, 104, label, ("$ " + money(amount)) if amount > 0 else "", right=True)
            y -= 21
        c.setLineWidth(0.8)
        c.line(x0 + 236, y + 17, x0 + 340, y + 17)
        small_caps(c, x0 + 231, y + 4.5, "Total monthly income", 8.2, font="Helvetica-Bold", right=True)
        c.setFillColor(SHADE)
        c.rect(x0 + 236, y, 104, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawRightString(x0 + 336, y + 4, "$ " + money(app.total))
        y -= 40
        hrr_heading(c, x0, y, "5", "Money in the bank")
        y -= 26
        hrr_field(c, x0, y, 236, 104, "Checking and cash", "$ 1,105.00", right=True)
        y -= 21
        hrr_field(c, x0, y, 236, 104, "Savings, CDs, money market", "$ 240.00", right=True)
        # right panel: certification and signatures
        x1 = 416.0
        hrr_heading(c, x1, 528, "6", "Certify and sign")
        y = paragraphs(c, x1, 506, 340, [
            "By signing, I certify that everything in this request is true and complete and that the hardship I "
            "described contributed to my need for help. I agree to send the documents Harrowgate asks for and "
            "consent to Harrowgate obtaining a credit report for each borrower named.",
            "I understand that knowingly giving false information may violate federal law, and that Harrowgate "
            "is not required to offer me assistance because I submitted this request."],
            font="Helvetica", size=7.8, leading=10, gap=5)
        marks: list[Mark] = []
        y -= 22
        people = [("Borrower", app.borrower, app.b_signs, app.b_dates, 0),
                  ("Co-borrower", app.co or "", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, name, signs, dates, k in people:
            small_caps(c, x1 + 2, y + 4, f"{role} signature", 7.6, gray=0.15)
            c.setLineWidth(0.6)
            c.line(x1 + 100, y + 2, x1 + 250, y + 2)
            small_caps(c, x1 + 262, y + 4, "Date", 7.6, gray=0.15)
            c.setFillColor(SHADE)
            c.rect(x1 + 286, y, 70, 15, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7)
            c.drawString(x1 + 100, y - 8, f"Printed name: {name}")
            if signs:
                marks.append(Mark("sig", x1 + 104, y + 3, w=130, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", x1 + 289, y + 3, mdy(app.signed_on), size=10.5,
                                      seed=app.seed + 9 + k))
                else:
                    c.setFont("Helvetica", 9.5)
                    c.drawString(x1 + 290, y + 4, mdy(app.signed_on))
            y -= 52
        c.setFillGray(0.95)
        c.rect(x1, 70, 340, 76, stroke=0, fill=1)
        c.setFillColor(black)
        small_caps(c, x1 + 8, 132, "Send with this request", 8, font="Helvetica-Bold")
        c.setFont("Helvetica", 7.4)
        for i, ln in enumerate(("Your most recent pay stubs, or two recent bank statements showing your pay",
                                "Award letters for any benefits you listed in section 4",
                                "A letter explaining your hardship, and the papers section 3 asks for",
                                "Mail, fax or upload to Harrowgate at the address above")):
            c.drawString(x1 + 12, 118 - 11 * i, "-  " + ln)
        return marks

    return Paper([page1, page2], size)


# Maine Foreclosure Diversion Program, "Borrower Financial Worksheet" (FDP-7): tables, choices in ( ).

FDP_REASONS = ("Unemployment", "Reduction in income / hours", "Increase in housing expenses",
               "Disaster (fire, flood, storm)", "Illness or disability", "Divorce or legal separation",
               "Separation of unmarried co-owners", "Death of homeowner or wage earner",
               "Job relocation / transfer", "Other (explain)")
FDP_INCOME = ("1. Wages, salary, overtime, tips, bonus", "2. Self-employment income (net)",
              "3. Unemployment compensation", "4. Social Security, pension, disability (taxable)",
              "5. Non-taxable SS, SSI or VA disability", "6. Rental income (net)", "7. Investment or insurance",
              "8. Alimony, child support, other")


def paren(c: Canvas, x: float, y: float, marked: bool, label: str, size: float = 8.8) -> float:
    """A choice set as ( X ) label - the way this worksheet asks to be marked."""
    c.setFont("Times-Roman", size)
    c.drawString(x, y, "(")
    if marked:
        c.setFont("Helvetica-Bold", size)
        c.drawCentredString(x + 8.2, y, "X")
    c.setFont("Times-Roman", size)
    c.drawString(x + 13, y, ")")
    c.drawString(x + 20, y, label)
    return x + 20 + stringWidth(label, "Times-Roman", size)


def fdp_table(c: Canvas, x: float, top: float, widths: Sequence[float], rows: Sequence[Sequence[str]],
              row_h: float = 17, head: Sequence[str] | None = None, bold_last: bool = False,
              right_cols: Sequence[int] = ()) -> float:
    """A ruled grid; column 0 holds the printed label (serif), the others the typed answers."""
    y = top
    total_w = sum(widths)
    if head:
        c.setFillGray(0.85)
        c.rect(x, y - row_h, total_w, row_h, stroke=1, fill=1)
        c.setFillColor(black)
        xx = x
        c.setFont("Times-Bold", 8.5)
        for w, t in zip(widths, head, strict=True):
            c.drawCentredString(xx + w / 2, y - row_h + 5, t)
            xx += w
        y -= row_h
    for r, row in enumerate(rows):
        xx = x
        for i, (w, t) in enumerate(zip(widths, row, strict=True)):
            c.rect(xx, y - row_h, w, row_h, stroke=1, fill=0)
            last = bold_last and r == len(rows) - 1
            if i == 0:
                c.setFont("Times-Bold" if last else "Times-Roman", 8.8)
                c.drawString(xx + 4, y - row_h + 5, t)
            else:
                c.setFont("Helvetica-Bold" if last else "Helvetica", 9.3)
                if i in right_cols:
                    c.drawRightString(xx + w - 5, y - row_h + 5, t)
                else:
                    c.drawString(xx + 5, y - row_h + 5, t)
            xx += w
        y -= row_h
    return y


def fdp7(app: App, docket: str, servicer: str, session: dt.date, ink: bool) -> Paper:
    """The state mediation program's two-page Borrower Financial Worksheet, typed in the program's fillable PDF
    and printed; signed (and dated) by hand or, when not ink, typed."""

    def header(c: Canvas, page: int) -> None:
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 752, "STATE OF MAINE  -  JUDICIAL BRANCH")
        c.setFont("Times-Bold", 11)
        c.drawCentredString(W / 2, 739, "FORECLOSURE DIVERSION PROGRAM")
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 722, "BORROWER FINANCIAL WORKSHEET")
        c.setFont("Times-Roman", 7.5)
        c.drawString(40, 708, "FDP-7, Rev. 01/2039")
        c.drawRightString(572, 708, f"Page {page} of 2")
        c.setLineWidth(1.2)
        c.line(40, 702, 572, 702)
        c.setLineWidth(0.5)

    def part(c: Canvas, y: float, title: str) -> float:
        c.setFillGray(0.15)
        c.rect(40, y - 3, 532, 13, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(45, y, title)
        c.setFillColor(black)
        return y - 6

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        paragraphs(c, 40, 690, 532, [
            "Complete this worksheet and deliver it, with copies of the documents listed in Part F, to your lender "
            "or loan servicer at least 14 days before your first mediation session. Mark a choice by typing or "
            "writing an X between the parentheses, like this: ( X ). Amounts are monthly and before taxes."],
            size=8.8, leading=11)
        y = part(c, 652, "PART A.  CASE AND LOAN")
        y = fdp_table(c, 40, y, [150, 382], [
            ["Docket number", docket], ["Lender / servicer", servicer], ["Loan number", app.loan],
            ["First mediation session", mdy(session)]])
        y = part(c, y - 16, "PART B.  HOMEOWNERS")
        y = fdp_table(c, 40, y, [150, 191, 191], [
            ["Full name", app.borrower, app.co or ""], ["Last 4 digits of SSN", app.ssn[-4:], (app.co_ssn or "")[-4:]],
            ["Telephone", app.phone, app.phone if app.co else ""], ["E-mail", app.email, ""]],
            head=["", "HOMEOWNER 1 (BORROWER)", "HOMEOWNER 2 (CO-BORROWER)"])
        y = part(c, y - 16, "PART C.  PROPERTY")
        y = fdp_table(c, 40, y, [150, 382], [
            ["Street address", app.street], ["City or town", app.city],
            ["State and ZIP code", f"{app.state}  {app.zip}"]])
        c.rect(40, y - 22, 532, 22, stroke=1, fill=0)
        c.setFont("Times-Roman", 8.8)
        c.drawString(44, y - 15, "The property is:")
        xx = paren(c, 120, y - 15, app.occupancy == "primary_residence", "my primary residence")
        xx = paren(c, xx + 16, y - 15, app.occupancy == "second_home", "a second / seasonal home")
        paren(c, xx + 16, y - 15, app.occupancy == "investment_property", "a rental / investment property")
        y = part(c, y - 40, "PART D.  HARDSHIP")
        c.setFont("Times-Roman", 8.8)
        c.drawString(44, y - 12, "Reason(s) you fell behind - mark every one that applies:")
        yy = y - 28
        for i, reason in enumerate(FDP_REASONS):
            col, row = divmod(i, 5)
            paren(c, 60 + col * 256, yy - 14 * row, HARDSHIPS[i] in app.hardships, reason)
        yy -= 5 * 14 + 4
        c.drawString(60, yy, "If other, explain:")
        c.line(132, yy - 2, 572, yy - 2)
        c.setFont("Helvetica", 9.3)
        c.drawString(136, yy, app.other_text)
        yy -= 22
        c.setFont("Times-Roman", 8.8)
        c.drawString(44, yy, "Date the hardship began:")
        c.rect(150, yy - 5, 80, 16, stroke=1, fill=0)
        c.setFont("Helvetica", 9.3)
        c.drawString(155, yy, mdy(app.start) if app.start else "")
        c.setFont("Times-Roman", 8.8)
        c.drawString(244, yy, "(month / day / year)")
        yy -= 20
        c.drawString(44, yy, "The hardship is:")
        xx = paren(c, 120, yy, app.duration == "short", "temporary (6 months or less)")
        xx = paren(c, xx + 14, yy, app.duration == "long", "long-term or permanent")
        paren(c, xx + 14, yy, app.duration == "resolved", "resolved as of ________")
        c.setFont("Times-Italic", 7.5)
        c.drawCentredString(W / 2, 40, "Continue on page 2.  Keep a copy of this worksheet for your mediation session.")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        c.setFont("Times-Roman", 8.8)
        c.drawString(40, 688, f"Docket number: {docket}      Loan number: {app.loan}")
        y = part(c, 670, "PART E.  MONTHLY GROSS HOUSEHOLD INCOME")
        rows = []
        for k, label in zip(INCOMES, FDP_INCOME, strict=True):
            tot = app.income.get(k, 0.0)
            co = app.co_income.get(k, 0.0)
            b = r2(tot - co)
            rows.append([label, money(b) if b > 0 else "", money(co) if co > 0 else "", money(tot) if tot > 0 else ""])
        cb = r2(sum(app.income.values()) - sum(app.co_income.values()))
        rows.append(["9. TOTAL (add lines 1-8)", money(cb), money(r2(sum(app.co_income.values()))) if app.co_income
                     else "", money(app.total)])
        y = fdp_table(c, 40, y, [218, 105, 105, 104], rows, head=["SOURCE", "HOMEOWNER 1  $", "HOMEOWNER 2  $",
                                                                  "HOUSEHOLD TOTAL  $"],
                      bold_last=True, right_cols=(1, 2, 3))
        y = part(c, y - 16, "PART F.  DOCUMENTS DELIVERED WITH THIS WORKSHEET")
        c.setFont("Times-Roman", 8.8)
        docs = ["pay stubs for the last 30 days", "two most recent bank statements", "benefit award letters",
                "hardship letter", "signed IRS Form 4506-C", "most recent tax return"]
        for i, d in enumerate(docs):
            col, row = divmod(i, 3)
            paren(c, 60 + col * 256, y - 14 - 14 * row, False, d)
        c.setFont("Times-Italic", 7.8)
        c.drawString(60, y - 62, "(The servicer will list anything still needed in its response before mediation.)")
        y = part(c, y - 84, "PART G.  CERTIFICATION")
        y = paragraphs(c, 40, y - 14, 532, [
            "Each homeowner certifies that the information in this worksheet is true and complete to the best of "
            "his or her knowledge, and authorizes the lender or servicer to verify it, including by obtaining a "
            "credit report. The homeowners understand that the mediator does not decide whether a loan "
            "modification or other relief is granted."], size=8.8, leading=11)
        marks: list[Mark] = []
        top = y - 6
        widths = [90, 210, 140, 92]
        fdp_table(c, 40, top, widths, [["Homeowner 1", "", app.borrower, ""],
                                       ["Homeowner 2", "", app.co or "", ""]], row_h=34,
                  head=["", "SIGNATURE", "PRINTED NAME", "DATE"])
        people = [(app.b_signs, app.b_dates, 0), (bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for signs, dates, k in people:
            ry = top - 34 * (k + 2) + 9  # the row's bottom rule, plus a little
            if signs:
                marks.append(Mark("sig", 140, ry, w=160, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 488, ry + 1, mdy(app.signed_on), size=11, seed=app.seed + 9 + k))
                else:
                    c.setFont("Helvetica", 9.3)
                    c.drawString(488, ry + 2, mdy(app.signed_on))
        c.setFont("Times-Italic", 7.5)
        c.drawCentredString(W / 2, 40, "Deliver to the lender / servicer, and bring a copy to mediation.  FDP-7")
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
    extra_pages: list[tuple[str, int]] = field(default_factory=list)  # separator sheets and fax covers

    def pdf(self, rel: str, data: bytes, doc: Doc, n: int) -> None:
        """A born-digital file holding one document of n pages."""
        self.files[rel] = data
        doc.pages = [(rel, 1 + i) for i in range(n)]
        self.docs.append(doc)

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan,
             fax: tuple[str, dt.datetime] | None = None) -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            else:
                self.extra_pages += [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
            sheets.extend(pages)
        if fax:
            fax_headers(sheets, fax[0], fax[1], style.dpi)
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


def form4506c_doc(signed_on: dt.date | None) -> Doc:
    return Doc("irs_form_4506c", {"signed": signed_on is not None,
                                  "signed_on": signed_on.isoformat() if signed_on else None},
               signed_on, signed=signed_on is not None)


def fresh(d: dt.date | None, received: dt.date) -> bool:
    return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    required = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
                "income": [v for v in app.income.values() if v > 0]}
    out += [f"application_field:{k}" for k, v in required.items() if not v]
    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(a.date, received) and fresh(b.date, received)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stub_ok = any(d.type == "pay_stub" and fresh(d.date, received) and d.fields.get("gross_ytd") is not None
                  for d in docs)

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date, received) for d in docs)

    rules = {"wages": stub_ok or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank}
    out += [f"income_doc:{k}" for k, v in app.income.items() if v > 0 and not rules[k]]
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    out += [f"hardship_doc:{h}" for h in app.hardships if h in need and not (need[h] & types)]
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


def payroll_county(state_tax: str, rate: float, pension: str, pct: float) -> Payroll:
    return Payroll(0.085, rate, pretax_pct=((f"{pension} {pct * 100:.2f}%", pct),),
                   pretax_fixed=(("Health plan (pre-tax)", 88.40), ("457(b) deferred comp", 40.00)),
                   post_fixed=(("Union dues L1812", 19.25),), state_name=state_tax)


def payroll_retail(state_tax: str, rate: float) -> Payroll:
    return Payroll(0.07, rate, pretax_pct=(("401(k) 4%", 0.04),), pretax_fixed=(("Medical - Associate", 31.50),),
                   post_fixed=(("Stock purchase plan", 10.00),), state_name=state_tax)


WEXCOMBE = ("Wexcombe", "Maine", "County Office Building, 142 Main Street, Alford, ME 04021")


def packet_al1(seed: int) -> Packet:
    received = dt.date(2039, 3, 21)
    home = ("17 Birch Hollow Lane", "Gorham, ME 04038")
    job = CountyJob(*WEXCOMBE, "Theodora J. Kwiatkowski", "W-004417", "Registry of Deeds", "Deputy Register II", 11,
                    5, 24.385, "MainePERS", 0.075, payroll_county("Maine income tax", 0.052, "MainePERS", 0.075), home)
    stubs = [county_stub(job, d) for d in (dt.date(2039, 3, 4), dt.date(2039, 3, 18))]
    rjob = RetailJob("Emil R. Kwiatkowski", f"BR{seed % 10}88213", "Store #3317 - Westbrook, ME", "Lumber", 17.85,
                     (21.0, 34.0), payroll_retail("Maine income tax", 0.045), home)
    co_stub = retail_stub(rjob, dt.date(2039, 3, 17))
    app = App("0057318824", "Theodora J. Kwiatkowski", "951-44-2870", "17 Birch Hollow Lane", "Gorham", "ME", "04038",
              "(207) 555-0161", "theo.kwiatkowski@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2038, 11, 6), "long", {"wages": r2(stubs[-1].monthly + co_stub.monthly)}, dt.date(2039, 3, 19),
              co="Emil R. Kwiatkowski", co_ssn="951-62-0193", seed=seed + 11)
    p = Packet("al1", received, app, [])
    f = app.loan
    p.pdf(f"{f}/Mortgage Assistance Application - signed.pdf", form710_screen(app), app_doc(), 4)
    for s in stubs:
        p.pdf(f"{f}/Theo pay {s.date.strftime('%m-%d-%Y')}.pdf", paper_pdf(s.paper), stub_doc(s), 1)
    p.pdf(f"{f}/Emil BuildRight paystub.pdf", paper_pdf(co_stub.paper), stub_doc(co_stub), 1)
    on = dt.date(2039, 3, 19)
    hl = hardship_letter([app.borrower, app.co or ""], home, app.loan, on, "Loan servicer for Fannie Mae", [
        "We are writing to explain why we fell behind on our mortgage this winter. Emil works in the lumber yard "
        "at the BuildRight store in Westbrook. Since November the store has cut the yard crew to part-time "
        "schedules, and his hours have dropped from about forty a week to between twenty and thirty-four.",
        "My own pay from the county has not changed, but together we bring home about $1,100 a month less than "
        "we did last fall. We have paid what we could each month and want to keep our home. We are asking to be "
        "reviewed for a loan modification or another program that brings the payment within our income."],
        ink=False, seed=seed, style="block")
    p.pdf(f"{f}/hardship letter.pdf", paper_pdf(hl), hardship_doc(on), 1)
    return p


def packet_al2(seed: int) -> Packet:
    received = dt.date(2039, 4, 19)
    home = ("2290 Rockville Pike, Apt 514", "Rockville, MD 20852")
    rjob = RetailJob("Priya S. Venkataraman", f"BR{seed % 10}41207", "Store #1142 - Rockville, MD",
                     "Kitchen & Bath Design", 21.40, (30.0, 44.0), payroll_retail("Maryland income tax", 0.055), home)
    stubs = [retail_stub(rjob, d) for d in (dt.date(2039, 4, 7), dt.date(2039, 4, 14))]
    app = App("7720416593", "Priya S. Venkataraman", "968-20-5531", "41 Harbor Road, Unit C-12", "Ocean City", "MD",
              "21842", "(240) 555-0187", "priya.v@example.com", "second_home", ["increase_in_housing_expenses"], None,
              "long", {"wages": 3900.00}, dt.date(2039, 4, 15), mailing=", ".join(home), seed=seed + 21)
    p = Packet("al2", received, app, ["application_field:hardship_start_date"])
    p.pdf("Homeowner Relief Request.pdf", paper_pdf(hrr2(app, ink=False)), app_doc(), 2)
    p.pdf("paystub.pdf", paper_pdf(stubs[0].paper), stub_doc(stubs[0]), 1)
    p.pdf("paystub (1).pdf", paper_pdf(stubs[1].paper), stub_doc(stubs[1]), 1)
    hoa = hoa_notice(app.borrower, home, dt.date(2039, 1, 20), "C-12", 9840.00)
    p.pdf("HOA special assessment.pdf", paper_pdf(hoa.paper), letter_doc(hoa), 1)
    on = dt.date(2039, 4, 15)
    hl = hardship_letter([app.borrower], home, app.loan, on, "Harrowgate Mortgage Company", [
        "I bought my condo at Lakeshore Pointe in 2031 and lived in it until I moved closer to my job in "
        "Rockville. I still use it on weekends and I have never missed a payment until this year.",
        "In January the association approved a special assessment of $9,840 for new roofs and siding. I chose "
        "the monthly plan, which added $820 a month to my dues, and at the same time my escrow payment went up "
        "because of the new county tax assessment. Between the two I cannot pay the mortgage, the dues and my "
        "rent. I am asking for a lower payment for the next year while the assessment is paid off."],
        ink=False, seed=seed, style="block")
    p.pdf("hardship letter.pdf", paper_pdf(hl), hardship_doc(on), 1)
    return p


def packet_al3(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2039, 5, 16)
    home = ("208 Shore Acres Road", "Harpswell, ME 04079")
    holders = ["Caleb T. Marston", "Ruth A. Marston"]
    va_amt = 1663.06
    s1_start, s1_end = cycle_bounds(2039, 2, 21)
    s2_start, s2_end = cycle_bounds(2039, 3, 21)
    c1 = [(3, "DEPOSIT - BRANCH", 1850.00), ((dt.date(2039, 3, 1) - s1_start).days, "VA BENEFITS XXVA310", va_amt),
          (12, "MOBILE DEPOSIT - CHECK", 1275.00), (20, "DEPOSIT - BRANCH", 940.00), (25, "SQUARE INC SQ DEP", 612.40)]
    c2 = [(2, "MOBILE DEPOSIT - CHECK", 1420.00), ((dt.date(2039, 4, 1) - s2_start).days, "VA BENEFITS XXVA310",
                                                   va_amt), (14, "DEPOSIT - BRANCH", 1688.50),
          (22, "SQUARE INC SQ DEP", 534.75), (27, "MOBILE DEPOSIT - CHECK", 760.00)]
    s1 = sandstone_statement(rng, holders, home, "4471093358", s1_start, s1_end, 2308.17, c1, 1184,
                             [("Town of Harpswell", 412.00), ("Maine Mutual Fire Insurance", 186.25),
                              ("Brunswick Marine Supply", 347.80)])
    s2 = sandstone_statement(rng, holders, home, "4471093358", s2_start, s2_end, s1.fields["ending_balance"], c2,
                             1187, [("Brunswick Marine Supply", 522.14), ("Harpswell Oil Co.", 289.90),
                                    ("Mid Coast Hospital", 150.00), ("Town of Harpswell", 412.00)])
    va = va_award_letter("Ruth A. Marston", home, dt.date(2039, 4, 2), va_amt, dt.date(2038, 12, 1), 70)
    app = App("3309184476", "Caleb T. Marston", "939-07-6642", "208 Shore Acres Road", "Harpswell", "ME", "04079",
              "(207) 555-0135", "marstonboatworks@example.com", "primary_residence",
              ["reduction_in_income", "disability_or_illness"], dt.date(2038, 12, 2), "long",
              {"self_employment": 4180.00, "benefits_nontaxable": va_amt}, dt.date(2039, 5, 9),
              co="Ruth A. Marston", co_ssn="939-51-2208", co_income={"benefits_nontaxable": va_amt}, seed=seed + 31)
    p = Packet("al3", received, app, [])
    style = Scan(dpi=300, tilt=0.3, blur=0.65, noise=0.0004)
    on = dt.date(2039, 5, 9)
    hl = hardship_letter(holders, home, app.loan, on, "Ironbridge Loan Servicing", [
        "In December my wife Ruth had a stroke. She is recovering at home, but she cannot be left alone for long, "
        "and I have had to turn down most of the winter haul-outs and repair jobs that keep my boat shop going "
        "through the slow season. My business income has dropped by more than a third.",
        "Ruth's VA disability compensation was increased in December, which helps, but it does not make up for "
        "the work I have lost. We are asking Ironbridge to consider a modification before our mediation session "
        "so that we can keep the house we have lived in for twenty-six years."],
        ink=True, seed=seed + 3, style="modified")
    t_pdf, t_marks = form4506c_page("Caleb", "T", "Marston", "939-07-6642", "208 Shore Acres Road", "Harpswell",
                                    "ME", "04079", "Ironbridge Loan Servicing", "(888) 555-0126", dt.date(2039, 5, 9),
                                    "(207) 555-0135", sign_screen=False, seed=seed + 36)
    p.scan("MAILRM_20390516_093114.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(), scan_paper(fdp7(app, "WESDC-RE-39-0117", "Ironbridge Loan Servicing", dt.date(2039, 6, 6),
                                    ink=True), style, seed + 301)),
        (hardship_doc(on), scan_paper(hl, style, seed + 302)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 303)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 304)),
        (letter_doc(va), scan_paper(va.paper, style, seed + 305)),
        (form4506c_doc(dt.date(2039, 5, 9)), scan_sheets(t_pdf, [t_marks], style, seed + 306))], style)
    return p


def packet_al4(seed: int) -> Packet:
    received = dt.date(2039, 6, 13)
    home = ("63 Van Buren Street", "Marlow Falls, NY 13326")
    job = CountyJob("Ostrander", "New York", "County Office Building, 5 Court Street, Marlow Falls, NY 13326",
                    "Margaret A. Doyle", "OC-22871", "Department of Social Services", "Senior Account Clerk", 9, 7,
                    22.114, "NYSLRS", 0.03, payroll_county("New York State tax", 0.048, "NYSLRS", 0.03), home)
    stubs = [county_stub(job, d) for d in (dt.date(2039, 2, 18), dt.date(2039, 3, 4))]
    pension = pension_letter(("Upstate Carpenters Pension Fund", "270 Genesee Street, Utica, NY 13502"),
                             "Margaret A. Doyle", home, dt.date(2039, 4, 25), 1208.50, "surviving spouse pension",
                             dt.date(2039, 3, 1))
    cert = death_certificate("Thomas Patrick Doyle", dt.date(2039, 1, 29), dt.date(1972, 6, 11),
                             "Ostrander Memorial Hospital, Marlow Falls", "Ostrander", "Margaret A. Doyle",
                             dt.date(2039, 2, 8), state=("STATE OF NEW YORK", "Department of Health  -  Bureau of "
                                                         "Vital Records"))
    app = App("4820037715", "Margaret A. Doyle", "972-18-4407", "63 Van Buren Street", "Marlow Falls", "NY", "13326",
              "(315) 555-0119", "mdoyle63@example.net", "primary_residence", ["death"], dt.date(2039, 1, 29), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1208.50}, dt.date(2039, 6, 6), seed=seed + 41)
    p = Packet("al4", received, app, ["income_doc:wages"])
    style = Scan(dpi=240, tilt=0.45, blur=0.55, noise=0.0006)
    on = dt.date(2039, 6, 6)
    hl = hardship_letter([app.borrower], home, app.loan, on, "Mortgage servicer for Fannie Mae", [
        "My husband Thomas died suddenly on January 29 of a heart attack. He was a union carpenter and earned "
        "most of our income. I have worked for the county for eleven years, but my pay alone does not cover the "
        "mortgage and the household bills.",
        "His union pension fund now pays me a surviving spouse pension, which I have listed on the application. "
        "I would like to stay in our home and I am asking to be considered for a modification."],
        ink=True, seed=seed + 4, style="modified")
    p.scan(f"Doyle {app.loan} packet.pdf", [
        (app_doc(), form710_ink(app, style, seed + 400)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 401)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 402)),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 403)),
        (letter_doc(cert), scan_paper(cert.paper, style, seed + 404)),
        (hardship_doc(on), scan_paper(hl, style, seed + 405))], style)
    return p


def packet_al5(seed: int) -> Packet:
    received = dt.date(2039, 7, 18)
    home = ("9 Pitch Pine Drive", "Saco, ME 04072")
    rjob = RetailJob("Desmond K. Achterberg", f"BR{seed % 10}60931", "Store #3320 - Saco, ME", "Garden Center", 18.60,
                     (30.0, 45.0), payroll_retail("Maine income tax", 0.045), home)
    stubs = [retail_stub(rjob, d) for d in (dt.date(2039, 7, 7), dt.date(2039, 7, 14))]
    app = App("6105528390", "Desmond K. Achterberg", "924-33-8817", "9 Pitch Pine Drive", "Saco", "ME", "04072",
              "(207) 555-0128", "d.achterberg@example.com", "primary_residence", ["unemployment"],
              dt.date(2039, 4, 28), "short", {"wages": 3350.00, "unemployment": 1432.00}, dt.date(2039, 7, 15),
              co="Lucia M. Achterberg", co_ssn="924-70-1146", co_income={"unemployment": 1432.00}, co_signs=False,
              seed=seed + 51)
    p = Packet("al5", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0007, fax=True)
    cover = fax_cover("Pack N Ship of Saco", "(207) 555-0104", "(207) 555-0188", "Ironbridge Loan Servicing",
                      "(888) 555-0127", received, 5, f"Loan {app.loan} - FDP-7 worksheet")
    p.scan("FAX_2075550188_20390718142205.pdf", [
        (None, scan_paper(cover, style, seed + 500)),
        (app_doc(), scan_paper(fdp7(app, "BIDDC-RE-39-0342", "Ironbridge Loan Servicing", dt.date(2039, 8, 9),
                                    ink=True), style, seed + 501)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 502)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 503))], style,
        fax=("PACK N SHIP SACO 2075550188", dt.datetime(2039, 7, 18, 14, 20, 31)))
    return p


def packet_al6(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2039, 8, 15)
    home = ("5417 Ballenger Creek Pike", "Frederick, MD 21703")
    net = 1512.37
    c1 = [(1, "MD CHILD SUPPORT EFT", 650.00), (15, "MONOCACY VALLEY HEA PAYROLL PPD", net),
          (30, "MONOCACY VALLEY HEA PAYROLL PPD", net)]
    c2 = [(1, "MD CHILD SUPPORT EFT", 650.00), (15, "MONOCACY VALLEY HEA PAYROLL PPD", net),
          (29, "MONOCACY VALLEY HEA PAYROLL PPD", net)]
    s1 = pinnacle_statement(rng, "Natalie R. Fairbanks", home, "6630114902887351", 2039, 6, 904.33, c1)
    s2 = pinnacle_statement(rng, "Natalie R. Fairbanks", home, "6630114902887351", 2039, 7,
                            s1.fields["ending_balance"], c2)
    decree = divorce_decree("Natalie R. Fairbanks", "Gregory L. Fairbanks", "C-10-FM-38-001274",
                            dt.date(2039, 2, 27), "the parties' minor children, Owen and Claire", 650.00,
                            "5417 Ballenger Creek Pike, Frederick, Maryland 21703")
    app = App("2218840965", "Natalie R. Fairbanks", "947-09-3318", "5417 Ballenger Creek Pike", "Frederick", "MD",
              "21703", "(301) 555-0176", "nfairbanks@example.org", "primary_residence", ["divorce_or_separation"],
              dt.date(2038, 9, 15), "long", {"wages": 3912.50, "other": 650.00}, dt.date(2039, 8, 10), seed=seed + 61)
    p = Packet("al6", received, app, [])
    style = Scan(dpi=200, tilt=0.4, blur=0.5, noise=0.0005)
    p.scan("scan0001.pdf", [(app_doc(), scan_paper(hrr2(app, ink=True), style, seed + 600))], style)
    p.scan("scan0002.pdf", [(letter_doc(decree), scan_paper(decree.paper, style, seed + 601))], style)
    p.pdf("Statement_06-30-2039.pdf", paper_pdf(s1.paper), stmt_doc(s1), 2)
    p.pdf("Statement_07-31-2039.pdf", paper_pdf(s2.paper), stmt_doc(s2), 2)
    on = dt.date(2039, 8, 10)
    hl = hardship_letter([app.borrower], home, app.loan, on, "Harrowgate Mortgage Company", [
        "My husband and I separated last September and our divorce became final in February. Under the "
        "judgment the house was transferred to me and I am now solely responsible for the mortgage. Until the "
        "separation we paid it from two incomes.",
        "I work full time in billing at Monocacy Valley Health and receive child support of $650 a month for our "
        "two children. That is not enough to cover the full payment along with child care. I would like to keep "
        "the house so the children can stay in their school, and I am asking for a modification."],
        ink=False, seed=seed, style="block")
    p.pdf("Letter to Harrowgate.pdf", paper_pdf(hl), hardship_doc(on), 1)
    return p


def packet_al7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2039, 9, 26)
    home = ("77 Old County Road", "Windham, ME 04062")
    holders = ["Howard P. Lindqvist", "Ingrid S. Lindqvist"]
    job = CountyJob(*WEXCOMBE, "Howard P. Lindqvist", "W-002291", "Highway Department", "Equipment Operator III", 8, 9,
                    25.62, "MainePERS", 0.075, payroll_county("Maine income tax", 0.052, "MainePERS", 0.075), home)
    stub = county_stub(job, dt.date(2039, 9, 16))

    def nets(start: dt.date, end: dt.date) -> list[tuple[int, str, float]]:
        out = []
        for ch in county_checks(job, end):
            if start <= ch.pay_date <= end:
                out.append(((ch.pay_date - start).days, "WEXCOMBE CTY PAYROLL DIR DEP",
                            county_stub(job, ch.pay_date).fields["net_current"]))
        return out

    s1_start, s1_end = cycle_bounds(2039, 6, 21)
    s2_start, s2_end = cycle_bounds(2039, 7, 21)
    rent1 = [((dt.date(2039, 7, 2) - s1_start).days, "MOBILE DEPOSIT - RENT APT B", 875.00)]
    rent2 = [((dt.date(2039, 8, 1) - s2_start).days, "MOBILE DEPOSIT - RENT APT B", 875.00)]
    s1 = sandstone_statement(rng, holders, home, "4471220917", s1_start, s1_end, 1602.40, nets(s1_start, s1_end) +
                             rent1, 3051, [("Town of Windham", 1240.00), ("Casco Bay Septic LLC", 1850.00)])
    s2 = sandstone_statement(rng, holders, home, "4471220917", s2_start, s2_end, s1.fields["ending_balance"],
                             nets(s2_start, s2_end) + rent2, 3053,
                             [("Casco Bay Septic LLC", 1850.00), ("Dead River Company", 318.44),
                              ("Windham Veterinary Clinic", 96.00)])
    app = App("0902267741", "Howard P. Lindqvist", "915-62-4470", "77 Old County Road", "Windham", "ME", "04062",
              "(207) 555-0152", "hlindqvist@example.net", "primary_residence",
              ["increase_in_housing_expenses", "other"], dt.date(2039, 5, 18), "short",
              {"wages": stub.monthly, "rental": 875.00}, dt.date(2039, 9, 20), co="Ingrid S. Lindqvist",
              co_ssn="915-80-2236", other_text="Septic system failed - $14,800 replacement not covered by insurance",
              seed=seed + 71)
    p = Packet("al7", received, app, ["hardship_doc:other", "irs_form_4506c"])
    style = Scan(dpi=200, tilt=0.5, blur=0.5, noise=0.0006)
    t_pdf, _ = form4506c_page("Howard", "P", "Lindqvist", "915-62-4470", "77 Old County Road", "Windham", "ME",
                              "04062", "Ironbridge Loan Servicing", "(888) 555-0126", None, "(207) 555-0152",
                              sign_screen=False, seed=seed + 76)
    f = app.loan
    parts: list[tuple[Doc, list[ScannedPage]]] = [
        (app_doc(), scan_paper(fdp7(app, "CUMSC-RE-39-0588", "Ironbridge Loan Servicing", dt.date(2039, 10, 18),
                                    ink=True), style, seed + 700)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 701)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 702)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 703)),
        (form4506c_doc(None), scan_sheets(t_pdf, [[]], style, seed + 704))]
    for i, (doc, pages) in enumerate(parts):
        p.scan(f"{f}/SCN_{107 + i:04d}.pdf", [(doc, pages)], style)
    return p


def packet_al8(seed: int) -> Packet:
    received = dt.date(2039, 10, 24)
    home = ("3104 Larkspur Court", "Hagerstown, MD 21740")
    rjob = RetailJob("Rafael E. Solano", f"BR{seed % 10}17740", "Store #2240 - Harrisburg, PA",
                     "Millwork - Dept. Supervisor", 24.75, (36.0, 46.0), payroll_retail("Pennsylvania income tax",
                                                                                         0.0307), home)
    stubs = [retail_stub(rjob, d) for d in (dt.date(2039, 10, 13), dt.date(2039, 10, 20))]
    pension = pension_letter(("Cumberland Valley Needle Trades Pension Plan", "18 West Antietam Street, "
                              "Hagerstown, MD 21740"), "Dolores M. Solano", home, dt.date(2039, 9, 12), 986.40,
                             "disability pension", dt.date(2036, 5, 1))
    reloc = relocation_letter("Rafael E. Solano", home, dt.date(2039, 8, 22), "Store #1187 in Hagerstown, Maryland",
                              "Store #2240 in Harrisburg, Pennsylvania", dt.date(2039, 9, 11), 1500.00)
    app = App("5530781264", "Rafael E. Solano", "933-45-1902", "3104 Larkspur Court", "Hagerstown", "MD", "21740",
              "(301) 555-0193", "rsolano@example.com", "primary_residence", ["relocation"], dt.date(2039, 9, 11),
              "long", {"wages": stubs[-1].monthly, "benefits_taxable": 986.40}, dt.date(2039, 10, 21),
              co="Dolores M. Solano", co_ssn="933-77-4025", seed=seed + 81)
    p = Packet("al8", received, app, [])
    p.pdf(f"Solano {app.loan} relief request.pdf", paper_pdf(hrr2(app, ink=False)), app_doc(), 2)
    for s in stubs:
        p.pdf(f"Solano paystub {s.date.strftime('%m-%d')}.pdf", paper_pdf(s.paper), stub_doc(s), 1)
    p.pdf("Dolores pension letter.pdf", paper_pdf(pension.paper), letter_doc(pension), 1)
    p.pdf("BuildRight transfer letter.pdf", paper_pdf(reloc.paper), letter_doc(reloc), 1)
    on = dt.date(2039, 10, 21)
    hl = hardship_letter([app.borrower, app.co or ""], home, app.loan, on, "Harrowgate Mortgage Company", [
        "In August BuildRight closed the millwork department at the Hagerstown store and transferred me to the "
        "Harrisburg store, seventy miles away. I kept my job and my pay rate, but I now rent a room in Harrisburg "
        "during the week and drive home on my days off.",
        "Dolores receives a small disability pension and cannot work. With the room, the fuel and the mortgage we "
        "are short every month. We want to keep the house until we can sell it and move together, and we ask for "
        "a lower payment in the meantime."], ink=False, seed=seed, style="block")
    p.pdf("Solano hardship letter.pdf", paper_pdf(hl), hardship_doc(on), 1)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_al1, packet_al2, packet_al3, packet_al4, packet_al5, packet_al6,
                                             packet_al7, packet_al8]


def as_case(exp: dict[str, Any]) -> dict[str, Any]:
    """expected.json dressed as a case.json, so the values can be checked against the spec's schema."""

    def fld(v: Any) -> dict[str, Any]:
        return {"value": v, "confidence": 1.0}

    app = exp["application"]
    application = {k: fld(v) for k, v in app.items() if k != "income"}
    application["income"] = {k: fld(v) for k, v in app["income"].items()}
    complete = exp["status"] == "complete"
    return {"schema_version": "1", "loan_number": exp["loan_number"], "program": "fannie_mae_710_2023@1",
            "status": exp["status"], "evaluated_on": exp["received_on"], "received_on": exp["received_on"],
            "complete_on": exp["received_on"] if complete else None, "acknowledgment_due": None,
            "application": application, "income_types": [k for k in app["income"] if k != "total"],
            "documents": [{"id": d["id"], "type": d["type"], "pages": d["pages"], "received_on": exp["received_on"],
                           "fields": {k: fld(v) for k, v in d["fields"].items()}} for d in exp["documents"]],
            "missing": [{"code": c, "description": c} for c in exp["missing"]], "needs_review": []}


def check(out: Path, extra: dict[str, list[tuple[str, int]]]) -> list[str]:
    """Validate every expected.json under out: the spec's schema and codes, types, dates, pages, scanned."""
    problems: list[str] = []
    try:
        import jsonschema

        validator: Any = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))
    except (ImportError, OSError):
        validator = None
        problems.append("schema not checked: jsonschema or the schema file is missing")
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for name in extra:
        exp_path = out / name / "expected.json"
        text = exp_path.read_text()
        exp = json.loads(text)
        if validator is not None:
            problems += [f"{name}: schema: {e.message}" for e in validator.iter_errors(as_case(exp))]
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
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
        if app["signed_on"] and dt.date.fromisoformat(app["signed_on"]) > received:
            problems.append(f"{name}: signed after it was received")
        if re.search(r"\b9\d\d-\d\d-\d{4}\b", text):
            problems.append(f"{name}: a full SSN reached expected.json")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
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
            f = doc["fields"]
            if doc["type"] == "pay_stub":
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                length = (dt.date.fromisoformat(f["period_end"]) - dt.date.fromisoformat(f["period_start"])).days + 1
                if length != {"weekly": 7, "biweekly": 14}[f["frequency"]]:
                    problems.append(f"{name}: pay period of {length} days for {f['frequency']}")
                if not f["gross_ytd"] >= f["gross_current"] > f["net_current"] > 0:
                    problems.append(f"{name}: stub figures {f}")
            if doc["type"] == "bank_statement" and f["period_end"] <= f["period_start"]:
                problems.append(f"{name}: statement period {f}")
        # every page of every file is a document's page, or a separator sheet / fax cover
        for path in sorted((exp_path.parent / "inbox").rglob("*")):
            if not path.is_file():
                continue
            rel = path.relative_to(exp_path.parent / "inbox").as_posix()
            n = len(readers.setdefault(rel, PdfReader(path)).pages)
            for i in range(1, n + 1):
                if (rel, i) not in seen and (rel, i) not in set(extra.get(name, [])):
                    problems.append(f"{name}: page {rel}#{i} belongs to no document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (al1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    extra: dict[str, list[tuple[str, int]]] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        extra[p.name] = p.extra_pages
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
        problems += check(args.out, extra)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
