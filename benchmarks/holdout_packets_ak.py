"""A holdout set of borrower packets (ak1..ak8), laid out unlike the shared samples and unlike every earlier set (a, b,
c, ... z, aa .. aj), written without looking at the service's code, rules, data files or tests, to estimate honestly
how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_ak.py OUT_DIR [--seed N] [--check] [--only ak1 ak5 ...]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers are
typed; files are born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.15 to 0.45 degrees, a little
blurred and speckled, JPEG, no text layer) or one plain fax (200 dpi, black and white); the hand-written parts are
only signatures (drawn strokes) and the dates beside them (an oblique, slightly jittered face); check marks are typed.

APPLICATIONS
- The real Form 710 (April 2023) filled through its AcroForm: typed on screen, signed with drawn strokes laid over
  page 4's signature line and the date typed into its field, e-mailed (ak1); typed, printed, signed and dated in ink
  by both spouses with the HARDSHIP DATE LEFT BLANK (Date_1 empty; the duration box "Short-term" is checked) and
  scanned grey at 300 dpi (ak4).
- Granite Ledge Savings Bank (a New Hampshire-chartered savings bank, Concord NH), "LOSS MITIGATION APPLICATION",
  form LM-2, two pages, each page split into TWO COLUMNS by a vertical rule. Sections are dark grey bars with white
  capitals ("1. APPLICANTS", "2. THE PROPERTY", "3. YOUR HARDSHIP", "4. MONTHLY HOUSEHOLD INCOME (before taxes)",
  "5. OTHER QUESTIONS", "6. CERTIFICATION"). Fill-ins: a small label ("Loan number (from your monthly
  statement)", "Borrower's full name", "Borrower's Social Security number - last 4 digits", "Co-borrower's full name
  (leave blank if none)", "Property street address", "City, state and ZIP code", "Date your hardship began
  (mm/dd/yyyy)") ABOVE a fill-in line carrying the Courier answer. Everything else is a question in its own words
  with two small boxes at the column's right edge under "YES" / "NO" headings, answered by a typed X in one of them:
  occupancy is three questions ("Do you live in the property as your primary residence?", "Is the property a second
  or vacation home?", "Is the property rented to tenants or held as an investment?"), the duration three ("... six
  months or less?", "... more than six months?", "Has the hardship already been resolved?"), the hardship ten
  questions in Form 710's order, each answered YES or NO ("Did a borrower lose a job?", "Was a borrower's pay, hours
  or overtime reduced?", "Did your taxes, insurance or HOA dues go up?", "Was the home or workplace hit by a
  disaster?", "Is a borrower or dependent seriously ill or disabled?", "Did you divorce or legally separate?", "Did
  co-owners who are not married separate?", "Did a borrower or wage earner die?", "Were you transferred or relocated
  far away for work?", "Is there another reason?"), plus listed-for-sale, HOA, military, bankruptcy, second mortgage
  and keep-the-property questions (all NO except keep = YES). Page 2 repeats "Loan number: N" under the header; the
  income is eight "$ ____" lines in Form 710's order with "0.00" on unused lines and a "TOTAL MONTHLY HOUSEHOLD INCOME"
  line; the signature lines ("Borrower's signature" / "Co-borrower's signature" each with "Date (mm/dd/yyyy)") sit at
  the foot of the RIGHT column. ak2: typed and signed on screen by both (dates typed); ak5: typed, printed, SIGNED BUT
  NOT DATED by the borrower (no co-borrower), faxed; ak8: typed, printed, signed and dated in ink by both, scanned.
- Sky River Native Lending Fund (a Native CDFI servicing HUD Section 184 Indian Home Loan Guarantee loans, Anadarko
  OK), "SECTION 184 HARDSHIP ASSISTANCE REQUEST", form SRNLF 184-HA, THREE pages of ONE LONG COLUMN of numbered
  questions 1..25 asked as whole sentences, each answer typed in Courier on a RULED LINE BELOW its question: "1. What
  is the loan number shown on your monthly mortgage statement?", "2. What is the borrower's full legal name?", "3.
  What are the last four digits of the borrower's Social Security number?", 4./5. the co-borrower's name and SSN (blank
  lines when none), 6. phone and e-mail on one line, "7. What is the street address of the home ...?" and "8. In what
  city, state and ZIP code is the home?" (the address split over two questions), 9. trust / restricted fee / fee
  simple land (not occupancy), "10. How is the home used? Mark one." with "[X] We live in it as our primary home /
  [ ] Second or seasonal home / [ ] Rented to others / investment" listed under it, "11. On what date did your
  hardship begin? (month/day/year)", 12. duration as three [ ] / [X] options ("Six months or less", "Longer than six
  months", "It is over now"), "13. What caused your hardship? Mark every reason that applies." with ten [ ] / [X]
  reasons one per line in the lender's words, 14. the "Other" explanation on two ruled lines, 15..22 one question per
  income type ("How much does the household earn each month in gross wages ...?" .. "How much other income (alimony,
  child support, separate maintenance, other) ...?") answered "$ 1,234.00" or "$ 0.00", "23. What is the total monthly
  household income ...?", a certification paragraph, then "24. Borrower: sign and date on the lines below." and "25.
  Co-borrower (if any): ..." each with a Signature line and a "Date (month/day/year)" line. Page 1 of 3 ends at
  question 11, page 2 runs 12..19, page 3 runs 20..25. ak3: typed, printed, signed and dated in ink (no
  co-borrower), scanned; ak6: typed and signed on screen by the borrower, the CO-BORROWER NAMED IN 4 LEFT BOTH HER
  SIGNATURE AND DATE LINES EMPTY; ak7: typed, printed, signed and dated in ink by both, scanned.

PAY
- Long-haul carrier's weekly "DRIVER EARNINGS STATEMENT" (Pemigewasset Freight Lines, Bow NH; Cimarron Crossing
  Transport, Oklahoma City): carrier name in bold capitals over a dark red rule, a 3 x 2 grid of captioned cells
  (DRIVER, DRIVER ID, HOME TERMINAL, PAY PERIOD "mm/dd/yyyy - mm/dd/yyyy", CHECK DATE, PAY FREQUENCY "Weekly"), a
  "LOADS SETTLED ON THIS STATEMENT" table (trip, dispatched, delivered, origin, destination, practical miles, rate per
  mile in Courier), "TAXABLE EARNINGS" (mileage pay = miles x cents per mile, layover days, detention hours, with
  Units / Rate / This period / Year to date) closed by "GROSS WAGES", then a separate "PER DIEM - NON-TAXABLE TRAVEL
  REIMBURSEMENT (not included in gross wages)" line (nights away x $69.00), withholdings (no state tax in NH), and a
  red-headed summary band GROSS WAGES | TAXES | DEDUCTIONS | PER DIEM | NET PAY for This period and Year to date. NET
  PAY = gross wages - taxes - deductions + per diem, so net can exceed gross; the expected gross_current /
  gross_ytd are the GROSS WAGES figures (per diem excluded). Period = the week ending six days before the check date.
- Nursing-home operator's bi-weekly "PAYROLL EARNINGS STATEMENT" (Evergreen Meadows Healthcare, LLC, with the
  facility - Fairbury NE, Owatonna MN, Anadarko OK - beside it; a small drawn evergreen as the mark): six captioned
  cells (EMPLOYEE, EMPLOYEE ID, POSITION, PERIOD START, PERIOD END, PAY DATE), an "HOURS WORKED BY SHIFT" matrix (rows
  Day 7a-3p / Evening 3p-11p / Night 11p-7a / Weekend hours, columns WEEK 1, WEEK 2, TOTAL HRS, DIFF / HR), a PAID TIME
  OFF box, EARNINGS codes in Courier (REG Regular, OT Overtime 1.5, EVE Evening shift diff, NGT Night shift diff, WKD
  Weekend premium; Hours / Rate / Current / YTD) beside TAXES AND DEDUCTIONS (Current / YTD), and four tinted total
  boxes GROSS PAY / TOTAL TAXES / TOTAL DEDUCTIONS / NET PAY each with "YTD n". No frequency word other than the
  header's "Biweekly pay period".
Every year-to-date figure is the sum of that calendar year's checks (by check date).

BANK STATEMENTS
- Millbrook Falls Savings Bank ("A Mutual Savings Bank Since 1869", Millbrook Falls NH): a two-page COMBINED
  STATEMENT of a checking and a savings account. A box at the top right (Statement period mm/dd/yyyy - mm/dd/yyyy,
  Primary account *****NNNN, Page n of 2); a "RELATIONSHIP SUMMARY" table of BOTH accounts (Hometown Checking first,
  Statement Savings second; beginning and ending balances and a total); then "HOMETOWN CHECKING Account *****NNNN"
  with a four-line summary ("Beginning balance on ..", "n deposits and credits", "n withdrawals and debits",
  "Ending balance on ..") and a POSTED / TRANSACTION / WITHDRAWALS / DEPOSITS / BALANCE register continued on page 2,
  followed by the STATEMENT SAVINGS section (transfer in, interest). The expected fields are the CHECKING account's
  (the one listed first, where the pay lands).
- Fernleaf Bank (online only): the month's statement PRINTED FROM THE WEBSITE in a browser, two pages: the browser's
  "m/d/yy, h:mm PM" and the page title "Statement - <Month YYYY> | Fernleaf Bank" in the top margin, the page's URL
  and "1/2" in the bottom margin; a teal navigation bar with a lower-case "fernleaf bank" word mark, a breadcrumb,
  "<Month YYYY> statement", "Everyday Checking ...NNNN | August 1, 2036 - August 31, 2036", the holders, four rounded
  summary cards (Starting balance, Money in, Money out, Ending balance) and one Date / Description / Amount / Balance
  list with "+$" / "-$" amounts, dates written "Aug 8, 2036".

LETTERS AND OTHER PAPERS
Typed hardship letters (Times; unsigned when e-mailed, signed in ink when scanned or faxed); the U.S. Railroad
Retirement Board's annuity rate verification (tier I + tier II = total gross monthly annuity; benefits_taxable,
monthly); Minnesota's unemployment "Determination of Benefit Account" (weekly benefit amount; an
unemployment_benefit_letter); a two-page FINAL DECREE OF DISSOLUTION OF MARRIAGE on numbered pleading paper with a
FILED stamp and "/s/" judge's signature; a state's CERTIFIED COPY of a CERTIFICATE OF DEATH (numbered boxes in a
ruled grid, tinted security background); an insurer's signed-off notice of transfer to a distant office with a
relocation allowance (employer_relocation_letter); page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over and
signed and dated in ink, then scanned; the mailroom's Code 128 "LOAN <number>" separator sheet and a library's fax
cover sheet (neither is a document and neither is listed).

PACKETS (received dates are Wednesdays between February and November 2036; freshness = 90 days back from them)
- ak1 (3309817425) folder named after the loan, born-digital, everyday names ("mortgage assistance application.pdf",
  "paystub Feb 01.pdf", "paystub Feb 15.pdf", "letter explaining hardship.pdf"): Form 710 on screen; a nursing
  assistant's two fresh bi-weekly stubs; reduction in income (no paper needed). COMPLETE.
- ak2 (6120448793) loose born-digital files with everyday names and NO loan number in most ("Granite Ledge
  application - signed.pdf", "Dale paystub 3-14.pdf", "Irene railroad retirement letter.pdf", "hardship letter.pdf"):
  LM-2 on screen by both; the driver's fresh weekly stub; the co-borrower's RRB annuity letter (fresh, 67 days);
  illness / disability explained by the hardship letter. COMPLETE.
- ak3 (0718824406) ONE 240 dpi grey scan of the whole packet BEHIND A SEPARATOR SHEET, scanner name
  "SCAN_0611_0930.pdf": 184-HA in ink, the hardship letter, two consecutive Fernleaf statements of the saddlery's
  deposits for January and February 2036 (period ends 132 and 103 days before receipt: STALE), a signed 4506-C;
  self-employment, disaster. INCOMPLETE: income_doc:self_employment (the 4506-C is there, so not irs_form_4506c).
- ak4 (5530291864) a folder named after the loan of one 300 dpi grey scan per paper under a scanner's names
  ("Scan 2036-07-15 09.14.07.pdf" ..): Form 710 in ink by both with the hardship date blank; an LPN's fresh
  bi-weekly stub (night shift); the co-borrower's unemployment determination; the letter. Unemployment needs no
  paper and unemployment income none. INCOMPLETE: application_field:hardship_start_date (expected value null).
- ak5 (6120559021) ONE 200 dpi black-and-white fax under the fax server's name "FAX_0820_144517_6035550191.pdf",
  a library's cover sheet first: LM-2 signed in ink but the date line empty; two fresh weekly driver statements; the
  two-page divorce decree; the letter. INCOMPLETE: application_signature (signed false, signed_on null).
- ak6 (0718830152) loose born-digital files "<loan>_hardship_request.pdf", "_paystub", "_bank_statement_aug",
  "_letter": 184-HA on screen, co-borrower named but not signed or dated; a dietary cook's fresh bi-weekly stub;
  ONE Fernleaf statement (August) showing the co-borrower's VA disability deposit - one statement is not "two most
  recent" and there is no award letter. INCOMPLETE: application_signature, income_doc:benefits_nontaxable.
- ak7 (0718847730) ONE 300 dpi grey scan of the whole packet WITHOUT a separator sheet under an everyday name
  "Kaulaity mortgage papers.pdf" (no loan number in the name): 184-HA in ink by both; a driver's fresh weekly
  statement; two consecutive fresh Fernleaf statements (August, September) with the apartment rent and split payroll
  deposits; the father's death certificate; the letter; a signed 4506-C (rental claimed). COMPLETE.
- ak8 (6120672284) loose files, everyday names: the LM-2 in ink by both as a 200 dpi grey scan "Loan 6120672284
  application.pdf", and born-digital downloads "Statement September 2036.pdf", "Statement October 2036.pdf" (the
  mutual savings bank's combined statements: payroll and child-support deposits into checking), "Atlas transfer
  letter.pdf", "hardship letter.pdf". Wages and "other" income both documented by the two consecutive fresh
  statements (no pay stub); relocation documented by the transfer letter. COMPLETE.
Co-borrowers in ak2, ak4, ak6, ak7 and ak8.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and `--check` compares them with each packet's stated scenario. `--check` also
validates every expected.json (keys, codes, types, ISO dates, that every listed page exists, that `scanned` matches the
absence of a text layer, that pay stubs' monthly_gross = gross x periods / 12, that the income total adds up). Every
file is the same bytes for a seed: reportlab runs in invariant mode, scans use seeded noise, pypdf output carries fixed
identifiers. All people, employers, banks and servicers are fictional; SSNs use the 900-999 area, and every
born-digital page carries a faint "synthetic test document" line.
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
from reportlab.lib.pagesizes import letter
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
    c.setCreator("holdout_packets_ak")
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
    writer.add_metadata({"/Producer": "holdout_packets_ak"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours or visits, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def rng_key(rng: random.Random) -> int:
    """A number fixed by the packet's seed, so histories change with --seed but not between stubs."""
    return random.Random(rng.getstate()[1][0]).randrange(10**6)


def pay_dates(first: dt.date, current: dt.date, frequency: str) -> list[dt.date]:
    out = []
    if frequency == "monthly":
        for month in range(1, current.month + 1):
            nxt = dt.date(current.year + (month == 12), month % 12 + 1, 1)
            out.append(nxt - dt.timedelta(days=1))
        return [d for d in out if d <= current]
    step = 7 if frequency == "weekly" else 14
    d = first
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=step)
    return out


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
        if self.state:  # none where the state has no income tax
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


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def cell(c: Canvas, x: float, y: float, w: float, h: float, caption: str, value: str, cap_size: float = 6.0,
         val_font: tuple[str, float] = ("Helvetica", 9)) -> None:
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", cap_size)
    c.drawString(x + 3, y + h - cap_size - 2, caption)
    c.setFont(*val_font)
    c.drawString(x + 3, y + 4, value)




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


def transactions(rng: random.Random, start: dt.date, end: dt.date,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    debits = [("MORTGAGE PAYMENT - PARTIAL", 0), ("KROGER #0412 POS", 1), ("CITY UTILITIES AUTOPAY", 0),
              ("SHELL OIL 5510 POS", 1), ("VERIZON WIRELESS", 0), ("WALGREENS #9921 POS", 1),
              ("STATE FARM INS", 0), ("ATM WITHDRAWAL", 1), ("DOLLAR GENERAL POS", 1)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(20, 140) if small else rng.uniform(90, 420))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out




# --- letters and papers ---------------------------------------------------------------------------------------


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
    start: dt.date | None  # None: the hardship date left blank
    duration: str  # short | long | resolved
    income: dict[str, float]
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


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "850.00"}
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
    return fixed_pypdf_bytes(writer, f"ak710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "ak710ink")
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
    return fixed_pypdf_bytes(writer, "ak4506c")


# --- pay: a long-haul carrier and a nursing-home operator ----------------------------------------------------


def otr_stub(rng: random.Random, carrier: str, address: str, tagline: str, phone: str, lanes: Sequence[str],
             driver: str, driver_id: str, terminal: str, pay_date: dt.date, cpm: float, per_diem: float,
             wh: Withholding) -> Stub:
    """A long-haul carrier's weekly DRIVER EARNINGS STATEMENT: mileage pay by practical miles, layover and
    detention as taxable wages, per diem for nights away from home paid beside them as a non-taxable
    reimbursement that is NOT part of gross wages (it is added back after withholding, so net > gross - taxes)."""
    dates = pay_dates(dt.date(pay_date.year, 1, 4), pay_date, "weekly")
    key = rng_key(rng)
    checks: list[Check] = []
    diem_days: dict[dt.date, int] = {}
    trips_now: list[tuple[str, dt.date, dt.date, str, str, int]] = []
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=6)
    for d in dates:
        rr = random.Random(f"{driver_id}{d}{key}")
        legs = rr.choice([2, 2, 3])
        week_miles = rr.randrange(2050, 2950)
        miles = 0
        trips = []
        day0 = d - dt.timedelta(days=12)
        for i in range(legs):
            m = week_miles - miles if i == legs - 1 else round(week_miles / legs * rr.uniform(0.8, 1.2))
            miles += m
            a, b = rr.sample(list(lanes), 2)
            out = day0 + dt.timedelta(days=2 * i)
            trips.append((f"T{rr.randrange(310000, 389999)}", out, out + dt.timedelta(days=rr.choice([1, 2])), a, b, m))
        layovers = rr.choice([0, 0, 1])
        det = rr.choice([0.0, 0.0, 2.0, 3.5])
        lines = {"Mileage pay": (float(miles), cpm, r2(miles * cpm))}
        if layovers:
            lines["Layover pay"] = (float(layovers), 85.0, r2(layovers * 85.0))
        if det:
            lines["Detention pay"] = (det, 22.0, r2(det * 22.0))
        checks.append(Check(d, lines))
        diem_days[d] = rr.choice([5, 6, 6, 7])
        if d == pay_date:
            trips_now = trips
    assert dates[-1] == pay_date, (pay_date, dates[-1])
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    diem_now = r2(diem_days[pay_date] * per_diem)
    diem_ytd = r2(sum(diem_days[d] * per_diem for d in dates))
    net = r2(net_of(ch, wh) + diem_now)
    net_ytd = r2(ytd["NET"] + diem_ytd)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.55, 0.12, 0.08))
        c.rect(40, 728, 532, 4, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(40, 740, carrier.upper())
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(40, 716, f"{address}  -  {tagline}")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 748, "DRIVER EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 737, f"Statement no. {pay_date.strftime('%y%m%d')}-{driver_id[-4:]}")
        # a three-by-two grid of captioned facts
        facts = [("DRIVER", driver), ("DRIVER ID", driver_id), ("HOME TERMINAL", terminal),
                 ("PAY PERIOD", f"{mdy(start)} - {mdy(end)}"), ("CHECK DATE", mdy(pay_date)),
                 ("PAY FREQUENCY", "Weekly")]
        for i, (cap, val) in enumerate(facts):
            col, row = i % 3, i // 3
            cell(c, 40 + col * 177.3, 670 - row * 30, 177.3, 30, cap, val, cap_size=6.5,
                 val_font=("Helvetica-Bold" if cap in ("DRIVER", "CHECK DATE") else "Helvetica", 9.5))
        y = 620
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "LOADS SETTLED ON THIS STATEMENT")
        y -= 14
        c.setFont("Helvetica-Bold", 7)
        for x, t in ((40, "TRIP"), (100, "DISPATCHED"), (160, "DELIVERED"), (225, "ORIGIN"), (345, "DESTINATION")):
            c.drawString(x, y, t)
        c.drawRightString(515, y, "PRACTICAL MILES")
        c.drawRightString(570, y, "RATE")
        c.setLineWidth(0.5)
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Courier", 8.5)
        for trip, out, back, a, b, m in trips_now:
            c.drawString(40, y, trip)
            c.drawString(100, y, out.strftime("%m/%d"))
            c.drawString(160, y, back.strftime("%m/%d"))
            c.drawString(225, y, a)
            c.drawString(345, y, b)
            c.drawRightString(515, y, f"{m:,}")
            c.drawRightString(570, y, f"{cpm:.4f}")
            y -= 12
        c.line(40, y + 6, 572, y + 6)
        c.setFont("Helvetica", 8)
        c.drawString(40, y - 4, f"Total practical miles this statement: {int(ch.lines['Mileage pay'][0]):,}")
        y -= 30
        # earnings and per diem
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "TAXABLE EARNINGS")
        c.setFont("Helvetica-Bold", 7)
        for x, t in ((300, "UNITS"), (370, "RATE"), (460, "THIS PERIOD"), (570, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for lab in ("Mileage pay", "Layover pay", "Detention pay"):
            if lab not in ytd:
                continue
            units, rate, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(48, y, lab + {"Mileage pay": " (miles)", "Layover pay": " (days)",
                                       "Detention pay": " (hours)"}[lab])
            if units:
                c.drawRightString(300, y, f"{units:,.0f}" if lab == "Mileage pay" else f"{units:.1f}")
                c.drawRightString(370, y, f"{rate:.4f}" if lab == "Mileage pay" else money(rate))
                c.drawRightString(460, y, money(amt))
            c.drawRightString(570, y, money(ytd[lab]))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, "GROSS WAGES")
        c.drawRightString(460, y, money(ch.gross))
        c.drawRightString(570, y, money(ytd["GROSS"]))
        y -= 24
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "PER DIEM - NON-TAXABLE TRAVEL REIMBURSEMENT (not included in gross wages)")
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        c.drawString(48, y, "Nights away from home terminal")
        c.drawRightString(300, y, str(diem_days[pay_date]))
        c.drawRightString(370, y, money(per_diem))
        c.drawRightString(460, y, money(diem_now))
        c.drawRightString(570, y, money(diem_ytd))
        y -= 24
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "WITHHOLDINGS AND DEDUCTIONS")
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for k, v in list(taxes.items()) + list(wh.deductions):
            c.drawString(48, y, k)
            c.drawRightString(460, y, money(v))
            c.drawRightString(570, y, money(ytd[k]))
            y -= 13
        # summary band
        y -= 14
        heads = ["", "GROSS WAGES", "TAXES", "DEDUCTIONS", "PER DIEM", "NET PAY"]
        cur = [ch.gross, sum(taxes.values()), sum(v for _, v in wh.deductions), diem_now, net]
        yt = [ytd["GROSS"], sum(ytd[k] for k in taxes), sum(ytd[k] for k, _ in wh.deductions), diem_ytd, net_ytd]
        widths = [82, 90, 90, 90, 90, 90]
        x = 40.0
        for i, hd in enumerate(heads):
            c.setFillColor(Color(0.55, 0.12, 0.08) if i else white)
            c.rect(x, y, widths[i], 16, stroke=1, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(x + widths[i] / 2, y + 5, hd)
            c.setFillColor(black)
            for row, vals in ((1, cur), (2, yt)):
                c.rect(x, y - 16 * row, widths[i], 16, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 8)
                    c.drawString(x + 4, y - 16 * row + 5, "This period" if row == 1 else "Year to date")
                else:
                    c.setFont("Helvetica-Bold" if i == 5 else "Helvetica", 8.5)
                    c.drawRightString(x + widths[i] - 5, y - 16 * row + 5, money(r2(vals[i - 1])))
            x += widths[i]
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 52, f"Net pay of ${money(net)} was deposited on {mdy(pay_date)}. Per diem is paid "
                                 "under an accountable plan and is not reported on your W-2.")
        c.drawString(40, y - 63, f"Questions about miles or settlements: Driver Payroll, {phone}, Monday to Friday.")
        return []

    return Stub(Paper([page]), stub_fields(carrier, driver, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


def nursing_stub(rng: random.Random, company: str, facility: str, address: str, employee: str, emp_id: str,
                 position: str, pay_date: dt.date, first_pay: dt.date, rate: float, shift: str,
                 wh: Withholding) -> Stub:
    """A nursing-home operator's bi-weekly PAYROLL EARNINGS STATEMENT with its hours laid out by shift and week
    (Day / Evening / Night rows, Week 1 / Week 2 columns) and shift and weekend differentials as earnings codes."""
    diffs = {"Day (7a-3p)": 0.0, "Evening (3p-11p)": 1.75, "Night (11p-7a)": 2.50}
    weekend_prem = 1.25
    dates = pay_dates(first_pay, pay_date, "biweekly")
    key = rng_key(rng)
    checks: list[Check] = []
    grid_now: dict[str, tuple[float, float]] = {}
    wkd_now = 0.0
    for d in dates:
        rr = random.Random(f"{emp_id}{d}{key}")
        grid: dict[str, list[float]] = {k: [0.0, 0.0] for k in diffs}
        for wk in (0, 1):
            shifts = rr.choice([4, 5, 5, 5])
            for _ in range(shifts):
                which = shift if rr.random() < 0.8 else rr.choice(list(diffs))
                grid[which][wk] += 8.0
        weeks = [sum(g[w] for g in grid.values()) for w in (0, 1)]
        ot = sum(max(0.0, h - 40.0) for h in weeks)
        total = sum(weeks)
        reg = total - ot
        wkd = rr.choice([0.0, 8.0, 16.0, 16.0])
        lines = {"REG   Regular": (reg, rate, r2(reg * rate))}
        if ot:
            lines["OT    Overtime 1.5"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        eve = sum(grid["Evening (3p-11p)"])
        ngt = sum(grid["Night (11p-7a)"])
        if eve:
            lines["EVE   Evening shift diff"] = (eve, 1.75, r2(eve * 1.75))
        if ngt:
            lines["NGT   Night shift diff"] = (ngt, 2.50, r2(ngt * 2.50))
        if wkd:
            lines["WKD   Weekend premium"] = (wkd, weekend_prem, r2(wkd * weekend_prem))
        checks.append(Check(d, lines))
        if d == pay_date:
            grid_now = {k: (v[0], v[1]) for k, v in grid.items()}
            wkd_now = wkd
    assert dates[-1] == pay_date, (pay_date, dates[-1])
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    green = Color(0.13, 0.36, 0.25)

    def page(c: Canvas) -> list[Mark]:
        # a small drawn evergreen as the mark
        c.setFillColor(green)
        p = c.beginPath()
        p.moveTo(52, 722)
        p.lineTo(64, 752)
        p.lineTo(76, 722)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(62, 715, 4, 7, stroke=0, fill=1)
        c.setFont("Times-Bold", 15)
        c.drawString(84, 740, company)
        c.setFillColor(black)
        c.setFont("Times-Roman", 8.5)
        c.drawString(84, 728, f"{facility}  -  {address}")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 744, "PAYROLL EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 733, "Biweekly pay period")
        c.setStrokeColor(green)
        c.setLineWidth(1.4)
        c.line(40, 708, 572, 708)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        caps = [("EMPLOYEE", employee, 130), ("EMPLOYEE ID", emp_id, 62), ("POSITION", position, 112),
                ("PERIOD START", mdy(start), 76), ("PERIOD END", mdy(end), 76), ("PAY DATE", mdy(pay_date), 76)]
        x = 40.0
        for cap, val, wd in caps:
            cell(c, x, 670, wd, 30, cap, val, val_font=("Helvetica-Bold" if cap == "PAY DATE" else "Helvetica", 9))
            x += wd
        # hours by shift and week
        y = 646
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "HOURS WORKED BY SHIFT")
        y -= 14
        c.setFont("Helvetica-Bold", 7)
        cols = ((150, "WEEK 1"), (205, "WEEK 2"), (260, "TOTAL HRS"), (330, "DIFF / HR"))
        c.drawString(44, y, "SHIFT")
        for xx, t in cols:
            c.drawRightString(xx, y, t)
        c.line(40, y - 4, 336, y - 4)
        y -= 14
        c.setFont("Helvetica", 8.5)
        for k, dv in diffs.items():
            w1, w2 = grid_now[k]
            c.drawString(44, y, k)
            c.drawRightString(150, y, f"{w1:.2f}")
            c.drawRightString(205, y, f"{w2:.2f}")
            c.drawRightString(260, y, f"{w1 + w2:.2f}")
            c.drawRightString(330, y, money(dv) if dv else "-")
            y -= 12
        c.drawString(44, y, "Weekend hours (any shift)")
        c.drawRightString(260, y, f"{wkd_now:.2f}")
        c.drawRightString(330, y, money(weekend_prem))
        # leave box at the right of the grid
        c.rect(360, y - 4, 212, 68, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(366, y + 52, "PAID TIME OFF")
        c.setFont("Helvetica", 8)
        c.drawString(366, y + 38, "Accrued this period")
        c.drawRightString(566, y + 38, "4.62 hrs")
        c.drawString(366, y + 25, "Used this period")
        c.drawRightString(566, y + 25, "0.00 hrs")
        c.drawString(366, y + 12, "Available balance")
        c.drawRightString(566, y + 12, f"{27.5 + len(dates) * 4.62:.2f} hrs")
        y -= 30
        # earnings on the left, taxes and deductions on the right
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "EARNINGS")
        c.drawString(360, y, "TAXES AND DEDUCTIONS")
        y -= 13
        c.setFont("Helvetica-Bold", 7)
        for xx, t in ((192, "HOURS"), (232, "RATE"), (284, "CURRENT"), (340, "YTD")):
            c.drawRightString(xx, y, t)
        c.drawRightString(515, y, "CURRENT")
        c.drawRightString(570, y, "YTD")
        c.line(40, y - 4, 344, y - 4)
        c.line(360, y - 4, 572, y - 4)
        y -= 14
        ey = y
        c.setFont("Courier", 8)
        for lab in ("REG   Regular", "OT    Overtime 1.5", "EVE   Evening shift diff", "NGT   Night shift diff",
                    "WKD   Weekend premium"):
            if lab not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(40, ey, lab)
            if hrs:
                c.drawRightString(192, ey, f"{hrs:.2f}")
                c.drawRightString(232, ey, f"{rt:.2f}")
                c.drawRightString(284, ey, money(amt))
            c.drawRightString(340, ey, money(ytd[lab]))
            ey -= 12
        c.setFont("Courier-Bold", 8)
        c.drawString(40, ey - 2, "GROSS PAY")
        c.drawRightString(284, ey - 2, money(ch.gross))
        c.drawRightString(340, ey - 2, money(ytd["GROSS"]))
        ty = y
        c.setFont("Courier", 8)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(360, ty, k[:24])
            c.drawRightString(515, ty, money(v))
            c.drawRightString(570, ty, money(ytd[k]))
            ty -= 12
        y = min(ey, ty) - 30
        # totals boxes
        boxes = [("GROSS PAY", ch.gross, ytd["GROSS"]), ("TOTAL TAXES", sum(wh.taxes(ch.gross).values()),
                 sum(ytd[k] for k in wh.taxes(ch.gross))), ("TOTAL DEDUCTIONS", sum(v for _, v in wh.deductions),
                 sum(ytd[k] for k, _ in wh.deductions)), ("NET PAY", net, ytd["NET"])]
        for i, (cap, cur, yv) in enumerate(boxes):
            bx = 40 + i * 133
            c.setFillColor(Color(0.9, 0.95, 0.91) if cap != "NET PAY" else Color(0.8, 0.9, 0.83))
            c.rect(bx, y - 34, 130, 40, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(bx + 5, y - 4, cap)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawRightString(bx + 125, y - 18, money(r2(cur)))
            c.setFont("Helvetica", 7)
            c.drawRightString(bx + 125, y - 30, f"YTD {money(r2(yv))}")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 56, f"Direct deposit: {money(net)} to account ending {emp_id[-2:]}71 on {mdy(pay_date)}.")
        c.drawString(40, y - 67, f"Questions about your time or pay: see the business office at {facility}.")
        return []

    return Stub(Paper([page]), stub_fields(company, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


# --- bank statements: a mutual savings bank and an online-only bank ---------------------------------------------


def month_lines(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                debits: Sequence[tuple[str, float, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits (description, low, high)."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


MUTUAL_DEBITS = (("HANNAFORD #8812 POS", 90, 210), ("NH ELECTRIC COOP ACH", 90, 210), ("IRVING OIL 2231 POS", 30, 90),
                 ("CONSOLIDATED COMM ACH", 70, 120), ("ATM WITHDRAWAL DEPOT SQ", 60, 200),
                 ("TOWN OF MILLBROOK FALLS", 45, 45), ("GRANITE LEDGE SB LOAN PMT", 1150, 1150),
                 ("TOYOTA FINANCIAL ACH", 412.37, 412.37), ("DISCOVER CARD PMT", 150, 450),
                 ("ZELLE TO D. MARCHAND RENT", 1350, 1350), ("MARKET BASKET #57 POS", 80, 190))


def mutual_statement(rng: random.Random, holders: Sequence[str], address: Sequence[str], checking: str,
                     savings: str, year: int, month: int, begin: float, sav_begin: float,
                     credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Millbrook Falls Savings Bank (a mutual savings bank): a two-page COMBINED statement of a checking and a
    savings account. Page 1: the relationship summary of both accounts, then the checking account's activity;
    page 2: the rest of the checking register, then the savings account with its interest. The expected values are
    the CHECKING account's (where the income lands), which the statement lists first."""
    bank = "Millbrook Falls Savings Bank"
    start, end = month_bounds(year, month)
    lines = month_lines(rng, start, end, credits, MUTUAL_DEBITS)
    lines.append((start + dt.timedelta(days=4), f"CHECK {1030 + month}", -r2(rng.uniform(60, 180))))
    lines.append((start + dt.timedelta(days=14), "TRANSFER TO SAVINGS", -25.0))
    lines.sort(key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in lines))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:10], rows[10:]
    interest = r2(sav_begin * 0.0025 / 12)
    sav_end = r2(sav_begin + 25.0 + interest)
    navy = Color(0.12, 0.2, 0.35)

    def head(c: Canvas, n: int) -> None:
        c.setStrokeColor(navy)
        c.setLineWidth(1.2)
        c.circle(64, 738, 15, stroke=1, fill=0)
        c.setFillColor(navy)
        c.setFont("Times-Bold", 11)
        c.drawCentredString(64, 734, "MF")
        c.setFont("Times-Bold", 16)
        c.drawString(88, 740, "Millbrook Falls Savings Bank")
        c.setFont("Times-Italic", 8.5)
        c.drawString(88, 728, "A Mutual Savings Bank Since 1869  -  12 Depot Square, Millbrook Falls, NH 03273")
        c.setFillColor(black)
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.rect(392, 690, 180, 62, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(398, 742, "COMBINED STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawString(398, 729, "Statement period")
        c.drawRightString(566, 729, f"{mdy(start)} - {mdy(end)}")
        c.drawString(398, 717, "Primary account")
        c.drawRightString(566, 717, f"*****{checking[-4:]}")
        c.drawString(398, 705, "Page")
        c.drawRightString(566, 705, f"{n} of 2")
        c.drawString(398, 694, "Questions? (603) 555-0119")

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y, "POSTED")
        c.drawString(92, y, "TRANSACTION")
        c.drawRightString(400, y, "WITHDRAWALS")
        c.drawRightString(482, y, "DEPOSITS")
        c.drawRightString(568, y, "BALANCE")
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        if opening:
            c.drawString(44, y, mdy(start)[:5])
            c.drawString(92, y, "Previous balance")
            c.drawRightString(568, y, money(begin))
            y -= 12.5
        for d, desc, a, b in part:
            c.drawString(44, y, d.strftime("%m/%d"))
            c.drawString(92, y, desc)
            c.drawRightString(400 if a < 0 else 482, y, money(abs(a)))
            c.drawRightString(568, y, money(b))
            y -= 12.5
        return y

    def band(c: Canvas, y: float, title: str) -> None:
        c.setFillColor(navy)
        c.rect(40, y, 532, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, y + 4, title)
        c.setFillColor(black)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 676
        for ln in [*(h.upper() for h in holders), *address]:
            c.drawString(62, y, ln)
            y -= 12
        band(c, 600, "RELATIONSHIP SUMMARY")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, 586, "ACCOUNT")
        c.drawString(210, 586, "NUMBER")
        c.drawRightString(470, 586, "BEGINNING BALANCE")
        c.drawRightString(568, 586, "ENDING BALANCE")
        c.setFont("Helvetica", 8.5)
        c.drawString(46, 572, "Hometown Checking")
        c.drawString(210, 572, f"*****{checking[-4:]}")
        c.drawRightString(470, 572, money(begin))
        c.drawRightString(568, 572, money(ending))
        c.drawString(46, 559, "Statement Savings")
        c.drawString(210, 559, f"*****{savings[-4:]}")
        c.drawRightString(470, 559, money(sav_begin))
        c.drawRightString(568, 559, money(sav_end))
        c.line(380, 553, 572, 553)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, 543, "Total deposit relationship")
        c.drawRightString(470, 543, money(r2(begin + sav_begin)))
        c.drawRightString(568, 543, money(r2(ending + sav_end)))
        band(c, 512, f"HOMETOWN CHECKING   Account *****{checking[-4:]}")
        c.setFont("Helvetica", 8.5)
        dep = [a for _, _, a in lines if a > 0]
        wd = [a for _, _, a in lines if a < 0]
        summary = [("Beginning balance on " + mdy(start), money(begin)),
                   (f"{len(dep)} deposits and credits", "+" + money(r2(sum(dep)))),
                   (f"{len(wd)} withdrawals and debits", "-" + money(r2(-sum(wd)))),
                   ("Ending balance on " + mdy(end), money(ending))]
        y = 496
        for k, v in summary:
            c.drawString(46, y, k)
            c.drawRightString(250, y, v)
            y -= 12
        register(c, y - 10, first, True)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        band(c, 664, f"HOMETOWN CHECKING   Account *****{checking[-4:]}  (continued)")
        y = register(c, 648, rest, False)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(92, y, "Ending balance")
        c.drawRightString(568, y, money(ending))
        y -= 34
        band(c, y, f"STATEMENT SAVINGS   Account *****{savings[-4:]}")
        y -= 16
        srows = [(start, "Previous balance", 0.0, sav_begin),
                 (start + dt.timedelta(days=14), "TRANSFER FROM CHECKING", 25.0, r2(sav_begin + 25.0)),
                 (end, "INTEREST PAID", interest, sav_end)]
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in srows:
            c.drawString(44, y, d.strftime("%m/%d"))
            c.drawString(92, y, desc)
            if a:
                c.drawRightString(482, y, money(a))
            c.drawRightString(568, y, money(b))
            y -= 12.5
        c.drawString(44, y - 6, f"Interest earned this period: {money(interest)}     "
                                "Annual percentage yield earned: 0.25%")
        c.setFont("Helvetica", 7)
        y -= 40
        for ln in ("In case of errors or questions about your electronic transfers, call or write us at the telephone "
                   "number or address above", "as soon as you can. We must hear from you no later than 60 days after "
                   "we sent the FIRST statement on which the problem appeared.",
                   "Deposits are insured in full: FDIC to the legal limit and the Depositors Insurance Fund above it."):
            c.drawString(40, y, ln)
            y -= 9
        return []

    fields = {"bank_name": bank, "account_last4": checking[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, checking)


ONLINE_DEBITS = (("Zelle to K. Ortiz", 40, 120), ("Amazon Marketplace", 20, 90), ("OG&E autopay", 110, 240),
                 ("Shell 57442", 30, 70), ("Homeland #118", 120, 260), ("Spectrum", 70, 95),
                 ("Geico auto insurance", 110, 160), ("Walgreens #4410", 10, 45), ("Netflix", 15.49, 15.49),
                 ("Sky River loan payment", 700, 900), ("Ford Credit autopay", 388.12, 388.12),
                 ("ATM withdrawal", 60, 200), ("Walmart Supercenter #78", 90, 230))


def online_statement(rng: random.Random, holders: Sequence[str], address: Sequence[str], acct: str, year: int,
                     month: int, begin: float, credits: Sequence[tuple[int, str, float]],
                     printed: dt.datetime) -> Statement:
    """Fernleaf Bank (online only): the month's statement as the bank's website shows it, printed from the
    browser - the browser's date and page title in the top margin, the address and "1/2" in the bottom margin,
    the site's navigation bar and breadcrumb, summary cards, and one list of transactions with signed amounts
    (+$ / -$) and a running balance, carried over to the second printed page."""
    bank = "Fernleaf Bank"
    start, end = month_bounds(year, month)
    lines = month_lines(rng, start, end, credits, ONLINE_DEBITS)
    ending = r2(begin + sum(a for _, _, a in lines))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:12], rows[12:]
    title = f"Statement - {start.strftime('%B %Y')} | Fernleaf Bank"
    url = f"https://secure.fernleafbank.com/accounts/checking-{acct[-4:]}/statements/{start.strftime('%Y-%m')}?view=print"
    teal = Color(0.05, 0.42, 0.38)

    def chrome(c: Canvas, n: int) -> None:
        c.setFont("Helvetica", 7.5)
        stamp = f"{printed.month}/{printed.day}/{printed.strftime('%y')}, {printed.strftime('%I:%M %p').lstrip('0')}"
        c.drawString(28, 772, stamp)
        c.drawCentredString(W / 2, 772, title)
        c.drawString(28, 22, url)
        c.drawRightString(584, 22, f"{n}/2")

    def fmt(a: float) -> str:
        return ("+$" if a > 0 else "-$") + money(abs(a))

    def table(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFillGray(0.95)
        c.rect(44, y - 5, 524, 17, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, y, "Date")
        c.drawString(130, y, "Description")
        c.drawRightString(470, y, "Amount")
        c.drawRightString(560, y, "Balance")
        y -= 20
        for d, desc, a, b in part:
            c.setFont("Helvetica", 8.5)
            c.drawString(52, y, f"{d.strftime('%b')} {d.day}, {d.year}")
            c.drawString(130, y, desc)
            c.setFillColor(teal if a > 0 else black)
            c.drawRightString(470, y, fmt(a))
            c.setFillColor(black)
            c.drawRightString(560, y, "$" + money(b))
            c.setStrokeGray(0.85)
            c.line(44, y - 6, 568, y - 6)
            c.setStrokeColor(black)
            y -= 19
        return y

    def page1(c: Canvas) -> list[Mark]:
        chrome(c, 1)
        c.setFillColor(teal)
        c.rect(44, 722, 524, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(56, 732, "fernleaf")
        c.setFont("Helvetica", 9)
        c.drawString(122, 733, "bank")
        c.setFont("Helvetica", 8.5)
        for i, item in enumerate(("Accounts", "Transfers", "Pay bills", "Statements", "Help", "Sign out")):
            c.drawString(250 + i * 52, 733, item)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(44, 706, f"Statements  >  Everyday Checking ...{acct[-4:]}  >  {start.strftime('%B %Y')}")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(44, 680, f"{start.strftime('%B %Y')} statement")
        c.setFont("Helvetica", 9)
        c.drawString(44, 664, f"Everyday Checking  ...{acct[-4:]}   |   {long_date(start)} - {long_date(end)}")
        c.drawString(44, 651, "Account holders: " + " and ".join(holders))
        c.drawString(44, 639, "Mailing address on file: " + ", ".join(address))
        cards = (("Starting balance", begin), ("Money in", r2(sum(a for _, _, a in lines if a > 0))),
                 ("Money out", r2(-sum(a for _, _, a in lines if a < 0))), ("Ending balance", ending))
        for i, (k, v) in enumerate(cards):
            x = 44 + i * 133
            c.setStrokeGray(0.7)
            c.roundRect(x, 572, 124, 52, 6, stroke=1, fill=0)
            c.setStrokeColor(black)
            c.setFont("Helvetica", 8)
            c.drawString(x + 10, 608, k)
            c.setFont("Helvetica-Bold", 13)
            c.drawString(x + 10, 584, "$" + money(v))
        c.setFont("Helvetica-Bold", 11)
        c.drawString(44, 548, "Transactions")
        table(c, 526, first)
        return []

    def page2(c: Canvas) -> list[Mark]:
        chrome(c, 2)
        y = table(c, 740, rest)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(130, y, f"Ending balance on {long_date(end)}")
        c.drawRightString(560, y, "$" + money(ending))
        c.setFont("Helvetica", 7.5)
        y -= 30
        for ln in ("Fernleaf Bank is an online-only bank. Member FDIC. Interest on Everyday Checking: 0.10% APY.",
                   "Questions about a transaction? Message us in the app or call 1-800-555-0165, 24 hours a day.",
                   "This printable view shows the same information as your PDF statement."):
            c.drawString(44, y, ln)
            y -= 10
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- letters and other papers -----------------------------------------------------------------------------------


def rrb_letter(person: str, address: Sequence[str], date: dt.date, tier1: float, tier2: float) -> Letter:
    """The Railroad Retirement Board's annuity rate letter (taxable, monthly)."""
    monthly = r2(tier1 + tier2)
    paras = [f"This letter verifies that {person} is receiving an employee annuity under the Railroad Retirement "
             f"Act. The annuity is paid monthly, on the first business day of the month, for the month before.",
             "Your monthly gross annuity rate is shown below. Tier I and tier II benefits are subject to federal "
             "income tax; a Form RRB-1099 and RRB-1099-R are mailed to you each January.",
             "You may show this letter to anyone who needs proof of your railroad retirement income."]
    table = [("Tier I component", "$" + money(tier1)), ("Tier II component", "$" + money(tier2)),
             ("Total gross monthly annuity", "$" + money(monthly)), ("Paid", "Monthly")]
    paper = simple_letter(("U.S. RAILROAD RETIREMENT BOARD", "844 North Rush Street  -  Chicago, IL 60611-1275  -  "
                           "Annuity Rate Verification", Color(0.15, 0.2, 0.4)), date, [person, *address],
                          "Verification of railroad retirement annuity", paras,
                          ["Office of Programs", "U.S. Railroad Retirement Board"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


@dataclass
class UiLetter(Letter):
    @property
    def fields(self) -> dict[str, Any]:
        return {"letter_date": self.date.isoformat(), "benefit_type": "unemployment"}


def ui_letter(person: str, address: Sequence[str], date: dt.date, weekly: float, claim_from: dt.date) -> Letter:
    """A state workforce agency's Notice of Monetary Determination (weekly amount)."""
    paras = [f"You filed a claim for unemployment insurance benefits effective {long_date(claim_from)}. Based on the "
             "wages your employers reported in your base period, you are monetarily eligible for benefits.",
             f"Your weekly benefit amount is ${money(weekly)}. You may receive up to 26 weeks of benefits in your "
             "benefit year if you remain eligible. You must request payment every week online or by phone.",
             "If you disagree with this determination, you may file an appeal within 20 days of the date of this "
             "notice."]
    paper = simple_letter(("MINNESOTA UNEMPLOYMENT INSURANCE PROGRAM", "Department of Employment and Economic "
                           "Development  -  PO Box 4629, St. Paul, MN 55101", Color(0.05, 0.3, 0.5)), date,
                          [person, *address], "Determination of Benefit Account", paras,
                          ["Unemployment Insurance Program"],
                          [("Weekly benefit amount", "$" + money(weekly)), ("Benefit year begins", mdy(claim_from)),
                           ("Maximum benefit amount", "$" + money(weekly * 26))])
    return UiLetter(paper, "unemployment_benefit_letter", date)


@dataclass
class PlainDoc(Letter):
    """A paper whose expected fields are none (decree, death certificate)."""

    @property
    def fields(self) -> dict[str, Any]:
        return {}


def divorce_decree(court: str, county: str, state: str, case_no: str, petitioner: str, respondent: str,
                   married: dt.date, filed: dt.date, entered: dt.date, street: str, judge: str) -> Letter:
    """A two-page final decree of dissolution of marriage, typed on pleading-style paper with a file stamp."""

    def caption(c: Canvas, n: int) -> None:
        c.setLineWidth(0.6)
        c.line(60, 40, 60, 760)
        c.line(63, 40, 63, 760)
        c.setFont("Times-Roman", 7)
        for i in range(1, 29):
            c.drawRightString(54, 748 - (i - 1) * 25.5, str(i))
        c.setFont("Times-Roman", 8)
        c.drawCentredString(W / 2, 28, f"FINAL DECREE OF DISSOLUTION OF MARRIAGE - Case No. {case_no} - Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        caption(c, 1)
        c.setStrokeColor(Color(0.3, 0.3, 0.55))
        c.setFillColor(Color(0.3, 0.3, 0.55))
        c.rect(405, 680, 160, 62, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(485, 728, "FILED")
        c.drawCentredString(485, 716, f"{court.upper()}")
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(485, 702, entered.strftime("%b %d %Y").upper())
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(485, 688, f"CLERK OF COURT, {county.upper()} COUNTY")
        c.setFillColor(black)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 11)
        c.drawCentredString(W / 2 - 60, 650, f"IN THE {court.upper()}")
        c.drawCentredString(W / 2 - 60, 636, f"{county.upper()} COUNTY, STATE OF {state.upper()}")
        c.setFont("Times-Roman", 11)
        y = 600
        for ln in ("In re the Marriage of:", f"{petitioner.upper()},", "                    Petitioner,", "and",
                   f"{respondent.upper()},", "                    Respondent."):
            c.drawString(80, y, ln)
            y -= 15
        c.line(80, y + 6, 320, y + 6)
        c.drawString(350, 585, f"Case No. {case_no}")
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, y - 22, "FINAL DECREE OF DISSOLUTION OF MARRIAGE")
        paragraphs(c, 80, y - 50, W - 150, [
            f"This matter came before the Court on the Petition for Dissolution of Marriage filed on "
            f"{long_date(filed)}. The Court, having reviewed the Marital Settlement Agreement signed by both parties "
            "and being fully advised, FINDS:",
            f"1. The parties were married on {long_date(married)}. The marriage is irretrievably broken.",
            "2. The parties have entered into a written Marital Settlement Agreement that is fair and equitable and "
            "is approved by the Court and incorporated into this Decree.",
            "3. Neither party is pregnant, and there are no minor children of the marriage.",
            "IT IS THEREFORE ORDERED, ADJUDGED AND DECREED:",
            "A. The marriage of the parties is dissolved, and each party is restored to the status of a single "
            "person."], size=11, leading=25.5 / 1.75, gap=10)
        return []

    def page2(c: Canvas) -> list[Mark]:
        caption(c, 2)
        y = paragraphs(c, 80, 740, W - 150, [
            f"B. The real property and residence located at {street} is awarded to the Petitioner, {petitioner}, as "
            "her sole and separate property, subject to the mortgage encumbering it, which the Petitioner shall "
            "pay and hold the Respondent harmless from. The Respondent shall execute a quitclaim deed to the "
            "Petitioner within thirty days of this Decree.",
            "C. Each party shall keep the vehicles, bank accounts and retirement accounts in his or her own name. "
            "Neither party shall pay spousal maintenance to the other.",
            "D. Each party shall pay his or her own attorney fees and costs.",
            "E. This is a final decree. The Court retains jurisdiction to enforce its terms."],
            size=11, leading=14.5, gap=10)
        c.setFont("Times-Roman", 11)
        c.drawString(80, y - 10, f"DATED: {long_date(entered)}")
        c.drawString(330, y - 40, "BY THE COURT:")
        c.setFont("Times-Italic", 12)
        c.drawString(330, y - 70, f"/s/ {judge}")
        c.line(330, y - 74, 540, y - 74)
        c.setFont("Times-Roman", 10)
        c.drawString(330, y - 86, f"{judge}, District Judge")
        return []

    return PlainDoc(Paper([page1, page2]), "divorce_decree", entered)


def death_certificate(state: str, name: str, died: dt.date, born: dt.date, place: str, county: str,
                      residence: str, spouse: str, informant: str, cause: str, filed: dt.date, cert_no: str) -> Letter:
    """A state's certified copy of a certificate of death: numbered boxes in a ruled grid."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.93, 0.95, 0.9))
        c.rect(36, 36, W - 72, H - 72, stroke=0, fill=1)
        c.setFillColor(black)
        c.setLineWidth(1.5)
        c.rect(36, 36, W - 72, H - 72, stroke=1, fill=0)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 728, f"STATE OF {state.upper()}")
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 710, "CERTIFICATE OF DEATH")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 696, "Department of Health - Vital Records  -  CERTIFIED COPY")
        c.drawRightString(560, 728, f"State file no. {cert_no}")
        boxes = [("1. DECEDENT'S LEGAL NAME (first, middle, last)", name, 2),
                 ("2. SEX", "Male", 1), ("3. DATE OF BIRTH", mdy(born), 1),
                 ("4. DATE OF DEATH", mdy(died), 1), ("5. AGE", str(died.year - born.year - ((died.month, died.day) <
                                                                                          (born.month, born.day))), 1),
                 ("6. PLACE OF DEATH (facility or address)", place, 2), ("7. COUNTY OF DEATH", county, 2),
                 ("8. RESIDENCE", residence, 4),
                 ("9. MARITAL STATUS", "Widowed", 1), ("10. SURVIVING SPOUSE", spouse or "None", 1),
                 ("11. INFORMANT'S NAME AND RELATIONSHIP", informant, 2),
                 ("12. IMMEDIATE CAUSE OF DEATH", cause, 4),
                 ("13. MANNER OF DEATH", "Natural", 2), ("14. DATE FILED WITH REGISTRAR", mdy(filed), 2)]
        x0, y = 50.0, 672.0
        unit = (W - 100) / 4
        col = 0
        c.setLineWidth(0.6)
        for cap, val, span in boxes:
            if col + span > 4:
                col = 0
                y -= 40
            x = x0 + col * unit
            c.setFillColor(white)
            c.rect(x, y - 36, unit * span, 36, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 3, y - 9, cap)
            c.setFont("Courier", 10)
            c.drawString(x + 5, y - 28, val)
            col += span
            if col >= 4:
                col = 0
                y -= 40
        y -= 60
        paragraphs(c, 50, y, W - 100, [
            "I certify that this is a true and correct copy of the certificate of death on file with the Office of "
            "Vital Records. This copy is not valid without the raised seal of the State Registrar."],
            font="Helvetica", size=8, leading=10)
        c.circle(470, y - 90, 34, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawCentredString(470, y - 88, "STATE REGISTRAR")
        c.drawCentredString(470, y - 96, "SEAL")
        c.setFont("Helvetica", 8)
        c.drawString(50, y - 70, f"Issued {mdy(filed + dt.timedelta(days=9))}")
        c.drawString(50, y - 84, "State Registrar of Vital Statistics")
        return []

    return PlainDoc(Paper([page]), "death_certificate", filed)


def transfer_letter(employee: str, address: Sequence[str], date: dt.date, employer: str, hq: str, old: str, new: str,
                    start: dt.date, allowance: float) -> Letter:
    """An employer's notice of transfer to a distant office with a relocation allowance (the relocation paper)."""
    paras = [f"As we discussed, the claims office at our {old} location will close. We are pleased to "
             f"confirm your transfer to the same position at our {new} office, effective {long_date(start)}.",
             f"Your pay rate, seniority and benefits will not change. To help with your move, {employer} will pay a "
             f"one-time relocation allowance of ${money(allowance)}, less applicable taxes, with your first paycheck "
             "at the new office.",
             "Please sign below to accept the transfer and return a copy to Human Resources."]
    paper = simple_letter((employer.upper(), "Human Resources  -  " + hq,
                           Color(0.25, 0.15, 0.4)), date, [employee, *address], "Notice of transfer and relocation "
                          "allowance", paras, ["Sincerely,", "", "Talent and Employee Relations", employer])
    return Letter(paper, "employer_relocation_letter", date)


# --- Granite Ledge Savings Bank: a two-column YES / NO questionnaire --------------------------------------------

GL_REASONS = ("Did a borrower lose a job?", "Was a borrower's pay, hours or overtime reduced?",
              "Did your taxes, insurance or HOA dues go up?", "Was the home or workplace hit by a disaster?",
              "Is a borrower or dependent seriously ill or disabled?", "Did you divorce or legally separate?",
              "Did co-owners who are not married separate?", "Did a borrower or wage earner die?",
              "Were you transferred or relocated far away for work?", "Is there another reason?")
GL_INCOME = ("Gross wages, salary, overtime, tips, bonuses", "Self-employment income (net)",
             "Unemployment benefits", "Taxable Social Security, pension, disability, public assistance",
             "Non-taxable Social Security, SSI or disability", "Rental income (less expenses other than mortgage)",
             "Investment or insurance income", "Other: alimony, child support, separate maintenance, other")


class Column:
    """One column of a questionnaire page: a cursor moving down between x and x + width."""

    def __init__(self, c: Canvas, x: float, width: float, y: float) -> None:
        self.c, self.x, self.w, self.y = c, x, width, y

    def section(self, title: str) -> None:
        c = self.c
        c.setFillColor(Color(0.32, 0.34, 0.36))
        c.rect(self.x, self.y - 4, self.w, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(self.x + 5, self.y, title)
        c.setFillColor(black)
        self.y -= 24

    def fill(self, label: str, answer: str, dollar: bool = False) -> tuple[float, float]:
        """A label above a fill-in line with the typed answer on it; returns where the line starts."""
        c = self.c
        c.setFont("Helvetica", 7.5)
        for ln in wrap(label, "Helvetica", 7.5, self.w - 4):
            c.drawString(self.x + 2, self.y, ln)
            self.y -= 9
        self.y -= 12
        c.setLineWidth(0.5)
        lx = self.x + (12 if dollar else 2)
        if dollar:
            c.setFont("Helvetica", 9)
            c.drawString(self.x + 2, self.y + 1, "$")
        c.line(lx, self.y - 2, self.x + self.w - 4, self.y - 2)
        if answer:
            c.setFont("Courier", 10)
            if dollar:
                c.drawRightString(self.x + self.w - 10, self.y + 1, answer)
            else:
                c.drawString(lx + 3, self.y + 1, answer)
        at = (lx, self.y)
        self.y -= 19
        return at

    def yn_head(self) -> None:
        c = self.c
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(self.x + self.w - 36, self.y, "YES")
        c.drawCentredString(self.x + self.w - 12, self.y, "NO")
        self.y -= 11

    def yn(self, question: str, yes: bool | None) -> None:
        c = self.c
        lines = wrap(question, "Helvetica", 8, self.w - 56)
        top = self.y
        c.setFont("Helvetica", 8)
        for ln in lines:
            c.drawString(self.x + 2, self.y, ln)
            self.y -= 10
        by = top - 2
        c.setLineWidth(0.6)
        for cx, mark in ((self.x + self.w - 36, yes is True), (self.x + self.w - 12, yes is False)):
            c.rect(cx - 4.5, by - 1, 9, 9, stroke=1, fill=0)
            if mark:
                c.setFont("Courier-Bold", 10)
                c.drawCentredString(cx, by, "X")
        c.setLineWidth(0.3)
        c.setStrokeGray(0.7)
        c.line(self.x, self.y + 4, self.x + self.w, self.y + 4)
        c.setStrokeColor(black)
        self.y -= 5


def glsb_form(app: App, ink: bool) -> Paper:
    """Granite Ledge Savings Bank's two-page "Loss Mitigation Application" (form LM-2)."""

    def head(c: Canvas, n: int) -> None:
        c.setFont("Times-Bold", 17)
        c.drawString(40, 744, "Granite Ledge Savings Bank")
        c.setFont("Times-Roman", 8)
        c.drawString(40, 733, "A New Hampshire-chartered savings bank  -  Member FDIC  -  Equal Housing Lender")
        c.drawString(40, 723, "Loan Servicing, 88 Quarry Hill Road, Concord, NH 03301  -  fax (603) 555-0184")
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(572, 744, "LOSS MITIGATION APPLICATION")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 733, f"Form LM-2 (rev. 03/2035)     Page {n} of 2")
        c.setLineWidth(1.6)
        c.line(40, 716, 572, 716)
        c.setLineWidth(0.5)
        c.line(306, 80, 306, 700)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(40, 705, "Answer every question. Mark YES or NO for each question in the YES / NO columns. "
                              "Type or print.")
        left = Column(c, 40, 258, 686)
        left.section("1. APPLICANTS")
        left.fill("Loan number (from your monthly statement)", app.loan)
        left.fill("Borrower's full name", app.borrower)
        left.fill("Borrower's Social Security number - last 4 digits", app.ssn[-4:])
        left.fill("Co-borrower's full name (leave blank if none)", app.co or "")
        left.fill("Co-borrower's Social Security number - last 4 digits", (app.co_ssn or "")[-4:])
        left.fill("Best phone number", app.phone)
        left.fill("E-mail address", app.email)
        left.y -= 4
        left.section("2. THE PROPERTY")
        left.fill("Property street address", app.street)
        left.fill("City, state and ZIP code", f"{app.city}, {app.state} {app.zip}")
        left.yn_head()
        left.yn("Do you live in the property as your primary residence?", app.occupancy == "primary_residence")
        left.yn("Is the property a second or vacation home?", app.occupancy == "second_home")
        left.yn("Is the property rented to tenants or held as an investment?",
                app.occupancy == "investment_property")
        left.yn("Is the property listed for sale?", False)
        left.yn("Do you pay condominium or homeowners' association dues?", False)
        right = Column(c, 314, 258, 686)
        right.section("3. YOUR HARDSHIP")
        right.fill("Date your hardship began (mm/dd/yyyy)", mdy(app.start) if app.start else "")
        right.yn_head()
        right.yn("Do you expect the hardship to last six months or less?", app.duration == "short")
        right.yn("Do you expect the hardship to last more than six months?", app.duration == "long")
        right.yn("Has the hardship already been resolved?", app.duration == "resolved")
        right.y -= 4
        c.setFont("Helvetica-Bold", 8)
        for ln in wrap("Which of these caused or added to your hardship? Answer every question.", "Helvetica-Bold",
                       8, 250):
            c.drawString(316, right.y, ln)
            right.y -= 10
        right.y -= 4
        right.yn_head()
        for i, q in enumerate(GL_REASONS):
            right.yn(q, HARDSHIPS[i] in app.hardships)
        right.fill("If you answered YES to another reason, explain:", app.other_text)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 40, "Granite Ledge Savings Bank  -  LM-2  -  continue on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 705, f"Loan number: {app.loan}")
        left = Column(c, 40, 258, 686)
        left.section("4. MONTHLY HOUSEHOLD INCOME (before taxes)")
        for k, label in zip(INCOMES, GL_INCOME, strict=True):
            amount = app.income.get(k, 0.0)
            left.fill(label, money(amount) if amount > 0 else "0.00", dollar=True)
        c.setFont("Helvetica-Bold", 8)
        left.fill("TOTAL MONTHLY HOUSEHOLD INCOME", money(app.total), dollar=True)
        right = Column(c, 314, 258, 686)
        right.section("5. OTHER QUESTIONS")
        right.yn_head()
        right.yn("Is a borrower on active military duty, or the surviving spouse of a service member?", False)
        right.yn("Has a borrower filed for bankruptcy in the last two years?", False)
        right.yn("Is there a second mortgage or home equity line on the property?", False)
        right.yn("Would you like to keep the property?", True)
        right.fill("Money in checking and savings accounts", "1,140.00", dollar=True)
        right.y -= 6
        right.section("6. CERTIFICATION")
        c.setFont("Helvetica", 7.5)
        for ln in wrap("I / we certify that the information in this application is true and complete and that the "
                       "hardship described contributed to my / our need for mortgage relief. I / we agree to send "
                       "the documents Granite Ledge asks for and consent to a credit report for every borrower. "
                       "Knowingly false statements may violate federal law.", "Helvetica", 7.5, 252):
            c.drawString(316, right.y, ln)
            right.y -= 9.5
        marks: list[Mark] = []
        y = right.y - 36
        people = [("Borrower", app.b_signs, app.b_dates, 0),
                  ("Co-borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, signs, dates, k in people:
            c.setLineWidth(0.5)
            c.line(316, y, 470, y)
            c.line(480, y, 570, y)
            c.setFont("Helvetica", 7)
            c.drawString(316, y - 9, f"{role}'s signature")
            c.drawString(480, y - 9, "Date (mm/dd/yyyy)")
            if signs:
                marks.append(Mark("sig", 322, y + 1, w=105, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 484, y + 3, mdy(app.signed_on), size=11.5, seed=app.seed + 9 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(484, y + 3, mdy(app.signed_on))
            y -= 46
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 40, "Granite Ledge Savings Bank  -  LM-2  -  return with the documents on our "
                                       "checklist")
        return marks

    return Paper([page1, page2])


# --- Sky River Native Lending Fund: a Section 184 hardship form, one long column of numbered questions ----------

S184_REASONS = ("Job loss", "Less pay, fewer hours or lost overtime", "Higher housing costs (taxes, insurance, "
                "utilities, HOA)", "Disaster (fire, flood, storm) at the home or at work",
                "Serious illness or disability of a borrower or a dependent family member",
                "Divorce or legal separation", "Separation of co-borrowers who are not married",
                "Death of a borrower or of a wage earner in the household",
                "Distant job transfer or relocation for work", "Other (explain in question 14)")
S184_INCOME = ("How much does the household earn each month in gross wages, salary, overtime, tips and bonuses "
               "(before taxes)?", "How much net self-employment income does the household receive each month?",
               "How much does the household receive each month in unemployment benefits?",
               "How much taxable Social Security, pension, disability or other public assistance does the household "
               "receive each month?", "How much non-taxable Social Security, SSI, VA or other disability income "
               "does the household receive each month?", "How much rental income does the household receive each "
               "month, after expenses other than the mortgage?", "How much investment or insurance income does the "
               "household receive each month?", "How much other income (alimony, child support, separate "
               "maintenance, other) does the household receive each month?")


def s184_form(app: App, ink: bool, land: str) -> Paper:
    """Sky River Native Lending Fund's "Section 184 Hardship Assistance Request" (SRNLF 184-HA): one long column of
    numbered questions 1..25, each answer typed on the ruled line(s) BELOW its question, choices marked [X] in a
    list under the question, paginated over three pages."""
    # each block: (height, draw(c, y) -> marks)
    Block = tuple[float, Callable[[Canvas, float], list[Mark]]]
    blocks: list[Block] = []
    qx, ax, width = 50.0, 70.0, 500.0

    def question(num: int, text: str) -> tuple[list[str], float]:
        lines = wrap(text, "Helvetica", 9.5, width - 22)
        return lines, 12.0 * len(lines)

    def draw_q(c: Canvas, y: float, num: int, lines: list[str]) -> float:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawRightString(qx + 14, y, f"{num}.")
        c.setFont("Helvetica", 9.5)
        for ln in lines:
            c.drawString(qx + 20, y, ln)
            y -= 12
        return y

    def ruled(num: int, text: str, answer: str, n_lines: int = 1) -> None:
        lines, h = question(num, text)

        def draw(c: Canvas, y: float) -> list[Mark]:
            y = draw_q(c, y, num, lines) - 8
            for i in range(n_lines):
                c.setLineWidth(0.4)
                c.line(ax, y - 3, ax + width - 20, y - 3)
                if i == 0 and answer:
                    c.setFont("Courier", 10.5)
                    c.drawString(ax + 4, y, answer)
                y -= 18
            return []

        blocks.append((h + 8 + 18 * n_lines + 10, draw))

    def choices(num: int, text: str, options: Sequence[tuple[str, bool]]) -> None:
        lines, h = question(num, text)

        def draw(c: Canvas, y: float) -> list[Mark]:
            y = draw_q(c, y, num, lines) - 6
            for label, on in options:
                c.setFont("Courier-Bold", 10)
                c.drawString(ax, y, "[X]" if on else "[ ]")
                c.setFont("Helvetica", 9.5)
                c.drawString(ax + 26, y, label)
                y -= 13.5
            return []

        blocks.append((h + 6 + 13.5 * len(options) + 10, draw))

    ruled(1, "What is the loan number shown on your monthly mortgage statement?", app.loan)
    ruled(2, "What is the borrower's full legal name?", app.borrower)
    ruled(3, "What are the last four digits of the borrower's Social Security number?", app.ssn[-4:])
    ruled(4, "What is the co-borrower's full legal name? (Leave blank if there is no co-borrower.)", app.co or "")
    ruled(5, "What are the last four digits of the co-borrower's Social Security number?", (app.co_ssn or "")[-4:])
    ruled(6, "What telephone number and e-mail address should we use to reach you?", f"{app.phone}   {app.email}")
    ruled(7, "What is the street address of the home that secures this loan?", app.street)
    ruled(8, "In what city, state and ZIP code is the home?", f"{app.city}, {app.state} {app.zip}")
    ruled(9, "Is the home on trust land, restricted fee land or fee simple land?", land)
    choices(10, "How is the home used? Mark one.",
            [("We live in it as our primary home", app.occupancy == "primary_residence"),
             ("Second or seasonal home", app.occupancy == "second_home"),
             ("Rented to others / investment", app.occupancy == "investment_property")])
    ruled(11, "On what date did your hardship begin? (month/day/year)", mdy(app.start) if app.start else "")
    choices(12, "How long do you expect the hardship to last? Mark one.",
            [("Six months or less", app.duration == "short"), ("Longer than six months", app.duration == "long"),
             ("It is over now", app.duration == "resolved")])
    choices(13, "What caused your hardship? Mark every reason that applies.",
            [(r, HARDSHIPS[i] in app.hardships) for i, r in enumerate(S184_REASONS)])
    ruled(14, "If you marked Other, describe the hardship in your own words.", app.other_text, 2)
    for i, (k, text) in enumerate(zip(INCOMES, S184_INCOME, strict=True)):
        amount = app.income.get(k, 0.0)
        ruled(15 + i, text, "$ " + (money(amount) if amount > 0 else "0.00"))
    ruled(23, "What is the total monthly household income (add the answers to questions 15 through 22)?",
          "$ " + money(app.total))

    cert = ("By signing, I certify that my answers are true and complete and that the hardship I described "
            "contributed to my need for help with my Section 184 loan. I agree to provide the documents Sky River "
            "asks for and authorize Sky River and HUD's Office of Loan Guarantee to obtain a credit report and to "
            "verify the information I gave.")
    cert_lines = wrap(cert, "Helvetica-Oblique", 8.5, width)

    def draw_cert(c: Canvas, y: float) -> list[Mark]:
        c.setFont("Helvetica-Oblique", 8.5)
        for ln in cert_lines:
            c.drawString(qx, y, ln)
            y -= 10.5
        return []

    blocks.append((10.5 * len(cert_lines) + 12, draw_cert))

    def sign(num: int, role: str, signs: bool, dates: bool, k: int) -> None:
        lines, h = question(num, f"{role}: sign and date on the lines below.")

        def draw(c: Canvas, y: float) -> list[Mark]:
            marks: list[Mark] = []
            y = draw_q(c, y, num, lines) - 26
            c.setLineWidth(0.5)
            c.line(ax, y, ax + 260, y)
            c.line(ax + 290, y, ax + 430, y)
            c.setFont("Helvetica", 7.5)
            c.drawString(ax, y - 10, "Signature")
            c.drawString(ax + 290, y - 10, "Date (month/day/year)")
            if signs:
                marks.append(Mark("sig", ax + 10, y + 1, w=170, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", ax + 296, y + 3, mdy(app.signed_on), size=12, seed=app.seed + 12 + k))
                else:
                    c.setFont("Courier", 10.5)
                    c.drawString(ax + 296, y + 3, mdy(app.signed_on))
            return marks

        blocks.append((h + 26 + 34, draw))

    sign(24, "Borrower", app.b_signs, app.b_dates, 0)
    sign(25, "Co-borrower (if any)", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)

    # paginate
    pages_blocks: list[list[Block]] = [[]]
    room_top, room_bottom = 690.0, 70.0
    y = room_top - 40  # page 1 carries the instructions
    for b in blocks:
        if y - b[0] < room_bottom:
            pages_blocks.append([])
            y = room_top
        pages_blocks[-1].append(b)
        y -= b[0]
    n_pages = len(pages_blocks)

    def make(i: int, part: list[Block]) -> PageFn:
        def page(c: Canvas) -> list[Mark]:
            c.setFillColor(Color(0.45, 0.16, 0.1))
            c.rect(50, 748, 6, 22, stroke=0, fill=1)
            c.rect(60, 748, 6, 22, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(74, 756, "SKY RIVER NATIVE LENDING FUND")
            c.setFillColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawString(74, 745, "A Native Community Development Financial Institution  -  HUD Section 184 Indian "
                                  "Home Loan Guarantee Program servicer")
            c.drawString(74, 735, "PO Box 1184, Anadarko, OK 73005  -  (405) 555-0128  -  "
                                  "loanservicing@skyriver.example")
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, 712, "SECTION 184 HARDSHIP ASSISTANCE REQUEST")
            c.setFont("Helvetica", 7.5)
            c.drawRightString(562, 712, f"SRNLF 184-HA (rev. 1/2035)   Page {i + 1} of {n_pages}")
            c.setLineWidth(0.8)
            c.line(50, 704, 562, 704)
            y = room_top
            if i == 0:
                y = paragraphs(c, 50, 690, 512, [
                    "Please answer every question on the line below it. Mark choices with an X. If a question does "
                    "not apply, leave the line blank. Send this request with the documents listed on the enclosed "
                    "checklist. A housing counselor at your tribal housing office can help you free of charge."],
                    font="Helvetica", size=8.5, leading=10.5) - 6
            marks: list[Mark] = []
            for h, draw in part:
                marks += draw(c, y)
                y -= h
            c.setFont("Helvetica", 7)
            c.drawCentredString(W / 2, 44, "Sky River Native Lending Fund  -  Hardship Assistance Request")
            return marks

        return page

    return Paper([make(i, part) for i, part in enumerate(pages_blocks)])


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int,
              ink: bool) -> tuple[bytes, list[Mark]]:
    """Page 1 of the real IRS Form 4506-C typed over (fields flattened into the page). On screen: signed with
    drawn strokes and the date typed; in ink: the signature and its date come back as marks for the scan."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Meridian Transcript Services Inc"),
           (312, 506, "MTS-40318"), (420, 506, "MERIDN07"), (27, 484, "9000 Wayzata Blvd"),
           (312, 484, "Minneapolis"), (420, 484, "MN"), (474, 484, "55426"), (27, 430, client),
           (474, 430, client_phone), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
           (81, 268, str(signed_on.year - 2)), (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    marks = [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 344, 167, mdy(signed_on), size=11, seed=seed + 3)]
    if not ink:
        draw_signature_vector(c, marks[0])
        c.setFont("Courier", 9)
        c.drawString(344, 168, mdy(signed_on))
        marks = []
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"ak4506c{seed}"), marks


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
    if app.start is None:
        out.append("application_field:hardship_start_date")
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    of = [d for d in docs if True]
    stmts = sorted((d for d in of if d.type == "bank_statement"), key=lambda d: d.fields["period_end"])
    two_bank = False
    for a in stmts:
        for b in stmts:
            if a.account == b.account and a is not b and fresh(a.date) and fresh(b.date) and \
                    dt.date.fromisoformat(b.fields["period_start"]) == \
                    dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1):
                two_bank = True
    stubs = [d for d in of if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in of)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank}
    for k, v in app.income.items():
        if v > 0 and not rules[k]:
            out.append(f"income_doc:{k}")
    types = {d.type for d in of}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    for h in app.hardships:
        if h in need and not (need[h] & types):
            out.append(f"hardship_doc:{h}")
    if (app.income.get("self_employment", 0) > 0 or app.income.get("rental", 0) > 0) and not any(
            d.type == "irs_form_4506c" and d.signed for d in of):
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



WH_N = Withholding(0.08, 0.0, True, (("Medical - employee", 48.30), ("Dental", 6.15)))  # no state tax (NH)
WH_NE = Withholding(0.085, 0.031, True, (("Medical plan", 72.60), ("Life insurance", 4.85)))
WH_T = Withholding(0.09, 0.0, True, (("Health plan", 58.00), ("Occupational accident", 12.50)))
WH_OK = Withholding(0.085, 0.0475, True, (("Health plan", 64.00),))
WH_MN = Withholding(0.08, 0.0535, True, (("Medical plan", 81.20), ("Union dues SEIU", 22.00)))
NH_LANES = ("Bow NH", "Allentown PA", "Harrisburg PA", "Columbus OH", "Indianapolis IN", "Chicago IL",
            "Memphis TN", "Atlanta GA", "Charlotte NC", "Jacksonville FL", "Laredo TX", "Syracuse NY")
OK_LANES = ("Oklahoma City OK", "Laredo TX", "Ontario CA", "Joliet IL", "Denver CO", "Memphis TN",
            "Salt Lake City UT", "Kansas City MO", "Phoenix AZ", "Albuquerque NM", "Dallas TX", "Columbus OH")
PEMI = ("Pemigewasset Freight Lines, Inc.", "1250 Industrial Park Drive, Bow, NH 03304",
        "Long-haul dry van, 48 states", "(603) 555-0152", NH_LANES)
CIMARRON = ("Cimarron Crossing Transport, Inc.", "7300 SE 29th Street, Oklahoma City, OK 73110",
            "Over-the-road reefer since 1988", "(405) 555-0147", OK_LANES)
EVERGREEN = "Evergreen Meadows Healthcare, LLC"


def packet_ak1(seed: int) -> Packet:
    """Form 710 typed on screen; a folder named after the loan; two bi-weekly nursing-home stubs. Complete."""
    received = dt.date(2036, 2, 20)
    addr = ["418 Prairie Rose Lane", "Fairbury, NE 68352"]
    stubs = [nursing_stub(random.Random(seed * 7 + 1), EVERGREEN, "Evergreen Meadows of Fairbury",
                          "1100 K Street, Fairbury, NE 68352", "Shonda L. Brightwater", "EM-20417",
                          "Certified Nursing Assistant", d, dt.date(2036, 1, 4), 18.65, "Evening (3p-11p)", WH_NE)
             for d in (dt.date(2036, 2, 1), dt.date(2036, 2, 15))]
    app = App("3309817425", "Shonda L. Brightwater", "944-07-3318", "418 Prairie Rose Lane", "Fairbury", "NE",
              "68352", "(402) 555-0136", "shonda.brightwater@example.net", "primary_residence",
              ["reduction_in_income"], dt.date(2035, 11, 3), "long", {"wages": round(stubs[-1].monthly)},
              dt.date(2036, 2, 16), seed=seed + 11)
    p = Packet("ak1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/mortgage assistance application.pdf", form710_screen(app), (app_doc(), 4))
    for s in stubs:
        p.pdf(f"{folder}/paystub {s.date.strftime('%b %d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    on = dt.date(2036, 2, 16)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Loan Servicing Department", [
        "In November the care center where I work lost two wings of residents when the county moved its Medicaid "
        "contract, and my hours were cut from full time to about thirty-two hours a week. I still work evenings "
        "but I no longer get the weekend overtime I counted on.",
        "I have paid what I could each month but I am now two payments behind. I want to keep my home and ask to "
        "be reviewed for a modification that fits my current pay."], ink=False, seed=seed)
    p.pdf(f"{folder}/letter explaining hardship.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ak2(seed: int) -> Packet:
    """Granite Ledge LM-2 typed and signed on screen by both; loose everyday-named files. Complete."""
    received = dt.date(2036, 3, 19)
    addr = ["27 Birch Hollow Road", "Loudon, NH 03307"]
    stub = otr_stub(random.Random(seed * 7 + 2), *PEMI, "Dale R. Kowalczyk", "PFL-30881", "Bow, NH",
                    dt.date(2036, 3, 14), 0.56, 69.0, WH_T)
    rrb = rrb_letter("Irene M. Kowalczyk", addr, dt.date(2036, 1, 12), 1488.00, 732.40)
    app = App("6120448793", "Dale R. Kowalczyk", "968-22-4170", "27 Birch Hollow Road", "Loudon", "NH", "03307",
              "(603) 555-0171", "dkowalczyk@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2035, 12, 2), "short", {"wages": round(stub.monthly), "benefits_taxable": 2220.40},
              dt.date(2036, 3, 16), co="Irene M. Kowalczyk", co_ssn="968-51-0036", seed=seed + 21)
    p = Packet("ak2", received, app, [])
    p.pdf("Granite Ledge application - signed.pdf", paper_pdf(glsb_form(app, ink=False)), (app_doc(), 2))
    p.pdf("Dale paystub 3-14.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf("Irene railroad retirement letter.pdf", paper_pdf(rrb.paper), (letter_doc(rrb), 1))
    on = dt.date(2036, 3, 16)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Granite Ledge Savings Bank", [
        "In early December I herniated a disc unloading at a customer's dock in Pennsylvania. I was off the road "
        "for five weeks and, since I went back in January, my doctor has limited me to shorter runs, so I drive far "
        "fewer miles and my pay is about a third lower than last year.",
        "My wife's railroad retirement has not changed, but it does not cover the difference. We expect to be back "
        "to normal by summer and ask for help with the payments we missed in the meantime."],
        ink=False, seed=seed)
    p.pdf("hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ak3(seed: int) -> Packet:
    """Section 184 form in ink, ONE grey scan of the whole packet behind a separator sheet. The only bank statements
    ended more than 90 days before the packet arrived: incomplete, income_doc:self_employment (stale)."""
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2036, 6, 11)
    addr = ["2215 Sugar Creek Road", "Anadarko, OK 73005"]
    app = App("0718824406", "Marcus T. Whitehorse", "977-30-5512", "2215 Sugar Creek Road", "Anadarko", "OK",
              "73005", "(405) 555-0163", "whitehorse.saddlery@example.com", "primary_residence", ["disaster"],
              dt.date(2036, 3, 22), "short", {"self_employment": 3640.00}, dt.date(2036, 6, 3), seed=seed + 31)
    p = Packet("ak3", received, app, ["income_doc:self_employment"])
    style = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0005)
    s1 = online_statement(rng, [app.borrower], addr, "7702215098", 2036, 1, 1842.27,
                          [(4, "Square deposit - Whitehorse Saddlery", 1265.40),
                           (12, "Mobile check deposit", 880.00), (19, "Square deposit - Whitehorse Saddlery", 1044.15),
                           (27, "Mobile check deposit", 615.00)], dt.datetime(2036, 3, 2, 19, 42))
    s2 = online_statement(rng, [app.borrower], addr, "7702215098", 2036, 2, s1.fields["ending_balance"],
                          [(3, "Square deposit - Whitehorse Saddlery", 1190.75), (10, "Mobile check deposit", 950.00),
                           (18, "Square deposit - Whitehorse Saddlery", 1322.60), (25, "Mobile check deposit", 410.00)],
                          dt.datetime(2036, 3, 2, 19, 44))
    f4506, marks4506 = form4506c("Marcus", "T", "Whitehorse", "977-30-5512", "2215 Sugar Creek Road", "Anadarko",
                                 "OK", "73005", "Sky River Native Lending Fund", "(405) 555-0128",
                                 dt.date(2036, 6, 3), "(405) 555-0163", seed + 33, ink=True)
    on = dt.date(2036, 6, 3)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Sky River Native Lending Fund", [
        "On March 22 a grass fire came across the section line and burned my saddle and tack shop behind the "
        "house. The house was not damaged, but I lost the building, my sewing machines and the leather I had for "
        "orders. I have been working out of the garage since April with borrowed equipment.",
        "The insurance adjuster has approved the claim and the new building should be finished this summer. I "
        "need a few months of lower payments until the shop is running again."], ink=True, seed=seed + 3)
    p.scan("SCAN_0611_0930.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(), scan_paper(s184_form(app, ink=True, land="Restricted fee land"), style, seed + 301)),
        (hardship_doc(on), scan_paper(hl, style, seed + 302)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 303)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 304)),
        (Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True),
         scan_sheets(f4506, [marks4506], style, seed + 305))], style)
    return p


def packet_ak4(seed: int) -> Packet:
    """Form 710 printed, signed and dated in ink by both spouses, the hardship date left blank; a folder named after
    the loan holding one 300 dpi grey scan per paper. Incomplete: application_field:hardship_start_date."""
    received = dt.date(2036, 7, 16)
    addr = ["1509 Cedar Avenue North", "Owatonna, MN 55060"]
    stub = nursing_stub(random.Random(seed * 7 + 4), EVERGREEN, "Evergreen Meadows of Owatonna",
                        "300 Linden Street, Owatonna, MN 55060", "Teodoro A. Villanueva", "EM-71150",
                        "Licensed Practical Nurse", dt.date(2036, 7, 11), dt.date(2036, 1, 11), 27.40,
                        "Night (11p-7a)", WH_MN)
    ui = ui_letter("Leticia R. Villanueva", addr, dt.date(2036, 5, 20), 486.00, dt.date(2036, 5, 10))
    app = App("5530291864", "Teodoro A. Villanueva", "951-64-2209", "1509 Cedar Avenue North", "Owatonna", "MN",
              "55060", "(507) 555-0149", "tvillanueva@example.org", "primary_residence", ["unemployment"], None,
              "short", {"wages": round(stub.monthly), "unemployment": 2106.00}, dt.date(2036, 7, 13),
              co="Leticia R. Villanueva", co_ssn="951-08-7736", seed=seed + 41)
    p = Packet("ak4", received, app, ["application_field:hardship_start_date"])
    style = Scan(dpi=300, tilt=0.25, blur=0.7, noise=0.0004)
    on = dt.date(2036, 7, 13)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Loan Servicing Department", [
        "My wife Leticia was laid off in May when the window plant in Owatonna closed its second line. She is "
        "receiving unemployment and is looking for work, but her benefit is less than half of her old pay.",
        "I work nights as a nurse and my pay has not changed. We fell behind in June and would like to know what "
        "help is available until she finds a new job."], ink=True, seed=seed + 4)
    folder = app.loan
    papers: list[tuple[Doc, list[ScannedPage]]] = [
        (app_doc(), form710_ink(app, style, seed + 400)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 401)),
        (letter_doc(ui), scan_paper(ui.paper, style, seed + 402)),
        (hardship_doc(on), scan_paper(hl, style, seed + 403))]
    for i, (doc, sheets) in enumerate(papers):
        p.scan(f"{folder}/Scan 2036-07-15 {9 + i:02d}.{14 + 3 * i:02d}.07.pdf", [(doc, sheets)], style)
    return p


def packet_ak5(seed: int) -> Packet:
    """Granite Ledge LM-2 in ink, faxed at 200 dpi behind a cover sheet; signed but NOT dated by the borrower.
    Incomplete: application_signature."""
    received = dt.date(2036, 8, 20)
    stubs = [otr_stub(random.Random(seed * 7 + 5), *PEMI, "Renee C. Tremblay", "PFL-41207", "Bow, NH", d, 0.58, 69.0,
                      WH_T) for d in (dt.date(2036, 8, 8), dt.date(2036, 8, 15))]
    decree = divorce_decree("District Court", "Merrimack", "New Hampshire", "217-2036-DM-00418", "Renee C. Tremblay",
                            "Gerald P. Tremblay", dt.date(2011, 9, 17), dt.date(2036, 1, 6), dt.date(2036, 5, 28),
                            "9 Pillsbury Lane, Boscawen, NH 03303", "Hon. Miriam K. Ostrowski")
    app = App("6120559021", "Renee C. Tremblay", "939-47-6605", "9 Pillsbury Lane", "Boscawen", "NH", "03303",
              "(603) 555-0122", "renee.tremblay@example.net", "primary_residence", ["divorce_or_separation"],
              dt.date(2035, 12, 10), "long", {"wages": round(stubs[-1].monthly)}, dt.date(2036, 8, 17),
              b_dates=False, seed=seed + 51)
    p = Packet("ak5", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True)
    cover = fax_cover("Boscawen Town Library", "(603) 555-0191", "Granite Ledge Savings Bank - Loan Servicing",
                      "(603) 555-0184", received, 8, f"Loan {app.loan} - Renee Tremblay")
    on = dt.date(2036, 8, 17)
    hl = hardship_letter(app.borrower, None, ["9 Pillsbury Lane", "Boscawen, NH 03303"], app.loan, on,
                         "Granite Ledge Savings Bank", [
                             "My husband moved out last December and our divorce became final in May. The court "
                             "gave me the house and the mortgage, but I now pay it on one income. I drive long haul "
                             "and I am home four nights a month, so I cannot take a second job.",
                             "I have attached the decree and my last two pay statements. I ask for a modification so "
                             "I can keep the house I have lived in for twenty years."], ink=True, seed=seed + 5)
    p.scan("FAX_0820_144517_6035550191.pdf", [
        (None, scan_paper(cover, style, seed + 500)),
        (app_doc(), scan_paper(glsb_form(app, ink=True), style, seed + 501)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 502)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 503)),
        (letter_doc(decree), scan_paper(decree.paper, style, seed + 504)),
        (hardship_doc(on), scan_paper(hl, style, seed + 505))], style)
    return p


def packet_ak6(seed: int) -> Packet:
    """Section 184 form typed on screen; the co-borrower named on it neither signed nor dated, and her VA
    disability income is backed by one bank statement only. Loose files "<loan>_<paper>.pdf". Incomplete:
    application_signature, income_doc:benefits_nontaxable."""
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2036, 9, 17)
    addr = ["604 West Kentucky Avenue", "Anadarko, OK 73005"]
    stub = nursing_stub(random.Random(seed * 7 + 6), EVERGREEN, "Evergreen Meadows of Anadarko",
                        "1200 East Central Boulevard, Anadarko, OK 73005", "Wesley J. Tsatoke", "EM-55082",
                        "Dietary Cook", dt.date(2036, 9, 12), dt.date(2036, 1, 4), 16.20, "Day (7a-3p)", WH_OK)
    st = online_statement(rng, ["Wesley J. Tsatoke", "Darlene K. Tsatoke"], addr, "7702640381", 2036, 8, 2210.64,
                          [(1, "VA BENEFIT DEP - US TREASURY 220", 1812.50),
                           (8, "Payroll - Evergreen Meadows", stub.fields["net_current"]),
                           (22, "Payroll - Evergreen Meadows", stub.fields["net_current"])],
                          dt.datetime(2036, 9, 14, 21, 5))
    app = App("0718830152", "Wesley J. Tsatoke", "962-15-8890", "604 West Kentucky Avenue", "Anadarko", "OK",
              "73005", "(405) 555-0184", "wtsatoke@example.com", "primary_residence",
              ["reduction_in_income", "increase_in_housing_expenses"], dt.date(2036, 4, 1), "long",
              {"wages": round(stub.monthly), "benefits_nontaxable": 1812.50}, dt.date(2036, 9, 14),
              co="Darlene K. Tsatoke", co_ssn="962-40-1187", co_signs=False, seed=seed + 61)
    p = Packet("ak6", received, app, ["application_signature", "income_doc:benefits_nontaxable"])
    loan = app.loan
    form = s184_form(app, ink=False, land="Fee simple")
    p.pdf(f"{loan}_hardship_request.pdf", paper_pdf(form), (app_doc(), len(form.pages)))
    p.pdf(f"{loan}_paystub.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{loan}_bank_statement_aug.pdf", paper_pdf(st.paper), (stmt_doc(st), 2))
    on = dt.date(2036, 9, 14)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Sky River Native Lending Fund", [
        "In April the care center cut the dietary department to one cook per shift and my hours went from forty "
        "to about thirty a week. At the same time our homeowner's insurance premium went up by more than $900 "
        "after the hail season, and our escrow payment rose with it.",
        "My wife receives VA disability compensation, which has not changed. We ask for help to bring the loan "
        "current and lower the payment."], ink=False, seed=seed)
    p.pdf(f"{loan}_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ak7(seed: int) -> Packet:
    """Section 184 form in ink by both; ONE grey scan of the whole packet without a separator sheet under an everyday
    name. Trucking stub, two consecutive fresh statements with rent, a death certificate, a signed 4506-C. Complete."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2036, 10, 15)
    addr = ["31 Redbud Circle", "Carnegie, OK 73015"]
    stub = otr_stub(random.Random(seed * 7 + 7), *CIMARRON, "Loren B. Kaulaity", "CCT-7718", "Oklahoma City, OK",
                    dt.date(2036, 10, 10), 0.54, 69.0, WH_OK)
    rent = 725.00
    split = 650.00  # the driver's split direct deposit: a fixed part of each weekly check lands here

    def payroll(days: Sequence[int]) -> list[tuple[int, str, float]]:
        return [(d, "Payroll - Cimarron Crossing (split)", split) for d in days]

    s1 = online_statement(rng, ["Loren B. Kaulaity", "Janelle M. Kaulaity"], addr, "7703318842", 2036, 8, 1530.18,
                          [(2, "Mobile check deposit - rent 31B", rent), *payroll((1, 8, 15, 22, 29))],
                          dt.datetime(2036, 10, 12, 16, 20))
    s2 = online_statement(rng, ["Loren B. Kaulaity", "Janelle M. Kaulaity"], addr, "7703318842", 2036, 9,
                          s1.fields["ending_balance"],
                          [(3, "Mobile check deposit - rent 31B", rent), *payroll((5, 12, 19, 26))],
                          dt.datetime(2036, 10, 12, 16, 22))
    cert = death_certificate("Oklahoma", "Harold Wayne Kaulaity", dt.date(2036, 6, 22), dt.date(1957, 2, 9),
                             "Carnegie Tri-County Municipal Hospital", "Caddo", "31 Redbud Circle, Carnegie, OK 73015",
                             "", "Loren B. Kaulaity, son", "Congestive heart failure", dt.date(2036, 6, 29),
                             "2036-041877")
    app = App("0718847730", "Loren B. Kaulaity", "985-33-0417", "31 Redbud Circle", "Carnegie", "OK", "73015",
              "(580) 555-0117", "lkaulaity@example.net", "primary_residence", ["death"], dt.date(2036, 6, 22),
              "long", {"wages": round(stub.monthly), "rental": 610.00}, dt.date(2036, 10, 11),
              co="Janelle M. Kaulaity", co_ssn="985-70-2263", seed=seed + 71)
    p = Packet("ak7", received, app, [])
    style = Scan(dpi=300, tilt=0.15, blur=0.65, noise=0.0004)
    f4506, marks4506 = form4506c("Loren", "B", "Kaulaity", "985-33-0417", "31 Redbud Circle", "Carnegie", "OK",
                                 "73015", "Sky River Native Lending Fund", "(405) 555-0128", dt.date(2036, 10, 11),
                                 "(580) 555-0117", seed + 77, ink=True)
    on = dt.date(2036, 10, 11)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Sky River Native Lending Fund", [
        "My father Harold lived with us and paid a large share of the household bills from his pension and his "
        "work at the feed store. He died in June. Since then we have paid for the funeral and carried the whole "
        "mortgage on my pay and the rent from the small apartment behind the house.",
        "We want to stay in the home and ask to be reviewed for a modification."], ink=True, seed=seed + 7)
    p.scan("Kaulaity mortgage papers.pdf", [
        (app_doc(), scan_paper(s184_form(app, ink=True, land="Fee simple"), style, seed + 701)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 702)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 703)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 704)),
        (letter_doc(cert), scan_paper(cert.paper, style, seed + 705)),
        (hardship_doc(on), scan_paper(hl, style, seed + 706)),
        (Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True),
         scan_sheets(f4506, [marks4506], style, seed + 707))], style)
    return p


def packet_ak8(seed: int) -> Packet:
    """Granite Ledge LM-2 in ink by both, scanned grey as one file; two consecutive combined statements of the mutual
    savings bank and an employer's transfer letter downloaded as born-digital files; everyday names. Complete."""
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2036, 11, 19)
    addr = ["112 Chestnut Street", "Millbrook Falls, NH 03273"]
    holders = ["Nathaniel P. Ouellette", "Simone A. Ouellette"]
    pay = 1968.42
    s1 = mutual_statement(rng, holders, addr, "2104471608", "2104470928", 2036, 9, 2143.66, 3820.15,
                          [(5, "PAYROLL ATLAS MUTUAL INS", pay), (12, "NH DHHS CHILD SUPPORT", 540.00),
                           (19, "PAYROLL ATLAS MUTUAL INS", pay), (26, "NH DHHS CHILD SUPPORT", 540.00)])
    s2 = mutual_statement(rng, holders, addr, "2104471608", "2104470928", 2036, 10, s1.fields["ending_balance"],
                          3845.95, [(3, "PAYROLL ATLAS MUTUAL INS", pay), (10, "NH DHHS CHILD SUPPORT", 540.00),
                                    (17, "PAYROLL ATLAS MUTUAL INS", pay), (24, "NH DHHS CHILD SUPPORT", 540.00),
                                    (31, "PAYROLL ATLAS MUTUAL INS", pay)])
    reloc = transfer_letter("Nathaniel P. Ouellette", addr, dt.date(2036, 9, 2), "Atlas Mutual Insurance Company",
                            "One Atlas Plaza, Hartford, CT 06103", "Manchester, New Hampshire",
                            "Phoenix, Arizona", dt.date(2036, 10, 6), 4000.00)
    app = App("6120672284", "Nathaniel P. Ouellette", "947-85-3301", "112 Chestnut Street", "Millbrook Falls", "NH",
              "03273", "(603) 555-0108", "n.ouellette@example.com", "primary_residence", ["relocation"],
              dt.date(2036, 10, 6), "long", {"wages": 4265.00, "other": 1080.00}, dt.date(2036, 11, 15),
              co="Simone A. Ouellette", co_ssn="947-12-6658", seed=seed + 81)
    p = Packet("ak8", received, app, [])
    style = Scan(dpi=200, tilt=0.45, blur=0.5, noise=0.0006)
    p.scan(f"Loan {app.loan} application.pdf", [(app_doc(), scan_paper(glsb_form(app, ink=True), style, seed + 801))],
           style)
    p.pdf("Statement September 2036.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf("Statement October 2036.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    p.pdf("Atlas transfer letter.pdf", paper_pdf(reloc.paper), (letter_doc(reloc), 1))
    on = dt.date(2036, 11, 15)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Granite Ledge Savings Bank", [
        "Atlas closed its Manchester claims office and transferred me to Phoenix on October 6. I rent a small "
        "apartment there and fly home twice a month, while Simone and the children stay in Millbrook Falls until "
        "the school year ends and the house can be sold.",
        "Paying rent in Arizona and the mortgage here is more than we can manage. We ask for a lower payment "
        "until we sell or move together."], ink=False, seed=seed)
    p.pdf("hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


PACKETS: list[Callable[[int], Packet]] = [packet_ak1, packet_ak2, packet_ak3, packet_ak4, packet_ak5, packet_ak6,
                                         packet_ak7, packet_ak8]


# --- main ----------------------------------------------------------------------------------------------------

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
    ap.add_argument("--only", nargs="*", help="build only these packets (ak1 ..)")
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
