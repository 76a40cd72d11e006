"""Holdout set bq (bq1..bq8): HOUSEHOLDS WITH MANY EARNERS AND MANY JOBS. Written blind: only shared/spec (README,
checklist.md, form710.md, domain-rules.md, architecture.md), shared/samples (the packets, expected.json and README),
shared/reference/README.md (the blank Form 710 and Form 4506-C are filled from there),
tests/sample_compare.py, benchmarks/sample_accuracy.py, the af scaffold in full and the module docstrings of the other
holdout sets were read - never the service's code, rules, data files, README, git history or other tests, and the
service was not run on these packets - to measure honestly how it reads layouts it has never seen.

    python benchmarks/holdout_packets_bq.py OUT_DIR [--seed N] [--check] [--only bq1 bq5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`; received dates are weekdays in 2047 (March to October). The
seed changes hours, tips, overtime, side-business sales, bank transactions, pen strokes and scanner noise, never
names, dates or the truth of the answers. `--check` re-derives every stub's year-to-date gross as the sum of that
job's checks of the year (from the hire date for a new job), checks that the earnings lines add up to it, that
YTD / checks is near the current gross, that the monthly gross is current x periods / 12, that the application's
lines add to its printed total, that every date is a weekday / not after the packet arrived, and READS BACK from the
printed paper every expected value (names, dates, current and YTD gross, net, balances, P&L net, letter dates, the
application's loan number, names, income lines and total); then it validates the written expected.json files (keys,
codes, types, that every listed page exists and `scanned` matches the absence of a text layer).

Households: each borrower has one to three jobs, some a second or third part-time job, some a job change during the
year (the final stubs of the old employer and the first of the new, whose YTD counts only from the hire date); every
pay frequency in one packet (bq1, bq8); non-borrower income (a brother-in-law's contribution), a boarder's rent,
child support ordered by a court and paid through a state disbursement unit, and a part-time side business.

Pay stubs (five layouts, each job's YTD = the sum of its checks this year; monthly_gross = current x 52/26/24/12 / 12):
- a TWO-PAGE "EARNINGS STATEMENT" (Tallgrass Distribution Center, Corliss Valve Works, Harlow Medical Billing,
  Merrimack Packaging, Halvorsen Freight Terminal, Greywater Regional Hospital, Orchard Valley Credit Bureau): page 1
  a grid of captioned boxes (employee, ID, position, pay frequency, period beginning / ending, ADVICE date, advice
  no.) and the earnings table (hours, rate, this period, year to date, GROSS EARNINGS); page 2 "(continued)" with
  taxes withheld, deductions and a coloured Summary grid of gross / taxes / deductions / NET PAY for this period and
  year to date; "Page 1 of 2" / "Page 2 of 2". Semi-monthly or bi-weekly.
- a restaurant's weekly stub from a RECEIPT PRINTER (Brightwater Grill, Copper Kettle Diner, Ember & Oak Tavern,
  Lantern Street Cafe): a narrow 3.5 x 8.5 inch page, all Courier capitals, dashed rules, SERVER WAGES (hours @ tipped
  rate) and CHARGED TIPS, minus-signed taxes, NET PAY, a YEAR TO DATE block at the bottom.
- a school district's monthly "STATEMENT OF EARNINGS AND DEDUCTIONS" (Fenwick Hollow, Pinecrest Unified, Ashby County,
  Marrow Creek): one framed box, serif type, "Pay schedule: Monthly (12 payments)", "For service" dates, "Check date",
  earnings and deductions side by side (current / calendar YTD, a pension percentage), then TOTAL GROSS, TOTAL
  DEDUCTIONS and NET PAY each with "Current" and "Year to date".
- a municipality's bi-weekly "PAYROLL VOUCHER" (Township of Ashgrove, Ransom County Clerk's Office, City of Brennan
  Falls, Village of Pell Lake): one ruled row of column heads PERIOD / PAY DATE / HOURS / GROSS / FED TAX / FICA /
  STATE / DEDUCT / NET PAY with a CURRENT row and a YEAR TO DATE row, earnings detail, a dashed tear line and a grey
  NON-NEGOTIABLE check below with a MICR line.
- a staffing agency's "Weekly Pay Statement" (Keystone Staffing Partners, Northstar Staffing Group, Summit Temp
  Solutions, Harbor Staffing Group): a rounded logo block, the assignment (client site), a Mon..Sun TIMESHEET grid of
  daily hours, "Week ending" and "Paid on", then pay items with current / YTD and net pay.
Statements: Tamarack State Bank's one-page "STATEMENT OF ACCOUNT" (a summary strip of previous balance, deposits (+),
withdrawals (-), new balance; an account history with +/- signed amounts and a running balance; "mm/dd/yyyy thru
mm/dd/yyyy"), joint holders in capitals.
Other papers: a non-borrower's signed "STATEMENT OF HOUSEHOLD CONTRIBUTION" (amount and frequency in bold; `other`);
a family court's "UNIFORM ORDER FOR CHILD SUPPORT" with a red FILED stamp and the judge's signature (`other`); a
state disbursement unit's landscape PAYMENT HISTORY printed from its web portal (case, payee, order amount, printed
date, a table of disbursements; `other`); a side business's typed "PROFIT AND LOSS STATEMENT (YEAR TO DATE)" with a
certification, signed and dated by hand or left unsigned; a boarder's personal check for the room, front and back on
one photographed page with a bank's FOR DEPOSIT ONLY stamp (`rent_check`); typed hardship letters (unsigned when
e-mailed, signed in ink when scanned or faxed); page 1 of the real IRS Form 4506-C typed and signed on screen; the
mailroom's Code 128 "LOAN <number>" separator sheet and a library's fax cover sheet (neither is a document).

Applications: the real Form 710 (April 2023) filled through its AcroForm - typed and signed on screen (bq1), printed,
signed in ink and scanned with the BORROWER'S DATE LEFT BLANK (bq4), printed, signed and dated in ink and faxed (bq6);
its income lines are per type, so all the household's jobs are summed on the wages line and child support and a
contribution on "other". Corbel Ridge Mortgage Servicing's "Household Income Worksheet" (CRM-HW, 2 sheets: a navy
header band, a BORROWER | CO-BORROWER grid, X-marked boxes for occupancy, hardship and duration; sheet 2 an income
MATRIX of twelve source rows - Employment 1, 2, 3 (with employer names), self-employment, ..., rent received (tenants,
boarders, roomers), child support / alimony, contribution from a non-borrower, any other - by the columns Borrower $,
Co-borrower $, Line total $, and a TOTAL MONTHLY HOUSEHOLD INCOME box): typed on screen (bq3), in ink and scanned
(bq7). Lanthorn Bank's "Financial Hardship Application" (LB-HA4, 2 pages: answers typed on lines under small
capital captions, occupancy CIRCLED, hardship as REASON CODES written from a printed list (U1, R2, H3 ... O10); page
2 an INCOME SOURCES LEDGER, one row per source: earner (Borrower / Co-borrower / Household member), employer or payer,
a TYPE LETTER from a legend (W S U T N R I O), how often paid, monthly gross, and TOTAL MONTHLY GROSS, ALL SOURCES):
in ink and faxed (bq2), typed on screen with the hardship date left blank (bq5), typed and signed on screen (bq8).
Several income lines per person; expected income = the lines summed per income code, total = the printed total.

Packets and deliveries:
- bq1 COMPLETE (2047-04-19): a folder named after the loan of born-digital files, the rent checks photographed
  (image-only). Delphine Marchbanks: Tallgrass two-page stubs (semi-monthly, 03/31 and 04/15) and Brightwater Grill
  receipt (weekly); Osric: school district (monthly) and Township of Ashgrove voucher (bi-weekly). Boarder's rent
  $725 shown by two fresh deposited rent checks; signed 4506-C (rental claimed); reduction in income needs no paper.
- bq2 INCOMPLETE income_doc:wages (2047-06-12): ONE 200 dpi fax behind a cover sheet, LB-HA4 in ink. Every wage stub
  (Corliss Valve Works two-page bi-weekly 02/15 and 03/01; Keystone agency weekly 03/08) is more than 90 days old and
  there are no bank statements; the co-borrower's alterations sideline is covered by a signed P&L through 05/31 and a
  signed 4506-C.
- bq3 COMPLETE (2047-05-21): loose born-digital files "<loan>-<paper>.pdf", the court order scanned; CRM-HW on screen.
  Marisela Quintanar changed jobs: Harlow Medical Billing's two-page stubs of 01/15 and 01/31 (stale, the job ended),
  Ransom County vouchers of 04/26 and 05/10 (fresh; YTD from the 01/28 hire date) and a Copper Kettle Diner receipt.
  Child support $780 a month: the 2044 court order (stale), the payment center's printout of 05/14 ($360 every two
  weeks) and March and April statements of one account showing the deposits.
- bq4 INCOMPLETE application_signature (2047-08-14): ONE 240 dpi grey scan behind a separator sheet, Form 710 in ink,
  the borrower signed but did not date it (signed false, signed_on null; the co-borrower signed and dated). Gustavo
  Ellery: school district monthly + tavern receipt weekly; Wynona: Merrimack two-page bi-weekly x2; her brother's
  signed contribution letter ($600 monthly, fresh: the "other documentation showing the amount and frequency"
  of checklist.md) with his own Northstar agency stub as proof of income; a signed hardship letter for the illness.
- bq5 INCOMPLETE application_field:hardship_start_date + income_doc:other (2047-07-17): a folder named after the loan,
  LB-HA4 typed on screen with the hardship date blank, each stub scanned (200 dpi grey) into its own file, the
  2045 court order scanned, the disbursement unit's printout of 03/28/2047 born-digital: both child support papers
  are more than 90 days old and there are no statements. Wages: district monthly, agency weekly, Halvorsen two-page
  semi-monthly x2 (fresh).
- bq6 INCOMPLETE irs_form_4506c (2047-09-10): ONE 200 dpi fax, no cover sheet, Form 710 in ink. Lucius Fairweather
  left the City of Brennan Falls (final voucher 05/24, stale) for Summit Temp (agency stubs 08/30 and 09/06, YTD from
  06/03); Imogen: Greywater hospital two-page semi-monthly. Small-engine sideline with a signed fresh P&L, a boarder's
  two fresh deposited rent checks - but no Form 4506-C, which self-employment and rental income require.
- bq7 INCOMPLETE income_doc:self_employment (2047-10-08): ONE 300 dpi grey scan "<Surname> <loan>.pdf", no separator,
  CRM-HW in ink. Beatrix Lindqvist: school district monthly, village library vouchers bi-weekly x2, a home bakery
  whose P&L is NEITHER SIGNED NOR DATED (no statements, no tax return); Anders: Corliss two-page final stub of 06/07
  (stale, the plant moved) and Harbor agency stubs of 09/27 and 10/04. A signed 4506-C; the "other" hardship is
  explained by a signed letter.
- bq8 COMPLETE (2047-03-20): loose files "Achterberg <loan> <paper>.pdf", LB-HA4 typed and signed on screen, the four
  stubs scanned (240 dpi grey), the rest born-digital. Rosalind Achterberg has THREE jobs (credit bureau two-page
  semi-monthly, township voucher bi-weekly, cafe receipt weekly), Hendrik a monthly district salary and a snow and
  lawn sideline (signed P&L through 02/28, signed 4506-C); the boarder's $600 is shown in January and February
  statements of one joint account.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet (fresh = dated at most 90 days before received_on: pay date, statement period end,
letter or printout date, P&L period end, check date). Readings taken where the spec leaves a choice: income
documentation is judged per claimed income TYPE as checklist.md says (one fresh stub with YTD covers wages), so the
stale stubs in the complete packets belong only to jobs that have ended, and every job still held has a fresh stub;
a fresh document stating the amount and frequency of an "other" income (the contribution letter, the printout)
satisfies income_doc:other; a boarder's rent is written on the rental line, so it needs two rent checks or two
statements and a 4506-C. All people, employers, banks and servicers are fictional; SSNs use the 900-999 area, and
every page carries a faint "synthetic test document" line.
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
    c.setCreator("holdout_packets_bq")
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def papers_pdf(papers: Sequence[Paper]) -> bytes:
    """Several born-digital papers in one file (a borrower's combined upload)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    for paper in papers:
        for fn in paper.pages:
            c.setPageSize(paper.size)
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
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return scan_sheets(buf.getvalue(), marks, style, seed)


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
    writer.add_metadata({"/Producer": "holdout_packets_bq"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()

@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    fica: bool = True
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed)}
        if self.fica:
            out["Social Security"] = r2(gross * 0.062)
            out["Medicare"] = r2(gross * 0.0145)
        out["State income tax"] = r2(gross * self.state)
        return out


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


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def stub_fields(employer: str, employee: str, ch: Check, start: dt.date, end: dt.date, frequency: str,
                ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}



# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Job:
    """One job of one earner: who pays, how often, and how a check is made up."""

    employer: str
    address: str
    employee: str
    emp_id: str
    frequency: str  # weekly | biweekly | semimonthly | monthly
    rate: float  # hourly rate, or the salary of one pay period when hours == 0
    hours: float  # usual hours a pay period (0: salaried)
    wh: Withholding
    hired: dt.date = dt.date(2040, 1, 1)
    anchor: dt.date = dt.date(2047, 1, 4)  # a pay date of the weekly / bi-weekly cycle
    kind: str = "hourly"  # hourly | salary | tipped
    title: str = ""


def schedule(job: Job, year: int) -> list[dt.date]:
    """Every pay date of a job in a year (only those after the hire date)."""
    out: list[dt.date] = []
    if job.frequency in ("weekly", "biweekly"):
        step = 7 if job.frequency == "weekly" else 14
        d = job.anchor
        while d.year >= year:
            d -= dt.timedelta(days=step)
        while d.year <= year:
            if d.year == year:
                out.append(d)
            d += dt.timedelta(days=step)
    else:
        for month in range(1, 13):
            _, last = month_bounds(year, month)
            if job.frequency == "semimonthly":
                out.append(dt.date(year, month, 15))
            out.append(last)
    lag = {"weekly": 5, "biweekly": 5, "semimonthly": 0, "monthly": 0}[job.frequency]
    return [d for d in out if d - dt.timedelta(days=lag) >= job.hired]


def period_of(job: Job, pay: dt.date) -> tuple[dt.date, dt.date]:
    if job.frequency == "weekly":
        end = pay - dt.timedelta(days=5)
        return end - dt.timedelta(days=6), end
    if job.frequency == "biweekly":
        end = pay - dt.timedelta(days=5)
        return end - dt.timedelta(days=13), end
    if job.frequency == "semimonthly":
        return (pay.replace(day=1), pay) if pay.day == 15 else (pay.replace(day=16), pay)
    return pay.replace(day=1), pay


def make_check(job: Job, d: dt.date, key: int) -> Check:
    rr = random.Random(f"{job.emp_id}|{d}|{key}")
    if job.kind == "salary":
        return Check(d, {"Regular salary": (0.0, job.rate, job.rate)})
    if job.kind == "tipped":
        hrs = round(job.hours * rr.choice([0.88, 0.95, 1.0, 1.06, 1.12]), 2)
        tips = r2(hrs * rr.uniform(10.0, 12.5))
        return Check(d, {"Server wages": (hrs, job.rate, r2(hrs * job.rate)),
                         "Charged tips": (0.0, 0.0, tips)})
    hrs = round(job.hours * rr.choice([0.95, 1.0, 1.0, 1.0, 0.97]), 2)
    lines = {"Regular": (hrs, job.rate, r2(hrs * job.rate))}
    ot = rr.choice([0.0, 0.0, 2.0, 3.5, 5.0]) if job.hours >= 35 else 0.0
    if ot:
        lines["Overtime"] = (ot, r2(job.rate * 1.5), r2(ot * job.rate * 1.5))
    return Check(d, lines)


def history(job: Job, pay: dt.date, key: int) -> list[Check]:
    dates = [d for d in schedule(job, pay.year) if d <= pay]
    if not dates or dates[-1] != pay:
        raise ValueError(f"{pay} is not a pay date of {job.employer} ({job.frequency})")
    return [make_check(job, d, key) for d in dates]


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    job: Job
    ytd_lines: dict[str, float] = field(default_factory=dict)

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


@dataclass
class PayData:
    """Everything a stub prints, worked out once: the check, its period, taxes, year to date."""

    job: Job
    ch: Check
    start: dt.date
    end: dt.date
    taxes: dict[str, float]
    ytd: dict[str, float]
    net: float
    checks: int

    @property
    def deductions(self) -> tuple[tuple[str, float], ...]:
        return self.job.wh.deductions


def pay_data(job: Job, pay: dt.date, key: int) -> PayData:
    checks = history(job, pay, key)
    ch = checks[-1]
    start, end = period_of(job, pay)
    return PayData(job, ch, start, end, job.wh.taxes(ch.gross), ytd_of(checks, job.wh), net_of(ch, job.wh),
                   len(checks))


def stub_result(pd: PayData, paper: Paper, ytd_shown: bool = True) -> Stub:
    j = pd.job
    fields = {"employer": j.employer, "employee_name": j.employee, "pay_date": pd.ch.pay_date.isoformat(),
              "period_start": pd.start.isoformat(), "period_end": pd.end.isoformat(), "frequency": j.frequency,
              "gross_current": pd.ch.gross, "gross_ytd": pd.ytd["GROSS"] if ytd_shown else None,
              "net_current": pd.net, "monthly_gross": r2(pd.ch.gross * PERIODS[j.frequency] / 12)}
    return Stub(paper, fields, pd.ch.pay_date, j, pd.ytd)


FREQ_WORD = {"weekly": "Weekly", "biweekly": "Bi-Weekly", "semimonthly": "Semi-Monthly", "monthly": "Monthly"}


def two_page_stub(job: Job, pay: dt.date, key: int, accent: Color) -> Stub:
    """A two-page earnings statement: earnings on page 1, taxes, deductions and net pay on page 2."""
    pd = pay_data(job, pay, key)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(accent)
        c.rect(40, 742, 532, 3, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, 752, job.employer)
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 732, job.address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 756, "EARNINGS STATEMENT" if n == 1 else "EARNINGS STATEMENT (continued)")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 732, f"Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        grid = [("Employee name", job.employee), ("Employee ID", job.emp_id), ("Position", job.title),
                ("Pay frequency", FREQ_WORD[job.frequency]), ("Period beginning", mdy(pd.start)),
                ("Period ending", mdy(pd.end)), ("Advice date", mdy(pay)),
                ("Advice no.", f"{job.emp_id[-3:]}{pd.checks:03d}")]
        for i, (k, v) in enumerate(grid):
            x = 40 + (i % 4) * 133
            y = 690 - (i // 4) * 30
            c.setLineWidth(0.5)
            c.rect(x, y, 133, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.setFillColor(accent)
            c.drawString(x + 4, y + 21, k.upper())
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 4, y + 7, v)
        y = 610
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "EARNINGS")
        y -= 18
        c.setFillGray(0.9)
        c.rect(40, y - 4, 532, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, y, "DESCRIPTION")
        for x, t in ((300, "HOURS"), (370, "RATE"), (460, "THIS PERIOD"), (566, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        y -= 18
        c.setFont("Helvetica", 9)
        for lab in [k for k in pd.ytd if k in ("Regular", "Overtime", "Regular salary")]:
            hrs, rt, amt = pd.ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(46, y, lab)
            c.drawRightString(300, y, f"{hrs:.2f}" if hrs else "")
            c.drawRightString(370, y, f"{rt:.4f}" if hrs else "")
            c.drawRightString(460, y, money(amt) if amt else "")
            c.drawRightString(566, y, money(pd.ytd[lab]))
            y -= 15
        c.setLineWidth(0.8)
        c.line(380, y + 8, 572, y + 8)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(46, y - 4, "GROSS EARNINGS")
        c.drawRightString(460, y - 4, money(pd.ch.gross))
        c.drawRightString(566, y - 4, money(pd.ytd["GROSS"]))
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(46, y - 40, "Taxes, deductions and net pay are itemized on page 2 of this statement.")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica", 9)
        c.drawString(40, 700, f"Employee: {job.employee}    ID {job.emp_id}    Advice date {mdy(pay)}")
        y = 666
        for title, rows in (("TAXES WITHHELD", list(pd.taxes.items())), ("DEDUCTIONS", list(pd.deductions))):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(40, y, title)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawRightString(460, y, "THIS PERIOD")
            c.drawRightString(566, y, "YEAR TO DATE")
            c.line(40, y - 5, 572, y - 5)
            y -= 19
            c.setFont("Helvetica", 9)
            if not rows:
                c.drawString(46, y, "None")
                y -= 15
            for k, v in rows:
                c.drawString(46, y, k)
                c.drawRightString(460, y, money(v))
                c.drawRightString(566, y, money(pd.ytd[k]))
                y -= 15
            y -= 16
        tax = r2(sum(pd.taxes.values()))
        ded = r2(sum(v for _, v in pd.deductions))
        ytax = r2(sum(pd.ytd[k] for k in pd.taxes))
        yded = r2(sum(pd.ytd[k] for k, _ in pd.deductions))
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, "SUMMARY")
        y -= 8
        heads = ["", "Gross earnings", "Taxes", "Deductions", "Net pay"]
        rows2 = [["This period", money(pd.ch.gross), money(tax), money(ded), money(pd.net)],
                 ["Year to date", money(pd.ytd["GROSS"]), money(ytax), money(yded), money(pd.ytd["NET"])]]
        for r, row in enumerate([heads, *rows2]):
            yy = y - 18 * (r + 1)
            for i, t in enumerate(row):
                x = 40 + i * 106.4
                if r == 0:
                    c.setFillColor(accent)
                    c.rect(x, yy, 106.4, 18, stroke=0, fill=1)
                    c.setFillColor(white)
                else:
                    c.setFillColor(black)
                    c.rect(x, yy, 106.4, 18, stroke=1, fill=0)
                c.setFont("Helvetica-Bold" if r == 0 or i == 0 or i == 4 else "Helvetica", 8.5)
                if i == 0 or r == 0:
                    c.drawString(x + 5, yy + 6, t)
                else:
                    c.drawRightString(x + 100, yy + 6, t)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(40, y - 90, f"Net pay of {money(pd.net)} deposited to account ending {job.emp_id[-2:]}17 on "
                                 f"{mdy(pay)}.")
        return []

    return stub_result(pd, Paper([page1, page2]))


RECEIPT = (252.0, 612.0)  # 3.5 x 8.5 inches: a receipt-printer stub


def receipt_stub(job: Job, pay: dt.date, key: int) -> Stub:
    """A restaurant's weekly stub printed on a narrow receipt printer, all in a monospaced face."""
    pd = pay_data(job, pay, key)

    def page(c: Canvas) -> list[Mark]:
        w, h = RECEIPT
        y = h - 40
        c.setFont("Courier-Bold", 11)
        c.drawCentredString(w / 2, y, job.employer.upper())
        y -= 12
        c.setFont("Courier", 7)
        for part in job.address.split(", ", 1):
            c.drawCentredString(w / 2, y, part)
            y -= 9
        y -= 6
        c.setFont("Courier-Bold", 9)
        c.drawCentredString(w / 2, y, "*** EMPLOYEE PAY STUB ***")
        y -= 16
        c.setFont("Courier", 7.5)

        def row(left: str, right: str = "") -> None:
            nonlocal y
            c.drawString(18, y, left)
            if right:
                c.drawRightString(w - 18, y, right)
            y -= 10

        def rule() -> None:
            nonlocal y
            c.drawString(18, y, "-" * 44)
            y -= 10

        row("EMPLOYEE", job.employee)
        row("EMP #", job.emp_id)
        row("PAY CYCLE", "WEEKLY")
        row("PERIOD", f"{mdy(pd.start)}-{mdy(pd.end)}")
        row("CHECK DATE", mdy(pay))
        rule()
        row("EARNINGS", "CURRENT")
        for k, (hrs, rt, amt) in pd.ch.lines.items():
            row(k.upper(), money(amt))
            if hrs:
                row(f"  {hrs:.2f} HRS @ {rt:.2f}")
        row("GROSS PAY", money(pd.ch.gross))
        rule()
        for k, v in [*pd.taxes.items(), *pd.deductions]:
            row(k.upper()[:24], f"-{money(v)}")
        rule()
        c.setFont("Courier-Bold", 8.5)
        row("NET PAY", money(pd.net))
        c.setFont("Courier", 7.5)
        rule()
        row("YEAR TO DATE")
        for k in pd.ch.lines:
            row(f"  {k.upper()}", money(pd.ytd[k]))
        row("  YTD GROSS", money(pd.ytd["GROSS"]))
        row("  YTD NET", money(pd.ytd["NET"]))
        rule()
        y -= 4
        c.drawCentredString(w / 2, y, "THANK YOU FOR YOUR HARD WORK")
        return []

    return stub_result(pd, Paper([page], RECEIPT))


def district_stub(job: Job, pay: dt.date, key: int) -> Stub:
    """A school district's monthly statement: earnings and deductions side by side in one framed box."""
    pd = pay_data(job, pay, key)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.4)
        c.rect(46, 360, 520, 390, stroke=1, fill=0)
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 728, job.employer.upper())
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 716, job.address + "  -  Office of the Treasurer")
        c.setFont("Times-Bold", 10.5)
        c.drawCentredString(W / 2, 700, "STATEMENT OF EARNINGS AND DEDUCTIONS")
        c.setLineWidth(0.5)
        c.line(46, 692, 566, 692)
        c.setFont("Times-Roman", 9.5)
        info = [("Employee", job.employee), ("Employee number", job.emp_id), ("Assignment", job.title),
                ("Pay schedule", "Monthly (12 payments)"), ("For service", f"{mdy(pd.start)} to {mdy(pd.end)}"),
                ("Check date", mdy(pay))]
        for i, (k, v) in enumerate(info):
            x = 56 + (i % 2) * 256
            y = 676 - (i // 2) * 14
            c.setFont("Times-Bold", 9.5)
            c.drawString(x, y, k + ":")
            c.setFont("Times-Roman", 9.5)
            c.drawString(x + 92, y, v)
        c.line(46, 628, 566, 628)
        c.line(306, 628, 306, 430)
        for x0, title in ((56, "EARNINGS"), (316, "DEDUCTIONS")):
            c.setFont("Times-Bold", 10)
            c.drawString(x0, 612, title)
            c.setFont("Times-Bold", 8)
            c.drawRightString(x0 + 170, 612, "CURRENT")
            c.drawRightString(x0 + 240, 612, "CALENDAR YTD")
        y = 594
        c.setFont("Times-Roman", 9.5)
        for k, (_, _, amt) in pd.ch.lines.items():
            c.drawString(56, y, "Contract salary" if k == "Regular salary" else k)
            c.drawRightString(226, y, money(amt))
            c.drawRightString(296, y, money(pd.ytd[k]))
            y -= 14
        y2 = 594
        for k, v in [*pd.taxes.items(), *pd.deductions]:
            c.drawString(316, y2, k)
            c.drawRightString(486, y2, money(v))
            c.drawRightString(556, y2, money(pd.ytd[k]))
            y2 -= 14
        c.line(46, 430, 566, 430)
        tot = [("TOTAL GROSS", pd.ch.gross, pd.ytd["GROSS"]),
               ("TOTAL DEDUCTIONS", r2(pd.ch.gross - pd.net), r2(pd.ytd["GROSS"] - pd.ytd["NET"])),
               ("NET PAY", pd.net, pd.ytd["NET"])]
        for i, (k, cur, ytd) in enumerate(tot):
            x = 56 + i * 170
            c.setFont("Times-Bold", 8.5)
            c.drawString(x, 414, k)
            c.setFont("Times-Roman", 9.5)
            c.drawString(x, 400, f"Current {money(cur)}")
            c.drawString(x, 386, f"Year to date {money(ytd)}")
        c.setFont("Times-Italic", 8)
        c.drawString(56, 368, "Salary is paid in twelve equal monthly installments on the last working day of the "
                              "month.")
        return []

    return stub_result(pd, Paper([page]))


def voucher_stub(job: Job, pay: dt.date, key: int, ytd_shown: bool = True) -> Stub:
    """A municipal payroll voucher: a one-row-per-line stub above a non-negotiable check."""
    pd = pay_data(job, pay, key)
    hours = sum(v[0] for v in pd.ch.lines.values())

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 748, job.employer.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 737, job.address + "  -  Department of Finance, Payroll Division")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(572, 748, "PAYROLL VOUCHER")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 737, "Pay cycle: every two weeks (Bi-Weekly)")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 716, f"Name: {job.employee}")
        c.drawString(250, 716, f"Emp ID: {job.emp_id}")
        c.drawString(390, 716, f"Title: {job.title}")
        heads = ["", "PERIOD", "PAY DATE", "HOURS", "GROSS", "FED TAX", "FICA", "STATE", "DEDUCT", "NET PAY"]
        fica = r2(pd.taxes.get("Social Security", 0) + pd.taxes.get("Medicare", 0))
        yfica = r2(pd.ytd.get("Social Security", 0) + pd.ytd.get("Medicare", 0))
        ded = r2(sum(v for _, v in pd.deductions))
        yded = r2(sum(pd.ytd[k] for k, _ in pd.deductions))
        cur = ["CURRENT", f"{mdy(pd.start)}-{mdy(pd.end)}", mdy(pay), f"{hours:.2f}",
               money(pd.ch.gross), money(pd.taxes["Federal income tax"]), money(fica),
               money(pd.taxes["State income tax"]), money(ded), money(pd.net)]
        ytd = ["YEAR TO DATE", "", "", "", money(pd.ytd["GROSS"]), money(pd.ytd["Federal income tax"]), money(yfica),
               money(pd.ytd["State income tax"]), money(yded), money(pd.ytd["NET"])]
        widths = [58, 100, 52, 34, 54, 48, 44, 42, 46, 54]
        y = 690
        for r, row in enumerate([heads, cur] + ([ytd] if ytd_shown else [])):
            x = 40.0
            for i, t in enumerate(row):
                c.setLineWidth(0.5)
                c.rect(x, y - 16 * r, widths[i], 16, stroke=1, fill=0)
                c.setFont("Helvetica-Bold" if r == 0 or i == 0 else "Helvetica", 6.8 if r == 0 or i < 2 else 7.5)
                if i < 3 or r == 0:
                    c.drawString(x + 2, y - 16 * r + 5, t)
                else:
                    c.drawRightString(x + widths[i] - 2, y - 16 * r + 5, t)
                x += widths[i]
        y = 620
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "EARNINGS DETAIL")
        c.drawString(300, y, "DEDUCTION DETAIL")
        c.setFont("Helvetica", 7.5)
        yy = y - 12
        for k, (hrs, rt, amt) in pd.ch.lines.items():
            c.drawString(40, yy, f"{k}  {hrs:.2f} h x {rt:.2f}")
            c.drawRightString(250, yy, money(amt))
            yy -= 10
        yy = y - 12
        for k, v in pd.deductions:
            c.drawString(300, yy, k)
            c.drawRightString(480, yy, money(v))
            yy -= 10
        c.setDash(4, 3)
        c.line(20, 560, 592, 560)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, 564, "DETACH AND RETAIN THIS STATEMENT FOR YOUR RECORDS")
        c.setFillGray(0.93)
        c.rect(40, 380, 532, 160, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(52, 520, job.employer.upper())
        c.setFont("Helvetica", 8)
        c.drawRightString(560, 520, f"Date {mdy(pay)}")
        c.drawString(52, 480, "PAY TO THE")
        c.drawString(52, 470, "ORDER OF")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(110, 472, job.employee)
        c.rect(450, 466, 110, 18, stroke=1, fill=0)
        c.drawRightString(555, 471, f"$**{money(pd.net)}")
        c.setFont("Helvetica-Bold", 22)
        c.setFillGray(0.75)
        c.drawCentredString(W / 2, 420, "NON-NEGOTIABLE")
        c.setFillColor(black)
        c.setFont("Courier", 10)
        c.drawString(70, 392, f"C{job.emp_id[-4:]}C A0440{job.emp_id[-3:]}1A 88{pay.strftime('%m%d')}7C")
        return []

    return stub_result(pd, Paper([page]), ytd_shown)


def agency_stub(job: Job, pay: dt.date, key: int, agency_line: str, client: str) -> Stub:
    """A staffing agency's weekly stub: a day-by-day timesheet grid for the assignment, then pay."""
    pd = pay_data(job, pay, key)
    total = sum(v[0] for v in pd.ch.lines.values())
    rr = random.Random(f"days{job.emp_id}{pay}{key}")
    split = [0.0] * 7
    left = total
    for i in range(5):
        h = round(min(left, rr.choice([7.5, 8.0, 8.0, 8.5, 9.0])) * 4) / 4
        split[i] = h
        left -= h
    split[5] = round(left, 2)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.42, 0.12, 0.5))
        c.roundRect(40, 722, 160, 40, 8, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(120, 745, job.employer.split()[0].upper())
        c.setFont("Helvetica", 7)
        c.drawCentredString(120, 732, " ".join(job.employer.split()[1:]))
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(214, 752, job.employer)
        c.drawString(214, 742, job.address)
        c.drawString(214, 732, agency_line)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(572, 748, "Weekly Pay Statement")
        c.setFont("Helvetica", 9)
        y = 700
        for k, v in (("Associate", job.employee), ("Associate #", job.emp_id), ("Assignment", client),
                     ("Week ending", mdy(pd.end)), ("Paid on", mdy(pay)), ("Frequency", "Weekly")):
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(120, y, v)
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(330, 700, "TIMESHEET  " + f"{mdy(pd.start)} - {mdy(pd.end)}")
        days = [(pd.start + dt.timedelta(days=i)) for i in range(7)]
        for i, d in enumerate(days):
            x = 330 + i * 34
            c.setLineWidth(0.4)
            c.rect(x, 664, 34, 26, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 5.6)
            c.drawCentredString(x + 17, 682, d.strftime("%a %m/%d").upper())
            c.setFont("Helvetica", 8)
            c.drawCentredString(x + 17, 668, f"{split[i]:.2f}" if split[i] else "-")
        c.setFont("Helvetica", 7.5)
        c.drawString(330, 652, f"Approved hours {total:.2f} - client supervisor approval on file")
        y = 600
        c.setFillColor(Color(0.42, 0.12, 0.5))
        c.rect(40, y, 532, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        for x, t, right in ((46, "PAY ITEM", False), (280, "HOURS", True), (350, "RATE", True),
                            (460, "CURRENT", True), (566, "YTD", True)):
            (c.drawRightString if right else c.drawString)(x, y + 5, t)
        c.setFillColor(black)
        y -= 16
        c.setFont("Helvetica", 9)
        for k in [k for k in pd.ytd if k in ("Regular", "Overtime")]:
            hrs, rt, amt = pd.ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(46, y, k + " hours")
            c.drawRightString(280, y, f"{hrs:.2f}" if hrs else "")
            c.drawRightString(350, y, money(rt) if hrs else "")
            c.drawRightString(460, y, money(amt) if amt else "0.00")
            c.drawRightString(566, y, money(pd.ytd[k]))
            y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, y, "Gross pay")
        c.drawRightString(460, y, money(pd.ch.gross))
        c.drawRightString(566, y, money(pd.ytd["GROSS"]))
        y -= 22
        c.setFont("Helvetica", 9)
        for k, v in [*pd.taxes.items(), *pd.deductions]:
            c.drawString(46, y, k)
            c.drawRightString(460, y, money(v))
            c.drawRightString(566, y, money(pd.ytd[k]))
            y -= 14
        c.setLineWidth(1)
        c.line(40, y + 6, 572, y + 6)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(46, y - 10, "Net pay")
        c.drawRightString(460, y - 10, money(pd.net))
        c.drawRightString(566, y - 10, money(pd.ytd["NET"]))
        c.setFont("Helvetica", 7.5)
        c.drawString(46, y - 40, "Paid by pay card. Report timesheet errors to your branch within 7 days.")
        return []

    return stub_result(pd, Paper([page]))


# --- bank statements ----------------------------------------------------------------------------------------


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


def tamarack_statement(rng: random.Random, holders: Sequence[str], address: Sequence[str], acct: str, year: int,
                       month: int, begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Tamarack State Bank: one page; a one-line summary strip, then a history with signed amounts."""
    start, end = month_bounds(year, month)
    lines = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    for desc, lo, hi in (("HOME MORTGAGE PMT", 700, 1100), ("FOODLAND GROCERY", 60, 190), ("CO-OP ELECTRIC", 90, 220),
                         ("FOODLAND GROCERY", 50, 160), ("QUIKFUEL #31", 30, 80), ("PHARMACY PLUS", 10, 60),
                         ("CELLULAR ONE", 80, 140), ("CASH WITHDRAWAL", 40, 200), ("SCHOOL LUNCH ACCT", 20, 60)):
        lines.append((start + dt.timedelta(days=rng.randrange((end - start).days + 1)), desc,
                      -r2(rng.uniform(lo, hi))))
    lines.sort(key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in lines))
    deposits = r2(sum(a for _, _, a in lines if a > 0))
    debits = r2(-sum(a for _, _, a in lines if a < 0))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.15, 0.35, 0.25))
        c.setFont("Times-BoldItalic", 20)
        c.drawString(40, 742, "Tamarack State Bank")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 730, "PO Box 90, Tamarack, MN 55787  -  tamarackstate.example  -  Member FDIC")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(572, 748, "STATEMENT OF ACCOUNT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 736, f"Household Checking  No. ...{acct[-4:]}")
        c.drawRightString(572, 725, f"{mdy(start)} thru {mdy(end)}")
        y = 698
        c.setFont("Helvetica", 9)
        for ln in [*holders, *address]:
            c.drawString(52, y, ln)
            y -= 11.5
        y = 626
        heads = [("Previous balance", begin), ("Deposits (+)", deposits), ("Withdrawals (-)", debits),
                 ("New balance", ending)]
        c.setLineWidth(0.6)
        c.line(40, y + 24, 572, y + 24)
        c.line(40, y - 8, 572, y - 8)
        for i, (k, v) in enumerate(heads):
            x = 40 + i * 133
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 4, y + 12, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x + 4, y - 2, money(v))
        y -= 32
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "ACCOUNT HISTORY")
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "POSTED")
        c.drawString(96, y, "TRANSACTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(570, y, "BALANCE")
        y -= 4
        c.line(40, y, 572, y)
        y -= 12
        bal = begin
        c.setFont("Helvetica", 8.5)
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(40, y, d.strftime("%m-%d"))
            c.drawString(96, y, desc)
            c.drawRightString(470, y, ("+" if a > 0 else "-") + money(abs(a)))
            c.drawRightString(570, y, money(bal))
            y -= 12
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 16, "Questions or errors: call (218) 555-0107 within 60 days of the statement date.")
        return []

    fields = {"bank_name": "Tamarack State Bank", "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- letters and papers ---------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None
    amount_and_frequency: bool = False  # shows the amount and frequency of an income ("other documentation")

    @property
    def fields(self) -> dict[str, Any]:
        if self.type == "other":
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def contribution_letter(member: str, relation: str, borrowers: str, address: Sequence[str], loan: str,
                        date: dt.date, monthly: float, since: dt.date, employer: str, seed: int) -> Letter:
    """A non-borrower household member's signed statement of what they pay into the household each month."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 728
        for ln in [member, *address]:
            c.drawString(72, y, ln)
            y -= 14
        c.drawString(72, y - 14, long_date(date))
        c.setFont("Times-Bold", 12)
        c.drawString(72, y - 48, "STATEMENT OF HOUSEHOLD CONTRIBUTION")
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 64, f"Regarding mortgage loan {loan} ({borrowers})")
        yy = paragraphs(c, 72, y - 94, W - 144, [
            f"I, {member}, am the {relation} of the borrowers. I am not a borrower on the loan. I have lived at the "
            f"property as my principal residence since {long_date(since)} and I plan to keep living there.",
            f"I contribute ${money(monthly)} every month toward the household's expenses, including the mortgage "
            f"payment. I pay it on the first of each month by transfer to the borrowers' checking account, and I "
            f"have done so since {since.strftime('%B %Y')}.",
            f"I work for {employer}; a copy of my most recent pay stub is attached as proof of my income. I give "
            "this information voluntarily so that my contribution can be counted in the review of the loan."])
        c.setFont("Times-Bold", 11)
        c.drawString(96, yy, "Monthly contribution:")
        c.drawString(260, yy, f"${money(monthly)}")
        c.drawString(96, yy - 15, "Frequency:")
        c.drawString(260, yy - 15, "Monthly, on the 1st")
        c.setFont("Times-Roman", 11)
        c.drawString(72, yy - 50, "Signed,")
        c.line(72, yy - 84, 290, yy - 84)
        c.drawString(72, yy - 98, member)
        return [Mark("sig", 80, yy - 82, w=150, seed=seed)]

    return Letter(Paper([page]), "other", date, amount_and_frequency=True)


def support_order(court: str, county: str, case_no: str, obligee: str, obligor: str, children: str, monthly: float,
                  date: dt.date, sdu: str) -> Letter:
    """A family court's order for child support (typed, with the clerk's filed stamp)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 730, court.upper())
        c.drawCentredString(W / 2, 715, f"{county.upper()} - FAMILY DIVISION")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 680, f"{obligee},")
        c.drawString(110, 666, "Petitioner,")
        c.drawString(72, 646, "v.")
        c.drawString(360, 660, f"Case No. {case_no}")
        c.drawString(72, 626, f"{obligor},")
        c.drawString(110, 612, "Respondent.")
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 580, "UNIFORM ORDER FOR CHILD SUPPORT")
        yy = paragraphs(c, 72, 552, W - 144, [
            "This matter came before the Court on the petition for support. The Court, having considered the income "
            "of the parties and the child support guidelines, ORDERS:",
            f"1. The Respondent, {obligor}, shall pay child support for the minor children {children} in the amount "
            f"of ${money(monthly)} per month, beginning on the first day of the month after this order.",
            f"2. All payments shall be made by income withholding through the {sdu}, which shall disburse them to "
            f"the Petitioner, {obligee}. Payments are due monthly and may be withheld from each of the Respondent's "
            "paychecks in equal parts.",
            "3. Support continues until each child reaches eighteen or graduates from high school, whichever is "
            "later, but not past the age of nineteen."], size=10.5, leading=14)
        c.setFont("Times-Roman", 11)
        c.drawString(72, yy - 10, f"SO ORDERED on {long_date(date)}.")
        c.line(330, yy - 50, 540, yy - 50)
        c.drawString(330, yy - 64, "Judge of the Circuit Court")
        c.setStrokeColor(Color(0.6, 0.1, 0.1))
        c.setFillColor(Color(0.6, 0.1, 0.1))
        c.rect(400, 680, 150, 52, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(475, 718, "FILED")
        c.setFont("Helvetica", 8)
        c.drawCentredString(475, 704, long_date(date))
        c.drawCentredString(475, 692, "CLERK OF THE CIRCUIT COURT")
        c.setStrokeColor(black)
        c.setFillColor(black)
        return [Mark("sig", 340, yy - 48, w=150, seed=len(case_no) * 7 + monthly.__int__())]

    return Letter(Paper([page]), "other", date, amount_and_frequency=True)


def sdu_printout(sdu: str, state: str, case_no: str, payee: str, payer: str, printed: dt.date, monthly: float,
                 payments: Sequence[tuple[dt.date, float]]) -> Letter:
    """A state disbursement unit's payment history, printed from its web portal (landscape, a plain table)."""
    size = landscape(letter)

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        c.setFont("Helvetica", 7.5)
        c.drawString(30, ph - 20, f"{printed.strftime('%m/%d/%Y')}  10:42 AM")
        c.drawRightString(pw - 30, ph - 20, f"{sdu} - Custodial Parent Portal")
        c.setFillColor(Color(0.12, 0.24, 0.45))
        c.rect(30, ph - 70, pw - 60, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(42, ph - 58, f"{state} CHILD SUPPORT PAYMENT HISTORY")
        c.setFont("Helvetica", 9)
        c.drawRightString(pw - 42, ph - 58, sdu)
        c.setFillColor(black)
        info = [("Case number", case_no), ("Custodial parent (payee)", payee), ("Non-custodial parent", payer),
                ("Current support order", f"${money(monthly)} per month"), ("Collection method",
                                                                               "Income withholding"),
                ("History printed on", mdy(printed))]
        y = ph - 96
        for i, (k, v) in enumerate(info):
            x = 42 + (i % 3) * 240
            yy = y - (i // 3) * 28
            c.setFont("Helvetica", 7.5)
            c.drawString(x, yy + 10, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x, yy - 2, v)
        y = ph - 170
        heads = [("Disbursed", 42), ("Received from employer", 130), ("Receipt no.", 330), ("Method", 440),
                 ("Amount", 620)]
        c.setFillGray(0.88)
        c.rect(30, y - 4, pw - 60, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        for t, x in heads:
            (c.drawRightString if t == "Amount" else c.drawString)(x, y, t)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for i, (d, amt) in enumerate(payments):
            c.drawString(42, y, mdy(d))
            c.drawString(130, y, mdy(d - dt.timedelta(days=2)))
            c.drawString(330, y, f"R{case_no[-4:]}{d.strftime('%m%d')}{i}")
            c.drawString(440, y, "Direct deposit")
            c.drawRightString(620, y, money(amt))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(330, y - 6, f"Total disbursed, {len(payments)} payments")
        c.drawRightString(620, y - 6, money(r2(sum(a for _, a in payments))))
        c.setFont("Helvetica", 7)
        c.drawString(30, 24, f"https://childsupport.{state.lower().replace(' ', '')}.example/portal/history?case="
                             f"{case_no}   Page 1 of 1")
        return []

    return Letter(Paper([page], size), "other", printed, amount_and_frequency=True)


@dataclass
class PnL:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    signed: bool
    marks_ink: bool


def pnl_statement(owner: str, business: str, what: str, start: dt.date, end: dt.date, sales: float,
                  costs: Sequence[tuple[str, float]], signed_on: dt.date | None, seed: int) -> PnL:
    """A sideline business's year-to-date profit and loss statement, typed; signed and dated when signed_on."""
    total_costs = r2(sum(v for _, v in costs))
    net = r2(sales - total_costs)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(W / 2, 728, business)
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 714, f"{what}  -  owner: {owner}")
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 690, "PROFIT AND LOSS STATEMENT (YEAR TO DATE)")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 674, f"For the period {long_date(start)} through {long_date(end)}")
        y = 636
        c.setLineWidth(0.6)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(110, y, "INCOME")
        y -= 16
        c.setFont("Helvetica", 10)
        c.drawString(130, y, "Gross sales and fees received")
        c.drawRightString(500, y, money(sales))
        y -= 26
        c.setFont("Helvetica-Bold", 10)
        c.drawString(110, y, "EXPENSES")
        y -= 16
        c.setFont("Helvetica", 10)
        for k, v in costs:
            c.drawString(130, y, k)
            c.drawRightString(430, y, money(v))
            y -= 14
        c.line(360, y + 8, 432, y + 8)
        c.drawString(130, y - 4, "Total expenses")
        c.drawRightString(500, y - 4, f"({money(total_costs)})")
        y -= 28
        c.setLineWidth(1.2)
        c.line(110, y + 12, 502, y + 12)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(110, y - 2, "NET PROFIT (LOSS)")
        c.drawRightString(500, y - 2, money(net))
        c.line(430, y - 7, 502, y - 7)
        c.line(430, y - 10, 502, y - 10)
        paragraphs(c, 110, y - 44, 392, [
            "I certify that this profit and loss statement is true and complete to the best of my knowledge and was "
            "prepared from the business's own records."], font="Helvetica", size=9, leading=12)
        c.setLineWidth(0.6)
        c.line(110, y - 110, 330, y - 110)
        c.line(370, y - 110, 500, y - 110)
        c.setFont("Helvetica", 8)
        c.drawString(110, y - 121, f"Signature of owner ({owner})")
        c.drawString(370, y - 121, "Date")
        marks = []
        if signed_on:
            marks.append(Mark("sig", 118, y - 108, w=160, seed=seed))
            marks.append(Mark("hand", 374, y - 106, mdy(signed_on), size=12, seed=seed + 3))
        return marks

    fields = {"period_start": start.isoformat(), "period_end": end.isoformat(), "net_income": net,
              "signed": signed_on is not None}
    return PnL(Paper([page]), fields, end, signed_on is not None, True)


@dataclass
class RentCheck:
    paper: Paper
    date: dt.date


def rent_check(payer: str, payer_addr: str, payee: str, bank: str, number: int, date: dt.date, amount: float,
               memo: str, deposited: dt.date, seed: int, deposit_bank: str = "Tamarack State Bank") -> RentCheck:
    """A boarder's personal check for the room, front and back photographed on one page, the bank's deposit
    stamp on the back."""
    size = (612.0, 560.0)

    def page(c: Canvas) -> list[Mark]:
        for top in (540.0, 270.0):
            c.setFillColor(Color(0.86, 0.92, 0.95))
            c.rect(36, top - 230, 540, 220, stroke=0, fill=1)
            c.setFillColor(black)
            c.setLineWidth(0.5)
            c.rect(36, top - 230, 540, 220, stroke=1, fill=0)
        t = 540.0
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, t - 28, payer.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(50, t - 39, payer_addr)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(560, t - 28, str(number))
        c.setFont("Helvetica", 8)
        c.drawString(390, t - 62, "DATE")
        c.line(420, t - 64, 560, t - 64)
        c.drawString(50, t - 98, "PAY TO THE")
        c.drawString(50, t - 107, "ORDER OF")
        c.line(100, t - 108, 450, t - 108)
        c.rect(462, t - 114, 98, 22, stroke=1, fill=0)
        c.drawString(466, t - 106, "$")
        c.line(50, t - 140, 520, t - 140)
        c.drawString(524, t - 140, "DOLLARS")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, t - 165, bank.upper())
        c.setFont("Helvetica", 8)
        c.drawString(50, t - 195, "MEMO")
        c.line(80, t - 197, 290, t - 197)
        c.line(340, t - 197, 560, t - 197)
        c.setFont("Courier", 11)
        c.drawString(70, t - 220, f"C0{number}C A091000{number % 97:02d}A 40{number}C")
        b = 270.0
        c.setFont("Helvetica", 6.5)
        c.drawString(50, b - 22, "ENDORSE HERE")
        c.line(50, b - 60, 300, b - 60)
        c.setFont("Helvetica", 5.5)
        c.drawString(50, b - 70, "DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE")
        c.setStrokeColor(Color(0.1, 0.2, 0.6))
        c.setFillColor(Color(0.1, 0.2, 0.6))
        c.rect(330, b - 150, 220, 80, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(440, b - 88, "FOR DEPOSIT ONLY")
        c.setFont("Helvetica", 8)
        c.drawCentredString(440, b - 102, deposit_bank.upper())
        c.drawCentredString(440, b - 114, f"DEPOSITED {mdy(deposited)}")
        c.drawCentredString(440, b - 126, f"ACCT ...{seed % 9000 + 1000}")
        c.setStrokeColor(black)
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(50, b - 215, "Check front and back as deposited.")
        return [Mark("hand", 426, t - 61, mdy(date), size=12, seed=seed),
                Mark("hand", 106, t - 105, payee, size=13, seed=seed + 1),
                Mark("hand", 472, t - 107, money(amount), size=12, seed=seed + 2),
                Mark("hand", 56, t - 137, words(amount), size=11, seed=seed + 3),
                Mark("hand", 86, t - 194, memo, size=11, seed=seed + 4),
                Mark("sig", 360, t - 194, w=150, seed=seed + 5),
                Mark("sig", 70, b - 58, w=140, seed=seed + 6)]

    return RentCheck(Paper([page], size), date)


def words(amount: float) -> str:
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def under1000(n: int) -> str:
        out = []
        if n >= 100:
            out.append(ones[n // 100] + " hundred")
            n %= 100
        if n >= 20:
            out.append(tens[n // 10] + ("-" + ones[n % 10] if n % 10 else ""))
        elif n:
            out.append(ones[n])
        return " ".join(out)

    dollars = int(amount)
    cents = round((amount - dollars) * 100)
    text = (under1000(dollars // 1000) + " thousand " if dollars >= 1000 else "") + under1000(dollars % 1000)
    return f"{text.strip().capitalize()} and {cents:02d}/100"
def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

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


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int) -> Paper:
    """A typed hardship letter; signed in ink only when it was printed and mailed."""

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
        y = paragraphs(c, 72, y, W - 144, ["To whom it may concern:", *paras])
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


def letterhead(c: Canvas, name: str, sub: str, color: Color) -> None:
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, 735, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 722, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, 714, W - 72, 714)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def simple_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = ()) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
        if table:
            for k, v in table:
                c.setFont("Times-Roman", 11)
                c.drawString(96, y, k)
                c.setFont("Times-Bold", 11)
                c.drawString(300, y, v)
                y -= 15
            y -= 12
        c.setFont("Times-Roman", 11)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Paper([page])

def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, "DOCUMENT SEPARATOR SHEET")
        c.setFont("Helvetica", 11)
        c.drawString(72, 680, "Mailroom use - place in front of each borrower packet")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 30)
        c.drawString(72, 700, "FAX")
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
        c.setFont("Helvetica", 9)
        c.drawString(72, y - 20, "The pages that follow may contain confidential information intended only for the")
        c.drawString(72, y - 32, "addressee. If you received this fax in error please call the sender.")
        return []

    return Paper([page])



# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class Line:
    """One income line of an application: whose, which income code, from whom, how often, monthly amount."""

    who: str  # "B" borrower | "C" co-borrower | "H" a non-borrower household member
    code: str
    source: str
    often: str
    monthly: float


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
    start: dt.date | None  # None: the hardship date is left blank
    duration: str  # short | long | resolved
    lines: list[Line]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for ln in self.lines:
            out[ln.code] = r2(out.get(ln.code, 0.0) + ln.monthly)
        return out

    @property
    def total(self) -> float:
        return r2(sum(ln.monthly for ln in self.lines))

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_signs and self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "640.00"}
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
    """Typed on screen, signed with drawn strokes over the signature field, the date typed."""
    writer = form710_filled(app, type_dates=True)
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
    return fixed_pypdf_bytes(writer, f"bq710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned (or faxed)."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "bq710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)


# Corbel Ridge Mortgage Servicing, form CRM-HW: a household income MATRIX (sources x earners)

CRM_HARDSHIPS = ("Job loss", "Income cut (hours, overtime, pay)", "Housing costs went up", "Disaster",
                 "Illness or disability", "Divorce / legal separation", "Co-owner separation (not married)",
                 "Death in the household", "Job transfer / relocation", "Other")
# (label, code, who column the amount sits in is taken from the Line)
CRM_ROWS = (("Employment 1", "wages"), ("Employment 2", "wages"), ("Employment 3", "wages"),
            ("Self-employment / side business (net)", "self_employment"), ("Unemployment benefits", "unemployment"),
            ("Social Security, pension, disability - taxable", "benefits_taxable"),
            ("Social Security, SSI, disability - non-taxable", "benefits_nontaxable"),
            ("Rent received (tenants, boarders, roomers)", "rental"), ("Investment / insurance income", "investment"),
            ("Child support, alimony, separate maintenance", "other"),
            ("Contribution from a non-borrower living in the home", "other"), ("Any other income", "other"))


def crm_matrix(app: App) -> list[tuple[str, str, float, float]]:
    """The matrix rows as printed: (label, employer or payer, borrower amount, co-borrower amount)."""
    wage_b = [ln for ln in app.lines if ln.code == "wages" and ln.who == "B"]
    wage_c = [ln for ln in app.lines if ln.code == "wages" and ln.who != "B"]
    rows = []
    for i in range(3):
        b = wage_b[i] if i < len(wage_b) else None
        cc = wage_c[i] if i < len(wage_c) else None
        payer = " / ".join(x.source for x in (b, cc) if x)
        rows.append((CRM_ROWS[i][0], payer, b.monthly if b else 0.0, cc.monthly if cc else 0.0))
    used = set(id(x) for x in wage_b[:3] + wage_c[:3])
    if len(used) != len(wage_b) + len(wage_c):
        raise ValueError("CRM-HW holds three jobs per earner")
    for label, code in CRM_ROWS[3:]:
        if "Contribution" in label:
            sel = [ln for ln in app.lines if ln.code == code and ln.who == "H"]
        elif "Child support" in label:
            sel = [ln for ln in app.lines if ln.code == code and ln.who != "H" and "support" in ln.source.lower()]
        elif label == "Any other income":
            sel = [ln for ln in app.lines if ln.code == code and ln.who != "H" and "support" not in ln.source.lower()]
        else:
            sel = [ln for ln in app.lines if ln.code == code]
        b = r2(sum(x.monthly for x in sel if x.who in ("B", "H")))
        cc = r2(sum(x.monthly for x in sel if x.who == "C"))
        rows.append((label, ", ".join(x.source for x in sel), b, cc))
    return rows


def crm_hw(app: App, ink: bool) -> Paper:
    navy = Color(0.1, 0.18, 0.38)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(navy)
        c.rect(0, 748, W, 44, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 768, "CORBEL RIDGE")
        c.setFont("Helvetica", 8)
        c.drawString(40, 756, "Mortgage Servicing  -  2 Granary Row, Bexley, OH 43209  -  (614) 555-0112")
        c.setFont("Helvetica-Bold", 10.5)
        c.drawRightString(572, 770, "Household Income Worksheet")
        c.drawRightString(572, 758, "and Request for Mortgage Help")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 736, f"Form CRM-HW (03/2047)     Sheet {n} of 2")
        c.drawRightString(572, 736, f"Loan no. {app.loan}")

    def band(c: Canvas, y: float, title: str) -> None:
        c.setFillGray(0.85)
        c.rect(40, y, 532, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, y + 4, title)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        band(c, 706, "A. WHO IS ON THE LOAN")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(170, 692, "BORROWER")
        c.drawString(380, 692, "CO-BORROWER")
        rows = [("Full name", app.borrower, app.co or ""), ("SSN, last four digits", app.ssn[-4:],
                                                             (app.co_ssn or "")[-4:]),
                ("Phone", app.phone, app.phone if app.co else ""), ("E-mail", app.email, "")]
        y = 676
        for k, b, cc in rows:
            c.setLineWidth(0.4)
            c.rect(40, y - 4, 126, 18, stroke=1, fill=0)
            c.rect(166, y - 4, 203, 18, stroke=1, fill=0)
            c.rect(369, y - 4, 203, 18, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(44, y + 2, k)
            c.setFont("Courier", 10)
            c.drawString(170, y + 1, b)
            c.drawString(373, y + 1, cc)
            y -= 18
        band(c, 584, "B. THE PROPERTY")
        c.setFont("Helvetica", 7.5)
        c.drawString(44, 566, "Street address")
        c.drawString(44, 546, "City / State / ZIP")
        c.setFont("Courier", 10)
        c.drawString(130, 566, app.street)
        c.drawString(130, 546, f"{app.city}, {app.state} {app.zip}")
        c.line(128, 562, 572, 562)
        c.line(128, 542, 572, 542)
        c.setFont("Helvetica", 7.5)
        c.drawString(44, 524, "How is it used?")
        x = 130
        for code, lab in (("primary_residence", "We live here (primary home)"), ("second_home", "Second home"),
                          ("investment_property", "Rented out / investment")):
            c.rect(x, 522, 9, 9, stroke=1, fill=0)
            if app.occupancy == code:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(x + 1.5, 523.5, "X")
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 13, 524, lab)
            x += 150
        band(c, 494, "C. THE HARDSHIP")
        c.setFont("Helvetica", 7.5)
        c.drawString(44, 478, "Mark every cause that applies:")
        for i, lab in enumerate(CRM_HARDSHIPS):
            col, row = divmod(i, 5)
            x = 44 + col * 264
            y = 462 - row * 15
            c.rect(x, y - 1, 9, 9, stroke=1, fill=0)
            if HARDSHIPS[i] in app.hardships:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(x + 1.5, y + 0.5, "X")
            c.setFont("Helvetica", 8)
            c.drawString(x + 14, y, lab)
        c.drawString(44, 378, "If other, explain:")
        c.setFont("Courier", 10)
        c.drawString(120, 378, app.other_text)
        c.line(118, 375, 572, 375)
        c.setFont("Helvetica", 8)
        c.drawString(44, 356, "The hardship started on (month/day/year):")
        c.rect(220, 351, 90, 16, stroke=1, fill=0)
        if app.start:
            c.setFont("Courier", 10)
            c.drawString(224, 355, mdy(app.start))
        c.setFont("Helvetica", 8)
        c.drawString(330, 356, "It will last:")
        x = 384
        for code, lab in (("short", "6 months or less"), ("long", "longer"), ("resolved", "it is over")):
            c.rect(x, 354, 9, 9, stroke=1, fill=0)
            if app.duration == code:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(x + 1.5, 355.5, "X")
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 12, 356, lab)
            x += len(lab) * 3.6 + 22
        paragraphs(c, 44, 320, 520, [
            "Sheet 2 asks for every income of the household, one column per borrower. List each job on its own line, "
            "with the employer's name. Money a relative or other person who is not on the loan gives the household "
            "each month goes on the contribution line."], font="Helvetica", size=8, leading=10)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        band(c, 706, "D. HOUSEHOLD MONTHLY INCOME, BEFORE TAXES")
        y = 688
        cols = [(40, 170, "Source"), (210, 170, "Employer or payer"), (380, 64, "Borrower $"),
                (444, 64, "Co-borrower $"), (508, 64, "Line total $")]
        c.setFont("Helvetica-Bold", 7)
        for x, w, t in cols:
            c.rect(x, y - 4, w, 14, stroke=1, fill=0)
            c.drawString(x + 3, y, t)
        y -= 18
        for label, payer, b, cc in crm_matrix(app):
            c.setLineWidth(0.4)
            for x, w, _ in cols:
                c.rect(x, y - 5, w, 18, stroke=1, fill=0)
            c.setFont("Helvetica", 7)
            c.drawString(43, y + 1, label)
            c.setFont("Courier", 8)
            c.drawString(213, y + 1, payer[:38])
            c.setFont("Courier", 9)
            if b:
                c.drawRightString(441, y + 1, money(b))
            if cc:
                c.drawRightString(505, y + 1, money(cc))
            if b or cc:
                c.drawRightString(569, y + 1, money(r2(b + cc)))
            y -= 18
        c.setFont("Helvetica-Bold", 8)
        c.drawString(43, y + 1, "TOTAL MONTHLY HOUSEHOLD INCOME")
        c.setLineWidth(1)
        c.rect(508, y - 5, 64, 18, stroke=1, fill=0)
        c.setFont("Courier-Bold", 9)
        c.drawRightString(569, y + 1, money(app.total))
        band(c, y - 36, "E. CERTIFICATION AND SIGNATURES")
        yy = paragraphs(c, 44, y - 54, 524, [
            "Each of us certifies that the information on both sheets is true and complete, that the hardship "
            "described is why we need help, and that Corbel Ridge may get a credit report on each borrower and verify "
            "any income listed. We understand that knowingly false statements may violate federal law."],
            font="Helvetica", size=8, leading=10)
        marks: list[Mark] = []
        y = yy - 34
        people = [("Borrower", app.borrower, app.b_signs, app.b_dates, 0),
                  ("Co-borrower", app.co or "", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, name, signs, dates, k in people:
            c.setLineWidth(0.6)
            c.line(44, y, 330, y)
            c.line(380, y, 540, y)
            c.setFont("Helvetica", 7.5)
            c.drawString(44, y - 10, f"{role} signs here" + (f"  ({name})" if name else ""))
            c.drawString(380, y - 10, "Date signed")
            if signs:
                marks.append(Mark("sig", 60, y + 2, w=180, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 386, y + 3, mdy(app.signed_on), size=12, seed=app.seed + 8 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(386, y + 3, mdy(app.signed_on))
            y -= 52
        return marks

    return Paper([page1, page2])


# Lanthorn Bank Home Lending, form LB-HA4: an INCOME SOURCES LEDGER, one row per source with a type letter

LB_TYPES = {"W": "wages", "S": "self_employment", "U": "unemployment", "T": "benefits_taxable",
            "N": "benefits_nontaxable", "R": "rental", "I": "investment", "O": "other"}
LB_LEGEND = (("W", "wages, salary, tips, overtime, commissions"), ("S", "self-employment (net)"),
             ("U", "unemployment benefits"), ("T", "taxable Social Security, pension, disability, public aid"),
             ("N", "non-taxable Social Security, SSI, disability"), ("R", "rent received, less costs but mortgage"),
             ("I", "investment or insurance income"), ("O", "other: child support, alimony, contributions"))
LB_REASONS = {"unemployment": "U1", "reduction_in_income": "R2", "increase_in_housing_expenses": "H3",
              "disaster": "D4", "disability_or_illness": "I5", "divorce_or_separation": "V6",
              "separation_unmarried": "S7", "death": "X8", "relocation": "T9", "other": "O10"}
LB_REASON_TEXT = ("U1 unemployment", "R2 reduced income", "H3 higher housing costs", "D4 disaster",
                  "I5 illness or disability", "V6 divorce or legal separation", "S7 separation, not married",
                  "X8 death of a borrower or wage earner", "T9 distant job transfer", "O10 other")


def lb_ha4(app: App, ink: bool) -> Paper:
    """Lanthorn Bank's three-section form: a typed letter-size sheet with a ledger of income sources on page 2."""
    teal = Color(0.0, 0.38, 0.42)
    code_of = {v: k for k, v in LB_TYPES.items()}
    who_word = {"B": "Borrower", "C": "Co-borrower", "H": "Household member"}

    def head(c: Canvas, n: int) -> None:
        c.setStrokeColor(teal)
        c.setLineWidth(3)
        c.line(40, 752, 572, 752)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        c.setFillColor(teal)
        c.setFont("Times-Bold", 17)
        c.drawString(40, 760, "Lanthorn Bank")
        c.setFillColor(black)
        c.setFont("Times-Roman", 9)
        c.drawString(150, 761, "Home Lending  -  Borrower Assistance")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 768, "FINANCIAL HARDSHIP APPLICATION  -  LB-HA4")
        c.drawRightString(572, 759, f"page {n} / 2")

    def q(c: Canvas, x: float, y: float, label: str, value: str, w: float) -> None:
        c.setFont("Helvetica", 6.5)
        c.drawString(x, y + 13, label.upper())
        c.setLineWidth(0.4)
        c.line(x, y - 2, x + w, y - 2)
        c.setFont("Courier", 10)
        c.drawString(x + 2, y + 1, value)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Times-Bold", 11)
        c.drawString(40, 726, "Part 1 - You")
        q(c, 40, 696, "Loan number", app.loan, 150)
        q(c, 40, 664, "Borrower's name", app.borrower, 300)
        q(c, 360, 664, "SSN (last 4)", app.ssn[-4:], 80)
        q(c, 40, 632, "Co-borrower's name (if any)", app.co or "", 300)
        q(c, 360, 632, "SSN (last 4)", (app.co_ssn or "")[-4:], 80)
        q(c, 40, 600, "Best phone", app.phone, 150)
        q(c, 220, 600, "E-mail", app.email, 300)
        c.setFont("Times-Bold", 11)
        c.drawString(40, 566, "Part 2 - The home")
        q(c, 40, 536, "Property address (street, city, state, ZIP)", app.address, 532)
        c.setFont("Helvetica", 8)
        c.drawString(40, 506, "Occupancy (circle one):")
        x = 150
        for code, lab in (("primary_residence", "OWNER-OCCUPIED PRIMARY HOME"), ("second_home", "SECOND HOME"),
                          ("investment_property", "INVESTMENT / RENTAL")):
            c.setFont("Helvetica", 8)
            c.drawString(x, 506, lab)
            wlab = len(lab) * 4.6
            if app.occupancy == code:
                c.setLineWidth(1)
                c.ellipse(x - 5, 501, x + wlab + 3, 516, stroke=1, fill=0)
            x += wlab + 24
        c.setFont("Times-Bold", 11)
        c.drawString(40, 472, "Part 3 - The hardship")
        c.setFont("Helvetica", 7.5)
        for i, t in enumerate(LB_REASON_TEXT):
            c.drawString(40 + (i % 2) * 260, 454 - (i // 2) * 11, t)
        codes = "  ".join(LB_REASONS[h] for h in HARDSHIPS if h in app.hardships)
        q(c, 40, 376, "Reason code(s) from the list above", codes, 200)
        q(c, 260, 376, "If O10, explain", app.other_text, 312)
        q(c, 40, 344, "Hardship began (mm/dd/yyyy)", mdy(app.start) if app.start else "", 130)
        q(c, 200, 344, "Expected to last (6 months or less / more / over)",
          {"short": "6 months or less", "long": "more than 6 months"}.get(app.duration, "over"), 230)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Times-Bold", 11)
        c.drawString(40, 726, f"Part 4 - Income sources of the household (loan {app.loan})")
        c.setFont("Helvetica", 7)
        for i, (k, t) in enumerate(LB_LEGEND):
            c.drawString(40 + (i % 2) * 266, 710 - (i // 2) * 9, f"{k} = {t}")
        y = 664
        cols = [(40, 22, "#"), (62, 92, "EARNER"), (154, 170, "EMPLOYER / PAYER / SOURCE"), (324, 36, "TYPE"),
                (360, 110, "HOW OFTEN PAID"), (470, 102, "MONTHLY GROSS $")]
        c.setFillColor(teal)
        c.rect(40, y - 4, 532, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 6.8)
        for x, _, t in cols:
            c.drawString(x + 3, y, t)
        c.setFillColor(black)
        y -= 19
        rows = list(app.lines) + [None] * max(0, 9 - len(app.lines))
        for i, ln in enumerate(rows):
            c.setLineWidth(0.3)
            c.line(40, y - 5, 572, y - 5)
            c.setFont("Helvetica", 7.5)
            c.drawString(43, y, str(i + 1))
            if ln is not None:
                c.setFont("Courier", 8.5)
                c.drawString(65, y, who_word[ln.who])
                c.drawString(157, y, ln.source[:31])
                c.setFont("Courier-Bold", 10)
                c.drawCentredString(342, y, code_of[ln.code])
                c.setFont("Courier", 8.5)
                c.drawString(363, y, ln.often)
                c.drawRightString(568, y, money(ln.monthly))
            y -= 19
        c.setLineWidth(1)
        c.line(470, y + 9, 572, y + 9)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(300, y - 3, "TOTAL MONTHLY GROSS, ALL SOURCES")
        c.setFont("Courier-Bold", 10)
        c.drawRightString(568, y - 3, money(app.total))
        c.setFont("Times-Bold", 11)
        c.drawString(40, y - 36, "Part 5 - Signatures")
        yy = paragraphs(c, 40, y - 52, 532, [
            "By signing, each borrower confirms that this application is true and complete, that the hardship "
            "described led to the request, and that Lanthorn Bank may obtain a credit report and verify the income "
            "listed with employers and payers."], font="Times-Roman", size=9.5, leading=12)
        marks: list[Mark] = []
        y = yy - 36
        people = [("Borrower", app.b_signs, app.b_dates, 0),
                  ("Co-borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, signs, dates, k in people:
            c.setFont("Times-Roman", 10)
            c.drawString(40, y, f"{role}:")
            c.setLineWidth(0.5)
            c.line(110, y - 2, 350, y - 2)
            c.drawString(370, y, "Dated:")
            c.line(410, y - 2, 540, y - 2)
            if signs:
                marks.append(Mark("sig", 125, y, w=170, seed=app.seed + 20 + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 416, y + 1, mdy(app.signed_on), size=12, seed=app.seed + 30 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(416, y + 1, mdy(app.signed_on))
            y -= 44
        return marks

    return Paper([page1, page2])
def flow(c: Canvas, x0: float, y: float, width: float, segs: Sequence[Any], size: float = 10.5,
         leading: float = 21.0) -> float:
    """Running text with answer blanks ("blank", width, typed answer) and boxes ("box", checked) inside it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x = x0
    space = stringWidth(" ", "Times-Roman", size)

    def room(w: float) -> None:
        nonlocal x, y
        if x + w > x0 + width and x > x0:
            x = x0
            y -= leading

    dollar = False
    for seg in segs:
        if seg == "$":  # kept on the same line as the blank after it
            dollar = True
            continue
        if isinstance(seg, str):
            for word in seg.split():
                w = stringWidth(word, "Times-Roman", size)
                room(w)
                c.setFont("Times-Roman", size)
                c.drawString(x, y, word)
                x += w + space
        elif seg[0] == "blank":
            _, w, answer = seg
            lead = stringWidth("$ ", "Times-Roman", size) if dollar else 0.0
            room(w + lead)
            if dollar:
                c.setFont("Times-Roman", size)
                c.drawString(x, y, "$")
                x += lead
                dollar = False
            c.setLineWidth(0.5)
            c.line(x, y - 2, x + w, y - 2)
            c.setFont("Courier-Bold", 10)
            c.drawString(x + 3, y + 1, answer)
            x += w + space
        else:
            room(12)
            c.setLineWidth(0.7)
            c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
            if seg[1]:
                c.setFont("Courier-Bold", 10)
                c.drawString(x + 1.2, y, "X")
            x += 8 + space
    return y - leading

def form4506c_screen(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                     client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int) -> bytes:
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Halyard Income Verification LLC"),
           (312, 506, "HIV-22817"), (420, 506, "HALYARD01"), (27, 484, "400 Commerce Way"),
           (312, 484, "Tysons"), (420, 484, "VA"), (474, 484, "22102"), (27, 430, client), (474, 430, client_phone),
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
    return fixed_pypdf_bytes(writer, "bq4506c")




# --- packets -----------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    account: str | None = None
    benefit: str | None = None
    signed: bool = False
    amount_and_frequency: bool = False  # "other documentation showing the amount and frequency" of other income
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False
    paper: Paper | None = None  # the paper as printed, for --check's read-back of the printed values
    job: Job | None = None
    stub_ytd: dict[str, float] = field(default_factory=dict)


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
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = scans_pdf(sheets, style)


def app_doc(paper: Paper | None = None) -> Doc:
    return Doc("mortgage_assistance_application", {}, paper=paper)


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date, paper=s.paper, job=s.job, stub_ytd=s.ytd_lines)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account, paper=s.paper)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit, amount_and_frequency=lt.amount_and_frequency,
               paper=lt.paper)


def pnl_doc(p: PnL) -> Doc:
    return Doc("profit_and_loss_statement", p.fields, p.date, signed=p.signed, paper=p.paper)


def check_doc(rc: RentCheck) -> Doc:
    return Doc("rent_check", {}, rc.date, paper=rc.paper)


def hardship_doc(date: dt.date, paper: Paper) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date, paper=paper)


def form4506c_doc(on: dt.date) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    if app.start is None:
        out.append("application_field:hardship_start_date")
    if not app.hardships:
        out.append("application_field:hardship_types")
    if not any(v > 0 for v in app.income.values()):
        out.append("application_field:income")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and a is not b and fresh(a.date) and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    pnl = any(d.type == "profit_and_loss_statement" and d.signed and fresh(d.date) for d in docs)
    checks = sum(1 for d in docs if d.type == "rent_check" and fresh(d.date))
    other_doc = any(d.amount_and_frequency and fresh(d.date) for d in docs)
    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or pnl, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank or checks >= 2,
             "investment": two_bank or sum(1 for d in docs if d.type == "investment_statement" and fresh(d.date)) >= 2,
             "other": two_bank or other_doc}
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


def pays(job: Job, on_or_before: dt.date, n: int) -> list[dt.date]:
    """The job's last n pay dates on or before a day."""
    dates = [d for d in schedule(job, on_or_before.year) if d <= on_or_before]
    return dates[-n:]


def key_of(seed: int, packet: int) -> int:
    return random.Random(seed * 7919 + packet).randrange(10**6)


def line_of(who: str, s: Stub) -> Line:
    return Line(who, "wages", s.job.employer, FREQ_WORD[s.job.frequency].lower(), s.monthly)


def scanned(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    return scan_paper(paper, style, seed)


def pdf_sheets(pdf: bytes, style: Scan, seed: int) -> list[ScannedPage]:
    """A born-digital PDF printed and scanned (or faxed)."""
    return scan_sheets(pdf, [], style, seed)


WH_1 = Withholding(0.1, 0.04, True, (("Medical (pre-tax)", 88.20), ("401(k) 4%", 61.00)))
WH_2 = Withholding(0.07, 0.035, True, ())
WH_3 = Withholding(0.08, 0.0307, True, (("Health insurance", 54.75),))
WH_T = Withholding(0.04, 0.02, True, ())
WH_5 = Withholding(0.09, 0.05, True, (("Dental", 12.40), ("Union dues", 21.00)))


def wh_pct(base: Withholding, label: str, pct: float, salary: float) -> Withholding:
    """A withholding whose one deduction is a fixed share of a fixed salary (school and pension plans)."""
    return Withholding(base.fed, base.state, base.fica, ((label, r2(salary * pct)),))


TEAL = Color(0.0, 0.4, 0.45)
RUST = Color(0.6, 0.25, 0.1)
PLUM = Color(0.4, 0.15, 0.4)
SLATE = Color(0.2, 0.3, 0.4)


def packet_bq1(seed: int) -> Packet:
    """Four jobs of two spouses, every pay frequency; a boarder's two rent checks; Form 710 typed on screen."""
    key = key_of(seed, 1)
    received = dt.date(2047, 4, 19)
    addr = ["4410 Wickersham Lane", "Fenwick Hollow, WI 53538"]
    j1 = Job("Tallgrass Distribution Center", "9000 Prairie Gateway Drive, Janesville, WI 53546",
             "Delphine A. Marchbanks", "TDC-208841", "semimonthly", 21.40, 86.67, WH_1, title="Inventory lead")
    j2 = Job("Brightwater Grill", "17 Harbor Street, Fenwick Hollow, WI 53538", "Delphine A. Marchbanks",
             "BWG-0316", "weekly", 4.25, 14.0, WH_T, kind="tipped", title="Server")
    j3 = Job("Fenwick Hollow School District", "300 Schoolhouse Road, Fenwick Hollow, WI 53538",
             "Osric L. Marchbanks", "E-41178", "monthly", 3120.00, 0.0,
             wh_pct(WH_2, "WRS retirement 6.9%", 0.069, 3120.00), kind="salary", title="Custodian II")
    j4 = Job("Township of Ashgrove", "12 Township Hall Road, Ashgrove, WI 53540", "Osric L. Marchbanks",
             "0771402", "biweekly", 17.25, 24.0, WH_2, anchor=dt.date(2047, 1, 11),
             title="Recreation attendant")
    stubs = [two_page_stub(j1, d, key, TEAL) for d in pays(j1, dt.date(2047, 4, 15), 2)]
    s2 = receipt_stub(j2, pays(j2, dt.date(2047, 4, 12), 1)[0], key)
    s3 = district_stub(j3, dt.date(2047, 3, 31), key)
    s4 = voucher_stub(j4, pays(j4, dt.date(2047, 4, 12), 1)[0], key)
    checks = [rent_check("Tobias N. Wren", "4410 Wickersham Lane, Fenwick Hollow, WI 53538", "Delphine Marchbanks",
                         "Badger Valley Credit Union", 1040 + i, d, 725.00, f"Room rent {d.strftime('%B')}",
                         d + dt.timedelta(days=1), seed + 10 + i, "Fenwick Hollow State Bank")
              for i, d in enumerate((dt.date(2047, 3, 1), dt.date(2047, 4, 1)))]
    app = App("0047718253", "Delphine A. Marchbanks", "931-57-2208", "4410 Wickersham Lane", "Fenwick Hollow", "WI",
              "53538", "(608) 555-0143", "dmarchbanks@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2046, 12, 1), "long",
              [line_of("B", stubs[-1]), line_of("B", s2), line_of("C", s3), line_of("C", s4),
               Line("B", "rental", "Boarder - Tobias N. Wren", "monthly", 725.00)],
              dt.date(2047, 4, 12), co="Osric L. Marchbanks", co_ssn="931-60-4475", seed=seed + 11)
    p = Packet("bq1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Marchbanks application.pdf", form710_screen(app), (app_doc(), 4))
    for s in stubs:
        p.pdf(f"{folder}/Tallgrass {s.date.strftime('%m-%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 2))
    p.pdf(f"{folder}/grill stub.pdf", paper_pdf(s2.paper), (stub_doc(s2), 1))
    p.pdf(f"{folder}/Osric school pay.pdf", paper_pdf(s3.paper), (stub_doc(s3), 1))
    p.pdf(f"{folder}/Osric township.pdf", paper_pdf(s4.paper), (stub_doc(s4), 1))
    phone = Scan(dpi=200, tilt=0.8, blur=0.7, noise=0.0004)
    for i, rc in enumerate(checks):
        p.scan(f"{folder}/IMG_40{17 + i}.pdf", [(check_doc(rc), scanned(rc.paper, phone, seed + 120 + i))], phone)
    t = form4506c_screen("Delphine", "A", "Marchbanks", "931-57-2208", "4410 Wickersham Lane", "Fenwick Hollow",
                         "WI", "53538", "Fannie Mae loan servicer", "(800) 555-0199", dt.date(2047, 4, 12),
                         "(608) 555-0143", seed + 13)
    p.pdf(f"{folder}/4506-C.pdf", t, (form4506c_doc(dt.date(2047, 4, 12)), 1))
    on = dt.date(2047, 4, 12)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Loan servicer", [
        "Since December the distribution center has stopped all overtime, which used to be about a fifth of my pay. "
        "I picked up weekend shifts at the Brightwater Grill and Osric works part-time for the township besides his "
        "job at the school district, and we rent a room to a boarder, but together it is still less than we made.",
        "We ask for a modification that brings the payment down to what the four jobs and the room rent bring in."],
        ink=False, seed=seed)
    p.pdf(f"{folder}/letter.pdf", paper_pdf(hl), (hardship_doc(on, hl), 1))
    return p


def packet_bq2(seed: int) -> Packet:
    """Every wage stub is older than 90 days; a signed P&L covers the co-borrower's sideline. One fax."""
    key = key_of(seed, 2)
    received = dt.date(2047, 6, 12)
    addr = ["88 Millrace Court", "Corliss, PA 16142"]
    j1 = Job("Corliss Valve Works", "1 Foundry Lane, Corliss, PA 16142", "Hollis J. Treadway", "CVW-55102",
             "biweekly", 26.10, 80.0, WH_5, title="Machinist B")
    j2 = Job("Keystone Staffing Partners", "220 State Street, New Castle, PA 16101", "Annika R. Treadway",
             "KSP-71930", "weekly", 18.75, 32.0, WH_2, title="Packing associate")
    stubs = [two_page_stub(j1, d, key, RUST) for d in pays(j1, dt.date(2047, 3, 2), 2)]
    s2 = agency_stub(j2, pays(j2, dt.date(2047, 3, 8), 1)[0], key, "Branch 14 - (724) 555-0161",
                     "Lawrence County Foods, New Castle")
    sales = r2(3800 + random.Random(key).uniform(0, 900))
    pnl = pnl_statement("Annika R. Treadway", "Annika's Alterations", "Clothing alterations and repairs",
                        dt.date(2047, 1, 1), dt.date(2047, 5, 31), sales,
                        [("Thread, zippers and notions", 214.60), ("Sewing machine service", 95.00),
                         ("Booth rent, farmers market", 250.00), ("Advertising", 60.00)], dt.date(2047, 6, 5),
                        seed + 21)
    se_monthly = r2(pnl.fields["net_income"] / 5)
    app = App("2290415576", "Hollis J. Treadway", "948-03-6631", "88 Millrace Court", "Corliss", "PA", "16142",
              "(724) 555-0118", "htreadway@example.net", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2047, 1, 1), "long",
              [line_of("B", stubs[-1]), line_of("C", s2),
               Line("C", "self_employment", "Annika's Alterations", "monthly (net)", se_monthly)],
              dt.date(2047, 6, 5), co="Annika R. Treadway", co_ssn="948-21-0094", seed=seed + 22)
    p = Packet("bq2", received, app, ["income_doc:wages"])
    fax = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0007, fax=True)
    on = dt.date(2047, 6, 5)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Lanthorn Bank Home Lending", [
        "In January our escrow payment went up by $318 a month because the township reassessed every house on our "
        "street and our homeowner's insurance renewed at a much higher premium.",
        "I work full time at the valve works, Annika works through the staffing agency and does alterations on "
        "the side. We want to stay current and ask for a modification."], ink=True, seed=seed + 23)
    t = form4506c_screen("Annika", "R", "Treadway", "948-21-0094", "88 Millrace Court", "Corliss", "PA", "16142",
                         "Lanthorn Bank Home Lending", "(412) 555-0150", on, "(724) 555-0118", seed + 24)
    cover = fax_cover("Corliss Public Library", "(724) 555-0100", "Lanthorn Bank - Borrower Assistance",
                      "(412) 555-0151", received, 11, f"Treadway, loan {app.loan}")
    p.scan("FAX0612_0937.pdf", [
        (None, scanned(cover, fax, seed + 200)),
        (app_doc(lb_ha4(app, ink=True)), scanned(lb_ha4(app, ink=True), fax, seed + 201)),
        (stub_doc(stubs[0]), scanned(stubs[0].paper, fax, seed + 202)),
        (stub_doc(stubs[1]), scanned(stubs[1].paper, fax, seed + 203)),
        (stub_doc(s2), scanned(s2.paper, fax, seed + 204)),
        (pnl_doc(pnl), scanned(pnl.paper, fax, seed + 205)),
        (form4506c_doc(on), pdf_sheets(t, fax, seed + 206)),
        (hardship_doc(on, hl), scanned(hl, fax, seed + 207))], fax)
    return p


def support_payments(first: dt.date, last: dt.date, amount: float) -> list[tuple[dt.date, float]]:
    out = []
    d = first
    while d <= last:
        out.append((d, amount))
        d += dt.timedelta(days=14)
    return out


def packet_bq3(seed: int) -> Packet:
    """A job change (stale stubs from the old employer, fresh ones from the new), a diner job, child support shown
    by a court order, the disbursement unit's printout and two statements. Corbel Ridge's matrix on screen."""
    key = key_of(seed, 3)
    rng = random.Random(key)
    received = dt.date(2047, 5, 21)
    addr = ["2315 Tamarack Trail", "Tamarack, MN 55787"]
    j0 = Job("Harlow Medical Billing", "40 Depot Avenue, Aitkin, MN 56431", "Marisela V. Quintanar", "HMB-3307",
             "semimonthly", 24.60, 86.67, WH_1, hired=dt.date(2043, 5, 1), title="Billing specialist")
    j1 = Job("Ransom County Clerk's Office", "100 Courthouse Square, Tamarack, MN 55787", "Marisela V. Quintanar",
             "4471903", "biweekly", 20.15, 80.0, WH_3, hired=dt.date(2047, 1, 28), title="Records clerk")
    j2 = Job("Copper Kettle Diner", "9 Main Street North, Tamarack, MN 55787", "Marisela V. Quintanar", "CK-112",
             "weekly", 5.10, 12.0, WH_T, kind="tipped", title="Server")
    old = [two_page_stub(j0, d, key, PLUM) for d in (dt.date(2047, 1, 15), dt.date(2047, 1, 31))]
    new = [voucher_stub(j1, d, key) for d in pays(j1, dt.date(2047, 5, 17), 2)]
    diner = receipt_stub(j2, pays(j2, dt.date(2047, 5, 17), 1)[0], key)
    order = support_order("Circuit Court of the Ninth Judicial District", "Ransom County", "27-FA-44-1186",
                          "Marisela V. Quintanar", "Dario M. Quintanar", "Lucia and Mateo", 780.00,
                          dt.date(2044, 9, 12), "Minnesota Child Support Payment Center")
    paid = support_payments(dt.date(2047, 1, 8), dt.date(2047, 5, 7), 360.00)
    sdu = sdu_printout("Minnesota Child Support Payment Center", "MINNESOTA", "27-FA-44-1186",
                       "Marisela V. Quintanar", "Dario M. Quintanar", dt.date(2047, 5, 14), 780.00, paid)
    net_new = new[-1].fields["net_current"]
    months = []
    begin = 1312.40
    for month in (3, 4):
        start, end = month_bounds(2047, month)
        credits = [((d - start).days + 1, "MN CHILD SUPPORT PMT CTR", a) for d, a in paid if start <= d <= end]
        credits += [((d - start).days + 1, "RANSOM CTY PAYROLL DD", net_new) for d in schedule(j1, 2047)
                    if start <= d <= end]
        st = tamarack_statement(rng, ["MARISELA V QUINTANAR"], addr, "6620093184", 2047, month, begin, credits)
        months.append(st)
        begin = st.fields["ending_balance"]
    app = App("0610842297", "Marisela V. Quintanar", "967-40-1853", "2315 Tamarack Trail", "Tamarack", "MN", "55787",
              "(218) 555-0174", "mvquintanar@example.org", "primary_residence", ["reduction_in_income"],
              dt.date(2047, 2, 1), "long",
              [line_of("B", new[-1]), line_of("B", diner),
               Line("B", "other", "Child support - Dario M. Quintanar", "monthly", 780.00)],
              dt.date(2047, 5, 16), seed=seed + 31)
    p = Packet("bq3", received, app, [])
    loan = app.loan
    p.pdf(f"{loan}-worksheet.pdf", paper_pdf(crm_hw(app, ink=False)), (app_doc(crm_hw(app, ink=False)), 2))
    for s in old:
        p.pdf(f"{loan}-harlow-{s.date.strftime('%b%d').lower()}.pdf", paper_pdf(s.paper), (stub_doc(s), 2))
    for s in new:
        p.pdf(f"{loan}-county-{s.date.strftime('%b%d').lower()}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{loan}-diner.pdf", paper_pdf(diner.paper), (stub_doc(diner), 1))
    gray = Scan(dpi=240, tilt=0.4, blur=0.6, noise=0.0005)
    p.scan(f"{loan}-support-order.pdf", [(letter_doc(order), scanned(order.paper, gray, seed + 300))], gray)
    p.pdf(f"{loan}-payment-history.pdf", paper_pdf(sdu.paper), (letter_doc(sdu), 1))
    for st in months:
        p.pdf(f"{loan}-stmt-{st.date.strftime('%Y%m')}.pdf", paper_pdf(st.paper), (stmt_doc(st), 1))
    on = dt.date(2047, 5, 16)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Corbel Ridge Mortgage Servicing", [
        "Harlow Medical Billing closed its Aitkin office at the end of January. I found work at the county clerk's "
        "office in February, but it pays about four dollars an hour less, so I added evening shifts at the Copper "
        "Kettle. My children's father pays support through the state payment center.",
        "I ask for a modification so that my payment fits the income I have now."], ink=False, seed=seed + 32)
    p.pdf(f"{loan}-letter.pdf", paper_pdf(hl), (hardship_doc(on, hl), 1))
    return p


def packet_bq4(seed: int) -> Packet:
    """The borrower signed Form 710 in ink but left the date blank; a brother-in-law's contribution letter with his
    pay stub. One grey scan behind the mailroom's separator sheet."""
    key = key_of(seed, 4)
    received = dt.date(2047, 8, 14)
    addr = ["61 Heronsgate Road", "Pinecrest, OR 97361"]
    j1 = Job("Pinecrest Unified School District", "500 Cedar Street, Pinecrest, OR 97361", "Gustavo R. Ellery",
             "PUSD-20931", "monthly", 2480.00, 0.0, wh_pct(WH_2, "PERS 6%", 0.06, 2480.00), kind="salary",
             title="Bus driver (12-month)")
    j2 = Job("Ember & Oak Tavern", "1402 River Road, Pinecrest, OR 97361", "Gustavo R. Ellery", "EOT-0088",
             "weekly", 14.70, 10.0, WH_T, kind="tipped", title="Weekend server")
    j3 = Job("Merrimack Packaging Co.", "77 Industrial Loop, Salem, OR 97301", "Wynona P. Ellery", "MPC-61204",
             "biweekly", 23.35, 80.0, WH_1, anchor=dt.date(2047, 1, 11), title="Quality technician")
    j4 = Job("Northstar Staffing Group", "845 Commercial Street SE, Salem, OR 97302", "Caspian T. Drury",
             "NSG-30177", "weekly", 19.40, 38.0, WH_2, title="Forklift operator")
    s1 = district_stub(j1, dt.date(2047, 7, 31), key)
    s2 = receipt_stub(j2, pays(j2, dt.date(2047, 8, 10), 1)[0], key)
    s3 = [two_page_stub(j3, d, key, SLATE) for d in pays(j3, dt.date(2047, 8, 10), 2)]
    s4 = agency_stub(j4, pays(j4, dt.date(2047, 8, 10), 1)[0], key, "Salem branch - (503) 555-0133",
                     "Willamette Cold Storage")
    contrib = contribution_letter("Caspian T. Drury", "brother-in-law (the co-borrower's brother)",
                                  "Gustavo R. and Wynona P. Ellery", addr, "3305582147", dt.date(2047, 8, 6), 600.00,
                                  dt.date(2046, 10, 1), "Northstar Staffing Group", seed + 41)
    app = App("3305582147", "Gustavo R. Ellery", "925-18-7740", "61 Heronsgate Road", "Pinecrest", "OR", "97361",
              "(503) 555-0129", "gellery@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2047, 3, 18), "short",
              [line_of("B", s1), line_of("B", s2), line_of("C", s3[-1]),
               Line("H", "other", "Contribution - Caspian T. Drury", "monthly", 600.00)],
              dt.date(2047, 8, 7), co="Wynona P. Ellery", co_ssn="925-44-3016", b_dates=False, seed=seed + 42)
    p = Packet("bq4", received, app, ["application_signature"])
    gray = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005)
    on = dt.date(2047, 8, 7)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Loan servicer", [
        "In March Wynona was diagnosed with a serious illness and was out of work for nine weeks. Her short-term "
        "disability paid only part of her wages and the medical bills took our savings. She is back at work now.",
        "Gustavo drives for the school district and works weekends at the tavern, and Wynona's brother, who lives "
        "with us, pays $600 a month toward the house. We ask to catch up through a modification."],
        ink=True, seed=seed + 43)
    p.scan("MAILROOM_0814_0005.pdf", [
        (None, scanned(separator_sheet(app.loan), gray, seed + 400)),
        (app_doc(), form710_ink(app, gray, seed + 401)),
        (stub_doc(s1), scanned(s1.paper, gray, seed + 402)),
        (stub_doc(s2), scanned(s2.paper, gray, seed + 403)),
        (stub_doc(s3[0]), scanned(s3[0].paper, gray, seed + 404)),
        (stub_doc(s3[1]), scanned(s3[1].paper, gray, seed + 405)),
        (letter_doc(contrib), scanned(contrib.paper, gray, seed + 406)),
        (stub_doc(s4), scanned(s4.paper, gray, seed + 407)),
        (hardship_doc(on, hl), scanned(hl, gray, seed + 408))], gray)
    return p


def packet_bq5(seed: int) -> Packet:
    """Child support claimed, but the court order is from 2045 and the printout from March; the hardship date is
    blank on Lanthorn's form. A folder of one file per paper, stubs scanned."""
    key = key_of(seed, 5)
    received = dt.date(2047, 7, 17)
    j1 = Job("Ashby County Schools", "1 Academy Road, Ashby, MA 01431", "Priya N. Castellanos", "ACS-7720",
             "monthly", 2950.00, 0.0, wh_pct(WH_3, "MTRS retirement 9%", 0.09, 2950.00), kind="salary",
             title="Cafeteria manager")
    j2 = Job("Keystone Staffing Partners", "18 Water Street, Fitchburg, MA 01420", "Priya N. Castellanos",
             "KSP-88415", "weekly", 17.60, 16.0, WH_2, title="Event staff")
    j3 = Job("Halvorsen Freight Terminal", "3 Rail Yard Way, Ayer, MA 01432", "Teodoro Castellanos", "HFT-2290",
             "semimonthly", 25.80, 86.67, WH_5, title="Dock supervisor")
    s1 = district_stub(j1, dt.date(2047, 6, 30), key)
    s2 = agency_stub(j2, pays(j2, dt.date(2047, 7, 12), 1)[0], key, "Fitchburg office - (978) 555-0190",
                     "Wachusett Conference Center")
    s3 = [two_page_stub(j3, d, key, RUST) for d in (dt.date(2047, 6, 30), dt.date(2047, 7, 15))]
    order = support_order("Probate and Family Court", "Middlesex County", "MI45D2210CS", "Priya N. Castellanos",
                          "Marcus J. Bell", "Ava and Noah", 520.00, dt.date(2045, 6, 2),
                          "Massachusetts Child Support Disbursement Unit")
    paid = [(d, 260.00) for d in (dt.date(2047, 1, 3), dt.date(2047, 1, 17), dt.date(2047, 2, 1),
                                  dt.date(2047, 2, 14), dt.date(2047, 3, 1), dt.date(2047, 3, 15))]
    sdu = sdu_printout("Massachusetts Child Support Disbursement Unit", "MASSACHUSETTS", "MI45D2210CS",
                       "Priya N. Castellanos", "Marcus J. Bell", dt.date(2047, 3, 28), 520.00, paid)
    app = App("7154406381", "Priya N. Castellanos", "984-27-5510", "905 Quarry Hill Road", "Ashby", "MA", "01431",
              "(978) 555-0166", "priya.castellanos@example.net", "primary_residence",
              ["reduction_in_income", "increase_in_housing_expenses"], None, "long",
              [line_of("B", s1), line_of("B", s2), line_of("C", s3[-1]),
               Line("B", "other", "Child support - Marcus J. Bell", "monthly", 520.00)],
              dt.date(2047, 7, 11), co="Teodoro Castellanos", co_ssn="984-61-2037", seed=seed + 51)
    p = Packet("bq5", received, app, ["application_field:hardship_start_date", "income_doc:other"])
    folder = app.loan
    gray = Scan(dpi=200, tilt=0.5, blur=0.5, noise=0.0006)
    p.pdf(f"{folder}/LB-HA4 Castellanos.pdf", paper_pdf(lb_ha4(app, ink=False)), (app_doc(lb_ha4(app, ink=False)), 2))
    p.scan(f"{folder}/scan_0001.pdf", [(stub_doc(s1), scanned(s1.paper, gray, seed + 500))], gray)
    p.scan(f"{folder}/scan_0002.pdf", [(stub_doc(s2), scanned(s2.paper, gray, seed + 501))], gray)
    p.scan(f"{folder}/scan_0003.pdf", [(stub_doc(s3[0]), scanned(s3[0].paper, gray, seed + 502)),
                                       (stub_doc(s3[1]), scanned(s3[1].paper, gray, seed + 503))], gray)
    p.scan(f"{folder}/scan_0004.pdf", [(letter_doc(order), scanned(order.paper, gray, seed + 504))], gray)
    p.pdf(f"{folder}/PaymentHistory.pdf", paper_pdf(sdu.paper), (letter_doc(sdu), 1))
    return p


def packet_bq6(seed: int) -> Packet:
    """A side business and a boarder but no Form 4506-C; a job change for the borrower. Form 710 in ink, one fax
    with no cover sheet."""
    key = key_of(seed, 6)
    received = dt.date(2047, 9, 10)
    addr = ["27 Sawmill Creek Road", "Brennan Falls, VT 05733"]
    j0 = Job("City of Brennan Falls", "City Hall, 1 Falls Street, Brennan Falls, VT 05733", "Lucius M. Fairweather",
             "0392254", "biweekly", 22.80, 80.0, WH_3, hired=dt.date(2039, 4, 1), title="Public works laborer")
    j1 = Job("Summit Temp Solutions", "66 Merchants Row, Rutland, VT 05701", "Lucius M. Fairweather", "STS-50218",
             "weekly", 21.10, 40.0, WH_2, hired=dt.date(2047, 6, 3), title="Warehouse associate")
    j2 = Job("Greywater Regional Hospital", "400 Hospital Hill, Rutland, VT 05701", "Imogen S. Fairweather",
             "GRH-118845", "semimonthly", 27.45, 72.0, WH_1, title="Unit secretary")
    final = voucher_stub(j0, pays(j0, dt.date(2047, 5, 25), 1)[0], key)
    news = [agency_stub(j1, d, key, "Rutland branch - (802) 555-0148", "Otter Creek Outfitters DC")
            for d in pays(j1, dt.date(2047, 9, 6), 2)]
    s2 = two_page_stub(j2, dt.date(2047, 8, 31), key, TEAL)
    sales = r2(9400 + random.Random(key).uniform(0, 1500))
    pnl = pnl_statement("Lucius M. Fairweather", "Fairweather Small Engine Repair",
                        "Mower, snowblower and chainsaw repair", dt.date(2047, 1, 1), dt.date(2047, 8, 31), sales,
                        [("Parts", 3120.45), ("Shop electricity", 410.00), ("Tools and supplies", 655.20),
                         ("Insurance", 480.00)], dt.date(2047, 9, 3), seed + 61)
    se_monthly = r2(pnl.fields["net_income"] / 8)
    checks = [rent_check("Elias K. Brandt", "27 Sawmill Creek Road, Brennan Falls, VT 05733", "Lucius Fairweather",
                         "Green Mountain Federal Credit Union", 318 + i, d, 650.00, "rent - upstairs room",
                         d + dt.timedelta(days=2), seed + 62 + i, "Brennan Falls Savings Bank")
              for i, d in enumerate((dt.date(2047, 8, 1), dt.date(2047, 9, 1)))]
    app = App("5581037724", "Lucius M. Fairweather", "957-72-0381", "27 Sawmill Creek Road", "Brennan Falls", "VT",
              "05733", "(802) 555-0171", "lfairweather@example.com", "primary_residence", ["disaster"],
              dt.date(2047, 5, 11), "short",
              [line_of("B", news[-1]), line_of("C", s2),
               Line("B", "self_employment", "Fairweather Small Engine Repair", "monthly (net)", se_monthly),
               Line("B", "rental", "Boarder - Elias K. Brandt", "monthly", 650.00)],
              dt.date(2047, 9, 4), co="Imogen S. Fairweather", co_ssn="957-19-8846", seed=seed + 63)
    p = Packet("bq6", received, app, ["irs_form_4506c"])
    fax = Scan(dpi=200, tilt=0.2, blur=0.35, noise=0.0009, fax=True)
    on = dt.date(2047, 9, 4)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Loan servicer", [
        "On May 11 the spring flood took out the garage where I run my small engine repair business, and the city "
        "laid off the seasonal public works crew the same month. I started with a temp agency in June.",
        "Imogen works at the hospital and we rent our upstairs room to a boarder. We need a few months of lower "
        "payments while the garage is rebuilt."], ink=True, seed=seed + 64)
    p.scan("2047-09-10_FAX_8025550171.pdf", [
        (app_doc(), form710_ink(app, fax, seed + 600)),
        (stub_doc(final), scanned(final.paper, fax, seed + 601)),
        (stub_doc(news[0]), scanned(news[0].paper, fax, seed + 602)),
        (stub_doc(news[1]), scanned(news[1].paper, fax, seed + 603)),
        (stub_doc(s2), scanned(s2.paper, fax, seed + 604)),
        (pnl_doc(pnl), scanned(pnl.paper, fax, seed + 605)),
        (check_doc(checks[0]), scanned(checks[0].paper, fax, seed + 606)),
        (check_doc(checks[1]), scanned(checks[1].paper, fax, seed + 607)),
        (hardship_doc(on, hl), scanned(hl, fax, seed + 608))], fax)
    return p


def packet_bq7(seed: int) -> Packet:
    """The sideline's P&L is neither signed nor dated; the co-borrower's old job ended in June. Corbel Ridge's
    matrix in ink, one 300 dpi grey scan of the whole packet."""
    key = key_of(seed, 7)
    received = dt.date(2047, 10, 8)
    addr = ["1130 Larkspur Avenue", "Marrow Creek, IA 52342"]
    j1 = Job("Marrow Creek Public Schools", "800 Ninth Street, Marrow Creek, IA 52342", "Beatrix O. Lindqvist",
             "MCPS-5531", "monthly", 3385.00, 0.0, wh_pct(WH_3, "IPERS 6.29%", 0.0629, 3385.00), kind="salary",
             title="Library media specialist")
    j2 = Job("Village of Pell Lake", "2 Lakeview Plaza, Pell Lake, IA 52344", "Beatrix O. Lindqvist", "0048817",
             "biweekly", 16.90, 20.0, WH_2, anchor=dt.date(2047, 1, 11), title="Library aide (evenings)")
    j0 = Job("Corliss Valve Works", "1 Foundry Lane, Corliss, PA 16142", "Anders K. Lindqvist", "CVW-61877",
             "biweekly", 25.40, 80.0, WH_5, hired=dt.date(2041, 8, 1), title="Assembler")
    j3 = Job("Harbor Staffing Group", "55 River Street, Cedar Rapids, IA 52401", "Anders K. Lindqvist", "HSG-4410",
             "weekly", 19.25, 40.0, WH_2, hired=dt.date(2047, 7, 1), title="Assembly associate")
    s1 = district_stub(j1, dt.date(2047, 9, 30), key)
    s2 = [voucher_stub(j2, d, key) for d in pays(j2, dt.date(2047, 10, 4), 2)]
    final = two_page_stub(j0, pays(j0, dt.date(2047, 6, 14), 1)[0], key, RUST)
    s3 = [agency_stub(j3, d, key, "Cedar Rapids branch - (319) 555-0102", "Linn Valley Manufacturing")
          for d in pays(j3, dt.date(2047, 10, 4), 2)]
    sales = r2(5200 + random.Random(key).uniform(0, 800))
    pnl = pnl_statement("Beatrix O. Lindqvist", "Lindqvist Bakes", "Custom cakes and cookies, home bakery",
                        dt.date(2047, 1, 1), dt.date(2047, 9, 30), sales,
                        [("Ingredients", 1390.75), ("Packaging", 244.10), ("Cottage food license", 75.00),
                         ("Kitchen equipment", 312.00)], None, seed + 71)
    se_monthly = r2(pnl.fields["net_income"] / 9)
    app = App("8802264419", "Beatrix O. Lindqvist", "971-38-2264", "1130 Larkspur Avenue", "Marrow Creek", "IA",
              "52342", "(319) 555-0187", "blindqvist@example.org", "primary_residence", ["other"],
              dt.date(2047, 6, 14), "short",
              [line_of("B", s1), line_of("B", s2[-1]), line_of("C", s3[-1]),
               Line("B", "self_employment", "Lindqvist Bakes", "monthly (net)", se_monthly)],
              dt.date(2047, 10, 1), co="Anders K. Lindqvist", co_ssn="971-52-0930",
              other_text="Employer plant moved out of state", seed=seed + 72)
    p = Packet("bq7", received, app, ["income_doc:self_employment"])
    gray = Scan(dpi=300, tilt=0.25, blur=0.7, noise=0.0004)
    on = dt.date(2047, 10, 1)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Corbel Ridge Mortgage Servicing", [
        "In June Corliss Valve Works moved Anders's assembly line to Pennsylvania and his job ended with it. He "
        "found work through a staffing agency in July at a lower rate and without benefits.",
        "I teach, work evenings at the village library and bake cakes to order. Until Anders finds a permanent job "
        "we need a lower payment."], ink=True, seed=seed + 73)
    t = form4506c_screen("Beatrix", "O", "Lindqvist", "971-38-2264", "1130 Larkspur Avenue", "Marrow Creek", "IA",
                         "52342", "Corbel Ridge Mortgage Servicing", "(614) 555-0112", on, "(319) 555-0187",
                         seed + 74)
    p.scan(f"Lindqvist {app.loan}.pdf", [
        (app_doc(crm_hw(app, ink=True)), scanned(crm_hw(app, ink=True), gray, seed + 700)),
        (stub_doc(s1), scanned(s1.paper, gray, seed + 701)),
        (stub_doc(s2[0]), scanned(s2[0].paper, gray, seed + 702)),
        (stub_doc(s2[1]), scanned(s2[1].paper, gray, seed + 703)),
        (stub_doc(final), scanned(final.paper, gray, seed + 704)),
        (stub_doc(s3[0]), scanned(s3[0].paper, gray, seed + 705)),
        (stub_doc(s3[1]), scanned(s3[1].paper, gray, seed + 706)),
        (pnl_doc(pnl), scanned(pnl.paper, gray, seed + 707)),
        (form4506c_doc(on), pdf_sheets(t, gray, seed + 708)),
        (hardship_doc(on, hl), scanned(hl, gray, seed + 709))], gray)
    return p


def packet_bq8(seed: int) -> Packet:
    """Three jobs for the borrower (weekly, bi-weekly, semi-monthly), a monthly salary and a signed P&L for the
    co-borrower, the boarder's rent in two statements. Lanthorn's ledger on screen, loose files, stubs scanned."""
    key = key_of(seed, 8)
    rng = random.Random(key)
    received = dt.date(2047, 3, 20)
    addr = ["7 Windlass Street", "Tamarack, MN 55787"]
    j1 = Job("Orchard Valley Credit Bureau", "250 Commerce Park, Duluth, MN 55811", "Rosalind E. Achterberg",
             "OVC-40912", "semimonthly", 19.80, 60.0, WH_3, title="Dispute analyst (part-time)")
    j2 = Job("Township of Ashgrove", "12 Township Hall Road, Ashgrove, MN 55788", "Rosalind E. Achterberg",
             "0772118", "biweekly", 16.40, 24.0, WH_2, anchor=dt.date(2047, 1, 11), title="Election clerk")
    j3 = Job("Lantern Street Cafe", "14 Lantern Street, Tamarack, MN 55787", "Rosalind E. Achterberg", "LSC-77",
             "weekly", 5.40, 11.0, WH_T, kind="tipped", title="Weekend server")
    j4 = Job("Pinecrest Unified School District", "500 Cedar Street, Tamarack, MN 55787", "Hendrik Achterberg",
             "PUSD-31140", "monthly", 3640.00, 0.0, wh_pct(WH_1, "TRA pension 7.5%", 0.075, 3640.00), kind="salary",
             title="Maintenance foreman")
    s1 = two_page_stub(j1, dt.date(2047, 3, 15), key, PLUM)
    s2 = voucher_stub(j2, pays(j2, dt.date(2047, 3, 15), 1)[0], key)
    s3 = receipt_stub(j3, pays(j3, dt.date(2047, 3, 15), 1)[0], key)
    s4 = district_stub(j4, dt.date(2047, 2, 28), key)
    sales = r2(2100 + rng.uniform(0, 600))
    pnl = pnl_statement("Hendrik Achterberg", "Achterberg Lawn & Snow", "Snow plowing and lawn care",
                        dt.date(2047, 1, 1), dt.date(2047, 2, 28), sales,
                        [("Fuel", 286.40), ("Plow blade repair", 190.00), ("Liability insurance", 140.00)],
                        dt.date(2047, 3, 4), seed + 81)
    se_monthly = r2(pnl.fields["net_income"] / 2)
    stmts = []
    begin = 2204.18
    for month in (1, 2):
        start, end = month_bounds(2047, month)
        credits = [(2, "MOBILE DEP - RENT C FINCH", 600.00)]
        credits += [((d - start).days + 1, "OVCB PAYROLL", s1.fields["net_current"]) for d in schedule(j1, 2047)
                    if start <= d <= end]
        credits += [((d - start).days + 1, "PUSD PAYROLL", s4.fields["net_current"]) for d in schedule(j4, 2047)
                    if start <= d <= end]
        st = tamarack_statement(rng, ["HENDRIK ACHTERBERG", "ROSALIND E ACHTERBERG"], addr, "6620417730", 2047,
                                month, begin, credits)
        stmts.append(st)
        begin = st.fields["ending_balance"]
    app = App("0095127746", "Rosalind E. Achterberg", "912-66-4081", "7 Windlass Street", "Tamarack", "MN", "55787",
              "(218) 555-0139", "rachterberg@example.com", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2046, 11, 1), "long",
              [line_of("B", s1), line_of("B", s2), line_of("B", s3), line_of("C", s4),
               Line("C", "self_employment", "Achterberg Lawn & Snow", "monthly (net)", se_monthly),
               Line("B", "rental", "Boarder - Clara Finch", "monthly", 600.00)],
              dt.date(2047, 3, 12), co="Hendrik Achterberg", co_ssn="912-70-5563", seed=seed + 82)
    p = Packet("bq8", received, app, [])
    loan = app.loan
    gray = Scan(dpi=240, tilt=0.3, blur=0.6, noise=0.0005)
    p.pdf(f"Achterberg {loan} application.pdf", paper_pdf(lb_ha4(app, ink=False)), (app_doc(lb_ha4(app, ink=False)), 2))
    for name, s, n in (("credit bureau stub", s1, 2), ("township stub", s2, 1), ("cafe stub", s3, 1),
                       ("Hendrik school stub", s4, 1)):
        p.scan(f"Achterberg {loan} {name}.pdf", [(stub_doc(s), scanned(s.paper, gray, seed + 800 + n + len(name)))],
               gray)
    p.pdf(f"Achterberg {loan} lawn and snow P&L.pdf", paper_pdf(pnl.paper), (pnl_doc(pnl), 1))
    for st in stmts:
        p.pdf(f"Achterberg {loan} bank {st.date.strftime('%B')}.pdf", paper_pdf(st.paper), (stmt_doc(st), 1))
    t = form4506c_screen("Hendrik", "", "Achterberg", "912-70-5563", "7 Windlass Street", "Tamarack", "MN", "55787",
                         "Lanthorn Bank Home Lending", "(412) 555-0150", dt.date(2047, 3, 12), "(218) 555-0139",
                         seed + 83)
    p.pdf(f"Achterberg {loan} 4506-C.pdf", t, (form4506c_doc(dt.date(2047, 3, 12)), 1))
    on = dt.date(2047, 3, 12)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, "Lanthorn Bank Home Lending", [
        "Our property taxes and insurance went up in November and the escrow shortage added $296 to the payment. "
        "I work three part-time jobs and Hendrik works for the school district and plows snow in the winter, and we "
        "rent a room to a boarder.", "We are asking for a modification to bring the payment back within reach."],
        ink=False, seed=seed + 84)
    p.pdf(f"Achterberg {loan} letter.pdf", paper_pdf(hl), (hardship_doc(on, hl), 1))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bq1, packet_bq2, packet_bq3, packet_bq4, packet_bq5, packet_bq6,
                                             packet_bq7, packet_bq8]


def paper_text(paper: Paper) -> str:
    """The text a paper prints (hand-written marks included, as typed), lower-cased and space-normalized."""
    reader = PdfReader(io.BytesIO(paper_pdf(paper)))
    return " ".join(" ".join(pg.extract_text() for pg in reader.pages).lower().split())


def printed_problems(p: Packet) -> list[str]:
    """Re-derive each document's internal sums and read back that every expected value is printed on its paper."""
    out: list[str] = []
    if p.received.weekday() >= 5 or p.received.year != 2047:
        out.append(f"{p.name}: received {p.received} is not a weekday in 2047")
    for d in p.docs:
        if d.date and d.date > p.received:
            out.append(f"{p.name}: {d.type} dated {d.date} after the packet arrived")
        if d.paper is None:
            continue
        text = paper_text(d.paper)
        want: list[str] = []
        f = d.fields
        if d.type == "pay_stub" and d.job is not None:
            want += [f["employer"], f["employee_name"], mdy(dt.date.fromisoformat(f["pay_date"])),
                     mdy(dt.date.fromisoformat(f["period_start"])), mdy(dt.date.fromisoformat(f["period_end"])),
                     money(f["gross_current"]), money(f["net_current"])]
            if f["gross_ytd"] is not None:
                want.append(money(f["gross_ytd"]))
            again = [c.gross for c in history(d.job, dt.date.fromisoformat(f["pay_date"]), KEYS[p.name])]
            n = len(again)
            if f["gross_ytd"] is not None and abs(r2(sum(again)) - f["gross_ytd"]) > 0.005:
                out.append(f"{p.name}: YTD gross of {f['employer']} {f['pay_date']} is not the sum of its checks")
            if abs(again[-1] - f["gross_current"]) > 0.005:
                out.append(f"{p.name}: current gross of {f['employer']} {f['pay_date']}")
            lines = sum(v for k, v in d.stub_ytd.items() if k in ("Regular", "Overtime", "Regular salary",
                                                                   "Server wages", "Charged tips"))
            if abs(r2(lines) - d.stub_ytd["GROSS"]) > 0.005:
                out.append(f"{p.name}: YTD earnings lines do not add to YTD gross ({f['employer']})")
            avg = d.stub_ytd["GROSS"] / n
            if not 0.7 < avg / f["gross_current"] < 1.3:
                out.append(f"{p.name}: YTD / periods far from current gross ({f['employer']} {f['pay_date']})")
            if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                out.append(f"{p.name}: monthly_gross of {f['employer']}")
        elif d.type == "bank_statement":
            want += [money(f["beginning_balance"]), money(f["ending_balance"]), f["account_last4"],
                     mdy(dt.date.fromisoformat(f["period_start"])), mdy(dt.date.fromisoformat(f["period_end"]))]
        elif d.type == "profit_and_loss_statement":
            want += [money(f["net_income"]), long_date(dt.date.fromisoformat(f["period_start"])),
                     long_date(dt.date.fromisoformat(f["period_end"]))]
        elif "letter_date" in f:
            want.append(long_date(dt.date.fromisoformat(f["letter_date"])))
        elif d.type == "mortgage_assistance_application":
            app = p.app
            want += [app.loan, app.borrower, money(app.total), *(money(ln.monthly) for ln in app.lines)]
            if app.start:
                want.append(mdy(app.start))
        for w in want:
            if " ".join(str(w).lower().split()) not in text:
                out.append(f"{p.name}: {d.type} {d.pages[:1]} does not print {w!r}")
    app = p.app
    if abs(sum(app.income.values()) - app.total) > 0.005:
        out.append(f"{p.name}: the application's lines do not add to its total")
    return out


KEYS: dict[str, int] = {}


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and money."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for exp_path in sorted(out.glob("bq*/expected.json")):
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
    ap.add_argument("--check", action="store_true", help="re-derive sums, read back printed values, validate output")
    ap.add_argument("--only", nargs="*", help="build only these packets (bq1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        KEYS[name] = key_of(args.seed, int(name[2:]))
        p = build(args.seed)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        if args.check:
            problems += printed_problems(p)
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
