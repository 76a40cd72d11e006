"""Holdout set cf (cf1..cf8): A HOUSEHOLD LIVING ON MANY SMALL INCOMES, written BLIND to measure honestly how
lossmit-docs reads borrower mail in layouts it has never seen.

Written blind: from shared/spec (README, checklist.md, case-report.schema.json, form710.md, domain-rules.md),
shared/samples (the packets, their expected.json and README), shared/reference/README.md with the blank Form 710,
tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py in
full (the scaffold: signatures, scan noise, invariant reportlab output, expected.json, --check) and only the module
docstrings of the other holdout_packets_*.py files - never the service's code, rules, data files, tests, README or
history, and the service was not run on these packets.

    python benchmarks/holdout_packets_cf.py OUT_DIR [--seed N] [--check] [--only cf1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch processed with `--received-on <received_on>`; received dates are Mondays of 2058 (March to October). The seed
changes hours worked, bank transactions, pen strokes and scanner noise, never names, dates or which codes are missing.

THEME. Households that live on many small incomes, each on its own calendar: adjunct professors teaching at three
colleges at once (a community college paying semi-monthly, a university paying on the last business day of the month,
a state college paying every other Friday - each only while its term runs, so the year-to-date figures include last
term's installments and skip the summer); nannies paid by a family - through a household-payroll service, or from
the family's own spreadsheet; foster and adoptive parents with a county's board payment statement, an adoption
assistance agreement and the state's annual notice; a state disbursement unit's child-support payment history; a
brother who lives in the house and contributes each month (his signed letter and his own stub); church organists;
school crossing guards paid by a township or borough for each school day; Social Security's SSI notices (a child,
an adult son), an SSDI Notice of Award and a survivors Benefit Verification Letter; a small annuity's statement.

APPLICATIONS
- The real Form 710 (April 2023) filled through its AcroForm and signed on screen by both spouses (cf1); typed
  through its AcroForm, printed, signed and dated in ink by both and FAXED (cf4); the BLANK form printed and FILLED IN
  BY HAND in ink - every answer hand-printed on its line, an X in each box, amounts without cents - and scanned grey
  at 240 dpi: signed and dated by both (cf5), and DATED BUT NOT SIGNED by the borrower (cf7). Form 710 prints no
  total, so the truth's total is the sum of its lines.
- Tamsworth Mortgage Servicing's "HARDSHIP REVIEW APPLICATION" (form TMS-HR2, two pages, navy part bands, the loan
  number in a box at the top right of both pages). Page 1: PART A an applicant grid with BORROWER | CO-BORROWER
  columns, PART B the property as Street / City / State / ZIP cells, a mailing-address cell, three occupancy boxes
  ("Our home (primary residence)", "Second home", "Rental or investment"), sale and military yes/no boxes, PART C ten
  hardship boxes in the servicer's words, an explanation line, the start date box and three duration boxes. Page 2:
  PART D "HOUSEHOLD INCOME (every source, per month, before taxes)": EIGHTEEN numbered sources under grey group
  headings, each with a RECEIVED BY cell (B / C / H) and a "$" monthly amount box - most left blank, some "0" or
  "N/A" - and a TOTAL MONTHLY HOUSEHOLD INCOME box; PART E the certification and two signature / date lines. Line ->
  income code: 1-4 wages (main job, second job, third or seasonal job, tips and overtime), 5 self_employment,
  6 unemployment, 7 Social Security retirement or survivors -> benefits_taxable, 8 pension or disability insurance ->
  benefits_taxable, 9 adoption assistance / housing allowance / other public assistance -> benefits_taxable,
  10 SSDI or other untaxed Social Security, 11 SSI, 12 VA or other non-taxable disability -> benefits_nontaxable,
  13 child support, 14 alimony, 15 contributions from household members not on the loan -> other, 16 rent ->
  rental, 17 interest, dividends, annuity or insurance -> investment, 18 other (described) -> other. The truth's
  income is the lines summed per code and its total is the printed TOTAL. Typed and signed on screen (cf2); typed,
  printed, then CORRECTED IN PEN - a typed figure struck through with two pen lines and the new one written beside
  it in the same box, the total struck and rewritten below its box - signed and dated in ink (cf3 scanned 300 dpi,
  cf6 faxed); typed, printed, signed and dated in ink by both with NO occupancy box checked (cf8).

PAPERS
- Pay (every year-to-date figure is the sum of that year's checks on the employer's calendar): Harwick Community
  College's semi-monthly PART-TIME FACULTY EARNINGS STATEMENT (a navy edge bar, captioned cells, TEACHING ASSIGNMENTS
  with credits, contract amount and "5 of 10" installment, earlier terms' lines with YTD only, a navy NET PAY bar);
  St. Ansgar University's monthly "Direct Deposit Advice" (a campus ERP layout: Pay Group / Pay Begin / Pay End /
  Advice Date boxes, HOURS AND EARNINGS, TAXES and DEDUCTIONS tables, a TOTAL GROSS ... NET PAY grid of Current and
  YTD); Pellinore State College's bi-weekly EMPLOYEE EARNINGS STATEMENT in fixed-width Courier capitals between
  rules of '=' signs ("PROCESSED FOR THE COLLEGE BY THE OFFICE OF THE PENNSYLVANIA STATE COMPTROLLER"); a parish
  office's monthly PAYROLL RECORD for its organist (Sunday services, choir rehearsals, special services, weddings or
  funerals counted and priced, or a monthly salary, in a serif face between double rules); a township's and a
  borough's PAYROLL CHECK VOUCHER for a crossing guard (days worked x rate a day, current and Y-T-D over a
  perforation, a non-negotiable check below with the net in words and a MICR line; the township pays half-months in
  arrears); HearthLedger's household-payroll "Pay Stub" issued for a family (a teal sidebar naming the HOUSEHOLD
  EMPLOYER, employer taxes listed but not withheld, a big net figure); a family's SPREADSHEET stub printed with its
  grid, column letters and row numbers, the workbook name in the header and "Wk 15  Page 1" in the footer, weekly,
  with NO year-to-date figures; a hardware store's weekly stub on the top third of a sheet.
- Statements: a credit union's one-page statement (triangle mark, dark account bar, one-row summary, Withdrawal /
  Deposit / Balance register) and a savings bank's one-page serif statement (summary box at the right).
- Letters and papers: Social Security letters (SSI notices - benefits_nontaxable; an SSDI Notice of Award -
  benefits_nontaxable, as the borrower claims it; a survivors Benefit Verification Letter - benefits_taxable); a
  state's two-page ADOPTION ASSISTANCE AGREEMENT (numbered clauses, children and the monthly payment per child,
  signatures of both parents and the agency dated 09/12/2055) and the state's annual notice of continued adoption
  assistance; a county's FOSTER CARE BOARD PAYMENT STATEMENT (service month, one row per child, monthly board rate,
  a clothing allowance, total paid); the state disbursement unit's PAYMENT HISTORY printed from its web portal as a
  landscape page (browser date/time, title, address and "1/1" in the margins, the current support order "$485.00
  per month", a table of disbursements); a brother's signed "Statement of household contribution"; an insurer's
  quarterly ANNUITY INCOME STATEMENT; a college's letter of appointment; a family's letter confirming a nanny's
  employment; a newspaper obituary; typed hardship letters (unsigned when e-mailed, signed in ink when printed);
  a Code 128 "LOAN <number>" batch separator and a library's fax transmittal sheet (neither is a document).

PACKETS (C = complete, I = incomplete, by checklist.md on received_on)
- cf1 C 2058-03-18, a folder named after the loan of e-mailed born-digital files: Form 710 on screen (wages = the
  four jobs' monthly figures added), the three colleges' stubs (Pellinore's two in one two-page file), the church's
  February record for the co-borrower, the hardship letter (a reduction in income needs no paper), the university's
  appointment letter ("other").
- cf2 I income_doc:wages 2058-04-22, loose "<loan>_..." files: TMS-HR2 on screen (line 1 wages, line 11 the son's
  SSI, "0" and "N/A" in others), the family's two weekly SPREADSHEET stubs (gross_ytd null), the family's employment
  letter (no year-to-date figure; "other"), the son's fresh SSI notice, the hardship letter (his illness). No stub
  shows year-to-date earnings and no bank statements came.
- cf3 C 2058-05-13, ONE 300 dpi grey scan behind the separator: TMS-HR2 typed, line 2 and the total corrected in
  pen, signed in ink; the signed letter; two HearthLedger stubs (newest first); the township voucher; the payment
  history printed 05/09/2058 (fresh: documents the child support on line 13).
- cf4 I income_doc:benefits_taxable 2058-06-10, ONE 200 dpi fax behind the library's cover: Form 710 typed and
  signed in ink by both (wages, adoption assistance on the taxable line, foster care board payments on the "other"
  line), two borough vouchers, the county's May board statement (fresh), the adoption assistance AGREEMENT of 2055 -
  the only paper for the adoption assistance, more than 90 days old - and the signed letter.
- cf5 C 2058-07-15, a folder of 240 dpi grey scans "Scan_0712_00n.pdf", one file per paper except the brother's
  letter and his stub (one two-page file): Form 710 filled by hand (wages, SSDI + SSI added on the non-taxable line,
  the contribution on "other"), the wife's June church record, the SSDI award, the son's SSI notice, the letter and
  stub, May and June credit union statements, the signed letter (the illness).
- cf6 I income_doc:investment 2058-08-19, ONE 200 dpi fax without a cover: TMS-HR2 typed, line 7 and the total
  corrected in pen, signed in ink; the widow's letter, her July church record, the survivors letter, ONE quarterly
  annuity statement, ONE month of bank statement (July), the obituary (the death). Investment income needs two
  investment statements or two bank statements.
- cf7 I application_signature + income_doc:other 2058-09-23, ONE 240 dpi grey scan "Farrington <loan>.pdf", no
  separator: Form 710 filled by hand, dated 09/17/2058 but NOT signed (signed false, signed_on the date), the
  university's August advice, two Pellinore stubs (newest first), the payment history PRINTED 05/20/2058 (126 days
  old; no statements), the signed letter.
- cf8 I application_field:occupancy 2058-10-21, a folder named after the loan mixing scans and born-digital files:
  TMS-HR2 typed and signed in ink by both, no occupancy box checked (occupancy null), the two colleges' stubs, the
  county's September board statement, the state's adoption assistance notice of 08/05/2058 (scanned), the unsigned
  letter. Unemployment income (the wife's) needs no papers.

READINGS TAKEN WHERE THE SPEC LEAVES A CHOICE
- Income documents are judged per claimed income TYPE, as checklist.md words it: one fresh stub showing year-to-date
  earnings covers the wages line however many jobs it adds up; a stub without year-to-date figures does not.
- Adoption assistance is benefits_taxable (Form 710 lists it on the taxable line; TMS line 9); its agreement and its
  annual notice are benefit_award_letter (letter_date = the agreement's / notice's date, monthly_amount = the monthly
  total for the children, benefit_type benefits_taxable). A years-old agreement is stale like any income paper.
- Foster care board payments are claimed on the "other" line (they are none of the Social Security, pension,
  disability, death, adoption or housing payments the taxable line names); the county's board payment statement is
  a remittance advice, type "other" (fields {}), and as "other documentation showing the amount and frequency" it
  documents the "other" income when fresh (dated its payment date).
- Child support and a household member's contribution are "other" income. The disbursement unit's printout and the
  contribution letter are type "other" (fields {}), dated the day printed / written, and document it when fresh.
  The contributor's own stub is a pay_stub (its fields are his), listed like any other document.
- SSI and SSDI are benefits_nontaxable, survivors benefits benefits_taxable (the lines the applications claim them
  on). An annuity from an insurer is investment income; its statement is an investment_statement (fields {}) dated
  its quarter's end.
- A stub's employer is the paying organisation printed at its top or under HOUSEHOLD EMPLOYER: the college (not the
  comptroller), the church, the township or borough, the FAMILY (not the payroll service that prints the stub).
  Crossing-guard periods are the printed half-months or two weeks; adjunct installments are current gross.
- Appointment letters and employment letters are "other". Struck figures are not answers: the written ones are.
- Freshness: dated at most 90 days before received_on (pay date, statement period end, letter / printout /
  payment date, the annuity statement's quarter end).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet and the build fails if they differ from the packet's scenario. `--check` validates
every expected.json (keys, codes, types, dates not after received_on, field names per document type, monthly_gross,
that every listed page exists once and `scanned` matches the absence of a text layer). Every file is the same bytes
for a seed: reportlab runs in invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. All
people, employers, banks, agencies and servicers are fictional; SSNs use the 900-999 area, and every page carries
a faint "synthetic test document" line.
"""

from __future__ import annotations

import argparse
import calendar
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
HANDS = {"oblique": FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf",
         "serif": FONT_DIR / "dejavu/DejaVuSerif-Italic.ttf",
         "narrow": FONT_DIR / "dejavu/DejaVuSansCondensed-Oblique.ttf",
         "liberation": FONT_DIR / "liberation2/LiberationSans-Italic.ttf"}
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
FREQ_WORDS = {"weekly": "Weekly", "biweekly": "Bi-Weekly", "semimonthly": "Semi-Monthly", "monthly": "Monthly"}


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def weekday_on_or_before(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand: a signature ("sig"), a hand-written string ("hand") or a pen stroke through
    printed text ("strike", w long). x, y: PDF points from the page's bottom-left (the baseline's left end)."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 12.0
    seed: int = 1
    hand: str = "oblique"


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
        elif m.kind == "hand":  # typed on screen
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True, creator: str = "holdout_packets_cf") -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def papers_pdf(papers: Sequence[Paper]) -> bytes:
    """Several born-digital papers in one file (one download holding several stubs)."""
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


def _hand_font(px: int, hand: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HANDS.get(hand, HANDS["oblique"])), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "strike":  # a pen line through printed figures, drawn twice a little apart
            rng = random.Random(m.seed)
            width = max(2, round(1.1 * scale))
            for k in range(2):
                y0 = m.y + 3.2 + k * 1.6 + rng.uniform(-0.4, 0.4)
                y1 = m.y + 3.6 + k * 1.2 + rng.uniform(-0.6, 0.6)
                draw.line([((m.x - 2) * scale, (page_h - y0) * scale),
                           ((m.x + m.w + 2) * scale, (page_h - y1) * scale)], fill=35, width=width)
        else:
            rng = random.Random(m.seed)
            font = _hand_font(round(m.size * scale), m.hand)
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
        c.setPageSize(paper.size)
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
    writer.add_metadata({"/Producer": "holdout_packets_cf"})
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


def label_value(c: Canvas, x: float, y: float, label: str, value: str, lab_font: tuple[str, float] =
                ("Helvetica-Bold", 8), val_font: tuple[str, float] = ("Helvetica", 9), gap: float = 4) -> None:
    c.setFont(*lab_font)
    c.drawString(x, y, label)
    c.setFont(*val_font)
    c.drawString(x + stringWidth(label, *lab_font) + gap, y, value)


# --- pay: calendars, checks and year-to-date --------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One pay date of a payroll calendar and the period it pays."""

    pay: dt.date
    start: dt.date
    end: dt.date


def semimonthly_runs(year: int, arrears: bool) -> list[Run]:
    """Paid on the 15th and the last day (a weekend moves it to the Friday before). arrears: the 15th pays the
    16th to the end of the month before and the last day pays the 1st to the 15th; else each pays its own half."""
    out = []
    for m in range(1, 13):
        mid = weekday_on_or_before(dt.date(year, m, 15))
        end = weekday_on_or_before(last_day(year, m))
        if arrears:
            prev_end = dt.date(year, m, 1) - dt.timedelta(days=1)
            out.append(Run(mid, prev_end.replace(day=16), prev_end))
            out.append(Run(end, dt.date(year, m, 1), dt.date(year, m, 15)))
        else:
            out.append(Run(mid, dt.date(year, m, 1), dt.date(year, m, 15)))
            out.append(Run(end, dt.date(year, m, 16), last_day(year, m)))
    return out


def monthly_runs(year: int, business: bool = True) -> list[Run]:
    """Paid on the last (business) day of the month for the calendar month."""
    out = []
    for m in range(1, 13):
        pay = last_day(year, m)
        out.append(Run(weekday_on_or_before(pay) if business else pay, dt.date(year, m, 1), last_day(year, m)))
    return out


def every_n_runs(year: int, first_pay: dt.date, step: int, lag: int) -> list[Run]:
    """Weekly (step 7) or bi-weekly (step 14) pay dates from first_pay; the period ends `lag` days before."""
    out = []
    d = first_pay
    while d.year == year:
        end = d - dt.timedelta(days=lag)
        out.append(Run(d, end - dt.timedelta(days=step - 1), end))
        d += dt.timedelta(days=step)
    return out


Lines = dict[str, tuple[float, float, float]]  # label -> (quantity, rate, amount)


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    fica: bool = True
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check
    state_name: str = "State income tax"
    local: float = 0.0

    def taxes(self, gross: float) -> dict[str, float]:
        out: dict[str, float] = {}
        if self.fed:
            out["Federal income tax"] = r2(gross * self.fed)
        if self.fica:
            out["Social Security"] = r2(gross * 0.062)
            out["Medicare"] = r2(gross * 0.0145)
        if self.state:
            out[self.state_name] = r2(gross * self.state)
        if self.local:
            out["Local earned income tax"] = r2(gross * self.local)
        return out


@dataclass
class Job:
    """An employer's payroll calendar for one worker and what each check pays (None: no check that date)."""

    employer: str
    employee: str
    frequency: str
    runs: list[Run]
    earn: Callable[[Run], Lines | None]
    wh: Withholding


@dataclass
class Pay:
    """One check with its year-to-date figures (sums of that year's checks up to it)."""

    job: Job
    run: Run
    lines: Lines
    taxes: dict[str, float]
    net: float
    ytd: dict[str, float]
    checks: int  # checks paid this year, this one included

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))

    @property
    def deductions(self) -> tuple[tuple[str, float], ...]:
        return self.job.wh.deductions

    @property
    def monthly(self) -> float:
        return r2(self.gross * PERIODS[self.job.frequency] / 12)

    def fields(self, with_ytd: bool = True) -> dict[str, Any]:
        return {"employer": self.job.employer, "employee_name": self.job.employee,
                "pay_date": self.run.pay.isoformat(), "period_start": self.run.start.isoformat(),
                "period_end": self.run.end.isoformat(), "frequency": self.job.frequency,
                "gross_current": self.gross, "gross_ytd": self.ytd["GROSS"] if with_ytd else None,
                "net_current": self.net, "monthly_gross": self.monthly}


def pay_of(job: Job, pay_date: dt.date) -> Pay:
    """The check paid on pay_date, with year-to-date sums of every earlier check of the year."""
    total: dict[str, float] = {}
    found: Pay | None = None
    n = 0
    for run in sorted(job.runs, key=lambda r: r.pay):
        if run.pay > pay_date or run.pay.year != pay_date.year:
            continue
        lines = job.earn(run)
        if not lines:
            continue
        n += 1
        gross = r2(sum(v[2] for v in lines.values()))
        taxes = job.wh.taxes(gross)
        net = r2(gross - sum(taxes.values()) - sum(v for _, v in job.wh.deductions))
        items = {k: v[2] for k, v in lines.items()}
        items.update(taxes)
        items.update(dict(job.wh.deductions))
        items["GROSS"] = gross
        items["NET"] = net
        items["TAXES"] = r2(sum(taxes.values()))
        items["DEDUCTIONS"] = r2(sum(v for _, v in job.wh.deductions))
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
        if run.pay == pay_date:
            found = Pay(job, run, lines, taxes, net, dict(total), n)
    if found is None:
        raise ValueError(f"{job.employer}: no check on {pay_date}")
    return found


@dataclass(frozen=True)
class Term:
    """An adjunct's contract for one term: paid in equal installments on every pay date from first to last."""

    name: str
    first: dt.date
    last: dt.date
    courses: tuple[tuple[str, float, float], ...]  # course line, credit hours, contract amount


def term_of(runs: Sequence[Run], terms: Sequence[Term], run: Run) -> tuple[Term, int, int] | None:
    """The term a pay date belongs to, the installment's number and the number of installments."""
    for t in terms:
        dates = sorted(r.pay for r in runs if t.first <= r.pay <= t.last)
        if run.pay in dates:
            return t, dates.index(run.pay) + 1, len(dates)
    return None


def contract_earn(runs: Sequence[Run], terms: Sequence[Term]) -> Callable[[Run], Lines | None]:
    def earn(run: Run) -> Lines | None:
        found = term_of(runs, terms, run)
        if found is None:
            return None
        term, _, n = found
        out: Lines = {}
        for label, credits, amount in term.courses:
            each = r2(amount / n)
            if abs(each * n - amount) > 0.001:
                raise ValueError(f"{label}: {amount} does not divide into {n} installments")
            out[label] = (credits, amount, each)
        return out

    return earn


# School calendar of the districts the crossing guards serve (2057-58 and 2058-59 school years).
SCHOOL_CLOSED = {dt.date(2058, 1, 1), dt.date(2058, 1, 21), dt.date(2058, 2, 18), dt.date(2058, 5, 27),
                 dt.date(2058, 9, 2), dt.date(2058, 10, 14), dt.date(2058, 11, 11), dt.date(2058, 11, 28),
                 dt.date(2058, 11, 29)}
SCHOOL_CLOSED |= {dt.date(2058, 4, 8) + dt.timedelta(days=i) for i in range(5)}  # spring break
SCHOOL_CLOSED |= {dt.date(2057, 12, 23) + dt.timedelta(days=i) for i in range(12)}  # winter break
SCHOOL_CLOSED |= {dt.date(2058, 12, 23) + dt.timedelta(days=i) for i in range(10)}


def school_days(start: dt.date, end: dt.date) -> int:
    n = 0
    d = start
    while d <= end:
        in_year = dt.date(2057, 9, 3) <= d <= dt.date(2058, 6, 13) or dt.date(2058, 9, 3) <= d
        if d.weekday() < 5 and in_year and d not in SCHOOL_CLOSED:
            n += 1
        d += dt.timedelta(days=1)
    return n


def guard_earn(hours_a_day: float, rate: float, post: str) -> Callable[[Run], Lines | None]:
    def earn(run: Run) -> Lines | None:
        days = school_days(run.start, run.end)
        if not days:
            return None
        return {f"Crossing guard - {post}": (float(days), r2(hours_a_day * rate), r2(days * hours_a_day * rate))}

    return earn


def sundays(year: int, month: int, weekday: int = 6) -> int:
    return sum(1 for d in range(1, calendar.monthrange(year, month)[1] + 1)
               if dt.date(year, month, d).weekday() == weekday)


def earning_labels(pay: Pay) -> list[str]:
    """Every earnings line of the year so far (this check's and earlier ones'), in the order first paid."""
    skip = set(pay.taxes) | set(dict(pay.deductions)) | {"GROSS", "NET", "TAXES", "DEDUCTIONS"}
    return [k for k in pay.ytd if k not in skip]


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def harwick_stub(pay: Pay, terms: Sequence[Term], emp_id: str, address: str) -> Stub:
    """A community college's semi-monthly PART-TIME FACULTY EARNINGS STATEMENT: the teaching assignments of the
    term with contract amount and installment number, then taxes, a current / YTD strip and the net deposit."""
    job, run = pay.job, pay.run
    found = term_of(job.runs, terms, run)
    assert found is not None
    term, k, n = found
    navy = Color(0.12, 0.2, 0.38)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(navy)
        c.rect(40, 700, 8, 62, stroke=0, fill=1)
        c.setFont("Times-Bold", 19)
        c.drawString(58, 742, job.employer)
        c.setFillColor(black)
        c.setFont("Times-Roman", 9)
        c.drawString(58, 728, address)
        c.drawString(58, 716, "Office of Human Resources and Payroll")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 746, "PART-TIME FACULTY EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 734, f"Advice no. H{run.pay.strftime('%y%m%d')}-{emp_id[-3:]}")
        c.setLineWidth(0.8)
        c.line(40, 694, 572, 694)
        cells = [("Faculty member", job.employee, 170), ("Employee ID", emp_id, 80),
                 ("Pay schedule", FREQ_WORDS[job.frequency], 80), ("Period", f"{mdy(run.start)} - {mdy(run.end)}", 122),
                 ("Check date", mdy(run.pay), 80)]
        x = 40.0
        for cap, val, wd in cells:
            c.setFillGray(0.93)
            c.rect(x, 656, wd, 30, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, 677, cap.upper())
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 4, 662, val)
            x += wd
        y = 632
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, f"TEACHING ASSIGNMENTS - {term.name.upper()}")
        y -= 14
        c.setFont("Helvetica-Bold", 7)
        heads = [(40, "COURSE / SECTION", "l"), (300, "CREDITS", "r"), (380, "CONTRACT", "r"),
                 (450, "INSTALLMENT", "r"), (508, "THIS CHECK", "r"), (572, "YEAR TO DATE", "r")]
        for x, t, al in heads:
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for label, (credits, contract, amount) in pay.lines.items():
            c.drawString(40, y, label)
            c.drawRightString(300, y, f"{credits:.1f}")
            c.drawRightString(380, y, money(contract))
            c.drawRightString(450, y, f"{k} of {n}")
            c.drawRightString(508, y, money(amount))
            c.drawRightString(572, y, money(pay.ytd[label]))
            y -= 13
        for label in [lb for lb in earning_labels(pay) if lb not in pay.lines]:
            c.drawString(40, y, label + "  (earlier term)")
            c.drawRightString(508, y, "0.00")
            c.drawRightString(572, y, money(pay.ytd[label]))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.line(420, y + 9, 572, y + 9)
        c.drawString(40, y, "Gross earnings")
        c.drawRightString(508, y, money(pay.gross))
        c.drawRightString(572, y, money(pay.ytd["GROSS"]))
        y -= 28
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "TAXES AND DEDUCTIONS")
        y -= 14
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(508, y, "THIS CHECK")
        c.drawRightString(572, y, "YEAR TO DATE")
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k2, v in list(pay.taxes.items()) + list(pay.deductions):
            c.drawString(40, y, k2)
            c.drawRightString(508, y, money(v))
            c.drawRightString(572, y, money(pay.ytd[k2]))
            y -= 13
        y -= 14
        c.setFillColor(navy)
        c.rect(300, y - 8, 272, 24, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(308, y, "NET PAY")
        c.drawRightString(508, y, money(pay.net))
        c.drawRightString(566, y, money(pay.ytd["NET"]))
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 34, f"Adjunct contracts are paid in equal installments on the 15th and the last day of "
                                 f"each month of the term ({term.name}).")
        c.drawString(40, y - 45, f"Net pay deposited to account ending {emp_id[-2:]}07. Keep this statement for "
                                 "your records.")
        return []

    return Stub(Paper([page]), pay.fields(), run.pay)


def ansgar_advice(pay: Pay, emp_id: str, dept: str) -> Stub:
    """A university's monthly DIRECT DEPOSIT ADVICE (a campus ERP's layout): pay group, begin and end dates, advice
    date and number, then HOURS AND EARNINGS, TAXES and DEDUCTIONS tables and a TOTAL GROSS / NET PAY grid."""
    job, run = pay.job, pay.run

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.45, 0.1, 0.15))
        c.setLineWidth(2)
        c.circle(70, 735, 22, stroke=1, fill=0)
        c.setFont("Times-Bold", 11)
        c.setFillColor(Color(0.45, 0.1, 0.15))
        c.drawCentredString(70, 731, "SAU")
        c.setFont("Times-Bold", 16)
        c.drawString(102, 738, job.employer)
        c.setFillColor(black)
        c.setStrokeColor(black)
        c.setFont("Times-Roman", 8.5)
        c.drawString(102, 726, "Payroll Office  -  2 College Green, Ansgar Falls, PA 17961")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 740, "Direct Deposit Advice")
        c.setLineWidth(0.5)
        rows = [("Name:", job.employee, "Pay Group:", "ADJ - Adjunct Faculty Monthly"),
                ("Employee ID:", emp_id, "Pay Begin Date:", mdy(run.start)),
                ("Department:", dept, "Pay End Date:", mdy(run.end)),
                ("Location:", "Main Campus", "Advice Date:", mdy(run.pay)),
                ("Job Title:", "Adjunct Instructor", "Advice #:", f"000{run.pay.strftime('%m%d')}{emp_id[-4:]}")]
        y = 700
        c.rect(40, y - 70, 532, 84, stroke=1, fill=0)
        for a, b, cc, d in rows:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(48, y, a)
            c.drawString(320, y, cc)
            c.setFont("Helvetica", 8)
            c.drawString(120, y, b)
            c.drawString(400, y, d)
            y -= 15
        y = 600

        def table(title: str, rows2: Sequence[tuple[str, float, float]], x0: float, width: float,
                  top: float) -> float:
            c.setFillGray(0.82)
            c.rect(x0, top, width, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(x0 + width / 2, top + 4, title)
            yy = top - 12
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x0 + 4, yy, "Description")
            c.drawRightString(x0 + width - 70, yy, "Current")
            c.drawRightString(x0 + width - 4, yy, "YTD")
            yy -= 12
            c.setFont("Helvetica", 8)
            for d, cur, ytd in rows2:
                c.drawString(x0 + 4, yy, d)
                c.drawRightString(x0 + width - 70, yy, money(cur))
                c.drawRightString(x0 + width - 4, yy, money(ytd))
                yy -= 11
            c.rect(x0, yy + 4, width, top - yy - 4, stroke=1, fill=0)
            return yy

        earn_rows = [(lab, pay.lines.get(lab, (0.0, 0.0, 0.0))[2], pay.ytd[lab]) for lab in earning_labels(pay)]
        y1 = table("HOURS AND EARNINGS", earn_rows, 40, 300, y)
        y2 = table("TAXES", [(k, v, pay.ytd[k]) for k, v in pay.taxes.items()], 350, 222, y)
        y3 = table("DEDUCTIONS", [(k, v, pay.ytd[k]) for k, v in pay.deductions], 350, 222, y2 - 8)
        y = min(y1, y3) - 22
        heads = ["", "TOTAL GROSS", "FED TAXABLE GROSS", "TOTAL TAXES", "TOTAL DEDUCTIONS", "NET PAY"]
        cur = [pay.gross, pay.gross, sum(pay.taxes.values()), sum(v for _, v in pay.deductions), pay.net]
        ytd = [pay.ytd["GROSS"], pay.ytd["GROSS"], pay.ytd["TAXES"], pay.ytd["DEDUCTIONS"], pay.ytd["NET"]]
        widths = [52, 96, 96, 96, 96, 96]
        x = 40.0
        for i, hd in enumerate(heads):
            c.setFillGray(0.82)
            c.rect(x, y, widths[i], 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(x + widths[i] / 2, y + 4, hd)
            for row, vals in ((1, cur), (2, ytd)):
                c.rect(x, y - 14 * row, widths[i], 14, stroke=1, fill=0)
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8)
                if i == 0:
                    c.drawString(x + 4, y - 14 * row + 4, "Current" if row == 1 else "YTD")
                else:
                    c.drawRightString(x + widths[i] - 4, y - 14 * row + 4, money(r2(vals[i - 1])))
            x += widths[i]
        y -= 60
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "NET PAY DISTRIBUTION")
        c.setFont("Helvetica", 8)
        c.drawString(40, y - 13, f"Checking  xxxxxx{emp_id[-3:]}1   {money(pay.net)}")
        c.setDash(2, 2)
        c.line(40, y - 30, 572, y - 30)
        c.setDash()
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(40, y - 42, "This is not a check. Adjunct stipends are paid in monthly installments over the "
                                 "term on the last business day of the month.")
        return []

    return Stub(Paper([page]), pay.fields(), run.pay)


def pellinore_stub(pay: Pay, terms: Sequence[Term], emp_no: str, state: str) -> Stub:
    """A state college's bi-weekly EMPLOYEE EARNINGS STATEMENT in a fixed-width Courier layout, all capitals,
    framed by rules of '=' signs, the credit hours and the rate per credit hour on the earnings line."""
    job, run = pay.job, pay.run
    found = term_of(job.runs, terms, run)
    assert found is not None
    term, k, n = found

    def page(c: Canvas) -> list[Mark]:
        rule = "=" * 78
        lines = [rule, f"{job.employer.upper():^78}", f"{'PAYROLL SERVICES - EMPLOYEE EARNINGS STATEMENT':^78}",
                 f"{'PROCESSED FOR THE COLLEGE BY THE OFFICE OF THE ' + state.upper() + ' STATE COMPTROLLER':^78}",
                 rule,
                 f"EMPLOYEE: {job.employee.upper():<32}EMPLOYEE NO: {emp_no}",
                 f"TITLE:    {'ADJUNCT LECTURER':<32}PAY FREQ:    BIWEEKLY",
                 f"PERIOD:   {mdy(run.start)} - {mdy(run.end):<19}CHECK DATE:  {mdy(run.pay)}",
                 f"TERM:     {term.name.upper():<32}PAYMENT:     {k} OF {n}",
                 "-" * 78,
                 f"{'EARNINGS':<34}{'CR HRS':>8}{'CURRENT':>16}{'YEAR-TO-DATE':>20}", "-" * 78]
        for label, (credits, _contract, amount) in pay.lines.items():
            lines.append(f"{label.upper():<34}{credits:>8.1f}{money(amount):>16}{money(pay.ytd[label]):>20}")
        for label in [lb for lb in earning_labels(pay) if lb not in pay.lines]:
            lines.append(f"{label.upper():<34}{'':>8}{'0.00':>16}{money(pay.ytd[label]):>20}")
        lines += [f"{'TOTAL GROSS':<42}{money(pay.gross):>16}{money(pay.ytd['GROSS']):>20}", "",
                  f"{'TAXES / DEDUCTIONS':<42}{'CURRENT':>16}{'YEAR-TO-DATE':>20}", "-" * 78]
        for k2, v in list(pay.taxes.items()) + list(pay.deductions):
            lines.append(f"{k2.upper():<42}{money(v):>16}{money(pay.ytd[k2]):>20}")
        lines += [f"{'TOTAL WITHHELD':<42}{money(r2(pay.gross - pay.net)):>16}"
                  f"{money(r2(pay.ytd['GROSS'] - pay.ytd['NET'])):>20}", "-" * 78,
                  f"{'NET PAY':<42}{money(pay.net):>16}{money(pay.ytd['NET']):>20}", rule,
                  "ADJUNCT PAY IS SPREAD OVER THE BIWEEKLY PAY DATES OF THE TERM. NO PAY BETWEEN TERMS.",
                  "DIRECT DEPOSIT - NON-NEGOTIABLE.", rule]
        y = 740
        c.setFont("Courier", 8.6)
        for ln in lines:
            if ln.startswith(("TOTAL GROSS", "NET PAY")):
                c.setFont("Courier-Bold", 8.6)
            c.drawString(46, y, ln)
            c.setFont("Courier", 8.6)
            y -= 11.5
        return []

    return Stub(Paper([page]), pay.fields(), run.pay)


def church_payroll(pay: Pay, address: str, position: str, treasurer: str) -> Stub:
    """A parish office's monthly PAYROLL RECORD for its musician: services, rehearsals and special services each
    counted and priced, in a serif face between double rules, then the withholding and the net check."""
    job, run = pay.job, pay.run

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 742, job.employer)
        c.setFont("Times-Italic", 9.5)
        c.drawCentredString(W / 2, 729, address)
        c.setLineWidth(0.6)
        for yy in (720, 717):
            c.line(72, yy, W - 72, yy)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 698, "PARISH OFFICE  -  PAYROLL RECORD")
        c.setFont("Times-Roman", 10.5)
        info = [("Paid to", job.employee), ("Position", position),
                ("For the month of", f"{run.start.strftime('%B %Y')} ({mdy(run.start)} - {mdy(run.end)})"),
                ("Date paid", long_date(run.pay)), ("Pay frequency", "Monthly")]
        y = 672
        for k2, v in info:
            c.setFont("Times-Bold", 10.5)
            c.drawString(90, y, k2 + ":")
            c.setFont("Times-Roman", 10.5)
            c.drawString(210, y, v)
            y -= 15
        y -= 10
        c.setFont("Times-Bold", 10)
        c.drawString(90, y, "Service")
        c.drawRightString(330, y, "Number")
        c.drawRightString(400, y, "Rate")
        c.drawRightString(460, y, "Amount")
        c.drawRightString(530, y, "Year to date")
        c.line(90, y - 4, 530, y - 4)
        y -= 18
        c.setFont("Times-Roman", 10.5)
        for label in earning_labels(pay):
            q, rate, amt = pay.lines.get(label, (0.0, 0.0, 0.0))
            c.drawString(90, y, label)
            c.drawRightString(330, y, f"{q:.0f}" if q else "-")
            c.drawRightString(400, y, money(rate) if q else "")
            c.drawRightString(460, y, money(amt))
            c.drawRightString(530, y, money(pay.ytd[label]))
            y -= 15
        c.line(380, y + 10, 530, y + 10)
        c.setFont("Times-Bold", 10.5)
        c.drawString(90, y, "Gross pay")
        c.drawRightString(460, y, money(pay.gross))
        c.drawRightString(530, y, money(pay.ytd["GROSS"]))
        y -= 22
        c.setFont("Times-Roman", 10.5)
        for k2, v in list(pay.taxes.items()) + list(pay.deductions):
            c.drawString(90, y, f"Less {k2[0].lower()}{k2[1:]}" if k2[1:2].islower() else f"Less {k2}")
            c.drawRightString(460, y, money(v))
            c.drawRightString(530, y, money(pay.ytd[k2]))
            y -= 15
        c.line(380, y + 10, 530, y + 10)
        c.setFont("Times-Bold", 11)
        c.drawString(90, y - 2, "Net pay (check)")
        c.drawRightString(460, y - 2, money(pay.net))
        c.drawRightString(530, y - 2, money(pay.ytd["NET"]))
        for yy in (y - 20, y - 23):
            c.line(72, yy, W - 72, yy)
        c.setFont("Times-Italic", 9.5)
        c.drawString(90, y - 42, f"Check no. {2000 + run.pay.month * 17}  -  prepared by {treasurer}, Parish "
                                 "Treasurer.")
        c.drawString(90, y - 55, "Services are paid at the rates approved by the vestry for the current year.")
        return []

    return Stub(Paper([page]), pay.fields(), run.pay)


def municipal_voucher(pay: Pay, address: str, dept: str, emp_no: str, vendor_no: str) -> Stub:
    """A township's payroll CHECK VOUCHER: a stub over the perforation (days worked at the post, hours a day,
    rate, current and YTD) and the non-negotiable check below with the net in words and a MICR line."""
    job, run = pay.job, pay.run

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 748, job.employer.upper())
        c.setFont("Helvetica", 8)
        c.drawString(40, 737, address)
        c.drawString(40, 727, f"Department: {dept}")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(572, 748, "PAYROLL CHECK VOUCHER")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 737, f"Pay frequency: {FREQ_WORDS[job.frequency]}")
        c.setLineWidth(0.6)
        grid = [("EMPLOYEE", job.employee), ("EMPLOYEE NO.", emp_no), ("PERIOD FROM", mdy(run.start)),
                ("PERIOD TO", mdy(run.end)), ("CHECK DATE", mdy(run.pay))]
        widths = [180, 80, 90, 90, 92]
        x = 40.0
        for (cap, val), wd in zip(grid, widths, strict=True):
            c.rect(x, 680, wd, 32, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, 703, cap)
            c.setFont("Courier-Bold", 10)
            c.drawString(x + 4, 686, val)
            x += wd
        y = 660
        c.setFont("Helvetica-Bold", 7.5)
        for xx, t in ((40, "EARNINGS"), (290, "DAYS"), (350, "RATE / DAY"), (440, "CURRENT"), (530, "Y-T-D")):
            (c.drawString if xx == 40 else c.drawRightString)(xx if xx == 40 else xx + 30, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Courier", 9)
        for label, (q, rate, amt) in pay.lines.items():
            c.drawString(40, y, label)
            c.drawRightString(320, y, f"{q:.0f}")
            c.drawRightString(380, y, money(rate))
            c.drawRightString(470, y, money(amt))
            c.drawRightString(560, y, money(pay.ytd[label]))
            y -= 12
        c.setFont("Courier-Bold", 9)
        c.drawString(40, y, "GROSS PAY")
        c.drawRightString(470, y, money(pay.gross))
        c.drawRightString(560, y, money(pay.ytd["GROSS"]))
        y -= 18
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "WITHHOLDINGS")
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Courier", 9)
        for k2, v in list(pay.taxes.items()) + list(pay.deductions):
            c.drawString(40, y, k2.upper())
            c.drawRightString(470, y, money(v))
            c.drawRightString(560, y, money(pay.ytd[k2]))
            y -= 12
        c.setFont("Courier-Bold", 10)
        c.drawString(40, y - 6, "NET PAY")
        c.drawRightString(470, y - 6, money(pay.net))
        c.drawRightString(560, y - 6, money(pay.ytd["NET"]))
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 24, "Crossing guards are paid for each school day worked at the assigned post. "
                                 "Detach and keep this stub.")
        # perforation and the check
        c.setDash(1, 3)
        c.line(20, 300, 592, 300)
        c.setDash()
        c.setFont("Helvetica", 6)
        c.drawCentredString(W / 2, 304, "DETACH HERE")
        c.setFillColor(Color(0.9, 0.93, 0.88))
        c.rect(40, 70, 532, 215, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(54, 262, job.employer.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(54, 251, address)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(558, 262, f"No. {vendor_no}{run.pay.strftime('%m%d')}")
        c.setFont("Helvetica", 8)
        c.drawRightString(558, 248, f"DATE  {mdy(run.pay)}")
        c.drawString(54, 212, "PAY TO THE ORDER OF")
        c.setFont("Courier-Bold", 10)
        c.drawString(150, 212, job.employee.upper())
        c.rect(460, 205, 98, 20, stroke=1, fill=0)
        c.drawRightString(552, 211, f"**{money(pay.net)}")
        dollars = int(pay.net)
        cents = round((pay.net - dollars) * 100)
        c.setFont("Courier", 9)
        c.drawString(54, 188, f"{number_words(dollars).upper()} AND {cents:02d}/100 DOLLARS")
        c.line(54, 184, 558, 184)
        c.setFont("Helvetica-Bold", 16)
        c.setFillGray(0.55)
        c.drawCentredString(W / 2, 140, "NON-NEGOTIABLE  -  VOID")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(380, 112, "AUTHORIZED SIGNATURE")
        c.line(380, 122, 558, 122)
        c.setFont("Courier", 11)
        c.drawString(80, 82, f"C{vendor_no}{run.pay.strftime('%m%d')}C A031207751A 2209{emp_no[-3:]}418C")
        return []

    return Stub(Paper([page]), pay.fields(), run.pay)


ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("zero", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + number_words(n % 100))
    return number_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + number_words(n % 1000))


def hearthledger_stub(pay: Pay, employee_addr: Sequence[str], employer_addr: Sequence[str]) -> Stub:
    """A household-payroll service's pay stub issued for a FAMILY employer: a coloured sidebar with the service's
    name and the household employer, then hours, taxes, the employer's share (not withheld) and a big net figure."""
    job, run = pay.job, pay.run
    teal = Color(0.0, 0.42, 0.45)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(teal)
        c.rect(0, 0, 150, H, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(20, 740, "HearthLedger")
        c.setFont("Helvetica", 8)
        c.drawString(20, 728, "Household Payroll Services")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(20, 680, "HOUSEHOLD EMPLOYER")
        c.setFont("Helvetica", 9)
        y = 666
        for ln in [job.employer, *employer_addr]:
            c.drawString(20, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 8)
        c.drawString(20, 600, "EMPLOYEE")
        c.setFont("Helvetica", 9)
        y = 586
        for ln in [job.employee, *employee_addr]:
            c.drawString(20, y, ln)
            y -= 12
        c.setFont("Helvetica", 7)
        c.drawString(20, 60, "Prepared by HearthLedger on behalf")
        c.drawString(20, 50, "of the household employer named above.")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(175, 735, "Pay Stub")
        c.setFont("Helvetica", 9)
        c.drawString(175, 718, f"Nanny / household employee  -  paid {FREQ_WORDS[job.frequency].lower()}")
        boxes = [("Pay date", mdy(run.pay)), ("Pay period", f"{mdy(run.start)} to {mdy(run.end)}"),
                 ("Check number", f"DD-{run.pay.strftime('%y%j')}")]
        x = 175.0
        for cap, val in boxes:
            wd = 150 if cap == "Pay period" else 115
            c.setStrokeColor(teal)
            c.roundRect(x, 660, wd - 6, 40, 5, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 6, 688, cap)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(x + 6, 669, val)
            x += wd
        c.setStrokeColor(black)
        y = 630
        c.setFont("Helvetica-Bold", 9)
        c.drawString(175, y, "Earnings")
        for xx, t in ((360, "Hours"), (420, "Rate"), (495, "Current"), (575, "Year to date")):
            c.drawRightString(xx, y, t)
        c.line(175, y - 5, 577, y - 5)
        y -= 18
        c.setFont("Helvetica", 9)
        for label in earning_labels(pay):
            q, rate, amt = pay.lines.get(label, (0.0, 0.0, 0.0))
            c.drawString(175, y, label)
            c.drawRightString(360, y, f"{q:.2f}" if q else "")
            c.drawRightString(420, y, money(rate) if q else "")
            c.drawRightString(495, y, money(amt))
            c.drawRightString(575, y, money(pay.ytd[label]))
            y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(175, y, "Gross pay")
        c.drawRightString(495, y, money(pay.gross))
        c.drawRightString(575, y, money(pay.ytd["GROSS"]))
        y -= 26
        c.drawString(175, y, "Employee taxes withheld")
        c.line(175, y - 5, 577, y - 5)
        y -= 18
        c.setFont("Helvetica", 9)
        for k2, v in list(pay.taxes.items()) + list(pay.deductions):
            c.drawString(175, y, k2)
            c.drawRightString(495, y, money(v))
            c.drawRightString(575, y, money(pay.ytd[k2]))
            y -= 14
        y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(175, y, "Employer taxes (paid by your employer, not deducted)")
        c.line(175, y - 5, 577, y - 5)
        y -= 18
        c.setFont("Helvetica", 9)
        for k2, rate in (("Employer Social Security", 0.062), ("Employer Medicare", 0.0145),
                         ("Federal unemployment (FUTA)", 0.006)):
            c.drawString(175, y, k2)
            c.drawRightString(495, y, money(r2(pay.gross * rate)))
            y -= 14
        y -= 20
        c.setFillColor(Color(0.88, 0.95, 0.95))
        c.roundRect(175, y - 30, 402, 44, 6, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(187, y - 2, "Net pay")
        c.setFont("Helvetica-Bold", 20)
        c.drawRightString(495, y - 10, "$" + money(pay.net))
        c.setFont("Helvetica", 8)
        c.drawRightString(570, y + 2, "Net year to date")
        c.drawRightString(570, y - 12, money(pay.ytd["NET"]))
        c.setFont("Helvetica", 7.5)
        c.drawString(175, y - 56, "Deposited by direct deposit. Questions about this stub? Ask your household "
                                  "employer or visit your HearthLedger account.")
        return []

    return Stub(Paper([page]), pay.fields(), run.pay)


def spreadsheet_stub(pay: Pay, sheet_name: str, file_name: str) -> Stub:
    """A family's own pay stub kept in a SPREADSHEET and printed with its grid: grey column letters and row
    numbers, cell gridlines, the workbook name in the page header, the sheet name and "Page 1" in the footer.
    It shows this week only - there is no year-to-date column (gross_ytd null)."""
    job, run = pay.job, pay.run

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 760, file_name)
        cols = [("A", 150), ("B", 70), ("C", 70), ("D", 90), ("E", 64), ("F", 64)]
        x0, top, rh, rn = 54.0, 735.0, 17.0, 26.0
        rows: list[list[str]] = [
            ["NANNY PAY STUB", "", "", "", "", ""],
            ["Employer:", job.employer, "", "", "", ""],
            ["Employee:", job.employee, "", "", "", ""],
            ["Pay period:", f"{mdy(run.start)} - {mdy(run.end)}", "", "", "", ""],
            ["Pay date:", mdy(run.pay), "", "Paid:", "Weekly", ""],
            ["", "", "", "", "", ""],
            ["Item", "Hours", "Rate", "Amount", "", ""]]
        for label, (q, rate, amt) in pay.lines.items():
            rows.append([label, f"{q:.2f}", money(rate), money(amt), "", ""])
        rows += [["Gross pay", "", "", money(pay.gross), "", ""], ["", "", "", "", "", ""]]
        for k2, v in pay.taxes.items():
            pct = {"Social Security": "6.20%", "Medicare": "1.45%"}.get(k2, "")
            rows.append([f"{k2} withheld", "", pct, f"-{money(v)}", "", ""])
        rows += [["Net pay", "", "", money(pay.net), "", ""], ["", "", "", "", "", ""],
                 ["Paid by Zelle from our checking. Thank you!", "", "", "", "", ""]]
        total_w = sum(w for _, w in cols)
        c.setFillGray(0.9)
        c.rect(x0, top, rn + total_w, rh, stroke=0, fill=1)
        c.rect(x0, top - rh * len(rows), rn, rh * len(rows), stroke=0, fill=1)
        c.setFillColor(black)
        c.setLineWidth(0.25)
        c.setStrokeGray(0.6)
        x = x0 + rn
        c.setFont("Helvetica", 7.5)
        for letter_, wd in cols:
            c.rect(x, top, wd, rh, stroke=1, fill=0)
            c.drawCentredString(x + wd / 2, top + 5, letter_)
            x += wd
        for i, row in enumerate(rows):
            y = top - rh * (i + 1)
            c.setFont("Helvetica", 7.5)
            c.rect(x0, y, rn, rh, stroke=1, fill=0)
            c.drawCentredString(x0 + rn / 2, y + 5, str(i + 1))
            x = x0 + rn
            for _, wd in cols:
                c.rect(x, y, wd, rh, stroke=1, fill=0)
                x += wd
            x = x0 + rn
            for j, (_, wd) in enumerate(cols):  # text that overflows an empty neighbour hides its gridline
                val = row[j]
                bold = i == 0 or row[0] in ("Item", "Gross pay", "Net pay")
                font = ("Helvetica-Bold" if bold else "Helvetica", 11 if i == 0 else 9)
                c.setFont(*font)
                if val and j in (1, 2, 3) and i >= 6 and (val[0].isdigit() or val[0] == "-"):
                    c.drawRightString(x + wd - 4, y + 5, val)
                elif val:
                    tw = stringWidth(val, *font)
                    if tw > wd - 6:
                        c.setFillColor(white)
                        c.rect(x + wd - 1, y + 0.6, tw - wd + 8, rh - 1.2, stroke=0, fill=1)
                        c.setFillColor(black)
                    c.drawString(x + 4, y + 5, val)
                x += wd
        c.setStrokeColor(black)
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 30, f"{sheet_name}    Page 1")
        return []

    return Stub(Paper([page]), pay.fields(with_ytd=False), run.pay)


def hardware_stub(pay: Pay, address: str, store: str, emp_no: str) -> Stub:
    """A hardware store's weekly stub printed on the top third of a sheet: one ruled row of headings (RATE, HOURS,
    CURRENT, YTD), a compact deductions column at the right and a shaded NET PAY cell."""
    job, run = pay.job, pay.run

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.75, 0.25, 0.05))
        c.rect(36, 742, 540, 24, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(46, 749, job.employer.upper())
        c.setFont("Helvetica", 8)
        c.drawRightString(566, 750, f"{store}  -  {address}")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        label_value(c, 40, 726, "EMPLOYEE:", job.employee)
        label_value(c, 250, 726, "EMP #:", emp_no)
        label_value(c, 360, 726, "WEEK:", f"{mdy(run.start)} - {mdy(run.end)}")
        label_value(c, 40, 713, "PAY DATE:", mdy(run.pay))
        label_value(c, 250, 713, "FREQUENCY:", "WEEKLY")
        c.setLineWidth(0.5)
        c.line(36, 706, 576, 706)
        heads = [(40, "EARNINGS"), (170, "RATE"), (215, "HOURS"), (275, "CURRENT"), (340, "YTD")]
        c.setFont("Helvetica-Bold", 7.5)
        for xx, t in heads:
            (c.drawString if xx == 40 else c.drawRightString)(xx, 694, t)
        c.drawString(372, 694, "DEDUCTIONS")
        c.drawRightString(512, 694, "CURRENT")
        c.drawRightString(572, 694, "YTD")
        c.line(36, 690, 576, 690)
        c.line(360, 600, 360, 706)
        y = 678
        c.setFont("Helvetica", 8.5)
        for label in earning_labels(pay):
            q, rate, amt = pay.lines.get(label, (0.0, 0.0, 0.0))
            c.drawString(40, y, label)
            c.drawRightString(170, y, money(rate) if q else "")
            c.drawRightString(215, y, f"{q:.2f}" if q else "")
            c.drawRightString(275, y, money(amt))
            c.drawRightString(340, y, money(pay.ytd[label]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 612, "GROSS")
        c.drawRightString(275, 612, money(pay.gross))
        c.drawRightString(340, 612, money(pay.ytd["GROSS"]))
        y = 678
        c.setFont("Helvetica", 8.5)
        for k2, v in list(pay.taxes.items()) + list(pay.deductions):
            c.drawString(372, y, k2)
            c.drawRightString(512, y, money(v))
            c.drawRightString(572, y, money(pay.ytd[k2]))
            y -= 12
        c.line(36, 600, 576, 600)
        c.setFillGray(0.88)
        c.rect(372, 574, 204, 22, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(378, 581, "NET PAY")
        c.drawRightString(512, 581, money(pay.net))
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 581, money(pay.ytd["NET"]))
        c.setDash(4, 3)
        c.line(20, 556, 592, 556)
        c.setDash()
        return []

    return Stub(Paper([page]), pay.fields(), run.pay)


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), last_day(year, month)


def transactions(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                 debits: Sequence[tuple[str, bool]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits (small or not)."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(18, 130) if small else rng.uniform(85, 390))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


CU_DEBITS = (("MORTGAGE PMT TAMSWORTH MTG", False), ("ALDI 0412 DEBIT", True), ("PPL ELECTRIC AUTOPAY", False),
             ("SUNOCO 5510 DEBIT", True), ("T-MOBILE AUTOPAY", False), ("CVS/PHARMACY 0921", True),
             ("ERIE INS PREMIUM", False), ("ATM WITHDRAWAL", True), ("DOLLAR TREE 4417", True))


def trivalley_statement(rng: random.Random, holders: Sequence[str], address: Sequence[str], member: str, acct: str,
                        year: int, month: int, begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """A credit union's one-page statement: a triangle mark, the period and member number at the right, a dark
    bar naming the checking account with a one-row summary, then Date / Transaction / Withdrawal / Deposit /
    Balance."""
    bank = "Tri-Valley Community Federal Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits, CU_DEBITS)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))
    green = Color(0.1, 0.38, 0.22)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(green)
        for i in range(3):
            p = c.beginPath()
            p.moveTo(40 + i * 14, 730)
            p.lineTo(50 + i * 14, 750)
            p.lineTo(60 + i * 14, 730)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(90, 740, "TRI-VALLEY")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        c.drawString(90, 729, "Community Federal Credit Union  -  Federally insured by NCUA")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 748, f"Statement Period: {mdy(start)} - {mdy(end)}")
        c.drawRightString(572, 736, f"Member Number: {member}")
        c.drawRightString(572, 724, "Page 1 of 1")
        y = 690
        c.setFont("Helvetica", 9.5)
        for ln in [*[h.upper() for h in holders], *address]:
            c.drawString(60, y, ln)
            y -= 12
        y = 610
        c.setFillColor(green)
        c.rect(40, y, 532, 18, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, y + 5, f"CLASSIC CHECKING   Account ending {acct[-4:]}")
        c.setFillColor(black)
        y -= 16
        heads = [("Previous Balance", begin), ("Deposits / Credits", dep), ("Withdrawals / Debits", wd),
                 ("New Balance", ending)]
        c.setFont("Helvetica", 7.5)
        for i, (k2, v) in enumerate(heads):
            c.drawString(46 + i * 133, y, k2)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(46 + i * 133, y - 12, money(v))
            c.setFont("Helvetica", 7.5)
        y -= 34
        c.setFont("Helvetica-Bold", 8)
        c.drawString(46, y, "Date")
        c.drawString(100, y, "Transaction")
        c.drawRightString(410, y, "Withdrawal")
        c.drawRightString(490, y, "Deposit")
        c.drawRightString(568, y, "Balance")
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(46, y, start.strftime("%m/%d"))
        c.drawString(100, y, "Beginning Balance")
        c.drawRightString(568, y, money(begin))
        y -= 13
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(46, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(410 if a < 0 else 490, y, money(abs(a)))
            c.drawRightString(568, y, money(bal))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y, "Ending Balance")
        c.drawRightString(568, y, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "In case of errors or questions about your electronic transfers, call (570) 555-0140 "
                             "or write to PO Box 80, Tri-Valley, PA 17980.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


SB_DEBITS = (("CHECK 1184", False), ("GIANT EAGLE #22", True), ("COLUMBIA GAS", False), ("WEXCOMBE WATER", True),
             ("VERIZON", False), ("RITE AID 3310", True), ("CHURCH MUTUAL INS", False), ("CASH WITHDRAWAL", True))


def wexcombe_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """A savings bank's statement in a serif face: the account holder at the left, a boxed summary in a narrow
    right column, and a register of Posted / Description / Amount / Balance with debits shown with a minus."""
    bank = "Wexcombe Savings Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits, SB_DEBITS)
    ending = r2(begin + sum(a for _, _, a in lines))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 20)
        c.drawString(50, 738, "Wexcombe Savings Bank")
        c.setFont("Times-Italic", 9)
        c.drawString(50, 725, "A mutual savings bank since 1889  -  40 Market Square, Wexcombe, CT 06287")
        c.setLineWidth(1)
        c.line(50, 716, 562, 716)
        c.setFont("Times-Roman", 10)
        y = 692
        for ln in [holder, *address]:
            c.drawString(60, y, ln)
            y -= 13
        c.rect(390, 600, 172, 106, stroke=1, fill=0)
        c.setFont("Times-Bold", 10)
        c.drawString(398, 692, "Statement of Account")
        c.setFont("Times-Roman", 9)
        rows = [("Account", f"...{acct[-4:]} Statement Savings"), ("From", mdy(start)), ("Through", mdy(end)),
                ("Opening balance", money(begin)), ("Closing balance", money(ending))]
        yy = 676
        for k2, v in rows:
            c.drawString(398, yy, k2)
            c.drawRightString(556, yy, v)
            yy -= 15
        y = 575
        c.setFont("Times-Bold", 10)
        c.drawString(50, y, "Posted")
        c.drawString(110, y, "Description")
        c.drawRightString(470, y, "Amount")
        c.drawRightString(560, y, "Balance")
        c.line(50, y - 4, 562, y - 4)
        y -= 17
        c.setFont("Times-Roman", 10)
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(50, y, d.strftime("%b %d"))
            c.drawString(110, y, desc)
            c.drawRightString(470, y, ("-" if a < 0 else "") + money(abs(a)))
            c.drawRightString(560, y, money(bal))
            y -= 14
        c.setFont("Times-Italic", 8.5)
        c.drawString(50, 70, "Deposits are insured by the FDIC and the Depositors Insurance Fund. Please examine "
                             "this statement promptly.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- letters and papers ---------------------------------------------------------------------------------------


@dataclass
class Letter:
    """A paper other than a stub or statement: its type, the date freshness is judged by, and for income papers
    the income code it documents (benefit letters also their monthly amount)."""

    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None
    proves: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type in ("other", "obituary", "investment_statement", "divorce_decree", "death_certificate"):
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def hardship_letter(writers: Sequence[str], address: Sequence[str], loan: str, date: dt.date, servicer: str,
                    paras: Sequence[str], ink: bool, seed: int, font: str = "Times-Roman") -> Paper:
    """A typed hardship letter; signed in ink only when it was printed and mailed, faxed or scanned."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont(font, 11)
        y = 730
        for ln in [" and ".join(writers), *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in [servicer, "Attn: Loss Mitigation"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, f"Re: Loan number {loan} - letter of hardship")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["To whom it may concern:", *paras], font=font)
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

    return Paper([page])


def letterhead(c: Canvas, name: str, sub: str, color: Color, font: str = "Helvetica-Bold") -> None:
    c.setFillColor(color)
    c.setFont(font, 15)
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
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = (), sign: tuple[float, int] | None = None
                  ) -> Paper:
    """A letter on a letterhead; `sign` = (x, seed) adds an ink signature above the first closing line after
    "Sincerely," when printed."""

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
        marks = []
        for i, ln in enumerate(closing):
            c.drawString(72, y, ln)
            if sign and i == 1:
                marks.append(Mark("sig", 72, y + 2, w=130, seed=sign[1]))
            y -= 14
        return marks

    return Paper([page])


SSA_BLUE = Color(0.08, 0.22, 0.42)


def ssa_letter(kind: str, date: dt.date, to: Sequence[str], beneficiary: str, monthly: float, claim: str,
               since: dt.date) -> Letter:
    """Social Security's letters: an SSI notice for a child or adult (non-taxable), an SSDI Notice of Award and a
    survivors Benefit Verification Letter. A seal-like circle, the program line, the date and BNC code at the
    right, a boxed payment table."""
    paid_for = "" if beneficiary == to[0] else f" for {beneficiary}"
    if kind == "ssi":
        program, title, benefit = "Supplemental Security Income", "Notice of Change in Payment", "benefits_nontaxable"
        paras = [f"We are writing to tell you about the Supplemental Security Income (SSI) payments{paid_for}. "
                 f"Beginning {long_date(since)}, the monthly SSI payment will be ${money(monthly)}. We pay SSI once "
                 "a month, on the first day of the month.",
                 ("You receive these payments as representative payee. Use them for the beneficiary's current "
                  "needs - food, shelter, clothing and medical care." if paid_for else
                  "You must tell us right away about changes in your income, resources or living arrangements."),
                 "SSI payments are not taxable income and are not reported on a tax return.",
                 "If you disagree with this decision, you have 60 days to ask for an appeal."]
        table = [("Beneficiary", beneficiary), ("Monthly SSI payment", "$" + money(monthly)), ("Paid", "Monthly"),
                 ("Effective", mdy(since))]
    elif kind == "ssdi":
        program, title, benefit = ("Retirement, Survivors and Disability Insurance", "Notice of Award",
                                   "benefits_nontaxable")
        paras = [f"We are writing to tell you that you are entitled to monthly disability benefits beginning "
                 f"{since.strftime('%B %Y')}. We found that you became disabled under our rules five months "
                 "before that date.",
                 f"Your regular monthly benefit is ${money(monthly)}. The benefit is paid each month by direct "
                 "deposit, on the second Wednesday of the month following the month it is due.",
                 "We will review your case from time to time to see whether you are still disabled. You must tell "
                 "us if you go back to work or if your condition improves."]
        table = [("Claim number", claim), ("Monthly benefit amount", "$" + money(monthly)),
                 ("Frequency", "Monthly"), ("Entitlement begins", since.strftime("%B %Y"))]
    else:  # survivors benefit verification
        program, title, benefit = ("Retirement, Survivors and Disability Insurance", "Benefit Verification Letter",
                                   "benefits_taxable")
        paras = [f"You asked us for information from your record. We are paying you monthly survivors benefits as "
                 f"the widow of the worker on claim {claim}, beginning {since.strftime('%B %Y')}.",
                 f"Your current monthly benefit before any deductions is ${money(monthly)}. We pay benefits each "
                 "month by direct deposit. Part of these benefits may be taxable, depending on your other income.",
                 "This letter may be used as proof of income for a loan, housing assistance or other programs."]
        table = [("Beneficiary", beneficiary), ("Monthly benefit (before deductions)", "$" + money(monthly)),
                 ("Paid", "Monthly"), ("Benefit type", "Survivors (widow)")]

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(SSA_BLUE)
        c.setLineWidth(1.5)
        c.circle(96, 728, 24, stroke=1, fill=0)
        c.circle(96, 728, 19, stroke=1, fill=0)
        c.setFillColor(SSA_BLUE)
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(96, 726, "SSA")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(130, 736, "Social Security Administration")
        c.setFont("Helvetica", 9)
        c.drawString(130, 722, program)
        c.setFillColor(black)
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(130, 700, title)
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 60, 736, f"Date: {long_date(date)}")
        c.drawRightString(W - 60, 724, f"BNC#: {claim[-4:]}{date.strftime('%y%m')}B41")
        y = 668
        c.setFont("Helvetica", 10)
        for ln in to:
            c.drawString(72, y, ln)
            y -= 13
        y = paragraphs(c, 72, y - 20, W - 144, paras, font="Helvetica", size=10, leading=13.5)
        c.setLineWidth(0.6)
        top = y
        for k2, v in table:
            c.setFont("Helvetica", 9.5)
            c.drawString(84, y - 2, k2)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(320, y - 2, v)
            y -= 16
        c.rect(72, y + 6, W - 144, top - y + 6, stroke=1, fill=0)
        c.setFont("Helvetica", 9)
        c.drawString(72, y - 24, "If you have any questions, call us toll-free at 1-800-772-1213, or call your "
                                 "local Social Security office.")
        c.drawString(72, y - 50, "Social Security Administration")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, benefit, benefit)


DCYF = "Department of Children, Youth and Families"


def adoption_agreement(parents: Sequence[str], address: Sequence[str], children: Sequence[tuple[str, str]],
                       per_child: float, agreed: dt.date, effective: dt.date, state: str, seed: int) -> Letter:
    """A state's two-page ADOPTION ASSISTANCE AGREEMENT: numbered clauses, a table of the children with the monthly
    maintenance payment, the total a month, and signature blocks for the adoptive parents and the agency, dated
    the day it was agreed (a years-old paper: its date is the agreement's)."""
    total = r2(per_child * len(children))
    head = f"STATE OF {state.upper()}  -  {DCYF.upper()}"

    def header(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(W / 2, 750, head)
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(W / 2, 730, "ADOPTION ASSISTANCE AGREEMENT")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 718, f"Title IV-E / State Adoption Subsidy  -  Form DCYF-AA-4  -  Page {n} of 2")
        c.setLineWidth(0.8)
        c.line(60, 710, W - 60, 710)

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 690
        c.drawString(60, y, "Adoptive parent(s):")
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(160, y, " and ".join(parents))
        c.setFont("Helvetica", 9.5)
        y -= 14
        c.drawString(60, y, "Address:")
        c.drawString(160, y, ", ".join(address))
        y -= 14
        c.drawString(60, y, "Date of this agreement:")
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(190, y, long_date(agreed))
        y -= 26
        c.setFont("Helvetica-Bold", 9)
        for xx, t in ((60, "CHILD"), (220, "DATE OF BIRTH"), (330, "SPECIAL NEEDS BASIS"),
                      (552, "MONTHLY PAYMENT")):
            (c.drawString if xx < 500 else c.drawRightString)(xx, y, t)
        c.line(60, y - 4, 552, y - 4)
        y -= 16
        c.setFont("Helvetica", 9.5)
        for name, dob in children:
            c.drawString(60, y, name)
            c.drawString(220, y, dob)
            c.drawString(330, y, "Sibling group; age at placement")
            c.drawRightString(552, y, "$" + money(per_child))
            y -= 14
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(330, y - 2, "Total monthly maintenance payment")
        c.drawRightString(552, y - 2, "$" + money(total))
        y -= 30
        clauses = [
            f"1. Payment. The Department will pay the adoptive parents a monthly maintenance payment of "
            f"${money(per_child)} for each child named above, ${money(total)} a month in all, beginning "
            f"{long_date(effective)}. Payments are made once a month by direct deposit, on or about the first "
            "business day of the month.",
            "2. Duration. Payments continue until the child reaches age 18 (age 21 if the Department agrees the "
            "child has a mental or physical disability that warrants continued assistance), unless the agreement "
            "ends earlier under clause 6.",
            "3. Medical assistance. Each child remains eligible for medical assistance under the State plan.",
            "4. Non-recurring costs. The Department will reimburse reasonable and necessary adoption expenses up "
            "to $2,000 per child.",
            "5. Changes. The amount may be changed only by written amendment signed by the adoptive parents and the "
            "Department. The adoptive parents must tell the Department within 30 days of any change in the "
            "family's circumstances."]
        paragraphs(c, 60, y, W - 120, clauses, font="Helvetica", size=9.5, leading=12.5, gap=7)
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        clauses = [
            "6. Termination. The agreement ends when the child reaches the age in clause 2, when the adoptive parents "
            "are no longer legally responsible for the child's support, or when the child is no longer receiving "
            "support from them.",
            "7. Annual contact. Each year the Department will send a notice asking the adoptive parents to confirm "
            "that they remain legally responsible for and support the child.",
            "8. Interstate moves. This agreement remains in effect if the family moves to another state.",
            "9. Fair hearing. The adoptive parents may request a fair hearing on any decision concerning this "
            "agreement."]
        y = paragraphs(c, 60, 690, W - 120, clauses, font="Helvetica", size=9.5, leading=12.5, gap=7)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(60, y - 10, "SIGNATURES")
        marks: list[Mark] = []
        yy = y - 60
        people = [(p, "Adoptive parent") for p in parents] + [("Regional Adoption Supervisor", "For the Department")]
        for i, (name, role) in enumerate(people):
            c.setLineWidth(0.5)
            c.line(60, yy, 330, yy)
            c.line(380, yy, 540, yy)
            c.setFont("Helvetica", 8)
            c.drawString(60, yy - 10, f"{role}: {name}")
            c.drawString(380, yy - 10, "Date")
            marks.append(Mark("sig", 70, yy + 2, w=170, seed=seed + i))
            marks.append(Mark("hand", 388, yy + 3, mdy(agreed), size=11, seed=seed + 10 + i))
            yy -= 56
        return marks

    return Letter(Paper([page1, page2]), "benefit_award_letter", agreed, total, "benefits_taxable",
                  "benefits_taxable")


def adoption_notice(parents: Sequence[str], address: Sequence[str], children: Sequence[str], per_child: float,
                    date: dt.date, state: str, case: str) -> Letter:
    """The state's yearly notice that adoption assistance continues: amount a month per child, the total, paid
    monthly."""
    total = r2(per_child * len(children))
    paras = ["Thank you for returning your annual adoption assistance certification. This letter confirms that "
             "your adoption assistance payments continue for the coming year without change.",
             f"You will continue to receive ${money(total)} each month, paid by direct deposit on or about the first "
             "business day of the month, until the agreement ends under its terms.",
             "Please tell us within 30 days if the child no longer lives with you or if you are no longer legally "
             "responsible for the child's support."]
    table = [*[(f"Child: {ch}", f"${money(per_child)} a month") for ch in children],
             ("Total monthly payment", "$" + money(total)), ("Frequency", "Monthly"), ("Case number", case)]
    paper = simple_letter((DCYF.upper(),
                           f"{state}  -  Adoption Assistance Unit  -  PO Box 4410, Capitol Station  -  (555) 010-2290",
                           Color(0.3, 0.15, 0.45)), date, [" and ".join(parents), *address],
                          "Annual notice of continued adoption assistance", paras,
                          ["Sincerely,", "", "Adoption Assistance Unit"], table)
    return Letter(paper, "benefit_award_letter", date, total, "benefits_taxable", "benefits_taxable")


def foster_statement(county: str, providers: Sequence[str], address: Sequence[str], provider_id: str,
                     month: tuple[int, int], paid: dt.date, children: Sequence[tuple[str, str, str]],
                     rate: float, extras: Sequence[tuple[str, float]]) -> Letter:
    """A county's FOSTER CARE BOARD PAYMENT STATEMENT (a remittance advice, not an award letter): provider,
    service month, one row per child with the level of care and the monthly board rate, extras, total paid."""
    start, end = month_bounds(*month)
    board = r2(rate * len(children))
    total = r2(board + sum(v for _, v in extras))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.55, 0.35, 0.05))
        c.rect(40, 730, 532, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, 752, f"{county.upper()} - DEPARTMENT OF CHILDREN AND FAMILY SERVICES")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 738, "Resource Family Payments  -  Fiscal Services Division")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, 700, "FOSTER CARE BOARD PAYMENT STATEMENT")
        c.setFont("Helvetica", 9)
        y = 676
        for k2, v in (("Resource family (provider)", " and ".join(providers)), ("Provider ID", provider_id),
                      ("Address", ", ".join(address)), ("Service month", start.strftime("%B %Y")),
                      ("Service period", f"{mdy(start)} - {mdy(end)}"), ("Payment date", mdy(paid)),
                      ("Payment method", "Direct deposit"), ("Payment frequency", "Monthly, in arrears")):
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, k2)
            c.setFont("Helvetica", 9)
            c.drawString(200, y, v)
            y -= 13
        y -= 14
        c.setFont("Helvetica-Bold", 8)
        for xx, t in ((40, "CHILD ID"), (110, "INITIALS"), (170, "LEVEL OF CARE"), (330, "DAYS IN CARE"),
                      (450, "MONTHLY BOARD RATE"), (570, "AMOUNT")):
            (c.drawString if xx < 300 else c.drawRightString)(xx, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for cid, ini, level in children:
            c.drawString(40, y, cid)
            c.drawString(110, y, ini)
            c.drawString(170, y, level)
            c.drawRightString(330, y, str((end - start).days + 1))
            c.drawRightString(450, y, money(rate))
            c.drawRightString(570, y, money(rate))
            y -= 13
        for k2, v in extras:
            c.drawString(170, y, k2)
            c.drawRightString(570, y, money(v))
            y -= 13
        c.line(400, y + 8, 572, y + 8)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(170, y - 2, "Board payments (regular monthly)")
        c.drawRightString(570, y - 2, money(board))
        y -= 14
        c.drawString(170, y - 2, "TOTAL PAID THIS STATEMENT")
        c.drawRightString(570, y - 2, money(total))
        c.setFont("Helvetica", 8)
        paragraphs(c, 40, y - 40, 532, [
            "Board payments are made monthly in arrears at the rate set for each child's level of care. Foster care "
            "maintenance payments are not wages. Report changes in placement to your caseworker within 24 hours."],
            font="Helvetica", size=8, leading=10)
        return []

    return Letter(Paper([page]), "other", paid, board, None, "other")


def sdu_printout(printed: dt.date, time_s: str, payee: str, case: str, payor: str, order: float,
                 payments: Sequence[tuple[dt.date, float]], state: str) -> Letter:
    """The child-support disbursement unit's PAYMENT HISTORY printed from its web portal: a landscape page with the
    browser's date / time and title at the top and the address and page count at the bottom, the case, the
    current support order ($ a month) and a table of disbursements. Its date is the date it was printed."""
    size = landscape(letter)
    pw, ph = size

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7.5)
        c.drawString(24, ph - 16, f"{printed.month}/{printed.day}/{printed.strftime('%y')}, {time_s}")
        c.drawCentredString(pw / 2, ph - 16, "Payment History | Child Support Online Services")
        c.drawString(24, 14, f"https://childsupport.{state.lower().replace(' ', '')}.example.gov/portal/"
                             f"payments/history?case={case}")
        c.drawRightString(pw - 24, 14, "1/1")
        c.setFillColor(Color(0.1, 0.3, 0.55))
        c.rect(36, ph - 70, pw - 72, 38, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(48, ph - 56, f"{state} Child Support Program")
        c.setFont("Helvetica", 9)
        c.drawRightString(pw - 48, ph - 52, "State Disbursement Unit")
        c.drawRightString(pw - 48, ph - 64, f"Logged in: {payee}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(48, ph - 98, "Payment History")
        info = [("Case number", case), ("Custodial parent (payee)", payee), ("Non-custodial parent", payor),
                ("Current support order", f"${money(order)} per month"), ("Collection method",
                                                                           "Income withholding"),
                ("History printed", f"{mdy(printed)} {time_s}")]
        y = ph - 120
        for i, (k2, v) in enumerate(info):
            x = 48 + (i % 3) * 240
            if i % 3 == 0 and i:
                y -= 30
            c.setFont("Helvetica", 7.5)
            c.drawString(x, y, k2)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x, y - 12, v)
        y -= 44
        c.setFillGray(0.9)
        c.rect(48, y - 4, pw - 96, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        for xx, t in ((54, "Date received"), (160, "Date disbursed"), (270, "Source"), (450, "Disbursed to"),
                      (620, "Method"), (pw - 54, "Amount")):
            (c.drawString if xx < pw - 60 else c.drawRightString)(xx, y, t)
        y -= 18
        c.setFont("Helvetica", 8.5)
        for d, amt in sorted(payments, reverse=True):
            c.drawString(54, y, mdy(d))
            c.drawString(160, y, mdy(d + dt.timedelta(days=2)))
            c.drawString(270, y, "Employer income withholding")
            c.drawString(450, y, payee)
            c.drawString(620, y, "Direct deposit")
            c.drawRightString(pw - 54, y, money(amt))
            y -= 13
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(48, y - 10, "Payments are shown for the last 90 days. Amounts are disbursed within two business "
                                 "days of receipt.")
        return []

    return Letter(Paper([page], size), "other", printed, order, None, "other")


def contribution_letter(writer: str, relation: str, borrowers: Sequence[str], address: Sequence[str], loan: str,
                        monthly: float, since: str, employer: str, date: dt.date, seed: int) -> Letter:
    """A non-borrower household member's signed statement of the amount and frequency of the contribution."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 10.5)
        y = 730
        for ln in [writer, *address]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 20
        c.drawString(72, y, long_date(date))
        y -= 30
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, f"Statement of household contribution - loan {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, [
            "To the mortgage servicer:",
            f"I, {writer}, am the {relation} of {' and '.join(borrowers)}. I have lived with them at the address above "
            f"as my home since {since} and I intend to keep living there.",
            f"I contribute ${money(monthly)} every month toward the household's expenses, paid on the first of each "
            "month by transfer to their checking account. I plan to keep contributing this amount.",
            f"I work for {employer}; a copy of my most recent pay stub is attached. I am not a borrower on the "
            "loan and I understand this statement is for the servicer's review of their application."],
            font="Helvetica", size=10.5, leading=14)
        c.drawString(72, y - 4, "Signed,")
        c.line(72, y - 44, 300, y - 44)
        c.drawString(72, y - 57, writer)
        c.line(340, y - 44, 480, y - 44)
        c.drawString(340, y - 57, "Date")
        return [Mark("sig", 80, y - 42, w=160, seed=seed), Mark("hand", 346, y - 40, mdy(date), size=11,
                                                              seed=seed + 3)]

    return Letter(Paper([page]), "other", date, monthly, None, "other")


def annuity_statement(annuitant: str, address: Sequence[str], contract: str, quarter_end: dt.date, monthly: float,
                      fed_pct: float, ytd_count: int) -> Letter:
    """An insurer's quarterly ANNUITY INCOME STATEMENT: contract, payout option, the monthly income payment, the
    payments of the quarter with tax withheld, and year-to-date totals. Its date is the quarter's end."""
    q_start = dt.date(quarter_end.year, quarter_end.month - 2, 1)
    pays = [dt.date(quarter_end.year, quarter_end.month - 2 + i, 1) for i in range(3)]
    tax = r2(monthly * fed_pct)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 17)
        c.setFillColor(Color(0.2, 0.3, 0.25))
        c.drawString(50, 740, "RIDGEWAY MUTUAL LIFE INSURANCE COMPANY")
        c.setFillColor(black)
        c.setFont("Times-Roman", 9)
        c.drawString(50, 727, "Annuity Service Center  -  PO Box 1907, Ridgeway, IA 52165  -  1-800-555-0177")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 700, "ANNUITY INCOME STATEMENT")
        c.setFont("Helvetica", 9)
        c.drawString(50, 686, f"Statement period: {mdy(q_start)} through {mdy(quarter_end)}")
        y = 656
        for ln in [annuitant, *address]:
            c.drawString(60, y, ln)
            y -= 12
        c.setLineWidth(0.6)
        c.rect(330, 600, 232, 80, stroke=1, fill=0)
        rows = [("Contract number", contract), ("Annuitant", annuitant), ("Payout option", "Life, 10 years certain"),
                ("Monthly income payment", "$" + money(monthly)), ("Payment frequency", "Monthly")]
        yy = 666
        for k2, v in rows:
            c.setFont("Helvetica", 8)
            c.drawString(336, yy, k2)
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(556, yy, v)
            yy -= 14
        y = 570
        c.setFont("Helvetica-Bold", 8.5)
        for xx, t in ((50, "PAYMENT DATE"), (260, "GROSS PAYMENT"), (370, "FEDERAL TAX WITHHELD"),
                      (470, "NET PAYMENT")):
            (c.drawString if xx == 50 else c.drawRightString)(xx if xx == 50 else xx + 60, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for d in pays:
            c.drawString(50, y, mdy(d))
            c.drawRightString(320, y, money(monthly))
            c.drawRightString(430, y, money(tax))
            c.drawRightString(530, y, money(r2(monthly - tax)))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y - 4, f"Year to date ({ytd_count} payments)")
        c.drawRightString(320, y - 4, money(r2(monthly * ytd_count)))
        c.drawRightString(430, y - 4, money(r2(tax * ytd_count)))
        c.drawRightString(530, y - 4, money(r2((monthly - tax) * ytd_count)))
        c.setFont("Helvetica", 8)
        paragraphs(c, 50, y - 40, 512, [
            "Payments are made on the first business day of each month by direct deposit. The taxable portion of "
            "each payment is reported to you on Form 1099-R after the end of the year. This statement is issued "
            "each calendar quarter."], font="Helvetica", size=8, leading=10)
        return []

    return Letter(Paper([page]), "investment_statement", quarter_end, monthly, None, "investment")


def obituary(name: str, born: dt.date, died: dt.date, town: str, paras: Sequence[str], date: dt.date,
             paper_name: str) -> Letter:
    """A newspaper's obituary page, two columns of small serif type under the paper's nameplate."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 24)
        c.drawCentredString(W / 2, 735, paper_name)
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 720, f"{date.strftime('%A')}, {long_date(date)}  -  OBITUARIES  -  C5")
        c.setLineWidth(1.2)
        c.line(60, 712, W - 60, 712)
        c.setLineWidth(0.4)
        c.line(60, 709, W - 60, 709)
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, 688, name)
        c.setFont("Times-Italic", 9.5)
        c.drawCentredString(W / 2, 675, f"{long_date(born)} - {long_date(died)}")
        text = [ln for para in paras for ln in [*wrap(para, "Times-Roman", 9.5, 232), ""]]
        half = (len(text) + 1) // 2
        for col, chunk in enumerate((text[:half], text[half:])):
            y = 652
            c.setFont("Times-Roman", 9.5)
            for ln in chunk:
                c.drawString(60 + col * 252, y, ln)
                y -= 12
        c.line(W / 2, 660, W / 2, 400)
        return []

    return Letter(Paper([page]), "obituary", date)


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(W / 2, 700, "BATCH SEPARATOR")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 682, "Imaging use only - do not remove - one sheet in front of each loan's papers")
        c.drawImage(ImageReader(code), W / 2 - 160, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawCentredString(W / 2, 495, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 26)
        c.drawString(72, 705, "Facsimile Transmittal")
        c.setLineWidth(2)
        c.line(72, 695, 540, 695)
        c.setFont("Times-Roman", 11)
        rows = [("TO", to), ("FAX NUMBER", to_fax), ("FROM", sender), ("SENDER FAX", sender_fax), ("DATE", mdy(date)),
                ("TOTAL PAGES", f"{pages} (including this cover)"), ("RE", note)]
        y = 660
        for k, v in rows:
            c.setFont("Times-Bold", 10)
            c.drawString(72, y, k)
            c.setFont("Times-Roman", 11)
            c.drawString(200, y, v)
            y -= 24
        c.setFont("Times-Italic", 9)
        c.drawString(72, y - 20, "This public fax service is provided by the library. The library does not keep "
                                 "copies of documents sent.")
        return []

    return Paper([page])


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class App:
    """The answers on one application. income: monthly amount by income code (for the servicer's form these are
    derived from its numbered lines). Form 710 prints no total, so its total is the sum; the servicer's form prints
    one (the truth's total)."""

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
    signed_on: dt.date
    income: dict[str, float] = field(default_factory=dict)
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    seed: int = 1
    lines: dict[int, float] = field(default_factory=dict)  # servicer form: line number -> final amount
    who: dict[int, str] = field(default_factory=dict)  # servicer form: line number -> B / C / H
    fillers: dict[int, str] = field(default_factory=dict)  # servicer form: "0" or "N/A" typed in a box
    corrected: dict[str, float] = field(default_factory=dict)  # line number or "total" -> the struck figure
    describe: dict[int, str] = field(default_factory=dict)  # servicer form: words typed on a line

    def __post_init__(self) -> None:
        if self.lines:
            income: dict[str, float] = {}
            for n, amount in self.lines.items():
                code = TMS_LINES[n - 1][2]
                income[code] = r2(income.get(code, 0.0) + amount)
            self.income = income

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
F710_DURATION = {"short": "Checkbox_38", "long": "Checkbox_39", "resolved": "Checkbox_40"}


def form710_values(app: App, dates: bool) -> dict[str, str | bool]:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, "Checkbox_27": True, "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        F710_DURATION[app.duration]: True, "Number_10": "310.00"}
    if app.occupancy:
        values[F710_OCC[app.occupancy]] = True
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
    if dates:
        if app.b_dates:
            values["Date_3"] = mdy(app.signed_on)
        if app.co and app.co_signs:
            values["Date_4"] = mdy(app.signed_on)
    return values


def form710_writer(values: dict[str, str | bool]) -> PdfWriter:
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


def overlay_pages(writer: PdfWriter, marks: Sequence[Sequence[Mark]]) -> None:
    """Lay the synthetic line and any on-screen marks over every page of a filled form."""
    for i, page in enumerate(writer.pages):
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=letter, invariant=1)
        apply_screen_marks(c, marks[i] if i < len(marks) else [])
        synth_line(c)
        c.showPage()
        c.save()
        page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])


def widget_rects() -> dict[str, tuple[int, float, float, float, float]]:
    """Form 710's widgets: name -> (page index, x0, y0, x1, y1)."""
    out = {}
    for i, page in enumerate(PdfReader(FORM710).pages):
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            x0, y0, x1, y1 = (float(v) for v in w["/Rect"])
            out[str(w.get("/T", ""))] = (i, x0, y0, x1, y1)
    return out


def sign_marks_710(app: App, rects: dict[str, tuple[int, float, float, float, float]], ink_dates: bool,
                   hand: str) -> list[Mark]:
    """The signature strokes (and, in ink, the dates) of Form 710's page 4."""
    marks: list[Mark] = []
    people = [("Signature_1", "Date_3", app.b_signs, app.b_dates, 0)]
    if app.co:
        people.append(("Signature_2", "Date_4", app.co_signs, app.co_signs, 1))
    for sig, date, signs, dates, k in people:
        _, x0, y0, x1, _ = rects[sig]
        if signs:
            marks.append(Mark("sig", x0 + 8, y0 + 2, w=min(165.0, x1 - x0 - 70), seed=app.seed + k))
        if dates and ink_dates:
            _, dx0, dy0, _, _ = rects[date]
            marks.append(Mark("hand", dx0 + 4, dy0 + 3, mdy(app.signed_on), size=11.5, seed=app.seed + 5 + k,
                              hand=hand))
    return marks


def form710_screen(app: App) -> bytes:
    """Typed through its AcroForm on screen, signed with drawn strokes over the signature fields, dates typed."""
    writer = form710_writer(form710_values(app, dates=True))
    rects = widget_rects()
    overlay_pages(writer, [[], [], [], sign_marks_710(app, rects, False, "oblique")])
    return fixed_pypdf_bytes(writer, f"cf710{app.loan}")


def form710_typed_ink(app: App, style: Scan, seed: int, hand: str) -> list[ScannedPage]:
    """Typed through its AcroForm, printed, then signed and dated in ink and scanned or faxed."""
    writer = form710_writer(form710_values(app, dates=False))
    overlay_pages(writer, [])
    pdf = fixed_pypdf_bytes(writer, "cf710ink")
    marks: list[list[Mark]] = [[], [], [], sign_marks_710(app, widget_rects(), True, hand)]
    return scan_sheets(pdf, marks, style, seed)


def form710_hand(app: App, style: Scan, seed: int, hand: str) -> list[ScannedPage]:
    """The BLANK Form 710 printed and filled in by hand in ink: every answer hand-printed a little above its line,
    an X in each box, signed and dated, then scanned."""
    writer = form710_writer({})
    overlay_pages(writer, [])
    pdf = fixed_pypdf_bytes(writer, "cf710blank")
    rects = widget_rects()
    marks: list[list[Mark]] = [[], [], [], []]
    rng = random.Random(app.seed * 7 + 3)
    for i, (name, value) in enumerate(form710_values(app, dates=False).items()):
        page, x0, y0, _x1, y1 = rects[name]
        if value is True:
            marks[page].append(Mark("hand", x0 + 0.5, y0 + 1, "X", size=10, seed=app.seed + 40 + i, hand=hand))
        elif isinstance(value, str) and value:
            text = value
            if name.startswith("Number_"):
                text = value if name == "Number_10" else value.replace(".00", "")
            size = 11.0 if name not in ("Text_9",) else 10.0
            yy = y0 + 3.5 if name != "Text_9" else y1 - 14
            marks[page].append(Mark("hand", x0 + 3 + rng.uniform(0, 6), yy + rng.uniform(-0.8, 1.5), text, size=size,
                                    seed=app.seed + 60 + i, hand=hand))
    marks[3] += sign_marks_710(app, rects, True, hand)
    return scan_sheets(pdf, marks, style, seed)


TMS = "Tamsworth Mortgage Servicing, LLC"
TMS_LINES: tuple[tuple[str, str, str], ...] = (
    ("EMPLOYMENT", "Wages, salary or hourly pay - main job", "wages"),
    ("EMPLOYMENT", "Wages - second job", "wages"),
    ("EMPLOYMENT", "Wages - third job or seasonal work", "wages"),
    ("EMPLOYMENT", "Tips, commissions, bonuses or overtime not included above", "wages"),
    ("EMPLOYMENT", "Self-employment, gig or 1099 contract income (after expenses)", "self_employment"),
    ("EMPLOYMENT", "Unemployment compensation", "unemployment"),
    ("BENEFITS - TAXABLE", "Social Security retirement or survivors benefits", "benefits_taxable"),
    ("BENEFITS - TAXABLE", "Pension, retirement or disability insurance payments", "benefits_taxable"),
    ("BENEFITS - TAXABLE", "Adoption assistance, housing allowance or other public assistance", "benefits_taxable"),
    ("BENEFITS - NOT TAXABLE", "SSDI or other Social Security that is not taxed", "benefits_nontaxable"),
    ("BENEFITS - NOT TAXABLE", "SSI (Supplemental Security Income)", "benefits_nontaxable"),
    ("BENEFITS - NOT TAXABLE", "VA disability compensation or other non-taxable disability", "benefits_nontaxable"),
    ("SUPPORT AND HOUSEHOLD", "Child support received", "other"),
    ("SUPPORT AND HOUSEHOLD", "Alimony or separate maintenance", "other"),
    ("SUPPORT AND HOUSEHOLD", "Regular contributions from household members not on the loan", "other"),
    ("PROPERTY AND SAVINGS", "Rent from tenants or boarders (after expenses)", "rental"),
    ("PROPERTY AND SAVINGS", "Interest, dividends, annuity or insurance income", "investment"),
    ("OTHER", "Other income - describe:", "other"),
)
TMS_HARDSHIPS = ("I lost my job or am out of work", "My income went down (fewer hours, less pay, lost work)",
                 "My housing costs went up (taxes, insurance, HOA)", "A disaster damaged my home or workplace",
                 "Illness or disability (me, a co-borrower or a dependent)", "Divorce or legal separation",
                 "Separation from a co-owner I am not married to", "Death of a borrower or a wage earner",
                 "Transfer or relocation for work far away", "Something else - explain below")
NAVY = Color(0.13, 0.18, 0.33)


def tms_form(app: App, ink: bool, hand: str = "oblique") -> Paper:
    """Tamsworth Mortgage Servicing's HARDSHIP REVIEW APPLICATION (TMS-HR2, two pages). Page 1: an applicant grid
    (Borrower | Co-borrower columns), the property as Street / City / State / ZIP cells and three occupancy boxes,
    ten hardship boxes in two columns, the start date and the duration boxes. Page 2: HOUSEHOLD INCOME as a long
    list of 18 numbered sources under grey group headings, each with a "Received by" cell (B / C / H) and a
    monthly amount box - most left blank, some "0" or "N/A" - and a TOTAL box; then the certification and two
    signature lines with dates. Typed on a computer; when `ink`, printed, then corrected (a typed figure struck
    through and the new one written beside it), signed and dated in pen."""

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(NAVY)
        c.rect(40, 738, 30, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 22)
        c.drawCentredString(55, 745, "T")
        c.setFillColor(NAVY)
        c.setFont("Times-Bold", 15)
        c.drawString(78, 754, "Tamsworth Mortgage Servicing")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(78, 742, "Homeowner Support  -  PO Box 44120, Tamsworth, OH 43085  -  Fax (614) 555-0162")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 757, "HARDSHIP REVIEW APPLICATION")
        c.setFont("Helvetica", 7)
        c.drawRightString(572, 746, f"Form TMS-HR2 (03/2057)  -  page {n} of 2")
        c.setLineWidth(0.8)
        c.rect(430, 712, 142, 24, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(434, 729, "LOAN NUMBER")
        c.setFont("Courier-Bold", 11)
        c.drawString(436, 716, app.loan)

    def band(c: Canvas, y: float, title: str) -> None:
        c.setFillColor(NAVY)
        c.rect(40, y, 532, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, y + 4, title)
        c.setFillColor(black)

    def box(c: Canvas, x: float, y: float, checked: bool) -> None:
        c.setLineWidth(0.7)
        c.rect(x, y, 8, 8, stroke=1, fill=0)
        if checked:
            c.setFont("Courier-Bold", 10)
            c.drawString(x + 1.3, y + 1, "X")

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        paragraphs(c, 40, 722, 380, ["Please answer every question. Attach the documents on the checklist we sent "
                                     "you. Type or print in ink."], font="Helvetica", size=7.5, leading=9)
        band(c, 690, "PART A - APPLICANTS")
        rows = [("Full name", app.borrower, app.co or ""), ("Last 4 digits of SSN", app.ssn[-4:],
                                                          (app.co_ssn or "")[-4:]),
                ("Phone", app.phone, ""), ("E-mail", app.email, "")]
        y = 672
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(172, y + 4, "BORROWER")
        c.drawString(382, y + 4, "CO-BORROWER (if any)")
        c.setLineWidth(0.4)
        for lab, b, co in rows:
            y -= 20
            c.rect(40, y, 126, 20, stroke=1, fill=0)
            c.rect(166, y, 206, 20, stroke=1, fill=0)
            c.rect(372, y, 200, 20, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(44, y + 7, lab)
            c.setFont("Courier", 10)
            c.drawString(170, y + 6, b)
            c.drawString(376, y + 6, co)
        band(c, y - 32, "PART B - THE PROPERTY")
        y -= 62
        cells = [("Street address of the property", app.street, 40, 260), ("City", app.city, 300, 150),
                 ("State", app.state, 450, 40), ("ZIP", app.zip, 490, 82)]
        for lab, val, x, wd in cells:
            c.rect(x, y, wd, 26, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 3, y + 19, lab.upper())
            c.setFont("Courier", 10)
            c.drawString(x + 4, y + 5, val)
        y -= 26
        c.rect(40, y, 532, 26, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(43, y + 19, "MAILING ADDRESS, IF DIFFERENT FROM THE PROPERTY")
        y -= 20
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "How is the property used? (check one)")
        opts = [("Our home (primary residence)", "primary_residence", 220.0), ("Second home", "second_home", 370.0),
                ("Rental or investment", "investment_property", 460.0)]
        for lab, code, x in opts:
            box(c, x, y - 1, app.occupancy == code)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, y, lab)
        y -= 18
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "Is the property listed for sale?")
        for lab, val, x in (("Yes", False, 220.0), ("No", True, 270.0)):
            box(c, x, y - 1, val)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, y, lab)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(330, y, "Is a borrower on active military duty?")
        for lab, val, x in (("Yes", False, 490.0), ("No", True, 530.0)):
            box(c, x, y - 1, val)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, y, lab)
        band(c, y - 30, "PART C - YOUR HARDSHIP")
        y -= 48
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "What caused your hardship? Check every box that applies.")
        y -= 16
        for i, lab in enumerate(TMS_HARDSHIPS):
            col, row = divmod(i, 5)
            xx = 46 + col * 266
            yy = y - row * 15
            box(c, xx, yy - 1, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 8)
            c.drawString(xx + 12, yy, lab)
        y -= 84
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y, "Explain (required if you checked \"something else\"):")
        c.line(230, y - 2, 572, y - 2)
        c.line(40, y - 20, 572, y - 20)
        c.setFont("Courier", 10)
        c.drawString(234, y, app.other_text)
        y -= 46
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "When did the hardship start? (mm/dd/yyyy)")
        c.rect(230, y - 6, 90, 18, stroke=1, fill=0)
        c.setFont("Courier", 10)
        if app.start:
            c.drawString(234, y - 1, mdy(app.start))
        y -= 26
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "How long do you expect it to last?")
        x = 230.0
        for lab, code in (("6 months or less", "short"), ("More than 6 months", "long"),
                          ("It is already over", "resolved")):
            box(c, x, y - 1, app.duration == code)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, y, lab)
            x += 112
        c.setFont("Helvetica-Oblique", 7.5)
        paragraphs(c, 40, y - 40, 532, [
            "Papers we need with this application: your most recent pay stub for every job (with year-to-date pay), or "
            "your two most recent bank statements; award letters for benefits; papers showing child support or other "
            "income; and a letter explaining your hardship where it is illness, death, divorce, relocation or "
            "something else. Do not send original documents."], font="Helvetica-Oblique", size=7.5, leading=9.5)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 30, "TMS-HR2  -  continue on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        marks: list[Mark] = []
        band(c, 690, "PART D - HOUSEHOLD INCOME (every source, per month, before taxes)")
        paragraphs(c, 40, 678, 532, [
            "List the monthly amount of each source of income for everyone in the household whose income you want "
            "us to consider. Write 0 or N/A if you do not receive it. Received by: B = borrower, C = co-borrower, "
            "H = another household member."], font="Helvetica", size=7.5, leading=9)
        y = 648
        c.setFont("Helvetica-Bold", 7)
        c.drawString(386, y, "RECEIVED BY")
        c.drawRightString(570, y, "MONTHLY AMOUNT")
        y -= 6
        group = ""
        for n, (grp, label, _code) in enumerate(TMS_LINES, 1):
            if grp != group:
                group = grp
                y -= 14
                c.setFillGray(0.86)
                c.rect(40, y - 2, 532, 12, stroke=0, fill=1)
                c.setFillColor(black)
                c.setFont("Helvetica-Bold", 7)
                c.drawString(44, y + 1, grp)
            y -= 17
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(58, y + 4, f"{n}.")
            c.setFont("Helvetica", 8)
            c.drawString(64, y + 4, label)
            if n in app.describe:
                c.setFont("Courier", 9)
                c.drawString(64 + stringWidth(label, "Helvetica", 8) + 4, y + 4, app.describe[n])
            c.setLineWidth(0.5)
            c.rect(396, y, 30, 14, stroke=1, fill=0)
            c.rect(456, y, 116, 14, stroke=1, fill=0)
            c.setFont("Helvetica", 8)
            c.drawString(447, y + 4, "$")
            c.setFont("Courier", 10)
            if n in app.who:
                c.drawCentredString(411, y + 3, app.who[n])
            text = ""
            if n in app.lines:
                text = money(app.corrected.get(str(n), app.lines[n])) if ink or str(n) not in app.corrected \
                    else money(app.lines[n])
            elif n in app.fillers:
                text = app.fillers[n]
            if text:
                c.drawRightString(568, y + 3, text)
            if ink and str(n) in app.corrected:
                tw = stringWidth(text, "Courier", 10)
                marks.append(Mark("strike", 568 - tw, y + 1, w=tw, seed=app.seed + n))
                marks.append(Mark("hand", 460, y + 3, money(app.lines[n]), size=9, seed=app.seed + 30 + n,
                                  hand=hand))
        y -= 24
        c.setLineWidth(1.2)
        c.rect(456, y, 116, 18, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(436, y + 6, "TOTAL MONTHLY HOUSEHOLD INCOME (lines 1-18)")
        c.setFont("Helvetica", 8)
        c.drawString(447, y + 6, "$")
        total_text = money(app.corrected["total"]) if ink and "total" in app.corrected else money(app.total)
        c.setFont("Courier-Bold", 10)
        c.drawRightString(568, y + 5, total_text)
        if ink and "total" in app.corrected:
            tw = stringWidth(total_text, "Courier-Bold", 10)
            marks.append(Mark("strike", 568 - tw, y + 3, w=tw, seed=app.seed + 99))
            marks.append(Mark("hand", 500, y - 12, money(app.total), size=10, seed=app.seed + 98, hand=hand))
        band(c, y - 34, "PART E - CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 40, y - 48, 532, [
            "I certify that the information in this application is true and complete and that the hardship I described "
            "contributed to my need for mortgage relief. I agree to send the documents Tamsworth asks for and consent "
            "to a credit report for every borrower named. Knowingly false statements may violate federal law."],
            font="Helvetica", size=7.5, leading=9)
        y -= 26
        people = [("Borrower", app.borrower, app.b_signs, app.b_dates, 0),
                  ("Co-borrower", app.co or "", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, name, signs, dates, k in people:
            c.setLineWidth(0.6)
            c.line(40, y, 330, y)
            c.line(380, y, 540, y)
            c.setFont("Helvetica", 7)
            c.drawString(40, y - 9, f"{role} signature" + (f"  ({name})" if name else ""))
            c.drawString(380, y - 9, "Date (mm/dd/yyyy)")
            if signs:
                marks.append(Mark("sig", 56, y + 2, w=190, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 386, y + 3, mdy(app.signed_on), size=11.5, seed=app.seed + 9 + k,
                                      hand=hand))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(386, y + 3, mdy(app.signed_on))
            y -= 40
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 30, "TMS-HR2  -  page 2 of 2  -  keep a copy for your records")
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
    proves: str | None = None  # the income code an income paper documents
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

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan) -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = scans_pdf(sheets, style)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date, proves="wages")


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit, proves=lt.proves)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date)


def other_doc(date: dt.date | None = None) -> Doc:
    return Doc("other", {}, date)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet (see the module docstring for the
    readings taken where the checklist leaves a choice)."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    answers = app.expected()
    for name in REQUIRED_FIELDS:
        value = answers[name]
        if name == "income":
            value = [k for k in value if k != "total"]
        if value in (None, "", []):
            out.append(f"application_field:{name}")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(a.date) and fresh(b.date) and
                   dt.date.fromisoformat(b.fields["period_start"]) ==
                   dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]
    investment = [d for d in docs if d.type == "investment_statement" and fresh(d.date)]
    checks = [d for d in docs if d.type == "rent_check" and fresh(d.date)]

    def shows(code: str) -> bool:  # an award letter or other fresh paper giving the amount and frequency
        return any(d.proves == code and d.type in ("benefit_award_letter", "other") and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or shows("benefits_taxable"),
             "benefits_nontaxable": two_bank or shows("benefits_nontaxable"),
             "rental": two_bank or len(checks) >= 2, "investment": two_bank or len(investment) >= 2,
             "other": two_bank or shows("other")}
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


# --- the employers ---------------------------------------------------------------------------------------------

YEAR = 2058
PA_WH = Withholding(0.06, 0.0307, True, (), "PA income tax", 0.01)
HARWICK = "Harwick Community College"
ANSGAR = "St. Ansgar University"
PELLINORE = "Pellinore State College"
HARWICK_ADDR = "400 College Drive, Harwick, PA 17938  -  (570) 555-0110"


# Pay dates of each term: Harwick 15th and last day (10 in spring, 8 in fall), St. Ansgar last business day of
# January-April and August-December, Pellinore every other Friday (9 in spring, 9 in fall); no pay between terms.
HCC_SPRING = (dt.date(YEAR, 1, 1), dt.date(YEAR, 5, 31))
HCC_FALL = (dt.date(YEAR, 9, 1), dt.date(YEAR, 12, 31))
SAU_SPRING = (dt.date(YEAR, 1, 1), dt.date(YEAR, 4, 30))
SAU_FALL = (dt.date(YEAR, 8, 1), dt.date(YEAR, 12, 31))
PSC_SPRING = (dt.date(YEAR, 1, 20), dt.date(YEAR, 5, 20))
PSC_FALL = (dt.date(YEAR, 9, 1), dt.date(YEAR, 12, 31))


def harwick_job(employee: str, terms: Sequence[Term]) -> Job:
    runs = semimonthly_runs(YEAR, arrears=False)
    return Job(HARWICK, employee, "semimonthly", runs, contract_earn(runs, terms), PA_WH)


def ansgar_job(employee: str, terms: Sequence[Term]) -> Job:
    runs = monthly_runs(YEAR)
    return Job(ANSGAR, employee, "monthly", runs, contract_earn(runs, terms),
               Withholding(0.07, 0.0307, True, (("Parking permit", 12.00),), "PA income tax", 0.01))


def pellinore_job(employee: str, terms: Sequence[Term]) -> Job:
    runs = every_n_runs(YEAR, dt.date(YEAR, 1, 11), 14, 6)
    return Job(PELLINORE, employee, "biweekly", runs, contract_earn(runs, terms),
               Withholding(0.05, 0.0307, True, (), "PA income tax", 0.0))


def church_job(church: str, employee: str, sunday: float, rehearsal: tuple[int, float, Sequence[int]] | None,
               specials: dict[int, tuple[str, int, float]], salary: float, wh: Withholding) -> Job:
    """A church musician paid monthly: a salary and/or per Sunday service, per rehearsal (weekday, rate, months
    of the choir season) and special services by month (label, count, rate)."""
    runs = monthly_runs(YEAR, business=False)

    def earn(run: Run) -> Lines | None:
        m = run.start.month
        lines: Lines = {}
        if salary:
            lines["Monthly salary - organist and choir director"] = (1.0, salary, salary)
        if sunday:
            n = sundays(YEAR, m)
            lines["Sunday services"] = (float(n), sunday, r2(n * sunday))
        if rehearsal and m in rehearsal[2]:
            n = sundays(YEAR, m, rehearsal[0])
            lines["Choir rehearsals"] = (float(n), rehearsal[1], r2(n * rehearsal[1]))
        if m in specials:
            label, n, rate = specials[m]
            lines[label] = (float(n), rate, r2(n * rate))
        return lines

    return Job(church, employee, "monthly", runs, earn, wh)


def hourly_earn(key: str, rate: float, lo: float, hi: float, label: str = "Regular hours",
                overtime: bool = False) -> Callable[[Run], Lines | None]:
    """Hours each check drawn from the check's own date (so every stub of a job tells one history)."""

    def earn(run: Run) -> Lines | None:
        rr = random.Random(f"{key}{run.pay}")
        hours = round(rr.uniform(lo, hi) * 4) / 4
        if overtime and hours > 40:
            return {label: (40.0, rate, r2(40 * rate)),
                    "Overtime (1.5x)": (hours - 40, r2(rate * 1.5), r2((hours - 40) * rate * 1.5))}
        return {label: (hours, rate, r2(hours * rate))}

    return earn


def packet_cf1(seed: int) -> Packet:
    """Three colleges' adjunct stubs on three pay calendars and a church organist's monthly record; Form 710 on
    screen; a folder of e-mailed files. COMPLETE."""
    received = dt.date(YEAR, 3, 18)
    addr = ["41 Sparrowhawk Lane", "Harwick, PA 17938"]
    b, co = "Beatrice L. Okonjo", "Samuel T. Okonjo"
    h_terms = [Term("Spring 2058", *HCC_SPRING, (("ENG 101-03 Composition I", 3.0, 3240.00),
                                                 ("ENG 102-07 Composition II", 3.0, 3240.00)))]
    s_terms = [Term("Spring 2058", *SAU_SPRING, (("Adjunct stipend - WRIT 210-02", 3.0,
                                                  4400.00),))]
    p_terms = [Term("Spring 2058", *PSC_SPRING, (("ENG 110-05 College Writing", 3.0, 3456.00),))]
    hcc = harwick_stub(pay_of(harwick_job(b, h_terms), dt.date(YEAR, 3, 15)), h_terms, "HC0072214", HARWICK_ADDR)
    sau = ansgar_advice(pay_of(ansgar_job(b, s_terms), dt.date(YEAR, 2, 28)), "SAU-418870", "English")
    pj = pellinore_job(b, p_terms)
    psc = [pellinore_stub(pay_of(pj, d), p_terms, "00917734", "Pennsylvania")
           for d in (dt.date(YEAR, 2, 22), dt.date(YEAR, 3, 8))]
    church = church_job("St. Columba's Episcopal Church", co, 165.00, (3, 55.00, (1, 2, 3, 4, 5, 9, 10, 11, 12)),
                        {2: ("Special services (Ash Wednesday)", 1, 165.00),
                         3: ("Special services (Lent evensong)", 2, 165.00)}, 0.0,
                        Withholding(0.04, 0.0307, True, (), "PA income tax", 0.01))
    organ = church_payroll(pay_of(church, dt.date(YEAR, 2, 28)), "112 Chapel Street, Harwick, PA 17938",
                           "Organist and Choirmaster", "Margaret Oyelaran")
    wages = r2(hcc.monthly + sau.monthly + psc[-1].monthly + organ.monthly)
    app = App("3307718246", b, "951-62-4418", "41 Sparrowhawk Lane", "Harwick", "PA", "17938", "(570) 555-0183",
              "bokonjo.writes@example.net", "primary_residence", ["reduction_in_income"], dt.date(YEAR, 1, 14),
              "short", dt.date(YEAR, 3, 15), income={"wages": wages}, co=co, co_ssn="951-80-3307", seed=seed + 11)
    p = Packet("cf1", received, app, [])
    f = app.loan
    p.pdf(f"{f}/Okonjo mortgage assistance application.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{f}/HCC earnings statement 03-15-2058.pdf", paper_pdf(hcc.paper), (stub_doc(hcc), 1))
    p.pdf(f"{f}/SAU direct deposit advice Feb.pdf", paper_pdf(sau.paper), (stub_doc(sau), 1))
    p.pdf(f"{f}/PSC pay stubs Feb-Mar.pdf", papers_pdf([s.paper for s in psc]), (stub_doc(psc[0]), 1),
          (stub_doc(psc[1]), 1))
    p.pdf(f"{f}/St Columba payroll Feb 2058.pdf", paper_pdf(organ.paper), (stub_doc(organ), 1))
    on = dt.date(YEAR, 3, 15)
    hl = hardship_letter([b, co], addr, app.loan, on, TMS, [
        "I teach writing as an adjunct at three colleges - Harwick Community College, St. Ansgar University and "
        "Pellinore State College - and my husband is the organist at St. Columba's. None of these jobs is full "
        "time, and each pays on its own calendar.",
        "In January Pellinore cancelled one of my two sections for the spring term two days before classes began. "
        "That was about $830 a month we had counted on, and January and February are also the months when the "
        "colleges' first checks of the term come late. We fell behind on the February payment.",
        "We are asking for a modification or a plan we can keep up with through the end of the spring term, when "
        "I expect to be offered more sections for the fall."], ink=False, seed=seed + 1)
    p.pdf(f"{f}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    appoint = simple_letter((ANSGAR.upper(), "Office of the Provost  -  2 College Green, Ansgar Falls, PA 17961",
                             Color(0.45, 0.1, 0.15), ), dt.date(2057, 11, 20), [b, *addr],
                            "Letter of appointment - adjunct faculty, Spring 2058", [
        "Dear Ms. Okonjo: I am pleased to offer you an appointment as Adjunct Instructor in the Department of "
        "English for the Spring 2058 term, to teach WRIT 210-02 Professional Writing (3 credits).",
        "The stipend for the course is $4,400.00, paid in four equal monthly installments on the last business day "
        "of January, February, March and April. Adjunct appointments are made term by term and carry no promise of "
        "future appointment.", "Please sign the enclosed copy and return it to the department office."],
        ["Sincerely,", "", "Associate Provost for Academic Affairs"])
    p.pdf(f"{f}/SAU appointment letter spring 2058.pdf", paper_pdf(appoint), (other_doc(dt.date(2057, 11, 20)), 1))
    return p


def packet_cf2(seed: int) -> Packet:
    """A nanny whose family keeps her pay stub in a spreadsheet with no year-to-date figures; her son's SSI; the
    servicer's long-list form on screen; loose "<loan>_..." files. INCOMPLETE income_doc:wages."""
    received = dt.date(YEAR, 4, 22)
    addr = ["27 Cobble Creek Court", "Linwood, NJ 08221"]
    b = "Yesenia P. Castellanos"
    fam = "Thomas and Claire Brennan"
    job = Job(fam, b, "weekly", every_n_runs(YEAR, dt.date(YEAR, 1, 4), 7, 0),
              hourly_earn(f"brennan{seed}", 22.00, 35.0, 44.0, overtime=True), Withholding(0.0, 0.0, True))
    stubs = [spreadsheet_stub(pay_of(job, d), f"Wk {d.isocalendar()[1]}", "Nanny pay 2058.xlsx")
             for d in (dt.date(YEAR, 4, 12), dt.date(YEAR, 4, 19))]
    ssi = ssa_letter("ssi", dt.date(YEAR, 3, 6), [b, *addr], "Mateo R. Castellanos", 967.00, "SSI 955-31-0764",
                     dt.date(YEAR, 4, 1))
    app = App("0058123947", b, "955-31-6120", "27 Cobble Creek Court", "Linwood", "NJ", "08221", "(609) 555-0126",
              "yesenia.castellanos@example.com", "primary_residence",
              ["reduction_in_income", "disability_or_illness"], dt.date(2057, 11, 4), "long", dt.date(YEAR, 4, 16),
              lines={1: 3700.00, 11: 967.00}, who={1: "B", 11: "H"},
              fillers={2: "0", 6: "0", 7: "N/A", 13: "N/A", 16: "0"}, seed=seed + 21)
    p = Packet("cf2", received, app, ["income_doc:wages"])
    f = app.loan
    p.pdf(f"{f}_application.pdf", paper_pdf(tms_form(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{f}_paystub_{s.date.strftime('%m%d%y')}.pdf", paper_pdf(s.paper, creator="Microsoft Excel"),
              (stub_doc(s), 1))
    p.pdf(f"{f}_SSI_letter.pdf", paper_pdf(ssi.paper), (letter_doc(ssi), 1))
    emp_on = dt.date(YEAR, 4, 15)
    emp = simple_letter(("Thomas and Claire Brennan", "14 Bayview Terrace, Linwood, NJ 08221  -  (609) 555-0171",
                         Color(0.2, 0.2, 0.2)), emp_on, ["To Tamsworth Mortgage Servicing"],
                        "Employment of Yesenia Castellanos", [
        "Yesenia Castellanos has worked for our family as a nanny since September 2055. She cares for our two "
        "children on weekdays, usually about forty hours a week, at $22.00 an hour, with overtime at time and a "
        "half after forty hours.",
        "We pay her every Friday and withhold Social Security and Medicare. We keep her pay records in a "
        "spreadsheet and give her a printed stub each week. Since February she has worked fewer hours because of "
        "her son's appointments, which we have agreed to."],
        ["Sincerely,", "", "Thomas and Claire Brennan"])
    p.pdf(f"{f}_employer_letter.pdf", paper_pdf(emp), (other_doc(emp_on), 1))
    on = dt.date(YEAR, 4, 16)
    hl = hardship_letter([b], addr, app.loan, on, TMS, [
        "My son Mateo is nine and has a seizure disorder. Since November his seizures have become more frequent "
        "and he has had two hospital stays and many appointments with his neurologist in Philadelphia.",
        "I am a nanny and I am paid by the hour. I have had to take many days off to be with him, so my pay has "
        "gone down, and the SSI he receives does not make up the difference. I am asking for help to lower my "
        "payment until his treatment is settled."], ink=False, seed=seed + 2, font="Helvetica")
    p.pdf(f"{f}_hardship.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_cf3(seed: int) -> Packet:
    """A nanny paid through a household-payroll service, a school crossing guard, child support through the
    disbursement unit; the servicer's form typed, corrected in pen, signed in ink; ONE 300 dpi grey scan behind
    a batch separator. COMPLETE."""
    received = dt.date(YEAR, 5, 13)
    addr = ["1826 Birchmont Avenue", "Alder Run, OH 43019"]
    b = "Delphine A. Kaye"
    nanny = Job("Nadia and Paul Whitcombe", b, "biweekly", every_n_runs(YEAR, dt.date(YEAR, 1, 4), 14, 0),
                hourly_earn(f"whitcombe{seed}", 24.50, 56.0, 64.0), Withholding(0.05, 0.02, True, (),
                                                                                  "Ohio income tax"))
    hl_stubs = [hearthledger_stub(pay_of(nanny, d), addr, ["3 Orchard Gate", "Alder Run, OH 43019"])
                for d in (dt.date(YEAR, 5, 10), dt.date(YEAR, 4, 26))]
    guard = Job("Township of Alder Run", b, "semimonthly", semimonthly_runs(YEAR, arrears=True),
                guard_earn(3.0, 18.40, "Post 4 Elm St & 3rd Ave"),
                Withholding(0.0, 0.02, True, (), "Ohio income tax", 0.015))
    voucher = municipal_voucher(pay_of(guard, dt.date(YEAR, 4, 30)), "90 Township Hall Road, Alder Run, OH 43019",
                                "Police - School Crossing Guards", "T-0418", "58")
    pays = [dt.date(YEAR, 2, 14) + dt.timedelta(days=14 * i) for i in range(7)]
    sdu = sdu_printout(dt.date(YEAR, 5, 9), "7:42 PM", b, "CS-0418-22917", "Marcus J. Kaye", 485.00,
                       [(d, 223.85) for d in pays], "Ohio")
    app = App("7714092385", b, "962-07-5531", "1826 Birchmont Avenue", "Alder Run", "OH", "43019", "(740) 555-0119",
              "dkaye.alderrun@example.net", "primary_residence", ["reduction_in_income"], dt.date(YEAR, 2, 1),
              "short", dt.date(YEAR, 5, 8), lines={1: 3210.00, 2: 1104.00, 13: 485.00},
              who={1: "B", 2: "B", 13: "B"}, corrected={"2": 980.00, "total": 4675.00},
              fillers={3: "N/A", 5: "0", 6: "0", 10: "N/A", 11: "N/A", 14: "0", 15: "0", 16: "0"}, seed=seed + 31)
    p = Packet("cf3", received, app, [])
    style = Scan(dpi=300, tilt=0.25, blur=0.7, noise=0.0004)
    on = dt.date(YEAR, 5, 8)
    hl = hardship_letter([b], addr, app.loan, on, TMS, [
        "Until January I was a nanny for two families. In February one of them moved to Columbus for a new job, and "
        "I lost about a third of my hours. I still care for the Whitcombes' twins, and I work mornings and "
        "afternoons as a school crossing guard for the township.",
        "My former husband's child support comes through the state and has been steady, but with the lost hours "
        "I cannot make the full payment. I have been looking for a second family and ask for a few months of "
        "lower payments."], ink=True, seed=seed + 3)
    p.scan("ScanBatch_0513_0917.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(), scan_paper(tms_form(app, ink=True, hand="narrow"), style, seed + 301)),
        (hardship_doc(on), scan_paper(hl, style, seed + 302)),
        (stub_doc(hl_stubs[0]), scan_paper(hl_stubs[0].paper, style, seed + 303)),
        (stub_doc(hl_stubs[1]), scan_paper(hl_stubs[1].paper, style, seed + 304)),
        (stub_doc(voucher), scan_paper(voucher.paper, style, seed + 305)),
        (letter_doc(sdu), scan_paper(sdu.paper, style, seed + 306))], style)
    return p


def packet_cf4(seed: int) -> Packet:
    """Foster and adoptive parents: the husband's crossing-guard vouchers, the county's board payment statement
    for two foster children, and for the two adopted children only the adoption assistance agreement signed in
    2055; Form 710 typed, printed, signed in ink by both and FAXED behind a library's cover sheet.
    INCOMPLETE income_doc:benefits_taxable (the agreement is the only paper for adoption assistance, and stale)."""
    received = dt.date(YEAR, 6, 10)
    addr = ["9 Quarry Hill Road", "Kettle Falls, PA 17964"]
    b, co = "Gerald M. Haverford", "Lorraine E. Haverford"
    guard = Job("Borough of Kettle Falls", b, "biweekly", every_n_runs(YEAR, dt.date(YEAR, 1, 4), 14, 7),
                guard_earn(3.5, 19.10, "Post 2 Route 61 & School Rd"),
                Withholding(0.0, 0.0307, True, (("Uniform allowance repay", 5.00),), "PA income tax", 0.01))
    vouchers = [municipal_voucher(pay_of(guard, d), "1 Borough Hall Plaza, Kettle Falls, PA 17964",
                                  "Public Safety - Crossing Guards", "KF-2207", "31")
                for d in (dt.date(YEAR, 5, 24), dt.date(YEAR, 5, 10))]
    foster = foster_statement("Lackmore County", [co, b], addr, "RF-208841", (YEAR, 5), dt.date(YEAR, 6, 5),
                              [("C-4471902", "T.W.", "Level 1 - basic care"), ("C-4471937", "A.W.",
                                                                               "Level 1 - basic care")],
                              742.00, [("Annual clothing allowance (A.W.)", 150.00)])
    agreement = adoption_agreement([b, co], addr, [("Maya R. Haverford", "03/14/2049"),
                                                   ("Jonah R. Haverford", "07/02/2051")], 610.00,
                                   dt.date(2055, 9, 12), dt.date(2055, 10, 1), "Pennsylvania", seed + 44)
    app = App("5520843171", b, "937-55-2081", "9 Quarry Hill Road", "Kettle Falls", "PA", "17964", "(570) 555-0148",
              "haverford.family@example.org", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(YEAR, 1, 1), "long", dt.date(YEAR, 6, 4),
              income={"wages": 1450.00, "benefits_taxable": 1220.00, "other": 1484.00}, co=co,
              co_ssn="937-71-4460", seed=seed + 41)
    p = Packet("cf4", received, app, ["income_doc:benefits_taxable"])
    style = Scan(dpi=200, tilt=0.35, blur=0.4, noise=0.0007, fax=True)
    on = dt.date(YEAR, 6, 4)
    hl = hardship_letter([b, co], addr, app.loan, on, TMS, [
        "We adopted our grandchildren Maya and Jonah in 2055 and have been a county resource family for foster "
        "children since 2053. In January our homeowner's insurance was renewed at almost twice the old premium "
        "because of the claim from last year's storm, and our escrow payment went up by $318 a month.",
        "I work as a school crossing guard for the borough, and my wife cares for the children at home. The "
        "adoption assistance and the county's board payments are for the children's needs and do not stretch to "
        "cover the new payment. We ask for a modification so that we can keep the house the children know."],
        ink=True, seed=seed + 4)
    cover = fax_cover("Kettle Falls Public Library", "(570) 555-0100", TMS, "(614) 555-0162", received, 11,
                      f"Haverford - loan {app.loan} - assistance application")
    p.scan("FAX_5705550100_20580610_1043.pdf", [
        (None, scan_paper(cover, style, seed + 400)),
        (app_doc(), form710_typed_ink(app, style, seed + 401, "serif")),
        (stub_doc(vouchers[0]), scan_paper(vouchers[0].paper, style, seed + 402)),
        (stub_doc(vouchers[1]), scan_paper(vouchers[1].paper, style, seed + 403)),
        (letter_doc(foster), scan_paper(foster.paper, style, seed + 404)),
        (letter_doc(agreement), scan_paper(agreement.paper, style, seed + 405)),
        (hardship_doc(on), scan_paper(hl, style, seed + 406))], style)
    return p


def packet_cf5(seed: int) -> Packet:
    """SSDI for the borrower, SSI for the adult son, the wife's church pay, and her brother's monthly contribution
    with his own stub; two consecutive credit union statements; the BLANK Form 710 filled in by hand in ink; a
    folder of 240 dpi grey scans, one file per paper (the brother's letter and stub together). COMPLETE."""
    received = dt.date(YEAR, 7, 15)
    addr = ["312 Mill Race Road", "Schuyler Mills, PA 17981"]
    b, co, bro = "Harold J. Pemberton", "Ruth A. Pemberton", "Curtis W. Lindgren"
    church = church_job("Trinity Lutheran Church", co, 140.00, (2, 50.00, (1, 2, 3, 4, 5, 9, 10, 11, 12)),
                        {3: ("Funerals", 2, 125.00), 4: ("Holy Week services", 3, 140.00), 6: ("Weddings", 1, 225.00)},
                        0.0, Withholding(0.03, 0.0307, True, (), "PA income tax", 0.01))
    ruth = church_payroll(pay_of(church, dt.date(YEAR, 6, 30)), "20 Church Street, Schuyler Mills, PA 17981",
                          "Organist", "Dale K. Moyer")
    hw = Job("Schuylkill Valley Hardware", bro, "weekly", every_n_runs(YEAR, dt.date(YEAR, 1, 4), 7, 6),
             hourly_earn(f"lindgren{seed}", 17.85, 32.0, 40.0),
             Withholding(0.06, 0.0307, True, (("Dental plan", 6.50),), "PA income tax", 0.01))
    curtis = hardware_stub(pay_of(hw, dt.date(YEAR, 7, 12)), "Route 25, Schuyler Mills, PA 17981", "Store 3", "4471")
    ssdi = ssa_letter("ssdi", dt.date(YEAR, 5, 20), [b, *addr], b, 1694.00, "A 971-40-5528", dt.date(YEAR, 5, 1))
    ssi = ssa_letter("ssi", dt.date(YEAR, 6, 3), [b, *addr], "Daniel J. Pemberton", 943.00, "SSI 971-66-0413",
                     dt.date(YEAR, 7, 1))
    contrib = contribution_letter(bro, "brother and brother-in-law", [co, b], addr, "0904417753", 450.00,
                                  "March 2057", "Schuylkill Valley Hardware", dt.date(YEAR, 7, 8), seed + 55)
    rng = random.Random(seed * 1000 + 5)
    c_net = ruth.fields["net_current"]
    may = trivalley_statement(rng, [b, co], addr, "0048813", "2210054417", YEAR, 5, 612.48,
                              [(1, "SSA TREAS 310 XXSUPP SEC", 943.00), (1, "TRANSFER FROM C LINDGREN", 450.00),
                               (31, "TRINITY LUTHERAN PAYROLL", 812.40)])
    june = trivalley_statement(rng, [b, co], addr, "0048813", "2210054417", YEAR, 6, may.fields["ending_balance"],
                               [(1, "TRANSFER FROM C LINDGREN", 450.00), (3, "SSA TREAS 310 XXSUPP SEC", 943.00),
                                (12, "SSA TREAS 310 XXSOC SEC", 1694.00), (30, "TRINITY LUTHERAN PAYROLL", c_net)])
    app = App("0904417753", b, "971-40-5528", "312 Mill Race Road", "Schuyler Mills", "PA", "17981",
              "(570) 555-0135", "hjpemberton@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2057, 12, 9), "long", dt.date(YEAR, 7, 10),
              income={"wages": 1180.00, "benefits_nontaxable": 2637.00, "other": 450.00}, co=co,
              co_ssn="971-52-8806", seed=seed + 51)
    p = Packet("cf5", received, app, [])
    style = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0005)
    on = dt.date(YEAR, 7, 10)
    hl = hardship_letter([b, co], addr, app.loan, on, TMS, [
        "In December I was diagnosed with multiple sclerosis and had to stop driving for the feed mill. Social "
        "Security approved my disability claim in May, but for five months we lived on my wife's pay from the "
        "church and our son Daniel's SSI, and we fell three payments behind.",
        "My wife's brother Curtis lives with us and pays $450 a month toward the household. With my disability "
        "benefit we can afford a payment again, and we ask you to bring the loan current with a modification."],
        ink=True, seed=seed + 5, font="Courier")
    f = app.loan
    parts: list[tuple[list[tuple[Doc, list[ScannedPage]]], str]] = [
        ([(app_doc(), form710_hand(app, style, seed + 500, "liberation"))], "Scan_0712_001.pdf"),
        ([(stub_doc(ruth), scan_paper(ruth.paper, style, seed + 501))], "Scan_0712_002.pdf"),
        ([(letter_doc(ssdi), scan_paper(ssdi.paper, style, seed + 502))], "Scan_0712_003.pdf"),
        ([(letter_doc(ssi), scan_paper(ssi.paper, style, seed + 503))], "Scan_0712_004.pdf"),
        ([(letter_doc(contrib), scan_paper(contrib.paper, style, seed + 504)),
          (stub_doc(curtis), scan_paper(curtis.paper, style, seed + 505))], "Scan_0712_005.pdf"),
        ([(stmt_doc(may), scan_paper(may.paper, style, seed + 506))], "Scan_0712_006.pdf"),
        ([(stmt_doc(june), scan_paper(june.paper, style, seed + 507))], "Scan_0712_007.pdf"),
        ([(hardship_doc(on), scan_paper(hl, style, seed + 508))], "Scan_0712_008.pdf")]
    for docs, name in parts:
        p.scan(f"{f}/{name}", list(docs), style)
    return p


def packet_cf6(seed: int) -> Packet:
    """A widow: her church organist's salary, Social Security survivors benefits, a small annuity from her late
    husband's insurer - with ONE quarterly annuity statement and ONE month of bank statement; the servicer's form
    typed, corrected in pen, signed in ink and FAXED. INCOMPLETE income_doc:investment."""
    received = dt.date(YEAR, 8, 19)
    addr = ["57 Meetinghouse Lane", "Wexcombe, CT 06287"]
    b = "Eleanor F. Wadsworth"
    church = church_job("First Congregational Church of Wexcombe", b, 0.0, None,
                        {1: ("Funerals", 1, 150.00), 3: ("Funerals", 2, 150.00), 5: ("Funerals", 1, 150.00),
                         7: ("Funerals", 1, 150.00)}, 780.00, Withholding(0.04, 0.03, True, (), "CT income tax"))
    organ = church_payroll(pay_of(church, dt.date(YEAR, 7, 31)), "1 Meetinghouse Green, Wexcombe, CT 06287",
                           "Organist and Choir Director", "Howard B. Tillinghast")
    survivor = ssa_letter("survivor", dt.date(YEAR, 6, 18), [b, *addr], b, 1318.00, "A 948-22-1093",
                          dt.date(YEAR, 4, 1))
    annuity = annuity_statement(b, addr, "RM-A-0072215", dt.date(YEAR, 6, 30), 212.40, 0.10, 6)
    rng = random.Random(seed * 1000 + 6)
    stmt = wexcombe_statement(rng, b, addr, "0031885264", YEAR, 7, 1422.35,
                              [(1, "RIDGEWAY MUTUAL ANNUITY PMT", 191.16), (10, "SSA TREAS 310 XXSOC SEC", 1318.00),
                               (31, "FIRST CONG CHURCH PAYROLL", organ.fields["net_current"])])
    obit = obituary("Walter E. Wadsworth", dt.date(1989, 5, 2), dt.date(YEAR, 3, 2), "Wexcombe", [
        "Walter Edward Wadsworth, 68, of Wexcombe, died on March 2, 2058 at Wexcombe Memorial Hospital after a "
        "brief illness. Born in Norwich, he worked for thirty-one years as a machinist at Carrow Tool and Die and "
        "retired in 2054.",
        "He sang bass in the choir of the First Congregational Church, where his wife Eleanor has been the "
        "organist for twenty-two years, and he coached Little League for a decade.",
        "Besides his wife of forty-four years, he leaves a son, Peter, of Hartford, a daughter, Anne Kowalczyk, "
        "of Providence, and four grandchildren.",
        "A service of remembrance will be held at the First Congregational Church on Saturday at 11 a.m. Memorial "
        "gifts may be made to the church's music fund."], dt.date(YEAR, 3, 5), "The Wexcombe Courant")
    app = App("6240019385", b, "948-22-7716", "57 Meetinghouse Lane", "Wexcombe", "CT", "06287", "(860) 555-0143",
              "ewadsworth.organ@example.net", "primary_residence", ["death"], dt.date(YEAR, 3, 2), "long",
              dt.date(YEAR, 8, 12), lines={1: 980.00, 7: 1318.00, 17: 212.40}, who={1: "B", 7: "B", 17: "B"},
              corrected={"7": 1296.00, "total": 2488.40},
              fillers={2: "0", 4: "N/A", 6: "0", 8: "N/A", 13: "N/A", 15: "0"}, seed=seed + 61)
    p = Packet("cf6", received, app, ["income_doc:investment"])
    style = Scan(dpi=200, tilt=0.2, blur=0.35, noise=0.0009, fax=True)
    on = dt.date(YEAR, 8, 12)
    hl = hardship_letter([b], addr, app.loan, on, TMS, [
        "My husband Walter died on March 2. His pension from Carrow Tool and Die stopped with his death, and what "
        "I have now is my salary as the church organist, my Social Security survivors benefit and a small annuity "
        "Walter bought years ago that pays me each month.",
        "I have paid what I could since April but I am two payments behind. I would like to stay in our home and "
        "ask to be considered for a modification."], ink=True, seed=seed + 6)
    p.scan("fax_20580819_112204.pdf", [
        (app_doc(), scan_paper(tms_form(app, ink=True, hand="serif"), style, seed + 600)),
        (hardship_doc(on), scan_paper(hl, style, seed + 601)),
        (stub_doc(organ), scan_paper(organ.paper, style, seed + 602)),
        (letter_doc(survivor), scan_paper(survivor.paper, style, seed + 603)),
        (letter_doc(annuity), scan_paper(annuity.paper, style, seed + 604)),
        (stmt_doc(stmt), scan_paper(stmt.paper, style, seed + 605)),
        (letter_doc(obit), scan_paper(obit.paper, style, seed + 606))], style)
    return p


def packet_cf7(seed: int) -> Packet:
    """An adjunct at two colleges with child support: the BLANK Form 710 filled by hand, DATED but NOT SIGNED; the
    disbursement unit's printout is four months old and no statements came; ONE 240 dpi grey scan named
    "<Surname> <loan>.pdf", no separator. INCOMPLETE application_signature + income_doc:other."""
    received = dt.date(YEAR, 9, 23)
    addr = ["88 Tannery Street", "Ansgar Falls, PA 17961"]
    b = "Naomi K. Farrington"
    s_terms = [Term("Spring 2058", *SAU_SPRING, (("Adjunct stipend - COMM 101-04", 3.0, 4400.00),
                                                 ("Adjunct stipend - COMM 220-01", 3.0, 4400.00))),
               Term("Fall 2058", *SAU_FALL, (("Adjunct stipend - COMM 101-02", 3.0, 4400.00),))]
    p_terms = [Term("Spring 2058", *PSC_SPRING, (("COMM 110-03 Oral Communication", 3.0, 3456.00),
                                                 ("COMM 110-06 Oral Communication", 3.0, 3456.00))),
               Term("Fall 2058", *PSC_FALL, (("COMM 110-02 Oral Communication", 3.0, 3456.00),))]
    sau = ansgar_advice(pay_of(ansgar_job(b, s_terms), dt.date(YEAR, 8, 30)), "SAU-502261", "Communication")
    pj = pellinore_job(b, p_terms)
    psc = [pellinore_stub(pay_of(pj, d), p_terms, "01133620", "Pennsylvania")
           for d in (dt.date(YEAR, 9, 20), dt.date(YEAR, 9, 6))]
    pays = [dt.date(YEAR, 2, 22) + dt.timedelta(days=14 * i) for i in range(7)]
    sdu = sdu_printout(dt.date(YEAR, 5, 20), "9:05 AM", b, "DR-2056-01184", "Derek L. Farrington", 520.00,
                       [(d, 240.00) for d in pays], "Pennsylvania")
    app = App("2183306594", b, "966-18-2740", "88 Tannery Street", "Ansgar Falls", "PA", "17961", "(570) 555-0164",
              "nfarrington@example.edu", "primary_residence", ["reduction_in_income"], dt.date(YEAR, 8, 26),
              "short", dt.date(YEAR, 9, 17), income={"wages": 1712.00, "other": 520.00}, b_signs=False,
              seed=seed + 71)
    p = Packet("cf7", received, app, ["application_signature", "income_doc:other"])
    style = Scan(dpi=240, tilt=0.5, blur=0.5, noise=0.0006)
    on = dt.date(YEAR, 9, 17)
    hl = hardship_letter([b], addr, app.loan, on, TMS, [
        "I teach public speaking as an adjunct at St. Ansgar University and Pellinore State College. Each college "
        "pays only while its term runs, so from the middle of May until the end of August I had almost no pay, and "
        "this fall Harwick Community College did not renew my section.",
        "My child support comes through the state every two weeks. I have fallen behind on the summer payments "
        "and ask for a short-term plan until my spring appointments start."], ink=True, seed=seed + 7)
    p.scan(f"Farrington {app.loan}.pdf", [
        (app_doc(), form710_hand(app, style, seed + 700, "oblique")),
        (stub_doc(sau), scan_paper(sau.paper, style, seed + 701)),
        (stub_doc(psc[0]), scan_paper(psc[0].paper, style, seed + 702)),
        (stub_doc(psc[1]), scan_paper(psc[1].paper, style, seed + 703)),
        (letter_doc(sdu), scan_paper(sdu.paper, style, seed + 704)),
        (hardship_doc(on), scan_paper(hl, style, seed + 705))], style)
    return p


def packet_cf8(seed: int) -> Packet:
    """An adjunct at two colleges and his wife, a foster parent laid off from a school cafeteria: unemployment,
    adoption assistance (a fresh annual notice), foster care board payments (the county's statement); the
    servicer's form typed, printed, signed in ink with NO occupancy box checked; a folder mixing born-digital
    files and scans. INCOMPLETE application_field:occupancy."""
    received = dt.date(YEAR, 10, 21)
    addr = ["1402 Linden Ridge Road", "Harwick, PA 17938"]
    b, co = "Tobias R. Ostrander", "Celeste M. Ostrander"
    h_terms = [Term("Spring 2058", *HCC_SPRING, (("HIST 101-02 World History I", 3.0, 3240.00),)),
               Term("Fall 2058", *HCC_FALL, (("HIST 101-04 World History I", 3.0, 3280.00),
                                             ("HIST 102-01 World History II", 3.0, 3280.00)))]
    s_terms = [Term("Fall 2058", *SAU_FALL, (("Adjunct stipend - HIST 230-01", 3.0, 4650.00),))]
    hcc = harwick_stub(pay_of(harwick_job(b, h_terms), dt.date(YEAR, 10, 15)), h_terms, "HC0069120", HARWICK_ADDR)
    sau = ansgar_advice(pay_of(ansgar_job(b, s_terms), dt.date(YEAR, 9, 30)), "SAU-377015", "History")
    foster = foster_statement("Schuyler County", [co, b], addr, "RF-311507", (YEAR, 9), dt.date(YEAR, 10, 4),
                              [("C-5520714", "K.B.", "Level 1 - basic care")], 742.00, [])
    notice = adoption_notice([b, co], addr, ["Lily A. Ostrander"], 655.00, dt.date(YEAR, 8, 5), "Pennsylvania",
                             "AA-2054-11873")
    app = App("4471950268", b, "983-04-6652", "1402 Linden Ridge Road", "Harwick", "PA", "17938", "(570) 555-0191",
              "t.ostrander@example.com", None, ["unemployment"], dt.date(YEAR, 6, 14), "long", dt.date(YEAR, 10, 15),
              lines={1: 1640.00, 2: 930.00, 6: 1140.00, 9: 655.00, 18: 742.00},
              who={1: "B", 2: "B", 6: "C", 9: "B", 18: "C"}, describe={18: "foster care board pmts (county)"},
              fillers={3: "0", 4: "0", 5: "N/A", 10: "N/A", 11: "N/A", 13: "0", 16: "0"}, co=co,
              co_ssn="983-27-1184", seed=seed + 81)
    p = Packet("cf8", received, app, ["application_field:occupancy"])
    f = app.loan
    p.scan(f"{f}/Ostrander application signed.pdf",
           [(app_doc(), scan_paper(tms_form(app, ink=True, hand="liberation"), Scan(dpi=300, tilt=0.15, blur=0.6,
                                                                                    noise=0.0003), seed + 800))],
           Scan(dpi=300))
    p.pdf(f"{f}/HCC earnings 10-15-58.pdf", paper_pdf(hcc.paper), (stub_doc(hcc), 1))
    p.pdf(f"{f}/SAU advice September.pdf", paper_pdf(sau.paper), (stub_doc(sau), 1))
    p.pdf(f"{f}/Schuyler County DCFS statement Sept.pdf", paper_pdf(foster.paper), (letter_doc(foster), 1))
    p.scan(f"{f}/adoption assistance notice 2058.pdf",
           [(letter_doc(notice), scan_paper(notice.paper, Scan(dpi=200, tilt=0.6, blur=0.5, noise=0.0008),
                                            seed + 801))], Scan(dpi=200))
    on = dt.date(YEAR, 10, 15)
    hl = hardship_letter([b, co], addr, app.loan, on, TMS, [
        "In June the school district closed the cafeteria kitchen at Harwick Elementary and my wife Celeste lost "
        "her job as a food service aide. She now receives unemployment while she looks for work that fits around "
        "the children's schedules.",
        "We are the adoptive parents of Lily and a resource family for the county, and I teach history as an "
        "adjunct at two colleges. Without Celeste's pay we cannot keep up with the mortgage. We ask for a "
        "modification or a forbearance until she is working again."], ink=False, seed=seed + 8)
    p.pdf(f"{f}/hardship letter Ostrander.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cf1, packet_cf2, packet_cf3, packet_cf4, packet_cf5, packet_cf6,
                                             packet_cf7, packet_cf8]
FIELD_KEYS = {
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
    "hardship_letter": {"letter_date"}}


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, field names, pages, scanned."""
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
        received = dt.date.fromisoformat(exp["received_on"])
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if app["loan_number"] != exp["loan_number"] or not (6 <= len(exp["loan_number"]) <= 15):
            problems.append(f"{name}: loan number")
        if app["occupancy"] not in (*OCCUPANCIES, None) or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None and dt.date.fromisoformat(app[k]) > received:
                problems.append(f"{name}: {k} after the packet arrived")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        ids = [d["id"] for d in exp["documents"]]
        if len(set(ids)) != len(ids):
            problems.append(f"{name}: duplicate document ids")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            want = FIELD_KEYS.get(doc["type"])
            if want is not None and set(doc["fields"]) != want:
                problems.append(f"{name}: {doc['id']} field keys {sorted(doc['fields'])}")
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
                if (k.endswith(("date", "_start", "_end")) or k == "signed_on") and v is not None \
                        and dt.date.fromisoformat(v) > received:
                    problems.append(f"{name}: {doc['id']}.{k} after the packet arrived")
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: {doc['id']} year to date below the current gross")
                if f["net_current"] > f["gross_current"]:
                    problems.append(f"{name}: {doc['id']} net above gross")
            if doc["type"] == "benefit_award_letter" and doc["fields"]["benefit_type"] not in INCOMES:
                problems.append(f"{name}: {doc['id']} benefit type")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cf1 ..)")
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
